"""blind148: 50 hand-written mails from the inbox of Élodie Marchand, a food-science R&D engineer in
Dijon (Europe/Paris), September to mid-December 2026. Built and checked by ``make_blind.py blind148``.

Written blind: without reading the detector, its tests, or any other held-out set's mails.
Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1].
"""

from __future__ import annotations

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

ORDER = random.Random(1480148).sample(range(1, 51), 50)

ME = "elodie.marchand@example.org"
ME_TO = addr("Élodie Marchand", ME)
PARIS = "Europe/Paris"
ZURICH = "Europe/Zurich"


def make_part(headers: list[tuple[str, str]], body: str) -> Part:
    return Part(headers, body.encode("ascii"))


def n(key: int) -> str:
    return f"blind148_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_TO,
         mx: str = "", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    out = [("Delivered-To", ME)]
    if mx:
        out.append(("Received", received(mx, when, zone, "mx1.example.org (Postfix) with ESMTPS id "
                                          + mid[:10].upper().replace("@", "X").replace(".", "Q"), ME)))
    out += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
            ("Message-ID", f"<{mid}>")]
    out += list(extra)
    return out


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", ZURICH), end=utc("2026-09-14 10:45", ZURICH),
      contact="lena.brunner@rheinfeld-nutrition.ch", company="Rheinfeld Nutrition AG",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=ZURICH,
      note="Greenhouse confirmation from no-reply, Reply-To the recruiter; 'Monday, September 14, 2026 "
           "10:00 AM - 10:45 AM CEST (Europe/Zurich)' = 08:00-08:45Z (Basel in summer time, UTC+2); "
           "the ICS is in UTC and agrees")
def p01() -> bytes:
    body = t("""
        Hi Élodie,

        Thank you for scheduling your interview for the Product Development Scientist (Infant
        Nutrition) role at Rheinfeld Nutrition AG. Here are the details:

        Interview: Video interview with the Hiring Manager
        Date: Monday, September 14, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Zurich)
        Location: Microsoft Teams (link in the calendar invitation)

        Interviewers:
          Dr. Matthias Keller - Head of Product Development

        If you need to make any changes, simply reply to this email and Lena will get back to you.

        Best regards,
        Lena Brunner
        Talent Acquisition | Rheinfeld Nutrition AG
        Basel, Switzerland
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Élodie,</p>
        <p>Thank you for scheduling your interview for the <b>Product Development Scientist (Infant
        Nutrition)</b> role at Rheinfeld Nutrition AG. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Video interview with the Hiring Manager</td></tr>
        <tr><td><b>Date</b></td><td>Monday, September 14, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Europe/Zurich)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p>Interviewers:<br>Dr. Matthias Keller - Head of Product Development</p>
        <p>If you need to make any changes, simply reply to this email and Lena will get back to you.</p>
        <p>Best regards,<br>Lena Brunner<br>Talent Acquisition | Rheinfeld Nutrition AG<br>Basel, Switzerland</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8c1f0d2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-41877203-rheinfeld@greenhouse.io
        DTSTAMP:20260908T141200Z
        DTSTART:20260914T080000Z
        DTEND:20260914T084500Z
        SUMMARY:Interview: Élodie Marchand / Rheinfeld Nutrition AG (Hiring Manager)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Lena Brunner:mailto:lena.brunner@rheinfeld-nutrition.ch
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Rheinfeld Nutrition AG", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Product Development Scientist (Infant Nutrition)",
             "2026-09-08 16:12", ZURICH, "0100019a2f7c81d3-greenhouse-5d2e@us.greenhouse-mail.io",
             mx="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.40.12])",
             extra=(("Reply-To", addr("Lena Brunner", "lena.brunner@rheinfeld-nutrition.ch")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-15 09:30", PARIS), contact="n.perrin@biscuiterie-des-ducs.fr",
      company="Biscuiterie des Ducs", local="Tue 2026-09-15 09:30", zone=PARIS,
      days=(("Thu", "2026-09-10"),),
      note="Plain iso-8859-1 prose sent Thu 10 Sep: 'mardi prochain à 9 h 30' = Tue 15 Sep, Paris "
           "summer time (UTC+2) -> 07:30Z; 'environ une heure' is approximate so no end")
def p02() -> bytes:
    body = t("""
        Bonjour Madame Marchand,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien pour le
        poste d'ingénieure R&D (biscuits et pâtisserie sèche) mardi prochain à 9 h 30, à la
        biscuiterie : 14 rue des Tanneries, 21300 Chenôve. Présentez-vous à l'accueil, je viendrai
        vous chercher.

        Vous rencontrerez M. Lamy, notre directeur industriel, et moi-même. Comptez environ une
        heure, visite de la ligne comprise (chaussures fermées conseillées).

        Bien cordialement,

        Nathalie Perrin
        Responsable Ressources Humaines
        Biscuiterie des Ducs - 03 80 00 00 00
        """)
    h = hdrs(addr("Nathalie Perrin", "n.perrin@biscuiterie-des-ducs.fr", "iso-8859-1"),
             "Confirmation de votre entretien", "2026-09-10 11:47", PARIS,
             "5F2A9C1E.4030807@biscuiterie-des-ducs.fr",
             mx="from smtp.biscuiterie-des-ducs.fr (smtp.biscuiterie-des-ducs.fr [80.12.66.41])",
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.14.0"),
                    ("Content-Language", "fr")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", "Europe/London"), end=utc("2026-09-24 14:45", "Europe/London"),
      contact="priya.raman@harrowandfinch.co.uk", company="Harrow & Finch Foods",
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone="Europe/London",
      note="Lever, HTML only and base64; '2:00 PM BST ... for 45 minutes' on Thursday 24 September = "
           "13:00-13:45Z (the body also gives 3:00 PM Paris time); contact = Reply-To recruiter")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2b2b">
        <tr><td>
        <p>Hi Élodie,</p>
        <p>Great news &ndash; your interview with Harrow &amp; Finch Foods is booked!</p>
        <p><strong>Senior Food Technologist, Chilled Ready Meals (Remote, EU)</strong><br>
        Thursday 24 September 2026<br>
        2:00 PM BST (that's 3:00 PM for you in Paris), for 45 minutes<br>
        Google Meet &ndash; https://meet.google.com/hfw-qzsa-pkd</p>
        <p>You'll be speaking with Tom Ashworth (NPD Manager) and Priya Raman (Talent Partner).
        We'll talk through your shelf-life and HACCP work and give you a feel for the team.</p>
        <p>Need to change something? Just reply to this email.</p>
        <p>Cheers,<br>Priya</p>
        <p style="font-size:12px;color:#8a8f98">Sent via Lever on behalf of Harrow &amp; Finch Foods Ltd, Unit 4, Kingsway Park, Derby DE22 3FT.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Priya Raman (Harrow & Finch)", "no-reply@hire.lever.co"),
             "Your interview with Harrow & Finch Foods is confirmed", "2026-09-18 15:30", "Europe/London",
             "010201928c6f4a21-lever-7f3b0e9d@email.amazonses.com",
             mx="from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
             extra=(("Reply-To", addr("Priya Raman", "priya.raman@harrowandfinch.co.uk")),
                    ("X-Lever-Notification", "interview-scheduled")))
    return message(h, html(page, cte="base64"))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-01 14:00", PARIS), end=utc("2026-10-01 15:30", PARIS),
      contact="margaux.jeunet@glfc-groupe.fr", company="Groupe Laitier Franc-Comtois",
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:30", zone=PARIS,
      note="Workday (no-reply tenant address); 'jeudi 1 octobre 2026, 14:00 - 15:30 (heure de Paris, "
           "GMT+02:00)' = 12:00-13:30Z; contact = the HR address written in the body")
def p04() -> bytes:
    body = t("""
        Bonjour Élodie,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :

        Poste : Ingénieur(e) Développement Produits Affinés H/F (R-004518)
        Date : jeudi 1 octobre 2026
        Heure : 14:00 - 15:30 (heure de Paris, GMT+02:00)
        Lieu : Site de Besançon - 3 avenue de la Laiterie, 25000 Besançon, bâtiment B, salle Comté
        Participants : Bruno Vuillemin (Directeur R&D), Margaux Jeunet (Chargée de recrutement)

        Merci de vous munir d'une pièce d'identité pour l'accueil.

        Pour toute question, vous pouvez contacter Margaux Jeunet : margaux.jeunet@glfc-groupe.fr

        Cordialement,
        L'équipe Recrutement
        Groupe Laitier Franc-Comtois

        Ce message a été envoyé automatiquement par Workday. Merci de ne pas y répondre.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Bonjour Élodie,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :</p>
        <p><b>Poste :</b> Ingénieur(e) Développement Produits Affinés H/F (R-004518)<br>
        <b>Date :</b> jeudi 1 octobre 2026<br>
        <b>Heure :</b> 14:00 - 15:30 (heure de Paris, GMT+02:00)<br>
        <b>Lieu :</b> Site de Besançon - 3 avenue de la Laiterie, 25000 Besançon, bâtiment B, salle Comté<br>
        <b>Participants :</b> Bruno Vuillemin (Directeur R&amp;D), Margaux Jeunet (Chargée de recrutement)</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accueil.</p>
        <p>Pour toute question, vous pouvez contacter Margaux Jeunet :
        <a href="mailto:margaux.jeunet@glfc-groupe.fr">margaux.jeunet@glfc-groupe.fr</a></p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Groupe Laitier Franc-Comtois</p>
        <p style="color:#999;font-size:11px">Ce message a été envoyé automatiquement par Workday. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    h = hdrs(addr("Groupe Laitier Franc-Comtois", "glfc@myworkday.com"),
             "Invitation à un entretien - Ingénieur(e) Développement Produits Affinés H/F",
             "2026-09-25 09:05", PARIS, "1538729101.88213.1790319900123@wd5-prod-mail.myworkday.com",
             mx="from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [199.15.215.20])")
    return message(h, alt(text(body), html(page)))


@mail(n(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-05 11:00", PARIS), end=utc("2026-10-05 12:00", PARIS),
      contact="sophie.lacombe@maisonvellard.fr", company="Maison Vellard",
      local="Mon 2026-10-05 11:00", local_end="2026-10-05 12:00", zone=PARIS,
      note="Teamtailor: the body gives only the day ('lundi 5 octobre'); the time is only in the ICS, "
           "DTSTART;TZID=Europe/Paris 11:00-12:00 (CEST) = 09:00-10:00Z; contact = Reply-To recruiter")
def p05() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste de Chef(fe) de projet R&D
        Condiments est confirmé pour le lundi 5 octobre.

        L'horaire exact et le lien Teams se trouvent dans l'invitation jointe : ajoutez-la à votre
        agenda pour ne rien manquer.

        À très vite,
        Sophie Lacombe
        Talent Acquisition - Maison Vellard (Lyon)
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1c1c1c">
        <div style="max-width:560px;margin:0 auto;padding:32px">
        <img src="https://assets.teamtailor-cdn.com/maison-vellard/logo.png" alt="Maison Vellard" width="120">
        <h2 style="font-weight:600">Votre entretien est confirmé</h2>
        <p>Bonjour Élodie,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien pour le poste de <b>Chef(fe) de projet R&amp;D
        Condiments</b> est confirmé pour le <b>lundi 5 octobre</b>.</p>
        <p>L'horaire exact et le lien Teams se trouvent dans l'invitation jointe : ajoutez-la à votre
        agenda pour ne rien manquer.</p>
        <p>À très vite,<br>Sophie Lacombe<br>Talent Acquisition - Maison Vellard (Lyon)</p>
        <p style="font-size:11px;color:#999">Propulsé par Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//FR
        METHOD:REQUEST
        CALSCALE:GREGORIAN
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-2291874@teamtailor.com
        DTSTAMP:20260929T152000Z
        DTSTART;TZID=Europe/Paris:20261005T110000
        DTEND;TZID=Europe/Paris:20261005T120000
        SUMMARY:Entretien Maison Vellard - Élodie Marchand
        DESCRIPTION:Entretien avec Sophie Lacombe et Julien Dervaux (Responsable R&D).\\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Sophie Lacombe:mailto:sophie.lacombe@maisonvellard.fr
        ATTENDEE;CN=Élodie Marchand;PARTSTAT=ACCEPTED:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Maison Vellard", "no-reply@teamtailor-mail.com"),
             "Entretien confirmé - Chef(fe) de projet R&D Condiments", "2026-09-29 17:20", PARIS,
             "e7c1a9f0-6b2d-4d8e-9a51-3f0c2b7d11aa@teamtailor-mail.com",
             mx="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [168.245.70.25])",
             extra=(("Reply-To", addr("Sophie Lacombe", "sophie.lacombe@maisonvellard.fr")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment",
                                     name_param=True)))


@mail(n(6), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-07 15:00", PARIS), end=utc("2026-10-07 16:00", PARIS),
      contact="thomas.guyot@cerealia-bourgogne.fr", company="Céréalia Bourgogne",
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 16:00", zone=PARIS,
      note="Google Agenda invitation in French, 'mer. 7 oct. 2026 15:00 - 16:00 (CEST)' = 13:00-14:00Z; "
           "ICS TZID=Europe/Paris agrees; contact = organizer (From / Reply-To)")
def p06() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien R&D - Élodie Marchand
        Quand
        mer. 7 oct. 2026 15:00 - 16:00 (heure d'été d'Europe centrale - Paris)

        Lieu
        Céréalia Bourgogne, 2 rue de l'Écluse, 21000 Dijon (salle Montbard)

        Participer avec Google Meet
        https://meet.google.com/cbr-mxpt-kue

        Invités
        Thomas Guyot - organisateur
        Élodie Marchand
        Hélène Morizot

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=ZW50cmV0aWVu

        Répondre pour elodie.marchand@example.org : Oui - Peut-être - Non

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <p>Vous avez été invité à l'événement suivant.</p>
        <h2 style="font-size:20px;font-weight:400">Entretien R&amp;D - Élodie Marchand</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mer. 7 oct. 2026 15:00 - 16:00 (heure d'été d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Céréalia Bourgogne, 2 rue de l'Écluse, 21000 Dijon (salle Montbard)</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Thomas Guyot - organisateur<br>Élodie Marchand<br>Hélène Morizot</td></tr></table>
        <p><a href="https://meet.google.com/cbr-mxpt-kue">Participer avec Google Meet</a></p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261007T150000
        DTEND;TZID=Europe/Paris:20261007T160000
        DTSTAMP:20261001T080200Z
        ORGANIZER;CN=Thomas Guyot:mailto:thomas.guyot@cerealia-bourgogne.fr
        UID:3k9v0m2f7qg1n8d5sd6lq4r2ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Morizot;X-NUM-GUESTS=0:mailto:helene.morizot@cerealia-bourgogne.fr
        CREATED:20261001T080158Z
        DESCRIPTION:Entretien pour le poste d'ingénieure formulation céréales.\\nMerci d'apporter quelques exemples de projets.
        LAST-MODIFIED:20261001T080158Z
        LOCATION:Céréalia Bourgogne\\, 2 rue de l'Écluse\\, 21000 Dijon (salle Montbard)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien R&D - Élodie Marchand
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = ("Invitation: Entretien R&D - Élodie Marchand @ mer. 7 oct. 2026 15:00 - 16:00 (CEST) "
            "(elodie.marchand@example.org)")
    h = hdrs(addr("Thomas Guyot", "thomas.guyot@cerealia-bourgogne.fr"), subj, "2026-10-01 10:02", PARIS,
             "calendar-5d1b7a3e-90c4-4f3f-8a7d-1e2b9c0d4f61@google.com",
             mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", "thomas.guyot@cerealia-bourgogne.fr")))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(7), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", ZURICH), end=utc("2026-10-27 10:00", ZURICH),
      contact="anja.fischer@kessler-aromen.ch", company="Kessler Aromen AG",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=ZURICH,
      note="Exchange meeting request with Teams block, sent Thu 22 Oct in CEST; interview Tue 27 Oct "
           "09:00-10:00 '(UTC+01:00) Amsterdam, Berlin, Bern...' after the 25 Oct switch to CET = "
           "08:00-09:00Z; ICS TZID 'W. Europe Standard Time' agrees; contact = organizer/sender")
def p07() -> bytes:
    body = t("""
        Dear Élodie,

        As discussed with our recruiter, please find below the invitation for your interview for the
        position of Senior Flavour Application Scientist (Dairy & Plant-based). The panel will be
        Dr. Reto Baumgartner (Head of Applications) and myself.

        Kind regards,
        Anja Fischer
        HR Business Partner R&D
        Kessler Aromen AG | Hochbergerstrasse 60 | 4057 Basel | Switzerland
        T +41 61 000 00 00

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZTg1>
        Meeting ID: 318 552 904 177
        Passcode: q7Xh2B
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE-CH" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal"><span lang="EN-GB">Dear Élodie,</span></p>
        <p class="MsoNormal"><span lang="EN-GB">As discussed with our recruiter, please find below the invitation for your interview for the
        position of Senior Flavour Application Scientist (Dairy &amp; Plant-based). The panel will be
        Dr. Reto Baumgartner (Head of Applications) and myself.</span></p>
        <p class="MsoNormal"><span lang="EN-GB">Kind regards,<br>Anja Fischer<br>HR Business Partner R&amp;D<br>
        Kessler Aromen AG | Hochbergerstrasse 60 | 4057 Basel | Switzerland</span></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZTg1">Click here to join the meeting</a></div>
        <div>Meeting ID: 318 552 904 177<br>Passcode: q7Xh2B</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Fischer, Anja":mailto:anja.fischer@kessler-aromen.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto":mailto:reto.baumgartner@kessler-aromen.ch
        DESCRIPTION;LANGUAGE=en-GB:Dear Élodie\\,\\n\\nAs discussed with our recruiter\\, please find below the invitation for your interview.\\n
        UID:040000008200E00074C5B7101A82E0080000000090B3A1D7C163DD01000000000000000010000000B41F6B2C8E
        SUMMARY;LANGUAGE=en-GB:Interview Élodie Marchand - Senior Flavour Application Scientist
        DTSTART;TZID=W. Europe Standard Time:20261027T090000
        DTEND;TZID=W. Europe Standard Time:20261027T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T123100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118449211
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
    h = hdrs(addr("Fischer, Anja", "anja.fischer@kessler-aromen.ch"),
             "Interview Élodie Marchand - Senior Flavour Application Scientist", "2026-10-22 14:31", ZURICH,
             "ZR0P278MB0913B4E1F2A7C8D9E0F1A2B3C4D5@ZR0P278MB0913.CHEP278.PROD.OUTLOOK.COM",
             mx="from ZR1P278CU001.outbound.protection.outlook.com (mail-switzerlandnorthazon11022019.outbound.protection.outlook.com [52.101.186.19])",
             extra=(("Thread-Topic", "Interview Elodie Marchand - Senior Flavour Application Scientist"),
                    ("Thread-Index", "AdtE3v0kPq8xN7cRTyS0n1zWx5qY2w=="),
                    ("Accept-Language", "de-CH, en-US"),
                    ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-AuthAs", "Internal")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(8), family="human_prose", lang="fr-CH", interview=True, kind="rescheduled",
      start=utc("2026-10-30 08:30", ZURICH), contact="valerie.chappuis@labo-saleve.ch",
      company="Laboratoires du Salève", local="Fri 2026-10-30 08:30", zone=ZURICH,
      days=(("Thu", "2026-10-29"), ("Mon", "2026-10-26")),
      note="Swiss French recruiter, sent Mon 26 Oct (CET since the 25th): interview moved from jeudi "
           "29 octobre 10h00 to vendredi 30 octobre 8h30, Geneva = UTC+1 -> 07:30Z; no duration")
def p08() -> bytes:
    body = t("""
        Chère Madame Marchand,

        Suite à notre téléphone de ce matin, je vous confirme le déplacement de votre entretien pour
        le poste de Spécialiste Formulation Nutrition Clinique :

        - initialement prévu : jeudi 29 octobre à 10h00
        - nouvelle date : vendredi 30 octobre à 8h30

        L'entretien aura lieu dans nos locaux de Plan-les-Ouates, chemin du Pré-Fleuri 12 (arrêt de
        tram « ZIPLO »). Si vous venez en voiture depuis Dijon, des places visiteurs sont disponibles
        devant le bâtiment C ; annoncez-vous à la réception.

        Je reste atteignable sur mon natel au 079 000 00 00 en cas d'imprévu.

        Avec mes meilleures salutations,

        Valérie Chappuis
        Responsable RH
        Laboratoires du Salève SA - Genève
        """)
    h = hdrs(addr("Valérie Chappuis", "valerie.chappuis@labo-saleve.ch"),
             "Déplacement de votre entretien - Spécialiste Formulation", "2026-10-26 08:12", ZURICH,
             "AM0PR10MB2817C1D2E3F4A5B6@AM0PR10MB2817.EURPRD10.PROD.OUTLOOK.COM",
             mx="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
             extra=(("Content-Language", "fr-CH"),))
    return message(h, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Calibri">'))))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 16:00", PARIS), end=utc("2026-11-03 16:30", PARIS),
      contact="dana.whitfield@northfieldferments.com", company="Northfield Ferments",
      local="Tue 2026-11-03 16:00", local_end="2026-11-03 16:30", zone=PARIS,
      note="Calendly invitee confirmation from notifications@, Reply-To the host; times shown in the "
           "invitee's zone, '4:00pm - 4:30pm (Central European Time)' on Tue 3 Nov = 15:00-15:30Z "
           "(Paris on CET since 25 Oct; the Chicago host is 9:00am CST after the US switch of 1 Nov)")
def p09() -> bytes:
    body = t("""
        Hi Élodie Marchand,

        A new event has been scheduled.

        Event Type:
        Fermentation Scientist - first interview (30 min)

        Invitee:
        Élodie Marchand

        Invitee Email:
        elodie.marchand@example.org

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time), Tuesday, 3 November 2026

        Location:
        This is a Zoom web conference.
        https://northfieldferments.zoom.us/j/84420017736

        Questions:
        Please share anything that will help prepare for our meeting.
        Happy to talk about my precision-fermentation scale-up work at my current company.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b7d0c7f1-6e2a-4a1f
        Reschedule: https://calendly.com/reschedulings/b7d0c7f1-6e2a-4a1f

        Powered by Calendly.com
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "New Event: Élodie Marchand - 04:00pm Tue, 3 Nov 2026 - Fermentation Scientist - first interview (30 min)",
             "2026-10-29 10:14", PARIS, "01000192d1e7c0a4-calendly-4b6f-9c1a-2e8d77f0a3b1-000000@email.amazonses.com",
             mx="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@northfieldferments.com")),))
    return message(h, alt(text(body), html(page)))


@mail(n(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 14:00", PARIS), contact="camille@pousse-and-co.fr", company="Pousse & Co",
      local="Thu 2026-11-05 14:00", zone=PARIS,
      days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06")),
      note="Startup founder, tutoiement, Gmail reply sent Mon 2 Nov: 'c'est calé pour jeudi 14h' = "
           "Thu 5 Nov 14:00 CET = 13:00Z; '45 min max' is not an exact length, so no end")
def p10() -> bytes:
    body = t("""
        Salut Élodie,

        Top, c'est calé pour jeudi 14h avec Hugo (notre CTO), en visio : https://meet.google.com/pco-vhtx-rrd
        45 min max, c'est surtout pour qu'il te présente la partie texturation et qu'on voie si ça
        matche. Pas besoin de préparer quoi que ce soit.

        Bonne soirée !
        Camille

        --
        Camille Besnard
        Co-fondatrice & CEO - Pousse & Co
        Paris 11e

        Le lun. 2 nov. 2026 à 17:05, Élodie Marchand <elodie.marchand@example.org> a écrit :
        > Bonjour Camille,
        >
        > Merci pour ton message ! Je suis dispo jeudi après-midi ou vendredi 6 en matinée,
        > comme ça t'arrange.
        >
        > Élodie
        """)
    h = hdrs(addr("Camille Besnard", "camille@pousse-and-co.fr"), "Re: Poste R&D texturation",
             "2026-11-02 19:48", PARIS, "CAF3k9qPzN0mL2c7+Yx1vQw8rTgH4sBd6oJe5uKi@mail.gmail.com",
             mx="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
             extra=(("In-Reply-To", "<b3d0e2f1-8a7c-4c1b-9e6d-1f2a3b4c5d6e@example.org>"),
                    ("References", "<CAF3k9qPy7a1Qz0Xc@mail.gmail.com> <b3d0e2f1-8a7c-4c1b-9e6d-1f2a3b4c5d6e@example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(11), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-09 10:30", PARIS), end=utc("2026-11-09 11:30", PARIS),
      contact="lucie.vernet@sucrerie-rhodanienne.fr", company="Sucrerie Rhodanienne",
      local="Mon 2026-11-09 10:30", local_end="2026-11-09 11:30", zone=PARIS,
      note="SmartRecruiters confirmation (no-reply) after the recruiter's proposal of two slots in "
           "another mail; 'lundi 9 novembre 2026, 10:30 - 11:30 (GMT+01:00) Europe/Paris' = 09:30-10:30Z; "
           "contact = the recruiter's address in the body")
def p11() -> bytes:
    body = t("""
        Bonjour Élodie,

        Votre entretien est confirmé.

        Poste : Ingénieur(e) Procédés & Innovation Produits Sucriers - Lyon (7e)
        Type : Entretien sur site
        Date : lundi 9 novembre 2026
        Heure : 10:30 - 11:30 (GMT+01:00) Europe/Paris
        Adresse : Sucrerie Rhodanienne, 45 rue de Gerland, 69007 Lyon
        Avec : Lucie Vernet (Recrutement), Pierre-Yves Dumas (Responsable Innovation)

        Un empêchement ? Écrivez directement à Lucie Vernet : lucie.vernet@sucrerie-rhodanienne.fr

        Bonne préparation,
        L'équipe Talent de la Sucrerie Rhodanienne

        ---
        Cet e-mail vous a été envoyé via SmartRecruiters. Merci de ne pas répondre à ce message.
        """)
    page = t("""
        <html><body style="background:#f7f7f7;font-family:'Open Sans',Arial,sans-serif">
        <table width="600" align="center" style="background:#fff;padding:24px;font-size:14px;color:#222">
        <tr><td>
        <p>Bonjour Élodie,</p>
        <h3 style="color:#0a6ebd">Votre entretien est confirmé</h3>
        <table style="font-size:14px">
        <tr><td style="color:#777;padding-right:12px">Poste</td><td>Ingénieur(e) Procédés &amp; Innovation Produits Sucriers - Lyon (7e)</td></tr>
        <tr><td style="color:#777;padding-right:12px">Type</td><td>Entretien sur site</td></tr>
        <tr><td style="color:#777;padding-right:12px">Date</td><td>lundi 9 novembre 2026</td></tr>
        <tr><td style="color:#777;padding-right:12px">Heure</td><td>10:30 - 11:30 (GMT+01:00) Europe/Paris</td></tr>
        <tr><td style="color:#777;padding-right:12px">Adresse</td><td>Sucrerie Rhodanienne, 45 rue de Gerland, 69007 Lyon</td></tr>
        <tr><td style="color:#777;padding-right:12px">Avec</td><td>Lucie Vernet (Recrutement), Pierre-Yves Dumas (Responsable Innovation)</td></tr>
        </table>
        <p>Un empêchement ? Écrivez directement à Lucie Vernet :
        <a href="mailto:lucie.vernet@sucrerie-rhodanienne.fr">lucie.vernet@sucrerie-rhodanienne.fr</a></p>
        <p>Bonne préparation,<br>L'équipe Talent de la Sucrerie Rhodanienne</p>
        <p style="font-size:11px;color:#999">Cet e-mail vous a été envoyé via SmartRecruiters. Merci de ne pas répondre à ce message.</p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("Sucrerie Rhodanienne", "no-reply@smartrecruiters.com"),
             "Entretien confirmé : Ingénieur(e) Procédés & Innovation Produits Sucriers",
             "2026-11-03 14:05", PARIS, "0102019301ab7c3d-sr-8e41-4d2c-a9b0-6c5e1f2d3a4b-000000@eu-west-1.amazonses.com",
             mx="from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com [69.169.224.13])")
    return message(h, alt(text(body), html(page)))


ROMANCE_VTZ = """BEGIN:VTIMEZONE
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


@mail(n(12), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", PARIS), end=utc("2026-11-12 10:00", PARIS), contact=None,
      company="Nutrivia Santé", local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone=PARIS,
      note="Microsoft Bookings from a shared Bookings mailbox; 'jeudi 12 novembre 2026 09:00 (UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris', 'Entretien de recrutement (60 minutes)' = 08:00-09:00Z; "
           "ICS TZID 'Romance Standard Time'; staff named without an address -> contact null")
def p12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:640px">
        <p style="font-size:20px">Nutrivia Santé - Recrutement</p>
        <p>Bonjour Élodie Marchand,</p>
        <p>Votre rendez-vous est confirmé.</p>
        <table cellpadding="6" style="border:1px solid #edebe9">
        <tr><td><b>Entretien de recrutement (60 minutes)</b></td></tr>
        <tr><td>jeudi 12 novembre 2026<br>09:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Personnel : Claire Dubreuil</td></tr>
        <tr><td>Lieu : Nutrivia Santé, 18 boulevard de l'Europe, 21800 Quetigny - accueil du bâtiment Innovation</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementNutrivia@nutrivia-sante.fr/bookings/">Gérer le rendez-vous</a></p>
        <p>Informations complémentaires : merci de vous présenter 10 minutes avant l'heure et de vous munir d'une pièce d'identité.</p>
        <p style="font-size:12px;color:#605e5c">Ce message a été envoyé depuis Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nutrivia Santé - Recrutement:mailto:RecrutementNutrivia@nutrivia-sante.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement avec Claire Dubreuil
        UID:040000008200E00074C5B7101A82E00800000000C0F2B1A4D874DD010000000000000000100000007A6E3C9B21
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement
        DTSTART;TZID=Romance Standard Time:20261112T090000
        DTEND;TZID=Romance Standard Time:20261112T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261106T154000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Nutrivia Santé\\, 18 boulevard de l'Europe\\, 21800 Quetigny
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Nutrivia Santé - Recrutement", "RecrutementNutrivia@nutrivia-sante.fr"),
             "Rendez-vous confirmé : Entretien de recrutement", "2026-11-06 16:40", PARIS,
             "PAVP195MB2231D0C9B8A7F6E5@PAVP195MB2231.EURP195.PROD.OUTLOOK.COM",
             mx="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [40.107.104.119])",
             extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),))
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-19 17:30", PARIS), end=utc("2026-11-19 18:15", PARIS),
      contact="marisol.ortega@hearthstoneprovisions.com", company="Hearthstone Provisions",
      local="Thu 2026-11-19 17:30", local_end="2026-11-19 18:15", zone=PARIS,
      note="Ashby reschedule: old 'Wednesday, November 18, 4:00 PM CET', new 'Thursday, November 19, "
           "2026, 5:30 PM - 6:15 PM CET' = 16:30-17:15Z; the ICS is in America/New_York, 11:30-12:15 EST, "
           "the same instants; contact = Reply-To coordinator")
def p13() -> bytes:
    body = t("""
        Hi Élodie,

        Your interview with Hearthstone Provisions has been rescheduled. Please note the new time below.

        Previously: Wednesday, November 18, 4:00 PM CET
        Now: Thursday, November 19, 2026, 5:30 PM - 6:15 PM CET

        Product Development Lead, Baked Goods (Remote - Europe)
        Video call - Zoom: https://hearthstone.zoom.us/j/92114873360

        You'll meet with:
          Rachel Goldfarb - VP Research & Development

        Questions? Just reply and it will reach Marisol Ortega.

        Thanks,
        Hearthstone Provisions Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Élodie,</p>
        <p>Your interview with Hearthstone Provisions has been <b>rescheduled</b>. Please note the new time below.</p>
        <p><s>Wednesday, November 18, 4:00 PM CET</s><br>
        <b>Thursday, November 19, 2026, 5:30 PM - 6:15 PM CET</b></p>
        <p>Product Development Lead, Baked Goods (Remote - Europe)<br>Video call - Zoom</p>
        <p>You'll meet with:<br>Rachel Goldfarb - VP Research &amp; Development</p>
        <p>Questions? Just reply and it will reach Marisol Ortega.</p>
        <p>Thanks,<br>Hearthstone Provisions Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:5c2e9a71-0d4b-4f7e-b1a3-8e6f2d9c0b17
        DTSTAMP:20261113T202200Z
        DTSTART;TZID=America/New_York:20261119T113000
        DTEND;TZID=America/New_York:20261119T121500
        SEQUENCE:1
        SUMMARY:Hearthstone Provisions - Product Development Lead Interview
        LOCATION:https://hearthstone.zoom.us/j/92114873360
        ORGANIZER;CN=Marisol Ortega:mailto:marisol.ortega@hearthstoneprovisions.com
        ATTENDEE;CN=Élodie Marchand;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Hearthstone Provisions", "no-reply@ashbyhq.com"),
             "Interview rescheduled: Product Development Lead, Baked Goods at Hearthstone Provisions",
             "2026-11-13 15:22", "America/New_York",
             "010001934a5f2e11-8c3b7d60-ashby-4e2a-9f1c-7b0d5e3a2c18-000000@email.amazonses.com",
             mx="from a9-114.smtp-out.amazonses.com (a9-114.smtp-out.amazonses.com [54.240.9.114])",
             extra=(("Reply-To", addr("Marisol Ortega", "marisol.ortega@hearthstoneprovisions.com")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-23 10:00", PARIS), contact="gerard.boichot@conserverie-morvandelle.fr",
      company="Conserverie Morvandelle", local="Mon 2026-11-23 10:00", zone=PARIS,
      days=(("Fri", "2026-11-13"),),
      note="Phone reply (iPhone) sent Fri 13 Nov evening: 'ok pour lundi en huit, le 23, 10h' = Mon 23 "
           "Nov 10:00 CET = 09:00Z; the quoted message proposed that day; no duration")
def p14() -> bytes:
    body = t("""
        Bonsoir Mme Marchand

        ok pour lundi en huit, le 23, 10h au labo de Longvic (rue des Grandes Varennes, portail gris
        apres le rond point). demandez moi a l'accueil, on fera le tour de l'atelier apres.
        Prevoyez des chaussures fermees.

        Bon weekend
        G. Boichot

        Envoyé de mon iPhone

        > Le 13 nov. 2026 à 16:22, Élodie Marchand <elodie.marchand@example.org> a écrit :
        >
        > Bonjour Monsieur Boichot,
        >
        > Merci pour votre appel. Comme convenu, je vous propose de venir vous rencontrer au labo
        > le lundi 23 novembre en matinée, ou le mardi 24 si cela vous arrange mieux.
        >
        > Bien cordialement,
        > Élodie Marchand
        """)
    h = hdrs(addr("Gérard Boichot", "gerard.boichot@conserverie-morvandelle.fr"),
             "Re: Candidature ingénieur R&D / qualité", "2026-11-13 18:40", PARIS,
             "7A1C3E5F-2B4D-4F6A-8C0E-1D3F5A7C9E2B@conserverie-morvandelle.fr",
             mx="from smtp.conserverie-morvandelle.fr (smtp.conserverie-morvandelle.fr [213.186.33.20])",
             extra=(("In-Reply-To", "<a9f2c4e6-1b3d-4e5f-8a7c-0d2e4f6a8b1c@example.org>"),
                    ("X-Mailer", "iPhone Mail (21H16)")))
    return message(h, text(body, cte="8bit"))


@mail(n(15), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-25 14:00", PARIS), contact=None, company="Oatwise",
      local="Wed 2026-11-25 14:00", zone=PARIS,
      note="Workable cancellation; Reply-To is a Workable relay (not a person) and the signature has "
           "no address -> contact null; cancelled slot 'Wednesday, November 25, 2026 at 14:00 CET' = "
           "13:00Z; ICS METHOD:CANCEL in UTC agrees; no new time ('we will be in touch')")
def p15() -> bytes:
    body = t("""
        Hi Élodie,

        Unfortunately we need to cancel your interview for the Senior Product Developer - Oat Bases
        role, scheduled for Wednesday, November 25, 2026 at 14:00 CET.

        Our Head of Product has been called away at short notice. We're very sorry for the
        inconvenience and will be in touch with new time options as soon as we can.

        Best,
        Inès Barral
        Talent Partner, Oatwise

        --
        Reply to this email to contact the hiring team.
        Sent by Workable on behalf of Oatwise.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-event-6d1e9b32a0@workable.com
        DTSTAMP:20261120T100300Z
        DTSTART:20261125T130000Z
        DTEND:20261125T134500Z
        SUMMARY:Interview: Élodie Marchand (Senior Product Developer - Oat Bases)
        ORGANIZER;CN=Oatwise:mailto:oatwise+wk6d1e9b@candidates.workablemail.com
        ATTENDEE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Oatwise", "noreply@candidates.workablemail.com"),
             "Interview cancelled: Senior Product Developer - Oat Bases", "2026-11-20 11:03", "Europe/Copenhagen",
             "20261120100303.1.7b2e4c6a8d0f@candidates.workablemail.com",
             mx="from o1.candidates.workablemail.com (o1.candidates.workablemail.com [149.72.131.7])",
             extra=(("Reply-To", "oatwise+wk6d1e9b@candidates.workablemail.com"),))
    return message(h, mixed(text(body, cte="quoted-printable"),
                            calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@mail(n(16), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-01 09:00", "America/New_York"), end=utc("2026-12-01 10:00", "America/New_York"),
      contact="kevin.odonnell@brantleyingredients.com", company="Brantley Ingredients",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:00", zone="America/New_York",
      note="iCIMS, HTML only, iso-8859-1 quoted-printable; new time 'Tuesday, December 1, 2026 at "
           "9:00 AM Eastern Time (60 minutes)' = EST 14:00-15:00Z (the body adds 3:00 PM Paris); old "
           "Monday Nov 30 10:00 AM also stated; contact = coordinator address in the body")
def p16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Élodie,</p>
        <p>Your interview for <b>Applications Scientist - Sweeteners &amp; Texturants (Lyon, France)</b>
        (Job ID 2026-8841) has been rescheduled at the request of the hiring manager.</p>
        <p><b>Previous time:</b> Monday, November 30, 2026 at 10:00 AM Eastern Time<br>
        <b>New time:</b> Tuesday, December 1, 2026 at 9:00 AM Eastern Time (3:00 PM Paris time)<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Format:</b> Microsoft Teams video interview (link to follow from the hiring manager)</p>
        <p>If you have any questions, please contact Kevin O'Donnell, Recruiting Coordinator, at
        <a href="mailto:kevin.odonnell@brantleyingredients.com">kevin.odonnell@brantleyingredients.com</a>.</p>
        <p>Sincerely,<br>Brantley Ingredients Talent Acquisition</p>
        <p><font size="1" color="#888888">This message was sent from an unmonitored mailbox. Please do not reply.</font></p>
        </font></body></html>
        """)
    h = hdrs(addr("Brantley Ingredients", "brantley@talent.icims.com"),
             "Interview Rescheduled - Applications Scientist - Sweeteners & Texturants", "2026-11-25 10:15",
             "America/New_York", "1764083700512.41877.brantley@talent.icims.com",
             mx="from mta12.talent.icims.com (mta12.talent.icims.com [64.125.188.12])")
    return message(h, html(page, charset="iso-8859-1"))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 08:00", "Pacific/Auckland"), end=utc("2026-12-02 09:30", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaidairylabs.co.nz", company="Kōwhai Dairy Labs",
      local="Wed 2026-12-02 08:00", local_end="2026-12-02 09:30", zone="Pacific/Auckland",
      note="GoodTime itinerary from Auckland: Wednesday 2 December 08:00-09:30 NZDT (UTC+13) = "
           "Tue 1 Dec 19:00-20:30Z, i.e. the previous day in UTC (Tue 20:00-21:30 in Paris, also stated); "
           "two back-to-back sessions, first start to last end; contact = Reply-To coordinator")
def p17() -> bytes:
    body = t("""
        Kia ora Élodie,

        Your interview with Kōwhai Dairy Labs is confirmed. Here is your itinerary.

        Position: Senior Dairy Scientist - Fermented Products (remote, EU hours partly)

        Wednesday, 2 December 2026 (New Zealand Daylight Time, NZDT)
          8:00 AM - 8:45 AM   Technical interview - Dr. James Whitcombe, Principal Scientist
          8:45 AM - 9:30 AM   Team & values - Aroha Ngata, People Partner

        In your time zone (Europe/Paris): Tuesday, 1 December 2026, 8:00 PM - 9:30 PM

        Join with Google Meet: https://meet.google.com/kdl-wqzr-nhe

        If you need to reschedule, reply to this email and Aroha will help.

        Ngā mihi,
        Kōwhai Dairy Labs Talent Team

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-8f2a61c4-kowhai-itinerary@goodtime.io
        DTSTAMP:20261125T201000Z
        DTSTART;TZID=Pacific/Auckland:20261202T080000
        DTEND;TZID=Pacific/Auckland:20261202T093000
        SUMMARY:Kōwhai Dairy Labs - Interview (Élodie Marchand)
        LOCATION:https://meet.google.com/kdl-wqzr-nhe
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaidairylabs.co.nz
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Kōwhai Dairy Labs via GoodTime", "scheduling@goodtime.io"),
             "Interview Confirmation: Senior Dairy Scientist - Kōwhai Dairy Labs", "2026-11-26 09:10",
             "Pacific/Auckland", "20261125201003.8f2a61c4@goodtime.io",
             mx="from o3.email.goodtime.io (o3.email.goodtime.io [167.89.12.3])",
             extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaidairylabs.co.nz")),))
    return message(h, mixed(text(body), calendar(ics, cte="base64", filename="interview.ics",
                                                  disposition="attachment")))


@mail(n(18), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-08 16:30", PARIS), end=utc("2026-12-08 17:15", PARIS),
      contact="anais.keller@maisonbrionne.fr", company="Maison Brionne",
      local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15", zone=PARIS,
      note="Recruitee reschedule with old ('lun. 7 déc., 14:00 - 14:45') and new slot 'mar. 8 déc. "
           "2026, 16:30 - 17:15 (Europe/Paris)' = 15:30-16:15Z; ICS SEQUENCE 1 agrees; contact = Reply-To")
def p18() -> bytes:
    body = t("""
        Bonjour Élodie,

        Votre entretien a été déplacé.

        Ancien créneau : lun. 7 déc., 14:00 - 14:45
        Nouveau créneau : mar. 8 déc. 2026, 16:30 - 17:15 (Europe/Paris)

        Poste : Responsable R&D Chocolaterie & Confiserie - Paris 3e
        Lieu : visio (le lien est dans l'invitation)
        Avec : Anaïs Keller, Bastien Roy

        Désolée pour ce changement, Bastien sera en déplacement lundi. Répondez simplement à ce
        message si le nouveau créneau ne vous convient pas.

        Anaïs Keller
        Maison Brionne
        """)
    page = "<html><body style=\"font-family:Inter,Arial,sans-serif\">" + gmail_html(body) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-3318204@recruitee.com
        DTSTAMP:20261202T103000Z
        DTSTART;TZID=Europe/Paris:20261208T163000
        DTEND;TZID=Europe/Paris:20261208T171500
        SEQUENCE:1
        SUMMARY:Entretien Maison Brionne - Élodie Marchand
        LOCATION:https://meet.google.com/mbr-pkcd-xfa
        ORGANIZER;CN=Anaïs Keller:mailto:anais.keller@maisonbrionne.fr
        ATTENDEE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Maison Brionne", "no-reply@recruitee.com"),
             "Entretien déplacé : Responsable R&D Chocolaterie & Confiserie", "2026-12-02 11:30", PARIS,
             "6f1e2d3c-recruitee-4b5a-8c9d-0e1f2a3b4c5d@mailer.recruitee.com",
             mx="from mailer.recruitee.com (mailer.recruitee.com [185.250.239.41])",
             extra=(("Reply-To", addr("Anaïs Keller", "anais.keller@maisonbrionne.fr")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


@mail(n(19), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-03 10:00", PARIS), end=utc("2026-12-03 11:00", PARIS),
      contact="julie.mercier@terresdesaone.fr", company="Terres de Saône",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=PARIS,
      note="Google Agenda cancellation in French, 'jeu. 3 déc. 2026 10:00 - 11:00 (CET)' = 09:00-10:00Z, "
           "ICS METHOD:CANCEL; no new time; contact = organizer")
def p19() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Élodie Marchand / Terres de Saône
        Quand
        jeu. 3 déc. 2026 10:00 - 11:00 (heure normale d'Europe centrale - Paris)

        Organisateur
        Julie Mercier
        julie.mercier@terresdesaone.fr

        Invités
        Julie Mercier - organisateur
        Élodie Marchand
        Arnaud Petitjean

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261203T100000
        DTEND;TZID=Europe/Paris:20261203T110000
        DTSTAMP:20261130T075000Z
        ORGANIZER;CN=Julie Mercier:mailto:julie.mercier@terresdesaone.fr
        UID:7n2c5h8q1r4t6v9x0z3b5d7f9h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
        CREATED:20261124T131500Z
        LAST-MODIFIED:20261130T075000Z
        LOCATION:Terres de Saône\\, 9 quai Gambetta\\, Chalon-sur-Saône
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Élodie Marchand / Terres de Saône
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = ("Événement annulé : Entretien Élodie Marchand / Terres de Saône @ jeu. 3 déc. 2026 "
            "10:00 - 11:00 (CET) (elodie.marchand@example.org)")
    h = hdrs(addr("Julie Mercier", "julie.mercier@terresdesaone.fr"), subj, "2026-11-30 08:50", PARIS,
             "calendar-c41e77a2-3b19-4d0e-9f55-6a2b8e1d0c93@google.com",
             mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(20), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:00", "Europe/Amsterdam"), contact="sanne.dekker@tessella-bio.com",
      company="Tessella Bio", local="Thu 2026-12-10 09:00", zone="Europe/Amsterdam",
      days=(("Fri", "2026-12-04"),),
      note="Recruiter prose sent Fri 4 Dec ('next Thursday') plus a pasted Zoom invitation 'Time: Dec 10, "
           "2026 09:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna' = 08:00Z; no length stated")
def p20() -> bytes:
    body = t("""
        Hi Élodie,

        Lovely to speak earlier! As promised, here's the invite for next Thursday with Joost (our
        Head of Protein Science) and me. Nothing to prepare beyond a couple of slides on your
        pea-protein extraction project if you have them handy.

        Sanne

        Sanne Dekker
        Talent Lead | Tessella Bio
        Utrecht / remote

        ---

        Sanne Dekker is inviting you to a scheduled Zoom meeting.

        Topic: Élodie Marchand <> Tessella Bio - Interview
        Time: Dec 10, 2026 09:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://tessella-bio.zoom.us/j/81734562290?pwd=Tq8wZr2Lm0aPcX7vVd3nYk9eS4bH1j.1

        Meeting ID: 817 3456 2290
        Passcode: 482913
        """)
    h = hdrs(addr("Sanne Dekker", "sanne.dekker@tessella-bio.com"), "Interview next Thursday - Zoom details",
             "2026-12-04 15:12", "Europe/Amsterdam", "AS8PR07MB7464E2A1B0C9D8F7@AS8PR07MB7464.eurprd07.prod.outlook.com",
             mx="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2061.outbound.protection.outlook.com [40.107.247.61])")
    return message(h, text(body))


@mail(n(21), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-14 10:00", PARIS), end=utc("2026-12-14 11:30", PARIS),
      contact="r.tissot@arvel-conseil.fr", company="Salaisons du Haut-Doubs",
      local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:30", zone=PARIS,
      note="Candidate forwards to herself (example.net -> example.org) the agency's confirmation as a "
           "message/rfc822 part: 'lundi 14 décembre de 10h à 11h30' at the client's site = 09:00-10:30Z; "
           "company = the hiring client, contact = the agency recruiter in the forwarded header")
def p21() -> bytes:
    inner_body = t("""
        Bonjour Élodie,

        Comme convenu au téléphone, je vous confirme votre entretien avec notre client, les
        Salaisons du Haut-Doubs, pour le poste de Responsable R&D Salaisons sèches :

        lundi 14 décembre de 10h à 11h30
        Site de Morteau - 6 rue de l'Helvétie, 25500 Morteau
        Avec M. Jacques Bourgeois (directeur général) et Mme Laure Cattin (responsable qualité)

        Prévoyez la route, il peut neiger sur le plateau à cette période ! N'hésitez pas à
        m'appeler d'ici là, je vous envoie un petit brief sur l'entreprise la semaine prochaine.

        Bien à vous,

        Romain Tissot
        Consultant Recrutement - Agroalimentaire
        Cabinet Arvel Conseil - Besançon
        06 00 00 00 00
        """)
    inner = message([("From", addr("Romain Tissot", "r.tissot@arvel-conseil.fr")),
                     ("To", ME_TO),
                     ("Subject", enc("Confirmation entretien - Responsable R&D Salaisons sèches")),
                     ("Date", date("2026-12-04 17:45", PARIS)),
                     ("Message-ID", "<20261204164512.3F7A1B2C@arvel-conseil.fr>")],
                    text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    outer_body = t("""
        pour mémoire / à mettre dans l'agenda
        + regarder horaires train Dijon-Besançon-Morteau

        Envoyé depuis mon téléphone
        """)
    h = [("Delivered-To", ME),
         ("From", addr("Élodie Marchand", "elodie.marchand@example.net")),
         ("To", ME_TO),
         ("Subject", enc("Fwd: Confirmation entretien - Responsable R&D Salaisons sèches")),
         ("Date", date("2026-12-05 09:20", PARIS)),
         ("Message-ID", "<m2a7c9e1b3d5.fsf@example.net>")]
    return message(h, mixed(text(outer_body, cte="8bit"), attached_message(inner, "Confirmation entretien.eml")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-11 11:00", PARIS), contact="s.cuenot@fermentsdujura.fr", company="Ferments du Jura",
      local="Fri 2026-12-11 11:00", zone=PARIS, days=(("Tue", "2026-12-08"),),
      note="Plain windows-1252 quoted-printable prose sent Tue 8 Dec: 'annuler notre entretien de vendredi "
           "11h' = Fri 11 Dec 11:00 CET = 10:00Z; hiring frozen, no new time")
def p22() -> bytes:
    body = t("""
        Bonjour Élodie,

        Je suis au regret de devoir annuler notre entretien de vendredi 11h. La direction vient de
        geler les recrutements jusqu'à la fin du premier trimestre, suite à la perte d'un gros
        client en affinage.

        J'en suis vraiment désolé, votre profil nous intéressait beaucoup. Si le poste est rouvert
        en 2027, je reviendrai vers vous en priorité.

        Bien cordialement,

        Stéphane Cuenot
        Directeur technique
        Ferments du Jura - Poligny
        """)
    h = hdrs(addr("Stéphane Cuenot", "s.cuenot@fermentsdujura.fr", "windows-1252"),
             "Annulation entretien vendredi", "2026-12-08 08:55", PARIS,
             "000001db4f2a$7c3e9b10$74bad130$@fermentsdujura.fr",
             mx="from smtp.fermentsdujura.fr (smtp.fermentsdujura.fr [91.121.8.44])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtJ5k0eP2rX9cQvS3mYt8bLw1nF0A==")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(23), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-16 09:15", PARIS), contact="aurelie.fontaine@danvel-nutrition.com",
      company="Danvel Nutrition", local="Wed 2026-12-16 09:15", zone=PARIS,
      note="Taleo convocation, text only iso-8859-15; 'Date : 16/12/2026 - Heure d'arrivée : 9 h 15 (heure "
           "de Paris)' = 08:15Z; the attached ICS is an all-day event (VALUE=DATE) with no time; "
           "'demi-journée' is no exact length; contact = address in the body")
def p23() -> bytes:
    body = t("""
        Madame Élodie Marchand,

        Nous avons le plaisir de vous convier à un entretien pour le poste :
        Ingénieur(e) R&D Nutrition Clinique (Réf. 2600417)

        Date : 16/12/2026
        Heure d'arrivée : 9 h 15 (heure de Paris)
        Lieu : Danvel Nutrition - Centre de recherche de Dijon, 7 allée Alfred Nobel, 21000 Dijon
        Déroulé : entretien avec le manager, présentation de 15 minutes de votre part, puis rencontre
        avec l'équipe (prévoir la demi-journée)

        Merci de confirmer votre présence auprès de Mme Aurélie Fontaine,
        aurelie.fontaine@danvel-nutrition.com, ou au 03 80 00 00 00.

        Cordialement,
        Direction des Ressources Humaines
        Danvel Nutrition

        Ce courriel est généré automatiquement par notre système de gestion des candidatures.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Oracle//Taleo Enterprise//FR
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:taleo-2600417-55821@taleo.net
        DTSTAMP:20261210T090000Z
        DTSTART;VALUE=DATE:20261216
        DTEND;VALUE=DATE:20261217
        SUMMARY:Entretien Danvel Nutrition - Ingénieur(e) R&D Nutrition Clinique
        LOCATION:7 allée Alfred Nobel\\, 21000 Dijon
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Danvel Nutrition", "danvel@taleo.net"),
             "Convocation à un entretien - Ingénieur(e) R&D Nutrition Clinique (Réf. 2600417)",
             "2026-12-10 10:00", PARIS, "1781082000000.JavaMail.taleo@tbe-prod-mail03",
             mx="from mail03.taleo.net (mail03.taleo.net [160.34.12.203])")
    return message(h, mixed(text(body, charset="iso-8859-15"),
                            calendar(ics, method="PUBLISH", cte="base64", filename="entretien.ics",
                                     disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="personio_receipt", lang="fr", interview=False, company="Atelier Graine",
      note="Personio application receipt: no interview, only 'nous reviendrons vers vous ... pour un "
           "éventuel entretien'")
def p24() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci pour votre candidature au poste de Food Scientist - Céréales & Légumineuses (CDI,
        Paris 10e / hybride) chez Atelier Graine !

        Nous l'avons bien reçue. Notre équipe l'étudie avec attention et nous reviendrons vers vous
        dans les deux prochaines semaines, le cas échéant pour convenir d'un premier entretien.

        En attendant, découvrez notre équipe sur notre page carrières.

        À bientôt,
        L'équipe Atelier Graine

        Cet e-mail a été envoyé automatiquement via Personio. Merci de ne pas y répondre.
        Informations sur la protection des données : https://atelier-graine.jobs.personio.de/privacy-policy
        """)
    page = "<html><body style=\"font-family:Arial\">" + gmail_html(body) + "</body></html>\n"
    h = hdrs(addr("Atelier Graine", "no-reply@jobs.personio.de"),
             "Votre candidature chez Atelier Graine", "2026-09-07 10:41", PARIS,
             "b6c2e8f0-4a1d-4e3f-9b7c-2d5e8a1f3c60@jobs.personio.de",
             mx="from mail-out.personio.de (mail-out.personio.de [185.189.236.40])")
    return message(h, alt(text(body), html(page)))


@mail(n(25), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing offers in Dijon/Besançon/Lyon; platform, no interview")
def p25() -> bytes:
    page = t("""
        <html><body style="margin:0;background:#eef2f1;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td style="background:#1f6f50;color:#fff;font-size:20px">EmploiAgro - vos nouvelles offres</td></tr>
        <tr><td>
        <p>Bonjour Élodie,</p>
        <p>6 nouvelles offres correspondent à votre alerte <b>« Ingénieur R&amp;D agroalimentaire - Dijon + 150 km »</b> :</p>
        <ul>
        <li><a href="https://www.emploi-agro.fr/offre/88123">Ingénieur(e) formulation boissons végétales</a> - Auxonne (21) - CDI - publiée hier</li>
        <li><a href="https://www.emploi-agro.fr/offre/88130">Chef de projet R&amp;D ingrédients laitiers</a> - Besançon (25) - CDI</li>
        <li><a href="https://www.emploi-agro.fr/offre/88141">Technologue produits carnés</a> - Bourg-en-Bresse (01) - CDD 12 mois</li>
        <li><a href="https://www.emploi-agro.fr/offre/88152">Responsable qualité &amp; développement</a> - Beaune (21) - CDI</li>
        <li><a href="https://www.emploi-agro.fr/offre/88160">Food scientist - protéines alternatives</a> - Lyon (69) - CDI - entretiens dès la semaine prochaine</li>
        <li><a href="https://www.emploi-agro.fr/offre/88177">Ingénieur(e) R&amp;D nutrition infantile</a> - Bâle (Suisse) - CDI</li>
        </ul>
        <p><a href="https://www.emploi-agro.fr/alertes">Gérer mes alertes</a> - <a href="https://www.emploi-agro.fr/desinscription">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("EmploiAgro", "alertes@emploi-agro.fr"), "6 nouvelles offres pour « Ingénieur R&D agroalimentaire »",
             "2026-09-16 07:02", PARIS, "alert.20260916050200.77104@emploi-agro.fr",
             mx="from mta2.emploi-agro.fr (mta2.emploi-agro.fr [51.68.22.17])",
             extra=(("List-Unsubscribe", "<https://www.emploi-agro.fr/desinscription?u=77104>"),
                    ("Precedence", "bulk")))
    return message(h, html(page))


@mail(n(26), family="rejection", lang="fr", interview=False, company="Brasserie Tilleul",
      days=(("Tue", "2026-10-06"),),
      note="Teamtailor rejection after an interview 'du mardi 6 octobre' (a past date); no new interview")
def p26() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci encore pour le temps que vous nous avez accordé lors de notre entretien du mardi
        6 octobre, et pour l'intérêt que vous portez à la Brasserie Tilleul.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un(e) autre
        candidat(e), dont l'expérience en brasserie artisanale correspond davantage à nos besoins
        immédiats. Cette décision n'a pas été facile à prendre.

        Nous conservons votre profil et ne manquerons pas de revenir vers vous si une opportunité
        se présente.

        Belle continuation,
        Élise Faure
        Brasserie Tilleul - Lyon
        """)
    h = hdrs(addr("Brasserie Tilleul", "no-reply@teamtailor-mail.com"),
             "Votre candidature - Ingénieur(e) process brassage", "2026-10-09 16:05", PARIS,
             "4d8e1c2a-0b3f-4a6e-9c7d-8e2f1a0b3c4d@teamtailor-mail.com",
             mx="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [168.245.70.25])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(27), family="offer", lang="fr", interview=False, company="Moutarderie Jobert & Fils",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-12-04")),
      note="Job offer with a fixed start date and time ('lundi 4 janvier 2027 à 8h30') and a reply "
           "deadline: an offer, not an interview")
def p27() -> bytes:
    body = t("""
        Chère Élodie,

        Suite à nos différents entretiens, j'ai le grand plaisir de vous proposer de rejoindre la
        Moutarderie Jobert & Fils en qualité d'Ingénieure R&D Condiments, en CDI, statut cadre.

        Vous trouverez en pièce jointe notre proposition détaillée (rémunération fixe de 48 k€
        bruts annuels, variable, télétravail un jour par semaine). Nous vous proposons une prise
        de poste le lundi 4 janvier 2027 à 8h30 sur notre site de Longvic.

        Nous serions heureux d'avoir votre réponse avant le vendredi 4 décembre. Je reste bien sûr
        disponible pour en parler de vive voix.

        Bien cordialement,

        Isabelle Jobert
        Directrice générale
        Moutarderie Jobert & Fils
        """)
    h = hdrs(addr("Isabelle Jobert", "isabelle.jobert@moutarderie-jobert.fr"),
             "Proposition d'embauche - Ingénieure R&D Condiments", "2026-11-27 18:10", PARIS,
             "CAG8xY2dK1p7Qm3z@moutarderie-jobert.fr",
             mx="from smtp-out.moutarderie-jobert.fr (smtp-out.moutarderie-jobert.fr [62.210.16.61])")
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n"
    att = make_part([("Content-Type", 'application/pdf; name="Proposition_Marchand.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_Marchand.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], pdf)
    return message(h, mixed(text(body), att))


@mail(n(28), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Unemployment-office (France Travail) follow-up appointment, 'entretien de suivi' with a fixed "
           "time: not a job interview")
def p28() -> bytes:
    body = t("""
        Madame MARCHAND Élodie,

        Nous vous confirmons votre rendez-vous :

        Objet : entretien de suivi de votre recherche d'emploi
        Date : jeudi 17 septembre 2026 à 10h15
        Lieu : Agence France Travail Dijon Bourroches - accueil sur rendez-vous
        Avec : votre conseillère, Mme Sylvie BRULEY

        Munissez-vous de votre CV à jour et de votre pièce d'identité.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    h = hdrs(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
             "Confirmation de votre rendez-vous du 17/09/2026", "2026-09-14 08:30", PARIS,
             "rdv.20260914063000.DJN21.4418@francetravail.fr",
             mx="from smtp-out.francetravail.fr (smtp-out.francetravail.fr [185.24.186.12])")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(29), family="proposal_unconfirmed", lang="fr", interview=False, company="Sucrerie Rhodanienne",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")),
      note="Recruiter proposes two slots ('lundi 9 novembre à 10h30 ou mardi 10 en fin de matinée') and "
           "asks which suits: not confirmed yet (the SmartRecruiters confirmation is another mail)")
def p29() -> bytes:
    body = t("""
        Bonjour Élodie,

        Suite à votre échange avec Pierre-Yves, nous aimerions vous rencontrer à Lyon pour un
        entretien sur site (environ une heure, avec visite du labo pilote).

        Seriez-vous disponible lundi 9 novembre à 10h30, ou mardi 10 en fin de matinée ?
        Dites-moi ce qui vous convient le mieux et je vous envoie la confirmation officielle via
        notre outil de recrutement.

        Belle journée,

        Lucie Vernet
        Chargée de recrutement
        Sucrerie Rhodanienne - 45 rue de Gerland, 69007 Lyon
        """)
    h = hdrs(addr("Lucie Vernet", "lucie.vernet@sucrerie-rhodanienne.fr"),
             "Entretien sur site à Lyon", "2026-10-30 11:25", PARIS,
             "PR1P264MB3418A2B3C4D5E6F7@PR1P264MB3418.FRAP264.PROD.OUTLOOK.COM",
             mx="from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2100.outbound.protection.outlook.com [40.107.12.100])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="scheduling_link", lang="en", interview=False, company="Lindqvist & Huber AG",
      note="Basel recruiter sends a Calendly link to pick a 30-minute slot 'next week': no fixed time")
def p30() -> bytes:
    body = t("""
        Dear Élodie,

        Thank you for your application for the Sensory & Consumer Science Lead position in Basel.
        We'd like to invite you to a first 30-minute video call with me.

        Please pick a slot that suits you next week directly in my calendar:
        https://calendly.com/sarah-lindqvist-huber/30min

        If none of the times work, just let me know and we'll find another option.

        Best regards,
        Sarah Vogt
        Recruiting Partner
        Lindqvist & Huber AG | Aeschenvorstadt 21 | 4051 Basel
        """)
    h = hdrs(addr("Sarah Vogt", "sarah.vogt@lindqvist-huber.ch"),
             "Sensory & Consumer Science Lead - next step", "2026-11-04 09:47", ZURICH,
             "ZRAP278MB0562F1E2D3C4B5A6@ZRAP278MB0562.CHEP278.PROD.OUTLOOK.COM",
             mx="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2118.outbound.protection.outlook.com [40.107.24.118])")
    return message(h, text(body))


@mail(n(31), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A local journalist confirms an interview of Élodie for an article ('jeudi 8 octobre à 11h'): "
           "a press interview, not a job interview")
def p31() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci d'avoir accepté ! C'est noté pour notre entretien jeudi 8 octobre à 11h, au café du
        Théâtre (place du Théâtre). Ça devrait prendre une petite heure.

        Pour rappel, le papier porte sur les femmes ingénieures dans l'agroalimentaire en
        Côte-d'Or ; il paraîtra dans le supplément « Économie » du dimanche 18. Notre photographe
        passera peut-être faire un portrait à la fin, si vous êtes d'accord.

        Bonne journée,
        Mathieu Gros
        Journaliste - Le Courrier de la Côte-d'Or
        06 00 00 00 00
        """)
    h = hdrs(addr("Mathieu Gros", "m.gros@courrier-cotedor.fr"), "Interview pour le supplément Économie",
             "2026-10-05 14:22", PARIS, "20261005122201.GA7741@courrier-cotedor.fr",
             mx="from mail.courrier-cotedor.fr (mail.courrier-cotedor.fr [193.252.22.71])")
    return message(h, text(body, cte="8bit"))


@mail(n(32), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast recording confirmed with an ICS (Tue 20 Oct 18:00 CEST): Élodie is the guest, "
           "not a job interview")
def p32() -> bytes:
    body = t("""
        Hi Élodie,

        Thrilled to have you on Food Futures! Your recording is confirmed:

        Episode: "Shelf life, without the preservatives"
        When: Tuesday, October 20, 2026, 6:00 PM - 7:00 PM CEST
        Where: Riverside studio - https://riverside.fm/studio/food-futures-ep112

        Please use headphones and a wired connection if you can. We'll send you the questions a
        few days before, and the episode should go live in November.

        Cheers,
        Ben Carter
        Host & Producer, Food Futures Podcast
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Food Futures//Guest Booking//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ff-ep112-guest@foodfuturespod.com
        DTSTAMP:20261014T090000Z
        DTSTART:20261020T160000Z
        DTEND:20261020T170000Z
        SUMMARY:Food Futures podcast recording - Élodie Marchand
        LOCATION:https://riverside.fm/studio/food-futures-ep112
        ORGANIZER;CN=Ben Carter:mailto:ben@foodfuturespod.com
        ATTENDEE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Ben Carter", "ben@foodfuturespod.com"), "Confirmed: your Food Futures recording",
             "2026-10-14 10:00", "Europe/London", "CABx7Rt2p9Kq4Lm8Nz1Wv5Yc3Hd6Fg0Js@mail.gmail.com",
             mx="from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(33), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Executive MBA admission interview convocation ('entretien d'admission', mercredi 14 octobre "
           "à 15h, 45 minutes): a school admission interview, not a job interview")
def p33() -> bytes:
    body = t("""
        Madame,

        Votre dossier de candidature à l'Executive MBA Management des Industries Agroalimentaires
        (promotion 2027) a retenu l'attention du jury d'admissibilité.

        Nous avons le plaisir de vous convoquer à l'entretien d'admission :

          mercredi 14 octobre 2026 à 15h00 (durée : 45 minutes)
          Campus de Dijon, bâtiment Montmuzard, salle 2.14

        L'entretien comprend une présentation de votre projet professionnel (10 minutes) suivie
        d'un échange avec le jury. Merci de vous présenter 15 minutes avant l'heure indiquée.

        Le service des admissions
        ESMA - École Supérieure de Management Agroalimentaire
        """)
    h = hdrs(addr("ESMA - Admissions", "admissions@esma-dijon.fr"),
             "Convocation à l'entretien d'admission - Executive MBA MIAA", "2026-10-07 15:30", PARIS,
             "convocation-emba-2027-0318@esma-dijon.fr",
             mx="from relay.esma-dijon.fr (relay.esma-dijon.fr [194.57.91.8])")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(34), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Handball club confirms a try-out session ('séance d'essai vendredi à 18h30', tutoiement): a "
           "sports try-out, not a job interview")
def p34() -> bytes:
    body = t("""
        Salut Élodie,

        Super que tu veuilles nous rejoindre ! Viens faire une séance d'essai vendredi à 18h30 au
        gymnase des Grésilles (entrée côté parking). Prends des baskets propres pour la salle et
        une gourde, on te prête un maillot.

        Si ça te plaît, on verra la semaine d'après pour la licence et le certificat médical.

        À vendredi !
        Nadège
        Coach seniors filles - DMHB loisirs/compétition
        """)
    h = hdrs(addr("Nadège Colin", "nadege.colin@example.net"), "Re: Essai équipe seniors filles",
             "2026-09-15 21:14", PARIS, "CAKq7Vb3Nm1Zx8Lp0Qw4Ey9Rt2Uo6Ia5Sd@mail.gmail.com",
             mx="from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
             extra=(("In-Reply-To", "<c1d3e5f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f@example.org>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="car_service", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Garage workshop appointment with a calendar file (samedi 10 octobre 8h30): fixed time, "
           "not an interview")
def p35() -> bytes:
    body = t("""
        Bonjour Mme Marchand,

        Votre rendez-vous atelier est confirmé.

        Date : samedi 10 octobre 2026 à 08h30
        Véhicule : Peugeot 208 - immatriculation FX-000-XX
        Prestations : révision 60 000 km + montage pneus hiver
        Durée estimée : 2 h 30 - véhicule de courtoisie non réservé

        Garage du Parc - 12 avenue Roland Carraz, 21300 Chenôve - 03 80 00 00 00

        Pour modifier ou annuler : répondez à ce message ou appelez-nous.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//AtelierPlanning//RDV//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-88214@garageduparc-chenove.fr
        DTSTAMP:20261005T071500Z
        DTSTART:20261010T063000Z
        DTEND:20261010T090000Z
        SUMMARY:RDV atelier Garage du Parc - révision + pneus
        LOCATION:12 avenue Roland Carraz\\, 21300 Chenôve
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Garage du Parc", "atelier@garageduparc-chenove.fr"), "Confirmation de votre rendez-vous atelier",
             "2026-10-05 09:15", PARIS, "rdv-88214.1791184500@garageduparc-chenove.fr",
             mx="from smtp.garageduparc-chenove.fr (smtp.garageduparc-chenove.fr [178.32.90.14])")
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="rdv.ics",
                                                  disposition="attachment")))


@mail(n(36), family="research_participant", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="PhD student confirms a semi-structured research interview with Élodie as participant "
           "(mardi 17 novembre à 14h): not a job interview")
def p36() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci beaucoup d'avoir accepté de participer à mon enquête ! Je vous confirme notre
        entretien mardi 17 novembre à 14h, en visio (lien ci-dessous). Comptez environ une heure.

        Pour rappel, ma thèse porte sur les trajectoires professionnelles des ingénieur·es de
        l'agroalimentaire ; l'entretien est semi-directif, anonymisé, et enregistré uniquement
        avec votre accord (formulaire de consentement en pièce jointe à me renvoyer signé).

        Lien : https://visio.u-dijon-recherche.fr/b/ine-h3k-9qz

        Bien cordialement,
        Inès Haddou
        Doctorante en sociologie du travail
        """)
    h = hdrs(addr("Inès Haddou", "ines.haddou@u-dijon-recherche.fr"),
             "Entretien de recherche - confirmation", "2026-11-11 10:05", PARIS,
             "20261111090512.Horde.Hk3Qp7x@webmail.u-dijon-recherche.fr",
             mx="from smtp.u-dijon-recherche.fr (smtp.u-dijon-recherche.fr [193.50.50.22])",
             extra=(("User-Agent", "Horde Application Framework 5"),))
    return message(h, text(body, params="format=flowed; delsp=Yes"))


@mail(n(37), family="mock_interview_coach", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Career coach confirms a paid mock-interview session ('simulation d'entretien', jeudi 22 "
           "octobre 18h) and pitches a package: coaching, not a job interview")
def p37() -> bytes:
    body = t("""
        Bonjour Élodie,

        C'est noté pour notre séance de simulation d'entretien jeudi 22 octobre à 18h, à mon
        cabinet (rue Chabot-Charny, 2e étage, interphone « Vallet Conseil »). La séance dure 1h30 :
        mise en situation filmée, en anglais, pour votre entretien chez Kessler, puis débrief.

        Si vous le souhaitez, je peux vous proposer le pack « 3 simulations + relecture de CV » à
        tarif préférentiel, on en reparle jeudi.

        À jeudi,
        Sandrine Vallet
        Coach carrière & recrutement - Vallet Conseil
        """)
    h = hdrs(addr("Sandrine Vallet", "contact@vallet-conseil.fr"), "Confirmation séance jeudi",
             "2026-10-19 12:40", PARIS, "0102019a7f3c-vallet-5e21@vallet-conseil.fr",
             mx="from mo4-p00-ob.smtp.rzone.de (mo4-p00-ob.smtp.rzone.de [81.169.146.160])")
    return message(h, html(gmail_html(body), cte="base64"))


@mail(n(38), family="forwarded_other_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Élodie's sister forwards HER OWN interview confirmation (Tuesday November 24, 2:00 PM CET, "
           "Veltro Software) asking for help to prepare: the interview is not Élodie's")
def p38() -> bytes:
    body = t("""
        Regarde !!! J'ai enfin décroché un entretien chez Veltro, mardi 24 :)
        Tu me fais répéter ce week-end ? Tu es la pro des entretiens en ce moment haha

        Bisous
        Manon

        ---------- Forwarded message ---------
        De : Veltro Software <no-reply@us.greenhouse-mail.io>
        Date: jeu. 19 nov. 2026 à 10:02
        Subject: Interview Confirmation: Account Manager - Lyon
        To: <manon.marchand@example.com>

        Hi Manon,

        Thank you for scheduling your interview for the Account Manager - Lyon role at Veltro Software.

        Date: Tuesday, November 24, 2026
        Time: 2:00 PM - 3:00 PM CET (Europe/Paris)
        Location: Veltro Software, 12 rue de la République, Lyon

        Best regards,
        Jade Morel
        Talent Acquisition | Veltro Software
        """)
    h = hdrs(addr("Manon Marchand", "manon.marchand@example.com"),
             "Fwd: Interview Confirmation: Account Manager - Lyon", "2026-11-19 12:31", PARIS,
             "CAM4nRt8Qp2Vz0Lk6Yx3Wb9Ed1Hc5Fj7Sa@mail.gmail.com",
             mx="from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="interviewer_at_current_job", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Outlook invite from HR at Élodie's current employer: she interviews an intern candidate "
           "(mer. 18 nov. 14h-15h); she is the interviewer, not the candidate")
def p39() -> bytes:
    body = t("""
        Bonjour Élodie,

        Comme convenu, peux-tu mener avec moi l'entretien technique de Lucas Febvre, candidat au
        stage R&D de 6 mois (formulation sauces) ? Son CV est dans le dossier partagé Stages 2027.

        Quand : mercredi 18 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Où : salle Vergy, 1er étage

        Merci !
        Delphine Roy
        Chargée RH - Aubépine Foods
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Delphine Roy:mailto:delphine.roy@aubepine-foods.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@aubepine-foods.fr
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat stage R&D - Lucas Febvre
        DTSTART;TZID=Romance Standard Time:20261118T140000
        DTEND;TZID=Romance Standard Time:20261118T150000
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DD01000000000000000010000000AA11BB22CC
        DTSTAMP:20261112T101000Z
        LOCATION;LANGUAGE=fr-FR:Salle Vergy
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Delphine Roy", "delphine.roy@aubepine-foods.fr"),
             "Entretien candidat stage R&D - Lucas Febvre", "2026-11-12 11:10", PARIS,
             "PR0P264MB1880B1C2D3E4F5A6@PR0P264MB1880.FRAP264.PROD.OUTLOOK.COM",
             to=addr("Élodie Marchand", "elodie.marchand@aubepine-foods.fr"),
             extra=(("Thread-Topic", "Entretien candidat stage R&D - Lucas Febvre"),
                    ("X-MS-Exchange-Organization-AuthAs", "Internal")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(40), family="annual_review_current_job", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="'Entretien annuel d'évaluation' with her manager at her current employer (jeu. 10 déc. "
           "10h-11h30), Outlook invite: an internal review, not a job interview")
def p40() -> bytes:
    body = t("""
        Bonjour Élodie,

        Je te propose de faire ton entretien annuel d'évaluation jeudi 10/12 de 10h à 11h30 dans
        mon bureau. Pense à remplir ta partie du support (bilan 2026 et objectifs 2027) dans
        l'outil RH au plus tard la veille.

        Franck
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Franck Moreau:mailto:franck.moreau@aubepine-foods.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@aubepine-foods.fr
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 - Élodie Marchand
        DTSTART;TZID=Romance Standard Time:20261210T100000
        DTEND;TZID=Romance Standard Time:20261210T113000
        UID:040000008200E00074C5B7101A82E0080000000077C3D9E1F0A4DD01000000000000000010000000DD33EE44FF
        DTSTAMP:20261201T081500Z
        LOCATION;LANGUAGE=fr-FR:Bureau F. Moreau
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Franck Moreau", "franck.moreau@aubepine-foods.fr"),
             "Entretien annuel d'évaluation 2026 - Élodie Marchand", "2026-12-01 09:15", PARIS,
             "PR0P264MB1880C9D8E7F6A5B4@PR0P264MB1880.FRAP264.PROD.OUTLOOK.COM",
             to=addr("Élodie Marchand", "elodie.marchand@aubepine-foods.fr"),
             extra=(("Thread-Topic", enc("Entretien annuel d'évaluation 2026 - Élodie Marchand")),))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Registration confirmation for a webinar about succeeding in job interviews (mardi 3 novembre "
           "12h30): a webinar, not an interview")
def p41() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <p>Bonjour Élodie,</p>
        <p>Votre inscription est confirmée !</p>
        <p style="font-size:18px"><b>Webinaire : Réussir son entretien d'embauche dans l'agroalimentaire</b></p>
        <p>mardi 3 novembre 2026, 12h30 - 13h30 (heure de Paris)<br>
        Intervenantes : une DRH d'un groupe laitier et une consultante en recrutement</p>
        <p><a href="https://zoom.us/webinar/register/WN_ria-bfc-entretien">Rejoindre le webinaire</a></p>
        <p>Au programme : les questions techniques classiques (HACCP, plans d'expériences, scale-up),
        le « parlez-moi de vous », les études de cas et la négociation salariale.</p>
        <p>L'équipe du Réseau Ingénieurs Agro Bourgogne-Franche-Comté</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous vous êtes inscrite à un événement du réseau.</p>
        </body></html>
        """)
    h = hdrs(addr("Réseau Ingénieurs Agro BFC", "evenements@ria-bfc.org"),
             "Inscription confirmée : Réussir son entretien d'embauche dans l'agroalimentaire",
             "2026-10-27 13:02", PARIS, "mc.20261027120200.5518.ria-bfc@mcsv.net",
             mx="from mail184.suw21.mcsv.net (mail184.suw21.mcsv.net [198.2.184.21])")
    return message(h, html(page))


@mail(n(42), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Job-board newsletter/blog post about interview questions; no appointment")
def p42() -> bytes:
    page = t("""
        <html><body style="margin:0;background:#f5f5f5">
        <table width="600" align="center" cellpadding="20" style="background:#fff;font-family:Georgia,serif;color:#222">
        <tr><td>
        <p style="font-family:Arial;font-size:12px;color:#1f6f50">LA LETTRE EMPLOIAGRO - N° 212</p>
        <h1 style="font-size:24px">Entretien d'embauche : les 10 questions pièges (et comment y répondre)</h1>
        <p>« Quel est votre plus grand défaut ? », « Pourquoi quitter votre poste actuel ? »,
        « Où vous voyez-vous dans cinq ans ? »... Les recruteurs de l'agroalimentaire ont leurs classiques.
        Notre consultante décrypte ce qu'ils cherchent vraiment.</p>
        <p><a href="https://www.emploi-agro.fr/blog/questions-pieges-entretien">Lire l'article</a></p>
        <h2 style="font-size:18px">Aussi cette semaine</h2>
        <ul>
        <li>Entretien en visio : 5 erreurs à éviter devant la caméra</li>
        <li>Salaires 2026 des ingénieurs R&amp;D en Bourgogne-Franche-Comté</li>
        <li>Témoignage : « J'ai décroché mon CDI à Bâle après trois entretiens en anglais »</li>
        </ul>
        <p style="font-family:Arial;font-size:11px;color:#888">Vous recevez cette lettre car vous êtes inscrite sur EmploiAgro.
        <a href="https://www.emploi-agro.fr/desinscription">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("La Lettre EmploiAgro", "lettre@emploi-agro.fr"),
             "Entretien : les 10 questions pièges (et comment y répondre)", "2026-10-22 08:00", PARIS,
             "nl212.20261022060000.77104@emploi-agro.fr",
             mx="from mta2.emploi-agro.fr (mta2.emploi-agro.fr [51.68.22.17])",
             extra=(("List-Unsubscribe", "<https://www.emploi-agro.fr/desinscription?u=77104&nl=1>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, html(page, cte="base64"))


@mail(n(43), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"), ("Fri", "2026-10-16"), ("Mon", "2026-10-19")),
      note="Out-of-office auto-reply from the Céréalia recruiter to Élodie's thank-you note after the "
           "7 October interview; dates are his absence only")
def p43() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du jeudi 8 au vendredi 16 octobre inclus, avec un accès limité à mes
        e-mails. Je traiterai votre message à mon retour, le lundi 19 octobre.

        Pour toute question urgente concernant un recrutement, vous pouvez contacter Hélène Morizot
        (helene.morizot@cerealia-bourgogne.fr).

        Cordialement,
        Thomas Guyot
        Responsable R&D - Céréalia Bourgogne
        """)
    h = hdrs(addr("Thomas Guyot", "thomas.guyot@cerealia-bourgogne.fr"),
             "Réponse automatique : Merci pour l'entretien d'hier", "2026-10-08 09:12", PARIS,
             "auto-reply.7f3e2a1b@cerealia-bourgogne.fr",
             mx="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("In-Reply-To", "<d2e4f6a8-3b5c-4d7e-9f1a-2b4c6d8e0f3a@example.org>")))
    return message(h, text(body))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Delivery failure (bounce) of Élodie's own message proposing a slot ('mardi 1er décembre à "
           "10h si cela vous convient') to a mistyped address; nothing was confirmed")
def p44() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <recrutment@fromagerie-arcelin.fr>: host mx.fromagerie-arcelin.fr[92.243.5.17]
            said: 550 5.1.1 <recrutment@fromagerie-arcelin.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QxR2d1Fz7z9vJ
        X-Postfix-Sender: rfc822; elodie.marchand@example.org
        Arrival-Date: Fri, 27 Nov 2026 15:02:11 +0100 (CET)

        Final-Recipient: rfc822; recrutment@fromagerie-arcelin.fr
        Original-Recipient: rfc822;recrutment@fromagerie-arcelin.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.fromagerie-arcelin.fr
        Diagnostic-Code: smtp; 550 5.1.1 <recrutment@fromagerie-arcelin.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original_body = t("""
        Bonjour,

        Suite à l'appel de Mme Arcelin, je vous propose un échange mardi 1er décembre à 10h si cela
        vous convient, sinon je suis disponible toute la journée de mercredi.

        Bien cordialement,
        Élodie Marchand
        06 00 00 00 00
        """)
    original = message([("From", ME_TO), ("To", "recrutment@fromagerie-arcelin.fr"),
                        ("Subject", enc("Candidature Ingénieure R&D - proposition d'échange")),
                        ("Date", date("2026-11-27 15:02", PARIS)),
                        ("Message-ID", "<e5f7a9b1-4c6d-4e8f-a0b2-3c5d7e9f1a4b@example.org>")],
                       text(original_body))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    h = [("Delivered-To", ME),
         ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
         ("To", ME),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", date("2026-11-27 15:02", PARIS)),
         ("Message-ID", "<20261127140214.4QxR2d1Fz7z9vJ@mx1.example.org>"),
         ("Auto-Submitted", "auto-replied")]
    return message(h, report)


@mail(n(45), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Sympa mailing-list announcement of a seminar (jeudi 26 novembre 14h): list mail, not an "
           "interview")
def p45() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Le prochain séminaire du réseau aura lieu jeudi 26 novembre à 14h, amphi B du pôle
        AgroSciences (et en visio) :

        « Fermentation de précision : du laboratoire à la ligne de production »
        par Dr. Pauline Renaud (start-up Levain Bio, Besançon)

        Il sera suivi d'une table ronde sur les métiers et les recrutements dans la filière, avec
        plusieurs entreprises de la région qui recrutent : venez avec vos CV !

        Inscription (gratuite) : https://agro-rd-bfc.org/seminaires/2026-11

        --
        Liste agro-rd-bfc - https://listes.agro-rd-bfc.org/sympa/info/agro-rd-bfc
        Pour vous désabonner : https://listes.agro-rd-bfc.org/sympa/signoff/agro-rd-bfc
        """)
    h = hdrs(addr("Coordination agro-rd-bfc", "coordination@agro-rd-bfc.org"),
             "[agro-rd-bfc] Séminaire 26/11 : fermentation de précision + table ronde recrutement",
             "2026-11-19 17:45", PARIS, "5b7d9f1a-agro-rd-bfc-2026-11@agro-rd-bfc.org",
             to="agro-rd-bfc@listes.agro-rd-bfc.org",
             mx="from listes.agro-rd-bfc.org (listes.agro-rd-bfc.org [193.48.65.30])",
             extra=(("List-Id", "<agro-rd-bfc.listes.agro-rd-bfc.org>"),
                    ("List-Post", "<mailto:agro-rd-bfc@listes.agro-rd-bfc.org>"),
                    ("List-Unsubscribe", "<https://listes.agro-rd-bfc.org/sympa/signoff/agro-rd-bfc>"),
                    ("Precedence", "list"),
                    ("Sender", "agro-rd-bfc-request@listes.agro-rd-bfc.org")))
    return message(h, text(body, charset="utf-8", cte="8bit"))


@mail(n(46), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Bank advisor appointment confirmation (lundi 12 octobre 17h30, mortgage): fixed time, not "
           "an interview")
def p46() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
        <p><img src="https://www.caisse-bourguignonne.fr/img/logo.png" alt="Caisse Bourguignonne"></p>
        <p>Madame MARCHAND,</p>
        <p>Nous avons le plaisir de vous confirmer votre rendez-vous :</p>
        <p><b>lundi 12 octobre 2026 à 17h30</b><br>
        Agence Dijon Darcy - 4 place Darcy, 21000 Dijon<br>
        Avec : Mme Anne Lefort, votre conseillère<br>
        Objet : étude de votre projet de prêt immobilier</p>
        <p>Pensez à apporter vos trois derniers bulletins de salaire et votre dernier avis d'imposition.</p>
        <p>Caisse Bourguignonne de Crédit</p>
        <p style="font-size:10px;color:#999">Message automatique, merci de ne pas répondre.</p>
        </body></html>
        """)
    h = hdrs(addr("Caisse Bourguignonne", "ne-pas-repondre@caisse-bourguignonne.fr"),
             "Confirmation de votre rendez-vous", "2026-10-06 18:02", PARIS,
             "rdv.4418812.20261006160200@caisse-bourguignonne.fr",
             mx="from mailout.caisse-bourguignonne.fr (mailout.caisse-bourguignonne.fr [194.2.130.8])")
    return message(h, html(page, charset="windows-1252", cte="quoted-printable"))


@mail(n(47), family="recruiter_keep_in_touch", lang="en", interview=False, company="Alpina Talent",
      note="Agency recruiter: the role is on hold, 'I'll ping you in January to set up a call': no "
           "fixed time")
def p47() -> bytes:
    body = t("""
        Hi Élodie,

        Quick update on the Product Manager Dairy Alternatives role in Basel: my client has just
        put the hire on hold until Q1 (budget freeze, nothing to do with candidates).

        You were on the final shortlist, so let's keep in touch - I'll ping you in January to set
        up a call once they reopen, probably the week after the holidays. Enjoy the end of the
        year in the meantime!

        Best,
        Florian

        Florian Meier
        Senior Consultant Food & Consumer | Alpina Talent AG
        Steinentorstrasse 13, 4051 Basel
        """)
    h = hdrs(addr("Florian Meier", "florian.meier@alpina-talent.ch"),
             "Re: Product Manager Dairy Alternatives - Basel", "2026-12-02 16:48", ZURICH,
             "ZRAP278MB0719A1B2C3D4E5F6@ZRAP278MB0719.CHEP278.PROD.OUTLOOK.COM",
             mx="from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2103.outbound.protection.outlook.com [40.107.23.103])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="join_receipt", lang="fr-CH", interview=False, company="Chocolats Rivaz",
      note="JOIN application receipt from a Geneva company in Swiss French; mentions a possible "
           "interview but fixes nothing")
def p48() -> bytes:
    body = t("""
        Bonjour Élodie Marchand,

        Nous vous remercions de votre candidature au poste d'Ingénieure Qualité & Développement
        (80-100 %) à Genève et de l'intérêt que vous portez à Chocolats Rivaz SA.

        Votre dossier a bien été transmis à notre équipe. Nous reviendrons vers vous d'ici une
        dizaine de jours ; si votre profil correspond, nous vous proposerons un premier entretien
        téléphonique.

        Avec nos meilleures salutations,
        Chocolats Rivaz SA - Ressources humaines
        Route des Jeunes 41, 1227 Carouge GE

        Envoyé avec JOIN
        """)
    h = hdrs(addr("Chocolats Rivaz SA via JOIN", "no-reply@join.com"),
             "Votre candidature chez Chocolats Rivaz SA", "2026-09-22 13:17", ZURICH,
             "0102019224d5e6f7-join-3a1b-4c2d-9e8f-7a6b5c4d3e2f-000000@eu-central-1.amazonses.com",
             mx="from a7-20.smtp-out.eu-central-1.amazonses.com (a7-20.smtp-out.eu-central-1.amazonses.com [69.169.231.20])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="School portal confirms a parent-teacher meeting (lundi 16 novembre 17h45): not an interview")
def p49() -> bytes:
    body = t("""
        Madame MARCHAND,

        Votre demande de rendez-vous a été acceptée.

        Rencontre parents-professeurs - classe de 5e B
        Élève : Léo MARCHAND
        Professeur : Mme GAUTHIER (professeure principale, mathématiques)
        Date : lundi 16 novembre 2026 - 17h45 (créneau de 10 minutes)
        Lieu : Collège du Suzon - salle 104

        Cordialement,
        La vie scolaire

        Ce message a été envoyé automatiquement depuis l'ENT du collège. Ne pas répondre.
        """)
    h = hdrs(addr("ENT Collège du Suzon", "ne-pas-repondre@ent-college-suzon.fr"),
             "Rendez-vous parents-professeurs confirmé", "2026-11-10 19:33", PARIS,
             "ent.rdv.55120.20261110183300@ent-college-suzon.fr",
             mx="from smtp.ent-college-suzon.fr (smtp.ent-college-suzon.fr [195.83.20.4])")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(50), family="softgarden_pick_slot", lang="en", interview=False, company="Rheintal Lebensmittel",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
      note="softgarden self-scheduling invitation listing three possible slots to choose from: no slot "
           "chosen yet, so not a confirmation")
def p50() -> bytes:
    body = t("""
        Dear Ms Marchand,

        Thank you for your application as Food Technologist - Plant-based Spreads (m/f/d) at
        Rheintal Lebensmittel GmbH in Weil am Rhein (near Basel).

        We would like to get to know you in a video interview. Please choose one of the following
        time slots (CET) via the link below:

          - Tue, 17 Nov 2026, 10:00 - 10:45
          - Wed, 18 Nov 2026, 14:00 - 14:45
          - Thu, 19 Nov 2026, 09:30 - 10:15

        Choose your slot: https://rheintal-lebensmittel.softgarden.io/appointment/select/7f3a91c2

        The slots are reserved for you until Sunday. Once you have made your choice, you will
        receive a confirmation with the meeting link.

        Kind regards,
        Katrin Schäfer
        HR Recruiting | Rheintal Lebensmittel GmbH

        This e-mail was sent via softgarden. Please do not reply to this e-mail.
        """)
    h = hdrs(addr("Rheintal Lebensmittel GmbH", "noreply@softgarden.io"),
             "Interview invitation: please choose your time slot", "2026-11-12 08:45", "Europe/Berlin",
             "sg.appointment.7f3a91c2.1794469500@softgarden.io",
             mx="from mail-out2.softgarden.io (mail-out2.softgarden.io [217.110.99.12])")
    return message(h, alt(text(body), html(gmail_html(body))))
