"""blind327: a blind 50-mail held-out set, the inbox of Camille Perrin, outdoor-gear product manager
in Annecy (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the non-score
parts of bench/heldout/README.md and a few files of the dev corpus (README, labels.json, dev_002,
dev_009, score.py); it did not read the detector, its tests and fixtures, or any other held-out set,
and never ran the detector. Every mail is written by hand, one function each; keys 1-24 are the
positives (17 scheduled, 4 rescheduled, 3 cancelled), 25-50 the negatives. Mostly French from
France (tu and vous), some English and French from Geneva and Lausanne (Europe/Zurich), one
employer in Turin (Europe/Rome) writing in English, one in Boulder (America/Denver).
"""

from __future__ import annotations

import random

import make
from make import (
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(3270327).sample(range(1, 51), 50)
SET = "blind327"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "camille.perrin@example.com"
ME2 = "camille.perrin@example.org"
CAMILLE = addr("Camille Perrin", ME)
PARIS = "Europe/Paris"
ZURICH = "Europe/Zurich"
ROME = "Europe/Rome"
DENVER = "America/Denver"

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

ZURICH_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

DENVER_VTZ = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def rcv(host: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, f"mx.example.com with ESMTPS id {ident}",
                                 to, lag))


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="julie.marchand@borealis-gear.fr", company="Boréalis Gear",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PARIS,
           note="Greenhouse confirmation in French, 'mardi 15 septembre 2026, 10:00 - 11:00 (heure de Paris)', "
                "CEST = UTC+2; ICS in Europe/Paris agrees; contact = Reply-To recruiter")
def m01():
    body = t("""
        Bonjour Camille,

        Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste de
        Chef de produit Sacs à dos & Bagagerie est confirmé :

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 11:00 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/kzp-wqbe-fra

        Vous rencontrerez :
          - Thomas Bérard, Directeur Produit
          - Julie Marchand, Talent Acquisition

        Si vous avez un empêchement, répondez simplement à ce message.

        À très bientôt,
        L'équipe Recrutement de Boréalis Gear
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Bonjour Camille,</p>
        <p>Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste de
        <strong>Chef de produit Sacs à dos &amp; Bagagerie</strong> est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10:00 - 11:00 (heure de Paris)</td></tr>
        <tr><td><b>Format</b></td><td>visioconférence Google Meet &ndash;
        <a href="https://meet.google.com/kzp-wqbe-fra">rejoindre</a></td></tr>
        </table>
        <p>Vous rencontrerez&nbsp;:<br>Thomas Bérard, Directeur Produit<br>Julie Marchand, Talent Acquisition</p>
        <p>Si vous avez un empêchement, répondez simplement à ce message.</p>
        <p>À très bientôt,<br>L'équipe Recrutement de Boréalis Gear</p>
        <img src="https://us.greenhouse-mail.io/o/7f3c9a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = make.VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-48812093-2@greenhouse.io
        DTSTAMP:20260909T141200Z
        DTSTART;TZID=Europe/Paris:20260915T100000
        DTEND;TZID=Europe/Paris:20260915T110000
        SUMMARY:Entretien - Camille Perrin - Chef de produit Sacs à dos
        LOCATION:https://meet.google.com/kzp-wqbe-fra
        ORGANIZER;CN=Julie Marchand:mailto:julie.marchand@borealis-gear.fr
        ATTENDEE;CN=Camille Perrin;RSVP=TRUE:mailto:camille.perrin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics
    return message([
        rcv("o12.us.greenhouse-mail.io", "2026-09-09 16:12:01", PARIS, "G7k2PqA1"),
        ("From", addr("Boréalis Gear", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Julie Marchand", "julie.marchand@borealis-gear.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Confirmation de votre entretien avec Boréalis Gear")),
        ("Date", date("2026-09-09 16:12:00", PARIS)),
        ("Message-ID", "<a1c0e2b4.48812093.20260909141200@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T12:00:00Z", end="2026-09-17T12:45:00Z",
           contact="nadia.keller@sentierlabs.ch", company="Sentier Labs",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 14:45", zone=ZURICH,
           note="Lever confirmation from a Geneva company, '2:00pm - 2:45pm CEST (Geneva)'; ICS Europe/Zurich; "
                "contact = Reply-To coordinator")
def m02():
    body = t("""
        Hi Camille,

        Thanks for making time to chat with us! Here are the details for your upcoming interview
        for Senior Product Manager, Trail Apps at Sentier Labs.

        When: Thursday, September 17, 2026, 2:00pm - 2:45pm CEST (Geneva)
        Where: Microsoft Teams (link in the calendar invitation)
        Interviewers: Lukas Brunner (Head of Product)

        The invitation is attached. Questions or changes? Reply to this email and it will reach
        Nadia Keller.

        Best,
        Sentier Labs Recruiting

        --
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-9d1f7c02-5b2e-4f4e-9a41-27e0a8b6c311
        DTSTAMP:20260911080500Z
        DTSTART;TZID=Europe/Zurich:20260917T140000
        DTEND;TZID=Europe/Zurich:20260917T144500
        SUMMARY:Camille Perrin <> Sentier Labs (Lukas Brunner)
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Nadia Keller:mailto:nadia.keller@sentierlabs.ch
        ATTENDEE;CN=Camille Perrin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.perrin@example.com
        ATTENDEE;CN=Lukas Brunner;PARTSTAT=ACCEPTED:mailto:lukas.brunner@sentierlabs.ch
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.lever.co", "2026-09-11 10:05:12", ZURICH, "Lv8s0Qe2"),
        ("From", addr("Sentier Labs", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Nadia Keller", "nadia.keller@sentierlabs.ch")),
        ("To", CAMILLE),
        ("Subject", "Interview confirmed: Sentier Labs - Senior Product Manager, Trail Apps"),
        ("Date", date("2026-09-11 10:05:09", ZURICH)),
        ("Message-ID", "<0102019a1b2c3d4e-lever-interview-7c02@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@make.mail(N(3), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-09-21T07:30:00Z", end="2026-09-21T08:30:00Z",
           contact="elodie.favre@neve-sports.fr", company="Névé Sports",
           local="Mon 2026-09-21 09:30", local_end="2026-09-21 10:30", zone=PARIS,
           note="Teamtailor HTML-only (tu), 'lundi 21 septembre à 9h30, durée 1 heure', Paris CEST; "
                "contact = recruiter address in the signature (sender is the Teamtailor relay)")
def m03():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Névé Sports</title></head>
        <body style="margin:0;background:#f4f4f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <tr><td>
        <img src="https://assets.teamtailor-cdn.com/neve-sports/logo.png" alt="Névé Sports" width="120">
        <h2 style="font-weight:600">Ton entretien est calé&nbsp;!</h2>
        <p>Salut Camille,</p>
        <p>Merci d'avoir choisi un créneau. On se retrouve <strong>lundi 21 septembre à 9h30</strong>
        dans nos locaux, 12 rue de la Gare à Annecy (2e étage, sonne chez Névé).</p>
        <p>Durée&nbsp;: 1 heure, avec Élodie (RH) et Marc (responsable de la gamme ski de rando).</p>
        <p>Un souci&nbsp;? Écris-moi à <a href="mailto:elodie.favre@neve-sports.fr">elodie.favre@neve-sports.fr</a>.</p>
        <p>À lundi&nbsp;!<br>Élodie Favre<br>Chargée de recrutement, Névé Sports</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Envoyé avec Teamtailor &middot;
        <a href="https://neve-sports.teamtailor.com/candidate/privacy">Gérer mes données</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        rcv("mta-23.teamtailor-mail.com", "2026-09-16 11:20:40", PARIS, "Tt4mZ9aa"),
        ("From", addr("Élodie Favre - Névé Sports", "no-reply@teamtailor-mail.com")),
        ("To", CAMILLE),
        ("Subject", enc("Ton entretien chez Névé Sports est confirmé")),
        ("Date", date("2026-09-16 11:20:37", PARIS)),
        ("Message-ID", "<5f1e2d3c.neve-sports.interview.8812@teamtailor-mail.com>"),
    ], html(page, cte="base64"))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T16:00:00Z", end=None, contact="hugo@alpaga-outdoor.fr", company="Alpaga Outdoor",
           local="Thu 2026-10-01 18:00", zone=PARIS,
           note="Founder's plain mail (tu, iso-8859-1 8bit) sent Monday 28 Sep: 'jeudi à 18h' = Thu 1 Oct, "
                "Paris CEST; 'une petite heure' is approximate so end null")
def m04():
    body = t("""
        Salut Camille,

        Super échange au téléphone tout à l'heure. Comme convenu, je te confirme notre rendez-vous
        pour parler du poste de responsable produit : jeudi à 18h à l'atelier (34 avenue de
        Brogny, le portail vert au fond de la cour). On en aura pour une petite heure, Léa sera là
        aussi pour te montrer les prototypes de doudounes.

        Si tu as un souci d'ici là, mon portable : 06 71 42 18 90.

        À jeudi,
        Hugo

        --
        Hugo Lacombe
        Fondateur, Alpaga Outdoor
        """)
    return message([
        rcv("smtp.alpaga-outdoor.fr", "2026-09-28 19:02:30", PARIS, "Ap9xQ3r0"),
        ("From", addr("Hugo Lacombe", "hugo@alpaga-outdoor.fr")),
        ("To", CAMILLE),
        ("Subject", "Rdv jeudi"),
        ("Date", date("2026-09-28 19:02:26", PARIS)),
        ("Message-ID", "<8f2b1a7e-33c1-41d4-9e0a-alpaga@alpaga-outdoor.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T09:00:00Z", end="2026-10-07T10:00:00Z",
           contact="chiara.rinaldi@montegrigio.it", company="Montegrigio",
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone=ROME,
           note="Exchange meeting request from Turin, TZID 'W. Europe Standard Time', body "
                "'(UTC+01:00) Amsterdam, Berlin, Bern, Rome...' though it is CEST (UTC+2): 11:00 = 09:00Z; "
                "contact = organizer")
def m05():
    body = t("""
        When: Wednesday, 7 October 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Dear Camille,

        As discussed, please find below the invitation for your first interview for the
        International Product Manager - Mountaineering position. You will meet Davide Ferraro,
        our Product Director, and myself.

        Kind regards,
        Chiara Rinaldi
        HR Business Partner | Montegrigio S.p.A.
        Corso Francia 214, 10143 Torino

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGR7a2>
        Meeting ID: 384 221 907 55
        Passcode: q7TxP2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Chiara Rinaldi:mailto:chiara.rinaldi@montegrigio.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Perrin:mailto:camille.perrin@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Davide Ferraro:mailto:davide.ferraro@montegrigio.it
        DESCRIPTION;LANGUAGE=en-US:Dear Camille\\, as discussed\\, please find below the invitation for your first interview.
        UID:040000008200E00074C5B7101A82E0080000000090F1B3C2A455DC01000000000000000010000000A1C9E
        SUMMARY;LANGUAGE=en-US:Interview Camille Perrin - International Product Manager
        DTSTART;TZID=W. Europe Standard Time:20261007T110000
        DTEND;TZID=W. Europe Standard Time:20261007T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T123000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "2026-10-01 14:30:05", ROME, "Ms5kd02b"),
        ("From", addr("Chiara Rinaldi", "chiara.rinaldi@montegrigio.it")),
        ("To", CAMILLE),
        ("CC", addr("Davide Ferraro", "davide.ferraro@montegrigio.it")),
        ("Subject", "Interview Camille Perrin - International Product Manager"),
        ("Thread-Topic", "Interview Camille Perrin - International Product Manager"),
        ("Date", date("2026-10-01 14:30:00", ROME)),
        ("Message-ID", "<AM9PR04MB81221C4F0E2A6B3D9@AM9PR04MB8122.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@make.mail(N(6), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-10-06T13:00:00Z", end="2026-10-06T14:00:00Z",
           contact="sophie.girod@grandroc.fr", company="Grand Roc",
           local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone=PARIS,
           note="Workday HTML-only notification in French, '06/10/2026 15:00 - 16:00 (GMT+02:00) Europe/Paris'; "
                "contact = recruiter address in the body (sender is Workday no-reply)")
def m06():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial;font-size:13px">
        <p>Bonjour Camille Perrin,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>R-004817 Chef de Produit Chaussures Montagne (H/F)</b>.</p>
        <p><b>Date et heure :</b> 06/10/2026 15:00 - 16:00 (GMT+02:00) Europe/Paris<br>
        <b>Lieu :</b> Grand Roc - Siège, 8 route des Vernes, 74370 Pringy<br>
        <b>Interlocuteurs :</b> Sophie Girod (Recrutement), Antoine Dufour (Responsable Marketing Produit)</p>
        <p>Merci de vous présenter à l'accueil muni d'une pièce d'identité.</p>
        <p>Pour toute question, contactez Sophie Girod : sophie.girod@grandroc.fr</p>
        <p>Cordialement,<br>Grand Roc - Ressources Humaines</p>
        <p style="font-size:10px;color:#777">Ce message a été envoyé automatiquement depuis Workday.
        Merci de ne pas y répondre.</p>
        </div></body></html>
        """)
    return message([
        rcv("myworkday.com", "2026-10-02 09:41:18", PARIS, "Wd02kLx9"),
        ("From", addr("Grand Roc", "grandroc@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Confirmation d'entretien - Chef de Produit Chaussures Montagne (H/F)")),
        ("Date", date("2026-10-02 09:41:15", PARIS)),
        ("Message-ID", "<1781722042.20261002074115.JavaMail.wdprod@wd3-impl-services1>"),
    ], html(page, cte="base64"))


@make.mail(N(7), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-14T10:30:00Z", end="2026-10-14T11:00:00Z",
           contact="maxime.roux@altitude-rh.fr", company="Altitude RH",
           local="Wed 2026-10-14 12:30", local_end="2026-10-14 13:00", zone=PARIS,
           note="Calendly invitee confirmation (French) of a 30-min qualification call with an agency "
                "recruiter, '12:30 - 13:00, mercredi 14 octobre 2026, Heure d'Europe centrale' (CEST); "
                "client not named, so company = the agency; contact = host address in the body")
def m07():
    body = t("""
        Bonjour Camille Perrin,

        Votre rendez-vous est confirmé.

        Type d'événement :
        Échange qualification - poste Chef de produit (30 min)

        Organisateur :
        Maxime Roux (maxime.roux@altitude-rh.fr)

        Date/Heure de l'événement :
        12:30 - 13:00, mercredi 14 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Maxime vous appellera au +33 6 12 48 90 33.

        Annuler : https://calendly.com/cancellations/6b1d9a0e-1f4a-4c59
        Reprogrammer : https://calendly.com/reschedulings/6b1d9a0e-1f4a-4c59

        Propulsé par Calendly.com
        """)
    return message([
        rcv("mail.calendly.com", "2026-10-12 21:47:50", PARIS, "Cy3n7Wf1"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Maxime Roux", "maxime.roux@altitude-rh.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Confirmé : Échange qualification - poste Chef de produit avec Maxime Roux "
                        "le mercredi 14 octobre 2026")),
        ("Date", date("2026-10-12 21:47:46", PARIS)),
        ("Message-ID", "<0100018f-calendly-6b1d9a0e@email.calendly.com>"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Proxima Nova,Arial">'))))


@make.mail(N(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-19T14:00:00Z", end="2026-10-19T15:00:00Z",
           contact="anne.morel@helvetique-trail.ch", company="Helvétique Trail",
           local="Mon 2026-10-19 16:00", local_end="2026-10-19 17:00", zone=ZURICH,
           note="Google Calendar invitation (English UI, French title) from a Lausanne hiring manager, "
                "'Mon 19 Oct 2026 4pm - 5pm (CEST)'; ICS Europe/Zurich; contact = organizer")
def m08():
    body = t("""
        You have been invited to the following event.

        Entretien Camille Perrin / Product Manager Trail Running
        When: Monday 19 Oct 2026 4pm – 5pm (Central European Summer Time - Zurich)
        Joining info: Join with Google Meet
        https://meet.google.com/hvt-ruzq-lsn
        Calendar: camille.perrin@example.com
        Who:
            * anne.morel@helvetique-trail.ch - organiser
            * camille.perrin@example.com
            * pascal.chappuis@helvetique-trail.ch

        Bonjour Camille, comme convenu par téléphone, voici l'invitation pour notre premier
        échange. Pascal, notre CEO, se joindra à nous pour la deuxième demi-heure. Anne

        Going (camille.perrin@example.com)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar

        You are receiving this email at the account camille.perrin@example.com because you are an
        attendee of this event.
        """)
    page = gmail_html(body)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261019T160000
        DTEND;TZID=Europe/Zurich:20261019T170000
        DTSTAMP:20261013T071801Z
        ORGANIZER;CN=anne.morel@helvetique-trail.ch:mailto:anne.morel@helvetique-trail.ch
        UID:3q0hd7u6ks2l0b1ar4h7g9c2mv@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.perrin@example.com;X-NUM-GUESTS=0:mailto:camille.perrin@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=anne.morel@helvetique-trail.ch;X-NUM-GUESTS=0:mailto:anne.morel@helvetique-trail.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pascal.chappuis@helvetique-trail.ch;X-NUM-GUESTS=0:mailto:pascal.chappuis@helvetique-trail.ch
        X-GOOGLE-CONFERENCE:https://meet.google.com/hvt-ruzq-lsn
        CREATED:20261013T071759Z
        DESCRIPTION:Bonjour Camille\\, comme convenu par téléphone\\, voici l'invitation pour notre premier échange.
        LAST-MODIFIED:20261013T071800Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Camille Perrin / Product Manager Trail Running
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f69.google.com", "2026-10-13 09:18:02", ZURICH, "Gc1a8Zp4"),
        ("From", addr("Anne Morel", "anne.morel@helvetique-trail.ch")),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien Camille Perrin / Product Manager Trail Running @ "
                        "Mon 19 Oct 2026 4pm - 5pm (CEST) (camille.perrin@example.com)")),
        ("Date", date("2026-10-13 09:18:01", ZURICH)),
        ("Message-ID", "<calendar-5a3e9b1c-0d7f-4c2a-b8e1-9f02a6d4c317@google.com>"),
        ("Reply-To", addr("Anne Morel", "anne.morel@helvetique-trail.ch")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="marc.aebischer@glaciernord.ch", company="Glacier Nord",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=ZURICH,
           note="SmartRecruiters confirmation sent Thu 22 Oct (CEST) for Tue 27 Oct 10:00 Geneva, after the "
                "25 Oct change back to CET: 10:00 CET = 09:00Z; contact = hiring manager in the body")
def m09():
    body = t("""
        Dear Camille,

        We are pleased to confirm your interview for the position of Category Manager - Hardgoods
        (Ref. 7432119).

        Date: Tuesday, October 27, 2026
        Time: 10:00 AM - 11:00 AM (Europe/Zurich)
        Location: Glacier Nord SA, Rue de Lausanne 63, 1202 Geneva - 4th floor, ask for Marc

        Your interviewer will be Marc Aebischer, Head of Category Management
        (marc.aebischer@glaciernord.ch). Please bring a valid ID for the front desk.

        To decline or request a change, use the link below.
        https://jobs.smartrecruiters.com/candidate/interviews/4b7e0c61

        Best regards,
        Glacier Nord Talent Team

        This message was sent by SmartRecruiters on behalf of Glacier Nord SA.
        """)
    return message([
        rcv("mail.smartrecruiters.com", "2026-10-22 15:03:44", ZURICH, "Sr7dPq11"),
        ("From", addr("Glacier Nord SA", "noreply@smartrecruiters.com")),
        ("To", CAMILLE),
        ("Subject", "Interview Confirmation - Category Manager - Hardgoods"),
        ("Date", date("2026-10-22 15:03:41", ZURICH)),
        ("Message-ID", "<20261022130341.4b7e0c61.interview@smartrecruiters.com>"),
    ], alt(text(body, cte="7bit"), html("<html><body><pre style=\"font-family:Arial\">"
                                         + body.replace("&", "&amp;") + "</pre></body></html>\n")))


@make.mail(N(10), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
           contact="kayla.brooks@timberlineridge.com", company="Timberline Ridge",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=DENVER,
           note="GoodTime confirmation from Boulder sent Thu 29 Oct (MDT, -6); interview Tue 3 Nov after the US "
                "change to MST (-7): 9:00 AM MST = 16:00Z, and the 'your time' line 5:00 PM CET agrees; "
                "contact = Reply-To coordinator")
def m10():
    body = t("""
        Hi Camille,

        Your interview with Timberline Ridge Co. is confirmed.

        Position: Product Line Manager, Packs (EMEA)
        Tue, Nov 3, 2026
        9:00 AM - 10:00 AM MST (America/Denver)
        Your time: 5:00 PM - 6:00 PM CET (Europe/Paris)

        Schedule
          9:00 AM - 9:30 AM   Greg Hollis, VP Product
          9:30 AM - 10:00 AM  Dana Whitfield, Director of Design

        Zoom: https://timberlineridge.zoom.us/j/88412093311

        Need to reschedule? Reply to this email and Kayla will help.

        Kayla Brooks
        Recruiting Coordinator, Timberline Ridge Co.

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif">
        <p>Hi Camille,</p><p>Your interview with <b>Timberline Ridge Co.</b> is confirmed.</p>
        <p><b>Position:</b> Product Line Manager, Packs (EMEA)<br>
        <b>Tue, Nov 3, 2026</b><br>9:00 AM - 10:00 AM MST (America/Denver)<br>
        <span style="color:#666">Your time: 5:00 PM - 6:00 PM CET (Europe/Paris)</span></p>
        <table><tr><td>9:00 AM - 9:30 AM</td><td>Greg Hollis, VP Product</td></tr>
        <tr><td>9:30 AM - 10:00 AM</td><td>Dana Whitfield, Director of Design</td></tr></table>
        <p><a href="https://timberlineridge.zoom.us/j/88412093311">Join Zoom</a></p>
        <p>Need to reschedule? Reply to this email and Kayla will help.</p>
        <p>Kayla Brooks<br>Recruiting Coordinator, Timberline Ridge Co.</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime//Scheduling//EN
        METHOD:REQUEST
        """) + DENVER_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-3f9a0b71c2@goodtime.io
        DTSTAMP:20261029141400Z
        DTSTART;TZID=America/Denver:20261103T090000
        DTEND;TZID=America/Denver:20261103T100000
        SUMMARY:Timberline Ridge Co. - Interview - Camille Perrin
        LOCATION:https://timberlineridge.zoom.us/j/88412093311
        ORGANIZER;CN=Kayla Brooks:mailto:kayla.brooks@timberlineridge.com
        ATTENDEE;CN=Camille Perrin;RSVP=TRUE:mailto:camille.perrin@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.goodtime.io", "2026-10-29 08:14:09", DENVER, "Gt5wQ0k8"),
        ("From", addr("Timberline Ridge Co. Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Kayla Brooks", "kayla.brooks@timberlineridge.com")),
        ("To", CAMILLE),
        ("Subject", "Confirmed: Your interview with Timberline Ridge Co. on Tue, Nov 3"),
        ("Date", date("2026-10-29 08:14:05", DENVER)),
        ("Message-ID", "<gt.3f9a0b71c2.confirm@goodtime.io>"),
    ], mixed(alt(text(body, cte="7bit"), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(11), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-11-05T13:00:00Z", end="2026-11-05T14:00:00Z",
           contact="ines.blanchard@sillage-bikes.fr", company="Sillage Bikes",
           local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=PARIS,
           note="Personio invitation in French (vous), 'jeudi 5 novembre 2026 de 14:00 à 15:00 (Europe/Paris)', "
                "after the October change: CET = UTC+1; contact = recruiter signature address")
def m11():
    body = t("""
        Bonjour Camille Perrin,

        Merci pour votre candidature au poste de Product Owner Vélos Électriques.
        Nous avons le plaisir de vous inviter à un entretien :

        Quand : jeudi 5 novembre 2026 de 14:00 à 15:00 (Europe/Paris)
        Où : Sillage Bikes, 5 chemin des Fins Nord, 74000 Annecy
        Avec : Inès Blanchard, Nicolas Perret

        Nous nous réjouissons de faire votre connaissance.

        Cordialement,
        Inès Blanchard
        Talent & Culture - Sillage Bikes
        ines.blanchard@sillage-bikes.fr

        Cet e-mail a été envoyé via Personio.
        """)
    return message([
        rcv("mail.personio.de", "2026-10-30 11:52:31", PARIS, "Pn6tRb77"),
        ("From", addr("Sillage Bikes", "noreply@jobs.personio.de")),
        ("To", CAMILLE),
        ("Subject", enc("Invitation à un entretien – Product Owner Vélos Électriques")),
        ("Date", date("2026-10-30 11:52:28", PARIS)),
        ("Message-ID", "<personio.6e2b91f4a8.invite@jobs.personio.de>"),
    ], text(body, cte="quoted-printable"))


@make.mail(N(12), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-13T12:30:00Z", end="2026-11-13T15:00:00Z",
           contact="leo.vuilleumier@crestline.ch", company="Crestline Analytics",
           local="Fri 2026-11-13 13:30", local_end="2026-11-13 16:00", zone=ZURICH,
           note="Ashby onsite itinerary in Lausanne, three sessions 1:30 PM - 4:00 PM CET: start = first, "
                "end = last; ICS Europe/Zurich; contact = Reply-To recruiter")
def m12():
    body = t("""
        Hi Camille,

        Your onsite interview at Crestline Analytics is confirmed. We can't wait to host you in
        Lausanne!

        Friday, November 13, 2026 - Crestline office, Avenue de Sévelin 20, 1004 Lausanne
        All times are Central European Time (CET).

          1:30 PM - 2:15 PM   Product case with Léo Vuilleumier
          2:15 PM - 3:00 PM   Data & insights with Mira Sandoz
          3:15 PM - 4:00 PM   Culture conversation with Jonas Frei (CEO)

        Questions? Just reply and it will reach Léo Vuilleumier.

        Thanks,
        Crestline Analytics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:ashby-0f7c3e28-94d1-4a7b-8c20-5c1b7a3e9d40
        DTSTAMP:20261106101530Z
        DTSTART;TZID=Europe/Zurich:20261113T133000
        DTEND;TZID=Europe/Zurich:20261113T160000
        SEQUENCE:0
        SUMMARY:Crestline Analytics – Onsite Interview (Senior PM)
        LOCATION:Avenue de Sévelin 20\\, 1004 Lausanne
        ORGANIZER;CN=Léo Vuilleumier:mailto:leo.vuilleumier@crestline.ch
        ATTENDEE;CN=Camille Perrin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.perrin@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.ashbyhq.com", "2026-11-06 11:15:33", ZURICH, "As4hBv20"),
        ("From", addr("Crestline Analytics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Léo Vuilleumier", "leo.vuilleumier@crestline.ch")),
        ("To", CAMILLE),
        ("Subject", "Onsite interview confirmed: Senior Product Manager at Crestline Analytics"),
        ("Date", date("2026-11-06 11:15:30", ZURICH)),
        ("Message-ID", "<010001935c2e7a11-0f7c3e28-ashby-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-11-18T10:00:00Z", end="2026-11-18T10:45:00Z",
           contact="paul.berthier@sapaudia.fr", company="Atelier Sapaudia",
           local="Wed 2026-11-18 11:00", local_end="2026-11-18 11:45", zone=PARIS,
           note="Recruitee confirmation (vous), 'mercredi 18 novembre à 11h00, pendant 45 minutes', Paris CET; "
                "contact = hiring manager address in the body")
def m13():
    body = t("""
        Bonjour Camille,

        Merci d'avoir confirmé votre disponibilité. Votre entretien en visio avec Paul Berthier,
        directeur de l'Atelier Sapaudia, aura lieu le mercredi 18 novembre à 11h00 et durera
        45 minutes.

        Lien de connexion : https://meet.jit.si/Sapaudia-Perrin-1118

        Nous aimerions que vous nous présentiez en quelques minutes un produit textile que vous
        avez lancé. Pour toute question : paul.berthier@sapaudia.fr

        Bien cordialement,
        L'équipe Atelier Sapaudia
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p>Bonjour Camille,</p>
        <p>Merci d'avoir confirmé votre disponibilité. Votre entretien en visio avec Paul Berthier,
        directeur de l'Atelier Sapaudia, aura lieu le <b>mercredi 18 novembre à 11h00</b> et durera
        45 minutes.</p>
        <p>Lien de connexion&nbsp;: <a href="https://meet.jit.si/Sapaudia-Perrin-1118">https://meet.jit.si/Sapaudia-Perrin-1118</a></p>
        <p>Nous aimerions que vous nous présentiez en quelques minutes un produit textile que vous
        avez lancé. Pour toute question&nbsp;: <a href="mailto:paul.berthier@sapaudia.fr">paul.berthier@sapaudia.fr</a></p>
        <p>Bien cordialement,<br>L'équipe Atelier Sapaudia</p>
        <p style="color:#9a9a9a;font-size:11px">Propulsé par Recruitee</p></div>
        """)
    return message([
        rcv("mailer.recruitee.com", "2026-11-12 14:26:11", PARIS, "Rc2jTy63"),
        ("From", addr("Atelier Sapaudia", "notifications@mailer.recruitee.com")),
        ("Reply-To", "c-81f2a0d7@inbound.recruitee.com"),
        ("To", CAMILLE),
        ("Subject", enc("Votre entretien avec l'Atelier Sapaudia – mercredi 18 novembre")),
        ("Date", date("2026-11-12 14:26:08", PARIS)),
        ("Message-ID", "<recruitee.81f2a0d7.1731418@mailer.recruitee.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(14), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-11-24T09:00:00Z", end="2026-11-24T10:30:00Z",
           contact="thomas.berard@borealis-gear.fr", company="Boréalis Gear",
           local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:30", zone=PARIS,
           note="Hiring manager's short reply on top of the quoted thread: 'c'est donc confirmé pour mardi "
                "24 novembre de 10h à 11h30' in Lyon, Paris CET; contact = human sender")
def m14():
    body = t("""
        Bonjour Camille,

        Parfait, c'est donc confirmé pour le mardi 24 novembre de 10h à 11h30 dans nos bureaux de
        Lyon (52 quai Rambaud, 3e étage). Vous verrez Julie, moi-même puis Sandrine Vial, notre
        directrice générale, pour la dernière demi-heure. Pas de présentation à préparer,
        on discutera surtout de la gamme 2028.

        Bonne fin de semaine,
        Thomas

        Thomas Bérard
        Directeur Produit | Boréalis Gear
        +33 4 72 18 55 02

        Le jeu. 19 nov. 2026 à 18:41, Camille Perrin <camille.perrin@example.com> a écrit :
        > Bonjour Thomas,
        >
        > Merci beaucoup pour ce retour. Le mardi 24 en matinée me convient très bien.
        >
        > Bien à vous,
        > Camille
        >
        > Le jeu. 19 nov. 2026 à 11:02, Thomas Bérard <thomas.berard@borealis-gear.fr> a écrit :
        >> Bonjour Camille,
        >> Suite à votre premier entretien, nous aimerions vous revoir à Lyon pour un
        >> second tour. Seriez-vous disponible le mardi 24 ou le jeudi 26 novembre en matinée ?
        >> Thomas
        """)
    return message([
        rcv("mail-ej1-f54.google.com", "2026-11-20 08:57:20", PARIS, "Bg9mWq31"),
        ("From", addr("Thomas Bérard", "thomas.berard@borealis-gear.fr")),
        ("To", CAMILLE),
        ("CC", addr("Julie Marchand", "julie.marchand@borealis-gear.fr")),
        ("Subject", "Re: Second entretien - Chef de produit"),
        ("Date", date("2026-11-20 08:57:16", PARIS)),
        ("Message-ID", "<CAL7q0bRd9+xvT2mG8u1pZkA4sEw@mail.gmail.com>"),
        ("In-Reply-To", "<CAH3nP0xk1QvW7@mail.gmail.com>"),
        ("References", "<CAL7q0bQ0x2JdF@mail.gmail.com> <CAH3nP0xk1QvW7@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-26T13:30:00Z", end=None, contact="elodie.favre@neve-sports.fr", company="Névé Sports",
           local="Thu 2026-11-26 14:30", zone=PARIS,
           note="Camille forwards to her other address, as a message/rfc822 attachment, the recruiter's mail "
                "'jeudi 26 novembre à 14h30' (Paris CET); no length; contact = the attached mail's human sender")
def m15():
    inner_body = t("""
        Bonjour Camille,

        Bonne nouvelle : Marc et Sébastien (notre CEO) aimeraient te revoir pour un dernier
        échange. On te propose jeudi 26 novembre à 14h30 à l'atelier de Seynod, avec une sortie
        test des nouvelles peaux de phoque si la météo le permet (prévois des chaussures de rando).

        C'est noté de notre côté, tu n'as rien à confirmer sauf empêchement.

        À jeudi,
        Élodie
        """)
    inner = message([
        ("From", addr("Élodie Favre", "elodie.favre@neve-sports.fr")),
        ("To", CAMILLE),
        ("Subject", "Dernier entretien chez Neve"),
        ("Date", date("2026-11-19 17:05:00", PARIS)),
        ("Message-ID", "<9e77a1c2-5d0b-4f60@neve-sports.fr>"),
    ], text(inner_body, cte="8bit"))
    body = t("""
        à mettre dans l'agenda + prévoir chaussures
        """)
    return message([
        rcv("smtp.example.com", "2026-11-20 07:31:02", PARIS, "Fw8qSd04", to=ME2),
        ("From", CAMILLE),
        ("To", addr("Camille Perrin", ME2)),
        ("Subject", "Fwd: Dernier entretien chez Neve"),
        ("Date", date("2026-11-20 07:31:00", PARIS)),
        ("Message-ID", "<3b0f1a9c-perrin-fwd@example.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(body, cte="8bit"), attached_message(inner, filename="Dernier entretien chez Neve.eml")))


@make.mail(N(16), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-12-01T09:00:00Z", end="2026-12-01T09:45:00Z", contact=None,
           company="Rivage Nautique",
           local="Tue 2026-12-01 10:00", local_end="2026-12-01 10:45", zone=ZURICH,
           note="Microsoft Bookings confirmation (French) from a Lausanne shared mailbox, '01.12.2026 10:00 - 10:45 "
                "(UTC+01:00) Amsterdam, Berlin, Berne...'; ICS W. Europe Standard Time; only a staff name, "
                "no personal address: contact null")
def m16():
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <table width="600"><tr><td>
        <h3>Votre réservation est confirmée</h3>
        <p>Bonjour Camille Perrin,</p>
        <p>Merci d'avoir réservé auprès de <b>Rivage Nautique SA - Recrutement</b>.</p>
        <p><b>Service</b><br>Entretien visio - Chef de produit Voile légère</p>
        <p><b>Date et heure</b><br>01.12.2026 10:00 - 10:45 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne</p>
        <p><b>Personnel</b><br>Sarah Python</p>
        <p><b>Rejoindre la réunion Microsoft Teams</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RvNt">Cliquez ici</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RivageRecrutement@rivage-nautique.ch/bookings/">Gérer la réservation</a></p>
        <p>Rivage Nautique SA, Chemin du Port 3, 1007 Lausanne</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rivage Nautique SA - Recrutement:mailto:RivageRecrutement@rivage-nautique.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Perrin:mailto:camille.perrin@example.com
        SUMMARY;LANGUAGE=fr-CH:Entretien visio - Chef de produit Voile légère
        DTSTART;TZID=W. Europe Standard Time:20261201T100000
        DTEND;TZID=W. Europe Standard Time:20261201T104500
        UID:040000008200E00074C5B7101A82E00800000000B0C7D2F6E16FDC0100000000000000001000000052BD
        DTSTAMP:20261125130412Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM", "2026-11-25 14:04:15", ZURICH, "Bk1cLm90"),
        ("From", addr("Rivage Nautique SA - Recrutement", "RivageRecrutement@rivage-nautique.ch")),
        ("To", CAMILLE),
        ("Subject", enc("Réservation confirmée : Entretien visio - Chef de produit Voile légère")),
        ("Date", date("2026-11-25 14:04:12", ZURICH)),
        ("Message-ID", "<GV0P278MB0718A9C2E5D14F2B@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CH"),
    ], mixed(html(page), calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


@make.mail(N(17), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T13:00:00Z", end="2026-12-08T14:00:00Z",
           contact="rebecca.tanner@summitpeakbrands.com", company="Summit Peak Brands",
           local="Tue 2026-12-08 14:00", local_end="2026-12-08 15:00", zone=PARIS,
           note="iCIMS HTML-only confirmation for the Annecy office of a US group, '12/08/2026 2:00 PM - 3:00 PM "
                "(GMT+01:00) Paris' (US date order, December 8); ICS Romance Standard Time; contact = organizer")
def m17():
    page = t("""
        <html><body><table style="font-family:Arial;font-size:13px" width="620"><tr><td>
        <img src="https://careers-summitpeakbrands.icims.com/logo.png" alt="Summit Peak Brands"><br><br>
        Dear Camille,<br><br>
        Thank you for your interest in Summit Peak Brands. Your interview has been scheduled as follows:<br><br>
        <b>Job:</b> 2026-4471 Senior Product Manager, Climbing Hardware (Annecy)<br>
        <b>Date/Time:</b> 12/08/2026 2:00 PM - 3:00 PM (GMT+01:00) Paris<br>
        <b>Location:</b> Summit Peak Brands EMEA, 3 avenue du Pré Félin, 74940 Annecy-le-Vieux<br>
        <b>Interviewer(s):</b> Rebecca Tanner, Olivier Masson<br><br>
        A calendar invitation is attached.<br><br>
        Sincerely,<br>Summit Peak Brands Talent Acquisition<br><br>
        <span style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox.</span>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-int-2026-4471-88120@icims.com
        DTSTAMP:20261202102200Z
        DTSTART;TZID=Romance Standard Time:20261208T140000
        DTEND;TZID=Romance Standard Time:20261208T150000
        SUMMARY:Interview: Camille Perrin - Senior Product Manager\\, Climbing Hardware
        LOCATION:Summit Peak Brands EMEA\\, Annecy-le-Vieux
        ORGANIZER;CN=Rebecca Tanner:mailto:rebecca.tanner@summitpeakbrands.com
        ATTENDEE;CN=Camille Perrin;RSVP=TRUE:mailto:camille.perrin@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("talent.icims.com", "2026-12-02 11:22:19", PARIS, "Ic3vNq58"),
        ("From", addr("Summit Peak Brands", "summitpeakbrands@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Senior Product Manager, Climbing Hardware"),
        ("Date", date("2026-12-02 11:22:16", PARIS)),
        ("Message-ID", "<1458822019.1171.1796210536000.JavaMail.icims@talent.icims.com>"),
    ], mixed(html(page, cte="quoted-printable"),
             calendar(ics, filename="Interview.ics", disposition="attachment", name_param=True)))


@make.mail(N(18), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-09-22T14:30:00Z", end="2026-09-22T15:15:00Z",
           contact="nadia.keller@sentierlabs.ch", company="Sentier Labs",
           local="Tue 2026-09-22 16:30", local_end="2026-09-22 17:15", zone=ZURICH,
           note="Lever reschedule: old Thu 17 Sep 2:00pm, new Tue 22 Sep 4:30pm - 5:15pm CEST (Geneva); "
                "ICS SEQUENCE:1; contact = Reply-To")
def m18():
    body = t("""
        Hi Camille,

        Lukas had an unexpected conflict, so your interview has been moved. Apologies for the
        shuffle!

        Previously: Thursday, September 17, 2026, 2:00pm - 2:45pm CEST
        New time:   Tuesday, September 22, 2026, 4:30pm - 5:15pm CEST (Geneva)

        Everything else stays the same (Microsoft Teams, link in the updated invitation).
        Reply to this email if the new time doesn't work.

        Best,
        Sentier Labs Recruiting

        --
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-9d1f7c02-5b2e-4f4e-9a41-27e0a8b6c311
        DTSTAMP:20260915074000Z
        DTSTART;TZID=Europe/Zurich:20260922T163000
        DTEND;TZID=Europe/Zurich:20260922T171500
        SUMMARY:Camille Perrin <> Sentier Labs (Lukas Brunner)
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Nadia Keller:mailto:nadia.keller@sentierlabs.ch
        ATTENDEE;CN=Camille Perrin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.perrin@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.lever.co", "2026-09-15 09:40:22", ZURICH, "Lv8s1Rf3"),
        ("From", addr("Sentier Labs", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Nadia Keller", "nadia.keller@sentierlabs.ch")),
        ("To", CAMILLE),
        ("Subject", "Interview rescheduled: Sentier Labs - Senior Product Manager, Trail Apps"),
        ("Date", date("2026-09-15 09:40:18", ZURICH)),
        ("Message-ID", "<0102019a1f0e7b21-lever-interview-reschedule@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@make.mail(N(19), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="chiara.rinaldi@montegrigio.it", company="Montegrigio",
           local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00", zone=ROME,
           note="Exchange update (SEQUENCE:2) sent Tue 20 Oct in CEST: second round moved from Thu 22 Oct to "
                "Thu 29 Oct 15:00-16:00 Turin, which is CET after 25 Oct: 14:00Z; contact = organizer")
def m19():
    body = t("""
        When: Thursday, 29 October 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Montegrigio HQ - Sala Monviso / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Dear Camille,

        As mentioned on the phone, our CEO Ms Bassi is travelling on the 22nd, so I moved our
        second meeting to the following Thursday, same time. You are very welcome in Turin; if you
        prefer to join remotely, the Teams link below stays valid.

        Kind regards,
        Chiara

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGR9b4>
        Meeting ID: 371 550 128 06
        Passcode: Zw4uK9
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Chiara Rinaldi:mailto:chiara.rinaldi@montegrigio.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Perrin:mailto:camille.perrin@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Bassi:mailto:elena.bassi@montegrigio.it
        UID:040000008200E00074C5B7101A82E008000000003C1E0AF2B75FDC01000000000000000010000000C77D1
        SUMMARY;LANGUAGE=en-US:Second interview Camille Perrin - International Product Manager
        DTSTART;TZID=W. Europe Standard Time:20261029T150000
        DTEND;TZID=W. Europe Standard Time:20261029T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020152000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Montegrigio HQ - Sala Monviso / Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2118339201
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "2026-10-20 17:20:06", ROME, "Ms6ke13c"),
        ("From", addr("Chiara Rinaldi", "chiara.rinaldi@montegrigio.it")),
        ("To", CAMILLE),
        ("Subject", "Updated: Second interview Camille Perrin - International Product Manager"),
        ("Date", date("2026-10-20 17:20:00", ROME)),
        ("Message-ID", "<AM9PR04MB8122D7E0B15F4A92@AM9PR04MB8122.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="windows-1252", cte="quoted-printable"), calendar(ics, cte="base64")))


@make.mail(N(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-20T10:00:00Z", end=None, contact="maxime.roux@altitude-rh.fr",
           company="Rochebrune Cordages",
           local="Fri 2026-11-20 11:00", zone=PARIS,
           note="Agency recruiter (tu) on Monday 16 Nov moves the client interview from 'jeudi 19 à 14h' to "
                "'vendredi à 11h' = Fri 20 Nov 11:00 Paris CET; company = the client now named; contact = sender")
def m20():
    body = t("""
        Hello Camille,

        Petit changement de programme : Mme Delorme, la DG de Rochebrune Cordages, doit être à un
        salon jeudi. On décale donc ton entretien de jeudi 19 à 14h à vendredi à 11h, même endroit
        (leur site de Cran-Gevrier, 17 rue de la Filature). Elle m'a confirmé ce matin, c'est calé
        de son côté, et j'ai noté que tu étais dispo vendredi matin.

        Je t'appelle jeudi soir pour un petit brief.

        Bonne semaine,
        Maxime

        Maxime Roux
        Consultant senior - Altitude RH
        06 12 48 90 33
        """)
    return message([
        rcv("mail-wm1-f47.google.com", "2026-11-16 10:30:44", PARIS, "Ar5yHk28"),
        ("From", addr("Maxime Roux", "maxime.roux@altitude-rh.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Rochebrune : on décale à vendredi")),
        ("Date", date("2026-11-16 10:30:41", PARIS)),
        ("Message-ID", "<CAM4rx9T2qLs0pW3bE_k8dN1@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
           contact="anne.morel@helvetique-trail.ch", company="Helvétique Trail",
           local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone=ZURICH,
           note="Google Calendar 'Invitation mise à jour' (French UI) sent Wed 21 Oct in CEST: moved from "
                "Fri 23 Oct 14:00 (CEST) to Mon 26 Oct 14:00-15:00 'heure normale d'Europe centrale' (CET): "
                "13:00Z; contact = organizer")
def m21():
    body = t("""
        Cet événement a été modifié.

        Deuxième entretien Camille Perrin / PM Trail Running
        Modifié : Quand
        lundi 26 oct. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Zurich)
        Avant : vendredi 23 oct. 2026 14:00 – 15:00 (heure d'été d'Europe centrale - Zurich)

        Lieu : Helvétique Trail, Avenue de Rhodanie 58, Lausanne

        Participants :
            * anne.morel@helvetique-trail.ch - organisateur
            * camille.perrin@example.com
            * pascal.chappuis@helvetique-trail.ch

        Pascal est en déplacement vendredi, désolée pour le changement ! Anne

        Participer (camille.perrin@example.com) ?   Oui - Peut-être - Non    Plus d'options »

        Invitation provenant de Google Agenda
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261026T140000
        DTEND;TZID=Europe/Zurich:20261026T150000
        DTSTAMP:20261021071500Z
        ORGANIZER;CN=anne.morel@helvetique-trail.ch:mailto:anne.morel@helvetique-trail.ch
        UID:7g2kq1m0t4v9s8c3b5d6h0j2ra@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=camille.perrin@example.com;X-NUM-GUESTS=0:mailto:camille.perrin@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=pascal.chappuis@helvetique-trail.ch;X-NUM-GUESTS=0:mailto:pascal.chappuis@helvetique-trail.ch
        CREATED:20261019T152210Z
        LAST-MODIFIED:20261021T071459Z
        LOCATION:Helvétique Trail\\, Avenue de Rhodanie 58\\, Lausanne
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Deuxième entretien Camille Perrin / PM Trail Running
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f73.google.com", "2026-10-21 09:15:02", ZURICH, "Gc2b9Aq5"),
        ("From", addr("Anne Morel", "anne.morel@helvetique-trail.ch")),
        ("To", ME),
        ("Subject", enc("Invitation mise à jour : Deuxième entretien Camille Perrin / PM Trail Running @ "
                        "lun. 26 oct. 2026 14:00 - 15:00 (HNEC) (camille.perrin@example.com)")),
        ("Date", date("2026-10-21 09:15:00", ZURICH)),
        ("Message-ID", "<calendar-8c1f0e2a-4b7d-49a3-a6c5-d2e91f07b3a8@google.com>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(22), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-11-12T09:00:00Z", end="2026-11-12T10:00:00Z",
           contact="antoine.dufour@grandroc.fr", company="Grand Roc",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=PARIS,
           note="Outlook METHOD:CANCEL (French, windows-1252) of the second-round slot Thu 12 Nov 10:00-11:00, "
                "TZID Romance Standard Time, CET: 09:00Z; contact = organizer")
def m22():
    body = t("""
        Quand : jeudi 12 novembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Grand Roc - Siège, salle Aiguille Verte

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Je suis au regret d'annuler notre second entretien de jeudi : la direction a décidé de
        geler le recrutement sur ce poste jusqu'au printemps. Sophie reviendra vers vous pour
        vous expliquer la suite, et je garde précieusement votre dossier.

        Bien cordialement,
        Antoine Dufour
        Responsable Marketing Produit - Grand Roc
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Antoine Dufour:mailto:antoine.dufour@grandroc.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Perrin:mailto:camille.perrin@example.com
        UID:040000008200E00074C5B7101A82E00800000000D4A21C7F3E6ADC010000000000000000100000007E1A
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Camille Perrin - 2e tour
        DTSTART;TZID=Romance Standard Time:20261112T100000
        DTEND;TZID=Romance Standard Time:20261112T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261109074500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Grand Roc - Siège\\, salle Aiguille Verte
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "2026-11-09 08:45:09", PARIS, "Ms7lf24d"),
        ("From", addr("Antoine Dufour", "antoine.dufour@grandroc.fr")),
        ("To", CAMILLE),
        ("CC", addr("Sophie Girod", "sophie.girod@grandroc.fr")),
        ("Subject", enc("Annulé : Entretien Camille Perrin - 2e tour", "windows-1252")),
        ("Date", date("2026-11-09 08:45:02", PARIS)),
        ("Message-ID", "<PR3P192MB0801E5A2C71B0F93@PR3P192MB0801.EURP192.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body, charset="windows-1252", cte="quoted-printable"), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-10T08:30:00Z", end=None, contact="nicolas.perret@sillage-bikes.fr",
           company="Sillage Bikes",
           local="Thu 2026-12-10 09:30", zone=PARIS,
           note="Hiring manager (vous) cancels 'notre rendez-vous de jeudi prochain, le 10 décembre à 9h30' "
                "(Paris CET): cancelled slot 08:30Z, no new time; contact = sender")
def m23():
    body = t("""
        Bonjour Camille,

        J'ai le regret de devoir annuler notre rendez-vous de jeudi prochain, le 10 décembre à
        9h30, où nous devions débriefer votre étude de cas avec l'équipe. Notre actionnaire vient
        de nous demander de suspendre toutes les embauches prévues pour le premier trimestre, et
        le poste de Product Owner en fait partie.

        Je suis sincèrement désolé, votre travail sur la gamme cargo nous avait beaucoup plu. Je
        vous recontacte dès que nous aurons de la visibilité.

        Bien à vous,
        Nicolas Perret
        Directeur technique - Sillage Bikes
        """)
    return message([
        rcv("ssl0.ovh.net", "2026-12-04 17:48:20", PARIS, "Ov2kPa71"),
        ("From", addr("Nicolas Perret", "nicolas.perret@sillage-bikes.fr")),
        ("To", CAMILLE),
        ("CC", addr("Inès Blanchard", "ines.blanchard@sillage-bikes.fr")),
        ("Subject", "Annulation de notre rendez-vous du 10/12"),
        ("Date", date("2026-12-04 17:48:15", PARIS)),
        ("Message-ID", "<b2d7e941-0c58-4a3f-a1e8-sillage@sillage-bikes.fr>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable", params="format=flowed"))


@make.mail(N(24), family="workable", lang="fr", interview=True, kind="cancelled",
           start="2026-12-02T14:00:00Z", end="2026-12-02T14:45:00Z", contact="margaux.lenoir@lacbleu.fr",
           company="Lac Bleu Textiles",
           local="Wed 2026-12-02 15:00", local_end="2026-12-02 15:45", zone=PARIS,
           note="Workable cancellation with METHOD:CANCEL ICS, slot 'mercredi 2 décembre 2026, 15:00 - 15:45 "
                "(CET)'; Reply-To is a Workable relay, contact = recruiter address in the body")
def m24():
    body = t("""
        Bonjour Camille,

        Nous sommes désolés de vous informer que votre entretien prévu le mercredi 2 décembre 2026,
        15:00 - 15:45 (CET) pour le poste de Chef de produit Textile Technique a été annulé.

        Le poste a été pourvu en interne. Nous conservons votre candidature pour de futures
        opportunités.

        Pour toute question, vous pouvez écrire à Margaux Lenoir (margaux.lenoir@lacbleu.fr).

        Cordialement,
        Lac Bleu Textiles
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:workable-event-5521098@workable.com
        DTSTAMP:20261130091000Z
        DTSTART:20261202T140000Z
        DTEND:20261202T144500Z
        SUMMARY:Entretien - Chef de produit Textile Technique (Lac Bleu Textiles)
        ORGANIZER;CN=Lac Bleu Textiles:mailto:noreply@workablemail.com
        ATTENDEE;CN=Camille Perrin:mailto:camille.perrin@example.com
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.workablemail.com", "2026-11-30 10:10:03", PARIS, "Wk0cFr45"),
        ("From", addr("Lac Bleu Textiles", "noreply@workablemail.com")),
        ("Reply-To", "lac-bleu-textiles+c5521098@candidates.workablemail.com"),
        ("To", CAMILLE),
        ("Subject", enc("Entretien annulé : Chef de produit Textile Technique")),
        ("Date", date("2026-11-30 10:10:00", PARIS)),
        ("Message-ID", "<workable.5521098.cancel.1764493800@workablemail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Sentier Labs",
           note="Lever rejection after the 22 Sep interview; no time fixed")
def m25():
    body = t("""
        Hi Camille,

        Thank you again for taking the time to speak with Lukas and the team last week. We really
        enjoyed learning about your work on the Lumen Alpin headlamp range.

        After careful consideration, we've decided to move forward with candidates whose
        experience is closer to consumer mobile apps. This was a difficult decision.

        We'll keep your profile on file and would be glad to reach out if a hardware-related role
        opens up in Geneva.

        All the best,
        Nadia Keller
        Talent Partner, Sentier Labs
        """)
    return message([
        rcv("mail.lever.co", "2026-09-29 16:02:51", ZURICH, "Lv8s2Tg4"),
        ("From", addr("Nadia Keller", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Nadia Keller", "nadia.keller@sentierlabs.ch")),
        ("To", CAMILLE),
        ("Subject", "Your application to Sentier Labs"),
        ("Date", date("2026-09-29 16:02:47", ZURICH)),
        ("Message-ID", "<0102019a3c7d1e92-lever-archive-7c02@hire.lever.co>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(N(26), family="rejection", lang="fr", interview=False, company="Vertiscope",
           note="Taleo rejection without interview, iso-8859-1 quoted-printable")
def m26():
    body = t("""
        Madame,

        Nous vous remercions de l'intérêt que vous portez à Vertiscope et de votre candidature au
        poste de Responsable Marketing Produit Escalade (réf. 26000412).

        Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
        votre profil ne correspond pas entièrement aux besoins du poste. Nous ne manquerons pas
        de revenir vers vous si une opportunité plus en adéquation se présentait.

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        La Direction des Ressources Humaines
        Vertiscope - Voiron

        Ce message est généré automatiquement, merci de ne pas y répondre.
        """)
    return message([
        rcv("taleo.net", "2026-10-08 06:15:33", PARIS, "Tl4aVc09"),
        ("From", addr("Vertiscope Recrutement", "noreply@vertiscope.taleo.net")),
        ("To", ME),
        ("Subject", enc("Votre candidature - Responsable Marketing Produit Escalade", "iso-8859-1")),
        ("Date", date("2026-10-08 06:15:30", PARIS)),
        ("Message-ID", "<28719011.184220.1791432930@tc-prd-app07.taleo.net>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(27), family="application_receipt", lang="fr", interview=False, company="Névé Sports",
           note="Teamtailor acknowledgement (tu) of the application; no time")
def m27():
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <p>Salut Camille,</p>
        <p>Merci pour ta candidature au poste de <b>Product Manager Ski de randonnée</b> chez Névé Sports&nbsp;!
        On l'a bien reçue et Élodie, qui s'occupe du recrutement, la lira dans les prochains jours.</p>
        <p>Si ton profil correspond, elle te proposera un créneau pour un premier échange.
        En attendant, tu peux suivre nos aventures sur <a href="https://neve-sports.fr/blog">le blog</a>.</p>
        <p>À bientôt sur les pentes,<br>La team Névé</p>
        <p style="font-size:11px;color:#888">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    return message([
        rcv("mta-11.teamtailor-mail.com", "2026-09-03 22:14:10", PARIS, "Tt4mZ1ab"),
        ("From", addr("Névé Sports", "no-reply@teamtailor-mail.com")),
        ("To", CAMILLE),
        ("Subject", enc("Merci pour ta candidature, Camille !")),
        ("Date", date("2026-09-03 22:14:07", PARIS)),
        ("Message-ID", "<1a9d0c3e.neve-sports.application.8812@teamtailor-mail.com>"),
    ], html(page))


@make.mail(N(28), family="application_receipt", lang="en", interview=False, company="Glacier Nord",
           note="SmartRecruiters application receipt; no time")
def m28():
    body = t("""
        Dear Camille,

        Thank you for applying for the position of Category Manager - Hardgoods at Glacier Nord SA.

        We have received your application and our team is currently reviewing it. If your profile
        matches our requirements, we will contact you to discuss next steps.

        You can follow the status of your application in your candidate portal:
        https://jobs.smartrecruiters.com/candidate/portal

        Kind regards,
        Glacier Nord Talent Team
        """)
    return message([
        rcv("mail.smartrecruiters.com", "2026-10-05 20:31:09", ZURICH, "Sr7dPq02"),
        ("From", addr("Glacier Nord SA", "noreply@smartrecruiters.com")),
        ("To", CAMILLE),
        ("Subject", "Thank you for your application to Glacier Nord SA"),
        ("Date", date("2026-10-05 20:31:06", ZURICH)),
        ("Message-ID", "<20261005183106.applied.7432119@smartrecruiters.com>"),
    ], text(body, cte="7bit"))


@make.mail(N(29), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert (fictional Alpijob), several offers; no time")
def m29():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f0">
        <table width="600" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h2 style="color:#1d5c4a">5 nouvelles offres pour « chef de produit outdoor »</h2>
        <p><b>Chef de produit Textile H/F</b> - Pic Blanc Optics - Chamonix - CDI<br>
        <a href="https://www.alpijob.example.net/o/88412">Voir l'offre</a></p>
        <p><b>Product Manager Accessoires vélo</b> - Cyclo-Léman - Genève - CDI<br>
        <a href="https://www.alpijob.example.net/o/88377">Voir l'offre</a></p>
        <p><b>Chef de produit junior Ski</b> - Rossilhon - Sallanches - CDD 12 mois<br>
        <a href="https://www.alpijob.example.net/o/88350">Voir l'offre</a></p>
        <p><b>Category Manager Montagne</b> - Grand Roc - Pringy - CDI<br>
        <a href="https://www.alpijob.example.net/o/88341">Voir l'offre</a></p>
        <p><b>Responsable gamme Chaussures</b> - Ubaye Textile - Barcelonnette - CDI<br>
        <a href="https://www.alpijob.example.net/o/88302">Voir l'offre</a></p>
        <p style="font-size:11px;color:#777">Vous recevez cet e-mail car vous avez créé une alerte sur Alpijob.
        <a href="https://www.alpijob.example.net/alertes">Gérer mes alertes</a> · Se désabonner</p>
        </td></tr></table></body></html>
        """)
    body = t("""
        5 nouvelles offres pour « chef de produit outdoor »

        Chef de produit Textile H/F - Pic Blanc Optics - Chamonix - CDI
        Product Manager Accessoires vélo - Cyclo-Léman - Genève - CDI
        Chef de produit junior Ski - Rossilhon - Sallanches - CDD 12 mois
        Category Manager Montagne - Grand Roc - Pringy - CDI
        Responsable gamme Chaussures - Ubaye Textile - Barcelonnette - CDI

        Gérer mes alertes : https://www.alpijob.example.net/alertes
        """)
    return message([
        rcv("mailing.alpijob.example.net", "2026-11-02 07:00:41", PARIS, "Aj1oBq66"),
        ("From", addr("Alpijob", "alertes@alpijob.example.net")),
        ("To", ME),
        ("Subject", enc("5 nouvelles offres : chef de produit outdoor")),
        ("Date", date("2026-11-02 07:00:38", PARIS)),
        ("Message-ID", "<alert.20261102.c0f12e@alpijob.example.net>"),
        ("List-Unsubscribe", "<https://www.alpijob.example.net/unsub/c0f12e>"),
    ], alt(text(body), html(page)))


@make.mail(N(30), family="newsletter_tips", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-05"), ("Tue", "2026-11-17")),
           note="Professional network newsletter with interview tips; its agenda dates are network events")
def m30():
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px">
        <h1 style="font-size:22px">La Lettre du Réseau Cadres Savoie - octobre 2026</h1>
        <h2 style="font-size:18px">Entretien d'embauche : 5 questions piège et comment y répondre</h2>
        <p>« Quel est votre plus grand défaut ? », « Où vous voyez-vous dans cinq ans ? »...
        Notre coach Sylvie Arnaud décrypte les questions qui reviennent le plus souvent en entretien
        et vous donne des pistes pour y répondre sans réciter.</p>
        <p><a href="https://reseau-cadres-savoie.example.net/lettre/2026-10#entretien">Lire l'article</a></p>
        <h2 style="font-size:18px">Agenda du réseau</h2>
        <p>Afterwork à Chambéry le jeudi 5 novembre à 18h30, atelier LinkedIn le mardi 17 novembre à 12h.
        Inscriptions sur le site.</p>
        <p style="font-size:11px;color:#666">Vous recevez cette lettre en tant que membre du Réseau Cadres Savoie.
        <a href="https://reseau-cadres-savoie.example.net/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    return message([
        rcv("mailer.reseau-cadres-savoie.example.net", "2026-10-15 08:30:12", PARIS, "Rs3kLm20"),
        ("From", addr("Réseau Cadres Savoie", "lettre@reseau-cadres-savoie.example.net")),
        ("To", ME),
        ("Subject", enc("Entretien d'embauche : 5 questions piège | La Lettre d'octobre")),
        ("Date", date("2026-10-15 08:30:09", PARIS)),
        ("Message-ID", "<lettre-2026-10.8841@reseau-cadres-savoie.example.net>"),
        ("List-Unsubscribe", "<mailto:desinscription@reseau-cadres-savoie.example.net>"),
        ("Precedence", "bulk"),
    ], html(page))


@make.mail(N(31), family="recruiter_outreach", lang="fr", interview=False, company="Altitude RH",
           note="Agency first contact: asks for a call and offers a Calendly link, nothing fixed")
def m31():
    body = t("""
        Bonjour Camille,

        Je suis consultant chez Altitude RH, cabinet spécialisé dans les métiers du sport et de
        l'outdoor en Rhône-Alpes. J'ai vu votre profil et votre parcours chez Lumen Alpin m'a
        beaucoup intéressé.

        J'accompagne actuellement une PME annécienne (fabricant, environ 80 personnes) qui
        recherche son futur Chef de produit. Le poste est confidentiel à ce stade, mais je serais
        ravi de vous en dire plus lors d'un court appel.

        Si cela vous parle, vous pouvez réserver 30 minutes directement dans mon agenda :
        https://calendly.com/maxime-roux-altitude/qualification

        Belle journée,
        Maxime Roux
        Consultant senior - Altitude RH
        06 12 48 90 33
        """)
    return message([
        rcv("mail-wr1-f52.google.com", "2026-10-08 12:05:17", PARIS, "Ar5yHk01"),
        ("From", addr("Maxime Roux", "maxime.roux@altitude-rh.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Opportunité Chef de produit - PME outdoor à Annecy")),
        ("Date", date("2026-10-08 12:05:13", PARIS)),
        ("Message-ID", "<CAM4rx9S0aPq1Zk7uN_e2vT9@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposal_unconfirmed", lang="fr", interview=False, company="Grand Roc",
           days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
           note="Recruiter proposes two slots and asks which suits; no time chosen yet (the Workday "
                "confirmation follows in another mail)")
def m32():
    body = t("""
        Bonjour Madame Perrin,

        Suite à notre échange téléphonique, M. Dufour souhaiterait vous rencontrer pour le poste de
        Chef de Produit Chaussures Montagne. Pourriez-vous me dire lequel de ces deux créneaux
        vous convient le mieux :

          - mardi 6 octobre à 15h00
          - mercredi 7 octobre à 10h00

        L'entretien aura lieu à notre siège de Pringy et durera environ une heure. Dès réception de
        votre réponse, vous recevrez une confirmation par e-mail.

        Bien cordialement,

        Sophie Girod
        Chargée de recrutement
        Grand Roc
        8 route des Vernes - 74370 Pringy
        """)
    return message([
        rcv("EUR02-AM5-obe.outbound.protection.outlook.com", "2026-09-29 14:12:40", PARIS, "Ms7la01a"),
        ("From", addr("Sophie Girod", "sophie.girod@grandroc.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Grand Roc - Proposition de créneaux d'entretien")),
        ("Date", date("2026-09-29 14:12:35", PARIS)),
        ("Message-ID", "<PR3P192MB0801A01F33C2B1D0@PR3P192MB0801.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body, charset="windows-1252"), html("<html><body><div style=\"font-family:Calibri\">"
           + "".join(f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</div></body></html>\n",
           charset="windows-1252")))


@make.mail(N(33), family="availability_request", lang="fr", interview=False, company="Boréalis Gear",
           note="Greenhouse availability request: the candidate picks slots; nothing fixed")
def m33():
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste de Chef de produit Sacs à dos & Bagagerie. Nous
        aimerions organiser un premier entretien avec Thomas Bérard, notre Directeur Produit.

        Pourriez-vous indiquer vos disponibilités pour les deux semaines à venir via le lien
        ci-dessous ? Comptez une heure d'échange en visio.

        https://app.greenhouse.io/availability/3f0c8a2e-71d4/submit

        Merci et à bientôt,
        Julie Marchand
        Talent Acquisition, Boréalis Gear
        """)
    return message([
        rcv("o12.us.greenhouse-mail.io", "2026-09-04 10:48:21", PARIS, "G7k2PqA0"),
        ("From", addr("Julie Marchand", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Julie Marchand", "julie.marchand@borealis-gear.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Boréalis Gear : vos disponibilités pour un entretien")),
        ("Date", date("2026-09-04 10:48:18", PARIS)),
        ("Message-ID", "<a1c0e2b4.48812093.20260904084818@us.greenhouse-mail.io>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="en", interview=False, company="Crestline Analytics",
           note="Recruiter sends a self-scheduling link for the onsite; nothing booked yet")
def m34():
    body = t("""
        Hi Camille,

        Great news, the team would love to have you in Lausanne for the onsite round! It's about
        2.5 hours with three people (product case, data, culture).

        Please grab whichever afternoon suits you best here:
        https://app.ashbyhq.com/interview-scheduling/crestline/7b1c0f9e

        We have slots on the 12th, 13th and 17th of November. Once you pick one, you'll get a
        confirmation with the full itinerary.

        Cheers,
        Léo

        Léo Vuilleumier | Talent & Ops | Crestline Analytics
        """)
    return message([
        rcv("mail-lf1-f45.google.com", "2026-10-28 17:22:09", ZURICH, "As4hBv01"),
        ("From", addr("Léo Vuilleumier", "leo.vuilleumier@crestline.ch")),
        ("To", CAMILLE),
        ("Subject", "Onsite at Crestline - pick your slot"),
        ("Date", date("2026-10-28 17:22:05", ZURICH)),
        ("Message-ID", "<CAF9sLv0q7Rk2Wm_x1pN3aQ@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(35), family="auto_reply", lang="fr", interview=False, company="Boréalis Gear",
           days=(("Mon", "2026-11-02"),),
           note="Out-of-office auto-reply from the recruiter, French then English")
def m35():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 2 novembre inclus, avec un accès limité à mes
        e-mails. Pour toute urgence, merci de contacter recrutement@borealis-gear.fr.

        Hello, I am out of the office until Monday 2 November with limited access to e-mail.
        For urgent matters please write to recrutement@borealis-gear.fr.

        Julie Marchand
        """)
    return message([
        rcv("mail-ed1-f50.google.com", "2026-10-23 18:40:02", PARIS, "Bg9mWq02"),
        ("From", addr("Julie Marchand", "julie.marchand@borealis-gear.fr")),
        ("To", CAMILLE),
        ("Subject", enc("Réponse automatique : Re: Suite de mon entretien du 15 septembre")),
        ("Date", date("2026-10-23 18:40:00", PARIS)),
        ("Message-ID", "<CAL7q0bOoO-autoreply-0x2@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("In-Reply-To", "<perrin-relance-1023@example.com>"),
    ], text(body, cte="quoted-printable"))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Camille's thank-you mail to Turin (mistyped domain); the returned mail "
                "mentions the interview of 7 October in the past")
def m36():
    original = message([
        ("From", CAMILLE),
        ("To", addr("Chiara Rinaldi", "chiara.rinaldi@montegrigo.it")),
        ("Subject", "Thank you - International Product Manager"),
        ("Date", date("2026-10-08 08:55:00", PARIS)),
        ("Message-ID", "<perrin-thanks-1008@example.com>"),
    ], text(t("""
        Dear Chiara,

        Thank you for yesterday's conversation with you and Davide. I very much enjoyed hearing
        about the new mountaineering line and would be delighted to continue the process.

        Best regards,
        Camille Perrin
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <chiara.rinaldi@montegrigo.it>: Host or domain name not found. Name service
            error for name=montegrigo.it type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Xk2Lq0Zb3z9vRt
        Arrival-Date: Thu,  8 Oct 2026 08:55:02 +0200 (CEST)

        Final-Recipient: rfc822; chiara.rinaldi@montegrigo.it
        Original-Recipient: rfc822;chiara.rinaldi@montegrigo.it
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=montegrigo.it type=MX: Host not found, try again
        """)
    return message([
        ("Received", "by smtp.example.com (Postfix)\r\n id 4Xk2Lr1Zc4z9vRu; Thu,  8 Oct 2026 06:55:03 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@smtp.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-08 08:55:03", PARIS)),
        ("Message-ID", "<20261008065503.4Xk2Lr1Zc4z9vRu@smtp.example.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 attached_message(original),
                 params="report-type=delivery-status"))


@make.mail(N(37), family="offer", lang="fr", interview=False, company="Helvétique Trail",
           days=(("Fri", "2026-12-11"),),
           note="Job offer from Lausanne (start 1 February 2027, answer by Friday 11 December); no interview")
def m37():
    body = t("""
        Chère Camille,

        C'est avec un grand plaisir que nous vous confirmons notre souhait de vous accueillir chez
        Helvétique Trail en tant que Product Manager Trail Running, à compter du 1er février 2027.

        Vous trouverez ci-dessous les principaux éléments de notre proposition :
          - contrat de durée indéterminée, 100 %, basé à Lausanne (télétravail 2 jours par semaine)
          - salaire annuel brut de CHF 118'000, versé en 13 mensualités
          - 25 jours de vacances, abonnement CFF demi-tarif pris en charge

        Le contrat détaillé vous parviendra par courrier. Nous vous serions reconnaissants de nous
        faire part de votre décision d'ici au vendredi 11 décembre. Pascal et moi restons bien
        entendu à votre disposition pour en parler par téléphone.

        Avec nos meilleures salutations,
        Anne Morel
        Head of Product, Helvétique Trail SA
        """)
    return message([
        rcv("mail-yw1-f43.google.com", "2026-12-03 16:10:27", ZURICH, "Gc3cAr09"),
        ("From", addr("Anne Morel", "anne.morel@helvetique-trail.ch")),
        ("To", CAMILLE),
        ("CC", addr("Pascal Chappuis", "pascal.chappuis@helvetique-trail.ch")),
        ("Subject", "Proposition d'engagement - Product Manager Trail Running"),
        ("Date", date("2026-12-03 16:10:24", ZURICH)),
        ("Message-ID", "<CAG1mAr7pQ0vLz8_Xw2bHt@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(38), family="non_interview_appointment", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Physiotherapist booking confirmation (fictional booking platform): fixed time, not an interview")
def m38():
    body = t("""
        Bonjour Camille Perrin,

        Votre rendez-vous est confirmé.

        Jeudi 8 octobre 2026 à 17:45
        Claire Baud - Masseur-kinésithérapeute
        Cabinet de kinésithérapie des Marquisats
        9 rue des Marquisats, 74000 Annecy

        Motif : Rééducation genou (séance 3/10)

        Pensez à apporter votre ordonnance et votre carte Vitale.
        En cas d'empêchement, annulez au moins 24 h à l'avance depuis votre espace Santéo.

        L'équipe Santéo
        """)
    return message([
        rcv("mail.santeo.example.net", "2026-10-05 13:02:11", PARIS, "Sa9tEo03"),
        ("From", addr("Santéo", "ne-pas-repondre@santeo.example.net")),
        ("To", ME),
        ("Subject", enc("Rendez-vous confirmé le jeudi 8 octobre 2026 à 17:45")),
        ("Date", date("2026-10-05 13:02:08", PARIS)),
        ("Message-ID", "<rdv-7718203.confirm@santeo.example.net>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Outlook meeting request from Camille's current manager (range review), Romance Standard "
                "Time: a real meeting, not an interview")
def m39():
    body = t("""
        Quand : jeudi 8 octobre 2026 14:00-16:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Tournette / Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Revue de la gamme frontales hiver 2027/28 avec le bureau d'études : merci de venir avec les
        fiches produit à jour et les retours des tests terrain de septembre.

        Fabien
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Fabien Collomb:mailto:fabien.collomb@lumen-alpin.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Perrin:mailto:camille.perrin@lumen-alpin.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bureau d'études:mailto:be@lumen-alpin.fr
        UID:040000008200E00074C5B7101A82E00800000000E1B4F0A2D049DC01000000000000000010000000F3C1
        SUMMARY;LANGUAGE=fr-FR:Revue de gamme frontales H27/28
        DTSTART;TZID=Romance Standard Time:20261008T140000
        DTEND;TZID=Romance Standard Time:20261008T163000
        DTSTAMP:20261002094000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Tournette / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("EUR03-DB5-obe.outbound.protection.outlook.com", "2026-10-02 11:40:07", PARIS, "Lm1aPn20",
            to="camille.perrin@lumen-alpin.fr"),
        ("From", addr("Fabien Collomb", "fabien.collomb@lumen-alpin.fr")),
        ("To", addr("Camille Perrin", "camille.perrin@lumen-alpin.fr")),
        ("CC", addr("Bureau d'études", "be@lumen-alpin.fr")),
        ("Subject", "Revue de gamme frontales H27/28"),
        ("Date", date("2026-10-02 11:40:00", PARIS)),
        ("Message-ID", "<DB9PR02MB7170B3E4F5A61C22@DB9PR02MB7170.eurprd02.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
    ], alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


@make.mail(N(40), family="event_registration", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-09-19"), ("Fri", "2026-09-18")),
           note="Trail race registration and bib confirmation, start time fixed; not an interview")
def m40():
    body = t("""
        Bonjour Camille,

        Ton inscription au Trail des Crêtes du Semnoz 2026 est confirmée !

        Course : Le Grand Semnoz - 38 km / 2 100 m D+
        Départ : samedi 19 septembre 2026 à 7h00, Quintal (place de l'église)
        Dossard n° 412

        Retrait des dossards : vendredi 18 septembre de 16h à 20h à la salle des fêtes de Quintal.
        Matériel obligatoire : veste imperméable, couverture de survie, 1 L d'eau minimum.

        Bonne préparation et à très vite sur les sentiers,
        L'organisation du Trail des Crêtes du Semnoz
        """)
    return message([
        rcv("mail.inscriptions-trail.example.net", "2026-09-05 20:16:44", PARIS, "Tr4iLs05"),
        ("From", addr("Trail des Crêtes du Semnoz", "inscriptions@trail-semnoz.example.net")),
        ("To", ME),
        ("Subject", enc("Inscription confirmée - Le Grand Semnoz - dossard 412")),
        ("Date", date("2026-09-05 20:16:40", PARIS)),
        ("Message-ID", "<insc-412-2026@trail-semnoz.example.net>"),
    ], text(body, cte="8bit"))


@make.mail(N(41), family="travel_ticket", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Train e-ticket Annecy -> Lyon on the morning of the Lyon interview; a receipt, not a confirmation "
                "of the interview")
def m41():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Votre e-billet</h2>
        <p>Bonjour Camille,</p>
        <p>Merci pour votre achat. Référence dossier : <b>QZT4RM</b></p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Date</th><th>Départ</th><th>Arrivée</th><th>Train</th></tr>
        <tr><td>mar. 24 novembre 2026</td><td>07:12 Annecy</td><td>09:05 Lyon Part-Dieu</td><td>TER 885412</td></tr>
        <tr><td>mar. 24 novembre 2026</td><td>17:55 Lyon Part-Dieu</td><td>19:53 Annecy</td><td>TER 885431</td></tr>
        </table>
        <p>Total payé : 52,40 EUR (carte Avantage Adulte)</p>
        <p>Présentez ce billet (PDF ou appli) lors du contrôle.</p>
        <p style="font-size:11px;color:#777">RailAlpes - billetterie régionale</p>
        </body></html>
        """)
    return message([
        rcv("mail.railalpes.example.net", "2026-11-20 09:14:20", PARIS, "Ra1lAp24"),
        ("From", addr("RailAlpes", "billets@railalpes.example.net")),
        ("To", ME),
        ("Subject", enc("Votre e-billet Annecy > Lyon Part-Dieu du 24/11/2026")),
        ("Date", date("2026-11-20 09:14:17", PARIS)),
        ("Message-ID", "<ebillet-QZT4RM@railalpes.example.net>"),
    ], html(page, cte="base64"))


@make.mail(N(42), family="webinar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Zoom webinar registration (industry network, career topic): fixed time, not an interview")
def m42():
    body = t("""
        Bonjour Camille,

        Merci de vous être inscrite au webinaire « Réussir sa candidature dans l'industrie
        outdoor : ce que les recruteurs attendent ».

        Date : jeudi 22 octobre 2026 12:30 Paris
        Rejoindre depuis un PC, Mac, iPad ou appareil Android :
        https://us06web.zoom.us/w/85520014417?tk=aoR3b

        Code secret : 441822

        Ajouter à l'agenda : Google Agenda | Outlook | Yahoo

        Vous pouvez annuler votre inscription à tout moment.

        Alpes Outdoor Réseau
        """)
    return message([
        rcv("zoom.us", "2026-10-16 10:01:31", PARIS, "Zm8wEb16"),
        ("From", addr("Alpes Outdoor Réseau", "no-reply@zoom.us")),
        ("Reply-To", "contact@alpes-outdoor-reseau.example.net"),
        ("To", CAMILLE),
        ("Subject", enc("Confirmation de l'inscription au webinaire « Réussir sa candidature dans l'industrie outdoor »")),
        ("Date", date("2026-10-16 10:01:28", PARIS)),
        ("Message-ID", "<Kc2F9aWbSsq1ZrPw@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="job_center_appointment", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Public job-centre notice of a follow-up meeting ('entretien de suivi') with an adviser: "
                "the word is 'entretien' but it is not a job interview; windows-1252 base64")
def m43():
    body = t("""
        Madame PERRIN Camille,

        Dans le cadre de votre accompagnement, vous êtes convoquée à un entretien de suivi avec
        votre conseillère, Mme Nathalie Jacquier :

        le lundi 16 novembre 2026 à 09h15
        Espace Emploi Cadres - agence d'Annecy
        12 avenue de Genève, 74000 Annecy

        Merci de vous munir de votre CV à jour et de la liste de vos démarches récentes.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message([
        rcv("relais.espace-emploi-cadres.example.net", "2026-11-05 15:33:08", PARIS, "Ee2cDs11"),
        ("From", addr("Espace Emploi Cadres", "ne_pas_repondre@espace-emploi-cadres.example.net")),
        ("To", ME),
        ("Subject", enc("Convocation à un entretien de suivi le 16/11/2026", "windows-1252")),
        ("Date", date("2026-11-05 15:33:05", PARIS)),
        ("Message-ID", "<conv.20261105.8812003@espace-emploi-cadres.example.net>"),
    ], text(body, charset="windows-1252", cte="base64"))


@make.mail(N(44), family="assessment_deadline", lang="fr", interview=False, company="Sillage Bikes",
           days=(("Fri", "2026-11-27"),),
           note="Case study brief with a deadline (Friday 27 November 18h); a debrief is announced but not set")
def m44():
    body = t("""
        Bonjour Camille,

        Merci encore pour jeudi, l'équipe a beaucoup apprécié l'échange. Comme évoqué, voici
        l'étude de cas pour l'étape suivante :

        « Proposer la feuille de route 2028 d'un vélo cargo électrique pour les familles en
        montagne : cibles, positionnement prix, trois fonctionnalités clés. »

        Format libre (10 slides maximum), à nous renvoyer avant le vendredi 27 novembre à 18h.
        Nous calerons ensuite un créneau pour que vous puissiez nous la présenter.

        Bon courage !
        Inès Blanchard
        Talent & Culture - Sillage Bikes
        """)
    return message([
        rcv("ssl0.ovh.net", "2026-11-09 10:05:55", PARIS, "Ov2kPa10"),
        ("From", addr("Inès Blanchard", "ines.blanchard@sillage-bikes.fr")),
        ("To", CAMILLE),
        ("CC", addr("Nicolas Perret", "nicolas.perret@sillage-bikes.fr")),
        ("Subject", enc("Étude de cas - Product Owner Vélos Électriques")),
        ("Date", date("2026-11-09 10:05:51", PARIS)),
        ("Message-ID", "<0f3a6c21-ines-cas@sillage-bikes.fr>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text(body, cte="quoted-printable", params="format=flowed"))


@make.mail(N(45), family="personal_referral", lang="fr", interview=False, company=None,
           note="A friend forwards a job posting (Gmail 'Fwd:'), suggests a coffee 'un de ces jours'; nothing fixed")
def m45():
    body = t("""
        Coucou Cam,

        Je suis tombée là-dessus ce matin, ça a l'air taillé pour toi ! Je connais un peu la
        responsable marketing, je peux lui glisser ton nom si tu veux. On se fait un café un de
        ces jours pour en parler ?

        Bises,
        Léa

        ---------- Forwarded message ---------
        De : Pic Blanc Optics <jobs@picblanc-optics.example.net>
        Date: mer. 23 sept. 2026 à 09:12
        Subject: Nous recrutons : Chef de produit Textile H/F
        To: <lea.garnier@example.net>

        Pic Blanc Optics, fabricant chamoniard de lunettes et masques de montagne, recrute un(e)
        Chef de produit Textile pour lancer sa première ligne de vêtements techniques.
        CDI basé à Chamonix, poste à pourvoir en janvier 2027.
        Candidature : https://picblanc-optics.example.net/carrieres
        """)
    return message([
        rcv("mail-ua1-f41.google.com", "2026-09-24 08:03:09", PARIS, "Lg5arN00"),
        ("From", addr("Léa Garnier", "lea.garnier@example.net")),
        ("To", CAMILLE),
        ("Subject", enc("Fwd: Nous recrutons : Chef de produit Textile H/F")),
        ("Date", date("2026-09-24 08:03:05", PARIS)),
        ("Message-ID", "<CAJx8LgA2k0Ywq5T_sFz9p@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="event_registration", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
           note="Trade show badge (fictional outdoor fair in Annecy); dated but no appointment")
def m46():
    page = t("""
        <html><body style="font-family:Montserrat,Arial,sans-serif">
        <h2>Votre badge visiteur professionnel</h2>
        <p>Bonjour Camille Perrin,</p>
        <p>Votre inscription au <b>Salon Outdoor Alpes 2026</b> est validée.</p>
        <p>Mercredi 4 et jeudi 5 novembre 2026, 9h - 18h<br>
        Parc des expositions, Annecy - La Roche-sur-Foron</p>
        <p>Imprimez votre badge ou présentez le QR code ci-joint à l'entrée.<br>
        Au programme : 220 exposants, conférences « Textile circulaire » et « Marques & recrutement ».</p>
        <p>À très bientôt,<br>L'équipe du Salon Outdoor Alpes</p>
        </body></html>
        """)
    return message([
        rcv("mail.salon-outdoor-alpes.example.net", "2026-10-20 14:44:50", PARIS, "So4lN46"),
        ("From", addr("Salon Outdoor Alpes", "badges@salon-outdoor-alpes.example.net")),
        ("To", ME),
        ("Subject", "Votre badge - Salon Outdoor Alpes 2026"),
        ("Date", date("2026-10-20 14:44:47", PARIS)),
        ("Message-ID", "<badge-SOA26-V18842@salon-outdoor-alpes.example.net>"),
    ], html(page))


@make.mail(N(47), family="receipt", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Online shop order confirmation with a delivery day; not an appointment")
def m47():
    body = t("""
        Bonjour Camille,

        Merci pour votre commande n° MS-2026-448190 !

        1 x Chaussures d'approche Crux GTX, pointure 39 ....... 169,00 EUR
        1 x Chaussettes mérinos trail (lot de 2) .............. 24,90 EUR
        Livraison Colissimo ................................... offerte
        Total TTC ............................................. 193,90 EUR

        Livraison estimée : mardi 13 octobre, au point relais Tabac du Pâquier, Annecy.

        Montagne Shop
        """)
    return message([
        rcv("mail.montagne-shop.example.net", "2026-10-09 21:12:33", PARIS, "Ms5hOp47"),
        ("From", addr("Montagne Shop", "commandes@montagne-shop.example.net")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre commande MS-2026-448190")),
        ("Date", date("2026-10-09 21:12:30", PARIS)),
        ("Message-ID", "<order-448190@montagne-shop.example.net>"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
           html(gmail_html(body), charset="iso-8859-1")))


@make.mail(N(48), family="rejection", lang="fr", interview=False, company="Atelier Sapaudia",
           note="Recruitee rejection after the 18 Nov interview")
def m48():
    body = t("""
        Bonjour Camille,

        Merci pour le temps que vous nous avez accordé mercredi dernier et pour la présentation de
        votre gamme de polaires recyclées, qui nous a beaucoup plu.

        Nous avons finalement choisi de poursuivre avec une personne ayant une expérience plus
        poussée de la confection en atelier. Cette décision n'a pas été simple.

        Nous vous souhaitons pleine réussite dans vos projets.

        Paul Berthier
        Atelier Sapaudia
        """)
    return message([
        rcv("mailer.recruitee.com", "2026-11-27 17:02:13", PARIS, "Rc2jTy99"),
        ("From", addr("Paul Berthier - Atelier Sapaudia", "notifications@mailer.recruitee.com")),
        ("Reply-To", "c-81f2a0d7@inbound.recruitee.com"),
        ("To", CAMILLE),
        ("Subject", "Votre candidature chez Atelier Sapaudia"),
        ("Date", date("2026-11-27 17:02:10", PARIS)),
        ("Message-ID", "<recruitee.81f2a0d7.1732723@mailer.recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="job_alert", lang="en", interview=False, company="Summit Peak Brands",
           note="Employer career-site alert (iCIMS talent community); no time")
def m49():
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Hi Camille,</p>
        <p>New jobs matching your saved search "product manager - Annecy" were posted at Summit Peak Brands:</p>
        <ul>
        <li><a href="https://careers-summitpeakbrands.icims.com/jobs/4471">Senior Product Manager, Climbing Hardware</a> - Annecy, France</li>
        <li><a href="https://careers-summitpeakbrands.icims.com/jobs/4480">Associate Product Manager, Ski Touring</a> - Annecy, France</li>
        <li><a href="https://careers-summitpeakbrands.icims.com/jobs/4462">Product Marketing Manager EMEA</a> - Annecy, France</li>
        </ul>
        <p>Summit Peak Brands Talent Community</p>
        <p style="font-size:10px;color:#888">To stop receiving job alerts, update your preferences.</p>
        </body></html>
        """)
    return message([
        rcv("talent.icims.com", "2026-11-10 06:00:22", PARIS, "Ic3vNq01"),
        ("From", addr("Summit Peak Brands Careers", "summitpeakbrands@talent.icims.com")),
        ("To", ME),
        ("Subject", "New jobs at Summit Peak Brands that match your search"),
        ("Date", date("2026-11-10 06:00:19", PARIS)),
        ("Message-ID", "<1458820001.801.1794286819000.JavaMail.icims@talent.icims.com>"),
    ], html(page, cte="7bit"))


@make.mail(N(50), family="post_interview", lang="fr", interview=False, company="Helvétique Trail",
           note="Thank-you reply after the 26 Oct interview: 'we will come back to you', nothing fixed")
def m50():
    body = t("""
        Bonjour Camille,

        Un grand merci pour hier, Pascal et moi avons passé un très bon moment, et votre analyse de
        notre gamme de bâtons nous a bluffés. Nous voyons encore une dernière personne cette
        semaine et reviendrons vers vous au plus tard le vendredi de la semaine prochaine.

        Belle journée depuis Lausanne,
        Anne

        Le lun. 26 oct. 2026 à 19:12, Camille Perrin <camille.perrin@example.com> a écrit :
        > Bonjour Anne,
        > Merci beaucoup pour l'accueil et la visite des bureaux cet après-midi.
        > Au plaisir,
        > Camille
        """)
    return message([
        rcv("mail-yw1-f44.google.com", "2026-10-27 08:47:31", ZURICH, "Gc3cAr01"),
        ("From", addr("Anne Morel", "anne.morel@helvetique-trail.ch")),
        ("To", CAMILLE),
        ("Subject", enc("Re: Merci pour cet après-midi")),
        ("Date", date("2026-10-27 08:47:28", ZURICH)),
        ("Message-ID", "<CAG1mAr5vX9q_Lb0Tm3kPw@mail.gmail.com>"),
        ("In-Reply-To", "<perrin-merci-1026@example.com>"),
        ("References", "<perrin-merci-1026@example.com>"),
    ], alt(text(body), html(gmail_html(body))))
