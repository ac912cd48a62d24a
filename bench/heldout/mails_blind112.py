"""blind112: 50 hand-written mails from the inbox of Julien Mercier, a materials engineer in
Clermont-Ferrand (Europe/Paris), September-December 2026. Written blind to the detector.

Build and check: python3 bench/heldout/make_blind.py blind112
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1120112).sample(range(1, 51), 50)
ME = "julien.mercier@example.org"
MEA = addr("Julien Mercier", ME)
PAR = "Europe/Paris"
MTL = "America/Toronto"

VTZ_ROMANCE = """BEGIN:VTIMEZONE
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
VTZ_TORONTO = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")


def n(key: int) -> str:
    return f"blind112_{ORDER[key - 1]:03d}"


def hdr(frm: str, subj: str, when: str, zone: str, mid: str, *, via: str, to: str = MEA,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [
        ("Received", received(f"from {via}", when, zone, "mx1.example.org (Postfix)", ME)),
        ("From", frm), ("To", to), ("Subject", enc(subj, charset)), ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"), *extra,
    ]


def ics(*, prodid: str, uid: str, start: str, end: str | None, tzid: str | None, summary: str,
        organizer: str, method: str = "REQUEST", vtz: str | None = None, status: str = "CONFIRMED",
        seq: int = 0, stamp: str, location: str = "", extra: str = "", allday: bool = False) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtz:
        lines.append(vtz)
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if allday:
        lines.append(f"DTSTART;VALUE=DATE:{start}")
        if end:
            lines.append(f"DTEND;VALUE=DATE:{end}")
    elif tzid:
        lines.append(f"DTSTART;TZID={tzid}:{start}")
        if end:
            lines.append(f"DTEND;TZID={tzid}:{end}")
    else:
        lines.append(f"DTSTART:{start}")
        if end:
            lines.append(f"DTEND:{end}")
    lines += [f"SUMMARY:{summary}", f"ORGANIZER;{organizer}",
              f"ATTENDEE;CN=Julien Mercier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if extra:
        lines.append(extra)
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", PAR), end=utc("2026-09-10 14:45", PAR),
      contact="camille.roux@kestrel-additive.com", company="Kestrel Additive",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=PAR,
      note="Greenhouse confirmation, 'Thursday, September 10, 2026 2:00 PM - 2:45 PM CEST' (Paris, UTC+2) "
           "-> 12:00Z-12:45Z; ICS Europe/Paris agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Julien,

        Thanks for making time to speak with us. Your interview for Senior Materials Engineer -
        Metal AM at Kestrel Additive is confirmed:

        Thursday, September 10, 2026
        2:00 PM - 2:45 PM CEST (Europe/Paris)

        Format: video call (Google Meet) - https://meet.google.com/kzq-wfda-pno
        Interviewer: Aurelien Masson, Head of Process Engineering

        A calendar invitation is attached. If anything changes, just reply to this email and it will
        reach Camille Roux, who is coordinating your process.

        Best regards,
        Kestrel Additive Recruiting

        --
        Sent via Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Julien,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Senior Materials Engineer - Metal AM</b>
        at Kestrel Additive is confirmed:</p>
        <table cellpadding="4"><tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>2:00 PM - 2:45 PM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Where</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/kzq-wfda-pno">meet.google.com/kzq-wfda-pno</a></td></tr>
        <tr><td><b>With</b></td><td>Aurelien Masson, Head of Process Engineering</td></tr></table>
        <p>A calendar invitation is attached. If anything changes, just reply to this email and it will reach
        Camille Roux, who is coordinating your process.</p>
        <p>Best regards,<br>Kestrel Additive Recruiting</p>
        <p style="color:#999;font-size:11px">Sent via Greenhouse</p>
        </body></html>
        """)
    cal = ics(prodid="-//Greenhouse Software//Greenhouse Scheduler//EN", uid="gh-4471920-int-88213@greenhouse.io",
              start="20260910T140000", end="20260910T144500", tzid=PAR, vtz=VTZ[PAR],
              summary="Interview: Julien Mercier <> Kestrel Additive (Senior Materials Engineer - Metal AM)",
              organizer="CN=Camille Roux:mailto:camille.roux@kestrel-additive.com", stamp="20260907T071204Z",
              location="https://meet.google.com/kzq-wfda-pno")
    hs = hdr(addr("Kestrel Additive", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Materials Engineer - Metal AM at Kestrel Additive",
             "2026-09-07 09:12", PAR, "0100019a1c2e77f1-kestrel-4471920@email.amazonses.com",
             via="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Camille Roux", "camille.roux@kestrel-additive.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:30", PAR), end=utc("2026-09-15 11:30", PAR),
      contact="marion.chabrier@arverne-composites.fr", company="Arverne Composites",
      local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:30", zone=PAR,
      note="Lever, French: 'mardi 15 septembre 2026, de 10h30 à 11h30 (heure de Paris)', CEST -> 08:30Z-09:30Z; "
           "ICS agrees; contact = Reply-To recruiter")
def m02() -> bytes:
    body = t("""
        Bonjour Julien,

        Votre entretien pour le poste d'Ingénieur R&D Matériaux Composites (H/F) chez Arverne Composites
        est confirmé.

        Date : mardi 15 septembre 2026
        Horaire : de 10h30 à 11h30 (heure de Paris)
        Lieu : site des Gravanches, 12 rue Jean-Baptiste Dumas, 63100 Clermont-Ferrand - accueil bâtiment B
        Vous rencontrerez : Marion Chabrier (Talent Acquisition) et Gilles Fabre (Responsable Labo Essais)

        Pensez à vous munir d'une pièce d'identité pour l'accueil.

        Pour toute question, répondez simplement à cet e-mail.

        Cordialement,
        L'équipe recrutement Arverne Composites
        """)
    cal = ics(prodid="-//Lever//Lever Hire//EN", uid="lever-int-2f6c1a0e-9b55-4d0e@hire.lever.co",
              start="20260915T103000", end="20260915T113000", tzid=PAR, vtz=VTZ[PAR],
              summary="Entretien - Julien Mercier - Ingénieur R&D Matériaux Composites",
              organizer="CN=Marion Chabrier:mailto:marion.chabrier@arverne-composites.fr", stamp="20260909T134522Z",
              location="Arverne Composites\\, 12 rue Jean-Baptiste Dumas\\, 63100 Clermont-Ferrand")
    hs = hdr(addr("Arverne Composites", "no-reply@hire.lever.co"),
             "Confirmation de votre entretien - Arverne Composites", "2026-09-09 15:45", PAR,
             "lever.2f6c1a0e9b554d0e.conf@hire.lever.co",
             via="mail-sor-f69.hire.lever.co (mail-sor-f69.hire.lever.co [198.2.180.69])",
             extra=(("Reply-To", addr("Marion Chabrier", "marion.chabrier@arverne-composites.fr")),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(cal, filename="entretien.ics", disposition="attachment", cte="base64")))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 15:00", PAR), contact="baptiste@fibrelab.fr", company="Fibrelab",
      local="Wed 2026-09-30 15:00", zone=PAR, days=(("Tue", "2026-09-22"), ("Wed", "2026-09-30")),
      note="Phone-written reply, tu: 'mercredi en huit à 15 h' from Date Tue 22 Sep -> Wed 30 Sep 15:00 CEST "
           "= 13:00Z; no length stated; contact = human sender")
def m03() -> bytes:
    body = t("""
        Top, c'est calé alors : mercredi en huit à 15 h, dans nos locaux à Villeurbanne (47 rue Francis de Pressensé, 2e étage, sonne chez Fibrelab).
        Tu verras Léa (notre CTO) et moi, on te fera visiter la ligne pilote.
        Si t'es en train depuis Clermont, on peut te récupérer à Part-Dieu.

        À mercredi 30 donc ;)
        Baptiste

        Envoyé de mon iPhone

        > Le 22 sept. 2026 à 17:58, Julien Mercier <julien.mercier@example.org> a écrit :
        >
        > Bonjour Baptiste,
        > Merci pour l'échange de ce matin. Mercredi 30 à 15 h me convient très bien pour venir vous voir.
        > Bonne soirée,
        > Julien
        """)
    hs = hdr(addr("Baptiste Olivier", "baptiste@fibrelab.fr"), "Re: Fibrelab - on se voit ?",
             "2026-09-22 18:31", PAR, "8E2B1F04-77C3-4D1A-9A0C-2F41D6B0E3A1@fibrelab.fr",
             via="smtp.fibrelab.fr (smtp.fibrelab.fr [51.91.12.80])",
             extra=(("In-Reply-To", "<c3a7f0e1-2b44-4b8e-a1f2-5e0c9d7b1a20@example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", MTL), end=utc("2026-11-03 11:00", MTL),
      contact="sophie.gagnon@borealalliages.ca", company="Boréal Alliages",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=MTL,
      note="Workday, sent Wed 28 Oct in EDT; interview Tue 3 Nov 10:00-11:00 Eastern, after the 1 Nov switch to "
           "EST (UTC-5) -> 15:00Z-16:00Z (16:00 in Paris, CET); contact = coordinator's address in the body")
def m04() -> bytes:
    body = t("""
        Dear Julien Mercier,

        Thank you for your interest in Boréal Alliages. We are pleased to confirm your interview for the
        position of Metallurgical Engineer - Aluminium Alloys (R-0004127).

        Interview Type: Video (Microsoft Teams)
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time (Montreal)
        Interviewers: Marc-André Lavoie, Director, Alloy Development; Sophie Gagnon, Talent Acquisition Partner

        Please note that clocks in Montreal change on Sunday, November 1; the time above is Eastern
        Standard Time (16:00 in Paris).

        The Teams link will be sent separately by your interviewer. If you need to make a change, please
        contact Sophie Gagnon at sophie.gagnon@borealalliages.ca.

        Regards,
        Boréal Alliages Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = hdr(addr("Boréal Alliages", "borealalliages@myworkday.com"),
             "Interview Scheduled - Metallurgical Engineer - Aluminium Alloys", "2026-10-28 11:05", MTL,
             "1923456789.44211.1761663900117@wd5-prod-mailer.myworkday.com",
             via="wd5-mta02.myworkday.com (wd5-mta02.myworkday.com [216.12.34.71])")
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 09:00", PAR), end=utc("2026-09-24 10:30", PAR),
      contact="nadia.benali@ligeris-polymeres.fr", company="Ligéris Polymères",
      local="Thu 2026-09-24 09:00", local_end="2026-09-24 10:30", zone=PAR,
      note="SmartRecruiters, HTML only (base64): 'jeudi 24 septembre 2026 à 9 h 00', 'durée : 1 h 30' -> "
           "07:00Z-08:30Z (CEST); contact = recruiter address in the body")
def m05() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b;font-size:14px">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #0a6e8c"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ligeris.png" alt="Ligéris Polymères" height="40"></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Bonjour Julien,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste <strong>Ingénieur Procédés Extrusion (F/H)</strong>.</p>
        <p style="background:#eef6f9;padding:12px 16px">
        &#128197; <strong>jeudi 24 septembre 2026 à 9 h 00</strong> (heure de Paris)<br>
        &#9201; Durée : 1 h 30 (entretien + visite de l'atelier)<br>
        &#128205; Ligéris Polymères, 8 rue de la Talaudière, 42000 Saint-Étienne</p>
        <p>Vous serez accueilli par Nadia Benali, chargée de recrutement, puis par l'équipe Procédés.
        Pour toute question : <a href="mailto:nadia.benali@ligeris-polymeres.fr">nadia.benali@ligeris-polymeres.fr</a></p>
        <p>À très bientôt,<br>L'équipe Talents de Ligéris Polymères</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#888">Powered by SmartRecruiters &middot; Merci de ne pas répondre directement à cet e-mail.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = hdr(addr("Ligéris Polymères", "noreply@smartrecruiters.com"),
             "Votre entretien chez Ligéris Polymères est confirmé", "2026-09-21 11:20", PAR,
             "sr.6f1e2d3c4b5a.20260921092000@smartrecruiters.com",
             via="o1.email.smartrecruiters.com (o1.email.smartrecruiters.com [167.89.101.12])")
    return message(hs, html(page, cte="base64"))


@mail(n(6), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", "Europe/Oslo"), end=utc("2026-10-26 10:15", "Europe/Oslo"),
      contact="ingrid.solberg@nordlys-coatings.no", company="Nordlys Coatings",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15", zone="Europe/Oslo",
      note="Personio, sent Thu 22 Oct (CEST); interview Mon 26 Oct 09:30-10:15 CET, the day after Europe left "
           "summer time -> 08:30Z-09:15Z (same wall time in Paris); ICS Europe/Oslo agrees; contact = Reply-To")
def m06() -> bytes:
    body = t("""
        Hello Julien,

        Thank you for your application for the position "Coatings Scientist (Remote, EU)".

        We would like to confirm the following appointment:

        Interview: First interview with the Hiring Manager
        Date: Monday, 26.10.2026
        Time: 09:30 - 10:15 (CET, Oslo / Paris)
        Location: Google Meet - https://meet.google.com/hxr-ubnm-qte

        Please note that summer time ends on Sunday 25 October, so this is 09:30 winter time.

        Kind regards
        Ingrid Solberg
        People & Culture | Nordlys Coatings AS
        """)
    cal = ics(prodid="-//Personio GmbH//Personio//EN", uid="personio-appt-7781234-nordlys@personio.de",
              start="20261026T093000", end="20261026T101500", tzid="Europe/Oslo",
              vtz=VTZ["Europe/Stockholm"].replace("Europe/Stockholm", "Europe/Oslo"),
              summary="Interview Julien Mercier - Coatings Scientist",
              organizer="CN=Ingrid Solberg:mailto:ingrid.solberg@nordlys-coatings.no", stamp="20261022T121500Z",
              location="https://meet.google.com/hxr-ubnm-qte")
    hs = hdr(addr("Nordlys Coatings AS", "no-reply@personio.de"),
             "Interview invitation: Coatings Scientist (Remote, EU)", "2026-10-22 14:15", PAR,
             "20261022121500.7781234@mail.personio.de",
             via="mail-out-3.personio.de (mail-out-3.personio.de [3.121.46.201])",
             extra=(("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@nordlys-coatings.no")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(cal, filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", PAR), end=utc("2026-11-04 11:45", PAR),
      contact="ines.garnier@sequana-aero.fr", company="Sequana Aéro",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 11:45", zone=PAR,
      note="Teamtailor: 'mer. 4 nov. 2026 · 11:00 - 11:45 (CET)' -> 10:00Z-10:45Z; contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci d'avoir réservé un créneau ! Voici le récapitulatif de votre entretien :

        Entretien visio avec Inès Garnier - Ingénieur(e) Matériaux Structures
        mer. 4 nov. 2026 · 11:00 - 11:45 (CET)
        Lien : https://sequana-aero.teamtailor.com/meetings/6b1d0e9c

        Besoin de modifier ? Répondez à ce message.

        À bientôt,
        Sequana Aéro
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:auto">
        <h2 style="font-weight:600">Votre entretien est confirmé</h2>
        <p>Bonjour Julien,</p><p>Merci d'avoir réservé un créneau ! Voici le récapitulatif de votre entretien :</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Entretien visio avec Inès Garnier &ndash; Ingénieur(e) Matériaux Structures</div>
        <div>mer. 4 nov. 2026 &middot; 11:00 - 11:45 (CET)</div>
        <a href="https://sequana-aero.teamtailor.com/meetings/6b1d0e9c">Rejoindre la visio</a></div>
        <p>Besoin de modifier ? Répondez à ce message.</p><p>À bientôt,<br>Sequana Aéro</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Teamtailor</p></div>
        """)
    hs = hdr(addr("Sequana Aéro", "no-reply@mail.teamtailor.com"),
             "Entretien confirmé : Ingénieur(e) Matériaux Structures", "2026-10-30 16:02", PAR,
             "6b1d0e9c-meeting-confirmation@mail.teamtailor.com",
             via="m228-41.mailgun.net (m228-41.mailgun.net [159.135.228.41])",
             extra=(("Reply-To", addr("Inès Garnier", "ines.garnier@sequana-aero.fr")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 08:00", "America/Chicago"), end=utc("2026-10-27 08:30", "America/Chicago"),
      contact="dana.kowalski@halvardmaterials.com", company="Halvard Materials",
      local="Tue 2026-10-27 08:00", local_end="2026-10-27 08:30", zone="America/Chicago",
      note="Calendly invitee mail: '8:00am - 8:30am (Central Time - US & Canada)' on Tue 27 Oct, still CDT "
           "(US leaves DST 1 Nov) -> 13:00Z-13:30Z, i.e. 14:00 in Paris (already CET); ICS agrees; "
           "contact = organizer Reply-To")
def m08() -> bytes:
    body = t("""
        Hi Julien Mercier,

        A new event has been scheduled.

        Event Type:
        Halvard Materials - Technical Interview (30 min)

        Invitee:
        Julien Mercier

        Event Date/Time:
        8:00am - 8:30am (Central Time - US & Canada) on Tuesday, October 27, 2026

        Location:
        This is a Zoom web conference. https://halvard.zoom.us/j/81734229015

        Host:
        Dana Kowalski

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2e0b7d44-94b1-4c1f
        Reschedule: https://calendly.com/reschedulings/2e0b7d44-94b1-4c1f

        Powered by Calendly.com
        """)
    cal = ics(prodid="-//Calendly//Calendly 1.0//EN", uid="2e0b7d44-94b1-4c1f-ae61-8a2f0f7d4c19@calendly.com",
              start="20261027T080000", end="20261027T083000", tzid="America/Chicago", vtz=VTZ["America/Chicago"],
              summary="Halvard Materials - Technical Interview (30 min) between Dana Kowalski and Julien Mercier",
              organizer="CN=Dana Kowalski:mailto:dana.kowalski@halvardmaterials.com", stamp="20261022T154311Z",
              location="https://halvard.zoom.us/j/81734229015")
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "New Event: Julien Mercier - 08:00am Tue, Oct 27, 2026 - Halvard Materials - Technical Interview",
             "2026-10-22 17:43", PAR, "calendly.2e0b7d4494b1.invitee@calendly.com",
             via="o3.mail.calendly.com (o3.mail.calendly.com [198.37.152.210])",
             extra=(("Reply-To", addr("Dana Kowalski", "dana.kowalski@halvardmaterials.com")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-20 14:00", PAR), end=utc("2026-11-20 15:00", PAR),
      contact="thomas.brunel@volcanis.fr", company="Volcanis Matériaux",
      local="Fri 2026-11-20 14:00", local_end="2026-11-20 15:00", zone=PAR,
      note="Google Agenda invitation in French: 'ven. 20 nov. 2026 14:00 - 15:00 (CET)' -> 13:00Z-14:00Z; "
           "ICS Europe/Paris agrees; contact = ORGANIZER / Reply-To hiring manager")
def m09() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Julien Mercier - Ingénieur caractérisation (2e tour)
        Quand
        ven. 20 nov. 2026 14:00 - 15:00 (heure normale d'Europe centrale - Paris)

        Où
        Volcanis Matériaux, 5 allée Alan Turing, 63000 Clermont-Ferrand (salle Puy de Sancy)

        Invités
        Thomas Brunel - organisateur
        Julien Mercier
        Claire Vernet

        Accepter ou refuser dans Google Agenda : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmZ0YmFq

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="6ft4baj1q8m2n0c9r7k5d3e1vo@google.com",
              start="20261120T140000", end="20261120T150000", tzid=PAR, vtz=VTZ[PAR],
              summary="Entretien Julien Mercier - Ingénieur caractérisation (2e tour)",
              organizer="CN=Thomas Brunel:mailto:thomas.brunel@volcanis.fr", stamp="20261117T083102Z",
              location="Volcanis Matériaux\\, 5 allée Alan Turing\\, 63000 Clermont-Ferrand (salle Puy de Sancy)")
    hs = hdr(addr("Thomas Brunel (via Google Agenda)", "calendar-notification@google.com"),
             "Invitation: Entretien Julien Mercier - Ingénieur caractérisation (2e tour) @ ven. 20 nov. 2026 "
             "14:00 - 15:00 (CET) (julien.mercier@example.org)", "2026-11-17 09:31", PAR,
             "calendar-8c41f2d0-77b3-4e8a-9d61-1f0a2b3c4d5e@google.com",
             via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Thomas Brunel", "thomas.brunel@volcanis.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), calendar(cal, method="REQUEST", cte="8bit")),
                             calendar(cal, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:00", PAR), end=utc("2026-12-03 17:00", PAR),
      contact="c.faure@rhodanor.fr", company="Rhodanor Céramiques",
      local="Thu 2026-12-03 16:00", local_end="2026-12-03 17:00", zone=PAR,
      note="Outlook/Exchange meeting request, TZID 'Romance Standard Time' (= Europe/Paris), 'jeudi 3 décembre "
           "2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' -> 15:00Z-16:00Z; contact = organizer")
def m10() -> bytes:
    body = t("""
        Bonjour Julien,

        Suite à notre échange téléphonique, je vous envoie l'invitation pour l'entretien avec Jean-Pierre Allard
        (Directeur Technique) et moi-même.

        Cordialement,

        Catherine Faure
        Responsable Ressources Humaines
        Rhodanor Céramiques - 14 quai Rambaud - 69002 Lyon
        Tél. : 04 72 41 18 60

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZGE4>
        ID de la réunion : 384 117 920 553
        Code secret : x7Fq2P
        ________________________________________________________________________________
        """)
    body = "Quand : jeudi 3 décembre 2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n" \
           "Où : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000A1C3F7D2",
              start="20261203T160000", end="20261203T170000", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
              summary="Entretien Julien Mercier - Ingénieur Matériaux Céramiques Techniques",
              organizer="CN=Catherine Faure:mailto:c.faure@rhodanor.fr", stamp="20261201T102233Z",
              location="Réunion Microsoft Teams",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-DISALLOW-COUNTER:FALSE")
    hs = hdr(addr("Catherine Faure", "c.faure@rhodanor.fr", "iso-8859-1"),
             "Entretien Julien Mercier - Ingénieur Matériaux Céramiques Techniques", "2026-12-01 11:22", PAR,
             "PR3P191MB0912D4E7A1B2C3D4E5F6A7B8C9D0@PR3P191MB0912.EURP191.PROD.OUTLOOK.COM",
             via="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com "
                 "[40.107.22.71])",
             extra=(("Thread-Topic", "Entretien Julien Mercier"), ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")),
             charset="iso-8859-1")
    return message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                           calendar(cal, method="REQUEST", cte="base64")))


@mail(n(11), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-10-22 09:30", MTL), contact="genevieve.roy@laurentide-polymeres.ca",
      company="Laurentide Polymères", local="Thu 2026-10-22 09:30", zone=MTL,
      days=(("Fri", "2026-10-16"), ("Thu", "2026-10-22")),
      note="Québec French prose, sent Fri 16 Oct: 'jeudi prochain (le 22) à 9 h 30, heure de Montréal' -> EDT "
           "(UTC-4) -> 13:30Z, which the mail also gives as 15 h 30 in France (CEST); no length; contact = sender")
def m11() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci encore pour ta disponibilité. C'est confirmé de notre bord : on se rencontre jeudi prochain
        (le 22) à 9 h 30, heure de Montréal, soit 15 h 30 chez vous en France. On va faire ça sur Teams,
        je t'envoie le lien lundi au plus tard.

        Seront présents : Étienne Bouchard, directeur R-D, et moi. Prévois une courte présentation de
        tes travaux sur les élastomères chargés, une dizaine de minutes, pas plus.

        Au plaisir de jaser avec toi!

        Geneviève Roy, CRHA
        Conseillère principale, acquisition de talents
        Laurentide Polymères inc. | 1200, boul. Industriel, Boucherville (Québec)
        514 555-0188
        """)
    hs = hdr(addr("Geneviève Roy", "genevieve.roy@laurentide-polymeres.ca"),
             "Rencontre - poste de chimiste polymères", "2026-10-16 10:48", MTL,
             "YT3PR01MB8871A0B1C2D3E4F5A6B7C8D9E0@YT3PR01MB8871.CANPRD01.PROD.OUTLOOK.COM",
             via="CAN01-YT3-obe.outbound.protection.outlook.com ([40.107.116.52])")
    return message(hs, text(body, cte="8bit"))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 08:00", "Pacific/Auckland"), contact="rhys.te-whata@corranmetals.co.nz",
      company="Corran Metals", local="Thu 2026-11-12 08:00", zone="Pacific/Auckland",
      note="Recruiter with a pasted Zoom invitation 'Nov 12, 2026 08:00 AM Auckland, Wellington': NZDT (UTC+13) "
           "-> Wed 11 Nov 19:00Z (20:00 Wed in Paris, as the mail says); no length; contact = sender")
def m12() -> bytes:
    body = t("""
        Kia ora Julien,

        Great to hear you're keen. As discussed, here are the details for your chat with our CTO Hemi
        and me. I know it's 8 pm on Wednesday for you in France - thanks for being flexible!

        Rhys Te Whata is inviting you to a scheduled Zoom meeting.

        Topic: Corran Metals | Julien Mercier - Remote Corrosion Engineer
        Time: Nov 12, 2026 08:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://corranmetals.zoom.us/j/86120477312?pwd=Qm9yZWFsUk1qY2x
        Meeting ID: 861 2047 7312
        Passcode: 520913

        Ngā mihi,
        Rhys Te Whata | Talent Partner | Corran Metals Ltd
        rhys.te-whata@corranmetals.co.nz | Auckland, NZ (NZDT, UTC+13)
        """)
    hs = hdr(addr("Rhys Te Whata", "rhys.te-whata@corranmetals.co.nz"),
             "Zoom details - Remote Corrosion Engineer chat", "2026-11-10 09:14", "Pacific/Auckland",
             "SY4P282MB3101B2C3D4E5F6A7B8C9D0E1F2@SY4P282MB3101.AUSP282.PROD.OUTLOOK.COM",
             via="AUS01-SY4-obe.outbound.protection.outlook.com ([40.107.108.90])")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:00", PAR), end=utc("2026-12-09 10:00", PAR),
      contact="sam.okafor@cinabre.energy", company="Cinabre Batteries",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 10:00", zone=PAR,
      note="Short recruiter mail 'see you Wednesday, invite attached': the time is only in the ICS "
           "(TZID Europe/Paris 09:00-10:00, CET) -> 08:00Z-09:00Z; contact = sender / organizer")
def m13() -> bytes:
    body = t("""
        Hi Julien,

        Perfect, you're all set for Wednesday with Hélène and Marco (cell chemistry + materials
        qualification). Calendar invite attached - it has the Station F address and the entry code.

        See you then,
        Sam

        Sam Okafor | Talent Lead | Cinabre Batteries
        """)
    cal = ics(prodid="-//Apple Inc.//macOS 16.1//EN", uid="A0C3E1B2-5D6F-4A7B-8C9D-0E1F2A3B4C5D",
              start="20261209T090000", end="20261209T100000", tzid=PAR, vtz=VTZ[PAR],
              summary="Cinabre x Julien Mercier - onsite interview (Materials Engineer, Cathodes)",
              organizer="CN=Sam Okafor:mailto:sam.okafor@cinabre.energy", stamp="20261204T163950Z",
              location="Station F\\, 5 parvis Alan Turing\\, 75013 Paris - Zone Founders\\, code 4417B")
    hs = hdr(addr("Sam Okafor", "sam.okafor@cinabre.energy"), "Re: Next step - onsite in Paris",
             "2026-12-04 17:39", PAR, "CAF7k2p9Q1x+ZrL4mN0bV8c3Hw6sYe5Tq@mail.gmail.com",
             via="mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
             extra=(("In-Reply-To", "<3f2e1d0c-julien-reply-cinabre@example.org>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, method="REQUEST", filename="Cinabre onsite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(14), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-16 14:00", PAR), contact="s.peyrard@forez-tth.fr",
      company="Forézienne de Traitements Thermiques", local="Mon 2026-11-16 14:00", zone=PAR,
      note="HR prose in iso-8859-15: 'lundi 16/11 à 14h' (CET) -> 13:00Z; the attached ICS is an all-day event "
           "on 16 Nov with the time only in the text; no length; contact = sender")
def m14() -> bytes:
    body = t("""
        Bonjour Monsieur Mercier,

        Je vous confirme votre entretien pour le poste de Responsable Métallurgie - Traitements Thermiques le
        lundi 16/11 à 14h dans nos locaux de Saint-Étienne (ZI Molina, 23 rue Benoît Fourneyron).
        Vous serez reçu par M. Rivoire, Directeur de site, et moi-même. Prévoir environ deux heures avec la
        visite des fours.

        Je joins un mémo pour votre agenda. Parking visiteurs devant l'accueil.

        Bien cordialement,

        Sylvie Peyrard
        Assistante RH - FTTH - Forézienne de Traitements Thermiques
        04 77 92 30 15
        """)
    cal = ics(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", uid="ftth-entretien-mercier-20261116",
              start="20261116", end="20261117", tzid=None, allday=True,
              summary="Entretien M. Mercier - 14h - FTTH St-Étienne",
              organizer="CN=Sylvie Peyrard:mailto:s.peyrard@forez-tth.fr", stamp="20261111T091500Z",
              location="ZI Molina\\, 23 rue Benoît Fourneyron\\, Saint-Étienne",
              extra="TRANSP:TRANSPARENT\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
    hs = hdr(addr("Sylvie Peyrard", "s.peyrard@forez-tth.fr", "iso-8859-15"),
             "Convocation entretien - Responsable Métallurgie", "2026-11-11 10:15", PAR,
             "000a01dc53a7$4f1e2b30$ed5a8190$@forez-tth.fr",
             via="smtp.forez-tth.fr (smtp.forez-tth.fr [92.154.41.18])", charset="iso-8859-15",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                             calendar(cal, method="PUBLISH", filename="entretien.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(n(15), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-07 10:00", PAR), end=utc("2026-10-07 10:45", PAR), contact=None,
      company="Groupe Dômes Ingénierie", local="Wed 2026-10-07 10:00", local_end="2026-10-07 10:45", zone=PAR,
      note="Microsoft Bookings: 'mercredi 7 octobre 2026 10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "- the label shows the standard offset but 7 Oct is CEST -> 08:00Z-08:45Z, as the Romance Standard Time "
           "ICS says; only a Bookings mailbox and a staff first name -> contact null")
def m15() -> bytes:
    body = t("""
        Votre réservation est confirmée

        Groupe Dômes Ingénierie - Recrutement

        Entretien de pré-qualification (45 minutes)
        mercredi 7 octobre 2026 10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Réunion Microsoft Teams - Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGFmNDhm

        Personnel : Aurélie

        Ajouter au calendrier   Modifier la réservation   Annuler la réservation

        Groupe Dômes Ingénierie
        63 boulevard Lavoisier, Aubière
        """)
    page = "<html><body><div style=\"font-family:'Segoe UI',sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in body.strip().split("\n") if line) + "</div></body></html>\n"
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000B7E2D4C1",
              start="20261007T100000", end="20261007T104500", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
              summary="Entretien de pré-qualification", organizer=(
                  "CN=Groupe Dômes Ingénierie - Recrutement:mailto:RecrutementDomes@domesingenierie.onmicrosoft.com"),
              stamp="20261001T134008Z", location="Réunion Microsoft Teams")
    hs = hdr(addr("Groupe Dômes Ingénierie - Recrutement", "RecrutementDomes@domesingenierie.onmicrosoft.com"),
             "Réservation confirmée : Entretien de pré-qualification avec Groupe Dômes Ingénierie - Recrutement",
             "2026-10-01 15:40", PAR, "DB9P191MB1432C1D2E3F4A5B6C7D8E9F0A1@DB9P191MB1432.EURP191.PROD.OUTLOOK.COM",
             via="EUR03-DB5-obe.outbound.protection.outlook.com ([40.107.4.88])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(16), family="recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 16:00", "Europe/Amsterdam"), end=utc("2026-09-14 16:45", "Europe/Amsterdam"),
      contact="eva.dekker@varnholt.nl", company="Varnholt Materials",
      local="Mon 2026-09-14 16:00", local_end="2026-09-14 16:45", zone="Europe/Amsterdam",
      note="Julien forwards to himself (example.net -> example.org) a Recruitee confirmation as message/rfc822: "
           "'Monday 14 September 2026, 16:00 - 16:45 (CEST)' -> 14:00Z-14:45Z; contact = inner Reply-To recruiter")
def m16() -> bytes:
    inner_body = t("""
        Hi Julien,

        Your interview for Materials Test Engineer (remote, EU) at Varnholt Materials has been scheduled.

        When: Monday 14 September 2026, 16:00 - 16:45 (CEST)
        Where: Microsoft Teams (link below)
        With: Eva Dekker (Recruiter), Joost van Leeuwen (Lab Manager)

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmFybmhvbHQ

        Good luck, and feel free to reply with any questions.

        Eva
        """)
    inner = message(hdr(addr("Varnholt Materials", "varnholt@mail.recruitee.com"),
                        "Interview scheduled: Materials Test Engineer (remote, EU)", "2026-09-10 10:05",
                        "Europe/Amsterdam", "rt.9981234.interview@mail.recruitee.com",
                        via="mail.recruitee.com (mail.recruitee.com [185.12.80.33])",
                        to=addr("Julien Mercier", "julien.mercier@example.net"),
                        extra=(("Reply-To", addr("Eva Dekker", "eva.dekker@varnholt.nl")),)),
                    text(inner_body, cte="quoted-printable"))
    note = t("""
        à mettre dans l'agenda du nouveau compte
        """)
    hs = hdr(addr("Julien Mercier", "julien.mercier@example.net"),
             "Fwd: Interview scheduled: Materials Test Engineer (remote, EU)", "2026-09-11 07:52", PAR,
             "b81e0c2a-fwd-varnholt@example.net", via="smtp.example.net (smtp.example.net [192.0.2.25])")
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, filename="Interview scheduled.eml")))


@mail(n(17), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-09-17 14:00", PAR), contact="marion.chabrier@arverne-composites.fr",
      company="Arverne Composites", local="Thu 2026-09-17 14:00", zone=PAR,
      days=(("Tue", "2026-09-15"), ("Thu", "2026-09-17")),
      note="Recruiter moves the Lever interview (thread with the Arverne confirmation): old 'demain mardi 15 à "
           "10h30', new 'jeudi 17/09 à 14 h' (CEST) -> 12:00Z; 'une heure environ' is approximate -> end null")
def m17() -> bytes:
    body = t("""
        Bonjour Julien,

        Comme convenu tout à l'heure au téléphone, notre entretien de demain mardi 15 à 10h30 est déplacé
        au jeudi 17/09 à 14 h, même adresse (bâtiment B). Gilles sera bien présent, il rentre de
        déplacement mercredi soir. Comptez une heure environ.

        Désolée pour ce changement de dernière minute et merci pour votre souplesse.

        Bien à vous,
        Marion

        Marion Chabrier
        Talent Acquisition - Arverne Composites
        06 71 42 88 19
        """)
    hs = hdr(addr("Marion Chabrier", "marion.chabrier@arverne-composites.fr"),
             "Entretien : changement d'horaire", "2026-09-14 11:37", PAR,
             "PAXP193MB2210F0E1D2C3B4A5968778695A4B@PAXP193MB2210.EURP193.PROD.OUTLOOK.COM",
             via="EUR02-VI1-obe.outbound.protection.outlook.com ([40.107.20.49])")
    return message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                           html("<html><body><div style=\"font-family:Calibri\">" + body.replace("\n", "<br>\n")
                                + "</div></body></html>\n", charset="windows-1252")))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-20 11:00", MTL), end=utc("2026-11-20 12:00", MTL),
      contact="m.tremblay@quillon-aero.ca", company="Quillon Aerospace",
      local="Fri 2026-11-20 11:00", local_end="2026-11-20 12:00", zone=MTL,
      note="GoodTime reschedule listing the old slot (Thu 19 Nov 10:00 AM EST) and the new one 'Friday, November "
           "20, 2026 11:00 AM - 12:00 PM EST' -> 16:00Z-17:00Z (17:00 CET); ICS America/Toronto, SEQUENCE 1; "
           "contact = coordinator Reply-To")
def m18() -> bytes:
    body = t("""
        Hi Julien,

        Your interview with Quillon Aerospace has been rescheduled.

        PREVIOUS TIME (cancelled)
        Thursday, November 19, 2026 10:00 AM - 11:00 AM EST

        NEW TIME
        Friday, November 20, 2026 11:00 AM - 12:00 PM EST (America/Toronto)
        Your time zone: 5:00 PM - 6:00 PM CET (Europe/Paris)

        Position: Materials & Processes Engineer - Composites
        Interviewers: Philippe Desjardins (M&P Lead), Anika Sharma (Quality)
        Location: Microsoft Teams - link in the calendar invitation

        Questions? Reply to this email to reach Mathieu Tremblay, Recruiting Coordinator.

        Powered by GoodTime
        """)
    cal = ics(prodid="-//GoodTime.io//Hire//EN", uid="gt-5c9e8a71-quillon-panel-1@goodtime.io",
              start="20261120T110000", end="20261120T120000", tzid=MTL, vtz=VTZ_TORONTO, seq=1,
              summary="Quillon Aerospace Interview - Julien Mercier (Materials & Processes Engineer)",
              organizer="CN=Mathieu Tremblay:mailto:m.tremblay@quillon-aero.ca", stamp="20261116T143000Z",
              location="Microsoft Teams")
    hs = hdr(addr("Quillon Aerospace Recruiting", "scheduling@goodtime.io"),
             "UPDATED: Interview with Quillon Aerospace - Friday, November 20", "2026-11-16 09:30", MTL,
             "gt.5c9e8a71.update.1@goodtime.io", via="o8.ptr1234.goodtime.io ([149.72.45.18])",
             extra=(("Reply-To", addr("Mathieu Tremblay", "m.tremblay@quillon-aero.ca")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(19), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-07 10:30", PAR), end=utc("2026-12-07 11:30", PAR),
      contact="ines.garnier@sequana-aero.fr", company="Sequana Aéro",
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:30", zone=PAR,
      note="Google Agenda 'Invitation mise à jour' for Sequana's second round: old 'ven. 4 déc. 2026 14:00', new "
           "'lun. 7 déc. 2026 10:30 - 11:30 (CET)' -> 09:30Z-10:30Z; ICS SEQUENCE 2; contact = organizer recruiter")
def m19() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien 2e tour - Julien Mercier / Sequana Aéro
        Quand
        Modifié : lun. 7 déc. 2026 10:30 - 11:30 (heure normale d'Europe centrale - Paris)
        Ancienne date : ven. 4 déc. 2026 14:00 - 15:00

        Où
        Sequana Aéro, 21 rue du Capitaine Guynemer, 92130 Issy-les-Moulineaux

        Invités
        Inès Garnier - organisateur
        Julien Mercier
        Olivier Rameau

        Accepter ou refuser : https://calendar.google.com/calendar/event?action=RESPOND&eid=cjNxZ2t0

        Invitation de Google Agenda
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="r3qgkt7s1m9b2c4d6e8f0a1b2c@google.com",
              start="20261207T103000", end="20261207T113000", tzid=PAR, vtz=VTZ[PAR], seq=2,
              summary="Entretien 2e tour - Julien Mercier / Sequana Aéro",
              organizer="CN=Inès Garnier:mailto:ines.garnier@sequana-aero.fr", stamp="20261130T164401Z",
              location="Sequana Aéro\\, 21 rue du Capitaine Guynemer\\, 92130 Issy-les-Moulineaux")
    hs = hdr(addr("Inès Garnier (via Google Agenda)", "calendar-notification@google.com"),
             "Invitation mise à jour : Entretien 2e tour - Julien Mercier / Sequana Aéro @ lun. 7 déc. 2026 "
             "10:30 - 11:30 (CET) (julien.mercier@example.org)", "2026-11-30 17:44", PAR,
             "calendar-0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a@google.com",
             via="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Inès Garnier", "ines.garnier@sequana-aero.fr")),))
    return message(hs, mixed(alt(text(body, cte="base64"), calendar(cal, cte="base64")),
                             calendar(cal, ctype="application/ics", filename="invite.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(n(20), family="workable", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-13 15:00", PAR), end=utc("2026-10-13 15:30", PAR),
      contact="paul.vidal@thermafib.fr", company="Thermafib",
      local="Tue 2026-10-13 15:00", local_end="2026-10-13 15:30", zone=PAR,
      note="Workable reschedule in French: old 'lun. 12 oct. 11:00', new 'mar. 13 oct. 2026, 15:00 - 15:30 "
           "(Europe/Paris)' -> 13:00Z-13:30Z; Reply-To is a Workable relay (not human) -> contact = address in "
           "the signature")
def m20() -> bytes:
    body = t("""
        Bonjour Julien,

        Votre entretien pour le poste Ingénieur Matériaux Isolants Haute Température a été reprogrammé.

        Nouvel horaire : mar. 13 oct. 2026, 15:00 - 15:30 (Europe/Paris)
        (au lieu de lun. 12 oct. 2026, 11:00 - 11:30)
        Type : appel téléphonique - nous vous appellerons au 06 •• •• •• 42

        Paul Vidal
        Directeur technique, Thermafib - paul.vidal@thermafib.fr

        Vous pouvez répondre directement à cet e-mail.
        Envoyé via Workable
        """)
    hs = hdr(addr("Paul Vidal - Thermafib", "noreply@candidates.workablemail.com"),
             "Entretien reprogrammé : Ingénieur Matériaux Isolants Haute Température", "2026-10-08 18:20", PAR,
             "wkbl.3a9f7c21.reschedule@candidates.workablemail.com",
             via="mail-n12.workablemail.com ([50.31.36.112])",
             extra=(("Reply-To", "thermafib+c7e2a91f04@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html("<div>" + body.replace("\n", "<br>") + "</div>\n")))


@mail(n(21), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-24 10:00", PAR), end=utc("2026-09-24 11:00", PAR),
      contact="camille.roux@kestrel-additive.com", company="Kestrel Additive",
      local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:00", zone=PAR,
      note="Outlook cancellation (METHOD:CANCEL, Romance Standard Time) of Kestrel's second round 'Thursday, "
           "September 24, 2026 10:00 AM-11:00 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris' -> CEST "
           "08:00Z-09:00Z; no new time; contact = organizer/sender")
def m21() -> bytes:
    body = t("""
        When: Thursday, September 24, 2026 10:00 AM-11:00 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Kestrel Additive, 40 rue de la Croix-Nivert, Paris 15 / Teams

        Hi Julien,

        I'm sorry to cancel this one at short notice: Aurelien is out sick this week and we don't want
        you to make the trip to Paris for nothing. I'll come back to you with new slots as soon as
        he's back.

        Apologies again,
        Camille
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000C4D2E9F1",
              start="20260924T100000", end="20260924T110000", tzid="Romance Standard Time", vtz=VTZ_ROMANCE,
              method="CANCEL", status="CANCELLED", seq=1,
              summary="Canceled: Onsite interview - Julien Mercier",
              organizer="CN=Camille Roux:mailto:camille.roux@kestrel-additive.com", stamp="20260921T151020Z",
              location="Kestrel Additive\\, 40 rue de la Croix-Nivert\\, Paris 15 / Teams",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:FREE\nPRIORITY:1")
    hs = hdr(addr("Camille Roux", "camille.roux@kestrel-additive.com"),
             "Canceled: Onsite interview - Julien Mercier", "2026-09-21 17:10", PAR,
             "AM0P190MB0733E5F6A7B8C9D0E1F2A3B4C5@AM0P190MB0733.EURP190.PROD.OUTLOOK.COM",
             via="EUR01-AM0-obe.outbound.protection.outlook.com ([40.107.0.90])",
             extra=(("Importance", "high"), ("Thread-Topic", "Onsite interview - Julien Mercier")))
    return message(hs, alt(text(body, cte="quoted-printable"), calendar(cal, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-09 14:00", PAR), contact="nadia.benali@ligeris-polymeres.fr",
      company="Ligéris Polymères", local="Fri 2026-10-09 14:00", zone=PAR,
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Recruiter cancels the second-round slot 'vendredi 9 octobre à 14 h' (CEST -> 12:00Z) and only proposes "
           "two new slots (not confirmed) -> cancelled, start = the cancelled slot; contact = sender")
def m22() -> bytes:
    body = t("""
        Bonjour Julien,

        Je suis contrainte d'annuler notre rendez-vous de vendredi 9 octobre à 14 h avec M. Crozet : il doit
        se rendre en urgence sur notre site de Roanne.

        Je peux vous proposer à la place :
        - mardi 13 octobre à 10 h
        - mercredi 14 octobre à 15 h
        Pouvez-vous me dire ce qui vous arrange ? Je vous enverrai ensuite une nouvelle convocation.

        Toutes mes excuses,
        Nadia Benali
        Chargée de recrutement - Ligéris Polymères
        """)
    hs = hdr(addr("Nadia Benali", "nadia.benali@ligeris-polymeres.fr"),
             "Annulation entretien du 9 octobre", "2026-10-05 09:02", PAR,
             "5f3c2b1a-ligeris-annulation@ligeris-polymeres.fr",
             via="mx.ligeris-polymeres.fr ([185.24.184.10])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-02 09:00", MTL), contact="priya.nair@northmarkglass.ca", company="Northmark Glass",
      local="Wed 2026-12-02 09:00", zone=MTL,
      note="iCIMS cancellation: 'Wednesday, December 2, 2026 at 9:00 AM ET' (EST, UTC-5) -> 14:00Z; role filled "
           "internally, no new time; contact = recruiter address in the body")
def m23() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Julien,</p>
        <p>We regret to inform you that your interview scheduled for <b>Wednesday, December 2, 2026 at 9:00 AM ET</b>
        for the position <b>Glass Process Engineer (Req #2026-1184)</b> has been cancelled, as the position has been
        filled internally.</p>
        <p>We appreciate your interest in Northmark Glass and encourage you to apply for future openings. If you have
        any questions, please contact Priya Nair at <a href="mailto:priya.nair@northmarkglass.ca">priya.nair@northmarkglass.ca</a>.</p>
        <p>Sincerely,<br>Northmark Glass Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    hs = hdr(addr("Northmark Glass Careers", "northmarkglass@talent.icims.com"),
             "Interview Cancelled - Glass Process Engineer", "2026-11-25 13:40", MTL,
             "1184.7720391.cancel@talent.icims.com", via="smtp-out2.icims.com ([199.91.220.32])")
    return message(hs, html(page))


# =========================================================================== negatives (keys 24-50)


def plain(key_from: str, subj: str, when: str, mid: str, via: str, body: str, zone: str = PAR,
          charset: str = "utf-8", cte: str = "quoted-printable", extra: tuple = (), to: str = MEA) -> bytes:
    return message(hdr(key_from, subj, when, zone, mid, via=via, extra=extra, charset=charset, to=to),
                   text(body, charset=charset, cte=cte))


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None, days=(("Tue", "2026-09-22"),),
      note="France Travail 'convocation à un entretien' with a fixed time (mardi 22/09 à 9h15): an unemployment-"
           "office follow-up appointment, not a job interview")
def m24() -> bytes:
    body = t("""
        Monsieur Julien MERCIER,

        Vous êtes convoqué(e) à un entretien de suivi avec votre conseiller(ère) :

        le mardi 22/09/2026 à 9h15
        Agence France Travail Clermont-Ferrand Montferrand
        4 rue Gabriel Péri - 63100 Clermont-Ferrand

        Objet : point sur votre projet personnalisé d'accès à l'emploi (PPAE).
        Merci de vous munir de votre CV à jour. En cas d'empêchement, prévenez votre conseiller depuis votre
        espace personnel. Toute absence non justifiée peut entraîner une radiation.

        Votre conseiller : M. Dubreuil

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return plain(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
                 "Convocation à un entretien - France Travail", "2026-09-15 06:02",
                 "conv.20260915.0602.8812@francetravail.fr", "mail.francetravail.fr ([194.5.98.11])", body)


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None, days=(("Thu", "2026-10-15"),),
      note="A journalist confirms an interview with Julien (as a source) on jeudi 15/10 à 10h: a fixed time, but "
           "press, not a job interview")
def m25() -> bytes:
    body = t("""
        Bonjour Julien,

        Merci d'avoir accepté ! C'est noté pour l'interview jeudi 15/10 à 10h, par téléphone (je vous appelle
        au numéro que vous m'avez laissé). Ce sera pour notre dossier du week-end sur le recyclage des
        pneumatiques en Auvergne ; une vingtaine de minutes suffira.

        Je vous enverrai les citations pour relecture avant publication.

        Bien cordialement,
        Élodie Marcheix
        Journaliste - L'Écho des Volcans, rédaction de Clermont
        """)
    return plain(addr("Élodie Marcheix", "e.marcheix@echodesvolcans.fr"), "Re: Interview recyclage des pneus",
                 "2026-10-12 14:26", "a17c9e02-marcheix@echodesvolcans.fr", "smtp.echodesvolcans.fr ([80.74.64.19])",
                 body)


@mail(n(26), family="podcast", lang="en", interview=False, company=None, days=(("Tue", "2026-11-24"),),
      note="Podcast recording confirmed (Tuesday 24 November, 17:00 CET) with Julien as the guest: a confirmed "
           "'interview' slot, but not a job interview")
def m26() -> bytes:
    body = t("""
        Hi Julien,

        Brilliant - you're booked as our guest for episode 88 of "Grain Boundaries", the materials
        science podcast. Recording: Tuesday 24 November, 17:00 CET (16:00 UTC), about an hour, on Riverside:
        https://riverside.fm/studio/grain-boundaries-ep88

        We'll chat about your thesis on fatigue in filled elastomers and how you moved into industry.
        A decent headset is all you need.

        Cheers,
        Tom Ellery
        Host, Grain Boundaries
        """)
    hs = hdr(addr("Tom Ellery", "tom@grainboundaries.fm"), "Guest booking confirmed - Grain Boundaries ep. 88",
             "2026-11-18 12:07", PAR, "CAH3x9yPq2+grainboundaries-88@mail.gmail.com",
             via="mail-lj1-f171.google.com ([209.85.208.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Executive MBA admission interview (samedi 10 octobre, 10 h 30): a school admission interview with a "
           "fixed time, not a job interview")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif">
        <p>Cher Monsieur Mercier,</p>
        <p>Votre dossier de candidature à l'<b>Executive MBA Management de l'Innovation</b> (promotion 2027) a retenu
        l'attention du jury. Nous avons le plaisir de vous convier à votre <b>entretien d'admission</b> :</p>
        <p><b>samedi 10 octobre 2026 à 10 h 30</b><br>Campus Auvergne, 4 boulevard Trudaine, Clermont-Ferrand, salle A214</p>
        <p>L'entretien dure 45 minutes et comprend une présentation de votre projet professionnel.</p>
        <p>Le service des admissions<br>École Supérieure de Management Arverne</p>
        </body></html>
        """)
    hs = hdr(addr("Admissions ESMA", "admissions@esm-arverne.fr"), "Convocation - entretien d'admission EMBA",
             "2026-10-02 16:30", PAR, "emba-adm-2027-0412@esm-arverne.fr", via="smtp.esm-arverne.fr ([193.49.32.7])")
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None, days=(("Thu", "2026-09-17"),),
      note="Rugby club try-out ('séance d'essai jeudi 17 à 19 h 30'), tu: fixed time, not a job interview")
def m28() -> bytes:
    body = t("""
        Salut Julien,

        Bien reçu ta demande ! Viens faire une séance d'essai avec les loisirs jeudi 17 à 19 h 30 au stade
        des Cézeaux (terrain synthétique n°2). Prends des crampons moulés et une gourde, on te prête un maillot.
        Si ça te plaît on verra pour la licence et le certificat médical.

        À jeudi,
        Fred - responsable section loisirs, Stade Arverne Rugby Loisirs
        """)
    return plain(addr("Frédéric Bouchet", "fred.bouchet@gmail.com"), "Re: essai section loisirs",
                 "2026-09-13 21:14", "CAJ8pq3kfredbouchet2026@mail.gmail.com", "mail-wm1-f51.google.com ([209.85.128.51])",
                 body, cte="8bit")


@mail(n(29), family="car_service", lang="fr", interview=False, company=None, days=(("Fri", "2026-11-06"),),
      note="Garage appointment confirmation (vendredi 06/11 à 8h00, révision): fixed time, not an interview")
def m29() -> bytes:
    body = t("""
        Bonjour M. MERCIER,

        Votre rendez-vous atelier est confirmé.

        Date : vendredi 06/11/2026 à 8h00
        Prestation : révision 60 000 km + contrôle des freins
        Véhicule : Peugeot 308 - immatriculation FG-482-KT
        Garage : Auto Service Dômes, 27 avenue du Brézet, 63100 Clermont-Ferrand

        Durée estimée de l'intervention : 3 h. Véhicule de courtoisie réservé.

        À bientôt,
        Auto Service Dômes
        """)
    return plain(addr("Auto Service Dômes", "rdv@autoservice-domes.fr"), "Confirmation de votre rendez-vous atelier",
                 "2026-11-02 10:44", "rdv-77120-20261102@autoservice-domes.fr", "smtp.ovh.net ([51.68.11.94])", body,
                 charset="windows-1252")


@mail(n(30), family="tax_office", lang="fr", interview=False, company=None, days=(("Tue", "2026-10-20"),),
      note="Tax office phone appointment (mardi 20 octobre 2026, entre 14h00 et 14h30): fixed time, not an "
           "interview")
def m30() -> bytes:
    body = t("""
        Madame, Monsieur,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des Impôts des Particuliers de Clermont-Ferrand
        Type : rendez-vous téléphonique
        Date : mardi 20 octobre 2026, entre 14h00 et 14h30
        Objet : prélèvement à la source - changement de situation professionnelle

        Un agent vous appellera au numéro indiqué lors de votre demande.

        La Direction générale des Finances publiques
        """)
    return plain(addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
                 "Confirmation de votre rendez-vous", "2026-10-14 08:12",
                 "rdv.sip63.20261014.58812@dgfip.finances.gouv.fr", "smtp.dgfip.finances.gouv.fr ([145.242.11.4])", body)


@mail(n(31), family="mock_interview", lang="fr", interview=False, company=None, days=(("Wed", "2026-11-04"),),
      note="Career coach's mock-interview ('simulation d'entretien') booking, mer. 4 nov. à 18h: interview "
           "preparation, not a job interview")
def m31() -> bytes:
    body = t("""
        Bonjour Julien,

        Votre séance « Simulation d'entretien en conditions réelles » est confirmée :
        mer. 4 nov. 2026 à 18h00 - 19h00 (heure de Paris), en visio.

        Envoyez-moi l'offre visée (Sequana Aéro, si j'ai bien compris) au moins 24 h avant : je jouerai le
        recruteur et le manager, puis on débriefe ensemble.

        Belle journée,
        Agnès Martel - Cap Carrière Auvergne, coaching emploi cadres
        """)
    hs = hdr(addr("Agnès Martel", "agnes@capcarriere-auvergne.fr"),
             "Votre séance de coaching : simulation d'entretien", "2026-11-01 19:05", PAR,
             "b0a9c8d7-capcarriere-sim@capcarriere-auvergne.fr", via="smtp.gandi.net ([217.70.178.10])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruiter_proposal", lang="en", interview=False, company="Halvard Materials",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes times ('would Tuesday at 8am Central work, or Wednesday same time?'); nothing is "
           "confirmed yet -> negative (the Calendly booking came later)")
def m32() -> bytes:
    body = t("""
        Hi Julien,

        Thanks for sending your portfolio - the team liked the fatigue work a lot. Would Tuesday (Oct 20) at
        8am Central work for a 30-minute technical call? Wednesday the 21st same time is also possible. Or
        just grab any slot here if easier: https://calendly.com/dana-kowalski-halvard/technical-interview

        Best,
        Dana Kowalski
        Senior Recruiter, Halvard Materials (Chicago, remote-first)
        """)
    return plain(addr("Dana Kowalski", "dana.kowalski@halvardmaterials.com"), "Next step with Halvard?",
                 "2026-10-15 10:12", "CAd9kowalskiHalvard20261015@mail.gmail.com", "mail-qt1-f180.google.com ([209.85.160.180])",
                 body, zone="America/Chicago", cte="7bit")


@mail(n(33), family="forwarded_other", lang="fr", interview=False, company=None,
      note="A friend forwards her OWN confirmed interview (Lever, 'jeudi 26 novembre à 11h') to share the news: "
           "a real confirmation, but not Julien's interview")
def m33() -> bytes:
    inner = t("""
        ---------- Forwarded message ---------
        De : Pneumatix <no-reply@hire.lever.co>
        Date: lun. 23 nov. 2026 à 09:12
        Subject: Confirmation de votre entretien - Pneumatix
        To: <manon.delorme@example.com>

        Bonjour Manon,
        Votre entretien pour le poste de Chef de projet Mélanges est confirmé le jeudi 26 novembre 2026 à 11h00
        (heure de Paris), sur notre site de Cournon-d'Auvergne.
        L'équipe recrutement Pneumatix
        """)
    body = "Regarde !!! J'ai décroché l'entretien chez Pneumatix 😱 Tu bosses avec eux sur le labo, t'aurais des " \
           "conseils ? On se fait un café avant ?\nBisous, Manon\n\n" + inner
    hs = hdr(addr("Manon Delorme", "manon.delorme@example.com"), "Fwd: Confirmation de votre entretien - Pneumatix",
             "2026-11-23 12:40", PAR, "CAMd3lorme+fwd+pneumatix@mail.gmail.com",
             via="mail-ej1-f43.google.com ([209.85.218.43])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="panel_interviewer", lang="fr", interview=False, company=None, days=(("Thu", "2026-10-01"),),
      note="HR at Julien's current employer forwards a candidate's confirmed interview 'pour info' and puts Julien "
           "on the panel (jeudi 1er octobre 14h): an interview at a fixed time, but Julien is the interviewer")
def m34() -> bytes:
    body = t("""
        Salut Julien,

        Pour info, ci-dessous la confirmation envoyée au candidat pour le poste de technicien labo. Tu es dans
        le panel avec Karine, jeudi 1er octobre à 14h en salle Chaîne des Puys. Je t'envoie sa grille
        d'évaluation demain.

        Merci !
        Audrey - RH Cévanor Industries

        De : Audrey Lemaire
        Envoyé : lundi 28 septembre 2026 10:02
        À : Hugo Lambert <hugo.lambert@example.net>
        Objet : Confirmation entretien - Technicien de laboratoire

        Bonjour Monsieur Lambert,
        Nous vous confirmons votre entretien le jeudi 1er octobre 2026 à 14h00 dans nos locaux (Cévanor
        Industries, 9 rue de l'Industrie, Gerzat), avec Mme Karine Faucher et M. Julien Mercier.
        Cordialement,
        Audrey Lemaire
        """)
    return plain(addr("Audrey Lemaire", "audrey.lemaire@cevanor.fr"), "TR: Confirmation entretien - Technicien de laboratoire",
                 "2026-09-28 10:15", "PR1P264MB1942A1B2C3D4@PR1P264MB1942.FRAP264.PROD.OUTLOOK.COM",
                 "FRA01-PR2-obe.outbound.protection.outlook.com ([40.107.12.60])", body,
                 to=addr("Julien Mercier", "julien.mercier@cevanor.fr"),
                 extra=(("Cc", addr("Karine Faucher", "karine.faucher@cevanor.fr")),))


@mail(n(35), family="taleo_rejection", lang="en", interview=False, company="Quillon Aerospace",
      note="Taleo rejection for another requisition at Quillon (no interview)")
def m35() -> bytes:
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Dear Julien Mercier,</p>
        <p>Thank you for your interest in the <b>Senior Stress Engineer (Req. 26-0772)</b> position at Quillon Aerospace.</p>
        <p>After careful review, we have decided to pursue other candidates whose qualifications more closely match
        the requirements of this position. We will keep your profile on file for future opportunities.</p>
        <p>Best regards,<br>Quillon Aerospace Talent Acquisition</p>
        <p>*** This is an automated message. Please do not reply. ***</p>
        </font></body></html>
        """)
    hs = hdr(addr("Quillon Aerospace", "quillon@invalidemail.com"), "Your application - Senior Stress Engineer",
             "2026-10-06 15:33", MTL, "1728234798123.JavaMail.taleo@tbe.taleo.net",
             via="tbe.taleo.net (tbe.taleo.net [160.34.8.72])")
    return message(hs, html(page, charset="iso-8859-1", cte="7bit"))


@mail(n(36), family="offer", lang="fr", interview=False, company="Fibrelab",
      note="Job offer after the interviews (proposition d'embauche); mentions a call 'quand tu veux' but no "
           "interview time")
def m36() -> bytes:
    body = t("""
        Salut Julien,

        Bonne nouvelle : Léa et moi on aimerait vraiment t'avoir dans l'équipe ! Tu trouveras en PJ notre
        proposition : CDI Ingénieur Matériaux, 52 k€ brut annuel + BSPCE, démarrage idéalement le 4 janvier.

        Prends le temps de la lire, et appelle-moi quand tu veux si t'as des questions.

        Baptiste
        """)
    hs = hdr(addr("Baptiste Olivier", "baptiste@fibrelab.fr"), "Proposition Fibrelab 🎉", "2026-10-09 19:02", PAR,
             "4C1D2E3F-offer-fibrelab@fibrelab.fr", via="smtp.fibrelab.fr ([51.91.12.80])")
    pdf = make_pdf_part("Proposition_Fibrelab_JMercier.pdf")
    return message(hs, mixed(text(body, cte="8bit"), pdf))


def make_pdf_part(name: str):
    import base64

    from make import Part
    raw = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(raw).replace(b"\n", b"\r\n"))


@mail(n(37), family="join_receipt", lang="en", interview=False, company="Varnholt Materials",
      note="JOIN application receipt ('your application has been sent'); no interview")
def m37() -> bytes:
    body = t("""
        Hi Julien,

        Your application for "Materials Test Engineer (remote, EU)" at Varnholt Materials has been sent
        successfully.

        What happens next? The company will review your application. You'll hear from them directly,
        usually within 2 weeks.

        Good luck!
        Your JOIN Team

        JOIN Solutions AG, Zurich
        """)
    return plain(addr("JOIN", "noreply@join.com"), "Application sent: Materials Test Engineer (remote, EU)",
                 "2026-09-02 13:20", "join.app.5512093@join.com", "mail.join.com ([35.157.12.99])", body, cte="7bit")


@mail(n(38), family="softgarden_receipt", lang="fr", interview=False, company="Kaltwerk",
      note="softgarden application receipt in French ('nous avons bien reçu votre candidature'); no interview")
def m38() -> bytes:
    body = t("""
        Bonjour M. Mercier,

        Nous vous remercions de votre candidature au poste d'Ingénieur Soudage et Matériaux (F/H) sur notre site
        de Saint-Priest (Lyon). Nous avons bien reçu votre dossier et reviendrons vers vous dans les meilleurs
        délais.

        Cordialement,
        Votre équipe Recrutement Kaltwerk France

        Cet e-mail a été généré automatiquement par softgarden.
        """)
    return plain(addr("Kaltwerk France", "noreply@softgarden.io"), "Votre candidature chez Kaltwerk",
                 "2026-10-19 08:47", "sg.2026101908470.4412@softgarden.io", "mta.softgarden.io ([185.63.144.50])",
                 body, charset="iso-8859-15")


@mail(n(39), family="job_alert", lang="fr", interview=False, company=None,
      note="APEC-like job alert digest; mentions 'entretien' nowhere as a meeting, no time")
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial">
        <h3>5 nouvelles offres correspondent à votre alerte « ingénieur matériaux - Auvergne-Rhône-Alpes »</h3>
        <ul>
        <li><a href="https://emploi.example.com/o/1">Ingénieur R&amp;D élastomères H/F</a> - Clermont-Ferrand (63) - CDI - 45-55 k€</li>
        <li><a href="https://emploi.example.com/o/2">Ingénieur procédés composites</a> - Lyon (69) - CDI</li>
        <li><a href="https://emploi.example.com/o/3">Responsable laboratoire essais mécaniques</a> - Saint-Étienne (42)</li>
        <li><a href="https://emploi.example.com/o/4">Materials Engineer (remote)</a> - Télétravail</li>
        <li><a href="https://emploi.example.com/o/5">Ingénieur métallurgiste</a> - Issoire (63)</li>
        </ul>
        <p style="font-size:11px">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://emploi.example.com/u">Se désabonner</a></p>
        </body></html>
        """)
    hs = hdr(addr("CadresEmploi Alertes", "alertes@cadresemploi-alertes.fr"),
             "5 nouvelles offres : ingénieur matériaux - Auvergne-Rhône-Alpes", "2026-11-05 07:00", PAR,
             "alert.992184.20261105@cadresemploi-alertes.fr", via="mta3.cadresemploi-alertes.fr ([5.39.118.4])",
             extra=(("List-Unsubscribe", "<https://emploi.example.com/u>"),))
    return message(hs, html(page))


@mail(n(40), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career newsletter about preparing interviews ('votre entretien mardi à 10 h : la checklist'): generic "
           "advice, no real appointment")
def m40() -> bytes:
    body = t("""
        LA LETTRE DU BUREAU DES CARRIÈRES - n°142

        Votre entretien est confirmé mardi à 10 h ? La checklist de la veille
        1. Relisez l'offre et vos propres réalisations (méthode STAR).
        2. Testez le lien Teams / Zoom 15 minutes avant.
        3. Préparez 3 questions sur l'équipe et les projets.

        Aussi cette semaine : « Ingénieur en reconversion : raconter son parcours en 2 minutes » et notre
        webinaire négociation salariale.

        Se désinscrire : https://bureaudescarrieres.example.com/unsub
        """)
    return plain(addr("Le Bureau des Carrières", "lettre@bureaudescarrieres.fr"),
                 "Entretien confirmé mardi à 10 h ? Votre checklist", "2026-10-29 07:30",
                 "nl142.bureaudescarrieres@sendinblue.fr", "smtp-relay.sendinblue.com ([185.41.28.109])", body,
                 extra=(("List-Unsubscribe", "<https://bureaudescarrieres.example.com/unsub>"),
                        ("Precedence", "bulk")))


@mail(n(41), family="scheduling_link", lang="en", interview=False, company="Cinabre Batteries",
      note="Greenhouse self-scheduling request ('please select times'): no time fixed yet")
def m41() -> bytes:
    body = t("""
        Hi Julien,

        We'd love to move you forward to an onsite interview for Materials Engineer, Cathodes at Cinabre
        Batteries! Please use the link below to select your availability over the next two weeks:

        https://app.greenhouse.io/scheduling/availability/8a7b6c5d4e3f

        Once you submit your availability, we'll confirm the final time.

        Thanks,
        Sam Okafor
        """)
    return plain(addr("Sam Okafor", "no-reply@us.greenhouse-mail.io"),
                 "Please submit your availability - Cinabre Batteries", "2026-11-27 11:00",
                 "0100019c-avail-8a7b6c5d@email.amazonses.com", "a8-30.smtp-out.amazonses.com ([54.240.8.30])", body,
                 cte="7bit", extra=(("Reply-To", addr("Sam Okafor", "sam.okafor@cinabre.energy")),))


@mail(n(42), family="recruiter_outreach", lang="fr", interview=False, company="Altamaris Conseil",
      note="Headhunter outreach: 'seriez-vous disponible pour un échange la semaine prochaine ?' - no fixed time")
def m42() -> bytes:
    body = t("""
        Bonjour Julien,

        Je vous contacte de la part d'un de nos clients, un équipementier aéronautique basé près de Lyon, qui
        recrute un Responsable Matériaux & Procédés. Votre parcours chez Cévanor m'a semblé très pertinent.

        Seriez-vous disponible pour un premier échange téléphonique de 20 minutes la semaine prochaine ?
        N'hésitez pas à me proposer un créneau.

        Bien cordialement,
        Romain Sabatier
        Consultant senior Industrie - Altamaris Conseil
        """)
    return plain(addr("Romain Sabatier", "r.sabatier@altamaris-conseil.fr"),
                 "Opportunité - Responsable Matériaux & Procédés (Lyon)", "2026-11-12 09:50",
                 "PR0P264MB3310-sabatier-outreach@altamaris-conseil.fr",
                 "FRA01-MR2-obe.outbound.protection.outlook.com ([40.107.9.41])", body, charset="windows-1252")


@mail(n(43), family="auto_reply", lang="fr", interview=False, company=None,
      note="Out-of-office auto-reply from the Thermafib director; no appointment")
def m43() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du bureau jusqu'au lundi 2 novembre inclus, avec un accès limité à mes e-mails.
        Pour toute urgence, merci de contacter accueil@thermafib.fr ou le 04 73 28 55 10.

        Paul Vidal
        """)
    return plain(addr("Paul Vidal", "paul.vidal@thermafib.fr"), "Réponse automatique : Merci pour l'entretien",
                 "2026-10-24 08:03", "AM9P191MB-autoreply-vidal@thermafib.fr",
                 "EUR04-DB3-obe.outbound.protection.outlook.com ([40.107.6.50])", body,
                 extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure notice for Julien's own mail to a recruiter (address typo); no appointment")
def m44() -> bytes:
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <nadia.benali@ligeris-polymere.fr>: host mx.ligeris-polymere.fr[203.0.113.9] said:
            550 5.1.1 <nadia.benali@ligeris-polymere.fr>: Recipient address rejected:
            User unknown (in reply to RCPT TO command)
        """)
    orig = message([("From", MEA), ("To", "nadia.benali@ligeris-polymere.fr"),
                    ("Subject", enc("Candidature - Ingénieur Procédés Extrusion")),
                    ("Date", date("2026-09-16 22:10", PAR)), ("Message-ID", "<7d1e-julien-ligeris@example.org>")],
                   text("Bonjour Madame Benali,\nVeuillez trouver ci-joint mon CV à jour.\nBien cordialement,\n"
                        "Julien Mercier\n"))
    hs = hdr("MAILER-DAEMON@smtp.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
             "2026-09-16 22:10", PAR, "20260916201012.4A1B2C3D@smtp.example.org", via="smtp.example.org (localhost)",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, mixed(text(report, cte="7bit"), attached_message(orig), params="report-type=delivery-status"))


@mail(n(45), family="doctor", lang="fr", interview=False, company=None, days=(("Thu", "2026-10-29"),),
      note="Medical appointment confirmation (jeu. 29/10/2026 à 16h40): fixed time, not an interview")
def m45() -> bytes:
    body = t("""
        Bonjour Julien MERCIER,

        Votre rendez-vous est confirmé :
        Dr Anne-Sophie Chassaing - Médecin généraliste
        jeu. 29/10/2026 à 16h40
        Cabinet médical de Jaude, 18 rue Blatin, 63000 Clermont-Ferrand

        Pensez à apporter votre carte Vitale. Annulation possible jusqu'à 24 h avant.
        SantéRdv
        """)
    return plain(addr("SantéRdv", "no-reply@santerdv.fr"), "Rendez-vous confirmé avec Dr Chassaing",
                 "2026-10-21 13:02", "rdv.77812934@santerdv.fr", "mail.santerdv.fr ([91.134.10.2])", body)


@mail(n(46), family="parent_teacher", lang="fr", interview=False, company=None, days=(("Tue", "2026-11-17"),),
      note="School parent-teacher meeting (mardi 17 novembre, 17 h 45) via the school platform: not an interview")
def m46() -> bytes:
    body = t("""
        Madame, Monsieur,

        Suite à votre demande, votre rendez-vous avec Mme Giraud, professeure principale de la classe de 6e B
        (élève : Noé MERCIER), est fixé au mardi 17 novembre à 17 h 45, salle 112.

        Rencontres parents-professeurs du 1er trimestre - Collège Blaise-Pascal Est.

        Ceci est un message automatique de l'ENT Auvergne, merci de ne pas y répondre.
        """)
    return plain(addr("ENT Auvergne", "ne-pas-repondre@ent.auvergne.example.fr"),
                 "Rencontre parents-professeurs - rendez-vous confirmé", "2026-11-10 18:20",
                 "ent-rdv-558120@ent.auvergne.example.fr", "smtp.ent.auvergne.example.fr ([193.55.1.9])", body,
                 charset="iso-8859-1")


@mail(n(47), family="work_event", lang="fr", interview=False, company=None,
      note="Google Calendar invite to a team event at the current employer (pot de fin d'année, vendredi 11 "
           "décembre 18:00); fixed time, not an interview")
def m47() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Pot de fin d'année - équipe R&D
        Quand : ven. 11 déc. 2026 18:00 - 21:00 (CET)
        Où : Brasserie du Parc, Gerzat
        Organisateur : Karine Faucher

        Invitation de Google Agenda
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="p0tf1nannee2026rd@google.com",
              start="20261211T180000", end="20261211T210000", tzid=PAR, vtz=VTZ[PAR],
              summary="Pot de fin d'année - équipe R&D",
              organizer="CN=Karine Faucher:mailto:karine.faucher@cevanor.fr", stamp="20261201T090000Z",
              location="Brasserie du Parc\\, Gerzat")
    hs = hdr(addr("Karine Faucher (via Google Agenda)", "calendar-notification@google.com"),
             "Invitation: Pot de fin d'année - équipe R&D @ ven. 11 déc. 2026 18:00 - 21:00 (CET)",
             "2026-12-01 10:00", PAR, "calendar-pot-rd-2026@google.com",
             via="mail-sor-f65.google.com ([209.85.220.65])", to=addr("Julien Mercier", "julien.mercier@cevanor.fr"))
    return message(hs, alt(text(body), calendar(cal, cte="8bit")))


@mail(n(48), family="bank_advisor", lang="fr", interview=False, company=None, days=(("Mon", "2026-09-28"),),
      note="Bank adviser appointment ('entretien' conseiller, lundi 28 septembre à 12h15): a fixed 'entretien' "
           "that is not a job interview")
def m48() -> bytes:
    body = t("""
        Bonjour Monsieur Mercier,

        Je vous confirme notre entretien en agence le lundi 28 septembre à 12h15 pour faire le point sur votre
        prêt immobilier et l'épargne salariale de votre ancien employeur.

        Bien à vous,
        Hugo Pradier - Conseiller clientèle
        Banque Populaire des Volcans (fictive) - agence Clermont Delille
        """)
    return plain(addr("Hugo Pradier", "hugo.pradier@bpvolcans.example.fr"), "Confirmation de notre rendez-vous",
                 "2026-09-23 17:48", "bpv-rdv-pradier-0923@bpvolcans.example.fr", "smtp.bpvolcans.example.fr ([62.160.1.5])",
                 body, charset="iso-8859-15")


@mail(n(49), family="reference_call", lang="en", interview=False, company="Tessaly Labs",
      days=(("Thu", "2026-11-19"),),
      note="Julien is the REFERENCE for a former colleague: reference call confirmed Thursday 19 Nov 17:00 CET; "
           "not his job interview; company = the hiring employer that sent it")
def m49() -> bytes:
    body = t("""
        Hi Julien,

        Thank you for agreeing to be a reference for Léa Martin. Confirming our call on Thursday 19 November
        at 17:00 CET (16:00 GMT) - I'll call you on the number Léa provided. It should take about 20 minutes.

        Kind regards,
        Oliver Grant
        Talent Partner, Tessaly Labs (London)
        """)
    return plain(addr("Oliver Grant", "oliver.grant@tessalylabs.co.uk"), "Reference call for Léa Martin",
                 "2026-11-16 11:05", "LO2P265MB-grant-reference@tessalylabs.co.uk",
                 "GBR01-LO2-obe.outbound.protection.outlook.com ([40.107.23.50])", body, zone="Europe/London")


@mail(n(50), family="visa_appointment", lang="fr", interview=False, company=None, days=(("Mon", "2026-12-14"),),
      note="Biometrics appointment at a visa application centre (for a Canadian work permit), lundi 14 décembre "
           "à 9h30: fixed time, not a job interview")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Arial">
        <p>Cher(e) demandeur(se),</p>
        <p>Votre rendez-vous pour la collecte des données biométriques est confirmé.</p>
        <table border="1" cellpadding="4"><tr><td>Référence</td><td>FRLY/261204/0087</td></tr>
        <tr><td>Centre</td><td>Centre de réception des demandes de visa pour le Canada - Lyon</td></tr>
        <tr><td>Date / heure</td><td>lundi 14 décembre 2026 - 09h30</td></tr></table>
        <p>Présentez-vous 15 minutes avant avec votre passeport et la lettre d'instructions biométriques (LIB).</p>
        <p>Ceci est un e-mail automatique.</p></body></html>
        """)
    hs = hdr(addr("Centre de visas Canada", "noreply@visacentre-canada.example.com"),
             "Confirmation de rendez-vous - biométrie", "2026-12-04 10:31", PAR,
             "appt-FRLY-261204-0087@visacentre-canada.example.com", via="smtp.visacentre-canada.example.com ([198.51.100.20])")
    return message(hs, html(page, cte="base64"))
