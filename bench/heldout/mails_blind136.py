"""blind136: a blind 50-mail held-out set, the inbox of a job seeker in Metz (Sept - Dec 2026).

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Written blind: without reading the detector, its tests or the other held-out sets.
Inbox owner: Clément Weber <clement.weber@example.org>, data engineer in the steel industry, Metz.

    python3 bench/heldout/make_blind.py blind136
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1360136).sample(range(1, 51), 50)

ME = "clement.weber@example.org"
ME_NAME = "Clément Weber"
PARIS = "Europe/Paris"
MX = "mx1.example.org (Postfix)"

ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def n(key: int) -> str:
    """The file name of the mail written key-th (keys 1-23 positives, 24-50 negatives)."""
    return f"blind136_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, rpath: str, *,
         to: str | None = None, extra: list[tuple[str, str]] | None = None,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual top of a delivered message: Return-Path, Received, From, To, Subject, Date, Message-ID."""
    hs = [
        ("Return-Path", f"<{rpath}>"),
        ("Received", received(f"from {relay}", when, zone, MX, ME)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    return hs + list(extra or [])


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", "Europe/Luxembourg"), end=utc("2026-09-14 11:00", "Europe/Luxembourg"),
      contact="maelle.hoffmann@ferralis.lu", company="Ferralis Analytics",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone="Europe/Luxembourg",
      note="Greenhouse scheduled notice from a no-reply sender; Reply-To is the recruiter. "
           "'Monday, September 14, 2026 10:00 AM - 11:00 AM CEST' (Luxembourg, UTC+2) = 08:00-09:00Z; "
           "the ICS is in UTC and agrees.")
def greenhouse_ferralis() -> bytes:
    body = t("""
        Hi Clément,

        Thanks for making time to speak with us! Your interview for the Senior Data Engineer
        (Manufacturing Analytics) role at Ferralis Analytics has been scheduled.

        Interview: Technical deep-dive
        When: Monday, September 14, 2026 10:00 AM - 11:00 AM CEST
        Where: Ferralis Analytics, 12 rue Eugène Ruppert, L-2453 Luxembourg (3rd floor, ask for Maëlle
        at the front desk)

        You'll be meeting with:
          Jonas Schmit - Head of Data Platform
          Priya Natarajan - Staff Data Engineer

        Parking is limited around Cloche d'Or; the tram stop "Lycée Vauban" is a 4 minute walk.

        If you need to reschedule, simply reply to this email and it will reach Maëlle Hoffmann.

        Best,
        The Ferralis Analytics Recruiting Team

        Powered by Greenhouse
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Clément,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior Data Engineer
        (Manufacturing Analytics)</b> role at Ferralis Analytics has been scheduled.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical deep-dive</td></tr>
        <tr><td><b>When</b></td><td>Monday, September 14, 2026 10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td><b>Where</b></td><td>Ferralis Analytics, 12 rue Eugène Ruppert, L-2453 Luxembourg
        (3rd floor, ask for Maëlle at the front desk)</td></tr>
        </table>
        <p>You&#39;ll be meeting with:<br>Jonas Schmit &ndash; Head of Data Platform<br>
        Priya Natarajan &ndash; Staff Data Engineer</p>
        <p>Parking is limited around Cloche d&#39;Or; the tram stop &quot;Lycée Vauban&quot; is a
        4 minute walk.</p>
        <p>If you need to reschedule, simply reply to this email and it will reach Maëlle Hoffmann.</p>
        <p>Best,<br>The Ferralis Analytics Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48211937-ferralis@greenhouse.io
        DTSTAMP:20260908T081402Z
        DTSTART:20260914T080000Z
        DTEND:20260914T090000Z
        SUMMARY:Interview: Clément Weber (Senior Data Engineer) - Ferralis Analytics
        LOCATION:Ferralis Analytics\\, 12 rue Eugène Ruppert\\, L-2453 Luxembourg
        ORGANIZER;CN=Maëlle Hoffmann:mailto:maelle.hoffmann@ferralis.lu
        ATTENDEE;CN=Clément Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.weber@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Ferralis Analytics <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Data Engineer (Manufacturing Analytics) at Ferralis Analytics",
              "2026-09-08 10:14", "Europe/Luxembourg",
              "<0100019199c4a2f7-8e1d4b6a-77c2-4f0e-9a51-3c0d2e9b14aa-000000@email.amazonses.com>",
              "a8-61.smtp-out.amazonses.com (a8-61.smtp-out.amazonses.com [54.240.8.61])",
              "0100019199c4a2f7-bounces@amazonses.greenhouse-mail.io",
              extra=[("Reply-To", addr("Maëlle Hoffmann", "maelle.hoffmann@ferralis.lu"))])
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:45", PARIS), end=None,
      contact="s.muller@acieries-fensch.fr", company="Aciéries de la Fensch",
      local="Thu 2026-09-17 09:45", zone=PARIS,
      note="Recruiter's short reply on top of the candidate's quoted availability ('jeudi 17 au matin ou "
           "vendredi 18 après-midi'); she picks 'jeudi 17 à 9h45' (Paris, CEST, UTC+2) = 07:45Z. "
           "'Prévoyez environ 1h30' is approximate -> end null. iso-8859-15, quoted-printable, text only.")
def prose_fensch() -> bytes:
    body = t("""
        Bonjour Monsieur Weber,

        Parfait, je vous confirme donc notre entretien le jeudi 17 à 9h45 sur notre site de Florange
        (bâtiment administratif B, accueil visiteurs - une pièce d'identité vous sera demandée pour le
        badge). Vous rencontrerez M. Thiriet, responsable du pôle données de production, et moi-même.
        Prévoyez environ 1h30, nous ferons ensuite un petit tour du laminoir si le planning le permet.

        Bonne fin de semaine,

        Sandrine Muller
        Chargée de recrutement - Direction des Ressources Humaines
        Aciéries de la Fensch
        Tél. 03 82 55 41 07

        -----Message d'origine-----
        De : Clément Weber <clement.weber@example.org>
        Envoyé : jeudi 10 septembre 2026 22:18
        À : Sandrine Muller <s.muller@acieries-fensch.fr>
        Objet : RE: Candidature - Ingénieur données industrielles (réf. DATA-0926)

        Bonsoir Madame Muller,

        Merci pour votre retour. Je suis disponible jeudi 17 au matin ou vendredi 18 après-midi,
        à votre convenance.

        Bien cordialement,
        Clément Weber
        """)
    hs = head(addr("Sandrine Muller", "s.muller@acieries-fensch.fr", "iso-8859-15"),
              "RE: Candidature - Ingénieur données industrielles (réf. DATA-0926)",
              "2026-09-11 17:42", PARIS,
              "<AM0PR02MB5521C3E0A91D7B2F44E1A2C9D40A9@AM0PR02MB5521.eurprd02.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              "s.muller@acieries-fensch.fr",
              extra=[("In-Reply-To", "<5f2c1d7e-0b9a-4c61-9d33-2a6e1f0c8b71@example.org>"),
                     ("References", "<5f2c1d7e-0b9a-4c61-9d33-2a6e1f0c8b71@example.org>"),
                     ("Thread-Topic", enc("Candidature - Ingénieur données industrielles (réf. DATA-0926)", "iso-8859-15")),
                     ("Content-Language", "fr-FR")],
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(3), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 14:00", PARIS), end=utc("2026-10-12 14:45", PARIS),
      contact="laurine.petitjean@hydrolor.fr", company="Hydrolor",
      local="Mon 2026-10-12 14:00", local_end="2026-10-12 14:45", zone=PARIS,
      note="Teamtailor confirmation 'lun. 12 oct. 2026 · 14:00 – 14:45 (heure de Paris)', CEST UTC+2 = "
           "12:00-12:45Z; Reply-To is a Teamtailor relay, so contact = the recruiter, ICS ORGANIZER and "
           "named in the body. ICS with TZID Europe/Paris.")
def teamtailor_hydrolor() -> bytes:
    body = t("""
        Bonjour Clément,

        Votre entretien pour le poste de Data Engineer - Jumeau numérique (H/F) chez Hydrolor est
        confirmé.

        📅 lun. 12 oct. 2026 · 14:00 – 14:45 (heure de Paris)
        📍 Visio Google Meet : https://meet.google.com/kpx-rqdt-wne
        👥 Laurine Petitjean (Talent Acquisition), Youssef Benali (Lead Data)

        Un empêchement ? Vous pouvez annuler ou déplacer le créneau depuis votre espace candidat, ou
        écrire directement à Laurine : laurine.petitjean@hydrolor.fr

        À très vite,
        L'équipe Hydrolor

        --
        Hydrolor · 4 allée de Longchamp · 54600 Villers-lès-Nancy
        Envoyé via Teamtailor · Se désabonner des communications de Hydrolor
        """)
    html_body = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <tr><td>
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/hydrolor.png" alt="Hydrolor" height="32">
        <p>Bonjour Clément,</p>
        <p>Votre entretien pour le poste de <strong>Data Engineer - Jumeau numérique (H/F)</strong> chez Hydrolor est confirmé.</p>
        <div style="border:1px solid #e4e4e7;border-radius:6px;padding:16px">
        <p style="margin:0 0 8px"><strong>lun. 12 oct. 2026 · 14:00 – 14:45</strong> (heure de Paris)</p>
        <p style="margin:0 0 8px">Visio Google Meet : <a href="https://meet.google.com/kpx-rqdt-wne">meet.google.com/kpx-rqdt-wne</a></p>
        <p style="margin:0">Laurine Petitjean (Talent Acquisition), Youssef Benali (Lead Data)</p>
        </div>
        <p>Un empêchement ? Vous pouvez annuler ou déplacer le créneau depuis votre
        <a href="https://hydrolor.teamtailor.com/candidate/connect">espace candidat</a>, ou écrire directement à Laurine :
        <a href="mailto:laurine.petitjean@hydrolor.fr">laurine.petitjean@hydrolor.fr</a></p>
        <p>À très vite,<br>L'équipe Hydrolor</p>
        </td></tr></table>
        <p style="font-size:11px;color:#71717a">Hydrolor · 4 allée de Longchamp · 54600 Villers-lès-Nancy<br>
        Envoyé via Teamtailor · <a href="https://hydrolor.teamtailor.com/unsubscribe">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interview//FR", "METHOD:REQUEST",
        VTZ[PARIS],
        "BEGIN:VEVENT",
        "UID:interview-7731582@teamtailor.com",
        "DTSTAMP:20261005T070311Z",
        "DTSTART;TZID=Europe/Paris:20261012T140000",
        "DTEND;TZID=Europe/Paris:20261012T144500",
        "SUMMARY:Entretien Hydrolor - Clément Weber",
        "LOCATION:https://meet.google.com/kpx-rqdt-wne",
        "ORGANIZER;CN=Laurine Petitjean:mailto:laurine.petitjean@hydrolor.fr",
        "ATTENDEE;CN=Clément Weber;RSVP=TRUE:mailto:clement.weber@example.org",
        "ATTENDEE;CN=Youssef Benali:mailto:youssef.benali@hydrolor.fr",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head("Hydrolor <no-reply@hydrolor.teamtailor-mail.com>",
              "Entretien confirmé – Data Engineer - Jumeau numérique (H/F)",
              "2026-10-05 09:03", PARIS,
              "<6f0d2a4c19e3b_7c2b3f9a1d4e0@teamtailor-app-mailer-5c8f7.mail>",
              "o1.ptr4417.teamtailor-mail.com (o1.ptr4417.teamtailor-mail.com [167.89.61.14])",
              "bounces+2291843-f1c7-clement.weber=example.org@em4417.teamtailor-mail.com",
              extra=[("Reply-To", "reply+c7a1f90e2b@reply.teamtailor-mail.com"),
                     ("List-Unsubscribe", "<https://hydrolor.teamtailor.com/unsubscribe/c7a1f90e2b>"),
                     ("X-SG-EID", "u001.Kd9ObqT0Vq3m7zpJ1w")])
    return message(hs, mixed(alt(text(body, cte="8bit"), html(html_body)),
                             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 11:00", PARIS), end=utc("2026-10-29 12:00", PARIS),
      contact="helene.garnier@castellane-ind.com", company="Castellane Industries",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone=PARIS,
      note="Workday interview notice, HTML only (base64), sent Wed 21 Oct in CEST; the interview on Thu 29 Oct "
           "is after Europe's switch back to CET (25 Oct): '11:00 AM - 12:00 PM (GMT+01:00) Paris' = 10:00-11:00Z. "
           "ICS uses the Windows zone 'Romance Standard Time'. Contact = the coordinator's address in the body.")
def workday_castellane() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
        <tr><td style="background:#003b5c;color:#fff;padding:14px 20px;font-size:18px">Castellane Industries Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Clément Weber,</p>
        <p>Thank you for your interest in the position <b>Lead Data Engineer - Plant Performance (R-0042187)</b>.
        We are pleased to confirm your interview as detailed below.</p>
        <table cellpadding="3">
        <tr><td valign="top"><b>Date:</b></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td valign="top"><b>Time:</b></td><td>11:00 AM - 12:00 PM (GMT+01:00) Paris</td></tr>
        <tr><td valign="top"><b>Interview type:</b></td><td>Panel - Microsoft Teams</td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Bertrand Lallemand, Director Industrial Data; Sofia Ruiz, HR Business Partner</td></tr>
        <tr><td valign="top"><b>Coordinator:</b></td><td>Hélène Garnier &lt;helene.garnier@castellane-ind.com&gt;</td></tr>
        </table>
        <p>A Microsoft Teams link is included in the attached calendar invitation. Please join five minutes
        early and have a photo ID ready.</p>
        <p>Should you have any questions, please contact your coordinator directly; this mailbox is not monitored.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Castellane Industries</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:10px;color:#888">This email was sent from Workday. Castellane
        Industries SAS, 18 quai de la Seine, 75019 Paris.</td></tr>
        </table>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Workday Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        ROMANCE,
        "BEGIN:VEVENT",
        "UID:WD-INTERVIEW-2f8b1c0e5d6a4e7b@castellane.wd3.myworkdayjobs.com",
        "DTSTAMP:20261021T132000Z",
        "DTSTART;TZID=Romance Standard Time:20261029T110000",
        "DTEND;TZID=Romance Standard Time:20261029T120000",
        "SUMMARY:Interview - Lead Data Engineer - Plant Performance (R-0042187)",
        "DESCRIPTION:Join Microsoft Teams Meeting\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "ZDk0YjE3NmQtZWI0Ni00@thread.v2/0\\nMeeting ID: 314 882 560 771\\nPasscode: 7Tq4Zx",
        "LOCATION:Microsoft Teams Meeting",
        "ORGANIZER;CN=Castellane Talent Acquisition:mailto:castellane@myworkday.com",
        "ATTENDEE;CN=Clément Weber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.weber@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head("Castellane Industries <castellane@myworkday.com>",
              "Interview Confirmation - Lead Data Engineer - Plant Performance",
              "2026-10-21 15:20", PARIS,
              "<1843209871.77231.1792588800412@wd3-prod-notif-11.myworkday.com>",
              "smtp-out-07.myworkday.com (smtp-out-07.myworkday.com [64.124.39.7])",
              "castellane@myworkday.com")
    return message(hs, mixed(html(html_body, cte="base64"),
                             calendar(ics, cte="base64", filename="Interview.ics", disposition="attachment")))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 15:00", "Europe/London"), end=utc("2026-10-27 15:45", "Europe/London"),
      contact="owen.pritchard@northgatemetals.co.uk", company="Northgate Metals",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45", zone="Europe/London",
      note="Lever confirmation sent Fri 23 Oct in BST (+0100); the interview 'Tuesday 27 October, 3:00pm UK time "
           "(4:00pm in Metz)' falls after both zones left summer time on 25 Oct: 15:00Z, and 'for 45 minutes' "
           "gives end 15:45Z. Contact = Reply-To recruiter. No ICS.")
def lever_northgate() -> bytes:
    body = t("""
        Hi Clément,

        Great news - you're all set for your interview with Northgate Metals for the Data Engineer
        (Remote, EMEA) role.

        When: Tuesday 27 October, 3:00pm UK time (4:00pm in Metz)
        Format: video call on Google Meet, for 45 minutes
        Link: https://meet.google.com/owq-zmzt-hbe
        With: Owen Pritchard (Talent Partner) and Fatima Rahman (Engineering Manager, Data)

        Heads up that the clocks go back this weekend in both the UK and France, so the one hour
        difference stays the same.

        Reply to this email if anything changes.

        Cheers,
        Owen

        Owen Pritchard | Talent Partner | Northgate Metals
        Sheffield · London · Remote
        """)
    html_body = (
        '<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + '<p style="color:#888;font-size:11px">Sent with Lever</p></div>\n'
    )
    hs = head("Owen Pritchard <no-reply@hire.lever.co>",
              "Your interview with Northgate Metals is confirmed",
              "2026-10-23 16:05", "Europe/London",
              "<20261023150512.3f9c1e2a7b4d@hire.lever.co>",
              "mail-a1.hire.lever.co (mail-a1.hire.lever.co [50.31.36.204])",
              "bounce-mc.us5_1029384.4471@mail-a1.hire.lever.co",
              extra=[("Reply-To", addr("Owen Pritchard", "owen.pritchard@northgatemetals.co.uk"))])
    return message(hs, alt(text(body), html(html_body)))


@mail(n(6), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:30", "Europe/Berlin"), end=utc("2026-11-10 11:30", "Europe/Berlin"),
      contact="katrin.becker@saarwerk-digital.de", company="Saarwerk Digital",
      local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:30", zone="Europe/Berlin",
      note="Personio invitation in German: 'Dienstag, 10. November 2026, 10:30 – 11:30 Uhr' in Saarbrücken (CET, "
           "UTC+1) = 09:30-10:30Z. Sender is a Personio no-reply; Reply-To is the HR contact. No ICS.")
def personio_saarwerk() -> bytes:
    body = t("""
        Guten Tag Herr Weber,

        vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) – Predictive Maintenance und Ihr
        Interesse an der Saarwerk Digital GmbH.

        Wie telefonisch besprochen, bestätigen wir Ihnen hiermit den Termin für das persönliche
        Vorstellungsgespräch:

        Termin: Dienstag, 10. November 2026, 10:30 – 11:30 Uhr
        Ort: Saarwerk Digital GmbH, Am Staden 27, 66121 Saarbrücken, 2. OG
        Gesprächspartner: Dr. Markus Heinz (Leitung Data & Analytics), Katrin Becker (HR)

        Parkplätze finden Sie im Parkhaus „Am Staden“. Die Fahrtkosten (Metz – Saarbrücken) erstatten
        wir Ihnen gerne, bitte bringen Sie dazu die Belege mit.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Becker
        Personal
        Saarwerk Digital GmbH | Am Staden 27 | 66121 Saarbrücken
        Geschäftsführer: Jörg Lauer | Amtsgericht Saarbrücken HRB 10 4471
        """)
    html_body = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Saarwerk Digital GmbH", "noreply@personio.de"),
              "Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d) – Predictive Maintenance",
              "2026-11-03 11:12", "Europe/Berlin",
              "<a7e0c4d1b2f3e9a8c6d5@mail.personio.de>",
              "mail.personio.de (mail.personio.de [3.64.211.50])",
              "bounces@mail.personio.de",
              extra=[("Reply-To", addr("Katrin Becker", "katrin.becker@saarwerk-digital.de")),
                     ("Content-Language", "de-DE")])
    return message(hs, alt(text(body), html(html_body)))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 15:00", PARIS), end=None,
      contact="thomas@rhenalytics.io", company="Rhénalytics",
      local="Thu 2026-11-19 15:00", zone=PARIS,
      note="Founder's phone reply, 'tu', 8bit, sent Wed 18 Nov 08:10 +0100: 'ok pour demain 15 h' = Thu 19 Nov "
           "15:00 CET = 14:00Z. No length given -> end null. Contact = the founder (sender).")
def prose_rhenalytics() -> bytes:
    body = t("""
        Salut Clément

        Ok pour demain 15 h, on fait l'entretien en visio, je t'envoie le lien Meet dans la matinée. Il y
        aura aussi Léa notre CTO. On parlera surtout de ton expérience sur les données capteurs du
        laminoir et de la stack (on est sur Kafka + ClickHouse).

        Si t'as un souci tu m'envoies un sms au 06 71 28 44 90

        À demain
        Thomas

        Envoyé de mon iPhone

        > Le 17 nov. 2026 à 19:02, Clément Weber <clement.weber@example.org> a écrit :
        >
        > Bonsoir Thomas,
        > Merci pour ton message sur LinkedIn. Je suis dispo jeudi après-midi si ça te va.
        > Clément
        """)
    hs = head(addr("Thomas Kieffer", "thomas@rhenalytics.io"),
              "Re: Poste data engineer chez Rhénalytics",
              "2026-11-18 08:10", PARIS,
              "<8C1E4F27-9B3A-4D0E-A6F1-2E7D5C9B0A13@rhenalytics.io>",
              "mail-wm1-f46.google.com (mail-wm1-f46.google.com [209.85.128.46])",
              "thomas@rhenalytics.io",
              extra=[("In-Reply-To", "<b3d1a9e0-44c2-4e7f-8a15-0c9e6f2d7b31@example.org>"),
                     ("References", "<b3d1a9e0-44c2-4e7f-8a15-0c9e6f2d7b31@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")])
    return message(hs, text(body, cte="8bit"))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 10:00", "America/New_York"), end=utc("2026-12-02 10:30", "America/New_York"),
      contact="dana.whitfield@brightmoor.io", company="Brightmoor Systems",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:30", zone="America/New_York",
      note="Calendly invitee confirmation shown in the host's zone: '10:00am - 10:30am (Eastern Time - US & "
           "Canada) on Wednesday, December 2, 2026' = 15:00-15:30Z (16:00 in Metz). Date header in UTC. Contact "
           "= Reply-To host; ICS in UTC agrees.")
def calendly_brightmoor() -> bytes:
    body = t("""
        Hi Clément Weber,

        A new event has been scheduled.

        Event Type:
        Intro Interview - Senior Data Engineer (30 min)

        Invitee:
        Clément Weber

        Invitee Email:
        clement.weber@example.org

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Wednesday, December 2, 2026

        Location:
        This is a Zoom web conference.
        https://brightmoor.zoom.us/j/84419027731?pwd=bUt2a0xQ

        Host:
        Dana Whitfield

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm based in Metz (France), so this is 4pm for me. Looking forward to it.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4c1e0b5e-2a7f-4b1d
        Reschedule: https://calendly.com/reschedulings/4c1e0b5e-2a7f-4b1d

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4c1e0b5e-2a7f-4b1d-9e33-71a0d6c2f845@calendly.com
        DTSTAMP:20261123T193107Z
        DTSTART:20261202T150000Z
        DTEND:20261202T153000Z
        SUMMARY:Intro Interview - Senior Data Engineer (30 min) between Dana Whitfield and Clément Weber
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@brightmoor.io
        ATTENDEE;CN=Clément Weber;PARTSTAT=ACCEPTED:mailto:clement.weber@example.org
        LOCATION:https://brightmoor.zoom.us/j/84419027731?pwd=bUt2a0xQ
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro Interview - Senior Data Engineer (30 min) with Dana Whitfield on Wednesday, December 2, 2026",
              "2026-11-23 19:31", "UTC",
              "<6541f0c1a2b3c_1f2e3a4b5c6d7@calendly-mailer-7d9f8.mail>",
              "o7.email.calendly.com (o7.email.calendly.com [167.89.101.27])",
              "bounces+1847221-0a3c-clement.weber=example.org@email.calendly.com",
              extra=[("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightmoor.io"))])
    return message(hs, mixed(text(body, cte="7bit" if body.isascii() else "quoted-printable"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-04 17:30", PARIS), end=utc("2026-12-04 18:15", PARIS),
      contact="ines.baptiste@quantaflux.ai", company="Quantaflux",
      local="Fri 2026-12-04 17:30", local_end="2026-12-04 18:15", zone=PARIS,
      note="Ashby confirmation, HTML only (base64), no ICS: 'Friday, December 4, 2026 · 5:30 PM – 6:15 PM CET' "
           "= 16:30-17:15Z. Date header in UTC (Thu 26 Nov). Contact = Reply-To coordinator.")
def ashby_quantaflux() -> bytes:
    html_body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2937">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Clément,</p>
        <p>Your <strong>System Design</strong> interview for <strong>Senior Data Engineer, Streaming</strong> at
        Quantaflux is confirmed. We&#x27;re excited to keep the conversation going!</p>
        <div style="background:#f3f4f6;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Friday, December 4, 2026 · 5:30 PM – 6:15 PM CET</div>
        <div>Google Meet · <a href="https://meet.google.com/rbe-fhwo-qzn">meet.google.com/rbe-fhwo-qzn</a></div>
        </div>
        <p>You&#x27;ll meet with:</p>
        <ul><li>Hugo Marchand — Staff Engineer, Data Infrastructure</li>
        <li>Camille Nguyen — Engineering Manager</li></ul>
        <p>This round is collaborative: bring a pen and paper or use the shared Excalidraw board we&#x27;ll send at
        the start of the call. No coding.</p>
        <p>Need to make a change? Reply to this email and it will reach Inès Baptiste.</p>
        <p>Thanks,<br>Quantaflux Recruiting</p>
        <p style="font-size:11px;color:#9ca3af">Sent via Ashby · 29 rue du Faubourg Poissonnière, 75009 Paris</p>
        </div></body></html>
        """)
    hs = head("Quantaflux <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Data Engineer, Streaming at Quantaflux",
              "2026-11-26 17:02", "UTC",
              "<0100019365ab41c2-6b7e0c94-d1f5-4a2b-8e3c-9f0a1b2c3d4e-000000@email.amazonses.com>",
              "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              "0100019365ab41c2-bounces@mail.ashbyhq.com",
              extra=[("Reply-To", addr("Inès Baptiste", "ines.baptiste@quantaflux.ai"))])
    return message(hs, html(html_body, cte="base64"))


@mail(n(10), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", PARIS), end=utc("2026-11-03 11:00", PARIS),
      contact="arnaud.collignon@lorraine-fibres.fr", company="Lorraine Fibres",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=PARIS,
      note="Google Calendar invitation in French from the hiring manager (Workspace): 'mar. 3 nov. 2026 10:00 - "
           "11:00 (heure normale d'Europe centrale - Paris)' = 09:00-10:00Z; ICS TZID Europe/Paris agrees. "
           "Contact = ORGANIZER.")
def gcal_lorraine_fibres() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique - Clément Weber / Data Engineer
        Quand
        mar. 3 nov. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Lorraine Fibres - 2 rue de la Papeterie, 54250 Champigneulles (salle Stanislas)

        Invités
        Arnaud Collignon - organisateur
        clement.weber@example.org
        Marion Aubry

        Bonjour Clément, comme convenu au téléphone : entretien technique avec Marion (équipe data) et moi.
        Parking visiteurs devant l'accueil. À mardi !
        Arnaud

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2Jm

        Participer (clement.weber@example.org) ?
        Oui - Peut-être - Non

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    html_body = gmail_html(body)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        VTZ[PARIS],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20261103T100000",
        "DTEND;TZID=Europe/Paris:20261103T110000",
        "DTSTAMP:20261028T154712Z",
        "ORGANIZER;CN=Arnaud Collignon:mailto:arnaud.collignon@lorraine-fibres.fr",
        "UID:3bf7q2kd8n1r5t0mb9cvh4eu6a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=clement.weber@example.org;X-NUM-GUESTS=0:mailto:clement.weber@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;"
        "CN=Marion Aubry;X-NUM-GUESTS=0:mailto:marion.aubry@lorraine-fibres.fr",
        "CREATED:20261028T154655Z",
        "DESCRIPTION:Bonjour Clément\\, comme convenu au téléphone : entretien technique avec Marion (équipe "
        "data) et moi.\\nParking visiteurs devant l'accueil. À mardi !\\nArnaud",
        "LAST-MODIFIED:20261028T154712Z",
        "LOCATION:Lorraine Fibres - 2 rue de la Papeterie\\, 54250 Champigneulles (salle Stanislas)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien technique - Clément Weber / Data Engineer",
        "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Arnaud Collignon", "arnaud.collignon@lorraine-fibres.fr"),
              "Invitation: Entretien technique - Clément Weber / Data Engineer @ mar. 3 nov. 2026 10:00 - 11:00 "
              "(CET) (clement.weber@example.org)",
              "2026-10-28 16:47", PARIS,
              "<calendar-8a1f3c52-6e0d-4b97-a2c4-5d1e9f7b3a60@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              "3mq1hZgcKCh0bnefclgqd-kl.xopijnnglrrpn.pnt@calendar-server.bounces.google.com",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Arnaud Collignon", "arnaud.collignon@lorraine-fibres.fr"))])
    return message(hs, mixed(
        alt(text(body, cte="quoted-printable", params="format=flowed; delsp=yes"), html(html_body),
            calendar(ics, method="REQUEST", cte="7bit" if ics.isascii() else "base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(11), family="exchange_teams", lang="fr-lu", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", "Europe/Luxembourg"), end=utc("2026-10-26 10:00", "Europe/Luxembourg"),
      contact="nadia.reuter@luxsidero.lu", company="LuxSidéro Services",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone="Europe/Luxembourg",
      note="Outlook meeting request (Teams) in Luxembourg French, sent Thu 22 Oct in CEST; the interview is Mon 26 "
           "Oct, the day after the switch back to CET: 09:00-10:00 '(UTC+01:00) Amsterdam, Berlin...' = 08:00-09:00Z. "
           "ICS TZID 'W. Europe Standard Time'. Contact = organizer/sender.")
def exchange_luxsidero() -> bytes:
    body = t("""
        Bonjour Monsieur Weber,

        Suite à notre échange téléphonique de ce matin, je vous envoie l'invitation pour l'entretien
        avec M. Pierre Wagner (Head of IT Operations) et moi-même pour le poste de Data Engineer
        (CDI, Luxembourg-Gasperich).

        Lundi 26 octobre 2026 de 09h00 à 10h00, via Microsoft Teams. Attention, nous passons à l'heure
        d'hiver ce week-end.

        N'hésitez pas à me joindre sur mon GSM si besoin : +352 621 48 17 30.

        Bien à vous,

        Nadia Reuter
        HR Business Partner
        LuxSidéro Services S.A. | 8, rue Henri M. Schnadt | L-2530 Luxembourg

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTg5YjEtYzA2Ni00@thread.v2/0?context=%7b%22Tid%22%3a%22b1e2%22%7d>
        ID de la réunion : 372 118 904 215
        Code secret : tU3Lk9
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Nadia Reuter:mailto:nadia.reuter@luxsidero.lu",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Weber:mailto:clement.weber@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pierre Wagner:mailto:pierre.wagner@luxsidero.lu",
        "DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Weber\\,\\n\\nSuite à notre échange téléphonique de ce matin\\, "
        "je vous envoie l'invitation pour l'entretien.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0A4B1F04D62DD01000000000000000010000000E2B5C8A77F1D3C4FB1E0E0F1A2C3D4E5",
        "SUMMARY;LANGUAGE=fr-FR:Entretien Data Engineer - Clément Weber",
        "DTSTART;TZID=W. Europe Standard Time:20261026T090000",
        "DTEND;TZID=W. Europe Standard Time:20261026T100000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261022T123108Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-ONLINEMEETINGCONFLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Nadia Reuter", "nadia.reuter@luxsidero.lu"),
              "Entretien Data Engineer - Clément Weber",
              "2026-10-22 14:31", "Europe/Luxembourg",
              "<DB9PR08MB6714A2E9F05B3C7D1E8F2A4BC7F12@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])",
              "nadia.reuter@luxsidero.lu",
              extra=[("Thread-Topic", enc("Entretien Data Engineer - Clément Weber")),
                     ("Thread-Index", "AdxkC7Vb0Ej1e2qLRm6Qz8g3n0J4xw=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
                 + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
                 + "</div></body></html>\n")
    return message(hs, alt(text(body), html(html_body),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(12), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 08:00", "Australia/Sydney"), end=utc("2026-12-03 09:00", "Australia/Sydney"),
      contact="mia.caldwell@southernore.com.au", company="Southern Ore Analytics",
      local="Thu 2026-12-03 08:00", local_end="2026-12-03 09:00", zone="Australia/Sydney",
      note="GoodTime confirmation from a Sydney company (AEDT, UTC+11 in December): 'Thursday, 3 December 2026, "
           "8:00 AM – 9:00 AM AEDT' = Wed 2 Dec 21:00-22:00Z, so the local date is the previous day in UTC (the mail "
           "also gives 'Wednesday 2 December, 10:00 PM – 11:00 PM CET'). Date header in AEDT. Contact = Reply-To "
           "coordinator; ICS in UTC.")
def goodtime_southern_ore() -> bytes:
    body = t("""
        Hi Clément,

        Your interview with Southern Ore Analytics is confirmed. Details below.

        Position: Senior Data Engineer - Remote (EMEA hours overlap)
        Stage: Hiring Manager Interview

        Date & time (Sydney): Thursday, 3 December 2026, 8:00 AM – 9:00 AM AEDT
        Your time zone (Paris): Wednesday, 2 December 2026, 10:00 PM – 11:00 PM CET

        Interviewer: Rhys Donnelly, Head of Data Engineering
        Join: https://southernore.zoom.us/j/91277340165

        Thanks for being flexible with the late evening on your side - Rhys is keen to chat about
        your blast furnace telemetry work.

        Need to reschedule? Reply to this email and your coordinator, Mia Caldwell, will help.

        Southern Ore Analytics Talent Team
        Scheduled with GoodTime
        """)
    html_body = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
                 + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
                 + "</body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-7f1c02a9-3e55-4b8e-a9d1-6c2b0e7d4f18
        DTSTAMP:20261125T231500Z
        DTSTART:20261202T210000Z
        DTEND:20261202T220000Z
        SUMMARY:Southern Ore Analytics - Hiring Manager Interview with Clement Weber
        LOCATION:https://southernore.zoom.us/j/91277340165
        ORGANIZER;CN=Mia Caldwell:mailto:mia.caldwell@southernore.com.au
        ATTENDEE;CN=Clement Weber;RSVP=TRUE:mailto:clement.weber@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Southern Ore Analytics <noreply@goodtime.io>",
              "Interview Confirmed: Southern Ore Analytics - Senior Data Engineer",
              "2026-11-26 10:15", "Australia/Sydney",
              "<gt.1764112500.5c3a@mailer.goodtime.io>",
              "mta-241.goodtime.io (mta-241.goodtime.io [198.2.180.241])",
              "bounce-md_31121.5c3a@mandrillapp.goodtime.io",
              extra=[("Reply-To", addr("Mia Caldwell", "mia.caldwell@southernore.com.au"))])
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


def _paras_html(body: str, style: str = "font-family:Arial,sans-serif") -> str:
    """A plain HTML twin of a text body, one <p> per paragraph."""
    import html as _h

    return (f'<html><body style="{style}">'
            + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")


@mail(n(13), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 15:00", PARIS), end=utc("2026-09-23 16:00", PARIS),
      contact="caroline.jaeger@illrhin-logistique.fr", company="Ill & Rhin Logistique",
      local="Wed 2026-09-23 15:00", local_end="2026-09-23 16:00", zone=PARIS,
      note="SmartRecruiters invitation, windows-1252 text + HTML: the body gives only the day ('mercredi 23 "
           "septembre', Strasbourg); the time is only in the ICS (TZID Europe/Paris 15:00-16:00, CEST) = "
           "13:00-14:00Z. Contact = human ICS ORGANIZER (the sender is a no-reply).")
def smartrecruiters_illrhin() -> bytes:
    body = t("""
        Bonjour Clément,

        Suite à l'étude de votre candidature au poste d'Ingénieur Data - Supply Chain (H/F), nous avons le
        plaisir de vous inviter à un entretien sur site le mercredi 23 septembre, dans nos locaux du Port du
        Rhin à Strasbourg.

        L'horaire exact et l'adresse figurent dans l'invitation jointe : merci de l'accepter afin que nous
        puissions préparer votre badge d'accès.

        Au programme : présentation de l'équipe, étude de cas sur nos flux de conteneurs et échange avec la
        responsable du service.

        Cordialement,

        Caroline Jaeger
        Responsable recrutement
        Ill & Rhin Logistique

        Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas y répondre directement.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN",
        "METHOD:REQUEST", VTZ[PARIS],
        "BEGIN:VEVENT",
        "UID:sr-ev-6a0f9e3c-41d2-4b9e-8c77-0e2f5d1a9b34@smartrecruiters.com",
        "DTSTAMP:20260917T094000Z",
        "DTSTART;TZID=Europe/Paris:20260923T150000",
        "DTEND;TZID=Europe/Paris:20260923T160000",
        "SUMMARY:Entretien sur site - Ingénieur Data - Supply Chain (H/F)",
        "LOCATION:Ill & Rhin Logistique\\, 3 rue du Port du Rhin\\, 67000 Strasbourg - accueil bâtiment C",
        "ORGANIZER;CN=Caroline Jaeger:mailto:caroline.jaeger@illrhin-logistique.fr",
        "ATTENDEE;CN=Clément Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.weber@example.org",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head("Ill & Rhin Logistique <noreply@smartrecruiters.com>",
              "Invitation à un entretien - Ingénieur Data - Supply Chain (H/F)",
              "2026-09-17 11:40", PARIS,
              "<emails.1789637.e4c0a2f1@smartrecruiters.com>",
              "mail191-20.suw21.mandrillapp.com (mail191-20.suw21.mandrillapp.com [198.2.191.20])",
              "bounce-md_30155447.66ea5a1c.v1-8a2b@mandrillapp.com",
              charset="windows-1252")
    return message(hs, mixed(alt(text(body, charset="windows-1252"), html(_paras_html(body), charset="windows-1252")),
                             calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


@mail(n(14), family="microsoft_bookings", lang="fr-lu", interview=True, kind="scheduled",
      start=utc("2026-09-22 11:30", "Europe/Luxembourg"), end=utc("2026-09-22 12:00", "Europe/Luxembourg"),
      contact="paul.kremer@kidata.lu", company="Kirchberg Industrial Data",
      local="Tue 2026-09-22 11:30", local_end="2026-09-22 12:00", zone="Europe/Luxembourg",
      note="Microsoft Bookings confirmation from a Bookings mailbox; the body's zone label shows the standard offset "
           "'(UTC+01:00) Amsterdam, Berlin, Berne...' but 22 Sept is CEST: 11:30 + '30 minutes' = 09:30-10:00Z, "
           "which the ICS (W. Europe Standard Time) confirms. Contact = the staff member's address in the body.")
def bookings_kidata() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Segoe,Tahoma,sans-serif;font-size:14px;color:#333">
        <p style="font-size:20px">Votre rendez-vous a été confirmé</p>
        <p>Bonjour Clément Weber,</p>
        <p>Merci d'avoir réservé un créneau avec Kirchberg Industrial Data. Voici le récapitulatif :</p>
        <table style="border-top:1px solid #eee">
        <tr><td style="color:#666">Service</td><td>Entretien de présélection - Data Engineer (30 minutes)</td></tr>
        <tr><td style="color:#666">Date</td><td>mardi 22 septembre 2026</td></tr>
        <tr><td style="color:#666">Heure</td><td>11:30 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne</td></tr>
        <tr><td style="color:#666">Membre du personnel</td><td>Paul Kremer</td></tr>
        <tr><td style="color:#666">Lieu</td><td>Réunion Microsoft Teams (le lien figure dans l'invitation)</td></tr>
        </table>
        <p>Une question avant l'entretien ? Écrivez à Paul : <a href="mailto:paul.kremer@kidata.lu">paul.kremer@kidata.lu</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/KirchbergIndustrialData@kidata.lu/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#999">Kirchberg Industrial Data S.à r.l. · 4, rue Alphonse Weicker · L-2721 Luxembourg<br>
        Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Kirchberg Industrial Data:mailto:KirchbergIndustrialData@kidata.lu",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Weber:mailto:clement.weber@example.org",
        "SUMMARY;LANGUAGE=fr-FR:Entretien de présélection - Data Engineer",
        "DTSTART;TZID=W. Europe Standard Time:20260922T113000",
        "DTEND;TZID=W. Europe Standard Time:20260922T120000",
        "UID:040000008200E00074C5B7101A82E0080000000090E3C0AD8C44DD0100000000000000001000000077A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260914T140500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Kirchberg Industrial Data", "KirchbergIndustrialData@kidata.lu"),
              "Réservation confirmée : Entretien de présélection - Data Engineer",
              "2026-09-14 16:05", "Europe/Luxembourg",
              "<AM9PR03MB7219B4E0C1D2A3F4E5D6C7B8A9F0E@AM9PR03MB7219.eurprd03.prod.outlook.com>",
              "EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])",
              "KirchbergIndustrialData@kidata.lu",
              extra=[("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-BookingsType", "Confirmation")])
    return message(hs, alt(html(html_body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(15), family="zoom", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-20 14:30", PARIS), end=None,
      contact="a.vautrin@vautrin-conseil.fr", company="Tôleries de Lunéville",
      local="Fri 2026-11-20 14:30", zone=PARIS,
      note="Recruitment-agency consultant (Nancy) confirms the client interview and pastes the Zoom invitation "
           "('Heure : 20 nov. 2026 02:30 PM Paris', CET) = 13:30Z; no length -> end null. Company = the client "
           "named in the mail. iso-8859-1, 8bit, text only.")
def zoom_vautrin() -> bytes:
    body = t("""
        Bonjour Clément,

        Bonne nouvelle : M. Gérardin, directeur industriel des Tôleries de Lunéville, souhaite vous
        rencontrer pour le poste de Responsable données & performance. Comme il est sur le site de
        Baccarat toute la semaine, l'entretien se fera en visio vendredi prochain, 20/11 à 14h30.

        Je vous colle l'invitation ci-dessous. Je vous appelle jeudi en fin de journée pour le
        préparer ensemble (culture de l'entreprise, attentes sur le TRS, etc.).

        Bien à vous,

        Aurélie Vautrin
        Consultante senior - Industrie
        Vautrin Conseil | 14 place Stanislas | 54000 Nancy
        03 83 17 62 40

        ----------
        Aurélie Vautrin vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Tôleries de Lunéville - C. Weber
        Heure : 20 nov. 2026 02:30 PM Paris

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/83377104921?pwd=Qm9vYzZ2

        ID de réunion : 833 7710 4921
        Code secret : 520184
        """)
    hs = head(addr("Aurélie Vautrin", "a.vautrin@vautrin-conseil.fr", "iso-8859-1"),
              "Entretien Tôleries de Lunéville - vendredi 20/11",
              "2026-11-13 10:22", PARIS,
              "<000f01dd5a41$9c3e2b10$d4ba8130$@vautrin-conseil.fr>",
              "smtp.vautrin-conseil.fr (smtp-out.ovh.net [46.105.43.114])",
              "a.vautrin@vautrin-conseil.fr",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(16), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-30 09:00", PARIS), end=utc("2026-11-30 10:00", PARIS),
      contact=None, company="Sidertech Lorraine",
      local="Mon 2026-11-30 09:00", local_end="2026-11-30 10:00", zone=PARIS,
      note="Workable confirmation in French: 'lundi 30 novembre 2026 à 9h00 (heure de Paris)', 'Durée : 1 heure' "
           "= 08:00-09:00Z. Reply-To is a Workable relay (+...@candidates.workablemail.com) and the body names the "
           "interviewer without an address -> contact null.")
def workable_sidertech() -> bytes:
    body = t("""
        Bonjour Clément,

        Merci pour votre intérêt pour le poste de Data Engineer - Aciérie électrique chez Sidertech Lorraine.

        Votre entretien est confirmé :

        Date : lundi 30 novembre 2026 à 9h00 (heure de Paris)
        Durée : 1 heure
        Lieu : Sidertech Lorraine, 7 rue du Haut-Fourneau, 57300 Hagondange
        Avec : Jérôme Hanriot, responsable automatisme et données

        Pensez à vous munir de chaussures de sécurité, une visite de l'aciérie est prévue à la fin de
        l'entretien.

        Pour toute question, il vous suffit de répondre à cet e-mail.

        Cordialement,
        Sidertech Lorraine

        ---
        Envoyé via Workable
        """)
    html_body = _paras_html(body, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222")
    hs = head("Sidertech Lorraine <noreply@candidates.workablemail.com>",
              "Votre entretien avec Sidertech Lorraine est confirmé",
              "2026-11-24 13:57", PARIS,
              "<6743215d8a2b1_3f9d2ae0c4a18@workable-mailer-6f8b9c.mail>",
              "o3.candidates.workablemail.com (o3.candidates.workablemail.com [149.72.163.57])",
              "bounces+9930211-7ac1-clement.weber=example.org@candidates.workablemail.com",
              extra=[("Reply-To", "sidertech-lorraine+f3a19c07e2@candidates.workablemail.com")])
    return message(hs, alt(text(body, cte="base64"), html(html_body, cte="base64")))


@mail(n(17), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-09 10:30", "Europe/Amsterdam"), end=utc("2026-10-09 11:30", "Europe/Amsterdam"),
      contact="sanne.devries@hollandiarail.nl", company="Hollandia Rail Analytics",
      local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:30", zone="Europe/Amsterdam",
      note="Recruitee reschedule: old 'Thursday 8 October, 13:00' and new 'Friday 9 October, 10:30 - 11:30 "
           "(CEST, Amsterdam)' both in the mail; new time = 08:30-09:30Z, ICS SEQUENCE:1 with TZID "
           "Europe/Amsterdam agrees. Contact = Reply-To recruiter.")
def recruitee_hollandia() -> bytes:
    body = t("""
        Hi Clément,

        Unfortunately our Head of Data, Joost, has a clash on Thursday, so we need to move your interview.

        Previous time: Thursday 8 October, 13:00 - 14:00 (CEST)
        New time:      Friday 9 October, 10:30 - 11:30 (CEST, Amsterdam)

        The video link stays the same: https://meet.google.com/hfd-ukqn-yrz

        An updated calendar invitation is attached. Sorry for the hassle, and thank you for being flexible!

        Kind regards,
        Sanne de Vries
        Talent Acquisition · Hollandia Rail Analytics B.V.
        Stationsplein 45, 3511 ED Utrecht

        Sent with Recruitee
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recruitee//Recruitee Events//EN", "METHOD:REQUEST",
        VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam"),
        "BEGIN:VEVENT",
        "UID:recruitee-event-55219034@recruitee.com",
        "DTSTAMP:20261005T074100Z",
        "DTSTART;TZID=Europe/Amsterdam:20261009T103000",
        "DTEND;TZID=Europe/Amsterdam:20261009T113000",
        "SEQUENCE:1",
        "SUMMARY:Interview Clément Weber - Data Engineer (Rail Telemetry)",
        "LOCATION:https://meet.google.com/hfd-ukqn-yrz",
        "ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@hollandiarail.nl",
        "ATTENDEE;CN=Clément Weber;RSVP=TRUE:mailto:clement.weber@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head("Sanne de Vries | Hollandia Rail Analytics <hollandiarail@mail.recruitee.com>",
              "Updated: your interview with Hollandia Rail Analytics has been moved",
              "2026-10-05 09:41", "Europe/Amsterdam",
              "<20261005074102.9c1f.recruitee-mailer@mail.recruitee.com>",
              "mail-out-3.recruitee.com (mail-out-3.recruitee.com [52.58.214.99])",
              "bounces@mail.recruitee.com",
              extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@hollandiarail.nl"))])
    return message(hs, mixed(alt(text(body), html(_paras_html(body))),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-23 14:00", PARIS), end=None,
      contact="g.schaeffer@orne-process.fr", company="Orne Process Engineering",
      local="Fri 2026-10-23 14:00", zone=PARIS,
      note="HR manager moves the interview: old 'mardi 20 à 14h', new 'vendredi de la semaine prochaine, même "
           "heure'. Sent Thu 15 Oct, so next week's Friday is Fri 23 Oct, 14:00 CEST (before the 25 Oct switch) "
           "= 12:00Z. No length. windows-1252 QP, Outlook text + HTML.")
def prose_orne_reschedule() -> bytes:
    body = t("""
        Bonjour Monsieur Weber,

        Je suis désolée de devoir modifier notre rendez-vous : notre directeur technique, M. Lecomte, qui
        tenait à participer à l'entretien prévu mardi 20 à 14h, sera finalement en déplacement chez un
        client toute la semaine prochaine.

        L'entretien est donc déplacé au vendredi de la semaine prochaine, même heure, toujours dans nos
        bureaux de Maizières-lès-Metz (Actipôle, bâtiment 3). Inutile de me répondre si cela vous convient,
        l'invitation Outlook suivra.

        Avec toutes mes excuses pour ce contretemps,

        Gaëlle Schaeffer
        Responsable RH
        Orne Process Engineering
        Actipôle - 57280 Maizières-lès-Metz
        g.schaeffer@orne-process.fr
        """)
    hs = head(addr("Gaëlle Schaeffer", "g.schaeffer@orne-process.fr", "windows-1252"),
              "Entretien du mardi 20 octobre - changement de date",
              "2026-10-15 11:26", PARIS,
              "<PR3P191MB1422D3E4F5A6B7C8D9E0F1A2B3C4D@PR3P191MB1422.EURP191.PROD.OUTLOOK.COM>",
              "EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2072.outbound.protection.outlook.com [40.107.241.72])",
              "g.schaeffer@orne-process.fr",
              extra=[("Thread-Topic", "Entretien du mardi 20 octobre - changement de date"),
                     ("Content-Language", "fr-FR"), ("Importance", "high")],
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(_paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"),
                                charset="windows-1252")))


@mail(n(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-12 09:00", PARIS), end=utc("2026-11-12 10:00", PARIS),
      contact="claire.dubreuil@kessler-brandt.com", company="Kessler & Brandt Engineering",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone=PARIS,
      note="iCIMS reschedule from a no-reply: the old slot (Wed 11 Nov 4:00 PM, a French public holiday) and the new "
           "one '11/12/2026 09:00 AM - 10:00 AM (GMT+01:00) Paris' (US-style MM/DD, 12 November) in the same mail; "
           "new time = 08:00-09:00Z, ICS in UTC with SEQUENCE:2 agrees. Contact = recruiter's address in the body.")
def icims_kessler() -> bytes:
    body = t("""
        Dear Clément,

        Please note that your interview for Requisition 2026-11873 Data Platform Engineer (Paris / Remote)
        has been RESCHEDULED.

        Original date/time: 11/11/2026 04:00 PM - 05:00 PM (GMT+01:00) Paris
        New date/time:      11/12/2026 09:00 AM - 10:00 AM (GMT+01:00) Paris

        Our apologies: the original slot fell on Armistice Day, a public holiday for our Paris office.

        Interview type: Video (Microsoft Teams). The link in your calendar invitation has been updated.
        Interviewers: Mathieu Perrin, Engineering Manager; Anja Kessler, VP Data

        If you have any questions, please contact your recruiter, Claire Dubreuil
        (claire.dubreuil@kessler-brandt.com).

        Sincerely,
        Kessler & Brandt Engineering Talent Acquisition

        This message was sent from an unmonitored address. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:icims-int-2026-11873-4471902@kesslerbrandt.icims.com
        DTSTAMP:20261106T162000Z
        DTSTART:20261112T080000Z
        DTEND:20261112T090000Z
        SEQUENCE:2
        SUMMARY:Interview: Data Platform Engineer (2026-11873) - Kessler & Brandt Engineering
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Kessler & Brandt Talent Acquisition:mailto:donotreply@talent.icims.com
        ATTENDEE;CN=Clement Weber;RSVP=TRUE:mailto:clement.weber@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Kessler & Brandt Engineering <donotreply@talent.icims.com>",
              "Interview Rescheduled - Data Platform Engineer (2026-11873)",
              "2026-11-06 17:20", PARIS,
              "<1317204552.188341.1794068400913.JavaMail.icims@app3.icims.com>",
              "mail-out12.icims.com (mail-out12.icims.com [208.68.129.12])",
              "bounces@talent.icims.com")
    return message(hs, mixed(alt(text(body, cte="8bit"), html(_paras_html(body, "font-family:Verdana;font-size:12px"))),
                             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(20), family="forward_to_self", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-10 16:30", PARIS), end=utc("2026-12-10 17:30", PARIS),
      contact="elodie.marchal@batiroc-industrie.fr", company="Batiroc Industrie",
      local="Thu 2026-12-10 16:30", local_end="2026-12-10 17:30", zone=PARIS,
      note="The candidate forwards to himself (example.net -> example.org) an Outlook update as an attached "
           "message/rfc822: the interview 'mercredi 2 décembre à 10h' becomes 'jeudi 10 décembre, de 16h30 à "
           "17h30' (CET) = 15:30-16:30Z; the inner ICS (Romance Standard Time, SEQUENCE:1) agrees. Contact = the "
           "recruiter in the forwarded message (the candidate is never the contact).")
def forward_batiroc() -> bytes:
    inner_body = t("""
        Bonjour Clément,

        Comme évoqué au téléphone, notre responsable de site ne pourra pas être présent mercredi 2 décembre
        à 10h. Nous décalons donc votre entretien au jeudi 10 décembre, de 16h30 à 17h30, au même endroit
        (site de Thionville, bâtiment administratif).

        Vous trouverez ci-joint l'invitation mise à jour.

        Cordialement,

        Élodie Marchal
        Chargée de recrutement
        Batiroc Industrie - 12 route de Manom - 57100 Thionville
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Élodie Marchal:mailto:elodie.marchal@batiroc-industrie.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.weber@example.net:mailto:clement.weber@example.net",
        "SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieur data maintenance (C. Weber)",
        "DTSTART;TZID=Romance Standard Time:20261210T163000",
        "DTEND;TZID=Romance Standard Time:20261210T173000",
        "UID:040000008200E00074C5B7101A82E00800000000F1B2C3D4E5F6DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261201T170500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=fr-FR:Batiroc Industrie - Thionville\\, bâtiment administratif",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    inner = message(
        [("From", addr("Élodie Marchal", "elodie.marchal@batiroc-industrie.fr")),
         ("To", "clement.weber@example.net"),
         ("Subject", enc("Mise à jour : Entretien - Ingénieur data maintenance (C. Weber)")),
         ("Date", date("2026-12-01 18:05", PARIS)),
         ("Message-ID", "<VI1PR06MB4478E2D3C4B5A6978D0E1F2A3B4C5@VI1PR06MB4478.eurprd06.prod.outlook.com>"),
         ("Content-Language", "fr-FR")],
        alt(text(inner_body), calendar(ics, method="REQUEST", cte="base64")))
    outer = t("""
        pour l'agenda -> Batiroc décalé au jeudi 10/12 16h30
        """)
    hs = head(addr(ME_NAME, "clement.weber@example.net"),
              "Fwd: Mise à jour : Entretien - Ingénieur data maintenance (C. Weber)",
              "2026-12-01 20:12", PARIS,
              "<e1f0a9b8-7c6d-4e5f-9a0b-1c2d3e4f5a6b@example.net>",
              "smtp.example.net (smtp.example.net [192.0.2.25])",
              "clement.weber@example.net",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(hs, mixed(text(outer, cte="8bit", params="format=flowed"),
                             attached_message(inner, "Mise a jour Entretien.eml")))


@mail(n(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-16 11:00", PARIS), end=utc("2026-10-16 11:30", PARIS),
      contact="julie.marchetti@novametz.fr", company="NovaMetz",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:30", zone=PARIS,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) in French: 'ven. 16 oct. 2026 11:00 - "
           "11:30 (heure d'été d'Europe centrale)' = the cancelled slot 09:00-09:30Z. No new time. Contact = "
           "ORGANIZER.")
def gcal_cancel_novametz() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien RH - Clément Weber (Data Analyst industriel)
        Quand
        ven. 16 oct. 2026 11:00 – 11:30 (heure d'été d'Europe centrale - Paris)

        Invités
        Julie Marchetti - organisateur
        clement.weber@example.org

        Bonjour Clément, je suis navrée, le recrutement est mis en pause jusqu'au budget 2027. Je reviens vers
        vous dès que possible. Julie

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ[PARIS],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20261016T110000",
        "DTEND;TZID=Europe/Paris:20261016T113000",
        "DTSTAMP:20261013T065512Z",
        "ORGANIZER;CN=Julie Marchetti:mailto:julie.marchetti@novametz.fr",
        "UID:7o2vq1m4kf8s0h3d5c9b1n6e2t@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=clement.weber@example.org;"
        "X-NUM-GUESTS=0:mailto:clement.weber@example.org",
        "CREATED:20261008T132010Z",
        "LAST-MODIFIED:20261013T065512Z",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Entretien RH - Clément Weber (Data Analyst industriel)",
        "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Julie Marchetti", "julie.marchetti@novametz.fr"),
              "Événement annulé : Entretien RH - Clément Weber (Data Analyst industriel) @ ven. 16 oct. 2026 "
              "11:00 - 11:30 (CEST) (clement.weber@example.org)",
              "2026-10-13 08:55", PARIS,
              "<calendar-c41d0e92-7a3b-4f18-b6e5-0d9c2a1f8e37@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              "2kq0gYgcKCgAXjabYhcmZ-gh.tkleqjjgdnnlj.jlp@calendar-server.bounces.google.com",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(22), family="taleo", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-08 10:00", PARIS), end=None,
      contact=None, company="Groupe Valmétal",
      local="Tue 2026-12-08 10:00", zone=PARIS,
      note="Taleo cancellation, HTML only (iso-8859-1 QP): the interview 'mardi 8 décembre 2026 à 10h00' (CET) = "
           "09:00Z is cancelled because the post was filled internally; no new time. Only a no-reply sender and a "
           "name without address -> contact null.")
def taleo_valmetal() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial;font-size:12px">
        <p>Bonjour Clément Weber,</p>
        <p>Nous vous remercions de l'intérêt que vous portez au Groupe Valmétal et au poste
        <b>Ingénieur Data Qualité - Usine de Gandrange (Réf. 2600417)</b>.</p>
        <p>Nous sommes au regret de vous informer que l'entretien prévu le <b>mardi 8 décembre 2026 à 10h00</b>
        est annulé : le poste a été pourvu par mobilité interne.</p>
        <p>Votre candidature reste enregistrée dans notre base et nous ne manquerons pas de revenir vers vous si
        une opportunité correspondant à votre profil se présentait.</p>
        <p>Cordialement,</p>
        <p>Stéphanie Roux<br>Service Recrutement<br>Groupe Valmétal</p>
        <p style="font-size:10px;color:#777">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head("Groupe Valmetal <valmetal@taleo.net>",
              "Annulation de votre entretien - Ingénieur Data Qualité (Réf. 2600417)",
              "2026-12-03 14:10", PARIS,
              "<1890442117.66512.1796303400118.JavaMail.taleo@ntc2-p1-app07>",
              "smtp-out-ntc2.taleo.net (smtp-out-ntc2.taleo.net [160.34.11.20])",
              "valmetal@taleo.net",
              charset="iso-8859-1")
    return message(hs, html(html_body, charset="iso-8859-1"))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 11:00", "Europe/Dublin"), end=None,
      contact="orla.keane@tidewater-analytics.ie", company="Tidewater Analytics",
      local="Thu 2026-12-10 11:00", zone="Europe/Dublin",
      note="Recruiter cancels 'our call on Thursday at 11:00 (Irish time)', resolved against the Date (Mon 7 Dec, "
           "Dublin, GMT) = Thu 10 Dec 11:00Z; she only proposes Monday 14 Dec as a question, so nothing new is "
           "fixed -> cancelled with the cancelled slot. Gmail text + HTML.")
def prose_tidewater_cancel() -> bytes:
    body = t("""
        Hi Clément,

        So sorry to do this, but I have to cancel our interview on Thursday at 11:00 (Irish time). Our
        Head of Engineering is out sick this week and I don't want you to do the technical round without
        him.

        Would Monday 14th at the same time work instead? If not, send me a couple of slots that suit and
        I'll make it work.

        Apologies again,
        Orla

        --
        Orla Keane
        Senior Technical Recruiter | Tidewater Analytics
        Grand Canal Quay, Dublin 2
        """)
    hs = head(addr("Orla Keane", "orla.keane@tidewater-analytics.ie"),
              "Thursday's interview - need to cancel, sorry!",
              "2026-12-07 17:30", "Europe/Dublin",
              "<CAF3k9+Q1a7pWz0_Nm4rXbT2e8yUv6LdJc5hGs3oKi@mail.gmail.com>",
              "mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])",
              "orla.keane@tidewater-analytics.ie")
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en", interview=False, company="Northgate Metals",
      days=(("Tue", "2026-10-27"),),
      note="Rejection after the Lever interview of Tue 27 Oct (same thread as that confirmation); the past "
           "interview date is quoted but nothing is scheduled.")
def rejection_northgate() -> bytes:
    body = t("""
        Hi Clément,

        Thank you again for interviewing with us on Tuesday 27 October, and for the thoughtful questions
        you asked Fatima about our sensor pipeline.

        I'm sorry to say that we've decided to move forward with another candidate whose background is a
        closer match to the streaming work planned for the first half of next year. It was a close call,
        and the team was genuinely impressed by your experience on the hot strip mill data.

        We'd love to keep in touch; if you're open to it, I'll reach out when we open the next data role.

        All the best,
        Owen

        Owen Pritchard | Talent Partner | Northgate Metals
        """)
    hs = head("Owen Pritchard <no-reply@hire.lever.co>",
              "Your application to Northgate Metals",
              "2026-11-04 10:48", "Europe/London",
              "<20261104104811.8b2e0d7f1a3c@hire.lever.co>",
              "mail-a2.hire.lever.co (mail-a2.hire.lever.co [50.31.36.205])",
              "bounce-mc.us5_1029384.4602@mail-a2.hire.lever.co",
              extra=[("Reply-To", addr("Owen Pritchard", "owen.pritchard@northgatemetals.co.uk"))])
    return message(hs, alt(text(body), html(_paras_html(body, "font-family:Helvetica,Arial,sans-serif"))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Hydrolor",
      days=(("Mon", "2027-01-04"), ("Mon", "2026-10-12"), ("Fri", "2026-11-06")),
      note="Offer (proposition d'embauche) after the 12 Oct interview; a first working day with a time "
           "('lundi 4 janvier 2027 à 9h') and an answer deadline, but no interview.")
def offer_hydrolor() -> bytes:
    body = t("""
        Bonjour Clément,

        Suite à nos échanges et à votre entretien du lundi 12 octobre avec Youssef, j'ai le plaisir de vous
        adresser notre proposition d'embauche pour le poste de Data Engineer - Jumeau numérique (H/F) :

        - CDI, statut cadre, forfait jours
        - Rémunération : 54 000 € bruts annuels + prime d'objectifs (jusqu'à 8 %)
        - Télétravail : 2 jours par semaine
        - Prise de poste souhaitée : lundi 4 janvier 2027 à 9h, sur notre site de Villers-lès-Nancy

        Vous trouverez la lettre d'offre détaillée dans votre espace candidat. Nous vous serions
        reconnaissants de nous faire part de votre décision avant le vendredi 6 novembre.

        Je reste bien sûr disponible pour en parler par téléphone.

        Bien cordialement,

        Laurine Petitjean
        Talent Acquisition - Hydrolor
        """)
    hs = head(addr("Laurine Petitjean", "laurine.petitjean@hydrolor.fr"),
              "Proposition d'embauche - Data Engineer - Jumeau numérique",
              "2026-11-02 17:35", PARIS,
              "<CAJd8wQ0eR5-TyX1z_8mP2v+K4nbF7hL9sGq3uYc0a@mail.gmail.com>",
              "mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])",
              "laurine.petitjean@hydrolor.fr")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Castellane Industries",
      note="Workday application receipt in French (before the interview of 29 Oct); 'planifier un entretien' is "
           "hypothetical. HTML only.")
def ack_castellane() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="600" style="border:1px solid #d9d9d9"><tr>
        <td style="background:#003b5c;color:#fff;padding:14px 20px;font-size:18px">Castellane Industries - Carrières</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Clément,</p>
        <p>Nous avons bien reçu votre candidature au poste <b>Lead Data Engineer - Plant Performance (R-0042187)</b>
        et vous remercions de l'intérêt que vous portez à Castellane Industries.</p>
        <p>Notre équipe recrutement étudie actuellement votre dossier. Si votre profil correspond à nos attentes,
        un membre de l'équipe vous contactera afin de planifier un premier entretien. Dans le cas contraire, vous
        serez informé(e) par e-mail.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre
        <a href="https://castellane.wd3.myworkdayjobs.com/fr-FR/Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition</p>
        </td></tr></table></body></html>
        """)
    hs = head("Castellane Industries <castellane@myworkday.com>",
              "Nous avons bien reçu votre candidature - Lead Data Engineer - Plant Performance",
              "2026-10-01 08:02", PARIS,
              "<977120334.40199.1790834520077@wd3-prod-notif-04.myworkday.com>",
              "smtp-out-03.myworkday.com (smtp-out-03.myworkday.com [64.124.39.3])",
              "castellane@myworkday.com")
    return message(hs, html(html_body))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Job-board digest (fictional board) for data roles around Metz; badges like 'Entretien rapide' and a "
           "'job dating jeudi 15 octobre' teaser confirm nothing.")
def job_alert_emploiest() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f6f7f9">
        <div style="max-width:600px;margin:auto;background:#fff;padding:20px">
        <h2 style="color:#0b5394">7 nouvelles offres pour « data engineer » autour de Metz (57)</h2>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://www.emploiest.example/offre/88123"><b>Data Engineer confirmé (H/F)</b></a><br>
        Sidertech Lorraine - Hagondange · CDI · 45-55 k€<br>
        <span style="background:#e6f4ea;color:#137333;font-size:11px;padding:2px 6px">Entretien rapide</span></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://www.emploiest.example/offre/88140"><b>Ingénieur Big Data - Industrie 4.0</b></a><br>
        Moselle Automation - Metz · CDI · Télétravail partiel</div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://www.emploiest.example/offre/88152"><b>Data Analyst - Supply Chain (H/F)</b></a><br>
        Ill &amp; Rhin Logistique - Strasbourg · CDI<br>
        <span style="background:#fce8e6;color:#c5221f;font-size:11px;padding:2px 6px">Recrute activement</span></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://www.emploiest.example/offre/88177"><b>Cloud Data Engineer (m/w/d)</b></a><br>
        Saarwerk Digital GmbH - Saarbrücken (DE) · Festanstellung</div>
        <p style="background:#fff8e1;padding:10px">📣 Job dating Industrie &amp; Numérique : jeudi 15 octobre, de 9h à 17h,
        au Centre des Congrès Robert Schuman de Metz. Entretiens de 10 minutes avec 30 recruteurs, entrée libre.</p>
        <p style="font-size:11px;color:#888">Vous recevez cette alerte car vous l'avez créée sur EmploiEst.
        <a href="https://www.emploiest.example/alertes/desinscription?u=c7w">Se désinscrire</a></p>
        </div></body></html>
        """)
    plain = t("""
        7 nouvelles offres pour « data engineer » autour de Metz (57)

        Data Engineer confirmé (H/F) - Sidertech Lorraine - Hagondange - CDI - Entretien rapide
        Ingénieur Big Data - Industrie 4.0 - Moselle Automation - Metz - CDI
        Data Analyst - Supply Chain (H/F) - Ill & Rhin Logistique - Strasbourg - Recrute activement
        Cloud Data Engineer (m/w/d) - Saarwerk Digital GmbH - Saarbrücken (DE)

        Job dating Industrie & Numérique : jeudi 15 octobre, de 9h à 17h, au Centre des Congrès Robert
        Schuman de Metz. Entretiens de 10 minutes avec 30 recruteurs, entrée libre.

        Se désinscrire : https://www.emploiest.example/alertes/desinscription?u=c7w
        """)
    hs = head("EmploiEst <alertes@emploiest.example>",
              "7 nouvelles offres : data engineer - Metz (57)",
              "2026-10-09 06:30", PARIS,
              "<alerte.20261009.c7w.88123@emploiest.example>",
              "mta3.emploiest.example (mta3.emploiest.example [198.51.100.33])",
              "bounce-alertes@emploiest.example",
              extra=[("List-Unsubscribe", "<https://www.emploiest.example/alertes/desinscription?u=c7w>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(plain), html(html_body)))


@mail(n(28), family="newsletter_blog", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Career blog newsletter ('5 questions pièges en entretien technique') with a webinar teaser 'jeudi 12 "
           "novembre à 18h30'; List-Unsubscribe, nothing confirmed for the reader.")
def newsletter_blog() -> bytes:
    body = t("""
        LA LETTRE DATA & CARRIÈRE — n° 47

        5 questions pièges en entretien technique (et comment y répondre)

        1. « Parlez-moi d'un pipeline qui a cassé en production. » Le recruteur ne cherche pas un héros :
           il veut savoir comment vous avez détecté, communiqué et corrigé.
        2. « Batch ou streaming ? » Ne répondez jamais sans poser de questions sur la latence attendue.
        3. « Combien coûte votre entrepôt de données ? » Ayez un ordre de grandeur en tête.
        4. « Quelle est votre prétention salariale ? » Donnez une fourchette, pas un chiffre.
        5. « Avez-vous des questions ? » Oui. Toujours.

        Lire l'article complet : https://www.datacarriere.example/blog/questions-pieges-entretien

        WEBINAIRE GRATUIT — Réussir son entretien d'embauche en anglais
        Jeudi 12 novembre à 18h30, en ligne. Inscription : https://www.datacarriere.example/webinaire

        Vous recevez cette lettre car vous êtes inscrit à Data & Carrière.
        Se désabonner : https://www.datacarriere.example/u/9f1c
        """)
    hs = head(addr("Data & Carrière", "lettre@datacarriere.example"),
              "🎯 5 questions pièges en entretien technique",
              "2026-11-05 07:15", PARIS,
              "<20261105061500.47.9f1c@news.datacarriere.example>",
              "mail181.sea91.mcsv.net (mail181.sea91.mcsv.net [205.201.133.181])",
              "bounce-mc.us21_8831744.9f1c@mail181.sea91.mcsv.net",
              extra=[("List-Unsubscribe", "<https://www.datacarriere.example/u/9f1c>, <mailto:unsubscribe@datacarriere.example>"),
                     ("List-Id", "Data & Carriere <8831744.list-id.mcsv.net>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(_paras_html(body, "font-family:Georgia,serif"))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Ferralis Analytics",
      days=(("Thu", "2026-09-24"), ("Fri", "2026-09-25"), ("Mon", "2026-09-28")),
      note="Greenhouse availability request for the final round (after the 14 Sept interview): it lists the slots "
           "the team can offer and asks the candidate to pick one; nothing is booked yet.")
def scheduling_ferralis() -> bytes:
    body = t("""
        Hi Clément,

        Great news - the team would like to invite you to the final round for the Senior Data Engineer
        (Manufacturing Analytics) role: a 2-hour onsite in Luxembourg with a case study and a chat with our CTO.

        Please select the time that works best for you using the link below:
        https://app.greenhouse.io/scheduler/availability/ferralis/7b3e9a0c51d2

        The panel is currently free on:
          - Thursday, September 24: 10:00 AM or 2:00 PM
          - Friday, September 25: 9:30 AM
          - Monday, September 28: 1:30 PM
        (all times CEST)

        Once you've picked a slot, you'll receive a calendar invitation with all the details.

        Best,
        Maëlle Hoffmann
        Talent Acquisition, Ferralis Analytics
        """)
    hs = head("Ferralis Analytics <no-reply@us.greenhouse-mail.io>",
              "Ferralis Analytics: please share your availability for the final round",
              "2026-09-17 14:52", "Europe/Luxembourg",
              "<01000191ff8e3c24-1d7a2b9c-4e5f-4a0b-8c1d-2e3f4a5b6c7d-000000@email.amazonses.com>",
              "a8-63.smtp-out.amazonses.com (a8-63.smtp-out.amazonses.com [54.240.8.63])",
              "01000191ff8e3c24-bounces@amazonses.greenhouse-mail.io",
              extra=[("Reply-To", addr("Maëlle Hoffmann", "maelle.hoffmann@ferralis.lu"))])
    return message(hs, alt(text(body), html(_paras_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Datastahl",
      note="LinkedIn-style InMail notification from a recruiter: proposes 'a 20-minute call sometime next week', no "
           "time fixed.")
def outreach_datastahl() -> bytes:
    body = t("""
        Julia Neumann sent you a new message

        Julia Neumann
        Senior Tech Recruiter at Datastahl | Hiring data folks across DACH & Luxembourg

        "Hi Clément - your work on predictive quality for rolling mills caught my eye. We're building a
        new industrial data team in Saarbrücken and Luxembourg (hybrid, 2 days onsite). Would you be up
        for a 20-minute call sometime next week to see if there's a fit? No pressure at all."

        Reply: https://www.linkedin.example/messaging/thread/2-ODk1NzE0
        View profile: https://www.linkedin.example/in/julia-neumann-datastahl

        You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.example/e/unsub
        """)
    hs = head("Julia Neumann via LinkedIn <inmail-hit-reply@linkedin.example>",
              "Julia Neumann sent you a new message",
              "2026-10-20 12:04", PARIS,
              "<1497302611.2270914.1792490640311@ltx1-app2271.prod.linkedin.example>",
              "mailb-ae.linkedin.example (mailb-ae.linkedin.example [198.51.100.77])",
              "s-3kpq8z1xw@bounce.linkedin.example",
              extra=[("List-Unsubscribe", "<https://www.linkedin.example/e/unsub>"),
                     ("X-LinkedIn-Class", "INMAIL")])
    return message(hs, alt(text(body), html(_paras_html(body))))


@mail(n(31), family="proposed_not_confirmed", lang="en", interview=False, company="Kestrel Robotics",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter proposes 'Would Tuesday 17 Nov at 10:00 CET work?' with a fallback on Wednesday; the candidate "
           "has not accepted, so nothing is confirmed.")
def proposal_kestrel() -> bytes:
    body = t("""
        Hi Clément,

        Thanks for sending over your CV - our VP Engineering, Lars, would like to have a first interview
        with you for the Data Engineer (Robot Fleet Telemetry) position.

        Would Tuesday 17 Nov at 10:00 CET work for you? If not, Wednesday 18 Nov any time after 2pm is also
        open on his side. It would be a 45-minute video call.

        Let me know and I'll send the invite.

        Best regards,
        Ingrid Solberg
        People Partner, Kestrel Robotics
        ingrid.solberg@kestrel-robotics.com
        """)
    hs = head(addr("Ingrid Solberg", "ingrid.solberg@kestrel-robotics.com"),
              "First interview - Data Engineer (Robot Fleet Telemetry)",
              "2026-11-11 09:17", PARIS,
              "<AS8PR07MB7716F0E1D2C3B4A5968778695A4B3@AS8PR07MB7716.eurprd07.prod.outlook.com>",
              "EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2101.outbound.protection.outlook.com [40.107.7.101])",
              "ingrid.solberg@kestrel-robotics.com")
    return message(hs, alt(text(body), html(_paras_html(body, "font-family:Aptos,Calibri,sans-serif"))))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Unemployment-office summons ('entretien de suivi', 'mardi 6 octobre 2026 à 9h15', agency in Metz): a "
           "fixed appointment called 'entretien', but not a job interview.")
def job_centre_convocation() -> bytes:
    body = t("""
        Monsieur Clément WEBER
        Identifiant : 4471902M

        Objet : Convocation à un entretien de suivi

        Monsieur,

        Dans le cadre de votre accompagnement, vous êtes convoqué à un entretien avec votre conseiller
        référent, M. Hamm :

        le mardi 6 octobre 2026 à 9h15
        Agence Emploi Moselle - Metz Pontiffroy, 3 rue du Pont-des-Morts, 57000 Metz

        Merci de vous munir de votre CV à jour et de la liste des démarches effectuées depuis notre
        dernier rendez-vous. En cas d'empêchement, prévenez votre conseiller via votre espace personnel.

        Votre absence non justifiée à cet entretien peut entraîner une radiation de la liste des
        demandeurs d'emploi.

        L'équipe de votre agence

        Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("Agence Emploi Moselle <ne-pas-repondre@agence-emploi-moselle.example>",
              "Convocation à un entretien de suivi - mardi 6 octobre 2026",
              "2026-09-28 13:40", PARIS,
              "<conv.4471902M.20260928134002@agence-emploi-moselle.example>",
              "relais.agence-emploi-moselle.example (relais.agence-emploi-moselle.example [203.0.113.14])",
              "ne-pas-repondre@agence-emploi-moselle.example")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A regional journalist confirms a phone interview of the candidate ('jeudi 8 octobre à 11h', 30 minutes) "
           "about hydrogen in steelmaking: a confirmed 'interview', but he is the one interviewed by the press.")
def press_journalist() -> bytes:
    body = t("""
        Bonjour Clément,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier du week-end sur l'acier
        décarboné en Moselle. C'est noté pour l'interview jeudi 8 octobre à 11h, par téléphone (je vous
        appelle au 06 12 40 77 18), une trentaine de minutes.

        Comme convenu, je ne citerai pas votre employeur actuel, seulement « ingénieur data dans la
        sidérurgie lorraine ». Je vous enverrai les citations pour relecture avant publication.

        Bien à vous,

        Marc Simonin
        Journaliste - rédaction de Metz
        Le Courrier Mosellan
        """)
    hs = head(addr("Marc Simonin", "m.simonin@courrier-mosellan.example"),
              "Interview pour le dossier acier décarboné",
              "2026-10-02 16:20", PARIS,
              "<20261002142011.1a2b3c@courrier-mosellan.example>",
              "smtp.courrier-mosellan.example (smtp.courrier-mosellan.example [203.0.113.52])",
              "m.simonin@courrier-mosellan.example")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(34), family="podcast", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Podcast recording confirmed for 'mercredi 21 octobre, 17h-18h' (Riverside link, ICS attached): the "
           "candidate is the guest of an interview podcast, not a job interview.")
def podcast_recording() -> bytes:
    body = t("""
        Salut Clément,

        Super, c'est calé ! On enregistre l'épisode « La data au pied du haut-fourneau » mercredi 21 octobre de
        17h à 18h. Je t'ai mis l'invitation en pièce jointe avec le lien Riverside :
        https://riverside.example/studio/fonte-et-data

        Quelques conseils pour le son : un casque filaire, une pièce pas trop vide, et coupe les
        notifications. On fera 10 minutes de test avant de lancer l'interview.

        À mercredi !
        Chloé
        Podcast « Fonte & Data » - l'industrie racontée par ceux qui la font
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "METHOD:REQUEST",
        VTZ[PARIS],
        "BEGIN:VEVENT",
        "UID:A1C3E5F7-2B4D-4F60-8A9C-0E1F2A3B4C5D",
        "DTSTAMP:20261014T081500Z",
        "DTSTART;TZID=Europe/Paris:20261021T170000",
        "DTEND;TZID=Europe/Paris:20261021T180000",
        "SUMMARY:Enregistrement podcast Fonte & Data - Clément Weber",
        "LOCATION:https://riverside.example/studio/fonte-et-data",
        "ORGANIZER;CN=Chloé Bastien:mailto:chloe@fonteetdata.example",
        "ATTENDEE;CN=Clément Weber;RSVP=TRUE:mailto:clement.weber@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Chloé Bastien", "chloe@fonteetdata.example"),
              "Enregistrement Fonte & Data - c'est calé !",
              "2026-10-14 10:15", PARIS,
              "<5D0A2C61-77E3-4B10-9C2F-3A8E1B6D4F02@fonteetdata.example>",
              "smtp.fonteetdata.example (smtp.fonteetdata.example [198.51.100.61])",
              "chloe@fonteetdata.example",
              extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Executive MBA admission interview summons ('samedi 21 novembre 2026 à 10h30', 45 minutes, jury): a "
           "school admission interview, not a job interview.")
def admission_emba() -> bytes:
    body = t("""
        Monsieur,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive MBA
        « Management de l'industrie » (promotion 2027) a été jugé recevable.

        Vous êtes convoqué à l'entretien d'admission devant le jury :

            Samedi 21 novembre 2026 à 10h30 (durée : 45 minutes)
            Campus Artem, bâtiment Mirage, salle 2.14 - 92 rue du Sergent Blandan, Nancy

        L'entretien comprend une présentation de votre projet professionnel (10 minutes) suivie d'un
        échange avec le jury. Merci de confirmer votre présence en répondant à ce message.

        Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

        Service des admissions Executive Education
        Institut Supérieur de Management de Nancy
        """)
    hs = head("ISMN - Admissions Executive <admissions-exec@ismn-nancy.example>",
              "Convocation à l'entretien d'admission - Executive MBA",
              "2026-11-09 15:02", PARIS,
              "<adm.exec.2027.0419@ismn-nancy.example>",
              "mail.ismn-nancy.example (mail.ismn-nancy.example [203.0.113.88])",
              "admissions-exec@ismn-nancy.example")
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(_paras_html(body, "font-family:Georgia,serif"), charset="windows-1252")))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Rugby club trial session for the veterans' team ('mercredi 16 à 19h30'), informal 'tu': a sports try-out.")
def rugby_tryout() -> bytes:
    body = t("""
        Salut Clément,

        Comme dit au forum des assos, tu peux venir faire une séance d'essai avec les vétérans mercredi 16
        à 19h30 au stade Saint-Symphorien annexe (terrain synthétique). Prends crampons moulés + protège-dents,
        on te prête un maillot. Si ça te plaît on verra la licence après.

        Sportivement,
        Fred
        Entraîneur vétérans - Rugby Club Montigny-Metz
        """)
    hs = head(addr("Frédéric Lorentz", "fred.lorentz@rcmm-rugby.example"),
              "Séance d'essai vétérans",
              "2026-09-12 19:44", PARIS,
              "<CAGh1Ko0b+7Vx2Lz_Pq9rW3t@mail.gmail.com>",
              "mail-qk1-f177.google.com (mail-qk1-f177.google.com [209.85.222.177])",
              "fred.lorentz@rcmm-rugby.example")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="Garage appointment confirmation (60 000 km service, drop-off 'lundi 28 septembre 2026' at '8h00'), "
           "HTML only, iso-8859-1: a fixed time, not an interview.")
def car_service() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3 style="color:#c00">Confirmation de rendez-vous atelier</h3>
        <p>Bonjour M. WEBER,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <ul>
        <li><b>Date :</b> lundi 28 septembre 2026</li>
        <li><b>Heure de dépôt :</b> 8h00</li>
        <li><b>Véhicule :</b> Peugeot 308 SW - immatriculation GH-418-RT</li>
        <li><b>Prestation :</b> Révision 60 000 km + contrôle des plaquettes avant</li>
        <li><b>Véhicule de courtoisie :</b> réservé</li>
        </ul>
        <p>Restitution prévue le jour même à partir de 17h. Pensez à apporter votre carnet d'entretien.</p>
        <p>Garage Saint-Julien Automobiles<br>Route de Bouzonville, 57070 Saint-Julien-lès-Metz<br>03 87 74 21 09</p>
        </body></html>
        """)
    hs = head("Garage Saint-Julien Automobiles <atelier@garage-saintjulien.example>",
              "Confirmation de votre rendez-vous atelier du 28/09",
              "2026-09-22 11:05", PARIS,
              "<rdv-20260922-0911@dms.garage-saintjulien.example>",
              "dms.garage-saintjulien.example (dms.garage-saintjulien.example [198.51.100.140])",
              "atelier@garage-saintjulien.example")
    return message(hs, html(html_body, charset="iso-8859-1"))


@mail(n(38), family="tax_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Cross-border tax adviser confirms an appointment for the French-Luxembourg tax return ('jeudi 1er "
           "octobre à 14h10', 50 minutes): a fixed appointment, not an interview.")
def tax_appointment() -> bytes:
    body = t("""
        Bonjour Monsieur Weber,

        Je vous confirme notre rendez-vous pour la régularisation de votre déclaration de revenus 2025
        (revenus de source luxembourgeoise de janvier à mai) :

        jeudi 1er octobre à 14h10, à notre cabinet de Thionville (ou en visio si vous préférez), durée 50 minutes.

        Merci d'apporter : vos certificats de rémunération luxembourgeois, votre avis d'imposition 2025 et
        l'attestation de résidence fiscale.

        Cordialement,

        Sylvie Becker-Moreau
        Fiscalité des frontaliers
        Fiduciaire des Trois Frontières - Thionville
        """)
    hs = head(addr("Sylvie Becker-Moreau", "s.becker-moreau@fiduciaire-3f.example"),
              "RDV déclaration franco-luxembourgeoise",
              "2026-09-24 09:37", PARIS,
              "<000601dd4c1e$2b7a9e40$82ded2c0$@fiduciaire-3f.example>",
              "smtp.fiduciaire-3f.example (smtp.fiduciaire-3f.example [203.0.113.201])",
              "s.becker-moreau@fiduciaire-3f.example",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="windows-1252"))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Career coach confirms a paid mock interview ('simulation d'entretien', 'mercredi 25 novembre, 18h00 - "
           "19h00', visio): interview preparation, not a job interview.")
def coach_mock() -> bytes:
    body = t("""
        Bonjour Clément,

        Votre séance est confirmée :

        Simulation d'entretien d'embauche (anglais / technique) - module « Lead Data »
        Mercredi 25 novembre, 18h00 - 19h00, en visio (lien Zoom ci-dessous)

        Je jouerai le rôle d'un hiring manager d'une scale-up parisienne ; nous débrieferons ensuite à
        partir de l'enregistrement. Pensez à m'envoyer l'offre qui vous intéresse d'ici lundi pour que je
        prépare le scénario.

        Zoom : https://us02web.zoom.us/j/81122334455

        Belle journée,
        Nathalie Gross
        Coach carrière certifiée - Cap Transitions, Metz
        """)
    hs = head(addr("Nathalie Gross - Cap Transitions", "nathalie@cap-transitions.example"),
              "Confirmation : simulation d'entretien du 25/11",
              "2026-11-19 12:30", PARIS,
              "<ac3e1d2f-9b8a-4c7d-8e6f-5a4b3c2d1e0f@cap-transitions.example>",
              "smtp.cap-transitions.example (smtp.cap-transitions.example [198.51.100.19])",
              "nathalie@cap-transitions.example")
    return message(hs, alt(text(body), html(_paras_html(body))))


@mail(n(40), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="The candidate's brother forwards his own interview confirmation (Greenhouse-style, with ICS, Mon 7 Dec "
           "14:00) asking for advice: a confirmed job interview, but someone else's.")
def brother_forward() -> bytes:
    inner_body = t("""
        Hi Julien,

        Your interview for the Maintenance Technician (Night Shift) role at Verrerie du Bitcherland is
        confirmed.

        When: Monday, December 7, 2026 2:00 PM - 3:00 PM CET
        Where: Verrerie du Bitcherland, 1 rue de la Verrerie, 57960 Meisenthal

        If you need to reschedule, reply to this email.

        The Verrerie du Bitcherland Recruiting Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-51100234-vdb@greenhouse.io
        DTSTAMP:20261130T090000Z
        DTSTART:20261207T130000Z
        DTEND:20261207T140000Z
        SUMMARY:Interview: Julien Weber (Maintenance Technician) - Verrerie du Bitcherland
        ORGANIZER;CN=Paula Hesse:mailto:paula.hesse@verrerie-bitcherland.example
        ATTENDEE;CN=Julien Weber;RSVP=TRUE:mailto:julien.weber@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    inner = message(
        [("From", "Verrerie du Bitcherland <no-reply@us.greenhouse-mail.io>"),
         ("Reply-To", addr("Paula Hesse", "paula.hesse@verrerie-bitcherland.example")),
         ("To", addr("Julien Weber", "julien.weber@example.com")),
         ("Subject", "Interview Confirmation: Maintenance Technician (Night Shift)"),
         ("Date", date("2026-11-30 10:00", PARIS)),
         ("Message-ID", "<0100019377a1b2c3-aa11bb22-cc33-4d44-8e55-ff6677889900-000000@email.amazonses.com>")],
        mixed(text(inner_body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment")))
    body = t("""
        Salut frangin,

        Regarde ce que j'ai reçu !! Entretien lundi 7 à la verrerie, c'est en anglais leur truc (ils
        utilisent un logiciel américain). Tu peux me dire ce que je dois préparer ? Toi t'en as passé
        plein ces temps-ci...

        Julien
        """)
    hs = head(addr("Julien Weber", "julien.weber@example.com"),
              "Fwd: Interview Confirmation: Maintenance Technician (Night Shift)",
              "2026-11-30 21:08", PARIS,
              "<CAM4n7+xYz0k1L2m3N4o5P6q@mail.gmail.com>",
              "mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
              "julien.weber@example.com")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(n(41), family="interviewer_duty", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Outlook invitation from the candidate's current employer asking him to sit on the panel interviewing "
           "an apprentice candidate ('jeudi 22 octobre 14:00-15:00', Romance Standard Time): he is the interviewer.")
def interviewer_duty() -> bytes:
    body = t("""
        Bonjour Clément,

        Comme évoqué en réunion d'équipe, peux-tu faire partie du jury pour l'entretien de la candidate au
        poste d'alternant(e) data (Master MIAGE, Université de Lorraine) ? Tu l'interrogeras sur la partie
        SQL / Python, je m'occupe du reste.

        Jeudi 22 octobre, 14:00 - 15:00, salle Moselle (2e étage) + Teams pour la candidate.

        CV en pièce jointe sur le SharePoint RH.

        Merci !
        Anne-Sophie Meyer
        Ressources humaines - Métal Est Services
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Anne-Sophie Meyer:mailto:as.meyer@metal-est.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Weber:mailto:clement.weber@metal-est.example",
        "SUMMARY;LANGUAGE=fr-FR:Jury entretien alternance data - candidate L. Moreau",
        "DTSTART;TZID=Romance Standard Time:20261022T140000",
        "DTEND;TZID=Romance Standard Time:20261022T150000",
        "UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DD0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261015T124400Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Salle Moselle (2e) / Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Anne-Sophie Meyer", "as.meyer@metal-est.example"),
              "Jury entretien alternance data - candidate L. Moreau",
              "2026-10-15 14:44", PARIS,
              "<PA4PR05MB8821C1D2E3F4A5B6C7D8E9F0A1B2C@PA4PR05MB8821.eurprd05.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2099.outbound.protection.outlook.com [40.107.22.99])",
              "as.meyer@metal-est.example",
              to=addr(ME_NAME, "clement.weber@metal-est.example"),
              extra=[("X-Forwarded-For", "clement.weber@metal-est.example clement.weber@example.org"),
                     ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(42), family="doctor_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Medical booking platform confirmation ('mardi 13 octobre à 17h40', GP) with ICS: a fixed appointment, "
           "not an interview.")
def doctor_appointment() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Dr Anne Klein - Médecin généraliste
        Mardi 13 octobre 2026 à 17h40
        Cabinet médical du Sablon, 21 rue Saint-Livier, 57000 Metz

        Motif : Consultation de suivi
        Pensez à apporter votre carte Vitale.

        Annuler ou déplacer le rendez-vous : https://www.medirdv.example/rdv/5519821
        Si vous ne pouvez pas honorer ce rendez-vous, merci de l'annuler au moins 24 h à l'avance.

        MediRDV - La prise de rendez-vous médicaux en ligne
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MediRDV//Rendez-vous//FR", "METHOD:PUBLISH",
        VTZ[PARIS],
        "BEGIN:VEVENT",
        "UID:rdv-5519821@medirdv.example",
        "DTSTAMP:20261008T181200Z",
        "DTSTART;TZID=Europe/Paris:20261013T174000",
        "DTEND;TZID=Europe/Paris:20261013T180000",
        "SUMMARY:RDV Dr Anne Klein (médecin généraliste)",
        "LOCATION:21 rue Saint-Livier\\, 57000 Metz",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head("MediRDV <no-reply@medirdv.example>",
              "Rendez-vous confirmé avec Dr Anne Klein le 13 octobre 2026",
              "2026-10-08 20:12", PARIS,
              "<rdv.5519821.confirm@mailer.medirdv.example>",
              "out-2.mailer.medirdv.example (out-2.mailer.medirdv.example [198.51.100.202])",
              "bounces@mailer.medirdv.example")
    return message(hs, mixed(alt(text(body), html(_paras_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rdv.ics",
                                      disposition="attachment")))


@mail(n(43), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Estate agent confirms a flat viewing in Nancy ('samedi 7 novembre à 10h'), written from a phone: a "
           "fixed appointment, not an interview.")
def flat_viewing() -> bytes:
    body = t("""
        Bonjour M. Weber,

        C'est ok pour la visite du T3 rue Charles III samedi 7 novembre à 10h. RDV devant l'immeuble, je
        serai avec le propriétaire. Prévoyez votre dossier (3 derniers bulletins de salaire, avis
        d'imposition) si l'appartement vous plaît, il y a déjà pas mal de demandes.

        Cdlt
        Kevin Ferry
        Immobilière Stanislas - Nancy centre
        06 45 19 88 02

        Envoyé depuis mon mobile
        """)
    hs = head(addr("Kevin Ferry", "k.ferry@immo-stanislas.example"),
              "Re: Visite T3 rue Charles III",
              "2026-11-04 18:51", PARIS,
              "<1e2f3a4b-5c6d-7e8f-9a0b-mobile@immo-stanislas.example>",
              "smtp.immo-stanislas.example (smtp.immo-stanislas.example [203.0.113.97])",
              "k.ferry@immo-stanislas.example",
              extra=[("In-Reply-To", "<8d7c6b5a-visite@example.org>")])
    return message(hs, text(body, cte="8bit"))


@mail(n(44), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School's digital workspace notification: parent-teacher meeting confirmed 'jeudi 19 novembre à 16h45' "
           "(15 minutes); not an interview.")
def parent_teacher() -> bytes:
    body = t("""
        Nouveau message dans votre espace ENT

        De : Mme Pierron (enseignante CE2 - école élémentaire Jean-Moulin, Metz-Queuleu)
        À : M. Weber, Mme Weber

        Bonjour,

        Je vous confirme notre rencontre individuelle au sujet de Léna le jeudi 19 novembre à 16h45, en
        classe de CE2 (bâtiment B). L'entretien dure environ un quart d'heure, le livret du premier
        trimestre sera remis à cette occasion.

        Bien cordialement,
        Mme Pierron

        Pour répondre, connectez-vous à votre ENT. Ne répondez pas à ce courriel.
        """)
    hs = head("ENT Ecoles Metz <notifications@ent-ecoles-metz.example>",
              "Nouveau message : Rencontre parents - Léna (CE2)",
              "2026-11-12 17:20", PARIS,
              "<notif.7782190.ent@ent-ecoles-metz.example>",
              "mx-out.ent-ecoles-metz.example (mx-out.ent-ecoles-metz.example [203.0.113.160])",
              "notifications@ent-ecoles-metz.example")
    return message(hs, text(body, cte="base64"))


@mail(n(45), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Webinar registration confirmation ('Entretiens techniques data : ce que les recruteurs attendent', "
           "'mardi 1er décembre, 12h30 - 13h15') with an ICS: a confirmed time, not a job interview.")
def webinar_registration() -> bytes:
    body = t("""
        Bonjour Clément,

        Votre inscription au webinaire est confirmée !

        « Entretiens techniques data : ce que les recruteurs attendent vraiment »
        Mardi 1er décembre, 12h30 - 13h15 (heure de Paris)

        Intervenants : Sarah Lemoine (Head of Talent dans une scale-up parisienne) et Hugo Martel (Staff Data Engineer)

        Rejoindre le webinaire : https://events.datatalks.example/w/entretiens-data
        Ajoutez l'événement à votre agenda grâce au fichier joint.

        L'équipe DataTalks Academy
        Se désinscrire des communications : https://events.datatalks.example/unsub/c7w
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DataTalks Academy//Events//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-entretiens-data-20261201@datatalks.example
        DTSTAMP:20261123T090000Z
        DTSTART:20261201T113000Z
        DTEND:20261201T121500Z
        SUMMARY:Webinaire - Entretiens techniques data
        LOCATION:https://events.datatalks.example/w/entretiens-data
        ORGANIZER;CN=DataTalks Academy:mailto:events@datatalks.example
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("DataTalks Academy <events@datatalks.example>",
              "Inscription confirmée : Entretiens techniques data (1er décembre)",
              "2026-11-23 10:00", PARIS,
              "<evt.reg.882194.c7w@datatalks.example>",
              "o22.email.datatalks.example (o22.email.datatalks.example [198.51.100.22])",
              "bounces+882194@email.datatalks.example",
              extra=[("List-Unsubscribe", "<https://events.datatalks.example/unsub/c7w>")])
    return message(hs, mixed(alt(text(body), html(_paras_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinaire.ics", disposition="attachment")))


@mail(n(46), family="auto_reply", lang="de", interview=False, company="Saarwerk Digital",
      days=(("Mon", "2026-11-16"),),
      note="German out-of-office reply (Auto-Submitted: auto-replied) from the Saarwerk HR contact to the "
           "candidate's thank-you after the 10 Nov interview; gives a return date only.")
def ooo_saarwerk() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 13.11.2026, nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ab Montag, 16.11., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an personal@saarwerk-digital.de.

        Mit freundlichen Grüßen
        Katrin Becker
        Saarwerk Digital GmbH
        """)
    hs = head(addr("Katrin Becker", "katrin.becker@saarwerk-digital.de"),
              "Automatische Antwort: Vielen Dank für das Gespräch am Dienstag",
              "2026-11-10 18:32", "Europe/Berlin",
              "<FR3P281MB1623A0B1C2D3E4F5A6B7C8D9E0F1A@FR3P281MB1623.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2112.outbound.protection.outlook.com [40.107.135.112])",
              "",
              extra=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<9a8b7c6d-danke@example.org>"),
                     ("Content-Language", "de-DE")])
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Delivery-status notification (multipart/report) for the candidate's own mail to a mistyped recruiter "
           "address; the returned message quotes 'jeudi 17 à 9h45' but the bounce confirms nothing.")
def bounce_dsn() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <s.muler@acieries-fensch.fr>: host acieriesfensch-fr.mail.protection.outlook.com[52.101.68.14]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.muler@acieries-fensch.fr
            not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Ft7Qk1xZ9z9sWc
        X-Postfix-Sender: rfc822; clement.weber@example.org
        Arrival-Date: Sat, 12 Sep 2026 10:03:41 +0200 (CEST)

        Final-Recipient: rfc822; s.muler@acieries-fensch.fr
        Original-Recipient: rfc822;s.muler@acieries-fensch.fr
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; acieriesfensch-fr.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            s.muler@acieries-fensch.fr not found by SMTP address lookup
        """)
    original = message(
        [("From", addr(ME_NAME, ME)),
         ("To", "Sandrine Muller <s.muler@acieries-fensch.fr>"),
         ("Subject", "RE: Candidature - Ingenieur donnees industrielles (ref. DATA-0926)"),
         ("Date", date("2026-09-12 10:03", PARIS)),
         ("Message-ID", "<2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70@example.org>")],
        text(t("""
            Bonjour Madame Muller,

            Merci pour votre confirmation, je serai bien présent jeudi 17 à 9h45 à Florange.

            Bien cordialement,
            Clément Weber
            """), cte="8bit"))
    from make import Part, multipart
    report = multipart("report", text(notice, cte="7bit"),
                       Part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")],
                            status.replace("\n", "\r\n").encode("ascii")),
                       Part([("Content-Description", "Undelivered Message"),
                             ("Content-Type", "message/rfc822")], original),
                       params="report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("Received", received("from localhost (localhost [127.0.0.1])", "2026-09-12 10:03", PARIS, "mx1.example.org (Postfix)", ME)),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-09-12 10:03", PARIS)),
          ("Message-ID", "<20260912080342.4Ft7Qk1xZ9z9sWc@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(48), family="vendor_demo", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="SaaS vendor's product-demo booking (HubSpot-style meetings link) for 'Tuesday, November 17, 2026, 3:00 "
           "PM CET' with ICS: a booked meeting with a time, but a sales demo, not an interview.")
def vendor_demo() -> bytes:
    body = t("""
        Hi Clément,

        Thanks for booking a demo of Flowtrace Data Observability!

        Tuesday, November 17, 2026
        3:00 PM - 3:30 PM CET
        Google Meet: https://meet.google.com/flw-trce-dmo

        Your host: Ryan Castillo, Solutions Engineer

        To make the most of our time, feel free to reply with the tools in your stack (Airflow? dbt?
        Kafka?) and I'll tailor the demo to your plant data use case.

        See you soon,
        Ryan Castillo
        Solutions Engineer, Flowtrace
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//HubSpot Inc//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:hs-mtg-7713920115@flowtrace.example
        DTSTAMP:20261110T143000Z
        DTSTART:20261117T140000Z
        DTEND:20261117T143000Z
        SUMMARY:Flowtrace demo - Clément Weber
        LOCATION:https://meet.google.com/flw-trce-dmo
        ORGANIZER;CN=Ryan Castillo:mailto:ryan.castillo@flowtrace.example
        ATTENDEE;CN=Clément Weber;RSVP=TRUE:mailto:clement.weber@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ryan Castillo", "ryan.castillo@flowtrace.example"),
              "Confirmed: Flowtrace demo on Tuesday, November 17",
              "2026-11-10 15:30", PARIS,
              "<1731248999.hs.7713920115@bf03x.hubspotemail.example>",
              "bf03x.hubspotemail.example (bf03x.hubspotemail.example [198.51.100.108])",
              "1axbfb8-clement.weber=example.org@bf03x.hubspotemail.example")
    return message(hs, mixed(alt(text(body), html(_paras_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(49), family="catch_up_later", lang="en", interview=False, company="Tidewater Analytics",
      note="Follow-up to the cancelled 10 Dec interview (same thread): hiring is paused, 'let's catch up in the new "
           "year', 'the week of 11 January' - no time fixed.")
def catch_up_tidewater() -> bytes:
    body = t("""
        Hi Clément,

        Quick update, and not the one I was hoping to send: finance has frozen new hires until the 2027
        budget is signed off, so we won't be rescheduling the technical round before Christmas after all.

        The role isn't gone - let's catch up in the new year. I'll ping you the week of 11 January once I
        know more.

        Have a lovely break,
        Orla

        On Mon, 7 Dec 2026 at 17:30, Orla Keane <orla.keane@tidewater-analytics.ie> wrote:
        > Hi Clément,
        >
        > So sorry to do this, but I have to cancel our interview on Thursday at 11:00 (Irish time).
        """)
    hs = head(addr("Orla Keane", "orla.keane@tidewater-analytics.ie"),
              "Re: Thursday's interview - need to cancel, sorry!",
              "2026-12-14 12:05", "Europe/Dublin",
              "<CAF3k9+R7b2qXa1_Op5sYcU3f9zVw7MeKd6iHt4pLj@mail.gmail.com>",
              "mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])",
              "orla.keane@tidewater-analytics.ie",
              extra=[("In-Reply-To", "<CAF3k9+Q1a7pWz0_Nm4rXbT2e8yUv6LdJc5hGs3oKi@mail.gmail.com>"),
                     ("References", "<CAF3k9+Q1a7pWz0_Nm4rXbT2e8yUv6LdJc5hGs3oKi@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Outlook invitation from the current employer's manager for the data team's year-end lunch ('vendredi "
           "18 décembre, 12h00 - 14h00', Romance Standard Time): a team event, not an interview.")
def team_lunch() -> bytes:
    body = t("""
        Hello l'équipe,

        Pour fêter la fin de l'année (et la mise en prod du nouveau datalake qualité 🎉), repas d'équipe
        vendredi 18 décembre à midi au Bistrot du Pont-Rouge. Le service paie, pensez juste à répondre à
        l'invitation pour que je confirme le nombre.

        Ben
        Responsable Data & Automatisme - Métal Est Services
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Benoît Laurent:mailto:b.laurent@metal-est.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipe Data:mailto:equipe-data@metal-est.example",
        "SUMMARY;LANGUAGE=fr-FR:Repas de fin d'année - équipe Data",
        "DTSTART;TZID=Romance Standard Time:20261218T120000",
        "DTEND;TZID=Romance Standard Time:20261218T140000",
        "UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DD01000000000000000010000000FFEEDDCCBBAA99887766554433221100",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261207T091500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Bistrot du Pont-Rouge\\, Metz",
        "END:VEVENT", "END:VCALENDAR",
    ])
    hs = head(addr("Benoît Laurent", "b.laurent@metal-est.example"),
              "Repas de fin d'année - équipe Data",
              "2026-12-07 10:15", PARIS,
              "<PA4PR05MB88210A1B2C3D4E5F6A7B8C9D0E1F2@PA4PR05MB8821.eurprd05.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2104.outbound.protection.outlook.com [40.107.22.104])",
              "b.laurent@metal-est.example",
              to="Equipe Data <equipe-data@metal-est.example>",
              extra=[("X-Forwarded-For", "clement.weber@metal-est.example clement.weber@example.org"),
                     ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(_paras_html(body, "font-family:Aptos,Calibri,sans-serif")),
                           calendar(ics, method="REQUEST", cte="base64")))
