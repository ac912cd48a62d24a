"""blind343: a blind 50-mail held-out set, the inbox of Arnaud Puig, a fruit-import quality manager in
Perpignan (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the non-score
sections of bench/heldout/README.md, the dev corpus README, dev labels, dev_002, dev_009 and
score.py; it did not read the detector, its tests, the other held-out mails or sets, and never ran
the detector. Each mail is one function below, written by hand; make.py does the MIME plumbing.
Mostly French (tu and vous), some Spanish (Barcelona, Girona, Mataró) and English (Barcelona,
Rotterdam, Montreal). Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50
negatives; file numbers are a fixed shuffle of the key order.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind343"
ORDER = random.Random(3430343).sample(range(1, 51), 50)


def N(key):  # noqa: N802
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "arnaud.puig@example.com"
ME_NAME = "Arnaud Puig"
ME_ADDR = addr(ME_NAME, ME)
PARIS = "Europe/Paris"
MADRID = "Europe/Madrid"
CASA = "Africa/Casablanca"
TORONTO = "America/Toronto"
AMS = "Europe/Amsterdam"

ROMANCE_VTZ = make.VTZ["W. Europe Standard Time"].replace("W. Europe", "Romance")
PARIS_VTZ = make.VTZ["Europe/Paris"]
MADRID_VTZ = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{h(seed, 24)}@{domain}>"


def head(frm, subject, when, zone, msgid, *, to=ME_ADDR, via=None, extra=()):
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    hs = [("Delivered-To", ME)]
    if via:
        hs.append(("Received", received(via, when, zone, f"mx1.example.com with ESMTPS id {h(msgid, 10)}", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def stamp(when, zone):
    """ICS DTSTAMP (UTC) for a local time."""
    return utc(when, zone).replace("-", "").replace(":", "")


def pos(key, *, family, lang, company, kind, local, zone, contact, note, local_end=None, days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(N(key), family=family, lang=lang, interview=True, company=company, kind=kind,
                     start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                     contact=contact, local=local, local_end=local_end, zone=zone, note=note,
                     days=days)


def neg(key, *, family, lang, company, note, days=()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


# =========================================================================== positives: scheduled

@pos(1, family="greenhouse", lang="en", company="Agrumex Mediterrània", kind="scheduled",
     local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=MADRID,
     contact="laia.ferrer@agrumexmed.es",
     note="Greenhouse on-site confirmation, Barcelona (Europe/Madrid, CEST = Paris time); "
          "10:00-11:00 CEST; contact = recruiter Reply-To; ICS in UTC")
def greenhouse_agrumex():
    m = mid("gh-agrumex-1", "greenhouse.io")
    when = "2026-09-10 16:12"
    body = t("""
        Hi Arnaud,

        Thank you for scheduling your interview with Agrumex Mediterrània. We look forward to
        meeting you in Barcelona!

        Position: Quality Assurance Manager - Citrus Imports
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST
        Location: Agrumex Mediterrània, Mercabarna, Carrer Longitudinal 7, Edifici B, 08040 Barcelona
        Interviewers: Laia Ferrer (Talent Acquisition), Marc Roca (Operations Director)

        Please bring an ID to collect your visitor badge at the Mercabarna gate (Gate 2).

        If you need to make any changes, just reply to this email.

        Best,
        Laia Ferrer
        Agrumex Mediterrània

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Arnaud,</p>
        <p>Thank you for scheduling your interview with Agrumex Mediterr&agrave;nia. We look forward to
        meeting you in Barcelona!</p>
        <table cellpadding="4">
        <tr><td><b>Position</b></td><td>Quality Assurance Manager - Citrus Imports</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td><b>Location</b></td><td>Agrumex Mediterr&agrave;nia, Mercabarna, Carrer Longitudinal 7,
        Edifici B, 08040 Barcelona</td></tr>
        <tr><td><b>Interviewers</b></td><td>Laia Ferrer (Talent Acquisition), Marc Roca (Operations
        Director)</td></tr>
        </table>
        <p>Please bring an ID to collect your visitor badge at the Mercabarna gate (Gate 2).</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Laia Ferrer<br>Agrumex Mediterr&agrave;nia</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-{h(m, 20)}@greenhouse.io
        DTSTAMP:{stamp(when, MADRID)}
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview: Arnaud Puig - Quality Assurance Manager - Citrus Imports
        LOCATION:Agrumex Mediterrània\\, Mercabarna\\, Carrer Longitudinal 7\\, Barcelona
        ORGANIZER;CN=Laia Ferrer:mailto:laia.ferrer@agrumexmed.es
        ATTENDEE;CN=Arnaud Puig;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:arnaud.puig@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Agrumex Mediterrània", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Quality Assurance Manager - Citrus Imports", when, MADRID, m,
              via="from mail-a7.greenhouse-mail.io (mail-a7.greenhouse-mail.io [198.2.180.41])",
              extra=[("Reply-To", addr("Laia Ferrer", "laia.ferrer@agrumexmed.es"))])
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@pos(2, family="human_prose", lang="fr", company="Soleil d'Agly Primeurs", kind="scheduled",
     local="Thu 2026-09-17 14:30", zone=PARIS, contact="h.baudry@soleil-agly.fr",
     note="French vous prose, Perpignan (CEST): 'jeudi 17 septembre à 14h30'; 'une heure environ' is "
          "approximate so end null; iso-8859-1 quoted-printable")
def prose_soleil_agly():
    when = "2026-09-14 09:47"
    body = t("""
        Bonjour Monsieur Puig,

        Suite à notre échange téléphonique de vendredi, je vous confirme notre entretien pour le
        poste de Responsable Qualité :

        jeudi 17 septembre à 14h30
        dans nos locaux du Marché International Saint-Charles, bâtiment C, bureau 12
        (Avenue de Milan, Perpignan).

        Vous rencontrerez M. Garrigue, notre directeur général, et moi-même. L'entretien durera une
        heure environ ; nous vous ferons ensuite visiter la station de conditionnement.

        Merci de vous présenter à l'accueil du bâtiment C.

        Bien cordialement,

        Hélène Baudry
        Assistante de direction - Ressources humaines
        Soleil d'Agly Primeurs
        04 68 55 21 90
        """)
    hs = head(addr("Hélène Baudry", "h.baudry@soleil-agly.fr", "iso-8859-1"),
              "Confirmation de votre entretien - Responsable Qualité", when, PARIS,
              mid("soleil-agly-2", "soleil-agly.fr"),
              via="from smtp.soleil-agly.fr (smtp.soleil-agly.fr [81.250.14.77])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return make.message(hs, text(body, charset="iso-8859-1"))


TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{0}%40thread.v2/0>
ID de la réunion : 349 221 806 715
Code secret : Xq7b2K
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

VERGERS_UID = "040000008200E00074C5B7101A82E00800000000D0C4A3B27B3ADC01000000000000000010000000" \
              "6F1B2C9E5A4D3F46A1B0E3C2D9F8A7B6"


def vergers_ics(start, end, seq, when, summary_prefix=""):
    return t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Camille Roig:mailto:camille.roig@vergers-roussillon.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arnaud Puig:mailto:arnaud.puig@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Didier Ferrer:mailto:didier.ferrer@vergers-roussillon.fr
        DESCRIPTION;LANGUAGE=fr-FR:Réunion Microsoft Teams\\n
        UID:{VERGERS_UID}
        SUMMARY;LANGUAGE=fr-FR:{summary_prefix}Entretien Responsable Qualité - Arnaud Puig
        DTSTART;TZID=Romance Standard Time:{start}
        DTEND;TZID=Romance Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp(when, PARIS)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:-1794223106
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)


def exchange_html(lines):
    import html as _h
    paras = "\n".join(f'<div><span style="font-size:11pt">{_h.escape(x) if x else "&nbsp;"}</span></div>'
                      for x in lines)
    return t("""
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        </head>
        <body>
        """) + paras + "\n</body>\n</html>\n"


@pos(3, family="outlook_calendar", lang="fr", company="Groupe Vergers du Roussillon", kind="scheduled",
     local="Wed 2026-09-23 11:00", local_end="2026-09-23 12:00", zone=PARIS,
     contact="camille.roig@vergers-roussillon.fr",
     note="Exchange meeting request, TZID 'Romance Standard Time' (= Europe/Paris, CEST); the time is "
          "only in the ICS, the body has the Teams block; contact = organizer/sender")
def outlook_vergers():
    when = "2026-09-18 10:05"
    m = mid("vergers-3", "PR3P189MB0921.EURP189.PROD.OUTLOOK.COM")
    lines = ["Bonjour Arnaud,", "",
             "Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien en visio avec "
             "Didier Ferrer, directeur industriel.", "",
             "À bientôt,", "Camille Roig", "Chargée de recrutement - Groupe Vergers du Roussillon", ""]
    body = "\n".join(lines) + "\n" + TEAMS_FR.format(h(m, 12))
    hs = head(addr("Camille Roig", "camille.roig@vergers-roussillon.fr"),
              "Entretien Responsable Qualité - Arnaud Puig", when, PARIS, m,
              via="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound."
                  "protection.outlook.com [40.107.22.101])",
              extra=[("Thread-Topic", enc("Entretien Responsable Qualité - Arnaud Puig")),
                     ("Thread-Index", "AdtK3f5sYq1bN0rZQe2c7x9mLpV1Ag=="),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return make.message(hs, alt(text(body), html(exchange_html(lines)),
                                calendar(vergers_ics("20260923T110000", "20260923T120000", 0, when),
                                         cte="base64")))


@pos(4, family="workday", lang="en", company="Northfield Produce Group", kind="scheduled",
     local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=TORONTO,
     contact="megan.doucet@northfieldproduce.ca",
     note="Workday, Montreal employer: 10:00-11:00 AM Eastern on 29 Oct = EDT (-4, US/Canada change "
          "only on 1 Nov) = 14:00Z; Paris already CET since 25 Oct, so 15:00 for the candidate as the "
          "recruiter writes; contact = recruiter address in the body")
def workday_northfield():
    when = "2026-10-22 11:20"
    body = t("""
        Hello Arnaud,

        Thank you for your interest in the Quality Assurance Manager, Europe Sourcing (R-10482) position
        at Northfield Produce Group. We are pleased to confirm your interview:

        Interview type: Video interview (Microsoft Teams)
        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time
        Interviewers: Patrick Lavoie, Director of Quality & Food Safety; Megan Doucet, Talent Acquisition

        Since you are based in France, please note that this is 3:00 PM - 4:00 PM Paris time (Europe
        changes back to winter time on October 25, one week before we do).

        The Teams link will be sent separately by your interviewers. Should you have any questions,
        please contact Megan Doucet at megan.doucet@northfieldproduce.ca.

        Kind regards,
        Northfield Produce Group Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = "<html><body><div style=\"font-family:Calibri,Arial;font-size:14px\">" + \
        "".join(f"<p>{x}</p>" for x in body.replace("&", "&amp;").split("\n\n")).replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    hs = head(addr("Northfield Produce Group", "northfield@myworkday.com"),
              "Interview Confirmation - Quality Assurance Manager, Europe Sourcing (R-10482)", when, TORONTO,
              mid("wd-northfield-4", "myworkday.com"),
              via="from smtp-out3.myworkday.com (smtp-out3.myworkday.com [216.3.52.118])")
    return make.message(hs, alt(text(body), html(page)))


@pos(5, family="teamtailor", lang="es", company="Fruites de l'Empordà", kind="scheduled",
     local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:15", zone=MADRID,
     contact="marta.serrat@fruitesemporda.cat",
     note="Teamtailor in Spanish, Girona (Europe/Madrid, CEST): martes 6 de octubre 09:30-10:15; "
          "contact = recruiter Reply-To")
def teamtailor_emporda():
    when = "2026-10-01 12:40"
    body = t("""
        ¡Hola Arnaud!

        Tu entrevista para el puesto de Responsable de Calidad (fruta de hueso y cítricos) está
        confirmada.

        Fecha: martes, 6 de octubre de 2026
        Hora: 09:30 - 10:15 (CEST)
        Lugar: Google Meet - https://meet.google.com/qvw-trxk-hfa
        Con: Marta Serrat (Personas y Cultura) y Jordi Sala (Director de Operaciones)

        Si necesitas cambiar la hora, responde a este correo.

        ¡Hasta pronto!
        Marta Serrat
        Fruites de l'Empordà

        --
        Enviado con Teamtailor
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td style="padding:32px">
        <p>&iexcl;Hola Arnaud!</p>
        <p>Tu entrevista para el puesto de <strong>Responsable de Calidad (fruta de hueso y c&iacute;tricos)</strong>
        est&aacute; confirmada.</p>
        <p><strong>Fecha:</strong> martes, 6 de octubre de 2026<br>
        <strong>Hora:</strong> 09:30 - 10:15 (CEST)<br>
        <strong>Lugar:</strong> <a href="https://meet.google.com/qvw-trxk-hfa">Google Meet</a><br>
        <strong>Con:</strong> Marta Serrat (Personas y Cultura) y Jordi Sala (Director de Operaciones)</p>
        <p>Si necesitas cambiar la hora, responde a este correo.</p>
        <p>&iexcl;Hasta pronto!<br>Marta Serrat<br>Fruites de l'Empord&agrave;</p>
        </td></tr></table>
        <p style="font-size:11px;color:#888">Enviado con Teamtailor</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Fruites de l'Empordà", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Responsable de Calidad", when, MADRID,
              mid("tt-emporda-5", "teamtailor-mail.com"),
              via="from o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.201.18])",
              extra=[("Reply-To", addr("Marta Serrat", "marta.serrat@fruitesemporda.cat"))])
    return make.message(hs, alt(text(body), html(page)))


@pos(6, family="human_prose", lang="fr", company="Souss Primeurs Export", kind="scheduled",
     local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone=CASA,
     contact="y.elidrissi@soussprimeurs.ma",
     note="Moroccan exporter, vous: 'mercredi 14 octobre à 10h, heure de Casablanca (11h à Paris)'; "
          "Africa/Casablanca is +01 in October, Paris +02, so 09:00Z; 'd'une durée d'une heure' -> end")
def prose_souss():
    when = "2026-10-08 16:30"
    body = t("""
        Monsieur Puig,

        Je fais suite à votre candidature au poste de Responsable Qualité Export (marchés européens).

        Nous avons le plaisir de vous confirmer un entretien le mercredi 14 octobre à 10h, heure de
        Casablanca (soit 11h à Perpignan), sur Zoom, d'une durée d'une heure, avec M. Karim Benkirane,
        Directeur Général, et moi-même.

        Lien Zoom : https://us06web.zoom.us/j/84120937751?pwd=cVJ4TzRkM2FYb1Fo
        ID de réunion : 841 2093 7751 - Code : 562190

        Merci de bien vouloir accuser réception de ce message.

        Bien cordialement,

        Youssef El Idrissi
        Responsable Ressources Humaines
        Souss Primeurs Export S.A.
        Bd Zerktouni, Casablanca
        +212 522 47 80 15
        """)
    hs = head(addr("Youssef El Idrissi", "y.elidrissi@soussprimeurs.ma"),
              "Entretien - Responsable Qualité Export", when, CASA, mid("souss-6", "soussprimeurs.ma"),
              via="from mail.soussprimeurs.ma (mail.soussprimeurs.ma [196.200.131.44])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@pos(7, family="google_calendar", lang="fr", company="Coopérative Têt Fruits", kind="scheduled",
     local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=PARIS,
     contact="julien.sarda@tetfruits.coop",
     note="Google Calendar invitation in French sent on 21 Oct (CEST) for Monday 26 Oct, the day after "
          "Europe's change to CET: 09:00 Paris = 08:00Z; contact = organizer")
def gcal_tet():
    when = "2026-10-21 18:02"
    desc = ("Salut Arnaud, comme dit au tel : on se voit lundi à la coop (route de Prades, Ille-sur-Têt) "
            "avec Nathalie Bosch, notre directrice. Prévois tes EPI pour la visite du quai.")
    body = t(f"""
        Vous avez été invité à l'événement suivant.

        Entretien Arnaud Puig – Responsable qualité
        Quand
        lundi 26 oct. 2026 ⋅ 09:00 – 10:00 (heure normale d’Europe centrale - Paris)
        Lieu
        Coopérative Têt Fruits, route de Prades, 66130 Ille-sur-Têt
        Afficher la carte<https://www.google.com/maps/search/Coop%C3%A9rative+T%C3%AAt+Fruits>

        {desc}

        Invités
        Julien Sarda - organisateur
        Nathalie Bosch
        arnaud.puig@example.com

        Afficher tous les détails de l'invité<https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4>

        Répondre pour arnaud.puig@example.com
        Oui<https://calendar.google.com/calendar/event?action=RESPOND&rst=1>
        Non<https://calendar.google.com/calendar/event?action=RESPOND&rst=2>
        Peut-être<https://calendar.google.com/calendar/event?action=RESPOND&rst=3>

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T090000
        DTEND;TZID=Europe/Paris:20261026T100000
        DTSTAMP:{stamp(when, PARIS)}
        ORGANIZER;CN=Julien Sarda:mailto:julien.sarda@tetfruits.coop
        UID:5q8tet0fruits2026arnaud@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=arnaud.puig@example.com;X-NUM-GUESTS=0:mailto:arnaud.puig@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Bosch;X-NUM-GUESTS=0:mailto:nathalie.bosch@tetfruits.coop
        CREATED:{stamp(when, PARIS)}
        DESCRIPTION:{desc.replace(",", chr(92) + ",")}
        LAST-MODIFIED:{stamp(when, PARIS)}
        LOCATION:Coopérative Têt Fruits\\, route de Prades\\, 66130 Ille-sur-Têt
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Arnaud Puig – Responsable qualité
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Julien Sarda", "julien.sarda@tetfruits.coop"),
              "Invitation: Entretien Arnaud Puig – Responsable qualité @ lun. 26 oct. 2026 09:00 - 10:00 "
              "(CET) (arnaud.puig@example.com)", when, PARIS,
              "<calendar-5a2e41c7-93bd-4f0e-b8a1-7c3d22e9f051@google.com>",
              via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Sarda", "julien.sarda@tetfruits.coop"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                      calendar(ics, cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@pos(8, family="calendly", lang="fr", company="Primland Distribution", kind="scheduled",
     local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:00", zone=PARIS,
     contact="sophie.marty@primland.fr",
     note="Calendly invitee confirmation in French, 'heure d'Europe centrale' = Paris (CEST in "
          "October): 10:30-11:00 -> 08:30Z; contact = host Reply-To")
def calendly_primland():
    when = "2026-10-05 13:22"
    body = t("""
        Bonjour Arnaud Puig,

        Votre événement est programmé.

        Type d'événement :
        Entretien téléphonique (30 min)

        Avec :
        Sophie Marty

        Date/Heure de l'événement :
        10:30 - 11:00, vendredi 9 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Sophie vous appellera au +33 6 12 48 90 37.

        Besoin de modifier ?
        Reprogrammer : https://calendly.com/reschedulings/7d1f0c2a-primland
        Annuler : https://calendly.com/cancellations/7d1f0c2a-primland

        Programmé avec Calendly
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:{stamp(when, PARIS)}
        UID:7d1f0c2a-5b1e-4d7e-9e41-primland@calendly.com
        DTSTART:20261009T083000Z
        DTEND:20261009T090000Z
        SUMMARY:Entretien téléphonique (30 min) entre Sophie Marty et Arnaud Puig
        ORGANIZER;CN=Sophie Marty:mailto:sophie.marty@primland.fr
        LOCATION:+33 6 12 48 90 37
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Entretien téléphonique (30 min) avec Sophie Marty le vendredi 9 octobre 2026",
              when, PARIS, mid("calendly-primland-8", "calendly.com"),
              via="from o3.email.calendly.com (o3.email.calendly.com [167.89.117.60])",
              extra=[("Reply-To", addr("Sophie Marty", "sophie.marty@primland.fr"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="PUBLISH", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@pos(9, family="smartrecruiters", lang="en", company="Iberfresh Logistics", kind="scheduled",
     local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=MADRID,
     contact="pau.vidal@iberfresh.es",
     note="SmartRecruiters, HTML only in base64, Barcelona: 16:00-16:45 '(GMT+01:00) Madrid' in "
          "November (CET) -> 15:00Z; contact = recruiter Reply-To")
def smartrecruiters_iberfresh():
    when = "2026-10-29 10:00"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:0 auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/iberfresh.png" alt="Iberfresh Logistics" height="40">
        <h2 style="font-weight:600">Your interview is scheduled</h2>
        <p>Dear Arnaud,</p>
        <p>Thank you for accepting our invitation. Here are the details of your interview for
        <b>Quality Manager &ndash; Perishables</b>:</p>
        <table style="border:1px solid #ddd;padding:12px;width:100%">
        <tr><td style="color:#777">When</td><td>Wednesday, November 4, 2026, 16:00 &ndash; 16:45 (GMT+01:00) Madrid</td></tr>
        <tr><td style="color:#777">Where</td><td>Microsoft Teams (link in your calendar invitation)</td></tr>
        <tr><td style="color:#777">Interviewers</td><td>Pau Vidal, Talent Partner<br>Elena Ruiz, Head of Cold Chain</td></tr>
        </table>
        <p>If you have questions, simply reply to this email and it will reach Pau Vidal.</p>
        <p>Best regards,<br>Iberfresh Logistics Recruiting Team</p>
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters &middot; <a href="https://www.smartrecruiters.com/privacy-policy">Privacy</a></p>
        </div></body></html>
        """)
    hs = head(addr("Iberfresh Logistics", "noreply@smartrecruiters.com"),
              "Interview scheduled: Quality Manager – Perishables", when, MADRID,
              mid("sr-iberfresh-9", "smartrecruiters.com"),
              via="from mail19.smartrecruiters.com (mail19.smartrecruiters.com [52.18.44.201])",
              extra=[("Reply-To", addr("Pau Vidal", "pau.vidal@iberfresh.es"))])
    return make.message(hs, html(page, cte="base64"))


@pos(10, family="lever", lang="en", company="Blue Harbor Fruit Trading", kind="scheduled",
     local="Tue 2026-11-10 14:00", local_end="2026-11-10 14:45", zone=AMS,
     contact="sanne.devries@blueharborfruit.nl",
     note="Lever, Rotterdam (Europe/Amsterdam, CET in November): 2:00pm-2:45pm CET -> 13:00Z; ICS "
          "with TZID Europe/Amsterdam; contact = recruiter Reply-To")
def lever_blueharbor():
    when = "2026-11-05 15:10"
    body = t("""
        Hi Arnaud,

        Your interview with Blue Harbor Fruit Trading for the QA Manager - Southern Europe Sourcing role
        has been scheduled.

        Tuesday, November 10, 2026
        2:00pm - 2:45pm CET
        Video call: https://meet.google.com/bhf-qaxm-pnr

        You'll be speaking with Sanne de Vries (Recruiter) and Thijs Bakker (Sourcing Director).

        A calendar invitation is attached. If anything comes up, reply to this email.

        Cheers,
        Sanne
        """)
    ams_vtz = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Amsterdam")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ams_vtz + "\n" + t(f"""
        BEGIN:VEVENT
        UID:lever-{h('lever-bh', 24)}
        DTSTAMP:{stamp(when, AMS)}
        DTSTART;TZID=Europe/Amsterdam:20261110T140000
        DTEND;TZID=Europe/Amsterdam:20261110T144500
        SUMMARY:Arnaud Puig <> Blue Harbor Fruit Trading (QA Manager)
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@blueharborfruit.nl
        ATTENDEE;CN=Arnaud Puig;RSVP=TRUE:mailto:arnaud.puig@example.com
        LOCATION:https://meet.google.com/bhf-qaxm-pnr
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Blue Harbor Fruit Trading", "no-reply@hire.lever.co"),
              "Interview scheduled with Blue Harbor Fruit Trading", when, AMS,
              mid("lever-bh-10", "hire.lever.co"),
              via="from mail-b4.lever.co (mail-b4.lever.co [50.31.36.12])",
              extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@blueharborfruit.nl"))])
    return make.message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                                  calendar(ics, filename="interview.ics", disposition="attachment")))


@pos(11, family="personio", lang="fr", company="Maison Sabatier Fruits", kind="scheduled",
     local="Fri 2026-11-13 15:00", local_end="2026-11-13 16:00", zone=PARIS,
     contact="claire.abadie@sabatier-fruits.fr",
     note="Personio in French, Cavaillon: vendredi 13 novembre 15:00-16:00 (Europe/Paris, CET) -> "
          "14:00Z; contact = recruiter Reply-To")
def personio_sabatier():
    when = "2026-11-09 11:00"
    body = t("""
        Bonjour Arnaud,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Responsable Qualité
        Réception (H/F).

        Date : vendredi 13 novembre 2026
        Heure : 15:00 - 16:00 (Europe/Paris)
        Lieu : Maison Sabatier Fruits, 145 route de Robion, 84300 Cavaillon
        Interlocuteurs : Claire Abadie (RH), Olivier Sabatier (Directeur)

        Vous trouverez l'invitation de calendrier en pièce jointe.

        Cordialement,
        Claire Abadie
        Maison Sabatier Fruits

        Cet e-mail a été envoyé via Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        UID:personio-{h('personio-sab', 20)}
        DTSTAMP:{stamp(when, PARIS)}
        DTSTART;TZID=Europe/Paris:20261113T150000
        DTEND;TZID=Europe/Paris:20261113T160000
        SUMMARY:Entretien - Responsable Qualité Réception (H/F)
        LOCATION:145 route de Robion\\, 84300 Cavaillon
        ORGANIZER;CN=Claire Abadie:mailto:claire.abadie@sabatier-fruits.fr
        ATTENDEE;CN=Arnaud Puig;RSVP=TRUE:mailto:arnaud.puig@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Maison Sabatier Fruits", "no-reply@mail.personio.de"),
              "Votre entretien chez Maison Sabatier Fruits est confirmé", when, PARIS,
              mid("personio-sab-11", "mail.personio.de"),
              via="from mail-out2.personio.de (mail-out2.personio.de [3.120.66.201])",
              extra=[("Reply-To", addr("Claire Abadie", "claire.abadie@sabatier-fruits.fr"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, cte="base64", filename="entretien.ics",
                                           disposition="attachment")))


@pos(12, family="reply_quoted", lang="fr", company="Les Jardins d'Elne", kind="scheduled",
     local="Tue 2026-11-17 11:00", zone=PARIS, contact="romain.costa@talents-agrosud.fr",
     note="Agency consultant (tu) closes the thread on top of the quote: 'mardi 17/11 à 11h' (CET) "
          "-> 10:00Z; 'compte 1h30' is a rough allowance, end null; company = the client")
def reply_agency():
    when = "2026-11-12 18:20"
    body = t("""
        Top, c'est calé ! Mardi 17/11 à 11h chez le client, Les Jardins d'Elne (route de
        Latour-Bas-Elne, parking visiteurs à gauche du quai). Tu verras Mme Ortiz, directrice qualité,
        puis le DG. Compte 1h30 avec la visite.

        Je t'appelle lundi pour le debrief de préparation.

        Romain

        --
        Romain Costa
        Consultant senior Agro & Négoce - Talents Agro Sud
        06 71 22 84 30

        Le jeu. 12 nov. 2026 à 17:52, Arnaud Puig <arnaud.puig@example.com> a écrit :
        > Salut Romain,
        >
        > Mardi 11h me va très bien.
        >
        > Arnaud
        >
        > Le jeu. 12 nov. 2026 à 10:14, Romain Costa <romain.costa@talents-agrosud.fr> a écrit :
        >> Salut Arnaud,
        >>
        >> Le client veut te voir la semaine prochaine : mardi 17 à 11h ou mercredi 18 à 15h ?
        >>
        >> Romain
        """)
    hs = head(addr("Romain Costa", "romain.costa@talents-agrosud.fr"),
              "Re: Les Jardins d'Elne - dispo semaine prochaine ?", when, PARIS,
              "<CAH7rc0sta+Q2m1" + h("agency-12", 14) + "@mail.gmail.com>",
              via="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
              extra=[("In-Reply-To", "<CAAp9uig-" + h("agency-12b", 16) + "@mail.gmail.com>"),
                     ("References", "<CAH7rc0sta+Pk" + h("agency-12a", 14) + "@mail.gmail.com>\r\n <CAAp9uig-"
                      + h("agency-12b", 16) + "@mail.gmail.com>")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@pos(13, family="forwarded", lang="en", company="Marea Fruit Tech", kind="scheduled",
     local="Thu 2026-11-19 12:00", local_end="2026-11-19 12:45", zone=MADRID,
     contact="oriol.batlle@mareafruit.tech",
     note="Arnaud forwards an Ashby confirmation from his other address to himself (French note on top);"
          " 12:00-12:45 CET Barcelona -> 11:00Z; contact = recruiter address in the forwarded body")
def forward_marea():
    when = "2026-11-14 10:05"
    body = t("""
        Note pour moi : préparer l'étude de cas traçabilité (lots agrumes Maroc -> Espagne).

        ---------- Forwarded message ---------
        De : Marea Fruit Tech <no-reply@ashbyhq.com>
        Date: ven. 13 nov. 2026 à 18:31
        Subject: Interview confirmed: Supply Quality Lead at Marea Fruit Tech
        To: <arnaud.puig@example.org>


        Hi Arnaud,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, November 19, 2026, 12:00 PM – 12:45 PM CET
        Google Meet: https://meet.google.com/mft-wqop-zse

        You'll meet with:
          Núria Soler — Head of Supply Quality

        Questions? Reply to this email or write to Oriol Batlle (oriol.batlle@mareafruit.tech).

        Thanks,
        Marea Fruit Tech Recruiting
        """)
    hs = head(addr(ME_NAME, "arnaud.puig@example.org"),
              "Fwd: Interview confirmed: Supply Quality Lead at Marea Fruit Tech", when, PARIS,
              "<CAAp9uig-" + h("fwd-13", 18) + "@mail.gmail.com>",
              via="from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@pos(14, family="ms_bookings", lang="es", company="Cítricos del Maresme", kind="scheduled",
     local="Tue 2026-11-24 10:00", local_end="2026-11-24 10:30", zone=MADRID, contact=None,
     note="Microsoft Bookings in Spanish from a shared mailbox, '(UTC+01:00) Bruselas, Copenhague, "
          "Madrid, París' (CET in November, correct) 10:00 + 30 minutes -> 09:00Z; staff named but no "
          "personal address -> contact null; ICS TZID Romance Standard Time")
def bookings_maresme():
    when = "2026-11-18 09:03"
    body = t("""
        Cítricos del Maresme

        Reserva confirmada

        Hola Arnaud Puig:

        Gracias por reservar con Cítricos del Maresme. Su reserva está confirmada.

        Entrevista inicial – Responsable de Calidad
        martes, 24 de noviembre de 2026
        10:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Duración: 30 minutos
        Personal: Lucía Navarro
        Unirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yz
        Cambiar o cancelar la reserva: https://outlook.office365.com/owa/calendar/CitricosMaresme@citricosmaresme.es/bookings/

        Cítricos del Maresme
        Camí Ral 214, 08304 Mataró
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Cítricos del Maresme:mailto:CitricosMaresme@citricosmaresme.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arnaud Puig:mailto:arnaud.puig@example.com
        UID:040000008200E00074C5B7101A82E00800000000{h('bookings-14', 32).upper()}
        SUMMARY;LANGUAGE=es-ES:Entrevista inicial – Responsable de Calidad
        DTSTART;TZID=Romance Standard Time:20261124T100000
        DTEND;TZID=Romance Standard Time:20261124T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp(when, MADRID)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Cítricos del Maresme", "CitricosMaresme@citricosmaresme.es"),
              "Reserva confirmada: Entrevista inicial – Responsable de Calidad", when, MADRID,
              mid("bookings-14", "DB9PR02MB7114.eurprd02.prod.outlook.com"),
              via="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2070.outbound."
                  "protection.outlook.com [40.107.249.70])")
    return make.message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@pos(15, family="ics_attachment", lang="fr", company="Domaine Fruitier de la Salanque", kind="scheduled",
     local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:30", zone=PARIS,
     contact="b.castany@salanque-fruits.fr",
     note="Thunderbird mail, vous, with an invite.ics attachment (TZID Europe/Paris): 'mardi 1er "
          "décembre de 9h à 10h30' (CET) -> 08:00Z-09:30Z; contact = human sender")
def ics_salanque():
    when = "2026-11-23 17:10"
    body = t("""
        Monsieur Puig,

        Suite à notre échange de ce matin, je vous confirme l'entretien le mardi 1er décembre de 9h à
        10h30 sur notre site de Saint-Laurent-de-la-Salanque (ZA Las Bigues, bâtiment frigorifique B).
        Nous ferons un tour des chambres froides et de la ligne de calibrage avant l'échange avec la
        direction.

        Vous trouverez l'invitation ci-jointe.

        Bien à vous,

        Bernard Castany
        Directeur d'exploitation
        Domaine Fruitier de la Salanque
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        CREATED:{stamp(when, PARIS)}
        LAST-MODIFIED:{stamp(when, PARIS)}
        DTSTAMP:{stamp(when, PARIS)}
        UID:{h('salanque-15', 8)}-3c1e-4b2f-9a0d-{h('salanque-15b', 12)}
        SUMMARY:Entretien Arnaud Puig - Responsable Qualité
        ORGANIZER;CN=Bernard Castany:mailto:b.castany@salanque-fruits.fr
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:arnaud.puig@example.com
        DTSTART;TZID=Europe/Paris:20261201T090000
        DTEND;TZID=Europe/Paris:20261201T103000
        LOCATION:ZA Las Bigues\\, Saint-Laurent-de-la-Salanque
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Bernard Castany", "b.castany@salanque-fruits.fr"),
              "Entretien du mardi 1er décembre", when, PARIS,
              f"<{h('salanque-15m', 8)}-0a1b-4c2d-8e3f-{h('salanque-15n', 12)}@salanque-fruits.fr>",
              via="from smtp.salanque-fruits.fr (smtp.salanque-fruits.fr [90.83.172.9])",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@pos(16, family="workable", lang="es", company="Fruits Ter", kind="scheduled",
     local="Thu 2026-12-03 16:30", zone=MADRID, contact="ester.casals@fruitster.cat",
     note="Workable in Spanish from Girona: 'jueves 3 de diciembre a las 16:30 (hora de Madrid)' (CET) "
          "-> 15:30Z; Reply-To is a Workable relay, contact = the address written in the body")
def workable_ter():
    when = "2026-11-27 12:00"
    body = t("""
        Hola Arnaud:

        Gracias por confirmar tu disponibilidad. Te esperamos el jueves 3 de diciembre a las 16:30
        (hora de Madrid) en nuestras oficinas de Salt (Girona), Carrer del Ter 41, para la entrevista
        del puesto de Responsable de Calidad y Seguridad Alimentaria.

        Estarán Ester Casals (Recursos Humanos) y Joan Pagès (Gerente).

        Para cualquier duda, puedes escribir a Ester Casals: ester.casals@fruitster.cat

        Un saludo,
        Equipo de selección de Fruits Ter
        """)
    hs = head(addr("Fruits Ter", "noreply@candidates.workablemail.com"),
              "Entrevista en Fruits Ter - Responsable de Calidad y Seguridad Alimentaria", when, MADRID,
              mid("workable-ter-16", "candidates.workablemail.com"),
              via="from mail-156.workablemail.com (mail-156.workablemail.com [54.240.8.156])",
              extra=[("Reply-To", f"fruits-ter+{h('wk-ter', 10)}@candidates.workablemail.com")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled

@pos(17, family="outlook_calendar", lang="fr", company="Groupe Vergers du Roussillon", kind="rescheduled",
     local="Thu 2026-09-24 16:00", local_end="2026-09-24 17:00", zone=PARIS,
     contact="camille.roig@vergers-roussillon.fr",
     note="Exchange update of the same meeting (same UID, SEQUENCE:1), Romance Standard Time: moved "
          "from Wed 23 Sep 11:00 to Thu 24 Sep 16:00-17:00 CEST -> 14:00Z")
def outlook_vergers_update():
    when = "2026-09-21 08:32"
    m = mid("vergers-17", "PR3P189MB0921.EURP189.PROD.OUTLOOK.COM")
    lines = ["Bonjour Arnaud,", "",
             "Didier Ferrer ne peut finalement pas être présent mercredi matin : je décale notre "
             "entretien au jeudi 24 septembre à 16h, même lien Teams.", "",
             "Merci de votre compréhension,", "Camille", ""]
    body = "\n".join(lines) + "\n" + TEAMS_FR.format(h(m, 12))
    hs = head(addr("Camille Roig", "camille.roig@vergers-roussillon.fr"),
              "Mise à jour : Entretien Responsable Qualité - Arnaud Puig", when, PARIS, m,
              via="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2102.outbound."
                  "protection.outlook.com [40.107.22.102])",
              extra=[("Thread-Topic", enc("Entretien Responsable Qualité - Arnaud Puig")),
                     ("Thread-Index", "AdtK3f5sYq1bN0rZQe2c7x9mLpV1AgB0aK2c"),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR")])
    return make.message(hs, alt(text(body), html(exchange_html(lines)),
                                calendar(vergers_ics("20260924T160000", "20260924T170000", 1, when),
                                         cte="base64")))


@pos(18, family="human_prose", lang="es", company="Fruites de l'Empordà", kind="rescheduled",
     local="Thu 2026-10-08 12:00", zone=MADRID, contact="marta.serrat@fruitesemporda.cat",
     note="Spanish prose, 8bit: the Tuesday 6 Oct 9:30 slot is moved to 'jueves 8 de octubre a las "
          "12:00' (Girona, CEST) -> 10:00Z; old and new times in the same mail; no duration")
def prose_emporda_move():
    when = "2026-10-02 17:55"
    body = t("""
        Hola Arnaud:

        Como te comenté por teléfono, a Jordi le ha surgido un viaje a Lleida el martes. Ya que me
        dijiste que el jueves te venía bien, la dejamos cerrada así:

        jueves 8 de octubre a las 12:00, mismo enlace de Google Meet.

        La del martes 6 a las 9:30 queda anulada; te llegará la actualización de Teamtailor.

        Gracias por la flexibilidad y buen fin de semana,

        Marta Serrat
        Personas y Cultura · Fruites de l'Empordà
        Carretera de Figueres, km 3 · 17486 Castelló d'Empúries
        """)
    hs = head(addr("Marta Serrat", "marta.serrat@fruitesemporda.cat"),
              "Cambio de día de la entrevista", when, MADRID, mid("emporda-18", "fruitesemporda.cat"),
              via="from mail-out.fruitesemporda.cat (mail-out.fruitesemporda.cat [83.56.219.4])",
              extra=[("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")])
    return make.message(hs, text(body, cte="8bit"))


@pos(19, family="goodtime", lang="en", company="Northfield Produce Group", kind="rescheduled",
     local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=TORONTO,
     contact="megan.doucet@northfieldproduce.ca",
     note="GoodTime reschedule sent 27 Oct (EDT): new time Thu 5 Nov 10:00-11:00 AM Eastern, now EST "
          "(-5, after 1 Nov) -> 15:00Z = 16:00 Paris; the old 29 Oct slot is also shown; ICS in UTC")
def goodtime_northfield():
    when = "2026-10-27 14:05"
    body = t("""
        Hi Arnaud,

        Your interview with Northfield Produce Group has been rescheduled.

        NEW TIME
        Thursday, November 5, 2026
        10:00 AM - 11:00 AM EST (America/Toronto)

        Previously: Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT

        Interviewers: Patrick Lavoie, Director of Quality & Food Safety
        Location: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_NFpg

        The updated calendar invitation is attached. Questions? Reply to this message to reach
        Megan Doucet.

        Scheduled with GoodTime
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:goodtime-{h('gt-northfield', 24)}
        DTSTAMP:{stamp(when, TORONTO)}
        DTSTART:20261105T150000Z
        DTEND:20261105T160000Z
        SEQUENCE:1
        SUMMARY:Northfield Produce Group - Arnaud Puig - Quality Assurance Manager
        ORGANIZER;CN=Megan Doucet:mailto:megan.doucet@northfieldproduce.ca
        ATTENDEE;CN=Arnaud Puig;RSVP=TRUE:mailto:arnaud.puig@example.com
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Northfield Produce Group", "scheduling@goodtime.io"),
              "Rescheduled: Interview with Northfield Produce Group", when, TORONTO,
              mid("gt-northfield-19", "goodtime.io"),
              via="from o2.sg.goodtime.io (o2.sg.goodtime.io [168.245.77.21])",
              extra=[("Reply-To", addr("Megan Doucet", "megan.doucet@northfieldproduce.ca"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@pos(20, family="human_prose", lang="fr", company="Souss Primeurs Export", kind="rescheduled",
     local="Fri 2026-10-16 14:00", zone=CASA, contact="y.elidrissi@soussprimeurs.ma",
     note="Moroccan exporter moves the Wednesday interview to 'vendredi à 14h, heure marocaine (15h "
          "chez vous)': relative day from the Date (Mon 12 Oct) = Fri 16 Oct; Casablanca +01 -> 13:00Z")
def prose_souss_move():
    when = "2026-10-12 09:15"
    body = t("""
        Monsieur Puig,

        M. Benkirane sera retenu mercredi par un audit client à Agadir. Nous sommes donc contraints de
        déplacer votre entretien : il aura lieu vendredi à 14h, heure marocaine (15h chez vous), avec
        le même lien Zoom.

        Je vous prie de nous excuser pour ce changement et vous remercie de bien vouloir nous
        confirmer votre présence.

        Bien cordialement,

        Youssef El Idrissi
        Responsable Ressources Humaines
        Souss Primeurs Export S.A.
        """)
    hs = head(addr("Youssef El Idrissi", "y.elidrissi@soussprimeurs.ma"),
              "RE: Entretien - Responsable Qualité Export", when, CASA, mid("souss-20", "soussprimeurs.ma"),
              via="from mail.soussprimeurs.ma (mail.soussprimeurs.ma [196.200.131.44])",
              extra=[("In-Reply-To", mid("souss-6-reply", "example.com")),
                     ("References", mid("souss-6", "soussprimeurs.ma") + " " + mid("souss-6-reply", "example.com"))])
    return make.message(hs, text(body, charset="windows-1252"))


# =========================================================================== positives: cancelled


@pos(21, family="google_calendar", lang="fr", company="Coopérative Têt Fruits", kind="cancelled",
     local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=PARIS,
     contact="julien.sarda@tetfruits.coop",
     note="Google Calendar cancellation (METHOD:CANCEL) of the Monday 26 Oct 09:00 CET slot (08:00Z), "
          "sent on 23 Oct in CEST; organizer's note: recruitment frozen")
def gcal_tet_cancel():
    when = "2026-10-23 11:40"
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Arnaud Puig – Responsable qualité
        Quand
        lundi 26 oct. 2026 ⋅ 09:00 – 10:00 (heure normale d’Europe centrale - Paris)
        Lieu
        Coopérative Têt Fruits, route de Prades, 66130 Ille-sur-Têt

        Message de l'organisateur :
        Désolé Arnaud, le conseil d'administration a gelé le recrutement hier soir. Je t'appelle dès
        que j'en sais plus.

        Invités
        Julien Sarda - organisateur
        Nathalie Bosch
        arnaud.puig@example.com

        Invitation de Google Agenda
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + PARIS_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T090000
        DTEND;TZID=Europe/Paris:20261026T100000
        DTSTAMP:{stamp(when, PARIS)}
        ORGANIZER;CN=Julien Sarda:mailto:julien.sarda@tetfruits.coop
        UID:5q8tet0fruits2026arnaud@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=arnaud.puig@example.com;X-NUM-GUESTS=0:mailto:arnaud.puig@example.com
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Arnaud Puig – Responsable qualité
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Julien Sarda", "julien.sarda@tetfruits.coop"),
              "Événement annulé : Entretien Arnaud Puig – Responsable qualité @ lun. 26 oct. 2026 "
              "09:00 - 10:00 (CET) (arnaud.puig@example.com)", when, PARIS,
              "<calendar-0d7c5e11-62af-4a8c-9f3b-18e5b2c47a90@google.com>",
              via="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Sarda", "julien.sarda@tetfruits.coop"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                      calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@pos(22, family="smartrecruiters", lang="en", company="Iberfresh Logistics", kind="cancelled",
     local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=MADRID,
     contact="pau.vidal@iberfresh.es",
     note="SmartRecruiters cancellation with METHOD:CANCEL ICS: the 4 Nov 16:00-16:45 (GMT+01:00) "
          "Madrid slot (15:00Z); position put on hold; contact = recruiter Reply-To")
def smartrecruiters_cancel():
    when = "2026-11-02 09:10"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:0 auto">
        <h2 style="font-weight:600">Interview cancelled</h2>
        <p>Dear Arnaud,</p>
        <p>We regret to inform you that your interview for <b>Quality Manager &ndash; Perishables</b>
        scheduled on <b>Wednesday, November 4, 2026, 16:00 &ndash; 16:45 (GMT+01:00) Madrid</b> has been
        cancelled, as the position has been put on hold.</p>
        <p>Pau Vidal will get back to you if the role reopens. You can reply to this email to reach him.</p>
        <p>Best regards,<br>Iberfresh Logistics Recruiting Team</p>
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters</p>
        </div></body></html>
        """)
    plain = t("""
        Dear Arnaud,

        We regret to inform you that your interview for Quality Manager - Perishables scheduled on
        Wednesday, November 4, 2026, 16:00 - 16:45 (GMT+01:00) Madrid has been cancelled, as the
        position has been put on hold.

        Pau Vidal will get back to you if the role reopens. You can reply to this email to reach him.

        Best regards,
        Iberfresh Logistics Recruiting Team
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-int-{h('sr-iber', 24)}
        DTSTAMP:{stamp(when, MADRID)}
        DTSTART:20261104T150000Z
        DTEND:20261104T154500Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Interview: Quality Manager – Perishables (Arnaud Puig)
        ORGANIZER;CN=Pau Vidal:mailto:pau.vidal@iberfresh.es
        ATTENDEE;CN=Arnaud Puig:mailto:arnaud.puig@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Iberfresh Logistics", "noreply@smartrecruiters.com"),
              "Interview cancelled: Quality Manager – Perishables", when, MADRID,
              mid("sr-iberfresh-22", "smartrecruiters.com"),
              via="from mail19.smartrecruiters.com (mail19.smartrecruiters.com [52.18.44.201])",
              extra=[("Reply-To", addr("Pau Vidal", "pau.vidal@iberfresh.es"))])
    return make.message(hs, mixed(alt(text(plain), html(page)),
                                  calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                           disposition="attachment")))


@pos(23, family="human_prose", lang="fr", company="Maison Sabatier Fruits", kind="cancelled",
     local="Fri 2026-11-13 15:00", zone=PARIS, contact="claire.abadie@sabatier-fruits.fr",
     note="French vous prose cancelling 'ce vendredi 13 novembre à 15h' (CET -> 14:00Z): the post was "
          "filled internally; no new time")
def prose_sabatier_cancel():
    when = "2026-11-11 17:40"
    body = t("""
        Bonjour Arnaud,

        Je suis au regret de vous informer que nous sommes contraints d'annuler votre entretien prévu ce
        vendredi 13 novembre à 15h. Le poste de Responsable Qualité Réception vient en effet d'être
        pourvu en interne.

        Votre profil a beaucoup intéressé M. Sabatier et nous nous permettrons de revenir vers vous si
        une autre opportunité se présentait.

        Avec toutes nos excuses,

        Claire Abadie
        Ressources humaines - Maison Sabatier Fruits
        04 90 71 38 52
        """)
    hs = head(addr("Claire Abadie", "claire.abadie@sabatier-fruits.fr"),
              "Annulation de votre entretien du 13 novembre", when, PARIS,
              mid("sabatier-23", "sabatier-fruits.fr"),
              via="from smtp.sabatier-fruits.fr (smtp.sabatier-fruits.fr [78.193.40.12])")
    return make.message(hs, alt(text(body, charset="iso-8859-15"), html(gmail_html(body))))


# =========================================================================== negatives

@neg(24, family="rejection", lang="es", company="Fruites de l'Empordà",
     note="Teamtailor rejection in Spanish after the 8 Oct interview")
def reject_emporda():
    when = "2026-10-20 10:31"
    body = t("""
        Hola Arnaud:

        Muchas gracias por tu tiempo y por la conversación del jueves 8 de octubre con Jordi y conmigo.

        Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona cuyo
        perfil se ajusta más a lo que necesitamos en este momento. Nos ha gustado mucho conocerte y
        guardaremos tu candidatura para futuras vacantes.

        Te deseamos mucha suerte,

        Marta Serrat
        Fruites de l'Empordà
        """)
    hs = head(addr("Fruites de l'Empordà", "no-reply@teamtailor-mail.com"),
              "Tu candidatura para Responsable de Calidad", when, MADRID,
              mid("tt-emporda-24", "teamtailor-mail.com"),
              via="from o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.201.18])",
              extra=[("Reply-To", addr("Marta Serrat", "marta.serrat@fruitesemporda.cat"))])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(25, family="rejection", lang="en", company="Northfield Produce Group",
     note="Workday rejection after the 5 Nov interview")
def reject_northfield():
    when = "2026-11-13 09:45"
    body = t("""
        Dear Arnaud,

        Thank you for taking the time to speak with Patrick Lavoie about the Quality Assurance Manager,
        Europe Sourcing (R-10482) position on November 5.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. We appreciate your interest in Northfield
        Produce Group and encourage you to apply for future openings.

        Sincerely,
        Northfield Produce Group Talent Acquisition
        """)
    hs = head(addr("Northfield Produce Group", "northfield@myworkday.com"),
              "Update on your application - Quality Assurance Manager, Europe Sourcing", when, TORONTO,
              mid("wd-northfield-25", "myworkday.com"),
              via="from smtp-out3.myworkday.com (smtp-out3.myworkday.com [216.3.52.118])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(26, family="application_receipt", lang="fr", company="Agrumes Catalans",
     note="Recruitee acknowledgement of an application, French")
def receipt_agrumes():
    when = "2026-09-03 14:12"
    body = t("""
        Bonjour Arnaud,

        Merci pour votre candidature au poste de Responsable Qualité Import (CDI - Perpignan).

        Nous l'avons bien reçue et notre équipe la consultera dans les prochains jours. Si votre profil
        correspond à nos besoins, nous reviendrons vers vous pour convenir d'un premier échange.

        Bien cordialement,
        L'équipe recrutement d'Agrumes Catalans
        """)
    hs = head(addr("Agrumes Catalans", "no-reply@recruitee.com"),
              "Nous avons bien reçu votre candidature", when, PARIS, mid("recruitee-26", "recruitee.com"),
              via="from mail.recruitee.com (mail.recruitee.com [35.157.84.13])",
              extra=[("Reply-To", "agrumes-catalans@inbound.recruitee.com")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(27, family="application_receipt", lang="es", company="Iberfresh Logistics",
     note="SmartRecruiters application receipt in Spanish")
def receipt_iberfresh():
    when = "2026-10-12 19:03"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Arnaud:</p>
        <p>Gracias por tu inter&eacute;s en <b>Iberfresh Logistics</b>. Hemos recibido tu solicitud para el
        puesto de <b>Quality Manager &ndash; Perishables</b> (Barcelona).</p>
        <p>Nuestro equipo revisar&aacute; tu perfil y, si encaja, se pondr&aacute; en contacto contigo para
        los siguientes pasos.</p>
        <p>Un saludo,<br>Equipo de Talento de Iberfresh Logistics</p>
        </body></html>
        """)
    hs = head(addr("Iberfresh Logistics", "noreply@smartrecruiters.com"),
              "Hemos recibido tu solicitud - Quality Manager – Perishables", when, MADRID,
              mid("sr-iberfresh-27", "smartrecruiters.com"),
              via="from mail19.smartrecruiters.com (mail19.smartrecruiters.com [52.18.44.201])")
    return make.message(hs, html(page, cte="base64"))


@neg(28, family="job_alert", lang="fr", company=None,
     note="Job-board alert listing offers, no appointment")
def alert_agrijob():
    when = "2026-09-08 07:00"
    body = t("""
        Agrijob Sud - Votre alerte « Responsable qualité fruits et légumes »

        12 nouvelles offres correspondent à votre recherche :

        - Responsable Qualité Réception H/F - Saint-Charles International, Perpignan (66) - CDI
        - Quality Manager Citrus - Mercabarna, Barcelone (Espagne) - CDI
        - Animateur Qualité Station Fruitière H/F - Prades (66) - CDD 6 mois
        - Responsable QHSE Négoce Fruits H/F - Châteaurenard (13) - CDI
        - Auditeur Fournisseurs Maroc/Espagne H/F - Rungis (94) - CDI

        Voir les 12 offres : https://www.agrijob-sud.fr/alertes/9f21c7

        Modifier ou supprimer cette alerte : https://www.agrijob-sud.fr/compte/alertes
        """)
    hs = head(addr("Agrijob Sud", "alertes@agrijob-sud.fr"),
              "12 nouvelles offres : Responsable qualité fruits et légumes", when, PARIS,
              mid("agrijob-28", "agrijob-sud.fr"),
              via="from mta12.agrijob-sud.fr (mta12.agrijob-sud.fr [51.91.20.145])",
              extra=[("List-Unsubscribe", "<https://www.agrijob-sud.fr/desabonnement/9f21c7>")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(29, family="newsletter_tips", lang="fr", company=None,
     note="Career newsletter with interview tips")
def newsletter_cadres():
    when = "2026-10-06 08:30"
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px">
        <h1>Cadres &amp; Carrières - la lettre du mardi</h1>
        <h2>Entretien d'embauche : les 7 questions qui piègent les cadres</h2>
        <p>« Parlez-moi d'un échec », « Pourquoi quittez-vous votre poste ? »... Nos conseils pour préparer
        votre prochain entretien et éviter les réponses toutes faites.</p>
        <p><a href="https://www.cadres-carrieres.fr/articles/7-questions">Lire l'article</a></p>
        <h2>Salaires 2026 : l'agroalimentaire en tête des hausses</h2>
        <p>Notre étude annuelle sur 4 200 cadres.</p>
        <p style="font-size:11px">Vous recevez cette lettre car vous êtes inscrit sur cadres-carrieres.fr.
        <a href="https://www.cadres-carrieres.fr/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    hs = head(addr("Cadres & Carrières", "lettre@news.cadres-carrieres.fr"),
              "Entretien : les 7 questions qui piègent les cadres", when, PARIS,
              mid("cadres-29", "news.cadres-carrieres.fr"),
              via="from mo42.news.cadres-carrieres.fr (mo42.news.cadres-carrieres.fr [185.41.28.42])",
              extra=[("List-Unsubscribe", "<https://www.cadres-carrieres.fr/desinscription>"),
                     ("Precedence", "bulk")])
    return make.message(hs, html(page))


@neg(30, family="recruiter_outreach", lang="en", company=None,
     note="Search-firm outreach asking for a call, no time fixed (agency, not the employer)")
def outreach_meridian():
    when = "2026-09-22 11:48"
    body = t("""
        Hi Arnaud,

        I came across your profile and your experience running import quality for citrus and stone
        fruit caught my eye. I'm working on a Quality Manager search for a berry grower-exporter in
        Huelva (Spain) with strong exposure to UK and Nordic retailers.

        Would you be open to a short confidential call next week? Let me know what suits you.

        Best regards,
        James Whitford
        Principal Consultant, Food & Agri
        Meridian Search Partners
        """)
    hs = head(addr("James Whitford", "j.whitford@meridiansearch.co.uk"),
              "Quality Manager opportunity - Huelva", when, "Europe/London",
              mid("meridian-30", "meridiansearch.co.uk"),
              via="from mail-lo2gbr01on2091.outbound.protection.outlook.com ([40.107.11.91])")
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(31, family="proposal_unconfirmed", lang="fr", company="Coopérative Têt Fruits",
     note="Tu: offers two slots (Monday 26 at 9h or Tuesday 27 at 14h) and asks which suits; nothing "
          "confirmed yet", days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")))
def proposal_tet():
    when = "2026-10-16 12:31"
    body = t("""
        Salut Arnaud,

        Merci pour ton CV, Nathalie a été emballée. On aimerait te voir à la coop pour le poste de
        responsable qualité. Tu serais dispo lundi 26 à 9h ou mardi 27 à 14h ? Dis-moi ce qui
        t'arrange et je t'envoie une invitation.

        À plus,
        Julien

        --
        Julien Sarda
        Responsable production - Coopérative Têt Fruits
        """)
    hs = head(addr("Julien Sarda", "julien.sarda@tetfruits.coop"), "Entretien à la coop ?", when, PARIS,
              "<CAJs4rda" + h("tet-31", 20) + "@mail.gmail.com>",
              via="from mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(32, family="scheduling_link", lang="en", company="Agrumex Mediterrània",
     note="Greenhouse availability request: asks the candidate to pick times; nothing confirmed")
def availability_agrumex():
    when = "2026-09-07 15:26"
    body = t("""
        Hi Arnaud,

        Thanks for your time on the phone last week! The team would like to invite you to a 60-minute
        on-site interview at our Mercabarna offices next week.

        Please let us know your availability using the link below:
        https://app.greenhouse.io/availability/1f7c9a2e4b/submit

        Best,
        Laia Ferrer
        Agrumex Mediterrània
        """)
    hs = head(addr("Agrumex Mediterrània", "no-reply@us.greenhouse-mail.io"),
              "Please share your availability - Agrumex Mediterrània", when, MADRID,
              mid("gh-agrumex-32", "greenhouse.io"),
              via="from mail-a7.greenhouse-mail.io (mail-a7.greenhouse-mail.io [198.2.180.41])",
              extra=[("Reply-To", addr("Laia Ferrer", "laia.ferrer@agrumexmed.es"))])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(33, family="scheduling_link", lang="fr", company="Primland Distribution",
     note="Recruiter sends her Calendly link to book a call; nothing booked yet")
def calendly_link_primland():
    when = "2026-10-02 16:44"
    body = t("""
        Bonjour Arnaud,

        Merci pour votre candidature au poste de responsable qualité entrepôt. Je vous propose un premier
        échange téléphonique de 30 minutes : vous pouvez réserver directement le créneau qui vous
        convient ici :

        https://calendly.com/sophie-marty-primland/entretien-30min

        Belle fin de semaine,
        Sophie Marty
        Chargée RH - Primland Distribution
        """)
    hs = head(addr("Sophie Marty", "sophie.marty@primland.fr"), "Candidature responsable qualité",
              when, PARIS, mid("primland-33", "primland.fr"),
              via="from mail.primland.fr (mail.primland.fr [212.83.150.20])")
    return make.message(hs, text(body))


@neg(34, family="auto_reply", lang="fr", company=None,
     note="Out-of-office auto-reply to Arnaud's thank-you note", days=(("Fri", "2026-10-02"),))
def ooo_vergers():
    when = "2026-09-25 08:10"
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 2 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute urgence, merci de contacter rh@vergers-roussillon.fr.

        Cordialement,
        Camille Roig
        """)
    hs = head(addr("Camille Roig", "camille.roig@vergers-roussillon.fr"),
              "Réponse automatique : Merci pour l'entretien", when, PARIS,
              mid("vergers-ooo-34", "PR3P189MB0921.EURP189.PROD.OUTLOOK.COM"),
              via="from EUR05-AM6-obe.outbound.protection.outlook.com ([40.107.22.103])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid("thanks-vergers", "example.com"))])
    return make.message(hs, text(body))


@neg(35, family="bounce", lang="en", company=None,
     note="DSN: Arnaud's thank-you to Marea Fruit Tech bounced (typo in the domain)")
def bounce_marea():
    when = "2026-11-19 14:02"
    orig_when = "2026-11-19 14:01"
    orig = make.message([
        ("From", ME_ADDR), ("To", addr("Núria Soler", "nuria.soler@mareafruit.tec")),
        ("Subject", "Merci / Thank you - Supply Quality Lead"), ("Date", date(orig_when, PARIS)),
        ("Message-ID", "<CAAp9uig-" + h("thanks-marea", 18) + "@mail.gmail.com>"),
    ], text(t("""
        Dear Núria,

        Thank you for today's conversation about the Supply Quality Lead role. I enjoyed discussing the
        traceability case and look forward to hearing about the next steps.

        Best regards,
        Arnaud Puig
        """)))
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <nuria.soler@mareafruit.tec>: Host or domain name not found. Name service error
            for name=mareafruit.tec type=AAAA: Host not found
        """)
    status = t(f"""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Hq2Zk1Xb7z9sWd
        Arrival-Date: {date(orig_when, PARIS)}

        Final-Recipient: rfc822; nuria.soler@mareafruit.tec
        Original-Recipient: rfc822;nuria.soler@mareafruit.tec
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=mareafruit.tec type=AAAA: Host not found
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.com"),
              "Undelivered Mail Returned to Sender", when, PARIS, mid("dsn-35", "smtp.example.com"),
              extra=[("Auto-Submitted", "auto-replied")])
    return make.message(hs, report)


@neg(36, family="offer", lang="fr", company="Domaine Fruitier de la Salanque",
     note="Job offer with a start date and an answer deadline, no appointment",
     days=(("Mon", "2027-01-04"), ("Fri", "2026-12-18")))
def offer_salanque():
    when = "2026-12-08 16:20"
    body = t("""
        Monsieur Puig,

        Suite à nos échanges et à votre entretien du 1er décembre, j'ai le plaisir de vous proposer le
        poste de Responsable Qualité en CDI, statut cadre, avec une prise de fonction le lundi 4 janvier
        2027.

        Vous trouverez ci-joint la proposition détaillée (rémunération, véhicule de service, astreintes
        de réception). Je vous remercie de nous faire part de votre réponse avant le vendredi 18
        décembre.

        Dans l'attente de vous lire, je reste à votre disposition.

        Bien à vous,

        Bernard Castany
        Directeur d'exploitation - Domaine Fruitier de la Salanque
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_embauche_APuig.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_embauche_APuig.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S\r\n"
                    b"b290IDEgMCBSPj4KJSVFT0YK\r\n")
    hs = head(addr("Bernard Castany", "b.castany@salanque-fruits.fr"), "Proposition d'embauche",
              when, PARIS, f"<{h('salanque-36', 8)}-77aa-4c2d-8e3f-{h('salanque-36b', 12)}@salanque-fruits.fr>",
              via="from smtp.salanque-fruits.fr (smtp.salanque-fruits.fr [90.83.172.9])",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, mixed(text(body, cte="8bit", params="format=flowed"), pdf))


@neg(37, family="non_interview_calendar", lang="fr", company=None,
     note="Dentist appointment confirmation with ICS: a fixed time but not an interview",
     days=(("Tue", "2026-10-13"),))
def dentist():
    when = "2026-10-09 18:05"
    body = t("""
        Bonjour Arnaud Puig,

        Votre rendez-vous est confirmé.

        Dr Anne Ribes - Chirurgien-dentiste
        mardi 13 octobre 2026 à 17h45
        12 boulevard Clemenceau, 66000 Perpignan

        Motif : détartrage
        Pensez à apporter votre carte Vitale.

        Pour annuler ou déplacer ce rendez-vous : https://www.rdvsante.fr/mes-rendez-vous

        RdvSanté
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//RdvSante//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-{h('dentist', 16)}@rdvsante.fr
        DTSTAMP:{stamp(when, PARIS)}
        DTSTART:20261013T154500Z
        DTEND:20261013T161500Z
        SUMMARY:RDV Dr Anne Ribes (dentiste)
        LOCATION:12 boulevard Clemenceau\\, 66000 Perpignan
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("RdvSanté", "no-reply@rdvsante.fr"),
              "Rendez-vous confirmé avec Dr Anne Ribes le 13 octobre", when, PARIS,
              mid("rdvsante-37", "rdvsante.fr"),
              via="from mail.rdvsante.fr (mail.rdvsante.fr [46.105.41.7])")
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="PUBLISH", filename="rendez-vous.ics",
                                           disposition="attachment")))


@neg(38, family="non_interview_calendar", lang="fr", company=None,
     note="Co-ownership general meeting notice ('convocation'), a fixed time, not an interview",
     days=(("Thu", "2026-11-19"),))
def syndic():
    when = "2026-10-30 10:12"
    body = t("""
        Résidence Les Platanes - 8 rue Foch, 66000 Perpignan

        Madame, Monsieur,

        Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires qui
        se tiendra le jeudi 19 novembre 2026 à 18h30, salle Arago, 3 place de la République,
        Perpignan.

        Ordre du jour : approbation des comptes 2025-2026, budget prévisionnel, ravalement de façade,
        questions diverses.

        Vous trouverez en pièce jointe la convocation officielle et le formulaire de pouvoir.

        Cabinet Llorens Immobilier - Syndic
        """)
    hs = head(addr("Cabinet Llorens Immobilier", "syndic@llorens-immo.fr", "iso-8859-15"),
              "Convocation AG ordinaire - Résidence Les Platanes", when, PARIS,
              mid("syndic-38", "llorens-immo.fr"),
              via="from smtp.llorens-immo.fr (smtp.llorens-immo.fr [62.4.18.90])")
    return make.message(hs, text(body, charset="iso-8859-15"))


@neg(39, family="event_ticket", lang="fr", company=None,
     note="Trade-fair visitor badge with opening hours; an event, not an interview",
     days=(("Wed", "2026-11-25"), ("Thu", "2026-11-26")))
def salon_badge():
    when = "2026-11-02 09:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h1 style="color:#e67e22">Salon MedFruits 2026</h1>
        <p>Bonjour Arnaud Puig,</p>
        <p>Votre inscription est confirmée. Voici votre badge visiteur professionnel (à imprimer ou à
        présenter sur votre téléphone).</p>
        <p><b>Mercredi 25 et jeudi 26 novembre 2026, de 9h à 18h</b><br>
        Parc des Expositions de Perpignan</p>
        <p>Conférence d'ouverture : « Agrumes du Maghreb : qualité et résidus » - mercredi 25 à 10h,
        Auditorium.</p>
        <p>Badge n° MF26-004187</p>
        </body></html>
        """)
    hs = head(addr("Salon MedFruits", "billetterie@medfruits-salon.fr"),
              "Votre badge visiteur - Salon MedFruits 2026", when, PARIS, mid("medfruits-39", "medfruits-salon.fr"),
              via="from mta3.medfruits-salon.fr (mta3.medfruits-salon.fr [185.233.34.3])")
    return make.message(hs, html(page))


@neg(40, family="travel_ticket", lang="fr", company=None,
     note="Train e-ticket Perpignan-Barcelona on the morning of the Agrumex interview; travel, not "
          "an interview", days=(("Tue", "2026-09-15"),))
def train_ticket():
    when = "2026-09-11 21:14"
    body = t("""
        TransPyrénées Rail - Votre e-billet

        Référence de dossier : QKZ7PF
        Voyageur : Arnaud Puig

        ALLER - mardi 15 septembre 2026
        Perpignan 07:42 -> Barcelona Sants 09:05
        Voiture 14, place 62

        RETOUR - mardi 15 septembre 2026
        Barcelona Sants 17:35 -> Perpignan 18:58
        Voiture 3, place 21

        Total payé : 58,00 EUR

        Présentez ce billet (PDF joint ou QR code dans l'application) lors du contrôle.
        """)
    hs = head(addr("TransPyrénées Rail", "e-billet@transpyrenees-rail.eu"),
              "Votre e-billet Perpignan - Barcelona Sants du 15/09", when, PARIS,
              mid("train-40", "transpyrenees-rail.eu"),
              via="from out.transpyrenees-rail.eu (out.transpyrenees-rail.eu [91.216.63.20])")
    return make.message(hs, text(body, cte="base64"))


@neg(41, family="webinar", lang="fr", company=None,
     note="Webinar registration 'Réussir un entretien en anglais': fixed time, not a job interview",
     days=(("Thu", "2026-10-08"),))
def webinar():
    when = "2026-10-01 11:00"
    body = t("""
        Bonjour Arnaud,

        Votre inscription au webinaire « Réussir un entretien d'embauche en anglais » est confirmée.

        Jeudi 8 octobre 2026, de 12h30 à 13h30
        Lien de connexion : https://us02web.zoom.us/w/88213409921?tk=capcadres

        Animé par Sarah Delmas, coach carrière.

        À jeudi !
        L'équipe Cap Cadres Occitanie
        """)
    hs = head(addr("Cap Cadres Occitanie", "evenements@capcadres-occitanie.fr"),
              "Inscription confirmée : Réussir un entretien d'embauche en anglais", when, PARIS,
              mid("capcadres-41", "capcadres-occitanie.fr"),
              via="from mail.capcadres-occitanie.fr (mail.capcadres-occitanie.fr [213.186.33.4])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(42, family="job_centre", lang="fr", company=None,
     note="Job-centre follow-up appointment with an adviser: a fixed time, not a job interview",
     days=(("Tue", "2026-10-20"),))
def job_centre():
    when = "2026-10-13 08:40"
    body = t("""
        Bonjour Monsieur Puig,

        Votre conseillère, Mme Sandra Vila, vous propose un rendez-vous de suivi de votre recherche
        d'emploi :

        mardi 20 octobre 2026 à 9h15
        Agence Emploi Pyrénées de Perpignan Nord, 2 rue Jean Bart

        Pensez à apporter votre CV à jour. En cas d'empêchement, prévenez-nous depuis votre espace
        personnel.

        Emploi Pyrénées
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Emploi Pyrénées", "ne-pas-repondre@emploi-pyrenees.fr"),
              "Votre rendez-vous du 20 octobre", when, PARIS, mid("emploi-42", "emploi-pyrenees.fr"),
              via="from smtp.emploi-pyrenees.fr (smtp.emploi-pyrenees.fr [193.51.40.12])")
    return make.message(hs, text(body))


@neg(43, family="assessment", lang="fr", company="Groupe Vergers du Roussillon",
     note="Online personality questionnaire with a deadline, no appointment",
     days=(("Wed", "2026-09-30"),))
def assessment_vergers():
    when = "2026-09-25 14:30"
    body = t("""
        Bonjour Arnaud,

        Dans le cadre de votre candidature au poste de Responsable Qualité chez Groupe Vergers du
        Roussillon, nous vous invitons à compléter un questionnaire de personnalité en ligne (environ
        25 minutes).

        À compléter avant le mercredi 30 septembre 2026, 23h59 :
        https://app.profilia.fr/q/vdr-7c2b91

        L'équipe Profilia, pour Groupe Vergers du Roussillon
        """)
    hs = head(addr("Profilia", "no-reply@profilia.fr"),
              "Groupe Vergers du Roussillon vous invite à compléter un questionnaire", when, PARIS,
              mid("profilia-43", "profilia.fr"),
              via="from mail.profilia.fr (mail.profilia.fr [51.68.11.93])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(44, family="application_receipt", lang="en", company="Northfield Produce Group",
     note="Workday application receipt")
def receipt_northfield():
    when = "2026-09-28 06:12"
    body = t("""
        Dear Arnaud,

        Thank you for applying to Quality Assurance Manager, Europe Sourcing (R-10482) at Northfield
        Produce Group. We have received your application and our recruiting team will review it.

        You can track the status of your application at any time in your candidate home:
        https://northfield.wd3.myworkdayjobs.com/Careers/userHome

        Northfield Produce Group Talent Acquisition
        """)
    hs = head(addr("Northfield Produce Group", "northfield@myworkday.com"),
              "Thank you for applying - Quality Assurance Manager, Europe Sourcing", when, TORONTO,
              mid("wd-northfield-44", "myworkday.com"),
              via="from smtp-out3.myworkday.com (smtp-out3.myworkday.com [216.3.52.118])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(45, family="delivery", lang="fr", company=None,
     note="Parcel delivery window notice", days=(("Tue", "2026-10-27"),))
def parcel():
    when = "2026-10-26 19:30"
    body = t("""
        Bonjour Arnaud,

        Votre colis n° 6A28491730552 sera livré demain, mardi 27 octobre, entre 9h et 13h.

        Vous ne serez pas là ? Choisissez un point relais ou une autre date :
        https://suivi.colis-express.fr/6A28491730552

        Colis Express
        """)
    hs = head(addr("Colis Express", "suivi@notif.colis-express.fr"),
              "Votre colis arrive demain entre 9h et 13h", when, PARIS, mid("colis-45", "notif.colis-express.fr"),
              via="from notif.colis-express.fr (notif.colis-express.fr [185.11.204.77])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(46, family="trade_newsletter", lang="fr", company=None,
     note="Trade newsletter with an 'Interview' of a quality director (press article)")
def trade_newsletter():
    when = "2026-11-05 06:45"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;max-width:640px">
        <h1>Fruits &amp; Qualité Hebdo - n° 412</h1>
        <h2>Interview : « Les contrôles à réception doivent devenir prédictifs »</h2>
        <p>Marc Ferran, directeur qualité d'un grand importateur de Saint-Charles, revient sur la
        campagne d'agrumes 2026-2027 et les nouvelles limites de résidus.</p>
        <h2>Maroc : les exportations de clémentines en hausse de 8 %</h2>
        <p>La campagne démarre avec deux semaines d'avance dans le Souss.</p>
        <h2>Agenda</h2>
        <p>Salon MedFruits, Perpignan, 25-26 novembre.</p>
        <p style="font-size:10px"><a href="https://www.fruits-qualite-hebdo.fr/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    hs = head(addr("Fruits & Qualité Hebdo", "newsletter@fruits-qualite-hebdo.fr"),
              "Interview : les contrôles à réception doivent devenir prédictifs", when, PARIS,
              mid("fqh-46", "fruits-qualite-hebdo.fr"),
              via="from mta7.fruits-qualite-hebdo.fr (mta7.fruits-qualite-hebdo.fr [178.32.19.7])",
              extra=[("Precedence", "bulk"),
                     ("List-Unsubscribe", "<https://www.fruits-qualite-hebdo.fr/desinscription>")])
    return make.message(hs, html(page, charset="windows-1252"))


@neg(47, family="thank_you_followup", lang="en", company="Agrumex Mediterrània",
     note="Recruiter thanks after the interview and promises news; no new time")
def thanks_agrumex():
    when = "2026-09-16 17:02"
    body = t("""
        Hi Arnaud,

        Thank you for coming all the way to Mercabarna yesterday - Marc and I really enjoyed the
        conversation and your ideas on pre-shipment inspections in Morocco.

        We're meeting the last candidates this week and will get back to you by the end of next week.

        Best,
        Laia
        """)
    hs = head(addr("Laia Ferrer", "laia.ferrer@agrumexmed.es"), "Thank you for yesterday", when, MADRID,
              mid("agrumex-47", "agrumexmed.es"),
              via="from mail-eopbgr80091.outbound.protection.outlook.com ([40.107.8.91])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(48, family="next_round_pending", lang="fr", company="Souss Primeurs Export",
     note="Positive feedback and a second round in Casablanca to be organised later; no time fixed")
def souss_next_round():
    when = "2026-10-19 15:20"
    body = t("""
        Monsieur Puig,

        Suite à votre entretien de vendredi, M. Benkirane souhaite vous rencontrer à Casablanca et vous
        faire visiter notre station de conditionnement d'Ait Melloul.

        Notre assistante de direction, Mme Salma Alaoui, prendra contact avec vous pour organiser le
        déplacement, probablement début novembre.

        Bien cordialement,

        Youssef El Idrissi
        Souss Primeurs Export S.A.
        """)
    hs = head(addr("Youssef El Idrissi", "y.elidrissi@soussprimeurs.ma"),
              "Suite de votre candidature", when, CASA, mid("souss-48", "soussprimeurs.ma"),
              via="from mail.soussprimeurs.ma (mail.soussprimeurs.ma [196.200.131.44])")
    return make.message(hs, text(body, cte="8bit"))


@neg(49, family="personal", lang="fr", company=None,
     note="Family mail about Christmas Eve dinner", days=(("Thu", "2026-12-24"),))
def family():
    when = "2026-12-14 21:37"
    body = t("""
        Coucou frérot,

        On fait le réveillon chez maman cette année, jeudi 24 à 20h. Tu t'occupes des huîtres ? Et
        dis-moi si tu viens avec Lucie.

        Bisous,
        Mireille

        Envoyé de mon iPhone
        """)
    hs = head(addr("Mireille Puig", "mireille.puig@example.org"), "Réveillon", when, PARIS,
              f"<{h('family-49', 8).upper()}-1F2A-4B7C-9D3E-{h('family-49b', 12).upper()}@example.org>",
              via="from mail-qt1-f171.google.com (mail-qt1-f171.google.com [209.85.160.171])",
              extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return make.message(hs, text(body, cte="8bit"))


@neg(50, family="non_interview_calendar", lang="fr", company=None,
     note="Exchange recurring meeting request from his current job (weekly quality review), Romance "
          "Standard Time; a work meeting, not an interview")
def weekly_meeting():
    when = "2026-10-02 09:12"
    lines = ["Bonjour à tous,", "",
             "Je cale un point hebdo pendant la saison des agrumes pour suivre les non-conformités à "
             "réception.", "", "Merci,", "Fabienne", ""]
    m = mid("primeurs-50", "AS8P195MB1102.EURP195.PROD.OUTLOOK.COM")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Fabienne Lloret:mailto:f.lloret@primeursdusud.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arnaud Puig:mailto:arnaud.puig@example.com
        RRULE:FREQ=WEEKLY;UNTIL=20261218T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000{h('weekly-50', 32).upper()}
        SUMMARY;LANGUAGE=fr-FR:Point qualité hebdo - arrivages agrumes
        DTSTART;TZID=Romance Standard Time:20261005T090000
        DTEND;TZID=Romance Standard Time:20261005T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp(when, PARIS)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Canigou
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Fabienne Lloret", "f.lloret@primeursdusud.fr"),
              "Point qualité hebdo - arrivages agrumes", when, PARIS, m,
              via="from EUR03-AM7-obe.outbound.protection.outlook.com ([40.107.105.70])",
              extra=[("Thread-Topic", enc("Point qualité hebdo - arrivages agrumes")),
                     ("Content-Language", "fr-FR")])
    return make.message(hs, alt(text("\n".join(lines)), html(exchange_html(lines)),
                                calendar(ics, cte="base64")))
