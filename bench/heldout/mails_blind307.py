"""blind307: a blind 50-mail held-out set, the inbox of Mathieu Dupuy, rail-equipment maintenance planner
in Tarbes (Europe/Paris), September to December 2026.

Written blind on 2026-11-26 by a helper session: it read only make.py, make_blind.py, the top and
the Mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, and the dev
corpus README, labels.json, dev_002, dev_009 and score.py. It did not read the detector, its tests,
bench/detect.py, bench/fuzz.py, any other held-out mails or sets, and never ran the detector.

Every mail is one function below, written by hand; keys 1-24 are positives (1-17 scheduled, 18-21
rescheduled, 22-24 cancelled), keys 25-50 negatives. Mostly French from France (tu and vous), with
English from a Spanish employer (Ibertrak, Europe/Madrid) and a Canadian one (Laurentide Rail
Systems, America/Toronto). Build with ``python3 bench/heldout/make_blind.py blind307``.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC

import make
from make import addr, alt, at, calendar, enc, html, mixed, t, text

SET = "blind307"
ORDER = random.Random(3070307).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ZP = "Europe/Paris"
ZM = "Europe/Madrid"
ZT = "America/Toronto"
ME_ADDR = "mathieu.dupuy@example.com"
ME = addr("Mathieu Dupuy", ME_ADDR)
MX = "mx1.example.com (Postfix) with ESMTPS id"


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)}@{domain}>"


def ical(s: str) -> str:
    """Hand-written ICS (indented in the source) -> unfolded LF lines without indentation."""
    return "\n".join(line.strip() for line in s.strip("\n").splitlines()) + "\n"


def z(local: str, zone: str) -> str:
    """Local wall time -> ICS UTC stamp."""
    return at(local, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def head(frm: str, subject: str, when: str, zone: str, domain: str, *, to: str = ME,
         reply_to: str | None = None, cc: str | None = None, sender: str | None = None,
         relay: str | None = None, in_reply_to: str | None = None, refs: str | None = None,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if relay:
        hs.append(("Received", make.received(relay, when, zone, f"{MX} {_h(subject, 10).upper()}", ME_ADDR)))
    hs.append(("From", frm))
    if sender:
        hs.append(("Sender", sender))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc(subject, charset)))
    hs.append(("Date", make.date(when, zone)))
    hs.append(("Message-ID", mid(subject + when, domain)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", refs or in_reply_to))
    hs.extend(extra)
    return hs


ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
TORONTO = make.VTZ["America/New_York"].replace("America/New_York", "America/Toronto")

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
ID de la réunion : {mtg}
Code secret : {code}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mtg}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def exchange_headers(topic: str, lang: str = "fr-FR") -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", "AdlQ" + _h(topic, 20) + "=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    )


# =========================================================================== positives: scheduled


@make.mail(N(1), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="julien.marchetti@transregion-maintenance.fr", company="Transrégion Maintenance",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=ZP,
           note="Workday (French UI) interview scheduled: 15/09/2026 10:00 - 11:00 (GMT+02:00) Europe/Paris, "
                "CEST so 08:00-09:00 UTC; sender is the tenant's myworkday.com address, contact = recruiter "
                "address written in the body")
def m01() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre entretien pour le poste de Planificateur maintenance matériel roulant (R-10482) a été planifié.

        Date : mardi 15/09/2026
        Heure : 10:00 - 11:00 (GMT+02:00) Europe/Paris
        Format : entretien sur site
        Lieu : Transrégion Maintenance - Technicentre de Toulouse, 12 chemin de la Gravette, 31200 Toulouse
        Interlocuteurs : Julien Marchetti (Chargé de recrutement), Anne-Sophie Verdier (Responsable méthodes)

        Merci de vous présenter à l'accueil 10 minutes avant le début de l'entretien, muni d'une pièce d'identité.

        Pour toute question, vous pouvez contacter Julien Marchetti : julien.marchetti@transregion-maintenance.fr

        Pour consulter votre candidature, connectez-vous à votre compte candidat :
        https://transregion.wd3.myworkday.com/transregion_careers/login

        Cordialement,
        L'équipe Recrutement Transrégion Maintenance

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#0b3d6b;padding:16px;color:#ffffff;font-size:18px">Transrégion Maintenance</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Mathieu,</p>
        <p>Votre entretien pour le poste de <b>Planificateur maintenance matériel roulant (R-10482)</b> a été planifié.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date&nbsp;:</b></td><td>mardi 15/09/2026</td></tr>
        <tr><td><b>Heure&nbsp;:</b></td><td>10:00 - 11:00 (GMT+02:00) Europe/Paris</td></tr>
        <tr><td><b>Format&nbsp;:</b></td><td>entretien sur site</td></tr>
        <tr><td><b>Lieu&nbsp;:</b></td><td>Transrégion Maintenance - Technicentre de Toulouse, 12 chemin de la Gravette, 31200 Toulouse</td></tr>
        <tr><td><b>Interlocuteurs&nbsp;:</b></td><td>Julien Marchetti (Chargé de recrutement), Anne-Sophie Verdier (Responsable méthodes)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 10 minutes avant le début de l'entretien, muni d'une pièce d'identité.</p>
        <p>Pour toute question, vous pouvez contacter Julien Marchetti&nbsp;: <a href="mailto:julien.marchetti@transregion-maintenance.fr">julien.marchetti@transregion-maintenance.fr</a></p>
        <p><a href="https://transregion.wd3.myworkday.com/transregion_careers/login">Accéder à mon compte candidat</a></p>
        <p>Cordialement,<br>L'équipe Recrutement Transrégion Maintenance</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888;padding:12px">Ce message a été envoyé automatiquement. Merci de ne pas y répondre.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Transrégion Maintenance", "transregion@myworkday.com"),
              "Transrégion Maintenance : votre entretien est planifié", "2026-09-09 16:12", ZP, "myworkday.com",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return make.message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T12:30:00Z", end=None,
           contact="jerome.castets@atelier-bigorre.fr", company="Atelier Bigorre Ferroviaire",
           local="Thu 2026-09-24 14:30", zone=ZP,
           note="Informal tu mail from the workshop manager: 'jeudi à 14h30' resolved against the Date "
                "(Mon 21 Sep 2026, Paris) = Thu 24 Sep, CEST so 12:30 UTC; no length given, end null")
def m02() -> bytes:
    body = t("""
        Salut Mathieu,

        Comme je te disais au téléphone tout à l'heure, Pascale (la RH) est OK pour qu'on se voie cette semaine pour le poste de chef d'équipe planification.

        On dit donc jeudi à 14h30, à l'atelier, 4 route de Lourdes à Tarbes. Tu te gares devant le portail bleu et tu demandes Pascale Fourcade à l'accueil, je vous rejoins.

        Amène ton CV papier et si tu as un exemple de plan de charge ou de planning préventif que tu as monté (anonymisé bien sûr), ça nous intéresse.

        À jeudi,
        Jérôme

        --
        Jérôme Castets
        Responsable d'atelier
        Atelier Bigorre Ferroviaire
        05 62 00 00 00
        """)
    hs = head(addr("Jérôme Castets", "jerome.castets@atelier-bigorre.fr"),
              "Entretien chef d'équipe planif", "2026-09-21 18:47", ZP, "atelier-bigorre.fr",
              relay="from smtp.atelier-bigorre.fr (smtp.atelier-bigorre.fr [51.91.12.44])",
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),))
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(3), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T09:00:00Z", end="2026-10-06T10:00:00Z",
           contact="laura.sanz@ibertrak.es", company="Ibertrak",
           local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=ZM,
           note="Google Calendar invitation (English UI) from the Spanish employer: Tue 6 Oct 2026 11am - 12pm "
                "(Central European Time - Madrid), CEST so 09:00-10:00 UTC, same as the ICS Z times; "
                "contact = Reply-To / ORGANIZER recruiter")
def m03() -> bytes:
    plain = t("""
        Laura Sanz has invited you to an event
        Technical interview - Maintenance Planner (Zaragoza depot)

        When
        Tuesday 6 Oct 2026 ⋅ 11am – 12pm (Central European Time - Madrid)

        Joining info
        Join with Google Meet
        https://meet.google.com/qtx-hbnm-rkp

        Join by phone
        (ES) +34 910 00 00 00 PIN: 482 119 334#

        Guests
        Laura Sanz - organiser
        Javier Ortega
        mathieu.dupuy@example.com

        Hi Mathieu, this is the technical interview with Javier Ortega (Head of Rolling Stock Maintenance). We will talk through a maintenance plan for our regional fleet. The interview is held in English. Best, Laura

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NnE0cTZlN2M

        Reply for mathieu.dupuy@example.com
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NnE0cTZlN2M&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NnE0cTZlN2M&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NnE0cTZlN2M&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Laura Sanz has invited you to an event</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Technical interview - Maintenance Planner (Zaragoza depot)</h2>
        <table><tr><td style="color:#70757a;width:90px">When</td>
        <td>Tuesday 6 Oct 2026 &#8901; 11am &ndash; 12pm (Central European Time - Madrid)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/qtx-hbnm-rkp">Join with Google Meet</a><br>meet.google.com/qtx-hbnm-rkp</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Laura Sanz - organiser<br>Javier Ortega<br>mathieu.dupuy@example.com</td></tr></table>
        <p>Hi Mathieu, this is the technical interview with Javier Ortega (Head of Rolling Stock Maintenance). We will talk through a maintenance plan for our regional fleet. The interview is held in English. Best, Laura</p>
        <p style="font-size:12px;color:#70757a">Reply for mathieu.dupuy@example.com
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnE0cTZlN2M&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnE0cTZlN2M&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnE0cTZlN2M&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:{z("2026-10-06 11:00", ZM)}
        DTEND:{z("2026-10-06 12:00", ZM)}
        DTSTAMP:{z("2026-09-30 12:05", ZM)}
        ORGANIZER;CN=Laura Sanz:mailto:laura.sanz@ibertrak.es
        UID:6q4q6e7c9rj2kbd1o3m5vhl0sg@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laura Sanz;X-NUM-GUESTS=0:mailto:laura.sanz@ibertrak.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Ortega;X-NUM-GUESTS=0:mailto:javier.ortega@ibertrak.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.dupuy@example.com;X-NUM-GUESTS=0:mailto:mathieu.dupuy@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qtx-hbnm-rkp
        CREATED:{z("2026-09-30 12:04", ZM)}
        DESCRIPTION:Hi Mathieu\\, this is the technical interview with Javier Ortega (Head of Rolling Stock Maintenance).\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/qtx-hbnm-rkp\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:{z("2026-09-30 12:05", ZM)}
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technical interview - Maintenance Planner (Zaragoza depot)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laura Sanz", "laura.sanz@ibertrak.es"),
              "Invitation: Technical interview - Maintenance Planner (Zaragoza depot) @ Tue 6 Oct 2026 11am - 12pm "
              "(CEST) (mathieu.dupuy@example.com)", "2026-09-30 12:05", ZM, "google.com",
              reply_to=addr("Laura Sanz", "laura.sanz@ibertrak.es"),
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    body = mixed(
        alt(text(plain), html(page), calendar(ics, cte="7bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return make.message(hs, body)


@make.mail(N(4), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="chloe.bergeron@laurentiderail.ca", company="Laurentide Rail Systems",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=ZT,
           note="iCIMS HTML-only confirmation from the Toronto employer: Thursday, October 29, 2026, 10:00 AM - "
                "11:00 AM Eastern; Toronto is still on EDT (UTC-4, North America changes on 1 Nov) so 14:00-15:00 "
                "UTC, which is 15:00 in Paris (already CET since 25 Oct): the body's Paris hint says 3:00 PM; "
                "contact = recruiter named in the body and ICS ORGANIZER")
def m04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Confirmation</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222222">
        <tr><td style="padding:18px 24px;border-bottom:4px solid #c8102e"><img src="https://careers-laurentiderail.icims.com/logo.png" alt="Laurentide Rail Systems" width="180"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Mathieu,</p>
        <p>Thank you for your interest in the <strong>Maintenance Planning Lead</strong> position (Req ID 2026-4471) at Laurentide Rail Systems. We are pleased to confirm your interview:</p>
        <table cellpadding="6" style="border:1px solid #dddddd;font-size:14px">
        <tr><td><strong>Date</strong></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td><strong>Time</strong></td><td>10:00 AM - 11:00 AM Eastern Time (Toronto)</td></tr>
        <tr><td><strong>Your local time</strong></td><td>3:00 PM - 4:00 PM (Paris)</td></tr>
        <tr><td><strong>Interview type</strong></td><td>Video - Microsoft Teams (link in the calendar invitation)</td></tr>
        <tr><td><strong>Interviewers</strong></td><td>Marc-Andr&eacute; Gagnon, Director, Fleet Maintenance<br>Chlo&eacute; Bergeron, Talent Acquisition Partner</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to make any changes, please contact Chlo&eacute; Bergeron at <a href="mailto:chloe.bergeron@laurentiderail.ca">chloe.bergeron@laurentiderail.ca</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Laurentide Rail Systems Inc.<br>Toronto, Ontario</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#777777">This message was sent from an unmonitored mailbox. Powered by iCIMS.</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        {TORONTO}
        BEGIN:VEVENT
        UID:icims-int-2026-4471-88213@laurentiderail.icims.com
        DTSTAMP:{z("2026-10-22 09:40", ZT)}
        DTSTART;TZID=America/Toronto:20261029T100000
        DTEND;TZID=America/Toronto:20261029T110000
        SUMMARY:Interview: Maintenance Planning Lead - Laurentide Rail Systems
        LOCATION:Microsoft Teams
        DESCRIPTION:Interview with Marc-André Gagnon and Chloé Bergeron. Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4%40thread.v2/0
        ORGANIZER;CN=Chloé Bergeron:mailto:chloe.bergeron@laurentiderail.ca
        ATTENDEE;CN=Mathieu Dupuy;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu.dupuy@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laurentide Rail Systems", "laurentiderail@talent.icims.com"),
              "Interview Confirmation - Maintenance Planning Lead", "2026-10-22 09:40", ZT, "talent.icims.com",
              relay="from mta-210.icims.com (mta-210.icims.com [64.94.124.210])")
    return make.message(hs, mixed(html(page),
                                  calendar(ics, method="REQUEST", cte="base64", filename="Interview.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-10-12T07:30:00Z", end="2026-10-12T08:30:00Z",
           contact="claire.dufau@sillon-ingenierie.fr", company="Sillon Ingénierie",
           local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:30", zone=ZP,
           note="Teamtailor interview booked (French): lundi 12 octobre 2026, 09:30 - 10:30, heure de Paris, "
                "CEST so 07:30-08:30 UTC, matching the attached ICS (TZID Europe/Paris); contact = Reply-To recruiter")
def m05() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci d'avoir réservé votre créneau. Votre entretien est confirmé :

        Poste : Planificateur maintenance ferroviaire (H/F) - Bordeaux
        Date : lundi 12 octobre 2026
        Heure : 09:30 - 10:30 (heure de Paris)
        Lieu : visioconférence Google Meet - https://meet.google.com/vzd-kqpe-wxa
        Avec : Claire Dufau, Talent Acquisition, et Benoît Lartigue, Responsable de la maintenance

        L'invitation est jointe à cet e-mail pour l'ajouter à votre agenda.

        Si vous avez un empêchement, répondez simplement à ce message.

        À bientôt,
        Claire Dufau
        Sillon Ingénierie

        --
        Envoyé via Teamtailor · Gérer mes données : https://sillon-ingenierie.teamtailor.com/connect/privacy
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//FR
        METHOD:REQUEST
        {make.VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        UID:tt-interview-6612904@teamtailor.com
        DTSTAMP:{z("2026-10-06 11:23", ZP)}
        DTSTART;TZID=Europe/Paris:20261012T093000
        DTEND;TZID=Europe/Paris:20261012T103000
        SUMMARY:Entretien - Planificateur maintenance ferroviaire (Sillon Ingénierie)
        LOCATION:https://meet.google.com/vzd-kqpe-wxa
        ORGANIZER;CN=Claire Dufau:mailto:claire.dufau@sillon-ingenierie.fr
        ATTENDEE;CN=Mathieu Dupuy;RSVP=TRUE:mailto:mathieu.dupuy@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    page = make.gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Helvetica,Arial,sans-serif">')
    hs = head(addr("Sillon Ingénierie", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé : Planificateur maintenance ferroviaire (H/F)", "2026-10-06 11:23", ZP,
              "teamtailor-mail.com", reply_to=addr("Claire Dufau", "claire.dufau@sillon-ingenierie.fr"),
              relay="from mail-200.teamtailor-mail.com (mail-200.teamtailor-mail.com [159.112.240.200])")
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="REQUEST", cte="quoted-printable", filename="entretien.ics",
                                           disposition="attachment")))


@make.mail(N(6), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-11-04T13:00:00Z", end="2026-11-04T13:45:00Z",
           contact="nadia.benali@vmso-rail.fr", company="VMSO",
           local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:45", zone=ZP,
           note="SmartRecruiters confirmation (vous): mercredi 4 novembre 2026 de 14h00 à 14h45 (heure de Paris); "
                "after the 25 Oct change Paris is CET so 13:00-13:45 UTC; contact = human Reply-To")
def m06() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Suite à votre réussite au test en ligne, nous avons le plaisir de vous confirmer votre entretien pour le poste de Planificateur maintenance - Voies & Matériel du Sud-Ouest.

        Date : mercredi 4 novembre 2026
        Horaire : de 14h00 à 14h45 (heure de Paris)
        Format : visioconférence Microsoft Teams
        Lien : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3%40thread.v2/0
        Vos interlocuteurs : Nadia Benali (Recrutement) et Fabrice Lacroix (Chef de pôle ordonnancement)

        Nous vous remercions de vous connecter quelques minutes en avance afin de vérifier votre micro et votre caméra.

        En cas d'empêchement, merci de répondre directement à cet e-mail.

        Bien cordialement,

        Nadia Benali
        Chargée de recrutement
        VMSO - Voies & Matériel du Sud-Ouest
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto">
        <p>Bonjour Mathieu,</p>
        <p>Suite à votre réussite au test en ligne, nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Planificateur maintenance - Voies &amp; Matériel du Sud-Ouest</b>.</p>
        <ul>
        <li><b>Date :</b> mercredi 4 novembre 2026</li>
        <li><b>Horaire :</b> de 14h00 à 14h45 (heure de Paris)</li>
        <li><b>Format :</b> visioconférence Microsoft Teams</li>
        <li><b>Lien :</b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3%40thread.v2/0">rejoindre la réunion</a></li>
        <li><b>Vos interlocuteurs :</b> Nadia Benali (Recrutement) et Fabrice Lacroix (Chef de pôle ordonnancement)</li>
        </ul>
        <p>Nous vous remercions de vous connecter quelques minutes en avance afin de vérifier votre micro et votre caméra.</p>
        <p>En cas d'empêchement, merci de répondre directement à cet e-mail.</p>
        <p>Bien cordialement,<br><br>Nadia Benali<br>Chargée de recrutement<br>VMSO - Voies &amp; Matériel du Sud-Ouest</p>
        <hr style="border:none;border-top:1px solid #e0e0e0">
        <p style="font-size:11px;color:#8a8a8a">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    hs = head(addr("VMSO", "noreply@smartrecruiters.com"),
              "Confirmation de votre entretien - Planificateur maintenance", "2026-10-28 10:02", ZP,
              "smartrecruiters.com", reply_to=addr("Nadia Benali", "nadia.benali@vmso-rail.fr"),
              relay="from o1.mail.smartrecruiters.com (o1.mail.smartrecruiters.com [167.89.100.12])")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(7), family="lever", lang="fr", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="ines.garnier@atelia-rail.fr", company="Atelia Rail",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=ZP,
           note="Lever confirmation sent Thu 22 Oct (CEST, +02:00) for mardi 27 octobre 10:00-11:00 heure de Paris, "
                "which is after the 25 Oct change to CET: 09:00-10:00 UTC (ICS in Z agrees); contact = Reply-To")
def m07() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre entretien avec Atelia Rail est confirmé.

        Mardi 27 octobre 2026
        10:00 - 11:00 (heure de Paris, CET)
        Atelia Rail - 8 rue de l'Ourcq, 75019 Paris, 3e étage

        Vous rencontrerez :
        - Inès Garnier, Talent Acquisition
        - Thomas Perrin, Responsable ingénierie de maintenance

        Une invitation agenda est jointe. Pour toute question, répondez à ce message, il sera transmis à Inès Garnier.

        À très bientôt,
        L'équipe Atelia Rail
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-3f0c2a71-9d44-4b1e-a1c8-5e2f7d902b61
        DTSTAMP:{z("2026-10-22 15:31", ZP)}
        DTSTART:{z("2026-10-27 10:00", ZP)}
        DTEND:{z("2026-10-27 11:00", ZP)}
        SUMMARY:Entretien Atelia Rail - Mathieu Dupuy
        LOCATION:Atelia Rail\\, 8 rue de l'Ourcq\\, 75019 Paris
        ORGANIZER;CN=Inès Garnier:mailto:ines.garnier@atelia-rail.fr
        ATTENDEE;CN=Mathieu Dupuy;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.dupuy@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Atelia Rail", "no-reply@hire.lever.co"),
              "Votre entretien avec Atelia Rail est confirmé", "2026-10-22 15:31", ZP, "hire.lever.co",
              reply_to=addr("Inès Garnier", "ines.garnier@atelia-rail.fr"),
              relay="from mail.hire.lever.co (mail.hire.lever.co [198.2.180.11])")
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(N(8), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-10-02T09:00:00Z", end=None,
           contact="helene.castagne@motrice-pyrene.fr", company="Motrice Pyrène",
           local="Fri 2026-10-02 11:00", zone=ZP,
           note="Personio HTML-only invitation (French): vendredi 2 octobre 2026 à 11h00, CEST so 09:00 UTC; "
                "'durée : environ une heure' is approximate so end null; contact = HR address in the body")
def m08() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="background-color:#f6f7f9;margin:0">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;padding:32px;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">
        <p>Bonjour Mathieu Dupuy,</p>
        <p>Nous vous remercions pour votre candidature au poste de <strong>Technicien méthodes et planification</strong> chez Motrice Pyrène et nous réjouissons de vous rencontrer.</p>
        <p><strong>Votre entretien :</strong><br>
        vendredi 2 octobre 2026 à 11h00<br>
        Motrice Pyrène, ZI du Bazacle, 65000 Tarbes - bâtiment B, salle Aneto<br>
        Durée : environ une heure</p>
        <p>Vous serez reçu par Hélène Castagné (Ressources humaines) et Sébastien Lalanne (Directeur technique).</p>
        <p>Si vous avez des questions ou un empêchement, écrivez à Hélène Castagné : <a href="mailto:helene.castagne@motrice-pyrene.fr">helene.castagne@motrice-pyrene.fr</a></p>
        <p>Cordialement,<br>Votre équipe Motrice Pyrène</p>
        <p style="font-size:12px;color:#6b7280">Cet e-mail a été envoyé via Personio. Veuillez ne pas répondre à cette adresse.</p>
        </div></body></html>
        """)
    hs = head(addr("Motrice Pyrène", "no-reply@mail.personio.de"),
              "Invitation à un entretien - Technicien méthodes et planification", "2026-09-24 10:15", ZP,
              "mail.personio.de",
              relay="from mail-eu.personio.de (mail-eu.personio.de [3.120.44.17])")
    return make.message(hs, html(page))


@make.mail(N(9), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T13:00:00Z", end="2026-11-16T14:00:00Z",
           contact="francois.delmas@halvard-mobilite.fr", company="Groupe Halvard",
           local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:00", zone=ZP,
           note="Exchange meeting request (French Outlook), TZID 'Romance Standard Time' with VTIMEZONE: "
                "lundi 16 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris, CET so "
                "13:00-14:00 UTC; contact = organizer / sender")
def m09() -> bytes:
    teams = TEAMS_FR.format(tid="YjQ2MmRhOTUtZTcw", mtg="348 912 771 045", code="Xk7pQ2")
    body = t("""
        Bonjour Monsieur Dupuy,

        Comme convenu par téléphone, je vous confirme notre entretien pour le poste de Responsable planification maintenance (site de Toulouse). Y participera également Mme Aurélie Baylac, Responsable RH du site.

        Bien cordialement,

        François Delmas
        Directeur maintenance - Région Sud-Ouest
        Groupe Halvard Mobilité
        """) + "\n" + teams
    plain = ("Quand : lundi 16 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
             "Où : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            "<p>Bonjour Monsieur Dupuy,</p>\n<p>Comme convenu par téléphone, je vous confirme notre entretien pour le "
            "poste de Responsable planification maintenance (site de Toulouse). Y participera également "
            "Mme Aurélie Baylac, Responsable RH du site.</p>\n<p>Bien cordialement,</p>\n"
            "<p>François Delmas<br>Directeur maintenance - Région Sud-Ouest<br>Groupe Halvard Mobilité</p>\n"
            "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">______________________________"
            "__________________________________________________</span></div>\n"
            "<div style=\"font-size:24px;color:#252424\">Réunion Microsoft Teams</div>\n"
            "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2MmRhOTUtZTcw%40thread.v2/0\">"
            "Cliquez ici pour participer à la réunion</a></div>\n"
            "<div>ID de la réunion : 348 912 771 045<br>Code secret : Xk7pQ2</div>\n</div></body></html>\n")
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Delmas François:mailto:francois.delmas@halvard-mobilite.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.dupuy@example.com:mailto:mathieu.dupuy@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baylac Aurélie:mailto:aurelie.baylac@halvard-mobilite.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Dupuy\\,\\n\\nComme convenu par téléphone\\, je vous confirme notre entretien pour le poste de Responsable planification maintenance (site de Toulouse).\\n
        UID:040000008200E00074C5B7101A82E00800000000B0E4A1F3C171DC01000000000000000010000000A8B31E6C0D7F3E4AA1A3A5E0F6C9D2B4
        SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable planification maintenance (Groupe Halvard)
        DTSTART;TZID=Romance Standard Time:20261116T140000
        DTEND;TZID=Romance Standard Time:20261116T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{z("2026-11-10 09:48", ZP)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124719433
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
    subject = "Entretien - Responsable planification maintenance (Groupe Halvard)"
    hs = head(addr("Delmas François", "francois.delmas@halvard-mobilite.fr"), subject, "2026-11-10 09:48", ZP,
              "PR3P192MB0841.EURP192.PROD.OUTLOOK.COM",
              cc=addr("Baylac Aurélie", "aurelie.baylac@halvard-mobilite.fr"),
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
              extra=exchange_headers(subject))
    return make.message(hs, alt(text(plain), html(page),
                                calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-12-08T08:00:00Z", end=None,
           contact="sandrine.pujol@altiplan-recrutement.fr", company="Compagnie des Bogies de l'Adour",
           local="Tue 2026-12-08 09:00", zone=ZP,
           note="Agency recruiter (vous, iso-8859-15 quoted-printable) confirms the meeting at her client: mardi 8 "
                "décembre à 9h00 at Séméac, CET so 08:00 UTC; 'environ 1h30' is approximate so end null; company = "
                "the hiring client, contact = the agency recruiter who sent it")
def m10() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Bonne nouvelle : suite à la présentation de votre dossier, la Compagnie des Bogies de l'Adour souhaite vous rencontrer pour le poste de Responsable ordonnancement maintenance.

        Je vous confirme donc l'entretien le mardi 8 décembre à 9h00, sur leur site de Séméac (ZA de l'Adour, 3 rue des Forges). Vous serez reçu par M. Philippe Laborde, directeur industriel, et Mme Estelle Cazaux, responsable RH. Prévoyez environ 1h30, une visite de l'atelier est prévue à la suite de l'entretien.

        Pensez à prendre des chaussures de sécurité pour la visite, ils vous fourniront le gilet et les lunettes.

        Je reste à votre disposition d'ici là ; n'hésitez pas à m'appeler pour préparer l'entretien ensemble.

        Bien cordialement,

        Sandrine Pujol
        Consultante recrutement - Industrie & Transport
        Altiplan Recrutement - Pau
        06 70 00 00 00
        """)
    hs = head(addr("Sandrine Pujol", "sandrine.pujol@altiplan-recrutement.fr", charset="iso-8859-15"),
              "Confirmation entretien - Compagnie des Bogies de l'Adour", "2026-12-02 17:20", ZP,
              "altiplan-recrutement.fr",
              relay="from smtp-out.ovh.net (smtp-out.ovh.net [178.32.228.2])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-15")
    return make.message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(11), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-19T15:00:00Z", end="2026-11-19T15:45:00Z",
           contact="camille.roux@railsense.io", company="Railsense",
           local="Thu 2026-11-19 16:00", local_end="2026-11-19 16:45", zone=ZP,
           note="Mathieu forwards to his main inbox (Gmail 'Fwd:') the Ashby confirmation received on his other "
                "address: jeudi 19 novembre 2026, 16:00 - 16:45 (CET, heure de Paris) = 15:00-15:45 UTC; the original "
                "sender is no-reply, contact = recruiter address in the forwarded body")
def m11() -> bytes:
    body = t("""
        à mettre dans l'agenda + préparer l'étude de cas capteurs bogies

        ---------- Forwarded message ---------
        De : Railsense <no-reply@ashbyhq.com>
        Date: jeu. 12 nov. 2026 à 17:45
        Subject: Entretien confirmé : Product Ops - Maintenance prédictive chez Railsense
        To: <mathieu.dupuy@example.org>


        Bonjour Mathieu,

        Votre entretien est confirmé. Nous avons hâte d'échanger avec vous !

        jeudi 19 novembre 2026, 16:00 – 16:45 CET (heure de Paris)
        Google Meet : https://meet.google.com/pma-wxye-tuk

        Vous rencontrerez :
          Yanis Bouchard — CTO
          Camille Roux — Talent & People

        Une question ? Écrivez à camille.roux@railsense.io

        À bientôt,
        L'équipe Railsense
        """)
    hs = head(addr("Mathieu Dupuy", "mathieu.dupuy@example.org"),
              "Fwd: Entretien confirmé : Product Ops - Maintenance prédictive chez Railsense",
              "2026-11-13 08:02", ZP, "mail.gmail.com",
              relay="from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(12), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-11-30T09:30:00Z", end=None,
           contact="olivier.sarrat@pyrenees-traction.fr", company="Pyrénées Traction",
           local="Mon 2026-11-30 10:30", zone=ZP,
           note="Hiring manager's short reply on top of the thread (HR's two-slot proposal + Mathieu's choice): "
                "'c'est noté pour lundi 30 novembre à 10h30' at Lannemezan, CET so 09:30 UTC; no length, end null; "
                "contact = the human sender (not the cc'd HR who wrote the quoted proposal)")
def m12() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Parfait, c'est noté pour lundi 30 novembre à 10h30 à l'usine de Lannemezan. Demandez-moi à l'accueil du bâtiment principal, le parking visiteurs est juste à gauche en entrant.

        À lundi,

        Olivier Sarrat
        Responsable maintenance - Pyrénées Traction

        -----Message d'origine-----
        De : Mathieu Dupuy <mathieu.dupuy@example.com>
        Envoyé : vendredi 20 novembre 2026 08:14
        À : Sophie Ader <sophie.ader@pyrenees-traction.fr>
        Cc : Olivier Sarrat <olivier.sarrat@pyrenees-traction.fr>
        Objet : RE: Candidature - Planificateur maintenance

        Bonjour Madame Ader,

        Merci pour votre retour. Le lundi 30 novembre à 10h30 me convient parfaitement.

        Bien cordialement,
        Mathieu Dupuy

        -----Message d'origine-----
        De : Sophie Ader <sophie.ader@pyrenees-traction.fr>
        Envoyé : jeudi 19 novembre 2026 15:02
        À : Mathieu Dupuy <mathieu.dupuy@example.com>
        Cc : Olivier Sarrat <olivier.sarrat@pyrenees-traction.fr>
        Objet : Candidature - Planificateur maintenance

        Bonjour Monsieur Dupuy,

        Votre candidature a retenu notre attention. M. Sarrat, responsable maintenance, souhaiterait vous rencontrer à Lannemezan. Seriez-vous disponible le lundi 30 novembre à 10h30 ou le mardi 1er décembre à 14h00 ?

        Bien cordialement,
        Sophie Ader
        Ressources humaines - Pyrénées Traction
        """)
    hs = head(addr("Olivier Sarrat", "olivier.sarrat@pyrenees-traction.fr"),
              "RE: Candidature - Planificateur maintenance", "2026-11-24 11:36", ZP,
              "AM0PR09MB4421.eurprd09.prod.outlook.com",
              cc=addr("Sophie Ader", "sophie.ader@pyrenees-traction.fr"),
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2072.outbound.protection.outlook.com [40.107.104.72])",
              in_reply_to=mid("pt-reply-mathieu", "example.com"),
              refs=f"{mid('pt-proposal', 'pyrenees-traction.fr')} {mid('pt-reply-mathieu', 'example.com')}",
              extra=exchange_headers("Candidature - Planificateur maintenance"))
    return make.message(hs, text(body))


@make.mail(N(13), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T14:00:00Z", end="2026-10-13T14:30:00Z",
           contact="emily.tremblay@laurentiderail.ca", company="Laurentide Rail Systems",
           local="Tue 2026-10-13 16:00", local_end="2026-10-13 16:30", zone=ZP,
           note="Calendly invitee confirmation for the Toronto employer's phone screen, times shown in the "
                "invitee's zone: 4:00pm - 4:30pm (Central European Summer Time), Tuesday, October 13, 2026 = "
                "14:00-14:30 UTC (10:00 in Toronto); contact = Reply-To host")
def m13() -> bytes:
    body = t("""
        Hi Mathieu,

        Your event has been scheduled.

        Event Type:
        Phone screen - Maintenance Planning Lead (30 min)

        Invitee:
        Mathieu Dupuy

        Invitee Email:
        mathieu.dupuy@example.com

        Event Date/Time:
        04:00pm - 04:30pm (Central European Summer Time) on Tuesday, October 13, 2026

        Location:
        Emily will call you on +33 6 00 00 00 00

        Host:
        Emily Tremblay, Laurentide Rail Systems

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1d77e2-44a0-4f8b-9f31-1c2e0e6a9a5d
        Reschedule: https://calendly.com/reschedulings/6b1d77e2-44a0-4f8b-9f31-1c2e0e6a9a5d

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:20px">
        <p>Hi Mathieu,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Phone screen - Maintenance Planning Lead (30 min)</p>
        <p><b>Invitee:</b><br>Mathieu Dupuy</p>
        <p><b>Invitee Email:</b><br><a href="mailto:mathieu.dupuy@example.com">mathieu.dupuy@example.com</a></p>
        <p><b>Event Date/Time:</b><br>04:00pm - 04:30pm (Central European Summer Time) on Tuesday, October 13, 2026</p>
        <p><b>Location:</b><br>Emily will call you on +33 6 00 00 00 00</p>
        <p><b>Host:</b><br>Emily Tremblay, Laurentide Rail Systems</p>
        <p><a href="https://calendly.com/cancellations/6b1d77e2-44a0-4f8b-9f31-1c2e0e6a9a5d">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6b1d77e2-44a0-4f8b-9f31-1c2e0e6a9a5d">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Phone screen - Maintenance Planning Lead with Emily Tremblay on Tuesday, October 13, 2026",
              "2026-10-08 14:02", ZP, "calendly.com",
              reply_to=addr("Emily Tremblay", "emily.tremblay@laurentiderail.ca"),
              relay="from o7.email.calendly.com (o7.email.calendly.com [167.89.24.213])")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(14), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-12-10T14:00:00Z", end="2026-12-10T15:00:00Z",
           contact="bertrand.moreau@catenaire-conseil.fr", company="Caténaire Conseil",
           local="Thu 2026-12-10 15:00", local_end="2026-12-10 16:00", zone=ZP,
           note="Workable (French): jeudi 10 décembre 2026, 15:00 - 16:00 (Europe/Paris), CET so 14:00-15:00 UTC; "
                "Reply-To is a Workable candidate relay, not a person: contact = hiring manager's address in the body")
def m14() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre entretien pour le poste de Consultant planification maintenance ferroviaire chez Caténaire Conseil est confirmé.

        Quand : jeudi 10 décembre 2026, 15:00 - 16:00 (Europe/Paris)
        Où : Caténaire Conseil, 21 allées Jean Jaurès, 31000 Toulouse
        Avec : Bertrand Moreau, Directeur de projets

        Pour toute question pratique, vous pouvez écrire directement à Bertrand : bertrand.moreau@catenaire-conseil.fr

        Bonne préparation !
        L'équipe Caténaire Conseil

        Vous pouvez répondre à cet e-mail : votre réponse sera ajoutée à votre candidature.
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-ev-58c21f7a0b@workable.com
        DTSTAMP:{z("2026-12-03 10:30", ZP)}
        DTSTART:{z("2026-12-10 15:00", ZP)}
        DTEND:{z("2026-12-10 16:00", ZP)}
        SUMMARY:Entretien : Mathieu Dupuy / Caténaire Conseil
        LOCATION:Caténaire Conseil\\, 21 allées Jean Jaurès\\, 31000 Toulouse
        ORGANIZER;CN=Caténaire Conseil:mailto:catenaire-conseil+c7f2a19e@candidates.workablemail.com
        ATTENDEE;CN=Mathieu Dupuy;RSVP=TRUE:mailto:mathieu.dupuy@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Caténaire Conseil", "noreply@candidates.workablemail.com"),
              "Entretien confirmé - Consultant planification maintenance ferroviaire", "2026-12-03 10:30", ZP,
              "candidates.workablemail.com",
              reply_to=addr("Caténaire Conseil", "catenaire-conseil+c7f2a19e@candidates.workablemail.com"),
              relay="from mail-out-3.workablemail.com (mail-out-3.workablemail.com [50.31.36.203])")
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method="REQUEST", filename="invitation.ics",
                                           disposition="attachment", cte="base64")))


@make.mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-18T14:00:00Z", end="2026-11-18T16:30:00Z",
           contact="priya.nair@laurentiderail.ca", company="Laurentide Rail Systems",
           local="Wed 2026-11-18 09:00", local_end="2026-11-18 11:30", zone=ZT,
           note="GoodTime final-round itinerary, three sessions 9:00 AM - 11:30 AM EST (Toronto); North America is "
                "on EST since 1 Nov (UTC-5) so 14:00-16:30 UTC = 3:00-5:30 PM Paris as the mail also shows; start = "
                "first session, end = last; contact = Reply-To coordinator")
def m15() -> bytes:
    body = t("""
        Hi Mathieu,

        Your final round interviews for Maintenance Planning Lead at Laurentide Rail Systems are confirmed.

        Wednesday, November 18, 2026
        9:00 AM - 11:30 AM EST (America/Toronto)
        (3:00 PM - 5:30 PM in your time zone, Europe/Paris)

        Your schedule:
        9:00 AM - 9:45 AM EST   Maintenance strategy - Marc-André Gagnon, Director, Fleet Maintenance
        9:45 AM - 10:30 AM EST  Planning & scheduling case - Kevin O'Brien, Senior Planner
        10:45 AM - 11:30 AM EST Culture & values - Sarah Whitfield, VP Operations

        All sessions are on Microsoft Teams (same link for the whole morning):
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1ZjQ5%40thread.v2/0

        If anything comes up, just reply to this email and it will reach me.

        Best regards,
        Priya Nair
        Recruiting Coordinator, Laurentide Rail Systems
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Mathieu,</p>
        <p>Your final round interviews for <b>Maintenance Planning Lead</b> at Laurentide Rail Systems are confirmed.</p>
        <p style="font-size:16px"><b>Wednesday, November 18, 2026</b><br>9:00 AM - 11:30 AM EST (America/Toronto)<br>
        <span style="color:#5f6368">(3:00 PM - 5:30 PM in your time zone, Europe/Paris)</span></p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td>9:00 AM - 9:45 AM EST</td><td>Maintenance strategy - Marc-Andr&eacute; Gagnon, Director, Fleet Maintenance</td></tr>
        <tr><td>9:45 AM - 10:30 AM EST</td><td>Planning &amp; scheduling case - Kevin O'Brien, Senior Planner</td></tr>
        <tr><td>10:45 AM - 11:30 AM EST</td><td>Culture &amp; values - Sarah Whitfield, VP Operations</td></tr>
        </table>
        <p>All sessions are on Microsoft Teams (same link for the whole morning):<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1ZjQ5%40thread.v2/0">Join Microsoft Teams meeting</a></p>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best regards,<br>Priya Nair<br>Recruiting Coordinator, Laurentide Rail Systems</p>
        <p style="font-size:11px;color:#9aa0a6">Sent with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Laurentide Rail Systems Recruiting", "scheduling@mail.goodtime.io"),
              "Confirmed: Final round interviews - Maintenance Planning Lead", "2026-11-12 15:20", ZT,
              "mail.goodtime.io", reply_to=addr("Priya Nair", "priya.nair@laurentiderail.ca"),
              relay="from o3.ptr4521.goodtime.io (o3.ptr4521.goodtime.io [149.72.80.33])")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(16), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-30T13:00:00Z", end="2026-10-30T14:30:00Z",
           contact="claire.dufau@sillon-ingenierie.fr", company="Sillon Ingénierie",
           local="Fri 2026-10-30 14:00", local_end="2026-10-30 15:30", zone=ZP,
           note="Google Calendar invitation (French UI) sent Wed 21 Oct in CEST for vendredi 30 oct. 2026 "
                "14:00-15:30 (heure normale d'Europe centrale - Paris), i.e. after the 25 Oct change: 13:00-14:30 UTC, "
                "ICS in Z agrees; contact = organizer/Reply-To recruiter")
def m16() -> bytes:
    plain = t("""
        Claire Dufau vous a invité à un événement
        Entretien 2e tour - Planificateur maintenance ferroviaire

        Quand
        vendredi 30 oct. 2026 ⋅ 14:00 – 15:30 (heure normale d'Europe centrale - Paris)

        Lieu
        Sillon Ingénierie, 45 quai de Bacalan, 33300 Bordeaux
        https://www.google.com/maps/search/45+quai+de+Bacalan,+33300+Bordeaux

        Invités
        Claire Dufau - organisateur
        Benoît Lartigue
        Magali Espinasse
        mathieu.dupuy@example.com

        Bonjour Mathieu, pour ce second tour vous rencontrerez Benoît et Magali (directrice d'exploitation) dans nos locaux. Une mise en situation sur un planning de visites de maintenance est prévue. Bonne route ! Claire

        Afficher toutes les informations sur les invités https://calendar.google.com/calendar/event?action=VIEW&eid=M2U5cDRtNzE

        Répondre pour mathieu.dupuy@example.com
        Oui https://calendar.google.com/calendar/event?action=RESPOND&eid=M2U5cDRtNzE&rst=1
        Non https://calendar.google.com/calendar/event?action=RESPOND&eid=M2U5cDRtNzE&rst=2
        Peut-être https://calendar.google.com/calendar/event?action=RESPOND&eid=M2U5cDRtNzE&rst=3

        Invitation de Google Agenda https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à l'événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Claire Dufau vous a invité à un événement</p>
        <h2 style="font-weight:400">Entretien 2e tour - Planificateur maintenance ferroviaire</h2>
        <table><tr><td style="color:#70757a;width:80px">Quand</td><td>vendredi 30 oct. 2026 &#8901; 14:00 &ndash; 15:30 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Sillon Ingénierie, 45 quai de Bacalan, 33300 Bordeaux</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Claire Dufau - organisateur<br>Benoît Lartigue<br>Magali Espinasse<br>mathieu.dupuy@example.com</td></tr></table>
        <p>Bonjour Mathieu, pour ce second tour vous rencontrerez Benoît et Magali (directrice d'exploitation) dans nos locaux. Une mise en situation sur un planning de visites de maintenance est prévue. Bonne route ! Claire</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:{z("2026-10-30 14:00", ZP)}
        DTEND:{z("2026-10-30 15:30", ZP)}
        DTSTAMP:{z("2026-10-21 16:40", ZP)}
        ORGANIZER;CN=Claire Dufau:mailto:claire.dufau@sillon-ingenierie.fr
        UID:3e9p4m71ks0b5r8q2d6v1n4c7f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.dupuy@example.com;X-NUM-GUESTS=0:mailto:mathieu.dupuy@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Benoît Lartigue;X-NUM-GUESTS=0:mailto:benoit.lartigue@sillon-ingenierie.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Magali Espinasse;X-NUM-GUESTS=0:mailto:magali.espinasse@sillon-ingenierie.fr
        DESCRIPTION:Bonjour Mathieu\\, pour ce second tour vous rencontrerez Benoît et Magali (directrice d'exploitation) dans nos locaux.
        LOCATION:Sillon Ingénierie\\, 45 quai de Bacalan\\, 33300 Bordeaux
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien 2e tour - Planificateur maintenance ferroviaire
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Claire Dufau", "claire.dufau@sillon-ingenierie.fr"),
              "Invitation: Entretien 2e tour - Planificateur maintenance ferroviaire @ ven. 30 oct. 2026 14:00 - 15:30 "
              "(CET) (mathieu.dupuy@example.com)", "2026-10-21 16:40", ZP, "google.com",
              reply_to=addr("Claire Dufau", "claire.dufau@sillon-ingenierie.fr"),
              sender=addr("Google Agenda", "calendar-notification@google.com"),
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    body = mixed(
        alt(text(plain), html(page), calendar(ics, cte="8bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return make.message(hs, body)


@make.mail(N(17), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-20T10:00:00Z", end="2026-11-20T11:00:00Z",
           contact="gaelle.legoff@tso-tramway.fr", company="Tramway Services Ouest",
           local="Fri 2026-11-20 11:00", local_end="2026-11-20 12:00", zone=ZP,
           note="HR mail (Thunderbird) says only 'vendredi matin' and attaches invite.ics; the time is only in the "
                "ICS: DTSTART;TZID=Europe/Paris 20261120T110000, CET so 10:00-11:00 UTC; contact = sender/ORGANIZER")
def m17() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci pour notre échange téléphonique de ce midi. Comme convenu, je vous envoie l'invitation pour l'entretien visio de vendredi matin avec Yann Kerboriou, notre responsable du centre de maintenance de Nantes. Tout est dans le fichier joint (horaire et lien Teams).

        N'hésitez pas si vous avez la moindre question.

        Bien à vous,

        Gaëlle Le Goff
        Chargée RH - Tramway Services Ouest
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        {make.VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        CREATED:{z("2026-11-16 17:35", ZP)}
        LAST-MODIFIED:{z("2026-11-16 17:38", ZP)}
        DTSTAMP:{z("2026-11-16 17:38", ZP)}
        UID:7c1e0a54-2b9f-4d33-9a1e-f4b2d6c80e17
        SUMMARY:Entretien TSO - M. Dupuy / Y. Kerboriou
        ORGANIZER;CN=Gaëlle Le Goff:mailto:gaelle.legoff@tso-tramway.fr
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Mathieu Dupuy:mailto:mathieu.dupuy@example.com
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Yann Kerboriou:mailto:yann.kerboriou@tso-tramway.fr
        DTSTART;TZID=Europe/Paris:20261120T110000
        DTEND;TZID=Europe/Paris:20261120T120000
        LOCATION:Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzJkYT%40thread.v2/0
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Gaëlle Le Goff", "gaelle.legoff@tso-tramway.fr"),
              "Entretien vendredi - invitation", "2026-11-16 17:40", ZP, "tso-tramway.fr",
              relay="from mail.tso-tramway.fr (mail.tso-tramway.fr [185.22.130.9])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return make.message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                                  calendar(ics, method="REQUEST", filename="invite.ics",
                                           disposition="attachment", name_param=True, cte="8bit")))


# =========================================================================== positives: rescheduled


@make.mail(N(18), family="lever", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-28T14:00:00Z", end="2026-10-28T15:00:00Z",
           contact="ines.garnier@atelia-rail.fr", company="Atelia Rail",
           local="Wed 2026-10-28 15:00", local_end="2026-10-28 16:00", zone=ZP,
           note="Lever reschedule sent Fri 23 Oct (CEST) with old (mardi 27 octobre 10:00) and new time: mercredi "
                "28 octobre 2026 15:00-16:00 heure de Paris, CET after 25 Oct so 14:00-15:00 UTC; ICS SEQUENCE:1 "
                "same UID; contact = Reply-To")
def m18() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre entretien avec Atelia Rail a été reprogrammé à la demande de l'équipe.

        Ancien créneau : mardi 27 octobre 2026, 10:00 - 11:00
        Nouveau créneau : mercredi 28 octobre 2026, 15:00 - 16:00 (heure de Paris, CET)

        Le lieu ne change pas : Atelia Rail - 8 rue de l'Ourcq, 75019 Paris, 3e étage.

        Inès Garnier vous prie de l'excuser pour ce changement : Thomas Perrin sera en déplacement sur le site de Villeneuve mardi. L'invitation jointe remplace la précédente.

        À très bientôt,
        L'équipe Atelia Rail
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-3f0c2a71-9d44-4b1e-a1c8-5e2f7d902b61
        DTSTAMP:{z("2026-10-23 11:05", ZP)}
        DTSTART:{z("2026-10-28 15:00", ZP)}
        DTEND:{z("2026-10-28 16:00", ZP)}
        SUMMARY:Entretien Atelia Rail - Mathieu Dupuy
        LOCATION:Atelia Rail\\, 8 rue de l'Ourcq\\, 75019 Paris
        ORGANIZER;CN=Inès Garnier:mailto:ines.garnier@atelia-rail.fr
        ATTENDEE;CN=Mathieu Dupuy;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.dupuy@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Atelia Rail", "no-reply@hire.lever.co"),
              "Entretien reprogrammé : Atelia Rail", "2026-10-23 11:05", ZP, "hire.lever.co",
              reply_to=addr("Inès Garnier", "ines.garnier@atelia-rail.fr"),
              relay="from mail.hire.lever.co (mail.hire.lever.co [198.2.180.11])")
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(N(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-09-25T12:30:00Z", end=None,
           contact="jerome.castets@atelier-bigorre.fr", company="Atelier Bigorre Ferroviaire",
           local="Fri 2026-09-25 14:30", zone=ZP,
           note="Same-morning tu mail (Thu 24 Sep 09:10) moving that afternoon's interview to 'demain vendredi, même "
                "heure, 14h30': 'demain' resolved against the Date = Fri 25 Sep, CEST so 12:30 UTC; rescheduled")
def m19() -> bytes:
    body = t("""
        Salut Mathieu,

        Petit imprévu : Pascale est coincée à Toulouse aujourd'hui pour un audit, elle ne sera pas rentrée cet après-midi. Du coup on décale à demain vendredi, même heure (14h30), toujours à l'atelier. Je préfère qu'elle soit là.

        Désolé pour le contretemps, si ça coince de ton côté appelle-moi au 05 62 00 00 00.

        Jérôme

        Le 21/09/2026 à 18:47, Jérôme Castets a écrit :
        > Salut Mathieu,
        >
        > Comme je te disais au téléphone tout à l'heure, Pascale (la RH) est OK pour qu'on se voie cette semaine pour le poste de chef d'équipe planification.
        >
        > On dit donc jeudi à 14h30, à l'atelier, 4 route de Lourdes à Tarbes.
        """)
    hs = head(addr("Jérôme Castets", "jerome.castets@atelier-bigorre.fr"),
              "Re: Entretien chef d'équipe planif", "2026-09-24 09:10", ZP, "atelier-bigorre.fr",
              relay="from smtp.atelier-bigorre.fr (smtp.atelier-bigorre.fr [51.91.12.44])",
              in_reply_to=mid("Entretien chef d'équipe planif2026-09-21 18:47", "atelier-bigorre.fr"),
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),))
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(20), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="ma.gagnon@laurentiderail.ca", company="Laurentide Rail Systems",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=ZT,
           note="Exchange meeting update (SEQUENCE:1, TZID 'Eastern Standard Time' + VTIMEZONE) sent Mon 26 Oct in "
                "EDT moving the 29 Oct interview to Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern "
                "Time, after the 1 Nov change: EST so 15:00-16:00 UTC (16:00 Paris); contact = organizer/sender")
def m20() -> bytes:
    teams = TEAMS_EN.format(tid="ZDk4YjE1MmEtNGQx", mtg="271 554 903 218", code="qR4vN8")
    body = t("""
        Hi Mathieu,

        I have to be at our Sudbury shop on Thursday for an audit, so I'm moving our conversation to Tuesday, November 3 at 10:00 AM Toronto time (4:00 PM for you in France). Chloé is aware. Apologies for the change and looking forward to speaking with you.

        Marc-André

        Marc-André Gagnon
        Director, Fleet Maintenance
        Laurentide Rail Systems Inc.
        """) + "\n" + teams
    plain = ("When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Hi Mathieu,</p>\n"
            "<p>I have to be at our Sudbury shop on Thursday for an audit, so I'm moving our conversation to Tuesday, "
            "November 3 at 10:00 AM Toronto time (4:00 PM for you in France). Chlo&eacute; is aware. Apologies for the "
            "change and looking forward to speaking with you.</p>\n<p>Marc-Andr&eacute;</p>\n"
            "<div style=\"font-size:24px;color:#252424\">Microsoft Teams meeting</div>\n"
            "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk4YjE1MmEtNGQx%40thread.v2/0\">"
            "Click here to join the meeting</a></div>\n<div>Meeting ID: 271 554 903 218<br>Passcode: qR4vN8</div>\n"
            "</div></body></html>\n")
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {make.VTZ["Eastern Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN="Gagnon, Marc-André":mailto:ma.gagnon@laurentiderail.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Dupuy:mailto:mathieu.dupuy@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bergeron, Chloé":mailto:chloe.bergeron@laurentiderail.ca
        DESCRIPTION;LANGUAGE=en-US:Hi Mathieu\\,\\n\\nI have to be at our Sudbury shop on Thursday for an audit\\, so I'm moving our conversation to Tuesday\\, November 3 at 10:00 AM Toronto time.\\n
        UID:040000008200E00074C5B7101A82E00800000000F2D3A4B5C6E7DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=en-US:Interview - Maintenance Planning Lead (M. Dupuy)
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{z("2026-10-26 11:14", ZT)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1873450021
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
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
    subject = "Interview - Maintenance Planning Lead (M. Dupuy)"
    hs = head(addr("Gagnon, Marc-André", "ma.gagnon@laurentiderail.ca"), subject, "2026-10-26 11:14", ZT,
              "YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM",
              cc=addr("Bergeron, Chloé", "chloe.bergeron@laurentiderail.ca"),
              relay="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2118.outbound.protection.outlook.com [40.107.115.118])",
              extra=exchange_headers(subject, "en-US"))
    return make.message(hs, alt(text(plain), html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(21), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-08T08:00:00Z", end=None,
           contact="javier.ortega@ibertrak.es", company="Ibertrak",
           local="Thu 2026-10-08 10:00", zone=ZM,
           note="Hiring manager (Gmail, English) moves Tuesday's interview to 'Thursday 8 October at 10:00 Madrid "
                "time': Madrid is CEST like Paris, so 08:00 UTC; no length restated, end null; contact = sender")
def m21() -> bytes:
    body = t("""
        Hi Mathieu,

        Apologies for the short notice: I have to be at our Zaragoza depot on Tuesday for a bogie overhaul that is running late, so I have moved our interview to Thursday 8 October at 10:00 Madrid time (the same time zone as yours, so 10:00 for you too). Laura has already updated the calendar invitation and the Google Meet link stays the same.

        Looking forward to talking with you on Thursday.

        Best regards,
        Javier

        --
        Javier Ortega
        Head of Rolling Stock Maintenance
        Ibertrak - Ferrocarriles Ibéricos de Tracción S.L.
        """)
    hs = head(addr("Javier Ortega", "javier.ortega@ibertrak.es"),
              "Interview on Tuesday - new date", "2026-10-05 09:30", ZM, "mail.gmail.com",
              cc=addr("Laura Sanz", "laura.sanz@ibertrak.es"),
              relay="from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


# =========================================================================== positives: cancelled


@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-10-02T09:00:00Z", end=None,
           contact="helene.castagne@motrice-pyrene.fr", company="Motrice Pyrène",
           local="Fri 2026-10-02 11:00", zone=ZP,
           note="HR cancels (vous, position filled internally) the interview 'prévu ce vendredi 2 octobre à 11h00': "
                "CEST so 09:00 UTC is the cancelled slot; no new time")
def m22() -> bytes:
    body = t("""
        Bonjour Monsieur Dupuy,

        Je suis au regret de devoir annuler l'entretien prévu ce vendredi 2 octobre à 11h00 pour le poste de Technicien méthodes et planification : le poste vient d'être pourvu par une mobilité interne, que nous ne pouvions pas anticiper au moment de notre invitation.

        Votre profil a beaucoup plu à M. Lalanne et, avec votre accord, nous conservons votre candidature pour nos prochains recrutements au sein du service méthodes.

        Je vous prie de nous excuser pour ce contretemps.

        Bien cordialement,

        Hélène Castagné
        Responsable ressources humaines
        Motrice Pyrène - ZI du Bazacle - 65000 Tarbes
        """)
    hs = head(addr("Hélène Castagné", "helene.castagne@motrice-pyrene.fr"),
              "Annulation de votre entretien du 2 octobre", "2026-09-29 14:05", ZP, "motrice-pyrene.fr",
              relay="from mail.motrice-pyrene.fr (mail.motrice-pyrene.fr [91.121.70.33])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(23), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-11-16T13:00:00Z", end="2026-11-16T14:00:00Z",
           contact="francois.delmas@halvard-mobilite.fr", company="Groupe Halvard",
           local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:00", zone=ZP,
           note="Exchange 'Annulé :' meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1, Romance "
                "Standard Time) of the lundi 16 novembre 14:00-15:00 interview: CET so 13:00-14:00 UTC is the "
                "cancelled slot; contact = organizer/sender")
def m23() -> bytes:
    body = t("""
        Bonjour Monsieur Dupuy,

        Je suis contraint d'annuler notre entretien de lundi : le recrutement sur ce poste est suspendu dans l'attente de la réorganisation de nos sites du Sud-Ouest. Mme Baylac reviendra vers vous dès que nous aurons plus de visibilité, probablement en début d'année.

        Toutes mes excuses,

        François Delmas
        """)
    plain = ("Quand : lundi 16 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
             "Où : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Bonjour Monsieur Dupuy,</p>\n"
            "<p>Je suis contraint d'annuler notre entretien de lundi : le recrutement sur ce poste est suspendu dans "
            "l'attente de la réorganisation de nos sites du Sud-Ouest. Mme Baylac reviendra vers vous dès que nous "
            "aurons plus de visibilité, probablement en début d'année.</p>\n<p>Toutes mes excuses,</p>\n"
            "<p>François Delmas</p>\n</div></body></html>\n")
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Delmas François:mailto:francois.delmas@halvard-mobilite.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.dupuy@example.com:mailto:mathieu.dupuy@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baylac Aurélie:mailto:aurelie.baylac@halvard-mobilite.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Dupuy\\,\\n\\nJe suis contraint d'annuler notre entretien de lundi.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0E4A1F3C171DC01000000000000000010000000A8B31E6C0D7F3E4AA1A3A5E0F6C9D2B4
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien - Responsable planification maintenance (Groupe Halvard)
        DTSTART;TZID=Romance Standard Time:20261116T140000
        DTEND;TZID=Romance Standard Time:20261116T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:{z("2026-11-12 16:30", ZP)}
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2124719433
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Annulé : Entretien - Responsable planification maintenance (Groupe Halvard)"
    hs = head(addr("Delmas François", "francois.delmas@halvard-mobilite.fr"), subject, "2026-11-12 16:30", ZP,
              "PR3P192MB0841.EURP192.PROD.OUTLOOK.COM",
              cc=addr("Baylac Aurélie", "aurelie.baylac@halvard-mobilite.fr"),
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
              extra=(*exchange_headers(subject), ("Importance", "high")))
    return make.message(hs, alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(24), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-08T08:00:00Z", end=None,
           contact="sandrine.pujol@altiplan-recrutement.fr", company="Compagnie des Bogies de l'Adour",
           local="Tue 2026-12-08 09:00", zone=ZP,
           note="Agency recruiter (vous, windows-1252 8bit) cancels the client meeting of 'mardi prochain, 8 décembre "
                "à 9h00' (client freezes hiring): CET so 08:00 UTC is the cancelled slot; company = hiring client")
def m24() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Je viens d'avoir M. Laborde au téléphone et j'ai malheureusement une mauvaise nouvelle : la Compagnie des Bogies de l'Adour gèle ses recrutements jusqu'à la fin du premier trimestre, suite à la perte d'un contrat de révision. L'entretien de mardi prochain, 8 décembre à 9h00 à Séméac, est donc annulé.

        Je suis vraiment désolée, d'autant que votre profil correspondait parfaitement. Je garde évidemment votre dossier en priorité et je vous recontacte dès qu'ils relancent le poste, ou avant si une autre mission s'y prête.

        Bien cordialement,

        Sandrine Pujol
        Consultante recrutement - Industrie & Transport
        Altiplan Recrutement - Pau
        """)
    hs = head(addr("Sandrine Pujol", "sandrine.pujol@altiplan-recrutement.fr", charset="windows-1252"),
              "Annulation entretien du 8 décembre - Compagnie des Bogies de l'Adour", "2026-12-04 09:15", ZP,
              "altiplan-recrutement.fr",
              relay="from smtp-out.ovh.net (smtp-out.ovh.net [178.32.228.2])",
              in_reply_to=mid("Confirmation entretien - Compagnie des Bogies de l'Adour2026-12-02 17:20",
                              "altiplan-recrutement.fr"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="windows-1252")
    return make.message(hs, text(body, charset="windows-1252", cte="8bit"))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="fr", interview=False, company="Transrégion Maintenance",
           note="Workday rejection after the 15 Sep interview; no time fixed")
def m25() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien pour le poste de Planificateur maintenance matériel roulant (R-10482).

        Après une étude attentive de l'ensemble des candidatures, nous avons le regret de vous informer que nous avons retenu un candidat dont l'expérience correspond plus étroitement aux besoins actuels du Technicentre.

        Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        L'équipe Recrutement Transrégion Maintenance

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Transrégion Maintenance", "transregion@myworkday.com"),
              "Votre candidature chez Transrégion Maintenance", "2026-10-02 11:40", ZP, "myworkday.com",
              relay="from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])")
    return make.message(hs, alt(text(body, cte="base64"), html(make.gmail_html(body), cte="base64")))


@make.mail(N(26), family="application_receipt", lang="fr", interview=False, company="Groupe Halvard",
           note="Taleo acknowledgement of the application (iso-8859-1 QP); no interview, no time")
def m26() -> bytes:
    body = t("""
        Bonjour Mathieu Dupuy,

        Nous accusons bonne réception de votre candidature au poste de Responsable planification maintenance (réf. 2600873) - Toulouse et vous en remercions.

        Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons dans les prochaines semaines pour convenir d'un entretien.

        Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat :
        https://halvard.taleo.net/careersection/ext/mysubmissions.ftl

        Cordialement,

        La Direction des Ressources Humaines
        Groupe Halvard Mobilité

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("Groupe Halvard Mobilité", "halvard@taleo.net", charset="iso-8859-1"),
              "Accusé de réception de votre candidature - Réf. 2600873", "2026-10-22 21:17", ZP, "taleo.net",
              relay="from smtp.taleo.net (smtp.taleo.net [160.34.11.40])", charset="iso-8859-1")
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert (HTML only, base64) listing new maintenance-planning jobs; no time fixed")
def m27() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Vos nouvelles offres</title></head>
        <body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#1d4e89;color:#ffffff;padding:18px;font-size:20px"><b>RailEmploi</b> · Votre alerte « planificateur maintenance - Occitanie / Nouvelle-Aquitaine »</td></tr>
        <tr><td style="padding:18px;font-size:14px;color:#222">
        <p>Bonjour Mathieu, 4 nouvelles offres correspondent à votre alerte :</p>
        <p><a href="https://www.railemploi.example.net/offre/88421" style="color:#1d4e89;font-size:16px"><b>Planificateur maintenance matériel roulant H/F</b></a><br>Technirail Sud · Toulouse (31) · CDI · publié il y a 2 jours</p>
        <p><a href="https://www.railemploi.example.net/offre/88417" style="color:#1d4e89;font-size:16px"><b>Ordonnanceur maintenance ferroviaire H/F</b></a><br>Garonne Matériel · Bordeaux (33) · CDI · publié hier</p>
        <p><a href="https://www.railemploi.example.net/offre/88390" style="color:#1d4e89;font-size:16px"><b>Technicien méthodes maintenance H/F</b></a><br>Motrice Pyrène · Tarbes (65) · CDI · publié il y a 3 jours</p>
        <p><a href="https://www.railemploi.example.net/offre/88302" style="color:#1d4e89;font-size:16px"><b>Chef d'équipe planification atelier H/F</b></a><br>Atelier Bigorre Ferroviaire · Tarbes (65) · CDI · publié il y a 5 jours</p>
        <p style="text-align:center"><a href="https://www.railemploi.example.net/alertes" style="background:#f28c28;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:4px">Voir toutes les offres</a></p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur RailEmploi. <a href="https://www.railemploi.example.net/alertes/desabonnement">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("RailEmploi", "alertes@railemploi.example.net"),
              "4 nouvelles offres : planificateur maintenance", "2026-09-07 07:05", ZP, "railemploi.example.net",
              relay="from mta12.railemploi.example.net (mta12.railemploi.example.net [185.41.9.12])",
              extra=(("List-Unsubscribe", "<https://www.railemploi.example.net/alertes/desabonnement>"),))
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(28), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Career newsletter '7 questions pièges en entretien'; 'entretien' everywhere but nothing scheduled")
def m28() -> bytes:
    body = t("""
        Le Mag Carrières Industrie - n°142

        7 questions pièges en entretien d'embauche (et comment y répondre)
        « Quel est votre plus grand défaut ? », « Pourquoi voulez-vous quitter votre poste actuel ? »... Nos recruteurs décryptent les questions qui déstabilisent et vous donnent des exemples de réponses adaptées aux métiers de la maintenance.
        Lire l'article : https://mag.carrieres-industrie.example.net/questions-pieges

        Entretien en visio : la check-list technique
        Caméra, micro, éclairage, arrière-plan : 10 minutes de préparation qui font la différence.
        Lire l'article : https://mag.carrieres-industrie.example.net/visio-checklist

        Salaires 2026 : combien gagne un planificateur maintenance ?
        Notre étude annuelle par région et par secteur (ferroviaire, aéronautique, énergie).
        Lire l'étude : https://mag.carrieres-industrie.example.net/salaires-2026

        --
        Vous recevez cette newsletter car vous êtes inscrit sur Carrières Industrie.
        Se désinscrire : https://mag.carrieres-industrie.example.net/unsubscribe
        """)
    hs = head(addr("Le Mag Carrières Industrie", "newsletter@carrieres-industrie.example.net"),
              "7 questions pièges en entretien d'embauche", "2026-10-18 08:00", ZP,
              "carrieres-industrie.example.net",
              relay="from mail183.sendinblue-mta.example.net (mail183.sendinblue-mta.example.net [185.107.232.183])",
              extra=(("List-Unsubscribe", "<https://mag.carrieres-industrie.example.net/unsubscribe>"),
                     ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="recruiter_outreach", lang="fr", interview=False, company="Hélix Talents",
           note="Cold outreach from a recruitment agency, asks for a call 'la semaine prochaine'; nothing fixed")
def m29() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Je me permets de vous contacter suite à la consultation de votre profil : votre parcours en planification de la maintenance du matériel roulant correspond à une mission que je mène pour un constructeur implanté dans le Sud-Ouest (poste de Responsable méthodes et planification, basé à Bayonne).

        Seriez-vous ouvert à un premier échange téléphonique de 20 minutes la semaine prochaine ? Si oui, indiquez-moi simplement vos disponibilités, je m'adapterai.

        Bien cordialement,

        Romain Etcheverry
        Consultant senior - Hélix Talents
        """)
    hs = head(addr("Romain Etcheverry", "r.etcheverry@helix-talents.fr"),
              "Opportunité - Responsable méthodes et planification (Bayonne)", "2026-09-01 10:47", ZP,
              "helix-talents.fr",
              relay="from mail-eopbgr130.outbound.protection.outlook.com (mail-eopbgr130.outbound.protection.outlook.com [40.107.13.130])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Ibertrak",
           note="Recruiter asks Mathieu to pick a 60-minute slot 'next week' through a booking link; no time fixed yet")
def m30() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for your application for the Maintenance Planner position at our Zaragoza depot. Javier Ortega, our Head of Rolling Stock Maintenance, would like to have a technical conversation with you (about 60 minutes, in English, on Google Meet).

        Could you please choose a slot that suits you in the week of 5 October using the link below? All times are shown in your own time zone.

        https://calendar.app.google/ibertrak-technical-interview-jo

        Once you have booked, you will receive a calendar invitation.

        Best regards,
        Laura Sanz
        Talent Acquisition, Ibertrak
        """)
    hs = head(addr("Laura Sanz", "laura.sanz@ibertrak.es"),
              "Ibertrak - next step: technical interview", "2026-09-24 17:10", ZM, "mail.gmail.com",
              relay="from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(31), family="availability_request", lang="fr", interview=False, company="Pyrénées Traction",
           note="HR proposes two slots (lundi 30 novembre 10h30 or mardi 1er décembre 14h00) and asks which one "
                "suits: a proposal, nothing confirmed yet (the confirmation is the later reply in the thread)",
           days=(("Mon", "2026-11-30"), ("Tue", "2026-12-01")))
def m31() -> bytes:
    body = t("""
        Bonjour Monsieur Dupuy,

        Votre candidature a retenu notre attention. M. Sarrat, responsable maintenance, souhaiterait vous rencontrer à Lannemezan. Seriez-vous disponible le lundi 30 novembre à 10h30 ou le mardi 1er décembre à 14h00 ?

        Bien cordialement,
        Sophie Ader
        Ressources humaines - Pyrénées Traction
        """)
    hs = head(addr("Sophie Ader", "sophie.ader@pyrenees-traction.fr"),
              "Candidature - Planificateur maintenance", "2026-11-19 15:02", ZP,
              "AM0PR09MB4421.eurprd09.prod.outlook.com",
              cc=addr("Olivier Sarrat", "olivier.sarrat@pyrenees-traction.fr"),
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2072.outbound.protection.outlook.com [40.107.104.72])",
              extra=exchange_headers("Candidature - Planificateur maintenance"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(32), family="out_of_office", lang="fr", interview=False, company="Transrégion Maintenance",
           note="Out-of-office auto-reply to Mathieu's thank-you note; return date only", days=(("Mon", "2026-09-21"),))
def m32() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du bureau jusqu'au lundi 21 septembre inclus, avec un accès limité à ma messagerie.
        Pour toute demande urgente concernant un recrutement, merci de contacter recrutement@transregion-maintenance.fr.

        Cordialement,
        Julien Marchetti
        """)
    hs = head(addr("Julien Marchetti", "julien.marchetti@transregion-maintenance.fr"),
              "Réponse automatique : Merci pour l'entretien de ce matin", "2026-09-16 08:31", ZP,
              "transregion-maintenance.fr",
              relay="from mail.transregion-maintenance.fr (mail.transregion-maintenance.fr [193.252.22.80])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))
    return make.message(hs, text(body))


@make.mail(N(33), family="bounce", lang="fr", interview=False, company=None,
           note="DSN (multipart/report) for Mathieu's thank-you mail to a mistyped Atelia address; the returned "
                "message mentions the interview of the day but confirms nothing")
def m33() -> bytes:
    original = make.message([
        ("From", ME),
        ("To", addr("Inès Garnier", "ines.garnier@atelia-rai.fr")),
        ("Subject", enc("Merci pour l'entretien de cet après-midi")),
        ("Date", make.date("2026-10-28 18:52", ZP)),
        ("Message-ID", mid("thanks-atelia", "example.com")),
    ], text(t("""
        Bonjour Inès,

        Merci encore pour l'entretien de cet après-midi avec Thomas Perrin, j'ai beaucoup apprécié la présentation du projet de maintenance conditionnelle.

        Je reste à votre disposition pour la suite.

        Bien cordialement,
        Mathieu Dupuy
        """)))
    explain = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <ines.garnier@atelia-rai.fr>: Host or domain name not found. Name service error
            for name=atelia-rai.fr type=A: Host not found
        """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4XkP2B1sZQz9s
        Arrival-Date: Wed, 28 Oct 2026 17:52:04 +0000 (UTC)

        Final-Recipient: rfc822; ines.garnier@atelia-rai.fr
        Original-Recipient: rfc822;ines.garnier@atelia-rai.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=atelia-rai.fr type=A: Host not found
        """))
    report = make.multipart("report", text(explain, charset="us-ascii", cte="7bit",
                                           extra=(("Content-Description", "Notification"),)),
                            status, make.attached_message(original), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.com"),
              "Undelivered Mail Returned to Sender", "2026-10-28 18:52", ZP, "mx1.example.com",
              extra=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, report)


@make.mail(N(34), family="offer", lang="fr", interview=False, company="Sillon Ingénierie",
           note="Job offer after the two interviews; asks for an answer 'avant le vendredi 11 décembre'; no meeting",
           days=(("Fri", "2026-12-11"), ("Mon", "2027-01-04")))
def m34() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Suite à vos entretiens avec Benoît et Magali, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Planificateur maintenance ferroviaire au sein de notre agence de Bordeaux.

        Vous trouverez en pièce jointe notre proposition d'embauche (CDI, statut cadre, 46 k€ bruts annuels + variable, prise de poste souhaitée le lundi 4 janvier 2027 ; une aide à la mobilité est prévue pour votre installation).

        Nous vous remercions de nous faire part de votre réponse avant le vendredi 11 décembre. Je reste bien sûr disponible pour en discuter par téléphone d'ici là.

        Bien cordialement,

        Claire Dufau
        Talent Acquisition - Sillon Ingénierie
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_embauche_M_Dupuy.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_embauche_M_Dupuy.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\r\n"
                    b"MiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9v\r\n"
                    b"dCAxIDAgUj4+CiUlRU9GCg==\r\n")
    hs = head(addr("Claire Dufau", "claire.dufau@sillon-ingenierie.fr"),
              "Proposition d'embauche - Planificateur maintenance ferroviaire", "2026-12-03 17:45", ZP,
              "sillon-ingenierie.fr",
              relay="from mail-eopbgr80.outbound.protection.outlook.com (mail-eopbgr80.outbound.protection.outlook.com [40.107.8.80])")
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))), pdf))


@make.mail(N(35), family="post_interview", lang="en", interview=False, company="Ibertrak",
           note="Thank-you after yesterday's interview, 'we will come back to you next week'; nothing scheduled")
def m35() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for your time yesterday, and again sorry for moving the date. Javier really enjoyed the discussion about your preventive-maintenance planning for the regional fleet.

        We are meeting two more candidates this week and will come back to you next week at the latest with the next steps.

        Kind regards,
        Laura

        On Thu, 8 Oct 2026 at 19:02, Mathieu Dupuy <mathieu.dupuy@example.com> wrote:
        > Hi Laura, hi Javier,
        >
        > Thank you for this morning's interview, it was a pleasure to learn more about the Zaragoza depot.
        >
        > Best regards,
        > Mathieu
        """)
    hs = head(addr("Laura Sanz", "laura.sanz@ibertrak.es"),
              "Re: Thank you - Maintenance Planner interview", "2026-10-09 12:20", ZM, "mail.gmail.com",
              relay="from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])",
              in_reply_to=mid("thanks-ibertrak", "example.com"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Dentist appointment reminder (windows-1252 QP): fixed time, not an interview",
           days=(("Tue", "2026-10-20"),))
def m36() -> bytes:
    body = t("""
        Bonjour Mathieu DUPUY,

        Nous vous rappelons votre rendez-vous :

        Mardi 20 octobre 2026 à 17h45
        Dr Élodie Lacoste - Chirurgien-dentiste
        Cabinet dentaire des Arcades, 14 place de Verdun, 65000 Tarbes

        En cas d'empêchement, merci d'annuler votre rendez-vous au moins 48 h à l'avance depuis votre compte :
        https://www.rdvsante.example.net/mes-rendez-vous

        Ceci est un message automatique, merci de ne pas y répondre.
        RdvSanté
        """)
    hs = head(addr("RdvSanté", "ne-pas-repondre@rdvsante.example.net"),
              "Rappel : votre rendez-vous du mardi 20 octobre à 17h45", "2026-10-19 18:00", ZP,
              "rdvsante.example.net",
              relay="from smtp3.rdvsante.example.net (smtp3.rdvsante.example.net [51.159.70.3])",
              charset="windows-1252")
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Outlook meeting request from Mathieu's current manager (Romance Standard Time ICS): quarterly "
                "maintenance-planning review, fixed time, not a job interview", days=(("Thu", "2026-09-17"),))
def m37() -> bytes:
    plain = t("""
        Quand : jeudi 17 septembre 2026 09:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Pic du Midi (bâtiment administratif)

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Revue du plan de maintenance T4 : charge atelier, immobilisations prévues des rames, pièces longues à approvisionner. Mathieu, peux-tu préparer le plan de charge consolidé ?

        Merci,
        Laurent
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Lafforgue Laurent:mailto:laurent.lafforgue@soferail.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dupuy Mathieu:mailto:mathieu.dupuy@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Soulé Christine:mailto:christine.soule@soferail.fr
        UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9
        SUMMARY;LANGUAGE=fr-FR:Revue planning maintenance T4
        DTSTART;TZID=Romance Standard Time:20260917T090000
        DTEND;TZID=Romance Standard Time:20260917T110000
        DTSTAMP:{z("2026-09-11 14:20", ZP)}
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Pic du Midi (bâtiment administratif)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Revue planning maintenance T4"
    hs = head(addr("Lafforgue Laurent", "laurent.lafforgue@soferail.fr"), subject, "2026-09-11 14:20", ZP,
              "PAXP193MB1733.EURP193.PROD.OUTLOOK.COM",
              relay="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2063.outbound.protection.outlook.com [40.107.0.63])",
              extra=exchange_headers(subject))
    return make.message(hs, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Current employer's HR invitation to the annual appraisal ('entretien annuel d'évaluation'): a fixed "
                "'entretien', but not a job interview", days=(("Wed", "2026-12-09"), ("Fri", "2026-12-04")))
def m38() -> bytes:
    plain = t("""
        Quand : mercredi 9 décembre 2026 10:00-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bureau de Laurent Lafforgue

        *~*~*~*~*~*~*~*~*~*

        Bonjour Mathieu,

        Dans le cadre de la campagne 2026, votre entretien annuel d'évaluation et votre entretien professionnel auront lieu avec Laurent Lafforgue. Merci de compléter votre auto-évaluation dans l'outil RH avant le vendredi 4 décembre.

        Cordialement,
        Christine Soulé
        Ressources humaines - Soferail Tarbes
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Soulé Christine:mailto:christine.soule@soferail.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dupuy Mathieu:mailto:mathieu.dupuy@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lafforgue Laurent:mailto:laurent.lafforgue@soferail.fr
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 - Mathieu Dupuy
        DTSTART;TZID=Romance Standard Time:20261209T100000
        DTEND;TZID=Romance Standard Time:20261209T113000
        DTSTAMP:{z("2026-11-23 10:05", ZP)}
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau de Laurent Lafforgue
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Entretien annuel d'évaluation 2026 - Mathieu Dupuy"
    hs = head(addr("Soulé Christine", "christine.soule@soferail.fr"), subject, "2026-11-23 10:05", ZP,
              "PAXP193MB1733.EURP193.PROD.OUTLOOK.COM",
              relay="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2063.outbound.protection.outlook.com [40.107.0.63])",
              extra=exchange_headers(subject))
    return make.message(hs, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(39), family="travel_ticket", lang="fr", interview=False, company=None,
           note="Train e-ticket Tarbes -> Bordeaux for the day of the Sillon second round; a fixed departure time, "
                "not an interview", days=(("Fri", "2026-10-30"),))
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f2f2f2">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
        <h1 style="font-size:20px;color:#8c0f3c">Votre e-billet est prêt</h1>
        <p>Bonjour Mathieu,</p>
        <p>Merci pour votre réservation. Voici le récapitulatif de votre voyage (référence <b>QXH7R2</b>) :</p>
        <table cellpadding="6" style="border:1px solid #ddd;width:100%">
        <tr><td colspan="2" style="background:#faf0f3"><b>Aller - vendredi 30 octobre 2026</b></td></tr>
        <tr><td>08:34 Tarbes</td><td>→ 11:47 Bordeaux Saint-Jean</td></tr>
        <tr><td>Train Intercités 3942</td><td>Voiture 14, place 62 - 2de classe</td></tr>
        <tr><td colspan="2" style="background:#faf0f3"><b>Retour - vendredi 30 octobre 2026</b></td></tr>
        <tr><td>17:52 Bordeaux Saint-Jean</td><td>→ 21:05 Tarbes</td></tr>
        <tr><td>Train Intercités 3949</td><td>Voiture 12, place 45 - 2de classe</td></tr>
        </table>
        <p>Total payé : 78,40 €</p>
        <p>Présentez votre e-billet (PDF joint ou application) lors du contrôle.</p>
        <p style="font-size:11px;color:#777">Rail Voyages Occitanie - ce message est envoyé automatiquement.</p>
        </div></body></html>
        """)
    hs = head(addr("Rail Voyages", "confirmation@railvoyages.example.net"),
              "Votre e-billet : Tarbes → Bordeaux, vendredi 30 octobre", "2026-10-27 21:32", ZP,
              "railvoyages.example.net",
              relay="from mta-out4.railvoyages.example.net (mta-out4.railvoyages.example.net [92.39.124.4])")
    return make.message(hs, html(page))


@make.mail(N(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Garage service appointment confirmation: fixed time, not an interview", days=(("Sat", "2026-11-07"),))
def m40() -> bytes:
    body = t("""
        Bonjour M. Dupuy,

        Votre rendez-vous atelier est confirmé :

        Samedi 7 novembre 2026 à 08h30
        Révision des 60 000 km + remplacement des plaquettes avant
        Garage Auto Bigorre, 112 avenue de la Libération, 65000 Tarbes
        Véhicule : Peugeot 308 SW - GH-000-XX

        Durée estimée de l'intervention : 3 heures. Un véhicule de courtoisie peut vous être proposé sur demande.

        À bientôt,
        L'équipe Garage Auto Bigorre
        """)
    hs = head(addr("Garage Auto Bigorre", "atelier@garage-autobigorre.example.net"),
              "Confirmation de votre rendez-vous atelier", "2026-11-04 12:14", ZP, "garage-autobigorre.example.net",
              relay="from smtp.garage-autobigorre.example.net (smtp.garage-autobigorre.example.net [5.39.76.20])")
    return make.message(hs, text(body))


@make.mail(N(41), family="assessment", lang="fr", interview=False, company="VMSO",
           note="SmartRecruiters online-test invitation with a deadline (jeudi 22 octobre 23h59); no interview time",
           days=(("Thu", "2026-10-22"),))
def m41() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci pour votre candidature au poste de Planificateur maintenance chez VMSO - Voies & Matériel du Sud-Ouest.

        La prochaine étape de notre processus est un test en ligne (raisonnement logique et cas pratique de planification, 45 minutes environ). Merci de le compléter avant le jeudi 22 octobre à 23h59 :

        https://vmso.smartrecruiters.example.net/assessment/7f2c1d

        Le test peut être réalisé au moment de votre choix, en une seule fois.

        Bien cordialement,
        L'équipe Recrutement VMSO
        """)
    hs = head(addr("VMSO", "noreply@smartrecruiters.com"),
              "VMSO - test en ligne à compléter", "2026-10-19 09:12", ZP, "smartrecruiters.com",
              relay="from o1.mail.smartrecruiters.com (o1.mail.smartrecruiters.com [167.89.100.12])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Amateur rugby club's convocation to its general assembly (tu): fixed time, not an interview",
           days=(("Fri", "2026-11-27"),))
def m42() -> bytes:
    body = t("""
        Salut à tous,

        L'assemblée générale de l'US Bigorre XV aura lieu le vendredi 27 novembre à 19h au club-house du stade municipal d'Aureilhan.

        Au programme : bilan sportif et financier, renouvellement du bureau, organisation du tournoi des jeunes de printemps. On finira par le pot habituel (chacun amène un truc).

        Si tu ne peux pas venir, pense à donner ton pouvoir à un autre licencié.

        Sportivement,
        Didier, secrétaire du club
        """)
    hs = head(addr("US Bigorre XV", "secretariat@usbigorre15.example.net"),
              "Convocation AG du club - vendredi 27 novembre", "2026-11-10 20:41", ZP, "usbigorre15.example.net",
              to="undisclosed-recipients:;",
              relay="from smtp.free.example.net (smtp.free.example.net [212.27.42.2])")
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(43), family="availability_request", lang="en", interview=False, company="Laurentide Rail Systems",
           note="GoodTime availability request for the final round (share availability between Nov 16 and Nov 20); "
                "no time fixed yet")
def m43() -> bytes:
    body = t("""
        Hi Mathieu,

        Congratulations on moving forward to the final round for the Maintenance Planning Lead role! The final round is a series of three video interviews (about 2.5 hours in total).

        Please share your availability for the week of November 16 using the link below. The times are shown in your time zone (Central European Time), and we will do our best to schedule the sessions in the morning in Toronto so they fall in your afternoon.

        Share my availability: https://app.goodtime.example.net/availability/a3f9c2e1

        Thanks,
        Priya Nair
        Recruiting Coordinator, Laurentide Rail Systems
        """)
    hs = head(addr("Laurentide Rail Systems Recruiting", "scheduling@mail.goodtime.io"),
              "Action needed: share your availability - Maintenance Planning Lead", "2026-11-05 10:05", ZT,
              "mail.goodtime.io", reply_to=addr("Priya Nair", "priya.nair@laurentiderail.ca"),
              relay="from o3.ptr4521.goodtime.io (o3.ptr4521.goodtime.io [149.72.80.33])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(44), family="rejection", lang="fr", interview=False, company="Railsense",
           note="Ashby rejection after the 19 Nov interview; no time fixed")
def m44() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci d'avoir pris le temps d'échanger avec Yanis et moi la semaine dernière, et pour la qualité de votre étude de cas.

        Après réflexion, nous avons décidé de poursuivre avec un profil plus orienté data pour ce poste de Product Ops. Ce n'était pas une décision facile : votre connaissance terrain de la maintenance des bogies nous a vraiment marqués.

        Nous serions ravis de rester en contact pour de futurs postes plus proches des opérations.

        Bonne continuation,
        Camille Roux
        Talent & People - Railsense
        """)
    hs = head(addr("Camille Roux (Railsense)", "no-reply@ashbyhq.com"),
              "Votre candidature chez Railsense", "2026-11-26 18:03", ZP, "ashbyhq.com",
              reply_to=addr("Camille Roux", "camille.roux@railsense.io"),
              to=addr("Mathieu Dupuy", "mathieu.dupuy@example.org"),
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(45), family="webinar", lang="fr", interview=False, company=None,
           note="Industry-association webinar registration on predictive maintenance: fixed time, not an interview",
           days=(("Thu", "2026-10-15"),))
def m45() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre inscription est confirmée.

        Webinaire : Maintenance prédictive du matériel roulant - retours d'expérience
        Jeudi 15 octobre 2026, de 11h00 à 12h00 (heure de Paris)
        Intervenants : responsables maintenance de trois exploitants régionaux

        Lien de connexion personnel : https://webinaires.afmr.example.net/j/5521987

        Le replay sera envoyé à tous les inscrits.

        L'équipe de l'Association française de la maintenance ferroviaire (AFMR)
        """)
    hs = head(addr("AFMR Webinaires", "webinaires@afmr.example.net"),
              "Confirmation d'inscription : Maintenance prédictive du matériel roulant", "2026-09-30 13:26", ZP,
              "afmr.example.net",
              relay="from mail.afmr.example.net (mail.afmr.example.net [178.33.10.11])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(46), family="job_fair", lang="fr", interview=False, company=None,
           note="Job-fair visitor badge: fixed day and opening hours, not an interview", days=(("Thu", "2026-11-12"),))
def m46() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci pour votre inscription au Forum Rail Emploi Occitanie !

        Jeudi 12 novembre 2026, de 9h00 à 17h00
        Parc des expositions, hall 3, Toulouse

        Votre badge visiteur est joint à ce message : imprimez-le ou présentez-le sur votre téléphone à l'entrée.
        Plus de 40 entreprises du ferroviaire seront présentes. Pensez à apporter plusieurs exemplaires de votre CV.

        L'équipe du Forum Rail Emploi Occitanie
        """)
    badge = make.Part([("Content-Type", 'application/pdf; name="badge_forum_rail_emploi.pdf"'),
                       ("Content-Disposition", 'attachment; filename="badge_forum_rail_emploi.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      b"JVBERi0xLjQKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEg\r\n"
                      b"MCBSPj4KJSVFT0YK\r\n")
    hs = head(addr("Forum Rail Emploi Occitanie", "contact@forum-railemploi.example.net"),
              "Votre badge - Forum Rail Emploi Occitanie", "2026-11-02 09:30", ZP, "forum-railemploi.example.net",
              relay="from mail.forum-railemploi.example.net (mail.forum-railemploi.example.net [62.210.16.61])")
    return make.message(hs, mixed(text(body), badge))


@make.mail(N(47), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Bank advisor appointment confirmation (mortgage simulation for a possible move): fixed time, not an "
                "interview", days=(("Fri", "2026-12-11"),))
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
        <p>Bonjour Monsieur Dupuy,</p>
        <p>Nous vous confirmons votre rendez-vous avec votre conseiller, <b>M. Nicolas Abadie</b> :</p>
        <p><b>vendredi 11 décembre 2026 à 17h30</b><br>Agence de Tarbes Centre - 5 rue Brauhauban<br>Objet : simulation de prêt immobilier</p>
        <p>Pensez à vous munir de vos trois derniers bulletins de salaire et de votre dernier avis d'imposition.</p>
        <p>Votre Banque des Gaves</p>
        <p style="font-size:10px;color:#999">Ce message vous est adressé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("Banque des Gaves", "rendezvous@banquedesgaves.example.net"),
              "Confirmation de votre rendez-vous en agence", "2026-12-01 12:02", ZP, "banquedesgaves.example.net",
              relay="from mx-out.banquedesgaves.example.net (mx-out.banquedesgaves.example.net [194.5.77.12])")
    return make.message(hs, html(page, charset="iso-8859-1"))


@make.mail(N(48), family="offer", lang="en", interview=False, company="Laurentide Rail Systems",
           note="Offer from the Toronto employer with an answer deadline (Friday, December 11, 5:00 PM ET); a "
                "deadline, not a meeting", days=(("Fri", "2026-12-11"), ("Mon", "2027-03-01")))
def m48() -> bytes:
    body = t("""
        Dear Mathieu,

        On behalf of Laurentide Rail Systems, I am delighted to offer you the position of Maintenance Planning Lead at our Scarborough maintenance facility in Toronto, reporting to Marc-André Gagnon.

        Please find your offer letter attached, including compensation, relocation support and the work permit sponsorship we discussed. The proposed start date is Monday, March 1, 2027, subject to your work permit.

        We would appreciate your answer by Friday, December 11, 5:00 PM ET. I am happy to set up a call with Marc-André if you have any questions.

        Warm regards,

        Chloé Bergeron
        Talent Acquisition Partner
        Laurentide Rail Systems Inc.
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Mathieu_Dupuy.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_Mathieu_Dupuy.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEg\r\n"
                    b"MCBSPj4KJSVFT0YK\r\n")
    hs = head(addr("Bergeron, Chloé", "chloe.bergeron@laurentiderail.ca"),
              "Offer of Employment - Maintenance Planning Lead", "2026-12-01 16:25", ZT,
              "YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM",
              cc=addr("Gagnon, Marc-André", "ma.gagnon@laurentiderail.ca"),
              relay="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2118.outbound.protection.outlook.com [40.107.115.118])",
              extra=exchange_headers("Offer of Employment - Maintenance Planning Lead", "en-US"))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))), pdf))


@make.mail(N(49), family="personal", lang="fr", interview=False, company=None,
           note="Sister's family-lunch message (tu, 8bit): fixed time, personal, not an interview",
           days=(("Sun", "2026-12-20"),))
def m49() -> bytes:
    body = t("""
        Coucou frangin,

        Maman propose qu'on fasse le repas de Noël avant que tout le monde parte : dimanche 20 décembre à 12h30 chez eux à Bagnères. Tu amènes le dessert ?

        Et tiens-moi au courant pour Bordeaux ou Toronto, elle ne parle que de ça 😄

        Bises,
        Julie
        """)
    hs = head(addr("Julie Dupuy", "julie.dupuy@example.org"),
              "Repas de Noël", "2026-12-14 21:08", ZP, "mail.gmail.com",
              relay="from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return make.message(hs, alt(text(body, cte="8bit"), html(make.gmail_html(body), cte="8bit")))


@make.mail(N(50), family="application_receipt", lang="en", interview=False, company="Ibertrak",
           note="Greenhouse application acknowledgement; no interview, no time")
def m50() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for applying for the Maintenance Planner (Zaragoza depot) role at Ibertrak. Our team will review your application and, if your profile matches what we are looking for, we will contact you to arrange an interview.

        Please note that interviews for this position are held in English.

        Best regards,
        Ibertrak Talent Team

        ** Please do not reply to this email. This mailbox is not monitored. **
        """)
    hs = head(addr("Ibertrak Talent Team", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Ibertrak", "2026-09-14 19:33", ZM, "us.greenhouse-mail.io",
              relay="from mail-1.us.greenhouse-mail.io (mail-1.us.greenhouse-mail.io [198.21.4.60])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))
