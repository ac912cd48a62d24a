"""blind160: a blind 50-mail held-out set, the inbox of an ocean-sensor firmware engineer in Brest.

Gwenaëlle Le Goff <gwenaelle.legoff@example.org>, September to mid-December 2026, Europe/Paris.
Written by hand, one function per mail, without reading the detector, its tests or earlier sets.
Keys 1-23 are the positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives; the
file number of the key-th mail is ORDER[key - 1].

    python3 bench/heldout/make_blind.py blind160
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

ORDER = random.Random(1600160).sample(range(1, 51), 50)

ME = "gwenaelle.legoff@example.org"
ME_H = addr("Gwenaëlle Le Goff", ME)
PARIS = "Europe/Paris"


def N(key: int) -> str:
    return f"blind160_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_H,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME, lag=lag)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")

EUROPE_LONDON = """BEGIN:VTIMEZONE
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


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", "Europe/London"), end=utc("2026-09-15 14:45", "Europe/London"),
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone="Europe/London",
      contact="fiona.baird@kelpwise.co.uk", company="Kelpwise",
      note="Greenhouse confirmation from no-reply, Reply-To = recruiter Fiona Baird (also ICS ORGANIZER). "
           "'2:00 PM - 2:45 PM BST' on Tue 15 Sep: BST = UTC+1 -> 13:00-13:45Z; the ICS is in UTC and agrees.")
def p01() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Thanks for confirming your availability. Your interview with Kelpwise is booked:

        Role: Senior Embedded Engineer (Buoy Platform)
        Interview: Technical deep-dive with Callum Reid and Ishbel Grant
        When: Tuesday, September 15, 2026, 2:00 PM - 2:45 PM BST
        Where: Google Meet - https://meet.google.com/kwp-rtqz-vbn

        Callum will ask you to walk through a firmware project you are proud of (power budget,
        low-power modes, anything involving a watchdog that saved you). No slides needed.

        If anything changes, just reply to this email and it will reach me.

        Best,
        Fiona Baird
        Talent Partner, Kelpwise
        Edinburgh | remote-first
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Gwenaëlle,</p>
        <p>Thanks for confirming your availability. Your interview with Kelpwise is booked:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Senior Embedded Engineer (Buoy Platform)</td></tr>
        <tr><td><b>Interview</b></td><td>Technical deep-dive with Callum Reid and Ishbel Grant</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026, 2:00 PM - 2:45 PM BST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/kwp-rtqz-vbn">Google Meet</a></td></tr>
        </table>
        <p>Callum will ask you to walk through a firmware project you are proud of (power budget,
        low-power modes, anything involving a watchdog that saved you). No slides needed.</p>
        <p>If anything changes, just reply to this email and it will reach me.</p>
        <p>Best,<br>Fiona Baird<br>Talent Partner, Kelpwise<br>Edinburgh | remote-first</p>
        <img src="https://us.greenhouse-mail.io/o/5f2a9c1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88120457-4412@greenhouse.io
        DTSTAMP:20260910T150500Z
        DTSTART:20260915T130000Z
        DTEND:20260915T134500Z
        SUMMARY:Interview: Gwenaëlle Le Goff / Kelpwise - Technical deep-dive
        LOCATION:https://meet.google.com/kwp-rtqz-vbn
        ORGANIZER;CN=Fiona Baird:mailto:fiona.baird@kelpwise.co.uk
        ATTENDEE;CN=Gwenaëlle Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwenaelle.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Kelpwise <no-reply@us.greenhouse-mail.io>",
              "Interview confirmation: Senior Embedded Engineer (Buoy Platform) - Kelpwise",
              "2026-09-10 16:05", "Europe/London",
              "<0100019147c2a1d3-6e0b44b1-5c1d-4a52-9e3b-1f2a7d9c3e51-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                   "mx.example.org with ESMTPS id 4Hk9Qz1mVbz3"),
              extra=(("Reply-To", "Fiona Baird <fiona.baird@kelpwise.co.uk>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-21 11:00", PARIS), end=utc("2026-09-21 12:00", PARIS),
      local="Mon 2026-09-21 11:00", local_end="2026-09-21 12:00", zone=PARIS,
      contact="camille.rousseau@hydrophone-systems.fr", company="Hydrophone Systems",
      note="Lever (French template) from no-reply@hire.lever.co; Reply-To = recruiter. "
           "'lundi 21 septembre, de 11 h à 12 h (heure de Paris)': CEST = UTC+2 -> 09:00-10:00Z. No ICS.")
def p02() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Merci pour votre disponibilité ! Votre entretien pour le poste d'Ingénieur·e logiciel embarqué
        (hydrophones) chez Hydrophone Systems est confirmé :

          Date : lundi 21 septembre 2026
          Horaire : de 11 h à 12 h (heure de Paris)
          Lieu : 3 quai François Mitterrand, 44200 Nantes — accueil au 2e étage
          Avec : Camille Rousseau (RH) et Pierre-Yves Jaouen (responsable électronique)

        Pensez à apporter une pièce d'identité pour l'accueil du bâtiment.

        Pour toute question, répondez simplement à ce message.

        À bientôt,
        Camille Rousseau
        Hydrophone Systems
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Bonjour Gwenaëlle,</p>
        <p>Merci pour votre disponibilité ! Votre entretien pour le poste d'Ingénieur·e logiciel embarqué
        (hydrophones) chez Hydrophone Systems est confirmé :</p>
        <ul>
        <li><strong>Date :</strong> lundi 21 septembre 2026</li>
        <li><strong>Horaire :</strong> de 11&nbsp;h à 12&nbsp;h (heure de Paris)</li>
        <li><strong>Lieu :</strong> 3 quai François Mitterrand, 44200 Nantes — accueil au 2e étage</li>
        <li><strong>Avec :</strong> Camille Rousseau (RH) et Pierre-Yves Jaouen (responsable électronique)</li>
        </ul>
        <p>Pensez à apporter une pièce d'identité pour l'accueil du bâtiment.</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À bientôt,<br>Camille Rousseau<br>Hydrophone Systems</p>
        <p style="color:#999;font-size:11px">Envoyé via Lever</p>
        </div>
        """)
    hs = hdrs("Hydrophone Systems <no-reply@hire.lever.co>",
              "Confirmation de votre entretien — Hydrophone Systems",
              "2026-09-14 09:12", PARIS,
              "<20260914071211.3b1f9a0c2e@hire.lever.co>",
              rcv=("from mail-ot1.lever.co (mail-ot1.lever.co [198.21.6.44])",
                   "mx.example.org with ESMTPS id 4HjLm20yKfz7"),
              extra=(("Reply-To", addr("Camille Rousseau", "camille.rousseau@hydrophone-systems.fr")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:30", PARIS), local="Wed 2026-09-30 14:30", zone=PARIS,
      contact="yannick.quemener@iroise-instruments.fr", company="Iroise Instruments",
      note="Prose from the hiring manager, Breton register: 'mercredi en huit à 14h30' resolved against "
           "the Date (Wed 23 Sep) -> Wed 30 Sep, CEST = UTC+2 -> 12:30Z. 'une bonne heure, peut-être un "
           "peu plus' is vague -> end null. The attached ICS is an all-day event on 30 Sep (time only in "
           "the text). windows-1252 quoted-printable.")
def p03() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Comme convenu ce midi au téléphone, je vous confirme notre rendez-vous mercredi en huit à 14h30,
        chez nous au Technopôle Brest-Iroise (bâtiment B, 2e étage, sonnez chez Iroise Instruments).

        Vous verrez Gaëlle Salaün (qualité) et moi-même. On vous montrera le banc de test des
        profileurs, et on parlera surtout de la partie bas niveau : STM32, bootloader, mise à jour
        par liaison acoustique. Comptez une bonne heure, peut-être un peu plus si on vous embarque
        au labo.

        Je vous mets un rappel dans l'agenda en pièce jointe, c'est plus simple.

        Si vous avez un souci d'ici là, mon portable : 06 71 42 18 93.

        Kenavo et à mercredi en huit,

        Yannick Quéméner
        Responsable électronique embarquée
        Iroise Instruments — Plouzané
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:6A0C2F71-1B3E-4D5A-9F2E-77C0A1B4D913
        DTSTAMP:20260923T154000Z
        DTSTART;VALUE=DATE:20260930
        DTEND;VALUE=DATE:20261001
        SUMMARY:Entretien Gwenaëlle Le Goff - Iroise Instruments
        LOCATION:Technopôle Brest-Iroise\\, bâtiment B
        DESCRIPTION:RDV 14h30 avec Yannick et Gaëlle
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs(addr("Yannick Quéméner", "yannick.quemener@iroise-instruments.fr", "iso-8859-1"),
              "Entretien mercredi en huit",
              "2026-09-23 17:40", PARIS,
              "<A41F0C7E-22B9-4B0E-8C1D-5E6F70819A2B@iroise-instruments.fr>",
              rcv=("from smtp.iroise-instruments.fr (smtp.iroise-instruments.fr [185.42.77.19])",
                   "mx.example.org with ESMTPS id 4HqB7s0Nn1z2"),
              extra=(("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),), charset="iso-8859-1")
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable",
                                      filename="Entretien.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(4), family="workday", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-09 15:00", "Europe/London"), end=utc("2026-10-09 16:00", "Europe/London"),
      local="Fri 2026-10-09 15:00", local_end="2026-10-09 16:00", zone="Europe/London",
      contact="hamish.drummond@meridiansubsea.com", company="Meridian Subsea",
      note="Workday reschedule, HTML only, base64, from the tenant's myworkday.com mailbox; the recruiter's "
           "address is only in the body. Old Thu 8 Oct 10:00 BST, new Fri 9 Oct 15:00-16:00 BST (UTC+1) "
           "-> 14:00-15:00Z.")
def p04() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkday.com/meridiansubsea/img/logo.png" alt="Meridian Subsea" height="32">
        <h2 style="font-weight:normal">Your interview has been rescheduled</h2>
        <p>Dear Gwenaëlle,</p>
        <p>Due to a change in the panel's availability, your interview for <b>Firmware Engineer - Subsea
        Sensors (R-0042871)</b> has been moved.</p>
        <table cellpadding="6" style="border:1px solid #ddd">
        <tr><td style="color:#888">Previous time</td><td><s>Thursday, 8 October 2026, 10:00 - 11:00 BST</s></td></tr>
        <tr><td style="color:#888"><b>New time</b></td><td><b>Friday, 9 October 2026, 15:00 - 16:00 BST</b></td></tr>
        <tr><td style="color:#888">Format</td><td>Microsoft Teams (link to follow from the interviewer)</td></tr>
        <tr><td style="color:#888">Interviewers</td><td>Hamish Drummond, Dr. Eilidh Fraser</td></tr>
        </table>
        <p>Please confirm the new time in your candidate home. If you have any questions, contact
        Hamish Drummond at <a href="mailto:hamish.drummond@meridiansubsea.com">hamish.drummond@meridiansubsea.com</a>.</p>
        <p>Kind regards,<br>Meridian Subsea Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This email was sent from an unmonitored mailbox. Please do not reply.<br>
        Powered by Workday</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = hdrs("Meridian Subsea <meridiansubsea@myworkday.com>",
              "Interview Rescheduled: Firmware Engineer - Subsea Sensors",
              "2026-10-05 11:20", "Europe/London",
              "<1759659600123.88213.wd3-prod-mail-2@myworkday.com>",
              rcv=("from wd3-smtp-out-7.myworkday.com (wd3-smtp-out-7.myworkday.com [198.51.100.77])",
                   "mx.example.org with ESMTPS id 4HwT0c2bYRz9"))
    return message(hs, html(body_html, cte="base64"))


@mail(N(5), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", PARIS), end=utc("2026-10-26 10:30", PARIS),
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PARIS,
      contact="sophie.lebihan@caphorn-electronique.fr", company="Cap Horn Électronique",
      note="Exchange meeting request (Teams) with TZID 'Romance Standard Time'. Sent Thu 22 Oct in CEST; the "
           "interview is Mon 26 Oct, the day after Europe goes back to CET: 09:30-10:30 CET (UTC+1) -> "
           "08:30-09:30Z, not 07:30Z. Contact = ORGANIZER/sender (the HR manager).")
def p05() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Suite à notre échange, je vous envoie l'invitation pour l'entretien technique (poste
        Ingénieur(e) firmware capteurs, Rennes) : lundi 26 octobre de 9h30 à 10h30, en visio Teams.
        Attention, on sera passés à l'heure d'hiver la veille.

        Participants : Sophie Le Bihan (RH), Arnaud Pennec (lead firmware).

        Bien cordialement,
        Sophie Le Bihan
        Chargée de recrutement — Cap Horn Électronique
        02 99 41 17 60

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NTk3YTItNDVjMi00OGE2LTg1ZTUtMzE0ZDEyOTlmYWQz%40thread.v2/0>
        ID de la réunion : 351 208 447 619
        Code secret : Wq7nYp
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Gwenaëlle,</p>
        <p class="MsoNormal">Suite à notre échange, je vous envoie l'invitation pour l'entretien technique (poste
        Ingénieur(e) firmware capteurs, Rennes) : lundi 26 octobre de 9h30 à 10h30, en visio Teams.
        Attention, on sera passés à l'heure d'hiver la veille.</p>
        <p class="MsoNormal">Participants : Sophie Le Bihan (RH), Arnaud Pennec (lead firmware).</p>
        <p class="MsoNormal">Bien cordialement,<br>Sophie Le Bihan<br>Chargée de recrutement — Cap Horn Électronique<br>02 99 41 17 60</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">
        <span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NTk3YTItNDVjMi00OGE2LTg1ZTUtMzE0ZDEyOTlmYWQz%40thread.v2/0">Cliquez ici pour participer à la réunion</a></div>
        <div>ID de la réunion : 351 208 447 619<br>Code secret : Wq7nYp</div>
        </div></body></html>
        """)
    ics = ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Le Bihan:mailto:sophie.lebihan@caphorn-electronique.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:gwenaelle.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arnaud Pennec:mailto:arnaud.pennec@caphorn-electronique.fr
        DESCRIPTION;LANGUAGE=fr-FR:Entretien technique - poste Ingénieur(e) firmware capteurs\\n
        UID:040000008200E00074C5B7101A82E00800000000A1B3C5D7E9F2DC01000000000000000010000000C3F1A2B4D5E6F708192A3B4C5D6E7F80
        SUMMARY;LANGUAGE=fr-FR:Entretien technique - Gwenaëlle Le Goff
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T130200Z
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
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NTk3YTItNDVjMi00OGE2LTg1ZTUtMzE0ZDEyOTlmYWQz%40thread.v2/0
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
    hs = hdrs(addr("Le Bihan Sophie", "sophie.lebihan@caphorn-electronique.fr"),
              "Entretien technique - Gwenaëlle Le Goff",
              "2026-10-22 15:02", PARIS,
              "<PR3P192MB0871D2E5A6B4C1F0A9E3B7C1D2E4A@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
              rcv=("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [40.107.105.71])",
                   "mx.example.org with ESMTPS id 4J0p8d3QzXz1"),
              extra=(("Thread-Topic", "Entretien technique - Gwenaëlle Le Goff".replace("ë", "e")),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(body_html),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(6), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-08 16:30", PARIS), end=utc("2026-09-08 17:00", PARIS),
      local="Tue 2026-09-08 16:30", local_end="2026-09-08 17:00", zone=PARIS,
      contact="maelle.tanguy@rade-numerique.fr", company="Rade Numérique",
      note="Calendly invitee confirmation (French): '16:30 - 17:00, mardi 8 septembre 2026', zone 'Heure "
           "d'Europe centrale' (Paris, CEST in September = UTC+2) -> 14:30-15:00Z. Reply-To and ICS "
           "ORGANIZER = the host, a recruiter.")
def p06() -> bytes:
    body = t("""
        Bonjour Gwenaëlle Le Goff,

        Un nouvel événement a été programmé.

        Type d'événement :
        Premier échange - Ingénieur·e firmware (30 min)

        Invité(e) :
        Maëlle Tanguy

        Date/heure de l'événement :
        16:30 - 17:00, mardi 8 septembre 2026 (Heure d'Europe centrale)

        Lieu :
        Ce rendez-vous aura lieu par téléphone. Maëlle Tanguy vous appellera au +33 6 12 48 90 37.

        Questions :
        Pourquoi Rade Numérique ?
        La data des navires de pêche, c'est exactement ce que je fais depuis 4 ans côté capteurs.

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/7b2e4c10-91aa-4f3e-bd2c-5a7d08e61f94
        Reprogrammer : https://calendly.com/reschedulings/7b2e4c10-91aa-4f3e-bd2c-5a7d08e61f94

        Propulsé par Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,sans-serif;color:#1a1a1a">
        <p>Bonjour Gwenaëlle Le Goff,</p>
        <p>Un nouvel événement a été programmé.</p>
        <p><b>Type d'événement :</b><br>Premier échange - Ingénieur·e firmware (30 min)</p>
        <p><b>Invité(e) :</b><br>Maëlle Tanguy</p>
        <p><b>Date/heure de l'événement :</b><br>16:30 - 17:00, mardi 8 septembre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Ce rendez-vous aura lieu par téléphone. Maëlle Tanguy vous appellera au +33 6 12 48 90 37.</p>
        <p><a href="https://calendly.com/cancellations/7b2e4c10-91aa-4f3e-bd2c-5a7d08e61f94">Annuler</a> |
        <a href="https://calendly.com/reschedulings/7b2e4c10-91aa-4f3e-bd2c-5a7d08e61f94">Reprogrammer</a></p>
        <p style="color:#999;font-size:12px">Propulsé par Calendly.com</p>
        </body></html>
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20260901T163012Z
        UID:7b2e4c10-91aa-4f3e-bd2c-5a7d08e61f94@calendly.com
        DTSTART;TZID=Europe/Paris:20260908T163000
        DTEND;TZID=Europe/Paris:20260908T170000
        SUMMARY:Premier échange - Ingénieur·e firmware entre Maëlle Tanguy et Gwenaëlle Le Goff
        ORGANIZER;CN=Maëlle Tanguy:mailto:maelle.tanguy@rade-numerique.fr
        ATTENDEE;CN=Gwenaëlle Le Goff;PARTSTAT=ACCEPTED:mailto:gwenaelle.legoff@example.org
        LOCATION:+33 6 12 48 90 37
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nMETHOD:REQUEST\n" + ics
    hs = hdrs("Calendly <notifications@calendly.com>",
              "Nouvel événement : Maëlle Tanguy - 16:30 mar. 8 sept. 2026 - Premier échange - Ingénieur·e firmware",
              "2026-09-01 18:30", PARIS,
              "<7b2e4c10.91aa.4f3e.bd2c.5a7d08e61f94@calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.100.14])",
                   "mx.example.org with ESMTPS id 4HgS1c5wJmz4"),
              extra=(("Reply-To", addr("Maëlle Tanguy", "maelle.tanguy@rade-numerique.fr")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None)))


@mail(N(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 17:30", "Europe/Berlin"), end=utc("2026-11-12 18:15", "Europe/Berlin"),
      local="Thu 2026-11-12 17:30", local_end="2026-11-12 18:15", zone="Europe/Berlin",
      contact="lena.hartmann@driftnet-analytics.de", company="Driftnet Analytics",
      note="Ashby confirmation for a Berlin remote team: 'Thursday, 12 November, 17:30 - 18:15 CET' (CET = "
           "UTC+1 in November) -> 16:30-17:15Z; ICS in UTC agrees. Contact = Reply-To recruiter.")
def p07() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        You're all set! Here are the details for your upcoming interview with Driftnet Analytics.

        Systems Design: Edge Firmware
        Thursday, 12 November · 17:30 - 18:15 CET
        Video call: https://driftnet.zoom.us/j/84120957736

        Interviewers
          Jonas Weber · Staff Engineer, Fleet Devices
          Mireille Okafor · Engineering Manager

        We're a remote team, mostly in Berlin, Lisbon and Brittany these days, so expect a mix of
        accents and a dog or two in the background.

        Need to reschedule? Reply to this email and Lena will help.

        Lena Hartmann
        Recruiting @ Driftnet Analytics
        """)
    body_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#0f172a">
        <p>Hi Gwenaëlle,</p>
        <p>You're all set! Here are the details for your upcoming interview with Driftnet Analytics.</p>
        <div style="border:1px solid #e2e8f0;border-radius:8px;padding:16px">
        <div style="font-size:16px;font-weight:600">Systems Design: Edge Firmware</div>
        <div>Thursday, 12 November · 17:30 - 18:15 CET</div>
        <div>Video call: <a href="https://driftnet.zoom.us/j/84120957736">driftnet.zoom.us/j/84120957736</a></div>
        <div style="margin-top:8px;color:#64748b">Interviewers</div>
        <div>Jonas Weber · Staff Engineer, Fleet Devices</div>
        <div>Mireille Okafor · Engineering Manager</div>
        </div>
        <p>We're a remote team, mostly in Berlin, Lisbon and Brittany these days, so expect a mix of
        accents and a dog or two in the background.</p>
        <p>Need to reschedule? Reply to this email and Lena will help.</p>
        <p>Lena Hartmann<br>Recruiting @ Driftnet Analytics</p>
        <p style="font-size:11px;color:#94a3b8">Sent with Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4f1d7a3c-0b2e-49a8-8c61-ea93f02b7d55
        DTSTAMP:20261106T091400Z
        DTSTART:20261112T163000Z
        DTEND:20261112T171500Z
        SEQUENCE:0
        SUMMARY:Driftnet Analytics – Systems Design: Edge Firmware (Gwenaëlle Le Goff)
        LOCATION:https://driftnet.zoom.us/j/84120957736
        ORGANIZER;CN=Lena Hartmann:mailto:lena.hartmann@driftnet-analytics.de
        ATTENDEE;CN=Gwenaëlle Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwenaelle.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Driftnet Analytics <no-reply@ashbyhq.com>",
              "Interview confirmed: Systems Design: Edge Firmware with Driftnet Analytics",
              "2026-11-06 10:14", "Europe/Berlin",
              "<010201937a4c11f8-2d9f0c3e-71b4-4e0a-9a55-0c6b1d2e3f40-000000@eu-west-1.amazonses.com>",
              rcv=("from b224-15.smtp-out.eu-west-1.amazonses.com (b224-15.smtp-out.eu-west-1.amazonses.com [54.240.4.15])",
                   "mx.example.org with ESMTPS id 4J7Kx91d0Pz3"),
              extra=(("Reply-To", "Lena Hartmann <lena.hartmann@driftnet-analytics.de>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(8), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:45", PARIS), local="Thu 2026-11-19 16:45", zone=PARIS,
      contact="theo@houle.io", company="Houle",
      note="Phone-written reply (tu) from the Paris start-up's co-founder: 'on dit jeudi 16h45 au bureau' "
           "resolved against the Date (Mon 16 Nov, late evening) -> Thu 19 Nov, CET = UTC+1 -> 15:45Z; no "
           "length -> end null. The quoted thread holds her proposal of Thursday afternoon.")
def p08() -> bytes:
    body = t("""
        Top, on dit jeudi 16h45 au bureau alors ! 42 rue de la Roquette, 11e, 3e étage, code 4B17.
        Tu verras Inès (notre CTO) et moi, on fait ça en mode café + tableau blanc, rien de formel.
        Si t'es à la bourre à cause du TGV envoie moi un texto 06 58 23 71 04

        Théo

        Envoyé de mon iPhone

        > Le 16 nov. 2026 à 21:12, Gwenaëlle Le Goff <gwenaelle.legoff@example.org> a écrit :
        >
        > Bonsoir Théo,
        >
        > Merci pour ton message. Je serai à Paris jeudi pour la journée, je peux passer en fin
        > d'après-midi si ça te va (à partir de 16h), sinon vendredi matin.
        >
        > Gwenaëlle
        """)
    hs = hdrs(addr("Théo Marchal", "theo@houle.io"),
              "Re: Houle x firmware bouées",
              "2026-11-16 22:47", PARIS,
              "<8E3F1C2A-9B7D-4E51-A0C6-2D4F8B1E7A93@houle.io>",
              rcv=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                   "mx.example.org with SMTPS id 4J9r2W0vRhz5"),
              extra=(("In-Reply-To", "<d0c7a1e4-33f2-4b9e-9e1a-71c2f85b0a6e@example.org>"),
                     ("References", "<CAHx7mQ3y0kP+Qw1vT9nR2s@mail.gmail.com> <d0c7a1e4-33f2-4b9e-9e1a-71c2f85b0a6e@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


@mail(N(9), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-14 10:00", PARIS), end=utc("2026-12-14 11:00", PARIS),
      local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone=PARIS,
      contact="agathe.morvan@ocealis.fr", company="Océalis",
      note="Personio invitation (French), RFC 2047 From; 'lun. 14 déc. 2026, 10:00 – 11:00 (Europe/Paris)' "
           "CET = UTC+1 -> 09:00-10:00Z; ICS TZID Europe/Paris agrees. Reply-To = recruiter.")
def p09() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste « Ingénieur·e systèmes
        embarqués – flotteurs autonomes (CDI, Nantes) ».

        📅 lun. 14 déc. 2026, 10:00 – 11:00 (Europe/Paris)
        📍 Océalis, 11 boulevard de la Prairie-au-Duc, 44200 Nantes
        👥 Agathe Morvan (Talent Acquisition), Rémi Le Floch (CTO)

        L'invitation est jointe à ce message. Vous pouvez l'ajouter à votre agenda.

        En cas d'empêchement, merci de nous prévenir au plus tôt en répondant à cet e-mail.

        Belle journée,
        Agathe Morvan
        Océalis

        ---
        Cet e-mail a été envoyé via Personio. Politique de confidentialité : https://ocealis.jobs.personio.de/privacy-policy
        """)
    body_html = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#222;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <p>Bonjour Gwenaëlle,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste « Ingénieur·e systèmes
        embarqués – flotteurs autonomes (CDI, Nantes) ».</p>
        <p>📅 <b>lun. 14 déc. 2026, 10:00 – 11:00</b> (Europe/Paris)<br>
        📍 Océalis, 11 boulevard de la Prairie-au-Duc, 44200 Nantes<br>
        👥 Agathe Morvan (Talent Acquisition), Rémi Le Floch (CTO)</p>
        <p>L'invitation est jointe à ce message. Vous pouvez l'ajouter à votre agenda.</p>
        <p>En cas d'empêchement, merci de nous prévenir au plus tôt en répondant à cet e-mail.</p>
        <p>Belle journée,<br>Agathe Morvan<br>Océalis</p>
        <hr><p style="font-size:11px;color:#888">Cet e-mail a été envoyé via Personio.</p>
        </div></body></html>
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-appointment-5518273@ocealis.jobs.personio.de
        DTSTAMP:20261209T133000Z
        DTSTART;TZID=Europe/Paris:20261214T100000
        DTEND;TZID=Europe/Paris:20261214T110000
        SUMMARY:Entretien Océalis – Gwenaëlle Le Goff
        LOCATION:Océalis\\, 11 boulevard de la Prairie-au-Duc\\, 44200 Nantes
        ORGANIZER;CN=Agathe Morvan:mailto:agathe.morvan@ocealis.fr
        ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:gwenaelle.legoff@example.org
        ATTENDEE;CN=Rémi Le Floch:mailto:remi.lefloch@ocealis.fr
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nMETHOD:REQUEST\n" + ics
    hs = hdrs(addr("Océalis", "noreply@mail.personio.de"),
              "Invitation à un entretien – Ingénieur·e systèmes embarqués – flotteurs autonomes",
              "2026-12-09 14:30", PARIS,
              "<3f0a91c2d7e84b56a1c0e9d2b7f4a835@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [185.22.94.18])",
                   "mx.example.org with ESMTPS id 4JMf2C1kW8z6"),
              extra=(("Reply-To", addr("Agathe Morvan", "agathe.morvan@ocealis.fr")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, cte="8bit", filename="entretien.ics", disposition="attachment")))


@mail(N(10), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 15:00", "Europe/Stockholm"), end=utc("2026-10-06 15:45", "Europe/Stockholm"),
      local="Tue 2026-10-06 15:00", local_end="2026-10-06 15:45", zone="Europe/Stockholm",
      contact="johanna.lind@skageraksensing.se", company="Skagerak Sensing",
      note="Teamtailor (French template) for a Swedish company's Nantes office: the body gives no time at "
           "all, the time is only in the ICS (TZID Europe/Stockholm 15:00-15:45, CEST = UTC+2 -> "
           "13:00-13:45Z). Contact = ICS ORGANIZER (the Reply-To is the no-reply sender).")
def p10() -> bytes:
    body_html = t("""
        <html><body style="margin:0;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="background:#0b3c5d;padding:18px;color:#fff;font-size:20px">Skagerak Sensing</div>
        <div style="padding:24px;font-size:15px;line-height:1.6;color:#2b2b2b">
        <p>Bonjour Gwenaëlle,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien vidéo pour le poste
        <b>Embedded Software Engineer – Nantes</b> est confirmé.</p>
        <p>Vous trouverez tous les détails (date, heure et lien de connexion) dans l'invitation
        calendrier jointe à cet e-mail.</p>
        <p>Hälsningar / Cordialement,<br>L'équipe recrutement de Skagerak Sensing</p>
        <p style="font-size:12px;color:#888">Vous recevez cet e-mail parce que vous avez postulé chez
        Skagerak Sensing via Teamtailor. <a href="https://skageraksensing.teamtailor.com/connect/unsubscribe">Gérer mes données</a></p>
        </div></body></html>
        """)
    ics = VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-9f8e2b71-c4d0-4a3f-8b6a-12e0f7c5d903
        DTSTAMP:20260930T065500Z
        DTSTART;TZID=Europe/Stockholm:20261006T150000
        DTEND;TZID=Europe/Stockholm:20261006T154500
        SUMMARY:Intervju / Entretien: Gwenaëlle Le Goff – Embedded Software Engineer
        DESCRIPTION:Google Meet: https://meet.google.com/sks-qwer-tyu
        LOCATION:https://meet.google.com/sks-qwer-tyu
        ORGANIZER;CN=Johanna Lind:mailto:johanna.lind@skageraksensing.se
        ATTENDEE;CN=Gwenaëlle Le Goff;PARTSTAT=ACCEPTED:mailto:gwenaelle.legoff@example.org
        ATTENDEE;CN=Olle Bergström:mailto:olle.bergstrom@skageraksensing.se
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n" + ics
    hs = hdrs("Skagerak Sensing <no-reply@teamtailor-mail.com>",
              "Votre entretien avec Skagerak Sensing est confirmé",
              "2026-09-30 08:55", PARIS,
              "<6d2b0f9e7a1c4e58b3f2@teamtailor-mail.com>",
              rcv=("from mail1.teamtailor-mail.com (mail1.teamtailor-mail.com [46.21.102.9])",
                   "mx.example.org with ESMTPS id 4HrT3p0mZqz8"),
              extra=(("Reply-To", "no-reply@teamtailor-mail.com"),))
    return message(hs, mixed(html(body_html),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-02 10:00", PARIS), end=utc("2026-10-02 11:00", PARIS),
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:00", zone=PARIS,
      contact="erwan.guillou@sillage-systemes.fr", company="Sillage Systèmes",
      note="Google Calendar invitation (French UI): 'ven. 2 oct. 2026 10:00 – 11:00 (heure d'été d'Europe "
           "centrale - Paris)' -> 08:00-09:00Z. Contact = ORGANIZER, the Lorient engineering manager.")
def p11() -> bytes:
    body = t("""
        Erwan Guillou vous a invité(e) à un événement.

        Entretien technique – Gwenaëlle Le Goff / Sillage Systèmes
        Quand
        ven. 2 oct. 2026 10:00 – 11:00 (heure d’été d’Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/sil-lgos-yst

        Lieu
        Sillage Systèmes, 5 rue Jules Verne, 56100 Lorient (salle Groix)

        Invités
        Erwan Guillou - organisateur
        gwenaelle.legoff@example.org
        Tifenn Nicol

        Description :
        Bonjour Gwenaëlle, comme convenu, voici l'invitation pour le deuxième tour. On regardera
        ensemble un driver SPI d'un de nos sondeurs (revue de code) puis discussion avec Tifenn.
        Parking visiteurs devant le bâtiment. – Erwan

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=MTRhYjNjN2Q

        Répondre pour gwenaelle.legoff@example.org : Oui | Peut-être | Non

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité(e) à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le.
        """)
    body_html = gmail_html(body)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261002T100000
        DTEND;TZID=Europe/Paris:20261002T110000
        DTSTAMP:20260925T090300Z
        ORGANIZER;CN=Erwan Guillou:mailto:erwan.guillou@sillage-systemes.fr
        UID:14ab3c7d9e2f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Erwan Guillou;X-NUM-GUESTS=0:mailto:erwan.guillou@sillage-systemes.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwenaelle.legoff@example.org;X-NUM-GUESTS=0:mailto:gwenaelle.legoff@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tifenn Nicol;X-NUM-GUESTS=0:mailto:tifenn.nicol@sillage-systemes.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/sil-lgos-yst
        CREATED:20260925T090200Z
        DESCRIPTION:Bonjour Gwenaëlle\\, comme convenu\\, voici l'invitation pour le deuxième tour.
        LAST-MODIFIED:20260925T090300Z
        LOCATION:Sillage Systèmes\\, 5 rue Jules Verne\\, 56100 Lorient (salle Groix)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique – Gwenaëlle Le Goff / Sillage Systèmes
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + ics)
    hs = hdrs("Erwan Guillou <erwan.guillou@sillage-systemes.fr>",
              "Invitation: Entretien technique – Gwenaëlle Le Goff / Sillage Systèmes @ ven. 2 oct. 2026 10:00 - 11:00 (CEST) (gwenaelle.legoff@example.org)",
              "2026-09-25 11:03", PARIS,
              "<calendar-5e1f7a20-3c84-4b9d-a2f6-8d0b1e9c7a43@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx.example.org with SMTPS id 4HpX6k2sLdz1"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "erwan.guillou@sillage-systemes.fr")))
    inv = calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                   ctype="application/ics", method=None, name_param=True)
    return message(hs, mixed(alt(text(body), html(body_html), calendar(ics, cte="base64")), inv))


@mail(N(12), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-09-10 09:15", "Europe/Zurich"), local="Thu 2026-09-10 09:15", zone="Europe/Zurich",
      contact="nadia.perrenoud@limnotech.ch", company="Limnotech SA",
      note="Swiss French prose (septante-cinq, 'le jeudi 10 septembre à 9 h 15'), Yverdon-les-Bains, "
           "Europe/Zurich CEST = UTC+2 -> 07:15Z. 'environ septante-cinq minutes' is approximate -> end "
           "null. iso-8859-1 quoted-printable, text only.")
def p12() -> bytes:
    body = t("""
        Madame,

        Nous faisons suite à votre candidature au poste d'ingénieure firmware pour nos sondes
        multiparamètres et avons le plaisir de vous confirmer l'entretien convenu par téléphone :

            le jeudi 10 septembre 2026 à 9 h 15
            Limnotech SA, rue des Uttins 27, 1400 Yverdon-les-Bains
            (réception au rez-de-chaussée ; places visiteurs n° 12 à 14)

        Vous rencontrerez M. Cédric Jaquier, responsable R&D, et moi-même. Prévoyez environ
        septante-cinq minutes, visite de l'atelier comprise.

        Vos frais de déplacement depuis Brest vous seront remboursés sur présentation des
        justificatifs (train en 2e classe).

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Nadia Perrenoud
        Ressources humaines
        Limnotech SA | +41 24 425 18 30 | nadia.perrenoud@limnotech.ch
        """)
    hs = hdrs(addr("Perrenoud Nadia", "nadia.perrenoud@limnotech.ch"),
              "Confirmation d'entretien - Ingénieure firmware",
              "2026-09-03 16:20", "Europe/Zurich",
              "<000601dc3a7f$4b2e1c90$e18a55b0$@limnotech.ch>",
              rcv=("from mx01.limnotech.ch (mx01.limnotech.ch [195.141.88.20])",
                   "mx.example.org with ESMTPS id 4Hf0Tz3bQ2z7"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ch")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(13), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", "America/Toronto"), end=utc("2026-11-10 11:00", "America/Toronto"),
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="America/Toronto",
      contact="ma.belanger@hydronordik.ca", company="Hydro-Nordik Instruments",
      note="Quebec prose ('entrevue', 'mardi prochain, 10 h (heure de l'Est)'): Date Thu 5 Nov -> Tue 10 Nov; "
           "EST (UTC-5, the US/Canada change was on 1 Nov) -> 15:00Z, which the mail also gives as '16 h "
           "pour vous à Brest' (CET). 'd'une heure' -> end 16:00Z.")
def p13() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Merci encore pour ton intérêt envers Hydro-Nordik! Tel que discuté, je te confirme ton entrevue
        avec l'équipe mardi prochain, 10 h (heure de l'Est), soit 16 h pour toi à Brest si je ne me
        trompe pas avec le changement d'heure. L'entrevue est d'une heure, sur Teams :

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3NmQ0YzEtMmU1Ny00%40thread.v2/0

        Tu vas rencontrer Geneviève Ouellet (chargée de projet, bouées de l'estuaire) et Jean-Philippe
        Gagnon (firmware). Prépare-toi à jaser un peu de ton expérience avec les modems Iridium, c'est
        notre gros chantier cet hiver.

        Si jamais t'as un pépin, écris-moi ici ou texte-moi au 418 555-0147.

        Bonne fin de journée!

        Marc-André Bélanger
        Conseiller en acquisition de talents
        Hydro-Nordik Instruments inc. — Rimouski (Québec)
        """)
    hs = hdrs(addr("Marc-André Bélanger", "ma.belanger@hydronordik.ca"),
              "Confirmation entrevue - Développeuse micrologiciel",
              "2026-11-05 13:10", "America/Toronto",
              "<YT3PR01MB6420B8A1E2C7D9F3A4B5C6D7E8F9A@YT3PR01MB6420.CANPRD01.PROD.OUTLOOK.COM>",
              rcv=("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2118.outbound.protection.outlook.com [40.107.115.118])",
                   "mx.example.org with ESMTPS id 4J6vRq0c4Tz2"),
              extra=(("Content-Language", "fr-CA"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(N(14), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-25 14:00", PARIS), end=utc("2026-11-25 15:00", PARIS),
      local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:00", zone=PARIS,
      contact="priya.nair@fathomdynamics.com", company="Fathom Dynamics",
      note="Forward to self (from her phone address) of a SmartRecruiters confirmation attached as "
           "message/rfc822: 'Wednesday, November 25, 2026 2:00 PM - 3:00 PM (GMT+01:00) Paris' -> "
           "13:00-14:00Z. Contact = the recruiter named in the forwarded body (the sender is the candidate, "
           "the inner sender is no-reply).")
def p14() -> bytes:
    inner_body = t("""
        Dear Gwenaëlle,

        Thank you for your interest in Fathom Dynamics. We are pleased to confirm your interview for
        the position of Embedded Firmware Engineer (Paris or Remote).

        Interview details
        Date & time: Wednesday, November 25, 2026 2:00 PM - 3:00 PM (GMT+01:00) Paris
        Type: Video interview (Microsoft Teams link below)
        Interviewers: Priya Nair (Senior Recruiter), Baptiste Lemaire (Head of Firmware)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmF0aG9tLWR5bmFtaWNz%40thread.v2/0

        If you have any questions or need to reschedule, please contact Priya Nair at
        priya.nair@fathomdynamics.com.

        Best regards,
        Fathom Dynamics Talent Acquisition

        This message was sent by SmartRecruiters on behalf of Fathom Dynamics. Please do not reply.
        """)
    inner = message([
        ("From", "Fathom Dynamics <no-reply@smartrecruiters.com>"),
        ("To", "gwenaelle.legoff@example.org"),
        ("Subject", "Interview Confirmation - Embedded Firmware Engineer (Paris or Remote)"),
        ("Date", date("2026-11-18 17:41", PARIS)),
        ("Message-ID", "<0102019a3c5e7f21-91d2c4a8-5b3e-4f60-8d17-c9e0a2b4f613-000000@eu-central-1.amazonses.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    outer = t("""
        à garder, pour ne pas chercher mercredi

        Envoyé de mon téléphone
        """)
    hs = hdrs(addr("Gwenaëlle Le Goff", "gwen.legoff@example.net"),
              "Fwd: Interview Confirmation - Embedded Firmware Engineer (Paris or Remote)",
              "2026-11-19 08:03", PARIS,
              "<b7e2f0c1-4d3a-49e8-a6b5-0f1c2d3e4a5b@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [192.0.2.25])",
                   "mx.example.org with ESMTPS id 4JBq3Z5y1Wz9"))
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Interview Confirmation.eml")))


@mail(N(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:00", "Pacific/Auckland"), end=utc("2026-12-01 09:45", "Pacific/Auckland"),
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Pacific/Auckland",
      contact="aroha.ngata@tangaroa-instruments.co.nz", company="Tangaroa Instruments",
      note="New Zealand recruiter with a pasted Zoom block: 'Tuesday 1 December, 9:00am NZDT' (UTC+13) = "
           "Monday 30 Nov 20:00Z, i.e. the previous day in UTC (9pm Monday in Brest, as she writes). "
           "'45 minutes' -> end 20:45Z. Date Fri 27 Nov NZDT.")
def p15() -> bytes:
    body = t("""
        Kia ora Gwenaëlle,

        Lovely to chat on LinkedIn. As promised, here's the confirmation for your first interview
        with our instrumentation team:

        Tuesday 1 December, 9:00am NZDT (that should be 9pm on Monday for you in Brest)
        45 minutes, with Sam Whitcombe (Hardware Lead) and me.

        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Tangaroa Instruments - Firmware Engineer interview (G. Le Goff)
        Time: Dec 1, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://tangaroa.zoom.us/j/93581204467?pwd=Tn0rWbQyS2x5RGh1cW9vTjJxQT09

        Meeting ID: 935 8120 4467
        Passcode: 418227

        We know the hour is a bit awkward for Europe, so thank you for being flexible.

        Ngā mihi,
        Aroha

        Aroha Ngata | People & Culture Partner
        Tangaroa Instruments Ltd | Wellington, Aotearoa New Zealand
        """)
    hs = hdrs(addr("Aroha Ngata", "aroha.ngata@tangaroa-instruments.co.nz"),
              "Interview confirmed - Tuesday 1 Dec (NZ time)",
              "2026-11-27 14:22", "Pacific/Auckland",
              "<SY4P282MB3741A0B1C2D3E4F5A6B7C8D9E0F1A@SY4P282MB3741.AUSP282.PROD.OUTLOOK.COM>",
              rcv=("from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2091.outbound.protection.outlook.com [40.107.107.91])",
                   "mx.example.org with ESMTPS id 4JF2bW0xHmz3"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 13:00", "Europe/London"), end=utc("2026-12-03 14:45", "Europe/London"),
      local="Thu 2026-12-03 13:00", local_end="2026-12-03 14:45", zone="Europe/London",
      contact="oliver.pryce@seabedcloud.co.uk", company="Seabed Cloud",
      note="GoodTime itinerary, two back-to-back sessions Thu 3 Dec 13:00-13:45 and 14:00-14:45 GMT (UTC+0 "
           "in December) -> start 13:00Z, end = end of the last session 14:45Z. Contact = Reply-To "
           "coordinator. No ICS (GoodTime sends one invite per interviewer separately).")
def p16() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Your onsite (virtual) interview with Seabed Cloud has been scheduled. Here is your itinerary.
        All times are shown in Greenwich Mean Time (GMT).

        Thursday, December 3, 2026

        1:00 PM - 1:45 PM  Embedded C & RTOS
                           Interviewer: Dmitri Volkov, Principal Engineer
        1:45 PM - 2:00 PM  Break
        2:00 PM - 2:45 PM  Hiring Manager conversation
                           Interviewer: Harriet Lowe, Director of Devices

        All sessions take place on the same Google Meet link:
        https://meet.google.com/sbc-onsi-tevr

        You will receive a separate calendar invitation from each interviewer.

        Questions? Reply to this email to reach your coordinator, Oliver Pryce.

        Good luck!
        Seabed Cloud Recruiting

        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Gwenaëlle,</p>
        <p>Your onsite (virtual) interview with Seabed Cloud has been scheduled. Here is your itinerary.
        All times are shown in <b>Greenwich Mean Time (GMT)</b>.</p>
        <h3>Thursday, December 3, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
        <tr><td>1:00 PM - 1:45 PM</td><td><b>Embedded C &amp; RTOS</b><br>Dmitri Volkov, Principal Engineer</td></tr>
        <tr><td>1:45 PM - 2:00 PM</td><td><i>Break</i></td></tr>
        <tr><td>2:00 PM - 2:45 PM</td><td><b>Hiring Manager conversation</b><br>Harriet Lowe, Director of Devices</td></tr>
        </table>
        <p>All sessions take place on the same Google Meet link:
        <a href="https://meet.google.com/sbc-onsi-tevr">meet.google.com/sbc-onsi-tevr</a></p>
        <p>You will receive a separate calendar invitation from each interviewer.</p>
        <p>Questions? Reply to this email to reach your coordinator, Oliver Pryce.</p>
        <p>Good luck!<br>Seabed Cloud Recruiting</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = hdrs("Seabed Cloud Recruiting <scheduling@goodtime.io>",
              "Your interview itinerary with Seabed Cloud - Thursday, December 3",
              "2026-11-27 16:40", "Europe/London",
              "<20261127164012.9c1e2d3f4a5b@goodtime.io>",
              rcv=("from o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.33.210])",
                   "mx.example.org with ESMTPS id 4JF5dP2pMnz0"),
              extra=(("Reply-To", "Oliver Pryce <oliver.pryce@seabedcloud.co.uk>"),))
    return message(hs, alt(text(body, cte="8bit"), html(body_html, cte="8bit")))


# =========================================================================== positives: key 17-23


@mail(N(17), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-15 10:00", PARIS), local="Thu 2026-10-15 10:00", zone=PARIS,
      contact="katell.leroux@armor-ocean.fr", company="Armor Océan",
      note="Prose reschedule from the Brest recruiter (Outlook, text+HTML): old 'mardi 13 octobre à 14h', "
           "new 'jeudi 15 octobre à 10h' (CEST = UTC+2) -> 08:00Z. No length -> end null. The old time "
           "comes first in the mail.")
def p17() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Suite à notre échange téléphonique de ce matin, je vous confirme le report de votre entretien
        pour le poste d'ingénieure firmware (équipe Profileurs).

        Initialement prévu le mardi 13 octobre à 14h, il aura donc lieu le jeudi 15 octobre à 10h,
        dans nos locaux du port de commerce (8 quai de la Douane, Brest). M. Kerdraon ayant dû partir
        en mission en mer plus tôt que prévu, c'est M. Abgrall qui le remplacera.

        Je reste à votre disposition pour toute question.

        Bien cordialement,

        Katell Le Roux
        Chargée RH – Armor Océan
        8 quai de la Douane – 29200 Brest
        Tél. 02 98 43 61 20
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Madame Le Goff,</p>
        <p>Suite à notre échange téléphonique de ce matin, je vous confirme le report de votre entretien
        pour le poste d'ingénieure firmware (équipe Profileurs).</p>
        <p>Initialement prévu le <s>mardi 13 octobre à 14h</s>, il aura donc lieu le
        <b>jeudi 15 octobre à 10h</b>, dans nos locaux du port de commerce (8 quai de la Douane, Brest).
        M. Kerdraon ayant dû partir en mission en mer plus tôt que prévu, c'est M. Abgrall qui le remplacera.</p>
        <p>Je reste à votre disposition pour toute question.</p>
        <p>Bien cordialement,</p>
        <p><b>Katell Le Roux</b><br>Chargée RH – Armor Océan<br>8 quai de la Douane – 29200 Brest<br>Tél. 02 98 43 61 20</p>
        </div></body></html>
        """).replace("–", "-")
    hs = hdrs(addr("Katell Le Roux", "katell.leroux@armor-ocean.fr"),
              "Report de votre entretien - Armor Océan",
              "2026-10-09 12:05", PARIS,
              "<AM9P195MB1342E7C8B6A5D4F3E2C1B0A9F8E7D6C5@AM9P195MB1342.EURP195.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2040.outbound.protection.outlook.com [40.107.22.40])",
                   "mx.example.org with ESMTPS id 4HtY5m3fNcz4"),
              charset="iso-8859-15")
    return message(hs, alt(text(body.replace("–", "-"), charset="iso-8859-15"),
                           html(body_html, charset="iso-8859-15")))


@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-21 16:00", PARIS), end=utc("2026-10-21 17:00", PARIS),
      local="Wed 2026-10-21 16:00", local_end="2026-10-21 17:00", zone=PARIS,
      contact="julien.castel@nereidlabs.io", company="Nereid Labs",
      note="Google Calendar 'Updated invitation' (English UI): moved from Tue Oct 20 3pm to 'Wed Oct 21, "
           "2026 4pm – 5pm (Central European Time - Paris)', CEST = UTC+2 -> 14:00-15:00Z; ICS SEQUENCE:1 "
           "agrees. Contact = ORGANIZER.")
def p18() -> bytes:
    body = t("""
        This event has been changed.

        Nereid Labs – Firmware Engineer – Technical interview (Gwenaëlle Le Goff)
        When
        Changed: Wed Oct 21, 2026 4pm – 5pm (Central European Time - Paris)
        (previously Tue Oct 20, 2026 3pm – 4pm)

        Joining info
        Join with Google Meet
        https://meet.google.com/ner-eidl-abs

        Guests
        Julien Castel - organizer
        Gwenaëlle Le Goff
        Sarah Benhamou

        Note from Julien: Sorry for the shuffle — Sarah is stuck in a customer review on Tuesday.
        Same link, same agenda.

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=bmVyZWlkMjAyNg

        Reply for gwenaelle.legoff@example.org
        Yes | No | Maybe | More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee of the event.
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261021T160000
        DTEND;TZID=Europe/Paris:20261021T170000
        DTSTAMP:20261019T073000Z
        ORGANIZER;CN=Julien Castel:mailto:julien.castel@nereidlabs.io
        UID:0q3h5n7r9t1v3x5z7b9d1f3h5j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien Castel;X-NUM-GUESTS=0:mailto:julien.castel@nereidlabs.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff;X-NUM-GUESTS=0:mailto:gwenaelle.legoff@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Benhamou;X-NUM-GUESTS=0:mailto:sarah.benhamou@nereidlabs.io
        X-GOOGLE-CONFERENCE:https://meet.google.com/ner-eidl-abs
        CREATED:20261012T140211Z
        LAST-MODIFIED:20261019T073000Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Nereid Labs – Firmware Engineer – Technical interview (Gwenaëlle Le Goff)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + ics)
    hs = hdrs("Julien Castel <julien.castel@nereidlabs.io>",
              "Updated invitation: Nereid Labs – Firmware Engineer – Technical interview (Gwenaëlle Le Goff) @ Wed Oct 21, 2026 4pm - 5pm (CEST) (gwenaelle.legoff@example.org)",
              "2026-10-19 09:30", PARIS,
              "<calendar-b81c2d3e-4f5a-46b7-8c9d-0e1f2a3b4c5d@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                   "mx.example.org with SMTPS id 4HxC0a1tVbz6"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "julien.castel@nereidlabs.io")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None, name_param=True)))


@mail(N(19), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:30", "America/New_York"), end=utc("2026-11-03 10:30", "America/New_York"),
      local="Tue 2026-11-03 09:30", local_end="2026-11-03 10:30", zone="America/New_York",
      contact="dana.whitfield@bluecurrentoceanics.com", company="Blue Current Oceanics",
      note="iCIMS confirmation from a Boston company, sent Thu 29 Oct in EDT; the interview is Tue 3 Nov "
           "9:30-10:30 AM Eastern, after the US change on 1 Nov, so EST = UTC-5 -> 14:30-15:30Z (the mail "
           "also says 3:30 PM in France). ICS TZID 'Eastern Standard Time'. Contact = recruiter in body.")
def p19() -> bytes:
    body_html = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="border-top:4px solid #005f86;padding:18px">
        <p>Dear Gwenaëlle,</p>
        <p>Thank you for your continued interest in Blue Current Oceanics. This email confirms your
        interview for <b>Embedded Firmware Engineer II (Req 2026-3317)</b>:</p>
        <p><b>Date:</b> Tuesday, November 3, 2026<br>
        <b>Time:</b> 9:30 AM - 10:30 AM Eastern Time (3:30 PM - 4:30 PM in France)<br>
        <b>Location:</b> Zoom - https://bluecurrent.zoom.us/j/7715520394<br>
        <b>Interviewers:</b> Dana Whitfield (Recruiter), Tom Kowalczyk (Firmware Manager)</p>
        <p>Please note that clocks in the US change on Sunday, November 1; the time above is Eastern
        Standard Time.</p>
        <p>If you need to make any changes, please contact Dana Whitfield at
        dana.whitfield@bluecurrentoceanics.com or +1 617 555 0182.</p>
        <p>Sincerely,<br>Blue Current Oceanics Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This message was sent to gwenaelle.legoff@example.org via iCIMS.
        Please do not reply to this automated message.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-interview-2026-3317-88412
        DTSTAMP:20261029T204500Z
        DTSTART;TZID=Eastern Standard Time:20261103T093000
        DTEND;TZID=Eastern Standard Time:20261103T103000
        SUMMARY:Interview - Embedded Firmware Engineer II - Blue Current Oceanics
        LOCATION:https://bluecurrent.zoom.us/j/7715520394
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@bluecurrentoceanics.com
        ATTENDEE;CN=Gwenaelle Le Goff;RSVP=TRUE:mailto:gwenaelle.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//iCIMS//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics
    hs = hdrs("Blue Current Oceanics <bluecurrentoceanics@talent.icims.com>",
              "Interview Confirmation: Embedded Firmware Engineer II",
              "2026-10-29 16:45", "America/New_York",
              "<1785117451.3320981.1793306700123@talent.icims.com>",
              rcv=("from mta-out-04.icims.com (mta-out-04.icims.com [63.148.56.36])",
                   "mx.example.org with ESMTPS id 4J3mWq1kPzz8"))
    return message(hs, mixed(html(body_html),
                             calendar(ics, cte="7bit", filename="Interview.ics", disposition="attachment")))


@mail(N(20), family="exchange_outlook", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-04 14:00", PARIS), end=utc("2026-12-04 15:00", PARIS),
      local="Fri 2026-12-04 14:00", local_end="2026-12-04 15:00", zone=PARIS,
      contact="gaelle.riou@thalassa-defense.fr", company="Thalassa Défense",
      note="Exchange meeting update (SEQUENCE:2, TZID 'Romance Standard Time') with a note: old 'jeudi 3 "
           "décembre à 11h', new 'vendredi 4 décembre 14:00-15:00' (CET = UTC+1) -> 13:00-14:00Z. Contact = "
           "ORGANIZER/sender.")
def p20() -> bytes:
    body = t("""
        Quand : vendredi 4 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Thalassa Défense – site de Lanester, bâtiment Kerpont, accueil principal

        *~*~*~*~*~*~*~*~*~*

        Bonjour Gwenaëlle,

        Petit changement : notre responsable sécurité n'est pas disponible jeudi 3 décembre à 11h,
        je décale donc l'entretien au vendredi 4 décembre, 14h-15h. Même lieu. N'oubliez pas votre
        pièce d'identité (contrôle d'accès du site, inscription faite à votre nom).

        Cordialement,
        Gaëlle Riou
        Ressources Humaines – Thalassa Défense
        """)
    ics = ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Riou Gaëlle:mailto:gaelle.riou@thalassa-defense.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwenaelle.legoff@example.org:mailto:gwenaelle.legoff@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Petit changement : notre responsable sécurité n'est pas disponible jeudi 3 décembre à 11h.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0F1A2B3C4E5DC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
        SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieure logiciel embarqué (G. Le Goff)
        DTSTART;TZID=Romance Standard Time:20261204T140000
        DTEND;TZID=Romance Standard Time:20261204T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261130T161200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Thalassa Défense – site de Lanester\\, bâtiment Kerpont
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1183204471
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = hdrs(addr("Riou Gaëlle", "gaelle.riou@thalassa-defense.fr"),
              "Mise à jour : Entretien - Ingénieure logiciel embarqué (G. Le Goff)",
              "2026-11-30 17:12", PARIS,
              "<DB9PR08MB6588F1E2D3C4B5A69788A7B6C5D4E3F2@DB9PR08MB6588.eurprd08.prod.outlook.com>",
              rcv=("from mail.thalassa-defense.fr (mail.thalassa-defense.fr [193.252.41.77])",
                   "mx.example.org with ESMTPS id 4JGb7V2cXkz5"),
              extra=(("Thread-Topic", "Entretien - Ingenieure logiciel embarque (G. Le Goff)"),
                     ("Thread-Index", "AdtDf0c9F1qLx2N3Q4eR5s6T7u8V9w=="),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(gmail_html(body), charset="windows-1252"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(21), family="recruitee", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-22 11:00", PARIS), end=utc("2026-10-22 11:45", PARIS),
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 11:45", zone=PARIS,
      contact="bastien.garnier@sondeo.fr", company="Sondeo",
      note="Recruitee cancellation with METHOD:CANCEL ICS: the cancelled slot is 'jeudi 22 octobre, 11h00 - "
           "11h45' (CEST = UTC+2) -> 09:00-09:45Z; no new time ('nous reviendrons vers vous'). Contact = "
           "Reply-To recruiter.")
def p21() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Nous sommes désolés de devoir annuler votre entretien prévu le jeudi 22 octobre, 11h00 - 11h45,
        pour le poste de Développeur·se firmware IoT (Nantes).

        Le recrutement est suspendu quelques semaines, le temps de finaliser notre budget 2027.
        Nous reviendrons vers vous dès que possible avec de nouvelles disponibilités.

        Merci de votre compréhension,
        Bastien Garnier
        Sondeo

        --
        Envoyé avec Recruitee
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Events//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:recruitee-event-3019442@recruitee.com
        DTSTAMP:20261019T080000Z
        DTSTART:20261022T090000Z
        DTEND:20261022T094500Z
        SUMMARY:Entretien Sondeo – Gwenaëlle Le Goff
        ORGANIZER;CN=Bastien Garnier:mailto:bastien.garnier@sondeo.fr
        ATTENDEE;CN=Gwenaëlle Le Goff:mailto:gwenaelle.legoff@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Sondeo <noreply@recruitee.com>",
              "Annulation : entretien Sondeo – jeudi 22 octobre",
              "2026-10-19 10:00", PARIS,
              "<01070192a8b4c1d2-e3f4a5b6-c7d8-49e0-a1b2-c3d4e5f6a7b8-000000@eu-west-1.amazonses.com>",
              rcv=("from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])",
                   "mx.example.org with ESMTPS id 4HxF1c3vQdz2"),
              extra=(("Reply-To", addr("Bastien Garnier", "bastien.garnier@sondeo.fr")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                      disposition="attachment")))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-08 15:00", "Europe/London"), local="Tue 2026-12-08 15:00", zone="Europe/London",
      contact="rhys.morgan@kittiwakemarine.co.uk", company="Kittiwake Marine",
      note="Prose cancellation from the hiring manager: 'tomorrow's 3pm (UK) interview' resolved against "
           "the Date (Mon 7 Dec GMT) -> Tue 8 Dec 15:00 GMT = 15:00Z (the quoted earlier confirmation says "
           "4pm for her in Brest). Role on hold, no new time. No length stated -> end null.")
def p22() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        I'm really sorry to do this at short notice, but I have to cancel tomorrow's 3pm (UK) interview.
        We found out this morning that the sensor-platform role has been put on hold until the new
        financial year, and I don't want to waste your afternoon on a role we can't fill right now.

        I'll be in touch if it opens up again in the spring - you were top of our list.

        Apologies again,
        Rhys

        Rhys Morgan
        Engineering Manager, Kittiwake Marine
        Plymouth | +44 1752 555 019

        On Wed, 2 Dec 2026 at 11:20, Rhys Morgan <rhys.morgan@kittiwakemarine.co.uk> wrote:
        > Hi Gwenaëlle,
        > Great - that's confirmed for Tuesday 8 December at 3pm UK time (4pm for you in Brest).
        > I'll send a Teams link the day before.
        > Rhys
        """)
    hs = hdrs(addr("Rhys Morgan", "rhys.morgan@kittiwakemarine.co.uk"),
              "Re: Interview - Sensor Platform Engineer",
              "2026-12-07 10:12", "Europe/London",
              "<CAF3kT7x=Qm2nR8pL5vW1yZ0aB4cD6eF9gH2jK@mail.gmail.com>",
              rcv=("from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])",
                   "mx.example.org with ESMTPS id 4JKc0R1bNwz7"),
              extra=(("In-Reply-To", "<CAF3kT7w8Lm1nP0qR4sT6uV9xY2zA5bC7dE0fG@mail.gmail.com>"),
                     ("References", "<7a1b2c3d-0e9f-4a8b-b7c6-d5e4f3a2b1c0@example.org> <CAF3kT7w8Lm1nP0qR4sT6uV9xY2zA5bC7dE0fG@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(23), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-16 09:00", PARIS), end=utc("2026-11-16 09:30", PARIS),
      local="Mon 2026-11-16 09:00", local_end="2026-11-16 09:30", zone=PARIS,
      contact="nolwenn.cadiou@kersensors.fr", company="Ker Sensors",
      note="Google Calendar cancellation (French UI, METHOD:CANCEL): 'lun. 16 nov. 2026 9:00 - 9:30 (heure "
           "normale d'Europe centrale - Paris)' CET = UTC+1 -> 08:00-08:30Z. The organizer's note floats "
           "'la semaine du 23' without a fixed time, so no new time. Contact = ORGANIZER.")
def p23() -> bytes:
    body = t("""
        Cet événement a été annulé.

        Entretien RH – Gwenaëlle Le Goff (Ker Sensors)
        Quand
        lun. 16 nov. 2026 9:00 – 9:30 (heure normale d’Europe centrale - Paris)

        Invités
        Nolwenn Cadiou - organisateur
        gwenaelle.legoff@example.org

        Message de Nolwenn Cadiou :
        Désolée Gwenaëlle, je suis malade, je dois annuler lundi. On se recale la semaine du 23 ?
        Je te propose des créneaux dès que je suis sur pied.

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité(e) à cet événement.
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261116T090000
        DTEND;TZID=Europe/Paris:20261116T093000
        DTSTAMP:20261112T172000Z
        ORGANIZER;CN=Nolwenn Cadiou:mailto:nolwenn.cadiou@kersensors.fr
        UID:7kq2m4p6r8s0u2w4y6a8c0e2g4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=gwenaelle.legoff@example.org;X-NUM-GUESTS=0:mailto:gwenaelle.legoff@example.org
        CREATED:20261105T101500Z
        LAST-MODIFIED:20261112T172000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien RH – Gwenaëlle Le Goff (Ker Sensors)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + ics)
    hs = hdrs("Nolwenn Cadiou <nolwenn.cadiou@kersensors.fr>",
              "Événement annulé : Entretien RH – Gwenaëlle Le Goff (Ker Sensors) @ lun. 16 nov. 2026 9:00 - 9:30 (CET) (gwenaelle.legoff@example.org)",
              "2026-11-12 18:20", PARIS,
              "<calendar-c4d5e6f7-a8b9-40c1-d2e3-f4a5b6c7d8e9@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx.example.org with SMTPS id 4J9a3F0tLmz1"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "nolwenn.cadiou@kersensors.fr")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                      disposition="attachment", ctype="application/ics", name_param=True)))


# =========================================================================== negatives


@mail(N(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Appointment at the unemployment office ('entretien de suivi' with her adviser) at a fixed time, "
           "jeudi 17 septembre à 10h15: a confirmed 'entretien', but not a job interview.")
def n24() -> bytes:
    body = t("""
        Madame LE GOFF Gwenaëlle,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Corinne Lagadec :

            le jeudi 17 septembre 2026 à 10h15
            Agence Avenir Travail de Brest Kérichen
            12 rue Anatole France, 29200 Brest

        Objet : point sur votre projet professionnel et vos démarches de recherche d'emploi.

        Merci de vous munir de votre pièce d'identité et de votre CV à jour. En cas d'empêchement,
        prévenez votre conseillère depuis votre espace personnel, rubrique « Mes échanges ».

        Attention : toute absence non justifiée peut entraîner une radiation de la liste des
        demandeurs d'emploi.

        Ceci est un message automatique, merci de ne pas y répondre.
        Avenir Travail - Bretagne
        """)
    hs = hdrs("Avenir Travail <ne-pas-repondre@avenir-travail.fr>",
              "Convocation - entretien avec votre conseillère le 17/09/2026",
              "2026-09-07 06:31", PARIS,
              "<convocation.20260907043112.88317425@avenir-travail.fr>",
              rcv=("from relais-sortant.avenir-travail.fr (relais-sortant.avenir-travail.fr [185.24.12.7])",
                   "mx.example.org with ESMTPS id 4Hh0Wd1zRfz2"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="A local journalist confirms a phone interview with her (about women engineers in ocean tech) "
           "mardi 6 octobre à 11 h: a confirmed interview at a fixed time, but she is the interviewee of a "
           "newspaper, not a job candidate.")
def n25() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Merci d'avoir accepté ! Je vous confirme notre entretien téléphonique mardi 6 octobre à 11 h,
        pour le dossier « Elles font la tech marine à Brest » qui paraîtra dans l'édition du week-end
        du 17-18 octobre. Comptez une demi-heure environ.

        Je vous appellerai au numéro que vous m'avez donné. Un photographe, Loïc, vous contactera à
        part pour une photo sur le port si vous êtes d'accord.

        Je vous enverrai les citations avant publication, promis.

        Bien à vous,
        Soizic Kervella
        Journaliste — L'Écho du Ponant, rédaction de Brest
        """)
    hs = hdrs(addr("Soizic Kervella", "s.kervella@echoduponant.fr"),
              "Entretien pour notre dossier tech marine",
              "2026-09-29 15:48", PARIS,
              "<5c3e1a9f-7b2d-4e60-8a14-93f0d2c6b7e1@echoduponant.fr>",
              rcv=("from smtp.echoduponant.fr (smtp.echoduponant.fr [91.121.44.30])",
                   "mx.example.org with ESMTPS id 4HrQ1n2bKzz6"),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


@mail(N(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Podcast recording booked through a scheduler, with an ICS: Thursday 29 October 18:00 CET (the "
           "first week after the change back to winter time). She is the guest of an interview-format "
           "podcast, not a job candidate.")
def n26() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        You're booked! Thanks for agreeing to come on Deep Signal, the podcast about the people who
        build instruments for the ocean.

        Recording: Thursday, 29 October 2026, 18:00 - 19:00 (Paris time, CET)
        Where: our Riverside studio link - https://riverside.fm/studio/deep-signal-ep-58
        Host: Tomasz Wierzbicki

        A few tips: wired headphones, a quiet room, and close other apps. We'll chat for 5 minutes
        before we hit record. The interview itself runs about 40 minutes and we'll send you the edit
        before it goes live.

        Cheers,
        Tomasz
        Deep Signal podcast
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:deep-signal-ep58-guest@deepsignal.fm
        DTSTAMP:20261021T120000Z
        DTSTART;TZID=Europe/Paris:20261029T180000
        DTEND;TZID=Europe/Paris:20261029T190000
        SUMMARY:Deep Signal podcast recording - Gwenaëlle Le Goff
        LOCATION:https://riverside.fm/studio/deep-signal-ep-58
        ORGANIZER;CN=Tomasz Wierzbicki:mailto:tomasz@deepsignal.fm
        ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:gwenaelle.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SavvyCal//EN\nMETHOD:REQUEST\n" + ics
    hs = hdrs("Tomasz Wierzbicki <tomasz@deepsignal.fm>",
              "Confirmed: Deep Signal podcast recording (Thu 29 Oct)",
              "2026-10-21 14:00", PARIS,
              "<20261021120000.guest58@deepsignal.fm>",
              rcv=("from smtp.deepsignal.fm (smtp.deepsignal.fm [198.51.100.140])",
                   "mx.example.org with ESMTPS id 4HxS9p3nTrz4"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="recording.ics", disposition="attachment")))


@mail(N(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Executive MBA admission interview confirmed for mercredi 18 novembre à 14h00: a school's "
           "admission interview, not a job interview.")
def n27() -> bytes:
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1b2a41">
        <p><img src="https://www.brest-atlantique-bs.fr/img/logo-emba.png" alt="Brest Atlantique Business School" height="48"></p>
        <p>Madame,</p>
        <p>Nous avons bien reçu votre dossier de candidature à l'<b>Executive MBA – parcours Économie
        bleue</b> (rentrée mars 2027) et avons le plaisir de vous convier à un entretien d'admission :</p>
        <p style="margin-left:24px"><b>Mercredi 18 novembre 2026 à 14h00</b><br>
        Campus de Brest, 2 avenue de Provence, salle Iroise (RDC)<br>
        Durée : 45 minutes, devant un jury de deux personnes</p>
        <p>L'entretien porte sur votre parcours, votre projet professionnel et votre motivation pour le
        programme. Un test d'anglais en ligne vous sera envoyé séparément.</p>
        <p>Merci de confirmer votre présence en répondant à ce message.</p>
        <p>Bien cordialement,<br>Service des admissions Executive Education<br>
        Brest Atlantique Business School</p>
        </body></html>
        """)
    hs = hdrs("Admissions Executive Education <admissions-exed@brest-atlantique-bs.fr>",
              "Convocation à l'entretien d'admission - Executive MBA",
              "2026-11-09 10:27", PARIS,
              "<20261109092733.C41A2F8E@brest-atlantique-bs.fr>",
              rcv=("from mailer.brest-atlantique-bs.fr (mailer.brest-atlantique-bs.fr [194.57.112.18])",
                   "mx.example.org with ESMTPS id 4J8h5c0zQfz9"))
    return message(hs, html(body_html, cte="base64"))


@mail(N(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Rowing club try-out for the women's crew, samedi 12 septembre 9h30, written in tu: a fixed-time "
           "selection, not a job interview.")
def n28() -> bytes:
    body = t("""
        Salut Gwen !

        C'est validé, tu es inscrite aux essais pour le huit féminin : samedi 12 septembre, rendez-vous
        9h30 au hangar du Moulin Blanc. On fait 2 km sur ergo puis une sortie en bateau si la mer le
        permet. Prévois des affaires de rechange et de quoi manger, on finit vers midi.

        Annaïg va faire la sélection avec le coach, ne stresse pas, c'est surtout pour composer les
        bateaux de la saison.

        À samedi !
        Morgane
        Cercle Nautique du Moulin Blanc - section aviron

        --
        Vous recevez ce message via la liste aviron-adherents@cnmb29.fr
        """)
    hs = hdrs(addr("Morgane Caroff (CNMB aviron)", "aviron@cnmb29.fr"),
              "Essais huit féminin samedi",
              "2026-09-08 21:14", PARIS,
              "<2f8c1d0e-aviron-4b3a@cnmb29.fr>",
              rcv=("from mail.cnmb29.fr (mail.cnmb29.fr [51.38.72.14])",
                   "mx.example.org with ESMTPS id 4HkB0p1cNyz3"),
              extra=(("List-Id", "Adherents aviron CNMB <aviron-adherents.cnmb29.fr>"),
                     ("Precedence", "list")))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(N(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Garage appointment confirmation (révision + pneus) mardi 22/09 à 8h30: a fixed-time "
           "appointment, not an interview.")
def n29() -> bytes:
    body = t("""
        Bonjour Mme LE GOFF,

        Nous vous confirmons votre rendez-vous :

        Date : mardi 22/09/2026
        Heure de dépôt : 8h30
        Véhicule : Peugeot 208 — GK-417-RS
        Prestation : révision constructeur + remplacement des 2 pneus avant
        Restitution estimée : en fin de journée (nous vous appellerons)

        Garage du Relecq — 14 route de Brest, 29480 Le Relecq-Kerhuon
        02 98 28 04 55

        Pour modifier ou annuler votre rendez-vous : https://rdv.garagedurelecq.fr/m/8K2F9Q

        À bientôt !
        """)
    hs = hdrs("Garage du Relecq <rdv@garagedurelecq.fr>",
              "Confirmation de votre rendez-vous du 22/09/2026",
              "2026-09-15 18:02", PARIS,
              "<rdv-8K2F9Q-20260915160201@garagedurelecq.fr>",
              rcv=("from smtp-relay.sendinblue.com (smtp-relay.sendinblue.com [185.41.28.109])",
                   "mx.example.org with ESMTPS id 4Hn3Fq1xWbz8"))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(N(30), family="recruiter_followup", lang="en", interview=False, company="Harborline Systems",
      note="US recruiter after a first call: 'let's regroup after Thanksgiving', times to be sent the week "
           "of November 30. Nothing fixed.")
def n30() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Thanks again for the great conversation last week - the team loved hearing about your
        adaptive-sampling work on the gliders.

        Quick update: most of the panel is out for Thanksgiving this week, so let's regroup after the
        holiday. I'll send over a few options for the technical round the week of November 30
        (probably mornings Pacific / late afternoon for you).

        Have a good week, and happy (early) Thanksgiving, even if you don't celebrate it over there!

        Jess

        Jessica Tran
        Technical Recruiter | Harborline Systems
        Seattle, WA
        """)
    hs = hdrs(addr("Jessica Tran", "jessica.tran@harborlinesystems.com"),
              "Re: Harborline - next steps",
              "2026-11-24 09:12", "America/Los_Angeles",
              "<BY5PR11MB4178C1D2E3F4A5B6C7D8E9F0A1B2C3D4@BY5PR11MB4178.namprd11.prod.outlook.com>",
              rcv=("from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2101.outbound.protection.outlook.com [40.107.236.101])",
                   "mx.example.org with ESMTPS id 4JDm2V0tFpz7"),
              extra=(("In-Reply-To", "<e2c1b0a9-8f7e-4d6c-b5a4-93827160f5e4@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="A career coach confirms a paid mock-interview session ('simulation d'entretien') mardi 10 "
           "novembre à 18h, in visio: a confirmed 'entretien' at a fixed time, but a practice one.")
def n31() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        C'est noté pour notre séance de simulation d'entretien : mardi 10 novembre à 18h, en visio
        (lien Whereby : https://whereby.com/alp-coaching). Durée 1h30.

        Comme convenu, je jouerai le rôle d'un responsable technique d'une PME de la défense, avec
        une partie en anglais. Envoyez-moi d'ici lundi l'offre qui vous intéresse le plus et votre
        CV à jour, que je prépare des questions réalistes.

        Le règlement (90 €) peut se faire par virement après la séance.

        À mardi,
        Anne-Laure Pichon
        Coach carrière — ALP Coaching, Quimper
        06 33 18 54 09
        """)
    hs = hdrs(addr("Anne-Laure Pichon", "annelaure@alp-coaching.fr"),
              "Simulation d'entretien - mardi 10/11",
              "2026-11-04 11:30", PARIS,
              "<0b4e7d2c-19fa-4c83-8e61-2a7f5d9b0c13@alp-coaching.fr>",
              rcv=("from mo-p00-ob.rzone.fr (mo-p00-ob.rzone.fr [81.88.48.83])",
                   "mx.example.org with ESMTPS id 4J6b3t0pKhz1"))
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(32), family="interview_proposal", lang="en", interview=False, company="Ballast Robotics",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes two slots ('Would Tuesday 20 October at 10:00 or Wednesday 21 at 14:00 CEST "
           "work?') and waits for her answer: not yet confirmed.")
def n32() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Thanks for the quick reply! Daan and Femke would love to meet you for the technical interview.
        Would Tuesday 20 October at 10:00 or Wednesday 21 at 14:00 CEST work for you? It would be a
        one-hour video call.

        If neither works, send me two or three slots that suit you next week and I'll make it happen.

        Groetjes,
        Sanne de Vries
        Talent Acquisition | Ballast Robotics
        Amsterdam
        """)
    hs = hdrs(addr("Sanne de Vries", "sanne.devries@ballastrobotics.nl"),
              "Re: Embedded Engineer - Underwater Drones",
              "2026-10-14 13:37", "Europe/Amsterdam",
              "<CAJd8Pq1mNv0sR7tW2xY5zA9bC3eF6gH1jK4@mail.gmail.com>",
              rcv=("from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])",
                   "mx.example.org with ESMTPS id 4HwN6r2kLcz0"),
              extra=(("In-Reply-To", "<9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(33), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Her flatmate forwards HIS OWN interview confirmation (nurse post at a clinic, jeudi 8 octobre "
           "14h) asking her to remind him to leave on time: a real confirmed job interview, but not the "
           "inbox owner's.")
def n33() -> bytes:
    body = t("""
        Gwen tu peux me rappeler jeudi midi de partir à 13h30 ?? tu me connais 😅
        et si t'as un chemisier repassé à me prêter... non je rigole. Merci coloc

        Yann

        ---------- Forwarded message ---------
        De : Clinique de l'Élorn - Recrutement <recrutement@clinique-elorn.fr>
        Date: ven. 2 oct. 2026 à 16:05
        Subject: Confirmation de votre entretien
        To: <yann.kerbrat@example.net>


        Monsieur Kerbrat,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste d'infirmier en
        soins continus (CDI, temps plein) :

        Jeudi 8 octobre 2026 à 14h00
        Clinique de l'Élorn, 3 rue du Docteur Fleming, Landerneau — bâtiment administratif, 1er étage
        Avec Mme Hélène Morvan, cadre de santé, et M. Pascal Urvoy, DRH

        Cordialement,
        Service Recrutement
        Clinique de l'Élorn
        """)
    hs = hdrs(addr("Yann Kerbrat", "yann.kerbrat@example.net"),
              "Fwd: Confirmation de votre entretien",
              "2026-10-04 19:22", PARIS,
              "<CAK9sYv2+kPq1Rz8uW3xT0nM5bL7cJ4hG6fD@mail.gmail.com>",
              rcv=("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])",
                   "mx.example.org with ESMTPS id 4HsK2q0pJnz5"),
              to="Gwen <gwenaelle.legoff@example.org>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(34), family="interviewer_at_current_job", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Exchange meeting request from HR at her current employer: she is one of the INTERVIEWERS of an "
           "intern candidate, lundi 23 novembre 10:00-11:00 (Romance Standard Time ICS). A confirmed "
           "interview slot, but not her job interview.")
def n34() -> bytes:
    body = t("""
        Quand : lundi 23 novembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Ouessant (RDC) / Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Entretien candidat pour le stage firmware (6 mois, début février) : Lucas Moal, M2 Systèmes
        embarqués à Brest. Gwenaëlle, tu mènes la partie technique (30 min), Hervé la partie équipe.
        CV et lettre en pièce jointe sur le SharePoint RH.

        Merci,
        Céline Bothorel
        RH — Abysse Capteurs
        """)
    ics = ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bothorel Céline:mailto:celine.bothorel@abysse-capteurs.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Le Goff Gwenaëlle:mailto:gwenaelle.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guéguen Hervé:mailto:herve.gueguen@abysse-capteurs.fr
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat stage firmware - Lucas Moal
        DTSTART;TZID=Romance Standard Time:20261123T100000
        DTEND;TZID=Romance Standard Time:20261123T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T084500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Ouessant (RDC) / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = hdrs(addr("Bothorel Céline", "celine.bothorel@abysse-capteurs.fr"),
              "Entretien candidat stage firmware - Lucas Moal",
              "2026-11-16 09:45", PARIS,
              "<PAXP193MB2210A1B2C3D4E5F6A7B8C9D0E1F2A3B4@PAXP193MB2210.EURP193.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2062.outbound.protection.outlook.com [40.107.241.62])",
                   "mx.example.org with ESMTPS id 4J9m7S1rQbz6"),
              to=addr("Le Goff Gwenaëlle", ME) + ", " + addr("Guéguen Hervé", "herve.gueguen@abysse-capteurs.fr"))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(35), family="rejection", lang="en", interview=False, company="Gulfstream Data",
      note="Workable rejection after a first interview ('after careful consideration'); mentions the past "
           "interview only.")
def n35() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Thank you for taking the time to speak with us last Thursday about the Firmware Engineer role
        at Gulfstream Data, and for the thoughtful questions about our tide-gauge network.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs, in particular on the LoRaWAN side.

        We'll keep your details on file and would be glad to hear from you about future openings.

        All the best with your search,
        Ciara Walsh
        People Team, Gulfstream Data
        """)
    hs = hdrs("Gulfstream Data <gulfstream-data+c3e7a91f02@candidates.workablemail.com>",
              "Your application for Firmware Engineer at Gulfstream Data",
              "2026-10-13 15:31", "Europe/Dublin",
              "<5f7c2e91.a3b4c5d6e7f8@workablemail.com>",
              rcv=("from mail-a12.workablemail.com (mail-a12.workablemail.com [50.31.36.212])",
                   "mx.example.org with ESMTPS id 4Hwg0K2yDsz2"),
              extra=(("Reply-To", "gulfstream-data+c3e7a91f02@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(36), family="offer", lang="fr", interview=False, company="Iroise Instruments",
      days=(("Wed", "2026-09-30"), ("Fri", "2026-10-16")),
      note="Job offer following the interview of 30 September (same thread as the Iroise Instruments "
           "confirmation); asks for an answer before vendredi 16 octobre. No interview time to confirm.")
def n36() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Suite à nos entretiens du mercredi 30 septembre, et après échange avec Gaëlle et la direction,
        j'ai le plaisir de vous faire une proposition d'embauche pour le poste d'ingénieure firmware
        senior, en CDI, basé au Technopôle Brest-Iroise :

          - rémunération annuelle brute : 52 000 € sur 12 mois, plus intéressement ;
          - statut cadre, forfait jours, 12 RTT ;
          - prise de poste souhaitée : 4 janvier 2027 (à discuter selon votre préavis) ;
          - embarquements ponctuels sur le Pourquoi-Pas ? pour les campagnes d'essais, sur la base
            du volontariat.

        La promesse d'embauche détaillée est en pièce jointe. Pourriez-vous nous faire un retour
        avant le vendredi 16 octobre ? Je reste joignable pour en parler de vive voix, y compris
        sur la date de démarrage.

        Au plaisir de vous compter parmi nous,

        Yannick Quéméner
        Responsable électronique embarquée
        Iroise Instruments — Plouzané
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Promesse_embauche_GLeGoff.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Promesse_embauche_GLeGoff.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    hs = hdrs(addr("Yannick Quéméner", "yannick.quemener@iroise-instruments.fr"),
              "Proposition d'embauche - Ingénieure firmware senior",
              "2026-10-12 18:10", PARIS,
              "<E2B71A4C-55D0-4F19-9C3E-8A6B7C0D1E2F@iroise-instruments.fr>",
              rcv=("from smtp.iroise-instruments.fr (smtp.iroise-instruments.fr [185.42.77.19])",
                   "mx.example.org with ESMTPS id 4HvZ2b0kMpz3"),
              extra=(("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
                     ("In-Reply-To", "<A41F0C7E-22B9-4B0E-8C1D-5E6F70819A2B@iroise-instruments.fr>")))
    return message(hs, mixed(text(body, charset="utf-8", cte="8bit"), pdf))


@mail(N(37), family="application_ack", lang="fr", interview=False, company="Océanis Naval Group",
      note="Taleo application receipt; 'si votre profil est retenu, vous serez contacté(e) pour un "
           "entretien' is hypothetical.")
def n37() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Bonjour Gwenaëlle Le Goff,</p>
        <p>Nous vous remercions de l'intérêt que vous portez à Océanis Naval Group et accusons bonne réception
        de votre candidature au poste suivant :</p>
        <p><b>Ingénieur(e) Logiciel Embarqué Sonar H/F - Brest (Réf. 2600871)</b></p>
        <p>Votre candidature va être étudiée avec attention par nos équipes. Si votre profil est retenu,
        vous serez contacté(e) pour un entretien. Dans le cas contraire, nous vous informerons de notre
        décision par courriel.</p>
        <p>Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat.</p>
        <p>Cordialement,</p>
        <p>La Direction des Ressources Humaines<br>Océanis Naval Group</p>
        <p><font size="1" color="#808080">Ce message a été généré automatiquement. Merci de ne pas y répondre.</font></p>
        </font></body></html>
        """)
    hs = hdrs("Oceanis Naval Group <oceanisnaval@taleo.net>",
              "Accusé de réception de votre candidature - Réf. 2600871",
              "2026-09-18 02:14", PARIS,
              "<1568224412.712844.1789690440991.JavaMail.oracle@taleo.net>",
              rcv=("from emea3.mail.taleo.net (emea3.mail.taleo.net [160.34.18.51])",
                   "mx.example.org with ESMTPS id 4Hnp0X3mVfz1"),
              charset="iso-8859-1")
    return message(hs, html(body_html, charset="iso-8859-1"))


@mail(N(38), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest with 'Entretien sous 48 h' and 'Recrute activement' badges; nothing is "
           "confirmed.")
def n38() -> bytes:
    body = t("""
        MER & LITTORAL EMPLOI — vos nouvelles offres

        Bonjour Gwenaëlle, 7 nouvelles offres correspondent à votre alerte « firmware Bretagne ».

        ● Ingénieur·e firmware capteurs océanographiques — Brest (29) — CDI
          Abysse Capteurs · publiée il y a 2 jours · ⚡ Entretien sous 48 h
        ● Développeur·se embarqué C/C++ — Lorient (56) — CDI
          Thalassa Défense · publiée hier · Recrute activement
        ● Lead software drones sous-marins — Nantes (44) — CDI · télétravail partiel
          Océalis · publiée aujourd'hui
        ● Technicien·ne électronique navale — Concarneau (29) — CDD 12 mois
          Chantier Le Berre · publiée il y a 5 jours
        ● Embedded Linux Engineer — Rennes (35) — CDI
          Cap Horn Électronique · publiée il y a 3 jours · ⚡ Entretien sous 48 h

        Voir les 2 autres offres : https://www.meretlittoral-emploi.fr/alertes/88213

        Astuce de la semaine : préparez votre entretien en visio en testant micro et caméra la veille.

        Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner :
        https://www.meretlittoral-emploi.fr/alertes/88213/stop
        """)
    hs = hdrs("Mer & Littoral Emploi <alertes@meretlittoral-emploi.fr>",
              "7 nouvelles offres : firmware Bretagne",
              "2026-10-27 07:02", PARIS,
              "<alerte-88213-20261027060201@meretlittoral-emploi.fr>",
              rcv=("from mta12.mailjet.com (mta12.mailjet.com [87.253.233.12])",
                   "mx.example.org with ESMTPS id 4J1w5B0rHcz9"),
              extra=(("List-Unsubscribe", "<https://www.meretlittoral-emploi.fr/alertes/88213/stop>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(39), family="mailing_list", lang="fr", interview=False, company=None,
      note="Mailing-list post (List-Id, Precedence: list) where a member recounts HIS interview 'mardi à "
           "14h' and the questions asked; not the inbox owner's interview and nothing to confirm.")
def n39() -> bytes:
    body = t("""
        Le 03/11/2026 à 22:41, Ronan Le Dû a écrit :
        > Quelqu'un a déjà passé les entretiens techniques chez un fabricant de bouées ? Je n'ai
        > aucune idée du niveau attendu sur la partie RTOS.

        Salut Ronan,

        J'ai eu le mien mardi à 14h chez un intégrateur de Lorient (je ne dirai pas lequel, ils lisent
        peut-être la liste 😉). En gros :
          - 20 min sur un projet perso, avec beaucoup de questions sur la conso ;
          - une revue de code d'un handler d'interruption UART bourré de bugs (volatile, section
            critique, buffer circulaire) ;
          - « que fais-tu si ta bouée ne remonte plus de données depuis 3 jours ? »

        Rien sur FreeRTOS en détail, mais ils ont apprécié que je parle de watchdog et de brown-out.

        Bon courage !
        Mathieu

        _______________________________________________
        embarque-bzh mailing list
        embarque-bzh@listes.embarque-bzh.org
        https://listes.embarque-bzh.org/mailman/listinfo/embarque-bzh
        """)
    hs = hdrs(addr("Mathieu Tréguer", "mathieu.treguer@example.com"),
              "Re: [embarque-bzh] Entretiens techniques firmware : retours ?",
              "2026-11-05 08:17", PARIS,
              "<87ttx2k1bq.fsf@example.com>",
              rcv=("from listes.embarque-bzh.org (listes.embarque-bzh.org [212.27.38.101])",
                   "mx.example.org with ESMTP id 4J6mW20gVtz4"),
              to="embarque-bzh@listes.embarque-bzh.org",
              extra=(("List-Id", "Embarque en Bretagne <embarque-bzh.listes.embarque-bzh.org>"),
                     ("List-Post", "<mailto:embarque-bzh@listes.embarque-bzh.org>"),
                     ("List-Unsubscribe", "<https://listes.embarque-bzh.org/mailman/options/embarque-bzh>, <mailto:embarque-bzh-request@listes.embarque-bzh.org?subject=unsubscribe>"),
                     ("Precedence", "list"),
                     ("Sender", "embarque-bzh <embarque-bzh-bounces@listes.embarque-bzh.org>"),
                     ("In-Reply-To", "<a1b2c3d4-ronan@example.com>")))
    return message(hs, text(body, cte="8bit"))


@mail(N(40), family="scheduling_link", lang="en", interview=False, company="Wattmeer GmbH",
      note="softgarden self-scheduling request: 'please choose a time slot' with a link and slots to pick "
           "from; nothing booked yet.")
def n40() -> bytes:
    body = t("""
        Dear Gwenaëlle Le Goff,

        Thank you for your application as Embedded Software Engineer (m/f/d) – Wave Energy Converters
        at Wattmeer GmbH in Kiel (remote possible).

        We would like to get to know you in a 45-minute video interview. Please choose a time slot
        that suits you using the link below. Available slots are between 30 November and 11 December.

        Choose your interview slot: https://wattmeer.softgarden.io/scheduler/7f3e9a1b-2c4d

        Once you have chosen a slot, you will receive a confirmation with the video link.

        Kind regards,
        Your Wattmeer recruiting team

        --
        Wattmeer GmbH · Wischhofstraße 1-3 · 24148 Kiel
        This email was sent via softgarden.
        """)
    hs = hdrs("Wattmeer GmbH <noreply@softgarden.io>",
              "Please choose your interview slot – Wattmeer GmbH",
              "2026-11-23 10:44", "Europe/Berlin",
              "<sg-4a8e2c6f-91b3-4d70-bc15-e8f2a7d3c906@softgarden.io>",
              rcv=("from mail-out2.softgarden.io (mail-out2.softgarden.io [185.101.98.34])",
                   "mx.example.org with ESMTPS id 4JD2Nt0vMqz6"))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(41), family="recruiter_outreach", lang="fr", interview=False, company="Nautilus Talent",
      note="Headhunter outreach (tu, Parisian register) asking for 'un call rapide la semaine prochaine'; "
           "no time fixed.")
def n41() -> bytes:
    body = t("""
        Hello Gwenaëlle,

        Je me permets de te contacter car ton profil m'a tapé dans l'œil : je recrute pour un client
        (scale-up deeptech, 80 personnes, bureaux à Paris et Lorient) un·e Lead Firmware pour monter
        l'équipe embarquée de leurs planeurs sous-marins. Package attractif, full remote possible
        avec une semaine par mois sur site.

        Tu serais dispo pour un call rapide la semaine prochaine ? Dis-moi ce qui t'arrange, je
        m'adapte (même en fin de journée).

        Belle journée,
        Hugo Delacroix
        Senior Consultant Tech & Engineering — Nautilus Talent
        Paris 9e · 06 21 44 87 90
        """)
    hs = hdrs(addr("Hugo Delacroix", "hugo.delacroix@nautilus-talent.com"),
              "Lead Firmware - planeurs sous-marins (Paris/Lorient/remote)",
              "2026-09-24 09:58", PARIS,
              "<CAN7rTq0xV1+aZ2bY3cW4dX5eU6fT7gS8h@mail.gmail.com>",
              rcv=("from mail-wr1-f43.google.com (mail-wr1-f43.google.com [209.85.221.43])",
                   "mx.example.org with ESMTPS id 4HqK0z2wTbz8"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(42), family="availability_request", lang="en", interview=False, company="Fjordline Robotics",
      note="Greenhouse availability request ('please submit your availability for the week of 14 "
           "December'); no time is fixed yet.")
def n42() -> bytes:
    body = t("""
        Hi Gwenaëlle,

        Great news - the team would like to move you forward to the final round for the Senior
        Firmware Engineer role at Fjordline Robotics!

        The final round is a 3-hour virtual onsite (four 45-minute conversations). Please let us know
        when you're available during the week of 14 December by clicking the link below:

        https://app.greenhouse.io/candidate_availability/4419023057?token=Yk3sQw

        Please note that all times will be shown in your local time zone (Europe/Paris). Once we've
        lined up the panel, you'll receive a confirmation with the exact schedule.

        Thanks,
        Ingrid Solberg
        Recruiting Coordinator, Fjordline Robotics
        """)
    hs = hdrs("Fjordline Robotics <no-reply@us.greenhouse-mail.io>",
              "Fjordline Robotics - please share your availability",
              "2026-12-02 13:25", "Europe/Oslo",
              "<010001941b6f2e3a-7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f-000000@email.amazonses.com>",
              rcv=("from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
                   "mx.example.org with ESMTPS id 4JHr5x0kWnz2"),
              extra=(("Reply-To", "Ingrid Solberg <ingrid.solberg@fjordlinerobotics.no>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="GP appointment booked online, lundi 5 octobre à 17h40, with an ICS: a confirmed time, not an "
           "interview.")
def n43() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Dr Morgane Le Gall — Médecin généraliste
        Lundi 5 octobre 2026 à 17h40
        Cabinet médical de Saint-Marc, 4 rue de Kerhallet, 29200 Brest

        Motif : consultation de suivi

        Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24 h à
        l'avance : https://www.rdvsante.fr/mes-rendez-vous

        RdvSanté
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:rdvsante-appt-991827364@rdvsante.fr
        DTSTAMP:20260928T071500Z
        DTSTART;TZID=Europe/Paris:20261005T174000
        DTEND;TZID=Europe/Paris:20261005T180000
        SUMMARY:RDV Dr Morgane Le Gall (médecin généraliste)
        LOCATION:4 rue de Kerhallet\\, 29200 Brest
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RdvSante//FR\nMETHOD:PUBLISH\n" + ics
    hs = hdrs(addr("RdvSanté", "ne-pas-repondre@rdvsante.fr"),
              "Confirmation de votre rendez-vous avec Dr Morgane Le Gall",
              "2026-09-28 09:15", PARIS,
              "<appt-991827364.20260928071500@rdvsante.fr>",
              rcv=("from mail.rdvsante.fr (mail.rdvsante.fr [145.239.20.77])",
                   "mx.example.org with ESMTPS id 4HsB1m3cPwz7"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


@mail(N(44), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Letting agency confirms a flat viewing in Rennes, samedi 21 novembre à 11h: a fixed-time "
           "appointment, not an interview (she is looking at moving for a Rennes job).")
def n44() -> bytes:
    body = t("""
        Bonjour Madame Le Goff,

        Je vous confirme la visite du T2 rue de Saint-Malo (52 m², 3e étage sans ascenseur, 780 € CC)
        samedi 21 novembre à 11h. Rendez-vous devant le 118, je serai en voiture grise.

        Merci de préparer votre dossier (3 derniers bulletins de salaire, avis d'imposition, pièce
        d'identité, garant le cas échéant) si le logement vous convient : il y a beaucoup de demandes.

        Cordialement,
        Thomas Rouxel
        Immo Vilaine — Rennes centre
        02 99 79 31 12
        """)
    hs = hdrs(addr("Thomas Rouxel - Immo Vilaine", "t.rouxel@immo-vilaine.fr"),
              "Visite T2 rue de Saint-Malo - samedi 11h",
              "2026-11-17 17:55", PARIS,
              "<4f8e2c1a-b9d7-4e63-a5f0-2c8b1d7e9a34@immo-vilaine.fr>",
              rcv=("from smtp.immo-vilaine.fr (smtp.immo-vilaine.fr [37.59.112.8])",
                   "mx.example.org with ESMTPS id 4JB0Qf2tLhz3"))
    return message(hs, text(body.replace("—", "-"), charset="iso-8859-15"))


@mail(N(45), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="School confirms a parent-teacher meeting ('rencontre parents-enseignants'), mardi 1er décembre "
           "à 17h45: a fixed-time appointment, not an interview.")
def n45() -> bytes:
    body = t("""
        Madame Le Goff,

        Suite à votre demande sur l'ENT, je vous confirme notre rendez-vous pour faire le point sur
        le premier trimestre d'Elouan : mardi 1er décembre à 17h45, dans la classe de CM1 (bâtiment
        du fond, au fond de la cour).

        Une quinzaine de minutes devrait suffire. Si vous ne pouvez pas venir, je peux aussi vous
        appeler le jeudi suivant après la classe.

        Bien cordialement,
        Mme Abgrall
        Enseignante CM1 — École publique de Kerinou
        """)
    hs = hdrs(addr("Nathalie Abgrall (ENT École de Kerinou)", "ne-pas-repondre@ent-ecoles29.fr"),
              "Rencontre parents-enseignants - CM1",
              "2026-11-25 20:31", PARIS,
              "<ent.msg.1182736.20261125193102@ent-ecoles29.fr>",
              rcv=("from mail.ent-ecoles29.fr (mail.ent-ecoles29.fr [193.48.200.17])",
                   "mx.example.org with ESMTPS id 4JE6tS1rXdz0"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(46), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Google Calendar invitation from a colleague at her current employer: 'Revue de sprint + "
           "galette anticipée' vendredi 4 décembre 16:00-17:30. A team event, not an interview.")
def n46() -> bytes:
    body = t("""
        Goulven Tanguy vous a invité(e) à un événement.

        Revue de sprint S49 + pot de fin d'année (en avance)
        Quand
        ven. 4 déc. 2026 16:00 – 17:30 (heure normale d’Europe centrale - Paris)

        Lieu
        Abysse Capteurs — open space 1er étage

        Invités
        Goulven Tanguy - organisateur
        equipe-embarque@abysse-capteurs.fr

        Description :
        Démo des nouveaux drivers CTD, puis crêpes et cidre. Ramenez vos mugs ! — G.

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261204T160000
        DTEND;TZID=Europe/Paris:20261204T173000
        DTSTAMP:20261126T100000Z
        ORGANIZER;CN=Goulven Tanguy:mailto:goulven.tanguy@abysse-capteurs.fr
        UID:3hb5jd7lf9nh1pj3rl5tn7vp9x@google.com
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipe-embarque@abysse-capteurs.fr:mailto:equipe-embarque@abysse-capteurs.fr
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Revue de sprint S49 + pot de fin d'année (en avance)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + ics)
    hs = hdrs("Goulven Tanguy <goulven.tanguy@abysse-capteurs.fr>",
              "Invitation: Revue de sprint S49 + pot de fin d'année (en avance) @ ven. 4 déc. 2026 16:00 - 17:30 (CET) (equipe-embarque@abysse-capteurs.fr)",
              "2026-11-26 11:00", PARIS,
              "<calendar-e5f6a7b8-c9d0-41e2-f3a4-b5c6d7e8f9a0@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx.example.org with SMTPS id 4JEq8H0mRtz4"),
              to="equipe-embarque@abysse-capteurs.fr",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None, name_param=True)))


@mail(N(47), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Zoom webinar registration confirmation ('Réussir son entretien technique en visio', jeudi 24 "
           "septembre 12h30) with an ICS: a confirmed time about interviews, but a webinar.")
def n47() -> bytes:
    body = t("""
        Bonjour Gwenaëlle,

        Merci de votre inscription au webinar :
        « Réussir son entretien technique en visio — ingénieurs de l'embarqué »

        Date et heure : 24 sept. 2026 12:30 PM Paris
        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/86231447729?tk=pQ9xZ2v

        Code secret : 581204

        Ajouter au calendrier : Google Agenda | Outlook (.ics) | Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.

        Organisé par le réseau Femmes & Ingénierie Bretagne
        """)
    ics = VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:ZOOM86231447729-webinar
        DTSTAMP:20260915T101000Z
        DTSTART;TZID=Europe/Paris:20260924T123000
        DTEND;TZID=Europe/Paris:20260924T133000
        SUMMARY:Réussir son entretien technique en visio — ingénieurs de l'embarqué
        LOCATION:https://us06web.zoom.us/w/86231447729?tk=pQ9xZ2v
        ORGANIZER;CN=Femmes & Ingénierie Bretagne:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + ics
    hs = hdrs(addr("Femmes & Ingénierie Bretagne", "no-reply@zoom.us"),
              "Confirmation de l'inscription au webinar « Réussir son entretien technique en visio »",
              "2026-09-15 12:10", PARIS,
              "<WBN.86231447729.20260915101002.48812@zoom.us>",
              rcv=("from mailout-us06.zoom.us (mailout-us06.zoom.us [170.114.10.85])",
                   "mx.example.org with ESMTPS id 4Hn1Lp0dHwz5"),
              extra=(("Reply-To", "contact@femmes-ingenierie-bzh.org"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@mail(N(48), family="auto_reply", lang="fr", interview=False, company="Sillage Systèmes",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Sillage Systèmes manager to her "
           "thank-you mail (re-sent to the right address after the bounce); gives a return date only.")
def n48() -> bytes:
    body = t("""
        Bonjour,

        Je suis en mer (campagne d'essais au large de Groix) jusqu'au lundi 12 octobre inclus, avec un
        accès très limité à mes e-mails.

        Pour toute urgence, merci de contacter Tifenn Nicol : tifenn.nicol@sillage-systemes.fr.

        Cordialement,
        Erwan Guillou
        """)
    hs = hdrs("Erwan Guillou <erwan.guillou@sillage-systemes.fr>",
              "Réponse automatique : Merci pour ce matin",
              "2026-10-02 18:52", PARIS,
              "<autoreply-1759424100-erwan.guillou@sillage-systemes.fr>",
              rcv=("from mail.sillage-systemes.fr (mail.sillage-systemes.fr [92.243.7.61])",
                   "mx.example.org with ESMTPS id 4HrZ3x1qDmz2"),
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<2b7d4e90-1c3a-4f58-8e6d-b0a9c8d7e6f5@example.org>")))
    return message(hs, text(body))


@mail(N(49), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-status notification (multipart/report) for her own thank-you mail with a typo in the "
           "address; the returned message mentions 'notre entretien de vendredi 10h', which is her past "
           "interview, and it is her own text.")
def n49() -> bytes:
    original = message([
        ("From", ME_H),
        ("To", "erwan.guilou@sillage-systemes.fr"),
        ("Subject", "Merci pour ce matin"),
        ("Date", date("2026-10-02 18:38", PARIS)),
        ("Message-ID", "<f3e2d1c0-b9a8-4765-9432-10fedcba9876@example.org>"),
    ], text(t("""
        Bonjour Erwan,

        Merci encore pour notre entretien de vendredi 10h et la visite de l'atelier. La revue de code
        du driver SPI était un très bon exercice, j'ai bien envie d'en savoir plus sur la suite.

        Bonne soirée,
        Gwenaëlle
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <erwan.guilou@sillage-systemes.fr>: host mail.sillage-systemes.fr[92.243.7.61]
            said: 550 5.1.1 <erwan.guilou@sillage-systemes.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4HrZ2w0pLnz1
        Arrival-Date: Fri,  2 Oct 2026 16:38:12 +0000 (UTC)

        Final-Recipient: rfc822; erwan.guilou@sillage-systemes.fr
        Original-Recipient: rfc822;erwan.guilou@sillage-systemes.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.sillage-systemes.fr
        Diagnostic-Code: smtp; 550 5.1.1 <erwan.guilou@sillage-systemes.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = hdrs("MAILER-DAEMON@mx.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender",
              "2026-10-02 18:38", PARIS,
              "<20261002163813.5B1C84A0F3@mx.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),), lag=1)
    return message(hs, report)


@mail(N(50), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Bank adviser appointment ('bilan épargne', lundi 7 décembre à 12h30, 30 minutes) in a "
           "windows-1252 QP mail: a fixed-time appointment, not an interview.")
def n50() -> bytes:
    body = t("""
        Bonjour Madame LE GOFF,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Stéphanie Le Saint :

        Le lundi 7 décembre 2026 à 12h30
        Agence Brest Saint-Martin, 21 rue de Glasgow, 29200 Brest
        Objet : bilan épargne et assurance-vie (durée 30 minutes)

        Pour préparer cet échange, vous pouvez déposer vos justificatifs dans votre espace client,
        rubrique Documents.

        Banque du Ponant - Votre agence Brest Saint-Martin
        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = hdrs("Banque du Ponant <rendezvous@banqueduponant.fr>",
              "Confirmation de votre rendez-vous du 07/12/2026",
              "2026-12-01 08:20", PARIS,
              "<RDV.20261201072011.77182931@banqueduponant.fr>",
              rcv=("from mx-out.banqueduponant.fr (mx-out.banqueduponant.fr [194.2.173.40])",
                   "mx.example.org with ESMTPS id 4JGr1B2nWcz9"))
    return message(hs, text(body, charset="windows-1252"))
