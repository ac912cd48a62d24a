"""blind188: 50 hand-written mails from the inbox of Baptiste Lacoste, a test-bench engineer in Pau.

Written blind (without reading the detector, its tests or the other held-out mails). Built and
checked by ``python3 bench/heldout/make_blind.py blind188``. Keys 1-23 are positives, 24-50
negatives; file numbers are a fixed shuffle of the writing order (ORDER below).
"""

from __future__ import annotations

import random

import make
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
    received,
    t,
    text,
)

ORDER = random.Random(1880188).sample(range(1, 51), 50)
P = "Europe/Paris"
ME_ADDR = "baptiste.lacoste@example.org"
ME = addr("Baptiste Lacoste", ME_ADDR)


def n(key: int) -> str:
    return f"blind188_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str = P, ident: str = "mx1.example.org", lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"{ident} with ESMTPS", ME_ADDR, lag)


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


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Greenhouse, FR
@make.mail(n(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-17T12:00:00Z", end="2026-09-17T13:00:00Z",
           contact="mathilde.roucaries@altivolt.fr", company="Altivolt Systems",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=P,
           note="Greenhouse confirmation in French: jeudi 17 septembre 2026, 14:00 - 15:00 'heure de Paris' "
                "(CEST, UTC+2) -> 12:00Z-13:00Z; a range, so end set; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Bonjour Baptiste,

        Merci d'avoir accepté notre invitation. Votre entretien pour le poste
        Ingénieur(e) Bancs d'Essais Systèmes - Toulouse est confirmé.

        Date : jeudi 17 septembre 2026
        Heure : 14:00 - 15:00 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/xqa-brtv-kpo

        Vous rencontrerez :
          - Romain Estrade, Responsable Validation Banc
          - Mathilde Roucariès, Talent Acquisition

        Un empêchement ? Répondez simplement à cet e-mail, il parviendra à Mathilde.

        À jeudi,
        L'équipe recrutement Altivolt Systems

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Baptiste,</p>
        <p>Merci d'avoir accepté notre invitation. Votre entretien pour le poste
        <b>Ingénieur(e) Bancs d'Essais Systèmes - Toulouse</b> est confirmé.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#666">Date</td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td style="color:#666">Heure</td><td>14:00 - 15:00 (heure de Paris)</td></tr>
        <tr><td style="color:#666">Format</td><td>visioconférence Google Meet</td></tr>
        <tr><td style="color:#666">Lien</td><td><a href="https://meet.google.com/xqa-brtv-kpo">meet.google.com/xqa-brtv-kpo</a></td></tr>
        </table>
        <p>Vous rencontrerez :<br>Romain Estrade, Responsable Validation Banc<br>
        Mathilde Roucariès, Talent Acquisition</p>
        <p>Un empêchement ? Répondez simplement à cet e-mail, il parviendra à Mathilde.</p>
        <p>À jeudi,<br>L'équipe recrutement Altivolt Systems</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-sor-f41.greenhouse-mail.io", "198.2.180.41", "2026-09-14 11:05")),
        ("From", "Altivolt Systems <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", addr("Mathilde Roucariès", "mathilde.roucaries@altivolt.fr")),
        ("To", ME),
        ("Subject", enc("Entretien confirmé - Ingénieur(e) Bancs d'Essais Systèmes")),
        ("Date", date("2026-09-14 11:05", P)),
        ("Message-ID", "<gh.6f1c2a0e93.20260914090512@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 2 phone reply, tu
@make.mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-23T13:00:00Z", contact="jm.castaing@abp-tarbes.fr",
           company="Atelier Bigourdan de Précision",
           local="Wed 2026-09-23 15:00", zone=P,
           note="Phone-written reply (tu) sent Tue 22 Sep 13:40 CEST: 'ok pour demain aprem, 15h' = Wed 23 Sep "
                "15:00 Paris (CEST) -> 13:00Z; '1h-1h30' is not an exact length, end null; contact = sender")
def m02():
    body = t("""
        Salut Baptiste,

        Ok pour demain aprem, 15h à l'atelier (ZA Bastillac, bâtiment B, le portail gris). Tu demandes Jean-Mi à l'accueil. Compte 1h-1h30, on fera le tour des bancs hydrauliques avec Pierrot et on discute du poste tranquille.

        A+
        Jean-Mi

        Envoyé de mon iPhone

        > Le 22 sept. 2026 à 12:55, Baptiste Lacoste <baptiste.lacoste@example.org> a écrit :
        >
        > Bonjour Jean-Michel,
        > Merci pour votre appel de ce matin. Je peux passer demain après-midi à partir de 14h si ça vous arrange toujours, sinon vendredi matin.
        > Bonne journée,
        > Baptiste
        """)
    return message([
        ("Received", rcv("smtp-out.abp-tarbes.fr", "91.121.44.17", "2026-09-22 13:40")),
        ("From", addr("Jean-Michel Castaing", "jm.castaing@abp-tarbes.fr")),
        ("To", ME),
        ("Subject", enc("Re: Poste technicien-ingénieur bancs")),
        ("Date", date("2026-09-22 13:40", P)),
        ("Message-ID", "<8F3B1C2E-77A0-4D1E-9B7C-2E5A61D0C4F1@abp-tarbes.fr>"),
        ("In-Reply-To", "<CAJq1t0bA7@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (20H115)"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 3 Lever, EN
@make.mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-05T07:30:00Z", end="2026-10-05T08:15:00Z",
           contact="hannah.keogh@girondrone.com", company="Girondrone",
           local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:15", zone=P,
           note="Lever schedule confirmation: Monday October 5, 9:30-10:15 AM CEST -> 07:30Z-08:15Z (ICS in "
                "UTC agrees); contact = Reply-To / ORGANIZER recruiter")
def m03():
    body = t("""
        Hi Baptiste,

        Your interview with Girondrone has been scheduled. Details below.

        Role: Flight Test Bench Engineer (Mérignac)
        When: Monday, October 5, 2026, 9:30 AM - 10:15 AM CEST
        Where: Microsoft Teams (link in the calendar invite)
        Interviewers: Luc Darrigade (Head of Flight Test), Priya Nandakumar (Avionics Lead)

        If you need to change anything, reply to this email and Hannah will help.

        Best,
        Hannah Keogh
        Talent Partner, Girondrone

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hi Baptiste,</p>
        <p>Your interview with Girondrone has been scheduled. Details below.</p>
        <p><strong>Role:</strong> Flight Test Bench Engineer (Mérignac)<br>
        <strong>When:</strong> Monday, October 5, 2026, 9:30 AM - 10:15 AM CEST<br>
        <strong>Where:</strong> Microsoft Teams (link in the calendar invite)<br>
        <strong>Interviewers:</strong> Luc Darrigade (Head of Flight Test), Priya Nandakumar (Avionics Lead)</p>
        <p>If you need to change anything, reply to this email and Hannah will help.</p>
        <p>Best,<br>Hannah Keogh<br>Talent Partner, Girondrone</p>
        <p style="color:#aaa;font-size:11px">Sent via Lever</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-7d1e33b0-4c5a-4e0f-9f3e-girondrone
        DTSTAMP:20260930T142000Z
        DTSTART:20261005T073000Z
        DTEND:20261005T081500Z
        SUMMARY:Interview: Baptiste Lacoste <> Girondrone (Flight Test Bench Engineer)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Hannah Keogh:mailto:hannah.keogh@girondrone.com
        ATTENDEE;CN=Baptiste Lacoste;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:baptiste.lacoste@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail-ej1-f65.hire.lever.co", "209.85.218.65", "2026-09-30 16:20")),
        ("From", "Girondrone <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Hannah Keogh", "hannah.keogh@girondrone.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Flight Test Bench Engineer at Girondrone"),
        ("Date", date("2026-09-30 16:20", P)),
        ("Message-ID", "<0102019a3b4c5d6e-lever-girondrone-20260930@email.amazonses.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 4 Workday, FR, html base64
@make.mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-10-13T08:00:00Z", end="2026-10-13T08:45:00Z",
           contact="claire.bordenave@helidyne.fr", company="Hélidyne Industries",
           local="Tue 2026-10-13 10:00", local_end="2026-10-13 10:45", zone=P,
           note="Workday HTML-only (base64): mardi 13 octobre 2026 à 10h00 heure de Paris (CEST) -> 08:00Z, "
                "'durée : 45 minutes' exact -> end 08:45Z; sender is the tenant address, contact = recruiter "
                "address in the body; rescheduled later in the thread (key 18)")
def m04():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Workday</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;border-bottom:3px solid #0b5cab"><img src="https://helidyne.wd3.myworkdayjobs.com/logo.png" alt="Hélidyne Industries"></td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Baptiste Lacoste,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour l'offre
        <b>R-20417 Ingénieur Essais Moteurs H/F - Séméac</b>.</p>
        <p><b>Date :</b> mardi 13 octobre 2026<br>
        <b>Heure :</b> 10h00 (heure de Paris)<br>
        <b>Durée :</b> 45 minutes<br>
        <b>Lieu :</b> Hélidyne Industries, 12 avenue de l'Adour, 65420 Séméac - bâtiment Essais, accueil principal</p>
        <p>Merci de vous munir d'une pièce d'identité (site à accès contrôlé).</p>
        <p>Pour toute question, contactez Claire Bordenave, Chargée de recrutement :
        <a href="mailto:claire.bordenave@helidyne.fr">claire.bordenave@helidyne.fr</a></p>
        <p>Cordialement,<br>Ressources Humaines - Hélidyne Industries</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd3-impl-smtp.myworkday.com", "216.74.31.20", "2026-10-06 08:47")),
        ("From", addr("Hélidyne Industries", "helidyne@myworkday.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre entretien - R-20417 Ingénieur Essais Moteurs H/F")),
        ("Date", date("2026-10-06 08:47", P)),
        ("Message-ID", "<1517742985.88213.1791269220481@wd3-impl-smtp.myworkday.com>"),
    ], html(page, cte="base64"))


# --------------------------------------------------------------------------- 5 Exchange, time only in ICS, DST
@make.mail(n(5), family="exchange", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
           contact="sandrine.lafitte@aquitaine-avionique.fr", company="Aquitaine Avionique",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=P,
           note="Exchange meeting request, body has only the Teams block: the time is only in the ICS "
                "(TZID 'Romance Standard Time' 09:00-10:00 on Mon 26 Oct, the day after Europe returns to CET, "
                "so UTC+1) -> 08:00Z-09:00Z; mail sent Thu 22 Oct in CEST; contact = ORGANIZER/sender")
def m05():
    body = t("""
        Bonjour Baptiste,

        Comme convenu au téléphone, voici l'invitation pour l'entretien technique avec Hugo et moi-même.

        Bien cordialement,
        Sandrine Lafitte
        Responsable Ressources Humaines | Aquitaine Avionique
        05 56 00 41 27

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTM1>
        ID de la réunion : 382 114 907 215
        Code secret : Hq7Zp2
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Baptiste,</p>
        <p class="MsoNormal">Comme convenu au téléphone, voici l'invitation pour l'entretien technique avec Hugo et moi-même.</p>
        <p class="MsoNormal">Bien cordialement,<br>Sandrine Lafitte<br>Responsable Ressources Humaines | Aquitaine Avionique<br>05 56 00 41 27</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTM1">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 382 114 907 215<br>Code secret : Hq7Zp2</div>
        </div></body></html>
        """)
    ics = ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Lafitte:mailto:sandrine.lafitte@aquitaine-avionique.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=baptiste.lacoste@example.org:mailto:baptiste.lacoste@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Bernadet:mailto:hugo.bernadet@aquitaine-avionique.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Baptiste\\,\\n\\nComme convenu au téléphone\\, voici l'invitation pour l'entretien technique avec Hugo et moi-même.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3D1F5A062DD01000000000000000010000000E84D2F0C5B8A6B4F9E4B1C6F2A7D3E11
        SUMMARY;LANGUAGE=fr-FR:Entretien technique - Ingénieur essais systèmes (B. Lacoste)
        DTSTART;TZID=Romance Standard Time:20261026T090000
        DTEND;TZID=Romance Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T153000Z
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
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTM1
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
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        ("Received", rcv("PAXP193MB1234.EURP193.PROD.OUTLOOK.COM", "40.107.22.58", "2026-10-22 17:30")),
        ("From", addr("Sandrine Lafitte", "sandrine.lafitte@aquitaine-avionique.fr")),
        ("To", ME_ADDR),
        ("CC", addr("Hugo Bernadet", "hugo.bernadet@aquitaine-avionique.fr")),
        ("Subject", enc("Entretien technique - Ingénieur essais systèmes (B. Lacoste)")),
        ("Thread-Topic", enc("Entretien technique - Ingénieur essais systèmes (B. Lacoste)")),
        ("Thread-Index", "AdtkQ3Vb0s1c5m2oQ0yF9vW1h8x7Ag=="),
        ("Date", date("2026-10-22 17:30", P)),
        ("Message-ID", "<PAXP193MB12345E0A9C7B@PAXP193MB1234.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 6 Spanish prose, DST edge
@make.mail(n(6), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-29T15:30:00Z", end="2026-10-29T16:30:00Z",
           contact="lucia.verdasco@aerotecnica-meseta.es", company="Aerotécnica Meseta",
           local="Thu 2026-10-29 16:30", local_end="2026-10-29 17:30", zone="Europe/Madrid",
           note="Spanish recruiter prose (iso-8859-1, QP) sent Fri 23 Oct in CEST: jueves 29 de octubre a las "
                "16:30 hora peninsular, after the 25 Oct change so CET (UTC+1) -> 15:30Z; 'durará una hora' -> "
                "end 16:30Z; contact = sender; moved later in the thread (key 20)")
def m06():
    body = t("""
        Hola Baptiste:

        Gracias por tu respuesta tan rápida. Te confirmo la entrevista con el equipo de
        bancos de ensayo de Getafe el jueves 29 de octubre a las 16:30 (hora peninsular
        española, la misma que en Pau). La haremos por Teams y durará una hora: media
        hora técnica con Álvaro Ibáñez y media hora conmigo sobre condiciones y
        traslado.

        Te mando el enlace el mismo día por la mañana.

        Un saludo,

        Lucía Verdasco
        Selección de Personal
        Aerotécnica Meseta, S.L.
        Tel. +34 916 00 23 48
        """)
    return message([
        ("Received", rcv("correo.aerotecnica-meseta.es", "185.43.12.9", "2026-10-23 13:10", zone="Europe/Madrid")),
        ("From", addr("Lucía Verdasco", "lucia.verdasco@aerotecnica-meseta.es", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Re: Candidatura Ingeniero/a de ensayos - confirmación entrevista", "iso-8859-1")),
        ("Date", date("2026-10-23 13:10", "Europe/Madrid")),
        ("Message-ID", "<5b2e9a14c0f34d7e@correo.aerotecnica-meseta.es>"),
        ("In-Reply-To", "<CAJq1t0cLz9@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 7 Calendly, UK time
@make.mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-06T14:00:00Z", end="2026-11-06T14:30:00Z",
           contact="oliver.pratt@fenwick-test.co.uk", company="Fenwick Test Systems",
           local="Fri 2026-11-06 14:00", local_end="2026-11-06 14:30", zone="Europe/London",
           note="Calendly invitee confirmation shown in 'UK, Ireland, Lisbon Time' (GMT in November, UTC+0): "
                "2:00pm-2:30pm Fri 6 Nov -> 14:00Z-14:30Z; ICS agrees; contact = host (Reply-To)")
def m07():
    body = t("""
        Hi Baptiste Lacoste,

        A new event has been scheduled.

        Event Type:
        Technical interview - Test Rig Engineer (30 min)

        Invitee:
        Baptiste Lacoste
        baptiste.lacoste@example.org

        Event Date/Time:
        02:00pm - 02:30pm (UK, Ireland, Lisbon Time) on Friday, November 6, 2026

        Host:
        Oliver Pratt (Fenwick Test Systems)

        Location:
        This is a Zoom web conference. You can join this meeting from your computer,
        tablet or smartphone: https://fenwick.zoom.us/j/84122093311

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1b6e0f0e-4f61-4a9a-9a2e-6f3f5c6c0e2a
        Reschedule: https://calendly.com/reschedulings/1b6e0f0e-4f61-4a9a-9a2e-6f3f5c6c0e2a

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1b6e0f0e-4f61-4a9a-9a2e-6f3f5c6c0e2a@calendly.com
        DTSTAMP:20261102T091400Z
        DTSTART:20261106T140000Z
        DTEND:20261106T143000Z
        SUMMARY:Technical interview - Test Rig Engineer (30 min) between Oliver Pratt and Baptiste Lacoste
        LOCATION:https://fenwick.zoom.us/j/84122093311
        ORGANIZER;CN=Oliver Pratt:mailto:oliver.pratt@fenwick-test.co.uk
        ATTENDEE;CN=Baptiste Lacoste;RSVP=TRUE:mailto:baptiste.lacoste@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("o1.email.calendly.com", "167.89.100.12", "2026-11-02 10:14")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Oliver Pratt", "oliver.pratt@fenwick-test.co.uk")),
        ("To", ME_ADDR),
        ("Subject", "New Event: Baptiste Lacoste - 02:00pm Fri, Nov 6, 2026 - Technical interview - Test Rig Engineer"),
        ("Date", date("2026-11-02 10:14", P)),
        ("Message-ID", "<e6Qz1pTnQ9mY7w3v2b8@geopod-ismtpd-4>"),
    ], mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


# --------------------------------------------------------------------------- 8 Personio, FR, Berlin company
@make.mail(n(8), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z",
           contact="jana.oberholzer@kessler-prueftechnik.de", company="Kessler Prüftechnik",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="Europe/Berlin",
           note="Personio confirmation in French from a German company: mardi 10 novembre 2026, 10:00 (CET, "
                "UTC+1, the same for Toulouse and Munich) for 60 minutes -> 09:00Z-10:00Z; ICS in Europe/Berlin "
                "agrees; contact = Reply-To recruiter")
def m08():
    body = t("""
        Bonjour Baptiste,

        Nous vous confirmons votre entretien pour le poste « Ingénieur Mise en service bancs
        d'essais (H/F) – Toulouse ».

        Date : mardi 10.11.2026
        Heure : 10:00 (CET)
        Durée : 60 minutes
        Participants : Jana Oberholzer (Recruiting), Tobias Wendl (Teamleiter Prüfstandbau)
        Lieu : en ligne – le lien Microsoft Teams figure dans l'invitation ci-jointe

        Si vous avez la moindre question, répondez simplement à ce message.

        Cordialement,
        Jana Oberholzer
        Kessler Prüftechnik GmbH

        ---
        Cet e-mail a été envoyé via Personio.
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-4418203@kessler-prueftechnik.jobs.personio.de
        DTSTAMP:20261104T080200Z
        DTSTART;TZID=Europe/Berlin:20261110T100000
        DTEND;TZID=Europe/Berlin:20261110T110000
        SUMMARY:Entretien : Baptiste Lacoste – Ingénieur Mise en service bancs d'essais
        ORGANIZER;CN=Jana Oberholzer:mailto:jana.oberholzer@kessler-prueftechnik.de
        ATTENDEE;CN=Baptiste Lacoste;RSVP=TRUE:mailto:baptiste.lacoste@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nMETHOD:REQUEST\n" + ics
    return message([
        ("Received", rcv("mail.personio.de", "3.120.181.74", "2026-11-04 09:02", zone="Europe/Berlin")),
        ("From", "Kessler =?utf-8?q?Pr=C3=BCftechnik?= GmbH <no-reply@personio.de>"),
        ("Reply-To", addr("Jana Oberholzer", "jana.oberholzer@kessler-prueftechnik.de")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Kessler Prüftechnik GmbH")),
        ("Date", date("2026-11-04 09:02", "Europe/Berlin")),
        ("Message-ID", "<personio.5f0c1e2d3a.1793779320@personio.de>"),
    ], mixed(text(body),
             calendar(ics, filename="entretien.ics", disposition="attachment", ctype="application/ics",
                      method=None, cte="base64")))


# --------------------------------------------------------------------------- 9 Teamtailor, FR
@make.mail(n(9), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-11-12T13:30:00Z", contact="elodie.harriague@pyrene-composites.fr",
           company="Pyrène Composites", local="Thu 2026-11-12 14:30", zone=P,
           note="Teamtailor confirmation: jeudi 12 novembre à 14 h 30, Bayonne (CET, UTC+1) -> 13:30Z; "
                "'environ 1 h' is approximate, end null; contact = human Reply-To")
def m09():
    body = t("""
        Bonjour Baptiste,

        Bonne nouvelle : votre entretien est confirmé !

        Poste : Ingénieur·e Essais Structures Composites
        Quand : jeudi 12 novembre à 14 h 30
        Où : Pyrène Composites, 4 allée du Grand Tourrain, 64100 Bayonne (parking visiteurs à gauche de l'entrée)
        Durée prévue : environ 1 h
        Avec : Élodie Harriague (RH) et Ramuntxo Dufau (chef d'atelier essais)

        Vous pouvez ajouter ce rendez-vous à votre agenda ou nous écrire en répondant à ce message.

        À très vite,
        Élodie
        Pyrène Composites

        Propulsé par Teamtailor
        """)
    page = t("""
        <!doctype html><html><body style="background:#f6f6f6;margin:0">
        <div style="max-width:580px;margin:24px auto;background:#fff;border-radius:8px;padding:28px;font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <h2 style="margin-top:0">Bonne nouvelle : votre entretien est confirmé !</h2>
        <p>Bonjour Baptiste,</p>
        <div style="background:#f2f0ff;border-radius:6px;padding:14px">
        <div><b>Poste</b> · Ingénieur·e Essais Structures Composites</div>
        <div><b>Quand</b> · jeudi 12 novembre à 14&nbsp;h&nbsp;30</div>
        <div><b>Où</b> · Pyrène Composites, 4 allée du Grand Tourrain, 64100 Bayonne</div>
        <div><b>Durée prévue</b> · environ 1&nbsp;h</div>
        <div><b>Avec</b> · Élodie Harriague (RH) et Ramuntxo Dufau (chef d'atelier essais)</div>
        </div>
        <p><a href="https://pyrene-composites.teamtailor.com/interviews/93b1c2/calendar.ics" style="background:#6c4dff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Ajouter à mon agenda</a></p>
        <p>À très vite,<br>Élodie<br>Pyrène Composites</p>
        <p style="font-size:11px;color:#999">Propulsé par Teamtailor</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail182-17.suw21.teamtailor-mail.com", "198.2.182.17", "2026-11-06 15:22")),
        ("From", addr("Pyrène Composites", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Élodie Harriague", "elodie.harriague@pyrene-composites.fr")),
        ("To", ME),
        ("Subject", enc("Votre entretien avec Pyrène Composites est confirmé")),
        ("Date", date("2026-11-06 15:22", P)),
        ("Message-ID", "<ttm.4c0aa1f2e9b3.20261106142203@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://pyrene-composites.teamtailor.com/unsubscribe/8f2c>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 10 Google Calendar, FR
@make.mail(n(10), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-11-18T09:00:00Z", end="2026-11-18T10:30:00Z",
           contact="thomas.etcheverry@nivelle-aero.fr", company="Nivelle Aérosystèmes",
           local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:30", zone=P,
           note="Google Calendar invitation in French: mer. 18 nov. 2026 10:00 - 11:30 'heure normale d'Europe "
                "centrale - Paris' (UTC+1) -> 09:00Z-10:30Z, ICS TZID Europe/Paris agrees; contact = organizer")
def m10():
    body = t("""
        Thomas Etcheverry vous a invité à un événement.

        Entretien technique – Baptiste Lacoste / Ingénieur banc moteur
        Quand
        mercredi 18 nov. 2026 10:00 – 11:30 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/hpz-wuqe-mna

        Invités
        Thomas Etcheverry - organisateur
        baptiste.lacoste@example.org
        Nadia Belkacem

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NjB0Z2

        Répondre pour baptiste.lacoste@example.org : Oui (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Non (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications pour cet événement, refusez-le.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Thomas Etcheverry vous a invité à un événement.</p>
        <h2 style="font-weight:400">Entretien technique – Baptiste Lacoste / Ingénieur banc moteur</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mercredi 18 nov. 2026 10:00 – 11:30 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Participer</td><td><a href="https://meet.google.com/hpz-wuqe-mna">meet.google.com/hpz-wuqe-mna</a></td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Thomas Etcheverry - organisateur<br>baptiste.lacoste@example.org<br>Nadia Belkacem</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ[P] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261118T100000
        DTEND;TZID=Europe/Paris:20261118T113000
        DTSTAMP:20261112T170500Z
        ORGANIZER;CN=Thomas Etcheverry:mailto:thomas.etcheverry@nivelle-aero.fr
        UID:60tg2r8lq3b1kq7c9v4f0m6e2s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Etcheverry;X-NUM-GUESTS=0:mailto:thomas.etcheverry@nivelle-aero.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=baptiste.lacoste@example.org;X-NUM-GUESTS=0:mailto:baptiste.lacoste@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nadia Belkacem;X-NUM-GUESTS=0:mailto:nadia.belkacem@nivelle-aero.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/hpz-wuqe-mna
        CREATED:20261112T170455Z
        DESCRIPTION:Entretien technique avec Thomas (resp. moyens d'essais) et Nadia (ingénieure calcul).
        LAST-MODIFIED:20261112T170455Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique – Baptiste Lacoste / Ingénieur banc moteur
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-11-12 18:05")),
        ("From", addr("Thomas Etcheverry", "thomas.etcheverry@nivelle-aero.fr")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", addr("Thomas Etcheverry", "thomas.etcheverry@nivelle-aero.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Invitation: Entretien technique – Baptiste Lacoste / Ingénieur banc moteur "
                        "@ mer. 18 nov. 2026 10:00 - 11:30 (UTC+1) (baptiste.lacoste@example.org)")),
        ("Date", date("2026-11-12 18:05", P)),
        ("Message-ID", "<calendar-3e1f7b2a-9c44-4f0a-b1d6-5a7e0c9d2f18@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 11 forward to self, rfc822
@make.mail(n(11), family="forward_self", lang="fr", interview=True, kind="scheduled",
           start="2026-11-20T10:00:00Z", contact="maialen.irigoyen@basqueflightlabs.com",
           company="Basque Flight Labs", local="Fri 2026-11-20 11:00", zone=P,
           note="The candidate forwards to himself (message/rfc822) a recruiter mail of Sat 14 Nov: 'vendredi "
                "prochain, le 20 novembre, à 11h' at Bidart (CET, UTC+1) -> 10:00Z; no length; contact = the "
                "recruiter in the attached message (never the candidate)")
def m11():
    inner_body = t("""
        Bonjour Baptiste,

        Suite à notre échange téléphonique, je vous confirme votre entretien vendredi
        prochain, le 20 novembre, à 11h, dans nos locaux de la technopole Izarbel à
        Bidart (bâtiment Ttipia, 2e étage). Vous rencontrerez Peio Larralde, notre
        directeur technique, puis l'équipe du banc de vibration.

        Bon week-end,

        Maialen Irigoyen
        Office & People manager
        Basque Flight Labs
        """)
    inner = message([
        ("From", addr("Maialen Irigoyen", "maialen.irigoyen@basqueflightlabs.com")),
        ("To", addr("Baptiste Lacoste", "baptiste.lacoste@example.net")),
        ("Subject", "Entretien Basque Flight Labs"),
        ("Date", date("2026-11-14 10:37", P)),
        ("Message-ID", "<0a9f31c2-5e7d-4b11-8c6a-bfl@basqueflightlabs.com>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        à mettre dans l'agenda du pro + prévoir de partir à 9h15 de Pau (A64)

        """)
    return message([
        ("Received", rcv("smtp.example.net", "192.0.2.51", "2026-11-16 08:10")),
        ("From", addr("Baptiste Lacoste", "baptiste.lacoste@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Entretien Basque Flight Labs"),
        ("Date", date("2026-11-16 08:10", P)),
        ("Message-ID", "<b7c2e0f1-fwd-20261116@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Entretien Basque Flight Labs.eml")))


# --------------------------------------------------------------------------- 12 Microsoft Bookings, EN, Madrid
@make.mail(n(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-11-25T15:00:00Z", end="2026-11-25T15:45:00Z", contact=None, company="Iberaxis",
           local="Wed 2026-11-25 16:00", local_end="2026-11-25 16:45", zone="Europe/Madrid",
           note="Microsoft Bookings from a Madrid employer, in English: Wednesday November 25 2026 4:00 PM - "
                "4:45 PM '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris' -> 15:00Z-15:45Z (ICS in Romance "
                "Standard Time agrees); only the Bookings mailbox and a staff name, no personal address -> "
                "contact null")
def m12():
    page = t("""
        <html><head><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px;margin:auto">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hi Baptiste Lacoste,</p>
        <p>Thanks for booking with Iberaxis Talent. Here are the details of your appointment.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td><b>Service</b></td><td>Technical interview - Test Systems Engineer (45 min)</td></tr>
        <tr><td><b>Date and time</b></td><td>Wednesday, November 25, 2026 4:00 PM - 4:45 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris</td></tr>
        <tr><td><b>Staff</b></td><td>Marta Quiroga</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams meeting - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmI0N2">Join your appointment</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/IberaxisTalent@iberaxis.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Iberaxis S.A. - Calle de Albasanz 71, 28037 Madrid</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Iberaxis Talent:mailto:IberaxisTalent@iberaxis.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Baptiste Lacoste:mailto:baptiste.lacoste@example.org
        SUMMARY;LANGUAGE=en-US:Technical interview - Test Systems Engineer (45 min)
        DTSTART;TZID=Romance Standard Time:20261125T160000
        DTEND;TZID=Romance Standard Time:20261125T164500
        UID:040000008200E00074C5B7101A82E008000000002B61E7A19B7EDD010000000000000000100000003C6F0A77
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T103100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("MAD0P192MB0731.EURP192.PROD.OUTLOOK.COM", "40.107.6.91", "2026-11-19 11:31",
                         zone="Europe/Madrid")),
        ("From", addr("Iberaxis Talent", "IberaxisTalent@iberaxis.onmicrosoft.com")),
        ("To", ME),
        ("Subject", "Booking confirmed: Technical interview - Test Systems Engineer with Iberaxis Talent"),
        ("Date", date("2026-11-19 11:31", "Europe/Madrid")),
        ("Message-ID", "<MAD0P192MB07316A2C1F@MAD0P192MB0731.EURP192.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ], alt(html(page, cte="base64"), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 13 US recruiter + Zoom
@make.mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T14:30:00Z", end="2026-12-01T15:15:00Z",
           contact="dana.whitfield@corriveau-instruments.com", company="Corriveau Instruments",
           local="Tue 2026-12-01 09:30", local_end="2026-12-01 10:15", zone="America/New_York",
           note="US recruiter (mail sent in EST, after the 1 Nov change): 'Tuesday, December 1 at 9:30 AM "
                "ET' = EST UTC-5 -> 14:30Z ('3:30 PM your time' in Pau agrees); '45 minutes' blocked -> end "
                "15:15Z; pasted Zoom block; contact = sender")
def m13():
    body = t("""
        Hi Baptiste,

        Great speaking with you Friday! As promised, here are the details for your call
        with our VP of Test Engineering, Ray Okafor. You're confirmed for Tuesday,
        December 1 at 9:30 AM ET (that's 3:30 PM for you in Pau). We've blocked 45
        minutes.

        Ray will mostly want to dig into your DAQ architecture work and the HIL rig you
        described. No slides needed.

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Baptiste Lacoste / Ray Okafor - Remote Test Engineer (EU)
        Time: Dec 1, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://corriveau.zoom.us/j/93310458827?pwd=dEZrUnN0

        Meeting ID: 933 1045 8827
        Passcode: 551902

        Talk soon,
        Dana

        Dana Whitfield | Senior Technical Recruiter
        Corriveau Instruments | Nashua, NH
        """)
    return message([
        ("Received", rcv("mail-qv1-f44.google.com", "209.85.219.44", "2026-11-24 10:48",
                         zone="America/New_York")),
        ("From", addr("Dana Whitfield", "dana.whitfield@corriveau-instruments.com")),
        ("To", ME),
        ("Subject", "Confirmed - Tues 12/1 with Ray Okafor"),
        ("Date", date("2026-11-24 10:48", "America/New_York")),
        ("Message-ID", "<CAF3d7Kp0qW9u=Zx1@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 14 Workable, NZ team, other UTC day
@make.mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T19:00:00Z", end="2026-12-08T19:45:00Z",
           contact="ngaire.tipene@kowhaiaero.co.nz", company="Kowhai Aero",
           local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:45", zone="Pacific/Auckland",
           days=(("Tue", "2026-12-08"),),
           note="Workable, remote team in Christchurch: Wednesday 9 December 2026 8:00 am NZDT (UTC+13) is "
                "Tue 8 Dec 19:00Z (the body also says 8:00 pm Tuesday CET); 'Duration: 45 mins' -> 19:45Z; "
                "Reply-To is a Workable relay, contact = the hiring manager's address in the body")
def m14():
    body = t("""
        Hi Baptiste,

        Thanks for picking a time - your video interview with Kowhai Aero is booked.

        Job: Remote Test Bench Engineer (EU hours overlap)
        Date: Wednesday 9 December 2026
        Time: 8:00 am NZDT (Pacific/Auckland) - that is Tuesday 8 December, 8:00 pm CET
        Duration: 45 mins
        Interviewer: Ngaire Tipene, Head of Ground Test
        Video link: https://meet.google.com/kwh-aero-bl

        If you need to reach Ngaire directly, her email is ngaire.tipene@kowhaiaero.co.nz.

        Kind regards,
        The Kowhai Aero hiring team

        Sent with Workable
        """)
    return message([
        ("Received", rcv("mail-b.workablemail.com", "52.215.9.110", "2026-12-02 14:05",
                         zone="Pacific/Auckland")),
        ("From", "Kowhai Aero <noreply@candidates.workablemail.com>"),
        ("Reply-To", "Kowhai Aero <kowhai-aero+c7f3a2e19b@candidates.workablemail.com>"),
        ("To", ME_ADDR),
        ("Subject", "Your interview with Kowhai Aero is confirmed"),
        ("Date", date("2026-12-02 14:05", "Pacific/Auckland")),
        ("Message-ID", "<wm.20261202010503.c7f3a2e19b@workablemail.com>"),
    ], alt(text(body, cte="7bit"), html("<html><body><pre style=\"font-family:Arial\">" + body
                                         + "</pre></body></html>\n")))


# --------------------------------------------------------------------------- 15 GoodTime, multi-session
@make.mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T08:00:00Z", end="2026-12-09T11:15:00Z",
           contact="siobhan.fahy@corvair-dynamics.com", company="Corvair Dynamics",
           local="Wed 2026-12-09 09:00", local_end="2026-12-09 12:15", zone=P,
           note="GoodTime onsite itinerary in Toulouse, three sessions 9:00 AM - 12:15 PM CET on Wed 9 Dec "
                "(UTC+1): first start to last end -> 08:00Z-11:15Z; contact = coordinator Reply-To")
def m15():
    body = t("""
        Hi Baptiste,

        Your onsite interview with Corvair Dynamics is confirmed. Here is your itinerary.

        Wednesday, December 9, 2026 (all times CET)
        Corvair Dynamics - 18 rue Marcel Doret, 31700 Blagnac. Ask for Siobhan at reception.

        9:00 AM - 9:45 AM     Hiring manager conversation - Agathe Sorbets
        10:00 AM - 11:00 AM   Technical panel: test bench design - Marco Ruiz, Lena Fischbach
        11:15 AM - 12:15 PM   Test lab walkthrough - Florent Abadie

        Please bring a photo ID for the visitor badge.

        Questions? Reply to this message to reach your coordinator, Siobhan Fahy.

        Corvair Dynamics Talent Team
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <p>Hi Baptiste,</p>
        <p>Your onsite interview with Corvair Dynamics is confirmed. Here is your itinerary.</p>
        <p><b>Wednesday, December 9, 2026</b> (all times CET)<br>
        Corvair Dynamics - 18 rue Marcel Doret, 31700 Blagnac. Ask for Siobhan at reception.</p>
        <table border="0" cellpadding="6">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring manager conversation - Agathe Sorbets</td></tr>
        <tr><td>10:00 AM - 11:00 AM</td><td>Technical panel: test bench design - Marco Ruiz, Lena Fischbach</td></tr>
        <tr><td>11:15 AM - 12:15 PM</td><td>Test lab walkthrough - Florent Abadie</td></tr>
        </table>
        <p>Please bring a photo ID for the visitor badge.</p>
        <p>Questions? Reply to this message to reach your coordinator, Siobhan Fahy.</p>
        <p>Corvair Dynamics Talent Team<br><span style="color:#999;font-size:11px">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o7.sg.goodtime.io", "149.72.40.7", "2026-12-03 17:40")),
        ("From", "Corvair Dynamics Talent <no-reply@goodtime.io>"),
        ("Reply-To", addr("Siobhan Fahy", "siobhan.fahy@corvair-dynamics.com")),
        ("To", ME),
        ("Subject", "Your onsite interview itinerary - Corvair Dynamics (Wed, Dec 9)"),
        ("Date", date("2026-12-03 17:40", P)),
        ("Message-ID", "<goodtime.itinerary.5521890.20261203164002@goodtime.io>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 16 convocation + all-day ICS
@make.mail(n(16), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-12-01T10:00:00Z", contact="isabelle.duhalde@adour-meca.fr",
           company="Adour Mécatronique", local="Tue 2026-12-01 11:00", zone=P,
           note="Convocation (vous, windows-1252 QP) 'mardi 1er décembre à 11h' at Tarnos (CET, UTC+1) -> "
                "10:00Z; the attached ICS is an all-day event on 1 Dec, the time is only in the text; no "
                "length; contact = sender (assistant)")
def m16():
    body = t("""
        Monsieur,

        Suite à votre candidature au poste de Responsable bancs de test (réf. AM-26-14),
        nous avons le plaisir de vous convier à un entretien le mardi 1er décembre à 11h,
        dans nos locaux : 9 rue des Forges, 40220 Tarnos.

        Vous serez reçu par M. Garat, directeur industriel, et Mme Lapeyre, responsable
        qualité. Je vous joins un rappel pour votre agenda.

        Merci de bien vouloir me confirmer votre présence par retour de mail.

        Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

        Isabelle Duhalde
        Assistante de direction
        Adour Mécatronique – 05 59 00 63 12
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:adour-meca-convocation-20261201-lacoste
        DTSTAMP:20261126T151500Z
        DTSTART;VALUE=DATE:20261201
        DTEND;VALUE=DATE:20261202
        SUMMARY:Entretien Adour Mécatronique - B. Lacoste
        LOCATION:9 rue des Forges, 40220 Tarnos
        ORGANIZER;CN=Isabelle Duhalde:mailto:isabelle.duhalde@adour-meca.fr
        TRANSP:TRANSPARENT
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("smtp.adour-meca.fr", "80.12.66.140", "2026-11-26 16:15")),
        ("From", addr("Isabelle Duhalde", "isabelle.duhalde@adour-meca.fr", "windows-1252")),
        ("To", ME),
        ("Subject", enc("Convocation entretien – mar. 1er déc. 11h", "windows-1252")),
        ("Date", date("2026-11-26 16:15", P)),
        ("Message-ID", "<000b01dd5f7a$3c1e2d40$b45a87c0$@adour-meca.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, filename="convocation.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 17 Ashby reschedule
@make.mail(n(17), family="ashby", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T08:00:00Z", end="2026-10-16T08:45:00Z",
           contact="sofia.lindqvist@stratolink.se", company="Stratolink",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone="Europe/Stockholm",
           days=(("Thu", "2026-10-15"),),
           note="Ashby reschedule with both times: old Thu 15 Oct 3:00 PM, new Fri 16 Oct 10:00-10:45 AM CEST "
                "(Stockholm, UTC+2) -> 08:00Z-08:45Z; ICS SEQUENCE:1 agrees; contact = Reply-To recruiter")
def m17():
    body = t("""
        Hi Baptiste,

        Your interview with Stratolink has been rescheduled.

        Previously: Thursday, October 15, 2026, 3:00 PM - 3:45 PM CEST
        New time:   Friday, October 16, 2026, 10:00 AM - 10:45 AM CEST

        Interview: Systems Test Lead - Hardware-in-the-loop (remote, EU)
        With: Erik Holmberg (Director of Verification)
        Location: Google Meet - https://meet.google.com/stl-qhvx-bnr

        An updated calendar invitation is attached. Reply to this email if the new time
        doesn't work for you.

        Sofia Lindqvist
        Recruiting at Stratolink
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:ashby-5c0e7a3d-18b2-4b65-9a7e-stratolink
        DTSTAMP:20261012T144000Z
        DTSTART;TZID=Europe/Stockholm:20261016T100000
        DTEND;TZID=Europe/Stockholm:20261016T104500
        SEQUENCE:1
        SUMMARY:Stratolink - Systems Test Lead interview (Baptiste Lacoste)
        LOCATION:https://meet.google.com/stl-qhvx-bnr
        ORGANIZER;CN=Sofia Lindqvist:mailto:sofia.lindqvist@stratolink.se
        ATTENDEE;CN=Baptiste Lacoste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:baptiste.lacoste@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail.ashbyhq.com", "108.233.221.103", "2026-10-12 16:40", zone="Europe/Stockholm")),
        ("From", "Stratolink <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Sofia Lindqvist", "sofia.lindqvist@stratolink.se")),
        ("To", ME),
        ("Subject", "Interview rescheduled: Systems Test Lead at Stratolink"),
        ("Date", date("2026-10-12 16:40", "Europe/Stockholm")),
        ("Message-ID", "<010001929c1d2e3f-7a8b-4c5d-ashby-000000@email.amazonses.com>"),
    ], mixed(text(body, cte="base64"),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 18 FR prose reschedule, thread of key 4
@make.mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-14T08:00:00Z", end="2026-10-14T08:45:00Z",
           contact="claire.bordenave@helidyne.fr", company="Hélidyne Industries",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone=P,
           days=(("Tue", "2026-10-13"),),
           note="Recruiter prose sent Fri 9 Oct: the interview of mardi 13 octobre 10h moves to 'la semaine "
                "prochaine mercredi (le 14), même heure, 10h' (CEST, UTC+2) -> 08:00Z; 'même durée, 45 "
                "minutes' -> end 08:45Z; contact = sender; follows the Workday mail of key 4")
def m18():
    body = t("""
        Bonjour Monsieur Lacoste,

        Comme convenu avec vous ce matin au téléphone, votre entretien initialement
        prévu mardi 13 octobre à 10h est décalé à la semaine prochaine mercredi
        (le 14), même heure : 10h, même durée (45 minutes), même lieu (bâtiment
        Essais, accueil principal).

        M. Souberbielle, absent mardi, pourra ainsi se joindre à nous.

        Merci encore pour votre souplesse et bon week-end,

        Claire Bordenave
        Chargée de recrutement
        Hélidyne Industries – Séméac
        """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</div></body></html>\n"
    return message([
        ("Received", rcv("mx-out.helidyne.fr", "62.210.88.14", "2026-10-09 11:20")),
        ("From", addr("Claire Bordenave", "claire.bordenave@helidyne.fr")),
        ("To", ME),
        ("Subject", enc("Décalage de votre entretien – Ingénieur Essais Moteurs")),
        ("Date", date("2026-10-09 11:20", P)),
        ("Message-ID", "<DB9PR02MB7311C0E2@DB9PR02MB7311.eurprd02.prod.outlook.com>"),
        ("Importance", "high"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 19 Exchange reschedule, GMT Standard Time, UK DST edge
@make.mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
           contact="graham.wetherell@harrowgate-propulsion.co.uk", company="Harrowgate Propulsion",
           local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone="Europe/London",
           days=(("Mon", "2026-10-26"),),
           note="Exchange update sent Fri 23 Oct (BST): moved from Monday 26th 14:00 to Tuesday 27 October "
                "15:00-16:00 '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'; the UK is back on GMT from 25 Oct "
                "so 15:00Z-16:00Z; ICS TZID 'GMT Standard Time' SEQUENCE:1; contact = organizer")
def m19():
    body = t("""
        When: Tuesday, 27 October 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Baptiste - sorry for the shuffle, Monday 26th at 14:00 no longer works for Priya, so I've
        moved us to Tuesday same slot-ish (15:00 UK / 16:00 your time). Hope that's OK.

        Graham

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MTE>
        Meeting ID: 291 774 330 618
        Passcode: bQ3xT9
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Graham Wetherell:mailto:graham.wetherell@harrowgate-propulsion.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Lacoste:mailto:baptiste.lacoste@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Chandran:mailto:priya.chandran@harrowgate-propulsion.co.uk
        SUMMARY;LANGUAGE=en-GB:Interview - Baptiste Lacoste (Test Bench Engineer)
        DTSTART;TZID=GMT Standard Time:20261027T150000
        DTEND;TZID=GMT Standard Time:20261027T160000
        UID:040000008200E00074C5B7101A82E00800000000F1E2A9C4D862DD01000000000000000010000000A1B2C3D4
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T111000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2121654837
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM", "40.107.23.110", "2026-10-23 12:10",
                         zone="Europe/London")),
        ("From", addr("Graham Wetherell", "graham.wetherell@harrowgate-propulsion.co.uk")),
        ("To", ME),
        ("CC", addr("Priya Chandran", "priya.chandran@harrowgate-propulsion.co.uk")),
        ("Subject", "Updated: Interview - Baptiste Lacoste (Test Bench Engineer)"),
        ("Thread-Topic", "Interview - Baptiste Lacoste (Test Bench Engineer)"),
        ("Date", date("2026-10-23 12:10", "Europe/London")),
        ("Message-ID", "<LO2P265MB55129D3E@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 20 Spanish reschedule, thread of key 6
@make.mail(n(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-11-02T11:00:00Z", end="2026-11-02T12:00:00Z",
           contact="lucia.verdasco@aerotecnica-meseta.es", company="Aerotécnica Meseta",
           local="Mon 2026-11-02 12:00", local_end="2026-11-02 13:00", zone="Europe/Madrid",
           days=(("Thu", "2026-10-29"), ("Fri", "2026-10-23")),
           note="Spanish reply on top of the key-6 thread: moved from jueves 29 a las 16:30 to 'el lunes 2 de "
                "noviembre a las 12:00' peninsular time (CET, UTC+1) -> 11:00Z, 'una hora' -> 12:00Z; contact "
                "= sender")
def m20():
    body = t("""
        Hola de nuevo, Baptiste:

        Perdona el cambio. Álvaro tiene que viajar a Sevilla el jueves, así que movemos
        la entrevista del jueves 29 a las 16:30 al lunes 2 de noviembre a las 12:00
        (hora de Madrid). Mismo formato: Teams, una hora. Ya te he actualizado la
        convocatoria.

        Gracias por la flexibilidad.

        Lucía

        -----Mensaje original-----
        De: Lucía Verdasco <lucia.verdasco@aerotecnica-meseta.es>
        Enviado el: viernes, 23 de octubre de 2026 13:10
        Para: Baptiste Lacoste <baptiste.lacoste@example.org>
        Asunto: Re: Candidatura Ingeniero/a de ensayos - confirmación entrevista

        Hola Baptiste:

        Gracias por tu respuesta tan rápida. Te confirmo la entrevista con el equipo de
        bancos de ensayo de Getafe el jueves 29 de octubre a las 16:30 (hora peninsular
        española, la misma que en Pau). [...]
        """)
    return message([
        ("Received", rcv("correo.aerotecnica-meseta.es", "185.43.12.9", "2026-10-27 09:40", zone="Europe/Madrid")),
        ("From", addr("Lucía Verdasco", "lucia.verdasco@aerotecnica-meseta.es")),
        ("To", ME),
        ("Subject", enc("RE: Candidatura Ingeniero/a de ensayos - cambio de fecha")),
        ("Date", date("2026-10-27 09:40", "Europe/Madrid")),
        ("Message-ID", "<7c4d1e22a9b04f61@correo.aerotecnica-meseta.es>"),
        ("In-Reply-To", "<5b2e9a14c0f34d7e@correo.aerotecnica-meseta.es>"),
        ("References", "<CAJq1t0cLz9@mail.example.org> <5b2e9a14c0f34d7e@correo.aerotecnica-meseta.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 21 Calendly cancellation, FR
@make.mail(n(21), family="calendly", lang="fr", interview=True, kind="cancelled",
           start="2026-11-30T16:00:00Z", end="2026-11-30T16:30:00Z",
           contact="emilie.sarrailh@luz-aero.fr", company="Luz Aéro Instrumentation",
           local="Mon 2026-11-30 17:00", local_end="2026-11-30 17:30", zone=P,
           note="Calendly cancellation in French, by the host: lundi 30 novembre 2026, 17:00 - 17:30 'heure "
                "d'Europe centrale' (UTC+1) -> 16:00Z-16:30Z is the cancelled slot; no new time; ICS "
                "METHOD:CANCEL; contact = host (Reply-To)")
def m21():
    body = t("""
        Bonjour Baptiste Lacoste,

        Émilie Sarrailh a annulé l'événement suivant.

        Type d'événement :
        Entretien de préqualification (30 min)

        Date/heure de l'événement :
        17:00 - 17:30 (heure d'Europe centrale) le lundi 30 novembre 2026

        Annulé par :
        Émilie Sarrailh

        Motif de l'annulation :
        Le recrutement est mis en pause jusqu'au budget 2027, désolée Baptiste. Je reviens vers vous dès que ça se débloque.

        Planifié avec Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:9d2f4b70-33a1-4c8e-b6f0-7e2a1c5d9f04@calendly.com
        DTSTAMP:20261125T081200Z
        DTSTART:20261130T160000Z
        DTEND:20261130T163000Z
        SUMMARY:Entretien de préqualification (30 min) entre Émilie Sarrailh et Baptiste Lacoste
        ORGANIZER;CN=Émilie Sarrailh:mailto:emilie.sarrailh@luz-aero.fr
        ATTENDEE;CN=Baptiste Lacoste:mailto:baptiste.lacoste@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("o1.email.calendly.com", "167.89.100.12", "2026-11-25 09:12")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Émilie Sarrailh", "emilie.sarrailh@luz-aero.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Annulé : Baptiste Lacoste - 17:00 lun. 30 nov. 2026 - Entretien de préqualification (30 min)")),
        ("Date", date("2026-11-25 09:12", P)),
        ("Message-ID", "<r9Fk2mLpT0aX8c1q5zW@geopod-ismtpd-2>"),
    ], mixed(text(body), calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                  cte="quoted-printable")))


# --------------------------------------------------------------------------- 22 FR cancellation, html only
@make.mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-10T13:00:00Z", contact="n.pujo@tarbes-aero-maintenance.fr",
           company="Tarbes Aéro Maintenance", local="Thu 2026-12-10 14:00", zone=P,
           note="HTML-only cancellation: 'l'entretien prévu jeudi 10 décembre à 14h' (CET, UTC+1) -> 13:00Z is "
                "the cancelled slot; position filled internally, no new time; contact = sender")
def m22():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Monsieur Lacoste,</p>
        <p>Je suis au regret de vous informer que nous devons annuler l'entretien prévu
        <strong>jeudi 10 décembre à 14h</strong> sur notre site de Louey.</p>
        <p>Le poste de responsable du banc APU vient d'être pourvu en interne, suite à une
        réorganisation décidée la semaine dernière. Nous en sommes sincèrement désolés, d'autant
        que votre profil avait beaucoup plu à l'équipe.</p>
        <p>Nous conservons votre candidature et ne manquerons pas de revenir vers vous pour un
        prochain poste au sein de l'atelier essais.</p>
        <p>Bien cordialement,</p>
        <p>Nathalie Pujo<br>Responsable RH<br>Tarbes Aéro Maintenance<br>Tél. 05 62 00 18 77</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("smtp.tarbes-aero-maintenance.fr", "195.154.20.61", "2026-12-07 10:05")),
        ("From", addr("Nathalie Pujo", "n.pujo@tarbes-aero-maintenance.fr")),
        ("To", ME),
        ("Subject", enc("Annulation de votre entretien du 10/12")),
        ("Date", date("2026-12-07 10:05", P)),
        ("Message-ID", "<4e7a11c9.5d0e.4c2b.tam@tarbes-aero-maintenance.fr>"),
    ], html(page))


# --------------------------------------------------------------------------- 23 iCIMS cancellation, CDT -> CST
@make.mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
           start="2026-11-09T14:00:00Z", end="2026-11-09T15:00:00Z",
           contact="jordan.mcbride@halvorsenaero.com", company="Halvorsen Aerospace",
           local="Mon 2026-11-09 08:00", local_end="2026-11-09 09:00", zone="America/Chicago",
           note="iCIMS cancellation sent Fri 30 Oct in CDT for Monday November 9, 8:00-9:00 AM Central, which is "
                "after the US change on 1 Nov, so CST UTC-6 -> 14:00Z-15:00Z (ICS TZID America/Chicago, "
                "METHOD:CANCEL); 'we will reach out' gives no new time; contact = human ICS ORGANIZER")
def m23():
    body = t("""
        Dear Baptiste,

        We are writing to let you know that your interview for the position below has been cancelled.

        Position: Test Stand Engineer II - Propulsion (Req 2026-4471)
        Original date/time: Monday, November 9, 2026, 8:00 AM - 9:00 AM Central Time (CST)
        Interviewer: Jordan McBride

        The hiring team needs to revisit the scope of this requisition. We will reach out if and when
        a new time can be proposed. We apologize for any inconvenience.

        Sincerely,
        Halvorsen Aerospace Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//iCIMS//Talent Platform//EN\nVERSION:2.0\nMETHOD:CANCEL\n" + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-interview-2026-4471-88120@talent.icims.com
        DTSTAMP:20261030T200500Z
        DTSTART;TZID=America/Chicago:20261109T080000
        DTEND;TZID=America/Chicago:20261109T090000
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:CANCELLED: Interview - Test Stand Engineer II - Baptiste Lacoste
        ORGANIZER;CN=Jordan McBride:mailto:jordan.mcbride@halvorsenaero.com
        ATTENDEE;CN=Baptiste Lacoste:mailto:baptiste.lacoste@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mta3.talent.icims.com", "64.124.18.33", "2026-10-30 15:05", zone="America/Chicago")),
        ("From", "Halvorsen Aerospace <halvorsen-aerospace@talent.icims.com>"),
        ("To", ME_ADDR),
        ("Subject", "Interview Cancelled: Test Stand Engineer II - Propulsion"),
        ("Date", date("2026-10-30 15:05", "America/Chicago")),
        ("Message-ID", "<icims.cancel.88120.1793394300@talent.icims.com>"),
    ], mixed(alt(text(body, cte="7bit"), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                                .replace("\n", "<br>") + "</p></body></html>\n")),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 rejection after an interview
@make.mail(n(24), family="rejection", lang="fr", interview=False, company="Lannemezan Thermique",
           days=(("Fri", "2026-10-02"),),
           note="Recruitee rejection after an interview held 'vendredi 2 octobre': a past date, nothing to attend")
def m24():
    body = t("""
        Bonjour Baptiste,

        Merci encore pour le temps que vous nous avez consacré lors de l'entretien du vendredi
        2 octobre, ainsi que pour la visite de notre plateforme d'essais thermiques.

        Après mûre réflexion, nous avons choisi de poursuivre avec un(e) autre candidat(e) dont
        l'expérience en cryogénie correspond plus étroitement à nos besoins immédiats.

        Cette décision ne remet pas en cause la qualité de votre parcours et nous serions heureux
        de garder le contact pour de futures opportunités.

        Bien cordialement,
        L'équipe RH de Lannemezan Thermique
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail.recruitee.com", "18.194.11.240", "2026-10-07 14:32")),
        ("From", "Lannemezan Thermique <lannemezan-thermique@mail.recruitee.com>"),
        ("To", ME),
        ("Subject", enc("Votre candidature chez Lannemezan Thermique – Ingénieur essais thermiques")),
        ("Date", date("2026-10-07 14:32", P)),
        ("Message-ID", "<rc.8a3e2f10.20261007123204@mail.recruitee.com>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 25 offer, EN
@make.mail(n(25), family="offer", lang="en", interview=False, company="Girondrone",
           days=(("Fri", "2026-10-23"),),
           note="Offer letter after the Lever interview of key 3: start date and a signing deadline, no interview")
def m25():
    body = t("""
        Hi Baptiste,

        I'm delighted to share that the team would like to offer you the Flight Test Bench Engineer
        position in Mérignac. Luc was very impressed by your HIL walkthrough last week.

        Attached you'll find the offer letter. Headlines:
          - Base salary: 54,000 EUR gross per year + 8% target bonus
          - Start date: Monday 4 January 2027 (flexible)
          - Relocation package up to 4,000 EUR

        We'd love to hear back from you by Friday 23 October. I'm happy to go through any questions
        on the phone - just let me know what suits you.

        Congratulations!
        Hannah

        Hannah Keogh | Talent Partner | Girondrone
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Girondrone_offer_B_Lacoste.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Girondrone_offer_B_Lacoste.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PD4+CiUlRU9GCg==\r\n")
    return message([
        ("Received", rcv("mail-wr1-f50.google.com", "209.85.221.50", "2026-10-20 17:45")),
        ("From", addr("Hannah Keogh", "hannah.keogh@girondrone.com")),
        ("To", ME),
        ("Subject", "Your offer from Girondrone"),
        ("Date", date("2026-10-20 17:45", P)),
        ("Message-ID", "<CAH7gq2wTq1L0p=R4o@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


# --------------------------------------------------------------------------- 26 application receipt, ES
@make.mail(n(26), family="application_receipt", lang="es", interview=False, company="Iberaxis",
           note="SmartRecruiters application receipt in Spanish: 'si tu perfil encaja, te contactaremos para "
                "una entrevista' - nothing fixed")
def m26():
    body = t("""
        Hola Baptiste,

        ¡Gracias por tu interés en Iberaxis! Hemos recibido tu candidatura para el puesto
        Ingeniero/a de Sistemas de Ensayo (Madrid / remoto parcial).

        Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo
        que buscamos, te contactaremos para concertar una primera entrevista.

        Puedes consultar el estado de tu candidatura en cualquier momento desde tu cuenta.

        Un saludo,
        El equipo de Talento de Iberaxis

        Este correo se ha enviado a través de SmartRecruiters. Por favor, no respondas a este mensaje.
        """)
    return message([
        ("Received", rcv("mail5.smartrecruiters.com", "34.251.60.12", "2026-11-02 08:14", zone="Europe/Madrid")),
        ("From", "Iberaxis <noreply@smartrecruiters.com>"),
        ("To", ME_ADDR),
        ("Subject", enc("Gracias por tu candidatura – Ingeniero/a de Sistemas de Ensayo")),
        ("Date", date("2026-11-02 08:14", "Europe/Madrid")),
        ("Message-ID", "<sr.5d1a9e77.1793607240@smartrecruiters.com>"),
    ], text(body, cte="base64"))


# --------------------------------------------------------------------------- 27 job alert
@make.mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert listing offers (one says 'entretiens dès la semaine prochaine'): no appointment")
def m27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;background:#13395b;color:#fff;font-size:18px">EmploiSudOuest</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Baptiste,</p>
        <p><b>9 nouvelles offres</b> correspondent à votre alerte « ingénieur essais » – Pau (64) + 100 km.</p>
        <hr>
        <p><a href="https://www.emploisudouest.fr/o/118402">Ingénieur Essais Banc Moteur H/F</a><br>
        Tarbes (65) – CDI – 45-52 k€ – publié aujourd'hui</p>
        <p><a href="https://www.emploisudouest.fr/o/118377">Technicien Supérieur Essais Vibratoires</a><br>
        Bordes (64) – Intérim 18 mois – entretiens dès la semaine prochaine</p>
        <p><a href="https://www.emploisudouest.fr/o/118351">Test Engineer – Avionics Rigs (English speaking)</a><br>
        Toulouse (31) – CDI – télétravail partiel</p>
        <p><a href="https://www.emploisudouest.fr/o/118340">Responsable Moyens d'Essais</a><br>
        Bayonne (64) – CDI – publié il y a 2 jours</p>
        <p style="text-align:center"><a href="https://www.emploisudouest.fr/alertes/27110" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none">Voir les 9 offres</a></p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur EmploiSudOuest.
        <a href="https://www.emploisudouest.fr/alertes/27110/stop">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mta12.emploisudouest.fr", "5.39.70.12", "2026-10-14 07:02")),
        ("From", "EmploiSudOuest <alertes@emploisudouest.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("9 nouvelles offres : ingénieur essais – Pau")),
        ("Date", date("2026-10-14 07:02", P)),
        ("Message-ID", "<alert.27110.20261014050200@emploisudouest.fr>"),
        ("List-Unsubscribe", "<https://www.emploisudouest.fr/alertes/27110/stop>"),
        ("Precedence", "bulk"),
    ], html(page))


# --------------------------------------------------------------------------- 28 newsletter about interviews
@make.mail(n(28), family="newsletter_tips", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Newsletter on technical interviews with a live session 'jeudi 19 novembre à 18h30': a "
                "fixed-time public webcast, not the reader's interview")
def m28():
    body = t("""
        LE MAG DES INGÉS – n°87

        Entretien technique : les 7 questions qu'on vous posera sur les bancs d'essais

        « Comment validez-vous une chaîne d'acquisition ? », « Racontez-nous un essai qui a
        mal tourné »... Nous avons demandé à six responsables de moyens d'essais ce qu'ils
        attendent vraiment en entretien. Spoiler : la réponse parfaite n'existe pas.

        Lire l'article : https://lemagdesinges.fr/87/entretien-technique-bancs

        EN DIRECT
        Live LinkedIn jeudi 19 novembre à 18h30 : « Simulation d'entretien d'embauche en
        public » avec Carole Miqueu, ex-recruteuse dans l'aéro.

        AUSSI DANS CE NUMÉRO
        - Salaires 2026 des ingénieurs essais en Occitanie et Nouvelle-Aquitaine
        - Portrait : elle pilote le banc de fatigue d'une aile à Toulouse

        Se désinscrire : https://lemagdesinges.fr/unsub?u=b.lacoste
        """)
    return message([
        ("Received", rcv("mail-131.sendinblue-relay.com", "185.107.232.131", "2026-11-13 12:00")),
        ("From", enc("Le Mag des Ingés") + " <newsletter@lemagdesinges.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("Entretien technique : les 7 questions qu'on vous posera 🎯")),
        ("Date", date("2026-11-13 12:00", P)),
        ("Message-ID", "<202611131100.87.b7f1@lemagdesinges.fr>"),
        ("List-Unsubscribe", "<https://lemagdesinges.fr/unsub?u=b.lacoste>"),
        ("List-Id", "Le Mag des Inges <mag.lemagdesinges.fr>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 29 pick a slot (JOIN)
@make.mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Soule Hydraulique",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
           note="JOIN self-scheduling invitation: lists open slots (mar. 17/11 - jeu. 19/11) but none is booked")
def m29():
    body = t("""
        Bonjour Baptiste,

        Soule Hydraulique souhaite vous rencontrer pour le poste « Ingénieur Bancs Hydrauliques (H/F) ».

        Choisissez le créneau qui vous convient pour un entretien vidéo de 30 minutes :
        https://join.com/s/soule-hydraulique/entretien/4Fq8Xz

        Créneaux disponibles actuellement :
          mar. 17/11 : 9:00, 10:30, 14:00
          mer. 18/11 : 11:00, 16:00
          jeu. 19/11 : 9:30

        Les créneaux sont attribués au fil de l'eau : réservez vite le vôtre !

        Cordialement,
        Xabi Etchart – Soule Hydraulique
        envoyé via JOIN
        """)
    return message([
        ("Received", rcv("mail.join.com", "18.185.140.20", "2026-11-11 10:26")),
        ("From", "Soule Hydraulique via JOIN <noreply@join.com>"),
        ("To", ME_ADDR),
        ("Subject", enc("Choisissez un créneau pour votre entretien – Soule Hydraulique")),
        ("Date", date("2026-11-11 10:26", P)),
        ("Message-ID", "<join.sched.4Fq8Xz.20261111092600@join.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 agency outreach, EN
@make.mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Aerotalent Partners",
           note="Agency cold outreach asking for a quick chat 'sometime next week': no time fixed")
def m30():
    body = t("""
        Hi Baptiste,

        I came across your profile and your work on engine test cells really stood out. I'm
        partnering with a Madrid-based space start-up building a new propulsion test site, and
        they're looking for a Test Bench Lead who can work remotely from the south of France with
        a few trips a month.

        Would you be open to a quick 15-minute chat sometime next week? If so, send me a couple of
        times that work for you, or grab a slot here: https://calendly.com/tom-aerotalent/intro

        Best regards,
        Tom Reddaway
        Principal Consultant - Aerospace & Defence
        Aerotalent Partners | +44 20 7946 0312
        """)
    return message([
        ("Received", rcv("mail-lf1-f53.google.com", "209.85.167.53", "2026-09-09 10:03", zone="Europe/London")),
        ("From", addr("Tom Reddaway", "tom.reddaway@aerotalent-partners.co.uk")),
        ("To", ME_ADDR),
        ("Subject", "Test Bench Lead - remote from SW France?"),
        ("Date", date("2026-09-09 10:03", "Europe/London")),
        ("Message-ID", "<CAO1vRk8s=aT3pP@mail.gmail.com>"),
    ], text(body, cte="7bit"))


# --------------------------------------------------------------------------- 31 proposed, not confirmed
@make.mail(n(31), family="proposed_not_confirmed", lang="fr", interview=False, company="Ossau Robotique",
           days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
           note="Recruiter proposes two slots ('mardi 24 à 10h vous irait ? sinon mercredi 25 à 14h30') and "
                "waits for the answer: not confirmed")
def m31():
    body = t("""
        Bonjour Baptiste,

        Merci pour votre candidature, votre expérience sur les bancs moteurs nous intéresse
        beaucoup pour notre nouveau poste d'ingénieur validation.

        Est-ce que mardi 24 novembre à 10h vous irait pour un premier entretien dans nos locaux
        de Pau (Hélioparc) ? Sinon je peux vous proposer mercredi 25 à 14h30.

        Dites-moi ce qui vous arrange et je vous envoie l'invitation.

        Belle journée,
        Agnès Lasserre-Bidou
        RH – Ossau Robotique
        """)
    return message([
        ("Received", rcv("mail-ot1-f43.google.com", "209.85.210.43", "2026-11-17 09:14")),
        ("From", addr("Agnès Lasserre-Bidou", "agnes.lasserre@ossau-robotique.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Votre candidature - Ingénieur validation")),
        ("Date", date("2026-11-17 09:14", P)),
        ("Message-ID", "<CAK2m9Xz7=Ossau1@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 job-centre appointment
@make.mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Public employment agency convocation ('entretien de situation avec votre conseiller', jeudi "
                "8 octobre 2026 à 9h30): a fixed appointment, but not a job interview")
def m32():
    body = t("""
        Monsieur Baptiste LACOSTE,
        Identifiant : 4417208B

        Vous êtes convoqué(e) à un entretien de situation avec votre conseiller(ère) :

        Date : jeudi 8 octobre 2026
        Heure : 09h30
        Lieu : Agence Emploi Pau-Lons, 8 rue Michel Hounau, 64000 Pau
        Conseiller : M. Dominique Casenave

        Merci de vous munir de votre CV à jour et de votre pièce d'identité.
        En cas d'empêchement, prévenez votre agence depuis votre espace personnel.
        Toute absence non justifiée peut entraîner une radiation.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    return message([
        ("Received", rcv("relais-mail.agence-emploi-64.fr", "194.5.88.10", "2026-09-28 06:45")),
        ("From", "Agence Emploi 64 <ne-pas-repondre@agence-emploi-64.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("Convocation : entretien avec votre conseiller le 08/10/2026")),
        ("Date", date("2026-09-28 06:45", P)),
        ("Message-ID", "<conv.4417208B.20261008@agence-emploi-64.fr>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- 33 journalist interview
@make.mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="A local journalist confirms an interview with Baptiste ('mercredi 21 octobre à 17h') for a "
                "newspaper portrait: fixed time, but he is the one being interviewed by the press, not for a job")
def m33():
    body = t("""
        Bonjour Baptiste,

        C'est parfait, je note notre interview mercredi 21 octobre à 17h au café de la
        Halle, place de la Déportation. Comptez trois quarts d'heure, puis notre
        photographe, Julien, passera faire quelques images (si possible devant le banc,
        mais on en reparle avec votre service com').

        Le papier s'inscrit dans notre série « Ces ingénieurs qui font voler le Béarn »,
        parution prévue dans l'édition du dimanche 1er novembre.

        À mercredi !

        Manon Lagarde
        Journaliste – L'Écho du Béarn
        06 12 00 48 93
        """)
    return message([
        ("Received", rcv("smtp.echodubearn.fr", "51.68.11.203", "2026-10-16 11:48")),
        ("From", addr("Manon Lagarde", "m.lagarde@echodubearn.fr")),
        ("To", ME),
        ("Subject", enc("Re: Portrait pour la série ingénieurs")),
        ("Date", date("2026-10-16 11:48", P)),
        ("Message-ID", "<a61c0e9f-31b2-4d7e-b0f1-echo@echodubearn.fr>"),
    ], text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 34 podcast recording with ICS, EN
@make.mail(n(34), family="podcast", lang="en", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="Podcast host's Google Calendar invite for a recorded 'interview' on Thu 3 Dec 18:00 CET with "
                "an ICS: a confirmed time, but a podcast, not a job interview")
def m34():
    body = t("""
        Maya Brennan has invited you to an event.

        Test Cell Stories - recording with Baptiste Lacoste
        When
        Thursday 3 Dec 2026 18:00 - 19:00 (Central European Time - Paris)

        Join with Riverside: https://riverside.fm/studio/test-cell-stories

        Hi Baptiste! So glad you said yes. This is the slot for our interview episode on
        engine test cells - we'll record about 45 minutes. Good headphones, no AirPods please :)

        Invitation from Google Calendar
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ[P] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261203T180000
        DTEND;TZID=Europe/Paris:20261203T190000
        DTSTAMP:20261125T193000Z
        ORGANIZER;CN=Maya Brennan:mailto:maya@testcellstories.fm
        UID:4k2j9s0p7d1m3q8r5t6v0w2x4y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=baptiste.lacoste@example.org:mailto:baptiste.lacoste@example.org
        SUMMARY:Test Cell Stories - recording with Baptiste Lacoste
        LOCATION:https://riverside.fm/studio/test-cell-stories
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-25 20:30")),
        ("From", addr("Maya Brennan", "maya@testcellstories.fm")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME_ADDR),
        ("Subject", "Invitation: Test Cell Stories - recording with Baptiste Lacoste @ Thu 3 Dec 2026 "
                    "18:00 - 19:00 (CET) (baptiste.lacoste@example.org)"),
        ("Date", date("2026-11-25 20:30", P)),
        ("Message-ID", "<calendar-7b0e2c1d-podcast@google.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 35 MBA admission interview
@make.mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Business-school admission interview for an Executive MBA (samedi 14 novembre à 10h15): a "
                "fixed 'entretien', but an admission, not a job interview")
def m35():
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#1d2a44">
        <p><img src="https://www.em-pau-adour.fr/img/logo-emba.png" alt="EM Pau-Adour"></p>
        <p>Cher Monsieur Lacoste,</p>
        <p>Nous avons bien reçu votre dossier de candidature à l'<b>Executive MBA - promotion 2027</b>
        et avons le plaisir de vous inviter à l'entretien d'admission :</p>
        <p style="background:#eef1f7;padding:12px"><b>Samedi 14 novembre 2026 à 10h15</b><br>
        Campus de Pau, bâtiment B, salle du jury (2e étage)<br>
        Durée : 40 minutes (présentation de votre projet professionnel, puis échange avec le jury)</p>
        <p>Merci de vous présenter 15 minutes avant l'heure de convocation.</p>
        <p>Bien cordialement,<br>Le service des admissions<br>École de Management Pau-Adour</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.em-pau-adour.fr", "193.50.140.22", "2026-11-05 16:02")),
        ("From", "Admissions EMBA <admissions-emba@em-pau-adour.fr>"),
        ("To", ME),
        ("Subject", enc("Convocation à l'entretien d'admission – Executive MBA")),
        ("Date", date("2026-11-05 16:02", P)),
        ("Message-ID", "<emba.adm.20261105.0417@em-pau-adour.fr>"),
    ], html(page, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 36 rugby try-out, tu
@make.mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-09-26"),),
           note="Rugby club try-out ('séance d'essai samedi 26 à 10h au stade'): a fixed time, a sports "
                "try-out, not a job interview")
def m36():
    body = t("""
        Salut Baptiste,

        Super que tu veuilles venir rejoindre les vieux crampons :) Je te confirme ta séance
        d'essai samedi 26 à 10h au stade municipal de Gelos (terrain du haut). Viens en
        tenue, avec protège-dents, on fournit le maillot. Après on boit un coup au club-house,
        c'est là qu'on décidera avec les autres si tu passes en 1re ou en 2e ligne haha.

        Licence à faire plus tard si tu accroches.

        Allez, à samedi !
        Fifi (Philippe Lamarque)
        Éducateur équipe loisirs – RC Gelos

        Envoyé depuis mon mobile
        """)
    return message([
        ("Received", rcv("smtp.orange.example.net", "192.0.2.88", "2026-09-21 20:51")),
        ("From", addr("Philippe Lamarque", "fifi.lamarque@example.net")),
        ("To", ME_ADDR),
        ("Subject", enc("Essai samedi 🏉")),
        ("Date", date("2026-09-21 20:51", P)),
        ("Message-ID", "<1a2b3c4d-rcg-20260921@example.net>"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 37 car service
@make.mail(n(37), family="car_service", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Garage appointment confirmation (révision, lundi 16 novembre à 8h00): fixed time, not an "
                "interview")
def m37():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3 style="color:#c00">Garage Lescar Auto</h3>
        <p>Bonjour M. Lacoste,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <ul>
        <li><b>Prestation :</b> révision 60 000 km + contrôle des plaquettes avant</li>
        <li><b>Véhicule :</b> Peugeot 308 SW – GH-417-KT</li>
        <li><b>Date :</b> lundi 16 novembre 2026</li>
        <li><b>Dépôt :</b> 8h00 – restitution prévue vers 17h</li>
        </ul>
        <p>Un véhicule de prêt est réservé à votre nom.</p>
        <p>À bientôt,<br>L'équipe atelier – Garage Lescar Auto, ZI Monhauba, 64230 Lescar</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp.garagelescarauto.fr", "213.186.33.4", "2026-11-09 15:10")),
        ("From", "Garage Lescar Auto <atelier@garagelescarauto.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation rendez-vous atelier – lundi 16/11 8h00")),
        ("Date", date("2026-11-09 15:10", P)),
        ("Message-ID", "<rdv.9981.20261109@garagelescarauto.fr>"),
    ], html(page, charset="windows-1252", cte="quoted-printable"))


# --------------------------------------------------------------------------- 38 tax office appointment
@make.mail(n(38), family="tax_office", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Tax office phone appointment (mardi 6 octobre 2026, 14h00-14h30): a fixed slot, not an "
                "interview")
def m38():
    body = t("""
        Bonjour,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers de Pau
        Objet : prélèvement à la source – changement de situation
        Type de rendez-vous : téléphonique (un agent vous appellera au 06 •• •• •• 42)
        Date : mardi 6 octobre 2026
        Créneau : 14h00 - 14h30

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier.

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message([
        ("Received", rcv("smtp.rdv-finances-publiques.example", "192.0.2.200", "2026-09-30 10:44")),
        ("From", "Finances publiques - Rendez-vous <ne-pas-repondre@rdv-finances-publiques.example>"),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre rendez-vous du 06/10/2026")),
        ("Date", date("2026-09-30 10:44", P)),
        ("Message-ID", "<rdv-0a7f3c-20260930@rdv-finances-publiques.example>"),
    ], text(body, cte="base64"))


# --------------------------------------------------------------------------- 39 coach mock interview
@make.mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-11-09"),),
           note="Career coach confirms a 'simulation d'entretien' (lundi 9 novembre à 18h, 1h30) to prepare "
                "the Kessler interview: fixed time, a mock interview, not a job interview")
def m39():
    body = t("""
        Bonjour Baptiste,

        C'est noté pour notre séance de simulation d'entretien lundi 9 novembre à 18h, en visio
        (même lien que la dernière fois : https://whereby.com/capcarriere-sbayle). On part sur 1h30 :
        45 minutes de mise en situation « comme si » avec un jury fictif (je ferai la RH
        allemande un peu pointilleuse 😉), puis débrief et travail sur le pitch en anglais.

        Pensez à m'envoyer l'offre Kessler et votre CV version courte d'ici dimanche.

        Belle semaine,
        Sophie Bayle
        Coach carrière – Cap Carrière Béarn
        """)
    return message([
        ("Received", rcv("mail.capcarriere-bearn.fr", "217.70.184.38", "2026-11-05 08:31")),
        ("From", addr("Sophie Bayle", "sophie.bayle@capcarriere-bearn.fr")),
        ("To", ME),
        ("Subject", enc("Séance simulation d'entretien – lundi 9/11")),
        ("Date", date("2026-11-05 08:31", P)),
        ("Message-ID", "<3f6d2e0a-cap-20261105@capcarriere-bearn.fr>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 40 someone else's interview, forwarded
@make.mail(n(40), family="forwarded_other", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="His sister forwards HER confirmed interview (jeudi 26 novembre à 14h, Garonne Biotech) and asks "
                "for help preparing: a real interview confirmation, but not the inbox owner's")
def m40():
    body = t("""
        Coucou frérot,

        Pour info c'est calé !! Tu peux me faire réviser mercredi soir au tel ? Tu fais le
        méchant ingénieur qui pose des questions sur les capteurs ;)

        Bises
        Camille

        ---------- Forwarded message ---------
        De : Lise Moreau <lise.moreau@garonne-biotech.fr>
        Date: ven. 20 nov. 2026 à 16:02
        Subject: Confirmation entretien - Technicienne métrologie
        To: Camille Lacoste <camille.lacoste@example.net>


        Bonjour Camille,

        Je vous confirme votre entretien le jeudi 26 novembre à 14h dans nos locaux de
        Toulouse (Oncopole), avec Mme Fabre et moi-même. Comptez une heure environ.

        Cordialement,
        Lise Moreau
        Chargée RH – Garonne Biotech
        """)
    return message([
        ("Received", rcv("mail-yw1-f44.google.com", "209.85.128.44", "2026-11-20 19:22")),
        ("From", addr("Camille Lacoste", "camille.lacoste@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Confirmation entretien - Technicienne metrologie"),
        ("Date", date("2026-11-20 19:22", P)),
        ("Message-ID", "<CAM7cL4a9+Fwd26@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 he interviews a candidate at his job
@make.mail(n(41), family="interviewer_invite", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Exchange request from his current manager: Baptiste is to interview a candidate (technicien "
                "banc) on Tue 13 Oct 14:00 with an ICS: confirmed time, but he is the interviewer at his "
                "current job")
def m41():
    body = t("""
        Quand : mardi 13 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Aspin (bât. 2)

        Baptiste,
        Tu peux prendre la partie technique de l'entretien de Kévin Darracq (candidat technicien banc
        n°2) ? 20 min de questions sur la chaîne d'acquisition, je fais le reste. CV en PJ de mon
        mail de lundi.
        Merci,
        Fred
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Frédéric Abbadie:mailto:frederic.abbadie@bearn-essais-aero.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Lacoste:mailto:baptiste.lacoste@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien banc n°2 (K. Darracq)
        DTSTART;TZID=Romance Standard Time:20261013T140000
        DTEND;TZID=Romance Standard Time:20261013T150000
        UID:040000008200E00074C5B7101A82E00800000000D4A1C9E7B45ADD01000000000000000010000000BEA2
        DTSTAMP:20261007T073000Z
        LOCATION;LANGUAGE=fr-FR:Salle Aspin (bât. 2)
        STATUS:CONFIRMED
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mail.bearn-essais-aero.fr", "77.158.12.40", "2026-10-07 09:30")),
        ("From", addr("Frédéric Abbadie", "frederic.abbadie@bearn-essais-aero.fr")),
        ("To", ME),
        ("Subject", enc("Entretien candidat - Technicien banc n°2 (K. Darracq)")),
        ("Date", date("2026-10-07 09:30", P)),
        ("Message-ID", "<AM0PR10MB2033F1@AM0PR10MB2033.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Entretien candidat - Technicien banc n°2 (K. Darracq)")),
    ], alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 42 team event at the current job
@make.mail(n(42), family="team_event", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-12-18"),),
           note="Current employer's end-of-year team lunch (vendredi 18 décembre, 12h): fixed time, not an "
                "interview")
def m42():
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour à toutes et à tous,</p>
        <p>Le traditionnel <b>repas de fin d'année du service Essais</b> aura lieu le
        <b>vendredi 18 décembre à 12h</b> à l'auberge du Vert-Galant à Jurançon.
        Covoiturage au départ du parking P2 à 11h40.</p>
        <p>Merci de vous inscrire avant le 11/12 sur le tableau partagé (menu végétarien possible).
        L'après-midi, les bancs resteront à l'arrêt, astreinte assurée par l'équipe de nuit.</p>
        <p>Bonne journée,<br>Véronique Lahitte<br>Assistante du service Essais – Béarn Essais Aéro</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.bearn-essais-aero.fr", "77.158.12.40", "2026-12-04 10:20")),
        ("From", addr("Véronique Lahitte", "veronique.lahitte@bearn-essais-aero.fr")),
        ("To", "service-essais@bearn-essais-aero.fr"),
        ("Bcc", ME_ADDR),
        ("Subject", enc("Repas de fin d'année – service Essais – 18/12")),
        ("Date", date("2026-12-04 10:20", P)),
        ("Message-ID", "<AM0PR10MB2033A77@AM0PR10MB2033.EURPRD10.PROD.OUTLOOK.COM>"),
    ], html(page, cte="base64"))


# --------------------------------------------------------------------------- 43 doctor reminder
@make.mail(n(43), family="medical_appointment", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-12-08"),),
           note="Doctor's appointment reminder (mardi 8 décembre 2026 à 17h45): fixed time, not an interview")
def m43():
    body = t("""
        Rappel de rendez-vous

        Bonjour Baptiste LACOSTE,

        Nous vous rappelons votre rendez-vous :
        Dr Marie HOURCADE - Médecine générale
        mardi 8 décembre 2026 à 17h45
        Cabinet médical du Hédas, 14 rue du Hédas, 64000 Pau

        Pensez à apporter votre carte Vitale.
        En cas d'empêchement, annulez au moins 24 h à l'avance pour libérer le créneau.

        MédiRDV - ne pas répondre à ce message
        """)
    return message([
        ("Received", rcv("smtp.medirdv.fr", "35.181.40.7", "2026-12-06 18:00")),
        ("From", enc("MédiRDV") + " <rappels@medirdv.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("Rappel : votre RDV du mardi 8 décembre à 17h45")),
        ("Date", date("2026-12-06 18:00", P)),
        ("Message-ID", "<rappel.77410231@medirdv.fr>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- 44 flat viewing in Toulouse
@make.mail(n(44), family="flat_viewing", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-12-05"),),
           note="Estate agent confirms a flat viewing in Toulouse (samedi 5 décembre à 11h): fixed time, not an "
                "interview")
def m44():
    body = t("""
        Bonjour Monsieur Lacoste,

        Je vous confirme la visite du T3 rue des Filatiers (réf. CI-3318) samedi 5 décembre
        à 11h. Je vous attendrai devant le porche, code 4B17 si je suis en retard.

        Pour le dossier, prévoyez vos trois derniers bulletins de salaire — ou la promesse
        d'embauche si vous changez de poste, comme vous me l'avez expliqué.

        Cordialement,
        Inès Vidal
        Agence Capitole Immo – 05 61 00 27 90
        """)
    return message([
        ("Received", rcv("smtp.capitole-immo.fr", "92.243.8.75", "2026-11-30 14:41")),
        ("From", addr("Inès Vidal", "ines.vidal@capitole-immo.fr")),
        ("To", ME),
        ("Subject", enc("Visite T3 Filatiers – samedi 11h")),
        ("Date", date("2026-11-30 14:41", P)),
        ("Message-ID", "<b3d9ff20.capimmo@capitole-immo.fr>"),
    ], text(body, charset="windows-1252", cte="8bit"))


# --------------------------------------------------------------------------- 45 parent-teacher meeting
@make.mail(n(45), family="parent_teacher", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="School portal: parent-teacher meeting slot 'jeudi 10 décembre, 17h20 - 17h30': fixed time, "
                "not an interview ('entretien individuel' with the form teacher)")
def m45():
    page = t("""
        <html><body style="font-family:Tahoma,sans-serif;font-size:13px">
        <p><b>Collège Jean-Sarrailh (Pau) – Rencontres parents-professeurs</b></p>
        <p>Madame, Monsieur,</p>
        <p>Votre demande d'entretien individuel a été validée :</p>
        <table border="1" cellspacing="0" cellpadding="4">
        <tr><th>Élève</th><td>Lacoste Léo – 4e B</td></tr>
        <tr><th>Professeur</th><td>Mme Cazaux (professeure principale, physique-chimie)</td></tr>
        <tr><th>Date</th><td>jeudi 10 décembre 2026</td></tr>
        <tr><th>Horaire</th><td>17h20 - 17h30</td></tr>
        <tr><th>Salle</th><td>B12</td></tr>
        </table>
        <p>Message envoyé automatiquement par l'espace numérique de travail. Ne pas répondre.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("ent-mail.college-sarrailh.example", "192.0.2.140", "2026-12-02 12:05")),
        ("From", enc("ENT Collège Jean-Sarrailh") + " <ne-pas-repondre@college-sarrailh.example>"),
        ("To", ME_ADDR),
        ("Subject", enc("Rencontres parents-professeurs : votre rendez-vous est confirmé")),
        ("Date", date("2026-12-02 12:05", P)),
        ("Message-ID", "<ent.rpp.55102.20261202@college-sarrailh.example>"),
    ], html(page))


# --------------------------------------------------------------------------- 46 out-of-office auto-reply, EN
@make.mail(n(46), family="auto_reply", lang="en", interview=False, company="Corriveau Instruments",
           note="Recruiter's out-of-office auto-reply mentioning interviews in general: no appointment")
def m46():
    body = t("""
        Thank you for your email. I am out of the office for the Thanksgiving holiday and will
        return on Monday, November 30 with limited access to email.

        If your message is about an interview scheduled this week, please contact
        recruiting@corriveau-instruments.com and a member of the team will help.

        Dana Whitfield | Senior Technical Recruiter | Corriveau Instruments
        """)
    return message([
        ("Received", rcv("mail-qv1-f44.google.com", "209.85.219.44", "2026-11-26 04:12", lag=1)),
        ("From", addr("Dana Whitfield", "dana.whitfield@corriveau-instruments.com")),
        ("To", ME),
        ("Subject", "Automatic reply: Re: Confirmed - Tues 12/1 with Ray Okafor"),
        ("Date", date("2026-11-26 04:12", P)),
        ("Message-ID", "<CAF3d7Kp0ooo=Thx1@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], text(body, cte="7bit"))


# --------------------------------------------------------------------------- 47 bounce of his own confirmation
@make.mail(n(47), family="bounce", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Mailer-daemon bounce: Baptiste's own acceptance ('je vous confirme... mardi 24 novembre à 10h') "
                "to a mistyped address came back undelivered; nothing was confirmed by the employer")
def m47():
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <agnes.laserre@ossau-robotique.fr>: host mx.ossau-robotique.fr[145.239.1.80]
            said: 550 5.1.1 <agnes.laserre@ossau-robotique.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Bq7Xk0ZtLz9sQ
        Arrival-Date: Tue, 17 Nov 2026 21:03:40 +0100 (CET)

        Final-Recipient: rfc822; agnes.laserre@ossau-robotique.fr
        Original-Recipient: rfc822;agnes.laserre@ossau-robotique.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.ossau-robotique.fr
        Diagnostic-Code: smtp; 550 5.1.1 <agnes.laserre@ossau-robotique.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", ME),
        ("To", addr("Agnès Lasserre-Bidou", "agnes.laserre@ossau-robotique.fr")),
        ("Subject", "Re: Votre candidature - Ingenieur validation"),
        ("Date", date("2026-11-17 21:03", P)),
        ("Message-ID", "<CAJq1t0eOss4@mail.example.org>"),
    ], text(t("""
        Bonjour Agnès,

        Merci pour votre message. Je vous confirme ma disponibilité mardi 24 novembre à 10h à
        l'Hélioparc, ce créneau me convient très bien.

        Bien cordialement,
        Baptiste Lacoste
        """), cte="quoted-printable"))
    report = make.multipart(
        "report",
        make.text(notice, charset="us-ascii", cte="7bit",
                  extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    return message([
        ("Received", "by smtp.example.org (Postfix)\r\n id 4Bq7Xm1Lz9sR; Tue, 17 Nov 2026 20:03:42 +0000"),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-17 21:03", P)),
        ("Message-ID", "<20261117200342.4Bq7Xm1Lz9sR@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


# --------------------------------------------------------------------------- 48 webinar about interviews
@make.mail(n(48), family="webinar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-15"),),
           note="Cluster webinar registration 'Réussir son entretien dans l'aéronautique' (mardi 15 septembre, "
                "12h30-13h30): fixed time, a webinar, not an interview")
def m48():
    body = t("""
        Bonjour Baptiste,

        Merci pour votre inscription au webinaire :

        « Réussir son entretien dans l'aéronautique : ce que les recruteurs attendent en 2026 »
        mardi 15 septembre 2026, 12h30 - 13h30 (heure de Paris)

        Rejoindre le webinaire : https://aeropyrenees.zoom.us/w/81133570022?tk=Xq2
        Code secret : 640182

        Intervenants : deux responsables RH d'entreprises du cluster et une coach spécialisée.
        Le replay sera envoyé à tous les inscrits.

        L'équipe Aéropyrénées Cluster
        """)
    return message([
        ("Received", rcv("zoom-webinar.aeropyrenees.fr", "170.114.52.3", "2026-09-10 09:00")),
        ("From", enc("Aéropyrénées Cluster") + " <no-reply@zoom.us>"),
        ("Reply-To", "evenements@aeropyrenees.fr"),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation d'inscription : Réussir son entretien dans l'aéronautique")),
        ("Date", date("2026-09-10 09:00", P)),
        ("Message-ID", "<webinar.81133570022.reg.55@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 49 bank advisor
@make.mail(n(49), family="bank_appointment", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-09-25"),),
           note="Bank advisor appointment (vendredi 25 septembre 2026 à 17h30, mortgage simulation): fixed "
                "time, not an interview")
def m49():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#003b5c">
        <p>Bonjour Monsieur Lacoste,</p>
        <p>Votre rendez-vous avec votre conseiller est confirmé.</p>
        <p><b>Conseiller :</b> M. Julien Pédelucq<br>
        <b>Date :</b> vendredi 25 septembre 2026 à 17h30<br>
        <b>Lieu :</b> agence Pau-Tourasse, 3 boulevard Tourasse<br>
        <b>Objet :</b> simulation de prêt immobilier</p>
        <p>Pensez à vous munir de vos trois derniers avis d'imposition et bulletins de salaire.</p>
        <p>Banque du Gave – Ce message est envoyé automatiquement.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mailing.banquedugave.fr", "185.24.8.19", "2026-09-18 11:15")),
        ("From", "Banque du Gave <rendezvous@banquedugave.fr>"),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre rendez-vous du 25/09/2026")),
        ("Date", date("2026-09-18 11:15", P)),
        ("Message-ID", "<rdv.20260918.88310@banquedugave.fr>"),
    ], alt(text("Votre rendez-vous avec M. Julien Pédelucq est confirmé le vendredi 25 septembre 2026 à "
                "17h30, agence Pau-Tourasse (simulation de prêt immobilier).\n"), html(page)))


# --------------------------------------------------------------------------- 50 'entretien' = maintenance, mailing list
@make.mail(n(50), family="mailing_list", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Internal mailing list at the current job: 'Entretien préventif banc moteur n°3 - mardi 10/11 "
                "de 8h à 12h' - entretien here means maintenance; fixed time, no interview")
def m50():
    body = t("""
        Bonjour à tous,

        Entretien préventif du banc moteur n°3 mardi 10/11 de 8h à 12h (remplacement des
        flexibles carburant + étalonnage des capteurs de poussée). Banc indisponible sur ce
        créneau, merci de décaler vos essais. Consignation à 7h45 par Gilles.

        Reprise prévue à 13h30 après essai de réception.

        --
        Thierry Mouchès - Maintenance moyens d'essais
        _______________________________________________
        essais-pau mailing list
        essais-pau@lists.bearn-essais-aero.fr
        https://lists.bearn-essais-aero.fr/mailman/listinfo/essais-pau
        """)
    return message([
        ("Received", rcv("lists.bearn-essais-aero.fr", "77.158.12.41", "2026-11-05 16:30")),
        ("From", enc("Thierry Mouchès") + " <thierry.mouches@bearn-essais-aero.fr>"),
        ("To", "essais-pau@lists.bearn-essais-aero.fr"),
        ("Subject", enc("[essais-pau] Entretien banc moteur n°3 – mardi 10/11 8h-12h")),
        ("Date", date("2026-11-05 16:30", P)),
        ("Message-ID", "<5e1f09aa-maint-b3@bearn-essais-aero.fr>"),
        ("List-Id", "Essais Pau <essais-pau.lists.bearn-essais-aero.fr>"),
        ("List-Post", "<mailto:essais-pau@lists.bearn-essais-aero.fr>"),
        ("Precedence", "list"),
        ("Sender", "essais-pau-bounces@lists.bearn-essais-aero.fr"),
    ], text(body, charset="iso-8859-15", cte="8bit"))
