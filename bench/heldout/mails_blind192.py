"""blind192: a blind 50-mail held-out set, a realistic inbox (Chloé Berthier, pipeline developer, Angoulême).

Written by a helper session that did not read the detector, its tests or the other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind192``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind192_{ORDER[key - 1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import base64
import random
from email.utils import parseaddr

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
)

SET = "blind192"
ORDER = random.Random(1920192).sample(range(1, 51), 50)

ME = "chloe.berthier@example.org"
CHLOE = addr("Chloé Berthier", ME)


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = CHLOE,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    if not frm.isascii():
        frm = addr(*parseaddr(frm), charset=charset)
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


TORONTO = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")

LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T15:00:00Z", end="2026-09-15T16:00:00Z",
      contact="maeve.donnelly@harrowgate.co.uk", company="Harrowgate Interactive",
      local="Tue 2026-09-15 16:00", local_end="2026-09-15 17:00", zone="Europe/London",
      note="Greenhouse confirmation from no-reply@greenhouse.io; 4:00-5:00 PM BST (London, UTC+1 in "
           "September) -> 15:00-16:00Z; ICS in UTC agrees; contact = Reply-To recruiter (also ORGANIZER)")
def k01() -> bytes:
    body = t("""
        Hi Chloé,

        Thanks for making time to speak with us! Your interview for the Pipeline Developer (Remote, EU)
        role at Harrowgate Interactive is confirmed. Here are the details:

        Tuesday, September 15th, 2026
        4:00 PM - 5:00 PM BST

        Technical conversation with the Pipeline team
          - Callum Reid, Lead Pipeline TD
          - Nadia Osei, Senior Software Engineer

        Location: Google Meet
        https://meet.google.com/xqr-tvpe-kmw

        A calendar invitation is attached. If anything comes up, just reply to this email and it will
        reach Maeve Donnelly, who is coordinating your process.

        Best of luck,
        The Harrowgate Interactive Talent Team

        --
        Harrowgate Interactive Ltd, 3 Ropewalk Yard, Leeds LS1 4AP
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Chloé,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Pipeline Developer (Remote, EU)</b>
        role at Harrowgate Interactive is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">When</td><td><b>Tuesday, September 15th, 2026</b><br>4:00 PM - 5:00 PM BST</td></tr>
        <tr><td style="color:#888">What</td><td>Technical conversation with the Pipeline team</td></tr>
        <tr><td style="color:#888">Who</td><td>Callum Reid, Lead Pipeline TD<br>Nadia Osei, Senior Software Engineer</td></tr>
        <tr><td style="color:#888">Where</td><td>Google Meet &ndash; <a href="https://meet.google.com/xqr-tvpe-kmw">meet.google.com/xqr-tvpe-kmw</a></td></tr>
        </table>
        <p>A calendar invitation is attached. If anything comes up, just reply to this email and it will
        reach Maeve Donnelly, who is coordinating your process.</p>
        <p>Best of luck,<br>The Harrowgate Interactive Talent Team</p>
        <p style="font-size:11px;color:#aaa">Harrowgate Interactive Ltd, 3 Ropewalk Yard, Leeds LS1 4AP<br>Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58823104-harrowgate@greenhouse.io
        DTSTAMP:20260909T101412Z
        DTSTART:20260915T150000Z
        DTEND:20260915T160000Z
        SEQUENCE:0
        SUMMARY:Interview: Chloé Berthier - Pipeline Developer (Remote, EU)
        LOCATION:https://meet.google.com/xqr-tvpe-kmw
        ORGANIZER;CN=Maeve Donnelly:mailto:maeve.donnelly@harrowgate.co.uk
        ATTENDEE;CN=Chloé Berthier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.berthier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Harrowgate Interactive <no-reply@greenhouse.io>",
              "Interview Confirmation: Pipeline Developer (Remote, EU) at Harrowgate Interactive",
              "2026-09-09 11:14:12", "Europe/London",
              "<0102018f3a9c1d2e-6b1f0c44-harrow-58823104@us-west-2.amazonses.com>",
              rcv=("from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])",
                   "mx1.example.org with ESMTPS id 7HqLm2"),
              extra=(("Reply-To", "Maeve Donnelly <maeve.donnelly@harrowgate.co.uk>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True, cte="8bit")))


@mail(n(2), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-09-17T10:00:00Z", end="2026-09-17T11:00:00Z",
      contact="maeve.donnelly@harrowgate.co.uk", company="Harrowgate Interactive",
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 12:00", zone="Europe/London",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse reschedule: previous Tue 15 Sep 4 PM BST stated, new Thu 17 Sep 11:00 AM-12:00 PM BST "
           "(UTC+1) -> 10:00-11:00Z; ICS SEQUENCE:1 in UTC agrees; contact = Reply-To recruiter")
def k02() -> bytes:
    body = t("""
        Hi Chloé,

        Your interview with Harrowgate Interactive has been rescheduled. Sorry for the shuffle, one of
        your interviewers is travelling on Tuesday.

        Previously: Tuesday, September 15th, 2026, 4:00 PM - 5:00 PM BST
        Now:        Thursday, September 17th, 2026, 11:00 AM - 12:00 PM BST

        Technical conversation with the Pipeline team (Callum Reid, Nadia Osei)
        Google Meet: https://meet.google.com/xqr-tvpe-kmw

        The updated calendar invitation is attached and replaces the previous one. Reply to this email
        if the new time doesn't work and Maeve will sort it out.

        The Harrowgate Interactive Talent Team
        Powered by Greenhouse
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58823104-harrowgate@greenhouse.io
        DTSTAMP:20260914T080221Z
        DTSTART:20260917T100000Z
        DTEND:20260917T110000Z
        SEQUENCE:1
        SUMMARY:Interview: Chloé Berthier - Pipeline Developer (Remote, EU)
        LOCATION:https://meet.google.com/xqr-tvpe-kmw
        ORGANIZER;CN=Maeve Donnelly:mailto:maeve.donnelly@harrowgate.co.uk
        ATTENDEE;CN=Chloé Berthier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.berthier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Harrowgate Interactive <no-reply@greenhouse.io>",
              "Updated: Interview for Pipeline Developer (Remote, EU) at Harrowgate Interactive",
              "2026-09-14 09:02:21", "Europe/London",
              "<0102018f4b07aa10-91c2de07-harrow-58823104-r1@us-west-2.amazonses.com>",
              rcv=("from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
                   "mx1.example.org with ESMTPS id 9KdPz4"),
              extra=(("Reply-To", "Maeve Donnelly <maeve.donnelly@harrowgate.co.uk>"),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(3), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-09-25T08:30:00Z", end="2026-09-25T09:15:00Z",
      contact="hugo.marchetti@northlight-pictures.fr", company="Northlight Pictures",
      local="Fri 2026-09-25 10:30", local_end="2026-09-25 11:15", zone="Europe/Paris",
      days=(("Wed", "2026-09-23"),),
      note="Lever reschedule, HTML only (base64): original Wed 23 Sep 10:30 CEST, new Fri 25 Sep 10:30-11:15 "
           "CEST (UTC+2) -> 08:30-09:15Z; contact = Reply-To hiring manager")
def k03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#fff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#2c2c2c">
        <tr><td>
        <p>Hi Chloé,</p>
        <p>Your interview with <strong>Northlight Pictures</strong> for <strong>Pipeline TD &ndash; Lighting &amp; Rendering</strong> has been moved to a new time.</p>
        <p style="color:#999;text-decoration:line-through">Wednesday, September 23, 2026 &middot; 10:30 AM CEST</p>
        <p style="font-size:17px"><strong>Friday, September 25, 2026</strong><br>10:30 AM &ndash; 11:15 AM (Central European Summer Time)</p>
        <p><strong>Location</strong><br>Northlight Pictures, 41 rue de Paradis, 75010 Paris &ndash; 3rd floor, ask for Hugo at reception</p>
        <p><strong>Interviewers</strong><br>Hugo Marchetti (Head of Pipeline), Sarah Benali (Lighting Supervisor)</p>
        <p>Questions? Reply to this email to reach Hugo directly.</p>
        <p style="font-size:12px;color:#999">Sent via Lever on behalf of Northlight Pictures</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Northlight Pictures <no-reply@hire.lever.co>",
              "Your interview with Northlight Pictures has been rescheduled",
              "2026-09-21 17:40:05", "Europe/Paris", "<20260921154005.3f1c9e2ab7@hire.lever.co>",
              rcv=("from mail-lever-o2.hire.lever.co (mail-lever-o2.hire.lever.co [198.51.100.41])",
                   "mx2.example.org with ESMTPS id 2VnRt8"),
              extra=(("Reply-To", "Hugo Marchetti <hugo.marchetti@northlight-pictures.fr>"),))
    return message(hs, html(page, cte="base64"))


@mail(n(4), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T12:00:00Z", end="2026-10-01T12:45:00Z",
      contact="ingrid.halvorsen@kestrelrender.se", company="Kestrel Render",
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 14:45", zone="Europe/Stockholm",
      note="Ashby confirmation: 2:00-2:45 PM CEST (Stockholm = Paris, UTC+2 on 1 Oct) -> 12:00-12:45Z; ICS "
           "TZID Europe/Stockholm agrees; contact = Reply-To recruiter (also ORGANIZER)")
def k04() -> bytes:
    body = t("""
        Hi Chloé,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 1, 2026, 2:00 PM - 2:45 PM CEST
        Google Meet: https://meet.google.com/bvo-hkfa-wsd

        You'll meet with:
          Jonas Lindqvist - Engineering Manager, Render Platform

        Questions? Just reply and it will reach Ingrid Halvorsen.

        Thanks,
        Kestrel Render Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Chloé,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:12px 16px">
        <div style="font-weight:600">Thursday, October 1, 2026, 2:00 PM &ndash; 2:45 PM CEST</div>
        <div>Google Meet: <a href="https://meet.google.com/bvo-hkfa-wsd">meet.google.com/bvo-hkfa-wsd</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Jonas Lindqvist &mdash; Engineering Manager, Render Platform</p>
        <p>Questions? Just reply and it will reach Ingrid Halvorsen.</p>
        <p>Thanks,<br>Kestrel Render Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:7c1e9a40-3b2d-4f8e-a1c5-kestrel-0d93f2
        DTSTAMP:20260925T082011Z
        DTSTART;TZID=Europe/Stockholm:20261001T140000
        DTEND;TZID=Europe/Stockholm:20261001T144500
        SEQUENCE:0
        SUMMARY:Kestrel Render - Pipeline Engineer (Remote EU) Interview
        LOCATION:https://meet.google.com/bvo-hkfa-wsd
        ORGANIZER;CN=Ingrid Halvorsen:mailto:ingrid.halvorsen@kestrelrender.se
        ATTENDEE;CN=Chloé Berthier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.berthier@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Kestrel Render <no-reply@ashbyhq.com>",
              "Interview confirmed: Pipeline Engineer (Remote EU) at Kestrel Render",
              "2026-09-25 10:20:11", "Europe/Stockholm",
              "<010001924c1a77e0-5d2f8a31-kestrel-4be1-9d0c-2a7f61e0b3c4-000000@email.amazonses.com>",
              rcv=("from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
                   "mx1.example.org with ESMTPS id 5WsQe1"),
              extra=(("Reply-To", "Ingrid Halvorsen <ingrid.halvorsen@kestrelrender.se>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(5), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-12T07:30:00Z", end="2026-10-12T08:15:00Z",
      contact="camille.roux@lantana-medias.fr", company="Groupe Lantana Médias",
      local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:15", zone="Europe/Paris",
      note="Workday notification from a tenant system mailbox (lantana@myworkday.com); 'lundi 12 octobre, "
           "9h30 - 10h15 (heure de Paris)', CEST UTC+2 -> 07:30-08:15Z; contact = recruiter address in the body")
def k05() -> bytes:
    body = t("""
        Bonjour Chloé,

        Suite à l'étude de votre candidature au poste de Développeur·se Pipeline (H/F) - R-0048213,
        nous avons le plaisir de vous convier à un entretien.

        Date : lundi 12 octobre 2026
        Heure : 9h30 - 10h15 (heure de Paris)
        Format : visioconférence Microsoft Teams (le lien vous sera transmis séparément)
        Votre interlocutrice : Camille Roux, Chargée de recrutement
        Contact : camille.roux@lantana-medias.fr

        Vous pouvez retrouver le détail de votre candidature dans votre espace candidat.

        Cordialement,
        L'équipe Recrutement
        Groupe Lantana Médias

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <img src="https://wd3.myworkdaysite.com/lantana/assets/logo.png" alt="Groupe Lantana Médias" width="160"><br><br>
        Bonjour Chloé,<br><br>
        Suite à l'étude de votre candidature au poste de <b>Développeur·se Pipeline (H/F) - R-0048213</b>,
        nous avons le plaisir de vous convier à un entretien.<br><br>
        <b>Date :</b> lundi 12 octobre 2026<br>
        <b>Heure :</b> 9h30 - 10h15 (heure de Paris)<br>
        <b>Format :</b> visioconférence Microsoft Teams (le lien vous sera transmis séparément)<br>
        <b>Votre interlocutrice :</b> Camille Roux, Chargée de recrutement<br>
        <b>Contact :</b> <a href="mailto:camille.roux@lantana-medias.fr">camille.roux@lantana-medias.fr</a><br><br>
        Vous pouvez retrouver le détail de votre candidature dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/lantana/Carrieres">espace candidat</a>.<br><br>
        Cordialement,<br>L'équipe Recrutement<br>Groupe Lantana Médias<br><br>
        <span style="color:#888;font-size:11px">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</span>
        </div></body></html>
        """)
    hs = head("Groupe Lantana Médias <lantana@myworkday.com>",
              "Invitation à un entretien - Développeur·se Pipeline (H/F) - R-0048213",
              "2026-10-06 15:32:48", "Europe/Paris",
              "<1385274921.88213.1791293568812@wd3-prod-mail-03.myworkday.com>",
              rcv=("from wd3-prod-mail-03.myworkday.com (wd3-prod-mail-03.myworkday.com [203.0.113.63])",
                   "mx2.example.org with ESMTPS id 6FbXc3"))
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="workday", lang="fr", interview=True, kind="cancelled",
      start="2026-10-12T07:30:00Z", end="2026-10-12T08:15:00Z",
      contact="camille.roux@lantana-medias.fr", company="Groupe Lantana Médias",
      local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:15", zone="Europe/Paris",
      note="Workday cancellation, no new time (role filled internally): cancelled slot 'lundi 12 octobre "
           "2026 de 9h30 à 10h15', CEST -> 07:30-08:15Z; contact = recruiter address in the body")
def k06() -> bytes:
    body = t("""
        Bonjour Chloé,

        Nous vous informons que l'entretien prévu le lundi 12 octobre 2026 de 9h30 à 10h15 pour le
        poste de Développeur·se Pipeline (H/F) - R-0048213 est annulé.

        Le poste a en effet été pourvu en interne. Nous sommes sincèrement désolés pour ce changement
        de dernière minute et vous remercions pour l'intérêt porté à notre groupe. Votre profil reste
        enregistré dans notre vivier et nous ne manquerons pas de revenir vers vous si une opportunité
        correspondante se présente.

        Pour toute question : camille.roux@lantana-medias.fr

        Cordialement,
        L'équipe Recrutement
        Groupe Lantana Médias

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("Groupe Lantana Médias <lantana@myworkday.com>",
              "Annulation de votre entretien - R-0048213",
              "2026-10-09 11:05:02", "Europe/Paris",
              "<1385277310.90114.1791537902644@wd3-prod-mail-01.myworkday.com>",
              rcv=("from wd3-prod-mail-01.myworkday.com (wd3-prod-mail-01.myworkday.com [203.0.113.61])",
                   "mx2.example.org with ESMTPS id 1TgNw7"))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(7), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-10-06T13:00:00Z", end="2026-10-06T14:00:00Z",
      contact="lucas.ferrand@selene-animation.fr", company="Sélène Animation",
      local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone="Europe/Paris",
      note="SmartRecruiters confirmation from noreply@; 'mardi 6 octobre 2026, 15:00 - 16:00 (GMT+02:00) "
           "Europe/Paris' -> 13:00-14:00Z; ICS Europe/Paris agrees; contact = human ORGANIZER")
def k07() -> bytes:
    body = t("""
        Bonjour Chloé,

        Votre entretien pour le poste de Développeuse / Développeur Pipeline - TD (CDI, Bordeaux) est
        confirmé.

            mardi 6 octobre 2026
            15:00 - 16:00 (GMT+02:00) Europe/Paris

            Lieu : Sélène Animation, 18 rue Lucien Faure, 33300 Bordeaux
            Avec : Lucas Ferrand, Responsable pipeline

        Ajoutez l'événement à votre agenda grâce au fichier joint.

        À bientôt,
        Sélène Animation

        Vous recevez ce message car vous avez postulé via SmartRecruiters.
        https://jobs.smartrecruiters.com/SeleneAnimation
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Chloé,</p>
        <p>Votre entretien pour le poste de <strong>Développeuse / Développeur Pipeline - TD (CDI, Bordeaux)</strong> est confirmé.</p>
        <table style="background:#f6f8fa;padding:12px"><tr><td>
        <div style="font-size:16px;font-weight:bold">mardi 6 octobre 2026</div>
        <div>15:00 - 16:00 (GMT+02:00) Europe/Paris</div>
        <div style="margin-top:8px">Lieu : Sélène Animation, 18 rue Lucien Faure, 33300 Bordeaux</div>
        <div>Avec : Lucas Ferrand, Responsable pipeline</div>
        </td></tr></table>
        <p>Ajoutez l'événement à votre agenda grâce au fichier joint.</p>
        <p>À bientôt,<br>Sélène Animation</p>
        <p style="font-size:11px;color:#999">Vous recevez ce message car vous avez postulé via SmartRecruiters.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-3f0a77c2-91d4-4b6e-8a33-selene
        DTSTAMP:20260930T074712Z
        DTSTART;TZID=Europe/Paris:20261006T150000
        DTEND;TZID=Europe/Paris:20261006T160000
        SUMMARY:Entretien - Développeur Pipeline TD - Sélène Animation
        LOCATION:Sélène Animation, 18 rue Lucien Faure, 33300 Bordeaux
        ORGANIZER;CN=Lucas Ferrand:mailto:lucas.ferrand@selene-animation.fr
        ATTENDEE;CN=Chloé Berthier;RSVP=TRUE:mailto:chloe.berthier@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Sélène Animation <noreply@smartrecruiters.com>",
              "Confirmation de votre entretien avec Sélène Animation",
              "2026-09-30 09:47:12", "Europe/Paris",
              "<em.4b1f2c6a-0e83-4a9d-b8d2-77c1f0e3a911@smartrecruiters.com>",
              rcv=("from mta-14.smartrecruiters.com (mta-14.smartrecruiters.com [192.0.2.114])",
                   "mx1.example.org with ESMTPS id 3PzHa9"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="entretien.ics", disposition="attachment", name_param=True,
                                      cte="quoted-printable")))


@mail(n(8), family="personio", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:30:00Z",
      contact="margaux.piquet@ateliergargouille.fr", company="Atelier Gargouille",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:30", zone="Europe/Paris",
      note="Personio invitation sent Thu 22 Oct in CEST for Mon 26 Oct, the day after France goes back to "
           "CET (25 Oct): 10:00-11:30 CET (UTC+1) -> 09:00-10:30Z; ICS Europe/Paris agrees; contact = Reply-To")
def k08() -> bytes:
    body = t("""
        Bonjour Chloé,

        Merci pour votre candidature au poste de Développeur·euse outils & pipeline chez Atelier
        Gargouille. Nous serions ravis de vous rencontrer dans nos locaux.

        Date : lundi 26 octobre 2026
        Heure : 10:00 - 11:30 (Europe/Paris)
        Lieu : Atelier Gargouille, 4 rue de la Cloche Verte, 16000 Angoulême
        Participants : Margaux Piquet (RH), Vincent Aubertin (superviseur technique)

        L'invitation est jointe à ce message. Pour toute question, il vous suffit de répondre à cet
        e-mail.

        À très bientôt,
        Margaux Piquet
        Atelier Gargouille

        --
        Cet e-mail a été envoyé via Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-9913427@personio.de
        DTSTAMP:20261022T120500Z
        DTSTART;TZID=Europe/Paris:20261026T100000
        DTEND;TZID=Europe/Paris:20261026T113000
        SUMMARY:Entretien Chloé Berthier - Développeur·euse outils & pipeline
        LOCATION:Atelier Gargouille, 4 rue de la Cloche Verte, 16000 Angoulême
        ORGANIZER;CN=Margaux Piquet:mailto:margaux.piquet@ateliergargouille.fr
        ATTENDEE;CN=Chloé Berthier;RSVP=TRUE:mailto:chloe.berthier@example.org
        ATTENDEE;CN=Vincent Aubertin:mailto:vincent.aubertin@ateliergargouille.fr
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Atelier Gargouille <no-reply@personio.de>",
              "Invitation à un entretien : Développeur·euse outils & pipeline",
              "2026-10-22 14:05:00", "Europe/Paris",
              "<personio.9913427.c4e1b7@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [198.51.100.77])",
                   "mx1.example.org with ESMTPS id 8LmVq2"),
              extra=(("Reply-To", "Margaux Piquet <margaux.piquet@ateliergargouille.fr>"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, filename="invitation.ics", disposition="attachment", cte="8bit")))


@mail(n(9), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-05T10:00:00Z", end="2026-11-05T10:45:00Z",
      contact="yanis.belkacem@pixelrouge.fr", company="Pixelrouge",
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 11:45", zone="Europe/Paris",
      note="Teamtailor confirmation (relay sender): 'jeudi 5 novembre 2026, 11:00 - 11:45 (Europe/Paris)', "
           "CET UTC+1 -> 10:00-10:45Z; ICS agrees; contact = human ICS ORGANIZER (no Reply-To)")
def k09() -> bytes:
    body = t("""
        Bonjour Chloé,

        Votre entretien avec Pixelrouge est confirmé !

        Poste : Développeur·se pipeline & outils (Poitiers / hybride)
        Quand : jeudi 5 novembre 2026, 11:00 - 11:45 (Europe/Paris)
        Où : Google Meet - https://meet.google.com/pqe-rwzn-ahc
        Avec : Yanis Belkacem, Lead TD

        Besoin de changer l'horaire ? Utilisez le lien ci-dessous, au plus tard 24 h avant.
        https://pixelrouge.teamtailor.com/meetings/b81e0c2f/reschedule

        À jeudi,
        L'équipe Pixelrouge
        """)
    page = t("""
        <html><body style="background:#fafafa;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:540px;margin:0 auto;background:#fff;padding:32px;border-radius:6px">
        <h2 style="font-weight:600;color:#e0312b">Votre entretien est confirmé !</h2>
        <p>Bonjour Chloé,</p>
        <p><b>Poste :</b> Développeur·se pipeline &amp; outils (Poitiers / hybride)<br>
        <b>Quand :</b> jeudi 5 novembre 2026, 11:00 - 11:45 (Europe/Paris)<br>
        <b>Où :</b> <a href="https://meet.google.com/pqe-rwzn-ahc">Google Meet</a><br>
        <b>Avec :</b> Yanis Belkacem, Lead TD</p>
        <p><a href="https://pixelrouge.teamtailor.com/meetings/b81e0c2f/reschedule" style="color:#e0312b">Changer l'horaire</a> (au plus tard 24 h avant)</p>
        <p>À jeudi,<br>L'équipe Pixelrouge</p>
        <p style="font-size:11px;color:#aaa">Propulsé par Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:meeting-b81e0c2f-7d44-4c1a-9f0e-teamtailor
        DTSTAMP:20261030T152114Z
        DTSTART;TZID=Europe/Paris:20261105T110000
        DTEND;TZID=Europe/Paris:20261105T114500
        SUMMARY:Entretien Pixelrouge - Chloé Berthier
        LOCATION:https://meet.google.com/pqe-rwzn-ahc
        ORGANIZER;CN=Yanis Belkacem:mailto:yanis.belkacem@pixelrouge.fr
        ATTENDEE;CN=Chloé Berthier;PARTSTAT=ACCEPTED:mailto:chloe.berthier@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Pixelrouge <no-reply@pixelrouge.teamtailor-mail.com>",
              "Entretien confirmé - Développeur·se pipeline & outils",
              "2026-10-30 16:21:14", "Europe/Paris",
              "<6565a1f2c9e3b_2a1f3c4d5e6f@teamtailor-mail.com>",
              rcv=("from o7.teamtailor-mail.com (o7.teamtailor-mail.com [192.0.2.77])",
                   "mx2.example.org with ESMTPS id 4RcYk6"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="meeting.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-20T14:00:00Z", end="2026-10-20T14:45:00Z",
      contact="ines.carvalho@brindlemotion.pt", company="Brindle Motion",
      local="Tue 2026-10-20 15:00", local_end="2026-10-20 15:45", zone="Europe/Lisbon",
      note="Workable: 'Tuesday 20 October 2026 at 15:00 Lisbon time (WEST)', 45-minute call; Lisbon UTC+1 "
           "until 25 Oct -> 14:00-14:45Z (16:00 Paris as the mail says); Reply-To is a Workable relay, "
           "contact = the CTO's address in the body")
def k10() -> bytes:
    body = t("""
        Hi Chloé,

        Thanks for picking a slot! Your interview with Brindle Motion has been scheduled:

        Role: Pipeline Developer (Remote)
        Date: Tuesday 20 October 2026
        Time: 15:00 Lisbon time (WEST) - that's 16:00 in Paris
        Duration: 45-minute video call
        Interviewer: Inês Carvalho, CTO
        Video link: https://meet.jit.si/BrindleMotion-Interview-7f21a9

        If you have questions before the call, you can reach Inês directly at
        ines.carvalho@brindlemotion.pt.

        Kind regards,
        Brindle Motion Hiring Team

        ---
        This email was sent via Workable on behalf of Brindle Motion.
        """)
    hs = head("Brindle Motion <noreply@candidates.workablemail.com>",
              "Interview scheduled: Pipeline Developer (Remote) at Brindle Motion",
              "2026-10-14 12:10:33", "Europe/Lisbon",
              "<20261014111033.1.7f21a9e04c3b@candidates.workablemail.com>",
              rcv=("from mail-b.workablemail.com (mail-b.workablemail.com [198.51.100.23])",
                   "mx1.example.org with ESMTPS id 0QaFu5"),
              extra=(("Reply-To", "Brindle Motion <brindle-motion+c7f21a9e@candidates.workablemail.com>"),))
    return message(hs, alt(text(body, cte="7bit" if body.isascii() else "quoted-printable"),
                           html(gmail_html(body))))


@mail(n(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-11-18T13:00:00Z", end="2026-11-18T14:00:00Z",
      contact="julie.vasseur@filmsduheron.fr", company="Les Films du Héron",
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone="Europe/Paris",
      note="Google Calendar invitation in French: 'mercredi 18 novembre 2026 · 14:00 – 15:00', Europe/Paris "
           "CET UTC+1 -> 13:00-14:00Z; inline and attached ICS agree; contact = ORGANIZER (producer)")
def k11() -> bytes:
    body = t("""
        Julie Vasseur vous a invité(e) à un événement.

        Entretien Chloé Berthier / Films du Héron
        mercredi 18 novembre 2026 · 14:00 – 15:00
        Fuseau horaire : Europe/Paris

        Lieu
        Les Films du Héron, 21 rue Saint-Roch, 16000 Angoulême
        https://www.google.com/maps/search/21+rue+Saint-Roch,+16000+Angoul%C3%AAme

        Entretien pour le poste de développeuse pipeline (CDD 12 mois, long-métrage).
        On se retrouve au 2e étage, sonnez à « Héron ».

        Organisateur
        Julie Vasseur - julie.vasseur@filmsduheron.fr

        Invités
        Julie Vasseur - organisateur
        Chloé Berthier
        Pierre-Yves Martel

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NmtkMmxoYzVxM2ZoZ2U

        Répondre pour chloe.berthier@example.org : Oui / Non / Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Julie Vasseur vous a invité(e) à un événement.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Entretien Chloé Berthier / Films du Héron</h2>
        <table>
        <tr><td style="color:#70757a">Date</td><td>mercredi 18 novembre 2026 · 14:00 – 15:00 (heure normale d’Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Les Films du Héron, 21 rue Saint-Roch, 16000 Angoulême</td></tr>
        <tr><td style="color:#70757a">Organisateur</td><td>Julie Vasseur - julie.vasseur@filmsduheron.fr</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Julie Vasseur - organisateur<br>Chloé Berthier<br>Pierre-Yves Martel</td></tr>
        </table>
        <p>Entretien pour le poste de développeuse pipeline (CDD 12 mois, long-métrage).<br>On se retrouve au 2e étage, sonnez à « Héron ».</p>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Oui</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Non</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Peut-être</a></p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
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
        DTSTART;TZID=Europe/Paris:20261118T140000
        DTEND;TZID=Europe/Paris:20261118T150000
        DTSTAMP:20261112T090312Z
        ORGANIZER;CN=Julie Vasseur:mailto:julie.vasseur@filmsduheron.fr
        UID:6kd2lhc5q3fhge1vq9b0a7s4pt@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier;X-NUM-GUESTS=0:mailto:chloe.berthier@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pierre-Yves Martel;X-NUM-GUESTS=0:mailto:py.martel@filmsduheron.fr
        CREATED:20261112T090241Z
        DESCRIPTION:Entretien pour le poste de développeuse pipeline (CDD 12 mois\\, long-métrage).\\nOn se retrouve au 2e étage\\, sonnez à « Héron ».
        LAST-MODIFIED:20261112T090312Z
        LOCATION:Les Films du Héron\\, 21 rue Saint-Roch\\, 16000 Angoulême
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Chloé Berthier / Films du Héron
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Julie Vasseur <julie.vasseur@filmsduheron.fr>",
              "Invitation: Entretien Chloé Berthier / Films du Héron @ mer. 18 nov. 2026 14:00 - 15:00 (CET) "
              "(chloe.berthier@example.org)",
              "2026-11-12 10:03:12", "Europe/Paris", "<calendar-6b1f0e47-2a9c-4d15-8c3e-0f7a2b9d41e6@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                   "mx1.example.org with SMTPS id a17Wq3"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "Julie Vasseur <julie.vasseur@filmsduheron.fr>")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(12), family="exchange", lang="fr", interview=True, kind="scheduled",
      start="2026-12-10T09:00:00Z", end="2026-12-10T10:00:00Z",
      contact="romain.lestrade@cinefabrique-ardoise.fr", company="Cinéfabrique Ardoise",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone="Europe/Paris",
      note="Outlook/Exchange meeting request: the body says only 'À jeudi !' (Date Fri 4 Dec -> Thu 10 Dec) and "
           "Teams boilerplate; the time is only in the ICS, TZID 'Romance Standard Time' 10:00-11:00 CET -> "
           "09:00-10:00Z; contact = organizer/sender")
def k12() -> bytes:
    body = t("""
        Bonjour Chloé,

        Comme convenu avec Anaïs, voici l'invitation pour l'entretien technique avec l'équipe pipeline.
        On vous présentera rapidement notre stack (ShotGrid, USD, Houdini) puis on discutera de votre
        exercice.

        À jeudi !
        Romain

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ4NzE3YjEtOTQ2Ni00YjAx%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a8%22%7d>
        ID de la réunion : 348 112 907 554
        Code secret : 7Yq3Hf
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Chloé,<o:p></o:p></p>
        <p class="MsoNormal">Comme convenu avec Anaïs, voici l'invitation pour l'entretien technique avec l'équipe pipeline. On vous présentera rapidement notre stack (ShotGrid, USD, Houdini) puis on discutera de votre exercice.<o:p></o:p></p>
        <p class="MsoNormal">À jeudi !<br>Romain<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Réunion Microsoft Teams</span></div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ4NzE3YjEtOTQ2Ni00YjAx%40thread.v2/0" style="font-size:14px;color:#6264a7">Cliquez ici pour participer à la réunion</a></div>
        <div style="margin-bottom:20px"><span style="font-size:14px">ID de la réunion : 348 112 907 554</span><br><span style="font-size:14px">Code secret : 7Yq3Hf</span></div>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Romain Lestrade:mailto:romain.lestrade@cinefabrique-ardoise.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier:mailto:chloe.berthier@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anaïs Delorme:mailto:anais.delorme@cinefabrique-ardoise.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Chloé\\,\\n\\nComme convenu avec Anaïs\\, voici l'invitation pour l'entretien technique avec l'équipe pipeline.\\n\\nÀ jeudi !\\nRomain\\n
        UID:040000008200E00074C5B7101A82E008000000004A3F91C27A84DC01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8
        SUMMARY;LANGUAGE=fr-FR:Entretien technique - Chloé Berthier
        DTSTART;TZID=Romance Standard Time:20261210T100000
        DTEND;TZID=Romance Standard Time:20261210T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261204T154812Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2127346510
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Romain Lestrade <romain.lestrade@cinefabrique-ardoise.fr>",
              "Entretien technique - Chloé Berthier",
              "2026-12-04 16:48:12", "Europe/Paris",
              "<PR1P264MB3921A6C0D77E0B5F2B1A9C31D1502@PR1P264MB3921.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from PAUP264CU001.outbound.protection.outlook.com (mail-francecentralazon11022018.outbound.protection.outlook.com [52.101.167.18])",
                   "mx2.example.org with ESMTPS id 5DxJp0"),
              extra=(("Thread-Topic", enc("Entretien technique - Chloé Berthier")),
                     ("Thread-Index", "AdtmZ3kq0QbDkXz8Tj6vKfM2pE1xYg=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(13), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-11-03T18:30:00Z", end=None,
      contact="genevieve.tremblay@castorbleu.ca", company="Studio Castor Bleu",
      local="Tue 2026-11-03 13:30", zone="America/Toronto",
      note="Québec recruiter, tu: 'en début de semaine prochaine, mardi le 3 novembre, à 13 h 30 HNE'; sent "
           "Wed 28 Oct in EDT, interview after the 1 Nov switch to EST (UTC-5) -> 18:30Z (= 19 h 30 in "
           "France, CET, as she writes); 'prévois environ une heure' -> end null; attached ICS is an all-day "
           "event on 3 Nov (time only in the text); contact = sender")
def k13() -> bytes:
    body = t("""
        Bonjour Chloé,

        Merci pour ton retour rapide! C'est parfait pour nous : on se voit donc en début de semaine
        prochaine, mardi le 3 novembre, à 13 h 30 HNE (19 h 30 chez vous en France si je calcule bien;
        attention, ici on recule l'heure dimanche).

        L'entrevue se fera sur Teams avec Mathieu Gagnon, notre directeur technique, et moi-même.
        Prévois environ une heure. Je t'ai mis un rappel « toute la journée » en pièce jointe pour
        qu'on ne se mélange pas avec les fuseaux : l'heure qui compte, c'est celle ci-dessus.

        Au plaisir,
        Geneviève

        --
        Geneviève Tremblay-Ouellet
        Conseillère principale, acquisition de talents
        Studio Castor Bleu | 5445, av. de Gaspé, bureau 610, Montréal (Québec) H2T 3B2
        514 555-0187

        Le mar. 27 oct. 2026, à 16 h 02, Chloé Berthier <chloe.berthier@example.org> a écrit :
        > Bonjour Geneviève,
        >
        > Merci beaucoup pour votre message. Mardi ou mercredi de la semaine prochaine me conviennent,
        > idéalement en début d'après-midi chez vous.
        >
        > Bonne journée,
        > Chloé
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        UID:9E2A61C4-7B0D-4F3A-A8E1-5C2D3B4A9F10
        DTSTAMP:20261028T141200Z
        DTSTART;VALUE=DATE:20261103
        DTEND;VALUE=DATE:20261104
        SUMMARY:Entrevue Chloé Berthier - Castor Bleu (13 h 30 HNE)
        ORGANIZER;CN=Geneviève Tremblay-Ouellet:mailto:genevieve.tremblay@castorbleu.ca
        SEQUENCE:0
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Geneviève Tremblay-Ouellet <genevieve.tremblay@castorbleu.ca>",
              "RE: Candidature – Développeuse pipeline (Montréal / télétravail)",
              "2026-10-28 10:12:40", "America/Toronto",
              "<YT2PR01MB8843E2A71C0B4D6F9E3A51C2A0EF2@YT2PR01MB8843.CANPRD01.PROD.OUTLOOK.COM>",
              rcv=("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2120.outbound.protection.outlook.com [40.107.115.120])",
                   "mx1.example.org with ESMTPS id 6NyKr4"),
              extra=(("In-Reply-To", "<CAHq4bX2u+rK3LwN9@mail.example.org>"),
                     ("References", "<CAHq4bX2u+rK3LwN9@mail.example.org>"),
                     ("Content-Language", "fr-CA")))
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method=None, filename="Entrevue.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(n(14), family="google_calendar", lang="fr-CA", interview=True, kind="rescheduled",
      start="2026-11-04T15:00:00Z", end="2026-11-04T16:00:00Z",
      contact="genevieve.tremblay@castorbleu.ca", company="Studio Castor Bleu",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone="America/Toronto",
      days=(("Tue", "2026-11-03"),),
      note="Google Calendar 'Invitation mise à jour' sent Fri 30 Oct in EDT: the all-day 3 Nov event becomes "
           "mercredi 4 novembre 10:00-11:00 heure normale de l'Est (EST, UTC-5, after 1 Nov) -> 15:00-16:00Z; "
           "organizer's note restates old and new time; ICS America/Toronto SEQUENCE:1 agrees")
def k14() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entrevue Chloé Berthier – Castor Bleu
        Modifié : mercredi 4 nov. 2026 · 10:00 – 11:00 (heure normale de l’Est - Toronto)
        Auparavant : mardi 3 nov. 2026 (toute la journée)

        Mathieu n'est finalement pas disponible mardi : on déplace l'entrevue de mardi 13 h 30 à
        mercredi 10 h HNE (16 h pour toi). Désolée pour le changement! — Geneviève

        Participer avec Microsoft Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FzdG9yYmxldQ%40thread.v2/0

        Organisateur
        Geneviève Tremblay-Ouellet - genevieve.tremblay@castorbleu.ca

        Invités
        Geneviève Tremblay-Ouellet - organisateur
        Mathieu Gagnon
        Chloé Berthier

        Répondre pour chloe.berthier@example.org : Oui / Non / Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TORONTO + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20261104T100000
        DTEND;TZID=America/Toronto:20261104T110000
        DTSTAMP:20261030T200508Z
        ORGANIZER;CN=Geneviève Tremblay-Ouellet:mailto:genevieve.tremblay@castorbleu.ca
        UID:2q8b0f5l7c1k9s3m4t6v0w2x5y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier;X-NUM-GUESTS=0:mailto:chloe.berthier@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Gagnon;X-NUM-GUESTS=0:mailto:mathieu.gagnon@castorbleu.ca
        DESCRIPTION:Mathieu n'est finalement pas disponible mardi : on déplace l'entrevue de mardi 13 h 30 à mercredi 10 h HNE (16 h pour toi). Désolée pour le changement! — Geneviève
        LAST-MODIFIED:20261030T200508Z
        LOCATION:Microsoft Teams
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevue Chloé Berthier – Castor Bleu
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Geneviève Tremblay-Ouellet <genevieve.tremblay@castorbleu.ca>",
              "Invitation mise à jour : Entrevue Chloé Berthier – Castor Bleu @ mer. 4 nov. 2026 10:00 - "
              "11:00 (HNE) (chloe.berthier@example.org)",
              "2026-10-30 16:05:08", "America/Toronto",
              "<calendar-3d9f1a62-5e7b-4c08-b4a1-91e2f6c7d058@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx1.example.org with SMTPS id c42Hn8"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Geneviève Tremblay-Ouellet", "genevieve.tremblay@castorbleu.ca"))))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(15), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-30T16:30:00Z", end="2026-11-30T17:00:00Z",
      contact="oliver.pike@harlowstudios.co.uk", company="Harlow Studios",
      local="Mon 2026-11-30 17:30", local_end="2026-11-30 18:00", zone="Europe/Paris",
      note="Calendly invitee confirmation in the invitee's zone: '17:30 - 18:00 (Central European Time) on "
           "Monday, November 30, 2026' -> 16:30-17:00Z; ICS in UTC agrees; Date in +0000; contact = Reply-To host")
def k15() -> bytes:
    body = t("""
        Hi Chloé Berthier,

        Your Intro call: Senior Pipeline Developer with Oliver Pike at 17:30 (Central European Time) on
        Monday, November 30, 2026 is scheduled.

        Event Name:
        Intro call: Senior Pipeline Developer (Harlow Studios)

        Date & Time:
        17:30 - 18:00 (Central European Time) on Monday, November 30, 2026

        Location:
        This is a Zoom web conference.
        https://harlowstudios.zoom.us/j/81234567890?pwd=Q2hsb2VIYXJsb3c

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Happy to walk through the USD asset-resolver work in my portfolio.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1d2e3f-harlow
        Reschedule: https://calendly.com/reschedulings/7b1d2e3f-harlow

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Chloé Berthier,</p>
        <p>Your Intro call: Senior Pipeline Developer with Oliver Pike at 17:30 (Central European Time) on Monday, November 30, 2026 is scheduled.</p>
        <p><b>Event Name:</b><br>Intro call: Senior Pipeline Developer (Harlow Studios)</p>
        <p><b>Date &amp; Time:</b><br>17:30 - 18:00 (Central European Time) on Monday, November 30, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://harlowstudios.zoom.us/j/81234567890?pwd=Q2hsb2VIYXJsb3c">https://harlowstudios.zoom.us/j/81234567890</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><a href="https://calendly.com/cancellations/7b1d2e3f-harlow">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/7b1d2e3f-harlow">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7b1d2e3f-harlow-4a5b-9c8d-0e1f2a3b4c5d@calendly.com
        DTSTAMP:20261124T120240Z
        DTSTART:20261130T163000Z
        DTEND:20261130T170000Z
        SUMMARY:Intro call: Senior Pipeline Developer between Oliver Pike and Chloé Berthier
        LOCATION:https://harlowstudios.zoom.us/j/81234567890
        ORGANIZER;CN=Oliver Pike:mailto:oliver.pike@harlowstudios.co.uk
        ATTENDEE;CN=Chloé Berthier;PARTSTAT=ACCEPTED:mailto:chloe.berthier@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro call: Senior Pipeline Developer with Oliver Pike on Monday, November 30, 2026",
              "2026-11-24 12:02:40", "UTC", "<20261124120240.9c1e5f2a7b3d@calendly.com>",
              rcv=("from o1678.mail.calendly.com (o1678.mail.calendly.com [167.89.0.178])",
                   "mx2.example.org with ESMTPS id 8UeWm1"),
              extra=(("Reply-To", "Oliver Pike <oliver.pike@harlowstudios.co.uk>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(16), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-10-16T07:00:00Z", end="2026-10-16T07:30:00Z",
      contact=None, company="Nuages Productions",
      local="Fri 2026-10-16 09:00", local_end="2026-10-16 09:30", zone="Europe/Paris",
      note="Microsoft Bookings confirmation: body shows '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "(the standard offset) in October, but Paris is CEST (UTC+2) on 16 Oct: 09:00-09:30 -> "
           "07:00-07:30Z, which the ICS (Romance Standard Time) confirms; staff name only, sender is the "
           "Bookings mailbox -> contact null")
def k16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Chloé Berthier,</p>
        <p>Merci d'avoir réservé avec Nuages Productions. Votre réservation est confirmée.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td><b>Entretien de présélection - Développeur pipeline (30 min)</b></td></tr>
        <tr><td>vendredi 16 octobre 2026</td></tr>
        <tr><td>09:00 - 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Personnel : Sophie Delmas</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_bnVhZ2Vz%40thread.v2/0">Participer à la réunion Microsoft Teams</a></td></tr>
        </table>
        <p>Nuages Productions<br>27 boulevard de la Villette, 75010 Paris<br>01 84 60 22 10</p>
        <p><a href="https://outlook.office365.com/owa/calendar/NuagesProductions@nuagesprod.fr/bookings/s/Xq4yT0s8/cancel">Annuler la réservation</a> &middot;
        <a href="https://outlook.office365.com/owa/calendar/NuagesProductions@nuagesprod.fr/bookings/s/Xq4yT0s8/reschedule">Modifier la réservation</a></p>
        <p style="font-size:11px;color:#888">Fourni par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nuages Productions - Recrutement:mailto:NuagesRecrutement@nuagesprod.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier:mailto:chloe.berthier@example.org
        UID:040000008200E00074C5B7101A82E00800000000B7F1A2C3D45BDC010000000000000000100000001F2E3D4C5B6A79881726354453627180
        SUMMARY;LANGUAGE=fr-FR:Entretien de présélection - Développeur pipeline
        DTSTART;TZID=Romance Standard Time:20261016T090000
        DTEND;TZID=Romance Standard Time:20261016T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261012T061530Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Nuages Productions - Recrutement <NuagesRecrutement@nuagesprod.fr>",
              "Réservation confirmée : Entretien de présélection - Développeur pipeline",
              "2026-10-12 08:15:30", "Europe/Paris",
              "<MR1P264MB2785C0F1B2A3D4E5F6071829AB3C4@MR1P264MB2785.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from MRZP264CU002.outbound.protection.outlook.com (mail-francesouthazon11020101.outbound.protection.outlook.com [52.101.166.101])",
                   "mx1.example.org with ESMTPS id 2ZaRb7"),
              extra=(("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, filename="reservation.ics", disposition="attachment", cte="base64")))


@mail(n(17), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T21:30:00Z", end=None,
      contact="tessa.whitlock@rivergum.com.au", company="Rivergum Animation",
      local="Tue 2026-12-08 08:30", zone="Australia/Sydney",
      note="Recruiter in Sydney pastes a Zoom invitation: 'Dec 8, 2026 08:30 AM Canberra, Melbourne, Sydney' "
           "(AEDT, UTC+11) -> Mon 7 Dec 21:30Z, the previous day in UTC (22:30 Monday for Chloé, as the mail "
           "says); 'should take about 45 minutes' -> end null; contact = sender")
def k17() -> bytes:
    body = t("""
        Hi Chloé,

        Great chatting on Friday! As promised, here are the details for your interview with our
        Pipeline lead, Dev Anand. I know the time difference is brutal, so thank you for taking it in
        the evening - on your side that's Monday 7 December at 10:30 PM. It should take about 45
        minutes.

        Tessa Whitlock is inviting you to a scheduled Zoom meeting.

        Topic: Rivergum Animation - Pipeline TD interview (Chloé Berthier)
        Time: Dec 8, 2026 08:30 AM Canberra, Melbourne, Sydney

        Join Zoom Meeting
        https://rivergum.zoom.us/j/84512093377?pwd=cml2ZXJndW1waXBl

        Meeting ID: 845 1209 3377
        Passcode: 5528419

        ---

        One tap mobile
        +61370182005,,84512093377#,,,,*5528419# Australia
        +33170379729,,84512093377#,,,,*5528419# France

        Any issues on the day, text me on +61 412 555 093.

        Cheers,
        Tessa

        Tessa Whitlock | Talent Partner
        Rivergum Animation | 88 Bourke Road, Alexandria NSW 2015
        """)
    hs = head("Tessa Whitlock <tessa.whitlock@rivergum.com.au>",
              "Your interview with Rivergum - Tuesday 8 Dec (your Monday evening)",
              "2026-12-02 09:41:17", "Australia/Sydney",
              "<SY4P282MB3017B0E9A1C2D3E4F5A6B7C8D9E0F1@SY4P282MB3017.AUSP282.PROD.OUTLOOK.COM>",
              rcv=("from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2071.outbound.protection.outlook.com [40.107.107.71])",
                   "mx2.example.org with ESMTPS id 3JvCs5"))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body), cte="base64")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-08T14:15:00Z", end=None,
      contact="s.lafaye@charente-talents.fr", company="Studio Mirabelle",
      local="Tue 2026-09-08 16:15", zone="Europe/Paris",
      note="Agency recruiter's phone reply (8bit, vous): 'Ok pour demain 16 h 15' against Date Mon 7 Sep -> "
           "Tue 8 Sep 16:15 CEST (UTC+2) -> 14:15Z; phone call, no length; hiring company = the agency's "
           "client Studio Mirabelle named in the quoted thread; contact = sender")
def k18() -> bytes:
    body = t("""
        Parfait, ok pour demain 16 h 15 alors. Je vous appelle sur votre portable (06 12 34 56 78) pour ce premier échange sur le poste chez Studio Mirabelle, comptez une vingtaine de minutes.
        Bonne journée
        Sandrine

        Envoyé de mon iPhone

        > Le 7 sept. 2026 à 12:21, Chloé Berthier <chloe.berthier@example.org> a écrit :
        >
        > Bonjour Sandrine,
        >
        > Merci pour votre appel de ce matin. Je suis disponible demain après-midi à partir de 16h, ou mercredi matin.
        >
        > Bien à vous,
        > Chloé
        >
        >> Le 7 sept. 2026 à 10:02, Sandrine Lafaye <s.lafaye@charente-talents.fr> a écrit :
        >>
        >> Bonjour Chloé,
        >> Suite à notre appel, je vous transmets la fiche du poste de développeur·se pipeline chez notre client Studio Mirabelle (Angoulême, CDI). Dites-moi quand vous seriez dispo pour qu'on en parle plus en détail.
        >> Sandrine Lafaye
        >> Charente Talents - recrutement créatif & tech
        """)
    hs = head("Sandrine Lafaye <s.lafaye@charente-talents.fr>",
              "Re: Poste développeur pipeline - Studio Mirabelle",
              "2026-09-07 12:48:09", "Europe/Paris",
              "<5F3A1C2E-8B4D-4E6F-9A0B-1C2D3E4F5A6B@charente-talents.fr>",
              rcv=("from smtp.charente-talents.fr (smtp.charente-talents.fr [203.0.113.200])",
                   "mx1.example.org with ESMTPS id 1AbCd2"),
              extra=(("In-Reply-To", "<CAHq4bX7m2Lw+Ks0@mail.example.org>"),
                     ("References", "<5A1B2C3D-0001@charente-talents.fr> <CAHq4bX7m2Lw+Ks0@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(19), family="forward", lang="fr", interview=True, kind="scheduled",
      start="2026-11-30T13:00:00Z", end=None,
      contact="thomas.aubry@maisontangram.fr", company="Maison Tangram",
      local="Mon 2026-11-30 14:00", zone="Europe/Paris",
      note="Chloé forwards to herself (example.net -> example.org) the recruiter's confirmation as an attached "
           "message/rfc822: 'le lun. 30 nov. à 14h' in Bordeaux, CET (UTC+1) -> 13:00Z; '1h30 environ' is "
           "approximate -> end null; contact = the recruiter in the attached message (never the candidate)")
def k19() -> bytes:
    inner_body = t("""
        Bonjour Madame Berthier,

        Suite à notre échange téléphonique de ce midi, je vous confirme notre entretien le lun. 30 nov.
        à 14h dans nos locaux : 12 quai des Chartrons, 33000 Bordeaux (3e étage, interphone « Tangram »).

        Vous rencontrerez également Claire Nguyen, notre superviseuse R&D. Prévoyez 1h30 environ, nous
        aimerions vous faire faire une courte revue de code sur place.

        Bien cordialement,

        Thomas Aubry
        Responsable des ressources humaines
        Maison Tangram - animation & effets visuels
        05 56 00 41 72
        """)
    inner = message([
        ("Return-Path", "<thomas.aubry@maisontangram.fr>"),
        ("From", "Thomas Aubry <thomas.aubry@maisontangram.fr>"),
        ("To", addr("Chloé Berthier", "chloe.berthier@example.net")),
        ("Subject", enc("Entretien 30/11 - Maison Tangram")),
        ("Date", date("2026-11-24 17:31:50", "Europe/Paris")),
        ("Message-ID", "<8e2f1c34-5a6b-47d8-9e0f-tangram-rh@maisontangram.fr>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer_body = t("""
        à mettre dans l'agenda + préparer la revue de code !!

        Envoyé depuis mon téléphone
        """)
    hs = head("Chloé Berthier <chloe.berthier@example.net>", "Fwd: Entretien 30/11 - Maison Tangram",
              "2026-11-25 07:55:03", "Europe/Paris", "<a91c7e02-3b5d-4f68-8e1a-fwd-self@example.net>",
              rcv=("from mail.example.net (mail.example.net [198.51.100.5])",
                   "mx1.example.org with ESMTPS id 4KtYw9"))
    return message(hs, mixed(text(outer_body, cte="8bit"),
                             attached_message(inner, filename="Entretien 30-11 - Maison Tangram.eml")))


@mail(n(20), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-09-17T15:00:00Z", end="2026-09-17T16:00:00Z",
      contact="danielle.okafor@vantablue.com", company="Vantablue Entertainment",
      local="Thu 2026-09-17 08:00", local_end="2026-09-17 09:00", zone="America/Los_Angeles",
      note="iCIMS HTML-only mail (windows-1252) from a tenant mailbox: 'Thursday, September 17, 2026, 8:00 AM - "
           "9:00 AM Pacific Daylight Time' (UTC-7) -> 15:00-16:00Z; contact = recruiter address in the body")
def k20() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        Dear Chloé,<br><br>
        Thank you for your interest in Vantablue Entertainment. We are pleased to confirm your interview for
        the position of <b>Pipeline Engineer, Animation (Remote - EMEA)</b>, Requisition 2026-4471.<br><br>
        <table border="0" cellpadding="2">
        <tr><td><b>Date:</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>8:00 AM - 9:00 AM Pacific Daylight Time (PDT)</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams video interview (your interviewer will send the link)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Marcus Ellery, Director of Pipeline</td></tr>
        </table><br>
        Please note that the interview time is shown in Pacific Time. Should you have any questions, please contact
        Danielle Okafor, Recruiter, at <a href="mailto:danielle.okafor@vantablue.com">danielle.okafor@vantablue.com</a>.<br><br>
        Sincerely,<br>
        Talent Acquisition<br>
        Vantablue Entertainment<br><br>
        <i>This message was sent from an unmonitored mailbox. Please do not reply.</i>
        </font>
        <img src="https://vantablue.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=track&amp;id=88431" width="1" height="1">
        </body></html>
        """)
    hs = head("Vantablue Entertainment <vantablue@talent.icims.com>",
              "Interview Confirmation - Pipeline Engineer, Animation (Req 2026-4471)",
              "2026-09-11 09:14:27", "America/Los_Angeles", "<1694448867123.88431.JavaMail.icims@talent.icims.com>",
              rcv=("from mta2.talent.icims.com (mta2.talent.icims.com [192.0.2.210])",
                   "mx2.example.org with ESMTPS id 9QrTz3"))
    return message(hs, html(page, charset="windows-1252"))


@mail(n(21), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-15T12:00:00Z", end="2026-10-15T13:00:00Z",
      contact="elodie@loupiote-studio.fr", company="Loupiote Studio",
      local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone="Europe/Paris",
      days=(("Wed", "2026-10-14"),),
      note="Prose reschedule (vous, iso-8859-15 QP), Date Tue 13 Oct: old 'demain (mercredi 14, 10h)', new "
           "'après-demain, jeudi 15 octobre, à 14 h', CEST (UTC+2) -> 12:00Z; 'Même format : 1 heure' is an "
           "exact length -> end 13:00Z; contact = sender")
def k21() -> bytes:
    body = t("""
        Bonjour Chloé,

        Comme je vous le disais au téléphone tout à l'heure, je dois malheureusement décaler notre
        entretien de demain (mercredi 14, 10h) : notre producteur sera finalement à Annecy toute la
        journée et tient à être présent.

        On le passe donc à après-demain, jeudi 15 octobre, à 14 h, toujours dans nos locaux (7 rue
        Bouquière, Bordeaux, sonnez chez Loupiote). Même format : 1 heure avec Julien et moi.

        Merci pour votre souplesse, et à jeudi !

        Élodie Marchal
        Chargée de production & RH
        Loupiote Studio - 7 rue Bouquière, 33000 Bordeaux
        """)
    hs = head("Élodie Marchal <elodie@loupiote-studio.fr>", "Décalage de notre entretien de demain",
              "2026-10-13 09:05:44", "Europe/Paris", "<20261013070544.GA18822@loupiote-studio.fr>",
              rcv=("from mail.loupiote-studio.fr (mail.loupiote-studio.fr [203.0.113.47])",
                   "mx1.example.org with ESMTPS id 7WbEn2"),
              extra=(("User-Agent", "Mozilla Thunderbird"),), charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", params="format=flowed"))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-09-25T12:00:00Z", end=None,
      contact="bastien@studiomirabelle.fr", company="Studio Mirabelle",
      local="Fri 2026-09-25 14:00", zone="Europe/Paris",
      note="Hiring manager (tu) cancels 'notre 2e entretien de vendredi 25 à 14h', CEST (UTC+2) -> 12:00Z; asks "
           "for availability the week of 5 Oct but fixes no new time -> cancelled; quoted thread holds the "
           "original confirmation; contact = sender")
def k22() -> bytes:
    body = t("""
        Salut Chloé,

        Je suis vraiment désolé mais je dois annuler notre 2e entretien de vendredi 25 à 14h : on vient
        d'apprendre qu'on a une projection test chez le distributeur à Paris ce jour-là et toute l'équipe
        technique y va.

        Je ne veux pas repousser trop loin, tu pourrais m'envoyer tes dispos pour la semaine du 5 octobre ?
        Je te renvoie une invitation dès qu'on a calé un nouveau créneau.

        Encore désolé,
        Bastien

        --
        Bastien Roche
        Directeur technique - Studio Mirabelle
        32 rue de Bélat, 16000 Angoulême

        Le jeu. 17 sept. 2026 à 11:40, Bastien Roche <bastien@studiomirabelle.fr> a écrit :
        > Salut Chloé,
        > Suite à ton échange avec Sandrine, on te propose un 2e entretien au studio, avec moi et Inès
        > (lead rigging) : vendredi 25 septembre à 14h, ça te va ?
        > Bastien
        """)
    hs = head("Bastien Roche <bastien@studiomirabelle.fr>", "Re: 2e entretien vendredi",
              "2026-09-22 19:10:26", "Europe/Paris",
              "<CAGk7pT3nQ0rW+2eYz1s8mVx4bL9dUhJ@mail.gmail.com>",
              rcv=("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                   "mx2.example.org with ESMTPS id 0PgSv6"),
              extra=(("In-Reply-To", "<CAHq4bX9f1Rt0+Mm@mail.example.org>"),
                     ("References", "<CAGk7pT1aa0@mail.gmail.com> <CAHq4bX9f1Rt0+Mm@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-12-09T14:00:00Z", end="2026-12-09T15:00:00Z",
      contact="ciara.brennan@tidewaterstudios.ie", company="Tidewater Studios",
      local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone="Europe/Dublin",
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED), role on hold, no new time: 'Wednesday, 9 "
           "December 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London' = GMT in December -> "
           "14:00-15:00Z; ICS TZID 'GMT Standard Time' agrees; contact = organizer/sender")
def k23() -> bytes:
    body = t("""
        Hi Chloé,

        Apologies, I have to cancel Wednesday's interview. The Pipeline TD role has been put on hold
        pending our 2027 budget, so it wouldn't be fair to take up your time now. I'll be in touch if it
        reopens in the new year.

        Best,
        Ciara

        When: Wednesday, 9 December 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Chloé,</p>
        <p class="MsoNormal">Apologies, I have to cancel Wednesday's interview. The Pipeline TD role has been put on hold pending our 2027 budget, so it wouldn't be fair to take up your time now. I'll be in touch if it reopens in the new year.</p>
        <p class="MsoNormal">Best,<br>Ciara</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ciara Brennan:mailto:ciara.brennan@tidewaterstudios.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier:mailto:chloe.berthier@example.org
        DESCRIPTION;LANGUAGE=en-IE:Apologies\\, I have to cancel Wednesday's interview.\\n
        UID:040000008200E00074C5B7101A82E008000000009C8B7A6F5E4DDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
        SUMMARY;LANGUAGE=en-IE:Canceled: Interview - Pipeline TD (Chloé Berthier)
        DTSTART;TZID=GMT Standard Time:20261209T140000
        DTEND;TZID=GMT Standard Time:20261209T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T152009Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Ciara Brennan <ciara.brennan@tidewaterstudios.ie>",
              "Canceled: Interview - Pipeline TD (Chloé Berthier)",
              "2026-12-03 15:20:09", "Europe/Dublin",
              "<DB9PR07MB8122C4D5E6F708192A3B4C5D6E7F8@DB9PR07MB8122.eurprd07.prod.outlook.com>",
              rcv=("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
                   "mx2.example.org with ESMTPS id 6MhDx8"),
              extra=(("Thread-Topic", enc("Interview - Pipeline TD (Chloé Berthier)")),
                     ("Thread-Index", "AdtlY2FuY2VsbGVkVGlkZXdhdGVyAA=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-IE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="fr", interview=False, company="Sélène Animation",
      days=(("Tue", "2026-10-06"),),
      note="SmartRecruiters rejection after the 6 Oct interview; the past interview date is the only time")
def k24() -> bytes:
    body = t("""
        Bonjour Chloé,

        Merci pour le temps que vous nous avez accordé lors de votre entretien du mardi 6 octobre avec
        Lucas Ferrand. Nous avons apprécié nos échanges et la qualité de votre parcours.

        Après réflexion, nous avons décidé de poursuivre avec un·e autre candidat·e dont l'expérience
        sur Katana correspond davantage à nos besoins immédiats. Cette décision n'a pas été facile.

        Nous conservons votre candidature et n'hésiterons pas à revenir vers vous pour de futurs
        projets.

        Bien cordialement,
        L'équipe Recrutement
        Sélène Animation
        """)
    hs = head("Sélène Animation <noreply@smartrecruiters.com>",
              "Votre candidature chez Sélène Animation", "2026-10-14 10:02:31", "Europe/Paris",
              "<em.9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f@smartrecruiters.com>",
              rcv=("from mta-11.smartrecruiters.com (mta-11.smartrecruiters.com [192.0.2.111])",
                   "mx1.example.org with ESMTPS id 2NcKp8"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Atelier Gargouille",
      days=(("Mon", "2026-10-26"), ("Mon", "2026-11-02"), ("Fri", "2026-11-13"), ("Mon", "2027-01-04")),
      note="Job offer after the interviews of 26 Oct and 2 Nov; reply deadline and start date, and an offer of "
           "an optional phone call with no time fixed; not an interview")
def k25() -> bytes:
    body = t("""
        Bonjour Chloé,

        Suite à vos entretiens des lundis 26 octobre et 2 novembre, j'ai le grand plaisir de vous
        proposer le poste de Développeuse outils & pipeline chez Atelier Gargouille, en CDI.

        Vous trouverez en pièce jointe la promesse d'embauche détaillant les conditions :
        - rémunération brute annuelle : 46 000 €
        - statut cadre, forfait jours, 2 jours de télétravail par semaine
        - prise de poste souhaitée : lundi 4 janvier 2027

        Pourriez-vous nous faire part de votre réponse d'ici le vendredi 13 novembre ? Si vous avez des
        questions, je peux vous appeler quand vous voulez cette semaine, dites-moi simplement ce qui
        vous arrange.

        Toute l'équipe espère vous compter bientôt parmi nous !

        Margaux Piquet
        Responsable RH - Atelier Gargouille
        4 rue de la Cloche Verte, 16000 Angoulême
        """)
    pdf = b"%PDF-1.4\n% promesse d'embauche (fictive)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    hs = head("Margaux Piquet <margaux.piquet@ateliergargouille.fr>",
              "Proposition d'embauche - Développeuse outils & pipeline", "2026-11-03 17:45:12", "Europe/Paris",
              "<c2a1f0e9-8d7c-4b6a-9f5e-gargouille-offre@ateliergargouille.fr>",
              rcv=("from smtp.ateliergargouille.fr (smtp.ateliergargouille.fr [203.0.113.16])",
                   "mx2.example.org with ESMTPS id 5TgHj1"))
    att = Part([("Content-Type", 'application/pdf; name="Promesse_embauche_C_Berthier.pdf"'),
                ("Content-Disposition", 'attachment; filename="Promesse_embauche_C_Berthier.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message(hs, mixed(text(body), att))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Kiwi Lanterne",
      note="JOIN application receipt; 'nous vous contacterons pour convenir d'un entretien' is hypothetical")
def k26() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;background:#f5f7fa;margin:0;padding:24px">
        <div style="max-width:600px;margin:auto;background:#fff;padding:32px">
        <p style="font-size:20px;font-weight:bold">Merci pour votre candidature !</p>
        <p>Bonjour Chloé,</p>
        <p>Nous avons bien reçu votre candidature pour le poste <b>« Développeur·se Python - outils de production »</b> chez Kiwi Lanterne (Poitiers).</p>
        <p>Notre équipe examine chaque candidature avec attention. Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un entretien. Sans nouvelles de notre part d'ici 3 semaines, vous pouvez considérer que nous ne donnons pas suite.</p>
        <p>Belle journée,<br>L'équipe Kiwi Lanterne</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Envoyé avec JOIN · JOIN Solutions AG · <a href="https://join.com/fr/candidats">Gérer mes candidatures</a></p>
        </div></body></html>
        """)
    hs = head("Kiwi Lanterne via JOIN <noreply@join.com>", "Votre candidature chez Kiwi Lanterne",
              "2026-09-16 13:27:45", "Europe/Paris", "<0100019183c2d6f1-kiwilanterne-ack-20260916@email.join.com>",
              rcv=("from a7-20.smtp-out.eu-west-1.amazonses.com (a7-20.smtp-out.eu-west-1.amazonses.com [54.240.7.20])",
                   "mx1.example.org with ESMTPS id 3DeFg4"))
    return message(hs, html(page, cte="base64"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert; 'Entretiens en cours' and 'entretien vidéo' badges are not confirmations")
def k27() -> bytes:
    body = t("""
        Bonjour Chloé,

        5 nouvelles offres correspondent à votre alerte « pipeline TD - Nouvelle-Aquitaine / télétravail » :

        1. Pipeline TD (H/F) - Studio Gribouille, Angoulême - CDI
           Publiée il y a 2 jours · Entretiens en cours
        2. Développeur·se outils Python / Maya - Nébuleuse Films, Bordeaux - CDD 18 mois
           Publiée hier · Entretien vidéo possible
        3. Technical Director FX - Arbre Rouge, Poitiers - CDI
           Publiée il y a 4 jours
        4. Ingénieur·e R&D rendu - Lumiflux, télétravail (France) - CDI
           Publiée aujourd'hui · Recrutement rapide : 1 seul entretien
        5. Développeur·se pipeline junior - Studio Gribouille, Angoulême - Alternance
           Publiée il y a 6 jours

        Voir toutes les offres : https://www.emploi-anim.fr/alertes/48213

        Vous recevez cet e-mail car vous avez créé une alerte sur Emploi-Anim.
        Se désinscrire : https://www.emploi-anim.fr/alertes/48213/stop
        """)
    hs = head("Emploi-Anim <alertes@emploi-anim.fr>", "5 nouvelles offres : pipeline TD - Nouvelle-Aquitaine",
              "2026-10-20 07:00:12", "Europe/Paris", "<alerte-48213-20261020@emploi-anim.fr>",
              rcv=("from out.emploi-anim.fr (out.emploi-anim.fr [198.51.100.150])",
                   "mx2.example.org with ESMTPS id 8GhIj5"),
              extra=(("List-Unsubscribe", "<https://www.emploi-anim.fr/alertes/48213/stop>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Newsletter post about pipeline-TD interviews; the only time is a live Q&A, not an interview")
def k28() -> bytes:
    body = t("""
        PIPELINE NOTES - issue #87

        How I prep for a pipeline TD interview (and the 3 questions I always ask)

        Got an interview scheduled? Congrats. Here's the checklist I've used for the last four
        studio interviews I've done, on both sides of the table:

        1. Know their DCCs. Maya or Houdini shop? ShotGrid or ftrack? Check their reel credits.
        2. Prepare one story about a tool that failed in production, and what you changed.
        3. Expect a live exercise: a 45-minute "parse this messy publish log" task is common.
        4. Ask about the render farm, not just the pipeline. It tells you where the fires are.

        The three questions I always ask at the end:
          - Who owns the asset schema?
          - How often do you break the pipeline mid-show?
          - What did the last person in this role leave unfinished?

        Live Q&A: I'm answering your interview questions live on Thursday, October 8 at 6 PM BST.
        Paid subscribers get the link the day before.

        - Ray

        You're receiving this because you subscribed to Pipeline Notes.
        Unsubscribe: https://pipelinenotes.substack.com/action/disable_email
        """)
    hs = head("Ray from Pipeline Notes <pipelinenotes@substack.com>",
              "How I prep for a pipeline TD interview", "2026-10-01 14:30:00", "UTC",
              "<20261001143000.3.pipelinenotes.87@substack.com>",
              rcv=("from mail186-1.suw21.mandrillapp.com (mail186-1.suw21.mandrillapp.com [198.2.186.1])",
                   "mx1.example.org with ESMTPS id 1IjKl6"),
              extra=(("List-Unsubscribe", "<https://pipelinenotes.substack.com/action/disable_email>"),
                     ("List-Id", "<pipelinenotes.substack.com>")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), cte="base64")))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Vantablue Entertainment",
      days=(("Fri", "2026-09-25"),),
      note="GoodTime availability request for a final round: pick slots by a deadline; nothing booked yet")
def k29() -> bytes:
    body = t("""
        Hi Chloé,

        Congratulations on moving forward in the process for Pipeline Engineer, Animation (Remote - EMEA)
        at Vantablue Entertainment!

        The next step is a final round of three 45-minute interviews with the Pipeline, Production
        Technology and Story teams. Please share your availability using the link below, ideally by
        Friday, September 25. You can pick times in your own time zone (Europe/Paris).

        Share my availability:
        https://app.goodtime.io/availability/vantablue/7e3d9a10c4b2

        Once the panel is confirmed, you'll receive a separate confirmation with the final schedule.

        Thanks,
        Danielle Okafor
        Recruiter, Vantablue Entertainment

        Sent via GoodTime.io
        """)
    hs = head("Vantablue Entertainment <no-reply@goodtime.io>",
              "Action needed: share your availability - Vantablue Entertainment",
              "2026-09-21 10:03:55", "America/Los_Angeles", "<20260921170355.7e3d9a10c4b2@goodtime.io>",
              rcv=("from o12.email.goodtime.io (o12.email.goodtime.io [192.0.2.12])",
                   "mx2.example.org with ESMTPS id 4LmNo7"),
              extra=(("Reply-To", "Danielle Okafor <danielle.okafor@vantablue.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="fr", interview=False, company="Brumes Interactive",
      note="Cold outreach (vous) asking for a 20-minute call next week at her convenience; nothing fixed")
def k30() -> bytes:
    body = t("""
        Bonjour Chloé,

        Je me permets de vous contacter après avoir vu votre intervention sur les resolvers USD aux
        Rencontres Animation Formation. Chez Brumes Interactive (jeu vidéo narratif, 60 personnes,
        Paris 11e + télétravail), nous créons un poste de Tools Programmer senior pour notre prochaine
        production.

        Seriez-vous ouverte à un échange informel de 20 minutes la semaine prochaine ? Je m'adapte à vos
        disponibilités, il suffit de me dire ce qui vous arrange.

        Belle journée,

        Karim Haddadi
        Talent Acquisition Lead - Brumes Interactive
        karim.haddadi@brumes-interactive.com
        """)
    hs = head("Karim Haddadi <karim.haddadi@brumes-interactive.com>",
              "Tools Programmer senior - Brumes Interactive", "2026-11-09 11:20:43", "Europe/Paris",
              "<CAF3k9Lz0q1W+yT8uV2rM5nX7bC4dE6@mail.gmail.com>",
              rcv=("from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])",
                   "mx1.example.org with ESMTPS id 6OpQr8"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_times", lang="fr", interview=False, company="Cartoucherie Numérique",
      days=(("Wed", "2026-11-18"), ("Tue", "2026-11-24"), ("Fri", "2026-11-27")),
      note="Recruiter proposes two slots ('mardi 10h', 'vendredi prochain à 11h', Date Wed 18 Nov) and waits "
           "for an answer: not confirmed")
def k31() -> bytes:
    body = t("""
        Bonjour Chloé,

        Merci pour votre candidature au poste de développeuse pipeline, elle a retenu toute notre
        attention. Je vous propose un premier entretien téléphonique d'une demi-heure avec moi.

        Est-ce que mardi 10h vous irait ? Sinon je peux aussi vendredi prochain à 11h.

        Dites-moi ce qui vous convient le mieux et je vous envoie une invitation dans la foulée.

        Cordialement,
        Sonia Perret
        Chargée de recrutement - Cartoucherie Numérique
        78 rue de la Roquette, 75011 Paris
        """)
    hs = head("Sonia Perret <sonia.perret@cartoucherie-numerique.fr>",
              "Votre candidature - Développeur·se pipeline", "2026-11-18 15:12:08", "Europe/Paris",
              "<AM0PR10MB33781F2E3D4C5B6A7980@AM0PR10MB3378.EURPRD10.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2110.outbound.protection.outlook.com [40.107.12.110])",
                   "mx2.example.org with ESMTPS id 7QrSt9"))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(32), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Doctor's appointment confirmation with an ICS: a fixed time, but not an interview")
def k32() -> bytes:
    body = t("""
        Bonjour Chloé BERTHIER,

        Votre rendez-vous est confirmé.

        lundi 19 octobre 2026 à 08:45
        Dr Hélène Carpentier - Médecin généraliste
        Cabinet médical de la Madeleine, 14 place de la Madeleine, 16000 Angoulême

        Motif : Consultation de suivi

        Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au plus tard 24 h
        à l'avance depuis votre espace patient.

        L'équipe Santé-RDV
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Sante-RDV//Agenda//FR
        METHOD:PUBLISH
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rdv-7741920@santerdv.fr
        DTSTAMP:20261014T181200Z
        DTSTART;TZID=Europe/Paris:20261019T084500
        DTEND;TZID=Europe/Paris:20261019T090000
        SUMMARY:RDV Dr Hélène Carpentier
        LOCATION:14 place de la Madeleine\\, 16000 Angoulême
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Santé-RDV <no-reply@santerdv.fr>", "Votre rendez-vous du lundi 19 octobre est confirmé",
              "2026-10-14 20:12:00", "Europe/Paris", "<rdv-7741920.confirm@santerdv.fr>",
              rcv=("from smtp-out.santerdv.fr (smtp-out.santerdv.fr [198.51.100.90])",
                   "mx1.example.org with ESMTPS id 9StUv0"))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="rdv.ics",
                                                   disposition="attachment", cte="base64")))


@mail(n(33), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Estate agent confirms a flat viewing in Bordeaux (samedi 7 novembre à 11h): personal appointment")
def k33() -> bytes:
    body = t("""
        Bonjour Madame Berthier,

        Je vous confirme la visite de l'appartement T2 au 31 rue Notre-Dame (Chartrons), samedi 7
        novembre à 11h. Je vous attendrai devant l'immeuble ; prévoyez une pièce d'identité et, si
        possible, vos trois derniers bulletins de salaire pour constituer le dossier.

        Loyer : 780 € charges comprises, disponible au 1er janvier.

        Bien cordialement,

        Mathilde Vergnaud
        Agence Garonne Immobilier - 5 cours Portal, 33000 Bordeaux
        05 56 00 18 44
        """)
    hs = head("Mathilde Vergnaud <m.vergnaud@garonne-immo.fr>", "Confirmation visite T2 rue Notre-Dame",
              "2026-11-03 12:31:19", "Europe/Paris", "<000a01dd2f31$4c5d6e70$e5182b50$@garonne-immo.fr>",
              rcv=("from smtp.garonne-immo.fr (smtp.garonne-immo.fr [203.0.113.88])",
                   "mx1.example.org with ESMTPS id 0TuVw1"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(34), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Garage confirms a car service (jeudi 22 octobre 2026 à 8h00): fixed time, not an interview")
def k34() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Mme BERTHIER,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <ul>
        <li><b>Prestation :</b> révision constructeur 60 000 km + contrôle freinage</li>
        <li><b>Véhicule :</b> Peugeot 208 - FX-482-KL</li>
        <li><b>Date :</b> jeudi 22 octobre 2026 à 8h00 (dépôt du véhicule dès 7h45)</li>
        <li><b>Durée estimée :</b> demi-journée - véhicule de courtoisie réservé</li>
        </ul>
        <p>Garage du Champ de Mars<br>112 avenue du Président Wilson, 16000 Angoulême<br>05 45 00 63 21</p>
        <p style="font-size:11px;color:#777">Pour modifier ce rendez-vous, répondez à ce message ou appelez-nous.</p>
        </body></html>
        """)
    hs = head("Garage du Champ de Mars <atelier@garage-champdemars.fr>",
              "Confirmation de votre rendez-vous atelier du 22/10", "2026-10-16 16:40:22", "Europe/Paris",
              "<rdv.20261016.3391@garage-champdemars.fr>",
              rcv=("from mail.garage-champdemars.fr (mail.garage-champdemars.fr [203.0.113.120])",
                   "mx2.example.org with ESMTPS id 1UvWx2"))
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(35), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="School parent-teacher meeting slot (mardi 8 décembre, 17h40) booked via the school's platform: "
           "'entretien' with a teacher, not a job interview")
def k35() -> bytes:
    body = t("""
        Madame Berthier,

        Votre demande de rendez-vous pour la rencontre parents-professeurs a bien été enregistrée.

        Élève : Jules BERTHIER - 5e B
        Professeur : M. Lefort (professeur principal, mathématiques)
        Date : mardi 8 décembre 2026
        Créneau : 17h40 - 17h50
        Lieu : Collège Marguerite-de-Valois, salle B12

        Les entretiens durent 10 minutes. Merci de respecter l'horaire afin de ne pas retarder les
        familles suivantes.

        Ce message est envoyé automatiquement par l'ENT, merci de ne pas y répondre.
        """)
    hs = head("ENT Collège Marguerite-de-Valois <ne-pas-repondre@ent-college16.fr>",
              "Rencontre parents-professeurs : confirmation de votre rendez-vous", "2026-12-01 18:05:40",
              "Europe/Paris", "<ent.rdv.5eB.88213@ent-college16.fr>",
              rcv=("from ent-mail.ent-college16.fr (ent-mail.ent-college16.fr [198.51.100.160])",
                   "mx1.example.org with ESMTPS id 2VwXy3"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Recurring weekly pipeline stand-up at her current employer (Outlook, Romance Standard Time, RRULE)")
def k36() -> bytes:
    body = t("""
        Hello l'équipe,

        À partir de la semaine prochaine on remplace le point du vendredi par un stand-up pipeline le
        lundi matin, 20 minutes max. Tour de table : blocages, publishs cassés, priorités de la semaine.

        Stéphane

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_b21iZWxsZQ%40thread.v2/0>
        ID de la réunion : 391 550 201 877
        Code secret : aP4t9Q
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphane Morel:mailto:stephane.morel@studio-ombelle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Berthier:mailto:chloe.berthier@studio-ombelle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Pipeline:mailto:pipeline@studio-ombelle.fr
        RRULE:FREQ=WEEKLY;UNTIL=20261218T083000Z;INTERVAL=1;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=fr-FR:Stand-up pipeline
        DTSTART;TZID=Romance Standard Time:20261012T093000
        DTEND;TZID=Romance Standard Time:20261012T095000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T143311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Stéphane Morel <stephane.morel@studio-ombelle.fr>", "Stand-up pipeline",
              "2026-10-07 16:33:11", "Europe/Paris",
              "<PAZP264MB41270C1D2E3F4A5B6C7D8E9F0A1B2@PAZP264MB4127.FRAP264.PROD.OUTLOOK.COM>",
              to="Équipe Pipeline <pipeline@studio-ombelle.fr>",
              rcv=("from PA4P264CU001.outbound.protection.outlook.com (mail-francecentralazon11021000.outbound.protection.outlook.com [52.101.167.0])",
                   "mx1.example.org with ESMTPS id 3WxYz4"),
              extra=(("Thread-Topic", "Stand-up pipeline"), ("Content-Language", "fr-FR")))
    hs = [(k, addr("Équipe Pipeline", "pipeline@studio-ombelle.fr") if k == "To" else v) for k, v in hs]
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="interviewer_request", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Her current employer's Teamtailor asks HER to interview a junior candidate (mercredi 21 octobre, "
           "14:00-15:00, ICS attached): a confirmed interview, but she is the interviewer, not the candidate")
def k37() -> bytes:
    body = t("""
        Bonjour Chloé,

        Vous avez été ajoutée comme intervieweuse pour l'entretien suivant :

        Candidat : Maxime Leroy
        Poste : Développeur·se pipeline junior (alternance)
        Quand : mercredi 21 octobre 2026, 14:00 - 15:00 (Europe/Paris)
        Où : salle Mélusine, 2e étage
        Autres intervenants : Stéphane Morel

        Le CV et la lettre du candidat sont disponibles dans Teamtailor. Pensez à remplir la grille
        d'évaluation après l'entretien.

        Studio Ombelle - Recrutement
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:meeting-4d2a9c1e-ombelle-interview@teamtailor.com
        DTSTAMP:20261015T094500Z
        DTSTART;TZID=Europe/Paris:20261021T140000
        DTEND;TZID=Europe/Paris:20261021T150000
        SUMMARY:Entretien - Maxime Leroy (Développeur·se pipeline junior)
        LOCATION:Salle Mélusine
        ORGANIZER;CN=Studio Ombelle:mailto:recrutement@studio-ombelle.fr
        ATTENDEE;CN=Chloé Berthier;RSVP=TRUE:mailto:chloe.berthier@studio-ombelle.fr
        ATTENDEE;CN=Stéphane Morel:mailto:stephane.morel@studio-ombelle.fr
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Studio Ombelle <no-reply@studio-ombelle.teamtailor-mail.com>",
              "Vous êtes intervieweuse : Maxime Leroy - Développeur·se pipeline junior",
              "2026-10-15 11:45:00", "Europe/Paris", "<6570b2e4d1f8c_3b2a1c0d9e8f@teamtailor-mail.com>",
              to="chloe.berthier@studio-ombelle.fr",
              rcv=("from o7.teamtailor-mail.com (o7.teamtailor-mail.com [192.0.2.77])",
                   "mx1.example.org with ESMTPS id 4XyZa5"),
              extra=(("X-Forwarded-To", ME),))
    return message(hs, mixed(text(body), calendar(ics, filename="meeting.ics", disposition="attachment",
                                                   cte="base64")))


@mail(n(38), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Webinar registration (Zoom Webinar style, ICS attached): a confirmed time, not an interview")
def k38() -> bytes:
    body = t("""
        Hi Chloé,

        Thank you for registering for "Building a USD pipeline for small studios".

        Date & Time: Nov 12, 2026 05:00 PM Paris
        Speakers: Ana Sobral (Render Guild), Felix Durand (Studio Lampion)

        Please submit any questions to: events@renderguild.org

        You can join this webinar from a computer, tablet or smartphone:
        https://renderguild.zoom.us/w/93311224455?tk=Q2hsb2U

        Add to calendar: see the attached file.

        You can cancel your registration at any time.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//zoom.us//iCalendar Event//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:ZOOM93311224455
        DTSTAMP:20261103T101500Z
        DTSTART:20261112T160000Z
        DTEND:20261112T171500Z
        SUMMARY:Building a USD pipeline for small studios
        LOCATION:https://renderguild.zoom.us/w/93311224455
        ORGANIZER;CN=Render Guild:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Render Guild <no-reply@zoom.us>",
              "Building a USD pipeline for small studios Confirmation", "2026-11-03 10:15:00", "UTC",
              "<zoom.webinar.93311224455.reg.88124@zoom.us>",
              rcv=("from mailsender1.zoom.us (mailsender1.zoom.us [170.114.0.1])",
                   "mx2.example.org with ESMTPS id 5YzAb6"),
              extra=(("Reply-To", "events@renderguild.org"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="invite.ics", disposition="attachment")))


@mail(n(39), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Local meetup RSVP confirmation, with a 'job dating' part (short chats with studios, no booked "
           "interview): fixed time, not a job interview")
def k39() -> bytes:
    body = t("""
        Ta place est réservée !

        Pipeline & Outils Angoulême #14 - Spécial recrutement
        jeudi 19 novembre 2026, 19:00 - 22:00
        Le Nil, 2 rue de la Charente, 16000 Angoulême

        Au programme :
        19h00 - Accueil
        19h30 - « Migrer de ShotGrid vers ftrack en pleine prod », retour d'expérience
        20h15 - Job dating : 5 studios de la région présentent leurs postes ouverts, échanges libres
                (apportez un CV, aucun entretien n'est planifié à l'avance)
        21h00 - Apéro

        Tu fais partie des 64 participants. Si tu ne peux plus venir, libère ta place :
        https://rencontres-tech-charente.fr/events/pipeline-14/rsvp

        Rencontres Tech Charente
        Se désabonner de ce groupe : https://rencontres-tech-charente.fr/unsubscribe
        """)
    hs = head("Rencontres Tech Charente <noreply@rencontres-tech-charente.fr>",
              "Confirmé : Pipeline & Outils Angoulême #14 - Spécial recrutement", "2026-11-10 19:01:55",
              "Europe/Paris", "<rsvp.pipeline14.2281@rencontres-tech-charente.fr>",
              rcv=("from mta.rencontres-tech-charente.fr (mta.rencontres-tech-charente.fr [198.51.100.201])",
                   "mx1.example.org with ESMTPS id 6ZaBc7"),
              extra=(("List-Unsubscribe", "<https://rencontres-tech-charente.fr/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, cte="base64"))


@mail(n(40), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Podcast host confirms recording an interview OF her (mardi 24 novembre à 10h): press/podcast, "
           "not a job interview")
def k40() -> bytes:
    body = t("""
        Salut Chloé,

        Top, je te confirme l'enregistrement de l'interview pour « Les Coulisses de l'Anim » mardi 24
        novembre à 10h, au studio son de la Cité (entrée par le quai, badge à l'accueil). Compte 1h15
        avec l'installation.

        Thème de l'épisode : « Les gens qu'on ne voit pas au générique : TD et dev pipeline ». Je
        t'enverrai les questions en amont, rien de piégeux promis :)

        À mardi !
        Yohann

        --
        Yohann Guérin
        Les Coulisses de l'Anim - le podcast des métiers de l'animation
        """)
    hs = head("Yohann Guérin <yohann@coulisses-anim.fr>", "Interview podcast - c'est calé !",
              "2026-11-17 21:14:03", "Europe/Paris", "<CA+Yg7kPq2wR0mN5bT8@mail.gmail.com>",
              rcv=("from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])",
                   "mx2.example.org with ESMTPS id 7AbCd8"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Career coach confirms a paid mock-interview session (jeudi 8 octobre à 18h, visio, 1 h): "
           "confirmed time, but a simulation, not a job interview")
def k41() -> bytes:
    body = t("""
        Bonjour Chloé,

        Je vous confirme notre séance de simulation d'entretien d'embauche jeudi 8 octobre à 18h, en
        visio (lien ci-dessous), durée 1 h.

        Pour qu'elle soit la plus utile possible, envoyez-moi d'ici mardi l'offre pour laquelle vous
        voulez vous entraîner (le poste chez Lantana, si j'ai bien compris ?) et votre CV à jour. Je
        jouerai le rôle de la recruteuse, puis nous débrieferons ensemble.

        Lien : https://meet.jit.si/coaching-ASR-berthier

        Belle journée,
        Anne-Sophie Rivière
        Coach carrière certifiée - Rebonds & Carrières
        06 71 00 24 58
        """)
    hs = head("Anne-Sophie Rivière <as.riviere@rebonds-carrieres.fr>",
              "Confirmation séance simulation d'entretien - jeudi 8/10", "2026-10-02 09:30:27", "Europe/Paris",
              "<3b8f1d2c-0a9e-4c7b-b6a5-riviere-coaching@rebonds-carrieres.fr>",
              rcv=("from smtp.rebonds-carrieres.fr (smtp.rebonds-carrieres.fr [203.0.113.150])",
                   "mx1.example.org with ESMTPS id 8BcDe9"))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(42), family="auto_reply", lang="en", interview=False, company="Harrowgate Interactive",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply from the Harrowgate recruiter (Auto-Submitted: auto-replied)")
def k42() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office with limited access to email until Monday
        21 September.

        If your message is about an interview that is already scheduled, it will go ahead as planned.
        For anything urgent, please contact the Talent team at talent@harrowgate.co.uk.

        Maeve Donnelly
        Senior Talent Partner, Harrowgate Interactive
        """)
    hs = head("Maeve Donnelly <maeve.donnelly@harrowgate.co.uk>",
              "Automatic reply: Re: Updated: Interview for Pipeline Developer (Remote, EU) at Harrowgate Interactive",
              "2026-09-17 12:31:40", "Europe/London",
              "<LO2P265MB5012A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM>",
              rcv=("from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2121.outbound.protection.outlook.com [40.107.10.121])",
                   "mx2.example.org with ESMTPS id 9CdEf0"),
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAHq4bX0thanks+Mae@mail.example.org>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Postfix bounce (multipart/report) of Chloé's OWN reply confirming an interview to a mistyped "
           "address; the returned message is hers and never reached the studio: not a confirmation she received")
def k43() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <recrutement@atelier-pistache.fr>: host mx1.atelier-pistache.fr[203.0.113.9]
            said: 550 5.1.1 <recrutement@atelier-pistache.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Kx7Qm1Zt3z9vN
        X-Postfix-Sender: rfc822; chloe.berthier@example.org
        Arrival-Date: Mon, 16 Nov 2026 14:02:04 +0100 (CET)

        Final-Recipient: rfc822; recrutement@atelier-pistache.fr
        Original-Recipient: rfc822;recrutement@atelier-pistache.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.atelier-pistache.fr
        Diagnostic-Code: smtp; 550 5.1.1 <recrutement@atelier-pistache.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", CHLOE),
        ("To", "recrutement@atelier-pistache.fr"),
        ("Subject", "Re: Entretien jeudi 19 novembre"),
        ("Date", date("2026-11-16 14:02:01", "Europe/Paris")),
        ("Message-ID", "<CAHq4bX3pist+Ach@mail.example.org>"),
    ], text(t("""
        Bonjour,

        Je vous confirme ma présence à l'entretien de jeudi 19 novembre à 10h dans vos locaux.

        Bien cordialement,
        Chloé Berthier
        """)))
    hs = head("Mail Delivery System <MAILER-DAEMON@smtp.example.org>",
              "Undelivered Mail Returned to Sender", "2026-11-16 14:02:06", "Europe/Paris",
              "<20261116130206.5B2C41A0F3@smtp.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    report = multipart("report",
                       Part([("Content-Description", "Notification"),
                             ("Content-Type", 'text/plain; charset="us-ascii"')],
                            notice.replace("\n", "\r\n").encode("ascii")),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"),
                             ("Content-Type", "message/rfc822")], original),
                       params="report-type=delivery-status")
    return message(hs, report)


@mail(n(44), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Mailing-list post: another member describes HIS final interview 'jeudi à 15h'; not her interview")
def k44() -> bytes:
    body = t("""
        Salut la liste,

        J'ai mon entretien final jeudi à 15h chez un gros studio parisien (live coding d'une heure +
        présentation de 20 min d'un outil que j'ai fait). C'est la première fois que je passe un
        entretien avec du live coding sur un vrai repo, vous avez des conseils ? Ils m'ont juste dit
        « Python, pas de framework imposé ».

        Merci d'avance !
        Nico

        _______________________________________________
        pipeline-fr mailing list
        pipeline-fr@lists.animtech.fr
        https://lists.animtech.fr/mailman/listinfo/pipeline-fr
        """)
    hs = head("Nicolas Fabre <nicolas.fabre@gribouille-studio.fr>",
              "[pipeline-fr] Entretien final jeudi 15h : des conseils ?", "2026-11-30 22:47:13", "Europe/Paris",
              "<f3c1b0a9-28d7-4e6f-a5b4-c3d2e1f0a9b8@gribouille-studio.fr>",
              to="pipeline-fr@lists.animtech.fr",
              rcv=("from lists.animtech.fr (lists.animtech.fr [198.51.100.33])",
                   "mx1.example.org with ESMTPS id 0DeFg1"),
              extra=(("List-Id", "Discussions pipeline & outils <pipeline-fr.lists.animtech.fr>"),
                     ("List-Unsubscribe", "<https://lists.animtech.fr/mailman/options/pipeline-fr>, "
                                          "<mailto:pipeline-fr-request@lists.animtech.fr?subject=unsubscribe>"),
                     ("List-Post", "<mailto:pipeline-fr@lists.animtech.fr>"),
                     ("Precedence", "list"),
                     ("Sender", '"pipeline-fr" <pipeline-fr-bounces@lists.animtech.fr>')))
    return message(hs, text(body, params="format=flowed", cte="8bit"))


@mail(n(45), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Job-centre summons: 'entretien de suivi' with her employment adviser, mardi 17 novembre à 9h15; "
           "a fixed appointment, not a job interview")
def k45() -> bytes:
    body = t("""
        Madame Chloé BERTHIER,
        Identifiant : 4412873A

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi :

        Date : mardi 17 novembre 2026 à 9h15
        Avec : Mme Nadia Chérif, votre conseillère
        Lieu : Espace Emploi Grand Angoulême, 3 rue de la Combe, 16000 Angoulême
        (ou par téléphone si vous l'avez demandé dans votre espace personnel)

        Munissez-vous de votre CV à jour et de la liste de vos candidatures récentes.

        En cas d'empêchement, prévenez-nous au moins 48 h à l'avance depuis votre espace personnel.
        Toute absence non justifiée peut entraîner une radiation de la liste des demandeurs d'emploi.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = "<html><body><pre style=\"font-family:Arial,sans-serif\">" + body.replace("&", "&amp;") + "</pre></body></html>\n"
    hs = head("Espace Emploi Grand Angoulême <ne-pas-repondre@espace-emploi16.fr>",
              "Convocation : entretien de suivi le mardi 17 novembre 2026 à 9h15", "2026-11-10 06:12:00",
              "Europe/Paris", "<conv.4412873A.20261110@espace-emploi16.fr>",
              rcv=("from relais.espace-emploi16.fr (relais.espace-emploi16.fr [198.51.100.216])",
                   "mx2.example.org with ESMTPS id 1EfGh2"),
              extra=(("Auto-Submitted", "auto-generated"),), charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(46), family="press", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Local journalist confirms interviewing her for an article (jeudi 3 décembre à 11h): press, "
           "not a job interview")
def k46() -> bytes:
    body = t("""
        Bonjour Chloé,

        Merci encore d'avoir accepté cette interview pour notre dossier « Angoulême, capitale de
        l'image ». C'est noté de mon côté : jeudi 3 décembre à 11h au Café de la Paix, place de l'Hôtel
        de Ville. On en aura pour 45 minutes environ, et notre photographe passera vers 11h30 pour un
        portrait.

        Je m'intéresse surtout à votre parcours (école, premiers studios) et à ce que fait concrètement
        une développeuse pipeline au quotidien.

        Bien à vous,
        Lucie Fontanel
        Journaliste - Le Courrier de l'Angoumois
        """)
    hs = head("Lucie Fontanel <l.fontanel@courrier-angoumois.fr>",
              "Interview pour notre dossier « Angoulême, capitale de l'image »", "2026-11-26 12:20:51",
              "Europe/Paris", "<5c2e9a1d-7f3b-4a60-8e2d-fontanel@courrier-angoumois.fr>",
              rcv=("from smtp.courrier-angoumois.fr (smtp.courrier-angoumois.fr [203.0.113.72])",
                   "mx1.example.org with ESMTPS id 2FgHi3"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="University admission interview for an MSc (Tuesday 8 December 2026, 14:00 GMT): confirmed, but "
           "an admission interview, not a job interview")
def k47() -> bytes:
    body = t("""
        Dear Chloé,

        Application ref: NSDA-2027-0418 - MSc Technical Direction (part-time, online), January 2027 intake

        Thank you for your application. We are pleased to confirm your admission interview:

        Date: Tuesday 8 December 2026
        Time: 14:00 GMT (15:00 in France)
        Format: online, Microsoft Teams (the link will appear in your applicant portal 24 hours before)
        Panel: Dr Helen Price (Programme Leader) and Owen Marsh (Industry Liaison)

        The interview lasts 30 minutes and includes a short discussion of the portfolio you submitted.

        Kind regards,
        Admissions Office
        Northbridge School of Digital Arts
        """)
    hs = head("Northbridge School of Digital Arts Admissions <admissions@northbridge-digital.ac.uk>",
              "Admission interview confirmed - MSc Technical Direction", "2026-12-01 11:08:30", "Europe/London",
              "<admissions.NSDA-2027-0418.conf@northbridge-digital.ac.uk>",
              rcv=("from mail.northbridge-digital.ac.uk (mail.northbridge-digital.ac.uk [192.0.2.180])",
                   "mx2.example.org with ESMTPS id 3GhIj4"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Roller-derby club confirms a try-out session (samedi 10 octobre à 10h): sport, not a job interview")
def k48() -> bytes:
    body = t("""
        Salut Chloé !

        On a bien reçu ton inscription pour la séance d'essai : rendez-vous samedi 10 octobre à 10h au
        gymnase Jean-Moulin (entrée côté parking). La séance dure 2 h, on commence par les bases
        (chutes, arrêts) donc pas besoin d'avoir déjà patiné.

        On peut te prêter patins et protections, dis-moi juste ta pointure. Et pense à ta gourde !

        À samedi,
        Marion « Rollzilla » Texier
        Angoulême Roller Derby - commission recrutement
        """)
    hs = head("Marion Texier <marion.texier@angouleme-rollerderby.fr>", "Ta séance d'essai samedi 10/10",
              "2026-10-04 17:52:16", "Europe/Paris", "<CABx9rT4derby+Ms0@mail.gmail.com>",
              rcv=("from mail-ot1-f52.google.com (mail-ot1-f52.google.com [209.85.210.52])",
                   "mx1.example.org with ESMTPS id 4HiJk5"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Bank confirms an 'entretien conseil' with her adviser (jeudi 26 novembre 2026 à 17h30): a fixed "
           "appointment, not a job interview")
def k49() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <table width="600" cellpadding="16"><tr><td style="background:#00563f;color:#fff;font-size:18px">Crédit Charentais</td></tr>
        <tr><td>
        <p>Madame Berthier,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <p><b>jeudi 26 novembre 2026 à 17h30</b><br>
        Agence Angoulême Champ de Mars - 9 place du Champ de Mars<br>
        Avec Mme Lucie Bourdon, votre conseillère<br>
        Objet : entretien conseil - projet immobilier</p>
        <p>Pensez à vous munir de vos trois derniers bulletins de salaire et de votre dernier avis d'imposition.</p>
        <p>Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client, rubrique « Mes rendez-vous ».</p>
        <p style="font-size:11px;color:#666">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Crédit Charentais <rendez-vous@credit-charentais.fr>",
              "Confirmation de votre rendez-vous du 26/11/2026", "2026-11-20 09:00:41", "Europe/Paris",
              "<rdv.88421931.20261120@credit-charentais.fr>",
              rcv=("from mx-out.credit-charentais.fr (mx-out.credit-charentais.fr [198.51.100.101])",
                   "mx2.example.org with ESMTPS id 5IjKl6"))
    return message(hs, html(page, charset="windows-1252"))


@mail(n(50), family="forward_other", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="A friend forwards HER OWN Lever confirmation (Tuesday, December 1, 2026, 2:00 PM CET, to "
           "lea.girard@example.net) asking for advice: a confirmed interview, but someone else's")
def k50() -> bytes:
    body = t("""
        Coucou Chloé !

        Regarde ça, j'ai décroché un entretien chez Northlight mardi prochain 😱 Tu y étais passée en
        septembre non ? Tu aurais des conseils, notamment sur Hugo ? Je te paie un verre samedi si tu veux.

        Bises,
        Léa

        ---------- Forwarded message ---------
        De : Northlight Pictures <no-reply@hire.lever.co>
        Date: jeu. 26 nov. 2026 à 16:02
        Subject: Interview confirmed: Compositing Pipeline TD at Northlight Pictures
        To: Léa Girard <lea.girard@example.net>


        Hi Léa,

        Your interview with Northlight Pictures for Compositing Pipeline TD is confirmed.

        Tuesday, December 1, 2026
        2:00 PM - 3:00 PM (Central European Time)

        Location: Northlight Pictures, 41 rue de Paradis, 75010 Paris
        Interviewers: Hugo Marchetti (Head of Pipeline)

        Questions? Reply to this email to reach Hugo directly.

        Sent via Lever on behalf of Northlight Pictures
        """)
    hs = head("Léa Girard <lea.girard@example.net>",
              "Fwd: Interview confirmed: Compositing Pipeline TD at Northlight Pictures",
              "2026-11-26 20:40:18", "Europe/Paris", "<CAJf2lEa9Gir+fwd0@mail.example.net>",
              rcv=("from mail.example.net (mail.example.net [198.51.100.5])",
                   "mx1.example.org with ESMTPS id 6JkLm7"))
    return message(hs, alt(text(body), html(gmail_html(body))))
