"""blind315: a blind 50-mail held-out set, the inbox of Lucas Perrot, an agri-food cooperative supply
planner in Auxerre (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the top and the
Mix / label-convention sections of bench/heldout/README.md, the dev corpus README, dev labels, two
dev mails and score.py; it did not read the detector, its tests, the other held-out mails or sets,
and never ran the detector. Every mail below is written by hand, one function per mail: 24
positives (keys 1-24) then 26 negatives (keys 25-50). Mostly French (tu and vous), with English
mails from a Dutch employer (Europe/Amsterdam) and an Irish one (Europe/Dublin). All companies and
people are fictional.
"""

from __future__ import annotations

import hashlib
import html as _html
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

SET = "blind315"
ORDER = random.Random(3150315).sample(range(1, 51), 50)


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "lucas.perrot@example.com"
ME2 = "lucas.perrot@example.org"
LUCAS = addr("Lucas Perrot", ME)
PARIS = "Europe/Paris"
AMS = "Europe/Amsterdam"
DUB = "Europe/Dublin"


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)}@{domain}>"


def _ip(seed: str) -> str:
    d = hashlib.sha256(seed.encode(), usedforsecurity=False).digest()
    return f"{d[0] % 200 + 20}.{d[1]}.{d[2]}.{d[3] % 250 + 2}"


def head(seed: str, frm: str, subject: str, when: str, zone: str, relay: str, *, to: str = LUCAS,
         extra: tuple = (), msgid: str | None = None, charset: str = "utf-8", rcpt: str = ME) -> list:
    """Delivery headers as the candidate's provider writes them, then the sender's own."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay} ({relay} [{_ip(seed)}])", when, zone,
                              f"mx1.example.com with ESMTPS id {_h(seed + 'rx', 12)}", rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid or mid(seed, relay.split(".", 1)[-1])),
        *extra,
    ]


def para_html(body: str, font: str = "Arial,Helvetica,sans-serif", size: str = "14px") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line."""
    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:{font};font-size:{size};color:#222222">\n{inner}\n</body></html>\n')


AMS_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
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


# =========================================================================== positives


@make.mail(N(1), family="recruitee", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="sanne.dewit@groenmeerfoods.nl", company="Groenmeer Foods",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=AMS,
           note="Recruitee self-scheduling confirmation, 10:00-10:45 Europe/Amsterdam (CEST, UTC+2) "
                "= 08:00-08:45Z; ICS attachment agrees; contact = Reply-To recruiter")
def m01():
    body = t("""
        Hi Lucas,

        Thank you for picking a time slot. Your interview for the position Supply Planner
        Dairy Ingredients is confirmed.

        Date: Tuesday 15 September 2026
        Time: 10:00 - 10:45 (Europe/Amsterdam)
        Location: Microsoft Teams - the link is in the calendar invite attached to this email
        Interviewers: Sanne de Wit (Talent Acquisition) and Joris Bakker (Planning Lead)

        Something came up? You can reschedule up to 24 hours before the interview:
        https://groenmeerfoods.recruitee.com/o/supply-planner-dairy-ingredients/c/reschedule/8f41d2

        Just reply to this email if you have any questions.

        Kind regards,
        Sanne de Wit
        Talent Acquisition | Groenmeer Foods B.V.
        Amsterdam, the Netherlands
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Recruitee//Interview Scheduler//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", AMS_VTZ, "BEGIN:VEVENT",
        "UID:recruitee-interview-5571904@recruitee.com",
        "DTSTAMP:20260908T092411Z",
        "DTSTART;TZID=Europe/Amsterdam:20260915T100000",
        "DTEND;TZID=Europe/Amsterdam:20260915T104500",
        "SUMMARY:Interview Lucas Perrot - Supply Planner Dairy Ingredients",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5Yj"
        "AwMmQt@thread.v2/0",
        "ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@groenmeerfoods.nl",
        "ATTENDEE;CN=Lucas Perrot;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "ATTENDEE;CN=Joris Bakker;ROLE=REQ-PARTICIPANT:mailto:joris.bakker@groenmeerfoods.nl",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k1", addr("Groenmeer Foods", "no-reply@recruitee.com"),
              "Interview confirmed: Supply Planner Dairy Ingredients - Groenmeer Foods",
              "2026-09-08 11:24", AMS, "mail-eu1.recruitee.com",
              extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@groenmeerfoods.nl")),
                     ("X-Mailer", "Recruitee")))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-17T12:30:00Z", end="2026-09-17T13:30:00Z",
           contact="claire.mounier@ovalis-nutrition.fr", company="Ovalis Nutrition",
           local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:30", zone=PARIS,
           note="Workday HTML-only confirmation, jeudi 17 septembre 14:30-15:30 heure de Paris (CEST, UTC+2) "
                "= 12:30-13:30Z; no-reply sender, contact = recruiter address written in the body")
def m02():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td><img src="https://ovalis.wd3.myworkdayjobs.com/logo/ovalis.png" alt="Ovalis Nutrition" width="140"></td></tr>
        <tr><td>
        <p>Bonjour Lucas,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Planificateur Supply Chain H/F</b> (réf. R-10482).</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Date&nbsp;:</b></td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td><b>Heure&nbsp;:</b></td><td>14:30 - 15:30 (heure de Paris)</td></tr>
        <tr><td><b>Lieu&nbsp;:</b></td><td>Ovalis Nutrition, 27 rue des Ateliers, 21000 Dijon &ndash; accueil du bâtiment B</td></tr>
        <tr><td><b>Vous rencontrerez&nbsp;:</b></td><td>Claire Mounier, chargée de recrutement, et Thomas Régnier, responsable planification</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité, elle vous sera demandée à l'accueil du site.</p>
        <p>Pour toute question, vous pouvez contacter Claire Mounier : <a href="mailto:claire.mounier@ovalis-nutrition.fr">claire.mounier@ovalis-nutrition.fr</a>.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre <a href="https://ovalis.wd3.myworkdayjobs.com/fr-FR/Ovalis_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition<br>Ovalis Nutrition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("k2", addr("Ovalis Nutrition", "ovalis@myworkday.com"),
              "Entretien planifié – Planificateur Supply Chain H/F (R-10482)",
              "2026-09-14 09:02", PARIS, "smtp-out3.myworkday.com")
    return message(hs, html(body))


@make.mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-22T07:30:00Z", end=None, contact="h.roux@minoterie-gauthey.fr",
           company="Minoterie Gauthey", local="Tue 2026-09-22 09:30", zone=PARIS,
           note="HR manager's prose (vous, iso-8859-1 8bit) after a phone call: 'mardi 22 septembre à 9h30' "
                "in Joigny, CEST = 07:30Z; 'environ une heure et demie' is approximate, end null")
def m03():
    body = t("""
        Bonjour Monsieur Perrot,

        Suite à notre échange téléphonique de ce jour, je vous confirme votre entretien pour le poste
        d'approvisionneur céréales le mardi 22 septembre à 9h30, dans nos locaux de Joigny
        (8 rue des Moulins, 89300 Joigny).

        Vous serez reçu par Monsieur Olivier Gauthey, directeur industriel, et moi-même. Prévoyez
        environ une heure et demie : nous vous ferons visiter le moulin après l'entretien.

        Vous pouvez vous garer sur le parking visiteurs, à droite après le portail, et vous présenter
        à l'accueil.

        Cordialement,

        Hélène Roux
        Responsable ressources humaines
        Minoterie Gauthey - 8 rue des Moulins - 89300 Joigny
        Tél. : 03 86 62 14 70
        """)
    hs = head("k3", addr("Hélène Roux", "h.roux@minoterie-gauthey.fr", "iso-8859-1"),
              "Entretien - poste d'approvisionneur", "2026-09-16 17:48", PARIS, "smtp.minoterie-gauthey.fr",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(4), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T09:00:00Z", end="2026-09-24T09:30:00Z",
           contact="margaux.lefort@agrotalents-conseil.fr", company="AgroTalents Conseil",
           local="Thu 2026-09-24 11:00", local_end="2026-09-24 11:30", zone=PARIS,
           note="Calendly invitee confirmation, 11:00-11:30 labelled 'Heure d'Europe centrale' although it "
                "is summer time (CEST, UTC+2) = 09:00-09:30Z, the UTC ICS agrees; contact = Reply-To host; "
                "agency screen for a named role, client unnamed so company = the agency")
def m04():
    body = t("""
        Bonjour Lucas Perrot,

        Un nouvel événement a été planifié.

        Type d'événement :
        Entretien - Responsable planification (client agroalimentaire, Bourgogne)

        Invité(e) :
        Margaux Lefort

        Date/heure de l'événement :
        11:00 - 11:30, jeudi 24 septembre 2026 (Heure d'Europe centrale)

        Lieu :
        Margaux Lefort vous appellera au +33 6 71 28 40 93

        Description :
        Premier échange sur votre parcours et sur le poste de responsable planification que je
        recrute pour un client industriel de l'agroalimentaire (Côte-d'Or).

        Annuler : https://calendly.com/cancellations/6b0e2f1c-93d4-4a51-9d5c-0c2e7a8b31f5
        Reprogrammer : https://calendly.com/reschedulings/6b0e2f1c-93d4-4a51-9d5c-0c2e7a8b31f5

        Optimisé par Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTAMP:20260918T081533Z", "DTSTART:20260924T090000Z", "DTEND:20260924T093000Z",
        "SUMMARY:Entretien - Responsable planification (Margaux Lefort)",
        "UID:6b0e2f1c-93d4-4a51-9d5c-0c2e7a8b31f5@calendly.com",
        "ORGANIZER;CN=Margaux Lefort:mailto:margaux.lefort@agrotalents-conseil.fr",
        "ATTENDEE;CN=Lucas Perrot;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lucas.perrot@example.com",
        "LOCATION:+33 6 71 28 40 93", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k4", addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Margaux Lefort et Lucas Perrot le jeudi 24 septembre 2026",
              "2026-09-18 10:15", PARIS, "o1.email.calendly.com",
              extra=(("Reply-To", addr("Margaux Lefort", "margaux.lefort@agrotalents-conseil.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body, size="15px"))),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", cte="base64")))


@make.mail(N(5), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-09-30T13:00:00Z", end="2026-09-30T14:00:00Z",
           contact="julien.marchal@laiteries-morvan.fr", company="Laiteries du Morvan",
           local="Wed 2026-09-30 15:00", local_end="2026-09-30 16:00", zone=PARIS,
           note="Google Calendar invitation (French UI) from the plant's supply chain manager, "
                "15:00-16:00 heure d'été d'Europe centrale = 13:00-14:00Z; contact = ORGANIZER/sender")
def m05():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Lucas Perrot / Laiteries du Morvan
        Quand
        mercredi 30 sept. 2026 15:00 – 16:00 heure d’été d’Europe centrale - Paris

        Où
        Laiteries du Morvan, 4 route de Dijon, 21210 Saulieu (carte: https://www.google.com/maps/search/4+route+de+Dijon,+21210+Saulieu?hl=fr)

        Participants
        Julien Marchal - organisateur
        lucas.perrot@example.com

        Bonjour Lucas, comme convenu au téléphone : entretien avec moi puis visite rapide de l'atelier
        de conditionnement. Demandez-moi à l'accueil. Julien

        Voir tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NWt0cmQ2aGh1bjRk

        Répondre pour lucas.perrot@example.com : Oui (https://calendar.google.com/calendar/event?action=RESPOND&rst=1)  Non  Peut-être  Plus d'options

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises à
        jour concernant cet événement, refusez-le.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["Europe/Paris"], "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20260930T150000", "DTEND;TZID=Europe/Paris:20260930T160000",
        "DTSTAMP:20260924T081507Z",
        "ORGANIZER;CN=Julien Marchal:mailto:julien.marchal@laiteries-morvan.fr",
        "UID:5ktrd6hhun4d2q0s1bq7c3e9mj@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Marchal;"
        "X-NUM-GUESTS=0:mailto:julien.marchal@laiteries-morvan.fr",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucas.perrot@example.com;"
        "X-NUM-GUESTS=0:mailto:lucas.perrot@example.com",
        "CREATED:20260924T081452Z",
        "DESCRIPTION:Bonjour Lucas\\, comme convenu au téléphone : entretien avec moi puis visite rapide de "
        "l'atelier de conditionnement. Demandez-moi à l'accueil. Julien",
        "LAST-MODIFIED:20260924T081506Z", "LOCATION:Laiteries du Morvan\\, 4 route de Dijon\\, 21210 Saulieu",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Entretien Lucas Perrot / Laiteries du Morvan",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k5", addr("Julien Marchal", "julien.marchal@laiteries-morvan.fr"),
              "Invitation: Entretien Lucas Perrot / Laiteries du Morvan @ mer. 30 sept. 2026 15:00 - 16:00 "
              "(CEST) (lucas.perrot@example.com)", "2026-09-24 10:15", PARIS, "mail-sor-f69.google.com",
              msgid=f"<calendar-{_h('k5cal', 8)}-{_h('k5cal2', 4)}-4e1a-9c0b-{_h('k5cal3', 12)}@google.com>",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Marchal", "julien.marchal@laiteries-morvan.fr"))))
    return message(hs, mixed(
        alt(text(body), html(para_html(body, font="Roboto,Helvetica,Arial,sans-serif")),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-10-05T09:00:00Z", end="2026-10-05T09:45:00Z",
           contact="camille.besson@brasserie-quincerot.fr", company="Brasserie Quincerot",
           local="Mon 2026-10-05 11:00", local_end="2026-10-05 11:45", zone=PARIS,
           note="Teamtailor booking confirmation in French, lundi 5 octobre 11:00-11:45 (Europe/Paris, CEST) "
                "= 09:00-09:45Z; ICS attachment; contact = Reply-To recruiter")
def m06():
    body = t("""
        Bonjour Lucas,

        Merci d'avoir réservé un créneau ! Voici le récapitulatif de votre entretien :

        Entretien vidéo - Planificateur production (CDI, Saint-Bris-le-Vineux)
        lundi 5 octobre 2026, 11:00 - 11:45 (Europe/Paris)
        Lien de la réunion : https://meet.google.com/qvt-hbzm-rsk
        Participants : Camille Besson (RH) et Arnaud Petitjean (directeur de production)

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.
        Un empêchement ? Répondez simplement à ce message.

        À très vite,
        Camille
        Brasserie Quincerot
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Meetings//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:tt-meeting-2214587@teamtailor.com", "DTSTAMP:20260929T143318Z",
        "DTSTART:20261005T090000Z", "DTEND:20261005T094500Z",
        "SUMMARY:Entretien vidéo - Lucas Perrot / Brasserie Quincerot",
        "LOCATION:https://meet.google.com/qvt-hbzm-rsk",
        "ORGANIZER;CN=Camille Besson:mailto:camille.besson@brasserie-quincerot.fr",
        "ATTENDEE;CN=Lucas Perrot;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k6", addr("Brasserie Quincerot", "no-reply@teamtailor-mail.com"),
              "Confirmation de votre entretien avec Brasserie Quincerot", "2026-09-29 16:33", PARIS,
              "mta-12.teamtailor-mail.com",
              extra=(("Reply-To", addr("Camille Besson", "camille.besson@brasserie-quincerot.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                                      disposition="attachment")))


@make.mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T08:30:00Z", end="2026-10-06T09:00:00Z",
           contact="niamh.gallagher@kilbrackdairies.ie", company="Kilbrack Dairies",
           local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:00", zone=DUB,
           note="Workable phone-screen confirmation, 9:30 AM 'IST' = Irish Standard Time (Ireland's summer "
                "time, UTC+1, not India) = 08:30Z, 30 minutes; Reply-To is a Workable relay, contact = "
                "the recruiter's address in the body")
def m07():
    body = t("""
        Hi Lucas,

        Thanks for choosing a slot. Your phone interview for the Demand Planner role is confirmed for:

        Tuesday, 6 October 2026 at 9:30 AM IST (Dublin)
        Duration: 30 minutes

        Niamh will call you on the number you gave us (+33 6 12 48 77 05). If you need to reach her
        directly, her email address is niamh.gallagher@kilbrackdairies.ie.

        Best regards,
        Niamh Gallagher
        Talent Partner, Kilbrack Dairies
        Fermoy, Co. Cork, Ireland

        --
        Sent with Workable
        """)
    hs = head("k7", addr("Kilbrack Dairies", "noreply@candidates.workablemail.com"),
              "Phone interview confirmed - Demand Planner (Kilbrack Dairies)", "2026-09-30 14:02", DUB,
              "mail-out7.workablemail.com",
              extra=(("Reply-To", "kilbrack-dairies+e4f1c27a90@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="7bit"), html(para_html(body, font="Helvetica,Arial,sans-serif"))))


@make.mail(N(8), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-10-08T12:00:00Z", end=None, contact="h.roux@minoterie-gauthey.fr",
           company="Minoterie Gauthey", local="Thu 2026-10-08 14:00", zone=PARIS,
           note="HR manager cancels the second interview 'jeudi 8 octobre à 14h00' (CEST) = 12:00Z, post "
                "filled internally, no new time; contact = sender")
def m08():
    body = t("""
        Monsieur Perrot,

        Je reviens vers vous au sujet du second entretien prévu le jeudi 8 octobre à 14h00 avec
        Monsieur Gauthey.

        Je suis au regret de devoir l'annuler : le poste d'approvisionneur vient d'être pourvu en
        interne, à la suite d'une réorganisation de notre service achats décidée la semaine dernière.

        Je suis sincèrement désolée de ce contretemps, d'autant que votre premier entretien avait
        laissé une très bonne impression. Avec votre accord, nous conservons votre candidature pour
        de prochaines ouvertures.

        Bien cordialement,

        Hélène Roux
        Responsable ressources humaines
        Minoterie Gauthey
        """)
    hs = head("k8", addr("Hélène Roux", "h.roux@minoterie-gauthey.fr", "iso-8859-1"),
              "Annulation de l'entretien du jeudi 8 octobre", "2026-10-05 11:20", PARIS,
              "smtp.minoterie-gauthey.fr", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))


@make.mail(N(9), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-10-09T08:00:00Z", end="2026-10-09T09:00:00Z",
           contact="sophie.guerin@biscuiterie-lanclos.fr", company="Biscuiterie Lanclos",
           local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:00", zone=PARIS,
           note="SmartRecruiters confirmation, 10:00-11:00 (GMT+02:00) Europe/Paris = 08:00-09:00Z, ICS "
                "agrees; contact = Reply-To recruiter")
def m09():
    body = t("""
        Bonjour Lucas,

        Votre entretien pour le poste de Planificateur(trice) Approvisionnements est confirmé.

        Quand : vendredi 9 octobre 2026, de 10:00 à 11:00 (GMT+02:00) Europe/Paris
        Où : Biscuiterie Lanclos, 2 avenue de la Gare, 89600 Saint-Florentin
        Avec : Sophie Guérin, Chargée RH, et Marc Delorme, Responsable Supply Chain

        Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue.

        Bien cordialement,
        Sophie Guérin
        Biscuiterie Lanclos

        Propulsé par SmartRecruiters
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//SmartRecruiters//Interview//FR", "VERSION:2.0", "METHOD:REQUEST",
        VTZ["Europe/Paris"], "BEGIN:VEVENT", "UID:sr-int-8a2c91f0-44b7@smartrecruiters.com",
        "DTSTAMP:20261002T074511Z",
        "DTSTART;TZID=Europe/Paris:20261009T100000", "DTEND;TZID=Europe/Paris:20261009T110000",
        "SUMMARY:Entretien - Planificateur(trice) Approvisionnements - Biscuiterie Lanclos",
        "LOCATION:Biscuiterie Lanclos\\, 2 avenue de la Gare\\, 89600 Saint-Florentin",
        "ORGANIZER;CN=Sophie Guérin:mailto:sophie.guerin@biscuiterie-lanclos.fr",
        "ATTENDEE;CN=Lucas Perrot;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k9", addr("Biscuiterie Lanclos", "noreply@smartrecruiters.com"),
              "Confirmation d'entretien : Planificateur(trice) Approvisionnements", "2026-10-02 09:45", PARIS,
              "mail.smartrecruiters.com",
              extra=(("Reply-To", addr("Sophie Guérin", "sophie.guerin@biscuiterie-lanclos.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invitation.ics",
                                      disposition="attachment")))


@make.mail(N(10), family="lever", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-13T08:00:00Z", end="2026-10-13T09:00:00Z",
           contact="lea.vasseur@nutrivia.fr", company="Nutrivia",
           local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone=PARIS,
           days=(("Fri", "2026-10-09"),),
           note="Lever reschedule: old slot vendredi 9 octobre 15h00 also written; new time mardi 13 octobre "
                "10:00-11:00 CEST = 08:00-09:00Z, ICS SEQUENCE:1; contact = Reply-To")
def m10():
    body = t("""
        Bonjour Lucas,

        Votre entretien avec Nutrivia, initialement prévu le vendredi 9 octobre à 15h00, a été déplacé.

        Nouvel horaire : mardi 13 octobre 2026, 10:00 - 11:00 CEST (heure de Paris)
        Format : visioconférence Google Meet - https://meet.google.com/ecx-pwno-tfa
        Avec : Léa Vasseur (Talent Acquisition) et Benoît Charrier (Directeur Supply Chain)

        L'invitation mise à jour est jointe à ce message. Si ce nouvel horaire ne vous convient pas,
        répondez directement à cet e-mail.

        Merci et à mardi,
        Léa
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ["Europe/Paris"], "BEGIN:VEVENT", "UID:lever-9c3e1a7d-2b60-4f4e-a6d1-52a0f7e8c214",
        "DTSTAMP:20261006T160511Z", "SEQUENCE:1",
        "DTSTART;TZID=Europe/Paris:20261013T100000", "DTEND;TZID=Europe/Paris:20261013T110000",
        "SUMMARY:Nutrivia - Entretien Lucas Perrot (Planificateur Demand & Supply)",
        "LOCATION:https://meet.google.com/ecx-pwno-tfa",
        "ORGANIZER;CN=Léa Vasseur:mailto:lea.vasseur@nutrivia.fr",
        "ATTENDEE;CN=Lucas Perrot;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k10", addr("Nutrivia", "no-reply@hire.lever.co"),
              "Mise à jour : votre entretien avec Nutrivia a été déplacé", "2026-10-06 18:05", PARIS,
              "mail.hire.lever.co",
              extra=(("Reply-To", addr("Léa Vasseur", "lea.vasseur@nutrivia.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(11), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-10-14T15:00:00Z", end="2026-10-14T15:30:00Z",
           contact="ines.haddad@pousseverte.fr", company="Pousse Verte",
           local="Wed 2026-10-14 17:00", local_end="2026-10-14 17:30", zone=PARIS,
           note="Greenhouse confirmation in French, no ICS, mercredi 14 octobre 17h00-17h30 (CEST) = "
                "15:00-15:30Z; contact = Reply-To recruiter")
def m11():
    body = t("""
        Bonjour Lucas,

        Merci pour votre disponibilité ! Votre entretien est confirmé :

        Poste : Supply Planner
        Date : mercredi 14 octobre 2026
        Heure : 17h00 - 17h30 (heure de Paris)
        Format : Google Meet, le lien vous parviendra dans une invitation séparée
        Avec : Inès Haddad, Talent Acquisition Manager

        Au programme : votre parcours, le fonctionnement de la supply chain chez Pousse Verte et vos
        questions.

        À mercredi !
        Inès

        Pousse Verte - 18 rue Saint-Maur, 75011 Paris
        """)
    hs = head("k11", addr("Pousse Verte", "no-reply@us.greenhouse-mail.io"),
              "Entretien confirmé – Supply Planner chez Pousse Verte", "2026-10-08 14:40", PARIS,
              "mail171-9.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Inès Haddad", "ines.haddad@pousseverte.fr")),))
    return message(hs, alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


@make.mail(N(12), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-10-22T06:30:00Z", end=None, contact="mathieu.lenoir@avenir-cereales.coop",
           company="Coop Avenir Céréales", local="Thu 2026-10-22 08:30", zone=PARIS,
           note="Reply (tu) on top of the quoted thread: 'je bloque jeudi 8h30', jeudi resolved against the "
                "Date (lundi 19 octobre) = 22 October, CEST = 06:30Z; 'une petite heure' approximate, end "
                "null; contact = sender")
def m12():
    body = t("""
        Salut Lucas,

        Parfait, je bloque jeudi 8h30 avec toi et Sandrine (notre DAF), en visio Teams. Je t'envoie le
        lien demain. Compte une petite heure.

        À jeudi,
        Mathieu

        Le lun. 19 oct. 2026 à 12:40, Lucas Perrot <lucas.perrot@example.com> a écrit :
        > Bonjour Mathieu,
        >
        > Merci pour ton appel de ce matin. Jeudi matin me convient très bien, à partir de 8h30 si ça
        > t'arrange, sinon vendredi en fin de journée.
        >
        > Lucas
        >
        > Le ven. 16 oct. 2026 à 17:05, Mathieu Lenoir <mathieu.lenoir@avenir-cereales.coop> a écrit :
        >> Salut Lucas,
        >>
        >> Comme je te disais au salon, on ouvre un poste de responsable appro pour le silo d'Avallon.
        >> Ça pourrait te plaire. On en parle de vive voix la semaine prochaine ?
        >>
        >> Mathieu
        """)
    hs = head("k12", addr("Mathieu Lenoir", "mathieu.lenoir@avenir-cereales.coop"),
              "Re: Poste de responsable appro à Avallon", "2026-10-19 19:12", PARIS, "mail-wr1-f45.google.com",
              msgid=f"<CA+{_h('k12m', 30)}@mail.gmail.com>",
              extra=(("In-Reply-To", f"<CA+{_h('k12r', 30)}@mail.gmail.com>"),
                     ("References", f"<CA+{_h('k12o', 30)}@mail.gmail.com>\r\n <CA+{_h('k12r', 30)}@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


def exchange_extra(seed: str, topic: str) -> tuple:
    return (("Thread-Topic", enc(topic)),
            ("Thread-Index", "AQH" + _h(seed + "ti", 20)),
            ("Accept-Language", "en-IE, en-US"),
            ("Content-Language", "en-IE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"))


KILBRACK_TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4NDc1YTAtOGE2Ni00@thread.v2/0>
    Meeting ID: 341 772 918 052
    Passcode: 7rXq9M
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def kilbrack_ics(start: str, end: str, seq: int, stamp: str) -> str:
    return "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["GMT Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@kilbrackdairies.ie",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Perrot:mailto:lucas.perrot@example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciaran Walsh:mailto:ciaran.walsh@kilbrackdairies.ie",
        "DESCRIPTION;LANGUAGE=en-US:Interview for the Demand Planner role with Ciaran Walsh (Head of Planning) "
        "and Aoife Brennan (HR).\\n",
        "UID:040000008200E00074C5B7101A82E00800000000C07A4D3B1F5BDC01000000000000000010000000B6F0A2D4E91C7B4F8E5A",
        "SUMMARY;LANGUAGE=en-US:Interview: Lucas Perrot - Demand Planner (Head of Planning)",
        f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])


@make.mail(N(13), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
           contact="aoife.brennan@kilbrackdairies.ie", company="Kilbrack Dairies",
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=DUB,
           note="Exchange meeting request, TZID 'GMT Standard Time', 14:00-15:00 Dublin on 27 October, after "
                "Ireland's return to GMT on 25 October = 14:00-15:00Z (mail sent in IST, UTC+1); contact = "
                "ORGANIZER/sender")
def m13():
    body = t("""
        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Lucas,

        Following your call with Niamh, here is the invite for your interview with Ciarán Walsh, our
        Head of Planning, and myself. Times are Irish time: the clocks go back here on Sunday 25
        October, so 14:00 in Dublin is 15:00 for you in Auxerre.

        Kind regards,
        Aoife Brennan
        HR Business Partner | Kilbrack Dairies | Fermoy, Co. Cork

        """) + KILBRACK_TEAMS
    ics = kilbrack_ics("20261027T140000", "20261027T150000", 0, "20261021T090512Z")
    subject = "Interview: Lucas Perrot - Demand Planner (Head of Planning)"
    hs = head("k13", addr("Aoife Brennan", "aoife.brennan@kilbrackdairies.ie"), subject,
              "2026-10-21 10:05", DUB, "mail-db8eur05on2101.outbound.protection.outlook.com",
              msgid=f"<DB9PR07MB{_h('k13id', 8).upper()}@DB9PR07MB7718.eurprd07.prod.outlook.com>",
              extra=exchange_extra("k13", subject))
    return message(hs, alt(text(body, cte="quoted-printable"), html(para_html(body, font="Calibri,sans-serif")),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T15:45:00Z",
           contact="anais.fabre@chocolaterie-arlanc.fr", company="Chocolaterie Arlanc",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone=PARIS,
           note="Personio slot confirmation sent in CEST (22 October) for mardi 27 octobre 16:00-16:45 after "
                "the change to CET on 25 October = 15:00-15:45Z; ICS agrees; contact = Reply-To")
def m14():
    body = t("""
        Bonjour Lucas,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste de Responsable ordonnancement
        (H/F) est confirmé :

        mardi 27 octobre 2026, 16:00 - 16:45 (heure de Paris)
        Lieu : Chocolaterie Arlanc, 5 rue de l'Industrie, 71100 Chalon-sur-Saône
        Interlocutrice : Anaïs Fabre, responsable RH

        Petit rappel : nous passons à l'heure d'hiver dans la nuit du samedi 24 au dimanche 25 octobre.

        Pour toute question, répondez simplement à ce message.

        Cordialement,
        Anaïs Fabre
        Chocolaterie Arlanc

        Cet e-mail a été envoyé via Personio.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting//DE", "METHOD:REQUEST",
        VTZ["Europe/Paris"], "BEGIN:VEVENT", "UID:personio-event-77f0c2a81d5e4b",
        "DTSTAMP:20261022T111802Z",
        "DTSTART;TZID=Europe/Paris:20261027T160000", "DTEND;TZID=Europe/Paris:20261027T164500",
        "SUMMARY:Entretien - Responsable ordonnancement (H/F) - Lucas Perrot",
        "LOCATION:Chocolaterie Arlanc\\, 5 rue de l'Industrie\\, 71100 Chalon-sur-Saône",
        "ORGANIZER;CN=Anaïs Fabre:mailto:anais.fabre@chocolaterie-arlanc.fr",
        "ATTENDEE;CN=Lucas Perrot;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k14", addr("Chocolaterie Arlanc", "no-reply@personio.de"),
              "Votre entretien chez Chocolaterie Arlanc – confirmation", "2026-10-22 13:18", PARIS,
              "mail-eu.personio.de",
              extra=(("Reply-To", addr("Anaïs Fabre", "anais.fabre@chocolaterie-arlanc.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                                      disposition="attachment")))


@make.mail(N(15), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-29T10:30:00Z", end="2026-10-29T11:30:00Z",
           contact="aoife.brennan@kilbrackdairies.ie", company="Kilbrack Dairies",
           local="Thu 2026-10-29 10:30", local_end="2026-10-29 11:30", zone=DUB,
           days=(("Tue", "2026-10-27"),),
           note="Exchange update of the same UID, SEQUENCE:1: moved from Tuesday to Thursday 29 October "
                "10:30-11:30 GMT Standard Time (Ireland on GMT since 25 October) = 10:30-11:30Z; mail sent "
                "in IST; contact = ORGANIZER/sender")
def m15():
    body = t("""
        When: Thursday, 29 October 2026 10:30-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Lucas,

        Apologies for the change: Ciarán has to be at our Cork plant on Tuesday, so we have moved your
        interview to Thursday morning, 10:30 Irish time. The Teams link stays the same.

        Thanks for your flexibility,
        Aoife

        """) + KILBRACK_TEAMS
    ics = kilbrack_ics("20261029T103000", "20261029T113000", 1, "20261023T154022Z")
    subject = "Interview: Lucas Perrot - Demand Planner (Head of Planning)"
    hs = head("k15", addr("Aoife Brennan", "aoife.brennan@kilbrackdairies.ie"), subject,
              "2026-10-23 16:40", DUB, "mail-db8eur05on2107.outbound.protection.outlook.com",
              msgid=f"<DB9PR07MB{_h('k15id', 8).upper()}@DB9PR07MB7718.eurprd07.prod.outlook.com>",
              extra=exchange_extra("k15", subject))
    return message(hs, alt(text(body, cte="quoted-printable"), html(para_html(body, font="Calibri,sans-serif")),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(16), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-02T13:00:00Z", end="2026-11-02T14:30:00Z",
           contact="romain.tessier@cabinet-orvaux.fr", company="Saveurs de Loire",
           local="Mon 2026-11-02 14:00", local_end="2026-11-02 15:30", zone=PARIS,
           note="Lucas forwards (Gmail 'Fwd:') the agency consultant's confirmation to his other address: "
                "lundi 2 novembre 14h00, durée 1h30, CET = 13:00-14:30Z; contact = consultant in the "
                "forwarded header (the candidate is never the contact); company = the hiring client")
def m16():
    body = t("""
        À imprimer pour lundi (plan d'accès en bas).

        ---------- Forwarded message ---------
        De : Romain Tessier <romain.tessier@cabinet-orvaux.fr>
        Date: mer. 28 oct. 2026 à 18:02
        Subject: Confirmation entretien Saveurs de Loire - lundi 2 novembre 14h
        To: Lucas Perrot <lucas.perrot@example.com>


        Bonjour Lucas,

        Comme convenu, je vous confirme votre entretien avec Saveurs de Loire pour le poste de
        Responsable planification industrielle :

        - lundi 2 novembre 2026 à 14h00, durée 1h30
        - sur site : Saveurs de Loire, ZI des Varennes, 45500 Gien (accueil administratif)
        - avec Mme Nathalie Caron, directrice des opérations, et M. Fabien Roy, responsable supply chain

        N'hésitez pas à m'appeler avant ou après l'entretien pour en débriefer.

        Bien à vous,

        Romain Tessier
        Consultant senior - Supply Chain & Industrie
        Cabinet Orvaux | 06 48 22 17 90
        """)
    hs = head("k16", LUCAS, "Fwd: Confirmation entretien Saveurs de Loire - lundi 2 novembre 14h",
              "2026-10-28 21:47", PARIS, "mail-ej1-f52.google.com", to=addr("Lucas Perrot", ME2), rcpt=ME2,
              msgid=f"<CAH{_h('k16m', 30)}@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="icims", lang="fr", interview=True, kind="cancelled",
           start="2026-11-04T09:00:00Z", end="2026-11-04T10:00:00Z",
           contact="karine.dumont@agrinord-logistique.fr", company="Agrinord Logistique",
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=PARIS,
           note="iCIMS cancellation with METHOD:CANCEL ICS: mercredi 4 novembre 10h00-11h00 heure de Paris "
                "(CET) = 09:00-10:00Z; no-reply sender, contact = ICS ORGANIZER")
def m17():
    body = t("""
        Bonjour Lucas,

        Nous vous informons que l'entretien prévu le mercredi 4 novembre 2026 de 10h00 à 11h00 (heure de
        Paris) pour le poste de Planificateur transport et stocks (réf. 2026-1187) a été annulé.

        Un membre de notre équipe recrutement reviendra vers vous pour convenir d'une nouvelle date.

        Cordialement,
        L'équipe Recrutement
        Agrinord Logistique

        Merci de ne pas répondre à ce message. Accédez à votre espace candidat :
        https://careers-agrinord.icims.com/jobs/login
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//iCIMS//Talent Platform//EN", "VERSION:2.0", "METHOD:CANCEL",
        "BEGIN:VEVENT", "UID:icims-mtg-5520914-0", "DTSTAMP:20261030T075507Z", "SEQUENCE:1",
        "DTSTART:20261104T090000Z", "DTEND:20261104T100000Z",
        "SUMMARY:Entretien - Planificateur transport et stocks - Lucas Perrot",
        "ORGANIZER;CN=Karine Dumont:mailto:karine.dumont@agrinord-logistique.fr",
        "ATTENDEE;CN=Lucas Perrot:mailto:lucas.perrot@example.com",
        "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k17", addr("Agrinord Logistique", "agrinord-notifications@talent.icims.com"),
              "Annulation de votre entretien – Planificateur transport et stocks", "2026-10-30 08:55", PARIS,
              "mta2.talent.icims.com")
    return message(hs, mixed(alt(text(body), html(para_html(body, font="Verdana,sans-serif", size="13px"))),
                             calendar(ics, method="CANCEL", filename="annulation.ics", disposition="attachment",
                                      cte="7bit")))


@make.mail(N(18), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-11-05T08:00:00Z", end="2026-11-05T08:45:00Z", contact=None,
           company="Distrilait Bourgogne", local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone=PARIS,
           note="Microsoft Bookings (French) from a shared recruiting mailbox, jeudi 5 novembre 09:00, "
                "45 minutes, (UTC+01:00) Bruxelles ... Paris = 08:00-08:45Z, ICS in Romance Standard Time; "
                "only a staff name, no personal address -> contact null")
def m18():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:560px">
        <h2 style="font-weight:600">Votre rendez-vous a été confirmé</h2>
        <p>Bonjour Lucas Perrot,</p>
        <p>Merci d'avoir réservé un rendez-vous avec Distrilait Bourgogne - Recrutement.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement - Planificateur (H/F)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>jeudi 5 novembre 2026 09:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Durée</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Patricia Lemoine</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams &ndash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZDRj@thread.v2/0">Rejoindre la réunion</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/DistrilaitRecrutement@distrilait-bourgogne.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#605e5c">Optimisé par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE_VTZ, "BEGIN:VEVENT",
        "ORGANIZER;CN=Distrilait Bourgogne - Recrutement:mailto:RecrutementDistrilait@distrilait-bourgogne.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Perrot:mailto:lucas.perrot@example.com",
        "UID:040000008200E00074C5B7101A82E00800000000E1B8C99C7A5CDC010000000000000000100000004C2F",
        "SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Planificateur (H/F)",
        "DTSTART;TZID=Romance Standard Time:20261105T090000",
        "DTEND;TZID=Romance Standard Time:20261105T094500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261030T141225Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("k18", addr("Distrilait Bourgogne - Recrutement", "RecrutementDistrilait@distrilait-bourgogne.fr"),
              "Rendez-vous confirmé : Entretien de recrutement - Planificateur (H/F)", "2026-10-30 15:12",
              PARIS, "mail-par2fra01on2110.outbound.protection.outlook.com",
              msgid=f"<PR1P264MB{_h('k18id', 8).upper()}@PR1P264MB3321.FRAP264.PROD.OUTLOOK.COM>")
    return message(hs, alt(html(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-13T09:00:00Z", end=None, contact="julien.marchal@laiteries-morvan.fr",
           company="Laiteries du Morvan", local="Fri 2026-11-13 10:00", zone=PARIS,
           days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12"), ("Mon", "2026-11-02"), ("Fri", "2026-10-30")),
           note="Manager's reply (vous) moving the on-site second interview from mardi 10 novembre 14h to "
                "vendredi 13 novembre 10h00, agreed by phone; CET = 09:00Z; quoted proposal below; contact "
                "= sender")
def m19():
    body = t("""
        Bonjour Lucas,

        Merci d'avoir pris mon appel ce matin. Comme convenu, notre second entretien de mardi 10 novembre à
        14h est donc déplacé au vendredi 13 novembre à 10h00, même lieu (Saulieu), toujours avec
        Mme Perrin. Un audit client est tombé mardi, je ne pouvais pas le décaler.

        Je vous attendrai à l'accueil.

        Bonne journée,
        Julien

        Julien Marchal
        Responsable supply chain - Laiteries du Morvan
        03 80 64 27 11

        Le lun. 2 nov. 2026 à 09:15, Lucas Perrot <lucas.perrot@example.com> a écrit :
        > Bonjour Julien,
        >
        > Merci pour votre message. Le mardi 10 novembre à 14h me convient parfaitement.
        >
        > Bien cordialement,
        > Lucas Perrot
        >
        > Le ven. 30 oct. 2026 à 11:02, Julien Marchal <julien.marchal@laiteries-morvan.fr> a écrit :
        >> Bonjour Lucas,
        >>
        >> Suite à notre premier échange, nous aimerions vous revoir pour un second entretien sur site
        >> avec Mme Perrin, notre directrice industrielle. Seriez-vous disponible le mardi 10 novembre
        >> à 14h ou le jeudi 12 novembre à 9h ?
        >>
        >> Bien cordialement,
        >> Julien Marchal
        """)
    hs = head("k19", addr("Julien Marchal", "julien.marchal@laiteries-morvan.fr"),
              "Re: Second entretien - Laiteries du Morvan", "2026-11-05 08:41", PARIS, "mail-sor-f41.google.com",
              msgid=f"<CAJ{_h('k19m', 30)}@mail.gmail.com>",
              extra=(("In-Reply-To", f"<CAF{_h('k19r', 30)}@mail.gmail.com>"),
                     ("References", f"<CAJ{_h('k41m', 30)}@mail.gmail.com>\r\n <CAF{_h('k19r', 30)}@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(20), family="zoom", lang="fr", interview=True, kind="scheduled",
           start="2026-11-12T13:00:00Z", end=None, contact="estelle.garnier@cerealis-ce.fr",
           company="Groupe Céréalis", local="Thu 2026-11-12 14:00", zone=PARIS,
           note="Recruiter mail with pasted Zoom invitation 'Heure : 12 nov. 2026 02:00 PM Paris' (CET) = "
                "13:00Z; 'environ 45 minutes' approximate so end null; contact = sender")
def m20():
    body = t("""
        Bonjour Lucas,

        Comme convenu, voici le lien Zoom pour notre entretien de jeudi 12 novembre à 14h. Nous serons
        trois : Pierre Legrand, directeur supply chain, Audrey Simon, responsable S&OP, et moi-même.
        Comptez environ 45 minutes.

        Belle journée,
        Estelle Garnier
        Chargée de recrutement - Groupe Céréalis Centre-Est

        Estelle Garnier vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Lucas Perrot - Planificateur S&OP
        Heure : 12 nov. 2026 02:00 PM Paris

        Participer à la réunion Zoom
        https://cerealis.zoom.us/j/84215530917?pwd=Qk1yT0ZtWmJ4c3E2dUN2

        ID de réunion : 842 1553 0917
        Code secret : 614208
        """)
    hs = head("k20", addr("Estelle Garnier", "estelle.garnier@cerealis-ce.fr"),
              "Entretien visio – Groupe Céréalis – jeudi 12/11 14h", "2026-11-06 11:30", PARIS,
              "mail-pr3fra01on2092.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T12:00:00Z", end="2026-11-19T15:00:00Z",
           contact="joris.bakker@groenmeerfoods.nl", company="Groenmeer Foods",
           local="Thu 2026-11-19 13:00", local_end="2026-11-19 16:00", zone=AMS,
           note="Google Calendar invitation (English UI) for the on-site round in Amsterdam, 13:00-16:00 "
                "Central European Time (CET, UTC+1) = 12:00-15:00Z; contact = ORGANIZER/sender")
def m21():
    body = t("""
        You have been invited to the following event.

        On-site interview Lucas Perrot - Supply Planner
        When
        Thursday 19 Nov 2026 13:00 – 16:00 Central European Time - Amsterdam

        Where
        Groenmeer Foods, Kaspische Zeestraat 14, 1019 Amsterdam (map: https://www.google.com/maps/search/Kaspische+Zeestraat+14?hl=en)

        Guests
        Joris Bakker - organiser
        Sanne de Wit
        lucas.perrot@example.com

        Hi Lucas, here is the plan for Thursday: 13:00 lunch with the planning team, 14:00 your case
        presentation (20 min + questions), 15:00 plant tour with Ruud. Ask for me at reception. We will
        reimburse your train ticket. Joris

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2dxcjA1bHZkcG5q

        Reply for lucas.perrot@example.com: Yes  No  Maybe  More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", AMS_VTZ, "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Amsterdam:20261119T130000", "DTEND;TZID=Europe/Amsterdam:20261119T160000",
        "DTSTAMP:20261111T083755Z",
        "ORGANIZER;CN=Joris Bakker:mailto:joris.bakker@groenmeerfoods.nl",
        "UID:3gqr05lvdpnj7c2m8ht41sa0ke@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joris Bakker;"
        "X-NUM-GUESTS=0:mailto:joris.bakker@groenmeerfoods.nl",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sanne de Wit;"
        "X-NUM-GUESTS=0:mailto:sanne.dewit@groenmeerfoods.nl",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=lucas.perrot@example.com;X-NUM-GUESTS=0:mailto:lucas.perrot@example.com",
        "DESCRIPTION:Hi Lucas\\, here is the plan for Thursday: 13:00 lunch with the planning team\\, 14:00 "
        "your case presentation (20 min + questions)\\, 15:00 plant tour with Ruud. Ask for me at reception. "
        "We will reimburse your train ticket. Joris",
        "LOCATION:Groenmeer Foods\\, Kaspische Zeestraat 14\\, 1019 Amsterdam",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:On-site interview Lucas Perrot - Supply Planner",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k21", addr("Joris Bakker", "joris.bakker@groenmeerfoods.nl"),
              "Invitation: On-site interview Lucas Perrot - Supply Planner @ Thu 19 Nov 2026 13:00 - 16:00 "
              "(CET) (lucas.perrot@example.com)", "2026-11-11 09:37", AMS, "mail-sor-f73.google.com",
              msgid=f"<calendar-{_h('k21cal', 8)}-{_h('k21c2', 4)}-4b7d-8e2f-{_h('k21c3', 12)}@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Joris Bakker", "joris.bakker@groenmeerfoods.nl"))))
    return message(hs, mixed(
        alt(text(body), html(para_html(body, font="Roboto,Helvetica,Arial,sans-serif")),
            calendar(ics, method="REQUEST", cte="7bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(22), family="taleo", lang="fr", interview=True, kind="scheduled",
           start="2026-11-24T09:00:00Z", end=None, contact="valerie.brunet@sodiaval.fr", company="Sodiaval",
           local="Tue 2026-11-24 10:00", zone=PARIS,
           note="Taleo 'Convocation à un entretien' (windows-1252, QP): mardi 24 novembre 10h00, CET = 09:00Z; "
                "the employer fixed the time, 'merci de confirmer votre présence' does not make it a "
                "proposal; no-reply sender, contact = HR address in the body")
def m22():
    body = t("""
        Bonjour Lucas Perrot,

        Suite à l'examen de votre candidature au poste de Responsable Planification & Ordonnancement
        (Réf. 2600317), nous avons le plaisir de vous convier à un entretien :

        Date : mardi 24 novembre 2026
        Heure : 10h00
        Lieu : Sodiaval - Site de Migennes, 3 avenue Jean-Jaurès, 89400 Migennes
        Interlocuteurs : Mme Valérie Brunet (Responsable RH site) et M. Cédric Moreau (Directeur de site)

        Merci de confirmer votre présence auprès de Mme Brunet (valerie.brunet@sodiaval.fr).

        Cordialement,

        Le service Recrutement
        Sodiaval

        ***Ce message a été envoyé à partir d'une adresse ne pouvant recevoir de réponse.***
        """)
    hs = head("k22", addr("Sodiaval Recrutement", "sodiaval@taleo.net"), "Sodiaval - Convocation à un entretien",
              "2026-11-17 14:03", PARIS, "mta-fr2.taleo.net", charset="windows-1252")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(23), family="greenhouse", lang="fr", interview=True, kind="rescheduled",
           start="2026-12-01T14:00:00Z", end="2026-12-01T15:00:00Z",
           contact="ines.haddad@pousseverte.fr", company="Pousse Verte",
           local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=PARIS,
           days=(("Mon", "2026-11-30"),),
           note="Greenhouse 'modifié' mail with old (lundi 30 novembre 11h) and new time: mardi 1er décembre "
                "15h00-16h00 heure de Paris (CET) = 14:00-15:00Z; ICS SEQUENCE:2; contact = Reply-To")
def m23():
    body = t("""
        Bonjour Lucas,

        L'horaire de votre entretien final chez Pousse Verte a changé.

        Ancien horaire : lundi 30 novembre 2026, 11h00 - 12h00
        Nouvel horaire : mardi 1er décembre 2026, 15h00 - 16h00 (heure de Paris)

        Lieu : Pousse Verte, 18 rue Saint-Maur, 75011 Paris (3e étage)
        Avec : Hugo Blanchard (CEO) et Inès Haddad (Talent Acquisition)

        Vous présenterez l'étude de cas pendant les 20 premières minutes. L'invitation mise à jour est
        jointe.

        À bientôt,
        Inès
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:gh-interview-60318274@greenhouse.io", "DTSTAMP:20261125T091024Z", "SEQUENCE:2",
        "DTSTART:20261201T140000Z", "DTEND:20261201T150000Z",
        "SUMMARY:Entretien final - Lucas Perrot - Supply Planner (Pousse Verte)",
        "LOCATION:Pousse Verte\\, 18 rue Saint-Maur\\, 75011 Paris",
        "ORGANIZER;CN=Inès Haddad:mailto:ines.haddad@pousseverte.fr",
        "ATTENDEE;CN=Lucas Perrot;RSVP=TRUE:mailto:lucas.perrot@example.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k23", addr("Pousse Verte", "no-reply@us.greenhouse-mail.io"),
              "Votre entretien avec Pousse Verte a été modifié", "2026-11-25 10:10", PARIS,
              "mail171-12.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Inès Haddad", "ines.haddad@pousseverte.fr")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(24), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-12-08T09:00:00Z", end="2026-12-08T10:00:00Z",
           contact="nathalie.caron@saveursdeloire.fr", company="Saveurs de Loire",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=PARIS,
           note="Outlook cancellation (French, 'Annulé :'), METHOD:CANCEL, TZID Romance Standard Time, "
                "mardi 8 décembre 10:00-11:00 = 09:00-10:00Z (CET); recruitment suspended, no new time; "
                "contact = ORGANIZER/sender")
def m24():
    body = t("""
        Quand : mardi 8 décembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Loire - site de Gien

        Bonjour Lucas,

        Je suis désolée de devoir annuler notre second entretien : la direction a décidé de suspendre ce
        recrutement jusqu'à la validation du budget 2027. Je reviendrai vers vous début janvier, et je
        préviens Romain Tessier de mon côté.

        Bien cordialement,
        Nathalie Caron
        Directrice des opérations - Saveurs de Loire
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE_VTZ, "BEGIN:VEVENT",
        "ORGANIZER;CN=Nathalie Caron:mailto:nathalie.caron@saveursdeloire.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Perrot:mailto:lucas.perrot@example.com",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fabien Roy:mailto:fabien.roy@saveursdeloire.fr",
        "DESCRIPTION;LANGUAGE=fr-FR:Entretien annulé.\\n",
        "UID:040000008200E00074C5B7101A82E0080000000090D1F6E2A45DDC01000000000000000010000000AE71",
        "SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Lucas Perrot - 2e tour",
        "DTSTART;TZID=Romance Standard Time:20261208T100000",
        "DTEND;TZID=Romance Standard Time:20261208T110000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261202T162611Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=fr-FR:Salle Loire - site de Gien",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT", "END:VCALENDAR"])
    subject = "Annulé : Entretien Lucas Perrot - 2e tour"
    hs = head("k24", addr("Nathalie Caron", "nathalie.caron@saveursdeloire.fr"), subject, "2026-12-02 17:26",
              PARIS, "mail-mr2fra01on2058.outbound.protection.outlook.com",
              msgid=f"<MR1P264MB{_h('k24id', 8).upper()}@MR1P264MB2740.FRAP264.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", enc("Entretien Lucas Perrot - 2e tour")),
                     ("Thread-Index", "AdlK" + _h("k24ti", 20)), ("Importance", "high"),
                     ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(para_html(body, font="Aptos,Calibri,sans-serif", size="11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(25), family="application_receipt", lang="fr", interview=False, company="Ovalis Nutrition",
           note="Workday application receipt, nothing scheduled")
def m25():
    body = t("""
        Bonjour Lucas,

        Nous vous remercions de l'intérêt que vous portez à Ovalis Nutrition et avons bien reçu votre
        candidature au poste de Planificateur Supply Chain H/F (réf. R-10482).

        Notre équipe va étudier votre profil avec attention. Si votre candidature est retenue, un membre
        de l'équipe Talent Acquisition vous contactera pour la suite du processus.

        Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat :
        https://ovalis.wd3.myworkdayjobs.com/fr-FR/Ovalis_Careers/userHome

        Cordialement,
        L'équipe Talent Acquisition
        Ovalis Nutrition

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("k25", addr("Ovalis Nutrition", "ovalis@myworkday.com"),
              "Merci pour votre candidature – Planificateur Supply Chain H/F", "2026-09-04 22:31", PARIS,
              "smtp-out1.myworkday.com")
    return message(hs, html(para_html(body)))


@make.mail(N(26), family="scheduling_link", lang="en", interview=False, company="Groenmeer Foods",
           days=(("Tue", "2026-09-15"), ("Thu", "2026-09-17")),
           note="Recruitee self-scheduling invitation: pick a slot, nothing fixed yet (the confirmation "
                "follows in another mail)")
def m26():
    body = t("""
        Hi Lucas,

        Thank you for your application for Supply Planner Dairy Ingredients. We would like to get to
        know you better in a first video interview of 45 minutes with Joris Bakker, our Planning Lead,
        and me.

        Please choose a time that suits you. Slots are available between Tuesday 15 and Thursday 17
        September (Amsterdam time):

        https://groenmeerfoods.recruitee.com/o/supply-planner-dairy-ingredients/c/schedule/8f41d2

        Kind regards,
        Sanne de Wit
        Talent Acquisition | Groenmeer Foods B.V.
        """)
    hs = head("k26", addr("Groenmeer Foods", "no-reply@recruitee.com"),
              "Groenmeer Foods: please pick a time for your interview", "2026-09-07 16:05", AMS,
              "mail-eu1.recruitee.com",
              extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@groenmeerfoods.nl")),))
    return message(hs, alt(text(body), html(para_html(body))))


@make.mail(N(27), family="school_meeting", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-15"),),
           note="School's parents' meeting via the ENT messaging, fixed time but not an interview")
def m27():
    body = t("""
        Madame, Monsieur,

        Nous avons le plaisir de vous inviter à la réunion de rentrée de la classe de CE2 de
        Mme Delaunay, le mardi 15 septembre 2026 à 18h00, dans la salle de classe (bâtiment B).

        Nous y présenterons le programme de l'année, l'organisation des sorties et le fonctionnement
        du cahier de liaison. La présence d'au moins un parent est vivement souhaitée.

        Bien cordialement,
        La direction de l'école élémentaire du Clos-Vert
        Auxerre

        --
        Message envoyé depuis l'ENT Cartable 89. Ne répondez pas directement à ce courriel.
        """)
    hs = head("k27", addr("ENT Cartable 89", "ne-pas-repondre@cartable89.example.net"),
              "[École du Clos-Vert] Réunion de rentrée CE2 - mardi 15 septembre", "2026-09-09 12:10",
              PARIS, "smtp.cartable89.example.net")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(28), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert listing four planning jobs, nothing scheduled")
def m28():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b1f;background:#f6f3ea">
        <table width="600" align="center" cellpadding="16" style="background:#ffffff">
        <tr><td style="background:#3f6b35;color:#ffffff;font-size:20px"><b>TerroirJobs</b> &middot; Votre alerte emploi</td></tr>
        <tr><td>
        <p>Bonjour Lucas,</p>
        <p>4 nouvelles offres correspondent à votre alerte <b>« planificateur supply chain » - Bourgogne-Franche-Comté (50 km)</b> :</p>
        <p><a href="https://www.terroirjobs.example/offre/88213">Planificateur de production H/F</a><br>Fromagerie des Trois Vallées &middot; Avallon (89) &middot; CDI &middot; 38-42 k&euro;</p>
        <p><a href="https://www.terroirjobs.example/offre/88190">Approvisionneur matières premières H/F</a><br>Cave coopérative du Grand Auxerrois &middot; Saint-Bris-le-Vineux (89) &middot; CDI</p>
        <p><a href="https://www.terroirjobs.example/offre/88172">Demand Planner H/F</a><br>Ovalis Nutrition &middot; Dijon (21) &middot; CDI &middot; télétravail partiel</p>
        <p><a href="https://www.terroirjobs.example/offre/88154">Responsable ADV et planification H/F</a><br>Sucrerie de Puisaye &middot; Toucy (89) &middot; CDI</p>
        <p style="text-align:center"><a href="https://www.terroirjobs.example/alertes" style="background:#3f6b35;color:#ffffff;padding:10px 18px;text-decoration:none">Voir toutes les offres</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777777">Vous recevez cet e-mail car vous avez créé une alerte sur TerroirJobs. <a href="https://www.terroirjobs.example/alertes/desinscription?u=5521">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    hs = head("k28", addr("TerroirJobs", "alertes@terroirjobs.example"),
              "4 nouvelles offres pour « planificateur supply chain »", "2026-09-21 07:02", PARIS,
              "mail12.terroirjobs.example",
              extra=(("List-Unsubscribe", "<https://www.terroirjobs.example/alertes/desinscription?u=5521>"),
                     ("Precedence", "bulk")))
    return message(hs, html(body, cte="base64"))


@make.mail(N(29), family="recruiter_outreach", lang="fr", interview=False, company="Cabinet Orvaux",
           note="Agency consultant's cold approach asking for a call 'cette semaine ou la suivante', no "
                "time fixed")
def m29():
    body = t("""
        Bonjour Lucas,

        Je me permets de vous contacter après avoir consulté votre profil. J'accompagne actuellement
        une ETI agroalimentaire du Loiret (produits de boulangerie surgelés, 450 personnes) dans le
        recrutement de son Responsable planification industrielle, rattaché à la directrice des
        opérations.

        Votre expérience de planification en coopérative, avec une forte saisonnalité, correspond
        bien à ce que recherche mon client. Seriez-vous disponible pour un échange téléphonique de
        20 minutes cette semaine ou la suivante ? Indiquez-moi simplement vos disponibilités.

        Bien à vous,

        Romain Tessier
        Consultant senior - Supply Chain & Industrie
        Cabinet Orvaux | 06 48 22 17 90
        """)
    hs = head("k29", addr("Romain Tessier", "romain.tessier@cabinet-orvaux.fr"),
              "Opportunité - Responsable planification industrielle (Loiret)", "2026-09-23 10:44", PARIS,
              "mail-pr0fra01on2120.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))


@make.mail(N(30), family="non_interview_event", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Condominium general assembly notice with a PDF, fixed time, not an interview")
def m30():
    body = t("""
        Madame, Monsieur,

        Vous trouverez ci-joint la convocation à l'assemblée générale ordinaire de la copropriété
        Résidence Le Clos Saint-Germain, qui se tiendra le :

        jeudi 8 octobre 2026 à 18h30
        Salle polyvalente de la Maison de quartier Sainte-Geneviève, Auxerre

        L'ordre du jour, les comptes de l'exercice et les devis de ravalement sont joints. Si vous ne
        pouvez pas être présent, vous pouvez donner pouvoir au moyen du formulaire fourni.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

        Bourgogne Gestion Immobilière - Service copropriété
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Convocation_AG_2026.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Convocation_AG_2026.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head("k30", addr("Bourgogne Gestion Immobilière", "copro@bourgogne-gestion.example.net"),
              "Convocation AG - Résidence Le Clos Saint-Germain - 8 octobre 2026", "2026-09-22 15:20", PARIS,
              "smtp.bourgogne-gestion.example.net")
    return message(hs, mixed(text(body), pdf))


@make.mail(N(31), family="rejection", lang="fr", interview=False, company="Groupe Valfleury",
           note="Workday rejection before any interview")
def m31():
    body = t("""
        Bonjour Lucas,

        Nous vous remercions pour l'intérêt que vous avez porté au Groupe Valfleury et pour votre
        candidature au poste de Supply Planner Produits Frais (réf. VF-2026-0419).

        Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
        avons décidé de poursuivre avec d'autres candidats dont le profil correspond davantage à nos
        besoins actuels.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Cordialement,
        Direction des Ressources Humaines
        Groupe Valfleury
        """)
    hs = head("k31", addr("Groupe Valfleury", "valfleury@myworkday.com"),
              "Votre candidature chez Groupe Valfleury", "2026-09-29 18:12", PARIS, "smtp-out2.myworkday.com")
    return message(hs, alt(text(body), html(para_html(body))))


@make.mail(N(32), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Dentist appointment confirmation from a booking platform with ICS: confirmed time, not "
                "an interview")
def m32():
    body = t("""
        Bonjour Lucas Perrot,

        Votre rendez-vous est confirmé.

        Dr Anne Lefèvre - Chirurgien-dentiste
        jeudi 1er octobre 2026 à 18:15
        12 boulevard Vaulabelle, 89000 Auxerre

        Motif : contrôle et détartrage

        Pensez à vous munir de votre carte Vitale. En cas d'empêchement, merci d'annuler au moins
        24 heures à l'avance depuis votre compte.

        L'équipe MonRDVSanté
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MonRDVSante//FR", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:rdv-3318842@monrdvsante.example", "DTSTAMP:20260928T071211Z",
        "DTSTART:20261001T161500Z", "DTEND:20261001T164500Z",
        "SUMMARY:Rendez-vous Dr Anne Lefèvre (dentiste)",
        "LOCATION:12 boulevard Vaulabelle\\, 89000 Auxerre", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k32", addr("MonRDVSanté", "no-reply@monrdvsante.example"),
              "Rendez-vous confirmé avec Dr Anne Lefèvre le jeudi 1er octobre", "2026-09-28 09:12", PARIS,
              "mail.monrdvsante.example")
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method=None, cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


@make.mail(N(33), family="newsletter", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Regional agri-food newsletter with an 'Entretien avec...' feature and an events agenda")
def m33():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#222222">
        <table width="620" align="center" cellpadding="14">
        <tr><td style="border-bottom:3px solid #a4343a"><span style="font-size:22px">L'Écho de l'agroalimentaire</span><br><span style="font-size:12px;color:#666666">Bourgogne-Franche-Comté &middot; Lettre n°212 &middot; 1er octobre 2026</span></td></tr>
        <tr><td>
        <h3>Entretien avec Sylvie Martel, directrice supply chain d'une coopérative laitière</h3>
        <p>« La planification à la semaine ne suffit plus. » Face à la volatilité de la collecte, Sylvie Martel explique comment son équipe a adopté un S&amp;OP mensuel&hellip; <a href="https://echo-agro.example/entretien-martel">Lire l'entretien</a></p>
        <h3>Moisson 2026 : des rendements contrastés dans l'Yonne</h3>
        <p>Blé tendre en retrait, orge de printemps en hausse&hellip; <a href="https://echo-agro.example/moisson-2026">Lire la suite</a></p>
        <h3>Agenda</h3>
        <p>Jeudi 15 octobre, Dijon &ndash; Rencontres régionales de la logistique agroalimentaire, 9h-17h, Palais des congrès.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888">Vous êtes abonné à L'Écho de l'agroalimentaire. <a href="https://echo-agro.example/desabonnement">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head("k33", addr("L'Écho de l'agroalimentaire", "lettre@echo-agro.example"),
              "Entretien : « La planification à la semaine ne suffit plus » | L'Écho n°212",
              "2026-10-01 06:30", PARIS, "mta4.echo-agro.example",
              extra=(("List-Unsubscribe", "<https://echo-agro.example/desabonnement>"), ("Precedence", "bulk")))
    return message(hs, html(body))


@make.mail(N(34), family="job_fair", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Registration confirmation for a regional job fair (a day of stands, no interview fixed)")
def m34():
    body = t("""
        Bonjour Lucas,

        Votre inscription au Forum Emploi Agro & Agri de Dijon est bien enregistrée.

        Mardi 13 octobre 2026, de 9h00 à 17h00
        Parc des expositions de Dijon, hall 2

        Plus de 60 entreprises du secteur (coopératives, industriels, négoce, logistique) seront
        présentes. Pensez à imprimer plusieurs CV ; un espace photo et des ateliers CV sont proposés
        toute la journée.

        Votre badge d'entrée : https://forum-agro-dijon.example/badge/LP-20417

        L'équipe du Forum
        """)
    hs = head("k34", addr("Forum Emploi Agro & Agri", "inscriptions@forum-agro-dijon.example"),
              "Votre inscription au Forum Emploi Agro & Agri - mardi 13 octobre", "2026-10-08 12:25", PARIS,
              "smtp.forum-agro-dijon.example")
    return message(hs, alt(text(body), html(para_html(body))))


@make.mail(N(35), family="appointment", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Car inspection booking confirmation, fixed time, not an interview")
def m35():
    body = t("""
        Bonjour M. PERROT,

        Nous vous confirmons votre rendez-vous de contrôle technique :

        Date : samedi 17 octobre 2026
        Heure : 09h00
        Véhicule : Peugeot 308 SW - immatriculation FN-482-KR
        Centre : Contrôle Auto Auxerre Sud, 41 route de Chablis, 89000 Auxerre

        Merci de vous présenter avec la carte grise du véhicule et le précédent procès-verbal.
        Tarif : 79,00 EUR, règlement sur place.

        À bientôt,
        Contrôle Auto Auxerre Sud
        """)
    hs = head("k35", addr("Contrôle Auto Auxerre Sud", "rdv@controle-auto-auxerre.example", "iso-8859-1"),
              "Confirmation de votre rendez-vous du 17/10/2026", "2026-10-12 20:41", PARIS,
              "smtp.controle-auto-auxerre.example")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(36), family="rejection", lang="fr", interview=False, company="Brasserie Quincerot",
           days=(("Mon", "2026-10-05"),),
           note="Teamtailor rejection after the 5 October interview")
def m36():
    body = t("""
        Bonjour Lucas,

        Merci encore pour l'entretien du lundi 5 octobre et pour le temps que vous nous avez consacré.

        Après réflexion, nous avons choisi de poursuivre avec un autre candidat, dont l'expérience en
        brasserie correspond de plus près à nos besoins immédiats. Cette décision n'a pas été facile :
        Arnaud a beaucoup apprécié votre approche de la planification des approvisionnements.

        Nous vous souhaitons le meilleur pour la suite.

        Camille Besson
        Brasserie Quincerot
        """)
    hs = head("k36", addr("Brasserie Quincerot", "no-reply@teamtailor-mail.com"),
              "Votre candidature chez Brasserie Quincerot", "2026-10-13 17:50", PARIS,
              "mta-12.teamtailor-mail.com",
              extra=(("Reply-To", addr("Camille Besson", "camille.besson@brasserie-quincerot.fr")),))
    return message(hs, alt(text(body), html(para_html(body))))


@make.mail(N(37), family="availability_request", lang="en", interview=False, company="Kilbrack Dairies",
           days=(("Tue", "2026-10-27"), ("Thu", "2026-10-29")),
           note="Recruiter asks for availability for the next round, suggests two days, nothing fixed")
def m37():
    body = t("""
        Hi Lucas,

        Great speaking with you last week. The team would like to move you forward to an interview
        with Ciarán Walsh, our Head of Planning, and Aoife Brennan from HR (one hour, on Teams).

        Could you send me a few slots that work for you during the week of 26 October? Tuesday 27 or
        Thursday 29 would suit Ciarán best. Once I have them, Aoife will send you the calendar invite.

        Best,
        Niamh

        Niamh Gallagher
        Talent Partner, Kilbrack Dairies
        niamh.gallagher@kilbrackdairies.ie
        """)
    hs = head("k37", addr("Niamh Gallagher", "niamh.gallagher@kilbrackdairies.ie"),
              "Next steps - Demand Planner", "2026-10-14 11:26", DUB,
              "mail-db8eur05on2093.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))


@make.mail(N(38), family="rejection", lang="fr", interview=False, company="Biscuiterie Lanclos",
           days=(("Fri", "2026-10-09"),),
           note="SmartRecruiters rejection after the 9 October interview")
def m38():
    body = t("""
        Bonjour Lucas,

        Nous vous remercions pour votre participation à l'entretien du vendredi 9 octobre pour le poste
        de Planificateur(trice) Approvisionnements.

        Nous avons reçu de nombreuses candidatures de qualité et, après mûre réflexion, nous avons
        retenu un autre profil. Nous conservons vos coordonnées et ne manquerons pas de revenir vers
        vous si une opportunité correspondant à votre profil se présentait.

        Cordialement,
        Sophie Guérin
        Biscuiterie Lanclos
        """)
    hs = head("k38", addr("Biscuiterie Lanclos", "noreply@smartrecruiters.com"),
              "Votre candidature - Planificateur(trice) Approvisionnements", "2026-10-16 10:05", PARIS,
              "mail.smartrecruiters.com")
    return message(hs, alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


@make.mail(N(39), family="out_of_office", lang="fr", interview=False, company="Nutrivia",
           days=(("Mon", "2026-11-02"), ("Fri", "2026-10-30")),
           note="Recruiter's out-of-office auto-reply to Lucas's follow-up")
def m39():
    body = t("""
        Bonjour,

        Je suis absente jusqu'au vendredi 30 octobre inclus, sans accès à mes e-mails. Je vous répondrai
        dès mon retour, le lundi 2 novembre.

        Pour toute urgence, vous pouvez contacter recrutement@nutrivia.fr.

        Léa Vasseur
        Talent Acquisition - Nutrivia
        """)
    hs = head("k39", addr("Léa Vasseur", "lea.vasseur@nutrivia.fr"),
              "Réponse automatique : Suite de notre entretien du 13 octobre", "2026-10-26 08:14", PARIS,
              "mail-sor-f47.google.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("In-Reply-To", f"<CAK{_h('k39r', 30)}@mail.gmail.com>")))
    return message(hs, text(body))


@make.mail(N(40), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Lucas's thank-you note to a mistyped address (kilbrackdairy.ie)")
def m40():
    inner_body = t("""
        Dear Ciarán,

        Thank you for taking the time to speak with me this morning. I enjoyed our discussion about
        the milk intake forecasting and the S&OP cycle at Kilbrack, and I remain very interested in
        the Demand Planner role.

        Kind regards,
        Lucas Perrot
        """)
    inner = message([("From", LUCAS), ("To", addr("Ciaran Walsh", "ciaran.walsh@kilbrackdairy.ie")),
                     ("Subject", "Thank you - Demand Planner interview"),
                     ("Date", date("2026-10-29 14:52", PARIS)),
                     ("Message-ID", mid("k40inner", "example.com"))], text(inner_body))
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <ciaran.walsh@kilbrackdairy.ie>: host mx.kilbrackdairy.ie[203.0.113.25] said:
            550 5.1.1 <ciaran.walsh@kilbrackdairy.ie>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Tz8Kq1xLmz9v
        Arrival-Date: Thu, 29 Oct 2026 14:52:07 +0100 (CET)

        Final-Recipient: rfc822; ciaran.walsh@kilbrackdairy.ie
        Original-Recipient: rfc822;ciaran.walsh@kilbrackdairy.ie
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kilbrackdairy.ie
        Diagnostic-Code: smtp; 550 5.1.1 <ciaran.walsh@kilbrackdairy.ie>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(inner),
                       params="report-type=delivery-status")
    hs = head("k40", addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.com"),
              "Undelivered Mail Returned to Sender", "2026-10-29 14:52", PARIS, "smtp.example.com",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(41), family="availability_request", lang="fr", interview=False, company="Laiteries du Morvan",
           days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
           note="Manager proposes two slots for a second interview, nothing agreed yet (the reschedule of "
                "the slot chosen later arrives in another mail)")
def m41():
    body = t("""
        Bonjour Lucas,

        Suite à notre premier échange, nous aimerions vous revoir pour un second entretien sur site avec
        Mme Perrin, notre directrice industrielle. Seriez-vous disponible le mardi 10 novembre à 14h ou le
        jeudi 12 novembre à 9h ?

        Bien cordialement,
        Julien Marchal
        Responsable supply chain - Laiteries du Morvan
        03 80 64 27 11
        """)
    hs = head("k41", addr("Julien Marchal", "julien.marchal@laiteries-morvan.fr"),
              "Second entretien - Laiteries du Morvan", "2026-10-30 11:02", PARIS, "mail-sor-f41.google.com",
              msgid=f"<CAJ{_h('k41m', 30)}@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="one_way_video", lang="fr", interview=False, company="Sodiaval",
           days=(("Sun", "2026-11-15"),),
           note="Invitation to a recorded (one-way) video interview to complete before a deadline; no "
                "meeting time")
def m42():
    body = t("""
        Bonjour Lucas,

        Sodiaval vous invite à réaliser un entretien vidéo différé pour le poste de Responsable
        Planification & Ordonnancement.

        Vous répondrez à 5 questions, avec 1 minute de préparation et 3 minutes de réponse maximum
        pour chacune. Vous pouvez le faire quand vous le souhaitez, avant le :

        dimanche 15 novembre 2026 à 23h59

        Commencer mon entretien : https://app.vidrecrut.example/i/sodiaval/7Hq2LmW9

        Conseil : installez-vous dans un endroit calme et testez votre micro et votre caméra avant de
        commencer.

        L'équipe VidRecrut, pour Sodiaval
        """)
    hs = head("k42", addr("Sodiaval via VidRecrut", "no-reply@vidrecrut.example"),
              "Sodiaval vous invite à un entretien vidéo différé", "2026-11-09 09:30", PARIS,
              "mail.vidrecrut.example")
    return message(hs, alt(text(body), html(para_html(body))))


@make.mail(N(43), family="travel_booking", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-11-18"), ("Fri", "2026-11-20")),
           note="Lucas forwards his train booking (for the Amsterdam on-site) to his other address: "
                "travel times, not an interview confirmation")
def m43():
    body = t("""
        Billets pour Amsterdam, pour la note de frais Groenmeer.

        ---------- Forwarded message ---------
        De : Voyages Rail+ <confirmation@voyagesrailplus.example>
        Date: mar. 10 nov. 2026 à 20:14
        Subject: Votre voyage est confirmé - Référence QXZ4TR
        To: <lucas.perrot@example.com>


        Bonjour Lucas,

        Votre réservation est confirmée. Référence dossier : QXZ4TR

        Aller - mercredi 18 novembre 2026
        Paris Nord 16:13 -> Amsterdam Centraal 19:35 - voiture 14, place 52

        Retour - vendredi 20 novembre 2026
        Amsterdam Centraal 10:28 -> Paris Nord 13:47 - voiture 3, place 17

        Total payé : 184,00 EUR

        Bon voyage !
        Voyages Rail+
        """)
    hs = head("k43", LUCAS, "Fwd: Votre voyage est confirmé - Référence QXZ4TR", "2026-11-10 20:22", PARIS,
              "mail-ej1-f49.google.com", to=addr("Lucas Perrot", ME2), rcpt=ME2,
              msgid=f"<CAH{_h('k43m', 30)}@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="assessment", lang="fr", interview=False, company="Pousse Verte",
           days=(("Mon", "2026-11-23"),),
           note="Case study to return before a deadline; the final interview date is still to be set")
def m44():
    body = t("""
        Bonjour Lucas,

        Bravo, l'équipe a été convaincue par votre second entretien avec Mathilde et Karim ! Dernière étape :
        une étude de cas sur la planification de nos approvisionnements en graines et substrats
        (énoncé et données en pièce jointe).

        Merci de nous la renvoyer avant le lundi 23 novembre à 12h. Vous la présenterez ensuite lors
        de l'entretien final avec Hugo ; je reviens vers vous très vite pour en fixer la date.

        Bon courage !
        Inès Haddad
        Talent Acquisition Manager - Pousse Verte
        """)
    xlsx = raw_part([("Content-Type", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; '
                                      'name="Etude_de_cas_Pousse_Verte.xlsx"'),
                     ("Content-Disposition", 'attachment; filename="Etude_de_cas_Pousse_Verte.xlsx"'),
                     ("Content-Transfer-Encoding", "base64")],
                    "UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC\n"
                    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")
    hs = head("k44", addr("Inès Haddad", "ines.haddad@pousseverte.fr"), "Pousse Verte - étude de cas",
              "2026-11-13 16:48", PARIS, "mail-wm1-f50.google.com",
              msgid=f"<CAM{_h('k44m', 30)}@mail.gmail.com>")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), xlsx))


@make.mail(N(45), family="job_alert", lang="en", interview=False, company=None,
           note="Job-network alert with planning jobs in the Netherlands and Ireland")
def m45():
    body = t("""
        Lucas, 5 new jobs match your search "supply planner" in Netherlands

        Supply Planner - Fresh Produce
        Veldhof Fresh Group - Rotterdam, South Holland - Hybrid
        https://joblinker.example/jobs/view/4401923

        Demand & Supply Planner (EN/FR)
        Noorderkaas B.V. - Leeuwarden, Friesland - On-site
        https://joblinker.example/jobs/view/4401877

        S&OP Analyst
        Harvest Lane Foods - Utrecht - Hybrid
        https://joblinker.example/jobs/view/4401850

        Materials Planner
        Polderzaad - Enkhuizen - On-site
        https://joblinker.example/jobs/view/4401812

        Senior Demand Planner
        Dunmore Dairy Ingredients - Dublin, Ireland (relocation support)
        https://joblinker.example/jobs/view/4401790

        See all jobs: https://joblinker.example/jobs/search?alert=9921

        You are receiving Job Alert emails. Unsubscribe: https://joblinker.example/alerts/unsubscribe?a=9921
        """)
    hs = head("k45", addr("Joblinker Job Alerts", "jobalerts-noreply@joblinker.example"),
              "\"supply planner\": 5 new jobs in Netherlands", "2026-11-16 06:45", AMS, "mail-out.joblinker.example",
              extra=(("List-Unsubscribe", "<https://joblinker.example/alerts/unsubscribe?a=9921>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="7bit"), html(para_html(body))))


@make.mail(N(46), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-28"),),
           note="Google Calendar invitation from his sister to a birthday dinner, not an interview")
def m46():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Anniversaire de Julie (surprise, chut !)
        Quand
        samedi 28 nov. 2026 19:30 – 23:30 heure normale d’Europe centrale - Paris

        Où
        Chez Marc et Julie, 6 rue des Vignes, 89290 Champs-sur-Yonne

        Participants
        Claire Perrot - organisateur
        lucas.perrot@example.com
        marc.bernard@example.net

        Chacun apporte un plat ou un dessert, on s'organise sur le groupe. Claire

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["Europe/Paris"], "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20261128T193000", "DTEND;TZID=Europe/Paris:20261128T233000",
        "DTSTAMP:20261120T184402Z", "ORGANIZER;CN=Claire Perrot:mailto:claire.perrot@example.net",
        "UID:1pk7d0s3m9bqv4r6e2h8c5ntwa@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=lucas.perrot@example.com;X-NUM-GUESTS=0:mailto:lucas.perrot@example.com",
        "DESCRIPTION:Chacun apporte un plat ou un dessert\\, on s'organise sur le groupe. Claire",
        "LOCATION:Chez Marc et Julie\\, 6 rue des Vignes\\, 89290 Champs-sur-Yonne",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Anniversaire de Julie (surprise\\, chut !)",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    hs = head("k46", addr("Claire Perrot", "claire.perrot@example.net"),
              "Invitation: Anniversaire de Julie (surprise, chut !) @ sam. 28 nov. 2026 19:30 - 23:30 (CET) "
              "(lucas.perrot@example.com)", "2026-11-20 19:44", PARIS, "mail-sor-f69.google.com",
              msgid=f"<calendar-{_h('k46cal', 8)}-{_h('k46c2', 4)}-41c3-a5d0-{_h('k46c3', 12)}@google.com>",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(
        alt(text(body), html(para_html(body, font="Roboto,Helvetica,Arial,sans-serif")),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(47), family="post_interview_followup", lang="fr", interview=False, company="Ovalis Nutrition",
           note="Recruiter thanks Lucas for yesterday's interview; answer promised, nothing scheduled")
def m47():
    body = t("""
        Bonjour Lucas,

        Merci pour votre venue hier à Dijon et pour la qualité de nos échanges. Thomas et moi avons
        encore quelques candidats à rencontrer ; nous reviendrons vers vous d'ici la fin de la semaine
        prochaine.

        Bonne fin de semaine,

        Claire Mounier
        Chargée de recrutement - Ovalis Nutrition
        """)
    hs = head("k47", addr("Claire Mounier", "claire.mounier@ovalis-nutrition.fr"),
              "Suite à notre entretien", "2026-09-18 12:07", PARIS,
              "mail-am6eur05on2079.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))


@make.mail(N(48), family="offer", lang="fr", interview=False, company="Distrilait Bourgogne",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")),
           note="Written job offer with a start date and a reply deadline, no interview")
def m48():
    body = t("""
        Bonjour Lucas,

        À la suite de nos entretiens, j'ai le plaisir de vous confirmer notre proposition d'embauche au
        poste de Planificateur (H/F), en CDI, statut agent de maîtrise, sur notre site d'Auxerre-Appoigny :

        - rémunération brute annuelle : 41 500 EUR sur 13 mois
        - prise de poste souhaitée : lundi 4 janvier 2027
        - télétravail : un jour par semaine après la période d'essai

        Vous trouverez la promesse d'embauche détaillée en pièce jointe. Merci de nous faire part de votre
        réponse avant le vendredi 11 décembre.

        Au plaisir de vous compter parmi nous,

        Patricia Lemoine
        Responsable ressources humaines - Distrilait Bourgogne
        patricia.lemoine@distrilait-bourgogne.fr
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Promesse_embauche_L_Perrot.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Promesse_embauche_L_Perrot.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head("k48", addr("Patricia Lemoine", "patricia.lemoine@distrilait-bourgogne.fr"),
              "Proposition d'embauche – Planificateur (H/F)", "2026-12-07 11:40", PARIS,
              "mail-par2fra01on2103.outbound.protection.outlook.com",
              msgid=f"<PR1P264MB{_h('k48id', 8).upper()}@PR1P264MB3321.FRAP264.PROD.OUTLOOK.COM>")
    return message(hs, mixed(alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))), pdf))


@make.mail(N(49), family="application_receipt", lang="en", interview=False, company="Kilbrack Dairies",
           note="Workable application receipt, nothing scheduled")
def m49():
    body = t("""
        Hi Lucas,

        Thank you for applying for the Demand Planner position at Kilbrack Dairies. We have received
        your application and our team will review it over the coming days.

        If your profile matches what we are looking for, we will be in touch to arrange a first call.

        Kind regards,
        The Kilbrack Dairies hiring team

        --
        Sent with Workable
        """)
    hs = head("k49", addr("Kilbrack Dairies", "noreply@candidates.workablemail.com"),
              "Thanks for applying to Kilbrack Dairies", "2026-09-10 19:33", DUB, "mail-out3.workablemail.com",
              extra=(("Reply-To", "kilbrack-dairies+e4f1c27a90@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="7bit"), html(para_html(body, font="Helvetica,Arial,sans-serif"))))


@make.mail(N(50), family="scheduling_link", lang="fr", interview=False, company="AgroTalents Conseil",
           note="Agency consultant sends her Calendly link to book a call; nothing booked yet")
def m50():
    body = t("""
        Bonjour Lucas,

        Merci pour votre retour rapide. Je vous propose de réserver directement un créneau de 30 minutes
        dans mon agenda, au moment qui vous arrange, pour que je vous présente le poste de responsable
        planification :

        https://calendly.com/margaux-lefort-agrotalents/30min

        Je vous appellerai sur votre portable à l'heure choisie.

        Belle journée,

        Margaux Lefort
        Consultante recrutement - AgroTalents Conseil
        06 71 28 40 93
        """)
    hs = head("k50", addr("Margaux Lefort", "margaux.lefort@agrotalents-conseil.fr"),
              "Re: Poste de responsable planification - échange", "2026-09-17 15:22", PARIS,
              "mail-pr3fra01on2075.outbound.protection.outlook.com",
              extra=(("In-Reply-To", mid("k50r", "example.com")),))
    return message(hs, alt(text(body), html(para_html(body, font="Calibri,sans-serif", size="11pt"))))
