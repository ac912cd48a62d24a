"""blind108: a blind 50-mail held-out set, the inbox of a process engineer in Liège.

Inbox owner: Amandine Lejeune <amandine.lejeune@example.org>, Europe/Brussels, September to
mid-December 2026. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50
negatives. File numbers are a fixed shuffle of the writing order (ORDER below).

Written blind: without reading the detector, its tests or fixtures, or any other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind108``.
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
)

ORDER = random.Random(1080108).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind108_{ORDER[key - 1]:03d}"


ME = "amandine.lejeune@example.org"
ME_TO = addr("Amandine Lejeune", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

BRU = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Brussels")
AMS = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Amsterdam")
LUX = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Luxembourg")
RST = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def rcv(frm: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, f"{MX} {qid}", ME, lag))


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
      contact="femke.dijkstra@maasvallei-chemicals.nl", company="Maasvallei Chemicals B.V.",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone="Europe/Amsterdam",
      note="Greenhouse on-site interview confirmation, 10:00-10:45 CEST (Europe/Amsterdam, UTC+2 in "
           "September) -> 08:00Z-08:45Z; the 9:40 arrival for the gate induction is not the start. "
           "Contact = Reply-To recruiter (also ICS ORGANIZER); From is Greenhouse's no-reply.")
def p01() -> bytes:
    when, zone = "2026-09-09 14:12", "Europe/Amsterdam"
    body = t("""
        Hi Amandine,

        Thanks again for your interest in Maasvallei Chemicals! We're happy to confirm your
        interview for the Process Engineer - Polymer Plant (Geleen) role.

        Interview details
        -----------------
        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CEST (Europe/Amsterdam)
        On-site: Maasvallei Chemicals, Visitor Centre Gate 4, Poortweg 4, 6167 RD Geleen

        You'll meet:
        - Ruud Verstappen, Plant Manager PE-3
        - Femke Dijkstra, Talent Acquisition

        Our site has a short safety induction at the gate (about 15 minutes), so please plan to
        arrive at 9:40 AM and bring a valid ID card or passport.

        A calendar invitation is attached. If anything changes, simply reply to this email.

        Kind regards,
        Femke Dijkstra
        Talent Acquisition | Maasvallei Chemicals B.V.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Amandine,</p>
        <p>Thanks again for your interest in Maasvallei Chemicals! We&#39;re happy to confirm your
        interview for the <b>Process Engineer - Polymer Plant (Geleen)</b> role.</p>
        <table cellpadding="4" style="border-collapse:collapse;border:1px solid #d0d7de">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:45 AM CEST (Europe/Amsterdam)</td></tr>
        <tr><td><b>Where</b></td><td>Maasvallei Chemicals, Visitor Centre Gate 4<br>Poortweg 4, 6167 RD Geleen</td></tr>
        <tr><td><b>With</b></td><td>Ruud Verstappen, Plant Manager PE-3<br>Femke Dijkstra, Talent Acquisition</td></tr>
        </table>
        <p>Our site has a short safety induction at the gate (about 15 minutes), so please plan to
        arrive at 9:40 AM and bring a valid ID card or passport.</p>
        <p>A calendar invitation is attached. If anything changes, simply reply to this email.</p>
        <p>Kind regards,<br>Femke Dijkstra<br>Talent Acquisition | Maasvallei Chemicals B.V.</p>
        <img src="https://app.greenhouse.io/o/3f9d2c1a7b" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{AMS}
BEGIN:VEVENT
UID:gh-interview-7731904-002@greenhouse.io
DTSTAMP:20260909T121200Z
DTSTART;TZID=Europe/Amsterdam:20260915T100000
DTEND;TZID=Europe/Amsterdam:20260915T104500
SUMMARY:Interview: Amandine Lejeune - Process Engineer - Polymer Plant
LOCATION:Maasvallei Chemicals\\, Visitor Centre Gate 4\\, Poortweg 4\\, 6167 RD Geleen
ORGANIZER;CN=Femke Dijkstra:mailto:femke.dijkstra@maasvallei-chemicals.nl
ATTENDEE;CN=Amandine Lejeune;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from o7.ptr4821.us.greenhouse-mail.io (o7.ptr4821.us.greenhouse-mail.io [149.72.31.118])",
            when, zone, "4gK2wT1zQ9"),
        ("From", addr("Femke Dijkstra", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke Dijkstra", "femke.dijkstra@maasvallei-chemicals.nl")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Process Engineer - Polymer Plant (Geleen)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<Xk3vQ0pLRw2b7Jc1hE5y9A@geopod-ismtpd-4-12>"),
        ("X-SG-EID", "u001.wF3xP8bQ2mZrT6yK0dLs4HcVn"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, disposition="attachment", filename="interview.ics")))


@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-22T07:30:00Z", end="2026-09-22T09:00:00Z",
      contact="b.collignon@verrerie-mosane.be", company="Verrerie Mosane SA",
      local="Tue 2026-09-22 09:30", local_end="2026-09-22 11:00", zone="Europe/Brussels",
      days=(("Sun", "2026-09-20"), ("Fri", "2026-09-18")),
      note="HR manager's reply, 'demain à 9h30' resolved against the Date (Mon 21 Sep 2026, 08:47 "
           "CEST) -> Tue 22 Sep 09:30 CEST = 07:30Z. 'L'entretien dure nonante minutes' is an exact "
           "length (Belgian nonante = 90) -> end 11:00 CEST = 09:00Z. iso-8859-1 quoted-printable, "
           "text only, Outlook-style quoted thread.")
def p02() -> bytes:
    when, zone = "2026-09-21 08:47", "Europe/Brussels"
    body = t("""
        Bonjour Madame Lejeune,

        Merci pour votre retour rapide.

        Je vous confirme donc notre entretien demain à 9h30 dans nos bureaux de Seraing (rue de la
        Verrerie 41, entrée visiteurs côté parking). Vous serez reçue par M. Jacques Renson,
        directeur de production, et moi-même.

        L'entretien dure nonante minutes, visite de la ligne de trempe comprise : prévoyez des
        chaussures fermées, nous vous fournirons casque et lunettes.

        En cas d'imprévu, vous pouvez me joindre au 04/337.70.92.

        Au plaisir de vous rencontrer,

        Bernadette Collignon
        Responsable Ressources humaines
        Verrerie Mosane SA
        Rue de la Verrerie 41 - 4100 Seraing
        Tél. +32 4 337 70 92

        -----Message d'origine-----
        De : Amandine Lejeune <amandine.lejeune@example.org>
        Envoyé : dimanche 20 septembre 2026 21:32
        À : Bernadette Collignon <b.collignon@verrerie-mosane.be>
        Objet : RE: Candidature Ingénieur(e) procédés - réf. VM-2609

        Bonjour Madame Collignon,

        Mardi matin me convient très bien, merci.

        Bien à vous,
        Amandine Lejeune

        -----Message d'origine-----
        De : Bernadette Collignon <b.collignon@verrerie-mosane.be>
        Envoyé : vendredi 18 septembre 2026 15:04
        À : Amandine Lejeune <amandine.lejeune@example.org>
        Objet : Candidature Ingénieur(e) procédés - réf. VM-2609

        Bonjour Madame Lejeune,

        Votre candidature a retenu toute notre attention. Seriez-vous disponible mardi matin pour
        un entretien sur site, par exemple à 9h30 ?

        Bien cordialement,
        Bernadette Collignon
        """)
    headers = [
        rcv("from mail.verrerie-mosane.be (mail.verrerie-mosane.be [193.190.77.14])", when, zone,
            "7D1C2A0F3B"),
        ("From", addr("Collignon Bernadette", "b.collignon@verrerie-mosane.be")),
        ("To", ME_TO),
        ("Subject", "RE: Candidature Ingénieur(e) procédés - réf. VM-2609"),
        ("Date", date(when, zone)),
        ("Message-ID", "<000b01dc2a1f$4e8c2d10$eba48730$@verrerie-mosane.be>"),
        ("In-Reply-To", "<a7c1e0f2-55b3-4c8d-9e1a-2f0b3d4c5e6f@example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHcKh9OjC0Q6aSHMOuk4XcAAbC1zQ=="),
        ("Content-Language", "fr-be"),
    ]
    return message([(k, enc(v, "iso-8859-1") if k == "Subject" else v) for k, v in headers],
                   text(body, charset="iso-8859-1"))


@mail(n(3), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-10-01T11:30:00Z", end="2026-10-01T12:30:00Z",
      contact="jana.hoffmann@rurtal-vt.de", company="Rurtal Verfahrenstechnik GmbH",
      local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:30", zone="Europe/Berlin",
      note="Personio invitation in German, HTML only (base64): 'Donnerstag, 01.10.2026, 13:30 - 14:30 "
           "Uhr' in Aachen (MESZ, UTC+2) -> 11:30Z-12:30Z. From is Personio's no-reply and Reply-To "
           "the shared bewerbung@ mailbox; contact = the HR person's address written in the body.")
def p03() -> bytes:
    when, zone = "2026-09-25 11:05", "Europe/Berlin"
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td>
        <p><img src="https://rurtal-vt.jobs.personio.de/logo.png" alt="Rurtal Verfahrenstechnik" height="40"></p>
        <p>Sehr geehrte Frau Lejeune,</p>
        <p>vielen Dank f&uuml;r Ihre Bewerbung als <strong>Prozessingenieur (m/w/d) Thermische Trennverfahren</strong>
        und das angenehme Telefonat in der vergangenen Woche.</p>
        <p>Gerne best&auml;tigen wir Ihnen den Termin f&uuml;r das pers&ouml;nliche Vorstellungsgespr&auml;ch:</p>
        <table cellpadding="3" style="font-size:15px">
        <tr><td>Datum:</td><td><strong>Donnerstag, 01.10.2026</strong></td></tr>
        <tr><td>Uhrzeit:</td><td><strong>13:30 &ndash; 14:30 Uhr</strong></td></tr>
        <tr><td>Ort:</td><td>Rurtal Verfahrenstechnik GmbH, Geb&auml;ude C, Empfang<br>Kalkofenweg 18, 52070 Aachen</td></tr>
        <tr><td>Gespr&auml;chspartner:</td><td>Dr. Stefan Krings (Leitung Verfahrenstechnik)<br>Jana Hoffmann (Personal)</td></tr>
        </table>
        <p>Parkpl&auml;tze f&uuml;r Besucher finden Sie direkt vor Geb&auml;ude C. Bitte melden Sie sich
        etwa zehn Minuten vorher am Empfang.</p>
        <p>Bei R&uuml;ckfragen erreichen Sie mich unter
        <a href="mailto:jana.hoffmann@rurtal-vt.de">jana.hoffmann@rurtal-vt.de</a> oder +49 241 98 77 31-12.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Jana Hoffmann<br>Personal &amp; Recruiting<br>
        Rurtal Verfahrenstechnik GmbH</p>
        <hr style="border:0;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#888">Diese Nachricht wurde &uuml;ber Personio versendet.
        Informationen zum Datenschutz finden Sie in unserer Datenschutzerkl&auml;rung f&uuml;r Bewerbende.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        rcv("from mta-eu1.personio.de (mta-eu1.personio.de [52.57.118.203])", when, zone, "2B7F91C04D"),
        ("From", addr("Rurtal Verfahrenstechnik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", "bewerbung@rurtal-vt.de"),
        ("To", ME_TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Prozessingenieur (m/w/d) Aachen")),
        ("Date", date(when, zone)),
        ("Message-ID", "<0102019a7c1d5e3f-6b2e-4f11-a8d0-33c9e1f7b2d4-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Application-Id", "4418201"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T14:00:00Z", end="2026-10-26T14:30:00Z",
      contact="dana.whitfield@corvanebio.com", company="Corvane Bio",
      local="Mon 2026-10-26 15:00", local_end="2026-10-26 15:30", zone="Europe/Brussels",
      note="Calendly invitee confirmation sent Fri 23 Oct in CEST; the interview is Mon 26 Oct, the day "
           "after Europe goes back to CET, 3:00pm-3:30pm Central European Time = 14:00Z-14:30Z (not "
           "13:00Z). ICS in UTC. Contact = Reply-To host (also ORGANIZER).")
def p04() -> bytes:
    when, zone = "2026-10-23 17:20", "Europe/Brussels"
    body = t("""
        Hi Amandine Lejeune,

        Your Process Development Engineer - first interview with Dana Whitfield at 03:00pm
        (Central European Time) on Monday, October 26, 2026 is scheduled.

        Event Type:
        Process Development Engineer - first interview (30 min)

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) on Monday, October 26, 2026

        Location:
        This is a Zoom web conference. Join here:
        https://corvanebio.zoom.us/j/86310457729?pwd=Q2h4dUtqR0xMcnp0d0ZQ

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Happy to walk you through the fed-batch scale-up project I mentioned in my cover letter.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c0b1e52-2f9a-4d6e-8b41-0a9e3f6d2c17
        Reschedule: https://calendly.com/reschedulings/7c0b1e52-2f9a-4d6e-8b41-0a9e3f6d2c17

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Amandine Lejeune,</p>
        <p>Your <b>Process Development Engineer - first interview</b> with <b>Dana Whitfield</b> at
        03:00pm (Central European Time) on Monday, October 26, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Process Development Engineer - first interview (30 min)</p>
        <p><b>Event Date/Time:</b><br>03:00pm - 03:30pm (Central European Time) on Monday, October 26, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.
        <a href="https://corvanebio.zoom.us/j/86310457729?pwd=Q2h4dUtqR0xMcnp0d0ZQ">Join here</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Happy to walk you through the fed-batch scale-up project I mentioned in my cover letter.</p>
        <p><a href="https://calendly.com/cancellations/7c0b1e52-2f9a-4d6e-8b41-0a9e3f6d2c17">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c0b1e52-2f9a-4d6e-8b41-0a9e3f6d2c17">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7c0b1e52-2f9a-4d6e-8b41-0a9e3f6d2c17@calendly.com
DTSTAMP:20261023T152000Z
DTSTART:20261026T140000Z
DTEND:20261026T143000Z
SUMMARY:Process Development Engineer - first interview between Dana Whitfield and Amandine Lejeune
LOCATION:https://corvanebio.zoom.us/j/86310457729?pwd=Q2h4dUtqR0xMcnp0d0ZQ
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@corvanebio.com
ATTENDEE;CN=Amandine Lejeune;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-210.calendly.com (mail-210.calendly.com [198.2.180.210])", when, zone, "5E0A33B71C"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@corvanebio.com")),
        ("To", ME),
        ("Subject", "New Event: Dana Whitfield - 03:00pm Mon, Oct 26, 2026 - Process Development Engineer "
                    "- first interview"),
        ("Date", date(when, zone)),
        ("Message-ID", "<6538c1f0a2e4d_1b7e3f8a42c1d9@calendly-mailer-7d9f.mail>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, disposition="attachment", filename="invite.ics", cte="8bit")))


@mail(n(5), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z",
      contact="sarah.vandenabeele@senne-sablon.be", company="Laboratoires Senne & Sablon SA",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="Europe/Brussels",
      note="Workday notification in French, HTML only (quoted-printable): 'mardi 10 novembre 2026, "
           "10:00 - 11:00 (GMT+01:00) Bruxelles' = CET -> 09:00Z-10:00Z. Sender is the tenant "
           "mailbox; contact = recruiter address in the body.")
def p05() -> bytes:
    when, zone = "2026-11-03 09:31", "Europe/Brussels"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Bonjour Amandine,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Ingénieur(e) procédés - Production stérile (R-04417)</b>.</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Date :</b></td><td>mardi 10 novembre 2026</td></tr>
        <tr><td><b>Heure :</b></td><td>10:00 - 11:00 (GMT+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td><b>Lieu :</b></td><td>Laboratoires Senne &amp; Sablon, Quai des Usines 112, 1000 Bruxelles - accueil bâtiment A</td></tr>
        <tr><td><b>Intervenants :</b></td><td>Koen Peeters (Head of Manufacturing Science &amp; Technology), Sarah Vandenabeele (Talent Acquisition)</td></tr>
        </table>
        <p>Merci de vous munir de votre carte d'identité. Pour toute question, contactez votre
        recruteuse, Sarah Vandenabeele (<a href="mailto:sarah.vandenabeele@senne-sablon.be">sarah.vandenabeele@senne-sablon.be</a>).</p>
        <p>Vous pouvez également consulter vos tâches en attente dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/senneetsablon/Carrieres">Espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition<br>Laboratoires Senne &amp; Sablon SA</p>
        <p style="color:#777;font-size:11px">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </div>
        </body></html>
        """)
    headers = [
        rcv("from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [216.66.104.27])", when, zone,
            "A90E4C2D71"),
        ("From", addr("Laboratoires Senne & Sablon", "senneetsablon@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Entretien programmé : Ingénieur(e) procédés – Production stérile (R-04417)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<1738922140.44871.1793694660021@wd3-impl-svc17.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(page))


@mail(n(6), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T08:30:00Z", end="2026-11-12T09:30:00Z",
      contact="katrin.strauss@epsa-agency.eu", company="European Process Safety Agency (EPSA)",
      local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:30", zone="Europe/Luxembourg",
      days=(("Mon", "2026-11-02"),),
      note="Exchange/Teams meeting request from an EU agency in Luxembourg; the body has only Teams "
           "boilerplate, the time is only in the ICS: DTSTART;TZID=W. Europe Standard Time 09:30-10:30 "
           "(CET in November) -> 08:30Z-09:30Z. Contact = human ORGANIZER/sender.")
def p06() -> bytes:
    when, zone = "2026-11-04 15:44", "Europe/Luxembourg"
    body = t("""
        Dear Ms Lejeune,

        Further to our e-mail of Monday 2 November, please find below the Microsoft Teams
        invitation for your interview for the post of Process Safety Officer
        (EPSA/TA/AD6/2026/011). Please accept the meeting so that it appears in your calendar,
        and connect a few minutes early to test your camera and microphone.

        The interview will be held in English. Please have your identity document at hand.

        Kind regards,

        Katrin STRAUSS
        Selection Secretariat | Human Resources Unit
        European Process Safety Agency (EPSA)
        Luxembourg

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4YjQ1ZTMtYzFhNC00OWRkLWI2OGUtODQ0ZGQ0YjI3ZWFm%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>
        Meeting ID: 384 221 907 615
        Passcode: Xb7qT2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-GB" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Dear Ms Lejeune,</p>
        <p class="MsoNormal">Further to our e-mail of Monday 2 November, please find below the Microsoft Teams
        invitation for your interview for the post of Process Safety Officer (EPSA/TA/AD6/2026/011).
        Please accept the meeting so that it appears in your calendar, and connect a few minutes early
        to test your camera and microphone.</p>
        <p class="MsoNormal">The interview will be held in English. Please have your identity document at hand.</p>
        <p class="MsoNormal">Kind regards,</p>
        <p class="MsoNormal"><b>Katrin STRAUSS</b><br>Selection Secretariat | Human Resources Unit<br>
        European Process Safety Agency (EPSA)<br>Luxembourg</p>
        <div style="margin-bottom:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt;font-family:'Segoe UI'">Microsoft Teams meeting</span><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4YjQ1ZTMtYzFhNC00OWRkLWI2OGUtODQ0ZGQ0YjI3ZWFm%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d">Click here to join the meeting</a><br>
        Meeting ID: 384 221 907 615<br>Passcode: Xb7qT2<br>
        <a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> |
        <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a><br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="STRAUSS Katrin (EPSA)":mailto:katrin.strauss@epsa-agency.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amandine Lejeune:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MOREIRA Joao (EPSA)":mailto:joao.moreira@epsa-agency.eu
DESCRIPTION;LANGUAGE=en-US:Dear Ms Lejeune\\,\\n\\nFurther to our e-mail of Monday 2 November\\, please find below the Microsoft Teams invitation for your interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C3D1F5274EDD01000000000000000010000000A3F2
SUMMARY;LANGUAGE=en-US:Interview - Process Safety Officer (EPSA/TA/AD6/2026/011) - LEJEUNE Amandine
DTSTART;TZID=W. Europe Standard Time:20261112T093000
DTEND;TZID=W. Europe Standard Time:20261112T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T144400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
"""
    headers = [
        rcv("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection"
            ".outlook.com [40.107.21.112])", when, zone, "C31F0B9E22"),
        ("From", addr("STRAUSS Katrin (EPSA)", "katrin.strauss@epsa-agency.eu")),
        ("To", ME_TO),
        ("CC", addr("MOREIRA Joao (EPSA)", "joao.moreira@epsa-agency.eu")),
        ("Subject", "Interview - Process Safety Officer (EPSA/TA/AD6/2026/011) - LEJEUNE Amandine"),
        ("Thread-Topic", "Interview - Process Safety Officer (EPSA/TA/AD6/2026/011) - LEJEUNE Amandine"),
        ("Thread-Index", "AdxM8R2qk7w0Xy1TQ2W3n9dYc4Vb0A=="),
        ("Date", date(when, zone)),
        ("Message-ID", "<AM9PR09MB48727C1E0D2F4A6B9E83C5A1D4882@AM9PR09MB4872.eurprd09.prod.outlook.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="lever", lang="fr", interview=True, kind="scheduled",
      start="2026-09-30T14:00:00Z", end="2026-09-30T14:30:00Z",
      contact="lucie.dethier@sambre-h2.be", company="Sambre H2 SRL",
      local="Wed 2026-09-30 16:00", local_end="2026-09-30 16:30", zone="Europe/Brussels",
      note="Lever confirmation in French: 'mercredi 30 septembre 2026, 16:00 - 16:30 (heure de "
           "Bruxelles)' = CEST -> 14:00Z-14:30Z. From Lever's no-reply; contact = Reply-To recruiter.")
def p07() -> bytes:
    when, zone = "2026-09-24 10:02", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Votre entretien avec Sambre H2 est confirmé.

        Poste : Ingénieur·e procédés - Électrolyse (Namur / Charleroi)
        Quand : mercredi 30 septembre 2026, 16:00 - 16:30 (heure de Bruxelles)
        Où : Google Meet - https://meet.google.com/vkd-qhzt-pwe
        Avec : Lucie Dethier (Talent Partner) et Arnaud Pirson (Lead Process Engineer)

        Ce premier échange porte surtout sur votre parcours et sur le projet d'électrolyseur de
        Farciennes. Pas besoin de préparer de présentation.

        Un empêchement ? Répondez simplement à ce message.

        À bientôt,
        Lucie Dethier
        Sambre H2

        --
        Envoyé via Lever · Politique de confidentialité : https://www.sambre-h2.be/privacy
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Amandine,</p>
        <p>Votre entretien avec <strong>Sambre H2</strong> est confirmé.</p>
        <p><strong>Poste :</strong> Ingénieur·e procédés - Électrolyse (Namur / Charleroi)<br>
        <strong>Quand :</strong> mercredi 30 septembre 2026, 16:00 - 16:30 (heure de Bruxelles)<br>
        <strong>Où :</strong> <a href="https://meet.google.com/vkd-qhzt-pwe">Google Meet</a><br>
        <strong>Avec :</strong> Lucie Dethier (Talent Partner) et Arnaud Pirson (Lead Process Engineer)</p>
        <p>Ce premier échange porte surtout sur votre parcours et sur le projet d'électrolyseur de
        Farciennes. Pas besoin de préparer de présentation.</p>
        <p>Un empêchement ? Répondez simplement à ce message.</p>
        <p>À bientôt,<br>Lucie Dethier<br>Sambre H2</p>
        <p style="color:#999;font-size:11px">Envoyé via Lever</p>
        </div>
        """)
    headers = [
        rcv("from mail-a12.hire.lever.co (mail-a12.hire.lever.co [54.240.48.12])", when, zone, "F1B84E0A93"),
        ("From", addr("Lucie Dethier", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Lucie Dethier", "lucie.dethier@sambre-h2.be")),
        ("To", ME_TO),
        ("Subject", enc("Entretien confirmé – Sambre H2")),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019279b3c6a1-e4f0a2d8-1c3b-4a77-9f20-5d6e7c8b9a01-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T08:00:00Z", end="2026-10-08T09:00:00Z",
      contact="olivier.renard@hesbaye-biogaz.be", company="Hesbaye Biogaz SA",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone="Europe/Brussels",
      note="Google Calendar invitation in French: 'jeu. 8 oct. 2026 10:00 - 11:00 (CEST)', TZID "
           "Europe/Brussels -> 08:00Z-09:00Z. Contact = ORGANIZER (technical director).")
def p08() -> bytes:
    when, zone = "2026-10-01 14:20", "Europe/Brussels"
    body = t("""
        Entretien - Amandine Lejeune / Hesbaye Biogaz
        jeudi 8 octobre 2026 ⋅ 10:00 – 11:00
        Heure d'été d'Europe centrale - Bruxelles

        Lieu
        Hesbaye Biogaz, Chaussée Romaine 410, 4300 Waremme
        https://www.google.com/maps/search/Chauss%C3%A9e+Romaine+410,+4300+Waremme

        Visite de l'unité de biométhanisation puis entretien avec Olivier Renard (directeur
        technique) et Sophie Lhoest (RH). Bottes de sécurité fournies sur place.

        Invités
        Olivier Renard - organisateur
        amandine.lejeune@example.org
        sophie.lhoest@hesbaye-biogaz.be
        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=M2Q0ZmE

        Répondre pour amandine.lejeune@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q0ZmE&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q0ZmE&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q0ZmE&rst=3

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité à l'événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le. Pour en savoir plus, consultez
        https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Entretien - Amandine Lejeune / Hesbaye Biogaz</h2>
        <div>jeudi 8 octobre 2026 &sdot; 10:00 &ndash; 11:00 (Heure d&#39;été d&#39;Europe centrale - Bruxelles)</div>
        <h3>Lieu</h3><div>Hesbaye Biogaz, Chaussée Romaine 410, 4300 Waremme</div>
        <div style="margin-top:12px">Visite de l&#39;unité de biométhanisation puis entretien avec Olivier Renard
        (directeur technique) et Sophie Lhoest (RH). Bottes de sécurité fournies sur place.</div>
        <h3>Invités</h3>
        <div>Olivier Renard <span style="color:#70757a">- organisateur</span></div>
        <div>amandine.lejeune@example.org</div><div>sophie.lhoest@hesbaye-biogaz.be</div>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Q0ZmE&amp;rst=1">Oui</a>
        &nbsp;<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Q0ZmE&amp;rst=2">Non</a>
        &nbsp;<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Q0ZmE&amp;rst=3">Peut-être</a></p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BRU}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261008T100000
DTEND;TZID=Europe/Brussels:20261008T110000
DTSTAMP:20261001T122000Z
ORGANIZER;CN=Olivier Renard:mailto:olivier.renard@hesbaye-biogaz.be
UID:3d4fa1c07b9e2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivier Renard;X-NUM-GUESTS=0:mailto:olivier.renard@hesbaye-biogaz.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sophie.lhoest@hesbaye-biogaz.be;X-NUM-GUESTS=0:mailto:sophie.lhoest@hesbaye-biogaz.be
CREATED:20261001T121900Z
DESCRIPTION:Visite de l'unité de biométhanisation puis entretien avec Olivier Renard (directeur technique) et Sophie Lhoest (RH). Bottes de sécurité fournies sur place.
LAST-MODIFIED:20261001T122000Z
LOCATION:Hesbaye Biogaz\\, Chaussée Romaine 410\\, 4300 Waremme
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Amandine Lejeune / Hesbaye Biogaz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, zone, "8C2D5F1E07"),
        ("From", addr("Olivier Renard", "olivier.renard@hesbaye-biogaz.be")),
        ("Reply-To", "olivier.renard@hesbaye-biogaz.be"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien - Amandine Lejeune / Hesbaye Biogaz @ jeu. 8 oct. 2026 "
                        "10:00 - 11:00 (CEST) (amandine.lejeune@example.org)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-7e1b2c3d-4f5a-46b7-8c9d-0e1f2a3b4c5d@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-10-22T12:00:00Z", end=None,
      contact="maxime@citadelle-procedes.be", company="Citadelle Procédés SRL",
      local="Thu 2026-10-22 14:00", zone="Europe/Brussels",
      note="Hiring manager's one-line reply from his phone, tu: 'Va pour jeudi 14h' resolved against "
           "the Date (Mon 19 Oct 2026, 21:14 CEST) -> Thu 22 Oct 14:00 CEST = 12:00Z (still summer "
           "time, the switch is on the 25th). 'Prévois une petite heure' is approximate -> end null. "
           "The proposal and the candidate's '14h ça irait ?' are only in the quoted thread.")
def p09() -> bytes:
    when, zone = "2026-10-19 21:14", "Europe/Brussels"
    body = t("""
        Top ! Va pour jeudi 14h alors, dans nos bureaux à Jambes (av. de la Plante 9, 2e étage,
        sonnez chez Citadelle). Je serai avec Célia notre responsable labo. Prévois une petite
        heure, ont te fera visiter le pilote.

        A jeudi !
        Max

        Envoyé de mon iPhone

        > Le 19 oct. 2026 à 18:02, Amandine Lejeune <amandine.lejeune@example.org> a écrit :
        >
        > Salut Maxime,
        >
        > Merci pour ton message ! Jeudi après-midi m'arrange mieux, 14h ça irait ?
        > Sinon vendredi matin c'est possible aussi.
        >
        > Amandine
        >
        >> Le 18 oct. 2026 à 20:47, Maxime Dubois <maxime@citadelle-procedes.be> a écrit :
        >>
        >> Hello Amandine,
        >> Comme dit au salon mardi, ça me ferait plaisir qu'on se voie pour parler du poste
        >> d'ingé procédés. T'es dispo jeudi ou vendredi cette semaine?
        >> Max
        """)
    headers = [
        rcv("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", when, zone, "0E6A9C3B55"),
        ("From", addr("Maxime Dubois", "maxime@citadelle-procedes.be")),
        ("To", ME_TO),
        ("Subject", enc("Re: Poste ingé procédés chez Citadelle")),
        ("Date", date(when, zone)),
        ("Message-ID", "<6F2E1B0A-9C8D-4E7F-A1B2-C3D4E5F60718@citadelle-procedes.be>"),
        ("In-Reply-To", "<d91f6a2c-4b3e-48a0-b5c7-e8f90a1b2c3d@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body))


@mail(n(10), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-16T10:00:00Z", end="2026-11-16T10:45:00Z",
      contact="claire.weber@alzette-materials.lu", company="Alzette Materials S.A.",
      local="Mon 2026-11-16 11:00", local_end="2026-11-16 11:45", zone="Europe/Luxembourg",
      note="Teamtailor booking confirmation in French, base64 text+HTML: 'lundi 16 novembre 2026, 11:00 "
           "(heure de Luxembourg, CET), durée : 45 minutes' -> 10:00Z-10:45Z. Reply-To is a "
           "Teamtailor relay; contact = the recruiter's address in the body.")
def p10() -> bytes:
    when, zone = "2026-11-10 16:03", "Europe/Luxembourg"
    body = t("""
        Bonjour Amandine,

        Merci d'avoir réservé un créneau ! Voici le récapitulatif de votre entretien vidéo pour le
        poste de Process Engineer - Coatings (Foetz) :

        Date : lundi 16 novembre 2026
        Heure : 11:00 (heure de Luxembourg, CET) - durée : 45 minutes
        Lieu : Microsoft Teams - le lien vous sera envoyé la veille
        Avec : Claire Weber, Talent Acquisition Partner, et Marc Schmit, Plant Engineering Manager

        Pour toute question, écrivez directement à Claire : claire.weber@alzette-materials.lu

        Bonne préparation,
        L'équipe Alzette Materials

        --
        Vous recevez cet e-mail parce que vous avez postulé chez Alzette Materials.
        Gérer mes données : https://alzette-materials.teamtailor.com/connect/candidate/a7f3
        """)
    page = t("""
        <!doctype html><html><body style="background:#f7f7f8;margin:0">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#18181b">
        <p>Bonjour Amandine,</p>
        <p>Merci d'avoir réservé un créneau&nbsp;! Voici le récapitulatif de votre entretien vidéo pour le
        poste de <strong>Process Engineer - Coatings (Foetz)</strong>&nbsp;:</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <div>&#128197; lundi 16 novembre 2026</div>
        <div>&#128339; 11:00 (heure de Luxembourg, CET) &middot; 45 minutes</div>
        <div>&#128205; Microsoft Teams &ndash; le lien vous sera envoyé la veille</div>
        <div>&#128100; Claire Weber, Talent Acquisition Partner, et Marc Schmit, Plant Engineering Manager</div>
        </div>
        <p>Pour toute question, écrivez directement à Claire&nbsp;:
        <a href="mailto:claire.weber@alzette-materials.lu">claire.weber@alzette-materials.lu</a></p>
        <p>Bonne préparation,<br>L'équipe Alzette Materials</p>
        <p style="font-size:12px;color:#71717a">Vous recevez cet e-mail parce que vous avez postulé chez Alzette Materials.
        <a href="https://alzette-materials.teamtailor.com/connect/candidate/a7f3">Gérer mes données</a></p>
        </div></body></html>
        """)
    headers = [
        rcv("from m42-118.mailgun.net (m42-118.mailgun.net [69.72.42.118])", when, zone, "3A7C0D2E98"),
        ("From", addr("Alzette Materials", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c4e81d2f9a7b@teamtailor-mail.com"),
        ("To", ME),
        ("Subject", enc("Votre entretien avec Alzette Materials est confirmé")),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261110150300.1.8F3A2C7E1D0B9A64@teamtailor-mail.com>"),
        ("X-Mailgun-Tag", "candidate-interview-booked"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(11), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-10-20T12:30:00Z", end="2026-10-20T13:15:00Z",
      contact="nathalie.goffin@flagey-engineering.be", company="Atelier Flagey Engineering",
      local="Tue 2026-10-20 14:30", local_end="2026-10-20 15:15", zone="Europe/Brussels",
      note="Microsoft Bookings confirmation in French. The body's zone label '(UTC+01:00) Bruxelles, "
           "Copenhague, Madrid, Paris' shows the standard offset, but 20 Oct is still summer time: "
           "14:30 CEST = 12:30Z (the ICS, TZID Romance Standard Time, agrees). Service length '45 "
           "minutes' is exact -> end 13:15Z. Sender is the Bookings mailbox; contact = staff "
           "member's address in the body.")
def p11() -> bytes:
    when, zone = "2026-10-14 12:10", "Europe/Brussels"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
        <div style="font-size:20px;font-weight:600">Atelier Flagey Engineering</div>
        <p>Bonjour Amandine Lejeune,</p>
        <p>Merci d'avoir réservé avec nous. Votre réservation est confirmée.</p>
        <table cellpadding="4" style="border-left:4px solid #0078d4">
        <tr><td><b>Entretien de recrutement</b></td></tr>
        <tr><td>mardi 20 octobre 2026</td></tr>
        <tr><td>14:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>45 minutes</td></tr>
        <tr><td>Nathalie Goffin</td></tr>
        <tr><td>Rue du Belvédère 27, 1050 Ixelles</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/AtelierFlageyEngineering@flageyeng.onmicrosoft.com/bookings/">Modifier la réservation</a> |
        <a href="https://outlook.office365.com/owa/calendar/AtelierFlageyEngineering@flageyeng.onmicrosoft.com/bookings/">Annuler la réservation</a></p>
        <p><b>Informations supplémentaires</b><br>
        Vous serez reçue par Nathalie Goffin, responsable du pôle Pharma, pour un premier entretien
        sur le poste d'ingénieure procédés. Pour toute question, écrivez-lui à
        nathalie.goffin@flagey-engineering.be.</p>
        <p style="font-size:12px;color:#605e5c">Ce message a été envoyé depuis une adresse qui ne peut pas recevoir de réponses.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RST}
BEGIN:VEVENT
ORGANIZER;CN=Atelier Flagey Engineering:mailto:AtelierFlageyEngineering@flageyeng.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Amandine Lejeune:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement
DTSTART;TZID=Romance Standard Time:20261020T143000
DTEND;TZID=Romance Standard Time:20261020T151500
UID:040000008200E00074C5B7101A82E00800000000D2A7F4E1E45DDD01000000000000000010000000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Rue du Belvédère 27\\, 1050 Ixelles
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2097.outbound.protection"
            ".outlook.com [40.107.247.97])", when, zone, "6B1D8E4F20"),
        ("From", addr("Atelier Flagey Engineering", "AtelierFlageyEngineering@flageyeng.onmicrosoft.com")),
        ("To", ME_TO),
        ("Subject", enc("Réservation confirmée avec Atelier Flagey Engineering : Entretien de recrutement")),
        ("Date", date(when, zone)),
        ("Message-ID", "<DB9PR02MB7366A5E9C1F04B2D8E7A6C31F2B02@DB9PR02MB7366.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(headers, mixed(html(page), calendar(ics, cte="base64", disposition="attachment",
                                                       filename="invite.ics", name_param=True)))


@mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T14:00:00Z", end="2026-12-01T14:45:00Z",
      contact="jordan.pike@northlakesep.com", company="Northlake Separation Technologies",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="America/New_York",
      note="Ashby confirmation for a US company hiring a remote EU engineer: 9:00-9:45 AM EST, also "
           "shown as 3:00-3:45 PM CET -> 14:00Z-14:45Z. ICS TZID America/New_York. Contact = Reply-To "
           "recruiter (also ORGANIZER). Follows the self-scheduling link of the same thread.")
def p12() -> bytes:
    when, zone = "2026-11-25 18:40", "Europe/Brussels"
    body = t("""
        Hi Amandine,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, December 1, 2026
        9:00 AM - 9:45 AM EST (3:00 PM - 3:45 PM CET, your time zone)
        Google Meet: https://meet.google.com/nsp-rqwe-kzt

        Hiring Manager Interview - Senior Process Engineer, Membranes (Remote EU)
          Priya Anand - Director of Process Engineering

        Questions? Just reply and it will reach Jordan Pike.

        Thanks,
        Northlake Separation Technologies Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Amandine,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, December 1, 2026</strong><br>
        9:00 AM &ndash; 9:45 AM EST (3:00 PM &ndash; 3:45 PM CET, your time zone)<br>
        <a href="https://meet.google.com/nsp-rqwe-kzt">Google Meet</a></p>
        <p>Hiring Manager Interview &ndash; Senior Process Engineer, Membranes (Remote EU)<br>
        &nbsp;&nbsp;Priya Anand &mdash; Director of Process Engineering</p>
        <p>Questions? Just reply and it will reach Jordan Pike.</p>
        <p>Thanks,<br>Northlake Separation Technologies Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:b41e7c90-3f2a-4d18-9e6b-7a5c2d0f8e13
DTSTAMP:20261125T174000Z
DTSTART;TZID=America/New_York:20261201T090000
DTEND;TZID=America/New_York:20261201T094500
SEQUENCE:0
SUMMARY:Northlake Separation Technologies - Hiring Manager Interview (Amandine Lejeune)
LOCATION:https://meet.google.com/nsp-rqwe-kzt
ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@northlakesep.com
ATTENDEE;CN=Amandine Lejeune;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", when, zone,
            "9F4B2A6C13"),
        ("From", addr("Northlake Separation Technologies", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jordan Pike", "jordan.pike@northlakesep.com")),
        ("To", ME_TO),
        ("Subject", "Interview confirmed: Senior Process Engineer, Membranes (Remote EU) at Northlake "
                    "Separation Technologies"),
        ("Date", date(when, zone)),
        ("Message-ID", "<010001936c2e7d41-5a9b0c3e-77d1-4f2b-8e60-1c2d3e4f5a6b-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, cte="base64", disposition="attachment", filename="invite.ics")))


def _p13_inner() -> bytes:
    when, zone = "2026-10-30 17:02", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Comme convenu par téléphone, je vous confirme l'entretien avec notre client Chaux de Wanze :

          vendredi 6/11 à 10h
          site de Wanze, rue de la Carrière 3, 4520 Wanze (accueil administratif, bâtiment en briques
          à gauche de la bascule)
          avec M. Didier Hody (directeur d'usine) et Mme Anne Lejoly (RH)

        Comptez 1h à 1h30, ils vous feront probablement visiter les fours. Je vous appelle lundi en
        fin de journée pour qu'on prépare ensemble.

        Bonne fin de semaine,

        Sébastien Lambotte
        Consultant senior - Industrie & Engineering
        Meuse Talent | Boulevard de la Sauvenière 88, 4000 Liège
        +32 470 51 22 90 - s.lambotte@meusetalent.be
        """)
    headers = [
        ("From", addr("Sébastien Lambotte", "s.lambotte@meusetalent.be")),
        ("To", addr("Amandine Lejeune", "amandine.lejeune@example.net")),
        ("Subject", enc("Confirmation entretien Chaux de Wanze - vendredi 6/11 à 10h")),
        ("Date", date(when, zone)),
        ("Message-ID", "<VI1PR08MB5325D0E4F3A2B1C9@VI1PR08MB5325.eurprd08.prod.outlook.com>"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(13), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start="2026-11-06T09:00:00Z", end=None,
      contact="s.lambotte@meusetalent.be", company="Chaux de Wanze SA",
      local="Fri 2026-11-06 10:00", zone="Europe/Brussels",
      note="The candidate forwards to her main address, as an attached message/rfc822, an agency "
           "consultant's confirmation sent to her other address: 'vendredi 6/11 à 10h' (CET, after "
           "the October switch) -> 09:00Z; 'Comptez 1h à 1h30' is a range of lengths, not an end -> "
           "null. Contact = the consultant (human sender of the forwarded mail; the outer sender is "
           "the candidate). Company = the hiring client, not the agency.")
def p13() -> bytes:
    when, zone = "2026-11-02 07:58", "Europe/Brussels"
    body = t("""
        Pour ne pas oublier - et imprimer le plan de Wanze avant vendredi.

        """)
    headers = [
        rcv("from smtp.example.net (smtp.example.net [198.51.100.24])", when, zone, "1C0F7A3E6D"),
        ("From", addr("Amandine Lejeune", "amandine.lejeune@example.net")),
        ("To", ME_TO),
        ("Subject", enc("Fwd: Confirmation entretien Chaux de Wanze - vendredi 6/11 à 10h")),
        ("Date", date(when, zone)),
        ("Message-ID", "<e2b7c4d1-08f3-4a6e-9b5c-3d2e1f0a9b8c@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(body, cte="8bit"),
                                  attached_message(_p13_inner(), "Confirmation entretien Chaux de Wanze.eml")))


@mail(n(14), family="zoom", lang="fr", interview=True, kind="scheduled",
      start="2026-11-19T15:00:00Z", end=None,
      contact="ines.marchal@bp-analytics.be", company="Brabant Process Analytics",
      local="Thu 2026-11-19 16:00", zone="Europe/Brussels",
      note="Recruiter's mail ('l'entretien technique de jeudi prochain', sent Fri 13 Nov) with a pasted "
           "French Zoom invitation 'Heure : 19 nov. 2026 04:00 PM Bruxelles' (CET) -> 15:00Z; the 10-"
           "minute presentation is not the interview length -> end null. Contact = human sender.")
def p14() -> bytes:
    when, zone = "2026-11-13 11:37", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Suite à notre échange téléphonique, voici l'invitation pour l'entretien technique de jeudi
        prochain avec Bart Claes (Head of Advanced Process Control) et moi-même.

        Prévoyez de partager votre écran : on aimerait que vous nous présentiez en 10 minutes un
        projet d'optimisation dont vous êtes fière. Le reste de l'entretien sera plus classique.

        Bien à vous,
        Inès

        Inès Marchal
        Recruitment Lead - Brabant Process Analytics
        +32 2 880 41 17

        Inès Marchal vous invite à une réunion Zoom planifiée.

        Sujet : Entretien technique - Amandine Lejeune / BPA
        Heure : 19 nov. 2026 04:00 PM Bruxelles

        Participer à la réunion Zoom
        https://bp-analytics.zoom.us/j/91827364510?pwd=bVhYQ0x3Z2tNZ1N6TnRxa2p1

        ID de réunion : 918 2736 4510
        Code secret : 482913

        ---

        Une seule touche sur l'appareil mobile
        +3228080000,,91827364510#,,,,*482913# Belgique
        +3224019940,,91827364510#,,,,*482913# Belgique

        Trouvez votre numéro local : https://bp-analytics.zoom.us/u/adKx2Pq1
        """)
    headers = [
        rcv("from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])", when, zone, "2D8E6B0F44"),
        ("From", addr("Inès Marchal", "ines.marchal@bp-analytics.be")),
        ("To", ME_TO),
        ("Subject", enc("Entretien technique BPA - invitation Zoom")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAJr8mQ1v+Xw3dP2kZf0sLq9YtN7cB4hG6eR5uA1oW2iE@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T19:30:00Z", end="2026-12-09T20:15:00Z",
      contact="aroha.ngata@waikatodairy.co.nz", company="Waikato Dairy Process Ltd",
      local="Thu 2026-12-10 08:30", local_end="2026-12-10 09:15", zone="Pacific/Auckland",
      days=(("Wed", "2026-12-09"),),
      note="Workable confirmation from a New Zealand company for a remote role: Thursday 10 December "
           "8:30-9:15am NZDT (UTC+13) = Wednesday 9 December 19:30Z-20:15Z, i.e. the previous day in "
           "UTC (and 8:30pm in Brussels, as the mail says). Reply-To is a Workable relay; contact = "
           "the recruiter's address in the signature.")
def p15() -> bytes:
    when, zone = "2026-12-03 10:15", "Pacific/Auckland"
    body = t("""
        Kia ora Amandine,

        Thanks for choosing a time - your video interview for the Process Engineer (Remote,
        Europe-based) role at Waikato Dairy Process is confirmed:

        Thursday 10 December 2026, 8:30am - 9:15am NZDT (Auckland)
        For you in Brussels this is Wednesday 9 December, 8:30pm - 9:15pm.

        Panel: Aroha Ngata (Talent & Culture) and Hamish Reid (Operations Engineering Lead)
        Link: https://waikatodairy.zoom.us/j/82219930455

        We'll talk through your evaporator and spray-drying experience, and leave time for your
        questions. If the time no longer works, please email me directly.

        Ngā mihi,
        Aroha Ngata
        Talent & Culture Advisor | Waikato Dairy Process Ltd
        aroha.ngata@waikatodairy.co.nz

        Sent via Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Kia ora Amandine,</p>
        <p>Thanks for choosing a time - your video interview for the <b>Process Engineer (Remote,
        Europe-based)</b> role at Waikato Dairy Process is confirmed:</p>
        <p><b>Thursday 10 December 2026, 8:30am - 9:15am NZDT (Auckland)</b><br>
        For you in Brussels this is Wednesday 9 December, 8:30pm - 9:15pm.</p>
        <p>Panel: Aroha Ngata (Talent &amp; Culture) and Hamish Reid (Operations Engineering Lead)<br>
        Link: <a href="https://waikatodairy.zoom.us/j/82219930455">https://waikatodairy.zoom.us/j/82219930455</a></p>
        <p>We&#39;ll talk through your evaporator and spray-drying experience, and leave time for your
        questions. If the time no longer works, please email me directly.</p>
        <p>Ngā mihi,<br>Aroha Ngata<br>Talent &amp; Culture Advisor | Waikato Dairy Process Ltd<br>
        <a href="mailto:aroha.ngata@waikatodairy.co.nz">aroha.ngata@waikatodairy.co.nz</a></p>
        <p style="color:#999;font-size:11px">Sent via Workable</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:wk-evt-5510293-88@workable.com
DTSTAMP:20261202T211500Z
DTSTART;TZID=Pacific/Auckland:20261210T083000
DTEND;TZID=Pacific/Auckland:20261210T091500
SUMMARY:Video interview: Amandine Lejeune - Process Engineer (Remote\\, Europe-based)
LOCATION:https://waikatodairy.zoom.us/j/82219930455
ORGANIZER;CN=Waikato Dairy Process:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Amandine Lejeune;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail12.workablemail.com (mail12.workablemail.com [198.21.5.112])", when, zone, "7A2E9D4C01"),
        ("From", addr("Waikato Dairy Process", "noreply@candidates.workablemail.com")),
        ("Reply-To", "waikato-dairy-process+c5d1e9@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Interview confirmed: Process Engineer (Remote, Europe-based) - Waikato Dairy Process"),
        ("Date", date(when, zone)),
        ("Message-ID", "<5f3c9e1a2b7d4_4e21a8c3b90f1@workable-mailer-7b8c.mail>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, disposition="attachment", filename="interview.ics")))


@mail(n(16), family="apple_calendar_allday", lang="fr", interview=True, kind="scheduled",
      start="2026-12-04T12:30:00Z", end=None,
      contact="jp.halleux@ateliers-vesdre.be", company="Ateliers de la Vesdre SA",
      local="Fri 2026-12-04 13:30", zone="Europe/Brussels",
      note="Small-company boss sends an iPad calendar invitation as an ALL-DAY event "
           "(DTSTART;VALUE=DATE:20261204); the time is only in his text: 'vendredi ... c'est bien à "
           "13h30', resolved against the Date (Mon 30 Nov) -> Fri 4 Dec 13:30 CET = 12:30Z. No "
           "length -> end null. Contact = human sender/ORGANIZER.")
def p16() -> bytes:
    when, zone = "2026-11-30 19:22", "Europe/Brussels"
    body = t("""
        Bonsoir Madame Lejeune,

        Comme convenu au téléphone, je vous attends vendredi à l'usine pour l'entretien. Je vous
        mets l'invitation dans votre agenda (sur toute la journée, je n'arrive jamais à régler
        l'heure sur ce machin) mais c'est bien à 13h30, à l'accueil. Demandez après moi.

        Bien à vous,

        Jean-Pierre Halleux
        Administrateur délégué
        Ateliers de la Vesdre SA
        Rue du Moulin 12, 4820 Dison

        Envoyé de mon iPad
        """)
    ics = f"""BEGIN:VCALENDAR
CALSCALE:GREGORIAN
PRODID:-//Apple Inc.//iPadOS 19.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Amandine Lejeune";CUTYPE=INDIVIDUAL;EMAIL="{ME}";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Jean-Pierre Halleux";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:jp.halleux@ateliers-vesdre.be
CREATED:20261130T182011Z
DTEND;VALUE=DATE:20261205
DTSTAMP:20261130T182158Z
DTSTART;VALUE=DATE:20261204
LAST-MODIFIED:20261130T182158Z
LOCATION:Ateliers de la Vesdre\\, Rue du Moulin 12\\, 4820 Dison
ORGANIZER;CN="Jean-Pierre Halleux":mailto:jp.halleux@ateliers-vesdre.be
SEQUENCE:0
SUMMARY:Entretien Mme Lejeune
TRANSP:TRANSPARENT
UID:8E1F0C2D-7B3A-4C59-9D6E-1A2B3C4D5E6F
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail.ateliers-vesdre.be (mail.ateliers-vesdre.be [91.183.44.210])", when, zone, "4E9B1D7A2F"),
        ("From", addr("Jean-Pierre Halleux", "jp.halleux@ateliers-vesdre.be")),
        ("To", ME_TO),
        ("Subject", "Invitation: Entretien Mme Lejeune"),
        ("Date", date(when, zone)),
        ("Message-ID", "<3C5A7E91-0B2D-4F6A-8C1E-9D0F2B4A6C8E@ateliers-vesdre.be>"),
        ("X-Mailer", "iPad Mail (23B85)"),
    ]
    return message(headers, mixed(text(body),
                                  calendar(ics, disposition="attachment", filename="invite.ics",
                                           cte="quoted-printable")))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="noor.bakker@rijnpoort-energy.nl", company="Rijnpoort Energy B.V.",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone="Europe/Amsterdam",
      days=(("Fri", "2026-10-23"),),
      note="GoodTime reschedule across the DST change: old Fri 23 Oct 3:00-4:00 PM CEST (13:00Z), new "
           "Tue 27 Oct 3:00-4:00 PM CET -> 14:00Z-15:00Z (same wall clock, one hour later in UTC). "
           "ICS SEQUENCE:1 with the new time. Contact = Reply-To coordinator (also ORGANIZER).")
def p17() -> bytes:
    when, zone = "2026-10-21 13:05", "Europe/Amsterdam"
    body = t("""
        Hi Amandine,

        Your interview with Rijnpoort Energy has been rescheduled. Please see the updated details
        below; the previous invitation is no longer valid.

        PREVIOUSLY
        Friday, October 23, 2026, 3:00 PM - 4:00 PM CEST

        NEW TIME
        Tuesday, October 27, 2026, 3:00 PM - 4:00 PM CET (Amsterdam)

        Interview: Panel interview - Process Engineer Hydrogen Systems
        Interviewers: Wouter de Graaf (Engineering Manager), Esther Mulder (Senior Process Engineer)
        Location: Microsoft Teams (link in the calendar invitation)

        Note that the Netherlands and Belgium move back to winter time on Sunday 25 October; the
        time above is already in winter time.

        If you have any questions, reply to this email to reach Noor Bakker.

        Best regards,
        Rijnpoort Energy Talent Team

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d3748">
        <p>Hi Amandine,</p>
        <p>Your interview with Rijnpoort Energy has been <b>rescheduled</b>. Please see the updated details
        below; the previous invitation is no longer valid.</p>
        <p style="color:#a0aec0"><s>Friday, October 23, 2026, 3:00 PM - 4:00 PM CEST</s></p>
        <p><b>Tuesday, October 27, 2026, 3:00 PM - 4:00 PM CET (Amsterdam)</b></p>
        <p>Interview: Panel interview - Process Engineer Hydrogen Systems<br>
        Interviewers: Wouter de Graaf (Engineering Manager), Esther Mulder (Senior Process Engineer)<br>
        Location: Microsoft Teams (link in the calendar invitation)</p>
        <p>Note that the Netherlands and Belgium move back to winter time on Sunday 25 October; the
        time above is already in winter time.</p>
        <p>If you have any questions, reply to this email to reach Noor Bakker.</p>
        <p>Best regards,<br>Rijnpoort Energy Talent Team</p>
        <p style="font-size:11px;color:#a0aec0">Powered by GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime//Hire//EN
VERSION:2.0
METHOD:REQUEST
{AMS}
BEGIN:VEVENT
UID:goodtime-3b9e71d2-rijnpoort-0042
DTSTAMP:20261021T110500Z
DTSTART;TZID=Europe/Amsterdam:20261027T150000
DTEND;TZID=Europe/Amsterdam:20261027T160000
SEQUENCE:1
SUMMARY:Rijnpoort Energy - Panel interview (Amandine Lejeune)
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rp0042
ORGANIZER;CN=Noor Bakker:mailto:noor.bakker@rijnpoort-energy.nl
ATTENDEE;CN=Amandine Lejeune;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from o3.email.goodtime.io (o3.email.goodtime.io [167.89.12.203])", when, zone, "6D3F0A8B27"),
        ("From", addr("Rijnpoort Energy Recruiting", "noreply@goodtime.io")),
        ("Reply-To", addr("Noor Bakker", "noor.bakker@rijnpoort-energy.nl")),
        ("To", ME_TO),
        ("Subject", "Rescheduled: Panel interview with Rijnpoort Energy - Tue, Oct 27, 3:00 PM CET"),
        ("Date", date(when, zone)),
        ("Message-ID", "<gt.3b9e71d2.1761044700.r1@goodtime.io>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, disposition="attachment", filename="invite.ics", cte="8bit")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-04T09:00:00Z", end=None,
      contact="thierry.gillet@ourthe-polymeres.be", company="Ourthe Polymères SA",
      local="Wed 2026-11-04 10:00", zone="Europe/Brussels",
      days=(("Tue", "2026-11-03"),),
      note="Hiring manager moves the interview himself: old 'mardi prochain 3/11 à 14h', new 'mercredi "
           "4/11 à 10h' (Belgian DD/MM, CET after 25 Oct) -> 09:00Z; 'c'est bloqué dans nos agendas' "
           "makes it fixed, the offer to find something else does not undo it. windows-1252 QP, "
           "Outlook text+HTML. Contact = human sender.")
def p18() -> bytes:
    when, zone = "2026-10-29 16:25", "Europe/Brussels"
    body = t("""
        Bonjour Madame Lejeune,

        Je suis désolé, mais je dois déplacer notre entretien de mardi prochain 3/11 à 14h : un audit
        client nous est tombé dessus en dernière minute.

        Je l'ai donc déplacé au mercredi 4/11 à 10h, même endroit (site d'Angleur, bâtiment B,
        2e étage), toujours avec Mme Closset des RH. C'est bloqué dans nos agendas ; si ça ne vous
        convenait vraiment pas, faites-moi signe et on trouvera autre chose.

        Toutes mes excuses pour ce changement,

        Thierry Gillet
        Responsable Process Engineering
        Ourthe Polymères SA - Quai des Ardennes 160, 4031 Angleur
        Tél. : +32 4 361 58 20 - GSM : +32 476 33 92 70
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR-BE"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Lejeune,</p>
        <p class="MsoNormal">Je suis désolé, mais je dois déplacer notre entretien de mardi prochain 3/11 à 14h&nbsp;:
        un audit client nous est tombé dessus en dernière minute.</p>
        <p class="MsoNormal">Je l’ai donc déplacé au <b>mercredi 4/11 à 10h</b>, même endroit (site d’Angleur,
        bâtiment B, 2<sup>e</sup> étage), toujours avec Mme Closset des RH. C’est bloqué dans nos agendas&nbsp;;
        si ça ne vous convenait vraiment pas, faites-moi signe et on trouvera autre chose.</p>
        <p class="MsoNormal">Toutes mes excuses pour ce changement,</p>
        <p class="MsoNormal"><b>Thierry Gillet</b><br>Responsable Process Engineering<br>
        Ourthe Polymères SA – Quai des Ardennes 160, 4031 Angleur<br>
        Tél.&nbsp;: +32 4 361 58 20 – GSM&nbsp;: +32 476 33 92 70</p>
        </div></body></html>
        """)
    headers = [
        rcv("from mail.ourthe-polymeres.be (mail.ourthe-polymeres.be [212.68.201.37])", when, zone,
            "9B7E2C0D16"),
        ("From", addr("Gillet Thierry", "thierry.gillet@ourthe-polymeres.be")),
        ("To", ME_TO),
        ("CC", addr("Closset Anne-Sophie", "as.closset@ourthe-polymeres.be")),
        ("Subject", enc("Entretien Ourthe Polymères - changement de date", "windows-1252")),
        ("Date", date(when, zone)),
        ("Message-ID", "<PR3PR04MB71564E2D9A1B0C8F@PR3PR04MB7156.eurprd04.prod.outlook.com>"),
        ("Content-Language", "fr-BE"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="exchange_update", lang="fr", interview=True, kind="rescheduled",
      start="2026-12-07T10:00:00Z", end="2026-12-07T11:00:00Z",
      contact="veronique.hansen@aquamosane.be", company="AquaMosane SCRL",
      local="Mon 2026-12-07 11:00", local_end="2026-12-07 12:00", zone="Europe/Brussels",
      note="Exchange meeting update (SEQUENCE:1) in French: 'déplacé de 9h00 à 11h00 (même jour, lundi 7 "
           "décembre)', 'Quand : lundi 7 décembre 2026 11:00-12:00 (UTC+01:00) Bruxelles...' and "
           "DTSTART;TZID=Romance Standard Time 11:00 (CET) -> 10:00Z-11:00Z. Contact = ORGANIZER.")
def p19() -> bytes:
    when, zone = "2026-12-02 08:55", "Europe/Brussels"
    body = t("""
        Quand : lundi 7 décembre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : AquaMosane - station d'épuration d'Oupeye, salle du conseil

        *~*~*~*~*~*~*~*~*~*

        Bonjour Madame Lejeune,

        Suite à un conflit d'agenda du jury, l'entretien de lundi est déplacé de 9h00 à 11h00
        (même jour, lundi 7 décembre, même lieu). La durée et la composition du jury ne changent
        pas. Merci de bien vouloir accepter la nouvelle invitation.

        Bien cordialement,

        Véronique Hansen
        Service du personnel - AquaMosane SCRL
        04 240 66 00
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p>Quand&nbsp;: lundi 7 décembre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>
        Où&nbsp;: AquaMosane - station d'épuration d'Oupeye, salle du conseil</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Bonjour Madame Lejeune,</p>
        <p>Suite à un conflit d'agenda du jury, l'entretien de lundi est déplacé de 9h00 à <b>11h00</b>
        (même jour, lundi 7 décembre, même lieu). La durée et la composition du jury ne changent pas.
        Merci de bien vouloir accepter la nouvelle invitation.</p>
        <p>Bien cordialement,</p>
        <p>Véronique Hansen<br>Service du personnel - AquaMosane SCRL<br>04 240 66 00</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RST}
BEGIN:VEVENT
ORGANIZER;CN=Véronique Hansen:mailto:veronique.hansen@aquamosane.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amandine Lejeune:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jury recrutement:mailto:jury.recrutement@aquamosane.be
DESCRIPTION;LANGUAGE=fr-FR:Suite à un conflit d'agenda du jury\\, l'entretien de lundi est déplacé de 9h00 à 11h00.\\n
UID:040000008200E00074C5B7101A82E00800000000F1C2A3B4D57EDD01000000000000000010000000C4D1
SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieur(e) procédés traitement des eaux - A. Lejeune
DTSTART;TZID=Romance Standard Time:20261207T110000
DTEND;TZID=Romance Standard Time:20261207T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261202T075500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:AquaMosane - station d'épuration d'Oupeye\\, salle du conseil
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1928374650
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail.aquamosane.be (mail.aquamosane.be [193.191.140.9])", when, zone, "2F8C4E1A09"),
        ("From", addr("Véronique Hansen", "veronique.hansen@aquamosane.be")),
        ("To", ME_TO),
        ("Subject", enc("Mis à jour : Entretien - Ingénieur(e) procédés traitement des eaux - A. Lejeune")),
        ("Thread-Topic", enc("Entretien - Ingénieur(e) procédés traitement des eaux - A. Lejeune")),
        ("Date", date(when, zone)),
        ("Message-ID", "<7A1B2C3D4E5F6071@EXCH02.aquamosane.local>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page), calendar(ics, cte="base64")))


@mail(n(20), family="softgarden", lang="de", interview=True, kind="rescheduled",
      start="2026-11-23T13:00:00Z", end="2026-11-23T14:00:00Z",
      contact="lukas.kessler@hertogenwald.be", company="Hertogenwald Kunststoffe AG",
      local="Mon 2026-11-23 14:00", local_end="2026-11-23 15:00", zone="Europe/Brussels",
      days=(("Thu", "2026-11-19"),),
      note="softgarden mail in German from a company in Eupen (German-speaking Belgium): old Thu "
           "19.11.2026 10:00, new 'Montag, 23.11.2026, 14:00 - 15:00 Uhr' (Brussels time, CET) -> "
           "13:00Z-14:00Z. iso-8859-15 quoted-printable. Contact = the HR person named with an "
           "address in the body (From is softgarden's no-reply).")
def p20() -> bytes:
    when, zone = "2026-11-16 10:12", "Europe/Brussels"
    body = t("""
        Sehr geehrte Frau Lejeune,

        leider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 19.11.2026 um 10:00 Uhr
        verschieben, da unser Werkleiter kurzfristig verhindert ist. Bitte entschuldigen Sie die
        Umstände.

        Wir haben für Sie folgenden neuen Termin reserviert:

            Montag, 23.11.2026, 14:00 - 15:00 Uhr
            Hertogenwald Kunststoffe AG, Verwaltung (Empfang)
            Herbesthaler Straße 40, 4700 Eupen

        Sollte Ihnen dieser Termin nicht passen, geben Sie bitte kurz Bescheid an Lukas Kessler
        (lukas.kessler@hertogenwald.be, +32 87 59 31 40).

        Mit freundlichen Grüßen

        Lukas Kessler
        Personalabteilung
        Hertogenwald Kunststoffe AG

        Diese E-Mail wurde über softgarden versendet.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Lejeune,</p>
        <p>leider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 19.11.2026 um 10:00 Uhr verschieben,
        da unser Werkleiter kurzfristig verhindert ist. Bitte entschuldigen Sie die Umstände.</p>
        <p>Wir haben für Sie folgenden neuen Termin reserviert:</p>
        <p style="margin-left:24px"><b>Montag, 23.11.2026, 14:00 - 15:00 Uhr</b><br>
        Hertogenwald Kunststoffe AG, Verwaltung (Empfang)<br>Herbesthaler Straße 40, 4700 Eupen</p>
        <p>Sollte Ihnen dieser Termin nicht passen, geben Sie bitte kurz Bescheid an Lukas Kessler
        (<a href="mailto:lukas.kessler@hertogenwald.be">lukas.kessler@hertogenwald.be</a>, +32 87 59 31 40).</p>
        <p>Mit freundlichen Grüßen<br><br>Lukas Kessler<br>Personalabteilung<br>Hertogenwald Kunststoffe AG</p>
        <p style="font-size:10px;color:#888">Diese E-Mail wurde über softgarden versendet.</p>
        </body></html>
        """)
    headers = [
        rcv("from mx-out3.softgarden.io (mx-out3.softgarden.io [185.44.212.73])", when, zone, "0A5D3B8E71"),
        ("From", addr("Hertogenwald Kunststoffe AG", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Neuer Termin für Ihr Vorstellungsgespräch - Verfahrensingenieur (m/w/d)",
                        "iso-8859-15")),
        ("Date", date(when, zone)),
        ("Message-ID", "<sg.2026111609120.88314.candidate@softgarden.io>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-12-14T10:00:00Z", end="2026-12-14T11:00:00Z",
      contact="hannah.coppens@brabantcell.com", company="Brabant Cell Therapies",
      local="Mon 2026-12-14 11:00", local_end="2026-12-14 12:00", zone="Europe/Brussels",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) with the organizer's note; "
           "cancelled slot Mon 14 Dec 11am-12pm CET -> 10:00Z-11:00Z; no new time yet. Contact = "
           "ORGANIZER.")
def p21() -> bytes:
    when, zone = "2026-12-11 09:40", "Europe/Brussels"
    body = t("""
        This event has been canceled.

        Hannah Coppens has canceled this event and left a note:
        "Hi Amandine, I'm so sorry - our hiring manager is out sick until the end of next week, so
        we have to cancel Monday's interview. I'll come back to you with new slots as soon as I
        can. Hannah"

        Interview - Amandine Lejeune (Process Engineer, Cell Therapy Manufacturing)
        Monday Dec 14, 2026 ⋅ 11am – 12pm
        Central European Time - Brussels

        Organizer
        Hannah Coppens
        hannah.coppens@brabantcell.com

        Guests
        Hannah Coppens - organizer
        amandine.lejeune@example.org
        Pieter Wouters

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee of the event.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="color:#d93025;font-weight:500">This event has been canceled.</div>
        <p>Hannah Coppens has canceled this event and left a note:<br>
        <i>&quot;Hi Amandine, I&#39;m so sorry - our hiring manager is out sick until the end of next week, so
        we have to cancel Monday&#39;s interview. I&#39;ll come back to you with new slots as soon as I can. Hannah&quot;</i></p>
        <h2 style="font-weight:400;text-decoration:line-through">Interview - Amandine Lejeune (Process Engineer, Cell Therapy Manufacturing)</h2>
        <div>Monday Dec 14, 2026 &sdot; 11am &ndash; 12pm (Central European Time - Brussels)</div>
        <h3>Organizer</h3><div>Hannah Coppens<br>hannah.coppens@brabantcell.com</div>
        <h3>Guests</h3><div>Hannah Coppens - organizer<br>amandine.lejeune@example.org<br>Pieter Wouters</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{BRU}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261214T110000
DTEND;TZID=Europe/Brussels:20261214T120000
DTSTAMP:20261211T084000Z
ORGANIZER;CN=Hannah Coppens:mailto:hannah.coppens@brabantcell.com
UID:5kq2m0v8h1p3r7t9c4b6n2x0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pieter Wouters;X-NUM-GUESTS=0:mailto:pieter.wouters@brabantcell.com
CREATED:20261203T141100Z
LAST-MODIFIED:20261211T084000Z
LOCATION:Brabant Cell Therapies\\, Researchpark 310\\, 1731 Zellik
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview - Amandine Lejeune (Process Engineer\\, Cell Therapy Manufacturing)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, zone, "5C9A1E7B30"),
        ("From", addr("Hannah Coppens", "hannah.coppens@brabantcell.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "hannah.coppens@brabantcell.com"),
        ("To", ME),
        ("Subject", "Canceled event with note: Interview - Amandine Lejeune (Process Engineer, Cell Therapy "
                    "Manufacturing) @ Mon Dec 14, 2026 11am - 12pm (CET) (amandine.lejeune@example.org)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e@google.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-12-10T09:00:00Z", end=None,
      contact="c.wauters@amidonnerie-gembloux.be", company="Amidonnerie de Gembloux SA",
      local="Thu 2026-12-10 10:00", zone="Europe/Brussels",
      note="HR cancels 'notre entretien prévu ce jeudi 10/12 à 10h' because the post was filled "
           "internally; no new time. Cancelled slot 10:00 CET -> 09:00Z. Contact = human sender.")
def p22() -> bytes:
    when, zone = "2026-12-07 17:48", "Europe/Brussels"
    body = t("""
        Bonjour Madame Lejeune,

        Je reviens vers vous avec une nouvelle que j'aurais préféré ne pas devoir vous annoncer :
        je dois malheureusement annuler notre entretien prévu ce jeudi 10/12 à 10h. La direction a
        décidé en fin de semaine dernière de pourvoir le poste en interne.

        Votre profil nous a réellement intéressés et, avec votre accord, je garde votre candidature
        dans notre réserve de recrutement pour les prochains postes au service technique.

        Je vous remercie pour votre compréhension et vous souhaite plein succès dans vos démarches.

        Cordialement,

        Catherine Wauters
        Responsable RH
        Amidonnerie de Gembloux SA
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour Madame Lejeune,</p>
        <p>Je reviens vers vous avec une nouvelle que j’aurais préféré ne pas devoir vous annoncer&nbsp;:
        je dois malheureusement annuler notre entretien prévu ce jeudi 10/12 à 10h. La direction a
        décidé en fin de semaine dernière de pourvoir le poste en interne.</p>
        <p>Votre profil nous a réellement intéressés et, avec votre accord, je garde votre candidature
        dans notre réserve de recrutement pour les prochains postes au service technique.</p>
        <p>Je vous remercie pour votre compréhension et vous souhaite plein succès dans vos démarches.</p>
        <p>Cordialement,</p>
        <p>Catherine Wauters<br>Responsable RH<br>Amidonnerie de Gembloux SA</p>
        </body></html>
        """)
    headers = [
        rcv("from mail.amidonnerie-gembloux.be (mail.amidonnerie-gembloux.be [81.246.93.18])", when, zone,
            "3E1B7D9C54"),
        ("From", addr("Catherine Wauters", "c.wauters@amidonnerie-gembloux.be")),
        ("To", ME_TO),
        ("Subject", enc("Annulation de notre entretien de jeudi", "windows-1252")),
        ("Date", date(when, zone)),
        ("Message-ID", "<001a01dd6653$8c2e1f40$a48a5dc0$@amidonnerie-gembloux.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"),
                                html(page, charset="windows-1252", cte="base64")))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-10-14T14:00:00Z", end=None,
      contact="mark.ellison@helix-instruments.com", company="Helix Analytical Instruments",
      local="Wed 2026-10-14 16:00", zone="Europe/Berlin",
      note="iCIMS cancellation notice: 'Wednesday, October 14, 2026 at 4:00 PM (Europe/Berlin)' (CEST) "
           "-> 14:00Z; the recruiter 'will reach out to find a new time' (no new time). Sender is an "
           "iCIMS system address; contact = recruiter address in the body.")
def p23() -> bytes:
    when, zone = "2026-10-09 11:20", "Europe/Berlin"
    body = t("""
        Dear Amandine,

        We regret to inform you that your interview for the position of Application Process
        Engineer (Req. 2026-8841, Aachen) scheduled for Wednesday, October 14, 2026 at 4:00 PM
        (Europe/Berlin) has been cancelled.

        Your recruiter, Mark Ellison (mark.ellison@helix-instruments.com), will reach out to you
        to find a new time.

        You can review the status of your application at any time in our Career Portal:
        https://careers-helixinstruments.icims.com/jobs/login

        Sincerely,
        Helix Analytical Instruments Talent Acquisition

        This is an automatically generated message. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="620" cellpadding="16"><tr><td>
        <p>Dear Amandine,</p>
        <p>We regret to inform you that your interview for the position of <b>Application Process
        Engineer (Req. 2026-8841, Aachen)</b> scheduled for <b>Wednesday, October 14, 2026 at 4:00 PM
        (Europe/Berlin)</b> has been cancelled.</p>
        <p>Your recruiter, Mark Ellison (<a href="mailto:mark.ellison@helix-instruments.com">mark.ellison@helix-instruments.com</a>),
        will reach out to you to find a new time.</p>
        <p>You can review the status of your application at any time in our
        <a href="https://careers-helixinstruments.icims.com/jobs/login">Career Portal</a>.</p>
        <p>Sincerely,<br>Helix Analytical Instruments Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This is an automatically generated message. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        rcv("from mailer2.icims.com (mailer2.icims.com [64.28.112.42])", when, zone, "8E2A5C0F93"),
        ("From", addr("Helix Analytical Instruments", "helixinstruments@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Cancelled - Application Process Engineer (2026-8841)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<icims.8841.1760001600123.JavaMail.mailer2@icims.com>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Hesbaye Biogaz SA",
      days=(("Thu", "2026-10-08"),),
      note="Recruitee rejection after the interview of 'jeudi 8 octobre' (same company as the Google "
           "Calendar invitation): a past interview, nothing scheduled.")
def n24() -> bytes:
    when, zone = "2026-10-15 10:31", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Merci encore pour le temps que vous nous avez consacré lors de notre entretien du jeudi
        8 octobre et pour l'intérêt que vous portez à Hesbaye Biogaz.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre
        candidature, dont l'expérience en exploitation d'unités de biométhanisation correspond
        davantage à nos besoins immédiats.

        Ce choix a été difficile et nous avons beaucoup apprécié la visite avec vous. Nous nous
        permettrons de revenir vers vous si un poste plus orienté procédés s'ouvre en 2027.

        Nous vous souhaitons beaucoup de succès dans vos recherches.

        Bien cordialement,
        Sophie Lhoest
        Ressources humaines - Hesbaye Biogaz SA
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    headers = [
        rcv("from mail-out2.recruitee.com (mail-out2.recruitee.com [35.157.82.14])", when, zone, "1F6B3D8E42"),
        ("From", addr("Hesbaye Biogaz", "no-reply@recruitee.com")),
        ("Reply-To", "sophie.lhoest@hesbaye-biogaz.be"),
        ("To", ME),
        ("Subject", enc("Votre candidature chez Hesbaye Biogaz – Ingénieur(e) procédés")),
        ("Date", date(when, zone)),
        ("Message-ID", "<rt.m.2026101508310.5519@recruitee.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="fr", interview=False, company="Ardennes Composite Structures SA",
      days=(("Fri", "2026-12-04"), ("Tue", "2026-11-17")),
      note="SmartRecruiters job offer: mentions the past interview of 'mardi 17 novembre' and a reply "
           "deadline 'vendredi 4 décembre 2026'; offers a call 'quand cela vous arrange' without a "
           "time. Not an interview.")
def n25() -> bytes:
    when, zone = "2026-11-23 14:05", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Suite à nos échanges et à votre entretien du mardi 17 novembre avec Geoffrey et moi-même,
        nous avons le grand plaisir de vous proposer le poste d'Ingénieure procédés - Infusion &
        Autoclave au sein de notre site de Marche-en-Famenne.

        Vous trouverez le détail de notre proposition (rémunération, voiture de société,
        chèques-repas, date d'entrée souhaitée le 1er février 2027) dans votre espace candidat :
        https://jobs.smartrecruiters.com/oneclick-ui/company/ArdennesComposite/offer/9f2e1c

        Merci de nous faire part de votre décision avant le vendredi 4 décembre 2026. Si vous
        souhaitez en discuter, je me tiens à votre disposition pour un appel quand cela vous
        arrange : répondez simplement à ce message.

        Au plaisir de vous accueillir dans l'équipe,

        Valérie Goffinet
        HR Business Partner - Ardennes Composite Structures SA
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#30373d">
        <p>Bonjour Amandine,</p>
        <p>Suite à nos échanges et à votre entretien du mardi 17 novembre avec Geoffrey et moi-même,
        nous avons le grand plaisir de vous proposer le poste d'<b>Ingénieure procédés - Infusion &amp;
        Autoclave</b> au sein de notre site de Marche-en-Famenne.</p>
        <p>Vous trouverez le détail de notre proposition (rémunération, voiture de société, chèques-repas,
        date d'entrée souhaitée le 1er février 2027) dans votre
        <a href="https://jobs.smartrecruiters.com/oneclick-ui/company/ArdennesComposite/offer/9f2e1c">espace candidat</a>.</p>
        <p>Merci de nous faire part de votre décision avant le <b>vendredi 4 décembre 2026</b>. Si vous
        souhaitez en discuter, je me tiens à votre disposition pour un appel quand cela vous arrange&nbsp;:
        répondez simplement à ce message.</p>
        <p>Au plaisir de vous accueillir dans l'équipe,</p>
        <p>Valérie Goffinet<br>HR Business Partner - Ardennes Composite Structures SA</p>
        <p style="font-size:11px;color:#8a9299">Powered by SmartRecruiters</p>
        </body></html>
        """)
    headers = [
        rcv("from mail3.smartrecruiters.com (mail3.smartrecruiters.com [34.242.110.17])", when, zone,
            "D04A2F7B18"),
        ("From", addr("Valérie Goffinet - Ardennes Composite Structures", "noreply@smartrecruiters.com")),
        ("Reply-To", "valerie.goffinet@ardennes-composite.be"),
        ("To", ME_TO),
        ("Subject", enc("Votre proposition d'embauche – Ingénieure procédés (Marche-en-Famenne)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<sr-offer-9f2e1c.1795266300@smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Aciéries de la Meuse SA",
      note="Taleo application receipt, HTML only, iso-8859-1: 'un membre de notre équipe vous "
           "contactera pour convenir d'un entretien' is hypothetical.")
def n26() -> bytes:
    when, zone = "2026-09-08 22:14", "Europe/Brussels"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Madame Lejeune,</p>
        <p>Nous accusons bonne réception de votre candidature pour le poste
        <b>Ingénieur procédés - Laminoir à froid (H/F/X)</b>, référence 2600192, sur notre site de
        Tilleur.</p>
        <p>Votre dossier va être étudié avec attention par notre équipe Recrutement et par le
        responsable du service concerné. Si votre profil correspond à nos attentes, un membre de
        notre équipe vous contactera pour convenir d'un entretien. Dans le cas contraire, nous vous
        en informerons par courriel.</p>
        <p>Vous pouvez à tout moment suivre l'état de votre candidature en vous connectant à votre
        <a href="https://ferrovalle.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_FR">espace
        candidat</a>.</p>
        <p>Nous vous remercions de l'intérêt que vous portez au groupe Ferrovalle.</p>
        <p>Le service Recrutement<br>Aciéries de la Meuse SA - groupe Ferrovalle</p>
        <p><i>Ce message est généré automatiquement, merci de ne pas y répondre.</i></p>
        </font></body></html>
        """)
    headers = [
        rcv("from smtp-fr.taleo.net (smtp-fr.taleo.net [160.34.16.88])", when, zone, "E71C0B4A36"),
        ("From", addr("Ferrovalle Carrières", "noreply@taleo.net")),
        ("To", ME),
        ("Subject", enc("Accusé de réception - Ingénieur procédés - Laminoir à froid (2600192)",
                        "iso-8859-1")),
        ("Date", date(when, zone)),
        ("Message-ID", "<1399422.77105.1788898440123.JavaMail.taleo@fr-prd-app07>"),
    ]
    return message(headers, html(page, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; 'Entretiens cette semaine' and 'Entretien rapide' are listing badges, not "
           "appointments.")
def n27() -> bytes:
    when, zone = "2026-09-14 07:00", "Europe/Brussels"
    body = t("""
        JobsMeuse.be - Vos nouvelles offres

        Bonjour Amandine,
        5 nouvelles offres correspondent à votre alerte « ingénieur procédés - Liège + 50 km ».

        1. Ingénieur procédés (h/f/x) - Chimie fine - Seneffe
           CDI - Entretiens cette semaine
           https://www.jobsmeuse.be/offre/88412

        2. Process Engineer Utilities - Herstal
           CDI - Candidature simplifiée
           https://www.jobsmeuse.be/offre/88397

        3. Ingénieure méthodes & procédés - Aubange
           CDI - Entretien rapide : répondez en 2 minutes
           https://www.jobsmeuse.be/offre/88371

        4. Responsable amélioration continue - Verviers
           CDD 12 mois
           https://www.jobsmeuse.be/offre/88360

        5. Chef de projet procédés - Maastricht (NL)
           CDI - Anglais courant
           https://www.jobsmeuse.be/offre/88344

        Modifier mon alerte : https://www.jobsmeuse.be/alertes
        Se désabonner : https://www.jobsmeuse.be/alertes/unsubscribe?u=a7e3
        """)
    rows = "".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.jobsmeuse.be/offre/{ref}" '
        f'style="color:#0b5cad;font-weight:bold">{title}</a><br><span style="color:#666">{meta}</span></td></tr>\n'
        for ref, title, meta in [
            (88412, "Ingénieur procédés (h/f/x) - Chimie fine", "Seneffe &middot; CDI &middot; "
             "<span style=\"background:#e7f6ec;color:#137333\">Entretiens cette semaine</span>"),
            (88397, "Process Engineer Utilities", "Herstal &middot; CDI &middot; Candidature simplifiée"),
            (88371, "Ingénieure méthodes &amp; procédés", "Aubange &middot; CDI &middot; Entretien rapide : "
             "répondez en 2 minutes"),
            (88360, "Responsable amélioration continue", "Verviers &middot; CDD 12 mois"),
            (88344, "Chef de projet procédés", "Maastricht (NL) &middot; CDI &middot; Anglais courant"),
        ])
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<h2 style=\"color:#0b5cad\">JobsMeuse.be</h2>\n<p>Bonjour Amandine,<br>5 nouvelles offres "
            "correspondent à votre alerte « ingénieur procédés - Liège + 50 km ».</p>\n"
            f"<table width=\"100%\" cellspacing=\"0\">\n{rows}</table>\n"
            "<p style=\"font-size:11px;color:#999\"><a href=\"https://www.jobsmeuse.be/alertes\">Modifier mon "
            "alerte</a> | <a href=\"https://www.jobsmeuse.be/alertes/unsubscribe?u=a7e3\">Se désabonner</a></p>\n"
            "</body></html>\n")
    headers = [
        rcv("from mta12.jobsmeuse.be (mta12.jobsmeuse.be [185.107.52.12])", when, zone, "6A0E9D2B71", lag=40),
        ("From", addr("JobsMeuse.be", "alertes@jobsmeuse.be")),
        ("To", ME),
        ("Subject", enc("5 nouvelles offres : ingénieur procédés - Liège + 50 km")),
        ("Date", date(when, zone)),
        ("Message-ID", "<alert.88412.a7e3.20260914050000@jobsmeuse.be>"),
        ("List-Unsubscribe", "<https://www.jobsmeuse.be/alertes/unsubscribe?u=a7e3>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(28), family="newsletter_blog", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Career newsletter post about following up after a job interview, with a live session "
           "'mardi 13/10 à 12h30' (a fixed time, but a webinar, not her interview).")
def n28() -> bytes:
    when, zone = "2026-10-06 07:30", "Europe/Brussels"
    body = t("""
        Carrières Ingé - la lettre du mardi #41

        Relancer après un entretien d'embauche : quand, comment, et quoi écrire

        Vous sortez d'un entretien, il s'est bien passé, et puis... plus rien. Le silence après
        l'entretien est la partie la plus stressante d'une recherche d'emploi. Quelques règles
        simples :

        1. Le jour même : un mot de remerciement court, personnalisé, qui rappelle un point de
           l'échange.
        2. Après le délai annoncé (ou 8 à 10 jours ouvrables sans nouvelles) : une relance polie,
           qui demande où en est le processus.
        3. Une seule relance par écrit ; ensuite, un coup de fil.

        Trois modèles de messages à copier sont sur le blog :
        https://carrieresinge.substack.com/p/relancer-apres-entretien

        EN DIRECT - mardi 13/10 à 12h30 : « Mon premier entretien en anglais », avec deux
        recruteuses d'Anvers et d'Aix-la-Chapelle. Sur LinkedIn Live, sans inscription.

        Bonne semaine,
        Élodie - Carrières Ingé

        Vous recevez cette lettre parce que vous êtes abonnée à Carrières Ingé.
        Se désabonner : https://carrieresinge.substack.com/action/disable_email
        """)
    headers = [
        rcv("from mail-out.substack.com (mail-out.substack.com [159.183.1.70])", when, zone, "B52E7A0C19", lag=20),
        ("From", addr("Carrières Ingé", "carrieresinge@substack.com")),
        ("To", ME),
        ("Subject", enc("Relancer après un entretien d'embauche : quand, comment, et quoi écrire")),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261006053000.3.1f7d2e9a0b4c5d6e@substack.com>"),
        ("List-Unsubscribe", "<https://carrieresinge.substack.com/action/disable_email>"),
        ("List-Id", "<carrieresinge.substack.com>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en", interview=False,
      company="Northlake Separation Technologies",
      note="Ashby self-scheduling request: pick a slot for a 45-minute interview 'between Monday, "
           "November 30 and Friday, December 4'; nothing booked yet (the confirmation comes later in "
           "the same thread).", days=(("Mon", "2026-11-30"), ("Fri", "2026-12-04")))
def n29() -> bytes:
    when, zone = "2026-11-20 16:02", "Europe/Brussels"
    body = t("""
        Hi Amandine,

        Thanks for your time with our team so far! The next step is a 45-minute Hiring Manager
        Interview with Priya Anand, Director of Process Engineering.

        Please use the link below to choose a time that works for you. Available slots are
        between Monday, November 30 and Friday, December 4, shown in your local time zone.

        Select a time: https://app.ashbyhq.com/interview-scheduling/self-schedule/3c1f7a29-northlake

        If none of the times work, just reply and Jordan will find another option.

        Thanks,
        Northlake Separation Technologies Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Amandine,</p>
        <p>Thanks for your time with our team so far! The next step is a 45-minute Hiring Manager
        Interview with Priya Anand, Director of Process Engineering.</p>
        <p>Please use the link below to choose a time that works for you. Available slots are between
        Monday, November 30 and Friday, December 4, shown in your local time zone.</p>
        <p><a href="https://app.ashbyhq.com/interview-scheduling/self-schedule/3c1f7a29-northlake"
        style="background:#5b4bdb;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Select a time</a></p>
        <p>If none of the times work, just reply and Jordan will find another option.</p>
        <p>Thanks,<br>Northlake Separation Technologies Recruiting</p>
        </body></html>
        """)
    headers = [
        rcv("from a48-91.smtp-out.amazonses.com (a48-91.smtp-out.amazonses.com [54.240.48.91])", when, zone,
            "4B8D1F6E05"),
        ("From", addr("Northlake Separation Technologies", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jordan Pike", "jordan.pike@northlakesep.com")),
        ("To", ME_TO),
        ("Subject", "Schedule your Hiring Manager Interview with Northlake Separation Technologies"),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019349a1b2c3-d4e5f6a7-b8c9-4d0e-a1f2-b3c4d5e6f7a8-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(30), family="recruiter_outreach", lang="fr", interview=False, company="Talentis Recrutement",
      note="Agency consultant's cold outreach asking for 'un moment cette semaine ou la suivante' for a "
           "first call; no time fixed.")
def n30() -> bytes:
    when, zone = "2026-09-16 09:12", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Je me permets de vous contacter suite à votre profil sur LinkedIn. Je recrute actuellement
        pour un client du secteur agroalimentaire en Hesbaye (environ 350 personnes) un(e)
        ingénieur(e) procédés pour sa ligne de déshydratation. Le poste est en CDI, avec une vraie
        marge de manoeuvre sur les projets d'efficacité énergétique.

        Votre expérience en évaporation et en séchage me semble très pertinente. Auriez-vous un
        moment cette semaine ou la suivante pour un premier échange téléphonique d'une vingtaine de
        minutes ? Dites-moi ce qui vous arrange, je m'adapte.

        Belle journée,

        Hélène Maréchal
        Consultante - Engineering & Supply Chain
        Talentis Recrutement - Liège
        +32 4 222 18 60
        """)
    headers = [
        rcv("from mail-db8eur05on2120.outbound.protection.outlook.com ([40.107.20.120])", when, zone,
            "0C7F2B9D48"),
        ("From", addr("Hélène Maréchal", "helene.marechal@talentis-recrutement.be")),
        ("To", ME_TO),
        ("Subject", enc("Opportunité - Ingénieur(e) procédés agroalimentaire (Hesbaye)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AS8PR05MB77310F2A9D1E4B6C@AS8PR05MB7731.eurprd05.prod.outlook.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(31), family="interview_proposed", lang="en", interview=False, company="Rijnpoort Energy B.V.",
      days=(("Fri", "2026-10-23"), ("Thu", "2026-10-22")),
      note="Recruiter proposes 'Would Friday 23 October at 15:00 (CEST) work ... If not, Thursday 22 "
           "October at 10:00'; not confirmed (she will send the invite once the candidate picks). The "
           "later GoodTime mail of the same thread reschedules the slot that was then booked.")
def n31() -> bytes:
    when, zone = "2026-10-12 11:48", "Europe/Amsterdam"
    body = t("""
        Hi Amandine,

        Great news - Wouter and Esther would like to meet you for the panel interview (60 minutes,
        on Teams).

        Would Friday 23 October at 15:00 (CEST) work for you? If not, Thursday 22 October at 10:00
        is also possible. Once you let me know, I'll send the invite through our scheduling tool.

        Kind regards,
        Noor

        Noor Bakker
        Recruitment Coordinator | Rijnpoort Energy B.V.
        Arnhem, the Netherlands
        """)
    headers = [
        rcv("from mail-he1eur04on2093.outbound.protection.outlook.com ([40.107.7.93])", when, zone, "A3E0D5C712"),
        ("From", addr("Noor Bakker", "noor.bakker@rijnpoort-energy.nl")),
        ("To", ME_TO),
        ("Subject", "Rijnpoort Energy - next step: panel interview"),
        ("Date", date(when, zone)),
        ("Message-ID", "<HE1PR04MB3212B7A5C9D0E1F2@HE1PR04MB3212.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Job-centre convocation to an 'entretien de suivi de votre recherche d'emploi' on 'jeudi 15 "
           "octobre 2026 à 9h15' with a counsellor: a fixed-time 'entretien', but not a job interview.")
def n32() -> bytes:
    when, zone = "2026-10-06 14:40", "Europe/Brussels"
    body = t("""
        Madame Amandine LEJEUNE
        Dossier n° 4401-228-71

        Objet : Convocation - entretien de suivi de votre recherche d'emploi

        Madame,

        Dans le cadre de l'accompagnement de votre recherche d'emploi, nous vous invitons à un
        entretien individuel de suivi :

            le jeudi 15 octobre 2026 à 9h15
            Maison de l'Emploi de Liège-Centre, rue Léopold 28 (2e étage, guichet 4)
            avec Mme Nadia Benali, conseillère référente

        Merci de vous munir de votre carte d'identité et de la liste des démarches effectuées
        depuis notre dernier rendez-vous (candidatures envoyées, entretiens d'embauche passés,
        formations).

        Si vous ne pouvez pas vous présenter, prévenez-nous au moins 48 heures à l'avance au
        04 229 81 00. Une absence non justifiée peut avoir des conséquences sur votre dossier.

        Le service Accompagnement
        Maison de l'Emploi de Liège-Centre

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    headers = [
        rcv("from relay.maisonemploi-liege.be (relay.maisonemploi-liege.be [193.58.214.33])", when, zone,
            "F29C6A1D03"),
        ("From", addr("Maison de l'Emploi Liège-Centre", "ne-pas-repondre@maisonemploi-liege.be")),
        ("To", addr("LEJEUNE Amandine", ME)),
        ("Subject", "Convocation - entretien de suivi du jeudi 15/10/2026"),
        ("Date", date(when, zone)),
        ("Message-ID", "<conv.4401-228-71.20261006124000@maisonemploi-liege.be>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="A local journalist confirms a phone interview with the candidate 'vendredi 9/10 à 11h' for a "
           "portrait series: a confirmed 'interview', but she is the interviewee of the press, not a "
           "job candidate.")
def n33() -> bytes:
    when, zone = "2026-09-30 13:05", "Europe/Brussels"
    body = t("""
        Bonjour Amandine,

        Merci beaucoup d'avoir accepté de participer à notre série « Elles font l'industrie » !

        Je vous confirme donc l'interview par téléphone vendredi 9/10 à 11h. Ça prendra une
        trentaine de minutes. Je vous appellerai au numéro que vous m'avez donné (0477 ...). On
        parlera de votre parcours, de ce qui vous a amenée vers les procédés, et de vos conseils
        aux étudiantes qui hésitent à se lancer.

        Si vous avez une photo de vous sur site (avec EPI, c'est encore mieux), n'hésitez pas à me
        l'envoyer. Parution prévue dans l'édition du samedi 17 octobre.

        Bien à vous et à vendredi,

        Pauline Dethy
        Journaliste - La Gazette mosane, rédaction de Liège
        """)
    headers = [
        rcv("from smtp.gazettemosane.be (smtp.gazettemosane.be [91.121.44.19])", when, zone, "71A3E5C9D0"),
        ("From", addr("Pauline Dethy", "p.dethy@gazettemosane.be")),
        ("To", ME_TO),
        ("Subject", enc("Interview « Elles font l'industrie » - vendredi 9/10")),
        ("Date", date(when, zone)),
        ("Message-ID", "<5a9e1c2b-7f3d-4e8a-b6c0-d2f4e6a8c0b1@gazettemosane.be>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ]
    return message(headers, text(body, params="format=flowed"))


@mail(n(34), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Google Calendar invitation to record a podcast episode ('Interview d'Amandine Lejeune', Tue 17 "
           "Nov 18:00-19:00 CET) with a METHOD:REQUEST ICS: a confirmed time, but a podcast guest slot, "
           "not a job interview.")
def n34() -> bytes:
    when, zone = "2026-11-09 20:45", "Europe/Brussels"
    body = t("""
        Enregistrement podcast Usine & Avenir - ép. 58 (interview Amandine Lejeune)
        mardi 17 novembre 2026 ⋅ 18:00 – 19:00
        Heure normale d'Europe centrale - Bruxelles

        Lieu
        Studio Usine & Avenir, Rue Saint-Gilles 188, 4000 Liège

        Interview d'Amandine Lejeune sur la décarbonation des fours industriels. On enregistre
        environ 45 min, on garde 30 min au montage. Arrive 10 min avant pour les réglages micro.

        Invités
        Arnaud Lecocq - organisateur
        amandine.lejeune@example.org

        Répondre pour amandine.lejeune@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=Nzg5YWJj&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=Nzg5YWJj&rst=2

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BRU}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261117T180000
DTEND;TZID=Europe/Brussels:20261117T190000
DTSTAMP:20261109T194500Z
ORGANIZER;CN=Arnaud Lecocq:mailto:arnaud@usineetavenir.be
UID:789abc1d2e3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION:Interview d'Amandine Lejeune sur la décarbonation des fours industriels.
LOCATION:Studio Usine & Avenir\\, Rue Saint-Gilles 188\\, 4000 Liège
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement podcast Usine & Avenir - ép. 58 (interview Amandine Lejeune)
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-sor-f70.google.com (mail-sor-f70.google.com [209.85.220.70])", when, zone, "2C6E0A9F37"),
        ("From", addr("Arnaud Lecocq", "arnaud@usineetavenir.be")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "arnaud@usineetavenir.be"),
        ("To", ME),
        ("Subject", enc("Invitation: Enregistrement podcast Usine & Avenir - ép. 58 (interview Amandine "
                        "Lejeune) @ mar. 17 nov. 2026 18:00 - 19:00 (CET) (amandine.lejeune@example.org)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b@google.com>"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Microsoft Bookings confirmation of an Executive MBA admission interview (samedi 21 novembre "
           "2026, 10:00): a fixed-time 'entretien' with a school, not a job interview.")
def n35() -> bytes:
    when, zone = "2026-11-13 09:18", "Europe/Brussels"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Meuse Business School - Admissions</div>
        <p>Bonjour Amandine Lejeune,</p>
        <p>Merci d'avoir réservé avec nous. Votre réservation est confirmée.</p>
        <table cellpadding="4" style="border-left:4px solid #0078d4">
        <tr><td><b>Entretien d'admission - Executive MBA (promotion 2027)</b></td></tr>
        <tr><td>samedi 21 novembre 2026</td></tr>
        <tr><td>10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>30 minutes</td></tr>
        <tr><td>Prof. Laurence Dubuisson</td></tr>
        <tr><td>Campus Boverie, Quai de Rome 14, 4000 Liège - bâtiment B, local 2.14</td></tr>
        </table>
        <p><b>Informations supplémentaires</b><br>
        L'entretien d'admission porte sur votre projet professionnel et votre motivation pour le
        programme. Merci de nous transmettre votre lettre de recommandation au plus tard la veille.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/AdmissionsEMBA@meusebs.onmicrosoft.com/bookings/">Modifier la réservation</a></p>
        <p style="font-size:12px;color:#605e5c">Ce message a été envoyé depuis une adresse qui ne peut pas recevoir de réponses.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RST}
BEGIN:VEVENT
ORGANIZER;CN=Meuse Business School - Admissions:mailto:AdmissionsEMBA@meusebs.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Amandine Lejeune:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Entretien d'admission - Executive MBA (promotion 2027)
DTSTART;TZID=Romance Standard Time:20261121T100000
DTEND;TZID=Romance Standard Time:20261121T103000
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E56FDD01000000000000000010000000
DTSTAMP:20261113T081800Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Campus Boverie\\, Quai de Rome 14\\, 4000 Liège
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2104.outbound.protection"
            ".outlook.com [40.107.104.104])", when, zone, "9D4A7B2E61"),
        ("From", addr("Meuse Business School - Admissions", "AdmissionsEMBA@meusebs.onmicrosoft.com")),
        ("To", ME_TO),
        ("Subject", enc("Réservation confirmée avec Meuse Business School - Admissions : Entretien "
                        "d'admission - Executive MBA")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AM6PR10MB2134C3B1A0F9E8D7@AM6PR10MB2134.EURPRD10.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, mixed(html(page), calendar(ics, cte="base64", disposition="attachment",
                                                       filename="invite.ics", name_param=True)))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Hockey club coach (tu) invites her to a try-out training 'mercredi à 20h15'; fixed time, not "
           "a job interview.")
def n36() -> bytes:
    when, zone = "2026-09-06 19:51", "Europe/Brussels"
    body = t("""
        Salut Amandine,

        Super que tu veuilles rejoindre les Dames 2 ! Viens à l'entraînement d'essai mercredi à
        20h15 au synthétique du Sart-Tilman (parking P60, le terrain est derrière le hall). Prends
        tes protège-tibias et ton stick si t'en as encore un, sinon on t'en prête un.

        Après l'essai on se pose 5 min avec Sophie (la capitaine) pour voir si le niveau te
        convient et pour l'affiliation. Pas de stress, c'est un groupe hyper cool.

        A mercredi !
        Greg
        Coach Dames 2 - RHC Sart-Tilman
        """)
    headers = [
        rcv("from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", when, zone, "E0B3C7A154"),
        ("From", addr("Greg Lambert", "coach.dames@rhc-sarttilman.be")),
        ("To", ME),
        ("Subject", "Essai Dames 2 - mercredi"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAHq3nR0+t7Yk2LpVw9ZxUc4Fs8Jd1Mb6Ao5eQi@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Garage confirms 'votre rendez-vous d'entretien' (car maintenance: 'entretien' also means "
           "servicing) on 'lundi 12/10/2026 à 8h00', with an ICS: fixed time, not an interview.")
def n37() -> bytes:
    when, zone = "2026-10-06 16:22", "Europe/Brussels"
    body = t("""
        Bonjour Madame Lejeune,

        Nous vous confirmons votre rendez-vous d'entretien pour votre véhicule :

        Véhicule : Peugeot 308 SW - 1-HQX-482
        Prestation : Entretien 60.000 km + contrôle des freins
        Date : lundi 12/10/2026 à 8h00 (dépôt du véhicule)
        Durée estimée : 3 heures - véhicule de remplacement réservé

        Garage Ourthe Auto
        Route du Condroz 311, 4031 Angleur
        04 365 22 70

        Pour modifier ou annuler ce rendez-vous, appelez-nous au moins 24h à l'avance.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Garage Ourthe Auto//Planning Atelier 4.2//FR
METHOD:PUBLISH
{BRU}
BEGIN:VEVENT
UID:rdv-2026-10-12-0800-1HQX482@ourthe-auto.be
DTSTAMP:20261006T142200Z
DTSTART;TZID=Europe/Brussels:20261012T080000
DTEND;TZID=Europe/Brussels:20261012T110000
SUMMARY:Entretien véhicule - Garage Ourthe Auto
LOCATION:Route du Condroz 311\\, 4031 Angleur
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail.ourthe-auto.be (mail.ourthe-auto.be [109.88.61.201])", when, zone, "5F1D9B3E80"),
        ("From", addr("Garage Ourthe Auto", "atelier@ourthe-auto.be")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous d'entretien - lundi 12/10 à 8h00")),
        ("Date", date(when, zone)),
        ("Message-ID", "<rdv.1HQX482.20261006142200@ourthe-auto.be>"),
    ]
    return message(headers, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                                  calendar(ics, method="PUBLISH", disposition="attachment",
                                           filename="rendez-vous.ics", cte="base64")))


@mail(n(38), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Bank confirms a meeting with her personal advisor, 'mardi 22 septembre 2026 à 17h30'; fixed "
           "time, not an interview. HTML only, base64.")
def n38() -> bytes:
    when, zone = "2026-09-17 10:03", "Europe/Brussels"
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;background:#f2f4f7">
        <table width="600" align="center" cellpadding="24" style="background:#fff">
        <tr><td style="background:#00543c;color:#fff;font-size:18px">Banque Vesdre &amp; Meuse</td></tr>
        <tr><td>
        <p>Chère Madame Lejeune,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <p><b>Mardi 22 septembre 2026 à 17h30</b><br>
        Agence Liège-Guillemins, Place des Guillemins 7<br>
        avec Julien Masset, votre conseiller<br>
        Sujet : épargne-pension et assurance solde restant dû</p>
        <p>Pensez à apporter votre carte d'identité et votre dernière fiche de paie.</p>
        <p>Besoin de déplacer ce rendez-vous ? Rendez-vous dans l'app Vesdre &amp; Meuse, rubrique
        « Mes rendez-vous ».</p>
        <p>Cordialement,<br>Votre agence Liège-Guillemins</p>
        <p style="font-size:11px;color:#777">Banque Vesdre &amp; Meuse SA - Ce message est envoyé automatiquement.
        Nous ne vous demanderons jamais vos codes par e-mail.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        rcv("from out.vesdremeuse-banque.be (out.vesdremeuse-banque.be [195.130.144.21])", when, zone,
            "0D8A6E2C95"),
        ("From", addr("Banque Vesdre & Meuse", "rendez-vous@vesdremeuse-banque.be")),
        ("To", ME),
        ("Subject", "Confirmation de votre rendez-vous du 22/09/2026"),
        ("Date", date(when, zone)),
        ("Message-ID", "<rdv-7731-0922@vesdremeuse-banque.be>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Calendly booking of a paid 'Simulation d'entretien d'embauche (60 min)' with a career coach, "
           "jeudi 29 octobre 10:00 (CET, 09:00Z) with ICS: a confirmed mock interview, not a job "
           "interview.")
def n39() -> bytes:
    when, zone = "2026-10-26 08:30", "Europe/Brussels"
    body = t("""
        Bonjour Amandine Lejeune,

        Votre événement Simulation d'entretien d'embauche (60 min) avec Isabelle Marquet le jeudi
        29 octobre 2026 à 10:00 (heure d'Europe centrale) est programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Date/heure de l'événement :
        10:00 - 11:00 (heure d'Europe centrale) le jeudi 29 octobre 2026

        Lieu :
        Cabinet Marquet Coaching, Rue Hors-Château 61, 4000 Liège

        Questions :
        Quel type de poste visez-vous ? - Ingénieure procédés, entretiens en français et en anglais

        Paiement : 85,00 EUR (réglé)

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/0f4e2a91-6c7b-4d3e-9a8f-1b2c3d4e5f60
        Reprogrammer : https://calendly.com/reschedulings/0f4e2a91-6c7b-4d3e-9a8f-1b2c3d4e5f60

        Fourni par Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0f4e2a91-6c7b-4d3e-9a8f-1b2c3d4e5f60@calendly.com
DTSTAMP:20261026T073000Z
DTSTART:20261029T090000Z
DTEND:20261029T100000Z
SUMMARY:Simulation d'entretien d'embauche (60 min) entre Isabelle Marquet et Amandine Lejeune
LOCATION:Cabinet Marquet Coaching\\, Rue Hors-Château 61\\, 4000 Liège
ORGANIZER;CN=Isabelle Marquet:mailto:isabelle@marquet-coaching.be
ATTENDEE;CN=Amandine Lejeune;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-208.calendly.com (mail-208.calendly.com [198.2.180.208])", when, zone, "AB19E3D742"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Isabelle Marquet", "isabelle@marquet-coaching.be")),
        ("To", ME),
        ("Subject", enc("Nouvel événement : Isabelle Marquet - 10:00 jeu. 29 oct. 2026 - Simulation "
                        "d'entretien d'embauche (60 min)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<6539e2a1b3c4d_2c8f4a9b53d2e0@calendly-mailer-7d9f.mail>"),
    ]
    return message(headers, mixed(text(body), calendar(ics, disposition="attachment", filename="invite.ics", cte="8bit")))


@mail(n(40), family="friend_forward", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A friend forwards (inline, Gmail style) HER OWN Greenhouse confirmation (Thursday, October 1, "
           "2026, 2:00-3:00 PM CEST, for Julie Masson) to ask for tips: a confirmed interview, but not "
           "the inbox owner's.")
def n40() -> bytes:
    when, zone = "2026-09-28 12:41", "Europe/Brussels"
    body = t("""
        Coucou Amandine !

        Devine quoi, j'ai aussi décroché un entretien chez Maasvallei (pour le poste de shift
        engineer) ! Tu pourrais me raconter comment ça s'était passé pour toi à Geleen ? Je t'envoie
        la confirmation pour que tu voies avec qui c'est, tu connais peut-être Ruud ?

        Bisous et merci !!
        Julie

        ---------- Forwarded message ---------
        From: Femke Dijkstra <no-reply@us.greenhouse-mail.io>
        Date: Fri, Sep 25, 2026 at 3:02 PM
        Subject: Interview Confirmation: Shift Process Engineer (Geleen)
        To: Julie Masson <julie.masson@example.net>

        Hi Julie,

        Thanks again for your interest in Maasvallei Chemicals! We're happy to confirm your
        interview for the Shift Process Engineer (Geleen) role.

        Interview details
        -----------------
        Thursday, October 1, 2026
        2:00 PM - 3:00 PM CEST (Europe/Amsterdam)
        On-site: Maasvallei Chemicals, Visitor Centre Gate 4, Poortweg 4, 6167 RD Geleen

        You'll meet:
        - Ruud Verstappen, Plant Manager PE-3
        - Femke Dijkstra, Talent Acquisition

        Kind regards,
        Femke Dijkstra
        Talent Acquisition | Maasvallei Chemicals B.V.
        """)
    headers = [
        rcv("from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])", when, zone, "C8E2A0F513"),
        ("From", addr("Julie Masson", "julie.masson@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation: Shift Process Engineer (Geleen)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAF9kW2p+Lr4Xm8Yc0Ze3Qb7Nv1Ht6Gs5Ju2Ko@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interview_panel", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Exchange meeting request at her CURRENT employer (auto-forwarded from her work address): she "
           "is asked to sit on the panel interviewing a technician candidate, mercredi 21/10 14:00-15:00 "
           "(Romance Standard Time). She is the interviewer, so negative.")
def n41() -> bytes:
    when, zone = "2026-10-14 11:26", "Europe/Brussels"
    body = t("""
        Quand : mercredi 21 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Meuse (bâtiment administratif)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Amandine,

        Comme discuté avec Philippe, pourrais-tu faire partie du jury pour l'entretien de
        M. Kevin Dumont (candidat technicien procédés, équipe ligne 3) ? Je t'envoie la grille
        d'évaluation et son CV par mail séparé. Il faudrait surtout que tu testes ses bases en
        régulation et en sécurité.

        Merci d'avance !

        Caroline Renier
        HR Business Partner - Mosa Coatings SA
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RST}
BEGIN:VEVENT
ORGANIZER;CN=Caroline Renier:mailto:caroline.renier@mosacoatings.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amandine Lejeune:mailto:amandine.lejeune@mosacoatings.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Philippe Grosjean:mailto:philippe.grosjean@mosacoatings.be
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien(ne) procédés ligne 3 - K. Dumont (jury)
DTSTART;TZID=Romance Standard Time:20261021T140000
DTEND;TZID=Romance Standard Time:20261021T150000
UID:040000008200E00074C5B7101A82E0080000000013E4F5A6B75FDD01000000000000000010000000
DTSTAMP:20261014T092600Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Meuse (bâtiment administratif)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail.mosacoatings.be (mail.mosacoatings.be [194.7.118.40])", when, zone, "7E3C1A9B26", lag=9),
        ("From", addr("Caroline Renier", "caroline.renier@mosacoatings.be")),
        ("To", addr("Amandine Lejeune", "amandine.lejeune@mosacoatings.be")),
        ("CC", addr("Philippe Grosjean", "philippe.grosjean@mosacoatings.be")),
        ("Subject", enc("Entretien candidat - Technicien(ne) procédés ligne 3 - K. Dumont (jury)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<VI1PR06MB6655A2B3C4D5E6F7@VI1PR06MB6655.eurprd06.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"amandine.lejeune@mosacoatings.be {ME}"),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="auto_reply", lang="fr", interview=False, company="Sambre H2 SRL",
      days=(("Mon", "2026-10-19"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Lever recruiter to the "
           "candidate's thank-you mail; mentions her return 'lundi 19 octobre', nothing scheduled.")
def n42() -> bytes:
    when, zone = "2026-10-05 08:02", "Europe/Brussels"
    body = t("""
        Bonjour,

        Je suis absente du 5 au 16 octobre inclus. Pour toute question urgente relative à un
        recrutement en cours, vous pouvez écrire à jobs@sambre-h2.be.

        Je reviendrai vers vous dès mon retour, le lundi 19 octobre.

        Bien à vous,
        Lucie Dethier
        Talent Partner - Sambre H2
        """)
    headers = [
        rcv("from mail-vi1eur02on2110.outbound.protection.outlook.com ([40.107.241.110])", when, zone,
            "3D9F5B1A72"),
        ("From", addr("Lucie Dethier", "lucie.dethier@sambre-h2.be")),
        ("To", ME_TO),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien de mercredi")),
        ("Date", date(when, zone)),
        ("Message-ID", "<e5b1c9d0a8f74e2b9c3d1a0f6e7b8c9d@VI1PR02MB4418.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<f4a2e8c1-3b7d-4c9e-a0f1-5d6e7f8a9b0c@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "lucie.dethier@sambre-h2.be"),
    ]
    return message(headers, text(body))


def _n43_original() -> bytes:
    when, zone = "2026-10-30 07:44", "Europe/Brussels"
    body = t("""
        Bonjour Monsieur Gillet,

        Pas de souci, mercredi 4/11 à 10h me convient parfaitement. Je serai là.

        Bien à vous,
        Amandine Lejeune

        Le 29/10/2026 à 16:25, Gillet Thierry a écrit :
        > Je l'ai donc déplacé au mercredi 4/11 à 10h, même endroit
        """)
    headers = [
        ("From", ME_TO),
        ("To", addr("Gillet Thierry", "thierry.gillet@ourthe-polymere.be")),
        ("Subject", enc("Re: Entretien Ourthe Polymères - changement de date")),
        ("Date", date(when, zone)),
        ("Message-ID", "<0c7d2e9f-6a1b-4e3c-8d5f-a2b4c6d8e0f1@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Postfix bounce (multipart/report) of the candidate's own reply accepting 'mercredi 4/11 à "
           "10h', sent to a mistyped domain; the returned message repeats the interview time but this "
           "mail confirms nothing (the real confirmation is the hiring manager's mail).")
def n43() -> bytes:
    when, zone = "2026-10-30 07:45", "Europe/Brussels"
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <thierry.gillet@ourthe-polymere.be>: Host or domain name not found. Name service
            error for name=ourthe-polymere.be type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 6C2E9A1F04
        X-Postfix-Sender: rfc822; amandine.lejeune@example.org
        Arrival-Date: Fri, 30 Oct 2026 07:44:51 +0100 (CET)

        Final-Recipient: rfc822; thierry.gillet@ourthe-polymere.be
        Original-Recipient: rfc822;thierry.gillet@ourthe-polymere.be
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=ourthe-polymere.be type=MX: Host not found, try again
        """)
    report = mixed(text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                   raw_part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")], status),
                   attached_message(_n43_original()))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")]
    headers = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261030064503.A7B3C2E5D1@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(n(44), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Google Groups mailing-list post about an afterwork 'jeudi 26/11 dès 18h30' with a talk on "
           "'mes entretiens d'embauche en Allemagne et aux Pays-Bas'; a meetup, not an interview.")
def n44() -> bytes:
    when, zone = "2026-11-18 21:07", "Europe/Brussels"
    body = t("""
        Salut à toutes et tous,

        Prochain afterwork du groupe jeudi 26/11 dès 18h30 au Pot au Lait (rue Soeurs-de-Hasque).

        Au programme vers 19h : Laura nous parle de « Mes entretiens d'embauche en Allemagne et aux
        Pays-Bas : ce que j'aurais aimé savoir » (10 min + questions). Ensuite, bière et
        réseautage comme d'hab.

        Pas besoin de s'inscrire. Pour ceux qui cherchent un poste, amenez quelques CV, il y aura
        deux responsables de sites du zoning des Hauts-Sarts.

        À tantôt sur le fil pour les questions !
        Quentin

        --
        Vous recevez ce message, car vous êtes abonné au groupe Google Groupes « Génie des procédés
        Wallonie ».
        Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un
        e-mail à l'adresse genie-procedes-wallonie+unsubscribe@googlegroups.com.
        """)
    headers = [
        rcv("from mail-yw1-f190.google.com (mail-yw1-f190.google.com [209.85.128.190])", when, zone,
            "0F4A8C2E61", lag=12),
        ("From", addr("Quentin Hardy", "quentin.hardy.qh@gmail.com")),
        ("Sender", "genie-procedes-wallonie@googlegroups.com"),
        ("Reply-To", "genie-procedes-wallonie@googlegroups.com"),
        ("To", addr("Génie des procédés Wallonie", "genie-procedes-wallonie@googlegroups.com")),
        ("Subject", enc("[genie-procedes-wallonie] Afterwork Liège jeudi 26/11 - témoignage entretiens DE/NL")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAB7x9Qd2+Lm5Np8Rt1Vw4Yz7Ac0Ef3Gh6Jk9Mn@mail.gmail.com>"),
        ("Mailing-list", "list genie-procedes-wallonie@googlegroups.com; contact "
                         "genie-procedes-wallonie+owners@googlegroups.com"),
        ("List-ID", "<genie-procedes-wallonie.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/genie-procedes-wallonie/post>, "
                      "<mailto:genie-procedes-wallonie@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+88123+unsubscribe@googlegroups.com>, "
                             "<https://groups.google.com/group/genie-procedes-wallonie/subscribe>"),
        ("Precedence", "list"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Webinar registration 'Interview Skills for Process Engineers', Wednesday 28 October 12:00-13:00 "
           "CET (11:00Z, after the DST change) with ICS: fixed time, but a webinar.")
def n45() -> bytes:
    when, zone = "2026-10-21 18:30", "Europe/Brussels"
    body = t("""
        You're registered!

        Hi Amandine,

        Thanks for registering for our live webinar:

        Interview Skills for Process Engineers: from P&IDs to STAR answers
        Wednesday 28 October 2026, 12:00 - 13:00 CET (Brussels, Paris, Berlin)

        Please note: Europe switches to winter time on Sunday 25 October. The time above is
        already in CET.

        Speakers:
        - Dr. Ingrid Vos, former Head of Process Engineering, now interview coach
        - Tom Aerts, Senior Technical Recruiter

        Join link (personal, do not share): https://engicareers.academy/live/ISPE-1028?k=a83f2c

        Can't make it live? Everyone who registers receives the recording within 48 hours.

        EngiCareers Academy
        Unsubscribe: https://engicareers.academy/unsubscribe?u=a83f2c
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//EngiCareers Academy//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ispe-1028-a83f2c@engicareers.academy
DTSTAMP:20261021T163000Z
DTSTART:20261028T110000Z
DTEND:20261028T120000Z
SUMMARY:Webinar: Interview Skills for Process Engineers
URL:https://engicareers.academy/live/ISPE-1028?k=a83f2c
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail181.sea31.mcsv.net (mail181.sea31.mcsv.net [198.2.139.181])", when, zone, "91C7E3A0B4"),
        ("From", addr("EngiCareers Academy", "events@engicareers.academy")),
        ("To", ME),
        ("Subject", "You're registered: Interview Skills for Process Engineers (Wed 28 Oct, 12:00 CET)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<0.1.2A.9F3.1DD4C0E5A7B2C98.0@mail181.sea31.mcsv.net>"),
        ("List-Unsubscribe", "<https://engicareers.academy/unsubscribe?u=a83f2c>"),
    ]
    return message(headers, mixed(text(body, cte="7bit"),
                                  calendar(ics, method="PUBLISH", disposition="attachment",
                                           filename="webinar.ics")))


@mail(n(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Estate agent confirms a flat viewing 'samedi 26/9 à 10h30'; fixed time, not an interview.")
def n46() -> bytes:
    when, zone = "2026-09-23 17:55", "Europe/Brussels"
    body = t("""
        Bonjour Madame Lejeune,

        Je vous confirme la visite de l'appartement 2 chambres rue Puits-en-Sock (réf. OM-1147)
        samedi 26/9 à 10h30. Rendez-vous devant l'immeuble, je serai là quelques minutes avant.

        Loyer 790 EUR + 90 EUR de charges, libre au 1er novembre. Pensez à prendre une copie de
        votre carte d'identité et vos trois dernières fiches de paie si vous souhaitez déposer
        un dossier le jour même.

        Bien à vous,

        Damien Rasquin
        Immo Carré - Outremeuse
        0496 21 47 70
        """)
    headers = [
        rcv("from smtp.immocarre.be (smtp.immocarre.be [81.247.60.14])", when, zone, "5B3E0D7A19"),
        ("From", addr("Damien Rasquin - Immo Carré", "d.rasquin@immocarre.be")),
        ("To", ME_TO),
        ("Subject", "Visite OM-1147 - samedi 10h30"),
        ("Date", date(when, zone)),
        ("Message-ID", "<000001dd2b7e$1a2b3c4d$5e6f7a8b$@immocarre.be>"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(47), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="School confirms a parent-teacher meeting slot, 'jeudi 5 novembre ... votre créneau : 17h40'; "
           "fixed time, not an interview.")
def n47() -> bytes:
    when, zone = "2026-10-29 12:15", "Europe/Brussels"
    body = t("""
        Chers parents,

        Les rencontres parents-enseignants du premier trimestre auront lieu le jeudi 5 novembre
        de 16h à 19h.

        Votre créneau : 17h40 - 17h50, avec Madame Lambert (3e primaire, classe de Louis),
        local 12.

        Merci de respecter l'horaire afin que chaque famille puisse être reçue. Si le créneau ne
        vous convient pas, prévenez l'enseignante via le journal de classe.

        La direction
        École communale de Cointe
        """)
    page = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    headers = [
        rcv("from smtp.ecoles-liege.be (smtp.ecoles-liege.be [193.190.210.55])", when, zone, "C6A1F8D230"),
        ("From", addr("Direction - École communale de Cointe", "direction.cointe@ecoles-liege.be")),
        ("To", ME),
        ("Subject", enc("Rencontre parents-enseignants - jeudi 5 novembre")),
        ("Date", date(when, zone)),
        ("Message-ID", "<rpe-2026-t1-louis.l@ecoles-liege.be>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(48), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a colleague at her current employer: end-of-year team drink, "
           "ven. 11 déc. 16:00-18:00 CET, with ICS; fixed time, not an interview.")
def n48() -> bytes:
    when, zone = "2026-12-01 10:12", "Europe/Brussels"
    body = t("""
        Drink de fin d'année - équipe Process
        vendredi 11 décembre 2026 ⋅ 16:00 – 18:00
        Heure normale d'Europe centrale - Bruxelles

        Lieu
        Cafétéria du bâtiment administratif, Mosa Coatings

        Saint-Nicolas est passé, mais on fête quand même la fin de l'année ! Chacun amène un
        petit quelque chose à grignoter, l'équipe paie les boissons.

        Invités
        Sarah Piron - organisateur
        amandine.lejeune@mosacoatings.be
        equipe.process@mosacoatings.be

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BRU}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261211T160000
DTEND;TZID=Europe/Brussels:20261211T180000
DTSTAMP:20261201T091200Z
ORGANIZER;CN=Sarah Piron:mailto:sarah.piron@mosacoatings.be
UID:0drinkprocess2026@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amandine.lejeune@mosacoatings.be
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:equipe.process@mosacoatings.be
LOCATION:Cafétéria du bâtiment administratif\\, Mosa Coatings
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Drink de fin d'année - équipe Process
END:VEVENT
END:VCALENDAR
"""
    headers = [
        rcv("from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", when, zone, "8A2D6F0E93"),
        ("From", addr("Sarah Piron", "sarah.piron@mosacoatings.be")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("To", "amandine.lejeune@mosacoatings.be"),
        ("Subject", enc("Invitation: Drink de fin d'année - équipe Process @ ven. 11 déc. 2026 16:00 - 18:00 "
                        "(CET) (amandine.lejeune@mosacoatings.be)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b@google.com>"),
        ("X-Forwarded-To", ME),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@mail(n(49), family="one_way_video", lang="en", interview=False, company="Vaals Medical Devices B.V.",
      days=(("Sun", "2026-11-08"),),
      note="One-way recorded video interview: record any time before the deadline 'Sunday 8 November "
           "2026, 23:59 CET'; no live interview at a fixed time.")
def n49() -> bytes:
    when, zone = "2026-11-02 09:05", "Europe/Amsterdam"
    body = t("""
        Dear Amandine,

        Thank you for applying for the Process Engineer - Sterile Assembly role at Vaals Medical
        Devices. As the next step, we invite you to complete a short recorded video interview.

        - 5 questions, up to 3 minutes per answer, one practice question first
        - Record whenever it suits you, on a laptop or phone
        - Deadline: Sunday 8 November 2026, 23:59 CET

        Start your video interview: https://app.vidscreen.io/i/vmd-pe-2611/amandine-l-7f2c

        Our team reviews every recording and will get back to you within two weeks.

        Good luck!
        Talent Acquisition - Vaals Medical Devices B.V.

        Sent with Vidscreen - you are receiving this because you applied at Vaals Medical Devices.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    headers = [
        rcv("from mail.vidscreen.io (mail.vidscreen.io [3.120.77.201])", when, zone, "E3B08C5A17"),
        ("From", addr("Vaals Medical Devices via Vidscreen", "no-reply@vidscreen.io")),
        ("To", ME),
        ("Subject", "Your video interview for Process Engineer - Sterile Assembly (due 8 Nov)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<vs.inv.7f2c.1793606700@vidscreen.io>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(50), family="mentor_call", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Alumni mentor (tu) confirms a mentoring call 'mardi 1/12 à 18h' on Meet to go over her "
           "ongoing interviews and offer; fixed time, not a job interview.")
def n50() -> bytes:
    when, zone = "2026-11-26 22:10", "Europe/Brussels"
    body = t("""
        Hello Amandine,

        C'est noté pour notre call mentorat mardi 1/12 à 18h. Je t'appelle sur Meet :
        https://meet.google.com/ahx-pwtd-rmq

        On fera le point sur tes entretiens en cours (Northlake le même jour, si j'ai bien
        compris ?) et surtout sur la négociation avec Ardennes Composite : prépare tes chiffres
        (brut annuel, voiture, télétravail), on regardera ça ensemble.

        Bonne fin de semaine,
        Marc

        Marc Delvaux
        Mentor - Réseau Alumni Ingénieurs Liège
        """)
    headers = [
        rcv("from mail-qt1-f180.google.com (mail-qt1-f180.google.com [209.85.160.180])", when, zone,
            "7C1E4A9B38"),
        ("From", addr("Marc Delvaux", "marc.delvaux@delvaux-conseil.be")),
        ("To", ME_TO),
        ("Subject", "Re: Mentorat - prochain call"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAGm1Rk5+Wq8Tz2Xv6Nb3Lp0Yd9Hc4Fj7Ms1Ae@mail.gmail.com>"),
        ("In-Reply-To", "<b3d5f7a9-1c2e-4f60-8a7b-9c0d1e2f3a4b@example.org>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))
