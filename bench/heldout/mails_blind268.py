"""blind268: 50 hand-written mails from the inbox of Sophie Lemire, a pulp-and-paper process analyst
in Trois-Rivières (Quebec), September to December 2026. Build with
``python3 bench/heldout/make_blind.py blind268``.

Written blind by a helper session: the detector, its tests and the other held-out mails were not read.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

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
    utc,
)

ORDER = random.Random(2680268).sample(range(1, 51), 50)
ME = "sophie.lemire@example.org"
ME_H = "Sophie Lemire <sophie.lemire@example.org>"
TOR = "America/Toronto"
HFX = "America/Halifax"


def n(key: int) -> str:
    return f"blind268_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = ME_H,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, "mx.example.org with ESMTPS id " + mid[:10].replace("@", "x"),
                              ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


TORONTO_VTZ = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

ATLANTIC_VTZ = """BEGIN:VTIMEZONE
TZID:Atlantic Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


# 1 -- Greenhouse, Toronto employer, English, ICS with America/Toronto
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", TOR), end=utc("2026-09-10 14:45", TOR),
      contact="priya.raman@lakeshorefibre.ca", company="Lakeshore Fibre Analytics",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=TOR,
      note="Greenhouse confirmation from a Toronto employer: Thursday, September 10, 2:00-2:45 PM EDT "
           "(UTC-4) -> 18:00-18:45Z; ICS in America/Toronto agrees. Contact = Reply-To recruiter.")
def m01():
    body = t("""
        Hi Sophie,

        Thanks for sending your availability. Your interview for Process Data Analyst (Pulp & Tissue)
        at Lakeshore Fibre Analytics is confirmed:

        Thursday, September 10, 2026
        2:00 PM - 2:45 PM EDT (Toronto)

        Interviewers: Daniel Okafor (Manager, Process Analytics), Priya Raman (Talent Partner)
        Location: Microsoft Teams - the join link is in the attached calendar invitation.

        If you need to make any changes, just reply to this email.

        Best,
        Priya Raman
        Talent Partner, Lakeshore Fibre Analytics

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sophie,</p>
        <p>Thanks for sending your availability. Your interview for <strong>Process Data Analyst (Pulp &amp; Tissue)</strong>
        at Lakeshore Fibre Analytics is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:00 PM - 2:45 PM EDT (Toronto)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Daniel Okafor (Manager, Process Analytics)<br>Priya Raman (Talent Partner)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams &mdash; link in the calendar invitation</td></tr>
        </table>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Priya Raman<br>Talent Partner, Lakeshore Fibre Analytics</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TORONTO_VTZ}
BEGIN:VEVENT
UID:gh-interview-55810342-lakeshorefibre
DTSTAMP:20260903T153112Z
DTSTART;TZID=America/Toronto:20260910T140000
DTEND;TZID=America/Toronto:20260910T144500
SUMMARY:Interview: Sophie Lemire / Lakeshore Fibre Analytics
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Priya Raman:mailto:priya.raman@lakeshorefibre.ca
ATTENDEE;CN=Sophie Lemire;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Lakeshore Fibre Analytics <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Process Data Analyst (Pulp & Tissue)", "2026-09-03 11:31", TOR,
             "gh.55810342.a81f@us.greenhouse-mail.io",
             "from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.14.22])",
             extra=(("Reply-To", "Priya Raman <priya.raman@lakeshorefibre.ca>"),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment")))


# 2 -- plain French prose (vous), iso-8859-1 8bit, all-day ICS from iCloud with the time only in text
@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-16 13:30", TOR), contact="g.dufresne@papeteriestmaurice.ca",
      company="Papeterie Saint-Maurice", local="Wed 2026-09-16 13:30", zone=TOR,
      note="Prose du directeur d'usine : 'mercredi le 16 à 13 h 30' (Date ven. 11 sept.) -> 16 sept. "
           "13:30 HAE (UTC-4) = 17:30Z. L'ICS joint est un événement d'une journée (VALUE=DATE) sans "
           "heure; l'heure n'est que dans le texte. Pas de durée -> end null.")
def m02():
    body = t("""
        Bonjour Mme Lemire,

        Merci d'avoir répondu si vite. C'est confirmé de notre côté : on vous attend mercredi le 16 à
        13 h 30 à l'usine, 3200 boul. des Forges (entrée des visiteurs, côté stationnement nord).
        Demandez-moi à la guérite, on va vous remettre un casque et des lunettes pour la visite
        de la machine à papier après l'entrevue.

        Je vous envoie aussi une invitation pour votre calendrier.

        Au plaisir,

        Gilles Dufresne
        Directeur de production
        Papeterie Saint-Maurice inc.
        819 555-0142
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7C1E2B40-93AA-4F0B-9E1D-2AB5F0C7D611
DTSTAMP:20260911T134455Z
DTSTART;VALUE=DATE:20260916
DTEND;VALUE=DATE:20260917
SUMMARY:Entrevue Sophie Lemire - analyste procédés
LOCATION:Papeterie Saint-Maurice\\, 3200 boul. des Forges\\, Trois-Rivières
ORGANIZER;CN=Gilles Dufresne:mailto:g.dufresne@papeteriestmaurice.ca
ATTENDEE;CN=Sophie Lemire;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs(addr("Gilles Dufresne", "g.dufresne@papeteriestmaurice.ca"), "Re: Poste d'analyste procédés",
             "2026-09-11 09:44", TOR, "4B7E1D2A-0C61-4E8F-A1F0-55D1C7E0B3A9@papeteriestmaurice.ca",
             "from mail.papeteriestmaurice.ca (mail.papeteriestmaurice.ca [142.213.88.10])",
             charset="iso-8859-1",
             extra=(("In-Reply-To", "<CAF3x9+sophie.0910@mail.example.org>"),
                    ("X-Mailer", "Apple Mail (2.3826.600.51)"))),
        mixed(text(body, charset="iso-8859-1", cte="8bit"),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


# 3 -- Lever, French, ICS in UTC
@mail(n(3), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 10:00", TOR), end=utc("2026-09-23 11:00", TOR),
      contact="amelie.vachon@cellulinnov.com", company="Cellul'Innov",
      local="Wed 2026-09-23 10:00", local_end="2026-09-23 11:00", zone=TOR,
      note="Lever (no-reply@hire.lever.co), Reply-To de la recruteuse : mercredi 23 sept. 10 h 00 - "
           "11 h 00 heure de l'Est (HAE, UTC-4) -> 14:00-15:00Z; ICS en UTC.")
def m03():
    body = t("""
        Bonjour Sophie,

        Votre entrevue pour le poste Analyste, optimisation des procédés (Montréal / hybride) est
        confirmée.

        Quand : mercredi 23 septembre 2026, 10 h 00 - 11 h 00 (heure de l'Est)
        Où : Google Meet - meet.google.com/qvx-ttrd-kpa
        Avec : Amélie Vachon (acquisition de talents), Jean-Philippe Roy (chef, R&D biomatériaux)

        Pour toute question, répondez simplement à ce courriel.

        L'équipe Cellul'Innov

        --
        Envoyé via Lever
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
        <p>Bonjour Sophie,</p>
        <p>Votre entrevue pour le poste <b>Analyste, optimisation des procédés (Montréal / hybride)</b> est confirmée.</p>
        <p><b>Quand :</b> mercredi 23 septembre 2026, 10&nbsp;h&nbsp;00 - 11&nbsp;h&nbsp;00 (heure de l'Est)<br>
        <b>Où :</b> Google Meet - <a href="https://meet.google.com/qvx-ttrd-kpa">meet.google.com/qvx-ttrd-kpa</a><br>
        <b>Avec :</b> Amélie Vachon (acquisition de talents), Jean-Philippe Roy (chef, R&amp;D biomatériaux)</p>
        <p>Pour toute question, répondez simplement à ce courriel.</p>
        <p>L'équipe Cellul'Innov</p>
        <p style="font-size:11px;color:#888">Envoyé via Lever</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-1f8e93c2-77d0-4a5b-bd11-0c2e8d9a6e40
DTSTAMP:20260917T184012Z
DTSTART:20260923T140000Z
DTEND:20260923T150000Z
SUMMARY:Entrevue - Sophie Lemire - Cellul'Innov
LOCATION:https://meet.google.com/qvx-ttrd-kpa
ORGANIZER;CN=Amélie Vachon:mailto:amelie.vachon@cellulinnov.com
ATTENDEE;CN=Sophie Lemire;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Cellul'Innov <no-reply@hire.lever.co>", "Confirmation d'entrevue – Cellul'Innov",
             "2026-09-17 14:40", TOR, "0100019a3c1f-lever-7d2e@email.amazonses.com",
             "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Amélie Vachon", "amelie.vachon@cellulinnov.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# 4 -- phone reply (tu), 'lundi prochain' resolved by the quoted thread
@mail(n(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-21 09:30", TOR), contact="m.bergeron@energiegrandmere.ca",
      company="Énergie Grand-Mère", local="Mon 2026-09-21 09:30", zone=TOR,
      note="Réponse de cellulaire : 'on se voit lundi prochain à 9 h 30' (Date mer. 16 sept.) -> lundi 21 "
           "sept., que le fil cité confirme ('lundi le 21'); 9:30 HAE = 13:30Z. Aucune durée.")
def m04():
    body = t("""
        Parfait Sophie, on se voit lundi prochain à 9h30 au bureau de Shawinigan. Apporte ton portfolio si t'en as un, sinon pas grave.

        Martin

        Envoyé de mon iPhone

        > Le 15 sept. 2026 à 21:12, Sophie Lemire <sophie.lemire@example.org> a écrit :
        >
        > Bonsoir Martin,
        > Merci pour l'appel de cet après-midi. Je suis disponible lundi le 21 en avant-midi ou mardi
        > le 22 toute la journée, selon ce qui t'arrange.
        > Bonne soirée,
        > Sophie
        """)
    return message(
        hdrs(addr("Martin Bergeron", "m.bergeron@energiegrandmere.ca"), "Re: Suite à notre appel",
             "2026-09-16 07:58", TOR, "A1C02F9E-22B4-4E61-9A7B-3D0C17E85F21@energiegrandmere.ca",
             "from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2101.outbound.protection.outlook.com [40.107.100.101])",
             extra=(("In-Reply-To", "<CAF3x9+sophie.0915@mail.example.org>"),
                    ("References", "<CAF3x9+sophie.0915@mail.example.org>"))),
        text(body, cte="quoted-printable", params="format=flowed"))


# 5 -- Workday, French, HTML only, base64
@mail(n(5), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:00", TOR), end=utc("2026-10-06 10:30", TOR),
      contact="nathalie.pare@cartonnierlaviolette.com", company="Groupe Cartonnier Laviolette",
      local="Tue 2026-10-06 09:00", local_end="2026-10-06 10:30", zone=TOR,
      note="Workday (cartonnierlaviolette@myworkday.com), HTML seulement en base64 : 2026-10-06 "
           "09:00-10:30 'Heure de l'Est' (HAE, UTC-4) -> 13:00-14:30Z. Contact = adresse de la "
           "conseillère dans le corps (l'expéditeur Workday est une boîte système).")
def m05():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Workday</title></head>
        <body style="margin:0;background:#f0f2f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:16px;background:#005cb9;color:#fff"><b>Groupe Cartonnier Laviolette</b></td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Sophie Lemire,</p>
        <p>Nous avons le plaisir de vous confirmer votre entrevue pour le poste
        <b>Analyste procédés - Usine de Trois-Rivières (R-004812)</b>.</p>
        <table cellpadding="3">
        <tr><td>Date :</td><td>2026-10-06</td></tr>
        <tr><td>Heure :</td><td>09:00 - 10:30 (Heure de l'Est)</td></tr>
        <tr><td>Lieu :</td><td>Salle Saint-Maurice, 1155 rue Notre-Dame Centre, Trois-Rivières</td></tr>
        <tr><td>Format :</td><td>Entrevue en personne avec le comité de sélection</td></tr>
        </table>
        <p>Pour toute question, communiquez avec Nathalie Paré, conseillère en acquisition de talents :
        <a href="mailto:nathalie.pare@cartonnierlaviolette.com">nathalie.pare@cartonnierlaviolette.com</a>.</p>
        <p>Vous pouvez consulter votre candidature en tout temps dans
        <a href="https://cartonnierlaviolette.wd3.myworkdayjobs.com/fr-CA/Carrieres/userHome">votre espace candidat</a>.</p>
        <p>Cordialement,<br>Acquisition de talents</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#777">Ce courriel a été envoyé par un système automatisé. Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(
        hdrs("Groupe Cartonnier Laviolette <cartonnierlaviolette@myworkday.com>",
             "Confirmation de votre entrevue - Analyste procédés", "2026-09-30 16:05", TOR,
             "1471938.8812.1759263900512@wd3-prod-mail.myworkday.com",
             "from wd3-mailout02.myworkday.com (wd3-mailout02.myworkday.com [198.4.157.76])",
             extra=(("Auto-Submitted", "auto-generated"),)),
        html(page, cte="base64"))


# 6 -- Exchange meeting request, Halifax firm, Atlantic Standard Time
@mail(n(6), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-13 11:00", HFX), end=utc("2026-10-13 12:00", HFX),
      contact="colleen.macisaac@harbourpulp.ca", company="Harbour Pulp Solutions",
      local="Tue 2026-10-13 11:00", local_end="2026-10-13 12:00", zone=HFX,
      note="Exchange meeting request from a Halifax firm: 11:00 AM-12:00 PM Atlantic (ADT, UTC-3) on "
           "Tue 13 Oct = 14:00-15:00Z (10:00 Eastern, as the body says). TZID 'Atlantic Standard Time' "
           "(Windows name). Contact = ORGANIZER / sender.")
def m06():
    body = t("""
        Hi Sophie,

        As discussed, here's the invite for your first interview with Harbour Pulp Solutions for the
        Remote Process Analyst role. Tuesday October 13, 11:00 AM - 12:00 PM Atlantic time (that's
        10:00 - 11:00 your time in Quebec). You'll meet Kevin Boudreau, our Director of Operations,
        and myself.

        Colleen

        ________________________________________________________________________________
        Microsoft Teams Need help?
        Join the meeting now
        Meeting ID: 284 519 337 602 1
        Passcode: 8sQ3bN
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ATLANTIC_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Colleen MacIsaac:mailto:colleen.macisaac@harbourpulp.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Lemire:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Boudreau:mailto:kevin.boudreau@harbourpulp.ca
DESCRIPTION;LANGUAGE=en-US:Hi Sophie\\, here's the invite for your first interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0F2C81A6D5ADC01000000000000000010000000D1B7A3F5A1E0C94C9A7E0B1E59A2C7E4
SUMMARY;LANGUAGE=en-US:Interview - Sophie Lemire - Remote Process Analyst
DTSTART;TZID=Atlantic Standard Time:20261013T110000
DTEND;TZID=Atlantic Standard Time:20261013T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T172233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Colleen MacIsaac <colleen.macisaac@harbourpulp.ca>",
             "Interview - Sophie Lemire - Remote Process Analyst", "2026-10-07 14:22", HFX,
             "YT3PR01MB6120A1F0C3B5D2E8A97C0E41B9A12@YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2100.outbound.protection.outlook.com [40.107.115.100])",
             extra=(("Thread-Topic", "Interview - Sophie Lemire - Remote Process Analyst"),
                    ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), calendar(ics, cte="base64")))


# 7 -- Microsoft Bookings, Drummondville, French, zone label shows the standard offset in October
@mail(n(7), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-15 13:30", TOR), end=utc("2026-10-15 14:15", TOR), contact=None,
      company="Emballages Drummond", local="Thu 2026-10-15 13:30", local_end="2026-10-15 14:15", zone=TOR,
      note="Microsoft Bookings : 'jeudi 15 octobre 2026 13:30 (UTC-05:00) Est (États-Unis et Canada)' - "
           "l'étiquette Windows affiche le décalage d'hiver mais le 15 oct. est en HAE (UTC-4) -> 17:30Z, "
           "ce que l'ICS (Eastern Standard Time) confirme; 45 min -> 18:15Z. Boîte Bookings et nom du "
           "membre du personnel seulement -> contact null.")
def m07():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <div style="font-size:20px;font-weight:600">Votre rendez-vous est confirmé</div>
        <p>Bonjour Sophie Lemire,</p>
        <p>Merci d'avoir réservé avec Emballages Drummond - Recrutement. Voici les détails de votre réservation.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Service</td><td>Entrevue - Technicienne/analyste procédés (45 minutes)</td></tr>
        <tr><td style="color:#666">Date et heure</td><td>jeudi 15 octobre 2026 13:30 (UTC-05:00) Est (États-Unis et Canada)</td></tr>
        <tr><td style="color:#666">Membre du personnel</td><td>Véronique Tremblay</td></tr>
        <tr><td style="color:#666">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EmballagesDrummondRecrutement@emballagesdrummond.ca/bookings/">Gérer la réservation</a></p>
        <p style="color:#666;font-size:12px">Emballages Drummond - Recrutement<br>2450 boul. Lemire, Drummondville (Québec)</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Emballages Drummond - Recrutement:mailto:EmballagesDrummondRecrutement@emballagesdrummond.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Lemire:mailto:{ME}
SUMMARY;LANGUAGE=fr-CA:Entrevue - Technicienne/analyste procédés
DTSTART;TZID=Eastern Standard Time:20261015T133000
DTEND;TZID=Eastern Standard Time:20261015T141500
UID:040000008200E00074C5B7101A82E008000000004A1D6E7F2B5ADC010000000000000000100000003E9C0A5B
DTSTAMP:20261009T190402Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Emballages Drummond - Recrutement <EmballagesDrummondRecrutement@emballagesdrummond.ca>",
             "Rendez-vous confirmé : Entrevue - Technicienne/analyste procédés", "2026-10-09 15:04", TOR,
             "YQBPR01MB4410E2B7C0A1F93D6E2A7C55D0B1A@YQBPR01MB4410.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2110.outbound.protection.outlook.com [40.107.116.110])",
             extra=(("X-MS-Exchange-Organization-BookingsEmail", "true"),)),
        alt(html(page), calendar(ics, cte="base64")))


# 8 -- Calendly invitee mail, English, sent in EDT, interview after DST ends (EST)
@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", TOR), end=utc("2026-11-02 10:30", TOR),
      contact="ravi.sandhu@tallgrassanalytics.com", company="Tallgrass Analytics",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:30", zone=TOR,
      note="Calendly, sent Thu 29 Oct in EDT; the event is Mon 2 Nov 10:00-10:30 'Eastern Time - US & "
           "Canada', the day after DST ends -> EST (UTC-5) = 15:00-15:30Z, not 14:00Z. Contact = "
           "Reply-To host.")
def m08():
    body = t("""
        Hi Sophie Lemire,

        A new event has been scheduled.

        Event Type:
        Remote Process Analyst - Hiring Manager Interview

        Invitee:
        Sophie Lemire
        sophie.lemire@example.org

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Monday, November 2, 2026

        Location:
        This is a Zoom web conference.
        https://tallgrass.zoom.us/j/84512093377

        Host:
        Ravi Sandhu

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b1f0c0e-8a3d-4a61-9d0b-6b6f5e2c9d11
        Reschedule: https://calendly.com/reschedulings/5b1f0c0e-8a3d-4a61-9d0b-6b6f5e2c9d11

        Powered by Calendly.com
        """)
    return message(
        hdrs("Calendly <notifications@calendly.com>",
             "Confirmed: Remote Process Analyst - Hiring Manager Interview with Ravi Sandhu on Monday, November 2, 2026",
             "2026-10-29 12:17", TOR, "20261029161702.1.8B1D2F0C4A9E3D55@mail.calendly.com",
             "from o1.mail.calendly.com (o1.mail.calendly.com [167.89.75.21])",
             extra=(("Reply-To", "Ravi Sandhu <ravi.sandhu@tallgrassanalytics.com>"),)),
        text(body))


# 9 -- Google Calendar invitation in French, sent in EDT, event in EST
@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", TOR), end=utc("2026-11-03 15:00", TOR),
      contact="karine.gelinas@solutionsboreal.ca", company="Solutions Boréal",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=TOR,
      note="Invitation Google Agenda envoyée ven. 30 oct. (HAE) : 'mar. 3 nov. 2026 14 h – 15 h (heure "
           "normale de l'Est - Toronto)' -> HNE (UTC-5) = 19:00-20:00Z; ICS America/Toronto. Contact = "
           "ORGANIZER / expéditrice.")
def m09():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entrevue - Analyste procédés (Québec) - Sophie Lemire
        Quand      mar. 3 nov. 2026 14 h – 15 h (heure normale de l'Est - Toronto)
        Participer avec Google Meet
        meet.google.com/bxd-mnoq-wre
        Qui
            Karine Gélinas - organisatrice
            Luc Ouellet
            sophie.lemire@example.org

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2Y1ZGE0c29waGll

        Bonjour Sophie, voici l'invitation pour l'entrevue dont on a parlé au téléphone. Luc est notre
        directeur de l'amélioration continue. À mardi!

        Participer : Oui - Peut-être - Non    Plus d'options
        Invitation de Google Agenda
        Vous recevez ce courriel sur sophie.lemire@example.org, car vous êtes invité à cet événement.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:18px">Entrevue - Analyste procédés (Québec) - Sophie Lemire</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mar. 3 nov. 2026 14 h – 15 h (heure normale de l'Est - Toronto)</td></tr>
        <tr><td style="color:#70757a">Participer avec Google Meet</td><td><a href="https://meet.google.com/bxd-mnoq-wre">meet.google.com/bxd-mnoq-wre</a></td></tr>
        <tr><td style="color:#70757a">Qui</td><td>Karine Gélinas - organisatrice<br>Luc Ouellet<br>sophie.lemire@example.org</td></tr></table>
        <p>Bonjour Sophie, voici l'invitation pour l'entrevue dont on a parlé au téléphone. Luc est notre
        directeur de l'amélioration continue. À mardi!</p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_VTZ}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261103T140000
DTEND;TZID=America/Toronto:20261103T150000
DTSTAMP:20261030T142810Z
ORGANIZER;CN=Karine Gélinas:mailto:karine.gelinas@solutionsboreal.ca
UID:7f5da4sophie3n0v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luc Ouellet;X-NUM-GUESTS=0:mailto:luc.ouellet@solutionsboreal.ca
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue - Analyste procédés (Québec) - Sophie Lemire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs(addr("Karine Gélinas", "karine.gelinas@solutionsboreal.ca"),
             "Invitation: Entrevue - Analyste procédés (Québec) - Sophie Lemire @ mar. 3 nov. 2026 14 h - 15 h (HNE)",
             "2026-10-30 10:28", TOR, "000000000000a1c3f20613b7e4d2@google.com",
             "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Karine Gélinas", "karine.gelinas@solutionsboreal.ca")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>"))),
        mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
              calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64", name_param=True)))


# 10 -- Teamtailor, Québec City, French
@mail(n(10), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:00", TOR), contact="emilie.cote@fibrocap.ca", company="Fibrocap",
      local="Thu 2026-11-12 10:00", zone=TOR,
      note="Teamtailor : 'jeudi 12 novembre 2026 à 10 h 00 (HNE)' -> UTC-5 = 15:00Z. Aucune durée. "
           "Expéditeur Teamtailor (no-reply) ; contact = adresse de la recruteuse dans la signature.")
def m10():
    body = t("""
        Bonjour Sophie,

        Merci pour votre intérêt envers Fibrocap! Votre entrevue pour le poste de Spécialiste
        procédés - pâtes moulées est maintenant réservée.

        Date : jeudi 12 novembre 2026
        Heure : 10 h 00 (HNE)
        Lieu : 800 rue du Marais, Québec (QC) G1M 3R5 - demandez Émilie à la réception

        Au plaisir de vous rencontrer!

        Émilie Côté
        Conseillère RH, Fibrocap
        emilie.cote@fibrocap.ca | 418 555-0177

        Pour consulter ou modifier votre profil : https://carrieres.fibrocap.ca/connect
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d1d1f">
        <p>Bonjour Sophie,</p>
        <p>Merci pour votre intérêt envers Fibrocap! Votre entrevue pour le poste de <strong>Spécialiste procédés - pâtes moulées</strong> est maintenant réservée.</p>
        <p>Date : jeudi 12 novembre 2026<br>Heure : 10&nbsp;h&nbsp;00 (HNE)<br>Lieu : 800 rue du Marais, Québec (QC) G1M 3R5 - demandez Émilie à la réception</p>
        <p>Au plaisir de vous rencontrer!</p>
        <p>Émilie Côté<br>Conseillère RH, Fibrocap<br><a href="mailto:emilie.cote@fibrocap.ca">emilie.cote@fibrocap.ca</a> | 418 555-0177</p>
        <hr><p style="font-size:12px;color:#86868b">Envoyé avec <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </div>
        """)
    return message(
        hdrs("Fibrocap <no-reply@teamtailor-mail.com>", "Votre entrevue avec Fibrocap est confirmée",
             "2026-11-05 13:51", TOR, "6728a3c1e0b94_4f1a2c3d5e@teamtailor-mail.com",
             "from mail-212.teamtailor-mail.com (mail-212.teamtailor-mail.com [185.230.212.21])"),
        alt(text(body), html(page)))


# 11 -- forwarded to self from her other address, original as message/rfc822
@mail(n(11), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-18 15:00", TOR), contact="patrice.lavigne@groupesylvex.com",
      company="Groupe Sylvex", local="Wed 2026-11-18 15:00", zone=TOR,
      note="Sophie se transfère (de example.net) la confirmation reçue sur son autre adresse, jointe en "
           "message/rfc822 : 'mercredi 18 novembre à 15 h' (Date originale lun. 16 nov.) -> HNE = "
           "20:00Z. Expéditrice = la candidate elle-même -> contact = l'adresse humaine du message "
           "transféré.")
def m11():
    inner_body = t("""
        Bonjour Sophie,

        Tel que convenu au téléphone, je vous confirme votre entrevue pour le poste d'analyste
        procédés (usine de La Tuque) mercredi 18 novembre à 15 h, par Teams. Vous rencontrerez
        Mme Hélène Trudel, directrice technique, et moi-même. Le lien suit dans un autre envoi.

        Bonne journée,

        Patrice Lavigne
        Partenaire d'affaires RH | Groupe Sylvex
        """)
    inner = message([
        ("From", addr("Patrice Lavigne", "patrice.lavigne@groupesylvex.com")),
        ("To", "Sophie Lemire <sophie.lemire@example.net>"),
        ("Subject", enc("Entrevue - analyste procédés")),
        ("Date", date("2026-11-16 10:12", TOR)),
        ("Message-ID", "<YQXPR01MB3120C2A9E0F1@YQXPR01MB3120.CANPRD01.PROD.OUTLOOK.COM>"),
    ], text(inner_body))
    note = t("""
        pour l'avoir dans ma boîte principale
        """)
    return message(
        hdrs("Sophie Lemire <sophie.lemire@example.net>", "Fwd: Entrevue - analyste procédés",
             "2026-11-16 12:40", TOR, "CAL7x2+fwd.1116@mail.example.net",
             "from mail.example.net (mail.example.net [203.0.113.25])"),
        mixed(text(note), attached_message(inner, filename="Entrevue - analyste procedes.eml")))


# 12 -- recruiter pastes a Zoom invitation, French
@mail(n(12), family="zoom", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-24 09:00", TOR), contact="s.benoit@recrutementmauricie.ca",
      company="Kemtek Papiers", local="Tue 2026-11-24 09:00", zone=TOR,
      note="Recruteuse d'agence qui colle l'invitation Zoom : 'Heure : 24 nov. 2026 09:00 AM Heure de "
           "l'Est (États-Unis et Canada)' -> HNE = 14:00Z; entreprise qui embauche = le client Kemtek "
           "Papiers. Contact = expéditrice.")
def m12():
    body = t("""
        Bonjour Sophie,

        Bonne nouvelle, Kemtek veut vous rencontrer! C'est confirmé pour mardi matin avec Francis
        Lachance (directeur des procédés) et moi. Voici l'invitation :

        Stéphanie Benoit vous invite à une réunion Zoom planifiée.

        Sujet : Kemtek Papiers - Entrevue Sophie Lemire
        Heure : 24 nov. 2026 09:00 AM Heure de l'Est (États-Unis et Canada)

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/86120447713?pwd=QkZ1c3R6b2pVdFh2

        ID de réunion : 861 2044 7713
        Code secret : 554120

        N'hésitez pas si vous avez des questions d'ici là.

        Stéphanie Benoit
        Conseillère principale | Recrutement Mauricie
        819 555-0190
        """)
    return message(
        hdrs(addr("Stéphanie Benoit", "s.benoit@recrutementmauricie.ca"), "Kemtek - entrevue confirmée",
             "2026-11-19 15:33", TOR, "CAN1p5Y+stbenoit.7781@mail.gmail.com",
             "from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])"),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# 13 -- Ashby, remote team in Pacific time, English
@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 10:00", "America/Vancouver"), end=utc("2026-12-02 10:45", "America/Vancouver"),
      contact="hana.kim@moss-and-mill.io", company="Moss & Mill",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:45", zone="America/Vancouver",
      note="Ashby confirmation from a Vancouver-based remote team: Wednesday, December 2, 10:00-10:45 AM "
           "PST (UTC-8) = 18:00-18:45Z (1:00 PM Eastern); ICS in UTC. Contact = Reply-To recruiter.")
def m13():
    body = t("""
        Hi Sophie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, December 2, 2026, 10:00 AM – 10:45 AM PST
        Google Meet

        You'll meet with:
          Tomás Ferreira — Staff Process Engineer
        This is a technical conversation about mill data, soft sensors and your SPC work.

        Questions? Just reply and it will reach Hana Kim.

        Thanks,
        Moss & Mill Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c0b7e2f4-5d61-4a8e-9b0f-ashby-mossmill-1202
DTSTAMP:20261125T201544Z
DTSTART:20261202T180000Z
DTEND:20261202T184500Z
SEQUENCE:0
SUMMARY:Moss & Mill – Technical Interview (Sophie Lemire)
LOCATION:Google Meet
ORGANIZER;CN=Hana Kim:mailto:hana.kim@moss-and-mill.io
ATTENDEE;CN=Sophie Lemire;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Moss & Mill <no-reply@ashbyhq.com>", "Interview confirmed: Senior Process Data Analyst at Moss & Mill",
             "2026-11-25 12:15", "America/Vancouver",
             "010001935d2a8f41-ashby-4b1e-a9d0-7c33e1f0b2d8-000000@email.amazonses.com",
             "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
             extra=(("Reply-To", "Hana Kim <hana.kim@moss-and-mill.io>"),)),
        mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# 14 -- iCIMS, Québec City engineering firm, windows-1252 quoted-printable, ISO date
@mail(n(14), family="icims", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 08:30", TOR), end=utc("2026-12-08 09:30", TOR),
      contact="julie.fortin@genivia-ing.com", company="Génivia Ingénierie",
      local="Tue 2026-12-08 08:30", local_end="2026-12-08 09:30", zone=TOR,
      note="iCIMS (windows-1252, QP) : '2026-12-08 de 8 h 30 à 9 h 30 (heure de l'Est)' -> HNE = "
           "13:30-14:30Z. Expéditeur iCIMS (boîte système); contact = adresse de la recruteuse dans le "
           "corps.")
def m14():
    body = t("""
        Bonjour Sophie,

        Nous vous remercions de l’intérêt que vous portez à Génivia Ingénierie. Nous avons le plaisir
        de vous confirmer une entrevue pour le poste suivant :

        Poste : Ingénieure junior / analyste procédés – Pâtes et papiers (Req. 2026-3381)
        Date : 2026-12-08
        Heure : de 8 h 30 à 9 h 30 (heure de l’Est)
        Endroit : 5250, boulevard des Gradins, Québec – 3e étage, salle « Montmorency »

        Présentez-vous à l’accueil 10 minutes d’avance avec une pièce d’identité.
        Pour toute question, écrivez à Julie Fortin : julie.fortin@genivia-ing.com

        Cordialement,

        L’équipe Talents – Génivia Ingénierie

        Ne répondez pas à ce message, cette boîte n’est pas surveillée.
        """)
    return message(
        hdrs(addr("Génivia Ingénierie", "genivia-ingenierie@talent.icims.com", "windows-1252"),
             "Génivia – Confirmation d’entrevue", "2026-12-02 10:49", TOR,
             "1733154540.77120.icims-notify@talent.icims.com",
             "from out-ia03.icims.com (out-ia03.icims.com [64.79.158.43])", charset="windows-1252"),
        text(body, charset="windows-1252"))


# 15 -- reply on top of a thread, Toronto employer, sent late evening (UTC date is the next day)
@mail(n(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 14:30", TOR), contact="d.okafor@lakeshorefibre.ca",
      company="Lakeshore Fibre Analytics", local="Thu 2026-12-10 14:30", zone=TOR,
      note="Hiring manager's reply sent Tue 8 Dec 21:40 EST (= Wed 9 Dec 02:40Z, another day in UTC); "
           "'Thursday at 2:30' -> Thu 10 Dec 14:30 EST = 19:30Z. Final round with the same Toronto "
           "employer as the September screen, moved from onsite to Teams at Sophie's request (same "
           "time, so scheduled). Contact = sender.")
def m15():
    body = t("""
        Hi Sophie,

        Sorry for the late reply - long day at the mill. Yes, Thursday at 2:30 works, we'll do it on
        Teams instead of you driving to Toronto. Same link as last time. Plan for the full team (me,
        Priya and our VP Ops, Laura Chen).

        Thanks,
        Daniel

        Daniel Okafor | Manager, Process Analytics
        Lakeshore Fibre Analytics | 416-555-0163

        From: Sophie Lemire <sophie.lemire@example.org>
        Sent: Tuesday, December 8, 2026 4:05 PM
        To: Daniel Okafor <d.okafor@lakeshorefibre.ca>
        Subject: Re: Final round

        Hi Daniel,
        Thanks for the update. With the storm forecast I'd rather not drive on Thursday; would it be
        possible to do the final round remotely at the same time, 2:30?
        Sophie
        """)
    page = t("""
        <html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Sophie,</p>
        <p>Sorry for the late reply - long day at the mill. Yes, Thursday at 2:30 works, we'll do it on Teams instead of you driving to Toronto. Same link as last time. Plan for the full team (me, Priya and our VP Ops, Laura Chen).</p>
        <p>Thanks,<br>Daniel</p>
        <p style="color:#555">Daniel Okafor | Manager, Process Analytics<br>Lakeshore Fibre Analytics | 416-555-0163</p>
        <div style="border-top:solid #E1E1E1 1pt;padding-top:3pt">
        <p><b>From:</b> Sophie Lemire &lt;sophie.lemire@example.org&gt;<br><b>Sent:</b> Tuesday, December 8, 2026 4:05 PM<br>
        <b>To:</b> Daniel Okafor &lt;d.okafor@lakeshorefibre.ca&gt;<br><b>Subject:</b> Re: Final round</p>
        <p>Hi Daniel,<br>Thanks for the update. With the storm forecast I'd rather not drive on Thursday; would it be possible to do the final round remotely at the same time, 2:30?<br>Sophie</p>
        </div></div></body></html>
        """)
    return message(
        hdrs("Daniel Okafor <d.okafor@lakeshorefibre.ca>", "RE: Final round", "2026-12-08 21:40", TOR,
             "YT2PR01MB8830F7A1C3E2D9B40A5E61@YT2PR01MB8830.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2121.outbound.protection.outlook.com [40.107.114.121])",
             extra=(("In-Reply-To", "<CAF3x9+sophie.1208@mail.example.org>"),
                    ("Thread-Topic", "Final round"))),
        alt(text(body), html(page)))


# 16 -- GoodTime itinerary, two sessions, English
@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-14 13:00", TOR), end=utc("2026-12-14 15:00", TOR),
      contact="marisol.ortega@verdantcellulose.com", company="Verdant Cellulose",
      local="Mon 2026-12-14 13:00", local_end="2026-12-14 15:00", zone=TOR,
      note="GoodTime itinerary, two back-to-back sessions Mon 14 Dec 1:00-2:00 PM and 2:15-3:00 PM EST "
           "-> first start 18:00Z to last end 20:00Z. Sender is a GoodTime relay; contact = the "
           "coordinator's Reply-To.")
def m16():
    body = t("""
        Hi Sophie,

        Your interviews with Verdant Cellulose are confirmed. Please find your itinerary below.

        Monday, December 14, 2026 (Eastern Time)

          1:00 PM - 2:00 PM   Process Modelling Deep Dive    with Andrew Lindqvist
          2:15 PM - 3:00 PM   Team Fit                       with Chantal Morin, Bruno Ortiz

        Video: https://verdantcellulose.zoom.us/j/91522014637

        Please reply to this email if you need anything before the day.

        Marisol Ortega
        Recruiting Coordinator, Verdant Cellulose
        """)
    return message(
        hdrs("Verdant Cellulose Recruiting <scheduling@verdantcellulose.goodtime.io>",
             "Your interview itinerary - Verdant Cellulose", "2026-12-08 09:02", TOR,
             "goodtime.itin.8f41c2e0.20261208@verdantcellulose.goodtime.io",
             "from mail.goodtime.io (mail.goodtime.io [50.31.156.40])",
             extra=(("Reply-To", "Marisol Ortega <marisol.ortega@verdantcellulose.com>"),)),
        alt(text(body), html(gmail_html(body))))


# 17 -- hiring manager moves the interview (tu), old and new time; thread with the proposal in key 30
@mail(n(17), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-01 14:00", TOR), contact="jpellerin@tissusbecancour.ca", company="Tissus Bécancour",
      local="Thu 2026-10-01 14:00", zone=TOR,
      note="Déplacement en prose (tu) : l'entrevue de 'mercredi 10 h' (30 sept.) passe à 'jeudi le 1er "
           "octobre à 14 h' (Date lun. 28 sept.) -> HAE = 18:00Z. Ancienne et nouvelle heures dans le "
           "même courriel; la nouvelle est ferme ('c'est réservé'). Contact = expéditeur.")
def m17():
    body = t("""
        Salut Sophie,

        Petit changement de plan : j'ai un arrêt de machine planifié mercredi matin, fak je peux pas
        faire notre entrevue de mercredi 10 h. Je l'ai déplacée à jeudi le 1er octobre à 14 h, même
        place (bureau administratif, 2e étage). J'ai réservé la salle, c'est réglé de mon bord.

        Désolé pour le trouble, on se voit jeudi!

        JP

        --
        Jean-Philippe Pellerin, ing.
        Surintendant procédés | Tissus Bécancour
        819 555-0128

        Le jeu. 24 sept. 2026, à 16 h 02, Jean-Philippe Pellerin <jpellerin@tissusbecancour.ca> a écrit :
        > Ça te va-tu mercredi le 30 à 10 h? Sinon dis-moi ce qui t'arrange.
        """)
    return message(
        hdrs(addr("Jean-Philippe Pellerin", "jpellerin@tissusbecancour.ca"), "Re: Entrevue - poste analyste",
             "2026-09-28 07:12", TOR, "CAD8k1p+jpp.0928.a1@mail.gmail.com",
             "from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
             extra=(("In-Reply-To", "<CAD8k1p+jpp.0924.b7@mail.gmail.com>"),
                    ("References", "<CAD8k1p+jpp.0924.b7@mail.gmail.com> <CAF3x9+sophie.0925@mail.example.org>"))),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# 18 -- Exchange meeting update (SEQUENCE 1): the new time only in the ICS, the old one in the body
@mail(n(18), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-27 15:30", TOR), end=utc("2026-10-27 16:30", TOR),
      contact="isabelle.nadeau@biopulpe.ca", company="Biopulpe Laurentienne",
      local="Tue 2026-10-27 15:30", local_end="2026-10-27 16:30", zone=TOR,
      note="Mise à jour Exchange (SEQUENCE:1) : le corps ne donne que l'ancienne heure (jeudi 22 oct. 10 h) "
           "et 'la nouvelle heure est dans l'invitation'; l'ICS (Eastern Standard Time) dit mar. 27 oct. "
           "15:30-16:30 HAE -> 19:30-20:30Z. Contact = ORGANIZER / expéditrice.")
def m18():
    body = t("""
        Bonjour Sophie,

        Désolée, notre directeur de l'ingénierie doit être à l'usine de Saint-Jérôme jeudi. On déplace
        donc votre entrevue initialement prévue jeudi 22 octobre à 10 h; la nouvelle plage est dans
        l'invitation mise à jour. Même lien Teams.

        Merci de votre souplesse,
        Isabelle Nadeau
        Conseillère principale, talents
        Biopulpe Laurentienne - Montréal

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour rejoindre la réunion
        ID de la réunion : 219 664 870 315
        Code secret : pF7wQx
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Isabelle Nadeau:mailto:isabelle.nadeau@biopulpe.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Lemire:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yves Charbonneau:mailto:yves.charbonneau@biopulpe.ca
UID:040000008200E00074C5B7101A82E00800000000F0C4D51E9A5EDC01000000000000000010000000A7C5E9B1
SUMMARY;LANGUAGE=fr-CA:Entrevue - Sophie Lemire - Analyste procédés
DTSTART;TZID=Eastern Standard Time:20261027T153000
DTEND;TZID=Eastern Standard Time:20261027T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T133017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2119284417
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs(addr("Isabelle Nadeau", "isabelle.nadeau@biopulpe.ca"),
             "Mis à jour : Entrevue - Sophie Lemire - Analyste procédés", "2026-10-21 09:30", TOR,
             "YQXPR01MB5530D1E7A2C0F4B86E39A2@YQXPR01MB5530.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2103.outbound.protection.outlook.com [40.107.117.103])",
             extra=(("Thread-Topic", enc("Entrevue - Sophie Lemire - Analyste procédés")),
                    ("Content-Language", "fr-CA"))),
        alt(text(body), calendar(ics, cte="base64")))


# 19 -- Halifax firm moves the second interview, plain Outlook prose, Atlantic time after DST end
@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-06 09:30", HFX), contact="colleen.macisaac@harbourpulp.ca",
      company="Harbour Pulp Solutions", local="Fri 2026-11-06 09:30", zone=HFX,
      note="Halifax recruiter (thread with the 13 Oct interview): second interview moves from Thu 5 Nov "
           "1:00 PM Atlantic to Fri 6 Nov 9:30 AM Atlantic ('8:30 your time'). DST ended 1 Nov, so AST "
           "(UTC-4) -> 13:30Z. Old and new time in the same mail; contact = sender.")
def m19():
    body = t("""
        Hi Sophie,

        Kevin has been pulled into a site visit in Pictou on Thursday, so we need to move your second
        interview. Instead of Thursday, Nov 5 at 1:00 PM Atlantic, we're now booked for Friday, Nov 6
        at 9:30 AM Atlantic - that's 8:30 AM your time now that the clocks have changed on both ends.
        Same Teams link as before; I've updated the invite on our side.

        Apologies for the shuffle, and thanks for being flexible.

        Colleen MacIsaac
        People & Culture Lead | Harbour Pulp Solutions
        Halifax, NS | 902-555-0114
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p class="MsoNormal">Hi Sophie,</p>
        <p class="MsoNormal">Kevin has been pulled into a site visit in Pictou on Thursday, so we need to move your second interview.
        Instead of <s>Thursday, Nov 5 at 1:00 PM Atlantic</s>, we're now booked for <b>Friday, Nov 6 at 9:30 AM Atlantic</b> -
        that's 8:30 AM your time now that the clocks have changed on both ends. Same Teams link as before; I've updated the invite on our side.</p>
        <p class="MsoNormal">Apologies for the shuffle, and thanks for being flexible.</p>
        <p class="MsoNormal">Colleen MacIsaac<br>People &amp; Culture Lead | Harbour Pulp Solutions<br>Halifax, NS | 902-555-0114</p>
        </div></body></html>
        """)
    return message(
        hdrs("Colleen MacIsaac <colleen.macisaac@harbourpulp.ca>", "Change of time - second interview",
             "2026-11-02 11:48", HFX, "YT3PR01MB6120B7E2F9A04C1D5E88A3@YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2104.outbound.protection.outlook.com [40.107.115.104])",
             extra=(("Thread-Topic", "Change of time - second interview"), ("Content-Language", "en-US"),
                    ("Importance", "high"))),
        alt(text(body, charset="windows-1252"), html(page)))


# 20 -- Recruitee reschedule, French; Reply-To is a Recruitee relay
@mail(n(20), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-03 10:00", TOR), end=utc("2026-12-03 10:45", TOR),
      contact="myriam.lacroix@sechoirsmauricie.ca", company="Séchoirs Mauricie",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone=TOR,
      note="Recruitee : entrevue déplacée de 'mardi 1er décembre, 13 h' à 'jeudi 3 décembre 2026, "
           "10 h 00 - 10 h 45 (heure de l'Est)' -> HNE = 15:00-15:45Z. Reply-To = relais Recruitee "
           "(adresse +…), pas une personne; contact = adresse de la recruteuse dans la signature.")
def m20():
    body = t("""
        Bonjour Sophie,

        Nous devons modifier l'heure de votre entrevue pour le poste d'Analyste en amélioration
        continue.

        Ancienne date : mardi 1er décembre, 13 h
        Nouvelle date : jeudi 3 décembre 2026, 10 h 00 - 10 h 45 (heure de l'Est)
        Lieu : Séchoirs Mauricie, 1980 rue de la Fonderie, Trois-Rivières

        Le rendez-vous a été mis à jour dans votre portail candidat. Veuillez nous excuser de ce
        changement.

        Myriam Lacroix
        Recrutement, Séchoirs Mauricie
        myriam.lacroix@sechoirsmauricie.ca
        """)
    page = t("""
        <table width="100%" style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#27313d"><tr><td>
        <p>Bonjour Sophie,</p>
        <p>Nous devons modifier l'heure de votre entrevue pour le poste d'<b>Analyste en amélioration continue</b>.</p>
        <p><span style="color:#8a96a3">Ancienne date :</span> <s>mardi 1er décembre, 13 h</s><br>
        <span style="color:#8a96a3">Nouvelle date :</span> <b>jeudi 3 décembre 2026, 10 h 00 - 10 h 45 (heure de l'Est)</b><br>
        <span style="color:#8a96a3">Lieu :</span> Séchoirs Mauricie, 1980 rue de la Fonderie, Trois-Rivières</p>
        <p>Le rendez-vous a été mis à jour dans votre portail candidat. Veuillez nous excuser de ce changement.</p>
        <p>Myriam Lacroix<br>Recrutement, Séchoirs Mauricie<br>
        <a href="mailto:myriam.lacroix@sechoirsmauricie.ca">myriam.lacroix@sechoirsmauricie.ca</a></p>
        <p style="font-size:11px;color:#8a96a3">Propulsé par Recruitee</p>
        </td></tr></table>
        """)
    return message(
        hdrs(addr("Séchoirs Mauricie", "sechoirsmauricie@mail.recruitee.com"),
             "Modification de votre entrevue – Séchoirs Mauricie", "2026-11-27 14:20", TOR,
             "674774a1c2e9b_1f3a5c7e9d@mail.recruitee.com",
             "from mail-out7.recruitee.com (mail-out7.recruitee.com [185.102.4.77])",
             extra=(("Reply-To", "sechoirsmauricie+c8f2a1d04e@inbound.recruitee.com"),)),
        alt(text(body, cte="base64"), html(page, cte="base64")))


# 21 -- Google Calendar cancellation, English
@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-30 11:00", TOR), end=utc("2026-09-30 11:45", TOR),
      contact="ethan.wallace@northlinepaper.com", company="Northline Paper Co.",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone=TOR,
      note="Google Calendar cancellation (METHOD:CANCEL): 'Wed Sep 30, 2026 11am - 11:45am (EDT)' -> "
           "15:00-15:45Z, the cancelled slot. No new time. Contact = ORGANIZER / sender.")
def m21():
    body = t("""
        This event has been canceled.

        Interview: Sophie Lemire / Process Engineer II
        Canceled: Wed Sep 30, 2026 11am – 11:45am (Eastern Time - Toronto)

        Organizer
        Ethan Wallace
        ethan.wallace@northlinepaper.com

        Guests
        Ethan Wallace - organizer
        sophie.lemire@example.org

        "Hi Sophie - we've put the Process Engineer II search on hold until Q1, so I'm canceling our
        chat for now. Really sorry about this, I'll reach out if it opens up again. -Ethan"

        Invitation from Google Calendar
        You are receiving this email at the account sophie.lemire@example.org because you are an
        attendee of this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260930T150000Z
DTEND:20260930T154500Z
DTSTAMP:20260925T192244Z
ORGANIZER;CN=Ethan Wallace:mailto:ethan.wallace@northlinepaper.com
UID:3kq0v8m1n2northline0930@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Sophie Lemire / Process Engineer II
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs("Ethan Wallace <ethan.wallace@northlinepaper.com>",
             "Canceled event: Interview: Sophie Lemire / Process Engineer II @ Wed Sep 30, 2026 11am - 11:45am (EDT)",
             "2026-09-25 15:22", TOR, "000000000000c4e9a10613f2b8a1@google.com",
             "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
              calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64", name_param=True)))


# 22 -- French prose cancellation, position filled internally, iso-8859-15 8bit
@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-23 13:30", TOR), contact="chantale.houle@papiersstlaurentnord.ca",
      company="Papiers Saint-Laurent Nord", local="Fri 2026-10-23 13:30", zone=TOR,
      note="Annulation en prose : 'notre entrevue de vendredi 13 h 30' (Date mar. 20 oct.) -> ven. 23 "
           "oct. 13:30 HAE = 17:30Z, le créneau annulé; poste comblé à l'interne, aucune nouvelle heure. "
           "Contact = expéditrice.")
def m22():
    body = t("""
        Bonjour Madame Lemire,

        Je dois malheureusement annuler notre entrevue de vendredi 13 h 30. Le poste de coordonnatrice
        procédés a été comblé à l'interne hier par une employée de l'usine de Louiseville.

        Votre profil nous a beaucoup intéressés et je me permets de le garder en banque pour un
        prochain affichage, si vous êtes d'accord.

        Je m'excuse de ce contretemps et vous souhaite bon succès dans vos recherches.

        Chantale Houle
        Conseillère en ressources humaines
        Papiers Saint-Laurent Nord
        Tél. : 819 555-0166, poste 2210
        """)
    return message(
        hdrs(addr("Chantale Houle", "chantale.houle@papiersstlaurentnord.ca", "iso-8859-15"),
             "Annulation - entrevue du 23 octobre", "2026-10-20 11:07", TOR,
             "0a1b7c3e.5d2f.4e8a.9c61.sl-nord@papiersstlaurentnord.ca",
             "from smtp.papiersstlaurentnord.ca (smtp.papiersstlaurentnord.ca [142.169.20.44])",
             charset="iso-8859-15", extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-15", cte="8bit"))


# 23 -- softgarden cancellation, English, new time to come
@mail(n(23), family="softgarden", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-16 10:00", TOR), contact="olivier.gauthier@hagemann-filtration.com",
      company="Hagemann Filtration Canada", local="Mon 2026-11-16 10:00", zone=TOR,
      note="softgarden cancellation: 'Monday, 16 November 2026, 10:00 AM (EST)' -> 15:00Z, the cancelled "
           "slot; 'you will receive new time slots' is no new time, so cancelled, not rescheduled. "
           "Sender is a no-reply; contact = recruiter's address in the body.")
def m23():
    body = t("""
        Dear Sophie Lemire,

        Unfortunately we have to cancel your interview for the position Process Engineer - Filtration
        Media (Montréal) scheduled for:

        Monday, 16 November 2026, 10:00 AM (EST)

        Our hiring manager is unavailable that day. You will receive new time slots to choose from in
        the next few days.

        If you have any questions, please contact Olivier Gauthier (olivier.gauthier@hagemann-filtration.com).

        Kind regards
        Your Hagemann Filtration Canada recruiting team

        This message was sent via softgarden. Please do not reply to this email.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <img src="https://static.softgarden.io/logos/hagemann.png" alt="Hagemann Filtration" width="160">
        <p>Dear Sophie Lemire,</p>
        <p>Unfortunately we have to cancel your interview for the position <b>Process Engineer - Filtration Media (Montréal)</b> scheduled for:</p>
        <p style="background:#f3f3f3;padding:8px"><b>Monday, 16 November 2026, 10:00 AM (EST)</b></p>
        <p>Our hiring manager is unavailable that day. You will receive new time slots to choose from in the next few days.</p>
        <p>If you have any questions, please contact Olivier Gauthier (<a href="mailto:olivier.gauthier@hagemann-filtration.com">olivier.gauthier@hagemann-filtration.com</a>).</p>
        <p>Kind regards<br>Your Hagemann Filtration Canada recruiting team</p>
        <p style="font-size:11px;color:#888">This message was sent via softgarden. Please do not reply to this email.</p>
        </body></html>
        """)
    return message(
        hdrs("Hagemann Filtration Canada <no-reply@softgarden.io>",
             "Your interview on 16.11.2026 has been cancelled", "2026-11-10 08:15", TOR,
             "sg.8d41f0a2-6c1e-4b3a-bb90-1e7f3a0c2d55@softgarden.io",
             "from mx-out2.softgarden.io (mx-out2.softgarden.io [185.42.120.12])"),
        alt(text(body), html(page)))


# =========================================================================== negatives


# 24 -- Taleo rejection, bilingual
@mail(n(24), family="taleo_rejection", lang="fr", interview=False, company="Groupe forestier Hauts-Bois",
      note="Refus Taleo bilingue après candidature; aucune entrevue, aucune heure.")
def m24():
    body = t("""
        Bonjour Sophie,

        Nous vous remercions de l'intérêt que vous avez manifesté pour le poste Analyste de procédés -
        Usine de pâte kraft (No de réf. 2600417) au sein du Groupe forestier Hauts-Bois.

        Après une analyse attentive de votre candidature, nous avons retenu des candidatures dont le
        profil correspond davantage aux exigences du poste. Nous ne donnerons donc pas suite à votre
        candidature pour le moment.

        Nous conserverons votre dossier et vous invitons à consulter régulièrement nos offres.

        Acquisition de talents - Groupe forestier Hauts-Bois

        ---

        Dear Sophie,

        Thank you for your interest in the Process Analyst - Kraft Pulp Mill position (Ref. 2600417)
        with Groupe forestier Hauts-Bois. After careful review, we have decided to move forward with
        other candidates whose profile more closely matches the requirements of the position.

        Talent Acquisition - Groupe forestier Hauts-Bois

        Ce courriel a été envoyé automatiquement. / This is an automated message.
        """)
    return message(
        hdrs("Groupe forestier Hauts-Bois <hautsbois@ca.taleo.net>",
             "Votre candidature / Your application - 2600417", "2026-09-08 17:42", TOR,
             "1499617.1757367720.JavaMail.taleo@ca.taleo.net",
             "from ca-smtp-out3.taleo.net (ca-smtp-out3.taleo.net [160.34.18.73])"),
        text(body, charset="iso-8859-1"))


# 25 -- Workable application receipt, English
@mail(n(25), family="workable_receipt", lang="en", interview=False, company="Pulpwise",
      note="Workable application acknowledgement ('we'll be in touch if…'); no interview, no time.")
def m25():
    body = t("""
        Hi Sophie,

        Thanks for applying for the Process Analytics Specialist (Remote, Canada) role at Pulpwise!

        We've received your application and our team will review it over the next two weeks. If your
        experience is a match, we'll reach out to set up a first interview.

        In the meantime, feel free to check out our blog to learn more about how we help mills cut
        steam consumption.

        Best,
        The Pulpwise Hiring Team

        Sent via Workable
        """)
    return message(
        hdrs("Pulpwise <noreply@candidates.workablemail.com>",
             "Thanks for applying to Pulpwise", "2026-09-14 20:03", TOR,
             "wk.app.2c0e9a17f4@candidates.workablemail.com",
             "from mail4.workablemail.com (mail4.workablemail.com [52.203.104.18])",
             extra=(("Reply-To", "pulpwise+a1f9c3e0b2@candidates.workablemail.com"),)),
        alt(text(body), html(gmail_html(body))))


# 26 -- Personio offer with a fixed first-day time (thread with key 4)
@mail(n(26), family="personio_offer", lang="fr", interview=False, company="Énergie Grand-Mère",
      days=(("Mon", "2026-10-19"), ("Fri", "2026-10-09")),
      note="Offre d'emploi via Personio après l'entrevue du 21 sept. : heure fixe ('lundi 19 octobre à "
           "8 h', premier jour) mais c'est une offre et une date d'entrée en poste, pas une entrevue.")
def m26():
    body = t("""
        Bonjour Sophie,

        Suite à nos rencontres, nous avons le plaisir de vous offrir le poste d'Analyste procédés et
        efficacité énergétique chez Énergie Grand-Mère. Vous trouverez la lettre d'offre dans votre
        espace candidat.

        Si vous acceptez, votre première journée serait lundi 19 octobre à 8 h, à notre bureau de
        Shawinigan (accueil et visite de la centrale avec Martin Bergeron).

        Merci de nous faire part de votre décision d'ici vendredi 9 octobre.

        Meilleures salutations,
        L'équipe RH d'Énergie Grand-Mère
        """)
    return message(
        hdrs(addr("Énergie Grand-Mère", "no-reply@mail.personio.de"),
             "Votre offre d'emploi – Énergie Grand-Mère", "2026-10-02 10:30", TOR,
             "prs.offer.77e1a0c2.20261002@mail.personio.de",
             "from mail-out.personio.de (mail-out.personio.de [3.120.181.64])"),
        alt(text(body), html(gmail_html(body))))


# 27 -- JOIN job alert, French
@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Alerte d'emplois JOIN : liste d'offres, aucune entrevue.")
def m27():
    body = t("""
        Bonjour Sophie,

        5 nouveaux emplois correspondent à votre alerte « analyste procédés - Mauricie » :

        - Analyste procédés - Usine de carton (Trois-Rivières) - il y a 2 jours
        - Technologue en procédés chimiques (Bécancour) - il y a 3 jours
        - Ingénieur(e) procédés junior (Drummondville) - hier
        - Analyste données de production (télétravail, Canada) - aujourd'hui
        - Coordonnateur(trice) amélioration continue (Shawinigan) - il y a 4 jours

        Postulez en un clic avec votre profil JOIN.

        Modifier l'alerte | Se désabonner
        JOIN Solutions AG
        """)
    return message(
        hdrs("JOIN <jobalerts@join.com>", "5 nouveaux emplois pour « analyste procédés - Mauricie »",
             "2026-10-05 06:00", TOR, "alert.4f1e0a9b2c.20261005@join.com",
             "from mail.join.com (mail.join.com [159.135.140.22])",
             extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=4f1e0a9b2c>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(gmail_html(body))))


# 28 -- Substack newsletter telling an interview story with a time
@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Newsletter post about the author's own process-engineer interview ('my interview was on "
           "Tuesday at 10') - a story, not the reader's interview.")
def m28():
    body = t("""
        THE MILL FLOOR - issue #87

        What I wish I'd known before my last process engineering interview

        My interview was on Tuesday at 10, a panel of four, and the first question was about a
        digester upset I had never seen. Here's what I learned:

        1. Bring one mass balance you can draw from memory.
        2. Know your mill's SPC story in two minutes.
        3. Ask about the DCS historian before they ask you.

        Next week: how to negotiate shift premiums.

        You're receiving this because you subscribed to The Mill Floor.
        Unsubscribe: https://themillfloor.substack.com/action/disable_email
        """)
    return message(
        hdrs("The Mill Floor <themillfloor@substack.com>",
             "What I wish I'd known before my last process engineering interview", "2026-10-15 08:02", TOR,
             "20261015120205.3.9a8b7c6d5e@mg1.substack.com",
             "from mg1.substack.com (mg1.substack.com [198.61.254.17])",
             extra=(("List-Unsubscribe", "<https://themillfloor.substack.com/action/disable_email>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(gmail_html(body))))


# 29 -- recruiter sends a scheduling link, no fixed time
@mail(n(29), family="self_schedule_link", lang="en", interview=False, company="Ridgeway Kraft",
      note="Recruiter invites Sophie to pick a slot on a Calendly page; no time fixed yet.")
def m29():
    body = t("""
        Hi Sophie,

        Thanks for your application to the Process Improvement Engineer opening at our Thunder Bay mill
        (remote-friendly for the right person). I'd love to set up a 30-minute intro call.

        Please grab whatever time works for you here:
        https://calendly.com/ridgeway-kraft-talent/intro-30

        Slots are available most weekdays between 9 and 4 Eastern.

        Cheers,
        Megan Ross
        Talent Acquisition, Ridgeway Kraft
        """)
    return message(
        hdrs("Megan Ross <megan.ross@ridgewaykraft.com>", "Ridgeway Kraft - intro call",
             "2026-10-08 13:17", TOR, "CAM9r0s+megan.1008@mail.gmail.com",
             "from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])"),
        alt(text(body), html(gmail_html(body))))


# 30 -- hiring manager proposes a time (tu), not yet confirmed (thread with key 17)
@mail(n(30), family="proposal_unconfirmed", lang="fr", interview=False, company="Tissus Bécancour",
      days=(("Wed", "2026-09-30"),),
      note="Proposition non confirmée : 'Ça te va-tu mercredi le 30 à 10 h? Sinon dis-moi ce qui "
           "t'arrange.' La confirmation (puis le déplacement) arrive dans un autre courriel.")
def m30():
    body = t("""
        Salut Sophie,

        Merci pour ton CV, Julie des RH me l'a passé. J'aimerais ça te rencontrer pour le poste
        d'analyste. Ça te va-tu mercredi le 30 à 10 h? Sinon dis-moi ce qui t'arrange, je suis pas mal
        flexible la semaine prochaine.

        JP

        --
        Jean-Philippe Pellerin, ing.
        Surintendant procédés | Tissus Bécancour
        """)
    return message(
        hdrs(addr("Jean-Philippe Pellerin", "jpellerin@tissusbecancour.ca"), "Entrevue - poste analyste",
             "2026-09-24 16:02", TOR, "CAD8k1p+jpp.0924.b7@mail.gmail.com",
             "from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])"),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# 31 -- agency outreach proposing a time
@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Keystone Technical Search",
      days=(("Tue", "2026-10-20"),),
      note="Agency cold outreach: 'would Tuesday at 10 work for a quick call?' - a proposal, nothing "
           "confirmed.")
def m31():
    body = t("""
        Hi Sophie,

        I came across your profile and your work on brownstock washing optimization caught my eye. I'm
        working on a Senior Process Engineer search for a tissue producer near Sherbrooke (client
        confidential for now), salary range 105-120k plus bonus.

        Would Tuesday at 10 work for a quick 15-minute call? If not, send me a couple of times that
        suit you.

        Best regards,
        Aaron Whitfield
        Principal Recruiter, Keystone Technical Search
        514-555-0109
        """)
    return message(
        hdrs("Aaron Whitfield <aaron.whitfield@keystonesearch.ca>", "Senior Process Engineer - tissue",
             "2026-10-15 11:46", TOR, "0101019a8e3f44b2-keystone-aw@email.amazonses.com",
             "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])"),
        alt(text(body), html(gmail_html(body))))


# 32 -- Services Québec appointment with an employment counsellor
@mail(n(32), family="job_centre_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Rendez-vous fixe avec une conseillère en emploi de Services Québec (mar. 20 oct. 10 h) : "
           "pas une entrevue d'embauche.")
def m32():
    body = t("""
        Bonjour Madame Lemire,

        Nous vous confirmons votre rendez-vous avec votre conseillère en emploi.

        Date : mardi 20 octobre 2026
        Heure : 10 h
        Lieu : Bureau de Services Québec de Trois-Rivières, 100 rue Laviolette, 2e étage
        Conseillère : Mme Diane Lampron

        Objet : suivi de votre démarche de recherche d'emploi et mesure de préparation à l'emploi.

        Apportez votre curriculum vitae à jour et la liste des entreprises contactées.

        Pour annuler ou modifier ce rendez-vous, composez le 1 877 555-0100.

        Ce courriel est envoyé automatiquement, veuillez ne pas y répondre.
        """)
    return message(
        hdrs(addr("Services Québec", "ne-pas-repondre@servicesquebec.example.com", "iso-8859-1"),
             "Confirmation de rendez-vous - Services Québec", "2026-10-13 09:15", TOR,
             "rdv.20261013.88412@servicesquebec.example.com",
             "from smtp.servicesquebec.example.com (smtp.servicesquebec.example.com [192.0.2.80])"),
        text(body, charset="iso-8859-1"))


# 33 -- a journalist confirms an interview with Sophie (she is the one interviewed, for a paper)
@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Journaliste qui confirme une entrevue avec Sophie pour un article ('jeudi le 22 à 14 h') : "
           "heure fixe, mais entrevue de presse, pas d'embauche.")
def m33():
    body = t("""
        Bonjour Sophie,

        Merci d'avoir accepté! C'est donc confirmé pour notre entrevue jeudi le 22 à 14 h, au café
        Le Torréfacteur sur la rue des Forges (je vais avoir un chandail rouge). Ça devrait durer une
        trentaine de minutes. Le papier porte sur les femmes ingénieures et analystes dans les
        papetières de la Mauricie, et sur la transition vers les emballages en fibre.

        Un photographe pourrait passer à la fin, si ça vous convient.

        Merci encore,

        Geneviève Carrier
        Journaliste, L'Écho mauricien
        819 555-0131
        """)
    return message(
        hdrs(addr("Geneviève Carrier", "gcarrier@echomauricien.example.com"),
             "Entrevue pour L'Écho mauricien - confirmation", "2026-10-16 14:05", TOR,
             "f2e1c0b9-echo-4a8d-9e1f-1c2b3a4d5e6f@echomauricien.example.com",
             "from smtp.echomauricien.example.com (smtp.echomauricien.example.com [198.51.100.31])"),
        text(body, cte="8bit"))


# 34 -- podcast recording confirmed, English
@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Podcast guest booking: recording confirmed Thu Nov 19 at 1 PM Eastern - a fixed time, but "
           "a podcast interview, not a job interview.")
def m34():
    body = t("""
        Hi Sophie,

        You're all set to be a guest on "Process Matters"! Here are your recording details:

        Recording: Thursday, November 19, 2026, 1:00 - 2:00 PM Eastern
        Where: Riverside.fm studio (link below), headphones please
        Topic: Soft sensors and lab data in a kraft mill - your career path so far

        Studio link: https://riverside.fm/studio/process-matters?t=5c2e

        We'll send you a short prep doc a few days before. Thanks again for agreeing to the interview!

        Noah Patel
        Host, Process Matters
        """)
    return message(
        hdrs("Noah Patel <noah@processmatters.example.net>", "Process Matters - your recording is confirmed",
             "2026-11-11 19:40", TOR, "CAJ4pn+noah.1111.e2@mail.gmail.com",
             "from mail-ot1-f53.google.com (mail-ot1-f53.google.com [209.85.210.53])"),
        alt(text(body), html(gmail_html(body))))


# 35 -- MBA admission interview
@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Entrevue d'admission au MBA pour cadres (ven. 27 nov. 9 h) : heure fixe, mais admission "
           "universitaire, pas une embauche.")
def m35():
    body = t("""
        Madame Lemire,

        Votre dossier de candidature au programme de MBA pour cadres (cohorte de janvier 2027) a été
        jugé recevable. Nous vous convions à une entrevue d'admission avec le comité de sélection :

        Date : vendredi 27 novembre 2026
        Heure : 9 h à 9 h 40
        Lieu : Pavillon Ringuet, local 2104, Trois-Rivières (ou par Zoom sur demande)

        Veuillez confirmer votre présence en répondant à ce courriel.

        Bureau du registraire - Admission aux cycles supérieurs
        Institut de gestion Laviolette
        """)
    return message(
        hdrs(addr("Admission - Institut de gestion Laviolette", "admission@igl.example.edu"),
             "Entrevue d'admission - MBA pour cadres", "2026-11-16 10:22", TOR,
             "adm.2026.11.16.4471@igl.example.edu",
             "from mx1.igl.example.edu (mx1.igl.example.edu [192.0.2.141])"),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


# 36 -- curling league try-out
@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-31"),),
      note="Essais (try-out) de la ligue compétitive de curling, sam. 31 oct. 9 h : sport, pas une "
           "entrevue.")
def m36():
    body = t("""
        Salut Sophie!

        Merci pour ton inscription aux essais de la ligue compétitive du mercredi soir. T'es inscrite
        dans le groupe B :

        Samedi 31 octobre, 9 h, glaces 3 et 4
        Évaluation : lancers de placement, balayage, lecture de glace (environ 2 h)

        Arrive 20 min d'avance pour t'échauffer. Apporte tes souliers et ton balai, on fournit les
        glisseurs si t'en as pas.

        Bonne chance!
        Sylvain Marchand
        Responsable des ligues - Club de curling Laviolette
        """)
    return message(
        hdrs(addr("Club de curling Laviolette", "ligues@curlinglaviolette.example.com"),
             "Essais ligue compétitive - ton groupe", "2026-10-25 18:31", TOR,
             "mc-20261025-7741.curling@mail.mailchimpapp.example.net",
             "from mail195.atl61.mcsv.example.net (mail195.atl61.mcsv.example.net [198.2.139.195])"),
        alt(text(body), html(gmail_html(body))))


# 37 -- snow-tire change booking
@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Réservation pour la pose des pneus d'hiver au garage (sam. 7 nov. 8 h) : rendez-vous fixe, "
           "pas une entrevue.")
def m37():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Confirmation de rendez-vous</h2>
        <p>Bonjour Sophie,</p>
        <p>Votre rendez-vous est confirmé :</p>
        <ul>
        <li><b>Service :</b> Pose des pneus d'hiver + vérification des freins</li>
        <li><b>Quand :</b> samedi 7 novembre 2026 à 8 h 00</li>
        <li><b>Véhicule :</b> Mazda CX-5 2019</li>
        <li><b>Durée estimée :</b> 1 h 15</li>
        </ul>
        <p>Rappel : le 1er décembre, les pneus d'hiver sont obligatoires au Québec.</p>
        <p>Garage Bellefeuille & Fils<br>4150 boul. des Récollets, Trois-Rivières - 819 555-0155</p>
        </body></html>
        """)
    return message(
        hdrs("Garage Bellefeuille <rendezvous@garagebellefeuille.example.com>",
             "Rendez-vous confirmé - pneus d'hiver", "2026-11-02 12:04", TOR,
             "rdv-99120-garagebellefeuille@booking.example.com",
             "from out.booking.example.com (out.booking.example.com [203.0.113.90])"),
        html(page, charset="windows-1252", cte="quoted-printable"))


# 38 -- career coach confirms a mock-interview session
@mail(n(38), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Coach de carrière : séance de simulation d'entrevue confirmée (mer. 11 nov. 19 h) - "
           "préparation, pas une vraie entrevue.")
def m38():
    body = t("""
        Bonjour Sophie,

        Votre séance est réservée!

        Simulation d'entrevue - 60 min
        mercredi 11 novembre 2026, 19 h 00 - 20 h 00 (heure de l'Est)
        Zoom : https://us02web.zoom.us/j/81255013309

        Préparez l'offre d'emploi visée et votre CV; on fera 5 questions comportementales et une
        question technique, puis un retour détaillé. Comme convenu, je peux aussi vous proposer un
        forfait de 3 simulations avant vos prochaines vraies entrevues.

        Annie Desrosiers, CRHA
        Coaching carrière Desrosiers
        """)
    return message(
        hdrs("Annie Desrosiers <annie@coachingdesrosiers.example.com>",
             "Confirmé : Simulation d'entrevue avec Annie Desrosiers", "2026-11-04 16:48", TOR,
             "CAH2ad+annie.1104.c9@mail.gmail.com",
             "from mail-vs1-f48.google.com (mail-vs1-f48.google.com [209.85.217.48])"),
        alt(text(body), html(gmail_html(body))))


# 39 -- cousin forwards his own interview confirmation for advice
@mail(n(39), family="forwarded_other_candidate", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Le cousin de Sophie lui transfère SA confirmation d'entrevue (jeu. 26 nov. 13 h, Montréal) "
           "pour avoir des conseils : une vraie entrevue confirmée, mais pas celle de Sophie.")
def m39():
    body = t("""
        Salut cousine,

        Regarde ça, j'ai eu une entrevue chez Kemira-Nord! T'aurais-tu des conseils? Tu connais le
        milieu mieux que moi. Je t'appelle en fin de semaine.

        Marc-Antoine

        ---------- Forwarded message ---------
        De : Recrutement Chimie Kemira-Nord <no-reply@us.greenhouse-mail.io>
        Date: ven. 20 nov. 2026 à 14 h 11
        Subject: Interview Confirmation: Technicien de laboratoire
        To: <marcantoine.lemire@example.com>

        Bonjour Marc-Antoine,

        Votre entrevue pour le poste Technicien de laboratoire est confirmée :
        jeudi 26 novembre 2026, 13 h 00 - 14 h 00 (heure de l'Est)
        Lieu : 3400 rue Sherbrooke Est, Montréal

        Pour toute question, écrivez à Nadia Haddad : nadia.haddad@kemiranord.example.com
        """)
    return message(
        hdrs(addr("Marc-Antoine Lemire", "marcantoine.lemire@example.com"),
             "Fwd: Interview Confirmation: Technicien de laboratoire", "2026-11-20 19:27", TOR,
             "CAE7mal+fwd.1120@mail.gmail.com",
             "from mail-lf1-f43.google.com (mail-lf1-f43.google.com [209.85.167.43])"),
        alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# 40 -- Sophie is asked to sit on an interview panel at her current job
@mail(n(40), family="interviewer_panel", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Demande de réunion Exchange de l'employeur actuel : Sophie siège au comité pour interviewer "
           "un candidat technicien (mer. 7 oct. 9 h). Heure fixe, mais c'est elle qui interroge. "
           "Company null : employeur actuel, pas un employeur qui l'évalue.")
def m40():
    body = t("""
        Bonjour Sophie,

        Merci d'accepter de siéger au comité de sélection pour le poste de technicien(ne) de procédés
        (quart de jour). Le candidat, M. Kevin Rheault, sera rencontré mercredi 7 octobre de 9 h à
        10 h, salle Maurice-Duplessis. Sa candidature et la grille d'évaluation sont dans le dossier
        partagé RH > Comités > 2026-17.

        Nancy Beaudoin
        Conseillère RH - Usine de Trois-Rivières
        Papetière Laflèche
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Nancy Beaudoin:mailto:nbeaudoin@papetierelafleche.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Lemire:mailto:slemire@papetierelafleche.example.com
SUMMARY;LANGUAGE=fr-CA:Comité de sélection - entrevue candidat technicien procédés (K. Rheault)
DTSTART;TZID=Eastern Standard Time:20261007T090000
DTEND;TZID=Eastern Standard Time:20261007T100000
UID:040000008200E00074C5B7101A82E00800000000D4A1F0C39B4ADC010000000000000000100000008E2C4A1D
DTSTAMP:20261001T141233Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-CA:Salle Maurice-Duplessis
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs(addr("Nancy Beaudoin", "nbeaudoin@papetierelafleche.example.com"),
             "Comité de sélection - entrevue candidat technicien procédés", "2026-10-01 10:12", TOR,
             "YQBPR01MB7710A9C2E1F0B3D44E7A19@YQBPR01MB7710.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2118.outbound.protection.outlook.com [40.107.116.118])",
             to="Sophie Lemire <slemire@papetierelafleche.example.com>",
             extra=(("X-Forwarded-To", ME), ("Content-Language", "fr-CA"))),
        alt(text(body), calendar(ics, cte="base64")))


# 41 -- out-of-office auto-reply, bilingual
@mail(n(41), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Réponse automatique d'absence (bilingue) d'une recruteuse : 'de retour lundi 19 octobre'. "
           "Aucune entrevue.")
def m41():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 16 octobre inclusivement, sans accès à mes
        courriels. Je serai de retour le lundi 19 octobre. Pour toute urgence concernant une entrevue
        ou un processus de recrutement, écrivez à rh@biopulpe.ca.

        Hello, I am out of the office until Friday, October 16, returning Monday, October 19. For
        urgent recruiting matters, please write to rh@biopulpe.ca.

        Isabelle Nadeau
        """)
    return message(
        hdrs(addr("Isabelle Nadeau", "isabelle.nadeau@biopulpe.ca"),
             "Réponse automatique : Merci - entrevue", "2026-10-13 21:14", TOR,
             "YQXPR01MB5530OOF.20261013@YQXPR01MB5530.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2103.outbound.protection.outlook.com [40.107.117.103])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAF3x9+sophie.1013@mail.example.org>"))),
        text(body))


# 42 -- bounce of Sophie's thank-you note, original quoted
@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (DSN) for Sophie's thank-you mail; the returned message mentions the "
           "interview 'this afternoon', but nothing is being scheduled.")
def m42():
    report = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <t.ferreira@moss-and-mill.com>: host mx.moss-and-mill.com[198.51.100.7] said:
            550 5.1.1 <t.ferreira@moss-and-mill.com>: Recipient address rejected: User unknown
            (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Hk2Lq0T1Bz9sWm
        Arrival-Date: Wed,  2 Dec 2026 15:41:07 -0500 (EST)

        Final-Recipient: rfc822; t.ferreira@moss-and-mill.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.moss-and-mill.com
        Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
        """)
    original = message([
        ("From", ME_H),
        ("To", "Tomas Ferreira <t.ferreira@moss-and-mill.com>"),
        ("Subject", "Thank you for this afternoon"),
        ("Date", date("2026-12-02 15:41", TOR)),
        ("Message-ID", "<CAF3x9+sophie.1202@mail.example.org>"),
    ], text(t("""
        Hi Tomás,

        Thank you for the conversation this afternoon - I really enjoyed the soft-sensor discussion.
        Looking forward to hearing about next steps.

        Sophie
        """)))
    return message(
        hdrs("Mail Delivery System <MAILER-DAEMON@mail.example.org>",
             "Undelivered Mail Returned to Sender", "2026-12-02 15:41", TOR,
             "20261202204108.4Hk2Lq0T1Bz9sWm@mail.example.org",
             "from localhost (localhost [127.0.0.1])", extra=(("Auto-Submitted", "auto-replied"),)),
        _report(text(report, cte="7bit"), dsn, original))


def _report(first: Part, dsn: str, original: bytes) -> Part:
    status = raw_part([("Content-Type", "message/delivery-status")], dsn)
    return multipart("report", first, status, Part([("Content-Type", "message/rfc822")], original),
                     params="report-type=delivery-status")


# 43 -- mailing list: webinar on technical interviews
@mail(n(43), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Liste de diffusion d'une association technique : webinaire « Réussir son entrevue technique » "
           "mar. 10 nov. 12 h - heure fixe, mais un webinaire.")
def m43():
    body = t("""
        ATPP - Section Mauricie-Centre-du-Québec
        Infolettre de novembre

        WEBINAIRE : Réussir son entrevue technique en pâtes et papiers
        Mardi 10 novembre 2026, de 12 h à 13 h (heure de l'Est), sur Zoom
        Conférencière : Josée Parenteau, ing., directrice technique retraitée

        Au programme : les questions de bilan de masse, les mises en situation de bris de feuille,
        et comment parler de vos projets d'amélioration continue.

        Inscription gratuite pour les membres : https://atpp-mauricie.example.org/webinaires/entrevue

        Aussi ce mois-ci : souper-conférence du 26 novembre à Shawinigan.

        Vous recevez ce message parce que vous êtes membre de la liste atpp-mauricie.
        Pour vous désabonner : https://lists.atpp-mauricie.example.org/unsubscribe
        """)
    return message(
        hdrs(addr("ATPP Mauricie", "infolettre@atpp-mauricie.example.org"),
             "[atpp-mauricie] Webinaire : Réussir son entrevue technique (10 nov.)", "2026-11-03 07:30", TOR,
             "listserv.20261103.1299@lists.atpp-mauricie.example.org",
             "from lists.atpp-mauricie.example.org (lists.atpp-mauricie.example.org [192.0.2.55])",
             extra=(("List-Id", "ATPP Mauricie <atpp-mauricie.lists.atpp-mauricie.example.org>"),
                    ("List-Unsubscribe", "<https://lists.atpp-mauricie.example.org/unsubscribe>"),
                    ("Precedence", "list"))),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


# 44 -- parent-teacher meeting
@mail(n(44), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Rencontre de parents pour la 1re communication/bulletin (jeu. 19 nov. 18 h 40) : rendez-vous "
           "fixe, pas une entrevue.")
def m44():
    body = t("""
        Bonjour Madame Lemire,

        Voici la confirmation de votre rencontre avec l'enseignante de Léa (3e année, groupe 302) pour
        la remise du premier bulletin :

        Jeudi 19 novembre 2026 à 18 h 40 (durée : 10 minutes)
        Local 114 - École primaire des Vieilles-Forges

        Merci d'arriver quelques minutes d'avance, les rencontres se suivent.

        Mme Isabelle Proulx, enseignante
        """)
    return message(
        hdrs(addr("École primaire des Vieilles-Forges", "vieillesforges@cssdc.example.org"),
             "Rencontre de parents - confirmation", "2026-11-12 15:20", TOR,
             "mozaik.rdv.302.2026111215@cssdc.example.org",
             "from smtp.cssdc.example.org (smtp.cssdc.example.org [192.0.2.201])"),
        text(body, charset="iso-8859-1", cte="8bit"))


# 45 -- a teenager confirms the babysitter interview Sophie holds
@mail(n(45), family="babysitter_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Une gardienne confirme l'entrevue que Sophie lui fait passer pour garder ses enfants "
           "('samedi à 10 h pour l'entrevue') : c'est Sophie qui embauche, pas une entrevue pour elle.")
def m45():
    body = t("""
        Bonjour Mme Lemire!

        Merci beaucoup de m'avoir répondu :) Oui c'est parfait pour moi samedi à 10 h pour
        l'entrevue, ma mère va venir me reconduire. J'ai mon cours de gardiens avertis et mon RCR depuis
        l'été passé, je vais apporter les papiers.

        À samedi!
        Rosalie Gagnon
        """)
    return message(
        hdrs(addr("Rosalie Gagnon", "rosalie.gagnon2010@example.net"), "Re: Gardienne pour Léa et Thomas",
             "2026-09-22 20:41", TOR, "CAB5rg+ros.0922@mail.gmail.com",
             "from mail-il1-f180.google.com (mail-il1-f180.google.com [209.85.166.180])",
             extra=(("In-Reply-To", "<CAF3x9+sophie.0922@mail.example.org>"),)),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# 46 -- bank advisor meeting with ICS
@mail(n(46), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Rendez-vous avec une conseillère en finances personnelles à la caisse (ven. 11 déc. 11 h), "
           "avec ICS : heure fixe, pas une entrevue.")
def m46():
    body = t("""
        Bonjour Sophie Lemire,

        Votre rendez-vous est confirmé.

        Avec : Mélanie Toupin, conseillère en finances personnelles
        Quand : vendredi 11 décembre 2026, 11 h 00 à 12 h 00
        Où : Caisse d'économie des Forges, centre de services Cap-de-la-Madeleine
        Sujet : REER, CELIAPP et transition d'emploi

        Pour modifier ou annuler, utilisez le lien dans votre espace en ligne.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Caisse d'economie des Forges//Prise de rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-551920-cef@caisseforges.example.com
DTSTAMP:20261204T151010Z
DTSTART:20261211T160000Z
DTEND:20261211T170000Z
SUMMARY:Rendez-vous - conseillere en finances personnelles
LOCATION:Caisse d'economie des Forges - Cap-de-la-Madeleine
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        hdrs(addr("Caisse d'économie des Forges", "rendez-vous@caisseforges.example.com"),
             "Confirmation de votre rendez-vous", "2026-12-04 10:10", TOR,
             "rdv.551920.20261204@caisseforges.example.com",
             "from mta2.caisseforges.example.com (mta2.caisseforges.example.com [198.51.100.62])"),
        mixed(text(body), calendar(ics, method="PUBLISH", filename="rendez-vous.ics",
                                   disposition="attachment")))


# 47 -- Greenhouse availability request (before the confirmation in key 1)
@mail(n(47), family="availability_request", lang="en", interview=False,
      company="Lakeshore Fibre Analytics", days=(("Thu", "2026-09-10"), ("Fri", "2026-09-11")),
      note="Greenhouse availability request: asks Sophie to submit availability (next Thu/Fri) for a "
           "45-minute interview; no time fixed yet. The confirmation is another mail.")
def m47():
    body = t("""
        Hi Sophie,

        Thanks for your interest in the Process Data Analyst (Pulp & Tissue) role at Lakeshore Fibre
        Analytics! We'd like to schedule a 45-minute video interview with Daniel Okafor.

        Please let us know your availability for Thursday, September 10 or Friday, September 11 using
        the link below (all times shown in your local time zone):

        https://app.greenhouse.io/availability/4f0e1c9a7b2d/submit

        Thanks,
        Priya Raman
        Talent Partner, Lakeshore Fibre Analytics
        """)
    return message(
        hdrs("Lakeshore Fibre Analytics <no-reply@us.greenhouse-mail.io>",
             "Please submit your availability - Lakeshore Fibre Analytics", "2026-09-01 10:04", TOR,
             "gh.avail.55810342.0901@us.greenhouse-mail.io",
             "from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.14.22])",
             extra=(("Reply-To", "Priya Raman <priya.raman@lakeshorefibre.ca>"),)),
        alt(text(body), html(gmail_html(body))))


# 48 -- union steward meeting at the current job
@mail(n(48), family="workplace_meeting", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Rencontre avec le délégué syndical à l'emploi actuel (mar. 24 nov. 15 h 30) : réunion au "
           "travail, pas une entrevue.")
def m48():
    body = t("""
        Salut Sophie,

        Comme convenu à la cafétéria, je te confirme la rencontre pour ton grief sur la prime de
        disponibilité : mardi 24 novembre à 15 h 30, au local du syndicat (bâtiment B). Apporte tes
        talons de paie de septembre et octobre.

        Solidairement,
        Réjean Lefebvre
        Délégué syndical - section locale 1455
        Papetière Laflèche
        """)
    return message(
        hdrs(addr("Réjean Lefebvre", "rlefebvre@papetierelafleche.example.com"),
             "Rencontre - grief prime de disponibilité", "2026-11-18 12:47", TOR,
             "YQBPR01MB7710B8D3F2A1C4E55F8B20@YQBPR01MB7710.CANPRD01.PROD.OUTLOOK.COM",
             "from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2119.outbound.protection.outlook.com [40.107.116.119])",
             to="Sophie Lemire <slemire@papetierelafleche.example.com>",
             extra=(("X-Forwarded-To", ME),)),
        text(body, charset="windows-1252", cte="quoted-printable"))


# 49 -- SmartRecruiters rejection after the interview (thread with key 8)
@mail(n(49), family="rejection", lang="en", interview=False, company="Tallgrass Analytics",
      days=(("Mon", "2026-11-02"),),
      note="SmartRecruiters rejection after the 2 Nov interview; mentions that past interview date, "
           "nothing scheduled.")
def m49():
    body = t("""
        Dear Sophie,

        Thank you for taking the time to speak with Ravi on Monday, November 2 about the Remote Process
        Analyst position. We enjoyed learning about your work.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. We'll keep your profile on file and may
        reach out about future openings.

        We wish you the best in your search.

        Tallgrass Analytics Talent Team
        """)
    return message(
        hdrs("Tallgrass Analytics <noreply@smartrecruiters.com>",
             "Your application for Remote Process Analyst at Tallgrass Analytics", "2026-11-09 16:30", TOR,
             "sr.0f3c1a7e-5b2d-4e88-bd10-tallgrass@smartrecruiters.com",
             "from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [35.157.104.60])"),
        alt(text(body), html(gmail_html(body))))


# 50 -- hospice volunteer screening interview
@mail(n(50), family="volunteer_screening", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-16"),),
      note="Entrevue de sélection des bénévoles d'une maison de soins palliatifs (mer. 16 déc. 18 h 30) : "
           "heure fixe et le mot « entrevue », mais bénévolat, pas un emploi.")
def m50():
    body = t("""
        Bonjour Sophie,

        Merci de votre intérêt pour le bénévolat à la Maison Laviolette. Votre entrevue de sélection
        des bénévoles est confirmée pour le mercredi 16 décembre à 18 h 30, à la maison (accueil
        principal). Prévoyez environ 45 minutes; nous ferons aussi la vérification des antécédents
        judiciaires, apportez deux pièces d'identité.

        Au plaisir de vous rencontrer,

        Louise Vallières
        Coordonnatrice des bénévoles
        Maison de soins palliatifs Laviolette
        """)
    return message(
        hdrs(addr("Louise Vallières", "benevoles@maisonlaviolette.example.org"),
             "Entrevue de sélection - bénévolat", "2026-12-09 13:55", TOR,
             "a71f0c3e.benevoles.20261209@maisonlaviolette.example.org",
             "from smtp.maisonlaviolette.example.org (smtp.maisonlaviolette.example.org [192.0.2.77])"),
        text(body, cte="quoted-printable"))
