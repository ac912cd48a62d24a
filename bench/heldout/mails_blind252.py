"""blind252: a blind 50-mail held-out set, the inbox of Julien Delvaux, a public-procurement analyst in
Namur (Europe/Brussels), September to December 2026.

Written by a helper session that did not read the detector, its tests or the other held-out mails.
One function per mail; ``make.py`` does the MIME plumbing and the checks.

    python3 bench/heldout/make_blind.py blind252
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2520252).sample(range(1, 51), 50)


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind252_{ORDER[key - 1]:03d}"


ME = "julien.delvaux@example.org"
JULIEN = addr("Julien Delvaux", ME)
BXL = "Europe/Brussels"
ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_BXL = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Brussels")
VTZ_LUX = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Luxembourg")


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BXL), end=utc("2026-09-15 11:00", BXL),
      contact="hannah.verbeke@tendrly.eu", company="Tendrly",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BXL,
      note="Greenhouse confirmation from no-reply@us.greenhouse-mail.io; '10:00 AM - 11:00 AM CEST' on "
           "Tue 15 Sep = 08:00-09:00Z; contact = human Reply-To (recruiter).")
def m01() -> bytes:
    body = t("""
        Hi Julien,

        Thanks for scheduling your interview with Tendrly. Here are the details:

        Position: Public Tender Analyst (Brussels / hybrid)
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST
        Location: Google Meet - https://meet.google.com/qvx-hbtr-kpa

        Interviewers:
        Hannah Verbeke - Talent Partner
        Pieter-Jan Claes - Head of Public Sector

        If you need to reschedule, simply reply to this email.

        Best,
        Hannah Verbeke
        Tendrly
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Julien,</p>
        <p>Thanks for scheduling your interview with Tendrly. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position:</b></td><td>Public Tender Analyst (Brussels / hybrid)</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/qvx-hbtr-kpa">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Hannah Verbeke - Talent Partner<br>Pieter-Jan Claes - Head of Public Sector</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Hannah Verbeke<br>Tendrly</p>
        <img src="https://app.greenhouse.io/email_open/8f1c2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    when = "2026-09-09 16:12"
    return message([
        rcv("mail-198-21-4-17.greenhouse-mail.io", "198.21.4.17", when, BXL, "4Ln7Qw0x1Tz"),
        ("From", addr("Tendrly", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Hannah Verbeke", "hannah.verbeke@tendrly.eu")),
        ("To", JULIEN),
        ("Subject", "Interview Confirmation: Public Tender Analyst at Tendrly"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5f2e9b1c.a81d.4e7a.9c33.0d1f7e6b2a40@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", BXL), end=utc("2026-09-24 15:00", BXL),
      contact="nathalie.schyns@groupe-mosane.be", company="Groupe Mosane",
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=BXL,
      note="Workday HTML-only mail (groupemosane@myworkday.com); 'jeudi 24 septembre 2026, 14:00 - 15:00 "
           "(heure d'Europe centrale)' is CEST in September = 12:00-13:00Z; contact = recruiter address "
           "in the body (sender is the tenant's Workday mailbox).")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Groupe Mosane</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#212121">
        <tr><td style="padding:24px;border-bottom:3px solid #00558c"><img src="https://groupemosane.wd3.myworkdaysite.com/logo.png" alt="Groupe Mosane" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Julien,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Acheteur public senior (H/F/X) &ndash; R-004512</b>.</p>
        <p><b>Date :</b> jeudi 24 septembre 2026<br>
        <b>Heure :</b> 14:00 - 15:00 (heure d&#39;Europe centrale)<br>
        <b>Type :</b> Entretien sur site<br>
        <b>Lieu :</b> Groupe Mosane, Quai des Tanneurs 7, 4020 Li&egrave;ge &ndash; accueil, 2e &eacute;tage</p>
        <p><b>Participants :</b> Nathalie Schyns (Talent Acquisition), Olivier Dethier (Directeur Achats)</p>
        <p>Merci de vous munir d&#39;une pi&egrave;ce d&#39;identit&eacute;. Pour toute question, vous pouvez
        contacter Nathalie Schyns &agrave; l&#39;adresse
        <a href="mailto:nathalie.schyns@groupe-mosane.be">nathalie.schyns@groupe-mosane.be</a>.</p>
        <p>Vous pouvez consulter le statut de votre candidature dans votre
        <a href="https://groupemosane.wd3.myworkdayjobs.com/fr-BE/Mosane_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L&#39;&eacute;quipe Recrutement<br>Groupe Mosane</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#757575">Ce message a &eacute;t&eacute; envoy&eacute; automatiquement par Workday. Merci de ne pas y r&eacute;pondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-09-18 09:03"
    return message([
        rcv("mx-dub.myworkday.com", "185.42.220.14", when, BXL, "4M1bZk3Rvq"),
        ("From", addr("Groupe Mosane", "groupemosane@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Acheteur public senior (H/F/X)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<1658291044.88213.1789714980112@wd3-prod-notif-12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 12:30", BXL), end=None,
      contact="geoffrey.lamotte@bureau-tilleul.be", company="Bureau Tilleul",
      local="Thu 2026-10-08 12:30", zone=BXL,
      note="Hiring manager's reply in tu, iso-8859-1 8bit: 'on se voit jeudi sur le temps de midi, 12h30' "
           "sent Mon 5 Oct -> Thu 8 Oct 12:30 CEST = 10:30Z; 'une petite heure' is approximate, so no end; "
           "contact = human sender.")
def m03() -> bytes:
    body = t("""
        Salut Julien,

        Parfait, merci pour ton retour rapide. On se voit jeudi sur le temps de midi
        alors : 12h30 au bureau, chaussée de Louvain 212 à Namur (sonnette "Tilleul",
        1er étage). On prendra un sandwich, compte une petite heure.

        Il y aura aussi Maud, qui gère les dossiers de la Ville d'Andenne, tu verras
        c'est très concret.

        À jeudi !
        Geoffrey

        --
        Geoffrey Lamotte
        Associé - Bureau Tilleul sprl
        Conseil en marchés publics
        +32 81 22 47 90

        Le lun. 5 oct. 2026 à 18:02, Julien Delvaux <julien.delvaux@example.org> a écrit :
        > Bonjour Geoffrey,
        >
        > Merci pour votre message. Jeudi midi me convient très bien, dites-moi
        > simplement l'heure et l'adresse.
        >
        > Bien à vous,
        > Julien
        """)
    when = "2026-10-05 21:47"
    return message([
        rcv("smtp.bureau-tilleul.be", "91.183.12.40", when, BXL, "4N0vXh2Jcm"),
        ("From", addr("Geoffrey Lamotte", "geoffrey.lamotte@bureau-tilleul.be")),
        ("To", JULIEN),
        ("Subject", "Re: Poste de consultant junior"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<a7c3e0d2-55f1-4b8e-bd0a-3c9f1e2d7a61@bureau-tilleul.be>"),
        ("In-Reply-To", "<CAJd8Rk2pQ=vYw7@mail.example.org>"),
        ("References", "<0b1f6e2a-9d4c@bureau-tilleul.be> <CAJd8Rk2pQ=vYw7@mail.example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr-BE"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(4), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", BXL), end=utc("2026-10-26 10:30", BXL),
      contact="v.henrard@imc-namur.be", company="Intercommunale Meuse-Condroz",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BXL,
      note="Exchange meeting request sent Fri 23 Oct (CEST, +0200) for Mon 26 Oct, the day after Europe went "
           "back to CET: 09:30-10:30 (UTC+01:00) = 08:30-09:30Z; ICS TZID 'Romance Standard Time'; contact = "
           "human ORGANIZER/sender.")
def m04() -> bytes:
    body = t("""
        Quand : lundi 26 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : IMC - Salle Samson, avenue Bourgmestre Jean Materne 180, 5100 Jambes

        *~*~*~*~*~*~*~*~*~*

        Bonjour Monsieur Delvaux,

        Suite à l'épreuve écrite, nous avons le plaisir de vous inviter à l'entretien oral de sélection
        pour la fonction d'analyste marchés publics (réf. IMC-2026-14).

        Le jury sera composé de M. Christophe Gilson (directeur administratif), Mme Aurore Piette
        (service juridique) et moi-même. L'entretien dure une heure.

        Merci de vous présenter à l'accueil dix minutes avant l'heure.

        Bien cordialement,

        Valérie Henrard
        Responsable RH
        Intercommunale Meuse-Condroz
        T. +32 81 40 77 12
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR-BE"><div class="WordSection1">
        <p class="MsoNormal">Quand : lundi 26 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>
        O&ugrave; : IMC - Salle Samson, avenue Bourgmestre Jean Materne 180, 5100 Jambes</p>
        <p class="MsoNormal"><span style="color:#A6A6A6">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Bonjour Monsieur Delvaux,</p>
        <p class="MsoNormal">Suite &agrave; l&#8217;&eacute;preuve &eacute;crite, nous avons le plaisir de vous inviter &agrave; l&#8217;entretien oral de s&eacute;lection
        pour la fonction d&#8217;analyste march&eacute;s publics (r&eacute;f. IMC-2026-14).</p>
        <p class="MsoNormal">Le jury sera compos&eacute; de M. Christophe Gilson (directeur administratif), Mme Aurore Piette
        (service juridique) et moi-m&ecirc;me. L&#8217;entretien dure une heure.</p>
        <p class="MsoNormal">Merci de vous pr&eacute;senter &agrave; l&#8217;accueil dix minutes avant l&#8217;heure.</p>
        <p class="MsoNormal">Bien cordialement,</p>
        <p class="MsoNormal"><b>Val&eacute;rie Henrard</b><br>Responsable RH<br>Intercommunale Meuse-Condroz<br>T. +32 81 40 77 12</p>
        </div></body></html>
        """)
    ics = ROMANCE.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n",
                        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Valérie Henrard:mailto:v.henrard@imc-namur.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Christophe Gilson:mailto:c.gilson@imc-namur.be
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurore Piette:mailto:a.piette@imc-namur.be
        DESCRIPTION;LANGUAGE=fr-BE:Bonjour Monsieur Delvaux\\,\\n\\nSuite à l'épreuve écrite\\, nous avons le plaisir de vous inviter à l'entretien oral de sélection pour la fonction d'analyste marchés publics (réf. IMC-2026-14).\\n
        UID:040000008200E00074C5B7101A82E008000000008C5E3A1B2E63DC010000000000000000100000004F8A1D
        SUMMARY;LANGUAGE=fr-BE:Entretien de sélection - Analyste marchés publics (IMC-2026-14)
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T092000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:IMC - Salle Samson\\, avenue Bourgmestre Jean Materne 180\\, 5100 Jambes
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119381045
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
        """)])
    when = "2026-10-23 11:20"
    return message([
        rcv("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.21.88", when, BXL, "4N8kPq5Wdx"),
        ("From", addr("Henrard Valérie", "v.henrard@imc-namur.be")),
        ("To", addr("Delvaux Julien", ME)),
        ("CC", addr("Gilson Christophe", "c.gilson@imc-namur.be")),
        ("Subject", enc("Entretien de sélection - Analyste marchés publics (IMC-2026-14)")),
        ("Thread-Topic", enc("Entretien de sélection - Analyste marchés publics (IMC-2026-14)")),
        ("Thread-Index", "AdtjQm3kYv2x8s1qTfGk4Rz0bWc9aQ=="),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AM0PR04MB6403F2B1E5C9A7D28E11C4A9D19A2@AM0PR04MB6403.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "fr-BE, en-US"),
        ("Content-Language", "fr-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="personio", lang="de+fr", interview=True, kind="scheduled",
      start=utc("2026-11-04 15:00", "Europe/Luxembourg"), end=utc("2026-11-04 16:00", "Europe/Luxembourg"),
      contact="anne.kremer@moselle-fiduciaire.lu", company="Moselle Fiduciaire",
      local="Wed 2026-11-04 15:00", local_end="2026-11-04 16:00", zone="Europe/Luxembourg",
      note="Personio invitation, bilingual German/French, from a Luxembourg employer: 'Mittwoch, 4. November "
           "2026, 15:00 - 16:00 Uhr' / 'mercredi 4 novembre 2026 de 15h00 à 16h00' (CET, +0100) = "
           "14:00-15:00Z; ICS TZID Europe/Luxembourg; contact = human Reply-To. Rescheduled later (key 6).")
def m05() -> bytes:
    body = t("""
        Sehr geehrter Herr Delvaux,

        vielen Dank für Ihre Bewerbung als Public Procurement Officer (m/w/d). Wir freuen uns, Sie zu
        einem persönlichen Vorstellungsgespräch einzuladen:

          Datum:    Mittwoch, 4. November 2026
          Uhrzeit:  15:00 - 16:00 Uhr
          Ort:      Moselle Fiduciaire S.à r.l., 14, rue du Fort Niedergrünewald, L-2226 Luxembourg
          Gesprächspartner: Anne Kremer (HR), Marc Weber (Partner)

        Eine Kalendereinladung finden Sie im Anhang.

        ---

        Monsieur Delvaux,

        Merci pour votre candidature au poste de Public Procurement Officer. Nous avons le plaisir de
        vous confirmer un entretien le mercredi 4 novembre 2026 de 15h00 à 16h00 dans nos bureaux au
        Kirchberg (adresse ci-dessus). Un parking visiteurs est disponible au niveau -1.

        Mit freundlichen Grüßen / Meilleures salutations

        Anne Kremer
        HR Business Partner
        Moselle Fiduciaire S.à r.l.

        Diese E-Mail wurde über Personio versendet.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + VTZ_LUX + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-7a21f0c4-1d3e-4f55-9c2b-bb81e0a9f3d7
        DTSTAMP:20261027T090500Z
        DTSTART;TZID=Europe/Luxembourg:20261104T150000
        DTEND;TZID=Europe/Luxembourg:20261104T160000
        SUMMARY:Vorstellungsgespräch / Entretien - Julien Delvaux
        LOCATION:14\\, rue du Fort Niedergrünewald\\, L-2226 Luxembourg
        ORGANIZER;CN=Anne Kremer:mailto:anne.kremer@moselle-fiduciaire.lu
        ATTENDEE;CN=Julien Delvaux;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:julien.delvaux@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-27 10:05"
    return message([
        rcv("mail-out-3.personio.de", "159.69.41.201", when, "Europe/Luxembourg", "4Ny2Ga6Hrp"),
        ("From", addr("Moselle Fiduciaire", "no-reply@personio.de")),
        ("Reply-To", addr("Anne Kremer", "anne.kremer@moselle-fiduciaire.lu")),
        ("To", JULIEN),
        ("Subject", enc("Einladung zum Vorstellungsgespräch / Invitation à un entretien – Public Procurement Officer")),
        ("Date", date(when, "Europe/Luxembourg")),
        ("Message-ID", "<20261027090500.7a21f0c4@mail-out-3.personio.de>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                                  disposition="attachment")))


@mail(n(6), family="exchange_outlook", lang="de+fr", interview=True, kind="rescheduled",
      start=utc("2026-11-12 10:00", "Europe/Luxembourg"), end=utc("2026-11-12 11:00", "Europe/Luxembourg"),
      contact="anne.kremer@moselle-fiduciaire.lu", company="Moselle Fiduciaire",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone="Europe/Luxembourg",
      note="Recruiter's Outlook update (SEQUENCE:1, TZID 'W. Europe Standard Time'): the Wed 4 Nov 15:00 "
           "interview moves to 'Donnerstag, 12. November, 10:00-11:00 Uhr' / 'jeudi 12 novembre de 10h à 11h' "
           "(CET) = 09:00-10:00Z; old time also stated; contact = human sender/ORGANIZER.")
def m06() -> bytes:
    body = t("""
        Sehr geehrter Herr Delvaux, cher Monsieur Delvaux,

        leider ist Herr Weber am Mittwoch, 4. November, kurzfristig verhindert. Wir verschieben unser
        Gespräch daher auf Donnerstag, 12. November, 10:00-11:00 Uhr, gleicher Ort.

        En français : notre entretien prévu le mercredi 4 novembre à 15h est déplacé au jeudi
        12 novembre de 10h à 11h, à la même adresse. La mise à jour de l'invitation est jointe.

        Veuillez nous excuser pour ce changement.

        Freundliche Grüße / Bien à vous
        Anne Kremer
        HR Business Partner | Moselle Fiduciaire S.à r.l.
        T +352 26 48 19 30
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Anne Kremer:mailto:anne.kremer@moselle-fiduciaire.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Weber:mailto:marc.weber@moselle-fiduciaire.lu
        UID:personio-interview-7a21f0c4-1d3e-4f55-9c2b-bb81e0a9f3d7
        SUMMARY;LANGUAGE=de-LU:Vorstellungsgespräch / Entretien - Julien Delvaux (verschoben)
        DTSTART;TZID=W. Europe Standard Time:20261112T100000
        DTEND;TZID=W. Europe Standard Time:20261112T110000
        DTSTAMP:20261103T074500Z
        SEQUENCE:1
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=de-LU:14\\, rue du Fort Niedergrünewald\\, L-2226 Luxembourg
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-11-03 08:45"
    z = "Europe/Luxembourg"
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.22.131", when, z, "4P3nTq8Lzb"),
        ("From", addr("Anne Kremer", "anne.kremer@moselle-fiduciaire.lu")),
        ("To", addr("Julien Delvaux", ME)),
        ("CC", addr("Marc Weber", "marc.weber@moselle-fiduciaire.lu")),
        ("Subject", enc("Aktualisiert: Vorstellungsgespräch / Entretien - Julien Delvaux (verschoben)")),
        ("Date", date(when, z)),
        ("Message-ID", "<DB9PR10MB5762C1A0B34E8F21D9A0E7C2F18C2@DB9PR10MB5762.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-LU"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body, charset="utf-8", cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(7), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-23 16:00", BXL), end=utc("2026-09-23 16:45", BXL),
      contact="maya.okafor@parcelvine.com", company="Parcelvine",
      local="Wed 2026-09-23 16:00", local_end="2026-09-23 16:45", zone=BXL,
      note="Lever confirmation from a remote-first team, times in the candidate's zone: 'Wednesday, "
           "September 23, 2026 4:00 PM - 4:45 PM CEST' = 14:00-14:45Z; contact = human Reply-To.")
def m07() -> bytes:
    body = t("""
        Hi Julien,

        You're all set! Your interview with Parcelvine has been confirmed.

        Public Sector Bid Analyst (Remote - EU)
        Wednesday, September 23, 2026
        4:00 PM - 4:45 PM CEST

        Video call: https://parcelvine.zoom.us/j/81234409921

        You'll be speaking with Tomasz Wrona (Bids Lead). This is a conversation about your tender
        experience; no preparation needed beyond a look at our public-sector page.

        Any questions, just reply to this email and it will go to Maya.

        Cheers,
        Maya Okafor
        Recruiting, Parcelvine

        Sent via Lever
        """)
    page = ("<html><body style=\"font-family:-apple-system,Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{p}</p>" for p in body.replace("\n\n", "\0").replace("\n", "<br>").split("\0"))
            + "</body></html>\n")
    when = "2026-09-17 14:31"
    return message([
        rcv("mail.hire.lever.co", "3.223.9.141", when, BXL, "4Mb6Xe1Ntw"),
        ("From", addr("Parcelvine", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Maya Okafor", "maya.okafor@parcelvine.com")),
        ("To", JULIEN),
        ("Subject", "Interview confirmed: Public Sector Bid Analyst at Parcelvine"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<0102019a1f3c7e21-8d5e2c11-4b07-4c6a-9a8f-3e2d91b7c0aa-000000@eu-west-1.amazonses.com>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(n(8), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 11:00", "America/New_York"),
      contact="dana.whitfield@civicgrid.io", company="Civicgrid",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/New_York",
      note="Ashby confirmation from a Boston company, 'Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT'. "
           "Europe is already back on CET (25 Oct) but the US stays on EDT until 1 Nov, so the gap is 5 hours: "
           "14:00-15:00Z, 15:00 in Brussels as the mail says. ICS TZID America/New_York; contact = Reply-To.")
def m08() -> bytes:
    body = t("""
        Hi Julien,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT
        (that's 15:00 - 16:00 for you in Brussels)
        Google Meet: https://meet.google.com/pzk-rwna-tde

        You'll meet with:
          Rob Castellano - Director, EU Public Sector
          Dana Whitfield - Recruiting

        Questions? Just reply and it will reach Dana Whitfield.

        Thanks,
        Civicgrid Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:3c0e8f5b-7a19-4d2e-a6b1-29f0c4d8e571
        DTSTAMP:20261022T174000Z
        DTSTART;TZID=America/New_York:20261029T100000
        DTEND;TZID=America/New_York:20261029T110000
        SEQUENCE:0
        SUMMARY:Civicgrid - EU Public Sector Analyst Interview
        LOCATION:https://meet.google.com/pzk-rwna-tde
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@civicgrid.io
        ATTENDEE;CN=Julien Delvaux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.delvaux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-22 13:40"
    ny = "America/New_York"
    return message([
        rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, ny, "4NgS0b9Qyc"),
        ("From", addr("Civicgrid", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@civicgrid.io")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Interview confirmed: EU Public Sector Analyst at Civicgrid"),
        ("Date", date(when, ny)),
        ("Message-ID", "<010001a3b8e5c2d7-5e8a4f21-0c3d-4b9e-8f17-a2d6c3e90b14-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", BXL), end=utc("2026-11-10 14:30", BXL),
      contact="sophie.lambert@hesbaye-medical.be", company="Hesbaye Médical",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 14:30", zone=BXL,
      note="Calendly invitee confirmation in French: '14:00 - 14:30, mardi 10 novembre 2026 (heure normale "
           "d'Europe centrale)' = 13:00-13:30Z, ICS in UTC; contact = host's Reply-To (sender is "
           "no-reply@calendly.com).")
def m09() -> bytes:
    body = t("""
        Bonjour Julien Delvaux,

        Un nouvel événement a été programmé.

        Événement :
        Entretien téléphonique - Acheteur hospitalier (30 min)

        Organisateur :
        Sophie Lambert

        Date/Heure de l'événement :
        14:00 - 14:30, mardi 10 novembre 2026 (heure normale d'Europe centrale)

        Lieu :
        Sophie vous appellera au +32 475 12 34 56.

        Réponses aux questions :
        Quel est votre préavis actuel ? 3 mois

        Annuler : https://calendly.com/cancellations/5b1e0d2a-hesb
        Reprogrammer : https://calendly.com/reschedulings/5b1e0d2a-hesb

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b1e0d2a-8c4f-4e1b-a2f3-hesb0cal1y
        DTSTAMP:20261105T162200Z
        DTSTART:20261110T130000Z
        DTEND:20261110T133000Z
        SUMMARY:Entretien téléphonique - Acheteur hospitalier (Sophie Lambert)
        ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@hesbaye-medical.be
        ATTENDEE;CN=Julien Delvaux;RSVP=TRUE:mailto:julien.delvaux@example.org
        LOCATION:+32 475 12 34 56
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-05 17:22"
    return message([
        rcv("o3.email.calendly.com", "167.89.71.22", when, BXL, "4PB1wK2Fsn"),
        ("From", addr("Calendly", "no-reply@calendly.com")),
        ("Reply-To", addr("Sophie Lambert", "sophie.lambert@hesbaye-medical.be")),
        ("To", ME),
        ("Subject", enc("Nouvel événement : Julien Delvaux - 14:00 mar. 10 nov. 2026 - Entretien téléphonique - "
                        "Acheteur hospitalier")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<Wq3k2ZbTQ1e9x_8Ih7nPvA@geopod-ismtpd-14>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", BXL), end=utc("2026-12-08 11:00", BXL),
      contact="wouter.vandenbroeck@kempenwaterworks.be", company="Kempen Waterworks",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=BXL,
      note="Flemish employer writing English; Outlook/Teams meeting request whose body only says 'next "
           "Tuesday': the time is only in the ICS, 'Romance Standard Time' 20261208T100000-110000 (CET) = "
           "09:00-10:00Z; contact = human ORGANIZER/sender.")
def m10() -> bytes:
    body = t("""
        Dear Julien,

        As discussed on the phone this morning, here is the invitation for your interview next Tuesday
        (Teams). You will meet Els Peeters (purchasing manager) and myself: first your experience with
        the new procurement law, then a short case.

        Met vriendelijke groeten / Kind regards,

        Wouter Van den Broeck
        HR Manager | Kempen Waterworks NV
        Industriepark 14, 2440 Geel

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk4>
        Meeting ID: 341 772 905 118
        Passcode: 9kXq2A
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Wouter Van den Broeck:mailto:wouter.vandenbroeck@kempenwaterworks.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.delvaux@example.org:mailto:julien.delvaux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Els Peeters:mailto:els.peeters@kempenwaterworks.be
        UID:040000008200E00074C5B7101A82E00800000000D0A4C5F8E467DC01000000000000000010000000B2E19A
        SUMMARY;LANGUAGE=en-US:Interview Julien Delvaux - Procurement Officer
        DTSTART;TZID=Romance Standard Time:20261208T100000
        DTEND;TZID=Romance Standard Time:20261208T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261202T141000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk4
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:wouter.vandenbroeck@kempenwaterworks.be
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-12-02 15:10"
    return message([
        rcv("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.8.72", when, BXL, "4Qh9Lm3Ctv"),
        ("From", addr("Wouter Van den Broeck", "wouter.vandenbroeck@kempenwaterworks.be")),
        ("To", addr("julien.delvaux@example.org", ME)),
        ("CC", addr("Els Peeters", "els.peeters@kempenwaterworks.be")),
        ("Subject", "Interview Julien Delvaux - Procurement Officer"),
        ("Thread-Topic", "Interview Julien Delvaux - Procurement Officer"),
        ("Thread-Index", "AdtmHk7c1q0Rc2VtQKeZt3b9hNfl0w=="),
        ("Date", date(when, BXL)),
        ("Message-ID", "<PR3P192MB0748E0B2D1C97A4F5E83B6C4A8A62@PR3P192MB0748.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-16 11:00", BXL), end=utc("2026-10-16 12:00", BXL),
      contact="carine.wauters@bierset-freight.be", company="Bierset Freight Services",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 12:00", zone=BXL,
      note="Google Calendar invitation in French ('ven. 16 oct. 2026 11:00 - 12:00 (CEST)'), ICS in UTC "
           "09:00-10:00Z; contact = ORGANIZER/Reply-To (sender is the organiser via Google).")
def m11() -> bytes:
    body = t("""
        Carine Wauters vous a invité à un événement.

        Entretien Julien Delvaux / Bierset Freight Services
        Vendredi 16 oct. 2026 ⋅ 11:00 – 12:00
        Heure d'été d'Europe centrale - Bruxelles

        Lieu
        Bierset Freight Services, Rue de l'Aéroport 21, 4460 Grâce-Hollogne
        https://www.google.com/maps/search/Rue+de+l%27A%C3%A9roport+21

        Bonjour Julien, comme convenu par téléphone : entretien avec Didier Collard (responsable achats)
        et moi-même. Badge visiteur à l'accueil du bâtiment B.

        Organisateur
        Carine Wauters
        carine.wauters@bierset-freight.be

        Invités
        Carine Wauters - organisateur
        Didier Collard
        julien.delvaux@example.org

        Répondre pour julien.delvaux@example.org : Oui / Peut-être / Non
        Plus d'options : https://calendar.google.com/calendar/event?action=VIEW&eid=N2Jm

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261016T090000Z
        DTEND:20261016T100000Z
        DTSTAMP:20261009T081400Z
        ORGANIZER;CN=Carine Wauters:mailto:carine.wauters@bierset-freight.be
        UID:7bf2k1o9q3r8s6t4u0v5w2x1y7@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carine Wauters;X-NUM-GUESTS=0:mailto:carine.wauters@bierset-freight.be
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Didier Collard;X-NUM-GUESTS=0:mailto:didier.collard@bierset-freight.be
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.delvaux@example.org;X-NUM-GUESTS=0:mailto:julien.delvaux@example.org
        CREATED:20261009T081300Z
        DESCRIPTION:Bonjour Julien\\, comme convenu par téléphone : entretien avec Didier Collard (responsable achats) et moi-même. Badge visiteur à l'accueil du bâtiment B.
        LAST-MODIFIED:20261009T081400Z
        LOCATION:Bierset Freight Services\\, Rue de l'Aéroport 21\\, 4460 Grâce-Hollogne
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Julien Delvaux / Bierset Freight Services
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-09 10:14"
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, BXL, "4N2cRf7Vhk"),
        ("From", addr("Carine Wauters", "carine.wauters@bierset-freight.be")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Reply-To", addr("Carine Wauters", "carine.wauters@bierset-freight.be")),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien Julien Delvaux / Bierset Freight Services @ ven. 16 oct. 2026 "
                        "11:00 - 12:00 (CEST) (julien.delvaux@example.org)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<calendar-3f1d9a42-6c0b-4e7e-9b25-51c8e0f7a2d3@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(12), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-17 14:30", BXL), end=utc("2026-11-17 15:15", BXL),
      contact="ines.moreau@brightlane.eu", company="Brightlane Consulting",
      local="Tue 2026-11-17 14:30", local_end="2026-11-17 15:15", zone=BXL,
      note="Google Calendar cancellation (METHOD:CANCEL) 'Tue Nov 17, 2026 2:30pm - 3:15pm (CET)' = "
           "13:30-14:15Z, with the organiser's note that the role is on hold (no new time); contact = "
           "ORGANIZER.")
def m12() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview - Julien Delvaux (Tender Manager)
        Tuesday Nov 17, 2026 ⋅ 2:30pm – 3:15pm
        Central European Time - Brussels

        Note from the organizer:
        Hi Julien, I'm sorry to do this - the client has put the Tender Manager role on hold until
        January, so I'm cancelling our call for now. I'll come back to you as soon as it reopens.
        Ines

        Organizer
        Ines Moreau
        ines.moreau@brightlane.eu

        Guests
        Ines Moreau - organizer
        julien.delvaux@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261117T133000Z
        DTEND:20261117T141500Z
        DTSTAMP:20261113T075500Z
        ORGANIZER;CN=Ines Moreau:mailto:ines.moreau@brightlane.eu
        UID:2m8v5c0q6p1k9d3s7b4n@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=julien.delvaux@example.org;X-NUM-GUESTS=0:mailto:julien.delvaux@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Interview - Julien Delvaux (Tender Manager)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-13 08:55"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, BXL, "4PK5dJ0Axr"),
        ("From", addr("Ines Moreau", "ines.moreau@brightlane.eu")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Ines Moreau", "ines.moreau@brightlane.eu")),
        ("To", ME),
        ("Subject", "Canceled event with note: Interview - Julien Delvaux (Tender Manager) @ Tue Nov 17, 2026 "
                    "2:30pm - 3:15pm (CET) (julien.delvaux@example.org)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<calendar-c81e0b57-2d4a-4f96-a3e1-9bd05f6c7e48@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(13), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 09:30", BXL), end=utc("2026-10-19 10:15", BXL),
      contact="laetitia.bodart@sambre-energie.coop", company="Sambre Énergie Coop",
      local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:15", zone=BXL,
      note="Teamtailor confirmation: 'lundi 19 octobre à 9h30', 'durée : 45 minutes' -> 07:30-08:15Z (CEST); "
           "contact = human Reply-To.")
def m13() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste de Chargé·e des achats
        publics (Charleroi) est confirmé :

        📅 lundi 19 octobre à 9h30
        ⏱ durée : 45 minutes
        📍 Sambre Énergie Coop, boulevard Tirou 118, 6000 Charleroi (3e étage)

        Vous rencontrerez Laetitia Bodart (RH) et Karim Haddouchi (coordinateur achats).

        Un empêchement ? Répondez simplement à ce message.

        À bientôt,
        Laetitia Bodart
        Sambre Énergie Coop

        --
        Envoyé avec Teamtailor · Gérer vos données : https://sambre-energie.teamtailor.com/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f4;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <p>Bonjour Julien,</p>
        <p>Merci d'avoir choisi un créneau&nbsp;! Votre entretien pour le poste de <strong>Chargé·e des achats
        publics (Charleroi)</strong> est confirmé&nbsp;:</p>
        <p style="font-size:16px">📅 <strong>lundi 19 octobre à 9h30</strong><br>⏱ durée&nbsp;: 45 minutes<br>
        📍 Sambre Énergie Coop, boulevard Tirou 118, 6000 Charleroi (3e étage)</p>
        <p>Vous rencontrerez Laetitia Bodart (RH) et Karim Haddouchi (coordinateur achats).</p>
        <p>Un empêchement&nbsp;? Répondez simplement à ce message.</p>
        <p>À bientôt,<br>Laetitia Bodart<br>Sambre Énergie Coop</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    when = "2026-10-13 11:40"
    return message([
        rcv("mta-eu-2.teamtailor-mail.com", "185.183.29.14", when, BXL, "4N5pYc4Ubz"),
        ("From", addr("Laetitia Bodart (Sambre Énergie Coop)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Laetitia Bodart", "laetitia.bodart@sambre-energie.coop")),
        ("To", JULIEN),
        ("Subject", enc("Entretien confirmé – Chargé·e des achats publics")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<6a0f1e2c9b7d4@teamtailor-mail.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(14), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-20 09:30", BXL), end=utc("2026-11-20 10:15", BXL),
      contact=None, company="Orvia Mobility",
      local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:15", zone=BXL,
      note="Workable reschedule: previously Thu 19 Nov 11:00, new 'Friday, November 20, 2026, 9:30 AM - "
           "10:15 AM (Europe/Brussels)' = 08:30-09:15Z; ICS SEQUENCE:1 in UTC. Reply-To is a Workable relay, "
           "sender noreply, the recruiter is named without an address -> contact null.")
def m14() -> bytes:
    body = t("""
        Hi Julien,

        Your interview for the Public Affairs & Tenders Analyst position at Orvia Mobility has been
        rescheduled.

        Previously:  Thursday, November 19, 2026, 11:00 AM (Europe/Brussels)
        New time:    Friday, November 20, 2026, 9:30 AM - 10:15 AM (Europe/Brussels)

        Interviewer: Lotte Maes, Head of Public Affairs
        Location: Orvia Mobility, Rue Royale 97, 1000 Brussels (5th floor)

        An updated calendar invitation is attached. If this time doesn't work, reply to this email.

        Thanks,
        The Orvia Mobility hiring team

        Powered by Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-interview-3e8c19f0b2@workable.com
        SEQUENCE:1
        DTSTAMP:20261116T150500Z
        DTSTART:20261120T083000Z
        DTEND:20261120T091500Z
        SUMMARY:Interview: Julien Delvaux - Public Affairs & Tenders Analyst (Orvia Mobility)
        LOCATION:Rue Royale 97\\, 1000 Brussels
        ORGANIZER;CN=Orvia Mobility:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Julien Delvaux;RSVP=TRUE:mailto:julien.delvaux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-16 16:05"
    return message([
        rcv("mail.workablemail.com", "52.44.181.9", when, BXL, "4PQ0mB6Ewg"),
        ("From", addr("Orvia Mobility", "noreply@candidates.workablemail.com")),
        ("Reply-To", "orvia-mobility+7b2e41d9c6@candidates.workablemail.com"),
        ("To", JULIEN),
        ("Subject", "Interview rescheduled: Public Affairs & Tenders Analyst at Orvia Mobility"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5f3c2b1e8a9d.1789571100@workablemail.com>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", "Europe/Lisbon"), end=utc("2026-11-12 14:45", "Europe/Lisbon"),
      contact="rita.fonseca@atlantica-labs.pt", company="Atlantica Procurement Labs",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone="Europe/Lisbon",
      note="Recruiter prose with a pasted Zoom block, sent Wed 11 Nov 00:25 +0100 (still Tue 10 Nov in UTC): "
           "'tomorrow (Thursday) at 2pm Lisbon time, 3pm for you' resolves against the sender's local date -> "
           "Thu 12 Nov 14:00 WET = 14:00Z; '45 minutes' gives the end; contact = human sender.")
def m15() -> bytes:
    body = t("""
        Hi Julien,

        Sorry for the late reply, long day! Great news: Joana can do tomorrow (Thursday) at 2pm Lisbon
        time, so 3pm for you in Namur. It's a 45 minutes conversation, mostly about how you'd structure
        framework agreements for our Belgian clients. Zoom details below.

        Talk soon,
        Rita

        Rita Fonseca
        People & Talent | Atlantica Procurement Labs
        Av. da Liberdade 110, Lisboa

        ---

        Rita Fonseca is inviting you to a scheduled Zoom meeting.

        Topic: Julien Delvaux <> Atlantica - interview with Joana Reis
        Time: Nov 12, 2026 02:00 PM Lisbon

        Join Zoom Meeting
        https://atlantica-labs.zoom.us/j/87412093355?pwd=cXh5Wk1yT2lHZk5qUQ

        Meeting ID: 874 1209 3355
        Passcode: 551207
        """)
    when = "2026-11-11 00:25"
    return message([
        rcv("mail-wr1-f41.google.com", "209.85.221.41", when, BXL, "4PF7vN1Kqa"),
        ("From", addr("Rita Fonseca", "rita.fonseca@atlantica-labs.pt")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Re: Atlantica - next step"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAF3rPq0Zn7=Kd1bT9vQw@mail.gmail.com>"),
        ("In-Reply-To", "<CAJd8Rk9sVb2@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(16), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", BXL), end=utc("2026-11-03 11:00", BXL),
      contact="sebastien.mathy@carolo-construct.be", company="Carolo Construct",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=BXL,
      note="SmartRecruiters confirmation (windows-1252 QP text + HTML): 'mardi 3 novembre 2026, 10:00 - 11:00 "
           "(GMT+01:00) Bruxelles' = 09:00-10:00Z; contact = hiring manager's address in the body.")
def m16() -> bytes:
    body = t("""
        Bonjour Julien,

        Vous avez confirmé le créneau suivant pour votre entretien :

        Poste : Responsable cellule marchés publics – Charleroi
        Date : mardi 3 novembre 2026
        Heure : 10:00 - 11:00 (GMT+01:00) Bruxelles
        Format : sur site – Carolo Construct, rue de Marcinelle 41, 6000 Charleroi

        Votre interlocuteur : Sébastien Mathy, directeur technique
        (sebastien.mathy@carolo-construct.be – 071 30 88 52)

        Nous nous réjouissons de vous rencontrer.

        L'équipe recrutement de Carolo Construct

        Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas répondre directement à ce message.
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p}</p>" for p in body.replace("\n\n", "\0").replace("\n", "<br>").split("\0"))
            + "</body></html>\n")
    when = "2026-10-28 13:15"
    return message([
        rcv("mail4.smartrecruiters.com", "198.2.180.64", when, BXL, "4Nk1Hy8Pca"),
        ("From", addr("Carolo Construct", "no-reply@smartrecruiters.com")),
        ("To", JULIEN),
        ("Subject", enc("Confirmation d'entretien - Responsable cellule marchés publics", "iso-8859-1")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<0100019a2c7d1f44-b2e0f0c1-63a8-4f1d-9a7e-7c5b0d2e8f31-000000@smartrecruiters.com>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(17), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-21 14:00", BXL), end=utc("2026-09-21 14:45", BXL),
      contact=None, company="Centre hospitalier Val de Sambre",
      local="Mon 2026-09-21 14:00", local_end="2026-09-21 14:45", zone=BXL,
      note="Microsoft Bookings confirmation: the body shows '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "(Windows' standard offset) although 21 Sep is CEST; 14:00-14:45 local = 12:00-12:45Z, which the ICS "
           "(Romance Standard Time) confirms. Sender is a Bookings mailbox, staff named without an address "
           "-> contact null.")
def m17() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Julien Delvaux,</p>
        <p>Merci d'avoir réservé auprès de <b>CHVS - Recrutement</b>. Votre réservation est confirmée.</p>
        <table cellpadding="6" style="border:1px solid #edebe9">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement - Acheteur·euse marchés publics</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>lundi 21 septembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>14:00 - 14:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Membre du personnel</td><td>Martine Dubois</td></tr>
        <tr><td style="color:#605e5c">Adresse</td><td>Centre hospitalier Val de Sambre, route de Gembloux 220, 5060 Sambreville - bâtiment administratif</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/CHVSRecrutement@chvalsambre.be/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=CHVS - Recrutement:mailto:CHVSRecrutement@chvalsambre.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        UID:040000008200E00074C5B7101A82E0080000000012B4F0A7C443DC01000000000000000010000000E7D2C1
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Acheteur·euse marchés publics
        DTSTART;TZID=Romance Standard Time:20260921T140000
        DTEND;TZID=Romance Standard Time:20260921T144500
        DTSTAMP:20260915T073100Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:route de Gembloux 220\\, 5060 Sambreville
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-09-15 09:31"
    return message([
        rcv("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.56", when, BXL, "4Lp3Dm7Sbe"),
        ("From", addr("CHVS - Recrutement", "CHVSRecrutement@chvalsambre.be")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", enc("Réservation confirmée : Entretien de recrutement - Acheteur·euse marchés publics")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<VI1PR09MB4128A7E2C3D0F1B95E6A2C8BD7F12@VI1PR09MB4128.eurprd09.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "True"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                disposition="attachment")))


@mail(n(18), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-19 15:00", BXL), end=None,
      contact="priya.nair@norvane.com", company="Norvane Pharma",
      local="Thu 2026-11-19 15:00", zone=BXL,
      note="iCIMS cancellation, no new time: the cancelled slot is 'Thursday, November 19, 2026 at 3:00 PM "
           "CET' = 14:00Z; no length stated; contact = recruiter's address in the signature (sender is the "
           "iCIMS relay).")
def m18() -> bytes:
    body = t("""
        Dear Julien,

        We regret to inform you that your interview for the position of Procurement Specialist -
        Tenders & Contracts (Req. 2026-8841), scheduled for Thursday, November 19, 2026 at 3:00 PM CET
        at our Brussels office, has been cancelled.

        The requisition has since been filled through an internal move. We will keep your profile in
        our talent community and contact you should a similar opportunity arise.

        We apologize for any inconvenience.

        Kind regards,

        Priya Nair
        Talent Acquisition Partner, Benelux
        Norvane Pharma | priya.nair@norvane.com

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    when = "2026-11-16 10:20"
    return message([
        rcv("mail-ic-1.talent.icims.com", "64.79.138.20", when, BXL, "4PP8tW0Dmy"),
        ("From", addr("Norvane Careers", "norvane+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Procurement Specialist - Tenders & Contracts"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<1789554000123.4f0c.norvane@talent.icims.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(19), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-27 10:00", BXL), end=None,
      contact="isabelle.gerard@froidmont-meuse.be", company="Commune de Froidmont-sur-Meuse",
      local="Fri 2026-11-27 10:00", zone=BXL,
      note="HR officer cancels 'notre entretien de ce vendredi 27/11 à 10h' (Date Wed 25 Nov) = 09:00Z and only "
           "proposes another slot ('seriez-vous disponible lundi 30/11 à 14h ?'), not confirmed -> cancelled, "
           "labelled with the cancelled slot; contact = human sender.",
      days=(("Mon", "2026-11-30"),))
def m19() -> bytes:
    body = t("""
        Monsieur Delvaux,

        Je suis au regret de devoir annuler notre entretien de ce vendredi 27/11 à 10h : le collège
        communal a été déplacé au même moment et M. le Directeur général ne pourra pas être présent.

        Seriez-vous éventuellement disponible le lundi 30/11 à 14h ? Je dois encore le vérifier avec
        lui, je reviens vers vous au plus vite pour vous confirmer une nouvelle date.

        Toutes mes excuses pour ce contretemps.

        Isabelle Gérard
        Service du personnel
        Administration communale de Froidmont-sur-Meuse
        Place communale 1 - 5170 Froidmont
        081 / 58 20 14
        """)
    when = "2026-11-25 16:48"
    return message([
        rcv("relay.ict-communes.be", "193.191.214.7", when, BXL, "4PZ4eG2Ctq"),
        ("From", addr("Gérard Isabelle", "isabelle.gerard@froidmont-meuse.be")),
        ("To", addr("julien.delvaux@example.org", ME)),
        ("Subject", "Annulation entretien vendredi 27/11"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5F2A8C01020000D40004B1E7@gw.froidmont-meuse.be>"),
        ("X-Mailer", "GroupWise 18.4"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-09 16:00", BXL), end=None,
      contact="arnaud.pirson@wallimmo.be", company="Wallimmo",
      local="Wed 2026-12-09 16:00", zone=BXL,
      note="Phone-written reply in tu, sent Thu 3 Dec: 'on décale : me 9/12 à 16h au lieu de lu 7/12 à 10h' -> "
           "new slot Wed 9 Dec 16:00 CET = 15:00Z (old time stated too); contact = human sender.",
      days=(("Mon", "2026-12-07"),))
def m20() -> bytes:
    body = t("""
        Salut Julien,

        Comme convenu au tél, on décale : me 9/12 à 16h au lieu de lu 7/12 à 10h. Même endroit
        (bureau de la place d'Armes), Pauline sera là aussi cette fois.

        Bonne soirée
        Arnaud

        Envoyé de mon iPhone

        > Le 2 déc. 2026 à 19:12, Julien Delvaux <julien.delvaux@example.org> a écrit :
        >
        > Bonsoir Arnaud,
        > Petit souci pour lundi matin, j'ai un rendez-vous au Forum emploi que je ne peux pas
        > déplacer. Est-ce qu'on pourrait voir pour un autre moment ? Je te téléphone demain.
        > Julien
        """)
    when = "2026-12-03 18:06"
    return message([
        rcv("mail-ej1-f52.google.com", "209.85.218.52", when, BXL, "4Qj2Nr5Kdb"),
        ("From", addr("Arnaud Pirson", "arnaud.pirson@wallimmo.be")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Re: Entretien lundi"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<8E3B1D2F-4C7A-4B0E-9F61-2A5C7D0E1B93@wallimmo.be>"),
        ("In-Reply-To", "<CAJd8RkQ0p7x@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(21), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 14:00", BXL), end=utc("2026-12-01 15:30", BXL),
      contact="aline.dewez@talento-partners.be", company="Brabantia Transports",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:30", zone=BXL,
      note="Julien forwards to himself (example.net -> example.org) an agency consultant's confirmation as a "
           "message/rfc822 part: 'mardi 1er décembre à 14h', 'comptez 1h30' -> 13:00-14:30Z (CET). The "
           "agency's ICS is an all-day event on 1 Dec (time only in the text). Company = the hiring client; "
           "contact = the consultant in the forwarded header (never the candidate).")
def m21() -> bytes:
    inner_body = t("""
        Bonjour Julien,

        Bonne nouvelle : je vous confirme votre entretien avec notre client Brabantia Transports pour
        le poste d'acheteur marchés publics, le mardi 1er décembre à 14h, dans leurs bureaux
        (boulevard du Souverain 280, 1160 Auderghem, accueil au rez-de-chaussée).

        Il s'agit de deux entretiens successifs, avec la responsable achats puis avec le DRH : comptez
        1h30 au total. J'ai mis un rappel dans le calendrier ci-joint.

        N'hésitez pas à m'appeler après l'entretien pour un débriefing.

        Belle journée,
        Aline Dewez
        Consultante senior - Talento Partners
        +32 2 644 18 70
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:9C0E7A51-3B2D-4F8E-A1C6-TALENTO-1201
        DTSTAMP:20261126T095800Z
        DTSTART;VALUE=DATE:20261201
        DTEND;VALUE=DATE:20261202
        SUMMARY:Entretien Brabantia Transports (J. Delvaux) - voir mail pour l'heure
        LOCATION:Boulevard du Souverain 280\\, 1160 Auderghem
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    inner_when = "2026-11-26 10:58"
    inner = message([
        ("From", addr("Aline Dewez", "aline.dewez@talento-partners.be")),
        ("To", addr("Julien Delvaux", "julien.delvaux@example.net")),
        ("Subject", "Confirmation entretien Brabantia Transports - mardi 1/12"),
        ("Date", date(inner_when, BXL)),
        ("Message-ID", "<3A9F0E11-27C4-4D8B-B6A2-5E1C0D7F8A24@talento-partners.be>"),
    ], mixed(text(inner_body), calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Entretien.ics",
                                        disposition="attachment")))
    outer = t("""
        à mettre dans l'agenda

        """)
    when = "2026-11-27 08:02"
    return message([
        rcv("smtp.example.net", "192.0.2.45", when, BXL, "4PbRw1Lxk"),
        ("From", addr("Julien Delvaux", "julien.delvaux@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Confirmation entretien Brabantia Transports - mardi 1/12"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<f0d7c2e4-11b9-4a3e-8e5d-6c2a9b0f7e13@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmation entretien Brabantia Transports.eml")))


VTZ_NZ = VTZ["Pacific/Auckland"].replace("TZID:Pacific/Auckland", "TZID:New Zealand Standard Time").replace(
    "X-LIC-LOCATION:Pacific/Auckland\n", "")


@mail(n(22), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", "Pacific/Auckland"), end=utc("2026-12-09 09:00", "Pacific/Auckland"),
      contact="hemi.walker@kauritender.co.nz", company="Kauri Tender Systems",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 09:00", zone="Pacific/Auckland",
      note="Hiring manager in Auckland: 'Wednesday 9 December, 8:00-9:00am NZ time (NZDT, +13)', i.e. Tuesday "
           "8 Dec 19:00-20:00Z (20:00 in Belgium, as he says) - the local date is the next day in UTC and in "
           "Brussels. Outlook ICS TZID 'New Zealand Standard Time'; contact = human sender/ORGANIZER.")
def m22() -> bytes:
    body = t("""
        Kia ora Julien,

        Thanks for your patience with the time difference! Locking this in: Wednesday 9 December,
        8:00-9:00am NZ time - which I make Tuesday 8 December at 8pm for you in Belgium. I've sent a
        Teams invite so it lands in the right place in your calendar.

        It'll be me and Aroha Ngata (our EU partnerships lead). We want to hear how Belgian public
        buyers run framework tenders and where our tool would fit.

        Ngā mihi,
        Hemi Walker
        Head of Product | Kauri Tender Systems
        Level 4, 12 Customs Street East, Auckland
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + VTZ_NZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hemi Walker:mailto:hemi.walker@kauritender.co.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aroha Ngata:mailto:aroha.ngata@kauritender.co.nz
        UID:040000008200E00074C5B7101A82E00800000000A1F3E2D4B26ADC01000000000000000010000000C0FFEE
        SUMMARY;LANGUAGE=en-NZ:Kauri Tender Systems - interview Julien Delvaux
        DTSTART;TZID=New Zealand Standard Time:20261209T080000
        DTEND;TZID=New Zealand Standard Time:20261209T090000
        DTSTAMP:20261201T223000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-12-02 11:30"
    nz = "Pacific/Auckland"
    return message([
        rcv("SY4PR01CA0023.outbound.protection.outlook.com", "40.107.108.23", when, nz, "4Qf0Vb7Jrm"),
        ("From", addr("Hemi Walker", "hemi.walker@kauritender.co.nz")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Kauri Tender Systems - interview Julien Delvaux"),
        ("Date", date(when, nz)),
        ("Message-ID", "<SY4PR01MB7312B0C9E1D24A6F3B8E5A07D1C22@SY4PR01MB7312.ausprd01.prod.outlook.com>"),
        ("Content-Language", "en-NZ"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(23), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-29 11:00", BXL), end=utc("2026-09-29 12:00", BXL),
      contact="megan.ross@helixgrid.com", company="Helix Grid Solutions",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00", zone=BXL,
      note="GoodTime update: original Mon 28 Sep 3:00-4:00 PM CEST, updated 'Tuesday, September 29, 2026, "
           "11:00 AM - 12:00 PM CEST' = 09:00-10:00Z; ICS SEQUENCE:1, TZID Europe/Brussels; contact = Reply-To.")
def m23() -> bytes:
    body = t("""
        Hi Julien,

        Your interview with Helix Grid Solutions has been updated.

        ORIGINAL
        Monday, September 28, 2026
        3:00 PM - 4:00 PM CEST

        UPDATED
        Tuesday, September 29, 2026
        11:00 AM - 12:00 PM CEST
        Panel: Sven Aerts (Procurement Director), Claire Dumont (Legal)
        Location: Zoom - https://helixgrid.zoom.us/j/93018274410

        The updated invitation is attached. Please reply to this email if the new time doesn't work.

        Megan Ross
        Recruiting Coordinator, Helix Grid Solutions

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Julien,</p>
        <p>Your interview with Helix Grid Solutions has been updated.</p>
        <p style="color:#8a8a8a"><b>ORIGINAL</b><br><s>Monday, September 28, 2026<br>3:00 PM - 4:00 PM CEST</s></p>
        <p><b>UPDATED</b><br>Tuesday, September 29, 2026<br>11:00 AM - 12:00 PM CEST<br>
        Panel: Sven Aerts (Procurement Director), Claire Dumont (Legal)<br>
        Location: <a href="https://helixgrid.zoom.us/j/93018274410">Zoom</a></p>
        <p>The updated invitation is attached. Please reply to this email if the new time doesn't work.</p>
        <p>Megan Ross<br>Recruiting Coordinator, Helix Grid Solutions</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        """) + VTZ_BXL + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-6d41c8a2-0b9e-4f73-8d15-helixgrid
        SEQUENCE:1
        DTSTAMP:20260924T160200Z
        DTSTART;TZID=Europe/Brussels:20260929T110000
        DTEND;TZID=Europe/Brussels:20260929T120000
        SUMMARY:Interview: Julien Delvaux - Procurement Analyst (Helix Grid Solutions)
        LOCATION:https://helixgrid.zoom.us/j/93018274410
        ORGANIZER;CN=Megan Ross:mailto:megan.ross@helixgrid.com
        ATTENDEE;CN=Julien Delvaux;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julien.delvaux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-24 18:02"
    return message([
        rcv("o1.ptr4410.goodtime.io", "149.72.131.8", when, BXL, "4Mf5Tp2Wqc"),
        ("From", addr("Helix Grid Solutions", "no-reply@goodtime.io")),
        ("Reply-To", addr("Megan Ross", "megan.ross@helixgrid.com")),
        ("To", JULIEN),
        ("Subject", "Updated: Your interview with Helix Grid Solutions"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<gt.6d41c8a2.20260924160200@goodtime.io>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      note="Job-centre convocation: 'entretien avec votre conseillère référente le lundi 7 décembre 2026 à 10h00' "
           "is a fixed time, but it is a public employment-service meeting (registration during a notice "
           "period), not a job interview. The same slot is the one Julien moves an interview away from (key 20).",
      days=(("Mon", "2026-12-07"),))
def m24() -> bytes:
    body = t("""
        Forum Emploi Namur - Service Accompagnement

        Monsieur Julien Delvaux,
        N° de dossier : 26-NAM-048812

        Dans le cadre de votre inscription comme demandeur d'emploi pendant votre période de préavis,
        vous êtes invité à un entretien avec votre conseillère référente :

          Date : le lundi 7 décembre 2026 à 10h00
          Lieu : Forum Emploi Namur, rue des Brasseurs 120 (1er étage, bureau 14), 5000 Namur
          Conseillère : Mme Sandrine Jacquet

        Merci de vous munir de votre carte d'identité, de votre CV à jour et de la preuve de vos
        démarches de recherche d'emploi (candidatures, entretiens passés ou prévus).

        En cas d'empêchement, prévenez-nous au plus tard la veille via votre espace personnel ou au
        081 / 99 00 00. Une absence non justifiée peut avoir des conséquences sur vos droits.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    when = "2026-11-24 07:12"
    return message([
        rcv("smtp-out.forum-emploi-namur.be", "193.190.62.17", when, BXL, "4PX2kM5Hvn"),
        ("From", addr("Forum Emploi Namur", "ne-pas-repondre@forum-emploi-namur.be")),
        ("To", ME),
        ("Subject", enc("Convocation : entretien avec votre conseillère - lundi 7 décembre 2026")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<conv.26NAM048812.20261124061200@forum-emploi-namur.be>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      note="A journalist confirms an interview with Julien ('jeudi 15/10 à 11h', by phone) about a LinkedIn post "
           "on procurement reform: a confirmed time, but press, not a job interview.",
      days=(("Thu", "2026-10-15"),))
def m25() -> bytes:
    body = t("""
        Bonjour Monsieur Delvaux,

        Merci d'avoir accepté ! Je vous confirme donc l'interview pour notre dossier du week-end sur la
        réforme des marchés publics communaux : jeudi 15/10 à 11h, par téléphone (je vous appelle sur
        le 0472 quelque chose que vous m'avez donné). Comptez une vingtaine de minutes.

        Je vous enverrai les citations pour relecture avant publication, comme convenu.

        Bien à vous,

        Chloé Renard
        Journaliste - rédaction de Namur
        Le Courrier de la Meuse
        """)
    when = "2026-10-12 14:37"
    return message([
        rcv("mail.courrier-meuse.be", "185.14.186.40", when, BXL, "4N4sAz1Ruf"),
        ("From", addr("Chloé Renard", "c.renard@courrier-meuse.be")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Re: Interview - marches publics communaux"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20261012123712.GA4471@courrier-meuse.be>"),
        ("In-Reply-To", "<CAJd8RkLm1@mail.example.org>"),
    ], text(body, cte="8bit"))


@mail(n(26), family="radio_call_in", lang="fr", interview=False, company=None,
      note="Local radio confirms Julien's call-in slot ('mardi 20 octobre, on vous appelle à 8h10') in a "
           "job-seekers' programme: fixed time, not a job interview.",
      days=(("Tue", "2026-10-20"),))
def m26() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci pour votre témoignage spontané ! Comme convenu, vous interviendrez à l'antenne dans
        « Le Forum de l'emploi » le mardi 20 octobre : notre régie vous appellera à 8h10 précises, pour
        environ 5 minutes d'échange en direct avec Benoît et notre invitée, une coach en recrutement.

        Quelques conseils : coupez la radio près de vous (effet larsen), et installez-vous au calme.

        Belle journée,
        Manon Lefèvre
        Programmation - Radio Confluent 96.4
        """)
    when = "2026-10-16 16:20"
    return message([
        rcv("mx.radioconfluent.be", "91.208.33.12", when, BXL, "4N6eHw3Pqj"),
        ("From", addr("Manon Lefèvre - Radio Confluent", "manon.lefevre@radioconfluent.be")),
        ("To", ME),
        ("Subject", enc("Votre passage à l'antenne mardi - Le Forum de l'emploi")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<7b0e1d3c-0a22-4a1f-8d5e-radioconfluent@radioconfluent.be>"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      note="Admission interview for an executive master ('entretien d'admission le samedi 7 novembre à 10h30'): "
           "a confirmed 'entretien' at a fixed time, but a school admission, not a job interview.",
      days=(("Sat", "2026-11-07"),))
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1a1a1a">
        <p>Cher Monsieur Delvaux,</p>
        <p>Nous avons bien reçu votre dossier de candidature pour l'<b>Executive Master en gestion publique</b>
        (promotion 2027) et avons le plaisir de vous convier à un <b>entretien d'admission</b> :</p>
        <ul>
        <li>le <b>samedi 7 novembre à 10h30</b></li>
        <li>durée : 30 minutes</li>
        <li>lieu : ISGP, rempart de la Vierge 8, 5000 Namur, salle du conseil</li>
        </ul>
        <p>Le jury (deux enseignants et un ancien de la formation) souhaite discuter de votre projet
        professionnel et de vos disponibilités pour les cours du vendredi et du samedi.</p>
        <p>Bien cordialement,<br>Secrétariat des admissions<br>Institut Supérieur de Gestion Publique (ISGP)</p>
        </body></html>
        """)
    when = "2026-10-30 11:05"
    return message([
        rcv("mail.isgp-namur.be", "193.190.89.3", when, BXL, "4Nq8Fd2Xwe"),
        ("From", addr("ISGP - Admissions", "admissions@isgp-namur.be")),
        ("To", JULIEN),
        ("Subject", enc("Executive Master en gestion publique : invitation à l'entretien d'admission")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<a1e5b7c9-2f3d-4e80-b6a4-9c0d1e2f3a4b@isgp-namur.be>"),
    ], html(page, charset="iso-8859-15"))


@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Basketball club coach confirms a try-out ('jeudi 10 septembre, 20h') in tu: fixed time, sports, "
           "not a job interview.",
      days=(("Thu", "2026-09-10"),))
def m28() -> bytes:
    body = t("""
        Salut Julien,

        Ok pour le test ! Viens jeudi 10 septembre à 20h à la salle de Jambes (hall omnisports, terrain 2),
        on fait l'entraînement P3 et tu joues avec nous. Prends des baskets propres, le gardien est
        strict avec ça :-)

        Si ça colle, je te fais la demande d'affiliation à la fédé dans la foulée.

        Sportivement,
        Yannick
        Coach P3 - BC Jambes-Meuse
        """)
    when = "2026-09-06 20:14"
    return message([
        rcv("mail-oi1-f170.google.com", "209.85.167.170", when, BXL, "4Lj1Pe4Mkr"),
        ("From", addr("Yannick Bertrand", "yannick.bertrand.bcjm@example.com")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Re: Test P3"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAM9z1Qp3Vx-7Fd@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(29), family="car_service", lang="fr", interview=False, company=None,
      note="Garage reminder: 'entretien de votre véhicule le lundi 12 octobre 2026 à 8h00' - 'entretien' means a "
           "car service here; fixed time, not a job interview.",
      days=(("Mon", "2026-10-12"),))
def m29() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="600"><tr><td style="background:#0b3d6b;color:#fff;padding:12px"><b>Garage Mosan Auto</b> - Bouge</td></tr>
        <tr><td style="padding:16px">
        <p>Cher client,</p>
        <p>Nous vous rappelons votre rendez-vous atelier :</p>
        <p><b>Entretien de votre véhicule</b> (Škoda Octavia 1-ABC-234 - révision 60 000 km + contrôle freins)<br>
        <b>le lundi 12 octobre 2026 à 8h00</b><br>
        Durée estimée : 2h30. Un véhicule de remplacement est réservé à votre nom.</p>
        <p>Merci de déposer votre véhicule à la réception atelier, chaussée de Louvain 512, 5004 Bouge.</p>
        <p>Pour modifier votre rendez-vous : 081 21 45 67.</p>
        <p>Garage Mosan Auto sa</p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-09 09:00"
    return message([
        rcv("mailer.dms-garage.be", "94.143.22.9", when, BXL, "4N2aQj8Syt"),
        ("From", addr("Garage Mosan Auto", "atelier@mosanauto.be")),
        ("To", ME),
        ("Subject", "Rappel : rendez-vous atelier le 12/10/2026"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<rdv-88213-20261009@mosanauto.be>"),
    ], html(page, charset="windows-1252"))


@mail(n(30), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly booking with a career coach: 'Simulation d'entretien d'embauche', 'jeudi 22 octobre 2026, "
           "18:00 - 19:30' - a confirmed time from an interview scheduler, but a paid mock interview, not a job "
           "interview.")
def m30() -> bytes:
    body = t("""
        Bonjour Julien Delvaux,

        Un nouvel événement a été programmé.

        Événement :
        Simulation d'entretien d'embauche (90 min)

        Organisateur :
        Nadia Benali - Cap Carrière

        Date/Heure de l'événement :
        18:00 - 19:30, jeudi 22 octobre 2026 (heure d'été d'Europe centrale)

        Lieu :
        Cap Carrière, rue Godefroid 20, 5000 Namur

        Réponses aux questions :
        Pour quel type de poste préparez-vous un entretien ? Fonction publique / marchés publics, jury de 3 personnes.

        Annuler : https://calendly.com/cancellations/f41c2e90-capc
        Reprogrammer : https://calendly.com/reschedulings/f41c2e90-capc

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:f41c2e90-7d3b-4a55-b0c1-capcarriere
        DTSTAMP:20261015T191100Z
        DTSTART:20261022T160000Z
        DTEND:20261022T173000Z
        SUMMARY:Simulation d'entretien d'embauche (Nadia Benali)
        ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@capcarriere.be
        ATTENDEE;CN=Julien Delvaux;RSVP=TRUE:mailto:julien.delvaux@example.org
        LOCATION:Cap Carrière\\, rue Godefroid 20\\, 5000 Namur
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-15 21:11"
    return message([
        rcv("o3.email.calendly.com", "167.89.71.22", when, BXL, "4N6bCt5Guk"),
        ("From", addr("Calendly", "no-reply@calendly.com")),
        ("Reply-To", addr("Nadia Benali", "nadia.benali@capcarriere.be")),
        ("To", ME),
        ("Subject", enc("Nouvel événement : Julien Delvaux - 18:00 jeu. 22 oct. 2026 - Simulation d'entretien "
                        "d'embauche")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<Xb7Ue1kRS4aM2_pq0Lw9cQ@geopod-ismtpd-7>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(31), family="proposed_times", lang="en", interview=False, company="Stratavia",
      note="Recruiter proposes two slots ('Would Tuesday 13 October at 10:00 or Wednesday 14 at 14:00 work?') "
           "and waits for an answer: nothing confirmed yet.",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def m31() -> bytes:
    body = t("""
        Hi Julien,

        Thanks for sending over your CV - the hiring manager for our Tender Desk in Brussels liked it a
        lot. Would Tuesday 13 October at 10:00 or Wednesday 14 at 14:00 work for a first 30-minute
        video call? If neither suits, send me two or three slots that do and I'll make it happen.

        Once you've picked one I'll send a proper invite.

        Best,
        Oscar Lindqvist
        Senior Recruiter | Stratavia
        """)
    when = "2026-10-07 11:48"
    return message([
        rcv("mail-lf1-f44.google.com", "209.85.167.44", when, BXL, "4N1gWq0Zpe"),
        ("From", addr("Oscar Lindqvist", "oscar.lindqvist@stratavia.eu")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Stratavia - Tender Desk: first call?"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAH0q7sYv2Lk9-Rz@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(32), family="forwarded_other", lang="fr", interview=False, company=None,
      note="A friend forwards her own Workday interview confirmation (to camille.noel@example.com, 'mercredi "
           "21 octobre 2026, 09:30') to ask Julien for advice: a real confirmed interview, but not the inbox "
           "owner's.",
      days=(("Wed", "2026-10-21"),))
def m32() -> bytes:
    inner_page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p>Bonjour Camille,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste <b>Juriste marchés publics (H/F/X)</b>.</p>
        <p><b>Date :</b> mercredi 21 octobre 2026<br><b>Heure :</b> 09:30 - 10:30 (heure d'Europe centrale)<br>
        <b>Lieu :</b> Groupe Mosane, Quai des Tanneurs 7, 4020 Li&egrave;ge</p>
        <p>Cordialement,<br>L'&eacute;quipe Recrutement<br>Groupe Mosane</p>
        </body></html>
        """)
    inner = message([
        ("From", addr("Groupe Mosane", "groupemosane@myworkday.com")),
        ("To", "camille.noel@example.com"),
        ("Subject", enc("Confirmation de votre entretien – Juriste marchés publics (H/F/X)")),
        ("Date", date("2026-10-14 08:47", BXL)),
        ("Message-ID", "<1660012233.90127.1791960420555@wd3-prod-notif-07.myworkday.com>"),
    ], html(inner_page))
    body = t("""
        Coucou Julien,

        Regarde ce que j'ai reçu ! C'est chez Mosane, là où tu es passé en septembre. Tu te souviens qui
        était dans le jury ? Et ils posent des questions techniques sur la loi du 17 juin ou plutôt
        du comportemental ? Je t'offre un verre si tu me briefes un peu :-)

        Bises,
        Camille
        """)
    when = "2026-10-14 12:31"
    return message([
        rcv("mout.example.com", "198.51.100.23", when, BXL, "4N3vDy6Wqa"),
        ("From", addr("Camille Noël", "camille.noel@example.com")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", enc("Fwd: Confirmation de votre entretien – Juriste marchés publics (H/F/X)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<b3c9e0a1-5d72-4f18-a6e4-0f2d9c8b7e61@example.com>"),
    ], mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(n(33), family="interviewer_invite", lang="fr", interview=False, company=None,
      note="Outlook meeting request from HR at Julien's current employer asking him to sit on a selection jury: "
           "'Jury - entretien candidat' on Thu 1 Oct 14:00 with an ICS. He is the interviewer, not the "
           "candidate -> negative.")
def m33() -> bytes:
    body = t("""
        Quand : jeudi 1 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : NES - salle Meuse (2e)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Julien,

        Comme demandé par Philippe, je te mets dans le jury pour le recrutement du/de la gestionnaire de
        dossiers achats (CDD 12 mois). Candidate : Mme Laura Fontaine. Tu trouveras son CV et la grille
        d'évaluation dans le dossier partagé RH > Recrutements > 2026-09.

        Merci de prévoir 15 minutes avant l'entretien pour qu'on se mette d'accord sur les questions.

        Nathalie
        Service RH - NES
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nathalie Collet:mailto:nathalie.collet@nes-namur.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Philippe Donnay:mailto:philippe.donnay@nes-namur.be
        UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B44FDC01000000000000000010000000A1B2C3
        SUMMARY;LANGUAGE=fr-BE:Jury - entretien candidat gestionnaire achats (L. Fontaine)
        DTSTART;TZID=Romance Standard Time:20261001T140000
        DTEND;TZID=Romance Standard Time:20261001T150000
        DTSTAMP:20260925T121500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:NES - salle Meuse (2e)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-09-25 14:15"
    return message([
        rcv("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.102", when, BXL, "4Mh3Sx9Lpd"),
        ("From", addr("Collet Nathalie", "nathalie.collet@nes-namur.be")),
        ("To", addr("Delvaux Julien", ME)),
        ("CC", addr("Donnay Philippe", "philippe.donnay@nes-namur.be")),
        ("Subject", "Jury - entretien candidat gestionnaire achats (L. Fontaine)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<DB8PR02MB5978D1E0C2A3B4F56E7A8B9CA2F44@DB8PR02MB5978.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-BE"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(34), family="reference_call", lang="fr", interview=False, company=None,
      note="A recruiter confirms a reference call in which Julien vouches for a former colleague ('mercredi 18/11 "
           "à 13h30, 15 minutes'): a fixed time about someone else's hiring, not his interview.",
      days=(("Wed", "2026-11-18"),))
def m34() -> bytes:
    body = t("""
        Bonjour Monsieur Delvaux,

        Un grand merci d'avoir accepté de donner une référence pour Sarah Goffin, avec qui vous avez
        travaillé à la cellule marchés de la Ville de 2021 à 2024.

        Je vous confirme notre appel mercredi 18/11 à 13h30 (15 minutes maximum). Je vous appellerai
        au numéro que Sarah nous a communiqué. Les questions porteront sur son rôle dans les dossiers
        de travaux et sa façon de travailler en équipe.

        Cordialement,

        Gaëlle Vanderstraeten
        Consultante - Northbridge Search
        """)
    when = "2026-11-13 10:02"
    return message([
        rcv("mail.northbridge-search.be", "185.60.18.77", when, BXL, "4PK1sQ7Bvw"),
        ("From", addr("Gaëlle Vanderstraeten", "g.vanderstraeten@northbridge-search.be")),
        ("To", ME),
        ("Subject", enc("Référence pour Sarah Goffin - appel mercredi")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<0f81c2d3e4a5b6c7@northbridge-search.be>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(35), family="rejection", lang="fr", interview=False, company="Hesbaye Médical",
      note="Recruitee rejection after the phone interview of 'mardi 10 novembre' (key 9): refers to a past "
           "interview, confirms nothing new.")
def m35() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci encore pour le temps que vous nous avez accordé lors de notre entretien téléphonique du
        mardi 10 novembre.

        Après réflexion, nous avons décidé de poursuivre le processus avec d'autres candidats dont le
        profil correspond davantage à nos besoins en achats de dispositifs médicaux.

        Nous vous souhaitons plein succès dans vos recherches.

        Bien cordialement,
        Sophie Lambert
        Talent Acquisition - Hesbaye Médical
        """)
    when = "2026-11-20 15:44"
    return message([
        rcv("mail.recruitee.com", "35.157.41.204", when, BXL, "4PS7cR3Jwz"),
        ("From", addr("Hesbaye Médical", "no-reply@recruitee.com")),
        ("Reply-To", addr("Sophie Lambert", "sophie.lambert@hesbaye-medical.be")),
        ("To", JULIEN),
        ("Subject", enc("Votre candidature - Acheteur hospitalier - Hesbaye Médical")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<rt.8f2e1c0d7a.20261120@recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(36), family="offer", lang="en", interview=False, company="Helix Grid Solutions",
      note="Offer mail (after the 29 Sep interview, key 23): mentions a start date 'Monday 4 January 2027, 9:00' "
           "and a signing deadline; no interview.",
      days=(("Fri", "2026-10-16"),))
def m36() -> bytes:
    body = t("""
        Hi Julien,

        Following your interviews with Sven and Claire, I'm delighted to send you our offer for the
        role of Procurement Analyst, Brussels. The contract and benefits overview are attached in
        DocuSign.

        Proposed start date: Monday 4 January 2027, 9:00 at our Brussels office (Avenue Marnix 23).
        We'd appreciate your answer by Friday 16 October.

        Sven would be happy to jump on a call if you have questions - just let me know.

        Warm regards,
        Megan Ross
        Recruiting Coordinator, Helix Grid Solutions
        megan.ross@helixgrid.com
        """)
    when = "2026-10-09 17:30"
    return message([
        rcv("mail-yw1-f180.google.com", "209.85.128.180", when, BXL, "4N2dFt6Yhx"),
        ("From", addr("Megan Ross", "megan.ross@helixgrid.com")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Your offer from Helix Grid Solutions"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAKp3Hx8mQ-1bTv@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(37), family="application_ack", lang="fr", interview=False, company="Lux Public Advisory",
      note="JOIN application receipt from a Luxembourg consultancy; says a first interview 'could' follow within "
           "two weeks - hypothetical, no time.")
def m37() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Arial,sans-serif;background:#f4f6f8">
        <div style="max-width:580px;margin:24px auto;background:#fff;padding:28px;border-radius:6px">
        <p>Bonjour Julien,</p>
        <p>Merci pour votre candidature au poste de <b>Consultant Marchés Publics (m/f/d)</b> chez
        <b>Lux Public Advisory</b>.</p>
        <p>Nous l'avons bien reçue et l'équipe l'examinera dans les prochains jours. Si votre profil
        correspond, nous vous contacterons dans les deux semaines pour convenir d'un premier entretien.</p>
        <p>Vous pouvez suivre l'état de votre candidature ici :
        <a href="https://join.com/candidate/applications">join.com/candidate/applications</a></p>
        <p>Bien cordialement,<br>Lux Public Advisory</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#8c8c8c">Envoyé via JOIN · JOIN Solutions AG</p>
        </div></body></html>
        """)
    when = "2026-09-28 22:03"
    return message([
        rcv("mail.join.com", "52.29.14.88", when, BXL, "4Mk6Gy1Hpa"),
        ("From", addr("Lux Public Advisory via JOIN", "noreply@join.com")),
        ("To", JULIEN),
        ("Subject", enc("Candidature reçue : Consultant Marchés Publics (m/f/d)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<app-4471902.ack@join.com>"),
    ], html(page, cte="base64"))


@mail(n(38), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing offers; badges like 'Entretiens en cours' and 'Prise de fonction : lundi "
           "4 janvier' are not confirmations.")
def m38() -> bytes:
    body = t("""
        WalloJobs - Votre alerte « marchés publics » (Namur, Liège, Bruxelles)

        7 nouvelles offres correspondent à votre recherche :

        1. Acheteur public (H/F/X) - Province de Liège (contrat : CDI)
           Liège · Entretiens en cours · publiée il y a 2 jours
        2. Juriste marchés publics - Zone de police Meuse-Condroz
           Namur · Prise de fonction : lundi 4 janvier · candidature simplifiée
        3. Public Procurement Officer - agence européenne (remote partiel)
           Bruxelles · Anglais C1 requis
        4. Gestionnaire achats - CPAS
           Charleroi · Échelle B1
        5. Consultant tenders - bureau d'études
           Gembloux · Véhicule de société
        ... et 2 autres offres.

        Voir toutes les offres : https://www.wallojobs.be/alertes/88412?utm_source=mail

        Vous recevez cet e-mail car vous avez créé une alerte sur WalloJobs.
        Se désabonner : https://www.wallojobs.be/alertes/88412/stop
        """)
    when = "2026-11-02 06:30"
    return message([
        rcv("mta3.wallojobs.be", "185.21.70.33", when, BXL, "4Nw0Lk2Fdm"),
        ("From", addr("WalloJobs", "alertes@wallojobs.be")),
        ("To", ME),
        ("Subject", enc("7 nouvelles offres : marchés publics")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<alert.88412.20261102@wallojobs.be>"),
        ("List-Unsubscribe", "<https://www.wallojobs.be/alertes/88412/stop>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(39), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Newsletter/blog post about preparing a public-sector selection interview; mentions 'votre entretien "
           "est fixé au mardi à 9h' as an example and a webinar, confirms nothing.")
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;max-width:620px">
        <h1 style="font-size:22px">Fonction Publique Mag - n° 87</h1>
        <h2 style="font-size:18px">Jury de sélection : 7 conseils pour réussir l'épreuve orale</h2>
        <p>Votre entretien est fixé au mardi à 9h ? Arrivez un quart d'heure à l'avance, relisez la
        description de fonction et préparez trois exemples concrets de dossiers que vous avez menés...</p>
        <ol>
        <li>Connaître la loi du 17 juin 2016 sur le bout des doigts</li>
        <li>Préparer la question « pourquoi le service public ? »</li>
        <li>Savoir parler de ses erreurs</li>
        </ol>
        <p><a href="https://www.fonctionpublique-mag.be/blog/jury-selection-7-conseils">Lire l'article complet</a></p>
        <p>À ne pas manquer : notre webinaire « Mise en situation », le 19 novembre à 12h30.</p>
        <p style="font-size:11px;color:#777">Vous recevez cette newsletter car vous êtes abonné·e.
        <a href="https://www.fonctionpublique-mag.be/unsubscribe">Se désabonner</a></p>
        </body></html>
        """)
    when = "2026-11-05 07:00"
    return message([
        rcv("mail181-9.suw21.mcsv.net", "198.2.181.9", when, BXL, "4Nz4Tv8Cwl"),
        ("From", addr("Fonction Publique Mag", "newsletter@fonctionpublique-mag.be")),
        ("To", ME),
        ("Subject", enc("Jury de sélection : 7 conseils pour réussir l'épreuve orale")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20261105060000.87.fpmag@mcsv.net>"),
        ("List-Unsubscribe", "<https://www.fonctionpublique-mag.be/unsubscribe>"),
        ("List-Id", "Fonction Publique Mag <newsletter.fonctionpublique-mag.be>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(40), family="taleo", lang="en", interview=False, company="Veridane Engineering",
      note="Oracle Taleo self-scheduling request listing available slots ('Mon, Nov 2, 10:00 AM', ...); no slot "
           "chosen yet -> not confirmed.")
def m40() -> bytes:
    body = t("""
        Dear Julien Delvaux,

        Thank you for your interest in the Contracts & Tendering Analyst position (Requisition 26001487)
        at Veridane Engineering.

        We would like to invite you to a first interview. Please select a time that suits you using the
        link below. Available times (Brussels time):

          - Mon, Nov 2, 2026, 10:00 AM
          - Mon, Nov 2, 2026, 2:30 PM
          - Wed, Nov 4, 2026, 9:00 AM

        Select your interview time: https://veridane.taleo.net/careersection/iam/scheduling?req=26001487

        Slots are allocated on a first-come, first-served basis. Once you have selected a time, you will
        receive a confirmation email.

        Sincerely,
        Veridane Engineering Talent Acquisition

        Please do not reply to this message.
        """)
    when = "2026-10-27 15:10"
    return message([
        rcv("smtp.tbe.taleo.net", "160.34.16.9", when, BXL, "4Ny7Hm4Rtb"),
        ("From", addr("Veridane Engineering", "veridane@tbe.taleo.net")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Veridane Engineering - Please schedule your interview"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<1891022415.33817.1793110200412.JavaMail.tbe@tbe.taleo.net>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="recruiter_outreach", lang="fr", interview=False, company="Meuse Talent",
      note="Cold outreach from an agency: 'Auriez-vous un quart d'heure cette semaine ?' - nothing fixed.")
def m41() -> bytes:
    body = t("""
        Bonjour Julien,

        Je me permets de vous contacter suite à votre profil LinkedIn. J'accompagne actuellement une
        intercommunale de la région liégeoise qui recrute un(e) responsable marchés publics (niveau A,
        télétravail 2 jours/semaine, septante-cinq pour cent de dossiers de travaux).

        Auriez-vous un quart d'heure cette semaine ou la suivante pour en discuter ? Je suis assez
        flexible, y compris sur le temps de midi.

        Belle journée,
        Thomas Lejeune
        Meuse Talent - recrutement secteur public
        0476 / 20 30 40
        """)
    when = "2026-09-14 09:22"
    return message([
        rcv("mail-ed1-f47.google.com", "209.85.208.47", when, BXL, "4Lm9Vr2Kxe"),
        ("From", addr("Thomas Lejeune", "thomas.lejeune@meusetalent.be")),
        ("To", ME),
        ("Subject", enc("Opportunité - responsable marchés publics (Liège)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAGt4xPq7Lm2-Wz@mail.gmail.com>"),
    ], text(body, cte="quoted-printable"))


@mail(n(42), family="webinar", lang="fr", interview=False, company=None,
      note="Zoom webinar registration: 'Réussir son entretien de sélection dans le secteur public', jeudi "
           "5 novembre 2026 12:30 Bruxelles, with an ICS - a confirmed time, but a webinar.")
def m42() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci de vous être inscrit à « Réussir son entretien de sélection dans le secteur public ».

        Date et heure : 5 nov. 2026 12:30 PM Bruxelles
        Organisé par : Réseau Wallon des Acheteurs Publics

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/84100223344?tk=Rk9vQkFGZ3Q

        Code secret : 771203

        Ajouter au calendrier : Google Agenda | Outlook (.ics) | Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261029T101500Z
        DTSTART:20261105T113000Z
        DTEND:20261105T130000Z
        SUMMARY:Réussir son entretien de sélection dans le secteur public
        UID:20261029T101500Z-84100223344@zoom.us
        LOCATION:https://us06web.zoom.us/w/84100223344
        ORGANIZER;CN=Réseau Wallon des Acheteurs Publics:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-29 11:15"
    return message([
        rcv("zoom-mail-sjc-1.zoom.us", "170.114.52.10", when, BXL, "4Nt1Xb6Qmh"),
        ("From", addr("Réseau Wallon des Acheteurs Publics", "no-reply@zoom.us")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre inscription à Réussir son entretien de sélection dans le secteur public")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<webinar.reg.84100223344.a91f@zoom.us>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, cte="base64", filename="webinar.ics", disposition="attachment")))


@mail(n(43), family="auto_reply", lang="fr", interview=False, company="Sambre Énergie Coop",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to Julien's thank-you mail; mentions a return "
           "date 'lundi 9 novembre' and a colleague for scheduled interviews, confirms nothing.",
      days=(("Mon", "2026-11-09"),))
def m43() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 6 novembre inclus, sans accès à mes e-mails.
        Je serai de retour le lundi 9 novembre.

        Pour les entretiens déjà planifiés ou toute question urgente relative à un recrutement,
        vous pouvez contacter ma collègue Émilie au 071 20 41 10.

        Bien à vous,
        Laetitia Bodart
        Sambre Énergie Coop
        """)
    when = "2026-10-30 08:41"
    return message([
        rcv("mail.sambre-energie.coop", "62.4.14.221", when, BXL, "4Nr6Kq2Vbe"),
        ("From", addr("Laetitia Bodart", "laetitia.bodart@sambre-energie.coop")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien du 19 octobre")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<auto.20261030074112.lbodart@sambre-energie.coop>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(n(44), family="bounce", lang="fr", interview=False, company=None,
      note="Delivery-failure report for Julien's own mail accepting 'jeudi 3 décembre à 10h'; the message never "
           "reached the recruiter and no one confirmed anything -> negative.",
      days=(("Thu", "2026-12-03"),))
def m44() -> bytes:
    original = message([
        ("From", JULIEN),
        ("To", addr("Kevin Dardenne", "k.dardene@andenne-logistique.be")),
        ("Subject", "Re: Entretien - Gestionnaire achats"),
        ("Date", date("2026-11-27 19:02", BXL)),
        ("Message-ID", "<CAJd8RkTz9q1@mail.example.org>"),
    ], text(t("""
        Bonjour Monsieur Dardenne,

        Merci pour votre proposition. Je vous confirme ma disponibilité pour le jeudi 3 décembre à 10h
        dans vos bureaux d'Andenne.

        Bien à vous,
        Julien Delvaux
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <k.dardene@andenne-logistique.be>: host mail.andenne-logistique.be[81.246.7.19]
            said: 550 5.1.1 <k.dardene@andenne-logistique.be>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4PcW2Hn5Tz
        Arrival-Date: Fri, 27 Nov 2026 19:02:03 +0100 (CET)

        Final-Recipient: rfc822; k.dardene@andenne-logistique.be
        Original-Recipient: rfc822;k.dardene@andenne-logistique.be
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.andenne-logistique.be
        Diagnostic-Code: smtp; 550 5.1.1 <k.dardene@andenne-logistique.be>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    ds = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              status.replace("\n", "\r\n").encode("ascii"))
    when = "2026-11-27 19:02"
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4PcW2Hn5Tz; " + date(when, BXL)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20261127180205.4PcW2Hn5Tz@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                extra=(("Content-Description", "Notification"),)),
                 ds, attached_message(original), params="report-type=delivery-status"))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      note="Booking-platform reminder for an eye exam 'le 02/12/2026 à 16h20': fixed time, not an interview.")
def m45() -> bytes:
    body = t("""
        Rappel de rendez-vous

        Bonjour Julien Delvaux,

        Nous vous rappelons votre rendez-vous :
          Dr Hélène Vanderhaegen - Ophtalmologie
          le 02/12/2026 à 16h20
          Centre médical Saint-Servais, rue Henri Lemaître 68, 5002 Namur
          Motif : examen de la vue (contrôle annuel)

        Pensez à apporter vos lunettes actuelles et votre carte d'identité électronique.
        Prévoyez de ne pas conduire après l'examen (dilatation possible).

        Annuler ou déplacer : https://www.doctoplan.be/rdv/77c2f1

        L'équipe Doctoplan
        """)
    when = "2026-11-30 18:00"
    return message([
        rcv("notif.doctoplan.be", "51.15.204.118", when, BXL, "4Qd3Nh6Lxp"),
        ("From", addr("Doctoplan", "rappels@doctoplan.be")),
        ("To", ME),
        ("Subject", enc("Rappel : votre rendez-vous du 02/12/2026 avec le Dr Vanderhaegen")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<rdv.77c2f1.reminder@doctoplan.be>"),
    ], alt(text(body, charset="utf-8", cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(46), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School confirms a parent-teacher 'entretien individuel' 'jeudi 26/11 à 17h15': fixed time, not a job "
           "interview.",
      days=(("Thu", "2026-11-26"),))
def m46() -> bytes:
    body = t("""
        Chers parents,

        Suite à votre inscription, nous vous confirmons votre entretien individuel avec Mme Collignon,
        titulaire de la classe de 4e primaire (Lucie Delvaux), le jeudi 26/11 à 17h15, en classe
        (bâtiment B, 1er étage). Chaque entretien dure 10 minutes ; merci de respecter l'horaire.

        Le bulletin sera remis à cette occasion.

        La direction
        École communale de Bouge - implantation du Moustier
        """)
    when = "2026-11-19 13:05"
    return message([
        rcv("smtp.ecoles-namur.be", "193.190.244.5", when, BXL, "4PV1Cm9Wrt"),
        ("From", addr("École communale de Bouge", "direction.bouge@ecoles-namur.be")),
        ("To", addr("Parents 4e A", "parents-4a@ecoles-namur.be")),
        ("Subject", enc("Réunion de parents - confirmation de votre entretien (4e A)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5a1f3b2c-parents-4a-20261119@ecoles-namur.be>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="mailing_list", lang="fr", interview=False, company=None,
      note="Professional mailing-list digest (List-Id, Precedence: list); a post titled 'Interview : la future "
           "directive' and a meetup date, nothing for Julien to attend as a candidate.")
def m47() -> bytes:
    body = t("""
        Envoyez vos messages pour la liste acheteurs-publics à
            acheteurs-publics@lists.rwap.be

        Thèmes du jour :

           1. Interview : la future directive concessions (Marc Hennaux)
           2. Re: Critères d'attribution - pondération prix/qualité (Anne-Sophie D.)
           3. Afterwork RWAP à Liège - jeudi 10 décembre, 18h (Secrétariat RWAP)

        ----------------------------------------------------------------------

        Message: 1
        Date: Tue, 1 Dec 2026 09:14:02 +0100
        From: Marc Hennaux <marc.hennaux@example.com>
        Subject: Interview : la future directive concessions

        Bonjour à tous, je vous partage l'interview que j'ai donnée à la revue Marchés & Contrats sur la
        révision des directives. Vos réactions sont les bienvenues.

        ------------------------------

        Message: 2
        Date: Tue, 1 Dec 2026 11:40:51 +0100
        From: Anne-Sophie D. <asd@example.net>
        Subject: Re: Critères d'attribution - pondération prix/qualité

        Chez nous, septante/trente pour les services intellectuels, nonante/dix pour les fournitures
        standard...

        ------------------------------

        Message: 3
        From: Secrétariat RWAP <secretariat@rwap.be>
        Subject: Afterwork RWAP à Liège - jeudi 10 décembre, 18h

        Inscriptions ouvertes sur le site.

        Fin du digest acheteurs-publics, volume 19, numéro 142
        """)
    when = "2026-12-02 00:05"
    return message([
        rcv("lists.rwap.be", "91.121.70.14", when, BXL, "4Qe0Fj1Mvs"),
        ("From", addr("acheteurs-publics", "acheteurs-publics-request@lists.rwap.be")),
        ("To", "acheteurs-publics@lists.rwap.be"),
        ("Subject", enc("Digest acheteurs-publics, vol. 19, n° 142")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<mailman.142.1796166300.2190.acheteurs-publics@lists.rwap.be>"),
        ("List-Id", "<acheteurs-publics.lists.rwap.be>"),
        ("List-Unsubscribe", "<https://lists.rwap.be/mailman/options/acheteurs-publics>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "2.1.39"),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(n(48), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Recurring Outlook stand-up at Julien's current employer (every Monday 9:15, RRULE), not an interview.")
def m48() -> bytes:
    body = t("""
        Quand : Se produit chaque lundi de 09:15 à 09:30 à partir du 14/09/2026 (UTC+01:00) Bruxelles,
        Copenhague, Madrid, Paris.
        Où : Teams / salle Meuse

        Stand-up hebdo de la cellule marchés : état des dossiers en cours, échéances de la semaine,
        blocages. 15 minutes, pas plus !

        Philippe
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Philippe Donnay:mailto:philippe.donnay@nes-namur.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000B7A6C5D4E33DDC01000000000000000010000000D4E5F6
        SUMMARY;LANGUAGE=fr-BE:Stand-up hebdo cellule marchés
        DTSTART;TZID=Romance Standard Time:20260914T091500
        DTEND;TZID=Romance Standard Time:20260914T093000
        DTSTAMP:20260910T081200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:Teams / salle Meuse
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-09-10 10:12"
    return message([
        rcv("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.97", when, BXL, "4Lh2Rb8Nzc"),
        ("From", addr("Donnay Philippe", "philippe.donnay@nes-namur.be")),
        ("To", addr("Delvaux Julien", ME)),
        ("Subject", enc("Stand-up hebdo cellule marchés")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<DB8PR02MB59780A1B2C3D4E5F60718293A4B55@DB8PR02MB5978.eurprd02.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(49), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Microsoft Bookings confirmation from a bank ('rendez-vous avec votre conseiller', mardi 22 septembre "
           "2026 17:30, ICS attached): same producer as an interview booking, but a bank meeting.")
def m49() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <h2 style="font-weight:600">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Julien Delvaux,</p>
        <p>Merci d'avoir réservé auprès de <b>Banque du Condroz - Agence Namur Centre</b>.</p>
        <table cellpadding="6" style="border:1px solid #edebe9">
        <tr><td>Service</td><td>Entretien conseil - crédit hypothécaire (60 min)</td></tr>
        <tr><td>Date</td><td>mardi 22 septembre 2026</td></tr>
        <tr><td>Heure</td><td>17:30 - 18:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Membre du personnel</td><td>Xavier Mathieu, conseiller clientèle</td></tr>
        </table>
        <p>Merci d'apporter vos trois dernières fiches de paie et votre avertissement-extrait de rôle.</p>
        <p style="font-size:12px;color:#a19f9d">Ce message a été envoyé par Microsoft Bookings.</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banque du Condroz - Namur Centre:mailto:AgenceNamurCentre@banqueducondroz.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julien Delvaux:mailto:julien.delvaux@example.org
        UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A55BDC01000000000000000010000000F1E2D3
        SUMMARY;LANGUAGE=fr-FR:Entretien conseil - crédit hypothécaire
        DTSTART;TZID=Romance Standard Time:20260922T173000
        DTEND;TZID=Romance Standard Time:20260922T183000
        DTSTAMP:20260916T120500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Agence Namur Centre\\, rue de l'Ange 30\\, 5000 Namur
        END:VEVENT
        END:VCALENDAR
        """))
    when = "2026-09-16 14:05"
    return message([
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.50", when, BXL, "4Lq7Wd3Gvh"),
        ("From", addr("Banque du Condroz - Namur Centre", "AgenceNamurCentre@banqueducondroz.be")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", enc("Réservation confirmée : Entretien conseil - crédit hypothécaire")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AM9PR03MB7219E5F4D3C2B1A09F8E7D6CB8A33@AM9PR03MB7219.eurprd03.prod.outlook.com>"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                disposition="attachment")))


@mail(n(50), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms Julien as a guest ('recording Thursday 3 December 2026 at 4pm CET, 45 minutes', "
           "Riverside link): an 'interview' at a fixed time, but a podcast, not a job interview.",
      days=(("Thu", "2026-12-03"),))
def m50() -> bytes:
    body = t("""
        Hi Julien,

        Brilliant - you're booked as our guest on Tender Talk! Recording is on Thursday 3 December 2026
        at 4pm CET and takes 45 minutes. I'll interview you about how small Walloon municipalities cope
        with e-procurement; no need to prepare slides, just bring a couple of war stories.

        Studio link (Riverside): https://riverside.fm/studio/tender-talk-s3
        Please use headphones and a wired connection if you can.

        Cheers,
        Lisa van Dijk
        Host, Tender Talk podcast
        """)
    when = "2026-11-26 12:40"
    return message([
        rcv("mail-pj1-f45.google.com", "209.85.216.45", when, BXL, "4PZx9Ka2Dql"),
        ("From", addr("Lisa van Dijk", "lisa@tendertalk.fm")),
        ("To", addr("Julien Delvaux", ME)),
        ("Subject", "Tender Talk - you're on! Recording 3 Dec"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAN5vWq2Hk8-Tz@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))
