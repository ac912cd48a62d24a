"""blind128: 50 hand-written mails from the inbox of Romain Chevalier, a pharmaceutical process
engineer in Lyon (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails) by a helper
session. Built and checked with ``python3 bench/heldout/make_blind.py blind128``.
Keys 1-23 are positives (written first), 24-50 negatives; file numbers are a fixed shuffle.
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1280128).sample(range(1, 51), 50)
ME = "romain.chevalier@example.org"
ME_FULL = addr("Romain Chevalier", ME)


def N(key: int) -> str:
    return f"blind128_{ORDER[key - 1]:03d}"


def mid(local: str, zone: str, tag: str, domain: str) -> str:
    stamp = utc(local, zone).replace("-", "").replace(":", "")
    return f"<{stamp}.{tag}@{domain}>"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org with ESMTPS id {ident}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_FULL,
         pre: tuple[tuple[str, str], ...] = (), post: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    return [*pre, ("From", frm), ("To", to), ("Subject", enc(subject, charset)),
            ("Date", date(when, zone)), ("Message-ID", msgid), *post]


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


VTZ_ZURICH = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Zurich")
VTZ_AMS = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")
VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


# =========================================================================== positives


# 1 ------------------------------------------------------------------ Greenhouse, Geneva
@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-10T12:00:00Z", end="2026-09-10T13:00:00Z",
           contact="aurelie.favre@lemanis-bio.ch", company="Lemanis Biologics",
           local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone="Europe/Zurich",
           note="Greenhouse confirmation, Geneva (Europe/Zurich, CEST): 2:00-3:00 PM CEST = 12:00-13:00Z; "
                "ICS in Europe/Zurich agrees; contact = human Reply-To (also ORGANIZER)")
def p01() -> bytes:
    when, z = "2026-09-07 10:12", "Europe/Zurich"
    body = t("""
        Hi Romain,

        Thanks for making time to speak with us. Your interview for Process Engineer - Upstream
        (Plan-les-Ouates) is confirmed:

        Thursday, September 10, 2026
        2:00 PM - 3:00 PM CEST (Geneva)

        Location: Lemanis Biologics, Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates
        Please ask for Aurélie at the front desk; bring an ID for the visitor badge.

        Interviewers:
          Stefan Imhof - Head of USP Operations
          Aurélie Favre - Talent Partner

        If you need to make a change, just reply to this email.

        Best,
        Aurélie Favre
        Lemanis Biologics

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Romain,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Process Engineer - Upstream
        (Plan-les-Ouates)</b> is confirmed:</p>
        <table cellpadding="4"><tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>
        2:00 PM - 3:00 PM CEST (Geneva)</td></tr>
        <tr><td><b>Where</b></td><td>Lemanis Biologics, Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates</td></tr>
        <tr><td><b>With</b></td><td>Stefan Imhof - Head of USP Operations<br>Aur&eacute;lie Favre - Talent Partner</td></tr>
        </table>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>Aur&eacute;lie Favre<br>Lemanis Biologics</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:gh-interview-8841203-2026@greenhouse.io
DTSTAMP:{stamp(when, z)}
DTSTART;TZID=Europe/Zurich:20260910T140000
DTEND;TZID=Europe/Zurich:20260910T150000
SUMMARY:Interview: Romain Chevalier - Process Engineer - Upstream
LOCATION:Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates
ORGANIZER;CN=Aurélie Favre:mailto:aurelie.favre@lemanis-bio.ch
ATTENDEE;CN=Romain Chevalier;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lemanis Biologics", "no-reply@greenhouse.io"),
              "Interview confirmation: Process Engineer - Upstream at Lemanis Biologics", when, z,
              mid(when, z, "gh8841203", "greenhouse.io"),
              pre=(rcv("o3.sg.greenhouse.io", "167.89.51.20", when, z, "GhA8kq2"),),
              post=(("Reply-To", addr("Aurélie Favre", "aurelie.favre@lemanis-bio.ch")),
                    ("X-SG-EID", "kq2ZbLr0Hn4vYx1Q8p3mJw=="),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# 2 ------------------------------------------------------------------ prose FR, Lyon, latin-1
@make.mail(N(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-12-08T07:30:00Z", contact="s.marchetti@berthelin-labs.fr",
           company="Laboratoires Berthelin", local="Tue 2026-12-08 08:30", zone="Europe/Paris",
           note="'le mardi 8 à 8h30' resolved against Date (Wed 2 Dec 2026): Tue 8 Dec, CET = 07:30Z; "
                "'environ 1h30' is approximate so end null; iso-8859-1 QP")
def p02() -> bytes:
    when, z = "2026-12-02 16:47", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Chevalier,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien avec
        M. Olivier Dufresne, directeur industriel, le mardi 8 à 8h30 sur notre site de Gerland
        (bâtiment B, 2e étage, 14 allée des Tilleuls, 69007 Lyon).

        Prévoyez environ 1h30 : l'entretien sera suivi d'une courte visite de l'atelier de
        répartition aseptique. Des chaussures fermées sont obligatoires.

        Merci de vous présenter à l'accueil un quart d'heure avant, muni d'une pièce d'identité.

        Bien cordialement,

        Sophie Marchetti
        Chargée de recrutement
        Laboratoires Berthelin
        04 72 00 41 18
        """)
    hs = head(addr("Sophie Marchetti", "s.marchetti@berthelin-labs.fr"),
              "Confirmation entretien - Ingénieur procédés (poste 2026-117)", when, z,
              mid(when, z, "4a1f", "berthelin-labs.fr"), charset="iso-8859-1",
              pre=(rcv("smtp.berthelin-labs.fr", "91.121.44.7", when, z, "Bt7731"),),
              post=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# 3 ------------------------------------------------------------------ Lever, London team
@make.mail(N(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-21T13:00:00Z", end="2026-09-21T13:45:00Z",
           contact="tom.achebe@halyardtx.co.uk", company="Halyard Therapeutics",
           local="Mon 2026-09-21 14:00", local_end="2026-09-21 14:45", zone="Europe/London",
           note="Lever confirmation; 2:00-2:45pm BST (UTC+1) = 13:00-13:45Z, the CEST line repeats it; "
                "ICS in UTC; contact = Reply-To recruiter")
def p03() -> bytes:
    when, z = "2026-09-15 09:30", "Europe/London"
    body = t("""
        Hi Romain,

        You're all set! Here are the details for your upcoming interview with Halyard Therapeutics.

        Role: Senior Process Engineer, Fill-Finish (Remote / UK-EU)
        Interview: Technical screen with Priya Shah (Head of Drug Product)
        When: Monday, September 21, 2:00pm - 2:45pm BST
              (3:00pm - 3:45pm CEST)
        Where: Microsoft Teams - a link will be in the calendar invite

        Need to reschedule? Reply to this email and Tom will help.

        Cheers,
        Tom Achebe
        Talent, Halyard Therapeutics

        --
        Sent via Lever
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-4f1a9c0e-77b2-4d1e-9a3e-halyard
DTSTAMP:{stamp(when, z)}
DTSTART:20260921T130000Z
DTEND:20260921T134500Z
SUMMARY:Halyard Therapeutics - Technical screen (Romain Chevalier)
LOCATION:Microsoft Teams
ORGANIZER;CN=Tom Achebe:mailto:tom.achebe@halyardtx.co.uk
ATTENDEE;CN=Romain Chevalier;RSVP=TRUE:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tom Achebe (via Lever)", "no-reply@hire.lever.co"),
              "Interview confirmed: Halyard Therapeutics", when, z,
              mid(when, z, "lv4f1a9c0e", "hire.lever.co"),
              pre=(rcv("mail-a12.hire.lever.co", "198.2.180.12", when, z, "LvQ01"),),
              post=(("Reply-To", addr("Tom Achebe", "tom.achebe@halyardtx.co.uk")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


# 4 ------------------------------------------------------------------ Workday, HTML only, base64
@make.mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-10-15T08:00:00Z", end="2026-10-15T09:30:00Z",
           contact="julie.ferrand@vialis-pharma.com", company="Vialis Pharma",
           local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:30", zone="Europe/Paris",
           note="Workday notification (HTML only, base64) from a system mailbox; 'jeudi 15 octobre 2026 "
                "de 10h00 à 11h30 (heure de Paris)', CEST = 08:00-09:30Z; contact = recruiter address "
                "in the body")
def p04() -> bytes:
    when, z = "2026-10-09 11:05", "Europe/Paris"
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Vialis Pharma</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial;font-size:14px">
        <tr><td style="background:#00477f;color:#fff;padding:16px"><b>Vialis Pharma</b> | Carrières</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Romain Chevalier,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste
        <b>Ingénieur procédés solides (F/H) - R-004512</b> à Saint-Priest.</p>
        <p><b>Date&nbsp;:</b> jeudi 15 octobre 2026<br>
        <b>Horaire&nbsp;:</b> de 10h00 à 11h30 (heure de Paris)<br>
        <b>Lieu&nbsp;:</b> Vialis Pharma, 8 rue de l'Industrie, 69800 Saint-Priest - accueil bâtiment A<br>
        <b>Participants&nbsp;:</b> Julie Ferrand (RH), Marc Oudin (Responsable production formes sèches)</p>
        <p>Pour toute question, vous pouvez contacter Julie Ferrand à
        <a href="mailto:julie.ferrand@vialis-pharma.com">julie.ferrand@vialis-pharma.com</a>.</p>
        <p>Vous pouvez consulter votre candidature dans votre
        <a href="https://vialis.wd3.myworkdayjobs.com/fr-FR/Careers/userHome">espace candidat</a>.</p>
        <p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Vialis Pharma", "vialis@myworkday.com"),
              "Invitation à un entretien - Ingénieur procédés solides (F/H) - R-004512", when, z,
              mid(when, z, "wd.R004512.88213", "myworkday.com"),
              pre=(rcv("mail.myworkday.com", "216.104.53.9", when, z, "Wd55e1"),),
              post=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


# 5 ------------------------------------------------------------------ Teamtailor, Annecy
@make.mail(N(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-11-09T10:00:00Z", end="2026-11-09T10:45:00Z",
           contact="marion.guillot@alpes-sterile.fr", company="Alpes Stérile Solutions",
           local="Mon 2026-11-09 11:00", local_end="2026-11-09 11:45", zone="Europe/Paris",
           note="Teamtailor invitation, 'lundi 9 novembre, 11h00 - 11h45', CET (after 25 Oct) = "
                "10:00-10:45Z; Reply-To and ORGANIZER are Teamtailor relays, contact = address in "
                "the signature")
def p05() -> bytes:
    when, z = "2026-11-03 14:20", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Merci pour votre candidature au poste d'Ingénieur validation procédés !

        Votre entretien est confirmé :

        📅 lundi 9 novembre, 11h00 - 11h45
        📍 Alpes Stérile Solutions, 12 avenue de Chambéry, 74600 Seynod (Annecy)
        👥 Marion Guillot (Talent Acquisition) et Rémi Baud (Responsable qualification)

        Le parking visiteurs est à gauche après la barrière.

        À bientôt,
        Marion Guillot
        Talent Acquisition - Alpes Stérile Solutions
        marion.guillot@alpes-sterile.fr
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Bonjour Romain,</p>
        <p>Merci pour votre candidature au poste d'Ingénieur validation procédés !</p>
        <p>Votre entretien est confirmé :</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:12px">
        📅 lundi 9 novembre, 11h00 - 11h45<br>
        📍 Alpes Stérile Solutions, 12 avenue de Chambéry, 74600 Seynod (Annecy)<br>
        👥 Marion Guillot (Talent Acquisition) et Rémi Baud (Responsable qualification)</div>
        <p>Le parking visiteurs est à gauche après la barrière.</p>
        <p>À bientôt,<br>Marion Guillot<br>Talent Acquisition - Alpes Stérile Solutions<br>
        <a href="mailto:marion.guillot@alpes-sterile.fr">marion.guillot@alpes-sterile.fr</a></p>
        <p style="font-size:12px;color:#999">Envoyé avec Teamtailor</p></div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:tt-meeting-5512094@teamtailor.com
DTSTAMP:{stamp(when, z)}
DTSTART;TZID=Europe/Paris:20261109T110000
DTEND;TZID=Europe/Paris:20261109T114500
SUMMARY:Entretien - Ingénieur validation procédés - Alpes Stérile Solutions
LOCATION:12 avenue de Chambéry, 74600 Seynod
ORGANIZER;CN=Alpes Stérile Solutions:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Romain Chevalier;RSVP=TRUE:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Marion Guillot - Alpes Stérile Solutions", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé - Alpes Stérile Solutions", when, z,
              mid(when, z, "tt5512094", "teamtailor-mail.com"),
              pre=(rcv("mta-14.teamtailor-mail.com", "52.29.114.3", when, z, "TtR90a"),),
              post=(("Reply-To", "reply+c5512094.f81e0a@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="entretien.ics", disposition="attachment",
                                      cte="base64")))


# 6 ------------------------------------------------------------------ Exchange, DST edge
@make.mail(N(6), family="exchange", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
           contact="nadia.belkacem@cerbel-industries.fr", company="Cerbel Industries",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone="Europe/Paris",
           note="Exchange meeting request (Romance Standard Time) sent Thu 22 Oct in CEST for Mon 26 Oct, "
                "the day after Europe falls back: 09:00 CET = 08:00Z (not 07:00Z); contact = sender/ORGANIZER")
def p06() -> bytes:
    when, z = "2026-10-22 17:41", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Comme convenu au téléphone, je vous envoie l'invitation pour l'entretien avec Laurent
        Vial (responsable méthodes) et moi-même. Attention, c'est juste après le passage à
        l'heure d'hiver !

        Nadia Belkacem
        Responsable RH - site de Saint-Étienne
        Cerbel Industries

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion
        ID de la réunion : 318 552 907 114
        Code secret : Lk7PzX
        Pour en savoir plus | Options de réunion
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Romain,</p>
        <p>Comme convenu au téléphone, je vous envoie l'invitation pour l'entretien avec Laurent Vial
        (responsable méthodes) et moi-même. Attention, c'est juste après le passage à l'heure d'hiver !</p>
        <p>Nadia Belkacem<br>Responsable RH - site de Saint-Étienne<br>Cerbel Industries</p>
        <div style="width:100%">________________________________________________________________________________<br>
        <span style="font-size:24px;color:#252424">Réunion Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VyYmVs%40thread.v2/0">Cliquez ici pour participer à la réunion</a><br>
        ID de la réunion : 318 552 907 114<br>Code secret : Lk7PzX</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Nadia Belkacem:mailto:nadia.belkacem@cerbel-industries.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Chevalier:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laurent Vial:mailto:laurent.vial@cerbel-industries.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Romain\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour l'entretien.\\n
UID:040000008200E00074C5B7101A82E00800000000D0C3A1F96A62DD01000000000000000010000000B7E2C1A9F0D34E4C8D2A
SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieur méthodes process - Romain Chevalier
DTSTART;TZID=Romance Standard Time:20261026T090000
DTEND;TZID=Romance Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, z)}
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nadia Belkacem", "nadia.belkacem@cerbel-industries.fr"),
              "Entretien - Ingénieur méthodes process - Romain Chevalier", when, z,
              "<PR3P192MB0718C2A94E0B1F3D5A2E19C3B8A62@PR3P192MB0718.EURP192.PROD.OUTLOOK.COM>",
              pre=(rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", when, z,
                       "Ex1a77"),),
              post=(("Thread-Topic", enc("Entretien - Ingénieur méthodes process - Romain Chevalier")),
                    ("Thread-Index", "AdsCb4i1mYx0qkYvQ1SNdg3gq0T6Pw=="),
                    ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, cte="base64", charset="utf-8")))


# 7 ------------------------------------------------------------------ Google Calendar, German, Basel
@make.mail(N(7), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-11-17T12:30:00Z", end="2026-11-17T13:30:00Z",
           contact="lukas.brunner@rheinfarma.ch", company="Rheinfarma AG",
           local="Tue 2026-11-17 13:30", local_end="2026-11-17 14:30", zone="Europe/Zurich",
           note="Google Calendar invitation in German, Basel: 'Di. 17. Nov. 2026 13:30 - 14:30 (MEZ)' "
                "= 12:30-13:30Z; contact = ORGANIZER (hiring manager)")
def p07() -> bytes:
    when, z = "2026-11-11 08:15", "Europe/Zurich"
    body = t("""
        Lukas Brunner hat Sie zu folgendem Termin eingeladen:

        Vorstellungsgespräch Romain Chevalier / Prozessingenieur Drug Substance
        Dienstag, 17. November 2026 · 13:30 - 14:30
        Zeitzone: Europe/Zurich

        Ort: Rheinfarma AG, Klybeckstrasse 141, 4057 Basel, Bau 8 / Sitzungszimmer Rhein

        Grüezi Herr Chevalier, wie besprochen das Gespräch mit mir und Frau Dr. Iten
        (Leiterin MSAT). Bitte melden Sie sich am Empfang Tor 3. Freundliche Grüsse, Lukas Brunner

        Organisator
        Lukas Brunner
        lukas.brunner@rheinfarma.ch

        Gäste
        Lukas Brunner - Organisator
        Martina Iten
        romain.chevalier@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie
        „Ja", „Nein" oder „Vielleicht" auswählen, wird Ihre Antwort an den Organisator gesendet.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Vorstellungsgespräch Romain Chevalier / Prozessingenieur Drug Substance</h2>
        <p><b>Wann</b><br>Dienstag, 17. November 2026 · 13:30 - 14:30 (Mitteleuropäische Normalzeit - Zürich)</p>
        <p><b>Ort</b><br>Rheinfarma AG, Klybeckstrasse 141, 4057 Basel, Bau 8 / Sitzungszimmer Rhein</p>
        <p>Grüezi Herr Chevalier, wie besprochen das Gespräch mit mir und Frau Dr. Iten (Leiterin MSAT).
        Bitte melden Sie sich am Empfang Tor 3. Freundliche Grüsse, Lukas Brunner</p>
        <p><b>Organisator</b><br>Lukas Brunner<br>lukas.brunner@rheinfarma.ch</p>
        <p><b>Gäste</b><br>Lukas Brunner - Organisator<br>Martina Iten<br>romain.chevalier@example.org</p>
        <p style="font-size:11px;color:#777">Einladung von Google Kalender</p></div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261117T133000
DTEND;TZID=Europe/Zurich:20261117T143000
DTSTAMP:{stamp(when, z)}
ORGANIZER;CN=Lukas Brunner:mailto:lukas.brunner@rheinfarma.ch
UID:6k3bq0c1ph8m2tq7v1e9r4s5ao@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martina Iten;X-NUM-GUESTS=0:mailto:martina.iten@rheinfarma.ch
CREATED:{stamp(when, z)}
DESCRIPTION:Grüezi Herr Chevalier\\, wie besprochen das Gespräch mit mir und Frau Dr. Iten (Leiterin MSAT).
LAST-MODIFIED:{stamp(when, z)}
LOCATION:Rheinfarma AG\\, Klybeckstrasse 141\\, 4057 Basel\\, Bau 8 / Sitzungszimmer Rhein
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Romain Chevalier / Prozessingenieur Drug Substance
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Einladung: Vorstellungsgespräch Romain Chevalier / Prozessingenieur Drug Substance "
            "@ Di. 17. Nov. 2026 13:30 - 14:30 (MEZ) (romain.chevalier@example.org)")
    hs = head(addr("Lukas Brunner", "lukas.brunner@rheinfarma.ch"), subj, when, z,
              "<calendar-3b1d0e6a-52f4-4c7d-a1c3-9e2d77a1b0c4@google.com>",
              pre=(rcv("mail-sor-f69.google.com", "209.85.220.69", when, z, "Gc5f02"),),
              post=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Lukas Brunner", "lukas.brunner@rheinfarma.ch"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


# 8 ------------------------------------------------------------------ prose EN, Boston, US DST edge
@make.mail(N(8), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T14:45:00Z",
           contact="jess.mcallister@quillfeather.bio", company="Quillfeather Bio",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone="America/New_York",
           note="Recruiter reply 'Tuesday at 10am ET' resolved against Date (Thu 22 Oct, EDT): Tue 27 Oct; "
                "US still on EDT (until 1 Nov) while Europe is on CET: 14:00Z = 3pm Lyon as she says; "
                "'45-minute video call' is an exact length")
def p08() -> bytes:
    when, z = "2026-10-22 11:20", "America/New_York"
    body = t("""
        Hi Romain,

        Great - you're confirmed for Tuesday at 10am ET with Dana Whitfield (VP, Manufacturing
        Science). It's a 45-minute video call; I'll send the Google Meet link separately.

        Heads up on the time: our clocks don't change until Nov 1, and yours change this
        weekend, so it's 3pm for you in Lyon, not 4pm.

        Talk soon,
        Jess

        Jess McAllister | Senior Technical Recruiter | Quillfeather Bio
        Cambridge, MA

        On Wed, Oct 21, 2026 at 4:52 PM Romain Chevalier <romain.chevalier@example.org> wrote:
        > Hi Jess,
        >
        > Thanks for reaching out. Tuesday morning your time works well for me, any slot
        > between 9 and 11 ET.
        >
        > Best regards,
        > Romain
        """)
    hs = head(addr("Jess McAllister", "jess.mcallister@quillfeather.bio"),
              "Re: Quillfeather Bio - Sr. Process Engineer (remote EU)", when, z,
              "<CAJq8vN3x+0TqM2Lw7rB1dY9eKp@mail.gmail.com>",
              pre=(rcv("mail-yw1-f170.google.com", "209.85.128.170", when, z, "Qf81c"),),
              post=(("In-Reply-To", "<8d2e11a0-5c7f-4b8e-bc19-0e4e3fb7a1d2@example.org>"),
                    ("References", "<8d2e11a0-5c7f-4b8e-bc19-0e4e3fb7a1d2@example.org>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# 9 ------------------------------------------------------------------ SmartRecruiters, Basel
@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T08:30:00Z", end="2026-12-03T09:30:00Z",
           contact="marta.keller@novalto.ch", company="Novalto Pharma",
           local="Thu 2026-12-03 09:30", local_end="2026-12-03 10:30", zone="Europe/Zurich",
           note="SmartRecruiters interview confirmation, Basel on-site, '9:30 AM - 10:30 AM CET' = "
                "08:30-09:30Z; no ICS; contact = human Reply-To")
def p09() -> bytes:
    when, z = "2026-11-30 15:02", "Europe/Zurich"
    body = t("""
        Dear Romain,

        Thank you for accepting our invitation. We are pleased to confirm your onsite interview
        for the position of Process Engineer - Aseptic Filling (Basel).

        Date: Thursday, December 3, 2026
        Time: 9:30 AM - 10:30 AM (CET)
        Address: Novalto Pharma AG, Hochbergerstrasse 60, 4057 Basel - Reception Building 2

        You will meet Reto Fankhauser (Head of Filling Operations) and Marta Keller
        (Talent Acquisition). Please bring a valid passport or ID card.

        Travelling from Lyon? The SBB station Basel SBB has a direct bus (line 36).

        Kind regards,
        Marta Keller
        Talent Acquisition Partner, Novalto Pharma AG

        This message was sent via SmartRecruiters on behalf of Novalto Pharma AG.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Novalto Pharma AG", "noreply@smartrecruiters.com"),
              "Interview Confirmation - Process Engineer - Aseptic Filling (Basel)", when, z,
              mid(when, z, "sr.7741aa2f", "smartrecruiters.com"),
              pre=(rcv("mail-out-3.smartrecruiters.com", "35.157.21.88", when, z, "Sr3d11"),),
              post=(("Reply-To", addr("Marta Keller", "marta.keller@novalto.ch")),))
    return message(hs, alt(text(body), html(page)))


# 10 ----------------------------------------------------------------- Personio, Grenoble
@make.mail(N(10), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-09-22T12:00:00Z", end="2026-09-22T13:00:00Z",
           contact="kevin.moreau@isere-fluidique.fr", company="Isère Fluidique",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone="Europe/Paris",
           note="Personio invitation with '22.09.2026, 14:00 - 15:00 (Europe/Paris)', CEST = 12:00-13:00Z; "
                "ICS in UTC; sender no-reply, contact = interlocutor address in body")
def p10() -> bytes:
    when, z = "2026-09-16 10:30", "Europe/Paris"
    body = t("""
        Bonjour Romain Chevalier,

        Merci pour l'intérêt que vous portez à Isère Fluidique. Nous avons le plaisir de vous
        inviter à un entretien.

        Poste : Ingénieur procédés microfluidique (CDI) - Grenoble
        Date : 22.09.2026
        Heure : 14:00 - 15:00 (Europe/Paris)
        Lieu : Isère Fluidique SAS, 5 rue des Martyrs, 38000 Grenoble (Presqu'île)

        Votre interlocuteur : Kévin Moreau - kevin.moreau@isere-fluidique.fr

        Vous trouverez en pièce jointe l'invitation à ajouter à votre calendrier.

        Cordialement,
        L'équipe recrutement d'Isère Fluidique

        --
        Cet e-mail a été envoyé via Personio. Merci de ne pas répondre directement.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-appointment-20260922-3318821
DTSTAMP:{stamp(when, z)}
DTSTART:20260922T120000Z
DTEND:20260922T130000Z
SUMMARY:Entretien : Ingénieur procédés microfluidique (CDI)
LOCATION:Isère Fluidique SAS\\, 5 rue des Martyrs\\, 38000 Grenoble
ORGANIZER;CN=Isère Fluidique:mailto:no-reply@personio.de
ATTENDEE;CN=Romain Chevalier:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Isère Fluidique SAS", "no-reply@personio.de"),
              "Invitation à un entretien - Ingénieur procédés microfluidique (CDI)", when, z,
              mid(when, z, "prs3318821", "personio.de"),
              pre=(rcv("out-07.mail.personio.de", "18.197.40.11", when, z, "Pe21c"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, filename="invitation.ics", disposition="attachment",
                                      method=None, ctype="application/ics", cte="8bit")))


# 11 ----------------------------------------------------------------- prose FR tu, phone, 'jeudi en huit'
@make.mail(N(11), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-15T15:00:00Z", contact="maxime@kinoa.bio", company="Kinoa Bioprocess",
           local="Thu 2026-10-15 17:00", zone="Europe/Paris",
           note="Founder's phone reply in tu: 'jeudi en huit, le 15, à 17 h' from Date Mon 5 Oct = "
                "Thu 15 Oct, CEST = 15:00Z; no length; contact = sender (personal first-name address, "
                "not a role box)")
def p11() -> bytes:
    when, z = "2026-10-05 22:14", "Europe/Paris"
    body = t("""
        Salut Romain,

        Top, merci pour ton retour rapide ! Go pour jeudi en huit, le 15, à 17 h chez nous
        (Bioparc, 60 av Rockefeller, 3e étage, sonne chez Kinoa). On sera avec Inès notre CTO,
        on parlera du scale-up de la ligne de perfusion et de ce que tu as fait chez Solvance.

        Si t'es en avance y a un café en bas, on descendra te chercher.

        A jeudi en huit donc
        Max

        Envoyé de mon iPhone

        > Le 5 oct. 2026 à 19:03, Romain Chevalier <romain.chevalier@example.org> a écrit :
        >
        > Bonjour Maxime,
        > Merci pour l'appel de ce midi. Je suis dispo la semaine du 12 en fin de journée,
        > idéalement à partir de 17 h (je sors du site de Saint-Fons à 16h30).
        > Bonne soirée,
        > Romain
        """)
    hs = head(addr("Maxime Roux", "maxime@kinoa.bio"), "Re: Kinoa - poste ingé procédés USP", when, z,
              "<A3F2C1D0-77B1-4E2A-9F55-2C8E1B4D0A7E@kinoa.bio>",
              pre=(rcv("mail-relay.ovh.net", "178.32.228.5", when, z, "Kn00e"),),
              post=(("In-Reply-To", "<c1b2a3f4-9e8d-4c7b-a6f5-e4d3c2b1a098@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


# 12 ----------------------------------------------------------------- prose Swiss French, Geneva, cp1252
@make.mail(N(12), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
           start="2026-10-08T12:15:00Z", end="2026-10-08T13:30:00Z",
           contact="corinne.rochat@saleve-pharma.ch", company="Salève Pharma",
           local="Thu 2026-10-08 14:15", local_end="2026-10-08 15:30", zone="Europe/Zurich",
           note="Geneva HR in Swiss French (windows-1252, 8bit): 'jeudi 8 octobre à 14h15', 'durera "
                "septante-cinq minutes' = exact length; CEST = 12:15-13:30Z; contact = sender")
def p12() -> bytes:
    when, z = "2026-10-02 16:30", "Europe/Zurich"
    body = t("""
        Bonjour Monsieur Chevalier,

        Je fais suite à notre entretien téléphonique de mardi et vous confirme volontiers notre
        rendez-vous du jeudi 8 octobre à 14h15, dans nos locaux de Plan-les-Ouates (route des
        Jeunes 35, 3e étage, réception Salève Pharma).

        L'entretien durera septante-cinq minutes : une heure avec M. Berset, responsable de la
        production stérile, puis un quart d'heure avec moi pour les questions pratiques
        (permis G, frontaliers, etc.).

        Depuis Lyon, comptez un peu plus de nonante minutes en voiture jusqu'à la douane de
        Bardonnex ; le parking visiteurs est au sous-sol.

        Je me réjouis de faire votre connaissance.

        Meilleures salutations,

        Corinne Rochat
        Responsable Ressources humaines
        Salève Pharma SA - Plan-les-Ouates
        +41 22 000 47 12
        """)
    hs = head(addr("Rochat Corinne", "corinne.rochat@saleve-pharma.ch", "windows-1252"),
              "Votre candidature - Ingénieur de production stérile", when, z,
              "<ZR0P278MB04216B1F2D7C8E91A4C5E6B2D9F03@ZR0P278MB0421.CHEP278.PROD.OUTLOOK.COM>",
              charset="windows-1252",
              pre=(rcv("CHE01-ZR0-obe.outbound.protection.outlook.com", "40.107.23.70", when, z,
                       "Sv4e19"),),
              post=(("Content-Language", "fr-CH"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# 13 ----------------------------------------------------------------- Zoom pasted block, Grenoble
@make.mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-11-30T10:00:00Z", end="2026-11-30T10:30:00Z",
           contact="priya.nair@cryonix-devices.com", company="Cryonix Devices",
           local="Mon 2026-11-30 11:00", local_end="2026-11-30 11:30", zone="Europe/Paris",
           note="Recruiter mail with a pasted Zoom invitation 'Nov 30, 2026 11:00 AM Paris'; CET = 10:00Z; "
                "'30-minute call' is an exact length; contact = sender")
def p13() -> bytes:
    when, z = "2026-11-24 17:05", "Europe/Paris"
    body = t("""
        Hi Romain,

        Thanks for the quick reply! Confirming our 30-minute call on Monday 30 November at
        11:00 (Paris time) with Arnaud Lefebvre, our Director of Process Development. Zoom
        details below.

        Best,
        Priya

        Priya Nair
        People & Talent | Cryonix Devices
        Inovallée, Montbonnot-Saint-Martin (Grenoble)

        ---

        Priya Nair is inviting you to a scheduled Zoom meeting.

        Topic: Cryonix | Romain Chevalier <> Arnaud Lefebvre
        Time: Nov 30, 2026 11:00 AM Paris

        Join Zoom Meeting
        https://cryonix.zoom.us/j/84120339571?pwd=Qm9sT2xWbHhwYlFjN0pCUT09

        Meeting ID: 841 2033 9571
        Passcode: 552031

        ---

        One tap mobile
        +33170372246,,84120339571#,,,,*552031# France
        +41315280988,,84120339571#,,,,*552031# Switzerland
        """)
    hs = head(addr("Priya Nair", "priya.nair@cryonix-devices.com"),
              "Re: Process Development Engineer - next step", when, z,
              "<DB9PR06MB7712A0C1E5F8B3D92C14A7E05B8C1@DB9PR06MB7712.eurprd06.prod.outlook.com>",
              pre=(rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.57", when, z,
                       "Cx9a0"),),
              post=(("In-Reply-To", "<5be0a1c2-d3e4-4f56-8a7b-9c0d1e2f3a4b@example.org>"),))
    return message(hs, text(body, cte="quoted-printable"))


# 14 ----------------------------------------------------------------- Microsoft Bookings, standard offset label
@make.mail(N(14), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-09-23T08:30:00Z", end="2026-09-23T09:15:00Z", contact=None,
           company="Dauphiné Biotech", local="Wed 2026-09-23 10:30", local_end="2026-09-23 11:15",
           zone="Europe/Paris",
           note="Microsoft Bookings confirmation; the body's zone label shows '(UTC+01:00) Bruxelles, ... Paris' "
                "although 23 Sep is CEST: 10:30-11:15 Paris = 08:30-09:15Z, which the ICS (Romance Standard "
                "Time) confirms; only a Bookings mailbox and a staff name, so contact null")
def p14() -> bytes:
    when, z = "2026-09-18 09:12", "Europe/Paris"
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Votre rendez-vous a été confirmé</p>
        <p>Bonjour Romain Chevalier,</p>
        <p>Merci d'avoir réservé un créneau auprès de <b>Dauphiné Biotech - Recrutement</b>.</p>
        <table cellpadding="3">
        <tr><td>Service</td><td>Entretien de préqualification - Ingénieur procédés</td></tr>
        <tr><td>Date</td><td>mercredi 23 septembre 2026</td></tr>
        <tr><td>Heure</td><td>10:30 - 11:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Membre du personnel</td><td>Élodie Garnier</td></tr>
        <tr><td>Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/DauphineBiotechRecrutement@dauphinebiotech.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px">Dauphiné Biotech, 7 parvis Louis Néel, 38000 Grenoble</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Dauphiné Biotech - Recrutement:mailto:DauphineBiotechRecrutement@dauphinebiotech.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Chevalier:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Entretien de préqualification - Ingénieur procédés
DTSTART;TZID=Romance Standard Time:20260923T103000
DTEND;TZID=Romance Standard Time:20260923T111500
UID:040000008200E00074C5B7101A82E008000000004B2E0F1A2F47DD01000000000000000010000000E51C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, z)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Dauphiné Biotech - Recrutement",
                   "DauphineBiotechRecrutement@dauphinebiotech.onmicrosoft.com"),
              "Rendez-vous confirmé : Entretien de préqualification - Ingénieur procédés", when, z,
              "<BK.a7c31e09-5d2f-4b8a-9e17-20260918@dauphinebiotech.onmicrosoft.com>",
              pre=(rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.119", when, z,
                       "Bk8e2"),),
              post=(("X-MS-Exchange-Organization-AuthAs", "Internal"),))
    return message(hs, mixed(html(page), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="base64")))


# 15 ----------------------------------------------------------------- forward to self, message/rfc822
@make.mail(N(15), family="forward_self", lang="fr", interview=True, kind="scheduled",
           start="2026-11-13T08:45:00Z", end="2026-11-13T09:45:00Z",
           contact="t.lenoir@ardent-process.fr", company="Ardent Process",
           local="Fri 2026-11-13 09:45", local_end="2026-11-13 10:45", zone="Europe/Paris",
           note="Candidate forwards to himself (example.net -> example.org) a recruiter confirmation as an "
                "attached message/rfc822: 'vendredi 13 novembre à 9h45 (durée : 1 heure)', CET = 08:45-09:45Z; "
                "sender is the candidate, contact = the recruiter in the attached message")
def p15() -> bytes:
    when, z = "2026-11-07 10:02", "Europe/Paris"
    o_when = "2026-11-06 18:20"
    inner_body = t("""
        Bonjour Monsieur Chevalier,

        Je vous confirme notre entretien le vendredi 13 novembre à 9h45 à notre siège de
        Saint-Étienne, 3 rue Javelin-Pagnon (durée : 1 heure). Vous rencontrerez également
        Mme Chazal, notre directrice technique.

        Bon week-end,

        Thibault Lenoir
        Directeur des opérations
        Ardent Process - Ingénierie & procédés pharma
        """)
    inner = message(head(addr("Thibault Lenoir", "t.lenoir@ardent-process.fr"),
                         "Entretien vendredi 13/11", o_when, z,
                         mid(o_when, z, "tl88", "ardent-process.fr"),
                         to=addr("Romain Chevalier", "romain.chevalier@example.net")),
                    text(inner_body))
    note = t("""
        à mettre dans l'agenda + prendre le dossier de validation nettoyage

        R.
        """)
    hs = head(addr("Romain Chevalier", "romain.chevalier@example.net"),
              "Fwd: Entretien vendredi 13/11", when, z,
              mid(when, z, "fwd13", "example.net"),
              pre=(rcv("smtp.example.net", "192.0.2.45", when, z, "Fw13"),))
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner, "Entretien vendredi 13_11.eml")))


# 16 ----------------------------------------------------------------- Ashby, Auckland team, UTC previous day
@make.mail(N(16), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-12-07T20:00:00Z", end="2026-12-07T21:00:00Z",
           contact="hannah.ropata@kowhaibio.co.nz", company="Kowhai Biologics",
           local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone="Pacific/Auckland",
           note="Ashby confirmation from an Auckland team: Tue 8 Dec 9:00-10:00 AM NZDT (UTC+13) = "
                "Mon 7 Dec 20:00-21:00Z, which the body also gives as Monday 9 PM CET; ICS in "
                "Pacific/Auckland; contact = Reply-To recruiter")
def p16() -> bytes:
    when, z = "2026-12-02 10:15", "Pacific/Auckland"
    body = t("""
        Kia ora Romain,

        Your interview is confirmed. We're looking forward to speaking with you!

        Process Engineer - Biologics Scale-up (Remote, EU hours overlap)
        Tuesday, December 8, 2026, 9:00 AM - 10:00 AM NZDT
        (that's Monday, December 7, 9:00 PM - 10:00 PM CET for you)

        Google Meet: https://meet.google.com/kwh-bqtr-pzm

        You'll meet with:
          Ari Te Whata - Head of Manufacturing
          Hannah Ropata - Talent Partner

        Questions? Just reply and it will reach Hannah Ropata.

        Ngā mihi,
        Kowhai Biologics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Kia ora Romain,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Process Engineer - Biologics Scale-up (Remote, EU hours overlap)</b><br>
        Tuesday, December 8, 2026, 9:00 AM - 10:00 AM NZDT<br>
        (that's Monday, December 7, 9:00 PM - 10:00 PM CET for you)<br>
        Google Meet: <a href="https://meet.google.com/kwh-bqtr-pzm">meet.google.com/kwh-bqtr-pzm</a></p>
        <p>You'll meet with:<br>Ari Te Whata - Head of Manufacturing<br>Hannah Ropata - Talent Partner</p>
        <p>Questions? Just reply and it will reach Hannah Ropata.</p>
        <p>Ngā mihi,<br>Kowhai Biologics Recruiting</p></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:ashby-9b0e4c2a-3f1d-4e6b-8a7c-kowhai
DTSTAMP:{stamp(when, z)}
DTSTART;TZID=Pacific/Auckland:20261208T090000
DTEND;TZID=Pacific/Auckland:20261208T100000
SEQUENCE:0
SUMMARY:Kowhai Biologics - Process Engineer - Biologics Scale-up Interview
LOCATION:https://meet.google.com/kwh-bqtr-pzm
ORGANIZER;CN=Hannah Ropata:mailto:hannah.ropata@kowhaibio.co.nz
ATTENDEE;CN=Romain Chevalier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kowhai Biologics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Process Engineer - Biologics Scale-up at Kowhai Biologics", when, z,
              "<0100019a1b2c3d4e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@email.amazonses.com>",
              pre=(rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", when, z, "As7k1"),),
              post=(("Reply-To", addr("Hannah Ropata", "hannah.ropata@kowhaibio.co.nz")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# 17 ----------------------------------------------------------------- Workable reschedule, Amsterdam
@make.mail(N(17), family="workable", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T12:30:00Z", end="2026-10-16T13:30:00Z",
           contact="sanne.devries@corallis.eu", company="Corallis Pharma",
           local="Fri 2026-10-16 14:30", local_end="2026-10-16 15:30", zone="Europe/Amsterdam",
           note="Workable reschedule stating the previous (Wed 14 Oct 10:00) and the new slot "
                "'Fri, Oct 16, 2026 2:30 PM - 3:30 PM CEST' = 12:30-13:30Z; ICS SEQUENCE:1 in UTC; Reply-To is "
                "a Workable relay, contact = recruiter address in the body")
def p17() -> bytes:
    when, z = "2026-10-12 13:40", "Europe/Amsterdam"
    body = t("""
        Hi Romain,

        Your interview for Senior MSAT Engineer at Corallis Pharma has been rescheduled.

        Previous time: Wed, Oct 14, 2026 10:00 AM - 11:00 AM CEST
        New time:      Fri, Oct 16, 2026 2:30 PM - 3:30 PM CEST

        Interviewers: Joost Verhoeven, Sanne de Vries
        Location: Video call (link in the calendar invitation)

        Sorry for the change - Joost has to be on the shop floor for a deviation review on
        Wednesday. If the new time doesn't suit you, write to me at sanne.devries@corallis.eu.

        Best regards,
        Sanne de Vries
        Recruiter, Corallis Pharma (Leiden)

        ---
        Powered by Workable
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7b31c0d2e4@workable.com
DTSTAMP:{stamp(when, z)}
SEQUENCE:1
DTSTART:20261016T123000Z
DTEND:20261016T133000Z
SUMMARY:Interview: Romain Chevalier for Senior MSAT Engineer
ORGANIZER;CN=Corallis Pharma:mailto:corallis-pharma+c7b31c0d2e4@candidates.workablemail.com
ATTENDEE;CN=Romain Chevalier;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Corallis Pharma", "noreply@candidates.workablemail.com"),
              "Interview rescheduled: Senior MSAT Engineer at Corallis Pharma", when, z,
              mid(when, z, "wk7b31c0d2e4", "workablemail.com"),
              pre=(rcv("mail-out.workablemail.com", "50.31.36.204", when, z, "Wk2f"),),
              post=(("Reply-To", "corallis-pharma+c7b31c0d2e4@candidates.workablemail.com"),))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# 18 ----------------------------------------------------------------- prose FR reschedule, Parisian
@make.mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-19T14:00:00Z", contact="claire.vasseur@delorme-sante.fr",
           company="Maison Delorme Santé", local="Thu 2026-11-19 15:00", zone="Europe/Paris",
           note="Recruiter moves 'mercredi 18 à 15h' to 'jeudi 19 novembre, même heure' (quoted thread has "
                "the old confirmation); CET = 14:00Z; no length; contact = sender")
def p18() -> bytes:
    when, z = "2026-11-16 09:05", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Petit contretemps de notre côté : Jean-Marc Aubry est retenu en comité de direction
        mercredi après-midi. Je me permets donc de décaler notre entretien de mercredi 18 à 15h
        au jeudi 19 novembre, même heure, même lien Teams. Je vous renvoie l'invitation dans la
        foulée.

        Toutes mes excuses pour ce changement, et n'hésitez pas à me dire si jamais cela ne vous
        arrangeait pas.

        Belle journée,
        Claire

        Claire Vasseur
        Talent Acquisition Manager - Maison Delorme Santé
        75008 Paris | 06 12 00 88 41

        De : Claire Vasseur <claire.vasseur@delorme-sante.fr>
        Envoyé : jeudi 12 novembre 2026 11:32
        À : Romain Chevalier <romain.chevalier@example.org>
        Objet : Entretien - Responsable industrialisation (site de Lyon-Vaise)

        Bonjour Romain,

        Je vous confirme notre entretien avec Jean-Marc Aubry, directeur des opérations, le
        mercredi 18 novembre à 15h en visio (Teams).

        Bien à vous,
        Claire
        """)
    hs = head(addr("Claire Vasseur", "claire.vasseur@delorme-sante.fr"),
              "RE: Entretien - Responsable industrialisation (site de Lyon-Vaise)", when, z,
              "<PAZP264MB31A7C8D2E0F41B6A9E3D57C20A1B@PAZP264MB31A7.FRAP264.PROD.OUTLOOK.COM>",
              pre=(rcv("FRA01-PR2-obe.outbound.protection.outlook.com", "40.107.12.88", when, z,
                       "Dl5c3"),),
              post=(("Thread-Topic", "Entretien - Responsable industrialisation (site de Lyon-Vaise)"),
                    ("In-Reply-To", "<PAZP264MB31A7C8D2E0F41B6A9E3D57C20A00@PAZP264MB31A7.FRAP264.PROD.OUTLOOK.COM>")))
    page = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page)))


# 19 ----------------------------------------------------------------- Google Calendar update, FR
@make.mail(N(19), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-12-04T09:00:00Z", end="2026-12-04T10:00:00Z",
           contact="hugo.perrin@biotexa.fr", company="Biotexa",
           local="Fri 2026-12-04 10:00", local_end="2026-12-04 11:00", zone="Europe/Paris",
           note="Google Calendar 'Invitation mise à jour' (SEQUENCE:2): moved from jeu. 3 déc. 16:00 to "
                "ven. 4 déc. 10:00-11:00 (CET) = 09:00-10:00Z; contact = ORGANIZER")
def p19() -> bytes:
    when, z = "2026-11-27 18:33", "Europe/Paris"
    body = t("""
        Cet événement a été modifié

        Entretien technique - Romain Chevalier (Ingénieur procédés biotech)
        Date/heure modifiée
        vendredi 4 déc. 2026 · 10:00 - 11:00
        Ancienne date : jeudi 3 déc. 2026 · 16:00 - 17:00
        Heure normale d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/bxt-ewpa-ruq

        Hugo : désolé, la salle blanche est en requalification jeudi, on passe à vendredi matin.

        Organisateur
        Hugo Perrin
        hugo.perrin@biotexa.fr

        Invités
        Hugo Perrin - organisateur
        Alix Fournier
        romain.chevalier@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = "<div style=\"font-family:Roboto,Arial\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</div>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261204T100000
DTEND;TZID=Europe/Paris:20261204T110000
DTSTAMP:{stamp(when, z)}
ORGANIZER;CN=Hugo Perrin:mailto:hugo.perrin@biotexa.fr
UID:1q9f3ko7b2c0s8d4e6h5j7l2m0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alix Fournier;X-NUM-GUESTS=0:mailto:alix.fournier@biotexa.fr
DESCRIPTION:Hugo : désolé\\, la salle blanche est en requalification jeudi\\, on passe à vendredi matin.
LAST-MODIFIED:{stamp(when, z)}
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Entretien technique - Romain Chevalier (Ingénieur procédés biotech)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Invitation mise à jour : Entretien technique - Romain Chevalier (Ingénieur procédés "
            "biotech) @ ven. 4 déc. 2026 10:00 - 11:00 (CET) (romain.chevalier@example.org)")
    hs = head(addr("Hugo Perrin", "hugo.perrin@biotexa.fr"), subj, when, z,
              "<calendar-8e0c2f71-6a3b-4d9e-b5c1-7f2e0a9d3c61@google.com>",
              pre=(rcv("mail-sor-f73.google.com", "209.85.220.73", when, z, "Bx44d"),),
              post=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", addr("Hugo Perrin", "hugo.perrin@biotexa.fr"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# 20 ----------------------------------------------------------------- iCIMS reschedule, Basel, HTML only
@make.mail(N(20), family="icims", lang="en", interview=True, kind="rescheduled",
           start="2026-11-25T09:00:00Z", end="2026-11-25T10:30:00Z",
           contact="anja.meier@rhenovia.com", company="Rhenovia Pharmaceuticals",
           local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:30", zone="Europe/Zurich",
           note="iCIMS HTML-only reschedule 'from Tuesday, November 24 at 1:00 PM to Wednesday, November 25, "
                "10:00 AM - 11:30 AM (Central European Time)' = 09:00-10:30Z; contact = coordinator address in body")
def p20() -> bytes:
    when, z = "2026-11-19 16:48", "Europe/Zurich"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial;font-size:10pt">
        <p>Dear Romain,</p>
        <p>Please note that your interview for <b>Process Engineer II, Biologics Drug Substance (Req ID
        2026-1187)</b> has been rescheduled.</p>
        <p><s>Tuesday, November 24, 2026 at 1:00 PM</s><br>
        <b>Wednesday, November 25, 2026, 10:00 AM &ndash; 11:30 AM (Central European Time)</b></p>
        <p>Location: Rhenovia Pharmaceuticals, Grenzacherstrasse 200, 4058 Basel &ndash; Building 97, Room 3.14<br>
        Panel: Dr. Felix Gerber, Chantal Roux, Anja Meier</p>
        <p>Should you have any questions, please contact Anja Meier, Recruiting Coordinator
        (anja.meier@rhenovia.com).</p>
        <p>Kind regards,<br>Rhenovia Talent Acquisition</p>
        <p style="font-size:8pt;color:gray">This email was sent from an unmonitored mailbox. Powered by iCIMS.</p>
        </body></html>
        """)
    hs = head(addr("Rhenovia Talent Acquisition", "rhenovia@talent.icims.com"),
              "Updated interview details - Process Engineer II (2026-1187)", when, z,
              mid(when, z, "ic20261187", "talent.icims.com"),
              pre=(rcv("mta2.icims.com", "64.94.96.21", when, z, "Ic9d"),))
    return message(hs, html(page, charset="windows-1252"))


# 21 ----------------------------------------------------------------- Exchange cancel, Geneva (thread with 12)
@make.mail(N(21), family="exchange", lang="fr-CH", interview=True, kind="cancelled",
           start="2026-10-21T08:00:00Z", end="2026-10-21T09:00:00Z",
           contact="corinne.rochat@saleve-pharma.ch", company="Salève Pharma",
           local="Wed 2026-10-21 10:00", local_end="2026-10-21 11:00", zone="Europe/Zurich",
           note="Exchange METHOD:CANCEL (W. Europe Standard Time) for the second interview mercredi 21 octobre "
                "10:00-11:00; the body's '(UTC+01:00) Amsterdam, Berlin, Berne...' label shows the standard "
                "offset but 21 Oct is CEST: 08:00-09:00Z, as the ICS says; position frozen, no new time; "
                "contact = ORGANIZER/sender")
def p21() -> bytes:
    when, z = "2026-10-13 11:00", "Europe/Zurich"
    body = t("""
        Quand : mercredi, 21 octobre 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Salève Pharma, Plan-les-Ouates - salle Arve

        *~*~*~*~*~*~*~*~*~*

        Bonjour Monsieur Chevalier,

        C'est avec regret que je dois annuler notre deuxième entretien : suite à une
        réorganisation du département, le poste d'ingénieur de production stérile est gelé
        jusqu'à nouvel avis. Je reviendrai vers vous dès que j'en saurai davantage.

        Avec mes excuses et mes meilleures salutations,
        Corinne Rochat
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Rochat Corinne:mailto:corinne.rochat@saleve-pharma.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Chevalier:mailto:{ME}
SUMMARY;LANGUAGE=fr-CH:Annulé : 2e entretien - R. Chevalier - Ingénieur production stérile
DTSTART;TZID=W. Europe Standard Time:20261021T100000
DTEND;TZID=W. Europe Standard Time:20261021T110000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0E1
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:{stamp(when, z)}
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:Salève Pharma\\, Plan-les-Ouates - salle Arve
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Rochat Corinne", "corinne.rochat@saleve-pharma.ch"),
              "Annulé : 2e entretien - R. Chevalier - Ingénieur production stérile", when, z,
              "<ZR0P278MB0421A7B8C9D0E1F2A3B4C5D6E7F80@ZR0P278MB0421.CHEP278.PROD.OUTLOOK.COM>",
              pre=(rcv("CHE01-GV0-obe.outbound.protection.outlook.com", "40.107.23.61", when, z,
                       "Sv7c0"),),
              post=(("Importance", "high"), ("X-MS-Has-Attach", ""),
                    ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           calendar(ics, method="CANCEL", cte="base64")))


# 22 ----------------------------------------------------------------- prose FR cancel + proposed new slot
@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-01T13:00:00Z", contact="fabien.girard@lumifil-medical.fr",
           company="Lumifil Médical", local="Tue 2026-12-01 14:00", zone="Europe/Paris",
           note="Cancels 'notre entretien de demain mardi 1er décembre à 14h' (Date Mon 30 Nov, CET = 13:00Z) "
                "and only proposes 'jeudi 3 à 10h' pending the candidate's answer, so cancelled with the "
                "cancelled slot; contact = sender")
def p22() -> bytes:
    when, z = "2026-11-30 08:12", "Europe/Paris"
    body = t("""
        Bonjour M. Chevalier,

        Je suis au regret de devoir annuler notre entretien de demain mardi 1er décembre à 14h :
        notre directeur de site, qui devait y participer, est souffrant.

        Seriez-vous disponible jeudi 3 à 10h à la place ? Je vous renverrai une confirmation dès
        que j'aurai votre retour.

        Encore désolé pour ce contretemps.

        Cordialement,
        Fabien Girard
        Responsable RH
        Lumifil Médical - Argonay (74)
        """)
    hs = head(addr("Fabien Girard", "fabien.girard@lumifil-medical.fr"),
              "Annulation entretien du 01/12", when, z,
              mid(when, z, "fg0112", "lumifil-medical.fr"),
              pre=(rcv("smtp-out.lumifil-medical.fr", "185.24.9.14", when, z, "Lm3a"),),
              post=(("X-Mailer", "Zimbra 10.0.6_GA_4650 (ZimbraWebClient - FF132)"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


# 23 ----------------------------------------------------------------- softgarden cancel, German, Basel
@make.mail(N(23), family="softgarden", lang="de", interview=True, kind="cancelled",
           start="2026-12-16T08:00:00Z", end="2026-12-16T09:00:00Z",
           contact="sabine.vogt@dreiland-chemie.ch", company="Dreiland Chemie",
           local="Wed 2026-12-16 09:00", local_end="2026-12-16 10:00", zone="Europe/Zurich",
           note="softgarden cancellation in German: 'Mittwoch, 16.12.2026, 09:00 - 10:00 Uhr' (MEZ) = "
                "08:00-09:00Z, position filled internally, no new time; ICS METHOD:CANCEL; contact = person "
                "named in the body")
def p23() -> bytes:
    when, z = "2026-12-11 14:00", "Europe/Zurich"
    body = t("""
        Sehr geehrter Herr Chevalier

        Leider müssen wir Ihren Interviewtermin für die Position «Verfahrensingenieur
        Wirkstoffproduktion (m/w/d)» am Mittwoch, 16.12.2026, 09:00 - 10:00 Uhr absagen.
        Die Stelle konnte kurzfristig intern besetzt werden.

        Wir bedauern dies sehr und bedanken uns für Ihr Interesse an der Dreiland Chemie AG.
        Für Rückfragen steht Ihnen Sabine Vogt (sabine.vogt@dreiland-chemie.ch) gerne zur Verfügung.

        Freundliche Grüsse
        Ihr Recruiting-Team der Dreiland Chemie AG

        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Interview//DE
METHOD:CANCEL
{VTZ_ZURICH}
BEGIN:VEVENT
UID:sg-interview-40911873@softgarden.io
DTSTAMP:{stamp(when, z)}
SEQUENCE:1
DTSTART;TZID=Europe/Zurich:20261216T090000
DTEND;TZID=Europe/Zurich:20261216T100000
SUMMARY:Interview Verfahrensingenieur Wirkstoffproduktion (m/w/d)
ORGANIZER;CN=Dreiland Chemie AG:mailto:noreply@softgarden.io
ATTENDEE;CN=Romain Chevalier:mailto:{ME}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Dreiland Chemie AG", "noreply@softgarden.io"),
              "Absage Ihres Interviewtermins - Verfahrensingenieur Wirkstoffproduktion (m/w/d)",
              when, z, mid(when, z, "sg40911873", "softgarden.io"),
              pre=(rcv("mx-out-2.softgarden.io", "185.140.112.40", when, z, "Sg5e"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="CANCEL", filename="absage.ics",
                                      disposition="attachment", cte="base64")))


# =========================================================================== negatives


# 24 ----------------------------------------------------------------- job centre convocation
@make.mail(N(24), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="France Travail convocation to an 'entretien de suivi' with a fixed time: a job-centre "
                "appointment, not a job interview")
def n24() -> bytes:
    when, z = "2026-09-08 07:02", "Europe/Paris"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>France Travail</b> - Agence Lyon Part-Dieu</p>
        <p>Bonjour Monsieur CHEVALIER Romain,</p>
        <p>Vous êtes convoqué(e) à un <b>entretien de suivi</b> avec votre conseiller(ère),
        Mme Delphine Arnaud :</p>
        <p><b>le jeudi 17 septembre 2026 à 09h15</b><br>
        Agence Lyon Part-Dieu - 25 rue de la Villette, 69003 Lyon</p>
        <p>Merci de vous munir de votre pièce d'identité et de votre CV à jour.
        En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel.</p>
        <p>Attention : l'absence non justifiée à un rendez-vous peut entraîner une radiation de la liste
        des demandeurs d'emploi.</p>
        <p>Identifiant : 4412873R</p>
        <p style="font-size:11px;color:#666">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation - Entretien avec votre conseiller le 17/09/2026", when, z,
              mid(when, z, "conv4412873", "francetravail.fr"),
              pre=(rcv("smtp-sortant.francetravail.fr", "185.50.108.20", when, z, "Ft1b"),))
    return message(hs, html(page, cte="quoted-printable"))


# 25 ----------------------------------------------------------------- journalist interviewing him
@make.mail(N(25), family="press_interview", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="A trade-magazine journalist confirms a phone interview with Romain (as an expert) on "
                "mardi 20 octobre à 11h: fixed time, but press, not a job interview")
def n25() -> bytes:
    when, z = "2026-10-14 12:48", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Merci d'avoir accepté ! C'est donc calé : interview téléphonique mardi 20 octobre à 11h,
        une demi-heure environ, pour notre dossier « Fabrication en continu : où en sont les
        sites français ? ». Je vous appelle au 06 que vous m'avez donné.

        Je vous enverrai la citation pour relecture avant publication (parution prévue dans le
        numéro de décembre).

        Bien cordialement,

        Mathilde Carrier
        Journaliste - Procédés & Industrie Pharma
        """)
    hs = head(addr("Mathilde Carrier", "m.carrier@procedes-industrie.fr"),
              "Interview pour notre dossier fabrication en continu", when, z,
              mid(when, z, "mc2010", "procedes-industrie.fr"),
              pre=(rcv("smtp.procedes-industrie.fr", "62.210.16.61", when, z, "Pi7d"),))
    return message(hs, text(body, cte="8bit"))


# 26 ----------------------------------------------------------------- podcast recording confirmed
@make.mail(N(26), family="podcast", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Podcast guest recording confirmed for Thursday, November 5, 6:00 PM CET with ICS: a fixed "
                "time, but a podcast interview, not a job interview")
def n26() -> bytes:
    when, z = "2026-10-29 20:10", "Europe/Paris"
    body = t("""
        Hi Romain,

        You're booked! Thanks for agreeing to come on The Clean Room Chronicles.

        Episode: "Scaling up perfusion without losing your mind"
        Recording: Thursday, November 5, 2026, 6:00 PM - 7:00 PM CET
        Studio link: https://riverside.fm/studio/clean-room-chronicles

        Interview format: 40 minutes of conversation with our host Ben Okafor, then 10 minutes
        of listener questions. Please use headphones and a wired connection if you can.

        Cheers,
        The Clean Room Chronicles team
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SavvyCal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:savvycal-ccr-ep112-chevalier
DTSTAMP:{stamp(when, z)}
DTSTART:20261105T170000Z
DTEND:20261105T180000Z
SUMMARY:Podcast recording - The Clean Room Chronicles (Romain Chevalier)
LOCATION:https://riverside.fm/studio/clean-room-chronicles
ORGANIZER;CN=Ben Okafor:mailto:ben@cleanroomchronicles.fm
ATTENDEE;CN=Romain Chevalier:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("The Clean Room Chronicles", "bookings@savvycal.com"),
              "Confirmed: Podcast interview recording with Ben Okafor", when, z,
              mid(when, z, "svc112", "savvycal.com"),
              pre=(rcv("mail.savvycal.com", "149.72.200.15", when, z, "Sc1a"),),
              post=(("Reply-To", "ben@cleanroomchronicles.fm"),))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# 27 ----------------------------------------------------------------- executive MBA admission interview
@make.mail(N(27), family="admission_interview", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Executive MBA admission interview 'samedi 14 novembre à 10h30' with ICS: a school "
                "admission, not a job interview")
def n27() -> bytes:
    when, z = "2026-11-05 15:30", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Nous avons le plaisir de vous confirmer votre entretien d'admission à l'Executive MBA
        (promotion 2027) de Fourvière Business School :

        Samedi 14 novembre 2026, de 10h30 à 11h15
        Campus de Lyon - 9 quai Saint-Vincent, 69001 Lyon, salle Saône

        Le jury sera composé de la directrice du programme et d'un alumnus. Merci de prévoir
        une présentation de 5 minutes de votre projet professionnel.

        Le Service Admissions
        Fourvière Business School
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fourviere BS//Admissions//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:fbs-emba-2027-adm-0318
DTSTAMP:{stamp(when, z)}
DTSTART;TZID=Europe/Paris:20261114T103000
DTEND;TZID=Europe/Paris:20261114T111500
SUMMARY:Entretien d'admission Executive MBA
LOCATION:9 quai Saint-Vincent\\, 69001 Lyon
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Fourvière Business School - Admissions", "admissions@fourviere-bs.fr"),
              "Votre entretien d'admission - Executive MBA 2027", when, z,
              mid(when, z, "adm0318", "fourviere-bs.fr"),
              pre=(rcv("mail.fourviere-bs.fr", "51.91.12.8", when, z, "Fb2c"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", filename="entretien.ics",
                                      disposition="attachment", cte="quoted-printable")))


# 28 ----------------------------------------------------------------- volley club try-out
@make.mail(N(28), family="sports_tryout", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-09"),),
           note="Volleyball club confirms a try-out session 'mercredi 9 à 20h30': fixed time, not a job")
def n28() -> bytes:
    when, z = "2026-09-03 21:37", "Europe/Paris"
    body = t("""
        Salut Romain,

        Ok pour l'essai ! Viens mercredi 9 à 20h30 au gymnase Chanfray (rue Hénon, à la
        Croix-Rousse), l'équipe 2 s'entraîne jusqu'à 22h30. Prends tes genouillères et une
        bouteille d'eau, on te prête un maillot. Si ça colle avec le groupe on fera ta licence
        dans la foulée (certificat médical obligatoire).

        A mercredi, et t'inquiète c'est un entraînement normal, pas un entretien d'embauche :)

        Fred
        Coach équipe 2 - Volley Club Croix-Rousse
        """)
    hs = head(addr("Frédéric Blanc", "fred.blanc.volley@example.net"),
              "Re: essai volley équipe 2", when, z,
              "<CAMx7zQw3H0e+Rr1pL9kTnB2@mail.gmail.com>",
              pre=(rcv("mail-wr1-f52.google.com", "209.85.221.52", when, z, "Vb0e"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# 29 ----------------------------------------------------------------- car service
@make.mail(N(29), family="car_service", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-09-25"),),
           note="Garage workshop appointment 'vendredi 25 septembre 2026 à 08h00': fixed time, not an interview")
def n29() -> bytes:
    when, z = "2026-09-19 10:44", "Europe/Paris"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3>Confirmation de votre rendez-vous atelier</h3>
        <p>Bonjour M. CHEVALIER,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <ul><li>Date : vendredi 25 septembre 2026 à 08h00</li>
        <li>Prestation : révision 60 000 km + remplacement plaquettes AV</li>
        <li>Véhicule : Peugeot 308 SW - immatriculation FG-418-KR</li>
        <li>Durée estimée d'immobilisation : 4h</li></ul>
        <p>Garage des Brotteaux - 112 boulevard des Belges, 69006 Lyon - 04 78 00 19 62</p>
        <p>Un véhicule de courtoisie vous attendra.</p>
        </body></html>
        """)
    hs = head(addr("Garage des Brotteaux", "atelier@garage-brotteaux.fr"),
              "Confirmation de rendez-vous atelier - 25/09/2026", when, z,
              mid(when, z, "rdv2509", "garage-brotteaux.fr"),
              pre=(rcv("smtp.garage-brotteaux.fr", "213.186.33.4", when, z, "Gb1f"),))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


# 30 ----------------------------------------------------------------- mock interview via Calendly
@make.mail(N(30), family="mock_interview", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Calendly booking with a career coach for a 'Simulation d'entretien' on mercredi 14 octobre "
                "18:30: a confirmed time, but a mock interview, not a job interview")
def n30() -> bytes:
    when, z = "2026-10-12 09:20", "Europe/Paris"
    body = t("""
        Bonjour Romain Chevalier,

        Un nouvel événement a été programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Invité :
        Agnès Morel - Cap Carrière Coaching

        Date et heure de l'événement :
        18:30 - 19:30, mercredi 14 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Zoom - le lien vous sera envoyé par Agnès

        Réponses aux questions :
        Pour quel poste voulez-vous vous entraîner ? Ingénieur procédés sénior (entretien
        chez un fabricant de vaccins la semaine suivante)

        Annuler ou reprogrammer : https://calendly.com/cancellations/7f0e1a2b

        Propulsé par Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f0e1a2b-ccar-4d1e-9a6f-calendly
DTSTAMP:{stamp(when, z)}
DTSTART:20261014T163000Z
DTEND:20261014T173000Z
SUMMARY:Simulation d'entretien d'embauche (60 min) - Romain Chevalier
ORGANIZER;CN=Agnès Morel:mailto:agnes@capcarriere-coaching.fr
ATTENDEE;CN=Romain Chevalier:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nouvel événement : Romain Chevalier - 18:30 mer. 14 oct. 2026 - Simulation d'entretien "
              "d'embauche (60 min)", when, z, mid(when, z, "cal7f0e1a2b", "calendly.com"),
              pre=(rcv("o1.email.calendly.com", "167.89.100.21", when, z, "Cl9a"),),
              post=(("Reply-To", addr("Agnès Morel", "agnes@capcarriere-coaching.fr")),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="8bit")))


# 31 ----------------------------------------------------------------- recruiter proposes times
@make.mail(N(31), family="proposed_times", lang="en", interview=False, company="Vireon Cell Therapy",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
           note="Recruiter proposes 'Would Tuesday at 10 work? Otherwise Wednesday 2pm' - nothing confirmed yet")
def n31() -> bytes:
    when, z = "2026-11-05 16:02", "Europe/Zurich"
    body = t("""
        Hi Romain,

        Thanks for sending over your availability. Our Head of CMC, Dr. Lara Moser, would love
        to have a first chat. Would Tuesday at 10 work (10 Nov, Geneva time)? Otherwise she
        could do Wednesday 11 Nov at 2pm.

        Let me know which one suits you and I'll send a calendar invite with the Teams link.

        Best,
        Nils Andersson
        Talent Acquisition Lead | Vireon Cell Therapy | Geneva
        """)
    hs = head(addr("Nils Andersson", "nils.andersson@vireon-ct.com"),
              "RE: Process Engineer CMC - first conversation", when, z,
              "<GV0P278MB0112F3E4D5C6B7A8091A2B3C4D5E6@GV0P278MB0112.CHEP278.PROD.OUTLOOK.COM>",
              pre=(rcv("CHE01-GV0-obe.outbound.protection.outlook.com", "40.107.23.44", when, z,
                       "Vc2b"),))
    return message(hs, text(body, cte="7bit"))


# 32 ----------------------------------------------------------------- spouse forwards her own interview
@make.mail(N(32), family="forwarded_other", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Romain's wife forwards HER OWN Greenhouse interview confirmation (jeudi 8 octobre 14h) to ask "
                "him to pick up their son: a confirmed interview, but not the inbox owner's")
def n32() -> bytes:
    when, z = "2026-10-02 12:26", "Europe/Paris"
    body = t("""
        Mon cœur,

        Regarde, j'ai décroché l'entretien chez Pixelune !! Du coup jeudi 8 je ne pourrai pas
        récupérer Léo à 16h30, tu pourrais t'arranger avec ton chef ?

        Bisous
        Camille

        ---------- Forwarded message ---------
        From: Pixelune <no-reply@greenhouse.io>
        Date: Fri, Oct 2, 2026 at 11:58 AM
        Subject: Interview confirmation: Senior UX Designer at Pixelune
        To: Camille Chevalier <camille.chevalier@example.com>

        Hi Camille,

        Your interview for Senior UX Designer is confirmed:

        Thursday, October 8, 2026
        2:00 PM - 3:30 PM CEST
        Pixelune, 40 rue de la République, 69002 Lyon

        If you need to make a change, just reply to this email.

        Best,
        Théo Garnier
        Pixelune
        """)
    hs = head(addr("Camille Chevalier", "camille.chevalier@example.com"),
              "Fwd: Interview confirmation: Senior UX Designer at Pixelune", when, z,
              "<CAH4sP0kQ2w9+T1m7Vb3Xy8z@mail.gmail.com>",
              pre=(rcv("mail-ej1-f44.google.com", "209.85.218.44", when, z, "Cm7c"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 33 ----------------------------------------------------------------- Romain interviews a candidate at work
@make.mail(N(33), family="interviewer_at_current_job", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="Exchange meeting request from HR at his current employer: Romain sits on the panel that "
                "interviews a technician candidate (jeudi 10 décembre 14:00); he is the interviewer, "
                "not the candidate")
def n33() -> bytes:
    when, z = "2026-12-04 10:18", "Europe/Paris"
    body = t("""
        Quand : jeudi 10 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Saint-Fons - Bât. 12 - salle Rhône

        *~*~*~*~*~*~*~*~*~*

        Bonjour Romain,

        Comme évoqué avec Stéphane, peux-tu faire partie du jury pour l'entretien de
        M. Kevin Bourdin (technicien de production, équipe nuit) ? Son CV est en PJ de
        l'annonce dans Talentsoft. Grille d'évaluation habituelle.

        Merci !
        Laure Pichon
        Chargée RH - Solvance Pharma, site de Saint-Fons
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=PICHON Laure:mailto:laure.pichon@solvance-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CHEVALIER Romain:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=LEGRAND Stéphane:mailto:stephane.legrand@solvance-pharma.com
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien de production (K. Bourdin)
DTSTART;TZID=Romance Standard Time:20261210T140000
DTEND;TZID=Romance Standard Time:20261210T150000
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DD01000000000000000010000000AA17
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, z)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Saint-Fons - Bât. 12 - salle Rhône
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("PICHON Laure", "laure.pichon@solvance-pharma.com"),
              "Entretien candidat - Technicien de production (K. Bourdin)", when, z,
              "<AM8P192MB1123E4F5A6B7C8D9E0F1A2B3C4D5E@AM8P192MB1123.EURP192.PROD.OUTLOOK.COM>",
              to=addr("CHEVALIER Romain", ME),
              pre=(rcv("EUR02-AM8-obe.outbound.protection.outlook.com", "40.107.8.93", when, z,
                       "So4d"),),
              post=(("Cc", addr("LEGRAND Stéphane", "stephane.legrand@solvance-pharma.com")),
                    ("Thread-Topic", "Entretien candidat - Technicien de production (K. Bourdin)"),
                    ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 34 ----------------------------------------------------------------- Recruitee rejection, Swiss French
@make.mail(N(34), family="rejection", lang="fr-CH", interview=False, company="Lac-Bleu Diagnostics",
           days=(("Wed", "2026-09-30"),),
           note="Recruitee rejection after 'notre entretien du mercredi 30 septembre' (Swiss French): "
                "past interview mentioned, nothing scheduled")
def n34() -> bytes:
    when, z = "2026-10-09 14:25", "Europe/Zurich"
    body = t("""
        Bonjour Romain,

        Nous vous remercions pour le temps consacré à notre entretien du mercredi 30 septembre
        et pour l'intérêt que vous portez à Lac-Bleu Diagnostics.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre
        candidature, dont le profil correspond davantage à nos besoins actuels en production
        de réactifs.

        Nous conservons volontiers votre dossier et nous permettrons de vous recontacter si un
        poste correspondant devait s'ouvrir ces prochains mois.

        Avec nos meilleures salutations,

        L'équipe RH de Lac-Bleu Diagnostics SA, Meyrin
        """)
    page = "<html><body style=\"font-family:Inter,Arial\">" + "".join(
        f"<p>{para.replace(chr(10), ' ')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Lac-Bleu Diagnostics", "noreply@recruitee.com"),
              "Votre candidature chez Lac-Bleu Diagnostics", when, z,
              mid(when, z, "rct55190", "mailer.recruitee.com"),
              pre=(rcv("mailer.recruitee.com", "159.135.228.10", when, z, "Rc0c"),),
              post=(("Reply-To", "lacbleu-diagnostics+c55190@inbox.recruitee.com"),))
    return message(hs, alt(text(body), html(page)))


# 35 ----------------------------------------------------------------- offer (thread with 9)
@make.mail(N(35), family="offer", lang="en", interview=False, company="Novalto Pharma",
           days=(("Fri", "2027-01-08"), ("Mon", "2027-03-01")),
           note="Job offer after the 3 December onsite (mail 9's interview): start date and reply deadline, "
                "no interview scheduled")
def n35() -> bytes:
    when, z = "2026-12-14 17:40", "Europe/Zurich"
    body = t("""
        Dear Romain,

        Following your interviews with Reto and the team on December 3, I am delighted to
        offer you the position of Process Engineer - Aseptic Filling at Novalto Pharma AG in
        Basel.

        Please find the offer letter attached (annual base salary CHF 118,000, 13 salaries,
        25 days of vacation, G-permit support). We propose a start date of Monday, March 1,
        2027.

        We would appreciate your answer by Friday, January 8, 2027. If you'd like to discuss any
        detail, I'm happy to set up a call with Reto - just tell me what works.

        Warm regards,
        Marta Keller
        Talent Acquisition Partner, Novalto Pharma AG
        """)
    hs = head(addr("Marta Keller", "marta.keller@novalto.ch"),
              "Offer - Process Engineer - Aseptic Filling (Basel)", when, z,
              "<ZRAP278MB0777A1B2C3D4E5F60718293A4B5C6@ZRAP278MB0777.CHEP278.PROD.OUTLOOK.COM>",
              pre=(rcv("CHE01-ZR0-obe.outbound.protection.outlook.com", "40.107.23.102", when, z,
                       "Nv8e"),))
    return message(hs, text(body, cte="7bit"))


# 36 ----------------------------------------------------------------- Taleo application receipt
@make.mail(N(36), family="application_ack", lang="fr", interview=False, company="Rhodalys Vaccins",
           note="Taleo application receipt; 'un recruteur vous contactera pour convenir d'un entretien' is "
                "hypothetical")
def n36() -> bytes:
    when, z = "2026-09-11 23:04", "Europe/Paris"
    body = t("""
        Bonjour Romain Chevalier,

        Nous vous remercions de l'intérêt que vous portez à Rhodalys Vaccins et accusons bonne
        réception de votre candidature pour le poste :

        Ingénieur procédés Upstream - Marcy-l'Étoile (Réf. 2600381)

        Notre équipe de recrutement étudie actuellement l'ensemble des candidatures. Si votre
        profil correspond à nos attentes, un recruteur vous contactera pour convenir d'un
        entretien. Dans le cas contraire, nous vous en informerons par e-mail.

        Vous pouvez suivre l'état de votre candidature sur notre site carrières.

        Cordialement,
        Direction des Ressources Humaines
        Rhodalys Vaccins

        Ce message a été généré automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Rhodalys Vaccins - Carrières", "rhodalys@taleo.net"),
              "Accusé de réception de votre candidature - Réf. 2600381", when, z,
              mid(when, z, "tal2600381", "taleo.net"),
              pre=(rcv("smtp1.taleo.net", "160.34.8.12", when, z, "Tl3e"),),
              post=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# 37 ----------------------------------------------------------------- JOIN job alert
@make.mail(N(37), family="job_alert", lang="fr", interview=False, company=None,
           note="JOIN job-alert digest; 'Entretiens rapides' badges and 'Recrute activement' are not confirmations")
def n37() -> bytes:
    when, z = "2026-10-19 07:30", "Europe/Paris"
    page = t("""
        <html><body style="font-family:Arial;font-size:14px;background:#f6f7f9">
        <div style="max-width:560px;margin:auto;background:#fff;padding:16px">
        <p>Bonjour Romain,</p>
        <p><b>6 nouvelles offres</b> correspondent à votre alerte « ingénieur procédés pharma - Rhône-Alpes ».</p>
        <hr>
        <p><b>Ingénieur procédés stériles (F/H)</b><br>Corvel Santé - Annecy - CDI<br>
        <span style="background:#e0f4e8">⚡ Entretiens rapides</span> · publié il y a 2 jours</p>
        <p><b>Process Engineer Biotech</b><br>Genevix - Genève (CH) - CDI<br>
        <span style="background:#eee">Recrute activement</span></p>
        <p><b>Ingénieur amélioration continue</b><br>Lyophila - Saint-Étienne - CDI</p>
        <p><b>Chef de projet industrialisation</b><br>Mébiol - Grenoble - CDI</p>
        <p><b>Ingénieur qualification équipements</b><br>ValiQ - Lyon 7e - CDI</p>
        <p><b>MSAT Engineer</b><br>Basel Biopharm - Bâle (CH) - CDI<br>
        <span style="background:#e0f4e8">⚡ Entretiens rapides</span></p>
        <hr>
        <p><a href="https://join.com/alerts">Gérer mes alertes</a> · <a href="https://join.com/unsubscribe">Se désabonner</a></p>
        </div></body></html>
        """)
    hs = head(addr("JOIN", "noreply@join.com"),
              "6 nouvelles offres pour « ingénieur procédés pharma - Rhône-Alpes »", when, z,
              mid(when, z, "alert8812", "join.com"),
              pre=(rcv("mail.join.com", "3.120.41.17", when, z, "Jn4f"),),
              post=(("List-Unsubscribe", "<https://join.com/unsubscribe?u=8812>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


# 38 ----------------------------------------------------------------- newsletter / blog about interviews
@make.mail(N(38), family="newsletter_tips", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Careers newsletter: blog post on the technical interview in pharma and a webinar 'mardi 17 "
                "novembre à 12h30'; nothing confirmed for the reader")
def n38() -> bytes:
    when, z = "2026-11-12 08:00", "Europe/Paris"
    body = t("""
        LE BOCAL RH - la lettre du jeudi

        ▶ À LIRE : « Votre entretien est confirmé pour mardi 10h... et maintenant ? »
        Les 7 questions que posent (vraiment) les directeurs industriels en entretien technique :
        gestion des déviations, CAPA, transferts d'échelle... et comment y répondre.

        ▶ WEBINAR : « Réussir son entretien dans l'industrie pharma »
        mardi 17 novembre à 12h30, 45 min, gratuit - inscription sur lebocal-rh.fr/webinar

        ▶ TÉMOIGNAGE : Julien, 38 ans, de la chimie fine à la bioproduction

        Vous recevez cette lettre car vous êtes inscrit sur lebocal-rh.fr.
        Se désinscrire : https://lebocal-rh.fr/desinscription
        """)
    hs = head(addr("Le Bocal RH", "lettre@lebocal-rh.fr"),
              "Votre entretien est confirmé... et maintenant ? + webinar mardi", when, z,
              mid(when, z, "nl212", "lebocal-rh.fr"),
              pre=(rcv("mta-s4.sendinblue.com", "77.32.148.21", when, z, "Br5a"),),
              post=(("List-Unsubscribe", "<https://lebocal-rh.fr/desinscription?id=212>"),
                    ("List-Id", "<lettre.lebocal-rh.fr>"), ("Precedence", "bulk")))
    page = "<html><body>" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# 39 ----------------------------------------------------------------- GoodTime self-schedule link
@make.mail(N(39), family="scheduling_link", lang="en", interview=False, company="Brennwald Biologics",
           note="GoodTime 'select your interview time' request: slots offered, none chosen")
def n39() -> bytes:
    when, z = "2026-11-20 14:12", "Europe/Zurich"
    body = t("""
        Hi Romain,

        Congratulations on moving forward with Brennwald Biologics! Please select a time for
        your panel interview (Process Engineering Lead, 3 x 45 minutes, onsite in Visp or by
        video).

        Choose your time: https://app.goodtime.io/self-schedule/brennwald/2ab9f0c1

        Available windows are between Monday, November 30 and Friday, December 11, 9:00 AM -
        4:00 PM CET. Once you pick a slot, you'll receive a calendar invitation with the final
        details.

        Thanks,
        Lea Imboden
        Recruiting Coordinator, Brennwald Biologics
        """)
    hs = head(addr("Lea Imboden via GoodTime", "scheduling@goodtime.io"),
              "Action required: schedule your interview with Brennwald Biologics", when, z,
              mid(when, z, "gt2ab9f0c1", "goodtime.io"),
              pre=(rcv("mail.goodtime.io", "198.37.146.9", when, z, "Gt6b"),),
              post=(("Reply-To", addr("Lea Imboden", "lea.imboden@brennwald-bio.ch")),))
    page = "<html><body>" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# 40 ----------------------------------------------------------------- recruiter 'un café un de ces jours'
@make.mail(N(40), family="recruiter_outreach", lang="fr", interview=False, company="Lumen Talents",
           note="Agency recruiter outreach: 'on se prend un café un de ces jours ?' - no time fixed")
def n40() -> bytes:
    when, z = "2026-09-24 18:51", "Europe/Paris"
    body = t("""
        Hello Romain,

        Je me permets de te contacter suite à ton post sur les lignes de remplissage
        isolateur, super intéressant. J'accompagne plusieurs industriels pharma entre Lyon et
        Genève qui cherchent des profils procédés seniors, dont un poste pas encore publié à
        Villefranche.

        Ça te dirait qu'on se prenne un café un de ces jours, vers Part-Dieu ou Bellecour ?
        Sans engagement, juste pour faire connaissance. Dis-moi ce qui t'arrange.

        Belle soirée,
        Yanis Haddad
        Consultant senior Life Sciences - Lumen Talents
        07 81 00 23 54
        """)
    hs = head(addr("Yanis Haddad", "yanis.haddad@lumen-talents.fr"),
              "Un café ?", when, z, mid(when, z, "yh77", "lumen-talents.fr"),
              pre=(rcv("mail-io1-f41.google.com", "209.85.166.41", when, z, "Lt2c"),))
    return message(hs, text(body, cte="8bit"))


# 41 ----------------------------------------------------------------- doctor appointment
@make.mail(N(41), family="medical_appointment", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-09-28"),),
           note="Doctor appointment confirmation 'lundi 28 septembre à 18h45': fixed time, not an interview")
def n41() -> bytes:
    when, z = "2026-09-21 13:07", "Europe/Paris"
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Bonjour Romain CHEVALIER,</p>
        <p>Votre rendez-vous est confirmé.</p>
        <p><b>Dr Hélène Faure</b> - Médecin généraliste<br>
        <b>lundi 28 septembre 2026 à 18h45</b><br>
        Consultation de suivi<br>
        Cabinet médical des Charpennes, 3 place Charles Hernu, 69100 Villeurbanne</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24h à l'avance.</p>
        <p><a href="https://www.doctolib.fr/account/appointments">Gérer mon rendez-vous</a></p>
        </body></html>
        """)
    hs = head(addr("Doctolib", "no-reply@doctolib.fr"),
              "Confirmation de votre rendez-vous du 28 septembre avec Dr Hélène Faure", when, z,
              mid(when, z, "dl99381", "doctolib.fr"),
              pre=(rcv("mail.doctolib.fr", "185.176.1.20", when, z, "Dc1a"),))
    return message(hs, html(page))


# 42 ----------------------------------------------------------------- flat viewing in Annecy
@make.mail(N(42), family="flat_viewing", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Estate agent confirms a flat viewing in Annecy 'samedi 21 novembre à 10h': fixed time, "
                "not an interview")
def n42() -> bytes:
    when, z = "2026-11-17 19:12", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Chevalier,

        Je vous confirme la visite du T4 rue Sommeiller (réf. ANN-2231) samedi 21 novembre à 10h.
        Rendez-vous devant l'immeuble, je serai là 5 minutes avant. Pour le dossier, prévoyez vos
        trois derniers bulletins de salaire et, le cas échéant, la promesse d'embauche ou le
        contrat de votre futur employeur.

        Bien à vous,
        Gaëlle Perrier
        Agence Lac & Montagne Immobilier - Annecy
        04 50 00 62 17
        """)
    hs = head(addr("Gaëlle Perrier", "g.perrier@lacmontagne-immo.fr"),
              "Visite T4 rue Sommeiller - samedi 21/11", when, z,
              mid(when, z, "gp2231", "lacmontagne-immo.fr"),
              pre=(rcv("smtp.lacmontagne-immo.fr", "46.105.44.3", when, z, "Lm9b"),))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# 43 ----------------------------------------------------------------- parent-teacher meeting
@make.mail(N(43), family="school_meeting", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Teacher confirms a parent-teacher meeting 'mardi 6 octobre à 16h45': fixed time, not an interview")
def n43() -> bytes:
    when, z = "2026-10-01 20:03", "Europe/Paris"
    body = t("""
        Bonsoir Monsieur Chevalier,

        C'est noté pour notre rendez-vous mardi 6 octobre à 16h45, dans la classe de CE1
        (bâtiment du bas). Nous ferons le point sur l'adaptation de Léo et sur le projet
        d'accompagnement en lecture. Si Mme Chevalier peut venir aussi, c'est très bien.

        Cordialement,
        Mme Bonnard
        École élémentaire Jean-Jaurès, Villeurbanne
        """)
    hs = head(addr("Nathalie Bonnard", "nathalie.bonnard@ac-lyon.example.fr"),
              "Rendez-vous parents - Léo Chevalier (CE1)", when, z,
              mid(when, z, "nb06", "ac-lyon.example.fr"),
              pre=(rcv("smtp.ac-lyon.example.fr", "193.54.67.10", when, z, "Ac3f"),),
              post=(("Cc", addr("Camille Chevalier", "camille.chevalier@example.com")),))
    return message(hs, text(body, cte="quoted-printable"))


# 44 ----------------------------------------------------------------- weekly meeting at current job
@make.mail(N(44), family="work_meeting", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-09-14"),),
           note="Recurring Exchange meeting at his current employer ('Point hebdo ligne F3', every Monday "
                "8:30): fixed time, internal meeting")
def n44() -> bytes:
    when, z = "2026-09-10 15:22", "Europe/Paris"
    body = t("""
        Quand : Se produit chaque lundi à partir du 14/09/2026 jusqu'au 14/12/2026 de 08:30 à 09:00
        (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Saint-Fons - Bât. 7 - bureau de zone F3 / Teams

        *~*~*~*~*~*~*~*~*~*

        Nouveau format du point hebdo de la ligne F3 : OEE de la semaine, déviations ouvertes,
        planning des campagnes. 30 min chrono, debout.

        Stéphane
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=LEGRAND Stéphane:mailto:stephane.legrand@solvance-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CHEVALIER Romain:mailto:{ME}
RRULE:FREQ=WEEKLY;UNTIL=20261214T073000Z;INTERVAL=1;BYDAY=MO;WKST=MO
SUMMARY;LANGUAGE=fr-FR:Point hebdo ligne F3
DTSTART;TZID=Romance Standard Time:20260914T083000
DTEND;TZID=Romance Standard Time:20260914T090000
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000BB02
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, z)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Saint-Fons - Bât. 7 - bureau de zone F3 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("LEGRAND Stéphane", "stephane.legrand@solvance-pharma.com"),
              "Point hebdo ligne F3", when, z,
              "<AM8P192MB0999B1C2D3E4F5A6B7C8D9E0F1A2B@AM8P192MB0999.EURP192.PROD.OUTLOOK.COM>",
              to=addr("CHEVALIER Romain", ME),
              pre=(rcv("EUR02-AM8-obe.outbound.protection.outlook.com", "40.107.8.71", when, z,
                       "So1e"),),
              post=(("Thread-Topic", "Point hebdo ligne F3"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 45 ----------------------------------------------------------------- webinar with ICS
@make.mail(N(45), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-07"),),
           note="Webinar registration confirmation 'Interviewing for MSAT roles' with ICS for Wednesday, "
                "October 7: fixed time, not a job interview")
def n45() -> bytes:
    when, z = "2026-09-30 09:00", "Europe/Paris"
    body = t("""
        Hi Romain,

        Thanks for registering for "Interviewing for MSAT roles: what hiring managers really
        ask" - a BioProcess Europe Network webinar.

        Date & time: Wednesday, October 7, 2026, 5:00 PM - 6:00 PM CEST
        Join URL: https://bpen.zoom.us/w/93310452217?tk=reg_9f2a

        Add to calendar: see the attached .ics file.

        You can cancel your registration at any time.

        BioProcess Europe Network
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-93310452217
DTSTAMP:{stamp(when, z)}
DTSTART:20261007T150000Z
DTEND:20261007T160000Z
SUMMARY:Webinar: Interviewing for MSAT roles - what hiring managers really ask
LOCATION:https://bpen.zoom.us/w/93310452217
ORGANIZER;CN=BioProcess Europe Network:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("BioProcess Europe Network", "no-reply@zoom.us"),
              "Confirmation: Interviewing for MSAT roles - what hiring managers really ask", when, z,
              mid(when, z, "wbn93310452217", "zoom.us"),
              pre=(rcv("mail-out.zoom.us", "170.114.10.85", when, z, "Zm4b"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="webinar.ics",
                                      disposition="attachment")))


# 46 ----------------------------------------------------------------- interviewer training, all-day ICS
@make.mail(N(46), family="interviewer_training", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Current employer's learning platform enrols Romain in 'Conduire un entretien de recrutement' "
                "(mardi 24 novembre, 9h-12h30; all-day ICS): training to interview others, not a job interview")
def n46() -> bytes:
    when, z = "2026-11-16 06:45", "Europe/Paris"
    body = t("""
        Bonjour Romain,

        Votre inscription à la session suivante est validée par votre manager :

        Formation : Conduire un entretien de recrutement (managers et jurys)
        Date : mardi 24 novembre 2026
        Horaires : 9h00 - 12h30
        Lieu : Saint-Fons, bâtiment 1, salle de formation B
        Formatrice : cabinet Egalis Conseil

        Programme : préparer la grille, questions comportementales, biais et non-discrimination,
        mise en situation (jeux de rôle candidat / recruteur).

        Solvance Academy
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Solvance Academy//LMS//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:academy-session-4471
DTSTAMP:{stamp(when, z)}
DTSTART;VALUE=DATE:20261124
DTEND;VALUE=DATE:20261125
SUMMARY:Formation - Conduire un entretien de recrutement
LOCATION:Saint-Fons\\, bâtiment 1\\, salle B
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Solvance Academy", "academy-noreply@solvance-pharma.com"),
              "Inscription validée : Conduire un entretien de recrutement - 24/11", when, z,
              mid(when, z, "lms4471", "solvance-pharma.com"),
              pre=(rcv("lms-mail.solvance-pharma.com", "10.12.4.40", when, z, "Sa5d"),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", filename="formation.ics",
                                      disposition="attachment", cte="8bit")))


# 47 ----------------------------------------------------------------- out-of-office auto reply (thread with 4)
@make.mail(N(47), family="auto_reply", lang="fr", interview=False, company="Vialis Pharma",
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto reply from the Vialis recruiter of mail 4, answering Romain's thank-you "
                "after the 15 October interview; mentions 'entretiens' and a return date only")
def n47() -> bytes:
    when, z = "2026-10-16 08:41", "Europe/Paris"
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 26 octobre inclus, avec un accès limité à
        mes e-mails. Pour toute question concernant un entretien planifié, merci de contacter
        recrutement@vialis-pharma.com.

        Hello, I am out of the office until Monday 26 October. For scheduled interviews please
        contact recrutement@vialis-pharma.com.

        Julie Ferrand
        """)
    hs = head(addr("Julie Ferrand", "julie.ferrand@vialis-pharma.com"),
              "Réponse automatique : Merci pour l'entretien d'hier", when, z,
              "<DB8PR09MB3321AA77B0C4F1E2D3C4B5A6978@DB8PR09MB3321.eurprd09.prod.outlook.com>",
              pre=(rcv("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.60", when, z,
                       "Vp1c"),),
              post=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<3a9f0c12-7e41-4b7d-9c1e-5d2b8a6f4e03@example.org>")))
    return message(hs, text(body))


# 48 ----------------------------------------------------------------- bounce of his own confirmation (thread with 15)
@make.mail(N(48), family="bounce", lang="en", interview=False, company=None,
           days=(("Fri", "2026-11-13"),),
           note="Mailer-daemon bounce of Romain's own 'je vous confirme ma présence vendredi 13 à 9h45' "
                "(typo in the recruiter's domain); a delivery failure, not a confirmation from the company")
def n48() -> bytes:
    when, z = "2026-11-07 10:15", "Europe/Paris"
    orig_when = "2026-11-07 10:14"
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <t.lenoir@ardent-proces.fr>: Host or domain name not found. Name service error
            for name=ardent-proces.fr type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Qz7Lk1bH2z9sQ
        Arrival-Date: Sat,  7 Nov 2026 10:14:51 +0100 (CET)

        Final-Recipient: rfc822; t.lenoir@ardent-proces.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=ardent-proces.fr type=MX: Host not found, try again
        """)
    orig_body = t("""
        Bonjour Monsieur Lenoir,

        Merci pour votre message. Je vous confirme ma présence vendredi 13 à 9h45 à votre siège
        de Saint-Étienne.

        Bien cordialement,
        Romain Chevalier
        """)
    orig = message(head(ME_FULL, "Re: Entretien vendredi 13/11", orig_when, z,
                        mid(orig_when, z, "rc13", "example.org"),
                        to=addr("Thibault Lenoir", "t.lenoir@ardent-proces.fr")),
                   text(orig_body, cte="8bit"))
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit",
             extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"),
                   ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"),
              "Undelivered Mail Returned to Sender", when, z,
              "<20261107091503.4Qz7Lk1bH2z9sQ@smtp.example.org>",
              post=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# 49 ----------------------------------------------------------------- mailing list
@make.mail(N(49), family="mailing_list", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Professional mailing-list post: another member says 'j'ai mon entretien jeudi 26 à 14h chez "
                "un CDMO' and asks for advice; not the inbox owner's interview")
def n49() -> bytes:
    when, z = "2026-11-20 22:05", "Europe/Paris"
    body = t("""
        Bonsoir à tous,

        Petite question à la liste : j'ai mon entretien jeudi 26 à 14h chez un CDMO de la
        vallée de la chimie pour un poste de responsable transfert industriel. On m'annonce
        « une étude de cas sur un scale-up 200 L -> 2000 L ». Quelqu'un a déjà eu ce format ?
        Vous prépariez quoi, un support ou juste au tableau ?

        Merci d'avance,
        Aurélien

        --
        Liste ipra - Ingénieurs procédés Rhône-Alpes
        Pour se désabonner : ipra-unsubscribe@listes.ipra-asso.example.fr
        """)
    hs = head(addr("Aurélien Mercier", "aurelien.mercier@example.net"),
              "[ipra] Entretien avec étude de cas scale-up : des retours ?", when, z,
              "<87h6p2kq1z.fsf@example.net>", to="ipra@listes.ipra-asso.example.fr",
              pre=(rcv("listes.ipra-asso.example.fr", "198.51.100.23", when, z, "Ip2e"),),
              post=(("Sender", "ipra-request@listes.ipra-asso.example.fr"),
                    ("List-Id", "Ingenieurs procedes Rhone-Alpes <ipra.listes.ipra-asso.example.fr>"),
                    ("List-Unsubscribe", "<mailto:ipra-unsubscribe@listes.ipra-asso.example.fr>"),
                    ("List-Post", "<mailto:ipra@listes.ipra-asso.example.fr>"),
                    ("Precedence", "list")))
    return message(hs, text(body, cte="quoted-printable"))


# 50 ----------------------------------------------------------------- bank advisor appointment
@make.mail(N(50), family="bank_appointment", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-12-01"),),
           note="Bank confirms an 'entretien conseil' with the advisor mardi 1er décembre à 17h30 (mortgage "
                "simulation for the move): fixed time, not a job interview")
def n50() -> bytes:
    when, z = "2026-11-26 11:15", "Europe/Paris"
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Bonjour Monsieur Chevalier,</p>
        <p>Votre <b>entretien conseil</b> avec votre conseiller, M. Arnaud Petit, est confirmé :</p>
        <p>mardi 1er décembre 2026 à 17h30 - par téléphone (durée : 45 minutes)<br>
        Objet : simulation de prêt immobilier - projet d'achat Annecy</p>
        <p>Pensez à préparer vos trois derniers avis d'imposition et le compromis si vous l'avez.</p>
        <p>Banque Rhodanienne - Agence Lyon Brotteaux<br>
        Ceci est un message automatique.</p>
        </body></html>
        """)
    hs = head(addr("Banque Rhodanienne", "rendezvous@banque-rhodanienne.fr"),
              "Confirmation de votre entretien conseil du 01/12/2026", when, z,
              mid(when, z, "rdv0112", "banque-rhodanienne.fr"),
              pre=(rcv("mailout.banque-rhodanienne.fr", "193.105.73.12", when, z, "Br8a"),))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))
