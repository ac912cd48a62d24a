"""blind97: 50 hand-written mails from the inbox of Maël Le Goff, a software tester in Rennes.

Written blind (without reading the detector, its tests, or any other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind97``.

File numbers are a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the
negatives; the mail written ``key``-th is ``blind97_{ORDER[key-1]:03d}.eml``.
"""

from __future__ import annotations

import base64
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
    t,
    text,
)

ORDER = random.Random(97097).sample(range(1, 51), 50)

ME = "mael.legoff@example.org"
ME_NAME = "Maël Le Goff"
PARIS = "Europe/Paris"
DUBLIN = "Europe/Dublin"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_GMT = VTZ["GMT Standard Time"]


def N(key: int) -> str:
    return f"blind97_{ORDER[key - 1]:03d}"


def me() -> str:
    return addr(ME_NAME, ME)


def _h(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str | None = None,
         relay: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         delivered: str = ME) -> list[tuple[str, str]]:
    """Common top headers: Delivered-To, Received (when a relay host is given), From, To, Subject, Date, Message-ID."""
    hs: list[tuple[str, str]] = [("Delivered-To", delivered)]
    if relay:
        ident = f"mx2.example.org (Postfix) with ESMTPS id 4{_h(mid, 10).upper()}"
        hs.append(("Received", make.received(f"from {relay}", when, zone, ident, delivered)))
    hs += [("From", frm), ("To", to or me()), ("Subject", enc(subject, charset)),
           ("Date", date(when, zone)), ("Message-ID", mid)]
    hs += list(extra)
    return hs


def b64_part(ctype: str, data: bytes, filename: str) -> make.Part:
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'{ctype}; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], body)


def mail(key: int, **kw):
    return make.mail(N(key), **kw)


# =========================================================================== positives (1-23)


@mail(1, family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start="2026-09-15T12:00:00Z", end="2026-09-15T13:00:00Z",
      contact="solene.guillou@kerlann-logiciels.fr", company="Kerlann Logiciels",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=PARIS,
      note="Greenhouse confirmation in French, 'mardi 15 septembre 2026, 14:00 - 15:00 (heure de Paris)': "
           "CEST (UTC+2) -> 12:00Z-13:00Z; sender is no-reply, contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Bonjour Maël,

        Merci pour l'intérêt que vous portez au poste de Testeur·euse QA confirmé·e chez Kerlann Logiciels.
        Nous avons le plaisir de vous confirmer votre entretien :

          Date :       mardi 15 septembre 2026
          Heure :      14:00 - 15:00 (heure de Paris)
          Format :     visioconférence Google Meet
          Lien :       https://meet.google.com/xqe-ftkd-bwa
          Avec :       Solène Guillou (Talent Acquisition) et Erwan Le Bihan (QA Lead)

        L'entretien portera sur votre parcours et sur un petit cas pratique de stratégie de test
        (pas besoin de préparer quoi que ce soit, on le découvrira ensemble).

        Un empêchement ? Répondez simplement à cet e-mail, il arrivera directement à Solène.

        À très vite,
        L'équipe recrutement de Kerlann Logiciels

        --
        Powered by Greenhouse
        Si vous ne souhaitez plus recevoir d'e-mails concernant cette candidature, contactez Kerlann Logiciels.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f7f7f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f7f7f7">
        <tr><td align="center" style="padding:24px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#333">
        <tr><td style="padding:24px 32px"><img src="https://grnhse-prod.s3.amazonaws.com/logos/kerlann.png" alt="Kerlann Logiciels" width="140"></td></tr>
        <tr><td style="padding:0 32px">
        <p>Bonjour Maël,</p>
        <p>Merci pour l'intérêt que vous portez au poste de <strong>Testeur·euse QA confirmé·e</strong> chez Kerlann Logiciels.
        Nous avons le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <table cellpadding="4" style="font-size:15px">
        <tr><td><b>Date&nbsp;:</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure&nbsp;:</b></td><td>14:00 - 15:00 (heure de Paris)</td></tr>
        <tr><td><b>Format&nbsp;:</b></td><td>visioconférence Google Meet</td></tr>
        <tr><td><b>Lien&nbsp;:</b></td><td><a href="https://meet.google.com/xqe-ftkd-bwa">meet.google.com/xqe-ftkd-bwa</a></td></tr>
        <tr><td><b>Avec&nbsp;:</b></td><td>Solène Guillou (Talent Acquisition) et Erwan Le Bihan (QA Lead)</td></tr>
        </table>
        <p>L'entretien portera sur votre parcours et sur un petit cas pratique de stratégie de test
        (pas besoin de préparer quoi que ce soit, on le découvrira ensemble).</p>
        <p>Un empêchement&nbsp;? Répondez simplement à cet e-mail, il arrivera directement à Solène.</p>
        <p>À très vite,<br>L'équipe recrutement de Kerlann Logiciels</p>
        </td></tr>
        <tr><td style="padding:24px 32px;font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io" style="color:#999">Greenhouse</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    mid = "<0100019a2f4c1d3e-5b8e9a71-3c1f-4e0a-9d52-1f7be0c8a611-000000@email.amazonses.com>"
    hs = head(addr("Kerlann Logiciels", "no-reply@us.greenhouse-mail.io"),
              "Confirmation de votre entretien – Kerlann Logiciels", "2026-09-09 16:12:41", PARIS, mid,
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Solène Guillou", "solene.guillou@kerlann-logiciels.fr")),
                     ("X-SES-Outgoing", "2026.09.09-54.240.48.112")))
    return message(hs, alt(text(body), html(page)))


@mail(2, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-24T12:30:00Z", contact="gwenaelle.tanguy@ti-kod.fr", company="Ti Kod",
      local="Thu 2026-09-24 14:30", zone=PARIS,
      note="Phone-written reply (tu) sent Wed 23 Sep 2026 00:41 +0200, which is still "
           "Tue 22 Sep in UTC; 'demain à 14 h 30' resolves against the sender's local date -> Thu 24 Sep, CEST "
           "-> 12:30Z; 'Compte 1h max' is not an exact length, end null")
def m02() -> bytes:
    body = t("""
        Salut Maël,

        Top, j'ai enfin eu Yann (désolée pour l'heure, grosse journée), il est ok pour qu'on se voie demain à 14 h 30 dans nos locaux (12 rue de la Visitation, 2e étage, sonne à "Ti Kod"). Compte 1h max, c'est surtout pour que tu rencontres l'équipe et qu'on parle de ta façon de tester, rien de scolaire.

        Si jamais t'es en vélo y a un arceau dans la cour.

        À demain !
        Gwen

        Envoyé de mon iPhone

        > Le 22 sept. 2026 à 17:02, Maël Le Goff <mael.legoff@example.org> a écrit :
        >
        > Bonjour Gwenaëlle,
        >
        > Merci pour ton retour rapide. Je suis dispo jeudi ou vendredi après-midi cette semaine, dis-moi ce qui arrange Yann.
        >
        > Bonne soirée,
        > Maël
        """)
    mid = "<6E0B1F52-77A2-4C3D-9F0E-1B2A5D8C9E41@ti-kod.fr>"
    hs = head(addr("Gwenaëlle Tanguy", "gwenaelle.tanguy@ti-kod.fr"), "Re: Candidature testeur – Ti Kod",
              "2026-09-23 00:41:07", PARIS, mid,
              relay="smtp.ti-kod.fr (smtp.ti-kod.fr [91.121.44.17])",
              extra=(("In-Reply-To", "<CAF3d9x+Qm2k@mail.example.org>"),
                     ("References", "<CAF3d9x+Qm2k@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (21H16)")))
    return message(hs, text(body, cte="8bit"))


@mail(3, family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T09:00:00Z", end="2026-09-30T09:45:00Z",
      contact="ciara.brennan@liffeyworks.ie", company="Liffeyworks",
      local="Wed 2026-09-30 10:00", local_end="2026-09-30 10:45", zone=DUBLIN,
      note="Lever confirmation, 'Wednesday, September 30, 2026, 10:00 AM - 10:45 AM Irish time (IST, UTC+1)': "
           "Irish Standard Time in summer = UTC+1 (not India) -> 09:00Z-09:45Z, the ICS (UTC) agrees; "
           "contact = Reply-To recruiter")
def m03() -> bytes:
    body = t("""
        Hi Maël,

        Thanks for choosing a time. Here are the details of your upcoming interview with Liffeyworks:

        QA Engineer (Remote, EU) - Video interview
        Wednesday, September 30, 2026
        10:00 AM - 10:45 AM Irish time (IST, UTC+1)

        Interviewers: Ciara Brennan (Talent Partner), Rory Gallagher (Engineering Manager, Quality)
        Location: Microsoft Teams - the link is in the attached calendar invite

        If you need to make a change, just reply to this email and Ciara will sort it out.

        Best of luck,
        The Liffeyworks Talent Team

        Sent via Lever
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Maël,</p>
        <p>Thanks for choosing a time. Here are the details of your upcoming interview with Liffeyworks:</p>
        <div style="border:1px solid #e5e7eb;border-radius:6px;padding:12px 16px;margin:12px 0">
        <div style="font-weight:600">QA Engineer (Remote, EU) - Video interview</div>
        <div>Wednesday, September 30, 2026</div>
        <div>10:00 AM - 10:45 AM Irish time (IST, UTC+1)</div>
        </div>
        <p>Interviewers: Ciara Brennan (Talent Partner), Rory Gallagher (Engineering Manager, Quality)<br>
        Location: Microsoft Teams - the link is in the attached calendar invite</p>
        <p>If you need to make a change, just reply to this email and Ciara will sort it out.</p>
        <p>Best of luck,<br>The Liffeyworks Talent Team</p>
        <p style="color:#9ca3af;font-size:11px">Sent via <a href="https://www.lever.co" style="color:#9ca3af">Lever</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-7c1e0b9a-52f4-4b0e-8d33-a1c2f9e0d7b4
        DTSTAMP:20260924T100512Z
        DTSTART:20260930T090000Z
        DTEND:20260930T094500Z
        SUMMARY:Maël Le Goff <> Liffeyworks - QA Engineer (Remote, EU)
        DESCRIPTION:Video interview with Ciara Brennan and Rory Gallagher.\\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Y2E3ZTIt%40thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Ciara Brennan:mailto:ciara.brennan@liffeyworks.ie
        ATTENDEE;CN=Maël Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mael.legoff@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<20260924100512.7c1e0b9a52f4@hire.lever.co>"
    hs = head(addr("Liffeyworks", "no-reply@hire.lever.co"), "Your interview with Liffeyworks is confirmed",
              "2026-09-24 11:05:12", DUBLIN, mid,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", addr("Ciara Brennan", "ciara.brennan@liffeyworks.ie")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(4, family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
      contact="camille.fournier@mutualis-groupe.fr", company="Groupe Mutualis",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PARIS,
      note="Exchange meeting request (Romance Standard Time) sent Thu 22 Oct in CEST for Mon 26 Oct, the day "
           "after Europe's switch back to CET: 09:30-10:30 UTC+1 -> 08:30Z-09:30Z (not 07:30Z); ICS agrees; "
           "contact = human organizer/sender")
def m04() -> bytes:
    body = t("""
        Bonjour Maël,

        Comme convenu par téléphone, voici l'invitation pour votre entretien avec Jérôme Tessier (responsable recette) et moi-même.
        L'entretien se déroulera sur Teams ; prévoyez une heure.

        Bien cordialement,

        Camille Fournier
        Chargée de recrutement IT | Groupe Mutualis
        T. 01 84 60 22 17
        camille.fournier@mutualis-groupe.fr

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3MmU0OGMtYTk5%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>
        ID de la réunion : 318 447 205 96
        Code secret : Xq7pL2
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Maël,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Comme convenu par téléphone, voici l'invitation pour votre entretien avec Jérôme Tessier (responsable recette) et moi-même.<br>
        L'entretien se déroulera sur Teams&nbsp;; prévoyez une heure.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
        <p class="MsoNormal"><b>Camille Fournier</b><br>Chargée de recrutement IT | Groupe Mutualis<br>T. 01 84 60 22 17<o:p></o:p></p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Réunion Microsoft Teams</span></b></p>
        <p class="MsoNormal"><b><span style="font-size:10.5pt;color:#252424">Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3MmU0OGMtYTk5%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d"><b>Cliquez ici pour rejoindre la réunion</b></a></p>
        <p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">ID de la réunion&nbsp;: 318 447 205 96<br>Code secret&nbsp;: Xq7pL2</span></p>
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Camille Fournier:mailto:camille.fournier@mutualis-groupe.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maël Le Goff:mailto:mael.legoff@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jérôme Tessier:mailto:jerome.tessier@mutualis-groupe.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maël,\\n\\nComme convenu par téléphone, voici l'invitation pour votre entretien.\\n
        UID:040000008200E00074C5B7101A82E0080000000020A4D3F1B062DD01000000000000000010000000C5D2A3B8E1F0447A9B6E2C1D3F4A5B6C
        SUMMARY;LANGUAGE=fr-FR:Entretien – Testeur logiciel (H/F) – Maël Le Goff
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T071402Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124817230
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
        """)
    mid = "<PR1P264MB38122F0A7D4C9E1B5A6F3C21D9E8A@PR1P264MB3812.FRAP264.PROD.OUTLOOK.COM>"
    hs = head(addr("Camille Fournier", "camille.fournier@mutualis-groupe.fr"),
              "Entretien – Testeur logiciel (H/F) – Maël Le Goff", "2026-10-22 09:14:02", PARIS, mid,
              relay="EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2108.outbound.protection.outlook.com [40.107.241.108])",
              extra=(("Thread-Topic", enc("Entretien – Testeur logiciel (H/F) – Maël Le Goff")),
                     ("Thread-Index", "AdtEkR3b8vT1mQ0rSkqJ0yq2wFh9Jw=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAAgpNPxsGLdAQAAAAAAAAAAEAAAAMXSo7jh8ER6m24sHT9KW2w=")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(5, family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T09:00:00Z", end="2026-10-08T10:00:00Z",
      contact="hugo.vandamme@nordlys-data.fr", company="Nordlys Data",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone=PARIS,
      note="Google Agenda invitation in French, 'jeudi 8 octobre 2026 · 11:00 – 12:00, Europe/Paris' (CEST, "
           "UTC+2) -> 09:00Z-10:00Z, both calendar parts agree; contact = human organizer (From/Reply-To)")
def m05() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique QA – Maël Le Goff
        jeudi 8 octobre 2026 · 11:00 – 12:00
        Fuseau horaire : Europe/Paris

        Informations de connexion Google Meet
        Lien de l'appel vidéo : https://meet.google.com/pzr-kwhv-dne
        Ou appelez le : (FR) +33 1 87 40 12 58 Code : 604 118 732#

        Bonjour Maël, comme convenu : 30 min de revue de ton plan de test (celui de l'exercice) puis 30 min avec Bénédicte (PO). À jeudi ! Hugo

        Organisateur
        Hugo Vandamme
        hugo.vandamme@nordlys-data.fr

        Invités
        Hugo Vandamme - organisateur
        mael.legoff@example.org
        Bénédicte Lefebvre

        Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NmJnZDFhcjRlc2N2

        Répondre pour mael.legoff@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJnZDFhcjRlc2N2&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJnZDFhcjRlc2N2&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJnZDFhcjRlc2N2&rst=3

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications pour
        cet événement, refusez-le. Transférer cette invitation peut permettre à tout destinataire d'envoyer une
        réponse à l'organisateur, d'être ajouté à la liste des invités ou d'inviter d'autres personnes.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <div itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Vous avez été invité à l'événement suivant."></div>
        <table cellpadding="0" cellspacing="0" style="width:100%;max-width:600px">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Entretien technique QA – Maël Le Goff</h2></td></tr>
        <tr><td style="font-size:14px">jeudi 8 octobre 2026 · 11:00 – 12:00<br><span style="color:#70757a">Fuseau horaire&nbsp;: Europe/Paris</span></td></tr>
        <tr><td style="padding-top:12px"><a href="https://meet.google.com/pzr-kwhv-dne" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a></td></tr>
        <tr><td style="padding-top:12px;font-size:14px">Bonjour Maël, comme convenu : 30 min de revue de ton plan de test (celui de l'exercice) puis 30 min avec Bénédicte (PO). À jeudi ! Hugo</td></tr>
        <tr><td style="padding-top:12px;font-size:14px"><b>Organisateur</b><br>Hugo Vandamme<br><a href="mailto:hugo.vandamme@nordlys-data.fr">hugo.vandamme@nordlys-data.fr</a></td></tr>
        <tr><td style="padding-top:12px;font-size:14px"><b>Invités</b><br>Hugo Vandamme - organisateur<br>mael.legoff@example.org<br>Bénédicte Lefebvre</td></tr>
        <tr><td style="padding-top:16px;font-size:12px;color:#70757a">Invitation de <a href="https://calendar.google.com/calendar/">Google Agenda</a></td></tr>
        </table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261008T110000
        DTEND;TZID=Europe/Paris:20261008T120000
        DTSTAMP:20261002T133018Z
        ORGANIZER;CN=Hugo Vandamme:mailto:hugo.vandamme@nordlys-data.fr
        UID:6bgd1ar4escv3o8r2k7m1q9h0s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hugo Vandamme;X-NUM-GUESTS=0:mailto:hugo.vandamme@nordlys-data.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mael.legoff@example.org;X-NUM-GUESTS=0:mailto:mael.legoff@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bénédicte Lefebvre;X-NUM-GUESTS=0:mailto:benedicte.lefebvre@nordlys-data.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/pzr-kwhv-dne
        CREATED:20261002T133015Z
        DESCRIPTION:Bonjour Maël, comme convenu : 30 min de revue de ton plan de test (celui de l'exercice) puis 30 min avec Bénédicte (PO). À jeudi ! Hugo
        LAST-MODIFIED:20261002T133015Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique QA – Maël Le Goff
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-4f1d2a9b-8e3c-4b7a-a0d6-2c5e9f1b7d30@google.com>"
    subject = ("Invitation: Entretien technique QA – Maël Le Goff @ jeu. 8 oct. 2026 11:00 - 12:00 (CEST) "
               "(mael.legoff@example.org)")
    hs = head(addr("Hugo Vandamme", "hugo.vandamme@nordlys-data.fr"), subject, "2026-10-02 15:30:18", PARIS, mid,
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("Hugo Vandamme", "hugo.vandamme@nordlys-data.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(6, family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:30:00Z",
      contact="dana.whitfield@brightwaterhealth.com", company="Brightwater Health",
      local="Tue 2026-11-03 16:00", local_end="2026-11-03 16:30", zone=PARIS,
      note="Calendly invitee confirmation shown in the invitee's zone: '4:00pm - 4:30pm (Central European Time) "
           "on Tuesday, November 3, 2026' -> CET (UTC+1) -> 15:00Z-15:30Z = 10:00 EST for the New York host; "
           "ICS in UTC agrees; contact = Reply-To host (sender is notifications@)")
def m06() -> bytes:
    body = t("""
        Hi Maël Le Goff,

        Your Hiring Manager Chat - QA Engineer (Remote) with Dana Whitfield at 4:00pm (Central European Time) on Tuesday, November 3, 2026 is scheduled.

        Event Type:
        Hiring Manager Chat - QA Engineer (Remote)

        Event Date/Time:
        4:00pm - 4:30pm (Central European Time) on Tuesday, November 3, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from any device:
        https://brightwaterhealth.zoom.us/j/84120977315?pwd=bHdZc2ZtQ0pQeE1Mb0tq

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share a link to your LinkedIn or CV
        https://www.linkedin.com/in/mael-legoff-qa

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1b7d9e3a-44c2-4f0e-9a61-2d8c7e5b3f10
        Reschedule: https://calendly.com/reschedulings/1b7d9e3a-44c2-4f0e-9a61-2d8c7e5b3f10

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f8f8f8;font-family:Helvetica,Arial,sans-serif;color:#4d5055">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
        <p>Hi Maël Le Goff,</p>
        <p>Your Hiring Manager Chat - QA Engineer (Remote) with Dana Whitfield at 4:00pm (Central European Time) on Tuesday, November 3, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Chat - QA Engineer (Remote)</p>
        <p><b>Event Date/Time:</b><br>4:00pm - 4:30pm (Central European Time) on Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference. You can join this meeting from any device:<br>
        <a href="https://brightwaterhealth.zoom.us/j/84120977315?pwd=bHdZc2ZtQ0pQeE1Mb0tq">https://brightwaterhealth.zoom.us/j/84120977315</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><a href="https://calendly.com/cancellations/1b7d9e3a-44c2-4f0e-9a61-2d8c7e5b3f10">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/1b7d9e3a-44c2-4f0e-9a61-2d8c7e5b3f10">Reschedule</a></p>
        <p style="font-size:11px;color:#a6a6a6">Powered by <a href="https://calendly.com" style="color:#a6a6a6">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1b7d9e3a-44c2-4f0e-9a61-2d8c7e5b3f10@calendly.com
        DTSTAMP:20261030T132011Z
        DTSTART:20261103T150000Z
        DTEND:20261103T153000Z
        SUMMARY:Hiring Manager Chat - QA Engineer (Remote) between Dana Whitfield and Maël Le Goff
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@brightwaterhealth.com
        ATTENDEE;CN=Maël Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mael.legoff@example.org
        LOCATION:https://brightwaterhealth.zoom.us/j/84120977315
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<b7Xk2QmRTfO3zH1d8yA9vw@geopod-ismtpd-18>"
    subject = "Confirmed: Hiring Manager Chat - QA Engineer (Remote) with Dana Whitfield on Tuesday, November 3, 2026"
    hs = head(addr("Calendly", "notifications@calendly.com"), subject, "2026-10-30 14:20:11", PARIS, mid,
              relay="o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightwaterhealth.com")),
                     ("X-SG-EID", "u001.9sQ2nB7v0o1+Lr4kz8x1wQ==")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@mail(7, family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      contact="marcus@prairieloop.io", company="Prairie Loop",
      local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone=CHI,
      note="Recruiter prose 'Thursday at 9am Central', Date Mon 26 Oct 2026 16:05 CDT -> Thu 29 Oct; US still on "
           "CDT (UTC-5) until 1 Nov -> 14:00Z (= 3pm CET in Rennes, as the mail says); 'It'll be 60 minutes' -> "
           "end 15:00Z")
def m07() -> bytes:
    body = t("""
        Hi Maël,

        Great news - Priya and Tom both have Thursday at 9am Central free, so let's lock that in.

        Heads up on the time: Europe already switched off summer time on Sunday and we don't until next weekend, so for this one week it's 3pm for you in Rennes, not 4pm. (I got this wrong with another candidate last year, so I'm being paranoid.)

        It'll be 60 minutes: 30 with Priya (QA lead) on how you'd approach testing our dispatch app, then 30 with Tom (eng manager). No prep needed beyond having a look at the app if you can.

        I'll send a Google Meet invite shortly. Shout if anything changes.

        Cheers,
        Marcus

        --
        Marcus Oyelaran
        Technical Recruiter, Prairie Loop
        marcus@prairieloop.io

        On Mon, Oct 26, 2026 at 10:12 AM Maël Le Goff <mael.legoff@example.org> wrote:
        > Hi Marcus,
        >
        > Thanks for the call earlier. I'm free most afternoons this week (European time), Thursday would be ideal.
        >
        > Best,
        > Maël
        """)
    mid = "<CAH4q=Zp0xK7mV3wqL9e2yB5rT1uN8jF6sD4cG@mail.gmail.com>"
    hs = head(addr("Marcus Oyelaran", "marcus@prairieloop.io"), "Re: Prairie Loop - next steps",
              "2026-10-26 16:05:44", CHI, mid,
              relay="mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
              extra=(("In-Reply-To", "<CAF3d9x+Wv8p@mail.example.org>"),
                     ("References", "<CAE7rTq1b@mail.gmail.com> <CAF3d9x+Wv8p@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(8, family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-13T08:00:00Z", contact="claire.moreau@vauban-mobilites.fr", company="Vauban Mobilités",
      local="Tue 2026-10-13 10:00", zone=PARIS,
      note="Workday notification, HTML only (base64): 'mardi 13 octobre 2026 à 10h00 (heure de Paris)', CEST "
           "-> 08:00Z; 'durée : environ 1 heure' is approximate so end null; contact = recruiter address in body")
def m08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#003a70;padding:16px"><span style="color:#ffffff;font-size:20px">Vauban Mobilités</span></td></tr></table>
        <p>Bonjour Maël Le Goff,</p>
        <p>Nous avons le plaisir de vous convier à un entretien pour le poste <b>Ingénieur Test et Validation Logiciel (F/H) - R0048213</b>.</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td><b>Date</b></td><td>mardi 13 octobre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10h00 (heure de Paris)</td></tr>
        <tr><td><b>Durée</b></td><td>environ 1 heure</td></tr>
        <tr><td><b>Lieu</b></td><td>Vauban Mobilités, 41 quai de Dion-Bouton, 92800 Puteaux - accueil tour B, 6e étage</td></tr>
        <tr><td><b>Interlocuteurs</b></td><td>Claire Moreau (Talent Acquisition), Olivier Perrin (Responsable Validation)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité pour l'accueil. Vos frais de transport depuis Rennes vous seront remboursés sur justificatifs.</p>
        <p>Pour toute question, vous pouvez contacter Claire Moreau : <a href="mailto:claire.moreau@vauban-mobilites.fr">claire.moreau@vauban-mobilites.fr</a>.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/vauban/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Vauban Mobilités</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    mid = "<1839402211.4471.1791360124718@wd3-prod-psr-app31.myworkday.com>"
    hs = head(addr("Vauban Mobilités", "vaubanmobilites@myworkday.com"),
              "Invitation à un entretien - Ingénieur Test et Validation Logiciel (F/H)", "2026-10-07 10:02:04",
              PARIS, mid, relay="wd3-smtp-02.myworkday.com (wd3-smtp-02.myworkday.com [185.49.104.62])")
    return message(hs, html(page, cte="base64"))


@mail(9, family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-11-06T13:00:00Z", end="2026-11-06T14:30:00Z",
      contact="nolwenn.kerjean@iroise-marinetech.fr", company="Iroise Marine Tech",
      local="Fri 2026-11-06 14:00", local_end="2026-11-06 15:30", zone=PARIS,
      note="SmartRecruiters invitation, on-site in Brest, 'vendredi 6 novembre 2026, de 14h00 à 15h30': CET "
           "(UTC+1, after 25 Oct) -> 13:00Z-14:30Z; contact = human Reply-To")
def m09() -> bytes:
    body = t("""
        Bonjour Maël,

        Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien pour le poste de
        Testeur / Testeuse systèmes embarqués (CDI) :

        - Quand : vendredi 6 novembre 2026, de 14h00 à 15h30
        - Où : Iroise Marine Tech, 305 rue Claude Chappe, Technopôle Brest-Iroise, 29280 Plouzané
        - Avec : Nolwenn Kerjean (RH) et Goulven Abgrall (responsable intégration & tests)

        Au programme : présentation de l'équipe, échange sur votre expérience, puis visite du banc d'intégration.
        Le parking visiteurs se trouve devant le bâtiment C.

        N'hésitez pas à revenir vers moi en répondant à ce message si besoin.

        Bien à vous,
        Nolwenn Kerjean
        Chargée RH - Iroise Marine Tech

        Cet e-mail a été envoyé via SmartRecruiters pour le compte d'Iroise Marine Tech.
        Politique de confidentialité : https://jobs.smartrecruiters.com/IroiseMarineTech/privacy-policy
        """)
    page = "<html><body style=\"font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b\">\n" + "".join(
        f"<p>{line}</p>\n" if line else ""
        for line in body.replace("&", "&amp;").replace("\n- ", "<br>\n- ").split("\n\n")) + "</body></html>\n"
    mid = "<sr.5f8a2c1e9b7d4e30a1f6c2b8d9e0f147@mail.smartrecruiters.com>"
    hs = head(addr("Iroise Marine Tech", "no-reply@smartrecruiters.com"),
              "Iroise Marine Tech - Confirmation de votre entretien", "2026-11-02 11:30:27", PARIS, mid,
              relay="mail-a12.smartrecruiters.com (mail-a12.smartrecruiters.com [52.50.32.12])",
              extra=(("Reply-To", addr("Nolwenn Kerjean", "nolwenn.kerjean@iroise-marinetech.fr")),))
    return message(hs, alt(text(body), html(page)))


@mail(10, family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-18T09:30:00Z", end="2026-11-18T10:15:00Z",
      contact="ines.barreau@loirequbit.com", company="Loire Qubit",
      local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:15", zone=PARIS,
      note="Teamtailor interview confirmation, 'mercredi 18 novembre à 10h30' for '45 minutes', CET -> "
           "09:30Z-10:15Z; ICS (Europe/Paris) agrees; sender and Reply-To are Teamtailor relays, contact = "
           "the ICS organizer / address in the signature")
def m10() -> bytes:
    body = t("""
        Bonjour Maël,

        C'est noté ! Votre entretien pour le poste de QA Engineer - Nantes (hybride) est confirmé :

        mercredi 18 novembre à 10h30 (45 minutes)
        Visio : https://meet.loirequbit.com/entretien-qa-2b7f

        Vous échangerez avec Inès Barreau (People) et Mathis Guérin (CTO). Nous aimerions parler de votre
        expérience en automatisation (Playwright, Cypress) et de la manière dont vous travaillez avec les devs.

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        À mercredi,

        Inès Barreau
        People & Talent | Loire Qubit
        ines.barreau@loirequbit.com

        ---
        Loire Qubit · 4 quai François Mitterrand, 44200 Nantes
        Vous recevez cet e-mail car vous avez postulé chez Loire Qubit via Teamtailor.
        Gérer vos données : https://loirequbit.teamtailor.com/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f5;margin:0"><div style="max-width:580px;margin:0 auto;background:#fff;padding:28px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#18181b">
        <p>Bonjour Maël,</p>
        <p>C'est noté&nbsp;! Votre entretien pour le poste de <strong>QA Engineer - Nantes (hybride)</strong> est confirmé&nbsp;:</p>
        <p style="background:#fafafa;border-left:4px solid #6d28d9;padding:10px 14px"><strong>mercredi 18 novembre à 10h30</strong> (45 minutes)<br>
        Visio&nbsp;: <a href="https://meet.loirequbit.com/entretien-qa-2b7f">meet.loirequbit.com/entretien-qa-2b7f</a></p>
        <p>Vous échangerez avec Inès Barreau (People) et Mathis Guérin (CTO). Nous aimerions parler de votre
        expérience en automatisation (Playwright, Cypress) et de la manière dont vous travaillez avec les devs.</p>
        <p>Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.</p>
        <p>À mercredi,</p>
        <p>Inès Barreau<br>People &amp; Talent | Loire Qubit<br><a href="mailto:ines.barreau@loirequbit.com">ines.barreau@loirequbit.com</a></p>
        <hr style="border:none;border-top:1px solid #e4e4e7">
        <p style="font-size:12px;color:#71717a">Loire Qubit · 4 quai François Mitterrand, 44200 Nantes<br>
        Vous recevez cet e-mail car vous avez postulé chez Loire Qubit via Teamtailor.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-88214-3301@teamtailor.com
        DTSTAMP:20261112T164512Z
        DTSTART;TZID=Europe/Paris:20261118T103000
        DTEND;TZID=Europe/Paris:20261118T111500
        SUMMARY:Entretien Loire Qubit - QA Engineer
        LOCATION:https://meet.loirequbit.com/entretien-qa-2b7f
        ORGANIZER;CN=Inès Barreau:mailto:ines.barreau@loirequbit.com
        ATTENDEE;CN=Maël Le Goff;RSVP=TRUE:mailto:mael.legoff@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<6571b0c2e8f4a_3c1e5a7d2b9f@teamtailor-mailer-7d9c5.mail>"
    hs = head(addr("Inès Barreau - Loire Qubit", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé - QA Engineer - Nantes (hybride)", "2026-11-12 17:45:12", PARIS, mid,
              relay="o1.mail.teamtailor-mail.com (o1.mail.teamtailor-mail.com [149.72.188.41])",
              extra=(("Reply-To", "reply+cand-3301-8d2f4e@inbound.teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="quoted-printable", ctype="text/calendar",
                                      filename="entretien.ics", disposition="attachment", name_param=True)))


@mail(11, family="personio", lang="fr", interview=True, kind="scheduled",
      start="2026-12-07T08:00:00Z", end="2026-12-07T09:00:00Z",
      contact="anais.rolland@vilainesoft.fr", company="Vilaine Soft",
      local="Mon 2026-12-07 09:00", local_end="2026-12-07 10:00", zone=PARIS,
      note="Personio invitation, text only in ISO-8859-15 quoted-printable (with a euro sign): 'lundi 7 décembre "
           "2026 de 9h00 à 10h00', CET -> 08:00Z-09:00Z; contact = human Reply-To")
def m11() -> bytes:
    body = t("""
        Bonjour Maël Le Goff,

        Merci pour votre candidature au poste de Testeur fonctionnel et automatisation (H/F) à Rennes.

        Nous avons le plaisir de vous confirmer l'entretien suivant :

        Date : lundi 7 décembre 2026
        Horaire : de 9h00 à 10h00
        Lieu : Vilaine Soft, 18 boulevard de la Tour d'Auvergne, 35000 Rennes (3e étage, sonnez à l'accueil)
        Interlocutrices : Anaïs Rolland (RH) et Léonie Quéré (Lead QA)

        Le parking le plus proche est celui de la place Hoche. Si vous venez en train, nous prenons en charge
        vos frais de déplacement jusqu'à 50 € sur présentation du billet.

        Pour toute question, répondez simplement à cet e-mail.

        Cordialement,
        Anaïs Rolland
        Ressources humaines - Vilaine Soft

        --
        Cet e-mail a été envoyé via Personio. Informations sur la protection des données :
        https://vilainesoft.jobs.personio.de/privacy-policy
        """)
    mid = "<20261202131005.1a7e4c92f0b3@mail.personio.de>"
    hs = head(addr("Vilaine Soft", "no-reply@personio.de"), "Invitation à un entretien chez Vilaine Soft",
              "2026-12-02 14:10:05", PARIS, mid, charset="iso-8859-15",
              relay="mail-out-3.personio.de (mail-out-3.personio.de [18.196.54.203])",
              extra=(("Reply-To", addr("Anaïs Rolland", "anais.rolland@vilainesoft.fr", charset="iso-8859-15")),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(12, family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-09T10:00:00Z", end="2026-11-09T11:00:00Z",
      contact="tristan.ledu@korrigan-games.fr", company="Korrigan Games",
      local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=PARIS,
      days=(("Thu", "2026-11-05"),),
      note="Recruitee 'entretien reprogrammé': old 'jeudi 5 novembre à 15h00', new 'lundi 9 novembre 2026, "
           "11h00 - 12h00', CET -> 10:00Z-11:00Z; ICS SEQUENCE:1 agrees; contact = human Reply-To")
def m12() -> bytes:
    body = t("""
        Bonjour Maël,

        Votre entretien pour le poste de QA Tester (jeux mobiles) a été reprogrammé.

        Ancien créneau : jeudi 5 novembre 2026, 15h00 - 16h00  (annulé)
        Nouveau créneau : lundi 9 novembre 2026, 11h00 - 12h00

        Lieu : Korrigan Games, 2 rue du Pré Botté, Rennes - ou en visio si vous préférez, dites-le nous.
        Avec : Tristan Le Du (Lead QA)

        Désolés pour ce changement, Tristan sera en déplacement jeudi.
        Une nouvelle invitation est jointe à ce message.

        L'équipe Korrigan Games

        Propulsé par Recruitee
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Maël,</p>
        <p>Votre entretien pour le poste de <b>QA Tester (jeux mobiles)</b> a été reprogrammé.</p>
        <p><span style="color:#888;text-decoration:line-through">Ancien créneau&nbsp;: jeudi 5 novembre 2026, 15h00 - 16h00</span><br>
        <b>Nouveau créneau&nbsp;: lundi 9 novembre 2026, 11h00 - 12h00</b></p>
        <p>Lieu&nbsp;: Korrigan Games, 2 rue du Pré Botté, Rennes - ou en visio si vous préférez, dites-le nous.<br>
        Avec&nbsp;: Tristan Le Du (Lead QA)</p>
        <p>Désolés pour ce changement, Tristan sera en déplacement jeudi.<br>Une nouvelle invitation est jointe à ce message.</p>
        <p>L'équipe Korrigan Games</p>
        <p style="font-size:11px;color:#aaa">Propulsé par <a href="https://recruitee.com" style="color:#aaa">Recruitee</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Events//EN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-4471093@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261103T084012Z
        DTSTART;TZID=Europe/Paris:20261109T110000
        DTEND;TZID=Europe/Paris:20261109T120000
        SUMMARY:Entretien - QA Tester (jeux mobiles) - Korrigan Games
        LOCATION:Korrigan Games, 2 rue du Pré Botté, Rennes
        ORGANIZER;CN=Tristan Le Du:mailto:tristan.ledu@korrigan-games.fr
        ATTENDEE;CN=Maël Le Goff;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mael.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<recruitee.mail.7b2d91c4e8a0@mailer.recruitee.com>"
    hs = head(addr("Korrigan Games", "no-reply@recruitee.com"),
              "Votre entretien chez Korrigan Games a été reprogrammé", "2026-11-03 09:40:12", PARIS, mid,
              relay="mailer.recruitee.com (mailer.recruitee.com [35.157.88.24])",
              extra=(("Reply-To", addr("Tristan Le Du", "tristan.ledu@korrigan-games.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@mail(13, family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-11-12T15:30:00Z", end="2026-11-12T16:30:00Z",
      contact="aoife.keane@harbourlane.ie", company="Harbour Lane Analytics",
      local="Thu 2026-11-12 15:30", local_end="2026-11-12 16:30", zone=DUBLIN,
      days=(("Tue", "2026-11-10"),),
      note="GoodTime reschedule: previously Tue 10 Nov 2:00 PM, now 'Thursday, November 12, 2026, 3:30 PM - "
           "4:30 PM GMT (Dublin)'; Ireland on GMT (UTC+0) in November -> 15:30Z-16:30Z (16:30 in Rennes); "
           "ICS in UTC agrees; contact = coordinator Reply-To")
def m13() -> bytes:
    body = t("""
        Hi Maël,

        Your interview with Harbour Lane Analytics has been rescheduled. Please see the updated details below.

        NEW TIME
        Thursday, November 12, 2026
        3:30 PM - 4:30 PM GMT (Dublin)

        PREVIOUS TIME (no longer valid)
        Tuesday, November 10, 2026, 2:00 PM - 3:00 PM GMT (Dublin)

        Interview: QA Analyst - Technical Interview
        Interviewers: Seán Murphy, Lead Test Engineer; Olga Nowak, Senior Developer
        Join: https://harbourlane.zoom.us/j/97733104825

        An updated calendar invitation is attached. If this time no longer works, reply to this email and
        your coordinator, Aoife Keane, will help.

        Harbour Lane Analytics Recruiting
        Scheduling powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Maël,</p>
        <p>Your interview with Harbour Lane Analytics has been <b>rescheduled</b>. Please see the updated details below.</p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#0a7d33;font-weight:bold">NEW TIME</td><td>Thursday, November 12, 2026<br>3:30 PM - 4:30 PM GMT (Dublin)</td></tr>
        <tr><td style="color:#999">PREVIOUS TIME</td><td style="color:#999;text-decoration:line-through">Tuesday, November 10, 2026, 2:00 PM - 3:00 PM GMT (Dublin)</td></tr>
        </table>
        <p>Interview: QA Analyst - Technical Interview<br>Interviewers: Seán Murphy, Lead Test Engineer; Olga Nowak, Senior Developer<br>
        Join: <a href="https://harbourlane.zoom.us/j/97733104825">https://harbourlane.zoom.us/j/97733104825</a></p>
        <p>An updated calendar invitation is attached. If this time no longer works, reply to this email and your coordinator, Aoife Keane, will help.</p>
        <p>Harbour Lane Analytics Recruiting<br><span style="font-size:11px;color:#888">Scheduling powered by GoodTime</span></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-2f7c41d0-a9e3-4b18-b6d2-0c5e8a1f9d73
        SEQUENCE:2
        DTSTAMP:20261106T121502Z
        DTSTART:20261112T153000Z
        DTEND:20261112T163000Z
        SUMMARY:Harbour Lane Analytics - QA Analyst - Technical Interview
        LOCATION:https://harbourlane.zoom.us/j/97733104825
        ORGANIZER;CN=Aoife Keane:mailto:aoife.keane@harbourlane.ie
        ATTENDEE;CN=Maël Le Goff;RSVP=TRUE:mailto:mael.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<0102019b1e3c7a24-c1d84e2f-7a0b-4d93-8e1c-5b6f2a9d0e37-000000@eu-west-1.amazonses.com>"
    hs = head(addr("Harbour Lane Analytics", "no-reply@goodtime.io"),
              "Rescheduled: QA Analyst - Technical Interview with Harbour Lane Analytics", "2026-11-06 12:15:02",
              DUBLIN, mid, relay="a7-30.smtp-out.eu-west-1.amazonses.com (a7-30.smtp-out.eu-west-1.amazonses.com [54.240.7.30])",
              extra=(("Reply-To", addr("Aoife Keane", "aoife.keane@harbourlane.ie")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@mail(14, family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-20T15:00:00Z", contact="b.aubry@lutece-paiements.fr", company="Lutèce Paiements",
      local="Fri 2026-11-20 16:00", zone=PARIS, days=(("Wed", "2026-11-18"),),
      note="Hiring manager's prose in windows-1252 quoted-printable: 'il n'aura pas lieu mercredi 18 à 10h mais "
           "vendredi 20 novembre à 16h', confirmed after a phone call; CET -> 15:00Z; no length stated in the "
           "new slot, end null; contact = human sender")
def m14() -> bytes:
    body = t("""
        Bonjour Maël,

        Suite à notre échange téléphonique de ce matin, je vous confirme le report de notre entretien : il n’aura donc pas lieu mercredi 18 à 10h mais vendredi 20 novembre à 16h, même lien Teams que dans mon précédent message.

        Merci encore pour votre souplesse, et désolé pour ce contretemps (clôture trimestrielle oblige…).

        Bien cordialement,

        Bertrand Aubry
        Responsable Qualité & Recette – Lutèce Paiements
        75 rue de Rivoli, 75001 Paris
        Tél. : 01 53 40 88 12

        De : Bertrand Aubry
        Envoyé : lundi 9 novembre 2026 18:20
        À : Maël Le Goff <mael.legoff@example.org>
        Objet : Entretien – Testeur QA confirmé

        Bonjour Maël,

        Je vous propose que nous nous entretenions mercredi 18 novembre à 10h, en visio (lien Teams ci-dessous), pour une heure environ.

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTQ2NGE5ZDkt%40thread.v2/0

        Bien cordialement,
        Bertrand Aubry
        """)
    mid = "<AM0PR02MB55743E1C2A8B9D0F6E4C7A12B3D5E@AM0PR02MB5574.eurprd02.prod.outlook.com>"
    hs = head(addr("Bertrand Aubry", "b.aubry@lutece-paiements.fr"), "RE: Entretien – Testeur QA confirmé",
              "2026-11-16 08:52:36", PARIS, mid, charset="windows-1252",
              relay="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
              extra=(("In-Reply-To", "<AM0PR02MB5574A1B2@AM0PR02MB5574.eurprd02.prod.outlook.com>"),
                     ("Thread-Topic", enc("Entretien – Testeur QA confirmé", "windows-1252")),
                     ("Content-Language", "fr-FR")))
    return message(hs, text(body, charset="windows-1252"))


@mail(15, family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-09-29T08:00:00Z", end="2026-09-29T08:30:00Z", contact=None, company="Arvor Conseil",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:30", zone=PARIS,
      note="Microsoft Bookings confirmation; the body's zone label shows the standard offset '(UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris' in September, but Paris is on CEST: 10:00 -> 08:00Z, as the "
           "ICS (Romance Standard Time) confirms; 'Durée : 30 minutes' -> end 08:30Z; only a Bookings mailbox "
           "and a staff name, no personal address -> contact null")
def m15() -> bytes:
    body = t("""
        Arvor Conseil – Recrutement

        Votre rendez-vous est confirmé

        Bonjour Maël Le Goff,

        Merci d'avoir réservé un rendez-vous avec Arvor Conseil – Recrutement. Voici les détails de votre réservation.

        Entretien de recrutement – Testeur QA (CDI Rennes)
        mardi 29 septembre 2026 10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Durée : 30 minutes
        Membre du personnel : Léa Morvan

        Participer à la réunion Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY0ZTIwYjct%40thread.v2/0

        Ajouter au calendrier | Gérer la réservation
        https://outlook.office365.com/owa/calendar/ArvorConseilRecrutement@arvorconseil.onmicrosoft.com/bookings/

        Arvor Conseil
        5 rue de Châtillon, 35000 Rennes
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Arvor Conseil – Recrutement</div>
        <div style="font-size:24px;padding-bottom:12px">Votre rendez-vous est confirmé</div>
        <p>Bonjour Maël Le Goff,</p>
        <p>Merci d'avoir réservé un rendez-vous avec Arvor Conseil – Recrutement. Voici les détails de votre réservation.</p>
        <table style="border:1px solid #edebe9;padding:12px;font-size:14px">
        <tr><td><b>Entretien de recrutement – Testeur QA (CDI Rennes)</b></td></tr>
        <tr><td>mardi 29 septembre 2026 10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Durée&nbsp;: 30 minutes</td></tr>
        <tr><td>Membre du personnel&nbsp;: Léa Morvan</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY0ZTIwYjct%40thread.v2/0">Participer à la réunion Teams</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/ArvorConseilRecrutement@arvorconseil.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="color:#605e5c;font-size:12px">Arvor Conseil<br>5 rue de Châtillon, 35000 Rennes</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Arvor Conseil – Recrutement:mailto:ArvorConseilRecrutement@arvorconseil.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maël Le Goff:mailto:mael.legoff@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Testeur QA (CDI Rennes)
        DTSTART;TZID=Romance Standard Time:20260929T100000
        DTEND;TZID=Romance Standard Time:20260929T103000
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4A1B0DC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T080312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<DB9PR06MB7A31C5E2F4B8D0A9C1E3F5B7D2A4C@DB9PR06MB7A31.eurprd06.prod.outlook.com>"
    hs = head(addr("Arvor Conseil – Recrutement", "ArvorConseilRecrutement@arvorconseil.onmicrosoft.com"),
              "Rendez-vous confirmé : Entretien de recrutement – Testeur QA (CDI Rennes)", "2026-09-24 10:03:12",
              PARIS, mid,
              relay="EUR03-DB5-obe.outbound.protection.outlook.com (mail-db5eur03on2120.outbound.protection.outlook.com [40.107.6.120])",
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(16, family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T16:00:00Z", end="2026-11-10T16:45:00Z",
      contact="jenna.park@redwoodrelay.com", company="Redwood Relay",
      local="Tue 2026-11-10 08:00", local_end="2026-11-10 08:45", zone=LA,
      note="Recruiter mail sent Sun 8 Nov 17:10 PST (already Mon 01:10Z): 'Tuesday at 8am PT' is Tue 10 Nov "
           "(the pasted Zoom block says 'Nov 10, 2026 08:00 AM Pacific Time', and '5pm for you'); US on PST "
           "(UTC-8) since 1 Nov -> 16:00Z; '45-minute call' -> end 16:45Z")
def m16() -> bytes:
    body = t("""
        Hi Maël,

        Confirming Tuesday at 8am PT with Sam Ortiz (our QA lead) - that's 5pm for you in France. It's a 45-minute call, mostly a conversation about how you'd test our driver app and a bit of live bug-hunting on a staging build. Zoom details below.

        Enjoy the rest of your weekend, talk soon!
        Jenna

        Jenna Park | Recruiting Partner | Redwood Relay
        jenna.park@redwoodrelay.com

        ---------- Zoom invitation ----------
        Redwood Relay is inviting you to a scheduled Zoom meeting.

        Topic: Maël Le Goff / Sam Ortiz - QA Engineer interview
        Time: Nov 10, 2026 08:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://redwoodrelay.zoom.us/j/81733209641?pwd=VmZ3cXJ1a2dzN2Q1

        Meeting ID: 817 3320 9641
        Passcode: 552910

        One tap mobile
        +33170372246,,81733209641#,,,,*552910# France
        """)
    mid = "<CAJ9mPq4sV2nR7e=Xt1wK8bL3yH6uD0fG5cZ@mail.gmail.com>"
    hs = head(addr("Jenna Park", "jenna.park@redwoodrelay.com"), "Tuesday's interview - Zoom details",
              "2026-11-08 17:10:51", LA, mid,
              relay="mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(17, family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T12:00:00Z", end="2026-12-10T13:00:00Z",
      contact="rosa@cobaltfinch.com", company="Cobalt Finch",
      local="Thu 2026-12-10 13:00", local_end="2026-12-10 14:00", zone=PARIS,
      note="Ashby confirmation whose text gives no date or time ('details are in the attached invite'); the time "
           "is only in the ICS: DTSTART;TZID=Europe/Paris 20261210T130000 to 140000, CET -> 12:00Z-13:00Z; "
           "contact = Reply-To / ORGANIZER recruiter")
def m17() -> bytes:
    body = t("""
        Hi Maël,

        Your interview for Senior QA Engineer (Remote, Europe) at Cobalt Finch is confirmed - we're looking forward to it!

        All the details, including the date, time and video link, are in the attached calendar invitation. Please accept it so it shows up in your calendar.

        You'll meet:
          Henrik Aalto - Head of Quality
          Priyanka Desai - Staff Engineer

        Anything you need? Just reply and it will reach Rosa Lindqvist.

        Thanks,
        Cobalt Finch Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Maël,</p>
        <p>Your interview for <b>Senior QA Engineer (Remote, Europe)</b> at Cobalt Finch is confirmed - we&#x27;re looking forward to it!</p>
        <p>All the details, including the date, time and video link, are in the attached calendar invitation. Please accept it so it shows up in your calendar.</p>
        <p>You&#x27;ll meet:<br>Henrik Aalto - Head of Quality<br>Priyanka Desai - Staff Engineer</p>
        <p>Anything you need? Just reply and it will reach Rosa Lindqvist.</p>
        <p>Thanks,<br>Cobalt Finch Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:9e41c7a2-0d5b-4f3e-b812-6a7c3d9e1f04
        DTSTAMP:20261202T154008Z
        DTSTART;TZID=Europe/Paris:20261210T130000
        DTEND;TZID=Europe/Paris:20261210T140000
        SEQUENCE:0
        SUMMARY:Cobalt Finch – Senior QA Engineer – Technical Interview (Maël Le Goff)
        LOCATION:https://meet.google.com/vkb-rqhz-tmw
        ORGANIZER;CN=Rosa Lindqvist:mailto:rosa@cobaltfinch.com
        ATTENDEE;CN=Maël Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mael.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<010201937c2e4f11-6a0b3d58-92c4-4e1a-b7f0-3d5e8c1a9f26-000000@eu-west-1.amazonses.com>"
    hs = head(addr("Cobalt Finch", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior QA Engineer (Remote, Europe) at Cobalt Finch", "2026-12-02 16:40:08",
              PARIS, mid, relay="b224-3.smtp-out.eu-west-1.amazonses.com (b224-3.smtp-out.eu-west-1.amazonses.com [23.251.224.3])",
              extra=(("Reply-To", addr("Rosa Lindqvist", "rosa@cobaltfinch.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@mail(18, family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start="2026-10-16T13:00:00Z", end="2026-10-16T13:45:00Z",
      contact="pauline.gicquel@ateliersillon.fr", company="Atelier Sillon",
      local="Fri 2026-10-16 15:00", local_end="2026-10-16 15:45", zone=PARIS,
      note="Google Agenda cancellation (METHOD:CANCEL) with the organizer's note: the cancelled slot 'ven. 16 oct. "
           "2026 15:00 - 15:45 (CEST)' -> 13:00Z-13:45Z; no new time; contact = human organizer")
def m18() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Maël Le Goff / Atelier Sillon
        vendredi 16 octobre 2026 · 15:00 – 15:45
        Fuseau horaire : Europe/Paris

        Message de l'organisateur :
        Désolée Maël, on vient d'apprendre que le budget du poste est gelé jusqu'en janvier, je préfère annuler plutôt que de te faire venir pour rien. Je te recontacte dès que ça se débloque. Pauline

        Organisateur
        Pauline Gicquel
        pauline.gicquel@ateliersillon.fr

        Invités
        Pauline Gicquel - organisateur
        mael.legoff@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261016T150000
        DTEND;TZID=Europe/Paris:20261016T154500
        DTSTAMP:20261014T072021Z
        ORGANIZER;CN=Pauline Gicquel:mailto:pauline.gicquel@ateliersillon.fr
        UID:3lq8v0c2t7hn5f1e9r4k6m2d8a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mael.legoff@example.org;X-NUM-GUESTS=0:mailto:mael.legoff@example.org
        CREATED:20261008T121100Z
        LAST-MODIFIED:20261014T072020Z
        LOCATION:Atelier Sillon\\, 7 rue Jean Jaurès\\, Rennes
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Maël Le Goff / Atelier Sillon
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-b3e9a1c4-57d2-4f80-9c6e-1a2b3c4d5e6f@google.com>"
    subject = ("Événement annulé : Entretien Maël Le Goff / Atelier Sillon @ ven. 16 oct. 2026 15:00 - 15:45 (CEST) "
               "(mael.legoff@example.org)")
    hs = head(addr("Pauline Gicquel", "pauline.gicquel@ateliersillon.fr"), subject, "2026-10-14 09:20:21", PARIS,
              mid, relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(19, family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-26T11:00:00Z", contact="niamh.doyle@doddersystems.ie", company="Dodder Systems",
      local="Thu 2026-11-26 11:00", zone=DUBLIN,
      note="Short recruiter mail from a phone: cancelling 'Thursday's 11am with Declan', Date Mon 23 Nov 2026 "
           "17:10 GMT -> Thu 26 Nov 11:00 Irish time = GMT (UTC+0) -> 11:00Z; role on hold, no new time")
def m19() -> bytes:
    body = t("""
        Hi Maël,

        I'm really sorry to do this - we found out this afternoon that the QA hire is on hold until the new budget is signed off, so I have to cancel Thursday's 11am with Declan. I'd hate for you to prep for nothing.

        If it reopens in the new year you'll be the first person I call, promise.

        Niamh

        Get Outlook for iOS<https://aka.ms/o0ukef>
        """)
    mid = "<DB7PR03MB4971F2C8A1E05B3D9C74E6A1B8F2@DB7PR03MB4971.eurprd03.prod.outlook.com>"
    hs = head(addr("Niamh Doyle", "niamh.doyle@doddersystems.ie"), "Thursday",
              "2026-11-23 17:10:33", DUBLIN, mid,
              relay="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2111.outbound.protection.outlook.com [40.107.15.111])")
    return message(hs, text(body, cte="8bit"))


@mail(20, family="exchange_outlook", lang="fr", interview=True, kind="cancelled",
      start="2026-12-02T13:00:00Z", end="2026-12-02T14:00:00Z",
      contact="stephanie.jaouen@ouestel.fr", company="Ouestel",
      local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:00", zone=PARIS,
      note="Exchange cancellation (METHOD:CANCEL, Romance Standard Time) of 'mercredi 2 décembre 2026 14:00-15:00 "
           "(UTC+01:00)' -> 13:00Z-14:00Z; a new invitation is only promised, no new time (see the next mail in "
           "the thread); contact = human organizer")
def m20() -> bytes:
    body = t("""
        Quand : mercredi 2 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Ouestel - 1 rue du Clos Courtel, Cesson-Sévigné - salle Ouessant

        *~*~*~*~*~*~*~*~*~*

        Bonjour Maël,

        Je suis obligée d'annuler notre créneau de mercredi : un des membres du jury est finalement indisponible.
        Je vous renvoie une nouvelle invitation dès que j'ai pu caler une autre date avec tout le monde.

        Toutes mes excuses,

        Stéphanie Jaouen
        Chargée de recrutement – Ouestel
        02 99 27 41 60
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div><p style="font-family:Calibri,sans-serif;font-size:11pt">Quand&nbsp;: mercredi 2 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>
        Où&nbsp;: Ouestel - 1 rue du Clos Courtel, Cesson-Sévigné - salle Ouessant</p>
        <p style="color:#a6a6a6">*~*~*~*~*~*~*~*~*~*</p></div>
        <div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Maël,</p>
        <p>Je suis obligée d'annuler notre créneau de mercredi&nbsp;: un des membres du jury est finalement indisponible.<br>
        Je vous renvoie une nouvelle invitation dès que j'ai pu caler une autre date avec tout le monde.</p>
        <p>Toutes mes excuses,</p>
        <p><b>Stéphanie Jaouen</b><br>Chargée de recrutement – Ouestel<br>02 99 27 41 60</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphanie Jaouen:mailto:stephanie.jaouen@ouestel.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maël Le Goff:mailto:mael.legoff@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maël,\\nJe suis obligée d'annuler notre créneau de mercredi.\\n
        UID:040000008200E00074C5B7101A82E008000000006A2F1B9C3E7DDC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien technique – Testeur QA – M. Le Goff
        DTSTART;TZID=Romance Standard Time:20261202T140000
        DTEND;TZID=Romance Standard Time:20261202T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261127T100214Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Ouestel - 1 rue du Clos Courtel\\, Cesson-Sévigné - salle Ouessant
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<PAVP195MB20410C7E3B1F58A2D94E6C7B1A3F0@PAVP195MB2041.EURP195.PROD.OUTLOOK.COM>"
    hs = head(addr("Stéphanie Jaouen", "stephanie.jaouen@ouestel.fr"),
              "Annulé : Entretien technique – Testeur QA – M. Le Goff", "2026-11-27 11:02:14", PARIS, mid,
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2130.outbound.protection.outlook.com [40.107.247.130])",
              extra=(("Thread-Topic", "Entretien technique - Testeur QA - M. Le Goff"),
                     ("Thread-Index", "AdtGq7v1xPe2nUj0S0ykS1bWnA3m9g=="),
                     ("Importance", "high"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(21, family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start="2026-12-08T15:00:00Z", end="2026-12-08T16:00:00Z",
      contact="stephanie.jaouen@ouestel.fr", company="Ouestel",
      local="Tue 2026-12-08 16:00", local_end="2026-12-08 17:00", zone=PARIS,
      note="Follow-up to the Ouestel cancellation: a new Exchange meeting request (new UID, SEQUENCE 0) for "
           "'mardi 8 décembre 2026 16:00-17:00 (UTC+01:00)', CET -> 15:00Z-16:00Z; labelled scheduled (a new "
           "invitation, no old time in it); contact = human organizer")
def m21() -> bytes:
    body = t("""
        Quand : mardi 8 décembre 2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Ouestel - 1 rue du Clos Courtel, Cesson-Sévigné - salle Bréhat

        *~*~*~*~*~*~*~*~*~*

        Bonjour Maël,

        Comme promis, voici l'invitation pour l'entretien technique, avec Yannick Le Floch (responsable recette) et Soizic Marrec (développeuse).
        Merci de vous présenter à l'accueil du bâtiment A un peu avant l'heure.

        Bien cordialement,

        Stéphanie Jaouen
        Chargée de recrutement – Ouestel
        02 99 27 41 60
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphanie Jaouen:mailto:stephanie.jaouen@ouestel.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maël Le Goff:mailto:mael.legoff@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yannick Le Floch:mailto:yannick.lefloch@ouestel.fr
        UID:040000008200E00074C5B7101A82E00800000000B7C3D2E1F081DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Testeur QA – M. Le Goff
        DTSTART;TZID=Romance Standard Time:20261208T160000
        DTEND;TZID=Romance Standard Time:20261208T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T163011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Ouestel - 1 rue du Clos Courtel\\, Cesson-Sévigné - salle Bréhat
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<PAVP195MB2041E9A3C7D15B2F80C4A6E3D1B7F@PAVP195MB2041.EURP195.PROD.OUTLOOK.COM>"
    hs = head(addr("Stéphanie Jaouen", "stephanie.jaouen@ouestel.fr"),
              "Entretien technique – Testeur QA – M. Le Goff", "2026-12-01 17:30:11", PARIS, mid,
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2130.outbound.protection.outlook.com [40.107.247.130])",
              extra=(("Thread-Topic", "Entretien technique - Testeur QA - M. Le Goff"),
                     ("Thread-Index", "AdtJ0c2bR3qPZ8Z9Tq6W3m0Xv1yTPA=="),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@mail(22, family="join", lang="fr", interview=True, kind="scheduled",
      start="2026-09-09T09:00:00Z", contact="maiwenn.le-roux@abers-robotique.fr", company="Abers Robotique",
      local="Wed 2026-09-09 11:00", zone=PARIS,
      note="JOIN message for a phone interview 'mercredi 9 septembre à 11h00', CEST -> 09:00Z; the attached ICS "
           "is an all-day event on that day (the time is only in the text); 'environ 30 minutes' -> end null; "
           "sender is noreply, contact = recruiter address in the body")
def m22() -> bytes:
    body = t("""
        Bonjour Maël,

        Merci pour votre candidature au poste de Technicien·ne test et validation logicielle à Brest.

        Votre profil nous intéresse : nous vous confirmons un entretien téléphonique le mercredi 9 septembre à 11h00.
        Maïwenn Le Roux, notre responsable RH, vous appellera au numéro indiqué dans votre candidature (06 •• •• •• 47).
        Comptez environ 30 minutes.

        En cas d'empêchement, écrivez-lui directement : maiwenn.le-roux@abers-robotique.fr

        Bonne journée,
        Abers Robotique

        ----
        Ce message vous a été envoyé par Abers Robotique via JOIN. Merci de ne pas répondre directement à cet e-mail.
        JOIN Solutions AG · Zürich
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Bonjour Maël,</p>
        <p>Merci pour votre candidature au poste de <b>Technicien·ne test et validation logicielle</b> à Brest.</p>
        <p>Votre profil nous intéresse&nbsp;: nous vous confirmons un <b>entretien téléphonique le mercredi 9 septembre à 11h00</b>.<br>
        Maïwenn Le Roux, notre responsable RH, vous appellera au numéro indiqué dans votre candidature (06 •• •• •• 47).<br>
        Comptez environ 30 minutes.</p>
        <p>En cas d'empêchement, écrivez-lui directement&nbsp;: <a href="mailto:maiwenn.le-roux@abers-robotique.fr">maiwenn.le-roux@abers-robotique.fr</a></p>
        <p>Bonne journée,<br>Abers Robotique</p>
        <p style="font-size:11px;color:#999">Ce message vous a été envoyé par Abers Robotique via JOIN. Merci de ne pas répondre directement à cet e-mail.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//JOIN//Candidate Events//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:join-evt-56120887@join.com
        DTSTAMP:20260904T081502Z
        DTSTART;VALUE=DATE:20260909
        DTEND;VALUE=DATE:20260910
        SUMMARY:Entretien téléphonique - Abers Robotique (11h00)
        DESCRIPTION:Maïwenn Le Roux vous appellera à 11h00.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<20260904081502.3f9c2a71b0e4@mail.join.com>"
    hs = head(addr("Abers Robotique via JOIN", "noreply@join.com"),
              "Invitation à un entretien téléphonique - Abers Robotique", "2026-09-04 10:15:02", PARIS, mid,
              relay="mail.join.com (mail.join.com [185.61.156.44])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", ctype="text/calendar",
                                      filename="entretien.ics", disposition="attachment")))


@mail(23, family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T14:30:00Z", end="2026-11-02T15:30:00Z",
      contact="kevin.osullivan@beaconhilldx.com", company="Beacon Hill Diagnostics",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone=NY,
      days=(("Thu", "2026-10-29"),),
      note="iCIMS reschedule sent Wed 28 Oct in EDT: old 'Thursday, October 29, 10:00 AM ET', new 'Monday, November "
           "2, 2026, 9:30 AM - 10:30 AM Eastern Time', the day after US clocks go back -> EST (UTC-5) -> "
           "14:30Z-15:30Z (the mail's '3:30 PM Paris time' agrees); ICS (America/New_York) agrees; contact = "
           "recruiter address in the body")
def m23() -> bytes:
    body = t("""
        Dear Maël,

        Due to a scheduling conflict on our side, your interview for the position of Software QA Engineer II (Remote - EMEA) (Req ID 2026-4471) has been rescheduled.

        Original date and time: Thursday, October 29, 2026, 10:00 AM ET
        New date and time: Monday, November 2, 2026, 9:30 AM - 10:30 AM Eastern Time (3:30 PM Paris time)

        Format: Microsoft Teams video interview (link in the attached invitation)
        Interview panel: Rebecca Stein (QA Manager), Luis Almeida (Senior SDET)

        We apologize for any inconvenience. If the new time does not work for you, please contact Kevin O'Sullivan, Talent Acquisition, at kevin.osullivan@beaconhilldx.com.

        Sincerely,
        Beacon Hill Diagnostics Talent Acquisition

        This email was sent from an unmonitored mailbox. Beacon Hill Diagnostics is an Equal Opportunity Employer.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><font face="Arial" size="2">
        <p>Dear Maël,</p>
        <p>Due to a scheduling conflict on our side, your interview for the position of <b>Software QA Engineer II (Remote - EMEA)</b> (Req ID 2026-4471) has been rescheduled.</p>
        <p>Original date and time: Thursday, October 29, 2026, 10:00 AM ET<br>
        <b>New date and time: Monday, November 2, 2026, 9:30 AM - 10:30 AM Eastern Time</b> (3:30 PM Paris time)</p>
        <p>Format: Microsoft Teams video interview (link in the attached invitation)<br>
        Interview panel: Rebecca Stein (QA Manager), Luis Almeida (Senior SDET)</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact Kevin O'Sullivan, Talent Acquisition, at <a href="mailto:kevin.osullivan@beaconhilldx.com">kevin.osullivan@beaconhilldx.com</a>.</p>
        <p>Sincerely,<br>Beacon Hill Diagnostics Talent Acquisition</p>
        <p><i>This email was sent from an unmonitored mailbox. Beacon Hill Diagnostics is an Equal Opportunity Employer.</i></p>
        </font></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ[NY] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-int-2026-4471-118204@talent.icims.com
        SEQUENCE:1
        DTSTAMP:20261028T174002Z
        DTSTART;TZID=America/New_York:20261102T093000
        DTEND;TZID=America/New_York:20261102T103000
        SUMMARY:Interview: Software QA Engineer II (Remote - EMEA) - Beacon Hill Diagnostics
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0N2E5%40thread.v2/0
        ORGANIZER;CN=Kevin O'Sullivan:mailto:kevin.osullivan@beaconhilldx.com
        ATTENDEE;CN=Maël Le Goff;RSVP=TRUE:mailto:mael.legoff@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<1982776104.221934.1793209202118.JavaMail.icims@app-prod-use1-14.icims.com>"
    hs = head(addr("Beacon Hill Diagnostics", "beaconhilldx@talent.icims.com"),
              "Interview Rescheduled: Software QA Engineer II (Remote - EMEA)", "2026-10-28 13:40:02", NY, mid,
              relay="smtp3.icims.com (smtp3.icims.com [199.168.120.43])")
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="Interview.ics", disposition="attachment")))


# =========================================================================== negatives (24-50)


@mail(24, family="rejection", lang="fr", interview=False, company="Hermine Énergies",
      days=(("Thu", "2026-10-01"),),
      note="Taleo rejection after an interview ('suite à votre entretien du jeudi 1er octobre'), HTML only in "
           "ISO-8859-1 quoted-printable; a past date, nothing scheduled")
def m24() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Verdana" size="2">
        <p>Bonjour Maël Le Goff,</p>
        <p>Nous vous remercions pour l'intérêt que vous portez à Hermine Énergies et pour le temps que vous nous avez accordé
        lors de votre entretien du jeudi 1er octobre pour le poste de <b>Testeur Recette SI (H/F) - Réf. 26000418</b>.</p>
        <p>Après une étude attentive, nous avons le regret de vous informer que nous avons retenu une autre candidature,
        dont le profil correspond plus étroitement aux besoins actuels de l'équipe.</p>
        <p>Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre
        profil se présentait. Nous vous souhaitons pleine réussite dans vos recherches.</p>
        <p>Bien cordialement,</p>
        <p>La Direction des Ressources Humaines<br>Hermine Énergies</p>
        <p><font size="1" color="#808080">Merci de ne pas répondre à ce message, cette adresse n'est pas consultée.
        Pour gérer votre compte candidat : https://hermine.taleo.net/careersection/2/mysubmissions.ftl</font></p>
        </font></body></html>
        """)
    mid = "<1391844821.27704.1791475320556.JavaMail.taleo@pcp2034112pcs.phx.taleo.net>"
    hs = head(addr("Hermine Énergies", "noreply@taleo.net", charset="iso-8859-1"),
              "Votre candidature - Testeur Recette SI (H/F) - Réf. 26000418", "2026-10-07 18:02:00", PARIS, mid,
              charset="iso-8859-1", relay="mail-ob5.taleo.net (mail-ob5.taleo.net [160.34.12.85])")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(25, family="offer", lang="fr", interview=False, company="Nordlys Data",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-30")),
      note="Job offer from Nordlys Data after the interviews (same thread as the Google Agenda invitation of "
           "8 Oct); start date and a reply deadline, no interview to schedule")
def m25() -> bytes:
    body = t("""
        Bonjour Maël,

        Suite à tes entretiens avec Bénédicte et moi-même, j'ai le grand plaisir de te faire une proposition pour rejoindre Nordlys Data en tant que QA Engineer (CDI, Lille, 2 jours de télétravail par semaine).

        Les grandes lignes :
        - rémunération : 44 k€ brut annuel + 6 % de variable
        - date de démarrage souhaitée : lundi 4 janvier 2027
        - période d'essai de 3 mois, renouvelable une fois

        Tu trouveras la promesse d'embauche en pièce jointe. Si elle te convient, merci de nous la retourner signée avant le vendredi 30 octobre. Et bien sûr, si tu as la moindre question (relocalisation, mutuelle...), appelle-moi quand tu veux.

        On croise les doigts !

        Hugo Vandamme
        Engineering Manager - Nordlys Data
        06 71 22 48 90
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    mid = "<CAB8qn2Lx7eT0w5=Vd1mR9kYpS3fH4aZ6uC2@mail.gmail.com>"
    hs = head(addr("Hugo Vandamme", "hugo.vandamme@nordlys-data.fr"), "Proposition d'embauche - QA Engineer",
              "2026-10-20 17:15:40", PARIS, mid,
              relay="mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             b64_part("application/pdf", pdf, "Promesse_embauche_M_Le_Goff.pdf")))


@mail(26, family="application_receipt", lang="en", interview=False, company="Elbwerk Mobility GmbH",
      note="softgarden application acknowledgement; mentions that an interview invitation may follow, nothing "
           "scheduled")
def m26() -> bytes:
    body = t("""
        Dear Maël Le Goff,

        Thank you for your application as QA Engineer - Mobile Apps (m/f/d, remote within the EU) and for your interest in Elbwerk Mobility.

        We have received your documents and will review them carefully. If your profile matches what we are looking for, we will invite you to a first interview with our team - usually within two to three weeks.

        You can check the status of your application at any time in your candidate account:
        https://elbwerk.softgarden.io/en/vacancies/mine

        Kind regards,
        Your Elbwerk Mobility Recruiting Team

        Elbwerk Mobility GmbH · Am Sandtorkai 41 · 20457 Hamburg
        Registered at Amtsgericht Hamburg HRB 168241 · Managing directors: Jana Vollmer, Piet Hansen
        This email was sent automatically via softgarden. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Maël Le Goff,</p>
        <p>Thank you for your application as <b>QA Engineer - Mobile Apps (m/f/d, remote within the EU)</b> and for your interest in Elbwerk Mobility.</p>
        <p>We have received your documents and will review them carefully. If your profile matches what we are looking for, we will invite you to a first interview with our team - usually within two to three weeks.</p>
        <p>You can check the status of your application at any time in your <a href="https://elbwerk.softgarden.io/en/vacancies/mine">candidate account</a>.</p>
        <p>Kind regards,<br>Your Elbwerk Mobility Recruiting Team</p>
        <p style="font-size:11px;color:#888">Elbwerk Mobility GmbH · Am Sandtorkai 41 · 20457 Hamburg<br>This email was sent automatically via softgarden. Please do not reply.</p>
        </body></html>
        """)
    mid = "<sg.app.8841907.1757582412@mailer.softgarden.io>"
    hs = head(addr("Elbwerk Mobility GmbH", "noreply@softgarden.io"),
              "Your application as QA Engineer - Mobile Apps (m/f/d)", "2026-09-11 11:20:12", "Europe/Berlin", mid,
              relay="mailer.softgarden.io (mailer.softgarden.io [195.201.71.36])")
    return message(hs, alt(text(body), html(page)))


@mail(27, family="job_alert", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Job-board alert with 'entretien' in the offers' teasers and a job-dating date; no interview of the "
           "candidate")
def m27() -> bytes:
    body = t("""
        OuestJobs - Votre alerte « testeur logiciel » · Rennes (35) et alentours

        7 nouvelles offres correspondent à votre recherche

        Testeur / Testeuse QA automatisation (F/H) - CDI
        Digital Émeraude · Saint-Malo (35) · 38-42 k€
        « Process rapide : un entretien RH puis un entretien technique, réponse sous 10 jours »
        https://www.ouestjobs.fr/offre/48211

        Ingénieur validation logiciel embarqué - CDI
        Celtec Avionique · Bruz (35)
        https://www.ouestjobs.fr/offre/48224

        Recetteur SI bancaire - CDD 12 mois
        Groupe Financier du Ponant · Rennes (35)
        « Entretien en visio possible »
        https://www.ouestjobs.fr/offre/48230

        Job dating tech à Rennes : jeudi 22 octobre de 17h à 20h à la Cantine numérique, entretiens éclair de 10 minutes avec 12 entreprises - inscription gratuite
        https://www.ouestjobs.fr/evenements/job-dating-rennes

        Voir les 4 autres offres : https://www.ouestjobs.fr/alertes/9921/resultats

        Vous recevez cet e-mail car vous avez créé une alerte sur OuestJobs.
        Modifier ou supprimer cette alerte : https://www.ouestjobs.fr/alertes/9921
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    mid = "<alerte.9921.20261019070004@mailing.ouestjobs.fr>"
    hs = head(addr("OuestJobs", "alertes@mailing.ouestjobs.fr"),
              "7 nouvelles offres : testeur logiciel à Rennes", "2026-10-19 07:00:04", PARIS, mid,
              relay="mailing.ouestjobs.fr (mailing.ouestjobs.fr [51.91.12.203])",
              extra=(("List-Unsubscribe", "<https://www.ouestjobs.fr/alertes/9921/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(28, family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Blog newsletter about job interviews for testers ('l'entretien de mardi à 14h' is an example in the "
           "article); no interview of the candidate")
def m28() -> bytes:
    body = t("""
        La Lettre du Testeur #58 — Entretien technique : ce que les recruteurs QA regardent vraiment

        Salut à toi, testeur ou testeuse !

        Cette semaine, on parle entretien. Vous êtes nombreux à m'avoir écrit après un « entretien technique » qui ressemblait plus à un quiz ISTQB qu'à une vraie conversation. Alors j'ai demandé à cinq responsables QA de Nantes, Rennes et Lille ce qu'ils cherchent.

        1. Votre façon de poser des questions. « Quand un candidat me demande qui sont les utilisateurs avant de proposer des cas de test, c'est gagné », dit Aurélie, lead QA.

        2. Un exemple de bug dont vous êtes fier. Préparez-en un, racontez-le en deux minutes.

        3. Votre rapport à l'automatisation : ni religion, ni allergie.

        Le témoignage de la semaine : Julien avait son entretien le mardi à 14h, il a reçu le cas pratique à 13h50. « J'ai paniqué, puis j'ai commencé par lister mes hypothèses. C'est ce qu'ils ont retenu. »

        À lire aussi : « Négocier son salaire quand on est QA » et « Le portfolio de tests, bonne idée ? »

        Bonne semaine,
        Morgane — La Lettre du Testeur

        Vous recevez cette lettre car vous vous êtes abonné sur lalettredutesteur.fr. Se désinscrire : https://lalettredutesteur.fr/unsubscribe?u=7a1c
        """)
    mid = "<20261105061500.58.7a1c@lalettredutesteur.fr>"
    hs = head(addr("La Lettre du Testeur", "morgane@lalettredutesteur.fr"),
              "#58 — Entretien technique : ce que les recruteurs QA regardent vraiment", "2026-11-05 07:15:00",
              PARIS, mid, relay="mta-22.lalettredutesteur.fr (mta-22.lalettredutesteur.fr [37.59.110.22])",
              extra=(("List-Unsubscribe", "<https://lalettredutesteur.fr/unsubscribe?u=7a1c>"),
                     ("List-Id", "La Lettre du Testeur <lettre.lalettredutesteur.fr>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(29, family="self_scheduling", lang="en", interview=False, company="Clontarf Payments",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Workable 'pick a time' request listing open slots; nothing is booked yet")
def m29() -> bytes:
    body = t("""
        Hi Maël,

        Thanks for applying for the Test Automation Engineer role at Clontarf Payments. We'd love to have a 30-minute video chat with you.

        Please pick a time that suits you using the link below. Slots currently open (Irish time):
          Tuesday 13 October - 10:00, 11:30
          Wednesday 14 October - 15:00, 16:00

        Choose a time: https://apply.workable.com/clontarf-payments/j/8C41D7E2A9/schedule/5b1f0e

        Once you've picked a slot you'll get a calendar invite.

        Best,
        Orla Fitzgerald
        Clontarf Payments

        Sent via Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Maël,</p>
        <p>Thanks for applying for the <b>Test Automation Engineer</b> role at Clontarf Payments. We'd love to have a 30-minute video chat with you.</p>
        <p>Please pick a time that suits you using the link below. Slots currently open (Irish time):<br>
        Tuesday 13 October - 10:00, 11:30<br>Wednesday 14 October - 15:00, 16:00</p>
        <p><a href="https://apply.workable.com/clontarf-payments/j/8C41D7E2A9/schedule/5b1f0e" style="background:#00756a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Choose a time</a></p>
        <p>Once you've picked a slot you'll get a calendar invite.</p>
        <p>Best,<br>Orla Fitzgerald<br>Clontarf Payments</p>
        <p style="font-size:11px;color:#999">Sent via Workable</p>
        </body></html>
        """)
    mid = "<5f3a9c1e7b2d.1791287512@candidates.workablemail.com>"
    hs = head(addr("Orla Fitzgerald - Clontarf Payments", "noreply@candidates.workablemail.com"),
              "Schedule your interview with Clontarf Payments", "2026-10-06 12:51:52", DUBLIN, mid,
              relay="mail-out.workablemail.com (mail-out.workablemail.com [52.48.96.11])",
              extra=(("Reply-To", "clontarf-payments+8c41d7e2a9-5b1f0e@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(30, family="recruiter_outreach", lang="fr", interview=False, company="Kéréon Consulting",
      note="Cold outreach from an IT consultancy recruiter (Parisian register) asking when to call; no fixed time")
def m30() -> bytes:
    body = t("""
        Hello Maël,

        Je me permets de te contacter car ton profil de testeur (Cypress, Postman, un peu de Gatling) m'a tapé dans l'œil. On monte une équipe QA pour un grand compte du retail, mission longue à Paris avec 3 jours de TT possibles — ou full remote pour les bons profils, c'est négociable.

        Tu serais dispo pour un petit call de 20 min cette semaine ou la semaine pro ? Dis-moi ce qui t'arrange, je m'adapte.

        Belle journée,

        Alexandre Mercier
        Talent Acquisition Manager — Kéréon Consulting
        alexandre.mercier@kereon-consulting.fr | 06 12 48 77 30
        """)
    mid = "<0100019a1b2c3d4e-kereon-7f8e9d0c@mail.kereon-consulting.fr>"
    hs = head(addr("Alexandre Mercier", "alexandre.mercier@kereon-consulting.fr"),
              "Opportunité QA - mission longue Paris / remote", "2026-09-14 09:37:22", PARIS, mid,
              relay="mail.kereon-consulting.fr (mail.kereon-consulting.fr [92.222.18.41])")
    return message(hs, text(body, cte="8bit"))


@mail(31, family="interview_proposed", lang="fr", interview=False, company="Erdre Solutions",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25"), ("Thu", "2026-11-26")),
      note="Hiring manager proposes slots ('Est-ce que mardi 10h vous irait ? Sinon mercredi 15h ou jeudi "
           "matin') and waits for an answer; not confirmed yet")
def m31() -> bytes:
    body = t("""
        Bonjour Maël,

        Merci pour votre message et votre CV, votre parcours colle très bien à ce que nous cherchons pour l'équipe recette.

        J'aimerais qu'on se rencontre la semaine prochaine, en visio ou à Nantes comme vous préférez. Est-ce que mardi 24 à 10h vous irait ? Sinon mercredi 15h ou jeudi matin.

        Dites-moi ce qui vous convient et je vous envoie une invitation.

        Cordialement,
        Frédéric Guillon
        Responsable qualité logicielle - Erdre Solutions
        8 rue Lanoue Bras de Fer, 44200 Nantes

        Le jeu. 19 nov. 2026 à 21:14, Maël Le Goff <mael.legoff@example.org> a écrit :
        > Bonjour Monsieur Guillon,
        >
        > Suite à notre échange au salon Tech'Ouest, je vous transmets mon CV pour le poste de testeur.
        >
        > Bien cordialement,
        > Maël Le Goff
        """)
    mid = "<CAN7yP3qR8vE2=Fm6wT1kL9bX4hZ0dA5sG@mail.gmail.com>"
    hs = head(addr("Frédéric Guillon", "frederic.guillon@erdre-solutions.fr"), "Re: Candidature - testeur QA",
              "2026-11-20 11:48:03", PARIS, mid,
              relay="mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])",
              extra=(("In-Reply-To", "<CAF3d9x+Ht5q@mail.example.org>"),
                     ("References", "<CAF3d9x+Ht5q@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(32, family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Doctolib GP appointment confirmation with an ICS (lundi 12 octobre 2026 à 08:45): a confirmed time, "
           "not a job interview")
def m32() -> bytes:
    body = t("""
        Doctolib

        Votre rendez-vous est confirmé

        Bonjour Maël Le Goff,

        Lundi 12 octobre 2026 à 08:45
        Dr Anne Le Goaziou - Médecin généraliste
        Cabinet médical de Bourg-l'Évêque, 14 rue de Redon, 35000 Rennes

        Motif : Consultation de suivi

        Pensez à apporter votre carte Vitale et votre ordonnance en cours.
        En cas d'empêchement, annulez votre rendez-vous au moins 24 h à l'avance pour libérer le créneau : https://www.doctolib.fr/account/appointments

        L'équipe Doctolib
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Doctolib//Appointment//FR
        METHOD:PUBLISH
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:doctolib-apt-1188244031
        DTSTAMP:20261006T171244Z
        DTSTART;TZID=Europe/Paris:20261012T084500
        DTEND;TZID=Europe/Paris:20261012T090000
        SUMMARY:RDV Dr Anne Le Goaziou - Médecin généraliste
        LOCATION:14 rue de Redon\\, 35000 Rennes
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<6520ab14c31f0_1f2a@doctolib-mailer-5c8d.mail>"
    hs = head(addr("Doctolib", "no-reply@doctolib.fr"), "Confirmation de votre rendez-vous du lundi 12 octobre",
              "2026-10-06 19:12:44", PARIS, mid, relay="mail.doctolib.fr (mail.doctolib.fr [185.81.40.12])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", ctype="text/calendar",
                                      filename="rdv.ics", disposition="attachment")))


@mail(33, family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Private landlord confirms a flat viewing 'samedi à 11h' where she 'interviews' each would-be tenant "
           "('un petit entretien'); a fixed time, not a job interview")
def m33() -> bytes:
    body = t("""
        Bonjour Monsieur Le Goff,

        Je vous confirme la visite de l'appartement du 23 rue de Saint-Malo (T2, 3e étage sans ascenseur) samedi 19 septembre à 11h. Je reçois les candidats un par un, avec un petit entretien d'un quart d'heure pour faire connaissance, je préfère savoir à qui je loue.

        Merci de venir avec votre dossier complet : pièce d'identité, trois derniers bulletins de salaire, dernier avis d'imposition et attestation de l'employeur. Si vous êtes en période d'essai ou en recherche d'emploi, une garantie Visale ou un garant est indispensable.

        Sonnez chez Guével, je descendrai vous ouvrir.

        Cordialement,
        Marie-Thérèse Guével
        """)
    mid = "<1758040031.412877.1@webmail.orange.fr>"
    hs = head(addr("Marie-Thérèse Guével", "mt.guevel35@orange.fr"), "Re: Annonce T2 rue de Saint-Malo",
              "2026-09-16 18:27:11", PARIS, mid,
              relay="smtp.orange.fr (smtp-11.smtp.orange.fr [80.12.242.11])",
              extra=(("In-Reply-To", "<CAF3d9x+Lc2a@mail.example.org>"), ("X-Mailer", "Orange Messagerie")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(34, family="car_service", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Garage confirms a car service (révision) 'jeudi 3 décembre 2026 à 8h00': fixed time, not an interview")
def m34() -> bytes:
    body = t("""
        GARAGE DU BLOSNE - Confirmation de rendez-vous atelier

        Bonjour M. LE GOFF,

        Nous avons le plaisir de vous confirmer votre rendez-vous :

        Date : jeudi 3 décembre 2026
        Heure de dépôt : 8h00
        Véhicule : Peugeot 208 - immatriculation FG-418-KT
        Prestation : révision constructeur 60 000 km + contrôle des freins
        Véhicule de courtoisie : non

        Merci de vous présenter à l'accueil atelier 10 minutes avant avec le carnet d'entretien du véhicule.
        Restitution prévue le jour même à partir de 17h00.

        Garage du Blosne - 52 boulevard de Yougoslavie, 35200 Rennes - 02 99 50 63 18
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = "<html><body style=\"font-family:Arial\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    mid = "<rdv-atelier-2026-118840@garage-blosne.fr>"
    hs = head(addr("Garage du Blosne", "rdv@garage-blosne.fr"),
              "Confirmation de votre rendez-vous atelier du 03/12/2026", "2026-11-27 15:42:10", PARIS, mid,
              relay="smtp.garage-blosne.fr (smtp.garage-blosne.fr [62.210.77.14])")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(35, family="school_meeting", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="School ENT message fixing a parent-teacher meeting ('mardi 17 novembre à 17h40'); fixed time, not a "
           "job interview")
def m35() -> bytes:
    body = t("""
        Collège de la Touche - Rennes
        Rencontres parents-professeurs, 1er trimestre

        Madame, Monsieur,

        Suite à votre demande sur l'ENT, votre rendez-vous avec Mme Le Corre, professeure principale de la classe de 5e B (élève : Lou LE GOFF), est fixé au :

            mardi 17 novembre à 17h40 (créneau de 10 minutes), salle 112

        Merci de respecter l'horaire afin de ne pas retarder les familles suivantes. En cas d'empêchement, merci de prévenir via la messagerie de l'ENT.

        La vie scolaire

        -- Message envoyé depuis l'ENT du collège. Ne pas répondre à ce courriel.
        """)
    mid = "<ent.msg.44120981.1762879211@ent.college-latouche.fr>"
    hs = head(addr("ENT Collège de la Touche", "ne-pas-repondre@ent.college-latouche.fr"),
              "Rencontres parents-professeurs : confirmation de votre rendez-vous", "2026-11-12 12:40:11", PARIS,
              mid, relay="ent.college-latouche.fr (ent.college-latouche.fr [193.50.140.21])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="base64"))


@mail(36, family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Outlook meeting request at the candidate's current job (sprint retro + end-of-year drinks, Romance "
           "Standard Time) sent to his work address; a fixed time, not a job interview")
def m36() -> bytes:
    body = t("""
        Quand : jeudi 10 décembre 2026 16:00-17:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Open space 2e + cafétéria

        *~*~*~*~*~*~*~*~*~*

        Hello l'équipe,

        Rétro du sprint 47 à 16h, puis on enchaîne sur le pot de fin d'année vers 17h (galettes-saucisses promises par Yoann, je n'y crois qu'à moitié).
        Présence souhaitée de tout le monde, y compris les testeurs en TT ce jour-là si possible.

        Hélène
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hélène Riou:mailto:helene.riou@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Produit Rennes:mailto:equipe-produit-rennes@example.net
        SUMMARY;LANGUAGE=fr-FR:Rétro sprint 47 + pot de fin d'année
        DTSTART;TZID=Romance Standard Time:20261210T160000
        DTEND;TZID=Romance Standard Time:20261210T173000
        UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261207T084405Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Open space 2e + cafétéria
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<VI1PR09MB3218D4C1A7E2F09B3C5A8E6D1F0B2@VI1PR09MB3218.eurprd09.prod.outlook.com>"
    hs = head(addr("Hélène Riou", "helene.riou@example.net"), "Rétro sprint 47 + pot de fin d'année",
              "2026-12-07 09:44:05", PARIS, mid, to=addr("Équipe Produit Rennes", "equipe-produit-rennes@example.net"),
              relay="EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2095.outbound.protection.outlook.com [40.107.8.95])",
              extra=(("Thread-Topic", enc("Rétro sprint 47 + pot de fin d'année")), ("Content-Language", "fr-FR"),
                     ("X-Forwarded-To", ME)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(37, family="interview_panel_current_job", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="HR at the candidate's current employer invites him to sit on the panel interviewing a junior tester "
           "(Exchange request with ICS, 'Entretien candidat'): he is the interviewer, not the candidate")
def m37() -> bytes:
    body = t("""
        Quand : mardi 20 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Brocéliande

        *~*~*~*~*~*~*~*~*~*

        Bonjour Maël,

        Merci d'avoir accepté de faire partie du jury pour le poste de testeur junior. Tu trouveras le CV de la candidate (Léna Cadiou) dans le dossier partagé RH > Recrutements > 2026-QA-03.
        Je te propose de prendre la partie technique (20 min : mise en situation sur la recette de l'appli mobile), je m'occupe de la partie RH et Hélène de la présentation de l'équipe.

        La grille d'évaluation est à remplir dans l'outil avant vendredi.

        Merci !
        Gaëlle Hamon
        Ressources humaines
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gaëlle Hamon:mailto:gaelle.hamon@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maël Le Goff:mailto:mael.legoff@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Riou:mailto:helene.riou@example.net
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Testeur junior (L. Cadiou) – jury
        DTSTART;TZID=Romance Standard Time:20261020T140000
        DTEND;TZID=Romance Standard Time:20261020T150000
        UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261015T125211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Brocéliande
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<VI1PR09MB32187B2E9A4C1D0F5E3A6C8B7D9E1@VI1PR09MB3218.eurprd09.prod.outlook.com>"
    hs = head(addr("Gaëlle Hamon", "gaelle.hamon@example.net"),
              "Entretien candidat – Testeur junior (L. Cadiou) – jury", "2026-10-15 14:52:11", PARIS, mid,
              to=addr(ME_NAME, "mael.legoff@example.net"),
              relay="EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2095.outbound.protection.outlook.com [40.107.8.95])",
              extra=(("Cc", addr("Hélène Riou", "helene.riou@example.net")),
                     ("Thread-Topic", enc("Entretien candidat – Testeur junior (L. Cadiou) – jury")),
                     ("Content-Language", "fr-FR"), ("X-Forwarded-To", ME)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(38, family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="France Travail (job centre) convocation to an 'entretien de suivi' with the job-seeker's adviser, "
           "'jeudi 12 novembre 2026 à 09h30': fixed time, but not a job interview with an employer")
def m38() -> bytes:
    body = t("""
        Bonjour Monsieur LE GOFF Maël,

        Vous êtes convoqué(e) à un entretien de suivi avec votre conseiller(ère), M. Thomas Briand :

        le jeudi 12 novembre 2026 à 09h30
        Agence France Travail Rennes Sud - 8 rue de Suède, 35200 Rennes

        Objet : point d'étape sur votre projet professionnel et vos candidatures en cours.

        Pensez à vous munir de votre CV à jour et de la liste des démarches effectuées depuis notre dernier rendez-vous.

        Attention : en cas d'absence non justifiée à ce rendez-vous, vous vous exposez à une radiation de la liste des demandeurs d'emploi.
        Pour prévenir d'une absence, utilisez votre espace personnel sur francetravail.fr, rubrique « Mes rendez-vous ».

        Votre conseiller(ère) France Travail

        Ce message vous est adressé automatiquement, merci de ne pas y répondre.
        """)
    page = "<html><body style=\"font-family:Marianne,Arial,sans-serif;font-size:14px\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    mid = "<FT.CONVOC.0448120931.20261105@francetravail.fr>"
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation à un entretien avec votre conseiller", "2026-11-05 08:03:19", PARIS, mid,
              relay="mail-out.francetravail.fr (mail-out.francetravail.fr [185.24.184.30])")
    return message(hs, alt(text(body), html(page)))


@mail(39, family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Local journalist confirms a phone interview with the candidate as meetup co-organiser ('après-demain "
           "à 10h', 20 minutes): an interview at a fixed time, but press, not a job interview")
def m39() -> bytes:
    body = t("""
        Bonjour Maël,

        Merci d'avoir accepté de répondre à mes questions pour notre page « Rennes numérique ». Je vous confirme notre interview téléphonique après-demain à 10h, ça ne devrait pas dépasser 20 minutes. Je vous appellerai sur votre portable.

        Les thèmes : la naissance du meetup Rennes QA, pourquoi les testeurs ont besoin d'une communauté, et votre regard sur le marché de l'emploi tech en Bretagne (si vous êtes d'accord pour en parler).

        Une photo de vous lors d'une soirée du meetup serait un plus pour illustrer l'article.

        Bien à vous,
        Clémence Le Dantec
        Journaliste - L'Écho de la Vilaine
        clemence.ledantec@echodelavilaine.fr
        """)
    mid = "<8d1e6a2f-49c3-4b07-b5ad-1e2f3c4d5e6f@echodelavilaine.fr>"
    hs = head(addr("Clémence Le Dantec", "clemence.ledantec@echodelavilaine.fr"),
              "Interview pour L'Écho de la Vilaine - meetup Rennes QA", "2026-10-21 16:25:48", PARIS, mid,
              relay="smtp.echodelavilaine.fr (smtp.echodelavilaine.fr [46.105.60.17])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(40, family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Podcast host confirms a recording ('Tuesday 8 December, 17:00 Irish time / 18:00 your time') where "
           "the candidate is the guest; not a job interview")
def m40() -> bytes:
    body = t("""
        Hi Maël,

        Brilliant, you're booked in! Here are the details for our chat on Flaky Tests, the podcast:

        Recording: Tuesday 8 December, 17:00 Irish time (18:00 your time), about 50 minutes
        Studio link: https://riverside.fm/studio/flaky-tests?t=4e7b1c
        Topic: "Exploratory testing in a world of AI-generated test cases"

        A few tips: wired headphones if you have them, a quiet room, and Chrome works best with Riverside. I'll send the episode outline next week so nothing catches you off guard. It's a relaxed conversation, not an interview in the job sense!

        Cheers,
        Eoin
        Eoin Maher - host, Flaky Tests
        eoin@flakytests.fm
        """)
    mid = "<CAK2bW9d0xN=Pq7sE4rL1vM8yT3fH6gJ5aZ@mail.gmail.com>"
    hs = head(addr("Eoin Maher", "eoin@flakytests.fm"), "Re: Guest spot on Flaky Tests",
              "2026-12-01 10:18:27", DUBLIN, mid,
              relay="mail-ej1-f53.google.com (mail-ej1-f53.google.com [209.85.218.53])",
              extra=(("In-Reply-To", "<CAF3d9x+Pd9c@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(41, family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="School convocation to an admission interview for a Mastère spécialisé ('mercredi 14 octobre 2026 à "
           "14h30', with ICS); a fixed-time 'entretien', but for a school, not a job")
def m41() -> bytes:
    body = t("""
        Bonjour Maël Le Goff,

        Votre dossier de candidature au Mastère Spécialisé « Qualité et test des systèmes logiciels » (rentrée février 2027, formation continue) a retenu l'attention du jury d'admission.

        Vous êtes convoqué(e) à un entretien d'admission :

        Date : mercredi 14 octobre 2026
        Heure : 14h30 (durée : 30 minutes)
        Lieu : ESNB - Campus de Beaulieu, bâtiment 12, salle 204, Rennes
        Jury : Pr. Yves Kerhervé (responsable pédagogique), Mme Armelle Le Bot (représentante entreprises)

        Merci de préparer une présentation de 5 minutes de votre projet professionnel.
        Une invitation pour votre agenda est jointe.

        Service des admissions
        École Supérieure du Numérique de Bretagne
        admissions@esnb-rennes.fr
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ESNB//Admissions//FR
        METHOD:PUBLISH
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:esnb-adm-ms-qtsl-2027-0412@esnb-rennes.fr
        DTSTAMP:20261005T094101Z
        DTSTART;TZID=Europe/Paris:20261014T143000
        DTEND;TZID=Europe/Paris:20261014T150000
        SUMMARY:Entretien d'admission - MS Qualité et test des systèmes logiciels
        LOCATION:ESNB - Campus de Beaulieu\\, bâtiment 12\\, salle 204
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<20261005114101.admissions.0412@esnb-rennes.fr>"
    hs = head(addr("ESNB - Admissions", "admissions@esnb-rennes.fr"),
              "Convocation à l'entretien d'admission - MS Qualité et test", "2026-10-05 11:41:01", PARIS, mid,
              relay="smtp.esnb-rennes.fr (smtp.esnb-rennes.fr [129.20.4.77])")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", ctype="text/calendar",
                                      filename="entretien_admission.ics", disposition="attachment")))


@mail(42, family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Ultimate frisbee club confirms a try-out session ('samedi 12 septembre à 10h'): a fixed time, not a "
           "job interview")
def m42() -> bytes:
    body = t("""
        Salut Maël,

        Bien reçu ton message ! Pour intégrer l'équipe open cette saison, on fait passer des essais : rendez-vous samedi 12 septembre à 10h au gymnase de Bréquigny (salle 2), prévois 2h.

        Rien de sélectif à mort, c'est surtout pour voir ton niveau et te placer dans le bon groupe (compét' N2 ou loisir). Viens avec des chaussures de salle propres et une gourde, on prête les disques.

        Kenavo et à samedi !
        Tugdual
        Secrétaire - Rennes Ultimate Club
        """)
    mid = "<CAPm5nK2wX8=Rt4eV1bL7qY3hF0dS9aZ6cG@mail.gmail.com>"
    hs = head(addr("Rennes Ultimate Club", "contact.rennesultimate@gmail.com"), "Re: Essais équipe open",
              "2026-09-07 21:03:55", PARIS, mid,
              relay="mail-qt1-f180.google.com (mail-qt1-f180.google.com [209.85.160.180])",
              extra=(("In-Reply-To", "<CAF3d9x+Uf4r@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(43, family="tax_office", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="Tax office confirms a phone appointment ('lundi 28 septembre 2026 à 14h00'): fixed time, not a job "
           "interview")
def m43() -> bytes:
    body = t("""
        Madame, Monsieur,

        Nous vous confirmons votre rendez-vous téléphonique avec le Service des Impôts des Particuliers de Rennes :

        Date : lundi 28 septembre 2026
        Heure : 14h00
        Objet : changement de situation (perte d'emploi, prélèvement à la source)

        Un agent vous appellera au numéro que vous avez indiqué. Merci de vous munir de votre numéro fiscal et de votre dernier avis d'impôt.

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier sur impots.gouv.fr.

        La Direction générale des Finances publiques

        Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.
        """)
    mid = "<rdv.sip.3512.20260922154810.88213@dgfip.finances.gouv.fr>"
    hs = head(addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
              "Confirmation de votre rendez-vous", "2026-09-22 15:48:10", PARIS, mid,
              relay="smtpout.dgfip.finances.gouv.fr (smtpout.dgfip.finances.gouv.fr [145.242.11.60])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(44, family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Calendly confirmation (in French) of a paid mock-interview session with a career coach ('Simulation "
           "d'entretien d'embauche', jeudi 22 octobre 2026 18:00, with ICS): a confirmed time, not a job interview")
def m44() -> bytes:
    body = t("""
        Bonjour Maël Le Goff,

        Votre Simulation d'entretien d'embauche (1h30) avec Sandrine Le Bras à 18:00 (heure d'Europe centrale) le jeudi 22 octobre 2026 est programmé(e).

        Type d'événement :
        Simulation d'entretien d'embauche (1h30)

        Date/heure de l'événement :
        18:00 - 19:30 (heure d'Europe centrale) le jeudi 22 octobre 2026

        Lieu :
        Visio Google Meet : https://meet.google.com/hzt-qpwn-ery

        Questions :
        Poste visé pour la simulation
        Testeur QA confirmé, entretien technique avec un manager

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/8a2d4f6b-1c3e-4a5b-9d7f-0e2c4b6a8d1f
        Reprogrammer : https://calendly.com/reschedulings/8a2d4f6b-1c3e-4a5b-9d7f-0e2c4b6a8d1f

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8a2d4f6b-1c3e-4a5b-9d7f-0e2c4b6a8d1f@calendly.com
        DTSTAMP:20261016T112201Z
        DTSTART:20261022T160000Z
        DTEND:20261022T173000Z
        SUMMARY:Simulation d'entretien d'embauche (1h30) entre Sandrine Le Bras et Maël Le Goff
        ORGANIZER;CN=Sandrine Le Bras:mailto:sandrine@lebras-coaching.fr
        ATTENDEE;CN=Maël Le Goff;PARTSTAT=ACCEPTED:mailto:mael.legoff@example.org
        LOCATION:https://meet.google.com/hzt-qpwn-ery
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<Zq8Lm3RtVf2kH9d1wP0xYA@geopod-ismtpd-7>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Simulation d'entretien d'embauche (1h30) avec Sandrine Le Bras le jeudi 22 octobre 2026",
              "2026-10-16 13:22:01", PARIS, mid,
              relay="o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
              extra=(("Reply-To", addr("Sandrine Le Bras", "sandrine@lebras-coaching.fr")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@mail(45, family="forwarded_other_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="A friend forwards his own Greenhouse interview confirmation (message/rfc822 with an ICS, 'jeudi 5 "
           "novembre 2026, 14:00 - 15:00') asking for tips: a confirmed interview, but not the inbox owner's")
def m45() -> bytes:
    inner_body = t("""
        Bonjour Kévin,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Développeur·euse Java confirmé·e :

          Date :       jeudi 5 novembre 2026
          Heure :      14:00 - 15:00 (heure de Paris)
          Format :     sur site, 9 rue de Châteaudun, Nantes
          Avec :       Solène Guillou (Talent Acquisition) et Pierre-Yves Nédélec (Tech Lead)

        À très vite,
        L'équipe recrutement de Kerlann Logiciels

        --
        Powered by Greenhouse
        """)
    inner_ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse//Greenhouse Recruiting//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-55120931@greenhouse.io
        DTSTAMP:20261030T093012Z
        DTSTART:20261105T130000Z
        DTEND:20261105T140000Z
        SUMMARY:Entretien Kerlann Logiciels - Développeur·euse Java confirmé·e
        ORGANIZER;CN=Solène Guillou:mailto:solene.guillou@kerlann-logiciels.fr
        ATTENDEE;CN=Kévin Ropars;RSVP=TRUE:mailto:kevin.ropars@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    inner_hs = [("From", addr("Kerlann Logiciels", "no-reply@us.greenhouse-mail.io")),
                ("To", addr("Kévin Ropars", "kevin.ropars@example.com")),
                ("Subject", enc("Confirmation de votre entretien – Kerlann Logiciels")),
                ("Date", date("2026-10-30 10:30:12", PARIS)),
                ("Message-ID", "<0100019b0c7e2a91-8f1d3c2b-a4e5-4f60-b7c8-d9e0f1a2b3c4-000000@email.amazonses.com>"),
                ("Reply-To", addr("Solène Guillou", "solene.guillou@kerlann-logiciels.fr"))]
    inner = message(inner_hs, mixed(text(inner_body),
                                     calendar(inner_ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                              filename="invite.ics", disposition="attachment")))
    body = t("""
        Salut vieux,

        Regarde ce que j'ai reçu hier : entretien chez Kerlann jeudi 14h, la boîte où t'étais passé en septembre ! Tu te rappelles ce qu'ils demandaient dans le cas pratique ? Et la Solène elle est sympa ?

        Je te paie une bière à la Piste si tu me briefes ce week-end :)

        Kév
        """)
    mid = "<CAGx7Lq1nB5=Vt3wR8eK2mY9hD4fS0aP6cZ@mail.gmail.com>"
    hs = head(addr("Kévin Ropars", "kevin.ropars@example.com"), "Fwd: Confirmation de votre entretien – Kerlann Logiciels",
              "2026-10-31 10:05:33", PARIS, mid,
              relay="mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])")
    return message(hs, mixed(text(body, cte="8bit"),
                             attached_message(inner, "Confirmation de votre entretien.eml")))


@mail(46, family="out_of_office", lang="en", interview=False, company="Liffeyworks",
      days=(("Mon", "2026-10-05"),),
      note="Out-of-office auto-reply from the Liffeyworks recruiter to the candidate's thank-you note after the "
           "30 Sep interview; a return date, nothing scheduled")
def m46() -> bytes:
    body = t("""
        Thank you for your email.

        I'm out of the office until Monday 5 October with limited access to email. For anything urgent, including interview scheduling, please contact talent@liffeyworks.ie and one of the team will help.

        Kind regards,
        Ciara Brennan
        Talent Partner | Liffeyworks
        """)
    mid = "<AS8PR04MB89712C3E5A1F0D7B94E2C6A8F1B3D@AS8PR04MB8971.eurprd04.prod.outlook.com>"
    hs = head(addr("Ciara Brennan", "ciara.brennan@liffeyworks.ie"),
              "Automatic reply: Thank you – QA Engineer interview", "2026-10-01 09:12:40", DUBLIN, mid,
              relay="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2100.outbound.protection.outlook.com [40.107.22.100])",
              extra=(("In-Reply-To", "<CAF3d9x+Ty7k@mail.example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "ciara.brennan@liffeyworks.ie")))
    return message(hs, text(body, cte="7bit"))


@mail(47, family="bounce", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Postfix bounce of the candidate's own mail accepting an interview ('je vous confirme ma présence à "
           "l'entretien du mardi 1er décembre à 10h'); undelivered, and no confirmation from the employer")
def m47() -> bytes:
    original_body = t("""
        Bonjour Madame Guillot,

        Je vous confirme ma présence à l'entretien du mardi 1er décembre à 10h dans vos locaux de Saint-Grégoire.

        Bien cordialement,
        Maël Le Goff

        Le mer. 25 nov. 2026 à 17:40, Catherine Guillot <c.guillot@armor-qualite.fr> a écrit :
        > Bonjour Monsieur Le Goff,
        > Suite à notre appel, pourriez-vous me confirmer si mardi 1er décembre à 10h vous convient ?
        > Cordialement,
        > Catherine Guillot
        """)
    original = message([("From", me()),
                        ("To", addr("Catherine Guillot", "c.guillott@armor-qualite.fr")),
                        ("Subject", "Re: Entretien - Testeur QA"),
                        ("Date", date("2026-11-26 20:14:00", PARIS)),
                        ("Message-ID", "<CAF3d9x+Bn0u@mail.example.org>"),
                        ("In-Reply-To", "<armor.3381@armor-qualite.fr>")],
                       text(original_body))
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <c.guillott@armor-qualite.fr>: host mx.armor-qualite.fr[51.38.92.14] said:
            550 5.1.1 <c.guillott@armor-qualite.fr>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4F7A2B3C1D
        X-Postfix-Sender: rfc822; mael.legoff@example.org
        Arrival-Date: Thu, 26 Nov 2026 20:14:02 +0100 (CET)

        Final-Recipient: rfc822; c.guillott@armor-qualite.fr
        Original-Recipient: rfc822;c.guillott@armor-qualite.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.armor-qualite.fr
        Diagnostic-Code: smtp; 550 5.1.1 <c.guillott@armor-qualite.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = make.multipart("report",
                            make.Part([("Content-Description", "Notification"),
                                       ("Content-Type", 'text/plain; charset="us-ascii"')],
                                      make._lines(notice).encode("ascii")),
                            make.Part([("Content-Description", "Delivery report"),
                                       ("Content-Type", "message/delivery-status")],
                                      make._lines(status).encode("ascii")),
                            make.Part([("Content-Description", "Undelivered Message"),
                                       ("Content-Type", "message/rfc822")], original),
                            params="report-type=delivery-status")
    mid = "<20261126191403.4F7A2B3C1D@mx2.example.org>"
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org"), "Undelivered Mail Returned to Sender",
              "2026-11-26 20:14:03", PARIS, mid, extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(48, family="mailing_list_meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Mailman list post announcing the local testers' meetup ('jeudi 3 décembre, 19h'); a fixed time, not "
           "a job interview")
def m48() -> bytes:
    body = t("""
        Salut à toutes et à tous,

        Le meetup #31 aura lieu jeudi 3 décembre à 19h chez Zenika Rennes (merci à eux pour l'accueil et les pizzas) :

        - 19h00 : accueil
        - 19h20 : « Tests de contrat avec Pact : retour d'expérience sur 40 microservices » - Nolwenn
        - 20h00 : lightning talks (il reste 2 créneaux, répondez sur la liste !)
        - 20h30 : apéro + session « revue de CV et préparation d'entretiens » pour celles et ceux qui cherchent

        Inscription (gratuite mais obligatoire) : https://www.meetup.com/rennes-qa/events/31

        À jeudi,
        Yann, pour l'orga

        _______________________________________________
        rennes-qa mailing list
        rennes-qa@lists.rennes-qa.org
        https://lists.rennes-qa.org/mailman/listinfo/rennes-qa
        """)
    mid = "<d41f2c90-7a3b-4e58-b1c6-9e0f8a2d5c73@rennes-qa.org>"
    hs = head(addr("Yann Penven", "yann.penven@example.com"),
              "[rennes-qa] Meetup #31 jeudi 3 décembre 19h - tests de contrat avec Pact", "2026-11-30 12:31:09",
              PARIS, mid, to="rennes-qa@lists.rennes-qa.org",
              relay="lists.rennes-qa.org (lists.rennes-qa.org [5.196.21.88])",
              extra=(("List-Id", "Rennes QA community <rennes-qa.lists.rennes-qa.org>"),
                     ("List-Unsubscribe", "<https://lists.rennes-qa.org/mailman/options/rennes-qa>, "
                      "<mailto:rennes-qa-request@lists.rennes-qa.org?subject=unsubscribe>"),
                     ("List-Post", "<mailto:rennes-qa@lists.rennes-qa.org>"),
                     ("Precedence", "list"),
                     ("Sender", "rennes-qa-bounces@lists.rennes-qa.org"),
                     ("Errors-To", "rennes-qa-bounces@lists.rennes-qa.org")))
    return message(hs, text(body))


@mail(49, family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Zoom webinar registration for an interview-preparation workshop ('Dec 3, 2026 06:00 PM Dublin'); a "
           "fixed time, not a job interview")
def m49() -> bytes:
    body = t("""
        Hi Maël,

        Thank you for registering for "Nail your QA interview - live workshop".

        Please submit any questions to: hello@testcraft.academy

        Date Time: Dec 3, 2026 06:00 PM Dublin

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86640021937?tk=q9ZkT2rV1m&uuid=WN_4bR8s
        Passcode: 771204

        Add to Calendar  |  Add to Google Calendar  |  Add to Yahoo Calendar

        Description: A 60-minute live session on the questions QA engineers get in technical interviews, with two hiring managers from Dublin tech companies and a live mock interview with a volunteer from the audience.

        You can cancel your registration at any time.
        """)
    page = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hi Maël,</p>
        <p>Thank you for registering for "Nail your QA interview - live workshop".</p>
        <p>Please submit any questions to: <a href="mailto:hello@testcraft.academy">hello@testcraft.academy</a></p>
        <p><b>Date Time:</b> Dec 3, 2026 06:00 PM Dublin</p>
        <p><a href="https://us06web.zoom.us/w/86640021937?tk=q9ZkT2rV1m&amp;uuid=WN_4bR8s" style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Join Webinar</a><br>Passcode: 771204</p>
        <p>Description: A 60-minute live session on the questions QA engineers get in technical interviews, with two hiring managers from Dublin tech companies and a live mock interview with a volunteer from the audience.</p>
        <p style="font-size:12px;color:#747487">You can cancel your registration at any time.</p>
        </body></html>
        """)
    mid = "<wbr.4bR8s.1764094210.9931@zoom.us>"
    hs = head(addr("TestCraft Academy", "no-reply@zoom.us"),
              "Nail your QA interview - live workshop Confirmation", "2026-11-25 18:10:10", DUBLIN, mid,
              relay="mta-us06.zoom.us (mta-us06.zoom.us [170.114.52.12])",
              extra=(("Reply-To", "hello@testcraft.academy"),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(50, family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Bank adviser appointment confirmation ('entretien' about finances during a job search, 'vendredi 18 "
           "septembre 2026 à 12h15'): a fixed-time meeting, not a job interview")
def m50() -> bytes:
    body = t("""
        Caisse Armoricaine - Votre rendez-vous

        Bonjour Monsieur Le Goff,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Enora Carré :

        vendredi 18 septembre 2026 à 12h15
        Agence Rennes République - 4 quai Lamartine, 35000 Rennes
        Objet : entretien conseil - budget et épargne pendant une période de transition professionnelle

        Pensez à vous munir de vos trois derniers relevés de situation (allocations, salaires).
        Pour modifier ou annuler ce rendez-vous : application Caisse Armoricaine > Mes rendez-vous.

        Caisse Armoricaine - Banque coopérative
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:14px\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    mid = "<rdv.0091844.20260911.a7c3@notifications.caisse-armoricaine.fr>"
    hs = head(addr("Caisse Armoricaine", "ne-pas-repondre@notifications.caisse-armoricaine.fr"),
              "Confirmation de votre rendez-vous du 18/09/2026", "2026-09-11 16:30:45", PARIS, mid,
              relay="notifications.caisse-armoricaine.fr (notifications.caisse-armoricaine.fr [213.41.88.12])")
    return message(hs, alt(text(body), html(page)))
