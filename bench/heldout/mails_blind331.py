"""blind331: a blind 50-mail held-out set, the inbox of Yann Le Gall, naval-maintenance planner in
Brest (Europe/Paris), September to December 2026.

Written blind on 2026-11-26 by a helper session that read only ``make.py``, ``make_blind.py``, the
non-score sections of the held-out README and the dev corpus README, labels, two dev mails and
``score.py``; it never read the detector, its tests or other held-out mails, and never ran the
detector. Every mail is written by hand as one function below; ``make.py`` does the MIME plumbing.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives. Mostly French
from France (tu and vous), some English (a Norwegian and an Irish employer), one Quebec employer.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(3310331).sample(range(1, 51), 50)
SET = "blind331"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "yann.legall@example.com"
ME_OLD = "yann.legall@example.org"
TO = addr("Yann Le Gall", ME)
PARIS = "Europe/Paris"
OSLO = "Europe/Oslo"
DUBLIN = "Europe/Dublin"
TORONTO = "America/Toronto"


def hdrs(frm, subject, when, zone, mid, relay, *, to=TO, extra=(), charset="utf-8"):
    """Received, From, To, Subject, Date, Message-ID, then the mail's own extra headers."""
    return [
        ("Received", received(relay, when, zone, "mx.example.com with ESMTPS id " + mid[1:9], ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
OSLO_VTZ = VTZ["Europe/Stockholm"].replace("Europe/Stockholm", "Europe/Oslo")


def teams_fr(meeting_id, code, tail):
    return t(f"""
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tail}%40thread.v2/0>
        ID de la réunion : {meeting_id}
        Code secret : {code}
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


# =========================================================================== positives


@make.mail(N(1), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="laure.quemener@arsenal-atlantique.fr", company="Arsenal Atlantique Services",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PARIS,
           note="Workday confirmation from a no-reply tenant address; 'mardi 15 septembre 2026, 10:00 - 11:00 "
                "(heure de Paris)', CEST so 08:00Z; contact = the recruiter address in the body")
def arsenal_workday_confirm():
    body = t("""
        Bonjour Yann,

        Nous vous remercions pour l'intérêt que vous portez à Arsenal Atlantique Services.
        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :

        Poste : Planificateur maintenance navale (H/F) - R-04417
        Date : mardi 15 septembre 2026
        Heure : 10:00 - 11:00 (heure de Paris)
        Lieu : Arsenal Atlantique Services - Bâtiment B2, 45 avenue de l'Arsenal, 29200 Brest
        Vous rencontrerez : Erwan Caradec (Responsable planification arrêts techniques)
        et Laure Quéméner (Chargée de recrutement)

        Le site est soumis à contrôle d'accès : merci de vous présenter à l'accueil 15 minutes
        avant l'heure de l'entretien, muni d'une pièce d'identité en cours de validité.

        Pour toute question, vous pouvez contacter Laure Quéméner :
        laure.quemener@arsenal-atlantique.fr

        Cordialement,
        L'équipe Recrutement
        Arsenal Atlantique Services

        Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#0b2a4a;padding:16px;color:#ffffff;font-size:18px">Arsenal Atlantique Services</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Yann,</p>
        <p>Nous vous remercions pour l'intérêt que vous portez à Arsenal Atlantique Services.
        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant&nbsp;:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Poste</b></td><td>Planificateur maintenance navale (H/F) - R-04417</td></tr>
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10:00 - 11:00 (heure de Paris)</td></tr>
        <tr><td><b>Lieu</b></td><td>Arsenal Atlantique Services - Bâtiment B2, 45 avenue de l'Arsenal, 29200 Brest</td></tr>
        <tr><td><b>Vous rencontrerez</b></td><td>Erwan Caradec (Responsable planification arrêts techniques)<br>
        Laure Quéméner (Chargée de recrutement)</td></tr>
        </table>
        <p>Le site est soumis à contrôle d'accès&nbsp;: merci de vous présenter à l'accueil 15 minutes
        avant l'heure de l'entretien, muni d'une pièce d'identité en cours de validité.</p>
        <p>Pour toute question, vous pouvez contacter Laure Quéméner&nbsp;:
        <a href="mailto:laure.quemener@arsenal-atlantique.fr">laure.quemener@arsenal-atlantique.fr</a></p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Arsenal Atlantique Services</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888;padding:12px">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("Arsenal Atlantique Services", "arsenal-atlantique@myworkday.com"),
             "Confirmation de votre entretien - Planificateur maintenance navale (H/F)",
             "2026-09-09 16:12:31", PARIS, "<1331247790.88121.1789049551203@wd5-prod-mail.myworkday.com>",
             "from wd5-smtp-out3.myworkday.com (wd5-smtp-out3.myworkday.com [199.91.144.35])")
    return message(h, alt(text(body), html(page)))


@make.mail(N(2), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T12:00:00Z", end="2026-10-01T13:00:00Z",
           contact="erwan.caradec@arsenal-atlantique.fr", company="Arsenal Atlantique Services",
           local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone=PARIS,
           note="Exchange meeting request for the second round; the time is only in the ICS "
                "(TZID Romance Standard Time 14:00-15:00, CEST) = 12:00Z; contact = sender / ORGANIZER")
def arsenal_outlook_round2():
    body = t("""
        Bonjour Yann,

        Suite à notre premier échange, je vous propose ce second entretien en visio avec
        Mme Podeur (directrice des opérations) et moi-même. L'invitation tient lieu de confirmation.

        Bien cordialement,
        Erwan Caradec
        Responsable planification arrêts techniques
        Arsenal Atlantique Services
        """) + teams_fr("351 208 774 915", "Xk7pQ2", "NzQ3ZjE1YmItYjM0Ni00ZmQ3LWE2NzEtOWQ2MjVmN2E0ZTBh")
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Erwan Caradec:mailto:erwan.caradec@arsenal-atlantique.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Podeur:mailto:sandrine.podeur@arsenal-atlantique.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Yann,\\n\\nSuite à notre premier échange, je vous propose ce second entretien en visio.\\n
UID:040000008200E00074C5B7101A82E00800000000B0D3F7A5E84BDB01000000000000000010000000A9C7E2F41B3D6A4C9E5F0B1C2D3E4F50
SUMMARY;LANGUAGE=fr-FR:Entretien Yann Le Gall - Planificateur maintenance (2e tour)
DTSTART;TZID=Romance Standard Time:20261001T140000
DTEND;TZID=Romance Standard Time:20261001T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123456789
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Erwan Caradec", "erwan.caradec@arsenal-atlantique.fr"),
             "Entretien Yann Le Gall - Planificateur maintenance (2e tour)",
             "2026-09-25 11:05:12", PARIS, "<PR3P194MB0842A1B7C2E94F0D3A1C8E56B3A12@PR3P194MB0842.EURP194.PROD.OUTLOOK.COM>",
             "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2107.outbound.protection.outlook.com [40.107.105.107])",
             extra=[("Thread-Topic", "Entretien Yann Le Gall - Planificateur maintenance (2e tour)"),
                    ("Thread-Index", "AdtPq3V0kQ7rS1m2T0a6nQ8cB4xYwA=="),
                    ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T07:30:00Z", end="2026-09-23T08:15:00Z",
           contact="kari.hovland@nordhavn-offshore.no", company="Nordhavn Offshore Maintenance",
           local="Wed 2026-09-23 09:30", local_end="2026-09-23 10:15", zone=OSLO,
           note="Greenhouse confirmation from Bergen, 'Wednesday, September 23, 2026 9:30 AM - 10:15 AM CEST' "
                "(Oslo = Paris offset) = 07:30Z; ICS attachment with TZID Europe/Oslo; contact = Reply-To recruiter")
def nordhavn_greenhouse():
    body = t("""
        Hi Yann,

        Thank you for scheduling your interview with Nordhavn Offshore Maintenance. Here are the details:

        Position: Maintenance Planner - Vessel Dry-Docking
        Interview: Video interview with Ingrid Solberg (Head of Fleet Maintenance)
        When: Wednesday, September 23, 2026
              9:30 AM - 10:15 AM CEST (Central European Summer Time)
        Where: Microsoft Teams - the link is in the attached calendar invitation

        If you need to reschedule, please reply to this email and let me know.

        Best regards,
        Kari Hovland
        Talent Acquisition Partner | Nordhavn Offshore Maintenance AS
        Bergen, Norway
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Yann,</p>
        <p>Thank you for scheduling your interview with Nordhavn Offshore Maintenance. Here are the details:</p>
        <p><strong>Position:</strong> Maintenance Planner - Vessel Dry-Docking<br>
        <strong>Interview:</strong> Video interview with Ingrid Solberg (Head of Fleet Maintenance)<br>
        <strong>When:</strong> Wednesday, September 23, 2026<br>
        9:30 AM - 10:15 AM CEST (Central European Summer Time)<br>
        <strong>Where:</strong> Microsoft Teams - the link is in the attached calendar invitation</p>
        <p>If you need to reschedule, please reply to this email and let me know.</p>
        <p>Best regards,<br>Kari Hovland<br>Talent Acquisition Partner | Nordhavn Offshore Maintenance AS<br>Bergen, Norway</p>
        <img src="https://app.greenhouse.io/email_tracking/open/5f2b91c7.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{OSLO_VTZ}
BEGIN:VEVENT
UID:gh-interview-77120934-2026@greenhouse.io
DTSTAMP:20260917T114012Z
DTSTART;TZID=Europe/Oslo:20260923T093000
DTEND;TZID=Europe/Oslo:20260923T101500
SUMMARY:Interview: Yann Le Gall / Nordhavn Offshore Maintenance
DESCRIPTION:Video interview with Ingrid Solberg. Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YzA1%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Kari Hovland:mailto:kari.hovland@nordhavn-offshore.no
ATTENDEE;CN=Yann Le Gall;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yann.legall@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Kari Hovland", "no-reply@greenhouse.io"),
             "Interview confirmation: Maintenance Planner - Nordhavn Offshore Maintenance",
             "2026-09-17 13:40:12", OSLO, "<66f0e1c4a9d2b_3c1f2ab8e7d0c1a4@greenhouse-mailer-7b9f.mail>",
             "from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.44])",
             extra=[("Reply-To", addr("Kari Hovland", "kari.hovland@nordhavn-offshore.no"))])
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(4), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T11:00:00Z",
           contact="kari.hovland@nordhavn-offshore.no", company="Nordhavn Offshore Maintenance",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 12:00", zone=OSLO,
           note="GoodTime reschedule sent in CEST (22 Oct) for Tue 27 Oct 10:00-12:00 Oslo, after Europe's "
                "25 Oct change, so CET = 09:00Z; old time (Mon 26 Oct) also shown; ICS in UTC; contact = Reply-To")
def nordhavn_goodtime_resched():
    body = t("""
        Hi Yann,

        Your panel interview with Nordhavn Offshore Maintenance has been rescheduled.

        NEW TIME
        Tuesday, October 27, 2026
        10:00 - 12:00 (GMT+01:00) Central European Time - Oslo

        Previous time (cancelled): Monday, October 26, 2026, 13:00 - 15:00

        Interviewers:
          Ingrid Solberg - Head of Fleet Maintenance
          Magnus Eide - Dry-Dock Project Manager
          Kari Hovland - Talent Acquisition Partner

        Location: Microsoft Teams (link in the calendar invitation)

        Please note that clocks in Norway go back one hour on Sunday, October 25.

        Need to make a change? Reply to this email and your recruiter will help.

        Powered by GoodTime
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9c4f3b1e-5d2a-4f7b-8e61-0a2b3c4d5e6f@goodtime.io
DTSTAMP:20261022T132004Z
DTSTART:20261027T090000Z
DTEND:20261027T110000Z
SEQUENCE:2
SUMMARY:Panel interview - Yann Le Gall (Maintenance Planner)
LOCATION:Microsoft Teams
ORGANIZER;CN=Kari Hovland:mailto:kari.hovland@nordhavn-offshore.no
ATTENDEE;CN=Yann Le Gall;RSVP=TRUE:mailto:yann.legall@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Nordhavn Offshore Maintenance", "scheduling@goodtime.io"),
             "Rescheduled: Panel interview with Nordhavn Offshore Maintenance",
             "2026-10-22 15:20:04", OSLO, "<0100019a0b6f2e4c-5d1e7f3a-8b9c-4d2e-a1f0-3c6b9e8d7a21-000000@email.amazonses.com>",
             "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=[("Reply-To", addr("Kari Hovland", "kari.hovland@nordhavn-offshore.no"))])
    return message(h, alt(text(body, cte="7bit", charset="us-ascii"), calendar(ics)))


@make.mail(N(5), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-02T13:00:00Z", end=None,
           contact="aoife.brennan@ballycottonmarine.ie", company="Ballycotton Marine Engineering",
           local="Fri 2026-10-02 14:00", zone=DUBLIN,
           note="Irish recruiter prose, 'Friday at 2pm Irish time (3pm for you in Brest)' resolved against "
                "Date Mon 28 Sep = Fri 2 Oct, IST (UTC+1) = 13:00Z; 'about an hour' so end null")
def ballycotton_prose():
    body = t("""
        Hi Yann,

        Great to chat on the phone earlier. As agreed, I've booked you in with Dónal Keane, our
        Operations Manager, for a first interview on Friday at 2pm Irish time (so 3pm for you in
        Brest). It'll be about an hour, over Teams - I'll send the link on Thursday.

        Dónal will want to go through how you plan refit periods and how you handle class survey
        items, so have a think about a recent dry-dock you worked on.

        Any problems, just give me a shout on this email or on +353 21 486 0122.

        Kind regards,
        Aoife

        Aoife Brennan
        HR & Recruitment Lead
        Ballycotton Marine Engineering Ltd.
        Ringaskiddy, Co. Cork, Ireland
        """)
    h = hdrs(addr("Aoife Brennan", "aoife.brennan@ballycottonmarine.ie"),
             "Interview Friday - Ballycotton Marine",
             "2026-09-28 10:14:51", DUBLIN, "<DB9PR07MB7785C1E2A4B3D6F7E8A9B0C1D2E3@DB9PR07MB7785.eurprd07.prod.outlook.com>",
             "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2098.outbound.protection.outlook.com [40.107.20.98])",
             extra=[("Thread-Topic", "Interview Friday - Ballycotton Marine"), ("Content-Language", "en-IE")])
    return message(h, text(body, cte="8bit"))


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-19T10:00:00Z", end="2026-10-19T11:00:00Z",
           contact="aoife.brennan@ballycottonmarine.ie", company="Ballycotton Marine Engineering",
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=DUBLIN,
           note="Outlook METHOD:CANCEL (TZID GMT Standard Time, 11:00 in October = IST = 10:00Z) for the "
                "second interview; role put on hold, no new time; contact = ORGANIZER / sender")
def ballycotton_cancel():
    body = t("""
        Hi Yann,

        I'm very sorry to have to cancel Monday's second interview. The board has put the Maintenance
        Planner role on hold until the new year while the Cobh yard contract is renegotiated.

        I'll be in touch as soon as we know more - you were a strong candidate and Dónal was keen
        to meet you again.

        Kind regards,
        Aoife
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@ballycottonmarine.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Yann Le Gall:mailto:yann.legall@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Dónal Keane:mailto:donal.keane@ballycottonmarine.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Yann,\\n\\nI'm very sorry to have to cancel Monday's second interview.\\n
UID:040000008200E00074C5B7101A82E00800000000E1B2C3D4E56BDB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=en-IE:Canceled: Second interview - Maintenance Planner (Yann Le Gall)
DTSTART;TZID=GMT Standard Time:20261019T110000
DTEND;TZID=GMT Standard Time:20261019T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261014T083012Z
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
END:VCALENDAR"""
    h = hdrs(addr("Aoife Brennan", "aoife.brennan@ballycottonmarine.ie"),
             "Canceled: Second interview - Maintenance Planner (Yann Le Gall)",
             "2026-10-14 09:30:12", DUBLIN, "<DB9PR07MB77853E4F5A6B7C8D9E0F1A2B3C4D@DB9PR07MB7785.eurprd07.prod.outlook.com>",
             "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
             extra=[("Thread-Topic", "Second interview - Maintenance Planner (Yann Le Gall)"),
                    ("Importance", "high"), ("Content-Language", "en-IE")])
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(7), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
           start="2026-11-03T14:30:00Z", end="2026-11-03T15:15:00Z",
           contact="me.gagnon@maritimelaurentien.ca", company="Maritime Laurentien",
           local="Tue 2026-11-03 09:30", local_end="2026-11-03 10:15", zone=TORONTO,
           note="Quebec recruiter (Lévis) confirms 'mardi 3 novembre à 9 h 30, heure de l'Est', sent in EDT "
                "(28 Oct) but after the 1 Nov change so EST = 14:30Z (15 h 30 à Brest, CET); 45 minutes stated")
def laurentien_confirm():
    body = t("""
        Bonjour Yann,

        Merci pour votre retour rapide. C'est donc confirmé : votre entrevue pour le poste de
        planificateur d'entretien naval aura lieu le mardi 3 novembre à 9 h 30, heure de l'Est,
        sur Teams. Elle durera 45 minutes.

        Petit rappel : chez nous, on recule l'heure dans la nuit du samedi 31 octobre au dimanche
        1er novembre. 9 h 30 à Lévis correspondra donc à 15 h 30 à Brest.

        Vous rencontrerez Jean-François Bélanger, directeur technique, et moi-même.
        Le lien Teams suivra dans une invitation séparée.

        Au plaisir d'échanger avec vous,

        Marie-Ève Gagnon
        Conseillère principale, acquisition de talents
        Maritime Laurentien inc.
        Lévis (Québec)  G6V 6N2
        418 555-0147
        """)
    h = hdrs(addr("Marie-Ève Gagnon", "me.gagnon@maritimelaurentien.ca", charset="windows-1252"),
             "RE: Entrevue - Planificateur(trice) d'entretien naval",
             "2026-10-28 09:45:20", TORONTO, "<YT3PR01MB6211B4A2C9D8E7F6A5B4C3D2E1F0@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>",
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2090.outbound.protection.outlook.com [40.107.115.90])",
             extra=[("In-Reply-To", "<CAF7yL2q0vX9@mail.example.com>"),
                    ("References", "<YT3PR01MB62117A1B2C3D4E5F6A7B8C9D0E1F@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM> <CAF7yL2q0vX9@mail.example.com>"),
                    ("Thread-Topic", "Entrevue - Planificateur(trice) d'entretien naval"), ("Content-Language", "fr-CA")],
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(8), family="outlook_calendar", lang="fr-CA", interview=True, kind="rescheduled",
           start="2026-11-05T15:00:00Z", end="2026-11-05T15:45:00Z",
           contact="me.gagnon@maritimelaurentien.ca", company="Maritime Laurentien",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone=TORONTO,
           note="Outlook update SEQUENCE:1, TZID Eastern Standard Time 10:00 on 5 Nov (EST since 1 Nov) = 15:00Z; "
                "body moves it from Tuesday 3 Nov and says '16 h à Brest'; contact = ORGANIZER / sender")
def laurentien_resched():
    body = t("""
        Bonjour Yann,

        Jean-François a un conflit avec une inspection de Transports Canada mardi matin.
        Je déplace donc notre entrevue au jeudi 5 novembre à 10 h (heure de l'Est), soit 16 h
        à Brest. Même durée, même lien Teams. Désolée pour le changement!

        Marie-Ève
        """) + teams_fr("284 611 903 127", "bQ4nR8", "YjE2ZGM0NzQtNWE3Ny00NjRmLWJjMzEtMjVlOGQ0YjE5ZjQw")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Marie-Ève Gagnon:mailto:me.gagnon@maritimelaurentien.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jean-François Bélanger:mailto:jf.belanger@maritimelaurentien.ca
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A86BDB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615040
SUMMARY;LANGUAGE=fr-CA:Entrevue Teams - Yann Le Gall / Planificateur d'entretien naval
DTSTART;TZID=Eastern Standard Time:20261105T100000
DTEND;TZID=Eastern Standard Time:20261105T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T131033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Marie-Ève Gagnon", "me.gagnon@maritimelaurentien.ca"),
             "Mise à jour : Entrevue Teams - Yann Le Gall / Planificateur d'entretien naval",
             "2026-11-02 08:10:33", TORONTO, "<YT3PR01MB6211F0E1D2C3B4A59687A6B5C4D3@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>",
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2112.outbound.protection.outlook.com [40.107.115.112])",
             extra=[("Thread-Topic", "Entrevue Teams - Yann Le Gall / Planificateur d'entretien naval"),
                    ("Content-Language", "fr-CA")])
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(9), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-09-11T09:00:00Z", end="2026-09-11T09:45:00Z",
           contact="nolwenn.lebihan@chantiers-iroise.fr", company="Chantiers de l'Iroise",
           local="Fri 2026-09-11 11:00", local_end="2026-09-11 11:45", zone=PARIS,
           note="Teamtailor confirmation 'vendredi 11 septembre 2026, 11:00 - 11:45 (Europe/Paris)', CEST = 09:00Z; "
                "ICS part agrees; contact = Reply-To recruiter")
def iroise_teamtailor():
    body = t("""
        Bonjour Yann,

        Votre entretien est confirmé !

        Poste : Planificateur·rice méthodes - Maintenance navale
        Date : vendredi 11 septembre 2026
        Heure : 11:00 - 11:45 (Europe/Paris)
        Lieu : Chantiers de l'Iroise, Port de commerce, 7 quai Malbert, 29200 Brest
        Avec : Nolwenn Le Bihan, Responsable RH

        Ajoutez l'entretien à votre calendrier grâce à l'invitation jointe.
        Un empêchement ? Répondez simplement à ce message.

        À très vite,
        L'équipe Chantiers de l'Iroise

        --
        Envoyé via Teamtailor
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;font-family:-apple-system,Helvetica,Arial,sans-serif">
        <h1 style="font-size:22px">Votre entretien est confirmé !</h1>
        <p>Bonjour Yann,</p>
        <p><b>Poste</b> : Planificateur·rice méthodes - Maintenance navale<br>
        <b>Date</b> : vendredi 11 septembre 2026<br>
        <b>Heure</b> : 11:00 - 11:45 (Europe/Paris)<br>
        <b>Lieu</b> : Chantiers de l'Iroise, Port de commerce, 7 quai Malbert, 29200 Brest<br>
        <b>Avec</b> : Nolwenn Le Bihan, Responsable RH</p>
        <p>Ajoutez l'entretien à votre calendrier grâce à l'invitation jointe.<br>
        Un empêchement ? Répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe Chantiers de l'Iroise</p>
        <p style="font-size:11px;color:#999">Envoyé via Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:tt-interview-3381942@teamtailor.com
DTSTAMP:20260907T120201Z
DTSTART;TZID=Europe/Paris:20260911T110000
DTEND;TZID=Europe/Paris:20260911T114500
SUMMARY:Entretien - Chantiers de l'Iroise
LOCATION:Chantiers de l'Iroise\\, 7 quai Malbert\\, 29200 Brest
ORGANIZER;CN=Nolwenn Le Bihan:mailto:nolwenn.lebihan@chantiers-iroise.fr
ATTENDEE;CN=Yann Le Gall;RSVP=TRUE:mailto:yann.legall@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Chantiers de l'Iroise", "chantiers-iroise@teamtailor-mail.com"),
             "Entretien confirmé - Chantiers de l'Iroise",
             "2026-09-07 14:02:01", PARIS, "<5e7c1d2a-3b4f-4e8a-9c0d-1f2e3a4b5c6d@teamtailor-mail.com>",
             "from mail-out-21.teamtailor-mail.com (mail-out-21.teamtailor-mail.com [185.94.191.21])",
             extra=[("Reply-To", addr("Nolwenn Le Bihan", "nolwenn.lebihan@chantiers-iroise.fr"))])
    return message(h, alt(text(body), html(page), calendar(ics, cte="quoted-printable")))


@make.mail(N(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-10-12T12:30:00Z", end="2026-10-12T13:30:00Z",
           contact="sophie.marchal@thalassa-defense.fr", company="Thalassa Défense Systèmes",
           local="Mon 2026-10-12 14:30", local_end="2026-10-12 15:30", zone=PARIS,
           note="SmartRecruiters, HTML only (base64): 'lundi 12 octobre 2026 de 14h30 à 15h30 (heure de Paris)', "
                "CEST = 12:30Z; contact = recruiter address in the body")
def thalassa_smartrecruiters():
    page = t("""
        <html><head><meta charset="utf-8"><title>Thalassa</title></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;color:#2d2d2d;font-size:14px">
        <div style="max-width:600px;margin:auto">
        <div style="padding:18px 0"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/thalassa.png" alt="Thalassa Défense Systèmes" height="40"></div>
        <p>Bonjour Yann,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour l'offre
        <b>Planificateur Maintenance MCO Naval (F/H)</b>.</p>
        <div style="border:1px solid #e1e1e1;border-radius:4px;padding:14px;margin:16px 0">
        <div style="font-size:16px;font-weight:bold">Entretien en visioconférence</div>
        <div>lundi 12 octobre 2026 de 14h30 à 15h30 (heure de Paris)</div>
        <div>Avec Sophie Marchal, Talent Acquisition, et Thibault Roux, Chef de projet MCO</div>
        <div>Lien de connexion : <a href="https://meet.thalassa-defense.fr/j/8812044">meet.thalassa-defense.fr/j/8812044</a></div>
        </div>
        <p>Si vous avez une question, contactez Sophie Marchal à l'adresse
        <a href="mailto:sophie.marchal@thalassa-defense.fr">sophie.marchal@thalassa-defense.fr</a>.</p>
        <p>Bien cordialement,<br>L'équipe Talent Acquisition de Thalassa Défense Systèmes</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#8a8a8a">Cet e-mail vous a été envoyé par SmartRecruiters pour le compte de Thalassa Défense Systèmes.
        <a href="https://jobs.smartrecruiters.com/privacy">Politique de confidentialité</a></p>
        </div></body></html>
        """)
    h = hdrs(addr("Thalassa Défense Systèmes", "no-reply@smartrecruiters.com"),
             "Confirmation d'entretien : Planificateur Maintenance MCO Naval (F/H)",
             "2026-10-06 10:30:44", PARIS, "<20261006083044.7f3c2b1a9e8d@smartrecruiters.com>",
             "from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [52.58.12.201])")
    return message(h, html(page, cte="base64"))


@make.mail(N(11), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-10-28T09:00:00Z", end="2026-10-28T10:00:00Z",
           contact="maelle.guivarch@kerlann-em.fr", company="Kerlann Énergies Marines",
           local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone=PARIS,
           note="Personio invitation sent Thu 22 Oct in CEST for 'mercredi 28.10.2026, 10:00 - 11:00 (CET)', after "
                "the 25 Oct change so UTC+1 = 09:00Z; contact = Reply-To recruiter")
def kerlann_personio():
    body = t("""
        Bonjour Yann Le Gall,

        Nous vous confirmons votre entretien pour le poste « Planificateur maintenance - parcs
        hydroliens (H/F) ».

        Date : mercredi 28.10.2026
        Horaire : 10:00 - 11:00 (CET)
        Lieu : Kerlann Énergies Marines, Technopôle Brest-Iroise, 210 rue Pierre Rivoalon, 29280 Plouzané
        Interlocutrice : Maëlle Guivarc'h, Chargée RH

        Pour toute question, répondez simplement à cet e-mail.

        Cordialement,
        Kerlann Énergies Marines

        Cet e-mail a été envoyé via Personio.
        """)
    h = hdrs(addr("Kerlann Énergies Marines", "no-reply@mail.personio.de"),
             "Invitation à un entretien : Planificateur maintenance - parcs hydroliens (H/F)",
             "2026-10-22 17:05:09", PARIS, "<a3b1f0e2c4d5.20261022150509@mail.personio.de>",
             "from mail.personio.de (mail.personio.de [18.185.115.7])",
             extra=[("Reply-To", addr("Maëlle Guivarc'h", "maelle.guivarch@kerlann-em.fr"))])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(12), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-09-29T07:00:00Z", end="2026-09-29T08:30:00Z",
           contact="thomas.riou@ocea-rn.fr", company="Océa Réparation Navale",
           local="Tue 2026-09-29 09:00", local_end="2026-09-29 10:30", zone=PARIS,
           note="Recruitee message written by the manager (tu): 'mardi 29 septembre de 9h à 10h30' on site in "
                "Lorient, CEST = 07:00Z; contact = human sender")
def ocea_recruitee():
    body = t("""
        Bonjour Yann,

        Comme on se l'est dit au téléphone, je te confirme ton entretien sur site le mardi
        29 septembre de 9h à 10h30, à l'atelier de Lorient (Zone portuaire de Keroman, bâtiment
        Slipway 2). Je te ferai visiter l'élévateur à bateaux et les ateliers après l'entretien.

        Il y a un parking visiteurs juste devant l'entrée. Si tu viens en train, dis-le moi et
        quelqu'un passera te prendre à la gare.

        À mardi,
        Thomas Riou
        Responsable maintenance & planification
        Océa Réparation Navale - Lorient
        06 12 48 70 33
        """)
    h = hdrs(addr("Thomas Riou", "thomas.riou@ocea-rn.fr"),
             "Ton entretien chez Océa Réparation Navale - mardi 29/09",
             "2026-09-24 12:40:18", PARIS, "<msg-8f1c2d3e4a5b@ocea-reparation-navale.recruiteemail.com>",
             "from mta-09.recruiteemail.com (mta-09.recruiteemail.com [159.135.224.9])",
             extra=[("Sender", "ocea-reparation-navale@recruiteemail.com"),
                    ("Reply-To", addr("Thomas Riou", "thomas.riou@ocea-rn.fr"))])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(13), family="taleo", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-12T15:00:00Z", end=None,
           contact="claire.abgrall@sirocco-propulsion.fr", company="Sirocco Propulsion Navale",
           local="Thu 2026-11-12 16:00", zone=PARIS,
           note="Taleo plain text in iso-8859-1: moved from 'mardi 10 novembre 2026 à 10h00' to 'jeudi 12 novembre "
                "2026 à 16h00', CET = 15:00Z; 'environ 1 heure' so end null; contact = recruiter in the body")
def sirocco_taleo():
    body = t("""
        Bonjour Yann Le Gall,

        Nous vous informons que votre entretien pour le poste de Planificateur(trice) arrêts
        techniques - Réf. 2600871 a été déplacé.

        Ancien créneau : mardi 10 novembre 2026 à 10h00
        Nouveau créneau : jeudi 12 novembre 2026 à 16h00 (heure de Paris)
        Durée prévue : environ 1 heure
        Lieu : Sirocco Propulsion Navale, 3 rue de Kervézennec, 29200 Brest - accueil bâtiment A

        Votre interlocutrice pour cet entretien : Claire Abgrall, Chargée de recrutement
        (claire.abgrall@sirocco-propulsion.fr).

        Veuillez accepter nos excuses pour ce changement.

        Cordialement,
        Service Recrutement - Sirocco Propulsion Navale

        ******************************************************************
        Ce message a été généré automatiquement. Merci de ne pas y répondre.
        ******************************************************************
        """)
    h = hdrs(addr("Sirocco Propulsion Navale", "sirocco@taleo.net"),
             "Modification de votre entretien - Réf. 2600871",
             "2026-11-06 11:20:37", PARIS, "<1234567.98765.1794133237410.JavaMail.taleo@ltxprd03.taleo.net>",
             "from smtp3.taleo.net (smtp3.taleo.net [160.34.13.23])", charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@make.mail(N(14), family="ashby", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T14:00:00Z", end="2026-11-16T14:45:00Z",
           contact="lucas@houle-robotics.fr", company="Houle Robotics",
           local="Mon 2026-11-16 15:00", local_end="2026-11-16 15:45", zone=PARIS,
           note="Ashby confirmation (tu): 'lundi 16 novembre 2026, 15:00 - 15:45 CET' = 14:00Z; ICS attachment "
                "TZID Europe/Paris; contact = Reply-To founder")
def houle_ashby():
    body = t("""
        Salut Yann,

        Ton entretien est confirmé, on a hâte d'échanger avec toi !

        lundi 16 novembre 2026, 15:00 - 15:45 CET
        Google Meet : https://meet.google.com/qwe-rtyu-iop

        Tu rencontreras :
          Lucas Morvan - CEO & cofondateur
          Élise Tréguer - Responsable opérations drones

        Une question ? Réponds à ce mail, il arrivera directement à Lucas.

        L'équipe Houle Robotics
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:0f8e2a6c-91b4-4c3d-a7e5-6b2d9f1c3e48
DTSTAMP:20261110T171230Z
DTSTART;TZID=Europe/Paris:20261116T150000
DTEND;TZID=Europe/Paris:20261116T154500
SEQUENCE:0
SUMMARY:Houle Robotics - Entretien Planificateur·rice opérations
LOCATION:https://meet.google.com/qwe-rtyu-iop
ORGANIZER;CN=Lucas Morvan:mailto:lucas@houle-robotics.fr
ATTENDEE;CN=Yann Le Gall;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yann.legall@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Houle Robotics", "no-reply@ashbyhq.com"),
             "Entretien confirmé : Planificateur·rice opérations chez Houle Robotics",
             "2026-11-10 18:12:30", PARIS, "<010001933f1a2b3c-4d5e6f70-8192-4a3b-9c8d-7e6f5a4b3c2d-000000@email.amazonses.com>",
             "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             extra=[("Reply-To", addr("Lucas Morvan", "lucas@houle-robotics.fr"))])
    return message(h, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(15), family="lever", lang="fr", interview=True, kind="cancelled",
           start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z",
           contact="anais.kervella@ouessant-lines.fr", company="Ouessant Lines",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=PARIS,
           note="Lever cancellation with METHOD:CANCEL ICS: 'jeudi 19 novembre, 10h00 - 11h00', CET = 09:00Z; "
                "post filled internally, no new time; contact = Reply-To recruiter")
def ouessant_lever_cancel():
    body = t("""
        Bonjour Yann,

        Je suis désolée de devoir annuler notre entretien du jeudi 19 novembre, 10h00 - 11h00
        (Ouessant Lines, Port de commerce de Brest).

        Le poste de Planificateur maintenance flotte vient d'être pourvu par une mobilité interne.
        Nous conservons votre candidature et ne manquerons pas de revenir vers vous si un poste
        similaire s'ouvre.

        Bien à vous,
        Anaïs Kervella
        Chargée de recrutement - Ouessant Lines
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:lever-interview-4f1d7e2a-b3c9-4a58-8e21-9d0c6b5a4f37
DTSTAMP:20261116T081502Z
DTSTART;TZID=Europe/Paris:20261119T100000
DTEND;TZID=Europe/Paris:20261119T110000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien annulé : Yann Le Gall - Planificateur maintenance flotte
ORGANIZER;CN=Anaïs Kervella:mailto:anais.kervella@ouessant-lines.fr
ATTENDEE;CN=Yann Le Gall:mailto:yann.legall@example.com
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Anaïs Kervella", "no-reply@hire.lever.co"),
             "Annulation de votre entretien - Ouessant Lines",
             "2026-11-16 09:15:02", PARIS, "<20261116081502.lever.5c2e9a1b7d@hire.lever.co>",
             "from mail-out.hire.lever.co (mail-out.hire.lever.co [3.223.41.87])",
             extra=[("Reply-To", addr("Anaïs Kervella", "anais.kervella@ouessant-lines.fr"))])
    return message(h, alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")))


@make.mail(N(16), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-09-16T15:30:00Z", end="2026-09-16T16:00:00Z",
           contact="gwenaelle.tanguy@armor-talents.fr", company="Armor Talents",
           local="Wed 2026-09-16 17:30", local_end="2026-09-16 18:00", zone=PARIS,
           note="Calendly invitee confirmation of an agency screening call: '17:30 - 18:00, mercredi 16 septembre 2026 "
                "(heure d'Europe centrale)', CEST = 15:30Z; agency is the company; contact = Reply-To consultant")
def armor_calendly():
    body = t("""
        Bonjour Yann Le Gall,

        Votre événement est programmé.

        Type d'événement :
        Entretien de qualification - 30 min

        Avec :
        Gwenaëlle Tanguy

        Date/heure de l'événement :
        17:30 - 18:00, mercredi 16 septembre 2026 (heure d'Europe centrale)

        Lieu :
        Gwenaëlle vous appellera au +33 6 71 22 90 48

        Besoin de modifier votre rendez-vous ?
        Annuler : https://calendly.com/cancellations/7c1e4d2f-8a3b-4f6e-b9d0-2c5a1e7f3b84
        Reprogrammer : https://calendly.com/reschedulings/7c1e4d2f-8a3b-4f6e-b9d0-2c5a1e7f3b84

        Propulsé par Calendly.com
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmé : Entretien de qualification avec Gwenaëlle Tanguy le mercredi 16 septembre 2026",
             "2026-09-11 09:03:27", PARIS, "<0100019a5c3d2e1f-6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d-000000@email.calendly.com>",
             "from o1.ptr4921.calendly.com (o1.ptr4921.calendly.com [149.72.142.18])",
             extra=[("Reply-To", addr("Gwenaëlle Tanguy", "gwenaelle.tanguy@armor-talents.fr"))])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-21T12:00:00Z", end=None,
           contact="gwenaelle.tanguy@armor-talents.fr", company="Penfeld Ingénierie",
           local="Mon 2026-09-21 14:00", zone=PARIS,
           note="Agency consultant (tu) confirms the client interview 'lundi 21 septembre à 14h' at Penfeld "
                "Ingénierie, CEST = 12:00Z; company = the hiring client; contact = the consultant who sent it")
def armor_client_interview():
    body = t("""
        Salut Yann,

        Bonne nouvelle : Penfeld Ingénierie veut te rencontrer ! C'est calé pour lundi 21 septembre
        à 14h, dans leurs locaux à Guipavas (ZA de Prat Pip, 18 rue Jacqueline Auriol). Tu verras
        Hervé Cloarec, le responsable du pôle MCO, et une personne de leurs RH.

        Quelques conseils : ils attendent des exemples concrets de planification d'arrêts
        techniques (durées, ressources, aléas) et ils aiment bien qu'on parle de GMAO. Pense à
        prendre quelques exemplaires de ton CV.

        Appelle-moi après l'entretien pour me faire ton retour.

        Bonne soirée,
        Gwenaëlle

        --
        Gwenaëlle Tanguy
        Consultante recrutement - Industrie & Naval
        Armor Talents - 12 rue de Siam, 29200 Brest
        06 71 22 90 48
        """)
    h = hdrs(addr("Gwenaëlle Tanguy", "gwenaelle.tanguy@armor-talents.fr"),
             "Entretien Penfeld Ingénierie lundi 21/09 14h",
             "2026-09-17 18:40:05", PARIS, "<CAH3k9Zt7pQ1vL4mN8xR2sW6yB0cD5eF@mail.gmail.com>",
             "from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(18), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-09T08:30:00Z", end="2026-10-09T09:30:00Z",
           contact="herve.cloarec@penfeld-ingenierie.fr", company="Penfeld Ingénierie",
           local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:30", zone=PARIS,
           note="Google Calendar invitation (French UI) 'ven. 9 oct. 2026 10:30 - 11:30 (heure d'été d'Europe "
                "centrale)' = 08:30Z; ICS TZID Europe/Paris; contact = organizer / sender")
def penfeld_gcal():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Second entretien - Yann Le Gall / Planificateur MCO
        Quand
        ven. 9 oct. 2026 10:30 - 11:30 (heure d'été d'Europe centrale - Paris)

        Rejoindre avec Google Meet
        https://meet.google.com/fzk-hwqp-nvd

        Lieu
        Penfeld Ingénierie, 18 rue Jacqueline Auriol, 29490 Guipavas
        https://www.google.com/maps/search/Penfeld+Ing%C3%A9nierie,+18+rue+Jacqueline+Auriol,+29490+Guipavas

        Invités
        Hervé Cloarec - organisateur
        herve.cloarec@penfeld-ingenierie.fr
        Yann Le Gall
        yann.legall@example.com
        Morgane Salaün
        morgane.salaun@penfeld-ingenierie.fr

        Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=MmV2NGY3

        Répondre pour yann.legall@example.com : Oui (https://calendar.google.com/calendar/event?action=RESPOND&eid=MmV2NGY3&rst=1)
        Non (https://calendar.google.com/calendar/event?action=RESPOND&eid=MmV2NGY3&rst=2)
        Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&eid=MmV2NGY3&rst=3)

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261009T103000
DTEND;TZID=Europe/Paris:20261009T113000
DTSTAMP:20261002T141755Z
ORGANIZER;CN=Hervé Cloarec:mailto:herve.cloarec@penfeld-ingenierie.fr
UID:2ev4f7k1q9m3s8t0b6c5d2a1e4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yann.legall@example.com;X-NUM-GUESTS=0:mailto:yann.legall@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hervé Cloarec;X-NUM-GUESTS=0:mailto:herve.cloarec@penfeld-ingenierie.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Morgane Salaün;X-NUM-GUESTS=0:mailto:morgane.salaun@penfeld-ingenierie.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/fzk-hwqp-nvd
CREATED:20261002T141753Z
DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nRejoindre avec Google Meet : https://meet.google.com/fzk-hwqp-nvd\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261002T141753Z
LOCATION:Penfeld Ingénierie\\, 18 rue Jacqueline Auriol\\, 29490 Guipavas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Second entretien - Yann Le Gall / Planificateur MCO
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Hervé Cloarec", "herve.cloarec@penfeld-ingenierie.fr"),
             "Invitation: Second entretien - Yann Le Gall / Planificateur MCO @ ven. 9 oct. 2026 10:30 - 11:30 (CEST) (yann.legall@example.com)",
             "2026-10-02 16:17:55", PARIS, "<calendar-6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@google.com>",
             "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=[("Reply-To", addr("Hervé Cloarec", "herve.cloarec@penfeld-ingenierie.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")])
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(19), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-12-03T10:00:00Z", end="2026-12-03T10:45:00Z",
           contact=None, company="Société Portuaire de l'Iroise",
           local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=PARIS,
           note="Microsoft Bookings from a shared mailbox: 'jeudi 3 décembre 2026 11:00 - 11:45 (UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' = 10:00Z; staff named but no personal address, so contact null")
def spi_bookings():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,sans-serif;font-size:14px;color:#212121">
        <p style="font-size:20px">Votre réservation est confirmée</p>
        <p>Bonjour Yann Le Gall,</p>
        <p>Merci d'avoir réservé un créneau avec Société Portuaire de l'Iroise - Recrutement.</p>
        <table cellpadding="3">
        <tr><td style="color:#666">Service</td><td>Entretien - Planificateur maintenance portuaire</td></tr>
        <tr><td style="color:#666">Date et heure</td><td>jeudi 3 décembre 2026 11:00 - 11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#666">Personnel</td><td>Katell Floc'h</td></tr>
        <tr><td style="color:#666">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzEwNTQx%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementSPI@portiroise.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#666">Société Portuaire de l'Iroise - Port de commerce, 1 avenue de Lorraine, 29200 Brest</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Société Portuaire de l'Iroise - Recrutement:mailto:RecrutementSPI@portiroise.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E56FDB01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=fr-FR:Entretien - Planificateur maintenance portuaire
DTSTART;TZID=Romance Standard Time:20261203T110000
DTEND;TZID=Romance Standard Time:20261203T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T130044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Société Portuaire de l'Iroise - Recrutement", "RecrutementSPI@portiroise.fr"),
             "Réservation confirmée : Entretien - Planificateur maintenance portuaire",
             "2026-11-30 14:00:44", PARIS, "<AM0PR02MB55611F2E3D4C5B6A7980A1B2C3D4@AM0PR02MB5561.eurprd02.prod.outlook.com>",
             "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2120.outbound.protection.outlook.com [40.107.12.120])")
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(20), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-12-08T08:00:00Z", end="2026-12-08T09:30:00Z",
           contact="pierre.jaouen@ami-maintenance.fr", company="Atlantique Maintenance Industrielle",
           local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:30", zone=PARIS,
           note="Yann forwards an iCIMS confirmation from his old address to himself; 'mardi 8 décembre 2026 de 9h00 "
                "à 10h30', CET = 08:00Z; candidate excluded, contact = recruiter address in the forwarded body")
def ami_icims_forward():
    body = t("""
        pour l'agenda

        ---------- Forwarded message ---------
        De : Atlantique Maintenance Industrielle <ami@talent.icims.com>
        Date: mer. 2 déc. 2026 à 17:48
        Subject: Confirmation de votre entretien - Planificateur arrêts techniques (req. 5512)
        To: <yann.legall@example.org>


        Bonjour Yann,

        Nous avons le plaisir de vous confirmer votre entretien :

        Poste : Planificateur arrêts techniques (req. 5512)
        Date : mardi 8 décembre 2026
        Horaire : de 9h00 à 10h30
        Lieu : AMI - 5 rue Alain Colas, 29200 Brest (salle Ouessant)
        Recruteur : Pierre Jaouen - pierre.jaouen@ami-maintenance.fr

        Merci de confirmer votre présence en répondant à Pierre Jaouen.

        Cordialement,
        Atlantique Maintenance Industrielle - Ressources Humaines
        """)
    h = hdrs(addr("Yann Le Gall", ME_OLD),
             "Fwd: Confirmation de votre entretien - Planificateur arrêts techniques (req. 5512)",
             "2026-12-02 21:10:47", PARIS, "<CAB7mXq2Lr9sT4uV1wY6zA3bC8dE0fG5@mail.gmail.com>",
             "from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(21), family="reply_quoted", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-08T12:00:00Z", end=None,
           contact="nolwenn.lebihan@chantiers-iroise.fr", company="Chantiers de l'Iroise",
           local="Thu 2026-10-08 14:00", zone=PARIS,
           note="Recruiter's reply on top of the thread moves the second interview from 'mardi 6 octobre à 10h' to "
                "'jeudi 14h'; 'jeudi' resolved from Date Mon 5 Oct = Thu 8 Oct, CEST = 12:00Z; contact = sender")
def iroise_reply_resched():
    body = t("""
        Bonjour Yann,

        Aucun souci, on décale à jeudi 14h, même endroit (salle de réunion du bâtiment
        administratif, quai Malbert). Je préviens M. Le Roux.

        Bonne journée,
        Nolwenn

        Le dim. 4 oct. 2026 à 20:31, Yann Le Gall <yann.legall@example.com> a écrit :
        > Bonjour Nolwenn,
        >
        > Je suis vraiment désolé, mon employeur actuel vient de me positionner sur une
        > intervention à bord mardi matin. Serait-il possible de décaler le second entretien
        > à jeudi 8 après-midi ?
        >
        > Bien cordialement,
        > Yann
        >
        > Le mer. 30 sept. 2026 à 11:02, Nolwenn Le Bihan <nolwenn.lebihan@chantiers-iroise.fr> a écrit :
        >> Bonjour Yann,
        >>
        >> Suite à votre premier entretien, nous souhaitons vous revoir avec notre directeur
        >> industriel, Loïc Le Roux, le mardi 6 octobre à 10h.
        >>
        >> Nolwenn Le Bihan
        >> Responsable RH - Chantiers de l'Iroise
        """)
    h = hdrs(addr("Nolwenn Le Bihan", "nolwenn.lebihan@chantiers-iroise.fr"),
             "Re: Second entretien - Chantiers de l'Iroise",
             "2026-10-05 09:12:40", PARIS, "<CAN4tP8xY2zQ7wR1sT5uV9aB3cD6eF0g@mail.gmail.com>",
             "from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
             extra=[("In-Reply-To", "<CAG2yL8mQ4n@mail.example.com>"),
                    ("References", "<CAN1aB2cD3eF4gH5@mail.gmail.com> <CAG2yL8mQ4n@mail.example.com>")])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(22), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-11-20T13:00:00Z", end="2026-11-20T14:00:00Z",
           contact="maelle.guivarch@kerlann-em.fr", company="Kerlann Énergies Marines",
           local="Fri 2026-11-20 14:00", local_end="2026-11-20 15:00", zone=PARIS,
           note="Google Calendar cancellation (METHOD:CANCEL) of the final interview 'ven. 20 nov. 2026 14:00 - 15:00 "
                "(CET)' = 13:00Z; the note says a decision will follow without it; contact = organizer")
def kerlann_gcal_cancel():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien final - Yann Le Gall (Planificateur hydroliens)
        Quand
        ven. 20 nov. 2026 14:00 - 15:00 (heure normale d'Europe centrale - Paris)

        Organisateur
        Maëlle Guivarc'h
        maelle.guivarch@kerlann-em.fr

        Message de l'organisateur :
        Bonjour Yann, finalement le comité n'a pas besoin de ce troisième échange : nous revenons
        vers vous avec une réponse d'ici fin novembre. Maëlle

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261120T140000
DTEND;TZID=Europe/Paris:20261120T150000
DTSTAMP:20261117T102204Z
ORGANIZER;CN=Maëlle Guivarc'h:mailto:maelle.guivarch@kerlann-em.fr
UID:5kq2m8v1n4p7r0t3w6y9b2d5f8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yann.legall@example.com;X-NUM-GUESTS=0:mailto:yann.legall@example.com
CREATED:20261105T090112Z
LAST-MODIFIED:20261117T102204Z
LOCATION:Kerlann Énergies Marines\\, Plouzané
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien final - Yann Le Gall (Planificateur hydroliens)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Maëlle Guivarc'h", "maelle.guivarch@kerlann-em.fr"),
             "Événement annulé : Entretien final - Yann Le Gall (Planificateur hydroliens) @ ven. 20 nov. 2026 14:00 - 15:00 (CET) (yann.legall@example.com)",
             "2026-11-17 11:22:04", PARIS, "<calendar-9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19@google.com>",
             "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(23), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-12-14T09:00:00Z", end="2026-12-14T10:00:00Z",
           contact="jeanne.ledu@cnt-paimpol.fr", company="Chantier Naval du Trieux",
           local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone=PARIS,
           note="Workable confirmation 'lundi 14 décembre 2026, 10:00 - 11:00 (Europe/Paris)' = 09:00Z; Reply-To is "
                "a Workable relay, so contact = the manager's address in the body")
def trieux_workable():
    body = t("""
        Bonjour Yann,

        Merci d'avoir choisi un créneau. Votre entretien est confirmé :

        Planificateur / Planificatrice maintenance - Chantier Naval du Trieux
        lundi 14 décembre 2026, 10:00 - 11:00 (Europe/Paris)
        Sur place : Chantier Naval du Trieux, Quai Morand, 22500 Paimpol

        Vous rencontrerez Jeanne Le Du, directrice technique. En cas d'imprévu, vous pouvez
        la joindre directement à jeanne.ledu@cnt-paimpol.fr.

        Cordialement,
        L'équipe de recrutement de Chantier Naval du Trieux

        Propulsé par Workable
        """)
    h = hdrs(addr("Chantier Naval du Trieux", "noreply@candidates.workablemail.com"),
             "Entretien confirmé avec Chantier Naval du Trieux",
             "2026-12-09 15:26:19", PARIS, "<wk.6b2f9c1e4a7d.1796827579@candidates.workablemail.com>",
             "from mail12.workablemail.com (mail12.workablemail.com [54.217.41.12])",
             extra=[("Reply-To", "chantier-naval-du-trieux+c7e21f9a0b@candidates.workablemail.com")])
    return message(h, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="fr", interview=False, company="Arsenal Atlantique Services",
           note="Workday application receipt, no interview")
def arsenal_receipt():
    body = t("""
        Bonjour Yann,

        Nous vous remercions pour votre candidature au poste de Planificateur maintenance navale (H/F)
        - R-04417.

        Votre dossier a bien été reçu et sera étudié avec attention par nos équipes. Si votre profil
        correspond à nos besoins, nous vous contacterons pour convenir d'un entretien.

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat Workday.

        Cordialement,
        L'équipe Recrutement
        Arsenal Atlantique Services
        """)
    h = hdrs(addr("Arsenal Atlantique Services", "arsenal-atlantique@myworkday.com"),
             "Nous avons bien reçu votre candidature - R-04417",
             "2026-09-02 22:41:06", PARIS, "<1330871266.41277.1788381666201@wd5-prod-mail.myworkday.com>",
             "from wd5-smtp-out1.myworkday.com (wd5-smtp-out1.myworkday.com [199.91.144.33])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert listing offers near Brest")
def job_alert():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#00537a">8 nouvelles offres pour « planificateur maintenance navale »</h2>
        <p>Bonjour Yann, voici les offres publiées depuis votre dernière alerte (Brest + 50 km).</p>
        <ul>
        <li><a href="https://www.mer-emploi.example.net/o/77812">Planificateur arrêts techniques F/H</a> - Atlantique Maintenance Industrielle - Brest - CDI</li>
        <li><a href="https://www.mer-emploi.example.net/o/77790">Chargé de planification MCO naval</a> - Thalassa Défense Systèmes - Brest - CDI</li>
        <li><a href="https://www.mer-emploi.example.net/o/77754">Technicien méthodes maintenance</a> - Océa Réparation Navale - Lorient - CDI</li>
        <li><a href="https://www.mer-emploi.example.net/o/77731">Planificateur maintenance portuaire</a> - Société Portuaire de l'Iroise - Brest - CDI</li>
        <li><a href="https://www.mer-emploi.example.net/o/77702">Coordinateur arrêt technique (mission 6 mois)</a> - Armor Talents - Brest - Intérim</li>
        </ul>
        <p><a href="https://www.mer-emploi.example.net/alertes">Voir les 3 autres offres</a> · <a href="https://www.mer-emploi.example.net/alertes/stop?id=5521">Se désabonner</a></p>
        <p style="font-size:11px;color:#999">Mer &amp; Emploi - le site des métiers de la mer</p>
        </body></html>
        """)
    h = hdrs(addr("Mer & Emploi", "alertes@mer-emploi.example.net"),
             "8 nouvelles offres : planificateur maintenance navale - Brest",
             "2026-10-14 07:02:10", PARIS, "<alert.5521.20261014@mer-emploi.example.net>",
             "from smtp-out.mer-emploi.example.net (smtp-out.mer-emploi.example.net [51.91.22.140])",
             extra=[("List-Unsubscribe", "<https://www.mer-emploi.example.net/alertes/stop?id=5521>"),
                    ("Precedence", "bulk")])
    return message(h, html(page))


@make.mail(N(26), family="rejection", lang="fr", interview=False, company="Thalassa Défense Systèmes",
           note="Rejection after the 12 October interview (SmartRecruiters)")
def thalassa_rejection():
    body = t("""
        Bonjour Yann,

        Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien du
        12 octobre pour le poste de Planificateur Maintenance MCO Naval (F/H).

        Après une étude attentive, nous avons décidé de poursuivre le processus avec un autre
        candidat dont l'expérience correspond plus précisément aux besoins du programme.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Sophie Marchal
        Talent Acquisition - Thalassa Défense Systèmes
        """)
    h = hdrs(addr("Thalassa Défense Systèmes", "no-reply@smartrecruiters.com"),
             "Votre candidature chez Thalassa Défense Systèmes",
             "2026-10-20 16:48:02", PARIS, "<20261020144802.1a2b3c4d5e6f@smartrecruiters.com>",
             "from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [52.58.12.201])")
    return message(h, html(gmail_html(body), cte="base64"))


@make.mail(N(27), family="rejection", lang="fr", interview=False, company="Ouest Offshore Logistique",
           note="Rejection before any interview, plain human HR mail")
def ooffshore_rejection():
    body = t("""
        Monsieur,

        Nous accusons réception de votre candidature au poste de Responsable planning maintenance et
        vous en remercions.

        Nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable,
        le poste requérant une habilitation et une expérience offshore que votre profil ne présente
        pas.

        Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

        Service des Ressources Humaines
        Ouest Offshore Logistique - Saint-Nazaire
        """)
    h = hdrs(addr("RH Ouest Offshore Logistique", "rh@ouest-offshore.fr"),
             "Votre candidature - Responsable planning maintenance",
             "2026-09-18 10:02:55", PARIS, "<3f1b2c0d9e8a@ouest-offshore.fr>",
             "from smtp.ouest-offshore.fr (smtp.ouest-offshore.fr [80.12.66.42])",
             charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15", cte="8bit"))


@make.mail(N(28), family="recruiter_outreach", lang="fr", interview=False, company="Mareva Recrutement",
           note="Cold agency outreach asking for a call, nothing fixed")
def mareva_outreach():
    body = t("""
        Bonjour Yann,

        Je me permets de vous contacter suite à la lecture de votre profil : je recrute pour un
        client industriel (construction navale, région de Saint-Nazaire) un Responsable
        planification arrêts techniques, CDI, 50-58 k€.

        Votre expérience sur les arrêts techniques de frégates me semble très pertinente.
        Seriez-vous ouvert à un premier échange téléphonique cette semaine ou la suivante ?
        Dites-moi ce qui vous arrange.

        Bien à vous,
        Julien Perrot
        Consultant senior - Mareva Recrutement
        07 68 14 22 09
        """)
    h = hdrs(addr("Julien Perrot", "j.perrot@mareva-recrutement.fr"),
             "Opportunité - Responsable planification arrêts techniques (CDI)",
             "2026-10-01 08:47:31", PARIS, "<AM9PR01MB73447C2D1E0F9A8B7C6D5E4F3A2B@AM9PR01MB7344.eurprd01.prod.outlook.com>",
             "from EUR01-AM9-obe.outbound.protection.outlook.com (mail-am9eur01on2077.outbound.protection.outlook.com [40.107.13.77])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="availability_request", lang="en", interview=False, company="Nordhavn Offshore Maintenance",
           note="GoodTime availability request for the panel: asks for slots, nothing confirmed")
def nordhavn_availability():
    body = t("""
        Hi Yann,

        Congratulations on moving forward in the process for Maintenance Planner - Vessel Dry-Docking
        at Nordhavn Offshore Maintenance!

        The next step is a 2-hour panel interview on Teams. Please share your availability for the
        weeks of October 19 and October 26 using the link below. Times are shown in your own time
        zone.

        Share my availability: https://app.goodtime.io/availability/7e1c2d9f4b

        Please respond within 2 business days.

        Thanks,
        Nordhavn Offshore Maintenance Recruiting

        Powered by GoodTime
        """)
    h = hdrs(addr("Nordhavn Offshore Maintenance", "scheduling@goodtime.io"),
             "Action needed: share your availability - Nordhavn Offshore Maintenance",
             "2026-10-12 10:05:48", OSLO, "<0100019a1c2d3e4f-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@email.amazonses.com>",
             "from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
             extra=[("Reply-To", addr("Kari Hovland", "kari.hovland@nordhavn-offshore.no"))])
    return message(h, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(30), family="scheduling_link", lang="fr", interview=False, company="Houle Robotics",
           note="Ashby self-scheduling link (tu): invites Yann to pick a slot, nothing booked yet")
def houle_selfschedule():
    body = t("""
        Salut Yann,

        Merci pour ta candidature ! On aimerait beaucoup en discuter avec toi.

        Choisis le créneau qui t'arrange pour un premier échange de 45 minutes avec Lucas et
        Élise (en visio) :
        https://app.ashbyhq.com/scheduling/candidate/3b9f1e7c-2a4d-4e8b-9c6f-5d1a0e2b7c84

        Les créneaux proposés couvrent les deux prochaines semaines.

        L'équipe Houle Robotics
        """)
    h = hdrs(addr("Houle Robotics", "no-reply@ashbyhq.com"),
             "Houle Robotics : choisis ton créneau d'entretien",
             "2026-11-02 11:31:09", PARIS, "<010001932c4b5a69-7e8f9a0b-1c2d-4e3f-a5b6-c7d8e9f0a1b2-000000@email.amazonses.com>",
             "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
             extra=[("Reply-To", addr("Lucas Morvan", "lucas@houle-robotics.fr"))])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="proposal_unconfirmed", lang="fr-CA", interview=False, company="Maritime Laurentien",
           days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
           note="Quebec recruiter proposes two slots (3 or 4 November, Eastern time) and asks Yann to choose: "
                "not yet confirmed (the confirmation follows in another mail)")
def laurentien_proposal():
    body = t("""
        Bonjour Yann,

        Merci pour votre candidature au poste de planificateur(trice) d'entretien naval à notre
        chantier de Lévis. Votre profil a retenu notre attention.

        Nous aimerions vous rencontrer en entrevue virtuelle (Teams, 45 minutes). Seriez-vous
        disponible à l'un des moments suivants (heure de l'Est)?

          - le mardi 3 novembre à 9 h 30
          - le mercredi 4 novembre à 13 h

        Je sais que le décalage horaire avec la France n'aide pas; n'hésitez pas à me proposer
        autre chose au besoin.

        Au plaisir,

        Marie-Ève Gagnon
        Conseillère principale, acquisition de talents
        Maritime Laurentien inc.
        """)
    h = hdrs(addr("Marie-Ève Gagnon", "me.gagnon@maritimelaurentien.ca", charset="windows-1252"),
             "Entrevue - Planificateur(trice) d'entretien naval",
             "2026-10-26 14:22:51", TORONTO, "<YT3PR01MB62117A1B2C3D4E5F6A7B8C9D0E1F@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>",
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2088.outbound.protection.outlook.com [40.107.115.88])",
             extra=[("Thread-Topic", "Entrevue - Planificateur(trice) d'entretien naval"), ("Content-Language", "fr-CA")],
             charset="windows-1252")
    return message(h, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@make.mail(N(32), family="out_of_office", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto-reply from the Penfeld manager")
def penfeld_ooo():
    body = t("""
        Bonjour,

        Je suis absent jusqu'au lundi 26 octobre inclus, sans accès à ma messagerie.
        Pour toute urgence, merci de contacter Morgane Salaün (morgane.salaun@penfeld-ingenierie.fr).

        Cordialement,
        Hervé Cloarec
        """)
    h = hdrs(addr("Hervé Cloarec", "herve.cloarec@penfeld-ingenierie.fr"),
             "Réponse automatique : Merci pour l'entretien de vendredi",
             "2026-10-18 19:44:13", PARIS, "<CAJ5nM2kP8qR4sT7uV0wX3yZ6aB9cD1e@mail.gmail.com>",
             "from mail-wr1-f66.google.com (mail-wr1-f66.google.com [209.85.221.66])",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("In-Reply-To", "<CAG9pQ1rS5@mail.example.com>")])
    return message(h, text(body))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Yann's thank-you note to a mistyped Nordhavn address")
def dsn_bounce():
    human = t("""
        This is the mail system at host mx.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kari.hovland@nordhavn-offshore.com>: Host or domain name not found. Name
            service error for name=nordhavn-offshore.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.com
        X-Postfix-Queue-ID: 4bQ7tM2xY1z
        X-Postfix-Sender: rfc822; yann.legall@example.com
        Arrival-Date: Wed, 23 Sep 2026 12:04:18 +0200 (CEST)

        Final-Recipient: rfc822; kari.hovland@nordhavn-offshore.com
        Original-Recipient: rfc822;kari.hovland@nordhavn-offshore.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=nordhavn-offshore.com type=A: Host not found
        """)
    orig_headers = t("""
        From: Yann Le Gall <yann.legall@example.com>
        To: Kari Hovland <kari.hovland@nordhavn-offshore.com>
        Subject: Thank you - interview this morning
        Date: Wed, 23 Sep 2026 12:04:11 +0200
        Message-ID: <CAG7tY1uI3oP@mail.example.com>
        """)
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig_headers),
                       params="report-type=delivery-status")
    h = hdrs(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.com"),
             "Undelivered Mail Returned to Sender",
             "2026-09-23 12:04:19", PARIS, "<20260923100419.5C2A81E0F3@mx.example.com>",
             "from localhost (localhost [127.0.0.1])",
             extra=[("Auto-Submitted", "auto-replied")])
    return message(h, report)


@make.mail(N(34), family="offer", lang="fr", interview=False, company="Kerlann Énergies Marines",
           days=(("Fri", "2026-12-11"),),
           note="Job offer with a reply deadline; no interview")
def kerlann_offer():
    body = t("""
        Bonjour Yann,

        Suite à nos différents échanges, j'ai le plaisir de vous proposer le poste de Planificateur
        maintenance - parcs hydroliens, en CDI, basé à Plouzané.

        Vous trouverez ci-joint la proposition détaillée (rémunération, date de prise de poste
        envisagée le 4 janvier 2027, période d'essai). Nous vous serions reconnaissants de nous
        faire part de votre décision avant le vendredi 11 décembre.

        Je reste à votre disposition pour en parler, par téléphone au 02 98 05 61 40.

        Bien cordialement,
        Maëlle Guivarc'h
        Chargée RH - Kerlann Énergies Marines
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposition_Kerlann_YLeGall.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposition_Kerlann_YLeGall.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\n"
                   "ZW5kb2JqCjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFp\n"
                   "bGVyCjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n")
    h = hdrs(addr("Maëlle Guivarc'h", "maelle.guivarch@kerlann-em.fr"),
             "Proposition d'embauche - Planificateur maintenance",
             "2026-12-01 15:33:27", PARIS, "<AS8PR04MB8211A2B3C4D5E6F7A8B9C0D1E2F3@AS8PR04MB8211.eurprd04.prod.outlook.com>",
             "from EUR04-AS8-obe.outbound.protection.outlook.com (mail-as8eur04on2095.outbound.protection.outlook.com [40.107.7.95])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(35), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Dentist appointment confirmation from a booking platform, with ICS: fixed time, not an interview")
def dentist():
    body = t("""
        Bonjour Yann LE GALL,

        Votre rendez-vous est confirmé.

        Dr Anne Kerjean - Chirurgien-dentiste
        jeudi 22 octobre 2026 à 08:45
        14 rue Jean Jaurès, 29200 Brest

        Motif : Détartrage

        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre espace patient.

        RDV Santé Ouest
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Sante Ouest//Agenda//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-99812734@rdvsante-ouest.fr
DTSTAMP:20261015T174501Z
DTSTART;TZID=Europe/Paris:20261022T084500
DTEND;TZID=Europe/Paris:20261022T091500
SUMMARY:RDV Dr Anne Kerjean - Détartrage
LOCATION:14 rue Jean Jaurès\\, 29200 Brest
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("RDV Santé Ouest", "ne-pas-repondre@rdvsante-ouest.fr"),
             "Rendez-vous confirmé : Dr Anne Kerjean, jeudi 22 octobre à 08:45",
             "2026-10-15 19:45:01", PARIS, "<rdv-99812734.confirm@rdvsante-ouest.fr>",
             "from mailer.rdvsante-ouest.fr (mailer.rdvsante-ouest.fr [91.134.56.20])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                     disposition="attachment")))


@make.mail(N(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Outplacement workshop (LinkedIn & network) with a fixed time: not a job interview")
def outplacement_workshop():
    body = t("""
        Bonjour Yann,

        Je vous confirme votre inscription à l'atelier collectif « Activer son réseau et son profil
        LinkedIn » le mardi 22 septembre 2026 de 9h30 à 12h00, dans nos locaux (2 rue de Siam,
        3e étage, Brest).

        Pensez à apporter votre ordinateur portable si vous en avez un.

        À bientôt,
        Sylvie Prigent
        Consultante en transition professionnelle
        Trajectoires Ouest
        """)
    h = hdrs(addr("Sylvie Prigent", "s.prigent@trajectoires-ouest.fr"),
             "Confirmation atelier réseau & LinkedIn - mardi 22/09",
             "2026-09-15 17:20:44", PARIS, "<5a8c1e2f3b4d@trajectoires-ouest.fr>",
             "from smtp.trajectoires-ouest.fr (smtp.trajectoires-ouest.fr [62.210.18.77])")
    return message(h, text(body, cte="8bit"))


@make.mail(N(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="Garage appointment for the car (service): fixed time, not an interview")
def garage():
    body = t("""
        Bonjour M. Le Gall,

        Nous vous confirmons votre rendez-vous atelier :

        Samedi 10 octobre 2026 à 08h30
        Prestation : révision constructeur + contrôle pneumatiques
        Véhicule : Peugeot 308 SW - GH-418-PK
        Durée estimée : 2 h

        Garage de l'Élorn - 3 route de Quimper, 29800 Landerneau - 02 98 85 10 22
        """)
    h = hdrs(addr("Garage de l'Élorn", "atelier@garage-elorn.fr"),
             "Votre rendez-vous atelier du 10/10/2026",
             "2026-10-06 11:02:33", PARIS, "<20261006090233.A1B2C3@garage-elorn.fr>",
             "from smtp.garage-elorn.fr (smtp.garage-elorn.fr [212.27.48.10])",
             charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@make.mail(N(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-11-27"),),
           note="Sailing club general assembly convocation: fixed time, not an interview")
def club_ag():
    body = t("""
        Bonjour à toutes et à tous,

        Vous êtes convoqués à l'Assemblée générale ordinaire du Club Nautique du Moulin Blanc
        le vendredi 27 novembre 2026 à 19h00, au club-house.

        Ordre du jour :
        1. Rapport moral et rapport d'activité 2026
        2. Rapport financier, vote du budget 2027
        3. Renouvellement du bureau (3 postes)
        4. Calendrier des régates 2027
        5. Questions diverses

        Un pot suivra l'AG. Pensez à votre pouvoir si vous ne pouvez pas venir.

        Sportivement,
        Le bureau du CNMB
        """)
    h = hdrs(addr("CN Moulin Blanc", "bureau@cn-moulinblanc.fr"),
             "Convocation AG du Club - vendredi 27 novembre",
             "2026-11-08 18:15:00", PARIS, "<cnmb-ag2026-001@cn-moulinblanc.fr>",
             "from smtp.cn-moulinblanc.fr (smtp.cn-moulinblanc.fr [213.186.33.5])",
             to="Adherents CNMB <adherents@cn-moulinblanc.fr>")
    return message(h, text(body, cte="8bit"))


@make.mail(N(39), family="newsletter", lang="fr", interview=False, company=None,
           note="Weekly maritime-industry newsletter, includes an 'interview' of a shipyard boss")
def newsletter():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px;margin:auto">
        <h1 style="color:#123456">Mer &amp; Industrie Hebdo - n° 412</h1>
        <h3>Réparation navale : le bassin n° 3 de Brest de nouveau saturé</h3>
        <p>Les carnets de commande des chantiers bretons sont pleins jusqu'à l'été 2027, et les
        industriels peinent à recruter des planificateurs et des méthodistes...</p>
        <h3>Interview : « Nous embauchons 40 techniciens » - le directeur d'Océa Réparation Navale</h3>
        <p>Rencontre avec le patron du chantier lorientais, qui mise sur l'élévateur à bateaux...</p>
        <h3>Agenda</h3>
        <p>Salon des métiers de la mer, Brest, 14 novembre · Colloque éolien flottant, Nantes, 2 décembre</p>
        <p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné. <a href="https://www.mer-industrie.example.net/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    h = hdrs(addr("Mer & Industrie Hebdo", "lettre@mer-industrie.example.net"),
             "Réparation navale : les chantiers bretons saturés | Interview du patron d'Océa",
             "2026-10-30 06:30:00", PARIS, "<nl412.20261030@mer-industrie.example.net>",
             "from mta3.mer-industrie.example.net (mta3.mer-industrie.example.net [185.41.28.3])",
             extra=[("List-Unsubscribe", "<https://www.mer-industrie.example.net/desabonnement>"),
                    ("Precedence", "bulk")])
    return message(h, html(page))


@make.mail(N(40), family="travel_ticket", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Train e-ticket Brest -> Lorient for the day of the Océa interview: fixed time, not an interview")
def train_ticket():
    body = t("""
        Bonjour Yann,

        Merci pour votre achat. Voici votre e-billet.

        ALLER - mardi 29 septembre 2026
        Brest 06h58 -> Lorient 08h21 - TER 85410 - Voiture 2, place 34

        RETOUR - mardi 29 septembre 2026
        Lorient 12h37 -> Brest 14h05 - TER 85423

        Référence de dossier : QKZ7PL
        Montant payé : 38,60 EUR

        Présentez le QR code de votre e-billet lors du contrôle.

        Rail Ouest - Bon voyage !
        """)
    h = hdrs(addr("Rail Ouest", "billets@railouest.example.net"),
             "Votre e-billet Brest - Lorient du 29/09 (dossier QKZ7PL)",
             "2026-09-24 20:11:42", PARIS, "<eb.QKZ7PL.20260924@railouest.example.net>",
             "from mo2.railouest.example.net (mo2.railouest.example.net [193.252.22.2])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="job_fair", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Registration for a maritime-jobs fair: fixed time, not an interview")
def job_fair():
    body = t("""
        Bonjour Yann,

        Votre inscription au Salon des métiers de la mer est bien enregistrée.

        Samedi 14 novembre 2026, de 9h00 à 17h00
        Brest Arena - Parc des expositions de Penfeld

        Plus de 60 employeurs (construction et réparation navales, énergies marines, ports,
        défense) seront présents. Les entretiens sur les stands se font sans rendez-vous :
        pensez à imprimer une dizaine de CV.

        Votre badge visiteur (QR code) est joint à ce message.

        L'équipe du Salon des métiers de la mer
        """)
    h = hdrs(addr("Salon des métiers de la mer", "inscriptions@salon-metiers-mer.example.net"),
             "Inscription confirmée - Salon des métiers de la mer, 14 novembre",
             "2026-11-03 12:00:09", PARIS, "<insc-88123@salon-metiers-mer.example.net>",
             "from mail.salon-metiers-mer.example.net (mail.salon-metiers-mer.example.net [5.39.80.14])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="application_receipt", lang="en", interview=False, company="Nordhavn Offshore Maintenance",
           note="Greenhouse application receipt from the Norwegian employer")
def nordhavn_receipt():
    body = t("""
        Hi Yann,

        Thank you for applying to the Maintenance Planner - Vessel Dry-Docking position at Nordhavn
        Offshore Maintenance. We have received your application and our team will review it shortly.

        If your qualifications match our needs, a member of our team will reach out to you about
        next steps.

        Best regards,
        Nordhavn Offshore Maintenance Talent Acquisition
        """)
    h = hdrs(addr("Nordhavn Offshore Maintenance", "no-reply@greenhouse.io"),
             "Thank you for applying to Nordhavn Offshore Maintenance",
             "2026-09-04 21:18:40", OSLO, "<66d8b3f0e1a2c_2b4f9c1d8e7a@greenhouse-mailer-3c2a.mail>",
             "from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.44])")
    return message(h, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@make.mail(N(43), family="assessment", lang="fr", interview=False, company="Thalassa Défense Systèmes",
           days=(("Thu", "2026-10-08"),),
           note="Online personality/aptitude test to complete before a deadline: not an interview")
def thalassa_assessment():
    body = t("""
        Bonjour Yann,

        Dans le cadre de votre candidature au poste de Planificateur Maintenance MCO Naval (F/H),
        nous vous invitons à compléter deux tests en ligne (environ 40 minutes au total) :

          - questionnaire de personnalité
          - test de raisonnement logique

        Lien : https://assess.thalassa-defense.fr/c/9e81f2a4
        Date limite : jeudi 8 octobre 2026 à 23h59

        Ces tests seront débriefés lors de votre entretien.

        L'équipe Talent Acquisition
        Thalassa Défense Systèmes
        """)
    h = hdrs(addr("Thalassa Défense Systèmes", "no-reply@smartrecruiters.com"),
             "Tests en ligne à compléter - Planificateur Maintenance MCO Naval",
             "2026-10-02 09:12:15", PARIS, "<20261002071215.9f8e7d6c5b4a@smartrecruiters.com>",
             "from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [52.58.12.201])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Outlook meeting request at the current employer (technical-stop planning review), Romance "
                "Standard Time ICS: a work meeting, not an interview")
def work_meeting():
    body = t("""
        Bonjour à tous,

        Point hebdo sur le planning de l'arrêt technique : avancement des lots coque et propulsion,
        aléas, besoins de sous-traitance pour la semaine 41.

        Merci de mettre à jour vos lots dans le fichier partagé avant la réunion.

        Hélène
        """) + teams_fr("318 550 247 069", "wZ3kT9", "ZTBlMjk0YjMtOGM2Zi00ZDA3LThhYTctNmQ0YjkwZTM1MmFj")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Hélène Quillévéré:mailto:helene.quillevere@navantis-services.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ronan Guéguen:mailto:ronan.gueguen@navantis-services.fr
UID:040000008200E00074C5B7101A82E00800000000F2E3D4C5B66BDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=fr-FR:Revue planning arrêt technique - S40
DTSTART;TZID=Romance Standard Time:20260930T083000
DTEND;TZID=Romance Standard Time:20260930T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T141122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Recouvrance / Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Hélène Quillévéré", "helene.quillevere@navantis-services.fr"),
             "Revue planning arrêt technique - S40",
             "2026-09-25 16:11:22", PARIS, "<PA4P190MB1120C3D2E1F0A9B8C7D6E5F4A3B2@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
             "from EUR02-PA4-obe.outbound.protection.outlook.com (mail-pa4eur02on2130.outbound.protection.outlook.com [40.107.15.130])",
             extra=[("Thread-Topic", enc("Revue planning arrêt technique - S40")), ("Content-Language", "fr-FR")])
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(45), family="reference_request", lang="fr", interview=False, company="Chantiers de l'Iroise",
           note="After the interviews, the recruiter asks for two references; nothing scheduled")
def iroise_references():
    body = t("""
        Bonjour Yann,

        Merci encore pour votre venue jeudi. Avant de finaliser notre décision, pourriez-vous nous
        communiquer les coordonnées de deux personnes que nous pourrions contacter pour une prise
        de références (idéalement un ancien responsable hiérarchique) ?

        Bien cordialement,
        Nolwenn Le Bihan
        Responsable RH - Chantiers de l'Iroise
        """)
    h = hdrs(addr("Nolwenn Le Bihan", "nolwenn.lebihan@chantiers-iroise.fr"),
             "Prise de références",
             "2026-10-12 10:40:07", PARIS, "<CAN9xB3cD7eF1gH5iJ9kL3mN7oP1qR5s@mail.gmail.com>",
             "from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="School parent-teacher meeting with a fixed slot: not an interview")
def school_meeting():
    body = t("""
        Madame, Monsieur,

        Votre rendez-vous pour la rencontre parents-professeurs est fixé :

        Élève : Maël LE GALL - 4e B
        Professeur : M. Kerbrat (professeur principal, mathématiques)
        Jeudi 19 novembre 2026 à 17h45 - salle 112

        Merci de vous présenter quelques minutes en avance.

        Collège Anna Marly - Brest
        (message envoyé depuis l'ENT, merci de ne pas répondre)
        """)
    h = hdrs(addr("ENT Collège Anna Marly", "ne-pas-repondre@ent-colleges29.example.net"),
             "Rencontre parents-professeurs : votre rendez-vous",
             "2026-11-12 13:05:55", PARIS, "<ent.rdv.448120@ent-colleges29.example.net>",
             "from smtp.ent-colleges29.example.net (smtp.ent-colleges29.example.net [195.221.50.9])")
    return message(h, html(gmail_html(body)))


@make.mail(N(47), family="post_interview_thanks", lang="en", interview=False, company="Nordhavn Offshore Maintenance",
           note="Recruiter's thanks after the first interview, 'we'll be in touch': nothing scheduled")
def nordhavn_thanks():
    body = t("""
        Hi Yann,

        Thanks for your note (and for resending it to the right address!). Ingrid really enjoyed
        your conversation this morning, especially the part about sequencing hull and propulsion
        work packages.

        We're meeting the remaining candidates this week and will come back to you with next steps
        shortly.

        Best,
        Kari

        On Wed, 23 Sept 2026 at 12:09, Yann Le Gall <yann.legall@example.com> wrote:
        > Dear Kari,
        >
        > Thank you for organising this morning's interview with Ingrid. I enjoyed learning more
        > about your dry-dock programme and remain very interested in the role.
        >
        > Kind regards,
        > Yann
        """)
    h = hdrs(addr("Kari Hovland", "kari.hovland@nordhavn-offshore.no"),
             "Re: Thank you - interview this morning",
             "2026-09-23 15:47:30", OSLO, "<HE1PR06MB3021A9B8C7D6E5F4A3B2C1D0E9F8@HE1PR06MB3021.eurprd06.prod.outlook.com>",
             "from EUR06-HE1-obe.outbound.protection.outlook.com (mail-he1eur06on2088.outbound.protection.outlook.com [40.107.4.88])",
             extra=[("In-Reply-To", "<CAG7tY1uI3oQ@mail.example.com>"),
                    ("References", "<CAG7tY1uI3oQ@mail.example.com>")])
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(48), family="platform_notification", lang="fr", interview=False, company=None,
           note="Job platform notification: a recruiter viewed the profile")
def profile_viewed():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Yann,</p>
        <p><b>3 recruteurs</b> ont consulté votre profil cette semaine, dont un recruteur de
        <b>Chantier Naval du Trieux</b>.</p>
        <p><a href="https://www.cap-carrieres.example.net/profil/vues">Voir qui a consulté mon profil</a></p>
        <p>Astuce : les profils avec une photo et un titre précis reçoivent 3 fois plus de messages.</p>
        <p style="font-size:11px;color:#999">Cap Carrières · <a href="https://www.cap-carrieres.example.net/notifications">Gérer mes notifications</a></p>
        </body></html>
        """)
    h = hdrs(addr("Cap Carrières", "notifications@cap-carrieres.example.net"),
             "Yann, 3 recruteurs ont consulté votre profil",
             "2026-11-24 08:15:30", PARIS, "<notif.pv.20261124.77120@cap-carrieres.example.net>",
             "from out-12.cap-carrieres.example.net (out-12.cap-carrieres.example.net [37.59.110.12])",
             extra=[("List-Unsubscribe", "<https://www.cap-carrieres.example.net/notifications>")])
    return message(h, html(page))


@make.mail(N(49), family="webinar", lang="fr-CA", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Webinar registration 'Travailler au Québec' at 12 h (heure de l'Est), 18 h in France: an event, "
                "not an interview")
def quebec_webinar():
    body = t("""
        Bonjour Yann,

        Merci de votre inscription au webinaire « Travailler au Québec dans les métiers maritimes :
        permis, reconnaissance des diplômes et installation ».

        Quand : le mardi 13 octobre 2026, de 12 h à 13 h 30 (heure de l'Est), soit 18 h en France
        Lien de connexion : https://passerelle-quebec.example.net/webinaire/2026-10-13

        Le lien sera actif 15 minutes avant le début. Un enregistrement sera envoyé aux inscrits.

        L'équipe de Passerelle Québec Emploi
        """)
    h = hdrs(addr("Passerelle Québec Emploi", "info@passerelle-quebec.example.net"),
             "Inscription confirmée : webinaire Travailler au Québec - 13 octobre",
             "2026-10-07 10:41:12", TORONTO, "<web.2026-10-13.1187@passerelle-quebec.example.net>",
             "from mta.passerelle-quebec.example.net (mta.passerelle-quebec.example.net [142.4.210.31])")
    return message(h, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@make.mail(N(50), family="application_receipt", lang="en", interview=False, company="Ballycotton Marine Engineering",
           note="Workable application receipt from the Irish employer")
def ballycotton_receipt():
    body = t("""
        Hi Yann,

        Thank you for applying for the Maintenance Planner position at Ballycotton Marine Engineering.

        We've received your application and our hiring team will review it over the coming days.
        We'll be in touch if your profile is a match for the role.

        Kind regards,
        Ballycotton Marine Engineering

        Powered by Workable
        """)
    inner = message([
        ("From", addr("Ballycotton Marine Engineering", "noreply@candidates.workablemail.com")),
        ("To", ME_OLD),
        ("Subject", "Thanks for applying to Ballycotton Marine Engineering"),
        ("Date", date("2026-09-21 17:02:40", DUBLIN)),
        ("Message-ID", "<wk.1a9c3e5f7b2d.1790006560@candidates.workablemail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))
    note = t("""
        (renvoyé depuis mon ancienne adresse)
        """)
    h = hdrs(addr("Yann Le Gall", ME_OLD),
             "Fwd: Thanks for applying to Ballycotton Marine Engineering",
             "2026-09-21 19:30:05", PARIS, "<9B2E7C1A-4F3D-4E8B-A6C5-0D1F2E3A4B5C@example.org>",
             "from smtp.example.org (smtp.example.org [192.0.2.25])")
    return message(h, mixed(text(note), attached_message(inner, filename="Thanks for applying.eml")))
