"""blind248: 50 hand-written mails from the inbox of Noémie Rochat, a clinical-trial data manager in
Lausanne (Europe/Zurich), September to mid-December 2026. Keys 1-23 are positives, 24-50 negatives;
the file number of the mail written key-th is ORDER[key - 1].

Written blind: without reading the detector, its tests, or any other held-out set's mails.
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

SET = "blind248"
ORDER = random.Random(2480248).sample(range(1, 51), 50)
ME = "noemie.rochat@example.org"
ME_NAME = "Noémie Rochat"
TO = addr(ME_NAME, ME)
Z = "Europe/Zurich"
MX = "mx1.mail.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, via: str, qid: str,
         to: str = TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {via}", when, zone, f"{MX} {qid}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


ZURICH_TZ = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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
END:VTIMEZONE"""

SYDNEY_TZ = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


# --------------------------------------------------------------------------- 1 Greenhouse, Basel
@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 14:00", Z), end=utc("2026-09-15 15:00", Z),
           contact="lena.vogt@rheinfeld-tx.ch", company="Rheinfeld Therapeutics",
           local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=Z,
           note="Greenhouse confirmation; 'Tuesday, September 15, 2026, 2:00 PM - 3:00 PM CEST' "
                "(Basel, UTC+2 in September) -> 12:00Z-13:00Z; contact = human Reply-To")
def m01() -> bytes:
    body = t("""
        Hi Noémie,

        Thank you for scheduling time with us! Your interview for the Senior Clinical Data
        Manager role at Rheinfeld Therapeutics is confirmed.

        Interview details
        -----------------
        When: Tuesday, September 15, 2026, 2:00 PM - 3:00 PM CEST
        Where: Microsoft Teams (link below)
        Interviewers: Lena Vogt (Talent Acquisition Partner), Dr. Matthias Egli (Head of
        Clinical Data Management)

        Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjE2
        Meeting ID: 341 228 907 115   Passcode: rT7xKq

        If you need to reschedule, simply reply to this email and Lena will help.

        Best regards,
        The Rheinfeld Therapeutics Recruiting Team

        Rheinfeld Therapeutics AG - Hochbergerstrasse 60 - 4057 Basel
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Noémie,</p>
        <p>Thank you for scheduling time with us! Your interview for the <b>Senior Clinical Data
        Manager</b> role at Rheinfeld Therapeutics is confirmed.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026, 2:00 PM - 3:00 PM CEST</td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams</td></tr>
        <tr><td><b>Interviewers</b></td><td>Lena Vogt (Talent Acquisition Partner)<br>
        Dr. Matthias Egli (Head of Clinical Data Management)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjE2">Join on Teams</a><br>
        Meeting ID: 341 228 907 115 &nbsp; Passcode: rT7xKq</p>
        <p>If you need to reschedule, simply reply to this email and Lena will help.</p>
        <p>Best regards,<br>The Rheinfeld Therapeutics Recruiting Team</p>
        <p style="color:#999;font-size:11px">Rheinfeld Therapeutics AG &middot; Hochbergerstrasse 60 &middot; 4057 Basel</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8c1f0e7a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Rheinfeld Therapeutics", "no-reply@greenhouse.io"),
              "Interview Confirmation: Senior Clinical Data Manager - Rheinfeld Therapeutics",
              "2026-09-09 16:12", Z, "<5f2a91c4e07b3.1788962@greenhouse.io>",
              via="mail-sor-f69.greenhouse.io (mail-sor-f69.greenhouse.io [198.2.180.69])",
              qid="4Rk8Zt1qv2z9", extra=(
                  ("Reply-To", addr("Lena Vogt", "lena.vogt@rheinfeld-tx.ch")),
                  ("X-Mailer", "Greenhouse Mailer"),
              ))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 2 Workday, Geneva (HTML only)
@make.mail(n(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-24 10:00", Z), end=utc("2026-09-24 11:30", Z),
           contact="camille.berthoud@salevebio.ch", company="Salève Biopharma",
           local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:30", zone=Z,
           note="Workday, HTML only, French; 'jeudi 24 septembre 2026 de 10h00 à 11h30 (heure de Genève)' "
                "= CEST -> 08:00Z-09:30Z; sender is a Workday no-reply, contact = recruiter address in the body")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Salève Biopharma</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/salevebio/assets/logo.png" alt="Salève Biopharma" width="160"><br><br>
        Madame Rochat,<br><br>
        Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Clinical Data Manager (F/H), 100 %</b> (réf. R-2026-0418).<br><br>
        <b>Date&nbsp;:</b> jeudi 24 septembre 2026<br>
        <b>Horaire&nbsp;:</b> de 10h00 à 11h30 (heure de Genève)<br>
        <b>Lieu&nbsp;:</b> Salève Biopharma SA, Chemin des Aulx 14, 1228 Plan-les-Ouates, réception bâtiment B<br>
        <b>Vous rencontrerez&nbsp;:</b> Camille Berthoud (Talent Acquisition) et Dr Paolo Marchetti (Biometrics Lead)<br><br>
        Merci de vous munir d'une pièce d'identité. Pour toute question, vous pouvez écrire directement à
        Camille Berthoud&nbsp;: <a href="mailto:camille.berthoud@salevebio.ch">camille.berthoud@salevebio.ch</a>.<br><br>
        Meilleures salutations,<br>
        Ressources humaines &ndash; Salève Biopharma SA
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Ce message a été envoyé automatiquement par Workday.
        Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Salève Biopharma", "salevebio@myworkday.com"),
              "Confirmation de votre entretien – Clinical Data Manager (F/H)",
              "2026-09-17 11:47", Z, "<1468472913.88217.1789638420655@wd3-prod-mail-17>",
              via="wd3-prod-mail-17.myworkday.com (wd3-prod-mail-17.myworkday.com [216.73.91.17])",
              qid="4RqN0c3wHkz7")
    return message(hs, html(page))


# --------------------------------------------------------------------------- 3 Microsoft Bookings, Lausanne
BOOKINGS_ICS = ZURICH_TZ.replace("Europe/Zurich", "W. Europe Standard Time").replace(
    "X-LIC-LOCATION:W. Europe Standard Time\n", "")


@make.mail(n(3), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-22 14:00", Z), end=utc("2026-09-22 14:45", Z),
           contact="sophie.delacretaz@clinique-lemanique.ch", company="Clinique Lémanique",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone=Z,
           note="Microsoft Bookings; the body's zone label says '(UTC+01:00) Amsterdam, Berlin, Berne...' "
                "but 22 September is summer time (UTC+2): 14:00 CEST -> 12:00Z, which the ICS "
                "(W. Europe Standard Time) confirms; sender is the Bookings mailbox, contact = staff address in the body")
def m03() -> bytes:
    body = t("""
        Bonjour Noémie Rochat,

        Votre réservation est confirmée.

        Entretien d'embauche – Coordinatrice données cliniques
        mardi 22 septembre 2026 14:00 - 14:45
        (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne

        Personnel : Sophie Delacrétaz
        Lieu : Clinique Lémanique, Avenue de Rumine 41, 1005 Lausanne, 3e étage, salle Jura

        Pour toute question concernant votre rendez-vous, contactez Sophie Delacrétaz
        (sophie.delacretaz@clinique-lemanique.ch, 021 345 67 12).

        Gérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementCliniqueLemanique@cliniquelemanique.onmicrosoft.com/bookings/
        Annuler la réservation : https://outlook.office365.com/owa/calendar/RecrutementCliniqueLemanique@cliniquelemanique.onmicrosoft.com/bookings/cancel

        Clinique Lémanique – Ressources humaines
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + BOOKINGS_ICS + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement Clinique Lémanique:mailto:RecrutementCliniqueLemanique@cliniquelemanique.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noémie Rochat:mailto:noemie.rochat@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien d'embauche – Coordinatrice données cliniques avec Sophie Delacrétaz
        UID:040000008200E00074C5B7101A82E00800000000B4D8E1A3F92DDB01000000000000000010000000
        SUMMARY;LANGUAGE=fr-FR:Entretien d'embauche – Coordinatrice données cliniques
        DTSTART;TZID=W. Europe Standard Time:20260922T140000
        DTEND;TZID=W. Europe Standard Time:20260922T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260915T081911Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Clinique Lémanique, Avenue de Rumine 41, 1005 Lausanne
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Recrutement Clinique Lémanique",
                   "RecrutementCliniqueLemanique@cliniquelemanique.onmicrosoft.com"),
              "Réservation confirmée : Entretien d'embauche – Coordinatrice données cliniques",
              "2026-09-15 10:19", Z,
              "<GV0P278MB0846C1D2A61F5B03E7E7A3C1A9462@GV0P278MB0846.CHEP278.PROD.OUTLOOK.COM>",
              via="ZR0P278CU001.outbound.protection.outlook.com (mail-zr0che01on2112.outbound.protection.outlook.com [40.107.24.112])",
              qid="4RwF2b6mJxz2", extra=(
                  ("Content-Language", "fr-FR"),
                  ("X-MS-Has-Attach", "yes"),
              ))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64"))))


# --------------------------------------------------------------------------- 4 iCIMS, Basel (windows-1252)
@make.mail(n(4), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-01 08:30", Z), end=utc("2026-10-01 09:30", Z),
           contact="martina.frey@kestrelpharma.ch", company="Kestrel Pharma",
           local="Thu 2026-10-01 08:30", local_end="2026-10-01 09:30", zone=Z,
           note="iCIMS; 'Thursday, 1 October 2026, 08:30 – 09:30 (Basel time, CEST)' -> 06:30Z-07:30Z; "
                "text part windows-1252; contact = coordinator Reply-To")
def m04() -> bytes:
    body = t("""
        Dear Noémie,

        Thank you for your interest in the position Clinical Data Lead – Oncology (Req 26-1187).
        We are pleased to confirm your interview as follows:

          Date:        Thursday, 1 October 2026
          Time:        08:30 – 09:30 (Basel time, CEST)
          Format:      On site
          Address:     Kestrel Pharma AG, Rosentalstrasse 67, 4058 Basel – Building 3, Ground floor
          Panel:       Martina Frey (Recruitment Coordinator), Jonas Huber (Director Data Management)

        Please register at the main reception 10 minutes before your interview. Visitor parking is
        not available; the site is a 7-minute walk from Basel Badischer Bahnhof.

        Should you have any questions, please reply to this message.

        Kind regards,

        Martina Frey
        Recruitment Coordinator
        Kestrel Pharma AG

        This message was sent via iCIMS on behalf of Kestrel Pharma AG.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Calibri" size="3">
        <p>Dear Noémie,</p>
        <p>Thank you for your interest in the position <b>Clinical Data Lead – Oncology</b> (Req 26-1187).
        We are pleased to confirm your interview as follows:</p>
        <p>Date: Thursday, 1 October 2026<br>
        Time: 08:30 – 09:30 (Basel time, CEST)<br>
        Format: On site<br>
        Address: Kestrel Pharma AG, Rosentalstrasse 67, 4058 Basel – Building 3, Ground floor<br>
        Panel: Martina Frey (Recruitment Coordinator), Jonas Huber (Director Data Management)</p>
        <p>Please register at the main reception 10 minutes before your interview.</p>
        <p>Kind regards,<br><br>Martina Frey<br>Recruitment Coordinator<br>Kestrel Pharma AG</p>
        <p><font size="1" color="#808080">This message was sent via iCIMS on behalf of Kestrel Pharma AG.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Kestrel Pharma Careers", "kestrelpharma@talent.icims.com"),
              "Interview Confirmation - Clinical Data Lead – Oncology (Req 26-1187)",
              "2026-09-23 09:05", Z, "<1789981512034.41522.icims.talent@talent.icims.com>",
              via="mta-out-12.icims.com (mta-out-12.icims.com [64.128.74.12])",
              qid="4S2tMh0kPvz5", extra=(
                  ("Reply-To", addr("Martina Frey", "martina.frey@kestrelpharma.ch")),
                  ("X-Mailer", "iCIMS"),
              ))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# --------------------------------------------------------------------------- 5 human prose, tu, "même heure", all-day ICS
@make.mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-06 16:00", Z), end=None,
           contact="julien.perrin@trialnest.ch", company="Trialnest",
           local="Tue 2026-10-06 16:00", zone=Z,
           note="Startup founder, tu, after a first interview the same afternoon: 'on se fixe mardi à la même "
                "heure' with Laurent; 'même heure' = the 16h00 of the quoted thread, 'mardi' from the Date "
                "(Thu 1 Oct) = Tue 6 Oct, 16:00 CEST -> 14:00Z; the attached ICS is all-day (VALUE=DATE) "
                "on 6 Oct and the body says so; no length -> end null")
def m05() -> bytes:
    body = t("""
        Salut Noémie,

        Merci encore pour cet après-midi, c'était vraiment un chouette échange. J'en ai parlé à
        Laurent (notre CTO) juste après et il aimerait te rencontrer avant qu'on avance.

        Comme on l'a dit en te raccompagnant : on se fixe mardi à la même heure, ici à Renens,
        avec Laurent et moi. C'est bon de notre côté, Laurent a bloqué le créneau.

        Je t'ai mis une invit' dans l'agenda, mais notre agenda partagé la met sur toute la
        journée (je sais, c'est nul) – ne t'y fie pas pour l'heure.

        Bonne soirée et à mardi !
        Julien

        --
        Julien Perrin
        Co-fondateur, Trialnest Sàrl
        Rue du Simplon 12, 1020 Renens
        079 412 33 08

        Le lun. 28 sept. 2026 à 09:12, Noémie Rochat <noemie.rochat@example.org> a écrit :
        > Bonjour Julien,
        >
        > Oui, jeudi 1er octobre à 16h00 me convient très bien. Je viendrai à Renens.
        >
        > Belle journée,
        > Noémie
        >
        >> Le ven. 25 sept. 2026 à 17:40, Julien Perrin <julien.perrin@trialnest.ch> a écrit :
        >> Bonjour Noémie, est-ce que jeudi 1er octobre à 16h00 te conviendrait pour un premier
        >> café chez nous ? On peut se tutoyer, on est une petite équipe :)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7C1E4B2A-90F3-4D7E-8A61-2F0B3C9D1E55
        DTSTAMP:20261001T160500Z
        DTSTART;VALUE=DATE:20261006
        DTEND;VALUE=DATE:20261007
        SUMMARY:Noémie Rochat – 2e entretien (Laurent + Julien)
        LOCATION:Trialnest\\, Rue du Simplon 12\\, 1020 Renens
        ORGANIZER;CN=Julien Perrin:mailto:julien.perrin@trialnest.ch
        ATTENDEE;CN=Noémie Rochat;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:noemie.rochat@example.org
        ATTENDEE;CN=Laurent Chevalley;PARTSTAT=ACCEPTED:mailto:laurent.chevalley@trialnest.ch
        SEQUENCE:0
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Julien Perrin", "julien.perrin@trialnest.ch"),
              "Re: Café jeudi ?", "2026-10-01 18:05", Z,
              "<9B3E2C71-5F0A-4C8D-A1E2-7D6F8B4C3A21@trialnest.ch>",
              via="smtp.infomaniak.ch (smtp-out-23.infomaniak.ch [83.166.143.23])",
              qid="4S7yQd2xVbz3", extra=(
                  ("In-Reply-To", "<CAN8x+3tRk9e1Xc@mail.example.org>"),
                  ("References", "<E1pQx7f-0004Zk@trialnest.ch> <CAN8x+3tRk9e1Xc@mail.example.org>"),
                  ("X-Mailer", "Apple Mail (2.3826.200.121)"),
              ))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 6 Personio, Zurich, German, iso-8859-1
@make.mail(n(6), family="personio", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:30", Z), end=None,
           contact="sandra.keller@limmat-cs.ch", company="Limmat Clinical Services",
           local="Wed 2026-10-14 10:30", zone=Z,
           note="Personio, German, iso-8859-1 QP; 'Mittwoch, 14. Oktober 2026, 10:30 Uhr' Zurich (CEST) "
                "-> 08:30Z; 'ca. 45 Minuten' is approximate -> end null; contact = HR Reply-To")
def m06() -> bytes:
    body = t("""
        Guten Tag Frau Rochat

        Vielen Dank für Ihre Bewerbung als Clinical Data Manager (80–100 %). Gerne bestätigen wir
        Ihnen den Termin für das erste Gespräch:

        Datum: Mittwoch, 14. Oktober 2026
        Uhrzeit: 10:30 Uhr
        Dauer: ca. 45 Minuten
        Ort: Video-Call (Microsoft Teams) – den Link erhalten Sie separat per Kalendereinladung
        Gesprächspartnerinnen: Sandra Keller (HR Business Partner), Dr. Ursula Brändli (Head Data Operations)

        Bei Fragen erreichen Sie mich unter 044 552 18 40 oder per Antwort auf diese E-Mail.

        Freundliche Grüsse

        Sandra Keller
        HR Business Partner
        Limmat Clinical Services AG
        Hardturmstrasse 161, 8005 Zürich

        Diese E-Mail wurde über Personio versendet.
        """)
    hs = head(addr("Limmat Clinical Services AG", "no-reply@personio.de", charset="iso-8859-1"),
              "Einladung zum Gespräch: Clinical Data Manager (80–100 %)".replace("–", "-"),
              "2026-10-06 14:22", Z, "<0100019276a3c4f1-3b7f2e88-personio-mail-8d21@eu-central-1.amazonses.com>",
              via="a7-12.smtp-out.eu-central-1.amazonses.com (a7-12.smtp-out.eu-central-1.amazonses.com [54.240.7.12])",
              qid="4SFx1n5tGmz8", charset="iso-8859-1", extra=(
                  ("Reply-To", addr("Sandra Keller", "sandra.keller@limmat-cs.ch")),
              ))
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1"))


# --------------------------------------------------------------------------- 7 Workable, Lisbon remote team
@make.mail(n(7), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-16 10:00", "Europe/Lisbon"), end=utc("2026-10-16 10:45", "Europe/Lisbon"),
           contact="ines.carvalho@tejohealth.pt", company="Tejo Health Analytics",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone="Europe/Lisbon",
           note="Workable; 'Friday, October 16, 2026, 10:00 – 10:45 (Lisbon, WEST)' = UTC+1 -> 09:00Z-09:45Z "
                "(11:00 in Lausanne); Reply-To is a Workable relay, contact = the hiring manager's "
                "address in the body")
def m07() -> bytes:
    body = t("""
        Hi Noémie,

        Your interview with Tejo Health Analytics has been confirmed.

        Position: Remote Clinical Data Manager (EU)
        Date: Friday, October 16, 2026
        Time: 10:00 – 10:45 (Lisbon, WEST)
        Type: Video call – Google Meet
        Link: https://meet.google.com/qvd-hzpe-rtm

        You'll be speaking with Inês Carvalho, Head of Data Operations. If something comes up,
        you can reach Inês directly at ines.carvalho@tejohealth.pt.

        Good luck!
        Tejo Health Analytics hiring team

        Powered by Workable
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1f2532;max-width:560px">
        <p>Hi Noémie,</p>
        <p>Your interview with <strong>Tejo Health Analytics</strong> has been confirmed.</p>
        <div style="border:1px solid #e3e6ea;border-radius:6px;padding:16px">
        <div style="color:#6b7385;font-size:12px">POSITION</div><div>Remote Clinical Data Manager (EU)</div><br>
        <div style="color:#6b7385;font-size:12px">DATE</div><div>Friday, October 16, 2026</div><br>
        <div style="color:#6b7385;font-size:12px">TIME</div><div>10:00 – 10:45 (Lisbon, WEST)</div><br>
        <div style="color:#6b7385;font-size:12px">TYPE</div><div>Video call – <a href="https://meet.google.com/qvd-hzpe-rtm">Google Meet</a></div>
        </div>
        <p>You'll be speaking with Inês Carvalho, Head of Data Operations. If something comes up,
        you can reach Inês directly at <a href="mailto:ines.carvalho@tejohealth.pt">ines.carvalho@tejohealth.pt</a>.</p>
        <p>Good luck!<br>Tejo Health Analytics hiring team</p>
        <p style="font-size:11px;color:#9aa1b0">Powered by <a href="https://www.workable.com">Workable</a></p>
        </div>
        """)
    hs = head(addr("Tejo Health Analytics", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Remote Clinical Data Manager (EU)",
              "2026-10-12 14:20", "Europe/Lisbon", "<6a1f3c0e.7b2d.4e9a@candidates.workablemail.com>",
              via="o1.ptr4411.candidates.workablemail.com (o1.ptr4411.candidates.workablemail.com [149.72.34.11])",
              qid="4SKp7r0wLdz1", extra=(
                  ("Reply-To", "tejo-health-analytics+c3f81ad2e9@candidates.workablemail.com"),
              ))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 8 Teamtailor, Neuchâtel, DST edge
@make.mail(n(8), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:30", Z), end=utc("2026-10-26 10:30", Z),
           contact="aline.jeanneret@littoral-dx.ch", company="Littoral Diagnostics",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=Z,
           note="Teamtailor; sent Wed 21 Oct in CEST (+02:00), interview 'lundi 26 octobre à 9 h 30' "
                "the day after Europe returns to CET (25 Oct) -> 08:30Z, not 07:30Z; the ICS "
                "(TZID=Europe/Zurich) agrees; 'de 9 h 30 à 10 h 30' -> end 09:30Z; contact = Reply-To")
def m08() -> bytes:
    body = t("""
        Bonjour Noémie,

        Merci d'avoir choisi un créneau ! Votre entretien est confirmé :

        Poste : Responsable qualité des données cliniques
        Quand : lundi 26 octobre, de 9 h 30 à 10 h 30
        Où : Littoral Diagnostics SA, Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel
        Avec : Aline Jeanneret (RH) et Marc-Antoine Vuilleumier (Directeur des opérations cliniques)

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.
        Une question ? Répondez simplement à ce message.

        À bientôt,
        Aline Jeanneret
        Littoral Diagnostics SA
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
        <p>Bonjour Noémie,</p>
        <p>Merci d'avoir choisi un créneau&nbsp;! Votre entretien est confirmé&nbsp;:</p>
        <p><strong>Poste&nbsp;:</strong> Responsable qualité des données cliniques<br>
        <strong>Quand&nbsp;:</strong> lundi 26 octobre, de 9&nbsp;h&nbsp;30 à 10&nbsp;h&nbsp;30<br>
        <strong>Où&nbsp;:</strong> Littoral Diagnostics SA, Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel<br>
        <strong>Avec&nbsp;:</strong> Aline Jeanneret (RH) et Marc-Antoine Vuilleumier (Directeur des opérations cliniques)</p>
        <p>Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.<br>
        Une question&nbsp;? Répondez simplement à ce message.</p>
        <p>À bientôt,<br>Aline Jeanneret<br>Littoral Diagnostics SA</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//FR
        METHOD:REQUEST
        """) + ZURICH_TZ + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-5518274@teamtailor.com
        DTSTAMP:20261021T130200Z
        DTSTART;TZID=Europe/Zurich:20261026T093000
        DTEND;TZID=Europe/Zurich:20261026T103000
        SUMMARY:Entretien – Responsable qualité des données cliniques
        LOCATION:Rue de la Pierre-à-Mazel 39\\, 2000 Neuchâtel
        ORGANIZER;CN=Aline Jeanneret:mailto:aline.jeanneret@littoral-dx.ch
        ATTENDEE;CN=Noémie Rochat;RSVP=TRUE:mailto:noemie.rochat@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aline Jeanneret – Littoral Diagnostics", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Responsable qualité des données cliniques",
              "2026-10-21 15:02", Z, "<6523a1f7e9c04_2f1c4b8a1e@teamtailor-mail.com>",
              via="mail-out-3.teamtailor-mail.com (mail-out-3.teamtailor-mail.com [168.245.11.3])",
              qid="4STc3k1yRhz6", extra=(
                  ("Reply-To", addr("Aline Jeanneret", "aline.jeanneret@littoral-dx.ch")),
              ))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 9 Ashby, Boston remote, US/EU DST gap
@make.mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 09:00", "America/New_York"), end=utc("2026-10-29 09:45", "America/New_York"),
           contact="kayla.brennan@harborlightbio.com", company="Harborlight Bio",
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:45", zone="America/New_York",
           note="Ashby; 'Thursday, October 29, 2026, 9:00 AM – 9:45 AM EDT' -> 13:00Z-13:45Z; the week "
                "between Europe's return to CET (25 Oct) and the US's (1 Nov), so it is 14:00 in "
                "Lausanne, not 15:00; ICS TZID=America/New_York agrees; contact = Reply-To recruiter")
def m09() -> bytes:
    body = t("""
        Hi Noémie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026, 9:00 AM – 9:45 AM EDT
        Zoom: https://harborlightbio.zoom.us/j/84410293375

        You'll meet with:
          Dr. Rachel Okafor — VP, Clinical Data Science
          Kayla Brennan — Senior Recruiter

        Questions? Just reply and it will reach Kayla Brennan.

        Thanks,
        Harborlight Bio Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <p>Hi Noémie,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><strong>Thursday, October 29, 2026, 9:00 AM – 9:45 AM EDT</strong><br>
        <a href="https://harborlightbio.zoom.us/j/84410293375">Zoom</a></p>
        <p>You'll meet with:<br>Dr. Rachel Okafor — VP, Clinical Data Science<br>Kayla Brennan — Senior Recruiter</p>
        <p>Questions? Just reply and it will reach Kayla Brennan.</p>
        <p>Thanks,<br>Harborlight Bio Recruiting</p>
        <p style="font-size:11px;color:#8a8a94">Sent with Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a3f0c1d2-77be-4e0c-9b51-0c2d7f4e8a19
        DTSTAMP:20261023T153012Z
        DTSTART;TZID=America/New_York:20261029T090000
        DTEND;TZID=America/New_York:20261029T094500
        SEQUENCE:0
        SUMMARY:Harborlight Bio – Clinical Data Manager (Remote EU) – Hiring Manager Interview
        LOCATION:https://harborlightbio.zoom.us/j/84410293375
        ORGANIZER;CN=Kayla Brennan:mailto:kayla.brennan@harborlightbio.com
        ATTENDEE;CN=Noémie Rochat;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:noemie.rochat@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Harborlight Bio", "no-reply@ashbyhq.com"),
              "Interview confirmed: Clinical Data Manager (Remote EU) at Harborlight Bio",
              "2026-10-23 11:30", "America/New_York",
              "<0100019318b4f2a7-5e1c2d9a-6f7b-4c2e-9d3a-1b8e7f6a5c40-000000@email.amazonses.com>",
              via="a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
              qid="4SYb9m3tQkz4", extra=(
                  ("Reply-To", addr("Kayla Brennan", "kayla.brennan@harborlightbio.com")),
              ))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 10 Calendly, Fribourg
@make.mail(n(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-11 14:00", Z), end=utc("2026-11-11 14:45", Z),
           contact="marco.bianchi@sarinedata.ch", company="Sarine Data",
           local="Wed 2026-11-11 14:00", local_end="2026-11-11 14:45", zone=Z,
           note="Calendly invitee confirmation; '14:00 - 14:45, Wednesday, 11 November 2026 (Central European "
                "Time)' -> 13:00Z-13:45Z, ICS in UTC agrees; contact = host Reply-To (not notifications@)")
def m10() -> bytes:
    body = t("""
        Hi Noémie Rochat,

        A new event has been scheduled.

        Event Type:
        Interview – Clinical Data Engineer (45 min)

        Invitee:
        Noémie Rochat

        Invitee Email:
        noemie.rochat@example.org

        Event Date/Time:
        14:00 - 14:45, Wednesday, 11 November 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU3Yzk1

        Host:
        Marco Bianchi (marco.bianchi@sarinedata.ch)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
        Reschedule: https://calendly.com/reschedulings/7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261104T090211Z
        UID:7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@calendly.com
        DTSTART:20261111T130000Z
        DTEND:20261111T134500Z
        SUMMARY:Interview – Clinical Data Engineer (45 min) between Marco Bianchi and Noémie Rochat
        ORGANIZER;CN=Marco Bianchi:mailto:marco.bianchi@sarinedata.ch
        ATTENDEE;CN=Noémie Rochat;PARTSTAT=ACCEPTED:mailto:noemie.rochat@example.org
        LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU3Yzk1
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview – Clinical Data Engineer (45 min) with Marco Bianchi on Wednesday, "
              "11 November 2026",
              "2026-11-04 10:02", Z, "<kn3QzT0xR2u8Fh5dV1wYbQ@geopod-ismtpd-3>",
              via="o4.email.calendly.com (o4.email.calendly.com [167.89.46.221])",
              qid="4Sm2Lx6yZpz9", extra=(
                  ("Reply-To", addr("Marco Bianchi", "marco.bianchi@sarinedata.ch")),
              ))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


# --------------------------------------------------------------------------- 11 Zoom invite forwarded to self, "demain"
@make.mail(n(11), family="forward_zoom", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-12 08:00", Z), end=None,
           contact="thomas.girard@biopole-analytics.ch", company="Biopôle Analytics",
           local="Thu 2026-11-12 08:00", zone=Z,
           note="Candidate forwards to herself (phone address) the hiring manager's Zoom invitation, as a "
                "message/rfc822 part; 'Heure : 12 nov. 2026 08:00 AM Zurich' -> 07:00Z; her note "
                "'c'est demain' is written on Wed 11 Nov; Zoom gives no length -> end null; contact = "
                "the hiring manager in the forwarded From (the candidate is never the contact)")
def m11() -> bytes:
    inner_body = t("""
        Bonjour Noémie,

        Comme convenu par téléphone, je vous confirme notre entretien de jeudi matin. Voici le lien Zoom.

        Thomas Girard vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Noémie Rochat – Senior Data Manager
        Heure : 12 nov. 2026 08:00 AM Zurich

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/87012334561?pwd=bXJ0dkZzT1c1b2JpS0x6

        ID de réunion : 870 1233 4561
        Code secret : 552917

        Au plaisir,
        Thomas Girard
        Head of Biostatistics & Data Management
        Biopôle Analytics SA – Route de la Corniche 5, 1066 Épalinges
        """)
    inner = message([
        ("From", addr("Thomas Girard", "thomas.girard@biopole-analytics.ch")),
        ("To", TO),
        ("Subject", enc("Entretien jeudi – lien Zoom")),
        ("Date", date("2026-11-09 17:26", Z)),
        ("Message-ID", "<DB9P191MB1428A2C3E2F0@DB9P191MB1428.EURP191.PROD.OUTLOOK.COM>"),
    ], text(inner_body))
    note = t("""
        c'est demain !! imprimer le CV + relire l'annonce

        Envoyé de mon iPhone
        """)
    hs = head(addr(ME_NAME, "noemie.rochat@example.net"), "Fwd: Entretien jeudi – lien Zoom",
              "2026-11-11 06:50", Z, "<5C1B7E0A-2D4F-4A93-8E61-B0C3D2E1F4A7@example.net>",
              via="mail-out.example.net (mail-out.example.net [192.0.2.44])", qid="4Sr6Wc1nTmz2")
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner)))


# --------------------------------------------------------------------------- 12 Sydney recruiter, "next Tuesday", time in ICS
@make.mail(n(12), family="human_prose_ics", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-17 08:00", "Australia/Sydney"), end=utc("2026-11-17 08:45", "Australia/Sydney"),
           contact="priya.raman@southerncrosstrials.com.au", company="Southern Cross Trials",
           local="Tue 2026-11-17 08:00", local_end="2026-11-17 08:45", zone="Australia/Sydney",
           note="Sydney recruiter, Date Thu 12 Nov (AEDT, UTC+11): 'next Tuesday, 8am our time' = Tue 17 Nov "
                "08:00 AEDT = Mon 16 Nov 21:00Z (the body adds 'Monday evening, 10pm, for you'); the UTC "
                "day is the day before the Sydney day; end 21:45Z only from the ICS DTEND")
def m12() -> bytes:
    body = t("""
        Hi Noémie,

        Lovely to chat with you yesterday. Great news – Ben (our Head of Data Management) would like
        to meet you, and I've locked in next Tuesday, 8am our time, which should be Monday evening,
        10pm, for you in Lausanne. Sorry about the hour, it's the only overlap we could find with
        Ben's site visits! I've just sent through the calendar invite with the Teams link.

        Ben will walk you through the APAC oncology portfolio and how the EU team would fit in.

        Cheers,
        Priya

        Priya Raman | Senior Talent Partner
        Southern Cross Trials Pty Ltd | Level 9, 55 Clarence St, Sydney NSW 2000
        +61 2 8011 4420
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + SYDNEY_TZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Australia/Sydney:20261117T080000
        DTEND;TZID=Australia/Sydney:20261117T084500
        DTSTAMP:20261112T044015Z
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@southerncrosstrials.com.au
        UID:2k7d0q1c9h3u6f4m8b5p2s0r1v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noemie.rochat@example.org;X-NUM-GUESTS=0:mailto:noemie.rochat@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Whitfield;X-NUM-GUESTS=0:mailto:ben.whitfield@southerncrosstrials.com.au
        CREATED:20261112T043950Z
        DESCRIPTION:Interview – Noémie Rochat / Ben Whitfield (EU Clinical Data Manager)
        LAST-MODIFIED:20261112T044015Z
        LOCATION:Microsoft Teams Meeting
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Noémie Rochat <> Ben Whitfield – EU Clinical Data Manager
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Priya Raman", "priya.raman@southerncrosstrials.com.au"),
              "Next step – chat with Ben", "2026-11-12 15:40", "Australia/Sydney",
              "<CAF7pQ2x0s9KdR1mW3e@mail.gmail.com>",
              via="mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])",
              qid="4Sv0Rb8kXnz7")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 13 Taleo, Geneva
@make.mail(n(13), family="taleo", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-19 15:30", Z), end=utc("2026-11-19 16:30", Z),
           contact="nadia.benali@montblanc-bio.ch", company="Mont-Blanc Biologics",
           local="Thu 2026-11-19 15:30", local_end="2026-11-19 16:30", zone=Z,
           note="Taleo, French; 'Date : 19.11.2026 / Heure : 15:30 – 16:30 (heure de Genève)' -> CET "
                "14:30Z-15:30Z; sender no-reply, contact = recruiter address in the body")
def m13() -> bytes:
    body = t("""
        Madame,

        Suite à votre candidature au poste de Clinical Data Manager Senior (réf. 2600312), nous avons
        le plaisir de vous convier à un entretien.

        Date : 19.11.2026
        Heure : 15:30 – 16:30 (heure de Genève)
        Lieu : Mont-Blanc Biologics SA, Route des Acacias 48, 1227 Les Acacias, bâtiment A, 4e étage
        Interlocuteurs : Nadia Benali, Talent Acquisition Specialist ; Dr Hervé Dufour, Head of Data Management

        En cas d'empêchement, merci de contacter Nadia Benali (nadia.benali@montblanc-bio.ch).

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Ressources Humaines
        Mont-Blanc Biologics SA

        ***Ce courriel a été généré automatiquement. Merci de ne pas y répondre.***
        """)
    hs = head(addr("Mont-Blanc Biologics", "noreply@taleo.net"),
              "Convocation à un entretien - Clinical Data Manager Senior (2600312)",
              "2026-11-12 08:41", Z, "<1799739660842.2600312.JavaMail.taleo@tl2phx-prd-mail04>",
              via="tl2phx-prd-mail04.taleo.net (tl2phx-prd-mail04.taleo.net [160.34.12.4])",
              qid="4Sv4Mn2cYqz5", charset="iso-8859-1")
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1"))


# --------------------------------------------------------------------------- 14 Recruitee, Lausanne (base64)
@make.mail(n(14), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-04 10:45", Z), end=utc("2026-12-04 11:45", Z),
           contact="romain.cuendet@flonvia.ch", company="Flonvia Medtech",
           local="Fri 2026-12-04 10:45", local_end="2026-12-04 11:45", zone=Z,
           note="Recruitee, base64, vous; 'vendredi 4 décembre à 10h45', 'durée : 1 heure' -> CET "
                "09:45Z-10:45Z; contact = recruiter Reply-To")
def m14() -> bytes:
    body = t("""
        Bonjour Noémie,

        Nous vous remercions pour l'intérêt que vous portez à Flonvia Medtech. Nous avons le plaisir
        de vous confirmer votre entretien pour le poste de Clinical Data Specialist :

        📅 vendredi 4 décembre à 10h45
        ⏱ durée : 1 heure
        📍 Flonvia Medtech SA, Avenue de Sévelin 20, 1004 Lausanne (sonner « Flonvia », 3e étage)

        Vous rencontrerez Romain Cuendet (Talent Acquisition) et Élodie Pasche (QA Manager).

        Si vous avez un empêchement, merci de nous prévenir au plus vite en répondant à cet e-mail.

        Meilleures salutations,
        Romain Cuendet
        Flonvia Medtech SA
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Flonvia Medtech", "flonvia@recruiteemail.com"),
              "Votre entretien chez Flonvia Medtech – Clinical Data Specialist",
              "2026-11-27 13:15", Z, "<20261127121503.1.7c2f9e44b1a0d853@mg.recruitee.com>",
              via="m228-14.mailgun.net (m228-14.mailgun.net [159.135.228.14])", qid="4T6gHk0rVsz3",
              extra=(("Reply-To", addr("Romain Cuendet", "romain.cuendet@flonvia.ch")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# --------------------------------------------------------------------------- 15 phone reply "lu 7.12 à 14h00"
@make.mail(n(15), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-07 14:00", Z), end=None,
           contact="s.matthey@neuchatrial.ch", company="NeuchaTrial",
           local="Mon 2026-12-07 14:00", zone=Z,
           note="Hiring manager's short iPhone reply: 'on dit lu 7.12 à 14h00' (CET) -> 13:00Z; the quoted "
                "mail offers other slots (lundi dès 13h30, mardi 8 le matin) that were not chosen; "
                "vous; no length -> end null")
def m15() -> bytes:
    body = t("""
        Bonsoir Noémie,

        Ok pour moi, on dit lu 7.12 à 14h00 chez nous (Puits-Godet 12, 2e étage). Demandez Sylvie à la réception.

        Bonne soirée
        S. Matthey

        Envoyé de mon iPhone

        > Le 2 déc. 2026 à 17:10, Noémie Rochat <noemie.rochat@example.org> a écrit :
        >
        > Bonjour Madame Matthey,
        >
        > Merci pour votre retour. Je suis disponible lundi 7 décembre dès 13h30, ou mardi 8 le matin
        > (jusqu'à 11h). Dites-moi ce qui vous arrange le mieux.
        >
        > Meilleures salutations,
        > Noémie Rochat
        """)
    hs = head(addr("Sylvie Matthey", "s.matthey@neuchatrial.ch"),
              "Re: Poste Data Manager – disponibilités", "2026-12-02 19:48", Z,
              "<8E2A1F6C-3B7D-4C90-A5E1-2F4D6B8C0A13@neuchatrial.ch>",
              via="smtp.hostpoint.ch (asmtp014.mail.hostpoint.ch [217.26.49.133])", qid="4T9k1Dq5Wbz8",
              extra=(("In-Reply-To", "<D1F4A7B2-0E3C-4A55-9C61-7B8E2A3F1D09@example.org>"),
                     ("References", "<D1F4A7B2-0E3C-4A55-9C61-7B8E2A3F1D09@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


# --------------------------------------------------------------------------- 16 GoodTime itinerary
@make.mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-09 13:00", Z), end=utc("2026-12-09 15:00", Z),
           contact="hannah.wyss@cervingenomics.com", company="Cervin Genomics",
           local="Wed 2026-12-09 13:00", local_end="2026-12-09 15:00", zone=Z,
           note="GoodTime itinerary, two sessions 13:00-14:00 and 14:15-15:00 CET on Wed 9 Dec -> first start "
                "12:00Z to last end 14:00Z; contact = coordinator Reply-To")
def m16() -> bytes:
    body = t("""
        Hi Noémie,

        Your interview with Cervin Genomics is confirmed. Here is your itinerary.

        Wednesday, December 9, 2026 (Central European Time – Zurich)

        1:00 PM – 2:00 PM   Data Management deep dive – Dr. Florian Imhof, Director Clinical Data
        2:15 PM – 3:00 PM   Culture & values – Sara Lüthi, People Partner

        All sessions take place on Google Meet: https://meet.google.com/ahp-wkqz-nbe

        If you need to make changes, reply to this email and your coordinator, Hannah Wyss, will
        help you out.

        Best of luck,
        Cervin Genomics Talent Team

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Noémie,</p>
        <p>Your interview with <b>Cervin Genomics</b> is confirmed. Here is your itinerary.</p>
        <h3 style="margin:0">Wednesday, December 9, 2026</h3>
        <p style="color:#666;margin-top:0">Central European Time – Zurich</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="border-bottom:1px solid #eee">1:00 PM – 2:00 PM</td>
        <td style="border-bottom:1px solid #eee">Data Management deep dive<br><small>Dr. Florian Imhof, Director Clinical Data</small></td></tr>
        <tr><td>2:15 PM – 3:00 PM</td><td>Culture &amp; values<br><small>Sara Lüthi, People Partner</small></td></tr>
        </table>
        <p>All sessions take place on <a href="https://meet.google.com/ahp-wkqz-nbe">Google Meet</a>.</p>
        <p>If you need to make changes, reply to this email and your coordinator, Hannah Wyss, will help you out.</p>
        <p>Best of luck,<br>Cervin Genomics Talent Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Cervin Genomics Talent Team", "no-reply@goodtime.io"),
              "Your interview itinerary with Cervin Genomics", "2026-12-02 09:33", Z,
              "<20261202083312.9f3c1e7a2b@mail.goodtime.io>",
              via="mail.goodtime.io (o7.mail.goodtime.io [149.72.160.7])", qid="4T9Bx2m7Kcz1",
              extra=(("Reply-To", addr("Hannah Wyss", "hannah.wyss@cervingenomics.com")),))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 17 Exchange update, Zurich, German (rescheduled)
WEST_TZ = BOOKINGS_ICS


@make.mail(n(17), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-11-26 14:00", Z), end=utc("2026-11-26 15:00", Z),
           contact="sandra.keller@limmat-cs.ch", company="Limmat Clinical Services",
           local="Thu 2026-11-26 14:00", local_end="2026-11-26 15:00", zone=Z,
           note="Exchange meeting update (SEQUENCE:1), German; old 'Dienstag, 24.11., 10:00 Uhr', new "
                "'Donnerstag, 26. November 2026 14:00-15:00' with the Windows label (UTC+01:00) = CET -> "
                "13:00Z-14:00Z; ICS TZID=W. Europe Standard Time agrees; contact = organizer/sender")
def m17() -> bytes:
    body = t("""
        Guten Tag Frau Rochat

        Leider muss Frau Dr. Brändli den Termin vom Dienstag, 24.11., 10:00 Uhr kurzfristig
        verschieben. Wir haben das Zweitgespräch deshalb neu auf Donnerstag, 26. November, 14:00 bis
        15:00 Uhr gelegt, wieder bei uns an der Hardturmstrasse 161 (3. OG, Empfang). Herr Gerber
        (CFO) wird ebenfalls dabei sein.

        Bitte entschuldigen Sie die Umstände.

        Freundliche Grüsse
        Sandra Keller

        Wann: Donnerstag, 26. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Limmat Clinical Services AG, Hardturmstrasse 161, 8005 Zürich, 3. OG

        *~*~*~*~*~*~*~*~*~*
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-CH"><div class="WordSection1">
        <p class="MsoNormal">Guten Tag Frau Rochat</p>
        <p class="MsoNormal">Leider muss Frau Dr. Brändli den Termin vom Dienstag, 24.11., 10:00 Uhr kurzfristig
        verschieben. Wir haben das Zweitgespräch deshalb neu auf <b>Donnerstag, 26. November, 14:00 bis
        15:00 Uhr</b> gelegt, wieder bei uns an der Hardturmstrasse 161 (3. OG, Empfang). Herr Gerber
        (CFO) wird ebenfalls dabei sein.</p>
        <p class="MsoNormal">Bitte entschuldigen Sie die Umstände.</p>
        <p class="MsoNormal">Freundliche Grüsse<br>Sandra Keller</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WEST_TZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandra Keller:mailto:sandra.keller@limmat-cs.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noémie Rochat:mailto:noemie.rochat@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ursula Brändli:mailto:ursula.braendli@limmat-cs.ch
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Gerber:mailto:reto.gerber@limmat-cs.ch
        DESCRIPTION;LANGUAGE=de-CH:Zweitgespräch Clinical Data Manager – verschoben vom 24.11.
        UID:040000008200E00074C5B7101A82E0080000000070C4A9E1B65CDB01000000000000000010000000E4F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5
        SUMMARY;LANGUAGE=de-CH:Zweitgespräch Clinical Data Manager – Noémie Rochat
        DTSTART;TZID=W. Europe Standard Time:20261126T140000
        DTEND;TZID=W. Europe Standard Time:20261126T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T151044Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-CH:Limmat Clinical Services AG\\, Hardturmstrasse 161\\, 8005 Zürich\\, 3. OG
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117419340
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sandra Keller", "sandra.keller@limmat-cs.ch"),
              "Zweitgespräch Clinical Data Manager – Noémie Rochat (verschoben)",
              "2026-11-19 16:10", Z,
              "<ZR0P278MB0923E4B1C7F2A61D5E03B8C9A4F12@ZR0P278MB0923.CHEP278.PROD.OUTLOOK.COM>",
              via="ZR1P278CU001.outbound.protection.outlook.com (mail-zr0che01on2131.outbound.protection.outlook.com [40.107.24.131])",
              qid="4T0nFz3qRkz6", extra=(
                  ("Thread-Topic", enc("Zweitgespräch Clinical Data Manager – Noémie Rochat")),
                  ("Content-Language", "de-CH"),
              ))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 18 Greenhouse reschedule (thread with key 1)
@make.mail(n(18), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-08 13:30", Z), end=utc("2026-10-08 15:00", Z),
           contact="lena.vogt@rheinfeld-tx.ch", company="Rheinfeld Therapeutics",
           local="Thu 2026-10-08 13:30", local_end="2026-10-08 15:00", zone=Z,
           note="Greenhouse reschedule; old 'Tuesday, October 6, 9:00 AM', new 'Thursday, October 8, 2026, "
                "1:30 PM - 3:00 PM CEST' -> 11:30Z-13:00Z; contact = Reply-To recruiter")
def m18() -> bytes:
    body = t("""
        Hi Noémie,

        Your final-round interview for Senior Clinical Data Manager has been rescheduled.

        Previously: Tuesday, October 6, 2026, 9:00 AM - 10:30 AM CEST
        New time:   Thursday, October 8, 2026, 1:30 PM - 3:00 PM CEST

        Location: Rheinfeld Therapeutics AG, Hochbergerstrasse 60, 4057 Basel (Building C, Room 2.14)
        Panel: Dr. Matthias Egli, Katrin Zumsteg (Biostatistics), Andrea Rossi (Clinical Operations)

        We're sorry for the change – Matthias is needed at an investigator meeting on Tuesday.
        Reply to this email if the new time doesn't work for you.

        Best regards,
        Lena Vogt
        Talent Acquisition Partner, Rheinfeld Therapeutics
        """)
    hs = head(addr("Rheinfeld Therapeutics", "no-reply@greenhouse.io"),
              "Updated Interview: Senior Clinical Data Manager - Rheinfeld Therapeutics",
              "2026-10-02 10:48", Z, "<7b3e02d1a9f44.2290135@greenhouse.io>",
              via="mail-sor-f69.greenhouse.io (mail-sor-f69.greenhouse.io [198.2.180.69])",
              qid="4S8p2Wt4Lhz1", extra=(
                  ("Reply-To", addr("Lena Vogt", "lena.vogt@rheinfeld-tx.ch")),
                  ("X-Mailer", "Greenhouse Mailer"),
              ))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 19 human prose, vous, weekday-only reschedule
@make.mail(n(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-09-11 09:30", Z), end=None,
           contact="anne-laure.bapst@crc-perolles.ch", company="Centre de recherche clinique Pérolles",
           local="Fri 2026-09-11 09:30", zone=Z,
           note="Head of unit, vous, windows-1252 8bit: 'déplacer notre entretien de jeudi 14h00 à vendredi "
                "9 h 30' with only weekday names; Date Mon 7 Sep -> Fri 11 Sep 09:30 CEST -> 07:30Z "
                "(old slot Thu 10 Sep 14:00); no length -> end null")
def m19() -> bytes:
    body = t("""
        Chère Madame Rochat,

        Je suis désolée de devoir vous l'annoncer si tard : une inspection Swissmedic a été avancée
        et je dois malheureusement déplacer notre entretien de jeudi 14h00 à vendredi 9 h 30. Le lieu
        reste le même (Bd de Pérolles 2, 1er étage, salle de colloque) et Mme Clerc de la coordination
        des études sera également présente.

        Je compte sur votre compréhension et me réjouis de vous rencontrer vendredi.

        Avec mes meilleures salutations,

        Dr Anne-Laure Bapst
        Responsable, Centre de recherche clinique Pérolles
        Bd de Pérolles 2 – 1700 Fribourg
        Tél. 026 305 41 17
        """)
    hs = head(addr("Bapst Anne-Laure", "anne-laure.bapst@crc-perolles.ch", charset="windows-1252"),
              "Entretien – changement d'horaire", "2026-09-07 08:55", Z,
              "<AM0PR10MB3157B2E47C1A9F0D3E6C1A7BD8A42@AM0PR10MB3157.EURPRD10.PROD.OUTLOOK.COM>",
              via="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              qid="4Rh3Nv5sQwz4", charset="windows-1252", extra=(
                  ("Thread-Topic", enc("Entretien – changement d'horaire", "windows-1252")),
                  ("Content-Language", "fr-CH"),
              ))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# --------------------------------------------------------------------------- 20 Google Calendar updated invitation (rescheduled)
@make.mail(n(20), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-12-01 15:00", Z), end=utc("2026-12-01 16:00", Z),
           contact="lukas.schmid@dreilaender-research.ch", company="Dreiländer Research",
           local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=Z,
           note="Google Calendar 'Invitation mise à jour' in French, SEQUENCE:2; new time 'mar. 1 déc. 2026 "
                "15:00 – 16:00 (heure normale d'Europe centrale - Zurich)' -> 14:00Z-15:00Z; the old time "
                "is not stated; contact = organizer")
def m20() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien Noémie Rochat – Data Manager (Basel)
        Quand
        Modifié : mardi 1 déc. 2026 15:00 – 16:00 (heure normale d'Europe centrale - Zurich)

        Participer avec Google Meet
        https://meet.google.com/kfr-mzoq-pyd

        Participer par téléphone
        (CH) +41 43 456 95 12 PIN : 802 331 774#

        Invités
        Lukas Schmid - organisateur
        noemie.rochat@example.org
        Petra Amrein

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NXJrM2M4ZHE

        Répondre pour noemie.rochat@example.org
        Oui / Non / Peut-être

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises
        à jour, refusez l'invitation.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ZURICH_TZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261201T150000
        DTEND;TZID=Europe/Zurich:20261201T160000
        DTSTAMP:20261125T101722Z
        ORGANIZER;CN=Lukas Schmid:mailto:lukas.schmid@dreilaender-research.ch
        UID:5rk3c8dq0a7v1m2e9b4n6h1t0s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lukas Schmid;X-NUM-GUESTS=0:mailto:lukas.schmid@dreilaender-research.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noemie.rochat@example.org;X-NUM-GUESTS=0:mailto:noemie.rochat@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Petra Amrein;X-NUM-GUESTS=0:mailto:petra.amrein@dreilaender-research.ch
        CREATED:20261118T142055Z
        DESCRIPTION:Zweite Runde / deuxième tour. Lien Meet ci-dessous.
        LAST-MODIFIED:20261125T101722Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien Noémie Rochat – Data Manager (Basel)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lukas Schmid", "lukas.schmid@dreilaender-research.ch"),
              "Invitation mise à jour : Entretien Noémie Rochat – Data Manager (Basel) @ mar. 1 déc. 2026 "
              "15:00 - 16:00 (CET) (noemie.rochat@example.org)",
              "2026-11-25 11:17", Z, "<calendar-9a0f4c1e-62b7-4d8e-b3a5-7c2e1f0d9b84@google.com>",
              via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", qid="4T4dPs9hMvz2",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Lukas Schmid", "lukas.schmid@dreilaender-research.ch"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 21 SmartRecruiters cancellation, no new time
@make.mail(n(21), family="smartrecruiters", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-10-20 11:00", Z), end=utc("2026-10-20 12:00", Z),
           contact="julie.favre@arve-cr.ch", company="Arve Clinical Research",
           local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=Z,
           note="SmartRecruiters cancellation in French, position on hold, no new time; cancelled slot "
                "'mardi 20 octobre 2026, 11:00 - 12:00 (GMT+02:00) Europe/Zurich' -> 09:00Z-10:00Z; "
                "ICS METHOD:CANCEL in UTC agrees; contact = recruiter Reply-To")
def m21() -> bytes:
    body = t("""
        Bonjour Noémie,

        Nous sommes au regret de vous informer que votre entretien pour le poste de Clinical Data
        Manager (Genève) a été annulé.

        Entretien annulé :
        mardi 20 octobre 2026, 11:00 - 12:00 (GMT+02:00) Europe/Zurich
        Intervenants : Julie Favre, Dr Olivier Michaud

        Le poste a été mis en attente pour des raisons budgétaires. Votre candidature reste active et
        nous reviendrons vers vous si le recrutement reprend.

        Message de Julie Favre :
        « Je suis vraiment désolée, Noémie – la décision est tombée hier en comité de direction. Je
        vous tiens au courant dès que j'en sais plus. »

        Meilleures salutations,
        Arve Clinical Research

        Cet e-mail a été envoyé par SmartRecruiters pour le compte de Arve Clinical Research.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-int-66f2a9c1d7e34b0012c5a8f1@smartrecruiters.com
        DTSTAMP:20261015T123055Z
        DTSTART:20261020T090000Z
        DTEND:20261020T100000Z
        SUMMARY:Entretien : Clinical Data Manager (Genève) – Arve Clinical Research
        ORGANIZER;CN=Julie Favre:mailto:julie.favre@arve-cr.ch
        ATTENDEE;CN=Noémie Rochat:mailto:noemie.rochat@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Arve Clinical Research", "noreply@smartrecruiters.com"),
              "Entretien annulé : Clinical Data Manager (Genève)", "2026-10-15 14:30", Z,
              "<0102019285c1a3f8-7d2e4b19-3c6a-4f0e-8b9d-5e1f2a3c4d5e-000000@eu-west-1.amazonses.com>",
              via="b224-14.smtp-out.eu-west-1.amazonses.com (b224-14.smtp-out.eu-west-1.amazonses.com [69.169.224.14])",
              qid="4SNh6Yp1Bcz9", extra=(("Reply-To", addr("Julie Favre", "julie.favre@arve-cr.ch")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                      cte="8bit")))



# --------------------------------------------------------------------------- 22 Calendly cancellation
@make.mail(n(22), family="calendly", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-24 16:30", Z), end=utc("2026-11-24 17:00", Z),
           contact="oliver.grant@thamesbridge-analytics.co.uk", company="Thamesbridge Analytics",
           local="Tue 2026-11-24 16:30", local_end="2026-11-24 17:00", zone=Z,
           note="Calendly 'Canceled' mail to the invitee, cancelled by the host with a reason, no new time; "
                "slot '16:30 - 17:00, Tuesday, 24 November 2026 (Central European Time)' -> 15:30Z-16:00Z "
                "(15:30 in London); contact = host Reply-To")
def m22() -> bytes:
    body = t("""
        Hi Noémie Rochat,

        Oliver Grant has canceled the following event.

        Event Type:
        30 Minute Interview – Clinical Data Manager (Remote)

        Event Date/Time:
        16:30 - 17:00, Tuesday, 24 November 2026 (Central European Time)

        Canceled by:
        Oliver Grant

        Reason for canceling:
        "So sorry Noémie – I've come down with the flu. I'll send you a fresh link once I'm back on my feet."

        Schedule another event with Oliver Grant:
        https://calendly.com/oliver-grant-thamesbridge

        Powered by Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Canceled: 30 Minute Interview – Clinical Data Manager (Remote) with Oliver Grant on Tuesday, "
              "24 November 2026",
              "2026-11-23 08:15", Z, "<xR4kP0zQ1t6Lm9cW2aHvBg@geopod-ismtpd-7>",
              via="o4.email.calendly.com (o4.email.calendly.com [167.89.46.221])", qid="4T3Ks0jPxVz5",
              extra=(("Reply-To", addr("Oliver Grant", "oliver.grant@thamesbridge-analytics.co.uk")),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 23 Google Calendar cancellation, French
@make.mail(n(23), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-12-02 10:00", Z), end=utc("2026-12-02 11:00", Z),
           contact="isabelle.rey@geneva-oncotrials.ch", company="Geneva OncoTrials",
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 11:00", zone=Z,
           note="Google Calendar 'Invitation annulée' METHOD:CANCEL with the organizer's note ('je reviens "
                "vers vous pour une nouvelle date', no new time); cancelled slot 'mer. 2 déc. 2026 10:00 – "
                "11:00' CET -> 09:00Z-10:00Z; contact = organizer")
def m23() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Isabelle Rey a joint un message à l'annulation :
        « Désolée Noémie, le comité de direction a déplacé la revue budgétaire sur mercredi matin.
        Je reviens vers vous dès que possible avec une nouvelle date. »

        Entretien Noémie Rochat – Lead Data Manager
        Quand
        mercredi 2 déc. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Zurich)

        Invités
        Isabelle Rey - organisatrice
        Grégoire Monnier
        noemie.rochat@example.org

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + ZURICH_TZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261202T100000
        DTEND;TZID=Europe/Zurich:20261202T110000
        DTSTAMP:20261127T161003Z
        ORGANIZER;CN=Isabelle Rey:mailto:isabelle.rey@geneva-oncotrials.ch
        UID:0mq4c7vb2d8k1p5s3h9e6t0r2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=noemie.rochat@example.org;X-NUM-GUESTS=0:mailto:noemie.rochat@example.org
        CREATED:20261120T090512Z
        LAST-MODIFIED:20261127T161003Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Noémie Rochat – Lead Data Manager
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Isabelle Rey", "isabelle.rey@geneva-oncotrials.ch"),
              "Invitation annulée : Entretien Noémie Rochat – Lead Data Manager @ mer. 2 déc. 2026 10:00 - "
              "11:00 (CET) (noemie.rochat@example.org)",
              "2026-11-27 17:10", Z, "<calendar-3e1b7a92-0c4d-4f6e-a8b1-9d2c5e7f1a30@google.com>",
              via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", qid="4T6rWb3mGdz7",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives (keys 24-50)


# --------------------------------------------------------------------------- 24 JOIN application receipt
@make.mail(n(24), family="join_receipt", lang="fr", interview=False, company="Seeland BioData",
           note="JOIN application receipt in French; promises to come back 'pour convenir d'un entretien', "
                "no time")
def m24() -> bytes:
    body = t("""
        Bonjour Noémie,

        Merci pour votre candidature au poste « Clinical Data Manager (80-100%) » chez Seeland BioData AG.

        Nous avons bien reçu votre dossier et l'équipe de recrutement va l'examiner prochainement. Si
        votre profil correspond, nous reviendrons vers vous dans les 14 prochains jours pour convenir
        d'un entretien.

        Vous pouvez suivre l'état de votre candidature à tout moment :
        https://join.com/candidates/applications/8812451

        Meilleures salutations,
        Seeland BioData AG

        ---
        Cet e-mail a été envoyé via JOIN. JOIN Solutions AG, Hardturmstrasse 11, 8005 Zurich.
        Se désabonner des notifications de candidature : https://join.com/unsubscribe/c/8812451
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Roboto,Arial,sans-serif">')
    hs = head(addr("Seeland BioData AG via JOIN", "notifications@join.com"),
              "Votre candidature chez Seeland BioData AG", "2026-09-03 21:14", Z,
              "<20260903191412.8812451.a1b2c3@join.com>",
              via="mail-201.join.com (mail-201.join.com [159.183.201.12])", qid="4Rd9Tq1xHfz2",
              extra=(("List-Unsubscribe", "<https://join.com/unsubscribe/c/8812451>"),))
    return message(hs, alt(text(body), html(page)))



# --------------------------------------------------------------------------- 25 softgarden rejection after an interview
@make.mail(n(25), family="softgarden_rejection", lang="fr", interview=False, company="Gruyère Nutrition Research",
           days=(("Tue", "2026-09-29"),),
           note="softgarden rejection in French, refers back to the interview of 'mardi 29 septembre' (past)")
def m25() -> bytes:
    body = t("""
        Madame Rochat,

        Nous vous remercions vivement pour l'intérêt que vous portez à Gruyère Nutrition Research SA
        ainsi que pour l'entretien très agréable du mardi 29 septembre à Bulle.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre candidate
        dont le profil correspond plus étroitement aux exigences du poste de Data Manager Études
        nutritionnelles.

        Nous vous souhaitons plein succès dans vos recherches et pour la suite de votre parcours.

        Meilleures salutations,

        Corinne Pasquier
        Ressources humaines
        Gruyère Nutrition Research SA

        Cet e-mail a été envoyé par softgarden e-recruiting.
        """)
    hs = head(addr("Gruyère Nutrition Research SA", "noreply@softgarden.io"),
              "Votre candidature : Data Manager Études nutritionnelles", "2026-10-05 10:31", Z,
              "<1896412.43119.1791275460224@app-mail-3.softgarden.io>",
              via="app-mail-3.softgarden.io (app-mail-3.softgarden.io [185.47.32.13])", qid="4SDm8Rt2Qkz1",
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 26 Workday application receipt
@make.mail(n(26), family="workday_receipt", lang="fr", interview=False, company="Salève Biopharma",
           note="Workday application receipt; 'nous vous contacterons pour un entretien' with no time")
def m26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Madame Rochat,</p>
        <p>Nous vous remercions pour votre candidature au poste de <b>Clinical Data Manager (F/H), 100 %</b>
        (réf. R-2026-0418).</p>
        <p>Votre dossier a bien été enregistré. Notre équipe l'étudiera avec attention et, si votre profil
        correspond à nos besoins, nous vous contacterons afin de convenir d'un entretien.</p>
        <p>Vous pouvez suivre l'état de votre candidature dans votre compte candidat&nbsp;:
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/salevebio/careers">Portail carrières Salève Biopharma</a></p>
        <p>Meilleures salutations,<br>Ressources humaines &ndash; Salève Biopharma SA</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("Salève Biopharma", "salevebio@myworkday.com"),
              "Nous avons bien reçu votre candidature – Clinical Data Manager (F/H)",
              "2026-09-04 08:02", Z, "<1139024871.61125.1788501720391@wd3-prod-mail-09>",
              via="wd3-prod-mail-09.myworkday.com (wd3-prod-mail-09.myworkday.com [216.73.91.9])",
              qid="4RfC0k7mLpz3")
    return message(hs, html(page))


# --------------------------------------------------------------------------- 27 Greenhouse rejection
@make.mail(n(27), family="rejection", lang="en", interview=False, company="Harborlight Bio",
           note="Rejection after the 29 October hiring-manager call (thread with key 9); no future time")
def m27() -> bytes:
    body = t("""
        Hi Noémie,

        Thank you again for taking the time to speak with Rachel last Thursday. We really enjoyed
        learning about your experience running EDC builds for multi-country oncology studies.

        After careful consideration, we've decided to move forward with candidates whose experience
        is closer to our US submission timelines. This was a difficult decision.

        We'd love to stay in touch as our EU team grows in 2027.

        All the best,
        Kayla Brennan
        Senior Recruiter, Harborlight Bio
        """)
    hs = head(addr("Kayla Brennan", "no-reply@ashbyhq.com"),
              "Update on your application – Harborlight Bio", "2026-11-04 16:05", "America/New_York",
              "<0100019361d2e4a8-2b9f7c31-4e5d-4a1b-8c6e-9f0a1b2c3d4e-000000@email.amazonses.com>",
              via="a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
              qid="4SqLh9x3Trz6",
              extra=(("Reply-To", addr("Kayla Brennan", "kayla.brennan@harborlightbio.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 28 offer, with a fixed call to discuss it
@make.mail(n(28), family="offer", lang="fr", interview=False, company="Littoral Diagnostics",
           days=(("Fri", "2026-11-20"),),
           note="Job offer (thread with key 8) with a fixed call 'vendredi 20 novembre à 11h00' to go "
                "through the contract: a confirmed time, but an offer call, not an interview")
def m28() -> bytes:
    body = t("""
        Bonjour Noémie,

        J'ai le grand plaisir de vous annoncer que nous souhaitons vous proposer le poste de
        Responsable qualité des données cliniques chez Littoral Diagnostics SA !

        Vous trouverez ci-joint notre proposition de contrat (taux 90 %, entrée en fonction le
        1er février 2027 ou à convenir). Comme convenu avec Marc-Antoine, je vous appelle vendredi
        20 novembre à 11h00 pour parcourir ensemble le contrat et répondre à vos questions.

        Nous nous réjouissons de votre retour d'ici au 27 novembre.

        Très cordialement,
        Aline Jeanneret
        Ressources humaines – Littoral Diagnostics SA
        Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel
        032 722 18 90
        """)
    hs = head(addr("Aline Jeanneret", "aline.jeanneret@littoral-dx.ch"),
              "Proposition d'engagement – Responsable qualité des données cliniques", "2026-11-16 17:22", Z,
              "<GVAP278MB0321F0A1B2C3D4E5F6A7B8C9D0E1F@GVAP278MB0321.CHEP278.PROD.OUTLOOK.COM>",
              via="ZR1P278CU001.outbound.protection.outlook.com (mail-zr0che01on2118.outbound.protection.outlook.com [40.107.24.118])",
              qid="4SzQ4Hk6Mbz8")
    pdf = make.Part([("Content-Type", 'application/pdf; name="Contrat_Rochat_LDX.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Contrat_Rochat_LDX.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJhaWxlcgo8PCA+Pgol\r\n"
                    b"JUVPRgo=\r\n")
    return message(hs, mixed(text(body), pdf))


# --------------------------------------------------------------------------- 29 job alert
@make.mail(n(29), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert listing roles; words 'entretien' and dates in the listings but no appointment")
def m29() -> bytes:
    body = t("""
        Bonjour Noémie,

        8 nouvelles offres correspondent à votre alerte « data manager clinique – Vaud, Genève, Fribourg ».

        Clinical Data Manager 80-100 % – Vevey Nutrition Labs SA – Vevey
        Publié le 14.10.2026 · Entrée : dès janvier 2027
        https://www.emploileman.example/offre/883120

        Data Manager Études cliniques (CDD 12 mois) – Hôpital du Nord vaudois – Yverdon-les-Bains
        Publié le 14.10.2026 · Entretiens prévus semaine 45
        https://www.emploileman.example/offre/883097

        Senior Clinical Data Programmer – Arve Clinical Research – Genève
        Publié le 13.10.2026
        https://www.emploileman.example/offre/882954

        … et 5 autres offres : https://www.emploileman.example/alertes/55120

        Astuce de la semaine : préparez votre entretien vidéo en testant votre micro 15 minutes avant.

        Modifier ou supprimer cette alerte : https://www.emploileman.example/alertes/55120/edit
        EmploiLéman – le portail de l'emploi en Suisse romande
        """)
    page = "<html><body>" + gmail_html(body) + "</body></html>\n"
    hs = head(addr("EmploiLéman", "alertes@emploileman.example"),
              "8 nouvelles offres pour « data manager clinique »", "2026-10-15 06:30", Z,
              "<alert.55120.20261015043000@mailer.emploileman.example>",
              via="mailer.emploileman.example (mailer.emploileman.example [203.0.113.45])", qid="4SNb0Wq5Jtz4",
              extra=(("List-Unsubscribe", "<https://www.emploileman.example/alertes/55120/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 30 newsletter about interviews
@make.mail(n(30), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Career blog newsletter on preparing interviews; 'votre entretien est confirmé pour mardi à "
                "10h00' is a hypothetical headline")
def m30() -> bytes:
    body = t("""
        LA LETTRE DES MÉTIERS DE LA RECHERCHE CLINIQUE · n° 87

        Votre entretien est confirmé pour mardi à 10h00. Et maintenant ?

        La plupart des data managers que j'accompagne préparent le mauvais entretien. Ils répètent
        leur CV ; le panel, lui, veut savoir comment ils ont géré un gel de base décalé de deux
        semaines. Ma check-list pour les 72 heures qui précèdent un entretien avec le manager :

        1. Relisez le synopsis d'une étude que vous avez gérée. Sachez présenter votre DMP en 2 minutes.
        2. Préparez une histoire de gestion des queries, chiffres à l'appui (queries ouvertes, délais).
        3. Gardez une question sur leur EDC et leur chaîne CDISC : cela montre que vous connaissez le métier.
        4. Vérifiez le fuseau horaire : « 10h00 » chez un sponsor de Boston fin octobre, ce n'est pas
           ce que vous croyez.

        La semaine prochaine : négocier une semaine de 4 jours dans une CRO romande.

        Vous recevez cette lettre car vous vous êtes abonnée sur lettre-recherche-clinique.example.
        Se désabonner : https://lettre-recherche-clinique.example/desabonnement?u=4f1c2e
        """)
    hs = head(addr("La Lettre de la recherche clinique", "lettre@lettre-recherche-clinique.example"),
              "Votre entretien est confirmé pour mardi à 10h00. Et maintenant ?", "2026-10-22 07:00", Z,
              "<20261022050003.87.4f1c2e@lettre-recherche-clinique.example>",
              via="smtp.lettre-recherche-clinique.example (smtp.lettre-recherche-clinique.example [198.51.100.23])",
              qid="4SVf3Lm0Zxz2", extra=(
                  ("List-Id", "La Lettre de la recherche clinique <lettre.lettre-recherche-clinique.example>"),
                  ("List-Unsubscribe", "<https://lettre-recherche-clinique.example/desabonnement?u=4f1c2e>"),
                  ("Precedence", "list"),
              ))
    return message(hs, alt(text(body), html(gmail_html(body))))



# --------------------------------------------------------------------------- 31 self-scheduling link (pick a slot)
@make.mail(n(31), family="self_schedule", lang="en", interview=False, company="Kestrel Pharma",
           days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Thu", "2026-10-22")),
           note="iCIMS self-scheduling invitation for the second round (thread with key 4): lists open "
                "slots, nothing is booked yet")
def m31() -> bytes:
    body = t("""
        Dear Noémie,

        Thank you for meeting with us on 1 October. We would like to invite you to a second interview
        for the position Clinical Data Lead – Oncology (Req 26-1187).

        Please choose a time that suits you using the link below. Available slots (Basel time):

          Mon 19 Oct  09:00, 10:30
          Tue 20 Oct  14:00, 15:30
          Thu 22 Oct  08:30

        Select your interview slot: https://kestrelpharma.icims.com/jobs/261187/candidate/self-schedule?token=9f2c41

        Slots are allocated on a first-come, first-served basis. Your interview will only be
        confirmed once you have made your selection.

        Kind regards,
        Martina Frey
        Recruitment Coordinator, Kestrel Pharma AG
        """)
    hs = head(addr("Kestrel Pharma Careers", "kestrelpharma@talent.icims.com"),
              "Please select your interview time – Clinical Data Lead – Oncology",
              "2026-10-09 11:20", Z, "<1791537600121.58310.icims.talent@talent.icims.com>",
              via="mta-out-12.icims.com (mta-out-12.icims.com [64.128.74.12])", qid="4SJ1Zk8pRwz5",
              extra=(("Reply-To", addr("Martina Frey", "martina.frey@kestrelpharma.ch")),))
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 32 agency recruiter proposes times
@make.mail(n(32), family="proposal_unconfirmed", lang="fr", interview=False, company="Talentis Conseil",
           note="Agency recruiter proposes 'mardi à 10h ou mercredi dès 14h' for a first interview and asks "
                "which suits; nothing is confirmed")
def m32() -> bytes:
    body = t("""
        Bonjour Noémie,

        Suite à notre échange téléphonique, j'ai présenté votre dossier à mon client (une CRO
        genevoise d'environ septante personnes) et ils aimeraient beaucoup vous rencontrer pour un
        premier entretien.

        Seriez-vous disponible mardi à 10h, ou sinon mercredi dès 14h ? L'entretien durerait environ
        une heure, en visio. Dites-moi ce qui vous arrange et je bloque le créneau de leur côté.

        Belle fin de journée,

        Mathieu Rapin
        Consultant senior Life Sciences
        Talentis Conseil SA – Rue du Rhône 80, 1204 Genève
        022 318 40 72 – mathieu.rapin@talentis-conseil.ch
        """)
    hs = head(addr("Mathieu Rapin", "mathieu.rapin@talentis-conseil.ch"),
              "Poste Data Manager – CRO Genève", "2026-11-05 17:42", Z,
              "<CAJ3v9dFq2Lx7kT0wR8m@mail.gmail.com>",
              via="mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", qid="4SnY1Pc7Gvz0")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 33 unemployment office (ORP) appointment
@make.mail(n(33), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Regional employment office (ORP) summons to an 'entretien de conseil' on 'jeudi 8 octobre "
                "2026 à 9h15': a fixed 'entretien', but with the job centre, not a job interview")
def m33() -> bytes:
    body = t("""
        Madame Noémie Rochat
        Chemin de Bellerive 14
        1007 Lausanne

        Lausanne, le 28 septembre 2026

        Convocation à un entretien de conseil

        Madame,

        Nous vous prions de vous présenter à un entretien de conseil avec votre conseillère en
        personnel, Mme Patricia Jaquier :

        Date : jeudi 8 octobre 2026
        Heure : 9h15
        Lieu : ORP Lausanne, Place Chauderon 7, 1003 Lausanne, 2e étage, guichet C

        Merci d'apporter vos preuves de recherches d'emploi du mois de septembre (formulaire
        « Preuves des recherches personnelles effectuées en vue de trouver un emploi »). En cas
        d'empêchement, vous devez nous en informer au plus tard 24 heures à l'avance ; une absence
        non excusée peut entraîner une suspension du droit à l'indemnité.

        Veuillez agréer, Madame, nos salutations distinguées.

        Office régional de placement de Lausanne
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("ORP Lausanne", "ne-pas-repondre@orp-lausanne.example"),
              "Convocation à un entretien de conseil - jeudi 8 octobre 2026", "2026-09-28 10:05", Z,
              "<20260928080512.AB12C3@orp-lausanne.example>",
              via="smtp.orp-lausanne.example (smtp.orp-lausanne.example [203.0.113.81])", qid="4S3hTg6pNcz1",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 34 Executive MBA admission interview, with ICS
@make.mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Executive MBA admission interview 'Monday, 16 November 2026 at 17:30 CET' with an ICS: a "
                "confirmed interview, but for a degree programme, not a job")
def m34() -> bytes:
    body = t("""
        Dear Ms Rochat,

        Thank you for your application to the Executive MBA (Part-time, Intake 2027). We are pleased
        to invite you to your admission interview:

        Monday, 16 November 2026 at 17:30 CET (45 minutes)
        Léman Institute of Management, Avenue de Cour 110, 1007 Lausanne – Admissions Office, Room E.12
        Interviewer: Prof. Daniel Aebischer, Academic Director

        Please bring your essay answers and be ready to discuss your leadership experience. A calendar
        invitation is attached.

        Kind regards,
        Admissions Office – Executive Education
        Léman Institute of Management
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Léman Institute of Management//Admissions//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:emba-2027-adm-00418@lim.example
        DTSTAMP:20261109T101500Z
        DTSTART:20261116T163000Z
        DTEND:20261116T171500Z
        SUMMARY:EMBA Admission Interview – Noémie Rochat
        LOCATION:Léman Institute of Management\\, Room E.12
        ORGANIZER;CN=EMBA Admissions:mailto:emba.admissions@lim.example
        ATTENDEE;CN=Noémie Rochat;RSVP=TRUE:mailto:noemie.rochat@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("EMBA Admissions – Léman Institute of Management", "emba.admissions@lim.example"),
              "Your EMBA admission interview – Monday 16 November", "2026-11-09 11:15", Z,
              "<5e2a7f10c4b3.emba@lim.example>",
              via="mail.lim.example (mail.lim.example [198.51.100.77])", qid="4SsD2Wn8Kqz3")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 35 journalist interviewing her
@make.mail(n(35), family="press", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="A journalist confirms an interview with Noémie for a magazine piece, 'jeudi 22 octobre à "
                "12h15': she is the interviewee for the press, not a job candidate")
def m35() -> bytes:
    body = t("""
        Bonjour Noémie,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier sur les essais cliniques
        décentralisés ! C'est noté pour jeudi 22 octobre à 12h15 au Café du Grand-Pont, à Lausanne.
        Compte environ 45 minutes ; notre photographe passera peut-être dix minutes à la fin.

        Je vous enverrai la citation pour relecture avant publication (numéro de décembre).

        À jeudi,
        Léa Fragnière
        Journaliste, Horizons Santé – le magazine romand de la santé
        078 611 20 45
        """)
    hs = head(addr("Léa Fragnière", "lea.fragniere@horizons-sante.example"),
              "Interview pour Horizons Santé – confirmation", "2026-10-16 14:37", Z,
              "<f3a1b9c2-84d0-4e7f-9a21-6c5b3d2e1f00@horizons-sante.example>",
              via="mail.horizons-sante.example (mail.horizons-sante.example [203.0.113.190])",
              qid="4SPq7Xc2Dhz6")
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 36 podcast recording
@make.mail(n(36), family="podcast", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Podcast recording confirmed for 'Wednesday, November 18, 2026 at 4:00 PM CET'; a guest "
                "interview, not a job interview")
def m36() -> bytes:
    body = t("""
        Hi Noémie,

        You're all set! Here are the details for your recording of "Data in Trials", the podcast for
        people who clean up after randomisation.

        Episode: "Why your EDC build is late (and what to do about it)"
        Recording: Wednesday, November 18, 2026 at 4:00 PM CET (about 50 minutes)
        Studio link: https://riverside.fm/studio/data-in-trials?t=8a2f1c

        Tips: use headphones, close Slack, and record from a quiet room. We'll send you the
        episode for a listen before it goes live.

        Thanks for being on the show!
        Grace Donnelly
        Host, Data in Trials
        """)
    hs = head(addr("Grace Donnelly", "grace@dataintrials.example"),
              "Podcast recording confirmed – Data in Trials", "2026-11-10 13:02", "Europe/Dublin",
              "<CAB8s1kQ0rN4xD9tM2pv@mail.gmail.com>",
              via="mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", qid="4StH8Mb5Yrz9")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 37 coach: mock interview booked via Calendly
@make.mail(n(37), family="mock_interview", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-27"),),
           note="Calendly booking with a career coach: 'Simulation d'entretien' on 'mardi 27 octobre 2026, "
                "18:30 - 19:30'; a confirmed mock interview, not a job interview")
def m37() -> bytes:
    body = t("""
        Bonjour Noémie Rochat,

        Un nouvel événement a été planifié.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Invité :
        Noémie Rochat

        Date/Heure de l'événement :
        18:30 - 19:30, mardi 27 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Cabinet Envol Carrière, Rue de Bourg 27, 1003 Lausanne

        Réponses aux questions :
        Pour quel type d'entretien souhaitez-vous vous entraîner ? Entretien final avec un panel (CRO
        à Neuchâtel), questions comportementales.

        Organisateur :
        Valérie Duruz (valerie.duruz@envol-carriere.example)

        Annuler : https://calendly.com/cancellations/2b7e91c0-aa31-4f5e-9d0c-7e6f5a4b3c21
        Replanifier : https://calendly.com/reschedulings/2b7e91c0-aa31-4f5e-9d0c-7e6f5a4b3c21

        Propulsé par Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nouvel événement : Simulation d'entretien d'embauche (60 min) avec Valérie Duruz – mardi 27 "
              "octobre 2026",
              "2026-10-22 20:41", Z, "<pQ7cT2mW0rX9bK4dL1aYzg@geopod-ismtpd-2>",
              via="o4.email.calendly.com (o4.email.calendly.com [167.89.46.221])", qid="4SVz9Fk1Wmz5",
              extra=(("Reply-To", addr("Valérie Duruz", "valerie.duruz@envol-carriere.example")),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 38 car service
@make.mail(n(38), family="car_service", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Garage confirms a car service 'mardi 13 octobre à 7h30'; fixed time, not an interview")
def m38() -> bytes:
    body = t("""
        Madame Rochat,

        Nous vous confirmons votre rendez-vous pour le service des 60 000 km et le changement de pneus
        (pneus d'hiver en stock chez nous) de votre Skoda Octavia VD 412 087 :

        mardi 13 octobre à 7h30

        Merci de déposer le véhicule à la réception atelier. Durée estimée : journée complète. Une
        voiture de remplacement est réservée à votre nom.

        Meilleures salutations

        Garage des Boveresses SA
        Route de Berne 52, 1010 Lausanne – 021 652 44 10
        """)
    hs = head(addr("Garage des Boveresses SA", "atelier@garage-boveresses.example"),
              "Confirmation de rendez-vous atelier – VD 412 087", "2026-10-07 16:48", Z,
              "<000c01dd1f2a$5b3e7a10$11b86e30$@garage-boveresses.example>",
              via="mail.garage-boveresses.example (mail.garage-boveresses.example [203.0.113.12])",
              qid="4SGc5Rx0Bnz8", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 39 tax office appointment
@make.mail(n(39), family="tax_office", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-11-09"),),
           note="Tax office appointment 'lundi 9 novembre 2026 à 14h00' about a tax return; fixed time, not "
                "a job interview")
def m39() -> bytes:
    body = t("""
        Madame,

        Suite à votre demande du 2 octobre concernant le dossier de votre déclaration d'impôt 2025
        (frais de formation continue et changement de situation professionnelle), nous vous proposons
        un entretien avec un taxateur :

        lundi 9 novembre 2026 à 14h00
        Office d'impôt du district de Lausanne, Route de Berne 46, 1014 Lausanne, guichet 4

        Ce rendez-vous est réservé à votre nom. Veuillez vous munir des justificatifs mentionnés dans
        notre courrier ainsi que d'une pièce d'identité.

        Office d'impôt du district de Lausanne
        N° de contribuable : 118.447.203
        """)
    hs = head(addr("Office d'impôt Lausanne", "rdv-impots-lausanne@fiscalite-vd.example"),
              "Rendez-vous – dossier fiscal 118.447.203", "2026-10-26 09:12", Z,
              "<rdv.118447203.20261026081200@fiscalite-vd.example>",
              via="mta.fiscalite-vd.example (mta.fiscalite-vd.example [198.51.100.140])", qid="4SXw0Ln3Fhz2")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 40 doctor reminder, "demain"
@make.mail(n(40), family="medical_appointment", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Doctor's appointment reminder 'demain, jeudi 19 novembre, à 8h40'; fixed time, personal")
def m40() -> bytes:
    body = t("""
        Bonjour Noémie Rochat,

        Nous vous rappelons votre rendez-vous de demain, jeudi 19 novembre, à 8h40 avec la
        Dre Mélanie Cardinaux (médecine générale).

        Adresse : Cabinet médical de Sous-Gare, Avenue d'Ouchy 14, 1006 Lausanne

        En cas d'empêchement, merci d'annuler au moins 24h à l'avance :
        https://rdv.cabinet-sous-gare.example/annuler/9a2c71

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("Cabinet médical de Sous-Gare", "rappels@cabinet-sous-gare.example"),
              "Rappel de votre rendez-vous de demain", "2026-11-18 08:00", Z,
              "<reminder-9a2c71-20261118@cabinet-sous-gare.example>",
              via="mail.cabinet-sous-gare.example (mail.cabinet-sous-gare.example [203.0.113.230])",
              qid="4T0d1Gt7Xbz4")
    return message(hs, text(body, cte="base64"))


# --------------------------------------------------------------------------- 41 flat viewing
@make.mail(n(41), family="flat_viewing", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Letting agency confirms a flat viewing 'samedi 12 septembre à 10h'; fixed time, personal")
def m41() -> bytes:
    body = t("""
        Madame,

        Nous accusons réception de votre demande et vous confirmons la visite de l'appartement de
        3,5 pièces situé Avenue de Montoie 31, 1007 Lausanne (4e étage, loyer CHF 1'980.- + charges
        CHF 190.-) :

        samedi 12 septembre à 10h

        Le concierge, M. Oliveira, vous attendra devant l'entrée. Merci de prévoir vos documents
        (extrait du registre des poursuites de moins de 3 mois, trois dernières fiches de salaire).

        Avec nos meilleures salutations,

        Régie du Lac SA - Service location
        Rue du Petit-Chêne 18, 1003 Lausanne
        """)
    hs = head(addr("Régie du Lac - Location", "location@regiedulac.example"),
              "Visite - Av. de Montoie 31, 3,5 pièces", "2026-09-08 15:22", Z,
              "<a81c02e4-7f3d-4b21-9e5a-0d6c4b3a2f19@regiedulac.example>",
              via="mail.regiedulac.example (mail.regiedulac.example [198.51.100.201])", qid="4RjP6Vw2Tsz6",
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# --------------------------------------------------------------------------- 42 parent-teacher meeting
@make.mail(n(42), family="parent_teacher", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Teacher confirms an 'entretien de parents' for the son 'mardi 10 novembre à 17h15'; an "
                "'entretien' at a fixed time, but school, not a job")
def m42() -> bytes:
    body = t("""
        Bonjour Madame Rochat,

        Merci pour votre retour rapide. Je vous confirme donc notre entretien au sujet de Léo le
        mardi 10 novembre à 17h15, en classe (collège de Montoie, bâtiment B, salle 12). Nous ferons
        le point sur le premier trimestre ; comptez une vingtaine de minutes.

        Si le papa de Léo souhaite se joindre à nous, il est bien entendu le bienvenu.

        Belle soirée,
        Mme Aurélie Chappuis
        Enseignante 5P – Établissement primaire de Montoie
        """)
    hs = head(addr("Aurélie Chappuis", "aurelie.chappuis@edu-vd.example"),
              "Re: Entretien de parents – Léo Rochat", "2026-11-03 18:26", Z,
              "<1f0b9a2c-6d3e-47a8-b5c1-e2d0f9a8b7c6@edu-vd.example>",
              via="mail.edu-vd.example (mail.edu-vd.example [198.51.100.9])", qid="4SmT8Qb4Cwz1",
              extra=(("In-Reply-To", "<D44E1A9C-2B70-4F31-8C0D-5A6B7E8F9A01@example.org>"),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 43 current job: she interviews a candidate
@make.mail(n(43), family="interviewer_panel", lang="fr", interview=False, company="Clinora",
           days=(("Thu", "2026-10-15"),),
           note="Exchange meeting request from her current employer's HR: she sits on the panel "
                "interviewing a candidate (Thu 15 Oct 13:30); a confirmed interview, but not hers")
def m43() -> bytes:
    body = t("""
        Bonjour Noémie,

        Comme discuté, pourrais-tu faire partie du panel pour le poste de Clinical Data Associate ?
        Tu mèneras la partie technique (30 min sur les contrôles de cohérence et la gestion des
        queries). CV et grille d'évaluation en pièce jointe de l'invitation Teams.

        Candidat : Kevin Morel
        Quand : jeudi 15 octobre 2026, 13:30 – 14:30
        Où : Salle Chasseron, bâtiment 2 / Teams

        Merci d'avance et bonne journée,
        Stéphanie Aubort
        HR Business Partner – Clinora SA
        Chemin des Croisettes 22, 1066 Épalinges

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion
        ID de la réunion : 368 114 592 207
        Code secret : Gz6Bq3
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WEST_TZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Aubort Stéphanie:mailto:stephanie.aubort@clinora.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rochat Noémie:mailto:noemie.rochat@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bujard Olivier:mailto:olivier.bujard@clinora.example
        SUMMARY;LANGUAGE=fr-CH:Entretien candidat – Clinical Data Associate – Kevin Morel
        DTSTART;TZID=W. Europe Standard Time:20261015T133000
        DTEND;TZID=W. Europe Standard Time:20261015T143000
        UID:040000008200E00074C5B7101A82E00800000000C19F0B2D7E4ADB01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T091544Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CH:Salle Chasseron\\, bâtiment 2 / Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aubort Stéphanie", "stephanie.aubort@clinora.example"),
              "Entretien candidat – Clinical Data Associate – Kevin Morel", "2026-10-08 11:15", Z,
              "<ZR0P278MB1204A9C3D5E7F1B2C4D6E8F0A1B2C@ZR0P278MB1204.CHEP278.PROD.OUTLOOK.COM>",
              via="ZR1P278CU001.outbound.protection.outlook.com (mail-zr0che01on2102.outbound.protection.outlook.com [40.107.24.102])",
              qid="4SHx3Ym9Pdz7", extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 44 team Christmas apéro at the current job
@make.mail(n(44), family="team_event", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="Outlook invitation to the team's Christmas apéro 'jeudi 10 décembre dès 17h30' at her "
                "current job; fixed time, social event")
def m44() -> bytes:
    body = t("""
        Salut la team Data,

        Pour finir l'année en beauté : apéro de Noël jeudi 10 décembre dès 17h30 à la cafétéria du
        bâtiment 2. Fondue au chocolat prévue, Olivier s'occupe du vin chaud. Les conjoint·e·s sont
        les bienvenu·e·s !

        Merci d'accepter l'invitation pour qu'on puisse compter les caquelons.

        Bises,
        Jessica
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WEST_TZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Pittet Jessica:mailto:jessica.pittet@clinora.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DL-Data-Management:mailto:dl-data-management@clinora.example
        SUMMARY;LANGUAGE=fr-CH:Apéro de Noël – team Data Management
        DTSTART;TZID=W. Europe Standard Time:20261210T173000
        DTEND;TZID=W. Europe Standard Time:20261210T200000
        UID:040000008200E00074C5B7101A82E008000000002D6A4E8F1B7BDB01000000000000000010000000
        DTSTAMP:20261127T101203Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CH:Cafétéria bâtiment 2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pittet Jessica", "jessica.pittet@clinora.example"),
              "Apéro de Noël – team Data Management 🎄", "2026-11-27 11:12", Z,
              "<ZR0P278MB0775B3C1D9E2F4A6B8C0D2E4F6A8B@ZR0P278MB0775.CHEP278.PROD.OUTLOOK.COM>",
              via="ZR1P278CU001.outbound.protection.outlook.com (mail-zr0che01on2109.outbound.protection.outlook.com [40.107.24.109])",
              qid="4T6Nd1Rz8Kz3", to=addr("DL-Data-Management", "dl-data-management@clinora.example"))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 45 webinar on interviews
@make.mail(n(45), family="webinar", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Zoom webinar registration (French) about behavioural interviews, '25 nov. 2026 12:00 PM "
                "Zurich'; a confirmed time, but a webinar")
def m45() -> bytes:
    body = t("""
        Bonjour Noémie,

        Merci de vous être inscrite à « Réussir l'entretien comportemental dans les sciences de la vie ».

        Veuillez envoyer vos questions à : panel@reseau-carrieres-lifesci.example

        Date et heure : 25 nov. 2026 12:00 PM Zurich

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us02web.zoom.us/w/81299304411?tk=Xb1c9Lq

        Code secret : 614207

        Ajouter au calendrier  Ajouter à Google Agenda  Ajouter à Yahoo Calendar

        Vous pouvez annuler votre inscription à tout moment.
        """)
    hs = head(addr("Réseau Carrières Life Sciences", "no-reply@zoom.us"),
              "Confirmation de Réussir l'entretien comportemental dans les sciences de la vie",
              "2026-11-17 19:03", Z, "<AbC1dEf2GhI3jKl4.webinar.confirmation@zoom.us>",
              via="se1.zoom.us (se1.zoom.us [170.114.10.1])", qid="4T0Ba7Vm2Lz5",
              extra=(("Reply-To", "panel@reseau-carrieres-lifesci.example"),))
    return message(hs, alt(text(body), html(gmail_html(body))))



# --------------------------------------------------------------------------- 46 out-of-office auto-reply
@make.mail(n(46), family="auto_reply", lang="fr", interview=False, company="Salève Biopharma",
           days=(("Mon", "2026-10-05"),),
           note="Recruiter's out-of-office reply to Noémie's thank-you mail (subject quotes the interview "
                "confirmation); the only date is the return date")
def m46() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 5 octobre inclus, avec un accès limité à mes e-mails.
        Pour toute question urgente concernant un processus de recrutement, merci d'écrire à
        recrutement@salevebio.ch.

        Hello, I am out of the office until Monday 5 October. For urgent matters please contact
        recrutement@salevebio.ch.

        Camille Berthoud
        Talent Acquisition – Salève Biopharma SA
        """)
    hs = head(addr("Camille Berthoud", "camille.berthoud@salevebio.ch"),
              "Réponse automatique : RE: Confirmation de votre entretien – Clinical Data Manager (F/H)",
              "2026-09-25 09:41", Z,
              "<GV0P278MB0519D7A2B4C6E8F0A2B4C6D8E0F2A@GV0P278MB0519.CHEP278.PROD.OUTLOOK.COM>",
              via="GV0P278CU001.outbound.protection.outlook.com (mail-gv0che01on2120.outbound.protection.outlook.com [40.107.23.120])",
              qid="4S0tLq2Hrz9", extra=(
                  ("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All"),
                  ("In-Reply-To", "<CAN8x+3tU7a0pQ@mail.example.org>"),
              ))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 47 bounce of her own confirmation
@make.mail(n(47), family="bounce", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Delivery failure for Noémie's own mail (mistyped domain) saying 'je confirme notre entretien "
                "du mercredi 11 novembre à 14h00'; a bounce, not a confirmation sent to her")
def m47() -> bytes:
    original = message([
        ("From", TO),
        ("To", addr("Marco Bianchi", "marco.bianchi@sarinedata.com")),
        ("Subject", "Entretien mercredi"),
        ("Date", date("2026-11-05 20:10", Z)),
        ("Message-ID", "<CAN8x+3vWb1Lr2@mail.example.org>"),
    ], text(t("""
        Bonjour Marco,

        Merci pour l'invitation, je confirme notre entretien du mercredi 11 novembre à 14h00.

        Meilleures salutations,
        Noémie Rochat
        """)))
    notice = t("""
        This is the mail system at host mx1.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <marco.bianchi@sarinedata.com>: Host or domain name not found. Name service
            error for name=sarinedata.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.mail.example.org
        X-Postfix-Queue-ID: 4SpF2k0cQbz6
        Arrival-Date: Thu,  5 Nov 2026 20:10:02 +0100 (CET)

        Final-Recipient: rfc822; marco.bianchi@sarinedata.com
        Original-Recipient: rfc822;marco.bianchi@sarinedata.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=sarinedata.com type=AAAA: Host not found
        """)
    report = make.multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                            make.raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.mail.example.org"),
              "Undelivered Mail Returned to Sender", "2026-11-05 20:10", Z,
              "<20261105191005.8A1C2E3F40@mx1.mail.example.org>",
              via="localhost (localhost [127.0.0.1])", qid="4SpF2m1dRcz7",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --------------------------------------------------------------------------- 48 someone else's confirmed interview, forwarded
@make.mail(n(48), family="forward_other", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-03"),),
           note="A former colleague forwards HER OWN interview confirmation (Mme Vonlanthen, 'mardi 3 "
                "novembre 2026 à 14h00') asking for tips; confirmed, but not Noémie's interview")
def m48() -> bytes:
    body = t("""
        Coucou Noémie,

        Pour info, regarde ce que j'ai reçu ! Tu connais un peu Salève Biopharma, non ? Tu y es allée
        en septembre si je me souviens bien. Des conseils pour le panel ? On se fait un café avant ?

        Bisous,
        Chloé

        ---------- Forwarded message ---------
        De : Salève Biopharma <salevebio@myworkday.com>
        Date : lun. 26 oct. 2026 à 11:02
        Objet : Confirmation de votre entretien – Senior Clinical Programmer
        À : Chloé Vonlanthen <chloe.vonlanthen@example.net>

        Madame Vonlanthen,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Senior Clinical
        Programmer.

        Date : mardi 3 novembre 2026
        Horaire : de 14h00 à 15h30 (heure de Genève)
        Lieu : Salève Biopharma SA, Chemin des Aulx 14, 1228 Plan-les-Ouates

        Meilleures salutations,
        Ressources humaines – Salève Biopharma SA
        """)
    hs = head(addr("Chloé Vonlanthen", "chloe.vonlanthen@example.net"),
              "Fwd: Confirmation de votre entretien – Senior Clinical Programmer", "2026-10-26 12:37", Z,
              "<CAGx7mP4rT1nQ0vZ3@mail.gmail.com>",
              via="mail-lf1-f45.google.com (mail-lf1-f45.google.com [209.85.167.45])", qid="4SY0kN5bJqz2")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 49 kid's football try-out
@make.mail(n(49), family="sports_tryout", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-16"),),
           note="Football club confirms a trial session for her son 'mercredi 16 septembre à 17h00'; fixed "
                "time, a sports try-out")
def m49() -> bytes:
    body = t("""
        Bonjour Madame Rochat,

        Merci pour votre inscription. Léo est le bienvenu pour un entraînement d'essai avec nos
        juniors E le mercredi 16 septembre à 17h00 au stade de Vidy (terrain 3).

        Prévoir des crampons, des protège-tibias et une gourde. S'il se plaît chez nous, nous vous
        enverrons le formulaire d'inscription et la cotisation (nonante francs pour la saison).

        Sportivement,
        Yannick Favre
        Responsable juniors E – FC Vidy-Sports
        """)
    hs = head(addr("Yannick Favre", "juniors@fcvidysports.example"),
              "Entraînement d'essai – juniors E", "2026-09-10 21:05", Z,
              "<b47e1d20-3c9a-4f68-8e05-1a2b3c4d5e6f@fcvidysports.example>",
              via="mail.fcvidysports.example (mail.fcvidysports.example [203.0.113.155])", qid="4RmK4Xc6Bhz0")
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 50 bank advisor appointment
@make.mail(n(50), family="bank_appointment", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-10-30"),),
           note="Bank confirms an 'entretien conseil prévoyance' (pension advice) 'vendredi 30 octobre à "
                "12h15'; an 'entretien' at a fixed time, but with a bank advisor")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Madame Rochat,</p>
        <p>Nous vous confirmons votre <b>entretien conseil prévoyance</b> (3e pilier et rachat LPP)&nbsp;:</p>
        <p>vendredi 30 octobre à 12h15<br>
        Agence Lausanne-Flon, Place de l'Europe 9, 1003 Lausanne<br>
        Votre conseiller&nbsp;: M. Cédric Ducret</p>
        <p>Pensez à apporter votre dernier certificat de prévoyance et votre certificat de salaire.</p>
        <p>Meilleures salutations,<br>Banque du Léman SA</p>
        <p style="font-size:11px;color:#777">Ce message a été généré automatiquement. Pour des raisons de
        sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.</p>
        </body></html>
        """)
    hs = head(addr("Banque du Léman", "rendez-vous@banqueduleman.example"),
              "Confirmation de votre rendez-vous – vendredi 30 octobre", "2026-10-23 08:30", Z,
              "<rdv-20261023-77120@banqueduleman.example>",
              via="mta2.banqueduleman.example (mta2.banqueduleman.example [198.51.100.66])", qid="4SWq9Dn3Hcz8")
    return message(hs, html(page, cte="base64"))
