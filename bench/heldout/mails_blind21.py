"""blind21: 50 hand-written mails from the inbox of Giulia Meier <giulia.meier@example.ch>, a
mechanical / robotics engineer in Zürich looking for a new job (Zürich, Basel, Bern, Geneva,
Lausanne, Lugano, Munich, Vienna, Milan, Lyon and a remote US role).

Written blind: without reading the detector, its tests, the other held-out mail files or sets.
Keys 1-24 are the positives, 25-50 the negatives, in writing order; the file numbers are a fixed
shuffle of the keys (ORDER below). All companies, people and company domains are fictional.
"""

from __future__ import annotations

import html as _html
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
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind21"
ORDER = random.Random(21021).sample(range(1, 51), 50)
ME = "giulia.meier@example.ch"
ME_TO = addr("Giulia Meier", ME)

make.REGISTRY.setdefault(SET, [])


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def heads(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_TO,
          charset: str = "utf-8", pre: tuple = (), post: tuple = ()) -> list[tuple[str, str]]:
    hs = list(pre)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(post)
    return hs


def outlook_html(body: str, lang: str = "DE-CH", charset: str = "utf-8") -> str:
    """A plain body as the HTML twin Outlook writes (one MsoNormal paragraph per line)."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
           f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
           '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>',
           f'</head><body lang="{lang}" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for line in body.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{_html.escape(line) if line else "&nbsp;"}</p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    paras = [p for p in body.rstrip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n{inner}\n</body></html>\n'


# --------------------------------------------------------------------------- calendar data

ZURICH_VTZ = """BEGIN:VTIMEZONE
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

LA_VTZ = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

WEST = "W. Europe Standard Time"


def vcal(*, prodid: str, method: str | None, tzid: str, vtz: str, start: str, end: str, uid: str,
         stamp: str, summary: str, organizer: str, attendees: list[str], seq: int = 0,
         status: str | None = "CONFIRMED", location: str | None = None, description: str | None = None,
         extra: tuple[str, ...] = (), cal_extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(cal_extra)
    lines += vtz.split("\n")
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
              f"DTSTAMP:{stamp}", organizer, f"UID:{uid}"]
    lines += attendees
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"SEQUENCE:{seq}"]
    if status:
        lines.append(f"STATUS:{status}")
    lines += [f"SUMMARY:{summary}", "TRANSP:OPAQUE"]
    lines += list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def exchange_ics(*, method: str, start: str, end: str, uid: str, stamp: str, summary: str,
                 org_cn: str, org: str, others: tuple[tuple[str, str], ...] = (), seq: int = 0,
                 location: str = "", description: str = "", lang: str = "de-CH",
                 cancel: bool = False, me: str = ME) -> str:
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"]
    lines += VTZ[WEST].split("\n")
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_cn}:mailto:{org}"]
    lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Giulia Meier:mailto:{me}")
    for cn, a in others:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}")
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE={lang}:{description}")
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{summary}",
              f"DTSTART;TZID={WEST}:{start}", f"DTEND;TZID={WEST}:{end}",
              "CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1", f"DTSTAMP:{stamp}",
              "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}"]
    if location:
        lines.append(f"LOCATION;LANGUAGE={lang}:{location}")
    lines += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def exchange_heads(topic: str, index: str, lang: str = "de-CH") -> tuple:
    return (("Thread-Topic", enc(topic)), ("Thread-Index", index), ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))


# =========================================================================== positives


@mail(name(1), family="personio", lang="de-CH", interview=True, kind="scheduled",
      start="2026-07-14T08:00:00Z", end="2026-07-14T09:00:00Z", contact="sandra.keller@limmat-robotics.ch",
      company="Limmat Robotics AG", local="Tue 2026-07-14 10:00", local_end="2026-07-14 11:00",
      zone="Europe/Zurich",
      note="Personio slot confirmation 'Di, 14.07.2026, 10.00 – 11.00 Uhr' in Zürich, July = CEST "
           "(UTC+2) -> 08:00-09:00Z; ICS Europe/Zurich agrees; contact = human Reply-To (sender is Personio no-reply)")
def p01() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Vielen Dank, dass Sie sich so rasch einen Termin ausgesucht haben. Hiermit bestätigen wir
        Ihr Vorstellungsgespräch für die Stelle «Entwicklungsingenieur/in Motion Control (80–100 %)».

        Datum:   Di, 14.07.2026
        Zeit:    10.00 – 11.00 Uhr
        Ort:     Limmat Robotics AG, Hohlstrasse 610, 8048 Zürich
                 (Eingang Werkhalle B, Empfang im 2. OG)

        Sie treffen:
        – Sandra Keller, HR Business Partner
        – Dr. Beat Rüegg, Head of Motion Control

        Bringen Sie gerne Unterlagen zu einem Projekt mit, auf das Sie besonders stolz sind. Ein
        Bildschirm mit HDMI-Anschluss steht im Raum bereit.

        Sollte Ihnen etwas dazwischenkommen, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüsse

        Sandra Keller
        Limmat Robotics AG

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    ics = vcal(prodid="-//Personio GmbH//Recruiting Events//DE", method="REQUEST", tzid="Europe/Zurich",
               vtz=ZURICH_VTZ, start="20260714T100000", end="20260714T110000",
               uid="rec-event-8812734@personio.de", stamp="20260709T122300Z",
               summary="Vorstellungsgespräch Limmat Robotics AG – Giulia Meier",
               organizer="ORGANIZER;CN=Sandra Keller:mailto:sandra.keller@limmat-robotics.ch",
               attendees=[f"ATTENDEE;CN=Giulia Meier;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}"],
               location="Limmat Robotics AG\\, Hohlstrasse 610\\, 8048 Zürich")
    body_part = alt(text(body), html(simple_html(body)))
    return message(heads(addr("Limmat Robotics AG", "noreply@jobs.personio.de"),
                         "Bestätigung Ihres Vorstellungsgesprächs bei Limmat Robotics AG",
                         "2026-07-09 14:23", "Europe/Zurich",
                         "<0102019a7c3e8f21-4c1d7a0e-9b3f-4e8a-a1d2-5f0c77e31b90-000000@eu-central-1.amazonses.com>",
                         pre=(("Received", received("from a27-14.smtp-out.eu-central-1.amazonses.com", "2026-07-09 14:23", "Europe/Zurich", "mx1.example.ch", ME)),),
                         post=(("Reply-To", addr("Sandra Keller", "sandra.keller@limmat-robotics.ch")),)),
                   mixed(body_part, calendar(ics, method="REQUEST", cte="base64", filename="Vorstellungsgespraech.ics",
                                             disposition="attachment", name_param=True)))


@mail(name(2), family="exchange", lang="de-CH", interview=True, kind="scheduled",
      start="2026-03-30T07:00:00Z", end="2026-03-30T08:00:00Z", contact="nadine.huber@rheinkern.ch",
      company="Rheinkern Pharma AG", local="Mon 2026-03-30 09:00", local_end="2026-03-30 10:00",
      zone="Europe/Zurich",
      note="Exchange meeting request sent Wed 25 Mar (CET, UTC+1) for Mon 30 Mar 09:00-10:00 Basel; Europe "
           "switched to CEST on Sun 29 Mar, so 09:00 = 07:00Z although the Outlook 'Wann:' label shows "
           "'(UTC+01:00) Amsterdam, Berlin, Bern...'; ICS TZID W. Europe Standard Time agrees; contact = organizer/sender")
def p02() -> bytes:
    body = t("""
        Wann: Montag, 30. März 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Basel, Bau 41, Sitzungszimmer Birs

        *~*~*~*~*~*~*~*~*~*

        Grüezi Frau Meier

        Wie am Telefon besprochen, erhalten Sie hiermit die Einladung für Ihr Gespräch bei uns am
        kommenden Montag. Dabei sind Dr. Felix Gasser (Leiter Automation Solid Dosage) und ich.

        Bitte melden Sie sich 10 Minuten vorher am Empfang von Bau 41 (Eingang Mauerstrasse) mit
        einem amtlichen Ausweis – wir holen Sie dort ab.

        Noch ein kleiner Hinweis, weil es jedes Jahr für Verwirrung sorgt: In der Nacht auf Sonntag
        werden die Uhren auf Sommerzeit umgestellt. Gemeint ist 09.00 Uhr Schweizer Zeit am Montag.

        Freundliche Grüsse

        Nadine Huber
        Talent Acquisition Partner
        Rheinkern Pharma AG | Mauerstrasse 17 | 4058 Basel
        T +41 61 555 48 20
        """)
    ics = exchange_ics(method="REQUEST", start="20260330T090000", end="20260330T100000",
                       uid="040000008200E00074C5B7101A82E00800000000F0A1C2D3B4BCDC0100000000000000001000000077A1E9C3C2B4AF4D9E2C0C21F3B9A6E1",
                       stamp="20260325T154100Z",
                       summary="Vorstellungsgespräch Giulia Meier – Automation Engineer",
                       org_cn="Huber Nadine", org="nadine.huber@rheinkern.ch",
                       others=(("Gasser Felix", "felix.gasser@rheinkern.ch"),),
                       location="Basel\\, Bau 41\\, Sitzungszimmer Birs")
    return message(heads(addr("Huber Nadine", "nadine.huber@rheinkern.ch"),
                         "Vorstellungsgespräch Giulia Meier – Automation Engineer",
                         "2026-03-25 16:41", "Europe/Zurich",
                         "<ZR0P278MB0671B2F1C3A0E7A4D1A6C9E5B7A20@ZR0P278MB0671.CHEP278.PROD.OUTLOOK.COM>",
                         post=exchange_heads("Vorstellungsgespräch Giulia Meier – Automation Engineer",
                                             "AQHcvDv0p5mLxqG8Rz2bYVh1nC3Tpw==")),
                   alt(text(body), html(outlook_html(body)),
                       calendar(ics, method="REQUEST", cte="base64")))


@mail(name(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T15:00:00Z", end="2026-03-19T15:45:00Z", contact="kayla.brennan@brightlinemotion.com",
      company="Brightline Motion Inc.", local="Thu 2026-03-19 11:00", local_end="2026-03-19 11:45",
      zone="America/New_York",
      note="Greenhouse confirmation 'Thursday, March 19, 11:00 AM - 11:45 AM Eastern'; US on EDT since 8 Mar "
           "(UTC-4) -> 15:00-15:45Z; Zürich still on CET so the recruiter's '4:00 PM for you' is consistent "
           "(US/EU DST gap); ICS America/New_York agrees; contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Giulia,

        Thanks for getting back to us so quickly! Your interview is confirmed. Here are the details:

        Senior Robotics Engineer (Remote, EMEA)
        Thursday, March 19, 2026
        11:00 AM - 11:45 AM Eastern Time (US & Canada)

        Video call: https://brightlinemotion.zoom.us/j/84120957713
        Meeting ID: 841 2095 7713

        Interviewers:
        Marcus Lindqvist, Staff Engineer, Controls
        Dana Okafor, Engineering Manager, Actuation

        A quick note from Kayla:
        Heads up that the US switched to daylight saving last weekend while Europe only changes on
        the 29th, so for these two weeks we're 5 hours apart instead of 6. This one lands at
        4:00 PM your time in Zurich.

        If anything changes on your end, just reply to this email and it will come straight to me.

        Best,
        Kayla Brennan
        Technical Recruiter, Brightline Motion

        Sent via Greenhouse
        """)
    ics = vcal(prodid="-//Greenhouse//Greenhouse Scheduler//EN", method="REQUEST", tzid="America/New_York",
               vtz=VTZ["America/New_York"], start="20260319T110000", end="20260319T114500",
               uid="gh-interview-55190231-2@greenhouse.io", stamp="20260313T141200Z",
               summary="Interview: Giulia Meier <> Brightline Motion (Senior Robotics Engineer)",
               organizer="ORGANIZER;CN=Kayla Brennan:mailto:kayla.brennan@brightlinemotion.com",
               attendees=[f"ATTENDEE;CN=Giulia Meier;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
                          "ATTENDEE;CN=Marcus Lindqvist;PARTSTAT=ACCEPTED:mailto:marcus.lindqvist@brightlinemotion.com",
                          "ATTENDEE;CN=Dana Okafor;PARTSTAT=ACCEPTED:mailto:dana.okafor@brightlinemotion.com"],
               location="https://brightlinemotion.zoom.us/j/84120957713")
    return message(heads(addr("Brightline Motion", "no-reply@us.greenhouse-mail.io"),
                         "Interview Confirmation: Senior Robotics Engineer (Remote, EMEA)",
                         "2026-03-13 10:12", "America/New_York",
                         "<a1d94c0e7b3f.20260313141207.3348@us.greenhouse-mail.io>",
                         post=(("Reply-To", addr("Kayla Brennan", "kayla.brennan@brightlinemotion.com")),)),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                                  disposition="attachment")))


@mail(name(4), family="umantis", lang="de-CH", interview=True, kind="scheduled",
      start="2026-04-22T12:00:00Z", end=None, contact="rahel.zbinden@aarewerk.ch",
      company="Aarewerk Energie AG", local="Wed 2026-04-22 14:00", zone="Europe/Zurich",
      note="Abacus Umantis mail (iso-8859-1, QP) confirming the phoned-in date 'Mittwoch, 22. April 2026, "
           "14.00 Uhr' in Bern; April = CEST -> 12:00Z; 'ca. 90 Minuten' is approximate -> end null; "
           "sender is the Umantis no-reply, contact = HR partner's address in the body")
def p04() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier

        Besten Dank für das angenehme Telefonat von heute Morgen. Wie vereinbart bestätigen wir Ihnen
        gerne den Termin für das persönliche Gespräch zur Stelle «Ingenieurin/Ingenieur
        Anlagenautomation (80-100%)»:

        Datum / Zeit:   Mittwoch, 22. April 2026, 14.00 Uhr
        Ort:            Aarewerk Energie AG, Schermenweg 40, 3014 Bern, Hauptgebäude, Empfang
        Gesprächsteilnehmende:
                        Herr Urs Jenni, Leiter Anlagenautomation
                        Frau Rahel Zbinden, HR Business Partnerin

        Das Gespräch dauert ca. 90 Minuten. Besucherparkplätze sind leider keine vorhanden; ab dem
        Bahnhof Bern erreichen Sie uns mit dem Tram Nr. 9 (Haltestelle Wankdorf Center).

        Bei Fragen erreichen Sie Frau Zbinden unter Tel. +41 31 555 12 40 oder per E-Mail an
        rahel.zbinden@aarewerk.ch.

        Wir freuen uns auf Sie.

        Freundliche Grüsse

        Aarewerk Energie AG
        Human Resources

        Bitte antworten Sie nicht auf diese E-Mail. Sie wurde automatisch aus unserem
        Bewerbermanagement-System (Abacus Umantis) generiert.
        """)
    return message(heads(addr("Aarewerk Energie AG", "noreply@umantis.com"),
                         "Einladung zum Gespräch: Ingenieurin/Ingenieur Anlagenautomation (80-100%)",
                         "2026-04-15 09:05", "Europe/Zurich", "<umantis.1776236700.47113.aarewerk@app.umantis.com>",
                         charset="iso-8859-1"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(5), family="workday", lang="fr-CH", interview=True, kind="scheduled",
      start="2026-05-12T12:30:00Z", end="2026-05-12T13:30:00Z", contact="camille.rochat@saleve-instruments.ch",
      company="Salève Instruments SA", local="Tue 2026-05-12 14:30", local_end="2026-05-12 15:30",
      zone="Europe/Zurich",
      note="Workday HTML-only (base64) confirmation 'mardi 12 mai 2026, 14h30 – 15h30 (heure de Genève)'; "
           "May = CEST -> 12:30-13:30Z; Workday tenant address is a system mailbox, contact = recruiter address in the body")
def p05() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Salève Instruments</title></head>
        <body style="margin:0;background:#f2f4f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2933">
        <tr><td style="background:#0b3d5c;color:#ffffff;font-size:18px">Salève Instruments SA &ndash; Carrières</td></tr>
        <tr><td>
        <p>Bonjour Giulia,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Ingénieur·e R&amp;D Mécatronique (R-10482)</b>.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#52606d">Date</td><td>mardi 12 mai 2026</td></tr>
        <tr><td style="color:#52606d">Heure</td><td>14h30 &ndash; 15h30 (heure de Genève)</td></tr>
        <tr><td style="color:#52606d">Lieu</td><td>Chemin du Pont-du-Centenaire 112, 1228 Plan-les-Ouates, bâtiment C, réception</td></tr>
        <tr><td style="color:#52606d">Avec</td><td>Camille Rochat (Talent Acquisition) et Olivier Berthoud (responsable R&amp;D)</td></tr>
        </table>
        <p>Merci de vous munir d&rsquo;une pièce d&rsquo;identité ; un badge visiteur vous sera remis à l&rsquo;accueil.
        Le parking visiteurs se trouve devant le bâtiment A.</p>
        <p>Pour toute question ou en cas d&rsquo;empêchement, écrivez directement à Camille Rochat :
        <a href="mailto:camille.rochat@saleve-instruments.ch">camille.rochat@saleve-instruments.ch</a>.</p>
        <p>Au plaisir de vous rencontrer,<br>L&rsquo;équipe Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#7b8794">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(heads(addr("Salève Instruments", "saleve@myworkday.com"),
                         "Confirmation de votre entretien – Ingénieur·e R&D Mécatronique",
                         "2026-05-05 11:20", "Europe/Zurich",
                         "<1778059200123.7.saleve.wd5.myworkday.com@myworkday.com>"),
                   html(body, cte="base64"))


@mail(name(6), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start="2026-09-24T08:00:00Z", end=None, contact="julien.favre@lemanic-motion.ch",
      company="Lémanic Motion Sàrl", local="Thu 2026-09-24 10:00", zone="Europe/Zurich",
      note="Prose 'demain, jeudi, à 10h00' resolved against Date Wed 23 Sep 2026 07:55 (+0200) -> Thu 24 Sep "
           "10:00 CEST = 08:00Z; 'environ une heure' -> end null; windows-1252 QP; contact = sender")
def p06() -> bytes:
    body = t("""
        Bonjour Madame Meier,

        Comme convenu hier au téléphone, je vous confirme notre rendez-vous de demain, jeudi, à
        10h00 dans nos locaux de Renens (rue de Lausanne 64, 2e étage, sonnez chez « Lémanic Motion »).

        Nous serons trois : Sophie Dubath, notre responsable production, Karim Benali de l'équipe
        contrôle-commande et moi-même. Comptez environ une heure ; si vous avez le temps ensuite, je
        vous ferai volontiers visiter l'atelier où nous assemblons les axes linéaires.

        Depuis la gare de Renens, c'est à cinq minutes à pied. En cas de souci le matin même, mon
        portable : +41 79 555 31 08.

        Au plaisir de faire votre connaissance,

        Julien Favre
        Directeur technique
        Lémanic Motion Sàrl
        """)
    return message(heads(addr("Julien Favre", "julien.favre@lemanic-motion.ch"),
                         "Notre entretien de demain", "2026-09-23 07:55", "Europe/Zurich",
                         "<5f1c2a77-0b3e-4d88-9a5e-0c4e2fb1d7a3@lemanic-motion.ch>",
                         post=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                   text(body, charset="windows-1252", cte="quoted-printable"))


@mail(name(7), family="teamtailor", lang="it-CH", interview=True, kind="scheduled",
      start="2026-06-08T07:30:00Z", end="2026-06-08T08:30:00Z", contact="chiara.bernasconi@ceresio-mecca.ch",
      company="Ceresio Meccatronica SA", local="Mon 2026-06-08 09:30", local_end="2026-06-08 10:30",
      zone="Europe/Zurich",
      note="Teamtailor confirmation in Italian 'lunedì 8 giugno 2026, 09:30–10:30 (ora dell'Europa centrale)' "
           "in Manno TI; June = CEST -> 07:30-08:30Z; ICS Europe/Zurich agrees; contact = Reply-To recruiter")
def p07() -> bytes:
    body = t("""
        Ciao Giulia,

        il tuo colloquio per la posizione di Ingegnere/a meccatronico/a è confermato. 🎉

        Quando: lunedì 8 giugno 2026, 09:30–10:30 (ora dell'Europa centrale)
        Dove: Ceresio Meccatronica SA, Via Cantonale 18, 6928 Manno – chiedi di Chiara alla reception
        Con chi: Chiara Bernasconi (HR) e Ing. Davide Pedrazzini (capo progetto automazione)

        Il colloquio si terrà in italiano, con una parte tecnica in inglese. Se arrivi in treno,
        la fermata più vicina è Lamone-Cadempino, poi una decina di minuti a piedi.

        Hai domande? Rispondi pure a questa e-mail.

        A presto!
        Chiara
        Ceresio Meccatronica SA

        Inviato con Teamtailor
        """)
    ics = vcal(prodid="-//Teamtailor//Interview//EN", method="REQUEST", tzid="Europe/Zurich",
               vtz=ZURICH_VTZ, start="20260608T093000", end="20260608T103000",
               uid="tt-meeting-3f9a51c2-6b0e-4f0d-8a77-1c2e9d4b5a60", stamp="20260603T134700Z",
               summary="Colloquio: Giulia Meier – Ceresio Meccatronica",
               organizer="ORGANIZER;CN=Chiara Bernasconi:mailto:chiara.bernasconi@ceresio-mecca.ch",
               attendees=[f"ATTENDEE;CN=Giulia Meier;RSVP=TRUE:mailto:{ME}",
                          "ATTENDEE;CN=Davide Pedrazzini:mailto:davide.pedrazzini@ceresio-mecca.ch"],
               location="Via Cantonale 18\\, 6928 Manno")
    return message(heads(addr("Ceresio Meccatronica", "no-reply@teamtailor-mail.com"),
                         "Colloquio confermato – Ceresio Meccatronica SA", "2026-06-03 15:47", "Europe/Zurich",
                         "<20260603134702.1.9bd3c6e1a0f4d2aa@teamtailor-mail.com>",
                         post=(("Reply-To", addr("Chiara Bernasconi", "chiara.bernasconi@ceresio-mecca.ch")),)),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="REQUEST", cte="quoted-printable", ctype="text/calendar",
                                  filename="colloquio.ics", disposition="attachment")))


@mail(name(8), family="softgarden", lang="de-DE", interview=True, kind="scheduled",
      start="2026-06-17T11:00:00Z", end="2026-06-17T12:00:00Z", contact="franziska.obermaier@isarwerk-antriebe.de",
      company="Isarwerk Antriebstechnik GmbH", local="Wed 2026-06-17 13:00", local_end="2026-06-17 14:00",
      zone="Europe/Berlin",
      note="softgarden confirmation 'Mittwoch, 17.06.2026, 13:00 - 14:00 Uhr (MESZ)', Munich, CEST -> 11:00-12:00Z; "
           "ICS Europe/Berlin agrees; ICS ORGANIZER and sender are softgarden no-reply, contact = address in the body")
def p08() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        vielen Dank, dass Sie einen Termin ausgewählt haben. Hiermit bestätigen wir Ihnen das
        Vorstellungsgespräch (Videointerview über Microsoft Teams) für die Position

            Entwicklungsingenieur Mechatronik – Servoantriebe (m/w/d)

        Termin: Mittwoch, 17.06.2026, 13:00 - 14:00 Uhr (MESZ)
        Teilnehmende: Franziska Obermaier (Personal), Tobias Reischl (Teamleitung Entwicklung)

        Den Link zum Teams-Meeting finden Sie im angehängten Kalendereintrag. Bitte testen Sie vorab
        Kamera und Mikrofon.

        Ihre Ansprechpartnerin bei Fragen:
        Franziska Obermaier
        franziska.obermaier@isarwerk-antriebe.de
        +49 89 555 7720-14

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Isarwerk Antriebstechnik GmbH

        Diese E-Mail wurde über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.
        """)
    ics = vcal(prodid="-//softgarden e-recruiting GmbH//Interview Scheduler//DE", method="REQUEST",
               tzid="Europe/Berlin", vtz=VTZ["Europe/Berlin"], start="20260617T130000", end="20260617T140000",
               uid="sg-apt-20260617-774102@softgarden.io", stamp="20260611T080200Z",
               summary="Vorstellungsgespräch Isarwerk Antriebstechnik GmbH",
               organizer="ORGANIZER;CN=Isarwerk Antriebstechnik GmbH:mailto:noreply@softgarden.io",
               attendees=[f"ATTENDEE;CN=Giulia Meier;RSVP=FALSE:mailto:{ME}"],
               location="Microsoft Teams",
               description="Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTRhMmE5YjUt@thread.v2/0")
    return message(heads(addr("Isarwerk Antriebstechnik GmbH", "noreply@softgarden.io"),
                         "Terminbestätigung: Ihr Vorstellungsgespräch am 17.06.2026", "2026-06-11 10:02",
                         "Europe/Berlin", "<sg.774102.1781164920@mailer.softgarden.io>"),
                   mixed(text(body, cte="8bit"),
                         calendar(ics, method=None, cte="base64", ctype="text/calendar",
                                  filename="termin.ics", disposition="attachment")))


@mail(name(9), family="dvinci", lang="de-AT", interview=True, kind="scheduled",
      start="2026-01-22T08:30:00Z", end=None, contact="verena.hofbauer@donaustahl-robotik.at",
      company="Donaustahl Robotik GmbH", local="Thu 2026-01-22 09:30", zone="Europe/Vienna",
      note="d.vinci mail, Austrian German 'Donnerstag, 22. Jänner 2026, 9:30 Uhr' ('Hearing'), Vienna CET -> 08:30Z; "
           "'rund eine Stunde' -> end null; base64 text+html; contact = Ansprechpartnerin in the body")
def p09() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        herzlichen Dank für Ihre Bewerbung als Robotik-Ingenieurin (Schweißzellen) und für das
        nette Telefonat gestern. Wir freuen uns, Sie zu einem persönlichen Hearing bei uns in Wien
        einzuladen, und bestätigen den mit Ihnen vereinbarten Termin:

        Donnerstag, 22. Jänner 2026, 9:30 Uhr
        Donaustahl Robotik GmbH, Wagramer Straße 211, 1220 Wien
        Bitte melden Sie sich beim Portier am Tor 2.

        Für das Hearing planen wir rund eine Stunde ein; anschließend besteht die Möglichkeit, die
        Fertigung zu besichtigen. Ihre Reisekosten (Bahn 2. Klasse ab Zürich) ersetzen wir gerne.

        Ihre Ansprechpartnerin:
        Mag. Verena Hofbauer, Personalentwicklung
        verena.hofbauer@donaustahl-robotik.at | +43 1 555 40 18

        Mit freundlichen Grüßen

        Donaustahl Robotik GmbH
        Human Resources

        Diese Nachricht wurde über d.vinci versendet.
        """)
    return message(heads(addr("Donaustahl Robotik GmbH", "noreply@dvinci-mail.com"),
                         "Einladung zum Hearing – Robotik-Ingenieurin (Schweißzellen)", "2026-01-14 13:15",
                         "Europe/Vienna", "<dv-7790311-63f2a1@mail.dvinci-mail.com>"),
                   alt(text(body, cte="base64"), html(simple_html(body), cte="base64")))


@mail(name(10), family="recruitee", lang="fr-FR", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z", contact="elodie.garnier@confluence-robotique.fr",
      company="Confluence Robotique SAS", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00",
      zone="Europe/Paris",
      note="Recruitee mail sent Thu 22 Oct (CEST, +0200) for 'lundi 26 octobre 2026 de 9h00 à 10h00 (heure de "
           "Paris)'; Europe back to CET on Sun 25 Oct -> 08:00-09:00Z (not 07:00Z); ICS Europe/Paris agrees; "
           "contact = Reply-To recruiter")
def p10() -> bytes:
    body = t("""
        Bonjour Giulia,

        Merci pour votre disponibilité. Je vous confirme notre entretien pour le poste d'Ingénieure
        robotique – cellules de palettisation :

        lundi 26 octobre 2026, de 9h00 à 10h00 (heure de Paris)
        Confluence Robotique, 37 rue Francis de Pressensé, 69100 Villeurbanne
        Interlocuteurs : Élodie Garnier (RH) et Antoine Perrin (directeur technique)

        Petit rappel : nous repassons à l'heure d'hiver dans la nuit de samedi à dimanche ;
        l'horaire ci-dessus est bien l'heure locale du lundi, identique à celle de Zurich.

        Si vous venez en train, le tram T1 s'arrête à deux minutes de nos locaux (arrêt Gaston Berger).

        Bien cordialement,

        Élodie Garnier
        Chargée de recrutement – Confluence Robotique
        """)
    ics = vcal(prodid="-//Recruitee//Events//EN", method="REQUEST", tzid="Europe/Paris", vtz=VTZ["Europe/Paris"],
               start="20261026T090000", end="20261026T100000", uid="event-6129983@recruitee.com",
               stamp="20261022T152000Z", summary="Entretien – Giulia Meier / Confluence Robotique",
               organizer="ORGANIZER;CN=Élodie Garnier:mailto:elodie.garnier@confluence-robotique.fr",
               attendees=[f"ATTENDEE;CN=Giulia Meier;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}"],
               location="37 rue Francis de Pressensé\\, 69100 Villeurbanne")
    return message(heads(addr("Élodie Garnier (Confluence Robotique)", "confluence-robotique@mail.recruitee.com"),
                         "Confirmation d'entretien – Confluence Robotique", "2026-10-22 17:20", "Europe/Paris",
                         "<6129983.c0a8.1792682400@mail.recruitee.com>",
                         post=(("Reply-To", addr("Élodie Garnier", "elodie.garnier@confluence-robotique.fr")),)),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                  filename="entretien.ics", disposition="attachment")))


@mail(name(11), family="outlook_reply", lang="de-CH", interview=True, kind="scheduled",
      start="2026-05-22T13:30:00Z", end=None, contact="reto.ammann@seebach-antriebe.ch",
      company="Seebach Präzisionsantriebe AG", local="Fri 2026-05-22 15:30", zone="Europe/Zurich",
      days=(("Wed", "2026-05-20"), ("Fri", "2026-05-22"), ("Tue", "2026-05-26")),
      note="Outlook reply on top of a quoted thread (windows-1252): 'Freitag passt ... am Freitag um 15.30 Uhr' "
           "resolved against Date Tue 19 May -> Fri 22 May 15:30 CEST = 13:30Z, the slot the candidate picked in "
           "the quote; 'rund eine Stunde' -> end null; contact = sender")
def p11() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Freitag passt uns bestens – dann sehen wir uns am Freitag um 15.30 Uhr bei uns an der
        Schaffhauserstrasse 480. Fragen Sie am Empfang einfach nach mir. Wir rechnen mit rund einer
        Stunde; Herr Gisler aus der Konstruktion ist auch dabei.

        Freundliche Grüsse
        Reto Ammann
        Leiter Entwicklung
        Seebach Präzisionsantriebe AG
        Schaffhauserstrasse 480 | 8052 Zürich
        +41 44 555 63 10

        Von: Giulia Meier <giulia.meier@example.ch>
        Gesendet: Dienstag, 19. Mai 2026 09:12
        An: Reto Ammann <reto.ammann@seebach-antriebe.ch>
        Betreff: AW: Terminvorschläge Gespräch Entwicklungsingenieurin

        Guten Tag Herr Ammann

        Vielen Dank für Ihre Nachricht und die Vorschläge. Am besten passt mir Freitag, 22.05., um
        15.30 Uhr; Mittwoch um 14.00 Uhr würde notfalls auch gehen.

        Freundliche Grüsse
        Giulia Meier

        Von: Reto Ammann <reto.ammann@seebach-antriebe.ch>
        Gesendet: Montag, 18. Mai 2026 17:40
        An: Giulia Meier <giulia.meier@example.ch>
        Betreff: Terminvorschläge Gespräch Entwicklungsingenieurin

        Grüezi Frau Meier

        Ihr Dossier hat uns angesprochen und wir würden Sie gerne kennenlernen. Mögliche Termine:

        - Mi, 20.05.2026, 14.00 Uhr
        - Fr, 22.05.2026, 15.30 Uhr
        - Di, 26.05.2026, 10.00 Uhr

        Welcher passt Ihnen?

        Freundliche Grüsse
        Reto Ammann
        """)
    return message(heads(addr("Reto Ammann", "reto.ammann@seebach-antriebe.ch"),
                         "AW: Terminvorschläge Gespräch Entwicklungsingenieurin", "2026-05-19 16:05",
                         "Europe/Zurich", "<GV0P278MB0318E6A1D0C6B5F2A9E3B1C4D7F20@GV0P278MB0318.CHEP278.PROD.OUTLOOK.COM>",
                         charset="windows-1252",
                         post=(("In-Reply-To", "<b7d0e3a5-0c1f-4a2e-9c4d-3e8a1f0b2c77@example.ch>"),
                               ("References", "<GV0P278MB0318A1B2C3D4E5F60718293A4B5C6@GV0P278MB0318.CHEP278.PROD.OUTLOOK.COM> <b7d0e3a5-0c1f-4a2e-9c4d-3e8a1f0b2c77@example.ch>"),
                               *exchange_heads("Terminvorschläge Gespräch Entwicklungsingenieurin",
                                               "AQHc6Wq3s0r9uUy1Sx2Qz3pV7hJ1NAGcB4TqrX8ZwA=="))),
                   alt(text(body, charset="windows-1252"), html(outlook_html(body, charset="windows-1252"), charset="windows-1252")))


@mail(name(12), family="forward_self", lang="de-CH", interview=True, kind="scheduled",
      start="2026-09-10T06:30:00Z", end=None, contact="marco.brunner@glattal-antriebe.ch",
      company="Glattal Antriebe AG", local="Thu 2026-09-10 08:30", zone="Europe/Zurich",
      note="Candidate forwards (from her old example.org address) a recruiter's confirmation 'Donnerstag, "
           "10.09.2026, um 8.30 Uhr' in Dübendorf; CEST -> 06:30Z; 'bis ca. 10.00 Uhr' approximate -> end null; "
           "sender is the candidate herself, contact = the recruiter in the forwarded header")
def p12() -> bytes:
    body = t("""
        zur Erinnerung fürs Handy – Donnerstag früh!

        ---------- Weitergeleitete Nachricht ---------
        Von: Marco Brunner <marco.brunner@glattal-antriebe.ch>
        Date: Mo., 7. Sept. 2026 um 11:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Konstrukteurin Robotik
        To: Giulia Meier <giulia.meier@example.org>


        Grüezi Frau Meier

        Herzlichen Dank für Ihre Bewerbung. Wie heute Morgen am Telefon besprochen, bestätige ich
        Ihnen gerne den Termin am Donnerstag, 10.09.2026, um 8.30 Uhr.

        Adresse: Glattal Antriebe AG, Überlandstrasse 205, 8600 Dübendorf (Haus 3, 1. Stock)
        Anwesend: Karin Lüscher (Teamleiterin Konstruktion) und ich

        Das Gespräch dauert bis ca. 10.00 Uhr. Im Anschluss zeigen wir Ihnen gerne die Montage.

        Freundliche Grüsse
        Marco Brunner
        HR-Fachmann
        Glattal Antriebe AG
        """)
    return message(heads(addr("Giulia Meier", "giulia.meier@example.org"),
                         "Fwd: Einladung zum Vorstellungsgespräch – Konstrukteurin Robotik", "2026-09-07 19:02",
                         "Europe/Zurich", "<CAF3kq9vW2mPz0tXH1bYv5r8aGQeN4u7d_Lx6yT2sJ0cK@mail.gmail.com>",
                         to=addr("Giulia Meier", ME)),
                   alt(text(body), html(gmail_html(body))))


def _dreiland_inner() -> bytes:
    body = t("""
        Lieber Herr Egli

        Besten Dank für die rasche Vermittlung. Gerne bestätigen wir das Gespräch mit Frau Meier:

        Montag, 31.08.2026, 13.30–15.00 Uhr
        Dreiland Pharma Engineering AG, Klybeckstrasse 141, 4057 Basel, Gebäude K-90, Raum 2.14

        Teilnehmende von unserer Seite: Dr. Stefanie Imhof (Head Process Automation) und ich.
        Frau Meier soll sich bitte an der Loge Klybeck melden; der Besucherausweis ist vorbereitet.

        Freundliche Grüsse
        Andrea Vögtli
        HR Partner
        Dreiland Pharma Engineering AG
        """)
    return message(heads(addr("Vögtli Andrea", "andrea.voegtli@dreiland-pharma.ch"),
                         "Terminbestätigung Kandidatin G. Meier – Automation Engineer", "2026-08-25 17:12",
                         "Europe/Zurich", "<ZRAP278MB0495C2D1E0F9A8B7C6D5E4F3A2B10@ZRAP278MB0495.CHEP278.PROD.OUTLOOK.COM>",
                         to=addr("Thomas Egli", "thomas.egli@alpsearch.ch")),
                   text(body))


@mail(name(13), family="headhunter_forward", lang="de-CH", interview=True, kind="scheduled",
      start="2026-08-31T11:30:00Z", end="2026-08-31T13:00:00Z", contact="thomas.egli@alpsearch.ch",
      company="Dreiland Pharma Engineering AG", local="Mon 2026-08-31 13:30", local_end="2026-08-31 15:00",
      zone="Europe/Zurich",
      note="Headhunter passes on the client's confirmation as a message/rfc822 attachment: 'Montag, 31.08.2026, "
           "13.30–15.00 Uhr' Basel, CEST -> 11:30-13:00Z; company = hiring client; contact = headhunter "
           "(human sender; rule order puts the sender before addresses inside the attachment)")
def p13() -> bytes:
    body = t("""
        Hoi Giulia

        Gute Nachrichten: Dreiland hat den Termin bestätigt – die Mail von Frau Vögtli hänge ich dir an.
        Also Montag, 31. August, 13.30 Uhr in Basel, geplant bis 15.00 Uhr.

        Tipp: Dr. Imhof legt viel Wert auf GMP und Validierung – erzähl ruhig vom Projekt mit der
        Abfülllinie. Ich rufe dich am Freitag noch kurz zur Vorbereitung an.

        Liebe Grüsse
        Thomas

        Thomas Egli
        Partner | AlpSearch Partners GmbH
        Bahnhofstrasse 52 | 8001 Zürich
        +41 44 555 80 21 | thomas.egli@alpsearch.ch
        """)
    return message(heads(addr("Thomas Egli", "thomas.egli@alpsearch.ch"),
                         "Fwd: Terminbestätigung Dreiland – Montag 31.8., 13.30 Uhr", "2026-08-26 08:47",
                         "Europe/Zurich", "<4a9e2c1d-7b3f-4e05-b8a6-12f0c9d3e7a1@alpsearch.ch>"),
                   mixed(text(body), attached_message(_dreiland_inner(), "Terminbestaetigung_Kandidatin_G_Meier.eml")))


@mail(name(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-08-25T08:00:00Z", end="2026-08-25T08:45:00Z", contact=None,
      company="Kestrel Drives AG", local="Tue 2026-08-25 10:00", local_end="2026-08-25 10:45",
      zone="Europe/Zurich",
      note="Microsoft Bookings confirmation; the zone label reads '(UTC+01:00) Amsterdam, Berlin, Bern...' but on "
           "25 Aug Zürich is on CEST, so 10:00 = 08:00Z (ICS W. Europe Standard Time agrees); 45-minute service -> "
           "end 08:45Z; only a shared Bookings mailbox and a staff name, no personal address -> contact null")
def p14() -> bytes:
    body = t("""
        Your booking is confirmed

        Hi Giulia Meier,

        Thank you for booking with Kestrel Drives – Interviews. Here are your booking details.

        First-round interview – Hardware Engineering (45 minutes)
        Tuesday, August 25, 2026
        10:00 AM - 10:45 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

        Staff: Lukas Aebi
        Location: Microsoft Teams meeting (join link below)

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE3ZTQ5@thread.v2/0?context=kestrel

        Need to make changes?
        Manage booking: https://outlook.office365.com/owa/calendar/KestrelInterviews@kestreldrives.onmicrosoft.com/bookings/

        Kestrel Drives – Interviews
        Technoparkstrasse 1, 8005 Zürich
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ[WEST] + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Kestrel Drives – Interviews:mailto:KestrelInterviews@kestreldrives.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Giulia Meier:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:First-round interview – Hardware Engineering\\nStaff: Lukas Aebi\\n
        UID:040000008200E00074C5B7101A82E008000000004C1B2A3D9F33DC01000000000000000010000000B1E5C7D9A2F34B4C8E1D0A7C3B2F6E9A
        SUMMARY;LANGUAGE=en-US:First-round interview – Hardware Engineering
        DTSTART;TZID={WEST}:20260825T100000
        DTEND;TZID={WEST}:20260825T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260821T103100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
        END:VEVENT
        END:VCALENDAR
        """)
    return message(heads(addr("Kestrel Drives – Interviews", "KestrelInterviews@kestreldrives.onmicrosoft.com"),
                         "Booking confirmed: First-round interview – Hardware Engineering on Tuesday, August 25, 2026",
                         "2026-08-21 12:31", "Europe/Zurich",
                         "<ZR1P278MB1117E0A9C4D3B2A1F0E9D8C7B6A50@ZR1P278MB1117.CHEP278.PROD.OUTLOOK.COM>",
                         post=(("X-MS-Exchange-Organization-BookingsApp", "true"),)),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                  filename="invite.ics", disposition="attachment")))


@mail(name(15), family="coveto", lang="de-CH", interview=True, kind="scheduled",
      start="2026-10-12T08:00:00Z", end="2026-10-12T09:30:00Z", contact="stefan.luethi@emmental-maschinenbau.ch",
      company="Emmental Maschinenbau AG", local="Mon 2026-10-12 10:00", local_end="2026-10-12 11:30",
      zone="Europe/Zurich",
      note="Coveto HTML-only (windows-1252 QP) 'Mo, 12.10.2026 / 10h00 – 11h30' in Burgdorf; still CEST on 12 Oct "
           "-> 08:00-09:30Z; sender is the bewerbung@ role mailbox, contact = the line manager's address in the body")
def p15() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:10pt">
        <p>Sehr geehrte Frau Meier</p>
        <p>Wir danken Ihnen für Ihre Bewerbung als <b>Projektingenieurin Sondermaschinenbau</b> und
        freuen uns, Ihnen folgenden Termin für ein Vorstellungsgespräch zu bestätigen:</p>
        <table border="0" cellpadding="3" style="font-family:Verdana,sans-serif;font-size:10pt">
        <tr><td><b>Datum:</b></td><td>Mo, 12.10.2026</td></tr>
        <tr><td><b>Zeit:</b></td><td>10h00 &ndash; 11h30</td></tr>
        <tr><td><b>Ort:</b></td><td>Emmental Maschinenbau AG, Kirchbergstrasse 190, 3400 Burgdorf</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Stefan Lüthi, Leiter Engineering<br>Monika Gerber, Personal</td></tr>
        </table>
        <p>Bei Verhinderung oder für Rückfragen wenden Sie sich bitte direkt an Herrn Lüthi:
        <a href="mailto:stefan.luethi@emmental-maschinenbau.ch">stefan.luethi@emmental-maschinenbau.ch</a>,
        Tel. 034 555 22 71.</p>
        <p>Wir freuen uns auf das Gespräch mit Ihnen.</p>
        <p>Freundliche Grüsse<br>Emmental Maschinenbau AG<br>Personaldienst</p>
        <p style="font-size:8pt;color:#888">Diese Nachricht wurde mit coveto versendet.</p>
        </body></html>
        """)
    return message(heads(addr("Emmental Maschinenbau AG", "bewerbung@emmental-maschinenbau.ch"),
                         "Terminbestätigung Vorstellungsgespräch", "2026-10-08 14:10", "Europe/Zurich",
                         "<coveto.20261008141002.88123@emmental-maschinenbau.ch>",
                         post=(("X-Mailer", "coveto ATS"),)),
                   html(body, charset="windows-1252", cte="quoted-printable"))


@mail(name(16), family="google_calendar", lang="de-CH", interview=True, kind="scheduled",
      start="2026-06-03T12:00:00Z", end="2026-06-03T13:00:00Z", contact="nina.baumann@uetliberg-drones.ch",
      company="Uetliberg Drones GmbH", local="Wed 2026-06-03 14:00", local_end="2026-06-03 15:00",
      zone="Europe/Zurich",
      note="Google Calendar invitation, German UI: 'Mittwoch, 3. Juni 2026 · 14:00 – 15:00 (MESZ)', "
           "CEST -> 12:00-13:00Z; text/calendar and invite.ics agree; contact = organizer/sender")
def p16() -> bytes:
    body = t("""
        Nina Baumann hat Sie zu einem Termin eingeladen.

        Technisches Interview – Giulia Meier (Mechanical Engineer, Airframes)
        Mittwoch, 3. Juni 2026⋅14:00 – 15:00
        Mitteleuropäische Zeit - Zürich

        Ort
        Uetliberg Drones GmbH, Binzstrasse 39, 8045 Zürich, 3. OG
        https://www.google.com/maps/search/Binzstrasse+39,+8045+Z%C3%BCrich?hl=de

        Hallo Giulia, wie besprochen: technisches Gespräch mit Pascal und mir, gerne mit ein paar
        Bildern von deinen CAD-Projekten. Bis bald! Nina

        Organisator
        Nina Baumann
        nina.baumann@uetliberg-drones.ch

        Gäste
        Nina Baumann – Organisator
        Pascal Oswald
        giulia.meier@example.ch

        Antworten für giulia.meier@example.ch: Ja · Vielleicht · Nein · Weitere Optionen

        Einladung von Google Kalender
        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie „Ja" wählen,
        wird der Termin in Ihren Kalender eingetragen.
        """)
    ics = vcal(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", tzid="Europe/Zurich",
               vtz=ZURICH_VTZ, start="20260603T140000", end="20260603T150000",
               uid="3kq8v0c9b2mrt7j1n4p6s5d0ho@google.com", stamp="20260528T074400Z",
               summary="Technisches Interview – Giulia Meier (Mechanical Engineer\\, Airframes)",
               organizer="ORGANIZER;CN=Nina Baumann:mailto:nina.baumann@uetliberg-drones.ch",
               attendees=["ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nina Baumann;X-NUM-GUESTS=0:mailto:nina.baumann@uetliberg-drones.ch",
                          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pascal Oswald;X-NUM-GUESTS=0:mailto:pascal.oswald@uetliberg-drones.ch",
                          f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}"],
               location="Uetliberg Drones GmbH\\, Binzstrasse 39\\, 8045 Zürich\\, 3. OG",
               description="Hallo Giulia\\, wie besprochen: technisches Gespräch mit Pascal und mir.",
               extra=("CREATED:20260528T074352Z", "LAST-MODIFIED:20260528T074359Z"))
    subj = ("Einladung: Technisches Interview – Giulia Meier (Mechanical Engineer, Airframes) @ "
            "Mi. 3. Juni 2026 14:00 - 15:00 (MESZ) (giulia.meier@example.ch)")
    return message(heads(addr("Nina Baumann", "nina.baumann@uetliberg-drones.ch"), subj, "2026-05-28 09:44",
                         "Europe/Zurich", "<calendar-8f2a4c61-5d0e-4b1f-9a3c-7e6d2b1f0a94@google.com>",
                         post=(("Sender", "Google Kalender <calendar-notification@google.com>"),
                               ("Reply-To", addr("Nina Baumann", "nina.baumann@uetliberg-drones.ch")))),
                   mixed(alt(text(body, params="format=flowed; delsp=yes"), html(simple_html(body)),
                             calendar(ics, method="REQUEST", cte="base64")),
                         calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                  filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(17), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-11-18T08:00:00Z", end="2026-11-18T09:00:00Z", contact="lea.zaugg@wankdorf-mobility.ch",
      company="Wankdorf Mobility AG", local="Wed 2026-11-18 09:00", local_end="2026-11-18 10:00",
      zone="Europe/Zurich",
      note="Reply 'dann sehen wir uns übermorgen um 9 Uhr ... (9.00–10.00 Uhr)' resolved against Date Mon 16 Nov "
           "2026 -> Wed 18 Nov, CET -> 08:00-09:00Z; the quoted candidate mail names Wednesday too; contact = sender")
def p17() -> bytes:
    body = t("""
        Liebe Frau Meier

        Super, das klappt. Dann sehen wir uns übermorgen um 9 Uhr bei uns im Wankdorf City,
        Haus B, 4. Stock. Wir haben eine Stunde eingeplant (9.00–10.00 Uhr), danach zeige ich Ihnen
        gerne noch kurz unsere Testwerkstatt.

        Mit dabei ist Adrian Moser, der das Fahrwerksteam leitet.

        Herzliche Grüsse
        Lea Zaugg
        Recruiting & Employer Branding
        Wankdorf Mobility AG

        Am Mo., 16. Nov. 2026 um 08:40 Uhr schrieb Giulia Meier <giulia.meier@example.ch>:
        > Liebe Frau Zaugg
        >
        > Vielen Dank für die Einladung. Am Mittwoch wäre ich ab 8 Uhr flexibel, am Donnerstag
        > leider nur am Nachmittag.
        >
        > Freundliche Grüsse
        > Giulia Meier
        """)
    return message(heads(addr("Lea Zaugg", "lea.zaugg@wankdorf-mobility.ch"), "Re: Gespräch Systemingenieurin Fahrwerk",
                         "2026-11-16 10:18", "Europe/Zurich", "<CAJx7h2QpM4yRkV0d9sN3fU8wT1eB6cZ5aL-oGq@mail.gmail.com>",
                         post=(("In-Reply-To", "<7a3c0e91-55b2-4d6f-8e1a-c0f94b2d3e68@example.ch>"),
                               ("References", "<7a3c0e91-55b2-4d6f-8e1a-c0f94b2d3e68@example.ch>"))),
                   alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- rescheduled


@mail(name(18), family="exchange", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-11-05T13:00:00Z", end="2026-11-05T14:00:00Z", contact="corinne.bachmann@zsmedtech.ch",
      company="Zürichsee Medtech AG", local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00",
      zone="Europe/Zurich", days=(("Wed", "2026-11-04"),),
      note="Exchange update (SEQUENCE:1, 'Aktualisiert:'): new 'Donnerstag, 05.11.2026, 14.00–15.00 Uhr' "
           "'anstelle von Mittwoch, 04.11.2026, 09.00 Uhr'; November = CET -> 13:00-14:00Z; ICS agrees; "
           "contact = organizer/sender")
def p18() -> bytes:
    body = t("""
        Wann: Donnerstag, 5. November 2026 14:00-15:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Stäfa, Seestrasse 88, Sitzungszimmer Lützelau

        *~*~*~*~*~*~*~*~*~*

        Grüezi Frau Meier

        Wie heute Vormittag telefonisch besprochen, verschieben wir das Zweitgespräch auf
        Donnerstag, 05.11.2026, 14.00–15.00 Uhr, anstelle von Mittwoch, 04.11.2026, 09.00 Uhr.
        Ort und Teilnehmende bleiben gleich (Prof. Dr. Martin Kuster und ich).

        Vielen Dank für Ihre Flexibilität und bis nächste Woche.

        Freundliche Grüsse
        Corinne Bachmann
        HR Business Partner | Zürichsee Medtech AG
        """)
    ics = exchange_ics(method="REQUEST", start="20261105T140000", end="20261105T150000", seq=1,
                       uid="040000008200E00074C5B7101A82E00800000000A6E4D2C1B0FBDC01000000000000000010000000C3D2E1F0A9B8476589ABCDEF01234567",
                       stamp="20261030T102600Z", summary="Zweitgespräch Giulia Meier – Entwicklungsingenieurin Medizinrobotik",
                       org_cn="Bachmann Corinne", org="corinne.bachmann@zsmedtech.ch",
                       others=(("Kuster Martin", "martin.kuster@zsmedtech.ch"),),
                       location="Stäfa\\, Seestrasse 88\\, Sitzungszimmer Lützelau")
    subj = "Aktualisiert: Zweitgespräch Giulia Meier – Entwicklungsingenieurin Medizinrobotik"
    return message(heads(addr("Bachmann Corinne", "corinne.bachmann@zsmedtech.ch"), subj, "2026-10-30 11:26",
                         "Europe/Zurich", "<ZR2P278MB0902D4C3B2A1F0E9D8C7B6A5F4E30@ZR2P278MB0902.CHEP278.PROD.OUTLOOK.COM>",
                         post=exchange_heads("Zweitgespräch Giulia Meier – Entwicklungsingenieurin Medizinrobotik",
                                             "AQHc7Qm0Zr3yKk8PTa2nVw6JdLx9GAAAKc4Q")),
                   alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(19), family="human_prose", lang="it-IT", interview=True, kind="rescheduled",
      start="2026-09-16T13:00:00Z", end=None, contact="federica.colombo@navigli-automazione.it",
      company="Navigli Automazione S.p.A.", local="Wed 2026-09-16 15:00", zone="Europe/Rome",
      note="Italian reply: 'il colloquio di domani, mercoledì 16 settembre, si terrà alle ore 15:00 anziché alle 10:30'; "
           "Date Tue 15 Sep 08:05 (+0200) -> Wed 16 Sep 15:00 CEST = 13:00Z; old time also in the quoted mail; "
           "'un'ora circa' -> end null; iso-8859-1 QP; contact = sender")
def p19() -> bytes:
    body = t("""
        Gentile Giulia,

        come anticipato al telefono, per un impegno improvviso dell'Ing. Ferrari il colloquio di
        domani, mercoledì 16 settembre, si terrà alle ore 15:00 anziché alle 10:30.

        Il luogo resta invariato (Via Valenza 12, 20144 Milano, terzo piano). Durata prevista:
        un'ora circa. Ci scusiamo per il cambio e la ringraziamo per la disponibilità.

        Cordiali saluti,
        Federica Colombo
        Risorse Umane - Navigli Automazione S.p.A.
        Tel. +39 02 5550 4417

        -----Messaggio originale-----
        Da: Federica Colombo <federica.colombo@navigli-automazione.it>
        Inviato: giovedì 10 settembre 2026 14:21
        A: Giulia Meier <giulia.meier@example.ch>
        Oggetto: Conferma colloquio - Ingegnere di automazione

        Gentile Giulia,
        le confermo il colloquio per mercoledì 16 settembre alle ore 10:30 presso la nostra sede
        di Via Valenza 12. Incontrerà l'Ing. Paolo Ferrari, responsabile dell'ufficio tecnico.

        Cordiali saluti,
        Federica Colombo
        """)
    return message(heads(addr("Federica Colombo", "federica.colombo@navigli-automazione.it"),
                         "R: Conferma colloquio - Ingegnere di automazione (cambio orario)", "2026-09-15 08:05",
                         "Europe/Rome", "<AM9P191MB1650B8E1C4D2A3F5E6D7C8B9A0F1E2@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>",
                         charset="iso-8859-1",
                         post=(("In-Reply-To", "<AM9P191MB1650A1A2B3C4D5E6F7A8B9C0D1E2F3@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>"),
                               ("Content-Language", "it-IT"))),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(20), family="google_calendar", lang="fr-CH", interview=True, kind="rescheduled",
      start="2026-06-10T14:00:00Z", end="2026-06-10T15:00:00Z", contact="mathieu.cuendet@jura-microtech.ch",
      company="Jura Microtechnique SA", local="Wed 2026-06-10 16:00", local_end="2026-06-10 17:00",
      zone="Europe/Zurich", days=(("Tue", "2026-06-09"),),
      note="Google Calendar update, French UI ('Invitation mise à jour', SEQUENCE:1): 'mercredi 10 juin 2026 "
           "16:00 – 17:00' 'au lieu du mardi 9 juin à 10h'; CEST -> 14:00-15:00Z; ICS agrees; contact = organizer")
def p20() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien technique – Giulia Meier
        Modifié : mercredi 10 juin 2026⋅16:00 – 17:00
        Heure d'été d'Europe centrale - Zurich

        Lieu
        Jura Microtechnique SA, Chemin du Verger 6, 1052 Le Mont-sur-Lausanne

        Bonjour Giulia, comme convenu au téléphone je décale notre entretien au mercredi 10 juin
        à 16h au lieu du mardi 9 juin à 10h. Merci encore de votre souplesse ! Mathieu

        Organisateur
        Mathieu Cuendet
        mathieu.cuendet@jura-microtech.ch

        Invités
        Mathieu Cuendet – organisateur
        Laure Pittet
        giulia.meier@example.ch

        Répondre pour giulia.meier@example.ch : Oui · Peut-être · Non · Plus d'options

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = vcal(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", tzid="Europe/Zurich",
               vtz=ZURICH_VTZ, start="20260610T160000", end="20260610T170000", seq=1,
               uid="0v4n7q2c8l1g5s9r3t6d8fk2ja@google.com", stamp="20260605T081400Z",
               summary="Entretien technique – Giulia Meier",
               organizer="ORGANIZER;CN=Mathieu Cuendet:mailto:mathieu.cuendet@jura-microtech.ch",
               attendees=["ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Cuendet:mailto:mathieu.cuendet@jura-microtech.ch",
                          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laure Pittet:mailto:laure.pittet@jura-microtech.ch",
                          f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}"],
               location="Jura Microtechnique SA\\, Chemin du Verger 6\\, 1052 Le Mont-sur-Lausanne",
               description="Bonjour Giulia\\, comme convenu au téléphone je décale notre entretien au mercredi 10 juin à 16h au lieu du mardi 9 juin à 10h.",
               extra=("CREATED:20260601T091500Z", "LAST-MODIFIED:20260605T081358Z"))
    subj = ("Invitation mise à jour : Entretien technique – Giulia Meier @ mer. 10 juin 2026 16:00 - 17:00 "
            "(CEST) (giulia.meier@example.ch)")
    return message(heads(addr("Mathieu Cuendet", "mathieu.cuendet@jura-microtech.ch"), subj, "2026-06-05 10:14",
                         "Europe/Zurich", "<calendar-2d7e9b14-a06c-4f3e-8b51-93c0d4e1f7a2@google.com>",
                         post=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                               ("Reply-To", addr("Mathieu Cuendet", "mathieu.cuendet@jura-microtech.ch")))),
                   mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                         calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                  filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(21), family="human_prose", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-12-08T13:00:00Z", end=None, contact="simon.frei@toess-robotics.ch",
      company="Töss Robotics AG", local="Tue 2026-12-08 14:00", zone="Europe/Zurich",
      note="Prose: 'treffen wir uns morgen um 14.00 Uhr statt um 10.00 Uhr' resolved against Date Mon 7 Dec 07:48 "
           "(+0100) -> Tue 8 Dec 14:00 CET = 13:00Z; new time only, no length; contact = sender")
def p21() -> bytes:
    body = t("""
        Guten Morgen Frau Meier

        Wie soeben am Telefon abgemacht: Wir treffen uns morgen um 14.00 Uhr statt um 10.00 Uhr.
        Alles andere bleibt gleich – Zürcherstrasse 41, Winterthur, Sitzungszimmer «Eulach» im
        Erdgeschoss. Unser CTO Herr Bosshard kann damit doch noch dabei sein, was uns sehr freut.

        Danke für Ihre Flexibilität und bis morgen!

        Beste Grüsse
        Simon Frei
        Head of People | Töss Robotics AG
        +41 52 555 19 90
        """)
    return message(heads(addr("Simon Frei", "simon.frei@toess-robotics.ch"), "Unser Gespräch morgen – neue Zeit",
                         "2026-12-07 07:48", "Europe/Zurich", "<0f3b2d9a-6e1c-48a7-b5d0-7c9e2a4f1b38@toess-robotics.ch>",
                         post=(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),)),
                   text(body, cte="8bit"))


# --------------------------------------------------------------------------- cancelled


@mail(name(22), family="exchange", lang="de-CH", interview=True, kind="cancelled",
      start="2026-09-18T08:00:00Z", end="2026-09-18T09:00:00Z", contact="patrick.schmid@rheinhafen-ls.ch",
      company="Rheinhafen Logistik Systeme AG", local="Fri 2026-09-18 10:00", local_end="2026-09-18 11:00",
      zone="Europe/Zurich",
      note="Exchange cancellation ('Abgesagt:', METHOD:CANCEL, STATUS:CANCELLED) of 'Freitag, 18.09.2026, "
           "10.00 Uhr' (10:00-11:00 in the ICS), position filled internally; CEST -> 08:00-09:00Z = cancelled slot; "
           "contact = organizer/sender")
def p22() -> bytes:
    body = t("""
        Wann: Freitag, 18. September 2026 10:00-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Basel, Hafenstrasse 25, Sitzungszimmer Dreiländereck

        *~*~*~*~*~*~*~*~*~*

        Grüezi Frau Meier

        Leider muss ich Ihnen mitteilen, dass wir die Stelle als Projektingenieurin Fördertechnik
        kurzfristig intern besetzen konnten. Den Termin vom Freitag, 18.09.2026, 10.00 Uhr sage ich
        deshalb ab – es tut mir leid, dass Sie das so knapp erfahren.

        Ihr Profil hat uns sehr gefallen. Wenn Sie einverstanden sind, behalten wir Ihr Dossier für
        künftige Vakanzen im Engineering.

        Freundliche Grüsse
        Patrick Schmid
        Leiter Personal
        Rheinhafen Logistik Systeme AG
        """)
    ics = exchange_ics(method="CANCEL", start="20260918T100000", end="20260918T110000", seq=1, cancel=True,
                       uid="040000008200E00074C5B7101A82E00800000000D1C2B3A49E3EDC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
                       stamp="20260914T142000Z", summary="Abgesagt: Vorstellungsgespräch G. Meier – Projektingenieurin Fördertechnik",
                       org_cn="Schmid Patrick", org="patrick.schmid@rheinhafen-ls.ch",
                       location="Basel\\, Hafenstrasse 25\\, Sitzungszimmer Dreiländereck")
    subj = "Abgesagt: Vorstellungsgespräch G. Meier – Projektingenieurin Fördertechnik"
    return message(heads(addr("Schmid Patrick", "patrick.schmid@rheinhafen-ls.ch"), subj, "2026-09-14 16:20",
                         "Europe/Zurich", "<ZR0P278MB1240F3E2D1C0B9A8F7E6D5C4B3A21@ZR0P278MB1240.CHEP278.PROD.OUTLOOK.COM>",
                         post=exchange_heads("Vorstellungsgespräch G. Meier – Projektingenieurin Fördertechnik",
                                             "AQHcRk2Lw9Zt0mSxQpC5yV1aHn7BcgAAdQ3E") + (("Importance", "high"),)),
                   alt(text(body), html(outlook_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(name(23), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-03-26T16:00:00Z", end="2026-03-26T16:45:00Z", contact="jordan.pike@tidewaterautonomy.com",
      company="Tidewater Autonomy Inc.", local="Thu 2026-03-26 09:00", local_end="2026-03-26 09:45",
      zone="America/Los_Angeles",
      note="Lever cancellation of 'Thursday, March 26, 2026, 9:00 AM – 9:45 AM PDT'; US on PDT (UTC-7) since 8 Mar "
           "-> 16:00-16:45Z (17:00 in Zürich, still CET: US/EU DST gap); ICS METHOD:CANCEL agrees; contact = Reply-To")
def p23() -> bytes:
    body = t("""
        Hi Giulia,

        Your interview for Mechanical Lead, Field Robotics (Remote) at Tidewater Autonomy has been
        cancelled.

        Cancelled: Thursday, March 26, 2026, 9:00 AM – 9:45 AM PDT
        With: Ravi Chandrasekar (Director of Hardware)

        Message from Jordan Pike:
        "So sorry for the short notice – Ravi has been pulled onto a customer escalation for the
        rest of the week. I'll reach out early next week with new options; nothing changes on our
        side about your candidacy."

        Questions? Reply to this email to reach Jordan directly.

        Tidewater Autonomy Recruiting
        Powered by Lever
        """)
    ics = vcal(prodid="-//Lever//Interview Scheduling//EN", method="CANCEL", tzid="America/Los_Angeles", vtz=LA_VTZ,
               start="20260326T090000", end="20260326T094500", seq=2, status="CANCELLED",
               uid="lever-interview-1d6f2e0a-93b4-4c57-a0e1-6b8d5f3c2e90", stamp="20260323T210300Z",
               summary="Cancelled: Giulia Meier – Mechanical Lead, Field Robotics",
               organizer="ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@tidewaterautonomy.com",
               attendees=[f"ATTENDEE;CN=Giulia Meier;ROLE=REQ-PARTICIPANT:mailto:{ME}"])
    return message(heads(addr("Tidewater Autonomy", "no-reply@hire.lever.co"),
                         "Interview cancelled: Mechanical Lead, Field Robotics at Tidewater Autonomy",
                         "2026-03-23 14:03", "America/Los_Angeles", "<0100018e6a2b4c1d-7e9f0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
                         post=(("Reply-To", addr("Jordan Pike", "jordan.pike@tidewaterautonomy.com")),)),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                  disposition="attachment")))


@mail(name(24), family="human_prose", lang="de-DE", interview=True, kind="cancelled",
      start="2026-02-10T13:00:00Z", end=None, contact="andreas.huber@wuermtal-sensorik.de",
      company="Würmtal Sensorik GmbH", local="Tue 2026-02-10 14:00", zone="Europe/Berlin",
      note="Prose cancellation 'unser Gespräch am nächsten Dienstag um 14:00 Uhr' resolved against Date Fri 6 Feb "
           "2026 -> Tue 10 Feb 14:00 CET = 13:00Z (cancelled slot; the coming Tuesday and next week's Tuesday are "
           "the same day here); no new date; contact = sender")
def p24() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        leider muss ich unser Gespräch am nächsten Dienstag um 14:00 Uhr absagen. Die Geschäftsleitung
        hat gestern einen Einstellungsstopp für das laufende Quartal beschlossen, und die Stelle im
        Bereich Sensorintegration ist davon leider ebenfalls betroffen.

        Das tut mir wirklich leid, zumal Sie schon die Anreise aus Zürich organisiert hatten. Sobald
        die Position wieder freigegeben wird, melde ich mich als Erstes bei Ihnen.

        Mit freundlichen Grüßen
        Andreas Huber
        Leiter Entwicklung Sensorik
        Würmtal Sensorik GmbH | Lochhamer Schlag 21 | 82166 Gräfelfing
        """)
    return message(heads(addr("Andreas Huber", "andreas.huber@wuermtal-sensorik.de"),
                         "Absage unseres Termins am Dienstag", "2026-02-06 11:40", "Europe/Berlin",
                         "<6d1e9f0a-2b7c-4e38-91a5-f4c3d2b1a0e9@wuermtal-sensorik.de>",
                         post=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                   alt(text(body, charset="iso-8859-1"), html(outlook_html(body, "DE", "iso-8859-1"), charset="iso-8859-1")))


# =========================================================================== negatives


@mail(name(25), family="rejection", lang="de-DE", interview=False, company="Nymphenburg Feinwerktechnik GmbH",
      days=(("Thu", "2026-03-12"),),
      note="rexx rejection after an interview held 'am Donnerstag, 12.03.2026' (past); no new appointment")
def n25() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        nochmals vielen Dank für Ihren Besuch bei uns und das offene Gespräch am Donnerstag,
        12.03.2026. Es ist uns nicht leichtgefallen, doch wir haben uns für eine Kandidatin
        entschieden, deren Erfahrung mit Reinraum-Montage noch etwas näher an unserem Bedarf liegt.

        Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre
        weitere berufliche Zukunft alles Gute. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten
        gelöscht, sofern Sie uns nicht eine längere Aufbewahrung erlauben.

        Mit freundlichen Grüßen

        Nymphenburg Feinwerktechnik GmbH
        Personalabteilung

        Diese E-Mail wurde mit rexx Recruitment erstellt.
        """)
    return message(heads(addr("Nymphenburg Feinwerktechnik GmbH", "noreply@rexx-recruitment.com"),
                         "Ihre Bewerbung als Konstrukteurin Präzisionsmechanik (Kennziffer NF-2026-014)",
                         "2026-03-17 09:30", "Europe/Berlin", "<rexx.20260317093002.5521.nf@rexx-recruitment.com>"),
                   alt(text(body), html(simple_html(body))))


@mail(name(26), family="rejection", lang="fr-CH", interview=False, company="Salève Instruments SA",
      days=(("Tue", "2026-05-12"),),
      note="Rejection after the interview of 'mardi 12 mai' (thread with the Workday confirmation); nothing scheduled")
def n26() -> bytes:
    body = t("""
        Bonjour Giulia,

        Je tiens encore à vous remercier pour l'entretien du mardi 12 mai et pour le temps que vous
        avez consacré à notre processus de recrutement.

        Après mûre réflexion, nous avons décidé de poursuivre avec un autre profil, dont l'expérience
        en optique de précision correspond davantage aux besoins immédiats de l'équipe d'Olivier.
        Ce choix n'enlève rien à la qualité de votre parcours, et nous nous permettrons de vous
        recontacter si un poste plus orienté robotique devait s'ouvrir.

        Je vous souhaite plein succès dans vos démarches.

        Bien cordialement,
        Camille Rochat
        Talent Acquisition – Salève Instruments SA
        """)
    return message(heads(addr("Camille Rochat", "camille.rochat@saleve-instruments.ch"),
                         "Votre candidature – Ingénieur·e R&D Mécatronique (R-10482)", "2026-05-29 16:02",
                         "Europe/Zurich", "<DB9P192MB1733A7C1E2F3D4B5A6C7D8E9F0A1B2@DB9P192MB1733.EURP192.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(outlook_html(body, "FR-CH"))))


@mail(name(27), family="application_ack", lang="de-CH", interview=False, company="Rheinkern Pharma AG",
      note="SuccessFactors receipt (bilingual DE/EN); 'wird sich ... für ein Interview melden' is conditional")
def n27() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Vielen Dank für Ihre Bewerbung als Automation Engineer (Job Req ID 48213) und Ihr Interesse
        an Rheinkern Pharma AG. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir prüfen Ihr Dossier sorgfältig. Sollte Ihr Profil zu unseren Anforderungen passen, wird
        sich unser Talent-Acquisition-Team innerhalb von zwei bis drei Wochen für ein erstes
        Interview bei Ihnen melden. Den Status Ihrer Bewerbung sehen Sie jederzeit im Karriereportal.

        ---

        Dear Giulia Meier,

        Thank you for applying for the position Automation Engineer (Job Req ID 48213). We have
        received your application. If your profile matches, our Talent Acquisition team will contact
        you to arrange an interview.

        Freundliche Grüsse / Kind regards
        Rheinkern Pharma AG – Talent Acquisition

        Dies ist eine automatisch generierte E-Mail. / This is an automated message.
        """)
    return message(heads(addr("Rheinkern Pharma Careers", "no-reply@successfactors.eu"),
                         "Ihre Bewerbung ist eingegangen / Application received – Automation Engineer (48213)",
                         "2026-03-05 21:47", "Europe/Zurich", "<1772743620118.48213.rheinkernP@sf-mail.successfactors.eu>"),
                   alt(text(body), html(simple_html(body))))


@mail(name(28), family="application_ack", lang="de-CH", interview=False, company="Limmat Robotics AG",
      note="Personio receipt for the application that later led to the July interview; no time")
def n28() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Herzlichen Dank für Ihre Bewerbung als Entwicklungsingenieur/in Motion Control (80–100 %).
        Wir haben Ihre Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.

        Wenn wir Sie gerne kennenlernen möchten, erhalten Sie von uns einen Link, über den Sie
        selbst einen passenden Gesprächstermin auswählen können.

        Freundliche Grüsse
        Ihr Limmat Robotics Team

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    return message(heads(addr("Limmat Robotics AG", "noreply@jobs.personio.de"),
                         "Vielen Dank für Ihre Bewerbung bei Limmat Robotics AG", "2026-06-22 08:14",
                         "Europe/Zurich", "<0102019a1f4d2e77-8b1c0d3e-4f5a-4b6c-9d7e-a1b2c3d4e5f6-000000@eu-central-1.amazonses.com>"),
                   alt(text(body), html(simple_html(body))))


@mail(name(29), family="job_alert", lang="de-CH", interview=False, company=None,
      note="jobs.ch job alert; 'Interviews noch diese Woche' is an ad line, nothing confirmed")
def n29() -> bytes:
    body = t("""
        Hallo Giulia

        Für dein Suchabo «Robotik · Zürich + 20 km» gibt es 4 neue Stellen:

        Robotics Software Engineer (80–100 %)
        Saphir Automation AG · Schlieren
        Heute publiziert · Schnellbewerbung

        Projektleiter/in Automation
        Kybernetik Zollikon GmbH · Zollikon
        Gestern publiziert · «Wir führen die Interviews noch diese Woche»

        Servicetechniker/in Industrieroboter (Aussendienst)
        Vireo Robotics Schweiz AG · Regensdorf
        Vor 2 Tagen publiziert

        Mechatroniker/in Prototypenbau
        Furttal Systems AG · Dällikon
        Vor 3 Tagen publiziert

        Alle Stellen ansehen: https://www.jobs.ch/de/stellenangebote/?term=robotik&location=zuerich

        Suchabo bearbeiten · Abmelden
        jobs.ch · JobCloud AG
        """)
    return message(heads(addr("jobs.ch", "jobmail@mail.jobs.ch"), "4 neue Jobs für «Robotik» in Zürich",
                         "2026-04-07 06:30", "Europe/Zurich", "<jobalert.20260407.063000.771204@mail.jobs.ch>",
                         post=(("List-Unsubscribe", "<https://www.jobs.ch/de/suchabo/abmelden?id=771204>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))),
                   alt(text(body), html(simple_html(body))))


@mail(name(30), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert (HTML-heavy), 'Actively recruiting' badges only")
def n30() -> bytes:
    body = t("""
        Your job alert for mechanical engineer in Basel, Switzerland
        12 new jobs match your preferences.

        Mechanical Design Engineer – Fill & Finish
        Birseck Biotech AG · Basel (Hybrid)
        Actively recruiting · Be an early applicant

        Senior Robotics Engineer
        Three Countries Automation · Allschwil (On-site)
        3 connections work here · Promoted

        Mechatronics Engineer, Lab Automation
        Rosental Diagnostics · Basel
        Easy Apply · 41 applicants

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=mechanical%20engineer&location=Basel

        You are receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
        This email was intended for Giulia Meier (Mechanical & Robotics Engineer)
        """)
    return message(heads(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
                         "“mechanical engineer”: Birseck Biotech AG - Mechanical Design Engineer – Fill & Finish and more",
                         "2026-09-01 07:12", "Europe/Zurich", "<1412904187.4418273.1788239520112@ltx1-app2219.prod.linkedin.com>",
                         post=(("List-Unsubscribe", "<https://www.linkedin.com/job-alert-email-unsubscribe?x=6f1e>"),)),
                   alt(text(body), html(simple_html(body), cte="base64")))


@mail(name(31), family="job_alert", lang="fr-CH", interview=False, company=None,
      note="Indeed alert in French; 'Recrutement urgent' tags, no appointment")
def n31() -> bytes:
    body = t("""
        Nouveaux emplois : ingénieur mécatronique – Lausanne, VD

        Ingénieur·e mécatronique (H/F/X)
        Vaudoise Précision SA – Crissier, VD
        Recrutement urgent · Répond généralement en 1 jour

        Ingénieur·e automation – machines spéciales
        Morges Automation Sàrl – Morges, VD
        CHF 95 000 – 115 000 par an

        Responsable développement mécanique
        Chablais Medical SA – Aigle, VD
        Plusieurs postes à pourvoir

        Voir tous les emplois : https://ch-fr.indeed.com/q-ingénieur-mécatronique-l-Lausanne-emplois.html

        Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner.
        Indeed
        """)
    return message(heads(addr("Indeed", "alert@indeed.com"),
                         "3 nouveaux emplois : ingénieur mécatronique à Lausanne, VD", "2026-05-14 05:48",
                         "Europe/Zurich", "<0100018f7a1b2c3d-e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8-000000@email.indeed.com>",
                         post=(("List-Unsubscribe", "<mailto:unsubscribe@indeed.com?subject=alert-7731>"),)),
                   alt(text(body), html(simple_html(body))))


@mail(name(32), family="recruiter_outreach", lang="de-CH", interview=False, company="Helvetic Talents AG",
      note="Headhunter cold outreach proposing two possible call slots; nothing agreed")
def n32() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Ich bin über Ihr LinkedIn-Profil auf Sie aufmerksam geworden. Für einen Kunden – ein
        wachsendes Medtech-Unternehmen in der Zentralschweiz – suche ich eine Teamleiterin
        Robotik, die Freude daran hat, eine kleine Entwicklungsgruppe aufzubauen.

        Hätten Sie Lust auf ein unverbindliches Telefonat? Mir würde am Dienstag über Mittag
        (12.00 Uhr) oder am Donnerstag ab 17.30 Uhr passen – oder Sie schlagen gerne selbst etwas vor.

        Freundliche Grüsse
        Marc Steiner
        Senior Consultant Engineering
        Helvetic Talents AG | Löwenstrasse 20 | 8001 Zürich
        +41 44 555 66 03
        """)
    return message(heads(addr("Marc Steiner", "marc.steiner@helvetic-talents.ch"),
                         "Teamleiterin Robotik (Medtech, Zentralschweiz) – kurzer Austausch?", "2026-07-01 12:58",
                         "Europe/Zurich", "<3e8a1c5f-0d2b-4f7e-9a6c-b1d4e2f0c9a7@helvetic-talents.ch>"),
                   text(body))


@mail(name(33), family="scheduling_link", lang="en", interview=False, company="Brightline Motion Inc.",
      days=(("Mon", "2026-03-30"), ("Fri", "2026-04-03")),
      note="Recruiter asks the candidate to pick a final-round slot via Calendly (window Mar 30 – Apr 3); not booked yet")
def n33() -> bytes:
    body = t("""
        Hi Giulia,

        Great news – the panel really enjoyed talking with you on Thursday, and we'd love to invite
        you to the final round. It's a 2.5-hour virtual onsite: a design review of one of your past
        projects, a systems deep-dive, and a chat with our VP of Engineering.

        Please grab a block that works for you here:
        https://calendly.com/brightline-kayla/final-round-emea

        I've opened slots from Monday, March 30 through Friday, April 3, all in the European
        afternoon. Remember that Europe switches to summer time on the 29th, so Calendly will show
        the times correctly for Zurich either way.

        Best,
        Kayla

        Kayla Brennan | Technical Recruiter | Brightline Motion
        """)
    return message(heads(addr("Kayla Brennan", "kayla.brennan@brightlinemotion.com"),
                         "Next step: final round with Brightline Motion", "2026-03-23 09:41", "America/New_York",
                         "<CAN8d2xR0qTz3mB7fY1kP4wL9vJ6hS5gE2cU@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@mail(name(34), family="slot_proposal", lang="de-CH", interview=False, company="Sihltal Mechatronik AG",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17"), ("Thu", "2026-11-19")),
      note="Terminvorschläge: three possible slots, candidate asked to choose; nothing fixed yet")
def n34() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Vielen Dank für Ihre Bewerbung als Entwicklungsingenieurin Antriebssysteme. Wir würden Sie
        gerne zu einem ersten Gespräch nach Adliswil einladen und hätten folgende Terminvorschläge:

        • Mo, 16.11.2026, 10.00 Uhr
        • Di, 17.11.2026, 14.00 Uhr
        • Do, 19.11.2026, 09.30 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt. Falls keiner
        möglich ist, finden wir bestimmt eine Alternative.

        Freundliche Grüsse
        Anna Gerber
        HR Generalistin
        Sihltal Mechatronik AG | Zürichstrasse 101 | 8134 Adliswil
        """)
    return message(heads(addr("Anna Gerber", "anna.gerber@sihltal-mechatronik.ch"),
                         "Terminvorschläge für ein erstes Gespräch", "2026-11-10 15:36", "Europe/Zurich",
                         "<ZR0P278MB0760A9B8C7D6E5F4A3B2C1D0E9F8A7@ZR0P278MB0760.CHEP278.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(outlook_html(body))))


@mail(name(35), family="assessment", lang="de-CH", interview=False, company="Gotthard Bahntechnik AG",
      days=(("Fri", "2026-04-24"),),
      note="Online-assessment invitation with a deadline 'Freitag, 24.04.2026, 23.59 Uhr'; a deadline, not an interview")
def n35() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier

        Im Rahmen Ihrer Bewerbung als Ingenieurin Fahrzeugtechnik bei der Gotthard Bahntechnik AG
        laden wir Sie herzlich zu unserem Online-Assessment ein. Es besteht aus drei Teilen
        (logisches Denken, technisches Verständnis, Arbeitsstil) und dauert ca. 50 Minuten.

        Bitte schliessen Sie alle Teile bis Freitag, 24.04.2026, 23.59 Uhr ab:
        https://app.talentcheck-assessments.com/start/GBT-88217-M

        Sie können jederzeit unterbrechen und später weitermachen. Nach Auswertung der Resultate
        meldet sich unser HR-Team bei Ihnen bezüglich der nächsten Schritte.

        Freundliche Grüsse
        Gotthard Bahntechnik AG
        Personalgewinnung
        """)
    return message(heads(addr("Gotthard Bahntechnik AG", "noreply@talentcheck-assessments.com"),
                         "Einladung zum Online-Assessment - Ingenieurin Fahrzeugtechnik", "2026-04-17 10:03",
                         "Europe/Zurich", "<tc.GBT-88217-M.20260417@mail.talentcheck-assessments.com>",
                         charset="iso-8859-1"),
                   text(body, charset="iso-8859-1"))


@mail(name(36), family="case_study", lang="fr-FR", interview=False, company="Presqu'île Industrie SAS",
      days=(("Fri", "2026-10-02"),),
      note="Case study to return 'avant le vendredi 2 octobre à 18h00'; the presentation will be scheduled later")
def n36() -> bytes:
    body = t("""
        Bonjour Giulia,

        Merci encore pour notre échange téléphonique de jeudi. Comme annoncé, vous trouverez
        ci-dessous l'étude de cas pour la suite du processus :

        Conception d'un préhenseur pour des bacs de pièces détournées (cahier des charges sur le
        lien ci-dessous). Nous attendons une note de 4 pages maximum et quelques esquisses.

        https://partage.presquile-industrie.fr/s/cas-pratique-prehenseur

        Merci de nous la retourner avant le vendredi 2 octobre à 18h00. Nous fixerons ensuite
        ensemble un créneau pour la soutenance devant l'équipe technique.

        Belle journée,
        Hugo Marchand
        Responsable bureau d'études – Presqu'île Industrie
        """)
    return message(heads(addr("Hugo Marchand", "hugo.marchand@presquile-industrie.fr"),
                         "Étude de cas – Ingénieure conception robotique", "2026-09-28 09:15", "Europe/Paris",
                         "<PR1P264MB2011C4D5E6F7A8B9C0D1E2F3A4B5C6@PR1P264MB2011.FRAP264.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(outlook_html(body, "FR"))))


@mail(name(37), family="offer", lang="it-CH", interview=False, company="Ceresio Meccatronica SA",
      days=(("Mon", "2026-06-08"), ("Fri", "2026-06-26")),
      note="Job offer after the 8 June interview, signature deadline 'venerdì 26 giugno 2026'; no appointment")
def n37() -> bytes:
    body = t("""
        Ciao Giulia,

        dopo il colloquio di lunedì 8 giugno e lo scambio con l'Ing. Pedrazzini, sono molto lieta di
        comunicarti che vorremmo offrirti la posizione di Ingegnere/a meccatronico/a presso la
        nostra sede di Manno.

        In allegato trovi la lettera d'offerta con i dettagli (salario annuo lordo, 13a mensilità,
        25 giorni di vacanza, inizio previsto il 1° settembre 2026). Ti chiediamo di restituirci il
        contratto firmato entro venerdì 26 giugno 2026.

        Se hai domande, chiamami pure: +41 91 555 73 20.

        Un caro saluto,
        Chiara Bernasconi
        Responsabile Risorse Umane – Ceresio Meccatronica SA
        """)
    pdf = Part([("Content-Type", 'application/pdf; name="Offerta_Giulia_Meier.pdf"'),
                ("Content-Disposition", 'attachment; filename="Offerta_Giulia_Meier.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               b"JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\r\n"
               b"ZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    return message(heads(addr("Chiara Bernasconi", "chiara.bernasconi@ceresio-mecca.ch"),
                         "Offerta di impiego – Ingegnere/a meccatronico/a", "2026-06-19 11:05", "Europe/Zurich",
                         "<b2c9e1f0-3a4d-4e5b-8c6d-7e8f9a0b1c2d@ceresio-mecca.ch>"),
                   mixed(text(body), pdf))


@mail(name(38), family="auto_reply", lang="de-CH", interview=False, company="Limmat Robotics AG",
      days=(("Fri", "2026-07-31"), ("Mon", "2026-08-03")),
      note="Abwesenheitsnotiz (Auto-Submitted: auto-replied) from the Limmat Robotics recruiter; return date only")
def n38() -> bytes:
    body = t("""
        Grüezi

        Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 31.07.2026 in den Ferien und
        habe keinen Zugriff auf meine E-Mails. Ab Montag, 03.08.2026 bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an hr@limmat-robotics.ch oder +41 44 555 30 00.

        Freundliche Grüsse
        Sandra Keller

        ---

        Thank you for your message. I am out of the office until 31 July 2026 with no access to
        e-mail. For urgent matters please contact hr@limmat-robotics.ch.
        """)
    return message(heads(addr("Keller Sandra", "sandra.keller@limmat-robotics.ch"),
                         "Automatische Antwort: Rückfrage zu den nächsten Schritten", "2026-07-20 09:02",
                         "Europe/Zurich", "<ZR0P278MB0339E1F2A3B4C5D6E7F8A9B0C1D2E3@ZR0P278MB0339.CHEP278.PROD.OUTLOOK.COM>",
                         post=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("In-Reply-To", "<c4d8a2e1-9f0b-4c3d-a5e6-f7b8c9d0e1f2@example.ch>"))),
                   text(body))


def _bounced_original() -> bytes:
    body = t("""
        Guten Tag Frau Gerber

        Vielen Dank für Ihre Nachricht und die Terminvorschläge. Sehr gerne nehme ich den Termin am
        Dienstag, 17.11.2026, um 14.00 Uhr wahr.

        Ich freue mich auf das Gespräch in Adliswil.

        Freundliche Grüsse
        Giulia Meier
        """)
    return message(heads(addr("Giulia Meier", ME), "AW: Terminvorschläge für ein erstes Gespräch",
                         "2026-11-11 08:14", "Europe/Zurich", "<e1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8@example.ch>",
                         to=addr("Anna Gerber", "anna.gerbr@sihltal-mechatronik.ch")),
                   text(body))


@mail(name(39), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Postfix bounce (multipart/report) of the candidate's own acceptance mail (mistyped address); "
           "the attached original names 'Dienstag, 17.11.2026, 14.00 Uhr' but nothing was confirmed to her")
def n39() -> bytes:
    explain = t("""
        This is the mail system at host mail.example.ch.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <anna.gerbr@sihltal-mechatronik.ch>: host mx1.sihltal-mechatronik.ch[198.51.100.24]
            said: 550 5.1.1 <anna.gerbr@sihltal-mechatronik.ch>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.ch
        X-Postfix-Queue-ID: 4Bx7Kq2Z1Fz9sT
        X-Postfix-Sender: rfc822; giulia.meier@example.ch
        Arrival-Date: Wed, 11 Nov 2026 08:14:03 +0100 (CET)

        Final-Recipient: rfc822; anna.gerbr@sihltal-mechatronik.ch
        Original-Recipient: rfc822;anna.gerbr@sihltal-mechatronik.ch
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.sihltal-mechatronik.ch
        Diagnostic-Code: smtp; 550 5.1.1 <anna.gerbr@sihltal-mechatronik.ch>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report", text(explain, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                            _bounced_original()),
                       params="report-type=delivery-status")
    return message(heads(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.ch"),
                         "Undelivered Mail Returned to Sender", "2026-11-11 08:14", "Europe/Zurich",
                         "<20261111071404.9A3C21F8E2@mail.example.ch>",
                         post=(("Auto-Submitted", "auto-replied"),)),
                   report)


@mail(name(40), family="newsletter_tips", lang="de-CH", interview=False, company=None,
      days=(("Thu", "2026-05-14"),),
      note="Career newsletter about video interviews with a webinar date; confirms nothing for the reader")
def n40() -> bytes:
    body = t("""
        Ingenieur-Karriere Schweiz · Newsletter Mai 2026

        Vorstellungsgespräch per Video: 7 Fehler, die Sie vermeiden sollten
        Von schlechtem Licht bis zum vergessenen Notifikationston – unsere Checkliste hilft Ihnen,
        im nächsten Online-Interview souverän aufzutreten. Jetzt lesen ›

        «Erzählen Sie etwas über sich» – so gelingt der Einstieg
        Drei Beispiele für eine prägnante Selbstpräsentation in zwei Minuten. Weiterlesen ›

        Live-Webinar: Lohnverhandlung für Ingenieurinnen und Ingenieure
        Donnerstag, 14.05.2026, 12.15–13.00 Uhr, online und kostenlos. Jetzt anmelden ›

        Lohnrechner 2026: Was verdienen Robotik-Ingenieure in Zürich, Basel und Bern?

        Sie erhalten diesen Newsletter, weil Sie sich auf ingenieur-karriere.ch angemeldet haben.
        Abmelden · Profil bearbeiten · Impressum
        """)
    return message(heads(addr("Ingenieur-Karriere Schweiz", "newsletter@ingenieur-karriere.ch"),
                         "Video-Interview: 7 Fehler, die Sie vermeiden sollten", "2026-05-05 07:00",
                         "Europe/Zurich", "<nl-2026-05.7731.a9f3@news.ingenieur-karriere.ch>",
                         post=(("List-Unsubscribe", "<https://ingenieur-karriere.ch/nl/abmelden?u=7731>"),
                               ("List-Id", "Ingenieur-Karriere Newsletter <newsletter.ingenieur-karriere.ch>"),
                               ("Precedence", "bulk"))),
                   alt(text(body), html(simple_html(body))))


@mail(name(41), family="non_interview_calendar", lang="de-CH", interview=False, company=None,
      days=(("Tue", "2026-12-15"),),
      note="Exchange invite from her current manager (work address auto-forwarded) for the annual "
           "Mitarbeitergespräch; a fixed 'Gespräch' but not a job interview")
def n41() -> bytes:
    work = "giulia.meier@hardturm-automation.ch"
    body = t("""
        Wann: Dienstag, 15. Dezember 2026 15:00-16:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Sitzungszimmer Limmat (3. OG)

        *~*~*~*~*~*~*~*~*~*

        Hoi Giulia

        Hier die Einladung für unser Mitarbeitergespräch 2026. Bitte füll vorher den
        Selbsteinschätzungsbogen im HR-Portal aus (Frist: 11.12.).

        Gruess
        Martin
        """)
    ics = exchange_ics(method="REQUEST", start="20261215T150000", end="20261215T163000", me=work,
                       uid="040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
                       stamp="20261209T133000Z", summary="Mitarbeitergespräch 2026 – Giulia Meier",
                       org_cn="Vogel Martin", org="martin.vogel@hardturm-automation.ch",
                       location="Sitzungszimmer Limmat (3. OG)")
    return message(heads(addr("Vogel Martin", "martin.vogel@hardturm-automation.ch"),
                         "Mitarbeitergespräch 2026 – Giulia Meier", "2026-12-09 14:30", "Europe/Zurich",
                         "<ZR0P278MB0150B1C2D3E4F5A6B7C8D9E0F1A2B3@ZR0P278MB0150.CHEP278.PROD.OUTLOOK.COM>",
                         to=addr("Meier Giulia", work),
                         pre=(("Delivered-To", ME), ("X-Forwarded-To", ME),
                              ("X-Forwarded-For", f"{work} {ME}")),
                         post=exchange_heads("Mitarbeitergespräch 2026 – Giulia Meier",
                                             "AQHdBx4e6Kc0lZr8T1yA3mQw2Vn9XQ==")),
                   alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(42), family="non_interview_calendar", lang="de-CH", interview=False, company=None,
      days=(("Thu", "2026-04-16"),),
      note="Dentist (Dentalhygiene) reminder with ICS; personal appointment")
def n42() -> bytes:
    body = t("""
        Guten Tag Frau Meier

        Wir erinnern Sie gerne an Ihren nächsten Termin:

        Dentalhygiene bei Frau S. Hess
        Do, 16.04.2026, 07.30 Uhr (Dauer 50 Min.)
        Zahnarztpraxis Dr. med. dent. Lukas Wyss, Rosengartenstrasse 8, 8037 Zürich

        Bitte melden Sie sich mindestens 24 Stunden im Voraus ab, falls Sie den Termin nicht
        wahrnehmen können; sonst müssen wir ihn leider verrechnen.

        Freundliche Grüsse
        Ihr Praxisteam
        """)
    ics = vcal(prodid="-//Praxis Wyss//Terminerinnerung//DE", method="PUBLISH", tzid="Europe/Zurich", vtz=ZURICH_VTZ,
               start="20260416T073000", end="20260416T082000", uid="termin-55812@praxis-wyss.ch",
               stamp="20260413T160000Z", summary="Dentalhygiene – Praxis Dr. Wyss",
               organizer="ORGANIZER;CN=Zahnarztpraxis Dr. Wyss:mailto:termine@praxis-wyss.ch",
               attendees=[f"ATTENDEE;CN=Giulia Meier:mailto:{ME}"],
               location="Rosengartenstrasse 8\\, 8037 Zürich")
    return message(heads(addr("Zahnarztpraxis Dr. Wyss", "termine@praxis-wyss.ch"),
                         "Terminerinnerung: Do, 16.04.2026, 07.30 Uhr", "2026-04-13 18:00", "Europe/Zurich",
                         "<reminder-55812-20260413@praxis-wyss.ch>"),
                   mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                              disposition="attachment")))


@mail(name(43), family="non_interview_calendar", lang="de-CH", interview=False, company=None,
      days=(("Sat", "2026-05-09"),),
      note="Flat viewing (Wohnungsbesichtigung) confirmed for 'Sa, 09.05.2026, 11.00–11.20 Uhr'; personal appointment")
def n43() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Gerne bestätigen wir Ihnen den Besichtigungstermin für folgendes Objekt:

        3.5-Zimmer-Wohnung, 2. OG, Nordstrasse 214, 8037 Zürich
        Netto-Miete CHF 2'480.– / Nebenkosten CHF 220.–

        Besichtigung: Sa, 09.05.2026, 11.00–11.20 Uhr
        Treffpunkt: vor dem Hauseingang, Frau Brändli (Hauswartin) öffnet Ihnen.

        Bitte bringen Sie einen aktuellen Betreibungsregisterauszug mit, falls Sie sich direkt vor
        Ort bewerben möchten.

        Freundliche Grüsse
        Immobilien Limmatblick AG
        Bewirtschaftung
        """)
    return message(heads(addr("Immobilien Limmatblick AG", "vermietung@limmatblick-immo.ch"),
                         "Bestätigung Besichtigung Nordstrasse 214 – Sa, 09.05.2026", "2026-05-05 13:12",
                         "Europe/Zurich", "<besichtigung.4471.20260505@limmatblick-immo.ch>"),
                   text(body, charset="windows-1252"))


@mail(name(44), family="non_interview_calendar", lang="de-CH", interview=False, company=None,
      days=(("Mon", "2026-09-14"), ("Wed", "2026-09-16")),
      note="Zivilschutz call-up (Aufgebot) with a fixed reporting time; not an interview")
def n44() -> bytes:
    body = t("""
        Aufgebot zum Wiederholungskurs (WK) 2026

        Sehr geehrte Frau Meier

        Gestützt auf das Bevölkerungs- und Zivilschutzgesetz bieten wir Sie zu folgender
        Dienstleistung auf:

        Kurs:        WK Betreuung / Führungsunterstützung
        Einrücken:   Montag, 14.09.2026, 07.45 Uhr
        Ort:         Ausbildungszentrum Zivilschutz, Hagenholzstrasse 60, 8050 Zürich
        Entlassung:  Mittwoch, 16.09.2026, ca. 17.00 Uhr
        Tenue:       Einsatzuniform, gute Schuhe, Dienstbüchlein

        Bitte leiten Sie die beiliegende Bestätigung für die Erwerbsersatzordnung (EO) an Ihren
        Arbeitgeber weiter. Dispensationsgesuche sind bis spätestens 14 Tage vor Kursbeginn
        schriftlich einzureichen.

        Zivilschutzorganisation Zürich
        Kurswesen
        """)
    return message(heads(addr("ZSO Zürich – Kurswesen", "kurswesen@zso-zuerich.example.ch"),
                         "Aufgebot WK 2026 – Einrücken Mo, 14.09.2026", "2026-08-10 10:20", "Europe/Zurich",
                         "<aufgebot.2026.0914.31155@zso-zuerich.example.ch>"),
                   text(body, charset="iso-8859-1"))


@mail(name(45), family="lookalike_interviewer", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-05-13"),),
      note="She forwards from work an invite where SHE interviews an apprentice candidate "
           "('Vorstellungsgespräch Lehrstelle Polymechaniker/in EFZ', Mi 13.05.2026 15.00); not her own job interview")
def n45() -> bytes:
    body = t("""
        fürs Handy, bin am Mittwoch im Homeoffice bis Mittag

        -----Ursprünglicher Termin-----
        Von: Frei Barbara <barbara.frei@hardturm-automation.ch>
        Gesendet: Donnerstag, 7. Mai 2026 11:25
        An: Meier Giulia; Vogel Martin
        Betreff: Vorstellungsgespräch Lehrstelle Polymechaniker/in EFZ – Lara Huber
        Wann: Mittwoch, 13. Mai 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Sitzungszimmer Hardturm 2

        Hoi Giulia, hoi Martin

        Danke, dass ihr das Gespräch mit Lara Huber (Schnupperlehre im März, sehr motiviert) mit
        mir führt. Bewerbung und Schnupperbericht findet ihr im Teams-Ordner «Lernende 2027».
        Wir starten mit einem kurzen Rundgang durch die Werkstatt, dann Gespräch.

        Liebe Grüsse
        Barbara
        HR / Berufsbildung
        Hardturm Automation AG
        """)
    return message(heads(addr("Meier Giulia", "giulia.meier@hardturm-automation.ch"),
                         "WG: Vorstellungsgespräch Lehrstelle Polymechaniker/in EFZ – Lara Huber",
                         "2026-05-07 11:31", "Europe/Zurich",
                         "<ZR0P278MB0422C3D4E5F6A7B8C9D0E1F2A3B4C5@ZR0P278MB0422.CHEP278.PROD.OUTLOOK.COM>",
                         post=exchange_heads("Vorstellungsgespräch Lehrstelle Polymechaniker/in EFZ – Lara Huber",
                                             "AQHc3N7pUe1r0Zs6Sx8yGvq4K2oJbQ==")),
                   alt(text(body), html(outlook_html(body))))


@mail(name(46), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-18"),),
      note="Podcast recording confirmed ('our interview', Thursday 18 June 17:00 CEST); she is the guest, not a job interview")
def n46() -> bytes:
    body = t("""
        Hi Giulia,

        Thanks so much for agreeing to come on Torque Talk! Locking it in:

        Recording: Thursday, 18 June 2026, 17:00 CEST (Zurich time)
        Where: Riverside studio link – https://riverside.fm/studio/torque-talk-ep87
        Length: the interview itself runs about 40 minutes, plus 10 minutes of setup.

        We'll talk about your work on compliant grippers and what it's like moving between
        industrial automation and research. No prep needed – just a quiet room and headphones.
        The episode should go live in mid-July.

        Cheers,
        Priya Nair
        Host, Torque Talk – a podcast about robots and the people who build them
        """)
    return message(heads(addr("Priya Nair", "priya@torquetalk.fm"), "Torque Talk recording – you're booked!",
                         "2026-06-12 18:20", "Europe/London", "<CAK4qP9nE2xR7tZ1mB0vY6wL3hJ8sD5fG1cU@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@mail(name(47), family="mock_interview", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-04-01"),),
      note="Bookings confirmation of a mock interview (Probe-Vorstellungsgespräch) at the university career "
           "service, 'Mi, 01.04.2026, 13.15–14.00 Uhr'; practice, not a job interview")
def n47() -> bytes:
    body = t("""
        Ihre Buchung ist bestätigt

        Hallo Giulia Meier

        Vielen Dank für Ihre Buchung bei Career Services – Hochschule Limmattal.

        Mock-Interview (Probe-Vorstellungsgespräch) für Alumni – 45 Min.
        Mittwoch, 1. April 2026
        13:15 - 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Beraterin: Dr. Eva Kunz
        Ort: Career Center, Gebäude LH, Raum E 12

        Bitte bringen Sie die Stellenausschreibung mit, auf die Sie sich vorbereiten möchten;
        wir simulieren das Gespräch und besprechen danach Ihr Auftreten.

        Buchung verwalten: https://outlook.office365.com/owa/calendar/CareerServices@hslimmattal.onmicrosoft.com/bookings/
        """)
    ics = exchange_ics(method="REQUEST", start="20260401T131500", end="20260401T140000",
                       uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
                       stamp="20260326T081000Z", summary="Mock-Interview (Probe-Vorstellungsgespräch) für Alumni",
                       org_cn="Career Services – Hochschule Limmattal",
                       org="CareerServices@hslimmattal.onmicrosoft.com",
                       location="Career Center\\, Gebäude LH\\, Raum E 12")
    return message(heads(addr("Career Services – Hochschule Limmattal", "CareerServices@hslimmattal.onmicrosoft.com"),
                         "Buchung bestätigt: Mock-Interview (Probe-Vorstellungsgespräch) am Mittwoch, 1. April 2026",
                         "2026-03-26 09:10", "Europe/Zurich",
                         "<ZR1P278MB0988A1B2C3D4E5F6A7B8C9D0E1F2A3@ZR1P278MB0988.CHEP278.PROD.OUTLOOK.COM>"),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment")))


@mail(name(48), family="info_event", lang="fr-CH", interview=False, company="Rhône Aéro SA",
      days=(("Thu", "2026-05-21"),),
      note="Registration confirmation for an employer's careers evening 'jeudi 21 mai 2026 à 18h30' with ICS; "
           "an event, not an interview")
def n48() -> bytes:
    body = t("""
        Bonjour Giulia,

        Merci pour votre inscription ! Nous avons le plaisir de vous confirmer votre place pour
        notre soirée d'information :

        « Ingénieur·e·s chez Rhône Aéro – découvrez nos équipes »
        jeudi 21 mai 2026, de 18h30 à 20h30
        Rhône Aéro SA, Route de Meyrin 290, 1217 Meyrin (hall d'assemblage)

        Au programme : présentation de nos projets d'actionneurs, visite de l'atelier, échanges
        informels avec nos ingénieur·e·s autour d'un apéritif. Pas besoin d'apporter de CV ; si
        un poste vous intéresse, vous pourrez postuler ensuite en ligne.

        À bientôt,
        L'équipe Employer Branding – Rhône Aéro SA
        """)
    ics = vcal(prodid="-//Rhone Aero SA//Evenements//FR", method="PUBLISH", tzid="Europe/Zurich", vtz=ZURICH_VTZ,
               start="20260521T183000", end="20260521T203000", uid="soiree-ingenieurs-2026-05@rhone-aero.ch",
               stamp="20260511T120500Z", summary="Soirée d'information – Ingénieur·e·s chez Rhône Aéro",
               organizer="ORGANIZER;CN=Rhône Aéro SA Evénements:mailto:evenements@rhone-aero.ch",
               attendees=[f"ATTENDEE;CN=Giulia Meier:mailto:{ME}"],
               location="Route de Meyrin 290\\, 1217 Meyrin")
    return message(heads(addr("Rhône Aéro SA", "evenements@rhone-aero.ch"),
                         "Confirmation d'inscription : Soirée d'information ingénieur·e·s – 21 mai", "2026-05-11 14:05",
                         "Europe/Zurich", "<evt-2026-05-21.8813.giulia@rhone-aero.ch>"),
                   mixed(alt(text(body), html(simple_html(body))),
                         calendar(ics, method="PUBLISH", cte="quoted-printable", filename="soiree.ics",
                                  disposition="attachment")))


@mail(name(49), family="reference_call", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Another company's HR confirms a reference call where Giulia is the referee for a former colleague "
           "(Mi, 28.10.2026, 11.00 Uhr, after the DST change); a fixed call, but not her job interview")
def n49() -> bytes:
    body = t("""
        Grüezi Frau Meier

        Herzlichen Dank, dass Sie sich als Referenzperson für Herrn Jonas Wyss zur Verfügung stellen.
        Gerne bestätige ich unser Telefonat am Mittwoch, 28.10.2026, um 11.00 Uhr. Ich rufe Sie auf
        Ihrer Mobilnummer an; das Gespräch dauert etwa 20 Minuten.

        Mich interessieren vor allem Ihre Erfahrungen aus der Zusammenarbeit im Projekt «Greifer V2»
        bei der Hardturm Automation AG, seine Rolle im Team und seine Stärken in der Inbetriebnahme.

        Freundliche Grüsse
        Daniela Kälin
        HR Business Partner
        Seeland Photonics AG | Biel/Bienne
        """)
    return message(heads(addr("Daniela Kälin", "daniela.kaelin@seeland-photonics.ch"),
                         "Referenzauskunft Jonas Wyss – Telefonat am 28.10.", "2026-10-23 15:40", "Europe/Zurich",
                         "<ZR0P278MB0577D5E6F7A8B9C0D1E2F3A4B5C6D7@ZR0P278MB0577.CHEP278.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(outlook_html(body))))


@mail(name(50), family="post_interview", lang="de-AT", interview=False, company="Donaustahl Robotik GmbH",
      days=(("Thu", "2026-01-22"),),
      note="Austrian Zwischenbescheid after the 22 Jänner Hearing; decision promised by mid-February, nothing scheduled")
def n50() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        vielen Dank für Ihren Besuch bei uns in Wien und das angenehme Hearing am Donnerstag,
        22. Jänner. Wir führen derzeit noch Gespräche mit weiteren Kandidatinnen und Kandidaten und
        werden Ihnen bis spätestens Mitte Februar eine Rückmeldung geben.

        Ihre Reisekostenabrechnung haben wir erhalten und bereits zur Zahlung angewiesen.

        Mit freundlichen Grüßen
        Mag. Verena Hofbauer
        Personalentwicklung
        Donaustahl Robotik GmbH
        """)
    return message(heads(addr("Verena Hofbauer", "verena.hofbauer@donaustahl-robotik.at"),
                         "Zwischeninformation zu Ihrer Bewerbung", "2026-01-30 10:45", "Europe/Vienna",
                         "<VI1P190MB0744F0E1D2C3B4A5968778695A4B3C@VI1P190MB0744.EURP190.PROD.OUTLOOK.COM>"),
                   text(body))
