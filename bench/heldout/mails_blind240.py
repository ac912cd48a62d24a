"""blind240: 50 hand-written mails from the inbox of Chiara Santoni, a port and ferry operations
analyst in Ajaccio (Europe/Paris), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails); built and
checked with ``python3 bench/heldout/make_blind.py blind240``.
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
    received,
    t,
    text,
)

ORDER = random.Random(2400240).sample(range(1, 51), 50)
ME = "chiara.santoni@example.org"
ME_H = addr("Chiara Santoni", ME)


def N(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind240_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, mid: str, *, relay: str, zone: str = "Europe/Paris",
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         ident: str = "mx1.example.org with ESMTPS id") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    rid = mid.strip("<>")[:10].replace("@", "x").replace(".", "q")
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"{ident} {rid}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T08:00:00Z", end="2026-09-10T08:45:00Z",
      contact="elodie.marchetti@massilia-roro.fr", company="Massilia Ro-Ro Lines",
      local="Thu 2026-09-10 10:00", local_end="2026-09-10 10:45", zone="Europe/Paris",
      note="Greenhouse confirmation, 10:00-10:45 CEST (Europe/Paris, UTC+2 in September) -> "
           "08:00-08:45Z; contact = human Reply-To recruiter (sender is a Greenhouse no-reply)")
def p01() -> bytes:
    body = t("""
        Hi Chiara,

        Thanks for making time to speak with us! Your interview for Port Operations
        Analyst (Marseille) at Massilia Ro-Ro Lines is confirmed.

        Interview details
        -----------------
        Thursday, September 10, 2026
        10:00 AM - 10:45 AM CEST (Europe/Paris)

        Interviewer: Bastien Ferracci, Head of Terminal Planning
        Format: Zoom video call

        Join Zoom Meeting
        https://massilia-roro.zoom.us/j/83120947765?pwd=Qm9yT2VhZHN6cVJtY1dB
        Meeting ID: 831 2094 7765
        Passcode: 502914

        If you need to reschedule, simply reply to this email and it will reach me.

        Best regards,
        Élodie Marchetti
        Talent Acquisition, Massilia Ro-Ro Lines
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Chiara,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Port Operations Analyst
        (Marseille)</b> at Massilia Ro-Ro Lines is confirmed.</p>
        <table cellpadding="6" style="border:1px solid #d0d7de">
        <tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>10:00 AM - 10:45 AM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Bastien Ferracci, Head of Terminal Planning</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://massilia-roro.zoom.us/j/83120947765?pwd=Qm9yT2VhZHN6cVJtY1dB">Join Zoom Meeting</a><br>
        Meeting ID: 831 2094 7765 &middot; Passcode: 502914</td></tr>
        </table>
        <p>If you need to reschedule, simply reply to this email and it will reach me.</p>
        <p>Best regards,<br>&Eacute;lodie Marchetti<br>Talent Acquisition, Massilia Ro-Ro Lines</p>
        <img src="https://click.greenhouse.io/open/pixel/7hQ2x9.gif" width="1" height="1" alt="">
        </body></html>
    """)
    h = head("Massilia Ro-Ro Lines <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Port Operations Analyst (Marseille)", "2026-09-03 16:12",
             "<0100019a1c2f7e3b-5d1a8c4e-7f21-4c0e-9a55-3e1d2b7c9f04-000000@email.amazonses.com>",
             relay="from a9-31.smtp-out.amazonses.com (a9-31.smtp-out.amazonses.com [54.240.9.31])",
             extra=(("Reply-To", addr("Élodie Marchetti", "elodie.marchetti@massilia-roro.fr")),
                    ("X-Mailer", "Greenhouse")))
    return message(h, alt(text(body), html(page)))


@mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start="2026-09-14T07:30:00Z", end="2026-09-14T08:15:00Z",
      contact="laetitia.orsini@tyrrhenia-ferries.fr", company="Tyrrhenia Ferries",
      local="Mon 2026-09-14 09:30", local_end="2026-09-14 10:15", zone="Europe/Paris",
      note="Lever confirmation in French, 'lundi 14 septembre 2026, de 9h30 à 10h15 (heure de "
           "Paris)' = CEST -> 07:30-08:15Z (ICS in UTC agrees); sender and ICS organizer are "
           "Lever no-reply, so contact = the recruiter address written in the body")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f6f8">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#222">
        <img src="https://lever-client-logos.s3.amazonaws.com/tyrrhenia-ferries.png" alt="Tyrrhenia Ferries" height="36">
        <p>Bonjour Chiara,</p>
        <p>Votre entretien pour le poste <strong>Analyste opérations passagers &ndash; Bastia</strong> est confirmé.</p>
        <p style="padding:12px 16px;background:#f0f4ff;border-radius:6px">
        <strong>lundi 14 septembre 2026</strong><br>
        de 9h30 à 10h15 (heure de Paris)<br>
        Visioconférence Google Meet : <a href="https://meet.google.com/vxq-ffrt-kob">meet.google.com/vxq-ffrt-kob</a></p>
        <p>Vous échangerez avec Paul-Antoine Guidicelli, responsable de l'exploitation du port de Bastia.</p>
        <p>Pour toute question, écrivez à Laetitia Orsini (<a href="mailto:laetitia.orsini@tyrrhenia-ferries.fr">laetitia.orsini@tyrrhenia-ferries.fr</a>).
        Merci de ne pas répondre directement à ce message.</p>
        <p>À très bientôt,<br>L'équipe recrutement Tyrrhenia Ferries</p>
        <p style="font-size:11px;color:#888">Envoyé via Lever &middot; <a href="https://jobs.lever.co/tyrrhenia-ferries">jobs.lever.co/tyrrhenia-ferries</a></p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-5c0a9e2d-71f3-4b8e-b0d6-2a9f41c7e3aa
        DTSTAMP:20260908T090512Z
        DTSTART:20260914T073000Z
        DTEND:20260914T081500Z
        SUMMARY:Entretien Tyrrhenia Ferries - Analyste opérations passagers
        LOCATION:https://meet.google.com/vxq-ffrt-kob
        ORGANIZER;CN=Tyrrhenia Ferries:mailto:no-reply@hire.lever.co
        ATTENDEE;CN=Chiara Santoni;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chiara.santoni@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Tyrrhenia Ferries <no-reply@hire.lever.co>",
             "Confirmation de votre entretien avec Tyrrhenia Ferries", "2026-09-08 11:05",
             "<20260908090512.b7e1c4f09a2d3e55@hire.lever.co>",
             relay="from o7.email.lever.co (o7.email.lever.co [167.89.40.17])")
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-16T08:00:00Z", end=None,
      contact="g.pietri@sudcorse-manutention.fr", company="Sud Corse Manutention",
      local="Wed 2026-09-16 10:00", zone="Europe/Paris",
      note="Phone-written tu prose: 'passe demain sur le coup de 10h' sent Tue 15 Sep 08:41 CEST "
           "-> Wed 16 Sep 10:00 CEST = 08:00Z; 'compte une petite heure' is not an exact length "
           "-> end null; contact = human sender")
def p03() -> bytes:
    body = t("""
        Salut Chiara,

        Comme on s'est dit au tel hier soir, c'est bon de mon côté : passe demain sur le coup de 10h au bureau, quai L'Herminier (le bâtiment bleu juste après la gare maritime, 1er étage). On fait l'entretien avec Marie-Jo des RH pour le poste d'analyste exploitation, compte une petite heure.

        Prends juste ton CV papier, Marie-Jo est old school ;)

        A dumane,
        Ghjuvanni

        --
        Ghjuvanni Pietri
        Directeur d'exploitation - Sud Corse Manutention
        06 12 48 90 37

        Envoyé de mon iPhone
    """)
    h = head(addr("Ghjuvanni Pietri", "g.pietri@sudcorse-manutention.fr"),
             "entretien demain", "2026-09-15 08:41",
             "<8F3C2A71-4E0B-4D5C-9A1E-2B6D7C0F9E13@sudcorse-manutention.fr>",
             relay="from smtp.sudcorse-manutention.fr (smtp.sudcorse-manutention.fr [91.121.44.207])",
             extra=(("X-Mailer", "iPhone Mail (22G86)"),))
    return message(h, text(body, cte="8bit"))


@mail(N(4), family="exchange", lang="fr", interview=True, kind="scheduled",
      start="2026-09-22T13:00:00Z", end="2026-09-22T14:00:00Z",
      contact="f.bruzzone@liguria-navi.it", company="Liguria Navi S.p.A.",
      local="Tue 2026-09-22 15:00", local_end="2026-09-22 16:00", zone="Europe/Rome",
      note="Genoa employer writing French via Exchange/Teams: 'mardi 22 septembre de 15h à 16h "
           "(heure italienne, la même qu'en Corse)' = CEST -> 13:00-14:00Z; ICS TZID 'W. Europe "
           "Standard Time' agrees; contact = organizer/sender")
def p04() -> bytes:
    body = t("""
        Bonjour Madame Santoni,

        Suite à notre échange téléphonique, je vous confirme notre entretien pour le poste de Analyste Opérations Ferry (ligne Gênes - Bastia) : mardi 22 septembre de 15h à 16h (heure italienne, la même qu'en Corse), en visio sur Teams.

        Seront présents moi-même et M. Davide Parodi, directeur des opérations. L'entretien se fera en français, peut-être une petite partie en anglais.

        Cordiali saluti / Bien cordialement,

        Federica Bruzzone
        Risorse Umane - Liguria Navi S.p.A.
        Calata Gadda, 16126 Genova
        +39 010 555 2281

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE2YTMtNGI4Yy00ZjEx%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>
        ID de réunion : 349 118 206 774
        Code secret : Vq7uP2
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="IT" style="font-family:Calibri,sans-serif;font-size:11pt">
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Santoni,</p>
        <p class="MsoNormal">Suite à notre échange téléphonique, je vous confirme notre entretien pour le poste de Analyste Opérations Ferry (ligne Gênes - Bastia) : <b>mardi 22 septembre de 15h à 16h</b> (heure italienne, la même qu'en Corse), en visio sur Teams.</p>
        <p class="MsoNormal">Seront présents moi-même et M. Davide Parodi, directeur des opérations. L'entretien se fera en français, peut-être une petite partie en anglais.</p>
        <p class="MsoNormal">Cordiali saluti / Bien cordialement,</p>
        <p class="MsoNormal">Federica Bruzzone<br>Risorse Umane - Liguria Navi S.p.A.<br>Calata Gadda, 16126 Genova<br>+39 010 555 2281</p>
        <div style="max-width:520px">________________________________________________________________________________
        <p><span style="font-size:18pt">Réunion Microsoft Teams</span></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE2YTMtNGI4Yy00ZjEx%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d">Cliquez ici pour participer à la réunion</a></p>
        <p>ID de réunion : 349 118 206 774<br>Code secret : Vq7uP2</p>
        </div></div></body></html>
    """)
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Federica Bruzzone:mailto:f.bruzzone@liguria-navi.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chiara.santoni@example.org:mailto:chiara.santoni@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Davide Parodi:mailto:d.parodi@liguria-navi.it
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Santoni\\,\\n\\nSuite à notre échange téléphonique\\, je vous confirme notre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C3D1A9E02ADD01000000000000000010000000C4D9E1F0A2B3C4D5E6F708192A3B4C5D
        SUMMARY;LANGUAGE=fr-FR:Entretien - Analyste Opérations Ferry (C. Santoni)
        DTSTART;TZID=W. Europe Standard Time:20260922T150000
        DTEND;TZID=W. Europe Standard Time:20260922T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T153012Z
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
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE2YTMtNGI4Yy00ZjEx%40thread.v2/0
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
    h = head(addr("Federica Bruzzone", "f.bruzzone@liguria-navi.it"),
             "Entretien – Analyste Opérations Ferry (Gênes - Bastia)", "2026-09-16 17:30",
             "<AM9PR08MB6129A4E2C31F7B1D0E9C5A44C2A12@AM9PR08MB6129.eurprd08.prod.outlook.com>",
             zone="Europe/Rome",
             relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2111.outbound.protection.outlook.com [40.107.22.111])",
             extra=(("Thread-Topic", enc("Entretien – Analyste Opérations Ferry (Gênes - Bastia)")),
                    ("Thread-Index", "AdspRb3xq0vN1fTTQ0+7nM4yW1kR2Q=="),
                    ("Accept-Language", "it-IT, fr-FR, en-US"),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page),
                          calendar(ics, cte="base64")))


@mail(N(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T13:00:00Z", end="2026-10-01T13:45:00Z",
      contact="hannah.okafor@tidewater-analytics.co.uk", company="Tidewater Analytics",
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 14:45", zone="Europe/London",
      note="Ashby confirmation for a London remote team: 2:00-2:45 PM BST (Europe/London, UTC+1) "
           "-> 13:00-13:45Z, also written as 3:00-3:45 PM CEST for the candidate; ICS in UTC "
           "agrees; contact = Reply-To recruiter")
def p05() -> bytes:
    body = t("""
        Hi Chiara,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 1, 2026
        2:00 PM - 2:45 PM BST (3:00 PM - 3:45 PM CEST, your time zone)
        Google Meet: https://meet.google.com/pqr-hhxz-tuv

        You'll meet with:
          Owen Fairbairn - Lead Data Analyst, Port Insights
          Priya Raman - Product Manager

        This is a case-style conversation about berth utilisation data; no preparation needed.

        Questions? Just reply and it will reach Hannah Okafor.

        Thanks,
        Tidewater Analytics Recruiting
    """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-3b9e0c47-2f1d-4a8e-9c55-61d07e2b8f19
        DTSTAMP:20260925T091402Z
        DTSTART:20261001T130000Z
        DTEND:20261001T134500Z
        SEQUENCE:0
        SUMMARY:Tidewater Analytics - Data Analyst (Port Insights) Interview
        LOCATION:https://meet.google.com/pqr-hhxz-tuv
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@tidewater-analytics.co.uk
        ATTENDEE;CN=Chiara Santoni;RSVP=TRUE:mailto:chiara.santoni@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Tidewater Analytics <no-reply@ashbyhq.com>",
             "Interview confirmed: Data Analyst (Port Insights) at Tidewater Analytics",
             "2026-09-25 10:14",
             "<01000193a0c2d4e1-8b3f7a20-1c4d-4e5f-a6b7-c8d9e0f1a2b3-000000@email.amazonses.com>",
             zone="Europe/London",
             relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
             extra=(("Reply-To", addr("Hannah Okafor", "hannah.okafor@tidewater-analytics.co.uk")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(6), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-05T12:00:00Z", end="2026-10-05T13:00:00Z",
      contact="sebastien.roux@meridienne-maritime.fr", company="Groupe Méridienne Maritime",
      local="Mon 2026-10-05 14:00", local_end="2026-10-05 15:00", zone="Europe/Paris",
      note="Workday HTML-only confirmation, 'lun. 5 oct. 2026, 14:00 - 15:00 (Europe/Paris)' "
           "CEST -> 12:00-13:00Z; sender is the Workday tenant mailbox, contact = the "
           "interviewer's address in the body")
def p06() -> bytes:
    page = t("""
        <html><head><meta charset="UTF-8"><title>Workday</title></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;border-top:4px solid #005cb9">
        <p>Bonjour Chiara,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :</p>
        <p><b>R-00412 Analyste Planification Escales (H/F) – Marseille</b></p>
        <table cellpadding="4">
        <tr><td>Date :</td><td>lun. 5 oct. 2026</td></tr>
        <tr><td>Heure :</td><td>14:00 - 15:00 (Europe/Paris)</td></tr>
        <tr><td>Lieu :</td><td>Siège – 12 quai de la Joliette, 13002 Marseille, accueil 3e étage</td></tr>
        <tr><td>Interlocuteur :</td><td>Sébastien Roux, Responsable Planification (sebastien.roux@meridienne-maritime.fr)</td></tr>
        </table>
        <p>Merci de vous présenter 10 minutes avant avec une pièce d'identité.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature dans votre <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/meridienne/Carrieres">espace candidat</a>.</p>
        <p>Cordialement,<br>Direction des Ressources Humaines<br>Groupe Méridienne Maritime</p>
        <p style="font-size:10px;color:#999">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
    """)
    h = head(addr("Groupe Méridienne Maritime", "meridienne@myworkday.com"),
             "Confirmation de votre entretien – R-00412 Analyste Planification Escales",
             "2026-09-29 09:02", "<1759131720451.41873.meridienne@myworkday.com>",
             relay="from mx0b-00230a01.pphosted.com (mx0b-00230a01.pphosted.com [148.163.159.21])")
    return message(h, html(page))


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T09:30:00Z", end="2026-10-07T10:00:00Z",
      contact="marco@rivieratender.fr", company="Riviera Tender Services",
      local="Wed 2026-10-07 11:30", local_end="2026-10-07 12:00", zone="Europe/Paris",
      note="Calendly invitee confirmation, '11:30am - 12:00pm, Wednesday, October 7, 2026 "
           "(Central European Time - Paris)' -> Paris is on CEST in October before the 25th, "
           "09:30-10:00Z; contact = Reply-To host (notifications@ sender excluded)")
def p07() -> bytes:
    body = t("""
        Hi Chiara Santoni,

        Your Interview - Marine Operations Analyst with Marco Ferrero is confirmed.

        Event Type:
        Interview - Marine Operations Analyst

        Event Date/Time:
        11:30am - 12:00pm, Wednesday, October 7, 2026 (Central European Time - Paris)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/zsk-prmw-ahd

        Invitee Email:
        chiara.santoni@example.org

        Questions:
        Anything you'd like to share before the call?
        I'm based in Ajaccio and can relocate to Nice from January.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f3e1b2a-8c0d-4e9f-a1b2-c3d4e5f6a7b8
        Reschedule: https://calendly.com/reschedulings/6f3e1b2a-8c0d-4e9f-a1b2-c3d4e5f6a7b8

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6f3e1b2a-8c0d-4e9f-a1b2-c3d4e5f6a7b8@calendly.com
        DTSTAMP:20261003T174701Z
        DTSTART:20261007T093000Z
        DTEND:20261007T100000Z
        SUMMARY:Interview - Marine Operations Analyst (Chiara Santoni and Marco Ferrero)
        ORGANIZER;CN=Marco Ferrero:mailto:marco@rivieratender.fr
        ATTENDEE;CN=Chiara Santoni;RSVP=TRUE:mailto:chiara.santoni@example.org
        LOCATION:https://meet.google.com/zsk-prmw-ahd
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Calendly <notifications@calendly.com>",
             "Confirmed: Interview - Marine Operations Analyst with Marco Ferrero on Wednesday, October 7, 2026",
             "2026-10-03 19:47", "<6f3e1b2a8c0d.20261003174701.invitee@calendly.com>",
             relay="from o1678912.outbound-mail.sendgrid.net (o1678912.outbound-mail.sendgrid.net [167.89.101.22])",
             extra=(("Reply-To", addr("Marco Ferrero", "marco@rivieratender.fr")),))
    return message(h, mixed(text(body, cte="7bit"),
                            calendar(ics, filename="invite.ics", disposition="attachment",
                                     ctype="application/ics", method=None)))


@mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="as.leca@capcorse-logistique.fr", company="Cap Corse Logistique",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Paris",
      note="Google Calendar invitation sent Thu 22 Oct in CEST for Mon 26 Oct, the day after "
           "Europe leaves summer time: 10:00-11:00 CET (UTC+1) -> 09:00-10:00Z; ICS TZID "
           "Europe/Paris agrees; contact = organizer")
def p08() -> bytes:
    body = t("""
        Anne-Sophie Leca vous a invité à un événement.

        Entretien Chiara Santoni – Analyste flux portuaires
        lundi 26 octobre 2026 ⋅ 10:00 – 11:00 (heure normale d’Europe centrale - Paris)

        Lieu
        Cap Corse Logistique, Port de Toga, 20200 Bastia

        Bonjour Chiara, comme convenu, on se retrouve à l'agence du port de Toga. Demandez-moi à l'accueil. Anne-Sophie

        Participer avec Google Meet
        https://meet.google.com/bfo-xnzk-yqe

        Organisateur
        Anne-Sophie Leca
        as.leca@capcorse-logistique.fr

        Invités
        Anne-Sophie Leca - organisateur
        Chiara Santoni
        Lisandru Mattei

        Afficher tous les détails de l'invité https://calendar.google.com/calendar/event?action=VIEW&eid=M2E5ZGY

        Répondre pour chiara.santoni@example.org : Oui https://calendar.google.com/calendar/event?action=RESPOND&rst=1 Non Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T100000
        DTEND;TZID=Europe/Paris:20261026T110000
        DTSTAMP:20261022T132009Z
        ORGANIZER;CN=Anne-Sophie Leca:mailto:as.leca@capcorse-logistique.fr
        UID:3a9df0c1k7e2m5p8q1r4s6t9v2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chiara.santoni@example.org;X-NUM-GUESTS=0:mailto:chiara.santoni@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lisandru Mattei;X-NUM-GUESTS=0:mailto:l.mattei@capcorse-logistique.fr
        CREATED:20261022T131955Z
        DESCRIPTION:Bonjour Chiara\\, comme convenu\\, on se retrouve à l'agence du port de Toga. Demandez-moi à l'accueil. Anne-Sophie
        LAST-MODIFIED:20261022T132009Z
        LOCATION:Cap Corse Logistique\\, Port de Toga\\, 20200 Bastia
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Chiara Santoni – Analyste flux portuaires
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """))
    page = gmail_html(body)
    h = head(addr("Anne-Sophie Leca", "as.leca@capcorse-logistique.fr"),
             "Invitation: Entretien Chiara Santoni – Analyste flux portuaires @ lun. 26 oct. 2026 "
             "10:00 - 11:00 (CET) (chiara.santoni@example.org)",
             "2026-10-22 15:20", "<calendar-7c1e0f52-9b3d-4a6e-8f21-d4c5b6a79e08@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Anne-Sophie Leca", "as.leca@capcorse-logistique.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="quoted-printable")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z",
      contact="jordan.whitaker@harborline.io", company="Harborline Systems",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/New_York",
      note="GoodTime confirmation sent Thu 29 Oct in EDT for Tue 3 Nov, after the US returns to "
           "standard time on 1 Nov: 9:00-10:00 AM EST (UTC-5) -> 14:00-15:00Z = 3:00-4:00 PM "
           "CET in Paris as also written; ICS TZID America/New_York agrees; contact = Reply-To "
           "coordinator")
def p09() -> bytes:
    body = t("""
        Hi Chiara,

        You're all set! Here are the details for your upcoming interview with Harborline Systems.

        Position: Senior Analyst, Vessel Operations (Remote - EMEA)
        Date: Tuesday, November 3, 2026
        Time: 9:00 AM - 10:00 AM EST (New York)
              3:00 PM - 4:00 PM CET (Paris)
        Note: the US switches back to standard time on Sunday November 1, so our usual 6-hour gap
        with Paris applies again.

        Interviewers:
          - Dana Kowalczyk, Director of Marine Analytics
          - Luis Ortega, Staff Engineer

        Join Zoom Meeting
        https://harborline.zoom.us/j/96021345871?pwd=dGhhcmJvcmxpbmUx
        Meeting ID: 960 2134 5871
        One tap mobile: +13092053325,,96021345871#

        Need to make a change? Reply to this email and Jordan Whitaker, your recruiting
        coordinator, will help.

        Harborline Systems Talent Team
        Scheduled with GoodTime
    """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px">
        <h2 style="font-weight:600">You're all set!</h2>
        <p>Hi Chiara,</p>
        <p>Here are the details for your upcoming interview with Harborline Systems.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#667">Position</td><td>Senior Analyst, Vessel Operations (Remote - EMEA)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#667">Date</td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#667">Time</td><td>9:00 AM - 10:00 AM EST (New York)<br>3:00 PM - 4:00 PM CET (Paris)</td></tr>
        </table>
        <p style="font-size:12px;color:#667">Note: the US switches back to standard time on Sunday November 1, so our usual 6-hour gap with Paris applies again.</p>
        <p><b>Interviewers</b><br>Dana Kowalczyk, Director of Marine Analytics<br>Luis Ortega, Staff Engineer</p>
        <p><a href="https://harborline.zoom.us/j/96021345871?pwd=dGhhcmJvcmxpbmUx">Join Zoom Meeting</a><br>Meeting ID: 960 2134 5871</p>
        <p>Need to make a change? Reply to this email and Jordan Whitaker, your recruiting coordinator, will help.</p>
        <p style="color:#99a;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//GoodTime.io//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-evt-20261103-8d41c2e7a9@goodtime.io
        DTSTAMP:20261029T152011Z
        DTSTART;TZID=America/New_York:20261103T090000
        DTEND;TZID=America/New_York:20261103T100000
        SUMMARY:Interview: Chiara Santoni / Harborline Systems - Senior Analyst\\, Vessel Operations
        LOCATION:https://harborline.zoom.us/j/96021345871
        ORGANIZER;CN=Jordan Whitaker:mailto:jordan.whitaker@harborline.io
        ATTENDEE;CN=Chiara Santoni;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chiara.santoni@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    h = head("Harborline Systems <notifications@goodtime.io>",
             "Interview Confirmation: Senior Analyst, Vessel Operations - Harborline Systems",
             "2026-10-29 11:20", "<gt.20261029152011.7f3a9c@mail.goodtime.io>", zone="America/New_York",
             relay="from mail-a12.goodtime.io (mail-a12.goodtime.io [198.2.180.47])",
             extra=(("Reply-To", addr("Jordan Whitaker", "jordan.whitaker@harborline.io")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(10), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-05T10:00:00Z", end="2026-11-05T11:30:00Z",
      contact="camille.baudin@azurcroisieres.fr", company="Azur Croisières Services",
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:30", zone="Europe/Paris",
      note="Teamtailor confirmation, 'jeudi 5 novembre à 11h00 (durée : 1h30)' in Nice, CET after "
           "25 Oct -> 10:00-11:30Z (exact length stated, so end); contact = Reply-To recruiter")
def p10() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci pour votre disponibilité ! Votre entretien pour le poste de Responsable
        Coordination Escales – Nice est confirmé :

        📅 jeudi 5 novembre à 11h00 (durée : 1h30)
        📍 Azur Croisières Services, 7 quai des Docks, 06300 Nice

        Déroulé : 30 min avec moi, puis une mise en situation d'une heure avec
        Romain Gilli (chef d'escale) sur un planning d'arrivée de paquebot.

        Si vous avez un empêchement, répondez simplement à cet e-mail.

        À jeudi !
        Camille Baudin
        Chargée de recrutement – Azur Croisières Services
    """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#fafafa;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px">
        <p>Bonjour Chiara,</p>
        <p>Merci pour votre disponibilité ! Votre entretien pour le poste de <strong>Responsable Coordination Escales – Nice</strong> est confirmé :</p>
        <p>📅 <strong>jeudi 5 novembre à 11h00</strong> (durée : 1h30)<br>📍 Azur Croisières Services, 7 quai des Docks, 06300 Nice</p>
        <p>Déroulé : 30 min avec moi, puis une mise en situation d'une heure avec Romain Gilli (chef d'escale) sur un planning d'arrivée de paquebot.</p>
        <p>Si vous avez un empêchement, répondez simplement à cet e-mail.</p>
        <p>À jeudi !<br>Camille Baudin<br>Chargée de recrutement – Azur Croisières Services</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#aaa">Propulsé par Teamtailor · <a href="https://azurcroisieres.teamtailor.com/connect">Gérer mes données</a></p>
        </div></body></html>
    """)
    h = head(addr("Azur Croisières Services", "no-reply@teamtailor-mail.com"),
             "Entretien confirmé – Responsable Coordination Escales", "2026-10-30 10:30",
             "<d1f0c8a2-5b7e-4e3c-9a61-0f2e8b4d7c95@teamtailor-mail.com>",
             relay="from mta-41.teamtailor-mail.com (mta-41.teamtailor-mail.com [185.250.239.41])",
             extra=(("Reply-To", addr("Camille Baudin", "camille.baudin@azurcroisieres.fr")),))
    return message(h, alt(text(body), html(page)))


@mail(N(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T15:30:00Z", end="2026-11-10T16:30:00Z",
      contact="claire.abiven@navalhorizons.fr", company="Naval Horizons",
      local="Tue 2026-11-10 16:30", local_end="2026-11-10 17:30", zone="Europe/Paris",
      note="SmartRecruiters confirmation, 'Tue, Nov 10, 2026 4:30 PM - 5:30 PM (GMT+01:00) "
           "Europe/Paris' -> 15:30-16:30Z; ICS organizer is the no-reply, so contact = the "
           "coordinator address in the body")
def p11() -> bytes:
    body = t("""
        Dear Chiara,

        Thank you for scheduling your interview for the position of Fleet Support Operations
        Analyst at Naval Horizons (Toulon).

        Interview details:
        Tue, Nov 10, 2026 4:30 PM - 5:30 PM (GMT+01:00) Europe/Paris
        Location: Naval Horizons, Site de Brégaillon, Avenue de l'Europe, La Seyne-sur-Mer
        Interviewers: Yann Le Goff, Claire Abiven

        Please bring a valid ID card: access to the site requires a visitor badge issued at
        the main gate. Allow 15 minutes for the security check.

        Your coordinator for this interview is Claire Abiven (claire.abiven@navalhorizons.fr).

        Kind regards,
        Naval Horizons Talent Acquisition

        This email was sent via SmartRecruiters. Please do not reply.
    """)
    page = ("<html><body><div style=\"font-family:Arial;font-size:14px;color:#222\">"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</div></body></html>\n")
    page = page.replace("<div style=\"font-family:Arial;font-size:14px;color:#222\">",
                        "<div style=\"font-family:Arial;font-size:14px;color:#222\"><p>", 1)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\n"
           "METHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-interview-7a0c3e91-6b24-4f5d-8e17-93ad2c4b5f60
        DTSTAMP:20261104T075512Z
        DTSTART;TZID=Europe/Paris:20261110T163000
        DTEND;TZID=Europe/Paris:20261110T173000
        SUMMARY:Interview - Fleet Support Operations Analyst - Naval Horizons
        LOCATION:Site de Brégaillon\\, La Seyne-sur-Mer
        ORGANIZER;CN=Naval Horizons:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Chiara Santoni;RSVP=FALSE:mailto:chiara.santoni@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """))
    h = head("Naval Horizons <noreply@smartrecruiters.com>",
             "Interview confirmed - Fleet Support Operations Analyst", "2026-11-04 08:55",
             "<0102019b2e4f6a1c-3d5e7f90-a1b2-4c3d-8e9f-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com>",
             relay="from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com [69.169.224.13])")
    return message(h, mixed(alt(text(body, cte="quoted-printable"), html(page)),
                            calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(12), family="personio", lang="fr", interview=True, kind="scheduled",
      start="2026-11-12T08:30:00Z", end="2026-11-12T09:30:00Z",
      contact="jb.santucci@bastiamarine.fr", company="Bastia Marine Services",
      local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:30", zone="Europe/Paris",
      note="Personio text-only mail in ISO-8859-15: 'jeu. 12/11 de 9h30 à 10h30' (DD/MM) in "
           "Bastia, CET -> 08:30-09:30Z; contact = Reply-To hiring manager")
def p12() -> bytes:
    body = t("""
        Bonjour Chiara Santoni,

        Nous vous remercions pour votre candidature au poste de Chargé(e) d'exploitation
        portuaire (CDI) et avons le plaisir de vous confirmer le rendez-vous suivant :

            Entretien sur site
            jeu. 12/11 de 9h30 à 10h30
            Bastia Marine Services - Nouveau Port, Môle Nord, 20200 Bastia

        Vous rencontrerez Jean-Baptiste Santucci, directeur d'exploitation, et
        Mme Nathalie Albertini, responsable administrative.

        Pour toute question, répondez directement à ce message.

        Cordialement,
        L'équipe Bastia Marine Services

        --
        Cet e-mail a été envoyé via Personio. Politique de confidentialité :
        https://bastia-marine-services.jobs.personio.de/privacy-policy
    """)
    h = head(addr("Bastia Marine Services", "no-reply@mail.personio.de"),
             "Votre rendez-vous chez Bastia Marine Services", "2026-11-05 14:10",
             "<personio.6e2b91c4.20261105131004@mail.personio.de>",
             relay="from mail-out-3.personio.de (mail-out-3.personio.de [3.120.88.17])",
             extra=(("Reply-To", addr("Jean-Baptiste Santucci", "jb.santucci@bastiamarine.fr")),),
             charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15"))


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


@mail(N(13), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-11-13T13:00:00Z", end="2026-11-13T13:45:00Z",
      contact=None, company="Isula Port Services",
      local="Fri 2026-11-13 14:00", local_end="2026-11-13 14:45", zone="Europe/Paris",
      note="Microsoft Bookings confirmation, 'vendredi 13 novembre 2026 14:00 (UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris', 45 minutes -> 13:00-13:45Z; ICS TZID 'Romance "
           "Standard Time' agrees; only the Bookings mailbox and a staff name, no personal "
           "address -> contact null")
def p13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Chiara Santoni,</p>
        <p>Merci d'avoir réservé auprès de Isula Port Services – Recrutement.</p>
        <table>
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement – Chargé(e) d'études trafic passagers</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>vendredi 13 novembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Durée</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Dominique Casanova</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2ZDk4%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/IsulaRecrutement@isulaports.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#a19f9d">Isula Port Services · Port de commerce, 20000 Ajaccio</p>
        </div></body></html>
    """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Isula Port Services - Recrutement:mailto:IsulaRecrutement@isulaports.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chiara Santoni:mailto:chiara.santoni@example.org
        UID:040000008200E00074C5B7101A82E0080000000070A1B2C3D4E5DC01000000000000000010000000F1E2D3C4B5A69788
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Chargé(e) d'études trafic passagers
        DTSTART;TZID=Romance Standard Time:20261113T140000
        DTEND;TZID=Romance Standard Time:20261113T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261108T200312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Isula Port Services - Recrutement", "IsulaRecrutement@isulaports.onmicrosoft.com"),
             "Réservation confirmée : Entretien de recrutement avec Isula Port Services",
             "2026-11-08 21:03",
             "<PA4P190MB1262B7E3D5F1A20C9E8D4B31C7F02@PA4P190MB1262.EURP190.PROD.OUTLOOK.COM>",
             relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2090.outbound.protection.outlook.com [40.107.104.90])",
             extra=(("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")))
    return message(h, alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@mail(N(14), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-19T15:00:00Z", end=None,
      contact="k.benali@fosmar-terminaux.fr", company="Fos Mar Terminaux",
      local="Thu 2026-11-19 16:00", zone="Europe/Paris",
      note="Marseille-register tu reply on top of the quoted confirmation ('jeudi 19 à 14h'): "
           "'on maintient jeudi, mais à 16h au lieu de 14h', sent Mon 16 Nov -> Thu 19 Nov 16:00 "
           "CET = 15:00Z; rescheduled, new time labelled; contact = human sender")
def p14() -> bytes:
    body = t("""
        Salut Chiara,

        Peuchère, désolé, j'ai un navire qui arrive avec un jour de retard et du coup jeudi après-midi c'est la cata au terminal. On maintient jeudi, mais à 16h au lieu de 14h, même endroit (Môle Léon Gourret, porte 4, tu demandes Karim à la guérite). Ça change rien au reste, Sandrine sera là aussi.

        Si ça te pose un souci de bateau pour le retour dis-moi, sinon on part là-dessus.

        Karim

        Le mar. 10 nov. 2026 à 18:22, Karim Benali <k.benali@fosmar-terminaux.fr> a écrit :
        > Bonjour Chiara,
        >
        > Comme vu au téléphone, je te confirme l'entretien jeudi 19 à 14h dans nos bureaux du Môle Léon Gourret. Tu verras Sandrine Peyre (RH) et moi.
        >
        > A jeudi,
        > Karim Benali
        > Responsable exploitation - Fos Mar Terminaux
        > 04 91 55 20 64
    """)
    h = head(addr("Karim Benali", "k.benali@fosmar-terminaux.fr"),
             "Re: Entretien jeudi 19", "2026-11-16 12:47",
             "<CAHx8Q2=kVb4pF0s1LmZ9rT3wY7nD5cE6uJ2gA8@mail.gmail.com>",
             relay="from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])",
             extra=(("In-Reply-To", "<CAHx8Q2=Tm4nQ8rS0vW2yZ6bX9cF3gH5jK1lP7@mail.gmail.com>"),
                    ("References", "<CAHx8Q2=Tm4nQ8rS0vW2yZ6bX9cF3gH5jK1lP7@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(15), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-20T10:00:00Z", end="2026-11-20T10:45:00Z",
      contact="sarah.lemoine@tyl-yachting.fr", company="Toulon Yachting Logistics",
      local="Fri 2026-11-20 11:00", local_end="2026-11-20 11:45", zone="Europe/Paris",
      note="Recruitee reschedule stating the old slot (mercredi 18 novembre 10h00) and the new one, "
           "'vendredi 20 novembre 2026 de 11h00 à 11h45 (heure de Paris)' CET -> 10:00-10:45Z; "
           "ICS SEQUENCE 1 agrees; contact = Reply-To recruiter")
def p15() -> bytes:
    body = t("""
        Bonjour Chiara,

        À la demande de notre équipe, votre entretien pour le poste « Coordinateur(trice)
        logistique escales » a été déplacé.

        Ancien créneau : mercredi 18 novembre 2026, 10h00 – 10h45
        Nouveau créneau : vendredi 20 novembre 2026 de 11h00 à 11h45 (heure de Paris)

        L'entretien se tiendra toujours en visio : https://meet.google.com/tyl-gmrq-wpe

        Veuillez nous excuser pour ce changement. Pour toute question, répondez à cet e-mail.

        Bien à vous,
        Sarah Lemoine
        Toulon Yachting Logistics
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Recruitee//Interview//FR\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-4418207@recruitee.com
        DTSTAMP:20261113T160212Z
        DTSTART;TZID=Europe/Paris:20261120T110000
        DTEND;TZID=Europe/Paris:20261120T114500
        SEQUENCE:1
        SUMMARY:Entretien - Coordinateur(trice) logistique escales - Toulon Yachting Logistics
        LOCATION:https://meet.google.com/tyl-gmrq-wpe
        ORGANIZER;CN=Sarah Lemoine:mailto:sarah.lemoine@tyl-yachting.fr
        ATTENDEE;CN=Chiara Santoni;RSVP=TRUE:mailto:chiara.santoni@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Toulon Yachting Logistics", "no-reply@recruitee.com"),
             "Entretien reprogrammé : Coordinateur(trice) logistique escales", "2026-11-13 17:02",
             "<recruitee.mail.20261113160212.a83f2c@recruitee.com>",
             relay="from smtp-out-7.recruitee.com (smtp-out-7.recruitee.com [52.58.110.7])",
             extra=(("Reply-To", addr("Sarah Lemoine", "sarah.lemoine@tyl-yachting.fr")),))
    return message(h, mixed(alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                                   .replace("\n", "<br>") + "</p></body></html>\n")),
                            calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(N(16), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-11-24T09:15:00Z", end=None,
      contact="thomas.giraud@chantiers-mourillon.fr", company="Chantiers du Mourillon",
      local="Tue 2026-11-24 10:15", zone="Europe/Paris",
      note="Google Calendar all-day event (VALUE=DATE 20261124) for an on-site final interview "
           "day; the time is only in the description, 'accueil à 10h15 au poste de garde' in "
           "Toulon, CET -> 09:15Z; no end stated (day programme without a finishing time); "
           "contact = organizer")
def p16() -> bytes:
    body = t("""
        Thomas Giraud vous a invité à un événement.

        Entretien final – Chiara Santoni (Toulon)
        mardi 24 novembre 2026

        Lieu
        Chantiers du Mourillon, Rue Émile Vincent, 83000 Toulon

        Bonjour Chiara,
        Journée d'entretiens sur site : accueil à 10h15 au poste de garde (pièce d'identité obligatoire), puis visite du chantier avec moi et entretien avec Mme Fabre (directrice des opérations) et la DRH. Déjeuner sur place.
        Thomas

        Organisateur
        Thomas Giraud
        thomas.giraud@chantiers-mourillon.fr

        Invités
        Thomas Giraud - organisateur
        Chiara Santoni

        Répondre pour chiara.santoni@example.org : Oui Non Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261124
        DTEND;VALUE=DATE:20261125
        DTSTAMP:20261117T174011Z
        ORGANIZER;CN=Thomas Giraud:mailto:thomas.giraud@chantiers-mourillon.fr
        UID:0k4m8c2q6s1u5w9y3a7e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chiara.santoni@example.org;X-NUM-GUESTS=0:mailto:chiara.santoni@example.org
        CREATED:20261117T173958Z
        DESCRIPTION:Bonjour Chiara\\,\\nJournée d'entretiens sur site : accueil à 10h15 au poste de garde (pièce d'identité obligatoire)\\, puis visite du chantier avec moi et entretien avec Mme Fabre (directrice des opérations) et la DRH. Déjeuner sur place.\\nThomas
        LAST-MODIFIED:20261117T174011Z
        LOCATION:Chantiers du Mourillon\\, Rue Émile Vincent\\, 83000 Toulon
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien final – Chiara Santoni (Toulon)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
    """)
    h = head(addr("Thomas Giraud", "thomas.giraud@chantiers-mourillon.fr"),
             "Invitation: Entretien final – Chiara Santoni (Toulon) @ mar. 24 nov. 2026 "
             "(chiara.santoni@example.org)",
             "2026-11-17 18:40", "<calendar-0f8e2d6c-4b1a-49e3-a7c5-2d9b8e1f4a63@google.com>",
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Thomas Giraud", "thomas.giraud@chantiers-mourillon.fr")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(N(17), family="exchange", lang="fr", interview=True, kind="cancelled",
      start="2026-11-26T09:00:00Z", end="2026-11-26T10:00:00Z",
      contact="nicolas.ferrand@phocea-agency.fr", company="Phocéa Shipping Agency",
      local="Thu 2026-11-26 10:00", local_end="2026-11-26 11:00", zone="Europe/Paris",
      note="Exchange/Teams cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Thu 26 Nov "
           "10:00-11:00 slot, TZID 'Romance Standard Time' (CET) -> 09:00-10:00Z; recruitment "
           "suspended, no new time; contact = organizer/sender")
def p17() -> bytes:
    body = t("""
        Bonjour Chiara,

        Je suis contraint d'annuler notre entretien de jeudi 26 novembre (10h-11h). Suite à la réorganisation annoncée hier, le recrutement sur ce poste est suspendu jusqu'à nouvel ordre.

        Je reviendrai vers vous si le poste est rouvert, votre profil nous intéressait vraiment.

        Bien cordialement,

        Nicolas Ferrand
        Directeur des opérations | Phocéa Shipping Agency
        Immeuble Le Mistral, 5 bd de Dunkerque, 13002 Marseille
    """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div class=\"WordSection1\">" + "".join(
                f"<p class=\"MsoNormal\">{par.replace(chr(10), '<br>')}</p>" for par in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nicolas Ferrand:mailto:nicolas.ferrand@phocea-agency.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Chiara Santoni:mailto:chiara.santoni@example.org
        UID:040000008200E00074C5B7101A82E00800000000D4E3F2A1B0C9DC01000000000000000010000000AB12CD34EF56AB78CD90EF12
        SUMMARY;LANGUAGE=fr-FR:Annulé: Entretien – Analyste opérations portuaires
        DTSTART;TZID=Romance Standard Time:20261126T100000
        DTEND;TZID=Romance Standard Time:20261126T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261123T081212Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Nicolas Ferrand", "nicolas.ferrand@phocea-agency.fr"),
             "Annulé: Entretien – Analyste opérations portuaires", "2026-11-23 09:12",
             "<DB9PR02MB7291C3E5A1B04F8D2E6C9A07B3D15@DB9PR02MB7291.eurprd02.prod.outlook.com>",
             relay="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2133.outbound.protection.outlook.com [40.107.13.133])",
             extra=(("Thread-Topic", enc("Entretien – Analyste opérations portuaires")),
                    ("Thread-Index", "AdtdP0m1Zf3xkT9yQ0q2s7vW1n8eHw=="),
                    ("Importance", "high"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(18), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-11-30T10:00:00Z", end=None,
      contact="p.ottaviani@cmr-remorquage.fr", company="Compagnie Méridionale de Remorquage",
      local="Mon 2026-11-30 11:00", zone="Europe/Paris",
      note="Outlook prose in windows-1252 cancelling 'notre rendez-vous de lundi 30 à 11h' (sent "
           "Thu 26 Nov) because the post is frozen, no new time -> cancelled slot Mon 30 Nov 11:00 "
           "CET = 10:00Z; contact = human sender")
def p18() -> bytes:
    body = t("""
        Madame,

        Je suis au regret de devoir annuler notre rendez-vous de lundi 30 à 11h pour le poste d’analyste exploitation remorquage. La direction vient de geler ce recrutement dans l’attente du renouvellement de la délégation de service public du port d’Ajaccio.

        Je ne manquerai pas de revenir vers vous dès que nous y verrons plus clair, probablement au printemps.

        Avec toutes mes excuses pour ce contretemps,

        Paule Ottaviani
        Responsable RH
        Compagnie Méridionale de Remorquage
        Quai de la République – 20000 Ajaccio
        Tél. 04 95 21 77 40
    """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "</head><body lang=FR><div class=WordSection1>" + "".join(
                f"<p class=MsoNormal>{par.replace(chr(10), '<br>')}</p>" for par in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    h = head(addr("Paule Ottaviani", "p.ottaviani@cmr-remorquage.fr", charset="windows-1252"),
             "Annulation de notre rendez-vous de lundi", "2026-11-26 17:55",
             "<000001db4f2a$8c1e3b40$a45ab2c0$@cmr-remorquage.fr>",
             relay="from smtp.cmr-remorquage.fr (smtp.cmr-remorquage.fr [62.210.16.74])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtfHd7uUc0pY5J3R0iWm1Xk9yA2Lw=="),
                    ("Content-Language", "fr")),
             charset="windows-1252")
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(19), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-12-01T14:00:00Z", end=None,
      contact="megan.doyle@portlineglobal.com", company="Portline Global",
      local="Tue 2026-12-01 15:00", zone="Europe/Paris",
      note="iCIMS cancellation sent from Chicago (Date in CST): 'Tuesday, December 1, 2026 at "
           "3:00 PM CET' -> 14:00Z; no new time ('will reach out to propose a new time'); "
           "contact = the recruiter address in the body")
def p19() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16"><tr><td>
        <img src="https://careers-portlineglobal.icims.com/images/logo.png" alt="Portline Global" height="40"><br><br>
        Dear Chiara,<br><br>
        We regret to inform you that your interview for <b>Terminal Performance Analyst (Remote, Europe) - Req ID 2026-4471</b>,
        scheduled for <b>Tuesday, December 1, 2026 at 3:00 PM CET</b>, has been cancelled due to a conflict on the hiring team's side.<br><br>
        Your recruiter, Megan Doyle (megan.doyle@portlineglobal.com), will reach out to propose a new time.
        We apologize for any inconvenience.<br><br>
        Sincerely,<br>
        Portline Global Talent Acquisition<br><br>
        <span style="font-size:10px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply.</span>
        </td></tr></table></td></tr></table></body></html>
    """)
    h = head(addr("Portline Global", "portlineglobal@talent.icims.com"),
             "Interview Cancellation - Terminal Performance Analyst (Remote, Europe)",
             "2026-11-27 07:30", "<1764250200.3391.portlineglobal@talent.icims.com>", zone="America/Chicago",
             relay="from mail2.icims.com (mail2.icims.com [199.36.216.72])")
    return message(h, html(page, cte="base64"))


@mail(N(20), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-12-04T08:30:00Z", end="2026-12-04T09:30:00Z",
      contact="lucia.paoli@marinatech-ajaccio.fr", company="MarinaTech Ajaccio",
      local="Fri 2026-12-04 09:30", local_end="2026-12-04 10:30", zone="Europe/Paris",
      note="Google Calendar 'Invitation mise à jour' (SEQUENCE 1) moving the interview from jeu. 3 "
           "déc. 14:00 to ven. 4 déc. 2026 09:30-10:30 CET -> 08:30-09:30Z; ICS agrees; contact "
           "= organizer")
def p20() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien – Analyste données escales (Chiara Santoni)
        Modifié : ven. 4 déc. 2026 09:30 – 10:30 (heure normale d’Europe centrale - Paris)
        Ancien : jeu. 3 déc. 2026 14:00 – 15:00

        Lieu
        MarinaTech Ajaccio, 2 rue du Cardinal Fesch, 20000 Ajaccio

        Chiara, je dois libérer jeudi après-midi (réunion avec la CCI), je te propose vendredi matin à la place, même lieu. Lucia

        Organisateur
        Lucia Paoli
        lucia.paoli@marinatech-ajaccio.fr

        Invités
        Lucia Paoli - organisateur
        Chiara Santoni
        Orsu Filippi

        Répondre pour chiara.santoni@example.org : Oui Non Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261204T093000
        DTEND;TZID=Europe/Paris:20261204T103000
        DTSTAMP:20261130T101033Z
        ORGANIZER;CN=Lucia Paoli:mailto:lucia.paoli@marinatech-ajaccio.fr
        UID:5h2j9l4n7p0r3t6v8x1z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=chiara.santoni@example.org;X-NUM-GUESTS=0:mailto:chiara.santoni@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Orsu Filippi;X-NUM-GUESTS=0:mailto:orsu.filippi@marinatech-ajaccio.fr
        CREATED:20261124T083512Z
        DESCRIPTION:Chiara\\, je dois libérer jeudi après-midi (réunion avec la CCI)\\, je te propose vendredi matin à la place\\, même lieu. Lucia
        LAST-MODIFIED:20261130T101033Z
        LOCATION:MarinaTech Ajaccio\\, 2 rue du Cardinal Fesch\\, 20000 Ajaccio
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien – Analyste données escales (Chiara Santoni)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Lucia Paoli", "lucia.paoli@marinatech-ajaccio.fr"),
             "Invitation mise à jour: Entretien – Analyste données escales (Chiara Santoni) @ "
             "ven. 4 déc. 2026 09:30 - 10:30 (CET) (chiara.santoni@example.org)",
             "2026-11-30 11:10", "<calendar-b3e71a09-2c4d-4f8e-9a16-7e5d0c3b2a19@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Lucia Paoli", "lucia.paoli@marinatech-ajaccio.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(N(21), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-12-07T15:00:00Z", end=None,
      contact="ethan@bluewake.io", company="Bluewake Logistics",
      local="Mon 2026-12-07 10:00", zone="America/New_York",
      note="Phone-written reply from a Boston hiring manager: 'moved us to Monday 12/7 at 10am ET "
           "(4pm for you)' (US MM/DD), EST -> 15:00Z = 16:00 CET; the quoted thread holds the old "
           "Thursday 12/3 slot; rescheduled; contact = human sender")
def p21() -> bytes:
    body = t("""
        Done - moved us to Monday 12/7 at 10am ET (4pm for you). Updated invite coming from my calendar shortly, same Zoom link. Sorry again for the shuffle, end of quarter is brutal here.

        Ethan

        Sent from my iPhone

        > On Dec 1, 2026, at 11:12 AM, Chiara Santoni <chiara.santoni@example.org> wrote:
        >
        > Hi Ethan,
        >
        > Thanks for the heads-up. Thursday no longer works on my side either (I'm on the early ferry shift). Would Monday work instead, any time after 3pm Paris?
        >
        > Best,
        > Chiara
        >
        >> On Nov 30, 2026, at 4:05 PM, Ethan Morales <ethan@bluewake.io> wrote:
        >>
        >> Hi Chiara - quick one: our Thursday 12/3 10am ET chat might clash with a board review. Can we find another slot?
        >> Ethan
    """)
    h = head(addr("Ethan Morales", "ethan@bluewake.io"),
             "Re: Bluewake - intro chat with Ethan", "2026-12-02 07:40",
             "<A0B3E6F1-92C4-4D7A-8E15-6B2F9C0D3E47@bluewake.io>", zone="America/New_York",
             relay="from mail-qt1-f175.google.com (mail-qt1-f175.google.com [209.85.160.175])",
             extra=(("In-Reply-To", "<CAJp4a9mW3XqZ7-Fk0Ye2tLh8Rg5Nd1Ub6Vc3S@mail.gmail.com>"),
                    ("References", "<C4F1D2A3-7E8B-4C9D-A0E1-F2B3C4D5E6F7@bluewake.io> "
                                   "<CAJp4a9mW3XqZ7-Fk0Ye2tLh8Rg5Nd1Ub6Vc3S@mail.gmail.com>"),
                    ("X-Mailer", "iPhone Mail (22B83)")))
    return message(h, text(body, cte="quoted-printable"))


@mail(N(22), family="softgarden", lang="fr", interview=True, kind="scheduled",
      start="2026-12-09T10:00:00Z", end=None,
      contact="helene.barbier@rivieraport.fr", company="Riviera Port Logistics",
      local="Wed 2026-12-09 11:00", zone="Europe/Paris",
      note="Forward to self (example.net -> example.org) with the softgarden confirmation attached "
           "as message/rfc822: 'mercredi 9 décembre 2026 à 11h00' in Nice, CET -> 10:00Z; "
           "'environ 1 heure' is approximate -> end null; sender is the candidate and the inner "
           "sender a no-reply, so contact = the person named in the inner body")
def p22() -> bytes:
    inner_body = t("""
        Bonjour Madame Santoni,

        Nous avons le plaisir de vous inviter à un entretien pour le poste
        « Analyste Performance Portuaire (H/F) » à Nice.

        Date : mercredi 9 décembre 2026
        Heure : 11h00 (prévoir environ 1 heure)
        Lieu : Riviera Port Logistics, Quai Lunel, 06300 Nice

        Votre interlocutrice : Mme Hélène Barbier, responsable recrutement
        (helene.barbier@rivieraport.fr, 04 93 55 12 08).

        Vous avez confirmé ce créneau dans votre espace candidat, merci.

        Cordialement,
        Riviera Port Logistics – Ressources Humaines

        Cet e-mail a été généré automatiquement via softgarden.
    """)
    inner = message([
        ("From", addr("Riviera Port Logistics", "noreply@softgarden.io")),
        ("To", addr("Chiara Santoni", "chiara.santoni@example.net")),
        ("Subject", enc("Confirmation de votre entretien – Analyste Performance Portuaire (H/F)")),
        ("Date", date("2026-12-03 16:02", "Europe/Paris")),
        ("Message-ID", "<sg.20261203150203.77e19a4c@mail.softgarden.io>"),
    ], text(inner_body))
    note = t("""
        à mettre dans l'agenda + réserver le vol AJA-NCE du mardi 8 au soir

        -------- Message transféré --------
    """)
    h = head(addr("Chiara Santoni", "chiara.santoni@example.net"),
             "Fwd: Confirmation de votre entretien – Analyste Performance Portuaire (H/F)",
             "2026-12-03 21:15", "<5b8e2f0a-91c3-4d7e-a6f2-0c9d1e3b4a58@example.net>",
             relay="from smtp.example.net (smtp.example.net [192.0.2.25])")
    return message(h, mixed(text(note, cte="8bit"), attached_message(inner, "Confirmation.eml")))


@mail(N(23), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-12-14T20:00:00Z", end="2026-12-14T20:45:00Z",
      contact="aroha.ngata@kaimoana.co.nz", company="Kaimoana Port Analytics",
      local="Tue 2026-12-15 09:00", local_end="2026-12-15 09:45", zone="Pacific/Auckland",
      note="Workable confirmation from Auckland: 'Tuesday 15 December 2026, 9:00am - 9:45am NZDT' "
           "(UTC+13) -> Mon 14 Dec 20:00-20:45Z, the previous day in UTC (9pm Monday in Paris, as "
           "written); Reply-To is a Workable relay, so contact = the human ICS organizer")
def p23() -> bytes:
    body = t("""
        Hi Chiara,

        Thanks for booking a time. Your video interview for Remote Port Operations Analyst
        (EMEA hours) with Kaimoana Port Analytics is confirmed:

        Tuesday 15 December 2026, 9:00am - 9:45am NZDT (Auckland)
        That is Monday 14 December, 9:00pm - 9:45pm in Paris.

        Interviewer: Aroha Ngata, Head of Operations Analytics
        Video link: https://meet.google.com/kpa-vnqs-oeb

        Kind regards,
        Kaimoana Port Analytics

        Powered by Workable
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Workable//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:workable-event-9c27e4f1b8a3@workable.com
        DTSTAMP:20261207T010512Z
        DTSTART;TZID=Pacific/Auckland:20261215T090000
        DTEND;TZID=Pacific/Auckland:20261215T094500
        SUMMARY:Interview: Chiara Santoni - Remote Port Operations Analyst
        LOCATION:https://meet.google.com/kpa-vnqs-oeb
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kaimoana.co.nz
        ATTENDEE;CN=Chiara Santoni;RSVP=TRUE:mailto:chiara.santoni@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    page = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) \
        + "</body></html>\n"
    h = head("Kaimoana Port Analytics <noreply@candidates.workablemail.com>",
             "Interview confirmed: Remote Port Operations Analyst (EMEA hours)", "2026-12-07 14:05",
             "<20261207010512.1.a4c9e2f7b13d@candidates.workablemail.com>", zone="Pacific/Auckland",
             relay="from mail-out.workablemail.com (mail-out.workablemail.com [50.31.36.204])",
             extra=(("Reply-To", "kaimoana-port-analytics+a8f3c21e@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="taleo", lang="fr", interview=False, company="Compagnie Maritime Provençale",
      note="Taleo rejection after a phone interview; the past 'entretien téléphonique du vendredi "
           "18 septembre' is mentioned, no upcoming interview", days=(("Fri", "2026-09-18"),))
def n24() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial;font-size:12px">
        <p>Madame Santoni,</p>
        <p>Nous vous remercions de l'intérêt que vous portez à la Compagnie Maritime Provençale et du temps que vous nous avez consacré lors de l'entretien téléphonique du vendredi 18 septembre à 10h.</p>
        <p>Après examen attentif de l'ensemble des candidatures reçues pour le poste <b>Analyste Opérations Flotte (réf. 2600183)</b>, nous sommes au regret de vous informer que nous avons retenu un profil correspondant plus étroitement à nos besoins actuels.</p>
        <p>Nous conservons votre dossier dans notre vivier et ne manquerons pas de vous recontacter si une opportunité correspondant à votre profil se présentait.</p>
        <p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
        <p>La Direction des Ressources Humaines<br>Compagnie Maritime Provençale</p>
        <p style="font-size:10px;color:#888">Merci de ne pas répondre à ce message généré automatiquement.</p>
        </body></html>
    """)
    h = head(addr("Compagnie Maritime Provençale", "cmp-recrutement@taleo.net"),
             "Votre candidature - Analyste Opérations Flotte (réf. 2600183)", "2026-10-01 15:41",
             "<1570961.1759326060447.JavaMail.tlprod@tlx-mp1.taleo.net>",
             relay="from smtp-out.taleo.net (smtp-out.taleo.net [160.34.10.18])",
             charset="iso-8859-1")
    return message(h, html(page, charset="iso-8859-1"))


@mail(N(25), family="offer", lang="en", interview=False, company="Tidewater Analytics",
      note="Written offer after the interviews (thread with the Ashby confirmation); a start date "
           "and an answer deadline, the call to discuss it is left to a booking link, no interview",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-23")))
def n25() -> bytes:
    body = t("""
        Hi Chiara,

        I'm delighted to share that the team would like to offer you the role of Data Analyst,
        Port Insights! Owen and Priya were both really impressed by your berth-utilisation case.

        Your offer letter is attached in the portal (link below). Headlines:
          - Fully remote, EMEA hours, with quarterly on-sites in London
          - Start date: Monday 4 January 2027
          - Salary and equity as discussed

        If you'd like to walk through the package, grab any slot that suits you on my calendar:
        https://calendly.com/hannah-okafor-tidewater/30min

        We'd appreciate an answer by Friday 23 October, but please shout if you need more time.

        Warmly,
        Hannah

        Hannah Okafor | Senior Recruiter | Tidewater Analytics
        https://tidewater-analytics.co.uk
    """)
    h = head(addr("Hannah Okafor", "hannah.okafor@tidewater-analytics.co.uk"),
             "Your offer from Tidewater Analytics 🎉", "2026-10-16 16:02",
             "<CAN7xPq3oE_8fW2vKbZ0tR5yM1nL4sD9gH6jC@mail.gmail.com>", zone="Europe/London",
             relay="from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(26), family="join", lang="fr", interview=False, company="Corsica Cargo Hub",
      note="JOIN application receipt; 'nous vous contacterons pour un premier entretien "
           "téléphonique' is a possible next step, no time")
def n26() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci pour votre candidature au poste de Coordinateur·rice fret maritime et aérien chez
        Corsica Cargo Hub (Ajaccio). Elle a bien été transmise à l'équipe recrutement.

        Prochaines étapes
        1. L'équipe examine les candidatures sous 10 jours ouvrés.
        2. Si votre profil correspond, nous vous contacterons pour un premier entretien
           téléphonique de 20 minutes.
        3. Un entretien sur site suivra pour les candidat·e·s retenu·e·s.

        Vous pouvez suivre l'état de votre candidature ici :
        https://join.com/candidate/applications/8812094

        Bonne chance !
        L'équipe JOIN pour Corsica Cargo Hub
    """)
    h = head(addr("Corsica Cargo Hub via JOIN", "noreply@join.com"),
             "Votre candidature chez Corsica Cargo Hub a bien été reçue", "2026-09-09 08:17",
             "<0102019a2b3c4d5e-join-applied-8812094@eu-central-1.amazonses.com>",
             relay="from a4-12.smtp-out.eu-central-1.amazonses.com (a4-12.smtp-out.eu-central-1.amazonses.com [69.169.227.12])")
    return message(h, alt(text(body, cte="base64"),
                          html("<html><body><pre style=\"font-family:sans-serif\">" + body + "</pre></body></html>\n",
                               cte="base64")))


@mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing port jobs; 'entretiens dès le lundi 5 octobre' and 'entretien "
           "sur place jeudi' are ad copy, nothing is scheduled for the reader",
      days=(("Mon", "2026-10-05"),))
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px;background:#eef3f7">
        <div style="max-width:620px;margin:auto;background:#fff;padding:20px">
        <h2 style="color:#0a4a7a">MerEmploi</h2>
        <p>Bonjour Chiara, 12 nouvelles offres correspondent à votre alerte « analyste opérations portuaires – Corse, PACA, télétravail ».</p>
        <hr>
        <p><b>Agent(e) de planification escales – Bastia</b><br>Tyrrhenia Ferries · CDI · publié il y a 2 jours<br>
        <i>Recrutement rapide : entretiens dès le lundi 5 octobre.</i></p>
        <p><b>Analyste trafic passagers – Marseille</b><br>Groupe Méridienne Maritime · CDI · publié hier</p>
        <p><b>Chef(fe) de quai saisonnier – Ajaccio</b><br>Sud Corse Manutention · CDD 6 mois<br>
        <i>Job dating : entretien sur place jeudi, 9h-12h, gare maritime.</i></p>
        <p><b>Data analyst maritime (full remote)</b><br>Harborline Systems · CDI</p>
        <p><a href="https://www.meremploi.example/alertes/c8f1">Voir les 12 offres</a></p>
        <hr>
        <p style="font-size:11px;color:#777">Vous recevez cet e-mail car vous avez créé une alerte sur MerEmploi. <a href="https://www.meremploi.example/desinscription">Se désinscrire</a></p>
        </div></body></html>
    """)
    h = head(addr("MerEmploi Alertes", "alertes@meremploi.example"),
             "12 nouvelles offres : analyste opérations portuaires", "2026-09-30 07:00",
             "<alert.c8f1.20260930050012@meremploi.example>",
             relay="from mta12.meremploi.example (mta12.meremploi.example [198.51.100.12])",
             extra=(("List-Unsubscribe", "<https://www.meremploi.example/desinscription?u=c8f1>"),
                    ("Precedence", "bulk")))
    return message(h, html(page))


@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter about interviews ('the night before your Tuesday 10am interview'); "
           "generic advice, no appointment")
def n28() -> bytes:
    body = t("""
        THE OPS LADDER - issue #41

        The night before your Tuesday 10am interview

        Hi there,

        You've got the confirmation email, the calendar invite has landed, and your interview is
        tomorrow at 10am. Now what? Three things I wish someone had told me before my first
        terminal-operations interview:

        1. Rehearse one incident story end to end (a late vessel, a crane breakdown, a strike).
        2. Know the port's numbers: TEUs, passenger counts, the busiest berth.
        3. Prepare two questions about the shift pattern - it tells them you've done the job.

        This week's reader question: "A recruiter wrote 'let's say Thursday at 3' - is that
        confirmed?" Short answer: reply and confirm it yourself, in writing.

        See you next Sunday,
        Maëlle

        You're reading The Ops Ladder because you subscribed at opsladder.substack.com.
        Unsubscribe https://opsladder.substack.com/action/disable_email
    """)
    h = head(addr("The Ops Ladder", "opsladder@substack.com"),
             "The night before your Tuesday 10am interview", "2026-10-18 08:30",
             "<20261018063003.3.5f0a1c2d@mg1.substack.com>",
             relay="from mg1.substack.com (mg1.substack.com [159.135.224.1])",
             extra=(("List-Id", "<opsladder.substack.com>"),
                    ("List-Unsubscribe", "<https://opsladder.substack.com/action/disable_email>")))
    return message(h, alt(text(body), html("<html><body><div style=\"max-width:560px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n")))


@mail(N(29), family="ashby", lang="fr", interview=False, company="Lumio Maritime",
      note="Ashby self-scheduling request: a list of proposed slots (lun. 9 nov., mar. 10 nov.) "
           "and a link to pick one; nothing chosen yet",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")))
def n29() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci pour votre intérêt pour Lumio Maritime ! Nous aimerions organiser un entretien de
        45 minutes avec Inès Marchal (Head of Port Operations) pour le poste « Analyste
        opérations – Marseille ».

        Merci de choisir le créneau qui vous convient via le lien ci-dessous :
        https://app.ashbyhq.com/interview-scheduling/lumio/9f2c4e1a

        Créneaux encore disponibles (heure de Paris) :
          - lun. 9 nov. : 10:00, 11:00
          - mar. 10 nov. : 14:30, 16:00

        Si aucun ne vous convient, répondez à ce message et nous trouverons une autre option.

        Bien cordialement,
        Léa Fontaine
        Recrutement, Lumio Maritime
    """)
    h = head(addr("Lumio Maritime", "no-reply@ashbyhq.com"),
             "Choisissez votre créneau d'entretien – Lumio Maritime", "2026-11-03 10:25",
             "<01000193c7d8e9f0-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>",
             relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
             extra=(("Reply-To", addr("Léa Fontaine", "lea.fontaine@lumio-maritime.fr")),))
    return message(h, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(N(30), family="outreach", lang="en", interview=False, company="BlueHarbour Talent",
      note="Agency recruiter outreach for a Monaco yacht-management client; asks for 'a good time "
           "for a quick chat next week', no time fixed")
def n30() -> bytes:
    body = t("""
        Hi Chiara,

        I came across your profile while searching for port and ferry operations people who know
        the Corsica-mainland routes - your work on turnaround times at Ajaccio caught my eye.

        I'm working with a Monaco-based yacht management group that's building a small marine
        operations analytics team (hybrid, Monaco / Nice, with relocation support). Would you be
        open to a quick chat next week? Just let me know a good time and I'll send an invite.

        Best,
        Oliver Tranter
        Principal Consultant, Maritime & Logistics
        BlueHarbour Talent | London - Monaco
        +44 20 7946 0812
    """)
    h = head(addr("Oliver Tranter", "oliver.tranter@blueharbourtalent.com"),
             "Marine ops analytics role - Monaco/Nice (hybrid)", "2026-10-20 11:48",
             "<PH0PR11MB4903E5F2A1C3D7B9E0F4A6C8D2B17@PH0PR11MB4903.namprd11.prod.outlook.com>",
             zone="Europe/London",
             relay="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2118.outbound.protection.outlook.com [40.107.10.118])")
    return message(h, text(body, cte="7bit", charset="us-ascii"))


@mail(N(31), family="human_prose", lang="fr", interview=False, company="Navi Isulani",
      note="Recruiter proposing times not yet confirmed ('Est-ce que mardi 10h vous irait ? Sinon "
           "mercredi 15h'); the candidate has not answered -> negative",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def n31() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci pour votre retour rapide. Le directeur d'armement, M. Poli, souhaiterait vous rencontrer cette semaine pour le poste de chargée d'études exploitation.

        Est-ce que mardi 10h vous irait ? Sinon mercredi 15h, à nos bureaux du port de commerce (bâtiment Margaritella). Dites-moi ce qui vous arrange et je bloque le créneau.

        Bien cordialement,

        Francesca Leandri
        Assistante RH – Navi Isulani
        04 95 50 32 18
    """)
    h = head(addr("Francesca Leandri", "f.leandri@navi-isulani.corsica"),
             "Rencontre avec M. Poli", "2026-11-02 09:05",
             "<1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d@navi-isulani.corsica>",
             relay="from mail.navi-isulani.corsica (mail.navi-isulani.corsica [5.135.180.62])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="job_centre", lang="fr", interview=False, company=None,
      note="Public employment agency summons for a follow-up meeting with an adviser ('entretien "
           "de suivi', jeudi 8 octobre 2026 à 9h15): a fixed time, but not a job interview",
      days=(("Thu", "2026-10-08"),))
def n32() -> bytes:
    body = t("""
        Madame SANTONI Chiara,

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi :

        Date : jeudi 8 octobre 2026
        Heure : 9h15
        Lieu : Agence pour l'emploi d'Ajaccio Saint-Joseph, avenue du Mont Thabor, 20090 Ajaccio
        Conseillère : Mme Sabrina Cesari

        Merci de vous munir de votre CV à jour et de la liste de vos démarches récentes.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel au plus
        tard la veille. Toute absence non justifiée peut entraîner la radiation de la liste des
        demandeurs d'emploi.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
    """)
    h = head(addr("Agence pour l'emploi - Ajaccio", "ne-pas-repondre@agence-emploi-corse.fr"),
             "Convocation - entretien de suivi le 08/10/2026", "2026-09-28 06:12",
             "<conv.20260928041205.88213@agence-emploi-corse.fr>",
             relay="from relais.agence-emploi-corse.fr (relais.agence-emploi-corse.fr [185.24.185.8])",
             charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@mail(N(33), family="press", lang="fr", interview=False, company=None,
      note="A local reporter confirms an interview with the candidate about ferry traffic "
           "('vendredi 16 octobre à 17 h'): confirmed time, but press, not a job interview",
      days=(("Fri", "2026-10-16"),))
def n33() -> bytes:
    body = t("""
        Bonsoir Chiara,

        Merci d'avoir accepté ! C'est noté pour l'interview vendredi 16 octobre à 17 h, au café de la gare maritime (terrasse si le vent le permet). Ça durera une demi-heure, pas plus.

        L'idée du papier : comment les retards des ferries se répercutent sur les dockers et les transporteurs, vu par quelqu'un qui fait les plannings. Je vous enverrai les citations à relire avant publication, promis.

        Un photographe passera peut-être prendre une ou deux images du quai.

        Bonne soirée,
        Jérôme Casalta
        Journaliste – Le Journal du Golfe
        06 71 22 40 93
    """)
    h = head(addr("Jérôme Casalta", "j.casalta@journaldugolfe.example"),
             "Interview pour le Journal du Golfe – vendredi", "2026-10-12 20:14",
             "<3f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f@journaldugolfe.example>",
             relay="from smtp.journaldugolfe.example (smtp.journaldugolfe.example [203.0.113.44])")
    return message(h, text(body, cte="8bit"))


@mail(N(34), family="calendly", lang="en", interview=False, company=None,
      note="Calendly confirmation for a podcast guest recording ('Harbour Talk', Wed 21 Oct "
           "6:00pm CEST, ICS attached): a confirmed time, but a podcast, not a job interview",
      days=(("Wed", "2026-10-21"),))
def n34() -> bytes:
    body = t("""
        Hi Chiara Santoni,

        Your Harbour Talk - guest recording with Sofia Lindqvist is confirmed.

        Event Type:
        Harbour Talk - guest recording (60 min)

        Event Date/Time:
        6:00pm - 7:00pm, Wednesday, October 21, 2026 (Central European Time - Paris)

        Location:
        Riverside studio link: https://riverside.fm/studio/harbour-talk-s3

        Questions:
        Topic you'd like to discuss?
        Seasonal peaks on the Corsica ferry routes and how ops teams plan for them.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d
        Reschedule: https://calendly.com/reschedulings/1a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@calendly.com
        DTSTAMP:20261014T120233Z
        DTSTART:20261021T160000Z
        DTEND:20261021T170000Z
        SUMMARY:Harbour Talk - guest recording (Chiara Santoni and Sofia Lindqvist)
        ORGANIZER;CN=Sofia Lindqvist:mailto:sofia@harbourtalk.fm
        ATTENDEE;CN=Chiara Santoni;RSVP=TRUE:mailto:chiara.santoni@example.org
        LOCATION:https://riverside.fm/studio/harbour-talk-s3
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Calendly <notifications@calendly.com>",
             "Confirmed: Harbour Talk - guest recording with Sofia Lindqvist on Wednesday, October 21, 2026",
             "2026-10-14 14:02", "<1a9b8c7d6e5f.20261014120233.invitee@calendly.com>",
             relay="from o1678912.outbound-mail.sendgrid.net (o1678912.outbound-mail.sendgrid.net [167.89.101.22])",
             extra=(("Reply-To", addr("Sofia Lindqvist", "sofia@harbourtalk.fm")),))
    return message(h, mixed(text(body, cte="7bit"),
                            calendar(ics, filename="invite.ics", disposition="attachment",
                                     ctype="application/ics", method=None)))


@mail(N(35), family="admission", lang="fr", interview=False, company=None,
      note="Executive MBA admission interview ('entretien d'admission', samedi 17 octobre 2026 à "
           "9h30, durée 45 minutes): a school admission, not a job interview",
      days=(("Sat", "2026-10-17"),))
def n35() -> bytes:
    body = t("""
        Madame,

        Suite à l'examen de votre dossier de candidature à l'Executive MBA Management des Activités
        Portuaires (promotion 2027), nous avons le plaisir de vous convoquer à l'entretien
        d'admission :

          Samedi 17 octobre 2026 à 9h30 (durée : 45 minutes)
          Campus de Marseille, 3 rue Mazenod, 13002 Marseille, salle B204
          ou à distance sur demande motivée (Zoom)

        Le jury sera composé de la directrice du programme et d'un professionnel du secteur.
        Vous présenterez votre projet professionnel en 10 minutes, suivies d'un échange.

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Le Service des Admissions
        École Supérieure de Commerce de la Méditerranée
    """)
    page = ("<html><body style=\"font-family:Georgia,serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
    h = head(addr("Admissions ESCM", "admissions@escm-mediterranee.example"),
             "Convocation à l'entretien d'admission – Executive MBA", "2026-10-06 11:30",
             "<admissions.20261006093012.4471@escm-mediterranee.example>",
             relay="from mx.escm-mediterranee.example (mx.escm-mediterranee.example [198.51.100.77])")
    return message(h, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(N(36), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Sailing crew try-out ('essai' for the Tour de Corse crew, samedi 12 septembre à 8h30): "
           "confirmed time, sport, not a job interview", days=(("Sat", "2026-09-12"),))
def n36() -> bytes:
    body = t("""
        Ciao Chiara !

        C'est validé, tu fais partie des 6 qu'on a retenus pour l'essai de l'équipage du Tour de Corse à la voile. Rendez-vous samedi 12 septembre à 8h30 au ponton C du port Tino Rossi, on sort sur le J/80 jusqu'à midi environ.

        Prends ciré, gants et de quoi grignoter. Si ça souffle plus de 25 nœuds on décale, je te préviens vendredi soir.

        A sabbatu !
        Petru
        Club Nautique du Golfe – responsable régate
    """)
    h = head(addr("Petru Leca", "petru.regate@cn-golfe.example"),
             "Essai équipage Tour de Corse", "2026-09-07 21:40",
             "<CAF2mR0a+Yx8tQ3kN6vBp1wZ9hD4cJ7eL5sU@mail.gmail.com>",
             relay="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(37), family="car_service", lang="fr", interview=False, company=None,
      note="Garage appointment confirmation (révision, mardi 13 octobre à 8h00): fixed time, "
           "not an interview", days=(("Tue", "2026-10-13"),))
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Bonjour Mme Santoni,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <p><b>Mardi 13 octobre à 8h00</b><br>
        Prestation : révision 30 000 km + contrôle freinage<br>
        Véhicule : Peugeot 208 – immatriculation GH-418-QT<br>
        Durée estimée : 2h30 (véhicule de courtoisie sur demande)</p>
        <p>Garage Mattei Automobiles – Route de Mezzavia, 20167 Mezzavia<br>04 95 23 61 80</p>
        <p>Pour modifier ou annuler : répondez à ce message ou appelez-nous.</p>
        </body></html>
    """)
    h = head(addr("Garage Mattei Automobiles", "atelier@garage-mattei.example"),
             "Confirmation de votre rendez-vous atelier du 13/10", "2026-10-08 16:22",
             "<rdv-atelier-55120@garage-mattei.example>",
             relay="from smtp.garage-mattei.example (smtp.garage-mattei.example [203.0.113.80])",
             charset="windows-1252")
    return message(h, html(page, charset="windows-1252"))


@mail(N(38), family="tax_office", lang="fr", interview=False, company=None,
      note="Tax office appointment confirmation (lundi 19 octobre 2026 à 14h30): fixed time, "
           "administrative, not a job interview", days=(("Mon", "2026-10-19"),))
def n38() -> bytes:
    body = t("""
        Madame,

        Votre rendez-vous avec le service des impôts des particuliers d'Ajaccio est confirmé.

        Objet : questions relatives à votre déclaration de revenus (changement de situation)
        Date : lundi 19 octobre 2026
        Heure : 14h30
        Modalité : rendez-vous au guichet – Cours Napoléon, Ajaccio

        Pensez à vous munir d'une pièce d'identité et de votre numéro fiscal.

        Si vous ne pouvez pas honorer ce rendez-vous, merci de l'annuler depuis votre espace
        particulier.

        Cordialement,
        Service des impôts des particuliers d'Ajaccio
    """)
    h = head(addr("SIP Ajaccio", "ne-pas-repondre@sip-ajaccio.example"),
             "Confirmation de votre rendez-vous", "2026-10-13 10:03",
             "<rdv.sip.20261013080311.2290@sip-ajaccio.example>",
             relay="from relais.sip-ajaccio.example (relais.sip-ajaccio.example [192.0.2.140])")
    return message(h, text(body))


@mail(N(39), family="mock_interview", lang="fr", interview=False, company=None,
      note="Career coach confirms a mock interview ('simulation d'entretien', jeudi 29 octobre à "
           "18h, 1h30): coaching, not a real job interview", days=(("Thu", "2026-10-29"),))
def n39() -> bytes:
    body = t("""
        Bonjour Chiara,

        Je vous confirme notre séance de simulation d'entretien jeudi 29 octobre à 18h (1h30), en visio : https://meet.google.com/cmc-ohxw-ayr

        Comme convenu, je jouerai le rôle d'un DRH d'armateur pour le poste à Bastia, avec les questions classiques (parcours, gestion d'incident, prétentions salariales), puis on débriefe ensemble. Pensez à avoir l'annonce sous les yeux.

        Ensuite il vous restera 2 séances sur les 4 de votre forfait.

        Belle journée,
        Nathalie Vincentelli
        Coaching Carrière Méditerranée
    """)
    h = head(addr("Nathalie Vincentelli", "nathalie@coaching-carriere-med.example"),
             "Simulation d'entretien – jeudi 29/10", "2026-10-23 09:48",
             "<0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f@coaching-carriere-med.example>",
             relay="from smtp.coaching-carriere-med.example (smtp.coaching-carriere-med.example [203.0.113.9])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="forwarded_other", lang="fr", interview=False, company=None,
      note="A friend forwards his own Greenhouse confirmation (Massilia Ro-Ro Lines, mardi 15 "
           "septembre 14h) for information: a confirmed interview, but not the candidate's",
      days=(("Tue", "2026-09-15"),))
def n40() -> bytes:
    body = t("""
        Oh Chiara,

        Regarde, eux aussi ils m'ont convoqué ! Mardi à 14h, avec le même Bastien que toi je crois. T'as eu quoi comme questions jeudi ? Raconte-moi avant mardi stp :)

        Marc-Antoine

        ---------- Forwarded message ---------
        De : Massilia Ro-Ro Lines <no-reply@us.greenhouse-mail.io>
        Date: ven. 11 sept. 2026 à 09:12
        Subject: Interview Confirmation: Junior Port Operations Analyst (Marseille)
        To: <ma.luciani@example.com>

        Hi Marc-Antoine,

        Thanks for making time to speak with us! Your interview for Junior Port Operations Analyst (Marseille) at Massilia Ro-Ro Lines is confirmed.

        Tuesday, September 15, 2026
        2:00 PM - 2:45 PM CEST (Europe/Paris)

        Interviewer: Bastien Ferracci, Head of Terminal Planning
        Format: Zoom video call

        Best regards,
        Élodie Marchetti
        Talent Acquisition, Massilia Ro-Ro Lines
    """)
    h = head(addr("Marc-Antoine Luciani", "ma.luciani@example.com"),
             "Fwd: Interview Confirmation: Junior Port Operations Analyst (Marseille)",
             "2026-09-11 12:31", "<CAB9zX3p+Qm7vT1kF0eR6wY2nL8sH4dJ5gC@mail.gmail.com>",
             relay="from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="exchange", lang="fr", interview=False, company=None,
      note="Meeting request at the candidate's current employer asking her to sit on the panel "
           "interviewing a work-study candidate (mercredi 14 octobre 10:00-11:00, Romance Standard "
           "Time): she is the interviewer, not the candidate", days=(("Wed", "2026-10-14"),))
def n41() -> bytes:
    body = t("""
        Bonjour à tous,

        Pour le recrutement de l'alternant(e) exploitation, je vous propose d'assurer l'entretien ensemble mercredi 14 octobre de 10h à 11h, salle Sanguinaires. Le candidat, Théo Marcangeli (BTS Transport), viendra en présentiel.

        Chiara, tu peux préparer deux ou trois questions sur les plannings de rotation ? Je t'envoie son CV à part.

        Merci,
        Pierre-Marie Colonna
        Responsable exploitation – Golfe d'Ajaccio Shipping
    """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Pierre-Marie Colonna:mailto:pm.colonna@golfe-ajaccio-shipping.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chiara Santoni:mailto:chiara.santoni@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ghjulia Rocca:mailto:g.rocca@golfe-ajaccio-shipping.example
        UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000778899AABBCCDDEEFF001122
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat alternance exploitation (jury : PM Colonna\\, C. Santoni)
        DTSTART;TZID=Romance Standard Time:20261014T100000
        DTEND;TZID=Romance Standard Time:20261014T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T140512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Sanguinaires
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Pierre-Marie Colonna", "pm.colonna@golfe-ajaccio-shipping.example"),
             "Entretien candidat alternance exploitation", "2026-10-07 16:05",
             "<VI1PR06MB5423D1C2B3A4958677F0E1D2C3B4A@VI1PR06MB5423.eurprd06.prod.outlook.com>",
             to=addr("Chiara Santoni", ME) + ", " + addr("Ghjulia Rocca", "g.rocca@golfe-ajaccio-shipping.example"),
             relay="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2101.outbound.protection.outlook.com [40.107.8.101])",
             extra=(("Thread-Topic", "Entretien candidat alternance exploitation"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(N(42), family="auto_reply", lang="en", interview=False, company=None,
      note="Out-of-office auto-reply from the Harborline coordinator to the candidate's reply to "
           "the GoodTime confirmation; 'until Monday, November 2', no appointment",
      days=(("Mon", "2026-11-02"),))
def n42() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office until Monday, November 2 with limited
        access to email.

        For anything urgent regarding interview scheduling, please contact
        recruiting@harborline.io and a member of the team will get back to you.

        Best,
        Jordan Whitaker
        Recruiting Coordinator, Harborline Systems
    """)
    h = head(addr("Jordan Whitaker", "jordan.whitaker@harborline.io"),
             "Automatic reply: Re: Interview Confirmation: Senior Analyst, Vessel Operations - Harborline Systems",
             "2026-10-29 17:03", "<BN8PR12MB3361AUTO0A1B2C3D4E5F6A7B8C9D0@BN8PR12MB3361.namprd12.prod.outlook.com>",
             zone="America/New_York",
             relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound.protection.outlook.com [40.107.237.102])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAMs7d1Fq9zR3w_kY0pT4vB8nX2cL6hJ5gA1@mail.gmail.com>"),
                    ("References", "<CAMs7d1Fq9zR3w_kY0pT4vB8nX2cL6hJ5gA1@mail.gmail.com>")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(N(43), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (mistyped address) of the candidate's own reply accepting 'mardi 10h'; "
           "the employer never got it, so nothing is confirmed; an automatic bounce")
def n43() -> bytes:
    explain = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <f.leandry@navi-isulani.corsica>: host mail.navi-isulani.corsica[5.135.180.62]
            said: 550 5.1.1 <f.leandry@navi-isulani.corsica>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
    """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Q9x7K2mZbz3wX
        X-Postfix-Sender: rfc822; chiara.santoni@example.org
        Arrival-Date: Mon,  2 Nov 2026 10:01:58 +0100 (CET)

        Final-Recipient: rfc822; f.leandry@navi-isulani.corsica
        Original-Recipient: rfc822;f.leandry@navi-isulani.corsica
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.navi-isulani.corsica
        Diagnostic-Code: smtp; 550 5.1.1 <f.leandry@navi-isulani.corsica>: Recipient
            address rejected: User unknown in virtual mailbox table
    """)
    orig = message([
        ("From", addr("Chiara Santoni", ME)),
        ("To", "f.leandry@navi-isulani.corsica"),
        ("Subject", "Re: Rencontre avec M. Poli"),
        ("Date", date("2026-11-02 10:01", "Europe/Paris")),
        ("Message-ID", "<CAGt5pW0x+Lr2Qm8Zk1vN7yB3cF9hD6jS4eA@mail.gmail.com>"),
    ], text(t("""
        Bonjour Francesca,

        Mardi 10h me convient parfaitement, je serai au bâtiment Margaritella.

        Bien cordialement,
        Chiara Santoni

        Le lun. 2 nov. 2026 à 09:05, Francesca Leandri <f.leandri@navi-isulani.corsica> a écrit :
        > Est-ce que mardi 10h vous irait ? Sinon mercredi 15h, à nos bureaux du port de commerce.
    """)))
    from make import Part, raw_part
    report = mixed(text(explain, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                   raw_part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")], status),
                   Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
                   params='report-type=delivery-status')
    report.headers[0] = ("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report"))
    h = head("MAILER-DAEMON@smtp.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", "2026-11-02 10:02",
             "<20261102090200.7D3A1C0042@smtp.example.org>",
             relay="from smtp.example.org (smtp.example.org [192.0.2.10])",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@mail(N(44), family="mailing_list", lang="fr", interview=False, company=None,
      note="Mailing-list post (Google Groups) in which another member mentions her own interview "
           "'jeudi à 14h'; not addressed to the candidate's interview")
def n44() -> bytes:
    body = t("""
        Salut la liste,

        Pour répondre à Yannick : chez les armateurs c'est souvent deux tours, un RH puis un opérationnel avec une étude de cas (planning d'escale ou gestion d'un retard météo). Moi j'ai le deuxième tour jeudi à 14h à Toulon, je vous ferai un retour.

        Petit conseil : révisez les règles de temps de travail des marins, ça tombe à chaque fois.

        Audrey

        Le mer. 18 nov. 2026 à 21:40, Yannick Bertolini a écrit :
        > Vos retours sur les entretiens chez les armateurs ? Ça se passe comment en général ?

        --
        Vous recevez ce message, car vous êtes abonné au groupe « Ops portuaires FR » de Google Groupes.
        Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse ops-portuaires-fr+unsubscribe@googlegroups.com.
        Pour afficher cette discussion, accédez à https://groups.google.com/g/ops-portuaires-fr/c/Xk2v9Lp0aQw.
    """)
    h = head(addr("Audrey Faure", "audrey.faure.ops@example.net"),
             "Re: [ops-portuaires-fr] Vos retours sur les entretiens chez les armateurs ?",
             "2026-11-19 08:12", "<b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@googlegroups.com>",
             to="Ops portuaires FR <ops-portuaires-fr@googlegroups.com>",
             relay="from mail-yw1-f189.google.com (mail-yw1-f189.google.com [209.85.128.189])",
             extra=(("Reply-To", "ops-portuaires-fr@googlegroups.com"),
                    ("Mailing-list", "list ops-portuaires-fr@googlegroups.com; contact ops-portuaires-fr+owners@googlegroups.com"),
                    ("List-Id", "<ops-portuaires-fr.googlegroups.com>"),
                    ("List-Post", "<https://groups.google.com/group/ops-portuaires-fr/post>, <mailto:ops-portuaires-fr@googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+812094+unsubscribe@googlegroups.com>"),
                    ("Precedence", "list")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(45), family="webinar", lang="fr", interview=False, company=None,
      note="Zoom webinar registration ('Réussir son entretien dans le maritime', jeudi 19 novembre "
           "2026 18:00 Paris, ICS attached): confirmed time, but a webinar",
      days=(("Thu", "2026-11-19"),))
def n45() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci de vous être inscrit(e) à « Réussir son entretien dans le maritime : armateurs, ports et logistique ».

        Date et heure : 19 nov. 2026 06:00 PM Paris

        Rejoindre depuis un PC, Mac, iPad, iPhone ou appareil Android :
        Cliquez ici pour rejoindre : https://us06web.zoom.us/w/88412093377?tk=aB3xK9
        Code secret : 771204

        Intervenants : Cluster Maritime Sud, deux DRH d'armateurs et une chasseuse de têtes.

        Ajouter à votre agenda : voir la pièce jointe.

        Vous pouvez annuler votre inscription à tout moment.
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20261110T091530Z
        DTSTART;TZID=Europe/Paris:20261119T180000
        DTEND;TZID=Europe/Paris:20261119T193000
        SUMMARY:Réussir son entretien dans le maritime : armateurs\\, ports et logistique
        UID:ZOOM88412093377-20261110
        LOCATION:https://us06web.zoom.us/w/88412093377?tk=aB3xK9
        ORGANIZER;CN=Zoom:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Cluster Maritime Sud", "no-reply@zoom.us"),
             "Confirmation d'inscription au webinaire : Réussir son entretien dans le maritime",
             "2026-11-10 10:15", "<zoom.webinar.reg.88412093377.4c1e@zoom.us>",
             relay="from mailout-us06.zoom.us (mailout-us06.zoom.us [170.114.10.86])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                     disposition="attachment")))


@mail(N(46), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Google Calendar invitation to the team's end-of-year lunch at the current job (ven. 18 "
           "déc. 12:30): a calendar event, not an interview", days=(("Fri", "2026-12-18"),))
def n46() -> bytes:
    body = t("""
        Ghjulia Rocca vous a invité à un événement.

        Repas de fin d'année – équipe exploitation 🎄
        vendredi 18 décembre 2026 ⋅ 12:30 – 15:00 (heure normale d’Europe centrale - Paris)

        Lieu
        Restaurant U Pescadore, quai de la Citadelle, Ajaccio

        Chacun paie sa part, le dessert est offert par Pierre-Marie ! Dites-moi avant le 14 si vous venez.

        Organisateur
        Ghjulia Rocca
        g.rocca@golfe-ajaccio-shipping.example

        Répondre pour chiara.santoni@example.org : Oui Non Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/
    """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261218T123000
        DTEND;TZID=Europe/Paris:20261218T150000
        DTSTAMP:20261209T081102Z
        ORGANIZER;CN=Ghjulia Rocca:mailto:g.rocca@golfe-ajaccio-shipping.example
        UID:7q2w4e6r8t0y1u3i5o7p@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chiara.santoni@example.org;X-NUM-GUESTS=0:mailto:chiara.santoni@example.org
        DESCRIPTION:Chacun paie sa part\\, le dessert est offert par Pierre-Marie ! Dites-moi avant le 14 si vous venez.
        LOCATION:Restaurant U Pescadore\\, quai de la Citadelle\\, Ajaccio
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Repas de fin d'année – équipe exploitation 🎄
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """))
    h = head(addr("Ghjulia Rocca", "g.rocca@golfe-ajaccio-shipping.example"),
             "Invitation: Repas de fin d'année – équipe exploitation 🎄 @ ven. 18 déc. 2026 "
             "12:30 - 15:00 (CET) (chiara.santoni@example.org)",
             "2026-12-09 09:11", "<calendar-e4d3c2b1-a098-4f7e-8d6c-5b4a39281706@google.com>",
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Ghjulia Rocca", "g.rocca@golfe-ajaccio-shipping.example")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(N(47), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank adviser appointment (mercredi 25 novembre à 17 h 30, mortgage project): fixed "
           "time, not an interview", days=(("Wed", "2026-11-25"),))
def n47() -> bytes:
    body = t("""
        Bonjour Madame Santoni,

        Je vous confirme notre rendez-vous du mercredi 25 novembre à 17 h 30 à l'agence du cours Napoléon, pour faire le point sur votre projet d'achat à Marseille et sur votre simulation de prêt.

        Merci d'apporter vos trois derniers bulletins de salaire, votre dernier avis d'imposition et, si vous l'avez, la promesse d'embauche évoquée au téléphone.

        Bien à vous,

        Vanina Cristofari
        Conseillère patrimoniale
        Caisse Insulaire de Crédit - Agence Ajaccio Napoléon
    """)
    h = head(addr("Vanina Cristofari", "vanina.cristofari@caisse-insulaire.example"),
             "Votre rendez-vous du 25/11", "2026-11-19 11:37",
             "<5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b@caisse-insulaire.example>",
             relay="from smtp-out.caisse-insulaire.example (smtp-out.caisse-insulaire.example [198.51.100.201])",
             charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15"))


@mail(N(48), family="flat_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Marseille (samedi 5 décembre à 10h30): fixed "
           "time, not an interview", days=(("Sat", "2026-12-05"),))
def n48() -> bytes:
    body = t("""
        Bonjour Madame,

        Suite à notre échange, la visite du T2 rue Sainte (4e étage sans ascenseur, 780 € CC) est bien calée samedi 5 décembre à 10h30. Je vous attendrai devant l'immeuble, au 42.

        Le propriétaire demande un dossier complet (contrat de travail ou promesse d'embauche, 3 derniers bulletins, avis d'imposition). Pas de souci si vous êtes encore en période d'essai, on en parle sur place.

        Cordialement,
        Maxime Orsoni
        Immo Vieux-Port – 04 91 33 08 27
    """)
    h = head(addr("Maxime Orsoni", "m.orsoni@immo-vieuxport.example"),
             "Visite T2 rue Sainte – samedi 10h30", "2026-12-01 18:20",
             "<20261201172012.GA9921@immo-vieuxport.example>",
             relay="from smtp.immo-vieuxport.example (smtp.immo-vieuxport.example [203.0.113.151])",
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252", cte="8bit"))


@mail(N(49), family="thesis_defence", lang="fr", interview=False, company=None,
      note="Invitation to sit on a master's thesis defence jury (jeudi 10 décembre 2026, 14h-16h); "
           "the candidate is a jury member, not interviewed", days=(("Thu", "2026-12-10"),))
def n49() -> bytes:
    body = t("""
        Chère Madame Santoni,

        Je vous remercie d'avoir accepté de siéger en tant que professionnelle extérieure dans le jury de soutenance de mémoire de Mme Laura Pinelli (Master 2 Logistique portuaire et maritime).

        La soutenance aura lieu le jeudi 10 décembre 2026 de 14h à 16h, salle 2.12, ou en visio si vous ne pouvez pas faire le déplacement. Le mémoire (« Optimisation des rotations de ferries en haute saison ») vous sera transmis la semaine prochaine.

        Un défraiement de vos frais de déplacement est prévu.

        Bien cordialement,

        Pr. Antoine Guerrini
        Responsable du Master LPM
        Institut Méditerranéen de Logistique
    """)
    h = head(addr("Antoine Guerrini", "a.guerrini@iml-logistique.example"),
             "Jury de soutenance – Mme Pinelli, 10 décembre", "2026-11-30 14:48",
             "<e9f8a7b6-c5d4-4e3f-a2b1-0c9d8e7f6a5b@iml-logistique.example>",
             relay="from mx.iml-logistique.example (mx.iml-logistique.example [192.0.2.98])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="post_interview", lang="fr", interview=False, company="Cap Corse Logistique",
      note="Thank-you after the interview held the day before (thread with the Google Calendar "
           "invitation), quoting 'lundi 26 octobre à 10h'; the interview is past, the next step "
           "is only 'd'ici le 6 novembre'", days=(("Mon", "2026-10-26"), ("Fri", "2026-11-06")))
def n50() -> bytes:
    body = t("""
        Bonjour Chiara,

        Merci encore pour votre venue hier à Toga, Lisandru et moi avons beaucoup apprécié l'échange, notamment votre analyse des créneaux d'accostage l'été.

        Nous terminons les entretiens cette semaine et reviendrons vers vous d'ici le vendredi 6 novembre.

        Bien cordialement,
        Anne-Sophie

        Le jeu. 22 oct. 2026 à 16:02, Chiara Santoni <chiara.santoni@example.org> a écrit :
        > Bonjour Anne-Sophie,
        > Merci, c'est bien noté pour lundi 26 octobre à 10h à l'agence du port de Toga.
        > Bien à vous,
        > Chiara
    """)
    h = head(addr("Anne-Sophie Leca", "as.leca@capcorse-logistique.fr"),
             "Re: Entretien Chiara Santoni – Analyste flux portuaires", "2026-10-27 17:05",
             "<CAKd4r7Y+Wn2pQ9sT0xF3vB6mL1hZ8jC5gE@mail.gmail.com>",
             relay="from mail-ot1-f41.google.com (mail-ot1-f41.google.com [209.85.210.41])",
             extra=(("In-Reply-To", "<CAGt5pW0m3Rk7Yx1Zq8vN2bF6cH9jD4sL0eA@mail.gmail.com>"),
                    ("References", "<CAGt5pW0m3Rk7Yx1Zq8vN2bF6cH9jD4sL0eA@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))
