"""blind295: a blind 50-mail held-out set, the inbox of Romain Guérin, production planner in the
footwear industry in Cholet (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the first and the
"Mix" to "Judgement calls" parts of bench/heldout/README.md, the dev corpus README, labels.json,
dev_002.eml, dev_009.eml and score.py; it did not read the detector, its tests, any other held-out
mails or sets, and never ran the detector. Each mail below is written by hand, one function per
mail; make.py does the MIME plumbing. Keys 1-24 are positives, 25-50 negatives; the file numbers
are a fixed shuffle of the writing order (ORDER). Mostly French (tu and vous), some English
(an Italian employer in Europe/Rome, a Portuguese one in Europe/Lisbon).
"""

from __future__ import annotations

import hashlib
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(2950295).sample(range(1, 51), 50)
SET = "blind295"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "romain.guerin@example.com"
ME_NAME = "Romain Guérin"
PARIS = "Europe/Paris"
ROME = "Europe/Rome"
LISBON = "Europe/Lisbon"


def me():
    return addr(ME_NAME, ME)


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:24]}@{domain}>"


def uid(seed: str) -> str:
    h = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def hdrs(frm, subject, when, zone, msgid, *, mx, to=None, extra=(), charset="utf-8"):
    """The usual top of a delivered message: Received, From, To, Subject, Date, Message-ID."""
    return [
        ("Received", received(f"from {mx}", when, zone, "mx1.example.com (Postfix)", ME)),
        ("From", frm),
        ("To", to or me()),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


ROMANCE = """BEGIN:VTIMEZONE
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

VTZ_ROME = """BEGIN:VTIMEZONE
TZID:Europe/Rome
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

VTZ_LISBON = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="amandine.lefort@maison-caradec.fr", company="Maison Caradec",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
           note="Greenhouse confirmation in French, 'mardi 15 septembre 2026, 10:00 - 10:45 (heure de Paris)', "
                "CEST = UTC+2; ICS attachment agrees; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Bonjour Romain,

        Merci d'avoir pris le temps de nous indiquer vos disponibilités. Votre entretien est confirmé :

        Poste : Planificateur de production H/F – Atelier de Cholet
        Date : mardi 15 septembre 2026
        Heure : 10:00 - 10:45 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/qpx-hwte-kdo

        Vous échangerez avec :
          Amandine Lefort – Chargée de recrutement
          Bertrand Oger – Responsable industriel

        Pour toute question, répondez simplement à cet e-mail.

        À très vite,
        L'équipe recrutement Maison Caradec
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Bonjour Romain,</p>
        <p>Merci d'avoir pris le temps de nous indiquer vos disponibilit&eacute;s. Votre entretien est confirm&eacute;&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Poste</b></td><td>Planificateur de production H/F &ndash; Atelier de Cholet</td></tr>
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10:00 - 10:45 (heure de Paris)</td></tr>
        <tr><td><b>Format</b></td><td>visioconf&eacute;rence Google Meet &ndash; <a href="https://meet.google.com/qpx-hwte-kdo">rejoindre</a></td></tr>
        </table>
        <p>Vous &eacute;changerez avec&nbsp;:<br>Amandine Lefort &ndash; Charg&eacute;e de recrutement<br>
        Bertrand Oger &ndash; Responsable industriel</p>
        <p>Pour toute question, r&eacute;pondez simplement &agrave; cet e-mail.</p>
        <p>&Agrave; tr&egrave;s vite,<br>L'&eacute;quipe recrutement Maison Caradec</p>
        <p style="font-size:11px;color:#888">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:{uid("b295-01")}@greenhouse.io
DTSTAMP:20260908T081400Z
DTSTART;TZID=Europe/Paris:20260915T100000
DTEND;TZID=Europe/Paris:20260915T104500
SUMMARY:Entretien - Planificateur de production H/F (Maison Caradec)
LOCATION:https://meet.google.com/qpx-hwte-kdo
ORGANIZER;CN=Amandine Lefort:mailto:amandine.lefort@maison-caradec.fr
ATTENDEE;CN=Romain Guérin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Maison Caradec", "no-reply@us.greenhouse-mail.io"),
             "Entretien confirmé – Planificateur de production H/F chez Maison Caradec",
             "2026-09-08 10:14", PARIS, mid("b295-01", "us.greenhouse-mail.io"),
             mx="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.21.40])",
             extra=[("Reply-To", addr("Amandine Lefort", "amandine.lefort@maison-caradec.fr"))])
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T13:00:00Z",
           contact="nathalie.brochard@groupe-talmont.fr", company="Groupe Talmont",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=PARIS,
           note="Workday HTML-only invitation, 'jeudi 24 septembre 2026, 14:00 - 15:00 (heure de Paris)', "
                "CEST; sender is the Workday tenant address, contact = HR manager's address in the body")
def m02():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Invitation</title></head>
        <body style="margin:0;background:#f3f4f6">
        <table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00334e;color:#fff;padding:16px;font-size:18px">Groupe Talmont</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Romain Guérin,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste <b>Responsable Planification &amp; Ordonnancement (R-04127)</b>.</p>
        <p><b>Date :</b> jeudi 24 septembre 2026<br>
        <b>Heure :</b> 14:00 - 15:00 (heure de Paris)<br>
        <b>Lieu :</b> Site de La Séguinière, 12 rue de l'Industrie, 49280 La Séguinière – accueil bâtiment B<br>
        <b>Interlocutrice :</b> Nathalie Brochard, Responsable Ressources Humaines
        (<a href="mailto:nathalie.brochard@groupe-talmont.fr">nathalie.brochard@groupe-talmont.fr</a>)</p>
        <p>Merci de vous munir d'une pièce d'identité. Si vous avez un empêchement, contactez directement Nathalie Brochard.</p>
        <p>Vous pouvez suivre votre candidature depuis votre <a href="https://wd3.myworkdaysite.com/fr-FR/talmont/login">espace candidat</a>.</p>
        <p>Cordialement,<br>Recrutement Groupe Talmont</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Groupe Talmont", "talmont@myworkday.com"),
             "Invitation à un entretien – Responsable Planification & Ordonnancement",
             "2026-09-14 16:41", PARIS, mid("b295-02", "myworkday.com"),
             mx="mail-out3.myworkday.com (mail-out3.myworkday.com [198.51.100.23])")
    return message(h, html(page))


@make.mail(N(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T09:00:00Z", end="2026-09-30T09:45:00Z",
           contact="giulia.rinaldi@calzaturificiobrenta.it", company="Calzaturificio Brenta",
           local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone=ROME,
           note="Lever confirmation in English from an Italian employer, '11:00 AM - 11:45 AM CEST (Rome)' "
                "= 09:00 UTC, same wall clock as Paris; ICS in Europe/Rome; contact = Reply-To recruiter")
def m03():
    body = t("""
        Hi Romain,

        Your interview with Calzaturificio Brenta has been scheduled.

        Supply Chain & Production Planner (French/Italian plants)
        Wednesday, September 30, 2026
        11:00 AM - 11:45 AM CEST (Europe/Rome)

        Interviewers: Giulia Rinaldi (Talent Acquisition), Marco Zanin (Operations Manager)
        Location: Microsoft Teams - the link is in the attached calendar invitation.

        If you need to make a change, just reply to this email.

        Best,
        Giulia Rinaldi
        Calzaturificio Brenta S.p.A.

        --
        Sent via Lever
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
{VTZ_ROME}
BEGIN:VEVENT
UID:{uid("b295-03")}@lever.co
DTSTAMP:20260924T131205Z
DTSTART;TZID=Europe/Rome:20260930T110000
DTEND;TZID=Europe/Rome:20260930T114500
SUMMARY:Interview: Romain Guérin <> Calzaturificio Brenta
DESCRIPTION:Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Brenta30\\nMeeting ID: 381 552 904 117
LOCATION:Microsoft Teams
ORGANIZER;CN=Giulia Rinaldi:mailto:giulia.rinaldi@calzaturificiobrenta.it
ATTENDEE;CN=Romain Guérin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Calzaturificio Brenta", "no-reply@hire.lever.co"),
             "Interview confirmed: Supply Chain & Production Planner at Calzaturificio Brenta",
             "2026-09-24 15:12", ROME, mid("b295-03", "hire.lever.co"),
             mx="mail-sor-f65.hire.lever.co (mail-sor-f65.hire.lever.co [209.85.220.65])",
             extra=[("Reply-To", addr("Giulia Rinaldi", "giulia.rinaldi@calzaturificiobrenta.it"))])
    return message(h, alt(text(body),
                          calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(4), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T09:30:00Z", end=None,
           contact="giulia.rinaldi@calzaturificiobrenta.it", company="Calzaturificio Brenta",
           local="Tue 2026-10-27 10:30", zone=ROME,
           days=(("Fri", "2026-10-23"), ("Tue", "2026-10-27")),
           note="Recruiter moves the on-site visit from Fri 23 Oct to Tue 27 Oct 10:30 Italian time; the mail "
                "is sent in CEST but Europe is back on CET from 25 Oct, so 10:30 = 09:30 UTC; 'until around "
                "3 pm' is approximate, end null")
def m04():
    body = t("""
        Dear Romain,

        I'm sorry to come back to you with a change of plan. Our plant manager, Marco, has to be in
        Timișoara at the end of this week, so we can't welcome you on Friday 23 October as planned.

        Could we move your visit to Tuesday 27 October instead? Same programme and same place: we
        start at 10:30 (Italian time, the same as in France) at our plant in Stra, Via Venezia 48,
        with a tour of the cutting and stitching lines, then the interview with Marco and with our
        COO, Federica Bellin. It should finish around 3 pm.

        You told me on the phone that Tuesday also works for you, so I have already updated the
        agenda on our side - please just change your travel if needed. Our travel desk will refund
        any change fee, send the receipts to me.

        Thank you for your flexibility, and see you on the 27th!

        Kind regards,
        Giulia

        Giulia Rinaldi
        Talent Acquisition Specialist
        Calzaturificio Brenta S.p.A. | Via Venezia 48, 30039 Stra (VE)
        +39 049 980 1123
        """)
    h = hdrs(addr("Giulia Rinaldi", "giulia.rinaldi@calzaturificiobrenta.it"),
             "Your visit to Stra - new date: Tuesday 27 October",
             "2026-10-21 09:05", ROME, mid("b295-04", "calzaturificiobrenta.it"),
             mx="mail.calzaturificiobrenta.it (mail.calzaturificiobrenta.it [203.0.113.41])",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    return message(h, text(body))


@make.mail(N(5), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T09:00:00Z", end="2026-10-08T09:30:00Z",
           contact="ines.carvalho@solasdonorte.pt", company="Solas do Norte",
           local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:30", zone=LISBON,
           note="Teamtailor booking from a Portuguese employer, '10:00 - 10:30 (Lisbon time, WEST)' = "
                "09:00 UTC (11:00 in Cholet); ICS in Europe/Lisbon; contact = Reply-To recruiter")
def m05():
    body = t("""
        Hi Romain,

        Thank you for booking a time with us! Here are the details:

        Video interview - Production Planning Lead
        Thursday, 8 October 2026
        10:00 - 10:30 (Lisbon time, WEST)

        With: Inês Carvalho and Rui Azevedo
        Join: https://meet.teamtailor.com/solasdonorte/9f2c1a7e

        Need to reschedule? Use this link: https://solasdonorte.teamtailor.com/meetings/9f2c1a7e/reschedule

        Best regards,
        Solas do Norte Calçado, Lda.
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;max-width:560px;margin:auto">
        <h2 style="font-weight:600">Thank you for booking a time with us!</h2>
        <p>Hi Romain,</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <p style="margin:0;font-weight:600">Video interview - Production Planning Lead</p>
        <p style="margin:4px 0">Thursday, 8 October 2026</p>
        <p style="margin:4px 0">10:00 - 10:30 (Lisbon time, WEST)</p>
        <p style="margin:4px 0">With: Inês Carvalho and Rui Azevedo</p>
        <p style="margin:8px 0"><a href="https://meet.teamtailor.com/solasdonorte/9f2c1a7e">Join the meeting</a></p>
        </div>
        <p><a href="https://solasdonorte.teamtailor.com/meetings/9f2c1a7e/reschedule">Need to reschedule?</a></p>
        <p>Best regards,<br>Solas do Norte Calçado, Lda.</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ_LISBON}
BEGIN:VEVENT
UID:{uid("b295-05")}
DTSTAMP:20261002T142200Z
DTSTART;TZID=Europe/Lisbon:20261008T100000
DTEND;TZID=Europe/Lisbon:20261008T103000
SUMMARY:Video interview - Production Planning Lead (Solas do Norte)
URL:https://meet.teamtailor.com/solasdonorte/9f2c1a7e
ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@solasdonorte.pt
ATTENDEE;CN=Romain Guérin;RSVP=TRUE:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Solas do Norte", "no-reply@teamtailor-mail.com"),
             "Interview booked: Production Planning Lead",
             "2026-10-02 15:22", LISBON, mid("b295-05", "teamtailor-mail.com"),
             mx="a48-97.smtp-out.eu-west-1.amazonses.com (a48-97.smtp-out.eu-west-1.amazonses.com [54.240.48.97])",
             extra=[("Reply-To", addr("Inês Carvalho", "ines.carvalho@solasdonorte.pt"))])
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(6), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T13:00:00Z", end="2026-10-20T14:00:00Z",
           contact="ines.carvalho@solasdonorte.pt", company="Solas do Norte",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=LISBON,
           note="'next Tuesday at 2 pm Lisbon time (3 pm for you in France)', resolved against the Date "
                "(Thu 15 Oct) = Tue 20 Oct; WEST = UTC+1 so 13:00 UTC; 'will take one hour' gives the end")
def m06():
    body = t("""
        Hi Romain,

        Good news: Rui enjoyed your conversation last week, and he would like you to meet our COO,
        Paulo Meireles, for the second round.

        I've confirmed it with Paulo for next Tuesday at 2 pm Lisbon time (3 pm for you in France),
        on Teams. It will take one hour: 40 minutes with Paulo on how you would run our S&OP
        between the Felgueiras cutting room and the two stitching partners, then 20 minutes with me
        on practical matters (relocation, start date, salary range).

        Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SdN_Meireles
        Meeting ID: 372 418 665 093 / Passcode: vX7qLm

        Paulo may share a short case (a weekly capacity plan) on screen, nothing to prepare.

        Kind regards,
        Inês

        Inês Carvalho
        People & Culture | Solas do Norte Calçado, Lda.
        Rua da Indústria 210, 4610-105 Felgueiras, Portugal
        """)
    h = hdrs(addr("Inês Carvalho", "ines.carvalho@solasdonorte.pt"),
             "Second interview with Paulo Meireles (COO)",
             "2026-10-15 17:10", LISBON, mid("b295-06", "solasdonorte.pt"),
             mx="mail-eopbgr80094.outbound.protection.outlook.com (mail-eopbgr80094.outbound.protection.outlook.com [40.107.8.94])",
             extra=[("Content-Language", "en-US"), ("Thread-Topic", "Second interview with Paulo Meireles (COO)")])
    return message(h, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@make.mail(N(7), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-10-05T07:30:00Z", end="2026-10-05T08:30:00Z",
           contact="l.rabiller@semelles-bocage.fr", company="Semelles Bocage Industrie",
           local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:30", zone=PARIS,
           note="Personio French template 'lundi 5 octobre 2026 à 09:30', 'Durée : 60 minutes', CEST; "
                "ICS attachment agrees; contact = Reply-To HR")
def m07():
    body = t("""
        Bonjour Romain Guérin,

        Nous vous confirmons votre entretien pour le poste de Planificateur production (CDI).

        Date : lundi 5 octobre 2026 à 09:30
        Durée : 60 minutes
        Lieu : Semelles Bocage Industrie, ZI du Bois Joly, 85500 Les Herbiers
        Participants : Laetitia Rabiller (RH), Guillaume Pogu (Directeur de production)

        Vous trouverez l'invitation de calendrier en pièce jointe.

        Pour toute question, répondez à ce message.

        Cordialement,
        Semelles Bocage Industrie

        Cet e-mail a été envoyé via Personio.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:{uid("b295-07")}@personio.de
DTSTAMP:20260929T121803Z
DTSTART;TZID=Europe/Paris:20261005T093000
DTEND;TZID=Europe/Paris:20261005T103000
SUMMARY:Entretien : Planificateur production (CDI) - Romain Guérin
LOCATION:Semelles Bocage Industrie\\, ZI du Bois Joly\\, 85500 Les Herbiers
ORGANIZER;CN=Laetitia Rabiller:mailto:l.rabiller@semelles-bocage.fr
ATTENDEE;CN=Romain Guérin;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Semelles Bocage Industrie", "noreply@mail.personio.de"),
             "Confirmation de votre entretien – Planificateur production (CDI)",
             "2026-09-29 14:18", PARIS, mid("b295-07", "mail.personio.de"),
             mx="mail.personio.de (mail.personio.de [192.0.2.77])",
             extra=[("Reply-To", addr("Laetitia Rabiller", "l.rabiller@semelles-bocage.fr"))])
    return message(h, mixed(text(body, cte="base64"),
                            calendar(ics, method=None, cte="base64", ctype="application/ics",
                                     filename="entretien.ics", disposition="attachment")))


@make.mail(N(8), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-10-07T09:00:00Z", end="2026-10-07T10:00:00Z",
           contact="damien.rousseau@groupe-mareuil.fr", company="Groupe Mareuil",
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone=PARIS,
           note="SmartRecruiters confirmation 'mercredi 7 octobre 2026, 11h00 – 12h00 (UTC+02:00 Paris)'; "
                "ICS ORGANIZER is the recruiter, who is also named in the body")
def m08():
    body = t("""
        Bonjour Romain,

        Merci d'avoir choisi un créneau. Votre entretien est confirmé.

        Offre : Planificateur Production H/F - Cholet
        Type : entretien téléphonique avec le recruteur
        Quand : mercredi 7 octobre 2026, 11h00 - 12h00 (UTC+02:00 Paris)
        Votre interlocuteur : Damien Rousseau - damien.rousseau@groupe-mareuil.fr
        Damien vous appellera au numéro indiqué dans votre candidature.

        Ajouter à votre agenda : l'invitation est jointe à ce message.

        Bonne journée,
        Groupe Mareuil

        Vous recevez ce message car vous avez postulé chez Groupe Mareuil via SmartRecruiters.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid("b295-08")}@smartrecruiters.com
DTSTAMP:20261001T134512Z
DTSTART:20261007T090000Z
DTEND:20261007T100000Z
SUMMARY:Entretien téléphonique - Planificateur Production H/F - Groupe Mareuil
ORGANIZER;CN=Damien Rousseau:mailto:damien.rousseau@groupe-mareuil.fr
ATTENDEE;CN=Romain Guérin;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Groupe Mareuil", "noreply@smartrecruiters.com"),
             "Entretien confirmé : Planificateur Production H/F – Cholet",
             "2026-10-01 15:45", PARIS, mid("b295-08", "smartrecruiters.com"),
             mx="mta-27.smartrecruiters.com (mta-27.smartrecruiters.com [198.51.100.127])")
    return message(h, alt(text(body, charset="iso-8859-15"), calendar(ics, method="REQUEST", cte="quoted-printable")))


@make.mail(N(9), family="smartrecruiters", lang="fr", interview=True, kind="cancelled",
           start="2026-11-12T13:00:00Z", end="2026-11-12T13:45:00Z",
           contact="helene.cesbron@cuirs-evre.fr", company="Cuirs de l'Èvre",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone=PARIS,
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS; cancelled slot 'jeudi 12 novembre "
                "2026, 14h00 – 14h45' CET = 13:00 UTC; recruitment suspended, no new time; contact = ICS ORGANIZER")
def m09():
    body = t("""
        Bonjour Romain,

        Nous sommes au regret de vous informer que l'entretien suivant a été annulé :

        Offre : Responsable Ordonnancement H/F – Beaupréau
        Quand : jeudi 12 novembre 2026, 14h00 – 14h45 (UTC+01:00 Paris)
        Avec : Hélène Cesbron

        Message de l'équipe de recrutement :
        « Bonjour Romain, le recrutement sur ce poste est suspendu suite à une réorganisation de
        l'atelier de piqûre. Je suis désolée de ce contretemps et reviendrai vers vous si le poste
        est rouvert. Hélène »

        Cordialement,
        Cuirs de l'Èvre
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:{uid("b295-09")}@smartrecruiters.com
DTSTAMP:20261109T094030Z
DTSTART:20261112T130000Z
DTEND:20261112T134500Z
SUMMARY:Annulé : Entretien - Responsable Ordonnancement H/F - Cuirs de l'Èvre
ORGANIZER;CN=Hélène Cesbron:mailto:helene.cesbron@cuirs-evre.fr
ATTENDEE;CN=Romain Guérin:mailto:{ME}
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Cuirs de l'Èvre", "noreply@smartrecruiters.com"),
             "Entretien annulé : Responsable Ordonnancement H/F – Beaupréau",
             "2026-11-09 10:40", PARIS, mid("b295-09", "smartrecruiters.com"),
             mx="mta-31.smartrecruiters.com (mta-31.smartrecruiters.com [198.51.100.131])")
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(10), family="icims", lang="fr", interview=True, kind="scheduled",
           start="2026-10-13T08:00:00Z", end="2026-10-13T09:00:00Z",
           contact="karine.gohier@vestalis.com", company="Vestalis Footwear Group",
           local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone=PARIS,
           note="iCIMS HTML-only French invitation with application/ics attachment, 'mardi 13/10/2026, "
                "10h00 - 11h00 (heure de Paris)', CEST; sender is a role address, contact = HR in the body "
                "and ICS ORGANIZER")
def m10():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <img src="https://careers-vestalis.icims.com/images/logo_vestalis.png" alt="Vestalis Footwear Group" width="180"><br><br>
        Bonjour Romain,<br><br>
        Suite à votre candidature au poste de <b>Supply Planner – Usine de Cholet (Req. 2026-3318)</b>,
        nous avons le plaisir de vous convier à un premier entretien.<br><br>
        <table border="0" cellpadding="3">
        <tr><td>Date&nbsp;:</td><td>mardi 13/10/2026</td></tr>
        <tr><td>Horaire&nbsp;:</td><td>10h00 - 11h00 (heure de Paris)</td></tr>
        <tr><td>Lieu&nbsp;:</td><td>Vestalis France, 4 avenue du Lac, 49300 Cholet</td></tr>
        <tr><td>Avec&nbsp;:</td><td>Karine Gohier, Responsable RH France (karine.gohier@vestalis.com)</td></tr>
        </table><br>
        Merci de confirmer votre présence en cliquant sur le bouton ci-dessous.<br><br>
        <a href="https://careers-vestalis.icims.com/jobs/3318/candidate/confirm" style="background:#c8102e;color:#fff;padding:8px 14px;text-decoration:none">Je confirme</a><br><br>
        Cordialement,<br>
        L'équipe Talent Acquisition<br>Vestalis Footwear Group<br><br>
        <span style="font-size:10px;color:#777">Merci de ne pas répondre à cet e-mail. Powered by iCIMS.</span>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:{uid("b295-10")}
DTSTAMP:20261006T073000Z
DTSTART;TZID=Europe/Paris:20261013T100000
DTEND;TZID=Europe/Paris:20261013T110000
SUMMARY:Entretien Vestalis - Supply Planner (Req. 2026-3318)
LOCATION:Vestalis France\\, 4 avenue du Lac\\, 49300 Cholet
ORGANIZER;CN=Karine Gohier:mailto:karine.gohier@vestalis.com
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Vestalis Talent Acquisition", "vestalis-noreply@talent.icims.com"),
             "Invitation à un entretien – Supply Planner (Req. 2026-3318)",
             "2026-10-06 09:30", PARIS, mid("b295-10", "talent.icims.com"),
             mx="smtp-out12.icims.com (smtp-out12.icims.com [198.51.100.212])")
    return message(h, mixed(html(page),
                            calendar(ics, method=None, cte="base64", ctype="application/ics",
                                     filename="Entretien_Vestalis.ics", disposition="attachment")))


@make.mail(N(11), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="karine.gohier@vestalis.com", company="Vestalis Footwear Group",
           local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00", zone=PARIS,
           note="Exchange meeting request, TZID Romance Standard Time, 'jeudi 29 octobre 15h00-16h00 heure "
                "de Paris (10h00 à New York)': France is on CET since 25 Oct, New York still on EDT until "
                "1 Nov, so 14:00 UTC; the mail is sent in CEST; contact = organizer HR")
def m11():
    body = t("""
        Bonjour Romain,

        Comme convenu au téléphone, je vous envoie l'invitation pour votre second entretien avec
        Mark Holloway, VP Operations Europe, qui sera à New York cette semaine-là.

        Jeudi 29 octobre, 15h00-16h00 heure de Paris (10h00 à New York). Attention au décalage
        inhabituel : la France passe à l'heure d'hiver le 25 octobre, les États-Unis seulement le
        1er novembre, il n'y aura donc que 5 heures d'écart ce jour-là.

        L'entretien se fera en anglais. Je serai présente en début d'appel.

        Bien cordialement,
        Karine Gohier
        Responsable RH France – Vestalis Footwear Group
        4 avenue du Lac, 49300 Cholet
        Tél. 02 41 55 87 10

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmVzdGFsaXM@thread.v2/0>
        ID de la réunion : 318 447 902 556
        Code secret : 9bQx4T
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Karine Gohier:mailto:karine.gohier@vestalis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Guérin:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Holloway:mailto:mark.holloway@vestalis.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Romain\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour votre second entretien avec Mark Holloway.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C3{uid("b295-11").replace("-", "").upper()}
SUMMARY;LANGUAGE=fr-FR:Entretien Romain Guérin / Mark Holloway (VP Operations Europe)
DTSTART;TZID=Romance Standard Time:20261029T150000
DTEND;TZID=Romance Standard Time:20261029T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T092004Z
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
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmVzdGFsaXM@thread.v2/0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Karine Gohier", "karine.gohier@vestalis.com"),
             "Entretien Romain Guérin / Mark Holloway (VP Operations Europe)",
             "2026-10-23 11:20", PARIS, "<PR3P195MB0731D4F2A6C1B29E7F0A1C33B5A2@PR3P195MB0731.EURP195.PROD.OUTLOOK.COM>",
             mx="mail-eopbgr70110.outbound.protection.outlook.com (mail-eopbgr70110.outbound.protection.outlook.com [40.107.7.110])",
             extra=[("Thread-Topic", enc("Entretien Romain Guérin / Mark Holloway (VP Operations Europe)")),
                    ("Thread-Index", "AdtD0Q7xK2mB9vLhTyqX1c0FbZ3e8A=="), ("Content-Language", "fr-FR")])
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(12), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-10-16T12:30:00Z", end="2026-10-16T13:15:00Z",
           contact="olivier.rambaud@atelier-rambaud.fr", company="Atelier Rambaud",
           local="Fri 2026-10-16 14:30", local_end="2026-10-16 15:15", zone=PARIS,
           note="Workable confirmation after the candidate picked a slot, 'vendredi 16 octobre 2026 à 14:30 "
                "(heure de Paris), 45 minutes', CEST; Reply-To is a Workable relay, so contact = the "
                "founder's address in the body")
def m12():
    body = t("""
        Bonjour Romain,

        Votre entretien avec Atelier Rambaud est confirmé.

        Poste : Responsable planification atelier
        Date : vendredi 16 octobre 2026 à 14:30 (heure de Paris)
        Durée : 45 minutes
        Type : entretien sur site – 7 rue des Tanneurs, 49450 Saint-Macaire-en-Mauges
        Avec : Olivier Rambaud (olivier.rambaud@atelier-rambaud.fr)

        Vous pouvez répondre directement à cet e-mail pour contacter l'équipe de recrutement.

        Cordialement,
        Atelier Rambaud

        --
        Propulsé par Workable
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;max-width:600px">
        <p>Bonjour Romain,</p>
        <p>Votre entretien avec <b>Atelier Rambaud</b> est confirmé.</p>
        <p><b>Poste :</b> Responsable planification atelier<br>
        <b>Date :</b> vendredi 16 octobre 2026 à 14:30 (heure de Paris)<br>
        <b>Durée :</b> 45 minutes<br>
        <b>Type :</b> entretien sur site – 7 rue des Tanneurs, 49450 Saint-Macaire-en-Mauges<br>
        <b>Avec :</b> Olivier Rambaud (olivier.rambaud@atelier-rambaud.fr)</p>
        <p>Vous pouvez répondre directement à cet e-mail pour contacter l'équipe de recrutement.</p>
        <p>Cordialement,<br>Atelier Rambaud</p>
        <p style="color:#999;font-size:11px">Propulsé par Workable</p>
        </div>
        """)
    h = hdrs(addr("Atelier Rambaud", "noreply@workablemail.com"),
             "Entretien confirmé avec Atelier Rambaud",
             "2026-10-12 08:52", PARIS, mid("b295-12", "workablemail.com"),
             mx="mail-a12.workablemail.com (mail-a12.workablemail.com [198.51.100.52])",
             extra=[("Reply-To", "atelier-rambaud+c7f2a91e0b@candidates.workablemail.com")])
    return message(h, alt(text(body), html(page)))


@make.mail(N(13), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-11-03T09:00:00Z", end="2026-11-03T10:00:00Z",
           contact="sandrine.morille@podaris.fr", company="Podaris",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=PARIS,
           note="Recruitee confirmation sent in CET after the 25 Oct change, 'mardi 3 novembre 2026, "
                "10:00 - 11:00 (Europe/Paris)' = 09:00 UTC; ICS agrees; contact = Reply-To recruiter")
def m13():
    body = t("""
        Bonjour Romain,

        Votre entretien est planifié.

        Planificateur de production – chaussures orthopédiques
        mardi 3 novembre 2026, 10:00 - 11:00 (Europe/Paris)
        Podaris, 18 rue Lakanal, 49000 Angers – demandez Sandrine Morille à l'accueil.

        Le détail est dans l'invitation jointe. En cas d'empêchement, répondez à ce message.

        À bientôt,
        Sandrine Morille
        Podaris
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid("b295-13")}@recruitee.com
DTSTAMP:20261028T143011Z
DTSTART:20261103T090000Z
DTEND:20261103T100000Z
SUMMARY:Entretien Podaris - Romain Guérin
LOCATION:Podaris\\, 18 rue Lakanal\\, 49000 Angers
ORGANIZER;CN=Sandrine Morille:mailto:sandrine.morille@podaris.fr
ATTENDEE;CN=Romain Guérin;RSVP=TRUE:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Podaris", "no-reply@recruitee.com"),
             "Entretien planifié : Planificateur de production",
             "2026-10-28 15:30", PARIS, mid("b295-13", "recruitee.com"),
             mx="mail.recruitee.com (mail.recruitee.com [192.0.2.150])",
             extra=[("Reply-To", addr("Sandrine Morille", "sandrine.morille@podaris.fr"))])
    return message(h, mixed(text(body, cte="8bit"),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(14), family="ashby", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-09T15:00:00Z", end="2026-11-09T15:30:00Z",
           contact="maxime@foulee.co", company="Foulée",
           local="Mon 2026-11-09 16:00", local_end="2026-11-09 16:30", zone=PARIS,
           days=(("Fri", "2026-11-06"),),
           note="Ashby reschedule, old 'vendredi 6 novembre 11:00' struck, new 'lundi 9 novembre 2026, "
                "16:00 – 16:30 CET' = 15:00 UTC; ICS SEQUENCE:1 has the new time; contact = Reply-To")
def m14():
    body = t("""
        Bonjour Romain,

        Votre entretien a été reprogrammé.

        Ancien créneau : vendredi 6 novembre 2026, 11:00 – 11:30 CET
        Nouveau créneau : lundi 9 novembre 2026, 16:00 – 16:30 CET

        Ops & Supply Planner – Foulée
        Google Meet : https://meet.google.com/fou-lee9-nov

        Vous rencontrerez :
          Maxime Tessier — cofondateur, opérations

        Une question ? Répondez à cet e-mail, il arrivera à Maxime.

        Merci,
        L'équipe Foulée
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Bonjour Romain,</p>
        <p>Votre entretien a été reprogrammé.</p>
        <p><s>vendredi 6 novembre 2026, 11:00 – 11:30 CET</s><br>
        <b>lundi 9 novembre 2026, 16:00 – 16:30 CET</b></p>
        <p>Ops &amp; Supply Planner – Foulée<br>Google Meet : <a href="https://meet.google.com/fou-lee9-nov">meet.google.com/fou-lee9-nov</a></p>
        <p>Vous rencontrerez :<br>&nbsp;&nbsp;Maxime Tessier — cofondateur, opérations</p>
        <p>Une question ? Répondez à cet e-mail, il arrivera à Maxime.</p>
        <p>Merci,<br>L'équipe Foulée</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:{uid("b295-14")}
DTSTAMP:20261104T101500Z
DTSTART;TZID=Europe/Paris:20261109T160000
DTEND;TZID=Europe/Paris:20261109T163000
SEQUENCE:1
SUMMARY:Foulée – Ops & Supply Planner – Entretien
LOCATION:https://meet.google.com/fou-lee9-nov
ORGANIZER;CN=Maxime Tessier:mailto:maxime@foulee.co
ATTENDEE;CN=Romain Guérin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Foulée", "no-reply@ashbyhq.com"),
             "Entretien reprogrammé : Ops & Supply Planner chez Foulée",
             "2026-11-04 11:15", PARIS,
             "<0100019a3c5e7f21-5d0b9c8e-2f4a-4e61-9b7d-1c3e5a7f9b2d-000000@email.amazonses.com>",
             mx="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             extra=[("Reply-To", addr("Maxime Tessier", "maxime@foulee.co"))])
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(15), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-22T15:30:00Z", end="2026-10-22T16:00:00Z",
           contact="olivia.brisset@brisset-securite.fr", company="Chaussures Brisset",
           local="Thu 2026-10-22 17:30", local_end="2026-10-22 18:00", zone=PARIS,
           note="Calendly invitee confirmation in French, '17:30 - 18:00, jeudi 22 octobre 2026, heure "
                "d'Europe centrale' (still CEST on the 22nd) = 15:30 UTC; contact = host's Reply-To")
def m15():
    body = t("""
        Bonjour Romain Guérin,

        Votre événement Entretien – Planificateur a été planifié.

        Événement : Entretien – Planificateur
        Hôte : Olivia Brisset
        Date/heure : 17:30 - 18:00, jeudi 22 octobre 2026 (heure d'Europe centrale)
        Lieu : Olivia vous appellera au 06 •• •• •• 41

        Annuler : https://calendly.com/cancellations/5b7e0c2a-91d3-4f77-a1e2-b295b295c0de
        Reprogrammer : https://calendly.com/reschedulings/5b7e0c2a-91d3-4f77-a1e2-b295b295c0de

        Ajoutez l'événement à votre calendrier : l'invitation est jointe.

        Propulsé par Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid("b295-15")}@calendly.com
DTSTAMP:20261019T071205Z
DTSTART:20261022T153000Z
DTEND:20261022T160000Z
SUMMARY:Entretien – Planificateur (Olivia Brisset)
ORGANIZER;CN=Olivia Brisset:mailto:olivia.brisset@brisset-securite.fr
ATTENDEE;CN=Romain Guérin;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Planifié : Entretien – Planificateur avec Olivia Brisset le jeudi 22 octobre 2026",
             "2026-10-19 09:12", PARIS, mid("b295-15", "calendly.com"),
             mx="o1.email.calendly.com (o1.email.calendly.com [167.89.101.9])",
             extra=[("Reply-To", addr("Olivia Brisset", "olivia.brisset@brisset-securite.fr"))])
    return message(h, mixed(text(body),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(16), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-09-23T07:15:00Z", end="2026-09-23T07:45:00Z",
           contact=None, company="Cholet Sécurité Chaussures",
           local="Wed 2026-09-23 09:15", local_end="2026-09-23 09:45", zone=PARIS,
           note="Microsoft Bookings recruitment-day slot; the body's zone label is '(UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' although 23 Sep is CEST, so 09:15 = 07:15 UTC, which the "
                "Romance Standard Time ICS confirms; shared mailbox and staff name only -> contact null")
def m16():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <h2 style="font-weight:600">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Romain Guérin,</p>
        <p>Merci d'avoir réservé auprès de <b>CSC – Journée de recrutement</b>. Votre réservation est confirmée.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien individuel – Planificateur / Ordonnanceur</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mercredi 23 septembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>09:15 - 09:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Anthony Moreau</td></tr>
        <tr><td style="color:#605e5c">Adresse</td><td>Cholet Sécurité Chaussures, 31 rue du Puy Saint-Bonnet, 49300 Cholet</td></tr>
        </table>
        <p>Merci d'apporter votre CV imprimé.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CSCRecrutement@cholet-securite.fr/bookings/">Gérer la réservation</a></p>
        </div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=CSC - Journée de recrutement:mailto:CSCRecrutement@cholet-securite.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Guérin:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Entretien individuel – Planificateur / Ordonnanceur
DTSTART;TZID=Romance Standard Time:20260923T091500
DTEND;TZID=Romance Standard Time:20260923T094500
UID:040000008200E00074C5B7101A82E00800000000{uid("b295-16").replace("-", "").upper()}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T123300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cholet Sécurité Chaussures\\, 31 rue du Puy Saint-Bonnet\\, 49300 Cholet
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("CSC – Journée de recrutement", "CSCRecrutement@cholet-securite.fr"),
             "Réservation confirmée : Entretien individuel – Planificateur / Ordonnanceur",
             "2026-09-17 14:33", PARIS, "<AM9P193MB1422E4C0B7F1D3A2C5E8B295A1@AM9P193MB1422.EURP193.PROD.OUTLOOK.COM>",
             mx="mail-db8eur05on2100.outbound.protection.outlook.com (mail-db8eur05on2100.outbound.protection.outlook.com [40.107.20.100])",
             extra=[("Content-Language", "fr-FR")])
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(17), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-11-17T10:00:00Z", end="2026-11-17T11:00:00Z",
           contact="julien.cailleau@sbv-bottes.fr", company="Sabots & Bottes Vendée",
           local="Tue 2026-11-17 11:00", local_end="2026-11-17 12:00", zone=PARIS,
           note="Google Calendar invitation, French UI, 'mar. 17 nov. 2026 11:00 - 12:00 (heure normale "
                "d'Europe centrale - Paris)' = 10:00 UTC; ICS in the alternative and as invite.ics; "
                "contact = ORGANIZER / sender hiring manager")
def m17():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Titre : Entretien Romain Guérin - Planification
        Entretien pour le poste de responsable planification, avec Julien (directeur de site) et
        Maryline (RH). Rendez-vous à l'accueil de l'usine.
        Date et heure : mar. 17 nov. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)
        Lieu : SBV, 5 rue de la Roche, 85170 Le Poiré-sur-Vie
        Participants :
        * Julien Cailleau - organisateur
        * romain.guerin@example.com
        * maryline.bouron@sbv-bottes.fr

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=ZW50cmV0aWVuX3JndWVyaW4

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261117T110000
DTEND;TZID=Europe/Paris:20261117T120000
DTSTAMP:20261111T144812Z
ORGANIZER;CN=Julien Cailleau:mailto:julien.cailleau@sbv-bottes.fr
UID:5k2q9vbn3m1f8c4hd7e0tprs6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Cailleau;X-NUM-GUESTS=0:mailto:julien.cailleau@sbv-bottes.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=romain.guerin@example.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=maryline.bouron@sbv-bottes.fr;X-NUM-GUESTS=0:mailto:maryline.bouron@sbv-bottes.fr
CREATED:20261111T144805Z
DESCRIPTION:Entretien pour le poste de responsable planification\\, avec Julien (directeur de site) et Maryline (RH). Rendez-vous à l'accueil de l'usine.
LAST-MODIFIED:20261111T144812Z
LOCATION:SBV\\, 5 rue de la Roche\\, 85170 Le Poiré-sur-Vie
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Romain Guérin - Planification
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Julien Cailleau", "julien.cailleau@sbv-bottes.fr"),
             "Invitation: Entretien Romain Guérin - Planification @ mar. 17 nov. 2026 11:00 - 12:00 "
             "(CET) (romain.guerin@example.com)",
             "2026-11-11 15:48", PARIS, "<calendar-4c1e9a7b-8d2f-4b3e-a6c5-b295f17e0a11@google.com>",
             mx="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
             extra=[("Reply-To", addr("Julien Cailleau", "julien.cailleau@sbv-bottes.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")])
    return message(h, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                                calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(18), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-12-04T09:00:00Z", end="2026-12-04T10:00:00Z",
           contact="lucie.baron@gaspard-fils.fr", company="Gaspard & Fils",
           local="Fri 2026-12-04 10:00", local_end="2026-12-04 11:00", zone=PARIS,
           note="Google Calendar cancellation, French UI, METHOD:CANCEL; cancelled slot 'ven. 4 déc. 2026 "
                "10:00 - 11:00' CET = 09:00 UTC; contact = ORGANIZER / sender")
def m18():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Titre : Entretien Gaspard & Fils - Romain Guérin
        Désolée Romain, je dois annuler : le comité de direction a gelé le recrutement jusqu'en
        février. Je vous recontacte dès que j'ai du nouveau. Lucie
        Date et heure : ven. 4 déc. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)
        Lieu : Gaspard & Fils, 2 place Travot, 49300 Cholet
        Participants :
        * Lucie Baron - organisateur
        * romain.guerin@example.com

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261204T100000
DTEND;TZID=Europe/Paris:20261204T110000
DTSTAMP:20261201T161944Z
ORGANIZER;CN=Lucie Baron:mailto:lucie.baron@gaspard-fils.fr
UID:0h7c3k9e2r5t1m8q4v6b2n0xzs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=romain.guerin@example.com;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261124T090210Z
LAST-MODIFIED:20261201T161944Z
LOCATION:Gaspard & Fils\\, 2 place Travot\\, 49300 Cholet
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien Gaspard & Fils - Romain Guérin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Lucie Baron", "lucie.baron@gaspard-fils.fr"),
             "Événement annulé : Entretien Gaspard & Fils - Romain Guérin @ ven. 4 déc. 2026 10:00 - 11:00 "
             "(CET) (romain.guerin@example.com)",
             "2026-12-01 17:19", PARIS, "<calendar-0aa7c2d1-5f6e-4b8a-9c3d-b295f18e0c22@google.com>",
             mx="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(19), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end=None,
           contact="sebastien.girard@ateliers-bocage.fr", company="Ateliers du Bocage",
           local="Thu 2026-09-24 14:00", zone=PARIS,
           note="Informal 'tu' mail from a former colleague, 'c'est calé : jeudi à 14h', resolved against the "
                "Date (Mon 21 Sep) = Thu 24 Sep, CEST = 12:00 UTC; 'compte une heure et demie environ' is "
                "approximate, end null")
def m19():
    body = t("""
        Salut Romain,

        C'est calé : jeudi à 14h à l'usine de Montaigu pour l'entretien. Tu verras Sophie Guilbaud
        (la DRH) et moi, puis on fera un tour de l'atelier de montage pour que tu voies le
        planning "à l'ancienne" qu'on veut remplacer. Compte une heure et demie environ.

        Tu te gares sur le parking visiteurs, rue de la Gare, et tu demandes Sophie à l'accueil.

        Si tu peux, amène un exemple anonymisé de ton tableau de charge, ça parlera plus que le CV.

        À jeudi,
        Seb

        --
        Sébastien Girard
        Directeur d'usine – Ateliers du Bocage
        06 71 42 18 90

        Envoyé de mon iPhone
        """)
    h = hdrs(addr("Sébastien Girard", "sebastien.girard@ateliers-bocage.fr"),
             "Entretien jeudi",
             "2026-09-21 19:47", PARIS, mid("b295-19", "ateliers-bocage.fr"),
             mx="smtp.ateliers-bocage.fr (smtp.ateliers-bocage.fr [203.0.113.88])",
             extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    return message(h, text(body, cte="8bit"))


@make.mail(N(20), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T08:30:00Z", end=None,
           contact="elodie.chupin@chaussures-pineau.fr", company="Chaussures Pineau",
           local="Tue 2026-11-10 09:30", zone=PARIS,
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
           note="Recruiter's short reply on top of the quoted thread: 'je vous confirme donc mardi 10 "
                "novembre à 9h30'; CET = 08:30 UTC; the other slots in the quote are not chosen; no "
                "duration -> end null")
def m20():
    body = t("""
        Bonjour Romain,

        Parfait, je vous confirme donc mardi 10 novembre à 9h30 dans nos locaux de
        Saint-Pierre-Montlimart (3 rue de l'Èvre). Vous rencontrerez Patrick Pineau, notre directeur
        industriel, et moi-même.

        Bonne fin de semaine,

        Élodie Chupin
        Chargée RH – Chaussures Pineau
        02 41 70 33 58

        Le mer. 4 nov. 2026 à 18:12, Romain Guérin <romain.guerin@example.com> a écrit :
        > Bonjour Madame Chupin,
        >
        > Merci pour votre retour. Le mardi 10 novembre à 9h30 me convient très bien.
        >
        > Bien cordialement,
        > Romain Guérin
        >
        > Le mar. 3 nov. 2026 à 10:05, Élodie Chupin <elodie.chupin@chaussures-pineau.fr> a écrit :
        >> Bonjour Monsieur Guérin,
        >>
        >> Votre candidature au poste d'ordonnanceur a retenu notre attention. Seriez-vous
        >> disponible pour un entretien sur site à l'un des créneaux suivants ?
        >> - mardi 10 novembre à 9h30
        >> - mercredi 11 novembre à 14h
        >> - jeudi 12 novembre à 10h
        >>
        >> Bien cordialement,
        >> Élodie Chupin
        """)
    h = hdrs(addr("Élodie Chupin", "elodie.chupin@chaussures-pineau.fr"),
             "RE: Candidature ordonnanceur – proposition d'entretien",
             "2026-11-05 09:02", PARIS, mid("b295-20", "chaussures-pineau.fr"),
             mx="smtp.chaussures-pineau.fr (smtp.chaussures-pineau.fr [203.0.113.104])",
             extra=[("In-Reply-To", mid("b295-20-r", "example.com")),
                    ("References", mid("b295-47", "chaussures-pineau.fr") + " " + mid("b295-20-r", "example.com"))],
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(21), family="forwarded", lang="fr", interview=True, kind="rescheduled",
           start="2026-12-03T13:00:00Z", end="2026-12-03T14:30:00Z",
           contact="nathalie.brochard@groupe-talmont.fr", company="Groupe Talmont",
           local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:30", zone=PARIS,
           days=(("Tue", "2026-12-01"),),
           note="Candidate forwards to himself the HR mail moving the second interview from 'mardi 1er "
                "décembre 10h' to 'jeudi 3 décembre de 14h00 à 15h30' (CET) = 13:00-14:30 UTC; contact = "
                "the HR sender in the forwarded header, never the candidate")
def m21():
    body = t("""
        À mettre dans l'agenda + prévenir Bréhéret que je pose l'après-midi du 3.

        ---------- Forwarded message ---------
        De : Nathalie Brochard <nathalie.brochard@groupe-talmont.fr>
        Date: ven. 27 nov. 2026 à 11:36
        Subject: Groupe Talmont – votre second entretien
        To: Romain Guérin <romain.guerin@example.com>


        Bonjour Monsieur Guérin,

        Notre directeur des opérations, M. Charrier, est retenu au siège le mardi 1er décembre au
        matin. Nous devons donc décaler votre second entretien, initialement prévu ce jour-là à 10h.

        Il aura lieu le jeudi 3 décembre de 14h00 à 15h30, au même endroit (site de La Séguinière,
        bâtiment B), avec M. Charrier et moi-même.

        Merci de me confirmer que ce nouvel horaire vous convient.

        Bien cordialement,

        Nathalie Brochard
        Responsable Ressources Humaines
        Groupe Talmont
        """)
    h = hdrs(addr(ME_NAME, "romain.guerin@example.org"),
             "Fwd: Groupe Talmont – votre second entretien",
             "2026-11-27 12:04", PARIS, "<CAF8kR2b295m21xQ9dLw0pT7v@mail.example.org>",
             mx="mail.example.org (mail.example.org [192.0.2.10])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(22), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T09:00:00Z", end="2026-11-16T10:00:00Z",
           contact="claire.bodin@cadres-industrie.fr", company="Chaussures Lebreton",
           local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:00", zone=PARIS,
           note="Agency consultant forwards the client's confirmation as a message/rfc822 attachment: "
                "'lundi 16 novembre à 10h00, durée 1h' (CET) = 09:00 UTC; contact = the consultant who "
                "sent it (human sender before the address inside); company = the hiring client")
def m22():
    inner_body = t("""
        Bonjour Claire,

        Suite à notre échange, je vous confirme l'entretien avec votre candidat, M. Romain Guérin,
        pour le poste de Responsable planification :

        lundi 16 novembre à 10h00, durée 1h, à notre siège (14 boulevard de la Victoire, 49300 Cholet),
        avec Jean-Marc Lebreton (PDG) et moi-même.

        Merci de lui transmettre.

        Cordialement,
        Marion Lebreton
        Directrice administrative et financière
        Chaussures Lebreton
        """)
    inner = message([
        ("From", addr("Marion Lebreton", "marion.lebreton@chaussures-lebreton.fr")),
        ("To", addr("Claire Bodin", "claire.bodin@cadres-industrie.fr")),
        ("Subject", enc("Entretien M. Guérin – confirmation")),
        ("Date", date("2026-11-10 17:22", PARIS)),
        ("Message-ID", mid("b295-22-inner", "chaussures-lebreton.fr")),
    ], text(inner_body, charset="iso-8859-1"))
    outer_body = t("""
        Bonjour Romain,

        Bonne nouvelle : Chaussures Lebreton vous reçoit. Je vous transfère ci-joint la confirmation
        de Marion Lebreton. Je vous appelle vendredi pour vous briefer sur l'entreprise et sur
        Jean-Marc Lebreton.

        Bien à vous,

        Claire Bodin
        Consultante senior Industrie – Cadres & Industrie Conseil
        Nantes | 02 40 12 66 31
        """)
    h = hdrs(addr("Claire Bodin", "claire.bodin@cadres-industrie.fr"),
             "TR: Entretien M. Guérin – confirmation",
             "2026-11-11 08:40", PARIS, mid("b295-22", "cadres-industrie.fr"),
             mx="smtp.cadres-industrie.fr (smtp.cadres-industrie.fr [203.0.113.66])")
    return message(h, mixed(text(outer_body), attached_message(inner, "Entretien M. Guerin - confirmation.eml")))


@make.mail(N(23), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-11-20T13:00:00Z", end=None,
           contact="v.pasquier@manufacture-sevre-moine.fr", company="Manufacture Sèvre & Moine",
           local="Fri 2026-11-20 14:00", zone=PARIS,
           note="HR cancels 'notre entretien prévu ce vendredi 20 novembre à 14h' because the post was "
                "filled internally; cancelled slot in CET = 13:00 UTC; no new time; windows-1252 QP")
def m23():
    body = t("""
        Monsieur,

        Je suis au regret de devoir annuler notre entretien prévu ce vendredi 20 novembre à 14h.

        Le poste d'adjoint au responsable de production vient d'être pourvu en interne, par la
        promotion d'un de nos chefs d'atelier. Je sais que vous aviez réorganisé votre agenda pour
        venir à Clisson et je vous prie de nous en excuser.

        Votre profil nous a beaucoup intéressés ; avec votre accord, nous conservons votre candidature
        pour de futurs postes.

        Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

        Virginie Pasquier
        Responsable du personnel
        Manufacture Sèvre & Moine – 44190 Clisson
        """)
    h = hdrs(addr("Virginie Pasquier", "v.pasquier@manufacture-sevre-moine.fr", "windows-1252"),
             "Annulation de votre entretien du 20 novembre",
             "2026-11-17 16:05", PARIS, mid("b295-23", "manufacture-sevre-moine.fr"),
             mx="smtp.manufacture-sevre-moine.fr (smtp.manufacture-sevre-moine.fr [203.0.113.19])",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")], charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(24), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-21T14:00:00Z", end="2026-10-21T15:00:00Z",
           contact="franck.ogereau@groupe-mareuil.fr", company="Groupe Mareuil",
           local="Wed 2026-10-21 16:00", local_end="2026-10-21 17:00", zone=PARIS,
           days=(("Mon", "2026-10-19"),),
           note="Exchange updated meeting request (SEQUENCE:1, Romance Standard Time) moving the second "
                "interview from lundi 19 octobre 14h00 to mercredi 21 octobre 16h00-17h00, CEST = 14:00 UTC "
                "(the 'Quand' line shows Outlook's standard '(UTC+01:00)' label; the ICS confirms); "
                "contact = organizer, the plant director")
def m24():
    body = t("""
        Quand : mercredi 21 octobre 2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Groupe Mareuil – usine du Cormier, salle Qualité

        *~*~*~*~*~*~*~*~*~*

        Bonjour Romain,

        Je dois malheureusement déplacer notre entretien de lundi 19 octobre 14h00 : un audit client
        a été avancé. Je vous propose mercredi 21 octobre de 16h00 à 17h00, même lieu. Damien
        Rousseau m'a dit que vous étiez disponible en fin de journée.

        Cordialement,
        Franck Ogereau
        Directeur d'usine – Groupe Mareuil
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Franck Ogereau:mailto:franck.ogereau@groupe-mareuil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Guérin:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Damien Rousseau:mailto:damien.rousseau@groupe-mareuil.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Romain\\,\\n\\nJe dois malheureusement déplacer notre entretien de lundi 19 octobre 14h00 : un audit client a été avancé.\\n
UID:040000008200E00074C5B7101A82E00800000000{uid("b295-24").replace("-", "").upper()}
SUMMARY;LANGUAGE=fr-FR:Entretien 2e tour - Romain Guérin (Planificateur Production)
DTSTART;TZID=Romance Standard Time:20261021T160000
DTEND;TZID=Romance Standard Time:20261021T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T131102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Groupe Mareuil – usine du Cormier\\, salle Qualité
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1437225011
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    subj = "Mis à jour : Entretien 2e tour - Romain Guérin (Planificateur Production)"
    h = hdrs(addr("Franck Ogereau", "franck.ogereau@groupe-mareuil.fr"), subj,
             "2026-10-15 15:11", PARIS, "<DB9P194MB1620A3F1C2E4B5D6A7B8C9D0E1F2@DB9P194MB1620.EURP194.PROD.OUTLOOK.COM>",
             mx="mail-vi1eur04on2061.outbound.protection.outlook.com (mail-vi1eur04on2061.outbound.protection.outlook.com [40.107.8.61])",
             extra=[("Thread-Topic", enc("Entretien 2e tour - Romain Guérin (Planificateur Production)")),
                    ("Content-Language", "fr-FR")])
    return message(h, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="fr", interview=False, company="Maison Caradec",
           note="Greenhouse rejection after the 15 Sep video interview; no time to confirm")
def m25():
    body = t("""
        Bonjour Romain,

        Merci encore pour l'échange du 15 septembre avec Bertrand et moi-même, et pour l'intérêt que
        vous portez à Maison Caradec.

        Après réflexion, nous avons décidé de poursuivre avec un autre profil, dont l'expérience de
        l'ERP que nous déployons à Cholet correspond davantage à nos besoins immédiats. Cette
        décision a été difficile à prendre.

        Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une
        opportunité se présente.

        Belle continuation,
        Amandine Lefort
        Chargée de recrutement – Maison Caradec
        """)
    h = hdrs(addr("Maison Caradec", "no-reply@us.greenhouse-mail.io"),
             "Votre candidature chez Maison Caradec",
             "2026-09-25 17:03", PARIS, mid("b295-25", "us.greenhouse-mail.io"),
             mx="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.21.40])",
             extra=[("Reply-To", addr("Amandine Lefort", "amandine.lefort@maison-caradec.fr"))])
    return message(h, text(body))


@make.mail(N(26), family="rejection", lang="fr", interview=False, company="Groupe Oudin",
           note="Workday HTML-only rejection of an application, no interview held")
def m26():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Romain,</p>
        <p>Nous vous remercions de l'intérêt que vous avez manifesté pour le poste <b>Demand Planner – Entrepôt de Mauléon (R-22871)</b>.</p>
        <p>Après une étude attentive de votre candidature, nous sommes au regret de vous informer qu'elle n'a pas été retenue.
        Les candidatures étaient nombreuses et de grande qualité.</p>
        <p>Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.</p>
        <p>Cordialement,<br>L'équipe Recrutement – Groupe Oudin</p>
        <p style="font-size:11px;color:#777">Ce message a été généré automatiquement. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    h = hdrs(addr("Groupe Oudin", "oudin@myworkday.com"),
             "Votre candidature – Demand Planner (R-22871)",
             "2026-10-09 07:55", PARIS, mid("b295-26", "myworkday.com"),
             mx="mail-out1.myworkday.com (mail-out1.myworkday.com [198.51.100.21])")
    return message(h, html(page))


@make.mail(N(27), family="application_ack", lang="fr", interview=False, company="Podaris",
           note="Recruitee application receipt; before the interview of 3 Nov, nothing scheduled")
def m27():
    body = t("""
        Bonjour Romain,

        Merci pour votre candidature au poste de Planificateur de production – chaussures
        orthopédiques. Nous l'avons bien reçue !

        Notre équipe l'étudie avec attention et reviendra vers vous sous deux semaines environ.

        À bientôt,
        L'équipe Podaris
        """)
    h = hdrs(addr("Podaris", "no-reply@recruitee.com"),
             "Merci pour votre candidature chez Podaris",
             "2026-10-15 21:14", PARIS, mid("b295-27", "recruitee.com"),
             mx="mail.recruitee.com (mail.recruitee.com [192.0.2.150])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="application_ack", lang="fr", interview=False, company="Vestalis Footwear Group",
           note="iCIMS application receipt, HTML only; no interview yet")
def m28():
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        Bonjour Romain,<br><br>
        Nous accusons réception de votre candidature au poste de <b>Supply Planner – Usine de Cholet (Req. 2026-3318)</b>.<br><br>
        Votre profil va être étudié par notre équipe. Si votre candidature est retenue, nous vous contacterons pour organiser un entretien.<br><br>
        Vous pouvez suivre l'avancement de votre candidature dans votre <a href="https://careers-vestalis.icims.com/jobs/candidate">espace candidat</a>.<br><br>
        Cordialement,<br>L'équipe Talent Acquisition<br>Vestalis Footwear Group<br><br>
        <span style="font-size:10px;color:#777">Merci de ne pas répondre à cet e-mail.</span>
        </body></html>
        """)
    h = hdrs(addr("Vestalis Talent Acquisition", "vestalis-noreply@talent.icims.com"),
             "Merci pour votre candidature – Supply Planner (Req. 2026-3318)",
             "2026-09-28 22:41", PARIS, mid("b295-28", "talent.icims.com"),
             mx="smtp-out12.icims.com (smtp-out12.icims.com [198.51.100.212])")
    return message(h, html(page, cte="base64"))


@make.mail(N(29), family="application_ack", lang="en", interview=False, company="Solas do Norte",
           note="Teamtailor 'thanks for applying' in English from the Portuguese employer")
def m29():
    body = t("""
        Hi Romain,

        Thanks for applying for the Production Planning Lead position at Solas do Norte!

        We read every application ourselves. If your profile matches what we're looking for, you'll
        receive an invitation to book a video call with our team.

        Obrigado,
        Inês Carvalho
        People & Culture, Solas do Norte Calçado
        """)
    h = hdrs(addr("Solas do Norte", "no-reply@teamtailor-mail.com"),
             "Thanks for applying to Solas do Norte",
             "2026-09-21 12:31", LISBON, mid("b295-29", "teamtailor-mail.com"),
             mx="a48-97.smtp-out.eu-west-1.amazonses.com (a48-97.smtp-out.eu-west-1.amazonses.com [54.240.48.97])",
             extra=[("List-Unsubscribe", "<https://solasdonorte.teamtailor.com/unsubscribe/4e8b1c>")])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="job_alert", lang="fr", interview=False, company=None,
           note="Daily job alert from a job board, offers in Cholet; no interview")
def m30():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h3>7 nouvelles offres pour « planificateur production » autour de Cholet (30 km)</h3>
        <ul>
        <li><b>Planificateur / Ordonnanceur H/F</b> – Industrie de la chaussure – Cholet (49) – CDI – il y a 1 jour</li>
        <li><b>Gestionnaire ADV / Planning</b> – Maroquinerie – Saint-Laurent-sur-Sèvre (85) – CDI – il y a 2 jours</li>
        <li><b>Responsable ordonnancement lancement</b> – Agroalimentaire – Les Herbiers (85) – CDI – il y a 2 jours</li>
        <li><b>Approvisionneur H/F</b> – Ameublement – Montaigu-Vendée (85) – Intérim 6 mois – il y a 3 jours</li>
        <li><b>Technicien méthodes piqûre</b> – Chaussure – Beaupréau-en-Mauges (49) – CDI – il y a 3 jours</li>
        <li><b>Supply chain planner</b> – Textile – Cholet (49) – CDD 12 mois – il y a 4 jours</li>
        <li><b>Chef d'atelier montage</b> – Chaussure de sécurité – Mauléon (79) – CDI – il y a 5 jours</li>
        </ul>
        <p><a href="https://www.jobindus-ouest.example.net/alertes/voir">Voir toutes les offres</a></p>
        <p style="font-size:11px;color:#777">Vous recevez cette alerte car vous l'avez créée sur JobIndus Ouest.
        <a href="https://www.jobindus-ouest.example.net/alertes/desabonner">Se désabonner</a></p>
        </body></html>
        """)
    h = hdrs(addr("JobIndus Ouest", "alertes@jobindus-ouest.example.net"),
             "7 nouvelles offres : planificateur production – Cholet",
             "2026-10-20 06:30", PARIS, mid("b295-30", "jobindus-ouest.example.net"),
             mx="mailer.jobindus-ouest.example.net (mailer.jobindus-ouest.example.net [198.51.100.80])",
             extra=[("List-Unsubscribe", "<https://www.jobindus-ouest.example.net/alertes/desabonner>"),
                    ("Precedence", "bulk")])
    return message(h, html(page))


@make.mail(N(31), family="platform_notification", lang="fr", interview=False, company=None,
           note="Professional network notification: profile views and a message preview; nothing fixed")
def m31():
    body = t("""
        Romain, votre profil a été consulté 14 fois cette semaine

        Parmi les visiteurs :
        - Claire Bodin, Consultante senior Industrie chez Cadres & Industrie Conseil
        - Un recruteur du secteur Fabrication de chaussures
        - Un responsable supply chain à Nantes

        Vous avez 1 nouveau message de Claire Bodin : « Bonjour Romain, j'ai un poste qui pourrait
        vous intéresser… »

        Voir qui a consulté votre profil : https://www.resopro.example.net/me/vues

        Résopro, 12 rue de Cléry, 75002 Paris
        Se désabonner : https://www.resopro.example.net/settings/notifications
        """)
    h = hdrs(addr("Résopro", "notifications@resopro.example.net"),
             "Romain, votre profil a été consulté 14 fois cette semaine",
             "2026-10-27 08:02", PARIS, mid("b295-31", "resopro.example.net"),
             mx="mail-out.resopro.example.net (mail-out.resopro.example.net [198.51.100.90])",
             extra=[("List-Unsubscribe", "<https://www.resopro.example.net/settings/notifications>")])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="newsletter", lang="fr", interview=False, company=None,
           note="Footwear trade newsletter: an 'Entretien avec' (press interview) with a CEO and a trade-fair "
                "date; not the candidate's interview",
           days=(("Tue", "2026-11-24"),))
def m32():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:640px">
        <h1 style="font-size:22px">Pas à Pas – la lettre de la filière chaussure</h1>
        <p style="color:#777">N° 412 – novembre 2026</p>
        <h2 style="font-size:18px">Entretien avec Hervé Maugin : « Relocaliser le montage, c'est d'abord un sujet de planification »</h2>
        <p>Le PDG des Ateliers Maugin revient sur deux ans de relocalisation dans les Mauges, les difficultés de recrutement
        de piqueuses et l'arrivée de la planification à capacité finie dans les ateliers…</p>
        <p><a href="https://www.pasapas-chaussure.example.net/entretien-herve-maugin">Lire l'entretien</a></p>
        <h2 style="font-size:18px">Agenda</h2>
        <p>Journée technique « Industrie 4.0 et chaussure », mardi 24 novembre 2026, Cité du cuir, Cholet.
        Inscription gratuite pour les adhérents.</p>
        <h2 style="font-size:18px">Emploi</h2>
        <p>La filière a créé 320 emplois nets dans le Grand Ouest en 2026, selon l'observatoire régional.</p>
        <p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné à Pas à Pas.
        <a href="https://www.pasapas-chaussure.example.net/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    h = hdrs(addr("Pas à Pas", "lettre@pasapas-chaussure.example.net"),
             "Pas à Pas n° 412 – Entretien avec Hervé Maugin",
             "2026-11-06 07:00", PARIS, mid("b295-32", "pasapas-chaussure.example.net"),
             mx="smtp.sendinblue.example.net (smtp.sendinblue.example.net [198.51.100.99])",
             extra=[("List-Unsubscribe", "<https://www.pasapas-chaussure.example.net/desabonnement>"),
                    ("Precedence", "bulk")])
    return message(h, html(page))


@make.mail(N(33), family="recruiter_outreach", lang="fr", interview=False, company="Cadres & Industrie Conseil",
           note="Agency consultant's first approach, asks for a phone call 'cette semaine'; nothing fixed")
def m33():
    body = t("""
        Bonjour Romain,

        Je me permets de vous contacter directement : je recrute, pour un client fabricant de
        chaussures de ville basé à Cholet (PME familiale, 180 personnes), un Responsable
        planification en CDI. Votre parcours chez Chaussures Bréhéret correspond très bien à ce
        qu'ils recherchent.

        Seriez-vous disponible pour un échange téléphonique de 20 minutes cette semaine ? Dites-moi
        ce qui vous arrange, je m'adapte.

        Bien à vous,

        Claire Bodin
        Consultante senior Industrie – Cadres & Industrie Conseil
        Nantes | 02 40 12 66 31
        """)
    h = hdrs(addr("Claire Bodin", "claire.bodin@cadres-industrie.fr"),
             "Poste de Responsable planification – Cholet",
             "2026-10-27 18:10", PARIS, mid("b295-33", "cadres-industrie.fr"),
             mx="smtp.cadres-industrie.fr (smtp.cadres-industrie.fr [203.0.113.66])")
    return message(h, text(body, cte="8bit"))


@make.mail(N(34), family="availability_request", lang="fr", interview=False, company="Chaussures Pineau",
           note="Recruiter proposes three slots for an interview; none confirmed yet (the reply that "
                "confirms one is a separate mail)",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def m34():
    body = t("""
        Bonjour Monsieur Guérin,

        Votre candidature au poste d'ordonnanceur a retenu notre attention. Seriez-vous disponible
        pour un entretien sur site à l'un des créneaux suivants ?
        - mardi 10 novembre à 9h30
        - mercredi 11 novembre à 14h
        - jeudi 12 novembre à 10h

        Bien cordialement,
        Élodie Chupin
        Chargée RH – Chaussures Pineau
        02 41 70 33 58
        """)
    h = hdrs(addr("Élodie Chupin", "elodie.chupin@chaussures-pineau.fr"),
             "Candidature ordonnanceur – proposition d'entretien",
             "2026-11-03 10:05", PARIS, mid("b295-47", "chaussures-pineau.fr"),
             mx="smtp.chaussures-pineau.fr (smtp.chaussures-pineau.fr [203.0.113.104])",
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(35), family="scheduling_link", lang="fr", interview=False, company="Atelier Rambaud",
           note="Workable self-scheduling invitation: pick a slot; nothing booked yet")
def m35():
    body = t("""
        Bonjour Romain,

        Atelier Rambaud vous invite à un entretien pour le poste de Responsable planification
        atelier.

        Choisissez le créneau qui vous convient parmi les disponibilités d'Olivier Rambaud :
        https://apply.workable.com/atelier-rambaud/schedule/7QkzP2

        Les créneaux proposés sont entre le 14 et le 20 octobre. Une fois votre choix fait, vous
        recevrez une confirmation.

        Cordialement,
        Atelier Rambaud

        --
        Propulsé par Workable
        """)
    h = hdrs(addr("Atelier Rambaud", "noreply@workablemail.com"),
             "Atelier Rambaud : choisissez un créneau pour votre entretien",
             "2026-10-07 11:26", PARIS, mid("b295-35", "workablemail.com"),
             mx="mail-a12.workablemail.com (mail-a12.workablemail.com [198.51.100.52])",
             extra=[("Reply-To", "atelier-rambaud+c7f2a91e0b@candidates.workablemail.com")])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(36), family="out_of_office", lang="fr", interview=False, company=None,
           note="HR's out-of-office auto-reply to the candidate's thank-you after the 29 Oct interview",
           days=(("Fri", "2026-10-30"), ("Fri", "2026-11-06")))
def m36():
    body = t("""
        Bonjour,

        Je suis absente du vendredi 30 octobre au vendredi 6 novembre inclus, sans accès à mes e-mails.
        Pour toute urgence RH, merci de contacter rh.france@vestalis.com.

        Cordialement,
        Karine Gohier
        """)
    h = hdrs(addr("Karine Gohier", "karine.gohier@vestalis.com"),
             "Réponse automatique : Merci pour l'entretien de ce jour",
             "2026-10-29 18:31", PARIS, "<PR3P195MB07310A1B2C3D4E5F60718293A4B5@PR3P195MB0731.EURP195.PROD.OUTLOOK.COM>",
             mx="mail-eopbgr70110.outbound.protection.outlook.com (mail-eopbgr70110.outbound.protection.outlook.com [40.107.7.110])",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", mid("b295-36-r", "example.com"))])
    return message(h, text(body))


@make.mail(N(37), family="bounce", lang="fr", interview=False, company=None,
           note="DSN: the candidate's application to a mistyped address bounced; the returned headers "
                "mention a candidature, no interview")
def m37():
    human = t("""
        Ceci est le système de messagerie de example.com.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires.
        This is the mail system at host mx1.example.com. Your message could not be delivered.

        <recrutment@chaussures-lebreton.fr>: host mx.chaussures-lebreton.fr[203.0.113.120] said:
            550 5.1.1 <recrutment@chaussures-lebreton.fr>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Q7c2M0xZbz9sRt
        Arrival-Date: Mon,  2 Nov 2026 21:14:07 +0100 (CET)

        Final-Recipient: rfc822; recrutment@chaussures-lebreton.fr
        Original-Recipient: rfc822;recrutment@chaussures-lebreton.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.chaussures-lebreton.fr
        Diagnostic-Code: smtp; 550 5.1.1 <recrutment@chaussures-lebreton.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    returned = t("""
        From: =?utf-8?q?Romain_Gu=C3=A9rin?= <romain.guerin@example.com>
        To: recrutment@chaussures-lebreton.fr
        Subject: =?utf-8?q?Candidature_spontan=C3=A9e_=E2=80=93_Planificateur_de_production?=
        Date: Mon, 2 Nov 2026 21:14:05 +0100
        Message-ID: <b295-37-orig@example.com>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="cv-romain"
        """)
    report = multipart(
        "report",
        text(human, cte="8bit"),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                 returned),
        params="report-type=delivery-status",
    )
    h = [
        ("Received", "by mx1.example.com (Postfix)\r\n id 5R1d3N1yAcz9sRv; Mon,  2 Nov 2026 20:14:08 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-02 21:14", PARIS)),
        ("Message-ID", "<20261102201408.4Q7c2M0xZbz9sRt@mx1.example.com>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(h, report)


@make.mail(N(38), family="offer", lang="fr", interview=False, company="Semelles Bocage Industrie",
           note="Job offer after the interviews; fixes an answer deadline and a start date, not an interview",
           days=(("Fri", "2026-12-18"), ("Mon", "2027-01-04")))
def m38():
    body = t("""
        Bonjour Romain,

        Suite à vos entretiens avec Guillaume Pogu et moi-même, j'ai le plaisir de vous proposer le
        poste de Planificateur production en CDI au sein de Semelles Bocage Industrie.

        Vous trouverez en pièce jointe notre proposition d'embauche (statut agent de maîtrise,
        rémunération annuelle brute de 41 000 €, prime d'intéressement, 13e mois). La prise de poste
        est envisagée le lundi 4 janvier 2027.

        Nous souhaiterions avoir votre réponse avant le vendredi 18 décembre. Je reste bien sûr
        disponible pour en discuter d'ici là.

        Bien cordialement,
        Laetitia Rabiller
        Responsable RH – Semelles Bocage Industrie
        """)
    pdf = mixed(text(body),
                make.Part([("Content-Type", 'application/pdf; name="Proposition_embauche_RGuerin.pdf"'),
                           ("Content-Disposition", 'attachment; filename="Proposition_embauche_RGuerin.pdf"'),
                           ("Content-Transfer-Encoding", "base64")],
                          b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S\r\n"
                          b"b290IDEgMCBSPj4KJSVFT0YK\r\n"))
    h = hdrs(addr("Laetitia Rabiller", "l.rabiller@semelles-bocage.fr"),
             "Proposition d'embauche – Planificateur production",
             "2026-12-08 11:47", PARIS, mid("b295-38", "semelles-bocage.fr"),
             mx="smtp.semelles-bocage.fr (smtp.semelles-bocage.fr [203.0.113.58])")
    return message(h, pdf)


@make.mail(N(39), family="post_interview", lang="fr", interview=False, company="Ateliers du Bocage",
           note="Former colleague's 'tu' follow-up after the 24 Sep interview: 'on revient vers toi'; nothing fixed")
def m39():
    body = t("""
        Salut Romain,

        Merci d'être passé jeudi. Sophie a bien aimé ton approche du tableau de charge, et
        l'équipe montage aussi. On voit encore deux candidats la semaine prochaine, on revient
        vers toi d'ici une quinzaine.

        Bonne semaine,
        Seb
        """)
    h = hdrs(addr("Sébastien Girard", "sebastien.girard@ateliers-bocage.fr"),
             "Re: Merci pour jeudi",
             "2026-09-28 12:15", PARIS, mid("b295-39", "ateliers-bocage.fr"),
             mx="smtp.ateliers-bocage.fr (smtp.ateliers-bocage.fr [203.0.113.88])",
             extra=[("In-Reply-To", mid("b295-39-r", "example.com"))])
    return message(h, text(body, cte="8bit"))


@make.mail(N(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Dentist appointment confirmation with ICS from an online booking service; a fixed time, "
                "not an interview",
           days=(("Tue", "2026-10-13"),))
def m40():
    body = t("""
        Bonjour Romain Guérin,

        Votre rendez-vous est confirmé.

        Dr Anne Cormier – Chirurgien-dentiste
        mardi 13 octobre 2026 à 17:45
        Motif : détartrage / contrôle
        Cabinet dentaire du Mail, 6 rue du Devau, 49300 Cholet

        En cas d'empêchement, merci d'annuler au moins 48 h à l'avance depuis votre compte.

        RdvSanté
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RdvSante//Rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid("b295-40")}@rdvsante.example.net
DTSTAMP:20261005T174000Z
DTSTART:20261013T154500Z
DTEND:20261013T161500Z
SUMMARY:RDV Dr Anne Cormier (dentiste)
LOCATION:Cabinet dentaire du Mail\\, 6 rue du Devau\\, 49300 Cholet
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("RdvSanté", "no-reply@rdvsante.example.net"),
             "Rendez-vous confirmé avec Dr Anne Cormier le 13/10/2026",
             "2026-10-05 19:40", PARIS, mid("b295-40", "rdvsante.example.net"),
             mx="mail.rdvsante.example.net (mail.rdvsante.example.net [198.51.100.140])")
    return message(h, mixed(text(body),
                            calendar(ics, method="PUBLISH", cte="base64", filename="rdv.ics",
                                     disposition="attachment")))


@make.mail(N(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Garage workshop appointment confirmation; fixed time, not an interview",
           days=(("Sat", "2026-11-07"),))
def m41():
    body = t("""
        Bonjour M. Guérin,

        Nous vous confirmons votre rendez-vous atelier :

        Samedi 7 novembre 2026 à 8h30
        Véhicule : Peugeot 308 SW - immatriculation FR-482-KL
        Prestation : révision des 60 000 km + contrôle de la climatisation

        Merci de déposer le véhicule à l'accueil atelier. Prévoir une immobilisation d'environ 3 heures.

        Garage Moreau - 52 avenue Maudet, 49300 Cholet - 02 41 62 18 04
        """)
    h = hdrs(addr("Garage Moreau", "atelier@garage-moreau-cholet.fr"),
             "Confirmation de votre rendez-vous atelier du 07/11/2026",
             "2026-11-02 10:12", PARIS, mid("b295-41", "garage-moreau-cholet.fr"),
             mx="smtp.garage-moreau-cholet.fr (smtp.garage-moreau-cholet.fr [203.0.113.140])",
             charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Current employer's monthly S&OP review, Exchange invite (Romance Standard Time); a work "
                "meeting, not an interview",
           days=(("Thu", "2026-10-08"),))
def m42():
    body = t("""
        Bonjour à tous,

        Revue S&OP d'octobre : prévisions T1 2027, charge des ateliers piqûre et montage, arbitrages
        sur la collection printemps-été. Romain, merci de préparer le plan de charge à 12 semaines.

        Jeudi 8 octobre, 9h00-11h00, salle Trémentines.

        Isabelle
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Isabelle Menard:mailto:isabelle.menard@breheret-chaussures.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Guérin:mailto:romain.guerin@breheret-chaussures.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pascal Vrignaud:mailto:pascal.vrignaud@breheret-chaussures.fr
SUMMARY;LANGUAGE=fr-FR:Revue S&OP – octobre
DTSTART;TZID=Romance Standard Time:20261008T090000
DTEND;TZID=Romance Standard Time:20261008T110000
UID:040000008200E00074C5B7101A82E00800000000{uid("b295-42").replace("-", "").upper()}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T070500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Trémentines
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Isabelle Menard", "isabelle.menard@breheret-chaussures.fr"),
             "Revue S&OP – octobre",
             "2026-10-01 09:05", PARIS, "<VI1P190MB0412F0E1D2C3B4A5968778695A4B@VI1P190MB0412.EURP190.PROD.OUTLOOK.COM>",
             mx="mail-vi1eur02on2041.outbound.protection.outlook.com (mail-vi1eur02on2041.outbound.protection.outlook.com [40.107.6.41])",
             to=addr("Romain Guérin", "romain.guerin@breheret-chaussures.fr"),
             extra=[("X-Forwarded-For", ME), ("Content-Language", "fr-FR")])
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Current manager's invite to the yearly 'entretien annuel d'évaluation'; an 'entretien' at a "
                "fixed time but not a job interview",
           days=(("Mon", "2026-12-14"),))
def m43():
    body = t("""
        Bonjour Romain,

        Je te propose de faire ton entretien annuel d'évaluation le lundi 14 décembre de 10h à 11h30
        dans mon bureau. Pense à remplir ton auto-évaluation dans l'outil RH avant le 10.

        Bonne journée,
        Pascal
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Pascal Vrignaud:mailto:pascal.vrignaud@breheret-chaussures.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Guérin:mailto:romain.guerin@breheret-chaussures.fr
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Romain
DTSTART;TZID=Romance Standard Time:20261214T100000
DTEND;TZID=Romance Standard Time:20261214T113000
UID:040000008200E00074C5B7101A82E00800000000{uid("b295-43").replace("-", "").upper()}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau P. Vrignaud
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    subj = "Entretien annuel d'évaluation 2026 – Romain"
    h = hdrs(addr("Pascal Vrignaud", "pascal.vrignaud@breheret-chaussures.fr"), subj,
             "2026-11-23 09:00", PARIS, "<VI1P190MB0412A9B8C7D6E5F40312B295C0DE@VI1P190MB0412.EURP190.PROD.OUTLOOK.COM>",
             mx="mail-vi1eur02on2041.outbound.protection.outlook.com (mail-vi1eur02on2041.outbound.protection.outlook.com [40.107.6.41])",
             to=addr("Romain Guérin", "romain.guerin@breheret-chaussures.fr"),
             extra=[("X-Forwarded-For", ME), ("Thread-Topic", enc(subj)), ("Content-Language", "fr-FR")])
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Bank adviser appointment confirmation; a fixed time, not an interview",
           days=(("Mon", "2026-10-19"),))
def m44():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Monsieur Romain Guérin,</p>
        <p>Votre rendez-vous avec votre conseiller est confirmé :</p>
        <p><b>lundi 19 octobre 2026 à 18h00</b><br>
        Conseiller : Mathieu Tijou<br>
        Objet : projet immobilier - simulation de prêt<br>
        Agence Cholet Centre, 27 rue Nationale, 49300 Cholet</p>
        <p>Pensez à apporter vos trois derniers bulletins de salaire et votre dernier avis d'imposition.</p>
        <p>Banque des Mauges</p>
        <p style="font-size:11px;color:#777">Ce message vous est adressé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    h = hdrs(addr("Banque des Mauges", "ne-pas-repondre@banquedesmauges.example.net"),
             "Confirmation de votre rendez-vous du 19/10/2026",
             "2026-10-12 14:20", PARIS, mid("b295-44", "banquedesmauges.example.net"),
             mx="relay.banquedesmauges.example.net (relay.banquedesmauges.example.net [198.51.100.160])")
    return message(h, html(page, charset="iso-8859-15"))


@make.mail(N(45), family="job_fair", lang="fr", interview=False, company=None,
           note="Invitation to a local industry job fair with opening hours; no interview confirmed",
           days=(("Thu", "2026-11-19"),))
def m45():
    body = t("""
        Bonjour,

        Le Forum de l'emploi industriel du Choletais revient le jeudi 19 novembre 2026, de 9h à 17h,
        salle de la Meilleraie à Cholet.

        Plus de 60 entreprises (chaussure, textile, ameublement, agroalimentaire, mécanique) y
        recrutent en CDI, CDD et alternance. Pensez à apporter plusieurs CV : des entretiens
        « minute » auront lieu directement sur les stands.

        Entrée libre, sans inscription. Navette gratuite depuis la gare.

        Cité de l'Emploi Cholet-Mauges
        """)
    h = hdrs(addr("Cité de l'Emploi Cholet-Mauges", "contact@citemploi-cholet.example.net"),
             "Forum de l'emploi industriel – jeudi 19 novembre",
             "2026-11-05 10:00", PARIS, mid("b295-45", "citemploi-cholet.example.net"),
             mx="mail.citemploi-cholet.example.net (mail.citemploi-cholet.example.net [198.51.100.170])",
             extra=[("Precedence", "bulk"),
                    ("List-Unsubscribe", "<mailto:desinscription@citemploi-cholet.example.net>")])
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="webinar", lang="fr", interview=False, company=None,
           note="Registration confirmation for an online workshop on preparing job interviews, with ICS; "
                "a fixed time, but a webinar, not an interview",
           days=(("Tue", "2026-10-06"),))
def m46():
    body = t("""
        Bonjour Romain,

        Votre inscription est confirmée :

        Atelier en ligne « Réussir ses entretiens d'embauche : pitch, questions pièges, négociation »
        mardi 6 octobre 2026, 12h30 – 13h30
        Lien de connexion : https://webinaires.cadres-avenir.example.net/j/884213

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        L'équipe Cadres Avenir
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cadres Avenir//Webinaires//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:{uid("b295-46")}@cadres-avenir.example.net
DTSTAMP:20260930T080000Z
DTSTART;TZID=Europe/Paris:20261006T123000
DTEND;TZID=Europe/Paris:20261006T133000
SUMMARY:Atelier : Réussir ses entretiens d'embauche
URL:https://webinaires.cadres-avenir.example.net/j/884213
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Cadres Avenir", "ateliers@cadres-avenir.example.net"),
             "Inscription confirmée : Réussir ses entretiens d'embauche – 6 octobre",
             "2026-09-30 10:00", PARIS, mid("b295-46", "cadres-avenir.example.net"),
             mx="mail.cadres-avenir.example.net (mail.cadres-avenir.example.net [198.51.100.180])")
    return message(h, mixed(text(body),
                            calendar(ics, method="PUBLISH", cte="base64", filename="atelier.ics",
                                     disposition="attachment")))


@make.mail(N(47), family="assessment", lang="en", interview=False, company="Calzaturificio Brenta",
           note="Online aptitude test to complete by a deadline, sent before the on-site visit; no meeting",
           days=(("Mon", "2026-10-12"),))
def m47():
    body = t("""
        Dear Romain,

        As the next step in the process for the Supply Chain & Production Planner role, we invite
        you to complete an online assessment (numerical reasoning and a planning case, about 50
        minutes in total).

        Please complete it by Monday 12 October, 23:59 CEST:
        https://assess.talentlens.example.net/c/brenta/8c1f5e

        You can take it whenever you like before the deadline; make sure you have a quiet space
        and a stable connection.

        Kind regards,
        Giulia Rinaldi
        Talent Acquisition Specialist - Calzaturificio Brenta S.p.A.
        """)
    h = hdrs(addr("Giulia Rinaldi", "giulia.rinaldi@calzaturificiobrenta.it"),
             "Next step: online assessment",
             "2026-10-05 10:15", ROME, mid("b295-47b", "calzaturificiobrenta.it"),
             mx="mail.calzaturificiobrenta.it (mail.calzaturificiobrenta.it [203.0.113.41])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(48), family="rejection", lang="en", interview=False, company="Calzaturificio Brenta",
           note="Rejection in English after the on-site visit of 27 Oct",
           days=(("Tue", "2026-10-27"),))
def m48():
    body = t("""
        Dear Romain,

        Thank you again for travelling to Stra on Tuesday 27 October and for the time you spent
        with Marco and Federica. Everyone appreciated your questions on the stitching lines.

        After a long discussion we have decided to offer the position to a candidate who already
        speaks Italian and Romanian, which matters a lot for the coordination with our Timișoara
        plant. I know this is disappointing news.

        We would be glad to stay in touch for future roles in our French-speaking entities.

        With best wishes,
        Giulia Rinaldi
        Calzaturificio Brenta S.p.A.
        """)
    h = hdrs(addr("Giulia Rinaldi", "giulia.rinaldi@calzaturificiobrenta.it"),
             "Supply Chain & Production Planner - update",
             "2026-11-09 16:40", ROME, mid("b295-48", "calzaturificiobrenta.it"),
             mx="mail.calzaturificiobrenta.it (mail.calzaturificiobrenta.it [203.0.113.41])")
    return message(h, text(body))


@make.mail(N(49), family="travel_booking", lang="fr", interview=False, company=None,
           note="Train e-ticket with a departure time; travel, not an interview",
           days=(("Sat", "2026-12-12"), ("Sun", "2026-12-13")))
def m49():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2>Votre e-billet</h2>
        <p>Bonjour Romain,</p>
        <p>Merci pour votre réservation. Voici votre voyage :</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Aller</b></td><td>samedi 12 décembre 2026</td></tr>
        <tr><td></td><td>07:05 Cholet → 07:52 Angers Saint-Laud (TER 858412)</td></tr>
        <tr><td></td><td>08:20 Angers Saint-Laud → 09:55 Paris Montparnasse (TGV 8806), voiture 14, place 52</td></tr>
        <tr><td><b>Retour</b></td><td>dimanche 13 décembre 2026 – 18:04 Paris Montparnasse → 20:47 Cholet</td></tr>
        <tr><td><b>Voyageurs</b></td><td>2 adultes</td></tr>
        <tr><td><b>Référence</b></td><td>QKXW7P</td></tr>
        </table>
        <p>Présentez le QR code de l'application au contrôleur.</p>
        <p>Rail Atlantique Voyages</p>
        </body></html>
        """)
    h = hdrs(addr("Rail Atlantique Voyages", "confirmation@railatlantique.example.net"),
             "Votre e-billet Cholet → Paris – référence QKXW7P",
             "2026-11-21 20:33", PARIS, mid("b295-49", "railatlantique.example.net"),
             mx="mailer.railatlantique.example.net (mailer.railatlantique.example.net [198.51.100.190])")
    return message(h, html(page, cte="base64"))


@make.mail(N(50), family="travel_booking", lang="en", interview=False, company=None,
           note="Hotel booking in English for the night before the Italian on-site visit; check-in/out "
                "times, not an interview",
           days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")))
def m50():
    body = t("""
        Dear Mr Guérin,

        Thank you for choosing Albergo Villa Ortensia. We are pleased to confirm your reservation.

        Confirmation number: VO-26-10488
        Arrival: Monday 26 October 2026 (check-in from 14:00)
        Departure: Tuesday 27 October 2026 (check-out by 11:00)
        Room: 1 Classic single, breakfast included
        Rate: EUR 98.00 per night, tourist tax EUR 2.50 per night payable at the hotel

        The hotel is 6 km from Stra; a taxi can be booked at the reception.

        We look forward to welcoming you.

        Reception - Albergo Villa Ortensia
        Via Brenta Bassa 12, 30031 Dolo (VE), Italy
        """)
    h = hdrs(addr("Albergo Villa Ortensia", "reservations@villaortensia.example.net"),
             "Reservation confirmed - VO-26-10488",
             "2026-10-21 18:52", ROME, mid("b295-50", "villaortensia.example.net"),
             mx="mail.villaortensia.example.net (mail.villaortensia.example.net [198.51.100.200])")
    return message(h, alt(text(body), html(gmail_html(body))))
