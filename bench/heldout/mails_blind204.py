"""blind204: 50 hand-written mails from the inbox of Maïlys Etcheverry, a surf-industry e-commerce
product analyst in Bayonne (Europe/Paris), September to mid-December 2026.

Written blind (no detector, tests or earlier held-out mails read). Keys 1-23 are positives, 24-50
negatives; the file number of the mail written key-th is ORDER[key - 1].
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

ORDER = random.Random(2040204).sample(range(1, 51), 50)
ME = "mailys.etcheverry@example.org"
ME_TO = addr("Maïlys Etcheverry", ME)
PARIS = "Europe/Paris"


def N(key: int) -> str:
    return f"blind204_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, mx_from: str,
         extra: tuple[tuple[str, str], ...] = (), to: str = ME_TO, charset: str = "utf-8",
         lag: int = 4) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", received(mx_from, when, zone, "mx.example.org with ESMTPS id " + msgid[:10], ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
        *extra,
    ]


def vcal(method: str | None, tz: str | None, events: str, prodid: str) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines.append(events.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:00", "Pacific/Auckland"), end=utc("2026-12-08 09:45", "Pacific/Auckland"),
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 09:45", zone="Pacific/Auckland",
      contact="aroha.ngata@swellboard.co.nz", company="Swellboard",
      note="Greenhouse confirmation from an Auckland company (remote team): Tue 8 Dec 09:00-09:45 NZDT "
           "(+13) = Mon 7 Dec 20:00-20:45 UTC, the previous day in UTC (the body also says Monday 21:00 "
           "Paris); ICS TZID Pacific/Auckland agrees; contact = human Reply-To recruiter")
def m1():
    body = t("""
        Hi Maïlys,

        Thanks for making time to speak with us. Your interview for Senior Product Analyst
        (E-commerce, Remote - EMEA) at Swellboard is confirmed.

        Interview: Analytics deep-dive with Tama Hohepa (Head of Growth)
        When: Tuesday, December 8, 2026, 9:00 AM - 9:45 AM NZDT (Auckland)
              That is Monday 7 December, 21:00 - 21:45 for you in Paris.
        Where: Google Meet - https://meet.google.com/qzv-hkbt-wde

        If you need to reschedule, just reply to this email and Aroha will sort it out.

        Kia ora,
        The Swellboard Recruiting Team

        Powered by Greenhouse
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Maïlys,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Senior Product Analyst
        (E-commerce, Remote - EMEA)</b> at Swellboard is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Analytics deep-dive with Tama Hohepa (Head of Growth)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, December 8, 2026, 9:00 AM - 9:45 AM NZDT (Auckland)<br>
        That is Monday 7 December, 21:00 - 21:45 for you in Paris.</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/qzv-hkbt-wde">Google Meet</a></td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email and Aroha will sort it out.</p>
        <p>Kia ora,<br>The Swellboard Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = vcal("REQUEST", "Pacific/Auckland", """
BEGIN:VEVENT
UID:gh-7d1c90e2-44b1-4a70-9b0e-swellboard-8841
DTSTAMP:20261202T031500Z
DTSTART;TZID=Pacific/Auckland:20261208T090000
DTEND;TZID=Pacific/Auckland:20261208T094500
SUMMARY:Interview: Maïlys Etcheverry / Swellboard - Analytics deep-dive
LOCATION:https://meet.google.com/qzv-hkbt-wde
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@swellboard.co.nz
ATTENDEE;CN=Maïlys Etcheverry;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mailys.etcheverry@example.org
ATTENDEE;CN=Tama Hohepa;ROLE=REQ-PARTICIPANT:mailto:tama.hohepa@swellboard.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Greenhouse Software//Interview Scheduler//EN")
    return message(head(
        "Swellboard Recruiting <no-reply@greenhouse.io>",
        "Interview Confirmation: Senior Product Analyst at Swellboard",
        "2026-12-02 16:15", "Pacific/Auckland", "0100018c5a7e9d2f-greenhouse-swb-4471@email.greenhouse.io",
        mx_from="from o12.email.greenhouse.io (o12.email.greenhouse.io [198.21.5.12])",
        extra=(("Reply-To", "Aroha Ngata <aroha.ngata@swellboard.co.nz>"),)),
        mixed(alt(text(body), html(htm)),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:45", PARIS), end=utc("2026-09-17 11:30", PARIS),
      local="Thu 2026-09-17 10:45", local_end="2026-09-17 11:30", zone=PARIS,
      contact="camille.lartigue@oceanide.fr", company="Océanide",
      note="Lever (French) 'jeudi 17 septembre, 10h45 - 11h30' in Bordeaux, CEST (+2) -> 08:45-09:30 UTC; "
           "contact = Reply-To recruiter")
def m2():
    body = t("""
        Bonjour Maïlys,

        Merci pour votre intérêt pour le poste de Product Analyst E-commerce chez Océanide !

        Votre entretien est confirmé :

        Jeudi 17 septembre, 10h45 - 11h30
        Lieu : Océanide, 14 quai des Chartrons, 33000 Bordeaux (3e étage, demandez Camille à l'accueil)
        Avec : Camille Lartigue (Talent Acquisition) et Hugo Sarrazin (Lead Data)

        Pour toute question, répondez simplement à ce message.

        À bientôt,
        L'équipe Océanide

        --
        Envoyé via Lever · Se désabonner des notifications de candidature
        """)
    htm = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
        <p>Bonjour Maïlys,</p>
        <p>Merci pour votre intérêt pour le poste de Product Analyst E-commerce chez Océanide&nbsp;!</p>
        <p>Votre entretien est confirmé&nbsp;:</p>
        <p style="font-size:16px"><strong>Jeudi 17 septembre, 10h45 - 11h30</strong></p>
        <p>Lieu&nbsp;: Océanide, 14 quai des Chartrons, 33000 Bordeaux (3e étage, demandez Camille à l'accueil)<br>
        Avec&nbsp;: Camille Lartigue (Talent Acquisition) et Hugo Sarrazin (Lead Data)</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À bientôt,<br>L'équipe Océanide</p>
        <hr><p style="font-size:11px;color:#999">Envoyé via Lever</p>
        </div>
        """)
    return message(head(
        addr("Océanide", "no-reply@hire.lever.co"),
        "Votre entretien avec Océanide est confirmé",
        "2026-09-11 14:32", PARIS, "ba91e2c0-3f55-4c1d-8e7a-lever-oceanide-5521@hire.lever.co",
        mx_from="from mail-a9.hire.lever.co (mail-a9.hire.lever.co [52.0.14.9])",
        extra=(("Reply-To", addr("Camille Lartigue", "camille.lartigue@oceanide.fr")),)),
        alt(text(body), html(htm)))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 11:00", "America/New_York"),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      contact="priya.raman@tidewell.com", company="Tidewell",
      note="Ashby, New York company: mail sent Thu 29 Oct in EDT, interview Tue 3 Nov 10:00-11:00 AM "
           "EST (US back to EST on 1 Nov) = 15:00-16:00 UTC (16:00 Paris, which is already CET); "
           "ICS TZID America/New_York agrees; contact = Reply-To recruiter")
def m3():
    body = t("""
        Hi Maïlys,

        You're all set! Here are the details for your upcoming interview with Tidewell.

        Role: Product Analyst, Marketplace (Remote, Europe)
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM EST (New York)
        Format: Case study review (60 min) on Zoom - link in the calendar invite

        Interviewers:
          Dana Whitfield - Director of Analytics
          Marco Bellini - Senior Data Scientist

        Heads-up: the US switches back to standard time on Sunday, so this is 4:00 PM in Paris.

        Questions? Just reply to this email and it'll reach Priya Raman.

        Thanks,
        Tidewell Recruiting
        """)
    ics = vcal("REQUEST", "America/New_York", """
BEGIN:VEVENT
UID:ashby-4f0e3a7c-1d92-4bd2-a3ce-tidewell
DTSTAMP:20261029T183011Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SUMMARY:Tidewell - Product Analyst, Marketplace - Case Study Interview
LOCATION:https://tidewell.zoom.us/j/84215590317
ORGANIZER;CN=Priya Raman:mailto:priya.raman@tidewell.com
ATTENDEE;CN=Maïlys Etcheverry;RSVP=TRUE:mailto:mailys.etcheverry@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Ashby//Ashby Scheduling//EN")
    return message(head(
        "Tidewell <no-reply@ashbyhq.com>",
        "Interview confirmed: Product Analyst, Marketplace at Tidewell",
        "2026-10-29 14:30", "America/New_York",
        "010001929f3c7a1e-5c2b8d44-ashby-tidewell-000000@email.amazonses.com",
        mx_from="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
        extra=(("Reply-To", "Priya Raman <priya.raman@tidewell.com>"),)),
        mixed(text(body, cte="base64"),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 15:00", PARIS), local="Wed 2026-09-23 15:00", zone=PARIS,
      contact="claire.dufresne@mareval-groupe.fr", company="Groupe Maréval",
      note="Workday, HTML only: 'mercredi 23 septembre 2026 à 15 h' in Paris, CEST -> 13:00 UTC; no "
           "duration; sender is the Workday tenant address, contact = recruiter address in the body")
def m4():
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f3f3">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b2a4a;color:#fff;padding:16px;font-size:18px">Groupe Maréval &mdash; Carrières</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Maïlys Etcheverry,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Analyste Produit E-commerce (H/F) &ndash; R-0048213</b>.</p>
        <p><b>Date :</b> mercredi 23 septembre 2026<br>
        <b>Heure :</b> 15 h<br>
        <b>Lieu :</b> Siège Groupe Maréval, 27 rue de la Chaussée-d'Antin, 75009 Paris &ndash; accueil, 2e étage<br>
        <b>Interlocuteurs :</b> Claire Dufresne (Chargée de recrutement), Olivier Garnier (Responsable Digital)</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au bâtiment.</p>
        <p>Votre contact : Claire Dufresne &ndash; <a href="mailto:claire.dufresne@mareval-groupe.fr">claire.dufresne@mareval-groupe.fr</a></p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/mareval/Careers">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Groupe Maréval</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(head(
        addr("Groupe Maréval", "mareval@myworkday.com"),
        "Confirmation de votre entretien - Analyste Produit E-commerce (H/F)",
        "2026-09-15 09:02", PARIS, "1839203844.51722.1789462920301@wd3-prod-mail",
        mx_from="from wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [216.148.40.12])"),
        html(htm, cte="quoted-printable"))


@mail(N(5), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-02 14:00", PARIS), end=utc("2026-10-02 15:00", PARIS),
      local="Fri 2026-10-02 14:00", local_end="2026-10-02 15:00", zone=PARIS,
      contact="ane.irigoyen@kostaldea.com", company="Kostaldea",
      note="Personio invitation in French: 'vendredi 2 octobre à 14h00 (durée : 1 heure)' in Biarritz, "
           "CEST -> 12:00-13:00 UTC; ICS TZID Europe/Paris agrees; contact = human ICS ORGANIZER / "
           "Reply-To")
def m5():
    body = t("""
        Bonjour Maïlys,

        Merci d'avoir accepté notre invitation. Voici la confirmation de votre entretien :

        Poste : Product & Data Analyst (CDI) – Biarritz
        Date : vendredi 2 octobre 2026
        Heure : 14h00 (durée : 1 heure)
        Lieu : Kostaldea, 8 avenue de la Milady, 64200 Biarritz
        Participants : Ane Irigoyen (RH), Baptiste Duhalde (CTO)

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        Bien à vous,
        Ane Irigoyen
        Kostaldea – Wetsuits & Surfwear

        Cet e-mail a été envoyé via Personio.
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
UID:personio-interview-3318720-kostaldea
DTSTAMP:20260928T081944Z
DTSTART;TZID=Europe/Paris:20261002T140000
DTEND;TZID=Europe/Paris:20261002T150000
SUMMARY:Entretien Product & Data Analyst - Maïlys Etcheverry
LOCATION:Kostaldea\\, 8 avenue de la Milady\\, 64200 Biarritz
ORGANIZER;CN=Ane Irigoyen:mailto:ane.irigoyen@kostaldea.com
ATTENDEE;CN=Maïlys Etcheverry;RSVP=TRUE:mailto:mailys.etcheverry@example.org
STATUS:CONFIRMED
END:VEVENT
""", "-//Personio GmbH//Recruiting//DE")
    return message(head(
        "Kostaldea <no-reply@personio.de>",
        "Confirmation de votre entretien chez Kostaldea",
        "2026-09-28 10:19", PARIS, "20260928081944.3318720.kostaldea@mail.personio.de",
        mx_from="from mail.personio.de (mail.personio.de [18.184.55.201])",
        extra=(("Reply-To", addr("Ane Irigoyen", "ane.irigoyen@kostaldea.com")),)),
        mixed(text(body, cte="8bit"),
              calendar(ics, method="REQUEST", filename="entretien.ics", disposition="attachment",
                       cte="quoted-printable")))


@mail(N(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 11:00", PARIS), end=utc("2026-10-12 11:45", PARIS),
      local="Mon 2026-10-12 11:00", local_end="2026-10-12 11:45", zone=PARIS,
      contact="lea.bordenave@pyrenea.fr", company="Pyrénéa",
      note="Teamtailor, tu form: 'lundi 12 octobre, 11h00 – 11h45' (Pau, video), CEST -> 09:00-09:45 UTC; "
           "contact = Reply-To recruiter")
def m6():
    body = t("""
        Salut Maïlys,

        C'est calé ! Ton entretien pour le poste de Data Analyst E-commerce chez Pyrénéa est confirmé.

        📅 lundi 12 octobre, 11h00 – 11h45
        📍 Visio Google Meet : https://meet.google.com/pyr-enea-ana
        👋 Avec Léa Bordenave (People) et Xabi Lamothe (Head of E-commerce)

        Un empêchement ? Réponds directement à ce mail.

        À lundi !
        Léa – Pyrénéa

        Envoyé avec Teamtailor
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <h2 style="color:#1f6f5c">C'est calé&nbsp;!</h2>
        <p>Salut Maïlys,</p>
        <p>Ton entretien pour le poste de <b>Data Analyst E-commerce</b> chez Pyrénéa est confirmé.</p>
        <p>📅 <b>lundi 12 octobre, 11h00 – 11h45</b><br>
        📍 Visio Google Meet&nbsp;: <a href="https://meet.google.com/pyr-enea-ana">meet.google.com/pyr-enea-ana</a><br>
        👋 Avec Léa Bordenave (People) et Xabi Lamothe (Head of E-commerce)</p>
        <p>Un empêchement&nbsp;? Réponds directement à ce mail.</p>
        <p>À lundi&nbsp;!<br>Léa – Pyrénéa</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    return message(head(
        addr("Pyrénéa", "no-reply@teamtailor-mail.com"),
        "Ton entretien avec Pyrénéa est confirmé 🎉",
        "2026-10-07 17:48", PARIS, "6504b1f3a2c1e_2f1a3b8c@teamtailor-mail.com",
        mx_from="from smtp.teamtailor-mail.com (smtp.teamtailor-mail.com [3.125.88.40])",
        extra=(("Reply-To", addr("Léa Bordenave", "lea.bordenave@pyrenea.fr")),)),
        alt(text(body), html(htm, cte="base64")))


@mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", "Europe/Lisbon"), end=utc("2026-10-21 14:45", "Europe/Lisbon"),
      local="Wed 2026-10-21 14:00", local_end="2026-10-21 14:45", zone="Europe/Lisbon",
      contact="ines.carvalho@maretastudio.pt", company="Mareta Studio",
      note="Workable, Lisbon company: 'Wednesday 21 October, 14:00 - 14:45 Lisbon time (WEST)' = "
           "13:00-13:45 UTC (15:00 in Bayonne); Reply-To is a Workable relay (+ address), so contact = "
           "the recruiter's own address in the body")
def m7():
    body = t("""
        Hi Maïlys,

        Thank you for choosing a time. Your video interview for the Product Analyst (Remote) position at
        Mareta Studio is booked:

        Wednesday 21 October 2026, 14:00 - 14:45 Lisbon time (WEST)
        Video call: https://whereby.com/mareta-interviews

        You'll meet Inês Carvalho (Talent Partner) and Rui Pinto (Product Lead).
        If anything comes up, write to me directly at ines.carvalho@maretastudio.pt.

        Best,
        Inês Carvalho
        Mareta Studio

        ---
        Sent via Workable. Please do not change the subject line when replying.
        """)
    htm = gmail_html(body)
    return message(head(
        "Mareta Studio <noreply@candidates.workablemail.com>",
        "Interview confirmed: Product Analyst (Remote) - Mareta Studio",
        "2026-10-15 11:20", "Europe/Lisbon", "wk.3a8f0c1b.42117.mareta@workablemail.com",
        mx_from="from mail.workablemail.com (mail.workablemail.com [34.252.12.77])",
        extra=(("Reply-To", "mareta-studio+2f8b1c0a9e@candidates.workablemail.com"),)),
        alt(text(body), html(htm)))


@mail(N(8), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 09:30", PARIS), end=utc("2026-11-17 10:15", PARIS),
      local="Tue 2026-11-17 09:30", local_end="2026-11-17 10:15", zone=PARIS,
      contact="jess.harlow@pacificcurrent.com", company="Pacific Current Outfitters",
      note="iCIMS, EMEA office in Hossegor: 'Tuesday, November 17, 2026 at 9:30 AM CET', 'will last "
           "45 minutes' (exact length) -> 08:30-09:15 UTC; sender is the iCIMS system address, contact "
           "= recruiter address in the body")
def m8():
    body = t("""
        Dear Maïlys,

        Thank you for your interest in Pacific Current Outfitters. We are pleased to confirm your
        interview for the position below.

        Requisition: 2026-7719 - E-commerce Product Analyst, EMEA
        Interview type: In person
        Date/Time: Tuesday, November 17, 2026 at 9:30 AM CET
        Location: Pacific Current EMEA, 112 avenue du Touring Club, 40150 Hossegor
        The interview will last 45 minutes.

        Please bring a copy of your ID. Should you have any questions, please contact Jess Harlow,
        Talent Acquisition Partner, at jess.harlow@pacificcurrent.com.

        Sincerely,
        Pacific Current Outfitters Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    htm = "<html><body><pre style=\"font-family:Arial,sans-serif\">" + body.replace("&", "&amp;") + "</pre></body></html>\n"
    return message(head(
        "Pacific Current Outfitters <pacificcurrent@talent.icims.com>",
        "Interview Confirmation - E-commerce Product Analyst, EMEA",
        "2026-11-11 16:05", PARIS, "1287731.20261111150500.icims.pacificcurrent@talent.icims.com",
        mx_from="from smtp2.icims.com (smtp2.icims.com [66.162.142.23])"),
        alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


@mail(N(9), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 10:30", PARIS), local="Thu 2026-11-19 10:30", zone=PARIS,
      contact="lea.marchand@sportaval.fr", company="Sportaval",
      note="Taleo in windows-1252 quoted-printable: 'Date : 19/11/2026  Heure : 10:30 (heure de Paris)' "
           "-> CET, 09:30 UTC; the attached ICS is an all-day event (VALUE=DATE 19 Nov), so the time is only "
           "in the text; no length; contact = recruiter address in the body (sender is noreply)")
def m9():
    body = t("""
        Madame Etcheverry,

        Suite à l'étude de votre candidature au poste de Chef de Projet Analytics E-commerce
        (réf. 2600437), nous avons le plaisir de vous convier à un entretien.

        Date : 19/11/2026
        Heure : 10:30 (heure de Paris)
        Lieu : Sportaval – Campus Digital, 5 rue Édouard-Vaillant, 92300 Levallois-Perret
        Interlocuteur : Léa Marchand, Responsable Recrutement Digital

        Nous vous remercions de bien vouloir vous présenter 10 minutes avant l'heure du rendez-vous.
        Pour toute question : lea.marchand@sportaval.fr

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Le service Recrutement Sportaval

        ******************************************************
        Ce courriel est généré automatiquement par notre système de gestion des candidatures.
        Merci de ne pas y répondre.
        """)
    return message(head(
        "Sportaval Recrutement <noreply@taleo.net>",
        "Sportaval - Convocation à un entretien - réf. 2600437",
        "2026-11-13 11:47", PARIS, "1512830779.88213.1794653220114.JavaMail.taleo@p2tal01",
        mx_from="from p2tal01.taleo.net (p2tal01.taleo.net [160.34.15.71])", charset="windows-1252"),
        mixed(text(body, charset="windows-1252"),
              calendar(vcal(None, None, """
BEGIN:VEVENT
UID:taleo-2600437-interview-88213
DTSTAMP:20261113T104700Z
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
SUMMARY:Entretien Sportaval - Chef de Projet Analytics E-commerce
LOCATION:Sportaval Campus Digital\\, Levallois-Perret
END:VEVENT
""", "-//Oracle//Taleo Recruiting//EN"), method=None, ctype="text/calendar", cte="7bit",
                       filename="entretien.ics", disposition="attachment")))


@mail(N(10), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-24 11:00", PARIS), end=utc("2026-11-24 12:30", PARIS),
      local="Tue 2026-11-24 11:00", local_end="2026-11-24 12:30", zone=PARIS,
      contact="siobhan.kearney@seafoamanalytics.ie", company="Seafoam Analytics",
      note="GoodTime panel for a Dublin company, times shown in the candidate's zone '(GMT+01:00) Central "
           "European Time - Paris': Tue 24 Nov 11:00-12:30 CET = 10:00-11:30 UTC; ICS in UTC agrees; "
           "contact = human Reply-To coordinator")
def m10():
    body = t("""
        Hi Maïlys,

        Your interview with Seafoam Analytics has been scheduled. Please find the details below.

        Senior Product Analyst - Onsite (virtual) panel
        Tuesday, November 24, 2026
        11:00 AM - 12:30 PM (GMT+01:00) Central European Time - Paris

          11:00 AM - 11:45 AM  SQL & metrics  -  Conor Byrne
          11:45 AM - 12:30 PM  Product sense  -  Aisling Moran

        Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SeaFoam

        Need to make a change? Reply to this message and Siobhán will help.

        Seafoam Analytics Recruiting Coordination
        Scheduled with GoodTime
        """)
    ics = vcal("REQUEST", None, """
BEGIN:VEVENT
UID:goodtime-9c31e7a0-seafoam-panel
DTSTAMP:20261119T142200Z
DTSTART:20261124T100000Z
DTEND:20261124T113000Z
SUMMARY:Seafoam Analytics - Senior Product Analyst - Virtual Panel
ORGANIZER;CN=Siobhan Kearney:mailto:siobhan.kearney@seafoamanalytics.ie
ATTENDEE;CN=Mailys Etcheverry;RSVP=TRUE:mailto:mailys.etcheverry@example.org
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//GoodTime.io//GoodTime Hire//EN")
    return message(head(
        "Seafoam Analytics <no-reply@goodtime.io>",
        "Interview Confirmation: Seafoam Analytics - Senior Product Analyst",
        "2026-11-19 14:22", "UTC", "20261119142200.b7f1.goodtime-notify@goodtime.io",
        mx_from="from mail.goodtime.io (mail.goodtime.io [54.149.201.33])",
        extra=(("Reply-To", addr("Siobhán Kearney", "siobhan.kearney@seafoamanalytics.ie")),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(11), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-08 09:30", PARIS), end=utc("2026-09-08 10:00", PARIS),
      local="Tue 2026-09-08 09:30", local_end="2026-09-08 10:00", zone=PARIS,
      contact="julen@hegoa-digital.fr", company="Hegoa Digital",
      note="Calendly invitee confirmation in French: '09:30 - 10:00, mardi 8 septembre 2026 (heure "
           "d'Europe centrale)' -> CEST, 07:30-08:00 UTC; contact = host as Reply-To")
def m11():
    body = t("""
        Bonjour Maïlys Etcheverry,

        Votre événement Entretien – Product Analyst avec Julen Etxeberria est programmé.

        Nom de l'événement :
        Entretien – Product Analyst (30 min)

        Date et heure :
        09:30 - 10:00, mardi 8 septembre 2026 (heure d'Europe centrale)

        Lieu :
        Hegoa Digital, 3 rue Thiers, 64100 Bayonne

        Invité(e) :
        Maïlys Etcheverry

        Besoin de modifier ?
        Annuler : https://calendly.com/cancellations/4c9e1f20-hegoa
        Reprogrammer : https://calendly.com/reschedulings/4c9e1f20-hegoa

        Propulsé par Calendly.com
        """)
    return message(head(
        "Calendly <notifications@calendly.com>",
        "Confirmé : Entretien – Product Analyst avec Julen Etxeberria le mardi 8 septembre 2026",
        "2026-09-02 18:11", PARIS, "0102018f3c91a2b4-hegoa-calendly-000000@email.calendly.com",
        mx_from="from mail.calendly.com (mail.calendly.com [167.89.38.17])",
        extra=(("Reply-To", addr("Julen Etxeberria", "julen@hegoa-digital.fr")),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(12), family="human_ics_only", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 17:00", PARIS), end=utc("2026-10-06 18:00", PARIS),
      local="Tue 2026-10-06 17:00", local_end="2026-10-06 18:00", zone=PARIS,
      contact="maite.hiriart@lurra-market.fr", company="Lurra Market",
      note="Founder's short note 'je vous envoie l'invitation pour notre entretien'; the time is only in "
           "the Apple Calendar ICS: DTSTART;TZID=Europe/Paris 2026-10-06 17:00-18:00 (CEST) -> 15:00-16:00 "
           "UTC; contact = human sender / ORGANIZER")
def m12():
    body = t("""
        Bonjour Maïlys,

        Merci pour l'échange téléphonique de tout à l'heure. Comme convenu, je vous envoie
        l'invitation pour notre entretien avec Peio (notre associé côté tech) — c'est au bureau,
        on pourra vous faire visiter l'entrepôt ensuite.

        À très vite,

        Maite Hiriart
        Co-fondatrice – Lurra Market
        06 71 22 48 90
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
UID:8D1E7A4C-22B3-4F0E-9C55-3A1B7E90D2F1
DTSTAMP:20261002T131245Z
CREATED:20261002T131200Z
DTSTART;TZID=Europe/Paris:20261006T170000
DTEND;TZID=Europe/Paris:20261006T180000
SUMMARY:Entretien Maïlys Etcheverry – Lurra Market
LOCATION:Lurra Market\\, 22 rue Maubec\\, 64100 Bayonne
ORGANIZER;CN=Maite Hiriart:mailto:maite.hiriart@lurra-market.fr
ATTENDEE;CN=Maïlys Etcheverry;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mailys.etcheverry@example.org
ATTENDEE;CN=Peio Sallaberry;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:peio@lurra-market.fr
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", "-//Apple Inc.//macOS 15.6//EN")
    return message(head(
        addr("Maite Hiriart", "maite.hiriart@lurra-market.fr"),
        "Entretien mardi",
        "2026-10-02 15:13", PARIS, "5E0B2C61-9A7D-4F3B-B6E2-0C1D9F8A7E44@lurra-market.fr",
        mx_from="from smtp.lurra-market.fr (smtp.lurra-market.fr [51.91.120.44])",
        extra=(("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),)),
        mixed(alt(text(body, cte="8bit"), html(gmail_html(body))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(13), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", PARIS), end=utc("2026-10-26 11:00", PARIS),
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      contact="thomas.lagarde@baines.surf", company="Baïnes",
      note="Google Calendar invitation (French) sent Thu 22 Oct in CEST for Mon 26 Oct 10:00-11:00, the "
           "day after Europe's switch back to CET -> 09:00-10:00 UTC (not 08:00); ICS TZID Europe/Paris "
           "agrees; contact = organizer")
def m13():
    body = t("""
        Thomas Lagarde vous a invité à un événement.

        Entretien Product Analyst – Maïlys Etcheverry / Baïnes
        Quand
        lundi 26 oct. 2026 10:00 – 11:00 (heure normale d’Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/bai-nesx-prd

        Lieu
        Baïnes, 4 rue du Helder, Biarritz

        Invités
        Thomas Lagarde - organisateur
        Maïlys Etcheverry
        Nora Dufau

        Afficher tous les détails de l'invitation
        Répondre pour mailys.etcheverry@example.org : Oui  Non  Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261026T100000
DTEND;TZID=Europe/Paris:20261026T110000
DTSTAMP:20261022T084107Z
ORGANIZER;CN=Thomas Lagarde:mailto:thomas.lagarde@baines.surf
UID:5k2m8qv1r0t9h3l6b7c4d1e0f2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maïlys Etcheverry;X-NUM-GUESTS=0:mailto:mailys.etcheverry@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nora Dufau;X-NUM-GUESTS=0:mailto:nora.dufau@baines.surf
DESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/bai-nesx-prd
LOCATION:Baïnes\\, 4 rue du Helder\\, Biarritz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Product Analyst – Maïlys Etcheverry / Baïnes
TRANSP:OPAQUE
END:VEVENT
""", "-//Google Inc//Google Calendar 70.9054//EN")
    return message(head(
        addr("Thomas Lagarde", "thomas.lagarde@baines.surf"),
        "Invitation: Entretien Product Analyst – Maïlys Etcheverry / Baïnes @ lun. 26 oct. 2026 10:00 - 11:00 "
        "(heure normale d’Europe centrale) (mailys.etcheverry@example.org)",
        "2026-10-22 10:41", PARIS, "calendar-8a2f1c0e-77d3-4b51-a9e1-baines@google.com",
        mx_from="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Reply-To", addr("Thomas Lagarde", "thomas.lagarde@baines.surf")),
               ("Sender", "Google Agenda <calendar-notification@google.com>"))),
        mixed(alt(text(body), html(gmail_html(body)),
                  calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(N(14), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:45", PARIS), local="Thu 2026-11-12 10:45", zone=PARIS,
      contact="antton@olasclub.fr", company="Olas Club",
      note="Phone-written tu reply 'Va pour jeudi 10h45' sent Mon 9 Nov -> Thu 12 Nov 10:45 CET = 09:45 "
           "UTC; her quoted proposal offered jeudi 10h45 or vendredi 15 h; no length; contact = sender")
def m14():
    body = t("""
        Top, va pour jeudi 10h45 à l'atelier ! Je préviens Manon, elle sera là aussi pour la partie data.
        Tu te gares sur le parking de la Négresse c'est plus simple

        A jeudi
        Antton

        Envoyé de mon iPhone

        > Le 9 nov. 2026 à 08:52, Maïlys Etcheverry <mailys.etcheverry@example.org> a écrit :
        >
        > Bonjour Antton,
        >
        > Merci pour ton message ! Je suis dispo jeudi 10h45 ou vendredi 15 h, comme tu préfères.
        >
        > Belle journée,
        > Maïlys
        """)
    return message(head(
        addr("Antton Iribarne", "antton@olasclub.fr"),
        "Re: Entretien Olas Club",
        "2026-11-09 12:37", PARIS, "A3F0C2B7-5D1E-4E9A-8C3B-2F6D0E1A9B7C@olasclub.fr",
        mx_from="from smtp-out.ionos.fr (smtp-out.ionos.fr [212.227.126.133])",
        extra=(("In-Reply-To", "<CAMx7eT9b0dRk2@mail.example.org>"),
               ("References", "<CAMx7eT9b0dRk2@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"))


@mail(N(15), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 14:00", PARIS), end=utc("2026-12-01 15:30", PARIS),
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:30", zone=PARIS,
      contact="sandrine.pujol@ekaitz-sports.fr", company="Ekaitz Sports",
      note="Forward to self (message/rfc822 attached) of the recruiter's 'mardi 1er décembre en début "
           "d'après-midi, 14h ... (durée : 1h30)' -> CET, 13:00-14:30 UTC; contact = recruiter in the "
           "forwarded header (the outer sender is the candidate)")
def m15():
    inner_body = t("""
        Bonjour Maïlys,

        Suite à notre échange de ce matin, je vous confirme votre entretien avec Marc Cazaux, notre
        Head of Data, mardi 1er décembre en début d'après-midi, 14h, dans nos locaux de Bordeaux
        (12 rue Lucien-Faure, bassins à flot). Durée : 1h30, dont 30 minutes d'étude de cas.

        N'hésitez pas à m'appeler au 05 56 44 19 02 si besoin.

        Bien cordialement,

        Sandrine Pujol
        Chargée de recrutement - Ekaitz Sports
        """)
    inner = message([
        ("From", addr("Sandrine Pujol", "sandrine.pujol@ekaitz-sports.fr")),
        ("To", addr("Maïlys Etcheverry", "mailys.etcheverry@example.net")),
        ("Subject", enc("Confirmation entretien – Product Analyst")),
        ("Date", date("2026-11-26 11:04", PARIS)),
        ("Message-ID", "<DB9PR02MB7341.ekaitz.0412@DB9PR02MB7341.eurprd02.prod.outlook.com>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        pour l'agenda perso

        """)
    return message(head(
        addr("Maïlys Etcheverry", "mailys.etcheverry@example.net"),
        "Fwd: Confirmation entretien – Product Analyst",
        "2026-11-26 12:20", PARIS, "e5c1d9a2-7b3f-4c8e-a0d4-fwd-self@example.net",
        mx_from="from smtp.example.net (smtp.example.net [192.0.2.55])"),
        mixed(text(outer), attached_message(inner, "Confirmation entretien.eml")))


@mail(N(16), family="human_prose_es", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-15 10:30", "Europe/Madrid"), local="Thu 2026-10-15 10:30", zone="Europe/Madrid",
      contact="nerea.agirre@olatusurf.eus", company="Olatu Surf Gear",
      note="Spanish prose from a San Sebastián employer: 'el jueves 15 a las 10:30' (Date Fri 9 Oct) -> "
           "Thu 15 Oct 10:30 CEST = 08:30 UTC; 'más o menos una hora' is approximate so no end; contact = "
           "sender")
def m16():
    body = t("""
        Hola Maïlys:

        ¡Gracias por tu candidatura! Te confirmo la entrevista para el puesto de Analista de Producto
        (e-commerce) el jueves 15 a las 10:30 en nuestra oficina de Gros, calle Zabaleta 31, Donostia.
        Estaremos Iker Arana (director de e-commerce) y yo. Calcula más o menos una hora.

        Si vienes en coche desde Baiona, el parking de Kursaal es lo más cómodo.

        Un saludo,

        Nerea Agirre
        Recursos Humanos · Olatu Surf Gear S.L.
        +34 943 21 87 60
        """)
    return message(head(
        addr("Nerea Agirre", "nerea.agirre@olatusurf.eus"),
        "Entrevista Analista de Producto - Olatu",
        "2026-10-09 13:05", "Europe/Madrid", "PAXPR10MB5521.olatu.7712@PAXPR10MB5521.eurprd10.prod.outlook.com",
        mx_from="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
        charset="iso-8859-1"),
        alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(17), family="human_prose_es", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-16 12:00", "Europe/Madrid"), local="Fri 2026-10-16 12:00", zone="Europe/Madrid",
      contact="nerea.agirre@olatusurf.eus", company="Olatu Surf Gear",
      note="Spanish reschedule in the same thread as the Olatu confirmation: moved from 'el jueves 15 a "
           "las 10:30' to 'el viernes 16 a las 12:00' (stated as done, 'misma dirección'); CEST -> 10:00 "
           "UTC; contact = sender")
def m17():
    body = t("""
        Hola Maïlys:

        Perdona el cambio de última hora: a Iker le ha surgido un viaje a Hendaia y no puede estar el
        jueves 15 a las 10:30. Hemos pasado la entrevista al viernes 16 a las 12:00, misma dirección
        (Zabaleta 31, Gros). Ya está bloqueado en nuestras agendas; si te viene fatal dímelo y lo
        miramos, pero espero que no.

        Mil disculpas y gracias por la flexibilidad.

        Nerea

        El vie, 9 oct 2026 a las 13:05, Nerea Agirre (<nerea.agirre@olatusurf.eus>) escribió:
        > Hola Maïlys:
        > ¡Gracias por tu candidatura! Te confirmo la entrevista para el puesto de Analista de Producto
        > (e-commerce) el jueves 15 a las 10:30 en nuestra oficina de Gros, calle Zabaleta 31, Donostia.
        """)
    return message(head(
        addr("Nerea Agirre", "nerea.agirre@olatusurf.eus"),
        "RE: Entrevista Analista de Producto - Olatu (cambio de fecha)",
        "2026-10-13 09:48", "Europe/Madrid", "PAXPR10MB5521.olatu.7790@PAXPR10MB5521.eurprd10.prod.outlook.com",
        mx_from="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
        extra=(("In-Reply-To", "<PAXPR10MB5521.olatu.7712@PAXPR10MB5521.eurprd10.prod.outlook.com>"),
               ("Thread-Topic", "Entrevista Analista de Producto - Olatu"))),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(18), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-13 09:30", PARIS), end=utc("2026-11-13 10:15", PARIS),
      local="Fri 2026-11-13 09:30", local_end="2026-11-13 10:15", zone=PARIS,
      contact="gaelle.etchegaray@atlantika-rides.com", company="Atlantika Rides",
      note="Recruitee reschedule: old 'mardi 10 novembre à 16h00', new 'vendredi 13 novembre, 09h30 - "
           "10h15' (CET) -> 08:30-09:15 UTC; ICS SEQUENCE 1 agrees; contact = Reply-To recruiter")
def m18():
    body = t("""
        Bonjour Maïlys,

        Votre entretien pour le poste « Data & Product Analyst » chez Atlantika Rides a été reprogrammé.

        Ancien créneau : mardi 10 novembre à 16h00
        Nouveau créneau : vendredi 13 novembre, 09h30 - 10h15

        Lieu : Atlantika Rides, 9 allée du Cadran, 64600 Anglet
        Avec : Gaëlle Etchegaray (Talent Manager)

        L'invitation mise à jour est jointe à ce message.

        Cordialement,
        Gaëlle Etchegaray
        Atlantika Rides

        --
        Envoyé avec Recruitee
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
UID:recruitee-event-771204@recruitee.com
DTSTAMP:20261106T101500Z
DTSTART;TZID=Europe/Paris:20261113T093000
DTEND;TZID=Europe/Paris:20261113T101500
SUMMARY:Entretien - Data & Product Analyst - Atlantika Rides
LOCATION:9 allée du Cadran\\, 64600 Anglet
ORGANIZER;CN=Gaëlle Etchegaray:mailto:gaelle.etchegaray@atlantika-rides.com
ATTENDEE;CN=Maïlys Etcheverry;RSVP=TRUE:mailto:mailys.etcheverry@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
""", "-//Recruitee//Recruitee Calendar//EN")
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Maïlys,</p>
        <p>Votre entretien pour le poste « Data &amp; Product Analyst » chez Atlantika Rides a été reprogrammé.</p>
        <p><s>Ancien créneau : mardi 10 novembre à 16h00</s><br>
        <b>Nouveau créneau : vendredi 13 novembre, 09h30 - 10h15</b></p>
        <p>Lieu : Atlantika Rides, 9 allée du Cadran, 64600 Anglet<br>Avec : Gaëlle Etchegaray (Talent Manager)</p>
        <p>L'invitation mise à jour est jointe à ce message.</p>
        <p>Cordialement,<br>Gaëlle Etchegaray<br>Atlantika Rides</p>
        <p style="color:#aaa;font-size:11px">Envoyé avec Recruitee</p>
        </body></html>
        """)
    return message(head(
        addr("Gaëlle Etchegaray (Atlantika Rides)", "notifications@recruitee.com"),
        "Entretien reprogrammé : Data & Product Analyst - Atlantika Rides",
        "2026-11-06 11:15", PARIS, "5f1c8e02a7b3-recruitee-atlantika-771204@mail.recruitee.com",
        mx_from="from mail.recruitee.com (mail.recruitee.com [35.157.61.92])",
        extra=(("Reply-To", addr("Gaëlle Etchegaray", "gaelle.etchegaray@atlantika-rides.com")),)),
        mixed(alt(text(body), html(htm)),
              calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(N(19), family="exchange_teams", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-02 09:00", "Europe/London"), end=utc("2026-12-02 10:00", "Europe/London"),
      local="Wed 2026-12-02 09:00", local_end="2026-12-02 10:00", zone="Europe/London",
      contact="olivia.grant@breaklinecommerce.co.uk", company="Breakline Commerce",
      note="Exchange/Teams updated meeting from London: moved from Mon 30 Nov 15:00 to Wed 2 Dec "
           "09:00-10:00 UK time (GMT = UTC) -> 09:00-10:00 UTC (10:00 in Bayonne); ICS TZID 'GMT Standard "
           "Time' agrees; contact = organizer/sender")
def m19():
    body = t("""
        Hi Maïlys,

        Apologies for moving this again - Ben has a board meeting on Monday afternoon. I've moved our
        final-round conversation from Monday 30 November 15:00 to Wednesday 2 December 09:00-10:00
        (UK time, so 10:00 for you in Bayonne). Same Teams link.

        Thanks,
        Olivia

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Brk>
        Meeting ID: 381 446 902 117
        Passcode: q7Vb2K
        ________________________________________________________________________________
        """)
    ics = vcal("REQUEST", "GMT Standard Time", """
BEGIN:VEVENT
ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@breaklinecommerce.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maïlys Etcheverry:mailto:mailys.etcheverry@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ben Okafor:mailto:ben.okafor@breaklinecommerce.co.uk
DESCRIPTION;LANGUAGE=en-GB:Final round - Senior Product Analyst\\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C4D1B3C5DC01000000000000000010000000B9E1A4
SUMMARY;LANGUAGE=en-GB:Final round: Maïlys Etcheverry - Senior Product Analyst
DTSTART;TZID=GMT Standard Time:20261202T090000
DTEND;TZID=GMT Standard Time:20261202T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261127T161204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
""", "Microsoft Exchange Server 2010")
    return message(head(
        "Olivia Grant <olivia.grant@breaklinecommerce.co.uk>",
        "Updated: Final round: Maïlys Etcheverry - Senior Product Analyst",
        "2026-11-27 16:12", "Europe/London", "LO2P265MB4417B1C09E2A@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM",
        mx_from="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2103.outbound.protection.outlook.com [40.107.10.103])",
        extra=(("Thread-Topic", enc("Final round: Maïlys Etcheverry - Senior Product Analyst")),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-07 08:30", PARIS), local="Mon 2026-12-07 08:30", zone=PARIS,
      contact="vincent.castaing@garonne-outdoor.fr", company="Garonne Outdoor",
      note="French vous reschedule (iso-8859-15 QP) sent Wed 2 Dec: 'notre entretien de vendredi 4 (14h)' "
           "moved to 'lundi matin à la première heure, 8h30' = Mon 7 Dec 08:30 CET -> 07:30 UTC, fixed "
           "unless she objects; contact = sender")
def m20():
    body = t("""
        Bonjour Maïlys,

        Je suis désolé, je dois décaler notre entretien de vendredi 4 (14h) : je serai bloqué à
        Lyon pour un salon. Je vous propose donc lundi matin à la première heure, 8h30, même lien
        Teams. Je le note comme ça dans nos agendas, sauf contre-indication de votre part.

        Encore désolé pour ce changement,

        Vincent Castaing
        Responsable E-commerce & Data
        Garonne Outdoor - 33 avenue Thiers, Bordeaux
        """)
    return message(head(
        addr("Vincent Castaing", "vincent.castaing@garonne-outdoor.fr", "iso-8859-15"),
        "Décalage de notre entretien",
        "2026-12-02 18:25", PARIS, "20261202172512.4F2A1C0B3D@mail.garonne-outdoor.fr",
        mx_from="from mail.garonne-outdoor.fr (mail.garonne-outdoor.fr [185.31.40.18])",
        charset="iso-8859-15", extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-15"))


@mail(N(21), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-29 14:00", "Europe/Amsterdam"), end=utc("2026-09-29 15:00", "Europe/Amsterdam"),
      local="Tue 2026-09-29 14:00", local_end="2026-09-29 15:00", zone="Europe/Amsterdam",
      contact="sanne.devries@riptidebrands.eu", company="Riptide Brands Europe",
      note="Exchange METHOD:CANCEL from Amsterdam for 'tomorrow' (Date Mon 28 Sep) = Tue 29 Sep "
           "14:00-15:00 W. Europe Standard Time (CEST) -> 12:00-13:00 UTC; no new time ('I'll come back "
           "with new times'); contact = organizer")
def m21():
    body = t("""
        Hi Maïlys,

        I'm so sorry, our hiring manager is out sick this week, so I have to cancel tomorrow's
        interview. I'll come back to you with new times as soon as I can.

        Kind regards,
        Sanne de Vries
        Talent Acquisition | Riptide Brands Europe B.V.
        """)
    ics = vcal("CANCEL", "W. Europe Standard Time", """
BEGIN:VEVENT
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@riptidebrands.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maïlys Etcheverry:mailto:mailys.etcheverry@example.org
UID:040000008200E00074C5B7101A82E0080000000050C2A8E9B2E7DC01000000000000000010000000F4A21C
SUMMARY;LANGUAGE=en-US:Canceled: Interview Maïlys Etcheverry - E-commerce Analyst
DTSTART;TZID=W. Europe Standard Time:20260929T140000
DTEND;TZID=W. Europe Standard Time:20260929T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260928T080500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
""", "Microsoft Exchange Server 2010")
    return message(head(
        "Sanne de Vries <sanne.devries@riptidebrands.eu>",
        "Canceled: Interview Maïlys Etcheverry - E-commerce Analyst",
        "2026-09-28 10:05", "Europe/Amsterdam", "AM9PR07MB7110C3E2@AM9PR07MB7110.eurprd07.prod.outlook.com",
        mx_from="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2120.outbound.protection.outlook.com [40.107.105.120])",
        extra=(("Importance", "high"),)),
        alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-06 17:00", PARIS), end=utc("2026-10-06 18:00", PARIS),
      local="Tue 2026-10-06 17:00", local_end="2026-10-06 18:00", zone=PARIS,
      contact="maite.hiriart@lurra-market.fr", company="Lurra Market",
      note="Cancellation in the Lurra Market thread, sent Mon 5 Oct: 'notre entretien de demain 17h' "
           "(the invite she quotes says 17:00-18:00) cancelled because the post was filled internally; no "
           "new time; CEST -> 15:00-16:00 UTC; contact = sender")
def m22():
    body = t("""
        Bonjour Maïlys,

        Je suis vraiment désolée de vous écrire ça la veille : nous devons annuler notre entretien de
        demain 17h. Peio et moi avons finalement décidé de confier le poste à quelqu'un de l'équipe
        logistique qui voulait évoluer vers la data, donc le recrutement est clos.

        Votre profil nous a beaucoup plu et je me permettrai de revenir vers vous si un autre besoin
        s'ouvre en 2027.

        Bien à vous,
        Maite

        > Le 2 oct. 2026 à 15:13, Maite Hiriart <maite.hiriart@lurra-market.fr> a écrit :
        > Invitation : Entretien Maïlys Etcheverry – Lurra Market
        > mar. 6 oct. 2026, 17:00 – 18:00
        """)
    return message(head(
        addr("Maite Hiriart", "maite.hiriart@lurra-market.fr"),
        "Re: Entretien mardi",
        "2026-10-05 09:12", PARIS, "0A4D7E19-3C2B-4E8F-9B6A-5D1C2E3F4A5B@lurra-market.fr",
        mx_from="from smtp.lurra-market.fr (smtp.lurra-market.fr [51.91.120.44])",
        extra=(("In-Reply-To", "<5E0B2C61-9A7D-4F3B-B6E2-0C1D9F8A7E44@lurra-market.fr>"),
               ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"))),
        text(body, cte="base64"))


@mail(N(23), family="calendly", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-09-08 09:30", PARIS), end=utc("2026-09-08 10:00", PARIS),
      local="Tue 2026-09-08 09:30", local_end="2026-09-08 10:00", zone=PARIS,
      contact="julen@hegoa-digital.fr", company="Hegoa Digital",
      note="Calendly cancellation (host cancelled) of the Hegoa Digital slot 'mardi 8 septembre 2026, "
           "09:30 - 10:00' (CEST -> 07:30-08:00 UTC); the host's reason proposes 'jeudi 10 à 14h' but "
           "nothing is booked, so cancelled with the cancelled slot; contact = host Reply-To")
def m23():
    body = t("""
        Bonjour Maïlys Etcheverry,

        Julen Etxeberria a annulé l'événement suivant.

        Nom de l'événement :
        Entretien – Product Analyst (30 min)

        Date et heure :
        09:30 - 10:00, mardi 8 septembre 2026 (heure d'Europe centrale)

        Annulé par :
        Julen Etxeberria

        Motif de l'annulation :
        Désolé Maïlys, un client m'a calé un atelier mardi matin. Est-ce que jeudi 10 à 14h pourrait
        t'aller ? Sinon reprends un créneau sur mon lien, j'en ai ouvert d'autres.

        Reprogrammer : https://calendly.com/julen-hegoa/entretien

        Propulsé par Calendly.com
        """)
    return message(head(
        "Calendly <notifications@calendly.com>",
        "Annulé : Entretien – Product Analyst avec Julen Etxeberria le mardi 8 septembre 2026",
        "2026-09-06 21:40", PARIS, "0102018f4a07c3d9-hegoa-calendly-cancel@email.calendly.com",
        mx_from="from mail.calendly.com (mail.calendly.com [167.89.38.17])",
        extra=(("Reply-To", addr("Julen Etxeberria", "julen@hegoa-digital.fr")),)),
        alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="fr", interview=False, company="Pyrénéa",
      note="Teamtailor rejection after the 12 Oct interview (tu form); mentions the past interview date only")
def m24():
    body = t("""
        Salut Maïlys,

        Merci encore pour ton temps lundi 12 octobre et pour la qualité de tes réponses sur le
        funnel de checkout, Xabi a beaucoup apprécié.

        Après pas mal d'hésitation, on a choisi d'avancer avec un·e autre candidat·e dont
        l'expérience Shopify Plus colle un peu plus à nos besoins immédiats. Ce n'est vraiment pas
        une question de niveau.

        On garde ton profil dans notre vivier et on n'hésitera pas à revenir vers toi.

        Belle continuation,
        Léa – Pyrénéa

        Envoyé avec Teamtailor
        """)
    return message(head(
        addr("Pyrénéa", "no-reply@teamtailor-mail.com"),
        "Ta candidature chez Pyrénéa",
        "2026-10-20 10:02", PARIS, "6512c0d4b9e7a_3c4d5e6f@teamtailor-mail.com",
        mx_from="from smtp.teamtailor-mail.com (smtp.teamtailor-mail.com [3.125.88.40])",
        extra=(("Reply-To", addr("Léa Bordenave", "lea.bordenave@pyrenea.fr")),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(25), family="offer", lang="en", interview=False, company="Tidewell",
      days=(("Thu", "2026-11-19"), ("Fri", "2026-11-20")),
      note="Offer from Tidewell after the case-study interview; proposes a fixed call 'Thursday at 11am ET' "
           "to walk through the offer, which is not an interview")
def m25():
    body = t("""
        Hi Maïlys,

        I'm delighted to share that the team would love for you to join Tidewell as Product Analyst,
        Marketplace! Your offer letter is attached via DocuSign.

        I've put 30 minutes in our calendars for Thursday at 11am ET (5pm for you) so Dana and I can
        walk you through the package, equity and the EU contractor setup. The offer is open until
        Friday, November 20.

        Congratulations again - everyone was really impressed by your case study.

        Priya Raman
        Senior Recruiter, Tidewell
        """)
    return message(head(
        "Priya Raman <priya.raman@tidewell.com>",
        "Your offer from Tidewell 🎉",
        "2026-11-17 12:40", "America/New_York", "CAH7kW2p9qZ+tidewell.offer.44@mail.gmail.com",
        mx_from="from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])"),
        alt(text(body), html(gmail_html(body))))


@mail(N(26), family="application_receipt", lang="es", interview=False, company="Itsasgora",
      note="SmartRecruiters application receipt in Spanish ('Hemos recibido tu candidatura'); mentions that "
           "an interview may follow, no time")
def m26():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Maïlys,</p>
        <p>¡Gracias por tu interés en <b>Itsasgora</b>! Hemos recibido tu candidatura para el puesto de
        <b>Analista de E-commerce (Getxo / híbrido)</b>.</p>
        <p>Nuestro equipo revisará tu perfil en las próximas dos semanas. Si encaja con lo que buscamos,
        te contactaremos para concertar una entrevista.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento desde tu
        <a href="https://jobs.smartrecruiters.com/Itsasgora/744000091234567">perfil de candidato</a>.</p>
        <p>Un saludo,<br>Equipo de Personas · Itsasgora</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message(head(
        "Itsasgora <noreply@smartrecruiters.com>",
        "Hemos recibido tu candidatura - Analista de E-commerce",
        "2026-09-10 08:15", "Europe/Madrid", "smtp.744000091234567.itsasgora@smartrecruiters.com",
        mx_from="from mta-15.smartrecruiters.com (mta-15.smartrecruiters.com [52.214.50.15])"),
        html(htm, cte="base64"))


@mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert with several offers; words like 'entretien' only in the marketing copy")
def m27():
    body = t("""
        Bonjour Maïlys,

        12 nouvelles offres correspondent à votre alerte « Product Analyst – Pays Basque / Remote ».

        • Product Analyst E-commerce – Rip & Co – Anglet – CDI
        • Data Analyst Growth – Hossegor Boardriders Lab – Hossegor – CDI
        • Web Analyst (H/F) – Atlantic Beds – Bordeaux – CDI – Télétravail partiel
        • Analytics Engineer – Fintech Lumen – Full remote – CDI
        • Chargé(e) d'études e-commerce – Pau – CDD 12 mois
        … et 7 autres offres

        Conseil de la semaine : préparez votre entretien avec notre check-list en 10 points.

        Voir toutes les offres : https://www.vagajob.fr/alertes/884120

        Vous recevez cet e-mail car vous avez créé une alerte sur Vagajob.
        Se désinscrire : https://www.vagajob.fr/desinscription?u=884120
        """)
    return message(head(
        "Vagajob <alertes@vagajob.fr>",
        "12 nouvelles offres : Product Analyst – Pays Basque / Remote",
        "2026-09-21 07:00", PARIS, "alert-884120-20260921@mail.vagajob.fr",
        mx_from="from mta3.mail.vagajob.fr (mta3.mail.vagajob.fr [185.41.28.3])",
        extra=(("List-Unsubscribe", "<https://www.vagajob.fr/desinscription?u=884120>"),
               ("Precedence", "bulk"))),
        alt(text(body), html(gmail_html(body))))


@mail(N(28), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career-blog newsletter about interview questions; HTML only; no appointment")
def m28():
    htm = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
        <h1 style="font-size:22px">Les 7 questions pièges de l'entretien d'embauche (et comment y répondre)</h1>
        <p>« Parlez-moi de vous », « Quel est votre plus grand défaut ? », « Où vous voyez-vous dans
        cinq ans ? »… Ces questions reviennent dans presque tous les entretiens. Nos recruteurs
        partenaires vous expliquent ce qu'ils attendent vraiment.</p>
        <p><a href="https://lemagcarriere.fr/articles/questions-pieges-entretien">Lire l'article</a></p>
        <h2 style="font-size:18px">Aussi cette semaine</h2>
        <ul>
        <li>Entretien en visio : 5 erreurs à éviter avant 9h du matin</li>
        <li>Négocier son salaire quand on est analyste : le guide 2026</li>
        <li>Témoignage : « J'ai passé mon entretien final en anglais, voici ce que j'ai appris »</li>
        </ul>
        <p style="font-size:11px;color:#888">Le Mag Carrière – newsletter hebdomadaire.
        <a href="https://lemagcarriere.fr/unsubscribe">Se désabonner</a></p>
        </body></html>
        """)
    return message(head(
        addr("Le Mag Carrière", "newsletter@lemagcarriere.fr"),
        "Les 7 questions pièges de l'entretien d'embauche",
        "2026-10-08 08:30", PARIS, "nl-2026-41.a81c@lemagcarriere.fr",
        mx_from="from sendinblue-mta12.example (mta12.sendinblue.com [185.107.232.12])",
        extra=(("List-Unsubscribe", "<https://lemagcarriere.fr/unsubscribe>"), ("Precedence", "bulk"))),
        html(htm))


@mail(N(29), family="scheduling_link", lang="fr", interview=False, company="Mendi Outdoor",
      note="Recruiter asks her to pick a slot through a booking link; no time fixed")
def m29():
    body = t("""
        Bonjour Maïlys,

        Merci pour votre candidature au poste d'Analyste E-commerce chez Mendi Outdoor, à Pau.
        Nous aimerions vous rencontrer pour un premier entretien de 30 minutes en visio.

        Vous pouvez choisir le créneau qui vous convient directement ici :
        https://calendly.com/mendi-outdoor-rh/premier-entretien

        Des créneaux sont ouverts la semaine prochaine, du mardi au jeudi, entre 9h et 17h.

        Bonne journée,
        Clémence Poey
        Ressources humaines – Mendi Outdoor
        """)
    return message(head(
        addr("Clémence Poey", "clemence.poey@mendi-outdoor.fr"),
        "Mendi Outdoor – choisissez votre créneau d'entretien",
        "2026-09-22 14:10", PARIS, "AM0PR03MB5601.mendi.2271@AM0PR03MB5601.eurprd03.prod.outlook.com",
        mx_from="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2051.outbound.protection.outlook.com [40.107.6.51])"),
        alt(text(body), html(gmail_html(body))))


@mail(N(30), family="proposed_not_confirmed", lang="en", interview=False, company="Longshore Digital",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes 'Would Tuesday at 10 work? Otherwise Wednesday at 15:00' (Amsterdam time); "
           "nothing confirmed yet")
def m30():
    body = t("""
        Hi Maïlys,

        Great to hear you're interested! Femke, our Head of Product, would love to have a first chat
        with you. Would Tuesday at 10 work? Otherwise Wednesday at 15:00 (Amsterdam time) is also
        open on her side. Let me know which suits and I'll send an invite.

        Cheers,
        Jeroen Bakker
        Recruiter | Longshore Digital
        """)
    return message(head(
        "Jeroen Bakker <jeroen.bakker@longshoredigital.nl>",
        "Re: Product Analyst role - first chat?",
        "2026-10-16 15:44", "Europe/Amsterdam", "CAJ0b9x+Lq8nR4@mail.gmail.com",
        mx_from="from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])",
        extra=(("In-Reply-To", "<CAMx7eT3rT1q@mail.example.org>"),)),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Kelpwise",
      note="Cold outreach for a remote role; asks for availability, no time fixed")
def m31():
    body = t("""
        Hi Maïlys,

        I came across your profile and your talk on wetsuit size-guide conversion at the Bordeaux
        analytics meetup - really sharp stuff. I'm hiring a Lead Product Analyst at Kelpwise (ocean-
        friendly apparel, fully remote across Europe) and I think you'd be a great fit.

        Would you be open to a 20-minute intro call sometime in the next couple of weeks? Happy to
        work around your schedule.

        Best,
        Hannah Moritz
        Talent Partner, Kelpwise
        """)
    return message(head(
        "Hannah Moritz <hannah@kelpwise.com>",
        "Lead Product Analyst at Kelpwise (remote)",
        "2026-11-04 10:27", "Europe/Berlin", "01070192b1c4e5f6-kelpwise-outreach@email.gem.com",
        mx_from="from mail.gem.com (mail.gem.com [198.2.180.15])"),
        alt(text(body), html(gmail_html(body))))


@mail(N(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Unemployment-office convocation to an 'entretien de suivi' with a counsellor at a fixed time "
           "(jeudi 24 septembre 2026 à 9h15): a fixed appointment, not a job interview")
def m32():
    body = t("""
        Madame ETCHEVERRY Maïlys,

        Vous êtes convoquée à un entretien de suivi de votre projet professionnel avec votre
        conseillère, Mme Nathalie Lasserre :

        le jeudi 24 septembre 2026 à 9h15
        Agence Emploi Côte Basque - 12 allées Marines, 64100 Bayonne

        Merci de vous munir de votre CV à jour et de la liste de vos candidatures récentes.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message(head(
        addr("Agence Emploi Côte Basque", "ne-pas-repondre@emploi-cotebasque.fr", "iso-8859-1"),
        "Convocation : entretien de suivi le 24/09/2026",
        "2026-09-14 06:31", PARIS, "conv-64100-20260914-883192@emploi-cotebasque.fr",
        mx_from="from relais.emploi-cotebasque.fr (relais.emploi-cotebasque.fr [193.51.12.40])",
        charset="iso-8859-1"),
        text(body, charset="iso-8859-1"))


@mail(N(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Local journalist confirms 'notre interview mardi 10 novembre à 11h' about surf e-commerce: a "
           "fixed time but a press interview, not a job interview")
def m33():
    body = t("""
        Bonjour Maïlys,

        Merci d'avoir accepté ! Je vous confirme notre interview mardi 10 novembre à 11h, par
        téléphone (je vous appelle au 06 12 ** ** 48). Comptez une vingtaine de minutes.

        L'article porte sur la façon dont les marques de surf de la côte vendent en ligne hors
        saison ; j'aimerais surtout votre regard d'analyste sur les retours produits.

        Bien cordialement,
        Jérôme Darrigrand
        Journaliste – Le Courrier de l'Adour, rubrique Économie
        """)
    return message(head(
        addr("Jérôme Darrigrand", "j.darrigrand@courrier-adour.fr"),
        "Interview pour le Courrier de l'Adour",
        "2026-11-05 16:48", PARIS, "2026110515480.7a1b2c@courrier-adour.fr",
        mx_from="from mail.courrier-adour.fr (mail.courrier-adour.fr [91.121.40.77])"),
        text(body, cte="8bit"))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Podcast recording confirmed for a fixed time (Wed 18 Nov, 18:00 CET); she is the guest being "
           "interviewed, not a job interview")
def m34():
    body = t("""
        Hey Maïlys,

        Stoked to have you on Board Shorts & Baskets! Confirming our recording:

        Wednesday, November 18 - 18:00 CET (Paris), about 50 minutes
        Studio link (Riverside): https://riverside.fm/studio/boardshorts-baskets

        Topic: "Why surf brands get returns wrong" - we'll interview you about size guides,
        seasonality and what the data says. Wired headphones please, and a quiet room.

        Catch you then,
        Finn Adeyemi
        Host, Board Shorts & Baskets (an e-commerce podcast for action-sports brands)
        """)
    return message(head(
        "Finn Adeyemi <finn@boardshortsbaskets.fm>",
        "Recording confirmed: Board Shorts & Baskets x Maïlys",
        "2026-11-12 20:15", "Europe/London", "CAF9q2pLm3nY+podcast@mail.gmail.com",
        mx_from="from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])"),
        alt(text(body), html(gmail_html(body))))


@mail(N(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Business-school Executive MBA 'entretien d'admission' with an ICS at a fixed time (samedi 21 "
           "novembre 10h): a school admission interview, not a job interview")
def m35():
    body = t("""
        Madame,

        Suite à la validation de votre dossier de candidature à l'Executive MBA Digital Business,
        nous avons le plaisir de vous convoquer à l'entretien d'admission :

        Samedi 21 novembre 2026 à 10h00 (durée : 45 minutes)
        École de Commerce Atlantique – Campus de Bordeaux, 680 cours de la Libération, Talence
        Jury : Pr Anne-Sophie Mialet et M. Romain Ducasse (alumni)

        L'entretien comprend une présentation de votre projet (10 min) puis un échange avec le jury.
        Une invitation calendrier est jointe.

        Le service des Admissions
        École de Commerce Atlantique
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
UID:eca-admissions-emba-20261121-0412@eca-bordeaux.fr
DTSTAMP:20261109T090000Z
DTSTART;TZID=Europe/Paris:20261121T100000
DTEND;TZID=Europe/Paris:20261121T104500
SUMMARY:Entretien d'admission Executive MBA - Etcheverry
LOCATION:ECA Campus de Bordeaux\\, salle B214
ORGANIZER;CN=Admissions ECA:mailto:admissions@eca-bordeaux.fr
ATTENDEE;CN=Maïlys Etcheverry;RSVP=TRUE:mailto:mailys.etcheverry@example.org
STATUS:CONFIRMED
END:VEVENT
""", "-//ECA//Admissions//FR")
    return message(head(
        addr("Admissions ECA", "admissions@eca-bordeaux.fr"),
        "Convocation à l'entretien d'admission – Executive MBA",
        "2026-11-09 10:00", PARIS, "adm-emba-0412.20261109@eca-bordeaux.fr",
        mx_from="from smtp.eca-bordeaux.fr (smtp.eca-bordeaux.fr [194.167.20.8])"),
        mixed(text(body), calendar(ics, cte="base64", filename="entretien-admission.ics",
                                   disposition="attachment")))


@mail(N(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Women's rugby club try-out ('séance de détection mercredi 16 septembre à 19h'): fixed time, "
           "not a job interview")
def m36():
    body = t("""
        Salut Maïlys !

        Super que tu veuilles nous rejoindre. On t'attend pour la séance de détection mercredi 16
        septembre à 19h au stade de Lahubiague (vestiaire 3). Prévois crampons, protège-dents et
        une gourde. Après l'entraînement on fait un petit point avec la coach pour voir à quel poste
        tu te sens le mieux.

        À mercredi,
        Amaia
        Les Ondines de l'Adour – rugby féminin
        """)
    return message(head(
        addr("Amaia - Les Ondines", "lesondines.rugby@example.com"),
        "Séance de détection mercredi !",
        "2026-09-09 21:03", PARIS, "CAKs81pZ0vb+ondines@mail.gmail.com",
        mx_from="from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])"),
        alt(text(body), html(gmail_html(body))))


@mail(N(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Garage appointment confirmation 'le 03/12 à 8h00': fixed time, not an interview")
def m37():
    body = t("""
        Bonjour Mme Etcheverry,

        Nous vous confirmons votre rendez-vous atelier :

        Prestation : révision 30 000 km + contrôle freinage
        Véhicule : Peugeot 208 – FX-418-QL
        Date : le 03/12 à 8h00 (dépôt du véhicule)
        Restitution prévue : en fin de journée

        Garage Larrondo – 41 avenue du Maréchal-Soult, 64100 Bayonne – 05 59 55 12 07

        Pour annuler ou modifier : répondez à ce message ou appelez-nous.
        """)
    return message(head(
        addr("Garage Larrondo", "atelier@garage-larrondo.fr"),
        "Confirmation de votre rendez-vous atelier du 03/12",
        "2026-11-27 17:20", PARIS, "rdv-22871.20261127@garage-larrondo.fr",
        mx_from="from mail.garage-larrondo.fr (mail.garage-larrondo.fr [92.243.8.14])", charset="windows-1252"),
        text(body, charset="windows-1252", cte="8bit"))


@mail(N(38), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="School parent-teacher meeting 'lundi 5 octobre, 16h45': fixed time, not an interview")
def m38():
    body = t("""
        Madame, Monsieur,

        Dans le cadre des rencontres individuelles de début d'année, Mme Darrieumerlou vous propose
        un rendez-vous au sujet de Léon (CE1) :

        lundi 5 octobre, 16h45 – 17h00, salle de classe CE1

        Votre créneau est réservé. Si vous ne pouvez pas venir, merci de le signaler via la
        messagerie de l'ENT.

        École élémentaire du Petit-Bayonne
        Message envoyé depuis EcoleConnect – ne pas répondre.
        """)
    return message(head(
        addr("EcoleConnect", "ne-pas-repondre@ecoleconnect.fr"),
        "Rencontre parents-enseignants – CE1 – Léon",
        "2026-09-30 12:05", PARIS, "ent-msg-55120-20260930@ecoleconnect.fr",
        mx_from="from mx-out.ecoleconnect.fr (mx-out.ecoleconnect.fr [178.32.90.4])"),
        text(body))


@mail(N(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly booking with a career coach: 'Simulation d'entretien' Thu 1 Oct 18:00 - a mock "
           "interview, not a job interview")
def m39():
    body = t("""
        Bonjour Maïlys Etcheverry,

        Votre événement Simulation d'entretien avec Sophie Lacaze est programmé.

        Nom de l'événement :
        Simulation d'entretien – analyste / data (60 min)

        Date et heure :
        18:00 - 19:00, jeudi 1 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Visio – le lien Zoom vous sera envoyé la veille

        Questions :
        Poste visé : Product Analyst e-commerce. Entretiens en cours : 3.

        Annuler : https://calendly.com/cancellations/77ab0e1c-coach
        Reprogrammer : https://calendly.com/reschedulings/77ab0e1c-coach

        Propulsé par Calendly.com
        """)
    return message(head(
        "Calendly <notifications@calendly.com>",
        "Confirmé : Simulation d'entretien avec Sophie Lacaze le jeudi 1 octobre 2026",
        "2026-09-25 13:30", PARIS, "0102018f5e21b7c4-coach-calendly-000000@email.calendly.com",
        mx_from="from mail.calendly.com (mail.calendly.com [167.89.38.17])",
        extra=(("Reply-To", addr("Sophie Lacaze", "sophie@lacaze-coaching.fr")),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(40), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A friend forwards HER OWN Greenhouse confirmation (Thu 29 Oct 15:00 CET) asking for advice: a "
           "confirmed interview, but not the inbox owner's")
def m40():
    body = t("""
        Coucou Maïlys,

        Regarde ce que j'ai reçu !!! Tu avais passé des entretiens chez eux non ? Tu aurais des
        conseils pour le cas pratique ? Je stresse déjà 😅

        Bisous,
        Inès

        ---------- Forwarded message ---------
        De : Vagues & Cie Recruiting <no-reply@greenhouse.io>
        Date: lun. 26 oct. 2026 à 09:12
        Subject: Interview Confirmation: Junior Merchandising Analyst at Vagues & Cie
        To: <ines.daguerre@example.com>

        Hi Inès,

        Your interview for Junior Merchandising Analyst at Vagues & Cie is confirmed.

        When: Thursday, October 29, 2026, 3:00 PM - 4:00 PM CET
        Where: Vagues & Cie, 2 rue Mazagran, Biarritz

        Reply to this email if you need to reschedule.
        The Vagues & Cie Recruiting Team
        """)
    return message(head(
        addr("Inès Daguerre", "ines.daguerre@example.com"),
        "Fwd: Interview Confirmation: Junior Merchandising Analyst at Vagues & Cie",
        "2026-10-26 13:40", PARIS, "CAPx4n7Rw2+fwd.ines@mail.gmail.com",
        mx_from="from mail-qt1-f173.google.com (mail-qt1-f173.google.com [209.85.160.173])"),
        alt(text(body), html(gmail_html(body))))


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


@mail(N(41), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Outlook invite from her current employer asking her to sit on the panel interviewing an "
           "intern candidate (Thu 3 Dec 14:00, Romance Standard Time): she is the interviewer, not the "
           "candidate")
def m41():
    body = t("""
        Salut Maïlys,

        Comme on en a parlé au point d'équipe, je t'ajoute au jury pour le stage Data Analyst.
        Candidat : Thomas Rouquette (CV en PJ sur le Teams RH). Tu prends la partie SQL / cas pratique
        (20 min), je fais l'intro et la partie motivation.

        Merci !
        Élodie Cazenave
        Responsable Data – Brisant Retail
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Élodie Cazenave:mailto:elodie.cazenave@brisant-retail.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maïlys Etcheverry:mailto:"
        "mailys.etcheverry@example.org",
        "SUMMARY;LANGUAGE=fr-FR:Entretien candidat stage Data Analyst – Thomas Rouquette (jury)",
        "DTSTART;TZID=Romance Standard Time:20261203T140000",
        "DTEND;TZID=Romance Standard Time:20261203T150000",
        "UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AB12CD",
        "DTSTAMP:20261201T083000Z",
        "LOCATION;LANGUAGE=fr-FR:Salle Chambre d'Amour (2e)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"])
    return message(head(
        addr("Élodie Cazenave", "elodie.cazenave@brisant-retail.fr"),
        "Entretien candidat stage Data Analyst – Thomas Rouquette (jury)",
        "2026-12-01 09:30", PARIS, "PR1P264MB2210E5C7@PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
        mx_from="from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2062.outbound.protection.outlook.com [40.107.12.62])",
        to=addr("Maïlys Etcheverry", ME)),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(42), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invite to a team after-work at her current job (ven. 11 déc. 18:30): fixed "
           "time, not an interview")
def m42():
    body = t("""
        Baptiste Irigaray vous a invité à un événement.

        Afterwork équipe Data & E-commerce 🎄
        Quand
        ven. 11 déc. 2026 18:30 – 21:00 (heure normale d’Europe centrale - Paris)

        Lieu
        Le Bar du Marché, Bayonne

        Invités
        Baptiste Irigaray - organisateur
        Maïlys Etcheverry
        Élodie Cazenave
        Jon Etchart

        Invitation de Google Agenda
        """)
    ics = vcal("REQUEST", PARIS, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261211T183000
DTEND;TZID=Europe/Paris:20261211T210000
DTSTAMP:20261207T101500Z
ORGANIZER;CN=Baptiste Irigaray:mailto:baptiste.irigaray@brisant-retail.fr
UID:0q9w8e7r6t5y4u3i2o1p@google.com
ATTENDEE;CN=Maïlys Etcheverry;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mailys.etcheverry@example.org
SUMMARY:Afterwork équipe Data & E-commerce 🎄
LOCATION:Le Bar du Marché\\, Bayonne
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "-//Google Inc//Google Calendar 70.9054//EN")
    return message(head(
        addr("Baptiste Irigaray", "baptiste.irigaray@brisant-retail.fr"),
        "Invitation: Afterwork équipe Data & E-commerce 🎄 @ ven. 11 déc. 2026 18:30 - 21:00 "
        "(heure normale d’Europe centrale) (mailys.etcheverry@example.org)",
        "2026-12-07 11:15", PARIS, "calendar-3e1d0c9b-afterwork@google.com",
        mx_from="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])"),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(N(43), family="medical", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Doctor appointment reminder 'mardi 13 octobre à 8h40': fixed time, not an interview")
def m43():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Bonjour Maïlys ETCHEVERRY,</p>
        <p>Nous vous rappelons votre rendez-vous :</p>
        <p style="font-size:16px"><b>mardi 13 octobre à 8h40</b><br>
        Dr Pantxika Harambillet – Médecin généraliste<br>
        Cabinet médical Saint-Léon, 5 rue de Belfort, 64100 Bayonne</p>
        <p>Motif : consultation de suivi.</p>
        <p>En cas d'empêchement, pensez à annuler au moins 24 h à l'avance.</p>
        <p style="font-size:11px;color:#888">RDV Santé – ce message est envoyé automatiquement.</p>
        </body></html>
        """)
    return message(head(
        addr("RDV Santé", "rappel@rdvsante.fr"),
        "Rappel : votre rendez-vous du mardi 13 octobre à 8h40",
        "2026-10-11 18:00", PARIS, "rappel-9921833-20261011@rdvsante.fr",
        mx_from="from mta2.rdvsante.fr (mta2.rdvsante.fr [62.210.91.22])"),
        html(htm, cte="base64"))


@mail(N(44), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agent confirms a flat viewing in Bordeaux 'samedi 14 novembre à 10h30': fixed time, not "
           "an interview (her dossier is 'examined', no job)")
def m44():
    body = t("""
        Bonjour Madame Etcheverry,

        Je vous confirme la visite du T2 de la rue Notre-Dame (Chartrons) samedi 14 novembre à 10h30.
        Rendez-vous devant l'immeuble, au n° 48. Si le logement vous plaît, pensez à apporter votre
        dossier (3 derniers bulletins de salaire, avis d'imposition, pièce d'identité) : le
        propriétaire souhaite un entretien rapide avec les candidats retenus.

        Bien cordialement,
        Aurélien Mothes
        Immobilière des Chartrons - 05 57 87 30 41
        """)
    return message(head(
        addr("Aurélien Mothes", "a.mothes@immo-chartrons.fr"),
        "Visite T2 rue Notre-Dame – samedi",
        "2026-11-11 17:55", PARIS, "000601db3c7f$8a1b2c30$9e4f5a60$@immo-chartrons.fr",
        mx_from="from smtp.immo-chartrons.fr (smtp.immo-chartrons.fr [87.98.154.3])",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-15"))


@mail(N(45), family="auto_reply", lang="fr", interview=False, company="Océanide",
      note="Out-of-office auto-reply from the Océanide recruiter to a thank-you mail; gives absence dates "
           "only")
def m45():
    body = t("""
        Bonjour,

        Je suis absente du jeudi 24 septembre au vendredi 2 octobre inclus, avec un accès limité à mes
        e-mails. Pour toute question urgente concernant un recrutement, vous pouvez écrire à
        recrutement@oceanide.fr.

        Bien à vous,
        Camille Lartigue
        Talent Acquisition – Océanide
        """)
    return message(head(
        addr("Camille Lartigue", "camille.lartigue@oceanide.fr"),
        "Réponse automatique : Merci pour l'entretien de jeudi",
        "2026-09-24 08:03", PARIS, "auto.7f3a9c@oceanide.fr",
        mx_from="from mail.oceanide.fr (mail.oceanide.fr [51.68.11.90])",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
               ("In-Reply-To", "<CAMx7eT7thx@mail.example.org>"))),
        text(body))


@mail(N(46), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure notification for her follow-up to a recruiter; the returned message asks "
           "about an interview but nothing is scheduled")
def m46():
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <m.ospital@surfhaus-pau.fr>: host mx1.surfhaus-pau.fr[146.59.8.12] said: 550
            5.1.1 <m.ospital@surfhaus-pau.fr>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    original = message([
        ("From", addr("Maïlys Etcheverry", ME)),
        ("To", "m.ospital@surfhaus-pau.fr"),
        ("Subject", "Candidature Product Analyst - suite"),
        ("Date", date("2026-11-03 09:14", PARIS)),
        ("Message-ID", "<CAMx7eT1bnc@mail.example.org>"),
    ], text(t("""
        Bonjour Mathieu,

        Je me permets de revenir vers vous au sujet de ma candidature. Je reste disponible pour un
        entretien la semaine prochaine si le poste est toujours ouvert.

        Bien cordialement,
        Maïlys Etcheverry
        """)))
    delivery = t("""
        Reporting-MTA: dns; mx.example.org
        Arrival-Date: Tue,  3 Nov 2026 09:14:02 +0100 (CET)

        Final-Recipient: rfc822; m.ospital@surfhaus-pau.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.surfhaus-pau.fr
        Diagnostic-Code: smtp; 550 5.1.1 <m.ospital@surfhaus-pau.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    body = multipart("report", text(report, cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Type", "message/delivery-status"),
                               ("Content-Description", "Delivery report")], delivery),
                     attached_message(original),
                     params="report-type=delivery-status")
    return message(head(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "2026-11-03 09:14", PARIS, "20261103081403.2A1F3C0E12@mx.example.org",
        mx_from="from localhost (localhost [127.0.0.1])",
        extra=(("Auto-Submitted", "auto-replied"),)),
        body)


@mail(N(47), family="meetup_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list announcement of an analytics meetup 'jeudi 19 novembre, 19h' (a panel that "
           "'interviews' practitioners): fixed time, not a job interview")
def m47():
    body = t("""
        Salut à toutes et à tous,

        Le prochain meetup Analytics Bordeaux aura lieu jeudi 19 novembre, 19h, chez Darwin
        (87 quai des Queyries). Au programme :

        - « Mesurer les retours produits en e-commerce » – Julie Sarthou
        - Interview croisée : trois product analysts racontent leur premier poste
        - Pizzas et networking 🍕

        Inscription (gratuite, places limitées) : https://meetup.example.com/analytics-bdx/43

        À jeudi !
        L'équipe Analytics Bordeaux

        --
        Vous avez reçu ce message, car vous êtes abonné au groupe « analytics-bdx » de Google Groupes.
        Pour vous désabonner de ce groupe, envoyez un e-mail à analytics-bdx+unsubscribe@googlegroups.com.
        """)
    return message(head(
        addr("Julie Sarthou", "julie.sarthou@example.net"),
        "[analytics-bdx] Meetup #43 – jeudi 19 novembre – retours produits & premiers postes",
        "2026-11-13 12:30", PARIS, "8c1f2e3d-4b5a-4c6d-9e7f-analyticsbdx@googlegroups.com",
        mx_from="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
        to="analytics-bdx@googlegroups.com",
        extra=(("List-Id", "<analytics-bdx.googlegroups.com>"),
               ("Mailing-list", "list analytics-bdx@googlegroups.com; contact analytics-bdx+owners@googlegroups.com"),
               ("List-Unsubscribe", "<mailto:analytics-bdx+unsubscribe@googlegroups.com>"),
               ("Precedence", "list"))),
        alt(text(body), html(gmail_html(body))))


@mail(N(48), family="webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Zoom webinar registration about cracking product-analytics interviews, fixed time (Tue Dec 1, "
           "6:00 PM Paris): a webinar, not an interview")
def m48():
    body = t("""
        Hi Maïlys,

        Thank you for registering for "Cracking the Product Analytics Interview: SQL, metrics & case
        studies".

        Date & Time: Dec 1, 2026 06:00 PM Paris
        Please submit any questions to: events@analyticsguild.io

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88213456712?tk=xYz

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.
        """)
    return message(head(
        "Analytics Guild <no-reply@zoom.us>",
        "Cracking the Product Analytics Interview Confirmation",
        "2026-11-26 19:02", PARIS, "zwb.88213456712.reg.4471@zoom.us",
        mx_from="from mailout.zoom.us (mailout.zoom.us [170.114.52.10])",
        extra=(("Reply-To", "events@analyticsguild.io"),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(49), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Microsoft Bookings confirmation of a meeting with a bank advisor (vendredi 11 décembre 12:15, "
           "Romance Standard Time ICS): fixed time, not an interview")
def m49():
    body = t("""
        Bonjour Maïlys Etcheverry,

        Votre rendez-vous est confirmé.

        Rendez-vous avec votre conseillère – Prêt immobilier (45 minutes)
        vendredi 11 décembre 2026
        12:15 - 13:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Agence Banque Lapurdi Bayonne Saint-Esprit
        Conseillère : Maider Larralde

        Modifier ou annuler la réservation : https://outlook.office365.com/owa/calendar/BanqueLapurdi@lapurdi.fr/bookings/

        Banque Lapurdi
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Banque Lapurdi - Agence Saint-Esprit:mailto:BanqueLapurdi@lapurdi.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maïlys Etcheverry:mailto:"
        "mailys.etcheverry@example.org",
        "SUMMARY;LANGUAGE=fr-FR:Rendez-vous avec votre conseillère – Prêt immobilier",
        "DTSTART;TZID=Romance Standard Time:20261211T121500",
        "DTEND;TZID=Romance Standard Time:20261211T130000",
        "UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000BK7719",
        "DTSTAMP:20261208T143000Z",
        "LOCATION;LANGUAGE=fr-FR:Agence Saint-Esprit\\, 3 place de la République\\, Bayonne",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    return message(head(
        addr("Banque Lapurdi - Agence Saint-Esprit", "BanqueLapurdi@lapurdi.fr"),
        "Rendez-vous confirmé : Prêt immobilier – vendredi 11 décembre",
        "2026-12-08 15:30", PARIS, "PA4P264MB3315.bookings.7719@PA4P264MB3315.FRAP264.PROD.OUTLOOK.COM",
        mx_from="from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2040.outbound.protection.outlook.com [40.107.9.40])"),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(50), family="user_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Paid user-research study session ('research interview' about buying wetsuits online) at a "
           "fixed time, Thu 10 Dec 17:00 CET, with a voucher: she is the research participant, not a job "
           "candidate")
def m50():
    body = t("""
        Hi Maïlys,

        Thanks for signing up - you're confirmed for the following study:

        Study: How people shop for wetsuits online (60-minute research interview)
        When: Thursday, December 10, 2026, 5:00 PM - 6:00 PM CET
        Where: Zoom (link sent 1 hour before the session)
        Incentive: EUR 60 gift card, sent within 5 business days

        Please join from a laptop with your camera on. If you can no longer attend, cancel from your
        dashboard so someone else can take the slot.

        Thanks,
        The Panelry Team
        """)
    return message(head(
        "Panelry <sessions@panelry.io>",
        "You're confirmed: research session on Thu, Dec 10",
        "2026-12-04 10:12", "UTC", "0100018d7a2b3c4d-panelry-session-5521@email.panelry.io",
        mx_from="from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])"),
        alt(text(body), html(gmail_html(body))))
