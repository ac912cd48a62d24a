"""blind140: 50 hand-written mails from the inbox of Manon Girard, a horticultural-tech data scientist
in Angers (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind140
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
)

ORDER = random.Random(1400140).sample(range(1, 51), 50)
ME = "manon.girard@example.org"
ME_NAME = "Manon Girard"
PARIS = "Europe/Paris"
ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def N(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"blind140_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    by_from = f"from {host} ({host} [{ip}])"
    return ("Received", received(by_from, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {qid}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, ip: str, qid: str,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    if not frm.isascii():
        name, address = frm.rsplit("<", 1)
        frm = addr(name.strip(), address.rstrip(">"), charset)
    return [
        ("Return-Path", f"<{frm.split('<')[-1].rstrip('>')}>" if "<" in frm else f"<{frm}>"),
        ("Delivered-To", ME),
        rcv(host, ip, when, zone, qid),
        *pre,
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T12:00:00Z", end="2026-09-10T12:45:00Z",
      contact="camille.vasseur@verdalis-agritech.com", company="Verdalis Agritech",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=PARIS,
      note="Greenhouse confirmation from no-reply@greenhouse.io; 'Thursday, September 10, 2026, 2:00 PM - "
           "2:45 PM CEST' (Paris summer time, UTC+2) -> 12:00Z-12:45Z, the attached ICS agrees "
           "(TZID Europe/Paris); contact = human Reply-To recruiter (also ICS ORGANIZER)")
def p01_greenhouse_verdalis() -> bytes:
    plain = t("""
        Hi Manon,

        Thanks for making time to speak with us! Your interview for Data Scientist - Greenhouse
        Climate Models at Verdalis Agritech is confirmed:

        Thursday, September 10, 2026
        2:00 PM - 2:45 PM CEST (Europe/Paris)
        Google Meet: https://meet.google.com/vqx-hbna-tre

        Interviewers:
          Camille Vasseur - Talent Partner
          Paul Ferrand - Head of Data

        If you need to reschedule, just reply to this email and Camille will help.

        Best,
        The Verdalis Agritech Recruiting Team

        Powered by Greenhouse
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Manon,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Data Scientist - Greenhouse
        Climate Models</strong> at Verdalis Agritech is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>2:00 PM - 2:45 PM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/vqx-hbna-tre">Google Meet</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Camille Vasseur - Talent Partner<br>Paul Ferrand - Head of Data</td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email and Camille will help.</p>
        <p>Best,<br>The Verdalis Agritech Recruiting Team</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
UID:gh-interview-58213907-3340112@greenhouse.io
DTSTAMP:20260907T081200Z
DTSTART;TZID=Europe/Paris:20260910T140000
DTEND;TZID=Europe/Paris:20260910T144500
SUMMARY:Interview: Manon Girard / Verdalis Agritech (Data Scientist)
LOCATION:https://meet.google.com/vqx-hbna-tre
ORGANIZER;CN=Camille Vasseur:mailto:camille.vasseur@verdalis-agritech.com
ATTENDEE;CN=Manon Girard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:manon.girard@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics", method=None))
    return message(head("Verdalis Agritech <no-reply@greenhouse.io>",
                        "Interview Confirmation: Data Scientist - Greenhouse Climate Models at Verdalis Agritech",
                        "2026-09-07 10:12", PARIS,
                        "<0100019a2f4e6b3c-5d1e7a2b-91c4-4e0f-b6a3-2f7d8c9e1a04-000000@email.amazonses.com>",
                        host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112", qid="4LmQ2s0v7Rz9kT1",
                        extra=(("Reply-To", addr("Camille Vasseur", "camille.vasseur@verdalis-agritech.com")),
                               ("X-Mailer", "Greenhouse Software")),
                        pre=(("X-SES-Outgoing", "2026.09.07-54.240.48.112"),)), body)


@mail(N(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-21T08:00:00Z", end=None, contact="h.gaudin@pepinieres-gaudin.fr",
      company="Pépinières Gaudin & Fils", local="Mon 2026-09-21 10:00", zone=PARIS,
      note="Anjou nursery owner, plain prose: 'lundi de la semaine prochaine à 10h' resolved against the "
           "Date (Wed 16 Sep 2026) -> Mon 21 Sep 10:00 CEST = 08:00Z; 'comptez une petite heure' is "
           "approximate so end null; windows-1252 quoted-printable; contact = human sender")
def p02_prose_gaudin() -> bytes:
    plain = t("""
        Bonjour Madame Girard,

        Merci pour votre appel de ce matin, et pour votre CV que mon fils m'a bien transmis.

        Comme convenu, je vous reçois pour l'entretien lundi de la semaine prochaine à 10h, ici à la
        pépinière (route de Trélazé, le portail vert après le rond-point, garez-vous devant la
        serre n°3). Comptez une petite heure : je vous présenterai d'abord Jérôme qui s'occupe de
        l'irrigation, puis on regardera ensemble les données des sondes que nous n'exploitons pas
        du tout, vous verrez !

        Prévoyez des chaussures qui ne craignent pas la boue.

        Bien cordialement,

        Hélène Gaudin
        Pépinières Gaudin & Fils
        Saint-Barthélemy-d'Anjou
        02 41 00 00 00
        """)
    body = text(plain, charset="windows-1252")
    return message(head(addr("Hélène Gaudin", "h.gaudin@pepinieres-gaudin.fr"), "Entretien lundi prochain",
                        "2026-09-16 18:22", PARIS, "<000a01dd2619$4f3c2e10$edb48a30$@pepinieres-gaudin.fr>",
                        host="smtp.orange-business.fr", ip="193.252.22.84", qid="4LqW0m3fK8z2hN7",
                        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr"),
                               ("Thread-Index", "AdsmGU88LhDts4owXbJc7w1kYQ2FvA=="))), body)


@mail(N(3), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-10-01T09:30:00Z", end="2026-10-01T10:15:00Z", contact="ines.barbier@floralys.fr",
      company="Floralys", local="Thu 2026-10-01 11:30", local_end="2026-10-01 12:15", zone=PARIS,
      note="Teamtailor, HTML only in base64: 'jeudi 1er octobre à 11h30 (heure de Paris)', 'Durée : 45 minutes' "
           "-> 09:30Z-10:15Z (CEST, UTC+2); contact = human Reply-To recruiter")
def p03_teamtailor_floralys() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d">
        <tr><td>
        <img src="https://assets.teamtailor-cdn.com/floralys/logo.png" alt="Floralys" width="120">
        <h2 style="font-weight:600">Votre entretien est confirmé</h2>
        <p>Bonjour Manon,</p>
        <p>Merci d'avoir choisi un créneau ! Voici le récapitulatif de votre entretien pour le poste de
        <b>Data Scientist - Prévision des ventes végétales</b> :</p>
        <p style="background:#f0f5ef;padding:12px;border-radius:6px">
        📅 jeudi 1er octobre à 11h30 (heure de Paris)<br>
        ⏱ Durée : 45 minutes<br>
        📍 Floralys, 14 rue du Faubourg-Poissonnière, 75010 Paris - 3e étage, demandez Inès à l'accueil
        </p>
        <p>Vous rencontrerez Inès Barbier (Talent Acquisition) et Romain Dufresne (Lead Data).</p>
        <p>Un empêchement ? Répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe Floralys</p>
        <p style="font-size:11px;color:#8a8a8a">Envoyé avec Teamtailor · <a href="https://floralys.teamtailor.com/connect">Gérer mes préférences</a></p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    body = html(body_html, cte="base64")
    return message(head("Floralys <no-reply@teamtailor-mail.com>", "Entretien confirmé – Floralys",
                        "2026-09-28 09:47", PARIS, "<tt.8f2c1d7a9e3b4a56@teamtailor-mail.com>",
                        host="o17.email.teamtailor-mail.com", ip="149.72.161.58", qid="4LrP7c1tB3z6mQ9",
                        extra=(("Reply-To", addr("Inès Barbier", "ines.barbier@floralys.fr")),
                               ("List-Unsubscribe", "<https://floralys.teamtailor.com/connect/unsubscribe>"))),
                   body)


@mail(N(4), family="exchange", lang="fr-BE", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z", contact="olivier.dethier@hortiplex.be",
      company="Hortiplex", local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="Europe/Brussels",
      note="Exchange meeting request from Brussels, sent Thu 22 Oct in summer time (CEST) for Tue 27 Oct, after "
           "the switch back on 25 Oct: 10:00 CET (UTC+1) = 09:00Z; ICS TZID 'Romance Standard Time'; contact = "
           "ORGANIZER (the hiring manager, also the sender)")
def p04_exchange_hortiplex() -> bytes:
    plain = t("""
        Bonjour Manon,

        Suite à notre échange téléphonique de ce midi, je vous confirme l'entretien pour le poste de
        Data Scientist « serres connectées ». Nous le ferons sur Teams, avec Annelies (notre
        responsable production à Hoeilaart) qui nous rejoindra une demi-heure.

        Attention, nous serons repassés à l'heure d'hiver d'ici là : 10h chez nous, c'est aussi 10h
        chez vous à Angers.

        Au plaisir,
        Olivier Dethier
        Head of Data - Hortiplex SA
        Chaussée de Louvain 431, 1380 Lasne
        GSM +32 470 00 00 00

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ2@thread.v2/0>
        ID de la réunion : 384 112 905 771
        Code secret : Xq7bW2
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR-BE"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Manon,</p>
        <p class="MsoNormal">Suite à notre échange téléphonique de ce midi, je vous confirme l'entretien pour le poste de
        Data Scientist « serres connectées ». Nous le ferons sur Teams, avec Annelies (notre responsable production
        à Hoeilaart) qui nous rejoindra une demi-heure.</p>
        <p class="MsoNormal">Attention, nous serons repassés à l'heure d'hiver d'ici là : 10h chez nous, c'est aussi 10h
        chez vous à Angers.</p>
        <p class="MsoNormal">Au plaisir,<br>Olivier Dethier<br>Head of Data - Hortiplex SA<br>
        Chaussée de Louvain 431, 1380 Lasne<br>GSM +32 470 00 00 00</p>
        <div style="margin-top:18px">_____________________________________________<br>
        <span style="font-size:18pt">Réunion Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ2@thread.v2/0">Cliquez ici pour rejoindre la réunion</a><br>
        ID de la réunion : 384 112 905 771<br>Code secret : Xq7bW2<br>
        _____________________________________________</div>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Olivier Dethier:mailto:olivier.dethier@hortiplex.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Girard:mailto:manon.girard@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Annelies Peeters:mailto:annelies.peeters@hortiplex.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Manon\\, suite à notre échange téléphonique de ce midi\\, je vous confirme l'entretien.\\n
UID:040000008200E00074C5B7101A82E00800000000D0C1A4F6D25EDB01000000000000000010000000B4E1F0C3A2D94B4E8C2E5D7F3A1B6C90
SUMMARY;LANGUAGE=fr-BE:Entretien Data Scientist - Manon Girard
DTSTART;TZID=Romance Standard Time:20261027T100000
DTEND;TZID=Romance Standard Time:20261027T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T140500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1203948571
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = alt(text(plain), html(body_html), calendar(ics, cte="base64"))
    return message(head(addr("Olivier Dethier", "olivier.dethier@hortiplex.be"),
                        "Entretien Data Scientist - Manon Girard", "2026-10-22 16:05", "Europe/Brussels",
                        "<AM0PR02MB5571D8E3A4B1C2F6E9A0B7C4D3E2AM0PR02MB5571.eurprd02.prod.outlook.com>",
                        host="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.91",
                        qid="4LxD9f2qN5z8vB3",
                        extra=(("Thread-Topic", "Entretien Data Scientist - Manon Girard"),
                               ("Thread-Index", "AdtiL3mU7aQp0zRkT1u8w6gVd5bHXQ=="),
                               ("Accept-Language", "fr-BE, nl-BE, en-US"),
                               ("Content-Language", "fr-BE"),
                               ("X-MS-Has-Attach", ""),
                               ("X-MS-TNEF-Correlator", ""),
                               ("X-MS-Exchange-Organization-SCL", "-1"))), body)


@mail(N(5), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-20T14:00:00Z", end="2026-10-20T14:30:00Z", contact="priya.lakhani@mossgrove.co.uk",
      company="Mossgrove", local="Tue 2026-10-20 15:00", local_end="2026-10-20 15:30", zone="Europe/London",
      note="Lever confirmation for a London remote team: 'Tuesday, October 20th, 3:00pm - 3:30pm BST' -> "
           "14:00Z-14:30Z (BST = UTC+1; 4pm for the candidate in Angers); no ICS; contact = human Reply-To")
def p05_lever_mossgrove() -> bytes:
    plain = t("""
        Hi Manon,

        Your interview with Mossgrove has been scheduled. Here are the details:

        Role: Senior Data Scientist, Growing Systems (Remote - Europe)
        Time: Tuesday, October 20th, 3:00pm - 3:30pm BST
        Format: Video call - https://mossgrove.zoom.us/j/81422093317
        You'll be meeting with: Priya Lakhani (Recruiter)

        Please note that the time above is in London time; that is 4:00pm in Paris.

        If anything comes up, reply to this email to reach Priya directly.

        Thanks,
        Mossgrove Talent
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#2f3033">
        <p>Hi Manon,</p>
        <p>Your interview with <b>Mossgrove</b> has been scheduled. Here are the details:</p>
        <p><b>Role:</b> Senior Data Scientist, Growing Systems (Remote - Europe)<br>
        <b>Time:</b> Tuesday, October 20th, 3:00pm - 3:30pm BST<br>
        <b>Format:</b> Video call - <a href="https://mossgrove.zoom.us/j/81422093317">https://mossgrove.zoom.us/j/81422093317</a><br>
        <b>You'll be meeting with:</b> Priya Lakhani (Recruiter)</p>
        <p>Please note that the time above is in London time; that is 4:00pm in Paris.</p>
        <p>If anything comes up, reply to this email to reach Priya directly.</p>
        <p>Thanks,<br>Mossgrove Talent</p>
        <p style="color:#9b9b9b;font-size:11px">Sent via Lever</p>
        </div>
        """)
    body = alt(text(plain, cte="7bit"), html(body_html))
    return message(head("Mossgrove <no-reply@hire.lever.co>", "Interview scheduled: Mossgrove",
                        "2026-10-15 13:30", "Europe/London",
                        "<lever.9c1b52e4-7d3a-4f0c-a8e6-21b7c4d9f035@hire.lever.co>",
                        host="mail-sor-f69.google.com", ip="209.85.220.69", qid="4LwR5n8pJ2z4cK6",
                        extra=(("Reply-To", addr("Priya Lakhani", "priya.lakhani@mossgrove.co.uk")),)), body)


@mail(N(6), family="calendly", lang="fr", interview=True, kind="scheduled",
      start="2026-11-04T15:00:00Z", end="2026-11-04T15:30:00Z", contact="julien.marchal@terrafine.fr",
      company="Terrafine", local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:30", zone=PARIS,
      note="Calendly invitee confirmation in French: 'mercredi 4 novembre 2026, 16:00 - 16:30 (heure "
           "d'Europe centrale)' -> CET (UTC+1, after 25 Oct) -> 15:00Z-15:30Z; ICS in UTC agrees; contact = "
           "host (Reply-To / ORGANIZER); follows the slot link in the Terrafine pick-a-slot mail")
def p06_calendly_terrafine() -> bytes:
    plain = t("""
        Bonjour Manon Girard,

        Votre événement est programmé.

        Événement : Entretien découverte - Data Scientist (30 min)
        Hôte : Julien Marchal
        Date/heure : 16:00 - 16:30, mercredi 4 novembre 2026 (heure d'Europe centrale)
        Lieu : Google Meet (le lien sera dans l'invitation)

        Besoin de modifier ?
        Annuler : https://calendly.com/cancellations/6f1e0b2c-5a9d-4e7b-9c3a-8d2f1e4b7a60
        Reprogrammer : https://calendly.com/reschedulings/6f1e0b2c-5a9d-4e7b-9c3a-8d2f1e4b7a60

        Planifié avec Calendly
        """)
    body_html = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#0a2540">
        <p>Bonjour Manon Girard,</p>
        <p>Votre événement est programmé.</p>
        <table style="border-left:4px solid #0069ff;padding-left:12px">
        <tr><td><b>Événement :</b></td><td>Entretien découverte - Data Scientist (30 min)</td></tr>
        <tr><td><b>Hôte :</b></td><td>Julien Marchal</td></tr>
        <tr><td><b>Date/heure :</b></td><td>16:00 - 16:30, mercredi 4 novembre 2026 (heure d'Europe centrale)</td></tr>
        <tr><td><b>Lieu :</b></td><td>Google Meet (le lien sera dans l'invitation)</td></tr>
        </table>
        <p><a href="https://calendly.com/cancellations/6f1e0b2c-5a9d-4e7b-9c3a-8d2f1e4b7a60">Annuler</a> ·
        <a href="https://calendly.com/reschedulings/6f1e0b2c-5a9d-4e7b-9c3a-8d2f1e4b7a60">Reprogrammer</a></p>
        <p style="font-size:12px;color:#476788">Planifié avec <a href="https://calendly.com">Calendly</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261102T100200Z
UID:6f1e0b2c-5a9d-4e7b-9c3a-8d2f1e4b7a60@calendly.com
DTSTART:20261104T150000Z
DTEND:20261104T153000Z
SUMMARY:Entretien découverte - Data Scientist (30 min) entre Julien Marchal et Manon Girard
ORGANIZER;CN=Julien Marchal:mailto:julien.marchal@terrafine.fr
ATTENDEE;CN=Manon Girard;PARTSTAT=ACCEPTED:mailto:manon.girard@example.org
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, filename="invite.ics", disposition="attachment", cte="base64"))
    return message(head("Calendly <notifications@calendly.com>",
                        "Confirmé : Entretien découverte - Data Scientist (30 min) avec Julien Marchal le "
                        "mercredi 4 novembre 2026",
                        "2026-11-02 11:02", PARIS, "<6f1e0b2c5a9d.invitee.1785412339@calendly.com>",
                        host="o1.ptr2418.calendly.com", ip="167.89.21.40", qid="4M2hT6k0wY1zRv8",
                        extra=(("Reply-To", addr("Julien Marchal", "julien.marchal@terrafine.fr")),)), body)


@mail(N(7), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-11-12T09:00:00Z", end="2026-11-12T10:00:00Z", contact="sophie.langlois@valmorin.com",
      company="Groupe Valmorin", local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=PARIS,
      note="Workday, HTML only (quoted-printable): 'Date : 12/11/2026' is day/month (jeudi 12 novembre), "
           "'10:00 - 11:00 (GMT+01:00) Paris' -> 09:00Z-10:00Z; sender is the tenant mailbox, contact = the "
           "recruiter's address in the body")
def p07_workday_valmorin() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="background:#005c3c;color:#fff;padding:14px;font-size:16px">Groupe Valmorin - Carrières</td></tr>
        <tr><td style="padding:18px">
        <p>Bonjour Manon,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Data Scientist Senior - Agronomie numérique (R-0048213)</b>.</p>
        <table cellpadding="3">
        <tr><td>Date :</td><td><b>12/11/2026</b></td></tr>
        <tr><td>Heure :</td><td><b>10:00 - 11:00 (GMT+01:00) Paris</b></td></tr>
        <tr><td>Lieu :</td><td>Siège Valmorin, 8 avenue de la Grande Armée, 75017 Paris - accueil niveau 0</td></tr>
        <tr><td>Interlocuteurs :</td><td>Sophie Langlois (Chargée de recrutement), Marc-Antoine Ribeiro (Directeur Data)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au bâtiment.</p>
        <p>Pour toute question, vous pouvez contacter Sophie Langlois : <a href="mailto:sophie.langlois@valmorin.com">sophie.langlois@valmorin.com</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Groupe Valmorin</p>
        <p style="font-size:10px;color:#777">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</p>
        </td></tr></table>
        </body></html>
        """)
    body = html(body_html)
    return message(head("Groupe Valmorin <valmorin@myworkday.com>",
                        "Confirmation de votre entretien - Data Scientist Senior - Agronomie numérique",
                        "2026-11-06 17:20", PARIS, "<1419288711.58120.1794327600443@wd5-prod-mta07.myworkday.com>",
                        host="wd5-prod-mta07.myworkday.com", ip="198.51.100.77", qid="4M5kD1p7cV3zTx2"), body)


@mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z", contact="thomas.riviere@semaphyt.fr",
      company="Semaphyt", local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00", zone=PARIS,
      note="Google Calendar invitation in French: 'jeu. 3 déc. 2026 14:00 - 15:00 (CET)' -> 13:00Z-14:00Z; "
           "both ICS copies (TZID Europe/Paris) agree; contact = ORGANIZER (the Le Mans hiring manager); "
           "closes the proposal mail from Semaphyt (two slots offered)")
def p08_gcal_semaphyt() -> bytes:
    plain = t("""
        Vous avez été invité à l'événement suivant.

        Titre : Entretien technique - Manon Girard
        Bonjour Manon, comme convenu : entretien technique avec Lise (ML) et moi, à nos bureaux du
        Mans (Novaxud, 3e étage). Prévoyez un ordinateur si vous voulez montrer un notebook.
        Thomas
        Quand : jeu. 3 déc. 2026 14:00 - 15:00 (CET) Heure : Paris
        Où : Semaphyt - Novaxud, 72000 Le Mans
        Agenda : manon.girard@example.org
        Participants :
        * thomas.riviere@semaphyt.fr - organisateur
        * lise.guerin@semaphyt.fr
        * manon.girard@example.org

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=NXZqMm1xNGd0ZGs

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à l'événement.
        """)
    body_html = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Entretien technique - Manon Girard"></span>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400">Entretien technique - Manon Girard</h2>
        <p>Bonjour Manon, comme convenu : entretien technique avec Lise (ML) et moi, à nos bureaux du
        Mans (Novaxud, 3e étage). Prévoyez un ordinateur si vous voulez montrer un notebook.<br>Thomas</p>
        <table><tr><td>Quand</td><td>jeu. 3 déc. 2026 14:00 - 15:00 (CET) Heure : Paris</td></tr>
        <tr><td>Où</td><td>Semaphyt - Novaxud, 72000 Le Mans</td></tr>
        <tr><td>Participants</td><td>thomas.riviere@semaphyt.fr - organisateur<br>lise.guerin@semaphyt.fr<br>manon.girard@example.org</td></tr></table>
        <p>Participer ? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Oui</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Peut-être</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Non</a></p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261203T140000
DTEND;TZID=Europe/Paris:20261203T150000
DTSTAMP:20261127T143100Z
ORGANIZER;CN=Thomas Rivière:mailto:thomas.riviere@semaphyt.fr
UID:5vj2mq4gtdk8r1c0b7a3e9f6h2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=thomas.riviere@semaphyt.fr;X-NUM-GUESTS=0:mailto:thomas.riviere@semaphyt.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lise.guerin@semaphyt.fr;X-NUM-GUESTS=0:mailto:lise.guerin@semaphyt.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.girard@example.org;X-NUM-GUESTS=0:mailto:manon.girard@example.org
CREATED:20261127T142905Z
DESCRIPTION:Bonjour Manon\\, comme convenu : entretien technique avec Lise (ML) et moi\\, à nos bureaux du Mans (Novaxud\\, 3e étage).
LAST-MODIFIED:20261127T143100Z
LOCATION:Semaphyt - Novaxud\\, 72000 Le Mans
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique - Manon Girard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html), calendar(ics, cte="8bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(head(addr("Thomas Rivière", "thomas.riviere@semaphyt.fr"),
                        "Invitation: Entretien technique - Manon Girard @ jeu. 3 déc. 2026 14:00 - 15:00 (CET) "
                        "(manon.girard@example.org)",
                        "2026-11-27 15:31", PARIS, "<calendar-2b7d41e9-6c3f-4a8e-b1d5-90f2c7e3a618@google.com>",
                        host="mail-sor-f73.google.com", ip="209.85.220.73", qid="4MJq3v5bX9zWn0",
                        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                               ("Reply-To", addr("Thomas Rivière", "thomas.riviere@semaphyt.fr")))), body)


@mail(N(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-26T15:00:00Z", end=None, contact="bastien@grainstorm.io", company="Grainstorm",
      local="Thu 2026-11-26 16:00", zone=PARIS,
      note="Phone-written reply (tu): 'ok pour l'entretien demain 16h' resolved against the Date (Wed 25 Nov "
           "2026, 08:40) -> Thu 26 Nov 16:00 CET = 15:00Z; the quoted message offers 'jeudi 26 à 16h ou "
           "vendredi matin', the reply picks Thursday; no length -> end null; contact = human sender")
def p09_phone_grainstorm() -> bytes:
    plain = t("""
        Top, ok pour l'entretien demain 16h au Solilab (hall B, on est tout au fond à gauche). Maëlle
        sera là aussi, c'est elle qui gère le produit.
        Pas besoin de préparer de slides hein, on discute !

        Bastien

        Envoyé de mon iPhone

        > Le 24 nov. 2026 à 22:41, Manon Girard <manon.girard@example.org> a écrit :
        >
        > Salut Bastien,
        >
        > Merci pour ton message et pour le contact via Élise ! Avec plaisir pour en parler de vive voix.
        > Je peux jeudi 26 à 16h ou vendredi matin, comme tu préfères. Je serai à Nantes toute la journée
        > jeudi de toute façon.
        >
        > Bonne soirée,
        > Manon
        """)
    body = text(plain, cte="8bit", params="format=flowed; delsp=yes")
    return message(head(addr("Bastien Le Goff", "bastien@grainstorm.io"), "Re: Poste data chez Grainstorm",
                        "2026-11-25 08:40", PARIS, "<5E1B7C2A-3F94-4D8B-A0C6-19E2F7D4B831@grainstorm.io>",
                        host="mail-wr1-f52.google.com", ip="209.85.221.52", qid="4MGw8r2nL0zJp5",
                        extra=(("In-Reply-To", "<c3a9f1e2-7b4d-4e05-9a8c-2f6d1b0e7c54@example.org>"),
                               ("References", "<c3a9f1e2-7b4d-4e05-9a8c-2f6d1b0e7c54@example.org>"),
                               ("X-Mailer", "iPhone Mail (22B91)"))), body)


@mail(N(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-12-07T08:30:00Z", end="2026-12-07T09:30:00Z", contact="nadia.cherif@agrosphere-conseil.fr",
      company="Agrosphère Conseil", local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:30", zone=PARIS,
      note="SmartRecruiters in French: 'lundi 7 décembre 2026, de 9h30 à 10h30 (heure de Paris)' -> CET, "
           "08:30Z-09:30Z; no Reply-To; contact = recruiter address in the signature")
def p10_smartrecruiters_agrosphere() -> bytes:
    plain = t("""
        Bonjour Manon,

        Merci pour votre disponibilité. Votre entretien pour le poste de Data Scientist - Modèles de
        rendement (CDI, Paris) est confirmé :

        Quand : lundi 7 décembre 2026, de 9h30 à 10h30 (heure de Paris)
        Où : Agrosphère Conseil, 52 rue de la Roquette, 75011 Paris (interphone « Agrosphère », 2e étage)
        Avec : Nadia Cherif (Talent Acquisition) et Baptiste Morel (Directeur technique)

        Si vous avez un empêchement, merci de prévenir Nadia au plus tôt :
        nadia.cherif@agrosphere-conseil.fr - 01 44 00 00 00

        Belle journée,

        Nadia Cherif
        Talent Acquisition Manager | Agrosphère Conseil

        --
        Cet e-mail vous a été envoyé via SmartRecruiters pour le compte d'Agrosphère Conseil.
        Politique de confidentialité : https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    body_html = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Bonjour Manon,</p>
        <p>Merci pour votre disponibilité. Votre entretien pour le poste de <b>Data Scientist - Modèles de
        rendement</b> (CDI, Paris) est confirmé :</p>
        <ul>
        <li><b>Quand :</b> lundi 7 décembre 2026, de 9h30 à 10h30 (heure de Paris)</li>
        <li><b>Où :</b> Agrosphère Conseil, 52 rue de la Roquette, 75011 Paris (interphone « Agrosphère », 2e étage)</li>
        <li><b>Avec :</b> Nadia Cherif (Talent Acquisition) et Baptiste Morel (Directeur technique)</li>
        </ul>
        <p>Si vous avez un empêchement, merci de prévenir Nadia au plus tôt :
        <a href="mailto:nadia.cherif@agrosphere-conseil.fr">nadia.cherif@agrosphere-conseil.fr</a> - 01 44 00 00 00</p>
        <p>Belle journée,</p>
        <p>Nadia Cherif<br>Talent Acquisition Manager | Agrosphère Conseil</p>
        <hr><p style="font-size:11px;color:#888">Cet e-mail vous a été envoyé via SmartRecruiters pour le compte d'Agrosphère Conseil.</p>
        </body></html>
        """)
    body = alt(text(plain), html(body_html))
    return message(head(addr("Agrosphère Conseil", "noreply@smartrecruiters.com"),
                        "Confirmation d'entretien : Data Scientist - Modèles de rendement",
                        "2026-12-01 10:00", PARIS, "<0102019d8a1f4c2b-6e9a3c71-2d4f-4b8e-9e15-c07a5b3d2f81@eu-west-1.amazonses.com>",
                        host="a8-41.smtp-out.eu-west-1.amazonses.com", ip="54.240.8.41", qid="4MMb0x7tQ2zHd1",
                        extra=(("X-SR-Message-Type", "INTERVIEW_CONFIRMATION"),)), body)


@mail(N(11), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T08:00:00Z", end="2026-09-30T09:00:00Z", contact="tobias.reimann@feldwerk.de",
      company="Feldwerk GmbH", local="Wed 2026-09-30 10:00", local_end="2026-09-30 11:00", zone="Europe/Berlin",
      note="Personio (English) from a Berlin company hiring remotely: 'Wednesday, 30 September 2026, "
           "10:00 - 11:00 (Europe/Berlin)' -> CEST, 08:00Z-09:00Z; ICS TZID Europe/Berlin agrees; ORGANIZER is "
           "the no-reply mailbox, contact = the hiring manager's address in the body")
def p11_personio_feldwerk() -> bytes:
    plain = t("""
        Dear Manon,

        thank you for your interest in Feldwerk. We are pleased to confirm your interview:

        Position: Data Scientist (Remote, EU) - Soil & Crop Analytics
        Date: Wednesday, 30 September 2026
        Time: 10:00 - 11:00 (Europe/Berlin)
        Location: Google Meet - https://meet.google.com/fkw-qpzr-ate
        Interviewers: Tobias Reimann (Team Lead Data), Svenja Ortlieb (People)

        If you have questions beforehand, please contact Tobias directly at tobias.reimann@feldwerk.de.

        Kind regards
        Your Feldwerk Recruiting Team

        Feldwerk GmbH · Schlesische Str. 28 · 10997 Berlin
        This email was sent via Personio. Please do not reply to this address.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//EN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:personio-event-7731902-feldwerk
DTSTAMP:20260925T121000Z
DTSTART;TZID=Europe/Berlin:20260930T100000
DTEND;TZID=Europe/Berlin:20260930T110000
SUMMARY:Interview Feldwerk GmbH - Data Scientist (Remote\\, EU)
LOCATION:https://meet.google.com/fkw-qpzr-ate
ORGANIZER;CN=Feldwerk GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Manon Girard;RSVP=TRUE:mailto:manon.girard@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(text(plain, cte="base64"),
                 calendar(ics, filename="interview.ics", disposition="attachment", cte="base64"))
    return message(head("Feldwerk GmbH <noreply@personio.de>", "Interview invitation: Data Scientist (Remote, EU)",
                        "2026-09-25 14:10", "Europe/Berlin", "<20260925121000.7731902.feldwerk@mail.personio.de>",
                        host="mail.personio.de", ip="185.13.104.9", qid="4LtF2b6yM9zKs4"), body)


@mail(N(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-12-09T10:30:00Z", end="2026-12-09T11:00:00Z", contact=None,
      company="Fruitiers du Layon", local="Wed 2026-12-09 11:30", local_end="2026-12-09 12:00", zone=PARIS,
      note="Microsoft Bookings: '09/12/2026 11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' (day/month), "
           "'Durée : 30 minutes' -> 10:30Z-11:00Z; ICS 'Romance Standard Time' agrees; sender and ORGANIZER are "
           "the shared Bookings mailbox and the staff member has no address -> contact null")
def p12_bookings_layon() -> bytes:
    plain = t("""
        Bonjour Manon Girard,

        Votre rendez-vous est confirmé.

        Entretien RH - Data Analyst / Data Scientist
        09/12/2026 11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Durée : 30 minutes
        Personnel : Claire Moreau
        Lieu : Fruitiers du Layon, 12 route de Rochefort, 49190 Saint-Aubin-de-Luigné

        Ajoutez-le à votre calendrier avec la pièce jointe.

        Vous souhaitez modifier ou annuler ? Gérer la réservation :
        https://outlook.office365.com/owa/calendar/RecrutementFDL@fruitiersdulayon.fr/bookings/

        Fruitiers du Layon - Recrutement
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <p>Bonjour Manon Girard,</p>
        <p style="font-size:20px">Votre rendez-vous est confirmé.</p>
        <p><b>Entretien RH - Data Analyst / Data Scientist</b><br>
        09/12/2026 11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris<br>
        Durée : 30 minutes<br>
        Personnel : Claire Moreau<br>
        Lieu : Fruitiers du Layon, 12 route de Rochefort, 49190 Saint-Aubin-de-Luigné</p>
        <p>Ajoutez-le à votre calendrier avec la pièce jointe.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementFDL@fruitiersdulayon.fr/bookings/">Gérer la réservation</a></p>
        <p>Fruitiers du Layon - Recrutement</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Fruitiers du Layon - Recrutement:mailto:RecrutementFDL@fruitiersdulayon.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Girard:mailto:manon.girard@example.org
SUMMARY;LANGUAGE=fr-FR:Entretien RH - Data Analyst / Data Scientist
DTSTART;TZID=Romance Standard Time:20261209T113000
DTEND;TZID=Romance Standard Time:20261209T120000
UID:040000008200E00074C5B7101A82E00800000000A1F3C8E2B77ADB01000000000000000010000000C6D2A9E4F1B3
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Fruitiers du Layon\\, 12 route de Rochefort\\, 49190 Saint-Aubin-de-Luigné
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(addr("Fruitiers du Layon - Recrutement", "RecrutementFDL@fruitiersdulayon.fr"),
                        "Rendez-vous confirmé : Entretien RH - Data Analyst / Data Scientist",
                        "2026-12-03 09:15", PARIS,
                        "<PAXPR07MB8871A3C2E1F0D9B8A7C6E5F4D3C2PAXPR07MB8871.eurprd07.prod.outlook.com>",
                        host="EUR02-DB5-obe.outbound.protection.outlook.com", ip="40.107.24.58", qid="4MNp4z1vR6zGc8",
                        extra=(("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"),
                               ("X-MS-Exchange-Organization-AuthAs", "Anonymous"))), body)


@mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z", contact="dana.whitlock@brightfurrow.com",
      company="Brightfurrow Analytics", local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00",
      zone="America/New_York",
      note="iCIMS from Boston in the week between the EU (25 Oct) and US (1 Nov) clock changes: 'Thursday, "
           "October 29, 2026, 10:00 AM - 11:00 AM Eastern Time' is still EDT (UTC-4) -> 14:00Z-15:00Z, i.e. "
           "3:00 PM in Paris as the mail says; contact = recruiter address in the body")
def p13_icims_brightfurrow() -> bytes:
    plain = t("""
        Dear Manon,

        Thank you for your continued interest in Brightfurrow Analytics. We are pleased to confirm the
        following interview:

        Position: Data Scientist - Controlled Environment Agriculture (Req 2026-1147)
        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time
        Format: Microsoft Teams (link to follow from your interviewer)
        Interviewer: Raj Menon, Director of Data Science

        A note on time zones: Europe changes its clocks one week before the U.S. this year, so during
        that week 10:00 AM Eastern is 3:00 PM in Paris (not 4:00 PM).

        Should you need to make any changes, please contact your recruiter, Dana Whitlock, at
        dana.whitlock@brightfurrow.com.

        Sincerely,
        Brightfurrow Analytics Talent Acquisition

        This message was sent from an unmonitored mailbox.
        """)
    body_html = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Manon,</p>
        <p>Thank you for your continued interest in Brightfurrow Analytics. We are pleased to confirm the following interview:</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Position:</b></td><td>Data Scientist - Controlled Environment Agriculture (Req 2026-1147)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM Eastern Time</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link to follow from your interviewer)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Raj Menon, Director of Data Science</td></tr>
        </table>
        <p><i>A note on time zones:</i> Europe changes its clocks one week before the U.S. this year, so during
        that week 10:00 AM Eastern is 3:00 PM in Paris (not 4:00 PM).</p>
        <p>Should you need to make any changes, please contact your recruiter, Dana Whitlock, at
        <a href="mailto:dana.whitlock@brightfurrow.com">dana.whitlock@brightfurrow.com</a>.</p>
        <p>Sincerely,<br>Brightfurrow Analytics Talent Acquisition</p>
        <p style="font-size:8pt;color:gray">This message was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    body = alt(text(plain, cte="7bit"), html(body_html, cte="7bit"))
    return message(head("Brightfurrow Analytics <brightfurrow-notifications@talent.icims.com>",
                        "Interview Confirmation - Data Scientist - Controlled Environment Agriculture",
                        "2026-10-26 09:05", "America/New_York", "<1803311652.412093.1793019900118@talent.icims.com>",
                        host="mta2.talent.icims.com", ip="64.128.72.18", qid="4M0cH8s3kN7zQb"), body)


@mail(N(14), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-06T07:30:00Z", end="2026-10-06T08:30:00Z", contact="lucie.fontaine@verdiane.fr",
      company="Verdiane", local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:30", zone=PARIS,
      note="Recruitee reschedule: old slot 'lundi 5 octobre à 14h00' struck, new 'mardi 6 octobre 2026, "
           "9h30 - 10h30' (CEST) -> 07:30Z-08:30Z; ICS SEQUENCE:1 agrees; contact = human Reply-To")
def p14_recruitee_verdiane() -> bytes:
    plain = t("""
        Bonjour Manon,

        Votre entretien pour le poste « Data Scientist - Vision & phénotypage » a été déplacé.

        Ancien créneau : lundi 5 octobre 2026, 14h00 - 15h00
        Nouveau créneau : mardi 6 octobre 2026, 9h30 - 10h30 (heure de Paris)

        Lieu : Verdiane, 2 allée Ferdinand-de-Lesseps, 37200 Tours (bâtiment B)
        Avec : Lucie Fontaine et Hugo Besnard

        Désolée pour ce changement, un de nos interviewers est en déplacement lundi. L'invitation
        ci-jointe remplace la précédente.

        À mardi,
        Lucie Fontaine
        Responsable recrutement - Verdiane
        """)
    body_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Bonjour Manon,</p>
        <p>Votre entretien pour le poste « Data Scientist - Vision &amp; phénotypage » a été déplacé.</p>
        <p><span style="text-decoration:line-through;color:#9ca3af">lundi 5 octobre 2026, 14h00 - 15h00</span><br>
        <b>mardi 6 octobre 2026, 9h30 - 10h30 (heure de Paris)</b></p>
        <p>Lieu : Verdiane, 2 allée Ferdinand-de-Lesseps, 37200 Tours (bâtiment B)<br>Avec : Lucie Fontaine et Hugo Besnard</p>
        <p>Désolée pour ce changement, un de nos interviewers est en déplacement lundi. L'invitation ci-jointe remplace la précédente.</p>
        <p>À mardi,<br>Lucie Fontaine<br>Responsable recrutement - Verdiane</p>
        <p style="font-size:11px;color:#9ca3af">Propulsé par Recruitee</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//FR
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
UID:rct-interview-2219874@recruitee.com
SEQUENCE:1
DTSTAMP:20261001T144400Z
DTSTART;TZID=Europe/Paris:20261006T093000
DTEND;TZID=Europe/Paris:20261006T103000
SUMMARY:Entretien - Manon Girard - Data Scientist (Verdiane)
LOCATION:Verdiane\\, 2 allée Ferdinand-de-Lesseps\\, 37200 Tours
ORGANIZER;CN=Lucie Fontaine:mailto:lucie.fontaine@verdiane.fr
ATTENDEE;CN=Manon Girard;RSVP=TRUE:mailto:manon.girard@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="quoted-printable", filename="entretien.ics", disposition="attachment"))
    return message(head("Verdiane <no-reply@mail.recruitee.com>",
                        "Modification de votre entretien - Data Scientist - Vision & phénotypage",
                        "2026-10-01 16:44", PARIS, "<rct.2219874.1790863440@mail.recruitee.com>",
                        host="mta-148.mail.recruitee.com", ip="198.2.180.148", qid="4LvA6j0pD4zMw7",
                        extra=(("Reply-To", addr("Lucie Fontaine", "lucie.fontaine@verdiane.fr")),)), body)


@mail(N(15), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-10T11:00:00Z", end="2026-11-10T11:45:00Z", contact="aoife.brennan@kelpline.ie",
      company="Kelpline", local="Tue 2026-11-10 11:00", local_end="2026-11-10 11:45", zone="Europe/Dublin",
      note="Hiring manager in Dublin moves Thursday's call to 'next Tuesday (10 Nov), same time, 11:00 Irish "
           "time, for 45 minutes', Date Wed 4 Nov 2026; Dublin in winter = UTC+0 -> 11:00Z-11:45Z (noon in "
           "Angers); contact = human sender")
def p15_prose_kelpline() -> bytes:
    plain = t("""
        Hi Manon,

        Apologies for the shuffle - our CTO has been pulled into a board meeting on Thursday, and I'd
        really like him to meet you. So I've moved our chat to next Tuesday (10 Nov), same time,
        11:00 Irish time (so noon for you), for 45 minutes. Same Meet link as before, and the calendar
        invite should have updated on your side.

        Agenda stays the same: 10 min on your greenhouse forecasting work, then the take-home
        walkthrough with Colm and me.

        Thanks for being flexible!
        Aoife

        --
        Aoife Brennan
        Head of Data Science, Kelpline
        Grand Canal Dock, Dublin 2

        On Mon, 2 Nov 2026 at 09:12, Manon Girard <manon.girard@example.org> wrote:
        > Hi Aoife,
        > Thursday 5 November at 11:00 your time works perfectly, see you then.
        > Manon
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    return message(head(addr("Aoife Brennan", "aoife.brennan@kelpline.ie"), "Re: Kelpline - next step",
                        "2026-11-04 12:18", "Europe/Dublin",
                        "<CAH7kLp2Zq9xN0wT3mV6rB1yF4sJ8dGc5uE2aK@mail.gmail.com>",
                        host="mail-ej1-f44.google.com", ip="209.85.218.44", qid="4M3rN9g5hB8zXe",
                        extra=(("In-Reply-To", "<CAPq1x8Rk0MnB2v7@mail.example.org>"),
                               ("References", "<CAPq1x8Rk0MnB2v7@mail.example.org>"))), body)


@mail(N(16), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-12-10T15:00:00Z", end="2026-12-10T16:00:00Z", contact="karim.haddou@aubepine-robotics.com",
      company="Aubépine Robotics", local="Thu 2026-12-10 16:00", local_end="2026-12-10 17:00", zone=PARIS,
      note="Google Calendar 'Updated invitation' (English UI): was Wed Dec 9, now 'Thu Dec 10, 2026 4pm - 5pm "
           "(CET)' -> 15:00Z-16:00Z; ICS SEQUENCE:1 agrees; contact = ORGANIZER / Reply-To")
def p16_gcal_aubepine() -> bytes:
    plain = t("""
        This event has been updated
        Changed: time

        Final interview - Manon Girard / Aubépine Robotics
        Thursday Dec 10, 2026 ⋅ 4pm – 5pm (Central European Standard Time - Paris)
        Previously: Wednesday Dec 9, 2026 ⋅ 4pm – 5pm

        Aubépine Robotics, 9 rue des Vignoles, 75020 Paris

        Organizer
        Karim Haddou - karim.haddou@aubepine-robotics.com

        Guests
        Karim Haddou - organizer
        Marion Lefeuvre
        manon.girard@example.org

        Moving to Thursday so Marion can join in person. Same place. - Karim

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2hmZ2wxcDl0bWJl

        Reply for manon.girard@example.org
        Yes / No / Maybe  https://calendar.google.com/calendar/event?action=RESPOND

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    body_html = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">This event has been updated<br>Changed: time</p>
        <h2 style="font-weight:400">Final interview - Manon Girard / Aubépine Robotics</h2>
        <p><b>Thursday Dec 10, 2026 ⋅ 4pm – 5pm</b> (Central European Standard Time - Paris)<br>
        <span style="text-decoration:line-through">Wednesday Dec 9, 2026 ⋅ 4pm – 5pm</span></p>
        <p>Aubépine Robotics, 9 rue des Vignoles, 75020 Paris</p>
        <p>Organizer<br>Karim Haddou - karim.haddou@aubepine-robotics.com</p>
        <p>Moving to Thursday so Marion can join in person. Same place. - Karim</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261210T150000Z
DTEND:20261210T160000Z
DTSTAMP:20261207T170200Z
ORGANIZER;CN=Karim Haddou:mailto:karim.haddou@aubepine-robotics.com
UID:3hfgl1p9tmbe6c2v0q8n4k7r1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.girard@example.org;X-NUM-GUESTS=0:mailto:manon.girard@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marion Lefeuvre;X-NUM-GUESTS=0:mailto:marion.lefeuvre@aubepine-robotics.com
DESCRIPTION:Moving to Thursday so Marion can join in person. Same place. - Karim
LAST-MODIFIED:20261207T170158Z
LOCATION:Aubépine Robotics\\, 9 rue des Vignoles\\, 75020 Paris
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Final interview - Manon Girard / Aubépine Robotics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html), calendar(ics, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(head("Google Calendar <calendar-notification@google.com>",
                        "Updated invitation: Final interview - Manon Girard / Aubépine Robotics @ Thu Dec 10, 2026 "
                        "4pm - 5pm (CET) (manon.girard@example.org)",
                        "2026-12-07 18:02", PARIS, "<calendar-8e1c5a3f-02d7-4b96-a4e8-6f3b9d1c7e20@google.com>",
                        host="mail-sor-f70.google.com", ip="209.85.220.70", qid="4MQz2d7wF1zLt3",
                        extra=(("Reply-To", addr("Karim Haddou", "karim.haddou@aubepine-robotics.com")),)), body)


@mail(N(17), family="workable", lang="fr-BE", interview=True, kind="rescheduled",
      start="2026-11-13T13:00:00Z", end="2026-11-13T14:30:00Z", contact="sarah.dewitte@serrabel.be",
      company="Serrabel", local="Fri 2026-11-13 14:00", local_end="2026-11-13 15:30", zone="Europe/Brussels",
      note="Workable reschedule in Belgian French: from 'jeudi 12 novembre à 10 h' to 'vendredi 13 novembre à "
           "14 h', 'durée : nonante minutes' (exact) -> 13:00Z-14:30Z (CET); Reply-To is a Workable relay, "
           "contact = the recruiter's address written in the body")
def p17_workable_serrabel() -> bytes:
    plain = t("""
        Bonjour Manon,

        Suite à un imprévu de notre côté, votre entretien pour le poste de Data Scientist -
        Pilotage climatique (Bruxelles / hybride) est déplacé :

        initialement : jeudi 12 novembre à 10 h
        nouvelle date : vendredi 13 novembre à 14 h (heure de Bruxelles)
        durée : nonante minutes (présentation de votre cas pratique + échange avec l'équipe)
        lieu : Serrabel, avenue Louise 327, 1050 Ixelles - sonnez à « Serrabel R&D »

        Nous vous remercions pour votre souplesse. Pour toute question, vous pouvez me joindre
        directement à sarah.dewitte@serrabel.be ou au 02 600 00 00.

        À vendredi !
        Sarah Dewitte
        Talent & Culture - Serrabel

        ---
        Répondez à cet e-mail pour contacter l'équipe de recrutement de Serrabel.
        Envoyé avec Workable
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#212121">
        <p>Bonjour Manon,</p>
        <p>Suite à un imprévu de notre côté, votre entretien pour le poste de <b>Data Scientist - Pilotage
        climatique</b> (Bruxelles / hybride) est déplacé :</p>
        <p>initialement : <s>jeudi 12 novembre à 10 h</s><br>
        nouvelle date : <b>vendredi 13 novembre à 14 h (heure de Bruxelles)</b><br>
        durée : nonante minutes (présentation de votre cas pratique + échange avec l'équipe)<br>
        lieu : Serrabel, avenue Louise 327, 1050 Ixelles - sonnez à « Serrabel R&amp;D »</p>
        <p>Nous vous remercions pour votre souplesse. Pour toute question, vous pouvez me joindre
        directement à <a href="mailto:sarah.dewitte@serrabel.be">sarah.dewitte@serrabel.be</a> ou au 02 600 00 00.</p>
        <p>À vendredi !<br>Sarah Dewitte<br>Talent &amp; Culture - Serrabel</p>
        <p style="font-size:11px;color:#999">Répondez à cet e-mail pour contacter l'équipe de recrutement de Serrabel.<br>Envoyé avec Workable</p>
        </body></html>
        """)
    body = alt(text(plain, cte="8bit"), html(body_html, cte="8bit"))
    return message(head("Serrabel <noreply@candidates.workablemail.com>",
                        "Votre entretien avec Serrabel a été déplacé",
                        "2026-11-09 10:30", "Europe/Brussels", "<wk.5b3e9f1a2c7d.4410@candidates.workablemail.com>",
                        host="mail-a21.workablemail.com", ip="50.31.36.21", qid="4M6tK0e2vH5zPa",
                        extra=(("Reply-To", "serrabel+c8f41e2b9d@candidates.workablemail.com"),)), body)


@mail(N(18), family="ashby", lang="en", interview=True, kind="cancelled",
      start="2026-12-04T09:00:00Z", end="2026-12-04T09:45:00Z", contact="joris.bakker@rootstock.nl",
      company="Rootstock", local="Fri 2026-12-04 10:00", local_end="2026-12-04 10:45", zone="Europe/Amsterdam",
      note="Ashby cancellation, METHOD:CANCEL ICS in UTC: the cancelled slot 'Friday, December 4, 10:00 - 10:45 "
           "AM CET' -> 09:00Z-09:45Z; no new time ('we'll follow up'); contact = human Reply-To")
def p18_ashby_rootstock() -> bytes:
    plain = t("""
        Hi Manon,

        Unfortunately we need to cancel your upcoming interview:

        Technical Interview - Senior Data Scientist
        Friday, December 4, 2026, 10:00 - 10:45 AM CET

        Our hiring manager is out sick this week. Joris will follow up with new availability as soon
        as possible - apologies for the inconvenience.

        Questions? Just reply and it will reach Joris Bakker.

        Thanks,
        Rootstock Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Manon,</p>
        <p>Unfortunately we need to cancel your upcoming interview:</p>
        <p style="text-decoration:line-through">Technical Interview - Senior Data Scientist<br>Friday, December 4, 2026, 10:00 - 10:45 AM CET</p>
        <p>Our hiring manager is out sick this week. Joris will follow up with new availability as soon as possible - apologies for the inconvenience.</p>
        <p>Questions? Just reply and it will reach Joris Bakker.</p>
        <p>Thanks,<br>Rootstock Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:9d2e7c41-3b8a-4f6e-a1c5-7e0b2d9f4a63
DTSTAMP:20261201T152000Z
DTSTART:20261204T090000Z
DTEND:20261204T094500Z
SEQUENCE:1
SUMMARY:Rootstock - Technical Interview - Senior Data Scientist
ORGANIZER;CN=Joris Bakker:mailto:joris.bakker@rootstock.nl
ATTENDEE;CN=Manon Girard;ROLE=REQ-PARTICIPANT:mailto:manon.girard@example.org
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain, cte="base64"), html(body_html, cte="base64")),
                 calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"))
    return message(head("Rootstock <no-reply@ashbyhq.com>", "Interview cancelled: Technical Interview at Rootstock",
                        "2026-12-01 16:20", "Europe/Amsterdam",
                        "<0100019d7b3c5e2a-c41f8e07-6a2d-4b93-8f1e-5d0c9a7b3e26-000000@email.amazonses.com>",
                        host="a48-27.smtp-out.amazonses.com", ip="54.240.48.27", qid="4MMj6q8cT3zRf5",
                        extra=(("Reply-To", addr("Joris Bakker", "joris.bakker@rootstock.nl")),)), body)


@mail(N(19), family="exchange", lang="fr", interview=True, kind="cancelled",
      start="2026-10-22T13:00:00Z", end="2026-10-22T14:00:00Z", contact="nathalie.brunet@agrinov.fr",
      company="Agrinov", local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=PARIS,
      note="Outlook cancellation 'Annulé :' with METHOD:CANCEL, TZID 'W. Europe Standard Time' (mapped to Berlin, "
           "same offsets as Paris): jeudi 22 octobre 15:00-16:00 is still CEST (the clocks change on the 25th) -> "
           "13:00Z-14:00Z, although Outlook's body label shows the standard offset '(UTC+01:00)'; post filled "
           "internally, no new time; contact = ORGANIZER / sender")
def p19_exchange_cancel_agrinov() -> bytes:
    plain = t("""
        Quand : jeudi 22 octobre 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Agrinov - 6 rue Édouard-Vaillant, Tours (salle Chenonceau)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Manon,

        Je suis vraiment désolée de devoir annuler notre entretien de jeudi : le poste vient d'être
        pourvu en interne, la décision a été prise ce matin en comité. Je garde votre candidature
        pour nos prochains recrutements data, votre profil nous avait beaucoup plu.

        Bien à vous,
        Nathalie Brunet
        Responsable RH - Agrinov
        """)
    ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Nathalie Brunet:mailto:nathalie.brunet@agrinov.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Girard:mailto:manon.girard@example.org
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Manon\\, je suis vraiment désolée de devoir annuler notre entretien de jeudi.\\n
UID:040000008200E00074C5B7101A82E008000000003E8B1F9A4C5DDB01000000000000000010000000F2A7C19B
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Data Scientist - Manon Girard
DTSTART;TZID=W. Europe Standard Time:20261022T150000
DTEND;TZID=W. Europe Standard Time:20261022T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261019T094000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Agrinov - salle Chenonceau
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    body = alt(text(plain), calendar(ics, method="CANCEL", cte="base64"))
    return message(head(addr("Nathalie Brunet", "nathalie.brunet@agrinov.fr"),
                        "Annulé : Entretien Data Scientist - Manon Girard", "2026-10-19 11:40", PARIS,
                        "<PR3P191MB1046E2B5D7C8A9F0B1C2D3E4F5A6PR3P191MB1046.EURP191.PROD.OUTLOOK.COM>",
                        host="EUR03-VI1-obe.outbound.protection.outlook.com", ip="40.107.103.62", qid="4LzB5m1xS8zWd2",
                        extra=(("Thread-Topic", "Entretien Data Scientist - Manon Girard"),
                               ("Content-class", "urn:content-classes:calendarmessage"),
                               ("Importance", "high"), ("Content-Language", "fr-FR"))), body)


@mail(N(20), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-11-19T10:00:00Z", end=None, contact="mathilde.roux@cenomane-analytics.fr",
      company="Cénomane Analytics", local="Thu 2026-11-19 11:00", zone=PARIS,
      days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24")),
      note="Prose cancellation (iso-8859-15 QP): 'annuler notre entretien de jeudi 19 novembre à 11h' -> the "
           "cancelled slot 10:00Z (CET); two new slots are only proposed ('lundi 23 à 11h ou mardi 24 à 15h, "
           "dites-moi'), nothing is fixed, so cancelled rather than rescheduled; contact = human sender")
def p20_prose_cancel_cenomane() -> bytes:
    plain = t("""
        Bonjour Manon,

        Je suis au regret de devoir annuler notre entretien de jeudi 19 novembre à 11h : notre
        directeur technique, que vous deviez rencontrer, sera finalement retenu à Rennes toute la
        journée.

        Je ne veux pas vous faire venir au Mans pour rien. Je vous propose à la place lundi 23 à 11h
        ou mardi 24 à 15h - dites-moi ce qui vous arrange, et je vous renvoie une invitation.

        Encore désolée pour ce contretemps,

        Mathilde Roux
        Chargée de recrutement
        Cénomane Analytics - 16 rue de la Reine-Bérengère, 72000 Le Mans
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><div style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Manon,</p>
        <p>Je suis au regret de devoir annuler notre entretien de jeudi 19 novembre à 11h : notre
        directeur technique, que vous deviez rencontrer, sera finalement retenu à Rennes toute la journée.</p>
        <p>Je ne veux pas vous faire venir au Mans pour rien. Je vous propose à la place lundi 23 à 11h
        ou mardi 24 à 15h - dites-moi ce qui vous arrange, et je vous renvoie une invitation.</p>
        <p>Encore désolée pour ce contretemps,</p>
        <p>Mathilde Roux<br>Chargée de recrutement<br>Cénomane Analytics - 16 rue de la Reine-Bérengère, 72000 Le Mans</p>
        </div></body></html>
        """)
    body = alt(text(plain, charset="iso-8859-15"), html(body_html, charset="iso-8859-15"))
    return message(head(addr("Mathilde Roux", "mathilde.roux@cenomane-analytics.fr", charset="iso-8859-15"),
                        "Annulation de notre entretien de jeudi", "2026-11-16 19:05", PARIS,
                        "<1a7e3c90-4b2d-8f61-e5c0-9d3b7a2f1e48@cenomane-analytics.fr>",
                        host="smtp-out.ovh.net", ip="178.32.228.4", qid="4M9pX2c6nJ0zVk", charset="iso-8859-15",
                        extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr"))), body)


@mail(N(21), family="softgarden", lang="en", interview=True, kind="scheduled",
      start="2026-12-14T12:00:00Z", end="2026-12-14T13:00:00Z", contact="jana.petersen@nordkamp-agrar.de",
      company="Nordkamp Agrar GmbH", local="Mon 2026-12-14 13:00", local_end="2026-12-14 14:00", zone="Europe/Berlin",
      note="Forward to self (from the candidate's example.net address, French note) of a softgarden confirmation "
           "attached as message/rfc822: 'Monday, 14 December 2026, 13:00 CET', 'Duration: 60 minutes' -> "
           "12:00Z-13:00Z; the candidate is never the contact, so contact = the recruiter's address in the "
           "forwarded body")
def p21_forward_softgarden() -> bytes:
    inner_plain = t("""
        Dear Ms Girard,

        thank you for accepting our invitation. Your interview appointment is confirmed:

        Job: Data Scientist (m/f/d) - Precision Farming
        Date: Monday, 14 December 2026
        Time: 13:00 CET (Hamburg time)
        Duration: 60 minutes
        Type: video interview (Microsoft Teams) - the link will be sent by your contact person

        Your contact person: Jana Petersen, HR Business Partner
        E-mail: jana.petersen@nordkamp-agrar.de | Phone: +49 40 0000 0000

        Kind regards
        Nordkamp Agrar GmbH

        This message was generated automatically by softgarden. Please do not reply to this e-mail.
        """)
    inner = message([
        ("From", "Nordkamp Agrar GmbH <noreply@softgarden.io>"),
        ("To", addr("Manon Girard", "manon.girard@example.net")),
        ("Subject", "Interview appointment confirmed - Data Scientist (m/f/d) - Precision Farming"),
        ("Date", date("2026-12-08 09:02", "Europe/Berlin")),
        ("Message-ID", "<sg.42f7e9a1.1797321720@mail.softgarden.io>"),
    ], text(inner_plain))
    outer_plain = t("""
        Je me le renvoie sur la boîte principale pour ne pas le perdre.
        -> penser à demander le lien Teams à Jana si rien reçu vendredi.
        """)
    body = mixed(text(outer_plain, cte="8bit"), attached_message(inner, "Interview appointment confirmed.eml"))
    return message(head(addr("Manon Girard", "manon.girard@example.net"),
                        "Fwd: Interview appointment confirmed - Data Scientist (m/f/d) - Precision Farming",
                        "2026-12-08 20:14", PARIS, "<f3b1c7e2-9a4d-4e6f-b8c0-2d5e7a9f1b36@example.net>",
                        host="smtp.example.net", ip="192.0.2.25", qid="4MSd8h3yL5zBq1",
                        extra=(("User-Agent", "Mozilla Thunderbird"),)), body)


@mail(N(22), family="goodtime", lang="fr", interview=True, kind="scheduled",
      start="2026-11-24T08:30:00Z", end="2026-11-24T11:15:00Z", contact="elodie.marchand@sylvagraph.com",
      company="Sylvagraph", local="Tue 2026-11-24 09:30", local_end="2026-11-24 12:15", zone=PARIS,
      note="GoodTime itinerary in French, three sessions on mardi 24 novembre 9h30-10h15, 10h30-11h30, "
           "11h45-12h15 (Paris, CET): start = first session 08:30Z, end = last session end 11:15Z; the attached "
           "ICS is an all-day event (VALUE=DATE 2026-11-24), times only in the text; contact = the "
           "coordinator's human Reply-To")
def p22_goodtime_sylvagraph() -> bytes:
    plain = t("""
        Bonjour Manon,

        Voici le programme de votre journée d'entretiens chez Sylvagraph, le mardi 24 novembre 2026
        (heure de Paris) :

          9h30 - 10h15   Entretien data science avec Nicolas Petit (Data Lead)
         10h30 - 11h30   Étude de cas avec Aïcha Diallo et Pierre Vidal
         11h45 - 12h15   Échange avec Claire Dubreuil (VP Product)

        Adresse : Sylvagraph, 40 rue du Château-d'Eau, 75010 Paris. Présentez-vous à l'accueil
        à 9h20, on viendra vous chercher.

        Une question, un imprévu ? Répondez à ce message, il arrivera directement chez moi.

        Élodie Marchand
        Coordinatrice recrutement - Sylvagraph

        Planifié avec GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Manon,</p>
        <p>Voici le programme de votre journée d'entretiens chez <b>Sylvagraph</b>, le <b>mardi 24 novembre 2026</b> (heure de Paris) :</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e5e5e5">
        <tr><td>9h30 - 10h15</td><td>Entretien data science avec Nicolas Petit (Data Lead)</td></tr>
        <tr><td>10h30 - 11h30</td><td>Étude de cas avec Aïcha Diallo et Pierre Vidal</td></tr>
        <tr><td>11h45 - 12h15</td><td>Échange avec Claire Dubreuil (VP Product)</td></tr>
        </table>
        <p>Adresse : Sylvagraph, 40 rue du Château-d'Eau, 75010 Paris. Présentez-vous à l'accueil à 9h20, on viendra vous chercher.</p>
        <p>Une question, un imprévu ? Répondez à ce message, il arrivera directement chez moi.</p>
        <p>Élodie Marchand<br>Coordinatrice recrutement - Sylvagraph</p>
        <p style="font-size:11px;color:#aaa">Planifié avec GoodTime</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Candidate Itinerary//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gt-itin-7f2a91c3e5-day@goodtime.io
DTSTAMP:20261117T101100Z
DTSTART;VALUE=DATE:20261124
DTEND;VALUE=DATE:20261125
SUMMARY:Journée d'entretiens - Sylvagraph (voir le programme dans l'e-mail)
LOCATION:Sylvagraph\\, 40 rue du Château-d'Eau\\, 75010 Paris
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="PUBLISH", cte="base64", filename="sylvagraph-entretiens.ics",
                          disposition="attachment"))
    return message(head("Sylvagraph <no-reply@goodtime.io>",
                        "Votre programme d'entretiens - Sylvagraph - mardi 24 novembre",
                        "2026-11-17 11:11", PARIS, "<gt-itin-7f2a91c3e5@goodtime.io>",
                        host="o2.mail.goodtime.io", ip="168.245.68.12", qid="4MC3q7w0dN9zFh",
                        extra=(("Reply-To", addr("Élodie Marchand", "elodie.marchand@sylvagraph.com")),)), body)


@mail(N(23), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T19:00:00Z", end="2026-12-07T19:45:00Z", contact="hemi.walker@kowhaigrowers.co.nz",
      company="Kōwhai Growers", local="Tue 2026-12-08 08:00", local_end="2026-12-08 08:45", zone="Pacific/Auckland",
      note="Recruiter in Auckland with a pasted Zoom invitation: 'Tuesday 8 December at 8:00am NZ time' in NZDT "
           "(UTC+13) is Monday 7 December 19:00Z (8pm in Angers, as the mail says): the local day is the next UTC "
           "day; 'for 45 minutes' -> end 19:45Z; contact = human sender")
def p23_zoom_kowhai() -> bytes:
    plain = t("""
        Kia ora Manon,

        Great news - Ruth would love to meet you. I've booked you in for Tuesday 8 December at 8:00am
        NZ time, for 45 minutes. By my maths that's Monday 7 December, 8:00pm for you in Angers -
        thanks for taking an evening call!

        Details below. Ruth will walk you through our glasshouse sensor platform, so bring questions.

        Ngā mihi,
        Hemi Walker
        Talent Lead | Kōwhai Growers
        Pukekohe, Auckland

        ---

        Hemi Walker is inviting you to a scheduled Zoom meeting.

        Topic: Kōwhai Growers - Manon Girard / Ruth Tane
        Time: Dec 8, 2026 08:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://kowhaigrowers.zoom.us/j/86120493377?pwd=bU1xVnR3dHk5c0JqR0F

        Meeting ID: 861 2049 3377
        Passcode: 442188
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    return message(head(addr("Hemi Walker", "hemi.walker@kowhaigrowers.co.nz"),
                        "Interview with Ruth - Kōwhai Growers", "2026-12-02 10:05", "Pacific/Auckland",
                        "<CAJ3mW8qT5vZ1nB9xK2rL7pF0cH4dG6sY8eA3u@mail.gmail.com>",
                        host="mail-pj1-f48.google.com", ip="209.85.216.48", qid="4ML5r1t9kC2zNm"), body)


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="fr", interview=False, company="Floralys",
      days=(("Thu", "2026-10-01"),),
      note="Teamtailor rejection after the interview of 'jeudi 1er octobre' (the Floralys confirmation earlier "
           "in the inbox); names a past interview date, confirms nothing")
def n24_rejection_floralys() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d">
        <p>Bonjour Manon,</p>
        <p>Merci encore pour le temps que vous nous avez consacré lors de notre entretien du jeudi 1er octobre,
        et pour la qualité de nos échanges autour de la prévision des ventes.</p>
        <p>Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre profil, dont
        l'expérience en e-commerce correspond davantage à nos besoins immédiats.</p>
        <p>Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une opportunité
        plus proche de votre parcours en agronomie se présentait.</p>
        <p>Bien cordialement,<br>Inès Barbier<br>Talent Acquisition - Floralys</p>
        <p style="font-size:11px;color:#8a8a8a">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    return message(head("Floralys <no-reply@teamtailor-mail.com>",
                        "Votre candidature chez Floralys", "2026-10-08 10:20", PARIS,
                        "<tt.1c4e7a0b3d9f2e85@teamtailor-mail.com>",
                        host="o17.email.teamtailor-mail.com", ip="149.72.161.58", qid="4LyK3n7wR0zBv2",
                        extra=(("Reply-To", addr("Inès Barbier", "ines.barbier@floralys.fr")),)),
                   html(body_html, cte="base64"))


@mail(N(25), family="offer", lang="en", interview=False, company="Mossgrove",
      days=(("Fri", "2026-11-13"),),
      note="Job offer from Mossgrove after the interviews; has a decision deadline (Friday 13 November) and "
           "offers an optional call 'whenever suits', no interview")
def n25_offer_mossgrove() -> bytes:
    plain = t("""
        Hi Manon,

        I'm delighted to let you know that the team would like to offer you the role of Senior Data
        Scientist, Growing Systems! Everyone who met you came away impressed - especially with the
        irrigation forecasting case.

        You'll find the formal offer letter and the contractor agreement for France in DocuSign
        (separate email). Headline terms: EUR 68,000 annual, fully remote, start date flexible from
        early January.

        We'd be grateful for your decision by Friday 13 November. If it would help to talk anything
        through - salary, equipment, the visit to our Kent glasshouses - just tell me when suits and
        I'll make time.

        Congratulations again!

        Priya

        Priya Lakhani
        Talent Partner | Mossgrove
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    return message(head(addr("Priya Lakhani", "priya.lakhani@mossgrove.co.uk"), "Offer - Senior Data Scientist, Mossgrove",
                        "2026-11-02 17:05", "Europe/London", "<CAL9qR2xV7mT0kB4nW8zF1pJ6cS3hD5gY9uE@mail.gmail.com>",
                        host="mail-wm1-f41.google.com", ip="209.85.128.41", qid="4M2kV5b0rE7zHn"), body)


@mail(N(26), family="application_ack", lang="fr", interview=False, company="Groupe Bellanger Semences",
      note="Taleo application receipt (HTML only, iso-8859-1 quoted-printable); 'un entretien vous sera proposé' is "
           "conditional, no time")
def n26_taleo_bellanger() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Madame Girard,</p>
        <p>Nous accusons réception de votre candidature au poste de <b>Data Scientist - Amélioration des plantes
        (Réf. 2600871)</b> et vous remercions de l'intérêt que vous portez au Groupe Bellanger Semences.</p>
        <p>Votre dossier va être étudié avec attention par nos équipes. Si votre profil est retenu, un entretien
        vous sera proposé dans les prochaines semaines. Dans le cas contraire, nous vous en informerons par
        courrier électronique.</p>
        <p>Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat.</p>
        <p>Cordialement,</p>
        <p>La Direction des Ressources Humaines<br>Groupe Bellanger Semences</p>
        <p><font size="1" color="#808080">Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.</font></p>
        </font></body></html>
        """)
    return message(head("Groupe Bellanger Semences <noreply@taleo.net>",
                        "Accusé de réception de votre candidature - Réf. 2600871", "2026-09-14 08:55", PARIS,
                        "<1598237741.60214.1789368900512.JavaMail.taleo@tlea1.taleo.net>",
                        host="smtp-out3.taleo.net", ip="160.34.12.83", qid="4LpH1c8vA6zYk3", charset="iso-8859-1"),
                   html(body_html, charset="iso-8859-1"))


@mail(N(27), family="application_ack", lang="en", interview=False, company="Hofgrün GmbH",
      note="JOIN application receipt from a Munich employer; 'we will reach out to arrange an interview' is "
           "hypothetical")
def n27_join_hofgruen() -> bytes:
    plain = t("""
        Hi Manon,

        Thank you for applying for the position of Data Scientist - Vertical Farming (m/f/d) at Hofgrün
        GmbH. We have received your application and will review it carefully.

        If your profile matches what we are looking for, we will reach out to arrange an interview.
        This usually takes about two weeks.

        Best regards,
        The Hofgrün GmbH team

        --
        This email was sent via JOIN on behalf of Hofgrün GmbH.
        Manage your applications: https://join.com/candidate/applications
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Manon,</p>
        <p>Thank you for applying for the position of <b>Data Scientist - Vertical Farming (m/f/d)</b> at Hofgrün GmbH.
        We have received your application and will review it carefully.</p>
        <p>If your profile matches what we are looking for, we will reach out to arrange an interview. This usually takes about two weeks.</p>
        <p>Best regards,<br>The Hofgrün GmbH team</p>
        <p style="font-size:11px;color:#999">This email was sent via JOIN on behalf of Hofgrün GmbH.</p>
        </body></html>
        """)
    return message(head(addr("Hofgrün GmbH via JOIN", "noreply@join.com"),
                        "Your application at Hofgrün GmbH", "2026-09-22 11:30", "Europe/Berlin",
                        "<20260922093000.b7e2c4f1a9@join.com>",
                        host="mail-out.join.com", ip="52.58.77.140", qid="4LsE9t2kG4zDc6"),
                   alt(text(plain), html(body_html)))


@mail(N(28), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; badges 'Entretien sous 48 h' and 'Recrute maintenant' are not confirmations")
def n28_job_alert_hortijobs() -> bytes:
    plain = t("""
        HortiJobs - Votre alerte « data scientist » autour d'Angers (50 km)
        12 nouvelles offres cette semaine

        Data Scientist - Serres connectées - Agriloire (Angers) - CDI
        [Entretien sous 48 h] Candidature simplifiée
        https://www.hortijobs.fr/offre/88213

        Ingénieur·e données agronomiques - Coop Val d'Authion (Longué-Jumelles) - CDI
        [Recrute maintenant]
        https://www.hortijobs.fr/offre/88190

        Data Analyst supply chain végétal - Pépinières de la Sarthe (Le Mans) - CDD 12 mois
        https://www.hortijobs.fr/offre/88177

        Chargé·e d'études statistiques - Institut du Végétal (Angers / Beaucouzé) - CDI
        [Entretien sous 48 h]
        https://www.hortijobs.fr/offre/88154

        Voir les 8 autres offres : https://www.hortijobs.fr/alertes/5521

        Vous recevez cet e-mail car vous avez créé une alerte sur HortiJobs.
        Se désabonner : https://www.hortijobs.fr/alertes/5521/stop
        """)
    body_html = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>\n" if line else "\n" for line in plain.split("\n")) + "</body></html>\n"
    return message(head("HortiJobs <alertes@hortijobs.fr>",
                        "12 nouvelles offres : data scientist - Angers", "2026-10-12 07:00", PARIS,
                        "<alert.5521.20261012@hortijobs.fr>",
                        host="mta12.sendinblue.com", ip="185.107.232.12", qid="4LzR0q4fM8zTs5",
                        extra=(("List-Unsubscribe", "<https://www.hortijobs.fr/alertes/5521/stop>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                               ("Precedence", "bulk"))),
                   alt(text(plain), html(body_html)))


@mail(N(29), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career newsletter; its article starts with a hypothetical 'votre entretien est confirmé jeudi à 14h' "
           "and announces a live session, but confirms nothing for the reader")
def n29_newsletter_capcarriere() -> bytes:
    plain = t("""
        Cap Carrière - la lettre du jeudi

        ENTRETIEN EN VISIO : 7 RÉFLEXES QUI CHANGENT TOUT

        Votre entretien est confirmé jeudi à 14h, en visio ? Bonne nouvelle... mais c'est maintenant que
        tout se joue. Testez votre micro la veille, pas cinq minutes avant. Surélevez votre ordinateur pour
        que la caméra soit à hauteur des yeux. Gardez une feuille avec trois questions à poser à la fin -
        et notez le nom de la personne qui a fixé le rendez-vous, pour la relancer ensuite.

        Lire l'article complet : https://capcarriere.fr/articles/entretien-visio-7-reflexes

        AUSSI CETTE SEMAINE
        - Relancer après un entretien : combien de jours attendre ?
        - Négocier son salaire dans l'agroalimentaire
        - Live Q&A mardi 20 octobre à 12h30 avec une recruteuse tech

        Vous recevez cette lettre car vous êtes inscrite sur capcarriere.fr.
        Se désinscrire : https://capcarriere.fr/newsletter/unsubscribe?u=77aa1f
        """)
    body_html = t("""
        <html><body style="margin:0;background:#fafafa">
        <table width="600" align="center" style="background:#fff;font-family:Georgia,serif;font-size:16px;color:#222">
        <tr><td style="padding:20px"><p style="font-size:12px;letter-spacing:2px">CAP CARRIÈRE - LA LETTRE DU JEUDI</p>
        <h1>Entretien en visio : 7 réflexes qui changent tout</h1>
        <p>Votre entretien est confirmé jeudi à 14h, en visio ? Bonne nouvelle... mais c'est maintenant que tout se joue.
        Testez votre micro la veille, pas cinq minutes avant. Surélevez votre ordinateur pour que la caméra soit à hauteur
        des yeux. Gardez une feuille avec trois questions à poser à la fin - et notez le nom de la personne qui a fixé le
        rendez-vous, pour la relancer ensuite.</p>
        <p><a href="https://capcarriere.fr/articles/entretien-visio-7-reflexes">Lire l'article complet</a></p>
        <h3>Aussi cette semaine</h3>
        <ul><li>Relancer après un entretien : combien de jours attendre ?</li>
        <li>Négocier son salaire dans l'agroalimentaire</li>
        <li>Live Q&amp;A mardi 20 octobre à 12h30 avec une recruteuse tech</li></ul>
        <p style="font-size:11px;color:#888"><a href="https://capcarriere.fr/newsletter/unsubscribe?u=77aa1f">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    return message(head("Cap Carrière <lettre@news.capcarriere.fr>",
                        "Entretien en visio : 7 réflexes qui changent tout", "2026-10-15 08:00", PARIS,
                        "<20261015060000.77aa1f.lettre@news.capcarriere.fr>",
                        host="m42.mailjet.com", ip="87.253.233.42", qid="4M0aS3x9pB1zKw",
                        extra=(("List-Unsubscribe", "<https://capcarriere.fr/newsletter/unsubscribe?u=77aa1f>"),
                               ("List-Id", "Cap Carriere <lettre.capcarriere.fr>"), ("Precedence", "bulk"))),
                   alt(text(plain), html(body_html)))


@mail(N(30), family="scheduling_link", lang="fr", interview=False, company="Terrafine",
      note="Hiring manager asks the candidate to pick a 30-minute slot via his Calendly link: no time chosen yet "
           "(the booking confirmation comes later in the inbox)")
def n30_scheduling_link_terrafine() -> bytes:
    plain = t("""
        Bonjour Manon,

        Merci pour votre candidature au poste de Data Scientist chez Terrafine, votre parcours sur les
        capteurs de sol nous intéresse beaucoup.

        Je vous propose un premier entretien découverte de 30 minutes en visio. Le plus simple est de
        réserver directement le créneau qui vous convient la semaine prochaine via mon agenda :
        https://calendly.com/julien-marchal-terrafine/entretien-decouverte

        Si aucun créneau ne vous va, dites-le-moi et on trouvera autre chose.

        Bien à vous,
        Julien Marchal
        CTO - Terrafine
        2 rue Jules-Favre, 37000 Tours
        """)
    return message(head(addr("Julien Marchal", "julien.marchal@terrafine.fr"),
                        "Terrafine - premier échange ?", "2026-10-29 14:12", PARIS,
                        "<CAF4nT8rQ1xW7mZ2kV9bL3pJ5cH0dS6gY4uE@mail.gmail.com>",
                        host="mail-lf1-f47.google.com", ip="209.85.167.47", qid="4M1fU6y2sP0zLc"),
                   alt(text(plain), html(gmail_html(plain))))


@mail(N(31), family="recruiter_outreach", lang="fr-BE", interview=False, company="Talents & Serres",
      note="Belgian recruitment agency outreach: asks for a call 'la semaine prochaine', nothing fixed")
def n31_outreach_talents_serres() -> bytes:
    plain = t("""
        Bonjour Manon,

        Je me permets de vous contacter suite à votre profil sur LinkedIn. Je travaille avec un de nos
        clients, une belle PME familiale du Brabant wallon active dans les serres de tomates (septante
        personnes), qui cherche son premier Data Scientist.

        Le poste est basé à Wavre, avec deux jours de télétravail, et un déménagement serait accompagné.

        Auriez-vous un moment la semaine prochaine pour un petit appel d'une vingtaine de minutes ?
        Dites-moi ce qui vous arrange, ou appelez-moi sur mon GSM : +32 477 00 00 00.

        Au plaisir de vous lire, et à tantôt peut-être !

        Geoffrey Lambotte
        Consultant senior - Talents & Serres
        Rue Royale 97, 1000 Bruxelles
        """)
    return message(head(addr("Geoffrey Lambotte", "g.lambotte@talents-serres.be"),
                        "Opportunité Data Scientist - serres (Brabant wallon)", "2026-10-06 09:10",
                        "Europe/Brussels", "<DB9PR03MB7292F4B1A2C3D4E5F6A7B8C9D0E1DB9PR03MB7292.eurprd03.prod.outlook.com>",
                        host="EUR04-DB3-obe.outbound.protection.outlook.com", ip="40.107.6.73", qid="4LwA2p5dF9zCx8",
                        extra=(("Content-Language", "fr-BE"),)),
                   text(plain, cte="base64"))


@mail(N(32), family="proposed_times", lang="fr", interview=False, company="Semaphyt",
      days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")),
      note="Hiring manager proposes two slots ('mardi 1er décembre à 10h ou jeudi 3 décembre à 14h') and waits "
           "for the candidate's choice: proposed, not confirmed (the Semaphyt invitation later confirms the 3rd)")
def n32_proposal_semaphyt() -> bytes:
    plain = t("""
        Bonjour Manon,

        Merci pour notre échange téléphonique de vendredi. Comme annoncé, j'aimerais organiser
        l'entretien technique avec Lise, notre responsable ML, dans nos bureaux du Mans.

        Seriez-vous disponible mardi 1er décembre à 10h, ou jeudi 3 décembre à 14h ? Comptez une
        heure. Dès que vous m'aurez répondu, je vous envoie l'invitation.

        Bonne journée,
        Thomas Rivière
        Directeur R&D - Semaphyt
        Novaxud, 72000 Le Mans
        """)
    return message(head(addr("Thomas Rivière", "thomas.riviere@semaphyt.fr"),
                        "Entretien technique - vos disponibilités", "2026-11-23 10:05", PARIS,
                        "<CAB2vR7kL9xT4nQ1mW6zF8pJ3cS0hD5gE7uY@mail.gmail.com>",
                        host="mail-ed1-f50.google.com", ip="209.85.208.50", qid="4MFe1w8qZ3zTg6"),
                   alt(text(plain), html(gmail_html(plain))))


@mail(N(33), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Town-hall appointment for a passport application, fixed time with ICS: not a job interview")
def n33_passport_appointment() -> bytes:
    plain = t("""
        Madame GIRARD Manon,

        Votre rendez-vous est confirmé :

        Motif : dépôt d'une demande de passeport (1 personne)
        Date : mardi 20 octobre 2026 à 9h40
        Lieu : Hôtel de Ville d'Angers - Service Titres d'identité, bd de la Résistance-et-de-la-Déportation

        Pensez à apporter : votre pré-demande (n° ANTS), une photo d'identité de moins de 6 mois, un
        justificatif de domicile et un timbre fiscal de 86 €.

        En cas d'empêchement, merci d'annuler votre rendez-vous via le lien suivant afin de libérer
        le créneau : https://rdv.angers-titres.fr/annulation/T7Q2-91KX

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Titres//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:T7Q2-91KX@rdv.angers-titres.fr
DTSTAMP:20261005T110200Z
DTSTART:20261020T074000Z
DTEND:20261020T080000Z
SUMMARY:RDV passeport - Hôtel de Ville d'Angers
LOCATION:Hôtel de Ville d'Angers - Service Titres d'identité
END:VEVENT
END:VCALENDAR
"""
    return message(head("Ville d'Angers - Rendez-vous titres <ne-pas-repondre@rdv.angers-titres.fr>",
                        "Confirmation de votre rendez-vous - demande de passeport", "2026-10-05 13:02", PARIS,
                        "<rdv.T7Q2-91KX.confirm@rdv.angers-titres.fr>",
                        host="smtp.rdv.angers-titres.fr", ip="203.0.113.40", qid="4LvX8d3hW6zNq0"),
                   mixed(text(plain), calendar(ics, method="PUBLISH", cte="8bit", filename="rendez-vous.ics",
                                               disposition="attachment")))


@mail(N(34), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Estate agent confirms a flat viewing in Nantes 'samedi 7 novembre à 10h30': fixed time, not an "
           "interview")
def n34_flat_viewing_nantes() -> bytes:
    plain = t("""
        Bonjour Madame Girard,

        Je vous confirme la visite du T2 rue Kervégan (île Feydeau), samedi 7 novembre à 10h30. Je
        vous attendrai devant l'immeuble, au n°14. Le propriétaire souhaite un dossier complet
        (3 derniers bulletins de salaire ou promesse d'embauche, avis d'imposition, pièce
        d'identité) : si vous êtes encore en recherche d'emploi, un garant sera nécessaire.

        Bien cordialement,

        Sophie Gautier
        Immobilière de l'Erdre - Location & gestion
        8 quai de Versailles, 44000 Nantes
        """)
    return message(head(addr("Sophie Gautier", "s.gautier@immo-erdre.fr"),
                        "Visite T2 rue Kervégan - samedi 10h30", "2026-11-03 18:20", PARIS,
                        "<2026110318200.41a7@immo-erdre.fr>",
                        host="smtp.immo-erdre.fr", ip="203.0.113.88", qid="4M2xC7n1tJ4zGb"),
                   text(plain, cte="8bit"))


@mail(N(35), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Garage confirms a car service 'jeudi 03/12 à 8h30' (day/month; windows-1252 base64): fixed time, not "
           "an interview")
def n35_car_service() -> bytes:
    plain = t("""
        Bonjour Mme Girard,

        Nous vous confirmons votre rendez-vous atelier :

        Véhicule : Renault Clio IV - AB-123-CD
        Prestation : révision des 90 000 km + contrôle du freinage
        Date : jeudi 03/12 à 8h30 (dépôt du véhicule), restitution prévue vers 17h

        Un véhicule de courtoisie vous est réservé. Merci de vous présenter à l'accueil atelier
        muni de votre carnet d'entretien.

        Garage Saint-Serge - Agent Renault
        72 avenue Pasteur, 49100 Angers
        02 41 00 00 00
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial;font-size:13px">
        <p>Bonjour Mme Girard,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <p>Véhicule : Renault Clio IV - AB-123-CD<br>Prestation : révision des 90 000 km + contrôle du freinage<br>
        <b>Date : jeudi 03/12 à 8h30</b> (dépôt du véhicule), restitution prévue vers 17h</p>
        <p>Un véhicule de courtoisie vous est réservé. Merci de vous présenter à l'accueil atelier muni de votre carnet d'entretien.</p>
        <p>Garage Saint-Serge - Agent Renault<br>72 avenue Pasteur, 49100 Angers<br>02 41 00 00 00</p>
        </body></html>
        """)
    return message(head("Garage Saint-Serge <atelier@garage-saintserge.fr>",
                        "Confirmation de votre rendez-vous atelier du 03/12", "2026-11-27 16:45", PARIS,
                        "<RDV-88412.20261127164500@garage-saintserge.fr>",
                        host="smtp.garage-saintserge.fr", ip="203.0.113.120", qid="4MKa5v2gN7zPd3",
                        charset="windows-1252"),
                   alt(text(plain, charset="windows-1252", cte="base64"),
                       html(body_html, charset="windows-1252", cte="base64")))


@mail(N(36), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Job-centre summons: 'entretien de suivi' with the candidate's adviser, lundi 19 octobre à 14h15 - an "
           "'entretien' at a fixed time, but not a job interview (iso-8859-1, 8bit)")
def n36_job_centre() -> bytes:
    plain = t("""
        Madame GIRARD Manon
        Identifiant : 4418207K

        Objet : convocation à un entretien de suivi

        Madame,

        Vous êtes convoquée à un entretien de suivi de votre projet professionnel avec votre
        conseillère référente, Mme Pasquier, le :

            lundi 19 octobre 2026 à 14h15
            Espace Emploi Angers Loire - 5 rue Paul-Bert, 49100 Angers (accueil, 1er étage)

        Merci de vous munir de votre CV à jour et de la liste de vos démarches depuis notre dernier
        rendez-vous. En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel
        au moins 48 heures à l'avance.

        Cordialement,
        Espace Emploi Angers Loire

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message(head("Espace Emploi Angers Loire <ne-pas-repondre@espace-emploi-angers.fr>",
                        "Convocation à un entretien de suivi le 19/10/2026", "2026-10-13 10:00", PARIS,
                        "<conv.4418207K.20261013@espace-emploi-angers.fr>",
                        host="relais.espace-emploi-angers.fr", ip="203.0.113.7", qid="4LyP8s4cQ1zVh9",
                        charset="iso-8859-1"),
                   text(plain, charset="iso-8859-1", cte="8bit"))


@mail(N(37), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Admission interview for a part-time specialised master's (continuing education), confirmed "
           "'mercredi 25 novembre 2026 à 10h00' with an Outlook ICS: a school admission, not a job interview")
def n37_admission_interview() -> bytes:
    plain = t("""
        Bonjour Madame Girard,

        Suite à l'examen de votre dossier de candidature au Mastère Spécialisé « Data & Agroécologie »
        (formation continue, rentrée février 2027), nous avons le plaisir de vous convoquer à un
        entretien d'admission :

        mercredi 25 novembre 2026 à 10h00 (durée : 30 minutes), en visioconférence Teams.

        Le jury sera composé du responsable pédagogique et d'une enseignante-chercheuse. Vous
        trouverez l'invitation ci-jointe.

        Bien cordialement,

        Corinne Lebreton
        Service des admissions - ISAL, Institut Supérieur Agro Ligérien
        55 rue Rabelais, 49000 Angers
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Corinne Lebreton:mailto:corinne.lebreton@isal-angers.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Girard:mailto:manon.girard@example.org
SUMMARY;LANGUAGE=fr-FR:Entretien d'admission MS Data & Agroécologie - GIRARD Manon
DTSTART;TZID=Romance Standard Time:20261125T100000
DTEND;TZID=Romance Standard Time:20261125T103000
UID:040000008200E00074C5B7101A82E00800000000B2C4E6F8A1D3DB01000000000000000010000000E8F1A2B3
DTSTAMP:20261118T133000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""
    return message(head(addr("Corinne Lebreton", "corinne.lebreton@isal-angers.fr"),
                        "Convocation à l'entretien d'admission - MS Data & Agroécologie", "2026-11-18 14:30",
                        PARIS, "<PA4P190MB1183C2D3E4F5A6B7C8D9E0F1A2B3PA4P190MB1183.EURP190.PROD.OUTLOOK.COM>",
                        host="EUR01-VE1-obe.outbound.protection.outlook.com", ip="40.107.14.55", qid="4MCg2r9xW5zLk1",
                        extra=(("Content-Language", "fr-FR"),)),
                   alt(text(plain), calendar(ics, cte="base64")))


@mail(N(38), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-09"),),
      note="Ultimate-frisbee club (tu): trial session 'mercredi 9 à 19h', fixed time, not an interview")
def n38_sports_tryout() -> bytes:
    plain = t("""
        Salut Manon,

        Super, bienvenue ! Viens essayer mercredi 9 à 19h au gymnase Jean-Moulin (entrée côté
        parking). Prends des baskets propres pour la salle, un maillot clair et un foncé, et de
        l'eau. Les deux premières séances sont gratuites, on verra ensuite pour la licence.

        A mercredi !
        Yann
        Angers Ultimate - section loisir

        Le lun. 7 sept. 2026 à 18:02, Manon Girard <manon.girard@example.org> a écrit :
        > Bonjour, je viens d'arriver à Angers et j'ai joué 3 ans à Lyon, est-ce que je peux venir
        > faire un essai ?
        """)
    return message(head(addr("Yann Morvan", "yann.morvan@angers-ultimate.fr"), "Re: Essai ultimate",
                        "2026-09-07 21:10", PARIS, "<CAE8xP3mK7vQ1tZ9nR2wL5bF0cJ4dH6sG8yA@mail.gmail.com>",
                        host="mail-ot1-f49.google.com", ip="209.85.210.49", qid="4LmX6b3nD2zRw8"),
                   text(plain, cte="8bit"))


@mail(N(39), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Bank adviser confirms a phone appointment for a mortgage pre-approval, 'vendredi 6 novembre à "
           "17h30': fixed time, not an interview")
def n39_bank_mortgage() -> bytes:
    plain = t("""
        Bonjour Madame Girard,

        Je vous confirme notre rendez-vous téléphonique vendredi 6 novembre à 17h30 pour l'étude de
        votre projet d'acquisition à Nantes (accord de principe). Je vous appellerai au 06 00 00 00 00.

        Pour gagner du temps, pouvez-vous déposer dans votre espace client avant jeudi : vos trois
        derniers relevés de compte, votre dernier avis d'imposition et, si vous l'avez déjà, votre
        promesse d'embauche ou contrat de travail.

        Bien cordialement,

        Franck Delaunay
        Conseiller habitat - Crédit Ligérien, agence Angers Ralliement
        """)
    body_html = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.split("\n")) + "</div></body></html>\n"
    return message(head(addr("Franck Delaunay", "franck.delaunay@credit-ligerien.fr"),
                        "Votre rendez-vous téléphonique - projet immobilier", "2026-11-02 11:25", PARIS,
                        "<0b7f1a2c3d4e5f60718293a4b5c6d7e8@credit-ligerien.fr>",
                        host="mx-out2.credit-ligerien.fr", ip="203.0.113.201", qid="4M2gP0z6vK1zXs",
                        extra=(("X-Classification", "Interne"),)),
                   alt(text(plain), html(body_html)))


@mail(N(40), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Local journalist confirms an 'interview' by phone mardi 29 septembre à 11h about the candidate's "
           "community-garden sensor project: press, not a job interview")
def n40_press_interview() -> bytes:
    plain = t("""
        Bonjour Manon,

        Merci pour votre retour rapide ! C'est noté pour l'interview mardi 29 septembre à 11h, par
        téléphone (une vingtaine de minutes). Je vous appellerai sur votre portable.

        Je voudrais surtout comprendre comment vous avez installé les capteurs d'humidité au jardin
        partagé de la Roseraie, et ce que les données ont changé pour l'arrosage cet été. Un
        photographe passera peut-être au jardin la semaine suivante, on en reparle.

        Bien à vous,
        Claire Jaouen
        Journaliste - Le Courrier de l'Anjou, rédaction d'Angers
        """)
    return message(head(addr("Claire Jaouen", "c.jaouen@courrier-anjou.fr"),
                        "Re: Article jardins connectés", "2026-09-24 15:40", PARIS,
                        "<9f2e4c71-b3a8-4d05-8e6f-1a7c0b3d5e92@courrier-anjou.fr>",
                        host="smtp.courrier-anjou.fr", ip="203.0.113.64", qid="4LtB3k8wN0zQc5",
                        extra=(("In-Reply-To", "<a7d3b2e1-0c4f-4e89-9b16-5f2a8c7d1e03@example.org>"),)),
                   text(plain, cte="quoted-printable"))


@mail(N(41), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Podcast host confirms a recording 'Wednesday 14 October, 3pm Paris time' with a calendar invite: "
           "the candidate is the guest of a podcast interview, not a job interview")
def n41_podcast() -> bytes:
    plain = t("""
        Hi Manon,

        Brilliant - we're locked in! Recording for episode 58 of Growing Data is on Wednesday 14
        October, 3pm Paris time (2pm for me in Bristol), about an hour including sound checks. I've
        sent a calendar invite with the Riverside link.

        Rough outline of the interview:
          1. How you got from agronomy into data science
          2. The community-garden sensor project
          3. What growers get wrong about dashboards

        Please use headphones and, if you have one, a USB mic. No need to prepare answers, it's a
        conversation!

        Cheers,
        Tom Pritchard
        Host, Growing Data podcast
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261014T130000Z
DTEND:20261014T140000Z
DTSTAMP:20261007T080000Z
ORGANIZER;CN=Tom Pritchard:mailto:tom@growingdata.fm
UID:7rk2c9p0f1mv4q8b6t3n5x2z0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.girard@example.org:mailto:manon.girard@example.org
SUMMARY:Growing Data ep. 58 - recording with Manon Girard
LOCATION:https://riverside.fm/studio/growing-data
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message(head(addr("Tom Pritchard", "tom@growingdata.fm"), "Growing Data - recording confirmed!",
                        "2026-10-07 09:00", "Europe/London",
                        "<CAM5tB1rX8kQ3vN7zW2pL9cF4jS0hD6gE1uY@mail.gmail.com>",
                        host="mail-yw1-f46.google.com", ip="209.85.128.46", qid="4LxN4c9sH2zKv7"),
                   mixed(alt(text(plain), html(gmail_html(plain))),
                         calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(42), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Career coach confirms a paid mock-interview session ('simulation d'entretien') lundi 9 novembre "
           "18h-19h: coaching, not a job interview")
def n42_mock_interview_coach() -> bytes:
    plain = t("""
        Bonsoir Manon,

        Parfait, je vous confirme notre séance de simulation d'entretien lundi 9 novembre de 18h à
        19h, en visio (même lien Whereby que la dernière fois : https://whereby.com/aubry-coaching).

        On jouera l'entretien « comme en vrai » pendant 35 minutes - je prendrai le rôle d'une
        directrice data un peu pressée - puis debrief. Envoyez-moi l'offre d'emploi d'ici dimanche
        pour que je prépare mes questions.

        Belle soirée,
        Sandrine Aubry
        Coach carrière certifiée - Aubry Coaching, Angers
        """)
    return message(head(addr("Sandrine Aubry", "sandrine@aubry-coaching.fr"),
                        "Séance du 9/11 - simulation d'entretien", "2026-11-04 20:00", PARIS,
                        "<0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6@aubry-coaching.fr>",
                        host="smtp.aubry-coaching.fr", ip="203.0.113.151", qid="4M3wR8h1kT5zMb"),
                   alt(text(plain), html(gmail_html(plain))))


@mail(N(43), family="interviewer_duty", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Outlook invite from the candidate's manager at her current employer: she is to interview an intern "
           "candidate jeudi 8 octobre 10h-10h45 - an interview at a fixed time, but she is the interviewer")
def n43_interviewer_duty() -> bytes:
    plain = t("""
        Manon,

        Tu peux faire l'entretien technique de Lucas Perrin avec moi ? C'est le candidat pour le stage
        data de printemps (M2 Agrocampus). 45 min, je m'occupe de la partie motivation, toi des
        questions Python / stats. CV et grille d'évaluation dans le Teams de l'équipe.

        Merci !
        Benoît

        Benoît Chauvin
        Responsable Data & Outils - Hortilab Anjou
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Benoît Chauvin:mailto:benoit.chauvin@hortilab-anjou.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Girard:mailto:manon.girard@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Perrin:mailto:lucas.perrin@example.com
SUMMARY;LANGUAGE=fr-FR:Entretien stage data - Lucas Perrin
DTSTART;TZID=Romance Standard Time:20261008T100000
DTEND;TZID=Romance Standard Time:20261008T104500
UID:040000008200E00074C5B7101A82E00800000000C3D5E7F9B2E4DB01000000000000000010000000A9B8C7D6
DTSTAMP:20261002T132000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Loire (RDC)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""
    return message(head(addr("Benoît Chauvin", "benoit.chauvin@hortilab-anjou.fr"),
                        "Entretien stage data - Lucas Perrin", "2026-10-02 15:20", PARIS,
                        "<PR1P264MB2050A1B2C3D4E5F6A7B8C9D0E1F2PR1P264MB2050.FRAP264.PROD.OUTLOOK.COM>",
                        host="FRA01-PR2-obe.outbound.protection.outlook.com", ip="40.107.12.90", qid="4LuW1e7tB9zHa4",
                        extra=(("Content-class", "urn:content-classes:calendarmessage"),
                               ("Content-Language", "fr-FR"))),
                   alt(text(plain), calendar(ics, cte="base64")))


@mail(N(44), family="auto_reply", lang="fr", interview=False, company="Verdalis Agritech",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Verdalis head of data to the "
           "candidate's thank-you note after her interview; no appointment")
def n44_auto_reply_verdalis() -> bytes:
    plain = t("""
        Bonjour,

        Je suis absent du vendredi 11 au vendredi 18 septembre inclus (salon Vegepolys), avec un accès
        limité à mes e-mails. Je vous répondrai à mon retour.

        Pour toute urgence recrutement, merci de contacter Camille Vasseur.

        Paul Ferrand
        Head of Data - Verdalis Agritech

        ---

        Hello, I am out of office from 11 to 18 September with limited access to e-mail.
        """)
    return message(head(addr("Paul Ferrand", "paul.ferrand@verdalis-agritech.com"),
                        "Réponse automatique : Merci pour l'entretien de cet après-midi", "2026-09-10 19:02", PARIS,
                        "<1b2c3d4e5f6a4b7c8d9e0f1a2b3c4d5e@verdalis-agritech.com>",
                        host="mail-vi1eur05.outbound.protection.outlook.com", ip="40.107.21.100",
                        qid="4LnC2v6dR8zSe1",
                        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("In-Reply-To", "<b4e8c1f2-7a3d-4f9e-8c2b-6d1a0e5f3c97@example.org>"),
                               ("Precedence", "auto_reply"))),
                   text(plain))


@mail(N(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Delivery failure (multipart/report) for the candidate's own message to a mistyped address, in which "
           "she offered 'jeudi 26 à 16h ou vendredi matin': her own unsent proposal, nothing confirmed")
def n45_bounce() -> bytes:
    original = message([
        ("From", addr("Manon Girard", ME)),
        ("To", addr("Bastien Le Goff", "b.legoff@grainstorm.io")),
        ("Subject", "Poste data chez Grainstorm"),
        ("Date", date("2026-11-24 22:31", PARIS)),
        ("Message-ID", "<9e7d2a41-5c3b-4f80-a6e1-0b8c2d4f7a15@example.org>"),
    ], text(t("""
        Salut Bastien,

        Merci pour ton message et pour le contact via Élise ! Avec plaisir pour en parler de vive voix.
        Je peux jeudi 26 à 16h ou vendredi matin, comme tu préfères. Je serai à Nantes toute la journée
        jeudi de toute façon.

        Bonne soirée,
        Manon
        """)))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <b.legoff@grainstorm.io>: host aspmx.l.google.com[142.250.27.26] said:
            550-5.1.1 The email account that you tried to reach does not exist. Please
            try double-checking the recipient's email address for typos or unnecessary
            spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser (in reply
            to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4MGs1k5pX7zBn2
        X-Postfix-Sender: rfc822; manon.girard@example.org
        Arrival-Date: Tue, 24 Nov 2026 22:31:05 +0100 (CET)

        Final-Recipient: rfc822; b.legoff@grainstorm.io
        Original-Recipient: rfc822;b.legoff@grainstorm.io
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; aspmx.l.google.com
        Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
            not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser
        """)
    body = multipart("report",
                     text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     rfc822_part(original),
                     params="report-type=delivery-status")
    return message([
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by smtp.example.org (Postfix)\r\n id 4MGs1m0qY8zCp3; Tue, 24 Nov 2026 22:31:21 +0100 (CET)"),
        ("From", "Mail Delivery System <MAILER-DAEMON@smtp.example.org>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-24 22:31", PARIS)),
        ("Message-ID", "<20261124213121.4MGs1m0qY8zCp3@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


def rfc822_part(msg: bytes):
    p = attached_message(msg)
    p.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return p


@mail(N(46), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Meetup announcement on a local PyData mailing list (List-Id, Precedence: list): a talk about "
           "technical interviews 'jeudi 12 novembre à 19h' - an event, not the reader's interview")
def n46_mailing_list_pydata() -> bytes:
    plain = t("""
        Bonjour à toutes et à tous,

        Le meetup #14 de PyData Angers aura lieu jeudi 12 novembre à 19h, à la Cité des Associations
        (salle 3). Au programme :

        - « Entretiens techniques en data : ce qu'on attend vraiment des candidat·es »
          par Morgane Texier (lead data chez un éditeur angevin), retours d'expérience après 80
          entretiens menés cette année ;
        - lightning talks (5 min, inscrivez-vous en répondant sur la liste) ;
        - pizzas offertes par notre sponsor.

        Inscription (gratuite, places limitées) : https://pydata-angers.org/meetup-14

        Julie pour l'équipe d'orga

        _______________________________________________
        pydata-angers mailing list
        pydata-angers@lists.pydata-angers.org
        https://lists.pydata-angers.org/mailman/listinfo/pydata-angers
        """)
    return message(head("Julie Caron via pydata-angers <pydata-angers@lists.pydata-angers.org>",
                        "[pydata-angers] Meetup #14 - jeudi 12/11 - entretiens techniques en data",
                        "2026-11-05 12:30", PARIS, "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@julie-caron.fr>",
                        host="lists.pydata-angers.org", ip="203.0.113.30", qid="4M4dT9n3pL6zRc",
                        extra=(("Reply-To", addr("Julie Caron", "julie@julie-caron.fr")),
                               ("Sender", "pydata-angers-bounces@lists.pydata-angers.org"),
                               ("List-Id", "PyData Angers <pydata-angers.lists.pydata-angers.org>"),
                               ("List-Post", "<mailto:pydata-angers@lists.pydata-angers.org>"),
                               ("List-Unsubscribe",
                                "<https://lists.pydata-angers.org/mailman/options/pydata-angers>, "
                                "<mailto:pydata-angers-request@lists.pydata-angers.org?subject=unsubscribe>"),
                               ("List-Archive", "<https://lists.pydata-angers.org/pipermail/pydata-angers/>"),
                               ("Precedence", "list"), ("X-BeenThere", "pydata-angers@lists.pydata-angers.org"))),
                   text(plain, cte="8bit"))


@mail(N(47), family="marketing_webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Webinar registration confirmation with ICS, 'mardi 17 novembre, 12h30 - 13h30' on landing a data "
           "job interview: marketing event, not an interview")
def n47_webinar() -> bytes:
    plain = t("""
        Bonjour Manon,

        Votre inscription est confirmée !

        Webinaire : Décrocher (et réussir) son entretien en data
        mardi 17 novembre 2026, 12h30 - 13h30 (heure de Paris)
        Lien de connexion : https://datacampus-ouest.fr/live/entretien-data

        Au programme : les questions classiques des recruteurs, l'étude de cas en direct, et une
        session de questions-réponses. Ajoutez l'événement à votre agenda avec la pièce jointe.

        À mardi,
        L'équipe DataCampus Ouest

        Vous recevez cet e-mail suite à votre inscription. Se désabonner :
        https://datacampus-ouest.fr/unsubscribe
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DataCampus Ouest//Events//FR
METHOD:PUBLISH
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
UID:webinaire-entretien-data-20261117@datacampus-ouest.fr
DTSTAMP:20261110T080000Z
DTSTART;TZID=Europe/Paris:20261117T123000
DTEND;TZID=Europe/Paris:20261117T133000
SUMMARY:Webinaire - Décrocher (et réussir) son entretien en data
URL:https://datacampus-ouest.fr/live/entretien-data
END:VEVENT
END:VCALENDAR
"""
    body_html = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.split("\n")) + "</body></html>\n"
    return message(head("DataCampus Ouest <evenements@datacampus-ouest.fr>",
                        "Inscription confirmée : Décrocher (et réussir) son entretien en data",
                        "2026-11-10 09:00", PARIS, "<evt.20261110.5c8e1a@datacampus-ouest.fr>",
                        host="mail187.brevo.com", ip="77.32.148.187", qid="4M6zA1c8rW3zDk",
                        extra=(("List-Unsubscribe", "<https://datacampus-ouest.fr/unsubscribe>"),
                               ("Precedence", "bulk"))),
                   mixed(alt(text(plain), html(body_html)),
                         calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics",
                                  disposition="attachment")))


@mail(N(48), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"), ("Fri", "2026-12-04")),
      note="Roommate forwards his own interview confirmation (jeudi 10 décembre à 15h, Géomatique Loire) to "
           "borrow a shirt: a confirmed interview, but not the inbox owner's")
def n48_roommate_forward() -> bytes:
    plain = t("""
        Manon !! J'ai l'entretien pour le poste SIG, regarde 👇
        Tu pourras me prêter ta chemise bleue jeudi ? Et me faire réviser mercredi soir si t'as 10 min,
        tu es la pro des entretiens maintenant 😅

        Hugo

        ---------- Forwarded message ---------
        De : Géomatique Loire - Recrutement <recrutement@geomatique-loire.fr>
        Date: ven. 4 déc. 2026 à 11:20
        Subject: Confirmation de votre entretien - Technicien SIG
        To: Hugo Lemaire <hugo.lemaire@example.net>

        Bonjour Hugo,

        Nous vous confirmons votre entretien pour le poste de Technicien SIG le jeudi 10 décembre à
        15h, dans nos locaux (3 rue de la Gare, 49000 Angers), avec M. Dubois et Mme Carré.

        Cordialement,
        Géomatique Loire - Service Recrutement
        """)
    return message(head(addr("Hugo Lemaire", "hugo.lemaire@example.net"),
                        "Fwd: Confirmation de votre entretien - Technicien SIG", "2026-12-06 22:48", PARIS,
                        "<CAK2nV7pW1xR9mT4zB8qL3cF6jS0hD5gE2uY@mail.gmail.com>",
                        host="mail-qt1-f43.google.com", ip="209.85.160.43", qid="4MRc7x2mV4zGt8"),
                   alt(text(plain), html(gmail_html(plain))))


@mail(N(49), family="recruiter_followup", lang="en", interview=False, company="Harbourline Data",
      note="Recruiter pauses the process (hiring freeze) and suggests to 'touch base early next month': no "
           "appointment")
def n49_touch_base() -> bytes:
    plain = t("""
        Hi Manon,

        Thanks so much for your patience. I wanted to give you an honest update rather than leave you
        hanging: our budget for the Data Scientist role has been frozen until the new financial year,
        so we can't move to the next interview round before Christmas.

        You're still very much on our shortlist. Shall we touch base early next month? I'll drop you
        a line in the first week of January once I know where we stand, and we can pick a time then.

        Have a lovely break in the meantime.

        Best,
        Megan

        Megan Shaw
        Senior Recruiter | Harbourline Data
        """)
    return message(head(addr("Megan Shaw", "megan.shaw@harbourline.io"), "Harbourline - quick update",
                        "2026-12-09 16:40", "Europe/London",
                        "<LO2P265MB4471D3E2F1A0B9C8D7E6F5A4B3C2LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
                        host="GBR01-LO2-obe.outbound.protection.outlook.com", ip="40.107.20.132", qid="4MTb3f6wK9zHq5",
                        extra=(("Thread-Topic", "Harbourline - quick update"),)),
                   alt(text(plain), html(gmail_html(plain))))


@mail(N(50), family="appointment_cancelled", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Dental practice cancels 'vendredi 11 décembre à 9h00' with a METHOD:CANCEL ICS: a cancelled "
           "appointment, but not an interview")
def n50_dentist_cancelled() -> bytes:
    plain = t("""
        Bonjour Manon Girard,

        Votre rendez-vous du vendredi 11 décembre 2026 à 9h00 avec le Dr Morin (Cabinet dentaire des
        Ardoisiers) a été annulé par le cabinet.

        Motif : absence du praticien.

        Vous pouvez reprendre rendez-vous en ligne : https://www.santerdv.fr/cabinet-des-ardoisiers

        SantéRDV - ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SanteRDV//Agenda//FR
METHOD:CANCEL
BEGIN:VEVENT
UID:rdv-3318207@santerdv.fr
DTSTAMP:20261207T073000Z
DTSTART:20261211T080000Z
DTEND:20261211T083000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Dr Morin - Cabinet dentaire des Ardoisiers
END:VEVENT
END:VCALENDAR
"""
    return message(head("SantéRDV <no-reply@santerdv.fr>", "Annulation de votre rendez-vous du 11/12",
                        "2026-12-07 08:30", PARIS, "<rdv-3318207.cancel@santerdv.fr>",
                        host="mta3.santerdv.fr", ip="203.0.113.222", qid="4MQf0b4nS7zLw9"),
                   mixed(text(plain), calendar(ics, method="CANCEL", filename="annulation.ics",
                                               disposition="attachment")))
