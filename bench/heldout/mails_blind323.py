"""blind323: a blind 50-mail held-out set, the inbox of Julien Lafitte, health-spa operations manager in
Dax (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that had not read the detector, its tests and fixtures, the
other held-out mails or their scores; it never ran the detector. It read only make.py, make_blind.py,
the held-out README's introduction and label conventions, the dev corpus README, labels.json, two dev
mails and score.py. Every mail is one function below, worded by hand; make.py does the MIME plumbing
and checks the labels. Mostly French from France (tu and vous), some English (a Spanish employer in
Europe/Madrid and a Swiss one in Europe/Zurich, whose final round is run from New York). All companies
and people are fictional; the owner's addresses are under example.com / example.org.

    python3 bench/heldout/make_blind.py blind323
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(3230323).sample(range(1, 51), 50)
SET = "blind323"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "julien.lafitte@example.com"
ME_NAME = "Julien Lafitte"
ME_ADDR = addr(ME_NAME, ME)
PARIS = "Europe/Paris"
MADRID = "Europe/Madrid"
ZURICH = "Europe/Zurich"
NEW_YORK = "America/New_York"

VTZ_ZURICH = """BEGIN:VTIMEZONE
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

VTZ_MADRID = VTZ_ZURICH.replace("Europe/Zurich", "Europe/Madrid")

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


def head(frm, subject, when, zone, msgid, *, relay, ident, to=ME_ADDR, extra=(), charset="utf-8",
         rcpt=ME):
    """The usual header block of a mail delivered to Julien's mailbox."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay}", when, zone, f"mx1.example.com with ESMTPS id {ident}", rcpt)),
        ("From", addr(*frm) if isinstance(frm, tuple) else frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="nadia.brunner@alpenquell.ch", company="Alpenquell Hospitality",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=ZURICH,
           note="Greenhouse confirmation from a Swiss employer: 10:00-10:45 CEST (Zurich = Paris time) = "
                "08:00-08:45Z; ICS in Europe/Zurich agrees; contact = human Reply-To (coordinator)")
def m01():
    body = t("""
        Hi Julien,

        Thank you for making time to speak with us. Your interview for the Group Spa Operations
        Manager position at Alpenquell Hospitality is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CEST (Central European Summer Time)

        Interviewer: Lukas Meier, Director of Spa Operations
        Format: Microsoft Teams video call (the link is in the calendar invitation attached)

        If you need to make any changes, please reply to this email and it will reach me directly.

        Best regards,
        Nadia Brunner
        Talent Acquisition Coordinator | Alpenquell Hospitality AG
        Bahnhofstrasse 118, 8001 Zurich
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Julien,</p>
        <p>Thank you for making time to speak with us. Your interview for the <strong>Group Spa Operations
        Manager</strong> position at Alpenquell Hospitality is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Central European Summer Time)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Lukas Meier, Director of Spa Operations</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams video call (link in the attached invitation)</td></tr>
        </table>
        <p>If you need to make any changes, please reply to this email and it will reach me directly.</p>
        <p>Best regards,<br>Nadia Brunner<br>Talent Acquisition Coordinator | Alpenquell Hospitality AG<br>
        Bahnhofstrasse 118, 8001 Zurich</p>
        <img src="https://us.greenhouse-mail.io/o/7f3a21c9e0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:gh-interview-5528130021-alpenquell
DTSTAMP:20260909T121200Z
DTSTART;TZID=Europe/Zurich:20260915T100000
DTEND;TZID=Europe/Zurich:20260915T104500
SEQUENCE:0
SUMMARY:Interview: Julien Lafitte - Group Spa Operations Manager (Alpenquell)
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1Mz
 Interviewer: Lukas Meier
ORGANIZER;CN=Nadia Brunner:mailto:nadia.brunner@alpenquell.ch
ATTENDEE;CN=Julien Lafitte;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.lafitte@example.com
ATTENDEE;CN=Lukas Meier;ROLE=REQ-PARTICIPANT:mailto:lukas.meier@alpenquell.ch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Alpenquell Hospitality <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Group Spa Operations Manager at Alpenquell Hospitality",
              "2026-09-09 14:12", ZURICH,
              "<0100019bd3e1f5a2-8c1e9b7d-44f0-4d1b-9d0e-2b7f5c61a0e3-000000@email.amazonses.com>",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              ident="k3GH81Qa",
              extra=[("Reply-To", addr("Nadia Brunner", "nadia.brunner@alpenquell.ch"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(2), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-09-16T12:00:00Z", end="2026-09-16T12:45:00Z",
           contact="sophie.carrere@thermes-saint-aurelien.fr", company="Thermes de Saint-Aurélien",
           local="Wed 2026-09-16 14:00", local_end="2026-09-16 14:45", zone=PARIS,
           note="SmartRecruiters, French (vous): mercredi 16 septembre 14h00 heure de Paris (CEST), 'd'une "
                "durée de 45 minutes' = 12:00-12:45Z; contact = human Reply-To")
def m02():
    body = t("""
        Bonjour Julien,

        Merci pour l'intérêt que vous portez aux Thermes de Saint-Aurélien.

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Responsable
        d'exploitation thermale (H/F) :

          Date : mercredi 16 septembre 2026
          Heure : 14h00 (heure de Paris)
          Durée : 45 minutes
          Format : visioconférence Microsoft Teams
          Avec : Sophie Carrère, Chargée de recrutement, et Didier Lasserre, Directeur des Thermes

        Le lien de connexion vous sera envoyé la veille de l'entretien.

        Pour toute question, il vous suffit de répondre à ce message.

        Bien cordialement,

        Sophie Carrère
        Thermes de Saint-Aurélien
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <tr><td style="padding:24px">
        <p>Bonjour Julien,</p>
        <p>Merci pour l'int&eacute;r&ecirc;t que vous portez aux Thermes de Saint-Aur&eacute;lien.</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Responsable d'exploitation thermale (H/F)</b> :</p>
        <ul>
        <li>Date : mercredi 16 septembre 2026</li>
        <li>Heure : 14h00 (heure de Paris)</li>
        <li>Dur&eacute;e : 45 minutes</li>
        <li>Format : visioconf&eacute;rence Microsoft Teams</li>
        <li>Avec : Sophie Carr&egrave;re, Charg&eacute;e de recrutement, et Didier Lasserre, Directeur des Thermes</li>
        </ul>
        <p>Le lien de connexion vous sera envoy&eacute; la veille de l'entretien.</p>
        <p>Pour toute question, il vous suffit de r&eacute;pondre &agrave; ce message.</p>
        <p>Bien cordialement,<br>Sophie Carr&egrave;re<br>Thermes de Saint-Aur&eacute;lien</p>
        </td></tr>
        <tr><td style="padding:12px;color:#999;font-size:11px">Powered by SmartRecruiters</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(("Thermes de Saint-Aurélien", "noreply@mail.smartrecruiters.com"),
              "Confirmation de votre entretien - Responsable d'exploitation thermale (H/F)",
              "2026-09-10 09:31", PARIS, "<sr.7731bf02e4c94a55.1789032660@mail.smartrecruiters.com>",
              relay="mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [185.152.64.12])",
              ident="pQ2x7Lmc",
              extra=[("Reply-To", addr("Sophie Carrère", "sophie.carrere@thermes-saint-aurelien.fr"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(3), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-09-18T08:30:00Z", end="2026-09-18T09:30:00Z",
           contact="pauline.iriarte@oceane-thalasso.fr", company="Océane Thalasso Biarritz",
           local="Fri 2026-09-18 10:30", local_end="2026-09-18 11:30", zone=PARIS,
           note="Teamtailor; the body gives only the day, the hour is only in the attached .ics "
                "(10:30-11:30 Europe/Paris, CEST = 08:30-09:30Z); contact = human ICS ORGANIZER")
def m03():
    body = t("""
        Bonjour Julien,

        C'est confirmé ! Nous vous attendons le vendredi 18 septembre à Océane Thalasso Biarritz
        pour votre entretien pour le poste de Responsable des opérations spa.

        Vous trouverez l'invitation avec l'horaire en pièce jointe : ajoutez-la à votre agenda.

        Adresse : 12 avenue de la Milady, 64200 Biarritz - présentez-vous à l'accueil de l'institut.

        À très bientôt,
        Pauline Iriarte
        Océane Thalasso Biarritz

        --
        Cet e-mail a été envoyé via Teamtailor.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1c1c1c">
        <div style="max-width:560px;margin:0 auto;padding:32px">
        <p>Bonjour Julien,</p>
        <p>C'est confirm&eacute; ! Nous vous attendons le <b>vendredi 18 septembre</b> &agrave; Oc&eacute;ane
        Thalasso Biarritz pour votre entretien pour le poste de Responsable des op&eacute;rations spa.</p>
        <p>Vous trouverez l'invitation avec l'horaire en pi&egrave;ce jointe : ajoutez-la &agrave; votre agenda.</p>
        <p>Adresse : 12 avenue de la Milady, 64200 Biarritz - pr&eacute;sentez-vous &agrave; l'accueil de
        l'institut.</p>
        <p>&Agrave; tr&egrave;s bient&ocirc;t,<br>Pauline Iriarte<br>Oc&eacute;ane Thalasso Biarritz</p>
        <p style="color:#8a8a8a;font-size:12px">Cet e-mail a &eacute;t&eacute; envoy&eacute; via Teamtailor.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:tt-interview-4417826@teamtailor.com
DTSTAMP:20260914T131905Z
DTSTART;TZID=Europe/Paris:20260918T103000
DTEND;TZID=Europe/Paris:20260918T113000
SUMMARY:Entretien - Responsable des opérations spa - Océane Thalasso
LOCATION:Océane Thalasso Biarritz\\, 12 avenue de la Milady\\, 64200 Biarritz
ORGANIZER;CN=Pauline Iriarte:mailto:pauline.iriarte@oceane-thalasso.fr
ATTENDEE;CN=Julien Lafitte;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.lafitte@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(("Pauline Iriarte - Océane Thalasso", "no-reply@teamtailor-mail.com"),
              "Votre entretien chez Océane Thalasso Biarritz", "2026-09-14 15:19", PARIS,
              "<6f2c0b1e9a4d4f1c8e2a7b55d3c90e11@teamtailor-mail.com>",
              relay="o12.ptr3461.teamtailor-mail.com (o12.ptr3461.teamtailor-mail.com [149.72.14.12])",
              ident="Tt4k9Wq1")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-21T09:00:00Z", end="2026-09-21T09:30:00Z",
           contact="claire.fontanel@belves-hotels.com", company="Belvès Hôtels & Resorts",
           local="Mon 2026-09-21 11:00", local_end="2026-09-21 11:30", zone=PARIS,
           note="Workday, HTML only (base64): lundi 21 septembre 11h00-11h30 heure de Paris (CEST) = "
                "09:00-09:30Z; sender is the Workday mailbox, contact = recruiter address in the body")
def m04():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Bonjour Julien Lafitte,</p>
        <p>Suite à l'examen de votre candidature au poste de <b>Responsable Spa &amp; Bien-être - Hôtel
        Belvès Arcachon (R-0048812)</b>, nous avons le plaisir de vous convier à un premier entretien
        téléphonique.</p>
        <p><b>Date :</b> lundi 21 septembre 2026<br>
        <b>Horaire :</b> 11h00 - 11h30 (heure de Paris)<br>
        <b>Type :</b> entretien téléphonique - nous vous appellerons au numéro indiqué dans votre
        profil candidat.</p>
        <p>L'entretien sera mené par Claire Fontanel, Responsable recrutement
        (<a href="mailto:claire.fontanel@belves-hotels.com">claire.fontanel@belves-hotels.com</a>).
        En cas d'empêchement, merci de la prévenir directement.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://belves.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Belvès Hôtels &amp; Resorts</p>
        <p style="font-size:8pt;color:#777">Ce message a été généré automatiquement. Merci de ne pas y
        répondre.</p>
        </div></body></html>
        """)
    hs = head(("Belvès Hôtels & Resorts", "belves@myworkday.com"),
              "Invitation à un entretien téléphonique - Responsable Spa & Bien-être (R-0048812)",
              "2026-09-15 16:47", PARIS, "<1529386251.88412.1789483620118@wd3-prod-mail04.myworkday.com>",
              relay="wd3-prod-mail04.myworkday.com (wd3-prod-mail04.myworkday.com [198.73.209.44])",
              ident="Wd77aXn2")
    return message(hs, html(page, cte="base64"))


@make.mail(N(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T12:30:00Z", end=None,
           contact="franck.dupouy@bains-chalosse.fr", company="Les Bains de la Chalosse",
           local="Thu 2026-09-24 14:30", zone=PARIS,
           note="Former colleague (tu), windows-1252 QP: 'jeudi à 14h30' from Mon 21 Sep = Thu 24 Sep "
                "14:30 CEST = 12:30Z; 'une petite heure' is approximate, end null; contact = sender")
def m05():
    body = t("""
        Salut Julien,

        Bien reçu ton CV, merci. Comme on se l'est dit au téléphone tout à l'heure, c'est calé :
        on se voit jeudi à 14h30 à mon bureau, aux Bains (entrée du personnel, côté parking des
        curistes). Agnès, notre DRH, sera avec nous pour l'entretien.

        Compte une petite heure. Si tu as un souci d'ici là, appelle-moi au 06 71 24 58 93.

        À jeudi,
        Franck

        --
        Franck Dupouy
        Directeur d'exploitation
        Les Bains de la Chalosse
        """)
    hs = head("Franck Dupouy <franck.dupouy@bains-chalosse.fr>", "Entretien jeudi",
              "2026-09-21 18:40", PARIS, "<000c01dd2a41$7b5e2c10$721a8430$@bains-chalosse.fr>",
              relay="smtp.bains-chalosse.fr (smtp.bains-chalosse.fr [91.121.47.203])", ident="Fd21pL0s",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(6), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-09-23T09:00:00Z", end="2026-09-23T10:00:00Z",
           contact="b.mazeau@domaine-lestrade.fr", company="Domaine de Lestrade",
           local="Wed 2026-09-23 11:00", local_end="2026-09-23 12:00", zone=PARIS,
           note="Google Calendar invitation, French UI: mer. 23 sept. 11:00-12:00 (CEST) = 09:00-10:00Z; "
                "ICS agrees; contact = ORGANIZER (the general manager)")
def m06():
    body = t("""
        Invitation de Bertrand Mazeau

        Entretien - Responsable du spa (Julien Lafitte)

        Bonjour Julien, comme convenu, je vous attends au Domaine pour un entretien. Parking
        devant le chai. Bertrand

        Quand
        mercredi 23 sept. 2026 11:00 - 12:00 (heure d'été d'Europe centrale - Paris)

        Lieu
        Domaine de Lestrade, 4 route des Graves, 33650 Martillac

        Participants
        Bertrand Mazeau - organisateur
        julien.lafitte@example.com

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWY0cWFkZ2l0cGs1dTM&ctz=Europe/Paris

        Répondre pour julien.lafitte@example.com
        Oui   Non   Peut-être   Plus d'options

        Invitation de Google Agenda
        Vous recevez ce message, car vous êtes un invité de l'événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span style="color:#70757a">Invitation de Bertrand Mazeau</span>
        <h2 style="font-weight:400">Entretien - Responsable du spa (Julien Lafitte)</h2>
        <p>Bonjour Julien, comme convenu, je vous attends au Domaine pour un entretien. Parking devant le
        chai. Bertrand</p>
        <table>
        <tr><td style="color:#70757a">Quand</td><td>mercredi 23 sept. 2026 11:00 - 12:00 (heure d'été
        d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Domaine de Lestrade, 4 route des Graves, 33650
        Martillac</td></tr>
        <tr><td style="color:#70757a">Participants</td><td>Bertrand Mazeau - organisateur<br>
        julien.lafitte@example.com</td></tr>
        </table>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NWY0cWFkZ2l0cGs1dTM">
        Afficher tous les détails de l'événement</a></p>
        <p style="color:#70757a;font-size:11px">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260923T110000
DTEND;TZID=Europe/Paris:20260923T120000
DTSTAMP:20260918T075212Z
ORGANIZER;CN=Bertrand Mazeau:mailto:b.mazeau@domaine-lestrade.fr
UID:5f4qadgitpk5u3m2ehq0v1c8rs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.lafitte@example.com;X-NUM-GUESTS=0:mailto:julien.lafitte@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bertrand Mazeau;X-NUM-GUESTS=0:mailto:b.mazeau@domaine-lestrade.fr
CREATED:20260918T075210Z
DESCRIPTION:Bonjour Julien\\, comme convenu\\, je vous attends au Domaine pour un entretien. Parking devant le chai. Bertrand
LAST-MODIFIED:20260918T075210Z
LOCATION:Domaine de Lestrade\\, 4 route des Graves\\, 33650 Martillac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Responsable du spa (Julien Lafitte)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation: Entretien - Responsable du spa (Julien Lafitte) @ mer. 23 sept. 2026 "
               "11:00 - 12:00 (CEST) (julien.lafitte@example.com)")
    hs = head("Bertrand Mazeau <b.mazeau@domaine-lestrade.fr>", subject, "2026-09-18 09:52", PARIS,
              "<calendar-3b0e1d27-8f44-4c9a-b2d1-6c0e5a9f7e21@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="Gc8m2Rt5",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "b.mazeau@domaine-lestrade.fr")])
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(7), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="mark.whitcombe@alpenquell.com", company="Alpenquell Hospitality",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=NEW_YORK,
           note="Exchange/Teams request from the VP in New York, TZID 'Eastern Standard Time': 10:00-11:00 "
                "on Thu 29 Oct; the US is still on EDT (UTC-4, changes 1 Nov) though the body says "
                "'(UTC-05:00)' = 14:00-15:00Z, i.e. 15:00 in Dax (Europe already on CET since 25 Oct); "
                "contact = ORGANIZER / sender")
def m07():
    body = t("""
        When: Thursday, October 29, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Julien,

        Nadia has told me a lot about your conversations with Lukas and the Zurich team. I'm looking
        forward to our final-round conversation on the Group Spa Operations Manager role. I'll be
        joining from our New York office.

        Best,
        Mark

        Mark Whitcombe
        SVP Wellness & Spa | Alpenquell Hospitality
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjQ>
        Meeting ID: 284 551 906 713
        Passcode: q7Hb2M
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Julien,</p>
        <p class="MsoNormal">Nadia has told me a lot about your conversations with Lukas and the Zurich
        team. I&#8217;m looking forward to our final-round conversation on the Group Spa Operations
        Manager role. I&#8217;ll be joining from our New York office.</p>
        <p class="MsoNormal">Best,<br>Mark</p>
        <p class="MsoNormal">Mark Whitcombe<br>SVP Wellness &amp; Spa | Alpenquell Hospitality</p>
        <div style="margin-top:24px">
        <hr>
        <p><span style="font-size:18pt;font-family:'Segoe UI'">Microsoft Teams meeting</span></p>
        <p><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjQ">Click here to join the
        meeting</a></p>
        <p>Meeting ID: 284 551 906 713<br>Passcode: q7Hb2M</p>
        <hr></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Mark Whitcombe:mailto:mark.whitcombe@alpenquell.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Lafitte:mailto:julien.lafitte@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Brunner:mailto:nadia.brunner@alpenquell.ch
DESCRIPTION;LANGUAGE=en-US:Hi Julien\\,\\n\\nNadia has told me a lot about your conversations with Lukas and the Zurich team.\\n
UID:040000008200E00074C5B7101A82E00800000000D0B1C2A44E6DDB01000000000000000010000000E1C2B3A4F5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-US:Final interview - Julien Lafitte / Group Spa Operations Manager
DTSTART;TZID=Eastern Standard Time:20261029T100000
DTEND;TZID=Eastern Standard Time:20261029T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T150214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123954712
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mark.whitcombe@alpenquell.com\\;gruu\\;opaque=app:conf:focus:id:ZTg4YjQ
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Mark Whitcombe <mark.whitcombe@alpenquell.com>",
              "Final interview - Julien Lafitte / Group Spa Operations Manager", "2026-10-26 11:02", NEW_YORK,
              "<BN7PR11MB2673E4D1A0C5F2B9C8E1D7A4C9A02@BN7PR11MB2673.namprd11.prod.outlook.com>",
              relay="NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2107.outbound.protection."
                    "outlook.com [40.107.236.107])",
              ident="Ms9pE4vZ",
              extra=[("Cc", addr("Nadia Brunner", "nadia.brunner@alpenquell.ch")),
                     ("Thread-Topic", "Final interview - Julien Lafitte / Group Spa Operations Manager"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(8), family="personio", lang="en", interview=True, kind="scheduled",
           start="2026-09-25T08:00:00Z", end="2026-09-25T08:45:00Z",
           contact="lucia.ferrer@nuviawellness.es", company="Nuvia Wellness Resorts",
           local="Fri 2026-09-25 10:00", local_end="2026-09-25 10:45", zone=MADRID,
           note="Personio invitation from a Spanish employer, English: Friday 25 Sep 10:00-10:45 Madrid "
                "time (CEST, same as Paris) = 08:00-08:45Z; ICS in Europe/Madrid; contact = human Reply-To")
def m08():
    body = t("""
        Dear Julien,

        Thank you for your application for the position of Spa Operations Manager (Costa del Sol).
        We are pleased to invite you to a first interview.

        Date: Friday, 25 September 2026
        Time: 10:00 - 10:45 (Madrid time, CEST)
        Location: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE2OTk
        Interviewers: Lucía Ferrer (People & Culture), Javier Montoya (COO)

        A calendar invitation is attached. If the slot does not work for you, please reply to
        this email.

        Kind regards,
        Lucía Ferrer
        People & Culture
        Nuvia Wellness Resorts S.L. - Marbella
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111">
        <p>Dear Julien,</p>
        <p>Thank you for your application for the position of <strong>Spa Operations Manager (Costa del
        Sol)</strong>. We are pleased to invite you to a first interview.</p>
        <p><strong>Date:</strong> Friday, 25 September 2026<br>
        <strong>Time:</strong> 10:00 - 10:45 (Madrid time, CEST)<br>
        <strong>Location:</strong> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE2OTk">
        Microsoft Teams</a><br>
        <strong>Interviewers:</strong> Lucía Ferrer (People &amp; Culture), Javier Montoya (COO)</p>
        <p>A calendar invitation is attached. If the slot does not work for you, please reply to this
        email.</p>
        <p>Kind regards,<br>Lucía Ferrer<br>People &amp; Culture<br>Nuvia Wellness Resorts S.L. -
        Marbella</p>
        <p style="font-size:11px;color:#888">Sent with Personio</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//EN
METHOD:REQUEST
{VTZ_MADRID}
BEGIN:VEVENT
UID:personio-event-88310472@personio.de
DTSTAMP:20260918T110502Z
DTSTART;TZID=Europe/Madrid:20260925T100000
DTEND;TZID=Europe/Madrid:20260925T104500
SUMMARY:Interview Julien Lafitte - Spa Operations Manager (Costa del Sol)
LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE2OTk
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@nuviawellness.es
ATTENDEE;CN=Julien Lafitte;RSVP=TRUE:mailto:julien.lafitte@example.com
ATTENDEE;CN=Javier Montoya:mailto:javier.montoya@nuviawellness.es
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Nuvia Wellness Resorts <noreply@mail.personio.de>",
              "Interview invitation: Spa Operations Manager (Costa del Sol)", "2026-09-18 13:05", MADRID,
              "<20260918110502.88310472.4b7e@mail.personio.de>",
              relay="mail.personio.de (mail.personio.de [52.29.117.88])", ident="Pn3vY6c2",
              extra=[("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@nuviawellness.es"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(9), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T07:30:00Z", end="2026-10-01T08:00:00Z",
           contact="marion.delbes@harmonie-conseil.fr", company="Harmonie Conseil",
           local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:00", zone=PARIS,
           note="Calendly invitee confirmation in French, headhunter's 30-min interview: jeudi 1 octobre "
                "09:30-10:00 (heure d'Europe centrale, CEST) = 07:30-08:00Z; ICS agrees; contact = Reply-To "
                "consultant (the client is confidential, the agency is the company)")
def m09():
    body = t("""
        Bonjour Julien Lafitte,

        Un nouvel événement a été programmé.

        Type d'événement :
        Entretien de présélection - 30 min

        Avec :
        Marion Delbès

        Date et heure de l'événement :
        09:30 - 10:00, jeudi 1 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Cet événement est un appel téléphonique. Marion Delbès vous appellera au +33 6 12 48 77 30.

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/8e0d4c7a-41f2-4f7b-9a3e-51b2c6f0d9aa
        Reprogrammer : https://calendly.com/reschedulings/8e0d4c7a-41f2-4f7b-9a3e-51b2c6f0d9aa

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:600px;margin:0 auto">
        <p>Bonjour Julien Lafitte,</p>
        <p>Un nouvel événement a été programmé.</p>
        <p><b>Type d'événement :</b><br>Entretien de présélection - 30 min</p>
        <p><b>Avec :</b><br>Marion Delbès</p>
        <p><b>Date et heure de l'événement :</b><br>09:30 - 10:00, jeudi 1 octobre 2026 (heure d'Europe
        centrale)</p>
        <p><b>Lieu :</b><br>Cet événement est un appel téléphonique. Marion Delbès vous appellera au
        +33 6 12 48 77 30.</p>
        <p>Besoin d'apporter des modifications à cet événement ?<br>
        <a href="https://calendly.com/cancellations/8e0d4c7a-41f2-4f7b-9a3e-51b2c6f0d9aa">Annuler</a> |
        <a href="https://calendly.com/reschedulings/8e0d4c7a-41f2-4f7b-9a3e-51b2c6f0d9aa">Reprogrammer</a></p>
        <p style="color:#999;font-size:12px">Propulsé par Calendly.com</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:8e0d4c7a-41f2-4f7b-9a3e-51b2c6f0d9aa@calendly.com
DTSTAMP:20260925T190311Z
DTSTART;TZID=Europe/Paris:20261001T093000
DTEND;TZID=Europe/Paris:20261001T100000
SUMMARY:Entretien de présélection - 30 min entre Marion Delbès et Julien Lafitte
ORGANIZER;CN=Marion Delbès:mailto:marion.delbes@harmonie-conseil.fr
ATTENDEE;CN=Julien Lafitte;PARTSTAT=ACCEPTED:mailto:julien.lafitte@example.com
LOCATION:+33 6 12 48 77 30
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    subject = "Nouvel événement : Julien Lafitte - 09:30 jeu. 1 oct. 2026 - Entretien de présélection - 30 min"
    hs = head(("Calendly", "notifications@calendly.com"), subject, "2026-09-25 21:03", PARIS,
              "<0100019c2a7e8b41-d1f3a0c2-7e55-4b8a-9f01-3c6d2e8b7a90-000000@email.amazonses.com>",
              relay="a48-101.smtp-out.amazonses.com (a48-101.smtp-out.amazonses.com [54.240.48.101])",
              ident="Cy5nB8s0",
              extra=[("Reply-To", addr("Marion Delbès", "marion.delbes@harmonie-conseil.fr"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(10), family="ashby", lang="fr", interview=True, kind="scheduled",
           start="2026-10-08T15:00:00Z", end="2026-10-08T15:45:00Z",
           contact="ines@wellow.fr", company="Wellow",
           local="Thu 2026-10-08 17:00", local_end="2026-10-08 17:45", zone=PARIS,
           note="Ashby confirmation in French (startup, tu): jeudi 8 octobre 17:00-17:45 heure de Paris "
                "(CEST) = 15:00-15:45Z; no ICS; contact = human Reply-To")
def m10():
    body = t("""
        Salut Julien,

        Ton entretien est confirmé, on a hâte d'échanger avec toi !

        Poste : Head of Spa Operations
        Quand : jeudi 8 octobre 2026, 17:00 - 17:45 (heure de Paris)
        Où : Google Meet - https://meet.google.com/kqv-hzdw-tro

        Tu rencontreras :
          Thomas Vidal - co-fondateur & CEO

        Une question ? Réponds simplement à ce mail, il arrivera chez Inès Benali.

        À jeudi,
        L'équipe Wellow
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Salut Julien,</p>
        <p>Ton entretien est confirmé, on a hâte d'échanger avec toi !</p>
        <p><b>Poste :</b> Head of Spa Operations<br>
        <b>Quand :</b> jeudi 8 octobre 2026, 17:00 - 17:45 (heure de Paris)<br>
        <b>Où :</b> <a href="https://meet.google.com/kqv-hzdw-tro">Google Meet</a></p>
        <p>Tu rencontreras :<br>&nbsp;&nbsp;Thomas Vidal - co-fondateur &amp; CEO</p>
        <p>Une question ? Réponds simplement à ce mail, il arrivera chez Inès Benali.</p>
        <p>À jeudi,<br>L'équipe Wellow</p>
        </body></html>
        """)
    hs = head(("Wellow", "no-reply@ashbyhq.com"), "Entretien confirmé : Head of Spa Operations chez Wellow",
              "2026-10-05 11:26", PARIS,
              "<0100019c5b3d2e18-6a0f4c1e-2b9d-4e7a-8c35-f1d0a9b4e6c2-000000@email.amazonses.com>",
              relay="a8-59.smtp-out.amazonses.com (a8-59.smtp-out.amazonses.com [54.240.8.59])",
              ident="As1hB7yq", extra=[("Reply-To", addr("Inès Benali", "ines@wellow.fr"))])
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(11), family="icims", lang="fr", interview=True, kind="scheduled",
           start="2026-10-06T07:00:00Z", end="2026-10-06T08:00:00Z",
           contact="e.garnier@marbriere-hotels.com", company="Marbrière Hôtels & Resorts",
           local="Tue 2026-10-06 09:00", local_end="2026-10-06 10:00", zone=PARIS,
           note="iCIMS, plain text iso-8859-1 QP: mardi 6 octobre 9h00, 'Durée : 1 heure', in Biarritz "
                "(CEST) = 07:00-08:00Z; sender is the iCIMS relay, contact = recruiter address in the body")
def m11():
    body = t("""
        Bonjour Julien,

        Nous vous remercions pour votre candidature au poste de Directeur/Directrice du Spa -
        Marbrière Biarritz (réf. 2026-4471).

        Nous avons le plaisir de vous confirmer votre entretien :

        Date : mardi 6 octobre 2026
        Heure : 9h00
        Durée : 1 heure
        Lieu : Hôtel Marbrière Biarritz, 3 esplanade du Phare, 64200 Biarritz
        Interlocuteurs : Émilie Garnier (Talent Acquisition) et Régis Montfort (Directeur de
        l'hôtel)

        Merci de vous présenter à la réception 10 minutes avant le début de l'entretien.
        Pour toute question : e.garnier@marbriere-hotels.com

        Cordialement,

        Émilie Garnier
        Talent Acquisition - Marbrière Hôtels & Resorts

        ------------------------------------------------------------
        Ce message vous a été envoyé par le portail carrières de Marbrière Hôtels & Resorts.
        Merci de ne pas répondre directement à cet e-mail.
        """)
    hs = head(("Marbrière Hôtels & Resorts", "marbriere@talent.icims.com"),
              "Confirmation d'entretien - Directeur/Directrice du Spa (réf. 2026-4471)",
              "2026-09-29 10:05", PARIS, "<1827364519.4471.1790668735402.JavaMail.icims@app-p14.icims.com>",
              relay="mta-out3.icims.com (mta-out3.icims.com [64.94.152.23])", ident="Ic6rK2w9",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-10-16T09:00:00Z", end="2026-10-16T09:45:00Z",
           contact="thomas.roux@adequat-sante.fr", company="Adéquat Santé Recrutement",
           local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:45", zone=PARIS,
           note="Microsoft Bookings (agency), body label '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
                "shows the standard offset but 16 Oct is CEST: 11:00-11:45 = 09:00-09:45Z, as the ICS "
                "(Romance Standard Time) says; sender is the Bookings mailbox, contact = consultant's "
                "address in the body")
def m12():
    body = t("""
        Bonjour Julien Lafitte,

        Votre rendez-vous avec Adéquat Santé Recrutement est confirmé.

        Entretien de qualification - Direction d'établissement thermal
        vendredi 16 octobre 2026
        11:00 - 11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Membre du personnel : Thomas Roux
        Rejoindre la réunion Microsoft Teams :
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5NmU

        Thomas Roux, consultant senior, vous présentera le poste de notre client.
        Vous pouvez le joindre directement : thomas.roux@adequat-sante.fr

        Modifier ou annuler la réservation :
        https://outlook.office365.com/owa/calendar/AdequatSanteRecrutement@adequat-sante.fr/bookings/

        Adéquat Santé Recrutement
        14 cours Clemenceau, 33000 Bordeaux
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Bonjour Julien Lafitte,</p>
        <p>Votre rendez-vous avec <b>Adéquat Santé Recrutement</b> est confirmé.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td><b>Entretien de qualification - Direction d'établissement thermal</b></td></tr>
        <tr><td>vendredi 16 octobre 2026</td></tr>
        <tr><td>11:00 - 11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Membre du personnel : Thomas Roux</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5NmU">Rejoindre la réunion
        Microsoft Teams</a></p>
        <p>Thomas Roux, consultant senior, vous présentera le poste de notre client.<br>Vous pouvez le
        joindre directement : thomas.roux@adequat-sante.fr</p>
        <p><a href="https://outlook.office365.com/owa/calendar/AdequatSanteRecrutement@adequat-sante.fr/bookings/">
        Modifier ou annuler la réservation</a></p>
        <p>Adéquat Santé Recrutement<br>14 cours Clemenceau, 33000 Bordeaux</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Adéquat Santé Recrutement:mailto:AdequatSanteRecrutement@adequat-sante.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Lafitte:mailto:julien.lafitte@example.com
SUMMARY;LANGUAGE=fr-FR:Entretien de qualification - Direction d'établissement thermal
DTSTART;TZID=Romance Standard Time:20261016T110000
DTEND;TZID=Romance Standard Time:20261016T114500
UID:040000008200E00074C5B7101A82E0080000000071A3F0C35B5EDB010000000000000000100000003C9D12E4A7B84F4E9E0C5A1B2D3E4F50
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T081744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(("Adéquat Santé Recrutement", "AdequatSanteRecrutement@adequat-sante.fr"),
              "Réservation confirmée : Entretien de qualification - Direction d'établissement thermal",
              "2026-10-12 10:17", PARIS,
              "<PR3P195MB0812C4D7E2A9B1F06E3D5C81A6B42@PR3P195MB0812.EURP195.PROD.OUTLOOK.COM>",
              relay="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2091.outbound.protection."
                    "outlook.com [40.107.20.91])",
              ident="Bk4sZ1p8", extra=[("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(13), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-10-20T12:00:00Z", end="2026-10-20T13:00:00Z",
           contact="camille.ortiz@spa-atlantique.fr", company="Spa Atlantique Lacanau",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=PARIS,
           note="Recruitee, French (vous): mardi 20 octobre 14h00-15h00 sur place (CEST) = 12:00-13:00Z; "
                "Reply-To is a Recruitee inbound relay (not a person), contact = address in the signature")
def m13():
    body = t("""
        Bonjour Julien,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de
        Responsable d'exploitation du spa :

        mardi 20 octobre 2026, de 14h00 à 15h00
        Spa Atlantique, 7 boulevard de la Plage, 33680 Lacanau-Océan

        Vous rencontrerez Jean-Baptiste Labat, gérant, et moi-même. Nous vous ferons ensuite visiter
        les installations (bassins, cabines de soins, espace fitness).

        Au plaisir de vous rencontrer,

        Camille Ortiz
        Responsable RH - Spa Atlantique Lacanau
        camille.ortiz@spa-atlantique.fr | 05 56 03 71 18
        """)
    page = "".join(f"<p>{line}</p>\n" if line else "" for line in body.replace("&", "&amp;").split("\n"))
    page = f'<html><body style="font-family:Arial,sans-serif;font-size:14px">\n{page}</body></html>\n'
    hs = head(("Camille Ortiz (Spa Atlantique Lacanau)", "no-reply@recruitee.com"),
              "Entretien confirmé - Responsable d'exploitation du spa", "2026-10-14 11:48", PARIS,
              "<5f8d1c2e.4a3b9e07.rc-mailer-2@recruitee.com>",
              relay="o3.email.recruitee.com (o3.email.recruitee.com [167.89.101.44])", ident="Rc2tG5h3",
              extra=[("Reply-To", "spa-atlantique+c8f21a7e@inbound.recruitee.com")])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(14), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-10-22T08:00:00Z", end="2026-10-22T09:00:00Z",
           contact="h.barrere@clinique-acacias.fr", company="Clinique thermale Les Acacias",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=PARIS,
           note="Julien forwards a Taleo confirmation from his old address to himself (Gmail 'Forwarded "
                "message' block): jeudi 22 octobre 10h00-11h00 (CEST) = 08:00-09:00Z; forwarded header is "
                "Taleo no-reply, contact = recruiter address in the forwarded body")
def m14():
    body = t("""
        Pour l'agenda.

        ---------- Forwarded message ---------
        De : Clinique thermale Les Acacias <noreply@acacias.taleo.net>
        Date : ven. 16 oct. 2026 à 15:41
        Objet : Convocation à un entretien - Responsable des services de soins thermaux
        À : <julien.lafitte@example.org>


        Madame, Monsieur,

        Nous avons le plaisir de vous convoquer à un entretien pour le poste de Responsable des
        services de soins thermaux (réf. 26-0193) :

        Date : jeudi 22 octobre 2026
        Horaire : de 10h00 à 11h00
        Lieu : Clinique thermale Les Acacias, 2 allée des Sources, 64270 Salies-de-Béarn - bâtiment
        administratif, 1er étage

        Pour toute question relative à cet entretien, vous pouvez contacter Hélène Barrère, chargée
        des ressources humaines : h.barrere@clinique-acacias.fr

        Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

        Le service Ressources Humaines
        Clinique thermale Les Acacias

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(("Julien Lafitte", "julien.lafitte@example.org"),
              "Fwd: Convocation à un entretien - Responsable des services de soins thermaux",
              "2026-10-17 09:12", PARIS, "<CAJf2mXo8Qw4RzT7n1Lk5vP0yHdE3sG9bUc6aNqK2iZ@mail.gmail.com>",
              relay="mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", ident="Fw0dQ3e7")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z",
           contact="lucia.ferrer@nuviawellness.es", company="Nuvia Wellness Resorts",
           local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone=MADRID,
           note="Recruiter's reply on top of the quoted thread, sent Fri 23 Oct in CEST; the interview "
                "(Tue 27 Oct 11:00-12:00 Madrid) falls after the 25 Oct change, so CET = 10:00-11:00Z; "
                "contact = sender")
def m15():
    body = t("""
        Perfect, Julien - that's confirmed: Tuesday 27 October, 11:00-12:00 Madrid time, with
        Javier Montoya (COO) and me on Teams. Same link as last time.

        Small reminder: the clocks go back this Sunday in Spain as in France, so it's the same
        hour for both of us.

        Best,
        Lucía

        Lucía Ferrer
        People & Culture | Nuvia Wellness Resorts S.L.

        On Thu, 22 Oct 2026 at 19:04, Julien Lafitte <julien.lafitte@example.com> wrote:
        > Hello Lucía,
        >
        > Tuesday 27 at 11:00 works well for me. Thank you!
        >
        > Julien
        >
        > On Wed, 21 Oct 2026 at 17:36, Lucía Ferrer <lucia.ferrer@nuviawellness.es> wrote:
        > > Dear Julien,
        > >
        > > Thanks again for the first conversation. Javier would like to go deeper into the
        > > operations side. He could do Tuesday 27 October at 11:00 or Wednesday 28 at 16:30
        > > (Madrid time), one hour. Which suits you best?
        > >
        > > Best regards,
        > > Lucía
        """)
    hs = head(("Lucía Ferrer", "lucia.ferrer@nuviawellness.es"), "Re: Second interview - Nuvia Wellness",
              "2026-10-23 12:20", MADRID, "<CAN7vR2c9kYpL1f0qX8sW3zTb6mJ4dE5hGa0uQ7i@mail.gmail.com>",
              relay="mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])", ident="Nv8cR1k4",
              extra=[("In-Reply-To", "<CAHb3x0Lq7Fz2W8nM5rT9yK1pV4sJ6cE0dG3aUi@mail.gmail.com>"),
                     ("References", "<CAN7vR2c4Kq9Zt1wX6yB3mP0sL8dF2hJ7nE5gUa@mail.gmail.com>\r\n"
                                    " <CAHb3x0Lq7Fz2W8nM5rT9yK1pV4sJ6cE0dG3aUi@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-11-06T09:00:00Z", end="2026-11-06T10:00:00Z",
           contact="maite.etcheverry@hotel-ondarra.fr", company="Hôtel Ondarra",
           local="Fri 2026-11-06 10:00", local_end="2026-11-06 11:00", zone=PARIS,
           note="Workable, French: vendredi 6 novembre 10h00-11h00 (CET, after 25 Oct) = 09:00-10:00Z; "
                "Reply-To is a Workable relay, contact = the owner's address written in the body")
def m16():
    body = t("""
        Bonjour Julien,

        Merci pour votre disponibilité. Votre entretien pour le poste de Responsable Spa & Bien-être
        à l'Hôtel Ondarra est confirmé :

        Vendredi 6 novembre 2026, de 10h00 à 11h00
        Hôtel Ondarra, 21 promenade Jacques-Thibaud, 64500 Saint-Jean-de-Luz

        Vous rencontrerez Maïté Etcheverry, propriétaire et directrice générale
        (maite.etcheverry@hotel-ondarra.fr).

        Bonne journée,
        Hôtel Ondarra

        Vous pouvez répondre directement à cet e-mail.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
        <p>Bonjour Julien,</p>
        <p>Merci pour votre disponibilité. Votre entretien pour le poste de <b>Responsable Spa &amp;
        Bien-être</b> à l'Hôtel Ondarra est confirmé :</p>
        <p style="background:#f3f6f8;padding:12px"><b>Vendredi 6 novembre 2026, de 10h00 à 11h00</b><br>
        Hôtel Ondarra, 21 promenade Jacques-Thibaud, 64500 Saint-Jean-de-Luz</p>
        <p>Vous rencontrerez Maïté Etcheverry, propriétaire et directrice générale
        (maite.etcheverry@hotel-ondarra.fr).</p>
        <p>Bonne journée,<br>Hôtel Ondarra</p>
        <p style="font-size:11px;color:#999">Vous pouvez répondre directement à cet e-mail.
        Powered by Workable</p>
        </body></html>
        """)
    hs = head(("Hôtel Ondarra", "noreply@candidates.workablemail.com"),
              "Entretien confirmé : Responsable Spa & Bien-être - Hôtel Ondarra", "2026-11-02 14:33", PARIS,
              "<wk.c3f9a12e.1793626380@candidates.workablemail.com>",
              relay="o2.candidates.workablemail.com (o2.candidates.workablemail.com [168.245.84.20])",
              ident="Wk5jT0a2",
              extra=[("Reply-To", "hotel-ondarra+c3f9a12e@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T10:00:00Z",
           contact="claire.fontanel@belves-hotels.com", company="Belvès Hôtels & Resorts",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 11:00", zone=PARIS,
           note="Exchange update (SEQUENCE:1, 'Romance Standard Time'), sent Wed 21 Oct in CEST: moved from "
                "jeu. 22 oct. 14h to lun. 26 oct. 9h30-11h00, the day after the 25 Oct change, so CET = "
                "08:30-10:00Z; contact = ORGANIZER / sender")
def m17():
    body = t("""
        Quand : lundi 26 octobre 2026 09:30-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Hôtel Belvès Arcachon - salle Cap Ferret, 9 boulevard de la Mer, 33120 Arcachon

        Attention : cette réunion a été modifiée.

        *~*~*~*~*~*~*~*~*~*

        Bonjour Julien,

        Comme évoqué par téléphone, notre directeur régional, Olivier Castaing, ne peut pas être
        présent jeudi 22 octobre à 14h. Je vous propose donc de décaler votre second entretien au
        lundi 26 octobre de 9h30 à 11h00, au même endroit.

        Merci d'accepter l'invitation mise à jour.

        Bien cordialement,
        Claire Fontanel
        Responsable recrutement | Belvès Hôtels & Resorts
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Claire Fontanel:mailto:claire.fontanel@belves-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.lafitte@example.com:mailto:julien.lafitte@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivier Castaing:mailto:olivier.castaing@belves-hotels.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\\,\\n\\nComme évoqué par téléphone\\, notre directeur régional ne peut pas être présent jeudi 22 octobre à 14h.\\n
UID:040000008200E00074C5B7101A82E008000000005C7E1F2A8F57DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Second entretien - Julien Lafitte - Responsable Spa & Bien-être Arcachon
DTSTART;TZID=Romance Standard Time:20261026T093000
DTEND;TZID=Romance Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T090514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Hôtel Belvès Arcachon - salle Cap Ferret
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1472093862
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(("Claire Fontanel", "claire.fontanel@belves-hotels.com"),
              "Mis à jour : Second entretien - Julien Lafitte - Responsable Spa & Bien-être Arcachon",
              "2026-10-21 11:05", PARIS,
              "<AM9PR02MB7341B6E0C2D81A4F9E7C3D25B8F10@AM9PR02MB7341.eurprd02.prod.outlook.com>",
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2128.outbound.protection."
                    "outlook.com [40.107.247.128])",
              ident="Bv2oU8m6",
              extra=[("Thread-Topic", enc("Second entretien - Julien Lafitte - Responsable Spa & Bien-être Arcachon")),
                     ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-07T08:00:00Z", end=None,
           contact="didier.lasserre@thermes-saint-aurelien.fr", company="Thermes de Saint-Aurélien",
           local="Wed 2026-10-07 10:00", zone=PARIS,
           note="Director's plain mail (vous): the on-site interview of ven. 2 octobre 10h is moved, "
                "confirmed 'mercredi 7 octobre à 10h00' (CEST) = 08:00Z; old and new times in one mail; "
                "no length, end null; contact = sender")
def m18():
    body = t("""
        Bonjour Monsieur Lafitte,

        Suite à notre échange téléphonique de ce matin, je vous confirme le report de notre
        entretien sur site, initialement prévu le vendredi 2 octobre à 10h00 : une inspection de
        l'ARS a été programmée le même jour et je dois impérativement être présent.

        Nous vous recevrons donc le mercredi 7 octobre à 10h00, aux Thermes (bureau de la
        direction, 2e étage). Sophie Carrère sera également présente, et nous terminerons par une
        visite des installations techniques.

        Avec toutes mes excuses pour ce changement,

        Bien cordialement,

        Didier Lasserre
        Directeur
        Thermes de Saint-Aurélien
        """)
    hs = head(("Didier Lasserre", "didier.lasserre@thermes-saint-aurelien.fr"),
              "Report de notre entretien du 2 octobre", "2026-09-28 17:05", PARIS,
              "<d8f3b2a1-6c47-4e0a-9b15-7a2e0c9d4f63@thermes-saint-aurelien.fr>",
              relay="smtp-out.ovh.net (smtp-out.ovh.net [178.32.228.4])", ident="Sa7xD2n5",
              extra=[("Cc", addr("Sophie Carrère", "sophie.carrere@thermes-saint-aurelien.fr")),
                     ("User-Agent", "Mozilla Thunderbird")])
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-10-08T13:00:00Z", end="2026-10-08T14:00:00Z",
           contact="nadia.brunner@alpenquell.ch", company="Alpenquell Hospitality",
           local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone=ZURICH,
           note="GoodTime reschedule for the Swiss employer: old Tue 6 Oct 2:00 PM shown struck, new Thu "
                "8 Oct 3:00-4:00 PM CEST (Zurich) = 13:00-14:00Z; ICS SEQUENCE:1 agrees; contact = human "
                "Reply-To")
def m19():
    body = t("""
        Hi Julien,

        Your interview with Alpenquell Hospitality has been rescheduled. Please see the updated
        details below.

        Group Spa Operations Manager - Panel interview

        NEW TIME
        Thursday, October 8, 2026
        3:00 PM - 4:00 PM CEST (Europe/Zurich)

        Previous time (cancelled)
        Tuesday, October 6, 2026, 2:00 PM - 3:00 PM CEST

        Interviewers
        Lukas Meier - Director of Spa Operations
        Anna Keller - Head of Guest Experience

        Location
        Microsoft Teams - link in the updated calendar invitation

        Questions? Reply to this email to reach Nadia Brunner.

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Julien,</p>
        <p>Your interview with Alpenquell Hospitality has been <b>rescheduled</b>. Please see the updated
        details below.</p>
        <h3>Group Spa Operations Manager - Panel interview</h3>
        <p style="color:#0a7d32"><b>NEW TIME</b><br>Thursday, October 8, 2026<br>3:00 PM - 4:00 PM CEST
        (Europe/Zurich)</p>
        <p style="color:#999"><s>Tuesday, October 6, 2026, 2:00 PM - 3:00 PM CEST</s></p>
        <p><b>Interviewers</b><br>Lukas Meier - Director of Spa Operations<br>Anna Keller - Head of Guest
        Experience</p>
        <p><b>Location</b><br>Microsoft Teams - link in the updated calendar invitation</p>
        <p>Questions? Reply to this email to reach Nadia Brunner.</p>
        <p style="font-size:11px;color:#aaa">Powered by GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Scheduling//EN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:gt-3f1e9c57-b2a4-4d8e-a06c-81d7e5f2c9b4@goodtime.io
DTSTAMP:20261001T152210Z
DTSTART;TZID=Europe/Zurich:20261008T150000
DTEND;TZID=Europe/Zurich:20261008T160000
SEQUENCE:1
SUMMARY:Alpenquell Hospitality - Panel interview (Julien Lafitte)
LOCATION:Microsoft Teams
ORGANIZER;CN=Nadia Brunner:mailto:nadia.brunner@alpenquell.ch
ATTENDEE;CN=Julien Lafitte;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:julien.lafitte@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(("Alpenquell Hospitality", "no-reply@goodtime.io"),
              "Rescheduled: Your interview with Alpenquell Hospitality", "2026-10-01 17:22", ZURICH,
              "<20261001152210.gt.3f1e9c57b2a4@mail.goodtime.io>",
              relay="o1.mail.goodtime.io (o1.mail.goodtime.io [167.89.60.17])", ident="Gt9qW3v1",
              extra=[("Reply-To", addr("Nadia Brunner", "nadia.brunner@alpenquell.ch"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(20), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-09-29T13:00:00Z", end="2026-09-29T14:00:00Z",
           contact="b.mazeau@domaine-lestrade.fr", company="Domaine de Lestrade",
           local="Tue 2026-09-29 15:00", local_end="2026-09-29 16:00", zone=PARIS,
           note="Google Calendar 'Invitation mise à jour' (French UI, SEQUENCE:1): moved from mer. 23 sept. "
                "11:00 to mar. 29 sept. 15:00-16:00 (CEST) = 13:00-14:00Z; contact = ORGANIZER")
def m20():
    body = t("""
        Cet événement a été modifié.

        Entretien - Responsable du spa (Julien Lafitte)

        Julien, désolé pour ce changement : le comité de direction a été avancé à mercredi.
        Je vous propose mardi 29 après-midi. Bertrand

        Quand
        Modifié : mardi 29 sept. 2026 15:00 - 16:00 (heure d'été d'Europe centrale - Paris)

        Lieu
        Domaine de Lestrade, 4 route des Graves, 33650 Martillac

        Participants
        Bertrand Mazeau - organisateur
        julien.lafitte@example.com

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWY0cWFkZ2l0cGs1dTM&ctz=Europe/Paris

        Invitation de Google Agenda
        Vous recevez ce message, car vous êtes un invité de l'événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span style="color:#d93025">Cet événement a été modifié.</span>
        <h2 style="font-weight:400">Entretien - Responsable du spa (Julien Lafitte)</h2>
        <p>Julien, désolé pour ce changement : le comité de direction a été avancé à mercredi. Je vous
        propose mardi 29 après-midi. Bertrand</p>
        <table>
        <tr><td style="color:#70757a">Quand</td><td><span style="color:#d93025">Modifié :</span> mardi
        29 sept. 2026 15:00 - 16:00 (heure d'été d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Domaine de Lestrade, 4 route des Graves, 33650
        Martillac</td></tr>
        <tr><td style="color:#70757a">Participants</td><td>Bertrand Mazeau - organisateur<br>
        julien.lafitte@example.com</td></tr>
        </table>
        <p style="color:#70757a;font-size:11px">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260929T150000
DTEND;TZID=Europe/Paris:20260929T160000
DTSTAMP:20260922T063847Z
ORGANIZER;CN=Bertrand Mazeau:mailto:b.mazeau@domaine-lestrade.fr
UID:5f4qadgitpk5u3m2ehq0v1c8rs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=julien.lafitte@example.com;X-NUM-GUESTS=0:mailto:julien.lafitte@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bertrand Mazeau;X-NUM-GUESTS=0:mailto:b.mazeau@domaine-lestrade.fr
CREATED:20260918T075210Z
DESCRIPTION:Julien\\, désolé pour ce changement : le comité de direction a été avancé à mercredi. Je vous propose mardi 29 après-midi. Bertrand
LAST-MODIFIED:20260922T063846Z
LOCATION:Domaine de Lestrade\\, 4 route des Graves\\, 33650 Martillac
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien - Responsable du spa (Julien Lafitte)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation mise à jour : Entretien - Responsable du spa (Julien Lafitte) @ mar. 29 sept. 2026 "
               "15:00 - 16:00 (CEST) (julien.lafitte@example.com)")
    hs = head(("Bertrand Mazeau", "b.mazeau@domaine-lestrade.fr"), subject, "2026-09-22 08:38", PARIS,
              "<calendar-9a2d4e61-0b3c-4f7e-8d15-2e6f1c7a9b30@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="Gc3w8Lk0",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "b.mazeau@domaine-lestrade.fr")])
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-10-21T14:00:00Z", end="2026-10-21T15:00:00Z",
           contact="ines@wellow.fr", company="Wellow",
           local="Wed 2026-10-21 16:00", local_end="2026-10-21 17:00", zone=PARIS,
           note="Google Calendar cancellation (METHOD:CANCEL), French UI, tu: the case-study presentation "
                "of mer. 21 oct. 16:00-17:00 (CEST) = 14:00-15:00Z is cancelled (hiring frozen); "
                "contact = ORGANIZER")
def m21():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Présentation étude de cas - Julien Lafitte / Wellow

        Julien, désolée : on gèle le recrutement sur ce poste suite à notre levée de fonds
        repoussée. Je t'appelle dans la journée pour t'expliquer. Inès

        Quand
        mercredi 21 oct. 2026 16:00 - 17:00 (heure d'été d'Europe centrale - Paris)

        Participants
        Inès Benali - organisateur
        Thomas Vidal
        julien.lafitte@example.com

        Invitation de Google Agenda
        Vous recevez ce message, car vous êtes un invité de l'événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span style="color:#d93025">Cet événement a été annulé et supprimé de votre agenda.</span>
        <h2 style="font-weight:400;text-decoration:line-through">Présentation étude de cas - Julien Lafitte
        / Wellow</h2>
        <p>Julien, désolée : on gèle le recrutement sur ce poste suite à notre levée de fonds repoussée.
        Je t'appelle dans la journée pour t'expliquer. Inès</p>
        <table>
        <tr><td style="color:#70757a">Quand</td><td>mercredi 21 oct. 2026 16:00 - 17:00 (heure d'été
        d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Participants</td><td>Inès Benali - organisateur<br>Thomas Vidal<br>
        julien.lafitte@example.com</td></tr>
        </table>
        <p style="color:#70757a;font-size:11px">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261021T160000
DTEND;TZID=Europe/Paris:20261021T170000
DTSTAMP:20261019T065501Z
ORGANIZER;CN=Inès Benali:mailto:ines@wellow.fr
UID:1k8v0s2q7m3c9b4d6f5h0j2l1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=julien.lafitte@example.com;X-NUM-GUESTS=0:mailto:julien.lafitte@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Vidal;X-NUM-GUESTS=0:mailto:thomas@wellow.fr
CREATED:20261012T142233Z
DESCRIPTION:Julien\\, désolée : on gèle le recrutement sur ce poste suite à notre levée de fonds repoussée. Je t'appelle dans la journée pour t'expliquer. Inès
LAST-MODIFIED:20261019T065501Z
LOCATION:Wellow\\, 18 rue Notre-Dame\\, 33000 Bordeaux
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Présentation étude de cas - Julien Lafitte / Wellow
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Événement annulé : Présentation étude de cas - Julien Lafitte / Wellow @ mer. 21 oct. 2026 "
               "16:00 - 17:00 (CEST) (julien.lafitte@example.com)")
    hs = head(("Inès Benali", "ines@wellow.fr"), subject, "2026-10-19 08:55", PARIS,
              "<calendar-5c1e8f04-7a2b-4d93-b6e0-3f9a2c1d8e47@google.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", ident="Gc6yN4b9",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "ines@wellow.fr")])
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-11-05T14:00:00Z", end=None,
           contact="e.garnier@marbriere-hotels.com", company="Marbrière Hôtels & Resorts",
           local="Thu 2026-11-05 15:00", zone=PARIS,
           note="Recruiter's prose cancellation (vous), no ICS, sent in CET: the second interview of "
                "jeudi 5 novembre à 15h (CET) = 14:00Z is cancelled, post filled internally; contact = sender")
def m22():
    body = t("""
        Bonjour Julien,

        Je reviens vers vous concernant votre second entretien pour le poste de Directeur du Spa
        de l'Hôtel Marbrière Biarritz, prévu le jeudi 5 novembre à 15h avec notre directrice des
        opérations.

        Je suis au regret de vous informer que nous devons l'annuler : le poste vient d'être
        pourvu par une mobilité interne au sein du groupe. Je sais que ce n'est pas la nouvelle
        que vous espériez, et je tenais à vous prévenir au plus tôt.

        Votre profil a beaucoup plu à Régis Montfort ; avec votre accord, nous conservons votre
        candidature pour nos prochaines ouvertures (Saint-Jean-Cap-Ferrat, Évian).

        Bien à vous,

        Émilie Garnier
        Talent Acquisition - Marbrière Hôtels & Resorts
        """)
    hs = head(("Émilie Garnier", "e.garnier@marbriere-hotels.com"),
              "Votre entretien du 5 novembre - Directeur du Spa Biarritz", "2026-10-29 10:15", PARIS,
              "<DB9PR08MB6714E2C0A5B3F81D7C4E9A06F2B31@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              relay="EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2062.outbound.protection."
                    "outlook.com [40.107.104.62])",
              ident="Mb1fV6x8", extra=[("Content-Language", "fr-FR")])
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        """) + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>\n" for ln in body.split("\n")[:-1]) + \
        "</div></body></html>\n"
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-12T09:00:00Z", end="2026-11-12T12:00:00Z",
           contact="lucia.ferrer@nuviawellness.es", company="Nuvia Wellness Resorts",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 13:00", zone=MADRID,
           note="Outlook cancellation (METHOD:CANCEL, 'Romance Standard Time' for Madrid) of the on-site "
                "visit Thu 12 Nov 10:00-13:00 (CET) = 09:00-12:00Z; position put on hold; contact = "
                "ORGANIZER / sender")
def m23():
    body = t("""
        Dear Julien,

        I am very sorry to write this. Our board decided yesterday to put the Spa Operations Manager
        (Costa del Sol) position on hold until the spring, because the opening of the new resort has
        been postponed. We therefore have to cancel your on-site visit in Marbella on Thursday
        12 November (10:00-13:00).

        Javier and I really enjoyed our conversations with you, and we will get in touch first if the
        position reopens. Please send me your travel receipts if you had already booked anything; we
        will of course reimburse them.

        Warm regards,
        Lucía

        Lucía Ferrer
        People & Culture | Nuvia Wellness Resorts S.L.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@nuviawellness.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julien Lafitte:mailto:julien.lafitte@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Javier Montoya:mailto:javier.montoya@nuviawellness.es
UID:040000008200E00074C5B7101A82E00800000000B4E6A09C2861DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-US:Canceled: Nuvia - On-site visit Marbella (Julien Lafitte)
DTSTART;TZID=Romance Standard Time:20261112T100000
DTEND;TZID=Romance Standard Time:20261112T130000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261104T084012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Nuvia Resort Marbella\\, Avenida del Mar 40
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(("Lucía Ferrer", "lucia.ferrer@nuviawellness.es"),
              "Canceled: Nuvia - On-site visit Marbella (Julien Lafitte)", "2026-11-04 09:40", MADRID,
              "<PAXPR09MB5120D7A3E1B9C04F6E28D5A7B3C90@PAXPR09MB5120.eurprd09.prod.outlook.com>",
              relay="EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2093.outbound.protection."
                    "outlook.com [40.107.13.93])",
              ident="Nc4hJ7q2",
              extra=[("Importance", "high"), ("Content-Language", "en-US")])
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="fr", interview=False, company="Thermes de Saint-Aurélien",
           note="Rejection after the on-site interview (SmartRecruiters, vous); no time fixed")
def m24():
    body = t("""
        Bonjour Julien,

        Nous vous remercions sincèrement pour le temps que vous nous avez consacré lors de vos
        entretiens, et notamment pour votre visite aux Thermes le 7 octobre.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat
        dont le parcours correspond plus étroitement à nos besoins immédiats, en particulier sur la
        gestion des installations techniques et de la maintenance des forages.

        Ce choix a été difficile. Nous conserverons votre candidature et n'hésiterons pas à revenir
        vers vous si une opportunité correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos projets.

        Bien cordialement,

        Sophie Carrère
        Thermes de Saint-Aurélien
        """)
    hs = head(("Thermes de Saint-Aurélien", "noreply@mail.smartrecruiters.com"),
              "Votre candidature - Responsable d'exploitation thermale (H/F)", "2026-10-21 15:02", PARIS,
              "<sr.7731bf02e4c94a55.1792587720@mail.smartrecruiters.com>",
              relay="mail-out-09.smartrecruiters.com (mail-out-09.smartrecruiters.com [185.152.64.9])",
              ident="Sr3dJ8u1",
              extra=[("Reply-To", addr("Sophie Carrère", "sophie.carrere@thermes-saint-aurelien.fr"))])
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Alpenquell Hospitality",
           note="Rejection after the final round with New York, English; no time fixed")
def m25():
    body = t("""
        Dear Julien,

        Thank you for the time and energy you have invested in our process over the last two months,
        and for the thoughtful conversations with Lukas, Anna and Mark.

        After careful consideration, we have decided to offer the Group Spa Operations Manager role
        to another candidate, whose experience with multi-site openings in the DACH region was a
        deciding factor for this particular position.

        This was a close decision. Mark asked me to tell you that he would be glad to stay in touch,
        and we would very much like to consider you for future roles in our French and Spanish
        properties.

        With best wishes,
        Nadia

        Nadia Brunner
        Talent Acquisition Coordinator | Alpenquell Hospitality AG
        """)
    hs = head(("Nadia Brunner", "nadia.brunner@alpenquell.ch"),
              "Your application - Group Spa Operations Manager", "2026-11-10 16:48", ZURICH,
              "<ZR0P278MB0931A5C7D2E84B1F9A6C3E07D4B21@ZR0P278MB0931.CHEP278.PROD.OUTLOOK.COM>",
              relay="CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2108.outbound.protection."
                    "outlook.com [40.107.24.108])",
              ident="Aq2rS5t8")
    return message(hs, text(body))


@make.mail(N(26), family="application_receipt", lang="fr", interview=False, company="Belvès Hôtels & Resorts",
           note="Workday acknowledgement of the application; no interview yet")
def m26():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Bonjour Julien Lafitte,</p>
        <p>Nous vous remercions pour votre candidature au poste de <b>Responsable Spa &amp; Bien-être -
        Hôtel Belvès Arcachon (R-0048812)</b>.</p>
        <p>Votre dossier a bien été transmis à notre équipe Recrutement. Si votre profil correspond à
        nos attentes, nous vous contacterons dans les prochaines semaines pour convenir d'un
        entretien.</p>
        <p>Vous pouvez à tout moment consulter le statut de votre candidature dans votre
        <a href="https://belves.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Belvès Hôtels &amp; Resorts</p>
        <p style="font-size:8pt;color:#777">Ce message a été généré automatiquement. Merci de ne pas y
        répondre.</p>
        </div></body></html>
        """)
    hs = head(("Belvès Hôtels & Resorts", "belves@myworkday.com"),
              "Nous avons bien reçu votre candidature - Responsable Spa & Bien-être (R-0048812)",
              "2026-09-08 22:14", PARIS, "<1529386251.80107.1788898440552@wd3-prod-mail02.myworkday.com>",
              relay="wd3-prod-mail02.myworkday.com (wd3-prod-mail02.myworkday.com [198.73.209.42])",
              ident="Wd1bC4e6")
    return message(hs, html(page, cte="base64"))


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Nuvia Wellness Resorts",
           note="Personio acknowledgement of the application, English (Spanish employer); no interview yet")
def m27():
    body = t("""
        Dear Julien Lafitte,

        Thank you for your interest in Nuvia Wellness Resorts and for applying for the position of
        Spa Operations Manager (Costa del Sol).

        We have received your application and will review it carefully. We aim to respond to every
        candidate within two weeks.

        Kind regards,
        The Nuvia People & Culture team

        This is an automated message. Please do not reply.
        """)
    hs = head(("Nuvia Wellness Resorts", "noreply@mail.personio.de"),
              "Your application at Nuvia Wellness Resorts", "2026-09-07 08:31", MADRID,
              "<20260907063102.88310472.1a9c@mail.personio.de>",
              relay="mail.personio.de (mail.personio.de [52.29.117.88])", ident="Pn0aE2r7")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(28), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert for spa manager openings; no interview")
def m28():
    body = t("""
        Bonjour Julien,

        8 nouvelles offres correspondent à votre alerte « Responsable spa - Nouvelle-Aquitaine » :

        - Responsable d'institut spa - Hôtel 5* - Bordeaux (CDI)
        - Directeur/Directrice d'établissement thermal - Landes (CDI)
        - Spa manager - Resort & Golf - Anglet (CDI)
        - Responsable d'exploitation centre aquatique - Mont-de-Marsan (CDI)
        - Gouvernant(e) spa - Biarritz (CDD 8 mois)
        - Responsable des soins - Thermes - Cambo-les-Bains (CDI)
        - Responsable Spa & Bien-être - Arcachon (CDI)
        - Chef de projet ouverture spa - Pays basque (CDI)

        Voir toutes les offres : https://www.emploi-bienetre.fr/alertes/a81f33

        Vous recevez cet e-mail car vous avez créé une alerte sur EmploiBienÊtre.
        Se désabonner : https://www.emploi-bienetre.fr/desabonnement?u=5521
        """)
    items = "".join(f"<li><a href=\"https://www.emploi-bienetre.fr/o/{i}\">{ln[2:]}</a></li>\n"
                    for i, ln in enumerate(body.split("\n")[4:12], start=90211))
    page = ("<html><body style=\"font-family:Arial,sans-serif\">\n<p>Bonjour Julien,</p>\n"
            "<p>8 nouvelles offres correspondent à votre alerte « Responsable spa - Nouvelle-Aquitaine » :</p>\n"
            f"<ul>\n{items}</ul>\n"
            "<p><a href=\"https://www.emploi-bienetre.fr/alertes/a81f33\">Voir toutes les offres</a></p>\n"
            "<p style=\"font-size:11px;color:#888\">Vous recevez cet e-mail car vous avez créé une alerte sur "
            "EmploiBienÊtre. <a href=\"https://www.emploi-bienetre.fr/desabonnement?u=5521\">Se désabonner</a>"
            "</p>\n</body></html>\n")
    hs = head(("EmploiBienÊtre", "alertes@emploi-bienetre.fr"),
              "8 nouvelles offres : Responsable spa - Nouvelle-Aquitaine", "2026-09-07 07:00", PARIS,
              "<20260907050002.5521.a81f33@mailer.emploi-bienetre.fr>",
              relay="mailer.emploi-bienetre.fr (mailer.emploi-bienetre.fr [51.68.12.140])", ident="Eb7gH1k3",
              extra=[("List-Unsubscribe", "<https://www.emploi-bienetre.fr/desabonnement?u=5521>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(29), family="newsletter", lang="fr", interview=False, company=None,
           note="Trade newsletter whose lead item is an 'Entretien' (a press interview) with a spa director "
                "and a trade-fair date; not Julien's job interview", days=(("Thu", "2026-11-19"),))
def m29():
    body = t("""
        LA LETTRE DU THERMALISME - n° 412 - octobre 2026

        ENTRETIEN
        « La cure doit devenir une expérience » : entretien avec Marie-Laure Cazenave, directrice
        des Thermes de Préchacq-les-Sources, qui a rouvert son établissement après dix-huit mois de
        travaux.

        CHIFFRES
        Fréquentation 2026 : +4,2 % de curistes conventionnés en Nouvelle-Aquitaine.

        RÉGLEMENTATION
        Légionelles : ce que change l'arrêté du 12 juin pour les établissements thermaux.

        AGENDA
        Rencontres du Thermalisme Aquitain - jeudi 19 novembre, Dax.

        EMPLOI
        Les profils « responsable d'exploitation » toujours très recherchés.

        Se désinscrire : https://www.lettre-thermalisme.fr/desinscription
        """)
    hs = head(("La Lettre du Thermalisme", "info@lettre-thermalisme.fr"),
              "Entretien avec Marie-Laure Cazenave - La Lettre du Thermalisme n° 412", "2026-10-01 06:30",
              PARIS, "<412.20261001043000.b81c@lettre-thermalisme.fr>",
              relay="smtp.lettre-thermalisme.fr (smtp.lettre-thermalisme.fr [37.59.88.211])", ident="Lt5hM2p9",
              charset="iso-8859-15",
              extra=[("List-Unsubscribe", "<https://www.lettre-thermalisme.fr/desinscription>"),
                     ("Precedence", "bulk")])
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(30), family="recruiter_outreach", lang="fr", interview=False, company="Harmonie Conseil",
           note="Headhunter's first approach for a confidential client: asks for a call, nothing fixed")
def m30():
    body = t("""
        Bonjour Julien,

        Je suis consultante au sein du cabinet Harmonie Conseil, spécialisé dans le recrutement de
        cadres pour le thermalisme, le tourisme de santé et l'hôtellerie haut de gamme.

        Je mène actuellement, pour le compte d'un groupe thermal reconnu (nom communiqué lors de
        notre échange), la recherche d'un Directeur d'exploitation pour un établissement de
        80 collaborateurs dans les Pyrénées. Votre parcours à Dax a retenu toute mon attention.

        Seriez-vous ouvert à un premier échange confidentiel d'une trentaine de minutes, cette
        semaine ou la suivante ?

        Bien à vous,

        Marion Delbès
        Consultante senior - Harmonie Conseil
        06 12 48 77 30
        """)
    hs = head(("Marion Delbès", "marion.delbes@harmonie-conseil.fr"),
              "Opportunité confidentielle - Direction d'exploitation thermale", "2026-09-22 10:12", PARIS,
              "<a3e7c1f0-9b24-4d58-8e61-0f2b7c5d9a14@harmonie-conseil.fr>",
              relay="mail-vi1eur04on2101.outbound.protection.outlook.com ([40.107.8.101])", ident="Hc8kL3m1")
    return message(hs, text(body))


@make.mail(N(31), family="proposal_unconfirmed", lang="fr", interview=False, company="Domaine de Lestrade",
           note="General manager proposes two possible days, 'en fin de matinée', no hour, nothing confirmed "
                "yet (the invitation came the next day)", days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23")))
def m31():
    body = t("""
        Bonjour Monsieur Lafitte,

        Merci pour votre candidature au poste de responsable du spa, que j'ai lue avec beaucoup
        d'intérêt. Votre expérience de l'exploitation thermale à Dax est exactement ce que nous
        cherchons pour l'ouverture de notre nouvel espace de vinothérapie au printemps.

        Seriez-vous disponible pour venir nous rencontrer au Domaine le mardi 22 ou le mercredi
        23 septembre, en fin de matinée ? Dites-moi ce qui vous convient le mieux et je vous
        enverrai une invitation.

        Bien cordialement,

        Bertrand Mazeau
        Directeur général - Domaine de Lestrade
        Hôtel & Spa ****, Martillac
        """)
    hs = head(("Bertrand Mazeau", "b.mazeau@domaine-lestrade.fr"), "Votre candidature - Responsable du spa",
              "2026-09-17 18:21", PARIS, "<CAF9pQ3mZ7wYx1kR4tN8bV2cL6dH0sJ5gE9aUo@mail.gmail.com>",
              relay="mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])", ident="Dl4nW9s2")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="scheduling_link", lang="fr", interview=False, company="Sérénis Résidences",
           note="Lever self-scheduling link: choose a slot, nothing booked yet")
def m32():
    body = t("""
        Bonjour Julien,

        Merci pour votre candidature au poste de Responsable bien-être régional (Sud-Ouest) chez
        Sérénis Résidences.

        Nous aimerions organiser un premier entretien vidéo de 30 minutes avec Hugo Lambert,
        Directeur des opérations. Merci de choisir le créneau qui vous convient via le lien
        ci-dessous :

        https://hire.lever.co/interviews/schedule/7d21e4f0-3c9a-4b8e-a516-92f0c7b1e3d8

        Les créneaux proposés couvrent les deux semaines à venir.

        Cordialement,
        Aurore Maillet
        Chargée de recrutement - Sérénis Résidences
        """)
    hs = head(("Aurore Maillet", "no-reply@hire.lever.co"),
              "Sérénis Résidences - choisissez un créneau pour votre entretien", "2026-10-06 14:40", PARIS,
              "<lever.7d21e4f0-3c9a-4b8e-a516-92f0c7b1e3d8@hire.lever.co>",
              relay="mail-a.lever.co (mail-a.lever.co [198.21.5.27])", ident="Lv6pQ0r4",
              extra=[("Reply-To", addr("Aurore Maillet", "aurore.maillet@serenis-residences.fr"))])
    return message(hs, text(body))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Alpenquell Hospitality",
           note="Greenhouse availability request (English, Swiss employer): asks for availability, "
                "nothing fixed")
def m33():
    body = t("""
        Hi Julien,

        Thank you for applying for the Group Spa Operations Manager position at Alpenquell
        Hospitality. We would love to set up a 45-minute video interview with Lukas Meier, our
        Director of Spa Operations.

        Please let us know when you are available over the next two weeks by selecting all the
        times that work for you here:

        https://app.greenhouse.io/candidate_availability/b8f2c4e1a7d93056

        Please note that our team is based in Zurich (CET/CEST).

        Best regards,
        Nadia Brunner
        Talent Acquisition Coordinator | Alpenquell Hospitality AG
        """)
    hs = head(("Alpenquell Hospitality", "no-reply@us.greenhouse-mail.io"),
              "Alpenquell Hospitality - please share your availability", "2026-09-04 11:37", ZURICH,
              "<0100019b9f0c3a27-2e5d8b16-9c70-4f3a-b1e2-7d40a6c95f18-000000@email.amazonses.com>",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              ident="Gh2uX7c5",
              extra=[("Reply-To", addr("Nadia Brunner", "nadia.brunner@alpenquell.ch"))])
    return message(hs, text(body, cte="base64"))


@make.mail(N(34), family="auto_reply", lang="fr", interview=False, company="Belvès Hôtels & Resorts",
           note="Recruiter's out-of-office reply to Julien's thank-you; a return date, no interview",
           days=(("Mon", "2026-09-28"),))
def m34():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 28 septembre inclus, avec un accès limité à ma
        messagerie.

        Pour toute demande urgente concernant un recrutement, merci de contacter
        recrutement@belves-hotels.com.

        Cordialement,
        Claire Fontanel
        """)
    hs = head(("Claire Fontanel", "claire.fontanel@belves-hotels.com"),
              "Réponse automatique : Merci pour notre échange de ce matin", "2026-09-21 12:10", PARIS,
              "<AM9PR02MB7341F0A1B2C3D4E5F6A7B8C9D0E1F@AM9PR02MB7341.eurprd02.prod.outlook.com>",
              relay="EUR02-AM0-obe.outbound.protection.outlook.com ([40.107.247.77])", ident="Bv9aO1i3",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJf2mXo1Mn0bVc9xZ8aS7dF6gH5jK4lQ3wE2rT@mail.gmail.com>")])
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="fr", interview=False, company=None,
           note="DSN: Julien's thank-you after the Domaine de Lestrade interview bounced (typo .com); the "
                "attached original mentions the interview but is Julien's own mail")
def m35():
    report = t("""
        Ceci est un message automatique du serveur de messagerie.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires.

        <b.mazeau@domaine-lestrade.com> : l'adresse est introuvable (550 5.1.1 user unknown).
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        Arrival-Date: Tue, 29 Sep 2026 19:02:11 +0200

        Final-Recipient: rfc822; b.mazeau@domaine-lestrade.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.domaine-lestrade.com
        Diagnostic-Code: smtp; 550 5.1.1 <b.mazeau@domaine-lestrade.com>: Recipient address rejected
        """)
    orig_body = t("""
        Bonjour Monsieur Mazeau,

        Merci pour notre entretien de cet après-midi et pour la visite du Domaine. Le projet de
        l'espace de vinothérapie m'enthousiasme beaucoup.

        Bien cordialement,
        Julien Lafitte
        """)
    orig = message([("From", ME_ADDR), ("To", "b.mazeau@domaine-lestrade.com"),
                    ("Subject", "Merci pour notre entretien"), ("Date", date("2026-09-29 19:02", PARIS)),
                    ("Message-ID", "<CAJf2mXo5Tr8uYv1wXz2aB3cD4eF5gH6iJ7kL8m@mail.gmail.com>")],
                   text(orig_body))
    hs = head(("Mail Delivery System", "MAILER-DAEMON@mx1.example.com"),
              "Undelivered Mail Returned to Sender", "2026-09-29 19:02", PARIS,
              "<20260929170215.4F2A31C0E2@mx1.example.com>", relay="localhost", ident="Dsn8r2K1",
              extra=[("Auto-Submitted", "auto-replied")])
    body = multipart("report", text(report, cte="8bit"),
                     raw_part([("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    return message(hs, body)


@make.mail(N(36), family="offer", lang="fr", interview=False, company="Océane Thalasso Biarritz",
           note="Offer letter (promesse d'embauche) with a PDF and a start date; an answer deadline, no "
                "interview", days=(("Fri", "2026-11-27"),))
def m36():
    body = t("""
        Bonjour Julien,

        C'est avec un grand plaisir que je vous adresse, au nom de la direction d'Océane Thalasso
        Biarritz, notre proposition d'embauche pour le poste de Responsable des opérations spa, en
        CDI, statut cadre.

        Vous trouverez en pièce jointe la promesse d'embauche détaillant la rémunération, les
        avantages et la date de prise de poste envisagée (début janvier).

        Nous vous serions reconnaissants de nous faire part de votre réponse d'ici le vendredi
        27 novembre. Je reste bien sûr disponible pour en parler par téléphone.

        Bien cordialement,

        Pauline Iriarte
        Directrice - Océane Thalasso Biarritz
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Promesse_embauche_J_Lafitte.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Promesse_embauche_J_Lafitte.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], b64(pdf))
    hs = head(("Pauline Iriarte", "pauline.iriarte@oceane-thalasso.fr"),
              "Proposition d'embauche - Responsable des opérations spa", "2026-11-16 17:30", PARIS,
              "<f1c9a8e2-3b7d-4c05-9e14-6a2d0b8f7c53@oceane-thalasso.fr>",
              relay="smtp.oceane-thalasso.fr (smtp.oceane-thalasso.fr [185.24.172.9])", ident="Oc1tY5w7")
    return message(hs, mixed(text(body), att))


@make.mail(N(37), family="personal_appointment", lang="fr", interview=False, company=None,
           note="Physiotherapy appointment confirmation with a fixed time; a personal appointment",
           days=(("Tue", "2026-10-06"),))
def m37():
    body = t("""
        Bonjour Julien Lafitte,

        Votre rendez-vous est confirmé :

        Mardi 6 octobre 2026 à 18h15
        Séance de kinésithérapie avec Mme Nadège Larrieu
        Cabinet de kinésithérapie des Arènes, 5 rue des Arènes, 40100 Dax

        Pensez à apporter votre ordonnance et votre carte Vitale.

        En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis votre espace
        Rdv-Soins.

        À bientôt sur Rdv-Soins
        """)
    page = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</body></html>\n"
    hs = head(("Rdv-Soins", "ne-pas-repondre@rdv-soins.fr"),
              "Confirmation de votre rendez-vous du mardi 6 octobre 2026 à 18:15", "2026-09-30 20:05", PARIS,
              "<rdv.8841207.20260930180512@rdv-soins.fr>",
              relay="mta2.rdv-soins.fr (mta2.rdv-soins.fr [51.159.33.17])", ident="Rs2dF6g8")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Exchange invitation from Julien's current director to a team planning meeting (Romance "
                "Standard Time); a work meeting, not a job interview")
def m38():
    body = t("""
        Quand : jeudi 8 octobre 2026 09:00-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Thermes de l'Adour - salle de réunion RDC

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Réunion d'encadrement pour préparer la saison 2027 : plannings des agents thermaux,
        fermeture technique de décembre, bilan de fréquentation.

        Merci de venir avec vos chiffres.

        Patrick
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Patrick Lalanne:mailto:p.lalanne@thermes-adour.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Lafitte:mailto:julien.lafitte@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Séverine Darracq:mailto:s.darracq@thermes-adour.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luc Bordes:mailto:l.bordes@thermes-adour.fr
UID:040000008200E00074C5B7101A82E00800000000E3A1B5C72D52DB01000000000000000010000000C0FFEE11223344556677889900AABB
SUMMARY;LANGUAGE=fr-FR:Réunion d'encadrement - préparation saison 2027
DTSTART;TZID=Romance Standard Time:20261008T090000
DTEND;TZID=Romance Standard Time:20261008T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T073012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Thermes de l'Adour - salle de réunion RDC
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(("Patrick Lalanne", "p.lalanne@thermes-adour.fr"),
              "Réunion d'encadrement - préparation saison 2027", "2026-10-02 09:30", PARIS,
              "<PR1P264MB2011A9B8C7D6E5F4A3B2C1D0E9F87@PR1P264MB2011.FRAP264.PROD.OUTLOOK.COM>",
              relay="FRA01-PR2-obe.outbound.protection.outlook.com ([40.107.12.51])", ident="Ta3eB7n0",
              extra=[("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(39), family="event_registration", lang="fr", interview=False, company=None,
           note="Registration to a regional trade day with a fixed time and an .ics; an event, not an "
                "interview", days=(("Thu", "2026-11-19"),))
def m39():
    body = t("""
        Bonjour Julien Lafitte,

        Votre inscription aux Rencontres du Thermalisme Aquitain est confirmée.

        Jeudi 19 novembre 2026, de 9h00 à 17h30
        Atrium de Dax, cours Foch, 40100 Dax

        Au programme : table ronde « Recruter et fidéliser les agents thermaux », ateliers
        maintenance et qualité de l'eau, remise des trophées de l'innovation thermale.

        Votre billet (n° RTA-2026-0877) est en pièce jointe ; ajoutez l'événement à votre agenda
        avec le fichier .ics.

        L'équipe des Rencontres
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Evenzo//Billetterie//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rta-2026-0877@evenzo.fr
DTSTAMP:20261012T121500Z
DTSTART;TZID=Europe/Paris:20261119T090000
DTEND;TZID=Europe/Paris:20261119T173000
SUMMARY:Rencontres du Thermalisme Aquitain 2026
LOCATION:Atrium de Dax\\, cours Foch\\, 40100 Dax
END:VEVENT
END:VCALENDAR"""
    hs = head(("Rencontres du Thermalisme Aquitain", "billetterie@evenzo.fr"),
              "Votre inscription aux Rencontres du Thermalisme Aquitain 2026", "2026-10-12 14:15", PARIS,
              "<evz.20261012121500.0877@evenzo.fr>",
              relay="out.evenzo.fr (out.evenzo.fr [5.39.64.201])", ident="Ev4jP8k2")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rencontres-2026.ics",
                                      disposition="attachment")))


@make.mail(N(40), family="travel", lang="fr", interview=False, company=None,
           note="Train e-ticket Dax-Biarritz for the morning of the Marbrière interview; a trip, not an "
                "interview", days=(("Tue", "2026-10-06"),))
def m40():
    body = t("""
        Bonjour Julien,

        Merci d'avoir voyagé avec RailEo. Voici votre e-billet.

        ALLER - mardi 6 octobre 2026
        Dax 07:12 -> Biarritz 07:48 - TER 864107 - voiture 2, place 41
        RETOUR - mardi 6 octobre 2026
        Biarritz 12:15 -> Dax 12:52 - TER 864120

        Référence de dossier : QRZ7PL
        Montant payé : 21,40 EUR

        Présentez le QR code de votre billet (en pièce jointe) au contrôleur.

        Bon voyage,
        RailEo
        """)
    hs = head(("RailEo", "billets@raileo.fr"), "Votre e-billet Dax - Biarritz du 06/10/2026 (QRZ7PL)",
              "2026-10-03 11:47", PARIS, "<QRZ7PL.20261003094722@mail.raileo.fr>",
              relay="mail.raileo.fr (mail.raileo.fr [62.210.93.44])", ident="Re5nK0v6")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(41), family="receipt", lang="fr", interview=False, company=None,
           note="Subscription receipt from a professional network; no interview")
def m41():
    body = t("""
        Reçu de paiement

        Talentis Premium Carrière - abonnement mensuel
        Période : 5 octobre 2026 - 4 novembre 2026
        Montant : 29,99 EUR TTC (dont TVA 5,00 EUR)
        Moyen de paiement : Visa se terminant par 4417

        Merci pour votre confiance.
        Talentis SAS - 48 rue de la Victoire, 75009 Paris
        """)
    hs = head(("Talentis", "factures@talentis.fr"), "Votre reçu Talentis Premium - octobre 2026",
              "2026-10-05 03:12", PARIS, "<receipt.2026-10.77310052@talentis.fr>",
              relay="mail.talentis.fr (mail.talentis.fr [212.83.146.7])", ident="Tl1qS3d9")
    return message(hs, text(body))


@make.mail(N(42), family="assessment", lang="fr", interview=False, company="Wellow",
           note="Case study with a submission deadline; the presentation slot is 'to be fixed later'",
           days=(("Fri", "2026-10-16"),))
def m42():
    body = t("""
        Salut Julien,

        Merci encore pour l'échange de jeudi avec Thomas, il a été très convaincu !

        Comme prochaine étape, on te propose une petite étude de cas : imaginer le plan d'ouverture
        opérationnel de 3 spas partenaires à Bordeaux (recrutement, planning des praticiens,
        indicateurs de qualité). Le brief est en pièce jointe.

        Tu peux nous renvoyer ta proposition (10 slides max) avant le vendredi 16 octobre à 18h.
        On fixera ensuite ensemble un créneau pour que tu nous la présentes.

        Bon courage et à très vite,
        Inès

        Inès Benali
        Talent & Ops - Wellow
        """)
    brief = t("""
        Wellow - Étude de cas Head of Spa Operations

        Contexte : Wellow ouvre 3 spas partenaires à Bordeaux au printemps.
        Attendus : plan d'ouverture, organisation, indicateurs. 10 slides maximum.
        """)
    att = text(brief, cte="base64",
               extra=(("Content-Disposition", 'attachment; filename="Brief_etude_de_cas_Wellow.txt"'),))
    hs = head(("Inès Benali", "ines@wellow.fr"), "Étude de cas - Head of Spa Operations",
              "2026-10-09 10:44", PARIS, "<CAK2wN8r5QpX3vM7bL1cZ9yT0fH4gJ6dE2sA8uo@mail.gmail.com>",
              relay="mail-ed1-f50.google.com (mail-ed1-f50.google.com [209.85.208.50])", ident="Wl9cT2x4")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@make.mail(N(43), family="post_interview", lang="en", interview=False, company="Nuvia Wellness Resorts",
           note="Recruiter's thank-you after the first interview, next steps to come; nothing scheduled")
def m43():
    body = t("""
        Hi Julien,

        Thank you for your time this morning - Javier and I really enjoyed the conversation, and your
        experience running a thermal spa with a medical side is very relevant for us.

        We are meeting the last candidates next week and will come back to you with next steps by
        mid-October at the latest.

        Have a lovely weekend,
        Lucía

        Lucía Ferrer
        People & Culture | Nuvia Wellness Resorts S.L.
        """)
    hs = head(("Lucía Ferrer", "lucia.ferrer@nuviawellness.es"), "Thank you - Nuvia Wellness",
              "2026-09-25 16:10", MADRID, "<CAN7vR2c0AaB1cD2eF3gH4iJ5kL6mN7oP8qR9s@mail.gmail.com>",
              relay="mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])", ident="Nv2tH6y0")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="school", lang="fr", interview=False, company=None,
           note="School parent-teacher meeting with a fixed time; family life, not an interview",
           days=(("Thu", "2026-10-15"),))
def m44():
    body = t("""
        Madame, Monsieur,

        Les rencontres parents-professeurs des classes de 5e auront lieu le jeudi 15 octobre 2026
        de 17h00 à 19h30, au collège.

        Vous trouverez dans l'espace ENT de votre enfant (onglet Vie scolaire > Rendez-vous) les
        créneaux attribués avec chaque professeur. Le créneau avec le professeur principal de la 5e B,
        M. Dufau, vous est réservé à 17h40.

        Le Principal,
        J.-M. Sarraute
        Collège des Arènes - Dax
        """)
    hs = head(("Collège des Arènes - ENT", "ne-pas-repondre@ent-landes.fr"),
              "Rencontres parents-professeurs - 5e B", "2026-10-02 16:20", PARIS,
              "<ent.0400421X.rdv.20261002142011@ent-landes.fr>",
              relay="smtp.ent-landes.fr (smtp.ent-landes.fr [193.49.12.80])", ident="En6uR1a5")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(45), family="personal", lang="fr", interview=False, company=None,
           note="Friend's dinner invitation (tu), with a day and an hour; personal", days=(("Sat", "2026-11-14"),))
def m45():
    body = t("""
        Salut Ju,

        Ça tient toujours samedi 14 ? On vous attend vers 20h à la maison, avec Claire et les
        enfants bien sûr. Je fais le poulet basquaise, amène juste le dessert (et des nouvelles de
        tes entretiens, on veut tout savoir !).

        Bises,
        Seb
        """)
    hs = head(("Sébastien Duprat", "seb.duprat@example.net"), "Samedi soir", "2026-11-11 21:32", PARIS,
              "<CAPw8sL3Dq0Yz6nR1fK4mT9vB2cX7hJ5gE0aWi@mail.gmail.com>",
              relay="mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])", ident="Sd3fM8q1")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="status_update", lang="fr", interview=False, company="Marbrière Hôtels & Resorts",
           note="iCIMS status notice after the first interview; points to the portal, no time")
def m46():
    body = t("""
        Bonjour Julien,

        Le statut de votre candidature au poste de Directeur/Directrice du Spa - Marbrière Biarritz
        (réf. 2026-4471) a été mis à jour.

        Pour le consulter, connectez-vous à votre espace candidat :
        https://careers-marbriere.icims.com/jobs/login

        Cordialement,
        Talent Acquisition - Marbrière Hôtels & Resorts

        Ce message vous a été envoyé par le portail carrières de Marbrière Hôtels & Resorts.
        Merci de ne pas répondre directement à cet e-mail.
        """)
    hs = head(("Marbrière Hôtels & Resorts", "marbriere@talent.icims.com"),
              "Mise à jour de votre candidature (réf. 2026-4471)", "2026-10-14 09:02", PARIS,
              "<1827364519.4471.1791962520077.JavaMail.icims@app-p11.icims.com>",
              relay="mta-out3.icims.com (mta-out3.icims.com [64.94.152.23])", ident="Ic0wE5z7",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(47), family="webinar", lang="fr", interview=False, company=None,
           note="Job board's webinar registration with a fixed time; not an interview",
           days=(("Tue", "2026-10-13"),))
def m47():
    body = t("""
        Bonjour Julien,

        Votre inscription est confirmée !

        Webinaire : « Cadres du bien-être : négocier son salaire et son package »
        Mardi 13 octobre 2026, 12h30 - 13h15
        Animé par Laure Dominguez, coach carrière

        Lien de connexion (à conserver) : https://live.emploi-bienetre.fr/w/negocier-salaire

        L'équipe EmploiBienÊtre
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#2a7a6f">Votre inscription est confirmée !</h2>
        <p><b>Webinaire : « Cadres du bien-être : négocier son salaire et son package »</b><br>
        Mardi 13 octobre 2026, 12h30 - 13h15<br>Animé par Laure Dominguez, coach carrière</p>
        <p><a href="https://live.emploi-bienetre.fr/w/negocier-salaire">Rejoindre le webinaire</a></p>
        <p>L'équipe EmploiBienÊtre</p>
        </body></html>
        """)
    hs = head(("EmploiBienÊtre", "evenements@emploi-bienetre.fr"),
              "Inscription confirmée : négocier son salaire et son package (13/10)", "2026-10-06 18:03", PARIS,
              "<20261006160301.5521.web77@mailer.emploi-bienetre.fr>",
              relay="mailer.emploi-bienetre.fr (mailer.emploi-bienetre.fr [51.68.12.140])", ident="Eb2kW7s0")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(48), family="scheduling_link", lang="fr", interview=False, company="Harmonie Conseil",
           note="Headhunter sends her Calendly link to book a call; nothing booked yet")
def m48():
    body = t("""
        Bonjour Julien,

        Merci pour votre retour rapide, ravie que l'opportunité vous intéresse.

        Je vous laisse réserver directement un créneau de 30 minutes dans mon agenda, à votre
        convenance :
        https://calendly.com/marion-delbes-harmonie/entretien-preselection

        Je vous appellerai sur votre portable à l'heure choisie.

        Bien à vous,

        Marion Delbès
        Consultante senior - Harmonie Conseil

        > Le 22 sept. 2026 à 14:05, Julien Lafitte <julien.lafitte@example.com> a écrit :
        >
        > Bonjour Madame Delbès,
        > Merci pour votre message, je serais ravi d'en savoir plus.
        > Julien Lafitte
        """)
    hs = head(("Marion Delbès", "marion.delbes@harmonie-conseil.fr"),
              "RE: Opportunité confidentielle - Direction d'exploitation thermale", "2026-09-24 09:18", PARIS,
              "<b72e0d14-5c3a-4f81-a9d6-2e8f1b7c4a05@harmonie-conseil.fr>",
              relay="mail-vi1eur04on2101.outbound.protection.outlook.com ([40.107.8.101])", ident="Hc1pX4n6",
              extra=[("In-Reply-To", "<CAJf2mXo3Hd7kR9vL2pQ6wT0zB8nM4cX1fY5gA@mail.gmail.com>")])
    return message(hs, text(body))


@make.mail(N(49), family="rejection", lang="fr", interview=False, company="Hôtel Ondarra",
           note="Rejection after the Hôtel Ondarra interview (Workable); no time fixed")
def m49():
    body = t("""
        Bonjour Julien,

        Merci beaucoup pour notre rencontre du 6 novembre et pour l'intérêt que vous portez à
        l'Hôtel Ondarra.

        Nous avons finalement choisi une candidate qui parle basque et connaît déjà notre
        clientèle, un critère devenu important pour nous. Ce choix ne remet pas en cause la qualité
        de votre parcours, qui nous a beaucoup impressionnés.

        Je vous souhaite le meilleur pour la suite,

        Maïté Etcheverry
        Hôtel Ondarra
        """)
    hs = head(("Hôtel Ondarra", "noreply@candidates.workablemail.com"),
              "Votre candidature - Responsable Spa & Bien-être - Hôtel Ondarra", "2026-11-16 10:05", PARIS,
              "<wk.c3f9a12e.1794819900@candidates.workablemail.com>",
              relay="o2.candidates.workablemail.com (o2.candidates.workablemail.com [168.245.84.20])",
              ident="Wk8mZ3b1",
              extra=[("Reply-To", "hotel-ondarra+c3f9a12e@candidates.workablemail.com")])
    return message(hs, text(body, cte="base64"))


@make.mail(N(50), family="platform_notification", lang="fr", interview=False, company=None,
           note="Professional-network notification (profile appearances); no interview")
def m50():
    body = t("""
        Julien, votre profil a été vu 14 fois cette semaine

        Parmi les personnes qui ont consulté votre profil :
        - Un(e) responsable RH - Groupe hôtelier, Bordeaux
        - Un(e) chasseur de têtes - Cabinet de recrutement, Paris
        - Un(e) directeur/directrice - Établissement thermal, Hautes-Pyrénées

        Vous êtes apparu dans 9 recherches de recruteurs.

        Voir qui a consulté votre profil : https://www.talentis.fr/me/vues
        Gérer vos notifications : https://www.talentis.fr/parametres/notifications
        """)
    page = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</body></html>\n"
    hs = head(("Talentis", "notifications@talentis.fr"), "Julien, votre profil a été vu 14 fois cette semaine",
              "2026-10-19 08:00", PARIS, "<notif.weekly.77310052.20261019@talentis.fr>",
              relay="mail.talentis.fr (mail.talentis.fr [212.83.146.7])", ident="Tl7vB0c2",
              extra=[("Precedence", "bulk"),
                     ("List-Unsubscribe", "<https://www.talentis.fr/parametres/notifications>")])
    return message(hs, alt(text(body), html(page)))
