"""blind85: a blind 50-mail held-out set, the inbox of a UX designer in Strasbourg.

Inbox owner: Élodie Muller <elodie.muller@example.org>, September to mid-December 2026, looking at
roles in Strasbourg, Paris, Lyon, Karlsruhe, Basel, Luxembourg, Brussels and remote teams.

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Written blind: without reading the detector, its tests, or any other held-out set's mails.
File numbers are a fixed shuffle of the writing order (positives first, then negatives).

    python3 bench/heldout/make_blind.py blind85
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(85085).sample(range(1, 51), 50)
ME = "elodie.muller@example.org"
ME_H = addr("Élodie Muller", ME)
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
ZURICH = "Europe/Zurich"
LUX = "Europe/Luxembourg"
BRUSSELS = "Europe/Brussels"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind85_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    """The last Received: hop, at the inbox's own MX."""
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {qid}", ME, lag))


def vcal(prodid: str, method: str | None, body: str, tz: tuple[str, ...] = ()) -> str:
    """A VCALENDAR around hand-written VEVENT lines (and VTIMEZONE blocks from make.VTZ)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [VTZ[z] for z in tz]
    lines.append(t(body).strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def paras_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside paragraphs."""
    import html as _html

    ps = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in ps)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start="2026-09-17T08:00:00Z", end="2026-09-17T09:00:00Z", contact="camille.fabre@ondine-mobilites.fr",
      company="Ondine Mobilités", local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=PARIS,
      note="Greenhouse confirmation in French, 'jeudi 17 septembre 2026, 10h00 – 11h00 (heure de Paris, UTC+2)': "
           "CEST, so 08:00-09:00Z; contact = human Reply-To (the From is a Greenhouse no-reply)")
def p01() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci d'avoir pris le temps d'échanger avec nous la semaine dernière. Votre entretien pour le
        poste de UX Designer senior – Parcours voyageurs est confirmé :

        Date : jeudi 17 septembre 2026
        Heure : 10h00 – 11h00 (heure de Paris, UTC+2)
        Format : visioconférence Google Meet – https://meet.google.com/xqv-bkpt-rzu
        Avec : Bastien Roche (Head of Design) et Léa Nguyen (Product Manager)

        Prévoyez de présenter une étude de cas de votre portfolio (une quinzaine de minutes) ; le
        reste de l'échange sera consacré à l'équipe et à vos questions.

        En cas d'empêchement, il vous suffit de répondre à ce message.

        À très vite,
        Camille Fabre
        Talent Acquisition – Ondine Mobilités
        Lyon · Part-Dieu
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1f2a37">
        <p>Bonjour Élodie,</p>
        <p>Merci d'avoir pris le temps d'échanger avec nous la semaine dernière. Votre entretien pour le
        poste de <strong>UX Designer senior – Parcours voyageurs</strong> est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#6b7280">Date</td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td style="color:#6b7280">Heure</td><td>10h00 – 11h00 (heure de Paris, UTC+2)</td></tr>
        <tr><td style="color:#6b7280">Format</td><td>visioconférence Google Meet – <a href="https://meet.google.com/xqv-bkpt-rzu">meet.google.com/xqv-bkpt-rzu</a></td></tr>
        <tr><td style="color:#6b7280">Avec</td><td>Bastien Roche (Head of Design) et Léa Nguyen (Product Manager)</td></tr>
        </table>
        <p>Prévoyez de présenter une étude de cas de votre portfolio (une quinzaine de minutes)&nbsp;; le
        reste de l'échange sera consacré à l'équipe et à vos questions.</p>
        <p>En cas d'empêchement, il vous suffit de répondre à ce message.</p>
        <p>À très vite,<br>Camille Fabre<br>Talent Acquisition – Ondine Mobilités<br>Lyon · Part-Dieu</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/o/7f3a1c2e9b.gif" width="1" height="1" alt="">
        </body></html>
        """)
    when = "2026-09-11 16:05:12"
    return message([
        rcv("mail-196-33.us.greenhouse-mail.io", "198.51.100.196", when, "UTC", "4Rb1sK7mZ2z9xQ"),
        ("From", addr("Ondine Mobilités", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Camille Fabre", "camille.fabre@ondine-mobilites.fr")),
        ("To", ME_H),
        ("Subject", enc("Entretien confirmé – UX Designer senior – Parcours voyageurs")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<gh.5e1f0a7c.8841203.1789142712@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-22T12:30:00Z", end="2026-09-22T13:30:00Z", contact="jana.becker@kachelwerk.de",
      company="Kachelwerk GmbH", local="Tue 2026-09-22 14:30", local_end="2026-09-22 15:30", zone=BERLIN,
      note="Personio invitation, 'Dienstag, 22.09.2026, 14:30 – 15:30 Uhr' in Karlsruhe (MESZ, UTC+2) -> "
           "12:30-13:30Z; ICS TZID Europe/Berlin agrees; ORGANIZER is the Personio no-reply, so contact = "
           "the Ansprechpartnerin's address in the body")
def p02() -> bytes:
    body = t("""
        Guten Tag Frau Muller,

        vielen Dank für Ihr Interesse an der Position UX Designer (m/w/d) bei der Kachelwerk GmbH.
        Wir freuen uns, Sie persönlich kennenzulernen, und bestätigen Ihnen folgenden Termin:

        Termin:   Dienstag, 22.09.2026, 14:30 – 15:30 Uhr
        Ort:      Kachelwerk GmbH, Gartenstraße 71, 76135 Karlsruhe (3. OG, bitte am Empfang melden)
        Gesprächspartner: Tobias Weil (Head of Product), Jana Becker (People & Culture)

        Eine Kalenderdatei finden Sie im Anhang. Parkplätze gibt es im Hof, vom Hauptbahnhof sind es
        zehn Minuten zu Fuß.

        Ihre Ansprechpartnerin bei Rückfragen: Jana Becker, jana.becker@kachelwerk.de,
        Tel. +49 721 555 3190

        Mit freundlichen Grüßen
        Ihr Kachelwerk Recruiting-Team

        --
        Diese E-Mail wurde automatisch über Personio versendet. Antworten auf diese Adresse werden
        nicht gelesen.
        """)
    ics = vcal("-//Personio GmbH//Personio Recruiting//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:pers-7781402-iv-2209@personio.de
        DTSTAMP:20260914T074118Z
        DTSTART;TZID=Europe/Berlin:20260922T143000
        DTEND;TZID=Europe/Berlin:20260922T153000
        SUMMARY:Vorstellungsgespräch UX Designer (m/w/d) – Kachelwerk GmbH
        LOCATION:Kachelwerk GmbH\\, Gartenstraße 71\\, 76135 Karlsruhe
        ORGANIZER;CN=Kachelwerk GmbH:mailto:no-reply@personio.de
        ATTENDEE;CN=Élodie Muller;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elodie.muller@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Berlin",))
    when = "2026-09-14 09:41:18"
    return message([
        rcv("mail-eu1.personio.de", "203.0.113.41", when, BERLIN, "4Rd7Hq0Wb3z1kP"),
        ("From", addr("Kachelwerk GmbH", "no-reply@personio.de")),
        ("To", ME_H),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – UX Designer (m/w/d)")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<0102019a2f7c41d8-6b0e3c55-1f2d-4a8e-9d1c-27e9f0b1c4aa-000000@eu-central-1.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(paras_html(body), cte="base64")),
             calendar(ics, method=None, cte="base64", ctype="text/calendar", filename="einladung.ics",
                      disposition="attachment", name_param=True)))


@mail(n(3), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T08:00:00Z", end="2026-10-01T08:30:00Z", contact="priya.raman@northlight.studio",
      company="Northlight Studio", local="Thu 2026-10-01 10:00", local_end="2026-10-01 10:30", zone=PARIS,
      note="Calendly invitee confirmation, '10:00am - 10:30am (Central European Summer Time)' on Thursday "
           "1 Oct -> 08:00-08:30Z; ICS in UTC agrees; contact = the host's Reply-To")
def p03() -> bytes:
    body = t("""
        Hi Élodie Muller,

        Your Senior Product Designer – first interview with Priya Raman at 10:00am (Central European
        Summer Time) on Thursday, October 1, 2026 is scheduled.

        Event type: Senior Product Designer – first interview
        Date/time: 10:00am - 10:30am, Thursday, October 1, 2026 (Central European Summer Time)
        Location: Zoom – a link is in the calendar invitation
        Invitee: Élodie Muller (elodie.muller@example.org)

        Questions you answered:
        Portfolio link: https://elodie-muller.example.net/work

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d2a7e10-33b4-4c1f-9b67-0e7c4a1f2b8d
        Reschedule: https://calendly.com/reschedulings/5d2a7e10-33b4-4c1f-9b67-0e7c4a1f2b8d

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:5d2a7e10-33b4-4c1f-9b67-0e7c4a1f2b8d@calendly.com
        DTSTAMP:20260926T171209Z
        DTSTART:20261001T080000Z
        DTEND:20261001T083000Z
        SUMMARY:Senior Product Designer – first interview (Élodie Muller and Priya Raman)
        DESCRIPTION:Event Name: Senior Product Designer – first interview\\nLocation: https://northlight.zoom.us/j/84120559317
        LOCATION:https://northlight.zoom.us/j/84120559317
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@northlight.studio
        ATTENDEE;CN=Élodie Muller;PARTSTAT=ACCEPTED:mailto:elodie.muller@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    when = "2026-09-26 17:12:09"
    return message([
        rcv("o1.email.calendly.com", "192.0.2.77", when, "UTC", "4RyQ2m6Tnbz3vD"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@northlight.studio")),
        ("To", ME_H),
        ("Subject", "Confirmed: Senior Product Designer - first interview with Priya Raman on Thursday, "
                    "October 1, 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Lq3fE8kTSq-2x1yVmN0a7w@geopod-ismtpd-3>"),
    ], mixed(alt(text(body), html(paras_html(body, "font-family:Helvetica,Arial;font-size:15px;color:#0a2540"))),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T12:30:00Z", contact="thomas.kieffer@ateliergrandrue.fr", company="Atelier Grand'Rue",
      local="Thu 2026-10-08 14:30", zone=PARIS,
      note="Phone-written tu reply: 'calé pour après-demain 14h30', Date is Tue 6 Oct 18:47 +0200 -> Thu 8 Oct "
           "14:30 CEST = 12:30Z ('A jeudi' confirms the day); 'compte une bonne heure' is approximate, end null")
def p04() -> bytes:
    body = t("""
        Hello Élodie,

        Super, merci pour ton retour rapide ! C'est calé pour après-demain 14h30 à l'atelier (12 rue des Juifs, 2e étage, sonne à « AGR »). Tu verras Marion et moi, compte une bonne heure. Si tu peux amener 2-3 projets sur ta tablette c'est top, pas besoin d'imprimer.

        A jeudi !
        Thomas

        Envoyé de mon iPhone

        > Le 6 oct. 2026 à 17:02, Élodie Muller <elodie.muller@example.org> a écrit :
        >
        > Bonjour Thomas,
        >
        > Merci pour votre message et pour l'intérêt porté à ma candidature. Je suis disponible jeudi après-midi ou vendredi matin, selon ce qui vous arrange.
        >
        > Bien à vous,
        > Élodie
        """)
    when = "2026-10-06 18:47:31"
    return message([
        rcv("mail-relay.ateliergrandrue.fr", "203.0.113.88", when, PARIS, "4S0kTq2vL8z5hG"),
        ("From", addr("Thomas Kieffer", "thomas.kieffer@ateliergrandrue.fr")),
        ("To", ME_H),
        ("Subject", enc("Re: Candidature UX/UI – Atelier Grand'Rue")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<8C41E0B2-7F3D-4E7A-9A2B-61D0C3F5E9A1@ateliergrandrue.fr>"),
        ("In-Reply-To", "<c3d9a1f0-2b74-4e18-8f6a-0d5e7b2c9a41@example.org>"),
        ("References", "<c3d9a1f0-2b74-4e18-8f6a-0d5e7b2c9a41@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3370)"),
    ], text(body, cte="8bit", params="format=flowed"))


@mail(n(5), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-14T07:00:00Z", end="2026-10-14T08:00:00Z", contact="lukas.meier@rheinfarben.ch",
      company="Rheinfarben AG", local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00", zone=ZURICH,
      note="Outlook meeting request from Basel (Swiss German, 'Grüezi'); the typed text has no time at all, "
           "the time is only in the ICS: W. Europe Standard Time 09:00-10:00 on 14 Oct (summer time) -> "
           "07:00-08:00Z; contact = organizer/sender")
def p05() -> bytes:
    body = t("""
        Grüezi Frau Muller

        Wie am Telefon besprochen, sende ich Ihnen hiermit die Einladung für das Gespräch mit unserem
        Team Digital Health. Dabei sind Frau Sandra Keller (Leiterin UX) und ich.

        Das Gespräch findet bei uns am Standort Klybeck statt (Mauerstrasse 12, 4057 Basel, Empfang
        Bau 3). Bitte nehmen Sie einen amtlichen Ausweis mit, der Empfang stellt Ihnen einen
        Besucherbadge aus.

        Wir freuen uns auf Sie.

        Freundliche Grüsse
        Lukas Meier
        Talent Acquisition Partner

        Rheinfarben AG | Mauerstrasse 12 | 4057 Basel
        Tel. +41 61 555 27 14
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE-CH" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Grüezi Frau Muller<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Wie am Telefon besprochen, sende ich Ihnen hiermit die Einladung für das Gespräch mit unserem Team Digital Health. Dabei sind Frau Sandra Keller (Leiterin UX) und ich.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Das Gespräch findet bei uns am Standort Klybeck statt (Mauerstrasse 12, 4057 Basel, Empfang Bau 3). Bitte nehmen Sie einen amtlichen Ausweis mit, der Empfang stellt Ihnen einen Besucherbadge aus.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Wir freuen uns auf Sie.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Freundliche Grüsse<br>Lukas Meier<br>Talent Acquisition Partner<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Rheinfarben AG | Mauerstrasse 12 | 4057 Basel<br>Tel. +41 61 555 27 14</span><o:p></o:p></p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Meier Lukas:mailto:lukas.meier@rheinfarben.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Muller:mailto:elodie.muller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keller Sandra:mailto:sandra.keller@rheinfarben.ch
        DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Muller\\n\\nWie am Telefon besprochen\\, sende ich Ihnen hiermit die Einladung für das Gespräch mit unserem Team Digital Health.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F1C3D95E5ADD01000000000000000010000000B3F0E2A7C14D6B4F9E8A1D2C3B4A5968
        SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Senior UX Designer – Élodie Muller
        DTSTART;TZID=W. Europe Standard Time:20261014T090000
        DTEND;TZID=W. Europe Standard Time:20261014T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T090312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Basel Klybeck\\, Bau 3\\, Sitzungszimmer Rhein
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1620391844
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """, tz=("W. Europe Standard Time",))
    when = "2026-10-07 11:03:27"
    return message([
        rcv("mail-zr0che01on2107.outbound.protection.outlook.com", "192.0.2.107", when, ZURICH, "4S1pWn3Hc9z7mB"),
        ("From", addr("Meier Lukas", "lukas.meier@rheinfarben.ch")),
        ("To", ME_H),
        ("CC", addr("Keller Sandra", "sandra.keller@rheinfarben.ch")),
        ("Subject", enc("Vorstellungsgespräch Senior UX Designer – Élodie Muller")),
        ("Thread-Topic", enc("Vorstellungsgespräch Senior UX Designer – Élodie Muller")),
        ("Thread-Index", "AdtaHq3kP0wJ7yUeQ1q9m2h3Fz0kbw=="),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<ZR0P278MB0714B3F0E2A7C14D6B4F9E8A1D2C3@ZR0P278MB0714.CHEP278.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-CH, en-US"),
        ("Content-Language", "de-CH"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(6), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-19T09:00:00Z", end="2026-10-19T10:00:00Z", contact="sophie.wagner@bmk.lu",
      company="Banque Moselle-Kirchberg", local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=LUX,
      note="Workday HTML-only confirmation from Luxembourg, 'lundi 19 octobre 2026, de 11h00 à 12h00 (heure de "
           "Luxembourg)' = CEST -> 09:00-10:00Z; From is the tenant's myworkday.com address, contact = the "
           "hiring manager's address given in the body")
def p06() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="iso-8859-15"><title>Confirmation d'entretien</title></head>
        <body style="margin:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#ffffff;font-size:18px">BMK &middot; Banque Moselle-Kirchberg</td></tr>
        <tr><td>
        <p>Madame Muller,</p>
        <p>Suite à notre échange téléphonique, nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>UX Designer (H/F) &ndash; Banque en ligne</b> (réf. R-10482).</p>
        <p><b>Date&nbsp;:</b> lundi 19 octobre 2026<br>
        <b>Horaire&nbsp;:</b> de 11h00 à 12h00 (heure de Luxembourg)<br>
        <b>Lieu&nbsp;:</b> BMK, 14 rue Alphonse Weicker, L-2721 Luxembourg-Kirchberg &ndash; accueil du bâtiment B</p>
        <p>Vous rencontrerez Mme Sophie Wagner, responsable Expérience Client Digitale, et M. Marc Schmit,
        chargé de recrutement. Merci de vous munir d'une pièce d'identité.</p>
        <p>Pour toute question concernant cet entretien, vous pouvez écrire à Mme Wagner&nbsp;:
        <a href="mailto:sophie.wagner@bmk.lu">sophie.wagner@bmk.lu</a>.</p>
        <p>Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/recruiting/bmk/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement BMK</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    when = "2026-10-12 08:15:02"
    return message([
        rcv("mx0a-00231d01.myworkday.com", "198.51.100.23", when, "UTC", "4S3b8Kd1Lqz2rT"),
        ("From", addr("BMK Recrutement", "bmk@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien - UX Designer (H/F) - R-10482", "iso-8859-15")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<1410378112.88231.1792224902417@wd3-prod-notif-07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(7), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z", contact="hugo.lambert@pollenpixel.fr",
      company="Pollen & Pixel", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="DST edge: Google Calendar invitation sent Thu 22 Oct in CEST (+0200) for Monday 26 Oct 10:00-11:00 "
           "Paris, the day after the switch to CET ('heure normale d'Europe centrale'), so 09:00-10:00Z, not "
           "08:00Z; ICS in UTC agrees; contact = organizer")
def p07() -> bytes:
    body = t("""
        Vous avez reçu une invitation à l'événement suivant.

        Entretien UX – Élodie Muller / Pollen & Pixel
        lundi 26 octobre 2026 ⋅ 10:00 – 11:00
        Heure normale d'Europe centrale - Paris

        Rejoindre avec Google Meet
        meet.google.com/hfd-wqoz-kte

        Comme évoqué au téléphone : une heure avec moi et Chloé (lead dev), on regardera ensemble un
        ou deux projets de ton portfolio puis on te présentera l'équipe et le produit.

        Organisateur
        hugo.lambert@pollenpixel.fr

        Participants
        Hugo Lambert - organisateur
        chloe.martin@pollenpixel.fr
        elodie.muller@example.org

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=M2w5dGVxNnYwYmI4

        Répondre pour elodie.muller@example.org
        Oui / Non / Peut-être / Plus d'options

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="name" content="Afficher l'événement"></span>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Entretien UX – Élodie Muller / Pollen &amp; Pixel</h2>
        <div>lundi 26 octobre 2026 ⋅ 10:00 – 11:00<br>Heure normale d'Europe centrale - Paris</div>
        <p><a href="https://meet.google.com/hfd-wqoz-kte" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Rejoindre avec Google Meet</a></p>
        <p>Comme évoqué au téléphone : une heure avec moi et Chloé (lead dev), on regardera ensemble un
        ou deux projets de ton portfolio puis on te présentera l'équipe et le produit.</p>
        <div><b>Participants</b><br>Hugo Lambert - organisateur<br>chloe.martin@pollenpixel.fr<br>elodie.muller@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART:20261026T090000Z
        DTEND:20261026T100000Z
        DTSTAMP:20261022T153044Z
        ORGANIZER;CN=Hugo Lambert:mailto:hugo.lambert@pollenpixel.fr
        UID:3l9teq6v0bb8k2m4r1u7s5n0c6@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hugo Lambert;X-NUM-GUESTS=0:mailto:hugo.lambert@pollenpixel.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.martin@pollenpixel.fr;X-NUM-GUESTS=0:mailto:chloe.martin@pollenpixel.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.muller@example.org;X-NUM-GUESTS=0:mailto:elodie.muller@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hfd-wqoz-kte
        CREATED:20261022T153041Z
        DESCRIPTION:Comme évoqué au téléphone : une heure avec moi et Chloé (lead dev).\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nRejoindre avec Google Meet : https://meet.google.com/hfd-wqoz-kte\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261022T153044Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien UX – Élodie Muller / Pollen & Pixel
        TRANSP:OPAQUE
        END:VEVENT
        """)
    when = "2026-10-22 17:30:44"
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, PARIS, "4S5vYc2Gk0z4nW"),
        ("Reply-To", addr("Hugo Lambert", "hugo.lambert@pollenpixel.fr")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("From", addr("Hugo Lambert", "hugo.lambert@pollenpixel.fr")),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien UX – Élodie Muller / Pollen & Pixel @ lun. 26 oct. 2026 "
                        "10:00 - 11:00 (CET) (elodie.muller@example.org)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendar-6b1f0d2e-4a7c-4b93-8e21-5c0f9a3d7e18@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(8), family="softgarden", lang="de", interview=True, kind="rescheduled",
      start="2026-10-30T12:00:00Z", end="2026-10-30T13:00:00Z", contact="m.hoffmann@schwarzwald-solar.de",
      company="Schwarzwald Solar GmbH", local="Fri 2026-10-30 13:00", local_end="2026-10-30 14:00", zone=BERLIN,
      days=(("Thu", "2026-10-29"), ("Fri", "2026-10-30")),
      note="softgarden reschedule from Freiburg, sent Mon 26 Oct (CET): old 'Donnerstag, 29.10.2026, 10:00 Uhr', "
           "new 'Freitag, 30.10.2026, 13:00 – 14:00 Uhr' (MEZ, UTC+1) -> 12:00-13:00Z; ICS SEQUENCE:1 agrees; "
           "contact = human Reply-To")
def p08() -> bytes:
    body = t("""
        Sehr geehrte Frau Muller,

        leider müssen wir Ihren Gesprächstermin für die Stelle "UX/UI Designer*in Energieportal"
        verschieben, da unser Teamleiter an diesem Tag kurzfristig auf einer Messe ist. Wir bitten
        um Ihr Verständnis.

        Bisheriger Termin:  Donnerstag, 29.10.2026, 10:00 Uhr
        Neuer Termin:       Freitag, 30.10.2026, 13:00 – 14:00 Uhr (MEZ)
        Format:             Video-Interview über Microsoft Teams (Link folgt in der Kalendereinladung)

        Sollte Ihnen der neue Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail –
        Frau Hoffmann meldet sich dann bei Ihnen.

        Mit freundlichen Grüßen
        Miriam Hoffmann
        Personalreferentin
        Schwarzwald Solar GmbH · Munzinger Straße 9 · 79111 Freiburg im Breisgau

        Diese Nachricht wurde über softgarden versendet.
        """)
    ics = vcal("-//softgarden e-recruiting GmbH//Interview Scheduler//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:sg-iv-5518230-8c1e@softgarden.io
        SEQUENCE:1
        DTSTAMP:20261026T071204Z
        DTSTART;TZID=Europe/Berlin:20261030T130000
        DTEND;TZID=Europe/Berlin:20261030T140000
        SUMMARY:Interview: UX/UI Designer*in Energieportal – Schwarzwald Solar GmbH
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Miriam Hoffmann:mailto:m.hoffmann@schwarzwald-solar.de
        ATTENDEE;CN=Élodie Muller;RSVP=TRUE:mailto:elodie.muller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Berlin",))
    when = "2026-10-26 08:12:04"
    return message([
        rcv("mo4-p00-ob.smtp.rzone.de", "192.0.2.144", when, BERLIN, "4S6mNb0Fq3z8wJ"),
        ("From", addr("Schwarzwald Solar GmbH", "noreply@softgarden.io")),
        ("Reply-To", addr("Miriam Hoffmann", "m.hoffmann@schwarzwald-solar.de")),
        ("To", ME_H),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch bei der Schwarzwald Solar GmbH")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<sg.5518230.1792998724.7c1e@softgarden.io>"),
    ], mixed(alt(text(body, charset="windows-1252"),
                 html(paras_html(body).replace("utf-8", "windows-1252"), charset="windows-1252")),
             calendar(ics, method="REQUEST", cte="base64", filename="termin.ics", disposition="attachment")))


@mail(n(9), family="lever", lang="fr", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z", contact="anouk.peeters@kanaalhealth.eu",
      company="Kanaal Health", local="Tue 2026-11-03 15:00", local_end="2026-11-03 15:45", zone=BRUSSELS,
      note="Lever confirmation from Brussels in French, 'mardi 3 novembre 2026, 15:00 – 15:45 (heure de "
           "Bruxelles)' = CET -> 14:00-14:45Z; ICS in UTC agrees; contact = human Reply-To")
def p09() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci d'avoir choisi un créneau ! Votre entretien avec Kanaal Health est confirmé.

        Poste : Product Designer (FR/NL)
        Quand : mardi 3 novembre 2026, 15:00 – 15:45 (heure de Bruxelles)
        Où : Kanaal Health, Rue de la Loi 81, 1040 Etterbeek – 4e étage, demandez Anouk à l'accueil
        Avec : Joris Vandamme (Design Lead) et Anouk Peeters (Talent Partner)

        Une invitation est jointe à ce message pour votre agenda. Si vous devez modifier ce rendez-vous,
        répondez simplement à cet e-mail.

        Au plaisir de vous rencontrer,
        Anouk Peeters
        Talent Partner · Kanaal Health
        GSM +32 470 55 18 42
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:lever-interview-0f6c2b1e-8a3d-4e57-b9c0-2d7a4e1f9b63
        DTSTAMP:20261029T102231Z
        DTSTART:20261103T140000Z
        DTEND:20261103T144500Z
        SUMMARY:Kanaal Health – Product Designer (FR/NL) – Élodie Muller
        LOCATION:Rue de la Loi 81\\, 1040 Etterbeek
        ORGANIZER;CN=Anouk Peeters:mailto:anouk.peeters@kanaalhealth.eu
        ATTENDEE;CN=Élodie Muller;RSVP=TRUE:mailto:elodie.muller@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    when = "2026-10-29 10:22:31"
    return message([
        rcv("mail-a18.hire.lever.co", "198.51.100.18", when, "UTC", "4S7cQx5Hm1z6pL"),
        ("From", addr("Kanaal Health", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Anouk Peeters", "anouk.peeters@kanaalhealth.eu")),
        ("To", ME_H),
        ("Subject", enc("Entretien confirmé avec Kanaal Health")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<20261029102231.1.8e4a77c1d2f90b35@hire.lever.co>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                  cte="quoted-printable")))


@mail(n(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-17T08:30:00Z", end="2026-11-17T09:30:00Z", contact="nathalie.dubois@studioseptante.be",
      company="Studio Septante", local="Tue 2026-11-17 09:30", local_end="2026-11-17 10:30", zone=BRUSSELS,
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Belgian French Outlook reply on top of the thread: 'mardi prochain, le 17, à 9h30', Date Thu 12 Nov "
           "-> Tue 17 Nov 09:30 CET = 08:30Z; 'l'entretien durera une heure' is an exact length -> end 09:30Z; "
           "the quoted proposal also offered Wed 18 at 14h (not chosen); contact = sender")
def p10() -> bytes:
    body = t("""
        Bonjour Élodie,

        Parfait, je vous note donc pour mardi prochain, le 17, à 9h30 dans nos bureaux (avenue Louise 231, 1050 Ixelles, sonnette « Septante », 3e étage). L'entretien durera une heure : une demi-heure avec moi, puis une demi-heure avec Wouter, notre directeur de création, qui vous montrera quelques projets en cours.

        Si vous venez en train depuis Strasbourg, la gare du Luxembourg est la plus proche, sinon le tram 94 depuis la gare du Midi.

        À tantôt, et bonne fin de semaine,

        Nathalie Dubois
        Office & Talent Manager
        Studio Septante – design de services
        +32 2 555 70 70

        De : Élodie Muller <elodie.muller@example.org>
        Envoyé : jeudi 12 novembre 2026 11:14
        À : Nathalie Dubois <nathalie.dubois@studioseptante.be>
        Objet : RE: Votre candidature – Designer de services senior

        Bonjour Nathalie,

        Merci beaucoup pour votre retour. Le mardi 17 à 9h30 me convient très bien.

        Bien cordialement,
        Élodie Muller

        De : Nathalie Dubois <nathalie.dubois@studioseptante.be>
        Envoyé : mercredi 11 novembre 2026 17:40
        À : Élodie Muller <elodie.muller@example.org>
        Objet : Votre candidature – Designer de services senior

        Bonjour Madame Muller,

        Nous avons bien reçu votre candidature et votre portfolio nous a beaucoup plu. Seriez-vous disponible pour un premier entretien dans nos bureaux le mardi 17 novembre à 9h30 ou le mercredi 18 novembre à 14h ?

        Bien à vous,
        Nathalie Dubois
        """)
    import html as _html
    top, _, quoted = body.partition("De : Élodie Muller")
    quoted = "De : Élodie Muller" + quoted
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR-BE"><div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{_html.escape(x) or "&nbsp;"}</p>' for x in top.rstrip().split("\n"))
            + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + "\n".join(f'<p class="MsoNormal">{_html.escape(x) or "&nbsp;"}</p>' for x in quoted.rstrip().split("\n"))
            + "\n</div></div></body></html>\n")
    when = "2026-11-12 16:20:09"
    return message([
        rcv("mail-am0pr03cu004.outbound.protection.outlook.com", "192.0.2.204", when, BRUSSELS, "4SCk1Tq8Rnz2fV"),
        ("From", addr("Nathalie Dubois", "nathalie.dubois@studioseptante.be")),
        ("To", ME_H),
        ("Subject", enc("RE: Votre candidature – Designer de services senior")),
        ("Date", date(when, BRUSSELS)),
        ("Message-ID", "<AM9PR03MB6931C0E2B7A1F4D3E5C6B7A8D9E0@AM9PR03MB6931.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<PA4P190MB1208A1B2C3D4E5F60718293A4B5C@PA4P190MB1208.EURP190.PROD.OUTLOOK.COM>"),
        ("References", "<AM9PR03MB6931A0B1C2D3E4F5A6B7C8D9E0F1@AM9PR03MB6931.eurprd03.prod.outlook.com> "
                       "<PA4P190MB1208A1B2C3D4E5F60718293A4B5C@PA4P190MB1208.EURP190.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Votre candidature – Designer de services senior")),
        ("Content-Language", "fr-BE"),
    ], alt(text(body), html(page)))


@mail(n(11), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-19T15:00:00Z", end="2026-11-19T15:45:00Z", contact="ines.garnier@canut-logiciels.fr",
      company="Canut Logiciels", local="Thu 2026-11-19 16:00", local_end="2026-11-19 16:45", zone=PARIS,
      note="Teamtailor booking confirmation, 'jeudi 19 nov. 2026, 16:00 - 16:45 (Europe/Paris)' = CET -> "
           "15:00-15:45Z; no Reply-To, the From is a Teamtailor no-reply, so contact = the human ICS ORGANIZER")
def p11() -> bytes:
    body = t("""
        Bonjour Élodie,

        Votre entretien a bien été réservé.

        Entretien vidéo – UX Designer (Lyon ou remote)
        jeudi 19 nov. 2026, 16:00 - 16:45 (Europe/Paris)
        Lien de la réunion : https://canut-logiciels.teamtailor.com/meetings/v/8fa21c0e

        Participants : Inès Garnier, Paul Berthier

        Vous trouverez l'invitation en pièce jointe. Pour toute modification, utilisez le lien
        ci-dessous :
        https://canut-logiciels.teamtailor.com/meetings/8fa21c0e/edit

        À bientôt !
        L'équipe Canut Logiciels

        Propulsé par Teamtailor
        """)
    ics = vcal("-//Teamtailor//Meetings//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:tt-meeting-8fa21c0e-4b1a-4a6e-9f20-7d3c5b1e0a92
        DTSTAMP:20261113T100412Z
        DTSTART;TZID=Europe/Paris:20261119T160000
        DTEND;TZID=Europe/Paris:20261119T164500
        SUMMARY:Entretien vidéo – UX Designer (Lyon ou remote)
        LOCATION:https://canut-logiciels.teamtailor.com/meetings/v/8fa21c0e
        ORGANIZER;CN=Inès Garnier:mailto:ines.garnier@canut-logiciels.fr
        ATTENDEE;CN=Paul Berthier:mailto:paul.berthier@canut-logiciels.fr
        ATTENDEE;CN=Élodie Muller;RSVP=TRUE:mailto:elodie.muller@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Paris",))
    page = paras_html(body, "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#191919")
    when = "2026-11-13 11:04:12"
    return message([
        rcv("o7.ptr4519.teamtailor-mail.com", "203.0.113.145", when, PARIS, "4SCx0Bn6Wsz9qK"),
        ("From", addr("Canut Logiciels", "noreply@teamtailor-mail.com")),
        ("To", ME),
        ("Subject", enc("Entretien réservé : Entretien vidéo – UX Designer (Lyon ou remote)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<6553f1e2c0a7b_2b91a4c8e1f0@teamtailor-app-worker-5.mail>"),
        ("List-Unsubscribe", "<https://canut-logiciels.teamtailor.com/unsubscribe/c/5fa0c2>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="exchange", lang="de", interview=True, kind="cancelled",
      start="2026-11-23T09:00:00Z", end="2026-11-23T10:00:00Z",
      contact="petra.schaefer@faecherstadt-versicherung.de", company="Fächerstadt Versicherung AG",
      local="Mon 2026-11-23 10:00", local_end="2026-11-23 11:00", zone=BERLIN,
      note="Outlook cancellation (METHOD:CANCEL, 'Abgesagt:') from Karlsruhe: the slot on Monday 23 Nov "
           "10:00-11:00 W. Europe Standard Time (CET) = 09:00-10:00Z is cancelled, the position was filled "
           "internally, no new time; contact = organizer/sender")
def p12() -> bytes:
    body = t("""
        Sehr geehrte Frau Muller,

        leider muss ich unser Gespräch am kommenden Montag absagen. Die Stelle "UX Designer (m/w/d)
        Kundenportal" konnte inzwischen intern besetzt werden – das hat sich erst gestern
        entschieden. Es tut mir sehr leid, dass Sie sich schon auf den Termin vorbereitet haben.

        Ihr Profil hat uns gut gefallen. Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen
        gern für künftige Ausschreibungen.

        Mit freundlichen Grüßen

        Petra Schäfer
        Personalentwicklung & Recruiting
        Fächerstadt Versicherung AG
        Kriegsstraße 140, 76133 Karlsruhe
        """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", """
        BEGIN:VEVENT
        ORGANIZER;CN=Schäfer Petra:mailto:petra.schaefer@faecherstadt-versicherung.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Muller:mailto:elodie.muller@example.org
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Muller\\,\\n\\nleider muss ich unser Gespräch am kommenden Montag absagen.\\n
        UID:040000008200E00074C5B7101A82E00800000000F07A1C2B6B77DD01000000000000000010000000C9E8D7F6A5B4C3D2E1F0A9B8C7D6E5F4
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch UX Designer (m/w/d) – Frau Muller
        DTSTART;TZID=W. Europe Standard Time:20261123T100000
        DTEND;TZID=W. Europe Standard Time:20261123T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261117T135122Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Raum 4.12 (Kriegsstraße 140)
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2119537184
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, tz=("W. Europe Standard Time",))
    when = "2026-11-17 14:51:22"
    subject = "Abgesagt: Vorstellungsgespräch UX Designer (m/w/d) – Frau Muller"
    return message([
        rcv("mail-fr2deu01on2119.outbound.protection.outlook.com", "192.0.2.119", when, BERLIN, "4SFb5Lm2Xcz1tN"),
        ("From", addr("Schäfer Petra", "petra.schaefer@faecherstadt-versicherung.de")),
        ("To", ME_H),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc("Vorstellungsgespräch UX Designer (m/w/d) – Frau Muller")),
        ("Thread-Index", "AdtW1x0bQ3m5yPcVSoa1z0NQ4Ey2aAAq8b7Q"),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<FR3P281MB1742C9E8D7F6A5B4C3D2E1F0A9B8@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z", contact="dana.whitfield@tesseralabs.io",
      company="Tessera Labs", local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/New_York",
      note="DST gap week: Ashby confirmation for Thu 29 Oct '10:00 AM – 11:00 AM EDT (New York)' = 14:00-15:00Z; "
           "the Paris line says 3:00 PM CET because Europe left summer time on 25 Oct while New York is still "
           "on EDT until 1 Nov (a 5-hour gap, not 6); ICS TZID America/New_York agrees; contact = Reply-To")
def p13() -> bytes:
    body = t("""
        Hi Élodie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Product Design Interview – Portfolio Review
        Thursday, October 29, 2026
        10:00 AM – 11:00 AM EDT (New York)
        3:00 PM – 4:00 PM CET (Paris, your time zone)

        Google Meet: https://meet.google.com/pqe-rzwm-hbt

        You'll meet with:
          Marcus Oyelaran – Head of Design
          Ines Kowalczyk – Senior Product Designer

        Please have a 20-minute walkthrough of one project ready; we'll spend the rest of the hour on
        questions both ways.

        Questions? Just reply and it will reach Dana Whitfield.

        Thanks,
        Tessera Labs Recruiting
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:9c3e2f1a-5d7b-4a60-8e14-b2c9f0d6a731
        DTSTAMP:20261023T184007Z
        DTSTART;TZID=America/New_York:20261029T100000
        DTEND;TZID=America/New_York:20261029T110000
        SEQUENCE:0
        SUMMARY:Tessera Labs – Product Design Interview (Élodie Muller)
        LOCATION:https://meet.google.com/pqe-rzwm-hbt
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@tesseralabs.io
        ATTENDEE;CN=Élodie Muller;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.muller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("America/New_York",))
    when = "2026-10-23 18:40:07"
    return message([
        rcv("a48-109.smtp-out.amazonses.com", "198.51.100.109", when, "UTC", "4S5zPq9Dc7z3hW"),
        ("From", addr("Tessera Labs", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@tesseralabs.io")),
        ("To", addr("Élodie Muller", ME)),
        ("Subject", "Interview confirmed: Senior Product Designer (Remote, EU) at Tessera Labs"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<0100019a12c7a3f1-2b7e40d9-61c8-4f0a-9d35-e8a1c4b7f260-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(paras_html(body), cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="icims", lang="fr", interview=True, kind="cancelled",
      start="2026-11-24T13:00:00Z", end="2026-11-24T14:00:00Z", contact="aurelie.dumas@vauban-assurances.fr",
      company="Vauban Assurances", local="Tue 2026-11-24 14:00", local_end="2026-11-24 15:00", zone=PARIS,
      note="iCIMS cancellation (HTML only, iso-8859-15) of 'mardi 24 novembre 2026 de 14h00 à 15h00 (heure de "
           "Paris)' = CET -> 13:00-14:00Z, recruitment on hold, no new time; ICS METHOD:CANCEL agrees; contact = "
           "the recruiter's address in the signature (From is an iCIMS no-reply)")
def p14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td>
        <img src="https://careers-vauban-assurances.icims.com/images/logo.png" alt="Vauban Assurances" width="180"><br><br>
        Bonjour Élodie Muller,<br><br>
        Nous sommes au regret de devoir annuler l'entretien prévu le <b>mardi 24 novembre 2026 de 14h00 à 15h00
        (heure de Paris)</b> pour le poste de <b>UX Designer confirmé(e) &ndash; Espace client</b> (réf. 2026-4471).<br><br>
        Le recrutement sur ce poste est suspendu jusqu'à nouvel ordre suite à une réorganisation interne. Nous ne
        sommes donc pas en mesure de vous proposer une nouvelle date pour le moment ; votre candidature reste
        active dans notre vivier et nous reviendrons vers vous si le poste est rouvert.<br><br>
        Nous vous prions de nous excuser pour ce contretemps.<br><br>
        Bien cordialement,<br><br>
        Aurélie Dumas<br>
        Chargée de recrutement &ndash; Direction des Ressources Humaines<br>
        Vauban Assurances &middot; 22 rue de Châteaudun, 75009 Paris<br>
        <a href="mailto:aurelie.dumas@vauban-assurances.fr">aurelie.dumas@vauban-assurances.fr</a><br><br>
        <span style="font-size:10px;color:#999">Merci de ne pas répondre directement à ce message envoyé depuis
        une adresse non surveillée.</span>
        </td></tr></table>
        </body></html>
        """)
    ics = vcal("-//iCIMS//iCIMS Talent Platform//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:icims-iv-88120457-2026-4471
        DTSTAMP:20261119T091503Z
        DTSTART:20261124T130000Z
        DTEND:20261124T140000Z
        SUMMARY:Entretien – UX Designer confirmé(e) – Vauban Assurances
        ORGANIZER;CN=Vauban Assurances Recrutement:mailto:no-reply@talent.icims.com
        ATTENDEE;CN=Élodie Muller:mailto:elodie.muller@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        """)
    when = "2026-11-19 10:15:03"
    return message([
        rcv("mta-out-12.talent.icims.com", "203.0.113.12", when, PARIS, "4SG2rVn7Kdz4yB"),
        ("From", addr("Vauban Assurances Recrutement", "no-reply@talent.icims.com")),
        ("To", addr("Élodie Muller", ME, "iso-8859-15")),
        ("Subject", enc("Annulation de l'entretien : UX Designer confirmé(e)", "iso-8859-15")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<88120457.1794990903117.JavaMail.icims@app-prod-eu-04>"),
    ], mixed(html(page, charset="iso-8859-15"),
             calendar(ics, method="CANCEL", filename="annulation.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(n(15), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-27T10:30:00Z", contact="antoine.schaeffer@krutenau-studio.fr", company="Krutenau Studio",
      local="Fri 2026-11-27 11:30", zone=PARIS, days=(("Thu", "2026-11-26"), ("Fri", "2026-11-27")),
      note="Prose reschedule (windows-1252, QP) sent Mon 23 Nov: 'jeudi 10h (le 26)' moved to 'vendredi 27 "
           "novembre, 11h30' Strasbourg = CET -> 10:30Z; the attached Apple Calendar event is all-day on the 27th "
           "(time only in the text); no length given, end null; contact = sender")
def p15() -> bytes:
    body = t("""
        Bonjour Élodie,

        Désolé de vous faire ça : un client nous a calé un atelier jeudi matin et je ne peux pas le déplacer. Je dois donc décaler notre entretien de jeudi 10h (le 26) à vendredi 27 novembre, 11h30, même endroit (7 quai des Bateliers, sonnez à "Krutenau Studio", 1er étage).

        Je vous mets l'invitation en pièce jointe. Dites-moi si ça vous pose problème, on trouvera autre chose.

        Bonne journée,
        Antoine

        --
        Antoine Schaeffer
        Associé, directeur artistique
        Krutenau Studio – 7 quai des Bateliers, 67000 Strasbourg
        03 88 55 21 90
        """)
    ics = vcal("-//Apple Inc.//macOS 16.1//EN", "REQUEST", """
        BEGIN:VEVENT
        CREATED:20261123T074933Z
        DTEND;VALUE=DATE:20261128
        DTSTAMP:20261123T075002Z
        DTSTART;VALUE=DATE:20261127
        LAST-MODIFIED:20261123T075002Z
        ORGANIZER;CN=Antoine Schaeffer:mailto:antoine.schaeffer@krutenau-studio.fr
        ATTENDEE;CN=Élodie Muller;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.muller@example.org
        SEQUENCE:1
        SUMMARY:Entretien Élodie Muller (11h30)
        TRANSP:TRANSPARENT
        UID:0C6E2B5A-91D4-4F3B-8A7E-2D1C9B0F4E63
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        END:VEVENT
        """)
    when = "2026-11-23 08:52:40"
    return message([
        rcv("smtp.krutenau-studio.fr", "203.0.113.67", when, PARIS, "4SGw8Tb1Npz6cR"),
        ("From", addr("Antoine Schaeffer", "antoine.schaeffer@krutenau-studio.fr")),
        ("To", ME_H),
        ("Subject", enc("Entretien : changement d'horaire", "windows-1252")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<5E2B7C91-0A4D-4E63-B81F-9C3A6D2E7F10@krutenau-studio.fr>"),
        ("X-Mailer", "Apple Mail (2.3826.700.81)"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="Entretien.ics",
                      disposition="attachment")))


@mail(n(16), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-11-30T09:30:00Z", end="2026-11-30T10:15:00Z", contact="felix.braun@dreisam-digital.de",
      company="Dreisam Digital GmbH", local="Mon 2026-11-30 10:30", local_end="2026-11-30 11:15", zone=BERLIN,
      note="JOIN interview confirmation from Freiburg (du-Form), 'Mo., 30.11.2026, 10:30 – 11:15 Uhr (MEZ)' -> "
           "09:30-10:15Z; From is JOIN's no-reply, contact = the hiring manager's address in the body")
def p16() -> bytes:
    body = t("""
        Hi Élodie,

        super, dass es geklappt hat! Hier nochmal alle Infos zu deinem Interview bei Dreisam Digital:

        Stelle:  Product Designer (m/w/d) – Freiburg oder hybrid
        Termin:  Mo., 30.11.2026, 10:30 – 11:15 Uhr (MEZ)
        Wo:      Google Meet – https://meet.google.com/aoz-kxvt-mye
        Mit:     Felix Braun (Co-Founder & CPO), Ayşe Demir (Product Designer)

        Du musst nichts vorbereiten, wir wollen dich und deine Arbeit kennenlernen. Wenn du magst,
        zeig uns ein Projekt, auf das du stolz bist.

        Falls etwas dazwischenkommt, schreib Felix direkt an: felix.braun@dreisam-digital.de

        Bis bald!
        Dein Dreisam Digital Team

        ---
        Gesendet über JOIN · join.com · Bitte nicht auf diese E-Mail antworten.
        """)
    page = paras_html(body, "font-family:Inter,Arial,sans-serif;font-size:15px;color:#101828")
    when = "2026-11-24 13:30:55"
    return message([
        rcv("mail-out-3.join.com", "198.51.100.53", when, BERLIN, "4SHq2Vd5Lbz8mF"),
        ("From", addr("Dreisam Digital via JOIN", "no-reply@join.com")),
        ("To", ME_H),
        ("Subject", enc("Dein Interview bei Dreisam Digital ist bestätigt ✅")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<20261124123055.7f2c91e4a0b3@join.com>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@join.com?subject=unsubscribe-7f2c91e4>"),
    ], alt(text(body), html(page)))


@mail(n(17), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-12-02T14:00:00Z", end="2026-12-02T14:30:00Z", contact=None, company="Alzette Assurances",
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 15:30", zone=LUX,
      note="Microsoft Bookings confirmation from Luxembourg, 'mercredi 2 décembre 2026 15:00 (UTC+01:00) "
           "Amsterdam, Berlin, Berne...' for 30 minutes -> 14:00-14:30Z; ICS W. Europe Standard Time agrees; "
           "sender and organizer are the shared Bookings mailbox and the staff member is named without an "
           "address -> contact null")
def p17() -> bytes:
    body = t("""
        Bonjour Élodie Muller,

        Merci d'avoir réservé auprès de Alzette Assurances – Recrutement. Votre réservation est confirmée.

        Entretien de présélection – UX/UI Designer
        mercredi 2 décembre 2026
        15:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne
        Durée : 30 minutes
        Personnel : Claire Hoffmann

        Rejoindre la réunion Microsoft Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRlYmQ4ZTctMmM1Ni00YjA2%40thread.v2/0

        ID de la réunion : 371 550 284 196
        Code secret : b9Xq4T

        Annuler ou replanifier : https://outlook.office365.com/owa/calendar/AlzetteRecrutement@alzette-assurances.lu/bookings/

        Alzette Assurances S.A. · 3 boulevard Royal, L-2449 Luxembourg
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e;max-width:560px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Votre réservation est confirmée</div>
        <p>Bonjour Élodie Muller,</p>
        <p>Merci d'avoir réservé auprès de Alzette Assurances – Recrutement.</p>
        <table style="border:1px solid #e1dfdd;width:100%" cellpadding="10"><tr><td>
        <div style="font-weight:600">Entretien de présélection – UX/UI Designer</div>
        <div>mercredi 2 décembre 2026</div>
        <div>15:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne</div>
        <div>Durée : 30 minutes</div>
        <div>Personnel : Claire Hoffmann</div>
        <div style="padding-top:8px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRlYmQ4ZTctMmM1Ni00YjA2%40thread.v2/0">Rejoindre la réunion Microsoft Teams</a></div>
        </td></tr></table>
        <p style="font-size:12px;color:#605e5c">ID de la réunion : 371 550 284 196 · Code secret : b9Xq4T</p>
        <p><a href="https://outlook.office365.com/owa/calendar/AlzetteRecrutement@alzette-assurances.lu/bookings/">Annuler ou replanifier</a></p>
        <p style="font-size:12px;color:#605e5c">Alzette Assurances S.A. · 3 boulevard Royal, L-2449 Luxembourg</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Alzette Assurances – Recrutement:mailto:AlzetteRecrutement@alzette-assurances.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Muller:mailto:elodie.muller@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1A3F5C2A284DD01000000000000000010000000E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2
        SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – UX/UI Designer
        DTSTART;TZID=W. Europe Standard Time:20261202T150000
        DTEND;TZID=W. Europe Standard Time:20261202T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261125T104417Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRlYmQ4ZTctMmM1Ni00YjA2%40thread.v2/0
        END:VEVENT
        """, tz=("W. Europe Standard Time",))
    when = "2026-11-25 11:44:17"
    return message([
        rcv("mail-db8eur05on2061.outbound.protection.outlook.com", "192.0.2.61", when, LUX, "4SJ0cFt4Wmz2kH"),
        ("From", addr("Alzette Assurances – Recrutement", "AlzetteRecrutement@alzette-assurances.lu")),
        ("To", ME_H),
        ("Subject", enc("Réservation confirmée : Entretien de présélection – UX/UI Designer")),
        ("Date", date(when, LUX)),
        ("Message-ID", "<DB9P195MB1330E7F6A5B4C3D2E1F0A9B8C7D6@DB9P195MB1330.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Exchange-Organization-BookingsEmail", "true"),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="cancelled",
      start="2026-12-03T15:00:00Z", end="2026-12-03T15:45:00Z", contact="megan.obrien@vantagemaps.com",
      company="Vantage Maps", local="Thu 2026-12-03 16:00", local_end="2026-12-03 16:45", zone=PARIS,
      days=(("Thu", "2026-12-03"), ("Mon", "2026-12-07")),
      note="GoodTime cancellation of 'Thursday, December 3, 4:00 PM – 4:45 PM CET' = 15:00-15:45Z (ICS "
           "METHOD:CANCEL agrees); the recruiter suggests Monday 7 Dec at 10:00 instead, but only as a question "
           "waiting for an answer, so kind = cancelled with the cancelled slot; contact = human Reply-To")
def p18() -> bytes:
    body = t("""
        Hi Élodie,

        Unfortunately we need to cancel the following interview:

        Design Systems Interview – Senior Product Designer
        Thursday, December 3, 2026
        4:00 PM – 4:45 PM CET
        Interviewer: Jonas Lindqvist

        Note from Megan:
        So sorry about this – Jonas is out sick for the rest of the week. Would Monday, December 7
        at 10:00 AM CET work for you instead? Let me know and I'll send a fresh invite; if Monday is
        tricky, just reply with a couple of times that suit you.

        If you have any questions, reply to this email to reach your recruiter, Megan O'Brien.

        Vantage Maps Talent Team
        Scheduled with GoodTime
        """)
    ics = vcal("-//GoodTime.io//GoodTime Hire//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:gt-3c8f1a2e-77b4-4d09-9a61-0e5d2c4b8f17@goodtime.io
        DTSTAMP:20261130T093318Z
        DTSTART:20261203T150000Z
        DTEND:20261203T154500Z
        SUMMARY:Vantage Maps – Design Systems Interview (Élodie Muller)
        ORGANIZER;CN=Vantage Maps Talent:mailto:scheduling@vantagemaps.goodtime.io
        ATTENDEE;CN=Élodie Muller:mailto:elodie.muller@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        """)
    when = "2026-11-30 09:33:18"
    return message([
        rcv("o22.sendgrid.goodtime.io", "198.51.100.222", when, "UTC", "4SKm7Dg0Rtz5wP"),
        ("From", addr("Vantage Maps Talent", "scheduling@vantagemaps.goodtime.io")),
        ("Reply-To", addr("Megan O'Brien", "megan.obrien@vantagemaps.com")),
        ("To", ME_H),
        ("Subject", "Cancelled: Design Systems Interview with Vantage Maps on Thursday, December 3"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<gt.cancel.3c8f1a2e77b4@vantagemaps.goodtime.io>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="quoted-printable")))


@mail(n(19), family="zoom", lang="de", interview=True, kind="scheduled",
      start="2026-12-08T13:00:00Z", contact="reto.gerber@birsig-medtech.ch", company="Birsig Medtech AG",
      local="Tue 2026-12-08 14:00", zone=ZURICH,
      note="Swiss German recruiter mail (base64, typos) with a pasted Zoom invitation: 'morgen, Dienstag, um "
           "14.00 Uhr' from a Monday 7 Dec Date, and 'Zeit: 8. Dez. 2026 02:00 PM Bern' -> 13:00Z (CET); "
           "'ca. 45 Minuten' is approximate, end null; contact = sender")
def p19() -> bytes:
    body = t("""
        Grüezi Frau Muller

        Vielen Dank für Ihre Rückmeldung. Gerne bestätige ich Ihnen das Gesräch morgen, Dienstag, um 14.00 Uhr per Zoom mit Frau Brändli (Head of Product) und mir. Wir rechnen mit ca. 45 Minuten.

        Hier die Zugangsdaten:

        Reto Gerber lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Interview Élodie Muller – UX Designer Medical Devices
        Zeit: 8. Dez. 2026 02:00 PM Bern

        Zoom-Meeting beitreten
        https://birsig-medtech.zoom.us/j/96310447215?pwd=bGt3Q1hWc0Z4dE5uK2JxR0lPcz09

        Meeting-ID: 963 1044 7215
        Kenncode: 551902

        Bei Fragen erreichen Sie mich jederzeit unter +41 61 555 80 33.

        Freundliche Grüsse
        Reto Gerber
        HR Business Partner
        Birsig Medtech AG, Hegenheimermattweg 40, 4123 Allschwil
        """)
    when = "2026-12-07 09:12:06"
    return message([
        rcv("mail.birsig-medtech.ch", "203.0.113.40", when, ZURICH, "4SM1qHt6Xnz9bD"),
        ("From", addr("Reto Gerber", "reto.gerber@birsig-medtech.ch")),
        ("To", ME_H),
        ("Subject", enc("AW: Bewerbung UX Designer Medical Devices – Gesprächstermin")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<7a0f3e21b6c44d5e8f9a0b1c2d3e4f50@birsig-medtech.ch>"),
        ("In-Reply-To", "<2b8d4f61-a3c7-49e2-b0d5-8f1e6c9a7d30@example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="base64"))


@mail(n(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T19:00:00Z", end="2026-12-09T20:00:00Z", contact="tama.ngata@kowhaiworks.co.nz",
      company="Kōwhai Works", local="Thu 2026-12-10 08:00", local_end="2026-12-10 09:00", zone="Pacific/Auckland",
      days=(("Thu", "2026-12-10"), ("Wed", "2026-12-09")),
      note="Google Calendar 'Updated invitation' from an Auckland remote team: new time 'Thursday Dec 10, 2026 "
           "8am – 9am New Zealand Time' (NZDT, UTC+13) = Wed 9 Dec 19:00-20:00Z, the previous UTC day (8pm "
           "Wednesday in Strasbourg, as the note says); old time 7am; ICS TZID Pacific/Auckland, SEQUENCE:1; "
           "contact = organizer")
def p20() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Portfolio chat – Élodie Muller / Kōwhai Works
        Thursday Dec 10, 2026 ⋅ 8am – 9am (previously 7am – 8am)
        New Zealand Time - Auckland

        Join with Google Meet
        meet.google.com/wdn-ufpe-zqa

        Kia ora Élodie – nudged this back an hour so it's 8pm on Wednesday for you rather than 7pm.
        Same link, same people (me and Aroha from our product team). – Tama

        Organizer
        tama.ngata@kowhaiworks.co.nz

        Guests
        Tama Ngata - organizer
        aroha.williams@kowhaiworks.co.nz
        elodie.muller@example.org

        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=NWs4cjJ2cTBhYjFn

        Reply for elodie.muller@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=Pacific/Auckland:20261210T080000
        DTEND;TZID=Pacific/Auckland:20261210T090000
        DTSTAMP:20261203T211502Z
        ORGANIZER;CN=Tama Ngata:mailto:tama.ngata@kowhaiworks.co.nz
        UID:5k8r2vq0ab1g7h3n6m9p4s2t0d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tama Ngata;X-NUM-GUESTS=0:mailto:tama.ngata@kowhaiworks.co.nz
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=aroha.williams@kowhaiworks.co.nz;X-NUM-GUESTS=0:mailto:aroha.williams@kowhaiworks.co.nz
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=elodie.muller@example.org;X-NUM-GUESTS=0:mailto:elodie.muller@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wdn-ufpe-zqa
        CREATED:20261127T020544Z
        DESCRIPTION:Portfolio chat for the Senior UX Designer (remote\\, EU hours overlap) role.
        LAST-MODIFIED:20261203T211502Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Portfolio chat – Élodie Muller / Kōwhai Works
        TRANSP:OPAQUE
        END:VEVENT
        """, tz=("Pacific/Auckland",))
    when = "2026-12-04 10:15:02"
    zone = "Pacific/Auckland"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, zone, "4SLw3Nc8Hkz1vT"),
        ("Reply-To", addr("Tama Ngata", "tama.ngata@kowhaiworks.co.nz")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("From", addr("Tama Ngata", "tama.ngata@kowhaiworks.co.nz")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Portfolio chat – Élodie Muller / Kōwhai Works @ Thu Dec 10, 2026 "
                        "8am - 9am (NZDT) (elodie.muller@example.org)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-e2a91c07-3d5b-4f68-b1e4-7c0a9f2d6b35@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(21), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-12-14T08:30:00Z", end="2026-12-14T09:30:00Z", contact="julien.roux@helios-retail.fr",
      company="Hélios Retail", local="Mon 2026-12-14 09:30", local_end="2026-12-14 10:30", zone=PARIS,
      note="SmartRecruiters confirmation, 'lundi 14 décembre 2026 à 9h30 (heure de Paris)', 'Durée : 1 heure' "
           "(exact length) -> 08:30-09:30Z; contact = human Reply-To")
def p21() -> bytes:
    body = t("""
        Bonjour Élodie,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Lead UX Designer –
        E-commerce chez Hélios Retail.

        Date : lundi 14 décembre 2026 à 9h30 (heure de Paris)
        Durée : 1 heure
        Lieu : Hélios Retail, 40 rue de Cléry, 75002 Paris – 5e étage
        Interlocuteurs : Julien Roux (Talent Acquisition) et Sarah Benali (VP Produit)

        Merci de confirmer votre présence en cliquant sur le lien ci-dessous :
        https://jobs.smartrecruiters.com/HeliosRetail/interview/confirm/b7e1c2a9

        Cordialement,
        Julien Roux
        Hélios Retail

        Cet e-mail a été envoyé via SmartRecruiters.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="background:#f5f7fa;margin:0;padding:24px">
        <table align="center" width="600" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d3e50" cellpadding="24"><tr><td>
        <p>Bonjour Élodie,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Lead UX Designer – E-commerce</b> chez Hélios Retail.</p>
        <table cellpadding="6" style="border-left:3px solid #0b7bff">
        <tr><td><b>Date</b></td><td>lundi 14 décembre 2026 à 9h30 (heure de Paris)</td></tr>
        <tr><td><b>Durée</b></td><td>1 heure</td></tr>
        <tr><td><b>Lieu</b></td><td>Hélios Retail, 40 rue de Cléry, 75002 Paris – 5e étage</td></tr>
        <tr><td><b>Interlocuteurs</b></td><td>Julien Roux (Talent Acquisition) et Sarah Benali (VP Produit)</td></tr>
        </table>
        <p><a href="https://jobs.smartrecruiters.com/HeliosRetail/interview/confirm/b7e1c2a9" style="background:#0b7bff;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Confirmer ma présence</a></p>
        <p>Cordialement,<br>Julien Roux<br>Hélios Retail</p>
        <p style="font-size:11px;color:#8a94a6">Cet e-mail a été envoyé via SmartRecruiters.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-12-08 15:27:44"
    return message([
        rcv("mta-eu1-14.smartrecruiters.com", "203.0.113.114", when, "UTC", "4SN5gBx2Qrz7dM"),
        ("From", addr("Hélios Retail", "no-reply@smartrecruiters.com")),
        ("Reply-To", addr("Julien Roux", "julien.roux@helios-retail.fr")),
        ("To", ME_H),
        ("Subject", enc("Hélios Retail – confirmation de votre entretien")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<sr-notif.9f3c7a21-b8e0-4d16-a5c2-61e7d0b94f8a@smartrecruiters.com>"),
    ], alt(text(body, cte="8bit"), html(page, cte="base64")))


@mail(n(22), family="forwarded", lang="fr", interview=True, kind="scheduled",
      start="2026-10-16T09:00:00Z", contact="mathilde.girard@presquile-data.fr", company="Presqu'île Data",
      local="Fri 2026-10-16 11:00", zone=PARIS,
      note="Forward to self from the candidate's other address (example.net); the attached message/rfc822 "
           "(iso-8859-1, QP, Date Fri 9 Oct) confirms 'vendredi prochain, le 16 octobre, à 11h' -> Fri 16 Oct "
           "11:00 CEST = 09:00Z; no length; the sender is the candidate herself, so contact = the human sender "
           "of the forwarded message")
def p22() -> bytes:
    inner_body = t("""
        Bonjour Élodie,

        Merci pour cet échange téléphonique très agréable. Je vous confirme notre entretien en visio
        vendredi prochain, le 16 octobre, à 11h, avec moi et notre CTO, Karim Haddad. Je vous
        enverrai le lien Teams la veille.

        D'ici là, n'hésitez pas si vous avez des questions.

        Belle soirée,

        Mathilde Girard
        Responsable Design - Presqu'île Data
        18 quai Saint-Antoine, 69002 Lyon
        """)
    inner_when = "2026-10-09 18:03:51"
    inner = message([
        ("Return-Path", "<mathilde.girard@presquile-data.fr>"),
        ("From", addr("Mathilde Girard", "mathilde.girard@presquile-data.fr", "iso-8859-1")),
        ("To", addr("Élodie Muller", "elodie.muller@example.net", "iso-8859-1")),
        ("Subject", enc("Entretien Presqu'île Data - confirmation", "iso-8859-1")),
        ("Date", date(inner_when, PARIS)),
        ("Message-ID", "<a91f2c7e-5b30-4d84-9e16-c2f7a0b8d345@presquile-data.fr>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        pour l'avoir dans la bonne boîte



        Envoyé depuis mon appareil Galaxy
        """)
    when = "2026-10-12 07:58:13"
    return message([
        rcv("smtp-out.example.net", "192.0.2.31", when, PARIS, "4S3a1Rf9Ykz0pC"),
        ("From", addr("Élodie Muller", "elodie.muller@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Entretien Presqu'île Data - confirmation")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261012055813.Horde.7Xk2c0vPqA3@webmail.example.net>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Entretien Presqu'île Data - confirmation.eml")))


@mail(n(23), family="workable", lang="de", interview=True, kind="rescheduled",
      start="2026-09-09T13:00:00Z", end="2026-09-09T13:30:00Z", contact="sven.krueger@rheinhafen-robotics.de",
      company="Rheinhafen Robotics GmbH", local="Wed 2026-09-09 15:00", local_end="2026-09-09 15:30", zone=BERLIN,
      days=(("Tue", "2026-09-08"), ("Wed", "2026-09-09")),
      note="Workable reschedule from Karlsruhe: moved from 'Dienstag, 8. September, 11:00' to 'Mittwoch, 9. "
           "September 2026, 15:00–15:30 (MESZ)' -> 13:00-13:30Z; Reply-To and ICS ORGANIZER are Workable "
           "relay addresses, so contact = the recruiter's address in the signature")
def p23() -> bytes:
    body = t("""
        Hallo Élodie,

        kurze Info: Wir mussten Ihr Interview für die Position UX Designer (m/w/d) – Robotik-HMI
        verschieben.

        Neuer Termin: Mittwoch, 9. September 2026, 15:00–15:30 (MESZ)
        (vorher: Dienstag, 8. September, 11:00)
        Art: Videocall – Microsoft Teams, der Link steht in der Kalendereinladung

        Die aktualisierte Einladung ist angehängt. Danke für Ihre Flexibilität!

        Beste Grüße
        Sven Krüger
        Recruiting · Rheinhafen Robotics GmbH
        sven.krueger@rheinhafen-robotics.de · +49 721 555 4410

        Sent via Workable
        """)
    ics = vcal("-//Workable//Workable Events//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:wk-event-4f2a9c1e-0b7d-4e3a-8c51-d6e9a2f7b013
        DTSTAMP:20260903T142011Z
        DTSTART;TZID=Europe/Berlin:20260909T150000
        DTEND;TZID=Europe/Berlin:20260909T153000
        SUMMARY:Interview: UX Designer (m/w/d) – Robotik-HMI – Élodie Muller
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Sven Krüger:mailto:rheinhafen-robotics+4f2a9c1e@candidates.workablemail.com
        ATTENDEE;CN=Élodie Muller;RSVP=TRUE:mailto:elodie.muller@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Berlin",))
    when = "2026-09-03 16:20:11"
    return message([
        rcv("mail12.workablemail.com", "198.51.100.12", when, BERLIN, "4Rc9Wd3Fgkz4sN"),
        ("From", addr("Sven Krüger (Rheinhafen Robotics GmbH)", "noreply@candidates.workablemail.com")),
        ("Reply-To", "rheinhafen-robotics+4f2a9c1e@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", enc("Interview verschoben: UX Designer (m/w/d) – Robotik-HMI")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<64f4b2c3a1e9d_5c7f2b8e91a@workable-mailer-7.mail>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="8bit")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Unemployment-office summons: 'entretien de suivi' with her job-search adviser on jeudi 10 septembre "
           "à 9h15 at the local agency. A fixed time and the word 'entretien', but not a job interview")
def n24() -> bytes:
    body = t("""
        Madame Élodie MULLER
        Identifiant : 4471208K

        Madame,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère référente, Mme Nadia
        Benhamou, dans le cadre de votre accompagnement vers l'emploi.

        Date : jeudi 10 septembre 2026
        Heure : 9h15
        Lieu : Agence Strasbourg Meinau - 12 rue de la Klebsau, 67100 Strasbourg

        Merci de vous munir de votre pièce d'identité et de votre CV à jour. Au cours de cet
        entretien, nous ferons le point sur vos démarches de recherche d'emploi et sur votre projet
        professionnel (UX design).

        Ce rendez-vous est obligatoire. En cas d'empêchement, prévenez votre conseillère depuis votre
        espace personnel, rubrique « Mes échanges », au moins 48 heures à l'avance.

        Votre agence Emploi Rhin - Strasbourg Meinau

        Ce message vous est adressé automatiquement. Merci de ne pas y répondre.
        """)
    when = "2026-09-03 10:02:45"
    return message([
        rcv("smtp-notif.emploi-rhin.fr", "203.0.113.201", when, PARIS, "4Rc2Lk8Vnwz3gH"),
        ("From", addr("Emploi Rhin", "ne-pas-repondre@emploi-rhin.fr")),
        ("To", ME),
        ("Subject", enc("Convocation à un entretien – Agence Strasbourg Meinau")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<notif.20260903100245.4471208K.convocation@emploi-rhin.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
           html(paras_html(body).replace("utf-8", "iso-8859-15"), charset="iso-8859-15")))


@mail(n(25), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Admission interview for a part-time master's programme (Mastère Design de services) on jeudi 15 "
           "octobre à 10h00, 30 minutes, by video: a confirmed 'entretien' with a jury, but a school admission, "
           "not a job interview")
def n25() -> bytes:
    body = t("""
        Bonjour Madame Muller,

        Votre dossier de candidature au Mastère Design de services (formation continue, rentrée de
        janvier 2027) a retenu l'attention de la commission pédagogique. Nous avons le plaisir de vous
        convier à l'entretien d'admission :

          • jeudi 15 octobre 2026 à 10h00 (heure de Paris)
          • en visioconférence (le lien vous sera envoyé 24 h avant)
          • durée : 30 minutes, devant un jury de deux enseignants-designers

        L'entretien porte sur votre parcours, vos motivations et le financement envisagé (CPF,
        employeur, autofinancement). Une présentation de 5 minutes d'un projet personnel est
        attendue.

        Les résultats d'admission seront communiqués sous 10 jours ouvrés.

        Bien cordialement,

        Service des admissions
        Institut Rhodanien de Design – Lyon
        admissions@ird-lyon.fr
        """)
    when = "2026-10-07 14:36:20"
    return message([
        rcv("mail.ird-lyon.fr", "198.51.100.70", when, PARIS, "4S1qWx0Tbnz5hK"),
        ("From", addr("Admissions IRD Lyon", "admissions@ird-lyon.fr")),
        ("To", ME_H),
        ("Subject", enc("Convocation à l'entretien d'admission – Mastère Design de services")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261007123620.63D1A0E4B2@mail.ird-lyon.fr>"),
    ], text(body, cte="8bit"))


@mail(n(26), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Handball club coach confirming a try-out session 'mardi 22 à 19h30' with the women's senior team: "
           "fixed time, 'essai', not a job interview")
def n26() -> bytes:
    body = t("""
        Salut Élodie,

        Super que tu veuilles reprendre le hand ! C'est noté pour ta séance d'essai avec les seniors filles mardi 22 à 19h30, gymnase du Neuhof (rue de Saint-Amarin), entrée côté parking. Viens 10 min avant pour qu'on te présente au groupe.

        Prends des baskets propres (salle), une gourde et ton certificat médical si tu l'as déjà, sinon pas grave pour l'essai. Si ça te plaît on fera la licence après.

        A mardi,
        Manon
        coach seniors F – SC Neudorf Handball
        06 55 41 27 93
        """)
    when = "2026-09-17 21:14:09"
    return message([
        rcv("mail-ej1-f45.google.com", "209.85.218.45", when, PARIS, "4RhP0sT2Gfz8kL"),
        ("From", addr("Manon Ehrhart", "manon.ehrhart.hand@example.com")),
        ("To", ME),
        ("Subject", enc("Re: Essai équipe seniors F")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAJ7xq0Fz2mP8wLr4sKd1Y9n=Tq3vBcE0hX5uA6gR2@mail.gmail.com>"),
        ("In-Reply-To", "<f0c2a8e7-31b9-4d5c-9e7a-0b4d6c8e2f19@example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(27), family="car_service", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="Garage workshop appointment confirmation (HTML only, windows-1252): vendredi 2 octobre 2026 à "
           "8h00 for a service. Fixed time, not an interview")
def n27() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Arial;font-size:13px;color:#222">
        <table width="600" cellpadding="12" style="border:1px solid #ccc">
        <tr><td style="background:#c8102e;color:#fff;font-size:18px"><b>Garage Rhin Auto</b> – Atelier</td></tr>
        <tr><td>
        <p>Bonjour Madame Muller,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <p><b>Vendredi 2 octobre 2026 à 8h00</b><br>
        Véhicule : Peugeot 208 – GH-417-KZ<br>
        Prestation : révision 60 000 km + contrôle des plaquettes avant<br>
        Durée estimée : 3 h (véhicule de courtoisie réservé)</p>
        <p>Adresse : 41 route du Polygone, 67100 Strasbourg</p>
        <p>Devis estimatif : 289,90 € TTC. Tout travail supplémentaire vous sera soumis avant intervention.</p>
        <p>Pour modifier votre rendez-vous, appelez-nous au 03 88 55 64 10.</p>
        <p>L’équipe Garage Rhin Auto</p>
        </td></tr></table>
        </body></html>
        """)
    when = "2026-09-25 17:48:33"
    return message([
        rcv("smtp.garage-rhin-auto.fr", "203.0.113.9", when, PARIS, "4Rm3Yb7Cqhz0wS"),
        ("From", addr("Garage Rhin Auto", "atelier@garage-rhin-auto.fr")),
        ("To", ME),
        ("Subject", enc("Votre rendez-vous atelier – vendredi 02/10/2026 à 8h00", "windows-1252")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<RDV-20261002-0800-8841@garage-rhin-auto.fr>"),
    ], html(page, charset="windows-1252"))


@mail(n(28), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a colleague at her current job for the team's end-of-year dinner, "
           "vendredi 11 déc. 19:00 – 23:00 (ICS in UTC): a confirmed calendar event, not an interview")
def n28() -> bytes:
    body = t("""
        Vous avez reçu une invitation à l'événement suivant.

        Soirée de fin d'année – équipe Digital 🎄
        vendredi 11 décembre 2026 ⋅ 19:00 – 23:00
        Heure normale d'Europe centrale - Paris

        Lieu
        Winstub S'Kaechele, 9 rue des Tonneliers, Strasbourg

        Coucou tout le monde ! Comme l'an dernier on se retrouve à la winstub. Merci de répondre
        avant le 4 pour que je confirme le nombre. Élodie, je t'invite sur ta boîte perso vu que tu es
        en congé cette semaine 😉 – Marie

        Organisateur
        marie.koehler.mvr@example.com

        Participants
        Marie Koehler - organisateur
        Équipe Digital MVR
        elodie.muller@example.org

        Invitation de Google Agenda
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART:20261211T180000Z
        DTEND:20261211T220000Z
        DTSTAMP:20261202T081503Z
        ORGANIZER;CN=Marie Koehler:mailto:marie.koehler.mvr@example.com
        UID:0t7b2k5n9q3r6u1w4y8z2c5f7h@google.com
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Équipe Digital MVR:mailto:digital-team.mvr@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.muller@example.org:mailto:elodie.muller@example.org
        LOCATION:Winstub S'Kaechele\\, 9 rue des Tonneliers\\, Strasbourg
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Soirée de fin d'année – équipe Digital 🎄
        TRANSP:OPAQUE
        END:VEVENT
        """)
    when = "2026-12-02 09:15:03"
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, PARIS, "4SLb6Fd2Tpz9nX"),
        ("Reply-To", addr("Marie Koehler", "marie.koehler.mvr@example.com")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("From", addr("Marie Koehler", "marie.koehler.mvr@example.com")),
        ("To", ME),
        ("Subject", enc("Invitation: Soirée de fin d'année – équipe Digital 🎄 @ ven. 11 déc. 2026 19:00 - "
                        "23:00 (CET) (elodie.muller@example.org)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendar-7d40c3f1-92ab-4e6c-8b15-3f9e0a2d7c64@google.com>"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(29), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A local magazine journalist confirms an interview *of* Élodie for a feature on design jobs, jeudi "
           "8 octobre à 17h at a café: fixed time, 'interview', but press, not a job interview")
def n29() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci d'avoir accepté ! Je vous confirme donc notre interview pour le dossier « Les nouveaux métiers du design à Strasbourg » : jeudi 8 octobre à 17h, au Café de la Krutenau (rue de Zurich). Comptez 45 minutes environ, puis notre photographe, Léo, fera deux ou trois portraits sur le quai si la lumière le permet.

        Je vous enverrai mes questions principales d'ici mardi, pour que vous puissiez y réfléchir. Le papier paraîtra dans le numéro de novembre.

        Au plaisir,
        Clémence Hirtz
        Journaliste - Ill & Rhin Magazine
        06 55 18 44 02
        """)
    when = "2026-10-05 12:41:57"
    return message([
        rcv("smtp.illrhin-mag.fr", "198.51.100.142", when, PARIS, "4S0aKd5Wrmz2pF"),
        ("From", addr("Clémence Hirtz", "c.hirtz@illrhin-mag.fr")),
        ("To", ME_H),
        ("Subject", enc("Interview pour notre dossier design – c'est calé !")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<3b5e7d9f-1a2c-4e6b-8d0f-2a4c6e8b0d1f@illrhin-mag.fr>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(30), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast host confirms a recording session with Élodie as a guest, Tue Oct 20, 6:00 PM CEST, with an "
           "ICS attached: a confirmed time and the word 'interview', but not a job interview")
def n30() -> bytes:
    body = t("""
        Hi Élodie,

        Thanks so much for agreeing to come on Design Dispatch! You're all set for our recording:

        Tuesday, October 20, 2026 – 6:00 PM CEST (Paris), about an hour
        Riverside studio link: https://riverside.fm/studio/design-dispatch?t=8c2f41

        A few things to make the interview go smoothly:
        - wired headphones if you have them, and a quiet room
        - Chrome on a laptop rather than your phone
        - we'll chat for 10 minutes beforehand, then record ~45 minutes on research ops in small teams

        I've attached a calendar invite. The episode should go live mid-November; I'll send you the
        link and some clips for social.

        Cheers,
        Rosa Delacroix-Hart
        Host, Design Dispatch
        """)
    ics = vcal("-//Design Dispatch//Guest booking//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:dd-guest-2026-ep87-muller@designdispatch.fm
        DTSTAMP:20261013T153001Z
        DTSTART;TZID=Europe/Paris:20261020T180000
        DTEND;TZID=Europe/Paris:20261020T190000
        SUMMARY:Design Dispatch – podcast recording with Élodie Muller
        LOCATION:https://riverside.fm/studio/design-dispatch?t=8c2f41
        ORGANIZER;CN=Rosa Delacroix-Hart:mailto:rosa@designdispatch.fm
        ATTENDEE;CN=Élodie Muller;RSVP=TRUE:mailto:elodie.muller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Paris",))
    when = "2026-10-13 15:30:01"
    return message([
        rcv("mail-wm1-f52.google.com", "209.85.128.52", when, "UTC", "4S4cPt1Lhwz7jQ"),
        ("From", addr("Rosa Delacroix-Hart", "rosa@designdispatch.fm")),
        ("To", ME_H),
        ("Subject", "You're booked: Design Dispatch recording, Oct 20"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<CAH4kz9Rq1mTn0pLw7xY3bVc8sD2fGj5eK6uH1aZ0o@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="REQUEST", filename="recording.ics", disposition="attachment",
                      cte="base64")))


@mail(n(31), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Career coach's booking confirmation for a paid 'simulation d'entretien d'embauche' session, mardi "
           "13 octobre 2026 à 18h00 (60 min), with ICS: a mock interview, not a job interview")
def n31() -> bytes:
    body = t("""
        Bonjour Élodie,

        Votre séance est confirmée !

        Prestation : Simulation d'entretien d'embauche (designers & product) – 60 min
        Date : mardi 13 octobre 2026 à 18h00
        Où : en visio (lien Whereby ci-dessous)
        https://whereby.com/cv-coaching-claire

        Comme convenu, je jouerai le rôle d'une responsable design qui recrute un·e UX designer senior :
        présentation de portfolio, questions comportementales, puis débrief de 15 minutes avec mes
        retours écrits.

        Pensez à m'envoyer l'offre d'emploi qui vous intéresse au plus tard la veille, pour que je
        prépare des questions réalistes.

        Règlement : 90 € (payé). Annulation gratuite jusqu'à 24 h avant.

        À mardi,
        Claire Vasseur – Coaching carrière
        """)
    ics = vcal("-//SimplyRDV//Agenda//FR", "PUBLISH", """
        BEGIN:VEVENT
        UID:srdv-19983-claire-vasseur-20261013
        DTSTAMP:20261007T080212Z
        DTSTART;TZID=Europe/Paris:20261013T180000
        DTEND;TZID=Europe/Paris:20261013T190000
        SUMMARY:Simulation d'entretien d'embauche – Claire Vasseur Coaching
        LOCATION:https://whereby.com/cv-coaching-claire
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Paris",))
    when = "2026-10-07 10:02:12"
    return message([
        rcv("out-3.simplyrdv.fr", "192.0.2.93", when, PARIS, "4S1jTr6Hkbz1mC"),
        ("From", addr("Claire Vasseur Coaching via SimplyRDV", "notifications@simplyrdv.fr")),
        ("Reply-To", addr("Claire Vasseur", "claire@vasseur-coaching.fr")),
        ("To", ME),
        ("Subject", enc("Réservation confirmée : Simulation d'entretien d'embauche – mar. 13 oct. 18:00")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<srdv.19983.1791360132@simplyrdv.fr>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, method="PUBLISH", filename="rdv.ics", disposition="attachment", cte="base64")))


@mail(n(32), family="proposed_times", lang="de", interview=False, company="Albtal Systems GmbH",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
      note="Recruiter from Karlsruhe proposes 'Dienstag, 6. Oktober, um 10 Uhr' or 'Mittwoch, 7. Oktober, um "
           "14 Uhr' and asks which suits: nothing confirmed yet")
def n32() -> bytes:
    body = t("""
        Sehr geehrte Frau Muller,

        vielen Dank für Ihre Bewerbung als UX/UI Designer (m/w/d) und die schnellen Rückmeldungen zu
        unseren Fragen. Wir würden Sie gern zu einem ersten Gespräch (ca. 45 Minuten, per Teams)
        einladen.

        Würde Ihnen Dienstag, der 6. Oktober, um 10 Uhr passen? Alternativ ginge auch Mittwoch,
        7. Oktober, um 14 Uhr. Sollte beides nicht klappen, nennen Sie mir gern zwei, drei Zeitfenster
        in der kommenden Woche.

        Sobald ich Ihre Rückmeldung habe, schicke ich Ihnen die Einladung.

        Mit freundlichen Grüßen
        Kerstin Vogt
        Talent Acquisition
        Albtal Systems GmbH · Ettlinger Straße 12 · 76137 Karlsruhe
        """)
    when = "2026-09-30 11:26:48"
    return message([
        rcv("mail-fr2deu01on2102.outbound.protection.outlook.com", "192.0.2.102", when, BERLIN, "4RpS3Kb8Ydz6vG"),
        ("From", addr("Vogt Kerstin", "kerstin.vogt@albtal-systems.de")),
        ("To", ME_H),
        ("Subject", enc("Ihr Vorstellungsgespräch – Terminvorschlag")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<FR2P281MB2207A6C5D4E3F2A1B0C9D8E7F6A5@FR2P281MB2207.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(33), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A friend forwards her own confirmed interview (Bastille Studio, jeudi 22 octobre 2026, 14h00 – "
           "15h00) and asks Élodie to look at her portfolio: a real confirmation, but the interview is "
           "Sarah's, not the inbox owner's; company null (the sender is a friend, not an employer)")
def n33() -> bytes:
    body = t("""
        Élo !!! J'ai décroché un entretien chez Bastille Studio jeudi 😱😱 Tu pourrais jeter un œil à mon portfolio ce soir ou demain ? Surtout le projet appli vélo, je sais pas si je le garde. Je te paie une bière 🍺

        Bisous
        Sarah

        ---------- Forwarded message ---------
        De : Bastille Studio <no-reply@hire.lever.co>
        Date: lun. 19 oct. 2026 à 10:12
        Subject: Entretien confirmé avec Bastille Studio
        To: <sarah.lefebvre@example.com>


        Bonjour Sarah,

        Votre entretien avec Bastille Studio est confirmé.

        Poste : UI Designer junior
        Quand : jeudi 22 octobre 2026, 14h00 – 15h00 (heure de Paris)
        Où : 11 rue de la Roquette, 75011 Paris – 2e étage
        Avec : Hugues Martel (directeur artistique)

        Pour toute question : hugues.martel@bastille-studio.fr

        À jeudi !
        L'équipe Bastille Studio
        """)
    when = "2026-10-19 19:40:26"
    return message([
        rcv("mail-lf1-f48.google.com", "209.85.167.48", when, PARIS, "4S4xHf9Pmrz3tB"),
        ("From", addr("Sarah Lefebvre", "sarah.lefebvre@example.com")),
        ("To", ME),
        ("Subject", enc("Fwd: Entretien confirmé avec Bastille Studio")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAN5tR8qW0zLk3xP1mY7vBd4=fJc9sE2hT6aGu0oQ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(34), family="rejection", lang="de", interview=False, company="Spalentor Versicherungen AG",
      days=(("Fri", "2026-10-02"),),
      note="Taleo rejection in Swiss German after the interview of 'Freitag, 2. Oktober'; nothing to schedule")
def n34() -> bytes:
    body = t("""
        Grüezi Frau Muller

        Nochmals herzlichen Dank für Ihr Interesse an der Stelle "UX Designer:in Digitale Kanäle" und für
        das angenehme Gespräch vom Freitag, 2. Oktober, mit Herrn Frei und Frau Aebischer.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
        weiterzuführen, deren Erfahrung im Versicherungsumfeld noch etwas besser auf die aktuellen
        Anforderungen passt. Dieser Entscheid ist uns nicht leichtgefallen.

        Gerne behalten wir Ihr Dossier mit Ihrem Einverständnis für zwölf Monate in unserem
        Talentpool. Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Freundliche Grüsse

        Spalentor Versicherungen AG
        Human Resources
        Steinentorstrasse 21, 4051 Basel

        Bitte antworten Sie nicht auf diese automatisch versendete E-Mail.
        """)
    when = "2026-10-16 16:02:51"
    return message([
        rcv("mta-eu2.taleo.net", "198.51.100.162", when, ZURICH, "4S3zRq1Lvcz8yW"),
        ("From", addr("Spalentor Versicherungen AG", "spalentor@taleo.net")),
        ("To", ME_H),
        ("Subject", enc("Ihre Bewerbung: UX Designer:in Digitale Kanäle (Ref. 26-0871)")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<1147302288.4421.1792159371803.JavaMail.taleo@eu2-tc-notif-03>"),
    ], alt(text(body, charset="iso-8859-1"),
           html(paras_html(body).replace("utf-8", "iso-8859-1"), charset="iso-8859-1")))


@mail(n(35), family="offer", lang="fr", interview=False, company="Presqu'île Data",
      days=(("Fri", "2026-10-16"), ("Fri", "2026-10-23"), ("Fri", "2026-11-06")),
      note="Job offer from Presqu'île Data (thread with the forwarded confirmation): mentions the past "
           "interviews of the 16 and 23 October, an answer deadline and an offered call 'demain à 12h30' that "
           "is only a suggestion; PDF attached")
def n35() -> bytes:
    body = t("""
        Bonjour Élodie,

        Suite à nos deux entretiens (le 16 et le 23 octobre), j'ai le plaisir de vous proposer le poste de
        Senior UX Designer chez Presqu'île Data, en CDI, à Lyon avec deux jours de télétravail par
        semaine. Vous trouverez la proposition détaillée en pièce jointe (rémunération, date d'arrivée
        souhaitée, avantages).

        Nous aimerions avoir votre réponse d'ici le vendredi 6 novembre. Si vous voulez en parler de
        vive voix, je suis disponible demain à 12h30 – dites-moi simplement si ça vous va, sinon on
        trouvera un autre moment.

        Toute l'équipe a été emballée par votre présentation, Karim en premier !

        Bien à vous,

        Mathilde Girard
        Responsable Design - Presqu'île Data
        18 quai Saint-Antoine, 69002 Lyon
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
           b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n"
           b"%%EOF\n")
    import base64 as _b64
    att = Part([("Content-Type", 'application/pdf; name="Proposition_embauche_E_Muller.pdf"'),
                ("Content-Disposition", 'attachment; filename="Proposition_embauche_E_Muller.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               _b64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    when = "2026-10-28 17:05:39"
    return message([
        rcv("smtp.presquile-data.fr", "203.0.113.169", when, PARIS, "4S6wTg3Mbqz0hN"),
        ("From", addr("Mathilde Girard", "mathilde.girard@presquile-data.fr")),
        ("To", ME_H),
        ("Subject", enc("Proposition d'embauche – Senior UX Designer")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<e27c40b9-6d1f-4a83-b5e2-9c0a7f3d1b68@presquile-data.fr>"),
    ], mixed(alt(text(body), html(paras_html(body))), att))


@mail(n(36), family="application_ack", lang="fr", interview=False, company="Maison Verlaine",
      note="Recruitee application receipt; 'nous vous contacterons pour planifier un premier entretien' is "
           "conditional, no time")
def n36() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci pour votre candidature au poste de UX/UI Designer – E-shop & Boutiques chez Maison
        Verlaine. Nous l'avons bien reçue !

        Notre équipe étudie chaque candidature avec attention. Si votre profil correspond à nos
        besoins, nous vous contacterons dans les deux semaines pour planifier un premier entretien
        téléphonique de 20 minutes. Sans nouvelles de notre part d'ici là, considérez que nous
        n'avons pas pu donner une suite favorable cette fois-ci.

        Belle journée,
        L'équipe Talents de Maison Verlaine

        Vous pouvez consulter ou supprimer vos données à tout moment :
        https://maisonverlaine.recruitee.com/o/ux-ui-designer-e-shop/c/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#faf7f2">
        <div style="max-width:560px;margin:0 auto;padding:32px;font-family:Georgia,serif;font-size:16px;color:#2b2b2b;background:#fff">
        <div style="letter-spacing:4px;font-size:13px;text-transform:uppercase;color:#8c6d46">Maison Verlaine</div>
        <h1 style="font-weight:normal;font-size:22px">Merci, Élodie.</h1>
        <p>Merci pour votre candidature au poste de <i>UX/UI Designer – E-shop &amp; Boutiques</i> chez Maison Verlaine. Nous l'avons bien reçue&nbsp;!</p>
        <p>Notre équipe étudie chaque candidature avec attention. Si votre profil correspond à nos besoins, nous vous contacterons dans les deux semaines pour planifier un premier entretien téléphonique de 20 minutes. Sans nouvelles de notre part d'ici là, considérez que nous n'avons pas pu donner une suite favorable cette fois-ci.</p>
        <p>Belle journée,<br>L'équipe Talents de Maison Verlaine</p>
        <p style="font-size:11px;color:#999"><a href="https://maisonverlaine.recruitee.com/o/ux-ui-designer-e-shop/c/privacy" style="color:#999">Consulter ou supprimer mes données</a></p>
        </div></body></html>
        """)
    when = "2026-09-08 09:17:30"
    return message([
        rcv("mail-out.recruitee.com", "198.51.100.201", when, "UTC", "4Rf6Gm0Rtbz2qX"),
        ("From", addr("Maison Verlaine", "maisonverlaine@mail.recruitee.com")),
        ("To", ME_H),
        ("Subject", enc("Merci pour votre candidature – UX/UI Designer – E-shop & Boutiques")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<a3f8c2d17e4b09.61528840@mail.recruitee.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(37), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board digest for Karlsruhe; badges like 'Lädt diese Woche zu Vorstellungsgesprächen ein' and "
           "'Interviewtage: Di & Do' confirm nothing")
def n37() -> bytes:
    body = t("""
        Hallo Élodie,

        8 neue Jobs für „UX Designer" im Umkreis von 50 km um Karlsruhe:

        1) Senior UX Designer (m/w/d) – Nordstern Logistik IT, Karlsruhe
           ✓ Schnellbewerbung · Lädt diese Woche zu Vorstellungsgesprächen ein
        2) Product Designer (m/w/d) – Kraichgau Energie AG, Bruchsal
           Hybrid · 60.000–70.000 €
        3) UX/UI Designer (w/m/d) Automotive – Sitzwerk Solutions, Rastatt
           Interviewtage: Di & Do · Start ab sofort
        4) UX Researcher (m/w/d) – Stadtwerke-Digital Karlsruhe
        5) Digital Designer (m/w/d) – Turmberg Agentur, Karlsruhe-Durlach
        … und 3 weitere Jobs

        Alle Jobs ansehen: https://www.jobwerk-oberrhein.de/suche?q=ux+designer&r=50&loc=Karlsruhe

        Du erhältst diesen Job-Alert täglich. Einstellungen ändern oder abbestellen:
        https://www.jobwerk-oberrhein.de/alerts/abmelden?id=88f1c2

        Jobwerk Oberrhein GmbH · Amalienstraße 30 · 76133 Karlsruhe
        """)
    when = "2026-09-21 06:30:00"
    return message([
        rcv("mailing.jobwerk-oberrhein.de", "203.0.113.230", when, BERLIN, "4RjD5Cz8Wfz4rK", lag=41),
        ("From", addr("Jobwerk Oberrhein", "jobalert@jobwerk-oberrhein.de")),
        ("To", ME),
        ("Subject", enc("8 neue Jobs für „UX Designer“ in Karlsruhe")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<alert.88f1c2.20260921@jobwerk-oberrhein.de>"),
        ("List-Unsubscribe", "<https://www.jobwerk-oberrhein.de/alerts/abmelden?id=88f1c2>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(paras_html(body))))


@mail(n(38), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Design newsletter issue about portfolio interviews, with an example script ('Tuesday at 2pm works') "
           "and a live AMA 'Thursday 12 November at 6pm CET': nothing is confirmed for the reader")
def n38() -> bytes:
    body = t("""
        PIXEL & PROSE – issue #143

        The portfolio interview, decoded

        Hi there,

        Most designers over-prepare the slides and under-prepare the story. This week, three hiring
        managers told us what actually happens in the room:

        1. The first ten minutes decide the tone. Open with the problem, not with your process.
        2. Show one project deeply rather than four superficially.
        3. End with a question about their team, not about salary.

        And when a recruiter writes "Tuesday at 2pm works for the interview – see you then!", reply the
        same day, confirm the time zone and ask who you'll meet. (Yes, people forget.)

        LIVE AMA: "Portfolio reviews from the other side of the table" with Ingrid Sølvberg, Head of
        Design at a Nordic fintech – Thursday 12 November at 6pm CET. Save your seat:
        https://pixelandprose.example.com/ama

        Read the full issue on the web: https://pixelandprose.example.com/143

        You're receiving this because you subscribed at pixelandprose.example.com.
        Unsubscribe: https://pixelandprose.example.com/u/9c1e
        """)
    when = "2026-11-05 07:00:00"
    return message([
        rcv("mta-out-b.mailsender-pp.com", "192.0.2.155", when, "UTC", "4S8nCw4Jzkz6fH", lag=95),
        ("From", addr("Pixel & Prose", "hello@pixelandprose.example.com")),
        ("To", ME),
        ("Subject", "The portfolio interview, decoded (+ live AMA next Thursday)"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<20261105070000.143.9c1e@pixelandprose.example.com>"),
        ("List-Id", "Pixel & Prose <weekly.pixelandprose.example.com>"),
        ("List-Unsubscribe", "<https://pixelandprose.example.com/u/9c1e>, <mailto:unsub-9c1e@pixelandprose.example.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(paras_html(body, "font-family:Georgia,serif;font-size:17px;color:#1a1a1a"))))


@mail(n(39), family="scheduling_link", lang="fr", interview=False, company="Quai 36 Studio",
      note="Greenhouse availability request ('indiquez vos disponibilités' for the week of 16 November): the "
           "candidate has to pick slots, nothing is booked")
def n39() -> bytes:
    body = t("""
        Bonjour Élodie,

        Merci pour votre candidature au poste de Product Designer chez Quai 36 Studio ! Nous aimerions
        organiser un entretien de 45 minutes avec Yasmine (recrutement) et Olivier (Head of Product).

        Merci d'indiquer vos disponibilités pour la semaine du 16 novembre via le lien ci-dessous.
        Nous vous enverrons une invitation dès que nous aurons trouvé un créneau commun.

        Indiquer mes disponibilités :
        https://app.greenhouse.io/availability/4b7e10c3-92af-4d2e-8c51-f06a3b9d2e74

        Merci,
        Yasmine Belkacem
        Quai 36 Studio
        """)
    when = "2026-11-11 13:48:02"
    return message([
        rcv("mail-201-14.us.greenhouse-mail.io", "198.51.100.214", when, "UTC", "4SBq8Xt2Hvz1cL"),
        ("From", addr("Quai 36 Studio", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Yasmine Belkacem", "yasmine.belkacem@quai36.studio")),
        ("To", ME_H),
        ("Subject", enc("Quai 36 Studio – vos disponibilités pour un entretien")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<gh.a81c3e02.9917734.1794318482@us.greenhouse-mail.io>"),
    ], alt(text(body), html(paras_html(body))))


@mail(n(40), family="recruiter_outreach", lang="en", interview=False, company="Brightpath Talent",
      note="Agency recruiter cold outreach (Basel client), asks for a quick call 'next week' and offers a "
           "booking link: no fixed time")
def n40() -> bytes:
    body = t("""
        Hi Élodie,

        I came across your portfolio (the cycling-app case study is great) and wanted to reach out about a
        Senior UX Designer role I'm working on for a medtech client in Basel – hybrid, 2 days on site,
        English-speaking team, CHF 115–130k.

        Would you be open to a quick 15-minute call next week to see if it's a fit? Tuesday or Wednesday
        afternoon usually work well for me, or feel free to grab any slot here:
        https://calendly.com/lars-brightpath/15min

        No pressure at all if the timing's not right.

        Best,
        Lars Oberholzer
        Senior Consultant, Design & Product
        Brightpath Talent · Zurich | Basel
        +41 44 555 19 60
        """)
    when = "2026-09-14 08:52:17"
    return message([
        rcv("mail-zr0che01on2088.outbound.protection.outlook.com", "192.0.2.88", when, ZURICH, "4Rd5Mv7Bnqz9hT"),
        ("From", addr("Lars Oberholzer", "lars.oberholzer@brightpath-talent.ch")),
        ("To", ME),
        ("Subject", enc("Senior UX Designer – medtech, Basel (hybrid)")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<ZR2P278MB0881F3E2D1C0B9A8F7E6D5C4B3A2@ZR2P278MB0881.CHEP278.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(paras_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))))


@mail(n(41), family="doctor", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Medical appointment booking confirmation, lundi 9 novembre 2026 à 8h45, ICS attached: fixed time, "
           "not an interview")
def n41() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Dr Anne Schwartz – Médecin généraliste
        lundi 9 novembre 2026 à 08:45
        Cabinet médical des Contades, 4 rue Sellénick, 67000 Strasbourg

        Motif : Consultation de suivi

        Pensez à vous munir de votre carte Vitale et de votre carte de mutuelle.
        En cas d'empêchement, merci d'annuler au plus tard 24 h à l'avance pour libérer le créneau :
        https://www.medirdv.fr/rdv/8c12f4a0/annuler

        L'équipe MédiRDV
        """)
    ics = vcal("-//MediRDV//Rendez-vous//FR", "PUBLISH", """
        BEGIN:VEVENT
        UID:medirdv-8c12f4a0@medirdv.fr
        DTSTAMP:20261102T111930Z
        DTSTART;TZID=Europe/Paris:20261109T084500
        DTEND;TZID=Europe/Paris:20261109T090000
        SUMMARY:RDV Dr Anne Schwartz – Médecin généraliste
        LOCATION:4 rue Sellénick\\, 67000 Strasbourg
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Paris",))
    when = "2026-11-02 12:19:30"
    return message([
        rcv("smtp-out-2.medirdv.fr", "203.0.113.22", when, PARIS, "4S7vJr5Kcmz3pD"),
        ("From", addr("MédiRDV", "no-reply@medirdv.fr")),
        ("To", ME),
        ("Subject", enc("Rendez-vous confirmé – Dr Anne Schwartz – lun. 9 nov. à 08:45")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv.8c12f4a0.confirm@medirdv.fr>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, method="PUBLISH", filename="rendez-vous.ics", disposition="attachment",
                      cte="base64")))


@mail(n(42), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Property manager in Karlsruhe confirms a flat viewing on 'Samstag, 14. November 2026, 11:00 Uhr' "
           "(iso-8859-1, QP): fixed time, not an interview")
def n42() -> bytes:
    body = t("""
        Sehr geehrte Frau Muller,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Kaiserallee 27 (3. OG links, 78 m²).

        Hiermit bestätigen wir Ihnen den Besichtigungstermin am Samstag, 14. November 2026, um
        11:00 Uhr. Herr Yilmaz (Hausmeister) erwartet Sie vor dem Hauseingang.

        Bitte bringen Sie zur Besichtigung folgende Unterlagen mit:
        - Selbstauskunft (Formular im Anhang unserer letzten E-Mail)
        - Einkommensnachweise der letzten drei Monate bzw. Arbeitsvertrag
        - Mietschuldenfreiheitsbescheinigung

        Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis Freitag, 12 Uhr, ab.

        Mit freundlichen Grüßen

        Hausverwaltung Weiß & Partner
        Sabine Weiß
        Moltkestraße 8, 76133 Karlsruhe
        Tel. 0721 555 6120
        """)
    when = "2026-11-10 15:03:44"
    return message([
        rcv("mout.kundenserver.de", "192.0.2.126", when, BERLIN, "4S9jTc0Qxpz2mR"),
        ("From", addr("Hausverwaltung Weiß & Partner", "info@hv-weiss-partner.de", "iso-8859-1")),
        ("To", addr("Élodie Muller", ME, "iso-8859-1")),
        ("Subject", enc("Bestätigung Besichtigungstermin Kaiserallee 27, 3. OG links", "iso-8859-1")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<000a01dc5271$3f8e2b10$beaa8130$@hv-weiss-partner.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(n(43), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School parents' evening slot from the school's digital workspace, 'entretien individuel' jeudi 19 "
           "novembre à 17h40 (15 min) with the class teacher: fixed time, 'entretien', not a job interview")
def n43() -> bytes:
    body = t("""
        Madame Muller,

        Votre créneau pour les entretiens individuels parents-enseignants est confirmé :

        Élève : Lina MULLER – CE2 B
        Enseignante : Mme Roth
        Date : jeudi 19 novembre 2026
        Heure : 17h40 – 17h55
        Salle : 12 (bâtiment principal, 1er étage)

        Merci de vous présenter quelques minutes avant l'heure prévue ; les entretiens s'enchaînent et
        ne pourront pas être prolongés.

        École élémentaire du Neudorf – 10 rue du Lazaret, 67100 Strasbourg

        Message envoyé via l'ENT École numérique 67. Ne pas répondre.
        """)
    when = "2026-11-13 18:22:05"
    return message([
        rcv("smtp.ent-ecole67.fr", "198.51.100.67", when, PARIS, "4SCz9Hq3Wtz8bV"),
        ("From", addr("ENT École numérique 67", "ne-pas-repondre@ent-ecole67.fr")),
        ("To", ME),
        ("Subject", enc("Rencontres parents-enseignants : votre créneau est confirmé")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<ent67.rdvparents.771204.1794590525@ent-ecole67.fr>"),
    ], alt(text(body), html(paras_html(body))))


@mail(n(44), family="interviewer_request", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Her current manager's Outlook meeting request adding her to the interview panel for a UI designer "
           "candidate, jeudi 26 novembre 14:00-15:00 (ICS): a confirmed job interview, but Élodie is the "
           "interviewer, not the candidate; company null (her own employer, not a hiring company for her)")
def n44() -> bytes:
    body = t("""
        Salut Élodie,

        Comme on en a parlé en 1:1, je t'ajoute au jury d'entretien pour le poste de UI Designer : on reçoit Paul Mercier jeudi 26 à 14h, salle Vosges. Tu peux te concentrer sur la partie portfolio / design system, je m'occupe du reste avec Nora (RH).

        Je t'envoie l'invit sur ta boîte perso vu que ton compte pro est bloqué pendant tes congés, je la renverrai sur l'agenda pro lundi.

        Merci !
        Seb

        Sébastien Klein
        Responsable Expérience Digitale – Mutuelle Vosges-Rhin
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Klein Sébastien:mailto:sebastien.klein@mvr-mutuelle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Muller:mailto:elodie.muller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Haddadi Nora:mailto:nora.haddadi@mvr-mutuelle.fr
        UID:040000008200E00074C5B7101A82E008000000005A1B9E3C7F8CDD01000000000000000010000000F1E2D3C4B5A69788A9B0C1D2E3F4A5B6
        SUMMARY;LANGUAGE=fr-FR:Jury entretien – UI Designer – Paul Mercier
        DTSTART;TZID=Romance Standard Time:20261126T140000
        DTEND;TZID=Romance Standard Time:20261126T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T163012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Vosges (2e étage)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """).replace("CALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + t("""
        BEGIN:VTIMEZONE
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
        END:VTIMEZONE
        """))
    when = "2026-11-19 17:30:12"
    return message([
        rcv("mail-pr3fra01on2130.outbound.protection.outlook.com", "192.0.2.130", when, PARIS, "4SGz2Vb8Lmz4kD"),
        ("From", addr("Klein Sébastien", "sebastien.klein@mvr-mutuelle.fr")),
        ("To", ME_H),
        ("Subject", enc("Jury entretien – UI Designer – Paul Mercier")),
        ("Thread-Topic", enc("Jury entretien – UI Designer – Paul Mercier")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PR3P192MB0925F1E2D3C4B5A69788A9B0C1D2@PR3P192MB0925.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(45), family="webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Webinar registration 'Souverän im Vorstellungsgespräch', Donnerstag, 3. Dezember 2026, 18:00-19:30 "
           "Uhr, with ICS: a confirmed time about job interviews, but a webinar")
def n45() -> bytes:
    body = t("""
        Hallo Élodie Muller,

        vielen Dank für Ihre Anmeldung! Hier sind Ihre Zugangsdaten:

        Live-Webinar: Souverän im Vorstellungsgespräch – die 12 häufigsten Fragen und wie Sie
        überzeugend antworten
        Donnerstag, 3. Dezember 2026, 18:00 – 19:30 Uhr (MEZ)
        Referentin: Dr. Katrin Albrecht, Karrierecoach

        Teilnahmelink: https://karriereforum-baden.de/live/vg-1203?key=e81c4d

        Die Aufzeichnung schicken wir allen Angemeldeten am Folgetag.

        Viel Erfolg bei Ihrer Jobsuche!
        Ihr Team vom Karriereforum Baden

        Sie erhalten diese E-Mail, weil Sie sich für ein Webinar angemeldet haben.
        Newsletter abbestellen: https://karriereforum-baden.de/abmelden?u=e81c4d
        """)
    ics = vcal("-//Karriereforum Baden//Webinare//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:kfb-webinar-vg-1203@karriereforum-baden.de
        DTSTAMP:20261126T090000Z
        DTSTART;TZID=Europe/Berlin:20261203T180000
        DTEND;TZID=Europe/Berlin:20261203T193000
        SUMMARY:Live-Webinar: Souverän im Vorstellungsgespräch
        LOCATION:https://karriereforum-baden.de/live/vg-1203?key=e81c4d
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=("Europe/Berlin",))
    when = "2026-11-26 10:00:14"
    return message([
        rcv("mx-out.cleverreach-mail.de", "203.0.113.77", when, BERLIN, "4SJ8nQf1Rwz7cT"),
        ("From", addr("Karriereforum Baden", "webinare@karriereforum-baden.de")),
        ("To", ME),
        ("Subject", enc("Ihre Anmeldung: Souverän im Vorstellungsgespräch (3. Dezember, 18 Uhr)")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<kfb.vg-1203.reg.e81c4d@karriereforum-baden.de>"),
        ("List-Unsubscribe", "<https://karriereforum-baden.de/abmelden?u=e81c4d>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                      cte="base64")))


@mail(n(46), family="auto_reply", lang="de", interview=False, company="Albtal Systems GmbH",
      days=(("Fri", "2026-10-09"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Albtal Systems recruiter, to "
           "Élodie's answer to the proposed slots: absent until 9 October, so nothing is confirmed")
def n46() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 9. Oktober, nicht im Büro und habe in dieser Zeit keinen
        Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team: bewerbung@albtal-systems.de.

        Mit freundlichen Grüßen
        Kerstin Vogt
        """)
    when = "2026-10-02 08:03:29"
    return message([
        rcv("mail-fr2deu01on2102.outbound.protection.outlook.com", "192.0.2.102", when, BERLIN, "4RqX4Ld9Cbz0vM"),
        ("From", addr("Vogt Kerstin", "kerstin.vogt@albtal-systems.de")),
        ("To", ME_H),
        ("Subject", enc("Automatische Antwort: AW: Ihr Vorstellungsgespräch – Terminvorschlag")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<FR2P281MB2207B7D6E5F4A3B2C1D0E9F8A7B6@FR2P281MB2207.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<9d2e6f13-7a4b-4c8e-b1d0-5e3f2a7c9b84@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ], text(body))


@mail(n(47), family="mailing_list_meetup", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Local UX mailing-list announcement of meetup #42, mardi 8 décembre à 19h, talk on 'entretiens "
           "utilisateurs' (user interviews): a fixed time and the word 'entretien', not a job interview")
def n47() -> bytes:
    body = t("""
        Hello la communauté !

        Le prochain meetup UX Strasbourg (#42) aura lieu mardi 8 décembre à 19h chez Shadok (25 presqu'île André Malraux), grâce à nos hôtes de la Médiathèque.

        Au programme :
        - 19h15 « Mener des entretiens utilisateurs quand on n'a ni temps ni budget » – Karine Oster
        - 19h45 « Du design system au code : retour d'expérience » – Mehdi Laroussi
        - 20h15 apéro / flammekueche 🥨

        Inscription (gratuite mais obligatoire, 60 places) : https://meetup.example.com/ux-strasbourg/42

        On cherche toujours des speakers pour février, répondez-moi directement si ça vous tente !

        Julie, pour l'équipe UX Strasbourg

        _______________________________________________
        ux-strasbourg mailing list
        ux-strasbourg@lists.ux-alsace.org
        https://lists.ux-alsace.org/listinfo/ux-strasbourg
        """)
    when = "2026-11-30 12:05:51"
    return message([
        rcv("lists.ux-alsace.org", "198.51.100.33", when, PARIS, "4SKn0Gv5Thz1wB"),
        ("From", addr("Julie Wendling via ux-strasbourg", "ux-strasbourg@lists.ux-alsace.org")),
        ("Reply-To", addr("Julie Wendling", "julie.wendling@example.net")),
        ("To", "ux-strasbourg@lists.ux-alsace.org"),
        ("Subject", enc("[ux-strasbourg] Meetup #42 – mardi 8 décembre : entretiens utilisateurs & design system")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<7f1c2e9a-3b4d-4a5e-8c6f-0d1e2f3a4b5c@example.net>"),
        ("List-Id", "UX Strasbourg <ux-strasbourg.lists.ux-alsace.org>"),
        ("List-Post", "<mailto:ux-strasbourg@lists.ux-alsace.org>"),
        ("List-Unsubscribe", "<https://lists.ux-alsace.org/options/ux-strasbourg>, "
                             "<mailto:ux-strasbourg-request@lists.ux-alsace.org?subject=unsubscribe>"),
        ("Precedence", "list"),
        ("Sender", '"ux-strasbourg" <ux-strasbourg-bounces@lists.ux-alsace.org>'),
    ], text(body, cte="8bit"))


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Postfix bounce (multipart/report) of Élodie's own reply confirming 'jeudi 19 novembre à 16h', sent "
           "to a mistyped domain; the returned message is hers, the mail is a delivery failure, not a "
           "confirmation from an employer")
def n48() -> bytes:
    orig_when = "2026-11-14 09:30:58"
    original = message([
        ("Return-Path", f"<{ME}>"),
        ("From", ME_H),
        ("To", addr("Inès Garnier", "ines.garnier@canut-logicels.fr")),
        ("Subject", enc("Re: Entretien vidéo – UX Designer (Lyon ou remote)")),
        ("Date", date(orig_when, PARIS)),
        ("Message-ID", "<b5d1e8a2-4c7f-49b0-a3e6-2f9c0d7b1a58@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Bonjour Inès,

        Je vous confirme ma présence jeudi 19 novembre à 16h pour l'entretien vidéo. Y a-t-il quelque
        chose à préparer en particulier ?

        Bien à vous,
        Élodie Muller
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ines.garnier@canut-logicels.fr>: Host or domain name not found. Name service
            error for name=canut-logicels.fr type=AAAA: Host not found
        """)
    status = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4SCq7Nt0Ydz5rW
        X-Postfix-Sender: rfc822; elodie.muller@example.org
        Arrival-Date: Sat, 14 Nov 2026 09:31:00 +0100 (CET)

        Final-Recipient: rfc822; ines.garnier@canut-logicels.fr
        Original-Recipient: rfc822;ines.garnier@canut-logicels.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=canut-logicels.fr type=AAAA: Host not found
        """))
    report = mixed(text(notice, charset="us-ascii", cte="7bit",
                        extra=(("Content-Description", "Notification"),)),
                   status, attached_message(original))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed",
                                                                    "multipart/report; report-type=delivery-status"))]
    when = "2026-11-14 09:31:01"
    return message([
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261114083101.6A2E41C0093@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(49), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Bank adviser appointment (HTML only, base64), mardi 1er décembre 2026 à 12h15, about a mortgage "
           "simulation: fixed time, 'entretien' with an adviser, not a job interview")
def n49() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Votre rendez-vous</title></head>
        <body style="margin:0;background:#eef2f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
        <table width="580" cellpadding="20" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1d2a35">
        <tr><td style="background:#004b87;color:#fff;font-size:17px">Crédit Rhénan · Votre banque en Alsace</td></tr>
        <tr><td>
        <p>Bonjour Madame Muller,</p>
        <p>Nous vous confirmons votre entretien avec votre conseiller, <b>M. Thierry Grussenmeyer</b>&nbsp;:</p>
        <p style="border-left:4px solid #004b87;padding-left:12px">
        <b>Mardi 1er décembre 2026 à 12h15</b><br>
        Agence Strasbourg Esplanade – 3 boulevard de la Victoire<br>
        Objet : simulation de prêt immobilier</p>
        <p>Pour gagner du temps, pensez à apporter vos trois derniers bulletins de salaire (ou attestation
        de droits), votre dernier avis d'imposition et vos relevés de compte des trois derniers mois.</p>
        <p>Un empêchement&nbsp;? Modifiez votre rendez-vous depuis votre espace client ou au 03 88 55 90 00.</p>
        <p>À bientôt,<br>Votre agence Crédit Rhénan</p>
        <p style="font-size:11px;color:#7a8792">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    when = "2026-11-24 11:12:40"
    return message([
        rcv("mail-notif.credit-rhenan.fr", "203.0.113.189", when, PARIS, "4SHn5Kf2Tmz9wC"),
        ("From", addr("Crédit Rhénan", "ne-pas-repondre@credit-rhenan.fr")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous du 01/12/2026")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv.0112.1215.771203@credit-rhenan.fr>"),
    ], html(page, cte="base64"))


@mail(n(50), family="post_interview", lang="de", interview=False, company="Dreisam Digital GmbH",
      days=(("Fri", "2026-12-11"),),
      note="Hiring manager's thank-you the day after the Dreisam Digital interview (thread with the JOIN "
           "confirmation): 'wir melden uns bis Freitag, 11.12.', nothing to schedule")
def n50() -> bytes:
    body = t("""
        Hi Élodie,

        danke dir für deine Nachricht – und nochmal für das richtig gute Gespräch gestern! Ayşe und ich waren beide begeistert von deinem Case zur Ladeinfrastruktur-App.

        Wir sprechen diese Woche noch mit zwei weiteren Leuten und melden uns spätestens am Freitag, 11.12., bei dir. Wenn du in der Zwischenzeit Fragen zum Team oder zur Rolle hast, schreib mir einfach.

        Liebe Grüße aus Freiburg
        Felix

        Am Mo., 30. Nov. 2026 um 18:12 Uhr schrieb Élodie Muller <elodie.muller@example.org>:
        > Hallo Felix,
        >
        > vielen Dank für das Gespräch heute Vormittag, das hat mir sehr viel Spaß gemacht. Ich freue mich, von euch zu hören!
        >
        > Viele Grüße
        > Élodie
        """)
    when = "2026-12-01 17:20:36"
    return message([
        rcv("mail-ed1-f53.google.com", "209.85.208.53", when, BERLIN, "4SL0wTm6Kbz3nF"),
        ("From", addr("Felix Braun", "felix.braun@dreisam-digital.de")),
        ("To", ME_H),
        ("Subject", enc("Re: Danke für das Gespräch")),
        ("Date", date(when, BERLIN)),
        ("Message-ID", "<CAF3nW0sQ8xZp2Lm5Rk9Tv1Yb4Dc7Ge0Hj6Ua3Io=@mail.gmail.com>"),
        ("In-Reply-To", "<6c0e9b47-2f81-4d3a-a5c9-8e1b7d4f0a26@example.org>"),
        ("References", "<6c0e9b47-2f81-4d3a-a5c9-8e1b7d4f0a26@example.org>"),
    ], alt(text(body), html(gmail_html(body))))
