"""blind77: a blind 50-mail held-out set, the inbox of a job seeker in Lille (Sept - Dec 2026).

Inbox owner: Camille Vandenbroucke <camille.vandenbroucke@example.org>, data analyst, Lille
(Europe/Paris), looking at roles in Lille, Paris, Brussels, Ghent, Luxembourg, London and remote
teams; registered with France Travail; still on a fixed-term contract at a Lille agency (Brume).

Written blind (without reading the detector, its tests, or any other held-out mails). Every mail
is written by hand below; ``make.py`` does the MIME plumbing and the checks:

    python3 bench/heldout/make_blind.py blind77

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind77_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
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

ORDER = random.Random(77077).sample(range(1, 51), 50)

ME = "camille.vandenbroucke@example.org"
ME_FULL = addr("Camille Vandenbroucke", ME)
PARIS = "Europe/Paris"
LONDON = "Europe/London"
BRUSSELS = "Europe/Brussels"
LUX = "Europe/Luxembourg"
UTC_ZONE = "UTC"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"blind77_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_FULL,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8", delivered: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received (optional), From, To, Subject, Date, Message-ID, then extra headers."""
    hs: list[tuple[str, str]] = [("Delivered-To", delivered)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], delivered)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


# ICS time zones the shared VTZ table does not carry
VTZ_LOCAL = {
    "Europe/London": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Europe/Brussels": """BEGIN:VTIMEZONE
TZID:Europe/Brussels
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
END:VTIMEZONE""",
    "Romance Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
ID de la réunion : {mid}
Code secret : {pc}
Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_html(body_text: str) -> str:
    """A compact Outlook-style HTML twin of a plain meeting body."""
    import html as _h

    paras = "".join(
        f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>\n'
        for line in body_text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + paras + "</div>\n</body>\n</html>\n")


# =========================================================================== positives (keys 1-23)


# --------------------------------------------------------------------------- key 1: Greenhouse, Paris, CEST
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 11:00", PARIS), end=utc("2026-09-15 11:45", PARIS),
      contact="ines.ferreira@orbelle.io", company="Orbelle",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 11:45", zone=PARIS,
      note="Greenhouse candidate confirmation from a no-reply sender; 'Tuesday, September 15th 11:00 AM - "
           "11:45 AM CEST' = Europe/Paris summer time (UTC+2) -> 09:00-09:45Z; contact = Reply-To recruiter")
def m01():
    body = t("""
        Hi Camille,

        Thanks for taking the time to schedule your interview with Orbelle. Here are the details:

        Interview: Hiring Manager Interview
        When: Tuesday, September 15th 11:00 AM - 11:45 AM CEST
        Where: Google Meet - https://meet.google.com/qvf-hzxa-tnr
        Interviewer: Raphaël Nguyen, Lead Data Analyst

        Raphaël will want to hear about a dashboard or analysis you're proud of, so have one in mind.
        If anything changes, just reply to this email and it will reach me.

        Best,
        Inès Ferreira
        Talent Partner, Orbelle
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Camille,</p>
        <p>Thanks for taking the time to schedule your interview with Orbelle. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>When:</b></td><td>Tuesday, September 15th 11:00 AM - 11:45 AM CEST</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/qvf-hzxa-tnr">Google Meet</a></td></tr>
        <tr><td><b>Interviewer:</b></td><td>Raphaël Nguyen, Lead Data Analyst</td></tr>
        </table>
        <p>Raphaël will want to hear about a dashboard or analysis you&#39;re proud of, so have one in mind.
        If anything changes, just reply to this email and it will reach me.</p>
        <p>Best,<br>Inès Ferreira<br>Talent Partner, Orbelle</p>
        <img src="https://app.greenhouse.io/email_open/7c1e0a2f.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Orbelle", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Data Analyst, Growth at Orbelle", "2026-09-08 15:42:10", UTC_ZONE,
              "<66f0c1a2.7b1e.4c2a.9d55.0e3f2a91c4b7@us.greenhouse-mail.io>",
              rcv=("from o3.email.greenhouse-mail.io (o3.email.greenhouse-mail.io [167.89.14.22])",
                   "mx1.example.org with ESMTPS id 4Lm2QxT0"),
              extra=(("Reply-To", addr("Inès Ferreira", "ines.ferreira@orbelle.io")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- key 2: Exchange cancel, Luxembourg
@mail(n(2), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-14 10:00", LUX), end=utc("2026-09-14 11:00", LUX),
      contact="luc.feltgen@moselle-funds.lu", company="Moselle Fund Services",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone=LUX,
      days=(("Wed", "2026-09-16"),),
      note="Outlook/Exchange METHOD:CANCEL, TZID 'W. Europe Standard Time' (Luxembourg, CEST in September): "
           "cancelled slot Mon 14 Sep 10:00-11:00 -> 08:00-09:00Z. A new slot (Wed 16 Sep 15:00) is only "
           "proposed, not booked, so kind = cancelled; contact = ORGANIZER / sender")
def m02():
    body = t("""
        Dear Camille,

        I am very sorry, but I have to cancel Monday's interview (14 September, 10:00-11:00). Our Head of
        Reporting has been called into a board meeting that morning and I would rather not run it without him.

        Would Wednesday 16 September at 15:00 work for you instead? If it does, just reply and I will send
        you a fresh invitation.

        Apologies for the short notice.

        Kind regards,
        Luc Feltgen
        Talent Acquisition | Moselle Fund Services S.A.
        12, rue Eugène Ruppert | L-2453 Luxembourg
        T +352 26 48 31 207

        """) + TEAMS_EN.format(tid="NzQ3ZjE5YzMtZDk0Ni00", mid="348 921 577 014", pc="h7Qe9s")
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = ("BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
           + "BEGIN:VEVENT\n"
           "ORGANIZER;CN=Luc Feltgen:mailto:luc.feltgen@moselle-funds.lu\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Vandenbroucke:mailto:camille.vandenbroucke@example.org\n"
           "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Wagner:mailto:jonas.wagner@moselle-funds.lu\n"
           "DESCRIPTION;LANGUAGE=en-US:Dear Camille\\,\\n\\nI am very sorry\\, but I have to cancel Monday's interview\\n\n"
           "UID:040000008200E00074C5B7101A82E00800000000B0C3F4E2B43EDC01000000000000000010000000A61D4E7F2C5B3A4F9E1C77A5D0B2E9F1\n"
           "SUMMARY;LANGUAGE=en-US:Canceled: Interview – Data Analyst (Fund Reporting) – Camille Vandenbroucke\n"
           "DTSTART;TZID=W. Europe Standard Time:20260914T100000\n"
           "DTEND;TZID=W. Europe Standard Time:20260914T110000\n"
           "CLASS:PUBLIC\nPRIORITY:1\nDTSTAMP:20260909T150512Z\nTRANSP:TRANSPARENT\nSTATUS:CANCELLED\nSEQUENCE:1\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:1\nX-MICROSOFT-CDO-OWNERAPPTID:-1790326644\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:FREE\nX-MICROSOFT-CDO-INTENDEDSTATUS:FREE\n"
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:2\nX-MICROSOFT-CDO-INSTTYPE:0\n"
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Luc Feltgen", "luc.feltgen@moselle-funds.lu"),
              "Canceled: Interview – Data Analyst (Fund Reporting) – Camille Vandenbroucke",
              "2026-09-09 17:05:12", LUX,
              "<AM9P191MB1640B3C2E7D84F1A9C0E5B21A7D42@AM9P191MB1640.EURP191.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
                   "mx2.example.org with ESMTPS id 7QpR2kLw"),
              extra=(("Thread-Topic", "Interview – Data Analyst (Fund Reporting) – Camille Vandenbroucke"),
                     ("Thread-Index", "AdsQ5u7cD1m0k3lWTk2Zq8xYvRkz0Q=="),
                     ("Importance", "high"), ("X-Priority", "1"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    hs = [(k, enc(v) if k == "Thread-Topic" else v) for k, v in hs]
    return message(hs, alt(text(body), html(teams_html(body)),
                            calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- key 3: Teamtailor, Lille
@mail(n(3), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:30", PARIS), end=utc("2026-09-24 15:15", PARIS),
      contact="manon.leclercq@lumiere-logistique.fr", company="Lumière Logistique",
      local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:15", zone=PARIS,
      note="Teamtailor confirmation, 'jeudi 24 septembre 2026, 14:30 - 15:15 (Europe/Paris)', CEST -> "
           "12:30-13:15Z; ICS TZID Europe/Paris agrees. Reply-To is a Teamtailor relay, so contact = the "
           "human ICS ORGANIZER (the recruiter, also signed in the body)")
def m03():
    body = t("""
        Bonjour Camille,

        Votre entretien pour le poste de Data Analyst Supply Chain (CDI) est confirmé.

        Date : jeudi 24 septembre 2026, 14:30 - 15:15 (Europe/Paris)
        Lieu : Lumière Logistique - EuraTechnologies, 165 avenue de Bretagne, 59000 Lille (bâtiment Le Blan, 3e étage)
        Avec : Manon Leclercq (Talent Acquisition) et Karim Haddouche (Responsable BI)

        Présentez-vous à l'accueil du bâtiment, on viendra vous chercher.

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda. En cas d'empêchement,
        répondez simplement à ce message.

        À très vite,
        Manon Leclercq
        Talent Acquisition - Lumière Logistique
        manon.leclercq@lumiere-logistique.fr

        --
        Envoyé avec Teamtailor - https://www.teamtailor.com
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;padding:32px">
        <tr><td><img src="https://teamtailor-production.freetls.fastly.net/images/lumiere-logo.png" alt="Lumière Logistique" height="36"></td></tr>
        <tr><td><p>Bonjour Camille,</p>
        <p>Votre entretien pour le poste de <b>Data Analyst Supply Chain (CDI)</b> est confirmé.</p>
        <p><b>Date :</b> jeudi 24 septembre 2026, 14:30 - 15:15 (Europe/Paris)<br>
        <b>Lieu :</b> Lumière Logistique - EuraTechnologies, 165 avenue de Bretagne, 59000 Lille (bâtiment Le Blan, 3e étage)<br>
        <b>Avec :</b> Manon Leclercq (Talent Acquisition) et Karim Haddouche (Responsable BI)</p>
        <p>Présentez-vous à l'accueil du bâtiment, on viendra vous chercher.</p>
        <p>Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda. En cas d'empêchement,
        répondez simplement à ce message.</p>
        <p>À très vite,<br>Manon Leclercq<br>Talent Acquisition - Lumière Logistique<br>
        <a href="mailto:manon.leclercq@lumiere-logistique.fr">manon.leclercq@lumiere-logistique.fr</a></p></td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:24px">Envoyé avec <a href="https://www.teamtailor.com">Teamtailor</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Interviews//EN\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n"
           "BEGIN:VEVENT\nUID:tt-interview-5d81c3e0-49b2-4f7e-a0d3-c2f91e7a66b1@teamtailor.com\n"
           "DTSTAMP:20260917T080512Z\n"
           "DTSTART;TZID=Europe/Paris:20260924T143000\nDTEND;TZID=Europe/Paris:20260924T151500\n"
           "SUMMARY:Entretien Camille Vandenbroucke - Data Analyst Supply Chain (Lumière Logistique)\n"
           "LOCATION:EuraTechnologies\\, 165 avenue de Bretagne\\, 59000 Lille\n"
           "ORGANIZER;CN=Manon Leclercq:mailto:manon.leclercq@lumiere-logistique.fr\n"
           "ATTENDEE;CN=Camille Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.vandenbroucke@example.org\n"
           "ATTENDEE;CN=Karim Haddouche;PARTSTAT=ACCEPTED:mailto:karim.haddouche@lumiere-logistique.fr\n"
           "STATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Lumière Logistique", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé - Data Analyst Supply Chain", "2026-09-17 10:05:31", PARIS,
              "<7a3e1f0c9b2d4e68a15f@teamtailor-mail.com>",
              rcv=("from mail-ed1-f98.teamtailor-mail.com (mail-ed1-f98.teamtailor-mail.com [185.63.147.98])",
                   "mx1.example.org with ESMTPS id 9Xk3PaQ1"),
              extra=(("Reply-To", "reply+c9f1e2a7b83d@inbound.teamtailor-mail.com"),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --------------------------------------------------------------------------- key 4: Auckland reschedule, NZ DST
@mail(n(4), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-30 08:30", "Pacific/Auckland"), end=utc("2026-09-30 09:15", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaidata.co.nz", company="Kōwhai Data",
      local="Wed 2026-09-30 08:30", local_end="2026-09-30 09:15", zone="Pacific/Auckland",
      days=(("Tue", "2026-09-29"), ("Sun", "2026-09-27")),
      note="Reschedule from Auckland: old Tue 29 Sep 8:00am NZ, new Wed 30 Sep 8:30am NZ time for 45 minutes. "
           "NZ moves to NZDT (UTC+13) on Sun 27 Sep, after the mail (sent in NZST +12), so 08:30 NZDT = "
           "19:30Z on Tue 29 Sep (the previous day in UTC; 21:30 in Lille, as the mail says)")
def m04():
    body = t("""
        Kia ora Camille,

        Apologies for the shuffle - Ben has been pulled into a client workshop on Tuesday morning, so we
        need to move your interview from Tuesday 29 September at 8:00am NZ time to Wednesday 30 September
        at 8:30am NZ time. Still 45 minutes, same Google Meet link as before:
        https://meet.google.com/kwh-dtpa-rvm

        Heads-up on the time difference: our clocks go forward this Sunday (27th), so from then on we're
        11 hours ahead of Lille instead of 10. For you that makes it Tuesday evening, 9:30pm. If that's too
        late, tell me and I'll find something else, but otherwise we're locked in.

        Ngā mihi,
        Aroha

        Aroha Ngata | People & Talent | Kōwhai Data Ltd
        Level 4, 12 Customs Street East, Auckland 1010
        aroha.ngata@kowhaidata.co.nz
        """)
    hs = head(addr("Aroha Ngata", "aroha.ngata@kowhaidata.co.nz"),
              "Re: Kōwhai Data - Remote Data Analyst interview - new time",
              "2026-09-24 10:15:44", "Pacific/Auckland",
              "<CAH4x9pQ2wZ7e+Tn1u3bG5kqR8vLm0aYc6JdF@mail.gmail.com>",
              rcv=("from mail-pl1-f176.google.com (mail-pl1-f176.google.com [209.85.214.176])",
                   "mx1.example.org with ESMTPS id 2RbTz8Nf"),
              extra=(("In-Reply-To", "<CAH4x9pR1sYe4u+Ko3vN7aWq2mLp5gFd0zXe@mail.gmail.com>"),
                     ("References", "<CAH4x9pR1sYe4u+Ko3vN7aWq2mLp5gFd0zXe@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit"),
                           boundary="000000000000a7c1e4060b2f91d3"))


# --------------------------------------------------------------------------- key 5: Belgian prose, tutoiement
@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", BRUSSELS), end=utc("2026-10-08 11:30", BRUSSELS),
      contact="julie.dethier@ostrea-analytics.be", company="Ostrea Analytics",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:30", zone=BRUSSELS,
      note="Belgian recruiter, tutoiement, 'jeudi prochain à 10h' written at 00:12 on Thu 1 Oct (Brussels, CEST; "
           "still Wed 30 Sep in UTC) -> Thu 8 Oct 10:00 CEST = 08:00Z. 'Compte nonante minutes' is an exact "
           "length -> end 09:30Z. iso-8859-15 QP, text only")
def m05():
    body = t("""
        Salut Camille,

        Désolée pour l'heure tardive, je boucle mes mails de la journée ! Merci encore pour notre appel
        d'hier après-midi, c'était chouette de faire connaissance.

        Comme promis, je te confirme ton entretien avec Pieter Janssens (notre head of data) et moi-même
        jeudi prochain à 10h, dans nos bureaux : Ostrea Analytics, avenue Louise 231, 1050 Ixelles
        (4e étage, sonne chez « Ostrea »).

        Compte nonante minutes au total : une heure de discussion, puis une demi-heure sur un petit cas
        pratique (un jeu de données de ventes, rien de méchant, tu peux prendre ton laptop).

        Depuis la gare du Midi, c'est une vingtaine de minutes en métro, descends à Louise.
        Si jamais tu as un empêchement, appelle-moi sur mon gsm : 0478 55 21 90.

        Bonne nuit et à jeudi !
        Julie

        --
        Julie Dethier
        Talent & People | Ostrea Analytics
        julie.dethier@ostrea-analytics.be
        """)
    hs = head(addr("Julie Dethier", "julie.dethier@ostrea-analytics.be", "iso-8859-15"),
              "Ton entretien chez Ostrea", "2026-10-01 00:12:37", BRUSSELS,
              "<b3f1a0e2-7d4c-4a91-8e5f-1c2d3e4f5a6b@ostrea-analytics.be>",
              rcv=("from smtp.ostrea-analytics.be (smtp.ostrea-analytics.be [91.183.20.44])",
                   "mx2.example.org with ESMTPS id 6HcWq3Zt"),
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
                     ("Content-Language", "fr-BE")))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable", params="format=flowed"))


# --------------------------------------------------------------------------- key 6: Lever, Ghent
@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-07 15:00", BRUSSELS), end=utc("2026-10-07 16:00", BRUSSELS),
      contact="annelies.claeys@scheldtrobotics.be", company="Scheldt Robotics",
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 16:00", zone=BRUSSELS,
      note="Lever confirmation (English, Ghent): 'Wednesday, October 7, 2026 | 3:00 PM - 4:00 PM CEST' -> "
           "13:00-14:00Z; ICS in UTC agrees; contact = Reply-To talent partner")
def m06():
    body = t("""
        Hi Camille,

        Your interview with Scheldt Robotics has been scheduled! Please find the details below.

        Wednesday, October 7, 2026 | 3:00 PM - 4:00 PM CEST

        Location: Scheldt Robotics, Dok Noord 7 (2nd floor), 9000 Gent, Belgium

        Interviewers:
          Annelies Claeys - Talent Partner
          Wout Verstraete - Analytics Lead

        Please bring a photo ID for the visitor badge. Parking is available at Dok Noord P+R.

        If you have any questions, simply reply to this email.

        Looking forward to meeting you,
        Scheldt Robotics Talent Team

        Powered by Lever
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#222;font-size:14px">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Camille,</p>
        <p>Your interview with Scheldt Robotics has been scheduled! Please find the details below.</p>
        <div style="border:1px solid #e2e2e2;border-radius:4px;padding:16px">
        <div style="font-size:16px;font-weight:600">Wednesday, October 7, 2026 | 3:00 PM - 4:00 PM CEST</div>
        <div style="margin-top:8px">Location: Scheldt Robotics, Dok Noord 7 (2nd floor), 9000 Gent, Belgium</div>
        <div style="margin-top:8px">Interviewers:<br>Annelies Claeys - Talent Partner<br>Wout Verstraete - Analytics Lead</div>
        </div>
        <p>Please bring a photo ID for the visitor badge. Parking is available at Dok Noord P+R.</p>
        <p>If you have any questions, simply reply to this email.</p>
        <p>Looking forward to meeting you,<br>Scheldt Robotics Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.lever.co">Lever</a></p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Lever//Lever Hire//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261007T130000Z\nDTEND:20261007T140000Z\nDTSTAMP:20261001T081522Z\n"
           "ORGANIZER;CN=Annelies Claeys:mailto:annelies.claeys@scheldtrobotics.be\n"
           "UID:lever-interview-3e9a5c71-1b0f-4d8e-92aa-5f60c4d7e218\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Vandenbroucke:mailto:camille.vandenbroucke@example.org\n"
           "DESCRIPTION:Interview for Data Analyst at Scheldt Robotics\n"
           "LOCATION:Scheldt Robotics\\, Dok Noord 7\\, 9000 Gent\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Interview: Data Analyst - Scheldt Robotics\nTRANSP:OPAQUE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Scheldt Robotics", "no-reply@hire.lever.co"),
              "Interview confirmation: Data Analyst at Scheldt Robotics", "2026-10-01 08:15:22", UTC_ZONE,
              "<0102019245c1a7e3-8f2d5b6a-3c4e-4f71-9a0b-7d1e2c3f4a5b-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                   "mx1.example.org with ESMTPS id 1JqV7tMc"),
              extra=(("Reply-To", addr("Annelies Claeys", "annelies.claeys@scheldtrobotics.be")),
                     ("Feedback-ID", "1.us-east-1.lever:AmazonSES")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 7: Personio, Brussels
@mail(n(7), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-09 11:00", BRUSSELS), end=utc("2026-10-09 12:00", BRUSSELS),
      contact="helene.wouters@luminagrid.be", company="Lumina Grid",
      local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=BRUSSELS,
      note="Personio interview invitation with a fixed slot ('vendredi 9 octobre 2026, 11:00 - 12:00, heure de "
           "Bruxelles', CEST) -> 09:00-10:00Z, ICS TZID Europe/Brussels agrees. 'Merci de confirmer votre "
           "présence' does not make the time tentative. Contact = Reply-To recruiter (RFC 2047 name)")
def m07():
    body = t("""
        Bonjour Camille,

        Nous avons le plaisir de vous inviter à un entretien pour le poste de Data Analyst Énergie (H/F/X).

        Date : vendredi 9 octobre 2026
        Heure : 11:00 - 12:00 (heure de Bruxelles)
        Lieu : Lumina Grid, rue Royale 97, 1000 Bruxelles
        Interlocuteurs : Hélène Wouters (Talent Acquisition), Bart Peeters (Head of Data)

        Merci de confirmer votre présence à l'aide du bouton ci-dessous. L'invitation est jointe au
        format .ics.

        Confirmer ma présence : https://luminagrid.jobs.personio.de/interview/confirm?token=f3Kq9ZrW1xLm

        Cordialement,
        Hélène Wouters
        Lumina Grid SRL

        Cet e-mail a été envoyé via Personio.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#262626">
        <p>Bonjour Camille,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste de <strong>Data Analyst Énergie (H/F/X)</strong>.</p>
        <table style="border-left:3px solid #1f6feb;padding-left:10px">
        <tr><td>Date :</td><td>vendredi 9 octobre 2026</td></tr>
        <tr><td>Heure :</td><td>11:00 - 12:00 (heure de Bruxelles)</td></tr>
        <tr><td>Lieu :</td><td>Lumina Grid, rue Royale 97, 1000 Bruxelles</td></tr>
        <tr><td>Interlocuteurs :</td><td>Hélène Wouters (Talent Acquisition), Bart Peeters (Head of Data)</td></tr>
        </table>
        <p>Merci de confirmer votre présence à l'aide du bouton ci-dessous. L'invitation est jointe au format .ics.</p>
        <p><a href="https://luminagrid.jobs.personio.de/interview/confirm?token=f3Kq9ZrW1xLm"
        style="background:#1f6feb;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Confirmer ma présence</a></p>
        <p>Cordialement,<br>Hélène Wouters<br>Lumina Grid SRL</p>
        <p style="color:#8c8c8c;font-size:11px">Cet e-mail a été envoyé via Personio.</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nMETHOD:REQUEST\n"
           + VTZ_LOCAL["Europe/Brussels"] + "\n"
           "BEGIN:VEVENT\nUID:personio-interview-88213-4471@personio.de\nDTSTAMP:20261002T093004Z\n"
           "DTSTART;TZID=Europe/Brussels:20261009T110000\nDTEND;TZID=Europe/Brussels:20261009T120000\n"
           "SUMMARY:Entretien : Data Analyst Énergie (H/F/X) - Lumina Grid\n"
           "LOCATION:Lumina Grid\\, rue Royale 97\\, 1000 Bruxelles\n"
           "ORGANIZER;CN=Hélène Wouters:mailto:helene.wouters@luminagrid.be\n"
           "ATTENDEE;CN=Camille Vandenbroucke;RSVP=TRUE:mailto:camille.vandenbroucke@example.org\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Lumina Grid", "no-reply@mail.personio.de"),
              "Invitation à un entretien - Data Analyst Énergie (H/F/X)", "2026-10-02 11:30:04", BRUSSELS,
              "<20261002093004.4471.88213@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [18.184.103.77])",
                   "mx1.example.org with ESMTPS id 3FtY6pXs"),
              extra=(("Reply-To", addr("Hélène Wouters", "helene.wouters@luminagrid.be")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="entretien.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 8: Workday, Paris, HTML only
@mail(n(8), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 09:30", PARIS), end=utc("2026-10-19 10:30", PARIS),
      contact="sophie.garnier@groupe-rivalis.fr", company="Groupe Rivalis",
      local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:30", zone=PARIS,
      note="Workday notification, HTML only (base64), Date header in -0700 (Workday servers): 'lundi 19 octobre "
           "2026, de 9 h 30 à 10 h 30 (heure de Paris)', CEST -> 07:30-08:30Z; sender is the tenant mailbox, "
           "contact = recruiter address in the body")
def m08():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Confirmation d'entretien</title></head>
        <body style="margin:0;padding:0;background-color:#eef1f5">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#00205b;padding:18px 24px"><img src="https://wd3.myworkdaysite.com/rivalis/assets/logo-rivalis-blanc.png" alt="Groupe Rivalis" height="30"></td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Camille Vandenbroucke,</p>
        <p>Nous vous confirmons votre entretien pour le poste <b>Data Analyst Pricing (R-0042817)</b>.</p>
        <table cellspacing="0" cellpadding="6" style="border:1px solid #d9dde3;width:100%">
        <tr><td style="background:#f6f7f9;width:30%">Date</td><td>lundi 19 octobre 2026</td></tr>
        <tr><td style="background:#f6f7f9">Horaire</td><td>de 9 h 30 à 10 h 30 (heure de Paris)</td></tr>
        <tr><td style="background:#f6f7f9">Format</td><td>Visioconférence Microsoft Teams (le lien vous sera communiqué la veille)</td></tr>
        <tr><td style="background:#f6f7f9">Interlocuteurs</td><td>Sophie Garnier, Chargée de recrutement<br>Antoine Mercier, Responsable Pricing &amp; Revenue Management</td></tr>
        </table>
        <p>Pour toute question concernant votre candidature, vous pouvez contacter Sophie Garnier :
        <a href="mailto:sophie.garnier@groupe-rivalis.fr">sophie.garnier@groupe-rivalis.fr</a>.</p>
        <p>Vous pouvez également suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/rivalis/Carrieres/userHome">espace candidat</a>.</p>
        <p>Bien cordialement,<br>L'équipe Recrutement du Groupe Rivalis</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#8a8f98;border-top:1px solid #eceff3">
        Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>
        Groupe Rivalis SA - 18 rue de la Pépinière, 75008 Paris</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Groupe Rivalis", "rivalis@myworkday.com"),
              "Confirmation de votre entretien - Data Analyst Pricing (R-0042817)",
              "2026-10-13 09:12:40", "America/Los_Angeles",
              "<1203851749.66213.1792080760512@wd3-prod-mail-4.myworkday.com>",
              rcv=("from wd3-smtp-out-4.myworkday.com (wd3-smtp-out-4.myworkday.com [54.88.201.17])",
                   "mx2.example.org with ESMTPS id 8PzA4rHe"))
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- key 9: Microsoft Bookings, Luxembourg
@mail(n(9), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-20 14:00", LUX), end=utc("2026-10-20 14:45", LUX),
      contact="marc.schmit@fiduciaire-kirchberg.lu", company="Fiduciaire Kirchberg",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 14:45", zone=LUX,
      note="Microsoft Bookings (French) from the Bookings mailbox; the body's zone label shows the standard "
           "offset '(UTC+01:00) Amsterdam, Berlin, Berne...' but 20 Oct is still CEST (UTC+2): 14:00-14:45 -> "
           "12:00-12:45Z, as the ICS (W. Europe Standard Time) says. Mailbox is not a person; contact = the "
           "staff member's address in the body")
def m09():
    body = t("""
        Bonjour Camille Vandenbroucke,

        Merci d'avoir réservé un rendez-vous auprès de Fiduciaire Kirchberg - Recrutement. Voici les détails
        de votre réservation.

        Entretien de recrutement - Data Analyst (45 minutes)
        mardi 20 octobre 2026 14:00 - 14:45
        (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne

        Personnel : Marc Schmit
        Adresse : Fiduciaire Kirchberg, 14 avenue John F. Kennedy, L-1855 Luxembourg (réception, rez-de-chaussée)

        Informations supplémentaires :
        Merci de vous munir d'une pièce d'identité. Pour toute question, écrivez à Marc Schmit
        (marc.schmit@fiduciaire-kirchberg.lu) ou appelez le +352 42 17 80 1.

        Ajouter à votre calendrier
        Gérer la réservation : https://outlook.office365.com/owa/calendar/FiduciaireKirchbergRecrutement@fiduciaire-kirchberg.lu/bookings/s/Xk2p9TqZ0Eey7Lw3
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:560px">
        <p>Bonjour Camille Vandenbroucke,</p>
        <p>Merci d'avoir réservé un rendez-vous auprès de Fiduciaire Kirchberg - Recrutement. Voici les détails de votre réservation.</p>
        <div style="border:1px solid #edebe9;padding:16px">
        <div style="font-size:18px;font-weight:600">Entretien de recrutement - Data Analyst (45 minutes)</div>
        <div>mardi 20 octobre 2026 14:00 - 14:45</div>
        <div style="color:#605e5c">(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne</div>
        <div style="margin-top:10px">Personnel : Marc Schmit</div>
        <div>Adresse : Fiduciaire Kirchberg, 14 avenue John F. Kennedy, L-1855 Luxembourg (réception, rez-de-chaussée)</div>
        </div>
        <p><b>Informations supplémentaires :</b><br>Merci de vous munir d'une pièce d'identité. Pour toute question, écrivez à Marc Schmit
        (<a href="mailto:marc.schmit@fiduciaire-kirchberg.lu">marc.schmit@fiduciaire-kirchberg.lu</a>) ou appelez le +352 42 17 80 1.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/FiduciaireKirchbergRecrutement@fiduciaire-kirchberg.lu/bookings/s/Xk2p9TqZ0Eey7Lw3/ics">Ajouter à votre calendrier</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/FiduciaireKirchbergRecrutement@fiduciaire-kirchberg.lu/bookings/s/Xk2p9TqZ0Eey7Lw3">Gérer la réservation</a></p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["W. Europe Standard Time"] + "\n"
           "BEGIN:VEVENT\n"
           "ORGANIZER;CN=Fiduciaire Kirchberg - Recrutement:mailto:FiduciaireKirchbergRecrutement@fiduciaire-kirchberg.lu\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Vandenbroucke:mailto:camille.vandenbroucke@example.org\n"
           "DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement - Data Analyst\\nPersonnel : Marc Schmit\\n\n"
           "UID:040000008200E00074C5B7101A82E008000000004D1F0B6E3E5DDC010000000000000000100000002F7E9C1A6B3D4E5F8A9B0C1D2E3F4A5B\n"
           "SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Data Analyst\n"
           "DTSTART;TZID=W. Europe Standard Time:20261020T140000\n"
           "DTEND;TZID=W. Europe Standard Time:20261020T144500\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261013T084410Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=fr-FR:Fiduciaire Kirchberg\\, 14 avenue John F. Kennedy\\, L-1855 Luxembourg\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Fiduciaire Kirchberg - Recrutement", "FiduciaireKirchbergRecrutement@fiduciaire-kirchberg.lu"),
              "Réservation confirmée : Entretien de recrutement - Data Analyst", "2026-10-13 08:44:10", UTC_ZONE,
              "<PAXP193MB2161E0C7A4B9D3F5E1A2C4B6D8E0F2A4@PAXP193MB2161.EURP193.PROD.OUTLOOK.COM>",
              rcv=("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [40.107.104.119])",
                   "mx1.example.org with ESMTPS id 5KwE1uYb"),
              extra=(("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --------------------------------------------------------------------------- key 10: SmartRecruiters, Paris
@mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-23 10:00", PARIS), end=utc("2026-10-23 10:45", PARIS),
      contact="lea.morel@maisoncoralie.fr", company="Maison Coralie",
      local="Fri 2026-10-23 10:00", local_end="2026-10-23 10:45", zone=PARIS,
      note="SmartRecruiters message from the hiring team: 'vendredi 23 octobre 2026 à 10h00 (heure de Paris, "
           "UTC+02:00) - durée : 45 minutes' -> 08:00-08:45Z, ICS in UTC agrees. Reply-To is a SmartRecruiters "
           "relay; contact = recruiter address in the signature. Later moved (Google Calendar update, key 12)")
def m10():
    body = t("""
        Bonjour Camille,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien en visio avec
        Élodie Marchand, Head of Data :

          vendredi 23 octobre 2026 à 10h00 (heure de Paris, UTC+02:00) - durée : 45 minutes
          Google Meet : https://meet.google.com/cor-xkpq-vhz

        Élodie souhaiterait que vous lui présentiez en 10 minutes un projet d'analyse dont vous êtes fière,
        le support est libre.

        Je reste disponible pour toute question.

        Belle journée,
        Léa Morel
        Chargée de recrutement - Maison Coralie
        lea.morel@maisoncoralie.fr | 01 84 25 63 10

        Répondez directement à ce message pour contacter l'équipe de recrutement.
        Maison Coralie utilise SmartRecruiters - Politique de confidentialité : https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;background:#f7f7f7">
        <div style="max-width:600px;margin:20px auto;background:#fff;padding:28px">
        <p>Bonjour Camille,</p>
        <p>Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien en visio avec Élodie Marchand, Head of Data :</p>
        <p style="padding-left:16px"><b>vendredi 23 octobre 2026 à 10h00</b> (heure de Paris, UTC+02:00) - durée : 45 minutes<br>
        Google Meet : <a href="https://meet.google.com/cor-xkpq-vhz">https://meet.google.com/cor-xkpq-vhz</a></p>
        <p>Élodie souhaiterait que vous lui présentiez en 10 minutes un projet d'analyse dont vous êtes fière, le support est libre.</p>
        <p>Je reste disponible pour toute question.</p>
        <p>Belle journée,<br>Léa Morel<br>Chargée de recrutement - Maison Coralie<br>
        <a href="mailto:lea.morel@maisoncoralie.fr">lea.morel@maisoncoralie.fr</a> | 01 84 25 63 10</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Répondez directement à ce message pour contacter l'équipe de recrutement.<br>
        Maison Coralie utilise SmartRecruiters - <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/">Politique de confidentialité</a></p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nUID:sr-3f6c0d2a-91e4-4b7a-b5c8-0e2d4f6a8c1e@smartrecruiters.com\n"
           "DTSTAMP:20261015T140522Z\nDTSTART:20261023T080000Z\nDTEND:20261023T084500Z\n"
           "SUMMARY:Entretien - Data Analyst - Maison Coralie\n"
           "LOCATION:https://meet.google.com/cor-xkpq-vhz\n"
           "ORGANIZER;CN=Léa Morel:mailto:lea.morel@maisoncoralie.fr\n"
           "ATTENDEE;CN=Camille Vandenbroucke;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.vandenbroucke@example.org\n"
           "STATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Léa Morel - Maison Coralie", "noreply@smartrecruiters.com"),
              "Votre entretien avec Maison Coralie - Data Analyst (F/H)", "2026-10-15 14:05:22", UTC_ZONE,
              "<5f2b9c7e.1a3d.4e6f.8b0c.2d4e6f8a0b1c@smartrecruiters.com>",
              rcv=("from mta-201.smartrecruiters.com (mta-201.smartrecruiters.com [52.17.93.201])",
                   "mx2.example.org with ESMTPS id 0TgN5vCa"),
              extra=(("Reply-To", "reply-7d1e3a5c9b2f4e60@messages.smartrecruiters.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- key 11: Exchange, London, UK DST edge
@mail(n(11), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", LONDON), end=utc("2026-10-26 11:00", LONDON),
      contact="fiona.hargreaves@thamesbrook.co.uk", company="Thamesbrook Mutual",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=LONDON,
      note="Outlook meeting request whose body has no date or time: the time is only in the ICS, TZID 'GMT "
           "Standard Time' 20261026T100000. Mail sent Wed 21 Oct in BST; UK clocks go back on Sun 25 Oct, so "
           "10:00 on Mon 26 Oct is GMT = 10:00Z (not 09:00Z). Contact = ORGANIZER / sender")
def m11():
    body = t("""
        Hi Camille,

        Great to speak earlier - here's the invite for your first interview with Tom Akers (Head of Pricing
        Analytics) and me, as agreed. It'll be on Teams; the link is below.

        Any problems, give me a shout on 07700 900412.

        Best wishes,
        Fiona

        Fiona Hargreaves
        Senior Talent Partner | Thamesbrook Mutual
        30 Gracechurch Street, London EC3V 0BT

        """) + TEAMS_EN.format(tid="OWE0Y2Y3ZDctMzE1Yi00", mid="371 204 889 562", pc="Wq3uZ8")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["GMT Standard Time"] + "\n"
           "BEGIN:VEVENT\n"
           "ORGANIZER;CN=Fiona Hargreaves:mailto:fiona.hargreaves@thamesbrook.co.uk\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Vandenbroucke:mailto:camille.vandenbroucke@example.org\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Akers:mailto:tom.akers@thamesbrook.co.uk\n"
           "DESCRIPTION;LANGUAGE=en-GB:Hi Camille\\,\\n\\nGreat to speak earlier - here's the invite for your first in\n"
           " terview with Tom Akers (Head of Pricing Analytics) and me\\, as agreed.\\n\n"
           "UID:040000008200E00074C5B7101A82E00800000000C2A71F0D4561DC01000000000000000010000000E3B5D7F91A2C4E6081A3C5E7092B4D6F\n"
           "SUMMARY;LANGUAGE=en-GB:Data Analyst - first interview (Camille Vandenbroucke)\n"
           "DTSTART;TZID=GMT Standard Time:20261026T100000\n"
           "DTEND;TZID=GMT Standard Time:20261026T110000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261021T101804Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-OWNERAPPTID:2121843390\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
           "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:\nX-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:fiona.hargreaves@thamesbrook.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_OWE0Y2Y3ZDctMzE1Yi00\n"
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
           "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams Meeting\",\"LocationAnnotation\":\"\",\"LocationSource\":0}]\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Fiona Hargreaves", "fiona.hargreaves@thamesbrook.co.uk"),
              "Data Analyst - first interview (Camille Vandenbroucke)", "2026-10-21 11:18:04", LONDON,
              "<LO2P265MB5122F1A3C5E7092B4D6F8A0C2E4B6D8F@LO2P265MB5122.GBRP265.PROD.OUTLOOK.COM>",
              rcv=("from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2131.outbound.protection.outlook.com [40.107.10.131])",
                   "mx1.example.org with ESMTPS id 4NvR8sKd"),
              extra=(("Thread-Topic", "Data Analyst - first interview (Camille Vandenbroucke)"),
                     ("Thread-Index", "AdtDM0n8w3FqS2bXRmWn7y2kPq1jEA=="),
                     ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(teams_html(body)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- key 12: Google Calendar update, Paris, EU DST edge
@mail(n(12), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-27 10:00", PARIS), end=utc("2026-10-27 10:45", PARIS),
      contact="lea.morel@maisoncoralie.fr", company="Maison Coralie",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone=PARIS,
      days=(("Fri", "2026-10-23"),),
      note="French Google Calendar 'Invitation mise à jour': moved from Fri 23 Oct 10:00 (CEST, UTC+2) to Tue 27 "
           "Oct 10:00-10:45 'heure normale d'Europe centrale' - Europe back to CET on Sun 25 Oct, so 09:00-09:45Z "
           "(not 08:00Z); ICS SEQUENCE:1 TZID Europe/Paris agrees. Contact = organizer recruiter")
def m12():
    body = t("""
        Cet événement a été modifié.

        Entretien Data Analyst - Maison Coralie
        Participer avec Google Meet : https://meet.google.com/cor-xkpq-vhz

        Quand
        Modifié : mardi 27 oct. 2026 10:00 – 10:45 (heure normale d’Europe centrale - Paris)
        Ancienne date : vendredi 23 oct. 2026 10:00 – 10:45 (heure d’été d’Europe centrale - Paris)

        Invités
        Léa Morel - organisateur
        Élodie Marchand
        camille.vandenbroucke@example.org

        Bonjour Camille, Élodie a un comité de direction vendredi matin : nous décalons à mardi 27, même
        heure, même lien. Merci pour votre souplesse ! Léa

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NWg3ZHMxcDRsOGJx

        Répondre pour camille.vandenbroucke@example.org : Oui (https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg3ZHMxcDRsOGJx&rst=1)
        Non (https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg3ZHMxcDRsOGJx&rst=2)
        Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg3ZHMxcDRsOGJx&rst=3)

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises à
        jour concernant cet événement, refusez-le. Transférer cette invitation peut permettre à tout
        destinataire d'envoyer une réponse à l'organisateur.
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="font-size:14px;color:#5f6368">Cet événement a été modifié.</div>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Entretien Data Analyst - Maison Coralie</h2>
        <a href="https://meet.google.com/cor-xkpq-vhz" style="background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a>
        <h3 style="font-size:14px;font-weight:500;margin-top:18px">Quand</h3>
        <div><span style="background:#e6f4ea;color:#137333;font-weight:700">Modifié :</span> mardi 27 oct. 2026 10:00 – 10:45 (heure normale d’Europe centrale - Paris)</div>
        <div style="text-decoration:line-through;color:#80868b">vendredi 23 oct. 2026 10:00 – 10:45 (heure d’été d’Europe centrale - Paris)</div>
        <h3 style="font-size:14px;font-weight:500;margin-top:18px">Invités</h3>
        <div>Léa Morel - <span style="color:#70757a">organisateur</span><br>Élodie Marchand<br>camille.vandenbroucke@example.org</div>
        <p style="white-space:pre-wrap">Bonjour Camille, Élodie a un comité de direction vendredi matin : nous décalons à mardi 27, même heure, même lien. Merci pour votre souplesse ! Léa</p>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NWg3ZHMxcDRsOGJx">Afficher tous les détails de l'invitation</a></p>
        <p style="font-size:12px;color:#70757a">Invitation de <a href="https://calendar.google.com/calendar/">Google Agenda</a><br>
        Vous recevez cet e-mail, car vous êtes invité à cet événement.</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n"
           "BEGIN:VEVENT\nDTSTART;TZID=Europe/Paris:20261027T100000\nDTEND;TZID=Europe/Paris:20261027T104500\n"
           "DTSTAMP:20261022T132009Z\n"
           "ORGANIZER;CN=Léa Morel:mailto:lea.morel@maisoncoralie.fr\n"
           "UID:5h7ds1p4l8bqk2t0c9vmr3e6aa@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Léa Morel;X-NUM-GUESTS=0:mailto:lea.morel@maisoncoralie.fr\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Élodie Marchand;X-NUM-GUESTS=0:mailto:elodie.marchand@maisoncoralie.fr\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.vandenbroucke@example.org;X-NUM-GUESTS=0:mailto:camille.vandenbroucke@example.org\n"
           "X-GOOGLE-CONFERENCE:https://meet.google.com/cor-xkpq-vhz\n"
           "CREATED:20261015T141011Z\n"
           "DESCRIPTION:Bonjour Camille\\, Élodie a un comité de direction vendredi matin : nous décalons à mardi 27\\, même heure\\, même lien. Merci pour votre souplesse ! Léa\n"
           "LAST-MODIFIED:20261022T132008Z\nLOCATION:\nSEQUENCE:1\nSTATUS:CONFIRMED\n"
           "SUMMARY:Entretien Data Analyst - Maison Coralie\nTRANSP:OPAQUE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    subject = ("Invitation mise à jour : Entretien Data Analyst - Maison Coralie @ mar. 27 oct. 2026 "
               "10:00 - 10:45 (CET) (camille.vandenbroucke@example.org)")
    hs = head(addr("Léa Morel", "lea.morel@maisoncoralie.fr"), subject, "2026-10-22 15:20:09", PARIS,
              "<calendar-8c2e4a61-3b5d-4f70-9e1c-7a2b4d6f8e0a@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx1.example.org with ESMTPS id 7YhC2mWq"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Léa Morel", "lea.morel@maisoncoralie.fr")),))
    return message(hs, mixed(
        alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 13: Calendly, New York host, CET week
@mail(n(13), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 16:00", PARIS), end=utc("2026-10-29 16:30", PARIS),
      contact="dana.whitfield@copperlinehealth.com", company="Copperline Health",
      local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:30", zone=PARIS,
      note="Calendly invitee confirmation in the invitee's zone: '04:00pm - 04:30pm (Central European Time), "
           "Thursday, October 29, 2026' -> 15:00-15:30Z (Europe is on CET from 25 Oct; the New York host is "
           "still on EDT until 1 Nov, so it is 11am for her, as the invitee's note says). ICS in UTC agrees; "
           "contact = Reply-To host")
def m13():
    body = t("""
        Hi Camille Vandenbroucke,

        Your Data Analyst - Intro call with Dana Whitfield at 04:00pm (Central European Time) on Thursday,
        October 29, 2026 is scheduled.

        Event Type:
        Data Analyst - Intro call

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time), Thursday, October 29, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://copperlinehealth.zoom.us/j/86201937455?pwd=Y2xkWm9QbHZtN3RxS0FhSg

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm based in Lille (France) - if I got the converter right that's 11am for you in New York.

        Cancel: https://calendly.com/cancellations/3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3
        Reschedule: https://calendly.com/reschedulings/3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f2f2f2;font-family:'Proxima Nova',Helvetica,Arial,sans-serif">
        <table align="center" width="600" style="background:#fff;padding:32px;color:#1a1a1a;font-size:15px"><tr><td>
        <p>Hi Camille Vandenbroucke,</p>
        <p>Your Data Analyst - Intro call with Dana Whitfield at 04:00pm (Central European Time) on Thursday, October 29, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Data Analyst - Intro call</p>
        <p><b>Event Date/Time:</b><br>04:00pm - 04:30pm (Central European Time), Thursday, October 29, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://copperlinehealth.zoom.us/j/86201937455?pwd=Y2xkWm9QbHZtN3RxS0FhSg">https://copperlinehealth.zoom.us/j/86201937455</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        I'm based in Lille (France) - if I got the converter right that's 11am for you in New York.</p>
        <p><a href="https://calendly.com/cancellations/3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTAMP:20261023T124012Z\nUID:3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3@calendly.com\n"
           "DTSTART:20261029T150000Z\nDTEND:20261029T153000Z\n"
           "SUMMARY:Data Analyst - Intro call between Dana Whitfield and Camille Vandenbroucke\n"
           "DESCRIPTION:Event Name: Data Analyst - Intro call\\n\\nLocation: This is a Zoom web conference.\\n"
           "https://copperlinehealth.zoom.us/j/86201937455\\n\\nNeed to make changes to this event?\\n"
           "Cancel: https://calendly.com/cancellations/3a9e1c57-b2d8-4f06-8e4a-61c0d2f7b9a3\\n\n"
           "LOCATION:https://copperlinehealth.zoom.us/j/86201937455\n"
           "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@copperlinehealth.com\n"
           "ATTENDEE;CN=Camille Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.vandenbroucke@example.org\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Data Analyst - Intro call with Dana Whitfield on Thursday, October 29, 2026",
              "2026-10-23 12:40:12", UTC_ZONE,
              "<20261023124012.1.3A9E1C57B2D84F06@calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.75.33])",
                   "mx2.example.org with ESMTPS id 2DsK9fUe"),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@copperlinehealth.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 14: Ashby, London, GMT
@mail(n(14), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-09 09:30", LONDON), end=utc("2026-11-09 10:15", LONDON),
      contact="tom.eastwood@northgateledger.com", company="Northgate Ledger",
      local="Mon 2026-11-09 09:30", local_end="2026-11-09 10:15", zone=LONDON,
      note="Ashby 'Interview confirmed', base64 bodies, 'Monday, November 9, 2026, 9:30 AM – 10:15 AM GMT' -> "
           "09:30-10:15Z (10:30 in Lille); ICS TZID Europe/London agrees; contact = Reply-To recruiter")
def m14():
    body = t("""
        Hi Camille,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 9, 2026, 9:30 AM – 10:15 AM GMT
        Google Meet: https://meet.google.com/ngl-wqtb-ehs

        You'll meet with:
          Priyanka Rao — Senior Analytics Engineer
          Tom Eastwood — Recruiter

        This is a technical conversation: expect some SQL on a shared screen (window functions, joins)
        and a discussion of how you would measure payment failure rates.

        Need to reschedule? Just reply and it will reach Tom Eastwood.

        Thanks,
        Northgate Ledger Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, November 9, 2026, 9:30 AM – 10:15 AM GMT</strong><br>
        Google Meet: <a href="https://meet.google.com/ngl-wqtb-ehs">https://meet.google.com/ngl-wqtb-ehs</a></p>
        <p>You&#x27;ll meet with:<br>
          Priyanka Rao — Senior Analytics Engineer<br>
          Tom Eastwood — Recruiter</p>
        <p>This is a technical conversation: expect some SQL on a shared screen (window functions, joins)
        and a discussion of how you would measure payment failure rates.</p>
        <p>Need to reschedule? Just reply and it will reach Tom Eastwood.</p>
        <p>Thanks,<br>Northgate Ledger Recruiting</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           + VTZ_LOCAL["Europe/London"] + "\n"
           "BEGIN:VEVENT\nUID:0c7e5a93-2d1f-4b68-a4e0-9f3b7c5d1e82\nDTSTAMP:20261103T162011Z\n"
           "DTSTART;TZID=Europe/London:20261109T093000\nDTEND;TZID=Europe/London:20261109T101500\n"
           "SEQUENCE:0\nSUMMARY:Northgate Ledger – Data Analyst (Payments Insights) Interview\n"
           "LOCATION:https://meet.google.com/ngl-wqtb-ehs\n"
           "ORGANIZER;CN=Tom Eastwood:mailto:tom.eastwood@northgateledger.com\n"
           "ATTENDEE;CN=Camille Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.vandenbroucke@example.org\n"
           "STATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Northgate Ledger", "no-reply@ashbyhq.com"),
              "Interview confirmed: Data Analyst (Payments Insights) at Northgate Ledger",
              "2026-11-03 16:20:11", UTC_ZONE,
              "<01000193f2a4c8e1-5b7d9f13-6e2a-4c8b-a0d4-e6f8a2c4b6d8-000000@email.amazonses.com>",
              rcv=("from a8-29.smtp-out.amazonses.com (a8-29.smtp-out.amazonses.com [54.240.8.29])",
                   "mx1.example.org with ESMTPS id 6EpW3yRa"),
              extra=(("Reply-To", addr("Tom Eastwood", "tom.eastwood@northgateledger.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 15: phone reply, "demain 14h" (thread T4)
@mail(n(15), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", PARIS), contact="gregoire.lemaire@maillon.fr", company="Maillon",
      local="Thu 2026-11-12 14:00", zone=PARIS,
      days=(("Fri", "2026-11-13"),),
      note="Hiring manager's two-line iPhone reply 'c'est noté pour demain 14h', Date Wed 11 Nov (CET) -> Thu 12 Nov "
           "14:00 CET = 13:00Z; the quoted thread shows his proposal (Thu 12 14h or Fri 13 10h) and Camille "
           "choosing Thursday. No length -> end null. Contact = sender")
def m15():
    body = t("""
        Parfait, c'est noté pour demain 14h !
        Demandez-moi à l'accueil, 3e étage.

        À demain,
        Grégoire

        Envoyé de mon iPhone

        > Le 10 nov. 2026 à 18:22, Camille Vandenbroucke <camille.vandenbroucke@example.org> a écrit :
        >
        > Bonjour Grégoire,
        >
        > Merci pour votre retour rapide. Jeudi 14h me convient très bien.
        >
        > Bien cordialement,
        > Camille
        >
        >> Le lun. 9 nov. 2026 à 11:02, Grégoire Lemaire <gregoire.lemaire@maillon.fr> a écrit :
        >>
        >> Bonjour Camille,
        >>
        >> Merci pour votre candidature, votre profil nous intéresse beaucoup. Je vous propose de nous
        >> rencontrer cette semaine dans nos locaux (48 rue de Béthune, Lille) : jeudi 12 à 14h ou
        >> vendredi 13 à 10h. Dites-moi ce qui vous arrange.
        >>
        >> Bien à vous,
        >> Grégoire Lemaire
        >> Responsable Data - Maillon
        """)
    hs = head(addr("Grégoire Lemaire", "gregoire.lemaire@maillon.fr"),
              "Re: Poste Data Analyst - rencontre", "2026-11-11 09:47:52", PARIS,
              "<6E2B9F41-0C7D-4A3E-B58F-1D9C2E7A4B60@maillon.fr>",
              rcv=("from smtp-out.maillon.fr (smtp-out.maillon.fr [92.243.7.118])",
                   "mx2.example.org with ESMTPS id 9LaF7jTn"),
              extra=(("In-Reply-To", "<C4A1E7B2-93D5-4F08-A2C6-8E1B5D3F7A90@example.org>"),
                     ("References", "<0B7E3C5A-1D92-4E6F-8A4B-2C9D7E1F3A58@maillon.fr> "
                                    "<C4A1E7B2-93D5-4F08-A2C6-8E1B5D3F7A90@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable"), mime_version=True)


# --------------------------------------------------------------------------- key 16: Zoom pasted, London
@mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", LONDON), end=utc("2026-11-17 14:45", LONDON),
      contact="hattie.sinclair@pembertonwells.co.uk", company="Pemberton Wells Media",
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 14:45", zone=LONDON,
      note="Recruiter prose with a pasted Zoom invitation 'Time: Nov 17, 2026 02:00 PM London' (GMT in November) "
           "-> 14:00Z; 'We'll need 45 minutes' is an exact length -> end 14:45Z; 'next Tuesday' from Wed 11 Nov "
           "agrees. Contact = sender")
def m16():
    body = t("""
        Hi Camille,

        Lovely to chat on Monday. As promised, here are the details for your interview with Raj Mistry
        (our Head of Insight) and me next Tuesday. We'll need 45 minutes.

        Hattie Sinclair is inviting you to a scheduled Zoom meeting.

        Topic: Pemberton Wells - Data Analyst interview (Camille Vandenbroucke)
        Time: Nov 17, 2026 02:00 PM London

        Join Zoom Meeting
        https://pembertonwells.zoom.us/j/83310492275?pwd=Rk5qT2xwYk9HZ0xnVzZpQ1dkWnZ1dz09

        Meeting ID: 833 1049 2275
        Passcode: 551902

        ---

        One tap mobile
        +442034815240,,83310492275#,,,,*551902# United Kingdom
        +33170379729,,83310492275#,,,,*551902# France

        Any questions before then, just shout.

        Best,
        Hattie

        --
        Hattie Sinclair
        Talent Acquisition Lead | Pemberton Wells Media
        hattie.sinclair@pembertonwells.co.uk | +44 20 7946 0321
        """)
    hs = head(addr("Hattie Sinclair", "hattie.sinclair@pembertonwells.co.uk"),
              "Interview next Tuesday - Zoom details", "2026-11-11 10:30:57", LONDON,
              "<CAJp7vN3kQ9x+2Lr5tYb8mWd4eFz1Hc6UaGs0@mail.gmail.com>",
              rcv=("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                   "mx1.example.org with ESMTPS id 3GuX0bVr"))
    return message(hs, alt(text(body), html(gmail_html(body)), boundary="0000000000003f8b1e0619a4c2d7"))


# --------------------------------------------------------------------------- key 17: Recruitee, Ghent, Dutch (thread T3)
@mail(n(17), family="recruitee", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-11-19 13:30", BRUSSELS), contact="lotte.vandamme@vlasbloem.be",
      company="Vlasbloem Analytics", local="Thu 2026-11-19 13:30", zone=BRUSSELS,
      note="Flemish invitation through Recruitee: 'donderdag 19 november om 13u30' in Ghent (CET) -> 12:30Z; "
           "'ongeveer een uur' is approximate -> end null. The 'Zet het in je agenda' link is an all-day event "
           "(dates=20261119/20261120): the time is only in the text. Reply-To is a Recruitee relay; contact = "
           "recruiter address in the signature")
def m17():
    body = t("""
        Dag Camille,

        Bedankt voor je sollicitatie voor de functie Data Analyst bij Vlasbloem Analytics. We hebben je cv
        met veel interesse gelezen en nodigen je graag uit voor een eerste gesprek.

        Wanneer: donderdag 19 november om 13u30
        Waar: ons kantoor, Oude Houtlei 118, 9000 Gent (bel aan bij Vlasbloem, 2de verdieping)
        Met wie: Lotte Van Damme (HR) en Jeroen De Smet (Lead Data)

        Het gesprek duurt ongeveer een uur. De voertaal mag Nederlands of Engels zijn, zoals jij wil.
        Met de trein ben je vanuit Gent-Sint-Pieters op een kwartiertje met tram 1 aan de Korenmarkt.

        Zet het alvast in je agenda: https://calendar.google.com/calendar/render?action=TEMPLATE&text=Gesprek+Vlasbloem+Analytics&dates=20261119/20261120&location=Oude+Houtlei+118,+9000+Gent

        Tot dan!

        Met vriendelijke groeten,
        Lotte Van Damme
        HR & Recruitment - Vlasbloem Analytics
        lotte.vandamme@vlasbloem.be - gsm 0472 18 44 09
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2937">
        <div style="max-width:580px;margin:0 auto;padding:24px">
        <p>Dag Camille,</p>
        <p>Bedankt voor je sollicitatie voor de functie Data Analyst bij Vlasbloem Analytics. We hebben je cv met veel interesse gelezen en nodigen je graag uit voor een eerste gesprek.</p>
        <p><b>Wanneer:</b> donderdag 19 november om 13u30<br>
        <b>Waar:</b> ons kantoor, Oude Houtlei 118, 9000 Gent (bel aan bij Vlasbloem, 2de verdieping)<br>
        <b>Met wie:</b> Lotte Van Damme (HR) en Jeroen De Smet (Lead Data)</p>
        <p>Het gesprek duurt ongeveer een uur. De voertaal mag Nederlands of Engels zijn, zoals jij wil.
        Met de trein ben je vanuit Gent-Sint-Pieters op een kwartiertje met tram 1 aan de Korenmarkt.</p>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Gesprek+Vlasbloem+Analytics&amp;dates=20261119/20261120&amp;location=Oude+Houtlei+118,+9000+Gent"
        style="display:inline-block;border:1px solid #2563eb;color:#2563eb;padding:6px 12px;border-radius:6px;text-decoration:none">Zet het in je agenda</a></p>
        <p>Tot dan!</p>
        <p>Met vriendelijke groeten,<br>Lotte Van Damme<br>HR &amp; Recruitment - Vlasbloem Analytics<br>
        <a href="mailto:lotte.vandamme@vlasbloem.be">lotte.vandamme@vlasbloem.be</a> - gsm 0472 18 44 09</p>
        <p style="font-size:11px;color:#9ca3af">Verzonden via Recruitee</p>
        </div></body></html>
        """)
    hs = head(addr("Lotte Van Damme | Vlasbloem Analytics", "no-reply@mg.recruitee.com"),
              "Uitnodiging gesprek - Data Analyst bij Vlasbloem Analytics", "2026-11-13 14:10:26", BRUSSELS,
              "<20261113131026.5c8e1f2a7b9d@mg.recruitee.com>",
              rcv=("from m42-77.mailgun.net (m42-77.mailgun.net [69.72.42.77])",
                   "mx1.example.org with ESMTPS id 1WcM4hQz"),
              extra=(("Reply-To", "vlasbloem-analytics+c2281947@inbound.recruitee.com"),
                     ("X-Mailgun-Tag", "candidate-email")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- key 18: Google Calendar cancel, London
@mail(n(18), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-26 15:00", LONDON), end=utc("2026-11-26 16:00", LONDON),
      contact="imran.shah@ravenscourtdata.co.uk", company="Ravenscourt Data",
      local="Thu 2026-11-26 15:00", local_end="2026-11-26 16:00", zone=LONDON,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL, STATUS:CANCELLED): cancelled slot Thu 26 Nov 3pm-4pm "
           "GMT -> 15:00-16:00Z; role paused, no new time. Contact = organizer")
def m18():
    body = t("""
        This event has been canceled and removed from your calendar.

        Data Analyst – 2nd round (Camille Vandenbroucke)
        Hi Camille – really sorry to do this. We've had to pause the role after this week's budget review,
        so I'm cancelling Thursday. I'll give you a ring this afternoon to explain properly. Imran

        When
        Thursday 26 Nov 2026 ⋅ 3pm – 4pm (Greenwich Mean Time - London)

        Guests
        Imran Shah - organiser
        Sarah Colquhoun
        camille.vandenbroucke@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="color:#d93025;font-size:14px">This event has been canceled and removed from your calendar.</div>
        <h2 style="font-weight:400;font-size:22px;text-decoration:line-through">Data Analyst – 2nd round (Camille Vandenbroucke)</h2>
        <p style="white-space:pre-wrap">Hi Camille – really sorry to do this. We&#39;ve had to pause the role after this week&#39;s budget review, so I&#39;m cancelling Thursday. I&#39;ll give you a ring this afternoon to explain properly. Imran</p>
        <h3 style="font-size:14px;font-weight:500">When</h3>
        <div>Thursday 26 Nov 2026 ⋅ 3pm – 4pm (Greenwich Mean Time - London)</div>
        <h3 style="font-size:14px;font-weight:500">Guests</h3>
        <div>Imran Shah - <span style="color:#70757a">organiser</span><br>Sarah Colquhoun<br>camille.vandenbroucke@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:CANCEL\n" + VTZ_LOCAL["Europe/London"] + "\n"
           "BEGIN:VEVENT\nDTSTART;TZID=Europe/London:20261126T150000\nDTEND;TZID=Europe/London:20261126T160000\n"
           "DTSTAMP:20261123T091205Z\nORGANIZER;CN=Imran Shah:mailto:imran.shah@ravenscourtdata.co.uk\n"
           "UID:2q8v5k1m9r3tj7e0c4b6n2x8wd@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=camille.vandenbroucke@example.org;X-NUM-GUESTS=0:mailto:camille.vandenbroucke@example.org\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Colquhoun;X-NUM-GUESTS=0:mailto:sarah.colquhoun@ravenscourtdata.co.uk\n"
           "CREATED:20261116T171140Z\n"
           "DESCRIPTION:Hi Camille – really sorry to do this. We've had to pause the role after this week's budget review\\, so I'm cancelling Thursday. I'll give you a ring this afternoon to explain properly. Imran\n"
           "LAST-MODIFIED:20261123T091204Z\nLOCATION:Ravenscourt Data\\, 41 Farringdon Road\\, London EC1M 3JB\n"
           "SEQUENCE:2\nSTATUS:CANCELLED\nSUMMARY:Data Analyst – 2nd round (Camille Vandenbroucke)\nTRANSP:OPAQUE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    subject = ("Canceled event: Data Analyst – 2nd round (Camille Vandenbroucke) @ Thu 26 Nov 2026 3pm - 4pm "
               "(GMT) (camille.vandenbroucke@example.org)")
    hs = head(addr("Imran Shah", "imran.shah@ravenscourtdata.co.uk"), subject, "2026-11-23 09:12:05", LONDON,
              "<calendar-e41b7c9a-0d3f-4a62-b8e5-1f7c3a9d5b20@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                   "mx2.example.org with ESMTPS id 8RjD5nXc"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Imran Shah", "imran.shah@ravenscourtdata.co.uk"))))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 19: Google Calendar invitation, Paris, French
@mail(n(19), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 15:00", PARIS), end=utc("2026-12-01 16:00", PARIS),
      contact="bastien.roux@pollenmetrics.io", company="Pollen Metrics",
      local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=PARIS,
      note="French Google Calendar invitation '@ mar. 1 déc. 2026 15:00 - 16:00 (CET)' -> 14:00-15:00Z; ICS TZID "
           "Europe/Paris agrees; contact = organizer")
def m19():
    body = t("""
        Invitation de Google Agenda

        Entretien technique - Camille Vandenbroucke (Pollen Metrics)
        Participer avec Google Meet : https://meet.google.com/pnm-rtqz-cxa

        Quand
        mardi 1 déc. 2026 ⋅ 15:00 – 16:00 (heure normale d’Europe centrale - Paris)

        Invités
        Bastien Roux - organisateur
        Clara Benhamou
        camille.vandenbroucke@example.org

        Bonjour Camille,
        Comme convenu avec Inès, voici l'invitation pour l'entretien technique : 30 min de SQL en partage
        d'écran puis 30 min sur un cas produit (rétention d'une app B2C). Pas besoin de préparer de slides.
        À mardi !
        Bastien - Lead Data, Pollen Metrics

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=N3Ewcms1dGhtOGQ

        Répondre pour camille.vandenbroucke@example.org : Oui / Non / Peut-être

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises à
        jour concernant cet événement, refusez-le.
        """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="font-size:12px;color:#70757a">Invitation de Google Agenda</div>
        <h2 style="font-weight:400;font-size:22px">Entretien technique - Camille Vandenbroucke (Pollen Metrics)</h2>
        <a href="https://meet.google.com/pnm-rtqz-cxa" style="background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a>
        <h3 style="font-size:14px;font-weight:500;margin-top:18px">Quand</h3>
        <div>mardi 1 déc. 2026 ⋅ 15:00 – 16:00 (heure normale d’Europe centrale - Paris)</div>
        <h3 style="font-size:14px;font-weight:500;margin-top:18px">Invités</h3>
        <div>Bastien Roux - <span style="color:#70757a">organisateur</span><br>Clara Benhamou<br>camille.vandenbroucke@example.org</div>
        <p style="white-space:pre-wrap">Bonjour Camille,
        Comme convenu avec Inès, voici l&#39;invitation pour l&#39;entretien technique : 30 min de SQL en partage d&#39;écran puis 30 min sur un cas produit (rétention d&#39;une app B2C). Pas besoin de préparer de slides.
        À mardi !
        Bastien - Lead Data, Pollen Metrics</p>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=N3Ewcms1dGhtOGQ">Afficher tous les détails de l&#39;invitation</a></p>
        <p style="font-size:12px;color:#70757a">Vous recevez cet e-mail, car vous êtes invité à cet événement.</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n"
           "BEGIN:VEVENT\nDTSTART;TZID=Europe/Paris:20261201T150000\nDTEND;TZID=Europe/Paris:20261201T160000\n"
           "DTSTAMP:20261124T100311Z\nORGANIZER;CN=Bastien Roux:mailto:bastien.roux@pollenmetrics.io\n"
           "UID:7q0rk5thm8d1vb3n6c2x9p4s1e@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bastien Roux;X-NUM-GUESTS=0:mailto:bastien.roux@pollenmetrics.io\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clara Benhamou;X-NUM-GUESTS=0:mailto:clara.benhamou@pollenmetrics.io\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.vandenbroucke@example.org;X-NUM-GUESTS=0:mailto:camille.vandenbroucke@example.org\n"
           "X-GOOGLE-CONFERENCE:https://meet.google.com/pnm-rtqz-cxa\nCREATED:20261124T100310Z\n"
           "DESCRIPTION:Bonjour Camille\\,\\nComme convenu avec Inès\\, voici l'invitation pour l'entretien technique : 30 min de SQL en partage d'écran puis 30 min sur un cas produit.\\nBastien\n"
           "LAST-MODIFIED:20261124T100310Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:Entretien technique - Camille Vandenbroucke (Pollen Metrics)\nTRANSP:OPAQUE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    subject = ("Invitation: Entretien technique - Camille Vandenbroucke (Pollen Metrics) @ mar. 1 déc. 2026 "
               "15:00 - 16:00 (CET) (camille.vandenbroucke@example.org)")
    hs = head(addr("Bastien Roux", "bastien.roux@pollenmetrics.io"), subject, "2026-11-24 11:03:11", PARIS,
              "<calendar-1a5c9e3b-7f2d-4b8a-9c6e-0d4f2b8a6c13@google.com>",
              rcv=("from mail-sor-f72.google.com (mail-sor-f72.google.com [209.85.220.72])",
                   "mx1.example.org with ESMTPS id 5VbL1qSe"),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Bastien Roux", "bastien.roux@pollenmetrics.io"))))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- key 20: forward to self, message/rfc822
@mail(n(20), family="forwarded", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-30 09:00", PARIS), end=utc("2026-11-30 09:45", PARIS),
      contact="n.benali@amd-lille.fr", company="Agence Métropolitaine des Données",
      local="Mon 2026-11-30 09:00", local_end="2026-11-30 09:45", zone=PARIS,
      note="Camille forwards to herself (from her example.net address) a convocation attached as message/rfc822 "
           "(windows-1252 QP): 'lundi 30 novembre 2026 à 9 h 00', 'L'entretien durera 45 minutes' -> "
           "08:00-08:45Z (CET). The sender is the candidate, so contact = the recruiter in the forwarded header")
def m20():
    inner_body = t("""
        Madame,

        Suite à l'examen de votre candidature au poste de Chargé(e) d'études data (réf. AMD-2026-041), nous
        avons le plaisir de vous convier à un entretien avec le jury de recrutement le :

            lundi 30 novembre 2026 à 9 h 00
            Agence Métropolitaine des Données – 12 rue du Ballon, 59000 Lille – salle 2.14

        L'entretien durera 45 minutes : 5 minutes de présentation de votre parcours, puis un échange avec
        le jury. Merci de vous présenter à l'accueil dix minutes avant l'heure indiquée, muni(e) d'une pièce
        d'identité.

        Nous vous remercions de bien vouloir accuser réception de ce courriel.

        Veuillez agréer, Madame, l'expression de nos salutations distinguées.

        Nadia Benali
        Chargée de recrutement – Direction des ressources humaines
        Agence Métropolitaine des Données
        n.benali@amd-lille.fr – 03 20 61 48 27
        """)
    inner = message([("From", addr("BENALI Nadia", "n.benali@amd-lille.fr")),
                     ("To", ME_FULL),
                     ("Subject", enc("Convocation à un entretien - Chargé(e) d'études data (réf. AMD-2026-041)",
                                     "windows-1252")),
                     ("Date", date("2026-11-24 17:02:45", PARIS)),
                     ("Message-ID", "<PR1P264MB3318A0C2E4B6D8F0A2C4E6B8D0F2A4C6@PR1P264MB3318.FRAP264.PROD.OUTLOOK.COM>"),
                     ("Content-Language", "fr-FR")],
                    text(inner_body, charset="windows-1252", cte="quoted-printable"))
    note = t("""
        à mettre dans l'agenda + préparer les 5 min de présentation !!
        penser à accuser réception

        Envoyé de mon téléphone Android
        """)
    hs = head(addr("Camille Vandenbroucke", "camille.vdb@example.net"),
              "Fwd: Convocation à un entretien - Chargé(e) d'études data (réf. AMD-2026-041)",
              "2026-11-24 21:10:18", PARIS, "<a91f3e7c-5b2d-4c80-9e16-7d3b5f1a9c42@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [198.51.100.25])",
                   "mx2.example.org with ESMTPS id 0QkH6wZa"))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, filename="Convocation_entretien.eml")))


# --------------------------------------------------------------------------- key 21: GoodTime itinerary update, US Eastern
@mail(n(21), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-03 09:00", "America/New_York"), end=utc("2026-12-03 11:30", "America/New_York"),
      contact="keira.doyle@bramblewood.io", company="Bramblewood Software",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:30", zone="America/New_York",
      days=(("Tue", "2026-12-01"),),
      note="GoodTime 'updated' virtual onsite itinerary: moved from Tue 1 Dec to Thu 3 Dec, all times Eastern "
           "(EST, UTC-5, after 1 Nov): first session 9:00 AM, last ends 11:30 AM -> 14:00-16:30Z (first start to "
           "last end); the '3:00 PM for you in Paris' line agrees. Contact = Reply-To coordinator")
def m21():
    body = t("""
        Hi Camille,

        Your virtual onsite with Bramblewood has been moved - sorry for the change, one of your panelists is
        out on Tuesday.

        NEW DATE: Thursday, December 3, 2026
        (previously Tuesday, December 1, 2026 - the times are unchanged)

        All times are Eastern Time (ET). For you in Paris, the first session starts at 3:00 PM.

        9:00 AM - 9:45 AM    SQL & Data Modeling
                             Marcus Bell, Staff Analytics Engineer
        10:00 AM - 10:45 AM  Product Analytics Case
                             Lena Kowalski, Product Analytics Lead
        11:00 AM - 11:30 AM  Hiring Manager Conversation
                             Sam Ortega, Director of Data

        Each session has its own Zoom link in the calendar invitations that follow. Please join each one a
        couple of minutes early; there is a 15-minute break between sessions.

        If anything comes up, reply to this email and it will reach me.

        Thanks,
        Keira Doyle
        Recruiting Coordinator, Bramblewood Software

        Sent with GoodTime
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Camille,</p>
        <p>Your virtual onsite with Bramblewood has been moved - sorry for the change, one of your panelists is out on Tuesday.</p>
        <p style="font-size:16px"><b>NEW DATE: Thursday, December 3, 2026</b><br>
        <span style="color:#777">(previously Tuesday, December 1, 2026 - the times are unchanged)</span></p>
        <p>All times are Eastern Time (ET). For you in Paris, the first session starts at 3:00 PM.</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td style="white-space:nowrap">9:00 AM - 9:45 AM</td><td><b>SQL &amp; Data Modeling</b><br>Marcus Bell, Staff Analytics Engineer</td></tr>
        <tr><td style="white-space:nowrap">10:00 AM - 10:45 AM</td><td><b>Product Analytics Case</b><br>Lena Kowalski, Product Analytics Lead</td></tr>
        <tr><td style="white-space:nowrap">11:00 AM - 11:30 AM</td><td><b>Hiring Manager Conversation</b><br>Sam Ortega, Director of Data</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations that follow. Please join each one a couple of minutes early; there is a 15-minute break between sessions.</p>
        <p>If anything comes up, reply to this email and it will reach me.</p>
        <p>Thanks,<br>Keira Doyle<br>Recruiting Coordinator, Bramblewood Software</p>
        <p style="font-size:11px;color:#999">Sent with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Keira Doyle (Bramblewood)", "no-reply@goodtime.io"),
              "Updated: Your virtual onsite with Bramblewood - Data Analyst", "2026-11-27 10:05:33",
              "America/New_York", "<goodtime.itinerary.5e8a1c3f9b2d@goodtime.io>",
              rcv=("from o12.sendgrid.goodtime.io (o12.sendgrid.goodtime.io [149.72.160.12])",
                   "mx1.example.org with ESMTPS id 6ZdT2cBw"),
              extra=(("Reply-To", addr("Keira Doyle", "keira.doyle@bramblewood.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# --------------------------------------------------------------------------- key 22: cancellation, no new time, Lille
@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-04 11:00", PARIS), end=utc("2026-12-04 12:00", PARIS),
      contact="aurelie.caron@kaolin-conseil.fr", company="Kaolin Conseil",
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:00", zone=PARIS,
      note="Prose cancellation 'notre entretien prévu ce vendredi 4 décembre de 11h à 12h' (CET) -> cancelled slot "
           "10:00-11:00Z; the position was filled internally, no new time. Text only, 8bit. Contact = sender")
def m22():
    body = t("""
        Bonjour Camille,

        Je suis vraiment désolée de devoir vous l'annoncer par mail : nous devons annuler notre entretien
        prévu ce vendredi 4 décembre de 11h à 12h. Le poste de Data Analyst vient d'être pourvu en interne,
        par une collègue du contrôle de gestion qui souhaitait évoluer vers la data.

        Ce n'est en rien lié à votre profil, qui nous avait beaucoup plu lors de notre premier échange. Si
        vous êtes d'accord, je garde votre CV pour nos prochains besoins et je reviendrai vers vous.

        Encore toutes mes excuses,
        Bien cordialement,

        Aurélie Caron
        Responsable RH – Kaolin Conseil
        23 boulevard de la Liberté, 59000 Lille
        03 28 52 14 60
        """)
    hs = head(addr("Aurélie Caron", "aurelie.caron@kaolin-conseil.fr"),
              "Annulation de notre entretien de vendredi", "2026-12-01 17:40:26", PARIS,
              "<0100019a7c3e5f81-kaolin-3d9b1e7f@kaolin-conseil.fr>",
              rcv=("from mail.kaolin-conseil.fr (mail.kaolin-conseil.fr [51.91.44.203])",
                   "mx2.example.org with ESMTPS id 2XeP8gLm"),
              extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- key 23: Exchange update, Brussels, Romance Standard Time
@mail(n(23), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-10 10:30", BRUSSELS), end=utc("2026-12-10 11:30", BRUSSELS),
      contact="olivier.lambotte@iris-assurances.be", company="Iris Assurances",
      local="Thu 2026-12-10 10:30", local_end="2026-12-10 11:30", zone=BRUSSELS,
      days=(("Tue", "2026-12-08"),),
      note="Outlook meeting update (SEQUENCE:2, TZID 'Romance Standard Time', windows-1252 QP bodies): moved from "
           "mardi 8 to jeudi 10 décembre, same time, 10h30 - 11h30 (CET) -> 09:30-10:30Z. Contact = organizer")
def m23():
    body = t("""
        Bonjour Camille,

        Comme convenu ce matin par téléphone, je déplace notre entretien du mardi 8 décembre au jeudi
        10 décembre, même heure (10h30 – 11h30). Le lien Teams reste le même ; Nathalie Piron, responsable
        de l'équipe Actuariat & Data, se joindra à nous.

        Merci pour votre flexibilité et à jeudi,

        Olivier Lambotte
        Talent Acquisition Specialist
        Iris Assurances SA – Boulevard du Souverain 68, 1170 Bruxelles
        Tél. +32 2 663 74 10

        """) + TEAMS_FR.format(tid="ZTcxNGQ5YjAtNmE4Mi00", mid="392 517 046 238", pc="pF6rT2")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_LOCAL["Romance Standard Time"] + "\n"
           "BEGIN:VEVENT\n"
           "ORGANIZER;CN=Olivier Lambotte:mailto:olivier.lambotte@iris-assurances.be\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Vandenbroucke:mailto:camille.vandenbroucke@example.org\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nathalie Piron:mailto:nathalie.piron@iris-assurances.be\n"
           "DESCRIPTION;LANGUAGE=fr-BE:Bonjour Camille\\,\\n\\nComme convenu ce matin par téléphone\\, je déplace notre entretien du mardi 8 décembre au jeudi 10 décembre\\, même heure (10h30 – 11h30).\\n\n"
           "UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7B467DC01000000000000000010000000D4F6A8B0C2E4F6A8B0C2D4E6F8A0B2C4\n"
           "SUMMARY;LANGUAGE=fr-BE:Entretien Data Analyst – Camille Vandenbroucke\n"
           "DTSTART;TZID=Romance Standard Time:20261210T103000\n"
           "DTEND;TZID=Romance Standard Time:20261210T113000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261203T150211Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:2\n"
           "LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:2\nX-MICROSOFT-CDO-OWNERAPPTID:2119754308\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    subject = "Entretien Data Analyst – Camille Vandenbroucke"
    hs = head(addr("Olivier Lambotte", "olivier.lambotte@iris-assurances.be"), subject,
              "2026-12-03 16:02:11", BRUSSELS,
              "<DB9P192MB1733C5E7A9B1D3F5E7A9C1E3B5D7F9A1@DB9P192MB1733.EURP192.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2108.outbound.protection.outlook.com [40.107.249.108])",
                   "mx1.example.org with ESMTPS id 4TfJ9kYs"),
              extra=(("Thread-Topic", enc(subject, "windows-1252")),
                     ("Thread-Index", "AdtKZq0m3p7VbE1xQkOYl2r8bHn5Fw=="),
                     ("Content-Language", "fr-BE"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")),
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(teams_html(body).replace("charset=utf-8", "charset=windows-1252"),
                                charset="windows-1252"),
                           calendar(ics, cte="base64")))


# =========================================================================== negatives (keys 24-50)


# --------------------------------------------------------------------------- key 24: Taleo application receipt
@mail(n(24), family="application_ack", lang="fr", interview=False, company="Groupe Altarive",
      note="Taleo application acknowledgement; 'un chargé de recrutement vous contactera afin de convenir d'un "
           "entretien' is hypothetical, no time")
def m24():
    body = t("""
        Madame Vandenbroucke,

        Nous vous remercions de l'intérêt que vous portez au Groupe Altarive et accusons réception de votre
        candidature au poste d'Analyste Data Marchés (réf. 2600187), basé à Paris La Défense.

        Notre équipe étudie actuellement l'ensemble des candidatures reçues. Si votre profil correspond à nos
        besoins, un chargé de recrutement vous contactera afin de convenir d'un entretien téléphonique, puis
        d'un entretien avec le manager opérationnel. Ce processus peut prendre plusieurs semaines.

        Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat :
        https://altarive.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_FR

        Cordialement,

        La Direction des Ressources Humaines
        Groupe Altarive

        Ce message est généré automatiquement. Merci de ne pas y répondre.
        """)
    page = ("<html><body style=\"font-family:Verdana,Arial;font-size:12px\">\n"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(addr("Groupe Altarive - Recrutement", "altarive@taleo.net"),
              "Accusé de réception de votre candidature - Analyste Data Marchés (2600187)",
              "2026-09-07 03:14:52", "America/New_York", "<1788765292713.JavaMail.taleo@tcc-prod-mta07>",
              rcv=("from mta07.taleo.net (mta07.taleo.net [160.34.12.87])", "mx1.example.org with ESMTPS id 3LgQ0zVd"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# --------------------------------------------------------------------------- key 25: sports club try-out
@mail(n(25), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Rowing club try-out ('séance d'essai samedi 12 septembre à 9h00'): a fixed time, not a job interview")
def m25():
    body = t("""
        Bonjour Camille,

        Merci pour ton inscription à une séance d'essai ! On t'attend samedi 12 septembre à 9h00 au hangar
        du club (chemin de halage, à 200 m du pont de la Citadelle).

        À prévoir :
        - une tenue de sport près du corps et des chaussettes de rechange ;
        - l'attestation d'aisance aquatique (25 m), sinon on ne peut pas te mettre sur l'eau.

        La séance dure environ deux heures : échauffement à l'ergomètre, puis première sortie en yolette
        avec un encadrant. Si ça te plaît, on verra ensemble pour l'inscription à l'année.

        Sportivement,
        Thomas Vermeersch
        Responsable section loisirs - Aviron Lillois Deûle
        """)
    hs = head(addr("Aviron Lillois Deûle", "loisirs@aviron-lillois-deule.fr"),
              "Séance d'essai - samedi 12 septembre", "2026-09-07 19:31:05", PARIS,
              "<5b1e0c3a-club-essai-7f92@aviron-lillois-deule.fr>",
              rcv=("from smtp.ovh.net (smtp.ovh.net [178.32.124.18])", "mx2.example.org with ESMTPS id 8JtW1dNr"))
    return message(hs, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- key 26: Workable sourcing outreach
@mail(n(26), family="recruiter_outreach", lang="en", interview=False, company="Tidewater Labs",
      note="Workable sourcing outreach: asks for availability for an intro call 'next week', nothing fixed")
def m26():
    body = t("""
        Hi Camille,

        I came across your profile while looking for analysts with retail pricing experience, and your work
        at Brume caught my eye.

        We're hiring a Data Analyst at Tidewater Labs - fully remote within EU time zones, working with our
        marketplace team on experimentation and pricing. Our process is two video interviews and a short
        take-home, usually wrapped up within three weeks.

        Would you be open to a 20-minute intro call next week? If so, send me a couple of times that suit
        you, or grab a slot directly here: https://apply.workable.com/tidewater-labs/j/5C1E7A93B2/schedule

        No pressure at all if the timing isn't right.

        Best,
        Ella Brooks
        Talent Partner, Tidewater Labs
        """)
    hs = head(addr("Ella Brooks - Tidewater Labs", "tidewater-labs@workablemail.com"),
              "Remote Data Analyst role at Tidewater Labs - quick chat?", "2026-09-10 14:22:40", UTC_ZONE,
              "<20260910142240.94c1.tidewater-labs@workablemail.com>",
              rcv=("from mail-out-14.workablemail.com (mail-out-14.workablemail.com [3.248.91.14])",
                   "mx1.example.org with ESMTPS id 6UmB2rHx"),
              extra=(("Reply-To", "tidewater-labs+c4f2e9a1d7@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- key 27: doctor appointment
@mail(n(27), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="GP appointment confirmation with ICS (jeudi 17 septembre 2026 à 08:45): confirmed time, not an interview")
def m27():
    body = t("""
        Bonjour Camille Vandenbroucke,

        Votre rendez-vous est confirmé.

        jeudi 17 septembre 2026 à 08:45
        Dr Hélène Masson - Médecin généraliste
        Cabinet médical Vauban, 27 rue Colbert, 59000 Lille
        Motif : consultation de suivi

        Pensez à apporter votre carte Vitale et votre attestation de mutuelle.
        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre espace MédiRDV afin de
        libérer le créneau pour un autre patient.

        L'équipe MédiRDV
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//MediRDV//Rendez-vous//FR\nMETHOD:PUBLISH\n"
           + VTZ["Europe/Paris"] + "\n"
           "BEGIN:VEVENT\nUID:rdv-88123740@medirdv.fr\nDTSTAMP:20260911T162210Z\n"
           "DTSTART;TZID=Europe/Paris:20260917T084500\nDTEND;TZID=Europe/Paris:20260917T090000\n"
           "SUMMARY:RDV Dr Hélène Masson (médecin généraliste)\n"
           "LOCATION:Cabinet médical Vauban\\, 27 rue Colbert\\, 59000 Lille\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("MédiRDV", "ne-pas-repondre@medirdv.fr"),
              "Confirmation de votre rendez-vous du jeudi 17 septembre", "2026-09-11 18:22:10", PARIS,
              "<rdv-88123740.confirm@medirdv.fr>",
              rcv=("from out-3.mta.medirdv.fr (out-3.mta.medirdv.fr [185.24.8.3])", "mx1.example.org with ESMTPS id 1NhK6eGp"))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                                  disposition="attachment")))


# --------------------------------------------------------------------------- key 28: job alert
@mail(n(28), family="job_alert", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Job-board alert digest; 'Entretien rapide', 'entretiens en visio' badges and a job-dating date are "
           "not a confirmed interview")
def m28():
    body = t("""
        12 nouvelles offres pour « data analyst » à Lille et alentours

        Data Analyst Supply Chain (H/F) - Lumière Logistique - Lille - CDI
        Entretien rapide : réponse sous 48 h
        https://www.jobinord.fr/offre/88213

        Chargé(e) d'études statistiques - Mutuelle des Flandres - Villeneuve-d'Ascq - CDI
        https://www.jobinord.fr/offre/88190

        Business Analyst BI (F/H) - Cabinet Rameau - Roubaix - CDI
        Recrutement immédiat, entretiens en visio
        https://www.jobinord.fr/offre/88177

        Data Analyst Junior - Vélos du Nord - Marcq-en-Barœul - CDD 12 mois
        https://www.jobinord.fr/offre/88164

        ... et 8 autres offres : https://www.jobinord.fr/recherche?q=data+analyst&l=Lille

        JOB DATING DATA & IA - jeudi 1er octobre, 14h-18h, EuraTechnologies
        10 entreprises, des entretiens de 10 minutes sur place. Inscription gratuite.

        Vous recevez cet e-mail car vous avez créé une alerte sur Jobinord.
        Se désabonner : https://www.jobinord.fr/alertes/desinscription?u=8f3a1c
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f3f5f8">
        <table width="600" align="center" style="background:#fff;padding:20px;font-size:14px">
        <tr><td><h2 style="color:#0b4f8a">12 nouvelles offres pour « data analyst » à Lille et alentours</h2></td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><a href="https://www.jobinord.fr/offre/88213"><b>Data Analyst Supply Chain (H/F)</b></a><br>Lumière Logistique - Lille - CDI<br><span style="background:#e6f7ee;color:#137a43;font-size:12px;padding:2px 6px">Entretien rapide : réponse sous 48 h</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><a href="https://www.jobinord.fr/offre/88190"><b>Chargé(e) d'études statistiques</b></a><br>Mutuelle des Flandres - Villeneuve-d'Ascq - CDI</td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><a href="https://www.jobinord.fr/offre/88177"><b>Business Analyst BI (F/H)</b></a><br>Cabinet Rameau - Roubaix - CDI<br><span style="background:#fff4e5;color:#a35a00;font-size:12px;padding:2px 6px">Recrutement immédiat, entretiens en visio</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><a href="https://www.jobinord.fr/offre/88164"><b>Data Analyst Junior</b></a><br>Vélos du Nord - Marcq-en-Barœul - CDD 12 mois</td></tr>
        <tr><td style="padding:10px 0"><a href="https://www.jobinord.fr/recherche?q=data+analyst&amp;l=Lille">... et 8 autres offres</a></td></tr>
        <tr><td style="background:#0b4f8a;color:#fff;padding:14px"><b>JOB DATING DATA &amp; IA</b> - jeudi 1er octobre, 14h-18h, EuraTechnologies<br>10 entreprises, des entretiens de 10 minutes sur place. Inscription gratuite.</td></tr>
        <tr><td style="font-size:11px;color:#888;padding-top:16px">Vous recevez cet e-mail car vous avez créé une alerte sur Jobinord.
        <a href="https://www.jobinord.fr/alertes/desinscription?u=8f3a1c">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Jobinord", "alertes@jobinord.fr"),
              "12 nouvelles offres pour « data analyst » à Lille et alentours", "2026-09-21 07:02:18", PARIS,
              "<alert.8f3a1c.20260921@mail.jobinord.fr>",
              rcv=("from mail.jobinord.fr (mail.jobinord.fr [62.210.18.44])", "mx2.example.org with ESMTPS id 4PcY7aWk"),
              extra=(("List-Unsubscribe", "<https://www.jobinord.fr/alertes/desinscription?u=8f3a1c>, "
                                          "<mailto:unsubscribe@jobinord.fr?subject=8f3a1c>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- key 29: bank advisor appointment
@mail(n(29), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="Bank advisor phone appointment (lundi 28 septembre 2026 à 12h30, 'entretien conseil'): a fixed time, "
           "personal finance, not a job interview")
def m29():
    body = t("""
        Madame Vandenbroucke,

        Nous vous confirmons votre entretien conseil par téléphone avec Pauline Roussel, votre conseillère
        en agence Lille République :

        lundi 28 septembre 2026 à 12h30 (durée prévue : 30 minutes)
        Objet : bilan épargne et projet immobilier

        Votre conseillère vous appellera au numéro se terminant par 42. Pour préparer cet échange, vous
        pouvez déposer vos derniers bulletins de salaire dans votre espace client, rubrique Documents.

        Pour modifier ou annuler ce rendez-vous : https://www.bfc-banque.fr/client/rendez-vous

        Cordialement,
        Banque Flandre Crédit

        Ce message vous est adressé automatiquement ; merci de ne pas y répondre.
        """)
    page = ("<html><body style=\"font-family:Arial;font-size:13px;color:#1b2a3a\">\n"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(addr("Banque Flandre Crédit", "rendez-vous@bfc-banque.fr"),
              "Confirmation de votre rendez-vous du 28/09/2026", "2026-09-22 10:41:09", PARIS,
              "<RDV.20260922.104109.55813@bfc-banque.fr>",
              rcv=("from relay2.bfc-banque.fr (relay2.bfc-banque.fr [193.104.12.52])", "mx1.example.org with ESMTPS id 0MfR4tBq"))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15", cte="base64")))


# --------------------------------------------------------------------------- key 30: newsletter about interviews
@mail(n(30), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Career newsletter ('Entretien d'embauche : les 7 questions...') with a webinar date; confirms nothing")
def m30():
    body = t("""
        DATAJOBS MAG - n° 118

        Entretien d'embauche : les 7 questions qu'on vous posera (et comment y répondre)

        « Parlez-moi d'un projet dont vous êtes fier », « Comment expliqueriez-vous une régression à un
        commercial ? »... Nous avons interrogé 40 recruteurs data : voici les questions qui reviennent le plus
        souvent en entretien, et les réponses qui font la différence.
        Lire l'article : https://www.datajobs-mag.fr/articles/7-questions-entretien-data

        Aussi cette semaine :
        - Après l'entretien : faut-il relancer, et quand ? (spoiler : oui, sous 5 jours ouvrés)
        - Salaires data 2026 : Lille rattrape-t-elle Paris ?

        NOTRE PROCHAIN LIVE
        « Réussir son entretien en visio » - jeudi 8 octobre à 18h30, avec Sandrine Lefebvre, coach carrière.
        Inscription gratuite : https://www.datajobs-mag.fr/live

        Vous recevez cette lettre car vous êtes inscrite à Datajobs Mag.
        Se désinscrire : https://www.datajobs-mag.fr/unsubscribe?id=c2b91e
        """)
    page = t("""
        <html><body style="margin:0;background:#fafafa"><div style="max-width:620px;margin:0 auto;background:#fff;font-family:Georgia,serif;color:#222">
        <div style="background:#111;color:#fff;padding:14px 20px;font-family:Arial;font-size:13px;letter-spacing:2px">DATAJOBS MAG - n° 118</div>
        <div style="padding:20px">
        <h1 style="font-size:24px">Entretien d'embauche : les 7 questions qu'on vous posera (et comment y répondre)</h1>
        <p>« Parlez-moi d'un projet dont vous êtes fier », « Comment expliqueriez-vous une régression à un commercial ? »...
        Nous avons interrogé 40 recruteurs data : voici les questions qui reviennent le plus souvent en entretien, et les réponses qui font la différence.</p>
        <p><a href="https://www.datajobs-mag.fr/articles/7-questions-entretien-data">Lire l'article</a></p>
        <h3>Aussi cette semaine</h3>
        <ul><li>Après l'entretien : faut-il relancer, et quand ? (spoiler : oui, sous 5 jours ouvrés)</li>
        <li>Salaires data 2026 : Lille rattrape-t-elle Paris ?</li></ul>
        <div style="border:2px solid #111;padding:12px"><b>NOTRE PROCHAIN LIVE</b><br>« Réussir son entretien en visio » - jeudi 8 octobre à 18h30, avec Sandrine Lefebvre, coach carrière.<br>
        <a href="https://www.datajobs-mag.fr/live">Inscription gratuite</a></div>
        <p style="font-family:Arial;font-size:11px;color:#888">Vous recevez cette lettre car vous êtes inscrite à Datajobs Mag.
        <a href="https://www.datajobs-mag.fr/unsubscribe?id=c2b91e">Se désinscrire</a></p>
        </div></div></body></html>
        """)
    hs = head(addr("Datajobs Mag", "newsletter@datajobs-mag.fr"),
              "Entretien d'embauche : les 7 questions qu'on vous posera", "2026-09-29 08:00:03", PARIS,
              "<118.c2b91e.newsletter@datajobs-mag.fr>",
              rcv=("from mta-fr2.sendinblue.com (mta-fr2.sendinblue.com [185.107.232.2])", "mx2.example.org with ESMTPS id 5RnA8kPc"),
              extra=(("List-Id", "Datajobs Mag <newsletter.datajobs-mag.fr>"),
                     ("List-Unsubscribe", "<https://www.datajobs-mag.fr/unsubscribe?id=c2b91e>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- key 31: France Travail convocation
@mail(n(31), family="public_employment_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="France Travail convocation to an 'entretien' with her job-seeker advisor (mardi 6 octobre 2026 à 09h30): "
           "a fixed appointment at the unemployment office, not a job interview with an employer")
def m31():
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f4f8;font-family:Marianne,Arial,sans-serif;color:#1e1e1e">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:20px;border-bottom:4px solid #e1000f"><b style="font-size:18px;color:#1b2566">France Travail</b></td></tr>
        <tr><td style="padding:24px;font-size:14px;line-height:1.5">
        <p>Madame VANDENBROUCKE Camille,<br>Identifiant : 4471093K</p>
        <p>Vous êtes convoquée à un <b>entretien avec votre conseiller</b>.</p>
        <table cellpadding="6" style="background:#f5f7fb;width:100%">
        <tr><td width="30%">Date</td><td><b>mardi 6 octobre 2026 à 09h30</b></td></tr>
        <tr><td>Lieu</td><td>Agence France Travail Lille Bois-Blancs - 8 rue de la Gare d'Eau, 59000 Lille</td></tr>
        <tr><td>Objet</td><td>Entretien de suivi de votre recherche d'emploi</td></tr>
        <tr><td>Votre conseiller</td><td>M. Julien Delattre</td></tr>
        </table>
        <p>Pensez à apporter votre CV à jour et la liste de vos candidatures récentes.</p>
        <p>Cette convocation est obligatoire. En cas d'empêchement, prévenez votre conseiller avant la date
        du rendez-vous depuis votre espace personnel, rubrique « Mes échanges avec France Travail ». Une
        absence non justifiée peut entraîner des conséquences sur votre inscription.</p>
        <p>Votre conseiller France Travail</p>
        </td></tr>
        <tr><td style="padding:14px 24px;font-size:11px;color:#666;border-top:1px solid #e5e5e5">Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation à un entretien avec votre conseiller", "2026-09-29 14:03:37", PARIS,
              "<20260929140337.4471093K.convocation@francetravail.fr>",
              rcv=("from smtpout.francetravail.fr (smtpout.francetravail.fr [185.114.244.61])",
                   "mx1.example.org with ESMTPS id 7KbN3xDf"))
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- key 32: bounce of her own confirmation
@mail(n(32), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Postfix bounce (multipart/report) of Camille's own reply accepting 'Thursday 8 October at 10:00': "
           "the address was mistyped, nothing reached the employer, and a bounce is not a confirmation from them")
def m32():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ruth.okafor@brightlane-analytcs.com>: Host or domain name not found. Name
            service error for name=brightlane-analytcs.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4H7kQ21mNpz3xL
        X-Postfix-Sender: rfc822; camille.vandenbroucke@example.org
        Arrival-Date: Mon,  5 Oct 2026 18:40:12 +0200 (CEST)

        Final-Recipient: rfc822; ruth.okafor@brightlane-analytcs.com
        Original-Recipient: rfc822;ruth.okafor@brightlane-analytcs.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=brightlane-analytcs.com type=AAAA: Host not found
        """)
    orig_body = t("""
        Hi Ruth,

        Thank you - Thursday 8 October at 10:00 works perfectly. I'll come to your Shoreditch office and
        bring my portfolio on a laptop.

        Best regards,
        Camille

        On Mon, 5 Oct 2026 at 11:03, Ruth Okafor <ruth.okafor@brightlane-analytics.com> wrote:
        > Hi Camille,
        > Would Thursday 8 October at 10am (London time) work for an in-person interview at our office,
        > 22 Rivington Street? Let me know and I'll send a calendar invite.
        > Ruth
        """)
    orig = message([("From", ME_FULL),
                    ("To", addr("Ruth Okafor", "ruth.okafor@brightlane-analytcs.com")),
                    ("Subject", "Re: Interview at Brightlane"),
                    ("Date", date("2026-10-05 18:40:09", PARIS)),
                    ("Message-ID", "<3f9a1c7e-20b4-4d6e-8a51-c7e9b3d1f5a2@example.org>"),
                    ("In-Reply-To", "<CAB8rT0kx2Zq9+Lm4nVa7eWc1pYf3Hd5GsJu@mail.gmail.com>")],
                   text(orig_body, cte="8bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       returned_message(orig), params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
              "Undelivered Mail Returned to Sender", "2026-10-05 18:40:14", PARIS,
              "<20261005164014.9B2E31C04A7@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


def returned_message(msg: bytes):
    """The returned message inside a delivery report, with a description line like Postfix writes."""
    part = attached_message(msg)
    part.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return part


# --------------------------------------------------------------------------- key 33: mock interview with a coach, booked on Calendly
@mail(n(33), family="coaching", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="French Calendly confirmation for a paid 'Simulation d'entretien' with a career coach (mardi 6 octobre "
           "18:30, ICS attached): a confirmed time, but a mock interview, not a job interview")
def m33():
    body = t("""
        Bonjour Camille Vandenbroucke,

        Votre Simulation d'entretien (60 min) avec Sandrine Lefebvre à 18:30 (heure d'Europe centrale) le
        mardi 6 octobre 2026 est planifiée.

        Type d'événement :
        Simulation d'entretien (60 min)

        Date/heure de l'événement :
        18:30 - 19:30 (heure d'Europe centrale), mardi 6 octobre 2026

        Lieu :
        Ceci est une conférence web Zoom.
        https://us06web.zoom.us/j/81294403716?pwd=c2FuZHJpbmVMZWZlYnZyZQ

        Questions :
        Pour quel poste vous préparez-vous ?
        Data Analyst dans l'énergie (Bruxelles) - entretien final vendredi avec le head of data.

        Annuler : https://calendly.com/cancellations/b71d4e09-3c5a-4f82-9e6b-0a2c8d4f6e13
        Reprogrammer : https://calendly.com/reschedulings/b71d4e09-3c5a-4f82-9e6b-0a2c8d4f6e13

        Propulsé par Calendly.com
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTAMP:20261003T101244Z\nUID:b71d4e09-3c5a-4f82-9e6b-0a2c8d4f6e13@calendly.com\n"
           "DTSTART:20261006T163000Z\nDTEND:20261006T173000Z\n"
           "SUMMARY:Simulation d'entretien (60 min) entre Sandrine Lefebvre et Camille Vandenbroucke\n"
           "LOCATION:https://us06web.zoom.us/j/81294403716\n"
           "ORGANIZER;CN=Sandrine Lefebvre:mailto:sandrine@lefebvre-coaching.fr\n"
           "ATTENDEE;CN=Camille Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.vandenbroucke@example.org\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Simulation d'entretien (60 min) avec Sandrine Lefebvre le mardi 6 octobre 2026",
              "2026-10-03 10:12:44", UTC_ZONE, "<20261003101244.1.B71D4E093C5A4F82@calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.75.33])",
                   "mx1.example.org with ESMTPS id 9CwH2sFv"),
              extra=(("Reply-To", addr("Sandrine Lefebvre", "sandrine@lefebvre-coaching.fr")),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 34: flat viewing
@mail(n(34), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Estate agent confirming a flat viewing (samedi 10 octobre à 10h30): fixed time, not an interview")
def m34():
    body = t("""
        Bonjour Madame,

        Je vous confirme la visite de l'appartement T3 situé au 112 rue Solférino (3e étage avec
        ascenseur) samedi 10 octobre à 10h30. Rendez-vous devant l'immeuble, je serai en avance.

        Si l'appartement vous plaît, pensez à apporter votre dossier complet : pièce d'identité, trois
        derniers bulletins de salaire, dernier avis d'imposition et contrat de travail (ou promesse
        d'embauche). Les dossiers complets sont étudiés en priorité.

        Bien cordialement,

        Julien Caudron
        Conseiller location - Immo Vauban
        06 12 48 73 90
        """)
    hs = head(addr("Julien Caudron - Immo Vauban", "j.caudron@immo-vauban.fr"),
              "Visite T3 rue Solférino - samedi 10h30", "2026-10-06 17:55:21", PARIS,
              "<000001dc4a2b$8e71f320$ab53d960$@immo-vauban.fr>",
              rcv=("from smtp.immo-vauban.fr (smtp.immo-vauban.fr [80.12.242.71])", "mx2.example.org with ESMTPS id 3VjP8mQb"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHb+2kPq3ZyN0xAkE2b4cYq9l1RGw==")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(teams_html(body).replace("EN-GB", "FR").replace("charset=utf-8", "charset=windows-1252"),
                                charset="windows-1252")))


# --------------------------------------------------------------------------- key 35: Executive MBA admission interview
@mail(n(35), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Business school Executive MBA admission interview confirmed for Thursday 15 October 2026 at 17:30: an "
           "interview at a fixed time, but for a degree programme, not a job")
def m35():
    body = t("""
        Dear Camille,

        Thank you for submitting your application to the ESMF Executive MBA (part-time, January 2027 intake).
        We are pleased to confirm your admission interview:

        Date: Thursday 15 October 2026
        Time: 17:30 (Paris time), duration 45 minutes
        Place: ESMF Campus Roubaix, 9 boulevard Gambetta, building B, room B-104
        Panel: Prof. Claire Dumortier (Academic Director) and a graduate of the programme

        The interview covers your professional project, your motivation for the programme and how you
        plan to combine it with your job. Please bring a printed copy of your CV.

        Should you have any questions, do not hesitate to contact me.

        Kind regards,
        Hugo Lemaitre
        Admissions Officer - Executive Education
        ESMF - École Supérieure de Management des Flandres
        """)
    hs = head(addr("ESMF Executive Education - Admissions", "admissions@esmf-edu.fr"),
              "Executive MBA - your admission interview", "2026-10-08 09:26:50", PARIS,
              "<admissions.emba.2027.55812@esmf-edu.fr>",
              rcv=("from mail.esmf-edu.fr (mail.esmf-edu.fr [193.49.108.20])", "mx1.example.org with ESMTPS id 2EkT7yNg"),
              extra=(("Reply-To", addr("Hugo Lemaitre", "hugo.lemaitre@esmf-edu.fr")),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- key 36: iCIMS rejection
@mail(n(36), family="rejection", lang="en", interview=False, company="Blackfriars Retail Group",
      note="iCIMS rejection before the interview stage ('not to progress your application to interview')")
def m36():
    body = t("""
        Dear Camille,

        Thank you for your interest in the Insight Analyst position (Req 2026-4418) at Blackfriars Retail
        Group, and for the time you took to apply.

        We received a very high number of applications for this role. After careful review, we have decided
        not to progress your application to the interview stage on this occasion.

        We will keep your details on file and may contact you should a suitable opportunity arise. You can
        also create job alerts on our careers site.

        Kind regards,

        Talent Acquisition Team
        Blackfriars Retail Group

        Please do not reply to this email; this mailbox is not monitored.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table width="640" style="font-family:Arial;font-size:13px;color:#333"><tr><td>
        <img src="https://careers-blackfriars.icims.com/images/logo.png" alt="Blackfriars Retail Group"><br><br>
        <p>Dear Camille,</p>
        <p>Thank you for your interest in the Insight Analyst position (Req 2026-4418) at Blackfriars Retail Group, and for the time you took to apply.</p>
        <p>We received a very high number of applications for this role. After careful review, we have decided not to progress your application to the interview stage on this occasion.</p>
        <p>We will keep your details on file and may contact you should a suitable opportunity arise. You can also create job alerts on our <a href="https://careers-blackfriars.icims.com/jobs">careers site</a>.</p>
        <p>Kind regards,<br><br>Talent Acquisition Team<br>Blackfriars Retail Group</p>
        <p style="font-size:11px;color:#999">Please do not reply to this email; this mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Blackfriars Retail Group", "careers-noreply@talent.icims.com"),
              "Your application for Insight Analyst (Req 2026-4418)", "2026-10-14 16:02:19", LONDON,
              "<1512093411.2284710.1792076539881.JavaMail.icims@icims-mail-p07>",
              rcv=("from mail-p07.icims.com (mail-p07.icims.com [199.167.19.107])", "mx2.example.org with ESMTPS id 6FqB0tXh"))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# --------------------------------------------------------------------------- key 37: car service appointment, HTML only
@mail(n(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Garage workshop booking (samedi 24 octobre 2026 à 8h30), HTML only, iso-8859-1 QP: fixed time, not an "
           "interview")
def m37():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Tahoma,Arial;font-size:13px">
        <p><b>GARAGE DELANNOY AUTOMOBILES</b><br>Route de Lannoy - 59650 Villeneuve-d'Ascq - 03 20 91 55 08</p>
        <p>Bonjour Madame Vandenbroucke,</p>
        <p>Nous avons le plaisir de vous confirmer votre rendez-vous atelier :</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Date</td><td>samedi 24 octobre 2026</td></tr>
        <tr><td>Heure de dépôt</td><td>8h30</td></tr>
        <tr><td>Véhicule</td><td>Peugeot 208 - GH-482-TK</td></tr>
        <tr><td>Prestations</td><td>Révision 60 000 km, montage des pneus hiver (stockés chez nous)</td></tr>
        <tr><td>Restitution prévue</td><td>même jour, à partir de 16h</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil atelier avec la carte grise et le carnet d'entretien.</p>
        <p>Cordialement,<br>Le service après-vente</p>
        </body></html>
        """)
    hs = head(addr("Garage Delannoy Automobiles", "atelier@garage-delannoy.fr"),
              "Confirmation de rendez-vous atelier - samedi 24/10", "2026-10-14 11:08:33", PARIS,
              "<GDA-RDV-20261014-0417@garage-delannoy.fr>", charset="iso-8859-1",
              rcv=("from smtp.orange-business.fr (smtp.orange-business.fr [80.12.66.40])",
                   "mx1.example.org with ESMTPS id 8GbS4wLc"))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- key 38: webinar registration with ICS
@mail(n(38), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Webinar registration ('Nail your analytics interview', Thursday 22 October 18:00 CEST) with ICS: a "
           "confirmed time, but a marketing webinar")
def m38():
    body = t("""
        You're registered!

        Nail your analytics interview: a live SQL walkthrough
        Thursday, October 22, 2026 - 6:00 PM CEST (5:00 PM BST)

        Join from your browser: https://live.statlane.io/w/nail-your-analytics-interview?t=7c2e91

        In 60 minutes, two hiring managers will run a mock technical interview live, explain what they
        score, and answer your questions. The recording will be sent to all registrants.

        Add it to your calendar with the attached invite.

        See you there,
        The Statlane Academy team

        Statlane, 5 Pancras Square, London N1C 4AG
        Manage email preferences: https://statlane.io/preferences
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Statlane//Webinars//EN\nMETHOD:PUBLISH\n"
           "BEGIN:VEVENT\nUID:webinar-nail-your-analytics-interview-7c2e91@statlane.io\nDTSTAMP:20261019T070011Z\n"
           "DTSTART:20261022T160000Z\nDTEND:20261022T170000Z\n"
           "SUMMARY:Webinar: Nail your analytics interview - live SQL walkthrough\n"
           "URL:https://live.statlane.io/w/nail-your-analytics-interview?t=7c2e91\n"
           "ORGANIZER;CN=Statlane Academy:mailto:events@statlane.io\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Statlane Academy", "events@statlane.io"),
              "You're registered: Nail your analytics interview (Oct 22)", "2026-10-19 08:00:11", LONDON,
              "<reg.7c2e91.webinar@statlane.io>",
              rcv=("from mta-41.hubspotemail.net (mta-41.hubspotemail.net [143.244.80.41])", "mx2.example.org with ESMTPS id 1YrD6nKp"),
              extra=(("List-Unsubscribe", "<https://statlane.io/preferences?u=7c2e91>"), ("Precedence", "bulk")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 39: offer, Brussels (thread T1)
@mail(n(39), family="offer", lang="fr", interview=False, company="Lumina Grid",
      days=(("Fri", "2026-10-09"), ("Wed", "2026-10-21"), ("Fri", "2026-10-30"), ("Mon", "2027-01-04")),
      note="Job offer after two interviews (9 and 21 October), with a reply deadline (vendredi 30 octobre) and a "
           "start date; no interview is being scheduled. Belgian French ('septante-cinq pour cent')")
def m39():
    body = t("""
        Bonjour Camille,

        Suite à vos deux entretiens avec nous (le 9 et le 21 octobre), j'ai le très grand plaisir de vous
        proposer le poste de Data Analyst Énergie au sein de l'équipe de Bart Peeters.

        Les grandes lignes de notre proposition :
        - contrat à durée indéterminée, temps plein, basé à Bruxelles (rue Royale) ;
        - rémunération de 4.250 EUR bruts par mois, treizième mois et double pécule de vacances ;
        - chèques-repas, assurance hospitalisation et groupe ;
        - deux jours de télétravail par semaine et remboursement de septante-cinq pour cent de votre
          abonnement de train Lille-Bruxelles ;
        - date d'entrée souhaitée : le lundi 4 janvier 2027.

        La lettre d'offre détaillée vous attend sur votre espace candidat. Pourriez-vous nous faire part
        de votre décision d'ici le vendredi 30 octobre ? Je reste bien sûr disponible par téléphone si
        vous souhaitez en discuter, et Bart aussi.

        Toute l'équipe espère vous compter bientôt parmi nous !

        Bien cordialement,
        Hélène Wouters
        Talent Acquisition - Lumina Grid SRL
        +32 2 318 40 72
        """)
    hs = head(addr("Hélène Wouters", "helene.wouters@luminagrid.be"),
              "Proposition d'engagement - Data Analyst Énergie", "2026-10-23 15:48:02", BRUSSELS,
              "<AM8P191MB0994E1A3B5C7D9F1E3A5C7B9D1F3E5A7@AM8P191MB0994.EURP191.PROD.OUTLOOK.COM>",
              rcv=("from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2090.outbound.protection.outlook.com [40.107.8.90])",
                   "mx1.example.org with ESMTPS id 7MsW3pRj"),
              extra=(("Content-Language", "fr-BE"),))
    return message(hs, alt(text(body), html(teams_html(body).replace("EN-GB", "FR-BE"))))


# --------------------------------------------------------------------------- key 40: parent-teacher meeting
@mail(n(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="School ENT message confirming a parent-teacher 'entretien individuel' (jeudi 5 novembre 2026, 17h30-"
           "17h45): fixed time, not a job interview")
def m40():
    body = t("""
        Madame Vandenbroucke,

        Votre créneau pour l'entretien individuel avec Mme Dufour, enseignante de la classe de CE1 de Léon,
        est confirmé :

        jeudi 5 novembre 2026, de 17h30 à 17h45
        École élémentaire Jean-Macé, salle 4 (entrée par la cour, rue de l'Hôpital-Militaire)

        Ce temps d'échange porte sur le bilan du premier trimestre. Le cahier de réussites de votre enfant
        vous sera présenté à cette occasion.

        Si vous ne pouvez pas venir, merci de libérer votre créneau depuis l'ENT (rubrique « Rencontres
        parents-enseignants ») afin qu'une autre famille puisse en profiter.

        L'équipe de l'école Jean-Macé

        --
        Message envoyé depuis l'ENT des écoles de Lille. Merci de ne pas répondre directement.
        """)
    hs = head(addr("ENT Écoles de Lille", "ne-pas-repondre@ent-ecoles-lille.fr"),
              "Rencontres parents-enseignants : votre créneau est confirmé", "2026-10-30 12:15:40", PARIS,
              "<ent.rdvparents.55021.3318@ent-ecoles-lille.fr>",
              rcv=("from mx-out.ent-ecoles-lille.fr (mx-out.ent-ecoles-lille.fr [194.167.66.14])",
                   "mx2.example.org with ESMTPS id 5NdG1vTs"))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- key 41: she interviews a candidate at her current job
@mail(n(41), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Greenhouse interviewer notification auto-forwarded from her work address at Brume (her current "
           "employer): Camille is on the panel interviewing a candidate (Thursday, November 5, 2:00 PM CET), ICS "
           "attached - a job interview at a fixed time, but not hers")
def m41():
    body = t("""
        Hi Camille,

        You've been scheduled to interview a candidate.

        Candidate: Théo Marchand
        Job: Junior Data Analyst (Lille)
        Interview: Technical Interview (SQL)
        When: Thursday, November 5, 2026 2:00 PM - 2:45 PM CET
        Where: Salle Verlaine, 2nd floor
        Other interviewers: Pauline Delcroix

        Interview kit: https://app.greenhouse.io/guides/88412093/people/301922817?application_id=412093817
        Please submit your scorecard within 24 hours of the interview.

        Scheduled by Margaux Petit (People Ops)

        --
        Brume · Greenhouse
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nUID:gh-interview-412093817-301922817@greenhouse.io\nDTSTAMP:20261030T094406Z\n"
           "DTSTART:20261105T130000Z\nDTEND:20261105T134500Z\n"
           "SUMMARY:Interview: Théo Marchand - Junior Data Analyst (Technical Interview)\n"
           "LOCATION:Salle Verlaine\\, 2nd floor\n"
           "ORGANIZER;CN=Margaux Petit:mailto:margaux.petit@brume-agence.fr\n"
           "ATTENDEE;CN=Camille Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.vandenbroucke@brume-agence.fr\n"
           "ATTENDEE;CN=Pauline Delcroix;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pauline.delcroix@brume-agence.fr\n"
           "STATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Brume (Greenhouse)", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Théo Marchand for Junior Data Analyst - Thu, Nov 5", "2026-10-30 09:44:06",
              UTC_ZONE, "<interviewer.301922817.412093817@us.greenhouse-mail.io>",
              to=addr("Camille Vandenbroucke", "camille.vandenbroucke@brume-agence.fr"),
              rcv=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                   "mx1.example.org with ESMTPS id 0HaV5qWm"),
              extra=(("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"camille.vandenbroucke@brume-agence.fr {ME}"),
                     ("Reply-To", addr("Margaux Petit", "margaux.petit@brume-agence.fr"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- key 42: team seminar at the current job (all-day Outlook event)
@mail(n(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="All-day Outlook event from her current employer (team seminar, vendredi 13 novembre; X-MICROSOFT-CDO-"
           "ALLDAYEVENT, meeting time 9h15 only in the text; the daily stand-up is cancelled that day): not an "
           "interview")
def m42():
    body = t("""
        Bonjour à toutes et à tous,

        On se retrouve pour notre séminaire d'équipe Data & Studio le vendredi 13 novembre, toute la journée.
        Rendez-vous à 9h15 sur le parvis de la gare Lille-Flandres, départ en car à 9h30 pour le Domaine du
        Vert-Bois (retour prévu vers 18h).

        Au programme : bilan 2026, ateliers roadmap 2027, déjeuner, puis activité surprise l'après-midi.
        Le daily de 9h30 est annulé ce jour-là, et merci de bloquer votre agenda client.

        Pensez à me signaler vos régimes alimentaires d'ici mercredi.

        Margaux
        People Ops - Brume
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ_LOCAL["Romance Standard Time"] + "\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Margaux Petit:mailto:margaux.petit@brume-agence.fr\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipe Data & Studio:mailto:data-studio@brume-agence.fr\n"
           "DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous à 9h15 sur le parvis de la gare Lille-Flandres\\, départ en car à 9h30.\\n\n"
           "UID:040000008200E00074C5B7101A82E00800000000A3C5E7092B4D6F81000000000000000010000000B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A2\n"
           "SUMMARY;LANGUAGE=fr-FR:Séminaire d'équipe Data & Studio\n"
           "DTSTART;TZID=Romance Standard Time:20261113T000000\n"
           "DTEND;TZID=Romance Standard Time:20261114T000000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261102T083017Z\nTRANSP:TRANSPARENT\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=fr-FR:Domaine du Vert-Bois\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:OOF\nX-MICROSOFT-CDO-INTENDEDSTATUS:OOF\n"
           "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Margaux Petit", "margaux.petit@brume-agence.fr"),
              "Séminaire d'équipe Data & Studio", "2026-11-02 09:30:17", PARIS,
              "<PR0P264MB2248D1F3A5C7E9B1D3F5A7C9E1B3D5F7@PR0P264MB2248.FRAP264.PROD.OUTLOOK.COM>",
              to=addr("Equipe Data & Studio", "data-studio@brume-agence.fr"),
              rcv=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                   "mx2.example.org with ESMTPS id 3KeX9rCt"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"camille.vandenbroucke@brume-agence.fr {ME}"),
                     ("Thread-Topic", enc("Séminaire d'équipe Data & Studio")),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(teams_html(body).replace("EN-GB", "FR")), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- key 43: mailing list, someone else's interview
@mail(n(43), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Community mailing-list post (List-Id, Precedence: list) where another member mentions his own technical "
           "interview 'mardi 10 novembre à 14h': not Camille's interview")
def m43():
    body = t("""
        Salut la liste,

        J'ai un entretien technique chez Quadrat Analytics mardi 10 novembre à 14h (en visio) pour un poste
        de data analyst confirmé. Quelqu'un est déjà passé par leur process ? Ils m'ont parlé d'un test SQL
        de 45 minutes puis d'une étude de cas à présenter, mais sans plus de détails.

        Merci d'avance, et je ferai un retour ici pour les suivants !

        Mehdi

        _______________________________________________
        data-lille mailing list -- data-lille@lists.datalille.org
        Pour vous désabonner : data-lille-leave@lists.datalille.org
        """)
    hs = head(addr("Mehdi Ouali", "mehdi.ouali@lafibre-mail.fr"),
              "[data-lille] Quelqu'un connaît le process d'entretien de Quadrat Analytics ?",
              "2026-11-05 21:44:09", PARIS, "<6b2f9e1c-a07d-4c53-b8e4-19f3c7a5d2e0@lafibre-mail.fr>",
              to="data-lille@lists.datalille.org",
              rcv=("from lists.datalille.org (lists.datalille.org [51.15.200.37])", "mx1.example.org with ESMTPS id 4DvQ2jYn"),
              extra=(("Sender", "data-lille-bounces@lists.datalille.org"),
                     ("List-Id", "Communaute data de Lille <data-lille.lists.datalille.org>"),
                     ("List-Post", "<mailto:data-lille@lists.datalille.org>"),
                     ("List-Unsubscribe", "<mailto:data-lille-leave@lists.datalille.org>"),
                     ("List-Archive", "<https://lists.datalille.org/archives/list/data-lille@lists.datalille.org/>"),
                     ("Precedence", "list"),
                     ("X-Mailman-Version", "3.3.9")))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- key 44: interview proposed, not yet confirmed (thread T4)
@mail(n(44), family="interview_proposal", lang="fr", interview=False, company="Maillon",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
      note="Hiring manager proposes two slots (jeudi 12 à 14h ou vendredi 13 à 10h) and asks which suits her: "
           "nothing confirmed yet (the confirmation comes two days later, key 15)")
def m44():
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste de Data Analyst, votre profil nous intéresse beaucoup.

        Je vous propose de nous rencontrer cette semaine dans nos locaux (48 rue de Béthune, Lille) :
        jeudi 12 à 14h ou vendredi 13 à 10h. Dites-moi ce qui vous arrange.

        Bien à vous,
        Grégoire Lemaire
        Responsable Data - Maillon
        06 71 24 58 03
        """)
    hs = head(addr("Grégoire Lemaire", "gregoire.lemaire@maillon.fr"),
              "Poste Data Analyst - rencontre", "2026-11-09 11:02:37", PARIS,
              "<0B7E3C5A-1D92-4E6F-8A4B-2C9D7E1F3A58@maillon.fr>",
              rcv=("from smtp-out.maillon.fr (smtp-out.maillon.fr [92.243.7.118])",
                   "mx2.example.org with ESMTPS id 1BxN6kHv"),
              extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    import html as _h

    page = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(f"<div>{_h.escape(line) if line else '<br>'}</div>" for line in body.rstrip().split("\n"))
            + "</body></html>\n")
    return message(hs, alt(text(body), html(page), boundary="Apple-Mail=_5C1D7E93-2A4B-4F60-8E1C-9B3D5F7A0C24"))


# --------------------------------------------------------------------------- key 45: out-of-office auto-reply
@mail(n(45), family="auto_reply", lang="fr", interview=False, company="Cabinet Rameau",
      days=(("Mon", "2026-11-16"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied); the subject echoes Camille's own "
           "'Entretien ... mercredi 18/11 à 10h', but the auto-reply confirms nothing")
def m45():
    body = t("""
        Bonjour,

        Je suis absent du bureau jusqu'au lundi 16 novembre inclus, avec un accès limité à mes e-mails.

        Pour toute demande urgente concernant un recrutement en cours, vous pouvez contacter ma collègue
        Sarah Lemoine (s.lemoine@cabinet-rameau.fr - 03 20 45 17 62).

        Cordialement,
        Paul Verbeke
        Consultant recrutement - Cabinet Rameau
        """)
    hs = head(addr("Paul Verbeke", "p.verbeke@cabinet-rameau.fr"),
              "Réponse automatique : Entretien Business Analyst BI - mercredi 18/11 à 10h",
              "2026-11-10 08:31:55", PARIS,
              "<PR2P264MB07718E1F3A5C7B9D1E3F5A7C9B1D3E5F@PR2P264MB0771.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from EUR01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2112.outbound.protection.outlook.com [40.107.12.112])",
                   "mx1.example.org with ESMTPS id 9PmZ4cLw"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<f27c1b9e-5d04-4a3e-9c81-6e0b2d4f8a17@example.org>"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(teams_html(body).replace("EN-GB", "FR"))))


# --------------------------------------------------------------------------- key 46: meetup RSVP
@mail(n(46), family="meetup", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Meetup RSVP confirmation for a community evening about tech interviews (mardi 17 novembre, 19:00), "
           "ICS attached: a confirmed time, but a meetup")
def m46():
    body = t("""
        Vous participez !

        Lille Data & BI #37 - Recruter (et se faire recruter) en data
        mardi 17 novembre 2026, 19:00 - 21:30 CET
        EuraTechnologies, 165 avenue de Bretagne, Lille - salle Tourcoing

        Programme :
        19:00  Accueil
        19:30  « Ce que les recruteurs regardent vraiment en entretien technique » - Karim H.
        20:15  Table ronde : candidats et managers
        21:00  Pizzas & networking

        Vous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place :
        https://www.meetup.com/lille-data-bi/events/304418877/

        Meetup, PBC - POB 4668 #37895, New York, NY 10163-4668
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meetup//RemoteApi//EN\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\n"
           + VTZ["Europe/Paris"] + "\n"
           "BEGIN:VEVENT\nDTSTAMP:20261111T121509Z\nDTSTART;TZID=Europe/Paris:20261117T190000\n"
           "DTEND;TZID=Europe/Paris:20261117T213000\nSTATUS:CONFIRMED\n"
           "SUMMARY:Lille Data & BI #37 - Recruter (et se faire recruter) en data\n"
           "LOCATION:EuraTechnologies (165 avenue de Bretagne\\, Lille)\n"
           "URL:https://www.meetup.com/lille-data-bi/events/304418877/\n"
           "UID:event_304418877@meetup.com\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = head(addr("Meetup", "info@meetup.com"),
              "Vous participez ! Lille Data & BI #37 - Recruter (et se faire recruter) en data",
              "2026-11-11 12:15:09", UTC_ZONE, "<rsvp.304418877.1f3c9a@email.meetup.com>",
              rcv=("from mail193-12.suw41.mandrillapp.com (mail193-12.suw41.mandrillapp.com [198.2.193.12])",
                   "mx2.example.org with ESMTPS id 6TfA0pMx"),
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?u=1f3c9a>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="event.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- key 47: softgarden slot picker, Luxembourg
@mail(n(47), family="scheduling_link", lang="en", interview=False, company="Ardennes Re",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25"), ("Fri", "2026-11-27"), ("Fri", "2026-11-20")),
      note="softgarden self-scheduling request listing open slots (24, 25, 27 November); she has not booked one, "
           "so no time is fixed")
def m47():
    body = t("""
        Dear Ms Vandenbroucke,

        Thank you for your application as Data Analyst (m/f/d) at Ardennes Re S.A. We were impressed by
        your profile and would like to get to know you in a video interview of about 45 minutes.

        Please choose one of the available appointments via the link below - slots are allocated on a
        first come, first served basis:

          Tuesday, 24 November 2026 - 10:00 or 14:00
          Wednesday, 25 November 2026 - 09:30
          Friday, 27 November 2026 - 11:00
          (all times Luxembourg time, CET)

        Choose an appointment: https://app.softgarden.io/appointment/select?token=Ar9xK2mQ7vLp

        The link is valid until Friday, 20 November 2026. Once you have booked, you will receive a
        confirmation with the video link.

        Kind regards,
        Nora Weber
        HR Business Partner
        Ardennes Re S.A. - 2, rue Jean Bertels, L-1230 Luxembourg

        This message was sent via softgarden.
        """)
    hs = head(addr("Ardennes Re S.A.", "no-reply@softgarden.io"),
              "Your application as Data Analyst (m/f/d) - please choose an interview appointment",
              "2026-11-16 09:12:48", LUX, "<sg-appointment-9d81f3b2c7.4471@softgarden.io>",
              rcv=("from mout.softgarden.io (mout.softgarden.io [212.227.15.41])", "mx1.example.org with ESMTPS id 2GwK8sRd"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- key 48: journalist interviewing her
@mail(n(48), family="press", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"), ("Sat", "2026-12-12")),
      note="Journalist confirming a phone interview with Camille for an article (jeudi 3 décembre à 10h): a "
           "confirmed 'interview', but press, not a job interview")
def m48():
    body = t("""
        Bonjour Camille,

        Merci encore d'avoir accepté de répondre à mes questions pour notre dossier « Ils se sont
        reconvertis dans la data », dont la parution est prévue le samedi 12 décembre.

        Comme convenu, je vous appelle jeudi 3 décembre à 10h sur votre portable ; l'interview durera une
        vingtaine de minutes. Je vous enverrai vos citations pour relecture avant publication.

        Si vous êtes d'accord, notre photographe pourrait passer faire un portrait la semaine suivante.

        Bien à vous,
        Agathe Morvan
        Journaliste - service Économie
        L'Écho du Nord
        """)
    hs = head(addr("Agathe Morvan", "a.morvan@echodunord.fr"),
              "Interview pour le dossier reconversion - jeudi 10h", "2026-11-30 14:20:52", PARIS,
              "<CAGm2yT5pR8q+Xe3vLn0aZc7bWf1Ks9DhJu4@mail.gmail.com>",
              rcv=("from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
                   "mx2.example.org with ESMTPS id 8NcR3tHq"))
    return message(hs, alt(text(body), html(gmail_html(body)), boundary="000000000000c41e9f061b3a7d02"))


# --------------------------------------------------------------------------- key 49: podcast recording
@mail(n(49), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-12-16"),),
      note="Podcast host confirming a recording with Camille as guest (Wednesday 16 December, 17:00 CET): fixed "
           "time, but a podcast interview, not a job interview")
def m49():
    body = t("""
        Hi Camille,

        Brilliant, thanks for saying yes! Confirming our recording for The Analytics Lounge on Wednesday
        16 December at 17:00 CET (16:00 UK). We'll chat about your move from retail merchandising into data,
        for about 40 minutes, then I'll edit it down.

        Studio link (Riverside): https://riverside.fm/studio/the-analytics-lounge?t=4f1a9c
        A decent headset is plenty - no need for a fancy mic.

        Cheers,
        Jamie Rourke
        Host, The Analytics Lounge
        """)
    hs = head(addr("Jamie Rourke", "jamie@analyticslounge.fm"),
              "Analytics Lounge recording - Wed 16 Dec", "2026-12-07 13:05:30", LONDON,
              "<CAE9v1Qp7kX3+Rm2tZy6bNd8cLf0Wa4HgJs5@mail.gmail.com>",
              rcv=("from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])",
                   "mx1.example.org with ESMTPS id 5WbE7yVk"))
    return message(hs, alt(text(body), html(gmail_html(body)), boundary="0000000000008a2d5e061c4b9e13"))


# --------------------------------------------------------------------------- key 50: Dutch rejection (thread T3)
@mail(n(50), family="rejection", lang="nl", interview=False, company="Vlasbloem Analytics",
      days=(("Thu", "2026-11-19"),),
      note="Flemish rejection after the interview of donderdag 19 november (Recruitee); no new interview")
def m50():
    body = t("""
        Dag Camille,

        Bedankt voor het fijne gesprek van donderdag 19 november en voor de tijd die je erin gestoken hebt.

        We hebben uiteindelijk gekozen voor een kandidaat met meer ervaring in energiedata. Het was geen
        makkelijke beslissing: Jeroen en ik waren echt onder de indruk van je portfolio.

        Als je dat goed vindt, houden we je cv bij voor toekomstige vacatures. Veel succes met je zoektocht!

        Met vriendelijke groeten,
        Lotte Van Damme
        HR & Recruitment - Vlasbloem Analytics
        """)
    hs = head(addr("Lotte Van Damme | Vlasbloem Analytics", "no-reply@mg.recruitee.com"),
              "Je sollicitatie voor Data Analyst bij Vlasbloem Analytics", "2026-12-08 10:05:14", BRUSSELS,
              "<20261208090514.9a3f7c2e1d4b@mg.recruitee.com>",
              rcv=("from m42-77.mailgun.net (m42-77.mailgun.net [69.72.42.77])", "mx2.example.org with ESMTPS id 0RhT5mBz"),
              extra=(("Reply-To", "vlasbloem-analytics+c2281947@inbound.recruitee.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))
