"""blind124: 50 hand-written mails from the inbox of Inès Bouvier, a biostatistician in Montpellier.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check: ``python3 bench/heldout/make_blind.py blind124``.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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

SET = "blind124"
ORDER = random.Random(1240124).sample(range(1, 51), 50)
ME = "ines.bouvier@example.org"
INES = addr("Inès Bouvier", ME)
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


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = INES,
         rcv: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", rcv))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, "mx1.example.org with ESMTPS", ME, lag)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 15:00", PARIS), end=utc("2026-09-14 15:45", PARIS),
      local="Mon 2026-09-14 15:00", local_end="2026-09-14 15:45", zone=PARIS,
      contact="chloe.hartmann@quanthera.io", company="Quanthera",
      note="Greenhouse confirmation, 3:00-3:45 PM CEST (Europe/Paris, UTC+2 in September) -> "
           "13:00-13:45Z; ICS in UTC agrees; contact = human Reply-To recruiter (also ORGANIZER)")
def p01() -> bytes:
    when = "2026-09-09 16:12"
    body = t("""
        Hi Inès,

        Thank you for scheduling time with us! Here are the details of your upcoming interview
        for the Senior Biostatistician role at Quanthera.

        Interview: Technical conversation (Survival analysis & study design)
        Interviewers: Chloé Hartmann, Arjun Mehta
        Date: Monday, September 14, 2026
        Time: 3:00 PM - 3:45 PM CEST (Europe/Paris)
        Location: Google Meet - https://meet.google.com/qxv-htpr-zua

        A calendar invitation is attached. If you need to reschedule, simply reply to this
        email and it will reach me directly.

        Best,
        Chloé Hartmann
        Talent Partner, Quanthera
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi In&egrave;s,</p>
        <p>Thank you for scheduling time with us! Here are the details of your upcoming interview
        for the <strong>Senior Biostatistician</strong> role at Quanthera.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical conversation (Survival analysis &amp; study design)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Chlo&eacute; Hartmann, Arjun Mehta</td></tr>
        <tr><td><b>Date</b></td><td>Monday, September 14, 2026</td></tr>
        <tr><td><b>Time</b></td><td>3:00 PM - 3:45 PM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/qxv-htpr-zua">Google Meet</a></td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to reschedule, simply reply to this email
        and it will reach me directly.</p>
        <p>Best,<br>Chlo&eacute; Hartmann<br>Talent Partner, Quanthera</p>
        <img src="https://app.greenhouse.io/email_open/8c1f2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-38817265-quanthera
        DTSTAMP:20260909T141200Z
        DTSTART:20260914T130000Z
        DTEND:20260914T134500Z
        SUMMARY:Interview: Inès Bouvier - Senior Biostatistician (Quanthera)
        LOCATION:https://meet.google.com/qxv-htpr-zua
        ORGANIZER;CN=Chloé Hartmann:mailto:chloe.hartmann@quanthera.io
        ATTENDEE;CN=Inès Bouvier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.bouvier@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Quanthera <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Quanthera - Senior Biostatistician", when, PARIS,
             "<0100019a2b7c1e4f-3d1a9c0e-77a2-4f0b-9e21-5b8a1f6c2d40-000000@us.greenhouse-mail.io>",
             rcv=rcv("o12.us.greenhouse-mail.io", "167.89.101.12", when, PARIS),
             extra=(("Reply-To", addr("Chloé Hartmann", "chloe.hartmann@quanthera.io")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(2), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:30", PARIS), end=utc("2026-09-17 11:30", PARIS),
      local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30", zone=PARIS,
      contact="margaux.py@garrigue-sante.fr", company="Garrigue Santé",
      note="Teamtailor, 'jeudi 17 septembre 2026, 10:30 - 11:30 (Europe/Paris)', CEST UTC+2 -> "
           "08:30-09:30Z; ICS TZID Europe/Paris agrees; contact = Reply-To recruiter")
def p02() -> bytes:
    when = "2026-09-11 10:05"
    body = t("""
        Bonjour Inès,

        Bonne nouvelle : votre entretien pour le poste de Biostatisticien·ne confirmé·e chez
        Garrigue Santé est confirmé.

        📅 jeudi 17 septembre 2026
        🕙 10:30 - 11:30 (Europe/Paris)
        📍 Garrigue Santé, 1025 rue Henri Becquerel, 34000 Montpellier (bâtiment B, 2e étage)

        Vous rencontrerez :
        - Margaux Py, chargée de recrutement
        - Dr Lionel Azaïs, responsable de l'équipe biostatistique

        Pensez à vous munir d'une pièce d'identité pour l'accueil. Le fichier joint vous permet
        d'ajouter l'entretien à votre agenda.

        À très vite,
        Margaux Py
        Garrigue Santé

        Vous recevez cet e-mail parce que vous avez postulé via notre page carrière.
        Gérer mes données : https://garrigue-sante.teamtailor.com/candidate/privacy
        """)
    page = t("""
        <!doctype html><html lang="fr"><body style="margin:0;background:#f4f4f5">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif">
        <p>Bonjour Inès,</p>
        <p>Bonne nouvelle : votre entretien pour le poste de <b>Biostatisticien·ne confirmé·e</b> chez Garrigue Santé est confirmé.</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <p style="margin:0">📅 jeudi 17 septembre 2026</p>
        <p style="margin:0">🕙 10:30 - 11:30 (Europe/Paris)</p>
        <p style="margin:0">📍 Garrigue Santé, 1025 rue Henri Becquerel, 34000 Montpellier (bâtiment B, 2e étage)</p>
        </div>
        <p>Vous rencontrerez : Margaux Py, chargée de recrutement ; Dr Lionel Azaïs, responsable de l'équipe biostatistique.</p>
        <p>Pensez à vous munir d'une pièce d'identité pour l'accueil.</p>
        <p>À très vite,<br>Margaux Py<br>Garrigue Santé</p>
        <p style="font-size:11px;color:#71717a">Vous recevez cet e-mail parce que vous avez postulé via notre page carrière.
        <a href="https://garrigue-sante.teamtailor.com/candidate/privacy">Gérer mes données</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-5512907@teamtailor.com
        DTSTAMP:20260911T080500Z
        DTSTART;TZID=Europe/Paris:20260917T103000
        DTEND;TZID=Europe/Paris:20260917T113000
        SUMMARY:Entretien - Biostatisticien·ne confirmé·e - Garrigue Santé
        LOCATION:1025 rue Henri Becquerel\\, 34000 Montpellier
        ORGANIZER;CN=Margaux Py:mailto:margaux.py@garrigue-sante.fr
        ATTENDEE;CN=Inès Bouvier;RSVP=TRUE:mailto:ines.bouvier@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head(addr("Garrigue Santé", "notifications@garrigue-sante.teamtailor-mail.com"),
             "Entretien confirmé – Biostatisticien·ne confirmé·e", when, PARIS,
             "<tt.5512907.a81c4e@garrigue-sante.teamtailor-mail.com>",
             rcv=rcv("a27-14.smtp-out.eu-west-1.amazonses.com", "54.240.4.14", when, PARIS),
             extra=(("Reply-To", addr("Margaux Py", "margaux.py@garrigue-sante.fr")),
                    ("X-Mailer", "Teamtailor"))),
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="quoted-printable")))


@mail(n(3), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", PARIS), end=utc("2026-09-22 15:00", PARIS),
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=PARIS,
      contact="sandrine.roux@ardiere-pharma.com", company="Ardière Pharma",
      note="Workday, HTML only (base64): 'mardi 22 septembre 2026, 14:00 - 15:00 (GMT+02:00) Paris', "
           "Lyon -> 12:00-13:00Z; sender is the Workday system mailbox, contact = recruiter address "
           "in the body")
def p03() -> bytes:
    when = "2026-09-15 09:31"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="600" align="center" style="font-family:Arial;font-size:13px">
        <tr><td><img src="https://wd3.myworkdaycdn.com/ardiere/logo.png" alt="Ardière Pharma"></td></tr>
        <tr><td>
        <p>Bonjour Inès Bouvier,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Biostatisticien Senior H/F (R-0023871)</b>.</p>
        <p><b>Date :</b> mardi 22 septembre 2026<br>
        <b>Heure :</b> 14:00 - 15:00 (GMT+02:00) Paris<br>
        <b>Lieu :</b> Ardière Pharma, 15 quai Perrache, 69002 Lyon – accueil du bâtiment Confluence<br>
        <b>Interlocuteurs :</b> Sandrine Roux (Talent Acquisition), Pierre-Yves Garnier (Head of Biometrics)</p>
        <p>Pour toute question, vous pouvez contacter Sandrine Roux :
        <a href="mailto:sandrine.roux@ardiere-pharma.com">sandrine.roux@ardiere-pharma.com</a>.</p>
        <p>Vous pouvez consulter votre candidature à tout moment depuis votre
        <a href="https://wd3.myworkdayjobs.com/fr-FR/Ardiere_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Ardière Pharma</p>
        <p style="font-size:10px;color:#888">Ceci est un message généré automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    return message(
        head(addr("Ardière Pharma", "ardierepharma@myworkday.com"),
             "Invitation à un entretien – Biostatisticien Senior H/F (R-0023871)", when, PARIS,
             "<1463817265.88120.1789457460311@wd3-prod-mailer-07.myworkday.com>",
             rcv=rcv("wd3-mailer.myworkday.com", "148.139.0.37", when, PARIS),
             extra=(("Auto-Submitted", "auto-generated"),)),
        html(page, cte="base64"))


@mail(n(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-02 09:00", PARIS), local="Fri 2026-10-02 09:00", zone=PARIS,
      contact="baptiste@lagrangia.io", company="Lagrangia",
      note="Founder's casual reply (tu): 'on part sur vendredi qui vient à 9h', Date Mon 28 Sep -> "
           "Fri 2 Oct 09:00 CEST -> 07:00Z; 'une petite heure' is approximate -> end null; "
           "plain text 8bit")
def p04() -> bytes:
    when = "2026-09-28 21:47"
    body = t("""
        Salut Inès,

        Merci pour ton retour rapide ! Du coup on part sur vendredi qui vient à 9h, au local
        (12 rue du Faubourg Boutonnet, 3e étage, l'interphone marche une fois sur deux : appelle-moi
        au 06 41 27 80 13 si ça répond pas).

        Y aura Sarah (notre CTO) et moi. Rien de spécial à préparer, on regardera ensemble un jeu de
        données d'essai qu'on a anonymisé, on en a pour une petite heure. Et on te paie le café :)

        A vendredi !
        Baptiste

        --
        Baptiste Estève · cofondateur, Lagrangia
        https://lagrangia.io

        Le lun. 28 sept. 2026 à 18:02, Inès Bouvier <ines.bouvier@example.org> a écrit :
        > Bonjour Baptiste,
        >
        > Merci pour votre message, avec plaisir pour un échange. Je suis disponible en fin de
        > semaine, vendredi matin de préférence.
        >
        > Bonne soirée,
        > Inès
        """)
    return message(
        head(addr("Baptiste Estève", "baptiste@lagrangia.io"), "Re: Candidature stat / data – Lagrangia",
             when, PARIS, "<CAF3kq9xM2bT0rpL7uGz+Wd1sQeE=Vh4nK@mail.gmail.com>",
             rcv=rcv("mail-wr1-f53.google.com", "209.85.221.53", when, PARIS),
             extra=(("In-Reply-To", "<b3e1f0a2-7c44-4d1e-9f5e-ib2026@example.org>"),
                    ("References", "<b3e1f0a2-7c44-4d1e-9f5e-ib2026@example.org>"))),
        text(body, cte="8bit"))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-05 11:00", PARIS), end=utc("2026-10-05 12:00", PARIS),
      local="Mon 2026-10-05 11:00", local_end="2026-10-05 12:00", zone=PARIS,
      contact="nadia.benali@calanque-analytics.fr", company="Calanque Analytics",
      note="SmartRecruiters, HTML only QP: 'lun. 5 oct. 2026, 11:00 – 12:00 (heure de Paris)', "
           "Marseille, CEST -> 09:00-10:00Z; no-reply sender, contact = recruiter address in the body")
def p05() -> bytes:
    when = "2026-09-30 15:48"
    page = t("""
        <!DOCTYPE html>
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <div style="padding:24px;max-width:600px">
        <h2 style="font-weight:400">Votre entretien est confirmé</h2>
        <p>Bonjour Inès,</p>
        <p>Merci d'avoir choisi un créneau. Voici le récapitulatif de votre entretien pour l'offre
        <b>Data Scientist Santé – Biostatistique (CDI, Marseille)</b> :</p>
        <ul>
        <li><b>Quand :</b> lun. 5 oct. 2026, 11:00 – 12:00 (heure de Paris)</li>
        <li><b>Où :</b> Calanque Analytics, 40 boulevard de Dunkerque, 13002 Marseille (Les Docks, Atrium 10.4)</li>
        <li><b>Avec :</b> Nadia Benali (Talent Acquisition) et Rémi Castellan (Lead Data)</li>
        </ul>
        <p>Pour toute question ou en cas d'empêchement, écrivez à Nadia :
        <a href="mailto:nadia.benali@calanque-analytics.fr">nadia.benali@calanque-analytics.fr</a></p>
        <p>Bonne préparation !<br>L'équipe Calanque Analytics</p>
        <hr style="border:0;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Propulsé par SmartRecruiters · Merci de ne pas répondre à ce message.</p>
        </div></body></html>
        """)
    return message(
        head("Calanque Analytics <noreply@smartrecruiters.com>",
             "Confirmation de votre entretien – Data Scientist Santé", when, PARIS,
             "<20260930134807.7f2c91ad0b3e@mailer.smartrecruiters.com>",
             rcv=rcv("mailer.smartrecruiters.com", "185.12.81.44", when, PARIS)),
        html(page))


@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", "Europe/London"), end=utc("2026-10-26 11:00", "Europe/London"),
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/London",
      contact="oliver.pryce@northwallgenomics.co.uk", company="Northwall Genomics",
      note="Lever, 'Monday, October 26, 10:00 AM - 11:00 AM GMT': UK back on GMT from Sun 25 Oct, so "
           "10:00-11:00Z (11:00 CET for the candidate, as the mail says); mail sent Thu 22 Oct in CEST; "
           "ICS in UTC agrees; contact = Reply-To recruiter")
def p06() -> bytes:
    when = "2026-10-22 14:20"
    body = t("""
        Hi Inès,

        Your interview with Northwall Genomics has been scheduled. Here are the details:

        Role: Statistical Geneticist (Remote, EU)
        When: Monday, October 26, 2026, 10:00 AM - 11:00 AM GMT
        Where: Microsoft Teams (the link is in the calendar invitation)
        Interviewers: Oliver Pryce (Recruiter), Hannah Okafor (Principal Statistician)

        Heads-up: UK clocks go back this Sunday, so that's 11:00 your time in Montpellier.

        If anything changes, just reply to this email.

        Cheers,
        Oliver

        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-0d7e3b52-91aa-4c57-8d1e-5b6f3c2a9e10
        DTSTAMP:20261022T122000Z
        DTSTART:20261026T100000Z
        DTEND:20261026T110000Z
        SUMMARY:Northwall Genomics - Interview with Inès Bouvier
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWG
         7f3a%40thread.v2/0
        ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@northwallgenomics.co.uk
        ATTENDEE;CN=Inès Bouvier;RSVP=TRUE:mailto:ines.bouvier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Northwall Genomics <no-reply@hire.lever.co>",
             "Interview confirmed: Northwall Genomics - Statistical Geneticist", when, PARIS,
             "<lever.0d7e3b52.1761135600@hire.lever.co>",
             rcv=rcv("mail.hire.lever.co", "198.2.180.61", when, PARIS),
             extra=(("Reply-To", "Oliver Pryce <oliver.pryce@northwallgenomics.co.uk>"),)),
        mixed(text(body, cte="quoted-printable"),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 11:00", "America/New_York"), end=utc("2026-10-29 12:00", "America/New_York"),
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone="America/New_York",
      contact="dana.whitcomb@halvardhealth.com", company="Halvard Health",
      note="Ashby, '11:00 AM - 12:00 PM EDT' on Thu 29 Oct: New York is still on EDT (UTC-4) until "
           "1 Nov while Paris is already on CET -> 15:00-16:00Z (16:00 in Montpellier, a 5-hour gap "
           "that week); ICS TZID America/New_York agrees; contact = Reply-To recruiter")
def p07() -> bytes:
    when = "2026-10-23 17:30"
    body = t("""
        Hi Inès,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior Biostatistician, Real-World Evidence
        Thursday, October 29, 2026
        11:00 AM – 12:00 PM EDT
        Zoom: https://halvardhealth.zoom.us/j/83310429975

        You'll meet with:
          Dr. Marcus Feld — Head of Biostatistics
          Yuki Tanabe — Senior Epidemiologist

        Questions? Just reply and it will reach Dana Whitcomb.

        Thanks,
        Halvard Health Recruiting
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Inès,</p><p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Senior Biostatistician, Real-World Evidence</b><br>Thursday, October 29, 2026<br>
        11:00 AM – 12:00 PM EDT<br><a href="https://halvardhealth.zoom.us/j/83310429975">Zoom</a></p>
        <p>You'll meet with:<br>Dr. Marcus Feld — Head of Biostatistics<br>Yuki Tanabe — Senior Epidemiologist</p>
        <p>Questions? Just reply and it will reach Dana Whitcomb.</p>
        <p>Thanks,<br>Halvard Health Recruiting</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:6c1d9e0a-44b7-4f3e-a2c5-halvard-8841
        DTSTAMP:20261023T153000Z
        DTSTART;TZID=America/New_York:20261029T110000
        DTEND;TZID=America/New_York:20261029T120000
        SEQUENCE:0
        SUMMARY:Halvard Health – Senior Biostatistician Interview
        LOCATION:https://halvardhealth.zoom.us/j/83310429975
        ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@halvardhealth.com
        ATTENDEE;CN=Inès Bouvier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.bouvier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Halvard Health <no-reply@ashbyhq.com>",
             "Interview confirmed: Senior Biostatistician, Real-World Evidence at Halvard Health",
             when, PARIS,
             "<0100019a12f4c8b1-8e2d6a73-5c1f-49e0-b7d2-0c4e9a1f3b62-000000@email.amazonses.com>",
             rcv=rcv("a8-33.smtp-out.amazonses.com", "54.240.8.33", when, PARIS),
             extra=(("Reply-To", "Dana Whitcomb <dana.whitcomb@halvardhealth.com>"),)),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", PARIS), end=utc("2026-11-03 15:00", PARIS),
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=PARIS,
      contact="f.salles@mutuelle-cevenole.fr", company="Mutuelle Cévenole",
      note="Outlook/Exchange meeting request whose body has no time at all (Teams boilerplate only); "
           "the time is only in the ICS: DTSTART;TZID=Romance Standard Time 20261103T140000 = Paris CET "
           "-> 13:00-14:00Z; contact = human sender / ORGANIZER")
def p08() -> bytes:
    when = "2026-10-29 16:44"
    body = t("""
        Bonjour Madame Bouvier,

        Suite à notre échange téléphonique de ce matin, je vous transmets l'invitation pour
        l'entretien avec Mme Verdier (directrice des études statistiques et actuarielles) et
        moi-même. Merci de bien vouloir l'accepter afin que la salle soit réservée.

        Cordialement,

        Frédéric Salles
        Chargé de recrutement | Direction des Ressources Humaines
        Mutuelle Cévenole – 8 avenue de la Pompignane – 34000 Montpellier
        Tél. : 04 67 20 41 88

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE0OTk3%40thread.v2/0?context=%7b%22Tid%22%3a%22c3a1%22%7d>
        ID de réunion : 364 928 117 52
        Code secret : Hq7Tz2
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Bouvier,</p>
        <p class="MsoNormal">Suite à notre échange téléphonique de ce matin, je vous transmets l'invitation pour
        l'entretien avec Mme Verdier (directrice des études statistiques et actuarielles) et moi-même.
        Merci de bien vouloir l'accepter afin que la salle soit réservée.</p>
        <p class="MsoNormal">Cordialement,</p>
        <p class="MsoNormal">Frédéric Salles<br>Chargé de recrutement | Direction des Ressources Humaines<br>
        Mutuelle Cévenole – 8 avenue de la Pompignane – 34000 Montpellier<br>Tél. : 04 67 20 41 88</p>
        <div style="margin-bottom:24px">____________________________________________________________<br>
        <span style="font-size:24px">Réunion Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE0OTk3%40thread.v2/0">Cliquez ici pour rejoindre la réunion</a><br>
        ID de réunion : 364 928 117 52<br>Code secret : Hq7Tz2</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Frédéric Salles:mailto:f.salles@mutuelle-cevenole.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Bouvier:mailto:ines.bouvier@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verdier Anne:mailto:a.verdier@mutuelle-cevenole.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Bouvier\\,\\n\\nSuite à notre échange téléphonique de ce matin\\, je vous transmets l'invitation.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C4F1A2D747DC01000000000000000010000000E1A8D2C34B7F1E4A9A0D3C2B1F6E8D7C
        SUMMARY;LANGUAGE=fr-FR:Entretien Inès Bouvier – Chargé(e) d'études statistiques
        DTSTART;TZID=Romance Standard Time:20261103T140000
        DTEND;TZID=Romance Standard Time:20261103T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T154400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121837465
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
    return message(
        head(addr("Frédéric Salles", "f.salles@mutuelle-cevenole.fr"),
             "Entretien Inès Bouvier – Chargé(e) d'études statistiques", when, PARIS,
             "<PR3P192MB0714D2E5C81A4F0B9E6C7A21D8F42@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-pr3fra01on2110.outbound.protection.outlook.com", "40.107.21.110", when, PARIS),
             extra=(("Thread-Topic", enc("Entretien Inès Bouvier – Chargé(e) d'études statistiques")),
                    ("Thread-Index", "AdtK3f9ZxQ2b7m1eS0KpJq8w4nR6Yg=="),
                    ("Accept-Language", "fr-FR, en-US"),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(9), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-21 09:30", PARIS), end=utc("2026-10-21 10:15", PARIS),
      local="Wed 2026-10-21 09:30", local_end="2026-10-21 10:15", zone=PARIS,
      contact=None, company="Institut Médical du Lez",
      note="Microsoft Bookings, HTML only: '09:30 - 10:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, "
           "Paris' is the zone's display name with its standard offset; on 21 Oct Paris is still on CEST "
           "(UTC+2), so 07:30-08:15Z, which the ICS (Romance Standard Time) confirms; staff member named "
           "without an address and recrutement@ is a shared mailbox -> contact null")
def p09() -> bytes:
    when = "2026-10-13 12:06"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table style="width:100%;max-width:640px"><tr><td>
        <p>Bonjour Inès Bouvier,</p>
        <p>Merci d'avoir effectué une réservation avec Institut Médical du Lez. Votre réservation est confirmée.</p>
        <p style="font-size:18px;font-weight:600">Entretien de recrutement – Biostatisticien(ne) recherche clinique</p>
        <p>mercredi 21 octobre 2026<br>
        09:30 - 10:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</p>
        <p><b>Membre du personnel</b><br>Hélène Castanier</p>
        <p><b>Adresse</b><br>Institut Médical du Lez, 371 avenue du Doyen Gaston Giraud, 34090 Montpellier – Unité de méthodologie, bâtiment C</p>
        <p><a href="https://outlook.office365.com/owa/calendar/InstitutMedicalduLez@institut-medical-lez.fr/bookings/manage/7c2d">Gérer la réservation</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/InstitutMedicalduLez@institut-medical-lez.fr/bookings/cancel/7c2d">Annuler la réservation</a></p>
        <p>Pour toute question, écrivez-nous à recrutement@institut-medical-lez.fr.</p>
        <p style="color:#605e5c;font-size:12px">Optimisé par Microsoft Bookings</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Institut Médical du Lez:mailto:InstitutMedicalduLez@institut-medical-lez.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Bouvier:mailto:ines.bouvier@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Biostatisticien(ne) recherche clinique
        DTSTART;TZID=Romance Standard Time:20261021T093000
        DTEND;TZID=Romance Standard Time:20261021T101500
        UID:040000008200E00074C5B7101A82E0080000000071B9E3D2A55ADC01000000000000000010000000BOOK7C2D
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T100600Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:371 avenue du Doyen Gaston Giraud\\, 34090 Montpellier
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head(addr("Institut Médical du Lez", "InstitutMedicalduLez@institut-medical-lez.fr"),
             "Réservation confirmée : Entretien de recrutement – Biostatisticien(ne) recherche clinique",
             when, PARIS,
             "<AM9P191MB16528A3E2F0C4D7B8E91A2C3D4E5F@AM9P191MB1652.EURP191.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71", when, PARIS)),
        mixed(html(page),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-13 10:00", PARIS), end=utc("2026-11-13 11:00", PARIS),
      local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone=PARIS,
      contact="julien.teissier@occitanie-datalab.fr", company="Occitanie Data Lab",
      note="Google Calendar 'Invitation mise à jour': new 'ven. 13 nov. 2026 10:00 – 11:00' (CET, "
           "UTC+1) -> 09:00-10:00Z, old 'jeu. 12 nov. 14:00' also shown; ICS SEQUENCE:1 agrees; contact "
           "= organizer (From/Reply-To/ORGANIZER); follows the times he proposed in another mail of the set")
def p10() -> bytes:
    when = "2026-11-09 11:02"
    body = t("""
        Cet événement a été modifié.

        Entretien Inès Bouvier / Occitanie Data Lab
        Julien a ajouté une remarque : « Désolé pour le changement, notre comité de direction a été
        déplacé jeudi. Vendredi matin, même format. À vendredi ! »

        Quand
        Modifié : ven. 13 nov. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)
        Ancien : jeu. 12 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/bqr-xwny-kte

        Invités
        Julien Teissier - organisateur
        Inès Bouvier
        Camille Rouquette

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=ZW50cmV0aWVuX29kbA

        Répondre pour ines.bouvier@example.org : Oui / Non / Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité à cet événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
        """)
    page = gmail_html(body)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261113T100000
        DTEND;TZID=Europe/Paris:20261113T110000
        DTSTAMP:20261109T100200Z
        ORGANIZER;CN=Julien Teissier:mailto:julien.teissier@occitanie-datalab.fr
        UID:3k9f2q7m1v0c8r5t6b4n2j1h0g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Teissier;X-NUM-GUESTS=0:mailto:julien.teissier@occitanie-datalab.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.bouvier@example.org;X-NUM-GUESTS=0:mailto:ines.bouvier@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Rouquette;X-NUM-GUESTS=0:mailto:camille.rouquette@occitanie-datalab.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/bqr-xwny-kte
        CREATED:20261104T081500Z
        DESCRIPTION:Désolé pour le changement\\, notre comité de direction a été déplacé jeudi.
        LAST-MODIFIED:20261109T100200Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien Inès Bouvier / Occitanie Data Lab
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation mise à jour : Entretien Inès Bouvier / Occitanie Data Lab "
               "@ ven. 13 nov. 2026 10:00 - 11:00 (CET) (ines.bouvier@example.org)")
    return message(
        head(addr("Julien Teissier", "julien.teissier@occitanie-datalab.fr"), subject, when, PARIS,
             "<calendar-5c1e0b7a-2f3d-4e8a-9b61-0d7c2a4f8e13@google.com>",
             rcv=rcv("mail-sor-f69.google.com", "209.85.220.69", when, PARIS),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "Julien Teissier <julien.teissier@occitanie-datalab.fr>"))),
        mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-18 15:30", PARIS), end=utc("2026-11-18 16:30", PARIS),
      local="Wed 2026-11-18 15:30", local_end="2026-11-18 16:30", zone=PARIS,
      contact="rebecca.lang@brenwick.com", company="Brenwick Therapeutics",
      note="iCIMS reschedule, windows-1252 QP: previous 'Tuesday, November 17 at 9:00 AM (CET)', new "
           "'Wednesday, November 18, 2026, 3:30 PM - 4:30 PM (CET, Paris/Lyon)' -> 14:30-15:30Z; "
           "unmonitored talent.icims.com sender, contact = recruiter address in the body")
def p11() -> bytes:
    when = "2026-11-12 17:55"
    body = t("""
        Dear Inès,

        Due to a scheduling conflict on our side, your on-site interview for Biostatistician II
        (Lyon, Req 2026-4418) has been moved. We apologise for any inconvenience.

        Previous time: Tuesday, November 17, 2026 at 9:00 AM (CET)
        New time:      Wednesday, November 18, 2026, 3:30 PM - 4:30 PM (CET, Paris/Lyon)

        Location: Brenwick Therapeutics – Gerland site, 60 avenue Tony Garnier, 69007 Lyon.
        Please ask for Rebecca Lang at reception and bring a photo ID.

        Should the new time not suit you, please contact Rebecca Lang directly at
        rebecca.lang@brenwick.com.

        Kind regards,

        Brenwick Therapeutics Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Calibri,Arial;font-size:11pt">
        <p>Dear Inès,</p>
        <p>Due to a scheduling conflict on our side, your on-site interview for <b>Biostatistician II</b>
        (Lyon, Req 2026-4418) has been moved. We apologise for any inconvenience.</p>
        <table><tr><td>Previous time:</td><td><s>Tuesday, November 17, 2026 at 9:00 AM (CET)</s></td></tr>
        <tr><td><b>New time:</b></td><td><b>Wednesday, November 18, 2026, 3:30 PM - 4:30 PM (CET, Paris/Lyon)</b></td></tr></table>
        <p>Location: Brenwick Therapeutics – Gerland site, 60 avenue Tony Garnier, 69007 Lyon.
        Please ask for Rebecca Lang at reception and bring a photo ID.</p>
        <p>Should the new time not suit you, please contact Rebecca Lang directly at
        <a href="mailto:rebecca.lang@brenwick.com">rebecca.lang@brenwick.com</a>.</p>
        <p>Kind regards,<br>Brenwick Therapeutics Talent Acquisition</p>
        <p style="font-size:8pt;color:gray">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    return message(
        head("Brenwick Therapeutics <brenwick-talent@talent.icims.com>",
             "Updated Interview Time - Biostatistician II (Req 2026-4418)", when, PARIS,
             "<1763052903.4418.2211907@talent.icims.com>",
             rcv=rcv("smtp3.talent.icims.com", "64.94.48.203", when, PARIS)),
        alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(12), family="recruitee", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-19 11:00", PARIS), local="Thu 2026-11-19 11:00", zone=PARIS,
      contact="aurelie.fabre@cevennes-diagnostics.fr", company="Cévennes Diagnostics",
      note="Recruitee cancellation, no new time (position frozen): cancelled slot 'jeudi 19 novembre "
           "à 11h00' Nîmes, CET -> 10:00Z; no length stated -> end null; From is a Recruitee relay "
           "address, contact = HR address in the signature")
def p12() -> bytes:
    when = "2026-11-16 14:21"
    body = t("""
        Bonjour Inès,

        Je suis au regret de vous informer que nous devons annuler votre entretien prévu le
        jeudi 19 novembre à 11h00 dans nos locaux de Nîmes (Parc Georges Besse).

        Le recrutement sur ce poste est suspendu jusqu'à nouvel ordre, à la suite d'une
        réorganisation interne de la direction scientifique. Je reviendrai vers vous si le poste
        est rouvert. Toutes nos excuses pour ce contretemps.

        Bien cordialement,

        Aurélie Fabre
        Responsable RH – Cévennes Diagnostics
        aurelie.fabre@cevennes-diagnostics.fr · 04 66 38 12 90
        """)
    page = "<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>\n"
    return message(
        head(addr("Aurélie Fabre (Cévennes Diagnostics)", "c-4471932@inbound.recruitee.com"),
             "Annulation de votre entretien – Biostatisticien(ne) (Nîmes)", when, PARIS,
             "<mail.4471932.8b2e0c@recruitee.com>",
             rcv=rcv("o1.mail.recruitee.com", "149.72.163.9", when, PARIS)),
        alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(13), family="join", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-24 16:45", PARIS), end=utc("2026-11-24 17:15", PARIS),
      local="Tue 2026-11-24 16:45", local_end="2026-11-24 17:15", zone=PARIS,
      contact=None, company="Vieux-Port Mobilité",
      note="JOIN confirmation, HTML only 8bit: 'mar. 24 nov. 2026 · 16 h 45 – 17 h 15 (heure de Paris)', "
           "CET -> 15:45-16:15Z; noreply sender, CTO named without an address, replies go through the "
           "JOIN messaging -> contact null")
def p13() -> bytes:
    when = "2026-11-18 09:12"
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>JOIN</title></head>
        <body style="background:#f7f7fb;font-family:Inter,Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:12px;padding:28px">
        <tr><td><p style="font-size:20px;font-weight:700">C'est confirmé !</p>
        <p>Bonjour Inès,</p>
        <p>Vieux-Port Mobilité a confirmé votre entretien pour le poste
        <b>Data Analyst / Statisticien(ne) – Transports urbains</b>.</p>
        <p style="background:#eef2ff;padding:12px;border-radius:8px">
        🗓 mar. 24 nov. 2026 · 16 h 45 – 17 h 15 (heure de Paris)<br>
        🎥 Entretien vidéo – le lien vous sera envoyé par l'entreprise<br>
        👤 Avec Karim Haddou, CTO</p>
        <p>Besoin de changer quelque chose ? Répondez directement à l'entreprise depuis votre
        <a href="https://join.com/candidate/messages">messagerie JOIN</a>.</p>
        <p style="font-size:12px;color:#8a8aa0">Merci de ne pas répondre à cet e-mail. JOIN Solutions AG</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message(
        head(addr("Vieux-Port Mobilité via JOIN", "noreply@join.com"),
             "Votre entretien avec Vieux-Port Mobilité est confirmé", when, PARIS,
             "<0102019b3c8e2a7d-5d1f7e44-join-candidate-interview-000000@eu-central-1.amazonses.com>",
             rcv=rcv("b224-13.smtp-out.eu-central-1.amazonses.com", "69.169.224.13", when, PARIS)),
        html(page, cte="8bit"))


@mail(n(14), family="softgarden", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-11-26 09:15", "Europe/Zurich"), end=utc("2026-11-26 10:45", "Europe/Zurich"),
      local="Thu 2026-11-26 09:15", local_end="2026-11-26 10:45", zone="Europe/Zurich",
      contact="corinne.dufaux@saleve-recherche.ch", company="Fondation Salève Recherche",
      note="softgarden, Swiss French, iso-8859-15 QP: 'jeudi 26 novembre 2026 à 9h15', 'durée : "
           "nonante minutes' is an exact length -> 09:15-10:45 Geneva CET -> 08:15-09:45Z; contact = "
           "Reply-To HR partner")
def p14() -> bytes:
    when = "2026-11-19 08:40"
    body = t("""
        Madame Bouvier,

        Nous vous remercions de l'intérêt que vous portez à la Fondation Salève Recherche et avons
        le plaisir de vous confirmer votre entretien pour le poste de Biostatisticien(ne) (80-100 %) :

        Date : jeudi 26 novembre 2026
        Heure : 9h15
        Durée : nonante minutes (présentation d'un cas de 20 minutes, puis échange avec le jury)
        Lieu : Fondation Salève Recherche, chemin des Aulx 12, 1228 Plan-les-Ouates (Genève)
        Arrêt de tram : P+R Bachet, puis bus 42

        Le jury sera composé de Mme Corinne Dufaux (ressources humaines), du Dr Yann Perrottet
        (responsable du service de biostatistique) et de Mme Léonie Zbinden (data manager).

        Nous vous remercions de bien vouloir vous présenter à la réception dix minutes avant
        l'heure indiquée. Pour toute question, il vous suffit de répondre à ce message.

        Meilleures salutations,

        Corinne Dufaux
        Partenaire RH
        Fondation Salève Recherche
        """)
    page = ("<html><body style=\"font-family:Verdana;font-size:12px\">"
            + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>\n")
    return message(
        head(addr("Fondation Salève Recherche", "noreply@softgarden.io"),
             "Invitation à un entretien – Biostatisticien(ne) (80-100 %)", when, "Europe/Zurich",
             "<sg.20261119074002.91c3f2@mail.softgarden.io>",
             rcv=rcv("mail.softgarden.io", "185.110.97.21", when, "Europe/Zurich"),
             extra=(("Reply-To", addr("Corinne Dufaux", "corinne.dufaux@saleve-recherche.ch")),)),
        alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:00", PARIS), end=utc("2026-12-01 14:15", PARIS),
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 14:15", zone=PARIS,
      contact="priya.nandakumar@kestrelbiometrics.com", company="Kestrel Biometrics",
      note="GoodTime itinerary of three sessions 'in Central European Time (Paris)': 10:00, 11:00 and "
           "13:30-14:15 -> start = first 09:00Z, end = last session's end 13:15Z; contact = Reply-To "
           "coordinator")
def p15() -> bytes:
    when = "2026-11-25 16:03"
    body = t("""
        Hi Inès,

        Great news: your final-round interviews with Kestrel Biometrics are confirmed for
        Tuesday, December 1, 2026. All times below are shown in Central European Time (Paris).

          10:00 AM – 10:45 AM   Hiring manager conversation — Tom Eriksen, Director of Biostatistics
          11:00 AM – 11:45 AM   Technical deep dive: mixed models & missing data — Dr Rhiannon Pugh
           1:30 PM –  2:15 PM   Collaboration & values — Sam Oduya, Clinical Operations Lead

        Each session has its own Zoom link:
          https://kestrelbiometrics.zoom.us/j/91122334455
          https://kestrelbiometrics.zoom.us/j/91122334466
          https://kestrelbiometrics.zoom.us/j/91122334477

        Your coordinator is Priya Nandakumar; reply to this email if you need anything.

        Good luck!
        The Kestrel Biometrics Talent Team

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hi Inès,</p>
        <p>Great news: your final-round interviews with Kestrel Biometrics are confirmed for
        <b>Tuesday, December 1, 2026</b>. All times below are shown in Central European Time (Paris).</p>
        <table border="0" cellpadding="6">
        <tr><td>10:00 AM – 10:45 AM</td><td>Hiring manager conversation — Tom Eriksen, Director of Biostatistics</td></tr>
        <tr><td>11:00 AM – 11:45 AM</td><td>Technical deep dive: mixed models &amp; missing data — Dr Rhiannon Pugh</td></tr>
        <tr><td>1:30 PM – 2:15 PM</td><td>Collaboration &amp; values — Sam Oduya, Clinical Operations Lead</td></tr>
        </table>
        <p>Your coordinator is Priya Nandakumar; reply to this email if you need anything.</p>
        <p>Good luck!<br>The Kestrel Biometrics Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p></body></html>
        """)
    return message(
        head("Kestrel Biometrics Talent Team <no-reply@goodtime.io>",
             "Your interview schedule with Kestrel Biometrics - Tuesday, December 1", when, PARIS,
             "<gt-itinerary.7e21c9f0b4@goodtime.io>",
             rcv=rcv("o3.mail.goodtime.io", "168.245.22.80", when, PARIS),
             extra=(("Reply-To", "Priya Nandakumar <priya.nandakumar@kestrelbiometrics.com>"),)),
        alt(text(body), html(page)))


@mail(n(16), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-03 14:00", PARIS), end=utc("2026-12-03 14:30", PARIS),
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 14:30", zone=PARIS,
      contact="mathieu.girard@rhone-biostat.fr", company="Rhône Biostat Conseil",
      note="Calendly invitee confirmation in French: '14:00 - 14:30, jeudi 3 décembre 2026 (Heure "
           "d'Europe centrale)' -> 13:00-13:30Z; ICS in UTC agrees; contact = host (Reply-To/ORGANIZER)")
def p16() -> bytes:
    when = "2026-11-27 19:26"
    body = t("""
        Bonjour Inès Bouvier,

        Votre événement Premier entretien – Biostatisticien(ne) consultant(e) avec Mathieu Girard
        à 14:00 le jeudi 3 décembre 2026 est programmé.

        Type d'événement :
        Premier entretien – Biostatisticien(ne) consultant(e)

        Hôte :
        Mathieu Girard

        Date/Heure de l'événement :
        14:00 - 14:30, jeudi 3 décembre 2026 (Heure d'Europe centrale)

        Lieu :
        Téléphone : Mathieu Girard vous appellera au +33 6 72 18 44 09

        Annuler : https://calendly.com/cancellations/2b7e1f4c-9a0d
        Reprogrammer : https://calendly.com/reschedulings/2b7e1f4c-9a0d

        Fourni par Calendly.com
        """)
    page = gmail_html(body)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261127T182600Z
        UID:2b7e1f4c-9a0d-4c61-b6e3-calendly-rbc
        DTSTART:20261203T130000Z
        DTEND:20261203T133000Z
        SUMMARY:Premier entretien – Biostatisticien(ne) consultant(e) (Mathieu Girard)
        ORGANIZER;CN=Mathieu Girard:mailto:mathieu.girard@rhone-biostat.fr
        ATTENDEE;CN=Inès Bouvier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.bouvier@example.org
        LOCATION:+33 6 72 18 44 09
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Calendly <notifications@calendly.com>",
             "Confirmé : Premier entretien avec Mathieu Girard le jeudi 3 décembre 2026", when, PARIS,
             "<0100019b7f1c4d22-calendly-2b7e1f4c-9a0d-000000@email.amazonses.com>",
             rcv=rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, PARIS),
             extra=(("Reply-To", addr("Mathieu Girard", "mathieu.girard@rhone-biostat.fr")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                       disposition="attachment")))


@mail(n(17), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:00", "Pacific/Auckland"), end=utc("2026-12-08 09:45", "Pacific/Auckland"),
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 09:45", zone="Pacific/Auckland",
      contact="aroha.ngata@tuistatistics.co.nz", company="Tui Statistics",
      note="Recruiter in Auckland with pasted Zoom block: 'Tuesday 8 December, 9:00-9:45 am NZDT' "
           "(UTC+13) -> Mon 7 Dec 20:00-20:45Z, a different day in UTC (the mail also says Monday "
           "9:00 pm in Montpellier); Date header in NZDT; contact = human sender")
def p17() -> bytes:
    when = "2026-12-02 09:15"
    body = t("""
        Kia ora Inès,

        Thanks for getting back to me so quickly. Confirming your interview with our Head of
        Methods, Liam Tapsell, and me:

        Tuesday 8 December, 9:00-9:45 am NZDT
        (that's Monday 7 December, 9:00-9:45 pm in Montpellier. I know it's a late one for you,
        thanks heaps for being flexible!)

        Zoom details below. Liam will ask you to walk us through one analysis you're proud of,
        no slides needed.

        Ngā mihi,
        Aroha

        Aroha Ngata
        People & Talent Lead | Tui Statistics
        Level 4, 55 Shortland Street, Auckland

        ---
        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Tui Statistics - Interview: Inès Bouvier
        Time: Dec 8, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://tuistatistics.zoom.us/j/86420975311?pwd=Q2xvV3dMb0RrS1p4a0ZxZz09

        Meeting ID: 864 2097 5311
        Passcode: 551902
        """)
    return message(
        head(addr("Aroha Ngata", "aroha.ngata@tuistatistics.co.nz"),
             "Interview confirmed - Remote Biostatistician (EU hours)", when, "Pacific/Auckland",
             "<CAJx7Rm2pQ+Tui4f8Hh0kWzN1d=vS3aYb7@mail.gmail.com>",
             rcv=rcv("mail-pl1-f176.google.com", "209.85.214.176", when, "Pacific/Auckland")),
        alt(text(body), html(gmail_html(body))))


@mail(n(18), family="exchange", lang="fr-CH", interview=True, kind="cancelled",
      start=utc("2026-12-09 10:00", "Europe/Zurich"), end=utc("2026-12-09 11:00", "Europe/Zurich"),
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone="Europe/Zurich",
      contact="sebastien.rochat@arvepharma.ch", company="Arve Pharma SA",
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED), Swiss French, no new time: the "
           "body only says 'notre entretien de mercredi prochain' (Date Thu 3 Dec -> Wed 9 Dec); the "
           "slot is in the ICS, W. Europe Standard Time 10:00-11:00 (Geneva CET) -> 09:00-10:00Z; "
           "contact = organizer/sender")
def p18() -> bytes:
    when = "2026-12-03 17:52"
    body = t("""
        Madame,

        Je suis navré de devoir annuler notre entretien de mercredi prochain. Le poste a été gelé
        à la suite d'une décision budgétaire du groupe ; je ne manquerai pas de revenir vers vous
        s'il devait être réouvert au premier trimestre.

        Je vous remercie de votre compréhension.

        Meilleures salutations,

        Sébastien Rochat
        Responsable Biostatistique
        Arve Pharma SA | Route des Acacias 45 | 1227 Carouge GE
        T +41 22 518 40 27
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Madame,</p>
        <p class="MsoNormal">Je suis navré de devoir annuler notre entretien de mercredi prochain. Le poste a été gelé
        à la suite d'une décision budgétaire du groupe ; je ne manquerai pas de revenir vers vous s'il devait
        être réouvert au premier trimestre.</p>
        <p class="MsoNormal">Je vous remercie de votre compréhension.</p>
        <p class="MsoNormal">Meilleures salutations,</p>
        <p class="MsoNormal">Sébastien Rochat<br>Responsable Biostatistique<br>
        Arve Pharma SA | Route des Acacias 45 | 1227 Carouge GE<br>T +41 22 518 40 27</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rochat Sébastien:mailto:sebastien.rochat@arvepharma.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Inès Bouvier:mailto:ines.bouvier@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Gygax Nathalie:mailto:nathalie.gygax@arvepharma.ch
        SUMMARY;LANGUAGE=fr-CH:Annulé : Entretien – Biostatisticien(ne) senior / Mme Bouvier
        DTSTART;TZID=W. Europe Standard Time:20261209T100000
        DTEND;TZID=W. Europe Standard Time:20261209T110000
        UID:040000008200E00074C5B7101A82E00800000000D2A1C4E8B962DC01000000000000000010000000A7F3C9E1D25B4F4C8E3B
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T165200Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-CH:Carouge – salle Salève (3e)
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Annulé : Entretien – Biostatisticien(ne) senior / Mme Bouvier"
    return message(
        head(addr("Rochat Sébastien", "sebastien.rochat@arvepharma.ch"), subject, when, "Europe/Zurich",
             "<GV0P278MB0418C3E7A9B14F62D8E0A51B7C9D@GV0P278MB0418.CHEP278.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-zr0che01on2098.outbound.protection.outlook.com", "40.107.24.98", when,
                     "Europe/Zurich"),
             extra=(("Thread-Topic", enc(subject)), ("Importance", "high"), ("X-Priority", "1"),
                    ("Content-Language", "fr-CH"))),
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-15 16:45", PARIS), local="Tue 2026-12-15 16:45", zone=PARIS,
      contact="e.vasseur@clinivance.fr", company="Clinivance",
      note="Phone-written reply: 'on décale à mardi 16 h 45 au lieu de lundi 14h', Date Thu 10 Dec -> "
           "Tue 15 Dec 16:45 CET -> 15:45Z (the quoted confirmation says lundi 14 décembre 14h, the "
           "old slot); '1h environ' is approximate -> end null; contact = human sender")
def p19() -> bytes:
    when = "2026-12-10 19:32"
    body = t("""
        Bonsoir Inès,

        Comme convenu au tel tout à l'heure on décale à mardi 16 h 45 au lieu de lundi 14h, même
        adresse. Vous verrez Antoine et moi, on en a pour 1h environ.
        Merci encore pour votre souplesse et désolée pour le changement de derniere minute

        Bonne soirée
        Élodie

        Envoyé de mon iPhone

        > Le 7 déc. 2026 à 10:14, Élodie Vasseur <e.vasseur@clinivance.fr> a écrit :
        >
        > Bonjour Inès,
        >
        > Je vous confirme notre entretien le lundi 14 décembre à 14h dans nos bureaux du 10e
        > (18 rue des Petites Écuries, 3e étage, sonnez chez Clinivance).
        >
        > Bien cordialement,
        > Élodie Vasseur
        > Responsable recrutement – Clinivance
        """)
    return message(
        head(addr("Élodie Vasseur", "e.vasseur@clinivance.fr"), "Re: Entretien lundi – Clinivance", when,
             PARIS, "<9D1E4B27-6C3A-4F58-A0E2-7B5D13C8F940@clinivance.fr>",
             rcv=rcv("smtp-out.clinivance.fr", "91.134.22.17", when, PARIS),
             extra=(("In-Reply-To", "<5A0C2E91-3B7D-4E66-9F14-2D8A6B0C7E35@clinivance.fr>"),
                    ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="quoted-printable"))


@mail(n(20), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-07 09:00", PARIS), end=utc("2026-12-07 10:30", PARIS),
      local="Mon 2026-12-07 09:00", local_end="2026-12-07 10:30", zone=PARIS,
      contact="paul.mazet@statelia.fr", company="Statelia",
      note="Candidate forwards to herself (example.net -> example.org) a recruiter's confirmation: "
           "'lun. 7 déc. à 9h' Paris, 'durera une heure trente' = exact length -> 08:00-09:30Z; the "
           "sender is the candidate, contact = recruiter in the forwarded header")
def p20() -> bytes:
    when = "2026-12-02 08:05"
    body = t("""
        à mettre dans l'agenda + relire le protocole STEP-2 avant !! billet TGV 6h07

        ---------- Message transféré ---------
        De : Paul Mazet <paul.mazet@statelia.fr>
        Date : mar. 1 déc. 2026 à 18:40
        Objet : Confirmation entretien – Statelia
        À : Inès Bouvier <ines.bouvier@example.net>


        Bonjour Madame Bouvier,

        Je vous confirme notre entretien le lun. 7 déc. à 9h, dans nos locaux : 42 rue de la
        Roquette, 75011 Paris (code 4512B, 2e étage gauche).

        Vous rencontrerez Mme Kessler, directrice de la biométrie, et moi-même ; l'entretien
        durera une heure trente, dont une demi-heure d'étude de cas sur un essai de phase II.

        Nos frais de déplacement sont pris en charge sur présentation des justificatifs.

        Bien à vous,

        Paul Mazet
        Chargé de recrutement – Statelia
        01 43 57 22 08
        """)
    return message(
        head(addr("Inès Bouvier", "ines.bouvier@example.net"), "Fwd: Confirmation entretien – Statelia",
             when, PARIS, "<CAH2m0bW4t+Fw9sQ7Zr1Lk8pYd3xN5eC@mail.gmail.com>",
             rcv=rcv("mail-ej1-f47.google.com", "209.85.218.47", when, PARIS)),
        alt(text(body), html(gmail_html(body))))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 16:30", PARIS), end=utc("2026-12-10 17:15", PARIS),
      local="Thu 2026-12-10 16:30", local_end="2026-12-10 17:15", zone=PARIS,
      contact="sophie.marchal@ligneclaire-data.com", company="Ligne Claire Data",
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL): cancelled slot Thu 10 Dec "
           "4:30-5:15pm Central European Time -> 15:30-16:15Z; the note only announces a fresh invite "
           "for Friday 10:00 that has not been sent -> cancelled, start = cancelled slot; contact = "
           "organizer")
def p21() -> bytes:
    when = "2026-12-07 13:40"
    body = t("""
        This event has been canceled with a note:
        "Sorry Inès, a board meeting landed right on top of this. I'll send you a fresh invite for
        Friday 11 Dec at 10:00 instead, same Meet link."

        Interview – Senior Biostatistician (Inès Bouvier)
        Thursday Dec 10, 2026 ⋅ 4:30pm – 5:15pm
        Central European Time - Paris

        Organizer
        Sophie Marchal
        sophie.marchal@ligneclaire-data.com

        Guests
        Sophie Marchal - organizer
        Inès Bouvier
        Gaël Tanguy

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        Forwarding this invitation could allow any recipient to send a response to the organizer.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261210T153000Z
        DTEND:20261210T161500Z
        DTSTAMP:20261207T124000Z
        ORGANIZER;CN=Sophie Marchal:mailto:sophie.marchal@ligneclaire-data.com
        UID:7h2k4m9p0q1r3s5t8v6w2x0y1z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ines.bouvier@example.org;X-NUM-GUESTS=0:mailto:ines.bouvier@example.org
        CREATED:20261202T091100Z
        DESCRIPTION:Sorry Inès\\, a board meeting landed right on top of this. I'll send you a fresh invite for Friday 11 Dec at 10:00 instead\\, same Meet link.
        LAST-MODIFIED:20261207T124000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview – Senior Biostatistician (Inès Bouvier)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Canceled event with note: Interview – Senior Biostatistician (Inès Bouvier) "
               "@ Thu Dec 10, 2026 4:30pm - 5:15pm (CET) (ines.bouvier@example.org)")
    return message(
        head(addr("Sophie Marchal", "sophie.marchal@ligneclaire-data.com"), subject, when, PARIS,
             "<calendar-a3f19c2e-77d0-4b5a-8e61-2c9d0f4b7a18@google.com>",
             rcv=rcv("mail-sor-f73.google.com", "209.85.220.73", when, PARIS),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="personio", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-14 15:00", PARIS), end=utc("2026-10-14 15:45", PARIS),
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:45", zone=PARIS,
      contact="thomas.lenoir@parcelle.co", company="Parcelle",
      note="Personio reschedule: new 'mercredi 14 octobre 2026, 15:00 – 15:45 (Europe/Paris)', CEST "
           "-> 13:00-13:45Z; old 'mardi 13 octobre 2026 à 11:00' also stated; contact = Reply-To "
           "hiring manager")
def p22() -> bytes:
    when = "2026-10-09 11:37"
    body = t("""
        Bonjour Inès,

        Nous avons dû déplacer votre entretien pour le poste de Data Scientist – Biostatistique
        (remote, France). Voici le nouvel horaire :

        Nouvelle date : mercredi 14 octobre 2026
        Heure : 15:00 – 15:45 (Europe/Paris)
        Format : visioconférence (Google Meet) – https://meet.google.com/pcl-rtzq-mfa
        Avec : Thomas Lenoir, Head of Data

        Initialement prévu : mardi 13 octobre 2026 à 11:00.

        Si ce nouveau créneau ne vous convient pas, répondez simplement à cet e-mail.

        Bien à vous,
        L'équipe Parcelle
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2937">
        <p>Bonjour Inès,</p>
        <p>Nous avons dû déplacer votre entretien pour le poste de <b>Data Scientist – Biostatistique (remote, France)</b>.
        Voici le nouvel horaire :</p>
        <p><b>Nouvelle date :</b> mercredi 14 octobre 2026<br><b>Heure :</b> 15:00 – 15:45 (Europe/Paris)<br>
        <b>Format :</b> visioconférence (<a href="https://meet.google.com/pcl-rtzq-mfa">Google Meet</a>)<br>
        <b>Avec :</b> Thomas Lenoir, Head of Data</p>
        <p style="color:#6b7280"><s>Initialement prévu : mardi 13 octobre 2026 à 11:00.</s></p>
        <p>Si ce nouveau créneau ne vous convient pas, répondez simplement à cet e-mail.</p>
        <p>Bien à vous,<br>L'équipe Parcelle</p>
        <p style="font-size:11px;color:#9ca3af">Envoyé avec Personio</p>
        </body></html>
        """)
    return message(
        head(addr("Parcelle – Recrutement", "no-reply@personio.de"),
             "Nouvel horaire pour votre entretien – Data Scientist Biostatistique", when, PARIS,
             "<20261009093701.5f8e2c1a.candidate@mail.personio.de>",
             rcv=rcv("mail.personio.de", "3.123.47.201", when, PARIS),
             extra=(("Reply-To", addr("Thomas Lenoir", "thomas.lenoir@parcelle.co")),)),
        alt(text(body), html(page)))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 14:00", "Europe/Lisbon"), end=utc("2026-10-22 14:45", "Europe/Lisbon"),
      local="Thu 2026-10-22 14:00", local_end="2026-10-22 14:45", zone="Europe/Lisbon",
      contact="marta.saraiva@basaltclinical.pt", company="Basalt Clinical",
      note="Short 'Perfect, that works' reply; the time is only in the quoted thread: Thursday 22 "
           "October at 2pm Lisbon time (WEST, UTC+1) for a 45-minute call -> 13:00-13:45Z (3pm for "
           "the candidate); candidate accepted, recruiter closes it -> scheduled; contact = sender")
def p23() -> bytes:
    when = "2026-10-19 10:12"
    body = t("""
        Perfect, that works for us. See you on Thursday! Rui is looking forward to it, the Teams
        link in my first email stays valid.

        Marta

        Marta Saraiva | Talent Partner
        Basalt Clinical · Lisboa

        On Sun, 18 Oct 2026 at 21:40, Inès Bouvier <ines.bouvier@example.org> wrote:
        > Hi Marta,
        >
        > Thursday at 2pm Lisbon time works well for me (3pm on my side).
        >
        > Best regards,
        > Inès
        >
        > On Fri, 16 Oct 2026 at 17:05, Marta Saraiva <marta.saraiva@basaltclinical.pt> wrote:
        >> Hi Inès,
        >>
        >> Thanks again for your application. Could you do a 45-minute video call with our Head
        >> of Biostatistics, Rui Lobo, on Thursday 22 October at 2pm Lisbon time, or Friday 23
        >> at 11am? Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BSLT
        >>
        >> Best,
        >> Marta
        """)
    return message(
        head(addr("Marta Saraiva", "marta.saraiva@basaltclinical.pt"),
             "Re: Biostatistician (remote, EU) - next step", when, "Europe/Lisbon",
             "<CAN5vL0q8Rt+Bsl2m7Kd9Xw3fJpH1aYe@mail.gmail.com>",
             rcv=rcv("mail-wm1-f46.google.com", "209.85.128.46", when, "Europe/Lisbon"),
             extra=(("In-Reply-To", "<CAP0ines18oct.9f2a@example.org>"),
                    ("References", "<CAM1marta16oct.7c1b@mail.gmail.com> <CAP0ines18oct.9f2a@example.org>"))),
        alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="fr", interview=False, company="Laboratoires Pelissier",
      note="Taleo application receipt (iso-8859-1 QP); 'convenir d'un entretien' is conditional, "
           "no time")
def n24() -> bytes:
    when = "2026-09-07 10:14"
    body = t("""
        Madame Bouvier,

        Nous accusons bonne réception de votre candidature au poste de Biostatisticien H/F
        (référence 2600412) et vous remercions de l'intérêt que vous portez aux Laboratoires
        Pelissier.

        Votre dossier va être étudié avec attention par notre équipe. Si votre profil correspond
        à nos besoins, un membre de l'équipe recrutement prendra contact avec vous afin de
        convenir d'un entretien.

        Sans réponse de notre part sous quatre semaines, vous pourrez considérer que nous ne
        sommes pas en mesure de donner une suite favorable à votre candidature.

        Vous pouvez suivre l'état de votre candidature dans votre espace personnel :
        https://pelissier.taleo.net/careersection/2/mysubmissions.ftl?lang=fr_FR

        Veuillez agréer, Madame, l'expression de nos salutations distinguées.

        La Direction des Ressources Humaines
        Laboratoires Pelissier

        Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    page = ("<html><body><font face=\"Arial\" size=\"2\">"
            + body.replace("\n\n", "<br><br>\n").replace("\n", " ") + "</font></body></html>\n")
    return message(
        head(addr("Laboratoires Pelissier", "pelissier@taleo.net"),
             "Accusé de réception de votre candidature - Biostatisticien H/F (réf. 2600412)", when, PARIS,
             "<1789028040127.JavaMail.taleo@tlmail03.taleo.net>",
             rcv=rcv("tlmail03.taleo.net", "160.34.12.45", when, PARIS), charset="iso-8859-1"),
        alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(25), family="rejection", lang="en", interview=False, company="Quanthera",
      note="Rejection after the 14 September interview (that interview is another mail of the set); "
           "no new time", days=(("Mon", "2026-09-14"),))
def n25() -> bytes:
    when = "2026-09-24 18:03"
    body = t("""
        Hi Inès,

        Thank you for taking the time to interview with us on Monday, September 14, for the Senior
        Biostatistician role. The team enjoyed the conversation, especially your work on
        interim analyses.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs in oncology.

        We'd be glad to keep your profile on file, and we encourage you to apply again in the
        future.

        All the best,
        Chloé Hartmann
        Talent Partner, Quanthera
        """)
    return message(
        head("Quanthera <no-reply@us.greenhouse-mail.io>", "Your application to Quanthera", when, PARIS,
             "<0100019a4d8e6c11-9b3f0e27-2a6d-4c8b-a1f5-7e0d3c9b6a24-000000@us.greenhouse-mail.io>",
             rcv=rcv("o12.us.greenhouse-mail.io", "167.89.101.12", when, PARIS),
             extra=(("Reply-To", addr("Chloé Hartmann", "chloe.hartmann@quanthera.io")),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(26), family="offer", lang="fr", interview=False, company="Garrigue Santé",
      note="Job offer after the interviews of 17 and 29 September; proposes a call 'lundi à 18h' "
           "that is not confirmed, answer wanted by 9 October",
      days=(("Thu", "2026-09-17"), ("Tue", "2026-09-29"), ("Fri", "2026-10-09")))
def n26() -> bytes:
    when = "2026-10-02 17:20"
    body = t("""
        Bonjour Inès,

        Suite à vos entretiens du jeudi 17 et du mardi 29 septembre, j'ai le grand plaisir de vous
        proposer le poste de Biostatisticienne confirmée chez Garrigue Santé, en CDI, basé à
        Montpellier (deux jours de télétravail par semaine).

        Vous trouverez en pièce jointe notre proposition détaillée (rémunération, date d'arrivée
        envisagée au 4 janvier, avantages). Je vous propose un appel lundi à 18h pour en parler et
        répondre à vos questions, dites-moi si ça vous va ou proposez-moi un autre moment.

        Nous aimerions avoir votre retour d'ici le vendredi 9 octobre.

        Toute l'équipe a hâte de travailler avec vous !

        Margaux Py
        Chargée de recrutement – Garrigue Santé
        """)
    pdf = ("JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5kb2Jq\n"
           "CnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(
        head(addr("Margaux Py", "margaux.py@garrigue-sante.fr"),
             "Proposition d'embauche – Biostatisticienne confirmée", when, PARIS,
             "<tt.5512907.offer.f04d2b@garrigue-sante.teamtailor-mail.com>",
             rcv=rcv("a27-14.smtp-out.eu-west-1.amazonses.com", "54.240.4.14", when, PARIS),
             extra=(("Sender", "notifications@garrigue-sante.teamtailor-mail.com"),)),
        mixed(text(body),
              raw_part([("Content-Type", 'application/pdf; name="Proposition_Garrigue_Sante.pdf"'),
                        ("Content-Disposition", 'attachment; filename="Proposition_Garrigue_Sante.pdf"'),
                        ("Content-Transfer-Encoding", "base64")], pdf)))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; 'entretiens dès la semaine prochaine' and 'entretien sous 48 h' are "
           "ad badges, nothing confirmed")
def n27() -> bytes:
    when = "2026-10-06 07:00"
    body = t("""
        12 nouvelles offres pour « biostatisticien » autour de Montpellier (50 km)

        Biostatisticien·ne H/F – CDI
        Cévennes Diagnostics · Nîmes (30)
        ⚡ Entretiens dès la semaine prochaine
        https://www.jobs-sante-sud.fr/o/88412

        Statisticien(ne) études cliniques – CDD 12 mois
        CHU (établissement partenaire) · Montpellier (34)
        Publiée il y a 2 jours
        https://www.jobs-sante-sud.fr/o/88377

        Data Scientist Santé – Biostatistique
        Calanque Analytics · Marseille (13)
        ⚡ Recrutement rapide : entretien sous 48 h
        https://www.jobs-sante-sud.fr/o/88350

        Chargé(e) d'études épidémiologiques
        Observatoire régional · Toulouse (31) – télétravail partiel
        https://www.jobs-sante-sud.fr/o/88301

        Voir les 8 autres offres : https://www.jobs-sante-sud.fr/alertes/ib-4471

        Vous recevez cet e-mail car vous avez créé une alerte sur Jobs Santé Sud.
        Se désabonner : https://www.jobs-sante-sud.fr/alertes/desinscription?u=ib-4471
        """)
    page = "<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"
    return message(
        head(addr("Jobs Santé Sud", "alertes@jobs-sante-sud.fr"),
             "12 nouvelles offres pour « biostatisticien » autour de Montpellier", when, PARIS,
             "<alert.ib-4471.20261006@jobs-sante-sud.fr>",
             rcv=rcv("mta2.jobs-sante-sud.fr", "51.91.33.120", when, PARIS),
             extra=(("List-Unsubscribe", "<https://www.jobs-sante-sud.fr/alertes/desinscription?u=ib-4471>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter about biostatistics interviews; the live Q&A time is a newsletter "
           "event, not an interview", days=(("Thu", "2026-10-15"),))
def n28() -> bytes:
    when = "2026-10-11 08:30"
    body = t("""
        THE SURVIVAL CURVE
        5 questions you'll get in a biostatistics interview (and how to answer them)

        Hi friends,

        This week I collected the questions readers were asked in their last round of interviews,
        from CROs in Lyon to biotechs in Boston:

        1. "Explain a hazard ratio to a clinician in two sentences."
        2. "Your Kaplan-Meier curves cross. Now what?"
        3. "How would you handle 30% missing data in the primary endpoint?"
        4. "Walk me through a sample size calculation for a non-inferiority trial."
        5. "Tell me about a time you pushed back on a PI."

        My suggested answers are below the fold for paid subscribers.

        Live Q&A: Thursday, October 15 at 6pm CEST. Reply to this email to save your seat.

        Keep your censoring non-informative,
        Hannah

        Unsubscribe https://survivalcurve.substack.com/action/disable_email
        """)
    return message(
        head("The Survival Curve <survivalcurve@substack.com>",
             "5 questions you'll get in a biostatistics interview (and how to answer them)", when, PARIS,
             "<20261011063000.3.9c2e1b4f7a0d@mg2.substack.com>",
             rcv=rcv("mg2.substack.com", "198.61.254.22", when, PARIS),
             extra=(("List-Id", "<survivalcurve.substack.com>"),
                    ("List-Unsubscribe", "<https://survivalcurve.substack.com/action/disable_email>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Sémaphore Santé",
      note="Workable self-scheduling request: slots offered 19-23 October, nothing booked yet",
      days=(("Mon", "2026-10-19"), ("Fri", "2026-10-23")))
def n29() -> bytes:
    when = "2026-10-14 10:48"
    body = t("""
        Bonjour Inès,

        Merci pour votre candidature au poste de Biostatisticien(ne) – Études observationnelles.
        Nous aimerions vous rencontrer lors d'un premier entretien vidéo de 30 minutes.

        Choisissez le créneau qui vous convient grâce au lien ci-dessous. Des créneaux sont
        disponibles du lundi 19 au vendredi 23 octobre, entre 9h et 17h.

        Choisir un créneau : https://apply.workable.com/semaphore-sante/schedule/7fQ2xK

        Le lien expire dans 5 jours.

        Bien cordialement,
        Léna Mariani
        Sémaphore Santé
        """)
    return message(
        head(addr("Sémaphore Santé", "noreply@candidates.workablemail.com"),
             "Sémaphore Santé – choisissez un créneau pour votre entretien", when, PARIS,
             "<6f2a9e1c.semaphore-sante.7fQ2xK@workablemail.com>",
             rcv=rcv("mail-a.workablemail.com", "192.174.82.11", when, PARIS),
             extra=(("Reply-To", "semaphore-sante+c7a1b2e9@candidates.workablemail.com"),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Harwood Life Sciences Talent",
      note="Agency outreach asking for a 'quick call this week', no time fixed")
def n30() -> bytes:
    when = "2026-10-20 11:02"
    body = t("""
        Hi Inès,

        I came across your profile and your poster on Bayesian dose-finding at last year's ISCB,
        really nice work.

        I'm partnering with a mid-size oncology biotech that is building a remote statistics team
        across France and Switzerland (Geneva office optional). Senior level, permanent, very
        competitive package.

        Would you have 15 minutes for a quick call later this week? Let me know what suits and
        I'll work around you.

        Best,
        Gemma Holt
        Principal Consultant, Biometrics
        Harwood Life Sciences Talent | London
        +44 20 7946 0321
        """)
    return message(
        head(addr("Gemma Holt", "gemma.holt@harwoodtalent.co.uk"), "Remote senior biostatistics role - quick call?",
             when, "Europe/London", "<HW1P123MB0456F8E2A1B9C7D3E5F6@HW1P123MB0456.GBRP123.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-lo2gbr01on2112.outbound.protection.outlook.com", "40.107.11.112", when,
                     "Europe/London")),
        text(body, cte="8bit"))


@mail(n(31), family="proposed_times", lang="fr", interview=False, company="Occitanie Data Lab",
      note="Hiring manager proposes 'jeudi 12 novembre à 14h' or 'vendredi 13 en matinée' and waits "
           "for an answer: not yet confirmed (the confirmed, then moved, invite is another mail)",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")))
def n31() -> bytes:
    when = "2026-11-03 18:10"
    body = t("""
        Bonjour Inès,

        Merci pour votre candidature, votre expérience sur les essais adaptatifs nous intéresse
        beaucoup. Je vous propose un entretien d'une heure avec ma collègue Camille Rouquette et
        moi-même, en visio.

        Est-ce que jeudi 12 novembre à 14h vous conviendrait ? Sinon vendredi 13 en matinée.
        Je vous envoie une invitation dès que vous m'avez confirmé.

        Bien cordialement,

        Julien Teissier
        Responsable data science – Occitanie Data Lab
        Cap Omega, rond-point Benjamin Franklin, Montpellier
        """)
    return message(
        head(addr("Julien Teissier", "julien.teissier@occitanie-datalab.fr"),
             "Entretien – poste de biostatisticien(ne) ODL", when, PARIS,
             "<CAKt7Jt2v9pQ+odl0Wm4Rf3xZs1eN8bH@mail.gmail.com>",
             rcv=rcv("mail-wr1-f42.google.com", "209.85.221.42", when, PARIS)),
        text(body, cte="8bit"))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      note="Unemployment-office summons to an 'entretien de suivi' with a counsellor, jeudi 1er octobre "
           "9h30, with an ICS: a fixed-time appointment, not a job interview",
      days=(("Thu", "2026-10-01"),))
def n32() -> bytes:
    when = "2026-09-25 14:02"
    body = t("""
        Madame BOUVIER Inès
        Identifiant : 4821937M

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi :

        Le jeudi 1er octobre 2026 à 09h30
        Agence Emploi Hérault – Montpellier Millénaire
        95 rue de la Vieille Poste, 34000 Montpellier
        Avec : M. Hervé Bonnafoux, votre conseiller

        Munissez-vous de votre CV à jour et de la liste de vos candidatures récentes.

        Ce rendez-vous est obligatoire. En cas d'empêchement, prévenez votre conseiller depuis
        votre espace personnel (rubrique « Mes échanges »).

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Agence Emploi Herault//Rendez-vous//FR
        METHOD:PUBLISH
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rdv-4821937M-20261001@agence-emploi-herault.fr
        DTSTAMP:20260925T120200Z
        DTSTART;TZID=Europe/Paris:20261001T093000
        DTEND;TZID=Europe/Paris:20261001T101500
        SUMMARY:Entretien de suivi - Agence Emploi Hérault
        LOCATION:95 rue de la Vieille Poste\\, 34000 Montpellier
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head(addr("Agence Emploi Hérault", "ne-pas-repondre@agence-emploi-herault.fr"),
             "Convocation : entretien de suivi avec votre conseiller", when, PARIS,
             "<conv.4821937M.20260925140200@agence-emploi-herault.fr>",
             rcv=rcv("smtp.agence-emploi-herault.fr", "185.24.186.10", when, PARIS)),
        mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                   filename="rendez-vous.ics", disposition="attachment")))


WORK = "ines.bouvier@meridia-cro.fr"
FWD = (("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"), ("Delivered-To", ME))


@mail(n(33), family="admission_interview", lang="fr", interview=False, company=None,
      note="Admission interview for a continuing-education master's degree (school, not a job), "
           "mardi 10 novembre 14h30: fixed time but not a job interview",
      days=(("Tue", "2026-11-10"),))
def n33() -> bytes:
    when = "2026-11-03 09:20"
    body = t("""
        Madame,

        Votre dossier de candidature au Master 2 « Data science en santé » (formation continue,
        promotion 2027) a été retenu pour la phase d'admission.

        Votre entretien d'admission avec la commission pédagogique aura lieu le mardi 10 novembre
        2026 à 14h30, par visioconférence (lien Zoom envoyé la veille). Durée : 20 minutes, dont
        5 minutes de présentation de votre projet professionnel.

        Les résultats d'admission seront communiqués le 27 novembre.

        Bien cordialement,

        Service des admissions
        École de Santé Publique de Provence
        """)
    return message(
        head(addr("Admissions ESPP", "admissions@espp-provence.fr"),
             "Master 2 Data science en santé – convocation à l'entretien d'admission", when, PARIS,
             "<adm.2027.m2dss.0419@espp-provence.fr>",
             rcv=rcv("smtp.espp-provence.fr", "194.57.120.8", when, PARIS)),
        alt(text(body), html(gmail_html(body))))


@mail(n(34), family="press_interview", lang="fr", interview=False, company=None,
      note="A journalist confirms an interview of Inès (press, 'vendredi 23 octobre à 11h'): fixed "
           "time, but she is the interviewee of a magazine, not a job candidate",
      days=(("Fri", "2026-10-23"),))
def n34() -> bytes:
    when = "2026-10-15 12:31"
    body = t("""
        Bonjour Inès,

        Merci d'avoir accepté ! Je vous confirme notre interview vendredi 23 octobre à 11h, par
        téléphone (je vous appelle au numéro que vous m'avez donné). Une vingtaine de minutes
        suffiront.

        Pour rappel, l'article est un portrait de trois statisticiennes de la région pour notre
        numéro de décembre ; j'aimerais surtout parler de votre poster sur la modélisation des
        épidémies de dengue présenté aux Journées de Montpellier.

        Belle journée,
        Camille Aubanel
        Journaliste – Midi Sciences
        """)
    return message(
        head(addr("Camille Aubanel", "c.aubanel@midi-sciences.fr"), "Interview Midi Sciences – vendredi 23",
             when, PARIS, "<f83a2c1e-5d7b-4b90-a6e1-msci2026@midi-sciences.fr>",
             rcv=rcv("mail.midi-sciences.fr", "62.210.16.41", when, PARIS)),
        text(body, cte="8bit"))


@mail(n(35), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Sports-club try-out ('séance d'essai mercredi 18h30'), tu: fixed time, not a job interview",
      days=(("Wed", "2026-09-16"),))
def n35() -> bytes:
    when = "2026-09-14 20:14"
    body = t("""
        Salut Inès,

        C'est calé pour ta séance d'essai mercredi 18h30 au stade Sabathé (terrain synthétique du
        fond). Ramène des crampons moulés et de l'eau, on fournit les disques.

        Si ça te plaît on te fera remplir la licence FFFD après la 2e séance. On a besoin de
        filles pour le mixte, donc on compte sur toi !

        A mercredi,
        Romain
        Coach – Les Pélicans Ultimate Montpellier
        """)
    return message(
        head(addr("Romain – Les Pélicans", "coach@pelicans-ultimate.fr"), "Séance d'essai mercredi", when,
             PARIS, "<CAE9pel1c4nS+r0m4in8kQ2Zt5vX@mail.gmail.com>",
             rcv=rcv("mail-ed1-f44.google.com", "209.85.208.44", when, PARIS)),
        text(body, cte="8bit"))


@mail(n(36), family="car_service", lang="fr", interview=False, company=None,
      note="Garage appointment confirmation (HTML only, windows-1252 QP), samedi 24 octobre 8h30: "
           "fixed time, not an interview", days=(("Sat", "2026-10-24"),))
def n36() -> bytes:
    when = "2026-10-21 16:30"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma;font-size:12px">
        <p><b>GARAGE DES ARCEAUX</b><br>12 boulevard des Arceaux – 34000 Montpellier – 04 67 92 15 33</p>
        <p>Madame BOUVIER,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <table border="1" cellspacing="0" cellpadding="4">
        <tr><td>Date</td><td>samedi 24 octobre 2026 à 8h30</td></tr>
        <tr><td>Véhicule</td><td>RENAULT CLIO IV – GH-412-TZ</td></tr>
        <tr><td>Prestations</td><td>Révision 60 000 km + contrôle pneumatiques</td></tr>
        <tr><td>Durée estimée</td><td>2 h (véhicule de courtoisie non disponible)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 5 minutes avant l'heure du rendez-vous avec votre carnet d'entretien.</p>
        <p>L'équipe du Garage des Arceaux</p>
        <p style="font-size:9px">Message envoyé par GaragePro Planning – ne pas répondre.</p>
        </body></html>
        """)
    return message(
        head("Garage des Arceaux <planning@garagepro-mail.fr>",
             "Confirmation de votre rendez-vous atelier du 24/10", when, PARIS,
             "<GP-RDV-20261021-163012-8841@garagepro-mail.fr>",
             rcv=rcv("smtp.garagepro-mail.fr", "37.187.12.90", when, PARIS)),
        html(page, charset="windows-1252"))


@mail(n(37), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank 'entretien conseil' with an adviser, mardi 24 novembre 12h30, ICS attached: fixed "
           "time, not a job interview", days=(("Tue", "2026-11-24"),))
def n37() -> bytes:
    when = "2026-11-16 10:05"
    body = t("""
        Bonjour Madame Bouvier,

        Nous vous confirmons votre rendez-vous :

        Entretien conseil – Projet immobilier
        Le mardi 24 novembre 2026 à 12h30
        Agence Montpellier Comédie – 3 place de la Comédie
        Avec Solène Cabrol, votre conseillère

        Pensez à apporter vos trois derniers bulletins de salaire et votre dernier avis
        d'imposition.

        Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client,
        rubrique « Mes rendez-vous ».

        Caisse Languedocienne – Banque & Assurances
        Ceci est un message automatique.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Caisse Languedocienne//RDV//FR
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:rdv-cl-88214537@caisse-languedocienne.fr
        DTSTAMP:20261116T090500Z
        DTSTART:20261124T113000Z
        DTEND:20261124T121500Z
        SUMMARY:Entretien conseil - Projet immobilier
        LOCATION:Agence Montpellier Comédie
        ORGANIZER;CN=Caisse Languedocienne:mailto:rdv@caisse-languedocienne.fr
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head(addr("Caisse Languedocienne", "rdv@caisse-languedocienne.fr"),
             "Confirmation de votre rendez-vous du 24/11/2026", when, PARIS,
             "<rdv.88214537.20261116@caisse-languedocienne.fr>",
             rcv=rcv("mailout2.caisse-languedocienne.fr", "193.104.17.62", when, PARIS)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, cte="base64", filename="rendez-vous.ics", disposition="attachment")))


@mail(n(38), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly booking of a paid mock job interview with a career coach (jeudi 19 novembre "
           "17:00): fixed time, but a coaching session, not a job interview",
      days=(("Thu", "2026-11-19"),))
def n38() -> bytes:
    when = "2026-11-13 12:48"
    body = t("""
        Bonjour Inès Bouvier,

        Votre événement Simulation d'entretien d'embauche (60 min) avec Claire Delmas à 17:00 le
        jeudi 19 novembre 2026 est programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Hôte :
        Claire Delmas – Delmas Coaching Carrière

        Date/Heure de l'événement :
        17:00 - 18:00, jeudi 19 novembre 2026 (Heure d'Europe centrale)

        Lieu :
        Google Meet

        Questions :
        Poste visé : biostatisticienne senior (CRO / pharma). Entretiens en cours à Lyon et Genève.

        Annuler : https://calendly.com/cancellations/91d0c2aa-3b7f
        Reprogrammer : https://calendly.com/reschedulings/91d0c2aa-3b7f

        Fourni par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261113T114800Z
        UID:91d0c2aa-3b7f-4e2d-8c10-calendly-dcc
        DTSTART:20261119T160000Z
        DTEND:20261119T170000Z
        SUMMARY:Simulation d'entretien d'embauche (60 min) – Claire Delmas
        ORGANIZER;CN=Claire Delmas:mailto:claire@delmas-coaching.fr
        ATTENDEE;CN=Inès Bouvier;PARTSTAT=ACCEPTED:mailto:ines.bouvier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Calendly <notifications@calendly.com>",
             "Confirmé : Simulation d'entretien d'embauche (60 min) avec Claire Delmas le jeudi 19 novembre 2026",
             when, PARIS, "<0100019c0a2e7d31-calendly-91d0c2aa-3b7f-000000@email.amazonses.com>",
             rcv=rcv("a48-115.smtp-out.amazonses.com", "54.240.48.115", when, PARIS),
             extra=(("Reply-To", addr("Claire Delmas", "claire@delmas-coaching.fr")),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(39), family="forwarded_other", lang="fr", interview=False, company=None,
      note="Cousin forwards her own interview confirmation (message/rfc822, addressed to her, "
           "Tuesday December 1 10:00 CET): a real interview, but not Inès's",
      days=(("Tue", "2026-12-01"),))
def n39() -> bytes:
    when = "2026-11-26 21:10"
    inner_when = "2026-11-26 15:42"
    inner_body = t("""
        Hi Léa,

        Your interview is confirmed. We're looking forward to speaking with you!

        Junior Energy Analyst
        Tuesday, December 1, 2026
        10:00 AM – 11:00 AM CET
        Rivesaltes Énergie, 7 avenue de Grande-Bretagne, Perpignan

        Questions? Just reply and it will reach Thibault Py.

        Thanks,
        Rivesaltes Énergie Recruiting
        """)
    inner = message(
        [("From", "Rivesaltes Energie <no-reply@ashbyhq.com>"),
         ("To", addr("Léa Bouvier", "lea.bouvier@example.com")),
         ("Reply-To", "Thibault Py <thibault.py@rivesaltes-energie.fr>"),
         ("Subject", "Interview confirmed: Junior Energy Analyst at Rivesaltes Energie"),
         ("Date", date(inner_when, PARIS)),
         ("Message-ID", "<0100019c1b5f3a02-riv-0077-000000@email.amazonses.com>")],
        text(inner_body))
    body = t("""
        Coucou cousine !!

        Regarde, j'ai décroché un entretien chez Rivesaltes Énergie mardi 🎉 Tu pourrais me faire
        répéter ce week-end ? Surtout la partie « parlez-moi d'un échec », je sèche complètement.

        Bisous, et bises à Jules
        Léa
        """)
    return message(
        head(addr("Léa Bouvier", "lea.bouvier@example.com"),
             "Fwd: Interview confirmed: Junior Energy Analyst at Rivesaltes Energie", when, PARIS,
             "<CAL3a0uv2Bv7+kQ9fR1cN6wYz4mP8dHs@mail.gmail.com>",
             rcv=rcv("mail-lf1-f50.google.com", "209.85.167.50", when, PARIS)),
        mixed(text(body), attached_message(inner, "Interview confirmed.eml")))


@mail(n(40), family="interviewer_invite", lang="fr", interview=False, company=None,
      note="Google Calendar invite at her current employer (auto-forwarded work mail): she is on the "
           "panel interviewing a candidate, jeu. 26 nov. 11:00 -> not her job interview",
      days=(("Thu", "2026-11-26"),))
def n40() -> bytes:
    when = "2026-11-23 09:12"
    body = t("""
        Nicolas Pagès vous a invité à l'événement suivant.

        Entretien candidat – Data manager (Hugo Lemaire)
        Quand : jeu. 26 nov. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)
        Où : Salle Garrigue (RDC)

        Description :
        Inès, tu peux prendre la partie technique (SAS / R, CDISC) ? Le CV est dans le drive
        RH > Recrutements 2026. Moi je fais la partie motivation.

        Invités
        Nicolas Pagès - organisateur
        Inès Bouvier
        Hugo Lemaire

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261126T110000
        DTEND;TZID=Europe/Paris:20261126T120000
        DTSTAMP:20261123T081200Z
        ORGANIZER;CN=Nicolas Pagès:mailto:nicolas.pages@meridia-cro.fr
        UID:1a2b3c4d5e6f7g8h9i0jmeridia@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Bouvier:mailto:ines.bouvier@meridia-cro.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lemaire@example.net:mailto:hugo.lemaire@example.net
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien candidat – Data manager (Hugo Lemaire)
        LOCATION:Salle Garrigue (RDC)
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation : Entretien candidat – Data manager (Hugo Lemaire) "
               "@ jeu. 26 nov. 2026 11:00 - 12:00 (CET) (ines.bouvier@meridia-cro.fr)")
    return message(
        head(addr("Nicolas Pagès", "nicolas.pages@meridia-cro.fr"), subject, when, PARIS,
             "<calendar-0b8e3f21-6a4c-4d19-b2e7-9f5a1c3d8e60@google.com>", to=addr("Inès Bouvier", WORK),
             rcv=rcv("mail-sor-f41.google.com", "209.85.220.41", when, PARIS),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"), *FWD)),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(41), family="team_event", lang="fr", interview=False, company=None,
      note="Outlook invite from her current manager for a team seminar (ven. 4 décembre, "
           "Romance Standard Time 09:00-17:00), auto-forwarded from the work address: not an interview",
      days=(("Fri", "2026-12-04"),))
def n41() -> bytes:
    when = "2026-11-24 14:27"
    body = t("""
        Bonjour à tous,

        Comme annoncé en réunion, notre séminaire d'équipe Biométrie aura lieu à Sète cette année
        (Villa Salins, covoiturage depuis le bureau à 8h15). Au programme : bilan 2026, roadmap
        des études 2027, atelier sur les estimands, puis dégustation d'huîtres à Bouzigues.

        Merci de confirmer votre présence avant vendredi.

        Sylvie

        Sylvie Combes
        Directrice Biométrie | Méridia CRO
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Combes Sylvie:mailto:s.combes@meridia-cro.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Biometrie-Montpellier:mailto:biometrie-mtp@meridia-cro.fr
        SUMMARY;LANGUAGE=fr-FR:Séminaire d'équipe Biométrie – Sète
        DTSTART;TZID=Romance Standard Time:20261204T090000
        DTEND;TZID=Romance Standard Time:20261204T170000
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000007A6B5C4D3E2F1A0B
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261124T132700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Villa Salins\\, Sète
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head(addr("Combes Sylvie", "s.combes@meridia-cro.fr"), "Séminaire d'équipe Biométrie – Sète",
             when, PARIS, "<PAXP193MB1802A6C4E1F7B3D95E20C8A1F4B7@PAXP193MB1802.EURP193.PROD.OUTLOOK.COM>",
             to=addr("Biometrie-Montpellier", "biometrie-mtp@meridia-cro.fr"),
             rcv=rcv("mail-paxp193.outbound.protection.outlook.com", "40.107.20.93", when, PARIS),
             extra=FWD),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(42), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Cracking the technical interview' (Wed 4 Nov, 12:00 PM "
           "Eastern Time) with ICS: a webinar about interviews, not an interview",
      days=(("Wed", "2026-11-04"),))
def n42() -> bytes:
    when = "2026-10-26 19:11"
    body = t("""
        Hi Inès,

        Thank you for registering for "Biostat Careers Live: Cracking the technical interview".

        Date & Time: Nov 4, 2026 12:00 PM Eastern Time (US and Canada)
        Speakers: Dr. Leah Morrow (hiring manager, oncology biotech), Kofi Mensah (career coach)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88215530912?tk=Xz1b2c3d4e5f
        Passcode: careers26

        Add to calendar: the attached .ics file

        You can cancel your registration at any time.

        Biostat Careers Network
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261026T181100Z
        DTSTART:20261104T170000Z
        DTEND:20261104T180000Z
        SUMMARY:Biostat Careers Live: Cracking the technical interview
        UID:ZOOM88215530912
        LOCATION:https://us06web.zoom.us/w/88215530912
        ORGANIZER;CN=Biostat Careers Network:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        head("Biostat Careers Network <no-reply@zoom.us>",
             "Biostat Careers Live: Cracking the technical interview Confirmation", when, PARIS,
             "<Wbn8kT3aQ_2mRz0c9yZ1Lw@zoom.us>",
             rcv=rcv("mail-ds2.zoom.us", "170.114.52.2", when, PARIS)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, method="PUBLISH", cte="7bit", filename="webinar.ics", disposition="attachment")))


@mail(n(43), family="auto_reply", lang="fr", interview=False, company="Cévennes Diagnostics",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the HR contact whose "
           "interview was cancelled in another mail; absence dates only",
      days=(("Mon", "2026-11-30"), ("Fri", "2026-12-04")))
def n43() -> bytes:
    when = "2026-11-30 09:03"
    body = t("""
        Bonjour,

        Je suis absente du lundi 30 novembre au vendredi 4 décembre inclus, sans accès à ma
        messagerie. Je traiterai votre message à mon retour.

        Pour toute demande urgente concernant un recrutement, merci d'écrire à
        rh@cevennes-diagnostics.fr.

        Cordialement,
        Aurélie Fabre
        """)
    return message(
        head(addr("Aurélie Fabre", "aurelie.fabre@cevennes-diagnostics.fr"),
             "Réponse automatique : Poste de biostatisticien(ne) – des nouvelles ?", when, PARIS,
             "<DB9P191MB1207E4A1C2B3D5F6A7B8C9D0E1F2@DB9P191MB1207.EURP191.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-db5eur03on2049.outbound.protection.outlook.com", "40.107.4.49", when, PARIS),
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<f1e2d3c4-ines-relance@example.org>"))),
        text(body))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      note="Postfix delivery-status bounce of Inès's own mail proposing 'mardi 8 décembre à 10h' "
           "(multipart/report with the original attached): nothing confirmed",
      days=(("Tue", "2026-12-08"),))
def n44() -> bytes:
    when = "2026-12-04 16:21"
    orig_when = "2026-12-04 16:20"
    original = message(
        [("From", INES), ("To", "m.roque@picsaintloup-analytics.fr"),
         ("Subject", enc("Candidature spontanée – biostatisticienne")), ("Date", date(orig_when, PARIS)),
         ("Message-ID", "<a7c2e9f0-ines-psl@example.org>")],
        text(t("""
            Bonjour Monsieur Roque,

            Suite à notre échange au meetup R de Montpellier, je vous adresse ma candidature. Je
            reste disponible pour un entretien, par exemple mardi 8 décembre à 10h si cela vous
            convient.

            Bien cordialement,
            Inès Bouvier
            """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.roque@picsaintloup-analytics.fr>: host mx.picsaintloup-analytics.fr[51.68.11.20]
            said: 550 5.1.1 <m.roque@picsaintloup-analytics.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QfT2m1Zx7z9tKp
        X-Postfix-Sender: rfc822; ines.bouvier@example.org
        Arrival-Date: Fri,  4 Dec 2026 16:20:58 +0100 (CET)

        Final-Recipient: rfc822; m.roque@picsaintloup-analytics.fr
        Original-Recipient: rfc822;m.roque@picsaintloup-analytics.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.picsaintloup-analytics.fr
        Diagnostic-Code: smtp; 550 5.1.1 <m.roque@picsaintloup-analytics.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    return message(
        head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
             when, PARIS, "<20261204152101.7B2C31A0F4@mx1.example.org>",
             extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report",
                  text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                  raw_part([("Content-Description", "Delivery report"),
                            ("Content-Type", "message/delivery-status")], status),
                  attached_message(original),
                  params="report-type=delivery-status"))


@mail(n(45), family="mailing_list", lang="fr", interview=False, company=None,
      note="Job ad relayed on a regional statistics mailing list; 'entretiens prévus le jeudi 10 "
           "décembre' is the employer's plan, nothing confirmed for Inès",
      days=(("Thu", "2026-12-10"),))
def n45() -> bytes:
    when = "2026-12-01 11:47"
    body = t("""
        Bonjour à toutes et à tous,

        L'Institut Gardois de Recherche Clinique recrute un·e biostatisticien·ne en CDI (temps
        plein, Nîmes, 1 jour de télétravail).

        Missions : plans d'analyse statistique, analyses d'essais de phase II/III, rédaction des
        rapports statistiques, appui méthodologique aux investigateurs.

        Profil : M2 ou doctorat en biostatistique, maîtrise de R et/ou SAS.

        Candidatures (CV + lettre) avant le 6 décembre à recrutement@igrc-nimes.fr. Les entretiens
        sont prévus le jeudi 10 décembre à Nîmes.

        Merci de faire circuler !
        Agnès Mourgues
        Responsable de l'unité de biostatistique, IGRC

        --
        Liste stat-emploi-sud : offres d'emploi en statistique (Occitanie, PACA)
        Se désinscrire : https://listes.stat-sud.org/sympa/signoff/stat-emploi-sud
        """)
    return message(
        head(addr("Agnès Mourgues", "agnes.mourgues@igrc-nimes.fr"),
             "[stat-emploi-sud] Offre CDI biostatisticien·ne – Nîmes – entretiens le 10 décembre",
             when, PARIS, "<7d4f0e1b-igrc-offre-2026@igrc-nimes.fr>",
             to="stat-emploi-sud@listes.stat-sud.org",
             rcv=rcv("listes.stat-sud.org", "193.51.24.77", when, PARIS),
             extra=(("Sender", "stat-emploi-sud-request@listes.stat-sud.org"),
                    ("List-Id", "<stat-emploi-sud.listes.stat-sud.org>"),
                    ("List-Unsubscribe", "<mailto:sympa@listes.stat-sud.org?subject=unsubscribe%20stat-emploi-sud>"),
                    ("List-Post", "<mailto:stat-emploi-sud@listes.stat-sud.org>"),
                    ("Precedence", "list"))),
        text(body, cte="8bit"))


@mail(n(46), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School parent-teacher meeting booked through the school portal, mardi 17 novembre 17h15: "
           "fixed time, not an interview", days=(("Tue", "2026-11-17"),))
def n46() -> bytes:
    when = "2026-11-12 18:20"
    body = t("""
        Rencontres parents-professeurs – 1er trimestre

        Madame BOUVIER,

        Votre rendez-vous est confirmé :

        Élève : BOUVIER Jules (5e B)
        Avec : Mme RIBES, professeure principale (mathématiques)
        Le mardi 17 novembre 2026 à 17h15 – salle 204
        Durée : 10 minutes

        Merci de respecter l'horaire afin de ne pas retarder les familles suivantes.

        La vie scolaire – Collège Les Garrigues, Montpellier
        Message envoyé depuis l'ENT, merci de ne pas répondre.
        """)
    return message(
        head(addr("ENT – Collège Les Garrigues", "ne-pas-repondre@ent.college-lesgarrigues.fr"),
             "Rencontres parents-professeurs : votre rendez-vous", when, PARIS,
             "<ent.rpp.5B.jules.20261112@ent.college-lesgarrigues.fr>",
             rcv=rcv("ent.college-lesgarrigues.fr", "193.49.160.14", when, PARIS)),
        alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(47), family="flat_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing, samedi 12 décembre à 10h (iso-8859-1 8bit): fixed "
           "time, not an interview", days=(("Sat", "2026-12-12"),))
def n47() -> bytes:
    when = "2026-12-08 11:40"
    body = t("""
        Bonjour Madame Bouvier,

        Je vous confirme la visite du T3 rue de l'Aiguillerie (3e étage sans ascenseur, 68 m²,
        1 150 EUR CC) samedi 12 décembre à 10h. Rendez-vous devant le n° 14, je serai là 5 min
        avant.

        Pensez à apporter votre dossier (pièce d'identité, 3 derniers bulletins de salaire ou
        promesse d'embauche, dernier avis d'imposition) si le bien vous plaît, il part vite.

        Cordialement,

        Yannick Ferrand
        Immobilière de l'Écusson
        06 22 41 87 30
        """)
    return message(
        head(addr("Yannick Ferrand", "y.ferrand@immo-ecusson.fr", "iso-8859-1"),
             "Visite T3 rue de l'Aiguillerie - samedi 10h", when, PARIS,
             "<000201dd6a2f$4b1c9e30$e155da90$@immo-ecusson.fr>",
             rcv=rcv("smtp.immo-ecusson.fr", "178.33.214.5", when, PARIS),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(48), family="reference_call", lang="fr-CH", interview=False, company="Lémanis Analytics SA",
      note="A Geneva employer confirms a reference call in which Inès is the referee for a former "
           "colleague (jeudi 8 octobre 14h00): fixed time, but not her interview",
      days=(("Thu", "2026-10-08"),))
def n48() -> bytes:
    when = "2026-10-05 08:50"
    body = t("""
        Madame Bouvier,

        Je vous remercie d'avoir accepté de nous donner une référence pour M. Thomas Bérard, qui
        a postulé chez nous pour un poste de statisticien senior et qui vous cite comme ancienne
        collègue chez Méridia.

        Je vous confirme notre appel de référence jeudi 8 octobre à 14h00 ; je vous appellerai sur
        votre portable. Une quinzaine de minutes devraient suffire.

        Avec mes remerciements anticipés et mes meilleures salutations,

        Marc-Antoine Pittet
        Responsable des ressources humaines
        Lémanis Analytics SA | Rue du Rhône 62 | 1204 Genève
        """)
    return message(
        head(addr("Marc-Antoine Pittet", "ma.pittet@lemanis-analytics.ch"),
             "Appel de référence – M. Thomas Bérard", when, "Europe/Zurich",
             "<ZR0P278MB0891B2C4D6E8F0A1B3C5D7E9F1A2@ZR0P278MB0891.CHEP278.PROD.OUTLOOK.COM>",
             rcv=rcv("mail-zr0che01on2115.outbound.protection.outlook.com", "40.107.24.115", when,
                     "Europe/Zurich")),
        alt(text(body), html(gmail_html(body))))


@mail(n(49), family="annual_review", lang="fr", interview=False, company=None,
      note="Her manager at the current employer books her 'entretien annuel' (annual review), lundi "
           "14/12 à 10h, auto-forwarded work mail: 'entretien' but not a job interview",
      days=(("Mon", "2026-12-14"),))
def n49() -> bytes:
    when = "2026-12-04 10:02"
    body = t("""
        Bonjour Inès,

        Comme convenu ce matin, ton entretien annuel est calé lundi 14/12 à 10h dans mon bureau
        (prévoir 1h30). Pense à remplir ton auto-évaluation dans l'outil RH avant vendredi
        prochain, et à lister tes souhaits de formation pour 2027.

        Bonne journée,
        Sylvie
        """)
    return message(
        head(addr("Combes Sylvie", "s.combes@meridia-cro.fr"), "Entretien annuel 2026 – lundi 14/12",
             when, PARIS, "<PAXP193MB1802D1E2F3A4B5C6D7E8F9A0B1C2@PAXP193MB1802.EURP193.PROD.OUTLOOK.COM>",
             to=addr("Bouvier Inès", WORK),
             rcv=rcv("mail-paxp193.outbound.protection.outlook.com", "40.107.20.93", when, PARIS),
             extra=FWD),
        alt(text(body), html(gmail_html(body))))


@mail(n(50), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms the recording of an episode with Inès as guest (Tuesday 10 "
           "November, 6pm CET): fixed time, not a job interview", days=(("Tue", "2026-11-10"),))
def n50() -> bytes:
    when = "2026-11-03 15:20"
    body = t("""
        Hi Inès,

        Brilliant, you're booked! We'll record your episode on Tuesday 10 November at 6pm CET
        (5pm UK) on Riverside: https://riverside.fm/studio/stats-and-coffee

        Rough plan: how you got into biostatistics, the dengue modelling poster, and your advice
        for people preparing for their first CRO interview. About an hour, lightly edited, out in
        January.

        Wired headphones if you have them, and a quiet room. That's all!

        Cheers,
        Ben Adler
        Host, Stats & Coffee
        """)
    return message(
        head(addr("Ben Adler", "ben@statsandcoffee.fm"), "Stats & Coffee - recording confirmed for Tuesday",
             when, "Europe/London", "<CAB7n2Lq0Wc+sNc4fE9pR3tYx6mK1aDu@mail.gmail.com>",
             rcv=rcv("mail-oa1-f45.google.com", "209.85.160.45", when, "Europe/London")),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))
