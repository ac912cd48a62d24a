"""blind264: a blind 50-mail set, the inbox of a naval-maintenance planner in Toulon.

Inbox owner: Élodie Marchetti <elodie.marchetti@example.org> (Europe/Paris), September to mid-December
2026. Written by a helper session that did not read the detector, its tests or any other held-out
set. Keys 1-23 are positives (in writing order), 24-50 negatives; file numbers are a fixed shuffle.
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

ORDER = random.Random(2640264).sample(range(1, 51), 50)
P = "Europe/Paris"
ME = "elodie.marchetti@example.org"
ME_TO = addr("Élodie Marchetti", ME)
ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def N(key: int) -> str:
    return f"blind264_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_TO,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    if not frm.isascii() and frm.endswith(">") and " <" in frm:
        name, _, a = frm[:-1].rpartition(" <")
        frm = addr(name, a, charset)
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def vcal(prodid: str, method: str | None, body: str, tz: str = "") -> str:
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    if tz:
        out.append(tz.strip("\n"))
    out.append(body.strip("\n"))
    out.append("END:VCALENDAR")
    return "\n".join(out) + "\n"


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", P), end=utc("2026-09-10 15:00", P),
      contact="claire.bonnafoux@thalassia-naval.fr", company="Thalassia Naval Services",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=P,
      note="Greenhouse confirmation in French, 'jeudi 10 septembre 2026, 14:00 - 15:00 (heure de Paris)', "
           "CEST (UTC+2) -> 12:00Z-13:00Z; ICS in UTC agrees; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Bonjour Élodie,

        Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste de
        Planificateur / Planificatrice Maintenance Navale (H/F) - Toulon est confirmé.

        Date : jeudi 10 septembre 2026
        Heure : 14:00 - 15:00 (heure de Paris)
        Lieu : Thalassia Naval Services, 118 avenue de l'Infanterie de Marine, 83000 Toulon
               (accueil bâtiment C - pensez à apporter une pièce d'identité pour le badge visiteur)

        Vous rencontrerez :
          - Claire Bonnafoux, Chargée de recrutement
          - Hervé Lambertin, Responsable Méthodes & Planification

        Si vous devez modifier ce rendez-vous, répondez simplement à cet e-mail.

        À bientôt,
        L'équipe recrutement de Thalassia Naval Services

        --
        Envoyé via Greenhouse. Politique de confidentialité : https://www.greenhouse.io/privacy-policy
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Élodie,</p>
        <p>Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste de
        <b>Planificateur / Planificatrice Maintenance Navale (H/F) - Toulon</b> est confirmé.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>jeudi 10 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>14:00 - 15:00 (heure de Paris)</td></tr>
        <tr><td><b>Lieu</b></td><td>Thalassia Naval Services, 118 avenue de l'Infanterie de Marine, 83000 Toulon<br>
        <span style="color:#777">accueil bâtiment C - pensez à apporter une pièce d'identité pour le badge visiteur</span></td></tr>
        </table>
        <p>Vous rencontrerez :</p>
        <ul><li>Claire Bonnafoux, Chargée de recrutement</li>
        <li>Hervé Lambertin, Responsable Méthodes &amp; Planification</li></ul>
        <p>Si vous devez modifier ce rendez-vous, répondez simplement à cet e-mail.</p>
        <p>À bientôt,<br>L'équipe recrutement de Thalassia Naval Services</p>
        <p style="font-size:11px;color:#999">Envoyé via Greenhouse.
        <a href="https://www.greenhouse.io/privacy-policy">Politique de confidentialité</a></p>
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse Scheduler//EN", "REQUEST", """
BEGIN:VEVENT
UID:gh-interview-58120347-thalassia@greenhouse.io
DTSTAMP:20260907T090214Z
DTSTART:20260910T120000Z
DTEND:20260910T130000Z
SUMMARY:Entretien - Élodie Marchetti / Thalassia Naval Services
LOCATION:Thalassia Naval Services\\, 118 avenue de l'Infanterie de Marine\\, 8
 3000 Toulon
ORGANIZER;CN=Claire Bonnafoux:mailto:claire.bonnafoux@thalassia-naval.fr
ATTENDEE;CN=Élodie Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""").replace("\n 3000", "3000")
    hs = head("Thalassia Naval Services <no-reply@greenhouse.io>",
              "Confirmation de votre entretien avec Thalassia Naval Services",
              "2026-09-07 11:02", P, "<0100019183f7a1c4-8e2b-4d1f-a7c0-3b95e1d2f4aa-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                   "mx1.example.org with ESMTPS id 4MfQ2x1kZz"),
              extra=(("Reply-To", addr("Claire Bonnafoux", "claire.bonnafoux@thalassia-naval.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 16:30", P), end=utc("2026-09-15 17:15", P),
      contact="maartje@keelwise.io", company="Keelwise",
      local="Tue 2026-09-15 16:30", local_end="2026-09-15 17:15", zone=P,
      note="Lever, HTML only (base64): 'Tuesday, September 15th, 4:30pm - 5:15pm (CEST)' -> UTC+2 -> "
           "14:30Z-15:15Z; contact = Reply-To coordinator")
def m02():
    page = t("""
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f5f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">
        <tr><td>
        <p>Hi Élodie,</p>
        <p>Thanks for making time to chat with the Keelwise team! Here are the details for your upcoming interview
        for <strong>Fleet Maintenance Planner (Remote - EU)</strong>.</p>
        <p style="background:#eef4ff;padding:12px;border-radius:4px">
        <strong>Tuesday, September 15th</strong><br>
        4:30pm - 5:15pm (CEST)<br>
        Video call - Google Meet: <a href="https://meet.google.com/kwx-rtpa-mze">meet.google.com/kwx-rtpa-mze</a></p>
        <p><strong>Interviewers</strong><br>
        Joost Verhagen, Head of Fleet Operations<br>
        Priya Raman, Senior Reliability Engineer</p>
        <p>Expect a conversation about how you build and protect a dry-dock schedule, plus a short walkthrough
        of a planning problem we are chewing on. No prep needed beyond your curiosity.</p>
        <p>Need to reschedule? Just reply to this email.</p>
        <p>Cheers,<br>Maartje de Ruiter<br>Talent Partner, Keelwise</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a94a6">Sent with Lever &middot;
        <a href="https://www.lever.co/privacy-notice" style="color:#8a94a6">Privacy</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Keelwise <no-reply@hire.lever.co>", "Your interview with Keelwise - Tuesday, September 15th",
              "2026-09-09 18:20", P, "<lever.interview.7c1e04b2-9d8a-4f3e-b1aa-52c0f9e6d310@hire.lever.co>",
              rcv=("from o3.email.lever.co (o3.email.lever.co [167.89.115.41])",
                   "mx1.example.org with ESMTPS id 4MgB7L0q3Rz"),
              extra=(("Reply-To", addr("Maartje de Ruiter", "maartje@keelwise.io")),
                     ("X-Mailer", "Lever Hire")))
    return message(hs, html(page, cte="base64"))


@mail(N(3), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:30", P), end=utc("2026-09-22 11:30", P),
      contact="y.pellegrin@cnsm-seyne.fr", company="Chantiers Navals du Sud Méditerranée",
      local="Tue 2026-09-22 10:30", local_end="2026-09-22 11:30", zone=P,
      note="Exchange meeting request; the body gives no time at all ('comme convenu au téléphone'): "
           "the time is only in the ICS, TZID 'Romance Standard Time' (= Europe/Paris) 10:30-11:30 CEST "
           "-> 08:30Z-09:30Z; contact = ORGANIZER / sender")
def m03():
    body = t("""
        Bonjour Élodie,

        Comme convenu au téléphone tout à l'heure, je vous envoie l'invitation pour notre entretien
        sur site. Vous verrez avec moi et avec Fabien Costa (responsable arrêts techniques).

        Merci de vous présenter à l'accueil du site de Brégaillon avec une pièce d'identité,
        le badge visiteur est demandé à l'avance.

        Cordialement,

        Yannick PELLEGRIN
        Responsable Planification - Direction Maintenance
        Chantiers Navals du Sud Méditerranée
        Zone de Brégaillon - 83500 La Seyne-sur-Mer
        Tél. : +33 4 94 00 27 51
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Élodie,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Comme convenu au téléphone tout à l'heure, je vous envoie l'invitation pour notre entretien
        sur site. Vous verrez avec moi et avec Fabien Costa (responsable arrêts techniques).<o:p></o:p></p>
        <p class="MsoNormal">Merci de vous présenter à l'accueil du site de Brégaillon avec une pièce d'identité,
        le badge visiteur est demandé à l'avance.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Cordialement,<o:p></o:p></p>
        <p class="MsoNormal"><b>Yannick PELLEGRIN</b><br>Responsable Planification - Direction Maintenance<br>
        Chantiers Navals du Sud Méditerranée<br>Zone de Brégaillon - 83500 La Seyne-sur-Mer<br>
        Tél. : +33 4 94 00 27 51<o:p></o:p></p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
BEGIN:VEVENT
ORGANIZER;CN=PELLEGRIN Yannick:mailto:y.pellegrin@cnsm-seyne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchetti@example.org:mailto:elodie.marchetti@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=COSTA Fabien:mailto:f.costa@cnsm-seyne.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie,\\n\\nComme convenu au téléphone tout à l'heure\\, je vous envoie l'invitation pour notre entretien sur site.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C61F4BF0E6DC01000000000000000010000000E3F4D0C5A1B2C34D9F3B8E2A6C1D0F77
SUMMARY;LANGUAGE=fr-FR:Entretien - Planificateur(trice) maintenance - É. Marchetti
DTSTART;TZID=Romance Standard Time:20260922T103000
DTEND;TZID=Romance Standard Time:20260922T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T144100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CNSM Brégaillon - Salle Saint-Elme (bât. A)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123456789
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
END:VEVENT""", tz=ROMANCE)
    hs = head(addr("PELLEGRIN Yannick", "y.pellegrin@cnsm-seyne.fr"),
              "Entretien - Planificateur(trice) maintenance - É. Marchetti", "2026-09-17 16:41", P,
              "<PR1P264MB2871C0A4E5D3B2F1A9E07C33B1A82@PR1P264MB2871.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2112.outbound.protection.outlook.com [40.107.12.112])",
                   "mx1.example.org with ESMTPS id 4MkV1d6Hpz"),
              extra=(("Thread-Topic", enc("Entretien - Planificateur(trice) maintenance - É. Marchetti")),
                     ("Thread-Index", "AdsK0c3u9Yq2d1ZkS8mJ1r6cJ0vWxQ=="),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64", charset="utf-8")))


@mail(N(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 15:00", "Europe/Rome"), end=None,
      contact="roberto.santini@liguriarefit.it", company="Liguria Refit S.p.A.",
      local="Wed 2026-09-30 15:00", zone="Europe/Rome",
      note="Genoa hiring manager writing English, closes the thread: 'Wednesday 30 September at 15:00 "
           "(Italian time, same as yours)'; Europe/Rome CEST -> 13:00Z; 'about an hour' is approximate so "
           "end null; contact = sender. Follows the proposal in the negative thread mail and the bounce")
def m04():
    body = t("""
        Dear Élodie,

        Perfect, thank you - and sorry again for the bounced message, my surname has one "n" too
        many in our address book, it happens every week.

        So we are fixed for Wednesday 30 September at 15:00 (Italian time, same as yours). I will
        send a Teams link the day before. Plan for about an hour: I will be with Giulia Ferrero from
        our planning office, and we would like you to walk us through one refit schedule you built,
        with the critical path and how you handled the class surveys.

        Speak soon,
        Roberto

        --
        Roberto Santini
        Head of Refit Operations
        Liguria Refit S.p.A. - Calata Gadda, 16126 Genova (GE)
        +39 010 555 0193

        On Tue, 22 Sept 2026 at 21:03, Élodie Marchetti <elodie.marchetti@example.org> wrote:
        > Dear Roberto,
        >
        > Thank you for your message. Wednesday 30 at 15:00 suits me very well; Tuesday morning
        > would be more difficult as I am on a ship trial.
        >
        > Best regards,
        > Élodie Marchetti
        >
        > On Mon, 21 Sept 2026 at 10:12, Roberto Santini <roberto.santini@liguriarefit.it> wrote:
        >> Would Tuesday 29 at 10:00 or Wednesday 30 at 15:00 work for a first conversation?
        """)
    hs = head(addr("Roberto Santini", "roberto.santini@liguriarefit.it"),
              "Re: Planning Engineer position - Liguria Refit", "2026-09-24 09:47", "Europe/Rome",
              "<CAJx4r8Tq0p2Ld9s7VbM+kW1eN3yZf5Qd8a@mail.gmail.com>",
              rcv=("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                   "mx1.example.org with ESMTPS id 4MmX0b2Jtz"),
              extra=(("In-Reply-To", "<2b9e11c0-7f4d-4a53-9e2b-elodie-0922@example.org>"),
                     ("References", "<CAJx4r8Sb1k0R9@mail.gmail.com> <2b9e11c0-7f4d-4a53-9e2b-elodie-0922@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(5), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-02 09:00", P), end=utc("2026-10-02 09:45", P),
      contact="sandrine.okafor@gplm-marseille.fr", company="Grand Port Logistique Méditerranée",
      local="Fri 2026-10-02 09:00", local_end="2026-10-02 09:45", zone=P,
      note="Workday candidate notification: 'vendredi 2 octobre 2026 à 9h', 'Durée : 45 minutes' (exact) "
           "in Marseille, CEST -> 07:00Z-07:45Z; no ICS; sender is the tenant mailbox, contact = "
           "recruiter address in the signature")
def m05():
    body = t("""
        Bonjour Élodie Marchetti,

        Suite à votre candidature au poste de Planificateur maintenance portuaire (F/H) - réf. R-004217,
        nous avons le plaisir de vous confirmer votre entretien :

            Date et heure : vendredi 2 octobre 2026 à 9h
            Durée : 45 minutes
            Lieu : GPLM - Bâtiment Capitainerie, 23 place de la Joliette, 13002 Marseille
            Avec : Sandrine Okafor (Chargée de recrutement) et Olivier Blanc (Responsable maintenance)

        Vous pouvez consulter le statut de votre candidature à tout moment depuis votre espace
        candidat : https://gplm.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome

        Pour toute question sur l'organisation de l'entretien, vous pouvez contacter directement
        Sandrine Okafor : sandrine.okafor@gplm-marseille.fr

        Cordialement,
        La Direction des Ressources Humaines
        Grand Port Logistique Méditerranée

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line.strip() else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head("GPLM Recrutement <gplm@myworkday.com>", "Confirmation de votre entretien - R-004217",
              "2026-09-28 14:05", P, "<1659032817.41523.1790604300117@wd3-impl-mail.myworkday.com>",
              rcv=("from wd3-mail.myworkday.com (wd3-mail.myworkday.com [162.220.11.40])",
                   "mx1.example.org with ESMTPS id 4MpC8t9Kvz"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(N(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 11:00", "Europe/Lisbon"), end=utc("2026-10-08 11:45", "Europe/Lisbon"),
      contact="ines.carvalho@sealoop.pt", company="Sealoop Robotics",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 11:45", zone="Europe/Lisbon",
      note="Ashby confirmation written in the recruiter's zone: '11:00 AM - 11:45 AM WEST' (Lisbon, "
           "UTC+1) -> 10:00Z-10:45Z (12:00 in Toulon); ICS in UTC agrees; contact = Reply-To")
def m06():
    body = t("""
        Hi Élodie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 8, 2026
        11:00 AM - 11:45 AM WEST (Western European Summer Time)
        Google Meet - https://meet.google.com/snl-qaew-bvt

        You'll meet with:
          Tomás Rebelo - VP Operations
          Inês Carvalho - Recruiting Lead

        Role: Maintenance Planning Lead (Remote, EU time zones)

        Questions? Just reply and it will reach Inês Carvalho.

        Thanks,
        Sealoop Robotics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Élodie,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Thursday, October 8, 2026</b><br>11:00 AM - 11:45 AM WEST (Western European Summer Time)<br>
        Google Meet - <a href="https://meet.google.com/snl-qaew-bvt">https://meet.google.com/snl-qaew-bvt</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Tomás Rebelo - VP Operations<br>&nbsp;&nbsp;Inês Carvalho - Recruiting Lead</p>
        <p>Role: Maintenance Planning Lead (Remote, EU time zones)</p>
        <p>Questions? Just reply and it will reach Inês Carvalho.</p>
        <p>Thanks,<br>Sealoop Robotics Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
BEGIN:VEVENT
UID:3f1c9a2e-77b0-4c1d-9e55-ashby-sealoop-2026-1008
DTSTAMP:20261002T091500Z
DTSTART:20261008T100000Z
DTEND:20261008T104500Z
SEQUENCE:0
SUMMARY:Sealoop Robotics - Maintenance Planning Lead Interview
LOCATION:https://meet.google.com/snl-qaew-bvt
ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@sealoop.pt
ATTENDEE;CN=Élodie Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = head("Sealoop Robotics <no-reply@ashbyhq.com>",
              "Interview confirmed: Maintenance Planning Lead at Sealoop Robotics", "2026-10-02 10:15",
              "Europe/Lisbon", "<0100019a4c7e11d2-5b0f3e61-2c44-4a7e-9d1e-7a1b0c9e55f2-000000@email.amazonses.com>",
              rcv=("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
                   "mx1.example.org with ESMTPS id 4MqZ3n7Wcz"),
              extra=(("Reply-To", addr("Inês Carvalho", "ines.carvalho@sealoop.pt")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(7), family="taleo", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-16 14:30", P), end=None,
      contact="helene.vidal@meridien-sn.fr", company="Méridien Systèmes Navals",
      local="Fri 2026-10-16 14:30", zone=P, days=(("Wed", "2026-10-14"),),
      note="Taleo notification (iso-8859-15, quoted-printable): old 'mercredi 14 octobre à 10h00', new "
           "'vendredi 16 octobre 2026 à 14h30', CEST -> 12:30Z; no length; contact = recruiter address "
           "in the body (sender is a Taleo mailbox)")
def m07():
    body = t("""
        Madame Élodie Marchetti,

        Nous vous informons d'une modification concernant votre entretien pour le poste
        « Planificateur(trice) MCO navires de surface » (réf. 2600318).

        En raison d'une contrainte d'agenda du jury, l'entretien initialement prévu
        le mercredi 14 octobre à 10h00 est déplacé au :

            vendredi 16 octobre 2026 à 14h30
            Méridien Systèmes Navals - Site de Toulon Castigneau, bâtiment 14, salle Amiral Ganteaume

        Les autres modalités restent inchangées (pièce d'identité obligatoire pour l'accès au site).

        Pour toute question, vous pouvez contacter Hélène Vidal, chargée de recrutement,
        à l'adresse helene.vidal@meridien-sn.fr.

        Nous vous remercions de votre compréhension.

        Service Recrutement
        Méridien Systèmes Navals

        *** Ceci est un courriel généré automatiquement, merci de ne pas y répondre. ***
        """)
    hs = head("Méridien Systèmes Navals <meridien-sn@taleo.net>",
              "Modification de votre entretien - réf. 2600318", "2026-10-12 08:30", P,
              "<1834402117.9921.1791786600334.JavaMail.taleo@ltxp0417.taleo.net>",
              rcv=("from ltxp0417.taleo.net (ltxp0417.taleo.net [160.34.8.17])",
                   "mx1.example.org with ESMTP id 4MtS5p2Qfz"),
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(8), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", P), end=utc("2026-10-26 10:30", P),
      contact="mathilde.roux@rade-energies.fr", company="Rade Énergies",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=P,
      note="DST edge: sent Thu 22 Oct in CEST (+0200), interview Mon 26 Oct 9h30-10h30 after the switch "
           "to CET on Sun 25 Oct -> 08:30Z-09:30Z (not 07:30Z); ICS TZID Europe/Paris agrees; contact = "
           "Reply-To recruiter")
def m08():
    body = t("""
        Bonjour Élodie,

        C'est confirmé ! Voici le récapitulatif de votre entretien pour le poste de
        Planificatrice / Planificateur maintenance - Centrale flottante (Toulon).

        📅 lundi 26 octobre 2026
        🕤 9h30 - 10h30
        📍 Rade Énergies, 4 quai de la Sinse, 83000 Toulon (2e étage)

        Attention, c'est le lendemain du passage à l'heure d'hiver : pensez à vérifier votre réveil 😉

        Vous rencontrerez Mathilde Roux (RH) et Benoît Aubert (responsable d'exploitation).
        Si vous avez un empêchement, répondez directement à ce message.

        Belle journée,
        Mathilde

        --
        Rade Énergies · Carrières : https://careers.rade-energies.fr
        Propulsé par Teamtailor
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#20232a">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Bonjour Élodie,</p>
        <p>C'est confirmé ! Voici le récapitulatif de votre entretien pour le poste de
        <strong>Planificatrice / Planificateur maintenance - Centrale flottante (Toulon)</strong>.</p>
        <div style="border:1px solid #e3e5e8;border-radius:8px;padding:16px">
        <p>📅 <strong>lundi 26 octobre 2026</strong><br>🕤 9h30 - 10h30<br>
        📍 Rade Énergies, 4 quai de la Sinse, 83000 Toulon (2e étage)</p></div>
        <p>Attention, c'est le lendemain du passage à l'heure d'hiver : pensez à vérifier votre réveil 😉</p>
        <p>Vous rencontrerez Mathilde Roux (RH) et Benoît Aubert (responsable d'exploitation).
        Si vous avez un empêchement, répondez directement à ce message.</p>
        <p>Belle journée,<br>Mathilde</p>
        <p style="font-size:12px;color:#8b9098">Rade Énergies · <a href="https://careers.rade-energies.fr">Carrières</a><br>
        Propulsé par Teamtailor</p></div></body></html>
        """)
    ics = vcal("-//Teamtailor//Interview//FR", "REQUEST", """
BEGIN:VEVENT
UID:tt-interview-2291847@teamtailor.com
DTSTAMP:20261022T151200Z
DTSTART;TZID=Europe/Paris:20261026T093000
DTEND;TZID=Europe/Paris:20261026T103000
SUMMARY:Entretien Rade Énergies - Élodie Marchetti
LOCATION:Rade Énergies\\, 4 quai de la Sinse\\, 83000 Toulon
ORGANIZER;CN=Mathilde Roux:mailto:mathilde.roux@rade-energies.fr
ATTENDEE;CN=Élodie Marchetti;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", tz=VTZ["Europe/Paris"])
    hs = head("Rade Énergies <no-reply@teamtailor-mail.com>", "Votre entretien avec Rade Énergies est confirmé",
              "2026-10-22 17:12", P, "<6f2a4c91e8d0b5a3.tt.2291847@teamtailor-mail.com>",
              rcv=("from mail-a31.teamtailor-mail.com (mail-a31.teamtailor-mail.com [185.90.27.31])",
                   "mx1.example.org with ESMTPS id 4MwR9c1Lmz"),
              extra=(("Reply-To", addr("Mathilde Roux", "mathilde.roux@rade-energies.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="entretien.ics", disposition="attachment")))


@mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 10:45", "America/New_York"),
      contact="dana.whitfield@harborline.com", company="Harborline Analytics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/New_York",
      note="US/EU DST gap: New York is still on EDT (UTC-4) until 1 Nov while Paris is on CET from 25 Oct; "
           "'10:00 AM - 10:45 AM EDT' -> 14:00Z-14:45Z, which the mail itself shows as 3:00 PM CET; ICS "
           "TZID America/New_York agrees; contact = Reply-To coordinator")
def m09():
    body = t("""
        Hi Élodie,

        Thank you for your interest in Harborline Analytics! Your interview has been scheduled.

        Position: Marine Asset Planning Manager (Remote - Europe)
        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Your time zone: 3:00 PM - 3:45 PM CET (Europe/Paris)

        Interviewer: Marcus Oyelaran, Director of Vessel Operations
        Location: Zoom - https://harborline.zoom.us/j/84120953377?pwd=Qm9ZbU1WcE5xdHk

        Please accept the attached calendar invitation. If you need to make any changes, reply to this
        email and Dana Whitfield (Recruiting Coordinator) will help.

        Best,
        Harborline Analytics Talent Team

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Élodie,</p>
        <p>Thank you for your interest in Harborline Analytics! Your interview has been scheduled.</p>
        <table cellpadding="3">
        <tr><td><b>Position:</b></td><td>Marine Asset Planning Manager (Remote - Europe)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Your time zone:</b></td><td>3:00 PM - 3:45 PM CET (Europe/Paris)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Marcus Oyelaran, Director of Vessel Operations</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://harborline.zoom.us/j/84120953377?pwd=Qm9ZbU1WcE5xdHk">Zoom</a></td></tr>
        </table>
        <p>Please accept the attached calendar invitation. If you need to make any changes, reply to this
        email and Dana Whitfield (Recruiting Coordinator) will help.</p>
        <p>Best,<br>Harborline Analytics Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
        """)
    ics = vcal("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", """
BEGIN:VEVENT
UID:gt-4b81d2c0a7f94e55@goodtime.io
DTSTAMP:20261023T152000Z
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T104500
SUMMARY:Harborline Analytics Interview: Élodie Marchetti <> Marcus Oyelaran
LOCATION:https://harborline.zoom.us/j/84120953377?pwd=Qm9ZbU1WcE5xdHk
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harborline.com
ATTENDEE;CN=Élodie Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
ATTENDEE;CN=Marcus Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.oyelaran@harborline.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""", tz=VTZ["America/New_York"])
    hs = head("Harborline Analytics <no-reply@goodtime.io>",
              "Interview Confirmation: Harborline Analytics - Marine Asset Planning Manager",
              "2026-10-23 11:20", "America/New_York", "<gt.7d3a11f0.20261023152000@goodtime.io>",
              rcv=("from o1.ptr5521.goodtime.io (o1.ptr5521.goodtime.io [149.72.140.12])",
                   "mx1.example.org with ESMTPS id 4MxT2f8Rnz"),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@harborline.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(10), family="zoom", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 08:00", "Pacific/Noumea"), end=None,
      contact="t.wamytan@cmn.nc", company="Calédonie Maintenance Navale",
      local="Tue 2026-11-03 08:00", zone="Pacific/Noumea",
      note="Manager in Nouméa (UTC+11, no DST): 'mardi 3 novembre à 8h00 (heure de Nouméa)' -> Mon 2 Nov "
           "21:00Z, another day in UTC; the mail also gives 'lundi 2 novembre à 22h00' for Toulon (CET) = "
           "same instant; 'environ une heure' -> end null; contact = sender")
def m10():
    body = t("""
        Bonjour Élodie,

        Suite à notre échange de mails, je vous confirme l'entretien en visio pour le poste de
        responsable planification des arrêts techniques, avec Mme Nathalie Kaloi (DRH) et moi-même :

        mardi 3 novembre à 8h00 (heure de Nouméa)
        soit pour vous lundi 2 novembre à 22h00 heure de Toulon - désolé pour l'heure tardive,
        c'est le seul créneau commun avec la DRH avant la mission du bateau-atelier.

        Comptez environ une heure.

        Thierry Wamytan vous invite à une réunion Zoom planifiée.

        Sujet : Entretien CMN - É. Marchetti
        Heure : 3 nov. 2026 08:00 AM Nouméa

        Participer à la réunion Zoom
        https://cmn-nc.zoom.us/j/96611540288?pwd=dTJ0WGtRZ3Bub1ZxVjR5

        ID de réunion : 966 1154 0288
        Code secret : 418203

        Cordialement,

        Thierry Wamytan
        Chef du service Maintenance
        Calédonie Maintenance Navale - Baie de Numbo, Nouméa
        Tél. +687 27 41 90
        """)
    hs = head(addr("Thierry Wamytan", "t.wamytan@cmn.nc"), "Entretien visio - confirmation",
              "2026-10-30 09:12", "Pacific/Noumea", "<000c01dd4a11$8f3e2b70$adba8250$@cmn.nc>",
              rcv=("from smtp.cmn.nc (smtp.cmn.nc [202.22.241.17])", "mx1.example.org with ESMTP id 4MyD6w0Tqz"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(11), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 14:15", P), end=utc("2026-11-05 14:45", P),
      contact="julie.castellan@azurdrydock.com", company="Azur Drydock",
      local="Thu 2026-11-05 14:15", local_end="2026-11-05 14:45", zone=P,
      note="Calendly invitee confirmation in French: '14:15 - 14:45, jeudi 5 novembre 2026, heure "
           "d'Europe centrale' -> CET -> 13:15Z-13:45Z; ICS in UTC agrees; contact = Reply-To host. "
           "Moved later by the human reschedule in the same thread")
def m11():
    body = t("""
        Bonjour Élodie Marchetti,

        Votre événement est programmé.

        Type d'événement :
        Entretien téléphonique - Planification (30 min)

        Invité :
        Julie Castellan

        Date/heure de l'événement :
        14:15 - 14:45, jeudi 5 novembre 2026 (Heure d'Europe centrale)

        Lieu :
        Julie vous appellera au numéro que vous avez indiqué.

        Réponses aux questions :
        Numéro de téléphone : +33 6 12 00 48 73
        Poste visé : Planificatrice arrêts techniques - Nice

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/0b6c2f0e-5e0a-4a5b-9f0e-2d5c1f7a88e1
        Replanifier : https://calendly.com/reschedulings/0b6c2f0e-5e0a-4a5b-9f0e-2d5c1f7a88e1

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Bonjour Élodie Marchetti,</p><p><b>Votre événement est programmé.</b></p>
        <p><b>Type d'événement :</b><br>Entretien téléphonique - Planification (30 min)</p>
        <p><b>Invité :</b><br>Julie Castellan</p>
        <p><b>Date/heure de l'événement :</b><br>14:15 - 14:45, jeudi 5 novembre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Julie vous appellera au numéro que vous avez indiqué.</p>
        <p><a href="https://calendly.com/cancellations/0b6c2f0e-5e0a-4a5b-9f0e-2d5c1f7a88e1">Annuler</a> &middot;
        <a href="https://calendly.com/reschedulings/0b6c2f0e-5e0a-4a5b-9f0e-2d5c1f7a88e1">Replanifier</a></p>
        <p style="font-size:12px;color:#666">Propulsé par Calendly.com</p></body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
BEGIN:VEVENT
UID:0b6c2f0e-5e0a-4a5b-9f0e-2d5c1f7a88e1@calendly.com
DTSTAMP:20261030T144000Z
DTSTART:20261105T131500Z
DTEND:20261105T134500Z
SUMMARY:Entretien téléphonique - Planification (30 min) entre Julie Castellan et Élodie Marchetti
ORGANIZER;CN=Julie Castellan:mailto:julie.castellan@azurdrydock.com
ATTENDEE;CN=Élodie Marchetti;PARTSTAT=ACCEPTED:mailto:elodie.marchetti@example.org
LOCATION:+33 6 12 00 48 73
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""")
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmé : Entretien téléphonique - Planification (30 min) avec Julie Castellan le jeudi 5 novembre 2026",
              "2026-10-30 15:40", P, "<calendly.0b6c2f0e.invitee.scheduled@calendly.com>",
              rcv=("from o2.sg.calendly.com (o2.sg.calendly.com [167.89.94.231])",
                   "mx1.example.org with ESMTPS id 4MyL1s4Vbz"),
              extra=(("Reply-To", addr("Julie Castellan", "julie.castellan@azurdrydock.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(12), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-06 10:00", P), end=None,
      contact="julie.castellan@azurdrydock.com", company="Azur Drydock",
      local="Fri 2026-11-06 10:00", zone=P, days=(("Thu", "2026-11-05"),),
      note="Recruiter reply closing a reschedule: quoted thread moves 'jeudi 14h15' (the Calendly slot) to "
           "'vendredi 6 à 10h'; the top line 'c'est noté pour vendredi 10h' confirms; CET -> 09:00Z; "
           "contact = sender")
def m12():
    body = t("""
        Parfait, c'est noté pour vendredi 10h, je vous appelle sur votre portable. Merci pour la souplesse !

        Julie

        Julie Castellan
        Talent Acquisition - Azur Drydock
        Port Lympia, 06300 Nice

        Le mar. 3 nov. 2026 à 11:26, Élodie Marchetti <elodie.marchetti@example.org> a écrit :
        > Bonjour Julie,
        >
        > Aucun problème, vendredi 6 à 10h me convient parfaitement.
        >
        > Bien cordialement,
        > Élodie
        >
        > Le mar. 3 nov. 2026 à 09:05, Julie Castellan <julie.castellan@azurdrydock.com> a écrit :
        >> Bonjour Élodie,
        >>
        >> Je dois malheureusement décaler notre échange de jeudi 14h15 (je suis appelée sur une
        >> mise en cale sèche imprévue). Est-ce que vendredi 6 novembre à 10h vous irait ?
        >>
        >> Désolée pour le changement,
        >> Julie
        """)
    hs = head(addr("Julie Castellan", "julie.castellan@azurdrydock.com"),
              "Re: Décalage de notre entretien téléphonique", "2026-11-03 11:58", P,
              "<AM9PR02MB7380D1E4F2A3B5C6@AM9PR02MB7380.eurprd02.prod.outlook.com>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
                   "mx1.example.org with ESMTPS id 4N0a7q2Gkz"),
              extra=(("In-Reply-To", "<e5f0c2a1-elodie-1103@example.org>"),
                     ("References", "<AM9PR02MB7380A0B1@AM9PR02MB7380.eurprd02.prod.outlook.com> <e5f0c2a1-elodie-1103@example.org>"),
                     ("Thread-Topic", enc("Décalage de notre entretien téléphonique"))))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(13), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:00", P), end=utc("2026-11-10 11:45", P),
      contact=None, company="Riviera Port Services",
      local="Tue 2026-11-10 11:00", local_end="2026-11-10 11:45", zone=P,
      note="Microsoft Bookings confirmation: 'mardi 10 novembre 2026 11:00 (UTC+01:00) Bruxelles, "
           "Copenhague, Madrid, Paris', 45 min service -> 10:00Z-10:45Z; ICS 'Romance Standard Time' "
           "agrees; only a Bookings mailbox and a staff name, no personal address -> contact null")
def m13():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Élodie Marchetti,</p>
        <p>Merci d'avoir réservé auprès de <b>Riviera Port Services - Recrutement</b>.</p>
        <table cellpadding="4">
        <tr><td>Service</td><td><b>Entretien de recrutement - Technique (45 min)</b></td></tr>
        <tr><td>Date</td><td>mardi 10 novembre 2026</td></tr>
        <tr><td>Heure</td><td>11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Personnel</td><td>Karine Tosello</td></tr>
        <tr><td>Lieu</td><td>Riviera Port Services, 12 quai des Docks, 06300 Nice</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RivieraPortServicesRecrutement@rivieraportservices.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#605e5c">Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
BEGIN:VEVENT
ORGANIZER;CN=Riviera Port Services - Recrutement:mailto:RivieraPortServicesRecrutement@rivieraportservices.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Élodie Marchetti:mailto:elodie.marchetti@example.org
UID:040000008200E00074C5B7101A82E00800000000D04A7E2C9A10DD01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Technique (45 min)
DTSTART;TZID=Romance Standard Time:20261110T110000
DTEND;TZID=Romance Standard Time:20261110T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Riviera Port Services\\, 12 quai des Docks\\, 06300 Nice
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT""", tz=ROMANCE)
    hs = head("Riviera Port Services - Recrutement <RivieraPortServicesRecrutement@rivieraportservices.onmicrosoft.com>",
              "Rendez-vous confirmé : Entretien de recrutement - Technique (45 min)", "2026-11-04 12:00", P,
              "<DB9P195MB1402E7A1C0B3F5D2@DB9P195MB1402.EURP195.PROD.OUTLOOK.COM>",
              rcv=("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2130.outbound.protection.outlook.com [40.107.104.130])",
                   "mx1.example.org with ESMTPS id 4N1c3h8Xpz"),
              extra=(("X-MS-Exchange-Organization-BookingsReservation", "true"),))
    return message(hs, alt(html(page), calendar(ics, cte="base64")))


def _esterel_ics(method: str, status: str, seq: int, stamp: str) -> str:
    return vcal("-//Google Inc//Google Calendar 70.9054//EN", method, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261113T151500
DTEND;TZID=Europe/Paris:20261113T160000
DTSTAMP:{stamp}
ORGANIZER;CN=Marc Ottaviani:mailto:marc.ottaviani@esterel-yachting.fr
UID:6q3k8m1vb0e2a9d7c4f5h1j2kc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchetti@example.org;X-NUM-GUESTS=0:mailto:elodie.marchetti@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Ottaviani;X-NUM-GUESTS=0:mailto:marc.ottaviani@esterel-yachting.fr
CREATED:20261106T092800Z
DESCRIPTION:Entretien pour le poste de coordinatrice maintenance / refit.\\nRDV au bureau du port\\, ponton C.
LAST-MODIFIED:{stamp}
LOCATION:Estérel Yachting\\, Port Vauban Nice\\, ponton C
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:Entretien Élodie Marchetti / Estérel Yachting
TRANSP:OPAQUE
END:VEVENT""", tz=VTZ["Europe/Paris"])


@mail(N(14), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-13 15:15", P), end=utc("2026-11-13 16:00", P),
      contact="marc.ottaviani@esterel-yachting.fr", company="Estérel Yachting",
      local="Fri 2026-11-13 15:15", local_end="2026-11-13 16:00", zone=P,
      note="Google Calendar invitation (French UI): 'ven. 13 nov. 2026 15:15 - 16:00 (CET)' -> "
           "14:15Z-15:00Z; ICS agrees; contact = ORGANIZER / sender. Cancelled later in the same thread")
def m14():
    body = t("""
        Marc Ottaviani vous a invité à un événement.

        Entretien Élodie Marchetti / Estérel Yachting
        vendredi 13 nov. 2026 ⋅ 15:15 – 16:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Estérel Yachting, Port Vauban Nice, ponton C

        Entretien pour le poste de coordinatrice maintenance / refit.
        RDV au bureau du port, ponton C.

        Organisateur
        Marc Ottaviani - marc.ottaviani@esterel-yachting.fr

        Invités
        Marc Ottaviani - organisateur
        elodie.marchetti@example.org

        Afficher toutes les informations sur l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NnEzazhtMXZiMGUyYTlkN2M0ZjVoMWoya2MgZWxvZGll

        Répondre pour elodie.marchetti@example.org : Oui - Non - Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    hs = head("Marc Ottaviani <marc.ottaviani@esterel-yachting.fr>",
              "Invitation: Entretien Élodie Marchetti / Estérel Yachting @ ven. 13 nov. 2026 15:15 - 16:00 (CET) (elodie.marchetti@example.org)",
              "2026-11-06 10:30", P, "<calendar-1f7a0c2e-3b9d-4e61-8a55-0c4d2f9e1b7a@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx1.example.org with ESMTPS id 4N2k9m1Ybz"),
              extra=(("Reply-To", addr("Marc Ottaviani", "marc.ottaviani@esterel-yachting.fr")),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(_esterel_ics("REQUEST", "CONFIRMED", 0, "20261106T093000Z"),
                                          cte="base64")),
                             calendar(_esterel_ics("REQUEST", "CONFIRMED", 0, "20261106T093000Z"),
                                      method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(15), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-13 15:15", P), end=utc("2026-11-13 16:00", P),
      contact="marc.ottaviani@esterel-yachting.fr", company="Estérel Yachting",
      local="Fri 2026-11-13 15:15", local_end="2026-11-13 16:00", zone=P,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Estérel Yachting slot "
           "ven. 13 nov. 15:15-16:00 CET -> 14:15Z-15:00Z; the organizer's note gives no new time; contact "
           "= ORGANIZER / sender")
def m15():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Élodie Marchetti / Estérel Yachting
        vendredi 13 nov. 2026 ⋅ 15:15 – 16:00 (heure normale d'Europe centrale - Paris)

        Message de l'organisateur :
        « Élodie, le propriétaire a décidé de suspendre le recrutement jusqu'au printemps, je suis
        désolé. Je vous rappelle dès que le poste est rouvert. Marc »

        Organisateur
        Marc Ottaviani - marc.ottaviani@esterel-yachting.fr

        Invitation de Google Agenda
        """)
    hs = head("Marc Ottaviani <marc.ottaviani@esterel-yachting.fr>",
              "Événement annulé : Entretien Élodie Marchetti / Estérel Yachting @ ven. 13 nov. 2026 15:15 - 16:00 (CET) (elodie.marchetti@example.org)",
              "2026-11-11 18:02", P, "<calendar-8d2c4e6a-1b3f-4a7d-9c0e-5f6a7b8c9d0e@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                   "mx1.example.org with ESMTPS id 4N4m2b7Tcz"),
              extra=(("Reply-To", addr("Marc Ottaviani", "marc.ottaviani@esterel-yachting.fr")),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(_esterel_ics("CANCEL", "CANCELLED", 1, "20261111T170200Z"),
                                          method="CANCEL", cte="base64")),
                             calendar(_esterel_ics("CANCEL", "CANCELLED", 1, "20261111T170200Z"),
                                      method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(16), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", P), end=None,
      contact="patrick@mns-laseyne.fr", company="Mécanique Navale Seynoise",
      local="Thu 2026-11-19 14:00", zone=P,
      note="Phone-written reply 'C'est bon pour jeudi 14h' sent Mon 16 Nov -> Thu 19 Nov 14:00 CET -> "
           "13:00Z; the quoted offer also names Friday morning; contact = sender")
def m16():
    body = t("""
        C'est bon pour jeudi 14h, à l'atelier. Demandez Patrick au portail, ils sont prévenus.
        Amenez votre CV papier svp, le chef d'atelier veut le voir aussi.

        Patrick Giordano
        Mécanique Navale Seynoise

        Envoyé de mon iPhone

        > Le 16 nov. 2026 à 18:20, Élodie Marchetti <elodie.marchetti@example.org> a écrit :
        >
        > Bonjour Monsieur Giordano,
        >
        > Merci pour votre appel de ce matin. Comme proposé, je peux passer vous voir pour un
        > entretien jeudi 19 à 14h, ou vendredi matin si cela vous arrange mieux.
        >
        > Bien cordialement,
        > Élodie Marchetti
        > 06 12 00 48 73
        """)
    hs = head(addr("Patrick Giordano", "patrick@mns-laseyne.fr"), "Re: Entretien - poste planification atelier",
              "2026-11-16 19:48", P, "<4C1E7F2A-9B3D-4E8A-B0C5-7D6E2F1A9C33@mns-laseyne.fr>",
              rcv=("from smtp.mns-laseyne.fr (smtp.mns-laseyne.fr [51.91.14.202])",
                   "mx1.example.org with ESMTPSA id 4N6q8d3Vfz"),
              extra=(("In-Reply-To", "<7F3E21B0-elodie-1116@example.org>"),
                     ("References", "<7F3E21B0-elodie-1116@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@mail(N(17), family="teams", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-20 09:00", "Europe/Copenhagen"), end=utc("2026-11-20 10:00", "Europe/Copenhagen"),
      contact="mkj@nordhavnmarine.dk", company="Nordhavn Marine",
      local="Fri 2026-11-20 09:00", local_end="2026-11-20 10:00", zone="Europe/Copenhagen",
      days=(("Thu", "2026-11-19"),),
      note="Outlook/Teams meeting update (SEQUENCE:1) from Copenhagen: old 'Thursday 19 November 13:00', new "
           "'Friday 20 November 2026 09:00-10:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris' -> "
           "08:00Z-09:00Z; ICS TZID Romance Standard Time agrees; contact = organizer / sender")
def m17():
    body = t("""
        Hi Élodie,

        As mentioned on the phone, our CTO has to be in Esbjerg on Thursday, so I have moved our
        interview from Thursday 19 November 13:00 to Friday 20 November, 09:00-10:00 (your time and
        ours - we are both on CET). Same Teams link as before.

        Apologies for the shuffle and see you on Friday.

        Mette

        Mette Kjærgaard | Senior Talent Acquisition Partner
        Nordhavn Marine A/S | Sundkaj 9, 2150 Nordhavn, Copenhagen

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YzEtOWQ5Ny00YjJk%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f3%22%7d>
        Meeting ID: 372 915 604 118
        Passcode: qV7sQ2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
BEGIN:VEVENT
ORGANIZER;CN=Mette Kjærgaard:mailto:mkj@nordhavnmarine.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchetti:mailto:elodie.marchetti@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anders Holm:mailto:aho@nordhavnmarine.dk
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DD01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=en-US:Interview - Maintenance Planner (remote) - Élodie Marchetti
DTSTART;TZID=Romance Standard Time:20261120T090000
DTEND;TZID=Romance Standard Time:20261120T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261117T122200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YzEtOWQ5Ny00YjJk%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mkj@nordhavnmarine.dk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NmQ4ZjE2YzEtOWQ5Ny00YjJk-thread.v2!b1f3
END:VEVENT""", tz=ROMANCE)
    hs = head("Mette Kjærgaard <mkj@nordhavnmarine.dk>",
              "Updated: Interview - Maintenance Planner (remote) - Élodie Marchetti", "2026-11-17 13:22",
              "Europe/Copenhagen", "<GV1P190MB2017C4E2A1F0B3D9@GV1P190MB2017.EURP190.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2119.outbound.protection.outlook.com [40.107.249.119])",
                   "mx1.example.org with ESMTPS id 4N7b1k5Zrz"),
              extra=(("Thread-Topic", enc("Interview - Maintenance Planner (remote) - Élodie Marchetti")),
                     ("Accept-Language", "en-US, da-DK"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(18), family="calendly", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-18 16:00", "Europe/London"), end=utc("2026-11-18 16:45", "Europe/London"),
      contact="oliver.brennan@tidewaterops.co.uk", company="Tidewater Ops",
      local="Wed 2026-11-18 16:00", local_end="2026-11-18 16:45", zone="Europe/London",
      note="Calendly cancellation by the host: '4:00pm - 4:45pm, Wednesday, November 18, 2026 (GMT)' -> "
           "London in November = UTC -> 16:00Z-16:45Z; invitee asked to rebook via link, no new time; "
           "METHOD:CANCEL ICS agrees; contact = Reply-To host")
def m18():
    body = t("""
        Hi Élodie Marchetti,

        Oliver Brennan has canceled the following event.

        Event Type:
        Interview - Maintenance Planning Manager (45 min)

        Event Date/Time:
        4:00pm - 4:45pm, Wednesday, November 18, 2026 (Greenwich Mean Time)

        Cancellation reason:
        "So sorry Élodie - the client has paused the vessel programme this role was attached to.
        I'll be in touch if it restarts. Please do feel free to book again via my page if you'd
        still like a general chat. Oliver"

        Schedule a new event: https://calendly.com/oliver-tidewater

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "CANCEL", """
BEGIN:VEVENT
UID:a71e5c3d-0f2b-4e8a-bb61-9c8d7e6f5a40@calendly.com
DTSTAMP:20261116T091000Z
DTSTART:20261118T160000Z
DTEND:20261118T164500Z
SUMMARY:Interview - Maintenance Planning Manager (45 min) between Oliver Brennan and Élodie Marchetti
ORGANIZER;CN=Oliver Brennan:mailto:oliver.brennan@tidewaterops.co.uk
ATTENDEE;CN=Élodie Marchetti;PARTSTAT=DECLINED:mailto:elodie.marchetti@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT""")
    hs = head("Calendly <notifications@calendly.com>",
              "Canceled: Interview - Maintenance Planning Manager (45 min) with Oliver Brennan on Wednesday, November 18, 2026",
              "2026-11-16 09:10", "Europe/London", "<calendly.a71e5c3d.invitee.canceled@calendly.com>",
              rcv=("from o4.sg.calendly.com (o4.sg.calendly.com [167.89.94.233])",
                   "mx1.example.org with ESMTPS id 4N6h0r9Wsz"),
              extra=(("Reply-To", addr("Oliver Brennan", "oliver.brennan@tidewaterops.co.uk")),))
    return message(hs, mixed(text(body), calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


def _imp_original() -> bytes:
    body = t("""
        Madame,

        Suite à notre entretien téléphonique, je vous confirme votre entretien pour le poste de
        Chargée de planification - projets maintenance navale :

        le mardi 24 novembre à 10h00, dans nos locaux au 12 avenue de la Grande Bégude,
        13100 Aix-en-Provence (parking visiteurs à gauche de l'entrée).

        L'entretien durera 1h30 : 45 minutes avec M. Bernard Sauvan, directeur des opérations,
        puis un cas pratique de planification avec l'équipe.

        Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, mes salutations distinguées.

        Aurélie Fabre
        Responsable Ressources Humaines
        IMP - Ingénierie Maritime Provence
        04 42 00 61 38
        """)
    hs = [("From", addr("Aurélie Fabre", "a.fabre@imp-aix.fr", "iso-8859-1")),
          ("To", addr("Élodie Marchetti", "elodie.marchetti@example.net", "iso-8859-1")),
          ("Subject", enc("Confirmation entretien - Chargée de planification", "iso-8859-1")),
          ("Date", date("2026-11-20 17:30", P)),
          ("Message-ID", "<000401dd5b2e$c1a2b3d0$44e61b70$@imp-aix.fr>"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(19), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-24 10:00", P), end=utc("2026-11-24 11:30", P),
      contact="a.fabre@imp-aix.fr", company="IMP - Ingénierie Maritime Provence",
      local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:30", zone=P,
      note="Candidate forwards to herself (example.net -> example.org) the recruiter's confirmation as a "
           "message/rfc822 attachment (iso-8859-1): 'mardi 24 novembre à 10h00', 'durera 1h30' (exact) -> "
           "CET 09:00Z-10:30Z; contact = the recruiter in the forwarded header, never the candidate")
def m19():
    note = t("""
        pour mémoire - IMP Aix mardi, prendre le dossier planning Brégaillon + le cas Gantt

        Élodie
        """)
    hs = head("Élodie Marchetti <elodie.marchetti@example.net>",
              "Fwd: Confirmation entretien - Chargée de planification", "2026-11-20 21:14", P,
              "<d4b1c0a2-71e9-4f2e-8b3a-elodie-fwd-1120@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [192.0.2.44])", "mx1.example.org with ESMTPSA id 4N9e3t6Bkz"),
              extra=(("X-Mailer", "Thunderbird 128.4.0"),))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(_imp_original(), "Confirmation entretien.eml")))


@mail(N(20), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:00", P), end=None,
      contact="karim.benali@sudmarine-assistance.fr", company="Sud Marine Assistance",
      local="Tue 2026-12-01 10:00", zone=P,
      note="Informal tu-register mail 'On se capte mardi vers 10h' sent Thu 26 Nov -> Tue 1 Dec 10:00 CET "
           "-> 09:00Z ('vers' labelled at the stated hour); the attached iPhone event is all-day "
           "(DTSTART;VALUE=DATE:20261201), so the time is only in the text; contact = sender")
def m20():
    body = t("""
        Salut Élodie,

        Top, j'ai calé ça avec le DG ce matin. On se capte mardi vers 10h à l'agence de l'Estaque pour
        l'entretien (poste de planif maintenance, la fiche que je t'ai fait passer). Y aura aussi
        Nadège des RH, c'est elle qui fera la partie "formelle", t'inquiète c'est détendu.

        Je t'ai mis un rappel dans l'agenda ci-joint, l'adresse c'est 41 chemin du Littoral, tu
        peux te garer dans la cour.

        À mardi,
        Karim

        --
        Karim Benali
        Responsable d'exploitation - Sud Marine Assistance
        06 71 00 33 19
        """)
    ics = vcal("-//Apple Inc.//iPhone OS 18.1//EN", "REQUEST", """
BEGIN:VEVENT
CREATED:20261126T112900Z
DTSTAMP:20261126T113000Z
DTSTART;VALUE=DATE:20261201
DTEND;VALUE=DATE:20261202
LAST-MODIFIED:20261126T112900Z
LOCATION:Sud Marine Assistance\\, 41 chemin du Littoral\\, 13016 Marseille
ORGANIZER;CN=Karim Benali:mailto:karim.benali@sudmarine-assistance.fr
ATTENDEE;CN=Élodie Marchetti;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
SEQUENCE:0
SUMMARY:Entretien Élodie - SMA l'Estaque
TRANSP:TRANSPARENT
UID:9E2B7C41-5A3D-4F18-8C6E-1D0F2A3B4C5D
END:VEVENT""")
    hs = head("Karim Benali <karim.benali@sudmarine-assistance.fr>", "Mardi !", "2026-11-26 12:31", P,
              "<5B8F2C1A-3E4D-4A6B-9C7E-0F1A2B3C4D5E@sudmarine-assistance.fr>",
              rcv=("from mail.sudmarine-assistance.fr (mail.sudmarine-assistance.fr [91.121.55.80])",
                   "mx1.example.org with ESMTPS id 4NBw6y2Hmz"))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method=None, cte="base64", filename="Entretien.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(21), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 14:00", "Europe/London"), end=utc("2026-12-09 15:00", "Europe/London"),
      contact="fraser.lindsay@marlowsubsea.co.uk", company="Marlow Subsea",
      local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone="Europe/London",
      days=(("Mon", "2026-12-07"),),
      note="iCIMS reschedule: previous 'Monday, December 7, 2026 at 2:00 PM GMT', new 'Wednesday, December 9, "
           "2026, 2:00 PM - 3:00 PM GMT' (15:00 CET given too) -> 14:00Z-15:00Z; contact = coordinator "
           "address in the body (sender is an iCIMS mailbox)")
def m21():
    body = t("""
        Dear Élodie,

        Your interview for Planning Engineer - Vessel Maintenance (Requisition 2026-1142) has been
        rescheduled.

        PREVIOUS TIME
        Monday, December 7, 2026 at 2:00 PM GMT

        NEW TIME
        Wednesday, December 9, 2026, 2:00 PM - 3:00 PM GMT (15:00 - 16:00 CET)

        Format: Microsoft Teams video interview (link to follow from the hiring manager)
        Panel: Fiona Reid (Engineering Manager), Callum Grant (Senior Planner)

        If the new time does not suit, please contact Fraser Lindsay, Talent Acquisition
        Coordinator, at fraser.lindsay@marlowsubsea.co.uk.

        Kind regards,
        Marlow Subsea Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line.strip() else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head("Marlow Subsea <marlowsubsea@talent.icims.com>",
              "Interview Rescheduled: Planning Engineer - Vessel Maintenance", "2026-12-03 10:02", "Europe/London",
              "<1733220120441.2026-1142.4412@talent.icims.com>",
              rcv=("from mta12.icims.com (mta12.icims.com [208.71.196.12])", "mx1.example.org with ESMTPS id 4NF2c8Rkz"))
    return message(hs, alt(text(body), html(page)))


@mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-10 15:00", P), end=None,
      contact="s.arnaud@varhydraulique.fr", company="Var Hydraulique Services",
      local="Thu 2026-12-10 15:00", zone=P, days=(("Tue", "2026-12-15"), ("Wed", "2026-12-16")),
      note="Recruiter cancels 'notre entretien du jeu. 10 déc. à 15h (10/12/2026)' -> CET 14:00Z, and only "
           "proposes new days (mardi 15 / mercredi 16 à 9h) without fixing one -> cancelled; windows-1252; "
           "contact = sender")
def m22():
    body = t("""
        Bonjour Madame Marchetti,

        Je suis au regret de devoir annuler notre entretien du jeu. 10 déc. à 15h (10/12/2026) :
        notre directeur technique sera retenu toute la journée par un audit client à Fos.

        Je vous propose de nous revoir mardi 15 ou mercredi 16 à 9h. Pouvez-vous me dire ce qui vous
        arrange ? Je vous enverrai alors une nouvelle convocation.

        Toutes mes excuses pour ce contretemps.

        Bien cordialement,

        Sophie Arnaud
        Chargée RH - Var Hydraulique Services
        ZI Toulon Est, 83130 La Garde
        """)
    hs = head("Sophie Arnaud <s.arnaud@varhydraulique.fr>", "Annulation entretien jeudi 10/12",
              "2026-12-07 08:52", P, "<001a01dd6f12$7e3b9c20$7ab2d460$@varhydraulique.fr>",
              rcv=("from smtp.varhydraulique.fr (smtp.varhydraulique.fr [5.135.72.18])", "mx1.example.org with ESMTP id 4NG7b1Lqz"),
              charset="windows-1252", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(N(23), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-14 09:00", P), end=None,
      contact="lucas.ferrand@toulonyachtrefit.com", company="Toulon Yacht Refit",
      local="Mon 2026-12-14 09:00", zone=P,
      note="Recruiter message sent through Workable on Mon 7 Dec: 'lundi en huit à 9h' = Monday of next week "
           "= Mon 14 Dec 09:00 CET -> 08:00Z; Reply-To is a Workable relay (not a human mailbox), contact = "
           "recruiter's address in the signature")
def m23():
    body = t("""
        Bonjour Élodie,

        Merci pour votre disponibilité au téléphone tout à l'heure. Comme convenu, je vous confirme
        notre entretien lundi en huit à 9h, dans nos bureaux du port de Toulon (quai Cronstadt,
        au-dessus de la capitainerie). Vous rencontrerez notre directeur de chantier, Serge Ambrosino.

        À très bientôt,

        Lucas Ferrand
        Recrutement & RH - Toulon Yacht Refit
        lucas.ferrand@toulonyachtrefit.com

        --
        Répondez directement à cet e-mail pour écrire à Toulon Yacht Refit.
        Envoyé par Workable pour Toulon Yacht Refit.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Élodie,</p>
        <p>Merci pour votre disponibilité au téléphone tout à l'heure. Comme convenu, je vous confirme
        notre entretien lundi en huit à 9h, dans nos bureaux du port de Toulon (quai Cronstadt,
        au-dessus de la capitainerie). Vous rencontrerez notre directeur de chantier, Serge Ambrosino.</p>
        <p>À très bientôt,</p>
        <p>Lucas Ferrand<br>Recrutement &amp; RH - Toulon Yacht Refit<br>
        <a href="mailto:lucas.ferrand@toulonyachtrefit.com">lucas.ferrand@toulonyachtrefit.com</a></p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Répondez directement à cet e-mail pour écrire à Toulon Yacht Refit.<br>
        Envoyé par Workable pour Toulon Yacht Refit.</p></body></html>
        """)
    hs = head("Lucas Ferrand - Toulon Yacht Refit <noreply@candidates.workablemail.com>",
              "Entretien - Coordinateur(trice) planning refit", "2026-12-07 11:20", P,
              "<wk.msg.5f1d8e2a9c0b@candidates.workablemail.com>",
              rcv=("from mail-out-11.workablemail.com (mail-out-11.workablemail.com [52.18.201.11])",
                   "mx1.example.org with ESMTPS id 4NG9k4Rsz"),
              extra=(("Reply-To", "toulon-yacht-refit+c8f2a17e3d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="fr", interview=False, company="Calanques Marine Services",
      note="Personio rejection after an application; mentions 'entretiens' already held, no time")
def m24():
    body = t("""
        Bonjour Élodie,

        Nous vous remercions pour l'intérêt que vous portez à Calanques Marine Services et pour le
        temps consacré à votre candidature au poste de Planificatrice maintenance (Marseille).

        Après étude attentive de l'ensemble des profils, nous avons choisi de poursuivre les entretiens
        avec des candidats dont l'expérience correspond plus étroitement aux besoins actuels de
        l'équipe (maintenance de navires à passagers).

        Nous conservons votre dossier dans notre vivier et ne manquerons pas de revenir vers vous si
        une opportunité correspondant à votre profil se présente.

        Bien cordialement,
        L'équipe RH de Calanques Marine Services

        Cet e-mail a été envoyé via Personio.
        """)
    hs = head("Calanques Marine Services <no-reply@personio.de>",
              "Votre candidature chez Calanques Marine Services", "2026-09-08 16:44", P,
              "<20260908144402.9f3c1a7e2b@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [35.157.61.81])", "mx1.example.org with ESMTPS id 4MfW1c7Hnz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(25), family="offer", lang="fr", interview=False, company="Thalassia Naval Services",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-09")),
      note="Job offer after the Greenhouse interview: fixed start date 'lundi 4 janvier 2027 à 8h30' (first "
           "working day) and a reply deadline, but no interview")
def m25():
    body = t("""
        Bonjour Élodie,

        Suite à vos entretiens avec Hervé Lambertin et l'équipe Méthodes, j'ai le plaisir de vous
        transmettre en pièce jointe notre proposition d'embauche pour le poste de Planificatrice
        Maintenance Navale, en CDI, statut cadre.

        En résumé :
          - rémunération annuelle brute : 46 500 EUR sur 13 mois
          - prise de poste : lundi 4 janvier 2027 à 8h30, accueil sécurité bâtiment C
          - télétravail : 1 jour par semaine après la période d'essai

        Merci de nous retourner la promesse d'embauche signée avant le vendredi 9 octobre. Je reste
        bien sûr disponible pour en discuter par téléphone.

        Très belle journée,

        Claire Bonnafoux
        Chargée de recrutement - Thalassia Naval Services
        """)
    hs = head("Claire Bonnafoux <claire.bonnafoux@thalassia-naval.fr>", "Proposition d'embauche - Thalassia Naval Services",
              "2026-10-01 17:05", P, "<PAZP264MB31440E9C1B2A3D4F@PAZP264MB3144.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2121.outbound.protection.outlook.com [40.107.9.121])",
                   "mx1.example.org with ESMTPS id 4MrB0k3Pdz"))
    pdf = raw_part([("Content-Type", 'application/pdf; name="Promesse_embauche_EMarchetti.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Promesse_embauche_EMarchetti.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\n"
                   "MiAwIG9iago8PC9UeXBlL1BhZ2VzL0NvdW50IDA+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4K\n"
                   "JSVFT0YK\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(N(26), family="application_receipt", lang="en", interview=False, company="Blue Mistral Yachts",
      note="Recruitee application acknowledgement in English; says 'if selected we will invite you to an "
           "interview', no time")
def m26():
    body = t("""
        Hi Élodie,

        Thanks for applying for the Refit Planner (Nice / Antibes) position at Blue Mistral Yachts.
        We have received your application and our team will review it in the coming weeks.

        If your profile matches what we are looking for, we will invite you to an interview with our
        technical manager. In the meantime you can follow your application here:
        https://bluemistralyachts.recruitee.com/o/refit-planner/c/status

        Kind regards,
        The Blue Mistral Yachts team
        """)
    hs = head("Blue Mistral Yachts <no-reply@recruitee.com>", "We received your application - Refit Planner",
              "2026-09-03 08:12", "Europe/Paris", "<rc.app.8812045.ack@mg.recruitee.com>",
              rcv=("from mg.recruitee.com (mg.recruitee.com [159.135.228.10])", "mx1.example.org with ESMTPS id 4Mc3r7Fkz"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="base64")))


@mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing offers around Toulon; 'entretien sous 48h' and 'jeudi' are ad copy, "
           "nothing is scheduled")
def m27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#0b5cab">5 nouvelles offres pour « planificateur maintenance » - Toulon (30 km)</h2></td></tr>
        <tr><td><p><b>Planificateur maintenance navale H/F</b> - Arsenal Sud Prestations - Toulon (83)<br>
        CDI · 40-48 k€ · <span style="color:#0a7d32">Entretien sous 48h !</span></p></td></tr>
        <tr><td><p><b>Technicien méthodes / planning H/F</b> - Nautiservices Var - La Seyne-sur-Mer (83)<br>
        CDI · Candidature simplifiée</p></td></tr>
        <tr><td><p><b>Chargé(e) de planification arrêts techniques</b> - Intérim Littoral - Fos-sur-Mer (13)<br>
        Mission 6 mois · Job dating jeudi matin à l'agence</p></td></tr>
        <tr><td><p><b>Coordinateur(trice) refit yachts</b> - Riviera Superyacht Care - Antibes (06)<br>
        CDI · Anglais courant</p></td></tr>
        <tr><td><p><b>Planner GMAO - Maintenance portuaire</b> - Port Logistique Sud - Marseille (13)<br>
        CDD 12 mois</p></td></tr>
        <tr><td><p><a href="https://www.emploisud.example.com/alertes/gerer">Gérer mes alertes</a> ·
        <a href="https://www.emploisud.example.com/desinscription">Se désinscrire</a></p></td></tr>
        </table></body></html>
        """)
    hs = head("EmploiSud Alertes <alertes@emploisud.example.com>",
              "5 nouvelles offres : planificateur maintenance - Toulon", "2026-09-14 07:03", P,
              "<alert.20260914.0703.88123@emploisud.example.com>",
              rcv=("from mta3.emploisud.example.com (mta3.emploisud.example.com [198.51.100.23])",
                   "mx1.example.org with ESMTPS id 4Mh9t1Kqz"),
              extra=(("List-Unsubscribe", "<https://www.emploisud.example.com/desinscription>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(N(28), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Careers newsletter about job interviews ('Entretien d'embauche : les 7 questions pièges') "
           "with a live Q&A 'mardi 20 octobre à 18h' - a fixed time, but an event for readers, not an interview")
def m28():
    body = t("""
        LE MAG CARRIÈRES - n° 142

        ENTRETIEN D'EMBAUCHE : LES 7 QUESTIONS PIÈGES (ET COMMENT Y RÉPONDRE)
        « Parlez-moi de vos défauts », « Où vous voyez-vous dans 5 ans ? »... Nos recruteurs décryptent
        les questions qui déstabilisent, avec des exemples de réponses pour les métiers techniques.

        CONFIRMER UN ENTRETIEN PAR MAIL : LE BON MODÈLE
        « Je vous confirme ma présence à l'entretien du jeudi à 14h... » : trois formules simples,
        et les erreurs à éviter.

        EN DIRECT : mardi 20 octobre à 18h, live Q&A sur Instagram avec une DRH de l'industrie navale.
        Posez vos questions en commentaire !

        Vous recevez cette lettre car vous êtes inscrite sur Le Mag Carrières.
        Se désinscrire : https://lemagcarrieres.example.com/unsub
        """)
    hs = head("Le Mag Carrières <newsletter@lemagcarrieres.example.com>",
              "Entretien d'embauche : les 7 questions pièges 🎯", "2026-10-13 07:30", P,
              "<nl142.20261013@lemagcarrieres.example.com>",
              rcv=("from mail.lemagcarrieres.example.com (mail.lemagcarrieres.example.com [198.51.100.77])",
                   "mx1.example.org with ESMTPS id 4Mv2s8Gkz"),
              extra=(("List-Unsubscribe", "<https://lemagcarrieres.example.com/unsub>"),
                     ("List-Id", "Le Mag Carrieres <newsletter.lemagcarrieres.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="self_schedule_link", lang="fr", interview=False, company="Hydro Azur Maintenance",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
      note="softgarden self-scheduling invitation: lists open slots and asks the candidate to pick one; "
           "nothing booked yet")
def m29():
    body = t("""
        Bonjour Madame Marchetti,

        Nous avons le plaisir de vous inviter à un entretien pour le poste de Planificatrice de
        maintenance (F/H) à Nice.

        Merci de choisir vous-même votre créneau via le lien ci-dessous. Les créneaux encore libres
        au moment de l'envoi :

          - mardi 27 octobre 2026 : 10:00, 14:00
          - mercredi 28 octobre 2026 : 09:30, 11:00, 16:00

        Choisir mon créneau : https://hydroazur.softgarden.io/fr/interview-scheduling/7a1c0e9f

        Les créneaux sont attribués dans l'ordre des réservations. Vous recevrez une confirmation
        dès que vous aurez choisi.

        Cordialement,
        Votre équipe recrutement Hydro Azur Maintenance
        """)
    hs = head("Hydro Azur Maintenance <noreply@softgarden.io>",
              "Invitation à un entretien - choisissez votre créneau", "2026-10-19 10:11", P,
              "<sg.20261019081100.7a1c0e9f@softgarden.io>",
              rcv=("from mx-out.softgarden.io (mx-out.softgarden.io [185.183.106.14])",
                   "mx1.example.org with ESMTPS id 4Mw6d0Bhz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="fr", interview=False, company="Cap Sud Recrutement",
      note="Agency recruiter cold outreach, vouvoiement, asks for availability 'la semaine prochaine'; no "
           "time fixed")
def m30():
    body = t("""
        Bonjour Élodie,

        Je me permets de vous contacter suite à la lecture de votre profil : j'accompagne actuellement un
        acteur majeur de la réparation navale sur la rade de Toulon qui recherche un(e) responsable
        planification pour ses arrêts techniques (équipe de 6 planificateurs, poste cadre).

        Seriez-vous ouverte à un premier échange téléphonique de 20 minutes la semaine prochaine ?
        Dites-moi simplement quels créneaux vous conviendraient.

        Belle journée,

        Anaïs Delorme
        Consultante senior - Industrie & Naval
        Cap Sud Recrutement - Marseille
        06 44 00 17 82
        """)
    hs = head("Anaïs Delorme <anais.delorme@capsud-recrutement.fr>",
              "Opportunité - Responsable planification arrêts techniques (Toulon)", "2026-09-09 11:37", P,
              "<CAF9pQ7x2rLm1s0@mail.gmail.com>",
              rcv=("from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])",
                   "mx1.example.org with ESMTPS id 4MgA2w9Lrz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="proposed_times", lang="en", interview=False, company="Liguria Refit S.p.A.",
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")),
      note="Genoa hiring manager proposes two slots ('Would Tuesday 29 at 10:00 or Wednesday 30 at 15:00 "
           "work?'); not confirmed yet (the later reply in the thread is the positive)")
def m31():
    body = t("""
        Dear Ms Marchetti,

        Thank you for your application for the Planning Engineer role in our Genoa yard. Your background
        on naval dry-dock planning in Toulon is exactly what we are missing, and remote work with a few
        days per month in Genoa is possible.

        Would Tuesday 29 at 10:00 or Wednesday 30 at 15:00 work for a first conversation (video)? Both
        are Italian time, which I believe is the same as yours.

        Best regards,

        Roberto Santini
        Head of Refit Operations
        Liguria Refit S.p.A. - Calata Gadda, 16126 Genova (GE)
        +39 010 555 0193
        """)
    hs = head("Roberto Santini <roberto.santini@liguriarefit.it>", "Planning Engineer position - Liguria Refit",
              "2026-09-21 10:12", "Europe/Rome", "<CAJx4r8Sb1k0R9@mail.gmail.com>",
              rcv=("from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])",
                   "mx1.example.org with ESMTPS id 4MjK7c2Ntz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="France Travail summons ('Convocation à un entretien' with her adviser, 'jeudi 8 octobre 2026 à "
           "10h15'): fixed time and the word 'entretien', but a job-centre appointment, not a job interview")
def m32():
    page = t("""
        <html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#1e1e1e">
        <p><b>France Travail</b> - Agence Toulon Est</p>
        <p>Madame Élodie MARCHETTI,</p>
        <p>Vous êtes convoquée à un <b>entretien de suivi</b> avec votre conseillère référente, Mme Corinne ABADIE,
        dans le cadre de votre accompagnement vers l'emploi.</p>
        <p><b>Date :</b> jeudi 8 octobre 2026 à 10h15<br>
        <b>Lieu :</b> Agence France Travail Toulon Est - 235 avenue de la République, 83000 Toulon<br>
        <b>Durée prévue :</b> 30 minutes</p>
        <p>Munissez-vous de votre pièce d'identité et de votre CV à jour. En cas d'empêchement, prévenez votre
        conseillère depuis votre espace personnel sur francetravail.fr. Toute absence non justifiée peut
        entraîner une radiation de la liste des demandeurs d'emploi.</p>
        <p>Identifiant : 4821937K</p>
        <p style="font-size:12px;color:#666">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head("France Travail <ne-pas-repondre@francetravail.fr>", "Convocation à un entretien - France Travail",
              "2026-10-01 06:31", P, "<convoc.4821937K.20261001@francetravail.fr>",
              rcv=("from smtp-out2.francetravail.fr (smtp-out2.francetravail.fr [185.24.184.42])",
                   "mx1.example.org with ESMTPS id 4MqX1j4Sbz"))
    return message(hs, html(page, cte="base64"))


@mail(N(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Local reporter confirms an interview OF the user for a feature on women in naval maintenance, "
           "'jeudi 15 octobre à 11h'; fixed time, not a job interview")
def m33():
    body = t("""
        Bonjour Élodie,

        Merci d'avoir accepté de témoigner pour notre dossier « Les femmes de l'Arsenal ». Je vous
        confirme l'interview jeudi 15 octobre à 11h, au Café de la Rade (quai Cronstadt), ça devrait
        durer trois quarts d'heure. Le photographe, Lionel, passera vers 11h40 pour le portrait.

        Si vous préférez relire vos citations avant parution, c'est tout à fait possible.

        Bien à vous,

        Camille Ferrero
        Journaliste - Le Petit Varois, rédaction de Toulon
        06 27 00 91 44
        """)
    hs = head("Camille Ferrero <c.ferrero@lepetitvarois.example.com>", "Interview jeudi - dossier Arsenal",
              "2026-10-09 15:22", P, "<b71c2e90-4d1a-4a39-8f22-lpv-cf-1009@lepetitvarois.example.com>",
              rcv=("from mail.lepetitvarois.example.com (mail.lepetitvarois.example.com [198.51.100.140])",
                   "mx1.example.org with ESMTPS id 4MtA9f1Ddz"))
    return message(hs, text(body, cte="base64"))


@mail(N(34), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast recording confirmed with ICS ('Enregistrement - Cap Carrières', mardi 20 octobre 18h-19h); "
           "the user is the guest, not a job interview")
def m34():
    body = t("""
        Hello Élodie !

        Trop contente que tu aies dit oui 🎙️ Je te confirme l'enregistrement de l'épisode « Planifier
        l'imprévu : la maintenance navale » mardi 20 octobre, de 18h à 19h, en ligne sur Riverside
        (lien dans l'invitation jointe). Prévois un casque et un endroit calme, on fait un petit test
        son 10 minutes avant.

        On parlera de ton parcours, de la vie sur les arrêts techniques et de ta recherche de poste
        actuelle si tu es OK.

        Merci encore,
        Léa - Cap Carrières, le podcast des métiers de la mer
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
BEGIN:VEVENT
DTSTART:20261020T160000Z
DTEND:20261020T170000Z
DTSTAMP:20261014T081500Z
ORGANIZER;CN=Léa Morvan:mailto:lea@capcarrieres-podcast.example.com
UID:3r9t1u7w0x5y2z8a4b6c1d3e5f@google.com
ATTENDEE;CN=elodie.marchetti@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchetti@example.org
SUMMARY:Enregistrement podcast Cap Carrières - Élodie Marchetti
LOCATION:https://riverside.fm/studio/cap-carrieres
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""")
    hs = head("Léa Morvan <lea@capcarrieres-podcast.example.com>", "Enregistrement du podcast mardi 20/10 🎙️",
              "2026-10-14 10:15", P, "<CAL3a9p0Qz7Fm2vP@mail.gmail.com>",
              rcv=("from mail-qt1-f176.google.com (mail-qt1-f176.google.com [209.85.160.176])",
                   "mx1.example.org with ESMTPS id 4Mv7e2Hmz"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Executive MBA admission interview ('entretien d'admission', samedi 7 novembre à 10h00): a school "
           "admission, not a job interview")
def m35():
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive MBA
        « Management des industries maritimes » a été déclaré admissible.

        Vous êtes convoquée à l'entretien d'admission le samedi 7 novembre 2026 à 10h00, sur le
        campus de Toulon (bâtiment Horizon, salle 2.14). L'entretien dure 40 minutes devant un jury
        de deux personnes (un enseignant-chercheur et un professionnel du secteur), précédé d'un
        test d'anglais de 20 minutes à 9h30.

        Merci de confirmer votre présence en répondant à ce message.

        Service des admissions - Executive Education
        ESMM - École Supérieure de Management Méditerranée
        """)
    hs = head("Admissions ESMM <admissions-executive@esmm.example.com>",
              "Convocation - entretien d'admission Executive MBA", "2026-10-29 14:48", P,
              "<adm.em26.3381@esmm.example.com>",
              rcv=("from smtp.esmm.example.com (smtp.esmm.example.com [198.51.100.201])",
                   "mx1.example.org with ESMTPS id 4My8b3Jpz"))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Rowing club selection session ('séance de sélection', samedi 12 septembre à 9h); fixed time, "
           "sports try-out, not a job interview")
def m36():
    body = t("""
        Salut Élodie,

        Super que tu veuilles rejoindre l'équipe féminine en yolette ! On fait une séance de sélection
        samedi 12 septembre à 9h au hangar du club (plage du Mourillon, côté digue). Prévoir tenue,
        bouteille d'eau et certificat médical si tu l'as déjà. On fera 2 x 2 km à l'ergo puis une
        sortie en mer si la météo le permet.

        Sportivement,
        Gaëlle - entraîneuse, Cercle Nautique du Mourillon
        """)
    hs = head("Cercle Nautique du Mourillon <contact@cn-mourillon.example.com>", "Sélection yolette samedi",
              "2026-09-07 20:17", P, "<5f0e1d2c.cnm.20260907@cn-mourillon.example.com>",
              rcv=("from smtp.cn-mourillon.example.com (smtp.cn-mourillon.example.com [198.51.100.15])",
                   "mx1.example.org with ESMTPS id 4MfT8c2Qvz"))
    return message(hs, text(body, cte="8bit"))


@mail(N(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage service appointment confirmation ('mardi 13 octobre 2026 à 8h15', dépôt du véhicule); "
           "fixed time, not an interview")
def m37():
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Bonjour Mme MARCHETTI,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <ul><li>Véhicule : Peugeot 208 - GH-412-PV</li>
        <li>Prestation : révision 60 000 km + contrôle freinage</li>
        <li>Dépôt : <b>mardi 13 octobre 2026 à 8h15</b></li>
        <li>Restitution estimée : le jour même à partir de 17h</li></ul>
        <p>Auto Service Bon Rencontre - 480 avenue de la Résistance, 83000 Toulon - 04 94 00 52 10</p>
        <p style="font-size:11px;color:#888">Pour annuler, répondez STOP au SMS de rappel.</p>
        </body></html>
        """)
    hs = head("Auto Service Bon Rencontre <rdv@autoservice-bonrencontre.example.com>",
              "Confirmation de votre rendez-vous atelier", "2026-10-06 18:40", P,
              "<rdv.88431.20261006@autoservice-bonrencontre.example.com>",
              rcv=("from mta.autoservice-bonrencontre.example.com (mta.autoservice-bonrencontre.example.com [198.51.100.33])",
                   "mx1.example.org with ESMTPS id 4Ms4f9Ejz"))
    return message(hs, html(page, charset="windows-1252"))


@mail(N(38), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Tax office appointment booked online ('lundi 16 novembre 2026 à 14h00', SIP Toulon); fixed time, "
           "not an interview")
def m38():
    body = t("""
        Madame MARCHETTI Élodie,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des Impôts des Particuliers de TOULON
        Objet : Prélèvement à la source - changement de situation (fin de contrat)
        Date : lundi 16 novembre 2026 à 14h00
        Type : rendez-vous téléphonique - un agent vous appellera au numéro indiqué

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier.

        Ceci est un message automatique, merci de ne pas y répondre.
        La Direction Générale des Finances Publiques
        """)
    hs = head("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
              "Confirmation de votre rendez-vous", "2026-11-09 21:03", P,
              "<rdv.sip83.20261109200301.551@dgfip.finances.gouv.fr>",
              rcv=("from smtp.dgfip.finances.gouv.fr (smtp.dgfip.finances.gouv.fr [145.242.11.20])",
                   "mx1.example.org with ESMTPS id 4N3j6a0Gfz"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Career coach confirms a paid mock interview ('simulation d'entretien', mercredi 21 octobre à 17h30) "
           "and offers a pack of further sessions; not a job interview")
def m39():
    body = t("""
        Bonjour Élodie,

        C'est noté pour notre simulation d'entretien mercredi 21 octobre à 17h30, en visio (lien Zoom
        ci-dessous). Je jouerai le rôle d'un DRH de chantier naval : questions de motivation, mise en
        situation sur un planning d'arrêt technique, et débrief de 20 minutes à la fin.

        Si la séance vous est utile, je propose aussi un pack de 3 simulations à 180 EUR, à caler avant
        vos prochains vrais entretiens.

        Zoom : https://us06web.zoom.us/j/81230094561

        Belle soirée,
        Nathalie Brun
        Coach carrière & transitions - Hyères
        """)
    hs = head("Nathalie Brun <nathalie@brun-coaching.example.com>", "Simulation d'entretien - mercredi 17h30",
              "2026-10-16 19:05", P, "<e3a9b1c7-5d2f-4f0a-9b8e-brun-1016@brun-coaching.example.com>",
              rcv=("from smtp.brun-coaching.example.com (smtp.brun-coaching.example.com [198.51.100.91])",
                   "mx1.example.org with ESMTPS id 4MvJ0r5Nkz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


def _julien_original() -> bytes:
    body = t("""
        Hi Julien,

        Your interview is confirmed!

        Thursday, November 12, 2026
        10:00 - 11:00 (CET)
        Calypso Shipping, 2 quai de la Joliette, Marseille

        You will meet Stéphanie Roux, Fleet Technical Superintendent.

        Reply to this email if you need to reschedule.
        Calypso Shipping Recruiting
        """)
    hs = [("From", "Calypso Shipping <no-reply@greenhouse.io>"),
          ("Reply-To", addr("Stéphanie Roux", "stephanie.roux@calypso-shipping.example.com")),
          ("To", "julien.marchetti@example.com"),
          ("Subject", "Interview confirmed: Marine Superintendent at Calypso Shipping"),
          ("Date", date("2026-11-05 16:12", P)),
          ("Message-ID", "<0100019c3d2f5e7a-calypso-julien@email.amazonses.com>")]
    return message(hs, text(body, charset="utf-8"))


@mail(N(40), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Her brother forwards HIS confirmed interview (Greenhouse, Thu 12 Nov 10:00 CET) asking for advice; "
           "a real interview, but not the inbox owner's")
def m40():
    note = t("""
        Salut sœurette,

        Regarde, j'ai décroché l'entretien chez Calypso pour le poste de superintendant ! C'est jeudi
        prochain. Tu connais quelqu'un là-bas ? Et tu pourrais me faire réviser mercredi soir, genre
        les questions sur la planif des arrêts ?

        Bisous, Julien
        """)
    hs = head("Julien Marchetti <julien.marchetti@example.com>", "Fwd: Interview confirmed: Marine Superintendent at Calypso Shipping",
              "2026-11-06 08:34", P, "<CAB7nQ2p9yZ0Lk3f@mail.gmail.com>",
              rcv=("from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
                   "mx1.example.org with ESMTPS id 4N2f8q3Rbz"))
    return message(hs, mixed(text(note), attached_message(_julien_original())))


@mail(N(41), family="daycare_intake", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Daycare intake meeting for her toddler ('entretien d'admission pour Léna, mardi 8 septembre à 9h30'); "
           "fixed time and the word 'entretien', not a job interview")
def m41():
    body = t("""
        Bonjour Madame Marchetti,

        Suite à la commission d'attribution des places, nous avons le plaisir de vous proposer une place
        pour Léna à la crèche à compter du 21 septembre (3 jours par semaine).

        Nous vous attendons pour l'entretien d'admission mardi 8 septembre à 9h30 avec Léna, en présence
        de la directrice et de la référente santé. Merci d'apporter le carnet de santé, une attestation CAF
        et vos deux derniers justificatifs de revenus.

        Cordialement,
        Sabine Orsini
        Directrice - Multi-accueil Les Petits Mousses, Toulon Le Mourillon
        """)
    hs = head("Les Petits Mousses <creche.petitsmousses@example.net>", "Attribution de place - entretien d'admission",
              "2026-09-02 13:26", P, "<A1B2C3D4.creche.0902@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [192.0.2.45])", "mx1.example.org with ESMTPS id 4Mb1w6Ypz"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(42), family="nanny_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="A nanny candidate confirms the interview the user conducts at home ('samedi 19 septembre à 10h'); "
           "the user is the employer here, not the candidate")
def m42():
    body = t("""
        Bonjour Madame,

        Je vous confirme notre entretien samedi 19 septembre à 10h chez vous au Mourillon, pour la garde
        de Léna les lundis et vendredis. J'apporterai mes références (deux familles à La Valette) et mon
        attestation PSC1.

        Bonne soirée,
        Manon Giraud
        06 58 00 24 71
        """)
    hs = head("Manon Giraud <manon.giraud83@example.com>", "Re: Annonce garde d'enfant - Le Mourillon",
              "2026-09-15 20:41", P, "<CAH1kP0q8xV3Ld2m@mail.gmail.com>",
              rcv=("from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])",
                   "mx1.example.org with ESMTPS id 4MhZ5b8Ptz"),
              extra=(("In-Reply-To", "<f0e1d2c3-elodie-0915@example.org>"),))
    return message(hs, text(body, cte="8bit"))


@mail(N(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Outlook meeting request (Romance Standard Time) from a colleague at her current employer: "
           "team afterwork, jeudi 1er octobre 18h30; fixed time, not an interview")
def m43():
    body = t("""
        Salut l'équipe,

        Pour fêter la fin de l'arrêt technique du Var-Express (et le départ d'Élodie en fin d'année,
        on ne lâche rien !), afterwork jeudi 1er octobre à partir de 18h30 au Bistrot du Port.
        J'envoie sur les boîtes perso pour ceux qui sont en récup.

        Sylvain
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
BEGIN:VEVENT
ORGANIZER;CN=MOUTTE Sylvain:mailto:s.moutte@provence-naval-support.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchetti@example.org:mailto:elodie.marchetti@example.org
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000010000000C0FFEE0012345678ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Afterwork fin d'arrêt technique
DTSTART;TZID=Romance Standard Time:20261001T183000
DTEND;TZID=Romance Standard Time:20261001T210000
DTSTAMP:20260924T083000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bistrot du Port\\, Toulon
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT""", tz=ROMANCE)
    hs = head("MOUTTE Sylvain <s.moutte@provence-naval-support.example.com>", "Afterwork fin d'arrêt technique",
              "2026-09-24 10:30", P, "<AS8P195MB1911F2E3@AS8P195MB1911.EURP195.PROD.OUTLOOK.COM>",
              rcv=("from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2100.outbound.protection.outlook.com [40.107.103.100])",
                   "mx1.example.org with ESMTPS id 4Mmb3f6Lqz"),
              extra=(("Thread-Topic", enc("Afterwork fin d'arrêt technique")),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(44), family="user_is_interviewer", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Her manager at the current job asks her to run the technical interview of a candidate, Outlook "
           "invite 'Entretien candidat - Technicien méthodes' mardi 17 novembre 14h; she is the interviewer, "
           "not the candidate")
def m44():
    body = t("""
        Élodie,

        Je t'envoie ça sur ta boîte perso vu que tu es en récup cette semaine. Est-ce que tu peux faire
        l'entretien technique du candidat pour le poste de technicien méthodes (M. Rochas) mardi 17
        novembre à 14h ? Tu es la mieux placée pour lui poser les questions GMAO / planning. Je serai
        avec toi pour la partie RH. Invitation ci-jointe, son CV est dans le dossier partagé.

        Merci !
        Fred

        Frédéric Lanfranchi
        Responsable Méthodes - Provence Naval Support
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
BEGIN:VEVENT
ORGANIZER;CN=LANFRANCHI Frédéric:mailto:f.lanfranchi@provence-naval-support.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchetti@example.org:mailto:elodie.marchetti@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Thomas Rochas:mailto:thomas.rochas@example.net
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123457DD01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien méthodes (M. Rochas)
DTSTART;TZID=Romance Standard Time:20261117T140000
DTEND;TZID=Romance Standard Time:20261117T150000
DTSTAMP:20261110T091500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:PNS Toulon - salle Méthodes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", tz=ROMANCE)
    hs = head("LANFRANCHI Frédéric <f.lanfranchi@provence-naval-support.example.com>",
              "Entretien candidat - Technicien méthodes (M. Rochas)", "2026-11-10 10:15", P,
              "<AS8P195MB1911A7B8@AS8P195MB1911.EURP195.PROD.OUTLOOK.COM>",
              rcv=("from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2101.outbound.protection.outlook.com [40.107.103.101])",
                   "mx1.example.org with ESMTPS id 4N3q7c1Mbz"),
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(45), family="auto_reply", lang="en", interview=False, company="Keelwise",
      days=(("Mon", "2026-09-14"), ("Tue", "2026-09-15")),
      note="Out-of-office auto-reply from the Lever coordinator to the candidate's reply about the Tuesday "
           "interview; it names dates but confirms nothing")
def m45():
    body = t("""
        Hi,

        Thanks for your email. I'm out of the office until Monday 14 September with limited access to
        email. For anything related to interviews scheduled for Tuesday 15 September, please contact
        talent@keelwise.io and the team will help.

        Best,
        Maartje
        """)
    hs = head("Maartje de Ruiter <maartje@keelwise.io>",
              "Automatic reply: Re: Your interview with Keelwise - Tuesday, September 15th",
              "2026-09-10 08:02", P, "<AM0PR10MB3121B0A9C8@AM0PR10MB3121.EURPRD10.PROD.OUTLOOK.COM>",
              rcv=("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2110.outbound.protection.outlook.com [40.107.15.110])",
                   "mx1.example.org with ESMTPS id 4MgQ0b4Kwz"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<a1b2c3d4-elodie-0909@example.org>")))
    return message(hs, text(body, cte="7bit"))


@mail(N(46), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Delivery failure (DSN, multipart/report) for the candidate's own acceptance 'Wednesday 30 at 15:00 "
           "suits me' sent to a misspelt address; the quoted text is her proposal acceptance, not a confirmation")
def m46():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <r.santinni@liguriarefit.it>: host mx.liguriarefit.it[217.61.22.5] said:
            550 5.1.1 <r.santinni@liguriarefit.it>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4MkC2d7Fqz
        Arrival-Date: Tue, 22 Sep 2026 19:01:12 +0000

        Final-Recipient: rfc822; r.santinni@liguriarefit.it
        Original-Recipient: rfc822;r.santinni@liguriarefit.it
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.liguriarefit.it
        Diagnostic-Code: smtp; 550 5.1.1 <r.santinni@liguriarefit.it>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Dear Roberto,

        Thank you for your message. Wednesday 30 at 15:00 suits me very well; Tuesday morning
        would be more difficult as I am on a ship trial.

        Best regards,
        Élodie Marchetti
        """)
    orig = message([("From", ME_TO), ("To", "r.santinni@liguriarefit.it"),
                    ("Subject", "Re: Planning Engineer position - Liguria Refit"),
                    ("Date", date("2026-09-22 21:01", P)),
                    ("Message-ID", "<9c8b7a6f-elodie-0922a@example.org>")], text(orig_body))
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>", "Undelivered Mail Returned to Sender",
              "2026-09-22 21:01", P, "<20260922190113.4MkC2d7Fqz@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report",
                                 text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                                 raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                                 attached_message(orig),
                                 params="report-type=delivery-status"))


@mail(N(47), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Mailing-list digest of a planners' group: members discuss their own interviews ('entretien jeudi "
           "26 à 14h chez un armateur'); nothing concerns the inbox owner")
def m47():
    body = t("""
        Envoyez vos messages pour la liste planif-naval à
            planif-naval@listes.example.net

        Sujets du jour :
           1. Re: Primavera vs MS Project pour les arrêts techniques (Jérôme P.)
           2. Retour d'expérience entretien (Sonia B.)

        ----------------------------------------------------------------------

        Message : 1
        Date : Thu, 19 Nov 2026 18:02:11 +0100
        De : Jérôme P. <jerome.p@example.com>
        Objet : Re: Primavera vs MS Project pour les arrêts techniques

        Chez nous on est passés sur Primavera P6 l'an dernier, gain réel sur le nivellement des
        ressources mais la formation a pris 3 mois...

        ------------------------------

        Message : 2
        Date : Thu, 19 Nov 2026 21:40:55 +0100
        De : Sonia B. <sonia.b@example.net>
        Objet : Retour d'expérience entretien

        Bonsoir à tous, j'ai un entretien jeudi 26 à 14h chez un armateur marseillais pour un poste
        de planificatrice flotte. Quelqu'un a déjà eu un cas pratique chez eux ? Merci !

        ------------------------------

        Fin de Digest planif-naval, Vol 12, Numéro 47
        """)
    hs = head("planif-naval-request@listes.example.net", "Digest planif-naval, Vol 12, Numéro 47",
              "2026-11-20 12:00", P, "<mailman.1204.1795604400.2871.planif-naval@listes.example.net>",
              to="planif-naval@listes.example.net",
              rcv=("from listes.example.net (listes.example.net [192.0.2.80])", "mx1.example.org with ESMTPS id 4N9a1d5Gtz"),
              extra=(("List-Id", "Planificateurs maintenance navale <planif-naval.listes.example.net>"),
                     ("List-Unsubscribe", "<mailto:planif-naval-request@listes.example.net?subject=unsubscribe>"),
                     ("Precedence", "list"), ("X-Mailman-Version", "2.1.39")))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(48), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Webinar registration 'Réussir son entretien en visio', mardi 24 novembre 12h30-13h30, with ICS; "
           "fixed time, an event for job seekers, not an interview")
def m48():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Élodie,</p>
        <p>Votre inscription au webinaire <b>« Réussir son entretien d'embauche en visio »</b> est confirmée.</p>
        <p><b>Date :</b> mardi 24 novembre 2026<br><b>Heure :</b> 12:30 - 13:30 (Paris)<br>
        <b>Intervenante :</b> Florence Agnel, consultante RH</p>
        <p><a href="https://cadresenmouvement.example.com/webinar/join/7712">Rejoindre le webinaire</a></p>
        <p>Ajoutez-le à votre agenda grâce au fichier joint.</p>
        <p style="font-size:11px;color:#888">Cadres en Mouvement - association pour l'emploi des cadres en Provence.<br>
        Se désinscrire des communications</p></body></html>
        """)
    ics = vcal("-//Zoom Video Communications//Webinar//FR", "PUBLISH", """
BEGIN:VEVENT
UID:zw-7712-20261124@cadresenmouvement.example.com
DTSTAMP:20261117T090000Z
DTSTART:20261124T113000Z
DTEND:20261124T123000Z
SUMMARY:Webinaire - Réussir son entretien d'embauche en visio
LOCATION:https://cadresenmouvement.example.com/webinar/join/7712
ORGANIZER;CN=Cadres en Mouvement:mailto:webinaires@cadresenmouvement.example.com
STATUS:CONFIRMED
END:VEVENT""")
    hs = head("Cadres en Mouvement <webinaires@cadresenmouvement.example.com>",
              "Confirmation d'inscription : Réussir son entretien d'embauche en visio", "2026-11-17 10:00", P,
              "<reg.7712.elodie@cadresenmouvement.example.com>",
              rcv=("from mail.cadresenmouvement.example.com (mail.cadresenmouvement.example.com [198.51.100.60])",
                   "mx1.example.org with ESMTPS id 4N7a3e9Ktz"))
    return message(hs, mixed(html(page), calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics",
                                                  disposition="attachment")))


@mail(N(49), family="post_interview", lang="en", interview=False, company="Harborline Analytics",
      note="Thank-you / next-steps mail the day after the GoodTime interview; no new time")
def m49():
    body = t("""
        Hi Élodie,

        Thank you for taking the time to speak with Marcus yesterday - he really enjoyed hearing about
        how you run dry-dock schedules. We're finishing first-round conversations this week and I'll be
        in touch with next steps by mid-November.

        Have a great weekend,
        Dana

        Dana Whitfield | Recruiting Coordinator | Harborline Analytics
        """)
    hs = head("Dana Whitfield <dana.whitfield@harborline.com>", "Thank you - Harborline Analytics",
              "2026-10-30 09:45", "America/New_York", "<CAN4mQ1s0rT7@mail.gmail.com>",
              rcv=("from mail-yb1-f170.google.com (mail-yb1-f170.google.com [209.85.219.170])",
                   "mx1.example.org with ESMTPS id 4MyP6v2Hcz"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Bank adviser appointment ('jeudi 3 décembre à 17h30', agence Toulon Mourillon) about a savings "
           "plan; fixed time, not an interview")
def m50():
    body = t("""
        Madame,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Delphine Roustan :

        jeudi 3 décembre 2026 à 17h30
        Agence Toulon Mourillon - 14 rue Lamalgue, 83000 Toulon
        Objet : bilan épargne et projet immobilier

        En cas d'empêchement, merci de nous prévenir 24 h à l'avance depuis votre espace client.

        Caisse Méditerranéenne de Crédit
        Ce message vous est adressé automatiquement.
        """)
    hs = head("Caisse Méditerranéenne de Crédit <rdv@cmc-banque.example.com>",
              "Votre rendez-vous du 03/12/2026", "2026-11-27 08:15", P,
              "<rdv.cmc.20261127.0815.4471@cmc-banque.example.com>",
              rcv=("from mta.cmc-banque.example.com (mta.cmc-banque.example.com [198.51.100.180])",
                   "mx1.example.org with ESMTPS id 4NC1f0Dmz"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))
