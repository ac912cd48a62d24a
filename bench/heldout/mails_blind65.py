"""blind65: 50 hand-written mails from the inbox of a job seeker in Toulouse.

Inbox owner: Élodie Peyrusse <elodie.peyrusse@example.org>, systems engineer / data scientist in
Toulouse (Europe/Paris), applying to aerospace, space, satellite, energy and software companies in
Toulouse, Paris, Bordeaux, Sophia-Antipolis, Munich, Bremen, Noordwijk, Montréal and UK remote roles.

Written blind (without reading the detector, its tests or the other held-out mails). Each function
below is one mail, worded individually; ``make.py`` (imported unchanged) does the MIME plumbing and
the checks. Keys 1-23 are positives, 24-50 negatives, in writing order; the file number of key k is
``ORDER[k - 1]``, a fixed shuffle.

    python3 bench/heldout/make_blind.py blind65
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
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
)

ORDER = random.Random(65065).sample(range(1, 51), 50)

ME = "elodie.peyrusse@example.org"
ME_NAME = "Élodie Peyrusse"
TO_ME = addr(ME_NAME, ME)

PAR = "Europe/Paris"
BER = "Europe/Berlin"
AMS = "Europe/Amsterdam"
LON = "Europe/London"
MTL = "America/Toronto"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_AMS = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind65_{ORDER[key - 1]:03d}"


def esc(value: str) -> str:
    """Escape an ICS TEXT value (RFC 5545 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def described(part: Part, description: str) -> Part:
    """Put a Content-Description header in front of a part's headers."""
    part.headers.insert(0, ("Content-Description", description))
    return part


def mx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 2) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"mx.example.org with ESMTPS id {ident}",
                    ME, lag)


def exchange_ics(*, method: str, tzid: str, vtz: str, start: str, end: str, summary: str,
                 organizer: tuple[str, str], attendees: list[tuple[str, str]], location: str,
                 description: str, uid: str, stamp: str, sequence: int = 0, lang: str = "fr-FR",
                 status: str = "CONFIRMED", busy: str = "TENTATIVE", teams: str | None = None) -> str:
    """An Exchange / Outlook meeting request (Windows zone names, X-MICROSOFT-CDO-* fields)."""
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        vtz,
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for cn, mailto in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mailto}")
    lines += [
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{sequence}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hashlib.sha256(uid.encode()).hexdigest()[:7], 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method == "REQUEST" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}",
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/",
                  "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting\"\\,\"private\":true\\,\"type\":0}",
                  f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{organizer[1]}",
                  "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:"]
    lines += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE" if method == "REQUEST" else "X-MICROSOFT-ISRESPONSEREQUESTED:FALSE",
    ]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def google_ics(*, method: str, start: str, end: str, stamp: str, organizer: tuple[str, str],
               guests: list[tuple[str, str, str]], uid: str, summary: str, description: str,
               location: str = "", meet: str | None = None, sequence: int = 0, status: str = "CONFIRMED",
               created: str = "", rrule: str | None = None, tzid: str | None = None) -> str:
    """A Google Calendar invitation (UTC times unless a TZID is given)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines.append(VTZ[tzid])
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for cn, mailto, partstat in guests:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn};"
                     f"X-NUM-GUESTS=0:mailto:{mailto}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{created or stamp}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


GCAL_FOOTER = """Invitation de Google Agenda

Vous recevez cet e-mail à l'adresse elodie.peyrusse@example.org, car vous êtes invité à cet événement.

Pour ne plus recevoir de notifications pour cet événement, refusez-le. Vous pouvez également créer un compte Google à l'adresse https://calendar.google.com/calendar/ et gérer vos paramètres de notification pour l'ensemble de votre agenda.

Si vous transférez cette invitation, tout destinataire pourra envoyer une réponse à l'organisateur, être ajouté à la liste d'invités, inviter d'autres personnes, que sa réponse soit positive ou non, et modifier votre réponse. En savoir plus : https://support.google.com/calendar/answer/37135#forwarding
"""


# =====================================================================================
# Positives (keys 1-23)
# =====================================================================================


@mail(n(1), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-03-10T13:00:00Z", end="2026-03-10T14:00:00Z", contact="sophie.carrere@aerostellar.fr",
      company="Aérostellar", local="Tue 2026-03-10 14:00", local_end="2026-03-10 15:00", zone=PAR,
      note="Workday interview notification from the tenant mailbox; 'mardi 10 mars 2026, 14:00 - 15:00 "
           "(GMT+01:00) Europe/Paris' = CET, 13:00-14:00Z; contact = recruiter address written in the body")
def m01() -> bytes:
    body = t("""
        Bonjour Élodie,

        Un entretien a été planifié dans le cadre de votre candidature.

        Poste : Ingénieur(e) Systèmes Bord H/F (R-0004512)
        Type d'entretien : Entretien technique (visioconférence)
        Date : mardi 10 mars 2026
        Heure : 14:00 - 15:00 (GMT+01:00) Europe/Paris
        Participants : Grégory Salvat (Responsable Architecture Bord), Sophie Carrère (Talent Acquisition)

        Le lien de connexion Microsoft Teams vous sera transmis séparément par votre chargée de recrutement.

        Pour toute question, contactez Sophie Carrère : sophie.carrere@aerostellar.fr

        Retrouvez le détail de votre candidature dans votre espace candidat :
        https://aerostellar.wd3.myworkdayjobs.com/fr-FR/Aerostellar_Careers/userHome

        Cordialement,
        L'équipe Recrutement Aérostellar

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:24px 32px;border-bottom:4px solid #0b3d91"><img src="https://aerostellar.wd3.myworkdayjobs.com/Aerostellar_Careers/assets/logo" alt="Aérostellar" width="160"></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Bonjour Élodie,</p>
        <p>Un entretien a été planifié dans le cadre de votre candidature.</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td style="color:#777">Poste</td><td><b>Ingénieur(e) Systèmes Bord H/F (R-0004512)</b></td></tr>
        <tr><td style="color:#777">Type d'entretien</td><td>Entretien technique (visioconférence)</td></tr>
        <tr><td style="color:#777">Date</td><td>mardi 10 mars 2026</td></tr>
        <tr><td style="color:#777">Heure</td><td>14:00 - 15:00 (GMT+01:00) Europe/Paris</td></tr>
        <tr><td style="color:#777">Participants</td><td>Grégory Salvat (Responsable Architecture Bord), Sophie Carrère (Talent Acquisition)</td></tr>
        </table>
        <p>Le lien de connexion Microsoft Teams vous sera transmis séparément par votre chargée de recrutement.</p>
        <p>Pour toute question, contactez Sophie Carrère : <a href="mailto:sophie.carrere@aerostellar.fr">sophie.carrere@aerostellar.fr</a></p>
        <p><a href="https://aerostellar.wd3.myworkdayjobs.com/fr-FR/Aerostellar_Careers/userHome" style="background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Accéder à mon espace candidat</a></p>
        <p>Cordialement,<br>L'équipe Recrutement Aérostellar</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#999">Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>Powered by Workday</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = [
        ("Received", mx("mail-sor-f65.myworkday.com", "198.51.100.65", "2026-03-04 09:12:37", PAR, "j4KqL0aRz2")),
        ("From", addr("Aérostellar", "aerostellar@myworkday.com")),
        ("To", TO_ME),
        ("Subject", enc("Aérostellar - Invitation à un entretien : Ingénieur(e) Systèmes Bord H/F (R-0004512)")),
        ("Date", date("2026-03-04 09:12:37", PAR)),
        ("Message-ID", "<1364511287.88412.1772611957103@wd3-prod-notif-07.myworkday.com>"),
        ("X-Workday-Tenant", "aerostellar"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(2), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-04-16T08:00:00Z", end="2026-04-16T09:00:00Z", contact="camille.fabre@orbitaline.space",
      company="Orbitaline", local="Thu 2026-04-16 10:00", local_end="2026-04-16 11:00", zone=PAR,
      note="Google Calendar invitation in French, 'jeu. 16 avr. 2026 10:00 - 11:00 (CEST)'; ICS in UTC "
           "08:00-09:00Z; contact = organizer (recruiter)")
def m02() -> bytes:
    desc = ("Bonjour Élodie,\n\nComme convenu au téléphone, voici l'invitation pour l'entretien technique avec "
            "Yannick (responsable de la chaîne de traitement d'images). On parlera de ton parcours, puis d'un "
            "petit cas autour du segment sol. Rien à préparer.\n\nÀ jeudi !\nCamille")
    plain = t("""
        Camille Fabre vous a invité à un événement.

        Entretien technique – Élodie Peyrusse
        jeudi 16 avr. 2026 ⋅ 10:00 – 11:00
        Heure d’été d’Europe centrale - Paris

        Participer avec Google Meet
        https://meet.google.com/qvx-trkd-pna

        Participer par téléphone
        (FR) +33 1 70 00 00 41 PIN : 618 203 557#

        Plus de numéros de téléphone
        https://tel.meet/qvx-trkd-pna?pin=6182035574211

        """) + desc + t("""


        Invités
        Camille Fabre - organisateur
        Yannick Roques
        elodie.peyrusse@example.org

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWFrM2o4cTdwMnNvZ2cxdjBkOWtyYWl1ZmYgZWxvZGllLnBleXJ1c3NlQGV4YW1wbGUub3Jn&tok=MjUjY2FtaWxsZS5mYWJyZUBvcmJpdGFsaW5lLnNwYWNl

        Répondre pour elodie.peyrusse@example.org
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWFrM2o4cTdwMnNvZ2cxdjBkOWtyYWl1ZmY&rst=1
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWFrM2o4cTdwMnNvZ2cxdjBkOWtyYWl1ZmY&rst=2
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWFrM2o4cTdwMnNvZ2cxdjBkOWtyYWl1ZmY&rst=3
        Plus d'options
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWFrM2o4cTdwMnNvZ2cxdjBkOWtyYWl1ZmY

        """) + GCAL_FOOTER
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="font-size:14px">Camille Fabre vous a invité à un événement.</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Entretien technique – Élodie Peyrusse</h2>
        <p style="font-size:14px">jeudi 16 avr. 2026 ⋅ 10:00 – 11:00 (Heure d’été d’Europe centrale - Paris)</p>
        <p><a href="https://meet.google.com/qvx-trkd-pna" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a></p>
        <p style="font-size:14px">Bonjour Élodie,<br><br>Comme convenu au téléphone, voici l'invitation pour l'entretien technique avec Yannick (responsable de la chaîne de traitement d'images). On parlera de ton parcours, puis d'un petit cas autour du segment sol. Rien à préparer.<br><br>À jeudi !<br>Camille</p>
        <p style="font-size:14px"><b>Invités</b><br>Camille Fabre - organisateur<br>Yannick Roques<br>elodie.peyrusse@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = google_ics(method="REQUEST", start="20260416T080000Z", end="20260416T090000Z", stamp="20260410T144128Z",
                     organizer=("Camille Fabre", "camille.fabre@orbitaline.space"),
                     guests=[("Camille Fabre", "camille.fabre@orbitaline.space", "ACCEPTED"),
                             ("Yannick Roques", "yannick.roques@orbitaline.space", "ACCEPTED"),
                             (ME, ME, "NEEDS-ACTION")],
                     uid="5ak3j8q7p2sogg1v0d9kraiuff@google.com", summary="Entretien technique – Élodie Peyrusse",
                     description=desc, meet="https://meet.google.com/qvx-trkd-pna")
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="8bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    headers = [
        ("Received", received("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                              "2026-04-10 16:41:28", PAR, "mx.example.org with SMTPS id a9Tq2c", ME)),
        ("From", addr("Camille Fabre", "camille.fabre@orbitaline.space")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Reply-To", addr("Camille Fabre", "camille.fabre@orbitaline.space")),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien technique – Élodie Peyrusse @ jeu. 16 avr. 2026 10:00 - 11:00 "
                        "(CEST) (elodie.peyrusse@example.org)")),
        ("Date", date("2026-04-10 16:41:28", PAR)),
        ("Message-ID", "<calendar-7d2f0c41-9b8e-4a55-8f16-2c0f9d3e1a7b@google.com>"),
    ]
    return message(headers, body)


@mail(n(3), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T09:00:00Z", contact="sabine.lechner@isarflug-systems.de",
      company="Isarflug Systems", local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone=BER,
      note="Exchange meeting request in German, sent 24 March (CET); 31 March is after the 29 March switch, so "
           "10:00 Munich = CEST = 08:00Z even though the 'Wann:' line shows (UTC+01:00); ICS TZID "
           "W. Europe Standard Time agrees; contact = organizer")
def m03() -> bytes:
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTVhYjEtYjQ4Ni00ZDNmLWE0ZjMtOTcyNGE1"
             "MTdkYzM4%40thread.v2/0?context=%7b%22Tid%22%3a%2291c2e7b4%22%7d")
    plain = t(f"""
        Wann: Dienstag, 31. März 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        Sehr geehrte Frau Peyrusse,

        vielen Dank für das nette Telefonat letzte Woche. Wie besprochen lade ich Sie hiermit zum ersten Vorstellungsgespräch für die Position Systemingenieur (m/w/d) AOCS ein. Ihre Gesprächspartner sind Dr. Matthias Vogt (Teamleiter GNC) und ich. Wir können das Gespräch gerne auf Englisch führen.

        Bei Rückfragen erreichen Sie mich jederzeit unter +49 89 2000 4417.

        Mit freundlichen Grüßen
        Sabine Lechner
        HR Business Partner Engineering

        Isarflug Systems GmbH | Lilienthalring 12 | 80939 München
        Geschäftsführer: Dr. Klaus Reindl | Amtsgericht München HRB 000000

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<{teams}>
        Besprechungs-ID: 318 552 907 114
        Kennung: Xc7pQ2
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = exchange_ics(method="REQUEST", tzid="W. Europe Standard Time", vtz=VTZ["W. Europe Standard Time"],
                       start="20260331T100000", end="20260331T110000",
                       summary="Vorstellungsgespräch Systemingenieur AOCS – Élodie Peyrusse",
                       organizer=("Lechner\\, Sabine", "sabine.lechner@isarflug-systems.de"),
                       attendees=[(ME_NAME, ME), ("Vogt\\, Matthias", "matthias.vogt@isarflug-systems.de")],
                       location="Microsoft Teams-Besprechung", description=plain,
                       uid="040000008200E00074C5B7101A82E0080000000060F1A3C24DBBDC01000000000000000010000000"
                           "5B3C7A0E2D4F9B4C8E71AB22D6F04C11",
                       stamp="20260324T091544Z", lang="de-DE", teams=teams)
    body = alt(text(plain, cte="quoted-printable"), calendar(ics, cte="base64"))
    headers = [
        ("Received", mx("mail-fr2deu01on2104.outbound.protection.outlook.com", "40.107.135.104",
                        "2026-03-24 10:15:44", BER, "k2LmQ8vYt1")),
        ("From", addr("Lechner, Sabine", "sabine.lechner@isarflug-systems.de")),
        ("To", TO_ME),
        ("CC", addr("Vogt, Matthias", "matthias.vogt@isarflug-systems.de")),
        ("Subject", enc("Vorstellungsgespräch Systemingenieur AOCS – Élodie Peyrusse")),
        ("Thread-Topic", enc("Vorstellungsgespräch Systemingenieur AOCS – Élodie Peyrusse")),
        ("Thread-Index", "AdybQ3vK8m0pTzE2QkCw5T1nRrh6Xw=="),
        ("Date", date("2026-03-24 10:15:44", BER)),
        ("Message-ID", "<FR2P281MB0172A4C3D0B1E5E2A9C1B7E4A2C50@FR2P281MB0172.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


@mail(n(4), family="agency_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-05-21T12:00:00Z", end=None, contact="kevin.ournac@altivo-ingenierie.fr",
      company="Altivo Ingénierie", local="Thu 2026-05-21 14:00", zone=PAR,
      note="Agency recruiter's short reply on top of the thread: 'jeudi 14h' at the client's site, resolved "
           "against Date Mon 18 May 2026 -> Thu 21 May 14:00 CEST = 12:00Z; '1h environ' -> end null; "
           "company = the agency (the employer), the client is Nexaéro")
def m04() -> bytes:
    body = t("""
        Bonjour Élodie,

        C'est calé avec le client : jeudi 14h dans leurs locaux, 3 rue des Satellites à Blagnac (ZAC Andromède, bâtiment Vega). Tu verras Frédéric Lasserre (resp. équipe V&V) et quelqu'un de leur RH, compte 1h environ.
        Pense à prendre ta pièce d'identité pour l'accueil, c'est un site à accès contrôlé.

        Je t'appelle demain pour un petit brief avant.

        Bonne soirée,
        Kévin

        --
        Kévin Ournac
        Chargé de recrutement – Altivo Ingénierie, agence Toulouse
        06 71 00 00 18

        Envoyé de mon iPhone

        > Le 18 mai 2026 à 11:02, Élodie Peyrusse <elodie.peyrusse@example.org> a écrit :
        >
        > Bonjour Kévin,
        >
        > Merci pour l'appel de ce matin. Je suis disponible jeudi ou vendredi cette semaine, de préférence l'après-midi.
        >
        > Bien cordialement,
        > Élodie
        """)
    headers = [
        ("Received", mx("smtp.altivo-ingenierie.fr", "203.0.113.41", "2026-05-18 17:52:09", PAR, "p0WmX4bNc7")),
        ("From", addr("Kévin Ournac", "kevin.ournac@altivo-ingenierie.fr")),
        ("To", TO_ME),
        ("Subject", enc("Re: Poste ingénieur V&V – client Nexaéro")),
        ("Date", date("2026-05-18 17:52:09", PAR)),
        ("Message-ID", "<4C1F3E2A-77B0-4E62-9A1D-0F6E2B8C4D19@altivo-ingenierie.fr>"),
        ("In-Reply-To", "<CAFp3n9Yk2@mail.example.org>"),
        ("References", "<CAFp3n9Yk2@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22E252)"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(5), family="calendly", lang="en", interview=True, kind="rescheduled",
      start="2026-04-08T09:00:00Z", end="2026-04-08T09:30:00Z", contact="harriet.cole@skylark-analytics.co.uk",
      company="Skylark Analytics", local="Wed 2026-04-08 11:00", local_end="2026-04-08 11:30", zone=PAR,
      days=(("Tue", "2026-04-07"),),
      note="Calendly reschedule notice to the invitee (times in her own zone, Paris, CEST): Former Tue 7 Apr "
           "10:00, Updated Wed 8 Apr 11:00-11:30 = 09:00-09:30Z; contact = Reply-To host")
def m05() -> bytes:
    plain = t("""
        Hi Élodie Peyrusse,

        Your event has been rescheduled.

        Event Type:
        Intro call – Senior Data Scientist (Remote, UK)

        Former:
        10:00 - 10:30, Tuesday, 7 April 2026 (Central European Time)

        Updated:
        11:00 - 11:30, Wednesday, 8 April 2026 (Central European Time)

        Rescheduled by:
        Élodie Peyrusse

        Reason for rescheduling:
        Sorry Harriet – a clash came up on Tuesday morning. Wednesday works perfectly, thanks!

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/hbt-ovwd-sya

        Host:
        Harriet Cole

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1f0c9a52-77d8-4bb6-bb6d-0e2f4f7b3a90
        Reschedule: https://calendly.com/reschedulings/1f0c9a52-77d8-4bb6-bb6d-0e2f4f7b3a90

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0" style="text-align:left"><tr><td style="padding:24px">
        <p>Hi Élodie Peyrusse,</p>
        <p>Your event has been rescheduled.</p>
        <p><b>Event Type:</b><br>Intro call – Senior Data Scientist (Remote, UK)</p>
        <p><b>Former:</b><br><s>10:00 - 10:30, Tuesday, 7 April 2026 (Central European Time)</s></p>
        <p><b>Updated:</b><br>11:00 - 11:30, Wednesday, 8 April 2026 (Central European Time)</p>
        <p><b>Rescheduled by:</b><br>Élodie Peyrusse</p>
        <p><b>Reason for rescheduling:</b><br>Sorry Harriet – a clash came up on Tuesday morning. Wednesday works perfectly, thanks!</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hbt-ovwd-sya">Join now</a></p>
        <p><b>Host:</b><br>Harriet Cole</p>
        <p style="font-size:13px;color:#666">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/1f0c9a52-77d8-4bb6-bb6d-0e2f4f7b3a90">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/1f0c9a52-77d8-4bb6-bb6d-0e2f4f7b3a90">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("o4.email.calendly.com", "167.89.21.4", "2026-04-02 19:14:03", "UTC", "v7Ju2NcR0a")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Harriet Cole", "harriet.cole@skylark-analytics.co.uk")),
        ("To", ME),
        ("Subject", "Updated: Intro call - Senior Data Scientist (Remote, UK) with Harriet Cole on Wednesday, "
                    "8 April 2026"),
        ("Date", date("2026-04-02 19:14:03", "UTC")),
        ("Message-ID", "<c3f8e2a1d9b04e7fa0c5@calendly.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


@mail(n(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-06-23T12:30:00Z", end="2026-06-23T13:30:00Z", contact="manon.darriet@heliowatt.fr",
      company="Héliowatt", local="Tue 2026-06-23 14:30", local_end="2026-06-23 15:30", zone=PAR,
      note="Teamtailor confirmation (tutoiement) with ICS in Europe/Paris, on-site in Bordeaux 14:30-15:30 CEST = "
           "12:30-13:30Z; sender, Reply-To relay and ICS organizer are system addresses -> contact = Manon's "
           "address in the body")
def m06() -> bytes:
    plain = t("""
        Hello Élodie,

        Ton entretien est confirmé, on a hâte de te rencontrer ! ☀️

        📅 Mardi 23 juin 2026, 14:30 – 15:30 (heure de Paris)
        📍 Héliowatt, 47 quai des Chartrons, 33000 Bordeaux – 2e étage, sonne chez « Héliowatt »
        👥 Julien Dupouy (CTO) et Manon Darriet (Talent)

        Au programme : 20 minutes pour faire connaissance, puis Julien te présentera notre modèle de prévision de production photovoltaïque et vous en discuterez ensemble. Pas besoin de préparer quoi que ce soit, promis.

        Le tram B s'arrête juste devant (arrêt Chartrons). Si tu viens de Toulouse en train, on te rembourse le billet sur justificatif.

        Un empêchement ? Écris directement à Manon : manon.darriet@heliowatt.fr

        À mardi !
        L'équipe Héliowatt

        --
        Envoyé avec Teamtailor · Gérer mes données personnelles : https://heliowatt.teamtailor.com/connect/data
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Entretien confirmé</title></head>
        <body style="margin:0;background:#fafafa;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <img src="https://heliowatt.teamtailor.com/logo.png" alt="Héliowatt" height="36">
        <p>Hello Élodie,</p>
        <p>Ton entretien est confirmé, on a hâte de te rencontrer ! ☀️</p>
        <div style="background:#fff7e0;border-radius:6px;padding:16px;line-height:1.7">
        📅 <b>Mardi 23 juin 2026, 14:30 – 15:30</b> (heure de Paris)<br>
        📍 Héliowatt, 47 quai des Chartrons, 33000 Bordeaux – 2e étage, sonne chez « Héliowatt »<br>
        👥 Julien Dupouy (CTO) et Manon Darriet (Talent)
        </div>
        <p>Au programme : 20 minutes pour faire connaissance, puis Julien te présentera notre modèle de prévision de production photovoltaïque et vous en discuterez ensemble. Pas besoin de préparer quoi que ce soit, promis.</p>
        <p>Le tram B s'arrête juste devant (arrêt Chartrons). Si tu viens de Toulouse en train, on te rembourse le billet sur justificatif.</p>
        <p>Un empêchement ? Écris directement à Manon : <a href="mailto:manon.darriet@heliowatt.fr">manon.darriet@heliowatt.fr</a></p>
        <p>À mardi !<br>L'équipe Héliowatt</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Teamtailor · <a href="https://heliowatt.teamtailor.com/connect/data" style="color:#aaa">Gérer mes données personnelles</a></p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Teamtailor Calendar//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["Europe/Paris"], "BEGIN:VEVENT",
        "UID:tt-interview-5521873@teamtailor.com", "DTSTAMP:20260616T090311Z",
        "DTSTART;TZID=Europe/Paris:20260623T143000", "DTEND;TZID=Europe/Paris:20260623T153000",
        "SUMMARY:" + esc("Entretien Héliowatt – Data Scientist Prévision (Élodie Peyrusse)"),
        "LOCATION:" + esc("Héliowatt, 47 quai des Chartrons, 33000 Bordeaux"),
        "DESCRIPTION:" + esc("Entretien avec Julien Dupouy (CTO) et Manon Darriet (Talent)."),
        "ORGANIZER;CN=Héliowatt:mailto:no-reply@heliowatt.teamtailor-mail.com",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    headers = [
        ("Received", mx("o12.sg.teamtailor-mail.com", "149.72.0.12", "2026-06-16 11:03:11", PAR, "Rk3o1ZpQ8e")),
        ("From", addr("Héliowatt", "no-reply@heliowatt.teamtailor-mail.com")),
        ("Reply-To", addr("Héliowatt", "reply+a81c0f3e9b4d@heliowatt.teamtailor-mail.com")),
        ("To", TO_ME),
        ("Subject", enc("Ton entretien chez Héliowatt est confirmé ☀️")),
        ("Date", date("2026-06-16 11:03:11", PAR)),
        ("Message-ID", "<6672f1a3c0e94_3b1e2a4c18@teamtailor-mailer-7f9d.mail>"),
    ]
    return message(headers, body)


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-03-19T14:00:00Z", end="2026-03-19T14:45:00Z", contact="genevieve.tremblay@borealis-spatial.ca",
      company="Boréalis Spatial", local="Thu 2026-03-19 10:00", local_end="2026-03-19 10:45", zone=MTL,
      note="Québec recruiter (Outlook) confirms 'jeudi 19 mars à 10 h, heure de Montréal', 45 minutes; Montréal is "
           "on EDT since 8 March, Paris still CET: 14:00-14:45Z (= 15 h in Toulouse, as the mail says); "
           "contact = sender")
def m07() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Parfait, merci pour votre retour rapide. Je vous confirme donc l'entrevue le jeudi 19 mars à 10 h, heure de Montréal, soit 15 h pour vous à Toulouse (l'écart n'est que de 5 h cette semaine-là, on a déjà changé d'heure ici).

        L'entrevue se fera sur Teams et durera 45 minutes, avec Marc-André Gagnon, chef d'équipe GNC, et moi-même. Je vous envoie l'invitation Teams sous peu.

        Au plaisir d'échanger avec vous,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Boréalis Spatial inc.
        1100, boul. Robert-Bourassa, bureau 1400, Montréal (Québec)  H3B 0A1
        T 514 555-0147

        De : Élodie Peyrusse <elodie.peyrusse@example.org>
        Envoyé : 12 mars 2026 11:48
        À : Geneviève Tremblay <genevieve.tremblay@borealis-spatial.ca>
        Objet : Re: Entrevue – Ingénieur(e) GNC / Élodie Peyrusse

        Bonjour Geneviève,

        Merci beaucoup pour votre message. Le jeudi 19 mars à 10 h (heure de Montréal) me convient très bien.

        Bien cordialement,
        Élodie Peyrusse
        """)
    headers = [
        ("Received", mx("mail-yt3can01on2090.outbound.protection.outlook.com", "40.107.116.90",
                        "2026-03-13 10:20:11", MTL, "Hs8vN2qLw5")),
        ("From", addr("Geneviève Tremblay", "genevieve.tremblay@borealis-spatial.ca")),
        ("To", TO_ME),
        ("Subject", enc("RE: Entrevue – Ingénieur(e) GNC / Élodie Peyrusse")),
        ("Thread-Topic", enc("Entrevue – Ingénieur(e) GNC / Élodie Peyrusse")),
        ("Date", date("2026-03-13 10:20:11", MTL)),
        ("Message-ID", "<YT3PR01MB6210B4E9C2A4D11F0C7E8A1BD9A82@YT3PR01MB6210.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAJx2p7Vb0r@mail.example.org>"),
        ("References", "<YT3PR01MB6210A1C0D6F@YT3PR01MB6210.CANPRD01.PROD.OUTLOOK.COM> <CAJx2p7Vb0r@mail.example.org>"),
        ("Content-Language", "fr-CA"),
    ]
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{htmllib.escape(line)}</p>" if line else "" for line in plain.split("\n")) + "</div></body></html>\n"
    return message(headers, alt(text(plain), html(page)))


@mail(n(8), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-06-05T13:00:00Z", end="2026-06-05T14:00:00Z", contact="ines.haddou@quasarine.ai",
      company="Quasarine", local="Fri 2026-06-05 15:00", local_end="2026-06-05 16:00", zone=PAR,
      days=(("Thu", "2026-06-04"),),
      note="Google Calendar 'Invitation mise à jour': final interview moved from Thu 4 June to Fri 5 June "
           "15:00-16:00 CEST = 13:00-14:00Z; ICS SEQUENCE:1 in UTC; contact = organizer")
def m08() -> bytes:
    desc = ("Désolée pour le changement Élodie, Thomas ne pouvait finalement plus jeudi.\nMême format : 30 min de "
            "restitution de ton cas pratique avec Antoine, puis 30 min avec Thomas (CEO).\n\nInès")
    plain = t("""
        Cet événement a été modifié.

        Entretien final – Élodie Peyrusse
        Modifié : vendredi 5 juin 2026 ⋅ 15:00 – 16:00
        Auparavant : jeudi 4 juin 2026 ⋅ 15:00 – 16:00
        Heure d’été d’Europe centrale - Paris

        Lieu
        Quasarine, 18 rue de Paradis, 75010 Paris
        https://www.google.com/maps/search/18+rue+de+Paradis,+75010+Paris

        """) + desc + t("""


        Invités
        Inès Haddou - organisateur
        Thomas Kergoat
        Antoine Lê
        elodie.peyrusse@example.org

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=M3Z0bTJuNWdmcTFrOHA0ZGM3aHJhOWI2bG0&tok=MTkjaW5lcy5oYWRkb3VAcXVhc2FyaW5lLmFp

        Répondre pour elodie.peyrusse@example.org
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Z0bTJuNWdmcTFrOHA0ZGM3aHJhOWI2bG0&rst=1
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Z0bTJuNWdmcTFrOHA0ZGM3aHJhOWI2bG0&rst=2
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Z0bTJuNWdmcTFrOHA0ZGM3aHJhOWI2bG0&rst=3

        """) + GCAL_FOOTER
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="font-size:14px;color:#d93025">Cet événement a été modifié.</p>
        <h2 style="font-size:22px;font-weight:400">Entretien final – Élodie Peyrusse</h2>
        <p style="font-size:14px"><span style="background:#fce8e6">Modifié</span> vendredi 5 juin 2026 ⋅ 15:00 – 16:00<br>
        <s style="color:#70757a">jeudi 4 juin 2026 ⋅ 15:00 – 16:00</s><br>Heure d’été d’Europe centrale - Paris</p>
        <p style="font-size:14px"><b>Lieu</b><br>Quasarine, 18 rue de Paradis, 75010 Paris</p>
        <p style="font-size:14px">Désolée pour le changement Élodie, Thomas ne pouvait finalement plus jeudi.<br>Même format : 30 min de restitution de ton cas pratique avec Antoine, puis 30 min avec Thomas (CEO).<br><br>Inès</p>
        <p style="font-size:14px"><b>Invités</b><br>Inès Haddou - organisateur<br>Thomas Kergoat<br>Antoine Lê<br>elodie.peyrusse@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = google_ics(method="REQUEST", start="20260605T130000Z", end="20260605T140000Z", stamp="20260601T063702Z",
                     created="20260527T152210Z", organizer=("Inès Haddou", "ines.haddou@quasarine.ai"),
                     guests=[("Inès Haddou", "ines.haddou@quasarine.ai", "ACCEPTED"),
                             ("Thomas Kergoat", "thomas@quasarine.ai", "ACCEPTED"),
                             ("Antoine Lê", "antoine.le@quasarine.ai", "NEEDS-ACTION"),
                             (ME, ME, "NEEDS-ACTION")],
                     uid="3vtm2n5gfq1k8p4dc7hra9b6lm@google.com", summary="Entretien final – Élodie Peyrusse",
                     description=desc, location="Quasarine, 18 rue de Paradis, 75010 Paris", sequence=1)
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="8bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    headers = [
        ("Received", received("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                              "2026-06-01 08:37:02", PAR, "mx.example.org with SMTPS id Lq0z8w", ME)),
        ("From", addr("Inès Haddou", "ines.haddou@quasarine.ai")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Reply-To", addr("Inès Haddou", "ines.haddou@quasarine.ai")),
        ("To", ME),
        ("Subject", enc("Invitation mise à jour: Entretien final – Élodie Peyrusse @ ven. 5 juin 2026 15:00 - "
                        "16:00 (CEST) (elodie.peyrusse@example.org)")),
        ("Date", date("2026-06-01 08:37:02", PAR)),
        ("Message-ID", "<calendar-0b9e6d27-41c3-4f8a-b2d5-7e1a94c3f806@google.com>"),
    ]
    return message(headers, body)


@mail(n(9), family="exchange", lang="fr", interview=True, kind="cancelled",
      start="2026-09-24T09:00:00Z", end="2026-09-24T10:00:00Z", contact="laurent.giraud@azurea-systemes.fr",
      company="Azuréa Systèmes", local="Thu 2026-09-24 11:00", local_end="2026-09-24 12:00", zone=PAR,
      note="Outlook 'Annulé :' meeting cancellation (METHOD:CANCEL, TZID Romance Standard Time), hiring freeze; "
           "cancelled slot Thu 24 Sept 11:00-12:00 CEST = 09:00-10:00Z despite the '(UTC+01:00)' display; "
           "contact = organizer")
def m09() -> bytes:
    plain = t("""
        Quand : jeudi 24 septembre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        Bonjour Élodie,

        Je suis vraiment désolé de devoir annuler notre entretien de jeudi. La direction vient d'annoncer un gel des recrutements sur le site de Sophia jusqu'à la fin de l'année, et le poste de Data Engineer en fait partie.

        Je garde votre candidature sous le coude et je reviendrai vers vous si la situation se débloque début 2027.

        Bien cordialement,

        Laurent Giraud
        Responsable Data & Analytics
        Azuréa Systèmes – 2400 route des Colles, 06410 Biot – Sophia Antipolis
        """)
    ics = exchange_ics(method="CANCEL", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
                       start="20260924T110000", end="20260924T120000",
                       summary="Annulé : Entretien Data Engineer – É. Peyrusse",
                       organizer=("Laurent Giraud", "laurent.giraud@azurea-systemes.fr"),
                       attendees=[(ME_NAME, ME), ("Maëva Orsini", "maeva.orsini@azurea-systemes.fr")],
                       location="Réunion Microsoft Teams", description=plain,
                       uid="040000008200E00074C5B7101A82E00800000000B04C9E1D2F3ADC010000000000000000100000"
                           "00A7E2C91F44D8B14F9A3B6E0C71D25F88",
                       stamp="20260921T122214Z", sequence=1, status="CANCELLED", busy="FREE")
    body = alt(text(plain), calendar(ics, method="CANCEL", cte="base64"))
    headers = [
        ("Received", mx("mail-pr3fra01on2118.outbound.protection.outlook.com", "40.107.21.118",
                        "2026-09-21 14:22:14", PAR, "Wz6tB1eKp9")),
        ("From", addr("Laurent Giraud", "laurent.giraud@azurea-systemes.fr")),
        ("To", TO_ME),
        ("CC", addr("Maëva Orsini", "maeva.orsini@azurea-systemes.fr")),
        ("Subject", enc("Annulé : Entretien Data Engineer – É. Peyrusse")),
        ("Thread-Topic", enc("Entretien Data Engineer – É. Peyrusse")),
        ("Thread-Index", "AdtMk2QpZr7h9F1aT0CvE3x8uYw4KA=="),
        ("Importance", "high"),
        ("Date", date("2026-09-21 14:22:14", PAR)),
        ("Message-ID", "<PR3P192MB0841C7E2B5A09D44E1F2A6C3B8E11@PR3P192MB0841.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, body)


@mail(n(10), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T12:00:00Z", end="2026-10-19T13:00:00Z", contact="femke.devries@dunewind.space",
      company="Dunewind Space Systems", local="Mon 2026-10-19 14:00", local_end="2026-10-19 15:00", zone=AMS,
      note="Lever confirmation from no-reply with Reply-To recruiter; Noordwijk, 'Monday, October 19, 2026 "
           "2:00 PM - 3:00 PM CEST' (before the 25 Oct switch) = 12:00-13:00Z; ICS TZID Europe/Amsterdam")
def m10() -> bytes:
    plain = t("""
        Hi Élodie,

        Thanks for picking a time – your interview is confirmed.

        Mission Data Systems Engineer – Technical interview
        Monday, October 19, 2026
        2:00 PM – 3:00 PM CEST (Europe/Amsterdam)

        Location
        Dunewind Space Systems, Zeeweg 40, 2202 BC Noordwijk, the Netherlands.
        Ask for Femke at the reception. If travelling is difficult, you can also join remotely:
        https://meet.google.com/rcz-kmbp-tue

        You'll meet
          Pieter Janssen – Lead, Ground Segment
          Sanne Bakker – Senior Mission Data Engineer
          Femke de Vries – Talent Acquisition

        Need to change something? Just reply to this email.

        Best,
        Femke
        Dunewind Space Systems

        Sent via Lever
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Élodie,</p>
        <p>Thanks for picking a time – your interview is confirmed.</p>
        <p style="border-left:3px solid #3a7bd5;padding-left:12px"><b>Mission Data Systems Engineer – Technical interview</b><br>
        Monday, October 19, 2026<br>2:00 PM – 3:00 PM CEST (Europe/Amsterdam)</p>
        <p><b>Location</b><br>Dunewind Space Systems, Zeeweg 40, 2202 BC Noordwijk, the Netherlands.<br>
        Ask for Femke at the reception. If travelling is difficult, you can also join remotely: <a href="https://meet.google.com/rcz-kmbp-tue">meet.google.com/rcz-kmbp-tue</a></p>
        <p><b>You'll meet</b><br>Pieter Janssen – Lead, Ground Segment<br>Sanne Bakker – Senior Mission Data Engineer<br>Femke de Vries – Talent Acquisition</p>
        <p>Need to change something? Just reply to this email.</p>
        <p>Best,<br>Femke<br>Dunewind Space Systems</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ_AMS, "BEGIN:VEVENT", "UID:lever-interview-8c41d2f7-5e0a-4b9d-a3c6-71f02e9b6d15",
        "DTSTAMP:20261014T130612Z", "DTSTART;TZID=Europe/Amsterdam:20261019T140000",
        "DTEND;TZID=Europe/Amsterdam:20261019T150000",
        "SUMMARY:" + esc("Interview: Élodie Peyrusse – Mission Data Systems Engineer"),
        "LOCATION:" + esc("Dunewind Space Systems, Zeeweg 40, 2202 BC Noordwijk / https://meet.google.com/rcz-kmbp-tue"),
        "ORGANIZER;CN=Femke de Vries:mailto:femke.devries@dunewind.space",
        f"ATTENDEE;CN={ME_NAME};RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                          disposition="attachment", name_param=True))
    headers = [
        ("Received", mx("mail-a12.hire.lever.co", "54.240.10.12", "2026-10-14 13:06:12", "UTC", "Ge4uC7xTm3")),
        ("From", addr("Dunewind Space Systems", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Femke de Vries", "femke.devries@dunewind.space")),
        ("To", ME),
        ("Subject", "Interview confirmed: Mission Data Systems Engineer at Dunewind Space Systems"),
        ("Date", date("2026-10-14 13:06:12", "UTC")),
        ("Message-ID", "<0102019a2c7f5e21-5b7e0d4c-1f93-4a86-9e2b-c06f4d8a7b31-000000@eu-west-1.amazonses.com>"),
    ]
    return message(headers, body)


@mail(n(11), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-01-27T08:30:00Z", end=None, contact="nicolas@cassiopee-robotics.fr",
      company="Cassiopée Robotics", local="Tue 2026-01-27 09:30", zone=PAR,
      note="Hiring manager's Gmail reply on top of the thread (tutoiement): 'mardi 9h30 ça marche' picks one of the "
           "slots she offered; Date Thu 22 Jan 2026 -> Tue 27 Jan 09:30 CET = 08:30Z; '1h30 environ' -> end null; "
           "contact = sender")
def m11() -> bytes:
    plain = t("""
        Top, mardi 9h30 ça marche pour moi !
        Rdv au bureau, 14 rue des Amidonniers (interphone Cassiopée, 3e étage). Tu verras aussi Aurore qui gère les essais. Prévois 1h30 environ, on te fera visiter l'atelier.

        S'il pleut, il y a le parking Compans pas loin, sinon vélo/métro c'est mieux, c'est le bazar pour se garer dans le coin.

        À mardi,
        Nico

        Le jeu. 22 janv. 2026 à 14:05, Élodie Peyrusse <elodie.peyrusse@example.org> a écrit :
        > Bonjour Nicolas,
        >
        > Merci pour ton retour ! Mardi à 9h30 ou mercredi après-midi me vont, à ta convenance.
        >
        > Bonne journée,
        > Élodie
        >
        > Le mer. 21 janv. 2026 à 19:12, Nicolas Bessière <nicolas@cassiopee-robotics.fr> a écrit :
        >> Salut Élodie,
        >>
        >> J'ai regardé ton CV, ton expérience en intégration sur banc et en analyse de données d'essais nous intéresse beaucoup. Tu serais dispo pour passer nous voir la semaine prochaine ? Dis-moi ce qui t'arrange.
        >>
        >> Nico
        >> --
        >> Nicolas Bessière – CTO & co-fondateur, Cassiopée Robotics
        """)
    headers = [
        ("Received", received("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                              "2026-01-22 18:47:31", PAR, "mx.example.org with ESMTPS id Ty5bV8kd2", ME)),
        ("From", addr("Nicolas Bessière", "nicolas@cassiopee-robotics.fr")),
        ("To", TO_ME),
        ("Subject", enc("Re: Candidature ingé systèmes / data")),
        ("Date", date("2026-01-22 18:47:31", PAR)),
        ("Message-ID", "<CAH7rT0qvN3m8dXz5Lb2pQe+Wc9fK1yR@mail.gmail.com>"),
        ("In-Reply-To", "<CAFp3n9Yq1x0aLk7Ue2@mail.example.org>"),
        ("References", "<CAH7rT0pZ4kq2Yx@mail.gmail.com> <CAFp3n9Yq1x0aLk7Ue2@mail.example.org>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(12), family="forward_self", lang="de", interview=True, kind="scheduled",
      start="2026-02-12T09:00:00Z", end=None, contact="jana.brockmann@hanse-orbital.de",
      company="Hanse Orbital", local="Thu 2026-02-12 10:00", zone=BER,
      note="Self-forward from her old address with a French note; the forwarded German invitation fixes "
           "'Donnerstag, 12. Februar 2026, 10:00 Uhr (MEZ)' = 09:00Z; 'ca. 60 Minuten' -> end null; asks her to "
           "confirm but the time is set by the company; contact = recruiter in the forwarded header")
def m12() -> bytes:
    plain = t("""
        pour l'agenda !! jeudi 10h (= 10h chez nous aussi), Teams, en anglais

        ---------- Forwarded message ---------
        De : Jana Brockmann <jana.brockmann@hanse-orbital.de>
        Date: mar. 3 févr. 2026 à 16:22
        Subject: Einladung zum Vorstellungsgespräch – Systemingenieur (m/w/d) Satellitenbus
        To: <elodie.p31@example.net>


        Sehr geehrte Frau Peyrusse,

        vielen Dank für Ihre Bewerbung und Ihr Interesse an Hanse Orbital. Wir freuen uns, Sie zu einem ersten Vorstellungsgespräch per Microsoft Teams einzuladen:

        Termin: Donnerstag, 12. Februar 2026, 10:00 Uhr (MEZ)
        Dauer: ca. 60 Minuten
        Gesprächspartner: Dr. Henrik Ahlers (Leiter Systems Engineering), Jana Brockmann (Recruiting)

        Den Link zur Teams-Besprechung erhalten Sie am Vortag. Das Gespräch kann selbstverständlich auf Englisch geführt werden.

        Bitte bestätigen Sie uns den Termin kurz per E-Mail.

        Mit freundlichen Grüßen

        Jana Brockmann
        Recruiting & Talent Acquisition

        Hanse Orbital GmbH
        Am Raumfahrtpark 9 · 28359 Bremen
        www.hanse-orbital.de
        """)
    headers = [
        ("Received", received("from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
                              "2026-02-04 07:58:12", PAR, "mx.example.org with ESMTPS id Nc3xR9ub", ME)),
        ("From", addr("Élodie P.", "elodie.p31@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Systemingenieur (m/w/d) Satellitenbus")),
        ("Date", date("2026-02-04 07:58:12", PAR)),
        ("Message-ID", "<CAKs0dQp4rY9f3Hn2Vg8zL1mWx5cBt7e@mail.gmail.com>"),
        ("References", "<a3f6c91e-2b4d-4e8f-9d27-5c1b0e7a4f62@hanse-orbital.de>"),
        ("In-Reply-To", "<a3f6c91e-2b4d-4e8f-9d27-5c1b0e7a4f62@hanse-orbital.de>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(13), family="agency_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-05-29T08:30:00Z", end=None, contact="kevin.ournac@altivo-ingenierie.fr",
      company="Altivo Ingénierie", local="Fri 2026-05-29 10:30", zone=PAR,
      note="Same agency thread: the client moves the interview to 'ven. 29/05 à 10h30' (instead of Thursday 14h), "
           "already validated; 10:30 CEST = 08:30Z; contact = sender")
def m13() -> bytes:
    plain = t("""
        Re Élodie,

        Petit changement de programme côté client : Frédéric est en déplacement à Hambourg toute la semaine, ils décalent ton entretien au ven. 29/05 à 10h30 (au lieu de jeudi 14h). Même adresse, mêmes interlocuteurs.
        C'est validé de leur côté, rien à faire pour toi. Dsl pour le contretemps !

        Bonne soirée,
        Kévin

        --
        Kévin Ournac
        Chargé de recrutement – Altivo Ingénierie, agence Toulouse
        06 71 00 00 18
        """)
    headers = [
        ("Received", mx("smtp.altivo-ingenierie.fr", "203.0.113.41", "2026-05-20 19:31:48", PAR, "u8NvE3kWa6")),
        ("From", addr("Kévin Ournac", "kevin.ournac@altivo-ingenierie.fr")),
        ("To", TO_ME),
        ("Subject", enc("RE: Poste ingénieur V&V – client Nexaéro")),
        ("Date", date("2026-05-20 19:31:48", PAR)),
        ("Message-ID", "<PA4P190MB1268E0C9F2A35B71D6C4E8A2F1B90@PA4P190MB1268.EURP190.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<4C1F3E2A-77B0-4E62-9A1D-0F6E2B8C4D19@altivo-ingenierie.fr>"),
        ("References", "<CAFp3n9Yk2@mail.example.org> <4C1F3E2A-77B0-4E62-9A1D-0F6E2B8C4D19@altivo-ingenierie.fr>"),
    ]
    return message(headers, text(plain, charset="windows-1252"))


@mail(n(14), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-03T14:00:00Z", end=None, contact="oliver.pennington@fernleighgrid.co.uk",
      company="Fernleigh Grid", local="Tue 2026-11-03 14:00", zone=LON,
      note="UK hiring manager cancels 'our interview tomorrow (Tuesday 3rd) at 2pm UK time' (role on hold); "
           "Date Mon 2 Nov 2026 GMT; 14:00 GMT = 14:00Z; contact = sender")
def m14() -> bytes:
    plain = t("""
        Hi Elodie,

        I'm really sorry to do this at such short notice, but I need to cancel our interview tomorrow (Tuesday 3rd) at 2pm UK time. We heard first thing this morning that the Optimisation Lead role has been put on hold until the new financial year, so it wouldn't be fair to take up your time with it.

        I'll get in touch directly if it reopens - honestly, you were one of the strongest profiles we've seen.

        Apologies again,
        Oliver

        --
        Oliver Pennington
        Head of Data Science | Fernleigh Grid
        fernleighgrid.co.uk
        """)
    headers = [
        ("Received", mx("mail-lo2gbr01on2072.outbound.protection.outlook.com", "40.107.10.72",
                        "2026-11-02 09:41:27", LON, "Fj2kP6sYn0")),
        ("From", addr("Oliver Pennington", "oliver.pennington@fernleighgrid.co.uk")),
        ("To", TO_ME),
        ("Subject", "Tomorrow's interview - so sorry"),
        ("Date", date("2026-11-02 09:41:27", LON)),
        ("Message-ID", "<LO2P265MB5873D1A4E7C29B0F63A8E21C5D40@LO2P265MB5873.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, text(plain, charset="us-ascii", cte="7bit"))


@mail(n(15), family="successfactors", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T10:00:00Z", contact="nadia.benhamou@enerlys.fr",
      company="Enerlys", local="Mon 2026-10-26 09:30", local_end="2026-10-26 11:00", zone=PAR,
      note="SuccessFactors convocation, HTML only in base64, formal; sent Tue 20 Oct (CEST) for Mon 26 Oct "
           "9h30-11h00, the day after the switch to CET: 08:30-10:00Z; contact = recruiter named in the body")
def m15() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial, sans-serif; font-size:10pt; color:#000000">
        <p>Madame Peyrusse,</p>
        <p>Nous avons le plaisir de vous informer que votre candidature au poste de <b>Data Scientist Prévision de la demande (H/F)</b> (réf. 41877) a retenu notre attention.</p>
        <p>Nous vous convions à un entretien avec Madame Claire Dumoulin, Responsable du pôle Modélisation, et Madame Nadia Benhamou, Chargée de recrutement&nbsp;:</p>
        <table border="0" cellpadding="3" style="font-family:Arial, sans-serif; font-size:10pt">
        <tr><td><b>Date&nbsp;:</b></td><td>lundi 26 octobre 2026</td></tr>
        <tr><td><b>Horaire&nbsp;:</b></td><td>9h30 - 11h00</td></tr>
        <tr><td><b>Lieu&nbsp;:</b></td><td>Enerlys - Tour Enerlys, 8 esplanade du Levant, 92400 Courbevoie (La Défense)<br>Accueil visiteurs, niveau Parvis</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité. Vos frais de déplacement vous seront remboursés sur la base d'un billet de train en 2<sup>nde</sup> classe, sur présentation des justificatifs.</p>
        <p>Pour toute question, vous pouvez contacter Madame Nadia Benhamou à l'adresse <a href="mailto:nadia.benhamou@enerlys.fr">nadia.benhamou@enerlys.fr</a>.</p>
        <p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
        <p>La Direction des Ressources Humaines<br>Enerlys</p>
        <hr size="1" color="#cccccc">
        <p style="font-size:8pt; color:#808080">Ce message vous est adressé par le système de gestion des candidatures d'Enerlys (SAP SuccessFactors). Merci de ne pas répondre directement à ce message.</p>
        </body>
        </html>
        """)
    headers = [
        ("Received", mx("mail1.successfactors.eu", "155.56.0.21", "2026-10-20 11:40:05", PAR, "Zp7cX1vQe4")),
        ("From", addr("Enerlys Recrutement", "noreply@successfactors.eu")),
        ("To", TO_ME),
        ("Subject", enc("Convocation à un entretien – Data Scientist Prévision de la demande (H/F) – Réf. 41877")),
        ("Date", date("2026-10-20 11:40:05", PAR)),
        ("Message-ID", "<1782047995117.41877.2219@sfapi-dc12.successfactors.eu>"),
        ("X-SF-Company", "ENERLYSP"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(16), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z", contact="daniel.okafor@lumenarc.ca",
      company="Lumenarc Simulation", local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone=MTL,
      note="Outlook/Teams meeting request from Montréal, TZID Eastern Standard Time; 29 Oct is before the US/Canada "
           "switch (1 Nov) so 11:00 is EDT = 15:00-16:00Z, although the 'When:' line shows (UTC-05:00) and Paris "
           "is already on CET (16:00 there); contact = organizer")
def m16() -> bytes:
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ1MzBjNzgtZWUyMS00NWI4LWE2ODgtMzk1ZjA0YjE3"
             "YzIx%40thread.v2/0?context=%7b%22Tid%22%3a%22e5a1c3d0%22%7d")
    plain = t(f"""
        When: Thursday, October 29, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Élodie,

        As discussed with Priya, here's the invite for the technical round with me and Mathieu from the platform team. We'll spend most of the hour on a system design discussion around our telemetry ingestion pipeline - no live coding, I promise.

        Talk soon,
        Daniel

        Daniel Okafor | Engineering Manager, Simulation Data
        Lumenarc Simulation Inc. | 2000 rue Peel, Montréal QC
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<{teams}>
        Meeting ID: 284 119 553 801
        Passcode: kT4m9Q
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = exchange_ics(method="REQUEST", tzid="Eastern Standard Time", vtz=VTZ["Eastern Standard Time"],
                       start="20261029T110000", end="20261029T120000",
                       summary="Interview – Élodie Peyrusse / Simulation Data Engineer (technical)",
                       organizer=("Daniel Okafor", "daniel.okafor@lumenarc.ca"),
                       attendees=[(ME_NAME, ME), ("Mathieu Côté", "mathieu.cote@lumenarc.ca")],
                       location="Microsoft Teams Meeting", description=plain,
                       uid="040000008200E00074C5B7101A82E008000000005D2E8F7C1A47DD01000000000000000010000000"
                           "3E9A0C4B7D21F64E8B15C2A90F7E3D66",
                       stamp="20261023T181205Z", lang="en-US", teams=teams)
    body = alt(text(plain), calendar(ics, cte="base64"))
    headers = [
        ("Received", mx("mail-yqbcan01on2131.outbound.protection.outlook.com", "40.107.116.131",
                        "2026-10-23 14:12:05", MTL, "Qe1nH5rLc8")),
        ("From", addr("Daniel Okafor", "daniel.okafor@lumenarc.ca")),
        ("To", TO_ME),
        ("CC", addr("Mathieu Côté", "mathieu.cote@lumenarc.ca")),
        ("Subject", enc("Interview – Élodie Peyrusse / Simulation Data Engineer (technical)")),
        ("Thread-Topic", enc("Interview – Élodie Peyrusse / Simulation Data Engineer (technical)")),
        ("Thread-Index", "AdtlC0e9q3Ww1n2hS7Kf4x0pZb1mDg=="),
        ("Date", date("2026-10-23 14:12:05", MTL)),
        ("Message-ID", "<YQBPR0101MB8422F05B3D6E1A7C2E94B0D3A1F77@YQBPR0101MB8422.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


@mail(n(17), family="taleo", lang="fr", interview=True, kind="scheduled",
      start="2026-05-07T07:00:00Z", end=None, contact=None,
      company="Aquitaine Défense Systèmes", local="Thu 2026-05-07 09:00", zone=PAR,
      note="Taleo convocation, iso-8859-1 quoted-printable, very formal; 'le jeudi 7 mai 2026 à 9h00' on site at "
           "Mérignac = 07:00Z (arrive 15 min early is not the start); 'd'environ deux heures' -> end null; no human "
           "address anywhere -> contact null")
def m17() -> bytes:
    plain = t("""
        Madame,

        Suite à l'examen de votre candidature au poste d'Ingénieur Systèmes Sûreté de Fonctionnement H/F (réf. 2600187), nous avons le plaisir de vous convier à un entretien qui se déroulera :

            le jeudi 7 mai 2026 à 9h00
            sur notre site de Mérignac - 14 rue de l'Hélice, 33700 Mérignac
            Bâtiment B, accueil visiteurs

        Cet entretien, d'une durée d'environ deux heures, se déroulera en deux temps : un échange technique avec le responsable de l'équipe Sûreté de Fonctionnement, puis un entretien avec un(e) chargé(e) de ressources humaines.

        Le site étant soumis à des règles d'accès réglementées, nous vous remercions de vous présenter 15 minutes avant l'heure de convocation, muni(e) d'une pièce d'identité en cours de validité (carte nationale d'identité ou passeport). A défaut, l'accès au site ne pourra pas vous être accordé.

        Merci de confirmer votre présence en cliquant sur le lien ci-dessous :
        https://ads.taleo.net/careersection/ext_fr/jobdetail.ftl?job=2600187&confirm=1

        Nous vous prions de croire, Madame, à l'assurance de nos sentiments distingués.

        Le Service Recrutement
        Aquitaine Défense Systèmes

        Ce message est généré automatiquement. Merci de ne pas y répondre.
        """)
    headers = [
        ("Received", mx("smtp3.taleo.net", "160.34.8.33", "2026-04-29 10:02:51", PAR, "Bv9sM0tZk2")),
        ("From", addr("ADS - Service Recrutement", "ads-noreply@taleo.net")),
        ("To", addr(ME_NAME, ME, charset="iso-8859-1")),
        ("Subject", enc("Convocation à un entretien - Ingénieur Systèmes Sûreté de Fonctionnement H/F (réf. 2600187)",
                        "iso-8859-1")),
        ("Date", date("2026-04-29 10:02:51", PAR)),
        ("Message-ID", "<1683041.77012.1777449771822.JavaMail.taleo@tlprd-app14>"),
        ("X-Mailer", "Taleo Business Mailer"),
    ]
    return message(headers, text(plain, charset="iso-8859-1"))


@mail(n(18), family="welcome_to_the_jungle", lang="fr", interview=True, kind="scheduled",
      start="2026-06-08T09:00:00Z", end="2026-06-08T09:45:00Z", contact="lea.morvan@nebuline.io",
      company="Nébuline", local="Mon 2026-06-08 11:00", local_end="2026-06-08 11:45", zone=PAR,
      note="Welcome to the Jungle (Welcome Kit) confirmation, 'lun. 8 juin 2026 · 11:00 – 11:45 (heure de Paris)' "
           "= 09:00-09:45Z; contact = Reply-To recruiter")
def m18() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Léa Morvan de Nébuline a confirmé votre entretien.

        Poste : Data Engineer – Plateforme d'observation de la Terre
        Type : Entretien en visio (Google Meet)
        Quand : lun. 8 juin 2026 · 11:00 – 11:45 (heure de Paris)
        Avec : Léa Morvan, Talent Acquisition · Hugo Saint-Martin, Lead Data

        Rejoindre la visio : https://meet.google.com/xmz-qtbv-kop

        Un empêchement ? Répondez directement à cet e-mail pour prévenir Léa.

        Bonne préparation !
        L'équipe Welcome to the Jungle

        Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle.
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f6f6;font-family:'Work Sans',Helvetica,Arial,sans-serif;color:#1a1a1a">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:4px"><tr><td style="padding:32px">
        <div style="background:#ffcd00;display:inline-block;padding:4px 8px;font-weight:700">WELCOME TO THE JUNGLE</div>
        <p>Bonjour Élodie,</p>
        <p><b>Léa Morvan</b> de <b>Nébuline</b> a confirmé votre entretien.</p>
        <table role="presentation" style="border:1px solid #e5e5e5;border-radius:4px;width:100%"><tr><td style="padding:16px;line-height:1.6">
        <b>Data Engineer – Plateforme d'observation de la Terre</b><br>
        Entretien en visio (Google Meet)<br>
        🗓 lun. 8 juin 2026 · 11:00 – 11:45 (heure de Paris)<br>
        Avec : Léa Morvan, Talent Acquisition · Hugo Saint-Martin, Lead Data
        </td></tr></table>
        <p><a href="https://meet.google.com/xmz-qtbv-kop" style="background:#1a1a1a;color:#fff;padding:12px 20px;text-decoration:none;display:inline-block">Rejoindre la visio</a></p>
        <p>Un empêchement ? Répondez directement à cet e-mail pour prévenir Léa.</p>
        <p>Bonne préparation !<br>L'équipe Welcome to the Jungle</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mail-out7.welcomekit.co", "185.250.236.7", "2026-06-03 12:18:40", PAR, "Ym3dS8wGk1")),
        ("From", addr("Welcome to the Jungle", "no-reply@welcomekit.co")),
        ("Reply-To", addr("Léa Morvan", "lea.morvan@nebuline.io")),
        ("To", TO_ME),
        ("Subject", enc("Entretien confirmé avec Nébuline 🎉")),
        ("Date", date("2026-06-03 12:18:40", PAR)),
        ("Message-ID", "<wk.interview.7a2c91e0f3b4@welcomekit.co>"),
    ]
    return message(headers, alt(text(plain), html(page)))


@mail(n(19), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start="2026-07-01T14:00:00Z", end="2026-07-01T15:00:00Z", contact="sandrine.baylac@garonne-avionique.fr",
      company="Garonne Avionique", local="Wed 2026-07-01 16:00", local_end="2026-07-01 17:00", zone=PAR,
      days=(("Mon", "2026-06-29"),),
      note="Outlook meeting update (SEQUENCE:2, TZID Romance Standard Time): moved from lundi 29 juin 10h to "
           "mercredi 1er juillet 16h-17h CEST = 14:00-15:00Z; contact = organizer")
def m19() -> bytes:
    plain = t("""
        Quand : mercredi 1 juillet 2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Garonne Avionique – 9 allée des Pins, 31770 Colomiers – salle Concorde (bâtiment A)

        Bonjour Élodie,

        Comme convenu au téléphone ce matin, je décale notre entretien au mercredi 1er juillet de 16h à 17h (au lieu du lundi 29 juin à 10h). Rien ne change pour le reste : même lieu, et Thierry Escudié nous rejoindra pour la partie technique.

        Bonne fin de semaine,

        Sandrine Baylac
        Chargée de recrutement – Garonne Avionique
        05 61 00 00 27
        """)
    ics = exchange_ics(method="REQUEST", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
                       start="20260701T160000", end="20260701T170000",
                       summary="Entretien Élodie Peyrusse – Ingénieure Systèmes (RH + technique)",
                       organizer=("Sandrine Baylac", "sandrine.baylac@garonne-avionique.fr"),
                       attendees=[(ME_NAME, ME), ("Thierry Escudié", "thierry.escudie@garonne-avionique.fr")],
                       location="Garonne Avionique – 9 allée des Pins, 31770 Colomiers – salle Concorde (bâtiment A)",
                       description=plain,
                       uid="040000008200E00074C5B7101A82E00800000000F0A2D6B3E8F2DC010000000000000000100000"
                           "009C4E1B7A2D03E5419F6B8C0A3E5D7F21",
                       stamp="20260626T092733Z", sequence=2)
    body = alt(text(plain), calendar(ics, cte="base64"))
    headers = [
        ("Received", mx("mail-db8eur05on2093.outbound.protection.outlook.com", "40.107.20.93",
                        "2026-06-26 11:27:33", PAR, "Rt4xK7mNb3")),
        ("From", addr("Sandrine Baylac", "sandrine.baylac@garonne-avionique.fr")),
        ("To", TO_ME),
        ("CC", addr("Thierry Escudié", "thierry.escudie@garonne-avionique.fr")),
        ("Subject", enc("Mis à jour : Entretien Élodie Peyrusse – Ingénieure Systèmes (RH + technique)")),
        ("Thread-Topic", enc("Entretien Élodie Peyrusse – Ingénieure Systèmes (RH + technique)")),
        ("Thread-Index", "AdsB6m2Qk9Xw0eJpTn1h4cVz8rLq3A=="),
        ("Date", date("2026-06-26 11:27:33", PAR)),
        ("Message-ID", "<DB8P191MB1430A7E1C4F92B6D0E35A8C17F2D4@DB8P191MB1430.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, body)


@mail(n(20), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start="2026-09-18T12:00:00Z", end="2026-09-18T13:30:00Z", contact="romain.terrasse@celestys.fr",
      company="Célestys", local="Fri 2026-09-18 14:00", local_end="2026-09-18 15:30", zone=PAR,
      note="Google Calendar 'Événement annulé' with METHOD:CANCEL (final interview, position filled internally); "
           "cancelled slot ven. 18 sept. 14:00-15:30 CEST = 12:00-13:30Z; contact = organizer")
def m20() -> bytes:
    plain = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien final – Élodie Peyrusse
        vendredi 18 sept. 2026 ⋅ 14:00 – 15:30
        Heure d’été d’Europe centrale - Paris

        Message de Romain Terrasse :
        « Bonjour Élodie, nous devons malheureusement annuler ce dernier entretien : le poste vient d'être pourvu en interne. Je t'appelle demain pour t'expliquer de vive voix. Romain »

        Invités
        Romain Terrasse - organisateur
        Hélène Roustan
        elodie.peyrusse@example.org

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2g0czJ2OXFrMWU1bTNwOGFjMGR0Nmxybnk&tok=MjMjcm9tYWluLnRlcnJhc3NlQGNlbGVzdHlzLmZy

        """) + GCAL_FOOTER
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <p style="font-size:14px;color:#d93025">Cet événement a été annulé et supprimé de votre agenda.</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Entretien final – Élodie Peyrusse</h2>
        <p style="font-size:14px">vendredi 18 sept. 2026 ⋅ 14:00 – 15:30 (Heure d’été d’Europe centrale - Paris)</p>
        <p style="font-size:14px"><b>Message de Romain Terrasse :</b><br>« Bonjour Élodie, nous devons malheureusement annuler ce dernier entretien : le poste vient d'être pourvu en interne. Je t'appelle demain pour t'expliquer de vive voix. Romain »</p>
        <p style="font-size:14px"><b>Invités</b><br>Romain Terrasse - organisateur<br>Hélène Roustan<br>elodie.peyrusse@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = google_ics(method="CANCEL", start="20260918T120000Z", end="20260918T133000Z", stamp="20260915T160311Z",
                     created="20260909T081544Z", organizer=("Romain Terrasse", "romain.terrasse@celestys.fr"),
                     guests=[("Romain Terrasse", "romain.terrasse@celestys.fr", "ACCEPTED"),
                             ("Hélène Roustan", "helene.roustan@celestys.fr", "ACCEPTED"),
                             (ME, ME, "ACCEPTED")],
                     uid="7h4s2v9qk1e5m3p8ac0dt6lrny@google.com", summary="Entretien final – Élodie Peyrusse",
                     description="Dernier entretien avec Hélène Roustan (CTO).",
                     location="Célestys, 41 rue du Faubourg Saint-Antoine, 75011 Paris", sequence=1,
                     status="CANCELLED")
    body = mixed(alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="8bit")),
                 calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    headers = [
        ("Received", received("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                              "2026-09-15 18:03:11", PAR, "mx.example.org with SMTPS id Ke9w2Pa", ME)),
        ("From", addr("Romain Terrasse", "romain.terrasse@celestys.fr")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Reply-To", addr("Romain Terrasse", "romain.terrasse@celestys.fr")),
        ("To", ME),
        ("Subject", enc("Événement annulé : Entretien final – Élodie Peyrusse @ ven. 18 sept. 2026 14:00 - 15:30 "
                        "(CEST) (elodie.peyrusse@example.org)")),
        ("Date", date("2026-09-15 18:03:11", PAR)),
        ("Message-ID", "<calendar-91c4e2b7-0d3a-4f65-a8e1-5b27c9d0f413@google.com>"),
    ]
    return message(headers, body)


@mail(n(21), family="linkedin_message", lang="en", interview=True, kind="scheduled",
      start="2026-02-25T15:00:00Z", end="2026-02-25T15:30:00Z", contact=None,
      company="Aurigo Labs", local="Wed 2026-02-25 16:00", local_end="2026-02-25 16:30", zone=BER,
      note="LinkedIn message notification: Munich hiring manager fixes a 30-min virtual coffee chat 'Wed 25th, 4pm "
           "CET' (winter, Munich) = 15:00-15:30Z; a coffee chat with the hiring manager about the role counts as an "
           "interview stage; LinkedIn relay only, no e-mail address -> contact null")
def m21() -> bytes:
    plain = t("""
        Stefan Krauss
        Head of Flight Software at Aurigo Labs

        Hi Élodie – great, thanks for getting back to me so quickly. Let's do Wed 25th, 4pm CET then, 30 min virtual coffee. Very informal: I mostly want to tell you about the team and the on-board data processing role, and hear what you're looking for. I'll send a Teams link to your email the day before.

        Cheers,
        Stefan

        View message
        https://www.linkedin.com/messaging/thread/2-ZTRkNjE1YjAtNmM0Zi00ZTg1LWI3MjQtOGE2ZGYxYjQ5ZmM3XzAxMg==/

        Reply
        https://www.linkedin.com/messaging/thread/2-ZTRkNjE1YjAtNmM0Zi00ZTg1LWI3MjQtOGE2ZGYxYjQ5ZmM3XzAxMg==/?replyTo=1

        ----------------------------------------

        This email was intended for Élodie Peyrusse (Systems Engineer · Data Scientist | Space & Energy)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving LinkedIn notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_messaging
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#f3f2ef">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2ef"><tr><td align="center">
        <table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,Arial,sans-serif">
        <tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84"></td></tr>
        <tr><td style="padding:0 24px">
        <table cellpadding="0" cellspacing="0"><tr>
        <td valign="top"><img src="https://media.licdn.com/dms/image/stefan-krauss.jpg" width="48" height="48" style="border-radius:50%" alt=""></td>
        <td style="padding-left:12px"><b style="font-size:16px">Stefan Krauss</b><br><span style="color:#666;font-size:14px">Head of Flight Software at Aurigo Labs</span></td>
        </tr></table>
        <p style="font-size:14px;line-height:1.5">Hi Élodie – great, thanks for getting back to me so quickly. Let's do Wed 25th, 4pm CET then, 30 min virtual coffee. Very informal: I mostly want to tell you about the team and the on-board data processing role, and hear what you're looking for. I'll send a Teams link to your email the day before.</p>
        <p style="font-size:14px">Cheers,<br>Stefan</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-ZTRkNjE1YjAtNmM0Zi00ZTg1LWI3MjQtOGE2ZGYxYjQ5ZmM3XzAxMg==/" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:24px;text-decoration:none;font-weight:600">Reply</a></p>
        </td></tr>
        <tr><td style="padding:24px;font-size:12px;color:#888">This email was intended for Élodie Peyrusse (Systems Engineer · Data Scientist | Space &amp; Energy)<br>
        <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe" style="color:#888">Unsubscribe</a> · <a href="https://www.linkedin.com/help/linkedin/answer/67" style="color:#888">Help</a><br>
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mailb-ah.linkedin.com", "108.174.3.184", "2026-02-19 17:40:22", "UTC", "Ld8rF2qWm6")),
        ("From", addr("Stefan Krauss", "messages-noreply@linkedin.com")),
        ("To", TO_ME),
        ("Subject", "Stefan just messaged you"),
        ("Date", date("2026-02-19 17:40:22", "UTC")),
        ("Message-ID", "<1204977311.2219043.1771522822118@ltx1-app4071.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3A"
                             "email_messaging>"),
        ("X-LinkedIn-Class", "INMAIL-MESSAGE"),
        ("X-LinkedIn-Template", "messaging_new_message_digest"),
    ]
    return message(headers, alt(text(plain), html(page)))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-17T13:30:00Z", end="2026-11-17T14:30:00Z", contact="b.lacaze@vauban-energie.fr",
      company="Vauban Énergie Conseil", local="Tue 2026-11-17 14:30", local_end="2026-11-17 15:30", zone=PAR,
      note="Case interview confirmed by the manager in an HTML-only windows-1252 quoted-printable mail: "
           "'le mardi 17/11 à 14h30', 1 heure, Paris CET = 13:30-14:30Z; contact = sender")
def m22() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">
        <div>
        <p>Bonjour Élodie,</p>
        <p>Suite à notre premier échange de jeudi dernier, je vous confirme le second tour, qui prendra la forme d’une <b>étude de cas</b> d’une heure&nbsp;:</p>
        <p style="margin-left:30px"><b>mardi 17/11 à 14h30</b>, en visio via Google Meet&nbsp;: <a href="https://meet.google.com/fwa-pqnz-xeb">https://meet.google.com/fwa-pqnz-xeb</a></p>
        <p>Le cas portera sur l’optimisation d’un portefeuille d’actifs de stockage par batteries (arbitrage sur le marché spot et services système). Aucun support à préparer&nbsp;: je vous partagerai l’énoncé à l’écran, prévoyez simplement de quoi prendre des notes… et un tableur si vous aimez ça&nbsp;!</p>
        <p>Céline Marchal, associée en charge du pôle Flexibilité, se joindra à nous pour les vingt dernières minutes.</p>
        <p>Bien cordialement,</p>
        <p><b>Bertrand Lacaze</b><br>Manager – Pôle Flexibilité &amp; Stockage<br>Vauban Énergie Conseil<br>27 rue de la Chaussée-d’Antin, 75009 Paris<br>Tél.&nbsp;: 01 40 00 00 62</p>
        </div>
        </body></html>
        """)
    headers = [
        ("Received", mx("mail-par2fra01on2052.outbound.protection.outlook.com", "40.107.12.52",
                        "2026-11-10 09:14:56", PAR, "Vw2pC9nLr4")),
        ("From", addr("Bertrand Lacaze", "b.lacaze@vauban-energie.fr", charset="windows-1252")),
        ("To", addr(ME_NAME, ME, charset="windows-1252")),
        ("Subject", enc("Étude de cas – mardi 17/11", "windows-1252")),
        ("Date", date("2026-11-10 09:14:56", PAR)),
        ("Message-ID", "<PAXP193MB2011C3F7A9E2D04B1C6E8F0A2B57D@PAXP193MB2011.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, html(page, charset="windows-1252"))


@mail(n(23), family="indeed", lang="fr", interview=True, kind="scheduled",
      start="2026-05-20T12:30:00Z", end="2026-05-20T13:00:00Z", contact=None,
      company="Pyrène Analytics", local="Wed 2026-05-20 14:30", local_end="2026-05-20 15:00", zone=PAR,
      note="Indeed interview confirmation (phone screen) 'mer. 20 mai 2026, 14:30 – 15:00 (heure : Europe/Paris)' "
           "= 12:30-13:00Z; Reply-To is an indeedemail.com relay, no human address -> contact null")
def m23() -> bytes:
    plain = t("""
        Votre entretien est confirmé

        Pyrène Analytics
        Data Scientist (H/F) - Toulouse (31)

        Entretien téléphonique
        mer. 20 mai 2026, 14:30 – 15:00 (heure : Europe/Paris)
        Pyrène Analytics vous appellera au 06 •• •• •• 48.

        Ajouter à votre agenda : https://fr.indeed.com/interview/cal?id=9c2e41f7a0b3&fmt=ics

        Besoin de modifier ? Reprogrammer : https://fr.indeed.com/interview/reschedule?id=9c2e41f7a0b3
        Annuler l'entretien : https://fr.indeed.com/interview/cancel?id=9c2e41f7a0b3

        Conseils pour votre entretien téléphonique : installez-vous dans un endroit calme et gardez votre CV sous les yeux.

        Indeed
        Vous recevez ce message car vous avez postulé à une offre sur Indeed.
        © 2026 Indeed - Conditions d'utilisation - Politique de confidentialité
        """)
    page = t("""
        <html><body style="margin:0;background:#f3f2f1;font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;border-radius:8px"><tr><td style="padding:32px">
        <img src="https://fr.indeed.com/images/indeed-logo.png" alt="Indeed" width="96">
        <h1 style="font-size:22px">Votre entretien est confirmé</h1>
        <p style="font-size:16px;margin:0"><b>Pyrène Analytics</b></p>
        <p style="font-size:14px;color:#595959;margin:0 0 16px 0">Data Scientist (H/F) - Toulouse (31)</p>
        <div style="border:1px solid #e4e2e0;border-radius:8px;padding:16px">
        <p style="margin:0"><b>Entretien téléphonique</b></p>
        <p style="margin:4px 0">mer. 20 mai 2026, 14:30 – 15:00 (heure : Europe/Paris)</p>
        <p style="margin:4px 0;color:#595959">Pyrène Analytics vous appellera au 06 •• •• •• 48.</p>
        </div>
        <p><a href="https://fr.indeed.com/interview/cal?id=9c2e41f7a0b3&amp;fmt=ics" style="color:#2557a7">Ajouter à votre agenda</a> · <a href="https://fr.indeed.com/interview/reschedule?id=9c2e41f7a0b3" style="color:#2557a7">Reprogrammer</a> · <a href="https://fr.indeed.com/interview/cancel?id=9c2e41f7a0b3" style="color:#2557a7">Annuler</a></p>
        <p style="font-size:13px;color:#595959">Conseils pour votre entretien téléphonique : installez-vous dans un endroit calme et gardez votre CV sous les yeux.</p>
        <p style="font-size:11px;color:#767676">Vous recevez ce message car vous avez postulé à une offre sur Indeed.<br>© 2026 Indeed</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mail-b81.indeed.com", "169.45.140.81", "2026-05-14 15:30:42", "UTC", "Ab5nT3wXq7")),
        ("From", addr("Indeed", "no-reply@indeed.com")),
        ("Reply-To", addr("Pyrène Analytics", "pyrene-analytics-7hq2d@indeedemail.com")),
        ("To", TO_ME),
        ("Subject", enc("Entretien confirmé : Data Scientist (H/F) chez Pyrène Analytics")),
        ("Date", date("2026-05-14 15:30:42", "UTC")),
        ("Message-ID", "<20260514153042.7f2a91c04e@indeed.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


# =====================================================================================
# Negatives (keys 24-50)
# =====================================================================================


@mail(n(24), family="job_alert", lang="fr", interview=False, company=None,
      note="LinkedIn job alert digest; 'Recrutement actif' / 'entretiens en cours' badges confirm nothing")
def m24() -> bytes:
    jobs = [
        ("Ingénieur(e) Systèmes Bord H/F", "Aérostellar", "Blagnac, Occitanie, France", "Recrutement actif"),
        ("Data Scientist (H/F)", "Pyrène Analytics", "Toulouse, Occitanie, France", "Candidature simplifiée"),
        ("Ingénieur AIT Satellite", "Orbitaline", "Toulouse, Occitanie, France",
         "3 anciens élèves de votre école travaillent ici"),
        ("Systems Engineer – Mission", "Dunewind Space Systems", "Noordwijk, Zuid-Holland, Pays-Bas (hybride)",
         "L'entreprise fait passer des entretiens en ce moment"),
        ("Ingénieur Data Énergie H/F", "Lauragais Énergie", "Labège, Occitanie, France", "Il y a 2 jours"),
    ]
    plain = "Vos alertes emploi pour « ingénieur systèmes spatiaux »\n9 nouvelles offres à Toulouse et alentours\n\n"
    for title, co, where, badge in jobs:
        plain += f"{title}\n{co}\n{where}\n{badge}\nVoir l'offre : https://www.linkedin.com/comm/jobs/view/41{len(title)}0{len(co)}77/\n\n"
    plain += t("""
        Voir toutes les offres : https://www.linkedin.com/comm/jobs/search?savedSearchId=1866412

        Vous recevez des e-mails d'alerte emploi. Gérer vos alertes : https://www.linkedin.com/comm/jobs/alerts
        Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.linkedin.com/comm/jobs/view/'
        f'41{len(title)}0{len(co)}77/" style="color:#0a66c2;font-weight:600;font-size:16px;text-decoration:none">{title}'
        f'</a><br><span style="font-size:14px">{co} · {where}</span><br><span style="font-size:12px;color:#057642">'
        f'{badge}</span></td></tr>\n' for title, co, where, badge in jobs)
    page = ('<html><body style="background:#f3f2ef;margin:0"><table width="100%"><tr><td align="center">'
            '<table width="560" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif">'
            '<tr><td style="padding:24px"><p style="font-size:20px">Vos alertes emploi pour « ingénieur systèmes '
            'spatiaux »</p><p style="color:#666">9 nouvelles offres à Toulouse et alentours</p><table width="100%">\n'
            + rows + '</table><p><a href="https://www.linkedin.com/comm/jobs/search?savedSearchId=1866412">Voir toutes '
            'les offres</a></p><p style="font-size:12px;color:#888">Vous recevez des e-mails d\'alerte emploi. '
            '<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a></p></td></tr>'
            '</table></td></tr></table></body></html>\n')
    headers = [
        ("Received", mx("mailc-ae.linkedin.com", "108.174.3.201", "2026-03-09 06:12:08", "UTC", "Jb4vS0eRt2")),
        ("From", addr("Alertes emploi LinkedIn", "jobalerts-noreply@linkedin.com")),
        ("To", TO_ME),
        ("Subject", enc("« ingénieur systèmes spatiaux » : 9 nouvelles offres à Toulouse et alentours")),
        ("Date", date("2026-03-09 06:12:08", "UTC")),
        ("Message-ID", "<788120455.1830221.1773036728011@ltx1-app2284.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobs_alert>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-LinkedIn-Class", "JOBS-ALERT"),
    ]
    return message(headers, alt(text(plain), html(page, cte="base64")))


@mail(n(25), family="travel", lang="fr", interview=False, company=None,
      days=(("Sun", "2026-10-25"), ("Mon", "2026-10-26")),
      note="Train booking Toulouse-Paris for the weekend before the Enerlys interview; fixed times, no interview")
def m25() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Merci pour votre réservation ! Voici le récapitulatif de votre voyage.

        Référence de dossier : QXKT7P

        ALLER - dimanche 25 octobre 2026
        Toulouse Matabiau 17:04 → Paris Montparnasse 21:22
        TGV n° 8534 · Voiture 14 · Place 87 (fenêtre, salle haute) · 2de classe
        Tarif Loisir · Carte Avantage Adulte

        RETOUR - lundi 26 octobre 2026
        Paris Montparnasse 15:02 → Toulouse Matabiau 19:31
        TGV n° 8543 · Voiture 6 · Place 24 · 2de classe

        Total payé : 118,00 €

        À noter : passage à l'heure d'hiver dans la nuit du samedi 24 au dimanche 25 octobre. Les horaires indiqués sont des heures locales.

        Votre e-billet est disponible dans l'application et en pièce jointe. Pensez à le présenter au contrôleur.

        Bon voyage,
        TrainConnect
        """)
    headers = [
        ("Received", mx("mta-14.trainconnect.fr", "198.51.100.14", "2026-10-20 21:10:35", PAR, "Sd1mQ6zVy8")),
        ("From", addr("TrainConnect", "confirmation@trainconnect.fr")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre voyage – Toulouse Matabiau → Paris Montparnasse – dim. 25 oct.")),
        ("Date", date("2026-10-20 21:10:35", PAR)),
        ("Message-ID", "<QXKT7P.20261020191035.4821@trainconnect.fr>"),
    ]
    return message(headers, text(plain))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Aérostellar",
      note="Workday application receipt; 'un membre de l'équipe vous contactera pour planifier un entretien' is "
           "conditional")
def m26() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Merci d'avoir postulé au poste Ingénieur(e) Systèmes Bord H/F (R-0004512) chez Aérostellar.

        Nous avons bien reçu votre candidature. Notre équipe Recrutement va l'étudier avec attention ; si votre profil correspond à nos besoins, un membre de l'équipe vous contactera pour planifier un entretien.

        Vous pouvez suivre l'avancement de votre candidature à tout moment dans votre espace candidat :
        https://aerostellar.wd3.myworkdayjobs.com/fr-FR/Aerostellar_Careers/userHome

        Nous vous remercions de l'intérêt que vous portez à Aérostellar.

        L'équipe Recrutement Aérostellar

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = ("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333\">"
            + "".join(f"<p>{htmllib.escape(p)}</p>" for p in plain.strip().split("\n\n"))
            + "<p style=\"font-size:11px;color:#999\">Powered by Workday</p></body></html>\n")
    headers = [
        ("Received", mx("mail-sor-f65.myworkday.com", "198.51.100.65", "2026-02-18 21:33:02", PAR, "c8TnA5uWj0")),
        ("From", addr("Aérostellar", "aerostellar@myworkday.com")),
        ("To", TO_ME),
        ("Subject", enc("Aérostellar - Nous avons bien reçu votre candidature")),
        ("Date", date("2026-02-18 21:33:02", PAR)),
        ("Message-ID", "<1193408877.51207.1771446782559@wd3-prod-notif-02.myworkday.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


@mail(n(27), family="application_ack", lang="fr", interview=False, company="Hydrosphère Conseil",
      note="HelloWork 'candidature envoyée' receipt (company = the employer it was sent to); interview tips are "
           "generic")
def m27() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f9;font-family:Arial,sans-serif;color:#1d1d1b">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:28px">
        <img src="https://www.hellowork.com/img/logo-hellowork.png" alt="HelloWork" width="140">
        <h1 style="font-size:22px;color:#6d2bd9">Votre candidature a bien été envoyée !</h1>
        <p>Bonjour Élodie,</p>
        <p>Votre candidature pour l'offre <b>Ingénieur Hydrologie &amp; Data H/F – CDI – Ramonville-Saint-Agne (31)</b> a bien été transmise à <b>Hydrosphère Conseil</b>.</p>
        <h2 style="font-size:16px">Et maintenant ?</h2>
        <p>Le recruteur étudie les candidatures reçues. S'il souhaite vous rencontrer, il vous contactera directement par e-mail ou par téléphone. En moyenne, les recruteurs répondent sous 12 jours.</p>
        <p>En attendant, mettez toutes les chances de votre côté : <a href="https://www.hellowork.com/fr-fr/medias/preparer-entretien.html">10 conseils pour préparer votre entretien d'embauche</a></p>
        <p style="font-size:12px;color:#777">Vous recevez cet e-mail suite à votre candidature sur HelloWork. <a href="https://www.hellowork.com/fr-fr/candidat/preferences.html">Gérer mes préférences</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mail12.hellowork.com", "185.71.252.12", "2026-05-08 13:02:19", PAR, "Kp2wL8rNx5")),
        ("From", addr("HelloWork", "candidature@mail.hellowork.com")),
        ("To", TO_ME),
        ("Subject", enc("Votre candidature a bien été envoyée à Hydrosphère Conseil")),
        ("Date", date("2026-05-08 13:02:19", PAR)),
        ("Message-ID", "<20260508110219.3f1c8a27d9@mail.hellowork.com>"),
        ("List-Unsubscribe", "<https://www.hellowork.com/fr-fr/candidat/preferences.html>"),
    ]
    return message(headers, html(page))


@mail(n(28), family="rejection", lang="fr", interview=False, company="Lauragais Énergie",
      note="Talentsoft rejection letter, formal, before any interview")
def m28() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:10px;border-bottom:2px solid #1f6f8b">
        <span style="font-size:18px;color:#1f6f8b;font-weight:bold">Lauragais Énergie</span></td></tr>
        <tr><td style="padding:20px 10px">
        <p>Madame,</p>
        <p>Nous avons bien reçu votre candidature au poste d'<b>Ingénieur(e) Data – Hydraulique et Prévision (H/F)</b> et vous remercions de l'intérêt que vous portez à notre entreprise.</p>
        <p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, d'autres profils correspondant davantage aux exigences du poste.</p>
        <p>Nous nous permettons de conserver vos coordonnées dans notre base de données afin de vous recontacter si une opportunité correspondant à votre profil se présentait.</p>
        <p>Nous vous prions de croire, Madame, en l'expression de nos sentiments distingués.</p>
        <p>Le Service Recrutement<br>Lauragais Énergie</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:10px;color:#888">Conformément au RGPD, vous pouvez exercer vos droits d'accès et de rectification depuis votre espace candidat. Propulsé par Talentsoft.</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Received", mx("smtp-out2.talent-soft.com", "185.23.98.2", "2026-04-13 10:05:51", PAR, "Hq6tZ1cVb9")),
        ("From", addr("Lauragais Énergie - Recrutement", "noreply@talent-soft.com")),
        ("To", TO_ME),
        ("Subject", enc("Votre candidature - Ingénieur(e) Data – Hydraulique et Prévision (H/F)")),
        ("Date", date("2026-04-13 10:05:51", PAR)),
        ("Message-ID", "<ts-lauragais-energie.20260413080551.55821@talent-soft.com>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(29), family="rejection", lang="en", interview=False, company="Skylark Analytics",
      note="Greenhouse rejection after the intro call; mentions past conversations only")
def m29() -> bytes:
    plain = t("""
        Hi Élodie,

        Thank you for taking the time to speak with Harriet and the team over the past couple of weeks about the Senior Data Scientist role – we really enjoyed learning about your work on satellite telemetry forecasting.

        After a lot of careful consideration, we've decided not to move forward with your application at this stage. It was a genuinely difficult decision; we had a very strong pool of candidates and ultimately went with someone with more direct experience in UK energy markets.

        We'd love to keep in touch and will reach out if a role comes up that's a closer fit.

        All the best with your search,
        The Skylark Analytics Talent Team
        """)
    headers = [
        ("Received", mx("o7.us.greenhouse-mail.io", "198.37.154.7", "2026-04-22 15:20:44", LON, "Nw7pB4kEs3")),
        ("From", addr("Skylark Analytics", "no-reply@us.greenhouse-mail.io")),
        ("To", ME),
        ("Subject", "Your application to Skylark Analytics"),
        ("Date", date("2026-04-22 15:20:44", LON)),
        ("Message-ID", "<6627a1c8e5b3d_2f9c7a1b0440@greenhouse-mailer-58d7f.mail>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(30), family="offer", lang="fr", interview=False, company="Cassiopée Robotics",
      days=(("Fri", "2026-02-20"), ("Mon", "2026-04-06")),
      note="Job offer with PDF attachment and a reply deadline; the offered phone call is not an interview and not "
           "fixed")
def m30() -> bytes:
    plain = t("""
        Salut Élodie,

        Comme promis au téléphone, tu trouveras en PJ notre proposition pour le poste d'ingénieure systèmes & data : CDI, statut cadre, 46 k€ brut annuel + BSPCE (le détail est dans le PDF), démarrage souhaité le lundi 6 avril.

        Toute l'équipe a vraiment apprécié ta journée d'immersion la semaine dernière et Aurore est déjà en train de te réserver un bureau près du banc d'essai :)

        On aimerait avoir ta réponse d'ici le vendredi 20 février (18h au plus tard), mais si tu as besoin d'un peu plus de temps, dis-le moi sans souci. Je peux aussi t'appeler demain midi si tu veux en parler de vive voix.

        À très vite j'espère,
        Nico

        --
        Nicolas Bessière – CTO & co-fondateur, Cassiopée Robotics
        14 rue des Amidonniers, 31000 Toulouse
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = raw_part([("Content-Type", 'application/pdf; name="Proposition_embauche_E_Peyrusse.pdf"'),
                           ("Content-Disposition", 'attachment; filename="Proposition_embauche_E_Peyrusse.pdf"'),
                           ("Content-Transfer-Encoding", "base64")],
                          base64.encodebytes(pdf).decode("ascii"))
    headers = [
        ("Received", received("from mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])",
                              "2026-02-16 18:20:05", PAR, "mx.example.org with ESMTPS id Ue3kR7cp", ME)),
        ("From", addr("Nicolas Bessière", "nicolas@cassiopee-robotics.fr")),
        ("To", TO_ME),
        ("Subject", enc("Proposition d'embauche – Ingénieure systèmes & data")),
        ("Date", date("2026-02-16 18:20:05", PAR)),
        ("Message-ID", "<CAH7rT0s8Wm2Kx4nQe1pZ7vBc3dLf9yT@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(plain), html(gmail_html(plain))), attachment))


@mail(n(31), family="recruiter_outreach", lang="de", interview=False, company="AlpenTalent Partners",
      note="Munich headhunter cold outreach in German; asks her for time windows, nothing fixed")
def m31() -> bytes:
    plain = t("""
        Sehr geehrte Frau Peyrusse,

        ich bin über Ihr LinkedIn-Profil auf Sie aufmerksam geworden und möchte Ihnen vertraulich eine Position vorstellen, die sehr gut zu Ihrem Werdegang passen könnte.

        Unser Mandant, ein etabliertes mittelständisches Raumfahrtunternehmen im Großraum München, sucht einen Lead Systems Engineer (m/w/d) für Erdbeobachtungsmissionen. Gesucht wird jemand mit fundierter Erfahrung in Systemarchitektur und Datenverarbeitung an Bord – genau das, was ich in Ihrem Profil sehe. Deutschkenntnisse sind von Vorteil, aber keine Voraussetzung; die Projektsprache ist Englisch.

        Hätten Sie in den kommenden Tagen Zeit für ein kurzes, unverbindliches Telefonat? Nennen Sie mir gern zwei oder drei Zeitfenster, die Ihnen passen – ich richte mich ganz nach Ihnen.

        Mit besten Grüßen aus München

        Maximilian Huber
        Senior Consultant Aerospace & Defence
        AlpenTalent Partners GmbH
        Maximilianstraße 35, 80539 München
        +49 89 2000 8812
        """)
    headers = [
        ("Received", mx("mail-fr3deu02on2110.outbound.protection.outlook.com", "40.107.136.110",
                        "2026-03-03 08:47:19", BER, "Mc5qW2xZp1")),
        ("From", addr("Maximilian Huber", "m.huber@alpentalent-partners.de")),
        ("To", TO_ME),
        ("Subject", enc("Vertrauliche Anfrage: Lead Systems Engineer (m/w/d) – Raumfahrt, Großraum München")),
        ("Date", date("2026-03-03 08:47:19", BER)),
        ("Message-ID", "<FR3P281MB2295A0C4B7E13D9F5A2E6C8B1D4F0@FR3P281MB2295.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, text(plain))


@mail(n(32), family="scheduling_link", lang="en", interview=False, company="Skylark Analytics",
      note="Recruiter sends a Calendly link to pick an intro-call slot; nothing booked yet")
def m32() -> bytes:
    plain = t("""
        Hi Elodie,

        Thanks so much for applying for the Senior Data Scientist role at Skylark Analytics – your background in satellite telemetry and forecasting really stood out.

        I'd love to set up a 30-minute intro call to tell you more about the team and hear about what you're looking for. Please grab whichever slot suits you best here:

        https://calendly.com/harriet-skylark/intro-call

        The calendar should show times in your own time zone. If nothing works, just let me know and I'll find something else.

        Speak soon,
        Harriet

        Harriet Cole
        Talent Partner | Skylark Analytics
        Fully remote · UK
        """)
    headers = [
        ("Received", mx("mail-cwlgbr01on2109.outbound.protection.outlook.com", "40.107.11.109",
                        "2026-03-27 11:05:37", LON, "Ty8kN3bQs6")),
        ("From", addr("Harriet Cole", "harriet.cole@skylark-analytics.co.uk")),
        ("To", TO_ME),
        ("Subject", "Skylark Analytics - Senior Data Scientist (Remote) - next steps"),
        ("Date", date("2026-03-27 11:05:37", LON)),
        ("Message-ID", "<CWLP265MB3377B9E1D04A7C2F5E8B6A0D3C1E2@CWLP265MB3377.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(33), family="slot_proposal", lang="fr", interview=False, company="Boréalis Spatial",
      days=(("Tue", "2026-03-17"), ("Wed", "2026-03-18"), ("Thu", "2026-03-19")),
      note="Québec recruiter proposes three slots (heure de l'Est) and asks which suits; not yet agreed")
def m33() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Merci pour votre candidature au poste d'Ingénieur(e) GNC. Marc-André Gagnon, chef d'équipe GNC, a bien aimé votre profil et aimerait vous rencontrer en entrevue virtuelle (Teams, environ 45 minutes).

        Seriez-vous disponible à l'un des moments suivants (heure de l'Est, Montréal) ?

          • mardi 17 mars, 9 h 00
          • mercredi 18 mars, 13 h 30
          • jeudi 19 mars, 10 h 00

        Si aucun de ces moments ne vous convient, n'hésitez pas à me proposer d'autres disponibilités.

        Au plaisir,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Boréalis Spatial inc.
        1100, boul. Robert-Bourassa, bureau 1400, Montréal (Québec)  H3B 0A1
        T 514 555-0147
        """)
    headers = [
        ("Received", mx("mail-yt3can01on2090.outbound.protection.outlook.com", "40.107.116.90",
                        "2026-03-10 15:31:06", MTL, "Pr4cV9wLm2")),
        ("From", addr("Geneviève Tremblay", "genevieve.tremblay@borealis-spatial.ca")),
        ("To", TO_ME),
        ("Subject", enc("Entrevue – Ingénieur(e) GNC / Élodie Peyrusse")),
        ("Thread-Topic", enc("Entrevue – Ingénieur(e) GNC / Élodie Peyrusse")),
        ("Date", date("2026-03-10 15:31:06", MTL)),
        ("Message-ID", "<YT3PR01MB6210A1C0D6F@YT3PR01MB6210.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
    ]
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{htmllib.escape(line)}</p>" if line else "" for line in plain.split("\n")) + "</div></body></html>\n"
    return message(headers, alt(text(plain), html(page)))


@mail(n(34), family="take_home", lang="fr", interview=False, company="Quasarine",
      days=(("Sun", "2026-05-31"),),
      note="Take-home case with a submission deadline (dimanche 31 mai 23h59); the final interview is announced "
           "but not scheduled in this mail")
def m34() -> bytes:
    plain = t("""
        Hello Élodie,

        Comme annoncé, voici le cas pratique pour la suite du process : prévision de consommation électrique à J+1 sur un panel de sites tertiaires (données + énoncé dans le lien ci-dessous).

        https://drive.quasarine.ai/s/cas-pratique-ds-2026?k=Yp3rT8

        Tu as jusqu'au dimanche 31 mai 23h59 pour nous renvoyer ton notebook (ou un repo Git, comme tu préfères). Compte 3-4h max, on ne veut surtout pas que tu y passes ton week-end : on regarde surtout la démarche, pas le dernier point de MAPE.

        On en discutera ensemble lors de l'entretien final avec Antoine et Thomas, je t'envoie l'invitation séparément.

        Bon courage !
        Inès

        Inès Haddou – Talent & People, Quasarine
        """)
    headers = [
        ("Received", received("from mail-ot1-f44.google.com (mail-ot1-f44.google.com [209.85.210.44])",
                              "2026-05-26 17:10:48", PAR, "mx.example.org with ESMTPS id Za9eL3nq", ME)),
        ("From", addr("Inès Haddou", "ines.haddou@quasarine.ai")),
        ("To", TO_ME),
        ("Subject", "Cas pratique - Quasarine"),
        ("Date", date("2026-05-26 17:10:48", PAR)),
        ("Message-ID", "<CAMx4Rz2pT7vW9kQ3nHb8cYe1dLs0fGu@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(35), family="assessment", lang="en", interview=False, company="Dunewind Space Systems",
      days=(("Fri", "2026-10-09"),),
      note="Online assessment invitation with an expiry (Friday 9 October 23:59 CEST); timed test, not an interview")
def m35() -> bytes:
    plain = t("""
        Hi Élodie,

        Dunewind Space Systems has invited you to complete an online assessment as part of your application for Mission Data Systems Engineer.

        Assessment: Python & Data Analysis for Space Systems
        Duration: 90 minutes (timed – once started, the timer can't be paused)
        Complete before: Friday, 9 October 2026, 23:59 CEST

        Start assessment: https://app.assessly.io/invite/7d1e0b42-9fa6-4c38-b7e5-2a91c04f6d83

        Tips
        - Use a laptop or desktop with a stable connection (mobile isn't supported).
        - You can use your own IDE and documentation, but not generative AI tools.
        - Once you submit, Dunewind will be notified and will get back to you about next steps.

        Good luck!
        The Assessly team, on behalf of Dunewind Space Systems

        Questions about the role? Contact your recruiter directly. Technical issues: support@assessly.io
        """)
    page = ("<html><body style=\"font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111\">"
            + "".join(f"<p>{htmllib.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
            + "</body></html>\n")
    headers = [
        ("Received", mx("o1.mail.assessly.io", "149.72.31.1", "2026-10-02 09:00:14", "UTC", "Ev2sD6hYq0")),
        ("From", addr("Assessly", "invites@mail.assessly.io")),
        ("To", TO_ME),
        ("Subject", "Dunewind Space Systems has invited you to an online assessment"),
        ("Date", date("2026-10-02 09:00:14", "UTC")),
        ("Message-ID", "<0100019249f1a7c2-e8b4d1f0-3c67-4f2a-9b05-7d1e0b429fa6-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(plain), html(page)))


@mail(n(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-03-03"),),
      note="Dentist appointment reminder with ICS (mardi 3 mars 09:15); confirmed time, not an interview")
def m36() -> bytes:
    plain = t("""
        Bonjour Élodie PEYRUSSE,

        Nous vous rappelons votre rendez-vous :

        Mardi 3 mars 2026 à 09:15
        Dr Aurélie Sentenac – Chirurgien-dentiste
        Cabinet dentaire des Carmes, 12 rue des Filatiers, 31000 Toulouse
        Motif : Détartrage / contrôle annuel

        En cas d'empêchement, merci d'annuler ou de déplacer votre rendez-vous au plus tard 24h à l'avance afin de libérer le créneau pour un autre patient :
        https://www.medirdv.fr/mes-rendez-vous/8841207

        Ce message est envoyé automatiquement par MédiRDV pour le compte de votre praticien. Merci de ne pas y répondre.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MediRDV//Rendez-vous//FR", "METHOD:PUBLISH",
        VTZ["Europe/Paris"], "BEGIN:VEVENT", "UID:rdv-8841207@medirdv.fr", "DTSTAMP:20260302T090000Z",
        "DTSTART;TZID=Europe/Paris:20260303T091500", "DTEND;TZID=Europe/Paris:20260303T094500",
        "SUMMARY:" + esc("RDV Dr Aurélie Sentenac – Chirurgien-dentiste"),
        "LOCATION:" + esc("Cabinet dentaire des Carmes, 12 rue des Filatiers, 31000 Toulouse"),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(text(plain), calendar(ics, method=None, cte="base64", filename="rendez-vous.ics",
                                       disposition="attachment", name_param=True))
    headers = [
        ("Received", mx("mail3.medirdv.fr", "198.51.100.203", "2026-03-02 10:00:07", PAR, "Gb0wQ4vJn8")),
        ("From", addr("MédiRDV", "rappel@medirdv.fr")),
        ("To", ME),
        ("Subject", enc("Rappel : votre rendez-vous du mardi 3 mars à 09:15 avec Dr Aurélie Sentenac")),
        ("Date", date("2026-03-02 10:00:07", PAR)),
        ("Message-ID", "<rappel.8841207.20260302@medirdv.fr>"),
    ]
    return message(headers, body)


@mail(n(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-01-12"),),
      note="Google Calendar invitation to a weekly 1:1 with her current manager (recurring); not an interview")
def m37() -> bytes:
    plain = t("""
        Marc Delpech vous a invité à un événement périodique.

        Point hebdo Élodie / Marc
        Hebdomadaire le lundi ⋅ 10:00 – 10:30
        Heure normale d’Europe centrale - Paris
        À partir du lundi 12 janv. 2026

        Participer avec Google Meet
        https://meet.google.com/ksd-wmno-ryx

        On garde 30 min chaque lundi pour faire le point sur le projet Garonne-Sat et tes sujets. Si tu es en déplacement chez le client, on décale au mardi.

        Invités
        Marc Delpech - organisateur
        elodie.peyrusse@example.org

        """) + GCAL_FOOTER
    ics = google_ics(method="REQUEST", start="20260112T100000", end="20260112T103000", stamp="20260108T083011Z",
                     organizer=("Marc Delpech", "marc.delpech@midi-systemes.fr"),
                     guests=[("Marc Delpech", "marc.delpech@midi-systemes.fr", "ACCEPTED"), (ME, ME, "NEEDS-ACTION")],
                     uid="0qf8m3v6c2k9s1r4e7tbl5pn2h@google.com", summary="Point hebdo Élodie / Marc",
                     description="On garde 30 min chaque lundi pour faire le point sur le projet Garonne-Sat et tes "
                                 "sujets.", meet="https://meet.google.com/ksd-wmno-ryx",
                     rrule="FREQ=WEEKLY;BYDAY=MO", tzid="Europe/Paris")
    body = mixed(alt(text(plain), calendar(ics, cte="8bit")),
                 calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    headers = [
        ("Received", received("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                              "2026-01-08 09:30:11", PAR, "mx.example.org with SMTPS id Cv2t9Hq", ME)),
        ("From", addr("Marc Delpech", "marc.delpech@midi-systemes.fr")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Reply-To", addr("Marc Delpech", "marc.delpech@midi-systemes.fr")),
        ("To", ME),
        ("Subject", enc("Invitation: Point hebdo Élodie / Marc @ Hebdomadaire le lundi de 10:00 à 10:30 (CET) "
                        "(elodie.peyrusse@example.org)")),
        ("Date", date("2026-01-08 09:30:11", PAR)),
        ("Message-ID", "<calendar-5e0d7a93-b2c1-4f84-a6e9-1d38c0f5b742@google.com>"),
    ]
    return message(headers, body)


@mail(n(38), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Sat", "2026-04-11"),),
      note="Apartment viewing confirmed in Munich (iso-8859-1); fixed time, not an interview")
def m38() -> bytes:
    plain = t("""
        Hallo Frau Peyrusse,

        gute Nachrichten: Ihr Besichtigungstermin wurde vom Anbieter bestätigt.

        Objekt: Helle 2-Zimmer-Wohnung mit Balkon, 58 m², 3. OG
        Adresse: Kurfürstenstraße 22, 80801 München (Schwabing)
        Termin: Samstag, 11.04.2026, 11:30 - 11:45 Uhr
        Ansprechpartner: Hausverwaltung Obermaier, Herr Gruber

        Bitte bringen Sie zur Besichtigung folgende Unterlagen mit:
        - Selbstauskunft (ausgefüllt)
        - Einkommensnachweise der letzten drei Monate bzw. Arbeitsvertrag
        - Kopie Ihres Personalausweises oder Reisepasses

        Sie können den Termin bis 24 Stunden vorher in Ihrem Konto absagen:
        https://www.wohnsuche24.de/konto/termine/559812

        Viel Erfolg bei der Wohnungssuche!
        Ihr WohnSuche24-Team

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
        """)
    headers = [
        ("Received", mx("mailout2.wohnsuche24.de", "203.0.113.112", "2026-04-08 19:12:50", BER, "Xa3nF8pKc5")),
        ("From", addr("WohnSuche24", "noreply@wohnsuche24.de")),
        ("To", addr(ME_NAME, ME, charset="iso-8859-1")),
        ("Subject", enc("Besichtigungstermin bestätigt: 2-Zimmer-Wohnung in München-Schwabing", "iso-8859-1")),
        ("Date", date("2026-04-08 19:12:50", BER)),
        ("Message-ID", "<20260408171250.559812.termin@wohnsuche24.de>"),
    ]
    return message(headers, text(plain, charset="iso-8859-1"))


@mail(n(39), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-04-09"),),
      note="Meetup RSVP confirmation (jeudi 9 avril 19:00); not an interview")
def m39() -> bytes:
    plain = t("""
        Vous participez !

        Toulouse Space & Data #14 – Détection d'anomalies sur la télémétrie satellite
        Toulouse Space & Data

        jeudi 9 avril 2026
        19:00 à 21:30 CEST

        La Cantine Toulouse
        27 rue d'Aubuisson, 31000 Toulouse

        Au programme : deux talks (autoencodeurs sur télémétrie bord, puis retour d'expérience sur une chaîne de traitement temps réel), suivis d'un apéro networking offert par nos sponsors. Plusieurs entreprises qui recrutent seront présentes.

        Ajouter au calendrier : https://www.meetup.com/toulouse-space-data/events/306118254/ical/
        Voir l'événement : https://www.meetup.com/toulouse-space-data/events/306118254/

        Vos projets ont changé ? Mettez à jour votre réponse pour libérer votre place.

        Meetup LLC, POB 4668 #37895 New York NY 10163-4668
        Se désabonner : https://www.meetup.com/account/comm/
        """)
    headers = [
        ("Received", mx("mail188-12.suw21.mandrillapp.com", "198.2.188.12", "2026-04-06 12:30:11", "UTC",
                        "Fw6rU1mTd4")),
        ("From", addr("Meetup", "info@email.meetup.com")),
        ("To", TO_ME),
        ("Subject", enc("Vous participez : Toulouse Space & Data #14 – Détection d'anomalies sur la télémétrie "
                        "satellite")),
        ("Date", date("2026-04-06 12:30:11", "UTC")),
        ("Message-ID", "<20260406123011.2c7f91a4b0e3@email.meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(40), family="marketing_webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-07-07"),),
      note="Zoom webinar registration titled 'Entretien avec Hélène Roustan, CTO de Célestys', with ICS; a "
           "webinar, not a job interview")
def m40() -> bytes:
    plain = t("""
        Bonjour Élodie,

        Merci de vous être inscrite à « Entretien avec Hélène Roustan, CTO de Célestys : l'IA embarquée à bord des satellites ».

        Veuillez envoyer vos questions à l'avance à : events@celestys.fr

        Date et heure : 7 juil. 2026 12:30 PM Paris

        Rejoindre depuis un PC, Mac, iPad, iPhone ou appareil Android :
        Cliquez ici pour rejoindre : https://celestys.zoom.us/w/86532190744?tk=p4Xq1Wz8
        Code secret : 418266

        Ajouter à votre agenda : Calendrier Google | Calendrier Outlook (.ics) | Calendrier Yahoo

        Vous pouvez annuler votre inscription à tout moment.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "DTSTAMP:20260630T140012Z", "DTSTART:20260707T103000Z", "DTEND:20260707T113000Z",
        "SUMMARY:" + esc("Entretien avec Hélène Roustan, CTO de Célestys : l'IA embarquée à bord des satellites"),
        "UID:20260707T103000Z-86532190744@zoom.us",
        "DESCRIPTION:" + esc("Rejoindre le webinaire : https://celestys.zoom.us/w/86532190744?tk=p4Xq1Wz8"),
        "LOCATION:https://celestys.zoom.us/w/86532190744?tk=p4Xq1Wz8", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method=None, cte="base64", filename="webinaire.ics", disposition="attachment",
                          name_param=True))
    headers = [
        ("Received", mx("mailout-eu1.zoom.us", "170.114.52.3", "2026-06-30 14:00:12", "UTC", "Rc8vB0kXw2")),
        ("From", addr("Célestys Webinars", "no-reply@zoom.us")),
        ("Reply-To", "events@celestys.fr"),
        ("To", TO_ME),
        ("Subject", enc("Confirmation d'inscription : Entretien avec Hélène Roustan, CTO de Célestys")),
        ("Date", date("2026-06-30 14:00:12", "UTC")),
        ("Message-ID", "<Zx8qLrT2S4eWc0nYdVbH1g@geopod-ismtpd-eu-3>"),
    ]
    return message(headers, body)


@mail(n(41), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-01-29"),),
      note="Apec career-coaching appointment 'Simulation d'entretien de recrutement' at a fixed time; a mock "
           "interview, not a job interview")
def m41() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#262626;background:#f5f5f5">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#003c71;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold">Apec</td></tr>
        <tr><td style="padding:24px">
        <p>Madame Peyrusse,</p>
        <p>Nous avons le plaisir de vous confirmer votre rendez-vous avec votre consultante Apec :</p>
        <table cellpadding="4" style="font-size:14px;background:#eef3f8;width:100%">
        <tr><td><b>Prestation</b></td><td>Simulation d'entretien de recrutement (atelier individuel)</td></tr>
        <tr><td><b>Date</b></td><td>jeudi 29 janvier 2026, de 10h00 à 11h30</td></tr>
        <tr><td><b>Modalité</b></td><td>À distance (Microsoft Teams) – le lien vous sera envoyé la veille</td></tr>
        <tr><td><b>Consultante</b></td><td>Sylvie Marty – Apec Occitanie, centre de Toulouse</td></tr>
        </table>
        <p>Pour tirer le meilleur parti de cette simulation, munissez-vous de l'annonce d'un poste qui vous intéresse réellement : votre consultante jouera le rôle du recruteur et vous fera ensuite un retour détaillé sur votre présentation, vos réponses et votre posture.</p>
        <p>En cas d'empêchement, merci de prévenir au moins 48 heures à l'avance depuis votre espace personnel sur <a href="https://www.apec.fr/mon-espace">apec.fr</a>.</p>
        <p>À très bientôt,<br>L'équipe Apec</p>
        <p style="font-size:11px;color:#8c8c8c">Ce message vous est envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mailing.apec.fr", "193.56.41.17", "2026-01-26 14:15:33", PAR, "Lq2rV7cZw9")),
        ("From", addr("Apec", "ne-pas-repondre@apec.fr")),
        ("To", TO_ME),
        ("Subject", enc("Confirmation de votre rendez-vous : Simulation d'entretien de recrutement")),
        ("Date", date("2026-01-26 14:15:33", PAR)),
        ("Message-ID", "<rdv-conseil.311874.20260126131533@apec.fr>"),
    ]
    return message(headers, html(page))


@mail(n(42), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-16"),),
      note="Podcast host confirms her recording 'Thursday 16 July at 4pm UK / 5pm your time'; a podcast interview "
           "about her open-source project, not a job interview")
def m42() -> bytes:
    plain = t("""
        Hi Élodie,

        Brilliant – we're all set for Thursday 16 July at 4pm UK / 5pm your time. It'll be a relaxed ~40 min interview about orbitfit: how the library started, the maths behind the batch least-squares solver, and what it's like maintaining an open-source tool that a couple of actual missions now depend on.

        Studio link (Riverside, works best in Chrome, wired headphones please!):
        https://riverside.fm/studio/orbit-talk?t=e5c1a0

        No need to prepare anything, but if there's anything you'd rather we didn't cover just tell me beforehand. The episode should go out early September.

        Thanks again for saying yes!
        Ravi

        --
        Ravi Menon
        Host, Orbit Talk – conversations with the people who build space software
        orbittalk.fm
        """)
    headers = [
        ("Received", received("from mail-lf1-f53.google.com (mail-lf1-f53.google.com [209.85.167.53])",
                              "2026-07-10 09:44:21", LON, "mx.example.org with ESMTPS id Ho4pN1sx", ME)),
        ("From", addr("Ravi Menon", "ravi@orbittalk.fm")),
        ("To", TO_ME),
        ("Subject", "Re: Orbit Talk - recording confirmed for Thursday"),
        ("Date", date("2026-07-10 09:44:21", LON)),
        ("Message-ID", "<CAOv7Lq3Tz1mY8pRk2WdXc9nHs4bFe0g@mail.gmail.com>"),
        ("In-Reply-To", "<CAFp3n9Z7b2@mail.example.org>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Outlook meeting request from her current employer's HR: she sits on the panel interviewing an "
           "apprentice candidate; confirmed time, but she is the interviewer")
def m43() -> bytes:
    plain = t("""
        Quand : lundi 14 septembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Garonne (RDC) / Teams pour Marc

        Bonjour Marc, bonjour Élodie,

        Comme évoqué, je vous propose de recevoir ensemble Lucas Ferrand, candidat à l'alternance Data (M2 Statistique et Data Science, rentrée 2026). Son CV et sa lettre sont dans le dossier partagé Recrutement > Alternance 2026.

        Élodie, est-ce que tu peux préparer 2-3 questions techniques (Python / SQL / un petit cas sur des séries temporelles) ? Marc se chargera de la présentation du poste et moi de la partie RH.

        Merci à vous deux,
        Corinne

        Corinne Maurel
        Responsable RH – Midi Systèmes
        """)
    ics = exchange_ics(method="REQUEST", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
                       start="20260914T140000", end="20260914T150000",
                       summary="Entretien candidat alternance Data – Lucas Ferrand",
                       organizer=("Corinne Maurel", "corinne.maurel@midi-systemes.fr"),
                       attendees=[("Marc Delpech", "marc.delpech@midi-systemes.fr"), (ME_NAME, ME)],
                       location="Salle Garonne (RDC) / Teams pour Marc", description=plain,
                       uid="040000008200E00074C5B7101A82E0080000000012C9F4E6A23EDC01000000000000000010000000"
                           "B1D7E2C4A9F03E6B4D8A1C5F2E7B9D03",
                       stamp="20260909T090512Z")
    body = alt(text(plain), calendar(ics, cte="base64"))
    headers = [
        ("Received", mx("mail-am6eur05on2105.outbound.protection.outlook.com", "40.107.22.105",
                        "2026-09-09 11:05:12", PAR, "Dn7kS3wTq5")),
        ("From", addr("Corinne Maurel", "corinne.maurel@midi-systemes.fr")),
        ("To", ", ".join([addr("Marc Delpech", "marc.delpech@midi-systemes.fr"), TO_ME])),
        ("Subject", enc("Entretien candidat alternance Data – Lucas Ferrand")),
        ("Thread-Topic", enc("Entretien candidat alternance Data – Lucas Ferrand")),
        ("Date", date("2026-09-09 11:05:12", PAR)),
        ("Message-ID", "<AM6P192MB0519E4C1B7A03D9F2E6C8A5B0D1F3@AM6P192MB0519.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, body)


@mail(n(44), family="reference_call", lang="en", interview=False, company="Brightfen Energy",
      days=(("Thu", "2026-09-17"),),
      note="Reference check about a former colleague, call confirmed for Thursday 17 September 10:00 BST; she is "
           "the referee, not the candidate")
def m44() -> bytes:
    plain = t("""
        Hi Élodie,

        Thank you so much for agreeing to act as a referee for Thomas Vidal – it's really appreciated.

        Just confirming our call for Thursday 17 September at 10:00 BST (11:00 for you in Toulouse). I'll ring you on the mobile number Thomas gave us; it should take about 20 minutes. I'll mainly ask about the two years you worked together on the forecasting platform at Midi Systèmes: his technical strengths, how he works in a team, and areas for development.

        Everything you share will be treated in confidence.

        Kind regards,
        Amelia

        Amelia Hart
        People Partner | Brightfen Energy Ltd
        """)
    headers = [
        ("Received", mx("mail-db5eur03on2097.outbound.protection.outlook.com", "40.107.4.97",
                        "2026-09-14 16:40:03", LON, "Wk1qP6nRz0")),
        ("From", addr("Amelia Hart", "amelia.hart@brightfen.energy")),
        ("To", TO_ME),
        ("Subject", "Reference for Thomas Vidal - call confirmed"),
        ("Date", date("2026-09-14 16:40:03", LON)),
        ("Message-ID", "<DB5P193MB0710C2A8F5E14B9D3A7E6C0F1B2D8@DB5P193MB0710.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(45), family="auto_reply", lang="fr", interview=False, company="Enerlys",
      days=(("Wed", "2026-10-21"), ("Fri", "2026-10-23"), ("Mon", "2026-10-26")),
      note="Exchange out-of-office reply (Auto-Submitted: auto-replied) from the Enerlys recruiter, quoting the "
           "interview subject line")
def m45() -> bytes:
    plain = t("""
        Bonjour,

        Je suis absente du mercredi 21 au vendredi 23 octobre inclus, avec un accès limité à mes e-mails.

        Pour toute demande urgente concernant un recrutement en cours, vous pouvez écrire à recrutement@enerlys.fr.

        Je vous répondrai dès mon retour, le lundi 26 octobre.

        Cordialement,
        Nadia Benhamou
        Chargée de recrutement – Enerlys
        """)
    headers = [
        ("Received", mx("mail-pr1fra01on2060.outbound.protection.outlook.com", "40.107.12.60",
                        "2026-10-21 09:02:44", PAR, "Yb8vC2mLk7")),
        ("From", addr("Nadia Benhamou", "nadia.benhamou@enerlys.fr")),
        ("To", TO_ME),
        ("Subject", enc("Réponse automatique : Convocation à un entretien – Data Scientist Prévision de la "
                        "demande (H/F) – Réf. 41877")),
        ("Thread-Topic", enc("Convocation à un entretien – Data Scientist Prévision de la demande (H/F) – "
                             "Réf. 41877")),
        ("Date", date("2026-10-21 09:02:44", PAR)),
        ("Message-ID", "<a7c1e4b2f09d4e3b8c6a5d1f2e0b9c77@PR1P192MB1144.EURP192.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAFp3n9Wd6@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "nadia.benhamou@enerlys.fr"),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, text(plain))


@mail(n(46), family="bounce", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-07-01"),),
      note="Postfix delivery-status report: her own reply confirming the Garonne Avionique interview (mercredi 1er "
           "juillet 16h) bounced because of a mistyped address; a bounce, not a confirmation from the employer")
def m46() -> bytes:
    original = message([
        ("From", TO_ME),
        ("To", addr("Sandrine Baylac", "sandrine.baylack@garonne-avionique.fr")),
        ("Subject", enc("Re: Entretien Élodie Peyrusse – Ingénieure Systèmes (RH + technique)")),
        ("Date", date("2026-06-27 09:14:58", PAR)),
        ("Message-ID", "<CAFp3n9Ve4Tq@mail.example.org>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text(t("""
        Bonjour Sandrine,

        Je vous confirme bien ma présence mercredi 1er juillet à 16h à Colomiers. Merci encore pour votre souplesse sur le changement de date.

        Bien cordialement,
        Élodie Peyrusse
        06 00 00 00 31
        """)))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <sandrine.baylack@garonne-avionique.fr>: host
            garonneavionique-fr.mail.protection.outlook.com[52.101.68.17] said: 550
            5.4.1 Recipient address rejected: Access denied. [DB1PEPF000509E7.eurprd03.prod.outlook.com]
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4dQ8kV2X1Zz9t
        X-Postfix-Sender: rfc822; elodie.peyrusse@example.org
        Arrival-Date: Sat, 27 Jun 2026 09:14:58 +0200 (CEST)

        Final-Recipient: rfc822; sandrine.baylack@garonne-avionique.fr
        Original-Recipient: rfc822;sandrine.baylack@garonne-avionique.fr
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; garonneavionique-fr.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
            [DB1PEPF000509E7.eurprd03.prod.outlook.com]
        """)
    body = multipart("report",
                     text(notice, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     described(attached_message(original), "Undelivered Message"),
                     params="report-type=delivery-status")
    headers = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Auto-Submitted", "auto-replied"),
        ("Date", date("2026-06-27 09:15:01", PAR)),
        ("Message-ID", "<20260627071501.5E7A11C0A4B@mail.example.org>"),
    ]
    return message(headers, body)


@mail(n(47), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Welcome to the Jungle editorial newsletter about questions to ask at the end of an interview; "
           "announces a live session, confirms nothing")
def m47() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Welcome to the Jungle</title></head>
        <body style="margin:0;background:#fff9e6;font-family:Helvetica,Arial,sans-serif;color:#111">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff">
        <tr><td style="background:#ffcd00;padding:16px 24px;font-weight:800;letter-spacing:1px">WELCOME TO THE JUNGLE · LE MAG</td></tr>
        <tr><td style="padding:24px">
        <h1 style="font-size:26px;margin:0 0 12px 0">Entretien d'embauche : les 7 questions à poser à la fin (et celles à éviter)</h1>
        <p>« Avez-vous des questions ? » Cette phrase, qui clôt presque chaque entretien, est une vraie occasion de marquer des points. Demander à quoi ressemble une semaine type, comment l'équipe mesure la réussite, ou ce qui a poussé la personne précédente à quitter le poste en dit long sur votre motivation.</p>
        <p><a href="https://www.welcometothejungle.com/fr/articles/questions-fin-entretien" style="color:#111;font-weight:700">Lire l'article →</a></p>
        <hr style="border:none;border-top:1px solid #eee">
        <h2 style="font-size:18px">Aussi cette semaine</h2>
        <p>• Relancer après un entretien : combien de temps attendre ?<br>• Salaires : ce que gagnent vraiment les data scientists en 2026<br>• « J'ai passé 9 entretiens pour un poste » : le témoignage de Samia</p>
        <h2 style="font-size:18px">En direct</h2>
        <p>Mardi 17 mars à 12h30 : live « Décrocher un entretien dans la tech quand on vient de l'industrie », avec deux recruteuses. Gratuit, sur inscription.</p>
        <p style="font-size:11px;color:#888">Vous recevez cette newsletter car vous êtes inscrite sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/settings/notifications" style="color:#888">Se désinscrire</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", mx("mail-47.news.welcometothejungle.com", "185.250.239.47", "2026-03-15 08:00:19", PAR,
                        "Tz3pK9wNa1")),
        ("From", addr("Welcome to the Jungle", "newsletter@news.welcometothejungle.com")),
        ("To", ME),
        ("Subject", enc("Entretien d'embauche : les 7 questions à poser à la fin (et celles à éviter)")),
        ("Date", date("2026-03-15 08:00:19", PAR)),
        ("Message-ID", "<wttj-mag-20260315.e41b7c@news.welcometothejungle.com>"),
        ("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/me/settings/notifications>, "
                             "<mailto:unsubscribe@news.welcometothejungle.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(page))


@mail(n(48), family="post_interview", lang="fr", interview=False, company="Orbitaline",
      note="Thank-you reply after the Orbitaline technical interview; next steps promised, nothing scheduled")
def m48() -> bytes:
    plain = t("""
        Salut Élodie,

        Merci à toi pour l'échange d'hier ! Yannick a beaucoup apprécié ta façon d'aborder le cas sur la chaîne sol, et tes questions sur le recalage géométrique ont fait mouche.

        On fait le point en interne en début de semaine et je reviens vers toi d'ici vendredi prochain au plus tard pour la suite.

        Bon week-end,
        Camille

        Le ven. 17 avr. 2026 à 09:12, Élodie Peyrusse <elodie.peyrusse@example.org> a écrit :
        > Bonjour Camille,
        >
        > Merci encore pour l'entretien d'hier avec Yannick, j'ai vraiment apprécié la discussion et la présentation de votre chaîne de traitement.
        >
        > Belle journée,
        > Élodie
        """)
    headers = [
        ("Received", received("from mail-pj1-f50.google.com (mail-pj1-f50.google.com [209.85.216.50])",
                              "2026-04-17 18:25:40", PAR, "mx.example.org with ESMTPS id Bq6nW0tr", ME)),
        ("From", addr("Camille Fabre", "camille.fabre@orbitaline.space")),
        ("To", TO_ME),
        ("Subject", "Re: Merci pour l'entretien"),
        ("Date", date("2026-04-17 18:25:40", PAR)),
        ("Message-ID", "<CAN3vQ8xR1kT7mZ2pLw9cYd4eHb0fSg6@mail.gmail.com>"),
        ("In-Reply-To", "<CAFp3n9Xa8@mail.example.org>"),
        ("References", "<CAFp3n9Xa8@mail.example.org>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(49), family="interview_request", lang="fr", interview=False, company="Héliowatt",
      note="The CTO wants to meet her; slots will be sent later (semaine du 22 juin), nothing fixed")
def m49() -> bytes:
    plain = t("""
        Hello Élodie !

        Bonne nouvelle : Julien, notre CTO, a adoré ton profil et aimerait te rencontrer dans nos locaux à Bordeaux.

        Je regarde son agenda et je reviens vers toi d'ici jeudi avec 2-3 créneaux pour la semaine du 22 juin. Tu es plutôt dispo en début ou en fin de semaine ? Et tu préfères le matin ou l'après-midi, vu le trajet depuis Toulouse ?

        Belle journée ☀️
        Manon

        Manon Darriet
        Talent & Culture – Héliowatt
        47 quai des Chartrons, 33000 Bordeaux
        """)
    headers = [
        ("Received", received("from mail-qk1-f171.google.com (mail-qk1-f171.google.com [209.85.222.171])",
                              "2026-06-09 10:12:27", PAR, "mx.example.org with ESMTPS id Fr8dK4ye", ME)),
        ("From", addr("Manon Darriet", "manon.darriet@heliowatt.fr")),
        ("To", TO_ME),
        ("Subject", enc("Ta candidature chez Héliowatt 🌞")),
        ("Date", date("2026-06-09 10:12:27", PAR)),
        ("Message-ID", "<CAPd2Wm7Kx0vT3qRn8Ls1bYe5cHf9gZu@mail.gmail.com>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(n(50), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-20")),
      note="Outlook invitation to her 'Entretien annuel d'évaluation' with her current manager; an annual review, "
           "not a job interview")
def m50() -> bytes:
    plain = t("""
        Quand : lundi 23 novembre 2026 14:00-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bureau de Marc (2e étage)

        Bonjour Élodie,

        Comme chaque année, je te propose ce créneau pour ton entretien annuel d'évaluation et l'entretien professionnel.

        Pense à remplir ton auto-évaluation dans l'outil RH avant le vendredi 20/11, on s'appuiera dessus pour faire le bilan de l'année (Garonne-Sat, la reprise du pipeline de prévision) et parler de tes objectifs et souhaits de formation pour 2027.

        Si le créneau ne te va pas, dis-moi, on trouvera autre chose.

        Marc
        """)
    ics = exchange_ics(method="REQUEST", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
                       start="20261123T140000", end="20261123T153000",
                       summary="Entretien annuel d'évaluation 2026 – Élodie Peyrusse",
                       organizer=("Marc Delpech", "marc.delpech@midi-systemes.fr"),
                       attendees=[(ME_NAME, ME)],
                       location="Bureau de Marc (2e étage)", description=plain,
                       uid="040000008200E00074C5B7101A82E00800000000C7D1A2F5B04FDD01000000000000000010000000"
                           "E3A9C5B1D7F24A6E8C0B2D4F6A1E3C59",
                       stamp="20261105T152044Z")
    body = alt(text(plain), calendar(ics, cte="base64"))
    headers = [
        ("Received", mx("mail-am6eur05on2105.outbound.protection.outlook.com", "40.107.22.105",
                        "2026-11-05 16:20:44", PAR, "Gm4tX8vRc2")),
        ("From", addr("Marc Delpech", "marc.delpech@midi-systemes.fr")),
        ("To", TO_ME),
        ("Subject", enc("Entretien annuel d'évaluation 2026 – Élodie Peyrusse")),
        ("Thread-Topic", enc("Entretien annuel d'évaluation 2026 – Élodie Peyrusse")),
        ("Date", date("2026-11-05 16:20:44", PAR)),
        ("Message-ID", "<AM6P192MB0519F7B2C4E19A0D3B5E6C8A1F2D4@AM6P192MB0519.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, body)
