"""blind216: 50 hand-written mails from the inbox of Bastien Chapuis, an industrial-vision engineer
in Saint-Étienne (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out sets). Keys 1-23 are
the positives, 24-50 the negatives; the file number of the mail written ``key``-th is
``ORDER[key - 1]``. Build and check with ``python3 bench/heldout/make_blind.py blind216``.
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

ORDER = random.Random(2160216).sample(range(1, 51), 50)

ME = "bastien.chapuis@example.org"
ME_ADDR = addr("Bastien Chapuis", ME)
PARIS = "Europe/Paris"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind216_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, via: str, *, qid: str,
         to: str = ME_ADDR, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To + Received + the usual originator headers, then any extra ones."""
    return [
        ("Delivered-To", ME),
        ("Received", received(via, when, zone, f"{MX} {qid}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def ics(events: str, *, prodid: str, method: str | None = "REQUEST", vtz: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if vtz:
        lines.append(vtz.strip("\n"))
    lines.append(events.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


ROMANCE_VTZ = """BEGIN:VTIMEZONE
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

TEAMS_FR = """\
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<{link}>
ID de la réunion : {mid}
Code secret : {code}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives (keys 1-23)


# --- 1. Greenhouse, English, onsite Lyon, summer time ----------------------------------------
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", PARIS), end=utc("2026-09-15 14:45", PARIS),
      contact="maelle.girard@lumisort-robotics.com", company="Lumisort Robotics",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone=PARIS,
      note="Greenhouse confirmation, '2:00 PM - 2:45 PM CEST' on Tue 15 Sep (Paris summer time, "
           "UTC+2) -> 12:00Z-12:45Z; contact = human Reply-To (the Talent Partner)")
def greenhouse_lumisort() -> bytes:
    body = t("""
        Hi Bastien,

        Thank you for taking the time to speak with us last week. Your interview for the
        Computer Vision Engineer (Embedded) role at Lumisort Robotics is confirmed. Here are
        the details:

        Interview: Technical interview - Perception team
        Date: Tuesday, September 15, 2026
        Time: 2:00 PM - 2:45 PM CEST
        Location: Lumisort Robotics, 27 rue des Tanneurs, 69007 Lyon (ask for Maëlle at reception)
        Interviewers: Maëlle Girard (Talent Partner), Yannick Brun (Perception Lead)

        Please bring an ID card for your visitor badge. The building is a 10-minute walk from
        Jean Macé station.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Maëlle Girard
        Talent Partner | Lumisort Robotics
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Bastien,</p>
        <p>Thank you for taking the time to speak with us last week. Your interview for the
        <strong>Computer Vision Engineer (Embedded)</strong> role at Lumisort Robotics is confirmed.
        Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical interview - Perception team</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 2:45 PM CEST</td></tr>
        <tr><td><b>Location:</b></td><td>Lumisort Robotics, 27 rue des Tanneurs, 69007 Lyon
        (ask for Ma&euml;lle at reception)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Ma&euml;lle Girard (Talent Partner), Yannick Brun
        (Perception Lead)</td></tr>
        </table>
        <p>Please bring an ID card for your visitor badge. The building is a 10-minute walk from
        Jean Mac&eacute; station.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Ma&euml;lle Girard<br>Talent Partner | Lumisort Robotics</p>
        <img src="https://us.greenhouse-mail.io/o/eJx2kc1u2zAQhO9-CkN3W6L_Z" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Lumisort Robotics <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Computer Vision Engineer (Embedded) at Lumisort Robotics",
              "2026-09-08 10:14", PARIS,
              "<0100019d2a4c1b7e-5f0c2a8e-1b44-4c2e-9a51-7d3e0c6b2f11-000000@email.amazonses.com>",
              "from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              qid="4Gk1Zq0Rt7z9",
              extra=(("Reply-To", addr("Maëlle Girard", "maelle.girard@lumisort-robotics.com")),
                     ("X-Greenhouse-Mail-Type", "candidate_interview_confirmation")))
    return message(hs, alt(text(body), html(page)))


# --- 2. Lever, French, base64, ICS in UTC -------------------------------------------------------
@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 10:30", PARIS), end=utc("2026-09-23 11:30", PARIS),
      contact="julien.faure@arvea-systemes.fr", company="Arvéa Systèmes",
      local="Wed 2026-09-23 10:30", local_end="2026-09-23 11:30", zone=PARIS,
      note="Lever (French template), 'mercredi 23 septembre 2026, 10:30 – 11:30 (heure de Paris, "
           "UTC+02:00)' -> 08:30Z-09:30Z, ICS in UTC agrees; contact = Reply-To / ORGANIZER")
def lever_arvea() -> bytes:
    body = t("""
        Bonjour Bastien,

        Votre entretien pour le poste d'Ingénieur Vision Industrielle (H/F) – Clermont-Ferrand
        est confirmé.

        Date : mercredi 23 septembre 2026
        Heure : 10:30 – 11:30 (heure de Paris, UTC+02:00)
        Lieu : Google Meet – https://meet.google.com/xkr-pqov-tds
        Avec : Julien Faure, Responsable R&D Vision ; Élodie Sarrazin, Ingénieure méthodes

        Vous trouverez une invitation en pièce jointe. Pour toute question, répondez simplement
        à cet e-mail : votre réponse sera transmise à Julien.

        À bientôt,
        L'équipe recrutement Arvéa Systèmes

        --
        Powered by Lever
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;padding:24px;font-family:-apple-system,Helvetica,sans-serif">
        <div style="max-width:560px;margin:auto">
        <p>Bonjour Bastien,</p>
        <p>Votre entretien pour le poste d'<b>Ingénieur Vision Industrielle (H/F) – Clermont-Ferrand</b>
        est confirmé.</p>
        <div style="background:#f4f6f8;border-radius:6px;padding:12px 16px">
        <div><b>Date :</b> mercredi 23 septembre 2026</div>
        <div><b>Heure :</b> 10:30 – 11:30 (heure de Paris, UTC+02:00)</div>
        <div><b>Lieu :</b> <a href="https://meet.google.com/xkr-pqov-tds">Google Meet</a></div>
        <div><b>Avec :</b> Julien Faure, Responsable R&amp;D Vision ; Élodie Sarrazin, Ingénieure méthodes</div>
        </div>
        <p>Vous trouverez une invitation en pièce jointe. Pour toute question, répondez simplement
        à cet e-mail : votre réponse sera transmise à Julien.</p>
        <p>À bientôt,<br>L'équipe recrutement Arvéa Systèmes</p>
        <p style="color:#999;font-size:11px">Powered by Lever</p>
        </div></body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:lever-7c1e9a52-3f0b-4d1e-8a77-0e5b2f6d9c41@hire.lever.co
DTSTAMP:20260916T154012Z
DTSTART:20260923T083000Z
DTEND:20260923T093000Z
SUMMARY:Entretien – Arvéa Systèmes – Ingénieur Vision Industrielle
LOCATION:https://meet.google.com/xkr-pqov-tds
ORGANIZER;CN=Julien Faure:mailto:julien.faure@arvea-systemes.fr
ATTENDEE;CN=Bastien Chapuis;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bastien.chapuis@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Lever//Lever Interview Scheduling//EN")
    hs = head(addr("Arvéa Systèmes", "no-reply@hire.lever.co"),
              "Confirmation de votre entretien avec Arvéa Systèmes",
              "2026-09-16 17:40", PARIS,
              "<20260916154012.7c1e9a52.lever@hire.lever.co>",
              "from mail-a.hire.lever.co (mail-a.hire.lever.co [198.21.6.14])",
              qid="4Gl0Jm2Wb1z3",
              extra=(("Reply-To", addr("Julien Faure", "julien.faure@arvea-systemes.fr")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --- 3. Recruiter prose, vous, 'demain', latin-1 8bit, all-day ICS -----------------------------
@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:30", PARIS), end=None,
      contact="sandrine.baroux@forezienne-ci.fr", company="Forézienne de Contrôle Industriel",
      local="Tue 2026-10-06 09:30", zone=PARIS,
      note="HR officer's reply sent Mon 5 Oct 08:12 +0200: 'demain, mardi 6 octobre, à 9h30' -> "
           "07:30Z (CEST). The attached invitation is an all-day event on 6 Oct, the time is only "
           "in the text; 'comptez environ une heure' is approximate so end null; contact = sender")
def prose_forezienne() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Je vous confirme notre rendez-vous de demain, mardi 6 octobre, à 9h30 dans nos locaux
        (8 allée des Tisseurs, ZI de Molina, 42000 Saint-Étienne). Vous serez reçu par
        M. Grange, notre directeur technique, et moi-même ; comptez environ une heure.

        Je vous ai envoyé une invitation dans l'agenda mais elle s'affiche en « journée
        entière », je n'ai pas réussi à corriger... l'heure est bien 9h30.

        Merci de vous présenter à l'accueil du bâtiment B, le parking visiteurs est juste devant.

        Bien cordialement,

        Sandrine Baroux
        Chargée des ressources humaines
        Forézienne de Contrôle Industriel
        Tél. 04 77 49 21 60

        -----Message d'origine-----
        De : Bastien Chapuis <bastien.chapuis@example.org>
        Envoyé : vendredi 2 octobre 2026 18:03
        À : Sandrine Baroux <sandrine.baroux@forezienne-ci.fr>
        Objet : Re: Votre candidature - Ingénieur vision (réf. FCI-2609)

        Bonjour Madame Baroux,

        Merci pour votre appel. Mardi matin me convient très bien, à partir de 9h.

        Bien à vous,
        Bastien Chapuis
        """)
    cal = ics("""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0D1F4A3C954DC01000000000000000010000000
DTSTAMP:20261005T061200Z
DTSTART;VALUE=DATE:20261006
DTEND;VALUE=DATE:20261007
SUMMARY:Entretien M. Chapuis - poste ingénieur vision
LOCATION:FCI - bâtiment B
ORGANIZER;CN=Sandrine Baroux:mailto:sandrine.baroux@forezienne-ci.fr
ATTENDEE;CN=Bastien Chapuis;RSVP=TRUE:mailto:bastien.chapuis@example.org
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
SEQUENCE:0
END:VEVENT
""", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    hs = head(addr("Sandrine Baroux", "sandrine.baroux@forezienne-ci.fr", "iso-8859-1"),
              "RE: Votre candidature – Ingénieur vision (réf. FCI-2609)".replace("–", "-"),
              "2026-10-05 08:12", PARIS,
              "<PR1P264MB3318A2C09B7E4F1D6E2B8C41D9A62@PR1P264MB3318.FRAP264.PROD.OUTLOOK.COM>",
              "from mail-pr1fra01on2101.outbound.protection.outlook.com (52.101.66.101)",
              qid="4Gm9Tn5Fv2z8", charset="iso-8859-1",
              extra=(("In-Reply-To", "<c41f2a7e-9d1b-4b7e-8e3f-2a1c0d9b7e55@example.org>"),
                     ("Thread-Topic", enc("Votre candidature - Ingénieur vision (réf. FCI-2609)",
                                          "iso-8859-1")),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             calendar(cal, method="REQUEST", filename="Entretien.ics",
                                      disposition="attachment", cte="base64")))


# --- 4. Swiss employer, Exchange, Zurich time, the week after Europe leaves summer time -------
@mail(n(4), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "Europe/Zurich"), end=utc("2026-10-29 11:00", "Europe/Zurich"),
      contact="lukas.meier@helvetrix.ch", company="Helvetrix Vision AG",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="Europe/Zurich",
      note="Exchange meeting request from Zurich sent Fri 23 Oct in CEST; interview Thu 29 Oct "
           "10:00-11:00 Zurich time, after the 25 Oct change to CET (UTC+1) -> 09:00Z-10:00Z; "
           "ICS TZID 'W. Europe Standard Time' agrees; contact = organizer/sender")
def exchange_helvetrix() -> bytes:
    teams = TEAMS_FR.format(link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2Yz"
                                 "AtYjE4Mi00Y2E3LWE2ZTItMmY0MzE1ZDc4N2Fh%40thread.v2/0",
                            mid="372 118 940 55", code="k7Ws3D")
    body = t("""
        Bonjour Monsieur Chapuis,

        Comme convenu avec ma collègue Anne-Laure Python, voici l'invitation pour l'entretien avec
        notre équipe Inspection optique. Nous nous verrons jeudi 29 octobre de 10h00 à 11h00,
        heure de Zurich (soit la même heure qu'à Saint-Étienne).

        Au programme : présentation de vos projets (20 min), questions techniques sur la
        calibration multi-caméras, puis échange avec Reto Fankhauser, notre CTO.

        Meilleures salutations,

        Lukas Meier
        Teamleiter Inspection optique
        Helvetrix Vision AG | Hardturmstrasse 161 | 8005 Zürich
        +41 44 512 38 70

        """) + teams
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" \
           "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace(
            "<", "&lt;").replace(">", "&gt;").split("\n")) + "</div></body></html>\n"
    cal = ics("""
BEGIN:VEVENT
ORGANIZER;CN=Meier Lukas:mailto:lukas.meier@helvetrix.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bastien.chapuis@example.org:mailto:bastien.chapuis@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fankhauser Reto:mailto:reto.fankhauser@helvetrix.ch
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Chapuis\\,\\n\\nComme convenu avec ma collègue Anne-Laure Python\\, voici l'invitation pour l'entretien.\\n
UID:040000008200E00074C5B7101A82E008000000004C8E2A1F6E62DC01000000000000000010000000F3B5
SUMMARY;LANGUAGE=fr-FR:Entretien Bastien Chapuis – Ingénieur vision (Helvetrix)
DTSTART;TZID=W. Europe Standard Time:20261029T100000
DTEND;TZID=W. Europe Standard Time:20261029T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T130500Z
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
""", prodid="Microsoft Exchange Server 2010", vtz=VTZ["W. Europe Standard Time"])
    hs = head(addr("Meier Lukas", "lukas.meier@helvetrix.ch"),
              "Entretien Bastien Chapuis – Ingénieur vision (Helvetrix)",
              "2026-10-23 15:05", "Europe/Zurich",
              "<ZR0P278MB0917C4E3A5B16F02D8A17E3BB95C2@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>",
              "from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2112.outbound"
              ".protection.outlook.com [40.107.24.112])",
              qid="4HB3Lm7Qc6z2",
              to=addr("bastien.chapuis@example.org", ME),
              extra=(("Thread-Topic", enc("Entretien Bastien Chapuis – Ingénieur vision (Helvetrix)")),
                     ("Thread-Index", "AdtlKx4h0m2bQ7uPQm2sVx9cN0yU1Q=="),
                     ("Accept-Language", "de-CH, fr-CH, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1"),
                     ("X-MS-TNEF-Correlator", ""),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), html(page),
                           calendar(cal, method="REQUEST", cte="base64")))


# --- 5. Ashby, English, Auckland team: local Wednesday is Tuesday in UTC ----------------------
@mail(n(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 09:00", "Pacific/Auckland"),
      end=utc("2026-10-28 09:45", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaiimaging.co.nz", company="Kōwhai Imaging",
      local="Wed 2026-10-28 09:00", local_end="2026-10-28 09:45", zone="Pacific/Auckland",
      note="Ashby: 'Wednesday, October 28, 2026, 9:00 AM – 9:45 AM NZDT' (UTC+13) = Tue 27 Oct "
           "20:00Z-20:45Z, also written as 9:00 PM CET in Paris (Europe already back on CET); "
           "ICS in UTC agrees; contact = human Reply-To")
def ashby_kowhai() -> bytes:
    body = t("""
        Hi Bastien,

        Your interview is confirmed. We're looking forward to speaking with you!

        Technical deep-dive (45 min)
        Wednesday, October 28, 2026
        9:00 AM – 9:45 AM NZDT
        (Tuesday, October 27, 9:00 PM – 9:45 PM CET your time)
        Google Meet: https://meet.google.com/pwa-hkzt-qru

        You'll meet with:
          Tama Rewiri — Head of Vision
          Priya Desai — Staff Engineer, Inspection Platform

        We know this is an evening slot for you in France, thanks for making it work with our
        Auckland team. Questions? Just reply and it will reach Aroha Ngata.

        Thanks,
        Kōwhai Imaging Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Bastien,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Technical deep-dive (45 min)</strong><br>
        Wednesday, October 28, 2026<br>
        9:00 AM – 9:45 AM NZDT<br>
        <span style="color:#666">(Tuesday, October 27, 9:00 PM – 9:45 PM CET your time)</span><br>
        <a href="https://meet.google.com/pwa-hkzt-qru">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>
        &nbsp;&nbsp;Tama Rewiri — Head of Vision<br>
        &nbsp;&nbsp;Priya Desai — Staff Engineer, Inspection Platform</p>
        <p>We know this is an evening slot for you in France, thanks for making it work with our
        Auckland team. Questions? Just reply and it will reach Aroha Ngata.</p>
        <p>Thanks,<br>Kōwhai Imaging Recruiting</p>
        </body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:3f9c0a7e-52d4-4b1f-a0c8-9e61d2b7f034
DTSTAMP:20261022T093104Z
DTSTART:20261027T200000Z
DTEND:20261027T204500Z
SEQUENCE:0
SUMMARY:Kōwhai Imaging – Technical deep-dive (Bastien Chapuis)
LOCATION:https://meet.google.com/pwa-hkzt-qru
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaiimaging.co.nz
ATTENDEE;CN=Bastien Chapuis;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bastien.chapuis@example.org
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Ashby//Ashby Scheduling//EN")
    hs = head(addr("Kōwhai Imaging", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Computer Vision Engineer (Remote, EU) at Kōwhai Imaging",
              "2026-10-22 09:31", "UTC",
              "<0100019e0b7d4f21-8e2c5a10-6d3b-4f7e-b1a9-04c7e3d58f62-000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [54.240.9.47])",
              qid="4HA8Rw1Nd3z5",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaiimaging.co.nz")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# --- 6. Workday, French, HTML only, contact only in the body ----------------------------------
@mail(n(6), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", PARIS), end=utc("2026-11-12 15:00", PARIS),
      contact="ines.marchetti@valbrune.fr", company="Groupe Valbrune",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=PARIS,
      note="Workday HTML-only mail from a tenant address; 'jeudi 12 novembre 2026, 14h00 – 15h00 "
           "(heure de Paris)' in CET (UTC+1) -> 13:00Z-14:00Z; no Reply-To, contact = the "
           "recruiter's address written in the body")
def workday_valbrune() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333}</style></head>
        <body bgcolor="#f2f2f2">
        <table width="600" align="center" bgcolor="#ffffff" cellpadding="20"><tr><td>
        <img src="https://wd3.myworkdaysite.com/valbrune/assets/logo.png" alt="Groupe Valbrune" height="40">
        <p>Bonjour Bastien,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Ingénieur Vision &amp; Contrôle Qualité (H/F)</b> &ndash; R-0048213.</p>
        <table cellpadding="3">
        <tr><td><b>Date&nbsp;:</b></td><td>jeudi 12 novembre 2026</td></tr>
        <tr><td><b>Horaire&nbsp;:</b></td><td>14h00 &ndash; 15h00 (heure de Paris)</td></tr>
        <tr><td><b>Format&nbsp;:</b></td><td>sur site &ndash; Groupe Valbrune, 41 quai Perrache, 69002 Lyon, 3<sup>e</sup> étage</td></tr>
        <tr><td><b>Interlocuteurs&nbsp;:</b></td><td>Inès Marchetti (Chargée de recrutement), Arnaud Pellet (Responsable Qualité Groupe)</td></tr>
        </table>
        <p>Pour toute question, vous pouvez contacter Inès Marchetti à l'adresse
        <a href="mailto:ines.marchetti@valbrune.fr">ines.marchetti@valbrune.fr</a>.</p>
        <p>Vous pouvez également consulter vos tâches dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/valbrune/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Valbrune</p>
        <p style="font-size:11px;color:#888">Ce message a été généré automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Groupe Valbrune <valbrune@myworkday.com>",
              "Invitation à un entretien – Ingénieur Vision & Contrôle Qualité (R-0048213)",
              "2026-11-04 11:02", PARIS,
              "<1853226047.184732.1793786520000@wd3-prod-mail-02.myworkday.com>",
              "from wd3-smtp-out-02.myworkday.com (wd3-smtp-out-02.myworkday.com [209.177.165.34])",
              qid="4HQ2Kc0Ys8z1")
    return message(hs, html(page))


# --- 7. Calendly, English, reschedule with Former/Updated ---------------------------------------
@mail(n(7), family="calendly", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-17 16:00", PARIS), end=utc("2026-11-17 16:45", PARIS),
      contact="owen.hartley@mirefield.io", company="Mirefield Analytics",
      local="Tue 2026-11-17 16:00", local_end="2026-11-17 16:45", zone=PARIS,
      note="Calendly 'Updated' mail: Former Mon 16 Nov 10:00, Updated '16:00 - 16:45 (Central "
           "European Time), Tuesday, 17 November 2026' -> 15:00Z-15:45Z (CET); ICS carries the "
           "new slot; contact = host in Reply-To (Calendly notifications@ is a role address)")
def calendly_mirefield() -> bytes:
    body = t("""
        Hi Bastien Chapuis,

        Your event has been rescheduled.

        Event Type:
        Hiring manager interview - Mirefield Analytics

        Host:
        Owen Hartley

        Former:
        10:00 - 10:45 (Central European Time), Monday, 16 November 2026

        Updated:
        16:00 - 16:45 (Central European Time), Tuesday, 17 November 2026

        Location:
        This is a Zoom web conference.
        https://mirefield.zoom.us/j/86240117735?pwd=Uk9xT2d3b0Fzc1ZKa0hVZz09

        Reason for rescheduling:
        "Sorry Bastien, our team offsite moved to Monday. Tuesday afternoon is better, thanks! Owen"

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f2b1e0c-44d7-4a6e-9c3b-2d7e51a0c9f8
        Reschedule: https://calendly.com/reschedulings/8f2b1e0c-44d7-4a6e-9c3b-2d7e51a0c9f8

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Bastien Chapuis,</p>
        <p>Your event has been rescheduled.</p>
        <p><b>Event Type:</b><br>Hiring manager interview - Mirefield Analytics</p>
        <p><b>Host:</b><br>Owen Hartley</p>
        <p><b>Former:</b><br><s>10:00 - 10:45 (Central European Time), Monday, 16 November 2026</s></p>
        <p><b>Updated:</b><br>16:00 - 16:45 (Central European Time), Tuesday, 17 November 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://mirefield.zoom.us/j/86240117735?pwd=Uk9xT2d3b0Fzc1ZKa0hVZz09">https://mirefield.zoom.us/j/86240117735</a></p>
        <p><b>Reason for rescheduling:</b><br>&quot;Sorry Bastien, our team offsite moved to Monday.
        Tuesday afternoon is better, thanks! Owen&quot;</p>
        <p><a href="https://calendly.com/cancellations/8f2b1e0c-44d7-4a6e-9c3b-2d7e51a0c9f8">Cancel</a> |
        <a href="https://calendly.com/reschedulings/8f2b1e0c-44d7-4a6e-9c3b-2d7e51a0c9f8">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:8f2b1e0c-44d7-4a6e-9c3b-2d7e51a0c9f8@calendly.com
DTSTAMP:20261113T104812Z
DTSTART:20261117T150000Z
DTEND:20261117T154500Z
SEQUENCE:1
SUMMARY:Hiring manager interview - Mirefield Analytics
LOCATION:https://mirefield.zoom.us/j/86240117735
ORGANIZER;CN=Owen Hartley:mailto:owen.hartley@mirefield.io
ATTENDEE;CN=Bastien Chapuis;PARTSTAT=ACCEPTED:mailto:bastien.chapuis@example.org
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Calendly//Calendly//EN")
    hs = head("Calendly <notifications@calendly.com>",
              "Updated: Hiring manager interview - Mirefield Analytics with Owen Hartley on "
              "Tuesday, 17 November 2026",
              "2026-11-13 10:48", "UTC",
              "<CQ7kq2t1S5e8VnX3oZbW4w@geopod-ismtpd-7>",
              "from o3.email.calendly.com (o3.email.calendly.com [167.89.101.58])",
              qid="4HY5Pn8Gd0z6",
              extra=(("Reply-To", addr("Owen Hartley", "owen.hartley@mirefield.io")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", filename="invite.ics",
                                      disposition="attachment", ctype="application/ics")))


# --- 8. Google Calendar invitation, French template, IANA zone --------------------------------
@mail(n(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", PARIS), end=utc("2026-12-08 11:00", PARIS),
      contact="claire.vial@sylvane-robotique.fr", company="Sylvane Robotique",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=PARIS,
      note="Google Calendar invitation (French UI): 'mar. 8 déc. 2026 10:00 – 11:00 (UTC+1)' -> "
           "09:00Z-10:00Z; ICS TZID=Europe/Paris agrees; contact = organizer (From/Reply-To)")
def gcal_sylvane() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique – Bastien Chapuis / Sylvane Robotique
        Quand
        mar. 8 déc. 2026 10:00 – 11:00 (UTC+1) Heure normale d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/hqv-zmtr-wye

        Rejoindre par téléphone
        (FR) +33 1 87 40 42 18  Code : 318 552 904#

        Organisateur
        claire.vial@sylvane-robotique.fr

        Invités
        claire.vial@sylvane-robotique.fr - organisateur
        mathieu.rondet@sylvane-robotique.fr
        bastien.chapuis@example.org

        Bonjour Bastien, comme convenu au téléphone : entretien technique avec Mathieu (lead
        vision), 45 min d'échanges puis 15 min pour vos questions. À mardi ! Claire

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=NXRyZ2QxYjZ2

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail parce que vous êtes un invité de l'événement. Pour ne plus
        recevoir de notifications pour cet événement, refusez-le.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Vous avez été invité à l'événement suivant."></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Vous avez été invité à l'événement suivant.</p>
        <h2 style="font-size:20px;font-weight:400">Entretien technique – Bastien Chapuis / Sylvane Robotique</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mar. 8 déc. 2026 10:00 – 11:00 (UTC+1) Heure normale d'Europe centrale - Paris</td></tr>
        <tr><td style="color:#70757a">Participer avec Google Meet</td><td><a href="https://meet.google.com/hqv-zmtr-wye">meet.google.com/hqv-zmtr-wye</a></td></tr>
        <tr><td style="color:#70757a">Organisateur</td><td>claire.vial@sylvane-robotique.fr</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>claire.vial@sylvane-robotique.fr - organisateur<br>mathieu.rondet@sylvane-robotique.fr<br>bastien.chapuis@example.org</td></tr></table>
        <p>Bonjour Bastien, comme convenu au téléphone : entretien technique avec Mathieu (lead
        vision), 45 min d'échanges puis 15 min pour vos questions. À mardi ! Claire</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    cal = ics("""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261208T100000
DTEND;TZID=Europe/Paris:20261208T110000
DTSTAMP:20261201T094112Z
ORGANIZER;CN=claire.vial@sylvane-robotique.fr:mailto:claire.vial@sylvane-robotique.fr
UID:5trgd1b6v0k3n9m2q7c4e8h1ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=claire.vial@sylvane-robotique.fr;X-NUM-GUESTS=0:mailto:claire.vial@sylvane-robotique.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.rondet@sylvane-robotique.fr;X-NUM-GUESTS=0:mailto:mathieu.rondet@sylvane-robotique.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bastien.chapuis@example.org;X-NUM-GUESTS=0:mailto:bastien.chapuis@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/hqv-zmtr-wye
CREATED:20261201T094110Z
DESCRIPTION:Bonjour Bastien\\, comme convenu au téléphone : entretien technique avec Mathieu (lead vision)\\, 45 min d'échanges puis 15 min pour vos questions. À mardi ! Claire
LAST-MODIFIED:20261201T094110Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique – Bastien Chapuis / Sylvane Robotique
TRANSP:OPAQUE
END:VEVENT
""", prodid="-//Google Inc//Google Calendar 70.9054//EN", vtz=VTZ["Europe/Paris"])
    hs = head(addr("Claire Vial", "claire.vial@sylvane-robotique.fr"),
              "Invitation: Entretien technique – Bastien Chapuis / Sylvane Robotique @ mar. 8 déc. "
              "2026 10:00 - 11:00 (UTC+1) (bastien.chapuis@example.org)",
              "2026-12-01 09:41", "UTC",
              "<calendar-4c7e2b19-8a3d-4f05-b6e1-93d0a5c2f7e8@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              qid="4Hm0Vd6Tq5z4",
              to=ME,
              extra=(("Reply-To", "claire.vial@sylvane-robotique.fr"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, method="REQUEST", cte="base64")),
                             calendar(cal, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --- 9. Exchange update, French, Windows zone name, old and new time --------------------------
@mail(n(9), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-30 15:45", PARIS), end=utc("2026-11-30 16:30", PARIS),
      contact="thomas.delorme@aubrac-mesure.fr", company="Aubrac Mesure",
      local="Mon 2026-11-30 15:45", local_end="2026-11-30 16:30", zone=PARIS,
      note="Outlook 'Mis à jour' request: moved from jeudi 26 novembre 10h to 'lundi 30 novembre "
           "à 15 h 45' (15:45-16:30, CET) -> 14:45Z-15:30Z; ICS TZID 'Romance Standard Time', "
           "SEQUENCE 1; contact = organizer/sender")
def exchange_aubrac() -> bytes:
    teams = TEAMS_FR.format(link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ3MTRkN2Et"
                                 "NjRmYS00ZjQ2LWJmYmQtOGE1YzNlNWY0ZDJh%40thread.v2/0",
                            mid="358 904 217 663", code="Yp3Rq8")
    body = t("""
        Quand : lundi 30 novembre 2026 15:45-16:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        Bonjour Bastien,

        Désolé pour le changement de dernière minute : notre responsable de production est
        mobilisé jeudi sur un audit client. Je déplace donc notre entretien de jeudi 26 novembre
        10h à lundi 30 novembre à 15 h 45 (jusqu'à 16 h 30), toujours sur Teams.

        Merci de me dire si ce nouveau créneau vous pose problème.

        Thomas Delorme
        Responsable bureau d'études
        Aubrac Mesure – 17 rue de l'Oradou, 63000 Clermont-Ferrand

        """) + teams
    cal = ics("""
BEGIN:VEVENT
ORGANIZER;CN=Thomas Delorme:mailto:thomas.delorme@aubrac-mesure.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bastien Chapuis:mailto:bastien.chapuis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gilles Vaur:mailto:gilles.vaur@aubrac-mesure.fr
UID:040000008200E00074C5B7101A82E00800000000E07C39D2A37EDC01000000000000000010000000A1D2
SUMMARY;LANGUAGE=fr-FR:Entretien – Ingénieur vision (Aubrac Mesure)
DTSTART;TZID=Romance Standard Time:20261130T154500
DTEND;TZID=Romance Standard Time:20261130T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124T172200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118773410
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
END:VEVENT
""", prodid="Microsoft Exchange Server 2010", vtz=ROMANCE_VTZ)
    hs = head(addr("Thomas Delorme", "thomas.delorme@aubrac-mesure.fr"),
              "Mis à jour : Entretien – Ingénieur vision (Aubrac Mesure)",
              "2026-11-24 18:22", PARIS,
              "<PAZP264MB2730E91B6C4A0D35F8C2E7A04B1D9@PAZP264MB2730.FRAP264.PROD.OUTLOOK.COM>",
              "from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2091.outbound"
              ".protection.outlook.com [40.107.12.91])",
              qid="4Hk7Bq3Mx9z0",
              extra=(("Thread-Topic", enc("Entretien – Ingénieur vision (Aubrac Mesure)")),
                     ("Thread-Index", "AdtbQ0N3x8q1aR5kT7ugbXnJ2mM0Pg=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


# --- 10. Teamtailor, French, '9h', duration in minutes ---------------------------------------
@mail(n(10), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:00", PARIS), end=utc("2026-12-09 09:45", PARIS),
      contact="amelie.tissot@ondine-logistique.fr", company="Ondine Logistique",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:45", zone=PARIS,
      note="Teamtailor: 'mercredi 9 décembre à 9h', 'Durée : 45 minutes' -> 08:00Z-08:45Z (CET); "
           "contact = recruiter in Reply-To")
def teamtailor_ondine() -> bytes:
    body = t("""
        Bonjour Bastien,

        Merci d'avoir choisi un créneau ! Votre entretien avec Ondine Logistique est confirmé :

        📅 mercredi 9 décembre à 9h
        ⏱ Durée : 45 minutes
        📍 Visio – le lien Teams vous sera envoyé la veille par Amélie
        👥 Amélie Tissot (Talent Acquisition) et Karim Haddad (Responsable automatisation entrepôts)

        Poste : Ingénieur(e) vision – robotique de préparation de commandes (Lyon / Corbas)

        Besoin de modifier le rendez-vous ? Répondez simplement à cet e-mail.

        À très vite,
        Amélie – Ondine Logistique

        Ondine Logistique · ZI Lyon Sud-Est · 69960 Corbas
        Envoyé avec Teamtailor · Gérer mes données : https://ondine-logistique.teamtailor.com/fr/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f6;margin:0"><table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1c1c">
        <tr><td>
        <p>Bonjour Bastien,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien avec <b>Ondine Logistique</b> est confirmé :</p>
        <p>📅 <b>mercredi 9 décembre à 9h</b><br>⏱ Durée : 45 minutes<br>📍 Visio – le lien Teams vous sera envoyé la veille par Amélie<br>
        👥 Amélie Tissot (Talent Acquisition) et Karim Haddad (Responsable automatisation entrepôts)</p>
        <p>Poste : Ingénieur(e) vision – robotique de préparation de commandes (Lyon / Corbas)</p>
        <p>Besoin de modifier le rendez-vous ? Répondez simplement à cet e-mail.</p>
        <p>À très vite,<br>Amélie – Ondine Logistique</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999;font-family:Helvetica,Arial,sans-serif">Ondine Logistique · ZI Lyon Sud-Est · 69960 Corbas<br>
        Envoyé avec <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Ondine Logistique", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Ondine Logistique",
              "2026-12-03 14:12", PARIS,
              "<6f1d2c3b8a9e4.20261203131204@teamtailor-mail.com>",
              "from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.42.11.38])",
              qid="4Hq3Fb9Wc2z7",
              extra=(("Reply-To", addr("Amélie Tissot", "amelie.tissot@ondine-logistique.fr")),
                     ("List-Unsubscribe", "<https://ondine-logistique.teamtailor.com/fr/connect/privacy>")))
    return message(hs, alt(text(body), html(page)))


# --- 11. Start-up founder, 'tu', phone reply, relative weekday -------------------------------
@mail(n(11), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-14 18:15", PARIS), end=None,
      contact="romain.teyssier@pixlane.fr", company="Pixlane",
      local="Mon 2026-09-14 18:15", zone=PARIS,
      note="Founder's iPhone reply sent Thu 10 Sep 21:47 +0200: 'on dit lundi 18h15' = the next "
           "Monday, 14 Sep, 18:15 CEST -> 16:15Z; 'compte 1h-1h30 max' is not an exact length, "
           "end null; contact = sender")
def prose_pixlane() -> bytes:
    body = t("""
        Salut Bastien,

        Ok top, on dit lundi 18h15 alors, au local (3e étage du Mixeur, on est tout au fond à
        gauche). Ce sera avec moi et Inès notre CTO, compte 1h-1h30 max, on fera un peu de live
        coding sur un de nos datasets de soudures 😉

        Romain

        Envoyé de mon iPhone

        > Le 10 sept. 2026 à 19:02, Bastien Chapuis <bastien.chapuis@example.org> a écrit :
        >
        > Salut Romain,
        >
        > Merci pour ton retour rapide ! Je peux passer lundi en fin de journée (à partir de 18h)
        > ou mardi midi si c'est plus simple pour vous.
        >
        > Bastien
        >
        >> Le 9 sept. 2026 à 23:11, Romain Teyssier <romain.teyssier@pixlane.fr> a écrit :
        >>
        >> Hello Bastien, ton profil nous plaît beaucoup (le projet de détection de défauts sur
        >> tôles, top). Tu serais dispo pour passer nous voir la semaine prochaine ?
        """)
    hs = head(addr("Romain Teyssier", "romain.teyssier@pixlane.fr"),
              "Re: Candidature spontanée – vision / Pixlane",
              "2026-09-10 21:47", PARIS,
              "<8E4C1A2B-7F3D-4E91-B6A0-2C5D9E1F3A77@pixlane.fr>",
              "from mail-ej1-f51.google.com (mail-ej1-f51.google.com [209.85.218.51])",
              qid="4Gh2Rk6Cn8z3",
              extra=(("In-Reply-To", "<D2A9F0B4-3C61-48E5-A7B2-91E4C0F6D385@example.org>"),
                     ("References", "<5B0E3F71-4A2C-4D8E-9F16-E7C2B8A40D19@pixlane.fr>\r\n"
                                    " <D2A9F0B4-3C61-48E5-A7B2-91E4C0F6D385@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


# --- 12. Personio, French, cancelled (post filled internally), no new time -------------------
@mail(n(12), family="personio", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-13 11:00", PARIS), end=utc("2026-11-13 12:00", PARIS),
      contact="lea.fontaine@nivalis-photonics.com", company="Nivalis Photonics",
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 12:00", zone=PARIS,
      note="Personio cancellation: interview 'vendredi 13 novembre 2026, 11:00 – 12:00' (CET) -> "
           "10:00Z-11:00Z cancelled because the post was filled internally, no new time; ICS "
           "METHOD:CANCEL; contact = recruiter in Reply-To")
def personio_nivalis() -> bytes:
    body = t("""
        Bonjour Bastien,

        Nous sommes au regret de devoir annuler votre entretien prévu le vendredi 13 novembre
        2026, 11:00 – 12:00 (heure de Paris), pour le poste « Ingénieur R&D traitement d'image ».

        Le poste vient d'être pourvu en interne. Nous sommes sincèrement désolés pour ce
        contretemps et conservons volontiers votre profil pour de futures opportunités à
        Grenoble.

        Bien cordialement,

        Léa Fontaine
        People & Talent – Nivalis Photonics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Bastien,</p>
        <p>Nous sommes au regret de devoir annuler votre entretien prévu le <b>vendredi 13 novembre
        2026, 11:00 – 12:00</b> (heure de Paris), pour le poste « Ingénieur R&amp;D traitement d'image ».</p>
        <p>Le poste vient d'être pourvu en interne. Nous sommes sincèrement désolés pour ce
        contretemps et conservons volontiers votre profil pour de futures opportunités à Grenoble.</p>
        <p>Bien cordialement,</p>
        <p>Léa Fontaine<br>People &amp; Talent – Nivalis Photonics</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet. · Cet e-mail a été envoyé via Personio.</p>
        </body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:personio-interview-51a7e3c2-90b4-4d6f-8e21-c3f7a0d95b18
DTSTAMP:20261109T093000Z
DTSTART;TZID=Europe/Paris:20261113T110000
DTEND;TZID=Europe/Paris:20261113T120000
SUMMARY:Entretien – Ingénieur R&D traitement d'image – Nivalis Photonics
ORGANIZER;CN=Léa Fontaine:mailto:lea.fontaine@nivalis-photonics.com
ATTENDEE;CN=Bastien Chapuis:mailto:bastien.chapuis@example.org
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
""", prodid="-//Personio GmbH//Personio Recruiting//DE", method="CANCEL", vtz=VTZ["Europe/Paris"])
    hs = head(addr("Nivalis Photonics", "noreply@mail.personio.de"),
              "Annulation de votre entretien – Nivalis Photonics",
              "2026-11-09 10:30", PARIS,
              "<a3c91f0e7b2d4c58@mail.personio.de>",
              "from mail.personio.de (mail.personio.de [3.120.181.47])",
              qid="4HT1Xc4Lp7z2",
              extra=(("Reply-To", addr("Léa Fontaine", "lea.fontaine@nivalis-photonics.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


# --- 13. SmartRecruiters, English, cancelled, 'we'll be in touch', contact in the body -------
@mail(n(13), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-15 16:00", PARIS), end=None,
      contact="nadia.benali@aerolis-composites.com", company="Aerolis Composites",
      local="Tue 2026-12-15 16:00", zone=PARIS,
      note="SmartRecruiters cancellation sent Fri 11 Dec: the interview 'Tuesday, December 15, "
           "2026 at 4:00 PM (CET)' -> 15:00Z is cancelled, a new time will follow later (none "
           "given); no Reply-To, contact = hiring manager's address in the body")
def smartrecruiters_aerolis() -> bytes:
    body = t("""
        Dear Bastien,

        Unfortunately we have to cancel your interview for the position of Machine Vision
        Engineer – NDT (Paris / Hybrid), scheduled for Tuesday, December 15, 2026 at 4:00 PM
        (CET).

        Our hiring panel is not available that week due to the end-of-year production freeze. We
        will get back to you in January to find a new time.

        If you have any questions in the meantime, please contact Nadia Benali
        (nadia.benali@aerolis-composites.com).

        Kind regards,
        Aerolis Composites Talent Team

        This email was sent to you via SmartRecruiters on behalf of Aerolis Composites.
        """)
    page = t("""
        <html><body><table width="100%" style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b"><tr><td>
        <p>Dear Bastien,</p>
        <p>Unfortunately we have to cancel your interview for the position of <b>Machine Vision
        Engineer – NDT (Paris / Hybrid)</b>, scheduled for <b>Tuesday, December 15, 2026 at 4:00 PM (CET)</b>.</p>
        <p>Our hiring panel is not available that week due to the end-of-year production freeze. We
        will get back to you in January to find a new time.</p>
        <p>If you have any questions in the meantime, please contact Nadia Benali
        (<a href="mailto:nadia.benali@aerolis-composites.com">nadia.benali@aerolis-composites.com</a>).</p>
        <p>Kind regards,<br>Aerolis Composites Talent Team</p>
        <p style="font-size:11px;color:#8a8a8a">This email was sent to you via SmartRecruiters on behalf of Aerolis Composites.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Aerolis Composites <noreply@smartrecruiters.com>",
              "Interview cancelled: Machine Vision Engineer – NDT (Paris / Hybrid)",
              "2026-12-11 15:02", "UTC",
              "<1781622.4417.1797001320114@mail-sr-eu-3.smartrecruiters.com>",
              "from mail-sr-eu-3.smartrecruiters.com (mail-sr-eu-3.smartrecruiters.com [52.58.9.214])",
              qid="4Hs6Lw0Dr1z9")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# --- 14. Workable, French, relay Reply-To and relay ORGANIZER, contact in the signature ------
@mail(n(14), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-21 14:00", PARIS), end=utc("2026-09-21 14:30", PARIS),
      contact="pauline.garnier@cobalt-meca.fr", company="Cobalt Mécatronique",
      local="Mon 2026-09-21 14:00", local_end="2026-09-21 14:30", zone=PARIS,
      note="Workable: 'lundi 21 septembre à 14h', 'durée : 30 minutes' (CEST) -> 12:00Z-12:30Z; "
           "Reply-To and ICS ORGANIZER are the Workable +relay address, so contact = the "
           "recruiter's own address in the signature")
def workable_cobalt() -> bytes:
    relay = "cobalt-mecatronique+c7f3a1e2b9@candidates.workablemail.com"
    body = t("""
        Bonjour Bastien,

        Merci pour votre candidature au poste de Technicien(ne) supérieur(e) / Ingénieur(e)
        vision chez Cobalt Mécatronique.

        Je vous confirme notre entretien téléphonique lundi 21 septembre à 14h (durée : 30
        minutes). Je vous appellerai au numéro indiqué sur votre CV.

        Une invitation est jointe à ce message.

        Bonne journée,

        Pauline Garnier
        Responsable RH – Cobalt Mécatronique
        pauline.garnier@cobalt-meca.fr | 04 77 92 15 08
        2 rue Claude Drevet, 42100 Saint-Étienne
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif">', 1)
    cal = ics(f"""
BEGIN:VEVENT
UID:workable-evt-9d41b6e3f2
DTSTAMP:20260914T090500Z
DTSTART;TZID=Europe/Paris:20260921T140000
DTEND;TZID=Europe/Paris:20260921T143000
SUMMARY:Entretien téléphonique – Cobalt Mécatronique
ORGANIZER;CN=Cobalt Mécatronique:mailto:{relay}
ATTENDEE;CN=Bastien Chapuis;RSVP=TRUE:mailto:bastien.chapuis@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Workable//Workable Calendar//EN", vtz=VTZ["Europe/Paris"])
    hs = head(addr("Cobalt Mécatronique", "noreply@candidates.workablemail.com"),
              "Entretien téléphonique – Cobalt Mécatronique",
              "2026-09-14 11:05", PARIS,
              "<0102019dec41c9a7-6b2e8f10-3a4c-4d57-9e81-c0f3a7b52d64-000000@eu-west-1.amazonses.com>",
              "from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com"
              " [54.240.7.12])",
              qid="4Gk8Md2Pz5z1",
              extra=(("Reply-To", addr("Cobalt Mécatronique", relay)),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# --- 15. iCIMS, English, Eastern Time across the US clock change -----------------------------
@mail(n(15), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", "America/New_York"),
      end=utc("2026-11-03 10:00", "America/New_York"),
      contact="dana.whitcomb@brightline-instruments.com", company="Brightline Instruments",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/New_York",
      note="iCIMS mail sent Thu 29 Oct in EDT (-0400); interview 'Tuesday, November 3, 2026, 9:00 "
           "AM - 10:00 AM Eastern Time' falls after the 1 Nov US change to EST (UTC-5) -> "
           "14:00Z-15:00Z (the body's '3:00 PM - 4:00 PM' Paris time agrees); ICS America/New_York; "
           "contact = recruiter in Reply-To")
def icims_brightline() -> bytes:
    body = t("""
        Dear Bastien,

        Thank you for your interest in Brightline Instruments. We are pleased to confirm your
        interview for the position of Vision Systems Engineer (Req #2026-4471, Lyon, France).

        Interview type: Video interview (Microsoft Teams)
        Date: Tuesday, November 3, 2026
        Time: 9:00 AM - 10:00 AM Eastern Time
        Interviewers: Dana Whitcomb (Senior Recruiter), Marcus Oyelaran (Director, Optical Inspection)

        Please note that US clocks go back one hour on Sunday, November 1. For you in France the
        interview will be from 3:00 PM to 4:00 PM.

        If you have any questions, reply to this message or call me at +1 (617) 555-0143.

        Sincerely,
        Dana Whitcomb
        Senior Recruiter, Brightline Instruments

        Please do not forward this message. Powered by iCIMS.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Bastien,</p>
        <p>Thank you for your interest in Brightline Instruments. We are pleased to confirm your
        interview for the position of <b>Vision Systems Engineer</b> (Req #2026-4471, Lyon, France).</p>
        <p><b>Interview type:</b> Video interview (Microsoft Teams)<br>
        <b>Date:</b> Tuesday, November 3, 2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Eastern Time<br>
        <b>Interviewers:</b> Dana Whitcomb (Senior Recruiter), Marcus Oyelaran (Director, Optical Inspection)</p>
        <p>Please note that US clocks go back one hour on Sunday, November 1. For you in France the
        interview will be from 3:00 PM to 4:00 PM.</p>
        <p>If you have any questions, reply to this message or call me at +1 (617) 555-0143.</p>
        <p>Sincerely,<br>Dana Whitcomb<br>Senior Recruiter, Brightline Instruments</p>
        <p style="font-size:10px;color:#777">Please do not forward this message. Powered by iCIMS.</p>
        </div></body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:ICIMS-INTERVIEW-2026-4471-88213
DTSTAMP:20261029T172000Z
DTSTART;TZID=America/New_York:20261103T090000
DTEND;TZID=America/New_York:20261103T100000
SUMMARY:Interview: Vision Systems Engineer - Brightline Instruments
LOCATION:Microsoft Teams
ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@brightline-instruments.com
ATTENDEE;CN=Bastien Chapuis;RSVP=TRUE:mailto:bastien.chapuis@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//iCIMS//iCIMS Talent Platform//EN", vtz=VTZ["America/New_York"])
    hs = head("Brightline Instruments <brightline@talent.icims.com>",
              "Interview Confirmation - Vision Systems Engineer (Req #2026-4471)",
              "2026-10-29 13:20", "America/New_York",
              "<1245903811.2207.1793380800117.JavaMail.icims@talent.icims.com>",
              "from mta-02.talent.icims.com (mta-02.talent.icims.com [66.211.153.22])",
              qid="4HF0Nz8Sb4z6",
              extra=(("Reply-To", "dana.whitcomb@brightline-instruments.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", filename="Interview.ics",
                                      disposition="attachment")))


# --- 16. Taleo, French, windows-1252, 'le 10/12/2026' (day first) ----------------------------
@mail(n(16), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-10 14:30", PARIS), end=utc("2026-12-10 16:00", PARIS),
      contact="helene.mazet@ferrandier-industrie.com", company="Groupe Ferrandier Industrie",
      local="Thu 2026-12-10 14:30", local_end="2026-12-10 16:00", zone=PARIS,
      note="Taleo (windows-1252, quoted-printable): 'le 10/12/2026 de 14h30 à 16h00' is 10 December "
           "(French day/month, not 12 October), CET -> 13:30Z-15:00Z; contact = the recruiter named "
           "with her address in the body (sender is a Taleo tenant address)")
def taleo_ferrandier() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Suite à l’examen de votre candidature au poste « Ingénieur Vision Industrielle – Usine 4.0 »
        (réf. 2600318), nous avons le plaisir de vous convier à un entretien :

        Date : le 10/12/2026
        Horaire : de 14h30 à 16h00
        Lieu : Groupe Ferrandier Industrie – 12 avenue de la Grande-Armée, 75017 Paris – accueil RDC
        Interlocuteurs : Hélène Mazet (Chargée de recrutement) et Vincent Aubry (Directeur
        Industrialisation)

        Merci de vous munir d’une pièce d’identité. Les frais de déplacement depuis Saint-Étienne
        vous seront remboursés sur justificatif.

        Votre contact : Hélène Mazet – helene.mazet@ferrandier-industrie.com – 01 45 72 30 18

        Cordialement,
        La Direction des Ressources Humaines
        Groupe Ferrandier Industrie

        Ce message vous est adressé automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Bonjour Monsieur Chapuis,</p>
        <p>Suite à l’examen de votre candidature au poste « Ingénieur Vision Industrielle – Usine 4.0 »
        (réf. 2600318), nous avons le plaisir de vous convier à un entretien&nbsp;:</p>
        <p><b>Date&nbsp;:</b> le 10/12/2026<br>
        <b>Horaire&nbsp;:</b> de 14h30 à 16h00<br>
        <b>Lieu&nbsp;:</b> Groupe Ferrandier Industrie – 12 avenue de la Grande-Armée, 75017 Paris – accueil RDC<br>
        <b>Interlocuteurs&nbsp;:</b> Hélène Mazet (Chargée de recrutement) et Vincent Aubry (Directeur Industrialisation)</p>
        <p>Merci de vous munir d’une pièce d’identité. Les frais de déplacement depuis Saint-Étienne
        vous seront remboursés sur justificatif.</p>
        <p>Votre contact&nbsp;: Hélène Mazet – helene.mazet@ferrandier-industrie.com – 01 45 72 30 18</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Ferrandier Industrie</p>
        <p><i>Ce message vous est adressé automatiquement, merci de ne pas y répondre.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Groupe Ferrandier – Recrutement", "ferrandier@taleo.net", "windows-1252"),
              "Convocation à un entretien – Ingénieur Vision Industrielle – Usine 4.0",
              "2026-12-01 08:55", PARIS,
              "<1796111700000.3318.ferrandier.tee1@taleo.net>",
              "from smtp-eu2.taleo.net (smtp-eu2.taleo.net [160.34.14.21])",
              qid="4Hm1Cz5Rn2z3", charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# --- 17. Recruitee, English, reschedule in Irish time ----------------------------------------
@mail(n(17), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-10 16:00", "Europe/Dublin"), end=utc("2026-09-10 16:45", "Europe/Dublin"),
      contact="siobhan.keane@dunmoreoptics.ie", company="Dunmore Optics",
      local="Thu 2026-09-10 16:00", local_end="2026-09-10 16:45", zone="Europe/Dublin",
      note="Recruitee reschedule: moved from Tue 8 Sep 15:00 to 'Thursday 10 September 2026 at "
           "16:00 Irish time (17:00 for you in France)', 45 minutes; Irish summer time UTC+1 -> "
           "15:00Z-15:45Z, ICS in UTC agrees; contact = human Reply-To")
def recruitee_dunmore() -> bytes:
    body = t("""
        Hi Bastien,

        As discussed with Siobhán, your interview for the Machine Vision Engineer (Remote, EU)
        position has been moved.

        Previous time: Tuesday 8 September 2026 at 15:00 Irish time
        New time: Thursday 10 September 2026 at 16:00 Irish time (17:00 for you in France)
        Duration: 45 minutes
        Where: Microsoft Teams (link in the calendar invite)

        Interviewers: Siobhán Keane (Talent Lead), Declan Murphy (Engineering Manager, Cork)

        Thanks for your flexibility, and talk soon!

        Dunmore Optics Talent Team
        Sent with Recruitee
        """)
    page = t("""
        <div style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#212b36">
        <p>Hi Bastien,</p>
        <p>As discussed with Siobhán, your interview for the <b>Machine Vision Engineer (Remote, EU)</b>
        position has been moved.</p>
        <p><span style="color:#919eab">Previous time:</span> <s>Tuesday 8 September 2026 at 15:00 Irish time</s><br>
        <span style="color:#919eab">New time:</span> <b>Thursday 10 September 2026 at 16:00 Irish time</b> (17:00 for you in France)<br>
        <span style="color:#919eab">Duration:</span> 45 minutes<br>
        <span style="color:#919eab">Where:</span> Microsoft Teams (link in the calendar invite)</p>
        <p>Interviewers: Siobhán Keane (Talent Lead), Declan Murphy (Engineering Manager, Cork)</p>
        <p>Thanks for your flexibility, and talk soon!</p>
        <p>Dunmore Optics Talent Team</p>
        <p style="font-size:11px;color:#919eab">Sent with Recruitee</p>
        </div>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:recruitee-interview-3318207@recruitee.com
DTSTAMP:20260907T081200Z
DTSTART:20260910T150000Z
DTEND:20260910T154500Z
SUMMARY:Interview Dunmore Optics – Bastien Chapuis
LOCATION:Microsoft Teams
ORGANIZER;CN=Siobhán Keane:mailto:siobhan.keane@dunmoreoptics.ie
ATTENDEE;CN=Bastien Chapuis;RSVP=TRUE:mailto:bastien.chapuis@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Recruitee//Recruitee Calendar//EN")
    hs = head(addr("Dunmore Optics", "noreply@recruitee.com"),
              "Your interview with Dunmore Optics has been rescheduled",
              "2026-09-07 09:12", "Europe/Dublin",
              "<5f8c2e1a0d3b4.1788768720@mailer.recruitee.com>",
              "from mailer.recruitee.com (mailer.recruitee.com [35.157.88.201])",
              qid="4GgX3n7Ty0z8",
              extra=(("Reply-To", addr("Siobhán Keane", "siobhan.keane@dunmoreoptics.ie")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


# --- 18. softgarden, French, the time only in the attached ICS -------------------------------
@mail(n(18), family="softgarden", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-16 13:30", "Europe/Berlin"), end=utc("2026-10-16 14:30", "Europe/Berlin"),
      contact="katrin.vogel@kessler-sensorik.de", company="Kessler Sensorik",
      local="Fri 2026-10-16 13:30", local_end="2026-10-16 14:30", zone="Europe/Berlin",
      note="softgarden confirmation whose body gives no date or time ('voir l'invitation jointe'); "
           "the ICS has DTSTART;TZID=Europe/Berlin 2026-10-16 13:30-14:30 (CEST) -> 11:30Z-12:30Z; "
           "sender no-reply, contact = human ICS ORGANIZER")
def softgarden_kessler() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Merci d'avoir choisi un créneau pour votre entretien vidéo avec Kessler Sensorik France
        (poste : Ingénieur d'application vision 3D - Villeurbanne).

        Votre rendez-vous est confirmé. Vous trouverez la date, l'heure et le lien de connexion
        dans l'invitation calendrier jointe à ce message (fichier .ics) : il suffit de l'ouvrir
        pour l'ajouter à votre agenda.

        Votre interlocutrice : Katrin Vogel, Talent Acquisition (Allemagne / France).

        Cordialement,
        Kessler Sensorik GmbH

        ---
        Ce message a été envoyé automatiquement via softgarden. Merci de ne pas y répondre.
        """)
    cal = ics("""
BEGIN:VEVENT
UID:sg-appointment-7a61c0e2-8d43-4b19-b5f7-1e9a2c3d4f50
DTSTAMP:20261008T074500Z
DTSTART;TZID=Europe/Berlin:20261016T133000
DTEND;TZID=Europe/Berlin:20261016T143000
SUMMARY:Entretien vidéo Kessler Sensorik – Ingénieur d'application vision 3D
DESCRIPTION:Lien de connexion : https://kessler-sensorik.webex.com/meet/k.vogel
LOCATION:Webex
ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@kessler-sensorik.de
ATTENDEE;CN=Bastien Chapuis;PARTSTAT=ACCEPTED:mailto:bastien.chapuis@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//softgarden e-recruiting GmbH//Appointment//DE", vtz=VTZ["Europe/Berlin"])
    hs = head("Kessler Sensorik GmbH <noreply@softgarden.io>",
              "Confirmation de votre rendez-vous – Kessler Sensorik",
              "2026-10-08 09:45", "Europe/Berlin",
              "<20261008074500.1f3e9c27b5a4@mail.softgarden.io>",
              "from mail.softgarden.io (mail.softgarden.io [185.17.252.30])",
              qid="4H05Ky9Wq2z4")
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                             calendar(cal, method="REQUEST", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment", name_param=True)))


# --- 19. GoodTime, English, onsite itinerary in Lyon ------------------------------------------
@mail(n(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-24 09:30", PARIS), end=utc("2026-11-24 12:15", PARIS),
      contact="marta.lindqvist@haldenvision.com", company="Halden Machine Vision",
      local="Tue 2026-11-24 09:30", local_end="2026-11-24 12:15", zone=PARIS,
      note="GoodTime onsite itinerary, three sessions 9:30-10:15, 10:30-11:15, 11:30-12:15 CET on "
           "Tue 24 Nov -> first start 08:30Z to last end 11:15Z; ICS covers the whole block; "
           "contact = coordinator in Reply-To")
def goodtime_halden() -> bytes:
    body = t("""
        Hi Bastien,

        We're excited to host you for your onsite interview for the Senior Vision Engineer role!
        Here's your itinerary (all times Central European Time):

        Tuesday, November 24, 2026
        Halden Machine Vision – 5 place Antonin Poncet, 69002 Lyon

          9:30 AM - 10:15 AM   System design: multi-camera inspection line – Erik Solberg
         10:30 AM - 11:15 AM   Coding (Python / C++) – Chloé Martel
         11:30 AM - 12:15 PM   Meet the hiring manager – Sophie Lagrange

        Please arrive 10 minutes early and check in at the front desk. Lunch with the team is
        optional afterwards.

        Questions or need to make a change? Reply to this email and I'll help.

        Marta Lindqvist
        Recruiting Coordinator, Halden Machine Vision

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Bastien,</p>
        <p>We're excited to host you for your onsite interview for the <b>Senior Vision Engineer</b> role!
        Here's your itinerary (all times Central European Time):</p>
        <p><b>Tuesday, November 24, 2026</b><br>Halden Machine Vision – 5 place Antonin Poncet, 69002 Lyon</p>
        <table cellpadding="6" style="border:1px solid #e5e7eb;border-collapse:collapse">
        <tr><td>9:30 AM - 10:15 AM</td><td>System design: multi-camera inspection line</td><td>Erik Solberg</td></tr>
        <tr><td>10:30 AM - 11:15 AM</td><td>Coding (Python / C++)</td><td>Chloé Martel</td></tr>
        <tr><td>11:30 AM - 12:15 PM</td><td>Meet the hiring manager</td><td>Sophie Lagrange</td></tr>
        </table>
        <p>Please arrive 10 minutes early and check in at the front desk. Lunch with the team is
        optional afterwards.</p>
        <p>Questions or need to make a change? Reply to this email and I'll help.</p>
        <p>Marta Lindqvist<br>Recruiting Coordinator, Halden Machine Vision</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:gt-itinerary-0c9e4b7a21f3@goodtime.io
DTSTAMP:20261116T161000Z
DTSTART;TZID=Europe/Paris:20261124T093000
DTEND;TZID=Europe/Paris:20261124T121500
SUMMARY:Onsite interview – Halden Machine Vision
LOCATION:5 place Antonin Poncet\\, 69002 Lyon
ORGANIZER;CN=Marta Lindqvist:mailto:marta.lindqvist@haldenvision.com
ATTENDEE;CN=Bastien Chapuis;RSVP=TRUE:mailto:bastien.chapuis@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//GoodTime.io//Candidate Itinerary//EN", vtz=VTZ["Europe/Paris"])
    hs = head("Halden Machine Vision <scheduling@goodtime.io>",
              "Your onsite interview itinerary – Halden Machine Vision",
              "2026-11-16 17:10", PARIS,
              "<0100019e8f3b2a6c-9d51e7f4-2c08-4b3a-a6e9-51f0d7c2b8e3-000000@email.amazonses.com>",
              "from a9-24.smtp-out.amazonses.com (a9-24.smtp-out.amazonses.com [54.240.9.24])",
              qid="4HZ4Tf1Vm6z0",
              extra=(("Reply-To", addr("Marta Lindqvist", "marta.lindqvist@haldenvision.com")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page, cte="8bit")),
                             calendar(cal, method="REQUEST", cte="base64", filename="itinerary.ics",
                                      disposition="attachment")))


# --- 20. Microsoft Bookings, French, label with the winter offset in summer -----------------
@mail(n(20), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-20 14:00", PARIS), end=utc("2026-10-20 15:00", PARIS),
      contact=None, company="Lumen Automatismes",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=PARIS,
      note="Microsoft Bookings: 'mardi 20 octobre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris' - the zone label shows the standard offset, but 20 Oct is still CEST "
           "(UTC+2) -> 12:00Z-13:00Z, as the Romance Standard Time ICS confirms; sender is a "
           "Bookings mailbox and the staff member has no address -> contact null")
def bookings_lumen() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130;max-width:600px">
        <p style="font-size:20px">Votre rendez-vous a été réservé</p>
        <p>Bonjour Bastien Chapuis,</p>
        <p>Merci d'avoir réservé avec <b>Lumen Automatismes – Recrutement</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement – Ingénieur vision (1 heure)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>mardi 20 octobre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Cédric Pons</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Lumen Automatismes, 44 rue de la Talaudière, 42000 Saint-Étienne</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementLumen@lumen-automatismes.fr/bookings/s/Xc7mQ2rTn0ayP1kZbL9w3A2">Gérer la réservation</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/RecrutementLumen@lumen-automatismes.fr/bookings/">Réserver à nouveau</a></p>
        <p style="font-size:12px;color:#605e5c">Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    cal = ics("""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1A7F53B6F60DC01000000000000000010000000
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Ingénieur vision
DTSTART;TZID=Romance Standard Time:20261020T140000
DTEND;TZID=Romance Standard Time:20261020T150000
DTSTAMP:20261014T080200Z
ORGANIZER;CN=Recrutement Lumen:mailto:RecrutementLumen@lumen-automatismes.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bastien Chapuis:mailto:bastien.chapuis@example.org
LOCATION;LANGUAGE=fr-FR:Lumen Automatismes\\, 44 rue de la Talaudière\\, 42000 Saint-Étienne
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
""", prodid="Microsoft Exchange Server 2010", vtz=ROMANCE_VTZ)
    hs = head(addr("Recrutement Lumen", "RecrutementLumen@lumen-automatismes.fr"),
              "Réservation confirmée : Entretien de recrutement – Ingénieur vision",
              "2026-10-14 10:02", PARIS,
              "<AM9P192MB1267B3E0F2D4A1C87E5B9F2C3D60@AM9P192MB1267.EURP192.PROD.OUTLOOK.COM>",
              "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2070.outbound"
              ".protection.outlook.com [40.107.22.70])",
              qid="4H3Qb2Lx8z5",
              extra=(("X-MS-Exchange-Organization-BookingsService", "true"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# --- 21. Zoom cancellation + founder's note, 'tu', new time only proposed --------------------
@mail(n(21), family="zoom", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-11 14:00", PARIS), end=utc("2026-12-11 14:45", PARIS),
      contact="hugo.lemaire@kaolin-data.io", company="Kaolin Data",
      local="Fri 2026-12-11 14:00", local_end="2026-12-11 14:45", zone=PARIS,
      note="Hiring manager cancels 'notre entretien de vendredi 14h' (Fri 11 Dec, 14:00-14:45 in the "
           "Zoom CANCEL ICS, CET) -> 13:00Z-13:45Z; he only asks whether Monday at the same time "
           "would work, nothing confirmed, so cancelled; contact = sender")
def zoom_kaolin() -> bytes:
    body = t("""
        Salut Bastien,

        Désolé, je dois annuler notre entretien de vendredi 14h : on a une mise en prod qui a
        glissé et je serai dessus toute la journée. Je viens de supprimer la réunion Zoom, tu
        devrais recevoir l'annulation.

        Est-ce que lundi 14 au même horaire t'irait ? Sinon propose-moi un créneau, je
        m'adapte.

        Encore désolé,
        Hugo

        --
        Hugo Lemaire – Head of Computer Vision – Kaolin Data
        """)
    cal = ics("""
BEGIN:VEVENT
DTSTAMP:20261207T183000Z
UID:zoom-88312047756-20261211T130000Z@zoom.us
DTSTART:20261211T130000Z
DTEND:20261211T134500Z
SUMMARY:Entretien Bastien Chapuis x Kaolin Data
ORGANIZER;CN=Hugo Lemaire:mailto:hugo.lemaire@kaolin-data.io
LOCATION:https://kaolin-data.zoom.us/j/88312047756
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
""", prodid="-//zoom.us//iCalendar Event//EN", method="CANCEL")
    hs = head(addr("Hugo Lemaire", "hugo.lemaire@kaolin-data.io"),
              "Annulation entretien de vendredi",
              "2026-12-07 19:30", PARIS,
              "<CAH7pXq2w9sK1vB4nT0eZ3rLmF8yD6cJ5uQ@mail.gmail.com>",
              "from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
              qid="4Hp8Ds3Gk1z2")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, method="CANCEL", filename="zoom_cancel.ics",
                                      disposition="attachment")))


# --- 22. Recruitment agency consultant, 'le lundi suivant, au même horaire' ------------------
@mail(n(22), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-14 11:00", PARIS), end=None,
      contact="n.rey@cabinet-talentis.fr", company="Mécaloire",
      local="Mon 2026-12-14 11:00", zone=PARIS,
      note="Agency consultant, sent Fri 4 Dec: the client meeting of 'lundi 7/12 à 11h' moves to "
           "'le lundi suivant, au même horaire' = Mon 14 Dec 11:00 CET -> 10:00Z; hiring company = "
           "the client Mécaloire; contact = the consultant (sender)")
def prose_talentis() -> bytes:
    body = t("""
        Bonjour Bastien,

        Petit changement côté Mécaloire : M. Berthon, le directeur industriel, sera en
        déplacement chez un client lundi. L'entretien de lundi 7/12 à 11h est donc décalé au
        lundi suivant, au même horaire, toujours sur le site d'Andrézieux-Bouthéon.

        Il vous recevra avec Mme Chaize (RH). Je vous redonne l'adresse : ZA des Murons,
        3 rue des Forgerons, 42160 Andrézieux-Bouthéon.

        Je reste joignable si besoin, et on fait un point téléphonique après l'entretien.

        Belle fin de semaine,

        Nathalie Rey
        Consultante senior – Industrie & Ingénierie
        Cabinet Talentis – Saint-Étienne
        06 71 28 44 90
        """)
    hs = head(addr("Nathalie Rey", "n.rey@cabinet-talentis.fr"),
              "Mécaloire – décalage de votre entretien",
              "2026-12-04 11:40", PARIS,
              "<0f3a9b7c-2e15-4d8a-b6c1-7e40d93a5f28@cabinet-talentis.fr>",
              "from smtp.cabinet-talentis.fr (smtp.cabinet-talentis.fr [91.134.22.147])",
              qid="4Hn5Gv0Hk3z7",
              extra=(("X-Mailer", "Mozilla Thunderbird 128.3.1"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


# --- 23. Forward to self (other address), original as message/rfc822 -------------------------
@mail(n(23), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-01 17:30", PARIS), end=None,
      contact="olivier.besson@cristalvue.fr", company="Cristalvue",
      local="Thu 2026-10-01 17:30", zone=PARIS,
      note="Bastien forwards to himself (example.net -> example.org) the manager's mail of Thu 24 "
           "Sep, attached as message/rfc822: 'jeudi 1er octobre, en fin d'après-midi, 17h30' "
           "(CEST) -> 15:30Z; contact = the original sender, never the candidate")
def forward_cristalvue() -> bytes:
    inner_body = t("""
        Bonjour Bastien,

        Merci pour notre échange de ce matin. Comme convenu, je vous confirme notre entretien
        jeudi 1er octobre, en fin d'après-midi, 17h30, dans nos bureaux de Meylan
        (Inovallée, bâtiment Le Pilat, 2e étage). Vous rencontrerez aussi Sarah, notre
        responsable optique.

        Bonne soirée,

        Olivier Besson
        CTO – Cristalvue
        """)
    inner = message([
        ("From", addr("Olivier Besson", "olivier.besson@cristalvue.fr")),
        ("To", addr("Bastien Chapuis", "bastien.chapuis@example.net")),
        ("Subject", "Confirmation entretien jeudi"),
        ("Date", date("2026-09-24 18:10", PARIS)),
        ("Message-ID", "<a81c4e2f-5b9d-4f07-9c3e-d2b6f1a0e749@cristalvue.fr>"),
    ], text(inner_body, cte="quoted-printable"))
    body = t("""
        À mettre dans l'agenda + préparer questions optique.

        """)
    hs = head(addr("Bastien Chapuis", "bastien.chapuis@example.net"),
              "Fwd: Confirmation entretien jeudi",
              "2026-09-25 07:58", PARIS,
              "<7d2e0c91-4f3a-4b6d-8e15-a9c3b0f2d614@example.net>",
              "from smtp.example.net (smtp.example.net [192.0.2.25])",
              qid="4Gs0Qe4Vr9z5")
    return message(hs, mixed(text(body), attached_message(inner, "Confirmation entretien jeudi.eml")))


# =========================================================================== negatives (keys 24-50)


# --- 24. Job-centre follow-up appointment with a fixed time ----------------------------------
@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      note="Convocation to a follow-up 'entretien' with the job-seeker's adviser at the public "
           "employment agency, Tue 22 Sep 9h30: a fixed time, but not a job interview",
      days=(("Tue", "2026-09-22"),))
def job_centre() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Marianne,Arial,sans-serif;font-size:14px">
        <p><b>Espace Emploi Loire Sud</b> - Agence de Saint-Étienne Châteaucreux</p>
        <p>Monsieur Bastien CHAPUIS<br>Identifiant : 4417203N</p>
        <p><b>Objet : convocation à un entretien de suivi</b></p>
        <p>Monsieur,</p>
        <p>Vous êtes convoqué à un entretien avec votre conseillère référente, Mme Catherine Vernay,
        le <b>mardi 22 septembre 2026 à 9h30</b>, à l'agence de Saint-Étienne Châteaucreux
        (11 rue de la Montat, 42000 Saint-Étienne).</p>
        <p>Cet entretien a pour objet de faire le point sur votre projet professionnel et vos
        démarches de recherche d'emploi. Merci de vous munir de votre CV à jour.</p>
        <p>En cas d'empêchement, prévenez-nous au plus tôt depuis votre espace personnel.
        Toute absence non justifiée peut entraîner une radiation.</p>
        <p>Votre conseillère</p>
        <p style="font-size:11px;color:#666">Merci de ne pas répondre à ce message, cette adresse n'est pas consultée.</p>
        </body></html>
        """)
    hs = head("Espace Emploi Loire Sud <ne-pas-repondre@espace-emploi-loire.fr>",
              "Convocation à un entretien",
              "2026-09-15 06:02", PARIS,
              "<20260915040212.41C7A2E93@notif.espace-emploi-loire.fr>",
              "from notif.espace-emploi-loire.fr (notif.espace-emploi-loire.fr [193.51.24.60])",
              qid="4Gl3Wv2Ks8z9", charset="iso-8859-15")
    return message(hs, html(page, charset="iso-8859-15", cte="base64"))


# --- 25. A journalist confirms an interview with Bastien -------------------------------------
@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      note="A regional journalist confirms a phone interview of Bastien (as a source) on Thu 8 Oct "
           "12h15 for an article: a fixed 'entretien', but press, not a job interview",
      days=(("Thu", "2026-10-08"),))
def press_echo() -> bytes:
    body = t("""
        Bonjour Bastien,

        Merci d'avoir accepté ! Je vous confirme notre entretien téléphonique jeudi 8 octobre à
        12h15, pour mon article sur la vision industrielle et l'IA dans les PME de la Loire.
        Comptez une vingtaine de minutes. Je vous appellerai sur votre portable.

        Si vous avez des photos de vos installations (avec l'accord de votre employeur), je suis
        preneuse.

        Bien cordialement,

        Manon Dufour
        Journaliste – rubrique Économie
        L'Écho du Forez
        """)
    hs = head(addr("Manon Dufour", "m.dufour@echo-du-forez.fr"),
              "Re: Article vision industrielle – entretien",
              "2026-10-05 16:47", PARIS,
              "<CAJw5sP0kR3nE7tYb9x2QmV4hL6cZ8dA1fU@mail.gmail.com>",
              "from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])",
              qid="4Gz7Cm1Rf5z3",
              extra=(("In-Reply-To", "<b2f4e7a9-0c31-4d86-a5e2-6f19c8d0b374@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 26. Podcast recording, English, with a calendar invite ----------------------------------
@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host sends the invite to record an episode interviewing Bastien, Wed 4 Nov "
           "17:00 CET, with an ICS: fixed time, 'interview' in the subject, but not a job interview",
      days=(("Wed", "2026-11-04"),))
def podcast_pixels() -> bytes:
    body = t("""
        Hey Bastien,

        Great to have you on the show! Here's the invite for our recording:
        Wednesday, November 4, 5:00 PM CET, about an hour, on Riverside.

        We'll talk about your defect-detection work on steel coils, why you moved from
        classical CV to deep learning, and what you'd tell people starting out in industrial
        vision. No prep needed beyond a decent mic and headphones.

        Cheers,
        Jonas
        Pixels & Pipelines – a podcast about computer vision in the real world
        """)
    cal = ics("""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261104T170000
DTEND;TZID=Europe/Berlin:20261104T180000
DTSTAMP:20261028T142233Z
ORGANIZER;CN=Jonas Weber:mailto:jonas@pixelsandpipelines.fm
UID:7ph3k2m9qv1r5t8c0b4n6x2z1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bastien.chapuis@example.org:mailto:bastien.chapuis@example.org
DESCRIPTION:Recording link: https://riverside.fm/studio/pixels-and-pipelines
LOCATION:Riverside
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pixels & Pipelines – interview recording with Bastien Chapuis
END:VEVENT
""", prodid="-//Google Inc//Google Calendar 70.9054//EN", vtz=VTZ["Europe/Berlin"])
    hs = head(addr("Jonas Weber", "jonas@pixelsandpipelines.fm"),
              "Invitation: Pixels & Pipelines – interview recording with Bastien Chapuis @ Wed 4 Nov "
              "2026 17:00 - 18:00 (CET) (bastien.chapuis@example.org)",
              "2026-10-28 15:22", "Europe/Berlin",
              "<calendar-b9e17c04-3d2a-4f68-8c51-e0a7f2d943b6@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              qid="4HD9Jk5Tx0z1", to=ME,
              extra=(("Reply-To", "jonas@pixelsandpipelines.fm"),))
    return message(hs, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


# --- 27. Executive MBA admission interview -------------------------------------------------
@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      note="Business-school admission interview for an Executive MBA, Sat 10 Oct 10h, confirmed: "
           "a school admission, not a job interview",
      days=(("Sat", "2026-10-10"),))
def mba_admission() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Suite à la validation de votre dossier de candidature à l'Executive MBA (promotion
        janvier 2027), nous avons le plaisir de vous confirmer votre entretien d'admission :

          Date : samedi 10 octobre 2026
          Heure : 10h00 (merci de vous présenter à 9h45)
          Lieu : campus de Lyon Gerland, salle B204
          Jury : Pr. Anne-Sophie Collet, directrice du programme, et un diplômé de l'EMBA

        L'entretien dure 45 minutes et sera suivi du test d'anglais en ligne.

        Le service des admissions
        École de Management Rhône-Alpes - Executive Education
        """)
    hs = head("EMRA Executive Education <admissions-emba@emra-business.fr>",
              "Votre entretien d'admission – Executive MBA",
              "2026-10-01 11:20", PARIS,
              "<4e2a91c7.5b3d.48f0.9a17.c60e2d8b14f7@emra-business.fr>",
              "from mail.emra-business.fr (mail.emra-business.fr [185.24.186.12])",
              qid="4Gu6Zp8Xb2z6")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --- 28. Volleyball club try-out, 'tu' -------------------------------------------------------
@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Volleyball club confirms a try-out session ('séance d'essai') Thu 17 Sep 19h30 for the "
           "adult team: fixed time, not a job interview",
      days=(("Thu", "2026-09-17"),))
def volley_tryout() -> bytes:
    body = t("""
        Salut Bastien,

        Ok pour la séance d'essai avec l'équipe loisirs mixte : jeudi 17 à 19h30, gymnase
        Jean-Jaurès (entrée côté parking). Viens 10 min avant pour qu'on te présente au coach,
        et n'oublie pas tes genouillères ;)

        Si ça te plaît, la licence c'est 95 € pour la saison, on verra ça après.

        Sportivement,
        Fred
        Secrétaire – Volley Club Saint-Étienne Métropole
        """)
    hs = head(addr("Frédéric Bayle", "secretariat@vcsem-volley.fr"),
              "Re: Essai équipe loisirs",
              "2026-09-14 22:03", PARIS,
              "<1b7f3a2c-e9d4-4a60-8f25-d3c1b0e7a946@vcsem-volley.fr>",
              "from smtp.vcsem-volley.fr (smtp.vcsem-volley.fr [5.135.77.204])",
              qid="4Gk9Fn6Yd3z2")
    return message(hs, text(body, cte="8bit"))


# --- 29. Car service booking ----------------------------------------------------------------
@mail(n(29), family="car_service", lang="fr", interview=False, company=None,
      note="Garage confirms a car service slot Sat 26 Sep 8h30: fixed time, not an interview",
      days=(("Sat", "2026-09-26"),))
def garage_riviere() -> bytes:
    body = t("""
        Bonjour M. CHAPUIS,

        Votre rendez-vous atelier est confirmé.

        Véhicule : Peugeot 308 SW – GH-417-KT
        Prestation : révision 60 000 km + contrôle des freins
        Date : samedi 26 septembre 2026 à 08h30
        Durée estimée d'immobilisation : 3 h

        Garage Rivière Automobiles
        27 boulevard Karl-Marx, 42100 Saint-Étienne – 04 77 33 58 12

        Pour modifier ou annuler : https://rdv.garage-riviere.fr/m/9KQ2X7
        """)
    page = "<html><body style=\"font-family:Arial\">" + body.replace("\n", "<br>\n") + "</body></html>\n"
    hs = head("Garage Riviere Automobiles <rdv@garage-riviere.fr>",
              "Confirmation de votre rendez-vous atelier du 26/09/2026",
              "2026-09-21 12:15", PARIS,
              "<rdv-2026092110150.88412@garage-riviere.fr>",
              "from mailer.garage-riviere.fr (mailer.garage-riviere.fr [51.77.140.3])",
              qid="4Gp1Hd8Wz4z5")
    return message(hs, alt(text(body), html(page)))


# --- 30. Bank adviser appointment with ICS ---------------------------------------------------
@mail(n(30), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank confirms a meeting with the customer's adviser about a mortgage, Thu 22 Oct 17h30, "
           "with an ICS: a fixed 'rendez-vous', not a job interview",
      days=(("Thu", "2026-10-22"),))
def bank_rdv() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Votre rendez-vous avec votre conseiller, Julien Roche, est confirmé :

        jeudi 22 octobre 2026 à 17h30
        Agence Saint-Étienne Jean-Jaurès – 4 place Jean-Jaurès
        Objet : projet immobilier (simulation de prêt)

        Pensez à apporter vos trois derniers bulletins de salaire et votre dernier avis
        d'imposition.

        Ajoutez ce rendez-vous à votre agenda grâce à la pièce jointe.

        Banque Forézienne – Votre agence
        Ceci est un message automatique.
        """)
    cal = ics("""
BEGIN:VEVENT
UID:bfz-rdv-20261022-173000-4471@banque-forezienne.fr
DTSTAMP:20261016T073000Z
DTSTART;TZID=Europe/Paris:20261022T173000
DTEND;TZID=Europe/Paris:20261022T183000
SUMMARY:Rendez-vous conseiller – projet immobilier
LOCATION:Agence Saint-Étienne Jean-Jaurès
ORGANIZER;CN=Julien Roche:mailto:julien.roche@banque-forezienne.fr
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Banque Forezienne//Agenda Conseiller//FR", vtz=VTZ["Europe/Paris"])
    hs = head(addr("Banque Forézienne", "ne-pas-repondre@banque-forezienne.fr", "iso-8859-1"),
              "Confirmation de votre rendez-vous du 22/10/2026",
              "2026-10-16 09:30", PARIS,
              "<20261016073000.rdv.4471@banque-forezienne.fr>",
              "from relay.banque-forezienne.fr (relay.banque-forezienne.fr [194.2.88.71])",
              qid="4H1Ts6Nc0z8")
    return message(hs, mixed(text(body, charset="windows-1252", cte="quoted-printable"),
                             calendar(cal, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


# --- 31. Coach's mock interview booked through Calendly (French) -----------------------------
@mail(n(31), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly confirmation of a paid 'simulation d'entretien' with a career coach, Thu 5 Nov "
           "18:00 CET: fixed time and the word 'entretien', but a mock interview",
      days=(("Thu", "2026-11-05"),))
def calendly_coach() -> bytes:
    body = t("""
        Bonjour Bastien Chapuis,

        Un nouvel événement a été programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Avec :
        Isabelle Moreau – Cap Carrière Coaching

        Date/heure de l'événement :
        18:00 - 19:00 (heure d'Europe centrale), jeudi 5 novembre 2026

        Lieu :
        Google Meet (le lien vous sera envoyé)

        Questions :
        Quel poste visez-vous ? Ingénieur vision, entretien technique chez un industriel

        Vous devez modifier cet événement ?
        Annuler : https://calendly.com/cancellations/2d0e7b41-95ac-4f3e-b0c8-6a1f7e2d9c53
        Reprogrammer : https://calendly.com/reschedulings/2d0e7b41-95ac-4f3e-b0c8-6a1f7e2d9c53

        Offert par Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmé : Simulation d'entretien d'embauche (60 min) avec Isabelle Moreau le jeudi "
              "5 novembre 2026",
              "2026-10-30 20:14", "UTC",
              "<Tq0Xv8WcR3mYkL1sNb7E4g@geopod-ismtpd-2>",
              "from o1.email.calendly.com (o1.email.calendly.com [167.89.101.55])",
              qid="4HF7Ws2Mb5z4",
              extra=(("Reply-To", addr("Isabelle Moreau", "isabelle@capcarriere-coaching.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 32. Recruiter proposes two times, nothing confirmed (English) ---------------------------
@mail(n(32), family="proposed_times", lang="en", interview=False, company="Corvane Systems",
      note="Recruiter asks whether Tue 22 Sep 10:00 or Wed 23 Sep 14:00 (Paris time) would work "
           "for a first call and will send an invite once Bastien picks one: not confirmed",
      days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23")))
def corvane_proposal() -> bytes:
    body = t("""
        Hi Bastien,

        Thanks for applying to the Perception Engineer role at Corvane Systems. The team liked
        your profile and I'd love to set up a first 30-minute call.

        Would Tuesday (22/09) at 10:00 or Wednesday (23/09) at 14:00, Paris time, work for you?
        As soon as you confirm one of them I'll send a calendar invite with the Meet link.

        Best,
        Ingrid Solheim
        Technical Recruiter – Corvane Systems
        """)
    hs = head(addr("Ingrid Solheim", "ingrid.solheim@corvane.com"),
              "Corvane Systems – first call?",
              "2026-09-17 10:06", PARIS,
              "<CAM2fY7qV0zS8kP4bN1wR6xT3jH9cD5eL2u@mail.gmail.com>",
              "from mail-oi1-f178.google.com (mail-oi1-f178.google.com [209.85.167.178])",
              qid="4Gn4Ep9Ld1z0")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 33. A friend forwards her own interview confirmation for advice ------------------------
@mail(n(33), family="forwarded_other", lang="fr", interview=False, company=None,
      note="A friend forwards (inline) HER Greenhouse confirmation for Thu 29 Oct 10:00 CET and "
           "asks Bastien for advice: a confirmed interview, but not the inbox owner's",
      days=(("Thu", "2026-10-29"),))
def forwarded_julie() -> bytes:
    body = t("""
        Coucou Bastien,

        Tu peux jeter un œil ? C'est la boîte dont je t'avais parlé, ils font de l'inspection
        de wafers. Tu as des questions types pour un entretien avec un lead vision ? Je te
        paie un café 🙂

        Julie

        ---------- Forwarded message ---------
        De : Haldor Medical <no-reply@us.greenhouse-mail.io>
        Date: ven. 23 oct. 2026 à 11:32
        Subject: Interview Confirmation: Image Processing Engineer at Haldor Medical
        To: Julie Perrin <julie.perrin@example.com>

        Hi Julie,

        Your interview for the Image Processing Engineer role is confirmed.

        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM CET
        Location: Microsoft Teams (link to follow)
        Interviewers: Tobias Grün (Vision Lead), Ana Ruiz (Recruiter)

        Best regards,
        Ana Ruiz
        Haldor Medical
        """)
    hs = head(addr("Julie Perrin", "julie.perrin@example.com"),
              "Fwd: Interview Confirmation: Image Processing Engineer at Haldor Medical",
              "2026-10-24 09:18", PARIS,
              "<CAF9tK2wQ7nV4xR1mB8zL0cY3sJ6dH5pE9g@mail.gmail.com>",
              "from mail-yw1-f182.google.com (mail-yw1-f182.google.com [209.85.128.182])",
              qid="4HB8Xr3Kn6z0")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 34. Bastien on an interview panel at his current job -----------------------------------
@mail(n(34), family="interviewer_panel", lang="fr", interview=False, company=None,
      note="Outlook request from HR at Bastien's current employer asking him to sit on the panel "
           "interviewing an intern candidate, Wed 7 Oct 14:00-15:00 (Romance Standard Time ICS): "
           "an interview at a fixed time, but Bastien is the interviewer",
      days=(("Wed", "2026-10-07"),))
def panel_optiloire() -> bytes:
    body = t("""
        Quand : mercredi 7 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Gerland (RDC)

        Bonjour Bastien,

        Merci d'avoir accepté de faire partie du jury pour le stage vision. Le candidat,
        Léo Marchand (M2 Image, Saint-Étienne), sera reçu mercredi à 14h. Tu trouveras son CV
        et la grille d'évaluation en pièce jointe (je te les envoie dans un second mail, trop
        lourds).

        Merci de prévoir une question technique sur l'éclairage et la calibration.

        Audrey
        Chargée RH – Optiloire
        """)
    cal = ics("""
BEGIN:VEVENT
ORGANIZER;CN=Audrey Jourdan:mailto:audrey.jourdan@optiloire.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bastien Chapuis:mailto:bastien.chapuis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Giraud:mailto:marc.giraud@optiloire.fr
UID:040000008200E00074C5B7101A82E0080000000062B1E4C09F55DC01000000000000000010000000C3E4
SUMMARY;LANGUAGE=fr-FR:Entretien candidat stage vision – Léo Marchand
DTSTART;TZID=Romance Standard Time:20261007T140000
DTEND;TZID=Romance Standard Time:20261007T150000
DTSTAMP:20260930T081500Z
LOCATION;LANGUAGE=fr-FR:Salle Gerland (RDC)
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
""", prodid="Microsoft Exchange Server 2010", vtz=ROMANCE_VTZ)
    hs = head(addr("Audrey Jourdan", "audrey.jourdan@optiloire.fr"),
              "Entretien candidat stage vision – Léo Marchand",
              "2026-09-30 10:15", PARIS,
              "<PR0P264MB1946A7C5E0D3B2F19C84E6A2B37F1@PR0P264MB1946.FRAP264.PROD.OUTLOOK.COM>",
              "from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2118.outbound"
              ".protection.outlook.com [40.107.9.118])",
              qid="4Gt2Mx7Vc3z6",
              extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


# --- 35. Rejection after the Arvéa interview (Lever, French) ---------------------------------
@mail(n(35), family="rejection", lang="fr", interview=False, company="Arvéa Systèmes",
      note="Lever rejection after the 23 Sep interview: mentions the past interview date, no new "
           "appointment",
      days=(("Wed", "2026-09-23"),))
def lever_arvea_rejection() -> bytes:
    body = t("""
        Bonjour Bastien,

        Merci encore pour le temps que vous nous avez consacré lors de l'entretien du mercredi
        23 septembre.

        Après réflexion, nous avons décidé de poursuivre avec un autre candidat dont
        l'expérience en métrologie 3D correspond davantage à nos besoins immédiats. Cette
        décision n'a pas été facile : Julien et Élodie ont beaucoup apprécié nos échanges.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,
        L'équipe recrutement Arvéa Systèmes
        """)
    hs = head(addr("Arvéa Systèmes", "no-reply@hire.lever.co"),
              "Votre candidature chez Arvéa Systèmes",
              "2026-10-02 14:27", PARIS,
              "<20261002122700.b83f15d2.lever@hire.lever.co>",
              "from mail-a.hire.lever.co (mail-a.hire.lever.co [198.21.6.14])",
              qid="4Gw0Bn3Rm7z2",
              extra=(("Reply-To", addr("Julien Faure", "julien.faure@arvea-systemes.fr")),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --- 36. Offer from Pixlane, with a meeting to sign ------------------------------------------
@mail(n(36), family="offer", lang="fr", interview=False, company="Pixlane",
      note="Job offer after the interview; proposes to meet Thu 24 Sep 18h to go through the "
           "contract and start on Mon 4 Jan 2027: an offer, not an interview",
      days=(("Thu", "2026-09-24"), ("Mon", "2027-01-04")))
def pixlane_offer() -> bytes:
    body = t("""
        Salut Bastien,

        Bonne nouvelle : Inès et moi on a adoré lundi, et on aimerait vraiment que tu rejoignes
        Pixlane comme ingénieur vision senior 🎉

        Tu trouveras la proposition en PJ : 52 k€ brut annuel + BSPCE, télétravail 2 jours par
        semaine, démarrage idéalement le lundi 4 janvier 2027.

        Passe au local jeudi 24 à 18h si tu veux qu'on en parle de vive voix et qu'on relise
        le contrat ensemble, sinon on s'appelle quand tu veux.

        Romain
        """)
    hs = head(addr("Romain Teyssier", "romain.teyssier@pixlane.fr"),
              "Proposition – Pixlane 🚀",
              "2026-09-18 12:34", PARIS,
              "<CAE4nZ8xP1qT6vM3kW0bS9yR2hL7cF5dJ4a@mail.gmail.com>",
              "from mail-ed1-f47.google.com (mail-ed1-f47.google.com [209.85.208.47])",
              qid="4Gn9Vt1Sx4z8")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 37. Application receipt via JOIN ---------------------------------------------------------
@mail(n(37), family="application_receipt", lang="fr", interview=False, company="Vektor Inspection",
      note="JOIN acknowledgement that the application was sent; says the company usually answers "
           "within two weeks, nothing scheduled")
def join_vektor() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Arial,sans-serif;background:#f7f7f8;margin:0;padding:24px">
        <div style="max-width:520px;margin:auto;background:#fff;border-radius:12px;padding:28px">
        <p style="font-size:18px;font-weight:600">Votre candidature a bien été envoyée ✅</p>
        <p>Bonjour Bastien,</p>
        <p>Votre candidature pour le poste <b>Ingénieur·e vision embarquée</b> chez
        <b>Vektor Inspection</b> (Grenoble) a été transmise à l'équipe de recrutement.</p>
        <p>En général, l'entreprise répond sous deux semaines. Si votre profil est retenu,
        vous serez contacté·e directement pour convenir d'un entretien.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#111;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">Suivre ma candidature</a></p>
        <p style="font-size:12px;color:#888">JOIN Solutions AG · Zürich · Vous recevez cet e-mail car vous avez postulé via JOIN.</p>
        </div></body></html>
        """)
    hs = head(addr("Vektor Inspection via JOIN", "noreply@join.com"),
              "Votre candidature chez Vektor Inspection",
              "2026-09-03 19:41", PARIS,
              "<01070193b0e2c4d1-7f3a9e15-0b6c-4d82-a9e3-25c1f7b0d468-000000@eu-central-1.amazonses.com>",
              "from b224-13.smtp-out.eu-central-1.amazonses.com (b224-13.smtp-out.eu-central-1"
              ".amazonses.com [69.169.224.13])",
              qid="4GfQ1y6Rb0z3")
    return message(hs, html(page, cte="base64"))


# --- 38. Job alert ---------------------------------------------------------------------------
@mail(n(38), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing new vision jobs in Lyon / Saint-Étienne; no appointment")
def job_alert() -> bytes:
    body = t("""
        Vision&Jobs – votre alerte « ingénieur vision – Auvergne-Rhône-Alpes »

        7 nouvelles offres correspondent à votre recherche :

        • Ingénieur vision industrielle H/F – Lyon 7e – CDI – 48-55 k€
          Verrerie Delaye · publiée il y a 2 jours
        • Développeur C++ traitement d'image – Saint-Étienne – CDI
          Optimesure · publiée hier · « entretiens prévus dès la semaine prochaine »
        • Computer Vision Engineer (Remote EU) – Full remote – CDI
          Lumenfold · publiée aujourd'hui
        • Responsable intégration vision robotique – Clermont-Ferrand – CDI
          Mécanique Arverne · publiée il y a 3 jours
        • Ingénieur R&D deep learning – Grenoble – CDD 18 mois
          Nivalis Photonics · publiée il y a 4 jours
        • Technicien vision / automatisme – Roanne – CDI
          Plasturgie du Roannais · publiée hier
        • Data scientist imagerie – Lyon – Freelance
          Kairn Consulting · publiée aujourd'hui

        Voir toutes les offres : https://www.visionetjobs.fr/alertes/8821037

        Vous recevez cet e-mail car vous avez créé une alerte sur Vision&Jobs.
        Se désabonner : https://www.visionetjobs.fr/alertes/8821037/stop
        """)
    hs = head("Vision&Jobs <alertes@visionetjobs.fr>",
              "7 nouvelles offres : ingénieur vision – Auvergne-Rhône-Alpes",
              "2026-10-12 07:05", PARIS,
              "<alert.8821037.20261012@visionetjobs.fr>",
              "from mta12.visionetjobs.fr (mta12.visionetjobs.fr [178.32.140.212])",
              qid="4H4Ns0Gq7z1",
              extra=(("List-Unsubscribe", "<https://www.visionetjobs.fr/alertes/8821037/stop>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 39. Newsletter about technical interviews (English) -------------------------------------
@mail(n(39), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter post about preparing for a technical interview ('your interview is on "
           "Tuesday at 10am', as an example); no appointment for the reader")
def newsletter_vision() -> bytes:
    body = t("""
        The Applied Vision Letter – issue #88

        How I prepare for a 45-minute technical interview

        Say your interview is confirmed for Tuesday at 10am. Here is what I do, day by day:

        Friday: re-read the job description and list the three systems you'd most like to talk
        about. For vision roles, have one lighting story, one calibration story and one
        "the model failed in production" story.

        Monday evening: do one whiteboard problem, not ten. Check the video link and your
        camera (yes, the irony).

        Tuesday 9:45: water, notes, breathe. You already got the interview; now it's a
        conversation.

        Also this week: a reader asked how to explain a gap year in an interview - reply and
        I'll answer in the next issue.

        - Marco
        You're receiving this because you subscribed at appliedvisionletter.com.
        Unsubscribe: https://appliedvisionletter.com/unsubscribe?u=bc4417
        """)
    page = "<html><body style=\"font-family:Georgia,serif;max-width:620px\">" + \
        "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head("The Applied Vision Letter <marco@appliedvisionletter.com>",
              "How I prepare for a 45-minute technical interview",
              "2026-11-10 14:00", "UTC",
              "<20261110140000.88.a7f2c1@appliedvisionletter.com>",
              "from mail-out.appliedvisionletter.com (mail-out.appliedvisionletter.com [198.2.180.44])",
              qid="4HV3Kq2Bz9z5",
              extra=(("List-Unsubscribe", "<https://appliedvisionletter.com/unsubscribe?u=bc4417>"),
                     ("List-Id", "The Applied Vision Letter <news.appliedvisionletter.com>")))
    return message(hs, alt(text(body), html(page)))


# --- 40. Teamtailor self-scheduling: pick a slot, nothing booked -----------------------------
@mail(n(40), family="self_schedule", lang="fr", interview=False, company="Ondine Logistique",
      note="Teamtailor invitation to pick an interview slot; lists three possible slots (7, 9, 10 "
           "Dec) but none is booked yet (the confirmation came later)",
      days=(("Mon", "2026-12-07"), ("Wed", "2026-12-09"), ("Thu", "2026-12-10")))
def teamtailor_ondine_pick() -> bytes:
    body = t("""
        Bonjour Bastien,

        Votre profil nous intéresse pour le poste d'Ingénieur(e) vision – robotique de
        préparation de commandes. Nous aimerions vous rencontrer en visio (45 minutes).

        Choisissez le créneau qui vous convient :
        - lundi 7 décembre, 14h
        - mercredi 9 décembre, 9h
        - jeudi 10 décembre, 11h

        👉 Réserver mon créneau : https://ondine-logistique.teamtailor.com/meetings/pick/7Rk2aQ

        Les créneaux sont réservés dans l'ordre d'arrivée : si aucun ne vous convient,
        répondez à ce message.

        À bientôt,
        Amélie – Ondine Logistique
        Envoyé avec Teamtailor
        """)
    hs = head(addr("Ondine Logistique", "no-reply@teamtailor-mail.com"),
              "Choisissez votre créneau d'entretien – Ondine Logistique",
              "2026-12-01 16:48", PARIS,
              "<2c9a7e5d1b3f4.20261201154800@teamtailor-mail.com>",
              "from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.42.11.38])",
              qid="4Hm4Lr8Tp0z6",
              extra=(("Reply-To", addr("Amélie Tissot", "amelie.tissot@ondine-logistique.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 41. Agency outreach, English, no time --------------------------------------------------
@mail(n(41), family="recruiter_outreach", lang="en", interview=False, company="Northbeam Talent",
      note="Cold outreach from an agency recruiter asking for a quick chat 'this week', no time fixed")
def northbeam_outreach() -> bytes:
    body = t("""
        Hi Bastien,

        I came across your profile and your talk on steel-surface inspection at the Lyon CV
        meetup - impressive stuff.

        I'm working with a well-funded Series B robotics company (remote-first, EU hours) that
        is hiring a Lead Vision Engineer. Compensation is in the €85-100k range plus equity.

        Would you be open to a quick 15-minute chat sometime this week? Feel free to grab any
        slot here: https://calendly.com/liam-northbeam/15min

        Best,
        Liam O'Connor
        Senior Consultant, Northbeam Talent
        """)
    hs = head(addr("Liam O'Connor", "liam.oconnor@northbeamtalent.com"),
              "Lead Vision Engineer - remote, EU hours",
              "2026-10-06 08:55", "Europe/London",
              "<AS8PR07MB7463F1D2C0B9A4E3D5F6A7B8C9D01@AS8PR07MB7463.eurprd07.prod.outlook.com>",
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2102.outbound"
              ".protection.outlook.com [40.107.105.102])",
              qid="4Gz9Qw4Hs2z7")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 42. Recruiter: time proposed, waiting for the manager's confirmation --------------------
@mail(n(42), family="proposed_times", lang="fr", interview=False, company="Vitrolab",
      note="Recruiter replies that 'mardi 3 novembre à 10h' suits her but she must still get the "
           "manager's confirmation and will come back: proposed, not confirmed",
      days=(("Tue", "2026-11-03"),))
def vitrolab_pending() -> bytes:
    body = t("""
        Bonjour Bastien,

        Merci pour vos disponibilités. Mardi 3 novembre à 10h me conviendrait, mais je dois
        encore le valider avec Fabien (notre responsable contrôle qualité), qui est en salon
        cette semaine. Je reviens vers vous dès que j'ai son retour pour vous confirmer le
        créneau et vous envoyer l'invitation.

        Bonne journée,
        Aurore Delmas
        Chargée de recrutement – Vitrolab

        > Le 26 oct. 2026 à 21:14, Bastien Chapuis <bastien.chapuis@example.org> a écrit :
        >
        > Bonjour Madame Delmas,
        > Je suis disponible mardi 3 novembre toute la journée, ou mercredi 4 le matin.
        > Cordialement,
        > Bastien Chapuis
        """)
    hs = head(addr("Aurore Delmas", "aurore.delmas@vitrolab.fr"),
              "RE: Entretien – Ingénieur vision Vitrolab",
              "2026-10-27 09:37", PARIS,
              "<DB9PR02MB7354C0E1F2A3B4C5D6E7F8091A2B3@DB9PR02MB7354.eurprd02.prod.outlook.com>",
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2095.outbound"
              ".protection.outlook.com [40.107.249.95])",
              qid="4HC4Vn1Jq8z3",
              extra=(("In-Reply-To", "<e04b7c12-8f3d-4a95-b6e1-2d7c9f0a5b38@example.org>"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# --- 43. Ophthalmologist appointment -------------------------------------------------------
@mail(n(43), family="medical_appointment", lang="fr", interview=False, company=None,
      note="Online booking service confirms an ophthalmologist appointment Mon 19 Oct 17h45: "
           "fixed time, not an interview",
      days=(("Mon", "2026-10-19"),))
def medical_rdv() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b2239">
        <p style="font-size:18px"><b>Votre rendez-vous est confirmé</b></p>
        <p>Bonjour Bastien CHAPUIS,</p>
        <p><b>lundi 19 octobre 2026 à 17:45</b><br>
        Dr Sophie Arnaud – Ophtalmologue<br>
        Centre médical Bellevue, 8 rue Pierre-Termier, 42100 Saint-Étienne</p>
        <p>Motif : consultation de suivi – renouvellement de lunettes</p>
        <p>Pensez à apporter votre carte Vitale et vos lunettes actuelles.</p>
        <p><a href="https://www.medirdv.fr/rdv/8X2K7Q">Déplacer ou annuler le rendez-vous</a></p>
        <p style="font-size:11px;color:#6b7c93">MédiRDV – prise de rendez-vous en ligne. Merci de ne pas répondre à cet e-mail.</p>
        </body></html>
        """)
    hs = head(addr("MédiRDV", "no-reply@medirdv.fr"),
              "Rendez-vous confirmé avec Dr Sophie Arnaud",
              "2026-10-13 13:02", PARIS,
              "<rdv-8X2K7Q-1792148520@medirdv.fr>",
              "from mail.medirdv.fr (mail.medirdv.fr [46.105.121.17])",
              qid="4H5Bc7Ky1z0")
    return message(hs, html(page, cte="quoted-printable"))


# --- 44. Flat viewing in Lyon --------------------------------------------------------------
@mail(n(44), family="flat_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Lyon Sat 14 Nov 11h: fixed time, not an "
           "interview",
      days=(("Sat", "2026-11-14"),))
def flat_viewing() -> bytes:
    body = t("""
        Bonjour Monsieur Chapuis,

        Je vous confirme la visite du T3 de la rue Béchevelin (Lyon 7e, 68 m², 3e étage avec
        ascenseur) samedi 14 novembre à 11h. Rendez-vous directement devant l'immeuble, au 42.

        Pour le dossier : pièce d'identité, trois derniers bulletins de salaire, contrat de
        travail ou promesse d'embauche, dernier avis d'imposition.

        Cordialement,
        Sébastien Morel
        Cabinet Guillaud Immobilier - Lyon 7e
        """)
    hs = head(addr("Sébastien Morel", "s.morel@guillaud-immobilier.fr"),
              "Visite T3 rue Béchevelin – samedi 11h",
              "2026-11-10 18:26", PARIS,
              "<5e7a0c93-b1d4-4f2e-8a6c-37f9d2e1b045@guillaud-immobilier.fr>",
              "from smtp.guillaud-immobilier.fr (smtp.guillaud-immobilier.fr [62.210.16.61])",
              qid="4HV8Mb5Xr2z4")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# --- 45. Parent-teacher meeting --------------------------------------------------------------
@mail(n(45), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School platform confirms a parent-teacher 'rendez-vous' Tue 17 Nov 17h10 (10 min): "
           "fixed time, not an interview",
      days=(("Tue", "2026-11-17"),))
def parent_teacher() -> bytes:
    body = t("""
        Collège Les Tilleuls - Rencontres parents-professeurs du 1er trimestre

        Madame, Monsieur,

        Votre rendez-vous est enregistré :
        Élève : CHAPUIS Lou (4e B)
        Professeur : M. Fabre (professeur principal, mathématiques)
        Date : mardi 17 novembre 2026
        Horaire : 17h10 - 17h20
        Salle : 112, bâtiment A

        Merci de respecter l'horaire : les entretiens s'enchaînent toutes les 10 minutes.

        La vie scolaire
        Message envoyé depuis l'ENT - ne pas répondre.
        """)
    hs = head("ENT College Les Tilleuls <ne-pas-repondre@ent-tilleuls.fr>",
              "Rencontres parents-professeurs : confirmation de votre rendez-vous",
              "2026-11-12 17:58", PARIS,
              "<ent.20261112165800.30417@ent-tilleuls.fr>",
              "from ent-mail.ent-tilleuls.fr (ent-mail.ent-tilleuls.fr [195.83.220.14])",
              qid="4HW6Dp3Ts9z1")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --- 46. Sprint review at the current job, English Outlook invite ----------------------------
@mail(n(46), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Outlook meeting request from a colleague at the current employer: sprint review + "
           "demo Thu 8 Oct 15:00-16:00; fixed time, internal meeting, not an interview",
      days=(("Thu", "2026-10-08"),))
def sprint_review() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 3:00 PM-4:00 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Gerland room / Teams

        Hi all,

        Sprint 42 review: Bastien will demo the new glare-robust segmentation on line 3, then
        Kenji shows the PLC handshake. Customer (Verrerie Delaye) may join for the last 15 min.

        Thanks,
        Priya
        """)
    cal = ics("""
BEGIN:VEVENT
ORGANIZER;CN=Priya Raman:mailto:priya.raman@optiloire.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bastien Chapuis:mailto:bastien.chapuis@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Mori:mailto:kenji.mori@optiloire.fr
UID:040000008200E00074C5B7101A82E00800000000A4F7D21C0B56DC01000000000000000010000000B1C2
SUMMARY;LANGUAGE=en-US:Sprint 42 review + demo
DTSTART;TZID=Romance Standard Time:20261008T150000
DTEND;TZID=Romance Standard Time:20261008T160000
DTSTAMP:20261001T123000Z
LOCATION;LANGUAGE=en-US:Gerland room / Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", prodid="Microsoft Exchange Server 2010", vtz=ROMANCE_VTZ)
    hs = head(addr("Priya Raman", "priya.raman@optiloire.fr"),
              "Sprint 42 review + demo",
              "2026-10-01 14:30", PARIS,
              "<PR0P264MB2215B8E1C3D4F5A6B7C8D9E0F1A2B@PR0P264MB2215.FRAP264.PROD.OUTLOOK.COM>",
              "from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2131.outbound"
              ".protection.outlook.com [40.107.9.131])",
              qid="4Gv1Pw6Bn5z2",
              extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), calendar(cal, method="REQUEST")))


# --- 47. Webinar about interviews, Livestorm ------------------------------------------------
@mail(n(47), family="webinar", lang="fr", interview=False, company=None,
      note="Webinar registration 'Réussir son entretien d'embauche en visio', Tue 13 Oct 12h30: "
           "fixed time and the word 'entretien', but a webinar",
      days=(("Tue", "2026-10-13"),))
def webinar_livestorm() -> bytes:
    body = t("""
        Bonjour Bastien,

        Votre inscription est confirmée !

        Réussir son entretien d'embauche en visio
        mardi 13 octobre 2026, 12:30 - 13:15 (Europe/Paris)
        Organisé par Réseau Cadres Loire

        Rejoindre l'événement : https://app.livestorm.co/reseau-cadres-loire/entretien-visio/live?s=5c1e

        Au programme : cadrage et éclairage, les 5 questions pièges, comment conclure
        l'entretien. Replay envoyé aux inscrits.

        Ajouter à Google Agenda · Outlook · iCal

        L'équipe Livestorm pour Réseau Cadres Loire
        """)
    hs = head(addr("Réseau Cadres Loire", "no-reply@livestorm.co"),
              "Inscription confirmée : Réussir son entretien d'embauche en visio",
              "2026-10-07 08:11", PARIS,
              "<3b0d5f7e-1a2c-4e8b-9f60-c4d2e7a19b53@livestorm.co>",
              "from mail.livestorm.co (mail.livestorm.co [149.72.172.21])",
              qid="4H1Zt9Nm6z3")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 48. Out-of-office auto-reply ----------------------------------------------------------
@mail(n(48), family="auto_reply", lang="fr", interview=False, company=None,
      note="Out-of-office auto-reply to Bastien's application follow-up, back on Mon 2 Nov; no "
           "appointment",
      days=(("Mon", "2026-11-02"),))
def auto_reply() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 2 novembre inclus, avec un accès limité à mes
        e-mails. Pour toute demande urgente concernant un entretien ou une candidature, merci
        de contacter recrutement@stephanoise-optique.fr.

        Cordialement,
        Camille Bertrand
        """)
    hs = head(addr("Camille Bertrand", "camille.bertrand@stephanoise-optique.fr"),
              "Réponse automatique : Candidature – Ingénieur vision (suivi)",
              "2026-10-26 10:02", PARIS,
              "<AM0PR10MB3460D1E2F3A4B5C6D7E8F9A0B1C2D@AM0PR10MB3460.EURPRD10.PROD.OUTLOOK.COM>",
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2054.outbound"
              ".protection.outlook.com [40.107.21.54])",
              qid="4HC0Fm2Xb7z9",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<a9c3e1f7-04b2-4d68-8e5a-71f0c2d9b364@example.org>")))
    return message(hs, text(body))


# --- 49. Bounce of Bastien's own confirmation (English DSN, French original) -----------------
@mail(n(49), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) for Bastien's own message confirming he will come "
           "on Thu 19 Nov at 10h; a bounce of his own mail (wrong address), not a confirmation "
           "from an employer",
      days=(("Thu", "2026-11-19"),))
def bounce() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jerome.vasseur@optimesur.fr>: host mx.optimesur.fr[91.121.84.200] said: 550
            5.1.1 <jerome.vasseur@optimesur.fr>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4HX1Kd0Rt2z8
        Arrival-Date: Fri, 13 Nov 2026 22:40:05 +0100 (CET)

        Final-Recipient: rfc822; jerome.vasseur@optimesur.fr
        Original-Recipient: rfc822;jerome.vasseur@optimesur.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.optimesur.fr
        Diagnostic-Code: smtp; 550 5.1.1 <jerome.vasseur@optimesur.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", ME_ADDR),
        ("To", addr("Jérôme Vasseur", "jerome.vasseur@optimesur.fr")),
        ("Subject", "Re: Entretien chez Optimesure"),
        ("Date", date("2026-11-13 22:40", PARIS)),
        ("Message-ID", "<f1e2d3c4-b5a6-4978-8c6d-5e4f3a2b1c0d@example.org>"),
    ], text(t("""
        Bonjour Monsieur Vasseur,

        Merci pour votre message. Je vous confirme ma présence jeudi 19 novembre à 10h dans vos
        locaux de la rue Balay.

        Bien cordialement,
        Bastien Chapuis
        """)))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       Part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")],
                            status.replace("\n", "\r\n").encode("ascii")),
                       Part([("Content-Description", "Undelivered Message"),
                             ("Content-Type", "message/rfc822")], original),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 4HX1Kd3Pv5z1; "
                       "Fri, 13 Nov 2026 22:40:07 +0100 (CET)"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-13 22:40", PARIS)),
          ("Message-ID", "<20261113214007.4HX1Kd3Pv5z1@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


# --- 50. Meetup announcement on a mailing list (English) ------------------------------------
@mail(n(50), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list announcement of a meetup panel 'Interviewing for CV roles', Thu 19 Nov "
           "19:00 in Lyon: fixed time, a public meetup, not an interview",
      days=(("Thu", "2026-11-19"),))
def meetup_list() -> bytes:
    body = t("""
        Hi everyone,

        Meetup #14 is on! Theme: "Interviewing for computer-vision roles - both sides of the
        table". Three hiring managers and two recent hires tell us what actually happens in a
        CV technical interview, followed by mock whiteboard questions with volunteers.

        When: Thursday 19 November, 19:00 (doors 18:45)
        Where: La Cordée Part-Dieu, Lyon
        RSVP: https://www.meetup.com/lyon-computer-vision/events/311847520/

        Pizza sponsored by Halden Machine Vision.

        Cheers,
        Anaïs (co-organiser)

        --
        You received this message because you are subscribed to the Google Groups "Lyon
        Computer Vision" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        lyon-cv+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Anaïs Perret", "anais.perret@example.net"),
              "[lyon-cv] Meetup #14 - Interviewing for CV roles (Thu 19 Nov)",
              "2026-11-09 12:20", PARIS,
              "<CAK3mP9rT2wV7nB0xQ5zL1cY8sJ4dH6eF3a@mail.gmail.com>",
              "from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              qid="4HT5Wc8Lm1z7",
              to="lyon-cv@googlegroups.com",
              extra=(("Sender", "lyon-cv@googlegroups.com"),
                     ("Reply-To", "lyon-cv@googlegroups.com"),
                     ("Mailing-list", "list lyon-cv@googlegroups.com; contact lyon-cv+owners@googlegroups.com"),
                     ("List-ID", "<lyon-cv.googlegroups.com>"),
                     ("Precedence", "list"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+1048837721+unsubscribe@googlegroups.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))
