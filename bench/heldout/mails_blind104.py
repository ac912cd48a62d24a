"""blind104: 50 hand-written mails from the inbox of Chloé Vasseur, a hardware verification engineer
in Grenoble (September - December 2026). Written blind (see blind104/README.md).

One function per mail; file numbers are a fixed shuffle of the writing order (keys 1-23 positive,
24-50 negative).
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind104"
ORDER = random.Random(1040104).sample(range(1, 51), 50)
ME = "chloe.vasseur@example.org"
ME_NAME = "Chloé Vasseur"
PARIS = "Europe/Paris"
MX = "mx1.example.org (Postfix)"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str | None = None,
         via: str = "mail.example.net", extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Common header block: Received, From, To, Subject, Date, Message-ID, then extras."""
    return [
        ("Return-Path", "<bounce@" + via + ">"),
        ("Received", received(f"from {via} ({via} [198.51.100.{len(mid) % 200 + 20}])", when, zone, MX, ME)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


# =========================================================================== positives (1-23)


@mail(n(1), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", PARIS), end=utc("2026-09-15 11:00", PARIS),
      contact="aurelie.brunet@silicaire.com", company="Silicaire",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PARIS,
      note="Workday invitation from the tenant mailbox (no-reply); 'mardi 15 septembre 2026 de 10h00 à "
           "11h00 (heure de Paris)' = CEST (UTC+2) -> 08:00-09:00Z; contact = recruiter address in the body")
def m01():
    body_txt = t("""
        Bonjour Chloé,

        Suite à votre candidature au poste d'Ingénieur(e) Vérification Numérique (R-2026-0413),
        nous avons le plaisir de vous confirmer votre entretien :

        Date : mardi 15 septembre 2026
        Horaire : de 10h00 à 11h00 (heure de Paris)
        Lieu : Silicaire - Site de Crolles, 850 rue Jean Monnet, bâtiment B, accueil principal
        Interlocuteurs : Aurélie Brunet (Talent Acquisition) et Karim Haddouche (Responsable Vérification)

        Merci de vous présenter à l'accueil 10 minutes avant le début de l'entretien, muni(e)
        d'une pièce d'identité (site à accès réglementé).

        Pour toute question, vous pouvez contacter Aurélie Brunet : aurelie.brunet@silicaire.com

        Cordialement,
        L'équipe Recrutement Silicaire

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00355f;padding:16px"><img src="https://silicaire.wd3.myworkdaysite.com/logo.png" alt="Silicaire" height="28"></td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Chloé,</p>
        <p>Suite à votre candidature au poste d'<b>Ingénieur(e) Vérification Numérique (R-2026-0413)</b>,
        nous avons le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <table cellpadding="4" style="font-size:13px">
        <tr><td><b>Date&nbsp;:</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Horaire&nbsp;:</b></td><td>de 10h00 à 11h00 (heure de Paris)</td></tr>
        <tr><td><b>Lieu&nbsp;:</b></td><td>Silicaire - Site de Crolles, 850 rue Jean Monnet, bâtiment B, accueil principal</td></tr>
        <tr><td><b>Interlocuteurs&nbsp;:</b></td><td>Aurélie Brunet (Talent Acquisition) et Karim Haddouche (Responsable Vérification)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 10 minutes avant le début de l'entretien, muni(e)
        d'une pièce d'identité (site à accès réglementé).</p>
        <p>Pour toute question, vous pouvez contacter Aurélie Brunet&nbsp;:
        <a href="mailto:aurelie.brunet@silicaire.com">aurelie.brunet@silicaire.com</a></p>
        <p>Cordialement,<br>L'équipe Recrutement Silicaire</p>
        <p style="font-size:11px;color:#888888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-09 16:20:41"
    hs = head(addr("Silicaire", "silicaire@myworkday.com"),
              "Invitation à un entretien - Ingénieur(e) Vérification Numérique (R-2026-0413)",
              when, PARIS, "1873920411.48213.1788963641@wd3-prod-mta07.myworkday.com",
              via="wd3-prod-mta07.myworkday.com",
              extra=(("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body_txt), html(body_html)))


@mail(n(2), family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", PARIS), end=utc("2026-09-24 15:00", PARIS),
      contact="lea.marchetti@belledonne-silicon.com", company="Belledonne Silicon",
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=PARIS,
      note="Greenhouse scheduled notice in French, Reply-To recruiter (also ICS ORGANIZER); 'jeudi 24 "
           "septembre, 14:00 - 15:00 CEST' -> 12:00-13:00Z; ICS in TZID Europe/Paris")
def m02():
    body = t("""
        Bonjour Chloé,

        Merci pour votre intérêt pour Belledonne Silicon ! Voici les détails de votre entretien pour
        le poste Senior Design Verification Engineer (UVM) :

        Entretien technique - Architecture de testbench
        jeudi 24 septembre 2026
        14:00 - 15:00 CEST (Europe/Paris)
        Google Meet : https://meet.google.com/qvt-kzra-pwe

        Vous rencontrerez :
        - Thibault Rey, Staff Verification Engineer
        - Inès Garnier, Engineering Manager

        Si vous avez besoin de modifier ce créneau, répondez simplement à ce message.

        Bien cordialement,
        Léa Marchetti
        Talent Partner, Belledonne Silicon
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        UID:gh-interview-58120934-belledonne@greenhouse.io
        DTSTAMP:20260918T083112Z
        DTSTART;TZID=Europe/Paris:20260924T140000
        DTEND;TZID=Europe/Paris:20260924T150000
        SUMMARY:Belledonne Silicon - Entretien technique (Chloé Vasseur)
        LOCATION:https://meet.google.com/qvt-kzra-pwe
        ORGANIZER;CN=Léa Marchetti:mailto:lea.marchetti@belledonne-silicon.com
        ATTENDEE;CN=Chloé Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Belledonne Silicon", "no-reply@greenhouse.io"),
              "Entretien confirmé : Senior Design Verification Engineer (UVM) - Belledonne Silicon",
              "2026-09-18 10:31:12", PARIS, "gh.58120934.1789720272@mail.greenhouse.io",
              via="mail.greenhouse.io",
              extra=(("Reply-To", addr("Léa Marchetti", "lea.marchetti@belledonne-silicon.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 09:30", PARIS), end=None,
      contact="maxime.ollivier@chartreuse-micro.fr", company="Chartreuse Micro",
      local="Wed 2026-09-30 09:30", zone=PARIS,
      note="Phone-written reply (tu register) from the CTO: 'mercredi matin 9h30' resolved against the Date "
           "(Mon 28 Sep 2026 18:47 +0200) -> Wed 30 Sep 09:30 CEST = 07:30Z; 'une petite heure' is "
           "approximate -> end null; the candidate's quoted mail asked for a slot")
def m03():
    body = t("""
        Salut Chloé,

        Top, merci pour ton retour rapide. On se cale ça mercredi matin 9h30 dans nos locaux (5 rue
        Lavoisier à Meylan, 2e étage, sonne chez Chartreuse Micro). Compte une petite heure avec moi
        et Sarah qui s'occupe du flow formel.

        Pas besoin de préparer de slides, on parlera surtout de ton expérience UVM / SVA.

        A mercredi !
        Maxime

        Envoyé de mon iPhone

        > Le 28 sept. 2026 à 17:02, Chloé Vasseur <chloe.vasseur@example.org> a écrit :
        >
        > Bonjour Maxime,
        >
        > Merci pour votre message. Je suis disponible cette semaine, plutôt le matin si possible.
        >
        > Bien à vous,
        > Chloé
        """)
    hs = head(addr("Maxime Ollivier", "maxime.ollivier@chartreuse-micro.fr"),
              "Re: Candidature vérification - Chartreuse Micro",
              "2026-09-28 18:47:09", PARIS, "A61B2C7E-0F4D-4E58-9A41-2B7C0E1F9D33@chartreuse-micro.fr",
              via="smtp.chartreuse-micro.fr",
              extra=(("In-Reply-To", "<CAG8v2kq7-Lx0Rf3nWm@mail.example.org>"),
                     ("References", "<CAG8v2kq7-Lx0Rf3nWm@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-07 11:00", "Europe/Rome"), end=utc("2026-10-07 12:00", "Europe/Rome"),
      contact="giulia.ferraris@dorabaltea-micro.it", company="Dora Baltea Microelettronica",
      local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone="Europe/Rome",
      note="Exchange meeting request, TZID 'W. Europe Standard Time' (= Rome/Berlin, CEST in October): "
           "11:00-12:00 -> 09:00-10:00Z; body header line shows '(UTC+01:00) Amsterdam, Berlin, Bern, Rome' "
           "although the offset is +02:00; contact = organizer")
def m04():
    body = t("""
        When: Wednesday, October 7, 2026 11:00 AM-12:00 PM. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        Dear Chloé,

        Thank you for your interest in the Verification Engineer position in our Torino design centre.
        As agreed on the phone, please find below the invitation for your first technical interview
        with Davide Costa (Verification Lead) and myself.

        Kind regards,
        Giulia Ferraris
        HR Business Partner - Dora Baltea Microelettronica S.p.A.
        Corso Francia 112, 10143 Torino

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGJhNzE0>
        Meeting ID: 371 228 904 115
        Passcode: q7Xr2B
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ["W. Europe Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Giulia Ferraris:mailto:giulia.ferraris@dorabaltea-micro.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Vasseur:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Davide Costa:mailto:davide.costa@dorabaltea-micro.it
        DESCRIPTION;LANGUAGE=en-US:Technical interview - Verification Engineer (Torino)
        UID:040000008200E00074C5B7101A82E00800000000F03A9D3C8E4FDD01000000000000000010000000A7C1
        SUMMARY;LANGUAGE=en-US:Interview Chloé Vasseur - Verification Engineer
        DTSTART;TZID=W. Europe Standard Time:20261007T110000
        DTEND;TZID=W. Europe Standard Time:20261007T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T134455Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Giulia Ferraris", "giulia.ferraris@dorabaltea-micro.it"),
              "Interview Chloé Vasseur - Verification Engineer",
              "2026-10-01 15:44:55", "Europe/Rome",
              "AM6PR09MB4471B2C0D1E95F3A7C1@AM6PR09MB4471.eurprd09.prod.outlook.com",
              via="EUR05-AM6-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Interview Chloé Vasseur - Verification Engineer")),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(5), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-15 15:00", "Europe/Rome"), end=utc("2026-10-15 16:00", "Europe/Rome"),
      contact="marco.bellini@supergasilicon.it", company="Superga Silicon",
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 16:00", zone="Europe/Rome",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) with the organizer's note; "
           "'3pm - 4pm (Central European Summer Time)' on Thu 15 Oct -> 13:00-14:00Z = the cancelled slot; "
           "no new time; contact = organizer")
def m05():
    body = t("""
        This event has been cancelled and removed from your calendar.

        Technical interview - Chloé Vasseur / Superga Silicon
        Thursday 15 Oct 2026 ⋅ 3pm – 4pm (Central European Summer Time - Rome)

        Organizer
        Marco Bellini - marco.bellini@supergasilicon.it

        Guests
        Marco Bellini - organizer
        Elena Rinaldi
        chloe.vasseur@example.org

        Message from the organizer:
        "Hi Chloé, I'm really sorry - the DV headcount for Torino has been frozen until Q1, so I have to
        cancel our interview for now. I'll reach out as soon as it reopens. Marco"

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261015T130000Z
        DTEND:20261015T140000Z
        DTSTAMP:20261012T071908Z
        ORGANIZER;CN=Marco Bellini:mailto:marco.bellini@supergasilicon.it
        UID:5k2r9aeq8lbd0v1m3o7hq2t4fc@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloé Vasseur;X-NUM-GUESTS=0:mailto:{ME}
        CREATED:20261008T152233Z
        DESCRIPTION:Technical interview - Design Verification Engineer
        LAST-MODIFIED:20261012T071907Z
        LOCATION:https://meet.google.com/hxo-pqre-dvm
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview - Chloé Vasseur / Superga Silicon
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marco Bellini", "marco.bellini@supergasilicon.it"),
              "Cancelled event with note: Technical interview - Chloé Vasseur / Superga Silicon @ "
              "Thu 15 Oct 2026 3pm - 4pm (CEST) (chloe.vasseur@example.org)",
              "2026-10-12 09:19:08", "Europe/Rome", "calendar-8a1f3c02-6d4e-4b1a-9e77-2f0c5d9ab310@google.com",
              via="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Marco Bellini", "marco.bellini@supergasilicon.it"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(6), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:30", PARIS), end=utc("2026-10-27 11:15", PARIS),
      contact="camille.roux@vercors-systems.fr", company="Vercors Systems",
      local="Tue 2026-10-27 10:30", local_end="2026-10-27 11:15", zone=PARIS,
      note="Lever confirmation, HTML only; DST edge: sent Fri 23 Oct in CEST (+0200), interview Tue 27 Oct "
           "after the switch to CET (25 Oct): 10:30-11:15 CET -> 09:30-10:15Z; contact = Reply-To recruiter")
def m06():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f6f8">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:22px;color:#1f2933">
        <p>Bonjour Chloé,</p>
        <p>Votre entretien avec <strong>Vercors Systems</strong> est programmé. Voici le récapitulatif :</p>
        <div style="border:1px solid #e4e7eb;border-radius:6px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Entretien vidéo - Ingénieure Vérification SoC (Lyon)</div>
        <div>mardi 27 octobre 2026</div>
        <div>10:30 - 11:15 CET (heure de Paris)</div>
        <div>Lien de visio : <a href="https://vercors-systems.zoom.us/j/83319027461">https://vercors-systems.zoom.us/j/83319027461</a></div>
        </div>
        <p>Attention : le passage à l'heure d'hiver a lieu dimanche 25 octobre, l'horaire ci-dessus est bien
        l'heure locale après le changement.</p>
        <p>Vous échangerez avec Hugo Lambert, responsable de l'équipe vérification.</p>
        <p>Une question ? Répondez directement à ce message, il sera transmis à Camille Roux.</p>
        <p>À bientôt,<br>Camille Roux<br>Chargée de recrutement, Vercors Systems</p>
        <p style="font-size:12px;color:#9aa5b1">Envoyé via Lever · <a href="https://jobs.lever.co/vercors-systems">jobs.lever.co/vercors-systems</a></p>
        </div></body></html>
        """)
    hs = head(addr("Vercors Systems", "no-reply@hire.lever.co"),
              "Confirmation de votre entretien avec Vercors Systems",
              "2026-10-23 11:05:37", PARIS, "0102019a6e3b77c1-6f2d8a0e-5b4c-4f19-a3b7-92e1d0c4f6aa-000000@email.amazonses.com",
              via="a48-110.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Camille Roux", "camille.roux@vercors-systems.fr")),
                     ("X-SES-Outgoing", "2026.10.23-54.240.48.110")))
    return message(hs, html(body))


@mail(n(7), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-11-16 14:00", "Europe/Zurich"), end=utc("2026-11-16 15:30", "Europe/Zurich"),
      contact="sandrine.pittet@lemanique-instruments.ch", company="Lémanique Instruments",
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:30", zone="Europe/Zurich",
      note="Swiss French prose (iso-8859-1, QP): 'lundi en huit, soit le 16 novembre, à 14 h' from a mail "
           "sent Mon 9 Nov -> Mon 16 Nov 14:00 CET (Geneva) = 13:00Z; 'nonante minutes' is an exact "
           "length -> end 14:30Z; contact = sender")
def m07():
    body = t("""
        Madame,

        Suite à notre entretien téléphonique de vendredi, j'ai le plaisir de vous confirmer votre
        entretien pour le poste d'ingénieure en vérification FPGA/ASIC au sein de notre division
        Instrumentation.

        Nous vous recevrons lundi en huit, soit le 16 novembre, à 14 h, dans nos locaux de Meyrin
        (Route de Meyrin 287, 1217 Meyrin, réception du bâtiment C). L'entretien
        durera nonante minutes et se déroulera avec M. Olivier Jaquier, chef de groupe, et moi-même.
        Une place de parc visiteurs est réservée à votre nom.

        Je me réjouis de faire votre connaissance et reste à votre disposition au +41 22 719 70 48
        ou sur mon natel si besoin.

        Meilleures salutations,

        Sandrine Pittet
        Responsable Ressources Humaines
        Lémanique Instruments SA
        sandrine.pittet@lemanique-instruments.ch
        """)
    hs = head(addr("Pittet Sandrine", "sandrine.pittet@lemanique-instruments.ch", "iso-8859-1"),
              "Confirmation entretien - Ingénieure vérification FPGA/ASIC",
              "2026-11-09 08:12:30", "Europe/Zurich",
              "GVAP278MB0412C9A1E5D2F0B7@GVAP278MB0412.CHEP278.PROD.OUTLOOK.COM",
              via="CHE01-GV0-obe.outbound.protection.outlook.com", charset="iso-8859-1",
              extra=(("Content-Language", "fr-CH"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 16:00", PARIS), end=utc("2026-11-04 16:45", PARIS),
      contact="dana.whitlock@hudsonedge.com", company="Hudson Edge Semiconductor",
      local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=PARIS,
      note="Calendly invitee confirmation shown in the invitee's zone: '4:00pm - 4:45pm (Central European "
           "Time)' Wed 4 Nov -> 15:00-15:45Z (= 10:00 EST in Boston, US back on standard time since 1 Nov); "
           "ICS in UTC; contact = Reply-To host")
def m08():
    body = t("""
        Hi Chloé Vasseur,

        A new event has been scheduled.

        Event Type:
        DV Technical Screen (45 min)

        Invitee:
        Chloé Vasseur

        Invitee Email:
        chloe.vasseur@example.org

        Event Date/Time:
        04:00pm - 04:45pm (Central European Time) Wednesday, November 4, 2026

        Location:
        This is a Zoom web conference.
        https://hudsonedge.zoom.us/j/91544302871?pwd=bE1xZk9wQ2

        Questions:
        Anything you'd like Dana to know beforehand?
        I am based in Grenoble, France - happy to discuss relocation or remote.

        View event in Calendly
        https://calendly.com/events/9f1c0e3a-2b7d-44c5-8d0e-7a6b5c4d3e2f

        Sent from Calendly
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9f1c0e3a-2b7d-44c5-8d0e-7a6b5c4d3e2f@calendly.com
        DTSTAMP:20261030T132204Z
        DTSTART:20261104T150000Z
        DTEND:20261104T154500Z
        SUMMARY:DV Technical Screen (45 min) between Dana Whitlock and Chloé Vasseur
        ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@hudsonedge.com
        ATTENDEE;CN=Chloé Vasseur;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
        LOCATION:https://hudsonedge.zoom.us/j/91544302871
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: DV Technical Screen (45 min) between Dana Whitlock and Chloé Vasseur @ "
              "Wed Nov 4, 2026 4pm - 4:45pm (CET)",
              "2026-10-30 14:22:04", PARIS, "calendly.invitee.9f1c0e3a2b7d.1793366524@calendly.com",
              via="o1.email.calendly.com",
              extra=(("Reply-To", addr("Dana Whitlock", "dana.whitlock@hudsonedge.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(9), family="smartrecruiters", lang="fr-CH", interview=True, kind="rescheduled",
      start=utc("2026-11-13 15:30", "Europe/Zurich"), end=utc("2026-11-13 16:30", "Europe/Zurich"),
      contact="nadia.favre@saleve-semi.ch", company="Salève Semiconductors",
      local="Fri 2026-11-13 15:30", local_end="2026-11-13 16:30", zone="Europe/Zurich",
      note="SmartRecruiters reschedule (base64 text + ICS SEQUENCE:1): old slot jeudi 12 novembre 10h00, new "
           "vendredi 13 novembre 15h30-16h30 heure de Genève (CET) -> 14:30-15:30Z; contact = recruiter "
           "address in the body (sender is no-reply)")
def m09():
    body = t("""
        Bonjour Chloé,

        Nous avons dû modifier l'horaire de votre entretien pour le poste « Verification Engineer
        - Mixed-Signal SoC » chez Salève Semiconductors SA.

        Ancien créneau : jeudi 12 novembre 2026, 10h00 - 11h00
        Nouveau créneau : vendredi 13 novembre 2026, 15h30 - 16h30 (heure de Genève)

        Lieu : Salève Semiconductors SA, Chemin du Pont-du-Centenaire 108, 1228 Plan-les-Ouates
        Participants : Nadia Favre (Talent Acquisition), Luca Bernasconi (Head of DV)

        Le nouvel horaire est joint à ce message sous forme d'invitation calendrier. En cas
        d'empêchement, merci d'écrire directement à Nadia Favre : nadia.favre@saleve-semi.ch

        Avec nos meilleures salutations,
        L'équipe Talent Acquisition de Salève Semiconductors

        --
        Ce message a été envoyé via SmartRecruiters. Merci de ne pas répondre à cette adresse.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Europe/Zurich
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
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:sr-int-7c3d1e90-44ab-4f2e-b0c1-5e8d9a7f6b21
        DTSTAMP:20261110T084102Z
        DTSTART;TZID=Europe/Zurich:20261113T153000
        DTEND;TZID=Europe/Zurich:20261113T163000
        SUMMARY:Entretien - Verification Engineer - Mixed-Signal SoC
        LOCATION:Chemin du Pont-du-Centenaire 108\\, 1228 Plan-les-Ouates
        ORGANIZER;CN=Nadia Favre:mailto:nadia.favre@saleve-semi.ch
        ATTENDEE;CN=Chloé Vasseur;RSVP=TRUE:mailto:{ME}
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Salève Semiconductors", "noreply@smartrecruiters.com"),
              "Modification de votre entretien - Verification Engineer - Mixed-Signal SoC",
              "2026-11-10 09:41:02", "Europe/Zurich", "01000198c3a2.sr-mail-7c3d1e90@smartrecruiters.com",
              via="mail-out-12.smartrecruiters.com")
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="entretien.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 11:00", PARIS), end=utc("2026-11-19 12:00", PARIS),
      contact="elodie.chassagne@lumisonde.fr", company="Lumisonde",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=PARIS,
      note="Personio invitation, HTML only in base64 plus an ICS in UTC: 'jeudi 19/11/2026, 11:00 - 12:00 "
           "(Europe/Paris)' -> 10:00-11:00Z; contact = Reply-To recruiter (also ORGANIZER)")
def m10():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#23262a">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="580" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">
        <tr><td style="padding:24px 28px">
        <p>Bonjour Madame Vasseur,</p>
        <p>Nous vous remercions de l'intérêt que vous portez à Lumisonde. Nous avons le plaisir de vous
        inviter à un entretien pour le poste <strong>Ingénieur·e Vérification FPGA (H/F) - Lyon</strong>.</p>
        <table role="presentation" cellpadding="6" cellspacing="0" style="background:#f4f7fb;width:100%">
        <tr><td style="width:110px;color:#6b7280">Date</td><td>jeudi 19/11/2026</td></tr>
        <tr><td style="color:#6b7280">Heure</td><td>11:00 - 12:00 (Europe/Paris)</td></tr>
        <tr><td style="color:#6b7280">Lieu</td><td>Lumisonde, 14 rue de Gerland, 69007 Lyon - 3e étage</td></tr>
        <tr><td style="color:#6b7280">Avec</td><td>Élodie Chassagne, Bastien Morel</td></tr>
        </table>
        <p>Vous trouverez ci-joint l'invitation au format calendrier.</p>
        <p>Bien cordialement,<br>Élodie Chassagne<br>Lumisonde - Ressources humaines</p>
        <p style="font-size:11px;color:#9ca3af">Powered by Personio</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-recruiting-event-4418207@personio.de
        DTSTAMP:20261112T130514Z
        DTSTART:20261119T100000Z
        DTEND:20261119T110000Z
        SUMMARY:Entretien Lumisonde - Ingénieur·e Vérification FPGA
        LOCATION:Lumisonde\\, 14 rue de Gerland\\, 69007 Lyon
        ORGANIZER;CN=Élodie Chassagne:mailto:elodie.chassagne@lumisonde.fr
        ATTENDEE;CN=Chloé Vasseur;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lumisonde", "no-reply@personio.de"),
              "Invitation à un entretien - Ingénieur·e Vérification FPGA (H/F) - Lyon",
              "2026-11-12 14:05:14", PARIS, "20261112130514.4418207.recruiting@mailer.personio.de",
              via="mailer.personio.de",
              extra=(("Reply-To", addr("Élodie Chassagne", "elodie.chassagne@lumisonde.fr")),))
    return message(hs, mixed(html(body, cte="base64"),
                             calendar(ics, filename="Einladung.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(n(11), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-24 09:30", PARIS), end=utc("2026-11-24 10:15", PARIS),
      contact="romain.giraud@oisans-embedded.com", company="Oisans Embedded",
      local="Tue 2026-11-24 09:30", local_end="2026-11-24 10:15", zone=PARIS,
      note="Teamtailor confirmation: 'mar. 24 nov. 2026 · 09:30 - 10:15 (GMT+01:00) Paris' -> 08:30-09:15Z; "
           "Reply-To is a Teamtailor relay (not a person), so contact = the human ICS ORGANIZER")
def m11():
    body = t("""
        Bonjour Chloé,

        Merci d'avoir réservé un créneau ! Votre entretien est confirmé.

        Entretien RH + technique - Ingénieur·e Vérification Systèmes Embarqués
        mar. 24 nov. 2026 · 09:30 - 10:15 (GMT+01:00) Paris
        Visio : https://meet.teamtailor.com/oisans-embedded/r/8Fq2ZxPl

        Avec Romain Giraud (Responsable technique)

        Besoin de changer l'horaire ? Répondez à ce message.

        À très vite,
        L'équipe Oisans Embedded
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-meeting-2291874@teamtailor.com
        DTSTAMP:20261118T163011Z
        DTSTART:20261124T083000Z
        DTEND:20261124T091500Z
        SUMMARY:Entretien Chloé Vasseur <> Oisans Embedded
        ORGANIZER;CN=Romain Giraud:mailto:romain.giraud@oisans-embedded.com
        ATTENDEE;CN=Chloé Vasseur;PARTSTAT=ACCEPTED:mailto:{ME}
        LOCATION:https://meet.teamtailor.com/oisans-embedded/r/8Fq2ZxPl
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Oisans Embedded", "no-reply@teamtailor-mail.com"),
              "Votre entretien avec Oisans Embedded est confirmé",
              "2026-11-18 17:30:11", PARIS, "6f1e2d3c4b5a.2291874@teamtailor-mail.com",
              via="mta-14.teamtailor-mail.com",
              extra=(("Reply-To", "reply+c7a91d2e0b@teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")))


@mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:00", "America/Los_Angeles"), end=utc("2026-12-01 09:00", "America/Los_Angeles"),
      contact="priya.natarajan@redwoodverification.com", company="Redwood Verification",
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 09:00", zone="America/Los_Angeles",
      note="Ashby confirmation: 'Tuesday, December 1, 2026, 8:00 AM - 9:00 AM PST' (the candidate's 17:00-18:00 "
           "CET also shown) -> 16:00-17:00Z; ICS TZID America/Los_Angeles; contact = Reply-To recruiter")
def m12():
    body = t("""
        Hi Chloé,

        Your interview is confirmed. We're looking forward to speaking with you!

        Remote Design Verification Engineer (EU) - Hiring Manager Interview
        Tuesday, December 1, 2026, 8:00 AM – 9:00 AM PST
        (5:00 PM – 6:00 PM CET in your time zone)
        Google Meet: https://meet.google.com/rzd-wyup-kqa

        You'll meet with:
          Brandon Oyelaran — Director, Verification

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Redwood Verification Recruiting
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VTIMEZONE
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
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:3e0b7f52-91ad-4c7e-8d12-ab04f7e3c9d1
        DTSTAMP:20261124T020244Z
        DTSTART;TZID=America/Los_Angeles:20261201T080000
        DTEND;TZID=America/Los_Angeles:20261201T090000
        SEQUENCE:0
        SUMMARY:Redwood Verification – Hiring Manager Interview (Chloé Vasseur)
        LOCATION:https://meet.google.com/rzd-wyup-kqa
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@redwoodverification.com
        ATTENDEE;CN=Chloé Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Redwood Verification", "no-reply@ashbyhq.com"),
              "Interview confirmed: Remote Design Verification Engineer (EU) at Redwood Verification",
              "2026-11-23 18:02:44", "America/Los_Angeles",
              "010001937b2c4d5e-8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d-000000@email.amazonses.com",
              via="a8-30.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@redwoodverification.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(13), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-03 14:00", PARIS), end=utc("2026-12-03 14:45", PARIS),
      contact="mathilde.perrin@arve-photonics.fr", company="Arve Photonics",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 14:45", zone=PARIS,
      note="Forward to self (from the candidate's other address) of a Workable invitation attached as "
           "message/rfc822: 'jeudi 3 décembre à 14h00 (heure de Paris), d'une durée de 45 minutes' -> "
           "13:00-13:45Z; Reply-To is a Workable relay, outer sender is the candidate, so contact = the "
           "hiring manager's address in the body")
def m13():
    inner_body = t("""
        Bonjour Chloé,

        Merci pour votre candidature au poste d'Ingénieur(e) Vérification FPGA - Optronique chez
        Arve Photonics.

        Nous avons le plaisir de vous inviter à un entretien en visioconférence le jeudi 3 décembre à
        14h00 (heure de Paris), d'une durée de 45 minutes, avec Mathilde Perrin, responsable de
        l'équipe FPGA (mathilde.perrin@arve-photonics.fr).

        Lien Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJ2ZXBo

        Si vous avez un empêchement, il suffit de répondre à cet e-mail.

        Cordialement,
        Arve Photonics - Recrutement
        Annecy-le-Vieux

        --
        Powered by Workable
        """)
    inner = message([
        ("From", addr("Arve Photonics", "noreply@candidates.workablemail.com")),
        ("Reply-To", "arve-photonics+c8f2a1d47e@candidates.workablemail.com"),
        ("To", addr(ME_NAME, "chloe.vasseur@example.net")),
        ("Subject", enc("Invitation à un entretien - Ingénieur(e) Vérification FPGA - Optronique")),
        ("Date", date("2026-11-30 11:46:03", PARIS)),
        ("Message-ID", "<wk.1796215563.c8f2a1d47e@candidates.workablemail.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    outer = t("""
        à mettre dans l'agenda (+ préparer la partie CDC / multi-horloges)

        """)
    hs = head(addr(ME_NAME, "chloe.vasseur@example.net"), "Fwd: Invitation à un entretien - Ingénieur(e) "
              "Vérification FPGA - Optronique", "2026-12-01 07:58:40", PARIS,
              "b3f0e1c2-77aa-4d5e-9c01-fd1e2a3b4c5d@example.net", via="smtp.example.net")
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Invitation.eml")))


ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


@mail(n(14), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-16 10:00", PARIS), end=utc("2026-10-16 10:45", PARIS),
      contact=None, company="Thalvex Systèmes",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone=PARIS,
      note="Microsoft Bookings confirmation from a shared Bookings mailbox; the zone label reads '(UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris' but on 16 Oct Paris is on CEST (+02:00): 10:00-10:45 -> "
           "08:00-08:45Z, which the ICS (Romance Standard Time) confirms; staff name only -> contact null")
def m14():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Chloé Vasseur,</p>
        <p>Merci d'avoir réservé auprès de <b>Thalvex Systèmes - Recrutement Grenoble</b>.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de préqualification - Ingénieur vérification (H/F)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>vendredi 16 octobre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Hélène Dufour</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGhhbHZleA">Rejoindre</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementGrenoble@thalvex.com/bookings/s/manage">Gérer la réservation</a></p>
        <p style="color:#605e5c;font-size:12px">Thalvex Systèmes - 5 avenue du Granier, 38240 Meylan</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Thalvex Systèmes - Recrutement Grenoble:mailto:RecrutementGrenoble@thalvex.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Vasseur:mailto:{ME}
        UID:040000008200E00074C5B7101A82E0080000000050B7E1F12A4FDD01000000000000000010000000C3D2
        SUMMARY;LANGUAGE=fr-FR:Entretien de préqualification - Ingénieur vérification (H/F)
        DTSTART;TZID=Romance Standard Time:20261016T100000
        DTEND;TZID=Romance Standard Time:20261016T104500
        DTSTAMP:20261013T090311Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thalvex Systèmes - Recrutement Grenoble", "RecrutementGrenoble@thalvex.com"),
              "Rendez-vous confirmé : Entretien de préqualification - Ingénieur vérification (H/F)",
              "2026-10-13 11:03:11", PARIS, "PR1P264MB2219A7E0C4D1B3F2E9@PR1P264MB2219.FRAP264.PROD.OUTLOOK.COM",
              via="FRA01-PR2-obe.outbound.protection.outlook.com")
    return message(hs, alt(html(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 09:00", "America/Chicago"), end=None,
      contact="jake.moreno@bluestemanalog.com", company="Bluestem Analog",
      local="Tue 2026-11-10 09:00", zone="America/Chicago",
      note="Recruiter mail (windows-1252, QP) with a pasted Zoom invitation: 'Nov 10, 2026 09:00 AM Central "
           "Time (US and Canada)' = CST after 1 Nov -> 15:00Z (the recruiter's '4 PM for you' agrees); no "
           "length -> end null; contact = sender")
def m15():
    body = t("""
        Hi Chloé,

        Great chatting last week! You’re all set for the technical interview with our DV lead, Ravi
        Shankar, next Tuesday. Zoom details below – that’s 9 AM our time, so 4 PM for you in Grenoble if
        I did the math right (we just fell back to standard time on Sunday).

        Jake Moreno is inviting you to a scheduled Zoom meeting.

        Topic: Bluestem Analog – DV Interview – Chloé Vasseur
        Time: Nov 10, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://bluestemanalog.zoom.us/j/85120447793?pwd=Uk1pWmVhS2

        Meeting ID: 851 2044 7793
        Passcode: 552901

        Let me know if anything comes up.

        Best,
        Jake Moreno
        Senior Technical Recruiter | Bluestem Analog
        Austin, TX
        """)
    hs = head(addr("Jake Moreno", "jake.moreno@bluestemanalog.com"),
              "Zoom details - DV interview Tuesday", "2026-11-04 10:12:56", "America/Chicago",
              "SN6PR11MB3390D52A1F0E7C4B8@SN6PR11MB3390.namprd11.prod.outlook.com",
              via="NAM11-SN6-obe.outbound.protection.outlook.com")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 15:00", PARIS), end=utc("2026-12-09 17:30", PARIS),
      contact="ashley.kim@pineconelogic.com", company="Pinecone Logic",
      local="Wed 2026-12-09 15:00", local_end="2026-12-09 17:30", zone=PARIS,
      note="GoodTime virtual onsite itinerary shown in the candidate's zone (Central European Standard "
           "Time): three sessions 15:00-17:30 -> start = first session 14:00Z, end = last session end "
           "16:30Z; contact = Reply-To coordinator")
def m16():
    body = t("""
        Hi Chloé,

        Your virtual onsite with Pinecone Logic is confirmed! Here is your itinerary.
        All times are shown in your time zone: Central European Standard Time (Paris).

        Wednesday, December 9, 2026

        3:00 PM - 3:45 PM   Verification methodology deep dive - Nathan Brooks
        4:00 PM - 4:45 PM   Live SystemVerilog / UVM exercise - Mei Lin Zhou
        5:00 PM - 5:30 PM   Hiring manager conversation - Oscar Lindqvist

        All sessions use the same Zoom link: https://pineconelogic.zoom.us/j/97211305846
        Separate calendar invitations will follow for each session.

        Need to make a change? Reply to this email to reach your coordinator, Ashley Kim.

        Good luck!
        Pinecone Logic Recruiting Team
        """)
    rows = "".join(f"<tr><td style='padding:4px 12px 4px 0'>{a}</td><td>{b}</td></tr>" for a, b in [
        ("3:00 PM - 3:45 PM", "Verification methodology deep dive - Nathan Brooks"),
        ("4:00 PM - 4:45 PM", "Live SystemVerilog / UVM exercise - Mei Lin Zhou"),
        ("5:00 PM - 5:30 PM", "Hiring manager conversation - Oscar Lindqvist")])
    body_html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hi Chloé,</p>"
                 "<p>Your virtual onsite with Pinecone Logic is confirmed! Here is your itinerary.<br>"
                 "All times are shown in your time zone: <b>Central European Standard Time (Paris)</b>.</p>"
                 "<h3>Wednesday, December 9, 2026</h3>\n<table>" + rows + "</table>\n"
                 "<p>All sessions use the same Zoom link: <a href=\"https://pineconelogic.zoom.us/j/97211305846\">"
                 "https://pineconelogic.zoom.us/j/97211305846</a><br>Separate calendar invitations will follow for "
                 "each session.</p><p>Need to make a change? Reply to this email to reach your coordinator, "
                 "Ashley Kim.</p><p>Good luck!<br>Pinecone Logic Recruiting Team</p>"
                 "<p style=\"font-size:11px;color:#999\">Scheduled with GoodTime</p></body></html>\n")
    hs = head(addr("Pinecone Logic Recruiting", "no-reply@goodtime.io"),
              "Your Pinecone Logic interview itinerary - Wednesday, December 9",
              "2026-12-01 17:48:20", "UTC", "gt-itin-5521907.1796147300@goodtime.io",
              via="o3.ptr4412.goodtime.io",
              extra=(("Reply-To", addr("Ashley Kim", "ashley.kim@pineconelogic.com")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(17), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-22 14:00", PARIS), end=None,
      contact="antoine.leclerc@cassini-compute.fr", company="Cassini Compute",
      local="Thu 2026-10-22 14:00", zone=PARIS,
      note="Hiring manager's reply on top of the thread: the interview of 'mercredi 21/10 à 10h' is moved to "
           "'jeudi 22/10 à 14h' (heure de Paris, CEST) -> 12:00Z; old time also written; no length -> end "
           "null; contact = sender")
def m17():
    body = t("""
        Bonjour Chloé,

        Petit contretemps de mon côté : je suis bloqué en comité mercredi matin. Notre entretien de
        mercredi 21/10 à 10h est donc déplacé au jeudi 22/10 à 14h (heure de Paris), même lien Meet.
        J'ai mis à jour l'invitation dans la foulée.

        Désolé pour le changement et à jeudi,

        Antoine Leclerc
        Head of Hardware Verification - Cassini Compute
        42 rue du Faubourg Poissonnière, 75010 Paris

        Le mer. 14 oct. 2026 à 08:31, Chloé Vasseur <chloe.vasseur@example.org> a écrit :
        > Bonjour Antoine,
        >
        > Mercredi 21 à 10h me convient parfaitement.
        >
        > Bonne journée,
        > Chloé
        >
        > Le mar. 13 oct. 2026 à 18:05, Antoine Leclerc <antoine.leclerc@cassini-compute.fr> a écrit :
        >> Est-ce que mercredi 21/10 à 10h ou jeudi 22/10 à 16h vous conviendrait ?
        """)
    hs = head(addr("Antoine Leclerc", "antoine.leclerc@cassini-compute.fr"),
              "Re: Entretien Cassini Compute - Vérification", "2026-10-19 09:14:27", PARIS,
              "CAKx9+Qm2T0pe5rV8f1ZcLw@mail.gmail.com", via="mail-wr1-f41.google.com",
              extra=(("In-Reply-To", "<CAG8v2kpC0nf1rMz@mail.example.org>"),
                     ("References", "<CAJz2cassiniA1@mail.gmail.com> <CAG8v2kpC0nf1rMz@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(18), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 15:00", "Europe/Rome"), end=utc("2026-11-03 16:30", "Europe/Rome"),
      contact="davide.costa@dorabaltea-micro.it", company="Dora Baltea Microelettronica",
      local="Tue 2026-11-03 15:00", local_end="2026-11-03 16:30", zone="Europe/Rome",
      note="Exchange meeting update (SEQUENCE:2, TZID W. Europe Standard Time) for the panel interview: moved "
           "from Monday 2 November 10:00 to Tuesday 3 November 15:00-16:30 Rome time (CET) -> 14:00-15:30Z; "
           "contact = organizer/sender (Verification Lead)")
def m18():
    body = t("""
        When: Tuesday, November 3, 2026 3:00 PM-4:30 PM. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        Hi Chloé,

        One of our panelists has to travel to the fab on Monday, so I moved the panel interview from
        Monday 2 November 10:00 to Tuesday 3 November, 15:00-16:30 (Rome time, same as yours).
        Same Teams link as before. Sorry for the shuffle!

        Davide

        Davide Costa
        Verification Lead - Dora Baltea Microelettronica S.p.A.
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE1NzQx>
        Meeting ID: 318 772 005 914
        Passcode: Lr5t8W
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ["W. Europe Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Davide Costa:mailto:davide.costa@dorabaltea-micro.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Vasseur:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Giulia Ferraris:mailto:giulia.ferraris@dorabaltea-micro.it
        UID:040000008200E00074C5B7101A82E00800000000A1F09E7C2B54DD01000000000000000010000000B8E4
        SUMMARY;LANGUAGE=en-US:Panel interview - Chloé Vasseur (DV Torino)
        DTSTART;TZID=W. Europe Standard Time:20261103T150000
        DTEND;TZID=W. Europe Standard Time:20261103T163000
        CLASS:PUBLIC
        DTSTAMP:20261029T152012Z
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2119345871
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Davide Costa", "davide.costa@dorabaltea-micro.it"),
              "Updated: Panel interview - Chloé Vasseur (DV Torino)",
              "2026-10-29 16:20:12", "Europe/Rome",
              "AM6PR09MB5530E1F7A2C94D0B3@AM6PR09MB5530.eurprd09.prod.outlook.com",
              via="EUR05-AM6-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Panel interview - Chloé Vasseur (DV Torino)")),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")))


@mail(n(19), family="softgarden", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-08 11:00", PARIS), end=utc("2026-12-08 12:00", PARIS),
      contact="julia.brenner@montblanc-mechatronik.com", company="Mont-Blanc Mechatronik",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 12:00", zone=PARIS,
      note="softgarden date change (iso-8859-15, QP): old 'lundi 7 décembre à 10h00', new 'mardi 8 décembre "
           "2026, de 11h00 à 12h00' in Annecy (CET) -> 10:00-11:00Z; sender no-reply, contact = recruiter "
           "address in the body")
def m19():
    body = t("""
        Bonjour Madame Vasseur,

        Nous devons malheureusement déplacer votre entretien pour le poste « Ingénieur Validation &
        Vérification FPGA (m/f/d) » sur notre site d'Annecy.

        Au lieu du lundi 7 décembre à 10h00, nous vous attendons désormais le :

            mardi 8 décembre 2026, de 11h00 à 12h00
            Mont-Blanc Mechatronik SAS, 12 avenue du Pré-Félin, 74940 Annecy

        Vos interlocuteurs restent inchangés (Julia Brenner, RH, et Florian Mugnier, Lead FPGA).
        Merci de confirmer la nouvelle date via le lien ci-dessous :
        https://montblanc-mechatronik.softgarden.io/appointment/confirm/8c21f0

        Pour toute question : julia.brenner@montblanc-mechatronik.com

        Cordialement / Mit freundlichen Grüßen
        Julia Brenner
        Human Resources - Mont-Blanc Mechatronik SAS

        Cet e-mail a été généré automatiquement par softgarden.
        """)
    hs = head(addr("Mont-Blanc Mechatronik", "noreply@softgarden.io"),
              "Changement de date : votre entretien - Ingénieur Validation & Vérification FPGA",
              "2026-12-02 10:20:45", PARIS, "sg.appointment.8c21f0.1796203245@mail.softgarden.io",
              via="mail.softgarden.io", charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(20), family="taleo", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-09-10 14:30", PARIS), end=None,
      contact="sophie.legoff@navarre-electronique.fr", company="Navarre Électronique",
      local="Thu 2026-09-10 14:30", zone=PARIS,
      note="Taleo cancellation (HTML only, windows-1252, QP): interview 'jeudi 10 septembre 2026 à 14h30' "
           "(CEST) cancelled because the post was filled internally, no new time -> start = cancelled slot "
           "12:30Z; no length; contact = recruiter address in the body")
def m20():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Madame,</p>
        <p>Nous faisons suite à votre candidature au poste <b>Ingénieur Vérification ASIC - Massy (Réf. 2600873)</b>.</p>
        <p>Nous sommes au regret de devoir annuler l’entretien qui était prévu le <b>jeudi 10 septembre 2026
        à 14h30</b> dans nos locaux de Massy : le poste vient d’être pourvu par une mobilité interne.</p>
        <p>Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une
        opportunité correspondant à votre profil se présentait.</p>
        <p>Pour toute question, vous pouvez contacter Sophie Le Goff (sophie.legoff@navarre-electronique.fr).</p>
        <p>Nous vous prions d’agréer, Madame, nos salutations distinguées.</p>
        <p>La Direction des Ressources Humaines<br>Groupe Navarre Électronique</p>
        <p><font size="1" color="#808080">Merci de ne pas répondre à ce message généré automatiquement.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Navarre Électronique - Recrutement", "navarre@taleo.net", "iso-8859-1"),
              "Annulation de votre entretien - Ingénieur Vérification ASIC", "2026-09-07 15:10:02", PARIS,
              "1788786602071.JavaMail.taleo@ltxmta03.taleo.net", via="ltxmta03.taleo.net",
              charset="iso-8859-1")
    return message(hs, html(body, charset="windows-1252"))


@mail(n(21), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-13 11:00", PARIS), end=None,
      contact="hugo.lambert@vercors-systems.fr", company="Vercors Systems",
      local="Fri 2026-11-13 11:00", zone=PARIS,
      note="Hiring manager cancels the second interview of 'vendredi 13/11 à 11h' (CET) -> 10:00Z, no new time "
           "yet (the recruiter will come back); plain text 8bit with typos; contact = sender")
def m21():
    body = t("""
        Bonjour Chloé,

        Je suis vraiment désolé mais je dois annuler notre second entretien de vendredi 13/11 à 11h,
        je suis cloué au lit avec une bonne grippe et je préfère ne pas le faire à moitié. Camille
        (en copie) va revenir vers vous pour trouver une autre date, sans doute fin novembre.

        Encore désolé, et merci de votre compréhension

        Hugo

        --
        Hugo Lambert
        Responsable équipe Vérification - Vercors Systems
        Tél : 04 72 19 50 33
        """)
    hs = head(addr("Hugo Lambert", "hugo.lambert@vercors-systems.fr"),
              "Annulation entretien vendredi", "2026-11-10 19:05:51", PARIS,
              "5f0c7e2a-1b3d-4e9f-8a6c-0d2e4f6a8b1c@vercors-systems.fr", via="smtp.vercors-systems.fr",
              extra=(("Cc", addr("Camille Roux", "camille.roux@vercors-systems.fr")),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit"))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-11 09:00", PARIS), end=None,
      contact="manon.teyssier@rhone-sensing.fr", company="Rhône Sensing",
      local="Fri 2026-12-11 09:00", zone=PARIS,
      note="Recruiter prose with an all-day calendar reminder (DTSTART;VALUE=DATE:20261211): the time is only "
           "in the text, 'vendredi 11 décembre à 9h00' (CET) -> 08:00Z; 'la matinée' gives no exact end -> "
           "end null; contact = sender (also ORGANIZER)")
def m22():
    body = t("""
        Bonjour Chloé,

        Comme convenu au téléphone, je vous confirme votre entretien sur site le vendredi 11 décembre
        à 9h00, à l'accueil de nos locaux : Rhône Sensing, 60 avenue Tony Garnier, 69007 Lyon. Prévoyez
        la matinée : entretien avec l'équipe puis visite du labo de test.

        Je vous ai mis un rappel dans votre agenda (journée entière, je n'arrive jamais à régler
        l'heure depuis mon téléphone...).

        Bon trajet depuis Grenoble, et à vendredi 11 !

        Manon Teyssier
        Chargée de recrutement - Rhône Sensing
        06 71 42 18 90
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//iOS 20.1//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:E1F7C3A2-9B4D-4F0E-8C21-7D3A5B6E9F10
        DTSTAMP:20261202T154012Z
        DTSTART;VALUE=DATE:20261211
        DTEND;VALUE=DATE:20261212
        SUMMARY:Entretien Rhône Sensing - Chloé Vasseur
        LOCATION:60 avenue Tony Garnier\\, 69007 Lyon
        ORGANIZER;CN=Manon Teyssier:mailto:manon.teyssier@rhone-sensing.fr
        ATTENDEE;CN=Chloé Vasseur;RSVP=TRUE:mailto:{ME}
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Manon Teyssier", "manon.teyssier@rhone-sensing.fr"),
              "Confirmation entretien vendredi 11/12", "2026-12-02 16:40:12", PARIS,
              "7A3E91C0-55B2-4C1D-9F8E-2B6D0A4C7E13@rhone-sensing.fr", via="smtp.rhone-sensing.fr",
              extra=(("X-Mailer", "iPhone Mail (24B83)"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="quoted-printable")))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 08:00", "Australia/Melbourne"), end=utc("2026-12-10 08:30", "Australia/Melbourne"),
      contact="rhys.callaghan@tasmanverification.com.au", company="Tasman Verification Labs",
      local="Thu 2026-12-10 08:00", local_end="2026-12-10 08:30", zone="Australia/Melbourne",
      note="Remote-first company, engineering lead in Melbourne (AEDT, +11): 'Thursday next week (10 Dec), "
           "8am Melbourne time' = 21:00Z on Wed 9 Dec (the local date is the next day in UTC; the mail also "
           "says 10pm Wednesday for Grenoble); '30 minutes' exact -> end 21:30Z; contact = sender")
def m23():
    body = t("""
        Hi Chloé,

        Thanks for sending through your availability. Let's lock it in: Thursday next week (10 Dec),
        8am Melbourne time - which is 10pm on Wednesday 9 Dec for you in Grenoble. I know it's late
        your end, really appreciate you making it work. 30 minutes, just me, informal chat about the
        role and how our DV team works across time zones.

        I'll call you on Google Meet: https://meet.google.com/tvb-qnrx-kfe

        Cheers,
        Rhys

        --
        Rhys Callaghan
        Engineering Lead, Verification
        Tasman Verification Labs (remote-first)
        """)
    hs = head(addr("Rhys Callaghan", "rhys.callaghan@tasmanverification.com.au"),
              "Re: Remote DV role - quick chat", "2026-12-03 09:15:33", "Australia/Melbourne",
              "CAPm4rT7yQ1w9xhS0eDkV@mail.gmail.com", via="mail-pl1-f176.google.com",
              extra=(("In-Reply-To", "<CAG8v2kr9TasmN@mail.example.org>"),
                     ("References", "<CAG8v2kr9TasmN@mail.example.org>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# =========================================================================== negatives (24-50)


def neg(key: int, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg(24, "job_centre", "fr", None,
     "France Travail appointment with an employment adviser at a fixed time (jeudi 17 septembre 9h30): an "
     "appointment for a job seeker, not a job interview",
     days=(("Thu", "2026-09-17"),))
def m24():
    body = t("""
        Madame VASSEUR Chloé,

        Vous êtes convoquée à un entretien avec votre conseiller :

        Date : jeudi 17 septembre 2026 à 09h30
        Lieu : Agence France Travail Grenoble Chavant - 2 rue des Alliés, 38000 Grenoble
        Conseiller : M. Fabrice MORIN
        Objet : Entretien de situation - accompagnement guidé

        Merci de vous munir de votre CV à jour et de la liste de vos démarches récentes.
        En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel.

        Cet entretien est obligatoire. Toute absence non justifiée peut entraîner une radiation.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation : rendez-vous avec votre conseiller le 17/09/2026", "2026-09-14 06:02:10", PARIS,
              "conv.38CHV.20260914060210.88412@francetravail.fr", via="smtp-out.francetravail.fr")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(25, "mock_interview", "fr", None,
     "Calendly booking of a paid mock-interview session with a career coach (mardi 6 octobre 18h30-19h30): "
     "a confirmed time and the word 'entretien', but a coaching session, not a job interview",
     days=(("Tue", "2026-10-06"),))
def m25():
    body = t("""
        Bonjour Chloé Vasseur,

        Un nouvel événement a été planifié.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Invité :
        Chloé Vasseur

        Date/Heure de l'événement :
        18:30 - 19:30 (heure d'Europe centrale) mardi 6 octobre 2026

        Lieu :
        Appel Zoom - le lien vous sera envoyé la veille

        Questions :
        Sur quel type d'entretien souhaitez-vous travailler ?
        Entretien technique en vérification (UVM) + questions comportementales

        Isabelle Garin - Cap Carrière Coaching
        Paiement reçu : 85,00 EUR

        Envoyé par Calendly
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:2a9d7c61-5e43-4b8f-a0c2-91d3e6f7b8a4@calendly.com
        DTSTAMP:20261001T193004Z
        DTSTART:20261006T163000Z
        DTEND:20261006T173000Z
        SUMMARY:Simulation d'entretien d'embauche (60 min) entre Isabelle Garin et Chloé Vasseur
        ORGANIZER;CN=Isabelle Garin:mailto:isabelle@capcarriere-coaching.fr
        ATTENDEE;CN=Chloé Vasseur;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Simulation d'entretien d'embauche (60 min) entre Isabelle Garin et Chloé Vasseur @ "
              "mar. 6 oct. 2026 18:30 - 19:30 (CEST)", "2026-10-01 21:30:04", PARIS,
              "calendly.invitee.2a9d7c615e43.1790883004@calendly.com", via="o1.email.calendly.com",
              extra=(("Reply-To", addr("Isabelle Garin", "isabelle@capcarriere-coaching.fr")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64")))


@neg(26, "press", "fr", None,
     "A local journalist confirms an interview with the candidate for a feature on women in microelectronics "
     "(jeudi 8 octobre 14h): a press interview, not a job interview",
     days=(("Thu", "2026-10-08"),))
def m26():
    body = t("""
        Bonjour Chloé,

        Merci d'avoir accepté de témoigner pour notre dossier « Les femmes de la Silicon Valley
        grenobloise » ! Je vous confirme notre interview jeudi 8 octobre à 14h, au café de la Table
        Ronde (place Saint-André). Comptez 45 minutes environ, puis notre photographe prendra
        quelques portraits sur la place si la météo le permet.

        Je vous enverrai les citations pour relecture avant publication (parution prévue le
        dimanche 25 octobre).

        Bien à vous,

        Pauline Grosjean
        Journaliste - rubrique Économie
        L'Écho des Alpes
        """)
    hs = head(addr("Pauline Grosjean", "p.grosjean@echodesalpes.fr"),
              "Interview jeudi - dossier microélectronique", "2026-10-05 11:48:20", PARIS,
              "20261005114820.7c1e@echodesalpes.fr", via="mail.echodesalpes.fr")
    return message(hs, text(body, charset="iso-8859-15"))


@neg(27, "podcast", "en", None,
     "Podcast host confirms a recording session with the candidate as guest (Tuesday Oct 20, 5 PM CEST): a "
     "fixed time, but a podcast interview, not a job interview",
     days=(("Tue", "2026-10-20"),))
def m27():
    body = t("""
        Hey Chloe,

        Awesome - you're booked as our guest for Tape-Out Talk episode 87 ("Verification horror
        stories from the fab floor").

        Recording: Tuesday, October 20 at 5:00 PM CEST (8:00 AM Pacific)
        Studio link: https://riverside.fm/studio/tape-out-talk?t=8c1f2e
        Length: we usually record ~60 min and edit down to 40.

        Please use headphones and a wired connection if you can. The interview is pretty casual -
        I'll send a rough outline of questions the day before.

        Thanks again!
        Marcus Lee
        Host, Tape-Out Talk - a podcast about chips and the people who build them
        """)
    hs = head(addr("Marcus Lee", "marcus@tapeouttalk.fm"),
              "You're confirmed for Tape-Out Talk (recording Oct 20)", "2026-10-14 09:30:11",
              "America/Los_Angeles", "CAL7mQ2xTapeOut87@mail.gmail.com", via="mail-ot1-f52.google.com")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(28, "proposed_times", "fr", "Cassini Compute",
     "Hiring manager proposes two possible slots ('mercredi 21/10 à 10h ou jeudi 22/10 à 16h') and asks which "
     "suits: nothing confirmed yet (thread continues in the reschedule mail)",
     days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22")))
def m28():
    body = t("""
        Bonjour Chloé,

        Merci pour votre candidature, votre expérience sur la vérification de contrôleurs mémoire
        nous intéresse beaucoup. J'aimerais organiser un premier entretien technique d'une heure en
        visio avec moi et un membre de l'équipe.

        Est-ce que mercredi 21/10 à 10h ou jeudi 22/10 à 16h vous conviendrait ? Sinon, n'hésitez pas
        à me proposer d'autres créneaux la semaine prochaine.

        Bien cordialement,

        Antoine Leclerc
        Head of Hardware Verification - Cassini Compute
        42 rue du Faubourg Poissonnière, 75010 Paris
        """)
    hs = head(addr("Antoine Leclerc", "antoine.leclerc@cassini-compute.fr"),
              "Entretien Cassini Compute - Vérification", "2026-10-13 18:05:40", PARIS,
              "CAJz2cassiniA1@mail.gmail.com", via="mail-wr1-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(29, "proposed_times", "en", "Superga Silicon",
     "Recruiter asks 'Would Tuesday 13 October at 10:00 work for you?' with an alternative: a proposal, not a "
     "confirmed interview",
     days=(("Tue", "2026-10-13"),))
def m29():
    body = t("""
        Hi Chloé,

        Thanks for your application for the Design Verification Engineer role in Torino - the team
        liked your profile a lot.

        Would Tuesday 13 October at 10:00 (CEST) work for you for a first technical interview (about
        an hour, on Google Meet)? If not, Thursday afternoon is also open on our side. Once you
        confirm I'll send a calendar invite.

        Best regards,
        Marco Bellini
        Talent Acquisition, Superga Silicon S.r.l.
        Via Nizza 230, Torino
        """)
    hs = head(addr("Marco Bellini", "marco.bellini@supergasilicon.it"),
              "Design Verification Engineer - next steps", "2026-10-06 12:40:03", "Europe/Rome",
              "CAM8bellini2026x@mail.gmail.com", via="mail-ej1-f44.google.com")
    return message(hs, alt(text(body), html(gmail_html(body), cte="base64")))


@neg(30, "forwarded_other", "fr", None,
     "A friend forwards his own Greenhouse interview confirmation (lundi 23 novembre 10:00 CET) asking for "
     "help preparing: a confirmed job interview, but not the inbox owner's",
     days=(("Mon", "2026-11-23"),))
def m30():
    body = t("""
        Salut Chloé,

        Bon, ça y est, j'ai décroché un entretien chez Altiplano Robotics ! C'est lundi, je te fwd
        la confirmation. Tu aurais 30 min ce week-end pour me faire réviser les questions UVM / SVA ?
        Je te paie une bière en échange :)

        Julien

        ---------- Forwarded message ---------
        De : Altiplano Robotics <no-reply@greenhouse.io>
        Date: mar. 17 nov. 2026 à 16:12
        Subject: Entretien confirmé : Ingénieur Vérification Junior - Altiplano Robotics
        To: Julien Mercier <julien.mercier@example.net>

        Bonjour Julien,

        Votre entretien est confirmé :

        lundi 23 novembre 2026
        10:00 - 11:00 CET (Europe/Paris)
        Altiplano Robotics, 8 chemin des Prés, 38240 Meylan

        Vous rencontrerez Baptiste Faure (Verification Manager).

        Cordialement,
        Aude Régnier - Talent Acquisition, Altiplano Robotics
        """)
    hs = head(addr("Julien Mercier", "julien.mercier@example.net"),
              "Fwd: Entretien confirmé : Ingénieur Vérification Junior - Altiplano Robotics",
              "2026-11-18 21:14:09", PARIS, "CAFj1merc-Fwd0917@mail.gmail.com", via="mail-lj1-f170.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(31, "interviewer_panel", "fr", None,
     "Outlook invitation from the current employer's HR asking the inbox owner to sit on an interview panel "
     "for a candidate (jeudi 22 octobre 16:00-17:00): she is the interviewer, not the candidate",
     days=(("Thu", "2026-10-22"),))
def m31():
    body = t("""
        Quand : jeudi 22 octobre 2026 16:00-17:00. (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Où : Salle Chamrousse (bât. A, 2e étage)

        Bonjour Chloé,

        Peux-tu assurer la partie technique de l'entretien de Thomas Nguyen (candidat ingénieur
        vérification junior) avec Paul ? Son CV et la grille d'évaluation sont sur le SharePoint RH.
        Merci de saisir ton retour dans la grille avant vendredi midi.

        Merci !
        Nathalie Bouvier
        Chargée de recrutement - Isère Logic
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Nathalie Bouvier:mailto:nathalie.bouvier@isere-logic.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Vasseur:mailto:chloe.vasseur@isere-logic.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Mazet:mailto:paul.mazet@isere-logic.fr
        UID:040000008200E00074C5B7101A82E00800000000D7A4C2E19F51DD01000000000000000010000000E2F1
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Thomas Nguyen - Ingénieur vérification junior
        DTSTART;TZID=Romance Standard Time:20261022T160000
        DTEND;TZID=Romance Standard Time:20261022T170000
        DTSTAMP:20261016T071502Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Chamrousse (bât. A\\, 2e étage)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        ("Return-Path", "<chloe.vasseur@isere-logic.fr>"),
        ("Received", received("from mail.isere-logic.fr (mail.isere-logic.fr [203.0.113.41])",
                              "2026-10-16 09:15:02", PARIS, MX, ME)),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"chloe.vasseur@isere-logic.fr {ME}"),
        ("From", addr("Nathalie Bouvier", "nathalie.bouvier@isere-logic.fr")),
        ("To", addr(ME_NAME, "chloe.vasseur@isere-logic.fr") + ", " + addr("Paul Mazet", "paul.mazet@isere-logic.fr")),
        ("Subject", enc("Entretien candidat - Thomas Nguyen - Ingénieur vérification junior")),
        ("Date", date("2026-10-16 09:15:02", PARIS)),
        ("Message-ID", "<PR0P264MB1874C1A9E2D3@PR0P264MB1874.FRAP264.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@neg(32, "exit_interview", "fr", None,
     "Exit interview with HR at the current employer (lundi 14 décembre 11h) as part of the voluntary "
     "departure plan: a fixed 'entretien', not a job interview",
     days=(("Mon", "2026-12-14"),))
def m32():
    body = t("""
        Bonjour Chloé,

        Dans le cadre de ton départ (PDV, fin de contrat au 31 décembre), je te propose de faire ton
        entretien de sortie lundi 14 décembre à 11h dans mon bureau (bât. B, 1er étage). Ça dure une
        demi-heure, c'est l'occasion de faire le point sur ton expérience chez nous et de régler les
        questions pratiques (badge, matériel, solde de congés).

        Je t'ai envoyé l'invitation Outlook sur ton adresse pro.

        Bonne journée,
        Sylvie Arnaud
        Responsable RH - Isère Logic
        """)
    hs = head(addr("Sylvie Arnaud", "sylvie.arnaud@isere-logic.fr"),
              "Entretien de sortie", "2026-12-10 10:02:44", PARIS,
              "PR0P264MB3391E0F2A7@PR0P264MB3391.FRAP264.PROD.OUTLOOK.COM", via="mail.isere-logic.fr")
    return message(hs, text(body, charset="windows-1252"))


@neg(33, "team_event", "fr", None,
     "Google Calendar invitation to a team raclette evening at the current employer (jeudi 3 décembre "
     "19:00-22:00): a fixed-time event, not an interview",
     days=(("Thu", "2026-12-03"),))
def m33():
    body = t("""
        Paul Mazet vous a invité à l'événement suivant.

        Raclette de fin d'année - équipe DV
        jeudi 3 déc. 2026 ⋅ 19:00 – 22:00 (heure normale d'Europe centrale - Paris)
        Chez Paul - 14 rue Très-Cloîtres, Grenoble

        On fête aussi le départ de Chloé et de Mehdi ! Chacun apporte une bouteille ou un dessert.

        Participer ? Oui - Peut-être - Non

        Invitation de Google Agenda
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261203T180000Z
        DTEND:20261203T210000Z
        DTSTAMP:20261123T121530Z
        ORGANIZER;CN=Paul Mazet:mailto:paul.mazet@example.com
        UID:7qmd2kk0v1c5e9g8ab3fhlr4ts@google.com
        ATTENDEE;CN=Chloé Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SUMMARY:Raclette de fin d'année - équipe DV
        LOCATION:14 rue Très-Cloîtres\\, Grenoble
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Paul Mazet", "paul.mazet@example.com"),
              "Invitation: Raclette de fin d'année - équipe DV @ jeu. 3 déc. 2026 19:00 - 22:00 (CET) "
              "(chloe.vasseur@example.org)", "2026-11-23 13:15:30", PARIS,
              "calendar-0d4f1a9b-3c2e-4b7a-8e61-5f9d2c1b0a34@google.com", via="mail-sor-f69.google.com",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")))


@neg(34, "medical", "fr", None,
     "Doctor's appointment confirmation from a booking platform (lundi 19 octobre 08h45): a confirmed time, "
     "not an interview",
     days=(("Mon", "2026-10-19"),))
def m34():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#107aca">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Chloé,</p>
        <p><b>lundi 19 octobre 2026 à 08:45</b><br>
        Dr Anne Villard - Médecin généraliste<br>
        Cabinet médical des Eaux-Claires, 33 rue des Eaux-Claires, 38100 Grenoble</p>
        <p>Motif : Consultation de suivi</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez au moins 24 h à l'avance.</p>
        <p><a href="https://www.medirdv.example/rdv/annuler/4f8a21">Déplacer ou annuler le rendez-vous</a></p>
        <p style="font-size:11px;color:#888">MédiRDV - ne pas répondre à cet e-mail</p>
        </body></html>
        """)
    hs = head(addr("MédiRDV", "no-reply@medirdv.example"),
              "Confirmation de votre rendez-vous du 19/10/2026 avec Dr Anne Villard", "2026-10-12 20:41:17",
              PARIS, "rdv.4f8a21.1791830477@medirdv.example", via="smtp.medirdv.example")
    return message(hs, html(body))


@neg(35, "car_service", "fr", None,
     "Garage workshop appointment (révision + winter tyres, mercredi 4 novembre 8h00): a fixed-time "
     "appointment, not an interview",
     days=(("Wed", "2026-11-04"),))
def m35():
    body = t("""
        Bonjour Mme Vasseur,

        Nous vous confirmons votre rendez-vous atelier :

        Véhicule : Peugeot 208 - immatriculation FG-512-KR
        Prestation : Révision constructeur + montage pneus hiver
        Date : mercredi 04/11/2026 à 8h00
        Durée d'immobilisation estimée : journée

        Un véhicule de courtoisie est réservé à votre nom.

        Garage Dauphiné Auto Service
        17 avenue de Grugliasco, 38130 Échirolles
        04 76 22 18 40
        """)
    hs = head(addr("Dauphiné Auto Service", "atelier@dauphine-auto-service.fr"),
              "Confirmation RDV atelier 04/11", "2026-10-28 17:22:03", PARIS,
              "20261028172203.DAS.4471@dauphine-auto-service.fr", via="smtp.dauphine-auto-service.fr")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@neg(36, "childcare_admission", "fr", None,
     "Admission interview for the owner's child at a municipal crèche ('entretien d'admission', mardi 3 "
     "novembre 17h15): an 'entretien' at a fixed time, but not a job interview",
     days=(("Tue", "2026-11-03"),))
def m36():
    body = t("""
        Madame,

        Suite à la commission d'attribution des places en crèche du 15 octobre, une place a été
        proposée pour votre enfant Léo à la crèche Les Marmottons à compter du 4 janvier 2027.

        Nous vous attendons pour l'entretien d'admission le mardi 3 novembre 2026 à 17h15, en
        présence des deux parents si possible, au 4 rue Nicolas Chorier, 38000 Grenoble.

        Documents à apporter : carnet de santé, justificatif de domicile, dernier avis d'imposition.

        Cordialement,

        Martine Lopez
        Directrice - Crèche Les Marmottons
        Ville de Grenoble - Direction de la petite enfance
        """)
    hs = head(addr("Crèche Les Marmottons", "creche.marmottons@grenoble-petite-enfance.example", "iso-8859-1"),
              "Entretien d'admission - crèche Les Marmottons", "2026-10-22 14:31:56", PARIS,
              "ade91f2c.marmottons@grenoble-petite-enfance.example", via="mail.grenoble-petite-enfance.example",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(37, "nanny_hiring", "fr", None,
     "Childcare platform confirms that the owner will interview a nanny candidate at home (samedi 7 novembre "
     "10h00): the owner is the one hiring, not a job interview for her",
     days=(("Sat", "2026-11-07"),))
def m37():
    body = t("""
        Bonjour Chloé,

        Bonne nouvelle : Camille D. a accepté votre demande d'entretien pour la garde de Léo
        (périscolaire, 3 soirs par semaine).

        Entretien : samedi 7 novembre 2026 à 10h00
        Lieu : à votre domicile (adresse communiquée à Camille)

        Nos conseils pour l'entretien : préparez vos questions sur son expérience, ses disponibilités
        pendant les vacances scolaires et demandez ses références.

        L'équipe Nounou Alpes
        """)
    hs = head(addr("Nounou Alpes", "contact@nounou-alpes.example"),
              "Votre entretien avec Camille D. est confirmé", "2026-11-02 12:10:45", PARIS,
              "na.interview.77120.1793617845@nounou-alpes.example", via="mailer.nounou-alpes.example",
              extra=(("List-Unsubscribe", "<https://nounou-alpes.example/unsubscribe/77120>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(38, "admission_interview", "en", None,
     "Business-school admissions interview for an Executive MBA in Geneva (Friday 20 November, 12:30-13:15 "
     "CET): a confirmed 'interview', but for a study programme, not a job",
     days=(("Fri", "2026-11-20"),))
def m38():
    body = t("""
        Dear Ms Vasseur,

        Thank you for your application to the Executive MBA (intake September 2027). We are pleased to
        confirm your admissions interview:

          Friday, 20 November 2026
          12:30 - 13:15 CET
          Léman School of Business, Quai du Mont-Blanc 19, 1201 Geneva (Room 3.04)
          or via Zoom if you prefer - just let us know

        The interview will be conducted by Prof. Anna Keller, Academic Director. Please bring a copy of
        your passport and your GMAT/EA score report if available.

        Kind regards,
        EMBA Admissions Office
        Léman School of Business
        """)
    hs = head(addr("Léman School of Business - EMBA Admissions", "admissions@lemanschool.example"),
              "Your EMBA admissions interview - 20 November", "2026-11-11 15:20:00", "Europe/Zurich",
              "emba.adm.2027.55310@lemanschool.example", via="mail.lemanschool.example")
    return message(hs, alt(text(body), html(gmail_html(body), cte="base64")))


@neg(39, "sports_tryout", "fr", None,
     "Sports-club mailing list announcing try-outs for the competitive team (dimanche 13 septembre 10h): "
     "mailing-list mail with a fixed time, not a job interview",
     days=(("Sun", "2026-09-13"),))
def m39():
    body = t("""
        Salut à toutes et à tous,

        Les sélections pour l'équipe compétition (championnat de France mixte, D2) auront lieu :

        dimanche 13 septembre, 10h - 13h
        gymnase Jean-Philippe Rameau, Grenoble

        Au programme : échauffement, ateliers lancers (backhand / forehand / hammer), puis matchs
        à 5 contre 5. Pas besoin de s'inscrire, venez juste avec des crampons ET des baskets (on ne
        sait jamais pour le terrain). Les résultats seront communiqués avant le 20.

        Les entraînements loisir du mardi reprennent normalement.

        Sportivement,
        Le bureau du GUC

        --
        Vous recevez ce message car vous êtes abonné au groupe « GUC - membres » de Google Groupes.
        Pour vous désabonner de ce groupe, envoyez un e-mail à guc-membres+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Grenoble Ultimate Club", "bureau@grenoble-ultimate.example"),
              "[GUC] Sélections équipe compétition - dimanche 13/09", "2026-09-09 22:04:17", PARIS,
              "4e1f0b77-2a9c-4d63-b5e8-1c0f9a2d7e31n@googlegroups.com", via="mail-yb1-f197.google.com",
              extra=(("Sender", "guc-membres@googlegroups.com"),
                     ("List-Id", "<guc-membres.googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:guc-membres+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list"), ("Mailing-list", "list guc-membres@googlegroups.com")))
    return message(hs, text(body))


@neg(40, "bank_appointment", "fr", None,
     "Bank adviser appointment ('entretien conseil épargne', lundi 30 novembre 12h30): an 'entretien' at a "
     "fixed time, not a job interview",
     days=(("Mon", "2026-11-30"),))
def m40():
    body = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#1d2b3a">
        <p>Madame Chloé Vasseur,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <p style="background:#eef3f8;padding:10px">
        <b>Entretien conseil épargne et prévoyance</b><br>
        Le lundi 30 novembre 2026 à 12h30<br>
        Avec Mme Élise Perrot, votre conseillère<br>
        Agence Grenoble Victor Hugo - 6 place Victor Hugo, 38000 Grenoble</p>
        <p>Afin de préparer au mieux cet entretien, pensez à vous munir de vos trois derniers bulletins
        de salaire et de votre attestation de fin de contrat si vous en disposez.</p>
        <p>Votre Banque Dauphinoise</p>
        <p style="font-size:10px;color:#7a8a99">Ce message vous est adressé par un automate, merci de ne pas y répondre.
        Pour nous contacter, utilisez la messagerie sécurisée de votre espace client.</p>
        </body></html>
        """)
    hs = head(addr("Banque Dauphinoise", "ne-pas-repondre@banque-dauphinoise.example"),
              "Confirmation de votre rendez-vous du 30/11/2026", "2026-11-24 08:15:30", PARIS,
              "rdv.bd.38012.20261124081530@banque-dauphinoise.example", via="mta.banque-dauphinoise.example")
    return message(hs, html(body, charset="iso-8859-15"))


@neg(41, "recruiter_outreach", "en", "Aurora Fabric Systems",
     "In-house recruiter cold outreach for a remote DV role: 'would you be open to a 20-minute call sometime "
     "next week?' - no time fixed")
def m41():
    body = t("""
        Hi Chloe,

        I came across your profile and your talk on formal sign-off for NoC interconnects - really
        impressive work. I'm hiring for a Senior Design Verification Engineer at Aurora Fabric Systems
        (chiplet interconnect IP, ~120 people, Santa Clara + remote in Europe).

        Would you be open to a 20-minute intro call sometime next week? I'm happy to work around your
        time zone - mornings Pacific are usually best for our European candidates. Here's the JD:
        https://jobs.aurorafabric.example/dv-senior-eu

        No pressure either way!

        Best,
        Kelsey Donovan
        Technical Recruiter | Aurora Fabric Systems
        """)
    hs = head(addr("Kelsey Donovan", "kelsey.donovan@aurorafabric.example"),
              "Senior DV role (remote EU) - Aurora Fabric Systems", "2026-09-22 08:41:09", "America/Los_Angeles",
              "CAKd0nov4nAurora22@mail.gmail.com", via="mail-io1-f47.google.com")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(42, "marketing_webinar", "fr", None,
     "EDA vendor webinar 'Réussir vos entretiens techniques en vérification' (jeudi 12 novembre 12h00-13h00) "
     "with an ICS: a registration confirmation, not a job interview",
     days=(("Thu", "2026-11-12"),))
def m42():
    body = t("""
        Bonjour Chloé,

        Merci pour votre inscription ! Rendez-vous le :

        jeudi 12 novembre 2026, 12h00 - 13h00 (heure de Paris)
        Webinaire : « Réussir vos entretiens techniques en vérification : UVM, SVA et couverture »
        avec Karine Dumas, Principal AE, Coretrace EDA

        Au programme : les 10 questions les plus posées en entretien DV, un exercice de code review
        en direct et une session de questions-réponses.

        Lien de connexion : https://events.coretrace-eda.example/webinar/4471/join

        Ajoutez l'événement à votre agenda avec le fichier joint.

        L'équipe Événements Coretrace EDA
        Se désinscrire : https://coretrace-eda.example/unsubscribe
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ON24//Webcast//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-4471@coretrace-eda.example
        DTSTAMP:20261105T090000Z
        DTSTART:20261112T110000Z
        DTEND:20261112T120000Z
        SUMMARY:Webinaire - Réussir vos entretiens techniques en vérification
        LOCATION:https://events.coretrace-eda.example/webinar/4471/join
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Coretrace EDA Events", "events@coretrace-eda.example"),
              "Inscription confirmée : Réussir vos entretiens techniques en vérification",
              "2026-11-05 10:00:00", PARIS, "evt4471.reg.98817@coretrace-eda.example", via="mkto-e12.example",
              extra=(("List-Unsubscribe", "<https://coretrace-eda.example/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinaire.ics", disposition="attachment",
                                      cte="base64")))


@neg(43, "meetup", "fr", None,
     "Meetup-group announcement for a local verification meetup (mardi 17 novembre 18h30), bulk mail with "
     "List-Unsubscribe: a fixed time, not a job interview",
     days=(("Tue", "2026-11-17"),))
def m43():
    body = t("""
        Nouvel événement dans Grenoble Design Verification Meetup

        #14 - Vérification formelle vs simulation : retours d'expérience
        mardi 17 novembre 2026, 18:30 - 21:00
        Maison du Numérique, 12 rue Ampère, Grenoble

        Au programme :
        - 18h45 : « Prouver un arbitre AXI en 20 minutes » - Sarah Benali
        - 19h30 : table ronde « Comment on recrute en DV à Grenoble » avec trois managers de la région
        - ensuite : pizzas et networking (plusieurs entreprises recrutent !)

        52 participants · 8 places restantes
        Participer : https://meetup.example/grenoble-dv/events/301188

        Vous recevez cet e-mail parce que vous êtes membre de Grenoble Design Verification Meetup.
        """)
    hs = head(addr("Grenoble Design Verification Meetup", "info@email.meetup.example"),
              "Nouvel événement : #14 - Vérification formelle vs simulation", "2026-11-03 18:00:12", PARIS,
              "301188.grp44812.ev@email.meetup.example", via="o2.email.meetup.example",
              extra=(("List-Unsubscribe", "<https://meetup.example/unsubscribe/44812>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(44, "rejection", "en", "Keystone Mixed-Signal",
     "iCIMS rejection after a phone interview: mentions the interview in the past, no time scheduled")
def m44():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Chloé,</p>
        <p>Thank you for taking the time to interview with us for the <b>Staff Verification Engineer
        (Req #2026-4418)</b> position. We enjoyed learning more about your background.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the team.</p>
        <p>We encourage you to apply for future openings at Keystone Mixed-Signal and wish you the best
        of luck in your search.</p>
        <p>Sincerely,<br>Keystone Mixed-Signal Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head(addr("Keystone Mixed-Signal", "keystonemixedsignal@talent.icims.com"),
              "Your application for Staff Verification Engineer", "2026-10-05 09:14:40", "America/New_York",
              "1403375.9921.1791292480@talent.icims.com", via="smtp-3.icims.com")
    return message(hs, html(body, cte="base64"))


@neg(45, "offer", "fr", "Chartreuse Micro",
     "Job offer from the startup after the interviews; proposes a call 'lundi à 18h' to discuss it: an offer "
     "discussion, not an interview",
     days=(("Mon", "2026-10-12"),))
def m45():
    body = t("""
        Salut Chloé,

        Comme promis, voici notre proposition ! On a adoré les deux entretiens et toute l'équipe est
        partante pour que tu nous rejoignes en tant que Lead Verification Engineer.

        - CDI, cadre, forfait jours
        - 62 k€ brut annuel + BSPCE (détail dans le PDF joint)
        - 2 jours de télétravail par semaine
        - démarrage idéalement début janvier

        Si tu veux, on peut en parler de vive voix lundi 12 à 18h, je t'appelle sur ton portable.
        On aimerait avoir ta réponse d'ici le vendredi 16 octobre.

        Maxime
        CTO - Chartreuse Micro
        """)
    hs = head(addr("Maxime Ollivier", "maxime.ollivier@chartreuse-micro.fr"),
              "Proposition d'embauche - Chartreuse Micro", "2026-10-08 19:26:50", PARIS,
              "9C21E4A7-3B5F-4E0D-A8C2-6F1B0D3E7A95@chartreuse-micro.fr", via="smtp.chartreuse-micro.fr")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@neg(46, "application_ack", "fr", "Saône Quantum",
     "JOIN application receipt; 'nous vous contacterons pour planifier un entretien' is hypothetical")
def m46():
    body = t("""
        Bonjour Chloé,

        Merci pour votre candidature au poste « Ingénieur·e Vérification Hardware (FPGA / ASIC) » chez
        Saône Quantum !

        Nous l'avons bien reçue et l'équipe va l'étudier dans les prochains jours. Si votre profil
        correspond, nous vous contacterons pour planifier un premier entretien.

        Vous pouvez suivre l'état de votre candidature ici :
        https://join.com/candidate/applications/8812034

        Bonne journée,
        L'équipe Saône Quantum

        Envoyé via JOIN
        """)
    hs = head(addr("Saône Quantum via JOIN", "no-reply@join.com"),
              "Votre candidature chez Saône Quantum", "2026-09-16 13:07:22", PARIS,
              "0107019212ab3c4d-join-8812034@eu-central-1.amazonses.com", via="e226-3.smtp-out.eu-central-1.amazonses.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(47, "job_alert", "fr", None,
     "Job-board alert digest with 'Entretiens en cours' badges and 'réponse sous 48 h': no interview")
def m47():
    body = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>12 nouvelles offres pour « ingénieur vérification »</h2>
        <p>Grenoble, Lyon, Annecy, Genève et télétravail - alerte du 27/11/2026</p>
        <table cellpadding="8" style="font-size:14px">
        <tr><td><b>Ingénieur Vérification UVM (H/F)</b><br>Silicaire - Crolles (38)<br>
        <span style="background:#e0f2e9;color:#0b6b3a">Entretiens en cours</span></td></tr>
        <tr><td><b>Design Verification Engineer - Chiplets</b><br>Redwood Verification - Télétravail<br>
        <span style="background:#fff4d6;color:#8a5a00">Réponse sous 48 h</span></td></tr>
        <tr><td><b>Ingénieur Validation FPGA</b><br>Fier Robotics - Annecy (74)<br>
        <span style="background:#e8eefc;color:#23408e">Entretien vidéo de 20 min dès cette semaine</span></td></tr>
        <tr><td><b>Verification Engineer - Analog Mixed-Signal</b><br>Salève Semiconductors - Genève (CH)</td></tr>
        </table>
        <p><a href="https://www.alpesjobs.example/alertes/8821">Voir les 12 offres</a></p>
        <p style="font-size:11px;color:#888">Vous recevez cette alerte car vous l'avez créée sur AlpesJobs.
        <a href="https://www.alpesjobs.example/alertes/8821/stop">Se désabonner</a></p>
        </body></html>
        """)
    hs = head(addr("AlpesJobs", "alertes@alpesjobs.example"),
              "12 nouvelles offres : ingénieur vérification", "2026-11-27 07:00:03", PARIS,
              "alert.8821.20261127@alpesjobs.example", via="mta2.alpesjobs.example",
              extra=(("List-Unsubscribe", "<https://www.alpesjobs.example/alertes/8821/stop>"),
                     ("Precedence", "bulk")))
    return message(hs, html(body))


@neg(48, "newsletter_tips", "en", None,
     "Substack-style newsletter post 'What I learned from 40 DV interviews' with example schedules (e.g. "
     "'Tuesday 10am'), List-Unsubscribe: no interview for the reader")
def m48():
    body = t("""
        THE SILICON LADDER
        What I learned from 40 design verification interviews

        Last year I sat on both sides of the table for about 40 DV interviews. A few things stood out.

        1. The phone screen is not a formality. My own "quick call, Tuesday 10am" with a big GPU
           company turned into 45 minutes of constrained-random questions.

        2. Bring a testbench story. "Your interview is confirmed for Thursday at 2pm" should be your
           cue to rehearse one bug you found and exactly how you found it.

        3. Ask about sign-off. Coverage closure culture tells you more about a team than any slide.

        4. Follow up within 24 hours, briefly, and mention something specific.

        Next week: negotiating offers when you have two on the table.

        - Priyanka

        Unsubscribe: https://siliconladder.example/unsubscribe
        """)
    hs = head(addr("The Silicon Ladder", "siliconladder@newsletter.example"),
              "What I learned from 40 design verification interviews", "2026-10-25 14:00:00",
              "America/New_York", "post-144021.siliconladder@newsletter.example", via="mx.newsletter.example",
              extra=(("List-Unsubscribe", "<https://siliconladder.example/unsubscribe>"),
                     ("List-Id", "<siliconladder.newsletter.example>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(49, "scheduling_link", "fr", "Fier Robotics",
     "Recruitee self-scheduling invitation listing open slots ('mardi 24 nov. 9h00', 'jeudi 26 nov. "
     "14h00'...): nothing booked yet",
     days=(("Tue", "2026-11-24"), ("Thu", "2026-11-26")))
def m49():
    body = t("""
        Bonjour Chloé,

        Merci pour votre candidature au poste d'Ingénieure Validation FPGA chez Fier Robotics.
        Nous aimerions vous rencontrer pour un premier entretien (30 minutes, en visio) !

        Merci de choisir le créneau qui vous convient via le lien ci-dessous. Quelques créneaux
        disponibles à ce jour :
          - mardi 24 nov. 9h00 ou 10h00
          - jeudi 26 nov. 14h00

        Choisir mon créneau : https://fierrobotics.recruitee.com/o/validation-fpga/schedule/c9f0a2

        L'entretien sera confirmé dès que vous aurez réservé.

        À bientôt,
        Lucie Bonnet, Fier Robotics
        """)
    hs = head(addr("Lucie Bonnet - Fier Robotics", "no-reply@recruitee.com"),
              "Planifiez votre entretien avec Fier Robotics", "2026-11-19 09:33:41", PARIS,
              "rt.sched.c9f0a2.1795077221@mailer.recruitee.com", via="mailer.recruitee.com",
              extra=(("Reply-To", "fierrobotics+c9f0a2@reply.recruitee.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(50, "bounce", "fr", None,
     "Delivery failure notice for the owner's own reply ('Je vous confirme ma présence jeudi 19/11 à 11h') "
     "sent to a mistyped address: the quoted text confirms a time, but the mail is a bounce to the owner",
     days=(("Thu", "2026-11-19"),))
def m50():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <elodie.chasagne@lumisonde.fr>: host mx.lumisonde.fr[192.0.2.15] said: 550 5.1.1
            <elodie.chasagne@lumisonde.fr>: Recipient address rejected: User unknown
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Cq9Lz1TjKz7bN
        Arrival-Date: Fri, 13 Nov 2026 08:52:10 +0100 (CET)

        Final-Recipient: rfc822; elodie.chasagne@lumisonde.fr
        Original-Recipient: rfc822;elodie.chasagne@lumisonde.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.lumisonde.fr
        Diagnostic-Code: smtp; 550 5.1.1 <elodie.chasagne@lumisonde.fr>: Recipient
            address rejected: User unknown
        """)
    orig_body = t("""
        Bonjour Madame Chassagne,

        Merci pour votre invitation. Je vous confirme ma présence jeudi 19/11 à 11h dans vos locaux
        de Gerland.

        Bien cordialement,
        Chloé Vasseur
        """)
    orig = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "elodie.chasagne@lumisonde.fr"),
        ("Subject", enc("Re: Invitation à un entretien - Ingénieur·e Vérification FPGA (H/F) - Lyon")),
        ("Date", date("2026-11-13 08:52:08", PARIS)),
        ("Message-ID", "<CAG8v2kt5LumiOK@mail.example.org>"),
    ], text(orig_body))
    rep = multipart("report", text(report, cte="7bit"),
                    raw_part([("Content-Description", "Delivery report"),
                              ("Content-Type", "message/delivery-status")], status),
                    attached_message(orig), params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-11-13 08:52:11", PARIS, "20261113075211.4Cq9Lz1TjKz7bN@mx1.example.org",
              via="mx1.example.org", extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, rep)
