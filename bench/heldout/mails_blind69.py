"""blind69: 50 hand-written mails of a job seeker's inbox (Yannick Le Goff, backend developer, Nantes).

Written blind (without reading the detector, its tests or the other held-out sets); the MIME plumbing
and the checks are ``make.py``'s. Build: ``python3 bench/heldout/make_blind.py blind69``.

Keys 1-23 are positives, 24-50 negatives, in writing order; the file number of key k is
``ORDER[k - 1]`` (a fixed shuffle), so file numbers say nothing about the label.
"""

from __future__ import annotations

import base64
import random

import make
from make import (
    Part,
    addr,
    alt,
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

ORDER = random.Random(69069).sample(range(1, 51), 50)


def nm(key: int) -> str:
    return f"blind69_{ORDER[key - 1]:02d}"


ME = "yannick.legoff@example.org"
ME_NAME = "Yannick Le Goff"
TO = addr(ME_NAME, ME)
OLD = "ylegoff@example.com"  # the address he used before; it forwards to ME
WORK = "yannick.legoff@tregor-digital.fr"  # current employer, auto-forwarded to ME

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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, hop: str, ident: str, *,
         to: str = TO, extra: tuple[tuple[str, str], ...] = (), delivered: str = ME, lag: int = 3,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, one Received hop, then the sender's headers."""
    return [
        ("Delivered-To", delivered),
        ("Received", received(hop, when, zone, ident, delivered, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def gcal_footer(eid: str, who: str = ME) -> str:
    """The part of a Google Agenda notification that every invitation carries (French UI)."""
    return t(f"""
        Voir tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYjeWFubmljay5sZWdvZmZAZXhhbXBsZS5vcmc&ctz=Europe%2FParis&hl=fr&es=1

        Répondre pour {who}
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjYj&ctz=Europe%2FParis&hl=fr&es=1
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok=MjYj&ctz=Europe%2FParis&hl=fr&es=1
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok=MjYj&ctz=Europe%2FParis&hl=fr&es=1
        Plus d'options
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj&ctz=Europe%2FParis&hl=fr&es=1

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le. Vous pouvez aussi créer un compte Google sur https://calendar.google.com/calendar/ et gérer vos paramètres de notification pour l'ensemble de votre agenda.

        Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste d'invités, d'inviter d'autres personnes quel que soit l'état de sa propre invitation, ou de modifier votre réponse. En savoir plus : https://support.google.com/calendar/answer/37135#forwarding
        """)


def gcal_html(plain: str) -> str:
    """A plain rendering of Google Agenda's HTML twin: the same lines in a table cell."""
    import html as _html

    rows = "".join(
        f'<tr><td style="padding:0 0 4px 0;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;'
        f'color:#3c4043">{_html.escape(line) or "&nbsp;"}</td></tr>\n'
        for line in plain.rstrip("\n").split("\n"))
    return ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body><table role="presentation" cellpadding="0" cellspacing="0" width="100%" '
            f'style="max-width:600px">\n{rows}</table></body></html>\n')


def pdf(filename: str, words: str) -> Part:
    """A tiny PDF-looking attachment (the detector has nothing to read in it)."""
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Title ({words}) >> endobj\ntrailer << /Root 1 0 R >>\n"
            "%%EOF\n").encode("latin-1")
    enc64 = base64.encodebytes(body).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], enc64)


# =========================================================================== positives (keys 1-23)


@mail(nm(1), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      company="Kerlouan Santé", start="2026-10-15T08:00:00Z", end="2026-10-15T08:45:00Z",
      contact="chloe.marchand@kerlouan-sante.fr",
      local="Thu 2026-10-15 10:00", local_end="2026-10-15 10:45", zone="Europe/Paris",
      note="Teamtailor confirmation after self-booking; 'jeudi 15 octobre 2026, 10:00 - 10:45 (Europe/Paris)', "
           "CEST (UTC+2) before the 25 Oct switch -> 08:00Z-08:45Z; ICS in UTC agrees; contact = human Reply-To")
def k01() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Merci d'avoir réservé un créneau : votre entretien est confirmé !

        Poste : Développeur·se Backend Python (CDI – Nantes, hybride)
        Date : jeudi 15 octobre 2026
        Heure : 10:00 - 10:45 (Europe/Paris)
        Lieu : visio Google Meet – https://meet.google.com/pbk-rwzq-tno

        Vous échangerez avec :
        • Chloé Marchand – Talent Acquisition
        • Bastien Rolland – Lead Developer, équipe Téléconsultation

        L'invitation est jointe à ce message pour votre agenda.
        Un empêchement ? Répondez simplement à cet e-mail, Chloé reviendra vers vous.

        À très vite,
        L'équipe Kerlouan Santé

        --
        Envoyé avec Teamtailor · https://kerlouan-sante.teamtailor.com
        """)
    htm = t("""
        <html><body style="margin:0;background:#f6f6f4">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/8f1c2d/kerlouan.png" alt="Kerlouan Santé" height="32">
        <p>Bonjour Yannick,</p>
        <p>Merci d'avoir réservé un créneau&nbsp;: votre entretien est confirmé&nbsp;!</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#767676">Poste</td><td>Développeur·se Backend Python (CDI – Nantes, hybride)</td></tr>
        <tr><td style="color:#767676">Date</td><td>jeudi 15 octobre 2026</td></tr>
        <tr><td style="color:#767676">Heure</td><td>10:00 - 10:45 (Europe/Paris)</td></tr>
        <tr><td style="color:#767676">Lieu</td><td>visio Google Meet – <a href="https://meet.google.com/pbk-rwzq-tno">meet.google.com/pbk-rwzq-tno</a></td></tr>
        </table>
        <p>Vous échangerez avec&nbsp;:<br>• Chloé Marchand – Talent Acquisition<br>• Bastien Rolland – Lead Developer, équipe Téléconsultation</p>
        <p>L'invitation est jointe à ce message pour votre agenda.<br>Un empêchement&nbsp;? Répondez simplement à cet e-mail, Chloé reviendra vers vous.</p>
        <p>À très vite,<br>L'équipe Kerlouan Santé</p>
        <p style="font-size:12px;color:#999">Envoyé avec <a href="https://www.teamtailor.com" style="color:#999">Teamtailor</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews 1.0//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-5c1e2a7f-0b9d-4e61-8f3a-2d7c9e4b1a60@teamtailor.com
        DTSTAMP:20261009T121205Z
        DTSTART:20261015T080000Z
        DTEND:20261015T084500Z
        SUMMARY:Entretien – Développeur·se Backend Python – Kerlouan Santé
        DESCRIPTION:Visio Google Meet : https://meet.google.com/pbk-rwzq-tno\\nAvec Chloé Marchand et Bastien Rolland
        LOCATION:https://meet.google.com/pbk-rwzq-tno
        ORGANIZER;CN=Chloé Marchand:mailto:chloe.marchand@kerlouan-sante.fr
        ATTENDEE;CN=Yannick Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yannick.legoff@example.org
        ATTENDEE;CN=Bastien Rolland;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bastien.rolland@kerlouan-sante.fr
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Kerlouan Santé", "no-reply@teamtailor-mail.com"),
              "Votre entretien est confirmé – Développeur·se Backend Python", "2026-10-09 14:12:05",
              "Europe/Paris",
              "<0107019a2f4c8a3b-5e2d7c90-3b1a-4f8e-9c2d-7a6b5c4d3e2f-000000@eu-west-1.amazonses.com>",
              "from a8-31.smtp-out.eu-west-1.amazonses.com (a8-31.smtp-out.eu-west-1.amazonses.com [198.51.100.31])",
              "mx1.example.org with ESMTPS id 4Hq2kM0yTzz9rLp",
              extra=(("Reply-To", addr("Chloé Marchand", "chloe.marchand@kerlouan-sante.fr")),
                     ("X-Teamtailor-Company", "kerlouan-sante")))
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(nm(2), family="esn_prose", lang="fr", interview=True, kind="scheduled",
      company="Nexalia Conseil", start="2026-10-27T13:00:00Z", end="2026-10-27T13:45:00Z",
      contact="s.benali@nexalia-conseil.fr",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 14:45", zone="Europe/Paris",
      note="ESN recruiter's iPhone reply on top of the thread: 'calé avec le client pour mardi 14h', '45 min'; "
           "Date Thu 22 Oct -> Tue 27 Oct, after the 25 Oct switch so CET (UTC+1) -> 13:00Z-13:45Z; "
           "company = the ESN (the employer), the client bank is unnamed")
def k02() -> bytes:
    body = t("""
        Hello Yannick,

        C'est calé avec le client pour mardi 14h, en visio Teams. 45 min avec le responsable d'équipe + un dev de l'équipe paiements. Je te transfère l'invit demain matin dès que je l'ai.

        Relis bien la fiche de poste que je t'ai envoyée, ils sont très Spring Boot / Kafka, et ils vont sûrement te demander pourquoi tu veux repasser sur du Java après 3 ans de Python 😉

        Bonne soirée
        Sarah

        Envoyé de mon iPhone

        > Le 22 oct. 2026 à 11:02, Yannick Le Goff <yannick.legoff@example.org> a écrit :
        >
        > Bonjour Sarah,
        >
        > Merci pour le retour. Mardi après-midi ou mercredi matin me conviennent, sinon jeudi toute la journée.
        >
        > Bonne journée,
        > Yannick
        >
        >> Le 21 oct. 2026 à 17:36, Sarah Benali <s.benali@nexalia-conseil.fr> a écrit :
        >>
        >> Bonjour Yannick,
        >> Bonne nouvelle, le client a retenu ton profil pour la mission dév back Java (banque, Nantes centre, 2 j de TT).
        >> Peux-tu m'envoyer tes dispos la semaine prochaine pour l'entretien avec eux ?
        >> Merci !
        >> Sarah Benali
        >> Chargée de recrutement – Nexalia Conseil Nantes
        """)
    hs = head(addr("Sarah Benali", "s.benali@nexalia-conseil.fr"),
              "Re: Opportunité Dev Java/Spring – client bancaire – Nantes", "2026-10-22 18:47:31", "Europe/Paris",
              "<6E0D3B52-19A4-4C0F-A7E3-2B9F1C84D6A1@nexalia-conseil.fr>",
              "from PAZP264CU001.outbound.protection.outlook.com (mail-francecentralazon11022100.outbound.protection.outlook.com [203.0.113.100])",
              "mx1.example.org with ESMTPS id 4Hr8Tq1b7Rz3kWd",
              extra=(("In-Reply-To", "<CAJx7fk2vQm1Lr0bZ8eH3s@mail.example.org>"),
                     ("References", "<d41f0c7a9e23@nexalia-conseil.fr> <CAJx7fk2vQm1Lr0bZ8eH3s@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3370)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@mail(nm(3), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      company="Brizh Logistics", start="2026-10-19T12:00:00Z", end="2026-10-19T13:00:00Z",
      contact="gwenael.tanguy@brizh-logistics.fr",
      local="Mon 2026-10-19 14:00", local_end="2026-10-19 15:00", zone="Europe/Paris",
      note="Google Agenda invitation (French UI) 'lundi 19 oct. 2026 14:00 – 15:00 (heure d'été d'Europe centrale)'; "
           "CEST -> 12:00Z-13:00Z; ICS in UTC; contact = organizer (From/Reply-To)")
def k03() -> bytes:
    eid = "M2txMXY4YzBkN2UyaDVqOW00bjZwMHIyc3QgeWFubmljay5sZWdvZmZAZXhhbXBsZS5vcmc"
    plain = t("""
        Gwenaël Tanguy vous a invité à un événement
        Entretien technique – Yannick Le Goff / Brizh Logistics

        Rejoindre avec Google Meet
        https://meet.google.com/xqe-hbvt-mra

        Rejoindre par téléphone
        (FR) +33 1 87 40 51 26
        Code : 482 916 307#

        Quand
        lundi 19 oct. 2026 ⋅ 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)

        Invités
        Gwenaël Tanguy - organisateur
        Morgane Le Roux
        yannick.legoff@example.org

        Salut Yannick,
        Comme convenu au tél : 1h avec Morgane (dev senior) et moi. On parlera de l'archi de notre moteur d'optimisation de tournées, puis un peu de code en live en Python (pas de piège, on veut voir comment tu raisonnes).
        À lundi !
        Gwen

        """) + gcal_footer(eid)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261019T120000Z
        DTEND:20261019T130000Z
        DTSTAMP:20261012T153012Z
        ORGANIZER;CN=Gwenaël Tanguy:mailto:gwenael.tanguy@brizh-logistics.fr
        UID:3kq1v8c0d7e2h5j9m4n6p0r2st@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gwenaël Tanguy;X-NUM-GUESTS=0:mailto:gwenael.tanguy@brizh-logistics.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morgane Le Roux;X-NUM-GUESTS=0:mailto:morgane.leroux@brizh-logistics.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yannick.legoff@example.org;X-NUM-GUESTS=0:mailto:yannick.legoff@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-hbvt-mra
        X-MICROSOFT-CDO-OWNERAPPTID:-1520863497
        CREATED:20261012T152951Z
        DESCRIPTION:Salut Yannick\\,<br>Comme convenu au tél : 1h avec Morgane (dev senior) et moi. On parlera de l'archi de notre moteur d'optimisation de tournées\\, puis un peu de code en live en Python.<br>À lundi !<br>Gwen\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nRejoignez la réunion Google Meet : https://meet.google.com/xqe-hbvt-mra\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261012T153010Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique – Yannick Le Goff / Brizh Logistics
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H10M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Gwenaël Tanguy", "gwenael.tanguy@brizh-logistics.fr"),
              "Invitation: Entretien technique – Yannick Le Goff / Brizh Logistics @ lun. 19 oct. 2026 14:00 - 15:00 (CEST) (yannick.legoff@example.org)",
              "2026-10-12 17:30:14", "Europe/Paris", "<calendar-8f3d2a61-4c7e-4b09-9e15-0d6a7b3c2e18@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [192.0.2.73])",
              "mx1.example.org with ESMTPS id 4Hs1cX9kq0z2mPn",
              extra=(("Reply-To", addr("Gwenaël Tanguy", "gwenael.tanguy@brizh-logistics.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(gcal_html(plain)), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True))
    return message(hs, body)


@mail(nm(4), family="exchange", lang="fr", interview=True, kind="rescheduled",
      company="Banque Ligérienne", start="2026-11-04T08:30:00Z", end="2026-11-04T09:30:00Z",
      contact="claire.vasseur@banque-ligerienne.fr",
      local="Wed 2026-11-04 09:30", local_end="2026-11-04 10:30", zone="Europe/Paris",
      note="Exchange meeting update (SEQUENCE:1, Romance Standard Time): moved from vendredi 30 octobre 11h to "
           "mercredi 4 novembre 9h30-10h30; CET -> 08:30Z-09:30Z; the old time is also written; contact = organizer")
def k04() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Un comité de direction vient d'être fixé sur mon créneau de vendredi : je suis contrainte de déplacer notre entretien, initialement prévu le vendredi 30 octobre à 11h.
        Je l'ai décalé au mercredi 4 novembre, de 9h30 à 10h30, toujours sur Teams et toujours avec Marc Dubreuil (responsable du pôle Paiements).
        Toutes mes excuses pour ce changement, n'hésitez pas à me dire si ce nouvel horaire vous pose souci.

        Bien cordialement,

        Claire Vasseur
        Chargée de recrutement IT
        Banque Ligérienne – Direction des Ressources Humaines
        4 place Graslin – 44000 Nantes

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YjE2NWUtOTk0Ny00ZjE3LWI2NzQtYzQ1OGE5MzFkNjc4%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2d3e4%22%2c%22Oid%22%3a%229f8e7d6c%22%7d>
        ID de la réunion : 362 118 904 227
        Code secret : 9Hq3Tz
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId=9f8e7d6c&tenantId=b1c2d3e4&threadId=19_meeting_ZmQ3YjE2NWUtOTk0Ny00ZjE3LWI2NzQtYzQ1OGE5MzFkNjc4@thread.v2&messageId=0&language=fr-FR>
        ________________________________________________________________________________

        """)
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Yannick,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Un comité de direction vient d’être fixé sur mon créneau de vendredi&nbsp;: je suis contrainte de déplacer notre entretien, initialement prévu le vendredi 30&nbsp;octobre à 11h.</p>
        <p class="MsoNormal">Je l’ai décalé au <b>mercredi 4&nbsp;novembre, de 9h30 à 10h30</b>, toujours sur Teams et toujours avec Marc Dubreuil (responsable du pôle Paiements).</p>
        <p class="MsoNormal">Toutes mes excuses pour ce changement, n’hésitez pas à me dire si ce nouvel horaire vous pose souci.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Bien cordialement,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Claire Vasseur</b><br>Chargée de recrutement IT<br>Banque Ligérienne – Direction des Ressources Humaines<br>4 place Graslin – 44000 Nantes</p>
        <div style="margin-top:24px"><hr>
        <p><span style="font-size:18pt;color:#252424">Réunion Microsoft Teams</span></p>
        <p><b>Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle</b></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YjE2NWUtOTk0Ny00ZjE3LWI2NzQtYzQ1OGE5MzFkNjc4%40thread.v2/0">Cliquez ici pour participer à la réunion</a></p>
        <p>ID de la réunion&nbsp;: 362 118 904 227<br>Code secret&nbsp;: 9Hq3Tz</p><hr></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Vasseur:mailto:claire.vasseur@banque-ligerienne.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yannick Le Goff:mailto:yannick.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Dubreuil:mailto:marc.dubreuil@banque-ligerienne.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Yannick\\,\\n\\nUn comité de direction vient d'être fixé sur mon créneau de vendredi : je suis contrainte de déplacer notre entretien\\, initialement prévu le vendredi 30 octobre à 11h.\\nJe l'ai décalé au mercredi 4 novembre\\, de 9h30 à 10h30\\, toujours sur Teams.\\n\\nBien cordialement\\,\\nClaire Vasseur\\n
        UID:040000008200E00074C5B7101A82E00800000000B04C1E2F3A41DD01000000000000000010000000C7A1E3B95D0F7B4E8F2A6C1D9E0B3A57
        SUMMARY;LANGUAGE=fr-FR:Entretien Développeur Backend Java – Yannick Le Goff
        DTSTART;TZID=Romance Standard Time:20261104T093000
        DTEND;TZID=Romance Standard Time:20261104T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261027T081422Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2121869542
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:claire.vasseur@banque-ligerienne.fr\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZmQ3YjE2NWUtOTk0Ny00ZjE3LWI2NzQtYzQ1OGE5MzFkNjc4-thread.v2!b1c2d3e4
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTIMEZONE@", ROMANCE)
    hs = head(addr("Claire Vasseur", "claire.vasseur@banque-ligerienne.fr"),
              "Mis à jour : Entretien Développeur Backend Java – Yannick Le Goff", "2026-10-27 09:14:22",
              "Europe/Paris",
              "<PR1P264MB3245C1D0A9F8E0B7C6D5A4B3C2D1E0F9A@PR1P264MB3245.FRAP264.PROD.OUTLOOK.COM>",
              "from PR0P264CU014.outbound.protection.outlook.com (mail-francesouthazon11020014.outbound.protection.outlook.com [203.0.113.14])",
              "mx1.example.org with ESMTPS id 4Hx0Lm7Qp2z5tVb",
              extra=(("Thread-Topic", enc("Entretien Développeur Backend Java – Yannick Le Goff")),
                     ("Thread-Index", "AQHdR3kL9mZr2T1XWk6bH0J8cPq4Ew=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    body = alt(text(plain), html(htm), calendar(ics, cte="base64"))
    return message(hs, body)


@mail(nm(5), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      company="Maison Garonne", start="2026-11-06T10:00:00Z", end="2026-11-06T10:30:00Z",
      contact="ines.labarthe@maison-garonne.com",
      local="Fri 2026-11-06 11:00", local_end="2026-11-06 11:30", zone="Europe/Paris",
      note="Google Agenda cancellation with the organizer's note (post filled internally); METHOD:CANCEL; "
           "cancelled slot ven. 6 nov. 11:00-11:30 CET -> 10:00Z-10:30Z; contact = organizer")
def k05() -> bytes:
    plain = t("""
        Cet événement a été annulé avec une note :
        "Bonjour Yannick, je suis désolée de devoir annuler notre échange : le poste vient d'être pourvu en interne. Je garde votre CV de côté pour nos prochains recrutements tech à Bordeaux. Bien à vous, Inès"

        Entretien RH – Yannick Le Goff (Développeur Back-end e-commerce)

        Quand
        vendredi 6 nov. 2026 ⋅ 11:00 – 11:30 (heure normale d'Europe centrale - Paris)

        Invités
        Inès Labarthe - organisateur
        yannick.legoff@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le. Vous pouvez aussi créer un compte Google sur https://calendar.google.com/calendar/ et gérer vos paramètres de notification pour l'ensemble de votre agenda.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261106T100000Z
        DTEND:20261106T103000Z
        DTSTAMP:20261103T150541Z
        ORGANIZER;CN=Inès Labarthe:mailto:ines.labarthe@maison-garonne.com
        UID:6ph2m0q4r8t1v3x5z2b7d9f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:20261028T091204Z
        DESCRIPTION:Échange de 30 min avec Inès (RH) – visio Google Meet
        LAST-MODIFIED:20261103T150540Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien RH – Yannick Le Goff (Développeur Back-end e-commerce)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Inès Labarthe", "ines.labarthe@maison-garonne.com"),
              "Événement annulé avec une note : Entretien RH – Yannick Le Goff (Développeur Back-end e-commerce) @ ven. 6 nov. 2026 11:00 - 11:30 (CET) (yannick.legoff@example.org)",
              "2026-11-03 16:05:41", "Europe/Paris", "<calendar-2b9e7c14-5a3f-4d81-b6e0-93c8f1a2d7e5@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [192.0.2.69])",
              "mx1.example.org with ESMTPS id 4J02nB6rW8z1qKs",
              extra=(("Reply-To", addr("Inès Labarthe", "ines.labarthe@maison-garonne.com")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    body = mixed(
        alt(text(plain), html(gcal_html(plain)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True))
    return message(hs, body)


@mail(nm(6), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Fenwick Ledger", start="2026-11-12T10:00:00Z", end="2026-11-12T10:30:00Z",
      contact="hannah.pryce@fenwickledger.co.uk",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 11:30", zone="Europe/Paris",
      note="Calendly invitee confirmation shown in the invitee's zone '11:00am - 11:30am (Central European Time)'; "
           "CET -> 10:00Z-10:30Z (= 10:00 in London, GMT); ICS in UTC; contact = host via Reply-To")
def k06() -> bytes:
    plain = t("""
        Hi Yannick Le Goff,

        Your Intro call with Hannah Pryce at 11:00am (Central European Time) on Thursday, November 12, 2026 is scheduled.

        Event Type:
        Intro call – Backend Engineer (Python), Fenwick Ledger

        Event Date/Time:
        11:00am - 11:30am (Central European Time) on Thursday, November 12, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ocz-tdva-hke

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you'd like Hannah to know beforehand?
        My notice period is two months; happy to talk about it on the call.

        View event in Calendly
        https://calendly.com/events/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718
        Reschedule: https://calendly.com/reschedulings/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="background:#f0f3f8;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#0a2540;padding:32px">
        <tr><td><p>Hi Yannick Le Goff,</p>
        <p>Your <b>Intro call</b> with <b>Hannah Pryce</b> at <b>11:00am (Central European Time)</b> on <b>Thursday, November 12, 2026</b> is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Intro call – Backend Engineer (Python), Fenwick Ledger</p>
        <p style="font-weight:bold;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0">11:00am - 11:30am (Central European Time) on Thursday, November 12, 2026</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/ocz-tdva-hke">Join now</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Central European Time</p>
        <p><a href="https://calendly.com/events/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718/google_meet">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br><a href="https://calendly.com/cancellations/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718">Reschedule</a></p>
        <p style="font-size:12px;color:#8492a6">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718@calendly.com
        DTSTAMP:20261106T104113Z
        DTSTART:20261112T100000Z
        DTEND:20261112T103000Z
        SUMMARY:Intro call between Hannah Pryce and Yannick Le Goff
        DESCRIPTION:Event Name: Intro call – Backend Engineer (Python)\\, Fenwick Ledger\\n\\nLocation: This is a Google Meet web conference.\\nhttps://meet.google.com/ocz-tdva-hke\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718\\nReschedule: https://calendly.com/reschedulings/7f3c1b2a-9d8e-4f60-a1b2-c3d4e5f60718\\n\\nPowered by Calendly.com
        LOCATION:https://meet.google.com/ocz-tdva-hke
        ORGANIZER;CN=Hannah Pryce:mailto:hannah.pryce@fenwickledger.co.uk
        ATTENDEE;CN=Yannick Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:yannick.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call with Hannah Pryce on Thursday, November 12, 2026", "2026-11-06 10:41:13",
              "UTC", "<20261106104113.7f3c1b2a9d8e4f60@calendly.com>",
              "from o1678916x174.outbound-mail.sendgrid.net (o1678916x174.outbound-mail.sendgrid.net [198.51.100.174])",
              "mx1.example.org with ESMTPS id 4J1kTq0pX3z7wHd",
              extra=(("Reply-To", addr("Hannah Pryce", "hannah.pryce@fenwickledger.co.uk")),))
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(nm(7), family="workday", lang="fr", interview=True, kind="scheduled",
      company="Estuaire Naval", start="2026-11-18T13:00:00Z", end="2026-11-18T14:30:00Z",
      contact="sandrine.joubert@estuaire-naval.fr",
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:30", zone="Europe/Paris",
      note="Workday HTML-only notice from a myworkday.com system address: 'Date : 18/11/2026', "
           "'Heure : 14:00 - 15:30 (heure de Paris)', onsite in Saint-Nazaire; CET -> 13:00Z-14:30Z; "
           "contact = the recruiter's address written in the body")
def k07() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Invitation à un entretien</title></head>
        <body style="margin:0;padding:0;background-color:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2"><tr><td align="center" style="padding:20px 0">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background-color:#0b2d4f;padding:18px 24px"><img src="https://estuairenaval.wd3.myworkdayjobs.com/wday/cxs/estuairenaval/External/sidebarimage/8c1e2f3a" alt="Estuaire Naval" height="36"></td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Yannick,</p>
        <p>Nous avons le plaisir de vous informer qu'un entretien a été planifié dans le cadre de votre candidature au poste de <b>Développeur Backend Java – Jumeau numérique (R-0042817)</b>.</p>
        <table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #dddddd;font-size:14px">
        <tr><td style="background:#f7f7f7"><b>Type d'entretien</b></td><td>Entretien technique et managérial (sur site)</td></tr>
        <tr><td style="background:#f7f7f7"><b>Date</b></td><td>18/11/2026</td></tr>
        <tr><td style="background:#f7f7f7"><b>Heure</b></td><td>14:00 - 15:30 (heure de Paris)</td></tr>
        <tr><td style="background:#f7f7f7"><b>Lieu</b></td><td>Site de Penhoët – Bâtiment Ingénierie B2, accueil principal<br>Avenue de Penhoët, 44600 Saint-Nazaire</td></tr>
        <tr><td style="background:#f7f7f7"><b>Interlocuteurs</b></td><td>Sandrine Joubert (Talent Acquisition), Loïc Perraud (Responsable Systèmes d'information Navire)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 15 minutes avant l'heure indiquée, muni(e) d'une pièce d'identité en cours de validité : l'accès au site est soumis à un contrôle de sécurité.</p>
        <p>Pour toute question ou en cas d'empêchement, contactez directement Sandrine Joubert : <a href="mailto:sandrine.joubert@estuaire-naval.fr">sandrine.joubert@estuaire-naval.fr</a>.</p>
        <p>Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre <a href="https://estuairenaval.wd3.myworkdayjobs.com/fr-FR/External/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Estuaire Naval</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>Powered by Workday</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Estuaire Naval", "estuairenaval@myworkday.com"),
              "Invitation à un entretien – Développeur Backend Java – Jumeau numérique (R-0042817)",
              "2026-11-10 08:02:47", "Europe/Paris", "<1731222167482.10472.1893104772@wd3-prod-mta-03>",
              "from wd3-mta03.myworkday.com (wd3-mta03.myworkday.com [198.51.100.203])",
              "mx1.example.org with ESMTPS id 4J3vQa5sN1z8dRm")
    return message(hs, html(htm))


@mail(nm(8), family="flatchr", lang="fr", interview=True, kind="scheduled",
      company="Nordéo", start="2026-11-23T08:30:00Z", end="2026-11-23T09:30:00Z",
      contact="amandine.delattre@nordeo.fr",
      local="Mon 2026-11-23 09:30", local_end="2026-11-23 10:30", zone="Europe/Paris",
      note="Flatchr message (base64) 'lundi 23 novembre à 9h30', 'Durée : 1h', in the Lille office; "
           "CET -> 08:30Z-09:30Z; contact = human Reply-To")
def k08() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Développeur Back-end Node.js (H/F) :

        - lundi 23 novembre à 9h30
        - Durée : 1h
        - Adresse : Nordéo, 27 rue de Béthune, 59000 Lille (3e étage, sonnez à « Nordéo Tech »)
        - Vous rencontrerez Thibaut Vandenbussche, Engineering Manager, et moi-même.

        Si vous venez en train depuis Nantes, la gare Lille-Flandres est à 10 minutes à pied.
        Pensez à apporter un exemple de projet dont vous êtes fier, nous aimerions en parler ensemble.

        Au plaisir de vous rencontrer,

        Amandine Delattre
        Responsable recrutement – Nordéo
        """)
    htm = t("""
        <div style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Bonjour Yannick,</p>
        <p>Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de <strong>Développeur Back-end Node.js (H/F)</strong>&nbsp;:</p>
        <ul><li>lundi 23 novembre à 9h30</li><li>Durée&nbsp;: 1h</li>
        <li>Adresse&nbsp;: Nordéo, 27 rue de Béthune, 59000 Lille (3e étage, sonnez à «&nbsp;Nordéo Tech&nbsp;»)</li>
        <li>Vous rencontrerez Thibaut Vandenbussche, Engineering Manager, et moi-même.</li></ul>
        <p>Si vous venez en train depuis Nantes, la gare Lille-Flandres est à 10 minutes à pied.<br>Pensez à apporter un exemple de projet dont vous êtes fier, nous aimerions en parler ensemble.</p>
        <p>Au plaisir de vous rencontrer,</p>
        <p>Amandine Delattre<br>Responsable recrutement – Nordéo</p>
        <p style="font-size:11px;color:#9b9b9b">Message envoyé via <a href="https://www.flatchr.io" style="color:#9b9b9b">Flatchr</a></p>
        </div>
        """)
    hs = head(addr("Nordéo", "no-reply@flatchr.io"),
              "Confirmation de votre entretien – Développeur Back-end Node.js (H/F)", "2026-11-16 11:20:09",
              "Europe/Paris", "<6f2a9c1e-3b7d-4e85-a0f4-1c2d3e4f5a6b@flatchr.io>",
              "from mail.flatchr.io (mail.flatchr.io [198.51.100.58])",
              "mx1.example.org with ESMTPS id 4J6pWd2cF7z0hTr",
              extra=(("Reply-To", addr("Amandine Delattre", "amandine.delattre@nordeo.fr")),))
    return message(hs, alt(text(plain, cte="base64"), html(htm, cte="base64")))


@mail(nm(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Logiciels Boréal", start="2026-12-03T15:00:00Z", end="2026-12-03T16:00:00Z",
      contact="me.tremblay@logicielsboreal.ca",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone="America/Toronto",
      note="Québec recruiter (windows-1252 QP) 'jeudi 3 décembre à 10 h (heure de l'Est), soit 16 h à Nantes', "
           "'d'une durée de 60 minutes', Zoom block; EST (UTC-5, after 1 Nov) -> 15:00Z-16:00Z, which is 16h CET")
def k09() -> bytes:
    body = t("""
        Bonjour Yannick,

        Merci encore pour ton intérêt envers Logiciels Boréal!

        Tel que discuté au téléphone mardi, je te confirme ton entrevue technique le jeudi 3 décembre à 10 h (heure de l'Est), soit 16 h à Nantes. L'entrevue, d'une durée de 60 minutes, se déroulera sur Zoom avec Jean-François Gagnon (architecte logiciel) et Karine Bouchard (cheffe d'équipe Plateforme).

        Au programme : un retour sur ton parcours, puis un exercice de conception d'API au tableau blanc virtuel. Aucun code à préparer d'avance.

        Participer à la réunion Zoom
        https://logicielsboreal.zoom.us/j/84512239067?pwd=Qk1xVnZ0eUZrR2h0b2JtT2ZQdz09

        ID de réunion : 845 1223 9067
        Code secret : 551203

        Au plaisir d'en jaser jeudi prochain!

        Marie-Ève Tremblay
        Conseillère principale, acquisition de talents
        Logiciels Boréal inc.
        1250, boul. René-Lévesque O., bureau 2200
        Montréal (Québec) H3B 4W8
        """)
    hs = head(addr("Marie-Ève Tremblay", "me.tremblay@logicielsboreal.ca", "windows-1252"),
              "Confirmation - Entrevue technique (Développeur backend principal)", "2026-11-26 09:15:52",
              "America/Toronto",
              "<YT3PR01MB6120A4B5C6D7E8F9A0B1C2D3E4F5A6B7@YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2101.outbound.protection.outlook.com [203.0.113.101])",
              "mx1.example.org with ESMTPS id 4JBm7Tz3kR2wQx", charset="windows-1252",
              extra=(("Content-Language", "fr-CA"), ("Accept-Language", "fr-CA, en-CA")))
    return message(hs, text(body, charset="windows-1252"))


@mail(nm(10), family="linkedin_message", lang="fr", interview=True, kind="scheduled",
      company="Plancton Labs", start="2026-12-04T15:00:00Z", end=None, contact=None,
      local="Fri 2026-12-04 16:00", zone="Europe/Paris",
      note="LinkedIn message notification quoting the recruiter: 'on se cale vendredi 16h, je t'appelle'; "
           "Date Tue 1 Dec (UTC, 12:08 in Paris) -> Fri 4 Dec 16:00 CET -> 15:00Z; '30 min max' is not an exact "
           "length -> end null; only a LinkedIn no-reply address -> contact null")
def k10() -> bytes:
    plain = t("""
        Camille Roux
        Talent Acquisition @ Plancton Labs | On recrute des devs back 🚀

        Super, merci Yannick ! Alors on se cale vendredi 16h, je t'appelle au numéro que tu m'as laissé. 30 min max, c'est juste un premier échange avec moi avant le technique avec l'équipe. Bonne journée !

        Répondre : https://www.linkedin.com/messaging/thread/2-YTg1ZDcxNmQtMWE0Ny00YzRmLWE2ZGUtOTJhNTEzYWQ4YmMyXzAxMA==/?lipi=urn%3Ali%3Apage%3Aemail_email_message_notification

        ----------------------------------------

        Cet e-mail était destiné à Yannick Le Goff (Développeur Backend Python | Django | PostgreSQL)
        Découvrez pourquoi nous incluons ce lien : https://www.linkedin.com/help/linkedin/answer/4788?lang=fr
        Vous recevez des notifications de messages. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_message_notification
        Aide : https://www.linkedin.com/help/linkedin/answer/67?lang=fr

        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        LinkedIn est un nom commercial déposé de LinkedIn Corporation et de ses sociétés affiliées.
        """)
    htm = t("""
        <html><body style="margin:0;background:#f3f2ef">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.9)">
        <tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="21"></td></tr>
        <tr><td style="padding:0 24px"><table><tr>
        <td><img src="https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/camille" width="48" height="48" style="border-radius:50%"></td>
        <td style="padding-left:12px"><b>Camille Roux</b><br><span style="color:rgba(0,0,0,0.6)">Talent Acquisition @ Plancton Labs | On recrute des devs back 🚀</span></td></tr></table></td></tr>
        <tr><td style="padding:16px 24px">Super, merci Yannick&nbsp;! Alors on se cale vendredi 16h, je t’appelle au numéro que tu m’as laissé. 30 min max, c’est juste un premier échange avec moi avant le technique avec l’équipe. Bonne journée&nbsp;!</td></tr>
        <tr><td style="padding:0 24px 24px"><a href="https://www.linkedin.com/messaging/thread/2-YTg1ZDcxNmQtMWE0Ny00YzRmLWE2ZGUtOTJhNTEzYWQ4YmMyXzAxMA==/" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:24px;text-decoration:none;font-weight:600">Répondre</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:rgba(0,0,0,0.6);border-top:1px solid #e8e8e8">Cet e-mail était destiné à Yannick Le Goff (Développeur Backend Python | Django | PostgreSQL)<br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Camille Roux via LinkedIn", "messages-noreply@linkedin.com"),
              "Camille vous a envoyé un nouveau message", "2026-12-01 11:08:43", "UTC",
              "<1823451209.4471236.1796123323519@ltx1-app7412.prod.linkedin.com>",
              "from mailb-dd.linkedin.com (mailb-dd.linkedin.com [198.51.100.162])",
              "mx1.example.org with ESMTPS id 4JDc1Yw8mP5zLf",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_message_notification>"),
                     ("X-LinkedIn-Class", "INBOX-MSG"),
                     ("X-LinkedIn-Template", "email_message_notification_01")))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(11), family="forward", lang="fr", interview=True, kind="scheduled",
      company="Sablon Assurances", start="2026-12-09T09:30:00Z", end=None,
      contact="geoffroy.vandamme@sablon-assurances.be",
      local="Wed 2026-12-09 10:30", zone="Europe/Brussels",
      note="Forward to self (old address -> main inbox) of a Brussels recruiter's confirmation 'mercredi 9 décembre "
           "à 10h30 (heure de Bruxelles)'; CET -> 09:30Z; 'Prévoyez environ 1h30' is approximate -> end null; "
           "the sender is the candidate, contact = the recruiter in the forwarded header")
def k11() -> bytes:
    body = t("""
        À caler dans l'agenda + préparer des questions sur l'archi (ils migrent leur SI sinistres vers Kotlin/K8s ?). Train Nantes -> Bruxelles-Midi le 8 au soir.

        ---------- Forwarded message ---------
        De : Geoffroy Vandamme <geoffroy.vandamme@sablon-assurances.be>
        Date: ven. 27 nov. 2026 à 16:32
        Subject: Votre candidature – Développeur Backend Senior (réf. IT-2026-58)
        To: <ylegoff@example.com>


        Bonjour Monsieur Le Goff,

        Je vous remercie pour notre échange téléphonique de ce jour.

        Comme convenu, je vous confirme votre entretien le mercredi 9 décembre à 10h30 (heure de Bruxelles), dans nos bureaux : Sablon Assurances SA, avenue Louise 231, 1050 Bruxelles. Vous serez reçu par Mme Els De Smet, Head of Engineering, et moi-même. Prévoyez environ 1h30, un court exercice de conception est prévu.

        À votre arrivée, merci de vous présenter à la réception du 4e étage.

        Bien à vous,

        Geoffroy Vandamme
        Talent Acquisition Partner
        Sablon Assurances SA
        T +32 2 555 01 23
        """)
    hs = head(addr(ME_NAME, OLD), "Fwd: Votre candidature – Développeur Backend Senior (réf. IT-2026-58)",
              "2026-11-30 08:05:37", "Europe/Paris", "<CAPx2mW9e1sQ0kz8rUuF4b7Hn3Lc+T6vYg@mail.gmail.com>",
              "from mail-wr1-f52.google.com (mail-wr1-f52.google.com [192.0.2.52])",
              "mx1.example.org with ESMTPS id 4JCz5Rk0tM9wEb")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(12), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Kestrel Mobility", start="2026-12-11T13:00:00Z", end=None,
      contact="pieter.claes@kestrelmobility.eu",
      local="Fri 2026-12-11 14:00", zone="Europe/Brussels",
      note="Hiring manager's Outlook reply on top of his own earlier confirmation: moved from Thursday 10 December "
           "14:00 to 'Friday 11 December, same time – 14:00 Brussels time'; CET -> 13:00Z; the 45 minutes are "
           "only in the quoted old confirmation -> end null")
def k12() -> bytes:
    plain = t("""
        Hi Yannick,

        Apologies for the late change: I've been pulled into a board prep session on Thursday afternoon, so I've moved our conversation to Friday 11 December, same time – 14:00 Brussels time. The Teams link stays the same and the invite in your calendar is updated.

        Nothing else changes, Anouk from the platform team will still join us.

        Thanks for your flexibility, and sorry again!

        Best regards,
        Pieter

        Pieter Claes
        Engineering Manager – Fleet Platform
        Kestrel Mobility | Rue de la Loi 155, 1040 Brussels

        From: Pieter Claes <pieter.claes@kestrelmobility.eu>
        Sent: Wednesday, December 2, 2026 10:07
        To: Yannick Le Goff <yannick.legoff@example.org>
        Cc: Anouk Peeters <anouk.peeters@kestrelmobility.eu>
        Subject: Second interview – Kestrel Mobility

        Hi Yannick,

        Great talking to you on Monday. As discussed, let's do the second round on Thursday 10 December at 14:00 (Brussels time): 45 minutes on Teams with Anouk and me, mostly about event-driven design and how you'd approach our telematics ingestion. I'll send an invite.

        Best,
        Pieter
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Yannick,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Apologies for the late change: I’ve been pulled into a board prep session on Thursday afternoon, so I’ve moved our conversation to <b>Friday 11 December, same time – 14:00 Brussels time</b>. The Teams link stays the same and the invite in your calendar is updated.</p>
        <p class="MsoNormal">Nothing else changes, Anouk from the platform team will still join us.</p>
        <p class="MsoNormal">Thanks for your flexibility, and sorry again!</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Best regards,<br>Pieter</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Pieter Claes</b><br>Engineering Manager – Fleet Platform<br>Kestrel Mobility | Rue de la Loi 155, 1040 Brussels</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>From:</b> Pieter Claes &lt;pieter.claes@kestrelmobility.eu&gt;<br><b>Sent:</b> Wednesday, December 2, 2026 10:07<br><b>To:</b> Yannick Le Goff &lt;yannick.legoff@example.org&gt;<br><b>Cc:</b> Anouk Peeters &lt;anouk.peeters@kestrelmobility.eu&gt;<br><b>Subject:</b> Second interview – Kestrel Mobility</p></div>
        <p class="MsoNormal">Hi Yannick,</p>
        <p class="MsoNormal">Great talking to you on Monday. As discussed, let’s do the second round on Thursday 10 December at 14:00 (Brussels time): 45 minutes on Teams with Anouk and me, mostly about event-driven design and how you’d approach our telematics ingestion. I’ll send an invite.</p>
        <p class="MsoNormal">Best,<br>Pieter</p>
        </div></body></html>
        """)
    hs = head(addr("Pieter Claes", "pieter.claes@kestrelmobility.eu"), "RE: Second interview – Kestrel Mobility",
              "2026-12-08 13:20:18", "Europe/Brussels",
              "<AM9PR07MB7411E2D3C4B5A69788F1E0D2C3B4A5F6@AM9PR07MB7411.eurprd07.prod.outlook.com>",
              "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [203.0.113.71])",
              "mx1.example.org with ESMTPS id 4JHf2Wq6nB1zKc",
              extra=(("Cc", addr("Anouk Peeters", "anouk.peeters@kestrelmobility.eu")),
                     ("In-Reply-To", "<AM9PR07MB7411A1B2C3D4E5F60718293A4B5C6D7E@AM9PR07MB7411.eurprd07.prod.outlook.com>"),
                     ("References", "<AM9PR07MB7411A1B2C3D4E5F60718293A4B5C6D7E@AM9PR07MB7411.eurprd07.prod.outlook.com>"),
                     ("Thread-Topic", enc("Second interview – Kestrel Mobility")),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(13), family="esn_prose", lang="fr", interview=True, kind="cancelled",
      company="Celtis Ingénierie", start="2026-12-02T09:00:00Z", end=None,
      contact="julie.morvan@celtis-ingenierie.fr",
      local="Wed 2026-12-02 10:00", zone="Europe/Paris",
      note="ESN recruiter's phone reply: 'le client annule l'entretien de mercredi 10h, poste gelé'; Date Mon 30 Nov "
           "-> Wed 2 Dec (the quoted confirmation says 'mercredi 2/12 à 10h'); CET -> 09:00Z; no new time")
def k13() -> bytes:
    body = t("""
        Yannick,
        Mauvaise nouvelle : le client annule l'entretien de mercredi 10h, le poste est gelé jusqu'à janvier (budget 2027 pas encore validé chez eux).
        Dsl pour le contretemps !! Je te rappelle dès que j'ai autre chose, on reste en contact.
        Julie

        Envoyé depuis mon smartphone Samsung Galaxy.

        -------- Message d'origine --------
        De : Julie Morvan <julie.morvan@celtis-ingenierie.fr>
        Date : 26/11/2026 14:12 (GMT+01:00)
        À : Yannick Le Goff <yannick.legoff@example.org>
        Objet : Entretien client mercredi

        Bonjour Yannick,
        Comme dit au tel, je te confirme l'entretien avec le client (assureur, Nantes Est) mercredi 2/12 à 10h dans leurs locaux. Je serai présente, on se retrouve à l'accueil 9h50.
        Bonne fin de journée,
        Julie Morvan
        Business Manager – Celtis Ingénierie Nantes
        """)
    hs = head(addr("Julie Morvan", "julie.morvan@celtis-ingenierie.fr"), "RE: Entretien client mercredi",
              "2026-11-30 17:41:06", "Europe/Paris", "<mnw8c2x3q5.fsf-samsung@celtis-ingenierie.fr>",
              "from smtp.celtis-ingenierie.fr (smtp.celtis-ingenierie.fr [198.51.100.87])",
              "mx1.example.org with ESMTPS id 4JCq0Pm3vH8zXa",
              extra=(("In-Reply-To", "<a7c3e91f20b4@celtis-ingenierie.fr>"),
                     ("References", "<a7c3e91f20b4@celtis-ingenierie.fr>")))
    return message(hs, text(body, cte="8bit"))


@mail(nm(14), family="exchange", lang="fr", interview=True, kind="scheduled",
      company="Orizon Software", start="2026-10-22T13:00:00Z", end="2026-10-22T14:00:00Z",
      contact="thomas.nguyen@orizon-software.com",
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone="Europe/Paris",
      note="Exchange meeting request; 'Quand : jeudi 22 octobre 2026 15:00-16:00 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris' shows the standard offset but 22 Oct is still CEST -> 13:00Z-14:00Z, which the "
           "Romance Standard Time ICS confirms; contact = organizer")
def k14() -> bytes:
    plain = t("""
        Quand : jeudi 22 octobre 2026 15:00-16:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Yannick,

        Comme convenu avec Julie, voici l'invitation pour l'entretien technique de jeudi prochain. Au programme : une revue de code sur un extrait de notre API de facturation (je vous le partagerai en séance), puis des questions sur votre expérience PostgreSQL / Celery.
        Alexandre Morin, développeur senior, sera également présent.

        À jeudi,
        Thomas Nguyen
        Engineering Manager – Orizon Software

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZjA2YjEtNzE3Yy00Y2EwLTg0OTEtMmY1ZDZmZTNhYjc1%40thread.v2/0?context=%7b%22Tid%22%3a%227a6b5c4d%22%7d>
        ID de la réunion : 389 221 774 556
        Code secret : Xq7bNu
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________

        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Thomas Nguyen:mailto:thomas.nguyen@orizon-software.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yannick Le Goff:mailto:yannick.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alexandre Morin:mailto:alexandre.morin@orizon-software.com
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Yannick\\,\\n\\nComme convenu avec Julie\\, voici l'invitation pour l'entretien technique de jeudi prochain.\\n\\nÀ jeudi\\,\\nThomas Nguyen\\n
        UID:040000008200E00074C5B7101A82E008000000009E2D8C1B6A41DD01000000000000000010000000A4F1C2E3D4B5A6978877665544332211
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Yannick Le Goff (Backend Python)
        DTSTART;TZID=Romance Standard Time:20261022T150000
        DTEND;TZID=Romance Standard Time:20261022T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T090254Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121874390
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
        """).replace("@VTIMEZONE@", ROMANCE)
    hs = head(addr("Thomas Nguyen", "thomas.nguyen@orizon-software.com"),
              "Entretien technique – Yannick Le Goff (Backend Python)", "2026-10-14 11:02:54", "Europe/Paris",
              "<PAYP264MB3519F0E1D2C3B4A5968778695A4B3C2D@PAYP264MB3519.FRAP264.PROD.OUTLOOK.COM>",
              "from PA4P264CU001.outbound.protection.outlook.com (mail-francecentralazon11021021.outbound.protection.outlook.com [203.0.113.21])",
              "mx1.example.org with ESMTPS id 4Hv3Jt8xQ1zNdp",
              extra=(("Thread-Topic", enc("Entretien technique – Yannick Le Goff (Backend Python)")),
                     ("Thread-Index", "AdsGq2M7wXb4P0nVQ1e9ZkL3YtR8vA=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), calendar(ics, cte="base64")))


@mail(nm(15), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Pinasse", start="2026-10-29T10:00:00Z", end="2026-10-29T11:00:00Z",
      contact="lea@pinasse.io",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone="Europe/Paris",
      note="Startup recruiter's casual Gmail reply closing a slot thread: 'on part donc sur jeudi 29/10 de 11h à 12h'; "
           "after the 25 Oct switch so CET -> 10:00Z-11:00Z; the quoted proposal lists two other slots")
def k15() -> bytes:
    body = t("""
        Hello Yannick !

        Top, on part donc sur jeudi 29/10 de 11h à 12h avec Mathieu (notre CTO) sur Meet 👉 https://meet.google.com/vfz-kqpd-wes
        Il va te faire coder un peu (rien de méchant 😄), prévois juste un environnement Python qui tourne sur ta machine.

        Je t'envoie l'invit Google Agenda dans la foulée.

        À jeudi !
        Léa

        --
        Léa Castaing
        People & Talent – Pinasse
        pinasse.io | Bordeaux, quai des Chartrons

        Le sam. 24 oct. 2026 à 09:41, Yannick Le Goff <yannick.legoff@example.org> a écrit :
        > Bonjour Léa,
        >
        > Jeudi 29 à 11h, parfait pour moi.
        >
        > Bon week-end,
        > Yannick
        >
        > Le mer. 21 oct. 2026 à 15:20, Léa Castaing <lea@pinasse.io> a écrit :
        > > Hello Yannick,
        > > Suite à ton échange avec Mathieu, on aimerait passer au technique ! Je te propose trois créneaux : mardi 27/10 à 14h, mercredi 28/10 à 10h ou jeudi 29/10 à 11h.
        > > Dis-moi ce qui t'arrange 🙂
        > > Léa
        """)
    hs = head(addr("Léa Castaing", "lea@pinasse.io"), "Re: Pinasse x Yannick – entretien technique",
              "2026-10-26 10:12:40", "Europe/Paris", "<CAE7hq0Wm4zP1xK9sQv2bRf8dN3jL6tYc5gA@mail.gmail.com>",
              "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [192.0.2.44])",
              "mx1.example.org with ESMTPS id 4HyW6Gc2rK0zTm",
              extra=(("In-Reply-To", "<CAJx7fk9rT3pYw2mQe@mail.example.org>"),
                     ("References", "<CAE7hq0Vb8sN2kLp@mail.gmail.com> <CAJx7fk9rT3pYw2mQe@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(16), family="agency_prose", lang="en", interview=True, kind="scheduled",
      company="Marlowe Health", start="2026-10-28T14:00:00Z", end="2026-10-28T15:00:00Z",
      contact="olly.bennett@harcourt-recruitment.co.uk",
      local="Wed 2026-10-28 14:00", local_end="2026-10-28 15:00", zone="Europe/London",
      note="UK agency recruiter: 'Wednesday 28th October', '2pm UK time (3pm your time)', 'Duration: 1 hour'; mail "
           "sent in BST, interview after 25 Oct so GMT -> 14:00Z-15:00Z (= 15:00 CET); company = the hiring "
           "client, contact = the agency recruiter (human sender)")
def k16() -> bytes:
    body = t("""
        Hi Yannick,

        Great news – Marlowe Health would like to invite you to a second-stage interview!

        Date: Wednesday 28th October
        Time: 2pm UK time (3pm your time – the clocks go back on both sides this weekend, so you stay one hour ahead)
        Duration: 1 hour
        Format: Microsoft Teams (the link will come from their Talent team)
        Panel: Dr Rhiannon Pugh (Head of Engineering) and Sam Okafor (Senior Backend Engineer)

        It'll be a mix of system design (think: ingesting GP appointment data at scale) and a conversation about how you work in a regulated environment. They're keen on FHIR/HL7 exposure, so worth brushing up on that.

        I'll give you a ring on Monday to prep.

        Cheers,
        Olly

        Olly Bennett
        Senior Consultant – Software Engineering
        Harcourt Tech Recruitment Ltd | 20 Booth Street, Manchester M2 4AT
        Harcourt Tech Recruitment Ltd is registered in England & Wales. This email and any attachments are confidential.
        """)
    hs = head(addr("Olly Bennett", "olly.bennett@harcourt-recruitment.co.uk"),
              "Marlowe Health – 2nd stage interview confirmed!", "2026-10-21 16:45:12", "Europe/London",
              "<LO2P265MB5023D4E5F6A7B8C9D0E1F2A3B4C5D6E7@LO2P265MB5023.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2096.outbound.protection.outlook.com [203.0.113.96])",
              "mx1.example.org with ESMTPS id 4HwB1Nc7sP4zYe",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body))


@mail(nm(17), family="indeed", lang="fr", interview=True, kind="scheduled",
      company="Comptoir Vendéen", start="2026-11-10T16:30:00Z", end="2026-11-10T17:00:00Z", contact=None,
      local="Tue 2026-11-10 17:30", local_end="2026-11-10 18:00", zone="Europe/Paris",
      note="Indeed interview confirmation, HTML only: 'mardi 10 novembre 2026', '17:30 – 18:00 (heure normale "
           "d'Europe centrale)'; CET -> 16:30Z-17:00Z; only Indeed's no-reply address -> contact null")
def k17() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#ffffff;font-family:'Noto Sans','Helvetica Neue',Arial,sans-serif;color:#2d2d2d">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="520" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 0"><img src="https://www.indeed.com/images/indeed-logo-2x.png" alt="Indeed" width="96"></td></tr>
        <tr><td><h1 style="font-size:24px;margin:0 0 16px">Votre entretien est confirmé</h1></td></tr>
        <tr><td style="font-size:16px;line-height:24px">
        <p style="margin:0"><b>Comptoir Vendéen</b></p>
        <p style="margin:0">Développeur Web Back-end PHP/Symfony (H/F) – La Roche-sur-Yon (85)</p>
        <p style="margin:16px 0 0">📅 mardi 10 novembre 2026</p>
        <p style="margin:0">🕔 17:30 – 18:00 (heure normale d'Europe centrale)</p>
        <p style="margin:0">💻 Entretien vidéo sur Indeed</p>
        </td></tr>
        <tr><td style="padding:24px 0"><a href="https://employers.indeed.com/i/join/b3f1c9d2e7a84f60" style="background:#2557a7;color:#ffffff;padding:12px 24px;border-radius:8px;text-decoration:none;font-weight:bold">Rejoindre l'entretien</a>
        <p style="font-size:13px;color:#595959">Le lien sera actif 15 minutes avant le début de l'entretien.</p></td></tr>
        <tr><td style="font-size:14px">Ajouter à l'agenda : <a href="https://www.indeed.com/i/cal/google/b3f1c9d2e7a84f60">Google</a> · <a href="https://www.indeed.com/i/cal/outlook/b3f1c9d2e7a84f60">Outlook</a> · <a href="https://www.indeed.com/i/cal/ics/b3f1c9d2e7a84f60">Apple</a></td></tr>
        <tr><td style="padding:16px 0;font-size:14px;border-top:1px solid #e4e2e0;margin-top:16px">
        <p><b>Message de l'employeur</b></p>
        <p>Bonjour Yannick, merci pour votre candidature. Nous échangerons 30 minutes sur votre parcours et sur notre plateforme de vente en ligne. À mardi ! Le service RH</p></td></tr>
        <tr><td style="font-size:14px">Besoin de changer&nbsp;? <a href="https://www.indeed.com/i/reschedule/b3f1c9d2e7a84f60">Reprogrammer</a> · <a href="https://www.indeed.com/i/cancel/b3f1c9d2e7a84f60">Annuler</a></td></tr>
        <tr><td style="padding:32px 0;font-size:12px;color:#767676">© 2026 Indeed · <a href="https://fr.indeed.com/legal" style="color:#767676">Conditions d'utilisation</a> · Vous recevez cet e-mail car vous avez accepté un entretien via Indeed.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Indeed", "noreply@indeed.com"),
              "Entretien confirmé : Comptoir Vendéen – Développeur Web Back-end PHP/Symfony (H/F)",
              "2026-11-03 09:30:26", "Europe/Paris", "<0100019a3b5c7d9e-b3f1c9d2-e7a8-4f60-91c2-7d8e9f0a1b2c-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [198.51.100.112])",
              "mx1.example.org with ESMTPS id 4J02Ak5mH7zQbs")
    return message(hs, html(htm, cte="base64"))


@mail(nm(18), family="esn_prose", lang="fr", interview=True, kind="scheduled",
      company="Kelenn IT", start="2026-12-07T08:00:00Z", end=None,
      contact="maxime.lebihan@kelenn-it.fr",
      local="Mon 2026-12-07 09:00", zone="Europe/Paris",
      note="ESN's own agency interview (iso-8859-15 QP): 'RDV à l'agence lundi 7/12 à 9h', 'environ 1h' -> end null; "
           "CET -> 08:00Z; SMS-style PS with a phone number")
def k18() -> bytes:
    body = t("""
        Bonjour Yannick,

        Comme convenu par tél tout à l'heure, je te confirme le RDV à l'agence lundi 7/12 à 9h avec Florent Guillou, notre directeur d'agence.
        Adresse : Kelenn IT, 5 bd de la Prairie au Duc, 44200 Nantes (Île de Nantes), 2e étage.
        Ça dure environ 1h : présentation de Kelenn, tes attentes (salaire, TT, mobilité) et un échange technique rapide avec Florent.

        Pense à prendre une pièce d'identité, l'immeuble fonctionne avec un badge visiteur.

        PS : mon num si besoin le jour J : 06 71 42 18 93 (SMS ok)

        À lundi 7 !
        Maxime

        Maxime Le Bihan
        Chargé d'affaires / recrutement
        Kelenn IT - Conseil & ingénierie logicielle
        """)
    hs = head(addr("Maxime Le Bihan", "maxime.lebihan@kelenn-it.fr"), "Confirmation RDV agence lundi 7/12",
              "2026-11-27 15:10:44", "Europe/Paris", "<20261127151044.6F2C1A0B3E@smtp.kelenn-it.fr>",
              "from smtp.kelenn-it.fr (smtp.kelenn-it.fr [198.51.100.23])",
              "mx1.example.org with ESMTPS id 4JBx4Ft7wN2zCe",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(nm(19), family="taleo", lang="fr", interview=True, kind="scheduled",
      company="Banque Cordelier", start="2026-11-24T09:00:00Z", end="2026-11-24T10:00:00Z",
      contact="helene.garnier@banque-cordelier.fr",
      local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone="Europe/Paris",
      note="Taleo HTML-only (iso-8859-1 QP) invitation: 'Date : 24/11/2026', 'Heure : 10:00 (GMT+01:00)', "
           "'Durée : 1 heure'; CET -> 09:00Z-10:00Z; contact = recruiter's address in the body")
def k19() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Bonjour Yannick,</p>
        <p>Suite à l'étude de votre candidature au poste <b>Ingénieur Développement Backend - Plateforme Paiements (H/F)</b> (réf. 2600318), nous avons le plaisir de vous convier à un entretien :</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date :</b></td><td>24/11/2026</td></tr>
        <tr><td><b>Heure :</b></td><td>10:00 (GMT+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td><b>Durée :</b></td><td>1 heure</td></tr>
        <tr><td><b>Lieu :</b></td><td>Visioconférence Microsoft Teams (le lien vous sera communiqué par votre interlocutrice)</td></tr>
        <tr><td><b>Interlocutrice :</b></td><td>Hélène Garnier, Chargée de recrutement - <a href="mailto:helene.garnier@banque-cordelier.fr">helene.garnier@banque-cordelier.fr</a></td></tr>
        </table>
        <p>Merci de vous connecter quelques minutes avant le début de l'entretien. En cas d'empêchement, nous vous remercions de prévenir votre interlocutrice dans les meilleurs délais.</p>
        <p>Nous vous souhaitons une bonne préparation.</p>
        <p>Cordialement,<br>La Direction du Recrutement<br>Banque Cordelier</p>
        <p><font size="1" color="#808080">Ce message est généré automatiquement. Merci de ne pas y répondre directement.<br>
        Pour consulter votre dossier : <a href="https://banquecordelier.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_FR">https://banquecordelier.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_FR</a></font></p>
        </font></body></html>
        """)
    hs = head(addr("Banque Cordelier", "no-reply@taleo.net"),
              "Invitation à un entretien - Ingénieur Développement Backend (2600318)", "2026-11-16 18:22:03",
              "Europe/Paris", "<1457830211.88213.1794849723118.JavaMail.taleo@tlo-prd-mta07>",
              "from mta07.taleo.net (mta07.taleo.net [198.51.100.7])",
              "mx1.example.org with ESMTPS id 4J6z9Lq1xB5zGk", charset="iso-8859-1")
    return message(hs, html(htm, charset="iso-8859-1"))


@mail(nm(20), family="talentsoft", lang="fr", interview=True, kind="scheduled",
      company="Armor Santé Numérique", start="2026-12-14T13:30:00Z", end="2026-12-14T14:30:00Z",
      contact="nolwenn.prigent@armor-sante.fr",
      local="Mon 2026-12-14 14:30", local_end="2026-12-14 15:30", zone="Europe/Paris",
      note="Talentsoft formal letter 'le lundi 14 décembre 2026 à 14 h 30', 'd'une durée d'une heure'; "
           "CET -> 13:30Z-14:30Z; asks to confirm attendance but the time is set by the employer; "
           "contact = the HR manager's address in the body")
def k20() -> bytes:
    plain = t("""
        Monsieur,

        Nous avons bien reçu votre candidature au poste de Développeur Backend Java/Spring (H/F) – Réf. ASN-2026-114 et nous vous en remercions.

        Nous avons le plaisir de vous convier à un entretien qui se tiendra le lundi 14 décembre 2026 à 14 h 30 dans nos locaux : Armor Santé Numérique, 2 rue de la Châtaigneraie, 35510 Cesson-Sévigné.

        Cet entretien, d'une durée d'une heure, se déroulera en présence de Mme Nolwenn Prigent, Responsable Ressources Humaines, et de M. Erwan Caradec, Directeur technique.

        Nous vous remercions de bien vouloir confirmer votre présence auprès de Mme Prigent (nolwenn.prigent@armor-sante.fr).

        Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

        Le service Ressources Humaines
        Armor Santé Numérique

        Ce courriel a été envoyé depuis notre outil de recrutement. Merci de ne pas répondre directement à ce message.
        """)
    htm = t("""
        <html><body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #00838f;padding:12px 0">
        <img src="https://armor-sante.talent-soft.com/Handlers/Image.ashx?imagetype=logo" alt="Armor Santé Numérique" height="40"></td></tr>
        <tr><td style="padding:16px 0">
        <p>Monsieur,</p>
        <p>Nous avons bien reçu votre candidature au poste de <b>Développeur Backend Java/Spring (H/F) – Réf. ASN-2026-114</b> et nous vous en remercions.</p>
        <p>Nous avons le plaisir de vous convier à un entretien qui se tiendra le <b>lundi 14 décembre 2026 à 14 h 30</b> dans nos locaux&nbsp;: Armor Santé Numérique, 2 rue de la Châtaigneraie, 35510 Cesson-Sévigné.</p>
        <p>Cet entretien, d'une durée d'une heure, se déroulera en présence de Mme Nolwenn Prigent, Responsable Ressources Humaines, et de M. Erwan Caradec, Directeur technique.</p>
        <p>Nous vous remercions de bien vouloir confirmer votre présence auprès de Mme Prigent (<a href="mailto:nolwenn.prigent@armor-sante.fr">nolwenn.prigent@armor-sante.fr</a>).</p>
        <p>Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.</p>
        <p>Le service Ressources Humaines<br>Armor Santé Numérique</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px">Ce courriel a été envoyé depuis notre outil de recrutement. Merci de ne pas répondre directement à ce message.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Armor Santé Numérique", "ne-pas-repondre@talent-soft.com"),
              "Convocation à un entretien – Développeur Backend Java/Spring (H/F)", "2026-12-07 10:00:31",
              "Europe/Paris", "<8d1e2f30-a4b5-4c6d-9e7f-0a1b2c3d4e5f@mailer.talent-soft.com>",
              "from mailer.talent-soft.com (mailer.talent-soft.com [198.51.100.140])",
              "mx1.example.org with ESMTPS id 4JF0tHw5pR3zMn")
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(21), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      company="Beffroi Analytics", start="2026-11-17T15:00:00Z", end="2026-11-17T16:00:00Z",
      contact="antoine.lefebvre@beffroi-analytics.fr",
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone="Europe/Paris",
      note="Google Agenda updated invitation (SEQUENCE:2, 'Cet événement a été modifié'): new slot 'mardi 17 nov. 2026 "
           "16:00 – 17:00', the organizer's note names the old one (lundi 14h); CET -> 15:00Z-16:00Z; "
           "contact = organizer")
def k21() -> bytes:
    eid = "MHZxN3Bsa2UyOWZ4YjRyMXQ2bjhzM2QgeWFubmljay5sZWdvZmZAZXhhbXBsZS5vcmc"
    plain = t("""
        Cet événement a été modifié.
        Entretien final – Yannick Le Goff / Beffroi Analytics

        Rejoindre avec Google Meet
        https://meet.google.com/hdw-pyxs-ubn

        Quand
        Modifié
        mardi 17 nov. 2026 ⋅ 16:00 – 17:00 (heure normale d'Europe centrale - Paris)

        Invités
        Antoine Lefebvre - organisateur
        Claire Devos
        yannick.legoff@example.org

        Yannick, on a dû décaler d'une journée : Claire (notre CEO) est en déplacement lundi, donc on oublie lundi 14h. Même format qu'annoncé : 30 min de restitution de ton exercice avec moi, puis 30 min avec Claire.
        Antoine

        """) + gcal_footer(eid)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261117T150000Z
        DTEND:20261117T160000Z
        DTSTAMP:20261112T084833Z
        ORGANIZER;CN=Antoine Lefebvre:mailto:antoine.lefebvre@beffroi-analytics.fr
        UID:0vq7plke29fxb4r1t6n8s3d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Antoine Lefebvre;X-NUM-GUESTS=0:mailto:antoine.lefebvre@beffroi-analytics.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Devos;X-NUM-GUESTS=0:mailto:claire.devos@beffroi-analytics.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yannick.legoff@example.org;X-NUM-GUESTS=0:mailto:yannick.legoff@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hdw-pyxs-ubn
        CREATED:20261105T101522Z
        DESCRIPTION:Yannick\\, on a dû décaler d'une journée : Claire (notre CEO) est en déplacement lundi\\, donc on oublie lundi 14h. Même format qu'annoncé : 30 min de restitution de ton exercice avec moi\\, puis 30 min avec Claire.<br>Antoine
        LAST-MODIFIED:20261112T084831Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien final – Yannick Le Goff / Beffroi Analytics
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Antoine Lefebvre", "antoine.lefebvre@beffroi-analytics.fr"),
              "Invitation mise à jour : Entretien final – Yannick Le Goff / Beffroi Analytics @ mar. 17 nov. 2026 16:00 - 17:00 (CET) (yannick.legoff@example.org)",
              "2026-11-12 09:48:33", "Europe/Paris", "<calendar-5e0c9a27-8b1d-4f36-a2e4-6c7d8e9f0a1b@google.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [192.0.2.41])",
              "mx1.example.org with ESMTPS id 4J4tPz1mX6zKwr",
              extra=(("Reply-To", addr("Antoine Lefebvre", "antoine.lefebvre@beffroi-analytics.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    body = mixed(
        alt(text(plain), html(gcal_html(plain)), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True))
    return message(hs, body)


@mail(nm(22), family="calendly", lang="en", interview=True, kind="rescheduled",
      company="Studio Lachine", start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
      contact="kevin.ouellet@studiolachine.com",
      local="Mon 2026-11-02 16:00", local_end="2026-11-02 17:00", zone="Europe/Paris",
      note="Calendly reschedule shown in the invitee's zone: Former 3:00pm Fri 30 Oct, Updated 4:00pm-5:00pm Mon "
           "2 Nov (Central European Time); the host's reason says 'same time on our side (10am Montréal)' - "
           "Montréal left EDT on 1 Nov, Paris left CEST on 25 Oct -> 15:00Z-16:00Z; contact = host (Reply-To)")
def k22() -> bytes:
    plain = t("""
        Hi Yannick Le Goff,

        Your event has been rescheduled.

        Event Type:
        Technical interview – Studio Lachine (60 min)

        Former: 3:00pm - 4:00pm (Central European Time) on Friday, October 30, 2026
        Updated: 4:00pm - 5:00pm (Central European Time) on Monday, November 2, 2026

        Rescheduled by Kevin Ouellet
        Reason: Sorry Yannick – our lead dev is out on Friday. Moved you to Monday, same time on our side (10am Montréal).

        Location:
        Zoom. Join: https://studiolachine.zoom.us/j/93817264015?pwd=cUxLa0J2dGZ4V3JhN1hqR0ZQUT09

        Invitee Time Zone:
        Central European Time

        View event in Calendly
        https://calendly.com/events/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f/zoom

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
        Reschedule: https://calendly.com/reschedulings/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="background:#f0f3f8;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#0a2540;padding:32px">
        <tr><td><p>Hi Yannick Le Goff,</p>
        <p>Your event has been rescheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Technical interview – Studio Lachine (60 min)</p>
        <p style="margin-bottom:0"><span style="text-decoration:line-through;color:#8492a6">Former: 3:00pm - 4:00pm (Central European Time) on Friday, October 30, 2026</span></p>
        <p style="margin-top:4px"><b>Updated: 4:00pm - 5:00pm (Central European Time) on Monday, November 2, 2026</b></p>
        <p>Rescheduled by Kevin Ouellet<br>Reason: Sorry Yannick – our lead dev is out on Friday. Moved you to Monday, same time on our side (10am Montréal).</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">Zoom. <a href="https://studiolachine.zoom.us/j/93817264015?pwd=cUxLa0J2dGZ4V3JhN1hqR0ZQUT09">Join</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Central European Time</p>
        <p>Need to make changes to this event?<br><a href="https://calendly.com/cancellations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f">Reschedule</a></p>
        <p style="font-size:12px;color:#8492a6">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@calendly.com
        DTSTAMP:20261028T140509Z
        DTSTART:20261102T150000Z
        DTEND:20261102T160000Z
        SUMMARY:Technical interview between Kevin Ouellet and Yannick Le Goff
        DESCRIPTION:Event Name: Technical interview – Studio Lachine (60 min)\\n\\nLocation: https://studiolachine.zoom.us/j/93817264015\\n\\nPowered by Calendly.com
        LOCATION:https://studiolachine.zoom.us/j/93817264015
        ORGANIZER;CN=Kevin Ouellet:mailto:kevin.ouellet@studiolachine.com
        ATTENDEE;CN=Yannick Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:yannick.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Updated: Technical interview – Studio Lachine with Kevin Ouellet on Monday, November 2, 2026",
              "2026-10-28 14:05:09", "UTC", "<20261028140509.c2d3e4f5a6b74c8d@calendly.com>",
              "from o1678916x188.outbound-mail.sendgrid.net (o1678916x188.outbound-mail.sendgrid.net [198.51.100.188])",
              "mx1.example.org with ESMTPS id 4HzR8Vb3qT6zLn",
              extra=(("Reply-To", addr("Kevin Ouellet", "kevin.ouellet@studiolachine.com")),))
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(nm(23), family="exchange", lang="en", interview=True, kind="cancelled",
      company="Mosel Fund Services", start="2026-10-21T07:00:00Z", end="2026-10-21T08:00:00Z",
      contact="sophie.weber@moselfund.lu",
      local="Wed 2026-10-21 09:00", local_end="2026-10-21 10:00", zone="Europe/Luxembourg",
      note="Exchange cancellation (METHOD:CANCEL, W. Europe Standard Time) from Luxembourg, position on hold; "
           "'When: ... 9:00 AM-10:00 AM (UTC+01:00) Amsterdam, Berlin...' shows the standard offset but 21 Oct "
           "is CEST -> 07:00Z-08:00Z; contact = organizer")
def k23() -> bytes:
    plain = t("""
        When: Wednesday, October 21, 2026 9:00 AM-10:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Dear Yannick,

        I am sorry to let you know that we have to cancel Wednesday's interview: following an internal reorganisation, the Senior Backend Engineer position has been put on hold until further notice.

        We will keep your application on file and I will contact you should the role reopen.

        Kind regards,

        Sophie Weber
        Talent Acquisition Specialist
        Mosel Fund Services S.A. | 12, rue Eugène Ruppert | L-2453 Luxembourg
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Weber:mailto:sophie.weber@moselfund.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yannick Le Goff:mailto:yannick.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Schmit:mailto:marco.schmit@moselfund.lu
        DESCRIPTION;LANGUAGE=en-US:Dear Yannick\\,\\n\\nI am sorry to let you know that we have to cancel Wednesday's interview: following an internal reorganisation\\, the Senior Backend Engineer position has been put on hold until further notice.\\n\\nKind regards\\,\\nSophie Weber\\n
        UID:040000008200E00074C5B7101A82E00800000000D1C3A5E7F941DD01000000000000000010000000B2C4D6E8F0A1B3C5D7E9F1A3B5C7D9E1
        SUMMARY;LANGUAGE=en-US:Canceled: Interview – Senior Backend Engineer (Yannick Le Goff)
        DTSTART;TZID=W. Europe Standard Time:20261021T090000
        DTEND;TZID=W. Europe Standard Time:20261021T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261019T152004Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2121880417
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTIMEZONE@", make.VTZ["W. Europe Standard Time"])
    hs = head(addr("Sophie Weber", "sophie.weber@moselfund.lu"),
              "Canceled: Interview – Senior Backend Engineer (Yannick Le Goff)", "2026-10-19 17:20:04",
              "Europe/Luxembourg",
              "<DB9PR02MB7356A8B9C0D1E2F3A4B5C6D7E8F9A0B1@DB9PR02MB7356.eurprd02.prod.outlook.com>",
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2118.outbound.protection.outlook.com [203.0.113.118])",
              "mx1.example.org with ESMTPS id 4HwD7Mk2sL9zFp",
              extra=(("Thread-Topic", enc("Interview – Senior Backend Engineer (Yannick Le Goff)")),
                     ("Thread-Index", "AdsDvY4kLm9Qw2RtS0eXy7bZ1nP6aA=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(nm(24), family="job_alert", lang="fr", interview=False, company=None,
      note="Welcome to the Jungle job alert; 'processus en 3 entretiens' describes a hiring process, nothing is scheduled")
def k24() -> bytes:
    plain = t("""
        Bonjour Yannick,

        3 nouveaux jobs correspondent à votre alerte « Développeur Backend » à Nantes.

        Backend Engineer – Téléconsultation
        Kerlouan Santé · Nantes · CDI · Télétravail fréquent
        Processus en 3 entretiens · Recrute activement
        https://www.welcometothejungle.com/fr/companies/kerlouan-sante/jobs/backend-engineer-teleconsultation

        Développeur·se Python / Django
        Ouestlab · Nantes · CDI · 45K à 52K €
        https://www.welcometothejungle.com/fr/companies/ouestlab/jobs/developpeur-se-python-django

        Software Engineer – Routing Engine
        Brizh Logistics · Rennes · CDI · Télétravail occasionnel
        https://www.welcometothejungle.com/fr/companies/brizh-logistics/jobs/software-engineer-routing-engine

        Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs?query=backend&aroundQuery=Nantes

        Vous recevez cet e-mail car vous avez créé une alerte sur Welcome to the Jungle.
        Modifier ou supprimer mon alerte : https://www.welcometothejungle.com/fr/me/alerts
        """)
    htm = t("""
        <html><body style="margin:0;background:#f5f5f0;font-family:'Work Sans',Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">
        <tr><td style="background:#ffcd00;padding:20px 24px"><img src="https://cdn.welcometothejungle.com/assets/email/wttj-logo.png" alt="Welcome to the Jungle" height="28"></td></tr>
        <tr><td style="padding:24px"><p style="font-size:15px">Bonjour Yannick,</p>
        <p style="font-size:15px">3 nouveaux jobs correspondent à votre alerte <b>« Développeur Backend »</b> à Nantes.</p></td></tr>
        <tr><td style="padding:0 24px 16px"><a href="https://www.welcometothejungle.com/fr/companies/kerlouan-sante/jobs/backend-engineer-teleconsultation" style="font-size:17px;font-weight:600;color:#000">Backend Engineer – Téléconsultation</a><br>
        <span style="color:#6e6e6e;font-size:13px">Kerlouan Santé · Nantes · CDI · Télétravail fréquent</span><br>
        <span style="background:#e8f7f0;color:#00744a;font-size:12px;padding:2px 6px">Processus en 3 entretiens</span> <span style="background:#fff3cc;font-size:12px;padding:2px 6px">Recrute activement</span></td></tr>
        <tr><td style="padding:0 24px 16px"><a href="https://www.welcometothejungle.com/fr/companies/ouestlab/jobs/developpeur-se-python-django" style="font-size:17px;font-weight:600;color:#000">Développeur·se Python / Django</a><br>
        <span style="color:#6e6e6e;font-size:13px">Ouestlab · Nantes · CDI · 45K à 52K €</span></td></tr>
        <tr><td style="padding:0 24px 16px"><a href="https://www.welcometothejungle.com/fr/companies/brizh-logistics/jobs/software-engineer-routing-engine" style="font-size:17px;font-weight:600;color:#000">Software Engineer – Routing Engine</a><br>
        <span style="color:#6e6e6e;font-size:13px">Brizh Logistics · Rennes · CDI · Télétravail occasionnel</span></td></tr>
        <tr><td style="padding:8px 24px 24px"><a href="https://www.welcometothejungle.com/fr/jobs?query=backend&amp;aroundQuery=Nantes" style="background:#000;color:#fff;padding:10px 18px;text-decoration:none">Voir toutes les offres</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#8c8c8c">Vous recevez cet e-mail car vous avez créé une alerte sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/alerts" style="color:#8c8c8c">Modifier ou supprimer mon alerte</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Welcome to the Jungle", "alerts@welcometothejungle.com"),
              "3 nouveaux jobs pour « Développeur Backend » à Nantes", "2026-10-05 08:00:12", "Europe/Paris",
              "<20261005060012.3f9a1c7e2b8d4e60@mail.welcometothejungle.com>",
              "from mail.welcometothejungle.com (mail.welcometothejungle.com [198.51.100.190])",
              "mx1.example.org with ESMTPS id 4Hn0Fq8cW2zDkr",
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/me/alerts/unsubscribe?token=eyJhbGciOi>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(25), family="job_alert", lang="fr", interview=False, company=None,
      note="APEC daily job alert (iso-8859-1 QP); publication dates only")
def k25() -> bytes:
    plain = t("""
        Bonjour Yannick Le Goff,

        Voici les nouvelles offres correspondant à votre recherche « Développeur Python - Nantes (44) » :

        1. Ingénieur Développement Python / Data H/F
           Estuaire Naval - Saint-Nazaire (44) - CDI - 48 - 55 k¤ brut annuel
           Publiée le 04/11/2026
           https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176543210W

        2. Développeur Back-End Python confirmé H/F
           Groupe Halvard - Nantes (44) - CDI - A négocier
           Publiée le 04/11/2026
           https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176543377W

        3. Lead développeur Python H/F
           Vilaine Systems - Rennes (35) - CDI - 55 - 62 k¤ brut annuel
           Publiée le 03/11/2026
           https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176542981W

        Consultez toutes les offres sur apec.fr.

        Vous recevez ce message car vous êtes inscrit(e) aux alertes e-mail de l'Apec.
        Pour gérer vos alertes : https://www.apec.fr/candidat/mon-espace/mes-alertes.html
        """).replace("k¤", "kEUR")
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#004ea2;padding:14px"><img src="https://www.apec.fr/files/live/sites/www/files/images/logo-apec-blanc.png" alt="Apec" height="30"></td></tr>
        <tr><td style="padding:16px"><p>Bonjour Yannick Le Goff,</p>
        <p>Voici les nouvelles offres correspondant à votre recherche <b>« Développeur Python - Nantes (44) »</b>&nbsp;:</p>
        <p><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176543210W"><b>Ingénieur Développement Python / Data H/F</b></a><br>Estuaire Naval - Saint-Nazaire (44) - CDI - 48 - 55 k&euro; brut annuel<br><i>Publiée le 04/11/2026</i></p>
        <p><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176543377W"><b>Développeur Back-End Python confirmé H/F</b></a><br>Groupe Halvard - Nantes (44) - CDI - A négocier<br><i>Publiée le 04/11/2026</i></p>
        <p><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176542981W"><b>Lead développeur Python H/F</b></a><br>Vilaine Systems - Rennes (35) - CDI - 55 - 62 k&euro; brut annuel<br><i>Publiée le 03/11/2026</i></p>
        <p style="font-size:11px;color:#777">Vous recevez ce message car vous êtes inscrit(e) aux alertes e-mail de l'Apec. <a href="https://www.apec.fr/candidat/mon-espace/mes-alertes.html">Gérer mes alertes</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Apec", "ne-pas-repondre@alertes.apec.fr"),
              "Vos nouvelles offres Apec : Développeur Python - Nantes (44)", "2026-11-05 07:12:40",
              "Europe/Paris", "<1762323160.71384.apec-alertes@mta2.apec.fr>",
              "from mta2.apec.fr (mta2.apec.fr [198.51.100.44])",
              "mx1.example.org with ESMTPS id 4J1a2Cz9yF3zVw", charset="iso-8859-1",
              extra=(("List-Unsubscribe", "<https://www.apec.fr/candidat/mon-espace/mes-alertes.html?desinscription=1>"),))
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


@mail(nm(26), family="application_ack", lang="fr", interview=False, company="Atlantique Distribution",
      note="HelloWork 'candidature envoyée' receipt; 'il vous contactera pour convenir d'un entretien' is hypothetical")
def k26() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Votre candidature au poste Développeur Back-End PHP/Symfony (H/F) – Saint-Herblain (44) a bien été transmise au recruteur Atlantique Distribution.

        Et maintenant ?
        Le recruteur étudie votre profil. S'il est retenu, il vous contactera directement par téléphone ou par e-mail pour convenir d'un entretien.

        Notre conseil : préparez dès maintenant votre entretien avec nos fiches pratiques.
        https://www.hellowork.com/fr-fr/medias/preparer-entretien-embauche.html

        Suivre mes candidatures : https://www.hellowork.com/fr-fr/candidat/candidatures.html

        L'équipe HelloWork
        """)
    htm = t("""
        <html><body style="background:#f4f5f7;margin:0;font-family:Arial,Helvetica,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:20px"><img src="https://www.hellowork.com/images/email/logo-hellowork.png" alt="HelloWork" height="30"></td></tr>
        <tr><td style="padding:0 20px 20px;font-size:14px;color:#1e1e1e">
        <p>Bonjour Yannick,</p>
        <p>Votre candidature au poste <b>Développeur Back-End PHP/Symfony (H/F) – Saint-Herblain (44)</b> a bien été transmise au recruteur <b>Atlantique Distribution</b>.</p>
        <h3 style="font-size:16px">Et maintenant&nbsp;?</h3>
        <p>Le recruteur étudie votre profil. S'il est retenu, il vous contactera directement par téléphone ou par e-mail pour convenir d'un entretien.</p>
        <p><a href="https://www.hellowork.com/fr-fr/medias/preparer-entretien-embauche.html">Préparez votre entretien avec nos fiches pratiques</a></p>
        <p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html" style="background:#ff5a5f;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Suivre mes candidatures</a></p>
        <p>L'équipe HelloWork</p></td></tr></table></body></html>
        """)
    hs = head(addr("HelloWork", "candidature@hellowork.com"),
              "Votre candidature a bien été envoyée à Atlantique Distribution", "2026-10-07 21:34:55",
              "Europe/Paris", "<20261007193455.9c3e1a57b2@mailing.hellowork.com>",
              "from mailing.hellowork.com (mailing.hellowork.com [198.51.100.61])",
              "mx1.example.org with ESMTPS id 4Hp7Xc3wL0zRsb")
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(27), family="application_ack", lang="en", interview=False, company="Halvard Group",
      note="Workday 'Thank you for applying' (English); 'reach out to schedule an interview' is conditional")
def k27() -> bytes:
    htm = t("""
        <html><body style="margin:0;background:#f2f2f2">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;background:#1d1d1b"><img src="https://halvard.wd3.myworkdayjobs.com/wday/cxs/halvard/Careers/sidebarimage/3e9a" alt="Halvard Group" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Yannick,</p>
        <p>Thank you for applying for the <b>Senior Backend Engineer, Omnichannel (JR-118274)</b> position at Halvard Group. We have received your application and our Talent Acquisition team will now review it carefully.</p>
        <p>If your experience matches what we are looking for, a member of our team will reach out to schedule an interview. Due to the high number of applications, this may take a few weeks.</p>
        <p>You can track the status of your application at any time in your <a href="https://halvard.wd3.myworkdayjobs.com/en-US/Careers/userHome">candidate home</a>.</p>
        <p>Best regards,<br>Halvard Group Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">This is an automated message. Please do not reply.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Halvard Group", "halvard@myworkday.com"),
              "Thank you for applying – Senior Backend Engineer, Omnichannel (JR-118274)", "2026-10-10 23:11:38",
              "Europe/Paris", "<1728594698221.30817.1473920381@wd3-prod-mta-01>",
              "from wd3-mta01.myworkday.com (wd3-mta01.myworkday.com [198.51.100.201])",
              "mx1.example.org with ESMTPS id 4HqM2Tv6dX8zNc")
    return message(hs, html(htm))


@mail(nm(28), family="rejection", lang="fr", interview=False, company="Orizon Software",
      note="Rejection after the 22 Oct interview (windows-1252 QP); the past interview date is quoted",
      days=(("Thu", "2026-10-22"),))
def k28() -> bytes:
    body = t("""
        Bonjour Yannick,

        Nous vous remercions pour le temps que vous nous avez accordé lors de notre entretien du jeudi 22 octobre avec Thomas et Alexandre.

        Après réflexion, nous avons fait le choix de poursuivre le processus avec un autre candidat, dont l’expérience correspond davantage à nos besoins immédiats sur la facturation.

        Nous avons sincèrement apprécié la qualité de nos échanges et vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,

        Julie Masson
        Talent Acquisition – Orizon Software
        12 rue du Faubourg Poissonnière – 75010 Paris
        """)
    hs = head(addr("Julie Masson", "julie.masson@orizon-software.com"),
              "Votre candidature chez Orizon Software", "2026-10-30 17:55:21", "Europe/Paris",
              "<PAYP264MB35190A1B2C3D4E5F6A7B8C9D0E1F2A3B@PAYP264MB3519.FRAP264.PROD.OUTLOOK.COM>",
              "from PA4P264CU001.outbound.protection.outlook.com (mail-francecentralazon11021030.outbound.protection.outlook.com [203.0.113.30])",
              "mx1.example.org with ESMTPS id 4J0F3Hn9bV1zQr", charset="windows-1252",
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(nm(29), family="rejection", lang="en", interview=False, company="Marlowe Health",
      note="UK agency relays Marlowe Health's rejection after 'Wednesday's interview'; asks for an unscheduled call")
def k29() -> bytes:
    body = t("""
        Hi Yannick,

        Hope you're well. I've just had feedback from Marlowe after Wednesday's interview and unfortunately they've decided not to progress – they went with a candidate who'd already done NHS integration work (GP Connect etc.). Rhiannon was genuinely complimentary about your system design answer though, and said they'd happily look at you again for the platform role they're opening in Q1.

        Gutted for you, but let's keep talking – I've got a couple of other remote-first UK clients I think you'd be a strong fit for. Free for a quick call at some point this week?

        Cheers,
        Olly

        Olly Bennett
        Senior Consultant – Software Engineering
        Harcourt Tech Recruitment Ltd | 20 Booth Street, Manchester M2 4AT
        """)
    hs = head(addr("Olly Bennett", "olly.bennett@harcourt-recruitment.co.uk"), "Marlowe Health – feedback",
              "2026-11-03 12:02:47", "Europe/London",
              "<LO2P265MB50237E8F9A0B1C2D3E4F5A6B7C8D9E0F@LO2P265MB5023.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2102.outbound.protection.outlook.com [203.0.113.102])",
              "mx1.example.org with ESMTPS id 4J02Rt4hK8zPqm",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body))


@mail(nm(30), family="offer", lang="fr", interview=False, company="Pinasse",
      note="Offer from the startup's CTO with a PDF; answer deadline 'vendredi 20 novembre', start date in 2027",
      days=(("Fri", "2026-11-20"),))
def k30() -> bytes:
    body = t("""
        Salut Yannick,

        Après ton technique avec moi et ton échange avec l'équipe, on a le plaisir de te faire une proposition pour rejoindre Pinasse en CDI 🎉

        Tu trouveras la promesse d'embauche en PJ. En résumé :
        - Poste : Développeur Backend Senior
        - Salaire : 54 k€ brut annuel + BSPCE (détails dans le doc)
        - Full remote possible, avec un séminaire par trimestre à Bordeaux
        - Début souhaité : lundi 4 janvier 2027

        On aimerait avoir ta réponse d'ici le vendredi 20 novembre. Si tu as des questions (package, stack, organisation), on peut s'appeler quand tu veux cette semaine, dis-moi.

        À très vite j'espère !
        Mathieu

        --
        Mathieu Darrigrand
        CTO – Pinasse
        """)
    hs = head(addr("Mathieu Darrigrand", "mathieu@pinasse.io"), "Proposition d'embauche – Développeur Backend Senior",
              "2026-11-16 18:30:02", "Europe/Paris", "<CAM3pz8Hf2qR0wN7tYc4xK9bVs1Lm6dJe5gU@mail.gmail.com>",
              "from mail-ej1-f50.google.com (mail-ej1-f50.google.com [192.0.2.50])",
              "mx1.example.org with ESMTPS id 4J6y0Bt2rW7zHs",
              extra=(("Cc", addr("Léa Castaing", "lea@pinasse.io")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf("Promesse_embauche_Yannick_Le_Goff.pdf", "Promesse d'embauche")))


@mail(nm(31), family="recruiter_outreach", lang="fr", interview=False, company="Digitalis Ouest",
      note="ESN cold outreach, asks for availability for a call; nothing fixed")
def k31() -> bytes:
    body = t("""
        Hello Yannick,

        Je me permets de te contacter suite à ton profil vu sur LinkedIn. Je recrute en ce moment pour un de nos clients grands comptes (secteur assurance) un dev back Java/Kotlin, en CDI chez nous, mission longue sur Saint-Herblain avec 2j de TT/semaine.

        Stack : Kotlin, Spring Boot, Kafka, PostgreSQL, K8s
        Package : 45 à 52K selon profil + prime vacances + tickets resto

        Aurais-tu 15 min cette semaine ou la semaine pro pour un premier call ? Dis-moi tes dispos, je m'adapte.

        Bonne journée,
        Kévin

        Kévin Tessier | Chargé de recrutement IT
        Digitalis Ouest – ESN | Nantes · Rennes · Angers
        07 81 55 20 64
        """)
    hs = head(addr("Kévin Tessier", "k.tessier@digitalis-ouest.fr"),
              "Opportunité CDI Dev Java/Kotlin – Nantes – 45/52K", "2026-10-13 09:58:17", "Europe/Paris",
              "<PR2P264MB0598D1E2F3A4B5C6D7E8F9A0B1C2D3E4@PR2P264MB0598.FRAP264.PROD.OUTLOOK.COM>",
              "from PR0P264CU002.outbound.protection.outlook.com (mail-francesouthazon11020002.outbound.protection.outlook.com [203.0.113.2])",
              "mx1.example.org with ESMTPS id 4HrN6Kw1pG3zTb")
    return message(hs, text(body))


@mail(nm(32), family="scheduling_link", lang="en", interview=False, company="Fenwick Ledger",
      note="Talent partner sends a Calendly link to pick an intro-call slot; nothing booked yet (booked later, see k06)")
def k32() -> bytes:
    body = t("""
        Hi Yannick,

        Thanks for applying for the Backend Engineer (Python) role at Fenwick Ledger – your experience with payment reconciliation really stood out.

        I'd love to set up a 30-minute intro call to tell you more about the team and hear what you're looking for. Please grab whatever slot suits you best here:
        https://calendly.com/hannah-pryce-fenwick/intro-call

        Times will show in your local time zone. If none of them work, just reply with a couple of options and I'll make it happen.

        Speak soon,
        Hannah

        Hannah Pryce
        Talent Partner | Fenwick Ledger
        fenwickledger.co.uk | Remote-first, HQ in Bristol
        """)
    hs = head(addr("Hannah Pryce", "hannah.pryce@fenwickledger.co.uk"),
              "Fenwick Ledger – Backend Engineer (Python): next steps", "2026-11-04 09:12:50", "Europe/London",
              "<CAGt5rN2wQ8pZ1mX7kVb3Hc9Ls0Fd6jYe4aR@mail.gmail.com>",
              "from mail-wm1-f47.google.com (mail-wm1-f47.google.com [192.0.2.47])",
              "mx1.example.org with ESMTPS id 4J1Gc0Xs5N2zWk")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(33), family="scheduling_link", lang="fr", interview=False, company="Kerlouan Santé",
      note="Teamtailor self-schedule request ('Choisissez un créneau', slots between 13 and 16 October); "
           "not booked yet (the booking confirmation is k01)",
      days=(("Tue", "2026-10-13"), ("Fri", "2026-10-16")))
def k33() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Merci pour votre candidature au poste de Développeur·se Backend Python !

        Nous aimerions échanger avec vous lors d'un premier entretien en visio de 45 minutes avec Chloé Marchand (Talent Acquisition) et Bastien Rolland (Lead Developer).

        Choisissez le créneau qui vous convient le mieux parmi nos disponibilités, entre le mardi 13 et le vendredi 16 octobre :

        Choisir un créneau : https://app.teamtailor.com/meetings/book/kerlouan-sante/7b2e9f41-c3d5-4a86-b0e1-2f3a4b5c6d7e

        Vous recevrez une confirmation dès que votre créneau sera réservé.

        À bientôt,
        L'équipe Kerlouan Santé

        --
        Envoyé avec Teamtailor · https://kerlouan-sante.teamtailor.com
        """)
    htm = t("""
        <html><body style="margin:0;background:#f6f6f4">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/8f1c2d/kerlouan.png" alt="Kerlouan Santé" height="32">
        <p>Bonjour Yannick,</p>
        <p>Merci pour votre candidature au poste de Développeur·se Backend Python&nbsp;!</p>
        <p>Nous aimerions échanger avec vous lors d'un premier entretien en visio de 45&nbsp;minutes avec Chloé Marchand (Talent Acquisition) et Bastien Rolland (Lead Developer).</p>
        <p>Choisissez le créneau qui vous convient le mieux parmi nos disponibilités, entre le mardi 13 et le vendredi 16 octobre&nbsp;:</p>
        <p><a href="https://app.teamtailor.com/meetings/book/kerlouan-sante/7b2e9f41-c3d5-4a86-b0e1-2f3a4b5c6d7e" style="display:inline-block;background:#e7336b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">Choisir un créneau</a></p>
        <p>Vous recevrez une confirmation dès que votre créneau sera réservé.</p>
        <p>À bientôt,<br>L'équipe Kerlouan Santé</p>
        <p style="font-size:12px;color:#999">Envoyé avec <a href="https://www.teamtailor.com" style="color:#999">Teamtailor</a></p>
        </div></body></html>
        """)
    hs = head(addr("Kerlouan Santé", "no-reply@teamtailor-mail.com"),
              "Choisissez un créneau pour votre entretien – Développeur·se Backend Python", "2026-10-06 10:05:48",
              "Europe/Paris",
              "<0107019a1b2c3d4e-8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d-000000@eu-west-1.amazonses.com>",
              "from a8-44.smtp-out.eu-west-1.amazonses.com (a8-44.smtp-out.eu-west-1.amazonses.com [198.51.100.144])",
              "mx1.example.org with ESMTPS id 4Hn8Vb1qR6zJcx",
              extra=(("Reply-To", addr("Chloé Marchand", "chloe.marchand@kerlouan-sante.fr")),
                     ("X-Teamtailor-Company", "kerlouan-sante")))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(34), family="slot_proposal", lang="fr", interview=False, company="Pinasse",
      note="Three slots proposed, none agreed yet (the choice is confirmed later in k15)",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28"), ("Thu", "2026-10-29")))
def k34() -> bytes:
    body = t("""
        Hello Yannick,
        Suite à ton échange avec Mathieu, on aimerait passer au technique ! Je te propose trois créneaux : mardi 27/10 à 14h, mercredi 28/10 à 10h ou jeudi 29/10 à 11h.
        Dis-moi ce qui t'arrange 🙂
        Léa

        --
        Léa Castaing
        People & Talent – Pinasse
        pinasse.io | Bordeaux, quai des Chartrons
        """)
    hs = head(addr("Léa Castaing", "lea@pinasse.io"), "Pinasse x Yannick – entretien technique",
              "2026-10-21 15:20:33", "Europe/Paris", "<CAE7hq0Vb8sN2kLp@mail.gmail.com>",
              "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [192.0.2.44])",
              "mx1.example.org with ESMTPS id 4Hw9Sd0fT2zMxe")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(35), family="slot_proposal", lang="fr", interview=False, company="Vilaine Systems",
      note="One slot proposed ('Seriez-vous disponible le jeudi 19 novembre à 14h ?'), awaiting the candidate's answer",
      days=(("Thu", "2026-11-19"),))
def k35() -> bytes:
    body = t("""
        Bonjour Monsieur Le Goff,

        Votre candidature au poste de Lead développeur Python a retenu toute notre attention.

        Seriez-vous disponible le jeudi 19 novembre à 14h pour un premier entretien téléphonique d'une trentaine de minutes avec notre responsable technique, M. Yves Le Pape ?

        Merci de me confirmer ce créneau ou, à défaut, de m'indiquer vos disponibilités pour la semaine suivante.

        Bien cordialement,

        Aurélie Gicquel
        Assistante Ressources Humaines
        Vilaine Systems – 8 rue du Bignon, 35000 Rennes
        """)
    hs = head(addr("Aurélie Gicquel", "aurelie.gicquel@vilaine-systems.fr"),
              "Votre candidature – Lead développeur Python", "2026-11-13 11:40:29", "Europe/Paris",
              "<000f01dd7a3b$8c2e4f10$a48aed30$@vilaine-systems.fr>",
              "from smtp.vilaine-systems.fr (smtp.vilaine-systems.fr [198.51.100.35])",
              "mx1.example.org with ESMTPS id 4J5cZp7nD0zLvr",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")))
    return message(hs, text(body))


@mail(nm(36), family="take_home", lang="fr", interview=False, company="Beffroi Analytics",
      note="Take-home exercise with a deadline 'avant le lundi 9 novembre à 9h'; the next interview is not yet set",
      days=(("Mon", "2026-11-09"),))
def k36() -> bytes:
    body = t("""
        Bonjour Yannick,

        Merci encore pour l'échange de vendredi ! Comme annoncé, voici l'exercice technique : une petite API d'agrégation de données de fréquentation (énoncé complet dans le README du dépôt).

        Dépôt : https://github.com/beffroi-analytics/exercice-backend (je t'ai ajouté en lecture)

        Compte 3-4h maximum, inutile d'en faire plus. Merci de nous envoyer le lien vers ton dépôt avant le lundi 9 novembre à 9h. On en discutera ensemble lors de l'entretien final la semaine suivante, je t'enverrai l'invitation.

        Bon courage !
        Antoine

        Antoine Lefebvre
        Lead Backend – Beffroi Analytics
        42 rue Nationale, 59000 Lille
        """)
    hs = head(addr("Antoine Lefebvre", "antoine.lefebvre@beffroi-analytics.fr"),
              "Exercice technique – Beffroi Analytics", "2026-11-02 09:30:57", "Europe/Paris",
              "<CAN8wq3Lp5zT0xR2mYc7kH9bVd1Fs4jQe6gW@mail.gmail.com>",
              "from mail-lf1-f53.google.com (mail-lf1-f53.google.com [192.0.2.53])",
              "mx1.example.org with ESMTPS id 4J0Y5Hk8cT1zBp")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(37), family="assessment", lang="fr", interview=False, company="Banque Cordelier",
      note="CodinGame online test invitation with a deadline 'dimanche 22/11/2026 à 23h59'; not an interview",
      days=(("Sun", "2026-11-22"),))
def k37() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Banque Cordelier vous invite à passer un test technique dans le cadre de votre candidature au poste Ingénieur Développement Backend - Plateforme Paiements.

        Durée du test : 1h30 (à réaliser en une seule fois)
        Langages proposés : Java, Python
        Date limite : dimanche 22/11/2026 à 23h59 (heure de Paris)

        Commencer le test : https://www.codingame.com/evaluate/?id=4417283c2b9e6a1f0d8e7c6b5a49382716

        Nos conseils : installez-vous au calme, vérifiez votre connexion et entraînez-vous si besoin sur le test de démonstration.

        Bonne chance !
        L'équipe CodinGame pour Banque Cordelier
        """)
    htm = t("""
        <html><body style="background:#f2f2f2;margin:0;font-family:Arial,Helvetica,sans-serif">
        <table width="600" align="center" style="background:#fff" cellpadding="24"><tr><td style="font-size:14px;color:#3a3a3a">
        <img src="https://static.codingame.com/assets/email/cg-for-work-logo.png" alt="CodinGame" height="28">
        <p>Bonjour Yannick,</p>
        <p><b>Banque Cordelier</b> vous invite à passer un test technique dans le cadre de votre candidature au poste Ingénieur Développement Backend - Plateforme Paiements.</p>
        <ul><li>Durée du test&nbsp;: 1h30 (à réaliser en une seule fois)</li><li>Langages proposés&nbsp;: Java, Python</li><li>Date limite&nbsp;: <b>dimanche 22/11/2026 à 23h59</b> (heure de Paris)</li></ul>
        <p><a href="https://www.codingame.com/evaluate/?id=4417283c2b9e6a1f0d8e7c6b5a49382716" style="background:#f2bb13;color:#000;padding:12px 20px;text-decoration:none;font-weight:bold">Commencer le test</a></p>
        <p>Nos conseils&nbsp;: installez-vous au calme, vérifiez votre connexion et entraînez-vous si besoin sur le test de démonstration.</p>
        <p>Bonne chance&nbsp;!<br>L'équipe CodinGame pour Banque Cordelier</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("CodinGame", "noreply@codingame.com"),
              "Banque Cordelier vous invite à passer un test technique", "2026-11-17 10:04:15", "Europe/Paris",
              "<20261117090415.4417283c2b9e@mail.codingame.com>",
              "from mail.codingame.com (mail.codingame.com [198.51.100.77])",
              "mx1.example.org with ESMTPS id 4J7Mv2Qr9K1zFd")
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Doctolib dentist reminder, HTML only: a confirmed time, not an interview",
      days=(("Thu", "2026-11-12"),))
def k38() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f8fc;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td style="background:#107aca;padding:16px 24px;border-radius:8px 8px 0 0"><img src="https://www.doctolib.fr/assets/email/doctolib-logo-white.png" alt="Doctolib" height="24"></td></tr>
        <tr><td style="padding:24px;font-size:15px">
        <p style="font-size:20px;font-weight:bold;margin-top:0">Rappel : votre rendez-vous est demain</p>
        <p>Bonjour Yannick,</p>
        <p>Nous vous rappelons votre rendez-vous&nbsp;:</p>
        <p style="background:#eef5fb;padding:12px;border-radius:6px"><b>jeudi 12 novembre 2026 à 09:15</b><br>
        Dr Hervé Le Floch – Chirurgien-dentiste<br>
        14 rue Crébillon, 44000 Nantes<br>
        Motif : Détartrage</p>
        <p>En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance pour libérer le créneau.</p>
        <p><a href="https://www.doctolib.fr/account/appointments" style="background:#107aca;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Gérer mon rendez-vous</a></p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#6b7a8c">Ceci est un e-mail automatique, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Doctolib", "no-reply@doctolib.fr"),
              "Rappel : votre rendez-vous demain à 09:15 avec Dr Hervé Le Floch", "2026-11-11 18:00:06",
              "Europe/Paris", "<rdv-reminder-8a1b2c3d4e5f6071@doctolib.fr>",
              "from mail.doctolib.fr (mail.doctolib.fr [198.51.100.150])",
              "mx1.example.org with ESMTPS id 4J4b1Nw6yP0zHt")
    return message(hs, html(htm))


@mail(nm(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Google Agenda invitation from the current manager for the 'Entretien annuel' (yearly review) at the current "
           "employer, work address auto-forwarded; a fixed time but not a job interview",
      days=(("Thu", "2026-12-10"),))
def k39() -> bytes:
    eid = "N2Jxd2U0cjl0MnkxdTVpOG8zcDZhMGwgeWFubmljay5sZWdvZmZAdHJlZ29yLWRpZ2l0YWwuZnI"
    plain = t("""
        Sophie Mercier vous a invité à un événement
        Entretien annuel 2026 – Yannick Le Goff

        Quand
        jeudi 10 déc. 2026 ⋅ 10:00 – 11:30 (heure normale d'Europe centrale - Paris)

        Lieu
        Salle Erdre (2e étage)

        Invités
        Sophie Mercier - organisateur
        yannick.legoff@tregor-digital.fr

        Bonjour Yannick,
        Je te cale notre entretien annuel d'évaluation + l'entretien professionnel. Pense à remplir ton auto-évaluation dans Lucca avant le 7/12.
        Sophie

        """) + gcal_footer(eid, WORK)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261210T090000Z
        DTEND:20261210T103000Z
        DTSTAMP:20261124T132011Z
        ORGANIZER;CN=Sophie Mercier:mailto:sophie.mercier@tregor-digital.fr
        UID:7bqwe4r9t2y1u5i8o3p6a0l@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sophie Mercier;X-NUM-GUESTS=0:mailto:sophie.mercier@tregor-digital.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yannick.legoff@tregor-digital.fr;X-NUM-GUESTS=0:mailto:yannick.legoff@tregor-digital.fr
        CREATED:20261124T131958Z
        DESCRIPTION:Bonjour Yannick\\,<br>Je te cale notre entretien annuel d'évaluation + l'entretien professionnel. Pense à remplir ton auto-évaluation dans Lucca avant le 7/12.<br>Sophie
        LAST-MODIFIED:20261124T132009Z
        LOCATION:Salle Erdre (2e étage)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien annuel 2026 – Yannick Le Goff
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sophie Mercier", "sophie.mercier@tregor-digital.fr"),
              "Invitation: Entretien annuel 2026 – Yannick Le Goff @ jeu. 10 déc. 2026 10:00 - 11:30 (CET) (yannick.legoff@tregor-digital.fr)",
              "2026-11-24 14:20:11", "Europe/Paris", "<calendar-91d3e5f7-2a4c-4b6e-8d0f-1a3c5e7f9b2d@google.com>",
              "from mail-sor-f65.google.com (mail-sor-f65.google.com [192.0.2.65])",
              "mx1.example.org with ESMTPS id 4J9p3Rx0vW5zKg", to=WORK,
              extra=(("Reply-To", addr("Sophie Mercier", "sophie.mercier@tregor-digital.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"{WORK} {ME}")))
    body = mixed(
        alt(text(plain), html(gcal_html(plain)), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True))
    return message(hs, body)


@mail(nm(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Rental agent confirms an apartment viewing in Rennes 'samedi 14 novembre à 11h'; not an interview",
      days=(("Sat", "2026-11-14"),))
def k40() -> bytes:
    body = t("""
        Bonjour Monsieur Le Goff,

        Je vous confirme la visite de l'appartement T2 (48 m², 3e étage sans ascenseur) situé 62 rue de Saint-Malo à Rennes, le samedi 14 novembre à 11h. Rendez-vous devant l'immeuble, je vous attendrai avec les clés.

        Merci de prévoir votre dossier locataire : 3 derniers bulletins de salaire, contrat de travail ou promesse d'embauche, dernier avis d'imposition et pièce d'identité.

        Cordialement,

        Gaëlle Hamon
        Négociatrice location - Thabor Immobilier
        11 rue de Paris, 35000 Rennes
        02 99 38 71 20
        """)
    hs = head(addr("Gaëlle Hamon", "g.hamon@thabor-immobilier.fr"),
              "Confirmation visite – T2 rue de Saint-Malo (réf. L-3318)", "2026-11-11 16:22:48", "Europe/Paris",
              "<7d5c3a1e-9f8b-4e2d-b6a4-0c1e3f5a7b9d@thabor-immobilier.fr>",
              "from smtp.thabor-immobilier.fr (smtp.thabor-immobilier.fr [198.51.100.99])",
              "mx1.example.org with ESMTPS id 4J4Zt6Lq2C8zNs",
              extra=(("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(nm(41), family="meetup", lang="fr", interview=False, company=None,
      note="Meetup RSVP confirmation for a talk titled about technical interviews; a confirmed time, not an interview",
      days=(("Thu", "2026-11-19"),))
def k41() -> bytes:
    plain = t("""
        Vous participez !

        Nantes Backend Meetup #42 : Entretiens techniques, le live coding est-il mort ?

        jeudi 19 novembre 2026
        19:00 à 21:30 CET

        Le Hangar Numérique
        12 quai de la Fosse, 44000 Nantes

        Au programme : retours d'expérience de trois recruteurs tech nantais et d'une lead dev, puis table ronde « exercice à la maison vs live coding ». Pizzas offertes par nos sponsors 🍕

        Ajouter à Google Agenda : https://www.meetup.com/fr-FR/nantes-backend-meetup/events/304118752/ical/
        Voir l'événement : https://www.meetup.com/fr-FR/nantes-backend-meetup/events/304118752/

        Vous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place.

        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        Gérer vos paramètres de notifications : https://www.meetup.com/fr-FR/account/comm-prefs/
        """)
    htm = t("""
        <html><body style="margin:0;background:#f6f7f8;font-family:Graphik,Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
        <tr><td style="padding:24px"><img src="https://secure.meetupstatic.com/next/images/shared/meetup-logo.png" alt="Meetup" height="28"></td></tr>
        <tr><td style="padding:0 24px"><p style="font-size:24px;font-weight:bold;margin:0">Vous participez&nbsp;!</p>
        <p style="font-size:18px;font-weight:600">Nantes Backend Meetup #42&nbsp;: Entretiens techniques, le live coding est-il mort&nbsp;?</p>
        <p style="font-size:15px">jeudi 19 novembre 2026<br>19:00 à 21:30 CET</p>
        <p style="font-size:15px">Le Hangar Numérique<br>12 quai de la Fosse, 44000 Nantes</p>
        <p style="font-size:14px;color:#555">Au programme&nbsp;: retours d'expérience de trois recruteurs tech nantais et d'une lead dev, puis table ronde «&nbsp;exercice à la maison vs live coding&nbsp;». Pizzas offertes par nos sponsors 🍕</p>
        <p><a href="https://www.meetup.com/fr-FR/nantes-backend-meetup/events/304118752/" style="background:#f65858;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Voir l'événement</a></p></td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888">Meetup LLC, POB 4668 #37895, New York, NY 10163-4668 · <a href="https://www.meetup.com/fr-FR/account/comm-prefs/" style="color:#888">Paramètres de notifications</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "Vous participez à « Nantes Backend Meetup #42 : Entretiens techniques, le live coding est-il mort ? »",
              "2026-11-13 20:14:31", "Europe/Paris", "<0100019a7c3e5b21-2f4d6a8c-1e3b-4d5f-a7c9-e1b3d5f7a9c2-000000@email.amazonses.com>",
              "from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [198.51.100.131])",
              "mx1.example.org with ESMTPS id 4J5wQ1Hn7R4zDx",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/fr-FR/account/comm-prefs/?unsub=rsvp>"),))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(42), family="marketing_webinar", lang="fr", interview=False, company=None,
      note="APEC online workshop about job interviews, registration confirmed with an ICS (Europe/Paris); "
           "not the candidate's interview",
      days=(("Thu", "2026-11-26"),))
def k42() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Votre inscription est confirmée !

        Atelier en ligne : « Entretien de recrutement : les clés pour convaincre »
        jeudi 26 novembre 2026, de 12h30 à 13h30
        En ligne (Microsoft Teams) – le lien de connexion vous sera envoyé la veille

        Animé par une consultante Apec, cet atelier vous donne les repères pour préparer vos entretiens : se présenter en 3 minutes, répondre aux questions pièges, parler salaire.

        L'invitation est jointe à ce message pour l'ajouter à votre agenda.

        À bientôt,
        L'équipe Événements Apec
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apec//Evenements//FR
        METHOD:PUBLISH
        @VTIMEZONE@
        BEGIN:VEVENT
        UID:apec-atelier-20261126-1230-5583@apec.fr
        DTSTAMP:20261120T093012Z
        DTSTART;TZID=Europe/Paris:20261126T123000
        DTEND;TZID=Europe/Paris:20261126T133000
        SUMMARY:Entretien de recrutement : les clés pour convaincre (atelier en ligne Apec)
        DESCRIPTION:Atelier en ligne animé par une consultante Apec. Le lien Teams vous sera envoyé la veille.
        LOCATION:En ligne (Microsoft Teams)
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@VTIMEZONE@", make.VTZ["Europe/Paris"])
    hs = head(addr("Apec Événements", "evenements@apec.fr"),
              "Inscription confirmée – Entretien de recrutement : les clés pour convaincre", "2026-11-20 10:30:12",
              "Europe/Paris", "<1763631012.20817.apec-evenements@mta2.apec.fr>",
              "from mta2.apec.fr (mta2.apec.fr [198.51.100.44])",
              "mx1.example.org with ESMTPS id 4J8Kc5Tz1M9zRw")
    return message(hs, mixed(text(plain),
                             calendar(ics, method="PUBLISH", cte="base64", filename="atelier-apec.ics",
                                      disposition="attachment", name_param=True)))


@mail(nm(43), family="mock_interview", lang="fr", interview=False, company=None,
      note="JobTeaser career-center booking of a mock technical interview ('Simulation d'entretien'); "
           "a confirmed time, not a job interview",
      days=(("Wed", "2026-11-25"),))
def k43() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Votre rendez-vous avec Aurélie Martin (Career Center – École d'ingénieurs de l'Erdre) est confirmé.

        Type de rendez-vous : Simulation d'entretien technique (alumni)
        Date : mercredi 25 novembre 2026
        Heure : 18:00 – 18:45
        Lieu : Visioconférence (le lien Teams figure dans votre espace JobTeaser)

        Pour en profiter au maximum, préparez l'offre d'emploi visée et votre CV à jour : Aurélie jouera le rôle du recruteur, puis vous fera un retour détaillé.

        Annuler ou modifier ce rendez-vous : https://erdre.jobteaser.com/fr/appointments/88231

        L'équipe JobTeaser
        """)
    htm = t("""
        <html><body style="background:#f4f4f9;margin:0;font-family:Arial,Helvetica,sans-serif">
        <table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:20px 28px;border-bottom:1px solid #eee"><img src="https://cdn.jobteaser.com/email/jobteaser-logo.png" alt="JobTeaser" height="26"></td></tr>
        <tr><td style="padding:24px 28px;font-size:14px;color:#24243b">
        <p>Bonjour Yannick,</p>
        <p>Votre rendez-vous avec <b>Aurélie Martin</b> (Career Center – École d'ingénieurs de l'Erdre) est confirmé.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#777">Type de rendez-vous</td><td>Simulation d'entretien technique (alumni)</td></tr>
        <tr><td style="color:#777">Date</td><td>mercredi 25 novembre 2026</td></tr>
        <tr><td style="color:#777">Heure</td><td>18:00 – 18:45</td></tr>
        <tr><td style="color:#777">Lieu</td><td>Visioconférence (le lien Teams figure dans votre espace JobTeaser)</td></tr></table>
        <p>Pour en profiter au maximum, préparez l'offre d'emploi visée et votre CV à jour&nbsp;: Aurélie jouera le rôle du recruteur, puis vous fera un retour détaillé.</p>
        <p><a href="https://erdre.jobteaser.com/fr/appointments/88231">Annuler ou modifier ce rendez-vous</a></p>
        <p>L'équipe JobTeaser</p></td></tr></table></body></html>
        """)
    hs = head(addr("JobTeaser", "notifications@jobteaser.com"),
              "Votre rendez-vous « Simulation d'entretien technique » est confirmé", "2026-11-19 12:05:44",
              "Europe/Paris", "<6578a1c2.9d3e4f50.jt-appointments@jobteaser.com>",
              "from mail.jobteaser.com (mail.jobteaser.com [198.51.100.171])",
              "mx1.example.org with ESMTPS id 4J7z2Kp6qS0zGc")
    return message(hs, alt(text(plain, cte="base64"), html(htm, cte="base64")))


@mail(nm(44), family="podcast", lang="fr", interview=False, company=None,
      note="Podcast host confirms recording 'l'interview mardi 24/11 à 18h30' with the candidate as guest; "
           "not a job interview",
      days=(("Tue", "2026-11-24"),))
def k44() -> bytes:
    body = t("""
        Yo Yannick,

        Top, c'est noté pour l'enregistrement de l'interview mardi 24/11 à 18h30 au studio (Le Hangar Numérique, 3e étage, 12 quai de la Fosse). Compte 1h d'enregistrement, on coupe au montage. On parlera de ta migration Celery -> Temporal et de ton talk au Nantes Backend Meetup.

        Je t'envoie les questions en amont ce week-end, histoire que tu ne sois pas pris au dépourvu 😉

        À mardi !
        Baptiste
        Code en Loire – le podcast des devs nantais

        Le lun. 16 nov. 2026 à 19:02, Yannick Le Goff <yannick.legoff@example.org> a écrit :
        > Salut Baptiste,
        >
        > Mardi 24 à 18h30, ça me va très bien.
        >
        > Yannick
        """)
    hs = head(addr("Baptiste Rialland", "baptiste@codeenloire.fm"), "Re: Interview pour le podcast Code en Loire",
              "2026-11-16 21:40:09", "Europe/Paris", "<CAK2vb9Fq1mW7zN4sYc0xR8pLt3Hd6jQe5gA@mail.gmail.com>",
              "from mail-qt1-f48.google.com (mail-qt1-f48.google.com [192.0.2.48])",
              "mx1.example.org with ESMTPS id 4J6zB8Ws3F0zTq",
              extra=(("In-Reply-To", "<CAJx7fk4nV1zQ8bR@mail.example.org>"),
                     ("References", "<CAK2vb9Ab3cD4eF@mail.gmail.com> <CAJx7fk4nV1zQ8bR@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(45), family="interviewer_invite", lang="fr", interview=False, company=None,
      note="Teamtailor notice from the current employer: the candidate is an interviewer for an intern's interview "
           "(work address auto-forwarded, ICS attached); not his own interview",
      days=(("Thu", "2026-11-26"),))
def k45() -> bytes:
    plain = t("""
        Bonjour Yannick,

        Vous avez été ajouté(e) en tant qu'interviewer à un entretien.

        Candidat : Lucas Morel
        Poste : Stage Développeur Back-end (H/F) – 6 mois
        Date : jeudi 26 novembre 2026, 14:00 – 15:00 (Europe/Paris)
        Lieu : Salle Sèvre, Trégor Digital (1er étage)
        Autres participants : Margaux Pichon (RH)

        Merci de compléter la fiche d'évaluation dans Teamtailor après l'entretien.

        Voir le profil du candidat : https://app.teamtailor.com/companies/tregor-digital/candidates/2231874

        --
        Envoyé avec Teamtailor
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews 1.0//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-0e4c2a91-6b3d-4f7e-8a15-c9d2e3f4a5b6@teamtailor.com
        DTSTAMP:20261119T160217Z
        DTSTART:20261126T130000Z
        DTEND:20261126T140000Z
        SUMMARY:Entretien : Lucas Morel – Stage Développeur Back-end (H/F)
        LOCATION:Salle Sèvre\\, Trégor Digital (1er étage)
        ORGANIZER;CN=Margaux Pichon:mailto:margaux.pichon@tregor-digital.fr
        ATTENDEE;CN=Yannick Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yannick.legoff@tregor-digital.fr
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Trégor Digital", "no-reply@teamtailor-mail.com"),
              "Nouvel entretien : Lucas Morel – Stage Développeur Back-end (H/F)", "2026-11-19 17:02:17",
              "Europe/Paris",
              "<0107019a8d1e2f3a-4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e-000000@eu-west-1.amazonses.com>",
              "from a8-52.smtp-out.eu-west-1.amazonses.com (a8-52.smtp-out.eu-west-1.amazonses.com [198.51.100.152])",
              "mx1.example.org with ESMTPS id 4J7zQ4Mc8V2zWb", to=addr(ME_NAME, WORK),
              extra=(("X-Teamtailor-Company", "tregor-digital"),
                     ("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"{WORK} {ME}")))
    return message(hs, mixed(text(plain),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(nm(46), family="reference_call", lang="en", interview=False, company=None,
      note="A London employer confirms a reference call with the candidate about a former colleague "
           "('Tuesday 1 December at 11:30am UK time'); not his interview",
      days=(("Tue", "2026-12-01"),))
def k46() -> bytes:
    body = t("""
        Hi Yannick,

        Thank you for agreeing to act as a referee for Inès Carpentier, who has applied for a Senior Data Engineer role with us.

        As agreed, I'll call you on Tuesday 1 December at 11:30am UK time (12:30 your time) on the mobile number Inès gave us. It should take no more than 15-20 minutes: I'll ask about your time working together at Trégor Digital, her strengths and any areas for development.

        Many thanks in advance,

        Rebecca Holt
        People Team – Quayside Analytics Ltd
        Quayside House, 1 Newcastle Quay, London E14 9SL
        """)
    hs = head(addr("Rebecca Holt", "rebecca.holt@quaysideanalytics.co.uk"), "Reference call – Inès Carpentier",
              "2026-11-26 15:45:30", "Europe/London",
              "<CWXP265MB4417C2D3E4F5A6B7C8D9E0F1A2B3C4D5@CWXP265MB4417.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2110.outbound.protection.outlook.com [203.0.113.110])",
              "mx1.example.org with ESMTPS id 4JBk9Nr2xT5zHq",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div>'))))


@mail(nm(47), family="auto_reply", lang="fr", interview=False, company="Nordéo",
      note="Out-of-office auto-reply (Auto-Submitted) from the recruiter to the candidate's thank-you note",
      days=(("Wed", "2026-11-25"), ("Fri", "2026-11-27")))
def k47() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du mercredi 25 au vendredi 27 novembre inclus, avec un accès limité à mes e-mails.
        Pour toute demande urgente concernant un recrutement, vous pouvez écrire à recrutement@nordeo.fr.

        Bien cordialement,

        Amandine Delattre
        Responsable recrutement – Nordéo
        """)
    hs = head(addr("Amandine Delattre", "amandine.delattre@nordeo.fr"),
              "Réponse automatique : Merci pour l'entretien de lundi", "2026-11-25 08:31:52", "Europe/Paris",
              "<PR3P264MB1862A0B1C2D3E4F5A6B7C8D9E0F1A2B3@PR3P264MB1862.FRAP264.PROD.OUTLOOK.COM>",
              "from PR0P264CU014.outbound.protection.outlook.com (mail-francesouthazon11020019.outbound.protection.outlook.com [203.0.113.19])",
              "mx1.example.org with ESMTPS id 4JAs1Gx8kP3zVn",
              extra=(("In-Reply-To", "<CAJx7fk1pR5sT9wQ@mail.example.org>"),
                     ("References", "<CAJx7fk1pR5sT9wQ@mail.example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "amandine.delattre@nordeo.fr"),
                     ("Content-Language", "fr-FR")))
    return message(hs, text(body))


@mail(nm(48), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of the candidate's own confirmation mail (typo in the address); the returned message "
           "states a time but nobody confirmed anything to the candidate",
      days=(("Thu", "2026-10-15"),))
def k48() -> bytes:
    original = message([
        ("Return-Path", f"<{ME}>"),
        ("From", TO),
        ("To", addr("Chloé Marchand", "chloe.marchant@kerlouan-sante.fr")),
        ("Subject", enc("Re: Votre entretien est confirmé – Développeur·se Backend Python")),
        ("Date", date("2026-10-11 10:01:56", "Europe/Paris")),
        ("Message-ID", "<CAJx7fk8mW2pL4vQ@mail.example.org>"),
    ], text(t("""
        Bonjour Chloé,

        Je vous confirme ma présence jeudi 15 octobre à 10h pour l'entretien en visio. Merci pour l'invitation, au plaisir d'échanger avec vous et Bastien.

        Bien à vous,
        Yannick Le Goff
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <chloe.marchant@kerlouan-sante.fr>: host mx.kerlouan-sante.fr[198.51.100.210]
            said: 550 5.1.1 <chloe.marchant@kerlouan-sante.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Hp1Qz6bXwz9rLp
        X-Postfix-Sender: rfc822; yannick.legoff@example.org
        Arrival-Date: Sun, 11 Oct 2026 10:01:58 +0200 (CEST)

        Final-Recipient: rfc822; chloe.marchant@kerlouan-sante.fr
        Original-Recipient: rfc822;chloe.marchant@kerlouan-sante.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kerlouan-sante.fr
        Diagnostic-Code: smtp; 550 5.1.1 <chloe.marchant@kerlouan-sante.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                 notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Hp1R03kLqz9rLr; Sun, 11 Oct 2026 10:02:01 +0200 (CEST)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-11 10:02:01", "Europe/Paris")),
        ("Message-ID", "<20261011080201.4Hp1R03kLqz9rLr@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(nm(49), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Welcome to the Jungle magazine newsletter about technical interviews; mentions a live session "
           "'jeudi 12 novembre à 12h30' but confirms nothing for the reader",
      days=(("Thu", "2026-11-12"),))
def k49() -> bytes:
    plain = t("""
        Le Mag – Welcome to the Jungle

        Les 7 questions qu'on vous posera en entretien technique (et comment y répondre)
        « Parlez-moi d'un bug dont vous êtes fier », « Comment scaleriez-vous ce service ? »… On a demandé à douze CTO ce qu'ils attendent vraiment derrière leurs questions.
        Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-entretien-technique

        Relancer après un entretien sans être lourd : le guide
        Trois jours, une semaine, quinze jours ? Le bon timing et trois modèles de mails.
        https://www.welcometothejungle.com/fr/articles/relancer-apres-entretien

        « J'ai raté mon entretien final, et c'était la meilleure chose qui pouvait m'arriver »
        https://www.welcometothejungle.com/fr/articles/rater-entretien-final-temoignage

        EN LIVE – jeudi 12 novembre à 12h30 : « Négocier son salaire quand on est dev », avec deux recruteuses tech. Inscription gratuite sur le site.

        Vous recevez cette newsletter car vous êtes inscrit(e) sur Welcome to the Jungle.
        Se désinscrire : https://www.welcometothejungle.com/fr/newsletter/unsubscribe
        """)
    htm = t("""
        <html><body style="margin:0;background:#fffaf0;font-family:Georgia,'Times New Roman',serif;color:#1a1a1a">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#ffcd00;padding:18px 24px;font-family:Helvetica,Arial,sans-serif;font-weight:bold">Le Mag – Welcome to the Jungle</td></tr>
        <tr><td style="padding:24px"><h1 style="font-size:26px;line-height:32px">Les 7 questions qu'on vous posera en entretien technique (et comment y répondre)</h1>
        <p>«&nbsp;Parlez-moi d'un bug dont vous êtes fier&nbsp;», «&nbsp;Comment scaleriez-vous ce service&nbsp;?&nbsp;»… On a demandé à douze CTO ce qu'ils attendent vraiment derrière leurs questions.</p>
        <p><a href="https://www.welcometothejungle.com/fr/articles/questions-entretien-technique">Lire l'article</a></p></td></tr>
        <tr><td style="padding:0 24px 16px"><h2 style="font-size:19px">Relancer après un entretien sans être lourd&nbsp;: le guide</h2>
        <p>Trois jours, une semaine, quinze jours&nbsp;? Le bon timing et trois modèles de mails. <a href="https://www.welcometothejungle.com/fr/articles/relancer-apres-entretien">Lire</a></p></td></tr>
        <tr><td style="padding:0 24px 16px"><h2 style="font-size:19px">«&nbsp;J'ai raté mon entretien final, et c'était la meilleure chose qui pouvait m'arriver&nbsp;»</h2>
        <p><a href="https://www.welcometothejungle.com/fr/articles/rater-entretien-final-temoignage">Lire le témoignage</a></p></td></tr>
        <tr><td style="padding:16px 24px;background:#000;color:#fff;font-family:Helvetica,Arial,sans-serif">EN LIVE – jeudi 12 novembre à 12h30&nbsp;: «&nbsp;Négocier son salaire quand on est dev&nbsp;», avec deux recruteuses tech. Inscription gratuite sur le site.</td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888;font-family:Helvetica,Arial,sans-serif">Vous recevez cette newsletter car vous êtes inscrit(e) sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/newsletter/unsubscribe" style="color:#888">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
              "Les 7 questions qu'on vous posera en entretien technique (et comment y répondre)",
              "2026-11-08 09:00:04", "Europe/Paris", "<20261108080004.c71e3a9f5b2d4860@mail.welcometothejungle.com>",
              "from mail.welcometothejungle.com (mail.welcometothejungle.com [198.51.100.190])",
              "mx1.example.org with ESMTPS id 4J2xL7Fp0N6zSd",
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/newsletter/unsubscribe?token=eyJ0eXAi>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(htm)))


@mail(nm(50), family="post_interview", lang="fr", interview=False, company="Brizh Logistics",
      note="Hiring manager's reply to the thank-you note after Monday's interview: 'je reviens vers toi d'ici vendredi'")
def k50() -> bytes:
    body = t("""
        Salut Yannick,

        Merci à toi pour l'échange d'hier, Morgane et moi avons vraiment apprécié ta façon d'aborder le problème de tournées. On débriefe en équipe cette semaine et je reviens vers toi d'ici vendredi pour la suite.

        Bonne soirée,
        Gwen

        --
        Gwenaël Tanguy
        CTO – Brizh Logistics
        Rennes · brizh-logistics.fr

        Le mar. 20 oct. 2026 à 08:47, Yannick Le Goff <yannick.legoff@example.org> a écrit :
        > Bonjour Gwenaël,
        >
        > Merci encore pour le temps que vous m'avez consacré hier avec Morgane, j'ai beaucoup apprécié la discussion sur l'optimisation des tournées.
        >
        > Au plaisir,
        > Yannick
        """)
    hs = head(addr("Gwenaël Tanguy", "gwenael.tanguy@brizh-logistics.fr"), "Re: Merci pour l'entretien",
              "2026-10-20 18:12:26", "Europe/Paris", "<CAF4nq7Xp2wR9zL1sYc8vK3bTm0Hd5jQe6gB@mail.gmail.com>",
              "from mail-yw1-f51.google.com (mail-yw1-f51.google.com [192.0.2.51])",
              "mx1.example.org with ESMTPS id 4HvZ8Qs2nL7zWc",
              extra=(("In-Reply-To", "<CAJx7fk6tN3qW8mP@mail.example.org>"),
                     ("References", "<CAJx7fk6tN3qW8mP@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))
