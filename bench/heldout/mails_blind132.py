"""blind132: 50 hand-written mails from the inbox of Hugo Lefebvre, process-safety engineer, Rouen.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind132``.
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)
from make import mail as _mail

ORDER = random.Random(1320132).sample(range(1, 51), 50)
ME = "hugo.lefebvre@example.org"
ME_H = "Hugo Lefebvre <hugo.lefebvre@example.org>"
PAR = "Europe/Paris"
LON = "Europe/London"


def mail(key: int, **kw):
    return _mail(f"blind132_{ORDER[key - 1]:03d}", **kw)


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(f"from {host}", when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag)


VTZ_ROMANCE = """BEGIN:VTIMEZONE
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

VTZ_LONDON = """BEGIN:VTIMEZONE
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


# =========================================================================== positives: scheduled


@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", LON), end=utc("2026-09-15 10:45", LON),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=LON,
      contact="imogen.sallow@kestrelrisk.co.uk", company="Kestrel Risk Engineering",
      note="Greenhouse confirmation from a no-reply relay; 10:00-10:45 BST (London, UTC+1 in September) "
           "= 09:00-09:45Z, ICS in UTC agrees; contact = human Reply-To recruiter")
def greenhouse_kestrel():
    body = t("""
        Hi Hugo,

        Thanks for making time to speak with us. Your interview for Senior Process Safety Engineer
        (Hazard Studies) at Kestrel Risk Engineering is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM BST (London)

        Interviewers:
          Marcus Dunne - Principal Consultant, Hazard Studies
          Imogen Sallow - Talent Partner

        Format: Microsoft Teams (the link is in the calendar invitation attached to this email)

        Marcus will want to talk through a HAZOP or LOPA you led end to end, so it's worth having one
        example in mind. If you need to change anything, just reply to this email and it will reach
        Imogen directly.

        Best regards,
        Kestrel Risk Engineering Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Hugo,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Senior Process Safety Engineer
        (Hazard Studies)</b> at Kestrel Risk Engineering is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#666">When</td><td><b>Tuesday, September 15, 2026</b><br>10:00 AM - 10:45 AM BST (London)</td></tr>
        <tr><td style="color:#666">Interviewers</td><td>Marcus Dunne - Principal Consultant, Hazard Studies<br>Imogen Sallow - Talent Partner</td></tr>
        <tr><td style="color:#666">Format</td><td>Microsoft Teams (link in the attached invitation)</td></tr>
        </table>
        <p>Marcus will want to talk through a HAZOP or LOPA you led end to end, so it&#39;s worth having one
        example in mind. If you need to change anything, just reply to this email and it will reach
        Imogen directly.</p>
        <p>Best regards,<br>Kestrel Risk Engineering Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-7718204-kestrel
DTSTAMP:20260909T132211Z
DTSTART:20260915T090000Z
DTEND:20260915T094500Z
SUMMARY:Interview: Hugo Lefebvre - Senior Process Safety Engineer
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Imogen Sallow:mailto:imogen.sallow@kestrelrisk.co.uk
ATTENDEE;CN=Hugo Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hugo.lefebvre@example.org
ATTENDEE;CN=Marcus Dunne;ROLE=REQ-PARTICIPANT:mailto:marcus.dunne@kestrelrisk.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    d = "2026-09-09 14:22"
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.12.40])", d, LON,
                         "d81kQp2")),
        ("From", "Kestrel Risk Engineering <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Imogen Sallow <imogen.sallow@kestrelrisk.co.uk>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Process Safety Engineer (Hazard Studies)"),
        ("Date", date(d, LON)),
        ("Message-ID", "<gh.7718204.20260909132211.b3c1@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(2, family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 16:30", PAR), end=utc("2026-09-24 17:15", PAR),
      local="Thu 2026-09-24 16:30", local_end="2026-09-24 17:15", zone=PAR,
      contact="sanne.dewit@tidewater-ps.com", company="Tidewater Process Safety",
      note="Lever confirmation, HTML only; time shown in the candidate's zone '4:30 PM - 5:15 PM (CEST)' "
           "= 14:30-15:15Z; contact = Reply-To recruiter")
def lever_tidewater():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d">
        <p>Hi Hugo,</p>
        <p>You&rsquo;re all set! Here are the details for your upcoming interview with <strong>Tidewater Process Safety</strong>.</p>
        <div style="border:1px solid #e2e4e8;border-radius:6px;padding:16px;margin:18px 0">
        <div style="font-size:13px;color:#7a7f87;text-transform:uppercase;letter-spacing:.04em">Remote Process Safety Engineer &ndash; EU Team</div>
        <div style="font-size:17px;font-weight:600;margin-top:6px">Thu, Sep 24, 2026</div>
        <div>4:30 PM &ndash; 5:15 PM (CEST)</div>
        <div style="margin-top:10px">Google Meet &middot; meet.google.com/qvx-hdta-kpe</div>
        <div style="margin-top:10px;color:#555">With Sanne de Wit (Talent Acquisition) and Ruben Claes (Head of Process Safety)</div>
        </div>
        <p>Our team is spread between Rotterdam, Ghent and Porto, so this first conversation is video only. Please reply to this email if you need to reschedule.</p>
        <p>Talk soon,<br>Sanne</p>
        <p style="font-size:12px;color:#9aa0a6">Sent via Lever &middot; <a href="https://jobs.lever.co/tidewater-ps" style="color:#9aa0a6">Tidewater careers</a></p>
        </div></body></html>
        """)
    d = "2026-09-17 09:05"
    return message([
        ("Received", rcv("mail-a3.hire.lever.co (mail-a3.hire.lever.co [198.2.177.41])", d, PAR, "Lv90aQ")),
        ("From", "Tidewater Process Safety <no-reply@hire.lever.co>"),
        ("Reply-To", "Sanne de Wit <sanne.dewit@tidewater-ps.com>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", "Your interview with Tidewater Process Safety is confirmed"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<0102018c2e6b1f0e-3f0a71c2-8b45-4d0e-9a1b-55e0c2d7a4f1-000000@eu-west-1.amazonses.com>"),
    ], html(page))


@mail(3, family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:00", PAR), end=utc("2026-10-06 15:00", PAR),
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=PAR,
      contact="amandine.roux@normachem.fr", company="Normachem",
      note="Workday (HTML only, base64) 'mardi 6 octobre 2026 de 14h00 à 15h00 (heure de Paris)', CEST "
           "= 12:00-13:00Z; sender is the tenant mailbox, contact = recruiter address in the body")
def workday_normachem():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Bonjour Hugo Lefebvre,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste <b>Ingénieur Sécurité des Procédés H/F (R-0041873)</b> sur notre site de Gonfreville-l'Orcher (Le Havre).</p>
        <p><b>Date :</b> mardi 6 octobre 2026<br>
        <b>Horaire :</b> de 14h00 à 15h00 (heure de Paris)<br>
        <b>Lieu :</b> Normachem &ndash; Bâtiment administratif, Route Industrielle, 76700 Gonfreville-l'Orcher<br>
        <b>Interlocuteurs :</b> M. Olivier Castel, Responsable HSE du site ; Mme Amandine Roux, Chargée de recrutement</p>
        <p>Merci de vous munir d'une pièce d'identité : l'accès au site est soumis à un contrôle au poste de garde. Les chaussures de sécurité ne sont pas nécessaires pour cet entretien.</p>
        <p>Pour toute question, vous pouvez contacter Mme Amandine Roux (amandine.roux@normachem.fr).</p>
        <p>Cordialement,<br>L'équipe Recrutement Normachem</p>
        <hr><p style="font-size:10px;color:#888">Ce message a été envoyé automatiquement par Workday. Merci de ne pas y répondre.</p>
        </div></body></html>
        """)
    d = "2026-09-29 11:47"
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [209.177.165.12])", d, PAR, "wdQ3z1")),
        ("From", "Normachem <normachem@myworkday.com>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Confirmation d'entretien – Ingénieur Sécurité des Procédés H/F")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<1983301488.77120.1790675220000@wd5-prod-smtp.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(4, family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 10:15", PAR), end=utc("2026-10-12 11:15", PAR),
      local="Mon 2026-10-12 10:15", local_end="2026-10-12 11:15", zone=PAR,
      contact="julie.bertin@capseine-energie.fr", company="Cap Seine Énergie",
      note="Teamtailor 'lundi 12 octobre à 10h15, durée : 1 h' CEST = 08:15-09:15Z, ICS TZID Europe/Paris "
           "agrees; contact = Reply-To recruiter")
def teamtailor_capseine():
    body = t("""
        Bonjour Hugo,

        Merci pour votre réactivité ! Votre entretien est bien planifié :

        📅 lundi 12 octobre à 10h15
        ⏱ Durée : 1 h
        📍 Cap Seine Énergie, 14 quai de Boisguilbert, 76000 Rouen (3e étage, sonnez à l'interphone)

        Vous rencontrerez Julie Bertin (Talent Acquisition) et Frédéric Lamy (Directeur Technique).
        Nous échangerons sur votre parcours en sécurité industrielle et sur le projet de
        reconversion de l'ancien dépôt pétrolier.

        Une invitation calendrier est jointe. Pour toute question, répondez simplement à ce message.

        À très vite,
        Julie Bertin
        Cap Seine Énergie
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Inter,Arial,sans-serif">')
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:tt-interview-5521987@teamtailor.com
DTSTAMP:20261005T140300Z
DTSTART;TZID=Europe/Paris:20261012T101500
DTEND;TZID=Europe/Paris:20261012T111500
SUMMARY:Entretien - Hugo Lefebvre / Cap Seine Énergie
LOCATION:14 quai de Boisguilbert\\, 76000 Rouen
ORGANIZER;CN=Julie Bertin:mailto:julie.bertin@capseine-energie.fr
ATTENDEE;CN=Hugo Lefebvre;RSVP=TRUE:mailto:hugo.lefebvre@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    d = "2026-10-05 16:03"
    return message([
        ("Received", rcv("a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com"
                         " [54.240.48.112])", d, PAR, "tT77ab")),
        ("From", addr("Cap Seine Énergie", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "Julie Bertin <julie.bertin@capseine-energie.fr>"),
        ("To", ME_H),
        ("Subject", enc("Votre entretien avec Cap Seine Énergie est confirmé")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<tt-5521987-8e1f0c@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(5, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-22 14:00", PAR), end=None,
      local="Thu 2026-10-22 14:00", zone=PAR,
      contact="py.lemoine@colombelles-polymeres.fr", company="Colombelles Polymères",
      note="Phone-written reply (tu) 'Ok parfait pour jeudi 14 h' resolved against Date Mon 19 Oct -> "
           "Thu 22 Oct 14:00 CEST = 12:00Z; 'une bonne heure' is approximate so end null; contact = sender")
def prose_colombelles():
    body = t("""
        Ok parfait pour jeudi 14 h alors 👍
        Usine de Colombelles, tu demandes Pierre-Yves à l'accueil, ils te donneront un badge visiteur.
        Prévois une bonne heure, on fera un tour de l'atelier d'extrusion après.

        PY

        Envoyé de mon iPhone

        > Le 19 oct. 2026 à 17:52, Hugo Lefebvre <hugo.lefebvre@example.org> a écrit :
        >
        > Salut Pierre-Yves,
        >
        > Merci pour ton appel de ce matin. Je peux passer jeudi à 14h ou vendredi matin, comme ça
        > t'arrange.
        >
        > Hugo
        """)
    d = "2026-10-19 18:41"
    return message([
        ("Received", rcv("smtp.colombelles-polymeres.fr (smtp.colombelles-polymeres.fr [185.22.141.7])", d, PAR,
                         "cP40xr")),
        ("From", "Pierre-Yves Lemoine <py.lemoine@colombelles-polymeres.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Re: Poste responsable HSE"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<A61F0B3C-77D2-4E1B-9C0E-2F5E1A0B9D41@colombelles-polymeres.fr>"),
        ("In-Reply-To", "<CAH7vQm+e2pLx0q@mail.example.org>"),
        ("References", "<CAH7vQm+e2pLx0q@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(6, family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", PAR), end=utc("2026-10-26 10:30", PAR),
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PAR,
      contact="mathieu.vandamme@septentrion-chimie.fr", company="Septentrion Chimie",
      note="Outlook meeting request sent Wed 21 Oct in CEST for Mon 26 Oct, the day after Europe goes back "
           "to CET: 09:30-10:30 CET = 08:30-09:30Z (not 07:30); ICS TZID 'Romance Standard Time'; "
           "contact = organizer/sender")
def exchange_septentrion():
    body = t("""
        Bonjour M. Lefebvre,

        Comme convenu par téléphone, je vous envoie l'invitation pour notre entretien (Teams) concernant
        le poste d'Ingénieur Process Safety – site de Loos.

        Participeront : Mathieu Vandamme (Responsable Sécurité Procédés), Élodie Carpentier (RH).

        Bien cordialement,
        Mathieu Vandamme
        Septentrion Chimie – Direction Industrielle
        Tél. : +33 3 20 00 00 00

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion
        ID de la réunion : 381 204 557 913
        Code secret : e7Ka4R
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour M. Lefebvre,</p>
        <p class="MsoNormal">Comme convenu par téléphone, je vous envoie l'invitation pour notre entretien (Teams) concernant le poste d'Ingénieur Process Safety &#8211; site de Loos.</p>
        <p class="MsoNormal">Participeront : Mathieu Vandamme (Responsable Sécurité Procédés), Élodie Carpentier (RH).</p>
        <p class="MsoNormal">Bien cordialement,<br>Mathieu Vandamme<br>Septentrion Chimie &#8211; Direction Industrielle</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTg0" style="color:#6264a7">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 381 204 557 913<br>Code secret : e7Ka4R</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Mathieu Vandamme:mailto:mathieu.vandamme@septentrion-chimie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefebvre:mailto:hugo.lefebvre@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elodie Carpentier:mailto:elodie.carpentier@septentrion-chimie.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien Ingénieur Process Safety - site de Loos
UID:040000008200E00074C5B7101A82E00800000000D07C2A1B6F5FDC01000000000000000010000000A4B1
SUMMARY;LANGUAGE=fr-FR:Entretien H. Lefebvre - Ingénieur Process Safety
DTSTART;TZID=Romance Standard Time:20261026T093000
DTEND;TZID=Romance Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T081200Z
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
END:VCALENDAR"""
    d = "2026-10-21 10:12"
    return message([
        ("Received", rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection"
                         ".outlook.com [40.107.104.112])", d, PAR, "Ex5521")),
        ("From", "Mathieu Vandamme <mathieu.vandamme@septentrion-chimie.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("CC", "Elodie Carpentier <elodie.carpentier@septentrion-chimie.fr>"),
        ("Subject", enc("Entretien H. Lefebvre - Ingénieur Process Safety")),
        ("Thread-Topic", enc("Entretien H. Lefebvre - Ingénieur Process Safety")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<PR3P195MB0718A0C4E2B1D9F7C6E5A2B1C0@PR3P195MB0718.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(7, family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", LON), end=utc("2026-10-27 10:00", LON),
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=LON,
      contact="tom.heskey@brackwater.co.uk", company="Brackwater Consulting",
      note="Google Calendar invitation sent Thu 22 Oct in BST for Tue 27 Oct, after the UK goes back to GMT: "
           "09:00-10:00 GMT = 09:00-10:00Z; ICS TZID Europe/London; contact = organizer")
def gcal_brackwater():
    body = t("""
        Tom Heskey has invited you to an event.

        Interview: Hugo Lefebvre / Brackwater (Process Safety Consultant)
        Tuesday 27 Oct 2026 ⋅ 09:00 – 10:00 (Greenwich Mean Time - London)

        Hi Hugo, as discussed - 60 minutes with me and Priya (technical lead). We'll go through a
        case study on a relief-system review, no preparation needed. 10:00 your time in Rouen!

        Join with Google Meet
        meet.google.com/ybr-xwmq-tzc

        Join by phone
        (GB) +44 20 3957 0000 PIN: 811 402 557#

        Organiser
        Tom Heskey - tom.heskey@brackwater.co.uk

        Guests
        Tom Heskey - organiser
        priya.nand@brackwater.co.uk
        hugo.lefebvre@example.org

        View all guest info
        Reply for hugo.lefebvre@example.org
        Yes   No   Maybe   More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261027T090000
DTEND;TZID=Europe/London:20261027T100000
DTSTAMP:20261022T143011Z
ORGANIZER;CN=Tom Heskey:mailto:tom.heskey@brackwater.co.uk
UID:4k1v0rj8tq2m7s3b9e5d6c0a1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Heskey;X-NUM-GUESTS=0:mailto:tom.heskey@brackwater.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nand@brackwater.co.uk;X-NUM-GUESTS=0:mailto:priya.nand@brackwater.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lefebvre@example.org;X-NUM-GUESTS=0:mailto:hugo.lefebvre@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/ybr-xwmq-tzc
CREATED:20261022T142955Z
DESCRIPTION:Hi Hugo\\, as discussed - 60 minutes with me and Priya (technical lead).
LAST-MODIFIED:20261022T143011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Hugo Lefebvre / Brackwater (Process Safety Consultant)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    d = "2026-10-22 15:30"
    return message([
        ("Received", rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", d, LON, "gC0a91")),
        ("From", "Tom Heskey <tom.heskey@brackwater.co.uk>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "tom.heskey@brackwater.co.uk"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", "Invitation: Interview: Hugo Lefebvre / Brackwater (Process Safety Consultant) @ "
                    "Tue 27 Oct 2026 09:00 - 10:00 (GMT) (hugo.lefebvre@example.org)"),
        ("Date", date(d, LON)),
        ("Message-ID", "<calendar-7c1e52a0-3b9f-4d55-8a06-2e7d1f0c4b18@google.com>"),
    ], mixed(alt(text(body), calendar(ics)),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(8, family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", PAR), end=utc("2026-11-04 11:30", PAR),
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 11:30", zone=PAR,
      contact="claire.moreau@atmos-ingenierie.fr", company="Atmos Ingénierie",
      note="Calendly invitee confirmation in French, 'mercredi 4 novembre 2026, 11:00 - 11:30, heure "
           "d'Europe centrale' (CET, after DST) = 10:00-10:30Z; ICS in UTC; contact = host via Reply-To")
def calendly_atmos():
    body = t("""
        Bonjour Hugo Lefebvre,

        Un nouvel événement a été programmé.

        Type d'événement :
        Entretien de pré-qualification (30 min)

        Organisateur :
        Claire Moreau

        Date/Heure de l'événement :
        11:00 - 11:30, mercredi 4 novembre 2026 (Heure d'Europe centrale)

        Lieu :
        Cet événement est un appel téléphonique. Claire vous appellera au +33 6 00 00 00 00.

        Réponses de l'invité :
        Poste visé : Ingénieur études de dangers (EDD) – Paris La Défense

        Besoin de modifier l'événement ?
        Annuler : https://calendly.com/cancellations/5f0e2a1c
        Reprogrammer : https://calendly.com/reschedulings/5f0e2a1c

        Propulsé par Calendly.com
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:5f0e2a1c-9d7b-4c88-8d1e-calendly
DTSTAMP:20261029T201400Z
DTSTART:20261104T100000Z
DTEND:20261104T103000Z
SUMMARY:Entretien de pré-qualification (30 min) - Hugo Lefebvre et Claire Moreau
ORGANIZER;CN=Claire Moreau:mailto:claire.moreau@atmos-ingenierie.fr
ATTENDEE;CN=Hugo Lefebvre;PARTSTAT=ACCEPTED:mailto:hugo.lefebvre@example.org
LOCATION:+33 6 00 00 00 00
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    d = "2026-10-29 21:14"
    return message([
        ("Received", rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.100.18])", d, PAR, "Cy81fr")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Claire Moreau <claire.moreau@atmos-ingenierie.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Confirmé : Entretien de pré-qualification (30 min) avec Claire Moreau le mercredi "
                        "4 novembre 2026")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<20261029201400.5f0e2a1c.calendly@sendgrid.net>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


NYC = "America/New_York"


@mail(9, family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:00", NYC), end=utc("2026-11-05 09:45", NYC),
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone=NYC,
      contact="dana.whitcombe@helvion.com", company="Helvion Safety Systems",
      note="SmartRecruiters mail sent Thu 29 Oct while New York is still on EDT, for Thu 5 Nov after the US "
           "goes back to EST (1 Nov): 9:00-9:45 AM EST = 14:00-14:45Z, and the '3:00 PM Paris' line agrees "
           "(CET); contact = recruiter address in the body")
def smartrecruiters_helvion():
    body = t("""
        Dear Hugo,

        Thank you for scheduling your interview for the position of Process Safety Lead - EMEA (Remote).
        Please find the details below.

        Interview type:  Video interview (Zoom)
        Date:            Thursday, November 5, 2026
        Time:            9:00 AM - 9:45 AM EST (New York)
                         that is 3:00 PM - 3:45 PM in Paris
        Duration:        45 minutes
        Interviewer(s):  Craig Monteith, VP Operational Risk

        Zoom link: https://helvion.zoom.us/j/84412097731

        Your recruiter for this role is Dana Whitcombe (dana.whitcombe@helvion.com). Please contact her
        directly if you have any questions - this mailbox is not monitored.

        Kind regards,
        Helvion Safety Systems Talent Acquisition

        --
        This email was sent by SmartRecruiters on behalf of Helvion Safety Systems.
        Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Dear Hugo,</p>
        <p>Thank you for scheduling your interview for the position of <strong>Process Safety Lead - EMEA (Remote)</strong>. Please find the details below.</p>
        <table cellpadding="3">
        <tr><td><b>Interview type:</b></td><td>Video interview (Zoom)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, November 5, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM - 9:45 AM EST (New York)<br>that is 3:00 PM - 3:45 PM in Paris</td></tr>
        <tr><td><b>Duration:</b></td><td>45 minutes</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Craig Monteith, VP Operational Risk</td></tr>
        </table>
        <p>Zoom link: <a href="https://helvion.zoom.us/j/84412097731">https://helvion.zoom.us/j/84412097731</a></p>
        <p>Your recruiter for this role is Dana Whitcombe (<a href="mailto:dana.whitcombe@helvion.com">dana.whitcombe@helvion.com</a>). Please contact her directly if you have any questions - this mailbox is not monitored.</p>
        <p>Kind regards,<br>Helvion Safety Systems Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent by SmartRecruiters on behalf of Helvion Safety Systems.</p>
        </td></tr></table></body></html>
        """)
    d = "2026-10-29 21:20"
    return message([
        ("Received", rcv("mta-07.smartrecruiters.com (mta-07.smartrecruiters.com [52.58.110.7])", d, "UTC",
                         "sR3m20")),
        ("From", "Helvion Safety Systems <noreply@smartrecruiters.com>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Interview scheduled: Process Safety Lead - EMEA (Remote)"),
        ("Date", date(d, "UTC")),
        ("Message-ID", "<sr.5e71c0a4.interview.3390817@smartrecruiters.com>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(10, family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 08:30", PAR), end=utc("2026-11-12 16:30", PAR),
      local="Thu 2026-11-12 08:30", local_end="2026-11-12 16:30", zone=PAR,
      contact="sophie.duval@oceane-gaz.fr", company="Océane Gaz Terminal",
      note="HR mail with an all-day Outlook event (DTSTART;VALUE=DATE 20261112): the time is only in the text, "
           "'de 8h30 à 16h30' CET = 07:30-15:30Z; contact = sender")
def allday_oceane():
    body = t("""
        Bonjour Monsieur Lefebvre,

        Suite à nos échanges, je vous confirme votre journée d'évaluation au terminal méthanier de
        Le Havre le jeudi 12 novembre 2026.

        La journée se déroulera de 8h30 à 16h30 :
          - 8h30 : accueil au poste de garde principal (entrée Nord, boulevard de Graville) et
            accueil sécurité obligatoire
          - 9h30 : entretien avec M. Gaël Hérault, Directeur du terminal
          - 11h00 : visite des installations (EPI fournis)
          - 14h00 : mise en situation sur une étude de dangers, puis entretien RH

        Le déjeuner est pris en charge au restaurant d'entreprise. Je joins une invitation à
        votre agenda pour bloquer la journée.

        Merci de vous munir d'une pièce d'identité en cours de validité (contrôle ISPS).

        Bien cordialement,

        Sophie Duval
        Chargée de recrutement
        Océane Gaz Terminal
        sophie.duval@oceane-gaz.fr
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Sophie Duval:mailto:sophie.duval@oceane-gaz.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefebvre:mailto:hugo.lefebvre@example.org
SUMMARY;LANGUAGE=fr-FR:Journée d'évaluation - H. Lefebvre - Terminal du Havre
DTSTART;VALUE=DATE:20261112
DTEND;VALUE=DATE:20261113
UID:040000008200E00074C5B7101A82E0080000000070A55F3C2A71DC01000000000000000010000000F1C2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T080200Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Terminal méthanier - poste de garde Nord
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-05 09:02"
    return message([
        ("Received", rcv("PAXP251MB0412.EURP251.PROD.OUTLOOK.COM (2603:10a6:102:1c1::7)", d, PAR, "Og1120")),
        ("From", "Sophie Duval <sophie.duval@oceane-gaz.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Journée d'évaluation - H. Lefebvre - Terminal du Havre")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<PAXP251MB04127C1D0E3A@PAXP251MB0412.EURP251.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body, charset="iso-8859-1"), calendar(ics, cte="base64")))


@mail(11, family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", LON), end=utc("2026-11-17 15:00", LON),
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone=LON,
      contact="rachel.okafor@greyfriars-energy.co.uk", company="Greyfriars Energy",
      note="Candidate forwards to himself a recruiter mail with a pasted Zoom block 'Nov 17, 2026 02:00 PM "
           "London' (GMT) = 14:00Z, 'scheduled for 60 minutes' -> end 15:00Z; his own note says 15h Paris; "
           "contact = recruiter in the forwarded header")
def zoom_forward_greyfriars():
    body = t("""
        à mettre dans l'agenda -> mardi 17, 15h heure de Paris !!

        ---------- Forwarded message ---------
        From: Rachel Okafor <rachel.okafor@greyfriars-energy.co.uk>
        Date: Tue, 10 Nov 2026 at 17:02
        Subject: Greyfriars - Process Safety Lead interview
        To: Hugo Lefebvre <hugo.lefebvre@example.net>


        Hi Hugo,

        Great speaking earlier. As promised, here are the details for your first-stage interview
        with our Head of Technical Safety, Graham Pell. The call is scheduled for 60 minutes.

        Rachel Okafor is inviting you to a scheduled Zoom meeting.

        Topic: Greyfriars Energy - Process Safety Lead - Hugo Lefebvre
        Time: Nov 17, 2026 02:00 PM London

        Join Zoom Meeting
        https://greyfriars.zoom.us/j/93120584417?pwd=cTBPa2xUWkVJ

        Meeting ID: 931 2058 4417
        Passcode: 552981

        Best wishes,
        Rachel

        Rachel Okafor | Senior Talent Partner
        Greyfriars Energy | 30 Cannon Street, London EC4M
        """)
    d = "2026-11-10 19:45"
    return message([
        ("Received", rcv("mail-wm1-f46.google.com (mail-wm1-f46.google.com [209.85.128.46])", d, PAR, "Fw17zz")),
        ("From", "Hugo Lefebvre <hugo.lefebvre@example.net>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", "Fwd: Greyfriars - Process Safety Lead interview"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<CAJx5nQ0rT9s+Wq1v2LkM8aFp3hD7@mail.example.net>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(12, family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-18 15:00", PAR), end=utc("2026-11-18 15:45", PAR),
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 15:45", zone=PAR,
      contact="lea.martin@sml-logistique.fr", company="Seine Maritime Logistique",
      note="Microsoft Bookings confirmation from a shared Bookings mailbox; '(UTC+01:00) Bruxelles, "
           "Copenhague, Madrid, Paris' in November is CET: 15:00-15:45 = 14:00-14:45Z, ICS 'Romance Standard "
           "Time' agrees; the mailbox is not a person, contact = recruiter address in the body")
def bookings_sml():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Votre réservation est confirmée</div>
        <p>Bonjour Hugo Lefebvre,</p>
        <p>Merci d'avoir réservé un créneau auprès de <b>Recrutement SML</b>. Voici le récapitulatif :</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Entretien RH – Ingénieur Sécurité Entrepôts SEVESO</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mercredi 18 novembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>15:00 - 15:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Léa Martin</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams (lien ci-dessous)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2">Rejoindre la réunion Teams</a></p>
        <p>Pour toute question sur le poste, écrivez à Léa Martin : lea.martin@sml-logistique.fr</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementSML@sml-logistique.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#a19f9d">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Recrutement SML:mailto:RecrutementSML@sml-logistique.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefebvre:mailto:hugo.lefebvre@example.org
SUMMARY;LANGUAGE=fr-FR:Entretien RH – Ingénieur Sécurité Entrepôts SEVESO
DTSTART;TZID=Romance Standard Time:20261118T150000
DTEND;TZID=Romance Standard Time:20261118T154500
UID:040000008200E00074C5B7101A82E00800000000B1D0E6F1A677DC01000000000000000010000000BK18
DTSTAMP:20261113T083100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-13 08:31"
    return message([
        ("Received", rcv("FR2P281MB1337.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5b::9)", d, "UTC", "Bk1118")),
        ("From", "Recrutement SML <RecrutementSML@sml-logistique.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Réservation confirmée : Entretien RH – Ingénieur Sécurité Entrepôts SEVESO")),
        ("Date", date(d, "UTC")),
        ("Message-ID", "<FR2P281MB13377D9A3C41@FR2P281MB1337.DEUP281.PROD.OUTLOOK.COM>"),
    ], mixed(html(page), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


BER = "Europe/Berlin"


@mail(13, family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-23 14:00", BER), end=utc("2026-11-23 15:00", BER),
      local="Mon 2026-11-23 14:00", local_end="2026-11-23 15:00", zone=BER,
      contact="jonas.albrecht@feldwerk.io", company="Feldwerk",
      note="Ashby confirmation for a Berlin-based remote team, 'Monday, November 23, 2026, 2:00 PM - 3:00 PM "
           "CET' = 13:00-14:00Z, ICS TZID Europe/Berlin; contact = Reply-To recruiter")
def ashby_feldwerk():
    body = t("""
        Hi Hugo,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 23, 2026, 2:00 PM - 3:00 PM CET
        Google Meet

        You'll meet with:
          Lena Baumgart - Staff Engineer, Industrial Risk Analytics
          Ole Kristiansen - Product Lead

        This is the technical deep dive for the Process Safety Domain Expert (Remote, EU) role: expect
        questions on bow-tie models and how you would explain SIL verification to software engineers.

        Questions? Just reply and it will reach Jonas Albrecht.

        Thanks,
        Feldwerk Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:a3f9e1c2-77b0-4a1d-bc58-feldwerk-0917
DTSTAMP:20261116T130500Z
DTSTART;TZID=Europe/Berlin:20261123T140000
DTEND;TZID=Europe/Berlin:20261123T150000
SEQUENCE:0
SUMMARY:Feldwerk - Process Safety Domain Expert - Technical Interview
LOCATION:Google Meet
ORGANIZER;CN=Jonas Albrecht:mailto:jonas.albrecht@feldwerk.io
ATTENDEE;CN=Hugo Lefebvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hugo.lefebvre@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-16 13:05"
    return message([
        ("Received", rcv("mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", d, "UTC", "As23nv")),
        ("From", "Feldwerk <no-reply@ashbyhq.com>"),
        ("Reply-To", "Jonas Albrecht <jonas.albrecht@feldwerk.io>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Interview confirmed: Process Safety Domain Expert (Remote, EU) at Feldwerk"),
        ("Date", date(d, "UTC")),
        ("Message-ID", "<010001936c1f2a77-9b1e0d44-2c6f-4f0e-8a3b-7d2c5e1f9a60-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(14, family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:30", PAR), end=utc("2026-12-01 11:15", PAR),
      local="Tue 2026-12-01 10:30", local_end="2026-12-01 11:15", zone=PAR,
      contact="nadia.benali@vep-pharma.fr", company="Vallée de l'Eure Pharma",
      note="Workable 'mar. 1er déc. · 10:30 – 11:15 (heure normale d'Europe centrale)' = 09:30-10:15Z, ICS in "
           "UTC; Reply-To is a Workable candidate relay (not a person), contact = hiring manager in the body")
def workable_vep():
    body = t("""
        Bonjour Hugo,

        Votre entretien pour le poste de Responsable Sécurité Procédés (site de Val-de-Reuil) est
        confirmé.

        mar. 1er déc. · 10:30 – 11:15 (heure normale d'Europe centrale)
        Sur site : Vallée de l'Eure Pharma, 2 rue des Chênes, 27100 Val-de-Reuil

        Vous rencontrerez Nadia Benali, Directrice EHS. Elle vous propose de la joindre directement
        en cas d'imprévu : nadia.benali@vep-pharma.fr / 06 00 00 00 00.

        Vous pouvez répondre à cet e-mail pour écrire à l'équipe de recrutement.

        Cordialement,
        L'équipe Vallée de l'Eure Pharma

        --
        Envoyé via Workable
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-evt-88a0c3f1e2@workable.com
DTSTAMP:20261125T104000Z
DTSTART:20261201T093000Z
DTEND:20261201T101500Z
SUMMARY:Entretien : Hugo Lefebvre - Responsable Sécurité Procédés
LOCATION:2 rue des Chênes\\, 27100 Val-de-Reuil
ORGANIZER;CN=Vallée de l'Eure Pharma:mailto:valleedeleure-pharma@workablemail.com
ATTENDEE;CN=Hugo Lefebvre;RSVP=TRUE:mailto:hugo.lefebvre@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-25 10:40"
    return message([
        ("Received", rcv("mail-out-22.workablemail.com (mail-out-22.workablemail.com [50.31.44.22])", d, "UTC",
                         "Wk01dc")),
        ("From", addr("Vallée de l'Eure Pharma", "valleedeleure-pharma@workablemail.com")),
        ("Reply-To", "valleedeleure-pharma+c7f2a91e3b@candidates.workablemail.com"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Entretien confirmé – Responsable Sécurité Procédés")),
        ("Date", date(d, "UTC")),
        ("Message-ID", "<wk.88a0c3f1e2.1795603200@workablemail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


@mail(15, family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", LON), end=utc("2026-12-03 10:45", LON),
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone=LON,
      contact="ben.carver@marlowsearch.co.uk", company="Thamesfield Chemicals",
      note="Agency recruiter: 'confirmed for tomorrow at 10am UK time (11 your time)', Date Wed 2 Dec 08:12 "
           "GMT -> Thu 3 Dec 10:00 GMT = 10:00Z; 'blocked out 45 minutes' is an exact length; hiring company = "
           "the client, contact = recruiter (sender)")
def prose_marlow():
    body = t("""
        Morning Hugo,

        Good news - Fiona came back last night and you're confirmed for tomorrow at 10am UK time
        (11 your time) with Fiona Grant, Head of HSE at Thamesfield Chemicals. It'll be on Teams, she'll
        send the link direct. She's blocked out 45 minutes.

        She's very hands-on, so expect questions on the Thurrock COMAH safety report and MOC. Give me a
        call after and let me know how it went.

        Cheers,
        Ben

        Ben Carver
        Principal Consultant - Chemicals & Energy
        Marlow Search Ltd | +44 7700 900000
        """)
    d = "2026-12-02 08:12"
    return message([
        ("Received", rcv("mail-lo2gbr01on2105.outbound.protection.outlook.com ([40.107.11.105])", d, LON,
                         "Mw02bc")),
        ("From", "Ben Carver <ben.carver@marlowsearch.co.uk>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Thamesfield - confirmed for tomorrow"),
        ("Date", date(d, LON)),
        ("Message-ID", "<LO2P265MB4410B7A91C2D@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(16, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:30", PAR), end=None,
      local="Wed 2026-12-09 09:30", zone=PAR,
      contact="m.guerin@talents-normandie.fr", company="Rouen Catalyse",
      note="Cabinet de recrutement (vous), iso-8859-15 QP: 'après-demain matin, mercredi 9, à 9h30' "
           "against Date Mon 7 Dec -> Wed 9 Dec 09:30 CET = 08:30Z; no length; hiring company = the client, "
           "contact = consultant (sender)")
def prose_talents_normandie():
    body = t("""
        Bonjour Hugo,

        Je sors d'un échange avec M. Delaunay : c'est validé pour après-demain matin, mercredi 9, à
        9h30, directement sur le site de Rouen Catalyse au Grand-Quevilly (boulevard Stalingrad,
        badge à retirer à l'accueil « Visiteurs »).

        Vous verrez M. Delaunay (directeur d'usine) puis la responsable RH du site. Pensez à apporter
        l'étude de dangers dont vous m'aviez parlé (version anonymisée, bien sûr).

        N'hésitez pas à m'appeler demain si vous souhaitez qu'on prépare l'entretien ensemble.

        Bien à vous,

        Marion Guérin
        Consultante Senior - Industrie & Énergie
        Talents Normandie - Cabinet de recrutement
        02 35 00 00 00
        """)
    d = "2026-12-07 08:05"
    return message([
        ("Received", rcv("smtp.talents-normandie.fr (smtp.talents-normandie.fr [91.121.40.18])", d, PAR, "Tn9dec")),
        ("From", addr("Marion Guérin", "m.guerin@talents-normandie.fr", "iso-8859-15")),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Rouen Catalyse : entretien confirmé", "iso-8859-15")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<5f1c2e0a-8b77-d1b3@talents-normandie.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


# =========================================================================== positives: rescheduled


@mail(17, family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-01 15:00", LON), end=utc("2026-10-01 16:00", LON),
      local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00", zone=LON,
      contact="amelia.roe@hollinrisk.com", company="Hollin Risk Partners",
      note="GoodTime reschedule: old 'Tue 29 Sep 2:00 PM BST' and new 'Thu 1 Oct 3:00 PM - 4:00 PM BST' "
           "(= 14:00-15:00Z); ICS SEQUENCE:1 in UTC; contact = Reply-To coordinator")
def goodtime_hollin():
    body = t("""
        Hi Hugo,

        Your interview with Hollin Risk Partners has been rescheduled. Please see the updated details
        below - the previous time no longer applies.

        UPDATED TIME
        Thursday, 1 October 2026
        3:00 PM - 4:00 PM BST (Europe/London)

        Previously: Tuesday, 29 September 2026, 2:00 PM - 3:00 PM BST

        Role: Process Safety Consultant (Onshore)
        Location: Video call (Microsoft Teams)

        3:00 PM - 3:30 PM   Hannah Voss, Director - Technical Safety
        3:30 PM - 4:00 PM   Callum Reid, Senior Consultant

        If this time no longer works, reply to this email and Amelia Roe will help.

        Hollin Risk Partners Recruiting Coordination
        Scheduled with GoodTime
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-4471-hollin-3c9a@goodtime.io
DTSTAMP:20260925T100010Z
DTSTART:20261001T140000Z
DTEND:20261001T150000Z
SEQUENCE:1
SUMMARY:Hollin Risk Partners - Interview - Hugo Lefebvre
ORGANIZER;CN=Amelia Roe:mailto:amelia.roe@hollinrisk.com
ATTENDEE;CN=Hugo Lefebvre;RSVP=TRUE:mailto:hugo.lefebvre@example.org
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    d = "2026-09-25 11:00"
    return message([
        ("Received", rcv("o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.33.3])", d, LON, "Gt25se")),
        ("From", "Hollin Risk Partners <scheduling@goodtime.io>"),
        ("Reply-To", "Amelia Roe <amelia.roe@hollinrisk.com>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "UPDATED: Interview with Hollin Risk Partners - Thursday, 1 October"),
        ("Date", date(d, LON)),
        ("Message-ID", "<goodtime.4471.r1.20260925100010@goodtime.io>"),
    ], mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(18, family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-20 16:00", PAR), end=utc("2026-10-20 16:45", PAR),
      local="Tue 2026-10-20 16:00", local_end="2026-10-20 16:45", zone=PAR,
      contact="camille.leroux@biosynthese-normande.fr", company="Biosynthèse Normande",
      note="Recruitee: interview 'initialement prévu le jeudi 15 octobre à 11h' moved to 'mardi 20 octobre "
           "2026 à 16h00 (durée : 45 min)' CEST = 14:00-14:45Z; contact = Reply-To recruiter")
def recruitee_biosynthese():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Hugo,</p>
        <p>En raison d'un audit DREAL imprévu sur notre site de Saint-Aubin-lès-Elbeuf, nous devons
        déplacer votre entretien <b>initialement prévu le jeudi 15 octobre à 11h</b>.</p>
        <p>Nouveau créneau : <b>mardi 20 octobre 2026 à 16h00</b> (durée : 45 min), même lieu.</p>
        <p>Poste : Ingénieur(e) Sécurité Procédés – Biotechnologies<br>
        Interlocuteurs : Camille Leroux (RH) et Dr Antoine Pellerin (Directeur de production)</p>
        <p>Merci de nous excuser pour ce changement. Si ce nouvel horaire ne vous convient pas, répondez
        simplement à ce message.</p>
        <p>Bien cordialement,<br>Camille Leroux<br>Biosynthèse Normande</p>
        <p style="color:#999;font-size:11px">Envoyé avec Recruitee</p>
        </body></html>
        """)
    d = "2026-10-13 14:20"
    return message([
        ("Received", rcv("mail.recruitee.com (mail.recruitee.com [35.158.21.90])", d, PAR, "Rc13oc")),
        ("From", addr("Biosynthèse Normande", "no-reply@mail.recruitee.com")),
        ("Reply-To", addr("Camille Leroux", "camille.leroux@biosynthese-normande.fr")),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Changement d'horaire de votre entretien – Biosynthèse Normande")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<recruitee.msg.6120934.bn@mail.recruitee.com>"),
    ], html(page))


@mail(19, family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-27 14:30", PAR), end=None,
      local="Tue 2026-10-27 14:30", zone=PAR,
      contact="s.aubert@lumen-procedes.fr", company="Lumen Procédés",
      note="Prose reschedule (windows-1252 QP) sent Fri 23 Oct in CEST: 'mardi 27 octobre à 14h30 au lieu de "
           "lundi 11h'; 27 Oct is after Europe returns to CET: 14:30 CET = 13:30Z; no length; contact = sender")
def prose_lumen():
    body = t("""
        Bonjour Monsieur Lefebvre,

        Suite à notre échange téléphonique de cet après-midi, je vous confirme le nouveau créneau
        pour votre entretien avec notre directeur technique : mardi 27 octobre à 14h30, au lieu de
        lundi 11h. L'adresse ne change pas (38 rue de Turbigo, Paris 3e, 5e étage).

        Je vous prie de nous excuser pour ce contretemps et vous souhaite un bon week-end.

        Cordialement,

        Stéphanie Aubert
        Assistante de direction – Lumen Procédés
        01 40 00 00 00
        """)
    d = "2026-10-23 17:55"
    return message([
        ("Received", rcv("mail.lumen-procedes.fr (mail.lumen-procedes.fr [213.186.33.4])", d, PAR, "Lp23oc")),
        ("From", addr("Stéphanie Aubert", "s.aubert@lumen-procedes.fr", "windows-1252")),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Report de votre entretien – Lumen Procédés", "windows-1252")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<000001dc4a21$7b3e2f10$71ba8d30$@lumen-procedes.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


@mail(20, family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-09 16:00", PAR), end=utc("2026-12-09 16:45", PAR),
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 16:45", zone=PAR,
      contact="ines.carvalho@corvane.fr", company="Corvane Sécurité",
      note="Google Calendar 'Invitation mise à jour' (French UI): moved from 'mar. 8 déc. 10:00' to 'mer. 9 déc. "
           "2026 16:00 – 16:45 (heure normale d'Europe centrale - Paris)' = 15:00-15:45Z; ICS SEQUENCE:1; "
           "contact = organizer")
def gcal_corvane_update():
    body = t("""
        Cet événement a été modifié.

        Entretien Hugo Lefebvre / Corvane Sécurité
        Modifié : mer. 9 déc. 2026 ⋅ 16:00 – 16:45 (heure normale d'Europe centrale - Paris)
        Ancienne date : mar. 8 déc. 2026 ⋅ 10:00 – 10:45

        Hugo, je dois décaler à cause d'un comité de direction, désolée ! Même lien Meet.
        Inès

        Participer avec Google Meet
        meet.google.com/pqe-zzkd-rmw

        Organisateur
        Inès Carvalho - ines.carvalho@corvane.fr

        Invités
        Inès Carvalho - organisateur
        hugo.lefebvre@example.org

        Répondre pour hugo.lefebvre@example.org
        Oui   Non   Peut-être   Plus d'options

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261209T160000
DTEND;TZID=Europe/Paris:20261209T164500
DTSTAMP:20261203T121000Z
ORGANIZER;CN=Inès Carvalho:mailto:ines.carvalho@corvane.fr
UID:1q9v7s3kd0b4m2r8t6e5c1a0ux@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lefebvre@example.org;X-NUM-GUESTS=0:mailto:hugo.lefebvre@example.org
CREATED:20261126T091500Z
LAST-MODIFIED:20261203T121000Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien Hugo Lefebvre / Corvane Sécurité
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    d = "2026-12-03 13:10"
    return message([
        ("Received", rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", d, PAR, "Gc03de")),
        ("From", addr("Inès Carvalho", "ines.carvalho@corvane.fr")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "ines.carvalho@corvane.fr"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Invitation mise à jour : Entretien Hugo Lefebvre / Corvane Sécurité @ mer. 9 déc. 2026 "
                        "16:00 - 16:45 (CET) (hugo.lefebvre@example.org)")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<calendar-2b8e0f71-5c3a-4e9d-b1a4-6f0d2c8e7a35@google.com>"),
    ], mixed(alt(text(body), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


# =========================================================================== positives: cancelled


@mail(21, family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-12 13:00", LON), end=utc("2026-11-12 14:00", LON),
      local="Thu 2026-11-12 13:00", local_end="2026-11-12 14:00", zone=LON,
      contact="kate.morrow@ashdown-eng.co.uk", company="Ashdown Engineering",
      note="Outlook cancellation (METHOD:CANCEL, TZID 'GMT Standard Time'): 'Thursday, 12 November 2026 13:00-14:00 "
           "(UTC+00:00) Dublin, Edinburgh, Lisbon, London' = 13:00-14:00Z, no new time; contact = organizer")
def exchange_cancel_ashdown():
    body = t("""
        When: Thursday, 12 November 2026 13:00-14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Hugo,

        I'm really sorry but I need to cancel Thursday's interview - Richard (the hiring manager) is off
        sick this week. I'll be in touch as soon as I have new dates from him.

        Kind regards,
        Kate

        Kate Morrow | Resourcing Partner | Ashdown Engineering
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kate Morrow:mailto:kate.morrow@ashdown-eng.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefebvre:mailto:hugo.lefebvre@example.org
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Hugo Lefebvre - Process Safety Engineer
DTSTART;TZID=GMT Standard Time:20261112T130000
DTEND;TZID=GMT Standard Time:20261112T140000
UID:040000008200E00074C5B7101A82E008000000005E2C1F0A9871DC01000000000000000010000000AE12
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261109T091400Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-09 09:14"
    return message([
        ("Received", rcv("CWLP265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:1a2::11)", d, LON, "Ad09nv")),
        ("From", "Kate Morrow <kate.morrow@ashdown-eng.co.uk>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Canceled: Interview - Hugo Lefebvre - Process Safety Engineer"),
        ("Thread-Topic", "Interview - Hugo Lefebvre - Process Safety Engineer"),
        ("Date", date(d, LON)),
        ("Message-ID", "<CWLP265MB51230A7E44F1@CWLP265MB5123.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "en-GB"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(22, family="softgarden", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-20 10:00", PAR), end=None,
      local="Fri 2026-11-20 10:00", zone=PAR,
      contact="thomas.girard@carbonor.fr", company="Carbonor Recyclage",
      note="softgarden cancellation without a new time: 'votre entretien prévu le vendredi 20 novembre 2026 à "
           "10h00' (CET = 09:00Z) is cancelled, the post filled internally; contact = HR address in the body")
def softgarden_carbonor():
    body = t("""
        Bonjour Monsieur Lefebvre,

        Nous sommes au regret de devoir annuler votre entretien prévu le vendredi 20 novembre 2026 à
        10h00 pour le poste de Chargé de prévention des risques industriels (Caen – Mondeville).

        Le poste vient en effet d'être pourvu par une mobilité interne. Nous conservons votre
        candidature et ne manquerons pas de revenir vers vous si une opportunité similaire se
        présentait.

        Pour toute question : Thomas Girard, Ressources Humaines – thomas.girard@carbonor.fr

        Avec nos excuses pour ce désagrément,

        Carbonor Recyclage
        Ce message a été généré via softgarden. Merci de ne pas répondre directement.
        """)
    d = "2026-11-18 10:00"
    return message([
        ("Received", rcv("mout.softgarden.io (mout.softgarden.io [185.176.96.14])", d, PAR, "Sg18nv")),
        ("From", "Carbonor Recyclage <noreply@softgarden.io>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Annulation de votre entretien – Chargé de prévention des risques industriels")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<sg-msg-20261118090000-441207@softgarden.io>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(23, family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-04 15:00", LON), end=None,
      local="Fri 2026-12-04 15:00", zone=LON,
      contact="j.tregarthen@pellowmarine.co.uk", company="Pellow Marine",
      note="Hiring manager cancels 'our call on Friday at 3pm (UK)' - Date Tue 1 Dec -> Fri 4 Dec 15:00 GMT = "
           "15:00Z; the 'options next week' are not fixed, so cancelled with no new time; contact = sender")
def prose_cancel_pellow():
    body = t("""
        Hi Hugo,

        Apologies for the short-ish notice, but I'm going to have to cancel our call on Friday at 3pm (UK).
        We've had a loss of containment on one of the vessels in Falmouth and I'll be down there for the
        rest of the week.

        I do still want to talk - I'll send you a couple of options for next week once I'm back at a desk.

        Sorry again,
        James

        James Tregarthen
        Technical Director, Pellow Marine
        Sent from Outlook for Android
        """)
    d = "2026-12-01 18:20"
    return message([
        ("Received", rcv("mail-am6eur05on2061.outbound.protection.outlook.com ([40.107.22.61])", d, LON, "Pm01dc")),
        ("From", "James Tregarthen <j.tregarthen@pellowmarine.co.uk>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", "Friday"),
        ("Date", date(d, LON)),
        ("Message-ID", "<AM6P193MB0318C5E1@AM6P193MB0318.EURP193.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(24, family="job_centre", lang="fr", interview=False, company=None,
      note="Job-centre convocation: 'entretien de suivi' with a counsellor at a fixed time (jeudi 10 septembre "
           "14h15) - an appointment about the job search, not a job interview",
      days=(("Thu", "2026-09-10"),))
def job_centre():
    body = t("""
        Madame, Monsieur,

        Vous êtes convoqué(e) à un entretien de suivi de votre projet professionnel :

        Le jeudi 10 septembre 2026 à 14h15
        Agence Réseau Emploi Normandie - Rouen Saint-Sever
        12 avenue de Bretagne, 76100 Rouen

        Votre conseiller : M. Karim Bensaïd

        Merci de vous présenter muni(e) de votre CV à jour et de la liste des démarches effectuées
        depuis notre dernier rendez-vous. En cas d'empêchement, prévenez votre agence au plus tard
        la veille depuis votre espace personnel.

        L'absence à un rendez-vous sans motif légitime peut entraîner une radiation.

        Réseau Emploi Normandie
        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    d = "2026-09-03 07:30"
    return message([
        ("Received", rcv("smtp-out.reseau-emploi-normandie.fr (smtp-out.reseau-emploi-normandie.fr "
                         "[193.56.12.40])", d, PAR, "Re03se")),
        ("From", "Reseau Emploi Normandie <ne-pas-repondre@reseau-emploi-normandie.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Convocation à un entretien - jeudi 10 septembre 2026")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<conv.20260903.0730.889214@reseau-emploi-normandie.fr>"),
    ], html("<html><body><pre style=\"font-family:Arial\">\n" + body + "</pre></body></html>\n",
            charset="iso-8859-1"))


@mail(25, family="press_interview", lang="fr", interview=False, company=None,
      note="A journalist confirms an interview OF Hugo (as a process-safety expert) on jeudi 24 septembre 11h - "
           "press, not a job interview",
      days=(("Thu", "2026-09-24"),))
def press_echo_seine():
    body = t("""
        Bonjour Hugo,

        Merci d'avoir accepté ! Je vous confirme notre interview jeudi 24 septembre à 11h, par
        téléphone (je vous appelle sur votre portable), pour une trentaine de minutes.

        Le papier porte sur la culture de sécurité dans les sites Seveso de l'agglomération, sept ans
        après l'incendie de 2019. Je vous enverrai vos citations pour relecture avant publication,
        comme convenu.

        Bien cordialement,

        Clémence Dorval
        Journaliste - service Économie
        L'Écho de la Seine
        """)
    d = "2026-09-18 12:04"
    return message([
        ("Received", rcv("mail.echo-seine.fr (mail.echo-seine.fr [62.210.8.77])", d, PAR, "Ec18se")),
        ("From", addr("Clémence Dorval", "c.dorval@echo-seine.fr")),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Interview - article sites Seveso"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<9c1e7b20-3f4a-d0e2@echo-seine.fr>"),
    ], text(body, cte="8bit"))


@mail(26, family="podcast", lang="fr", interview=False, company=None,
      note="Podcast recording confirmed for mardi 6 octobre 18h (Riverside link) - Hugo is the guest, not a job "
           "interview",
      days=(("Tue", "2026-10-06"),))
def podcast_risques():
    body = t("""
        Salut Hugo,

        Top, c'est calé ! Enregistrement de l'épisode « Ce que les HAZOP ne voient pas » mardi 6
        octobre à 18h, durée prévue 1h (on coupe au montage).

        Lien studio (Riverside) : https://riverside.fm/studio/risques-et-procedes
        Prends un casque filaire si tu peux, et coupe les notifications 😉

        Au programme : ton parcours, les retours d'expérience sur les unités d'ammoniac, et la
        question qu'on pose à tous nos invités.

        À mardi !
        Yann
        Risques & Procédés - le podcast
        """)
    d = "2026-10-01 20:48"
    return message([
        ("Received", rcv("mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])", d, PAR, "Po01oc")),
        ("From", "Yann Le Goff <yann.risquesetprocedes@gmail.com>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Enregistrement podcast - mardi 6 octobre 18h")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<CAF3kLp0q2YmR8a+Zx7v1TbN4o@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(27, family="admission_interview", lang="fr", interview=False, company=None,
      note="Admission interview for a part-time Mastère spécialisé (mercredi 7 octobre 9h00, with ICS) - a "
           "school admission, not a job interview",
      days=(("Wed", "2026-10-07"),))
def admission_mastere():
    body = t("""
        Monsieur Lefebvre,

        Votre dossier de candidature au Mastère Spécialisé « Management des Risques Industriels »
        (formation à temps partiel, promotion 2027) a retenu l'attention du jury.

        Nous avons le plaisir de vous convier à un entretien d'admission :

          mercredi 7 octobre 2026 à 9h00 (durée : 20 minutes)
          Campus de Saint-Étienne-du-Rouvray, bâtiment B, salle B204

        Le jury est composé du responsable pédagogique et d'un professionnel du secteur. Vous
        présenterez en 5 minutes votre projet professionnel et votre plan de financement.

        Service des admissions
        École Supérieure des Risques de Normandie
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ESRN//Admissions//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:adm-ms-mri-2027-0412@esrn.fr
DTSTAMP:20260928T091000Z
DTSTART;TZID=Europe/Paris:20261007T090000
DTEND;TZID=Europe/Paris:20261007T092000
SUMMARY:Entretien d'admission MS MRI - H. Lefebvre
LOCATION:Campus Saint-Étienne-du-Rouvray\\, salle B204
ORGANIZER;CN=Admissions ESRN:mailto:admissions@esrn.fr
END:VEVENT
END:VCALENDAR"""
    d = "2026-09-28 11:10"
    return message([
        ("Received", rcv("smtp.esrn.fr (smtp.esrn.fr [194.199.10.12])", d, PAR, "Ad28se")),
        ("From", "Admissions ESRN <admissions@esrn.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Convocation à l'entretien d'admission - MS Management des Risques Industriels")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<adm.0412.20260928@esrn.fr>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="entretien-admission.ics",
                                  disposition="attachment")))


@mail(28, family="sports_tryout", lang="fr", interview=False, company=None,
      note="Rugby club try-out session (mardi 15 septembre 19h30) - a sports trial, not a job interview",
      days=(("Tue", "2026-09-15"),))
def rugby_tryout():
    body = t("""
        Salut Hugo,

        Suite à ton message sur le site : tu es le bienvenu pour une séance d'essai avec les loisirs
        mardi 15 septembre à 19h30, stade Jean-Mermoz (terrain synthétique). Viens 15 min avant pour
        qu'on fasse les présentations.

        Prévois crampons moulés, protège-dents et une bouteille d'eau. Si ça te plaît, on verra la
        licence et le certificat médical après.

        Sportivement,
        Seb - responsable section loisirs
        RC Rouen Rive Gauche
        """)
    d = "2026-09-10 22:15"
    return message([
        ("Received", rcv("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", d, PAR, "Rg10se")),
        ("From", "RC Rouen Rive Gauche <rcrrg.loisirs@gmail.com>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Séance d'essai mardi")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<CAM2pQ7v+kR0sT1uW3xY9zA8bC@mail.gmail.com>"),
    ], text(body, cte="quoted-printable"))


@mail(29, family="car_service", lang="fr", interview=False, company=None,
      note="Garage appointment confirmation (révision, jeudi 1er octobre 8h00) - fixed time, not an interview",
      days=(("Thu", "2026-10-01"),))
def garage():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2 style="color:#c8102e">Votre rendez-vous atelier est confirmé</h2>
        <p>Bonjour M. LEFEBVRE,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <ul>
        <li><b>Prestation :</b> Révision constructeur 60 000 km + contrôle freinage</li>
        <li><b>Véhicule :</b> Peugeot 308 SW - GH-123-XZ</li>
        <li><b>Date :</b> jeudi 1er octobre 2026</li>
        <li><b>Heure de dépôt :</b> 8h00</li>
        <li><b>Restitution estimée :</b> 17h30</li>
        </ul>
        <p>Garage Normand Auto - 85 route de Darnétal, 76000 Rouen - 02 35 00 00 00</p>
        <p style="font-size:11px;color:#777">Pour modifier ou annuler votre rendez-vous, utilisez le lien présent dans votre espace client.</p>
        </body></html>
        """)
    d = "2026-09-24 16:40"
    return message([
        ("Received", rcv("mta2.rdv-atelier.fr (mta2.rdv-atelier.fr [51.77.80.19])", d, PAR, "Ga24se")),
        ("From", "Garage Normand Auto <rdv@garage-normand-auto.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Confirmation de votre rendez-vous atelier du 01/10/2026")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<rdv.774120.20260924@garage-normand-auto.fr>"),
    ], html(page, charset="iso-8859-1"))


@mail(30, family="tax_office", lang="fr", interview=False, company=None,
      note="Tax-office phone appointment (lundi 19 octobre 10h30) - administrative, not a job interview",
      days=(("Mon", "2026-10-19"),))
def tax_office():
    body = t("""
        Bonjour,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des Impôts des Particuliers de Rouen
        Motif : Déclaration de revenus - changement de situation professionnelle
        Type : rendez-vous téléphonique
        Date : lundi 19 octobre 2026
        Heure : 10h30

        Un agent vous appellera au numéro indiqué lors de votre demande. Munissez-vous de votre
        numéro fiscal et de votre dernier avis d'imposition.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    d = "2026-10-12 09:18"
    return message([
        ("Received", rcv("smtp.rdv-sip.fr (smtp.rdv-sip.fr [145.242.11.8])", d, PAR, "Tx12oc")),
        ("From", "Prise de rendez-vous SIP <ne-pas-repondre@rdv-sip.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Confirmation de votre rendez-vous téléphonique")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<rdv-sip-20261012-3318804@rdv-sip.fr>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(31, family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly booking with a career coach for a 'simulation d'entretien' (vendredi 16 octobre 17:00) - "
           "a mock interview, not a job interview",
      days=(("Fri", "2026-10-16"),))
def calendly_coach():
    body = t("""
        Bonjour Hugo Lefebvre,

        Un nouvel événement a été programmé.

        Type d'événement :
        Coaching - Simulation d'entretien (60 min)

        Organisateur :
        Nathalie Brunet - Cap Carrière

        Date/Heure de l'événement :
        17:00 - 18:00, vendredi 16 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Zoom - https://us06web.zoom.us/j/81234509876

        Réponses de l'invité :
        Poste visé : ingénieur sécurité procédés, entretiens prévus avec deux industriels

        Pour préparer la séance, envoyez votre CV et l'annonce à nathalie@capcarriere-coaching.fr.

        Propulsé par Calendly.com
        """)
    d = "2026-10-09 13:02"
    return message([
        ("Received", rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.100.18])", d, PAR, "Cc09oc")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Nathalie Brunet <nathalie@capcarriere-coaching.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Confirmé : Coaching - Simulation d'entretien (60 min) avec Nathalie Brunet le vendredi "
                        "16 octobre 2026")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<20261009110200.8a1d44e0.calendly@sendgrid.net>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(32, family="proposed_times", lang="fr", interview=False, company="Ingéris Conseil",
      note="Recruiter proposes two slots (mardi 3 novembre 10h or mercredi 4 à 14h) and asks which suits; nothing "
           "confirmed yet",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def proposed_ingeris():
    body = t("""
        Bonjour Hugo,

        Merci pour votre candidature au poste de Consultant Sécurité Industrielle (Paris / Normandie).
        Votre profil correspond bien à ce que recherche notre directeur d'agence.

        Seriez-vous disponible mardi 3 novembre à 10h ou mercredi 4 à 14h pour un premier entretien
        en visio d'environ 45 minutes ? Dès votre retour, je vous envoie l'invitation.

        Bien cordialement,

        Hélène Vasseur
        Chargée de recrutement - Ingéris Conseil
        """)
    d = "2026-10-28 10:26"
    return message([
        ("Received", rcv("mail-fr2deu01on2090.outbound.protection.outlook.com ([40.107.135.90])", d, PAR, "Ig28oc")),
        ("From", addr("Hélène Vasseur", "helene.vasseur@ingeris-conseil.fr")),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Votre candidature – Consultant Sécurité Industrielle")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<FR2P281MB09921D3E@FR2P281MB0992.DEUP281.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(33, family="forwarded_other_interview", lang="fr", interview=False, company=None,
      note="Flatmate forwards his OWN interview confirmation (message/rfc822 with an ICS inside, Thu 29 Oct "
           "10:00 CET) asking Hugo to help him rehearse - confirmed, but not Hugo's interview",
      days=(("Thu", "2026-10-29"), ("Wed", "2026-10-28")))
def flatmate_forward():
    inner_body = t("""
        Hi Antoine,

        Your interview for Quality Engineer (Composite Structures) is confirmed:

        Thursday, October 29, 2026
        10:00 AM - 11:00 AM CET (Paris)
        Corbel Aerostructures, 4 rue Hélène Boucher, 76120 Le Grand-Quevilly

        Reply to this email if anything changes.

        Corbel Aerostructures Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduling//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-interview-9921004-corbel
DTSTAMP:20261022T081500Z
DTSTART;TZID=Europe/Paris:20261029T100000
DTEND;TZID=Europe/Paris:20261029T110000
SUMMARY:Interview: Antoine Marchal - Quality Engineer
ORGANIZER;CN=Laura Petit:mailto:laura.petit@corbel-aero.fr
ATTENDEE;CN=Antoine Marchal;RSVP=TRUE:mailto:antoine.marchal@example.net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    inner = message([
        ("From", "Corbel Aerostructures <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Laura Petit <laura.petit@corbel-aero.fr>"),
        ("To", "Antoine Marchal <antoine.marchal@example.net>"),
        ("Subject", "Interview Confirmation: Quality Engineer (Composite Structures)"),
        ("Date", date("2026-10-22 10:15", PAR)),
        ("Message-ID", "<gh.9921004.20261022081500.77aa@us.greenhouse-mail.io>"),
    ], mixed(text(inner_body), calendar(ics, filename="invite.ics", disposition="attachment")))
    body = t("""
        Regarde !!! Ils m'ont rappelé 🎉

        Tu pourrais me faire répéter mercredi soir ? Toi qui passes des entretiens toutes les
        semaines en ce moment, tu dois connaître les questions par cœur 😅

        Antoine
        """)
    d = "2026-10-22 19:03"
    return message([
        ("Received", rcv("mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", d, PAR, "Am22oc")),
        ("From", "Antoine Marchal <antoine.marchal@example.net>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Quality Engineer (Composite Structures)"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<CAB8uX1c9q+Lm4N2oP7rS0tV@mail.example.net>"),
    ], mixed(text(body, cte="8bit"), attached_message(inner, "Interview Confirmation.eml")))


@mail(34, family="medical_appointment", lang="fr", interview=False, company=None,
      note="Dentist booking confirmation with ICS (mardi 10 novembre 18h15) - fixed time, not an interview",
      days=(("Tue", "2026-11-10"),))
def dentist():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b2a4a">
        <p style="font-size:18px"><b>Votre rendez-vous est confirmé</b></p>
        <p>Bonjour Hugo,</p>
        <table cellpadding="4">
        <tr><td>Praticien</td><td><b>Dr Anne Poulain</b> - Chirurgien-dentiste</td></tr>
        <tr><td>Motif</td><td>Consultation de contrôle / détartrage</td></tr>
        <tr><td>Date</td><td>mardi 10 novembre 2026 à 18:15</td></tr>
        <tr><td>Adresse</td><td>22 rue du Gros-Horloge, 76000 Rouen</td></tr>
        </table>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez au moins 24 h à l'avance.</p>
        <p style="font-size:11px;color:#888">Santéclic - prise de rendez-vous en ligne</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Santeclic//RDV//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-55120934@santeclic.fr
DTSTAMP:20261102T190000Z
DTSTART;TZID=Europe/Paris:20261110T181500
DTEND;TZID=Europe/Paris:20261110T184500
SUMMARY:RDV Dr Anne Poulain (dentiste)
LOCATION:22 rue du Gros-Horloge\\, 76000 Rouen
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-02 20:00"
    return message([
        ("Received", rcv("mailer.santeclic.fr (mailer.santeclic.fr [5.39.12.140])", d, PAR, "Sc02nv")),
        ("From", "Santeclic <no-reply@santeclic.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Rendez-vous confirmé le mardi 10 novembre à 18:15 avec Dr Anne Poulain")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<rdv.55120934.confirm@santeclic.fr>"),
    ], mixed(html(page), calendar(ics, method="PUBLISH", filename="rendez-vous.ics", disposition="attachment")))


@mail(35, family="parent_teacher", lang="fr", interview=False, company=None,
      note="School message confirming a parent-teacher meeting (jeudi 19 novembre 17h40) - not a job interview",
      days=(("Thu", "2026-11-19"),))
def parent_teacher():
    body = t("""
        Message de : Mme GOSSELIN Valérie (Professeur principal - 5e B)
        Destinataires : M. LEFEBVRE Hugo (responsable de LEFEBVRE Léo)

        Bonjour Monsieur,

        Je vous confirme notre rencontre le jeudi 19 novembre à 17h40, salle 112, pour faire le point
        sur le premier trimestre de Léo. Le rendez-vous dure 10 minutes ; si vous souhaitez plus de
        temps, nous pourrons convenir d'un autre moment.

        Cordialement,
        V. Gosselin

        ---
        Ce message vous a été envoyé depuis l'ENT du Collège Les Tilleuls. Ne répondez pas à cet
        e-mail : utilisez la messagerie de l'ENT.
        """)
    d = "2026-11-13 18:22"
    return message([
        ("Received", rcv("smtp.ent-normandie.fr (smtp.ent-normandie.fr [178.33.7.201])", d, PAR, "En13nv")),
        ("From", "ENT College Les Tilleuls <ne-pas-repondre@ent-normandie.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Nouveau message : Rencontre parents-professeurs")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<ent.msg.1731518520.44812@ent-normandie.fr>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(36, family="hiring_panel_current_job", lang="fr", interview=False, company=None,
      note="Current employer's HR invites Hugo to SIT ON a panel interviewing a candidate (mardi 17 novembre 10h, "
           "Outlook ICS) - Hugo is the interviewer, not the candidate",
      days=(("Tue", "2026-11-17"),))
def panel_rivachem():
    body = t("""
        Bonjour Hugo,

        Comme évoqué en réunion d'équipe, je t'ajoute au jury pour le recrutement du Technicien HSE
        (remplacement de Karine). Le candidat retenu pour le 2e tour est M. Dufour, CV en pièce jointe
        sur le SharePoint RH.

        Ta partie : 20 min de questions techniques (permis de feu, consignations, analyse de risques
        au poste). Merci d'avoir préparé ta grille avant.

        Merci !
        Agnès Fournier
        Ressources Humaines - Rivachem Petit-Couronne
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Agnes Fournier:mailto:agnes.fournier@rivachem.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefebvre:mailto:hugo.lefebvre@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bruno Lecat:mailto:bruno.lecat@rivachem.fr
SUMMARY;LANGUAGE=fr-FR:Jury entretien candidat - Technicien HSE (M. Dufour)
DTSTART;TZID=Romance Standard Time:20261117T100000
DTEND;TZID=Romance Standard Time:20261117T113000
UID:040000008200E00074C5B7101A82E00800000000C4F1A9E07277DC01000000000000000010000000RV17
DTSTAMP:20261110T131500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Seine - bâtiment administratif
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-10 14:15"
    return message([
        ("Received", rcv("DB9P192MB1522.EURP192.PROD.OUTLOOK.COM (2603:10a6:10:3b2::5)", d, PAR, "Rv10nv")),
        ("From", "Agnes Fournier <agnes.fournier@rivachem.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("CC", "Bruno Lecat <bruno.lecat@rivachem.fr>"),
        ("Subject", "Jury entretien candidat - Technicien HSE (M. Dufour)"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<DB9P192MB15227A10C3@DB9P192MB1522.EURP192.PROD.OUTLOOK.COM>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(37, family="current_job_event", lang="fr", interview=False, company=None,
      note="Current employer's emergency-plan drill (exercice POI, mardi 24 novembre 9h00-12h00, Outlook ICS) - "
           "a work event, not an interview",
      days=(("Tue", "2026-11-24"),))
def poi_drill():
    body = t("""
        Bonjour à tous,

        L'exercice POI annuel aura lieu le mardi 24 novembre de 9h00 à 12h00 (scénario non communiqué,
        participation du SDIS 76). Merci de bloquer la matinée et de ne pas planifier de travaux par
        points chauds sur la zone nord ce jour-là.

        Débriefing à chaud à 11h30 en salle de crise.

        Bruno Lecat
        Responsable HSE - Rivachem Petit-Couronne
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Bruno Lecat:mailto:bruno.lecat@rivachem.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hse-cadres@rivachem.fr
SUMMARY;LANGUAGE=fr-FR:Exercice POI 2026
DTSTART;TZID=Romance Standard Time:20261124T090000
DTEND;TZID=Romance Standard Time:20261124T120000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D37A77DC01000000000000000010000000PO24
DTSTAMP:20261116T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de crise / site
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-16 09:00"
    return message([
        ("Received", rcv("DB9P192MB1522.EURP192.PROD.OUTLOOK.COM (2603:10a6:10:3b2::5)", d, PAR, "Po16nv")),
        ("From", "Bruno Lecat <bruno.lecat@rivachem.fr>"),
        ("To", "HSE Cadres <hse-cadres@rivachem.fr>"),
        ("Subject", "Exercice POI 2026"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<DB9P192MB1522B5C4E0@DB9P192MB1522.EURP192.PROD.OUTLOOK.COM>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(38, family="rejection", lang="fr", interview=False, company="Normachem",
      note="Workday rejection after the 6 October interview (same thread as the Normachem confirmation); the "
           "past interview date is mentioned, nothing is scheduled",
      days=(("Tue", "2026-10-06"),))
def rejection_normachem():
    page = t("""
        <html><body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Bonjour Hugo Lefebvre,</p>
        <p>Nous vous remercions pour l'intérêt que vous portez à Normachem et pour le temps que vous nous avez consacré lors de votre entretien du mardi 6 octobre.</p>
        <p>Après une étude attentive, nous avons le regret de vous informer que nous avons retenu une candidature dont le profil correspond plus précisément aux besoins du poste <b>Ingénieur Sécurité des Procédés H/F (R-0041873)</b>.</p>
        <p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
        <p>Cordialement,<br>L'équipe Recrutement Normachem</p>
        </div></body></html>
        """)
    d = "2026-10-16 17:02"
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [209.177.165.12])", d, PAR, "wdR16o")),
        ("From", "Normachem <normachem@myworkday.com>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Votre candidature – Ingénieur Sécurité des Procédés H/F")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<1983301488.90544.1792162920000@wd5-prod-smtp.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(39, family="offer", lang="en", interview=False, company="Kestrel Risk Engineering",
      note="Offer letter after the interviews, with a start date and a reply deadline; no interview scheduled",
      days=(("Fri", "2026-10-16"), ("Mon", "2026-11-30")))
def offer_kestrel():
    body = t("""
        Hi Hugo,

        I'm delighted to let you know that, following your interviews with Marcus and the team, we'd
        like to offer you the role of Senior Process Safety Engineer (Hazard Studies).

        The headline terms are in the attached offer letter: £68,000 base, hybrid working from our
        London office (two days a week), relocation support, and a proposed start date of Monday 30
        November, which we can flex.

        Could you let me know by Friday 16 October whether you'd like to accept? Happy to jump on a
        call if you have any questions at all - just reply with a time that suits.

        Congratulations!

        Imogen Sallow
        Talent Partner, Kestrel Risk Engineering
        """)
    d = "2026-10-08 16:45"
    return message([
        ("Received", rcv("mail-lo4gbr01on2113.outbound.protection.outlook.com ([40.107.12.113])", d, LON, "Ks08oc")),
        ("From", "Imogen Sallow <imogen.sallow@kestrelrisk.co.uk>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Offer - Senior Process Safety Engineer"),
        ("Date", date(d, LON)),
        ("Message-ID", "<LO4P265MB61772E0B@LO4P265MB6177.GBRP265.PROD.OUTLOOK.COM>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_part([("Content-Type", 'application/pdf; name="Offer_Hugo_Lefebvre.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Offer_Hugo_Lefebvre.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\n"
                      "PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")))


@mail(40, family="application_ack", lang="fr", interview=False, company="Arvelia Chemicals",
      note="Taleo application receipt; 'si votre profil est retenu ... pour un entretien' is hypothetical")
def taleo_ack():
    body = t("""
        Bonjour Hugo,

        Nous accusons bonne réception de votre candidature au poste suivant :

        Ingénieur Sécurité Procédés - Site de Port-Jérôme (Réf. 2600418)

        Notre équipe Recrutement étudie actuellement votre dossier. Si votre profil est retenu, un
        membre de l'équipe vous contactera dans les prochaines semaines afin de convenir d'un
        entretien. Sans nouvelles de notre part d'ici un mois, vous pourrez considérer que nous
        n'avons pas pu donner une suite favorable à votre candidature.

        Vous pouvez suivre l'avancement de votre candidature depuis votre profil candidat.

        Cordialement,
        Arvelia Chemicals - Talent Acquisition

        Ceci est un message automatique. Merci de ne pas répondre.
        """)
    d = "2026-09-14 23:12"
    return message([
        ("Received", rcv("smtp-oracle.taleo.net (smtp-oracle.taleo.net [160.34.12.88])", d, PAR, "Tl14se")),
        ("From", "Arvelia Chemicals <no-reply@taleo.net>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Arvelia Chemicals - Accusé de réception de votre candidature")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<1245507712.33019.1789513920412.JavaMail.taleo@tlp4bmail03>"),
    ], html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n",
            charset="windows-1252"))


@mail(41, family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert digest with List-Unsubscribe; 'entretiens en cours' badges are not confirmations")
def job_alert():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f3f3f3">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#005f73">8 nouvelles offres pour « ingénieur sécurité procédés » près de Rouen</h2>
        <p><b>Ingénieur Risques Industriels H/F</b> - Port-Jérôme-sur-Seine (76)<br>CDI · 55-65 k€ · <span style="color:#2a9d8f">Entretiens en cours</span></p>
        <p><b>Process Safety Engineer</b> - Le Havre (76)<br>CDI · Anglais courant · Publiée il y a 2 jours</p>
        <p><b>Responsable HSE site Seveso seuil haut</b> - Evreux (27)<br>CDI · <span style="color:#2a9d8f">Recrutement urgent - entretiens cette semaine</span></p>
        <p><b>Chargé d'études de dangers</b> - Caen (14)<br>CDD 12 mois · Télétravail partiel</p>
        <p><a href="https://www.emploi-chimie.fr/alertes/voir?id=88120">Voir les 8 offres</a></p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur Emploi-Chimie.fr.
        <a href="https://www.emploi-chimie.fr/alertes/desinscription?id=88120">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    d = "2026-11-19 06:30"
    return message([
        ("Received", rcv("mta12.emploi-chimie.fr (mta12.emploi-chimie.fr [92.243.5.12])", d, PAR, "Ja19nv")),
        ("From", "Emploi-Chimie.fr <alertes@emploi-chimie.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("8 nouvelles offres : ingénieur sécurité procédés – Rouen")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<alert.88120.20261119@emploi-chimie.fr>"),
        ("List-Unsubscribe", "<https://www.emploi-chimie.fr/alertes/desinscription?id=88120>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(42, family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career newsletter about interview questions, advertising a webinar (jeudi 3 décembre 12h30); confirms "
           "nothing for Hugo",
      days=(("Thu", "2026-12-03"),))
def newsletter():
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#222">
        <h1 style="font-size:22px">Entretien d'embauche : les 7 questions qui piègent les ingénieurs</h1>
        <p>« Parlez-moi d'un échec. » « Où vous voyez-vous dans cinq ans ? » Nos recruteurs partenaires
        ont listé les questions qui déstabilisent le plus les profils techniques en entretien - et la
        façon d'y répondre sans réciter.</p>
        <p><a href="https://lemagcadres.fr/articles/questions-pieges-entretien">Lire l'article</a></p>
        <h2 style="font-size:18px">Webinaire : réussir son entretien en visio</h2>
        <p>Jeudi 3 décembre à 12h30, 45 minutes en direct avec une DRH de l'industrie. Gratuit,
        inscription obligatoire.</p>
        <p><a href="https://lemagcadres.fr/webinaires/entretien-visio">Je m'inscris</a></p>
        <p style="font-size:11px;color:#777">Le Mag Cadres - vous recevez cette lettre car vous y êtes abonné.
        <a href="https://lemagcadres.fr/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    d = "2026-11-26 07:00"
    return message([
        ("Received", rcv("mail182.sea31.mcsv.net (mail182.sea31.mcsv.net [198.2.132.182])", d, PAR, "Nl26nv")),
        ("From", "Le Mag Cadres <newsletter@lemagcadres.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Entretien d'embauche : les 7 questions qui piègent les ingénieurs")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<8e2a0b7c1d43f.20261126.mc@mcsv.net>"),
        ("List-Unsubscribe", "<https://lemagcadres.fr/desabonnement>"),
        ("List-Id", "Le Mag Cadres <newsletter.lemagcadres.fr>"),
        ("Precedence", "bulk"),
    ], alt(text("Entretien d'embauche : les 7 questions qui piègent les ingénieurs\n\n"
                "Lire l'article : https://lemagcadres.fr/articles/questions-pieges-entretien\n\n"
                "Webinaire : réussir son entretien en visio - jeudi 3 décembre à 12h30, 45 minutes en direct.\n"
                "Inscription : https://lemagcadres.fr/webinaires/entretien-visio\n"), html(page)))


@mail(43, family="scheduling_link", lang="fr", interview=False, company="Atmos Ingénierie",
      note="Recruiter asks Hugo to pick a slot himself through a Calendly link; no time chosen yet (the booking "
           "confirmation comes later, separately)")
def atmos_pick_slot():
    body = t("""
        Bonjour Hugo,

        Merci pour votre candidature au poste d'Ingénieur études de dangers (EDD) à La Défense.
        J'aimerais échanger 30 minutes avec vous par téléphone pour faire connaissance.

        Vous pouvez choisir directement le créneau qui vous convient dans mon agenda :
        https://calendly.com/claire-moreau-atmos/prequalification

        J'ai encore des disponibilités la semaine prochaine, du lundi au jeudi.

        Belle journée,

        Claire Moreau
        Talent Acquisition Manager - Atmos Ingénierie
        """)
    d = "2026-10-27 11:32"
    return message([
        ("Received", rcv("mail-pa1-f42.google.com (mail-pa1-f42.google.com [209.85.210.42])", d, PAR, "At27oc")),
        ("From", "Claire Moreau <claire.moreau@atmos-ingenierie.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Atmos Ingénierie – votre candidature EDD")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<CAKt2Lm9Q+x0aB4cD7eF1gH3@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(44, family="recruiter_outreach", lang="fr", interview=False, company="Vectis Executive",
      note="Headhunter's LinkedIn-relayed message asking for 'un échange rapide cette semaine', no time fixed")
def outreach_vectis():
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#191919">
        <p><b>Grégoire Thibault</b> vous a envoyé un message InMail</p>
        <p style="color:#666;font-size:12px">Associé - Vectis Executive · Industrie lourde & énergie</p>
        <div style="border-left:3px solid #0a66c2;padding-left:12px">
        <p>Bonjour Hugo,</p>
        <p>Je recrute pour un client confidentiel (groupe chimique, site Seveso seuil haut en vallée de Seine) un Responsable Sécurité Procédés. Votre parcours chez Rivachem m'a interpellé.</p>
        <p>Auriez-vous 15 minutes pour un échange rapide cette semaine ? Dites-moi ce qui vous arrange, je m'adapte.</p>
        <p>Grégoire</p>
        </div>
        <p><a href="https://www.linkedin.com/messaging/thread/2-ZTNmMGI5" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Répondre</a></p>
        <p style="font-size:11px;color:#888">Vous recevez des notifications d'InMail. Se désabonner · Aide</p>
        </body></html>
        """)
    d = "2026-11-03 08:47"
    return message([
        ("Received", rcv("mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.197])", d, PAR, "Li03nv")),
        ("From", enc("Grégoire Thibault via LinkedIn") + " <inmail-hit-reply@linkedin.com>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Responsable Sécurité Procédés – vallée de Seine")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<1372014891.1190472.1793692020000@ltx1-app3281.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/e/v2/unsubscribe?t=inmail>"),
    ], html(page))


@mail(45, family="auto_reply", lang="fr", interview=False, company="Cap Seine Énergie",
      note="Out-of-office auto-reply (Auto-Submitted) from the Cap Seine recruiter; her return time 'lundi 2 "
           "novembre à 9h' is not an interview",
      days=(("Mon", "2026-11-02"),))
def ooo_capseine():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 30 octobre inclus, sans accès à ma messagerie.
        Je serai de retour lundi 2 novembre à 9h et traiterai votre message dès que possible.

        Pour toute urgence concernant un recrutement en cours, vous pouvez contacter
        recrutement@capseine-energie.fr.

        Julie Bertin
        Cap Seine Énergie
        """)
    d = "2026-10-26 21:05"
    return message([
        ("Received", rcv("mail.capseine-energie.fr (mail.capseine-energie.fr [80.247.230.17])", d, PAR, "Oo26oc")),
        ("From", "Julie Bertin <julie.bertin@capseine-energie.fr>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<autoreply.5ab2e1@capseine-energie.fr>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, cte="8bit"))


@mail(46, family="bounce", lang="fr", interview=False, company=None,
      note="Delivery failure report (multipart/report) for Hugo's own reply confirming an interview time; the "
           "quoted confirmation is his, it bounced, and the mailer daemon confirms nothing",
      days=(("Thu", "2026-11-26"),))
def bounce():
    notice = t("""
        Ceci est un message automatique du serveur de messagerie mx1.example.org.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires.

        <f.lambert@hydreo-normandie.fr> : adresse inconnue
        Le serveur distant a répondu : 550 5.1.1 <f.lambert@hydreo-normandie.fr>: Recipient address
        rejected: User unknown in virtual mailbox table

        Vérifiez l'orthographe de l'adresse et renvoyez votre message.
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Mon, 23 Nov 2026 18:02:11 +0100

        Final-Recipient: rfc822; f.lambert@hydreo-normandie.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.hydreo-normandie.fr
        Diagnostic-Code: smtp; 550 5.1.1 <f.lambert@hydreo-normandie.fr>: Recipient address rejected: User unknown
        """)
    original = message([
        ("From", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("To", "f.lambert@hydreo-normandie.fr"),
        ("Subject", "Re: Entretien jeudi 26 novembre"),
        ("Date", date("2026-11-23 18:02", PAR)),
        ("Message-ID", "<CAH7vQm+x9Kz2@mail.example.org>"),
    ], text(t("""
        Bonjour M. Lambert,

        Je vous confirme ma présence jeudi 26 novembre à 14h à Caen. Merci encore pour votre appel.

        Bien cordialement,
        Hugo Lefebvre
        """), cte="8bit"))
    report = raw_part([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="=_dsn_4a7c1"')],
                      "--=_dsn_4a7c1\n"
                      "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
                      + notice + "\n--=_dsn_4a7c1\n"
                      "Content-Type: message/delivery-status\n\n" + status
                      + "\n--=_dsn_4a7c1\nContent-Type: message/rfc822\n\n"
                      + original.decode("utf-8").replace("\r\n", "\n") + "\n--=_dsn_4a7c1--\n")
    d = "2026-11-23 18:02"
    return message([
        ("From", "Mail Delivery System <MAILER-DAEMON@mx1.example.org>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Message non délivré : Re: Entretien jeudi 26 novembre")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<20261123170214.8C1E4A0112@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(47, family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank advisor appointment about a mortgage (samedi 28 novembre 10h) - fixed time, not an interview",
      days=(("Sat", "2026-11-28"),))
def bank():
    body = t("""
        Bonjour Monsieur Lefebvre,

        Je vous confirme notre rendez-vous le samedi 28 novembre à 10h00 à l'agence de Rouen
        Jeanne-d'Arc, pour faire le point sur votre projet de prêt immobilier.

        Pensez à apporter : vos trois derniers bulletins de salaire, votre dernier avis
        d'imposition et, le cas échéant, votre promesse d'embauche si vous changez d'employeur.

        Cordialement,

        Laetitia Morin
        Conseillère clientèle - Caisse Normande de Crédit
        Agence Rouen Jeanne-d'Arc
        """)
    d = "2026-11-20 15:36"
    return message([
        ("Received", rcv("smtp-out.caisse-normande.fr (smtp-out.caisse-normande.fr [194.2.60.15])", d, PAR,
                         "Bk20nv")),
        ("From", "Laetitia Morin <laetitia.morin@caisse-normande.fr>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", "Confirmation de rendez-vous"),
        ("Date", date(d, PAR)),
        ("Message-ID", "<OFA1B2C3D4.E5F60718-ONC1258A@caisse-normande.fr>"),
    ], text(body, charset="iso-8859-1", cte="base64"))


@mail(48, family="meetup", lang="fr", interview=False, company=None,
      note="Meetup RSVP confirmation with ICS (mardi 1er décembre 18h30) - community event, not an interview",
      days=(("Tue", "2026-12-01"),))
def meetup():
    body = t("""
        C'est noté, Hugo ! Vous participez à :

        Sécurité des Procédés Normandie #12 - « Retours d'expérience : pertes de confinement en
        raffinerie »
        mar. 1er déc. 2026, 18:30 - 21:00 CET
        Le 106, quai Jean de Béthencourt, Rouen

        Au programme : deux REX de 20 minutes, table ronde, puis pot.

        Ajouter à mon agenda (pièce jointe)

        Sécurité des Procédés Normandie - groupe Meetup
        Gérer mes notifications : https://www.meetup.com/fr-FR/account/comm-prefs/
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:event_311904772@meetup.com
DTSTAMP:20261124T170000Z
DTSTART;TZID=Europe/Paris:20261201T183000
DTEND;TZID=Europe/Paris:20261201T210000
SUMMARY:Sécurité des Procédés Normandie #12
LOCATION:Le 106\\, quai Jean de Béthencourt\\, Rouen
END:VEVENT
END:VCALENDAR"""
    d = "2026-11-24 18:00"
    return message([
        ("Received", rcv("mail181-7.suw21.mandrillapp.com (mail181-7.suw21.mandrillapp.com [198.2.181.7])", d, PAR,
                         "Mu24nv")),
        ("From", "Meetup <info@meetup.com>"),
        ("To", "hugo.lefebvre@example.org"),
        ("Subject", enc("Votre participation est confirmée : Sécurité des Procédés Normandie #12")),
        ("Date", date(d, PAR)),
        ("Message-ID", "<rsvp.311904772.a81c@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/fr-FR/account/comm-prefs/>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="base64", filename="event.ics", disposition="attachment")))


@mail(49, family="proposed_times", lang="en", interview=False, company="Dunmore Partners",
      note="London recruiter asks 'Would Tuesday at 10 work?' and will send an invite once Hugo confirms - "
           "proposed, not confirmed")
def proposed_dunmore():
    body = t("""
        Hi Hugo,

        Thanks for sending your CV over. The client (a specialty chemicals group with sites in Teesside
        and Rotterdam) would like to do a first call with you next week.

        Would Tuesday at 10 work (UK time)? If not, Wednesday afternoon is also possible. Once you
        confirm I'll send a calendar invite with the Teams link.

        Best,
        Olivia

        Olivia Brandreth
        Senior Consultant | Dunmore Partners | London
        """)
    d = "2026-12-10 15:05"
    return message([
        ("Received", rcv("mail-lo3gbr01on2092.outbound.protection.outlook.com ([40.107.23.92])", d, LON, "Dn10dc")),
        ("From", "Olivia Brandreth <olivia.brandreth@dunmorepartners.co.uk>"),
        ("To", "Hugo Lefebvre <hugo.lefebvre@example.org>"),
        ("Subject", "Re: Process Safety Manager - Teesside / Rotterdam"),
        ("Date", date(d, LON)),
        ("Message-ID", "<LO3P265MB2280C0D1@LO3P265MB2280.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAH7vQm+d7Tq1@mail.example.org>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(50, family="mailing_list", lang="en", interview=False, company=None,
      note="Practitioners' mailing-list reply about interviewing shift operators during a HAZOP ('Tuesday at 10'); "
           "List-Id, not addressed to Hugo, no job interview")
def mailing_list():
    body = t("""
        On our last revalidation we interviewed each shift's lead operator before the HAZOP sessions
        started - 30 minutes each, Tuesday at 10 and Thursday at 2 to catch both rotations. It surfaced
        three bypasses that weren't in any procedure.

        Agree with Hugo's point that the interview notes should be attached to the worksheet, not kept
        in someone's notebook.

        Marta

        > On 7 Dec 2026, at 21:14, Hugo Lefebvre wrote:
        > Does anyone formally interview operators before a HAZOP revalidation? How do you record it?

        --
        psm-practitioners mailing list
        psm-practitioners@lists.processsafety-forum.org
        https://lists.processsafety-forum.org/mailman/listinfo/psm-practitioners
        """)
    d = "2026-12-08 09:41"
    return message([
        ("Received", rcv("lists.processsafety-forum.org (lists.processsafety-forum.org [159.65.20.141])", d, LON,
                         "Ml08dc")),
        ("From", "Marta Kowalczyk <marta.kowalczyk@kowalczyk-risk.pl>"),
        ("To", "psm-practitioners@lists.processsafety-forum.org"),
        ("Subject", "Re: [psm-practitioners] Interviewing operators before a HAZOP revalidation"),
        ("Date", date(d, LON)),
        ("Message-ID", "<f1e2d3c4-b5a6-4789-9012-3456789abcde@kowalczyk-risk.pl>"),
        ("List-Id", "PSM practitioners <psm-practitioners.lists.processsafety-forum.org>"),
        ("List-Post", "<mailto:psm-practitioners@lists.processsafety-forum.org>"),
        ("List-Unsubscribe", "<https://lists.processsafety-forum.org/mailman/options/psm-practitioners>"),
        ("Precedence", "list"),
        ("Sender", "psm-practitioners-bounces@lists.processsafety-forum.org"),
    ], text(body, cte="7bit"))
