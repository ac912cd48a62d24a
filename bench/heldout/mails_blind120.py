"""blind120: 50 hand-written mails from the inbox of Maëlle Le Goff, a naval-systems data engineer
in Nantes (September to December 2026). Written blind (without reading the detector or its tests).

File numbers are a fixed shuffle of the writing order: keys 1-23 are positives, 24-50 negatives.
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

ORDER = random.Random(1200120).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind120_{ORDER[key - 1]:03d}"


ME_ADDR = "maelle.legoff@example.org"
ME = addr("Maëlle Le Goff", ME_ADDR)
PARIS = "Europe/Paris"

ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def vcal(head: str, vtz: str | None, events: str) -> str:
    """A VCALENDAR from its dedented header lines, an optional VTIMEZONE block and the VEVENT lines."""
    parts = [t(head).rstrip("\n")]
    if vtz:
        parts.append(vtz)
    parts.append(t(events).rstrip("\n"))
    return "\n".join(parts) + "\nEND:VCALENDAR\n"


def raw_pdf(filename: str) -> Part:
    pdf = b"%PDF-1.4\n% offer letter placeholder\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    body = base64.encodebytes(pdf).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, f"mx1.example.org with ESMTPS id {ident}",
                                 ME_ADDR, lag))


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Halyard Systems",
      start=utc("2026-09-10 14:00", PARIS), end=utc("2026-09-10 14:45", PARIS),
      contact="sophie.tran@halyard-systems.com", local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45",
      zone=PARIS,
      note="Greenhouse confirmation, 'Thursday, September 10th, 2:00 PM - 2:45 PM CEST (Paris)': CEST is UTC+2, "
           "so 12:00-12:45Z. Sender is a no-reply relay; contact = the recruiter's Reply-To.")
def m01() -> bytes:
    body = t("""
        Hi Maëlle,

        Thanks again for your interest in the Senior Data Engineer, Naval Telemetry role at Halyard
        Systems. I'm happy to confirm your interview with our team:

        Thursday, September 10th
        2:00 PM - 2:45 PM CEST (Paris)
        Format: video call (Google Meet), link below
        Interviewers: Marc Aubert (Engineering Manager), Priya Nandakumar (Staff Data Engineer)

        Join: https://meet.google.com/ahv-qzkx-pde

        Marc will ask you to walk through a pipeline you built end to end; no live coding in this round.
        If anything comes up, just reply to this email.

        Best,
        Sophie Tran
        Talent Partner | Halyard Systems
        26 rue du Faubourg Poissonnière, 75010 Paris
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Maëlle,</p>
        <p>Thanks again for your interest in the Senior Data Engineer, Naval Telemetry role at Halyard
        Systems. I'm happy to confirm your interview with our team:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Thursday, September 10th</b></td></tr>
        <tr><td>2:00 PM - 2:45 PM CEST (Paris)</td></tr>
        <tr><td>Format: video call (Google Meet) &ndash; <a href="https://meet.google.com/ahv-qzkx-pde">join</a></td></tr>
        <tr><td>Interviewers: Marc Aubert (Engineering Manager), Priya Nandakumar (Staff Data Engineer)</td></tr>
        </table>
        <p>Marc will ask you to walk through a pipeline you built end to end; no live coding in this round.
        If anything comes up, just reply to this email.</p>
        <p>Best,<br>Sophie Tran<br>Talent Partner | Halyard Systems<br>26 rue du Faubourg Poissonni&egrave;re, 75010 Paris</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    return message([
        rcv("mail-us.greenhouse-mail.io", "2026-09-07 10:12:04", PARIS, "GHq7Yt0a"),
        ("From", addr("Sophie Tran", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sophie Tran", "sophie.tran@halyard-systems.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Halyard Systems - Senior Data Engineer, Naval Telemetry"),
        ("Date", date("2026-09-07 10:12:01", PARIS)),
        ("Message-ID", "<66f1c2a9e8b4d_3a1f2b7c90118@greenhouse-mailer-7d9c.mail>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled", company="Tidewater Robotics",
      start=utc("2026-09-22 11:00", "Europe/London"), end=utc("2026-09-22 11:45", "Europe/London"),
      contact="james.okafor@tidewater-robotics.co.uk", local="Tue 2026-09-22 11:00",
      local_end="2026-09-22 11:45", zone="Europe/London",
      note="Lever: 'Tuesday, September 22, 2026, 11:00 AM - 11:45 AM BST' (BST = UTC+1, also shown as 12:00 "
           "Paris) -> 10:00-10:45Z. Contact = Reply-To recruiter; From is Lever's no-reply.")
def m02() -> bytes:
    body = t("""
        Hi Maëlle,

        Your interview for Data Platform Engineer (Remote - Europe) at Tidewater Robotics has been scheduled.

        When: Tuesday, September 22, 2026, 11:00 AM - 11:45 AM BST (that's 12:00 in Paris)
        Where: Video call - https://tidewater-robotics.zoom.us/j/84410236571
        With: Hannah Webb, Head of Data

        This is a 45-minute conversation about your background with sensor data at sea and how you'd
        approach our fleet telemetry stack. Nothing to prepare beyond that.

        Need to change something? Reply to this email and James will help.

        Tidewater Robotics Talent Team
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
        <p>Hi Maëlle,</p>
        <p>Your interview for <strong>Data Platform Engineer (Remote - Europe)</strong> at Tidewater Robotics has been scheduled.</p>
        <p><strong>When:</strong> Tuesday, September 22, 2026, 11:00 AM - 11:45 AM BST (that's 12:00 in Paris)<br>
        <strong>Where:</strong> Video call - <a href="https://tidewater-robotics.zoom.us/j/84410236571">Zoom</a><br>
        <strong>With:</strong> Hannah Webb, Head of Data</p>
        <p>This is a 45-minute conversation about your background with sensor data at sea and how you'd
        approach our fleet telemetry stack. Nothing to prepare beyond that.</p>
        <p>Need to change something? Reply to this email and James will help.</p>
        <p>Tidewater Robotics Talent Team</p>
        </div></body></html>
        """)
    return message([
        rcv("o3.hire.lever.co", "2026-09-16 15:31:40", "Europe/London", "LvR20a9k"),
        ("From", addr("Tidewater Robotics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("James Okafor", "james.okafor@tidewater-robotics.co.uk")),
        ("To", ME),
        ("Subject", "Your interview with Tidewater Robotics is confirmed"),
        ("Date", date("2026-09-16 15:31:37", "Europe/London")),
        ("Message-ID", "<0100019a2e7b1c44-5e0d9a2f-8c3b-4f61-a7d2-3b9e1f0c6a58-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="personio", lang="fr", interview=True, kind="scheduled", company="Océanide Énergies",
      start=utc("2026-09-18 14:15", PARIS), end=utc("2026-09-18 15:15", PARIS),
      contact="claire.morvan@oceanide-energies.fr", local="Fri 2026-09-18 14:15", local_end="2026-09-18 15:15",
      zone=PARIS,
      note="Personio (HTML only): 'vendredi 18 septembre 2026 à 14 h 15', 'Durée : 1 heure' -> CEST, "
           "12:15-13:15Z. Sender is Personio's no-reply; contact = the HR address written in the body.")
def m03() -> bytes:
    page = t("""
        <html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;color:#1d2b36">
        <table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table width="600" cellspacing="0" cellpadding="16" style="border:1px solid #e3e7ea">
        <tr><td><img src="https://oceanide-energies.jobs.personio.de/logo.png" alt="Océanide Énergies" height="40"></td></tr>
        <tr><td>
        <p>Bonjour Madame Le Goff,</p>
        <p>Nous vous remercions pour votre candidature au poste d'<b>Ingénieure Data – Maintenance prédictive des parcs éoliens en mer</b>
        et avons le plaisir de vous confirmer votre entretien :</p>
        <p><b>Date :</b> vendredi 18 septembre 2026<br>
        <b>Heure :</b> 14 h 15<br>
        <b>Durée :</b> 1 heure<br>
        <b>Lieu :</b> Océanide Énergies, 12 boulevard de la Légion d'Honneur, 44600 Saint-Nazaire (accueil, 2e étage)<br>
        <b>Vos interlocuteurs :</b> Claire Morvan (RH) et Thibault Gicquel (responsable Data &amp; Jumeaux numériques)</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au site.
        Pour toute question, vous pouvez écrire directement à Claire Morvan :
        <a href="mailto:claire.morvan@oceanide-energies.fr">claire.morvan@oceanide-energies.fr</a>.</p>
        <p>Bien cordialement,<br>L'équipe Recrutement d'Océanide Énergies</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a97a0">Cet e-mail a été envoyé automatiquement via Personio. Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("mail-eu.personio.de", "2026-09-14 09:05:12", "Europe/Berlin", "Pe8XcW21"),
        ("From", addr("Océanide Énergies", "noreply@personio.de")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Océanide Énergies")),
        ("Date", date("2026-09-14 09:05:09", "Europe/Berlin")),
        ("Message-ID", "<20260914070509.8f3c1a7e2b@mail-eu.personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(n(4), family="teamtailor", lang="fr", interview=True, kind="scheduled", company="Armorik Data",
      start=utc("2026-10-08 11:00", PARIS), contact="gaelle.rivoal@armorik-data.bzh",
      local="Thu 2026-10-08 11:00", zone=PARIS,
      note="Teamtailor, 'jeu. 8 oct. à 11h00' in Rennes (CEST) -> 09:00Z, no length given. Reply-To is a "
           "Teamtailor relay; contact = the recruiter's address in the signature.")
def m04() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Merci d'avoir choisi un créneau ! Votre entretien est confirmé :

        📅 jeu. 8 oct. à 11h00
        📍 Armorik Data, 3 place de la Gare, 35000 Rennes (sonnez à « Armorik », 3e)
        👥 Gaëlle Rivoal (Talent Acquisition) et Mikaël Hamon (Lead Data Platform)

        On prendra le temps de parler de votre expérience sur les données de capteurs embarqués et de
        notre plateforme de suivi des navires de pêche.

        À jeudi !

        Gaëlle Rivoal
        Talent Acquisition – Armorik Data
        gaelle.rivoal@armorik-data.bzh

        --
        Armorik Data · Rennes · Vous recevez cet e-mail suite à votre candidature sur career.armorik-data.bzh
        """)
    page = t("""
        <div style="font-family:Inter,Helvetica,sans-serif;font-size:15px;line-height:1.5">
        <p>Bonjour Maëlle,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien est confirmé :</p>
        <p>📅 <strong>jeu. 8 oct. à 11h00</strong><br>
        📍 Armorik Data, 3 place de la Gare, 35000 Rennes (sonnez à « Armorik », 3e)<br>
        👥 Gaëlle Rivoal (Talent Acquisition) et Mikaël Hamon (Lead Data Platform)</p>
        <p>On prendra le temps de parler de votre expérience sur les données de capteurs embarqués et de
        notre plateforme de suivi des navires de pêche.</p>
        <p>À jeudi !</p>
        <p>Gaëlle Rivoal<br>Talent Acquisition – Armorik Data<br>
        <a href="mailto:gaelle.rivoal@armorik-data.bzh">gaelle.rivoal@armorik-data.bzh</a></p>
        <hr><p style="font-size:12px;color:#888">Armorik Data · Rennes · Vous recevez cet e-mail suite à votre candidature sur career.armorik-data.bzh</p>
        </div>
        """)
    return message([
        rcv("mx-out-3.teamtailor-mail.com", "2026-10-01 17:40:22", PARIS, "Tt4n0Qq8"),
        ("From", addr("Armorik Data", "notifications@armorik-data.teamtailor-mail.com")),
        ("Reply-To", "reply+c9e41f07a2@armorik-data.teamtailor-mail.com"),
        ("To", ME),
        ("Subject", enc("Entretien confirmé – Armorik Data")),
        ("Date", date("2026-10-01 17:40:19", PARIS)),
        ("Message-ID", "<b71e3c0a-44d2-4c5b-9f0e-2a6d1e8c3f97@armorik-data.teamtailor-mail.com>"),
    ], alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled", company="Penhoët Numérique",
      start=utc("2026-09-29 11:00", PARIS), contact="erwan.lebihan@penhoet-numerique.fr",
      local="Tue 2026-09-29 11:00", zone=PARIS, days=(("Wed", "2026-09-23"),),
      note="Hiring manager's tu-form reply 'on se voit mardi prochain à 11h' sent Wed 23 Sep -> Tue 29 Sep "
           "11:00 CEST = 09:00Z; 'compte 1h30 environ' is approximate, so no end. Contact = the sender.")
def m05() -> bytes:
    body = t("""
        Salut Maëlle,

        Super, merci pour ton retour rapide. Du coup on se voit mardi prochain à 11h chez nous à
        Saint-Nazaire, bâtiment B (celui avec la grue peinte en bleu, tu ne peux pas le rater). Demande
        Erwan à l'accueil, je descends te chercher.

        Au programme : on discute de ton parcours, puis je te montre la chaîne de traitement des essais
        en mer et on finit avec Servane qui gère l'infra. Compte 1h30 environ.

        Si jamais tu as un souci de train, mon portable : 06 71 42 88 13.

        A mardi,
        Erwan

        --
        Erwan Le Bihan
        Responsable pôle Données d'essais – Penhoët Numérique

        Le mer. 23 sept. 2026 à 09:58, Maëlle Le Goff <maelle.legoff@example.org> a écrit :
        > Bonjour Erwan,
        >
        > Merci pour cet échange hier au téléphone. Je suis disponible mardi ou mercredi de la semaine
        > prochaine, plutôt en fin de matinée si possible.
        >
        > Bonne journée,
        > Maëlle
        """)
    return message([
        rcv("mail-wr1-f54.google.com", "2026-09-23 12:47:31", PARIS, "q9Kd0sZe"),
        ("From", addr("Erwan Le Bihan", "erwan.lebihan@penhoet-numerique.fr")),
        ("To", ME),
        ("Subject", "Re: Candidature Data Engineer - Saint-Nazaire"),
        ("Date", date("2026-09-23 12:47:28", PARIS)),
        ("Message-ID", "<CAFm7p0Hq2kLr9Xw8n1aVt+Y3uZ=c5d0pQe4bMJ@mail.gmail.com>"),
        ("In-Reply-To", "<CAB4x7LyD0pPq9Ue3Wv1kz2N6fHsTgR8m=Q@mail.gmail.com>"),
        ("References", "<CAB4x7LyD0pPq9Ue3Wv1kz2N6fHsTgR8m=Q@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(6), family="exchange", lang="fr", interview=True, kind="scheduled", company="Iroise Naval Systems",
      start=utc("2026-10-14 10:00", PARIS), end=utc("2026-10-14 11:00", PARIS),
      contact="gwenaelle.kerjean@iroise-naval.fr", local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00",
      zone=PARIS,
      note="Exchange meeting request from the recruiter; the time is only in the ICS (DTSTART;TZID=Romance "
           "Standard Time:20261014T100000, Paris, CEST) -> 08:00-09:00Z. Body is the note plus Teams boilerplate.")
def m06() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Comme convenu au téléphone, voici l'invitation pour l'entretien technique avec l'équipe Systèmes
        de combat – Data. Vous pourrez le faire depuis Nantes, il se tiendra sur Teams.

        Bien cordialement,
        Gwenaëlle Kerjean
        Chargée de recrutement – Iroise Naval Systems, Brest

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTY4YjItYzE0Ni00OTNhLWE2ZWMtODdjYzQ1ZDQ5ZWFh%40thread.v2/0>
        ID de la réunion : 374 552 190 118
        Code secret : Zq7mN2
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Maëlle,</p>
        <p class="MsoNormal">Comme convenu au téléphone, voici l’invitation pour l’entretien technique avec l’équipe Systèmes
        de combat – Data. Vous pourrez le faire depuis Nantes, il se tiendra sur Teams.</p>
        <p class="MsoNormal">Bien cordialement,<br>Gwenaëlle Kerjean<br>Chargée de recrutement – Iroise Naval Systems, Brest</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">__________________________</div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTY4YjItYzE0Ni00OTNhLWE2ZWMtODdjYzQ1ZDQ5ZWFh%40thread.v2/0">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 374 552 190 118<br>Code secret : Zq7mN2</div>
        </div></body></html>
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """, ROMANCE, """
        BEGIN:VEVENT
        ORGANIZER;CN=Gwenaëlle Kerjean:mailto:gwenaelle.kerjean@iroise-naval.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maëlle Le Goff:mailto:maelle.legoff@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yves Cadiou:mailto:yves.cadiou@iroise-naval.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maëlle,\\n\\nComme convenu au téléphone, voici l'invitation pour l'entretien technique avec l'équipe Systèmes de combat – Data.\\n
        UID:040000008200E00074C5B7101A82E0080000000080B36E12A554DD01000000000000000010000000C3F5A1E2D7B84E4AA1C0F09E
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Data Engineer (Maëlle Le Goff)
        DTSTART;TZID=Romance Standard Time:20261014T100000
        DTEND;TZID=Romance Standard Time:20261014T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T142000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120987445
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTY4YjItYzE0Ni00OTNhLWE2ZWMtODdjYzQ1ZDQ5ZWFh%40thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """)
    return message([
        rcv("EUR03-AM5-obe.outbound.protection.outlook.com", "2026-10-05 16:20:14", PARIS, "Ex5r2Lm0", lag=2),
        ("From", addr("Gwenaëlle Kerjean", "gwenaelle.kerjean@iroise-naval.fr")),
        ("To", ME),
        ("CC", addr("Yves Cadiou", "yves.cadiou@iroise-naval.fr")),
        ("Subject", enc("Entretien technique – Data Engineer (Maëlle Le Goff)")),
        ("Thread-Topic", enc("Entretien technique – Data Engineer (Maëlle Le Goff)")),
        ("Thread-Index", "AdtX3q9fJ0m2YkQ8S1e6wq4sVbC9uA=="),
        ("Date", "Mon, 5 Oct 2026 14:20:12 +0000"),
        ("Message-ID", "<PR3P192MB0714C2A6F3E1D94B8A0E7C21B5D02@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
           calendar(ics, cte="base64")))


@mail(n(7), family="google_calendar", lang="en", interview=True, kind="scheduled", company="Skerry Labs",
      start=utc("2026-10-26 09:30", PARIS), end=utc("2026-10-26 10:15", PARIS),
      contact="nina.kowalski@skerrylabs.io", local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15",
      zone=PARIS,
      note="Google Calendar invitation sent Wed 21 Oct (CEST) for Mon 26 Oct 9:30am-10:15am Central European "
           "Time - Paris: the day after Europe leaves summer time, so CET (UTC+1) -> 08:30-09:15Z (the note's "
           "'8:30 in Dublin' agrees). Contact = the human ORGANIZER / Reply-To.")
def m07() -> bytes:
    body = t("""
        You have been invited to the following event.

        Skerry Labs – Technical interview (Maëlle Le Goff)
        When: Monday Oct 26, 2026 9:30am – 10:15am (Central European Time - Paris)

        Joining info: Join with Google Meet
        https://meet.google.com/kzu-rmbe-wvx

        Calendar: maelle.legoff@example.org
        Who:
            * nina.kowalski@skerrylabs.io - organizer
            * tomas.brennan@skerrylabs.io
            * maelle.legoff@example.org

        Hi Maëlle, this is the 45-minute technical session with me and Tomás: a look at the AIS
        ingestion exercise you sent, then questions both ways. The clocks change on Sunday, so this is
        8:30 for us in Dublin and 9:30 for you. Talk Monday! Nina

        Going (maelle.legoff@example.org)?   Yes - https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Zr&rst=1
        Maybe - https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Zr&rst=3
        No - https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Zr&rst=2

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Nina Kowalski"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Skerry Labs – Technical interview (Maëlle Le Goff)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Monday Oct 26, 2026 ⋅ 9:30am – 10:15am (Central European Time - Paris)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/kzu-rmbe-wvx">meet.google.com/kzu-rmbe-wvx</a></td></tr>
        <tr><td style="color:#70757a">Who</td><td>nina.kowalski@skerrylabs.io – organizer<br>tomas.brennan@skerrylabs.io<br>maelle.legoff@example.org</td></tr></table>
        <p>Hi Maëlle, this is the 45-minute technical session with me and Tomás: a look at the AIS
        ingestion exercise you sent, then questions both ways. The clocks change on Sunday, so this is
        8:30 for us in Dublin and 9:30 for you. Talk Monday! Nina</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """, VTZ["Europe/Paris"], """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T093000
        DTEND;TZID=Europe/Paris:20261026T101500
        DTSTAMP:20261021T090344Z
        ORGANIZER;CN=Nina Kowalski:mailto:nina.kowalski@skerrylabs.io
        UID:5p0q3fk2m8v1c7hbo6t4r9s2ad@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=nina.kowalski@skerrylabs.io;X-NUM-GUESTS=0:mailto:nina.kowalski@skerrylabs.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.brennan@skerrylabs.io;X-NUM-GUESTS=0:mailto:tomas.brennan@skerrylabs.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maelle.legoff@example.org;X-NUM-GUESTS=0:mailto:maelle.legoff@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kzu-rmbe-wvx
        CREATED:20261021T090342Z
        DESCRIPTION:Hi Maëlle\\, this is the 45-minute technical session with me and Tomás.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/kzu-rmbe-wvx
        LAST-MODIFIED:20261021T090343Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Skerry Labs – Technical interview (Maëlle Le Goff)
        TRANSP:OPAQUE
        END:VEVENT
        """)
    return message([
        rcv("mail-sor-f73.google.com", "2026-10-21 10:03:45", "Europe/Dublin", "Gc1x8Bv4"),
        ("From", addr("Nina Kowalski", "nina.kowalski@skerrylabs.io")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "nina.kowalski@skerrylabs.io"),
        ("To", ME),
        ("Subject", enc("Invitation: Skerry Labs – Technical interview (Maëlle Le Goff) @ Mon Oct 26, 2026 "
                        "9:30am - 10:15am (CET) (maelle.legoff@example.org)")),
        ("Date", date("2026-10-21 10:03:44", "Europe/Dublin")),
        ("Message-ID", "<calendar-7c2f9a1e-3b84-4d0c-9e51-0a6f2d8b4c17@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled", company="Bluewake Analytics",
      start=utc("2026-10-28 15:00", PARIS), end=utc("2026-10-28 15:45", PARIS),
      contact="daniel.reyes@bluewake.io", local="Wed 2026-10-28 15:00", local_end="2026-10-28 15:45",
      zone=PARIS,
      note="Calendly invitee confirmation: 3:00pm - 3:45pm (Central European Time), Wed 28 Oct. Europe is on "
           "CET since 25 Oct while New York keeps EDT until 1 Nov, so 14:00-14:45Z (= 10:00 EDT, as the host "
           "writes). ICS in UTC agrees. Contact = the host's Reply-To.")
def m08() -> bytes:
    body = t("""
        Hi Maëlle Le Goff,

        Your 45 Minute Interview with Daniel Reyes at 3:00pm (Central European Time) on Wednesday,
        October 28, 2026 is scheduled.

        Event Type:
        45 Minute Interview – Data Engineer, Maritime Analytics

        Event Date/Time:
        3:00pm - 3:45pm (Central European Time), Wednesday, October 28, 2026

        Location:
        This is a Zoom web conference.
        https://bluewake.zoom.us/j/92011475530?pwd=bW9kYXRhLTI4

        Description:
        Hi! I'm in New York, so this is 10:00am for me. Europe has already changed clocks and we only do
        next Sunday, so the usual six-hour gap is five hours this week. - Dan

        Questions:
        Anything you'd like us to know before the call?
        I'll share my screen for the vessel-track dedup notebook if that's useful.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f1c2e4a-77b0-4f3a-9d2c-5e0b61a9c3d4
        Reschedule: https://calendly.com/reschedulings/8f1c2e4a-77b0-4f3a-9d2c-5e0b61a9c3d4

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Invite//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8f1c2e4a-77b0-4f3a-9d2c-5e0b61a9c3d4@calendly.com
        DTSTAMP:20261022T171410Z
        DTSTART:20261028T140000Z
        DTEND:20261028T144500Z
        SUMMARY:45 Minute Interview between Daniel Reyes and Maëlle Le Goff
        ORGANIZER;CN=Daniel Reyes:mailto:daniel.reyes@bluewake.io
        ATTENDEE;CN=Maëlle Le Goff;PARTSTAT=ACCEPTED:mailto:maelle.legoff@example.org
        LOCATION:https://bluewake.zoom.us/j/92011475530?pwd=bW9kYXRhLTI4
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o1.email.calendly.com", "2026-10-22 17:14:12", "UTC", "CyQ4p2s7"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Daniel Reyes", "daniel.reyes@bluewake.io")),
        ("To", ME),
        ("Subject", "Confirmed: 45 Minute Interview with Daniel Reyes on Wednesday, October 28, 2026"),
        ("Date", date("2026-10-22 17:14:10", "UTC")),
        ("Message-ID", "<Fq3sR0aMTe2kPz9L7yJxVw@geopod-ismtpd-4>"),
        ("X-SG-EID", "u001.Zt3x9aVh2Kq0"),
    ], mixed(text(body), calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                                  name_param=True, cte="base64")))


@mail(n(9), family="microsoft_bookings", lang="fr-BE", interview=True, kind="scheduled", company="Meridia Ports",
      start=utc("2026-10-06 10:30", "Europe/Brussels"), end=utc("2026-10-06 11:15", "Europe/Brussels"),
      contact=None, local="Tue 2026-10-06 10:30", local_end="2026-10-06 11:15", zone="Europe/Brussels",
      note="Microsoft Bookings (Brussels): 'mardi 6 octobre 2026 10:30 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris'. The label shows the standard offset but October 6 is summer time (CEST), so "
           "08:30Z; 45 minutes -> 09:15Z. ICS (Romance Standard Time) agrees. Only a Bookings mailbox and a "
           "staff name, no personal address -> contact null.")
def m09() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="width:560px;margin:0 auto">
        <h1 style="font-size:22px;font-weight:600">Votre rendez-vous est confirmé</h1>
        <p>Bonjour Maëlle Le Goff,</p>
        <p>Merci d'avoir réservé un entretien avec Meridia Ports. Nous vous attendons à la date indiquée ci-dessous.</p>
        <table cellpadding="6" style="border-top:1px solid #edebe9">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement – Data Engineer (Port de Bruxelles)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>mardi 6 octobre 2026 10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Durée</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Membre du personnel</td><td>Hélène Dewitte</td></tr>
        <tr><td style="color:#605e5c">Adresse</td><td>Meridia Ports, Quai des Péniches 52, 1000 Bruxelles</td></tr>
        </table>
        <p>Veuillez vous présenter à l'accueil du rez-de-chaussée quelques minutes avant l'heure prévue. Le parking visiteurs est au niveau moins un.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementMeridia@meridia-ports.be/bookings/s/manage">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Meridia Ports SA – Recrutement<br>Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """, ROMANCE, """
        BEGIN:VEVENT
        ORGANIZER;CN=Meridia Ports – Recrutement:mailto:RecrutementMeridia@meridia-ports.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maëlle Le Goff:mailto:maelle.legoff@example.org
        SUMMARY;LANGUAGE=fr-BE:Entretien de recrutement – Data Engineer (Port de Bruxelles)
        DTSTART;TZID=Romance Standard Time:20261006T103000
        DTEND;TZID=Romance Standard Time:20261006T111500
        UID:040000008200E00074C5B7101A82E00800000000B0C8F2A19F4EDD010000000000000000100000009A1D2E4F
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T122200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:Meridia Ports, Quai des Péniches 52, 1000 Bruxelles
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """)
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "2026-10-02 14:22:31", "Europe/Brussels", "Bk7a0Qz3"),
        ("From", addr("Meridia Ports – Recrutement", "RecrutementMeridia@meridia-ports.be")),
        ("To", ME),
        ("Subject", enc("Réservation confirmée : Entretien de recrutement – Data Engineer (Port de Bruxelles)")),
        ("Date", "Fri, 2 Oct 2026 12:22:29 +0000"),
        ("Message-ID", "<AM9PR01MB7218E2F4C0A9B13D7E5C88A1D4F12@AM9PR01MB7218.eurprd01.prod.exchangelabs.com>"),
        ("Content-Language", "fr-BE"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics", name_param=True)))


@mail(n(10), family="workday", lang="fr", interview=True, kind="scheduled", company="Groupe Nautilia",
      start=utc("2026-11-12 09:30", PARIS), end=utc("2026-11-12 10:30", PARIS),
      contact="ines.haddad@nautilia-group.com", local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:30",
      zone=PARIS,
      note="Workday (HTML only, base64): 'jeudi 12 novembre 2026 de 09:30 à 10:30 (heure de Paris)', CET -> "
           "08:30-09:30Z. Sender is the tenant's myworkday.com address; contact = the recruiter named with her "
           "address in the body.")
def m10() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b2e59;padding:14px">
        <span style="color:#fff;font-size:18px">Groupe Nautilia – Carrières</span></td></tr>
        <tr><td style="padding:18px">
        <p>Bonjour Maëlle,</p>
        <p>Suite à votre candidature pour le poste <b>Data Engineer Senior – Systèmes de navigation (R-24817)</b>,
        nous avons le plaisir de vous confirmer votre entretien :</p>
        <ul>
        <li>Date : jeudi 12 novembre 2026</li>
        <li>Horaire : de 09:30 à 10:30 (heure de Paris)</li>
        <li>Format : visioconférence Microsoft Teams (le lien vous sera envoyé par votre interlocutrice)</li>
        <li>Interlocuteurs : Inès Haddad, Talent Acquisition Partner, et Bruno Lefeuvre, Directeur Data</li>
        </ul>
        <p>Pour toute question, contactez Inès Haddad : ines.haddad@nautilia-group.com</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/recruiting/nautilia/Nautilia_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition<br>Groupe Nautilia</p>
        </td></tr></table>
        <p style="font-size:10px;color:#777;text-align:center">Ceci est un message automatique. Merci de ne pas répondre à cet e-mail.</p>
        </body></html>
        """)
    return message([
        rcv("smtp-out-eu.myworkday.com", "2026-11-03 10:41:08", PARIS, "Wd9k2Lp1"),
        ("From", addr("Groupe Nautilia", "nautilia@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Groupe Nautilia – Confirmation de votre entretien (R-24817)")),
        ("Date", date("2026-11-03 10:41:05", PARIS)),
        ("Message-ID", "<1583920471.88231.1793612465112@wd3-prod-ntf-12.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(n(11), family="smartrecruiters", lang="fr", interview=True, kind="scheduled", company="Cap Horn Logiciels",
      start=utc("2026-11-16 16:00", PARIS), end=utc("2026-11-16 17:00", PARIS),
      contact="lucie.bernard@caphorn-logiciels.fr", local="Mon 2026-11-16 16:00", local_end="2026-11-16 17:00",
      zone=PARIS,
      note="SmartRecruiters: 'lun. 16 nov. 2026, 16:00 - 17:00 (CET)' -> 15:00-16:00Z; ICS (TZID Europe/Paris) "
           "agrees. Contact = the recruiter's Reply-To, From is SmartRecruiters' no-reply.")
def m11() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Votre entretien pour le poste de Data Engineer - Logiciels embarqués (Nantes) est planifié.

        Quand : lun. 16 nov. 2026, 16:00 - 17:00 (CET)
        Où : Cap Horn Logiciels, 9 rue de la Tour d'Auvergne, 44200 Nantes - 1er étage
        Avec : Lucie Bernard (Recrutement), Arnaud Joubert (CTO)

        Une invitation d'agenda est jointe à ce message.

        Si vous avez un empêchement, répondez simplement à cet e-mail.

        Cordialement,
        Lucie Bernard
        Cap Horn Logiciels

        ------------------------------------------------------------
        Envoyé via SmartRecruiters · Politique de confidentialité : https://www.smartrecruiters.com/privacy-policy/
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """, VTZ["Europe/Paris"], """
        BEGIN:VEVENT
        UID:sr-int-6f0a2c91-1d7e-4b8a-a3f5-92e0c4b17d66
        DTSTAMP:20261112T081800Z
        DTSTART;TZID=Europe/Paris:20261116T160000
        DTEND;TZID=Europe/Paris:20261116T170000
        SUMMARY:Entretien - Data Engineer – Logiciels embarqués - Cap Horn Logiciels
        LOCATION:9 rue de la Tour d'Auvergne\\, 44200 Nantes
        ORGANIZER;CN=Lucie Bernard:mailto:lucie.bernard@caphorn-logiciels.fr
        ATTENDEE;CN=Maëlle Le Goff;RSVP=TRUE:mailto:maelle.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message([
        rcv("mta-eu1.smartrecruiters.com", "2026-11-12 09:18:03", PARIS, "Sr2b8Nx0"),
        ("From", addr("Cap Horn Logiciels", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Lucie Bernard", "lucie.bernard@caphorn-logiciels.fr")),
        ("To", ME),
        ("Subject", enc("Entretien planifié – Data Engineer – Logiciels embarqués (Nantes)")),
        ("Date", date("2026-11-12 09:18:00", PARIS)),
        ("Message-ID", "<sr.5e21c0d7a94f.1789204680@smartrecruiters.com>"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment", name_param=True)))


@mail(n(12), family="recruitee", lang="fr", interview=True, kind="scheduled", company="Keroual Océan",
      start=utc("2026-11-18 10:00", PARIS), contact="anne.quere@keroual-ocean.fr",
      local="Wed 2026-11-18 10:00", zone=PARIS,
      note="Forward to self (example.net -> example.org) of a Recruitee confirmation attached as message/rfc822: "
           "'mercredi 18 novembre 2026 à 10h00' in Brest, CET -> 09:00Z, no length. Never the candidate; "
           "contact = the recruiter's Reply-To in the attached message.")
def m12() -> bytes:
    inner_body = t("""
        Bonjour Maëlle,

        Nous avons le plaisir de vous inviter à un entretien pour le poste « Ingénieure Données -
        Observation océanographique ».

        Votre entretien est confirmé le mercredi 18 novembre 2026 à 10h00, dans nos locaux :
        Keroual Océan, Technopôle Brest-Iroise, 215 rue Louis de Broglie, 29280 Plouzané.

        Vous rencontrerez Anne Quéré (RH) et Goulven Tanguy (chef de projet flotteurs profileurs).
        Pensez à apporter un exemple de code ou de notebook que vous aimeriez présenter.

        Pour toute question, répondez à cet e-mail.

        Bien à vous,
        Anne Quéré
        Keroual Océan
        """)
    inner = message([
        ("From", addr("Keroual Océan", "keroualocean@notifications.recruitee.com", "iso-8859-15")),
        ("Reply-To", addr("Anne Quéré", "anne.quere@keroual-ocean.fr", "iso-8859-15")),
        ("To", addr("Maëlle Le Goff", "maelle.legoff@example.net")),
        ("Subject", enc("Invitation à un entretien – Keroual Océan")),
        ("Date", date("2026-11-09 15:02:44", PARIS)),
        ("Message-ID", "<6731a4e2c0f5b_1f2c3a9d8@recruitee-mailer-5b7f.mail>"),
    ], text(inner_body, charset="iso-8859-15"))
    note = t("""
        à garder dans la boîte pro (j'avais postulé avec l'adresse perso)

        """)
    return message([
        rcv("smtp.example.net", "2026-11-09 21:05:30", PARIS, "Fw0s3Ka9"),
        ("From", addr("Maëlle Le Goff", "maelle.legoff@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Invitation à un entretien – Keroual Océan")),
        ("Date", date("2026-11-09 21:05:27", PARIS)),
        ("Message-ID", "<3e9b7f21-0c5a-4d82-8f11-7a2c6e0d9b43@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, "Invitation a un entretien.eml")))


@mail(n(13), family="human_prose", lang="fr", interview=True, kind="scheduled", company="Sonarys",
      start=utc("2026-11-23 09:30", PARIS), contact="y.pellen@sonarys.fr",
      local="Mon 2026-11-23 09:30", zone=PARIS,
      note="Phone-written reply sent Fri 20 Nov evening: 'Ok pour lundi 9h30 en visio' -> Mon 23 Nov 09:30 CET "
           "= 08:30Z, no length. Contact = the sender (the quoted mail is the candidate's).")
def m13() -> bytes:
    body = t("""
        Ok pour lundi 9h30 en visio, je t envoie le lien teams lundi matin. Bon week end

        Yannick

        Envoyé de mon iPhone

        > Le 20 nov. 2026 à 18:31, Maëlle Le Goff <maelle.legoff@example.org> a écrit :
        >
        > Bonsoir Yannick,
        > Merci pour votre message. Pour le point avec l'équipe acoustique, je peux lundi matin ou
        > mardi après 14h. Dites-moi ce qui vous arrange.
        > Bonne soirée,
        > Maëlle
        """)
    return message([
        rcv("mail-eopbgr80071.outbound.protection.outlook.com", "2026-11-20 19:10:51", PARIS, "Ip6h1Zc2"),
        ("From", addr("Yannick Pellen", "y.pellen@sonarys.fr")),
        ("To", ME),
        ("Subject", "Re: Poste Data Engineer Acoustique - Sonarys"),
        ("Date", date("2026-11-20 19:10:48", PARIS)),
        ("Message-ID", "<A7C3F1E2-9B04-4D6E-8A15-2F0C7E93B1D4@sonarys.fr>"),
        ("In-Reply-To", "<5f2a8c17-3d9e-4b60-a1c4-7e0d2b6f9a38@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, params="format=flowed; delsp=yes"))


@mail(n(14), family="human_prose", lang="fr-BE", interview=True, kind="scheduled", company="Zénobe Analytics",
      start=utc("2026-12-03 10:00", "Europe/Brussels"), end=utc("2026-12-03 11:30", "Europe/Brussels"),
      contact="ml.vandeputte@zenobe-analytics.be", local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:30",
      zone="Europe/Brussels", days=(("Thu", "2026-12-03"),),
      note="Belgian French prose from Brussels, sent Fri 27 Nov: 'notre rendez-vous le 3 à 10h' = Thu 3 Dec "
           "10:00 CET -> 09:00Z; 'durera nonante minutes' is an exact length -> 10:30Z. Contact = the sender.")
def m14() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Suite à notre conversation de ce matin, je vous confirme notre rendez-vous le 3 à 10h dans nos
        bureaux, avenue de Tervueren 74 à Etterbeek (quatrième étage, sonnez à « Zénobe »).

        L’entretien durera nonante minutes : vous nous présenterez d’abord votre cas pratique sur les
        données de dragage (une vingtaine de minutes), puis nous échangerons avec Pieter et moi.

        Nous vous remboursons le train depuis Nantes sur présentation des billets (jusqu’à septante
        euros, comme convenu). En cas de souci le jour même, mon GSM : +32 475 61 28 90.

        Au plaisir de vous rencontrer,

        Marie-Laure Vandeputte
        Responsable Recrutement | Zénobe Analytics
        Avenue de Tervueren 74 – 1040 Bruxelles
        """)
    return message([
        rcv("mail-be1.zenobe-analytics.be", "2026-11-27 16:35:20", "Europe/Brussels", "Zb3q9Lr6"),
        ("From", addr("Marie-Laure Vandeputte", "ml.vandeputte@zenobe-analytics.be")),
        ("To", ME),
        ("Subject", "Confirmation de notre rendez-vous - poste Data Engineer"),
        ("Date", date("2026-11-27 16:35:17", "Europe/Brussels")),
        ("Message-ID", "<DB9PR08MB6620A1C4F7E2B53D9C8F0E1A8B23@DB9PR08MB6620.eurprd08.prod.outlook.com>"),
        ("Content-Language", "fr-BE"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled", company="Saaristo Maritime",
      start=utc("2026-12-10 10:00", "Europe/Helsinki"), contact="eero.lindqvist@saaristo-maritime.fi",
      local="Thu 2026-12-10 10:00", zone="Europe/Helsinki",
      note="Hiring manager in Helsinki with a pasted Zoom invitation: 'Dec 10, 2026 10:00 AM Helsinki' (EET, "
           "UTC+2) -> 08:00Z, also written as 9:00 in Nantes. 'about an hour' -> no end. Contact = the sender.")
def m15() -> bytes:
    body = t("""
        Hi Maëlle,

        Great talking to you last week. As promised, here is the invite for the technical round with
        me and Aino. We'll go through the ice-routing data pipeline case; plan for about an hour.

        Thursday, December 10 at 10:00 AM Helsinki time (9:00 for you in Nantes).

        Eero Lindqvist is inviting you to a scheduled Zoom meeting.

        Topic: Saaristo Maritime - Data Engineer interview (M. Le Goff)
        Time: Dec 10, 2026 10:00 AM Helsinki

        Join Zoom Meeting
        https://saaristo.zoom.us/j/81736290415?pwd=c2FhcmlzdG8tTUxH

        Meeting ID: 817 3629 0415
        Passcode: 552170

        ---

        One tap mobile
        +358341092129,,81736290415#,,,,*552170# Finland

        Best regards,
        Eero

        Eero Lindqvist
        Head of Data Engineering, Saaristo Maritime Oy
        eero.lindqvist@saaristo-maritime.fi | +358 40 716 2234
        """)
    return message([
        rcv("mail-eu-north.saaristo-maritime.fi", "2026-11-30 13:22:09", "Europe/Helsinki", "Sm8e1Yt4"),
        ("From", addr("Eero Lindqvist", "eero.lindqvist@saaristo-maritime.fi")),
        ("To", ME),
        ("Subject", "Interview Dec 10 - Saaristo Maritime"),
        ("Date", date("2026-11-30 13:22:06", "Europe/Helsinki")),
        ("Message-ID", "<HE1PR07MB4219F0E1B2C3D4A5E6F708192A3B@HE1PR07MB4219.eurprd07.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(16), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      company="Loire Digital Maritime", start=utc("2026-12-04 14:30", PARIS),
      contact="solenn.guillou@ldm-nantes.fr", local="Fri 2026-12-04 14:30", zone=PARIS,
      note="Google Calendar (French) all-day event on ven. 4 déc. 2026; the time is only in the title and "
           "description ('RDV à 14h30 à l'accueil') -> CET, 13:30Z; 'environ une heure' -> no end. Contact = "
           "the human organizer.")
def m16() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Maëlle Le Goff – 14h30 sur place
        Quand : vendredi 4 déc. 2026

        Agenda : maelle.legoff@example.org
        Participants :
            * solenn.guillou@ldm-nantes.fr - organisateur
            * loic.perrin@ldm-nantes.fr
            * maelle.legoff@example.org

        RDV à 14h30 à l'accueil (5 quai François Mitterrand, Nantes). Entretien avec moi et Loïc,
        environ une heure. J'ai mis l'événement sur la journée, c'est plus simple pour bloquer la salle.
        Solenn

        Participer (maelle.legoff@example.org) ?   Oui - https://calendar.google.com/calendar/event?action=RESPOND&eid=Q2x3&rst=1
        Peut-être - https://calendar.google.com/calendar/event?action=RESPOND&eid=Q2x3&rst=3
        Non - https://calendar.google.com/calendar/event?action=RESPOND&eid=Q2x3&rst=2

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        DTSTAMP:20261125T091512Z
        ORGANIZER;CN=Solenn Guillou:mailto:solenn.guillou@ldm-nantes.fr
        UID:0c7kq2v9s1a4e8m3t6b5r0p2dj@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maelle.legoff@example.org;X-NUM-GUESTS=0:mailto:maelle.legoff@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=loic.perrin@ldm-nantes.fr;X-NUM-GUESTS=0:mailto:loic.perrin@ldm-nantes.fr
        DESCRIPTION:RDV à 14h30 à l'accueil (5 quai François Mitterrand\\, Nantes). Entretien avec moi et Loïc\\, environ une heure.
        LOCATION:Loire Digital Maritime\\, 5 quai François Mitterrand\\, 44200 Nantes
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Maëlle Le Goff – 14h30 sur place
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f69.google.com", "2026-11-25 10:15:14", PARIS, "Gf2n7Wc5"),
        ("From", addr("Solenn Guillou", "solenn.guillou@ldm-nantes.fr")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "solenn.guillou@ldm-nantes.fr"),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien Maëlle Le Goff – 14h30 sur place @ ven. 4 déc. 2026 "
                        "(maelle.legoff@example.org)")),
        ("Date", date("2026-11-25 10:15:12", PARIS)),
        ("Message-ID", "<calendar-2a91e7c4-5b3f-4e08-b6d2-9c0f1a8e7d35@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled", company="Seaforth Subsea",
      start=utc("2026-10-27 13:00", "Europe/London"), end=utc("2026-10-27 14:00", "Europe/London"),
      contact="fiona.mackay@seaforthsubsea.co.uk", local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:00",
      zone="Europe/London", days=(("Wed", "2026-10-21"),),
      note="GoodTime reschedule from Aberdeen, old 'Wednesday, October 21, 2:00 PM - 3:00 PM BST', new "
           "'Tuesday, October 27, 2026, 1:00 PM - 2:00 PM GMT' (UK back on GMT since 25 Oct) -> 13:00-14:00Z "
           "(2-3 PM CET for the candidate). ICS in UTC, SEQUENCE 1. Contact = coordinator's Reply-To.")
def m17() -> bytes:
    body = t("""
        Hi Maëlle,

        Your interview with Seaforth Subsea has been rescheduled. Please see the updated details below.

        PREVIOUSLY
        Wednesday, October 21, 2026, 2:00 PM - 3:00 PM BST

        NEW TIME
        Tuesday, October 27, 2026, 1:00 PM - 2:00 PM GMT
        (2:00 PM - 3:00 PM CET in your time zone)

        Interview: Data Engineer - Subsea Inspection Analytics, panel interview
        Interviewers: Callum Reid, Dr. Shona Fraser
        Location: Microsoft Teams (link in the calendar invite)

        Apologies for the change - Callum is offshore on the 21st. If the new time does not work,
        reply to this message and I'll find another slot.

        Kind regards,
        Fiona Mackay
        Recruiting Coordinator, Seaforth Subsea

        Sent via GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-9a41c7e0-22b5-4f3d-8c6e-b1d0f7a39e52@goodtime.io
        DTSTAMP:20261019T084012Z
        DTSTART:20261027T130000Z
        DTEND:20261027T140000Z
        SUMMARY:Seaforth Subsea - Panel interview (Maëlle Le Goff)
        ORGANIZER;CN=Fiona Mackay:mailto:fiona.mackay@seaforthsubsea.co.uk
        ATTENDEE;CN=Maëlle Le Goff;RSVP=TRUE:mailto:maelle.legoff@example.org
        LOCATION:Microsoft Teams Meeting
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.goodtime.io", "2026-10-19 09:40:15", "Europe/London", "Gt3v0Xe1"),
        ("From", addr("Seaforth Subsea Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Fiona Mackay", "fiona.mackay@seaforthsubsea.co.uk")),
        ("To", ME),
        ("Subject", "Updated: Your interview with Seaforth Subsea has been rescheduled"),
        ("Date", date("2026-10-19 09:40:12", "Europe/London")),
        ("Message-ID", "<0102019a0b2c7e31-gt-resched-4f1d@eu-west-1.amazonses.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled", company="Estuaire Analytics",
      start=utc("2026-11-05 14:00", PARIS), contact="hugo.rialland@estuaire-analytics.fr",
      local="Thu 2026-11-05 14:00", zone=PARIS, days=(("Wed", "2026-11-04"),),
      note="Recruiter (vous) confirms a move agreed by phone: 'jeudi 5 novembre à 14 h (au lieu du mercredi 4 "
           "à 10 h)' -> CET, 13:00Z; old time stated too. Same thread as the earlier proposal mail (negative). "
           "Contact = the sender.")
def m18() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Comme convenu au téléphone tout à l'heure, je vous confirme le décalage de notre entretien : il
        aura lieu le jeudi 5 novembre à 14 h, au lieu du mercredi 4 à 10 h. Notre directeur technique,
        Benoît Guérin, sera bien présent cette fois.

        L'adresse ne change pas : 11 quai de Versailles, 44000 Nantes, 3e étage. Je viendrai vous
        chercher à l'accueil.

        Avec toutes nos excuses pour ce contretemps,

        Hugo Rialland
        Chargé de recrutement
        Estuaire Analytics
        02 40 71 38 55

        -----Message d'origine-----
        De : Hugo Rialland <hugo.rialland@estuaire-analytics.fr>
        Envoyé : lundi 26 octobre 2026 16:12
        À : Maëlle Le Goff <maelle.legoff@example.org>
        Objet : Entretien - Data Engineer Flotte connectée

        Bonjour Madame Le Goff,
        Votre profil a retenu notre attention. Est-ce que mercredi 4 novembre à 10 h vous conviendrait
        pour un premier entretien ? Sinon, le jeudi 5 dans l'après-midi.
        """)
    return message([
        rcv("mail-out.estuaire-analytics.fr", "2026-10-30 11:05:41", PARIS, "Ea8u2Gs7"),
        ("From", addr("Hugo Rialland", "hugo.rialland@estuaire-analytics.fr")),
        ("To", ME),
        ("Subject", enc("RE: Entretien - Data Engineer Flotte connectée")),
        ("Date", date("2026-10-30 11:05:38", PARIS)),
        ("Message-ID", "<2b7e0c14d9a34f8e8a51c6d2e0f97b13@estuaire-analytics.fr>"),
        ("In-Reply-To", "<9c4f1e2a7b0d4d3c8e6a5f1b2c3d4e5f@estuaire-analytics.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(n(19), family="workable", lang="en", interview=True, kind="rescheduled", company="Kōwhai Marine Tech",
      start=utc("2026-12-09 09:00", "Pacific/Auckland"), end=utc("2026-12-09 09:30", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaimarine.co.nz", local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:30",
      zone="Pacific/Auckland", days=(("Thu", "2026-12-10"), ("Tue", "2026-12-08")),
      note="Workable reschedule from Auckland: new 'Wednesday 9 December, 9:00 AM NZDT' (UTC+13) = Tue 8 Dec "
           "20:00Z, the previous day in UTC (21:00 in Paris, as written); 30 minutes -> 20:30Z. Old slot Thu 10 "
           "Dec 8:00 AM. ICS TZID Pacific/Auckland agrees. Reply-To is a Workable relay; contact = the address "
           "in the signature.")
def m19() -> bytes:
    body = t("""
        Kia ora Maëlle,

        Our Head of Engineering has to travel to Wellington on the 10th, so we've moved your
        interview for the Remote Data Engineer (Ocean Sensors) role.

        New time: Wednesday 9 December, 9:00 AM NZDT (30 minutes)
        For you in Nantes that is Tuesday 8 December, 9:00 PM.
        Previous time: Thursday 10 December, 8:00 AM NZDT

        The Google Meet link stays the same: https://meet.google.com/pdx-qwte-mko

        Sorry about the late hour on your side - if 9 PM is too late, tell me and we'll look at the
        following week instead.

        Ngā mihi,
        Aroha Ngata
        People & Culture, Kōwhai Marine Tech
        aroha.ngata@kowhaimarine.co.nz

        --
        Sent with Workable
        """)
    page = gmail_html(body)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        """, VTZ["Pacific/Auckland"], """
        BEGIN:VEVENT
        UID:wk-event-3317a0c2e9@workable.com
        DTSTAMP:20261130T211200Z
        DTSTART;TZID=Pacific/Auckland:20261209T090000
        DTEND;TZID=Pacific/Auckland:20261209T093000
        SUMMARY:Interview: Remote Data Engineer (Ocean Sensors) - Maëlle Le Goff
        ORGANIZER;CN=Kowhai Marine Tech:mailto:kowhai-marine-tech+e81c@candidates.workablemail.com
        ATTENDEE;CN=Maëlle Le Goff;RSVP=TRUE:mailto:maelle.legoff@example.org
        LOCATION:https://meet.google.com/pdx-qwte-mko
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        """)
    return message([
        rcv("mail.workablemail.com", "2026-12-01 10:12:08", "Pacific/Auckland", "Wk5p8Ry2"),
        ("From", addr("Kōwhai Marine Tech", "kowhai-marine-tech@candidates.workablemail.com")),
        ("Reply-To", "kowhai-marine-tech+e81c@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Interview rescheduled – Remote Data Engineer (Ocean Sensors)")),
        ("Date", date("2026-12-01 10:12:05", "Pacific/Auckland")),
        ("Message-ID", "<wk.3317a0c2e9.1796159525@workablemail.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, cte="base64", filename="invite.ics",
                                                    disposition="attachment")))


@mail(n(20), family="icims", lang="en", interview=True, kind="rescheduled", company="Sentinel Ocean Systems",
      start=utc("2026-11-02 10:00", "America/New_York"), end=utc("2026-11-02 11:00", "America/New_York"),
      contact="megan.shaw@sentinelocean.com", local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00",
      zone="America/New_York", days=(("Thu", "2026-10-29"),),
      note="iCIMS reschedule sent in EDT: old Thu Oct 29 10:00 AM ET (EDT), new 'Monday, November 2, 2026, "
           "10:00 AM - 11:00 AM ET', the day after the US returns to EST -> 15:00-16:00Z (4 PM Paris, as "
           "written). ICS TZID 'Eastern Standard Time' agrees. Contact = the coordinator in the body.")
def m20() -> bytes:
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
        <p>Dear Maëlle,</p>
        <p>We need to move your interview for <b>Senior Data Engineer, Undersea Sensing (Req 2026-4471)</b>.
        Your interview originally scheduled for Thursday, October 29, 2026 at 10:00 AM ET has been rescheduled to:</p>
        <p style="font-size:16px"><b>Monday, November 2, 2026, 10:00 AM - 11:00 AM ET</b><br>
        (4:00 PM - 5:00 PM Paris time)</p>
        <p>Interview type: Video (Microsoft Teams) with the hiring manager, Raymond Castillo.<br>
        An updated calendar invitation is attached.</p>
        <p>If you have any questions, please contact your recruiting coordinator, Megan Shaw, at
        <a href="mailto:megan.shaw@sentinelocean.com">megan.shaw@sentinelocean.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Sentinel Ocean Systems, Inc.</p>
        <p style="font-size:11px;color:#888">This message was sent by iCIMS on behalf of Sentinel Ocean Systems. Please do not reply to this email.</p>
        </body></html>
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """, VTZ["Eastern Standard Time"], """
        BEGIN:VEVENT
        UID:icims-intv-2026-4471-88120@sentinelocean.icims.com
        DTSTAMP:20261026T180500Z
        DTSTART;TZID=Eastern Standard Time:20261102T100000
        DTEND;TZID=Eastern Standard Time:20261102T110000
        SUMMARY:Interview - Senior Data Engineer\\, Undersea Sensing
        ORGANIZER;CN=Megan Shaw:mailto:megan.shaw@sentinelocean.com
        ATTENDEE;CN=Maelle Le Goff;RSVP=TRUE:mailto:maelle.legoff@example.org
        SEQUENCE:2
        STATUS:CONFIRMED
        END:VEVENT
        """)
    return message([
        rcv("mail.talent.icims.com", "2026-10-26 14:05:33", "America/New_York", "Ic0q7Bn3"),
        ("From", addr("Sentinel Ocean Systems", "sentinelocean@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Rescheduled: Senior Data Engineer, Undersea Sensing"),
        ("Date", date("2026-10-26 14:05:30", "America/New_York")),
        ("Message-ID", "<20261026180530.44821.icims.notify@talent.icims.com>"),
    ], mixed(html(page, charset="iso-8859-1"),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(21), family="exchange", lang="fr", interview=True, kind="cancelled", company="Penn Ar Bed Énergies",
      start=utc("2026-11-19 15:00", PARIS), end=utc("2026-11-19 16:00", PARIS),
      contact="ronan.quemener@pennarbed-energies.fr", local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00",
      zone=PARIS,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED), 'Annulé : Entretien...': the slot Thu 19 "
           "Nov 15:00-16:00 Romance Standard Time (CET) -> 14:00-15:00Z; no new time ('nouveaux créneaux' "
           "later). Contact = the organizer/sender.")
def m21() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Je suis contraint d’annuler notre entretien de jeudi 19 novembre (15h-16h) : un essai à quai a
        été avancé et je serai à bord toute la journée. Je suis vraiment désolé.

        Je reviens vers vous en début de semaine prochaine avec de nouveaux créneaux.

        Cordialement,
        Ronan Quéméner
        Responsable Data – Penn Ar Bed Énergies
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """, ROMANCE, """
        BEGIN:VEVENT
        ORGANIZER;CN=Ronan Quéméner:mailto:ronan.quemener@pennarbed-energies.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Maëlle Le Goff:mailto:maelle.legoff@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maëlle\\,\\n\\nJe suis contraint d'annuler notre entretien de jeudi.\\n
        UID:040000008200E00074C5B7101A82E00800000000F04D7C9A1E5FDD01000000000000000010000000E8B2A7C4
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Data Engineer – Maëlle Le Goff
        DTSTART;TZID=Romance Standard Time:20261119T150000
        DTEND;TZID=Romance Standard Time:20261119T160000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261117T074700Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Salle Ouessant – Quimper
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        """)
    return message([
        rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "2026-11-17 08:47:10", PARIS, "Pb4c9Dk6", lag=2),
        ("From", addr("Ronan Quéméner", "ronan.quemener@pennarbed-energies.fr")),
        ("To", ME),
        ("Subject", enc("Annulé : Entretien Data Engineer – Maëlle Le Goff")),
        ("Thread-Topic", enc("Entretien Data Engineer – Maëlle Le Goff")),
        ("Date", "Tue, 17 Nov 2026 07:47:08 +0000"),
        ("Message-ID", "<VI1PR03MB5102B7E9C4A0D2F31E6C8A59D0E7@VI1PR03MB5102.eurprd03.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body, charset="windows-1252"), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled", company="Odet Systèmes",
      start=utc("2026-12-08 11:00", PARIS), contact="anais.leroux@odet-systemes.fr",
      local="Tue 2026-12-08 11:00", zone=PARIS, days=(("Tue", "2026-12-08"),),
      note="Prose cancellation, 'nous annulons l'entretien prévu le mar. 8 déc. à 11h' because the post was "
           "filled internally; no new time. CET -> 10:00Z. Contact = the sender.")
def m22() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Je reviens vers vous au sujet de votre candidature au poste de Data Engineer à Quimper.

        Le poste vient d'être pourvu en interne et, par conséquent, nous annulons l'entretien prévu le
        mar. 8 déc. à 11h. Je suis sincèrement désolée de vous prévenir si tard.

        Votre profil nous a beaucoup plu ; avec votre accord, je garde votre CV pour de prochaines
        ouvertures dans l'équipe sonar.

        Bien cordialement,

        Anaïs Le Roux
        Ressources humaines – Odet Systèmes
        Quimper
        """.replace("–", "-"))
    return message([
        rcv("smtp.odet-systemes.fr", "2026-11-30 17:20:44", PARIS, "Od1x5Hm8"),
        ("From", addr("Anaïs Le Roux", "anais.leroux@odet-systemes.fr", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Votre candidature - entretien du 8 décembre", "iso-8859-1")),
        ("Date", date("2026-11-30 17:20:41", PARIS)),
        ("Message-ID", "<56c0e1a8-7f2b-4b39-93d4-0e8a2c1f5b67@odet-systemes.fr>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(23), family="taleo", lang="en", interview=True, kind="cancelled", company="Orion Naval Group",
      start=utc("2026-10-16 15:30", PARIS), contact="thomas.guerin@orion-naval.com",
      local="Fri 2026-10-16 15:30", zone=PARIS, days=(("Fri", "2026-10-16"),),
      note="Taleo cancellation (HTML only): 'Friday, October 16, 2026 3:30 PM (GMT+02:00) Paris' -> CEST, "
           "13:30Z; 'The recruiter will contact you to arrange a new time' -> cancelled, no new time. Contact "
           "= the recruiter's address in the body.")
def m23() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><font face="Arial" size="2">
        <p>Dear Maëlle Le Goff,</p>
        <p>We regret to inform you that your interview for the position <b>Data Engineer - Fleet Support Systems (Job ID 2604117)</b>,
        scheduled for <b>Friday, October 16, 2026 3:30 PM (GMT+02:00) Paris</b>, has been cancelled.</p>
        <p>The recruiter will contact you to arrange a new time. Your application remains active.</p>
        <p>Recruiter: Thomas Guérin &ndash; <a href="mailto:thomas.guerin@orion-naval.com">thomas.guerin@orion-naval.com</a></p>
        <p>Best regards,<br>Orion Naval Group Talent Acquisition</p>
        <p><font size="1" color="#666666">This is an automated message from Oracle Taleo. Please do not reply.</font></p>
        </font></body></html>
        """)
    return message([
        rcv("ms-tbe-05.taleo.net", "2026-10-13 17:02:27", PARIS, "Tl6b2Fw9"),
        ("From", addr("Orion Naval Group", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Data Engineer - Fleet Support Systems"),
        ("Date", date("2026-10-13 17:02:24", PARIS)),
        ("Message-ID", "<1344019273.310955.1792076544817.JavaMail.taleo@ms-tbe-05.taleo.net>"),
    ], html(page, cte="quoted-printable"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Armorik Data",
      days=(("Thu", "2026-10-08"),),
      note="Teamtailor rejection after the interview; it restates the past interview 'du jeudi 8 octobre à 11h' "
           "but confirms nothing. Same company as the Teamtailor confirmation.")
def m24() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Merci encore pour le temps que vous nous avez accordé lors de notre entretien du jeudi 8 octobre
        à 11h, et pour la qualité de nos échanges avec Mikaël.

        Après réflexion, nous avons choisi de poursuivre avec un profil plus orienté infrastructure
        temps réel. Cette décision a été difficile à prendre.

        Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si un poste
        correspondant s'ouvre à Rennes ou en télétravail.

        Belle continuation,

        Gaëlle Rivoal
        Talent Acquisition – Armorik Data
        """)
    return message([
        rcv("mx-out-1.teamtailor-mail.com", "2026-10-22 09:12:40", PARIS, "Tt9c4Hh1"),
        ("From", addr("Armorik Data", "notifications@armorik-data.teamtailor-mail.com")),
        ("Reply-To", "reply+c9e41f07a2@armorik-data.teamtailor-mail.com"),
        ("To", ME),
        ("Subject", enc("Votre candidature chez Armorik Data")),
        ("Date", date("2026-10-22 09:12:37", PARIS)),
        ("Message-ID", "<4d8a0e1c-92b7-4f3a-8c65-1e0b7d2f9a44@armorik-data.teamtailor-mail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(25), family="offer", lang="en", interview=False, company="Tidewater Robotics",
      days=(("Fri", "2026-10-23"), ("Mon", "2027-01-04")),
      note="Offer from the recruiter, with a fixed 'offer call' (Friday 4pm BST) to go through the package: an "
           "offer discussion, not an interview.")
def m25() -> bytes:
    body = t("""
        Hi Maëlle,

        I'm delighted to let you know that the team would like to offer you the Data Platform Engineer
        role! Hannah and the panel were unanimous.

        Your written offer is attached (base salary, equity, remote setup allowance and the 4-day
        on-site week in Bristol each quarter). We'd propose a start date of Monday 4 January 2027.

        I've put 30 minutes in your calendar on Friday at 4pm BST (5pm in Nantes) to walk through the
        package and answer any questions. If that doesn't suit, just tell me and we'll move it.

        Congratulations - we really hope you'll join us.

        James

        James Okafor
        Senior Recruiter, Tidewater Robotics
        """)
    return message([
        rcv("mail-wm1-f46.google.com", "2026-10-20 11:48:02", "Europe/London", "To7v3Nq5"),
        ("From", addr("James Okafor", "james.okafor@tidewater-robotics.co.uk")),
        ("To", ME),
        ("Subject", "Offer - Data Platform Engineer, Tidewater Robotics"),
        ("Date", date("2026-10-20 11:47:59", "Europe/London")),
        ("Message-ID", "<CAJ8x+2bM0qPz7Yw1nKr4uVt9e_LsQdF3oH6mA@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_pdf("Tidewater_Offer_MLeGoff.pdf")))


@mail(n(26), family="application_receipt", lang="fr-BE", interview=False, company="Scaldis Hydro",
      note="Recruitee application acknowledgement from a Brussels company (Belgian French: 'septante', "
           "'nonante'); promises an interview 'si votre profil est retenu', nothing fixed.")
def m26() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Nous avons bien reçu votre candidature pour le poste de Data Engineer – Modélisation hydraulique
        (Bruxelles / hybride) et nous vous en remercions.

        Nous recevons en moyenne septante candidatures par offre et nous lisons chacune d'entre elles.
        Si votre profil est retenu, notre équipe vous contactera pour convenir d'un premier entretien
        téléphonique. Sans nouvelles de notre part dans les nonante jours, vous pouvez considérer que
        nous n'avons pas pu donner une suite favorable à votre candidature.

        Bien à vous,
        L'équipe Talent de Scaldis Hydro
        Rue Royale 97 – 1000 Bruxelles
        """)
    return message([
        rcv("mail.recruitee.com", "2026-10-27 14:03:11", "Europe/Brussels", "Rc2m6Vb0"),
        ("From", addr("Scaldis Hydro", "scaldishydro@notifications.recruitee.com")),
        ("To", ME),
        ("Subject", enc("Merci pour votre candidature – Scaldis Hydro")),
        ("Date", date("2026-10-27 14:03:08", "Europe/Brussels")),
        ("Message-ID", "<671e3a5c9b1d2_5a7f3c1e9@recruitee-mailer-2c4d.mail>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert (four offers near Nantes/Saint-Nazaire); 'entretien en visio possible' is a job "
           "feature, no appointment.")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" cellpadding="12" style="background:#fff">
        <tr><td><h2 style="color:#0a5c8f">4 nouvelles offres pour « data engineer » près de Nantes</h2></td></tr>
        <tr><td><b>Data Engineer – Jumeau numérique naval</b><br>Chantiers Estuaire Digital · Saint-Nazaire (44) · CDI<br>
        <span style="color:#666">Publiée il y a 2 jours · Entretien en visio possible</span></td></tr>
        <tr><td><b>Ingénieur·e Big Data Défense</b><br>Atlantis Défense · Brest (29) · CDI · Habilitation requise</td></tr>
        <tr><td><b>Data Engineer Python / Kafka</b><br>Loire Mobilités · Nantes (44) · Télétravail partiel</td></tr>
        <tr><td><b>Analytics Engineer – Portuaire</b><br>Haropa Data Lab · Paris (75) · Hybride</td></tr>
        <tr><td><a href="https://www.ouesttalents.example.com/alertes">Gérer mes alertes</a> ·
        <a href="https://www.ouesttalents.example.com/unsubscribe?u=84412">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    return message([
        rcv("mailer.ouesttalents.example.com", "2026-09-15 07:00:41", PARIS, "Ot0a1Jb3"),
        ("From", addr("OuestTalents Alertes", "alertes@ouesttalents.example.com")),
        ("To", ME_ADDR),
        ("Subject", enc("4 nouvelles offres : Data Engineer – Nantes (44)")),
        ("Date", date("2026-09-15 07:00:38", PARIS)),
        ("Message-ID", "<alert.84412.20260915070038@ouesttalents.example.com>"),
        ("List-Unsubscribe", "<https://www.ouesttalents.example.com/unsubscribe?u=84412>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(28), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career newsletter about technical interviews, with a live session 'mardi 10 novembre à 12h30': "
           "a content event, not the reader's interview.")
def m28() -> bytes:
    body = t("""
        LE CARNET DU CANDIDAT – n° 112

        Entretien technique : les 7 questions pièges (et comment y répondre)

        1. « Parlez-moi d'un pipeline qui a cassé en production. »
        2. « Comment dimensionneriez-vous ce cluster ? »
        3. « Quelles sont vos prétentions salariales ? » ...

        Lire l'article : https://carnetducandidat.example.com/entretien-technique-7-questions

        EN DIRECT – mardi 10 novembre à 12h30
        Notre coach Sandrine rejoue un entretien d'embauche complet en live, avec vos questions dans le chat.
        Inscription gratuite : https://carnetducandidat.example.com/live

        Vous recevez cette lettre car vous êtes inscrite sur carnetducandidat.example.com.
        Se désinscrire : https://carnetducandidat.example.com/u/7a1f
        """)
    return message([
        rcv("mta12.sendinblue.example.net", "2026-11-04 08:30:05", PARIS, "Nl4k8Zp2"),
        ("From", addr("Le Carnet du Candidat", "lettre@carnetducandidat.example.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Entretien technique : les 7 questions pièges 🎯")),
        ("Date", date("2026-11-04 08:30:02", PARIS)),
        ("Message-ID", "<202611040830.7a1f93c2@carnetducandidat.example.com>"),
        ("List-Unsubscribe", "<https://carnetducandidat.example.com/u/7a1f>"),
        ("Precedence", "bulk"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Hanse Ocean Tech",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
      note="softgarden self-scheduling invitation listing three possible slots; the candidate has not picked "
           "one, so nothing is confirmed.")
def m29() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Merci pour votre candidature au poste « Data Engineer Offshore Monitoring (Saint-Nazaire) ».
        Nous souhaitons faire votre connaissance lors d'un entretien vidéo de 45 minutes.

        Veuillez choisir l'un des créneaux suivants via le lien ci-dessous :
          - mar. 10 nov. 2026, 10:00
          - mer. 11 nov. 2026, 14:00
          - jeu. 12 nov. 2026, 09:30

        Choisir un créneau : https://hanseoceantech.softgarden.io/fr/interview/choose?token=f8Q2xZ

        Le créneau ne sera réservé qu'après votre confirmation.

        Cordialement,
        Svenja Brandt
        Human Resources – Hanse Ocean Tech GmbH
        """)
    return message([
        rcv("mail.softgarden.io", "2026-11-05 10:22:50", "Europe/Berlin", "Sg3d7Kt5"),
        ("From", addr("Hanse Ocean Tech GmbH", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Invitation à choisir un créneau d'entretien – Hanse Ocean Tech")),
        ("Date", date("2026-11-05 10:22:47", "Europe/Berlin")),
        ("Message-ID", "<sg-20261105092247-f8Q2xZ@softgarden.io>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Harbour & Keel Search",
      note="Headhunter outreach suggesting a coffee 'next time you're in Paris'; no date or time fixed.")
def m30() -> bytes:
    body = t("""
        Hi Maelle,

        I came across your talk on AIS data quality at PyData Nantes and thought of you straight away for
        a search I'm running: Lead Data Engineer for a naval-drone start-up in Paris, with a
        Brest-based R&D team (hybrid, very senior, strong equity).

        Would you be open to a quick chat? Or, better, a coffee next time you're in Paris - I'm around
        Saint-Lazare most days. Happy to work around your diary.

        Best,
        Olivia Marchetti
        Partner, Harbour & Keel Search
        +33 6 12 40 77 31
        """)
    return message([
        rcv("mail-ej1-f44.google.com", "2026-09-28 18:02:13", PARIS, "Hk2j5Lm8"),
        ("From", addr("Olivia Marchetti", "olivia.marchetti@harbourkeel.com")),
        ("To", ME),
        ("Subject", "Lead Data Engineer - naval drones (Paris/Brest)"),
        ("Date", date("2026-09-28 18:02:10", PARIS)),
        ("Message-ID", "<CAN5r0+pQ8mYz2Lk1vBx7eWt3o_HfGdJ9sR4nA@mail.gmail.com>"),
    ], alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body), cte="7bit", charset="us-ascii")))


@mail(n(31), family="proposed_times", lang="fr", interview=False, company="Estuaire Analytics",
      days=(("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="Recruiter proposes 'mercredi 4 novembre à 10 h' or 'jeudi 5 dans l'après-midi' as a question; "
           "nothing is confirmed yet (the later reschedule mail in the same thread is a positive).")
def m31() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Votre profil a retenu notre attention pour le poste de Data Engineer Flotte connectée.

        Est-ce que mercredi 4 novembre à 10 h vous conviendrait pour un premier entretien, dans nos
        locaux du quai de Versailles ? Sinon, le jeudi 5 dans l'après-midi.

        Dans l'attente de votre retour,

        Hugo Rialland
        Chargé de recrutement
        Estuaire Analytics
        02 40 71 38 55
        """)
    return message([
        rcv("mail-out.estuaire-analytics.fr", "2026-10-26 16:12:20", PARIS, "Ea1c0Pw4"),
        ("From", addr("Hugo Rialland", "hugo.rialland@estuaire-analytics.fr")),
        ("To", ME),
        ("Subject", "Entretien - Data Engineer Flotte connectee"),
        ("Date", date("2026-10-26 16:12:17", PARIS)),
        ("Message-ID", "<9c4f1e2a7b0d4d3c8e6a5f1b2c3d4e5f@estuaire-analytics.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(32), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Doctor's appointment confirmation (GP, lundi 5 octobre 8h45) with an ICS: fixed time, not an "
           "interview.")
def m32() -> bytes:
    body = t("""
        Bonjour Maëlle LE GOFF,

        Votre rendez-vous est confirmé.

        Dr Katell Morvan – Médecin généraliste
        lundi 5 octobre 2026 à 08:45
        Cabinet médical de la Madeleine, 14 rue de la Bastille, 44000 Nantes

        Motif : Consultation de suivi
        Pensez à vous munir de votre carte Vitale.

        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance :
        https://monrdvsante.example.fr/rdv/9a72k/annuler

        MonRDV Santé
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//MonRDV Sante//FR
        VERSION:2.0
        METHOD:PUBLISH
        """, None, """
        BEGIN:VEVENT
        UID:rdv-9a72k@monrdvsante.example.fr
        DTSTAMP:20260928T121500Z
        DTSTART:20261005T064500Z
        DTEND:20261005T070000Z
        SUMMARY:RDV Dr Katell Morvan
        LOCATION:14 rue de la Bastille\\, 44000 Nantes
        END:VEVENT
        """)
    return message([
        rcv("smtp.monrdvsante.example.fr", "2026-09-28 14:15:09", PARIS, "Md8r2Sa1"),
        ("From", addr("MonRDV Santé", "ne-pas-repondre@monrdvsante.example.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre rendez-vous du lundi 5 octobre")),
        ("Date", date("2026-09-28 14:15:06", PARIS)),
        ("Message-ID", "<rdv-9a72k-confirm@monrdvsante.example.fr>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="rdv.ics",
                                  disposition="attachment")))


@mail(n(33), family="landlord_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Letting agency: visit of a flat followed by an 'entretien avec la propriétaire' on samedi 12 "
           "septembre à 10h. A tenant interview with a fixed time, not a job interview.")
def m33() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Suite à votre demande pour le T3 de la rue Fouré (quartier Madeleine-Champ de Mars), je vous
        confirme la visite le samedi 12 septembre à 10h. La propriétaire, Mme Gautier, sera présente et
        souhaite faire un court entretien avec chaque candidat locataire après la visite.

        Merci de venir avec votre dossier complet : trois derniers bulletins de salaire, contrat de
        travail, avis d'imposition et pièce d'identité du garant le cas échéant.

        Rendez-vous devant le 22 rue Fouré, 44000 Nantes.

        Cordialement,
        Mathilde Perraud
        Immo Erdre – Gestion locative
        02 40 48 19 60
        """)
    return message([
        rcv("smtp.immo-erdre.example.fr", "2026-09-08 17:31:52", PARIS, "Ie5t0Nb2"),
        ("From", addr("Mathilde Perraud - Immo Erdre", "m.perraud@immo-erdre.example.fr")),
        ("To", ME),
        ("Subject", "Visite T3 rue Foure - samedi 12/09 10h"),
        ("Date", date("2026-09-08 17:31:49", PARIS)),
        ("Message-ID", "<000f01dd3fa2$8b4c2e10$21e48a30$@immo-erdre.example.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(34), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage booking confirmation (car service, mardi 13 octobre à 8h00): a fixed time, not an interview.")
def m34() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#c8102e">Votre rendez-vous atelier est confirmé</h3>
        <p>Bonjour Madame LE GOFF,</p>
        <p>Nous vous confirmons votre rendez-vous pour la <b>révision des 60 000 km</b> de votre véhicule
        immatriculé GK-418-TZ :</p>
        <p><b>mardi 13 octobre 2026 à 8h00</b><br>Garage de la Beaujoire, 101 route de Saint-Joseph, 44300 Nantes</p>
        <p>Dépôt du véhicule à l'accueil atelier ; restitution prévue en fin de journée. Un véhicule de courtoisie
        est réservé à votre nom.</p>
        <p>L'équipe Après-Vente</p>
        </body></html>
        """)
    return message([
        rcv("mail.garage-beaujoire.example.fr", "2026-10-06 11:08:30", PARIS, "Gb7w3Ec9"),
        ("From", addr("Garage de la Beaujoire", "atelier@garage-beaujoire.example.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre rendez-vous atelier – 13/10 à 8h00")),
        ("Date", date("2026-10-06 11:08:27", PARIS)),
        ("Message-ID", "<rdv.atelier.30571@garage-beaujoire.example.fr>"),
    ], html(page, charset="iso-8859-15"))


@mail(n(35), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School notification: parent-teacher meeting (rencontre parents-professeurs) jeudi 19 novembre "
           "17h15. Fixed time, not a job interview.")
def m35() -> bytes:
    body = t("""
        Madame Le Goff,

        Vous avez demandé un entretien avec Mme Le Floch, professeure principale de la classe de 5e B.

        Votre créneau : jeudi 19 novembre 2026 à 17h15 (10 minutes), salle 112.

        Rappel : les rencontres parents-professeurs du premier trimestre ont lieu les 19 et 20 novembre
        de 16h30 à 19h30. Merci de respecter l'horaire qui vous a été attribué.

        Le secrétariat
        Collège Jules-Verne - Nantes

        ----
        Message envoyé depuis l'ENT e-lyco. Ne pas répondre à ce message.
        """)
    return message([
        rcv("ent.e-lyco.example.fr", "2026-11-12 18:45:12", PARIS, "El3u8Tx6"),
        ("From", addr("ENT e-lyco", "ne-pas-repondre@e-lyco.example.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Rencontre parents-professeurs : confirmation de votre créneau")),
        ("Date", date("2026-11-12 18:45:09", PARIS)),
        ("Message-ID", "<ent.msg.5518204@e-lyco.example.fr>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Exchange meeting request at her current employer: CSE (works-council) information meeting on the "
           "reorganisation, 8 Oct 14:00 Romance Standard Time. Fixed time, not a job interview.")
def m36() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Le CSE organise une réunion d'information sur le projet de réorganisation du pôle Systèmes
        (présentation de la direction, puis questions). Tous les salariés du site de Nantes sont
        conviés ; la réunion sera aussi diffusée sur Teams pour les collègues de Lorient.

        Pour le CSE,
        Bertrand Cozic, secrétaire
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """, ROMANCE, """
        BEGIN:VEVENT
        ORGANIZER;CN=CSE Nantes:mailto:cse.nantes@morvenn-marine.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tous Site Nantes:mailto:tous.nantes@morvenn-marine.example.com
        SUMMARY;LANGUAGE=fr-FR:Réunion d'information CSE – réorganisation pôle Systèmes
        DTSTART;TZID=Romance Standard Time:20261008T140000
        DTEND;TZID=Romance Standard Time:20261008T153000
        UID:040000008200E00074C5B7101A82E008000000003C1E9B72A254DD0100000000000000001000000072B4A1D8
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260930T081500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Amphi B – Bâtiment Jules Verne
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """)
    return message([
        ("Received", "from PAVP192MB2110.EURP192.PROD.OUTLOOK.COM (2603:10a6:102:2c1::9) by\r\n"
                     " PAVP192MB1876.EURP192.PROD.OUTLOOK.COM with HTTPS; Wed, 30 Sep 2026 08:15:04 +0000"),
        ("From", addr("CSE Nantes", "cse.nantes@morvenn-marine.example.com")),
        ("To", addr("Tous Site Nantes", "tous.nantes@morvenn-marine.example.com")),
        ("Subject", enc("Réunion d'information CSE – réorganisation pôle Systèmes")),
        ("Date", "Wed, 30 Sep 2026 08:15:02 +0000"),
        ("Message-ID", "<PAVP192MB2110A4C7E91F3D20B6E8C1F7A2D9@PAVP192MB2110.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration (réussir son entretien en anglais), jeudi 15 octobre 12h30-13h30: a "
           "confirmed time, but a webinar, not an interview.")
def m37() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Merci de vous être inscrite à « Réussir son entretien d'embauche en anglais – spécial
        ingénieurs ».

        Date et heure : 15 oct. 2026 12:30 Paris (durée 1 heure)

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/87120934412?tk=Qw3rTy_9aZ

        Code secret : 482019

        Ajouter à l'agenda : https://us06web.zoom.us/webinar/tZ0ufu2rpzgi/ics

        Vous pouvez annuler votre inscription à tout moment.

        Association Ingénieures de l'Ouest
        """)
    return message([
        rcv("zoom.us", "2026-10-09 20:14:40", PARIS, "Zm1r4Wb8"),
        ("From", addr("Association Ingénieures de l'Ouest", "no-reply@zoom.us")),
        ("Reply-To", "webinaires@ingenieures-ouest.example.org"),
        ("To", ME),
        ("Subject", enc("Confirmation d'inscription au webinaire : Réussir son entretien d'embauche en anglais")),
        ("Date", date("2026-10-09 20:14:37", PARIS)),
        ("Message-ID", "<yRk3aT0mQWe2Lx8BpZ1v4A@geopod-ismtpd-8>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly booking with a career coach: 'Simulation d'entretien (mock interview)' jeudi 1 octobre "
           "18h00-19h00. Confirmed time, but coaching, not a job interview.")
def m38() -> bytes:
    body = t("""
        Bonjour Maëlle Le Goff,

        Votre Simulation d'entretien (60 min) avec Nolwenn Cariou à 18:00 (heure d'Europe centrale) le
        jeudi 1 octobre 2026 est programmée.

        Type d'événement :
        Simulation d'entretien (mock interview) – profils tech

        Date/heure de l'événement :
        18:00 - 19:00 (heure d'Europe centrale), jeudi 1 octobre 2026

        Lieu :
        Google Meet (le lien sera envoyé par e-mail)

        Description :
        On rejoue un entretien technique comme en vrai, puis 20 minutes de débrief. Venez avec l'offre
        visée !

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/31b7e0a2-6cd4-4a19-8f22-7d0e9c5b1a64
        Reprogrammer : https://calendly.com/reschedulings/31b7e0a2-6cd4-4a19-8f22-7d0e9c5b1a64

        Propulsé par Calendly.com
        """)
    return message([
        rcv("o2.email.calendly.com", "2026-09-26 09:51:22", "UTC", "Cz7o2Ua4"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Nolwenn Cariou", "nolwenn@cap-carriere-coaching.example.fr")),
        ("To", ME),
        ("Subject", enc("Confirmé : Simulation d'entretien (60 min) avec Nolwenn Cariou le jeudi 1 octobre 2026")),
        ("Date", date("2026-09-26 09:51:20", "UTC")),
        ("Message-ID", "<Pq8sW2dLRa0eNx5K9jTuYv@geopod-ismtpd-2>"),
    ], text(body))


@mail(n(39), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Greenhouse at her current employer: SHE is the interviewer for a junior candidate (Wed Sep 30, "
           "2:00-2:45 PM CEST), with an ICS. Fixed time, not her own job interview.")
def m39() -> bytes:
    body = t("""
        Hi Maëlle,

        You've been scheduled to interview Lucas Martin for Junior Data Engineer (Nantes).

        Wednesday, September 30, 2026
        2:00 PM - 2:45 PM CEST
        Location: Nantes office - Meeting room "Belle-Île"
        Interview: Technical - SQL & Python
        Interview kit: https://app.greenhouse.io/guides/7731942/people/90114?application_id=118823

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Morvenn Marine Systems Recruiting
        """)
    ics = vcal("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse//Greenhouse Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """, VTZ["Europe/Paris"], """
        BEGIN:VEVENT
        UID:gh-interview-7731942-90114@greenhouse.io
        DTSTAMP:20260924T131002Z
        DTSTART;TZID=Europe/Paris:20260930T140000
        DTEND;TZID=Europe/Paris:20260930T144500
        SUMMARY:Interview: Lucas Martin for Junior Data Engineer (Nantes) - Technical
        ORGANIZER;CN=Morvenn Recruiting:mailto:recruiting@morvenn-marine.example.com
        ATTENDEE;CN=Maëlle Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:maelle.legoff@example.org
        LOCATION:Nantes office - Belle-Île
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message([
        rcv("mail-us.greenhouse-mail.io", "2026-09-24 15:10:05", PARIS, "Gh2u6Rv0"),
        ("From", addr("Morvenn Marine Systems Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", "recruiting@morvenn-marine.example.com"),
        ("To", ME),
        ("Subject", "Interview scheduled: Lucas Martin for Junior Data Engineer (Nantes)"),
        ("Date", date("2026-09-24 15:10:02", PARIS)),
        ("Message-ID", "<66f2b9aa5c3e1_7d2a9c4f10291@greenhouse-mailer-4b1e.mail>"),
    ], mixed(text(body), calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(40), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply from a recruiter to the candidate's mail about an interview; the "
           "quoted subject mentions 'entretien jeudi' but nothing is confirmed.")
def m40() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à ma messagerie.
        Pour toute urgence concernant un recrutement en cours, vous pouvez contacter
        recrutement@oceanide-energies.fr.

        Cordialement,
        Claire Morvan
        """)
    return message([
        rcv("mail.oceanide-energies.fr", "2026-10-02 08:03:41", PARIS, "Oe6x1Gr3"),
        ("From", addr("Claire Morvan", "claire.morvan@oceanide-energies.fr")),
        ("To", ME),
        ("Subject", enc("Réponse automatique : Re: Suite de notre entretien jeudi")),
        ("Date", date("2026-10-02 08:03:38", PARIS)),
        ("Message-ID", "<a1f0c7e2b94d4e60b8d3c15e2f7a9b01@oceanide-energies.fr>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Mailer-daemon bounce of the candidate's own reply ('I confirm Tuesday 24 November at 10am') sent to "
           "a mistyped address: a delivery failure, not a confirmation from the employer.")
def m41() -> bytes:
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <thibault.gicquel@oceanide-energie.fr>: host mx.oceanide-energie.fr[203.0.113.41]
            said: 550 5.1.1 <thibault.gicquel@oceanide-energie.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Rk2Zt0bQmz9sW
        Arrival-Date: Thu, 19 Nov 2026 09:14:02 +0100 (CET)

        Final-Recipient: rfc822; thibault.gicquel@oceanide-energie.fr
        Original-Recipient: rfc822;thibault.gicquel@oceanide-energie.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.oceanide-energie.fr
        Diagnostic-Code: smtp; 550 5.1.1 <thibault.gicquel@oceanide-energie.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", ME),
        ("To", "thibault.gicquel@oceanide-energie.fr"),
        ("Subject", "Re: Second interview"),
        ("Date", date("2026-11-19 09:14:00", PARIS)),
        ("Message-ID", "<8d2e4f10-6a7b-4c3d-9e51-0f2a7b6c3d18@example.org>"),
    ], text(t("""
        Hi Thibault,

        Thank you, I confirm Tuesday 24 November at 10am at your Saint-Nazaire office.

        Best regards,
        Maëlle
        """)))
    delivery = raw_part([("Content-Description", "Delivery report"),
                         ("Content-Type", "message/delivery-status")], dsn)
    notif = text(report, charset="us-ascii", cte="7bit",
                 extra=(("Content-Description", "Notification"),))
    orig = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original)
    return message([
        rcv("smtp.example.org", "2026-11-19 09:14:05", PARIS, "Bn0c9Xq2", lag=1),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-19 09:14:04", PARIS)),
        ("Message-ID", "<20261119081404.5A2B1C0D3E@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart_report(notif, delivery, orig))


def multipart_report(*parts: Part) -> Part:
    return multipart("report", *parts, params="report-type=delivery-status")


@mail(n(42), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Mailing-list post (List-Id) announcing a PyData Nantes meetup, jeudi 26 novembre 19h, with a talk "
           "on hiring interviews for data engineers. Fixed time, community event, not an interview.")
def m42() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Le prochain meetup PyData Nantes aura lieu le jeudi 26 novembre à 19h, chez Loire Mobilités
        (2 rue Kervégan, île Feydeau). Au programme :

        - « Ce que j'ai appris en faisant passer 80 entretiens de data engineer » – Julien R.
        - « Polars en prod sur des données AIS » – Maëlle L. G. (merci Maëlle !)

        Pizzas offertes, inscription obligatoire (60 places) :
        https://www.meetup.example.com/pydata-nantes/events/311420/

        À jeudi,
        Camille pour l'équipe PyData Nantes

        _______________________________________________
        pydata-nantes mailing list
        pydata-nantes@lists.example.org
        https://lists.example.org/mailman/listinfo/pydata-nantes
        """)
    return message([
        rcv("lists.example.org", "2026-11-18 12:40:33", PARIS, "Ls8q1Vd5"),
        ("From", addr("Camille Ricordel", "camille.ricordel@example.net")),
        ("To", "pydata-nantes@lists.example.org"),
        ("Subject", enc("[pydata-nantes] Meetup #42 – jeudi 26 novembre, 19h")),
        ("Date", date("2026-11-18 12:40:30", PARIS)),
        ("Message-ID", "<f3a91c0e-5b2d-47e8-a6c1-2d9e0b7f4a15@example.net>"),
        ("List-Id", "PyData Nantes <pydata-nantes.lists.example.org>"),
        ("List-Unsubscribe", "<https://lists.example.org/mailman/options/pydata-nantes>"),
        ("List-Post", "<mailto:pydata-nantes@lists.example.org>"),
        ("Precedence", "list"),
        ("Sender", '"pydata-nantes" <pydata-nantes-bounces@lists.example.org>'),
    ], text(body, cte="8bit"))


@mail(n(43), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Public employment agency: 'entretien de suivi' with her adviser on lundi 7 décembre à 9h15. An "
           "'entretien' with a fixed time, but a job-centre follow-up, not a job interview.")
def m43() -> bytes:
    body = t("""
        Madame LE GOFF Maëlle,

        Vous êtes convoquée à un entretien de suivi de votre projet professionnel :

        le lundi 07/12/2026 à 09h15
        avec Mme Sophie Jaouen, votre conseillère
        Agence Emploi Atlantique de Nantes Est - 3 rue du Général Buat, 44000 Nantes

        Durée prévisible : 30 minutes. Merci de vous munir de votre CV à jour et de la liste de vos
        candidatures récentes. En cas d'empêchement, prévenez votre conseillère depuis votre espace
        personnel.

        Ce message vous est envoyé automatiquement. Merci de ne pas y répondre.
        """)
    return message([
        rcv("notif.emploi-atlantique.example.fr", "2026-11-27 06:02:18", PARIS, "Ja5c2Ff8"),
        ("From", addr("Emploi Atlantique", "ne-pas-repondre@emploi-atlantique.example.fr")),
        ("To", ME_ADDR),
        ("Subject", enc("Convocation : entretien de suivi le 07/12/2026 à 09h15")),
        ("Date", date("2026-11-27 06:02:15", PARIS)),
        ("Message-ID", "<convoc.221948.20261127@emploi-atlantique.example.fr>"),
    ], alt(text(body, charset="iso-8859-15"), html(gmail_html(body), cte="base64")))


@mail(n(44), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="A journalist confirms a phone interview OF Maëlle for a series on maritime jobs, vendredi 11 "
           "décembre à 11h. Fixed time, press, not a job interview.")
def m44() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Merci d'avoir accepté de témoigner pour notre série « Les nouveaux métiers de la mer ». Je vous
        confirme notre interview téléphonique vendredi 11 décembre à 11h ; je vous appellerai au numéro
        que vous m'avez donné. Comptez une demi-heure environ.

        Je m'intéresse surtout à votre parcours (de l'hydrographie à la data) et à ce que les données
        changent pour les équipages. Le portrait paraîtra début janvier, avec une photo si vous êtes
        d'accord.

        Bien cordialement,
        Gaëlle Tanguy
        Journaliste – L'Écho de l'Estuaire
        06 33 18 54 20
        """)
    return message([
        rcv("mail.echo-estuaire.example.fr", "2026-12-04 15:27:44", PARIS, "Pr9d3Ke1"),
        ("From", addr("Gaëlle Tanguy", "g.tanguy@echo-estuaire.example.fr")),
        ("To", ME),
        ("Subject", enc("Interview « Nouveaux métiers de la mer » – vendredi 11h")),
        ("Date", date("2026-12-04 15:27:41", PARIS)),
        ("Message-ID", "<7e0b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e@echo-estuaire.example.fr>"),
    ], text(body, cte="base64"))


@mail(n(45), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Executive master admission interview ('entretien d'admission', mercredi 21 octobre à 17h30): a "
           "school admission, not a job interview.")
def m45() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
        <p>Madame,</p>
        <p>Le jury d'admission de l'<b>Executive Mastère Data &amp; Intelligence Artificielle</b> a examiné votre
        dossier avec attention. Nous avons le plaisir de vous convoquer à l'<b>entretien d'admission</b> :</p>
        <p><b>mercredi 21 octobre 2026 à 17h30</b> (durée : 30 minutes)<br>
        Campus de Nantes, 8 route de la Jonelière, salle du Conseil</p>
        <p>L'entretien se déroule devant deux membres du jury et porte sur votre projet professionnel et votre
        motivation. Les résultats d'admission vous seront communiqués sous quinze jours.</p>
        <p>Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
        <p>Service des Admissions<br>École Atlantique de Management – Executive Education</p>
        </body></html>
        """)
    return message([
        rcv("smtp.eam-nantes.example.fr", "2026-10-13 10:55:31", PARIS, "Ad4g8Qs0"),
        ("From", addr("Admissions EAM", "admissions-exec@eam-nantes.example.fr")),
        ("To", ME),
        ("Subject", enc("Convocation à l'entretien d'admission – Executive Mastère Data & IA")),
        ("Date", date("2026-10-13 10:55:28", PARIS)),
        ("Message-ID", "<admissions.20261013.66102@eam-nantes.example.fr>"),
    ], html(page, charset="windows-1252"))


@mail(n(46), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rowing club: 'séance d'essai / sélection' for the competition crew, samedi 19 septembre 10h. "
           "Fixed-time try-out, not a job interview.")
def m46() -> bytes:
    body = t("""
        Salut Maëlle,

        Super que tu veuilles tenter l'équipage compétition du club ! La séance d'essai est calée samedi
        19 septembre à 10h au hangar (quai de la Jonelière). On fera un test ergo 2000 m puis une sortie
        en huit si le vent le permet. Prévois des affaires de rechange.

        Les coachs décident de la sélection en fin de séance, pas de pression :)

        Sportivement,
        Jérémie
        Aviron Nantais – section compétition
        """)
    return message([
        rcv("mail-wr1-f41.google.com", "2026-09-14 21:16:05", PARIS, "Av2k7Lp9"),
        ("From", addr("Jérémie Bouvier", "jeremie.bouvier.aviron@example.com")),
        ("To", ME),
        ("Subject", enc("Séance d'essai équipage compé – samedi 10h")),
        ("Date", date("2026-09-14 21:16:02", PARIS)),
        ("Message-ID", "<CAHx0+9Wd2kLm5Yp3qTr1uVe8o_BcFgS7nJ4zA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(47), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-15"),),
      note="Bank adviser appointment ('rendez-vous avec votre conseillère', mardi 15 décembre 12h30, in "
           "iso-8859-15 with a euro sign): fixed time, not a job interview.")
def m47() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Élodie Rousseau :

        Date : mardi 15 décembre 2026
        Heure : 12h30
        Lieu : agence Nantes Graslin, 4 place Graslin – ou par téléphone si vous le préférez
        Objet : bilan épargne et simulation de prêt immobilier (projet d'environ 240 000 €)

        Pensez à apporter vos trois derniers relevés de compte.

        Votre banque – Crédit Maritime de l'Ouest
        """.replace("–", "-"))
    return message([
        rcv("mta.creditmaritimeouest.example.fr", "2026-12-08 09:30:12", PARIS, "Bq6n0Hw3"),
        ("From", addr("Crédit Maritime de l'Ouest", "rdv@creditmaritimeouest.example.fr", "iso-8859-15")),
        ("To", ME_ADDR),
        ("Subject", enc("Confirmation de votre rendez-vous du 15/12", "iso-8859-15")),
        ("Date", date("2026-12-08 09:30:09", PARIS)),
        ("Message-ID", "<rdv.conseiller.778210@creditmaritimeouest.example.fr>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(48), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="A friend forwards HER OWN Lever confirmation (Monday, December 14, 10:00 AM CET) to ask for advice: "
           "a confirmed interview, but not the inbox owner's.")
def m48() -> bytes:
    body = t("""
        Coucou Maëlle !!

        Regarde, j'ai décroché l'entretien chez Brizh Robotics 😱 Tu connais des gens là-bas ? Tu aurais
        deux minutes ce week-end pour me faire répéter la partie technique ? Je te paie un kouign-amann.

        Soizic

        ---------- Forwarded message ---------
        De : Brizh Robotics <no-reply@hire.lever.co>
        Date: mar. 8 déc. 2026 à 10:02
        Subject: Your interview with Brizh Robotics is confirmed
        To: <soizic.kervella@example.com>

        Hi Soizic,

        Your interview for Robotics Software Engineer at Brizh Robotics has been scheduled.

        When: Monday, December 14, 2026, 10:00 AM - 11:00 AM CET
        Where: Brizh Robotics, 18 rue de Siam, Brest
        With: Tanguy Morvan, Engineering Manager

        Brizh Robotics Talent Team
        """)
    return message([
        rcv("mail-qk1-f170.google.com", "2026-12-08 12:44:50", PARIS, "Fo1e4Mz7"),
        ("From", addr("Soizic Kervella", "soizic.kervella@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Your interview with Brizh Robotics is confirmed"),
        ("Date", date("2026-12-08 12:44:47", PARIS)),
        ("Message-ID", "<CAPz3+1Yh7mQx2Lk9wBv0eRt5o_NdFgT8sJ6cA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="conference_talk", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Conference speaker confirmation: her own talk slot, Thursday 10 December 14:30-15:00 in Rennes. "
           "Fixed time she presents at, not an interview.")
def m49() -> bytes:
    body = t("""
        Hi Maëlle,

        Congratulations - your talk "Cleaning 4 billion AIS positions without losing a ship" has been
        accepted for Breizh Data Days 2026!

        Your slot: Thursday 10 December, 14:30 - 15:00, Room "Vilaine" (Couvent des Jacobins, Rennes)
        Format: 25 min talk + 5 min Q&A
        Speaker check-in: from 13:45 at the speakers' desk

        Please confirm your slot and upload your slides by 3 December via the speaker portal:
        https://breizhdatadays.example.org/speakers/confirm/2281

        See you in Rennes,
        The Breizh Data Days programme committee
        """)
    return message([
        rcv("mail.breizhdatadays.example.org", "2026-11-02 17:05:26", PARIS, "Bd3f9Cw2"),
        ("From", addr("Breizh Data Days", "speakers@breizhdatadays.example.org")),
        ("To", ME),
        ("Subject", "[BDD 2026] Your talk is accepted - Thursday 10 December, 14:30"),
        ("Date", date("2026-11-02 17:05:23", PARIS)),
        ("Message-ID", "<bdd2026-speaker-2281@breizhdatadays.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(50), family="referral_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Internal HR note at her current employer: the candidate SHE referred (cooptation) is interviewed "
           "mardi 1er décembre à 14h. Someone else's interview, not hers.")
def m50() -> bytes:
    body = t("""
        Bonjour Maëlle,

        Bonne nouvelle pour ta cooptation : Paul Guillemot, que tu nous as recommandé pour le poste de
        data analyst, passe son entretien avec Céline et moi le mardi 1er décembre à 14h.

        Si tout se passe bien, la prime de cooptation te sera versée à la fin de sa période d'essai.
        Merci encore de faire vivre le programme !

        Armelle
        Ressources humaines – Morvenn Marine Systems
        """)
    return message([
        ("Received", "from AM0PR02MB5561.eurprd02.prod.outlook.com (2603:10a6:208:15b::12) by\r\n"
                     " AM0PR02MB6120.eurprd02.prod.outlook.com with HTTPS; Wed, 25 Nov 2026 13:32:18 +0000"),
        ("From", addr("Armelle Nicol", "armelle.nicol@morvenn-marine.example.com")),
        ("To", ME),
        ("Subject", enc("Ta cooptation – entretien de Paul Guillemot")),
        ("Date", "Wed, 25 Nov 2026 13:32:15 +0000"),
        ("Message-ID", "<AM0PR02MB5561F7A0C3E94B21D6A8E0C5B7F3@AM0PR02MB5561.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), html(gmail_html(body))))
