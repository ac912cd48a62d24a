"""blind196: a blind 50-mail held-out set, the inbox of Manon Giraud (port-logistics data analyst,
La Rochelle), September to mid-December 2026.

Written by a helper session without reading the detector, its tests or the other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind196``.
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
)

SET = "blind196"
ORDER = random.Random(1960196).sample(range(1, 51), 50)

ME = "manon.giraud@example.org"
MANON = addr("Manon Giraud", ME)
PARIS = "Europe/Paris"


def n(key: int) -> str:
    """The file name of the mail written key-th (file numbers are a fixed shuffle)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, qid: str, *,
         to: str = MANON, charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = ()) -> list:
    rcv = received(f"from {relay}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {qid}", ME)
    return [("Received", rcv), ("From", frm), ("To", to), ("Subject", enc(subject, charset)),
            ("Date", date(when, zone)), ("Message-ID", mid), *extra]


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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start="2026-09-15T12:00:00Z", end="2026-09-15T13:00:00Z",
      contact="claire.bonnaud@atlantis-terminaux.fr", company="Atlantis Terminaux",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=PARIS,
      note="Greenhouse confirmation in French, 14:00-15:00 heure de Paris (CEST, UTC+2) -> 12:00-13:00Z; "
           "ICS TZID=Europe/Paris agrees; contact = human Reply-To (also ORGANIZER)")
def greenhouse_atlantis() -> bytes:
    body = t("""
        Bonjour Manon,

        Merci pour votre candidature au poste de Data Analyst Opérations Portuaires chez
        Atlantis Terminaux. Votre entretien est confirmé :

          Date : mardi 15 septembre 2026
          Heure : 14:00 - 15:00 (heure de Paris)
          Lieu : Atlantis Terminaux, 12 quai Lombard, 17000 La Rochelle (accueil bâtiment B)
          Avec : Claire Bonnaud (Talent Acquisition) et Yannick Servant (Responsable Exploitation)

        Une invitation calendrier est jointe à ce message. Si vous avez besoin de modifier ce
        créneau, répondez simplement à cet e-mail.

        À bientôt,
        L'équipe recrutement d'Atlantis Terminaux

        --
        Envoyé via Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Manon,</p>
        <p>Merci pour votre candidature au poste de <b>Data Analyst Opérations Portuaires</b> chez
        Atlantis Terminaux. Votre entretien est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>14:00 - 15:00 (heure de Paris)</td></tr>
        <tr><td><b>Lieu</b></td><td>Atlantis Terminaux, 12 quai Lombard, 17000 La Rochelle (accueil bâtiment B)</td></tr>
        <tr><td><b>Avec</b></td><td>Claire Bonnaud (Talent Acquisition) et Yannick Servant (Responsable Exploitation)</td></tr>
        </table>
        <p>Une invitation calendrier est jointe à ce message. Si vous avez besoin de modifier ce
        créneau, répondez simplement à cet e-mail.</p>
        <p>À bientôt,<br>L'équipe recrutement d'Atlantis Terminaux</p>
        <p style="color:#999;font-size:11px">Envoyé via Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-int-8823117-4410@greenhouse.io
DTSTAMP:20260908T081409Z
DTSTART;TZID=Europe/Paris:20260915T140000
DTEND;TZID=Europe/Paris:20260915T150000
SUMMARY:Entretien - Data Analyst Opérations Portuaires (Atlantis Terminaux)
LOCATION:Atlantis Terminaux\\, 12 quai Lombard\\, 17000 La Rochelle
ORGANIZER;CN=Claire Bonnaud:mailto:claire.bonnaud@atlantis-terminaux.fr
ATTENDEE;CN=Manon Giraud;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:manon.giraud@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Atlantis Terminaux", "no-reply@us.greenhouse-mail.io"),
              "Entretien confirmé : Data Analyst Opérations Portuaires - Atlantis Terminaux",
              "2026-09-08 10:14:09", PARIS, "<gh.8823117.4410.a71c@us.greenhouse-mail.io>",
              "mail-198-21-4-17.greenhouse-mail.io (mail-198-21-4-17.greenhouse-mail.io [198.21.4.17])",
              "4Rk2bT0xQ7z9", extra=(("Reply-To", addr("Claire Bonnaud", "claire.bonnaud@atlantis-terminaux.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T20:00:00Z", end="2026-11-17T20:45:00Z",
      contact="hannah.mercer@tidewater.co.nz", company="Tidewater Analytics",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:45", zone="Pacific/Auckland",
      note="Lever confirmation from an Auckland team: Wed 18 Nov 9:00-9:45am NZDT (UTC+13) is Tue 17 Nov "
           "20:00-20:45Z, the previous day in UTC (body also says Tuesday 9pm Paris); contact = Reply-To")
def lever_tidewater() -> bytes:
    body = t("""
        Hi Manon,

        Thanks for booking a time to chat with us. Here are the details of your interview:

        Data Analyst, Port Performance (Remote, EU hours overlap)
        Tidewater Analytics

        When: Wednesday, November 18, 2026, 9:00 AM - 9:45 AM NZDT
              (that's Tuesday, November 17, 9:00 PM - 9:45 PM in Paris)
        Where: Google Meet - meet.google.com/tqw-nrxe-kpa
        Interviewer: Hannah Mercer, Head of Data

        We know the hour is late on your side - thank you for making it work. If anything changes,
        reply to this email and it will reach Hannah directly.

        Kind regards,
        The Tidewater Analytics team

        ---
        Powered by Lever
        """)
    hs = head(addr("Tidewater Analytics", "no-reply@hire.lever.co"),
              "Your interview with Tidewater Analytics is confirmed",
              "2026-11-12 14:05:51", "Pacific/Auckland",
              "<0100019b2e7f4c11-9c2d4a0e-6f1b-4c55-9a0e-77d1c0f3b2aa-000000@email.amazonses.com>",
              "a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
              "4Rb7wq1Ls3zC", extra=(("Reply-To", addr("Hannah Mercer", "hannah.mercer@tidewater.co.nz")),))
    return message(hs, text(body, cte="7bit"))


@mail(n(3), family="ashby", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="ines.marchetti@quaidata.fr", company="Quaidata",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="DST edge: mail sent Thu 22 Oct in CEST (UTC+2); interview Mon 26 Oct 10:00-11:00 Paris, after the "
           "25 Oct switch to CET (UTC+1) -> 09:00-10:00Z; base64 ICS agrees; contact = Reply-To / ORGANIZER")
def ashby_quaidata() -> bytes:
    body = t("""
        Bonjour Manon,

        Votre entretien est confirmé. Nous avons hâte d'échanger avec vous !

        Lundi 26 octobre 2026, 10:00 – 11:00 CET (heure de Paris)
        Visio : https://quaidata.zoom.us/j/84150227731

        Vous rencontrerez :
          Bastien Colin — Lead Data Engineer
          Inès Marchetti — Talent Partner

        Attention : nous passons à l'heure d'hiver dimanche 25 octobre, l'horaire ci-dessus est
        bien l'heure de Paris ce lundi-là.

        Une question ? Répondez à ce message, il arrivera chez Inès Marchetti.

        L'équipe Quaidata
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Bonjour Manon,</p>
        <p>Votre entretien est confirmé. Nous avons hâte d&#39;échanger avec vous&nbsp;!</p>
        <p><strong>Lundi 26 octobre 2026, 10:00 – 11:00 CET (heure de Paris)</strong><br>
        Visio&nbsp;: <a href="https://quaidata.zoom.us/j/84150227731">https://quaidata.zoom.us/j/84150227731</a></p>
        <p>Vous rencontrerez&nbsp;:<br>Bastien Colin — Lead Data Engineer<br>Inès Marchetti — Talent Partner</p>
        <p>Attention&nbsp;: nous passons à l&#39;heure d&#39;hiver dimanche 25 octobre, l&#39;horaire ci-dessus est
        bien l&#39;heure de Paris ce lundi-là.</p>
        <p>Une question&nbsp;? Répondez à ce message, il arrivera chez Inès Marchetti.</p>
        <p>L&#39;équipe Quaidata</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:7b1e40c2-99d3-4a8e-b1f6-0d2c5e6a9f31
DTSTAMP:20261022T090512Z
DTSTART;TZID=Europe/Paris:20261026T100000
DTEND;TZID=Europe/Paris:20261026T110000
SEQUENCE:0
SUMMARY:Quaidata – Entretien Data Analyst (Manon Giraud)
LOCATION:https://quaidata.zoom.us/j/84150227731
ORGANIZER;CN=Inès Marchetti:mailto:ines.marchetti@quaidata.fr
ATTENDEE;CN=Manon Giraud;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:manon.giraud@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Quaidata", "no-reply@ashbyhq.com"),
              "Entretien confirmé : Data Analyst chez Quaidata", "2026-10-22 11:05:12", PARIS,
              "<0100019a0b5c2e47-3f0d8c21-5b7a-4e0e-8d6c-1a9f2b7e4c55-000000@email.amazonses.com>",
              "a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "4Rg1Yv2mPkz3",
              extra=(("Reply-To", addr("Inès Marchetti", "ines.marchetti@quaidata.fr")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-11-19T08:30:00Z", end="2026-11-19T09:30:00Z",
      contact="sophie.lagarde@garonne-logistique.fr", company="Garonne Logistique",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:30", zone=PARIS,
      note="Workday notification (HTML only, base64) from the tenant mailbox; 09:30-10:30 (CET, UTC+1) on site "
           "in Bordeaux -> 08:30-09:30Z; contact = recruiter address written in the body")
def workday_garonne() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#ffffff;font-size:18px">Garonne Logistique</td></tr>
        <tr><td>
        <p>Bonjour Manon Giraud,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Analyste Données Supply Chain (R-004512)</b>.</p>
        <p><b>Date :</b> jeudi 19 novembre 2026<br>
        <b>Heure :</b> 09:30 - 10:30 (heure de Paris)<br>
        <b>Lieu :</b> Garonne Logistique, 48 quai de Bacalan, 33300 Bordeaux<br>
        <b>Interlocuteurs :</b> Sophie Lagarde (Chargée de recrutement), Marc Etcheverry (Directeur des opérations)</p>
        <p>Merci de vous présenter à l&#39;accueil dix minutes avant, muni(e) d&#39;une pièce d&#39;identité.</p>
        <p>Pour toute question, vous pouvez contacter Sophie Lagarde à l&#39;adresse
        <a href="mailto:sophie.lagarde@garonne-logistique.fr">sophie.lagarde@garonne-logistique.fr</a>.</p>
        <p>Cordialement,<br>Le service Ressources Humaines</p>
        <p style="font-size:11px;color:#888">Ceci est un message généré automatiquement par Workday. Merci de ne pas y répondre.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Garonne Logistique", "garonnelog@myworkday.com"),
              "Confirmation de votre entretien - Analyste Données Supply Chain", "2026-11-16 09:40:27", PARIS,
              "<1763282427113.4471.JavaMail.wdprod@wd5-prvo-mail-08>",
              "wd5-smtp-out-3.myworkday.com (wd5-smtp-out-3.myworkday.com [198.51.100.53])", "4Rq8Ms0Tc1z6")
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-10-06T12:00:00Z", end="2026-10-06T12:45:00Z", contact=None,
      company="Charente Froid Transport",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 14:45", zone=PARIS,
      note="SmartRecruiters invitation: 'mardi 6 octobre à 14 h', 'Durée : 45 minutes' (exact) -> 12:00-12:45Z "
           "in CEST; sent from noreply@smartrecruiters.com, signed by a recruiter with no address -> contact null")
def smartrecruiters_charente() -> bytes:
    body = t("""
        Bonjour Manon,

        Suite à l'étude de votre candidature pour le poste de Chargée d'analyse flux & données
        (CDI, Rochefort), nous avons le plaisir de vous confirmer un entretien :

        Quand : mardi 6 octobre à 14 h
        Durée : 45 minutes
        Où : Charente Froid Transport, ZI de l'Arsenal, 8 rue des Tonneliers, 17300 Rochefort
        Avec : Julien Morel, Chargé de recrutement, et Élodie Faure, Responsable transport

        Le parking visiteurs se trouve à gauche du portail principal.

        Cordialement,

        Julien Morel
        Chargé de recrutement – Charente Froid Transport

        Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas répondre directement.
        """)
    page = t("""
        <div style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;line-height:1.5;color:#2b2b2b">
        <p>Bonjour Manon,</p>
        <p>Suite à l'étude de votre candidature pour le poste de Chargée d'analyse flux &amp; données
        (CDI, Rochefort), nous avons le plaisir de vous confirmer un entretien&nbsp;:</p>
        <ul>
        <li><b>Quand&nbsp;:</b> mardi 6 octobre à 14&nbsp;h</li>
        <li><b>Durée&nbsp;:</b> 45 minutes</li>
        <li><b>Où&nbsp;:</b> Charente Froid Transport, ZI de l'Arsenal, 8 rue des Tonneliers, 17300 Rochefort</li>
        <li><b>Avec&nbsp;:</b> Julien Morel, Chargé de recrutement, et Élodie Faure, Responsable transport</li>
        </ul>
        <p>Le parking visiteurs se trouve à gauche du portail principal.</p>
        <p>Cordialement,</p>
        <p>Julien Morel<br>Chargé de recrutement – Charente Froid Transport</p>
        <p style="font-size:11px;color:#9a9a9a">Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas répondre directement.</p>
        </div>
        """)
    hs = head(addr("Charente Froid Transport", "noreply@smartrecruiters.com"),
              "Invitation à un entretien – Chargée d'analyse flux & données", "2026-09-29 17:02:44", PARIS,
              "<20260929150244.6f0c1a2b9e3d4c7a@smartrecruiters.com>",
              "mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [203.0.113.112])", "4Rf0Nh3vWcz1")
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="personio", lang="en", interview=True, kind="cancelled",
      start="2026-09-30T09:00:00Z", end="2026-09-30T09:45:00Z",
      contact="lena.krueger@nordmole.de", company="Nordmole GmbH",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone="Europe/Berlin",
      note="Personio cancellation with METHOD:CANCEL ICS, no new time offered; cancelled slot 11:00-11:45 CEST "
           "(Berlin, UTC+2) -> 09:00-09:45Z; contact = human ICS ORGANIZER (sender is no-reply)")
def personio_nordmole() -> bytes:
    body = t("""
        Dear Manon,

        Unfortunately we have to cancel your interview for the position "Data Analyst Port Operations
        (remote, EU)" scheduled for Wednesday, 30 September 2026, 11:00 - 11:45 (CEST).

        The hiring manager has been called away at short notice. We will get back to you as soon as
        possible to find a new date. We apologise for the inconvenience.

        Best regards
        Lena Krüger
        People & Culture | Nordmole GmbH
        Am Sandtorkai 41, 20457 Hamburg

        This message was sent via Personio.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:personio-appt-5520913@personio.de
DTSTAMP:20260928T071031Z
DTSTART;TZID=Europe/Berlin:20260930T110000
DTEND;TZID=Europe/Berlin:20260930T114500
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Cancelled: Interview Manon Giraud - Data Analyst Port Operations
ORGANIZER;CN="Lena Krüger":mailto:lena.krueger@nordmole.de
ATTENDEE;CN=Manon Giraud;ROLE=REQ-PARTICIPANT:mailto:manon.giraud@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nordmole GmbH", "no-reply@personio.de"),
              "Cancelled: Interview for Data Analyst Port Operations (remote, EU)",
              "2026-09-28 09:10:31", "Europe/Berlin", "<personio.5520913.cancel.1759043431@personio.de>",
              "mail-eu-3.personio.de (mail-eu-3.personio.de [192.0.2.83])", "4Rd6Kp9sXbz2")
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                      disposition="attachment")))


@mail(n(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T09:00:00Z", end="2026-11-10T09:30:00Z",
      contact="erik.lindqvist@skargardshipping.se", company="Skärgård Shipping Analytics",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 10:30", zone="Europe/Stockholm",
      note="Teamtailor booking: the time is only in the ICS (TZID=Europe/Stockholm 10:00-10:30, CET UTC+1 in "
           "November) -> 09:00-09:30Z; body has no time; contact = Reply-To recruiter (also ORGANIZER)")
def teamtailor_skargard() -> bytes:
    body = t("""
        Hi Manon,

        Your interview with Skärgård Shipping Analytics is booked!

        Everything you need - the time and the video link - is in the calendar invitation attached to
        this email. Add it to your calendar so you don't miss it.

        Job: Data Analyst - Vessel & Port Performance
        Format: video call with Erik Lindqvist (Talent Acquisition)

        If you need to change anything, just reply to this email.

        Best,
        Erik
        Skärgård Shipping Analytics
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#111">
        <div style="max-width:560px;margin:0 auto">
        <h2 style="font-weight:600">Your interview is booked!</h2>
        <p>Hi Manon,</p>
        <p>Your interview with <b>Skärgård Shipping Analytics</b> is booked!</p>
        <p>Everything you need - the time and the video link - is in the calendar invitation attached to
        this email. Add it to your calendar so you don't miss it.</p>
        <p>Job: Data Analyst - Vessel &amp; Port Performance<br>
        Format: video call with Erik Lindqvist (Talent Acquisition)</p>
        <p>If you need to change anything, just reply to this email.</p>
        <p>Best,<br>Erik<br>Skärgård Shipping Analytics</p>
        <p style="color:#999;font-size:12px">Sent with Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:tt-meeting-3318842@teamtailor.com
DTSTAMP:20261104T071233Z
DTSTART;TZID=Europe/Stockholm:20261110T100000
DTEND;TZID=Europe/Stockholm:20261110T103000
SUMMARY:Interview: Manon Giraud / Skärgård Shipping Analytics
DESCRIPTION:Join: https://meet.teamtailor.com/skargard/4kq-81p
LOCATION:https://meet.teamtailor.com/skargard/4kq-81p
ORGANIZER;CN=Erik Lindqvist:mailto:erik.lindqvist@skargardshipping.se
ATTENDEE;CN=Manon Giraud;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:manon.giraud@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Skärgård Shipping Analytics", "no-reply@teamtailor-mail.com"),
              "Interview booked: Data Analyst - Vessel & Port Performance", "2026-11-04 08:12:33",
              "Europe/Stockholm", "<6a2f1c0e9b5d4e3f8a7c@teamtailor-mail.com>",
              "o7.ptr4471.teamtailor-mail.com (o7.ptr4471.teamtailor-mail.com [167.89.20.71])", "4Rn3Hc5yQdz8",
              extra=(("Reply-To", addr("Erik Lindqvist", "erik.lindqvist@skargardshipping.se")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="workable", lang="fr", interview=True, kind="scheduled",
      start="2026-11-12T14:00:00Z", end="2026-11-12T15:00:00Z",
      contact="lucie.perrin@maison-oceane.fr", company="Maison Océane Logistique",
      local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=PARIS,
      note="Workable confirmation, 15:00-16:00 Europe/Paris (CET, UTC+1) -> 14:00-15:00Z; Reply-To is a "
           "Workable +relay, so contact = the recruiter address in the body")
def workable_oceane() -> bytes:
    body = t("""
        Bonjour Manon,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste Data Analyst Transport (Nantes)
        est confirmé :

        jeudi 12 novembre 2026, 15:00 – 16:00 (Europe/Paris)
        Microsoft Teams – le lien vous sera envoyé la veille

        Vous échangerez avec Lucie Perrin (RH) et Antoine Gauthier (Responsable BI).

        Pour toute question : lucie.perrin@maison-oceane.fr

        Bonne journée,
        Maison Océane Logistique

        ---
        Propulsé par Workable
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    hs = head(addr("Maison Océane Logistique", "noreply@candidates.workablemail.com"),
              "Entretien confirmé – Data Analyst Transport (Nantes)", "2026-11-06 11:30:02", PARIS,
              "<wk.0b7e3c.20261106103002.7741@candidates.workablemail.com>",
              "mail12.workablemail.com (mail12.workablemail.com [198.51.100.12])", "4Rm5Gb2kTfz4",
              extra=(("Reply-To", "maison-oceane-logistique+c4e1f0a2@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-12-08T15:00:00Z", end="2026-12-08T15:30:00Z",
      contact="dana.whitfield@harborline-data.com", company="Harborline Data",
      local="Tue 2026-12-08 16:00", local_end="2026-12-08 16:30", zone=PARIS,
      note="Calendly invitee confirmation shown in the invitee's zone: 4:00pm Central European Time (UTC+1 in "
           "December), 30 Minute event -> 15:00-15:30Z; ICS in UTC agrees; contact = host via Reply-To")
def calendly_harborline() -> bytes:
    body = t("""
        Hi Manon Giraud,

        A new event has been scheduled.

        Event Type:
        30 Minute Interview - Data Analyst (Europe)

        Invitee:
        Manon Giraud

        Invitee Email:
        manon.giraud@example.org

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time) on Tuesday, December 8, 2026

        Host:
        Dana Whitfield (Harborline Data)

        Location:
        This is a Zoom web conference. A link will be sent before the meeting.

        Questions:
        Anything you'd like us to know before the call?
        I'd love to hear more about the AIS data pipeline mentioned in the job post.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f2b9a1e-77c3-4d2e-9b0a-8e5f1d6c3a27
        Reschedule: https://calendly.com/reschedulings/4f2b9a1e-77c3-4d2e-9b0a-8e5f1d6c3a27

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:600px">
        <p>Hi Manon Giraud,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Interview - Data Analyst (Europe)</p>
        <p><b>Invitee:</b><br>Manon Giraud</p>
        <p><b>Invitee Email:</b><br><a href="mailto:manon.giraud@example.org">manon.giraud@example.org</a></p>
        <p><b>Event Date/Time:</b><br>04:00pm - 04:30pm (Central European Time) on Tuesday, December 8, 2026</p>
        <p><b>Host:</b><br>Dana Whitfield (Harborline Data)</p>
        <p><b>Location:</b><br>This is a Zoom web conference. A link will be sent before the meeting.</p>
        <p><b>Questions:</b><br>Anything you&#39;d like us to know before the call?<br>
        I&#39;d love to hear more about the AIS data pipeline mentioned in the job post.</p>
        <p><a href="https://calendly.com/cancellations/4f2b9a1e-77c3-4d2e-9b0a-8e5f1d6c3a27">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4f2b9a1e-77c3-4d2e-9b0a-8e5f1d6c3a27">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:4f2b9a1e-77c3-4d2e-9b0a-8e5f1d6c3a27@calendly.com
DTSTAMP:20261203T154522Z
DTSTART:20261208T150000Z
DTEND:20261208T153000Z
SUMMARY:30 Minute Interview - Data Analyst (Europe) between Dana Whitfield and Manon Giraud
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harborline-data.com
ATTENDEE;CN=Manon Giraud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:manon.giraud@example.org
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Manon Giraud - 04:00pm Tue, Dec 8, 2026 - 30 Minute Interview - Data Analyst (Europe)",
              "2026-12-03 16:45:22", PARIS, "<5f0d2c7a81b3e_4a1c2f3b7d@calendly-mailer-7f9c.mail>",
              "o1.email.calendly.com (o1.email.calendly.com [167.89.101.221])", "4Rw1Db7nRgz5",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@harborline-data.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(10), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-10-01T09:00:00Z", end="2026-10-01T09:30:00Z", contact=None,
      company="Ports Atlantique Services",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:30", zone=PARIS,
      note="Microsoft Bookings: body shows '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' (the standard "
           "offset) but on 1 Oct Paris is CEST (UTC+2): 11:00 -> 09:00Z, as the ICS (Romance Standard Time) "
           "says; 30 minutes -> end 09:30Z; only a Bookings mailbox and a staff name -> contact null")
def bookings_ports() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Bonjour Manon Giraud,</p>
        <p>Merci d&#39;avoir réservé avec Ports Atlantique Services. Votre réservation est confirmée.</p>
        <table cellpadding="6" style="border:1px solid #e1dfdd">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de présélection – Data Analyst (30 minutes)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>jeudi 1 octobre 2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Nadia Ferreira</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjA3">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/PortsAtlantiqueRecrutement@portsatlantique.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Ports Atlantique Recrutement:mailto:PortsAtlantiqueRecrutement@portsatlantique.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Giraud:mailto:manon.giraud@example.org
DESCRIPTION;LANGUAGE=fr-FR:Entretien de présélection – Data Analyst\\nPersonnel : Nadia Ferreira\\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000F3A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – Data Analyst
DTSTART;TZID=Romance Standard Time:20261001T110000
DTEND;TZID=Romance Standard Time:20261001T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T080211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ports Atlantique Recrutement", "PortsAtlantiqueRecrutement@portsatlantique.onmicrosoft.com"),
              "Réservation confirmée : Entretien de présélection – Data Analyst", "2026-09-25 10:02:11", PARIS,
              "<PR3P192MB0712B4A1C7E9D0F3A2B1C4D5E6F7A@PR3P192MB0712.EURP192.PROD.OUTLOOK.COM>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com"
              " [40.107.22.71])", "4Re2Lm6wZhz7",
              extra=(("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR")))
    return message(hs, alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@mail(n(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-12-02T09:00:00Z", end="2026-12-02T10:00:00Z",
      contact="thomas.renaud@mutuelle-sevre.fr", company="Mutuelle de la Sèvre",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 11:00", zone=PARIS,
      note="Google Agenda invitation 'mer. 2 déc. 2026 10:00 - 11:00 (CET)' -> 09:00-10:00Z; inline text/calendar "
           "and application/ics attachment agree; contact = the organizer (human From / ORGANIZER)")
def gcal_mutuelle() -> bytes:
    body = t("""
        Entretien Data Analyst – Manon Giraud
        mercredi 2 décembre 2026 ⋅ 10:00 – 11:00
        Heure d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/hqz-wkot-ymr

        Lieu
        Mutuelle de la Sèvre, 9 rue de l'Ancien Musée, 79000 Niort (ou Meet si besoin)

        Bonjour Manon, comme convenu au téléphone : entretien avec moi et Agnès Picard (Directrice
        Actuariat). Prévoyez une présentation de 10 minutes d'un projet dont vous êtes fière.
        Thomas

        Invités
        Thomas Renaud - organisateur
        Agnès Picard
        manon.giraud@example.org

        Afficher tous les détails de l'invité

        Répondre pour manon.giraud@example.org : Oui / Non / Peut-être  Plus d'options

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à participer à cet événement. Pour ne plus
        recevoir d'informations sur cet événement, refusez-le.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Entretien Data Analyst – Manon Giraud</h2>
        <div style="color:#3c4043">mercredi 2 décembre 2026 ⋅ 10:00 – 11:00<br>Heure d'Europe centrale - Paris</div>
        <p><a href="https://meet.google.com/hqz-wkot-ymr">Participer avec Google Meet</a><br>meet.google.com/hqz-wkot-ymr</p>
        <p><b>Lieu</b><br>Mutuelle de la Sèvre, 9 rue de l'Ancien Musée, 79000 Niort (ou Meet si besoin)</p>
        <p>Bonjour Manon, comme convenu au téléphone : entretien avec moi et Agnès Picard (Directrice
        Actuariat). Prévoyez une présentation de 10 minutes d'un projet dont vous êtes fière.<br>Thomas</p>
        <p><b>Invités</b><br>Thomas Renaud - organisateur<br>Agnès Picard<br>manon.giraud@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261202T100000
DTEND;TZID=Europe/Paris:20261202T110000
DTSTAMP:20261127T132114Z
ORGANIZER;CN=Thomas Renaud:mailto:thomas.renaud@mutuelle-sevre.fr
UID:5k2v9q0c1n7r3m8t4b6s0d2f1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Renaud;X-NUM-GUESTS=0:mailto:thomas.renaud@mutuelle-sevre.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agnès Picard;X-NUM-GUESTS=0:mailto:agnes.picard@mutuelle-sevre.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.giraud@example.org;X-NUM-GUESTS=0:mailto:manon.giraud@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/hqz-wkot-ymr
CREATED:20261127T132113Z
DESCRIPTION:Bonjour Manon\\, comme convenu au téléphone : entretien avec moi et Agnès Picard.
LAST-MODIFIED:20261127T132113Z
LOCATION:Mutuelle de la Sèvre\\, 9 rue de l'Ancien Musée\\, 79000 Niort (ou Meet si besoin)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Data Analyst – Manon Giraud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Thomas Renaud", "thomas.renaud@mutuelle-sevre.fr"),
              "Invitation: Entretien Data Analyst – Manon Giraud @ mer. 2 déc. 2026 10:00 - 11:00 (CET) "
              "(manon.giraud@example.org)",
              "2026-11-27 14:21:14", PARIS, "<calendar-9b1f3e2a-6c4d-4f0e-8a1b-2d7c5e9f0a13@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "4Rv9Qa3cMiz1",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Thomas Renaud", "thomas.renaud@mutuelle-sevre.fr"))))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(12), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-10T09:00:00Z", end=None,
      contact="maxime.roussel@vigiequai.fr", company="Vigie Quai",
      local="Thu 2026-09-10 11:00", zone=PARIS,
      note="Phone-written reply 'Ok pour demain vers 11h' sent Wed 9 Sep 07:12 CEST -> Thu 10 Sep 11:00 CEST "
           "= 09:00Z ('vers' read as the agreed start, see judgement calls); no length -> end null; "
           "contact = human sender")
def prose_vigiequai() -> bytes:
    body = t("""
        Salut Manon,

        Ok pour demain vers 11h au bureau alors ! 4 rue de l'Escale, 2e étage, sonne chez Vigie Quai.
        On sera deux avec Clém, notre CTO. Prends ton ordi si tu veux nous montrer ton dashboard
        d'escales, ça nous intéresse bcp.

        À demain
        Max

        Envoyé de mon iPhone

        > Le 8 sept. 2026 à 18:41, Manon Giraud <manon.giraud@example.org> a écrit :
        >
        > Bonjour Maxime,
        >
        > Merci pour votre appel tout à l'heure. Je suis disponible demain après-midi ou jeudi
        > en fin de matinée si ça vous va.
        >
        > Bonne soirée,
        > Manon
        """)
    hs = head(addr("Maxime Roussel", "maxime.roussel@vigiequai.fr"),
              "Re: Candidature Data Analyst – Vigie Quai", "2026-09-09 07:12:40", PARIS,
              "<A7E0C3B1-2F4D-4B8E-9C61-0D5F2E8A1B37@vigiequai.fr>",
              "smtp-out.ovh.net (mo551.mail-out.ovh.net [178.32.228.51])", "4Rc0Pz8fVjz3",
              extra=(("In-Reply-To", "<CAF3q9n0xY1Zk2Lm@mail.example.org>"),
                     ("References", "<CAF3q9n0xY1Zk2Lm@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-21T06:30:00Z", end=None,
      contact="camille.besson@refret.fr", company="Ré Fret",
      local="Mon 2026-09-21 08:30", zone=PARIS,
      note="'lundi en huit, donc le 21, à 8h30', sent Mon 14 Sep -> Mon 21 Sep 08:30 CEST = 06:30Z; the attached "
           "Apple ICS is an all-day event on 21 Sep (time only in the text); contact = human sender")
def prose_refret() -> bytes:
    body = t("""
        Hello Manon,

        Comme on s'est dit au tél, je te cale lundi en huit, donc le 21, à 8h30 au dépôt de
        Rivedoux (avant le rush des camions ). Tu verras Fabrice, le gérant, et moi.

        Je t'envoie une invit' pour pas qu'on oublie : je l'ai mise sur la journée entière parce que
        mon agenda fait n'importe quoi, mais c'est bien 8h30.

        Bonne soirée et à lundi en huit !
        Camille

        --
        Camille Besson
        Responsable d'exploitation – Ré Fret
        06 71 42 18 90
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260914T161930Z
UID:3C1E9A74-5B2D-4F80-A6C3-7E0D9B1F2A48
DTEND;VALUE=DATE:20260922
TRANSP:TRANSPARENT
SUMMARY:Entretien Manon Giraud (Ré Fret)
DTSTART;VALUE=DATE:20260921
DTSTAMP:20260914T162012Z
LOCATION:Dépôt Ré Fret\\, Rivedoux-Plage
DESCRIPTION:8h30 au dépôt
SEQUENCE:0
ORGANIZER;CN=Camille Besson:mailto:camille.besson@refret.fr
ATTENDEE;CN=Manon Giraud;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:manon.giraud@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Camille Besson", "camille.besson@refret.fr"), "Entretien lundi",
              "2026-09-14 18:20:05", PARIS, "<F1B27C0E-88A4-4D9C-B2E1-6A3F0C5D7E92@refret.fr>",
              "smtp.gandi.net (relay9-d.mail.gandi.net [217.70.183.199])", "4Rd3Fn1gXkz9",
              extra=(("X-Mailer", "Apple Mail (2.3826.700.81)"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, cte="base64", filename="Entretien Manon.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(14), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z",
      contact="megan.alvarez@brightkeel.com", company="Brightkeel Logistics",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/New_York",
      note="US DST edge: mail sent Thu 29 Oct in EDT (UTC-4); interview Tue 3 Nov 9:00-10:00 AM Eastern, after the "
           "1 Nov switch to EST (UTC-5) -> 14:00-15:00Z (= 3-4 PM Paris, CET, as the body says); iCIMS "
           "relay sender, contact = recruiter address in the body")
def icims_brightkeel() -> bytes:
    body = t("""
        Dear Manon,

        Thank you for your interest in Brightkeel Logistics. This email confirms your interview.

        Position: Senior Data Analyst, EMEA Ports (Remote) - Req #2026-4471
        Date: Tuesday, November 3, 2026
        Time: 9:00 AM - 10:00 AM Eastern Time (3:00 PM - 4:00 PM Paris time)
        Format: Microsoft Teams (link below)
        Interviewers: Megan Alvarez, Talent Acquisition Partner; Rob Castellano, Director of Analytics

        Please note that clocks in the US go back one hour on Sunday, November 1, so the gap with
        Paris will be six hours again on the day of your interview.

        Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGY4ODk3

        If you have any questions, please contact Megan Alvarez at megan.alvarez@brightkeel.com.

        Sincerely,
        Brightkeel Logistics Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head(addr("Brightkeel Logistics", "brightkeel@talent.icims.com"),
              "Interview Confirmation - Senior Data Analyst, EMEA Ports (Remote)", "2026-10-29 13:10:08",
              "America/New_York", "<1635502208.77120.icims.4471@talent.icims.com>",
              "smtp-out-2.icims.com (smtp-out-2.icims.com [192.0.2.142])", "4Rk9Wt4hZlz2")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@mail(n(15), family="taleo", lang="fr", interview=True, kind="scheduled",
      start="2026-10-16T07:30:00Z", end=None,
      contact="helene.dufour@rochefort-aero.fr", company="Rochefort Aérostructures",
      local="Fri 2026-10-16 09:30", zone=PARIS,
      note="Taleo convocation in iso-8859-1 QP: 'vendredi 16/10/2026 à 09h30' (CEST, UTC+2) -> 07:30Z; "
           "'environ 1h30' is approximate -> end null; contact = the recruiter address in the body")
def taleo_rochefort() -> bytes:
    body = t("""
        Madame Giraud,

        Nous vous remercions de l'intérêt que vous portez à Rochefort Aérostructures.

        Suite à l'examen de votre candidature au poste Data Analyst Industriel (réf. 26-0387), nous avons
        le plaisir de vous convier à un entretien :

            Le vendredi 16/10/2026 à 09h30
            Site de Rochefort - Bâtiment administratif A
            Avenue de l'Aéronavale, 17300 Rochefort

        Durée estimée : environ 1h30 (entretien RH puis entretien technique avec le service Qualité).
        Merci de vous munir d'une pièce d'identité, exigée à l'entrée du site.

        Votre interlocutrice : Mme Hélène Dufour, Responsable Recrutement
        helene.dufour@rochefort-aero.fr - 05 46 82 31 07

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Direction des Ressources Humaines
        Rochefort Aérostructures

        Ce message a été généré automatiquement. Merci de ne pas répondre à cette adresse.
        """)
    hs = head(addr("Rochefort Aérostructures", "rochefortaero@taleo.net", charset="iso-8859-1"),
              "Convocation à un entretien - Réf. 26-0387 Data Analyst Industriel", "2026-10-07 15:33:19", PARIS,
              "<1491823307.88214.1791380399112.JavaMail.taleo@tlo2-mail-03>",
              "smtp3.taleo.net (smtp3.taleo.net [199.111.80.33])", "4Rh5Sx7jAmz6", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(16), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-12-09T14:00:00Z", end=None,
      contact="aurelie.nguyen@lisiere-conseil.fr", company="Lisière Conseil",
      local="Wed 2026-12-09 15:00", zone=PARIS,
      note="Outlook cancellation in prose, no new time ('je reviendrai vers vous'); cancelled slot 'mercredi 9 "
           "décembre à 15 h' (CET, UTC+1) -> 14:00Z, confirmed in the quoted thread; contact = human sender")
def prose_lisiere_cancel() -> bytes:
    body = t("""
        Bonjour Manon,

        Je suis au regret de devoir annuler notre entretien prévu ce mercredi 9 décembre à 15 h.
        La direction vient de geler le recrutement du poste de consultant(e) data supply chain
        jusqu'au prochain budget, et je ne veux pas vous faire perdre votre temps.

        Je reviendrai vers vous dès que le recrutement sera relancé, probablement début 2027.
        Toutes mes excuses pour ce contretemps.

        Bien cordialement,

        Aurélie Nguyen
        Manager – Lisière Conseil
        3 allée Baco, 44000 Nantes

        De : Aurélie Nguyen
        Envoyé : jeudi 3 décembre 2026 10:12
        À : Manon Giraud <manon.giraud@example.org>
        Objet : RE: Entretien – consultant(e) data supply chain

        Parfait, je vous confirme donc mercredi 9 décembre à 15 h, en visio (lien Teams à suivre).
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Manon,</p>
        <p class="MsoNormal">Je suis au regret de devoir annuler notre entretien prévu ce mercredi 9 décembre à 15&nbsp;h.
        La direction vient de geler le recrutement du poste de consultant(e) data supply chain
        jusqu'au prochain budget, et je ne veux pas vous faire perdre votre temps.</p>
        <p class="MsoNormal">Je reviendrai vers vous dès que le recrutement sera relancé, probablement début 2027.
        Toutes mes excuses pour ce contretemps.</p>
        <p class="MsoNormal">Bien cordialement,</p>
        <p class="MsoNormal"><b>Aurélie Nguyen</b><br>Manager – Lisière Conseil<br>3 allée Baco, 44000 Nantes</p>
        <div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
        <p class="MsoNormal"><b>De&nbsp;:</b> Aurélie Nguyen<br><b>Envoyé&nbsp;:</b> jeudi 3 décembre 2026 10:12<br>
        <b>À&nbsp;:</b> Manon Giraud &lt;manon.giraud@example.org&gt;<br>
        <b>Objet&nbsp;:</b> RE: Entretien – consultant(e) data supply chain</p></div>
        <p class="MsoNormal">Parfait, je vous confirme donc mercredi 9 décembre à 15&nbsp;h, en visio (lien Teams à suivre).</p>
        </div></body></html>
        """)
    hs = head(addr("Aurélie Nguyen", "aurelie.nguyen@lisiere-conseil.fr", charset="windows-1252"),
              "Annulation entretien – consultant(e) data supply chain", "2026-12-07 17:30:46", PARIS,
              "<PAXP193MB2214C0E1A7B3D9F2E4A51B6C7D8E9F0@PAXP193MB2214.EURP193.PROD.OUTLOOK.COM>",
              "EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2110.outbound.protection.outlook.com"
              " [40.107.249.110])", "4Rx2Ce8kBnz4", charset="windows-1252",
              extra=(("Thread-Topic", "Annulation entretien - consultant(e) data supply chain"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(17), family="join", lang="fr", interview=True, kind="scheduled",
      start="2026-10-20T14:00:00Z", end="2026-10-20T14:30:00Z",
      contact="pauline.chevalier@assurtech-sevre.fr", company="Assurtech Sèvre",
      local="Tue 2026-10-20 16:00", local_end="2026-10-20 16:30", zone=PARIS,
      note="JOIN confirmation: mardi 20 octobre 16:00 (Europe/Paris, still CEST UTC+2), 'Durée : 30 min' -> "
           "14:00-14:30Z; contact = human Reply-To")
def join_assurtech() -> bytes:
    body = t("""
        Bonjour Manon,

        Bonne nouvelle : votre entretien avec Assurtech Sèvre est confirmé.

        Poste : Data Analyst – Sinistres & Flux (Niort ou hybride)
        Date : mardi 20 octobre 2026
        Heure : 16:00 (Europe/Paris)
        Durée : 30 min
        Type : appel vidéo (Google Meet) – meet.google.com/nbe-pjta-xsq
        Avec : Pauline Chevalier, Talent Acquisition

        Vous pouvez répondre directement à cet e-mail pour joindre Pauline.

        Bonne chance !
        L'équipe JOIN pour Assurtech Sèvre

        JOIN Solutions AG · Vous recevez cet e-mail suite à votre candidature via JOIN.
        """)
    page = t("""
        <html><body style="background:#f6f7fb;font-family:Inter,Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;border-radius:8px;padding:24px;font-size:14px;color:#1f2937">
        <tr><td>
        <p>Bonjour Manon,</p>
        <p>Bonne nouvelle&nbsp;: votre entretien avec <b>Assurtech Sèvre</b> est confirmé.</p>
        <p>Poste&nbsp;: Data Analyst – Sinistres &amp; Flux (Niort ou hybride)<br>
        Date&nbsp;: mardi 20 octobre 2026<br>
        Heure&nbsp;: 16:00 (Europe/Paris)<br>
        Durée&nbsp;: 30 min<br>
        Type&nbsp;: appel vidéo (Google Meet) – <a href="https://meet.google.com/nbe-pjta-xsq">meet.google.com/nbe-pjta-xsq</a><br>
        Avec&nbsp;: Pauline Chevalier, Talent Acquisition</p>
        <p>Vous pouvez répondre directement à cet e-mail pour joindre Pauline.</p>
        <p>Bonne chance&nbsp;!<br>L'équipe JOIN pour Assurtech Sèvre</p>
        <p style="font-size:11px;color:#9ca3af">JOIN Solutions AG · Vous recevez cet e-mail suite à votre candidature via JOIN.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Assurtech Sèvre via JOIN", "noreply@join.com"),
              "Entretien confirmé : Data Analyst – Sinistres & Flux", "2026-10-13 12:48:30", PARIS,
              "<20261013104830.a3f9e1c27b@join.com>",
              "mail-out.join.com (mail-out.join.com [192.0.2.201])", "4Rh8Tb0mCoz5",
              extra=(("Reply-To", addr("Pauline Chevalier", "pauline.chevalier@assurtech-sevre.fr")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T09:00:00Z", end="2026-12-09T13:15:00Z",
      contact="priya.nandakumar@northreach.com", company="Northreach Freight",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 14:15", zone=PARIS,
      note="GoodTime onsite itinerary, three sessions 10:00 AM to 2:15 PM Central European Time (UTC+1) -> start = "
           "first session 09:00Z, end = last session end 13:15Z; contact = Reply-To coordinator")
def goodtime_northreach() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d3748">
        <div style="max-width:620px;margin:0 auto">
        <p>Hi Manon,</p>
        <p>We&#39;re excited to welcome you to Northreach Freight! Your onsite interview for
        <b>Data Analyst, Ocean Freight Pricing</b> is confirmed. Here is your itinerary.</p>
        <p><b>Wednesday, December 9, 2026</b><br>All times in Central European Time (Paris)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e2e8f0">
        <tr style="background:#edf2f7"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Hiring manager conversation</td><td>Laurent Béguin</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Case study: pricing dashboard</td><td>Sara Okonkwo</td></tr>
        <tr><td>1:30 PM - 2:15 PM</td><td>Culture &amp; ways of working</td><td>Priya Nandakumar</td></tr>
        </table>
        <p>Lunch with the team is planned between the second and third sessions.</p>
        <p><b>Location:</b> Northreach Freight, 27 rue de la Chaussée d&#39;Antin, 75009 Paris (4th floor, ask for
        Priya at reception)</p>
        <p>Travel from La Rochelle is on us - send your train tickets to your coordinator afterwards.</p>
        <p>Questions? Reply to this email to reach your coordinator, Priya Nandakumar.</p>
        <p>See you soon,<br>Northreach Freight Talent Team</p>
        <p style="font-size:11px;color:#a0aec0">Sent by GoodTime on behalf of Northreach Freight</p>
        </div></body></html>
        """)
    hs = head(addr("Northreach Freight Recruiting", "notifications@goodtime.io"),
              "Your interview itinerary - Northreach Freight (Wed, Dec 9)", "2026-12-01 10:30:17", PARIS,
              "<goodtime.itinerary.91c2e7a4-5d3f-4b6a-8e10-2f4c7a9b1d08@goodtime.io>",
              "o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.34.19])", "4Rw0Ac9pDpz8",
              extra=(("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@northreach.com")),))
    return message(hs, html(page))


@mail(n(19), family="softgarden", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-06T13:00:00Z", end="2026-11-06T14:00:00Z",
      contact="k.vogt@weser-cargo.de", company="Weser Cargo France",
      local="Fri 2026-11-06 14:00", local_end="2026-11-06 15:00", zone=PARIS,
      note="Forward to self (candidate's own example.net address) of a softgarden reschedule attached as "
           "message/rfc822: old jeudi 5 nov 10h00, new vendredi 6 novembre 14h00-15h00 (CET, UTC+1) -> "
           "13:00-14:00Z; contact = the human Reply-To in the forwarded message (never the candidate)")
def softgarden_weser_fwd() -> bytes:
    inner_body = t("""
        Bonjour Madame Giraud,

        Nous devons malheureusement modifier la date de votre entretien pour le poste
        « Analyste Données Transport & Douane » (Bordeaux).

        Ancien rendez-vous : jeudi 5 novembre 2026, 10h00 – 11h00
        Nouveau rendez-vous : vendredi 6 novembre 2026, 14h00 – 15h00

        Lieu : Weser Cargo France SAS, 14 quai de Brazza, 33100 Bordeaux
        Interlocutrice : Katrin Vogt, Talent Acquisition Europe

        Si ce nouveau créneau ne vous convient pas, merci de répondre à ce message.

        Cordialement,
        Katrin Vogt
        Weser Cargo France

        Ce message vous a été envoyé par softgarden e-recruiting GmbH pour le compte de Weser Cargo France.
        """)
    inner = message([
        ("From", addr("Weser Cargo France", "noreply@softgarden.io")),
        ("Reply-To", addr("Katrin Vogt", "k.vogt@weser-cargo.de")),
        ("To", addr("Manon Giraud", "manon.giraud@example.net")),
        ("Subject", enc("Votre entretien a été déplacé – Analyste Données Transport & Douane")),
        ("Date", date("2026-11-02 16:42:03", PARIS)),
        ("Message-ID", "<sg-appointment-77410-rescheduled@softgarden.io>"),
    ], text(inner_body))
    body = t("""
        à garder, nouvelle date vendredi 14h (Bordeaux) -> réserver train

        ---------- Forwarded message ---------
        (message d'origine en pièce jointe)
        """)
    hs = head(addr("Manon Giraud", "manon.giraud@example.net"),
              "Fwd: Votre entretien a été déplacé – Analyste Données Transport & Douane",
              "2026-11-02 20:05:44", PARIS, "<CAH7mG1rXc0p2Qw8sV4bL9tN@mail.example.net>",
              "mail.example.net (mail.example.net [198.51.100.7])", "4Rm0Ze2qEqz1")
    return message(hs, mixed(text(body, cte="8bit"),
                             attached_message(inner, filename="Votre entretien a ete deplace.eml")))


@mail(n(20), family="zoom", lang="en", interview=True, kind="rescheduled",
      start="2026-11-19T11:00:00Z", end=None,
      contact="aoife.kennelly@lumenquay.ie", company="Lumen Quay",
      local="Thu 2026-11-19 11:00", zone="Europe/Dublin",
      note="Recruiter moves the call from Wednesday 4pm to Thursday 11am Irish time (GMT in November, = UTC) -> "
           "11:00Z ('12 noon for you', CET); pasted Zoom block agrees; no length -> end null; contact = sender")
def zoom_lumenquay() -> bytes:
    body = t("""
        Hi Manon,

        Apologies for the shuffle - a board meeting has landed on top of our slot, so I've moved our
        chat from Wednesday at 4pm to Thursday at 11am Irish time (12 noon for you in La Rochelle).
        Same Zoom room, updated details below. Conor from the data team will join us for the second half.

        Thanks a million for being flexible!

        Aoife

        --
        Aoife Kennelly | Talent Lead | Lumen Quay
        Sir John Rogerson's Quay, Dublin 2

        Aoife Kennelly is inviting you to a scheduled Zoom meeting.

        Topic: Manon Giraud / Lumen Quay - Data Analyst, 2nd interview
        Time: Nov 19, 2026 11:00 AM Dublin

        Join Zoom Meeting
        https://lumenquay.zoom.us/j/93127740512?pwd=Qm9yZWFsaXNXaW5kMjAyNg

        Meeting ID: 931 2774 0512
        Passcode: 581204
        """)
    hs = head(addr("Aoife Kennelly", "aoife.kennelly@lumenquay.ie"),
              "Re: Second interview - small change of time", "2026-11-16 09:58:21", "Europe/Dublin",
              "<CAJ5yT0pQ4eN7rW2mB8xK1vH3cF6dL9sA0gZ@mail.gmail.com>",
              "mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", "4Rq5Bf4rFrz7",
              extra=(("In-Reply-To", "<CAF9a2bYt5mQ@mail.example.org>"), ("References", "<CAF9a2bYt5mQ@mail.example.org>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(21), family="exchange_outlook", lang="fr", interview=True, kind="rescheduled",
      start="2026-12-11T08:00:00Z", end="2026-12-11T09:00:00Z",
      contact="stephane.girard@gp-aunis.fr", company="Groupe Portuaire Aunis",
      local="Fri 2026-12-11 09:00", local_end="2026-12-11 10:00", zone=PARIS,
      note="Outlook meeting update (SEQUENCE:1) with TZID 'Romance Standard Time': moved from jeudi 10/12 14h to "
           "vendredi 11/12 9h-10h (CET, UTC+1) -> 08:00-09:00Z; contact = organizer/sender")
def outlook_gpaunis() -> bytes:
    body = t("""
        Bonjour Manon,

        Suite à notre échange de ce matin, je déplace notre entretien initialement prévu jeudi 10/12 à 14h
        au vendredi 11/12 de 9h à 10h. Même lien Teams. Nous serons trois : Bérangère Moulin (RH),
        Hervé Charrier (Directeur des Systèmes d'Information) et moi-même.

        Bonne fin de journée,
        Stéphane Girard
        Responsable Data & BI – Groupe Portuaire Aunis

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE3NjI1>
        ID de la réunion : 372 118 904 556
        Code secret : Xk7pQ2
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Manon,</p>
        <p>Suite à notre échange de ce matin, je déplace notre entretien initialement prévu jeudi 10/12 à 14h
        au vendredi 11/12 de 9h à 10h. Même lien Teams. Nous serons trois&nbsp;: Bérangère Moulin (RH),
        Hervé Charrier (Directeur des Systèmes d&#39;Information) et moi-même.</p>
        <p>Bonne fin de journée,<br>Stéphane Girard<br>Responsable Data &amp; BI – Groupe Portuaire Aunis</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE3NjI1">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion&nbsp;: 372 118 904 556<br>Code secret&nbsp;: Xk7pQ2</div>
        <div style="width:100%">________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Stéphane Girard:mailto:stephane.girard@gp-aunis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Giraud:mailto:manon.giraud@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bérangère Moulin:mailto:berangere.moulin@gp-aunis.fr
DESCRIPTION;LANGUAGE=fr-FR:Suite à notre échange de ce matin\\, je déplace notre entretien initialement prévu jeudi 10/12 à 14h au vendredi 11/12 de 9h à 10h.\\n
UID:040000008200E00074C5B7101A82E0080000000030F2A6C91B83DC01000000000000000010000000A8D1E3F5B7C9
SUMMARY;LANGUAGE=fr-FR:Entretien Data Analyst – Manon Giraud
DTSTART;TZID=Romance Standard Time:20261211T090000
DTEND;TZID=Romance Standard Time:20261211T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T152004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118734409
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
END:VCALENDAR"""
    hs = head(addr("Stéphane Girard", "stephane.girard@gp-aunis.fr"),
              "Mis à jour : Entretien Data Analyst – Manon Giraud", "2026-12-03 16:20:04", PARIS,
              "<PR1P264MB3390A7E2C4B6D8F0A1C3E5B7D9F1A2C4@PR1P264MB3390.FRAP264.PROD.OUTLOOK.COM>",
              "FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2061.outbound.protection.outlook.com"
              " [40.107.12.61])", "4Rv2Hd6sGsz3",
              extra=(("Thread-Topic", "=?utf-8?q?Entretien_Data_Analyst_=E2=80=93_Manon_Giraud?="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-01T12:00:00Z", end=None,
      contact="b.marchand@terres-de-sevre.coop", company="Coopérative Terres de Sèvre",
      local="Thu 2026-10-01 14:00", zone=PARIS,
      note="Prose reschedule agreed by phone: from mercredi 30 septembre 10h to jeudi 1er octobre 14 h (CEST, "
           "UTC+2) -> 12:00Z; iso-8859-15 QP text; no length -> end null; contact = human sender")
def prose_terres_de_sevre() -> bytes:
    body = t("""
        Bonjour Madame Giraud,

        Comme convenu ce matin au téléphone, notre entretien initialement prévu mercredi
        30 septembre à 10h est décalé au jeudi 1er octobre à 14 h, toujours au siège de la
        coopérative (12 route de Coulonges, 79000 Niort). Vous rencontrerez également
        M. Jourdain, notre directeur logistique, qui n'était pas disponible mercredi.

        Je vous remercie de votre souplesse et vous dis à jeudi.

        Bien à vous,

        Benoît Marchand
        Responsable RH
        Coopérative Terres de Sèvre
        Tél. 05 49 77 20 13
        """)
    hs = head(addr("Benoît Marchand", "b.marchand@terres-de-sevre.coop", charset="iso-8859-15"),
              "Report de notre entretien à jeudi", "2026-09-28 11:47:55", PARIS,
              "<3b1e8f4a-2c7d-4e9a-b0f5-6d8c1a3e7f29@terres-de-sevre.coop>",
              "mail.terres-de-sevre.coop (mail.terres-de-sevre.coop [203.0.113.45])", "4Rf2Jg8tHtz0",
              charset="iso-8859-15", extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, charset="iso-8859-15", params="format=flowed"))


@mail(n(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-15T13:00:00Z", end="2026-10-15T14:00:00Z",
      contact="james.okafor@pelagic-ai.com", company="Pelagic AI",
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 16:00", zone=PARIS,
      note="Google Calendar 'Canceled event' with METHOD:CANCEL: the cancelled slot Thu Oct 15 3pm-4pm CEST "
           "(UTC+2) -> 13:00-14:00Z; role filled internally, no new time; contact = organizer")
def gcal_pelagic_cancel() -> bytes:
    body = t("""
        This event has been canceled.

        James Okafor has a message for you:
        Sorry Manon - we've ended up filling this role internally, so I'm cancelling our call. I'll reach
        out if something else opens up on the data team.

        Interview - Manon Giraud / Pelagic AI
        Thursday Oct 15, 2026 ⋅ 3pm – 4pm
        Central European Time - Paris

        Organizer
        James Okafor
        james.okafor@pelagic-ai.com

        Guests
        James Okafor - organizer
        manon.giraud@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261015T150000
DTEND;TZID=Europe/Paris:20261015T160000
DTSTAMP:20261012T160311Z
ORGANIZER;CN=James Okafor:mailto:james.okafor@pelagic-ai.com
UID:1q8f5k3m0v2c7n9r4t6b8d0s2h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=manon.giraud@example.org;X-NUM-GUESTS=0:mailto:manon.giraud@example.org
CREATED:20261006T091502Z
LAST-MODIFIED:20261012T160310Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview - Manon Giraud / Pelagic AI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("James Okafor", "james.okafor@pelagic-ai.com"),
              "Canceled event with note: Interview - Manon Giraud / Pelagic AI @ Thu Oct 15, 2026 3pm - 4pm (CEST) "
              "(manon.giraud@example.org)", "2026-10-12 18:03:11", PARIS,
              "<calendar-0c7e2b91-4d5a-4f3e-9a8b-6e1d2c3f4a5b@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4Rh6Ue1uIuz2",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="fr", interview=False, company="Atlantis Terminaux",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse rejection after the interview of mardi 15 septembre (thread with the Atlantis confirmation); "
           "names a past date, confirms nothing")
def rejection_atlantis() -> bytes:
    body = t("""
        Bonjour Manon,

        Merci encore pour le temps que vous nous avez accordé lors de votre entretien du mardi
        15 septembre pour le poste de Data Analyst Opérations Portuaires.

        Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidature, dont
        l'expérience en maintenance prédictive correspond davantage à nos besoins immédiats.
        Yannick et moi avons beaucoup apprécié votre analyse des temps d'escale : nous conservons
        votre profil pour de futures ouvertures.

        Nous vous souhaitons une belle réussite dans vos recherches.

        Claire Bonnaud
        Talent Acquisition – Atlantis Terminaux
        """)
    hs = head(addr("Atlantis Terminaux", "no-reply@us.greenhouse-mail.io"),
              "Votre candidature chez Atlantis Terminaux", "2026-09-29 09:12:40", PARIS,
              "<gh.8823117.rej.5512@us.greenhouse-mail.io>",
              "mail-198-21-4-19.greenhouse-mail.io (mail-198-21-4-19.greenhouse-mail.io [198.21.4.19])",
              "4Rf0Ka1vJvz4", extra=(("Reply-To", addr("Claire Bonnaud", "claire.bonnaud@atlantis-terminaux.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Vigie Quai",
      days=(("Thu", "2026-09-10"), ("Thu", "2026-10-01")),
      note="Offer after the 10 September interview (thread with the Vigie Quai prose); answer wanted 'd'ici jeudi "
           "1er octobre'; a phone call 'demain vers 11h si tu veux' is only suggested, not fixed")
def offer_vigiequai() -> bytes:
    body = t("""
        Hello Manon,

        Bon, je ne vais pas faire durer le suspense : suite à ton entretien du 10 septembre et à ton
        cas pratique (Clém est fan), on aimerait vraiment que tu rejoignes Vigie Quai comme
        première data analyst 🎉

        Ce qu'on te propose :
        - CDI, statut cadre, 44 k€ brut annuel + BSPCE
        - 2 jours de télétravail par semaine
        - démarrage idéalement le 2 novembre

        Je t'envoie la promesse d'embauche via Yousign lundi. Tu peux nous donner ta réponse d'ici jeudi
        (1er octobre) ? Si tu veux en parler avant, je peux t'appeler demain vers 11h, dis-moi juste si ça
        t'arrange.

        Max
        --
        Maxime Roussel – CEO, Vigie Quai
        """)
    hs = head(addr("Maxime Roussel", "maxime.roussel@vigiequai.fr"), "Proposition 🙂",
              "2026-09-25 19:02:13", PARIS, "<D3F0A1B2-7C4E-4A9D-8E6F-1B2C3D4E5F60@vigiequai.fr>",
              "smtp-out.ovh.net (mo552.mail-out.ovh.net [178.32.228.52])", "4Re5Lb2wKwz6")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Havenlicht B.V.",
      note="Recruitee application receipt; 'we will invite you for an interview' is conditional, no time")
def ack_havenlicht() -> bytes:
    body = t("""
        Hi Manon,

        Thank you for applying for the position of Data Analyst - Terminal Operations (remote, CET) at
        Havenlicht. We have received your application and CV.

        What happens next? Our team reviews every application personally. If your profile matches what
        we are looking for, we will invite you for a first interview within two weeks. If you haven't
        heard from us by then, we've decided to go with other candidates.

        You can follow the status of your application here:
        https://havenlicht.recruitee.com/o/data-analyst-terminal-operations/c/status

        Kind regards,
        Sanne de Vries
        People Team - Havenlicht B.V., Rotterdam

        This is an automated message sent via Recruitee.
        """)
    hs = head(addr("Havenlicht", "no-reply@recruiteemail.com"),
              "Thanks for applying to Havenlicht!", "2026-09-07 22:14:09", "Europe/Amsterdam",
              "<recruitee.app.81277340.ack@recruiteemail.com>",
              "o3.recruiteemail.com (o3.recruiteemail.com [149.72.120.3])", "4Rc8Mc3xLxz8")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Job-board alert; a 'job dating' with 'entretiens express' on jeudi 8 octobre 9h-12h is a public event, "
           "not the user's interview")
def alert_emploiouest() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Manon,</p>
        <p><b>12 nouvelles offres</b> correspondent à votre alerte « data analyst – La Rochelle (17) + 50 km ».</p>
        <table cellpadding="8" style="border-collapse:collapse">
        <tr><td><b>Data Analyst Supply Chain H/F</b><br>Transports Pertuis – La Rochelle – CDI<br>
        <span style="color:#2a7">Entretien rapide possible</span></td></tr>
        <tr><td><b>Analyste BI portuaire</b><br>Grand Port Logistique – La Pallice – CDD 12 mois</td></tr>
        <tr><td><b>Chargé(e) d'études statistiques</b><br>Mutuelle Aunis-Saintonge – Niort – CDI</td></tr>
        <tr><td><b>Data Engineer junior</b><br>Océalia Tech – Rochefort – CDI – télétravail partiel</td></tr>
        </table>
        <p><a href="https://www.emploiouest.fr/alertes/8812/offres">Voir les 8 autres offres</a></p>
        <div style="background:#fff6e0;padding:12px">
        <b>Job dating Logistique &amp; Port</b> – jeudi 8 octobre de 9h à 12h, Espace Encan, La Rochelle.<br>
        Des entretiens express de 10 minutes avec 15 recruteurs. Entrée libre, venez avec votre CV !
        </div>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte sur EmploiOuest.
        <a href="https://www.emploiouest.fr/alertes/desinscription?u=5521">Se désinscrire</a></p>
        </body></html>
        """)
    hs = head(addr("EmploiOuest Alertes", "alertes@emploiouest.fr"),
              "12 nouvelles offres : data analyst – La Rochelle (17)", "2026-10-02 06:31:00", PARIS,
              "<alert.8812.20261002@mailer.emploiouest.fr>",
              "mailer.emploiouest.fr (mailer.emploiouest.fr [203.0.113.77])", "4Rg0Nd4yMyz1",
              extra=(("List-Unsubscribe", "<https://www.emploiouest.fr/alertes/desinscription?u=5521>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(28), family="newsletter_blog", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Career newsletter/blog about job interviews, with a live on mardi 20 octobre 12h30; nothing confirmed")
def newsletter_carrieres() -> bytes:
    body = t("""
        CARRIÈRES ATLANTIQUE – la lettre du mardi

        ► Entretien d'embauche : les 7 questions pièges (et comment y répondre)
        « Parlez-moi de vous », « Quel est votre plus grand défaut ? »… Nos recruteurs partenaires
        décortiquent les questions qui déstabilisent le plus, avec des exemples de réponses.
        Lire l'article : https://carrieres-atlantique.fr/blog/entretien-questions-pieges

        ► Témoignage : « J'ai décroché mon poste au port de La Pallice après trois entretiens »
        https://carrieres-atlantique.fr/blog/temoignage-la-pallice

        ► En direct : mardi 20 octobre à 12h30, notre live « Négocier son salaire après l'entretien »
        Inscription gratuite : https://carrieres-atlantique.fr/live

        Vous recevez cette lettre car vous êtes inscrit(e) à Carrières Atlantique.
        Se désabonner : https://carrieres-atlantique.fr/desabonnement?id=77120
        """)
    hs = head(addr("Carrières Atlantique", "lettre@carrieres-atlantique.fr"),
              "Entretien d'embauche : les 7 questions pièges", "2026-10-13 07:00:02", PARIS,
              "<nl-2026-41.77120@carrieres-atlantique.fr>",
              "smtp.sendinblue-mail.net (smtp-relay.sendinblue.com [185.107.232.20])", "4Rh1Oe5zNzz3",
              extra=(("List-Unsubscribe", "<https://carrieres-atlantique.fr/desabonnement?id=77120>"),
                     ("List-Id", "Carrieres Atlantique <lettre.carrieres-atlantique.fr>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Quaidata",
      note="Recruiter asks the user to pick a slot via an Ashby self-scheduling link (thread before the Quaidata "
           "confirmation); no time chosen yet")
def link_quaidata() -> bytes:
    body = t("""
        Bonjour Manon,

        Merci pour notre échange téléphonique ! Comme promis, voici le lien pour choisir un créneau
        d'une heure avec Bastien (Lead Data Engineer) et moi :

        https://jobs.ashbyhq.com/quaidata/interview-scheduling/3e7d1f02-8a4b-4c6e-9f15-0b2d7c8a1e64

        Les disponibilités vont de mercredi à lundi prochain. Si aucun créneau ne vous convient,
        dites-le-moi et on trouvera autre chose.

        Belle journée,
        Inès

        Inès Marchetti
        Talent Partner – Quaidata
        """)
    hs = head(addr("Inès Marchetti", "ines.marchetti@quaidata.fr"),
              "Quaidata – choix de votre créneau d'entretien", "2026-10-19 15:26:48", PARIS,
              "<CAN8xP2rT0wK5mZq1vB7@mail.gmail.com>",
              "mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", "4Rj3Pf6aOaz5")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Meridian Talent Partners",
      note="Cold outreach from an agency asking for a call 'next week'; nothing fixed")
def outreach_meridian() -> bytes:
    body = t("""
        Hi Manon,

        I came across your profile and your talk on berth-occupancy forecasting - really impressive work.

        I'm helping a fast-growing short-sea shipping operator build out their analytics team
        (Head of Data Analytics, hybrid Rotterdam / remote, EUR 85-95k). Would you be open to a quick
        15-minute call sometime next week? Just send me a couple of times that suit you, or book
        directly here: https://calendly.com/tom-hadley-meridian/intro

        Best,
        Tom Hadley
        Senior Consultant, Maritime & Logistics
        Meridian Talent Partners | London - Rotterdam
        """)
    hs = head(addr("Tom Hadley", "tom.hadley@meridiantalent.co.uk"),
              "Head of Data Analytics - short-sea shipping (hybrid)", "2026-09-16 11:42:30", "Europe/London",
              "<LO2P265MB5120F1E2D3C4B5A6978@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2109.outbound.protection.outlook.com"
              " [40.107.10.109])", "4Rd9Qg7bPbz7")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(31), family="proposed_not_confirmed", lang="fr", interview=False, company="Maison Océane Logistique",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
      note="Recruiter proposes two slots (mardi 10 novembre 10h or jeudi 12 novembre 15h) and waits for an "
           "answer; nothing confirmed (the Workable confirmation comes later)")
def proposed_oceane() -> bytes:
    body = t("""
        Bonjour Manon,

        Votre profil a retenu toute notre attention pour le poste de Data Analyst Transport à Nantes.

        Seriez-vous disponible pour un premier entretien d'une heure, en visio, mardi 10 novembre à 10h
        ou jeudi 12 novembre à 15h ? Dites-moi ce qui vous arrange le mieux, je vous enverrai ensuite
        une confirmation avec le lien.

        Bien cordialement,

        Lucie Perrin
        Chargée de recrutement – Maison Océane Logistique
        lucie.perrin@maison-oceane.fr
        """)
    hs = head(addr("Lucie Perrin", "lucie.perrin@maison-oceane.fr"),
              "Data Analyst Transport – premier entretien", "2026-11-03 14:05:37", PARIS,
              "<0a1b2c3d-4e5f-6789-abcd-ef0123456789@maison-oceane.fr>",
              "smtp.maison-oceane.fr (smtp.maison-oceane.fr [203.0.113.90])", "4Rl7Rh8cQcz9")
    return message(hs, text(body))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Public employment agency convening the user to a follow-up 'entretien' on mardi 13 octobre 9h15: "
           "a fixed appointment, but not a job interview")
def jobcentre_convocation() -> bytes:
    body = t("""
        Madame GIRAUD Manon,
        Identifiant : 4471208K

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi :

          Date : mardi 13 octobre 2026
          Heure : 9h15
          Lieu : Agence Emploi Services de La Rochelle - Les Minimes, 5 avenue du Lazaret
          Avec : Mme Sandrine Rivière, votre conseillère référente

        Merci de vous munir de votre pièce d'identité et de votre CV à jour. En cas d'empêchement,
        prévenez votre conseillère depuis votre espace personnel au moins 48 heures à l'avance.
        Toute absence non justifiée peut entraîner une radiation de la liste des demandeurs d'emploi.

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Agence Emploi Services", "ne-pas-repondre@emploi-services-public.fr"),
              "Convocation à un entretien - mardi 13 octobre 2026", "2026-10-05 08:01:15", PARIS,
              "<convocation.4471208K.20261005@emploi-services-public.fr>",
              "relais.emploi-services-public.fr (relais.emploi-services-public.fr [192.0.2.250])", "4Rg3Si9dRdz2",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A local journalist confirms a phone interview with the user (jeudi 22 octobre 10h, 20 minutes) for an "
           "article; a fixed 'interview', but press, not a job interview")
def press_echo() -> bytes:
    body = t("""
        Bonjour Manon,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier « Les métiers de la donnée
        sur le port ». C'est donc calé : interview par téléphone jeudi 22 octobre à 10h, une vingtaine
        de minutes. Je vous appellerai au 06 12 48 90 33.

        Nous aimerions aussi une photo de vous sur les quais ; notre photographe peut passer dans la
        semaine, on en reparle jeudi.

        Bien à vous,
        Léa Morin
        Journaliste – L'Écho des Pertuis
        """)
    hs = head(addr("Léa Morin", "lea.morin@echodespertuis.fr"),
              "Interview jeudi – dossier data & port", "2026-10-16 16:48:02", PARIS,
              "<5e8c1d2a-3b4f-4a6e-9d7c-0f1e2d3c4b5a@echodespertuis.fr>",
              "smtp.echodespertuis.fr (smtp.echodespertuis.fr [203.0.113.61])", "4Rj0Tj1eSez4")
    return message(hs, text(body))


@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Podcast recording confirmed for Thursday 5 November 5pm CET with an ICS; the user is the guest, "
           "not a job interview")
def podcast_signals() -> bytes:
    body = t("""
        Hi Manon,

        Brilliant - you're booked in as our guest for Supply Chain Signals!

        Recording: Thursday 5 November, 5:00pm CET (4:00pm UK), about 45 minutes
        Studio link: https://riverside.fm/studio/supply-chain-signals

        Episode working title: "Interview: what port data tells us before the ships arrive".
        Please use headphones and, if you can, a wired connection. I've attached a calendar invite.

        Cheers,
        Ben Arkwright
        Host, Supply Chain Signals
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Booking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:scs-ep-112-giraud@supplychainsignals.fm
DTSTAMP:20261030T101500Z
DTSTART:20261105T160000Z
DTEND:20261105T164500Z
SUMMARY:Supply Chain Signals recording - guest: Manon Giraud
LOCATION:https://riverside.fm/studio/supply-chain-signals
ORGANIZER;CN=Ben Arkwright:mailto:ben@supplychainsignals.fm
ATTENDEE;CN=Manon Giraud;RSVP=TRUE:mailto:manon.giraud@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ben Arkwright", "ben@supplychainsignals.fm"), "You're booked: Supply Chain Signals recording",
              "2026-10-30 10:15:00", "Europe/London", "<CAB3kR7pW9zY2xQ0@mail.gmail.com>",
              "mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])", "4Rk6Uk2fTfz6")
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, filename="recording.ics", disposition="attachment")))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Executive MBA admission interview fixed for vendredi 20 novembre 10h30 (30 min): a school admission, "
           "not a job interview")
def admission_ema() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive MBA
        Management de la Supply Chain a été retenu pour la phase d'admission.

        Votre entretien d'admission est fixé au :
          vendredi 20 novembre 2026 à 10h30
          en visioconférence (le lien vous sera adressé 48 h avant)
          durée : 30 minutes, devant un jury de deux enseignants-chercheurs

        Le jury reviendra sur votre projet professionnel et votre plan de financement.

        Veuillez agréer, Madame, nos salutations distinguées.

        Service des admissions – Programmes Executive
        École de Management Atlantique
        """)
    hs = head(addr("EMA – Admissions Executive", "admissions-executive@ema-atlantique.fr"),
              "Executive MBA – convocation à l'entretien d'admission", "2026-11-10 10:20:44", PARIS,
              "<adm.exec.2026.0912@ema-atlantique.fr>",
              "mail.ema-atlantique.fr (mail.ema-atlantique.fr [192.0.2.120])", "4Rn8Vl3gUgz8")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Volleyball club confirms a try-out session samedi 19 septembre 10h; fixed time, not a job interview")
def tryout_volley() -> bytes:
    body = t("""
        Salut Manon,

        Super que tu veuilles nous rejoindre ! Je te confirme la séance d'essai avec l'équipe féminine
        (Nationale 3) samedi 19 septembre à 10h, gymnase des Minimes. Viens 15 min avant pour
        t'échauffer, prends des genouillères et une bouteille d'eau.

        Après la séance on fera un petit point avec le coach pour voir à quel poste tu te sens le mieux.

        Sportivement,
        Justine – secrétaire de l'Aunis Volley Club
        """)
    hs = head(addr("Aunis Volley Club", "contact.aunisvolley@gmail.com"), "Séance d'essai samedi",
              "2026-09-14 21:33:10", PARIS, "<CAG0vL1xS8qM4nZ7@mail.gmail.com>",
              "mail-wm1-f45.google.com (mail-wm1-f45.google.com [209.85.128.45])", "4Rd2Wm4hVhz0")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Garage confirms a car service lundi 5 octobre 8h00 (HTML only); non-interview appointment")
def garage_revision() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3 style="color:#c00">Garage Atlantique Autos</h3>
        <p>Bonjour Mme Giraud,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <p><b>Lundi 5 octobre 2026 à 08:00</b><br>
        Véhicule : Peugeot 208 – immatriculation FG-418-KM<br>
        Prestation : révision 60 000 km + contrôle des freins<br>
        Durée estimée d'immobilisation : 3 heures</p>
        <p>Un véhicule de prêt vous sera remis à l'accueil.<br>
        Garage Atlantique Autos – 22 avenue Jean Moulin, 17000 La Rochelle – 05 46 41 00 00</p>
        </body></html>
        """)
    hs = head(addr("Garage Atlantique Autos", "atelier@atlantique-autos.fr"),
              "Confirmation de votre rendez-vous atelier du 05/10/2026", "2026-09-30 17:45:20", PARIS,
              "<rdv.atelier.55120@atlantique-autos.fr>",
              "smtp.atlantique-autos.fr (smtp.atlantique-autos.fr [203.0.113.18])", "4Rf4Xn5iWiz2")
    return message(hs, html(page, charset="windows-1252"))


@mail(n(38), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Tax office confirms a phone appointment jeudi 8 octobre 14h00 with ICS; fixed time, not an interview")
def impots_rdv() -> bytes:
    body = t("""
        Madame GIRAUD,

        Votre demande de rendez-vous a bien été enregistrée.

        Type : rendez-vous téléphonique
        Motif : déclaration de revenus – changement de situation
        Date : jeudi 8 octobre 2026 à 14h00
        Service : Service des impôts des particuliers de La Rochelle

        Un agent vous appellera au numéro indiqué. Pensez à vous munir de votre numéro fiscal et de
        votre dernier avis d'imposition.

        Cordialement,
        La Direction des Finances Publiques – message automatique, ne pas répondre
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Finances Publiques//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-sip17-20261008-1400-88213@rdv.finances.example.com
DTSTAMP:20261001T093012Z
DTSTART;TZID=Europe/Paris:20261008T140000
DTEND;TZID=Europe/Paris:20261008T142000
SUMMARY:RDV téléphonique - SIP La Rochelle
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Finances publiques", "ne-pas-repondre@rdv.finances.example.com"),
              "Confirmation de votre rendez-vous du 08/10/2026", "2026-10-01 11:30:12", PARIS,
              "<rdv.88213.confirm@rdv.finances.example.com>",
              "smtp.finances.example.com (smtp.finances.example.com [192.0.2.99])", "4Rg1Yo6jXjz4")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="rendez-vous.ics",
                                      disposition="attachment")))


@mail(n(39), family="coach_mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Calendly booking of a mock-interview session with a career coach (mardi 24 novembre 18h-19h30); "
           "a scheduler confirmation with a fixed time, but coaching, not a job interview")
def calendly_coach() -> bytes:
    body = t("""
        Bonjour Manon Giraud,

        Un nouvel événement a été programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (90 min)

        Invité :
        Manon Giraud

        Date/heure de l'événement :
        18:00 - 19:30 (heure d'Europe centrale), mardi 24 novembre 2026

        Hôte :
        Séverine Lemaire – Coaching carrière

        Lieu :
        Cabinet, 7 rue Saint-Yon, La Rochelle

        Réponses :
        Pour quel type de poste vous préparez-vous ?
        Data analyst dans la logistique portuaire, entretiens en anglais

        Propulsé par Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nouvel événement : Manon Giraud - 18:00 mar. 24 nov. 2026 - Simulation d'entretien d'embauche (90 min)",
              "2026-11-18 09:12:55", PARIS, "<6b1e3c9d70a4f_2c8e1f4a9b@calendly-mailer-3a1d.mail>",
              "o1.email.calendly.com (o1.email.calendly.com [167.89.101.221])", "4Rp4Zp7kYkz6",
              extra=(("Reply-To", addr("Séverine Lemaire", "severine@lemaire-coaching.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="The user's brother forwards HIS OWN confirmed interview (jeudi 29 octobre 10:00) for information; a "
           "real confirmation, but not the user's interview")
def fwd_brother() -> bytes:
    body = t("""
        Coucou sœurette,

        Pour info, j'ai un entretien chez Atlantis Terminaux jeudi prochain (c'est pas là où t'avais
        passé un entretien en septembre ?). Tu te souviens de la tête de la RH ? Des conseils ?

        Bisous
        Hugo

        ---------- Forwarded message ---------
        De : Atlantis Terminaux <no-reply@us.greenhouse-mail.io>
        Date: ven. 23 oct. 2026 à 09:41
        Subject: Entretien confirmé : Technicien Maintenance Grues - Atlantis Terminaux
        To: Hugo Giraud <hugo.giraud@example.net>

        Bonjour Hugo,

        Votre entretien est confirmé :

          Date : jeudi 29 octobre 2026
          Heure : 10:00 - 11:00 (heure de Paris)
          Lieu : Atlantis Terminaux, 12 quai Lombard, 17000 La Rochelle (accueil bâtiment B)
          Avec : Claire Bonnaud (Talent Acquisition) et Patrice Michaud (Chef d'atelier)

        À bientôt,
        L'équipe recrutement d'Atlantis Terminaux
        """)
    hs = head(addr("Hugo Giraud", "hugo.giraud@example.net"),
              "Fwd: Entretien confirmé : Technicien Maintenance Grues - Atlantis Terminaux",
              "2026-10-23 12:14:30", PARIS, "<CAK2hG8uPq1rW5tY@mail.example.net>",
              "mail.example.net (mail.example.net [198.51.100.7])", "4Rj8Aq8lZlz8")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interviewer_duty", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Outlook invite from the user's current employer asking her to sit on the panel interviewing a "
           "candidate (Thursday 10 September 2pm); she is the interviewer, not the candidate")
def panel_duty() -> bytes:
    body = t("""
        Hi Manon,

        Could you join me on the panel for the Junior Data Analyst role? The candidate is Tom Berthier
        (CV attached in Workday). I'd like you to run the SQL exercise - 20 minutes at the end.

        Thursday 10 September, 2:00-3:00pm, meeting room Pertuis (2nd floor).

        Thanks,
        Gareth

        Gareth Hughes | Head of Operations Analytics | Littoral Shipping Services
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Gareth Hughes:mailto:gareth.hughes@littoral-shipping.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Giraud:mailto:manon.giraud@example.org
SUMMARY;LANGUAGE=en-GB:Interview panel - Junior Data Analyst (candidate: Tom Berthier)
DTSTART;TZID=Romance Standard Time:20260910T140000
DTEND;TZID=Romance Standard Time:20260910T150000
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000B1C2D3E4F5A6
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T084403Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Meeting room Pertuis (2nd floor)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Gareth Hughes", "gareth.hughes@littoral-shipping.fr"),
              "Interview panel - Junior Data Analyst (candidate: Tom Berthier)", "2026-09-07 10:44:03", PARIS,
              "<PA4P190MB1221E5F6A7B8C9D0E1F2A3B4C5D6E7F8@PA4P190MB1221.EURP190.PROD.OUTLOOK.COM>",
              "EUR03-PA4-obe.outbound.protection.outlook.com (mail-pa4eur03on2052.outbound.protection.outlook.com"
              " [40.107.9.52])", "4Rc1Br9mAmz0")
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), calendar(ics, cte="base64")))


@mail(n(42), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Google Calendar invite to a team after-work at the user's current employer (vendredi 18 septembre "
           "18h30); fixed time, not an interview")
def gcal_afterwork() -> bytes:
    body = t("""
        Afterwork équipe Data 🍻
        vendredi 18 septembre 2026 ⋅ 18:30 – 21:00
        Heure d'Europe centrale - Paris

        Lieu
        Le Gabut, La Rochelle

        Pour fêter la mise en prod du nouveau tableau de bord des escales ! Conjoints bienvenus.

        Invités
        Élise Caron - organisateur
        Gareth Hughes
        manon.giraud@example.org
        + 6 autres

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260918T183000
DTEND;TZID=Europe/Paris:20260918T210000
DTSTAMP:20260911T071855Z
ORGANIZER;CN=Élise Caron:mailto:elise.caron@littoral-shipping.fr
UID:7t3m1q9v5c0n2r8k4b6s1d3f5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.giraud@example.org:mailto:manon.giraud@example.org
LOCATION:Le Gabut\\, La Rochelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Afterwork équipe Data 🍻
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Élise Caron", "elise.caron@littoral-shipping.fr"),
              "Invitation: Afterwork équipe Data 🍻 @ ven. 18 sept. 2026 18:30 - 21:00 (CEST) (manon.giraud@example.org)",
              "2026-09-11 09:18:55", PARIS, "<calendar-2d4f6a8c-1e3b-4c5d-9f7a-0b2c4e6f8a1d@google.com>",
              "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "4Rc5Cs0nBnz2",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(43), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Booking-platform confirmation of a GP appointment 'mer. 2 déc. à 08:45'; not an interview")
def doctor_rdv() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#0b2d4a">
        <p><b>Votre rendez-vous est confirmé</b></p>
        <p>Bonjour Manon,</p>
        <p>Rendez-vous le <b>mer. 2 déc. à 08:45</b> avec <b>Dr Anne Lefort</b>, médecin généraliste.<br>
        Motif : consultation de suivi<br>
        Adresse : Cabinet médical des Minimes, 14 rue de la Désirade, 17000 La Rochelle</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez au moins 24 h avant.</p>
        <p><a href="https://www.medirdv.fr/compte/rendez-vous">Gérer mon rendez-vous</a></p>
        <p style="font-size:11px;color:#789">MédiRDV – ne pas répondre à cet e-mail</p>
        </body></html>
        """)
    hs = head(addr("MédiRDV", "no-reply@medirdv.fr"), "Rendez-vous confirmé : Dr Anne Lefort – mer. 2 déc. à 08:45",
              "2026-11-24 20:03:41", PARIS, "<rdv-confirm-99120472@medirdv.fr>",
              "mta-07.medirdv.fr (mta-07.medirdv.fr [203.0.113.207])", "4Rt1Dt1oCoz4")
    return message(hs, html(page, cte="base64"))


@mail(n(44), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agency confirms a flat viewing in Nantes samedi 14 novembre à 11h; not an interview")
def visite_nantes() -> bytes:
    body = t("""
        Bonjour Madame Giraud,

        Je vous confirme la visite du T2 de 46 m² situé 8 rue Kervégan, Nantes (île Feydeau), le
        samedi 14 novembre à 11h. Rendez-vous devant l'immeuble, je serai avec le propriétaire.

        Pour constituer votre dossier, prévoyez : pièce d'identité, trois derniers bulletins de salaire
        et dernier avis d'imposition. Le propriétaire souhaite rencontrer les candidats locataires
        avant de se décider.

        Cordialement,
        Yoann Le Goff
        Conseiller location - Loire Immobilier
        02 40 48 12 77
        """)
    hs = head(addr("Yoann Le Goff - Loire Immobilier", "y.legoff@loire-immobilier.fr"),
              "Visite samedi 14/11 - T2 rue Kervégan", "2026-11-10 18:22:09", PARIS,
              "<20261110172209.7a1c3e5b@loire-immobilier.fr>",
              "smtp.loire-immobilier.fr (smtp.loire-immobilier.fr [203.0.113.144])", "4Rn9Eu2pDpz6",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(45), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="School messaging service: parent-teacher meeting confirmed jeudi 5 novembre 17h; not an interview")
def rencontre_parents() -> bytes:
    body = t("""
        Nouveau message de : Mme DELAGE Sophie (Professeur des écoles, CE2)

        Objet : Rencontre parents-enseignante

        Bonjour Madame Giraud,

        Je vous confirme notre rendez-vous individuel le jeudi 5 novembre à 17h en classe de CE2
        (bâtiment B) pour faire le point sur le premier trimestre de Léo. L'entretien dure environ
        vingt minutes.

        Bien cordialement,
        S. Delage

        Ce message vous a été transmis par l'ENT de l'école élémentaire Les Salines. Pour répondre,
        connectez-vous à votre espace parent.
        """)
    hs = head(addr("ENT École Les Salines", "ne-pas-repondre@ent-ecoles17.fr"),
              "Nouveau message : Rencontre parents-enseignante", "2026-10-28 16:40:00", PARIS,
              "<ent.msg.551204.20261028@ent-ecoles17.fr>",
              "smtp.ent-ecoles17.fr (smtp.ent-ecoles17.fr [192.0.2.17])", "4Rk8Fv3qEqz8")
    return message(hs, text(body))


@mail(n(46), family="auto_reply", lang="en", interview=False, company="Tidewater Analytics",
      days=(("Mon", "2026-11-30"),),
      note="Out-of-office auto-reply (Auto-Submitted) from the Tidewater interviewer to the user's thank-you note; "
           "quotes the thread but confirms nothing")
def ooo_tidewater() -> bytes:
    body = t("""
        Kia ora,

        Thanks for your email. I'm on annual leave until Monday 30 November with limited access to
        email. For anything urgent about hiring, please contact our people team at people@tidewater.co.nz.

        Ngā mihi,
        Hannah Mercer
        Head of Data | Tidewater Analytics
        """)
    hs = head(addr("Hannah Mercer", "hannah.mercer@tidewater.co.nz"),
              "Automatic reply: Thank you - Data Analyst interview", "2026-11-19 08:02:17", "Pacific/Auckland",
              "<SY4P282MB3011A1B2C3D4E5F6A7B8C9D0E1F2@SY4P282MB3011.AUSP282.PROD.OUTLOOK.COM>",
              "AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2091.outbound.protection.outlook.com"
              " [40.107.107.91])", "4Rq9Gw4rFrz0",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF7d1mQx3rV@mail.example.org>")))
    return message(hs, text(body))


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Mailer-daemon bounce of the user's own reply (mistyped domain); the returned message says 'je vous "
           "confirme ma présence mardi 15 septembre à 14h' but it is the user's undelivered mail, not a confirmation")
def bounce_typo() -> bytes:
    original = message([
        ("From", MANON), ("To", addr("Claire Bonnaud", "claire.bonnaud@atlantis-terminau.fr")),
        ("Subject", enc("Re: Entretien confirmé : Data Analyst Opérations Portuaires")),
        ("Date", date("2026-09-08 12:30:02", PARIS)), ("Message-ID", "<CAF3q9n0c0nf1rm@mail.example.org>"),
    ], text(t("""
        Bonjour Claire,

        Merci pour l'invitation, je vous confirme ma présence mardi 15 septembre à 14h.

        Bien cordialement,
        Manon Giraud
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <claire.bonnaud@atlantis-terminau.fr>: Host or domain name not found. Name
            service error for name=atlantis-terminau.fr type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Rc0Hy5sGsz2
        Arrival-Date: Tue,  8 Sep 2026 12:30:03 +0200 (CEST)

        Final-Recipient: rfc822; claire.bonnaud@atlantis-terminau.fr
        Original-Recipient: rfc822;claire.bonnaud@atlantis-terminau.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=atlantis-terminau.fr type=MX: Host not found, try again
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = [("Received", "by mx1.example.org (Postfix)\r\n id 4Rc0Jz6tHtz3; " + date("2026-09-08 12:30:09", PARIS)),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-09-08 12:30:09", PARIS)),
          ("Message-ID", "<20260908103009.4Rc0Jz6tHtz3@mx1.example.org>"), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(48), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Registration confirmation for a webinar 'Réussir son entretien en visio' (jeudi 26 novembre "
           "12h30-13h30) with ICS; not a job interview")
def webinaire_entretien() -> bytes:
    body = t("""
        Bonjour Manon,

        Votre inscription au webinaire est confirmée !

        « Réussir son entretien d'embauche en visio : cadrage, son, posture »
        jeudi 26 novembre 2026, 12h30 – 13h30
        Animé par Karim Bensaïd, consultant en recrutement

        Lien de connexion personnel : https://webinaires.reseau-cadres-atlantique.fr/j/7781-manon
        L'invitation calendrier est jointe. Le replay sera envoyé à tous les inscrits.

        À jeudi !
        L'équipe Réseau Cadres Atlantique

        Se désinscrire des communications : https://reseau-cadres-atlantique.fr/preferences
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Webinar//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:webinaire-7781-manon@reseau-cadres-atlantique.fr
DTSTAMP:20261119T081500Z
DTSTART;TZID=Europe/Paris:20261126T123000
DTEND;TZID=Europe/Paris:20261126T133000
SUMMARY:Webinaire - Réussir son entretien d'embauche en visio
DESCRIPTION:https://webinaires.reseau-cadres-atlantique.fr/j/7781-manon
ORGANIZER;CN=Réseau Cadres Atlantique:mailto:webinaires@reseau-cadres-atlantique.fr
ATTENDEE;CN=Manon Giraud:mailto:manon.giraud@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Réseau Cadres Atlantique", "webinaires@reseau-cadres-atlantique.fr"),
              "Inscription confirmée : Réussir son entretien d'embauche en visio", "2026-11-19 09:15:00", PARIS,
              "<wb.7781.20261119081500@reseau-cadres-atlantique.fr>",
              "mail.livestorm.co (mail.livestorm.co [192.0.2.66])", "4Rp8Hx5sGtz2",
              extra=(("List-Unsubscribe", "<https://reseau-cadres-atlantique.fr/preferences>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="webinaire.ics", disposition="attachment")))


@mail(n(49), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Bank confirms a meeting with the user's advisor jeudi 10 décembre 17h30 (home-loan 'entretien'); "
           "fixed time, not a job interview")
def banque_rdv() -> bytes:
    body = t("""
        Madame Giraud,

        Nous vous confirmons votre entretien avec votre conseillère, Mme Coralie Texier :

        Jeudi 10 décembre 2026 à 17h30
        Agence Banque Littorale La Rochelle Centre – 3 rue du Palais
        Objet : étude de votre projet de prêt immobilier

        Merci de vous munir de vos trois derniers relevés de compte et de votre contrat de travail.

        Banque Littorale – Ce message est envoyé automatiquement depuis votre espace client.
        """)
    hs = head(addr("Banque Littorale", "rendezvous@banque-littorale.fr"),
              "Confirmation de votre rendez-vous du jeudi 10 décembre", "2026-12-02 13:05:27", PARIS,
              "<rdv.20261202.551902@banque-littorale.fr>",
              "mx-out.banque-littorale.fr (mx-out.banque-littorale.fr [203.0.113.230])", "4Rv6Iy6tHuz4",
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(50), family="community_garden", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Community-garden association confirms a plot-attribution 'entretien' samedi 26 septembre 10h; fixed "
           "time, not a job interview")
def jardin_partage() -> bytes:
    body = t("""
        Bonjour Manon,

        Bonne nouvelle : une parcelle se libère aux Jardins partagés de Mireuil ! Comme pour chaque
        attribution, on se rencontre d'abord pour un petit entretien (présentation de la charte,
        de tes envies de culture, des tours d'arrosage).

        C'est noté pour samedi 26 septembre à 10h, au cabanon à l'entrée du jardin, rue de Bourgogne.

        À samedi,
        Michel, pour le bureau de l'association
        """)
    hs = head(addr("Jardins partagés de Mireuil", "jardins.mireuil@orange.fr"),
              "Entretien pour l'attribution d'une parcelle", "2026-09-20 10:41:18", PARIS,
              "<1029384756.41718.1790325678@webmail.orange.fr>",
              "smtp.orange.fr (smtp07.smtp.orange.fr [80.12.242.7])", "4Re0Jz7uIvz6")
    return message(hs, text(body, cte="8bit"))
