"""blind228: 50 hand-written mails from the inbox of Camille Weber (Colmar), written blind.

Built and checked by ``python3 bench/heldout/make_blind.py blind228``. Keys 1-23 are the positives,
24-50 the negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
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
    t,
    text,
    utc,
)

ORDER = random.Random(2280228).sample(range(1, 51), 50)

ME = "camille.weber@example.org"
ME_H = addr("Camille Weber", ME)
PARIS = "Europe/Paris"
MX = "mx2.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind228_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
         received: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if received:
        hs.append(received)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


ZURICH_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
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

ROMANCE_VTZ = """BEGIN:VTIMEZONE
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


# --------------------------------------------------------------------------- 1 Greenhouse, Strasbourg
@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", PARIS), end=utc("2026-09-15 10:45", PARIS),
           contact="maelle.ortiz@kronthal-brewing.com", company="Brasserie Kronthal",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
           note="Greenhouse confirmation, '10:00 AM - 10:45 AM CEST (Europe/Paris)' on Tue 15 Sep: CEST = UTC+2 "
                "-> 08:00-08:45Z; From is the Greenhouse relay, contact = the human Reply-To")
def m01() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for making time to speak with us! This email confirms your interview for the
        Supply Planning Lead role at Brasserie Kronthal.

        Interview details
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Paris)
        Location: Brasserie Kronthal, 14 rue du Houblon, 67000 Strasbourg
        (reception desk, 2nd floor - please bring a photo ID for your visitor badge)

        You'll be meeting with:
        - Maëlle Ortiz, Talent Partner
        - Bastien Roos, Head of Planning & Logistics

        If anything comes up and you need to move the interview, simply reply to this email.

        See you soon,
        Maëlle

        --
        Brasserie Kronthal | Talent Acquisition
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a33">
        <p>Hi Camille,</p>
        <p>Thanks for making time to speak with us! This email confirms your interview for the
        <b>Supply Planning Lead</b> role at Brasserie Kronthal.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2" style="font-weight:bold;border-bottom:1px solid #ccc">Interview details</td></tr>
        <tr><td>Date:</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td>Time:</td><td>10:00 AM - 10:45 AM CEST (Europe/Paris)</td></tr>
        <tr><td>Location:</td><td>Brasserie Kronthal, 14 rue du Houblon, 67000 Strasbourg<br>
        (reception desk, 2nd floor - please bring a photo ID for your visitor badge)</td></tr>
        </table>
        <p>You&#39;ll be meeting with:</p>
        <ul><li>Ma&euml;lle Ortiz, Talent Partner</li><li>Bastien Roos, Head of Planning &amp; Logistics</li></ul>
        <p>If anything comes up and you need to move the interview, simply reply to this email.</p>
        <p>See you soon,<br>Ma&euml;lle</p>
        <p style="color:#888;font-size:11px">Brasserie Kronthal | Talent Acquisition<br>Powered by Greenhouse</p>
        <img src="https://us.greenhouse-mail.io/o/9f2c1e7a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Maëlle Ortiz", "no-reply@us.greenhouse-mail.io"),
              "Interview confirmation: Supply Planning Lead at Brasserie Kronthal",
              "2026-09-09 14:32:07", "UTC", "<68f1c2a9d4e5b.7730412@us.greenhouse-mail.io>",
              received=rcv("o12.us.greenhouse-mail.io", "192.0.2.41", "2026-09-09 14:32:07", "UTC", "4MkT2q0Zx1z9"),
              extra=(("Reply-To", addr("Maëlle Ortiz", "maelle.ortiz@kronthal-brewing.com")),
                     ("X-Mailer", "Greenhouse Mailer")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 2 Personio, Freiburg, in French
@make.mail(n(2), family="personio", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-08 14:00", "Europe/Berlin"), end=utc("2026-10-08 15:00", "Europe/Berlin"),
           contact="lena.hofmeister@schwarzwaldquelle.de", company="Schwarzwaldquelle Hofmeister GmbH",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone="Europe/Berlin",
           note="Personio invitation from a Freiburg employer written in French: 'jeudi 8 octobre 2026, "
                "14:00 - 15:00 (heure de Berlin)', CEST = UTC+2 -> 12:00-13:00Z, ICS agrees; sender is "
                "noreply, contact = the recruiter's address in the signature")
def m02() -> bytes:
    body = t("""
        Bonjour Madame Weber,

        Nous vous remercions pour votre candidature au poste de « Planificatrice / Planificateur
        Supply Chain (F/H/D) » et avons le plaisir de vous inviter à un entretien.

        Date : jeudi 8 octobre 2026
        Heure : 14:00 - 15:00 (heure de Berlin)
        Lieu : Microsoft Teams – le lien figure dans l'invitation ci-jointe
        Participants : Lena Hofmeister (RH), Tobias Ebner (Leiter Supply Chain)

        L'entretien se déroulera en français, avec une courte partie en allemand.
        Merci de confirmer votre participation via le bouton ci-dessous.

        [ Accepter l'invitation ]  https://schwarzwaldquelle.jobs.personio.de/invitation/7f3a19c2

        Pour toute question : Lena Hofmeister, lena.hofmeister@schwarzwaldquelle.de,
        +49 761 555 0142

        Cordialement,
        Lena Hofmeister
        Personal & Recruiting
        Schwarzwaldquelle Hofmeister GmbH · Hugstetter Str. 88 · 79106 Freiburg im Breisgau

        Diese E-Mail wurde über Personio versendet.
        """)
    ics = VTZ["Europe/Berlin"] + "\n"
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + ics + t("""
        BEGIN:VEVENT
        UID:personio-interview-5520871@personio.de
        DTSTAMP:20260930T081244Z
        DTSTART;TZID=Europe/Berlin:20261008T140000
        DTEND;TZID=Europe/Berlin:20261008T150000
        SUMMARY:Entretien – Planificatrice / Planificateur Supply Chain (Camille Weber)
        LOCATION:Microsoft Teams
        DESCRIPTION:Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4ZGU1
        ORGANIZER;CN=Lena Hofmeister:mailto:lena.hofmeister@schwarzwaldquelle.de
        ATTENDEE;CN=Camille Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.weber@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Schwarzwaldquelle Hofmeister GmbH", "noreply@personio.de"),
              "Invitation à un entretien – Planificatrice / Planificateur Supply Chain",
              "2026-09-30 10:12:44", "Europe/Berlin", "<20260930081244.5520871.interview@mail.personio.de>",
              received=rcv("mail-out3.personio.de", "198.51.100.23", "2026-09-30 10:12:44", "Europe/Berlin",
                           "4Q8m1R6bTz2d"))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="quoted-printable", filename="invitation.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 3 Basel employer, prose, all-day ICS
@make.mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-08 08:45", "Europe/Zurich"),
           contact="sandrine.gerber@dreilaender-logistik.ch", company="Dreiländer Logistik AG",
           local="Tue 2026-12-08 08:45", zone="Europe/Zurich",
           note="Basel HR writes 'mardi 8 à 8h45' (Date Thu 3 Dec, so Tue 8 Dec; subject '08/12'); Basel in "
                "December = CET UTC+1 -> 07:45Z; the Outlook ICS is an all-day placeholder, the time is only "
                "in the text; 'environ une heure et demie' is approximate -> no end; contact = sender")
def m03() -> bytes:
    body = t("""
        Bonjour Madame Weber,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien dans nos
        locaux de Bâle le mardi 8 à 8h45 (heure suisse, donc la même qu'à Colmar).

        Vous rencontrerez M. Urs Vonlanthen, responsable de la planification des flux boissons,
        et moi-même. Comptez environ une heure et demie, visite de l'entrepôt comprise – prévoyez
        des chaussures fermées.

        Adresse : Dreiländer Logistik AG, Hafenstrasse 21, 4057 Basel (Kleinhüningen).
        Depuis Colmar, le plus simple est le TER jusqu'à Bâle SBB puis le tram 8 direction
        Weil am Rhein, arrêt Kleinhüningen. Le parking visiteurs se trouve à l'entrée B.

        Je vous ai envoyé un « bloqueur » pour la journée dans votre agenda, l'heure exacte est
        celle indiquée ci-dessus.

        Meilleures salutations,

        Sandrine Gerber
        HR Business Partner
        Dreiländer Logistik AG
        Hafenstrasse 21 | CH-4057 Basel
        T +41 61 555 37 12
        sandrine.gerber@dreilaender-logistik.ch
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Gerber:mailto:sandrine.gerber@dreilaender-logistik.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Weber:mailto:camille.weber@example.org
        DESCRIPTION;LANGUAGE=fr-CH:Entretien Camille Weber – voir e-mail pour l'heure.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0C9A1B2E482DC01000000000000000010000000A4E1F37C
        SUMMARY;LANGUAGE=fr-CH:Entretien C. Weber (Bâle)
        DTSTART;VALUE=DATE:20261208
        DTEND;VALUE=DATE:20261209
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T152012Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CH:Hafenstrasse 21, 4057 Basel
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Gerber Sandrine", "sandrine.gerber@dreilaender-logistik.ch", "windows-1252"),
              "Entretien du 08/12 – confirmation", "2026-12-03 16:20:31", "Europe/Zurich",
              "<ZR0P278MB0412C3A1E55F4D8B9A@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>",
              received=rcv("mail-zr0che01on2112.outbound.protection.outlook.com", "203.0.113.112",
                           "2026-12-03 16:20:31", "Europe/Zurich", "4RtD6n1vKq3w"),
              extra=(("Thread-Topic", enc("Entretien du 08/12 – confirmation", "windows-1252")),
                     ("Content-Language", "fr-CH")),
              charset="windows-1252")
    return message(hs, mixed(text(body, charset="windows-1252", cte="8bit"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 4 Teamtailor, Eguisheim, visio
@make.mail(n(4), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-07 15:30", PARIS), end=utc("2026-10-07 16:00", PARIS),
           contact="sophie.kessler@hertzog-lutz.fr", company="Domaine Hertzog-Lutz",
           local="Wed 2026-10-07 15:30", local_end="2026-10-07 16:00", zone=PARIS,
           note="Teamtailor: 'mercredi 7 octobre à 15 h 30', 'durée : 30 minutes' (exact) -> 13:30-14:00Z "
                "(CEST, UTC+2); From is the Teamtailor no-reply, contact = human Reply-To")
def m04() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir choisi un créneau : votre entretien visio pour le poste de Responsable
        logistique & planification est bien réservé.

        Quand : mercredi 7 octobre à 15 h 30
        Durée : 30 minutes
        Où : Microsoft Teams (le lien vous sera aussi envoyé la veille)
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTlk%40thread.v2/0

        Vous échangerez avec Sophie Kessler (RH) et Antoine Lutz, co-gérant du domaine.

        Un empêchement ? Répondez simplement à ce message.

        À mercredi,
        Sophie Kessler
        Domaine Hertzog-Lutz · 3 rue des Remparts · 68420 Eguisheim

        Envoyé via Teamtailor · Se désabonner des e-mails de candidature
        """)
    page = t("""
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f1ec">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif">
        <img src="https://assets.teamtailor-cdn.com/hertzog-lutz/logo.png" alt="Domaine Hertzog-Lutz" height="40">
        <p>Bonjour Camille,</p>
        <p>Merci d&#39;avoir choisi un cr&eacute;neau&nbsp;: votre entretien visio pour le poste de
        <strong>Responsable logistique &amp; planification</strong> est bien r&eacute;serv&eacute;.</p>
        <p style="background:#f4f1ec;padding:12px;border-radius:6px">
        <strong>Quand&nbsp;:</strong> mercredi 7 octobre &agrave; 15&nbsp;h&nbsp;30<br>
        <strong>Dur&eacute;e&nbsp;:</strong> 30 minutes<br>
        <strong>O&ugrave;&nbsp;:</strong> Microsoft Teams</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTlk%40thread.v2/0"
        style="background:#7a1f3d;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Rejoindre la r&eacute;union</a></p>
        <p>Vous &eacute;changerez avec Sophie Kessler (RH) et Antoine Lutz, co-g&eacute;rant du domaine.</p>
        <p>Un emp&ecirc;chement&nbsp;? R&eacute;pondez simplement &agrave; ce message.</p>
        <p>&Agrave; mercredi,<br>Sophie Kessler</p>
        <p style="font-size:11px;color:#999">Domaine Hertzog-Lutz &middot; 3 rue des Remparts &middot; 68420 Eguisheim<br>
        Envoy&eacute; via Teamtailor</p>
        </div></body></html>
        """)
    hs = head(addr("Sophie Kessler – Domaine Hertzog-Lutz", "no-reply@teamtailor-mail.com"),
              "Votre entretien avec Domaine Hertzog-Lutz est confirmé", "2026-10-01 09:47:15", "UTC",
              "<0102019a4c77e1b3-5d1f2c86-8e0a-4f7b-9d43-61b0c2e8a7f5-000000@eu-west-1.amazonses.com>",
              received=rcv("a48-112.smtp-out.eu-west-1.amazonses.com", "54.240.48.112", "2026-10-01 09:47:15",
                           "UTC", "4Q2fW7kLmS0p"),
              extra=(("Reply-To", addr("Sophie Kessler", "sophie.kessler@hertzog-lutz.fr")),
                     ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c8d2f1>")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 5 Calendly, remote team, DST edge
@make.mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 11:00", PARIS), end=utc("2026-10-29 11:30", PARIS),
           contact="aoife.brennan@cellarwise.io", company="Cellarwise",
           local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:30", zone=PARIS,
           note="Calendly invitee confirmation, '11:00am - 11:30am (Central European Time)' on Thu 29 Oct: Europe "
                "left summer time on Sun 25 Oct, so CET = UTC+1 -> 10:00-10:30Z (ICS in UTC agrees); mail sent "
                "Mon 26 Oct; contact = organizer in Reply-To")
def m05() -> bytes:
    body = t("""
        Hi Camille Weber,

        Your Cellarwise - Operations Planner: first interview with Aoife Brennan is scheduled.

        Event Type:
        Cellarwise - Operations Planner: first interview

        Invitee:
        Camille Weber

        Event Date/Time:
        11:00am - 11:30am (Central European Time), Thursday, October 29, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/qvd-wmhk-rza

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3c7e0a51-9d2b-4f1e-b6a0-2f8c7d4e1a90
        Reschedule: https://calendly.com/reschedulings/3c7e0a51-9d2b-4f1e-b6a0-2f8c7d4e1a90

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:auto">
        <p>Hi Camille Weber,</p>
        <p>Your <b>Cellarwise - Operations Planner: first interview</b> with Aoife Brennan is scheduled.</p>
        <p><b>Event Type:</b><br>Cellarwise - Operations Planner: first interview</p>
        <p><b>Invitee:</b><br>Camille Weber</p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Central European Time), Thursday, October 29, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/qvd-wmhk-rza">Join now</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/3c7e0a51-9d2b-4f1e-b6a0-2f8c7d4e1a90">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3c7e0a51-9d2b-4f1e-b6a0-2f8c7d4e1a90">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261029T100000Z
        DTEND:20261029T103000Z
        DTSTAMP:20261026T091402Z
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@cellarwise.io
        UID:calendly-3c7e0a51-9d2b-4f1e-b6a0-2f8c7d4e1a90
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Weber:mailto:camille.weber@example.org
        SUMMARY:Camille Weber and Aoife Brennan
        LOCATION:https://meet.google.com/qvd-wmhk-rza
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Cellarwise - Operations Planner: first interview with Aoife Brennan on Thursday, "
              "October 29, 2026", "2026-10-26 09:14:02", "UTC",
              "<01000196d1f4a2c8-7e3b9a14-22c6-4d08-a51e-0c9f3b7d6e21-000000@email.amazonses.com>",
              received=rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2026-10-26 09:14:02", "UTC",
                           "4S1pN3cYvX8h"),
              extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@cellarwise.io")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(body=page)),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


GCAL_HTML_FOOT = ("<p style=\"color:#70757a;font-size:11px\">Invitation de Google Agenda<br>Vous recevez cet "
                  "e-mail, car vous êtes invité à cet événement.</p>")


# --------------------------------------------------------------------------- 6 Google Calendar, Mulhouse
@make.mail(n(6), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-19 09:30", PARIS), end=utc("2026-10-19 10:30", PARIS),
           contact="julien.moser@limonaderie-koenig.fr", company="Limonaderie Koenig",
           local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:30", zone=PARIS,
           note="Google Calendar invitation from the hiring manager, 'lun. 19 oct. 2026 09:30 – 10:30 (UTC+2)' "
                "-> 07:30-08:30Z, ICS TZID Europe/Paris agrees; contact = organizer/sender")
def m06() -> bytes:
    body = t("""
        Julien Moser vous a invité à un événement

        Entretien – Responsable planification (Camille Weber)
        Quand : lundi 19 oct. 2026 · 09:30 – 10:30 (heure d'été d'Europe centrale - Paris)
        Où : Limonaderie Koenig, 12 rue de la Fonderie, 68100 Mulhouse – bâtiment B

        Participer avec Google Meet
        meet.google.com/xbr-pqam-tvk

        Invités
        Julien Moser - organisateur
        Camille Weber
        Estelle Roth

        Bonjour Camille, on se voit sur place (bâtiment B, 1er étage). Le lien Meet est là au cas
        où Estelle nous rejoindrait à distance. Julien

        Afficher tous les détails de l'invitation :
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2VpNWE4

        Répondre pour camille.weber@example.org : Oui / Non / Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Julien Moser vous a invité à un événement</p>
        <h2 style="font-weight:400">Entretien – Responsable planification (Camille Weber)</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>lundi 19 oct. 2026 · 09:30 – 10:30 (heure d'été d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Où</td><td>Limonaderie Koenig, 12 rue de la Fonderie, 68100 Mulhouse – bâtiment B</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Julien Moser - organisateur<br>Camille Weber<br>Estelle Roth</td></tr></table>
        <p><a href="https://meet.google.com/xbr-pqam-tvk" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a></p>
        <p>Bonjour Camille, on se voit sur place (bâtiment B, 1er étage). Le lien Meet est là au cas
        où Estelle nous rejoindrait à distance. Julien</p>
        """) + GCAL_HTML_FOOT + "\n</div></body></html>\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261019T093000
        DTEND;TZID=Europe/Paris:20261019T103000
        DTSTAMP:20261013T160511Z
        ORGANIZER;CN=Julien Moser:mailto:julien.moser@limonaderie-koenig.fr
        UID:7ei5a8q1c0n2d4k6m3b9s1t7u0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Moser;X-NUM-GUESTS=0:mailto:julien.moser@limonaderie-koenig.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.weber@example.org;X-NUM-GUESTS=0:mailto:camille.weber@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Estelle Roth;X-NUM-GUESTS=0:mailto:estelle.roth@limonaderie-koenig.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/xbr-pqam-tvk
        CREATED:20261013T160506Z
        DESCRIPTION:Bonjour Camille\\, on se voit sur place (bâtiment B\\, 1er étage).
        LAST-MODIFIED:20261013T160511Z
        LOCATION:Limonaderie Koenig\\, 12 rue de la Fonderie\\, 68100 Mulhouse – bâtiment B
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien – Responsable planification (Camille Weber)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    subject = ("Invitation: Entretien – Responsable planification (Camille Weber) @ lun. 19 oct. 2026 "
               "09:30 - 10:30 (UTC+2) (camille.weber@example.org)")
    hs = head(addr("Julien Moser", "julien.moser@limonaderie-koenig.fr"), subject, "2026-10-13 16:05:11", "UTC",
              "<calendar-5b1e0f3a-7c29-4d6e-9a18-c2f4e7b3d901@google.com>",
              received=rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-10-13 16:05:11", "UTC", "4S9qZ2hJcD5n"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Moser", "julien.moser@limonaderie-koenig.fr"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 7 Exchange, time only in the ICS
@make.mail(n(7), family="exchange", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-03 14:00", PARIS), end=utc("2026-11-03 15:00", PARIS),
           contact="nadia.belkacem@vogesia-bouchages.fr", company="Vogesia Bouchages",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=PARIS,
           note="Outlook meeting request whose body has no date or time at all: DTSTART;TZID=Romance Standard "
                "Time:20261103T140000 -> Paris, CET after 25 Oct = UTC+1 -> 13:00-14:00Z; contact = organizer")
def m07() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu au téléphone, voici l'invitation pour votre entretien avec Pierre Lambert,
        notre directeur des opérations. Le premier quart d'heure se fera en visio avec notre site
        de Saint-Dié, la suite sur place à Colmar.

        À très vite,
        Nadia

        Nadia Belkacem | Chargée de recrutement
        Vogesia Bouchages SAS | 8 rue de l'Industrie | 68000 Colmar
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJmNzFh%40thread.v2/0>
        ID de la réunion : 361 882 447 519
        Code secret : 6bQ3Yt
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"></head>\n<body lang=\"FR\" link=\"#0563C1\">\n<div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n")[:12])
            + "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
              "________________________________________________________________________________</span></div>\n"
              "<div><span style=\"font-size:24px;font-weight:600;color:#252424\">Réunion Microsoft Teams</span></div>\n"
              "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJmNzFh%40thread.v2/0\">"
              "Cliquez ici pour rejoindre la réunion</a></div>\n"
              "<div>ID de la réunion : 361 882 447 519<br>Code secret : 6bQ3Yt</div>\n</div>\n</body></html>\n")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Belkacem:mailto:nadia.belkacem@vogesia-bouchages.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Weber:mailto:camille.weber@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pierre Lambert:mailto:pierre.lambert@vogesia-bouchages.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nComme convenu au téléphone\\, voici l'invitation pour votre entretien avec Pierre Lambert.\\n
        UID:040000008200E00074C5B7101A82E008000000009C3B8E14F160DC01000000000000000010000000E2B9C4A1
        SUMMARY;LANGUAGE=fr-FR:Entretien Camille Weber – Planificateur supply chain
        DTSTART;TZID=Romance Standard Time:20261103T140000
        DTEND;TZID=Romance Standard Time:20261103T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T101842Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Riesling (Colmar) / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124117386
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Nadia Belkacem", "nadia.belkacem@vogesia-bouchages.fr"),
              "Entretien Camille Weber – Planificateur supply chain", "2026-10-29 11:18:42", PARIS,
              "<PAXPR03MB7810E5A2C14B9F3D6E@PAXPR03MB7810.eurprd03.prod.outlook.com>",
              received=rcv("mail-eopbgr80071.outbound.protection.outlook.com", "40.107.8.71", "2026-10-29 11:18:42",
                           PARIS, "4Rz0L1nWq7Vm"),
              extra=(("Thread-Topic", "Entretien Camille Weber - Planificateur supply chain"),
                     ("Thread-Index", "AdtJq3B2xKp9Lm0fQcu8sV4W1y2ZpA=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 8 Workday, HTML only, base64
@make.mail(n(8), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 09:00", PARIS), end=utc("2026-11-12 10:00", PARIS),
           contact="helene.straub@lorentz-spirits.com", company="Lorentz Spirits Group",
           local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone=PARIS,
           note="Workday, HTML only in base64: 'Thursday, 12 November 2026, 9:00 AM - 10:00 AM (CET) Paris' -> "
                "08:00-09:00Z; sender is the Workday tenant address, contact = recruiter address in the body")
def m08() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background-color:#f0f0f0">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#2b1d14;color:#e8c98f;font-size:18px">Lorentz Spirits Group &ndash; Careers</td></tr>
        <tr><td>
        <p>Dear Camille Weber,</p>
        <p>Thank you for your interest in the position <b>Demand &amp; Supply Planning Manager (R-0048812)</b>.
        We are pleased to confirm the following interview:</p>
        <table cellpadding="6" style="border:1px solid #ddd;width:100%">
        <tr><td width="30%"><b>Interview</b></td><td>Panel interview &ndash; Supply Chain</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, 12 November 2026</td></tr>
        <tr><td><b>Time</b></td><td>9:00 AM - 10:00 AM (CET) Paris</td></tr>
        <tr><td><b>Location</b></td><td>Lorentz Spirits Group, 2 avenue de l&#39;Europe, 67300 Schiltigheim &ndash; Accueil</td></tr>
        <tr><td><b>Interviewers</b></td><td>H&eacute;l&egrave;ne Straub (Talent Acquisition), Karim Benali (VP Operations)</td></tr>
        </table>
        <p>Should you have any questions regarding your interview, please contact
        H&eacute;l&egrave;ne Straub at <a href="mailto:helene.straub@lorentz-spirits.com">helene.straub@lorentz-spirits.com</a>.</p>
        <p>You can review your application at any time in our
        <a href="https://wd3.myworkdaysite.com/recruiting/lorentz/External/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Lorentz Spirits Group</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Lorentz Spirits Group", "lorentz@myworkday.com"),
              "Interview Scheduled - Demand & Supply Planning Manager", "2026-11-03 15:02:56", "UTC",
              "<1762182176419.2841735.JavaMail.wdsvc@wd3-prod-mailer-7.myworkday.com>",
              received=rcv("wd3-mta-2.myworkday.com", "198.51.100.77", "2026-11-03 15:02:56", "UTC", "4T3bK8pQwE6c"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- 9 phone reply, tu, 'rebelote jeudi même heure'
@make.mail(n(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-26 17:30", PARIS),
           contact="tom.schaller@brasserieduried.fr", company="Brasserie du Ried",
           local="Thu 2026-11-26 17:30", zone=PARIS,
           note="Phone reply 'Rebelote jeudi même heure' sent Fri 20 Nov: 'jeudi' = Thu 26 Nov, 'même heure' = the "
                "17h30 of the first coffee in the quoted mail; CET UTC+1 -> 16:30Z; second interview with the "
                "co-founder; no length; contact = sender")
def m09() -> bytes:
    body = t("""
        Top ! Marc est ok. Rebelote jeudi même heure alors, à la brasserie 🍺
        Ce sera ton vrai entretien avec lui : visite de la salle de brassage puis il te cuisine
        sur le planning des brassins et les appros de malt. Prends ton ordi si tu veux montrer
        ton fichier de prévisions.

        Tom

        Envoyé de mon iPhone

        > Le 19 nov. 2026 à 19:02, Camille Weber <camille.weber@example.org> a écrit :
        >
        > Salut Tom,
        >
        > Merci pour le café de tout à l'heure (17h30 pile, bravo pour la ponctualité 😄).
        > Comme je te disais, je serais vraiment contente de rencontrer Marc. Jeudi prochain
        > m'irait bien, idéalement en fin de journée comme aujourd'hui.
        >
        > Belle soirée,
        > Camille
        """)
    hs = head(addr("Tom Schaller", "tom.schaller@brasserieduried.fr"), "Re: Merci pour le café !",
              "2026-11-20 21:47:09", PARIS, "<A3F1C0D2-5B7E-4C19-9E2A-7D8B6F41C3E5@brasserieduried.fr>",
              received=rcv("smtp.ovh-mail.example.net", "198.51.100.201", "2026-11-20 21:47:09", PARIS,
                           "4VbW1m2Tz9Kx"),
              extra=(("In-Reply-To", "<CAJx9qT2-cw-f4rY1@mail.example.org>"),
                     ("References", "<CAJx9qT2-cw-f4rY1@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


# --------------------------------------------------------------------------- 10 SmartRecruiters, London
@make.mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-01 14:00", "Europe/London"), end=utc("2026-12-01 14:45", "Europe/London"),
           contact="priya.nandakumar@grapegrid.co.uk", company="GrapeGrid",
           local="Tue 2026-12-01 14:00", local_end="2026-12-01 14:45", zone="Europe/London",
           note="SmartRecruiters: '2:00 PM - 2:45 PM GMT (London)', Tue 1 Dec; GMT = UTC -> 14:00-14:45Z, the "
                "body's '3:00 PM Central European Time' agrees; noreply sender, contact = coordinator in body")
def m10() -> bytes:
    body = t("""
        Hi Camille,

        Great news - your interview for Supply & Demand Planner (Remote, EU) with GrapeGrid has
        been scheduled.

        When: Tuesday, December 1, 2026
              2:00 PM - 2:45 PM GMT (London)
              That's 3:00 PM - 3:45 PM Central European Time for you.
        Where: Video call - https://grapegrid.zoom.us/j/84120937765
        Who:  Oliver Grant, Head of Operations
              Priya Nandakumar, Talent Coordinator

        Your coordinator for this process is Priya Nandakumar (priya.nandakumar@grapegrid.co.uk).
        Please reach out to her directly with any questions or if you need adjustments.

        Good luck!
        The GrapeGrid Hiring Team

        ---
        You are receiving this message because you applied for a job at GrapeGrid via SmartRecruiters.
        Privacy policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2e2e2e">
        <p>Hi Camille,</p>
        <p>Great news - your interview for <b>Supply &amp; Demand Planner (Remote, EU)</b> with GrapeGrid has been scheduled.</p>
        <table cellpadding="4">
        <tr><td valign="top"><b>When:</b></td><td>Tuesday, December 1, 2026<br>2:00 PM - 2:45 PM GMT (London)<br>
        <span style="color:#777">That&#39;s 3:00 PM - 3:45 PM Central European Time for you.</span></td></tr>
        <tr><td><b>Where:</b></td><td>Video call - <a href="https://grapegrid.zoom.us/j/84120937765">https://grapegrid.zoom.us/j/84120937765</a></td></tr>
        <tr><td valign="top"><b>Who:</b></td><td>Oliver Grant, Head of Operations<br>Priya Nandakumar, Talent Coordinator</td></tr>
        </table>
        <p>Your coordinator for this process is Priya Nandakumar
        (<a href="mailto:priya.nandakumar@grapegrid.co.uk">priya.nandakumar@grapegrid.co.uk</a>).
        Please reach out to her directly with any questions or if you need adjustments.</p>
        <p>Good luck!<br>The GrapeGrid Hiring Team</p>
        <p style="font-size:11px;color:#999">You are receiving this message because you applied for a job at GrapeGrid via SmartRecruiters.</p>
        </body></html>
        """)
    hs = head(addr("GrapeGrid", "noreply@smartrecruiters.com"),
              "Interview scheduled: Supply & Demand Planner (Remote, EU)", "2026-11-23 12:40:19", "UTC",
              "<1.2.8871236.ab42c1f0e97d@mail.smartrecruiters.com>",
              received=rcv("mta-71.smartrecruiters.com", "192.0.2.171", "2026-11-23 12:40:19", "UTC", "4VdX3q7Rn0Lb"))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


# --------------------------------------------------------------------------- 11 Microsoft Bookings, Dannemarie
@make.mail(n(11), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-16 10:00", PARIS), end=utc("2026-09-16 10:45", PARIS),
           company="Agro Logistique du Sundgau",
           local="Wed 2026-09-16 10:00", local_end="2026-09-16 10:45", zone=PARIS,
           note="Microsoft Bookings: '10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' shows the "
                "standard offset, but 16 Sep is summer time (CEST, UTC+2) -> 08:00-08:45Z, ICS (Romance Standard "
                "Time) agrees; sender is a Bookings mailbox and the staff member has no address -> contact null")
def m11() -> bytes:
    body = t("""
        Bonjour Camille Weber,

        Votre rendez-vous est confirmé.

        Entretien de recrutement – Planificateur(trice) de production
        mercredi 16 septembre 2026
        10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Personnel : Marc Fuchs

        Adresse
        Agro Logistique du Sundgau
        ZA du Largue, 4 rue des Tilleuls, 68210 Dannemarie

        Ajouter à votre calendrier : le fichier .ics est joint.

        Besoin de modifier ou d'annuler ?
        Gérer la réservation : https://outlook.office365.com/owa/calendar/EntretiensALS@agrologistique-sundgau.fr/bookings/

        Merci de vous présenter à l'accueil 10 minutes avant l'heure du rendez-vous.

        Agro Logistique du Sundgau
        """)
    page = ("<html><body style=\"font-family:'Segoe UI',sans-serif;font-size:14px\">\n"
            + "".join(f"<div>{line or '<br>'}</div>\n" for line in body.split("\n")) + "</body></html>\n")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Agro Logistique du Sundgau:mailto:EntretiensALS@agrologistique-sundgau.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Weber:mailto:camille.weber@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – Planificateur(trice) de production\\nPersonnel : Marc Fuchs\\n
        UID:040000008200E00074C5B7101A82E00800000000B1D93E2AC13ADC01000000000000000010000000F0A3D5E6
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Planificateur(trice) de production
        DTSTART;TZID=Romance Standard Time:20260916T100000
        DTEND;TZID=Romance Standard Time:20260916T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260911T073011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:ZA du Largue\\, 4 rue des Tilleuls\\, 68210 Dannemarie
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Agro Logistique du Sundgau", "EntretiensALS@agrologistique-sundgau.fr"),
              "Rendez-vous confirmé : Entretien de recrutement – Planificateur(trice) de production",
              "2026-09-11 09:30:11", PARIS,
              "<AM9PR03MB6721C0D11BF2A@AM9PR03MB6721.eurprd03.prod.outlook.com>",
              received=rcv("mail-am6eur05on2090.outbound.protection.outlook.com", "40.107.22.90",
                           "2026-09-11 09:30:11", PARIS, "4MnB7s2Kc1Qy"),
              extra=(("X-MS-Exchange-Organization-Bookings", "true"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 12 Ashby, Basel, forwarded as an attachment
@make.mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-30 16:00", "Europe/Zurich"), end=utc("2026-09-30 16:45", "Europe/Zurich"),
           contact="jonas.bruegger@tannin-analytics.ch", company="Tannin Analytics AG",
           local="Wed 2026-09-30 16:00", local_end="2026-09-30 16:45", zone="Europe/Zurich",
           note="Camille forwards an Ashby confirmation from her other address as message/rfc822: 'Wednesday, "
                "September 30, 2026, 4:00 PM – 4:45 PM CEST' -> 14:00-14:45Z; contact = the forwarded mail's "
                "human Reply-To (never the candidate's own addresses)")
def m12() -> bytes:
    inner_body = t("""
        Hi Camille,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, September 30, 2026, 4:00 PM – 4:45 PM CEST
        Google Meet: https://meet.google.com/fpe-xkwu-hbn

        You'll meet with:
          Jonas Brügger — Recruiter
          Dr. Anja Reinhardt — Head of Customer Operations

        Questions? Just reply and it will reach Jonas Brügger.

        Thanks,
        Tannin Analytics Recruiting
        """)
    inner_hs = [("From", addr("Tannin Analytics", "no-reply@ashbyhq.com")),
                ("To", addr("Camille Weber", "camille.weber@example.net")),
                ("Subject", "Interview confirmed: Supply Chain Data Analyst at Tannin Analytics"),
                ("Date", date("2026-09-23 13:08:51", "UTC")),
                ("Message-ID", "<0100019a2c5e71f4-9b8e3d2a-61c4-4f0e-8d7b-2a6c1f3e9b40-000000@email.amazonses.com>"),
                ("Reply-To", addr("Jonas Brügger", "jonas.bruegger@tannin-analytics.ch"))]
    inner = message(inner_hs, text(inner_body, cte="base64"))
    note = t("""
        pour l'agenda (Tannin, Bâle) – j'avais postulé avec l'adresse .net

        C.
        """)
    hs = head(addr("Camille Weber", "camille.weber@example.net"),
              "Fwd: Interview confirmed: Supply Chain Data Analyst at Tannin Analytics",
              "2026-09-24 07:55:40", PARIS, "<b6d3c1e0-2f9a-4d75-8e41-7a0c9f12e3b8@example.net>",
              received=rcv("smtp.example.net", "198.51.100.9", "2026-09-24 07:55:40", PARIS, "4Pm5Yq8Dx3Hs"))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, "Interview confirmed.eml")))


# --------------------------------------------------------------------------- 13 Lever, New York team, US DST edge
@make.mail(n(13), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-05 09:00", "America/New_York"), end=utc("2026-11-05 09:45", "America/New_York"),
           contact="dana.whitfield@corkline.com", company="Corkline",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone="America/New_York",
           note="Lever, sent Tue 27 Oct in EDT: 'Thursday, November 5, 2026 at 9:00 AM EST', 'Duration: 45 "
                "minutes'; the US is back on EST from 1 Nov (UTC-5) -> 14:00-14:45Z = 3:00 PM CET as the body "
                "says; contact = human Reply-To")
def m13() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for your interest in Corkline! I'm happy to confirm your interview for the
        European Supply Planner role.

        Interview: Hiring manager interview with Rob Castellano (VP Supply Chain)
        Date: Thursday, November 5, 2026
        Time: 9:00 AM EST (3:00 PM CET for you in France)
        Duration: 45 minutes
        Video: https://corkline.zoom.us/j/93318462207?pwd=cm9iX2Nhc3Q

        Heads-up: the clocks change in the US on November 1, a week after yours, so the gap is
        back to six hours by then.

        If you have any questions before then, just reply to this email.

        Best,
        Dana Whitfield
        Senior Recruiter, Corkline
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Camille,</p>
        <p>Thanks for your interest in Corkline! I&#39;m happy to confirm your interview for the European Supply Planner role.</p>
        <p><b>Interview:</b> Hiring manager interview with Rob Castellano (VP Supply Chain)<br>
        <b>Date:</b> Thursday, November 5, 2026<br>
        <b>Time:</b> 9:00 AM EST (3:00 PM CET for you in France)<br>
        <b>Duration:</b> 45 minutes<br>
        <b>Video:</b> <a href="https://corkline.zoom.us/j/93318462207?pwd=cm9iX2Nhc3Q">https://corkline.zoom.us/j/93318462207</a></p>
        <p>Heads-up: the clocks change in the US on November 1, a week after yours, so the gap is back to six hours by then.</p>
        <p>If you have any questions before then, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Senior Recruiter, Corkline</p>
        <img src="https://hire.lever.co/email/open/7b2d91e4.png" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Corkline", "no-reply@hire.lever.co"), "Your interview with Corkline",
              "2026-10-27 11:05:33", "America/New_York", "<lever.7b2d91e4-3c0a-4f12-b8e5-91d6a2c4f7e0@hire.lever.co>",
              received=rcv("mail-out.hire.lever.co", "192.0.2.88", "2026-10-27 11:05:33", "America/New_York",
                           "4Rx2C6vMb8Tn"),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@corkline.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


# --------------------------------------------------------------------------- 14 JOIN, Strasbourg, 'en fin de matinée, disons 11h30'
@make.mail(n(14), family="join", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-14 11:30", PARIS),
           contact="elodie.marchal@vracetvin.fr", company="Vrac & Vin",
           local="Mon 2026-12-14 11:30", zone=PARIS,
           note="Message relayed by JOIN: 'lundi 14/12 en fin de matinée, disons 11h30', agreed by phone and "
                "blocked in the agenda; CET UTC+1 -> 10:30Z; no length; sender is noreply@join.com, contact = "
                "the founder's address in the body")
def m14() -> bytes:
    body = t("""
        Nouveau message de Vrac & Vin concernant votre candidature « Responsable supply chain &
        achats (CDI) » :

        ----------------------------------------------------------------
        Bonjour Camille,

        Merci pour l'appel de ce matin, c'était très chouette d'échanger avec vous.
        Comme convenu, on se retrouve à la boutique-entrepôt (17 quai des Bateliers, Strasbourg)
        lundi 14/12 en fin de matinée, disons 11h30 – c'est bloqué dans mon agenda et dans celui
        de Yannick, mon associé. On pourra enchaîner sur un déjeuner si vous avez le temps.

        Si jamais il y a un souci, écrivez-moi directement : elodie.marchal@vracetvin.fr ou
        06 55 12 34 78.

        Élodie Marchal
        Co-fondatrice, Vrac & Vin
        ----------------------------------------------------------------

        Répondre dans JOIN : https://join.com/candidate/messages/8814203

        JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
        Vous recevez cet e-mail car vous avez postulé via JOIN.
        """)
    hs = head(addr("Vrac & Vin via JOIN", "noreply@join.com"),
              "Nouveau message de Vrac & Vin", "2026-12-09 10:21:48", PARIS,
              "<20261209092148.8814203.msg@mailer.join.com>",
              received=rcv("mailer.join.com", "203.0.113.56", "2026-12-09 10:21:48", PARIS, "4WfZ0c5Nq2Ry"))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 15 Recruitee, ISO-8859-1, relay Reply-To
@make.mail(n(15), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-22 10:00", PARIS), end=utc("2026-10-22 11:00", PARIS),
           contact="aurelie.spitz@distillerie-meyerhoff.fr", company="Distillerie Meyerhoff",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=PARIS,
           note="Recruitee, iso-8859-1: 'jeu. 22 oct. à 10h00', 'durée : 1 heure' (exact) -> CEST UTC+2 -> "
                "08:00-09:00Z; Reply-To is a Recruitee relay, not a person -> contact = signature address")
def m15() -> bytes:
    body = t("""
        Bonjour Camille,

        Suite à votre candidature pour le poste d'Approvisionneur / Planificateur (H/F), nous
        avons le plaisir de vous confirmer votre entretien :

          jeu. 22 oct. à 10h00 - durée : 1 heure
          Distillerie Meyerhoff, 5 route du Bonhomme, 68650 Lapoutroie

        Vous rencontrerez Aurélie Spitz (responsable administrative et RH) ainsi que Guy Meyerhoff,
        maître distillateur. Une dégustation n'est pas prévue... mais ce n'est pas exclu !

        En cas d'empêchement, merci de prévenir Aurélie au 03 89 55 47 10 ou par e-mail à
        aurelie.spitz@distillerie-meyerhoff.fr.

        Bien cordialement,

        Aurélie Spitz
        Distillerie Meyerhoff
        """)
    hs = head(addr("Distillerie Meyerhoff", "no-reply@recruitee.com", "iso-8859-1"),
              "Confirmation de votre entretien - Distillerie Meyerhoff", "2026-10-16 14:27:03", "UTC",
              "<5f8e2a9c41b7d.3d1e0a@recruitee.com>",
              received=rcv("smtp-out-2.recruitee.com", "192.0.2.62", "2026-10-16 14:27:03", "UTC", "4S5hT1wGe6Ap"),
              extra=(("Reply-To", "job.1873552.c.9f3e2b@inbound.recruitee.com"),),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 16 Zoom, forwarded to self, day after the clocks change
@make.mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-27 08:30", "Europe/Amsterdam"),
           contact="sanne.devries@northvine.nl", company="Northvine Trading",
           local="Tue 2026-10-27 08:30", zone="Europe/Amsterdam",
           note="Camille forwards the recruiter's mail to herself; pasted Zoom block 'Oct 27, 2026 08:30 AM "
                "Amsterdam, Berlin, Rome, Stockholm, Vienna'; clocks go back Sun 25 Oct so CET UTC+1 -> 07:30Z "
                "(mails sent Thu 22 Oct in CEST); 'about an hour' -> no end; contact = recruiter in the "
                "forwarded header")
def m16() -> bytes:
    body = t("""
        à mettre dans l'agenda !! attention changement d'heure dimanche, c'est bien 8h30 heure d'hiver

        ---------- Forwarded message ---------
        From: Sanne de Vries <sanne.devries@northvine.nl>
        Date: Thu, 22 Oct 2026 at 14:03
        Subject: Interview Tuesday - Zoom details
        To: Camille Weber <camille.weber@example.org>


        Hi Camille,

        As promised, here are the Zoom details for Tuesday morning. It will be me and our COO,
        Pieter Bakker; plan for about an hour. Pieter will want to hear about how you handled
        the 2024 harvest peak, so have some numbers ready.

        Sanne de Vries is inviting you to a scheduled Zoom meeting.

        Topic: Camille Weber - Wine Supply Planner interview
        Time: Oct 27, 2026 08:30 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://northvine.zoom.us/j/81530266194?pwd=bm9ydGh2aW5lMjc

        Meeting ID: 815 3026 6194
        Passcode: 274911

        ---
        One tap mobile
        +31207941377,,81530266194#,,,,*274911# Netherlands
        +33170379729,,81530266194#,,,,*274911# France

        Kind regards,
        Sanne de Vries
        Talent Acquisition | Northvine Trading B.V.
        Maashaven Zuidzijde 2, Rotterdam
        """)
    hs = head(ME_H, "Fwd: Interview Tuesday - Zoom details", "2026-10-22 20:15:37", PARIS,
              "<CAJx9qT3+fw-8bLd0Qk2e@mail.example.org>",
              received=rcv("mail-sor-f41.example.org", "198.51.100.41", "2026-10-22 20:15:37", PARIS, "4Rq3J9fBy7Wc"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 17 reschedule of 2, prose, windows-1252
@make.mail(n(17), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-10-13 09:30", "Europe/Berlin"), end=utc("2026-10-13 10:30", "Europe/Berlin"),
           contact="lena.hofmeister@schwarzwaldquelle.de", company="Schwarzwaldquelle Hofmeister GmbH",
           local="Tue 2026-10-13 09:30", local_end="2026-10-13 10:30", zone="Europe/Berlin",
           note="Recruiter moves 'jeudi 8 octobre à 14h00' to 'mardi prochain, ou plutôt celui d'après ... le mardi "
                "13 octobre à 9h30' (sent Mon 5 Oct); 'durée inchangée : une heure' -> CEST UTC+2 -> "
                "07:30-08:30Z; contact = sender (windows-1252, quoted-printable)")
def m17() -> bytes:
    body = t("""
        Bonjour Madame Weber,

        Comme convenu ce matin au téléphone, nous déplaçons votre entretien prévu ce jeudi
        8 octobre à 14h00 : M. Ebner doit se rendre en urgence sur notre site de Donaueschingen.

        Nous passons donc à mardi prochain, ou plutôt celui d'après puisque demain serait trop
        juste pour vous : le mardi 13 octobre à 9h30, toujours sur Teams avec le même lien.
        Durée inchangée : une heure. L'invitation Personio sera mise à jour automatiquement.

        Encore désolée pour ce changement et merci de votre souplesse.

        Freundliche Grüße / Cordialement

        Lena Hofmeister
        Personal & Recruiting
        Schwarzwaldquelle Hofmeister GmbH
        Hugstetter Str. 88 · 79106 Freiburg im Breisgau
        Tel. +49 761 555 0142
        """)
    hs = head(addr("Hofmeister, Lena", "lena.hofmeister@schwarzwaldquelle.de"),
              "Déplacement de votre entretien – nouveau créneau le 13 octobre", "2026-10-05 11:40:26",
              "Europe/Berlin", "<FR2P281MB1593D8E2A7C04B1F@FR2P281MB1593.DEUP281.PROD.OUTLOOK.COM>",
              received=rcv("mail-fr2deu01on2105.outbound.protection.outlook.com", "40.107.135.105",
                           "2026-10-05 11:40:26", "Europe/Berlin", "4QgC8r5Mv2Jd"),
              extra=(("Content-Language", "fr-FR"),), charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 18 Google Calendar update of 6
@make.mail(n(18), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-10-21 16:00", PARIS), end=utc("2026-10-21 17:00", PARIS),
           contact="julien.moser@limonaderie-koenig.fr", company="Limonaderie Koenig",
           local="Wed 2026-10-21 16:00", local_end="2026-10-21 17:00", zone=PARIS,
           note="Google Calendar 'Invitation mise à jour': old 'lundi 19 oct. 09:30 – 10:30', new 'mercredi 21 oct. "
                "2026 · 16:00 – 17:00' (CEST UTC+2) -> 14:00-15:00Z, ICS SEQUENCE 1 agrees; contact = organizer")
def m18() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien – Responsable planification (Camille Weber)
        Quand : mercredi 21 oct. 2026 · 16:00 – 17:00 (heure d'été d'Europe centrale - Paris) - Modifié
        Auparavant : lundi 19 oct. 2026 · 09:30 – 10:30
        Où : Limonaderie Koenig, 12 rue de la Fonderie, 68100 Mulhouse – bâtiment B

        Participer avec Google Meet
        meet.google.com/xbr-pqam-tvk

        Invités
        Julien Moser - organisateur
        Camille Weber
        Estelle Roth

        Julien : Désolé Camille, ligne de remplissage en panne lundi, je dois être à l'atelier.
        Merci d'avoir accepté mercredi en fin d'après-midi au téléphone.

        Répondre pour camille.weber@example.org : Oui / Non / Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Cet événement a été modifié.</p>
        <h2 style="font-weight:400">Entretien – Responsable planification (Camille Weber)</h2>
        <table><tr><td style="color:#70757a">Quand</td><td><b>mercredi 21 oct. 2026 · 16:00 – 17:00 (heure d'été d'Europe centrale - Paris)</b> - Modifié<br>
        <s>lundi 19 oct. 2026 · 09:30 – 10:30</s></td></tr>
        <tr><td style="color:#70757a">Où</td><td>Limonaderie Koenig, 12 rue de la Fonderie, 68100 Mulhouse – bâtiment B</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Julien Moser - organisateur<br>Camille Weber<br>Estelle Roth</td></tr></table>
        <p>Julien : Désolé Camille, ligne de remplissage en panne lundi, je dois être à l'atelier.
        Merci d'avoir accepté mercredi en fin d'après-midi au téléphone.</p>
        """) + GCAL_HTML_FOOT + "\n</div></body></html>\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261021T160000
        DTEND;TZID=Europe/Paris:20261021T170000
        DTSTAMP:20261017T081930Z
        ORGANIZER;CN=Julien Moser:mailto:julien.moser@limonaderie-koenig.fr
        UID:7ei5a8q1c0n2d4k6m3b9s1t7u0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Moser;X-NUM-GUESTS=0:mailto:julien.moser@limonaderie-koenig.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.weber@example.org;X-NUM-GUESTS=0:mailto:camille.weber@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Estelle Roth;X-NUM-GUESTS=0:mailto:estelle.roth@limonaderie-koenig.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/xbr-pqam-tvk
        CREATED:20261013T160506Z
        DESCRIPTION:Bonjour Camille\\, on se voit sur place (bâtiment B\\, 1er étage).
        LAST-MODIFIED:20261017T081930Z
        LOCATION:Limonaderie Koenig\\, 12 rue de la Fonderie\\, 68100 Mulhouse – bâtiment B
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien – Responsable planification (Camille Weber)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    subject = ("Invitation mise à jour : Entretien – Responsable planification (Camille Weber) @ mer. 21 oct. "
               "2026 16:00 - 17:00 (UTC+2) (camille.weber@example.org)")
    hs = head(addr("Julien Moser", "julien.moser@limonaderie-koenig.fr"), subject, "2026-10-17 08:19:30", "UTC",
              "<calendar-0c7d2e91-48b3-4a5f-b1e6-9f2a3d8c4e17@google.com>",
              received=rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-17 08:19:30", "UTC", "4SBr0Xk2mH9v"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Moser", "julien.moser@limonaderie-koenig.fr"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 19 GoodTime, Auckland, other day in UTC
@make.mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-18 08:00", "Pacific/Auckland"), end=utc("2026-11-18 08:45", "Pacific/Auckland"),
           contact="mere.tipene@tuatara-vinetech.co.nz", company="Tuatara Vinetech",
           local="Wed 2026-11-18 08:00", local_end="2026-11-18 08:45", zone="Pacific/Auckland",
           note="GoodTime reschedule: old 'Thursday, 12 November, 9:00 AM NZDT', new 'Wednesday, 18 November 2026, "
                "8:00 AM - 8:45 AM NZDT'; NZDT = UTC+13 -> Tue 17 Nov 19:00-19:45Z (the body's Paris line "
                "'Tuesday 17 November, 8:00 PM CET' agrees); contact = coordinator in Reply-To")
def m19() -> bytes:
    body = t("""
        Kia ora Camille,

        Your interview with Tuatara Vinetech has been rescheduled.

        Previous time:  Thursday, 12 November 2026, 9:00 AM - 9:45 AM NZDT
        New time:       Wednesday, 18 November 2026, 8:00 AM - 8:45 AM NZDT (Pacific/Auckland)
        In your time zone: Tuesday, 17 November 2026, 8:00 PM - 8:45 PM CET (Europe/Paris)

        Interview: Vintage Logistics Lead - Panel (remote)
        Interviewers: Hemi Walker (CTO), Grace Liu (Customer Success)
        Join: https://tuatara-vinetech.zoom.us/j/86402217733

        An updated calendar invitation is attached. If the new time does not work, reply to
        this email and Mere will help.

        Ngā mihi,
        Mere Tipene
        Recruiting Coordinator, Tuatara Vinetech

        Scheduled with GoodTime
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GoodTime.io//Scheduling//EN\nMETHOD:REQUEST\n"
           + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-int-5a91c3e8-77d2-4b60-a4f1-0e3c9b2d6f18@goodtime.io
        DTSTAMP:20261110T213000Z
        DTSTART;TZID=Pacific/Auckland:20261118T080000
        DTEND;TZID=Pacific/Auckland:20261118T084500
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Tuatara Vinetech - Vintage Logistics Lead - Panel (Camille Weber)
        LOCATION:https://tuatara-vinetech.zoom.us/j/86402217733
        ORGANIZER;CN=Mere Tipene:mailto:mere.tipene@tuatara-vinetech.co.nz
        ATTENDEE;CN=Camille Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.weber@example.org
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Tuatara Vinetech Recruiting", "no-reply@goodtime.io"),
              "Rescheduled: Vintage Logistics Lead - Panel with Tuatara Vinetech", "2026-11-10 21:30:00", "UTC",
              "<gt.5a91c3e8.resched.1@mail.goodtime.io>",
              received=rcv("o3.mail.goodtime.io", "192.0.2.133", "2026-11-10 21:30:00", "UTC", "4V0aP7sLd3Ke"),
              extra=(("Reply-To", addr("Mere Tipene", "mere.tipene@tuatara-vinetech.co.nz")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 20 reschedule of 13, prose, 'tomorrow'
@make.mail(n(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-06 10:30", "America/New_York"), end=utc("2026-11-06 11:15", "America/New_York"),
           contact="dana.whitfield@corkline.com", company="Corkline",
           local="Fri 2026-11-06 10:30", local_end="2026-11-06 11:15", zone="America/New_York",
           note="Sent Wed 4 Nov 16:40 EST: 'move tomorrow's 9:00 AM ET interview ... to Friday (Nov 6) at 10:30 AM "
                "ET, which is 4:30 PM for you', 'still 45 minutes' -> EST UTC-5 -> 15:30-16:15Z; contact = sender")
def m20() -> bytes:
    body = t("""
        Hi Camille,

        Really sorry for the late notice. Rob has been pulled into a board meeting tomorrow
        morning, so we need to move tomorrow's 9:00 AM ET interview.

        As we just discussed on the phone, we're moving it to Friday (Nov 6) at 10:30 AM ET,
        which is 4:30 PM for you. Same Zoom link, still 45 minutes. I've updated the calendar
        hold on our side.

        Thanks so much for being flexible!

        Dana

        --
        Dana Whitfield | Senior Recruiter | Corkline
        dana.whitfield@corkline.com | +1 (646) 555-0187

        On Tue, Oct 27, 2026 at 11:05 AM Corkline <no-reply@hire.lever.co> wrote:
        > Hi Camille,
        >
        > Thanks for your interest in Corkline! I'm happy to confirm your interview for the
        > European Supply Planner role.
        >
        > Interview: Hiring manager interview with Rob Castellano (VP Supply Chain)
        > Date: Thursday, November 5, 2026
        > Time: 9:00 AM EST (3:00 PM CET for you in France)
        > Duration: 45 minutes
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@corkline.com"), "Re: Your interview with Corkline",
              "2026-11-04 16:40:12", "America/New_York", "<CAO7h2mZ-r5sK1vD9q@mail.gmail.com>",
              received=rcv("mail-yw1-f182.google.com", "209.85.128.182", "2026-11-04 16:40:12", "America/New_York",
                           "4T1cR3nXp6Vb"),
              extra=(("In-Reply-To", "<lever.7b2d91e4-3c0a-4f12-b8e5-91d6a2c4f7e0@hire.lever.co>"),
                     ("References", "<lever.7b2d91e4-3c0a-4f12-b8e5-91d6a2c4f7e0@hire.lever.co>")))
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 21 iCIMS cancellation, no new time
@make.mail(n(21), family="icims", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-23 14:00", PARIS),
           contact="tom.haddon@vallisbev.com", company="Vallis Beverages",
           local="Mon 2026-11-23 14:00", zone=PARIS,
           note="iCIMS cancellation of 'Monday, November 23, 2026 at 2:00 PM CET' (CET UTC+1 -> 13:00Z), requisition "
                "on hold, no new time; contact = human Reply-To")
def m21() -> bytes:
    body = t("""
        Dear Camille,

        Unfortunately, we have to cancel your interview scheduled for Monday, November 23, 2026
        at 2:00 PM CET for the position Supply Planner - Mulhouse Plant (Req. 2026-4471).

        Following an internal reorganisation of our European supply chain team, this requisition
        has been placed on hold. We will contact you should the position re-open, and your
        profile will remain in our talent community.

        We apologise for the inconvenience and thank you for your understanding.

        Kind regards,
        Tom Haddon
        Talent Acquisition Partner EMEA
        Vallis Beverages

        This message was sent via the Vallis Beverages Careers Portal.
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <div style="border-top:4px solid #0b4f6c;padding:16px">
        <p>Dear Camille,</p>
        <p>Unfortunately, we have to cancel your interview scheduled for <b>Monday, November 23, 2026 at 2:00 PM CET</b>
        for the position <b>Supply Planner - Mulhouse Plant</b> (Req. 2026-4471).</p>
        <p>Following an internal reorganisation of our European supply chain team, this requisition has been placed on hold.
        We will contact you should the position re-open, and your profile will remain in our talent community.</p>
        <p>We apologise for the inconvenience and thank you for your understanding.</p>
        <p>Kind regards,<br>Tom Haddon<br>Talent Acquisition Partner EMEA<br>Vallis Beverages</p>
        <p style="font-size:10px;color:#888">This message was sent via the Vallis Beverages Careers Portal.</p>
        </div></body></html>
        """)
    hs = head(addr("Vallis Beverages", "vallisbeverages@talent.icims.com"),
              "Interview Cancelled - Supply Planner - Mulhouse Plant", "2026-11-19 16:12:45", "UTC",
              "<1779207165.41877.icims.4471@talent.icims.com>",
              received=rcv("mailout7.icims.com", "192.0.2.207", "2026-11-19 16:12:45", "UTC", "4VkM8t2Hc5Zq"),
              extra=(("Reply-To", addr("Tom Haddon", "tom.haddon@vallisbev.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


# --------------------------------------------------------------------------- 22 Exchange METHOD:CANCEL, Strasbourg
@make.mail(n(22), family="exchange", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-12-04 11:00", PARIS), end=utc("2026-12-04 12:00", PARIS),
           contact="florian.haegel@celliers-rhenans.fr", company="Les Celliers Rhénans",
           local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:00", zone=PARIS,
           note="Outlook cancellation (METHOD:CANCEL) of 'vendredi 4 décembre 2026 11:00-12:00 (UTC+01:00)', W. "
                "Europe Standard Time in the ICS -> 10:00-11:00Z; a new slot is promised but not given; contact = "
                "organizer/sender")
def m22() -> bytes:
    body = t("""
        Quand : vendredi 4 décembre 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Les Celliers Rhénans – 40 route du Rhin, Strasbourg

        Bonjour Camille,

        Je dois malheureusement annuler notre rendez-vous de vendredi 11h00 : notre directrice
        générale a convoqué un comité de direction exceptionnel ce jour-là. Je reviens vers vous
        dès que possible avec un nouveau créneau, sans doute la semaine du 14.

        Toutes mes excuses,
        Florian Haegel
        Responsable supply chain – Les Celliers Rhénans
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Florian Haegel:mailto:florian.haegel@celliers-rhenans.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Weber:mailto:camille.weber@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Je dois malheureusement annuler notre rendez-vous de vendredi 11h00.\\n
        UID:040000008200E00074C5B7101A82E00800000000A6E7F1C3B57EDC01000000000000000010000000C9D2E4F1
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Camille Weber
        DTSTART;TZID=W. Europe Standard Time:20261204T110000
        DTEND;TZID=W. Europe Standard Time:20261204T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261130T075218Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Les Celliers Rhénans – 40 route du Rhin\\, Strasbourg
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """))
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</body></html>\n")
    hs = head(addr("Florian Haegel", "florian.haegel@celliers-rhenans.fr"), "Annulé : Entretien – Camille Weber",
              "2026-11-30 08:52:18", PARIS, "<PR3P192MB0874A1B2E9C3D5F7@PR3P192MB0874.EURP192.PROD.OUTLOOK.COM>",
              received=rcv("mail-eopbgr90052.outbound.protection.outlook.com", "40.107.9.52", "2026-11-30 08:52:18",
                           PARIS, "4W2xF6yNb0Tr"),
              extra=(("Thread-Topic", "Entretien - Camille Weber"), ("Importance", "high"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 23 Taleo cancellation, ISO-8859-15
@make.mail(n(23), family="taleo", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-09-09 15:30", PARIS),
           contact="karine.adam@bouvier-distribution.fr", company="Groupe Bouvier Distribution",
           local="Wed 2026-09-09 15:30", zone=PARIS,
           note="Taleo cancellation of 'mercredi 9 septembre à 15 h 30' (CEST UTC+2 -> 13:30Z); a new date is to be "
                "agreed later; contact = recruiter address in the body (sender is the Taleo tenant)")
def m23() -> bytes:
    body = t("""
        Madame,

        Nous sommes au regret de devoir annuler l'entretien qui était prévu le mercredi
        9 septembre à 15 h 30 dans nos locaux de Sainte-Croix-en-Plaine, pour le poste de
        Planificateur Approvisionnement Boissons (réf. 2600812).

        Le responsable du recrutement étant indisponible cette semaine-là, nous reviendrons vers
        vous pour convenir d'une nouvelle date.

        Pour toute question, vous pouvez contacter Karine Adam, chargée de recrutement :
        karine.adam@bouvier-distribution.fr

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Le service Recrutement
        Groupe Bouvier Distribution

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Groupe Bouvier Distribution", "bouvier@taleo.net"),
              "Annulation de votre entretien - Réf. 2600812", "2026-09-03 17:05:52", PARIS,
              "<1480355731.93012.1788447952000.JavaMail.taleo@tlx-ee3-mail02.taleo.net>",
              received=rcv("tlx-ee3-mail02.taleo.net", "192.0.2.152", "2026-09-03 17:05:52", PARIS, "4M0vH9qJr4Sx"),
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 Greenhouse rejection after 1
@make.mail(n(24), family="rejection", lang="en", interview=False, company="Brasserie Kronthal",
           note="Rejection after the interview of 1 (Greenhouse relay); mentions the past interview only")
def m24() -> bytes:
    body = t("""
        Hi Camille,

        Thank you again for coming to Strasbourg last Tuesday to meet Bastien and me. We really
        enjoyed the conversation about your harvest-season planning work.

        After careful consideration, we have decided to move forward with another candidate whose
        experience in high-volume brewing matches the current needs of the team more closely.
        This was a difficult decision, and we would be happy to stay in touch for future roles.

        We wish you all the best in your search.

        Kind regards,
        Maëlle Ortiz
        Talent Partner, Brasserie Kronthal
        """)
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("Maëlle Ortiz", "no-reply@us.greenhouse-mail.io"),
              "Your application to Brasserie Kronthal", "2026-09-22 09:10:44", "UTC",
              "<68f1c2a9d4e5b.8830177@us.greenhouse-mail.io>",
              received=rcv("o12.us.greenhouse-mail.io", "192.0.2.41", "2026-09-22 09:10:44", "UTC", "4NtR5p1Bk8Gw"),
              extra=(("Reply-To", addr("Maëlle Ortiz", "maelle.ortiz@kronthal-brewing.com")),))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 25 Teamtailor offer after 4
@make.mail(n(25), family="offer", lang="fr", interview=False, company="Domaine Hertzog-Lutz",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-10-30")),
           note="Job offer: a fixed first working day and a reply deadline, no interview")
def m25() -> bytes:
    body = t("""
        Bonjour Camille,

        Suite à nos échanges et à votre rencontre avec Antoine, nous avons le grand plaisir de vous
        proposer le poste de Responsable logistique & planification au Domaine Hertzog-Lutz.

        Vous trouverez la proposition détaillée dans votre espace candidat (rémunération, statut
        cadre, véhicule de service pendant les vendanges). Nous envisageons une prise de poste le
        lundi 4 janvier 2027 à 8h30, au caveau d'Eguisheim.

        Merci de nous faire part de votre décision avant le vendredi 30 octobre. Antoine reste
        bien sûr disponible pour un appel si vous avez des questions.

        Au plaisir de vous compter parmi nous,
        Sophie Kessler
        Domaine Hertzog-Lutz

        Envoyé via Teamtailor
        """)
    hs = head(addr("Sophie Kessler – Domaine Hertzog-Lutz", "no-reply@teamtailor-mail.com"),
              "Proposition d'embauche – Domaine Hertzog-Lutz", "2026-10-21 16:02:11", "UTC",
              "<0102019a8f11c2d4-1e7a3b95-4c60-4d2e-a8f7-3b9c0d1e2f64-000000@eu-west-1.amazonses.com>",
              received=rcv("a48-113.smtp-out.eu-west-1.amazonses.com", "54.240.48.113", "2026-10-21 16:02:11", "UTC",
                           "4SFm2Q6vTc1x"),
              extra=(("Reply-To", addr("Sophie Kessler", "sophie.kessler@hertzog-lutz.fr")),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 26 softgarden receipt, Breisach, bilingual
@make.mail(n(26), family="application_receipt", lang="fr", interview=False, company="Kaiserstuhl Kellerei eG",
           note="softgarden application receipt (German employer, French + German text); no interview")
def m26() -> bytes:
    body = t("""
        Bonjour Madame Weber,

        Nous vous remercions de votre candidature au poste de « Disposition & Planung / Planification
        des expéditions (m/w/d) » et de l'intérêt que vous portez à notre cave coopérative.

        Nous avons bien reçu votre dossier. Nos équipes l'examinent avec attention et reviendront
        vers vous dans les deux à trois semaines. Nous ne manquerons pas de vous proposer un
        entretien si votre profil correspond.

        Sehr geehrte Frau Weber,
        vielen Dank für Ihre Bewerbung. Wir melden uns in Kürze bei Ihnen.

        Mit freundlichen Grüßen / Cordialement
        Ihr Recruiting-Team
        Kaiserstuhl Kellerei eG · Winzerstraße 4 · 79206 Breisach am Rhein

        Diese Nachricht wurde automatisch über softgarden erstellt.
        """)
    hs = head(addr("Kaiserstuhl Kellerei eG", "no-reply@softgarden.io"),
              "Eingangsbestätigung / Accusé de réception de votre candidature", "2026-09-07 08:31:27",
              "Europe/Berlin", "<softgarden.app.44191873.receipt@softgarden.io>",
              received=rcv("mx-out-4.softgarden.io", "192.0.2.204", "2026-09-07 08:31:27", "Europe/Berlin",
                           "4Mr2K8wXn5Dc"))
    return message(hs, text(body, cte="base64"))


# --------------------------------------------------------------------------- 27 job alert
@make.mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert listing offers around Colmar; no interview")
def m27() -> bytes:
    body = t("""
        12 nouvelles offres pour « planificateur supply chain » – Colmar (30 km)

        Planificateur·rice de production H/F – Limonaderie Koenig – Mulhouse (68)
        CDI · Publiée il y a 2 jours
        https://www.emploirhin.example.com/offre/884120

        Supply Chain Planner (m/w/d) – Dreiländer Logistik AG – Basel (CH)
        Festanstellung · Publiée il y a 3 jours
        https://www.emploirhin.example.com/offre/884097

        Approvisionneur vins & spiritueux – Cave des Collines du Ried – Ribeauvillé (68)
        CDI · Publiée aujourd'hui
        https://www.emploirhin.example.com/offre/884211

        … et 9 autres offres : https://www.emploirhin.example.com/alertes/55120

        Conseil du jour : préparez votre entretien d'embauche avec notre guide gratuit.

        Vous recevez cet e-mail car vous avez créé l'alerte « planificateur supply chain ».
        Gérer mes alertes : https://www.emploirhin.example.com/compte/alertes
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h1 style="font-size:18px;color:#00577a">12 nouvelles offres pour « planificateur supply chain » – Colmar (30 km)</h1>
        <p><a href="https://www.emploirhin.example.com/offre/884120"><b>Planificateur·rice de production H/F</b></a><br>Limonaderie Koenig – Mulhouse (68)<br><small>CDI · Publiée il y a 2 jours</small></p>
        <p><a href="https://www.emploirhin.example.com/offre/884097"><b>Supply Chain Planner (m/w/d)</b></a><br>Dreiländer Logistik AG – Basel (CH)<br><small>Festanstellung · Publiée il y a 3 jours</small></p>
        <p><a href="https://www.emploirhin.example.com/offre/884211"><b>Approvisionneur vins &amp; spiritueux</b></a><br>Cave des Collines du Ried – Ribeauvillé (68)<br><small>CDI · Publiée aujourd'hui</small></p>
        <p><a href="https://www.emploirhin.example.com/alertes/55120">… et 9 autres offres</a></p>
        <p style="background:#fff6d6;padding:8px">Conseil du jour : préparez votre entretien d'embauche avec notre guide gratuit.</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé l'alerte « planificateur supply chain ».</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("EmploiRhin Alertes", "alertes@emploirhin.example.com"),
              "12 nouvelles offres : planificateur supply chain – Colmar", "2026-10-12 06:30:02", PARIS,
              "<alert.55120.20261012@emploirhin.example.com>",
              received=rcv("mta2.emploirhin.example.com", "203.0.113.20", "2026-10-12 06:30:02", PARIS,
                           "4RBv7n3Kq9Fh"),
              extra=(("List-Unsubscribe", "<https://www.emploirhin.example.com/compte/alertes?u=55120>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 28 newsletter article about the interview day
@make.mail(n(28), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Trade newsletter article 'le jour J, heure par heure' with clock times; no interview")
def m28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#2a1a12;background:#faf6ef">
        <div style="max-width:620px;margin:auto;padding:20px">
        <p style="font-size:12px;letter-spacing:2px;color:#8a5a3c">LA LETTRE DU CELLIER · N° 214</p>
        <h1>Entretien d'embauche dans le vin : le jour J, heure par heure</h1>
        <p>Vous avez décroché un entretien chez un négociant ou dans une cave coopérative ? Voici
        le déroulé idéal, testé auprès de douze recruteurs de la filière.</p>
        <p><b>8h00</b> – Relisez la fiche de poste et les derniers chiffres de l'entreprise.<br>
        <b>8h45</b> – Arrivez dix minutes en avance, pas plus : en période de vendanges, l'accueil est débordé.<br>
        <b>9h00</b> – L'entretien commence. Ayez en tête un exemple chiffré de prévision des ventes.<br>
        <b>10h30</b> – La visite du chai : posez des questions sur la logistique des matières sèches.<br>
        <b>Le lendemain</b> – Un mot de remerciement court, sans relancer sur le salaire.</p>
        <p>À lire aussi : « Planificateur dans le vin, un métier qui recrute en Alsace ».</p>
        <p style="font-size:11px;color:#999">Vous recevez La Lettre du Cellier car vous êtes abonné(e).
        <a href="https://lettre-du-cellier.example.com/desabonnement">Se désabonner</a></p>
        </div></body></html>
        """)
    hs = head(addr("La Lettre du Cellier", "lettre@lettre-du-cellier.example.com"),
              "Entretien d'embauche : le jour J, heure par heure", "2026-11-12 07:00:00", PARIS,
              "<nl214.20261112.070000@lettre-du-cellier.example.com>",
              received=rcv("out.sendinblue-mail.example.com", "203.0.113.140", "2026-11-12 07:00:00", PARIS,
                           "4VH1n5cJx2Qw"),
              extra=(("List-Id", "La Lettre du Cellier <lettre.lettre-du-cellier.example.com>"),
                     ("List-Unsubscribe", "<https://lettre-du-cellier.example.com/desabonnement>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


# --------------------------------------------------------------------------- 29 pick-a-slot link
@make.mail(n(29), family="self_schedule", lang="en", interview=False, company="Sirocco Craft Drinks GmbH",
           note="Recruiter asks the candidate to pick a slot via a scheduling link; nothing fixed yet")
def m29() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for your application for the Supply Planner (EU) role at Sirocco Craft Drinks!
        We'd love to set up a first 30-minute video call with our Head of Operations.

        Please pick whatever suits you best here:
        https://calendly.com/sirocco-recruiting/supply-planner-first-call

        Slots are open next week, Tuesday to Thursday, between 9:00 and 12:00 (Freiburg time,
        same as yours). If none of them work, just let me know and we'll find something else.

        Cheers,
        Jannik Wolf
        People & Culture, Sirocco Craft Drinks GmbH, Freiburg
        """)
    hs = head(addr("Jannik Wolf", "jannik.wolf@sirocco-drinks.de"), "Next steps - Supply Planner (EU)",
              "2026-11-10 14:18:09", "Europe/Berlin", "<CAF4p9w1Kd-Zq2sM7@mail.gmail.com>",
              received=rcv("mail-lj1-f177.google.com", "209.85.208.177", "2026-11-10 14:18:09", "Europe/Berlin",
                           "4V0Qb2Lm7Rc3"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 times proposed, not confirmed
@make.mail(n(30), family="proposed_times", lang="fr", interview=False, company="Cave des Collines du Ried",
           days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
           note="Recruiter proposes two slots ('Est-ce que mardi 10 novembre à 10h vous irait ?'); nothing agreed yet")
def m30() -> bytes:
    body = t("""
        Bonjour Madame Weber,

        Votre candidature au poste d'approvisionneur vins & spiritueux a retenu toute notre
        attention et nous souhaiterions vous rencontrer.

        Est-ce que mardi 10 novembre à 10h vous irait ? Sinon, jeudi 12 à 14h est encore libre
        de notre côté. Dites-moi ce qui vous arrange et je vous enverrai ensuite une confirmation
        avec l'adresse exacte (nous sommes en plein déménagement de nos bureaux).

        Bien à vous,

        Martine Baltzinger
        Assistante de direction
        Cave des Collines du Ried - Ribeauvillé
        03 89 55 62 00
        """)
    hs = head(addr("Martine Baltzinger", "m.baltzinger@collines-du-ried.fr"),
              "Votre candidature - approvisionneur vins & spiritueux", "2026-11-04 11:26:50", PARIS,
              "<000001dc4e2a$8f3b1c60$adb15520$@collines-du-ried.fr>",
              received=rcv("smtp.collines-du-ried.fr", "203.0.113.77", "2026-11-04 11:26:50", PARIS, "4T0vG1kHw8Zm"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- 31 headhunter outreach
@make.mail(n(31), family="recruiter_outreach", lang="fr", interview=False, company="Talents & Terroirs Conseil",
           note="Headhunter outreach asking for availabilities; no time fixed")
def m31() -> bytes:
    body = t("""
        Bonjour Camille,

        Je me permets de vous contacter car votre parcours en planification chez un producteur
        alsacien a retenu mon attention. J'accompagne actuellement un groupe de spiritueux basé
        dans le Sud Alsace qui recherche son/sa futur(e) Responsable S&OP.

        Seriez-vous ouverte à un premier échange téléphonique d'une vingtaine de minutes, sans
        engagement ? Dites-moi simplement quelles seraient vos disponibilités la semaine prochaine.

        Belle journée,

        Claire Muller
        Consultante associée – Talents & Terroirs Conseil
        Strasbourg · Lyon · Bordeaux
        """)
    hs = head(addr("Claire Muller", "claire.muller@talents-terroirs.fr"),
              "Opportunité Responsable S&OP – Sud Alsace", "2026-09-15 10:42:05", PARIS,
              "<7d2e0f41-9b3c-4a18-b5e6-c1d0a9f82e37@talents-terroirs.fr>",
              received=rcv("mail.talents-terroirs.fr", "203.0.113.90", "2026-09-15 10:42:05", PARIS, "4NBq9w3Ft6Jp"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 job-centre appointment
@make.mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Unemployment-office follow-up appointment ('entretien de suivi') at a fixed time; not a job interview")
def m32() -> bytes:
    body = t("""
        Madame Camille WEBER,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Sylvie Brand :

        le mardi 13 octobre 2026 à 9h15
        Agence France Travail Colmar – 2 rue de la Bleich, 68000 Colmar

        Cet entretien permettra de faire le point sur votre recherche d'emploi et sur votre
        projet de formation. Pensez à mettre à jour votre CV dans votre espace personnel.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel,
        rubrique « Mes échanges ».

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation – entretien de suivi le 13/10/2026", "2026-10-06 14:15:33", PARIS,
              "<conv.68C0145.20261006141533@francetravail.fr>",
              received=rcv("smtp-out3.francetravail.fr", "203.0.113.33", "2026-10-06 14:15:33", PARIS, "4QkS4d7Vb1Nz"))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


# --------------------------------------------------------------------------- 33 journalist interviewing Camille
@make.mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="A journalist confirms a phone interview with Camille for an article; press, not a job interview")
def m33() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de témoigner pour notre dossier « Ils changent de cap dans la
        filière vin ». Je vous confirme notre interview téléphonique jeudi 19 novembre à 10h,
        20 minutes environ. Je vous appellerai au 06 12 34 56 78.

        On parlera de votre parcours, de ce qui vous pousse à chercher un nouveau poste et de la
        façon dont la planification a changé depuis les vendanges précoces de ces dernières années.
        Bien sûr, je vous ferai relire vos citations avant publication.

        Bonne journée,
        Hugo Sengel
        Journaliste – L'Écho du Vignoble
        """)
    hs = head(addr("Hugo Sengel", "h.sengel@echo-du-vignoble.example.com"),
              "Interview pour L'Écho du Vignoble – jeudi 10h", "2026-11-13 09:55:21", PARIS,
              "<5e3a1f0c-b2d8-4f7e-9c61-2d4e8b0a7f13@echo-du-vignoble.example.com>",
              received=rcv("smtp.echo-du-vignoble.example.com", "203.0.113.101", "2026-11-13 09:55:21", PARIS,
                           "4VHw0R2Lc9Dm"))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 34 podcast recording, with ICS
@make.mail(n(34), family="podcast", lang="en", interview=False, company=None,
           days=(("Wed", "2026-09-23"),),
           note="Podcast host confirms a recording session ('interview' as a guest) with an ICS; not a job interview")
def m34() -> bytes:
    body = t("""
        Hi Camille,

        Thrilled you said yes! Confirming our recording for Supply Chain Sips, episode 58
        ("From vineyard to pallet: planning around the harvest"):

        Wednesday, September 23, 6:00 PM CEST - we'll chat for about 40 minutes, then I'll
        edit it down. Riverside link: https://riverside.fm/studio/supply-chain-sips

        The interview is relaxed - no need to prepare slides. A decent headset helps a lot.

        Calendar invite attached.

        Cheers,
        Ben Okafor
        Host, Supply Chain Sips
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.4//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4F2A9C1E-77B3-4E0D-8C5A-2B91D0E6F3A7
        DTSTAMP:20260917T081122Z
        DTSTART:20260923T160000Z
        DTEND:20260923T170000Z
        SUMMARY:Supply Chain Sips - recording with Camille Weber
        LOCATION:https://riverside.fm/studio/supply-chain-sips
        ORGANIZER;CN=Ben Okafor:mailto:ben@supplychainsips.example.com
        ATTENDEE;CN=Camille Weber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.weber@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ben Okafor", "ben@supplychainsips.example.com"),
              "Supply Chain Sips ep. 58 - recording confirmed", "2026-09-17 09:11:22", "Europe/London",
              "<D8E1F2A3-4B5C-4D6E-8F90-A1B2C3D4E5F6@supplychainsips.example.com>",
              received=rcv("smtp.fastmail.example.com", "203.0.113.58", "2026-09-17 09:11:22", "Europe/London",
                           "4NJd3v6Yq0Bt"))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 35 Executive MBA admission interview
@make.mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Business-school admission interview ('entretien d'admission') at a fixed time; not a job interview")
def m35() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive MBA
        « Management des filières agroalimentaires » a été déclaré admissible.

        Votre entretien d'admission est fixé au :
        samedi 21 novembre 2026 à 10h00
        Campus de Strasbourg – bâtiment Pasteur, salle 2.14
        Durée : 40 minutes (présentation de votre projet 10 min, échange avec le jury 30 min)

        Merci de vous munir d'une pièce d'identité. Les résultats d'admission seront communiqués
        par e-mail sous quinze jours.

        Le service des admissions
        École de Management Rhin Supérieur
        """)
    hs = head(addr("Admissions EMRS", "admissions@emrs.example.edu"),
              "Executive MBA – convocation à l'entretien d'admission", "2026-11-13 15:40:08", PARIS,
              "<adm.2026.EMBA.0412@emrs.example.edu>",
              received=rcv("mail.emrs.example.edu", "203.0.113.14", "2026-11-13 15:40:08", PARIS, "4VJ0p8Tn3Gx5"))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


# --------------------------------------------------------------------------- 36 volleyball club try-out, tu
@make.mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-16"),),
           note="Sports club try-out session at a fixed time; not a job interview")
def m36() -> bytes:
    body = t("""
        Salut Camille,

        Super que tu veuilles rejoindre l'équipe loisirs ! Viens faire une séance d'essai mercredi
        16 septembre à 19h30 au gymnase Jean-Macé (entrée côté parking). Prends des genouillères
        si tu en as, sinon on t'en prête.

        Le coach fera un petit test de niveau en début de séance, rien de méchant, c'est juste pour
        savoir dans quel groupe te mettre.

        À mercredi !
        Joëlle
        ASC Wintzenheim Volley – section loisirs
        """)
    hs = head(addr("Joëlle Stoeckel", "joelle.stoeckel@example.com"), "Séance d'essai mercredi",
              "2026-09-10 22:03:41", PARIS, "<CAH8xP0q-T3nVw7@mail.example.com>",
              received=rcv("mail-ej1-f52.example.com", "198.51.100.52", "2026-09-10 22:03:41", PARIS, "4MxL6r0Cv2Wn"))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 37 car service, 'mar. 8 déc.', ICS
@make.mail(n(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-12-08"),),
           note="Garage confirms a car service appointment ('mar. 8 déc. à 8h00') with an ICS; not an interview")
def m37() -> bytes:
    body = t("""
        Bonjour Mme Weber,

        Votre rendez-vous atelier est confirmé :

        mar. 8 déc. à 8h00 – Révision 60 000 km + contrôle freinage
        Véhicule : Peugeot 2008 – GA-512-KD
        Garage Hurstel Automobiles, 21 route de Neuf-Brisach, 68000 Colmar

        Merci de déposer le véhicule à l'heure indiquée. Un véhicule de courtoisie est réservé à
        votre nom.

        Garage Hurstel Automobiles – 03 89 55 70 70
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Garage Hurstel//RDV Atelier//FR\nMETHOD:PUBLISH\n"
           + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:atelier-20261208-0800-ga512kd@garage-hurstel.example.com
        DTSTAMP:20261201T101500Z
        DTSTART;TZID=Europe/Paris:20261208T080000
        DTEND;TZID=Europe/Paris:20261208T083000
        SUMMARY:RDV atelier – Révision 60 000 km
        LOCATION:Garage Hurstel Automobiles\\, 21 route de Neuf-Brisach\\, 68000 Colmar
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Garage Hurstel Automobiles", "atelier@garage-hurstel.example.com"),
              "Confirmation de votre rendez-vous atelier", "2026-12-01 11:15:00", PARIS,
              "<rdv.88213.20261201@garage-hurstel.example.com>",
              received=rcv("smtp.garage-hurstel.example.com", "203.0.113.188", "2026-12-01 11:15:00", PARIS,
                           "4VrN1t4Ka8Ps"))
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="rendez-vous.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- 38 notary signing
@make.mail(n(38), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-11-27"),),
           note="Notary confirms the signing of a deed at a fixed time; not an interview")
def m38() -> bytes:
    body = t("""
        Madame,

        Je vous confirme le rendez-vous de signature de l'acte authentique de vente de
        l'appartement sis 9 rue des Marchands à Colmar :

        vendredi 27 novembre 2026 à 17h00, en l'Étude.

        Merci de vous munir de votre pièce d'identité en cours de validité et de prévoir le
        virement du solde du prix au plus tard 48 heures avant la signature.

        Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

        Pour Maître Anne Rieffel,
        Sandra Gsell, clerc de notaire
        Étude de Maître Anne Rieffel – 4 place de la Cathédrale – 68000 Colmar
        """)
    hs = head(addr("Étude Rieffel", "etude.rieffel@notaires.example.fr"),
              "Signature de l'acte - vendredi 27 novembre 17h00", "2026-11-16 16:48:12", PARIS,
              "<20261116154812.A1F3@notaires.example.fr>",
              received=rcv("smtp.notaires.example.fr", "203.0.113.68", "2026-11-16 16:48:12", PARIS, "4VMq5z1Rd6Lb"),
              charset="iso-8859-15")
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-15"))


# --------------------------------------------------------------------------- 39 coach's mock interview via Calendly
@make.mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="Calendly booking of a mock interview ('Simulation d'entretien') with a career coach; fixed time, "
                "but coaching, not a job interview")
def m39() -> bytes:
    body = t("""
        Bonjour Camille Weber,

        Votre Simulation d'entretien (60 min) avec Nathalie Wurtz est programmée.

        Type d'événement :
        Simulation d'entretien (60 min)

        Date/Heure de l'événement :
        18:00 - 19:00 (heure d'Europe centrale), vendredi 6 novembre 2026

        Lieu :
        Cabinet Nathalie Wurtz Coaching, 7 rue Berthe Molly, Colmar

        Questions :
        Pour quel poste vous préparez-vous ? Responsable planification, entretien final chez un
        producteur de boissons la semaine suivante.

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/9a1f4c2e-6b3d-4e80-8f17-c5d2e0b9a364
        Reprogrammer : https://calendly.com/reschedulings/9a1f4c2e-6b3d-4e80-8f17-c5d2e0b9a364

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261106T170000Z
        DTEND:20261106T180000Z
        DTSTAMP:20261031T092544Z
        ORGANIZER;CN=Nathalie Wurtz:mailto:nathalie@wurtz-coaching.example.com
        UID:calendly-9a1f4c2e-6b3d-4e80-8f17-c5d2e0b9a364
        ATTENDEE;CN=Camille Weber;PARTSTAT=ACCEPTED:mailto:camille.weber@example.org
        SUMMARY:Simulation d'entretien - Camille Weber
        LOCATION:Cabinet Nathalie Wurtz Coaching\\, 7 rue Berthe Molly\\, Colmar
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Simulation d'entretien (60 min) avec Nathalie Wurtz le vendredi 6 novembre 2026",
              "2026-10-31 09:25:44", "UTC",
              "<01000196f0a1b2c3-4d5e6f70-8192-4a3b-9c0d-e1f2a3b4c5d6-000000@email.amazonses.com>",
              received=rcv("a8-33.smtp-out.amazonses.com", "54.240.8.33", "2026-10-31 09:25:44", "UTC", "4SfT8k2Wn5Hc"),
              extra=(("Reply-To", addr("Nathalie Wurtz", "nathalie@wurtz-coaching.example.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 40 friend forwards her own interview
@make.mail(n(40), family="forwarded_other", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="A friend forwards HER OWN interview confirmation for information ('tu connais quelqu'un là-bas ?'); "
                "the interview is not Camille's")
def m40() -> bytes:
    body = t("""
        Coucou Camille,

        Regarde ce que j'ai reçu ! C'est chez Kronthal, là où tu as passé ton entretien en
        septembre. Tu as encore le contact de Bastien ? Des conseils ? Je stresse déjà 😅

        Bisous,
        Inès

        ---------- Forwarded message ---------
        From: Maëlle Ortiz <no-reply@us.greenhouse-mail.io>
        Date: Wed, Oct 14, 2026 at 10:12 AM
        Subject: Interview confirmation: Logistics Analyst at Brasserie Kronthal
        To: Inès Roth <ines.roth@example.net>

        Hi Inès,

        Thanks for making time to speak with us! This email confirms your interview for the
        Logistics Analyst role at Brasserie Kronthal.

        Interview details
        Date: Tuesday, October 20, 2026
        Time: 2:00 PM - 2:45 PM CEST (Europe/Paris)
        Location: Brasserie Kronthal, 14 rue du Houblon, 67000 Strasbourg

        See you soon,
        Maëlle
        """)
    hs = head(addr("Inès Roth", "ines.roth@example.net"),
              "Fwd: Interview confirmation: Logistics Analyst at Brasserie Kronthal",
              "2026-10-14 18:22:10", PARIS, "<CAB3r9Lq-2Zm0nX@mail.example.net>",
              received=rcv("mail-wr1-f44.example.net", "198.51.100.44", "2026-10-14 18:22:10", PARIS, "4RF5c0Mv9Tk1"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 Camille interviews a candidate at her current job
@make.mail(n(41), family="interviewer_invite", lang="fr", interview=False, company=None,
           note="Outlook invite from Camille's current employer asking HER to interview an apprentice candidate "
                "(Camille is the interviewer); auto-forwarded from her work address; not her job interview")
def m41() -> bytes:
    body = t("""
        Quand : jeudi 22 octobre 2026 14:00-14:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Gewurztraminer

        Bonjour Camille,

        Comme évoqué en réunion d'équipe, peux-tu faire passer l'entretien de Léa Munsch,
        candidate à l'alternance logistique (BTS GTLA) ? Son CV est dans le dossier partagé
        RH > Alternance 2026-2027. Grille d'entretien jointe dans le dossier également.

        Merci !
        Isabelle Kuntz
        Ressources humaines – Cave des Trois Châteaux
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Isabelle Kuntz:mailto:isabelle.kuntz@trois-chateaux.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Weber:mailto:camille.weber@trois-chateaux.fr
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Munsch:mailto:lea.munsch@example.com
        UID:040000008200E00074C5B7101A82E00800000000E3F1A2B4C95BDC01000000000000000010000000D4C3B2A1
        SUMMARY;LANGUAGE=fr-FR:Entretien candidate alternance logistique – Léa Munsch
        DTSTART;TZID=Romance Standard Time:20261022T140000
        DTEND;TZID=Romance Standard Time:20261022T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261016T090512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Gewurztraminer
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Isabelle Kuntz", "isabelle.kuntz@trois-chateaux.fr"),
              "Entretien candidate alternance logistique – Léa Munsch", "2026-10-16 11:05:12", PARIS,
              "<VI1PR02MB5583B2C7D9E1F0A3@VI1PR02MB5583.eurprd02.prod.outlook.com>",
              to=addr("Camille Weber", "camille.weber@trois-chateaux.fr"),
              received=rcv("mail-vi1eur02on2120.outbound.protection.outlook.com", "40.107.1.120",
                           "2026-10-16 11:05:12", PARIS, "4RKc2b8Zs0Qv"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"camille.weber@trois-chateaux.fr {ME}"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 42 bank advisor 'entretien'
@make.mail(n(42), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="Bank confirms an 'entretien' with the customer's advisor at a fixed time; not a job interview")
def m42() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="20" style="border:1px solid #d0d7de"><tr><td>
        <p style="color:#004b87;font-size:18px">Crédit Rhénan</p>
        <p>Madame Weber,</p>
        <p>Nous vous confirmons votre <b>entretien avec votre conseillère</b>, Mme Laura Specht :</p>
        <p style="background:#eef4fa;padding:10px"><b>jeudi 3 décembre 2026 à 17h15</b><br>
        Agence Colmar Centre – 14 avenue de la République</p>
        <p>Objet : bilan de votre épargne et point sur votre projet immobilier.</p>
        <p>Pensez à vous munir de vos trois derniers bulletins de salaire ou de votre attestation
        France Travail.</p>
        <p>Votre banque</p>
        <p style="font-size:11px;color:#777">Ceci est un message automatique. Crédit Rhénan, société coopérative de banque.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Crédit Rhénan", "ne-pas-repondre@credit-rhenan.example.com"),
              "Confirmation de votre rendez-vous du 03/12/2026", "2026-11-27 08:02:47", PARIS,
              "<rdv-5501982-20261127@credit-rhenan.example.com>",
              received=rcv("mailing.credit-rhenan.example.com", "203.0.113.150", "2026-11-27 08:02:47", PARIS,
                           "4VzD8q3Gc1Rm"))
    return message(hs, html(page, charset="windows-1252", cte="quoted-printable"))


# --------------------------------------------------------------------------- 43 scholarship jury interview for her teenager
@make.mail(n(43), family="admission_interview", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-28"),),
           note="Foundation convenes Camille's son to a scholarship-jury interview; fixed time, not her job interview")
def m43() -> bytes:
    body = t("""
        Madame Weber,

        Nous avons le plaisir de vous informer que la candidature de votre fils, Lucas Weber, à la
        bourse « Talents d'avenir 2027 » a été retenue pour la seconde étape.

        Lucas est convoqué à un entretien avec le jury le samedi 28 novembre à 10h40, à la Maison
        des associations, 6 route d'Ingersheim, Colmar. L'entretien dure 20 minutes ; la présence
        d'un parent est souhaitée à l'accueil mais pas pendant l'entretien.

        Merci de confirmer sa venue en répondant à ce message.

        Bien cordialement,
        Odile Freyburger
        Secrétaire du comité des bourses
        Fondation Haute-Alsace Jeunesse
        """)
    hs = head(addr("Fondation Haute-Alsace Jeunesse", "bourses@fhaj.example.org"),
              "Bourse Talents d'avenir – convocation de Lucas à l'entretien", "2026-11-19 17:31:06", PARIS,
              "<a9c2e0f1-3d4b-4c5e-8f60-7182a9b0c1d2@fhaj.example.org>",
              received=rcv("smtp.fhaj.example.org", "203.0.113.172", "2026-11-19 17:31:06", PARIS, "4VkZ3c8Nf0Ty"))
    return message(hs, text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 44 parent-teacher meeting
@make.mail(n(44), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="School's parent-teacher meeting slot (ENT notification); fixed time, not an interview")
def m44() -> bytes:
    body = t("""
        Rencontres parents-professeurs – 1er trimestre

        Bonjour,

        Votre demande de rendez-vous a été acceptée :

        Élève : Lucas WEBER (4e B)
        Professeur : Mme KOENIG (professeure principale, mathématiques)
        Date : jeudi 10 décembre 2026
        Créneau : 18h20 – 18h30
        Lieu : Collège des Tanneurs, salle 104

        Vous pouvez consulter l'ensemble de vos rendez-vous dans l'ENT, rubrique « Vie scolaire ».

        Ce message a été envoyé automatiquement par l'ENT du Collège des Tanneurs.
        """)
    hs = head(addr("ENT Collège des Tanneurs", "ne-pas-repondre@ent-tanneurs.example.fr"),
              "Rendez-vous parents-professeurs confirmé", "2026-12-02 19:44:18", PARIS,
              "<ent.rdv.778412.20261202@ent-tanneurs.example.fr>",
              received=rcv("ent-mail.example.fr", "203.0.113.210", "2026-12-02 19:44:18", PARIS, "4W4p0Hn6Bx2Q"))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


# --------------------------------------------------------------------------- 45 weekly S&OP stand-up at the current job
@make.mail(n(45), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Recurring weekly S&OP meeting at Camille's current employer (Outlook, RRULE), auto-forwarded; "
                "not an interview")
def m45() -> bytes:
    body = t("""
        Quand : Se produit chaque lundi à partir du 07/09/2026 de 09:00 à 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Riesling / Teams

        Bonjour à tous,

        On reprend le point S&OP hebdo pour la période des vendanges : 30 minutes chrono, chacun
        arrive avec ses écarts prévision/réel de la semaine. Camille, tu nous fais le point
        matières sèches (bouteilles, bouchons, cartons) ?

        Merci,
        Mathieu Ehrhart
        Directeur des opérations – Cave des Trois Châteaux
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mathieu Ehrhart:mailto:mathieu.ehrhart@trois-chateaux.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Weber:mailto:camille.weber@trois-chateaux.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Supply:mailto:supply@trois-chateaux.fr
        RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000A9B8C7D6
        SUMMARY;LANGUAGE=fr-FR:Point S&OP hebdo
        DTSTART;TZID=Romance Standard Time:20260907T090000
        DTEND;TZID=Romance Standard Time:20260907T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260904T143301Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Riesling / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Mathieu Ehrhart", "mathieu.ehrhart@trois-chateaux.fr"), "Point S&OP hebdo",
              "2026-09-04 16:33:01", PARIS, "<VI1PR02MB5583E4D5C6B7A8F9@VI1PR02MB5583.eurprd02.prod.outlook.com>",
              to=addr("Équipe Supply", "supply@trois-chateaux.fr"),
              received=rcv("mail-vi1eur02on2121.outbound.protection.outlook.com", "40.107.1.121",
                           "2026-09-04 16:33:01", PARIS, "4Mp7Lw2Rc9Fz"),
              extra=(("X-Forwarded-To", ME), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 46 webinar about interviews
@make.mail(n(46), family="webinar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Zoom webinar registration 'réussir son entretien d'embauche en visio'; fixed time, not an interview")
def m46() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci de vous être inscrit(e) à « Réussir son entretien d'embauche en visio ».

        Date et heure : 1 oct. 2026 12:30 PM Paris
        (jeudi 1er octobre, de 12h30 à 13h30)

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/88012345678?tk=Rk9ZQ2FkZXJz

        Code secret : 418207

        Ajouter à l'agenda : https://us06web.zoom.us/webinar/tZ0kdu2/ics

        Réseau Cadres Alsace – l'association des cadres en transition professionnelle
        Vous pouvez annuler votre inscription à tout moment.
        """)
    hs = head(addr("Réseau Cadres Alsace", "no-reply@zoom.us"),
              "Confirmation d'inscription à Réussir son entretien d'embauche en visio", "2026-09-25 10:02:39", "UTC",
              "<zoom.webinar.88012345678.reg.7714@zoom.us>",
              received=rcv("mailout6.zoom.us", "192.0.2.106", "2026-09-25 10:02:39", "UTC", "4PJ6y1Km8Sd0"),
              extra=(("Reply-To", addr("Réseau Cadres Alsace", "contact@reseau-cadres-alsace.example.org")),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


# --------------------------------------------------------------------------- 47 auto-reply from the Basel recruiter (thread of 3)
@make.mail(n(47), family="auto_reply", lang="fr", interview=False, company="Dreiländer Logistik AG",
           days=(("Fri", "2026-12-04"), ("Mon", "2026-12-07"), ("Tue", "2026-12-08")),
           note="Out-of-office reply to Camille's confirmation of 3; the subject echoes 'Entretien du 08/12' but "
                "the mail confirms nothing")
def m47() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du vendredi 4 au lundi 7 décembre inclus et n'ai qu'un accès limité à mes
        e-mails. Je serai de retour le mardi 8 décembre.

        Pour toute urgence, merci de contacter le service RH au +41 61 555 37 00.

        Meilleures salutations,
        Sandrine Gerber
        """)
    hs = head(addr("Gerber Sandrine", "sandrine.gerber@dreilaender-logistik.ch"),
              "Réponse automatique : Entretien du 08/12 – confirmation", "2026-12-04 09:12:03", "Europe/Zurich",
              "<ZR0P278MB0412F1E2D3C4B5A6@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>",
              received=rcv("mail-zr0che01on2113.outbound.protection.outlook.com", "203.0.113.113",
                           "2026-12-04 09:12:03", "Europe/Zurich", "4Vx1Dk5Pq3Mn"),
              extra=(("In-Reply-To", "<CAJx9qT5-ok-0812@mail.example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "sandrine.gerber@dreilaender-logistik.ch")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 48 bounce of a thank-you note (thread of 3)
@make.mail(n(48), family="bounce", lang="en", interview=False, company=None,
           note="Delivery failure (multipart/report) of Camille's thank-you note after the Basel interview; the "
                "returned message quotes 'notre entretien de ce matin'")
def m48() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <sandrine.gerbre@dreilaender-logistik.ch>: host
            dreilaenderlogistik-ch.mail.protection.outlook.com[203.0.113.240] said:
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            sandrine.gerbre@dreilaender-logistik.ch not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4X0bT7Hq2Lz
        Arrival-Date: Tue,  8 Dec 2026 13:58:04 +0100 (CET)

        Final-Recipient: rfc822; sandrine.gerbre@dreilaender-logistik.ch
        Original-Recipient: rfc822;sandrine.gerbre@dreilaender-logistik.ch
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; dreilaenderlogistik-ch.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            sandrine.gerbre@dreilaender-logistik.ch not found by SMTP address lookup
        """)
    original_body = t("""
        Bonjour Madame Gerber,

        Merci encore pour notre entretien de ce matin à 8h45 et pour la visite de l'entrepôt,
        c'était passionnant. Je reste à votre disposition pour la suite du processus.

        Bien cordialement,
        Camille Weber
        """)
    original = message([("From", ME_H), ("To", addr("Sandrine Gerber", "sandrine.gerbre@dreilaender-logistik.ch")),
                        ("Subject", "Merci pour ce matin"), ("Date", date("2026-12-08 13:58:01", PARIS)),
                        ("Message-ID", "<CAJx9qT6-merci-0812@mail.example.org>")], text(original_body))
    report = make.multipart("report", text(notice, cte="7bit", params=""),
                            make.raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original), params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx2.example.org>", "Undelivered Mail Returned to Sender",
              "2026-12-08 13:58:09", PARIS, "<20261208125809.4X0bT7Hq2Lz@mx2.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --------------------------------------------------------------------------- 49 alumni volunteer: Camille interviews applicants
@make.mail(n(49), family="interviewer_invite", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-12-05"),),
           note="Alma mater thanks Camille for sitting on an admission jury: she interviews applicants; not her "
                "job interview")
def m49() -> bytes:
    body = t("""
        Chère Camille,

        Un grand merci d'avoir accepté, en tant qu'ancienne de la promo 2014, de faire partie d'un
        jury d'entretiens d'admission pour le concours parallèle.

        Votre session : samedi 5 décembre, de 9h à 12h, en visio (lien Teams envoyé la veille).
        Vous ferez passer six entretiens de 25 minutes avec Pr. Michel Dubreuil. Les dossiers des
        candidats et la grille d'évaluation sont dans l'espace jury :
        https://jury.esal.example.edu/session/2026-12-05

        Bien amicalement,
        Véronique Lemaire
        Service admissions & réseau alumni – ESAL Dijon
        """)
    hs = head(addr("Véronique Lemaire", "veronique.lemaire@esal.example.edu"),
              "Jury d'admission du 5 décembre – merci !", "2026-11-25 12:10:55", PARIS,
              "<3f6e1a2b-8c9d-4e0f-a1b2-c3d4e5f60718@esal.example.edu>",
              received=rcv("smtp.esal.example.edu", "203.0.113.55", "2026-11-25 12:10:55", PARIS, "4W0Lm9Rq2Tx7"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 mailing list: meetup
@make.mail(n(50), family="mailing_list", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Mailing-list post announcing a supply-chain after-work meetup; fixed time, not an interview")
def m50() -> bytes:
    body = t("""
        Bonsoir à toutes et à tous,

        Prochain afterwork du groupe : mardi 17 novembre à 18h30, au Bistrot des Brasseurs
        (Strasbourg, quai des Pêcheurs). Thème : « S&OP dans le vin et les spiritueux : comment
        vivre avec des vendanges de plus en plus précoces ? ».

        Intervenants : Anne-Sophie Kieffer (négoce, Ribeauvillé) et Lukas Brenner (Freiburg).
        On terminera par un petit atelier « préparer ses entretiens » pour les membres en
        recherche – apportez vos questions.

        Inscription (gratuite, places limitées) : https://framaforms.example.org/afterwork-sop-novembre

        Pascal
        --
        supplychain-alsace@listes.example.org
        Désinscription : https://listes.example.org/sympa/signoff/supplychain-alsace
        """)
    hs = head(addr("Pascal Grunenwald", "pascal.grunenwald@example.com"),
              "[supplychain-alsace] Afterwork S&OP – mardi 17 novembre 18h30", "2026-11-09 20:41:17", PARIS,
              "<87h6c3k2xq.fsf@example.com>",
              to="supplychain-alsace@listes.example.org",
              received=rcv("listes.example.org", "203.0.113.5", "2026-11-09 20:41:17", PARIS, "4V7Nq1Cz5Kp8", lag=40),
              extra=(("Sender", "supplychain-alsace-request@listes.example.org"),
                     ("List-Id", "<supplychain-alsace.listes.example.org>"),
                     ("List-Post", "<mailto:supplychain-alsace@listes.example.org>"),
                     ("List-Unsubscribe", "<https://listes.example.org/sympa/signoff/supplychain-alsace>"),
                     ("Precedence", "list")))
    return message(hs, text(body, cte="8bit"))
