"""blind168: 50 hand-written mails from the inbox of Claire Dupuis, a supply planner in Reims.

Written blind (without reading the detector, its tests or the other held-out sets); built and
checked by ``python3 bench/heldout/make_blind.py blind168``. Keys 1-23 are positives, 24-50
negatives; file numbers are a fixed shuffle of the writing order (ORDER below).
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(1680168).sample(range(1, 51), 50)
ME = "claire.dupuis@example.org"
ME_ADDR = addr("Claire Dupuis", ME)
P = "Europe/Paris"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind168_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, msgid: str, *, zone: str = P, rcv: tuple[str, str] | None = None,
         to: str = ME_ADDR, extra: tuple[tuple[str, str], ...] = (), pre: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Headers in the order a delivered mail shows them: Received, extras, From/To/Subject/Date/Message-ID."""
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, f"{MX} {rcv[1]}", ME)))
    hs += list(pre)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def vcal(prodid: str, method: str | None, event: str, tz: str | None = None) -> str:
    out = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        out += f"METHOD:{method}\n"
    if tz:
        out += VTZ[tz] + "\n"
    return out + "BEGIN:VEVENT\n" + t(event).strip("\n") + "\nEND:VEVENT\nEND:VCALENDAR\n"


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", P), end=utc("2026-09-15 10:45", P),
      contact="hannah.moreau@lumenfield.com", company="Lumenfield Beverages",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=P,
      note="Greenhouse confirmation, 10:00-10:45 AM CEST (Paris, UTC+2 in September) -> 08:00-08:45Z; "
           "ICS in UTC agrees; contact = human Reply-To (talent partner), sender is a no-reply relay")
def m01() -> bytes:
    body = t("""
        Hi Claire,

        Thanks for confirming your availability! Here are the details for your upcoming
        interview for the Supply Planner (Paris, hybrid) role at Lumenfield Beverages.

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Paris)
        Location: Google Meet - https://meet.google.com/qvh-ztra-mkp

        Interviewers:
          Hannah Moreau - Talent Partner
          Pierre-Yves Lanson - Head of Planning, Western Europe

        Please reply to this email if you need to make any changes.

        Best,
        Hannah Moreau
        Lumenfield Beverages

        Powered by Greenhouse
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Claire,</p>
        <p>Thanks for confirming your availability! Here are the details for your upcoming interview for
        the <strong>Supply Planner (Paris, hybrid)</strong> role at Lumenfield Beverages.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM &ndash; 10:45 AM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/qvh-ztra-mkp">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers</b><br>Hannah Moreau &ndash; Talent Partner<br>
        Pierre-Yves Lanson &ndash; Head of Planning, Western Europe</p>
        <p>Please reply to this email if you need to make any changes.</p>
        <p>Best,<br>Hannah Moreau<br>Lumenfield Beverages</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", """
        UID:gh-interview-58203341@greenhouse.io
        DTSTAMP:20260909T142000Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Claire Dupuis for Supply Planner (Paris)
        LOCATION:https://meet.google.com/qvh-ztra-mkp
        ORGANIZER;CN=Hannah Moreau:mailto:hannah.moreau@lumenfield.com
        ATTENDEE;CN=Claire Dupuis;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:claire.dupuis@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    hs = head("Lumenfield Beverages <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Supply Planner \u2013 Lumenfield Beverages", "2026-09-09 16:20",
              "<0100019a2f1e7c4b-7d1c3e20-9a4f-4c11-b2e8-5f0d1e6a7c93-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                   "4cQk2N0xTzz9sWq"),
              extra=(("Reply-To", "Hannah Moreau <hannah.moreau@lumenfield.com>"),
                     ("Feedback-ID", "1.us-east-1.gh0recruit:AmazonSES")))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:30", P), end=utc("2026-09-24 15:30", P),
      contact="julien.arnoult@maison-verlaine.fr", company="Maison Verlaine",
      local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:30", zone=P,
      note="Lever, HTML only: 'jeudi 24 septembre 2026, de 14h30 à 15h30 (heure de Paris)', CEST "
           "(UTC+2) -> 12:30-13:30Z; contact = Reply-To recruiter")
def m02() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#2b2b2b;padding:24px">
        <tr><td>
        <p>Bonjour Claire,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Responsable Planification Approvisionnements (CDI)</b>.</p>
        <p style="border-left:3px solid #b8975a;padding-left:12px">
        <b>Jeudi 24 septembre 2026, de 14h30 à 15h30</b> (heure de Paris)<br>
        Maison Verlaine &ndash; 18, avenue de Champagne, 51200 Épernay<br>
        Accueil visiteurs, parking dans la cour</p>
        <p>Vous rencontrerez Bénédicte Sorel, Directrice Supply Chain, et moi-même.</p>
        <p>Merci de vous munir d'une pièce d'identité. Pour toute question, il vous suffit de
        répondre à ce message.</p>
        <p>Bien cordialement,<br>Julien Arnoult<br>Chargé de recrutement &ndash; Maison Verlaine</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#888">Envoyé via Lever &middot;
        <a href="https://jobs.lever.co/maison-verlaine">jobs.lever.co/maison-verlaine</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Maison Verlaine <no-reply@hire.lever.co>",
              "Confirmation de votre entretien \u2013 Maison Verlaine", "2026-09-18 11:05",
              "<lever.7c2f1b8e-3d4a-4f09-9b61-2e8a0c5d7f14@hire.lever.co>",
              rcv=("from o1.ptr7714.hire.lever.co (o1.ptr7714.hire.lever.co [167.89.14.77])", "4cT8fW1pQmz3rKd"),
              extra=(("Reply-To", "Julien Arnoult <julien.arnoult@maison-verlaine.fr>"),))
    return message(hs, html(htm))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:00", P), contact="thomas.gervais@coteaux-marne.fr",
      company="Coopérative des Coteaux de la Marne", local="Tue 2026-10-06 14:00", zone=P,
      note="Phone-written tu reply: 'demain en début d'aprem, disons 14h' resolved against Date Mon 5 Oct "
           "09:12 +0200 -> Tue 6 Oct 14:00 CEST = 12:00Z; '45 min max' is not an exact length, end null; "
           "contact = human sender")
def m03() -> bytes:
    body = t("""
        Salut Claire,

        Top, merci pour le CV. Demain en début d'aprem ça me va, disons 14h à la coop (12 rue des Vignerons, Reims, c'est le bâtiment au fond de la cour). Tu demandes Thomas à l'accueil.
        Sandrine du contrôle de gestion sera avec nous, on en a pour 45 min max.

        A demain !
        Thomas

        Envoyé de mon iPhone

        > Le 4 oct. 2026 à 21:37, Claire Dupuis <claire.dupuis@example.org> a écrit :
        >
        > Bonjour Thomas,
        >
        > Suite à notre échange au salon Vinipro jeudi, je te joins mon CV pour le poste en planif appro.
        > Je suis dispo lundi ou mardi si tu veux qu'on en parle de vive voix.
        >
        > Bonne soirée,
        > Claire
        """)
    hs = head("Thomas Gervais <thomas.gervais@coteaux-marne.fr>", "Re: Poste planif appro", "2026-10-05 09:12",
              "<6F1B2C4E-8A3D-4E7B-9C21-0D5F7A3B9E12@coteaux-marne.fr>",
              rcv=("from smtp.coteaux-marne.fr (smtp.coteaux-marne.fr [203.0.113.41])", "4cRv1B6yHJz1kPw"),
              extra=(("In-Reply-To", "<CAJ8x2QeT4mWc9Lp0@mail.example.org>"),
                     ("References", "<CAJ8x2QeT4mWc9Lp0@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-12 09:30", "Europe/Luxembourg"), end=utc("2026-10-12 10:30", "Europe/Luxembourg"),
      contact="sarah.kieffer@nordvall.lu", company="Brasseries Nordvall",
      local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:30", zone="Europe/Luxembourg",
      note="Workday 'Interview Scheduled': 09:30-10:30 CEST Luxembourg (UTC+2) -> 07:30-08:30Z; ICS in UTC "
           "agrees; ORGANIZER is the Workday tenant mailbox, so contact = the recruiter address in the body")
def m04() -> bytes:
    body = t("""
        Dear Claire,

        Your interview for Demand & Supply Planner (R-10482) has been scheduled.

        Interview Details
        Date: Monday, 12 October 2026
        Time: 09:30 - 10:30 Central European Summer Time (CEST)
        Location: Brasseries Nordvall, 7 rue de l'Industrie, L-8399 Windhof, Luxembourg
        Interviewers: Sarah Kieffer (Talent Acquisition), Tom Weis (Supply Chain Manager)

        Please bring a valid ID for the visitor badge. Free parking is available in front of building B.

        If you have any questions, please contact Sarah Kieffer at sarah.kieffer@nordvall.lu.

        Kind regards,
        Brasseries Nordvall Talent Acquisition

        This email was sent from Workday. Please do not reply to this message.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Helvetica Neue',Arial;font-size:13px">
        <p>Dear Claire,</p>
        <p>Your interview for Demand &amp; Supply Planner (R-10482) has been scheduled.</p>
        <p><b>Interview Details</b><br>
        Date: Monday, 12 October 2026<br>
        Time: 09:30 - 10:30 Central European Summer Time (CEST)<br>
        Location: Brasseries Nordvall, 7 rue de l'Industrie, L-8399 Windhof, Luxembourg<br>
        Interviewers: Sarah Kieffer (Talent Acquisition), Tom Weis (Supply Chain Manager)</p>
        <p>Please bring a valid ID for the visitor badge. Free parking is available in front of building B.</p>
        <p>If you have any questions, please contact Sarah Kieffer at
        <a href="mailto:sarah.kieffer@nordvall.lu">sarah.kieffer@nordvall.lu</a>.</p>
        <p>Kind regards,<br>Brasseries Nordvall Talent Acquisition</p>
        <p style="color:#777;font-size:11px">This email was sent from Workday. Please do not reply to this message.</p>
        </div></body></html>
        """)
    ics = vcal("-//Workday Inc.//Workday Calendar//EN", "REQUEST", """
        UID:WD-INTV-2c91b7e04f8a11ef@nordvall.wd3.myworkday.com
        DTSTAMP:20261005T123000Z
        DTSTART:20261012T073000Z
        DTEND:20261012T083000Z
        SUMMARY:Interview - Demand & Supply Planner (R-10482)
        LOCATION:Brasseries Nordvall\\, 7 rue de l'Industrie\\, L-8399 Windhof
        ORGANIZER;CN=Brasseries Nordvall:mailto:nordvall@myworkday.com
        ATTENDEE;CN=Claire Dupuis;RSVP=FALSE:mailto:claire.dupuis@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        """)
    hs = head("Brasseries Nordvall <nordvall@myworkday.com>",
              "Interview Scheduled - Demand & Supply Planner (R-10482)", "2026-10-05 14:30",
              "<1602315784.88213.1791195000412@wd3-prod-mailer-07.myworkday.com>", zone="Europe/Luxembourg",
              rcv=("from mta-out-14.myworkday.com (mta-out-14.myworkday.com [198.51.100.214])", "4cRwK81bXvz7tNs"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, disposition="attachment", filename="Interview.ics", cte="base64")))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 11:00", P), contact="nadia.benali@herault-boissons.fr",
      company="Groupe Hérault Boissons", local="Mon 2026-10-26 11:00", zone=P,
      note="DST edge: sent Thu 22 Oct in CEST, interview lundi 26 octobre 11:00 Paris after the 25 Oct switch "
           "-> CET (UTC+1) = 10:00Z, the ICS (TZID Europe/Paris) agrees; 'environ une heure' -> end null; "
           "contact = Reply-To recruiter")
def m05() -> bytes:
    body = t("""
        Bonjour Claire,

        Suite à votre candidature au poste de Planificateur·rice Supply Chain (H/F) – site de Sillery,
        nous avons le plaisir de vous confirmer un entretien :

          Date : lundi 26 octobre 2026
          Heure : 11:00 (heure de Paris)
          Lieu : Groupe Hérault Boissons, 4 route de Louvois, 51500 Sillery
          Avec : Nadia Benali (Chargée RH) et Loïc Parmentier (Responsable Planification)

        L'entretien durera environ une heure. Attention, nous serons passés à l'heure d'hiver
        (dimanche 25 octobre) : l'invitation ci-jointe tient compte du changement d'heure.

        Pour toute question, répondez simplement à cet e-mail.

        Cordialement,
        Nadia Benali
        Groupe Hérault Boissons

        --
        Cet e-mail vous a été envoyé par SmartRecruiters pour le compte de Groupe Hérault Boissons.
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduling//EN", "REQUEST", """
        UID:sr-int-4f7a09c2-11e2-4b5d-8a7e-93c1d0f6ab21
        DTSTAMP:20261022T084000Z
        DTSTART;TZID=Europe/Paris:20261026T110000
        SUMMARY:Entretien – Planificateur·rice Supply Chain – Claire Dupuis
        LOCATION:4 route de Louvois\\, 51500 Sillery
        ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@herault-boissons.fr
        ATTENDEE;CN=Claire Dupuis;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:claire.dupuis@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """, tz="Europe/Paris")
    hs = head(addr("Groupe Hérault Boissons", "noreply@smartrecruiters.com"),
              "Invitation à un entretien : Planificateur·rice Supply Chain (H/F)", "2026-10-22 10:40",
              "<20261022084002.1b7e4c9a0f@mailer.smartrecruiters.com>",
              rcv=("from mailer.smartrecruiters.com (mailer.smartrecruiters.com [192.0.2.77])", "4cVx3Zp7Wdz2mQt"),
              extra=(("Reply-To", "Nadia Benali <nadia.benali@herault-boissons.fr>"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, cte="8bit", disposition="attachment", filename="entretien.ics")))


@mail(n(6), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 16:00", "Europe/Berlin"), end=utc("2026-11-04 16:45", "Europe/Berlin"),
      contact="lea.hoffmann@kuehlwerk.de", company="Kühlwerk Logistics",
      local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone="Europe/Berlin",
      note="Personio invitation, '16:00-16:45 (CET, Berlin time)' on 4 November (after the EU switch on "
           "25 Oct, so UTC+1) -> 15:00-15:45Z; contact = Reply-To hiring manager")
def m06() -> bytes:
    body = t("""
        Hello Claire,

        Thank you for your application as Supply Planner (remote, France) at Kühlwerk Logistics GmbH.

        We are happy to confirm your video interview:

        Wednesday, 4 November 2026
        16:00 - 16:45 (CET, Berlin time)
        Microsoft Teams - the link will follow in a separate calendar invitation.

        You will talk to Lea Hoffmann (Head of Supply Chain) and Jonas Richter (People & Culture).

        If something comes up, just reply to this email.

        Best regards
        Lea Hoffmann
        Kühlwerk Logistics GmbH | Speicherstraße 18 | 28217 Bremen

        This message was sent via Personio.
        """)
    htm = t("""
        <div style="font-family:Roboto,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hello Claire,</p>
        <p>Thank you for your application as <strong>Supply Planner (remote, France)</strong> at Kühlwerk Logistics GmbH.</p>
        <p>We are happy to confirm your video interview:</p>
        <p style="background:#f2f6fa;padding:10px">Wednesday, 4 November 2026<br>16:00 - 16:45 (CET, Berlin time)<br>
        Microsoft Teams - the link will follow in a separate calendar invitation.</p>
        <p>You will talk to Lea Hoffmann (Head of Supply Chain) and Jonas Richter (People &amp; Culture).</p>
        <p>If something comes up, just reply to this email.</p>
        <p>Best regards<br>Lea Hoffmann<br>Kühlwerk Logistics GmbH | Speicherstraße 18 | 28217 Bremen</p>
        <p style="font-size:11px;color:#8a8a8a">This message was sent via Personio.</p>
        </div>
        """)
    hs = head(addr("Kühlwerk Logistics GmbH", "noreply@mail.personio.de"),
              "Your interview with Kühlwerk Logistics \u2013 4 November", "2026-10-30 12:15",
              "<c1f0a7e3b92d4e56@mail.personio.de>", zone="Europe/Berlin",
              rcv=("from mail.personio.de (mail.personio.de [192.0.2.140])", "4d0Hs72QkRz5wLm"),
              extra=(("Reply-To", "Lea Hoffmann <lea.hoffmann@kuehlwerk.de>"),))
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


@mail(n(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:30", P), end=utc("2026-11-12 11:15", P),
      contact="camille.roussel@verdure-lille.fr", company="Verdure Lille",
      local="Thu 2026-11-12 10:30", local_end="2026-11-12 11:15", zone=P,
      note="Teamtailor message closing the thread of the earlier proposal: 'jeudi 12 novembre à 10h30', "
           "'Durée : 45 minutes', Paris CET (UTC+1) -> 09:30-10:15Z; Reply-To is a Teamtailor relay, so "
           "contact = the recruiter address in the signature")
def m07() -> bytes:
    body = t("""
        Bonjour Claire,

        Merci pour votre retour rapide ! C'est noté pour jeudi 12 novembre à 10h30, en visio sur Teams.
        Durée : 45 minutes. Vous échangerez avec Mathieu Delval, notre responsable logistique, et moi-même.

        Le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3ZGE0

        Belle journée,

        Camille Roussel
        Talent Acquisition – Verdure Lille
        camille.roussel@verdure-lille.fr | 03 20 55 18 42
        """)
    htm = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Bonjour Claire,</p>
        <p>Merci pour votre retour rapide ! C'est noté pour <strong>jeudi 12 novembre à 10h30</strong>, en visio sur Teams.<br>
        Durée : 45 minutes. Vous échangerez avec Mathieu Delval, notre responsable logistique, et moi-même.</p>
        <p>Le lien Teams : <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3ZGE0">rejoindre la réunion</a></p>
        <p>Belle journée,</p>
        <p>Camille Roussel<br>Talent Acquisition &ndash; Verdure Lille<br>
        <a href="mailto:camille.roussel@verdure-lille.fr">camille.roussel@verdure-lille.fr</a> | 03 20 55 18 42</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:12px;color:#999">Répondez directement à cet e-mail pour écrire à Verdure Lille.
        &middot; Teamtailor</p>
        </body></html>
        """)
    hs = head("Camille Roussel - Verdure Lille <no-reply@teamtailor-mail.com>",
              "Re: Entretien \u2013 Planificateur Approvisionnement (H/F)", "2026-11-10 08:50",
              "<5f8e2d1c-7a3b-4c90-b1e6-0f2a9d4c8e73@teamtailor-mail.com>",
              rcv=("from mail-b17.teamtailor-mail.com (mail-b17.teamtailor-mail.com [198.51.100.17])",
                   "4d6Pq1LwYnz8vBc"),
              extra=(("Reply-To", "Verdure Lille <reply+jb7c2k9q4x@inbound.teamtailor-mail.com>"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", P), end=utc("2026-11-18 09:30", P),
      contact="ben.ackroyd@fennworth.co.uk", company="Fennworth Drinks",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:30", zone=P,
      note="Calendly invitee confirmation shown in the invitee's zone: '09:00 - 09:30 (Central European "
           "Time)' -> 08:00-08:30Z (the London host sees 08:00 GMT); ICS in UTC agrees; contact = Reply-To host")
def m08() -> bytes:
    body = t("""
        Hi Claire Dupuis,

        A new event has been scheduled.

        Event Type:
        Supply Planner - first interview (30 min)

        Invitee:
        Claire Dupuis

        Invitee Email:
        claire.dupuis@example.org

        Event Date/Time:
        09:00 - 09:30 (Central European Time) on Wednesday, 18 November 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/xbr-ecpo-nwd

        Host:
        Ben Ackroyd, Fennworth Drinks

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4d1f0a2b-9c3e-47aa-b8e5-61d2f0c7a9b1
        Reschedule: https://calendly.com/reschedulings/4d1f0a2b-9c3e-47aa-b8e5-61d2f0c7a9b1

        Powered by Calendly.com
        """)
    htm = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = vcal("-//Calendly//Calendly Scheduling//EN", "REQUEST", """
        UID:4d1f0a2b-9c3e-47aa-b8e5-61d2f0c7a9b1@calendly.com
        DTSTAMP:20261116T180200Z
        DTSTART:20261118T080000Z
        DTEND:20261118T083000Z
        SUMMARY:Supply Planner - first interview (30 min) between Ben Ackroyd and Claire Dupuis
        LOCATION:https://meet.google.com/xbr-ecpo-nwd
        ORGANIZER;CN=Ben Ackroyd:mailto:ben.ackroyd@fennworth.co.uk
        ATTENDEE;CN=Claire Dupuis;RSVP=TRUE:mailto:claire.dupuis@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Supply Planner - first interview (30 min) with Ben Ackroyd on Wednesday, "
              "18 November 2026", "2026-11-16 19:02",
              "<20261116180201.9f3c7a1e52b4@calendly.com>",
              rcv=("from o7.email.calendly.com (o7.email.calendly.com [167.89.73.7])", "4d9Lm5TfGkz4xRq"),
              extra=(("Reply-To", "Ben Ackroyd <ben.ackroyd@fennworth.co.uk>"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, disposition="attachment", filename="invite.ics")))


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

TEAMS_FR = """
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
ID de la réunion : {num}
Code secret : {code}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@mail(n(9), family="exchange_invite", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 15:45", P), end=utc("2026-12-01 16:30", P),
      contact="marc.lefevre@saint-remi-emballages.fr", company="Saint-Rémi Emballages",
      local="Tue 2026-12-01 15:45", local_end="2026-12-01 16:30", zone=P,
      note="Outlook meeting request whose body has no date or time (only 'voici l'invitation'); the time "
           "is only in the ICS: DTSTART;TZID=Romance Standard Time 15:45-16:30 on 1 Dec -> Paris CET "
           "(UTC+1) = 14:45-15:30Z; contact = human organizer/sender")
def m09() -> bytes:
    teams = TEAMS_FR.format(mid="OGE2ZjM1YjEtYzQ3NS00", num="374 912 508 226", code="p8Vq2X")
    body = t("""
        Bonjour Claire,

        Comme convenu au téléphone ce matin, voici l'invitation pour notre entretien. Frédérique Nowak,
        notre directrice industrielle, se joindra à nous.

        Bien à vous,

        Marc Lefèvre
        Responsable Supply Chain
        Saint-Rémi Emballages – ZI Pompelle, 51100 Reims
        Tél. +33 3 26 85 40 12
        """) + teams
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="FR"><div class="WordSection1">'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in body.split("\n"))
           + "</div></body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marc Lefèvre:mailto:marc.lefevre@saint-remi-emballages.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dupuis:mailto:claire.dupuis@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frédérique Nowak:mailto:frederique.nowak@saint-remi-emballages.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Claire\\,\\n\\nComme convenu au téléphone ce matin\\, voici l'invitation pour notre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000E0F4A3C21A7DDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=fr-FR:Entretien – Planificateur Supply Chain – Claire Dupuis
        DTSTART;TZID=Romance Standard Time:20261201T154500
        DTEND;TZID=Romance Standard Time:20261201T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261125T101400Z
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
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marc Lefèvre", "marc.lefevre@saint-remi-emballages.fr"),
              "Entretien – Planificateur Supply Chain – Claire Dupuis", "2026-11-25 11:14",
              "<PR3P194MB0842A1C7E5D94F2B83C6A9E1B5A72@PR3P194MB0842.EURP194.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
                   "4dFk0Wm2Qsz6bYh"),
              extra=(("Thread-Topic", enc("Entretien – Planificateur Supply Chain – Claire Dupuis")),
                     ("Thread-Index", "AdtXr5mQ2f7YcV0hT0KqkL3bF9m1Aw=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", "yes")))
    return message(hs, alt(text(body), html(htm), calendar(ics, cte="base64")))


@mail(n(10), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:00", P), end=utc("2026-12-03 16:45", P),
      contact="ana.ortega@bramblefizz.com", company="Bramblefizz",
      local="Thu 2026-12-03 16:00", local_end="2026-12-03 16:45", zone=P,
      note="Google Calendar invitation rendered in the invitee's zone: 'Thu Dec 3, 2026 4pm - 4:45pm (CET)' "
           "-> 15:00-15:45Z; the ICS is in the New York organizer's zone (10:00 EST) = the same instant; "
           "contact = organizer")
def m10() -> bytes:
    body = t("""
        Ana Ortega has invited you to the following event.

        Claire Dupuis <> Bramblefizz - Supply Planning (hiring manager interview)
        Thursday Dec 3, 2026 ⋅ 4pm – 4:45pm
        Central European Time - Paris

        Join with Google Meet
        meet.google.com/hvk-pwqe-rtz

        Organizer
        Ana Ortega - ana.ortega@bramblefizz.com

        Guests
        Ana Ortega - organizer
        claire.dupuis@example.org
        Marcus Feld - marcus.feld@bramblefizz.com

        Hi Claire - looking forward to it! We'll spend most of the time on how you run S&OP at your current company.
        Ana

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NW9xcGJ1

        Reply for claire.dupuis@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=NW9xcGJ1

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        You are receiving this email because you are an attendee on the event.
        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    htm = gmail_html(body)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=America/New_York:20261203T100000
        DTEND;TZID=America/New_York:20261203T104500
        DTSTAMP:20261130T143100Z
        ORGANIZER;CN=Ana Ortega:mailto:ana.ortega@bramblefizz.com
        UID:5oqpbu3k7d1n2m9c0s4r6t8vxa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ana Ortega;X-NUM-GUESTS=0:mailto:ana.ortega@bramblefizz.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=claire.dupuis@example.org;X-NUM-GUESTS=0:mailto:claire.dupuis@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Feld;X-NUM-GUESTS=0:mailto:marcus.feld@bramblefizz.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/hvk-pwqe-rtz
        CREATED:20261130T143059Z
        DESCRIPTION:Hi Claire - looking forward to it!
        LAST-MODIFIED:20261130T143100Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Claire Dupuis <> Bramblefizz - Supply Planning (hiring manager interview)
        TRANSP:OPAQUE
        """, tz="America/New_York")
    hs = head("Ana Ortega <ana.ortega@bramblefizz.com>",
              "Invitation: Claire Dupuis <> Bramblefizz - Supply Planning (hiring manager interview) "
              "@ Thu Dec 3, 2026 4pm - 4:45pm (CET) (claire.dupuis@example.org)",
              "2026-11-30 09:31", "<calendar-7a1e4c02-93bd-4f55-8e26-0c1d5b9af347@google.com>",
              zone="America/New_York",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4dHnT2vC8Lz1pZx"),
              extra=(("Reply-To", "Ana Ortega <ana.ortega@bramblefizz.com>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics)),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(11), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", "Europe/London"), end=utc("2026-10-27 14:45", "Europe/London"),
      contact="olivia.brandt@peregrinetalent.co.uk", company="Harcourt & Lyle",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 14:45", zone="Europe/London",
      note="Agency recruiter, sent Thu 22 Oct in BST: 'next Tuesday (the 27th) at 2pm UK time', 45 minutes "
           "blocked; UK is back on GMT after 25 Oct -> 14:00-14:45Z (the '3pm for you' check agrees, Paris "
           "CET); company = the hiring client, contact = the recruiter who sent it")
def m11() -> bytes:
    body = t("""
        Hi Claire,

        Great news - Harcourt & Lyle would like to meet you for the Supply & Demand Planner role.

        I've locked in next Tuesday (the 27th) at 2pm UK time, so 3pm for you in Reims. It's a Teams call with Duncan Reeve, their Head of Supply, and they've blocked 45 minutes. Duncan's EA will send the invite from their side today or tomorrow.

        Heads up that the clocks go back here this weekend and on yours too, so the one-hour gap stays the same.

        I'll give you a quick call on Monday to prep - shout if anything changes.

        Best,
        Olivia

        Olivia Brandt
        Senior Consultant, FMCG Supply Chain
        Peregrine Talent | 40 Clerkenwell Road, London EC1M 5PS
        +44 20 7946 0318
        """)
    hs = head("Olivia Brandt <olivia.brandt@peregrinetalent.co.uk>",
              "Harcourt & Lyle - interview confirmed", "2026-10-22 15:48",
              "<CAGx7pMq0Zr4e1Nd5VtY3kWb9hQ2fL8sA@mail.gmail.com>", zone="Europe/London",
              rcv=("from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])", "4cVyB7n3Rhz9tKs"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(12), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-06 14:00", "Europe/Amsterdam"), end=utc("2026-11-06 14:45", "Europe/Amsterdam"),
      contact="femke.devries@orchardline.com", company="Orchardline",
      local="Fri 2026-11-06 14:00", local_end="2026-11-06 14:45", zone="Europe/Amsterdam",
      note="Ashby reschedule stating old (Thu 5 Nov 11:00) and new time; new = Fri 6 Nov 14:00-14:45 CET "
           "(Amsterdam, UTC+1) -> 13:00-13:45Z; ICS SEQUENCE 1 in UTC agrees; contact = Reply-To recruiter")
def m12() -> bytes:
    body = t("""
        Hi Claire,

        Your interview with Orchardline has been rescheduled.

        Previously: Thursday, November 5, 2026, 11:00 AM - 11:45 AM CET
        New time:   Friday, November 6, 2026, 2:00 PM - 2:45 PM CET (Europe/Amsterdam)

        Supply Planner - Case Study Review
        Video call: https://orchardline.zoom.us/j/84120937751

        You'll meet with:
          Sem Bakker - Head of Operations

        Questions? Just reply and it will reach Femke de Vries.

        Thanks,
        Orchardline Recruiting
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        UID:9b3e71c4-5d02-4a8f-bc16-e70a24f9d385
        DTSTAMP:20261103T160500Z
        DTSTART:20261106T130000Z
        DTEND:20261106T134500Z
        SEQUENCE:1
        SUMMARY:Orchardline - Supply Planner - Case Study Review
        LOCATION:https://orchardline.zoom.us/j/84120937751
        ORGANIZER;CN=Femke de Vries:mailto:femke.devries@orchardline.com
        ATTENDEE;CN=Claire Dupuis;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:claire.dupuis@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Orchardline <no-reply@ashbyhq.com>", "Interview rescheduled: Supply Planner at Orchardline",
              "2026-11-03 17:05", "<0100019b41c2e7aa-3c5d8f10-77b2-4e0a-9d3c-aa81f6e2b094-000000@email.amazonses.com>",
              zone="Europe/Amsterdam",
              rcv=("from a8-29.smtp-out.amazonses.com (a8-29.smtp-out.amazonses.com [54.240.8.29])", "4d1Rz5Hk0Xz3sWd"),
              extra=(("Reply-To", "Femke de Vries <femke.devries@orchardline.com>"),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(13), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-18 10:00", P), contact="h.baudet@lorin-baudet.fr",
      company="Champagne Lorin-Baudet", local="Fri 2026-12-18 10:00", zone=P,
      days=(("Thu", "2026-12-17"),),
      note="Hiring manager moves the interview from 'jeudi 17 déc. à 10h' to 'vendredi 18/12, même heure' "
           "as agreed by phone; Paris CET (UTC+1) -> 09:00Z; no length given; iso-8859-15 QP; contact = sender")
def m13() -> bytes:
    body = t("""
        Madame Dupuis,

        Comme convenu au téléphone tout à l'heure, notre entretien de jeudi 17 déc. (10h) est déplacé au vendredi 18/12, même heure, même endroit : à la Maison, 9 rue Léon-Bourgeois à Épernay, entrée par le caveau.

        Je suis désolé pour ce changement de dernière minute, les expéditions de fin d'année nous donnent du fil à retordre cette semaine.

        Vous verrez avec moi, puis avec Mme Ravaux pour la partie achats matières sèches (bouchons, étiquettes, coiffes).

        Bien cordialement,

        Hubert Baudet
        Directeur des Opérations
        Champagne Lorin-Baudet - Épernay
        06 71 33 20 84
        """)
    hs = head("Hubert Baudet <h.baudet@lorin-baudet.fr>",
              "Entretien : changement de date", "2026-12-14 16:20",
              "<000f01dc6c1e$4a7b2c10$df718430$@lorin-baudet.fr>",
              rcv=("from smtp.lorin-baudet.fr (smtp.lorin-baudet.fr [203.0.113.88])", "4dN2wXq7Ykz5hLp"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")), charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-01 16:30", P), end=utc("2026-10-01 17:30", P),
      contact="priya.natarajan@callowayspirits.com", company="Calloway Spirits",
      local="Thu 2026-10-01 16:30", local_end="2026-10-01 17:30", zone=P,
      days=(("Wed", "2026-09-30"),),
      note="GoodTime update: previous Wed 30 Sep 10:00 AM, new Thu 1 Oct 4:30-5:30 PM CEST (GMT+2), two "
           "back-to-back sessions -> first start to last end = 14:30-15:30Z; contact = Reply-To coordinator")
def m14() -> bytes:
    htm = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#222;font-size:14px">
        <div style="max-width:600px;margin:auto">
        <h2 style="font-weight:600">Your interview has been rescheduled</h2>
        <p>Hi Claire,</p>
        <p>Your onsite interview with <b>Calloway Spirits</b> for <b>Senior Supply Planner, France</b> has been
        moved to a new time. Your previous time (Wednesday, September 30, 10:00 AM CEST) is no longer valid.</p>
        <table style="border:1px solid #ddd;border-collapse:collapse;width:100%">
        <tr style="background:#f7f7f7"><td colspan="2" style="padding:8px"><b>Thursday, October 1, 2026</b>
        &middot; 4:30 PM &ndash; 5:30 PM CEST (GMT+2)</td></tr>
        <tr><td style="padding:8px">4:30 PM &ndash; 5:00 PM</td><td>Isabelle Fontaine, Supply Chain Director</td></tr>
        <tr><td style="padding:8px">5:00 PM &ndash; 5:30 PM</td><td>Yann Castel, Finance Business Partner</td></tr>
        </table>
        <p><b>Location:</b> Calloway Spirits, 27 rue de la Boétie, 75008 Paris &ndash; 4th floor, ask for Priya at reception</p>
        <p>Questions? Reply to this email to reach Priya Natarajan, Recruiting Coordinator.</p>
        <p style="color:#888;font-size:12px">Sent with GoodTime &middot; Please add the attached invitation to your calendar.</p>
        </div></body></html>
        """)
    ics = vcal("-//GoodTime.io//Hire//EN", "REQUEST", """
        UID:gt-8f1c5e30a2b74d69-onsite@goodtime.io
        DTSTAMP:20260928T164500Z
        DTSTART:20261001T143000Z
        DTEND:20261001T153000Z
        SEQUENCE:2
        SUMMARY:Onsite interview - Calloway Spirits (Senior Supply Planner\\, France)
        LOCATION:27 rue de la Boétie\\, 75008 Paris
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@callowayspirits.com
        ATTENDEE;CN=Claire Dupuis;RSVP=TRUE:mailto:claire.dupuis@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Calloway Spirits Recruiting <scheduling@goodtime.io>",
              "Updated: your interview with Calloway Spirits has been rescheduled", "2026-09-28 18:45",
              "<20260928164500.5c2e9d7f1a3b@goodtime.io>",
              rcv=("from o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.118.3])", "4cPqV8d1Mnz7yXr"),
              extra=(("Reply-To", "Priya Natarajan <priya.natarajan@callowayspirits.com>"),))
    return message(hs, mixed(html(htm), calendar(ics, cte="8bit", disposition="attachment",
                                                 filename="interview.ics")))


@mail(n(15), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-21 09:30", P), end=utc("2026-10-21 10:15", P),
      contact="hugo.lemaire@brasserie-des-flandres.fr", company="Brasserie des Flandres",
      local="Wed 2026-10-21 09:30", local_end="2026-10-21 10:15", zone=P,
      days=(("Tue", "2026-10-20"),),
      note="Google Calendar 'Invitation mise à jour' in French: new 'mer. 21 oct. 2026 09:30 - 10:15 (CEST)', "
           "old time 'mar. 20 oct. 14:00' struck; CEST (UTC+2) -> 07:30-08:15Z; ICS SEQUENCE 2 agrees; "
           "contact = organizer")
def m15() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien Claire Dupuis / Planification Supply – Brasserie des Flandres
        Modifié : mercredi 21 oct. 2026 ⋅ 09:30 – 10:15
        (auparavant : mardi 20 oct. 2026 ⋅ 14:00 – 14:45)
        Heure d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/rdw-kfmq-ysu

        Organisateur
        Hugo Lemaire - hugo.lemaire@brasserie-des-flandres.fr

        Invités
        Hugo Lemaire - organisateur
        claire.dupuis@example.org
        Anaïs Coppens - anais.coppens@brasserie-des-flandres.fr

        Désolé Claire, un comité de direction a été calé mardi aprem. Mercredi matin c'est bon pour vous ?

        Répondre pour claire.dupuis@example.org
        Oui / Non / Peut-être / Plus d'options https://calendar.google.com/calendar/event?action=VIEW&eid=M2Zr

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        Vous recevez cet e-mail, car vous êtes un invité à cet événement.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;TZID=Europe/Paris:20261021T093000
        DTEND;TZID=Europe/Paris:20261021T101500
        DTSTAMP:20261016T120200Z
        ORGANIZER;CN=Hugo Lemaire:mailto:hugo.lemaire@brasserie-des-flandres.fr
        UID:3fkr8q2m1vdn6c0s9b4x7t2wza@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=claire.dupuis@example.org;X-NUM-GUESTS=0:mailto:claire.dupuis@example.org
        CREATED:20261009T081544Z
        LAST-MODIFIED:20261016T120200Z
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien Claire Dupuis / Planification Supply – Brasserie des Flandres
        TRANSP:OPAQUE
        """, tz="Europe/Paris")
    hs = head("Hugo Lemaire <hugo.lemaire@brasserie-des-flandres.fr>",
              "Invitation mise à jour : Entretien Claire Dupuis / Planification Supply – Brasserie des Flandres "
              "@ mer. 21 oct. 2026 09:30 - 10:15 (CEST) (claire.dupuis@example.org)",
              "2026-10-16 14:02", "<calendar-b7d20e15-4c8a-4f31-a96e-5e3f10c7d2a8@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "4cY3d0Fr6Tz2nMb"),
              extra=(("Reply-To", "Hugo Lemaire <hugo.lemaire@brasserie-des-flandres.fr>"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@mail(n(16), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-25 10:00", "Europe/Luxembourg"), end=utc("2026-11-25 11:00", "Europe/Luxembourg"),
      contact="tom.weis@nordvall.lu", company="Brasseries Nordvall",
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:00", zone="Europe/Luxembourg",
      note="Exchange METHOD:CANCEL, 'When: Wednesday, 25 November 2026 10:00-11:00 (UTC+01:00) Amsterdam, "
           "Berlin...' with TZID W. Europe Standard Time -> 09:00-10:00Z cancelled slot; no new time "
           "(role on hold); contact = organizer/sender")
def m16() -> bytes:
    body = t("""
        When: Wednesday, 25 November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Nordvall Windhof - Meeting room "Moselle"

        *~*~*~*~*~*~*~*~*~*

        Hi Claire,

        I'm sorry to have to cancel our second-round meeting. Following last week's reorganisation, the Demand & Supply Planner position has been put on hold until further notice, so we are pausing all interviews for now.

        Sarah will contact you as soon as we know more. Thank you for your patience and for the time you've already given us.

        Kind regards,
        Tom Weis
        Supply Chain Manager | Brasseries Nordvall
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Tom Weis:mailto:tom.weis@nordvall.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dupuis:mailto:claire.dupuis@example.org
        UID:040000008200E00074C5B7101A82E008000000003F6C9A81E95BDB010000000000000000100000008C3E1F2A7B4D4E6F9A0B1C2D3E4F5061
        SUMMARY;LANGUAGE=en-US:Canceled: Second interview - Claire Dupuis (Demand & Supply Planner)
        DTSTART;TZID=W. Europe Standard Time:20261125T100000
        DTEND;TZID=W. Europe Standard Time:20261125T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261123T074700Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:3
        LOCATION;LANGUAGE=en-US:Nordvall Windhof - Meeting room "Moselle"
        X-MICROSOFT-CDO-APPT-SEQUENCE:3
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Tom Weis <tom.weis@nordvall.lu>",
              "Canceled: Second interview - Claire Dupuis (Demand & Supply Planner)", "2026-11-23 08:47",
              "<DB9P192MB1377E4F0A2C84B6D91E3F7A5C2B81@DB9P192MB1377.EURP192.PROD.OUTLOOK.COM>",
              zone="Europe/Luxembourg",
              rcv=("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2113.outbound.protection.outlook.com [40.107.104.113])",
                   "4dDs4Lq9Pwz1cVn"),
              extra=(("Importance", "high"), ("Thread-Topic", "Second interview - Claire Dupuis (Demand & Supply Planner)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(17), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-08 11:00", P), contact="aurelie.maes@nord-recrutement.fr",
      company="Brasserie de la Deûle", local="Tue 2026-12-08 11:00", zone=P,
      note="Agency recruiter cancels 'l'entretien de mardi 8 décembre à 11h' at the client (post filled "
           "internally), no new time; Paris CET (UTC+1) -> cancelled slot 10:00Z; company = hiring client; "
           "contact = recruiter who sent it; windows-1252 QP")
def m17() -> bytes:
    body = t("""
        Bonjour Claire,

        Je suis vraiment désolée de vous l'annoncer par mail, je n'ai pas réussi à vous joindre sur votre portable : je suis obligée d'annuler l'entretien de mardi 8 décembre à 11h chez Brasserie de la Deûle.

        Ils viennent de m'informer que le poste de planificatrice a finalement été pourvu en interne (une mutation depuis leur site de Douai). Ce n'est donc pas lié à votre profil, qui leur plaisait beaucoup.

        Je garde évidemment votre dossier sous le coude, j'ai deux autres missions supply qui devraient s'ouvrir en janvier sur la métropole lilloise.

        Bien à vous,

        Aurélie Maes
        Consultante Recrutement – Supply Chain & Achats
        Nord Recrutement Conseil
        03 28 36 47 90 – aurelie.maes@nord-recrutement.fr

        -----Message d'origine-----
        De : Aurélie Maes
        Envoyé : vendredi 27 novembre 2026 10:02
        À : Claire Dupuis <claire.dupuis@example.org>
        Objet : Entretien Brasserie de la Deûle

        Bonjour Claire,
        Je vous confirme votre entretien le mardi 8 décembre à 11h00 avec M. Vermeersch, directeur du site, à la brasserie (rue du Marais, Lille). Prévoir 1h.
        Bonne journée,
        Aurélie
        """)
    hs = head(addr("Aurélie Maes", "aurelie.maes@nord-recrutement.fr", "windows-1252"),
              "Annulation entretien Brasserie de la Deûle", "2026-12-03 17:30",
              "<AM8P189MB16427D3E0F5A4C2B9E8F1D6A7B3C0@AM8P189MB1642.EURP189.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2090.outbound.protection.outlook.com [40.107.241.90])",
                   "4dJ8tRm3Sbz6qWf"),
              extra=(("Importance", "high"), ("Content-Language", "fr-FR")), charset="windows-1252")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(18), family="workable", lang="fr-BE", interview=True, kind="cancelled",
      start=utc("2026-10-09 09:30", P), contact=None, company="Biscuiterie Vanhove",
      local="Fri 2026-10-09 09:30", zone=P,
      note="Workable cancellation in Belgian French ('endéans', 'à tantôt'): 'ce vendredi 9 octobre à 9h30', "
           "site de Lesquin (France) -> CEST (UTC+2) = 07:30Z cancelled slot, no new time yet; Reply-To is a "
           "Workable relay and no personal address appears -> contact null")
def m18() -> bytes:
    body = t("""
        Bonjour Claire,

        Nous sommes au regret de devoir annuler votre entretien prévu ce vendredi 9 octobre à 9h30 sur notre site de Lesquin.

        Notre responsable logistique, qui devait vous recevoir, est malheureusement souffrant. Nous reviendrons vers vous endéans les deux semaines pour vous proposer une nouvelle date.

        Toutes nos excuses pour ce contretemps et à tantôt,

        L'équipe recrutement
        Biscuiterie Vanhove

        ---
        Vous pouvez répondre directement à cet e-mail.
        Powered by Workable
        """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Claire,</p>
        <p>Nous sommes au regret de devoir annuler votre entretien prévu ce <b>vendredi 9 octobre à 9h30</b> sur notre site de Lesquin.</p>
        <p>Notre responsable logistique, qui devait vous recevoir, est malheureusement souffrant. Nous reviendrons vers vous endéans les deux semaines pour vous proposer une nouvelle date.</p>
        <p>Toutes nos excuses pour ce contretemps et à tantôt,</p>
        <p>L'équipe recrutement<br>Biscuiterie Vanhove</p>
        <p style="color:#999;font-size:12px">Vous pouvez répondre directement à cet e-mail. &middot; Powered by Workable</p>
        </body></html>
        """)
    hs = head("Biscuiterie Vanhove <noreply@candidates.workablemail.com>",
              "Annulation de votre entretien – Biscuiterie Vanhove", "2026-10-07 16:05",
              "<01020192c4f7a8e1-6b2d93f0-3a1c-4e7b-8d5f-c0e9a2b71f46-000000@eu-west-1.amazonses.com>",
              zone="Europe/Brussels",
              rcv=("from a2-117.smtp-out.eu-west-1.amazonses.com (a2-117.smtp-out.eu-west-1.amazonses.com [54.240.2.117])",
                   "4cS0mQk5Vtz8pNr"),
              extra=(("Reply-To", "Biscuiterie Vanhove <biscuiterie-vanhove+c7f2a9e41b@candidates.workablemail.com>"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(19), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-21 09:00", "America/New_York"), end=utc("2026-09-21 09:30", "America/New_York"),
      contact="rachel.kim@northgatepack.com", company="Northgate Packaging",
      local="Mon 2026-09-21 09:00", local_end="2026-09-21 09:30", zone="America/New_York",
      note="iCIMS with US date '09/21/2026' (MM/DD) and '9:00 AM - 9:30 AM (GMT-04:00) Eastern Time' -> EDT "
           "13:00-13:30Z (3 PM in Reims); no ICS; contact = HR address in the body (sender is iCIMS no-reply)")
def m19() -> bytes:
    body = t("""
        Dear Claire,

        Thank you for your interest in the Supply Planner - Reims Plant position (Req ID 2026-4471) at Northgate Packaging.

        We are pleased to confirm your phone screen:

        Interview Date: 09/21/2026
        Interview Time: 9:00 AM - 9:30 AM (GMT-04:00) Eastern Time (US & Canada)
        Interview Type: Phone Screen
        Interviewer: Rachel Kim, HR Business Partner - EMEA Operations

        Rachel will call you at the number on your application (+33 6 ** ** ** 17). If you need to reach her before the call, please email rachel.kim@northgatepack.com.

        Sincerely,
        Northgate Packaging Talent Acquisition

        Please do not reply to this automated message.
        """)
    htm = t("""
        <html><body><table width="600" style="font-family:Verdana,sans-serif;font-size:12px">
        <tr><td><img src="https://careers-northgatepack.icims.com/logo.png" alt="Northgate Packaging"></td></tr>
        <tr><td>
        <p>Dear Claire,</p>
        <p>Thank you for your interest in the Supply Planner - Reims Plant position (Req ID 2026-4471) at Northgate Packaging.</p>
        <p>We are pleased to confirm your phone screen:</p>
        <p><b>Interview Date:</b> 09/21/2026<br>
        <b>Interview Time:</b> 9:00 AM - 9:30 AM (GMT-04:00) Eastern Time (US &amp; Canada)<br>
        <b>Interview Type:</b> Phone Screen<br>
        <b>Interviewer:</b> Rachel Kim, HR Business Partner - EMEA Operations</p>
        <p>Rachel will call you at the number on your application (+33 6 ** ** ** 17). If you need to reach her
        before the call, please email <a href="mailto:rachel.kim@northgatepack.com">rachel.kim@northgatepack.com</a>.</p>
        <p>Sincerely,<br>Northgate Packaging Talent Acquisition</p>
        <p style="font-size:10px;color:#888">Please do not reply to this automated message.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Northgate Packaging <noreply@talent.icims.com>",
              "Interview Confirmation - Supply Planner - Reims Plant (2026-4471)", "2026-09-15 10:12",
              "<1789823520123.4471.ICIMS.careers-northgatepack@talent.icims.com>", zone="America/New_York",
              rcv=("from mta7.talent.icims.com (mta7.talent.icims.com [198.51.100.187])", "4cNw9Tq2Hfz4rLb"))
    return message(hs, alt(text(body, cte="7bit"), html(htm, cte="7bit")))


@mail(n(20), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-09 11:00", P), contact="elodie.marchal@orsonne-groupe.com",
      company="Groupe Orsonne", local="Wed 2026-09-09 11:00", zone=P,
      note="Taleo convocation, HTML only in windows-1252 base64: 'mercredi 9 septembre 2026 à 11h00' Paris "
           "CEST (UTC+2) -> 09:00Z; no length; contact = the HR address in the body")
def m20() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Madame Claire Dupuis,</p>
        <p>Nous avons bien étudié votre candidature au poste de <b>Supply Planner Vins &amp; Spiritueux (réf. 26-0912-FR)</b>
        et avons le plaisir de vous convier à un entretien :</p>
        <p>Date : <b>mercredi 9 septembre 2026</b><br>
        Heure : <b>11h00</b><br>
        Adresse : Groupe Orsonne – 42, rue de Courcelles – 75008 Paris (métro Courcelles)<br>
        Interlocuteurs : Élodie Marchal, Chargée de recrutement, et Vincent Aubry, Directeur Demand Planning</p>
        <p>Merci de confirmer votre présence et, en cas d’empêchement, de contacter Élodie Marchal
        (elodie.marchal@orsonne-groupe.com).</p>
        <p>Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.</p>
        <p>La Direction des Ressources Humaines<br>Groupe Orsonne</p>
        <p><font size="1" color="#808080">Ce message a été généré automatiquement, merci de ne pas y répondre.</font></p>
        </font></body></html>
        """)
    hs = head("Groupe Orsonne <no-reply@tbe.taleo.net>",
              "Groupe Orsonne - Convocation à un entretien", "2026-09-04 15:30",
              "<28443117.1234.1788528600000.JavaMail.taleo@tbe.taleo.net>",
              rcv=("from smtp03.tbe.taleo.net (smtp03.tbe.taleo.net [192.0.2.203])", "4cLt6Vn8Kpz2sXm"),
              charset="windows-1252")
    return message(hs, html(htm, charset="windows-1252", cte="base64"))


@mail(n(21), family="recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 13:00", "Europe/Amsterdam"), end=utc("2026-10-29 14:00", "Europe/Amsterdam"),
      contact="joost.verhoeven@tidewaybrewing.nl", company="Tideway Brewing",
      local="Thu 2026-10-29 13:00", local_end="2026-10-29 14:00", zone="Europe/Amsterdam",
      note="Recruitee, sent Fri 23 Oct in CEST; the attached event is all-day (VALUE=DATE 29 Oct), the time "
           "is only in the text: '13:00 Amsterdam time', after the 25 Oct switch -> CET = 12:00Z, 'one "
           "hour' -> 13:00Z; contact = Reply-To recruiter")
def m21() -> bytes:
    body = t("""
        Hi Claire,

        Thanks for picking a day! Your interview for Supply Planner (remote, EU) is confirmed:

        Thursday 29 October 2026, 13:00 Amsterdam time (CET - the clocks go back on Sunday 25 October, so that's 13:00 in Reims too).

        The interview lasts one hour: 30 minutes with me and 30 minutes with Roos, our Head of Ops. We'll use Whereby: https://whereby.com/tideway-hiring

        The calendar file attached blocks the whole day - sorry, our tool only does that for now.

        Cheers,
        Joost Verhoeven
        People Lead, Tideway Brewing
        """)
    htm = "<div>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</div>\n"
    ics = vcal("-//Recruitee//Recruitee Calendar//EN", "PUBLISH", """
        UID:rc-evt-6612093@recruitee.com
        DTSTAMP:20261023T092000Z
        DTSTART;VALUE=DATE:20261029
        DTEND;VALUE=DATE:20261030
        SUMMARY:Interview Tideway Brewing - Supply Planner
        DESCRIPTION:13:00 Amsterdam time - https://whereby.com/tideway-hiring
        ORGANIZER;CN=Joost Verhoeven:mailto:joost.verhoeven@tidewaybrewing.nl
        TRANSP:TRANSPARENT
        """)
    hs = head("Tideway Brewing <tidewaybrewing@mail.recruitee.com>",
              "Interview confirmed - Supply Planner (remote, EU)", "2026-10-23 11:20",
              "<msg-0b7e1c93d24f@mail.recruitee.com>", zone="Europe/Amsterdam",
              rcv=("from mail.recruitee.com (mail.recruitee.com [192.0.2.59])", "4cZ1k7Pm4Rz9dFw"),
              extra=(("Reply-To", "Joost Verhoeven <joost.verhoeven@tidewaybrewing.nl>"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="PUBLISH", disposition="attachment", filename="interview.ics")))


@mail(n(22), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-20 09:30", P), contact="lea.dumont@lys-scarpe.fr", company="Lys & Scarpe Boissons",
      local="Fri 2026-11-20 09:30", zone=P,
      note="Claire forwards to herself (from her .net address) a recruiter's Zoom confirmation as an attached "
           "message/rfc822: 'vendredi 20 novembre à 9h30' Paris CET (UTC+1) -> 08:30Z; sender is the "
           "candidate, so contact = the recruiter in the forwarded header")
def m22() -> bytes:
    inner_body = t("""
        Bonjour Claire,

        Je vous confirme notre entretien en visio vendredi 20 novembre à 9h30, avec Grégoire Lefebvre, responsable S&OP.

        Participer à la réunion Zoom
        https://lys-scarpe.zoom.us/j/91537220468?pwd=Q2xhaXJlRHVwdWlz

        ID de réunion : 915 3722 0468
        Code secret : 204611

        Bonne fin de journée,
        Léa Dumont
        Chargée RH – Lys & Scarpe Boissons (Lille)
        """)
    inner = message([
        ("From", addr("Léa Dumont", "lea.dumont@lys-scarpe.fr")),
        ("To", "Claire Dupuis <claire.dupuis@example.net>"),
        ("Subject", enc("Entretien visio – Planificatrice Supply")),
        ("Date", date("2026-11-16 18:10", P)),
        ("Message-ID", "<a41c2f7e-0d93-4b58-9e1a-77f3c5d20b16@lys-scarpe.fr>"),
    ], text(inner_body))
    outer = t("""
        pour ne pas oublier vendredi
        (à mettre dans l'agenda + imprimer l'annonce)

        Envoyé depuis mon mobile
        """)
    hs = head("Claire Dupuis <claire.dupuis@example.net>",
              "Fwd: Entretien visio – Planificatrice Supply", "2026-11-17 07:55",
              "<5e9a1b47-c3d2-4f8e-a0b6-21d7e4f9c385@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [198.51.100.9])", "4d7Mr2Xs9Tz1wQk"))
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Entretien visio.eml")))


@mail(n(23), family="join", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", "Pacific/Auckland"), end=utc("2026-12-09 08:45", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaisupply.co.nz", company="Kōwhai Supply Co.",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:45", zone="Pacific/Auckland",
      days=(("Tue", "2026-12-08"),),
      note="JOIN, Auckland team: 'Wednesday 9 December, 8:00 am NZDT' (UTC+13) = Tue 8 Dec 19:00Z, the local "
           "date is the next day in UTC; body also gives 'Tuesday 8 December, 8:00 pm in Paris'; 45 minutes "
           "-> 19:45Z; contact = Reply-To")
def m23() -> bytes:
    body = t("""
        Kia ora Claire,

        Thanks for your time on the phone last week! Your interview for Global Supply Planner (remote, EMEA hours) is booked:

        When: Wednesday 9 December, 8:00 am NZDT (that's Tuesday 8 December, 8:00 pm in Paris)
        Length: 45 minutes
        With: Aroha Ngata (Operations Director) and Liam Patel (Finance)
        Where: Google Meet - https://meet.google.com/kow-haii-nzx

        We know it's an evening slot for you - thanks for making it work.

        Ngā mihi,
        Aroha Ngata
        Kōwhai Supply Co. - Auckland

        Sent via JOIN - join.com
        """)
    htm = gmail_html(body)
    hs = head(addr("Kōwhai Supply Co.", "noreply@join.com"),
              "Your interview with Kōwhai Supply Co. is confirmed", "2026-12-03 21:10",
              "<20261203081000.77e1c4a2b9@join.com>", zone="Pacific/Auckland",
              rcv=("from mail-out-2.join.com (mail-out-2.join.com [192.0.2.222])", "4dJ0bZw6Npz3tGv"),
              extra=(("Reply-To", "Aroha Ngata <aroha.ngata@kowhaisupply.co.nz>"),))
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Unemployment-office follow-up appointment ('entretien de suivi', jeudi 8 octobre 2026 à 9h15) with "
           "a fixed time: not a job interview")
def m24() -> bytes:
    body = t("""
        Madame DUPUIS Claire,
        Identifiant : 4817263X

        Vous êtes attendue pour un entretien de suivi avec votre conseillère référente :

          Le jeudi 8 octobre 2026 à 9h15
          Agence Emploi Grand Reims - Croix-Rouge
          5, avenue du Général-Bonaparte - 51100 Reims
          Conseillère : Mme Karine LHOMME

        Merci de vous munir de votre CV à jour et de la liste de vos démarches de recherche d'emploi
        (candidatures envoyées, entretiens obtenus).

        Cet entretien est obligatoire. En cas d'empêchement, prévenez votre conseillère au plus tôt depuis
        votre espace personnel, rubrique « Mes rendez-vous ».

        Votre agence Emploi Grand Reims

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    htm = "<html><body style=\"font-family:Marianne,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head("Agence Emploi Grand Reims <ne-pas-repondre@emploi-grandreims.fr>",
              "Votre rendez-vous du jeudi 8 octobre 2026", "2026-09-29 06:02",
              "<rdv.4817263X.20260929040212@emploi-grandreims.fr>",
              rcv=("from relais.emploi-grandreims.fr (relais.emploi-grandreims.fr [203.0.113.150])", "4cQ3sLb0Wnz2kRv"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="A local journalist confirms an 'interview' with Claire (vendredi 16 octobre à 11h, by phone, "
           "20 minutes) for a feature on the champagne trades: a fixed time, but press, not a job interview")
def m25() -> bytes:
    body = t("""
        Bonjour Claire,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier « Les métiers cachés de la filière champagne » !

        Je vous confirme donc l'interview vendredi 16 octobre à 11h, par téléphone (je vous appelle au 06 ** ** ** 17). Comptez une vingtaine de minutes. Un photographe pourrait passer la semaine suivante si vous êtes d'accord.

        Quelques thèmes que j'aimerais aborder :
        - à quoi ressemble une journée de planificatrice pendant les vendanges ;
        - la pénurie de bouteilles de 2022, vue de l'intérieur ;
        - les reconversions vers la supply chain.

        Bien à vous,

        Sophie Garnier
        Journaliste – service Économie
        Le Courrier Champenois
        """)
    hs = head("Sophie Garnier <s.garnier@courrier-champenois.fr>",
              "Interview pour le dossier métiers de la filière", "2026-10-12 10:27",
              "<9c2b1e4f-77a0-4d3e-8f15-3b6d2a9c0e81@courrier-champenois.fr>",
              rcv=("from mail.courrier-champenois.fr (mail.courrier-champenois.fr [203.0.113.66])", "4cWf2Nt8Ybz5mHq"),
              extra=(("X-Mailer", "Mozilla Thunderbird 128.3"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(26), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Business-school admission interview for an Executive MBA (mardi 10 novembre 2026 à 18h00, "
           "30 minutes, jury): a fixed time but a study-programme admission, not a job interview")
def m26() -> bytes:
    htm = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;color:#20304a;font-size:14px">
        <div style="background:#20304a;color:#fff;padding:14px 20px;font-size:18px">EMC &middot; École de Management de Champagne</div>
        <div style="padding:20px">
        <p>Madame Dupuis,</p>
        <p>Votre dossier de candidature à l'<b>Executive MBA – parcours Supply Chain &amp; Opérations</b> (rentrée janvier 2027)
        a été déclaré recevable. Nous avons le plaisir de vous convoquer à l'<b>entretien d'admission</b> :</p>
        <ul>
        <li>Date : mardi 10 novembre 2026</li>
        <li>Heure : 18h00 (merci de vous présenter 15 minutes avant)</li>
        <li>Lieu : Campus de Reims, bâtiment B, salle B204</li>
        <li>Durée : 30 minutes devant un jury de deux personnes (un professeur, un professionnel)</li>
        </ul>
        <p>L'entretien porte sur votre projet professionnel et votre motivation. Pensez à apporter une pièce d'identité.</p>
        <p>Le service des admissions</p>
        </div></body></html>
        """)
    hs = head("Admissions EMC <admissions@emc-champagne.fr>",
              "Convocation – entretien d'admission Executive MBA", "2026-11-03 09:45",
              "<0102019c3e5f1a2b-admissions-7731@emc-champagne.fr>",
              rcv=("from smtp-out.emc-champagne.fr (smtp-out.emc-champagne.fr [192.0.2.91])", "4d1Tc8Wq2Lz6nPb"))
    return message(hs, html(htm))


@mail(n(27), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Volleyball club confirms a try-out session (samedi 19 à 10h) for the regional team: a fixed "
           "time, not a job interview")
def m27() -> bytes:
    body = t("""
        Salut Claire,

        C'est noté pour l'essai avec l'équipe féminine régionale : samedi 19 à 10h, gymnase Géo-André (entrée côté parking). Prévois tes genouillères et une gourde, on fera 1h de jeu puis un petit point avec le coach.

        Si ça colle, on te fait la licence dans la foulée (pense au certificat médical).

        A samedi !
        Manon – Reims Champagne Volley, section seniors
        """)
    hs = head("Manon Lecomte <manon.lecomte@example.com>", "Essai samedi", "2026-09-15 21:18",
              "<CAF3bq9N0xKm1cVt4e2W8hRzY5pLd7sJ@mail.gmail.com>",
              rcv=("from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])", "4cNx5Tb1Qhz8vWm"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(28), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage workshop booking (mar. 13 oct. 2026 à 08h00, révision): fixed time, not an interview")
def m28() -> bytes:
    htm = t("""
        <!DOCTYPE html><html lang="fr"><body style="margin:0;font-family:Arial,sans-serif;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;margin:20px 0;border-radius:6px">
        <tr><td style="background:#0c4a8a;color:#fff;padding:16px 24px;font-size:20px">Garage Saint-Brice Auto</td></tr>
        <tr><td style="padding:24px;font-size:14px;color:#222">
        <p>Bonjour Mme Dupuis,</p>
        <p>Votre rendez-vous atelier est <b>confirmé</b>.</p>
        <table style="font-size:14px">
        <tr><td style="padding:4px 12px 4px 0;color:#666">Date</td><td><b>mar. 13 oct. 2026 à 08h00</b></td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Véhicule</td><td>Peugeot 208 – GH-412-KT</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Prestation</td><td>Révision constructeur + contrôle freinage</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Durée estimée</td><td>3 h</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Adresse</td><td>14 avenue de Reims, 51370 Saint-Brice-Courcelles</td></tr>
        </table>
        <p>Un véhicule de courtoisie vous sera remis à l'accueil.</p>
        <p><a href="https://rdv.garage-saintbrice.fr/modifier/88231">Modifier ou annuler mon rendez-vous</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = head("Garage Saint-Brice Auto <no-reply@rdv.garage-saintbrice.fr>",
              "Votre rendez-vous atelier du 13/10 est confirmé", "2026-10-08 14:03",
              "<rdv-88231-20261008120301@rdv.garage-saintbrice.fr>",
              rcv=("from rdv.garage-saintbrice.fr (rdv.garage-saintbrice.fr [192.0.2.33])", "4cT4Pr6Xvz3mQk"))
    return message(hs, html(htm))


@mail(n(29), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Tax-office phone appointment (jeudi 22/10 à 14h30) about a change of situation: fixed time, "
           "not an interview")
def m29() -> bytes:
    body = t("""
        Madame,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers de Reims
        Objet : Changement de situation (fin de contrat, revenus 2026)
        Type : rendez-vous téléphonique
        Date : jeudi 22/10/2026 à 14h30

        Un agent vous appellera au numéro indiqué lors de votre prise de rendez-vous. Préparez votre numéro
        fiscal et votre dernier avis d'impôt.

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head("Finances publiques - prise de rendez-vous <ne-pas-repondre@rdv-finances-publiques.fr>",
              "Confirmation de votre rendez-vous", "2026-10-19 08:41",
              "<20261019064110.RDV.2281934@rdv-finances-publiques.fr>",
              rcv=("from mx-out.rdv-finances-publiques.fr (mx-out.rdv-finances-publiques.fr [192.0.2.161])",
                   "4cXm1Qs5Dwz7rTp"),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(30), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Career coach confirms a mock interview ('simulation d'entretien jeudi 17 à 18h', 1h) and offers a "
           "coaching pack: a fixed time, but practice, not a job interview")
def m30() -> bytes:
    body = t("""
        Hello Claire,

        Super, je te confirme notre simulation d'entretien jeudi 17 à 18h, en visio (lien ci-dessous). On la fait "en conditions réelles" : je jouerai la DRH de Maison Verlaine, puis on débriefe à chaud. Compte 1h en tout.

        https://whereby.com/nathalie-perrin-coaching

        Prépare ton pitch de 2 minutes et deux exemples chiffrés (la rupture de stock de bouchons, ton projet de prévision des ventes).

        Et si ça te plaît, je te propose aussi le pack "Objectif entretien" : 3 séances de 1h30 pour 240 EUR, à caler quand tu veux.

        Belle soirée,
        Nathalie

        Nathalie Perrin – Coach carrière & transitions
        www.nathalieperrin-coaching.fr
        """)
    hs = head("Nathalie Perrin <contact@nathalieperrin-coaching.fr>", "Simulation jeudi 17", "2026-09-14 19:52",
              "<e7a3c1d9-5b20-4f6e-8c14-9d0b2f7e3a65@nathalieperrin-coaching.fr>",
              rcv=("from smtp.nathalieperrin-coaching.fr (smtp.nathalieperrin-coaching.fr [203.0.113.201])",
                   "4cNb7Vw2Kqz9sLd"))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(31), family="proposal_unconfirmed", lang="fr", interview=False, company="Verdure Lille",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
      note="Teamtailor message proposing two slots ('mardi de la semaine prochaine (10 novembre) à 10h, ou "
           "jeudi 12 à 10h30 ?'); nothing fixed yet (the confirmation comes in a later mail)")
def m31() -> bytes:
    body = t("""
        Bonjour Claire,

        Merci pour votre candidature au poste de Planificateur Approvisionnement (H/F), votre parcours chez un négociant champenois nous intéresse beaucoup !

        Nous aimerions organiser un premier entretien en visio de 45 minutes avec Mathieu Delval, notre responsable logistique, et moi-même. Seriez-vous disponible mardi de la semaine prochaine (10 novembre) à 10h, ou plutôt jeudi 12 à 10h30 ?

        Dites-moi ce qui vous arrange et je vous envoie la confirmation avec le lien.

        Belle journée,

        Camille Roussel
        Talent Acquisition – Verdure Lille
        camille.roussel@verdure-lille.fr | 03 20 55 18 42
        """)
    htm = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head("Camille Roussel - Verdure Lille <no-reply@teamtailor-mail.com>",
              "Entretien – Planificateur Approvisionnement (H/F)", "2026-11-05 16:40",
              "<2b4d7f19-8e3a-41c6-9d05-c7a1e0f3b852@teamtailor-mail.com>",
              rcv=("from mail-b12.teamtailor-mail.com (mail-b12.teamtailor-mail.com [198.51.100.12])",
                   "4d3Gk6Pr1Nz5xWs"),
              extra=(("Reply-To", "Verdure Lille <reply+jb7c2k9q4x@inbound.teamtailor-mail.com>"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(32), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Claire's partner forwards his own confirmed interview (mardi 13 octobre à 10h30, Paris) 'pour info' "
           "to organise school pick-up: a confirmed job interview, but not the inbox owner's")
def m32() -> bytes:
    body = t("""
        Pour info, je serai à Paris mardi toute la journée (train de 7h40). Tu pourras récupérer Léa à l'école ? Sinon je demande à ma mère.

        Bises
        Nico

        ---------- Forwarded message ---------
        De : Recrutement Altamar Logistique <recrutement@altamar-logistique.fr>
        Date: jeu. 8 oct. 2026 à 11:02
        Subject: Confirmation de votre entretien
        To: Nicolas Fabre <nico.fabre@example.com>

        Monsieur Fabre,

        Nous vous confirmons votre entretien pour le poste de Responsable d'exploitation entrepôt le mardi 13 octobre 2026 à 10h30, dans nos locaux du 17 boulevard Diderot, 75012 Paris. Vous serez reçu par Mme Chantal Royer, directrice des opérations.

        Cordialement,
        L'équipe Recrutement
        Altamar Logistique
        """)
    hs = head("Nicolas Fabre <nico.fabre@example.com>", "Fwd: Confirmation de votre entretien", "2026-10-08 12:37",
              "<CAN7rT2bV0qXm5Lk8eW1zPd3Hs9Fy4Gc@mail.gmail.com>",
              rcv=("from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])", "4cSt9Bq3Lmz1rVx"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(33), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Outlook meeting request from HR at Claire's current employer asking her to interview a candidate "
           "(ICS Romance Standard Time, ven. 16 oct. 10:00-11:00): Claire is the interviewer, not the "
           "candidate -> negative; company null (not an employer writing to her as a candidate)")
def m33() -> bytes:
    teams = TEAMS_FR.format(mid="MzQ1ZmE3MDItYmU4Ny00", num="318 660 742 915", code="Jd4sW9")
    body = t("""
        Bonjour Claire,

        Comme évoqué hier, peux-tu mener avec moi l'entretien technique de M. Karim Benslimane pour le poste d'approvisionneur (remplacement de Julie) ? Son CV est en pièce jointe du mail précédent.

        Je te propose de lui poser les questions sur le calcul des stocks de sécurité et l'outil de MRP, je m'occupe du reste.

        Merci !
        Laure

        Laure Petit
        Responsable RH – Caves Rémoises Distribution
        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Laure Petit:mailto:laure.petit@caves-remoises.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dupuis:mailto:claire.dupuis@caves-remoises.fr
        UID:040000008200E00074C5B7101A82E00800000000B1C4F2A8E057DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Approvisionneur H/F – K. Benslimane
        DTSTART;TZID=Romance Standard Time:20261016T100000
        DTEND;TZID=Romance Standard Time:20261016T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T123000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Pinot (RDC) / Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Laure Petit <laure.petit@caves-remoises.fr>",
              "Entretien candidat – Approvisionneur H/F – K. Benslimane", "2026-10-13 14:30",
              "<PA4P190MB1108C2D7A9E54F31B6A0E8D2F7C44@PA4P190MB1108.EURP190.PROD.OUTLOOK.COM>",
              to="Claire Dupuis <claire.dupuis@caves-remoises.fr>",
              rcv=("from EUR01-PA4-obe.outbound.protection.outlook.com (mail-pa4eur01on2071.outbound.protection.outlook.com [40.107.12.71])",
                   "4cWq8Ds2Fkz4bNc"),
              extra=(("Content-Language", "fr-FR"), ("X-Forwarded-To", ME),
                     ("X-Forwarded-For", "claire.dupuis@caves-remoises.fr claire.dupuis@example.org")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(34), family="rejection", lang="fr", interview=False, company="Maison Verlaine",
      note="Lever rejection after the 24 September interview ('suite à votre entretien du 24 septembre'): "
           "mentions a past interview, nothing scheduled")
def m34() -> bytes:
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b">
        <p>Bonjour Claire,</p>
        <p>Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien du 24 septembre
        pour le poste de Responsable Planification Approvisionnements.</p>
        <p>Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidature, dont l'expérience
        en production de vins effervescents correspond davantage à nos besoins immédiats.</p>
        <p>Ce choix a été difficile : Bénédicte Sorel a particulièrement apprécié votre approche du S&amp;OP. Nous
        conservons votre profil et n'hésiterons pas à revenir vers vous si une opportunité se présente.</p>
        <p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
        <p>Bien cordialement,<br>Julien Arnoult<br>Maison Verlaine</p>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#888">Envoyé via Lever</p>
        </body></html>
        """)
    hs = head("Maison Verlaine <no-reply@hire.lever.co>", "Votre candidature chez Maison Verlaine",
              "2026-10-09 17:12", "<lever.c04e8a71-2f3d-4b96-a518-6d9e0b7c3f22@hire.lever.co>",
              rcv=("from o1.ptr7714.hire.lever.co (o1.ptr7714.hire.lever.co [167.89.14.77])", "4cSz3Hm7Qbz6pLw"),
              extra=(("Reply-To", "Julien Arnoult <julien.arnoult@maison-verlaine.fr>"),))
    return message(hs, html(htm, cte="base64"))


@mail(n(35), family="offer", lang="fr", interview=False, company="Coopérative des Coteaux de la Marne",
      days=(("Fri", "2026-11-06"), ("Mon", "2026-11-09")),
      note="Written job offer after the interviews, with a fixed time to sign the contract (lundi 9 novembre "
           "à 9h) if accepted: a fixed appointment, but an offer, not an interview")
def m35() -> bytes:
    body = t("""
        Bonjour Claire,

        Suite à nos deux entretiens d'octobre, j'ai le plaisir de te faire une proposition d'embauche pour le poste de Planificatrice Approvisionnements, en CDI, à Reims :

        - rémunération : 46 000 EUR brut annuels sur 13 mois + prime d'intéressement ;
        - statut cadre, forfait jours, 2 jours de télétravail par semaine ;
        - prise de poste souhaitée : 4 janvier 2027.

        Le détail est dans la lettre jointe. Peux-tu me donner ta réponse d'ici vendredi 6 novembre ? Si c'est oui, on se retrouve lundi 9 novembre à 9h à la coop pour signer le contrat avec Sandrine et faire le tour des équipes.

        Au plaisir,
        Thomas

        Thomas Gervais
        Directeur Supply Chain
        Coopérative des Coteaux de la Marne
        """)
    pdf = b"%PDF-1.4\n% lettre de proposition (version abregee)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    att = Part([("Content-Type", 'application/pdf; name="Proposition_embauche_C_Dupuis.pdf"'),
                ("Content-Disposition", 'attachment; filename="Proposition_embauche_C_Dupuis.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head("Thomas Gervais <thomas.gervais@coteaux-marne.fr>", "Proposition d'embauche", "2026-11-02 11:05",
              "<B3E1F7A2-4C9D-4E08-A6B5-9F2D0C7E1A34@coteaux-marne.fr>",
              rcv=("from smtp.coteaux-marne.fr (smtp.coteaux-marne.fr [203.0.113.41])", "4d0Wx5Cn9Fz2qRt"))
    return message(hs, mixed(text(body, cte="quoted-printable"), att))


@mail(n(36), family="application_receipt", lang="fr-LU", interview=False, company="Caves Kremer",
      note="softgarden application receipt (Luxembourg company, French): 'si votre profil correspond, nous "
           "vous contacterons pour un entretien' - nothing scheduled")
def m36() -> bytes:
    body = t("""
        Bonjour Madame Dupuis,

        Nous vous remercions pour votre candidature au poste de

        Supply Planner (m/f/d) – Remich, Luxembourg

        que nous avons bien reçue. Notre équipe RH va l'étudier avec attention dans les prochains jours. Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un premier entretien, en principe par téléphone ou sur votre GSM.

        Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat :
        https://caves-kremer.softgarden.io/fr/candidate/applications

        Avec nos meilleures salutations,

        Votre équipe Ressources Humaines
        Caves Kremer S.A. – 12, route du Vin – L-5549 Remich

        Cet e-mail a été généré automatiquement par softgarden. Merci de ne pas y répondre.
        """)
    htm = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head("Caves Kremer S.A. <no-reply@mail.softgarden.io>",
              "Votre candidature : Supply Planner (m/f/d) – Remich", "2026-09-08 13:22",
              "<1788866520412.8831.sg@mail.softgarden.io>", zone="Europe/Luxembourg",
              rcv=("from mail.softgarden.io (mail.softgarden.io [192.0.2.48])", "4cMg8Kw1Tvz3nPd"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(37), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing supply-planning jobs, one advertising 'entretiens dès la semaine "
           "prochaine': no interview for Claire")
def m37() -> bytes:
    jobs = [
        ("Planificateur Supply Chain H/F", "Distillerie Caradec", "Paris 9e", "Entretiens dès la semaine prochaine",
         "48213"),
        ("Approvisionneur / Approvisionneuse", "Verreries de l'Ardre", "Fismes (51)", "CDI – 38-42 k€", "48377"),
        ("Demand Planner – Vins & Champagnes", "Négoce Bellerive", "Épernay (51)", "Hybride", "48402"),
        ("Supply Planner (EN/FR)", "Moselle Drinks S.à r.l.", "Luxembourg", "Nouveau", "48519"),
        ("Gestionnaire ADV & planification", "Cartonnages du Nord", "Lille (59)", "Publié il y a 2 jours", "48533"),
    ]
    lines = ["Bonjour Claire,", "", "5 nouvelles offres correspondent à votre alerte « supply planner » (Reims + 150 km) :", ""]
    rows = []
    for title, co, where, tag, oid in jobs:
        lines += [f"* {title}", f"  {co} – {where} – {tag}", ""]
        rows.append(f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.jobradar-emploi.fr/o/'
                    f'{oid}" style="color:#0b57d0;font-weight:bold">{title}</a><br>'
                    f'{co} &middot; {where}<br><span style="color:#2e7d32">{tag}</span></td></tr>')
    lines += ["Modifier ou supprimer cette alerte : https://www.jobradar-emploi.fr/alertes", "",
              "JobRadar Emploi – 8 rue du Faubourg-Montmartre, 75009 Paris"]
    body = "\n".join(lines) + "\n"
    htm = ('<html><body style="font-family:Arial;font-size:14px"><p>Bonjour Claire,</p><p>5 nouvelles offres '
           "correspondent à votre alerte <b>« supply planner »</b> (Reims + 150 km) :</p><table>"
           + "".join(rows) + '</table><p style="font-size:11px;color:#777">Modifier ou supprimer cette alerte</p>'
           "</body></html>\n")
    hs = head("JobRadar Emploi <alertes@jobradar-emploi.fr>", "5 nouvelles offres : supply planner autour de Reims",
              "2026-10-20 07:00", "<alerte-20261020-5f2a91@jobradar-emploi.fr>",
              rcv=("from mta-12.jobradar-emploi.fr (mta-12.jobradar-emploi.fr [192.0.2.112])", "4cYb2Qp7Mtz9wKf"),
              extra=(("List-Unsubscribe", "<https://www.jobradar-emploi.fr/alertes/stop?u=88a1c2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(n(38), family="newsletter", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list newsletter with an article on interview questions for planners and a members' "
           "afterwork (jeudi 19 nov. à 19h): no interview for Claire")
def m38() -> bytes:
    body = t("""
        LA LETTRE SUPPLY CHAMPAGNE - n° 47 - novembre 2026

        À LA UNE
        Entretien de planificateur : les 5 questions qui reviennent toujours (et comment y répondre)
        « Racontez-moi une rupture que vous n'avez pas vue venir. » Nos recruteurs partenaires décortiquent
        les questions clés d'un entretien en supply, du taux de service au stock de sécurité.
        Lire l'article : https://www.supply-champagne.org/lettre/47/entretien-planificateur

        PORTRAIT
        « J'ai passé mon premier entretien pendant les vendanges » : rencontre avec une approvisionneuse de
        la Côte des Blancs.

        AGENDA
        Afterwork des adhérents - jeudi 19 nov. à 19h - Le Cellier, Reims. Inscription sur le site.

        --
        Vous recevez ce message car vous êtes inscrite à la liste lettre@supply-champagne.org.
        Se désinscrire : https://www.supply-champagne.org/listes/desinscription
        """)
    hs = head("La Lettre Supply Champagne <lettre@supply-champagne.org>",
              "Entretien de planificateur : les 5 questions qui reviennent toujours", "2026-11-12 08:30",
              "<lettre-47.20261112073000@supply-champagne.org>",
              rcv=("from lists.supply-champagne.org (lists.supply-champagne.org [203.0.113.19])", "4d7Yv3Kc0Nz8tHr"),
              extra=(("List-Id", "La Lettre Supply Champagne <lettre.supply-champagne.org>"),
                     ("List-Unsubscribe", "<mailto:lettre-leave@supply-champagne.org>"),
                     ("Precedence", "list"),
                     ("Sender", "lettre-bounces@supply-champagne.org")))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(39), family="self_schedule_link", lang="fr", interview=False, company="Distillerie Caradec",
      note="Hiring manager sends a Calendly link to pick a 30-minute slot 'la semaine prochaine': no time fixed")
def m39() -> bytes:
    body = t("""
        Bonjour Claire,

        J'ai bien reçu votre candidature via JobRadar pour le poste de planificatrice, merci !

        Pour aller vite, je vous laisse choisir un créneau de 30 minutes la semaine prochaine directement dans mon agenda :
        https://calendly.com/yann-le-goff-caradec/entretien-30min

        Si aucun créneau ne vous convient, dites-le-moi et on trouvera autre chose.

        Bien à vous,
        Yann Le Goff
        Directeur des Opérations – Distillerie Caradec
        """)
    hs = head("Yann Le Goff <yann.legoff@distillerie-caradec.fr>", "Votre candidature – planification",
              "2026-10-22 18:05", "<CAH2mW0x9Pq7bTz3Kd1eRf5Ln8Vs4Yc@mail.gmail.com>",
              rcv=("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", "4cZ0Nw8Rqz1sLm"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="recruiter_outreach", lang="fr", interview=False, company="Altesse Search",
      note="Headhunter outreach for a confidential client, asks for a call 'dans les prochains jours' "
           "without a time")
def m40() -> bytes:
    body = t("""
        Bonjour Claire,

        Je me permets de vous contacter de la part du cabinet Altesse Search : nous accompagnons une maison de champagne familiale (confidentielle à ce stade) qui crée un poste de Responsable Planification & Approvisionnements, basé à Épernay.

        Votre parcours – planification chez un négociant, pratique du S&OP, projet de prévision – correspond très bien à ce qu'ils recherchent.

        Seriez-vous ouverte à un premier échange téléphonique dans les prochains jours ? Indiquez-moi simplement vos disponibilités.

        Bien cordialement,

        Romain Chevalier
        Associé – Altesse Search
        +33 6 12 48 90 55
        """)
    hs = head("Romain Chevalier <r.chevalier@altesse-search.fr>",
              "Opportunité confidentielle – Responsable Planification (Épernay)", "2026-09-22 10:14",
              "<7d5e2a90-c31b-4f8e-b6a4-0e9c1d3f5b27@altesse-search.fr>",
              rcv=("from mail.altesse-search.fr (mail.altesse-search.fr [203.0.113.77])", "4cP1Tr4Whz6mQs"))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(41), family="auto_reply", lang="fr", interview=False, company="Groupe Hérault Boissons",
      note="Out-of-office auto-reply from the Hérault Boissons recruiter, mentions 'entretiens' and a return "
           "date: no interview")
def m41() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du vendredi 30 octobre au vendredi 6 novembre inclus, avec un accès limité à mes e-mails.

        Pour toute question urgente concernant les entretiens en cours, merci de contacter le service RH au 03 26 49 70 00.

        Bien cordialement,
        Nadia Benali
        Chargée RH – Groupe Hérault Boissons
        """)
    hs = head("Nadia Benali <nadia.benali@herault-boissons.fr>",
              "Réponse automatique : Re: Entretien du 26 octobre – merci", "2026-10-30 09:02",
              "<AS8P191MB1590D7C2E4A14B0F9E6C2A1D8B7F3@AS8P191MB1590.EURP191.PROD.OUTLOOK.COM>",
              rcv=("from EUR04-AS8-obe.outbound.protection.outlook.com (mail-as8eur04on2098.outbound.protection.outlook.com [40.107.7.98])",
                   "4d0Gn1Bv7Xz4pWk"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJ9y4RfU7nXb2Mq1@mail.example.org>"),
                     ("Content-Language", "fr-FR")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(42), family="bounce", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Delivery-status bounce of Claire's own reply confirming 'jeudi 3 décembre à 10h' to a mistyped "
           "recruiter address: the confirmation never reached anyone and comes from the mailer daemon")
def m42() -> bytes:
    inner = message([
        ("From", ME_ADDR),
        ("To", "Florian Ferrand <florian.ferand@vitiplan-conseil.fr>"),
        ("Subject", "Re: Entretien jeudi"),
        ("Date", date("2026-12-01 09:14", P)),
        ("Message-ID", "<CAJ5p8WqN3xVb0Rk2@mail.example.org>"),
    ], text(t("""
        Bonjour Monsieur Ferrand,

        Je vous confirme ma présence jeudi 3 décembre à 10h pour l'entretien, dans vos locaux de la rue de Vesle.

        Bien cordialement,
        Claire Dupuis
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <florian.ferand@vitiplan-conseil.fr>: host mx.vitiplan-conseil.fr[203.0.113.120]
            said: 550 5.1.1 <florian.ferand@vitiplan-conseil.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4dK1qW7bZ2z3vNc
        X-Postfix-Sender: rfc822; claire.dupuis@example.org
        Arrival-Date: Tue,  1 Dec 2026 09:14:06 +0100 (CET)

        Final-Recipient: rfc822; florian.ferand@vitiplan-conseil.fr
        Original-Recipient: rfc822;florian.ferand@vitiplan-conseil.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.vitiplan-conseil.fr
        Diagnostic-Code: smtp; 550 5.1.1 <florian.ferand@vitiplan-conseil.fr>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(inner),
                       params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
              "Undelivered Mail Returned to Sender", "2026-12-01 09:14",
              "<20261201081407.4dK1qW7bZ2z3vNc@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(43), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Zoom webinar registration 'Réussir ses entretiens dans les vins & spiritueux' with a fixed time "
           "(mar. 24 nov. 12h30 CET) and an ICS: a webinar about interviews, not an interview")
def m43() -> bytes:
    body = t("""
        Bonjour Claire,

        Merci de vous être inscrite à « Réussir ses entretiens dans les vins & spiritueux ».

        Date et heure : 24 nov. 2026 12:30 PM Paris

        Participer depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/86301274450?tk=Vj9kQ2xhaXJl

        Code secret : 551207

        Description : une heure avec trois recruteurs de la filière pour préparer vos entretiens (questions
        fréquentes, études de cas, négociation du salaire). Organisé par le Club Supply Champagne.

        Vous pouvez annuler votre inscription à tout moment.

        Ajouter au calendrier : iCal / Google Agenda / Yahoo Agenda
        """)
    ics = vcal("-//zoom.us//iCalendar Event//EN", "PUBLISH", """
        UID:ZOOM86301274450
        DTSTAMP:20261117T161500Z
        DTSTART:20261124T113000Z
        DTEND:20261124T123000Z
        SUMMARY:Réussir ses entretiens dans les vins & spiritueux
        URL:https://us06web.zoom.us/w/86301274450
        LOCATION:https://us06web.zoom.us/w/86301274450
        ORGANIZER;CN=Club Supply Champagne:mailto:no-reply@zoom.us
        """)
    hs = head("Club Supply Champagne <no-reply@zoom.us>",
              "Confirmation d'inscription au webinar : Réussir ses entretiens dans les vins & spiritueux",
              "2026-11-17 17:15", "<zmwebinar.86301274450.a91f3c@zoom.us>",
              rcv=("from mailout-1.zoom.us (mailout-1.zoom.us [170.114.10.41])", "4d8Ck4Tm2Wz7qNp"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", disposition="attachment",
                                      filename="webinar.ics")))


@mail(n(44), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Colleague at Claire's current job confirms the supply team's Christmas lunch (vendredi 18 déc. à "
           "12h): a team event with a fixed time, not an interview")
def m44() -> bytes:
    body = t("""
        Hello la team supply,

        C'est réservé pour le repas de Noël : vendredi 18 déc. à 12h au Bistrot du Boulingrin, 14 personnes. Menu à 32 EUR, je fais la cagnotte lundi.

        Pour le Secret Santa, budget 15 EUR, les noms seront tirés au point S&OP de mardi.

        Bises,
        Émilie
        """)
    hs = head(addr("Émilie Roux", "emilie.roux@example.com"), "Repas de Noël - c'est calé !", "2026-12-10 13:26",
              "<CAE1xT4nQ8vRb2Wm0kPz7Ld3Hf6Ys9Gc@mail.gmail.com>",
              to=("Claire Dupuis <claire.dupuis@example.org>, Bastien Colin <bastien.colin@example.net>, "
                  "Ines Haddad <ines.haddad@example.com>"),
              rcv=("from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", "4dMb5Rt1Kqz2wHs"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Medical-lab booking for a blood test (sam. 26 sept. 2026 à 07h45, à jeun): fixed time, not an "
           "interview")
def m45() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a">
        <p style="font-size:18px;color:#0a7a6f"><b>Votre rendez-vous est confirmé</b></p>
        <p>Bonjour Claire,</p>
        <p><b>Laboratoire BioChamp – site Reims Jean-Jaurès</b><br>
        Prise de sang<br>
        <b>sam. 26 sept. 2026 à 07h45</b></p>
        <p>À jeun depuis 12 heures. Pensez à apporter votre ordonnance et votre carte Vitale.</p>
        <p>112 avenue Jean-Jaurès, 51100 Reims</p>
        <p><a href="https://rdv.biochamp-labo.fr/rdv/77120">Déplacer ou annuler le rendez-vous</a></p>
        <p style="font-size:11px;color:#889">Vous recevez cet e-mail car vous avez pris rendez-vous en ligne.</p>
        </body></html>
        """)
    hs = head("BioChamp Rendez-vous <no-reply@rdv.biochamp-labo.fr>",
              "Rendez-vous confirmé – sam. 26 sept. à 07h45", "2026-09-23 20:41",
              "<rdv-77120.1790189-confirm@rdv.biochamp-labo.fr>",
              rcv=("from rdv.biochamp-labo.fr (rdv.biochamp-labo.fr [192.0.2.174])", "4cPd1Mn6Wsz5kRb"))
    return message(hs, html(htm))


@mail(n(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agency confirms a flat viewing in Lille (samedi 14 novembre à 11h), for a possible move: "
           "fixed time, not an interview")
def m46() -> bytes:
    body = t("""
        Bonjour Madame Dupuis,

        Je vous confirme la visite du T3 rue Solférino (réf. LIL-2291, 68 m², 3e étage avec ascenseur) le samedi 14 novembre à 11h. Rendez-vous devant l'immeuble au 212.

        Pour constituer votre dossier, prévoyez : pièce d'identité, trois derniers bulletins de salaire ou promesse d'embauche, dernier avis d'imposition.

        Cordialement,
        Jérôme Vasseur
        Immo Lille Métropole - Agence Vauban
        03 20 17 44 88
        """)
    hs = head(addr("Jérôme Vasseur", "j.vasseur@immo-lille-metropole.fr"), "Visite T3 rue Solférino - samedi",
              "2026-11-10 18:22", "<1a7d3f92-6e4b-4c18-b0a5-8f2e9d1c7b64@immo-lille-metropole.fr>",
              rcv=("from smtp.immo-lille-metropole.fr (smtp.immo-lille-metropole.fr [203.0.113.132])", "4d5Rq2Vx8Dz1mLt"))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="School messaging: teacher confirms an 'entretien individuel' with the parents (mardi 6 octobre à "
           "16h45): fixed time, a parent-teacher meeting, not a job interview")
def m47() -> bytes:
    body = t("""
        Nouveau message de Mme BERTIN Hélène (Enseignante CE1 B)

        Objet : Entretien individuel - Léa

        Bonjour Madame Dupuis,

        Je vous confirme notre entretien individuel le mardi 6 octobre à 16h45, dans la classe (bâtiment B, 1er étage). Nous ferons le point sur la rentrée de Léa et les évaluations de septembre. Le papa est le bienvenu.

        Cordialement,
        H. Bertin

        ---
        Pour répondre, connectez-vous à l'ENT Écoles Grand Reims. Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("ENT Ecoles Grand Reims <ne-pas-repondre@ent-ecoles-grandreims.fr>",
              "[ENT] Nouveau message : Entretien individuel - Léa", "2026-09-29 19:05",
              "<ent.msg.5567120.20260929170501@ent-ecoles-grandreims.fr>",
              rcv=("from ent-mail.ent-ecoles-grandreims.fr (ent-mail.ent-ecoles-grandreims.fr [192.0.2.240])",
                   "4cQ7Gz3Lmvz8rTn"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="base64"))


@mail(n(48), family="on_hold", lang="en", interview=False, company="Calloway Spirits",
      note="After the onsite, the coordinator says the role is frozen and suggests they 'revisit in February': "
           "no interview fixed")
def m48() -> bytes:
    body = t("""
        Hi Claire,

        Thank you again for coming in on the 1st - Isabelle and Yann both enjoyed the conversation.

        I wanted to give you an honest update rather than leave you waiting: we've just been told there's a hiring freeze on all non-critical roles until our budget is signed off for next year, and the Senior Supply Planner role is caught in it.

        Let's revisit in February. I'll reach out in the first week of Feb to see where things stand on both sides - and if the freeze lifts earlier I'll let you know straight away.

        All the best,
        Priya

        Priya Natarajan
        Recruiting Coordinator, EMEA | Calloway Spirits
        """)
    hs = head("Priya Natarajan <priya.natarajan@callowayspirits.com>", "Quick update on the Senior Supply Planner role",
              "2026-10-14 16:48", "<CY8PR11MB7013A1E5D2F94C6B7A3E9F0D2C1B8@CY8PR11MB7013.namprd11.prod.outlook.com>",
              zone="Europe/London",
              rcv=("from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2120.outbound.protection.outlook.com [40.107.220.120])",
                   "4cX6Wb0Pqz9nHf"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(49), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Microsoft Bookings confirmation from a bank (rendez-vous conseiller, jeudi 19 novembre 2026 17:30 "
           "(UTC+01:00) Paris) with an ICS: fixed time, not an interview")
def m49() -> bytes:
    body = t("""
        Rendez-vous confirmé

        Bonjour Claire Dupuis,

        Merci d'avoir réservé votre rendez-vous avec Banque Marne & Vesle - Agence Reims Cathédrale.

        Service : Projet immobilier - premier rendez-vous (45 minutes)
        Conseiller : Alexandre Petitjean
        jeudi 19 novembre 2026 17:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Adresse : 3 place du Parvis, 51100 Reims

        Annuler ou reprogrammer : https://outlook.office365.com/owa/calendar/ReimsCathedrale@banque-marnevesle.fr/bookings/

        Pour tout changement, appelez-nous au 03 26 40 22 10.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banque Marne & Vesle - Agence Reims Cathédrale:mailto:ReimsCathedrale@banque-marnevesle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dupuis:mailto:claire.dupuis@example.org
        UID:040000008200E00074C5B7101A82E008000000006A1F3C9D7E5CDB01000000000000000010000000C8D9E0F1A2B3C4D5E6F708192A3B4C5D
        SUMMARY;LANGUAGE=fr-FR:Projet immobilier - premier rendez-vous
        DTSTART;TZID=Romance Standard Time:20261119T173000
        DTEND;TZID=Romance Standard Time:20261119T181500
        DTSTAMP:20261112T094000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:3 place du Parvis\\, 51100 Reims
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Banque Marne & Vesle - Agence Reims Cathédrale", "ReimsCathedrale@banque-marnevesle.fr"),
              "Rendez-vous confirmé : Projet immobilier - premier rendez-vous", "2026-11-12 10:40",
              "<DU0P193MB2114F6A2C8B14E7D9A0C3B5E1F6D2@DU0P193MB2114.EURP193.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-DU0-obe.outbound.protection.outlook.com (mail-du0eur02on2105.outbound.protection.outlook.com [40.107.24.105])",
                   "4d6Vt9Mc1Rz4sKq"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


@mail(n(50), family="podcast", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Podcast host confirms Claire's recording as a guest ('enregistrement jeudi 26 nov. à 18h', "
           "interview format): fixed time, not a job interview")
def m50() -> bytes:
    body = t("""
        Hello Claire,

        Trop contente que tu aies dit oui ! Je te confirme l'enregistrement de l'épisode « Planifier le champagne, de la vigne au quai » : jeudi 26 nov. à 18h, en distanciel sur Riverside (lien envoyé la veille).

        Format : interview d'environ 40 minutes, ton parcours, une journée type, et tes conseils à ceux qui veulent se lancer dans la supply. Aucune préparation nécessaire, mais un casque avec micro, c'est mieux.

        L'épisode sortira mi-janvier.

        Merci encore et à jeudi en huit !
        Inès
        Les Dessous de la Supply – le podcast
        """)
    hs = head(addr("Inès Moreau", "ines@dessous-supply-podcast.fr"), "Enregistrement podcast - c'est confirmé",
              "2026-11-19 10:05", "<f2c7b1e9-3a58-4d06-9e14-7b0a5d2c8f31@dessous-supply-podcast.fr>",
              rcv=("from smtp.dessous-supply-podcast.fr (smtp.dessous-supply-podcast.fr [203.0.113.212])",
                   "4d8Nx6Zp3Tz2vLm"))
    return message(hs, alt(text(body), html(gmail_html(body))))
