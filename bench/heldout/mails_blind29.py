"""blind29: 50 hand-written mails, a realistic inbox of a product marketing manager in Lyon.

Inbox owner: Élodie Marchand <elodie.marchand@example.org> (Europe/Paris), applying in Lyon,
Grenoble, Paris, Geneva, Brussels, Montréal (remote) and remotely for London companies.
Written blind (see blind29/README.md). File numbers are a fixed shuffle of the writing order.
Keys 1-23 are positives, 24-50 negatives, in writing order.
"""

from __future__ import annotations

import hashlib
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

SET = "blind29"
ORDER = random.Random(29029).sample(range(1, 51), 50)
_keys = iter(ORDER)


def nm() -> str:
    return f"{SET}_{next(_keys):03d}"


ME = "elodie.marchand@example.org"
ME_NAME = "Élodie Marchand"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"
GENEVA = "Europe/Zurich"
BRUSSELS = "Europe/Brussels"
LONDON = "Europe/London"
MTL = "America/Toronto"

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

ZURICH_VTZ = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Zurich")


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str,
         to: str = TO, charset: str = "utf-8", extra: tuple = ()) -> list[tuple[str, str]]:
    hs = [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {_id(mid, 10).upper()}",
                              ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
    ]
    hs += list(extra)
    return hs


GMAIL = "from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])"
OUTLOOK = "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2112.outbound.protection.outlook.com [40.107.22.112])"
OVH = "from mo552.mail-out.ovh.net (mo552.mail-out.ovh.net [46.105.44.218])"
SES = "from a7-20.smtp-out.eu-west-1.amazonses.com (a7-20.smtp-out.eu-west-1.amazonses.com [54.240.7.20])"
SENDGRID = "from o1.ptr4127.sendgrid.net (o1.ptr4127.sendgrid.net [167.89.101.12])"
MAILGUN = "from m42-81.mailgun.net (m42-81.mailgun.net [69.72.42.81])"
GCAL = "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])"


def gmid(seed: str) -> str:
    return f"<CA{_id(seed, 30)}+{_id(seed + 'x', 8)}@mail.gmail.com>"


# =========================================================================== positives

# --- 1: Welcome to the Jungle ATS, scheduled visio, Paris startup
@mail(nm(), family="welcome_to_the_jungle", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:30", PARIS), end=utc("2026-10-06 15:15", PARIS),
      contact="sarah.benhamou@lumio-app.fr", company="Lumio",
      local="Tue 2026-10-06 14:30", local_end="2026-10-06 15:15", zone=PARIS,
      note="WTTJ ATS confirmation 'mardi 6 octobre 2026, 14:30 - 15:15 (heure de Paris)', CEST -> 12:30Z; "
           "contact = recruiter Reply-To")
def p01():
    body = t("""
        Bonjour Élodie,

        Votre entretien pour le poste de Product Marketing Manager chez Lumio est confirmé.

        Quand : mardi 6 octobre 2026, 14:30 - 15:15 (heure de Paris)
        Où : visioconférence (Google Meet)
        Lien : https://meet.google.com/qvd-hhtr-wox
        Avec : Sarah Benhamou (Talent Acquisition) et Romain Vidal (Head of Marketing)

        Un empêchement ? Répondez directement à cet e-mail, votre message sera transmis à Sarah.

        Bonne préparation !
        L'équipe Lumio

        --
        Envoyé via Welcome to the Jungle
        Vous recevez cet e-mail car vous avez postulé à une offre publiée sur welcometothejungle.com.
        """)
    h = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f7f7f7;font-family:'Welcome Web',Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;border-radius:4px;padding:32px">
        <tr><td><img src="https://cdn.welcometothejungle.com/mail/logo-wttj.png" alt="Welcome to the Jungle" width="120"></td></tr>
        <tr><td style="font-size:15px;color:#212121;line-height:22px">
        <p>Bonjour Élodie,</p>
        <p>Votre entretien pour le poste de <strong>Product Marketing Manager</strong> chez <strong>Lumio</strong> est confirmé.</p>
        <table style="background:#fff9e6;border-left:4px solid #ffcd00;padding:12px;width:100%">
        <tr><td style="color:#666">Quand</td><td><b>mardi 6 octobre 2026, 14:30 - 15:15</b> (heure de Paris)</td></tr>
        <tr><td style="color:#666">Où</td><td>visioconférence (Google Meet)</td></tr>
        <tr><td style="color:#666">Lien</td><td><a href="https://meet.google.com/qvd-hhtr-wox">meet.google.com/qvd-hhtr-wox</a></td></tr>
        <tr><td style="color:#666">Avec</td><td>Sarah Benhamou (Talent Acquisition) et Romain Vidal (Head of Marketing)</td></tr>
        </table>
        <p>Un empêchement ? Répondez directement à cet e-mail, votre message sera transmis à Sarah.</p>
        <p>Bonne préparation !<br>L'équipe Lumio</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:24px">Envoyé via Welcome to the Jungle<br>
        Vous recevez cet e-mail car vous avez postulé à une offre publiée sur welcometothejungle.com.</td></tr>
        </table></td></tr></table></body></html>
        """)
    mid = "<0102019a3c55e1f4-7be8c2d1-93aa-4f0e-bf53-2a6e51c0b7d4-000000@eu-west-1.amazonses.com>"
    hs = head(addr("Lumio via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
              "Entretien confirmé – Product Marketing Manager chez Lumio", "2026-09-30 11:02", PARIS, mid,
              relay=SES, extra=(("Reply-To", addr("Sarah Benhamou", "sarah.benhamou@lumio-app.fr")),))
    return message(hs, alt(text(body), html(h)))


# --- 2: Google Calendar invitation, French UI, Lyon
@mail(nm(), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", PARIS), end=utc("2026-10-08 11:00", PARIS),
      contact="julien.perrin@kestrel-analytics.fr", company="Kestrel Analytics",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone=PARIS,
      note="Google Agenda invitation (French UI) 'jeudi 8 octobre 2026 ⋅ 10:00 – 11:00, Heure d'Europe centrale "
           "- Paris'; ICS Europe/Paris, CEST -> 08:00Z; contact = ORGANIZER")
def p02():
    body = t("""
        Julien Perrin vous a invité à un événement.

        Entretien PMM – Élodie Marchand / Kestrel
        jeudi 8 octobre 2026 ⋅ 10:00 – 11:00
        Heure d'Europe centrale - Paris

        Lieu
        Kestrel Analytics, 27 rue de la Villette, 69003 Lyon (3e étage)
        https://www.google.com/maps/search/27+rue+de+la+Villette,+69003+Lyon?hl=fr

        Infos pratiques : demander Julien à l'accueil. On vous présentera aussi Aurore (CMO) si elle est
        dispo. Prévoir 5 min de pitch sur le lancement dont vous m'avez parlé.

        Invités
        Julien Perrin - organisateur
        elodie.marchand@example.org

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWZ0cmY4a2s1bW9h&hl=fr

        Répondre pour elodie.marchand@example.org
        Oui  Non  Peut-être  Plus d'options

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
        """)
    h = ("<div><p><b>Julien Perrin</b> vous a invité à un événement.</p>"
         "<h2>Entretien PMM – Élodie Marchand / Kestrel</h2>"
         "<p>jeudi 8 octobre 2026 ⋅ 10:00 – 11:00<br>Heure d'Europe centrale - Paris</p>"
         "<p><b>Lieu</b><br>Kestrel Analytics, 27 rue de la Villette, 69003 Lyon (3e étage)</p>"
         "<p>Infos pratiques : demander Julien à l'accueil. On vous présentera aussi Aurore (CMO) si elle est "
         "dispo. Prévoir 5 min de pitch sur le lancement dont vous m'avez parlé.</p>"
         "<p><b>Invités</b><br>Julien Perrin - organisateur<br>elodie.marchand@example.org</p>"
         "<p style=\"color:#70757a;font-size:12px\">Invitation de Google Agenda</p></div>\n")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261008T100000
DTEND;TZID=Europe/Paris:20261008T110000
DTSTAMP:20261005T142011Z
ORGANIZER;CN=Julien Perrin:mailto:julien.perrin@kestrel-analytics.fr
UID:5ftrf8kk5moa1d2h0l3tq9c7bg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Perrin;X-NUM-GUESTS=0:mailto:julien.perrin@kestrel-analytics.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1794520331
CREATED:20261005T142008Z
DESCRIPTION:Infos pratiques : demander Julien à l'accueil. On vous présentera aussi Aurore (CMO) si elle est dispo. Prévoir 5 min de pitch sur le lancement dont vous m'avez parlé.
LAST-MODIFIED:20261005T142010Z
LOCATION:Kestrel Analytics\\, 27 rue de la Villette\\, 69003 Lyon (3e étage)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien PMM – Élodie Marchand / Kestrel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-8a7f0c1e-2b55-4d0e-9a0e-55d1a6c2e1f3@google.com>"
    hs = head(addr("Julien Perrin", "julien.perrin@kestrel-analytics.fr"),
              "Invitation: Entretien PMM – Élodie Marchand / Kestrel @ jeu. 8 oct. 2026 10:00 - 11:00 (CEST) "
              "(elodie.marchand@example.org)", "2026-10-05 16:20", PARIS, mid, relay=GCAL,
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "julien.perrin@kestrel-analytics.fr")))
    return message(hs, mixed(
        alt(text(body), html(h), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


def outlook_invite(*, organizer: tuple[str, str], subject: str, body: str, ics: str, when: str, mid: str,
                   method: str = "REQUEST", extra: tuple = (), to: str = TO) -> bytes:
    hs = head(addr(*organizer), subject, when, PARIS, mid, relay=OUTLOOK, to=to,
              extra=(("Thread-Topic", enc(subject)), ("Thread-Index", "AdxK" + _id(mid, 20)),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), *extra))
    import html as _h
    hbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div class=\"WordSection1\">"
             + "".join(f"<p class=\"MsoNormal\">{_h.escape(line) or '&nbsp;'}</p>\n" for line in body.split("\n"))
             + "</div></body></html>\n")
    return message(hs, alt(text(body), html(hbody), calendar(ics, method=method, cte="base64")))


# --- 3: Exchange meeting request, Romance Standard Time, Grenoble; interview the day after DST ends
@mail(nm(), family="outlook_exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", PARIS), end=utc("2026-10-26 11:00", PARIS),
      contact="nathalie.girard@alpestre-tech.fr", company="Alpestre Technologies",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="Exchange invite sent Wed 21 Oct in CEST for Mon 26 Oct 10:00-11:00 Romance Standard Time; Europe "
           "is back on CET since 25 Oct -> 09:00Z (body says UTC+01:00); contact = ORGANIZER")
def p03():
    body = t("""
        Bonjour Élodie,

        Comme convenu par téléphone, voici l'invitation pour votre entretien avec Franck Delorme (Directeur
        Marketing) et moi-même. Il se tiendra dans nos locaux : Alpestre Technologies, 8 rue Ampère,
        38000 Grenoble - accueil bâtiment B.

        Quand : lundi 26 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

        Si vous êtes en voiture, le parking visiteurs est accessible par la rue Ampère.

        Bien cordialement,

        Nathalie Girard
        Chargée de recrutement | Alpestre Technologies
        04 76 12 48 90
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Nathalie Girard:mailto:nathalie.girard@alpestre-tech.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franck Delorme:mailto:franck.delorme@alpestre-tech.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\\,\\n\\nComme convenu par téléphone\\, voici l'invitation pour votre entretien avec Franck Delorme (Directeur Marketing) et moi-même.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F4B1A661DB01000000000000000010000000A7C3E2F1B0D94E4BAE6F7C2D13E5A9B1
SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable Marketing Produit - Élodie Marchand
DTSTART;TZID=Romance Standard Time:20261026T100000
DTEND;TZID=Romance Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T073512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Alpestre Technologies - 8 rue Ampère\\, 38000 Grenoble - Bât. B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124318770
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
END:VCALENDAR"""
    return outlook_invite(organizer=("Nathalie Girard", "nathalie.girard@alpestre-tech.fr"),
                          subject="Entretien - Responsable Marketing Produit - Élodie Marchand", body=body, ics=ics,
                          when="2026-10-21 09:35", mid="<PR3P195MB08843A1C7E2B9F0D55A1C2E4B3E92@PR3P195MB0884.EURP195.PROD.OUTLOOK.COM>")


# --- 4: startup founder, texting shorthand, reply on top
@mail(nm(), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-15 15:00", PARIS), end=None, contact="thomas@getpipo.io", company="Pipo",
      local="Thu 2026-10-15 15:00", zone=PARIS,
      note="Founder's one-liner 'ok pr jeudi 15h' sent Mon 12 Oct -> Thu 15 Oct 15:00 CEST = 13:00Z; "
           "the quoted message is the candidate's proposal; contact = sender")
def p04():
    body = t("""
        ok pr jeudi 15h 👍 je t'envoie le lien meet d'ici là
        a+
        Thomas

        Envoyé de mon iPhone

        > Le 12 oct. 2026 à 18:47, Élodie Marchand <elodie.marchand@example.org> a écrit :
        >
        > Bonjour Thomas,
        > Merci pour ton message sur Welcome to the Jungle ! Avec plaisir pour échanger sur le poste de
        > Head of Product Marketing. Je suis dispo jeudi après-midi à partir de 14h, ou vendredi matin.
        > Bonne soirée,
        > Élodie
        """)
    mid = "<7E1B2C44-9F0A-4D1E-8C3B-2A6F51D0E9B7@getpipo.io>"
    hs = head(addr("Thomas Roche", "thomas@getpipo.io"), "Re: Head of Product Marketing chez Pipo",
              "2026-10-12 21:13", PARIS, mid, relay=GMAIL,
              extra=(("In-Reply-To", gmid("p04q")), ("References", gmid("p04q")),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


# --- 5: Calendly invitee confirmation in French
@mail(nm(), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:30", PARIS), end=utc("2026-10-13 10:00", PARIS),
      contact="lea.fontaine@nebuleuse.co", company="Nébuleuse",
      local="Tue 2026-10-13 09:30", local_end="2026-10-13 10:00", zone=PARIS,
      note="Calendly (French) invitee confirmation '09:30 - 10:00, mardi 13 octobre 2026, heure d'Europe "
           "centrale'; ICS in UTC 07:30Z; hiring manager's screening call; contact = host Reply-To")
def p05():
    body = t("""
        Bonjour Élodie Marchand,

        Votre événement Échange 30 min – poste PMM avec Léa Fontaine est programmé.

        Échange 30 min – poste PMM
        09:30 - 10:00, mardi 13 octobre 2026
        Heure d'Europe centrale

        Lieu : Google Meet
        Les détails de la visioconférence seront fournis à l'heure de la réunion.

        Questions :
        Qu'aimeriez-vous aborder ?
        Le périmètre du poste et l'équipe go-to-market.

        Modifier : https://calendly.com/reschedulings/7b2d0c1e-44f1-4c9b-a0de-35e2c6f9a1b8
        Annuler : https://calendly.com/cancellations/7b2d0c1e-44f1-4c9b-a0de-35e2c6f9a1b8

        Propulsé par Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b2d0c1e-44f1-4c9b-a0de-35e2c6f9a1b8@calendly.com
DTSTAMP:20261009T121544Z
DTSTART:20261013T073000Z
DTEND:20261013T080000Z
SUMMARY:Échange 30 min – poste PMM entre Léa Fontaine et Élodie Marchand
ORGANIZER;CN=Léa Fontaine:mailto:lea.fontaine@nebuleuse.co
ATTENDEE;CN=Élodie Marchand;PARTSTAT=ACCEPTED:mailto:elodie.marchand@example.org
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<20261009121544.1.9C3FE2A1B77D0E42@mg.calendly.com>"
    hs = head(addr("Calendly", "no-reply@calendly.com"),
              "Nouvel événement : Léa Fontaine - 09:30 mar. 13 oct. 2026 - Échange 30 min – poste PMM",
              "2026-10-09 14:15", PARIS, mid, relay=MAILGUN,
              extra=(("Reply-To", addr("Léa Fontaine", "lea.fontaine@nebuleuse.co")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", name_param=True, cte="base64")))


# --- 6: Lever, London company (remote), GMT after the UK clock change
@mail(nm(), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", LONDON), end=utc("2026-11-03 15:00", LONDON),
      contact="priya.shah@halyard.co.uk", company="Halyard",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=LONDON,
      note="Lever confirmation 'Tuesday, November 3, 2026, 2:00pm - 3:00pm GMT' -> 14:00Z (UK on GMT since "
           "25 Oct); contact = Reply-To recruiter")
def p06():
    body = t("""
        Hi Élodie,

        Thanks for making time to speak with us! Your interview has been scheduled:

        Senior Product Marketing Manager (Remote - EMEA)
        Tuesday, November 3, 2026
        2:00pm - 3:00pm GMT

        Interviewers:
        - Dan Whitaker, VP Marketing
        - Priya Shah, Talent Partner

        Location: Zoom - https://halyard.zoom.us/j/84410992365?pwd=Q2xVb2FmTk1aR0Y3eHZMcE9ZUT09

        If you need to make any changes, please reply to this email.

        Best,
        Priya

        --
        Halyard | Powered by Lever
        """)
    mid = "<01000196f3b2c0aa-5d1e0b7c-4e2f-4a11-9d3b-1a0c8f6e2b44-000000@email.amazonses.com>"
    hs = head(addr("Priya Shah", "no-reply@hire.lever.co"),
              "Interview Confirmation: Senior Product Marketing Manager at Halyard",
              "2026-10-28 10:22", LONDON, mid, relay=SES,
              extra=(("Reply-To", addr("Priya Shah", "priya.shah@halyard.co.uk")),))
    h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
         "<p>Hi Élodie,</p><p>Thanks for making time to speak with us! Your interview has been scheduled:</p>"
         "<p><strong>Senior Product Marketing Manager (Remote - EMEA)</strong><br>Tuesday, November 3, 2026<br>"
         "2:00pm - 3:00pm GMT</p><p>Interviewers:<br>- Dan Whitaker, VP Marketing<br>- Priya Shah, Talent "
         "Partner</p><p>Location: Zoom - <a href=\"https://halyard.zoom.us/j/84410992365?pwd=Q2xVb2FmTk1aR0Y3eHZMcE9ZUT09\">"
         "https://halyard.zoom.us/j/84410992365</a></p><p>If you need to make any changes, please reply to this "
         "email.</p><p>Best,<br>Priya</p><p style=\"color:#888;font-size:11px\">Halyard | Powered by Lever</p>"
         "</body></html>\n")
    return message(hs, alt(text(body), html(h)))


# --- 7: Québec French, Montréal, 5 h difference during the week between the two DST changes
@mail(nm(), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", MTL), end=utc("2026-10-29 11:00", MTL),
      contact="genevieve.tremblay@borealmedia.ca", company="Boréal Média",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=MTL,
      note="Québec recruiter 'jeudi le 29 octobre à 10 h, heure de Montréal' (EDT, -4) -> 14:00Z, 'soit 15 h "
           "chez vous' (Paris on CET since 25 Oct); 'L'entrevue dure une heure' -> end 15:00Z")
def p07():
    body = t("""
        Bonjour Élodie,

        Merci pour ton retour rapide! Je te confirme ton entrevue vidéo (Teams) avec Marc-André Gagnon,
        directeur marketing, jeudi le 29 octobre à 10 h, heure de Montréal. Avec le changement d'heure
        en Europe ce week-end, ça devrait faire 15 h chez vous à Lyon (on recule seulement le 1er novembre
        de notre bord).

        L'entrevue dure une heure : 30 minutes sur ton parcours, 30 minutes sur un cas de lancement de
        produit. Rien à préparer d'avance.

        Le lien Teams suit dans un courriel séparé. N'hésite pas si tu as des questions!

        Bonne fin de semaine,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Boréal Média inc. | 1250, boul. René-Lévesque O., Montréal (Québec)
        514 555-0142
        """)
    mid = gmid("p07")
    hs = head(addr("Geneviève Tremblay", "genevieve.tremblay@borealmedia.ca"),
              "Entrevue - Gestionnaire marketing produit (télétravail)", "2026-10-23 13:10", MTL, mid,
              relay=OUTLOOK.replace("EUR05-AM6", "CAN01-YQB"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 8: Geneva, formal Swiss letter, ISO-8859-1
@mail(nm(), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:15", GENEVA), end=utc("2026-10-14 10:45", GENEVA),
      contact="c.baud@lemanis.ch", company="Lémanis SA",
      local="Wed 2026-10-14 09:15", local_end="2026-10-14 10:45", zone=GENEVA,
      note="Swiss formal invitation 'mercredi 14 octobre 2026 de 9h15 à 10h45' in Geneva (CEST) -> "
           "07:15Z-08:45Z; iso-8859-1 quoted-printable; contact = sender")
def p08():
    body = t("""
        Madame,

        Suite à notre entretien téléphonique de lundi, nous avons le plaisir de vous convier à un
        entretien pour le poste de Product Marketing Manager (80-100%) au sein de notre division
        Solutions numériques.

        Date : mercredi 14 octobre 2026
        Horaire : de 9h15 à 10h45
        Lieu : Lémanis SA, Rue du Rhône 48, 1204 Genève (3e étage, réception)
        Interlocuteurs : M. Philippe Rochat, Directeur commercial, et la soussignée

        Nous vous saurions gré de vous munir d'une pièce d'identité ainsi que de vos certificats de
        travail. Vos frais de déplacement depuis Lyon vous seront remboursés sur présentation des
        justificatifs.

        En vous remerciant de bien vouloir nous confirmer votre présence, nous vous prions d'agréer,
        Madame, nos salutations distinguées.

        Corinne Baud
        Responsable Ressources Humaines
        Lémanis SA
        Tél. +41 22 555 31 80
        """)
    mid = "<000001dc4a1b$8e3f2a10$aabe7e30$@lemanis.ch>"
    hs = head(addr("Corinne Baud", "c.baud@lemanis.ch", "iso-8859-1"),
              "Convocation à un entretien - Product Marketing Manager", "2026-10-08 15:48", GENEVA, mid,
              relay="from mail.lemanis.ch (mail.lemanis.ch [185.12.64.33])", charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ch")))
    return message(hs, text(body, charset="iso-8859-1"))


# --- 9: Brussels, Belgian French, windows-1252
@mail(nm(), family="human_prose", lang="fr-BE", interview=True, kind="scheduled",
      start=utc("2026-10-22 11:00", BRUSSELS), end=None,
      contact="s.lambotte@verhaegen-group.be", company="Verhaegen Group",
      local="Thu 2026-10-22 11:00", zone=BRUSSELS,
      note="Belgian recruiter 'ce jeudi 22 octobre à 11h' in Brussels (CEST) -> 09:00Z; 'une bonne heure' "
           "is approximate so end null; windows-1252; contact = sender")
def p09():
    body = t("""
        Bonjour Madame Marchand,

        Je fais suite à notre conversation téléphonique de ce matin et vous confirme bien notre
        rendez-vous de ce jeudi 22 octobre à 11h, dans nos bureaux de l'avenue Louise 287 à Ixelles
        (sonnez à « Verhaegen – 4e »).

        Vous rencontrerez Bart Claes, notre Chief Marketing Officer, et moi-même. Comptez une bonne
        heure. Si vous venez en Thalys/Eurostar, la gare du Midi est à une vingtaine de minutes en tram
        (ligne 92, arrêt Stéphanie).

        Au plaisir de vous rencontrer et à jeudi !

        Sophie Lambotte
        Talent Acquisition – Verhaegen Group
        +32 2 555 64 12
        """)
    mid = "<AM9PR02MB7345D1E2A0B8C34F9E56A1B2C3D4@AM9PR02MB7345.eurprd02.prod.outlook.com>"
    hs = head(addr("Sophie Lambotte", "s.lambotte@verhaegen-group.be", "windows-1252"),
              "Rendez-vous jeudi – Verhaegen Group", "2026-10-19 11:41", BRUSSELS, mid, relay=OUTLOOK,
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# --- 10: Teamtailor, Lyon, with ICS attachment
@mail(nm(), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 16:00", PARIS), end=utc("2026-10-19 16:45", PARIS),
      contact="maxime.caron@onde.studio", company="Onde",
      local="Mon 2026-10-19 16:00", local_end="2026-10-19 16:45", zone=PARIS,
      note="Teamtailor confirmation 'lundi 19 octobre 2026, 16:00 - 16:45 (Europe/Paris)' -> 14:00Z; ICS "
           "Europe/Paris; contact = Reply-To hiring manager")
def p10():
    body = t("""
        Bonjour Élodie,

        Votre entretien est confirmé ! Voici le récapitulatif :

        Poste : Responsable Marketing Produit
        Date : lundi 19 octobre 2026
        Heure : 16:00 - 16:45 (Europe/Paris)
        Lieu : Onde, 14 rue Paul Chenavard, 69001 Lyon
        Participants : Maxime Caron, Anaïs Perret

        Vous trouverez une invitation calendrier en pièce jointe.

        À très vite,
        Maxime Caron
        Onde

        ---
        Ce message a été envoyé via Teamtailor. Gérer vos données : https://onde.teamtailor.com/fr/connect/privacy
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//FR
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
UID:tt-interview-3318472@teamtailor.com
DTSTAMP:20261014T092107Z
DTSTART;TZID=Europe/Paris:20261019T160000
DTEND;TZID=Europe/Paris:20261019T164500
SUMMARY:Entretien : Responsable Marketing Produit - Onde
LOCATION:Onde\\, 14 rue Paul Chenavard\\, 69001 Lyon
ORGANIZER;CN=Maxime Caron:mailto:maxime.caron@onde.studio
ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<64f2a1b8c3d9e_5a1f3c2b7d81f4@teamtailor-app-7b9c5d.mail>"
    hs = head(addr("Onde", "no-reply@teamtailor-mail.com"), "Entretien confirmé – Responsable Marketing Produit",
              "2026-10-14 11:21", PARIS, mid, relay=SENDGRID,
              extra=(("Reply-To", addr("Maxime Caron", "maxime.caron@onde.studio")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="entretien.ics", cte="quoted-printable",
                                                  disposition="attachment", name_param=True)))


# --- 11: cabinet de recrutement, short reply on top of the thread (thread with the slot proposal, key 31)
@mail(nm(), family="agency_recruiter", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 17:30", PARIS), end=None,
      contact="h.vasseur@arvel-conseil.fr", company="Ferrand Industries",
      local="Tue 2026-11-03 17:30", zone=PARIS,
      note="Recruitment agency 'C'est calé pour mardi 3 novembre à 17h30' with the client's CEO; CET -> "
           "16:30Z; the quote holds the earlier two-slot proposal and the candidate's pick; contact = consultant")
def p11():
    body = t("""
        Bonjour Élodie,

        C'est calé pour mardi 3 novembre à 17h30 avec Mme Durand, DG de Ferrand Industries. Ce sera en
        visio Teams, elle vous envoie le lien directement.

        Je vous appelle lundi pour un petit brief avant.

        Bien à vous,
        Hélène Vasseur
        Consultante senior – Arvel Conseil
        06 12 55 48 03

        -----Message d'origine-----
        De : Élodie Marchand <elodie.marchand@example.org>
        Envoyé : mardi 27 octobre 2026 19:02
        À : Hélène Vasseur <h.vasseur@arvel-conseil.fr>
        Objet : RE: Poste Directrice Marketing Produit - Ferrand Industries

        Bonsoir Hélène,

        Mardi 17h30 me convient très bien.

        Belle soirée,
        Élodie

        -----Message d'origine-----
        De : Hélène Vasseur <h.vasseur@arvel-conseil.fr>
        Envoyé : mardi 27 octobre 2026 10:14
        Objet : Poste Directrice Marketing Produit - Ferrand Industries

        Mme Durand pourrait vous recevoir le mardi 3 à 17h30 ou le mercredi 4 à 9h.
        """)
    mid = "<PAXP193MB1902C6E1D4A7B0E2F3C9A5D1E8B2@PAXP193MB1902.EURP193.PROD.OUTLOOK.COM>"
    hs = head(addr("Hélène Vasseur", "h.vasseur@arvel-conseil.fr"),
              "RE: Poste Directrice Marketing Produit - Ferrand Industries", "2026-10-29 08:52", PARIS, mid,
              relay=OUTLOOK, extra=(("In-Reply-To", "<" + _id("p11in", 24) + "@example.org>"),))
    return message(hs, text(body))


# --- 12: forward to self of a confirmation (Lyon)
@mail(nm(), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-06 09:00", PARIS), end=None,
      contact="karim.haddadi@velin-group.fr", company="Groupe Vélin",
      local="Fri 2026-11-06 09:00", zone=PARIS,
      note="Candidate forwards to herself (from her other address) a confirmation 'vendredi 6 novembre 2026 à "
           "9h00'; CET -> 08:00Z; contact = the forwarded sender")
def p12():
    body = t("""
        pour l'agenda + imprimer le plan

        ---------- Forwarded message ---------
        De : Karim Haddadi <karim.haddadi@velin-group.fr>
        Date: lun. 2 nov. 2026 à 10:17
        Subject: Confirmation de votre entretien - Groupe Vélin
        To: <elodie.m.perso@example.com>

        Bonjour Madame Marchand,

        Je vous confirme notre rendez-vous le vendredi 6 novembre 2026 à 9h00 au siège du Groupe Vélin,
        12 quai Perrache, 69002 Lyon. Merci de vous présenter à l'accueil du rez-de-chaussée quelques
        minutes avant.

        Vous rencontrerez successivement Mme Laure Fabre, Directrice Marketing, puis moi-même.

        Cordialement,

        Karim Haddadi
        Responsable Recrutement
        Groupe Vélin
        """)
    mid = gmid("p12")
    hs = head(addr("Élodie M.", "elodie.m.perso@example.com"),
              "Fwd: Confirmation de votre entretien - Groupe Vélin", "2026-11-02 12:30", PARIS, mid, relay=GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 13: Workday, HTML-only base64, French DD/MM date
@mail(nm(), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:00", PARIS), end=utc("2026-11-10 12:00", PARIS),
      contact="claire.moreau@solvane.com", company="Solvane",
      local="Tue 2026-11-10 11:00", local_end="2026-11-10 12:00", zone=PARIS,
      note="Workday HTML-only notification 'Date : 10/11/2026' (DD/MM) 'Heure : 11:00 - 12:00 (heure de "
           "Paris)' -> 10:00Z (CET); contact = recruiter address in the body")
def p13():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#003a70;padding:14px"><img src="https://solvane.wd3.myworkdayjobs.com/logo.png" alt="Solvane" height="28"></td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Élodie,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste <b>Product Marketing Manager - Offre Cloud (R-0047213)</b>.</p>
        <table cellpadding="4">
        <tr><td><b>Date :</b></td><td>10/11/2026</td></tr>
        <tr><td><b>Heure :</b></td><td>11:00 - 12:00 (heure de Paris)</td></tr>
        <tr><td><b>Format :</b></td><td>Microsoft Teams (le lien vous sera envoyé par votre interlocutrice)</td></tr>
        <tr><td><b>Interlocutrice :</b></td><td>Claire Moreau, Talent Acquisition Partner</td></tr>
        </table>
        <p>Pour toute question, vous pouvez contacter Claire Moreau : <a href="mailto:claire.moreau@solvane.com">claire.moreau@solvane.com</a>.</p>
        <p>Vous pouvez consulter l'état de votre candidature à tout moment depuis votre <a href="https://solvane.wd3.myworkdayjobs.com/fr-FR/Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Solvane</p>
        <p style="font-size:10px;color:#999">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    mid = "<1730109981234.48213.solvane@myworkday.com>"
    hs = head(addr("Solvane", "solvane@myworkday.com"), "Invitation à un entretien - Product Marketing Manager",
              "2026-11-04 17:06", PARIS, mid, relay="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [12.36.147.21])")
    return message(hs, html(h, cte="base64"))


# --- 14: HelloWork message relay, Grenoble
@mail(nm(), family="hellowork", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-16 10:00", PARIS), end=None, contact="a.martin@altimove.fr", company="Altimove",
      local="Fri 2026-10-16 10:00", zone=PARIS,
      note="HelloWork relays the recruiter's message 'vendredi 16 octobre à 10h00' at the Grenoble office; "
           "CEST -> 08:00Z; contact = address in the recruiter's signature")
def p14():
    body = t("""
        HelloWork

        Vous avez reçu un nouveau message de Altimove
        concernant votre candidature « Chef de produit marketing H/F - Grenoble (38) »

        --------------------------------------------------
        Bonjour Élodie,

        Suite à notre échange téléphonique, je vous confirme l'entretien le vendredi 16 octobre à 10h00
        dans nos locaux, 5 avenue Doyen Louis Weil à Grenoble (tram B, arrêt Gares). Vous serez reçue
        par M. Lopez, responsable marketing, et moi-même. Merci de vous munir de votre CV.

        Aurélie Martin
        Responsable RH - Altimove
        a.martin@altimove.fr
        --------------------------------------------------

        Répondre au recruteur : https://www.hellowork.com/fr-fr/candidat/messagerie/8d41c2a7

        Vous recevez cet e-mail car vous avez postulé via HelloWork.
        HelloWork - 2 rue de la Mabilais, 35000 Rennes
        """)
    mid = "<20261013143012.7f3a2c9b1e@mailing.hellowork.com>"
    hs = head(addr("HelloWork", "noreply@hellowork.com"),
              "Nouveau message de Altimove concernant votre candidature", "2026-10-13 16:30", PARIS, mid,
              relay="from mailing.hellowork.com (mailing.hellowork.com [91.216.44.17])")
    return message(hs, text(body))


# --- 15: London hiring manager, English, reply on top; UK clocks go back in between
@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", LONDON), end=utc("2026-10-27 15:00", LONDON),
      contact="oliver.grant@tessellate.io", company="Tessellate",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LONDON,
      note="Hiring manager (sent Wed 21 Oct, BST) confirms the case interview 'Tuesday 27th at 2pm UK time' "
           "-> GMT after 25 Oct -> 14:00Z ('3pm for you'); 'it'll be an hour' -> end 15:00Z")
def p15():
    body = t("""
        Hi Élodie,

        Great - Tuesday 27th at 2pm UK time it is (3pm for you in Lyon, both of us will have put the
        clocks back by then). It'll be an hour: 40 min on the case, then Q&A with me and Hannah from
        Sales.

        I'll send a Meet link the day before. The case brief is attached to the first email - no slides
        needed, just bring your thinking.

        Cheers,
        Oliver

        Oliver Grant
        Director of Product Marketing, Tessellate

        On Tue, 20 Oct 2026 at 18:05, Élodie Marchand <elodie.marchand@example.org> wrote:
        > Hi Oliver,
        > Thanks for the case brief. Tuesday next week in the afternoon would work best for me.
        > Best,
        > Élodie
        """)
    mid = gmid("p15")
    hs = head(addr("Oliver Grant", "oliver.grant@tessellate.io"), "Re: Tessellate - case interview",
              "2026-10-21 09:40", LONDON, mid, relay=GMAIL,
              extra=(("In-Reply-To", gmid("p15q")), ("References", gmid("p15q"))))
    return message(hs, alt(text(body, charset="utf-8"), html(gmail_html(body))))


# --- 16: Flatchr, Lyon
@mail(nm(), family="flatchr", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:30", PARIS), end=utc("2026-11-05 10:30", PARIS),
      contact="julie.bernard@cobalt-energie.fr", company="Cobalt Énergie",
      local="Thu 2026-11-05 09:30", local_end="2026-11-05 10:30", zone=PARIS,
      note="Flatchr notification 'Jeudi 5 novembre 2026 de 9h30 à 10h30' -> 08:30Z (CET); contact = "
           "recruiter address in the body")
def p16():
    body = t("""
        Bonjour Élodie,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Product Marketing
        Manager (CDI - Lyon 7e).

        📅 Jeudi 5 novembre 2026 de 9h30 à 10h30
        📍 Cobalt Énergie - 60 avenue Jean Jaurès, 69007 Lyon

        Vous serez reçue par Julie Bernard (RH) et Samuel Nguyen (Directeur Offre & Marketing).
        En cas d'empêchement, merci de prévenir Julie à julie.bernard@cobalt-energie.fr.

        À bientôt,
        L'équipe Cobalt Énergie

        Cet e-mail vous a été envoyé via Flatchr. Merci de ne pas répondre directement à ce message.
        """)
    h = ("<div style=\"font-family:Roboto,Arial,sans-serif;font-size:14px\">"
         "<p>Bonjour Élodie,</p><p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de "
         "<b>Product Marketing Manager (CDI - Lyon 7e)</b>.</p>"
         "<p>📅 <b>Jeudi 5 novembre 2026 de 9h30 à 10h30</b><br>📍 Cobalt Énergie - 60 avenue Jean Jaurès, "
         "69007 Lyon</p><p>Vous serez reçue par Julie Bernard (RH) et Samuel Nguyen (Directeur Offre &amp; "
         "Marketing).<br>En cas d'empêchement, merci de prévenir Julie à <a href=\"mailto:julie.bernard@"
         "cobalt-energie.fr\">julie.bernard@cobalt-energie.fr</a>.</p><p>À bientôt,<br>L'équipe Cobalt "
         "Énergie</p><p style=\"font-size:11px;color:#aaa\">Cet e-mail vous a été envoyé via Flatchr. Merci "
         "de ne pas répondre directement à ce message.</p></div>\n")
    mid = "<flatchr.5f3e1b2c-8a9d-4c7e-b1f0-2d6a3e9c4b11@flatchr.io>"
    hs = head(addr("Cobalt Énergie", "noreply@flatchr.io"), "Confirmation de votre entretien - Cobalt Énergie",
              "2026-10-30 10:05", PARIS, mid, relay=SENDGRID)
    return message(hs, alt(text(body), html(h)))


# --- 17: Google Calendar updated invitation (rescheduled), French UI, Paris
@mail(nm(), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-23 14:00", PARIS), end=utc("2026-10-23 15:00", PARIS),
      contact="antoine.leclerc@brevia.fr", company="Brevia",
      local="Fri 2026-10-23 14:00", local_end="2026-10-23 15:00", zone=PARIS,
      days=(("Thu", "2026-10-22"),),
      note="Google Agenda 'Invitation mise à jour' moving the final interview from Thu 22 Oct 16:00 to Fri 23 "
           "Oct 14:00-15:00 (CEST) -> 12:00Z; ICS SEQUENCE 1; contact = ORGANIZER")
def p17():
    body = t("""
        Cet événement a été modifié.

        Entretien final – Élodie Marchand (PMM)
        Modifié : vendredi 23 octobre 2026 ⋅ 14:00 – 15:00
        Ancien horaire : jeudi 22 octobre 2026 ⋅ 16:00 – 17:00
        Heure d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/bzr-ftko-wqm

        Participer par téléphone
        (FR) +33 1 87 40 42 11 PIN : 512 774 903#

        Désolé Élodie, notre CEO a un conflit jeudi, on décale d'un jour. – Antoine

        Invités
        Antoine Leclerc - organisateur
        Camille Joly
        elodie.marchand@example.org

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2RmaDhpcTVubDA&hl=fr

        Répondre pour elodie.marchand@example.org
        Oui  Non  Peut-être  Plus d'options

        Invitation de Google Agenda
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261023T140000
DTEND;TZID=Europe/Paris:20261023T150000
DTSTAMP:20261019T085530Z
ORGANIZER;CN=Antoine Leclerc:mailto:antoine.leclerc@brevia.fr
UID:3dfh8iq5nl0a7kq1c2r4m6t8vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Joly;X-NUM-GUESTS=0:mailto:camille.joly@brevia.fr
CREATED:20261012T150144Z
DESCRIPTION:Désolé Élodie\\, notre CEO a un conflit jeudi\\, on décale d'un jour. – Antoine
LAST-MODIFIED:20261019T085529Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien final – Élodie Marchand (PMM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-2c1d9e0f-7a44-4b3e-8f21-c9b0d5e6a7f8@google.com>"
    hs = head(addr("Antoine Leclerc", "antoine.leclerc@brevia.fr"),
              "Invitation mise à jour: Entretien final – Élodie Marchand (PMM) @ ven. 23 oct. 2026 14:00 - 15:00 "
              "(CEST) (elodie.marchand@example.org)", "2026-10-19 10:55", PARIS, mid, relay=GCAL,
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "antoine.leclerc@brevia.fr")))
    return message(hs, mixed(
        alt(text(body), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


# --- 18: startup, tutoiement, "on doit décaler"
@mail(nm(), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-19 16:30", PARIS), end=None, contact="ines@graine.eco", company="Graine",
      local="Thu 2026-11-19 16:30", zone=PARIS, days=(("Tue", "2026-11-17"),),
      note="Co-founder moves the interview 'de mardi 14h à jeudi 16h30' (sent Mon 16 Nov) -> Thu 19 Nov "
           "16:30 CET = 15:30Z; old time also in the mail; contact = sender")
def p18():
    body = t("""
        Hello Élodie,

        Petit changement de dernière minute désolée 🙏 : on doit décaler notre RDV de demain mardi 14h à
        jeudi 16h30, j'ai un board qui a sauté sur le créneau. Même lien Meet que dans l'invit.

        Ça te va toujours ? Si jamais jeudi ne marche pas dis-moi, mais de notre côté c'est bloqué.

        Inès
        --
        Inès Garnier · co-fondatrice · Graine
        """)
    mid = gmid("p18")
    hs = head(addr("Inès Garnier", "ines@graine.eco"), "Changement d'horaire - notre entretien",
              "2026-11-16 18:04", PARIS, mid, relay=GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 19: Taleez "reprogrammé"
@mail(nm(), family="taleez", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-02 09:00", PARIS), end=None, contact="marion.lefevre@verso-assurances.fr",
      company="Verso Assurances", local="Mon 2026-11-02 09:00", zone=PARIS,
      days=(("Fri", "2026-10-30"),),
      note="Taleez 'Votre entretien a été reprogrammé : lundi 2 novembre 2026 à 09h00 (précédemment : "
           "vendredi 30 octobre à 14h00)' -> 08:00Z (CET); contact = recruiter address in the signature")
def p19():
    body = t("""
        Bonjour Élodie Marchand,

        Votre entretien pour l'offre « Product Marketing Manager Assurance Digitale - Paris 9e » a été
        reprogrammé.

        Nouvelle date : lundi 2 novembre 2026 à 09h00
        (précédemment : vendredi 30 octobre 2026 à 14h00)
        Lieu : Verso Assurances, 41 rue de Châteaudun, 75009 Paris – ou en visio si vous le préférez,
        merci de le signaler.

        Message de votre recruteur :
        « Toutes mes excuses pour ce changement, notre directrice marketing sera en déplacement vendredi.
        Marion Lefèvre – marion.lefevre@verso-assurances.fr »

        Bien cordialement,
        Verso Assurances

        Propulsé par Taleez
        """)
    mid = "<taleez-notif-2026102814091834.c7e3@taleez.com>"
    hs = head(addr("Verso Assurances", "no-reply@taleez.com"), "Votre entretien a été reprogrammé",
              "2026-10-28 14:09", PARIS, mid, relay=MAILGUN)
    return message(hs, text(body, cte="base64"))


# --- 20: Montréal, English, reschedule across the North American DST change
@mail(nm(), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 09:00", MTL), end=utc("2026-11-02 09:45", MTL),
      contact="ryan.okafor@quartierlabs.ca", company="Quartier Labs",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=MTL,
      days=(("Fri", "2026-10-30"),),
      note="Montréal hiring manager (sent Tue 27 Oct, EDT) moves the interview from Fri 30 Oct to 'Monday Nov "
           "2, 9:00-9:45 AM ET' -> EST after 1 Nov -> 14:00Z-14:45Z ('3 PM your time' in CET)")
def p20():
    body = t("""
        Hi Élodie,

        Perfect - Monday Nov 2, 9:00-9:45 AM ET it is (3 PM your time, we'll be on standard time by then
        so the gap goes back to 6 hours). I've moved the invite from Friday, you should get the update
        from Google shortly. Same Zoom link.

        Talk soon,
        Ryan

        Ryan Okafor | Head of Growth | Quartier Labs
        Montréal, QC

        On Tue, Oct 27, 2026 at 10:31 AM Élodie Marchand <elodie.marchand@example.org> wrote:
        > Hi Ryan, no problem at all. Monday morning your time works for me.
        > Élodie
        >
        > On Mon, Oct 26, 2026 at 4:12 PM Ryan Okafor <ryan.okafor@quartierlabs.ca> wrote:
        >> Hi Élodie, something came up on Friday - could we push our conversation to early next week?
        """)
    mid = gmid("p20")
    hs = head(addr("Ryan Okafor", "ryan.okafor@quartierlabs.ca"), "Re: Interview - Product Marketing Lead",
              "2026-10-27 11:05", MTL, mid, relay=GMAIL,
              extra=(("In-Reply-To", gmid("p20q")), ("References", gmid("p20p") + " " + gmid("p20q"))))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 21: Exchange cancellation of the Grenoble interview (thread with key 3)
@mail(nm(), family="outlook_exchange", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-26 10:00", PARIS), end=utc("2026-10-26 11:00", PARIS),
      contact="nathalie.girard@alpestre-tech.fr", company="Alpestre Technologies",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="Exchange METHOD:CANCEL 'Annulé : Entretien ...' for Mon 26 Oct 10:00 Romance Standard Time (CET) "
           "-> 09:00Z; sent Fri 23 Oct in CEST; no new time; contact = ORGANIZER")
def p21():
    body = t("""
        Bonjour Élodie,

        Je suis vraiment désolée : nous devons annuler votre entretien de lundi. Le recrutement sur ce poste
        est suspendu suite à une réorganisation interne, et je ne veux pas vous faire faire le trajet pour
        rien. Je reviens vers vous dès que nous aurons plus de visibilité.

        Bien cordialement,
        Nathalie Girard

        Quand : lundi 26 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Alpestre Technologies - 8 rue Ampère, 38000 Grenoble - Bât. B
        """)
    ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Nathalie Girard:mailto:nathalie.girard@alpestre-tech.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Élodie Marchand:mailto:elodie.marchand@example.org
DESCRIPTION;LANGUAGE=fr-FR:Je suis vraiment désolée : nous devons annuler votre entretien de lundi.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F4B1A661DB01000000000000000010000000A7C3E2F1B0D94E4BAE6F7C2D13E5A9B1
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien - Responsable Marketing Produit - Élodie Marchand
DTSTART;TZID=Romance Standard Time:20261026T100000
DTEND;TZID=Romance Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261023T121846Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Alpestre Technologies - 8 rue Ampère\\, 38000 Grenoble - Bât. B
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2124318770
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return outlook_invite(organizer=("Nathalie Girard", "nathalie.girard@alpestre-tech.fr"),
                          subject="Annulé : Entretien - Responsable Marketing Produit - Élodie Marchand", body=body,
                          ics=ics, method="CANCEL", when="2026-10-23 14:18",
                          mid="<PR3P195MB0884B2E9D1F04A7C3E58D6A2F1C7@PR3P195MB0884.EURP195.PROD.OUTLOOK.COM>",
                          extra=(("Importance", "high"),))


# --- 22: human cancellation, post filled internally
@mail(nm(), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-12 10:00", PARIS), end=None, contact="b.morin@ardent-maison.fr",
      company="Maison Ardent", local="Thu 2026-11-12 10:00", zone=PARIS,
      note="Recruiter cancels 'notre entretien prévu jeudi 12 novembre à 10h' (poste pourvu en interne); "
           "CET -> 09:00Z; no new time; contact = sender")
def p22():
    body = t("""
        Bonjour Élodie,

        Je suis au regret de devoir annuler notre entretien prévu jeudi 12 novembre à 10h. Le poste de
        responsable marketing produit vient d'être pourvu en interne, la décision a été prise hier en
        comité de direction.

        Je suis sincèrement désolée pour ce contretemps, d'autant que votre profil nous intéressait
        beaucoup. Je me permets de garder votre CV pour de futures opportunités, si vous en êtes d'accord.

        Bien cordialement,

        Bérénice Morin
        Responsable des Ressources Humaines
        Maison Ardent – Lyon
        """)
    mid = "<1f0c3a9e-6b2d-4e71-a8c5-9d3e7f1b2a40@ardent-maison.fr>"
    hs = head(addr("Bérénice Morin", "b.morin@ardent-maison.fr"), "Annulation de notre entretien du 12 novembre",
              "2026-11-09 09:12", PARIS, mid, relay=OVH,
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


# --- 23: Google Calendar cancellation, Geneva
@mail(nm(), family="google_calendar", lang="fr-CH", interview=True, kind="cancelled",
      start=utc("2026-11-09 15:00", GENEVA), end=utc("2026-11-09 16:00", GENEVA),
      contact="fabien.rochat@arolla-digital.ch", company="Arolla Digital",
      local="Mon 2026-11-09 15:00", local_end="2026-11-09 16:00", zone=GENEVA,
      note="Google Agenda 'Événement annulé' for Mon 9 Nov 15:00-16:00 (CET, Europe/Zurich) -> 14:00Z; "
           "METHOD:CANCEL; contact = ORGANIZER")
def p23():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Product Marketing Lead – Arolla Digital
        lundi 9 novembre 2026 ⋅ 15:00 – 16:00
        Heure d'Europe centrale - Zurich

        Message de Fabien Rochat :
        Bonjour Élodie, je dois annuler notre entretien, le poste est gelé jusqu'au début d'année.
        Toutes mes excuses. Fabien

        Invités
        Fabien Rochat - organisateur
        elodie.marchand@example.org

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + ZURICH_VTZ + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261109T150000
DTEND;TZID=Europe/Zurich:20261109T160000
DTSTAMP:20261104T081204Z
ORGANIZER;CN=Fabien Rochat:mailto:fabien.rochat@arolla-digital.ch
UID:0q7vbl2c4k9s6m1f3h8e5d2a0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
CREATED:20261029T161022Z
DESCRIPTION:
LAST-MODIFIED:20261104T081203Z
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entretien Product Marketing Lead – Arolla Digital
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@google.com>"
    hs = head(addr("Fabien Rochat", "fabien.rochat@arolla-digital.ch"),
              "Événement annulé avec remarque : Entretien Product Marketing Lead – Arolla Digital @ lun. 9 nov. "
              "2026 15:00 - 16:00 (CET) (elodie.marchand@example.org)", "2026-11-04 09:12", GENEVA, mid,
              relay=GCAL, extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                                 ("Reply-To", "fabien.rochat@arolla-digital.ch")))
    return message(hs, mixed(
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


# =========================================================================== negatives

WORK = "elodie.marchand@cassiopee-software.fr"
WORK_TO = addr(ME_NAME, WORK)
FWD = (("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"))


# --- 24: Welcome to the Jungle job alert
@mail(nm(), family="job_alert", lang="fr", interview=False, company=None,
      note="WTTJ job alert listing offers; no interview")
def n24():
    h = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Nouvelles offres</title></head>
        <body style="background:#fffaf0;font-family:Helvetica,Arial,sans-serif">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:22px">6 nouvelles offres pour votre alerte « Product Marketing – Lyon »</h1>
        <table cellpadding="8" width="100%">
        <tr><td><b>Product Marketing Manager</b><br>Lumio · Paris · Télétravail fréquent · CDI</td><td><a href="https://www.welcometothejungle.com/fr/companies/lumio/jobs/pmm">Voir l'offre</a></td></tr>
        <tr><td><b>Senior PMM – Plateforme data</b><br>Kestrel Analytics · Lyon · CDI</td><td><a href="https://www.welcometothejungle.com/fr/companies/kestrel/jobs/senior-pmm">Voir l'offre</a></td></tr>
        <tr><td><b>Responsable Marketing Produit</b><br>Onde · Lyon · CDI · 50-60K€</td><td><a href="https://www.welcometothejungle.com/fr/companies/onde/jobs/rmp">Voir l'offre</a></td></tr>
        <tr><td><b>Head of Product Marketing</b><br>Pipo · Lyon · Startup · CDI</td><td><a href="https://www.welcometothejungle.com/fr/companies/pipo/jobs/head-pmm">Voir l'offre</a></td></tr>
        <tr><td><b>Growth &amp; Product Marketing</b><br>Tilleul · Villeurbanne · CDI</td><td><a href="https://www.welcometothejungle.com/fr/companies/tilleul/jobs/growth">Voir l'offre</a></td></tr>
        <tr><td><b>Chargé·e de marketing produit</b><br>Altimove · Grenoble · CDD 12 mois</td><td><a href="https://www.welcometothejungle.com/fr/companies/altimove/jobs/cmp">Voir l'offre</a></td></tr>
        </table>
        <p>Astuce : les candidats qui postulent dans les 48 h ont 2x plus de chances de décrocher un entretien.</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://www.welcometothejungle.com/fr/me/alerts">Gérer mes alertes</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<0102019a2f4e7c11-3a9b8c7d-1e2f-4a5b-9c8d-7e6f5a4b3c2d-000000@eu-west-1.amazonses.com>"
    hs = head(addr("Welcome to the Jungle", "alertes@welcometothejungle.com"),
              "6 nouvelles offres pour « Product Marketing – Lyon »", "2026-09-28 08:00", PARIS, mid, relay=SES,
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/me/alerts/unsubscribe?t=a81f>"),))
    return message(hs, html(h))


# --- 25: Indeed FR application sent (Lumio, before key 1)
@mail(nm(), family="application_receipt", lang="fr", interview=False, company="Lumio",
      note="Indeed 'candidature envoyée' receipt; no interview")
def n25():
    body = t("""
        Candidature envoyée

        Product Marketing Manager
        Lumio - Paris (75)

        Votre candidature a bien été envoyée à Lumio. Ce qui se passe ensuite :
        - L'employeur examine votre candidature
        - Si votre profil correspond, l'employeur vous contactera directement

        Conseil : Suivez l'état de vos candidatures dans Mes emplois.
        https://fr.indeed.com/myjobs

        Bonne chance !
        L'équipe Indeed

        © 2026 Indeed - Ne transférez pas ce message, il contient des liens personnels.
        """)
    mid = "<1e2d3c4b5a69.1758101122334.JavaMail.indeed@indeedemail.com>"
    hs = head(addr("Indeed", "indeedapply@indeed.com"), "Candidature envoyée : Product Marketing Manager",
              "2026-09-17 10:31", PARIS, mid, relay=SENDGRID)
    return message(hs, text(body))


# --- 26: APEC newsletter about interviews
@mail(nm(), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Job-search newsletter about preparing interviews; no interview of the candidate")
def n26():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p style="font-size:12px;color:#777">La lettre des cadres en recherche · octobre 2026</p>
        <h1>Entretien d'embauche : les 7 questions qui déstabilisent (et comment y répondre)</h1>
        <p>« Parlez-moi de vous », « Quel est votre plus grand défaut ? », « Pourquoi devrions-nous vous choisir ? »...
        Nos consultants décryptent les questions les plus redoutées en entretien et vous donnent des pistes pour
        préparer vos réponses.</p>
        <h2>Aussi dans ce numéro</h2>
        <ul>
        <li>Entretien en visio : 5 réglages à faire 10 minutes avant</li>
        <li>Négocier son salaire après 35 ans</li>
        <li>Témoignage : « J'ai décroché un poste de PMM après 4 entretiens »</li>
        </ul>
        <p><a href="https://www.apec.fr/candidat/actualites.html">Lire la lettre en ligne</a></p>
        <p style="font-size:11px;color:#999">Vous recevez cette lettre car vous êtes inscrite sur apec.fr. Se désinscrire.</p>
        </body></html>
        """)
    mid = "<nl.20261006.7718421@news.apec.fr>"
    hs = head(addr("Apec", "newsletter@news.apec.fr"),
              "Entretien d'embauche : les 7 questions qui déstabilisent", "2026-10-06 07:30", PARIS, mid,
              relay="from news.apec.fr (news.apec.fr [185.41.28.10])",
              extra=(("List-Unsubscribe", "<mailto:unsubscribe-7718421@news.apec.fr>"),
                     ("Precedence", "bulk")))
    return message(hs, html(h, cte="base64"))


# --- 27: rejection after the Onde interview (Teamtailor)
@mail(nm(), family="rejection", lang="fr", interview=False, company="Onde", days=(("Mon", "2026-10-19"),),
      note="Rejection after the interview of Monday 19 October; past date only")
def n27():
    body = t("""
        Bonjour Élodie,

        Merci encore pour le temps que vous nous avez consacré lors de notre entretien du lundi 19 octobre.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un·e autre candidat·e dont
        l'expérience en marketing B2B industriel correspond davantage à nos besoins immédiats. Cette décision
        n'a pas été facile à prendre.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Maxime Caron
        Onde

        ---
        Ce message a été envoyé via Teamtailor.
        """)
    mid = "<64f9c2e1a7b3d_5a1f3c2b7d81f4@teamtailor-app-7b9c5d.mail>"
    hs = head(addr("Onde", "no-reply@teamtailor-mail.com"), "Votre candidature chez Onde",
              "2026-10-27 17:45", PARIS, mid, relay=SENDGRID,
              extra=(("Reply-To", addr("Maxime Caron", "maxime.caron@onde.studio")),))
    return message(hs, text(body))


# --- 28: offer (Kestrel)
@mail(nm(), family="offer", lang="fr", interview=False, company="Kestrel Analytics",
      days=(("Fri", "2026-11-06"), ("Mon", "2027-01-04")),
      note="Offer letter with a reply deadline and a start date; no interview")
def n28():
    body = t("""
        Bonjour Élodie,

        Suite à nos différents échanges, j'ai le plaisir de vous adresser ci-joint notre proposition
        d'embauche pour le poste de Senior Product Marketing Manager en CDI, statut cadre.

        En résumé :
        - Rémunération fixe : 58 000 € bruts annuels, variable jusqu'à 10 %
        - Télétravail : 2 jours par semaine
        - Date de démarrage souhaitée : lundi 4 janvier 2027

        Nous vous serions reconnaissants de nous faire part de votre réponse d'ici le vendredi 6 novembre.
        Je reste bien sûr disponible si vous souhaitez en discuter, n'hésitez pas à m'appeler.

        Au plaisir de vous compter parmi nous,

        Julien Perrin
        Head of Marketing – Kestrel Analytics
        """)
    mid = gmid("n28")
    hs = head(addr("Julien Perrin", "julien.perrin@kestrel-analytics.fr"),
              "Proposition d'embauche – Senior Product Marketing Manager", "2026-10-29 18:20", PARIS, mid,
              relay=GMAIL)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposition_Kestrel_EMarchand.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposition_Kestrel_EMarchand.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


# --- 29: recruiter outreach (London agency, English), no time fixed
@mail(nm(), family="recruiter_outreach", lang="en", interview=False, company=None,
      note="Agency outreach asking for a quick call 'this week'; no fixed time (agency, company left null)")
def n29():
    body = t("""
        Hi Elodie,

        Hope you're well! I came across your profile and thought you'd be a great fit for a Senior PMM role
        I'm working on with a Series B fintech in London - fully remote from France is fine, with a trip to
        the office once a quarter.

        Would you be open to a quick 15-min chat this week? Let me know a couple of times that suit and
        I'll give you a ring.

        Kind regards,
        Jess

        Jessica Palmer
        Principal Consultant, Marketing | Brightwater Search
        +44 20 7946 0813
        """)
    mid = "<LO2P265MB5120A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"
    hs = head(addr("Jessica Palmer", "jessica.palmer@brightwatersearch.co.uk"),
              "Senior PMM - remote, London fintech", "2026-10-07 12:14", LONDON, mid, relay=OUTLOOK)
    return message(hs, text(body, cte="7bit"))


# --- 30: self-schedule link (Nébuleuse, before key 5)
@mail(nm(), family="self_schedule", lang="fr", interview=False, company="Nébuleuse",
      note="Hiring manager sends a Calendly link to pick a slot; nothing fixed yet (thread with the later "
           "Calendly confirmation)")
def n30():
    body = t("""
        Bonjour Élodie,

        Merci pour votre candidature, votre parcours chez Cassiopée m'a beaucoup intéressée !

        Je vous propose un premier échange de 30 minutes pour faire connaissance. Vous pouvez choisir le
        créneau qui vous arrange directement dans mon agenda :
        https://calendly.com/lea-fontaine-nebuleuse/echange-30-min-pmm

        À très vite,
        Léa Fontaine
        VP Marketing – Nébuleuse
        """)
    mid = gmid("n30")
    hs = head(addr("Léa Fontaine", "lea.fontaine@nebuleuse.co"), "Votre candidature PMM – Nébuleuse",
              "2026-10-07 17:48", PARIS, mid, relay=GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 31: two-slot proposal, not yet agreed (Arvel Conseil, before key 11)
@mail(nm(), family="slot_proposal", lang="fr", interview=False, company="Ferrand Industries",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Agency proposes two slots 'mardi 3 à 17h30 ou mercredi 4 à 9h'; not yet agreed")
def n31():
    body = t("""
        Bonjour Élodie,

        Bonne nouvelle : Mme Durand, DG de Ferrand Industries, souhaite vous rencontrer pour le poste de
        Directrice Marketing Produit.

        Elle pourrait vous recevoir (en visio) le mardi 3 à 17h30 ou le mercredi 4 à 9h. Dites-moi ce qui
        vous convient le mieux et je bloque le créneau avec son assistante.

        Bien à vous,
        Hélène Vasseur
        Consultante senior – Arvel Conseil
        06 12 55 48 03
        """)
    mid = "<PAXP193MB19027B3D2E1F0A9C8B7D6E5F4A3B@PAXP193MB1902.EURP193.PROD.OUTLOOK.COM>"
    hs = head(addr("Hélène Vasseur", "h.vasseur@arvel-conseil.fr"),
              "Poste Directrice Marketing Produit - Ferrand Industries", "2026-10-27 10:14", PARIS, mid,
              relay=OUTLOOK)
    return message(hs, text(body))


# --- 32: take-home case deadline (Lumio)
@mail(nm(), family="take_home", lang="fr", interview=False, company="Lumio", days=(("Mon", "2026-10-12"),),
      note="Case study to send back before a deadline; not an interview")
def n32():
    body = t("""
        Hello Élodie,

        Merci encore pour l'échange de mardi, Romain et moi avons beaucoup apprécié.

        Comme annoncé, voici l'étape suivante : un cas pratique (brief en PJ) sur le lancement de notre
        offre « Lumio Teams ». Il s'agit de proposer un positionnement et un plan de lancement sur 90
        jours, 6-8 slides max.

        Merci de nous le renvoyer avant le lundi 12 octobre à 12h. Pas besoin d'y passer plus de 3-4
        heures, on veut surtout voir ta façon de raisonner.

        Belle fin de semaine,
        Sarah
        """)
    mid = gmid("n32")
    hs = head(addr("Sarah Benhamou", "sarah.benhamou@lumio-app.fr"), "Lumio – cas pratique",
              "2026-10-08 15:02", PARIS, mid, relay=GMAIL)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Brief_cas_pratique_Lumio.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Brief_cas_pratique_Lumio.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKJSVFT0YK\n")
    return message(hs, mixed(text(body), pdf))


# --- 33: online assessment (Halyard, English)
@mail(nm(), family="assessment", lang="en", interview=False, company="Halyard",
      days=(("Fri", "2026-10-23"),),
      note="Online assessment invitation with a completion deadline; not an interview")
def n33():
    body = t("""
        Dear Élodie,

        As part of your application for Senior Product Marketing Manager at Halyard, you are invited to
        complete the following online assessments:

          - Verbal Reasoning (approx. 18 minutes)
          - Work Style Questionnaire (approx. 25 minutes)

        Please complete both by 11:59 PM (GMT+01:00) on Friday, 23 October 2026.

        Start your assessment: https://assess.talentq-online.com/candidate/login?token=8f1c2e9a77
        Candidate ID: HLY-204418

        We recommend a quiet environment and a stable internet connection.

        Good luck!
        Halyard Talent Team

        This is an automated message. Please do not reply.
        """)
    mid = "<20261019090312.assess.5521@notify.talentq-online.com>"
    hs = head(addr("Halyard Talent Team", "noreply@notify.talentq-online.com"),
              "Action required: complete your Halyard assessment", "2026-10-19 10:03", LONDON, mid,
              relay=SENDGRID)
    return message(hs, text(body))


# --- 34: Doctolib dentist appointment
@mail(nm(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Dentist appointment confirmation (Doctolib); confirmed time but not an interview")
def n34():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f4f6f9">
        <table width="560" align="center" style="background:#fff;padding:24px">
        <tr><td><img src="https://www.doctolib.fr/img/logo.png" alt="Doctolib" height="24"></td></tr>
        <tr><td>
        <h2 style="color:#107aca">Votre rendez-vous est confirmé</h2>
        <p><b>Mardi 20 octobre 2026 à 08:45</b></p>
        <p>Dr Véronique Morel<br>Chirurgien-dentiste<br>18 cours Franklin Roosevelt, 69006 Lyon</p>
        <p>Motif : Détartrage</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez votre rendez-vous au moins 24 h à l'avance.</p>
        <p><a href="https://www.doctolib.fr/account/appointments">Gérer mon rendez-vous</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<appt-confirmation-38192774.1760341209@doctolib.fr>"
    hs = head(addr("Doctolib", "no-reply@doctolib.fr"),
              "Confirmation de votre rendez-vous du mardi 20 octobre 2026", "2026-10-13 09:40", PARIS, mid,
              relay=SES)
    return message(hs, html(h))


# --- 35: stand-up at the current employer (Exchange, recurring)
@mail(nm(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Recurring team stand-up invitation at the current employer (auto-forwarded work mail); not an "
           "interview")
def n35():
    body = t("""
        Hello la team,

        On passe le daily GTM à 9h30 à partir de lundi, pour laisser le temps aux Sales de finir leur
        point du matin. 15 min max, debout 😄

        Marc

        Quand : Se produit chaque jour du lundi au vendredi à partir du 12/10/2026 jusqu'au 18/12/2026, de
        09:30 à 09:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Fourvière / Teams
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Marc Delaunay:mailto:marc.delaunay@cassiopee-software.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@cassiopee-software.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yanis Bouchard:mailto:yanis.bouchard@cassiopee-software.fr
RRULE:FREQ=WEEKLY;UNTIL=20261218T083000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000F1B2C3D4E5F6DB0100000000000000001000000011A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=fr-FR:Daily GTM
DTSTART;TZID=Romance Standard Time:20261012T093000
DTEND;TZID=Romance Standard Time:20261012T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T154411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Fourvière / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    return outlook_invite(organizer=("Marc Delaunay", "marc.delaunay@cassiopee-software.fr"),
                          subject="Daily GTM", body=body, ics=ics, when="2026-10-08 17:44", to=WORK_TO,
                          mid="<PR1P264MB3155E6D7C8B9A0F1E2D3C4B5A697@PR1P264MB3155.FRAP264.PROD.OUTLOOK.COM>",
                          extra=FWD)


# --- 36: 1:1 with the current manager (Google Calendar, French UI)
@mail(nm(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Google Agenda invitation to a 1:1 with the current manager; not an interview")
def n36():
    body = t("""
        Marc Delaunay vous a invité à un événement.

        1:1 Élodie / Marc – point mensuel
        jeudi 15 octobre 2026 ⋅ 17:00 – 17:30
        Heure d'Europe centrale - Paris

        Bureau de Marc (ou café en bas si beau temps)

        Invités
        Marc Delaunay - organisateur
        elodie.marchand@cassiopee-software.fr

        Invitation de Google Agenda
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Paris"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261015T170000
DTEND;TZID=Europe/Paris:20261015T173000
DTSTAMP:20261012T080102Z
ORGANIZER;CN=Marc Delaunay:mailto:marc.delaunay@cassiopee-software.fr
UID:1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchand@cassiopee-software.fr;X-NUM-GUESTS=0:mailto:elodie.marchand@cassiopee-software.fr
DESCRIPTION:Bureau de Marc (ou café en bas si beau temps)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:1:1 Élodie / Marc – point mensuel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-4b3a2918-0716-4f5e-8d9c-1b2a3c4d5e6f@google.com>"
    hs = head(addr("Marc Delaunay", "marc.delaunay@cassiopee-software.fr"),
              "Invitation: 1:1 Élodie / Marc – point mensuel @ jeu. 15 oct. 2026 17:00 - 17:30 (CEST) "
              "(elodie.marchand@cassiopee-software.fr)", "2026-10-12 10:01", PARIS, mid, relay=GCAL, to=WORK_TO,
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"), *FWD))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# --- 37: apartment viewing (agency), iso-8859-15
@mail(nm(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Estate agency confirms an apartment viewing ('RDV samedi 17 octobre à 10h30'); not an interview")
def n37():
    body = t("""
        Bonjour Madame Marchand,

        Je vous confirme notre RDV pour la visite du T3 rue d'Austerlitz (Lyon 4e, 68 m², 1 150 EUR CC)
        le samedi 17 octobre à 10h30. Rendez-vous devant l'immeuble, code porte à l'arrivée.

        Pensez à préparer votre dossier (3 derniers bulletins de salaire, avis d'imposition, pièce
        d'identité) : le propriétaire souhaite aller vite.

        Cordialement,
        Stéphane Giraud
        Croix-Rousse Immobilier
        04 78 55 21 09
        """)
    mid = "<20261014095511.5C1A2B3E@croixrousse-immo.fr>"
    hs = head(addr("Stéphane Giraud", "s.giraud@croixrousse-immo.fr", "iso-8859-15"),
              "Confirmation visite T3 rue d'Austerlitz", "2026-10-14 11:55", PARIS, mid, relay=OVH,
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# --- 38: meetup registration
@mail(nm(), family="meetup", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Meetup RSVP confirmation for a product-marketing evening; not an interview")
def n38():
    body = t("""
        Vous participez !

        Product Marketing Lyon #14 – « Positionnement : arrêtons de tout appeler plateforme »
        mercredi 21 octobre 2026, 19:00 à 21:30 CEST
        H7, 70 quai Perrache, 69002 Lyon

        Au programme : 2 talks de 20 min, puis apéro networking. Plusieurs entreprises qui recrutent
        seront présentes.

        Ajouter à mon agenda : https://www.meetup.com/fr-FR/product-marketing-lyon/events/30482211/ical/
        Voir l'événement : https://www.meetup.com/fr-FR/product-marketing-lyon/events/30482211/

        Meetup LLC, POB 4668 #37895 New York, NY 10163-4668
        """)
    mid = "<meetup.rsvp.30482211.88120571@email.meetup.com>"
    hs = head(addr("Meetup", "info@email.meetup.com"), "Vous participez à Product Marketing Lyon #14",
              "2026-10-10 13:22", PARIS, mid, relay=SENDGRID)
    return message(hs, text(body))


# --- 39: webinar titled like an interview (Livestorm)
@mail(nm(), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Webinar registration 'Entretien d'embauche en marketing : ...' jeudi 15 octobre 18h; not an "
           "interview of the candidate")
def n39():
    body = t("""
        Bonjour Élodie,

        Votre inscription est confirmée 🎉

        Entretien d'embauche en marketing : comment pitcher votre parcours en 2 minutes
        Jeudi 15 octobre 2026 · 18:00 - 19:00 (Europe/Paris)

        Rejoindre le webinar : https://app.livestorm.co/marketing-career-club/entretien-embauche-pitch/live
        Ajouter à Google Agenda · Outlook · iCal

        Intervenante : Nadia Ferreira, coach carrière et ex-Head of PMM

        À jeudi !
        Marketing Career Club

        Propulsé par Livestorm
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ls-77b1c0d2-webinar@livestorm.co
DTSTAMP:20261009T101500Z
DTSTART:20261015T160000Z
DTEND:20261015T170000Z
SUMMARY:Entretien d'embauche en marketing : comment pitcher votre parcours en 2 minutes
URL:https://app.livestorm.co/marketing-career-club/entretien-embauche-pitch/live
END:VEVENT
END:VCALENDAR"""
    mid = "<livestorm.registration.77b1c0d2.5512@mail.livestorm.co>"
    hs = head(addr("Marketing Career Club", "no-reply@livestorm.co"),
              "Inscription confirmée : Entretien d'embauche en marketing", "2026-10-09 12:15", PARIS, mid,
              relay=SENDGRID)
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics",
                                                  disposition="attachment", name_param=True)))


# --- 40: mock interview with an APEC consultant
@mail(nm(), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Coaching 'simulation d'entretien' with an outplacement consultant, confirmed time; not a job "
           "interview")
def n40():
    body = t("""
        Bonjour Élodie,

        Je vous confirme notre séance de simulation d'entretien le mercredi 28 octobre à 14h, en visio
        (lien Teams ci-dessous). Nous jouerons un entretien « directeur marketing » d'environ 45 minutes,
        puis débrief.

        Pensez à m'envoyer d'ici là l'annonce sur laquelle vous souhaitez vous entraîner.

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NzFk%40thread.v2/0

        Bien cordialement,
        François Lemaire
        Consultant – Accompagnement des cadres, Apec Auvergne-Rhône-Alpes
        """)
    mid = "<AM0PR06MB6611C3D2B1A0F9E8D7C6B5A43210@AM0PR06MB6611.eurprd06.prod.outlook.com>"
    hs = head(addr("François Lemaire", "francois.lemaire@apec.fr"),
              "Simulation d'entretien - mercredi 28/10", "2026-10-22 16:40", PARIS, mid, relay=OUTLOOK)
    return message(hs, text(body))


# --- 41: podcast recording
@mail(nm(), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast host confirms the recording of an 'interview' with the candidate as guest; not a job "
           "interview")
def n41():
    body = t("""
        Hello Élodie !

        Top, on part donc sur mardi 20 octobre à 14h pour l'enregistrement de l'interview pour Growth &
        Café 🎙️ On se retrouve au studio (La Commune, 3 rue Pré-Gaudry, Lyon 7e), compte 1h30 avec
        l'installation.

        Thème : « Lancer un produit B2B sans budget ». Je t'envoie la trame des questions vendredi.

        Merci encore d'avoir accepté !
        Lucas
        Growth & Café – le podcast des marketeurs lyonnais
        """)
    mid = gmid("n41")
    hs = head(addr("Lucas Meunier", "lucas@growthetcafe.fr"), "Re: Interview Growth & Café 🎙️",
              "2026-10-14 20:02", PARIS, mid, relay=GMAIL,
              extra=(("In-Reply-To", gmid("n41q")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 42: the candidate interviews someone else at her current job
@mail(nm(), family="interviewer_side", lang="fr", interview=False, company=None,
      note="Invitation to conduct an interview with an intern candidate at the current employer; she is the "
           "interviewer, not the candidate")
def n42():
    body = t("""
        Bonjour Élodie,

        Comme convenu, je te cale l'entretien avec Lucas Berthier, candidat à l'alternance marketing
        produit (Master 2 IAE Lyon). Tu trouveras son CV et sa lettre dans le dossier partagé.

        Grille d'évaluation habituelle, merci de la compléter dans Flatchr dans la foulée.

        Quand : mardi 27 octobre 2026 11:00-11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Microsoft Teams

        Merci !
        Chloé Arnaud
        Chargée RH – Cassiopée Software
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """
BEGIN:VEVENT
ORGANIZER;CN=Chloé Arnaud:mailto:chloe.arnaud@cassiopee-software.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchand:mailto:elodie.marchand@cassiopee-software.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucas.berthier@example.net:mailto:lucas.berthier@example.net
UID:040000008200E00074C5B7101A82E008000000002C3D4E5F6A7BDB0100000000000000001000000099A8B7C6D5E4F3021A2B3C4D5E6F7A8B
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Alternance Marketing Produit - Lucas Berthier
DTSTART;TZID=Romance Standard Time:20261027T110000
DTEND;TZID=Romance Standard Time:20261027T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T124015Z
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
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE1YjQx%40thread.v2/0
END:VEVENT
END:VCALENDAR"""
    return outlook_invite(organizer=("Chloé Arnaud", "chloe.arnaud@cassiopee-software.fr"),
                          subject="Entretien candidat - Alternance Marketing Produit - Lucas Berthier", body=body,
                          ics=ics, when="2026-10-20 14:40", to=WORK_TO,
                          mid="<PR1P264MB31559A8B7C6D5E4F3A2B1C0D9E8F@PR1P264MB3155.FRAP264.PROD.OUTLOOK.COM>",
                          extra=FWD)


# --- 43: reference call about the candidate
@mail(nm(), family="reference_check", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Former manager says a reference call about the candidate is set for Thursday 17h; not her "
           "interview")
def n43():
    body = t("""
        Coucou Élodie,

        Petit mot pour te dire que Julien Perrin de Kestrel m'a contactée pour une prise de références
        à ton sujet. On s'est calés un call jeudi 5 novembre à 17h, je lui dirai tout le bien que je pense
        de toi (et du lancement Atlas 😉).

        Tiens-moi au courant pour la suite !
        Bises,
        Nadège

        --
        Nadège Fournier
        Directrice Marketing, Opaline SaaS
        """)
    mid = gmid("n43")
    hs = head(addr("Nadège Fournier", "nadege.fournier@opaline-saas.fr"), "Kestrel m'a appelée 🙂",
              "2026-11-02 13:27", PARIS, mid, relay=GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 44: out-of-office auto-reply
@mail(nm(), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Out-of-office auto-reply to the candidate's mail about her interview; no interview confirmed")
def n44():
    body = t("""
        Bonjour,

        Je suis absente du lundi 26 octobre au vendredi 30 octobre inclus, avec un accès limité à mes
        e-mails. Je vous répondrai dès mon retour le lundi 2 novembre.

        Pour toute urgence concernant un processus de recrutement en cours, vous pouvez contacter
        recrutement@verso-assurances.fr.

        Bien cordialement,
        Marion Lefèvre
        Verso Assurances
        """)
    mid = "<auto.AM6PR09MB4410.1761468122@verso-assurances.fr>"
    hs = head(addr("Marion Lefèvre", "marion.lefevre@verso-assurances.fr"),
              "Réponse automatique : Re: Entretien Product Marketing Manager", "2026-10-26 09:22", PARIS, mid,
              relay=OUTLOOK, extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                   ("In-Reply-To", "<" + _id("n44in", 24) + "@example.org>")))
    return message(hs, text(body))


# --- 45: bounce of the candidate's own confirmation
@mail(nm(), family="bounce", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Delivery failure (mailer-daemon) returning the candidate's own reply about an interview; no "
           "interview confirmed to her")
def n45():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <a.martin@altimov.fr>: host altimov.fr[198.51.100.23] said: 550 5.1.1
            <a.martin@altimov.fr>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q8XK21b7Wz9tD
        Arrival-Date: Tue, 13 Oct 2026 19:02:41 +0200 (CEST)

        Final-Recipient: rfc822; a.martin@altimov.fr
        Original-Recipient: rfc822;a.martin@altimov.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; altimov.fr
        Diagnostic-Code: smtp; 550 5.1.1 <a.martin@altimov.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Bonjour Madame Martin,

        Je vous remercie pour votre message et vous confirme ma présence à l'entretien du vendredi 16
        octobre à 10h00 à Grenoble.

        Bien cordialement,
        Élodie Marchand
        """)
    orig = message([("From", TO), ("To", "a.martin@altimov.fr"),
                    ("Subject", enc("Re: Chef de produit marketing - confirmation")),
                    ("Date", date("2026-10-13 19:02", PARIS)),
                    ("Message-ID", "<" + _id("n45o", 24) + "@example.org>")],
                   text(orig_body))
    mid = "<20261013170242.4Q8XK21b7Wz9tD@mx1.example.org>"
    hs = [("Delivered-To", ME),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-13 19:02", PARIS)),
          ("Message-ID", mid),
          ("Auto-Submitted", "auto-replied")]
    body = multipart("report", text(report, cte="7bit", charset="us-ascii",
                                    extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    return message(hs, body)


# --- 46: post-interview thanks (Kestrel, after key 2)
@mail(nm(), family="post_interview", lang="fr", interview=False, company="Kestrel Analytics",
      note="Post-interview 'merci, on revient vers vous' reply; nothing scheduled")
def n46():
    body = t("""
        Merci à vous Élodie, c'était un vrai plaisir ce matin. Aurore a beaucoup aimé votre retour
        d'expérience sur le lancement Atlas.

        On fait le point en interne d'ici la fin de semaine prochaine et je reviens vers vous rapidement
        pour la suite.

        Julien

        Le jeu. 8 oct. 2026 à 12:41, Élodie Marchand <elodie.marchand@example.org> a écrit :
        > Bonjour Julien,
        > Merci pour cet échange très riche ce matin, j'ai été ravie de découvrir l'équipe.
        > Belle journée,
        > Élodie
        """)
    mid = gmid("n46")
    hs = head(addr("Julien Perrin", "julien.perrin@kestrel-analytics.fr"), "Re: Merci pour l'échange",
              "2026-10-08 14:05", PARIS, mid, relay=GMAIL, extra=(("In-Reply-To", gmid("n46q")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 47: HelloWork profile views digest
@mail(nm(), family="job_alert", lang="fr", interview=False, company=None,
      note="HelloWork digest of profile views and suggested offers; no interview")
def n47():
    h = t("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="600" align="center"><tr><td>
        <h2>Élodie, 4 recruteurs ont consulté votre CV cette semaine</h2>
        <p>Votre profil « Product Marketing Manager » attire l'attention ! Parmi eux : un cabinet de recrutement
        à Lyon et une ETI industrielle à Grenoble.</p>
        <p><a href="https://www.hellowork.com/fr-fr/candidat/cv/statistiques">Voir qui a consulté mon CV</a></p>
        <h3>Offres qui pourraient vous plaire</h3>
        <ul><li>Chef de produit marketing H/F – Grenoble (38) – CDI</li>
        <li>Responsable marketing produit H/F – Lyon 3e – CDI</li>
        <li>Product Marketing Manager H/F – Villeurbanne – CDI</li></ul>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez un compte HelloWork. Se désabonner.</p>
        </td></tr></table></body></html>
        """)
    mid = "<20261018070012.digest.3318@mailing.hellowork.com>"
    hs = head(addr("HelloWork", "noreply@hellowork.com"), "4 recruteurs ont consulté votre CV",
              "2026-10-18 09:00", PARIS, mid, relay="from mailing.hellowork.com (mailing.hellowork.com [91.216.44.17])",
              extra=(("Precedence", "bulk"),))
    return message(hs, html(h))


# --- 48: interview announced without a time (Jobaffinity, Brussels employer)
@mail(nm(), family="interview_no_time", lang="fr-BE", interview=False, company="Maison Dewinter",
      note="Application shortlisted, 'nous vous contacterons pour convenir d'un rendez-vous'; no fixed time")
def n48():
    body = t("""
        Bonjour Madame Marchand,

        Nous avons bien pris connaissance de votre candidature pour le poste de Product Marketing Manager
        (Bruxelles, temps plein) et avons le plaisir de vous informer qu'elle a retenu notre attention.

        Notre chargée de recrutement, Mme Wauters, prendra contact avec vous par téléphone dans les
        prochains jours afin de convenir d'un rendez-vous pour un premier entretien.

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Le service Ressources Humaines
        Maison Dewinter SA – Bruxelles

        Ce message vous est adressé via Jobaffinity. Merci de ne pas y répondre.
        """)
    mid = "<ja.20261020.511842.notification@jobaffinity.fr>"
    hs = head(addr("Maison Dewinter", "ne-pas-repondre@jobaffinity.fr"),
              "Votre candidature - Product Marketing Manager", "2026-10-20 15:33", BRUSSELS, mid, relay=MAILGUN)
    return message(hs, text(body, charset="windows-1252"))


# --- 49: TalentSoft / Cegid application receipt
@mail(nm(), family="application_receipt", lang="fr", interview=False, company="Groupe Vélin",
      note="Cegid/TalentSoft application acknowledgement; no interview")
def n49():
    body = t("""
        Madame,

        Nous accusons bonne réception de votre candidature au poste de « Responsable Marketing Produit -
        Siège Lyon (réf. 2026-0871) » et vous remercions de l'intérêt que vous portez au Groupe Vélin.

        Votre dossier va être étudié avec la plus grande attention. Si votre profil correspond à nos
        attentes, nous reviendrons vers vous afin de convenir d'un entretien.

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat :
        https://velin-group.talent-soft.com/espace-candidat

        Cordialement,
        La Direction des Ressources Humaines
        Groupe Vélin

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    mid = "<TS.20261016.82291.candidature@talent-soft.com>"
    hs = head(addr("Groupe Vélin - Recrutement", "noreply@talent-soft.com"),
              "Accusé de réception de votre candidature", "2026-10-16 22:14", PARIS, mid, relay=SES)
    return message(hs, text(body, cte="base64"))


# --- 50: press interview about her current product
@mail(nm(), family="press", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Journalist confirms a phone interview for an article about a product launch; not a job interview")
def n50():
    body = t("""
        Bonjour Madame Marchand,

        Je vous confirme notre interview téléphonique mardi 13 octobre à 11h pour le dossier « SaaS
        lyonnais » de Lyon Décideurs. Je vous appellerai au 06 XX XX XX 21 ; une vingtaine de minutes
        suffira. J'aimerais surtout revenir sur le lancement d'Atlas et vos choix de positionnement.

        Je vous enverrai les citations pour relecture avant publication.

        Bien cordialement,
        Pauline Chevalier
        Journaliste – Lyon Décideurs
        """)
    mid = "<5e2a9b71-3c4d-4f11-8e2a-7b6c5d4e3f21@lyondecideurs.fr>"
    hs = head(addr("Pauline Chevalier", "p.chevalier@lyondecideurs.fr"),
              "Interview Lyon Décideurs – mardi 11h", "2026-10-09 16:48", PARIS, mid, relay=OVH)
    return message(hs, text(body))
