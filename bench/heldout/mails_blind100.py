"""blind100: 50 hand-written mails from the inbox of Léa Schmit, a financial-risk analyst in
Luxembourg City, September to December 2026 (French, German and English).

Written blind (without reading the detector, its tests or the earlier held-out mails). Built and
checked by ``python3 bench/heldout/make_blind.py blind100``. The mail written ``key``-th is
``blind100_{ORDER[key-1]:03d}.eml``; keys 1-23 are positives, 24-50 negatives.
"""

from __future__ import annotations

import random

import make
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
)

SET = "blind100"
ORDER = random.Random(1000100).sample(range(1, 51), 50)
LEA = "lea.schmit@example.org"
LEA_TO = addr("Léa Schmit", LEA)
LUX = "Europe/Luxembourg"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mx(by_from: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(by_from, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", LEA, lag)


def _cet_zone(tzid: str, iana_style: bool = True) -> str:
    """A VTIMEZONE for a Central European zone under another TZID."""
    if iana_style:
        return VTZ["Europe/Berlin"].replace("TZID:Europe/Berlin", f"TZID:{tzid}").replace(
            "X-LIC-LOCATION:Europe/Berlin", f"X-LIC-LOCATION:{tzid}")
    return VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time", f"TZID:{tzid}")


VTZ_LUX = _cet_zone("Europe/Luxembourg")
VTZ_BRU = _cet_zone("Europe/Brussels")
VTZ_ROMANCE = _cet_zone("Romance Standard Time", iana_style=False)


# =========================================================================== positives


@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           company="Halvard Bank (Luxembourg) S.A.", start="2026-09-15T08:00:00Z",
           end="2026-09-15T09:00:00Z", contact="sophie.wagner@halvardbank.lu",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=LUX,
           note="Greenhouse scheduled notice from no-reply; 10:00-11:00 CEST (UTC+2) -> 08:00-09:00Z; "
                "ICS TZID Europe/Luxembourg agrees; contact = Reply-To recruiter (also ORGANIZER)")
def m01() -> bytes:
    when = "2026-09-09 16:42:07"
    body = t("""
        Hi Léa,

        Thank you for scheduling time with us. Your interview for Financial Risk Analyst - Market
        Risk (Ref. 2026-0147) is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 11:00 AM CEST

        Interviewers:
          Sophie Wagner - Talent Acquisition Partner
          Pol Kieffer - Head of Market Risk

        Location: Halvard Bank, 12 boulevard Royal, L-2449 Luxembourg
        Please check in at the ground-floor reception 10 minutes early and bring an ID.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Halvard Bank Talent Acquisition

        Powered by Greenhouse
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Léa,</p>
        <p>Thank you for scheduling time with us. Your interview for <strong>Financial Risk Analyst -
        Market Risk</strong> (Ref. 2026-0147) is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#6b7280">When</td><td><strong>Tuesday, September 15, 2026<br>10:00 AM - 11:00 AM CEST</strong></td></tr>
        <tr><td style="color:#6b7280">Interviewers</td><td>Sophie Wagner - Talent Acquisition Partner<br>Pol Kieffer - Head of Market Risk</td></tr>
        <tr><td style="color:#6b7280">Location</td><td>Halvard Bank, 12 boulevard Royal, L-2449 Luxembourg</td></tr>
        </table>
        <p>Please check in at the ground-floor reception 10 minutes early and bring an ID.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Halvard Bank Talent Acquisition</p>
        <p style="font-size:11px;color:#9ca3af">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = VTZ_LUX + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88213407-halvardbank
        DTSTAMP:20260909T144207Z
        DTSTART;TZID=Europe/Luxembourg:20260915T100000
        DTEND;TZID=Europe/Luxembourg:20260915T110000
        SUMMARY:Interview: Léa Schmit - Financial Risk Analyst (Halvard Bank)
        LOCATION:Halvard Bank\\, 12 boulevard Royal\\, L-2449 Luxembourg
        ORGANIZER;CN=Sophie Wagner:mailto:sophie.wagner@halvardbank.lu
        ATTENDEE;CN=Léa Schmit;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.schmit@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    cal = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" \
        + ics + "END:VCALENDAR\n"
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from o3.ptr2841.greenhouse.io (o3.ptr2841.greenhouse.io [198.51.100.41])",
                        when, LUX, "4Fq2kT0xYzz1")),
        ("From", "Halvard Bank <no-reply@greenhouse.io>"),
        ("Reply-To", "Sophie Wagner <sophie.wagner@halvardbank.lu>"),
        ("To", LEA_TO),
        ("Subject", "Interview Confirmation: Financial Risk Analyst - Market Risk at Halvard Bank"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<66e3b8cf6a2b1_3c8e2af41c9e4@greenhouse-mailer-7d9f.mail>"),
        ("X-SG-EID", "u001.Zk2pQ0mVd9a8Yq"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(cal, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@make.mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
           company="Moselwerk Analytics GmbH", start="2026-09-24T12:00:00Z", end="2026-09-24T12:45:00Z",
           contact="jana.becker@moselwerk-analytics.de", local="Thu 2026-09-24 14:00",
           local_end="2026-09-24 14:45", zone="Europe/Berlin",
           note="Personio booking confirmation (HTML only): Donnerstag 24.09.2026, 14:00-14:45 Uhr MESZ "
                "(UTC+2) -> 12:00-12:45Z; Trier employer; contact = Reply-To recruiter")
def m02() -> bytes:
    when = "2026-09-21 09:15:40"
    body_html = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff">
        <tr><td>
        <p>Hallo Frau Schmit,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die Position
        <b>Risk Analyst (m/w/d) – Kreditrisiko</b>:</p>
        <p><b>Datum:</b> Donnerstag, 24.09.2026<br>
        <b>Uhrzeit:</b> 14:00 – 14:45 Uhr (MESZ)<br>
        <b>Ort:</b> Moselwerk Analytics GmbH, Zurmaiener Straße 61, 54292 Trier, 2. OG</p>
        <p>Ihre Gesprächspartner sind Jana Becker (HR) und Dr. Florian Maas (Teamleitung Risk).</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Viele Grüße<br>Jana Becker<br>People &amp; Culture | Moselwerk Analytics GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8f98">Diese E-Mail wurde über Personio versendet.
        Moselwerk Analytics GmbH · Zurmaiener Straße 61 · 54292 Trier · HRB 41822 Amtsgericht Wittlich</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-out-12.personio.de (mail-out-12.personio.de [203.0.113.12])",
                        when, "Europe/Berlin", "4Frz8b1Qx2z7")),
        ("From", "Moselwerk Analytics GmbH <noreply@mail.personio.de>"),
        ("Reply-To", "Jana Becker <jana.becker@moselwerk-analytics.de>"),
        ("To", LEA_TO),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei Moselwerk Analytics")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<0102019218a4c1e2-5b1e7d3a-93c4-4e0b-8f51-0d2e6c7b9a11-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Mail-Type", "recruiting_event_confirmation"),
    ]
    return message(headers, html(body_html))


@make.mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Fiduciaire Kremer & Associés", start="2026-09-22T12:30:00Z", end=None,
           contact="claire.hoffmann@kremer-fiduciaire.lu", local="Tue 2026-09-22 14:30", zone=LUX,
           note="Recruiter prose 'mardi prochain à 14h30, heure de Luxembourg' resolved against Date "
                "(Thu 17 Sep 2026) -> Tue 22 Sep, CEST (UTC+2) -> 12:30Z; 'environ une heure' -> end null; "
                "iso-8859-15 QP")
def m03() -> bytes:
    when = "2026-09-17 11:05:22"
    body = t("""
        Bonjour Madame Schmit,

        Merci pour votre retour rapide.

        Je vous confirme notre entretien mardi prochain à 14h30, heure de Luxembourg, dans nos bureaux
        au 7, rue de la Gare à Strassen (parking visiteurs au sous-sol, place 12). Vous rencontrerez
        M. Jacques Kremer, associé, et moi-même. Prévoyez environ une heure.

        N'hésitez pas à m'appeler au +352 26 11 48 30 en cas d'imprévu.

        Bien cordialement,

        Claire Hoffmann
        Responsable Ressources Humaines
        Fiduciaire Kremer & Associés S.à r.l.
        7, rue de la Gare | L-8011 Strassen
        Tél. : +352 26 11 48 30

        -----Message d'origine-----
        De : Léa Schmit <lea.schmit@example.org>
        Envoyé : mercredi 16 septembre 2026 19:12
        À : Claire Hoffmann <claire.hoffmann@kremer-fiduciaire.lu>
        Objet : RE: Candidature - Analyste risques

        Bonjour Madame Hoffmann,

        Merci pour votre message. Je suis disponible mardi ou mercredi de la semaine prochaine,
        plutôt l'après-midi.

        Bien à vous,
        Léa Schmit
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound."
                        "protection.outlook.com [203.0.113.101])", when, LUX, "4Fs1Kp2M9bz3")),
        ("From", "Claire Hoffmann <claire.hoffmann@kremer-fiduciaire.lu>"),
        ("To", LEA_TO),
        ("Subject", enc("RE: Candidature - Analyste risques", "iso-8859-15")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<AM6PR05MB61843C2D9E1F0A7B5C4E8D21B2A09@AM6PR05MB6184.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<1f0c9b2e-7a44-4d18-9c3e-lea@example.org>"),
        ("References", "<1f0c9b2e-7a44-4d18-9c3e-lea@example.org>"),
        ("Thread-Topic", "Candidature - Analyste risques"),
        ("Content-Language", "fr-FR"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="iso-8859-15"))


@make.mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
           company="Kessler Audit & Advisory", start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
           contact="martin.reuter@kessler-aa.lu", local="Mon 2026-10-26 09:30",
           local_end="2026-10-26 10:30", zone=LUX,
           note="Workday notification (HTML only, base64), sent Thu 22 Oct in CEST; the interview is on "
                "Mon 26 Oct, the day after Europe returns to CET: 09:30-10:30 CET (UTC+1) -> 08:30-09:30Z; "
                "contact = recruiter address in the body")
def m04() -> bytes:
    when = "2026-10-22 17:20:51"
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <div style="border-top:4px solid #0875e1;padding:16px">
        <p>Dear Léa Schmit,</p>
        <p>An interview has been scheduled for your application to <b>Senior Associate, Financial Risk
        Management (R-0021934)</b>.</p>
        <table style="font-size:13px">
        <tr><td><b>Interview Type:</b></td><td>Competency interview (in person)</td></tr>
        <tr><td><b>Date:</b></td><td>Monday, 26 October 2026</td></tr>
        <tr><td><b>Time:</b></td><td>09:30 - 10:30 (GMT+01:00) Central European Time (Luxembourg)</td></tr>
        <tr><td><b>Location:</b></td><td>Kessler Audit &amp; Advisory, 39 avenue John F. Kennedy, L-1855 Luxembourg</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Anne Feltgen (Director, FRM), Martin Reuter (Talent Acquisition)</td></tr>
        </table>
        <p>Please note that clocks change to winter time on Sunday 25 October; the time above is already
        in winter time.</p>
        <p>Should you have any questions, please contact Martin Reuter at
        <a href="mailto:martin.reuter@kessler-aa.lu">martin.reuter@kessler-aa.lu</a>.</p>
        <p>Kind regards,<br>Kessler Audit &amp; Advisory Recruiting</p>
        <p style="font-size:10px;color:#777">This message was sent from an unmonitored mailbox. Please
        do not reply. To view your application, sign in to our
        <a href="https://kessleraa.wd3.myworkdayjobs.com/Careers/userHome">Candidate Home</a>.</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from wd3-mta03.myworkday.com (wd3-mta03.myworkday.com [198.51.100.203])",
                        when, LUX, "4GbK0s6Tq1z9")),
        ("From", "Kessler Audit & Advisory <kesslerauditadvisory@myworkday.com>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", "Interview Scheduled - Senior Associate, Financial Risk Management"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<1161187543.226741.1792682451203@wd3-prod-mta03.myworkday.com>"),
        ("X-Workday-Tenant", "kesslerauditadvisory"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(body_html, cte="base64"))


@make.mail(n(5), family="exchange_invite", lang="de", interview=True, kind="scheduled",
           company="Ardenner Privatbank S.A.", start="2026-10-07T08:00:00Z", end="2026-10-07T09:00:00Z",
           contact="thomas.weber@ardenner-privatbank.lu", local="Wed 2026-10-07 10:00",
           local_end="2026-10-07 11:00", zone=LUX,
           note="Exchange meeting request (German Outlook, Teams): body shows the zone label "
                "'(UTC+01:00) Amsterdam, Berlin...' although 7 Oct is CEST; ICS TZID W. Europe Standard "
                "Time 10:00-11:00 -> 08:00-09:00Z; contact = ORGANIZER/sender")
def m05() -> bytes:
    when = "2026-10-01 10:12:33"
    body = t("""
        Sehr geehrte Frau Schmit,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Stelle Credit Risk Analyst. Das Gespräch findet per Microsoft
        Teams statt; Frau Nadine Schanen (Head of Credit Risk) wird ebenfalls teilnehmen.

        Mit freundlichen Grüßen
        Thomas Weber
        Human Resources | Ardenner Privatbank S.A.
        2, place de Metz | L-1930 Luxembourg
        T +352 45 87 21 - 310

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Über Computer, mobile App oder Raumgerät teilnehmen
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjQ4ZTMtOGQ5Ni00%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
        Besprechungs-ID: 347 112 905 618
        Passcode: Qx7fZ2
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Sehr geehrte Frau Schmit,</p>
        <p>wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch
        für die Stelle Credit Risk Analyst. Das Gespräch findet per Microsoft Teams statt; Frau Nadine Schanen
        (Head of Credit Risk) wird ebenfalls teilnehmen.</p>
        <p>Mit freundlichen Grüßen<br>Thomas Weber<br>Human Resources | Ardenner Privatbank S.A.<br>
        2, place de Metz | L-1930 Luxembourg<br>T +352 45 87 21 - 310</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:18pt;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjQ4ZTMtOGQ5Ni00%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 347 112 905 618<br>Passcode: Qx7fZ2</div>
        </body></html>
        """)
    cal = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Weber Thomas:mailto:thomas.weber@ardenner-privatbank.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Schmit:mailto:lea.schmit@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schanen Nadine:mailto:nadine.schanen@ardenner-privatbank.lu
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Schmit\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch für die Stelle Credit Risk Analyst.\\n
        UID:040000008200E00074C5B7101A82E0080000000060B3F1A2C351DD01000000000000000010000000D9E8C4B7A6F5E4D3C2B1A09F8E7D6C5B
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Léa Schmit – Credit Risk Analyst
        DTSTART;TZID=W. Europe Standard Time:20261007T100000
        DTEND;TZID=W. Europe Standard Time:20261007T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T081233Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121938402
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjQ4ZTMtOGQ5Ni00%40thread.v2/0
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + cal + "END:VCALENDAR\n"
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2118.outbound."
                        "protection.outlook.com [203.0.113.118])", when, LUX, "4G2m7Xv1Lpz5")),
        ("From", "Weber Thomas <thomas.weber@ardenner-privatbank.lu>"),
        ("To", LEA_TO),
        ("CC", "Schanen Nadine <nadine.schanen@ardenner-privatbank.lu>"),
        ("Subject", enc("Vorstellungsgespräch Léa Schmit – Credit Risk Analyst")),
        ("Thread-Topic", enc("Vorstellungsgespräch Léa Schmit – Credit Risk Analyst")),
        ("Thread-Index", "AdtSJ3q0c9x2LmV1TqKZ8f0pE1b3Ow=="),
        ("Date", date(when, LUX)),
        ("Message-ID", "<DB9PR01MB7354E2A1F0C3B4D5A6E7F8091A2B3C4@DB9PR01MB7354.eurprd01.prod.exchangelabs.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, alt(
        text(body), html(body_html),
        calendar(cal, cte="base64"),
    ))


@make.mail(n(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           company="Nordlys Conseil", start="2026-10-08T09:00:00Z", end="2026-10-08T09:45:00Z",
           contact="camille.durand@nordlys-conseil.fr", local="Thu 2026-10-08 11:00",
           local_end="2026-10-08 11:45", zone="Europe/Paris",
           note="Teamtailor confirmation: jeudi 8 octobre 2026 à 11h00 (heure de Paris), 45 minutes -> "
                "CEST 09:00-09:45Z; Metz office; contact = Reply-To recruiter; later moved (see thread)")
def m06() -> bytes:
    when = "2026-10-02 15:30:12"
    body = t("""
        Bonjour Léa,

        Votre entretien pour le poste d'Analyste Risques Financiers (H/F) – Metz est confirmé.

        Date : jeudi 8 octobre 2026
        Heure : 11h00 – 11h45 (heure de Paris)
        Durée : 45 minutes
        Lieu : Nordlys Conseil, 12 rue Serpenoise, 57000 Metz – 3e étage

        Vous rencontrerez Camille Durand (Talent Acquisition) et Hugo Lefèvre (Manager Risques).

        Pour toute question, répondez simplement à cet e-mail.

        À très vite,
        L'équipe Nordlys Conseil

        ---
        Envoyé via Teamtailor · Gérer vos données : https://nordlys-conseil.teamtailor.com/connect
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px;margin:0 auto;color:#222">
        <p>Bonjour Léa,</p>
        <p>Votre entretien pour le poste d'<strong>Analyste Risques Financiers (H/F) – Metz</strong> est confirmé.</p>
        <div style="background:#f6f6f9;border-radius:8px;padding:14px">
        <div>📅 jeudi 8 octobre 2026</div>
        <div>🕚 11h00 – 11h45 (heure de Paris) · 45 minutes</div>
        <div>📍 Nordlys Conseil, 12 rue Serpenoise, 57000 Metz – 3e étage</div>
        </div>
        <p>Vous rencontrerez Camille Durand (Talent Acquisition) et Hugo Lefèvre (Manager Risques).</p>
        <p>Pour toute question, répondez simplement à cet e-mail.</p>
        <p>À très vite,<br>L'équipe Nordlys Conseil</p>
        <p style="font-size:11px;color:#999">Envoyé via Teamtailor</p>
        </div>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.51.100.77])",
                        when, "Europe/Paris", "4G3Qn0cB8Hz2")),
        ("From", "Nordlys Conseil <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Camille Durand <camille.durand@nordlys-conseil.fr>"),
        ("To", LEA_TO),
        ("Subject", enc("Entretien confirmé – Analyste Risques Financiers (H/F)")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<6527f1a8c2d04_19e2c3f8a1b2c9854@teamtailor-mailer-5f6b.mail>"),
        ("List-Unsubscribe", "<https://nordlys-conseil.teamtailor.com/connect/unsubscribe/8f2c1a>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(body_html)))


@make.mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
           company="Tidewater Risk Labs", start="2026-11-05T09:00:00Z", end="2026-11-05T09:30:00Z",
           contact="aidan.murphy@tidewaterrisk.io", local="Thu 2026-11-05 10:00",
           local_end="2026-11-05 10:30", zone=LUX,
           note="Calendly invitee confirmation shown in the invitee's zone 'Central European Time': "
                "10:00-10:30 CET (UTC+1) -> 09:00-09:30Z; remote team in Dublin; contact = Reply-To host")
def m07() -> bytes:
    when = "2026-11-02 18:03:44"
    body = t("""
        Hi Léa Schmit,

        A new event has been scheduled.

        Event Type:
        First interview - Senior Risk Analyst (remote)

        Invitee:
        Léa Schmit
        lea.schmit@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time) on Thursday, November 5, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/xqv-hdrt-kpa

        Questions:
        Anything you'd like us to know beforehand?
        I'm based in Luxembourg and available to travel to Dublin quarterly.

        Host: Aidan Murphy, Head of Risk Analytics - Tidewater Risk Labs

        Cancel: https://calendly.com/cancellations/0a9d3f2e-1c8b-4e7a-b6d5-2f4e8a1c9b70
        Reschedule: https://calendly.com/reschedulings/0a9d3f2e-1c8b-4e7a-b6d5-2f4e8a1c9b70

        Powered by Calendly.com
        """)
    body_html = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:14px">
        <p>Hi Léa Schmit,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>First interview - Senior Risk Analyst (remote)</p>
        <p><b>Invitee:</b><br>Léa Schmit<br><a href="mailto:lea.schmit@example.org">lea.schmit@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central European Time) on Thursday, November 5, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/xqv-hdrt-kpa">Join now</a></p>
        <p><b>Host:</b> Aidan Murphy, Head of Risk Analytics - Tidewater Risk Labs</p>
        <p><a href="https://calendly.com/cancellations/0a9d3f2e-1c8b-4e7a-b6d5-2f4e8a1c9b70">Cancel</a> |
        <a href="https://calendly.com/reschedulings/0a9d3f2e-1c8b-4e7a-b6d5-2f4e8a1c9b70">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from o1.email.calendly.com (o1.email.calendly.com [198.51.100.150])",
                        when, LUX, "4H0tW9pL2Rz4")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Aidan Murphy <aidan.murphy@tidewaterrisk.io>"),
        ("To", LEA_TO),
        ("Subject", enc("Confirmed: First interview - Senior Risk Analyst (remote) with Aidan Murphy on "
                        "Thursday, November 5, 2026")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<xU8pQ2rT5sVw1yZ3bC6dE9fG@geopod-ismtpd-4-2>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@make.mail(n(8), family="human_prose", lang="de", interview=True, kind="scheduled",
           company="Treveris Versicherung AG", start="2026-10-19T08:00:00Z", end=None,
           contact="markus.thiel@treveris-versicherung.de", local="Mon 2026-10-19 10:00",
           zone="Europe/Berlin",
           note="Hiring manager's phone reply 'Montga 10 Uhr passt gut' (typo) to Léa's offer of Monday "
                "from 10 or Tuesday afternoon; 'Montag' resolved against Date (Wed 14 Oct 2026) -> "
                "Mon 19 Oct 10:00 MESZ (UTC+2) -> 08:00Z; no length -> end null")
def m08() -> bytes:
    when = "2026-10-14 21:47:09"
    body = t("""
        Hallo Frau Schmit,

        Montga 10 Uhr passt gut, dann machen wir das so. Kommen Sie bitte direkt zu uns in die
        Paulinstraße 18, Empfang im EG, und fragen nach mir.

        Schönen Abend noch
        Markus Thiel

        Von meinem iPhone gesendet

        > Am 14.10.2026 um 18:02 schrieb Léa Schmit <lea.schmit@example.org>:
        >
        > Sehr geehrter Herr Thiel,
        >
        > vielen Dank für Ihren Anruf heute Nachmittag. Für ein persönliches Gespräch in Trier
        > könnte ich am kommenden Montag ab 10 Uhr oder am Dienstagnachmittag.
        >
        > Mit freundlichen Grüßen
        > Léa Schmit
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mout.treveris-versicherung.de (mout.treveris-versicherung.de [203.0.113.58])",
                        when, "Europe/Berlin", "4H1aV3nF7Kz8")),
        ("From", "Markus Thiel <markus.thiel@treveris-versicherung.de>"),
        ("To", LEA_TO),
        ("Subject", enc("Re: Gespräch Risikocontrolling")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<7C2E91B4-5A3D-4F0E-9B18-2D6C4A8E1F03@treveris-versicherung.de>"),
        ("In-Reply-To", "<b3f6c2d1-0e4a-4c8b-91f7-lea-1410@example.org>"),
        ("References", "<b3f6c2d1-0e4a-4c8b-91f7-lea-1410@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@make.mail(n(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
           company="Mainquant GmbH", start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z",
           contact="sebastian.krueger@mainquant.de", local="Tue 2026-11-03 15:00",
           local_end="2026-11-03 16:00", zone="Europe/Berlin",
           note="Google Calendar invitation in German: Dienstag, 3. November 2026 15:00-16:00, Zeitzone "
                "Europe/Berlin (MEZ, UTC+1) -> 14:00-15:00Z; ICS in UTC agrees; contact = ORGANIZER")
def m09() -> bytes:
    when = "2026-10-29 11:20:05"
    body = t("""
        Vorstellungsgespräch Risk Quant – Léa Schmit
        Dienstag, 3. November 2026 ⋅ 15:00 – 16:00
        Zeitzone: Europe/Berlin

        Google Meet-Videokonferenz
        https://meet.google.com/pkr-zwnd-ueb

        Oder telefonisch teilnehmen
        (DE) +49 30 300195000 PIN: 482 117 903#

        Organisator
        Sebastian Krüger
        sebastian.krueger@mainquant.de

        Gäste
        Sebastian Krüger – Organisator
        Dr. Aylin Demir
        lea.schmit@example.org

        Hallo Léa, wie besprochen das Gespräch mit Aylin (Head of Model Risk) und mir. Wir freuen uns!

        Antworten für lea.schmit@example.org
        Ja  Nein  Vielleicht  Weitere Optionen
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWtxM2g4&rst=1&tok=MTkj

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie nicht mehr über
        diesen Termin benachrichtigt werden möchten, lehnen Sie ihn ab.
        """)
    body_html = gmail_html(body)
    cal = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261103T140000Z
        DTEND:20261103T150000Z
        DTSTAMP:20261029T102005Z
        ORGANIZER;CN=Sebastian Krüger:mailto:sebastian.krueger@mainquant.de
        UID:5kq3h8c1v0l2m4n6p8r0t2v4x6@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastian Krüger;X-NUM-GUESTS=0:mailto:sebastian.krueger@mainquant.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.schmit@example.org;X-NUM-GUESTS=0:mailto:lea.schmit@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Aylin Demir;X-NUM-GUESTS=0:mailto:aylin.demir@mainquant.de
        X-GOOGLE-CONFERENCE:https://meet.google.com/pkr-zwnd-ueb
        CREATED:20261029T102003Z
        DESCRIPTION:Hallo Léa\\, wie besprochen das Gespräch mit Aylin (Head of Model Risk) und mir. Wir freuen uns!
        LAST-MODIFIED:20261029T102004Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch Risk Quant – Léa Schmit
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        when, "Europe/Berlin", "4H6cE2rM0Tz1")),
        ("From", addr("Sebastian Krüger", "sebastian.krueger@mainquant.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "sebastian.krueger@mainquant.de"),
        ("To", LEA),
        ("Subject", enc("Einladung: Vorstellungsgespräch Risk Quant – Léa Schmit @ Di. 3. Nov. 2026 "
                        "15:00 - 16:00 (MEZ) (lea.schmit@example.org)")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<calendar-8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(body_html, cte="base64"), calendar(cal, cte="base64")),
        calendar(cal, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@make.mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           company="Brabant Re", start="2026-11-16T08:30:00Z", end="2026-11-16T09:30:00Z",
           contact="elise.janssens@brabant-re.be", local="Mon 2026-11-16 09:30",
           local_end="2026-11-16 10:30", zone="Europe/Brussels",
           note="SmartRecruiters confirmation (French, base64): lundi 16 novembre 2026 de 9h30 à 10h30, "
                "heure de Bruxelles (CET, UTC+1) -> 08:30-09:30Z; ICS TZID Europe/Brussels; contact = "
                "Reply-To recruiter")
def m10() -> bytes:
    when = "2026-11-10 14:05:18"
    body = t("""
        Bonjour Léa,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste
        « Analyste Risques de Marché (F/H) » chez Brabant Re.

        Quand : lundi 16 novembre 2026, de 9h30 à 10h30 (heure de Bruxelles, CET)
        Où : Brabant Re, avenue Louise 231, 1050 Bruxelles – accueil au rez-de-chaussée
        Avec : Élise Janssens (Talent Acquisition) et Pieter Van Damme (Chief Risk Officer)

        Une invitation calendrier est jointe à ce message.

        Si vous avez un empêchement, merci de répondre à ce message au plus vite.

        Cordialement,
        Élise Janssens
        Brabant Re – Talent Acquisition
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Léa,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        « Analyste Risques de Marché (F/H) » chez Brabant Re.</p>
        <p><b>Quand :</b> lundi 16 novembre 2026, de 9h30 à 10h30 (heure de Bruxelles, CET)<br>
        <b>Où :</b> Brabant Re, avenue Louise 231, 1050 Bruxelles – accueil au rez-de-chaussée<br>
        <b>Avec :</b> Élise Janssens (Talent Acquisition) et Pieter Van Damme (Chief Risk Officer)</p>
        <p>Une invitation calendrier est jointe à ce message.</p>
        <p>Si vous avez un empêchement, merci de répondre à ce message au plus vite.</p>
        <p>Cordialement,<br>Élise Janssens<br>Brabant Re – Talent Acquisition</p>
        <p style="color:#999;font-size:11px">Powered by SmartRecruiters</p>
        </body></html>
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmartRecruiters//Interview//FR\nMETHOD:REQUEST\n" + VTZ_BRU \
        + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-7f3a9c21-55e0-4b8d-a1c3-brabantre
        DTSTAMP:20261110T130518Z
        DTSTART;TZID=Europe/Brussels:20261116T093000
        DTEND;TZID=Europe/Brussels:20261116T103000
        SUMMARY:Entretien – Analyste Risques de Marché (Brabant Re)
        LOCATION:Brabant Re\\, avenue Louise 231\\, 1050 Bruxelles
        ORGANIZER;CN=Élise Janssens:mailto:elise.janssens@brabant-re.be
        ATTENDEE;CN=Léa Schmit;RSVP=TRUE:mailto:lea.schmit@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mta-eu-12.smartrecruiters.com (mta-eu-12.smartrecruiters.com [198.51.100.12])",
                        when, "Europe/Brussels", "4HBd1Qm7Vyz6")),
        ("From", "Brabant Re <no-reply@smartrecruiters.com>"),
        ("Reply-To", addr("Élise Janssens", "elise.janssens@brabant-re.be")),
        ("To", LEA_TO),
        ("Subject", enc("Confirmation de votre entretien – Analyste Risques de Marché (F/H)")),
        ("Date", date(when, "Europe/Brussels")),
        ("Message-ID", "<0107019a1c2b3d4e-8f9a0b1c-2d3e-4f5a-6b7c-8d9e0f1a2b3c-000000@eu-west-1.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(body_html, cte="base64")),
        calendar(cal, cte="base64", filename="entretien.ics", disposition="attachment"),
    ))


@make.mail(n(11), family="lever", lang="en", interview=True, kind="scheduled",
           company="Kauri Ledger Ltd", start="2026-11-17T19:00:00Z", end="2026-11-17T20:00:00Z",
           contact="mere.tane@kauriledger.co.nz", local="Wed 2026-11-18 08:00",
           local_end="2026-11-18 09:00", zone="Pacific/Auckland",
           note="Lever confirmation from an Auckland team: Wed 18 Nov 8:00-9:00am NZDT (UTC+13) = Tue 17 Nov "
                "19:00-20:00Z (20:00 in Luxembourg, as the mail also says): the local date is the next "
                "day in UTC; Date sent Mon morning NZDT = Sunday in UTC; contact = Reply-To recruiter")
def m11() -> bytes:
    when = "2026-11-16 10:12:40"
    body = t("""
        Kia ora Léa,

        Thanks for picking a time - your interview with Kauri Ledger is confirmed.

        Role: Senior Credit Risk Analyst (remote, EU hours overlap)
        When: Wednesday 18 November 2026, 8:00am - 9:00am NZDT
              (that is Tuesday 17 November, 8:00pm - 9:00pm in Luxembourg)
        Where: Zoom - https://kauriledger.zoom.us/j/86420135791
        With: Mere Tane (Talent) and Rawiri Parata (Head of Risk)

        Anything come up? Just reply to this email and Mere will sort it.

        Ngā mihi,
        The Kauri Ledger team
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222;font-size:14px">
        <p>Kia ora Léa,</p>
        <p>Thanks for picking a time - your interview with Kauri Ledger is confirmed.</p>
        <p><strong>Role:</strong> Senior Credit Risk Analyst (remote, EU hours overlap)<br>
        <strong>When:</strong> Wednesday 18 November 2026, 8:00am - 9:00am NZDT<br>
        (that is Tuesday 17 November, 8:00pm - 9:00pm in Luxembourg)<br>
        <strong>Where:</strong> Zoom - <a href="https://kauriledger.zoom.us/j/86420135791">https://kauriledger.zoom.us/j/86420135791</a><br>
        <strong>With:</strong> Mere Tane (Talent) and Rawiri Parata (Head of Risk)</p>
        <p>Anything come up? Just reply to this email and Mere will sort it.</p>
        <p>Ngā mihi,<br>The Kauri Ledger team</p>
        <p style="font-size:11px;color:#888">Sent with Lever</p>
        </body></html>
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Interview Scheduling//EN\nMETHOD:REQUEST\n" \
        + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-2c9f8e7d-6b5a-4c3d-9e1f-kauriledger
        DTSTAMP:20261115T211240Z
        DTSTART;TZID=Pacific/Auckland:20261118T080000
        DTEND;TZID=Pacific/Auckland:20261118T090000
        SUMMARY:Interview: Léa Schmit <> Kauri Ledger (Senior Credit Risk Analyst)
        LOCATION:https://kauriledger.zoom.us/j/86420135791
        ORGANIZER;CN=Mere Tane:mailto:mere.tane@kauriledger.co.nz
        ATTENDEE;CN=Léa Schmit;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.schmit@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-a12.lever.co (mail-a12.lever.co [198.51.100.212])",
                        when, "Pacific/Auckland", "4HBr6Yk2Tnz0")),
        ("From", "Kauri Ledger <no-reply@hire.lever.co>"),
        ("Reply-To", "Mere Tane <mere.tane@kauriledger.co.nz>"),
        ("To", LEA_TO),
        ("Subject", "Your interview with Kauri Ledger is confirmed"),
        ("Date", date(when, "Pacific/Auckland")),
        ("Message-ID", "<0100018f2a3b4c5d-6e7f8091-a2b3-4c5d-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(cal, filename="interview.ics", disposition="attachment", cte="base64"),
    ))


@make.mail(n(12), family="exchange_allday", lang="de", interview=True, kind="scheduled",
           company="Eschtal Fonds S.A.", start="2026-11-23T07:30:00Z", end=None,
           contact="carole.meyer@eschtal-fonds.lu", local="Mon 2026-11-23 08:30", zone=LUX,
           note="Outlook all-day event (DTSTART;VALUE=DATE 20261123) for an assessment centre; the time is "
                "only in the text: 'Beginn um 8:30 Uhr' -> CET (UTC+1) 07:30Z; 'Ende gegen 16 Uhr' is "
                "approximate -> end null; contact = ORGANIZER/sender")
def m12() -> bytes:
    when = "2026-11-17 16:40:27"
    body = t("""
        Liebe Frau Schmit,

        wie heute Vormittag am Telefon besprochen, halte ich Ihnen den ganzen Tag im Kalender frei:
        Das Assessment Center für die Position Risk Manager (Fondsrisikocontrolling) findet am
        Montag, 23.11., bei uns in Munsbach statt.

        Beginn ist um 8:30 Uhr am Empfang (6A, rue Gabriel Lippmann), Ende gegen 16 Uhr. Mittagessen
        ist vorgesehen. Einen Laptop brauchen Sie nicht mitzubringen, wir stellen alles bereit.

        Bei Fragen erreichen Sie mich unter +352 27 40 19 22.

        Beste Grüße
        Carole Meyer
        Talent Acquisition | Eschtal Fonds S.A.
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Meyer Carole:mailto:carole.meyer@eschtal-fonds.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.schmit@example.org:mailto:lea.schmit@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1C2E3F4B076DD01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
        SUMMARY;LANGUAGE=de-DE:Assessment Center Risk Manager – Léa Schmit
        DTSTART;VALUE=DATE:20261123
        DTEND;VALUE=DATE:20261124
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261117T154027Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Eschtal Fonds\\, 6A rue Gabriel Lippmann\\, Munsbach
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2093.outbound."
                        "protection.outlook.com [203.0.113.93])", when, LUX, "4HGq3Sc9Lbz2")),
        ("From", "Meyer Carole <carole.meyer@eschtal-fonds.lu>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Assessment Center Risk Manager – Léa Schmit")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<VI1PR03MB4410C8A7B6E5D4C3B2A1F0E9D8C7B6A5@VI1PR03MB4410.eurprd03.prod.outlook.com>"),
        ("Thread-Topic", enc("Assessment Center Risk Manager – Léa Schmit")),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"), calendar(cal, cte="base64")))


@make.mail(n(13), family="forward_self_icims", lang="en", interview=True, kind="scheduled",
           company="Meridian Life Europe S.A.", start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z",
           contact="nathalie.klein@meridianlife.lu", local="Thu 2026-12-03 14:00",
           local_end="2026-12-03 15:00", zone=LUX,
           note="Léa forwards to herself (example.net -> example.org) an iCIMS confirmation as an attached "
                "message: Thursday, December 3, 2026 2:00-3:00 PM (GMT+01:00) Brussels/Paris -> "
                "13:00-14:00Z; sender is the candidate, inner sender is no-reply -> contact = recruiter "
                "address in the forwarded body")
def m13() -> bytes:
    inner_when = "2026-11-27 15:22:10"
    inner_body = t("""
        Dear Léa,

        Thank you for your interest in Meridian Life Europe. We are pleased to confirm your interview
        for the position of Solvency II Risk Analyst (Req. 4471).

        Date: Thursday, December 3, 2026
        Time: 2:00 PM - 3:00 PM (GMT+01:00) Brussels, Copenhagen, Madrid, Paris
        Format: On site - Meridian Life Europe, 2 rue Jean Monnet, L-2180 Luxembourg-Kirchberg
        Interview panel: Nathalie Klein (Recruiter), Yves Gloden (Chief Risk Officer)

        Please bring a valid ID for building access. If you need to change this appointment, please
        contact your recruiter, Nathalie Klein, at nathalie.klein@meridianlife.lu.

        Sincerely,
        Meridian Life Europe Talent Acquisition

        This email was sent from a notification-only address that cannot accept incoming email.
        """)
    inner = message([
        ("Return-Path", "<bounce-4471@talent.icims.com>"),
        ("From", "Meridian Life Europe <meridianlife-noreply@talent.icims.com>"),
        ("To", "lea.schmit@example.net"),
        ("Subject", "Interview Confirmation - Solvency II Risk Analyst"),
        ("Date", date(inner_when, LUX)),
        ("Message-ID", "<1732718530110.4471.88213@talent.icims.com>"),
    ], text(inner_body, cte="quoted-printable"))
    when = "2026-11-28 09:30:51"
    outer = t("""
        fwd to main inbox so I don't lose it. Thu 3 Dec, Kirchberg, bring ID!!

        Envoyé de mon iPhone
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp.example.net (smtp.example.net [192.0.2.44])", when, LUX, "4HN2wQ8Rfz5")),
        ("From", addr("Léa Schmit", "lea.schmit@example.net")),
        ("To", LEA),
        ("Subject", "Fwd: Interview Confirmation - Solvency II Risk Analyst"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E@example.net>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ]
    return message(headers, mixed(text(outer, cte="8bit"),
                                  attached_message(inner, "Interview Confirmation.eml")))


@make.mail(n(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           company="European Markets Resilience Agency", start="2026-12-02T09:00:00Z",
           end="2026-12-02T10:00:00Z", contact=None, local="Wed 2026-12-02 10:00",
           local_end="2026-12-02 11:00", zone="Europe/Brussels",
           note="Microsoft Bookings confirmation from the agency's booking mailbox: Wednesday, December 2, "
                "2026 10:00-11:00 AM (UTC+01:00) Brussels -> 09:00-10:00Z; ICS TZID Romance Standard "
                "Time agrees; staff named but no personal address, only the shared mailbox -> contact null")
def m14() -> bytes:
    when = "2026-11-27 12:00:14"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Léa Schmit,</p>
        <p>Thank you for booking with European Markets Resilience Agency (EMRA) – Selection Interviews.</p>
        <table style="font-size:14px">
        <tr><td style="color:#666;padding-right:12px">Service</td><td>Competency-based interview – Risk Officer (AD 6), EMRA/AD/2026/09</td></tr>
        <tr><td style="color:#666;padding-right:12px">Date</td><td>Wednesday, December 2, 2026</td></tr>
        <tr><td style="color:#666;padding-right:12px">Time</td><td>10:00 AM - 11:00 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris</td></tr>
        <tr><td style="color:#666;padding-right:12px">Staff</td><td>Ingrid Vandenberghe</td></tr>
        <tr><td style="color:#666;padding-right:12px">Location</td><td>Microsoft Teams meeting (link below)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4MjEwZGQt%40thread.v2/0">Join your appointment</a></p>
        <p>Please have your identity document ready; the panel will check it at the start.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/EMRASelectionInterviews@emraeu.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#888">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE \
        + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=EMRA Selection Interviews:mailto:EMRASelectionInterviews@emraeu.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Schmit:mailto:lea.schmit@example.org
        UID:040000008200E00074C5B7101A82E00800000000B2D3E4F5C087DD01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
        SUMMARY;LANGUAGE=en-US:Competency-based interview – Risk Officer (AD 6)
        DTSTART;TZID=Romance Standard Time:20261202T100000
        DTEND;TZID=Romance Standard Time:20261202T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261127T110014Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2050.outbound."
                        "protection.outlook.com [203.0.113.50])", when, "Europe/Brussels", "4HMx7Dp4Gkz3")),
        ("From", "EMRA Selection Interviews <EMRASelectionInterviews@emraeu.onmicrosoft.com>"),
        ("To", LEA_TO),
        ("Subject", enc("Booking confirmed: Competency-based interview – Risk Officer (AD 6) on Wednesday, "
                        "December 2, 2026")),
        ("Date", date(when, "Europe/Brussels")),
        ("Message-ID", "<AM0PR02MB5521A0B1C2D3E4F5A6B7C8D9E0F1A2B3@AM0PR02MB5521.eurprd02.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsEmail", "Confirmation"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, mixed(
        html(body_html),
        calendar(cal, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@make.mail(n(15), family="zoom", lang="fr", interview=True, kind="scheduled",
           company="Cabinet Lorrain d'Audit", start="2026-12-04T08:00:00Z", end=None,
           contact="julien.marchal@cla-audit.fr", local="Fri 2026-12-04 09:00", zone="Europe/Paris",
           note="Recruiter prose 'vendredi 4 décembre à 9h' + pasted French Zoom invitation 'Heure : 4 déc. "
                "2026 09:00 AM Paris' -> CET (UTC+1) 08:00Z; no length -> end null; windows-1252 QP")
def m15() -> bytes:
    when = "2026-11-30 17:45:02"
    body = t("""
        Bonjour Madame Schmit,

        Comme convenu au téléphone ce matin, je vous confirme notre entretien en visio vendredi
        4 décembre à 9h. Mme Bastien, notre associée en charge du pôle risques, se joindra à nous.

        Vous trouverez ci-dessous le lien Zoom.

        Bien cordialement,
        Julien Marchal
        Chargé de recrutement – Cabinet Lorrain d'Audit
        23, rue des Clercs – 57000 Metz
        03 87 18 44 20

        ----------
        Julien Marchal vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Léa Schmit – Auditrice risques financiers
        Heure : 4 déc. 2026 09:00 AM Paris

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/84129376510?pwd=bE5xZ2hTQmR1RzN2QUxQZ0

        ID de réunion: 841 2937 6510
        Code secret: 572613
        """)
    body_html = "<html><body style=\"font-family:Calibri,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "<p>&nbsp;</p>\n" for line in body.rstrip("\n").split("\n")
    ) + "</body></html>\n"
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp-out.cla-audit.fr (smtp-out.cla-audit.fr [203.0.113.23])",
                        when, "Europe/Paris", "4HQk0Nb5Jcz7")),
        ("From", "Julien Marchal <julien.marchal@cla-audit.fr>"),
        ("To", addr("Léa Schmit", LEA, "windows-1252")),
        ("Subject", enc("Confirmation entretien – vendredi 4 décembre", "windows-1252")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<000f01db5a3c$7e2a1b90$7a7e52b0$@cla-audit.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdtZ3k1Qm2vXyZcBRc6r8kLp0fT3aA=="),
        ("Content-Language", "fr"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(body_html, charset="windows-1252")))


@make.mail(n(16), family="exchange_invite", lang="fr", interview=True, kind="scheduled",
           company="Banque Lotharingie Luxembourg", start="2026-12-08T14:30:00Z", end="2026-12-08T15:30:00Z",
           contact="ines.dacosta@lotharingie-bank.lu", local="Tue 2026-12-08 15:30",
           local_end="2026-12-08 16:30", zone=LUX,
           note="French Outlook meeting request whose body has no date or time (only a greeting and the "
                "Teams block): the time is only in the ICS, TZID Romance Standard Time 15:30-16:30 -> CET "
                "(UTC+1) 14:30-15:30Z; contact = ORGANIZER/sender")
def m16() -> bytes:
    when = "2026-12-02 09:48:36"
    body = t("""
        Bonjour Léa,

        Voici l'invitation pour notre deuxième entretien, cette fois avec l'équipe Risque de
        liquidité (Marc et Sandrine). N'hésitez pas si vous avez des questions d'ici là.

        Bonne journée,
        Inès

        Inès Da Costa
        Talent Acquisition Partner
        Banque Lotharingie Luxembourg S.A.

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZmE3%40thread.v2/0>
        ID de la réunion : 381 904 227 156
        Code secret : h8TnQ3
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE \
        + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Da Costa Inès:mailto:ines.dacosta@lotharingie-bank.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Schmit:mailto:lea.schmit@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wirtz Marc:mailto:marc.wirtz@lotharingie-bank.lu
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Colling Sandrine:mailto:sandrine.colling@lotharingie-bank.lu
        UID:040000008200E00074C5B7101A82E00800000000C3E4F5A6D198DD01000000000000000010000000B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3
        SUMMARY;LANGUAGE=fr-FR:2e entretien – Analyste Risque de liquidité (L. Schmit)
        DTSTART;TZID=Romance Standard Time:20261208T153000
        DTEND;TZID=Romance Standard Time:20261208T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261202T084836Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZmE3%40thread.v2/0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2071.outbound."
                        "protection.outlook.com [203.0.113.71])", when, LUX, "4HSv2Tq8Mdz1")),
        ("From", addr("Da Costa Inès", "ines.dacosta@lotharingie-bank.lu")),
        ("To", LEA_TO),
        ("Subject", enc("2e entretien – Analyste Risque de liquidité (L. Schmit)")),
        ("Thread-Topic", enc("2e entretien – Analyste Risque de liquidité (L. Schmit)")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<HE1PR04MB3120D1E2F3A4B5C6D7E8F9A0B1C2D3E4@HE1PR04MB3120.eurprd04.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), calendar(cal, cte="base64")))


@make.mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
           company="Taunus Clearing AG", start="2026-11-26T13:00:00Z", end="2026-11-26T14:30:00Z",
           contact="lena.hoffmeister@taunus-clearing.de", local="Thu 2026-11-26 14:00",
           local_end="2026-11-26 15:30", zone="Europe/Berlin",
           note="GoodTime reschedule itinerary: previous Tue 24 Nov 10:00-11:30 CET also shown; new Thu "
                "26 Nov, two back-to-back sessions 14:00-14:45 and 14:45-15:30 CET (UTC+1) -> first start "
                "13:00Z to last end 14:30Z; ICS SEQUENCE:1; contact = Reply-To coordinator")
def m17() -> bytes:
    when = "2026-11-20 13:10:48"
    body = t("""
        Hi Léa,

        Your interview with Taunus Clearing AG has been RESCHEDULED.

        Previous time (no longer valid):
          Tuesday, November 24, 2026 · 10:00 - 11:30 CET

        New time:
          Thursday, November 26, 2026 · 14:00 - 15:30 CET (Frankfurt am Main)

        Your itinerary – Risk Analyst, CCP Margin Methodology
          14:00 - 14:45  Dr. Henrik Vogt, Head of Margin Methodology
          14:45 - 15:30  Sabine Oertel, Senior Risk Manager

        Location: Taunus Clearing AG, Mainzer Landstraße 47, 60329 Frankfurt am Main – please
        register at the visitor desk in the lobby.

        Questions? Reply to this email to reach your coordinator, Lena Hoffmeister.

        Taunus Clearing Recruiting
        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Léa,</p>
        <p>Your interview with Taunus Clearing AG has been <b>RESCHEDULED</b>.</p>
        <p style="color:#888"><s>Tuesday, November 24, 2026 · 10:00 - 11:30 CET</s> (no longer valid)</p>
        <p><b>New time:</b> Thursday, November 26, 2026 · 14:00 - 15:30 CET (Frankfurt am Main)</p>
        <table cellpadding="4" style="font-size:14px;border:1px solid #ddd">
        <tr><td>14:00 - 14:45</td><td>Dr. Henrik Vogt, Head of Margin Methodology</td></tr>
        <tr><td>14:45 - 15:30</td><td>Sabine Oertel, Senior Risk Manager</td></tr>
        </table>
        <p>Location: Taunus Clearing AG, Mainzer Landstraße 47, 60329 Frankfurt am Main – please register at the
        visitor desk in the lobby.</p>
        <p>Questions? Reply to this email to reach your coordinator, Lena Hoffmeister.</p>
        <p>Taunus Clearing Recruiting<br><span style="font-size:11px;color:#999">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GoodTime.io//Hire//EN\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] \
        + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-7d41c0e8-93aa-4b61-b5f2-taunusclearing
        SEQUENCE:1
        DTSTAMP:20261120T121048Z
        DTSTART;TZID=Europe/Berlin:20261126T140000
        DTEND;TZID=Europe/Berlin:20261126T153000
        SUMMARY:Interview – Léa Schmit – Risk Analyst\\, CCP Margin Methodology
        LOCATION:Taunus Clearing AG\\, Mainzer Landstraße 47\\, 60329 Frankfurt am Main
        ORGANIZER;CN=Lena Hoffmeister:mailto:lena.hoffmeister@taunus-clearing.de
        ATTENDEE;CN=Léa Schmit;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.schmit@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail2.goodtime.io (mail2.goodtime.io [198.51.100.88])",
                        when, "Europe/Berlin", "4HKc8Wm1Pqz6")),
        ("From", "Taunus Clearing Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Lena Hoffmeister <lena.hoffmeister@taunus-clearing.de>"),
        ("To", LEA_TO),
        ("Subject", "Rescheduled: Your interview with Taunus Clearing AG - Thu, Nov 26"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<gt.msg.5c2a91e7b3d04f18a6e2@goodtime.io>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(cal, filename="interview.ics", disposition="attachment", cte="8bit"),
    ))


@make.mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           company="Nordlys Conseil", start="2026-10-09T12:30:00Z", end="2026-10-09T13:15:00Z",
           contact="camille.durand@nordlys-conseil.fr", local="Fri 2026-10-09 14:30",
           local_end="2026-10-09 15:15", zone="Europe/Paris",
           note="Recruiter moves the Teamtailor interview of the same thread: 'initialement prévu jeudi "
                "8 octobre à 11h' -> 'vendredi 9 octobre à 14h30', 'toujours 45 minutes'; CEST (UTC+2) -> "
                "12:30-13:15Z; contact = sender")
def m18() -> bytes:
    when = "2026-10-06 10:20:31"
    body = t("""
        Bonjour Léa,

        Merci d'avoir pris mon appel ce matin et pour votre souplesse !

        Comme convenu, je vous confirme le report de notre entretien : initialement prévu jeudi
        8 octobre à 11h, il aura lieu vendredi 9 octobre à 14h30, toujours dans nos locaux de la
        rue Serpenoise et toujours 45 minutes. Hugo Lefèvre sera bien présent.

        Belle journée,
        Camille

        --
        Camille Durand
        Talent Acquisition – Nordlys Conseil
        12 rue Serpenoise, 57000 Metz
        06 42 18 77 30

        Le ven. 2 oct. 2026 à 15:30, Nordlys Conseil <no-reply@teamtailor-mail.com> a écrit :
        > Bonjour Léa,
        >
        > Votre entretien pour le poste d'Analyste Risques Financiers (H/F) – Metz est confirmé.
        >
        > Date : jeudi 8 octobre 2026
        > Heure : 11h00 – 11h45 (heure de Paris)
        > Durée : 45 minutes
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
                        when, "Europe/Paris", "4G5Tz3aK6Dz9")),
        ("From", "Camille Durand <camille.durand@nordlys-conseil.fr>"),
        ("To", LEA_TO),
        ("Subject", enc("Re: Entretien confirmé – Analyste Risques Financiers (H/F)")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<CAF7x2k9Pq1Lm3Rz8YtW4vBn0sD5cE6gH7jK8lM9nO0pQ1r@mail.gmail.com>"),
        ("In-Reply-To", "<6527f1a8c2d04_19e2c3f8a1b2c9854@teamtailor-mailer-5f6b.mail>"),
        ("References", "<6527f1a8c2d04_19e2c3f8a1b2c9854@teamtailor-mailer-5f6b.mail>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(n(19), family="exchange_update", lang="de", interview=True, kind="rescheduled",
           company="Ardenner Privatbank S.A.", start="2026-10-14T13:00:00Z", end="2026-10-14T14:00:00Z",
           contact="thomas.weber@ardenner-privatbank.lu", local="Wed 2026-10-14 15:00",
           local_end="2026-10-14 16:00", zone=LUX,
           note="Exchange update of the same meeting (same UID, SEQUENCE:1): moved 'von Mittwoch, 07.10., "
                "10:00 Uhr auf Mittwoch, 14.10., 15:00 Uhr'; ICS W. Europe Standard Time 15:00-16:00 CEST "
                "-> 13:00-14:00Z; contact = ORGANIZER/sender")
def m19() -> bytes:
    when = "2026-10-05 14:25:09"
    body = t("""
        Sehr geehrte Frau Schmit,

        leider muss Frau Schanen am Mittwoch kurzfristig an einem Termin mit der Aufsicht teilnehmen.
        Ich habe unser Gespräch daher von Mittwoch, 07.10., 10:00 Uhr auf Mittwoch, 14.10., 15:00 Uhr
        verschoben. Der Teams-Link bleibt unverändert.

        Ich bitte die Unannehmlichkeiten zu entschuldigen.

        Mit freundlichen Grüßen
        Thomas Weber
        Human Resources | Ardenner Privatbank S.A.

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjQ4ZTMtOGQ5Ni00%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
        Besprechungs-ID: 347 112 905 618
        Passcode: Qx7fZ2
        ________________________________________________________________________________
        """)
    cal = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Weber Thomas:mailto:thomas.weber@ardenner-privatbank.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Schmit:mailto:lea.schmit@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schanen Nadine:mailto:nadine.schanen@ardenner-privatbank.lu
        UID:040000008200E00074C5B7101A82E0080000000060B3F1A2C351DD01000000000000000010000000D9E8C4B7A6F5E4D3C2B1A09F8E7D6C5B
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Léa Schmit – Credit Risk Analyst
        DTSTART;TZID=W. Europe Standard Time:20261014T150000
        DTEND;TZID=W. Europe Standard Time:20261014T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T122509Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2121938402
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjQ4ZTMtOGQ5Ni00%40thread.v2/0
        END:VEVENT
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + cal + "END:VCALENDAR\n"
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2119.outbound."
                        "protection.outlook.com [203.0.113.119])", when, LUX, "4G4bH5nR2Wz0")),
        ("From", "Weber Thomas <thomas.weber@ardenner-privatbank.lu>"),
        ("To", LEA_TO),
        ("CC", "Schanen Nadine <nadine.schanen@ardenner-privatbank.lu>"),
        ("Subject", enc("Vorstellungsgespräch Léa Schmit – Credit Risk Analyst")),
        ("Thread-Topic", enc("Vorstellungsgespräch Léa Schmit – Credit Risk Analyst")),
        ("Thread-Index", "AdtSJ3q0c9x2LmV1TqKZ8f0pE1b3OwCXk1Ar"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<DB9PR01MB7354F1B2A3C4D5E6F7A8B9C0D1E2F3A4@DB9PR01MB7354.eurprd01.prod.exchangelabs.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), calendar(cal, cte="base64")))


@make.mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
           company="Fjordline Analytics Inc.", start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="dana.whitfield@fjordline.com", local="Tue 2026-11-03 10:00",
           local_end="2026-11-03 10:45", zone="America/New_York",
           note="Recruitee reschedule from a New York team: old Thu 29 Oct 10:00 AM ET (EDT, = 15:00 in "
                "Luxembourg, which is already on CET) -> new Tue 3 Nov 10:00-10:45 AM ET, after the US "
                "switch to EST (UTC-5) -> 15:00-15:45Z (16:00 in Luxembourg, as the mail says); Reply-To "
                "is a Recruitee relay -> contact = recruiter address in the signature")
def m20() -> bytes:
    when = "2026-10-27 09:15:37"
    body = t("""
        Hi Léa,

        Apologies for the shuffle - Greg (our Head of Risk) will be on a flight on Thursday, so we've
        moved your interview:

        Was: Thursday, October 29 at 10:00 AM ET
        Now: Tuesday, November 3 at 10:00 AM - 10:45 AM ET

        Heads-up on time zones: US clocks go back on November 1, so the new slot is 4:00 PM in
        Luxembourg (the old one would have been 3:00 PM for you). Same Zoom link as before:
        https://fjordline.zoom.us/j/93018274650

        Thanks for your flexibility!

        Dana Whitfield
        Talent Partner, Fjordline Analytics
        dana.whitfield@fjordline.com | +1 646 555 0142

        Sent via Recruitee
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Léa,</p>
        <p>Apologies for the shuffle - Greg (our Head of Risk) will be on a flight on Thursday, so we've
        moved your interview:</p>
        <p><span style="color:#999">Was: <s>Thursday, October 29 at 10:00 AM ET</s></span><br>
        <b>Now: Tuesday, November 3 at 10:00 AM - 10:45 AM ET</b></p>
        <p>Heads-up on time zones: US clocks go back on November 1, so the new slot is 4:00 PM in
        Luxembourg (the old one would have been 3:00 PM for you). Same Zoom link as before:
        <a href="https://fjordline.zoom.us/j/93018274650">https://fjordline.zoom.us/j/93018274650</a></p>
        <p>Thanks for your flexibility!</p>
        <p>Dana Whitfield<br>Talent Partner, Fjordline Analytics<br>
        <a href="mailto:dana.whitfield@fjordline.com">dana.whitfield@fjordline.com</a> | +1 646 555 0142</p>
        <p style="font-size:11px;color:#aaa">Sent via Recruitee</p>
        </body></html>
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Recruitee//Events//EN\nMETHOD:REQUEST\n" \
        + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-5518203@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261027T131537Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SUMMARY:Interview Léa Schmit - Quantitative Risk Analyst (Fjordline Analytics)
        LOCATION:https://fjordline.zoom.us/j/93018274650
        ORGANIZER;CN=Dana Whitfield:mailto:fjordline+c-88217@inbound.recruitee.com
        ATTENDEE;CN=Léa Schmit;RSVP=TRUE:mailto:lea.schmit@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-eu1.recruitee.com (mail-eu1.recruitee.com [198.51.100.61])",
                        when, "America/New_York", "4H0aL7cV3Ez2")),
        ("From", "Dana Whitfield via Recruitee <no-reply@recruitee.com>"),
        ("Reply-To", "Fjordline Analytics <fjordline+c-88217@inbound.recruitee.com>"),
        ("To", LEA_TO),
        ("Subject", "Updated: your interview with Fjordline Analytics (now Tue, Nov 3)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<recruitee.5518203.1793106937@mail-eu1.recruitee.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(cal, filename="interview.ics", disposition="attachment", cte="base64"),
    ))


@make.mail(n(21), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
           company="Harcourt & Lyle Luxembourg", start="2026-10-13T12:00:00Z", end="2026-10-13T13:00:00Z",
           contact="priya.nair@harcourtlyle.lu", local="Tue 2026-10-13 14:00",
           local_end="2026-10-13 15:00", zone=LUX,
           note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Tue 13 Oct 14:00-15:00 W. Europe "
                "Standard Time (CEST, UTC+2) -> 12:00-13:00Z; 'I'll come back with new slots' gives no "
                "new time; contact = ORGANIZER/sender")
def m21() -> bytes:
    when = "2026-10-09 16:55:20"
    body = t("""
        When: Tuesday, 13 October 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Hi Léa,

        I'm sorry to cancel at short notice - Olivier has been pulled into a client deadline next week.
        I'll come back to you with new slots early next week.

        Best regards,
        Priya

        Priya Nair | Senior Recruiter | Harcourt & Lyle Luxembourg
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@harcourtlyle.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Léa Schmit:mailto:lea.schmit@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Olivier Thill:mailto:olivier.thill@harcourtlyle.lu
        UID:040000008200E00074C5B7101A82E00800000000D4F5A6B7E2A9DD01000000000000000010000000C7B6A5D4E3F2A1B0C9D8E7F6A5B4C3D2
        SUMMARY;LANGUAGE=en-US:Canceled: Interview – Model Validation Analyst (Léa Schmit)
        DTSTART;TZID=W. Europe Standard Time:20261013T140000
        DTEND;TZID=W. Europe Standard Time:20261013T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261009T145520Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2133.outbound."
                        "protection.outlook.com [203.0.113.133])", when, LUX, "4G6pR1xN8Qz4")),
        ("From", "Priya Nair <priya.nair@harcourtlyle.lu>"),
        ("To", LEA_TO),
        ("CC", "Olivier Thill <olivier.thill@harcourtlyle.lu>"),
        ("Subject", enc("Canceled: Interview – Model Validation Analyst (Léa Schmit)")),
        ("Thread-Topic", enc("Interview – Model Validation Analyst (Léa Schmit)")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<VI1PR05MB6690A9B8C7D6E5F4A3B2C1D0E9F8A7B6@VI1PR05MB6690.eurprd05.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body), calendar(cal, method="CANCEL", cte="base64")))


@make.mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           company="Alzette Gestion S.A.", start="2026-11-30T09:00:00Z", end=None,
           contact="sarah.bintz@alzette-gestion.lu", local="Mon 2026-11-30 10:00", zone=LUX,
           note="Recruiter cancels 'notre entretien de lundi 30 novembre à 10h' because the post was filled "
                "internally; no new time; CET (UTC+1) -> 09:00Z; no length -> end null; iso-8859-1 8bit")
def m22() -> bytes:
    when = "2026-11-25 08:52:14"
    body = t("""
        Bonjour Léa,

        Je suis au regret de devoir annuler notre entretien de lundi 30 novembre à 10h : la direction
        vient de décider de pourvoir le poste d'analyste risques en interne. Je suis sincèrement désolée
        de vous l'annoncer si tard.

        Votre profil nous a beaucoup plu et je me permets de le conserver pour nos prochains
        recrutements, si vous êtes d'accord.

        Bien cordialement,
        Sarah Bintz
        Chargée de recrutement
        Alzette Gestion S.A. - 45, route d'Esch - L-1470 Luxembourg
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.alzette-gestion.lu (mail.alzette-gestion.lu [203.0.113.145])",
                        when, LUX, "4HMa9Fq0Vbz8")),
        ("From", "Sarah Bintz <sarah.bintz@alzette-gestion.lu>"),
        ("To", LEA_TO),
        ("Subject", enc("Annulation de notre entretien du 30/11", "iso-8859-1")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<a81f2c94-3d7e-4b05-96c1-0e8f2d7a5b31@alzette-gestion.lu>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@make.mail(n(23), family="google_calendar", lang="de", interview=True, kind="cancelled",
           company="Moselfalke Capital GmbH", start="2026-12-11T10:00:00Z", end="2026-12-11T11:00:00Z",
           contact="katrin.scholl@moselfalke-capital.de", local="Fri 2026-12-11 11:00",
           local_end="2026-12-11 12:00", zone="Europe/Berlin",
           note="Google Calendar cancellation in German (METHOD:CANCEL) of Fr. 11. Dez. 2026 11:00-12:00 "
                "MEZ (UTC+1) -> 10:00-11:00Z; the position is frozen, no new time; contact = ORGANIZER")
def m23() -> bytes:
    when = "2026-12-07 17:30:44"
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Risikomanagement – Léa Schmit
        Freitag, 11. Dezember 2026 ⋅ 11:00 – 12:00
        Zeitzone: Europe/Berlin

        Organisator
        Katrin Scholl
        katrin.scholl@moselfalke-capital.de

        Liebe Frau Schmit, leider müssen wir das Gespräch absagen: Die Stelle ist bis auf Weiteres
        eingefroren. Ich melde mich, sobald es Neuigkeiten gibt. Viele Grüße, Katrin Scholl

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    cal = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261211T100000Z
        DTEND:20261211T110000Z
        DTSTAMP:20261207T163044Z
        ORGANIZER;CN=Katrin Scholl:mailto:katrin.scholl@moselfalke-capital.de
        UID:0p2r4t6v8x1z3b5d7f9h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lea.schmit@example.org;X-NUM-GUESTS=0:mailto:lea.schmit@example.org
        CREATED:20261201T091500Z
        DESCRIPTION:Liebe Frau Schmit\\, leider müssen wir das Gespräch absagen: Die Stelle ist bis auf Weiteres eingefroren.
        LAST-MODIFIED:20261207T163043Z
        LOCATION:Moselfalke Capital\\, Simeonstraße 2\\, 54290 Trier
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Vorstellungsgespräch Risikomanagement – Léa Schmit
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        when, "Europe/Berlin", "4HVm5Cx2Ndz6")),
        ("From", "Katrin Scholl <katrin.scholl@moselfalke-capital.de>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "katrin.scholl@moselfalke-capital.de"),
        ("To", LEA),
        ("Subject", enc("Abgesagter Termin: Vorstellungsgespräch Risikomanagement – Léa Schmit @ Fr. 11. "
                        "Dez. 2026 11:00 - 12:00 (MEZ) (lea.schmit@example.org)")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<calendar-2b7d9f1e-3c5a-4e8b-9d0f-1a2b3c4d5e6f@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body)), calendar(cal, method="CANCEL", cte="base64")),
        calendar(cal, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# =========================================================================== negatives


@make.mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Unemployment-office summons 'entretien avec votre conseillère le mardi 20 octobre 2026 à "
                "9h30': a fixed appointment called 'entretien', but with the job centre, not a job "
                "interview -> negative; public agency, not an employer -> company null")
def m24() -> bytes:
    when = "2026-10-08 07:02:11"
    body = t("""
        OFFICE LUXEMBOURGEOIS DE L'EMPLOI
        Service Placement - Agence de Luxembourg-Ville

        Madame Léa SCHMIT
        Numéro de dossier : 2026/LUX/0481127

        Objet : Convocation à un entretien de suivi

        Madame,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère professionnelle,
        Mme Monique Reiland, le mardi 20 octobre 2026 à 9h30, à l'agence de Luxembourg-Ville,
        19, rue de Bitbourg, L-1273 Luxembourg (2e étage, guichet 4).

        Merci de vous munir de votre pièce d'identité, de votre CV à jour et de la liste de vos
        candidatures des quatre dernières semaines.

        Toute absence non justifiée peut entraîner une suspension de votre inscription en tant que
        demandeur d'emploi.

        Le présent courriel est généré automatiquement ; merci de ne pas y répondre. Pour toute
        question, connectez-vous à votre espace personnel sur MyOLE.

        Office luxembourgeois de l'emploi
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from relay.ole-emploi.lu (relay.ole-emploi.lu [203.0.113.200])", when, LUX,
                        "4G8Xc1mT5Kz2")),
        ("From", "OLE - Ne pas repondre <ne-pas-repondre@ole-emploi.lu>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Convocation à un entretien de suivi – mardi 20 octobre 2026 à 9h30")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<20261008050211.0481127.conv@ole-emploi.lu>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(n(25), family="press_interview", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="A business journalist confirms an interview with Léa for a newspaper series (Donnerstag, "
                "22.10., 11 Uhr): a fixed-time interview, but press, not a job interview -> negative")
def m25() -> bytes:
    when = "2026-10-16 12:31:50"
    body = t("""
        Liebe Frau Schmit,

        herzlichen Dank für Ihre Zusage! Dann halten wir unser Interview für die Serie „Frauen in der
        Finanzbranche“ am Donnerstag, 22.10., um 11 Uhr fest – im Café am Glacis, wie vorgeschlagen.
        Wir brauchen etwa 45 Minuten; unser Fotograf kommt für ein paar Porträts gegen Ende dazu.

        Die Fragen schicke ich Ihnen vorab bis Montag. Zitate bekommen Sie selbstverständlich zur
        Freigabe.

        Beste Grüße
        Tom Kayser
        Redaktion Wirtschaft
        Lëtzebuerger Wirtschaftsblatt
        Tel. +352 49 93 - 415
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.wirtschaftsblatt.lu (mail.wirtschaftsblatt.lu [203.0.113.171])",
                        when, LUX, "4GH2sN7bQ0z5")),
        ("From", "Tom Kayser <tom.kayser@wirtschaftsblatt.lu>"),
        ("To", LEA_TO),
        ("Subject", enc("Interview-Termin „Frauen in der Finanzbranche“ – Bestätigung")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<5f1c9a2e-77b3-4d8a-b0e2-91c4f6a3d8e7@wirtschaftsblatt.lu>"),
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
        ("Content-Language", "de-LU"),
    ]
    return message(headers, text(body, cte="8bit"))


@make.mail(n(26), family="bank_advisor", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Retail bank confirms an 'entretien patrimonial' with the customer adviser on jeudi "
                "12 novembre à 17h30 (with ICS): personal banking appointment, not a job interview")
def m26() -> bytes:
    when = "2026-11-06 10:14:03"
    body_html = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#1d2b3a">
        <table width="600" cellpadding="16" style="border:1px solid #d7dde5"><tr><td>
        <img src="https://www.caisse-alzette.lu/mail/logo.png" alt="Caisse d'Épargne de l'Alzette" width="180">
        <h2 style="font-size:18px;color:#00527a">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Madame Schmit,</p>
        <p>Nous vous confirmons votre <b>entretien patrimonial</b> avec votre conseillère, Mme Sandra Muller :</p>
        <p>📅 Jeudi 12 novembre 2026 à 17h30<br>
        📍 Agence Luxembourg-Gare, 54 avenue de la Liberté, L-1930 Luxembourg</p>
        <p>Pensez à apporter vos trois derniers bulletins de salaire ainsi que votre dernier avis d'imposition
        si vous souhaitez aborder votre projet de prêt immobilier.</p>
        <p>Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace S-Net ou appelez le
        (+352) 40 15 - 1.</p>
        <p>À bientôt,<br>Votre Caisse d'Épargne de l'Alzette</p>
        <p style="font-size:10px;color:#8795a1">Ce message vous est adressé automatiquement. Merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Caisse Alzette//RDV//FR\nMETHOD:PUBLISH\n" + VTZ_LUX + "\n" + t("""
        BEGIN:VEVENT
        UID:rdv-20261112-1730-88214@caisse-alzette.lu
        DTSTAMP:20261106T091403Z
        DTSTART;TZID=Europe/Luxembourg:20261112T173000
        DTEND;TZID=Europe/Luxembourg:20261112T183000
        SUMMARY:Entretien patrimonial – Caisse d'Épargne de l'Alzette
        LOCATION:Agence Luxembourg-Gare\\, 54 avenue de la Liberté
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mailout2.caisse-alzette.lu (mailout2.caisse-alzette.lu [203.0.113.210])",
                        when, LUX, "4HAk6Rm3Sfz1")),
        ("From", "Caisse d'Epargne de l'Alzette <rendez-vous@caisse-alzette.lu>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Confirmation de votre rendez-vous du 12/11/2026")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<RDV.88214.20261106101403@caisse-alzette.lu>"),
    ]
    return message(headers, mixed(
        html(body_html, cte="base64"),
        calendar(cal, method="PUBLISH", cte="base64", filename="rendez-vous.ics", disposition="attachment"),
    ))


@make.mail(n(27), family="admission_interview", lang="en", interview=False, company=None,
           days=(("Wed", "2026-12-09"),),
           note="Executive MBA admission interview confirmed for Wednesday 9 December 2026 at 17:00 CET: "
                "a school admission interview, not a job interview -> negative")
def m27() -> bytes:
    when = "2026-11-30 11:40:27"
    body = t("""
        Dear Léa,

        Thank you for submitting your application to the Executive MBA in Finance & Risk (part-time,
        January 2027 intake).

        We are pleased to invite you to the next step of the admissions process. Your admission
        interview is confirmed as follows:

          Date: Wednesday, 9 December 2026
          Time: 17:00 - 17:40 CET (Luxembourg time)
          Format: Zoom (link sent 24 hours before)
          Panel: Prof. Dr. Hélène Wagener, Academic Director, and one alumnus of the programme

        The interview focuses on your motivation, your leadership experience and your plans after the
        programme. No preparation is required beyond your application file.

        Kind regards,

        Admissions Office
        Grand Duchy School of Management
        admissions@gdsm.lu | 11, rue Goethe, L-1637 Luxembourg
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mx.gdsm.lu (mx.gdsm.lu [203.0.113.31])", when, LUX, "4HP1tB6Wcz4")),
        ("From", "GDSM Admissions <admissions@gdsm.lu>"),
        ("To", LEA_TO),
        ("Subject", "Executive MBA - your admission interview on 9 December"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<0a7f3e21b9c84d6e@gdsm.lu>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-16"),),
           note="Volleyball club confirms a trial session ('séance d'essai mercredi 16 septembre à 19h30'): "
                "a sports try-out, not a job interview -> negative")
def m28() -> bytes:
    when = "2026-09-11 22:08:15"
    body = t("""
        Salut Léa,

        Super, ton inscription pour la séance d'essai est bien notée ! On se voit mercredi 16 septembre
        à 19h30 au hall sportif de Bonnevoie (entrée côté parking). L'entraînement dure jusqu'à 21h30,
        prends des genouillères si tu en as et de quoi boire.

        Si ça te plaît, on pourra parler licence et équipe (on cherche justement une passeuse pour
        l'équipe dames 2) après la séance.

        A mercredi !
        Nico
        Entraîneur – VC Pétrusse
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", when, LUX,
                        "4FrB2wV8Lmz3")),
        ("From", "Nico Faber <nico.faber.vcpetrusse@example.com>"),
        ("To", LEA),
        ("Subject", enc("Re: Séance d'essai volley")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<CAM8n1Qa0Zp2Lk4Xv6Tr8Ys0Wu2Qo4Mi6Ke8Gc0Ea2Cb4@mail.gmail.com>"),
        ("In-Reply-To", "<e1d2c3b4-a596-4877-8869-lea-0911@example.org>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(n(29), family="car_service", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-31"),),
           note="Garage confirms a service appointment (Samstag, 31.10.2026, 08:00 Uhr): fixed time, "
                "not a job interview -> negative")
def m29() -> bytes:
    when = "2026-10-26 14:22:40"
    body = t("""
        Sehr geehrte Frau Schmit,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug:      VW Golf, LU-KX 4821
        Termin:        Samstag, 31.10.2026, 08:00 Uhr (Fahrzeugannahme)
        Leistungen:    Inspektion 60.000 km, Räderwechsel Winterreifen (Einlagerung)
        Abholung:      voraussichtlich ab 12:00 Uhr

        Bitte bringen Sie Ihr Serviceheft und die Felgenschlösser mit.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Reckinger S.à r.l. · 3, route de Luxembourg · L-7540 Rollingen/Mersch
        Tel. +352 32 88 44-1
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from dms-mailer.autohaus-reckinger.lu (dms-mailer.autohaus-reckinger.lu [203.0.113.66])",
                        when, LUX, "4H0Dk8Pc1Wz7")),
        ("From", "Autohaus Reckinger Service <service@autohaus-reckinger.lu>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Terminbestätigung Werkstatt – Sa. 31.10.2026 08:00")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<DMS.20261026132240.4821@autohaus-reckinger.lu>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(30), family="mock_interview", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Career coach books a paid mock interview ('Thursday 1 October, 18:00-19:00 Luxembourg "
                "time'): interview preparation, not a job interview -> negative")
def m30() -> bytes:
    when = "2026-09-25 08:47:33"
    body = t("""
        Hi Léa,

        Lovely to meet you at the Women in Risk breakfast on Wednesday! As promised, I've booked our
        first session:

        Mock interview (competency-based, Big Four format)
        Thursday 1 October, 18:00-19:00 Luxembourg time, on Zoom
        https://us02web.zoom.us/j/71920384651

        I'll play the interviewer for a Senior Associate FRM role - expect STAR questions, a short
        case on IFRS 9 staging and a few curveballs. We'll spend the last 15 minutes on feedback.
        I'll send the invoice (EUR 120) after the session.

        Warmly,
        Helen

        Helen Brandt
        Career coach for finance professionals
        Brandt Career Coaching | helen@brandtcoaching.lu | +352 691 20 48 73
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp.brandtcoaching.lu (smtp.brandtcoaching.lu [203.0.113.84])", when, LUX,
                        "4G0Wq2Bn7Tz9")),
        ("From", "Helen Brandt <helen@brandtcoaching.lu>"),
        ("To", LEA_TO),
        ("Subject", "Your mock interview - Thursday 1 Oct, 18:00"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<20260925084733.7f3a1c@brandtcoaching.lu>"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


@make.mail(n(31), family="proposed_times", lang="en", interview=False, company="Saint-Hubert Asset Services",
           note="Recruiter proposes times ('Would Tuesday at 10 work? ... Wednesday 14:00 or Thursday "
                "morning') and will send an invite once Léa picks one: nothing confirmed -> negative")
def m31() -> bytes:
    when = "2026-10-15 13:05:56"
    body = t("""
        Hi Léa,

        Thanks for your application for the Treasury Risk Analyst role - Marc, our Head of Treasury,
        would love to have a first 30-minute chat with you.

        Would Tuesday at 10 work for you? If not, Wednesday at 14:00 or any time Thursday morning are
        also possible on our side. Let me know what suits and I'll send over a Teams invite.

        Best,
        Joanna

        Joanna Pereira
        HR Business Partner | Saint-Hubert Asset Services S.A.
        T: +352 28 48 60 15
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2086.outbound."
                        "protection.outlook.com [203.0.113.86])", when, LUX, "4GGn4Vt9Rcz1")),
        ("From", "Joanna Pereira <joanna.pereira@sainthubert-as.lu>"),
        ("To", LEA_TO),
        ("Subject", "Treasury Risk Analyst - first call?"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<DB8PR02MB5871E6F5D4C3B2A1F0E9D8C7B6A5F4E3@DB8PR02MB5871.eurprd02.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(n(32), family="forwarded_other", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="A former colleague forwards HIS OWN interview confirmation (Do. 05.11. um 10 Uhr, with "
                "ICS, as an attached message) and asks Léa for tips: a confirmed interview, but not "
                "Léa's -> negative")
def m32() -> bytes:
    inner_when = "2026-10-28 16:02:19"
    inner_body = t("""
        Sehr geehrter Herr Reinert,

        vielen Dank für Ihr Interesse an der Position Risk Analyst (m/w/d) bei der Rhein-Main Leasing AG.
        Gerne bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, 05.11.2026, um 10:00 Uhr in
        unserer Zentrale, Hanauer Landstraße 120, 60314 Frankfurt am Main.

        Mit freundlichen Grüßen
        Ulrike Sommer
        Personalabteilung Rhein-Main Leasing AG
        """)
    inner_cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Rhein-Main Leasing//Bewerbermanagement//DE\nMETHOD:REQUEST\n" \
        + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rml-vg-20261105-1000-reinert
        DTSTAMP:20261028T150219Z
        DTSTART;TZID=Europe/Berlin:20261105T100000
        DTEND;TZID=Europe/Berlin:20261105T110000
        SUMMARY:Vorstellungsgespräch Jonas Reinert – Risk Analyst
        ORGANIZER;CN=Ulrike Sommer:mailto:ulrike.sommer@rheinmain-leasing.de
        ATTENDEE;CN=Jonas Reinert:mailto:jonas.reinert@example.net
        END:VEVENT
        END:VCALENDAR
        """)
    inner = message([
        ("From", "Ulrike Sommer <ulrike.sommer@rheinmain-leasing.de>"),
        ("To", "Jonas Reinert <jonas.reinert@example.net>"),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs am 05.11.2026")),
        ("Date", date(inner_when, "Europe/Berlin")),
        ("Message-ID", "<7e2a91c4-b3d8-4f6e-a0c1-rml-bewerbung@rheinmain-leasing.de>"),
    ], mixed(text(inner_body), calendar(inner_cal, cte="base64", filename="termin.ics",
                                        disposition="attachment")))
    when = "2026-10-29 20:14:07"
    body = t("""
        Hey Léa,

        stell dir vor, ich hab's bei Rhein-Main Leasing in die nächste Runde geschafft – Bestätigung
        hängt an. Du hattest doch im Frühjahr auch ein Gespräch bei denen, oder? Hast du ein paar
        Tipps, was die fragen (Fallstudie? Englisch?). Revanchiere mich mit einem Essen in Trier :)

        Liebe Grüße
        Jonas
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp.example.net (smtp.example.net [192.0.2.45])", when, "Europe/Berlin",
                        "4H3Vb7Kq0Nz6")),
        ("From", "Jonas Reinert <jonas.reinert@example.net>"),
        ("To", LEA_TO),
        ("Subject", enc("WG: Bestätigung Ihres Vorstellungsgesprächs am 05.11.2026")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<3b8f1d2e-6a4c-4e9b-b7d0-c2a5f8e1d3b9@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(body, cte="8bit"),
                                  attached_message(inner, "Bestätigung Vorstellungsgespräch.eml")))


@make.mail(n(33), family="exit_interview", lang="en", interview=False, company=None,
           days=(("Mon", "2026-09-28"), ("Wed", "2026-09-30")),
           note="Exit interview at Léa's current employer (Outlook invite, Monday 28 September 11:00-11:30 "
                "CEST): a confirmed 'interview' at a fixed time, but not a job interview -> negative")
def m33() -> bytes:
    when = "2026-09-21 15:12:09"
    body = t("""
        Hi Léa,

        As part of your leaving process, I'd like to hold a short exit interview with you before your
        last day. It's confidential and helps us understand what we could do better. I've put us in
        Meeting Room Moselle (4th floor) for Monday 28 September, 11:00-11:30.

        Please also bring your badge and laptop to IT on Wednesday 30th.

        Thanks,
        Gilles

        Gilles Hansen | HR Business Partner | Northgate Fund Services S.A.
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hansen Gilles:mailto:gilles.hansen@northgate-fs.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schmit Lea:mailto:lea.schmit@northgate-fs.lu
        UID:040000008200E00074C5B7101A82E00800000000E5A6B7C8F3BADD01000000000000000010000000D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2A1
        SUMMARY;LANGUAGE=en-GB:Exit interview – Léa Schmit
        DTSTART;TZID=W. Europe Standard Time:20260928T110000
        DTEND;TZID=W. Europe Standard Time:20260928T113000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20260921T131209Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:LUX-HQ Meeting Room Moselle (4th floor)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.example.org (forwarder.example.org [192.0.2.10])", when, LUX, "4FyT5Gn2Hbz0")),
        ("X-Forwarded-For", "lea.schmit@northgate-fs.lu lea.schmit@example.org"),
        ("From", "Hansen Gilles <gilles.hansen@northgate-fs.lu>"),
        ("To", "Schmit Lea <lea.schmit@northgate-fs.lu>"),
        ("Subject", enc("Exit interview – Léa Schmit")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<AS8PR01MB7729B1C2D3E4F5A6B7C8D9E0F1A2B3C4@AS8PR01MB7729.eurprd01.prod.exchangelabs.com>"),
        ("Sensitivity", "Private"),
    ]
    return message(headers, alt(text(body), calendar(cal, cte="base64")))


@make.mail(n(34), family="user_research", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Fintech app confirms Léa as a participant in a user-research session (jeudi 19 novembre à "
                "15h, 45 minutes, 'entretien' in the text): not a job interview -> negative")
def m34() -> bytes:
    when = "2026-11-13 09:30:00"
    body_html = t("""
        <!doctype html><html lang="fr"><body style="background:#faf7f2;font-family:Inter,Arial,sans-serif;color:#2b2b2b">
        <div style="max-width:540px;margin:24px auto;background:#fff;border-radius:12px;padding:28px">
        <p>Bonjour Léa,</p>
        <p>Merci d'avoir accepté de participer à notre étude utilisateurs sur la future fonctionnalité
        « Épargne projet » de Pécule 🙌</p>
        <p>Votre créneau est réservé :<br>
        <b>jeudi 19 novembre, 15h00 – 15h45</b> (heure de Paris), en visio Google Meet.</p>
        <p>Il s'agit d'un entretien individuel avec Chloé, notre UX researcher : on vous montrera quelques
        maquettes et on vous posera des questions sur vos habitudes d'épargne. Il n'y a pas de bonne ou de
        mauvaise réponse !</p>
        <p>En remerciement, vous recevrez une carte cadeau de 40 € après la session.</p>
        <p>À jeudi,<br>L'équipe Recherche de Pécule</p>
        <p style="font-size:11px;color:#999">Pécule SAS · 8 rue du Faubourg Poissonnière · 75010 Paris ·
        <a href="https://pecule-app.fr/unsubscribe">Se désinscrire des études</a></p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail180-12.suw21.mandrillapp.com (mail180-12.suw21.mandrillapp.com [198.51.100.180])",
                        when, "Europe/Paris", "4HF0pX7Cjz2")),
        ("From", addr("Chloé de Pécule", "research@pecule-app.fr")),
        ("To", LEA),
        ("Subject", enc("C'est noté ! Votre session de test le jeudi 19 novembre à 15h")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<20261113083000.4f7a2c1e9b@mandrillapp.com>"),
        ("List-Unsubscribe", "<https://pecule-app.fr/unsubscribe?u=8f21>"),
    ]
    return message(headers, html(body_html))


@make.mail(n(35), family="reference_call", lang="de", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="A recruiter confirms a reference call with Léa about her former colleague (Dienstag, "
                "10.11., um 16 Uhr): Léa is the reference, not the candidate -> negative; the mail is not "
                "about Léa's own application -> company null")
def m35() -> bytes:
    when = "2026-11-05 11:48:22"
    body = t("""
        Sehr geehrte Frau Schmit,

        vielen Dank, dass Sie sich als Referenzgeberin für Herrn Paul Hartmann zur Verfügung stellen,
        der sich bei uns als Senior Risk Controller beworben hat.

        Wie heute Vormittag telefonisch vereinbart, rufe ich Sie am Dienstag, 10.11., um 16 Uhr unter
        +352 691 48 22 17 an. Das Gespräch wird etwa 20 Minuten dauern; ich würde Sie u. a. zu Herrn
        Hartmanns Arbeitsweise und Ihrer Zusammenarbeit bei Northgate befragen.

        Mit freundlichen Grüßen

        Miriam Kessler
        Senior Recruiterin
        Kronberg Asset Management GmbH
        Bockenheimer Landstraße 33 · 60325 Frankfurt am Main
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mx.kronberg-am.de (mx.kronberg-am.de [203.0.113.111])", when, "Europe/Berlin",
                        "4H5Nd2Lr6Pz8")),
        ("From", "Miriam Kessler <miriam.kessler@kronberg-am.de>"),
        ("To", LEA_TO),
        ("Subject", enc("Referenzgespräch Paul Hartmann – Di., 10.11., 16 Uhr")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB1804A7B8C9D0E1F2A3B4C5D6E7F8A9B0@FR2P281MB1804.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(n(36), family="interview_panel", lang="en", interview=False, company=None,
           days=(("Thu", "2026-09-10"),),
           note="Léa's current employer asks her to sit on an interview panel for a junior candidate "
                "(Outlook invite, Thu 10 Sep 14:00-15:00): she is the interviewer, not the candidate -> "
                "negative")
def m36() -> bytes:
    when = "2026-09-04 09:26:41"
    body = t("""
        Hi Léa,

        Thanks for agreeing to join the panel. Candidate: Tom Becker, Junior Risk Analyst (grad
        programme). You'll cover the technical part (VaR, stress testing basics); I'll do
        motivation and fit. CV and scorecard are in the Workday task I've just assigned to you -
        please submit your scorecard by Friday noon.

        Cheers,
        Ana

        Ana Ribeiro | Head of Investment Risk | Northgate Fund Services S.A.
        """)
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
        + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ribeiro Ana:mailto:ana.ribeiro@northgate-fs.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schmit Lea:mailto:lea.schmit@northgate-fs.lu
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hansen Gilles:mailto:gilles.hansen@northgate-fs.lu
        UID:040000008200E00074C5B7101A82E00800000000F6B7C8D9A4CBDD01000000000000000010000000E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2
        SUMMARY;LANGUAGE=en-GB:Interview – Tom Becker – Junior Risk Analyst (panel)
        DTSTART;TZID=W. Europe Standard Time:20260910T140000
        DTEND;TZID=W. Europe Standard Time:20260910T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260904T072641Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:LUX-HQ Meeting Room Sûre (3rd floor)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.example.org (forwarder.example.org [192.0.2.10])", when, LUX, "4FqM1Zt8Ycz3")),
        ("X-Forwarded-For", "lea.schmit@northgate-fs.lu lea.schmit@example.org"),
        ("From", "Ribeiro Ana <ana.ribeiro@northgate-fs.lu>"),
        ("To", "Schmit Lea <lea.schmit@northgate-fs.lu>"),
        ("CC", "Hansen Gilles <gilles.hansen@northgate-fs.lu>"),
        ("Subject", enc("Interview – Tom Becker – Junior Risk Analyst (panel)")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<AS8PR01MB7729C2D3E4F5A6B7C8D9E0F1A2B3C4D5@AS8PR01MB7729.eurprd01.prod.exchangelabs.com>"),
    ]
    return message(headers, alt(text(body), calendar(cal, cte="base64")))


@make.mail(n(37), family="rejection", lang="fr", interview=False, company="Mirabelle Finance",
           note="Workable rejection after interviews ('suite à nos entretiens ... nous ne donnerons pas "
                "suite'): no upcoming interview -> negative")
def m37() -> bytes:
    when = "2026-11-09 10:03:27"
    body = t("""
        Bonjour Léa,

        Merci encore pour le temps que vous nous avez consacré lors de nos entretiens des dernières
        semaines, ainsi que pour l'intérêt porté à Mirabelle Finance.

        Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste
        de Responsable Risques de Crédit (Nancy). Ce choix a été difficile, tant les profils rencontrés
        étaient de qualité.

        Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité
        correspondant à votre profil se présentait.

        Nous vous souhaitons une belle continuation.

        Bien cordialement,
        L'équipe Recrutement – Mirabelle Finance
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-out.workablemail.com (mail-out.workablemail.com [198.51.100.33])",
                        when, "Europe/Paris", "4H8Fv0Qs3Mz5")),
        ("From", "Mirabelle Finance <noreply@candidates.workablemail.com>"),
        ("Reply-To", "mirabelle-finance+8f3c21d7@candidates.workablemail.com"),
        ("To", LEA_TO),
        ("Subject", enc("Votre candidature – Responsable Risques de Crédit (Nancy)")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<5f2a8c1e-9b3d-47a6-8e0f-1c2d3e4f5a6b@workablemail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(n(38), family="offer", lang="de", interview=False, company="Mainquant GmbH",
           days=(("Mon", "2026-12-14"),),
           note="Job offer from the Frankfurt company of the Google Calendar interview (same thread "
                "of companies): contract attached by post, answer by Montag, 14.12.; an optional call "
                "'gern auch telefonisch' at no fixed time -> negative")
def m38() -> bytes:
    when = "2026-12-03 17:05:44"
    body = t("""
        Liebe Léa,

        nach den beiden sehr guten Gesprächen mit Aylin und mir freue ich mich riesig, dir im Namen der
        Mainquant GmbH die Position als Risk Quant (Model Risk) anbieten zu dürfen!

        Eckdaten unseres Angebots:
        - Start: 1. Februar 2027 (oder nach Absprache)
        - Bruttojahresgehalt: 78.000 EUR zzgl. variabler Vergütung bis 15 %
        - 2 Tage Homeoffice pro Woche, Grenzgänger-Regelung für Luxemburg beachten wir
        - 30 Tage Urlaub

        Den Vertrag schicke ich dir heute per Post und als PDF über DocuSign. Gib uns bitte bis
        Montag, 14.12., Bescheid. Wenn du Fragen hast, können wir gern auch telefonisch sprechen –
        sag einfach, wann es dir passt.

        Viele Grüße aus Frankfurt
        Sebastian

        Sebastian Krüger
        Head of Risk Analytics | Mainquant GmbH
        Taunusanlage 8 · 60329 Frankfurt am Main
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])", when,
                        "Europe/Berlin", "4HTb8Zq1Rwz7")),
        ("From", addr("Sebastian Krüger", "sebastian.krueger@mainquant.de")),
        ("To", LEA_TO),
        ("Subject", enc("Dein Angebot – Risk Quant bei Mainquant 🎉")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAH3k9Lp2Qr4St6Uv8Wx0Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(n(39), family="application_ack", lang="de", interview=False, company="SaarLor Rück AG",
           note="softgarden receipt: 'Eingangsbestätigung', a hypothetical 'ggf. laden wir Sie zu einem "
                "Vorstellungsgespräch ein' and no time -> negative")
def m39() -> bytes:
    when = "2026-09-29 23:41:05"
    body_html = t("""
        <html><head><meta charset="iso-8859-15"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="20" style="border:1px solid #e5e5e5">
        <tr><td style="background:#003b5c;color:#fff;font-size:18px">SaarLor Rück AG - Karriere</td></tr>
        <tr><td>
        <p>Sehr geehrte Frau Schmit,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Referentin Risikomanagement / Solvency II (m/w/d)</b> am
        Standort Saarbrücken. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
        <p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei bis drei Wochen bei Ihnen.
        Sofern Ihr Profil zu unseren Anforderungen passt, laden wir Sie gegebenenfalls zu einem persönlichen
        Vorstellungsgespräch ein.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem
        <a href="https://saarlor-rueck.softgarden.io/de/applicant/login">Bewerberkonto</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der SaarLor Rück AG</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Diese Nachricht wurde automatisch über softgarden erzeugt.
        Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mailer.softgarden.io (mailer.softgarden.io [198.51.100.95])", when,
                        "Europe/Berlin", "4G1Lr4Dx9Tz6")),
        ("From", "SaarLor Rueck AG <noreply@softgarden.io>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Referentin Risikomanagement / Solvency II")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<sg.app.4418270.1790718065@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(body_html, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(n(40), family="application_ack", lang="en", interview=False, company="Continental Custody Bank",
           note="Taleo application receipt: 'if your profile matches, a recruiter will contact you to "
                "arrange an interview' is hypothetical, no time -> negative")
def m40() -> bytes:
    when = "2026-10-12 06:58:30"
    body = t("""
        Dear Léa Schmit,

        Thank you for applying for the position of Operational Risk Officer (Requisition ID 26000819)
        at Continental Custody Bank, Luxembourg branch.

        Your application has been received and will be reviewed by our recruitment team. If your
        profile matches the requirements of the role, a recruiter will contact you to arrange an
        interview. Due to the high number of applications, we are not able to respond to each
        applicant individually.

        You can track the status of your application at any time in our career section:
        https://ccb.taleo.net/careersection/ext/mysubmissions.ftl

        Best regards,

        Talent Acquisition
        Continental Custody Bank

        *** This is an automated message. Please do not reply. ***
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp-out-7.taleo.net (smtp-out-7.taleo.net [198.51.100.7])", when, LUX,
                        "4GDw2Mc6Qhz0")),
        ("From", "Continental Custody Bank <do-not-reply@taleo.net>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", "Continental Custody Bank - Thank you for applying - Operational Risk Officer (26000819)"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<1791788310447.26000819.JavaMail.taleo@tlprdweb07>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(41), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert with an 'Entretiens en cours' badge and 'Postulez avant jeudi': no "
                "interview for Léa -> negative; platform -> company null")
def m41() -> bytes:
    when = "2026-10-20 07:15:00"
    body_html = t("""
        <html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:18px;background:#d6001c;color:#fff;font-size:20px"><b>emploilux</b>.lu</td></tr>
        <tr><td style="padding:18px">
        <p>Bonjour Léa,</p>
        <p><b>14 nouvelles offres</b> correspondent à votre alerte « analyste risques – Luxembourg / Grande Région ».</p>
        <table width="100%" cellpadding="8" style="font-size:14px">
        <tr><td style="border-bottom:1px solid #eee"><b>Risk Analyst – Market Risk (F/H)</b><br>Banque Européenne du Nord · Luxembourg-Kirchberg · CDI<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px">Entretiens en cours</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><b>Chargé(e) de contrôle des risques</b><br>Assurances du Pays-Haut · Metz · CDI<br>
        <span style="font-size:12px;color:#666">Postulez avant jeudi</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><b>Credit Risk Modeller (m/w/d)</b><br>Eifelbank eG · Trier · Vollzeit</td></tr>
        <tr><td><a href="https://www.emploilux.lu/alertes/7731?utm_source=alert">Voir les 11 autres offres</a></td></tr>
        </table>
        <p style="font-size:12px;color:#666">Conseil de la semaine : préparez trois exemples concrets avant chaque entretien.</p>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte sur emploilux.lu.
        <a href="https://www.emploilux.lu/alertes/7731/desactiver">Désactiver l'alerte</a></p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mta12.emploilux.lu (mta12.emploilux.lu [203.0.113.212])", when, LUX,
                        "4GK0c5Wn3Bz4")),
        ("From", "emploilux.lu <alertes@emploilux.lu>"),
        ("To", LEA),
        ("Subject", enc("14 nouvelles offres pour « analyste risques »")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<alert.7731.20261020.0715@emploilux.lu>"),
        ("List-Unsubscribe", "<https://www.emploilux.lu/alertes/7731/desactiver>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(body_html))


@make.mail(n(42), family="newsletter_tips", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Career newsletter 'So meistern Sie das Vorstellungsgespräch' with a live Q&A time "
                "mentioned; bulk mail with List-Unsubscribe, nothing confirmed for Léa -> negative")
def m42() -> bytes:
    when = "2026-11-11 06:30:00"
    body = t("""
        KARRIEREBRIEF · Ausgabe 44/2026

        Liebe Leserin, lieber Leser,

        Sie haben die Einladung zum Vorstellungsgespräch in der Tasche? Glückwunsch! Damit das
        Gespräch am kommenden Dienstag um 10 Uhr nicht zum Blackout wird, haben wir die fünf
        wichtigsten Tipps unserer Recruiting-Expertinnen zusammengestellt:

        1. Recherchieren Sie das Unternehmen – und die Menschen, die Ihnen gegenübersitzen.
        2. Bereiten Sie drei konkrete Beispiele nach der STAR-Methode vor.
        3. Üben Sie die Gehaltsfrage laut.
        4. Planen Sie die Anreise mit 20 Minuten Puffer (Grenzpendler: Baustelle auf der A1!).
        5. Schicken Sie innerhalb von 24 Stunden eine kurze Dankesmail.

        LIVE-Q&A: Am Donnerstag, 19.11., um 18:30 Uhr beantwortet Personalberaterin Dr. Eva
        Lindner Ihre Fragen zum Thema Gehaltsverhandlung – kostenlos auf unserer Website.

        Weiterlesen: https://www.karrierebrief.de/vorstellungsgespraech-tipps

        ---
        Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.de angemeldet haben.
        Abmelden: https://www.karrierebrief.de/abmelden?u=lea.schmit%40example.org
        Karrierebrief Medien GmbH · Hohenzollernring 72 · 50672 Köln
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mta-07.newsletter.karrierebrief.de (mta-07.newsletter.karrierebrief.de [198.51.100.107])",
                        when, "Europe/Berlin", "4HCs1Yv8Dqz2")),
        ("From", "Karrierebrief <newsletter@karrierebrief.de>"),
        ("To", "lea.schmit@example.org"),
        ("Subject", enc("Vorstellungsgespräch am Dienstag? 5 Tipps, die wirklich helfen")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<nl-44-2026.a81f2e@newsletter.karrierebrief.de>"),
        ("List-Id", "Karrierebrief <karrierebrief.newsletter.karrierebrief.de>"),
        ("List-Unsubscribe", "<https://www.karrierebrief.de/abmelden?u=lea.schmit%40example.org>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@make.mail(n(43), family="scheduling_link", lang="en", interview=False, company="Copperline Payments",
           days=(("Mon", "2026-11-30"), ("Fri", "2026-12-04")),
           note="Ashby self-scheduling request: 'please choose a time' with a link, slots offered but "
                "none booked -> negative")
def m43() -> bytes:
    when = "2026-11-24 15:44:12"
    body = t("""
        Hi Léa,

        Great news - the team would like to move you forward to a technical interview for the
        Risk Data Analyst role at Copperline Payments.

        Please choose a time that works for you using the link below. Available slots are between
        Monday, November 30 and Friday, December 4, 9:00 AM - 5:00 PM CET.

        Choose a time: https://jobs.ashbyhq.com/copperline/interview-scheduling/3f1c7a92-8e44-4b10-a6d2-5c9e0f7b1d28

        The interview will last 60 minutes on Google Meet with two members of the Risk Data team.

        Thanks,
        Copperline Payments Recruiting
        """)
    body_html = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:14px">
        <p>Hi Léa,</p>
        <p>Great news - the team would like to move you forward to a technical interview for the
        <b>Risk Data Analyst</b> role at Copperline Payments.</p>
        <p>Please choose a time that works for you using the link below. Available slots are between
        Monday, November 30 and Friday, December 4, 9:00 AM - 5:00 PM CET.</p>
        <p><a href="https://jobs.ashbyhq.com/copperline/interview-scheduling/3f1c7a92-8e44-4b10-a6d2-5c9e0f7b1d28"
        style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
        <p>The interview will last 60 minutes on Google Meet with two members of the Risk Data team.</p>
        <p>Thanks,<br>Copperline Payments Recruiting</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.ashbyhq.com (mail.ashbyhq.com [198.51.100.140])", when, LUX, "4HM2qS9Fxz1")),
        ("From", "Copperline Payments <no-reply@ashbyhq.com>"),
        ("Reply-To", "Copperline Payments Recruiting <recruiting@copperline.eu>"),
        ("To", LEA_TO),
        ("Subject", "Copperline Payments: please choose a time for your technical interview"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<010001936f1e2d3c-4b5a6978-8a9b-4c0d-9e1f-2a3b4c5d6e7f-000000@email.amazonses.com>"),
        ("X-Ashby-Template", "self_schedule_request"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@make.mail(n(44), family="webinar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Registration confirmation for a webinar 'Réussir son entretien d'embauche en anglais' "
                "(jeudi 15 octobre à 18h, with ICS): an event about interviews, not an interview -> negative")
def m44() -> bytes:
    when = "2026-10-09 12:00:05"
    body = t("""
        Bonjour Léa,

        Votre inscription est confirmée !

        Webinaire : « Réussir son entretien d'embauche en anglais dans la finance »
        Date : jeudi 15 octobre 2026
        Heure : 18h00 – 19h15 (heure de Luxembourg)
        Intervenante : Rachel Moore, coach en communication professionnelle

        Lien de connexion : https://webinaires.frontaliers-emploi.eu/live/entretien-anglais
        Le replay sera disponible 48 h après la diffusion.

        L'équipe Frontaliers & Emploi – Grande Région
        Se désinscrire : https://webinaires.frontaliers-emploi.eu/unsubscribe
        """)
    cal = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Livestorm//Webinar//FR\nMETHOD:PUBLISH\n" + VTZ_LUX + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-entretien-anglais-20261015@frontaliers-emploi.eu
        DTSTAMP:20261009T100005Z
        DTSTART;TZID=Europe/Luxembourg:20261015T180000
        DTEND;TZID=Europe/Luxembourg:20261015T191500
        SUMMARY:Webinaire – Réussir son entretien d'embauche en anglais
        LOCATION:https://webinaires.frontaliers-emploi.eu/live/entretien-anglais
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.livestorm.co (mail.livestorm.co [198.51.100.170])", when, LUX, "4G7Lc3Vr8Pz0")),
        ("From", "Frontaliers & Emploi <webinaires@frontaliers-emploi.eu>"),
        ("To", LEA),
        ("Subject", enc("Inscription confirmée : Réussir son entretien d'embauche en anglais – jeudi 15/10 à 18h")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<ls-reg-20261009100005-7c1e@livestorm.co>"),
        ("List-Unsubscribe", "<https://webinaires.frontaliers-emploi.eu/unsubscribe>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(cal, method="PUBLISH", cte="base64", filename="webinaire.ics", disposition="attachment"),
    ))


@make.mail(n(45), family="bounce", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Delivery failure (DSN) returning Léa's own reply 'confirming Tuesday 17 November at 10:00' "
                "to a mistyped recruiter address: the recruiter never received it and nothing is "
                "confirmed by the employer -> negative")
def m45() -> bytes:
    when = "2026-11-12 19:03:48"
    orig = message([
        ("From", LEA_TO),
        ("To", "Martina Colombo <martina.colombo@fenice-risk.lu>"),
        ("Subject", "Re: Interview - Liquidity Risk Analyst"),
        ("Date", date("2026-11-12 19:03:31", LUX)),
        ("Message-ID", "<7b2c1d9e-4f3a-4e8b-a6c5-lea-1112@example.org>"),
    ], text(t("""
        Dear Martina,

        Thank you - I'm happy to confirm Tuesday 17 November at 10:00 at your office in Howald.

        Best regards,
        Léa
        """)))
    report = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4HD9wT2Lkz6
        Arrival-Date: Thu, 12 Nov 2026 19:03:32 +0100 (CET)

        Final-Recipient: rfc822; martina.colombo@fenice-risk.lu
        Original-Recipient: rfc822;martina.colombo@fenice-risk.lu
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.fenice-risk.lu
        Diagnostic-Code: smtp; 550 5.1.1 <martina.colombo@fenice-risk.lu>: Recipient address rejected: User unknown
        """)
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <martina.colombo@fenice-risk.lu>: host mx.fenice-risk.lu[203.0.113.190] said:
            550 5.1.1 <martina.colombo@fenice-risk.lu>: Recipient address rejected: User
            unknown (in reply to RCPT TO command)
        """)
    dsn = raw_part([("Content-Description", "Delivery report"),
                    ("Content-Type", "message/delivery-status")], report)
    body = make.multipart(
        "report",
        Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"'),
              ("Content-Transfer-Encoding", "7bit")], human.replace("\n", "\r\n").encode()),
        dsn,
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status",
    )
    headers = [
        ("Delivered-To", LEA),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", LEA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<20261112180348.4HD9wT2Lkz6@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, body)


@make.mail(n(46), family="auto_reply", lang="de", interview=False, company="Hochwald Privatbank AG",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from a recruiter ('bis einschließlich 19.10. nicht im Büro') to "
                "Léa's thank-you mail; Auto-Submitted: auto-replied -> negative")
def m46() -> bytes:
    when = "2026-10-09 18:22:01"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 19.10., nicht im Büro und habe nur eingeschränkten Zugriff
        auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@hochwald-privatbank.de oder
        telefonisch an +49 651 99 47-0.

        Mit freundlichen Grüßen
        Stefanie Jung
        Personalmarketing & Recruiting
        Hochwald Privatbank AG · Trier
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail.hochwald-privatbank.de (mail.hochwald-privatbank.de [203.0.113.151])",
                        when, "Europe/Berlin", "4G7Rx2Nd5Cz8")),
        ("From", "Stefanie Jung <stefanie.jung@hochwald-privatbank.de>"),
        ("To", LEA_TO),
        ("Subject", enc("Automatische Antwort: Vielen Dank für das Gespräch heute")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<e4a7c3b1d2f04e58@hochwald-privatbank.de>"),
        ("In-Reply-To", "<9a1c2b3d-lea-1009-dank@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(47), family="doctor", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Medical booking platform confirms a GP appointment (mardi 24 novembre 2026 à 8h15): "
                "fixed time, not a job interview -> negative")
def m47() -> bytes:
    when = "2026-11-19 21:10:37"
    body_html = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;background:#f2f6fa;color:#10253b">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <div style="color:#107aca;font-size:22px;font-weight:bold">MédiRDV</div>
        <h1 style="font-size:20px">Votre rendez-vous est confirmé</h1>
        <p>Bonjour Léa SCHMIT,</p>
        <p><b>Dr Anne Wolff</b> – Médecin généraliste<br>
        <b>Mardi 24 novembre 2026 à 08:15</b><br>
        Cabinet médical du Limpertsberg, 21 avenue de la Faïencerie, L-1510 Luxembourg</p>
        <p>Motif : Consultation de suivi<br>Pensez à vous munir de votre carte CNS.</p>
        <p>En cas d'empêchement, annulez au moins 24 h à l'avance depuis votre compte MédiRDV.</p>
        <p style="font-size:11px;color:#7a8a9a">Cet e-mail vous a été envoyé automatiquement par MédiRDV.</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from out-12.medirdv.lu (out-12.medirdv.lu [198.51.100.112])", when, LUX, "4HHv7Qb1Ztz3")),
        ("From", addr("MédiRDV", "ne-pas-repondre@medirdv.lu")),
        ("To", LEA),
        ("Subject", enc("Rendez-vous confirmé : Dr Anne Wolff le mardi 24 novembre à 08:15")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<rdv-confirm-5512093.20261119201037@medirdv.lu>"),
    ]
    return message(headers, html(body_html, cte="base64"))


@make.mail(n(48), family="flat_viewing", lang="de", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Estate agent confirms a flat viewing (Samstag, 12.09., 11 Uhr): fixed time, not a job "
                "interview -> negative")
def m48() -> bytes:
    when = "2026-09-08 13:37:52"
    body = t("""
        Guten Tag Frau Schmit,

        gerne bestätige ich Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in Luxemburg-
        Limpertsberg (Rue Henri VII, 3. Etage, 68 m², Miete 1.950 € zzgl. NK):

        Samstag, 12.09., 11 Uhr – Treffpunkt vor dem Haus.

        Bitte bringen Sie die Selbstauskunft, die letzten drei Gehaltsabrechnungen und eine Kopie
        Ihres Ausweises mit. Es werden noch zwei weitere Interessenten zur gleichen Zeit anwesend
        sein.

        Mit freundlichen Grüßen
        Patrick Weydert
        Weydert Immobilien S.à r.l. · 14, avenue Pasteur · L-2310 Luxembourg
        Tel. +352 26 47 83 10
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from smtp.weydert-immo.lu (smtp.weydert-immo.lu [203.0.113.97])", when, LUX,
                        "4Fp9Lw3Xcz5")),
        ("From", "Patrick Weydert <p.weydert@weydert-immo.lu>"),
        ("To", LEA_TO),
        ("Subject", enc("Besichtigung Limpertsberg – Sa., 12.09., 11:00")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<002101dc3f5e$4b8a2c10$e29e8430$@weydert-immo.lu>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="windows-1252", cte="8bit"))


@make.mail(n(49), family="meetup_mailing_list", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Mailing-list post announcing a meetup 'How I got hired: interview war stories' "
                "(Thursday 26 November, 18:30): a community event, not a job interview -> negative")
def m49() -> bytes:
    when = "2026-11-18 08:55:19"
    body = t("""
        Hi all,

        Our November meetup is confirmed! We're back at Pitch & Tap in Kirchberg:

          "How I got hired: interview war stories from the risk world"
          Thursday 26 November, 18:30 - 20:30 (doors 18:15)
          Pitch & Tap, 4 rue Alphonse Weicker, Kirchberg

        Three short talks:
          - Five interviews, one offer: what the Big Four actually ask (Marta, ex-Big Four FRM)
          - Case studies at central banks (Luc)
          - From quant interview to model validation lead (Anouk)

        Drinks sponsored by Datarisk Academy. RSVP on the wiki so we can order enough pizza:
        https://lux-risk.example.com/wiki/Meetups/2026-11

        Cheers,
        Pascal (organiser)

        --
        lux-risk mailing list -- lux-risk@lists.lux-risk.example.com
        To unsubscribe send an email to lux-risk-leave@lists.lux-risk.example.com
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from lists.lux-risk.example.com (lists.lux-risk.example.com [192.0.2.88])", when, LUX,
                        "4HJx0Dm6Sqz9")),
        ("From", "Pascal Reuland <pascal.reuland@example.com>"),
        ("To", "lux-risk@lists.lux-risk.example.com"),
        ("Subject", "[lux-risk] Nov meetup: interview war stories - Thu 26 Nov 18:30"),
        ("Date", date(when, LUX)),
        ("Message-ID", "<b7e21f4a-0c93-4d85-9a61-3e8d2c5f7a10@example.com>"),
        ("List-Id", "Luxembourg risk professionals <lux-risk.lists.lux-risk.example.com>"),
        ("List-Post", "<mailto:lux-risk@lists.lux-risk.example.com>"),
        ("List-Unsubscribe", "<mailto:lux-risk-leave@lists.lux-risk.example.com>"),
        ("Precedence", "list"),
        ("Sender", "lux-risk-bounces@lists.lux-risk.example.com"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(50), family="recruiter_outreach", lang="fr", interview=False, company="Lorraine Talents",
           note="Agency recruiter's cold outreach ('un premier échange téléphonique cette semaine ?', "
                "'dites-moi vos disponibilités'): no fixed time -> negative")
def m50() -> bytes:
    when = "2026-12-01 10:41:26"
    body = t("""
        Bonjour Léa,

        Je me permets de vous contacter suite à la consultation de votre profil. J'accompagne
        actuellement un groupe bancaire mutualiste basé à Metz qui recrute un(e) Responsable
        Risques de Marché – poste en CDI, télétravail 2 jours/semaine, rémunération attractive.

        Votre expérience en risques de marché au Luxembourg correspond très bien au profil recherché.
        Seriez-vous ouverte à un premier échange téléphonique cette semaine ou la semaine prochaine ?
        Dites-moi simplement vos disponibilités et je m'adapterai.

        Au plaisir d'échanger,

        Thomas Gérardin
        Consultant senior – Banque & Finance
        Lorraine Talents · 5 place de la République · 57000 Metz
        06 71 29 84 10
        """)
    headers = [
        ("Delivered-To", LEA),
        ("Received", mx("from mail-out.lorraine-talents.fr (mail-out.lorraine-talents.fr [203.0.113.57])",
                        when, "Europe/Paris", "4HR3bK8Wvz2")),
        ("From", addr("Thomas Gérardin", "t.gerardin@lorraine-talents.fr", "iso-8859-1")),
        ("To", LEA_TO),
        ("Subject", enc("Opportunité Responsable Risques de Marché – Metz", "utf-8")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<20261201094126.6f2b1a@lorraine-talents.fr>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body))))
