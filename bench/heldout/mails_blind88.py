"""blind88: 50 hand-written mails from the inbox of Noah Brunner, a data scientist in Basel.

Written blind (without reading the detector, its tests or any other held-out set's mails) by a
helper session. Build and check with ``python3 bench/heldout/make_blind.py blind88``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
"""

from __future__ import annotations

import html as _html
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

ORDER = random.Random(88088).sample(range(1, 51), 50)
SET = "blind88"
NOAH = "noah.brunner@example.org"
NOAH_TO = addr("Noah Brunner", NOAH)


def nm(key: int) -> str:
    """The file stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    """Received header of example.org's inbound MX."""
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx2.mail.example.org (Postfix) with ESMTPS id {ident}", NOAH, lag)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = NOAH_TO,
         rcv: str | None = None, extra: tuple[tuple[str, str], ...] = (), before: tuple = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", NOAH)]
    if rcv:
        hs.append(("Received", rcv))
    hs += list(before)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML rendering: one <p> per paragraph, <br> inside."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives: scheduled

# ---- key 1: Greenhouse, Limmat Mobility (Zurich), final round with the Sydney VP, AEDT
K1_TXT = t("""
    Hi Noah,

    Thank you for making time for the final round. Your interview with Limmat Mobility is confirmed:

    Senior Data Scientist, Pricing - Final interview
    Wednesday, December 2, 2026
    8:00 AM - 8:45 AM AEDT (Australia/Sydney)

    For you in Zurich that is Tuesday evening, December 1, 10:00 PM - 10:45 PM. Grace leads our
    APAC data team from Sydney, so we know it's a late one - thanks a lot for being flexible.

    Interviewer
      Grace Whitfield - VP Data, APAC

    Location
      Google Meet: https://meet.google.com/xvq-tbfa-rkn

    If anything changes on your side, just reply to this email and it will reach me.

    Best,
    Priya Raman
    Talent Acquisition | Limmat Mobility AG
    Hardturmstrasse 130, 8005 Zurich

    Powered by Greenhouse
    """)

K1_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-81734402-limmat-mobility
DTSTAMP:20261125T101407Z
DTSTART:20261201T210000Z
DTEND:20261201T214500Z
SUMMARY:Final interview - Noah Brunner / Limmat Mobility (Senior Data Scientist, Pricing)
LOCATION:https://meet.google.com/xvq-tbfa-rkn
ORGANIZER;CN=Priya Raman:mailto:priya.raman@limmat-mobility.ch
ATTENDEE;CN=Noah Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:noah.brunner@example.org
ATTENDEE;CN=Grace Whitfield;ROLE=REQ-PARTICIPANT:mailto:grace.whitfield@limmat-mobility.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


@mail(nm(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T21:00:00Z", end="2026-12-01T21:45:00Z", contact="priya.raman@limmat-mobility.ch",
      company="Limmat Mobility AG", local="Wed 2026-12-02 08:00", local_end="2026-12-02 08:45",
      zone="Australia/Sydney",
      note="Greenhouse confirmation; written as Wed 2 Dec 8:00-8:45 AM AEDT (UTC+11 in December) = "
           "Tue 1 Dec 21:00-21:45 UTC, which the mail also gives as Tue 10:00 PM in Zurich (CET): local "
           "date and UTC date differ. ICS in UTC agrees. Contact = human Reply-To (recruiter).")
def k1() -> bytes:
    when = "2026-11-25 10:14:07"
    hs = head(addr("Limmat Mobility", "no-reply@greenhouse.io"),
              "Interview Confirmation: Senior Data Scientist, Pricing at Limmat Mobility", when, "UTC",
              "<0100019d5b2ac1f4-7e1c5a0d-2b4f-4c61-9a77-3f2e6d1b8c90-000000@email.amazonses.com>",
              rcv=rx("a8-31.smtp-out.amazonses.com", "54.240.8.31", when, "UTC", "4Kz9Qm1xLdz3"),
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@limmat-mobility.ch")),
                     ("X-Greenhouse-Email-Type", "candidate_interview_confirmation")))
    body = mixed(alt(text(K1_TXT), html(para_html(K1_TXT))),
                 calendar(K1_ICS, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 2: Personio, Breisgau Solar (Freiburg im Breisgau), on site, German from Germany
K2_TXT = t("""
    Sehr geehrter Herr Brunner,

    vielen Dank für Ihre Bewerbung als Data Scientist (m/w/d) bei der Breisgau Solar GmbH. Ihr Profil
    hat uns überzeugt und wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.

    Termin: Donnerstag, 08.10.2026, 10:00 - 11:30 Uhr
    Ort: Breisgau Solar GmbH, Hermann-Mitsch-Straße 14, 79108 Freiburg im Breisgau
         (Empfang im Erdgeschoss, Gebäude B)
    Gesprächspartner: Dr. Matthias Kern (Leiter Energy Analytics) und Friederike Haas (People & Culture)

    Anreise aus Basel: Mit der Regionalbahn bis Freiburg Hbf, von dort mit der Straßenbahnlinie 4
    bis Haltestelle Technische Fakultät. Besucherparkplätze finden Sie direkt vor Gebäude B.

    Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte kurz Bescheid.

    Ihre Ansprechpartnerin:
    Friederike Haas, People & Culture
    E-Mail: friederike.haas@breisgau-solar.de | Tel. +49 761 555 0142

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Breisgau Solar GmbH

    --
    Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz finden Sie unter
    https://breisgau-solar.jobs.personio.de/privacy-policy
    """)


@mail(nm(2), family="personio", lang="de-DE", interview=True, kind="scheduled",
      start="2026-10-08T08:00:00Z", end="2026-10-08T09:30:00Z", contact="friederike.haas@breisgau-solar.de",
      company="Breisgau Solar GmbH", local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:30",
      zone="Europe/Berlin",
      note="Personio invitation, on site in Freiburg (Germany, CEST in October before the 25th): "
           "10:00-11:30 = 08:00-09:30 UTC. No Reply-To, sender is a no-reply address; contact = the "
           "person named with her address in the body.")
def k2() -> bytes:
    when = "2026-09-28 14:03:51"
    hs = head(addr("Breisgau Solar GmbH", "noreply@personio.de"),
              "Einladung zum Vorstellungsgespräch – Data Scientist (m/w/d)", when, "Europe/Berlin",
              "<20260928120351.1f3a9c5e7d@mailer.personio.de>",
              rcv=rx("mailer.personio.de", "18.185.77.210", when, "Europe/Berlin", "4Kcm0n2VbQz1"),
              extra=(("X-Mailer", "Personio"),))
    return message(hs, alt(text(K2_TXT), html(para_html(K2_TXT))))


# ---- key 3: Exchange / Teams meeting request, Pharmaquell (Basel); label shows standard offset
K3_TXT = t("""
    Wann: Dienstag, 20. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
    Wo: Microsoft Teams-Besprechung

    *~*~*~*~*~*~*~*~*~*

    Grüezi Herr Brunner

    Wie telefonisch besprochen sende ich Ihnen die Einladung für das erste Gespräch zur Stelle
    Data Scientist Clinical Analytics. Seitens Pharmaquell nehmen Dr. Anna Schmid (Head Clinical
    Data Science) und ich teil.

    Freundliche Grüsse
    Lukas Meier
    Talent Acquisition Partner

    Pharmaquell AG | Grenzacherweg 101 | 4058 Basel
    T +41 61 555 34 80 | lukas.meier@pharmaquell.ch

    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
    Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NmQ1YzEtN2E0Zi00ODhiLWI2YjMtOWNmMmE0ZTM1MWRm%40thread.v2/0>
    Besprechungs-ID: 364 281 905 117
    Passcode: q7Yb3P
    Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def pharmaquell_ics(seq: int, start: str, end: str, stamp: str, desc: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Meier Lukas:mailto:lukas.meier@pharmaquell.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noah Brunner:mailto:noah.brunner@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Schmid Anna:mailto:anna.schmid@pharmaquell.ch
DESCRIPTION;LANGUAGE=de-CH:{desc}
UID:040000008200E00074C5B7101A82E008000000006A3F1C2B9E5BDB01000000000000000010000000C4D2E9F17B3A5E4C9D0A6B1F2E3C4D5A
SUMMARY;LANGUAGE=de-CH:Interview Data Scientist Clinical Analytics – Noah Brunner
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2121870123
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lukas.meier@pharmaquell.ch\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTk4NmQ1YzEtN2E0Zi00ODhiLWI2YjMtOWNmMmE0ZTM1MWRm-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams-Besprechung"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""


def outlook_html(body: str) -> str:
    lines = []
    for p in body.strip("\n").split("\n"):
        lines.append(f'<p class="MsoNormal">{_html.escape(p) or "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="DE-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(lines) + "\n</div>\n</body>\n</html>\n")


def exchange_head(when: str, subject: str, mid: str, tindex: str, ident: str) -> list[tuple[str, str]]:
    return head(addr("Meier Lukas", "lukas.meier@pharmaquell.ch"), subject, when, "Europe/Zurich", mid,
                to=addr("Noah Brunner", NOAH),
                rcv=rx("mail-zr0che01on2107.outbound.protection.outlook.com", "40.107.24.107", when,
                       "Europe/Zurich", ident),
                extra=(("Thread-Topic", enc(subject)), ("Thread-Index", tindex),
                       ("Accept-Language", "de-CH, en-US"), ("Content-Language", "de-CH"),
                       ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                       ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))


@mail(nm(3), family="outlook_exchange", lang="de-CH", interview=True, kind="scheduled",
      start="2026-10-20T12:00:00Z", end="2026-10-20T13:00:00Z", contact="lukas.meier@pharmaquell.ch",
      company="Pharmaquell AG", local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00",
      zone="Europe/Zurich",
      note="Exchange/Teams meeting request. The 'Wann' line shows the Windows zone label "
           "'(UTC+01:00) Amsterdam, Berlin, Bern...' although 20 October is still summer time (CEST, "
           "UTC+2): 14:00-15:00 = 12:00-13:00 UTC, as the ICS (W. Europe Standard Time) says. Contact = "
           "sender / ORGANIZER. Rescheduled later in the same thread (see the Pharmaquell update).")
def k3() -> bytes:
    when = "2026-10-14 16:22:09"
    subject = "Interview Data Scientist Clinical Analytics – Noah Brunner"
    hs = exchange_head(when, subject, "<ZR0P278MB0923A1F4C7E2B6D8E4F1A2B3C5D6E7F8@ZR0P278MB0923.CHEP278.PROD.OUTLOOK.COM>",
                       "AdxB3kP1qZr8nYtVQeW1c2dHfGh4Jw==", "4KbX1t0sQFz7")
    ics = pharmaquell_ics(0, "20261020T140000", "20261020T150000", "20261014T142209Z",
                          "Grüezi Herr Brunner\\n\\nWie telefonisch besprochen sende ich Ihnen die Einladung "
                          "für das erste Gespräch.\\n\\nFreundliche Grüsse\\nLukas Meier\\n")
    body = alt(text(K3_TXT), html(outlook_html(K3_TXT)), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


# ---- key 4: Gurten Energie (Bern), HR partner confirms "nächsten Dienstag um 14.00 Uhr" (du)
K4_TXT = t("""
    Hoi Noah

    Ruedi ist am Dienstagmorgen leider doch an einem Workshop in Olten - wir haben darum umgeplant:
    Wir sehen uns nächsten Dienstag um 14.00 Uhr bei uns am Bollwerk 15, 3. Stock. Frag einfach am
    Empfang nach mir.

    Dabei sind Ruedi Aebi (Teamleiter Data & Forecasting) und ich. Rechne mit gut einer Stunde, wir
    zeigen dir am Schluss auch kurz unser Prognose-Setup. Eine Präsentation brauchst du nicht
    vorzubereiten.

    Ich freue mich!
    Barbara

    Barbara Zaugg
    HR Business Partner
    Gurten Energie AG
    Bollwerk 15, 3011 Bern
    T +41 31 555 27 14

    Von: Noah Brunner <noah.brunner@example.org>
    Gesendet: Donnerstag, 5. November 2026 20:31
    An: Barbara Zaugg <barbara.zaugg@gurten-energie.ch>
    Betreff: Re: Kennenlernen Data Science Team Gurten Energie

    Hallo Barbara

    Vielen Dank für die schnelle Rückmeldung! Dienstag um 10 Uhr passt mir sehr gut.

    Liebe Grüsse
    Noah

    Von: Barbara Zaugg <barbara.zaugg@gurten-energie.ch>
    Gesendet: Donnerstag, 5. November 2026 09:12
    An: Noah Brunner <noah.brunner@example.org>
    Betreff: Kennenlernen Data Science Team Gurten Energie

    Hoi Noah

    Danke für deine Bewerbung als Data Scientist Energiehandel - dein Dossier hat uns gut gefallen.
    Hättest du nächste Woche Zeit für ein erstes Gespräch bei uns in Bern? Ich könnte Dienstag um
    10 Uhr oder Donnerstag am Nachmittag anbieten.

    Liebe Grüsse
    Barbara
    """)


@mail(nm(4), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-11-10T13:00:00Z", end=None, contact="barbara.zaugg@gurten-energie.ch",
      company="Gurten Energie AG", local="Tue 2026-11-10 14:00", zone="Europe/Zurich",
      note="HR partner's reply (Outlook, windows-1252) fixing 'nächsten Dienstag um 14.00 Uhr', sent Fri "
           "6 Nov 2026 -> Tue 10 Nov, CET (UTC+1) -> 13:00 UTC. The quoted thread proposes and accepts "
           "Tuesday 10:00, which this mail replaces. 'gut einer Stunde' is not exact -> end null.")
def k4() -> bytes:
    when = "2026-11-06 11:48:30"
    subject = "AW: Kennenlernen Data Science Team Gurten Energie"
    hs = head(addr("Barbara Zaugg", "barbara.zaugg@gurten-energie.ch"), subject, when, "Europe/Zurich",
              "<GV0P278MB0417B2C93E5D1A7F0C8E4D2A9B6F1C3E@GV0P278MB0417.CHEP278.PROD.OUTLOOK.COM>",
              rcv=rx("mail-gv0che01on2118.outbound.protection.outlook.com", "40.107.23.118", when,
                     "Europe/Zurich", "4Kr2Yv6pHmz5"),
              extra=(("In-Reply-To", "<CAN7b2f0qVx1Lz8J@mail.example.org>"),
                     ("References", "<GV0P278MB04179A1E2C4F@GV0P278MB0417.CHEP278.PROD.OUTLOOK.COM> "
                                    "<CAN7b2f0qVx1Lz8J@mail.example.org>"),
                     ("Thread-Topic", "Kennenlernen Data Science Team Gurten Energie"),
                     ("Content-Language", "de-CH")))
    body = alt(text(K4_TXT, charset="windows-1252"),
               html(outlook_html(K4_TXT).replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252"))
    return message(hs, body)


# ---- key 5: SmartRecruiters, Léman Assurances (Lausanne), HTML only
K5_HTML = t("""
    <!DOCTYPE html>
    <html lang="fr"><head><meta charset="utf-8"><title>Invitation</title></head>
    <body style="margin:0;padding:0;background:#f4f5f7">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
    <tr><td>
    <p>Bonjour Noah,</p>
    <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Data Scientist Actuariat (H/F)</b>.</p>
    <table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px">
    <tr><td style="color:#616e7c">Date</td><td><b>mardi 6 octobre 2026</b></td></tr>
    <tr><td style="color:#616e7c">Heure</td><td><b>14h00</b> (heure de Lausanne)</td></tr>
    <tr><td style="color:#616e7c">Durée</td><td>environ 45 minutes</td></tr>
    <tr><td style="color:#616e7c">Lieu</td><td>Léman Assurances SA, Avenue de Rhodanie 48, 1007 Lausanne &ndash; réception du bâtiment B</td></tr>
    <tr><td style="color:#616e7c">Participants</td><td>Sophie Favre (Talent Acquisition), Marc-Antoine Rey (Responsable Pricing &amp; Analytics)</td></tr>
    </table>
    <p>Merci de vous munir d'une pièce d'identité. Pour toute question, il vous suffit de répondre à cet e-mail.</p>
    <p>Meilleures salutations,<br>Sophie Favre<br>Talent Acquisition &middot; Léman Assurances SA</p>
    </td></tr>
    <tr><td style="font-size:11px;color:#9aa5b1;border-top:1px solid #e4e7eb">Powered by SmartRecruiters &middot;
    <a href="https://jobs.smartrecruiters.com/privacy">Politique de confidentialité</a></td></tr>
    </table></td></tr></table>
    </body></html>
    """)


@mail(nm(5), family="smartrecruiters", lang="fr-CH", interview=True, kind="scheduled",
      start="2026-10-06T12:00:00Z", end=None, contact="sophie.favre@leman-assurances.ch",
      company="Léman Assurances SA", local="Tue 2026-10-06 14:00", zone="Europe/Zurich",
      note="SmartRecruiters HTML-only confirmation: mardi 6 octobre 14h00 heure de Lausanne (CEST, UTC+2) "
           "= 12:00 UTC; 'environ 45 minutes' -> end null. Contact = human Reply-To. Moved later by the "
           "recruiter's own mail (Léman thread).")
def k5() -> bytes:
    when = "2026-10-01 07:40:12"
    hs = head(addr("Léman Assurances SA", "noreply@smartrecruiters.com"),
              "Invitation à un entretien – Data Scientist Actuariat (H/F)", when, "UTC",
              "<1.0.2026100107401200.sr.7c1e9a4b2f@smartrecruiters.com>",
              rcv=rx("o1.mail.smartrecruiters.com", "167.89.101.14", when, "UTC", "4KhT2b9wJlz4"),
              extra=(("Reply-To", addr("Sophie Favre", "sophie.favre@leman-assurances.ch")),
                     ("X-SR-Message-Type", "INTERVIEW_INVITATION")))
    return message(hs, html(K5_HTML))


# ---- key 6: Teamtailor, Flon Data Lab (Lausanne); relay Reply-To, contact in the body
K6_TXT = t("""
    Bonjour Noah,

    Merci pour votre retour rapide ! C'est noté pour le créneau du mercredi 18 novembre à 9h30.
    L'entretien aura lieu dans nos bureaux du Flon (Voie du Chariot 7, 1003 Lausanne, 2e étage) et
    durera 1 heure.

    Au programme : présentation de l'équipe, discussion autour de votre parcours et un petit cas
    pratique sur nos données de mobilité (rien à préparer).

    Vous rencontrerez Julien Rochat (Head of Data) et Aurélie Dubois (Data Engineer).

    En cas d'empêchement, écrivez directement à Julien : julien.rochat@flondatalab.ch

    À bientôt,
    Julien Rochat
    Flon Data Lab SA

    --
    Envoyé via Teamtailor · Gérer mes données : https://flondatalab.teamtailor.com/connect/privacy
    """)


@mail(nm(6), family="teamtailor", lang="fr-CH", interview=True, kind="scheduled",
      start="2026-11-18T08:30:00Z", end="2026-11-18T09:30:00Z", contact="julien.rochat@flondatalab.ch",
      company="Flon Data Lab SA", local="Wed 2026-11-18 09:30", local_end="2026-11-18 10:30",
      zone="Europe/Zurich",
      note="Teamtailor message confirming the slot offered earlier (Flon thread): mercredi 18 novembre "
           "9h30, 'durera 1 heure' -> 08:30-09:30 UTC (CET). Reply-To is a Teamtailor relay, sender "
           "no-reply -> contact = the Head of Data's address in the body.")
def k6() -> bytes:
    when = "2026-11-12 15:27:44"
    hs = head(addr("Flon Data Lab", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Data Scientist (Lausanne)", when, "UTC",
              "<6ff3d1b2-8a5e-4b0d-9c11-2e7a5f4c3d90@teamtailor-mail.com>",
              rcv=rx("mail-b.teamtailor-mail.com", "185.58.85.21", when, "UTC", "4KwP7c3mRtz2"),
              extra=(("Reply-To", "flon-data-lab+c4e81f2a97@inbound.teamtailor-mail.com"),
                     ("List-Unsubscribe", "<https://flondatalab.teamtailor.com/connect/unsubscribe>")))
    return message(hs, alt(text(K6_TXT), html(para_html(K6_TXT))))


# ---- key 7: Ashby, Southwark Sensors (London, remote), the Monday after the clocks go back
K7_TXT = t("""
    Hi Noah,

    Your interview with Southwark Sensors is confirmed. We're looking forward to speaking with you!

    Technical interview - Senior Data Scientist (Remote, UK/EU)
    Monday, October 26, 2026
    3:00 PM - 4:00 PM GMT (London)

    Quick heads-up: the clocks go back this weekend in both the UK and Switzerland, so this is
    4:00 PM - 5:00 PM for you in Basel (CET).

    Video call: https://meet.google.com/pdr-hxwo-ukc

    You'll meet with:
      Hannah Adeyemi - Staff Data Scientist
      Tom Okafor - Engineering Manager, Platform

    Questions? Just reply and it will reach Tom Okafor.

    Thanks,
    Southwark Sensors Recruiting
    """)


@mail(nm(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T15:00:00Z", end="2026-10-26T16:00:00Z", contact="tom.okafor@southwarksensors.co.uk",
      company="Southwark Sensors Ltd", local="Mon 2026-10-26 15:00", local_end="2026-10-26 16:00",
      zone="Europe/London",
      note="Ashby confirmation sent Thu 22 Oct while the UK is on BST; the interview is Mon 26 Oct after "
           "the switch, 3:00-4:00 PM GMT = 15:00-16:00 UTC (= 16:00 CET in Basel, as the mail says). "
           "Contact = human Reply-To.")
def k7() -> bytes:
    when = "2026-10-22 15:05:41"
    hs = head(addr("Southwark Sensors", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Data Scientist (Remote, UK/EU) at Southwark Sensors", when, "UTC",
              "<01000199b4e2c7a1-3d8f0b6e-41c2-4a9f-8e75-c1d2b3a4f5e6-000000@email.amazonses.com>",
              rcv=rx("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, "UTC", "4KnV5s8dWcz9"),
              extra=(("Reply-To", addr("Tom Okafor", "tom.okafor@southwarksensors.co.uk")),))
    return message(hs, alt(text(K7_TXT, cte="base64"), html(para_html(K7_TXT), cte="base64")))


# ---- key 8: GoodTime, Back Bay Genomics (Boston), the week Europe is on CET and Boston on EDT
K8_TXT = t("""
    Hi Noah,

    Your interview has been scheduled. Please find the details below.

    Position: Senior Data Scientist, Computational Biology (Remote - EU)
    Interview: First round - Data Science

    Date: Thursday, October 29, 2026
    Time: 3:00 PM - 4:00 PM (GMT+01:00) Central European Time - Zurich
    Format: Zoom - https://backbaygenomics.zoom.us/j/93318402271?pwd=Yk9tS2FqV3dRb1h1

    Interviewers:
    David Kessler - Director, Data Science
    Ravi Subramanian - Senior Scientist

    A calendar invitation is attached. Need to reschedule? Reply to this email or contact
    Megan Liu (megan.liu@backbaygenomics.com).

    Best regards,
    Back Bay Genomics Talent Team

    Scheduled with GoodTime
    """)

K8_ICS = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-5d0e3a71-94c2-4f6b-bb1e-1a2c3d4e5f60@goodtime.io
DTSTAMP:20261023T172001Z
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T110000
SUMMARY:Back Bay Genomics - First round - Noah Brunner
LOCATION:https://backbaygenomics.zoom.us/j/93318402271
ORGANIZER;CN=Megan Liu:mailto:megan.liu@backbaygenomics.com
ATTENDEE;CN=Noah Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:noah.brunner@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


@mail(nm(8), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z", contact="megan.liu@backbaygenomics.com",
      company="Back Bay Genomics Inc.", local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00",
      zone="Europe/Zurich",
      note="GoodTime confirmation in the candidate's zone: Thu 29 Oct 3:00-4:00 PM CET (Zurich is back on "
           "UTC+1 since 25 Oct) = 14:00-15:00 UTC; the ICS says 10:00 America/New_York, still EDT (UTC-4) "
           "until 1 Nov - the one week the usual 6-hour gap is 5 hours. Contact = Reply-To coordinator.")
def k8() -> bytes:
    when = "2026-10-23 13:20:01"
    hs = head(addr("Back Bay Genomics Recruiting", "scheduling@goodtime.io"),
              "Interview Scheduled: Back Bay Genomics - Senior Data Scientist, Computational Biology",
              when, "America/New_York", "<gt.20261023172001.8c41f2@mail.goodtime.io>",
              rcv=rx("o7.mail.goodtime.io", "149.72.44.19", when, "America/New_York", "4KmM0a4cZbz6"),
              extra=(("Reply-To", addr("Megan Liu", "megan.liu@backbaygenomics.com")),))
    body = mixed(alt(text(K8_TXT), html(para_html(K8_TXT))),
                 calendar(K8_ICS, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


# ---- key 9: Calendly, Sihlpost Payments (Zurich), booked by the candidate through the link
K9_TXT = t("""
    Hallo Noah Brunner,

    Ein neues Ereignis wurde geplant.

    Ereignistyp:
    Erstgespräch Data Scientist Payments Fraud (30 Min.)

    Eingeladene Person:
    Noah Brunner
    noah.brunner@example.org

    Datum/Uhrzeit des Ereignisses:
    14:00 - 14:30, Montag, 14. September 2026 (Mitteleuropäische Zeit)

    Ort:
    Dieses Ereignis ist eine Microsoft Teams-Besprechung. Die Zugangsdaten folgen in einer
    separaten Einladung von Andrea Kägi.

    Gastgeberin:
    Andrea Kägi (Sihlpost Payments AG)

    Fragen:
    Worüber möchten Sie sprechen?
    Stelle Data Scientist Payments Fraud, Ref. SP-2026-071

    Neu planen: https://calendly.com/reschedulings/5b0e9f1c-3a7d-4e22-8f61-0c9d2a4b7e13
    Absagen: https://calendly.com/cancellations/5b0e9f1c-3a7d-4e22-8f61-0c9d2a4b7e13

    Unterstützt von Calendly.com
    """)


def sihlpost_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5b0e9f1c-3a7d-4e22-8f61-0c9d2a4b7e13@calendly.com
DTSTAMP:{stamp}
DTSTART:{start}
DTEND:{end}
SUMMARY:Erstgespräch Data Scientist Payments Fraud: Noah Brunner und Andrea Kägi
LOCATION:Microsoft Teams
ORGANIZER;CN=Andrea Kägi:mailto:andrea.kaegi@sihlpost-payments.ch
ATTENDEE;CN=Noah Brunner;PARTSTAT=ACCEPTED:mailto:noah.brunner@example.org
STATUS:CONFIRMED
SEQUENCE:{seq}
END:VEVENT
END:VCALENDAR
"""


@mail(nm(9), family="calendly", lang="de-CH", interview=True, kind="scheduled",
      start="2026-09-14T12:00:00Z", end="2026-09-14T12:30:00Z", contact="andrea.kaegi@sihlpost-payments.ch",
      company="Sihlpost Payments AG", local="Mon 2026-09-14 14:00", local_end="2026-09-14 14:30",
      zone="Europe/Zurich",
      note="Calendly invitee confirmation (German UI). The zone label says 'Mitteleuropäische Zeit' but "
           "14 September is CEST (UTC+2): 14:00-14:30 = 12:00-12:30 UTC, as the UTC ICS says. A first "
           "screening call with the hiring company. Contact = Reply-To host.")
def k9() -> bytes:
    when = "2026-09-09 08:31:26"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Erstgespräch Data Scientist Payments Fraud mit Andrea Kägi am Montag, 14. September 2026",
              when, "UTC", "<5b0e9f1c3a7d.20260909083126.invitee@calendly.com>",
              rcv=rx("o3.email.calendly.com", "167.89.54.201", when, "UTC", "4KQd2r7NbTz3"),
              extra=(("Reply-To", addr("Andrea Kägi", "andrea.kaegi@sihlpost-payments.ch")),))
    body = mixed(alt(text(K9_TXT), html(para_html(K9_TXT))),
                 calendar(sihlpost_ics(0, "20260914T120000Z", "20260914T123000Z", "20260909T083126Z"),
                          cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 10: Microsoft Bookings, Uetliberg Versicherungen (Zurich); standard-offset label, no human address
K10_HTML = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
    <div style="max-width:560px">
    <p style="font-size:20px;font-weight:600">Ihre Buchung wurde bestätigt</p>
    <p>Hallo Noah Brunner,</p>
    <p>vielen Dank für Ihre Buchung bei <b>Uetliberg Versicherungen &ndash; Recruiting</b>.</p>
    <table cellpadding="4" cellspacing="0" style="font-size:14px">
    <tr><td style="color:#605e5c">Dienst</td><td>Interview Data Scientist Schadenanalytik</td></tr>
    <tr><td style="color:#605e5c">Datum</td><td>Mittwoch, 23. September 2026</td></tr>
    <tr><td style="color:#605e5c">Uhrzeit</td><td>10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
    <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
    <tr><td style="color:#605e5c">Mitarbeiter</td><td>Martina Bühler</td></tr>
    </table>
    <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2YzFkMjMtOGE0ZS00Yjc1LTk1ZTEtMmY3YzQ1ZDZlOGIw%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
    <p><a href="https://outlook.office365.com/owa/calendar/UetlibergRecruiting@uetliberg-versicherungen.ch/bookings/">Buchung verwalten</a>
    &middot; <a href="https://outlook.office365.com/owa/calendar/UetlibergRecruiting@uetliberg-versicherungen.ch/bookings/ics">Zum Kalender hinzufügen</a></p>
    <p style="font-size:12px;color:#605e5c">Uetliberg Versicherungen AG &middot; Badenerstrasse 201 &middot; 8004 Zürich</p>
    </div>
    </body></html>
    """)

K10_ICS = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Uetliberg Versicherungen - Recruiting:mailto:UetlibergRecruiting@uetliberg-versicherungen.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noah Brunner:mailto:noah.brunner@example.org
DESCRIPTION;LANGUAGE=de-CH:Interview Data Scientist Schadenanalytik mit Martina Bühler\\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB010000000000000000100000009A8B7C6D5E4F30211A2B3C4D5E6F7081
SUMMARY;LANGUAGE=de-CH:Interview Data Scientist Schadenanalytik
DTSTART;TZID=W. Europe Standard Time:20260923T103000
DTEND;TZID=W. Europe Standard Time:20260923T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T063512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
"""


@mail(nm(10), family="ms_bookings", lang="de-CH", interview=True, kind="scheduled",
      start="2026-09-23T08:30:00Z", end="2026-09-23T09:15:00Z", contact=None,
      company="Uetliberg Versicherungen AG", local="Wed 2026-09-23 10:30", local_end="2026-09-23 11:15",
      zone="Europe/Zurich",
      note="Microsoft Bookings confirmation (HTML only, base64) with the Windows label '(UTC+01:00) "
           "Amsterdam, Berlin, Bern...' in September: it is CEST, so 10:30 + 45 Minuten = 08:30-09:15 "
           "UTC, as the ICS says. Sender and ORGANIZER are the Bookings mailbox, staff member named "
           "without an address -> contact null.")
def k10() -> bytes:
    when = "2026-09-17 08:35:12"
    hs = head(addr("Uetliberg Versicherungen - Recruiting", "UetlibergRecruiting@uetliberg-versicherungen.ch"),
              "Buchung bestätigt: Interview Data Scientist Schadenanalytik", when, "Europe/Zurich",
              "<ZR1P278MB1184D2E0A9C3B7F14E6A8D1C2B3F4E5A@ZR1P278MB1184.CHEP278.PROD.OUTLOOK.COM>",
              rcv=rx("mail-zr0che01on2093.outbound.protection.outlook.com", "40.107.24.93", when,
                     "Europe/Zurich", "4KSf8j1HxVz2"),
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "true"), ("Content-Language", "de-CH")))
    body = mixed(html(K10_HTML, cte="base64"),
                 calendar(K10_ICS, cte="base64", filename="Buchung.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 11: Workday invitation sent to the old address, forwarded to self as message/rfc822
K11_INNER_TXT = t("""
    Grüezi Herr Brunner

    Gerne laden wir Sie zu einem Vorstellungsgespräch für die Position Senior Data Scientist
    (R-10482) ein.

    Datum: Donnerstag, 19. November 2026
    Zeit: 10:00 - 11:00 MEZ
    Ort: Dreiländereck Logistik AG, Hafenstrasse 21, 4057 Basel, Empfang Hauptgebäude
    Gesprächsteilnehmende: Thomas Gasser (Head of Data & Analytics), Sabine Roth (Talent Acquisition)

    Der Termin ist auch in Ihrem Kandidatenprofil hinterlegt:
    https://dreilaendereck.wd3.myworkdayjobs.com/de-DE/Careers/userHome

    Bei Fragen steht Ihnen Sabine Roth gerne zur Verfügung: sabine.roth@dreilaendereck.ch,
    +41 61 555 18 40.

    Freundliche Grüsse
    Talent Acquisition
    Dreiländereck Logistik AG

    Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
    """)


@mail(nm(11), family="workday", lang="de-CH", interview=True, kind="scheduled",
      start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z", contact="sabine.roth@dreilaendereck.ch",
      company="Dreiländereck Logistik AG", local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00",
      zone="Europe/Zurich",
      note="Workday invitation that went to the candidate's old address (example.net), forwarded to self "
           "as an attached message/rfc822. Do 19.11. 10:00-11:00 MEZ = 09:00-10:00 UTC. Outer sender is "
           "the candidate, inner sender no-reply -> contact = the recruiter's address in the body.")
def k11() -> bytes:
    inner_when = "2026-11-12 16:10:37"
    inner = message([
        ("Return-Path", "<dreilaendereck@myworkday.com>"),
        ("From", addr("Dreiländereck Logistik AG", "dreilaendereck@myworkday.com")),
        ("To", addr("Noah Brunner", "noah.brunner@example.net")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Senior Data Scientist (R-10482)")),
        ("Date", date(inner_when, "Europe/Zurich")),
        ("Message-ID", "<1936524870.88213.1794496237144@wd3-impl-mailer12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(K11_INNER_TXT), html(para_html(K11_INNER_TXT))))
    when = "2026-11-13 07:55:02"
    hs = head(addr("Noah Brunner", "noah.brunner@example.net"),
              "Fwd: Einladung zum Vorstellungsgespräch – Senior Data Scientist (R-10482)", when, "Europe/Zurich",
              "<a81c3e0f-5d27-4b9e-9f10-7e2c6d4b1a33@example.net>",
              rcv=rx("smtp.example.net", "203.0.113.25", when, "Europe/Zurich", "4KvF3h5QsLz8"),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    note = t("""
        Ging an die alte Adresse - zur Ablage. Do 19.11. vormittags in Basel, Hafen.

        N.
        """)
    body = mixed(text(note, cte="8bit", params="format=flowed"),
                 attached_message(inner, "Einladung zum Vorstellungsgespraech.eml"))
    return message(hs, body)


# ---- key 12: Google Calendar invitation, Münsterplatz AI (Freiburg im Breisgau)
K12_TXT = t("""
    Vorstellungsgespräch Data Scientist – Noah Brunner
    Donnerstag, 3. Dezember 2026 ⋅ 14:00 – 15:00
    Zeitzone: Europe/Berlin

    Google Meet-Videokonferenz
    https://meet.google.com/ajk-rmwq-zte

    Hallo Noah, wie besprochen das Gespräch mit Stefan (CTO) und mir. Bis Donnerstag! Jana

    Organisator
    Jana Vogt
    jana.vogt@muensterplatz-ai.de

    Gäste
    Jana Vogt - Organisator
    Noah Brunner
    Stefan Albrecht

    Alle Termindetails ansehen:
    https://calendar.google.com/calendar/event?action=VIEW&eid=N2g0cjlqM2V0Ymc1

    Einladung von Google Kalender: https://calendar.google.com/calendar/

    Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Updates mehr für
    diesen Termin erhalten möchten, lehnen Sie den Termin ab.
    """)


def muensterplatz_ics(method: str, status: str, seq: int, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261203T140000
DTEND;TZID=Europe/Berlin:20261203T150000
DTSTAMP:{stamp}
ORGANIZER;CN=Jana Vogt:mailto:jana.vogt@muensterplatz-ai.de
UID:7h4r9j3etbg5q1n8mc2vd0kf6s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jana Vogt;X-NUM-GUESTS=0:mailto:jana.vogt@muensterplatz-ai.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noah.brunner@example.org;X-NUM-GUESTS=0:mailto:noah.brunner@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stefan Albrecht;X-NUM-GUESTS=0:mailto:stefan.albrecht@muensterplatz-ai.de
X-GOOGLE-CONFERENCE:https://meet.google.com/ajk-rmwq-zte
CREATED:20261126T091544Z
DESCRIPTION:Hallo Noah, wie besprochen das Gespräch mit Stefan (CTO) und mir. Bis Donnerstag! Jana
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:Vorstellungsgespräch Data Scientist – Noah Brunner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


def google_head(subject: str, when: str, mid: str, ident: str) -> list[tuple[str, str]]:
    return head(addr("Jana Vogt", "jana.vogt@muensterplatz-ai.de"), subject, when, "Europe/Berlin", mid,
                to=NOAH, rcv=rx("mail-sor-f69.google.com", "209.85.220.69", when, "Europe/Berlin", ident),
                extra=(("Reply-To", addr("Jana Vogt", "jana.vogt@muensterplatz-ai.de")),
                       ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))


@mail(nm(12), family="google_calendar", lang="de-DE", interview=True, kind="scheduled",
      start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z", contact="jana.vogt@muensterplatz-ai.de",
      company="Münsterplatz AI GmbH", local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00",
      zone="Europe/Berlin",
      note="Google Calendar invitation (German UI) from the Freiburg recruiter: Do. 3. Dez. 14:00-15:00 "
           "Europe/Berlin (MEZ, UTC+1) = 13:00-14:00 UTC. Contact = Reply-To / ORGANIZER. Cancelled later "
           "(Münsterplatz thread).")
def k12() -> bytes:
    when = "2026-11-26 10:15:44"
    subject = ("Einladung: Vorstellungsgespräch Data Scientist – Noah Brunner @ Do. 3. Dez. 2026 14:00 - 15:00 "
               "(MEZ) (noah.brunner@example.org)")
    hs = google_head(subject, when, "<calendar-0b6a2f3d-8e41-4c7a-b1d5-2f9e0c7a6b34@google.com>", "4Kx8Rb2LmTz6")
    ics = muensterplatz_ics("REQUEST", "CONFIRMED", 0, "20261126T091544Z")
    body = mixed(alt(text(K12_TXT, cte="base64"), html(para_html(K12_TXT), cte="base64"),
                     calendar(ics, method="REQUEST", cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# ---- key 13: Geneva HR manager confirms "ce vendredi 25 septembre à 10h00", nonante minutes
K13_TXT = t("""
    Bonjour Noah,

    Parfait, je vous confirme donc notre rencontre ce vendredi 25 septembre à 10h00 dans nos locaux,
    rue de Berne 22, 1201 Genève (sonnez à « Pâquis Quant », 4e étage).

    Prévoyez nonante minutes : une heure d'échange avec Olivier Grand (CIO) et moi-même, puis une
    demi-heure avec deux personnes de l'équipe quant.

    Depuis la gare Cornavin, c'est à cinq minutes à pied.

    Je me réjouis de vous rencontrer. Belle soirée,

    Céline Mottier
    Responsable RH
    Pâquis Quant SA
    +41 22 555 71 30

    -----Message d'origine-----
    De : Noah Brunner <noah.brunner@example.org>
    Envoyé : lundi, 21 septembre 2026 12:18
    À : Céline Mottier <celine.mottier@paquis-quant.ch>
    Objet : Re: Candidature Data Scientist - Pâquis Quant

    Bonjour Madame Mottier,

    Merci beaucoup pour votre message. Vendredi matin me convient très bien, je peux être à Genève
    dès 9h30.

    Meilleures salutations,
    Noah Brunner
    """)


@mail(nm(13), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start="2026-09-25T08:00:00Z", end="2026-09-25T09:30:00Z", contact="celine.mottier@paquis-quant.ch",
      company="Pâquis Quant SA", local="Fri 2026-09-25 10:00", local_end="2026-09-25 11:30",
      zone="Europe/Zurich",
      note="HR manager's reply (iso-8859-1, quoted-printable) confirming 'ce vendredi 25 septembre à "
           "10h00' in Geneva (CEST, UTC+2) = 08:00 UTC; 'Prévoyez nonante minutes' (Swiss French 90) is "
           "an exact length -> end 09:30 UTC. Contact = sender.")
def k13() -> bytes:
    when = "2026-09-21 17:05:19"
    hs = head(addr("Céline Mottier", "celine.mottier@paquis-quant.ch", "iso-8859-1"),
              "RE: Candidature Data Scientist - Pâquis Quant", when, "Europe/Zurich",
              "<DB9PR02MB7321C0A5E7F24B1D8F3E2A6C9B0D1E2F@DB9PR02MB7321.eurprd02.prod.outlook.com>",
              rcv=rx("mail-db8eur05on2061.outbound.protection.outlook.com", "40.107.20.61", when,
                     "Europe/Zurich", "4KV1n9Tq3Gz5"),
              charset="iso-8859-1",
              extra=(("In-Reply-To", "<CAN7b2f0Wm4pQ9Re@mail.example.org>"),
                     ("References", "<DB9PR02MB73219F0E@DB9PR02MB7321.eurprd02.prod.outlook.com> "
                                    "<CAN7b2f0Wm4pQ9Re@mail.example.org>"),
                     ("Content-Language", "fr-CH")))
    return message(hs, text(K13_TXT, charset="iso-8859-1"))


# ---- key 14: Mulhouse recruiter, Zoom invitation: date and time only in the attached ICS
K14_TXT = t("""
    Bonjour Monsieur Brunner,

    Suite à notre échange téléphonique de ce matin, je vous transmets l'invitation pour notre
    entretien en visioconférence avec M. Laurent Muller, directeur du site, et moi-même. Vous
    trouverez la date, l'horaire et le lien Zoom dans l'invitation ci-jointe.

    N'hésitez pas à me contacter si vous rencontrez un problème de connexion.

    Bien cordialement,

    Claire Schmitt
    Chargée de recrutement
    Rhin Supérieur Chimie SAS
    12 rue de la Fonderie, 68100 Mulhouse
    Tél. : 03 89 55 42 17
    """)

K14_ICS = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTAMP:20261105T102034Z
DTSTART;TZID=Europe/Paris:20261112T153000
DTEND;TZID=Europe/Paris:20261112T161500
SUMMARY:Entretien Data Scientist - Rhin Supérieur Chimie
UID:20261105T102034Z-84217736501@fe80:0:0:0:4a1:2bff:fe3c:9d10ens5
TZID:Europe/Paris
DESCRIPTION:Claire Schmitt vous invite à une réunion Zoom planifiée.\\n\\nSujet : Entretien Data Scientist - Rhin Supérieur Chimie\\nHeure : 12 nov. 2026 03:30 PM Paris\\n\\nParticiper à la réunion Zoom\\nhttps://us06web.zoom.us/j/84217736501?pwd=aGZtT1dQbWh4cXJkZ1Fv\\n\\nID de réunion : 842 1773 6501\\nCode secret : 581204\\n
LOCATION:https://us06web.zoom.us/j/84217736501?pwd=aGZtT1dQbWh4cXJkZ1Fv
ORGANIZER;CN=Claire Schmitt:mailto:claire.schmitt@rhin-superieur-chimie.fr
ATTENDEE;CN=Noah Brunner;RSVP=TRUE:mailto:noah.brunner@example.org
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""


@mail(nm(14), family="zoom", lang="fr-FR", interview=True, kind="scheduled",
      start="2026-11-12T14:30:00Z", end="2026-11-12T15:15:00Z", contact="claire.schmitt@rhin-superieur-chimie.fr",
      company="Rhin Supérieur Chimie SAS", local="Thu 2026-11-12 15:30", local_end="2026-11-12 16:15",
      zone="Europe/Paris",
      note="Recruiter mail from Mulhouse saying the date and time are in the attached Zoom invitation; "
           "the body has no time at all. ICS: 12 Nov 15:30-16:15 Europe/Paris (CET, UTC+1) = "
           "14:30-15:15 UTC; its DESCRIPTION repeats '03:30 PM Paris'. Contact = sender / ORGANIZER.")
def k14() -> bytes:
    when = "2026-11-05 11:20:34"
    hs = head(addr("Claire Schmitt", "claire.schmitt@rhin-superieur-chimie.fr"),
              "Invitation : entretien Data Scientist – Rhin Supérieur Chimie", when, "Europe/Paris",
              "<3e9b1f70-2c4d-4a8e-b6f5-0d1e2c3b4a59@rhin-superieur-chimie.fr>",
              rcv=rx("smtp-out.ovh-mail.net", "188.165.52.21", when, "Europe/Paris", "4KpZ6y0BnFz1"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")))
    body = mixed(text(K14_TXT, cte="8bit"),
                 calendar(K14_ICS, cte="base64", filename="invitation.ics", disposition="attachment",
                          name_param=True))
    return message(hs, body)


# ---- key 15: hiring manager replies from his phone: "Passt, dann Montag 9.30"
K15_TXT = t("""
    Hoi Noah
    Passt, dann Montag 9.30 bei uns an der Mauerstrasse 34, Bau 3, Empfang. Ich hol dich dort ab. Christine vom HR ist auch dabei, wir rechnen mit ca 1h.
    Gruess
    Reto

    Von meinem iPhone gesendet

    > Am 01.10.2026 um 17:58 schrieb Noah Brunner <noah.brunner@example.org>:
    >
    > Hoi Reto
    > Danke für den Anruf vorhin. Montag früh ginge bei mir gut, z.B. 9.30? Sonst ginge auch Dienstag Nachmittag.
    > Liebe Grüsse
    > Noah
    """)


@mail(nm(15), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-10-05T07:30:00Z", end=None, contact="reto.wyss@klybeck-bio.ch",
      company="Klybeck Bio AG", local="Mon 2026-10-05 09:30", zone="Europe/Zurich",
      note="Hiring manager's short reply from his iPhone, sent Thu 1 Oct 18:47: 'dann Montag 9.30' -> "
           "Mon 5 Oct 09:30 CEST (UTC+2) = 07:30 UTC; 'ca 1h' -> end null. Contact = sender. Offer "
           "follows later (Klybeck thread).")
def k15() -> bytes:
    when = "2026-10-01 18:47:55"
    hs = head(addr("Reto Wyss", "reto.wyss@klybeck-bio.ch"), "Re: Gespräch Data Scientist Bioprocess", when,
              "Europe/Zurich", "<8F2C61A4-3D7E-4B90-A1C5-E6F7D8B9C0A1@klybeck-bio.ch>",
              rcv=rx("mail-zr0che01on2131.outbound.protection.outlook.com", "40.107.24.131", when,
                     "Europe/Zurich", "4KLg7w2CpXz4"),
              extra=(("In-Reply-To", "<CAN7b2f1Hk0tXy3U@mail.example.org>"),
                     ("References", "<CAN7b2f1Hk0tXy3U@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(K15_TXT))


# ---- key 16: Recruitee, Zytglogge Data (Bern); the attached calendar entry is all-day
K16_TXT = t("""
    Guten Tag Herr Brunner

    Besten Dank für Ihr Interesse an der Stelle als Data Scientist (80-100 %). Gerne möchten wir Sie
    persönlich kennenlernen und laden Sie zu einem Interview ein:

    Montag, 7. Dezember 2026 um 13.30 Uhr
    Zytglogge Data AG, Kramgasse 12, 3011 Bern (2. OG)
    Gesprächspartner: Mirjam Gerber (HR) und Pascal Schneider (CTO)
    Dauer: ca. eine Stunde

    Den Termin haben wir Ihnen als Kalendereintrag angehängt. Falls er Ihnen nicht passt, antworten
    Sie einfach auf diese E-Mail.

    Freundliche Grüsse
    Mirjam Gerber
    HR & Recruiting, Zytglogge Data AG
    """)

K16_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:rt-evt-3318472@recruitee.com
DTSTAMP:20261201T090212Z
DTSTART;VALUE=DATE:20261207
DTEND;VALUE=DATE:20261208
SUMMARY:Interview Zytglogge Data AG (13.30 Uhr)
LOCATION:Kramgasse 12, 3011 Bern
ORGANIZER;CN=Mirjam Gerber:mailto:mirjam.gerber@zytglogge-data.ch
ATTENDEE;CN=Noah Brunner;RSVP=TRUE:mailto:noah.brunner@example.org
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""


@mail(nm(16), family="recruitee", lang="de-CH", interview=True, kind="scheduled",
      start="2026-12-07T12:30:00Z", end=None, contact="mirjam.gerber@zytglogge-data.ch",
      company="Zytglogge Data AG", local="Mon 2026-12-07 13:30", zone="Europe/Zurich",
      note="Recruitee invitation; the attached ICS is an all-day event on 7 Dec (DTSTART;VALUE=DATE), "
           "the time is only in the text: Montag, 7. Dezember um 13.30 Uhr (CET, UTC+1) = 12:30 UTC. "
           "'ca. eine Stunde' -> end null. Contact = human Reply-To.")
def k16() -> bytes:
    when = "2026-12-01 09:02:12"
    hs = head(addr("Zytglogge Data AG", "notifications@mail.recruitee.com"),
              "Einladung zum Interview: Data Scientist (80-100 %)", when, "UTC",
              "<rt.msg.9f2e4c81a7b3@mail.recruitee.com>",
              rcv=rx("mail.recruitee.com", "35.157.41.122", when, "UTC", "4L1b4q8YwGz7"),
              extra=(("Reply-To", addr("Mirjam Gerber", "mirjam.gerber@zytglogge-data.ch")),))
    body = mixed(alt(text(K16_TXT), html(para_html(K16_TXT))),
                 calendar(K16_ICS, cte="7bit", filename="interview.ics", disposition="attachment"))
    return message(hs, body)


# =========================================================================== positives: rescheduled

# ---- key 17: Exchange update, Pharmaquell: moved one week, across the end of summer time
K17_TXT = t("""
    Wann: Dienstag, 27. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
    Wo: Microsoft Teams-Besprechung

    *~*~*~*~*~*~*~*~*~*

    Grüezi Herr Brunner

    Leider ist Frau Dr. Schmid am Dienstag, 20. Oktober kurzfristig verhindert. Ich habe unser
    Gespräch deshalb um eine Woche verschoben: neu am Dienstag, 27. Oktober, wieder von 14.00 bis
    15.00 Uhr. Der Teams-Link bleibt derselbe.

    Entschuldigen Sie die Umstände.

    Freundliche Grüsse
    Lukas Meier
    Talent Acquisition Partner

    Pharmaquell AG | Grenzacherweg 101 | 4058 Basel
    T +41 61 555 34 80 | lukas.meier@pharmaquell.ch

    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
    Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NmQ1YzEtN2E0Zi00ODhiLWI2YjMtOWNmMmE0ZTM1MWRm%40thread.v2/0>
    Besprechungs-ID: 364 281 905 117
    Passcode: q7Yb3P
    ________________________________________________________________________________
    """)


@mail(nm(17), family="outlook_exchange", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-10-27T13:00:00Z", end="2026-10-27T14:00:00Z", contact="lukas.meier@pharmaquell.ch",
      company="Pharmaquell AG", local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00",
      zone="Europe/Zurich",
      note="Exchange update (SEQUENCE 1) of the Pharmaquell interview: old Tue 20 Oct 14:00 (CEST) named in "
           "the text, new Tue 27 Oct 14:00-15:00 - after the 25 Oct switch, so CET (UTC+1): 13:00-14:00 "
           "UTC. Same wall-clock time, one hour later in UTC than the old slot. Contact = ORGANIZER.")
def k17() -> bytes:
    when = "2026-10-19 09:05:48"
    subject = "Interview Data Scientist Clinical Analytics – Noah Brunner"
    hs = exchange_head(when, subject, "<ZR0P278MB09237C3D1E8F4A2B9C0D6E5F4A3B2C1D@ZR0P278MB0923.CHEP278.PROD.OUTLOOK.COM>",
                       "AdxB3kP1qZr8nYtVQeW1c2dHfGh4JwErT2Y5", "4KkC9p3VrMz2")
    ics = pharmaquell_ics(1, "20261027T140000", "20261027T150000", "20261019T070548Z",
                          "Grüezi Herr Brunner\\n\\nLeider ist Frau Dr. Schmid am Dienstag\\, 20. Oktober "
                          "kurzfristig verhindert. Ich habe unser Gespräch deshalb um eine Woche verschoben.\\n")
    body = alt(text(K17_TXT), html(outlook_html(K17_TXT)), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


# ---- key 18: Léman Assurances recruiter moves the interview herself (prose, French)
K18_TXT = t("""
    Bonjour Noah,

    Je suis navrée : Marc-Antoine Rey doit se rendre demain à Zurich pour un comité et ne pourra pas
    assurer notre entretien de mardi 6 octobre à 14h00.

    Nous avons donc déplacé l'entretien au jeudi 8 octobre à 16h30, même lieu (Avenue de Rhodanie 48,
    bâtiment B). L'invitation a été mise à jour de notre côté, vous n'avez rien à faire. Si ce nouvel
    horaire vous posait problème, dites-le-moi simplement.

    Le parking visiteurs se trouve au niveau -1, places septante à septante-cinq.

    Avec mes excuses pour ce changement et meilleures salutations,

    Sophie Favre
    Talent Acquisition
    Léman Assurances SA
    Avenue de Rhodanie 48, 1007 Lausanne
    """)


@mail(nm(18), family="human_prose", lang="fr-CH", interview=True, kind="rescheduled",
      start="2026-10-08T14:30:00Z", end=None, contact="sophie.favre@leman-assurances.ch",
      company="Léman Assurances SA", local="Thu 2026-10-08 16:30", zone="Europe/Zurich",
      note="Recruiter's own mail moving the SmartRecruiters interview: old 'mardi 6 octobre à 14h00', new "
           "'jeudi 8 octobre à 16h30' (CEST, UTC+2) = 14:30 UTC; no length -> end null. 'septante' is a "
           "parking-space number, not a time. Contact = sender.")
def k18() -> bytes:
    when = "2026-10-05 09:12:40"
    hs = head(addr("Sophie Favre", "sophie.favre@leman-assurances.ch"),
              "Déplacement de votre entretien du 6 octobre", when, "Europe/Zurich",
              "<AM8P190MB0962E4F1A2B3C4D5E6F7A8B9C0D1E2F3@AM8P190MB0962.EURP190.PROD.OUTLOOK.COM>",
              rcv=rx("mail-am6eur05on2102.outbound.protection.outlook.com", "40.107.22.102", when,
                     "Europe/Zurich", "4KfR8m0DkWz3"),
              extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(K18_TXT), html(outlook_html(K18_TXT).replace('lang="DE-CH"', 'lang="FR-CH"'))))


# ---- key 19: Lever, Kreis 5 Robotics (Zurich): old slot in summer time, new slot in winter time
K19_TXT = t("""
    Hallo Noah

    Wir mussten dein Interview für die Stelle Data Scientist / ML Engineer leider verschieben.

    Neuer Termin:
    Freitag, 30. Oktober 2026
    11:00 - 12:00 MEZ (Europe/Zurich)
    Ort: Kreis 5 Robotics AG, Josefstrasse 219, 8005 Zürich

    Bisheriger Termin (entfällt):
    Freitag, 23. Oktober 2026, 11:00 - 12:00 MESZ

    Interviewer: Lara Bianchi (Lead Perception), Sandro Keller (Recruiting)

    Falls der neue Termin nicht passt, antworte bitte direkt auf diese E-Mail.

    Beste Grüsse
    Sandro Keller
    Kreis 5 Robotics

    Gesendet über Lever
    """)

K19_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-2b7f90c4-61d3-4e8a-9a55-0f1e2d3c4b5a
DTSTAMP:20261021T140918Z
DTSTART:20261030T100000Z
DTEND:20261030T110000Z
SUMMARY:Interview Kreis 5 Robotics - Noah Brunner
LOCATION:Josefstrasse 219, 8005 Zürich
ORGANIZER;CN=Sandro Keller:mailto:sandro.keller@kreis5robotics.ch
ATTENDEE;CN=Noah Brunner;RSVP=TRUE:mailto:noah.brunner@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


@mail(nm(19), family="lever", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-10-30T10:00:00Z", end="2026-10-30T11:00:00Z", contact="sandro.keller@kreis5robotics.ch",
      company="Kreis 5 Robotics AG", local="Fri 2026-10-30 11:00", local_end="2026-10-30 12:00",
      zone="Europe/Zurich",
      note="Lever reschedule: old Fri 23 Oct 11:00 MESZ (= 09:00 UTC), new Fri 30 Oct 11:00-12:00 MEZ "
           "(= 10:00-11:00 UTC) - same wall-clock hour on both sides of the 25 Oct switch. UTC ICS "
           "agrees. Contact = human Reply-To.")
def k19() -> bytes:
    when = "2026-10-21 14:09:18"
    hs = head(addr("Kreis 5 Robotics", "no-reply@hire.lever.co"),
              "Ihr Interview wurde verschoben – Kreis 5 Robotics", when, "UTC",
              "<0100019a0f7c9d2e-lever-4c1b8e2f-7a6d-4f3e-9b21-8d7c6b5a4f3e-000000@email.amazonses.com>",
              rcv=rx("a27-48.smtp-out.us-west-2.amazonses.com", "54.240.27.48", when, "UTC", "4KnD0x6WsPz8"),
              extra=(("Reply-To", addr("Sandro Keller", "sandro.keller@kreis5robotics.ch")),))
    body = mixed(alt(text(K19_TXT), html(para_html(K19_TXT))),
                 calendar(K19_ICS, cte="8bit", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 20: Calendly, Sihlpost Payments: host moved Monday afternoon to Wednesday morning
K20_TXT = t("""
    Hallo Noah Brunner,

    Ihr Ereignis wurde neu geplant.

    Ereignistyp:
    Erstgespräch Data Scientist Payments Fraud (30 Min.)

    Eingeladene Person:
    Noah Brunner
    noah.brunner@example.org

    Neues Datum/Uhrzeit:
    09:00 - 09:30, Mittwoch, 16. September 2026 (Mitteleuropäische Zeit)

    Früher:
    14:00 - 14:30, Montag, 14. September 2026 (Mitteleuropäische Zeit)

    Grund für die Neuplanung:
    "Sorry Noah, am Montagnachmittag haben wir kurzfristig ein Audit. Mittwochmorgen geht bei mir gut. Andrea"

    Gastgeberin:
    Andrea Kägi (Sihlpost Payments AG)

    Neu planen: https://calendly.com/reschedulings/5b0e9f1c-3a7d-4e22-8f61-0c9d2a4b7e13
    Absagen: https://calendly.com/cancellations/5b0e9f1c-3a7d-4e22-8f61-0c9d2a4b7e13

    Unterstützt von Calendly.com
    """)


@mail(nm(20), family="calendly", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-09-16T07:00:00Z", end="2026-09-16T07:30:00Z", contact="andrea.kaegi@sihlpost-payments.ch",
      company="Sihlpost Payments AG", local="Wed 2026-09-16 09:00", local_end="2026-09-16 09:30",
      zone="Europe/Zurich",
      note="Calendly 'neu geplant' by the host: new Mi 16.9. 09:00-09:30, old Mo 14.9. 14:00 both shown; "
           "label says Mitteleuropäische Zeit but September is CEST (UTC+2) -> 07:00-07:30 UTC, as the "
           "UTC ICS (SEQUENCE 1). Contact = Reply-To host.")
def k20() -> bytes:
    when = "2026-09-11 13:47:03"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Aktualisiert: Erstgespräch Data Scientist Payments Fraud mit Andrea Kägi am Mittwoch, 16. September 2026",
              when, "UTC", "<5b0e9f1c3a7d.20260911134703.rescheduled@calendly.com>",
              rcv=rx("o3.email.calendly.com", "167.89.54.201", when, "UTC", "4KRm5e1JqYz9"),
              extra=(("Reply-To", addr("Andrea Kägi", "andrea.kaegi@sihlpost-payments.ch")),))
    body = mixed(alt(text(K20_TXT), html(para_html(K20_TXT))),
                 calendar(sihlpost_ics(1, "20260916T070000Z", "20260916T073000Z", "20260911T134703Z"),
                          cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# =========================================================================== positives: cancelled

# ---- key 21: Google Calendar cancellation, Münsterplatz AI (position filled internally)
K21_TXT = t("""
    Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

    Vorstellungsgespräch Data Scientist – Noah Brunner
    Donnerstag, 3. Dezember 2026 ⋅ 14:00 – 15:00
    Zeitzone: Europe/Berlin

    Nachricht von Jana Vogt:
    Hallo Noah, es tut mir sehr leid - wir haben die Stelle intern besetzt und sagen das Gespräch
    deshalb ab. Danke dir für dein Interesse und alles Gute! Jana

    Organisator
    Jana Vogt
    jana.vogt@muensterplatz-ai.de

    Gäste
    Jana Vogt - Organisator
    Noah Brunner
    Stefan Albrecht

    Einladung von Google Kalender: https://calendar.google.com/calendar/

    Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
    """)


@mail(nm(21), family="google_calendar", lang="de-DE", interview=True, kind="cancelled",
      start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z", contact="jana.vogt@muensterplatz-ai.de",
      company="Münsterplatz AI GmbH", local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00",
      zone="Europe/Berlin",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Münsterplatz interview, "
           "position filled internally, no new time. Cancelled slot Do. 3. Dez. 14:00-15:00 MEZ = "
           "13:00-14:00 UTC. Contact = ORGANIZER.")
def k21() -> bytes:
    when = "2026-11-30 16:40:21"
    subject = ("Abgesagter Termin: Vorstellungsgespräch Data Scientist – Noah Brunner @ Do. 3. Dez. 2026 "
               "14:00 - 15:00 (MEZ) (noah.brunner@example.org)")
    hs = google_head(subject, when, "<calendar-5e2d7a91-c3f0-4b86-9d14-7a0b1c2d3e4f@google.com>", "4L0c1s7KvNz5")
    ics = muensterplatz_ics("CANCEL", "CANCELLED", 1, "20261130T154021Z")
    body = mixed(alt(text(K21_TXT, cte="base64"), html(para_html(K21_TXT), cte="base64"),
                     calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# ---- key 22: Boston hiring manager cancels "Tuesday at 11am ET" (role on hold), sent in EST
K22_TXT = t("""
    Hi Noah,

    I'm sorry to do this on short notice, but I have to cancel our conversation on Tuesday at 11am ET.
    Yesterday we were told that the Computational Biology DS role is on hold until the new budget
    year, and it wouldn't be fair to take up more of your time right now.

    I really enjoyed our first conversation and would love to reconnect if the req reopens in Q1.
    Megan will close things out in our system.

    All the best,
    David

    --
    David Kessler
    Director, Data Science
    Back Bay Genomics, Inc.
    200 Seaport Lane, Boston, MA 02210
    """)


@mail(nm(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-10T16:00:00Z", end=None, contact="david.kessler@backbaygenomics.com",
      company="Back Bay Genomics Inc.", local="Tue 2026-11-10 11:00", zone="America/New_York",
      note="Hiring manager (Gmail-style text+HTML) cancels 'Tuesday at 11am ET', sent Thu 5 Nov -> Tue 10 "
           "Nov; the US left daylight time on 1 Nov, so EST (UTC-5): 16:00 UTC. No new time. Contact = "
           "sender. Same company as the GoodTime first round, which was on EDT.")
def k22() -> bytes:
    when = "2026-11-05 08:12:37"
    hs = head(addr("David Kessler", "david.kessler@backbaygenomics.com"), "Tuesday's conversation", when,
              "America/New_York", "<CAH4kR9pZ0x7Lw2NqT1vB8sYfE3mD6cJ@mail.gmail.com>",
              rcv=rx("mail-sor-f41.google.com", "209.85.220.41", when, "America/New_York", "4KqS2f9GtBz0"))
    return message(hs, alt(text(K22_TXT), html(gmail_html(K22_TXT))))


# ---- key 23: Taleo, Banque Rhône Privée (Geneva): interview cancelled, a new date to follow
K23_HTML = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
    <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
    <table width="640" cellpadding="0" cellspacing="0" border="0">
    <tr><td><img src="https://brp.taleo.net/careersection/theme/logo_brp.png" alt="Banque Rhône Privée"></td></tr>
    <tr><td><br>Cher Noah Brunner,<br><br>
    Nous sommes au regret de vous informer que l'entretien prévu le <b>mercredi 9 décembre 2026 à 10h00</b>
    (heure de Genève) pour le poste de <b>Data Scientist Risk (Réf. 2600417)</b> doit être annulé, en raison
    d'une réorganisation interne du département.<br><br>
    Nous reviendrons vers vous dès que possible afin de convenir d'une nouvelle date. Pour toute question,
    vous pouvez contacter Mme Isabelle Perrin, Ressources humaines&nbsp;:
    <a href="mailto:isabelle.perrin@banque-rhone-privee.ch">isabelle.perrin@banque-rhone-privee.ch</a>.<br><br>
    Nous vous prions d'agréer, Monsieur, nos salutations distinguées.<br><br>
    Ressources humaines<br>Banque Rhône Privée SA<br>Quai du Général-Guisan 14, 1204 Genève<br><br>
    <span style="font-size:10px;color:#777">Ce message a été envoyé automatiquement par notre système de
    recrutement. Merci de ne pas y répondre.</span></td></tr>
    </table>
    </body></html>
    """)


@mail(nm(23), family="taleo", lang="fr-CH", interview=True, kind="cancelled",
      start="2026-12-09T09:00:00Z", end=None, contact="isabelle.perrin@banque-rhone-privee.ch",
      company="Banque Rhône Privée SA", local="Wed 2026-12-09 10:00", zone="Europe/Zurich",
      note="Taleo HTML-only (iso-8859-15, quoted-printable) cancellation: 'mercredi 9 décembre 2026 à "
           "10h00 (heure de Genève)' = 09:00 UTC (CET); a new date is only promised. Sender no-reply -> "
           "contact = the HR person's address in the body.")
def k23() -> bytes:
    when = "2026-12-03 14:06:55"
    hs = head(addr("Banque Rhône Privée SA", "brp@mail.taleo.net", "iso-8859-15"),
              "Annulation de votre entretien - Data Scientist Risk (Réf. 2600417)", when, "Europe/Zurich",
              "<1482093317.5561.1796389615021.JavaMail.taleo@tlo-mail04.taleo.net>",
              rcv=rx("mail04.taleo.net", "160.34.11.84", when, "Europe/Zurich", "4L2m6d3FxRz4"),
              charset="iso-8859-15")
    return message(hs, html(K23_HTML, charset="iso-8859-15"))


# =========================================================================== negatives

# ---- key 24: softgarden rejection after an interview, Aarewerk Data (Bern)
K24_TXT = t("""
    Guten Tag Herr Brunner

    Vielen Dank für Ihr Interesse an der Aarewerk Data AG und für das angenehme Vorstellungsgespräch
    vom Dienstag, 15. September.

    Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
    fortzusetzen, deren Erfahrung in der Wasserwirtschaft noch etwas näher an unserem
    Anforderungsprofil liegt. Dieser Entscheid ist uns nicht leichtgefallen.

    Gerne behalten wir Ihr Dossier mit Ihrem Einverständnis für zukünftige Vakanzen in unserem
    Talent-Pool. Sie können diese Einwilligung jederzeit in Ihrem Bewerberkonto widerrufen.

    Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

    Freundliche Grüsse
    Corinne Lüthi
    HR Business Partner, Aarewerk Data AG

    Diese E-Mail wurde über softgarden versendet.
    """)


@mail(nm(24), family="rejection", lang="de-CH", interview=False, company="Aarewerk Data AG",
      days=(("Tue", "2026-09-15"),),
      note="softgarden rejection after an interview that already took place (Tuesday 15 September, in "
           "the past); no upcoming time.")
def k24() -> bytes:
    when = "2026-09-22 10:30:14"
    hs = head(addr("Aarewerk Data AG", "aarewerk-data@mail.softgarden.io"),
              "Ihre Bewerbung als Data Scientist (w/m/d) – Aarewerk Data AG", when, "Europe/Zurich",
              "<sg.8a41c7e0b2d3.20260922083014@mail.softgarden.io>",
              rcv=rx("mail.softgarden.io", "185.23.164.40", when, "Europe/Zurich", "4KTb6v2HnDz1"))
    return message(hs, alt(text(K24_TXT), html(para_html(K24_TXT))))


# ---- key 25: offer from Klybeck Bio (after the phone call), PDF attached
K25_TXT = t("""
    Hoi Noah

    Wie Reto dir heute am Telefon schon gesagt hat: Wir möchten dich sehr gerne im Team Bioprocess
    Analytics haben! Im Anhang findest du unser Angebot (Arbeitsvertrag und Lohnblatt) für die Stelle
    als Data Scientist (100 %), Start am 1. Januar 2027 oder nach Vereinbarung.

    Die wichtigsten Punkte:
    - Jahreslohn CHF 128'000, ausbezahlt in 13 Monatslöhnen
    - 25 Ferientage, bis zu 2 Tage Homeoffice pro Woche
    - Pensionskasse mit überobligatorischen Leistungen, Halbtax oder U-Abo

    Gib uns bitte bis Freitag, 23. Oktober Bescheid. Wenn du Fragen hast oder den Vertrag nochmals
    besprechen möchtest, melde dich jederzeit - Reto und ich nehmen uns gerne Zeit.

    Liebe Grüsse
    Christine

    Christine Hänggi
    HR Business Partner
    Klybeck Bio AG | Mauerstrasse 34 | 4057 Basel
    """)

K25_PDF = t("""
    JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
    ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFsgMyAwIFIgXSAvQ291bnQgMSA+
    PgplbmRvYmoKMyAwIG9iago8PCAvVHlwZSAvUGFnZSAvUGFyZW50IDIgMCBSIC9NZWRpYUJveCBb
    IDAgMCA1OTUgODQyIF0gPj4KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK
    """)


@mail(nm(25), family="offer", lang="de-CH", interview=False, company="Klybeck Bio AG",
      days=(("Fri", "2026-10-23"),),
      note="Job offer after the Klybeck interview (thread with the hiring manager's phone reply): a "
           "deadline (Friday 23 October) and a start date, no appointment.")
def k25() -> bytes:
    when = "2026-10-14 17:20:05"
    hs = head(addr("Christine Hänggi", "christine.haenggi@klybeck-bio.ch"),
              "Angebot: Data Scientist Bioprocess – Klybeck Bio", when, "Europe/Zurich",
              "<ZR2P278MB0716F3A2C1B0E9D8C7B6A5F4E3D2C1B0@ZR2P278MB0716.CHEP278.PROD.OUTLOOK.COM>",
              rcv=rx("mail-zr0che01on2139.outbound.protection.outlook.com", "40.107.24.139", when,
                     "Europe/Zurich", "4KjW3q7LsXz6"),
              extra=(("Cc", addr("Reto Wyss", "reto.wyss@klybeck-bio.ch")), ("Content-Language", "de-CH")))
    pdf = raw_part([("Content-Type", 'application/pdf; name="Angebot_Noah_Brunner.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Angebot_Noah_Brunner.pdf"'),
                    ("Content-Transfer-Encoding", "base64")], K25_PDF)
    return message(hs, mixed(alt(text(K25_TXT), html(outlook_html(K25_TXT))), pdf))


# ---- key 26: Workable application receipt, Carouge Climate Analytics (Geneva)
K26_TXT = t("""
    Bonjour Noah,

    Merci d'avoir postulé au poste de Data Scientist Climat chez Carouge Climate Analytics. Nous avons
    bien reçu votre candidature.

    Notre équipe l'examinera avec attention au cours des deux prochaines semaines. Si votre profil
    correspond à nos besoins, nous vous contacterons pour convenir d'un premier entretien.

    Cordialement,
    L'équipe Carouge Climate Analytics

    Powered by Workable
    """)


@mail(nm(26), family="application_receipt", lang="fr-CH", interview=False,
      company="Carouge Climate Analytics SA",
      note="Workable application receipt; 'convenir d'un premier entretien' is only a possible future step.")
def k26() -> bytes:
    when = "2026-09-07 08:14:50"
    hs = head(addr("Carouge Climate Analytics", "noreply@candidates.workablemail.com"),
              "Merci pour votre candidature – Data Scientist Climat", when, "UTC",
              "<wk.cand.3918274.20260907081450@candidates.workablemail.com>",
              rcv=rx("mail-out.workablemail.com", "52.57.188.10", when, "UTC", "4KNx0c5PrFz2"))
    return message(hs, alt(text(K26_TXT), html(para_html(K26_TXT))))


# ---- key 27: JOIN job alert
K27_TXT = t("""
    Hallo Noah,

    5 neue Jobs passen zu deinem Suchauftrag "Data Scientist - Basel (+ 50 km)":

    Data Scientist (m/w/d) - Rheinblick Analytics AG - Basel - Vollzeit
    https://join.com/companies/rheinblick/1184730-data-scientist

    Senior Data Scientist Forecasting - Birsig Retail AG - Allschwil - 80-100 %
    https://join.com/companies/birsig-retail/1185291-senior-data-scientist-forecasting

    Machine Learning Engineer (w/m/d) - Kaiserstuhl Sensorik GmbH - Freiburg im Breisgau - Vollzeit
    https://join.com/companies/kaiserstuhl-sensorik/1185507-machine-learning-engineer

    Data Analyst / Data Scientist - Alsace Logistique SAS - Mulhouse - CDI
    https://join.com/companies/alsace-logistique/1185622-data-analyst

    Analytics Engineer - Rheintor Versicherungen AG - Basel - 100 %
    https://join.com/companies/rheintor/1185704-analytics-engineer

    Tipp der Woche: So überzeugst du im Vorstellungsgespräch - 5 Fragen, die du stellen solltest.
    https://join.com/magazine/fragen-im-vorstellungsgespraech

    Suchauftrag bearbeiten oder abbestellen: https://join.com/candidate/job-alerts
    JOIN Solutions AG
    """)


@mail(nm(27), family="job_alert", lang="de-CH", interview=False, company=None,
      note="JOIN job alert with five listings and an interview-tips link; no appointment.")
def k27() -> bytes:
    when = "2026-09-14 07:00:31"
    hs = head(addr("JOIN", "jobalert@join.com"), "5 neue Jobs für dich: Data Scientist in Basel", when,
              "Europe/Zurich", "<20260914050031.jobalert.7f3a91@join.com>",
              rcv=rx("o2.ptr4417.join.com", "149.72.161.203", when, "Europe/Zurich", "4KQa8n3ZtCz7"),
              extra=(("List-Unsubscribe", "<https://join.com/candidate/job-alerts/unsubscribe?t=8c2f1e>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(K27_TXT), html(para_html(K27_TXT))))


# ---- key 28: career newsletter about interviews, with a live webinar date
K28_TXT = t("""
    Karriere-Kompass - Ausgabe 38/2026

    VORSTELLUNGSGESPRÄCH: DIE 7 HÄUFIGSTEN FRAGEN - UND WIE SIE ANTWORTEN
    "Erzählen Sie etwas über sich", "Wo sehen Sie sich in fünf Jahren?", "Warum wollen Sie wechseln?"
    Unsere Laufbahnberaterin zeigt, wie Sie im Interview ehrlich und überzeugend antworten - und
    welche Fragen Sie am Schluss selbst stellen sollten.
    Weiterlesen: https://karriere-kompass.ch/artikel/vorstellungsgespraech-7-fragen

    LOHNVERHANDLUNG IM HERBST
    Warum der Oktober ein guter Zeitpunkt ist und welche Zahlen Sie kennen sollten.

    LIVE-WEBINAR: DAS INTERVIEW MEISTERN
    Dienstag, 29. September, 12.15 - 13.00 Uhr, online und kostenlos.
    Jetzt anmelden: https://karriere-kompass.ch/webinar/interview-meistern

    Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.ch angemeldet haben.
    Abmelden: https://karriere-kompass.ch/newsletter/abmelden
    """)


@mail(nm(28), family="newsletter", lang="de-CH", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Career newsletter: interview-question article plus a free public webinar (Tue 29 Sep 12.15) "
           "- a fixed time, but a webinar, not the reader's job interview.")
def k28() -> bytes:
    when = "2026-09-24 06:30:00"
    hs = head(addr("Karriere-Kompass", "newsletter@karriere-kompass.ch"),
              "Vorstellungsgespräch: Die 7 häufigsten Fragen – und wie Sie antworten", when, "Europe/Zurich",
              "<nl-38-2026.4418207@news.karriere-kompass.ch>",
              rcv=rx("mta12.news.karriere-kompass.ch", "91.198.105.12", when, "Europe/Zurich", "4KVt1g8NwJz3"),
              extra=(("List-Id", "Karriere-Kompass Newsletter <newsletter.karriere-kompass.ch>"),
                     ("List-Unsubscribe", "<https://karriere-kompass.ch/newsletter/abmelden?u=4418207>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(K28_TXT), html(para_html(K28_TXT))))


# ---- key 29: Ouchy Robotics (Lausanne) asks the candidate to pick a slot via a link
K29_TXT = t("""
    Bonjour Noah,

    Suite à votre échange avec notre équipe la semaine dernière, nous aimerions vous inviter à un
    entretien technique d'une heure avec deux ingénieurs de notre équipe perception.

    Merci de choisir le créneau qui vous convient le mieux via ce lien :
    https://app.goodtime.io/candidate/select/ouchy-robotics/8f2a61c0d9
    Des créneaux sont disponibles du mardi 20 au vendredi 23 octobre, entre 9h et 17h.

    Dès que vous aurez réservé, vous recevrez une confirmation avec le lien Teams.

    Belle journée,
    Nadia Berset
    Talent Partner, Ouchy Robotics SA
    Avenue d'Ouchy 60, 1006 Lausanne
    """)


@mail(nm(29), family="scheduling_link", lang="fr-CH", interview=False, company="Ouchy Robotics SA",
      days=(("Tue", "2026-10-20"), ("Fri", "2026-10-23")),
      note="Self-scheduling link: an interview is wanted but no slot is chosen yet (window 20-23 October).")
def k29() -> bytes:
    when = "2026-10-14 10:05:27"
    hs = head(addr("Nadia Berset", "nadia.berset@ouchy-robotics.ch"),
              "Ouchy Robotics – prochaine étape : entretien technique", when, "Europe/Zurich",
              "<CAF1z8QpM3r0Vt9K2yN5xB7cW4eL6hJd@mail.gmail.com>",
              rcv=rx("mail-sor-f65.google.com", "209.85.220.65", when, "Europe/Zurich", "4KjQ9b1TcHz8"))
    return message(hs, alt(text(K29_TXT), html(gmail_html(K29_TXT))))


# ---- key 30: agency outreach, asks for availability
K30_TXT = t("""
    Hi Noah,

    I hope you don't mind the direct email - I came across your profile and your work on demand
    forecasting really stood out.

    I'm partnering with a global life-sciences client in Basel on a Senior Data Scientist role in
    their commercial analytics team (hybrid, 3 days on site, strong Python/causal inference focus).
    It's a confidential search, so I can share the name once we've spoken.

    Would you be open to a quick 15-minute call sometime next week? Just send me a couple of times
    that suit you and I'll work around your schedule.

    Best regards,
    James Whitaker
    Principal Consultant, Data & AI
    Alpenrose Talent Partners AG | Zurich
    +41 44 555 62 90
    """)


@mail(nm(30), family="recruiter_outreach", lang="en", interview=False, company="Alpenrose Talent Partners AG",
      note="Agency cold outreach asking for availability next week; nothing fixed.")
def k30() -> bytes:
    when = "2026-09-29 14:22:48"
    hs = head(addr("James Whitaker", "james.whitaker@alpenrose-talent.ch"),
              "Senior Data Scientist – life sciences client in Basel", when, "Europe/Zurich",
              "<VI1PR08MB5405E2C8A9B1D0F3E4C5A6B7D8E9F0A1@VI1PR08MB5405.eurprd08.prod.outlook.com>",
              rcv=rx("mail-vi1eur05on2119.outbound.protection.outlook.com", "40.107.21.119", when,
                     "Europe/Zurich", "4KZc3w6MqRz0"))
    return message(hs, alt(text(K30_TXT), html(outlook_html(K30_TXT).replace('lang="DE-CH"', 'lang="EN-GB"'))))


# ---- key 31: Gurten Energie proposes two options (answered and fixed later in the thread)
K31_TXT = t("""
    Hoi Noah

    Danke für deine Bewerbung als Data Scientist Energiehandel - dein Dossier hat uns gut gefallen.
    Hättest du nächste Woche Zeit für ein erstes Gespräch bei uns in Bern? Ich könnte Dienstag um
    10 Uhr oder Donnerstag am Nachmittag anbieten.

    Gib mir einfach Bescheid, was dir besser passt, dann schicke ich dir die Details.

    Liebe Grüsse
    Barbara

    Barbara Zaugg
    HR Business Partner
    Gurten Energie AG
    Bollwerk 15, 3011 Bern
    T +41 31 555 27 14
    """)


@mail(nm(31), family="interview_proposal", lang="de-CH", interview=False, company="Gurten Energie AG",
      note="HR partner proposes 'Dienstag um 10 Uhr oder Donnerstag am Nachmittag' next week: two options, "
           "nothing confirmed yet (the confirmation, at another time, comes the next day).")
def k31() -> bytes:
    when = "2026-11-05 09:12:06"
    hs = head(addr("Barbara Zaugg", "barbara.zaugg@gurten-energie.ch"),
              "Kennenlernen Data Science Team Gurten Energie", when, "Europe/Zurich",
              "<GV0P278MB04179A1E2C4F@GV0P278MB0417.CHEP278.PROD.OUTLOOK.COM>",
              rcv=rx("mail-gv0che01on2118.outbound.protection.outlook.com", "40.107.23.118", when,
                     "Europe/Zurich", "4KqT0n1RjSz9"),
              extra=(("Content-Language", "de-CH"),))
    return message(hs, alt(text(K31_TXT, charset="windows-1252"),
                           html(outlook_html(K31_TXT).replace("charset=utf-8", "charset=windows-1252"),
                                charset="windows-1252")))


# ---- key 32: job centre (RAV) first appointment, fixed time, mandatory
K32_TXT = t("""
    Sehr geehrter Herr Brunner

    Sie haben sich am 31. August 2026 zur Arbeitsvermittlung angemeldet (Kündigung per 31. Dezember
    2026). Wir laden Sie zum Erstgespräch mit Ihrem Personalberater ein:

    Datum: Donnerstag, 10. September 2026
    Zeit: 08.30 Uhr (Dauer ca. 60 Minuten)
    Ort: RAV Basel, Hochstrasse 37, 4053 Basel, 2. Stock, Empfang
    Personalberater: Daniel Frei

    Bitte bringen Sie mit:
    - Kündigungsschreiben und Arbeitsvertrag
    - Lebenslauf und Arbeitszeugnisse
    - das Formular «Nachweis der persönlichen Arbeitsbemühungen» für den laufenden Monat

    Dieser Termin ist obligatorisch. Können Sie ihn aus einem wichtigen Grund nicht wahrnehmen,
    melden Sie sich bitte vorgängig unter 061 555 50 50. Unentschuldigtes Fernbleiben kann zu einer
    Einstellung in der Anspruchsberechtigung führen.

    Freundliche Grüsse

    Daniel Frei
    Personalberater
    Regionales Arbeitsvermittlungszentrum (RAV) Basel
    """)


@mail(nm(32), family="job_centre", lang="de-CH", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Job-centre (RAV) first counselling appointment with a fixed time (Do 10.9. 08.30): a "
           "'Gespräch' with a 'Personalberater', but not a job interview with an employer.")
def k32() -> bytes:
    when = "2026-09-03 10:15:33"
    hs = head(addr("Frei Daniel (RAV Basel)", "daniel.frei@arbeitsvermittlung-bs.ch"),
              "Einladung zum Erstgespräch – RAV Basel", when, "Europe/Zurich",
              "<5F0A2C91D84B3E17.rav-bs.20260903101533@arbeitsvermittlung-bs.ch>",
              rcv=rx("mx-out.arbeitsvermittlung-bs.ch", "193.5.216.40", when, "Europe/Zurich", "4KMv7d0XbQz5"))
    return message(hs, text(K32_TXT, charset="iso-8859-1"))


# ---- key 33: journalist confirms an interview WITH the user (press)
K33_TXT = t("""
    Grüezi Herr Brunner

    Herzlichen Dank, dass Sie sich für unser Interview zur Serie «Daten im Alltag» Zeit nehmen.
    Hiermit bestätige ich den Termin:

    Mittwoch, 21. Oktober, 16.00 Uhr
    Café Rheinblick, Oberer Rheinweg 41, Basel

    Wir rechnen mit etwa 45 Minuten, anschliessend macht unser Fotograf noch ein paar Bilder am Rhein.
    Themen: wie Spitäler und Krankenkassen Daten nutzen, was Datenwissenschaft leisten kann und wo die
    Grenzen liegen. Sie erhalten Ihre Zitate vor der Publikation zum Gegenlesen.

    Freundliche Grüsse
    Selina Brändli
    Redaktorin Wissen & Gesellschaft
    Basler Abendpost
    """)


@mail(nm(33), family="press_interview", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="A journalist confirms an interview with the user as the expert (Mi 21.10. 16.00): a fixed "
           "'Interview-Termin', but press, not a job interview.")
def k33() -> bytes:
    when = "2026-10-15 16:40:12"
    hs = head(addr("Selina Brändli", "selina.braendli@basler-abendpost.ch"),
              "Interview-Termin bestätigt: Serie «Daten im Alltag»", when, "Europe/Zurich",
              "<9c1e4a27-5b3f-4d08-a6e2-1f0b9c8d7e65@basler-abendpost.ch>",
              rcv=rx("smtp.basler-abendpost.ch", "195.141.90.17", when, "Europe/Zurich", "4KlB6r0YfMz2"),
              extra=(("X-Mailer", "Apple Mail (2.3826.500)"),))
    return message(hs, text(K33_TXT, cte="8bit"))


# ---- key 34: podcast recording confirmed, with a calendar entry
K34_TXT = t("""
    Salut Noah,

    Super, c'est confirmé pour l'enregistrement de l'épisode « Du labo à la prod : le métier de data
    scientist » le jeudi 19 novembre à 18h, au studio (Rue de Genève 17, Lausanne, 1er étage, sonner
    « Données en clair »).

    Compte une heure d'enregistrement, plus un quart d'heure pour les réglages. On fera un format
    interview détendu : ton parcours, un projet dont tu es fier, et trois conseils pour les gens qui
    veulent se lancer. Je t'envoie la liste des questions lundi.

    Je t'ai aussi mis une invitation dans le calendrier.

    À jeudi prochain !
    Mathieu
    Données en clair - le podcast romand sur les données
    """)

K34_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261119T170000Z
DTEND:20261119T181500Z
DTSTAMP:20261113T100207Z
ORGANIZER;CN=Mathieu Chappuis:mailto:mathieu.chappuis@donnees-en-clair.ch
UID:3kq8v0m2r7s1t5u9w4x6y8z0ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noah.brunner@example.org:mailto:noah.brunner@example.org
SUMMARY:Enregistrement Données en clair - interview Noah Brunner
LOCATION:Rue de Genève 17, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


@mail(nm(34), family="podcast", lang="fr-CH", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Podcast recording confirmed for jeudi 19 novembre 18h, with an ICS: a fixed 'format "
           "interview', but the user is the guest of a podcast, not a job candidate.")
def k34() -> bytes:
    when = "2026-11-13 11:02:07"
    hs = head(addr("Mathieu Chappuis", "mathieu.chappuis@donnees-en-clair.ch"),
              "Enregistrement podcast confirmé – jeudi 19 novembre", when, "Europe/Zurich",
              "<CAM5vB2kR8yT1pW9qZ3xN6cL0dF4hJ7s@mail.gmail.com>",
              rcv=rx("mail-sor-f73.google.com", "209.85.220.73", when, "Europe/Zurich", "4KwA2k5NgVz7"))
    body = mixed(alt(text(K34_TXT), html(gmail_html(K34_TXT))),
                 calendar(K34_ICS, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 35: Executive MBA admission interview (septante-cinq minutes)
K35_TXT = t("""
    Cher Monsieur Brunner,

    Nous avons le plaisir de vous informer que votre dossier de candidature pour l'Executive MBA
    (volée 2027) a retenu l'attention du comité d'admission. Nous vous convions à un entretien
    d'admission :

    Date : vendredi 4 décembre 2026
    Heure : 9h00
    Durée : septante-cinq minutes (présentation de votre projet, puis échange avec deux membres du
    comité)
    Lieu : Institut lémanique de management, Chemin de Bellerive 3, 1007 Lausanne, salle Léman

    Merci de nous confirmer votre présence d'ici au lundi 30 novembre en répondant à ce message.

    Avec nos meilleures salutations,

    Laure Pittet
    Responsable des admissions
    Institut lémanique de management
    """)


@mail(nm(35), family="admission_interview", lang="fr-CH", interview=False, company=None,
      days=(("Fri", "2026-12-04"), ("Mon", "2026-11-30")),
      note="Business-school admission interview (vendredi 4 décembre 9h00, septante-cinq minutes): an "
           "'entretien' at a fixed time, but for a study programme, not a job.")
def k35() -> bytes:
    when = "2026-11-26 09:30:41"
    hs = head(addr("Laure Pittet", "laure.pittet@institut-lemanique.ch"),
              "Executive MBA – convocation à l'entretien d'admission", when, "Europe/Zurich",
              "<ZRAP278MB0552C1D2E3F4A5B6C7D8E9F0A1B2C3D4@ZRAP278MB0552.CHEP278.PROD.OUTLOOK.COM>",
              rcv=rx("mail-zr0che01on2152.outbound.protection.outlook.com", "40.107.24.152", when,
                     "Europe/Zurich", "4KxJ9t3DpWz1"),
              extra=(("Reply-To", addr("Admissions EMBA", "admissions@institut-lemanique.ch")),
                     ("Content-Language", "fr-CH")))
    return message(hs, alt(text(K35_TXT, charset="iso-8859-15"),
                           html(outlook_html(K35_TXT).replace("charset=utf-8", "charset=iso-8859-15")
                                .replace('lang="DE-CH"', 'lang="FR-CH"'), charset="iso-8859-15")))


# ---- key 36: floorball club try-out ("Probetraining am Donnerstag")
K36_TXT = t("""
    Hoi Noah

    Merci für deine Nachricht über die Website! Sehr gern kannst du bei uns ein Probetraining machen.
    Wir trainieren am Donnerstag um 19.30 Uhr in der Turnhalle Rosental (Eingang Erlenstrasse). Bring
    Hallenschuhe und, falls vorhanden, deinen eigenen Stock mit, sonst haben wir Leihstöcke.

    Der Trainer schaut dir ein bisschen zu und danach schauen wir zusammen, ob die 2. Liga oder eher
    die Plauschmannschaft passt. Kein Stress, ist ja kein Vorstellungsgespräch 😉

    Sportliche Grüsse
    Marco
    UHC Kleinbasel, Spielerkoordination
    """)


@mail(nm(36), family="sports_tryout", lang="de-CH", interview=False, company=None,
      note="Floorball club try-out 'am Donnerstag um 19.30 Uhr' (Thu 17 Sep): a fixed time and even the "
           "word Vorstellungsgespräch, but a sports try-out.")
def k36() -> bytes:
    when = "2026-09-14 21:10:44"
    hs = head(addr("Marco Tschudin", "marco.tschudin@uhc-kleinbasel.ch"), "Probetraining am Donnerstag", when,
              "Europe/Zurich", "<b3e7a0c2-41d9-4f6a-8e15-c9d0a7b6e2f4@uhc-kleinbasel.ch>",
              rcv=rx("mail.infomaniak.com", "83.166.143.44", when, "Europe/Zurich", "4KRb1m8QhZz4"))
    return message(hs, text(K36_TXT, cte="8bit"))


# ---- key 37: car service appointment with a calendar entry
K37_TXT = t("""
    Guten Tag Herr Brunner

    Wir bestätigen Ihren Termin:

    Samstag, 3. Oktober 2026, 08.00 Uhr
    Leistung: 60'000-km-Service, Wechsel auf Winterräder (bei uns eingelagert)
    Fahrzeug: VW Golf Variant, BS 731 208
    Voraussichtliche Abholung: ab 12.00 Uhr

    Einen Ersatzwagen haben wir nicht reserviert. Falls Sie einen benötigen, melden Sie sich bitte
    bis Donnerstag.

    Den Termin finden Sie auch als Kalendereintrag im Anhang.

    Freundliche Grüsse
    Ihr Serviceteam
    Garage Hardwald AG
    Rheinfelderstrasse 88, 4127 Birsfelden, Tel. 061 555 73 10
    """)

K37_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AutoDMS//Werkstattplaner 5.2//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ws-20261003-0800-731208@garage-hardwald.ch
DTSTAMP:20260928T125507Z
DTSTART:20261003T060000Z
DTEND:20261003T100000Z
SUMMARY:Service VW Golf Variant BS 731 208 - Garage Hardwald
LOCATION:Rheinfelderstrasse 88, 4127 Birsfelden
END:VEVENT
END:VCALENDAR
"""


@mail(nm(37), family="car_service", lang="de-CH", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Garage service appointment (Sa 3.10. 08.00) with an ICS: fixed time, not an interview.")
def k37() -> bytes:
    when = "2026-09-28 14:55:07"
    hs = head(addr("Garage Hardwald AG", "service@garage-hardwald.ch"),
              "Terminbestätigung: Service VW Golf Variant (BS 731 208)", when, "Europe/Zurich",
              "<ws.20260928145507.731208@garage-hardwald.ch>",
              rcv=rx("smtp.garage-hardwald.ch", "212.25.7.118", when, "Europe/Zurich", "4KZw4f7LcTz6"))
    body = mixed(text(K37_TXT, charset="iso-8859-1"),
                 calendar(K37_ICS, method="PUBLISH", cte="7bit", filename="Termin.ics", disposition="attachment"))
    return message(hs, body)


# ---- key 38: career coach confirms a mock interview
K38_TXT = t("""
    Lieber Noah

    Schön, dass du das Paket «Interview-Training» gebucht hast. Hiermit bestätige ich unser erstes
    Mock-Interview:

    Mittwoch, 30. September, 18.00-19.30 Uhr, per Zoom

    Wir simulieren ein Erstgespräch für eine Data-Science-Stelle in der Pharma (ich spiele die
    HR-Person, mein Kollege Beat den Fachvorgesetzten), danach gibt es ausführliches Feedback mit
    Videoaufnahme. Schick mir bitte bis Montag das Inserat, auf das du dich gerade vorbereitest.

    Zoom: https://us02web.zoom.us/j/81204467731
    Die Rechnung (CHF 180.-) folgt separat.

    Herzliche Grüsse
    Sandra

    Sandra Imhof
    Laufbahnberatung & Coaching
    Gerbergasse 30, 4001 Basel
    """)


@mail(nm(38), family="mock_interview", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Paid coach confirms a mock interview (Mi 30.9. 18.00-19.30, Zoom): exact time and length, "
           "but practice, not a job interview.")
def k38() -> bytes:
    when = "2026-09-24 19:05:30"
    hs = head(addr("Sandra Imhof", "sandra@imhof-laufbahn.ch"),
              "Bestätigung: Mock-Interview am Mittwoch, 30.9., 18.00 Uhr", when, "Europe/Zurich",
              "<1d8f3b2a-6c4e-4a91-b7d0-e2f5c3a1b9d8@imhof-laufbahn.ch>",
              rcv=rx("mail.cyon.ch", "149.126.4.30", when, "Europe/Zurich", "4KVw8p2FkYz9"))
    return message(hs, alt(text(K38_TXT), html(para_html(K38_TXT))))


# ---- key 39: Flon Data Lab proposes two slots (confirmed later via Teamtailor)
K39_TXT = t("""
    Bonjour Noah,

    Merci pour votre candidature au poste de Data Scientist, votre profil nous intéresse beaucoup.
    Nous aimerions vous rencontrer dans nos bureaux du Flon pour un premier entretien d'environ une
    heure.

    Seriez-vous disponible mardi 17 novembre à 10h, ou alors mercredi 18 novembre à 9h30 ? Si aucun
    des deux ne vous convient, proposez-moi d'autres créneaux en fin de semaine.

    Dès votre réponse, je vous envoie la confirmation via notre outil de recrutement.

    Belle journée,
    Julien Rochat
    Head of Data, Flon Data Lab SA
    """)


@mail(nm(39), family="interview_proposal", lang="fr-CH", interview=False, company="Flon Data Lab SA",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Head of Data proposes two slots ('Seriez-vous disponible mardi 17 novembre à 10h, ou alors "
           "mercredi 18 novembre à 9h30 ?'): not confirmed; the Teamtailor confirmation follows.")
def k39() -> bytes:
    when = "2026-11-09 14:30:16"
    hs = head(addr("Julien Rochat", "julien.rochat@flondatalab.ch"),
              "Flon Data Lab – un entretien la semaine prochaine ?", when, "Europe/Zurich",
              "<CAJ8pX3nT6vQ1rB0yM5kW9cE2dL7fH4g@mail.gmail.com>",
              rcv=rx("mail-sor-f52.google.com", "209.85.220.52", when, "Europe/Zurich", "4KtG3c9MbWz3"))
    return message(hs, alt(text(K39_TXT), html(gmail_html(K39_TXT))))


# ---- key 40: a friend forwards HER OWN Greenhouse interview confirmation
K40_TXT = t("""
    Hey Noah

    Schau mal, ich hab jetzt auch eins bei Limmat 😄 Nicht deine Stelle, keine Sorge - Operations
    Analytics. Hast du Tipps, wie die so drauf sind? Kaffee am Wochenende?

    Lena

    ---------- Forwarded message ---------
    From: Limmat Mobility <no-reply@greenhouse.io>
    Date: Thu, Nov 26, 2026 at 4:02 PM
    Subject: Interview Confirmation: Data Analyst, Operations at Limmat Mobility
    To: <lena.frey@example.net>

    Hi Lena,

    Thank you for your interest in Limmat Mobility. Your interview is confirmed:

    Data Analyst, Operations - First interview
    Thursday, December 3, 2026
    10:00 AM - 10:45 AM CET (Europe/Zurich)

    Interviewer
      Fabian Meier - Head of Operations Analytics

    Location
      Limmat Mobility AG, Hardturmstrasse 130, 8005 Zurich, reception 4th floor

    If anything changes, just reply to this email and it will reach Priya Raman.

    Best,
    Priya Raman
    Talent Acquisition | Limmat Mobility AG
    """)


@mail(nm(40), family="forwarded_other", lang="de-CH", interview=False, company=None,
      days=(("Thu", "2026-12-03"), ("Thu", "2026-11-26")),
      note="A friend forwards her own Greenhouse confirmation (Thu 3 Dec 10:00 CET, addressed to "
           "lena.frey@example.net) for information: a confirmed interview, but not the user's.")
def k40() -> bytes:
    when = "2026-11-27 12:41:09"
    hs = head(addr("Lena Frey", "lena.frey@example.net"),
              "Fwd: Interview Confirmation: Data Analyst, Operations at Limmat Mobility", when, "Europe/Zurich",
              "<CAK2wQ7rV4nX9bT1zP6mD3cH8eF0jL5s@mail.gmail.com>",
              rcv=rx("mail-sor-f41.google.com", "209.85.220.41", when, "Europe/Zurich", "4KyD5h0PsRz8"))
    return message(hs, alt(text(K40_TXT), html(gmail_html(K40_TXT))))


# ---- key 41: current employer: the user sits on the interview panel (Exchange request)
K41_TXT = t("""
    Wann: Mittwoch, 7. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
    Wo: Sitzungszimmer Rhein 3.14

    *~*~*~*~*~*~*~*~*~*

    Hallo Noah

    Danke, dass du beim Interview mit Laura Hofer (Junior Data Analyst) im Panel dabei bist. Du
    übernimmst bitte den Fachteil (SQL/Python-Case, ca. 20 Min.). Interviewleitfaden und Dossier
    liegen im Teams-Kanal «Recruiting DA 2026».

    Bitte hol die Kandidatin um 09.55 Uhr am Empfang ab.

    Danke und Gruss
    Nadine

    Nadine Stöckli
    HR Business Partner
    Rheinhafen Analytics AG
    """)

K41_ICS = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Stöckli Nadine:mailto:nadine.stoeckli@rheinhafen-analytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Noah:mailto:noah.brunner@rheinhafen-analytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vogel Simon:mailto:simon.vogel@rheinhafen-analytics.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo Noah\\n\\nDanke\\, dass du beim Interview mit Laura Hofer (Junior Data Analyst) im Panel dabei bist.\\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-CH:Interview Junior Data Analyst – Kandidatin L. Hofer (Panel)
DTSTART;TZID=W. Europe Standard Time:20261007T100000
DTEND;TZID=W. Europe Standard Time:20261007T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T092011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Sitzungszimmer Rhein 3.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""


def work_head(frm: str, subject: str, when: str, mid: str, ident: str) -> list[tuple[str, str]]:
    """Mail to the user's work address, delivered to example.org by his forwarding rule."""
    return head(frm, subject, when, "Europe/Zurich", mid,
                to=addr("Brunner Noah", "noah.brunner@rheinhafen-analytics.ch"),
                rcv=rx("mail-zr0che01on2160.outbound.protection.outlook.com", "40.107.24.160", when,
                       "Europe/Zurich", ident),
                extra=(("X-MS-Exchange-Inbox-Rules-Loop", "noah.brunner@rheinhafen-analytics.ch"),
                       ("X-Forwarded-To", NOAH), ("Content-Language", "de-CH")))


@mail(nm(41), family="interview_panel", lang="de-CH", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Exchange request from the user's current employer: he is an interviewer on the panel for "
           "another candidate (Wed 7 Oct 10:00). An interview at a fixed time, but not his own.")
def k41() -> bytes:
    when = "2026-10-01 11:20:11"
    hs = work_head(addr("Stöckli Nadine", "nadine.stoeckli@rheinhafen-analytics.ch"),
                   "Interview Junior Data Analyst – Kandidatin L. Hofer (Panel)", when,
                   "<ZR3P278MB1290B7C6D5E4F3A2B1C0D9E8F7A6B5C4@ZR3P278MB1290.CHEP278.PROD.OUTLOOK.COM>",
                   "4KgN2v6XtLz0")
    body = alt(text(K41_TXT), html(outlook_html(K41_TXT)), calendar(K41_ICS, method="REQUEST", cte="base64"))
    return message(hs, body)


# ---- key 42: current employer: year-end team apéro (also his farewell), Exchange request
K42_TXT = t("""
    Wann: Freitag, 11. Dezember 2026 17:00-19:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
    Wo: Kantine Rhein, 1. OG

    *~*~*~*~*~*~*~*~*~*

    Liebes Team

    Zum Jahresabschluss - und weil uns Noah und Petra Ende Jahr verlassen - gibt es am Freitag,
    11. Dezember ab 17.00 Uhr einen Apéro in der Kantine Rhein. Partner:innen sind herzlich
    willkommen. Bitte sagt bis Freitag, 4.12. zu oder ab, damit wir richtig bestellen können.

    Liebe Grüsse
    Simon

    Simon Vogel
    Team Lead Data Science
    Rheinhafen Analytics AG
    """)

K42_ICS = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogel Simon:mailto:simon.vogel@rheinhafen-analytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DS-Team:mailto:ds-team@rheinhafen-analytics.ch
DESCRIPTION;LANGUAGE=de-CH:Liebes Team\\n\\nZum Jahresabschluss gibt es einen Apéro in der Kantine Rhein.\\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-CH:Team-Apéro Jahresabschluss & Abschied Noah/Petra
DTSTART;TZID=W. Europe Standard Time:20261211T170000
DTEND;TZID=W. Europe Standard Time:20261211T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Kantine Rhein\\, 1. OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""


@mail(nm(42), family="team_event", lang="de-CH", interview=False, company=None,
      days=(("Fri", "2026-12-11"), ("Fri", "2026-12-04")),
      note="Team apéro / farewell at the user's current employer (Fri 11 Dec 17:00-19:00, Exchange "
           "request to the team list): fixed time, not an interview.")
def k42() -> bytes:
    when = "2026-11-30 09:15:22"
    hs = work_head(addr("Vogel Simon", "simon.vogel@rheinhafen-analytics.ch"),
                   "Team-Apéro Jahresabschluss & Abschied Noah/Petra", when,
                   "<ZR3P278MB12907A8B9C0D1E2F3A4B5C6D7E8F9A0B@ZR3P278MB1290.CHEP278.PROD.OUTLOOK.COM>",
                   "4L0a7n2CkVz6")
    hs[hs.index(("To", addr("Brunner Noah", "noah.brunner@rheinhafen-analytics.ch")))] = \
        ("To", addr("DS-Team", "ds-team@rheinhafen-analytics.ch"))
    body = alt(text(K42_TXT), html(outlook_html(K42_TXT)), calendar(K42_ICS, method="REQUEST", cte="base64"))
    return message(hs, body)


# ---- key 43: doctor's appointment, the Monday after the clocks change
K43_TXT = t("""
    Guten Tag Herr Brunner

    Ihr Termin ist bestätigt.

    Mo, 26.10.2026, 07:45 Uhr
    Dr. med. Andrea Lüdi, Allgemeine Innere Medizin
    Praxis am Spalenberg, Spalenberg 12, 4051 Basel
    Grund: Check-up mit Blutentnahme (bitte nüchtern erscheinen)

    Bitte beachten Sie: In der Nacht auf Sonntag, 25. Oktober, werden die Uhren auf Winterzeit
    umgestellt.

    Kostenlos absagen oder verschieben bis 24 Stunden vorher:
    https://termine.praxis-spalenberg.ch/buchung/7731-4420

    Freundliche Grüsse
    Ihr Praxisteam
    """)


@mail(nm(43), family="medical", lang="de-CH", interview=False, company=None,
      days=(("Mon", "2026-10-26"), ("Sun", "2026-10-25")),
      note="Doctor's appointment confirmation (Mo 26.10. 07:45) with a DST reminder: fixed time, not an "
           "interview.")
def k43() -> bytes:
    when = "2026-10-20 18:03:40"
    hs = head(addr("Praxis am Spalenberg", "termine@praxis-spalenberg.ch"),
              "Terminbestätigung: Mo, 26.10.2026 07:45 – Dr. med. Andrea Lüdi", when, "Europe/Zurich",
              "<termin.7731-4420.20261020160340@praxis-spalenberg.ch>",
              rcv=rx("mail.praxis-spalenberg.ch", "194.150.248.61", when, "Europe/Zurich", "4KmF0b3QsXz1"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(K43_TXT), html(para_html(K43_TXT))))


# ---- key 44: flat viewing where the owner 'interviews' applicants
K44_TXT = t("""
    Guten Tag Herr Brunner

    Vielen Dank für Ihre Bewerbung um die 3½-Zimmer-Wohnung an der Güterstrasse 211, 3. OG. Die
    Eigentümerin, Frau Ammann, möchte die Interessenten vor dem Entscheid gerne persönlich
    kennenlernen - eine Art kurzes Bewerbungsgespräch von etwa 20 Minuten, direkt im Anschluss an die
    Besichtigung.

    Ihr Termin: Samstag, 7. November 2026, 11.00 Uhr, Treffpunkt vor dem Hauseingang.

    Bitte bringen Sie einen aktuellen Betreibungsregisterauszug sowie die letzten drei
    Lohnabrechnungen mit.

    Freundliche Grüsse
    Monika Sutter
    Bewirtschaftung
    Immobilien Gundeli GmbH, Dornacherstrasse 90, 4053 Basel
    """)


@mail(nm(44), family="flat_viewing", lang="de-CH", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Flat viewing with a short 'Bewerbungsgespräch' with the owner (Sa 7.11. 11.00): tenant "
           "selection, not a job interview.")
def k44() -> bytes:
    when = "2026-11-02 15:20:58"
    hs = head(addr("Monika Sutter", "m.sutter@gundeli-immo.ch"),
              "Besichtigung 3½-Zimmer-Wohnung Güterstrasse 211 – Ihr Termin", when, "Europe/Zurich",
              "<000001dc4c2e$7a1b3c40$6e51b4c0$@gundeli-immo.ch>",
              rcv=rx("smtp.hostpoint.ch", "217.26.49.138", when, "Europe/Zurich", "4KpC8w1NdGz4"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(K44_TXT, charset="windows-1252"))


# ---- key 45: Léman Assurances recruiter's out-of-office reply
K45_TXT = t("""
    Bonjour,

    Je suis absente du lundi 19 au vendredi 23 octobre inclus et n'aurai qu'un accès limité à mes
    e-mails. Pour les questions urgentes concernant un processus de recrutement en cours, vous pouvez
    écrire à recrutement@leman-assurances.ch.

    Meilleures salutations,
    Sophie Favre

    Guten Tag, ich bin bis und mit Freitag, 23. Oktober abwesend. Good day, I am out of the office
    until Friday, 23 October.
    """)


@mail(nm(45), family="auto_reply", lang="fr-CH", interview=False, company="Léman Assurances SA",
      days=(("Mon", "2026-10-19"), ("Fri", "2026-10-23")),
      note="Out-of-office reply from the Léman recruiter to the user's follow-up (absence 19-23 October); "
           "no appointment.")
def k45() -> bytes:
    when = "2026-10-19 08:02:15"
    hs = head(addr("Sophie Favre", "sophie.favre@leman-assurances.ch"),
              "Réponse automatique : Suivi de ma candidature – Data Scientist Actuariat", when, "Europe/Zurich",
              "<AM8P190MB09621B2C3D4E5F6A7B8C9D0E1F2A3B4C@AM8P190MB0962.EURP190.PROD.OUTLOOK.COM>",
              rcv=rx("mail-am6eur05on2102.outbound.protection.outlook.com", "40.107.22.102", when,
                     "Europe/Zurich", "4KkW5t8HbPz7"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAN7b2f2Sd8uYv5W@mail.example.org>")))
    return message(hs, text(K45_TXT))


# ---- key 46: bounce of the user's own confirmation mail (typo in the domain)
K46_NOTICE = t("""
    This is the mail system at host mx2.mail.example.org.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <thomas.gasser@dreilaendereck-logistik.ch>: Host or domain name not found. Name
        service error for name=dreilaendereck-logistik.ch type=A: Host not found
    """)

K46_STATUS = t("""
    Reporting-MTA: dns; mx2.mail.example.org
    X-Postfix-Queue-ID: 4KzQ3n7VbSz2
    X-Postfix-Sender: rfc822; noah.brunner@example.org
    Arrival-Date: Tue, 17 Nov 2026 20:14:02 +0100 (CET)

    Final-Recipient: rfc822; thomas.gasser@dreilaendereck-logistik.ch
    Original-Recipient: rfc822;thomas.gasser@dreilaendereck-logistik.ch
    Action: failed
    Status: 5.4.4
    Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
        for name=dreilaendereck-logistik.ch type=A: Host not found
    """)

K46_ORIG = t("""
    Sehr geehrter Herr Gasser

    Vielen Dank für die Einladung. Gerne bestätige ich den Termin für das Vorstellungsgespräch am
    Donnerstag, 19. November, um 10.00 Uhr bei Ihnen an der Hafenstrasse.

    Ich freue mich auf das Gespräch.

    Freundliche Grüsse
    Noah Brunner
    """)


@mail(nm(46), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Postfix bounce (multipart/report) of the user's OWN mail confirming his Workday interview "
           "(Do 19.11. 10.00) to a mistyped domain: the quoted text names an interview time, but the "
           "mail is a delivery failure sent by the user's mail system, not a confirmation from the "
           "employer.")
def k46() -> bytes:
    orig_when = "2026-11-17 20:14:00"
    orig = message([
        ("Return-Path", f"<{NOAH}>"),
        ("From", NOAH_TO),
        ("To", addr("Thomas Gasser", "thomas.gasser@dreilaendereck-logistik.ch")),
        ("Subject", enc("Bestätigung Vorstellungsgespräch 19.11. – Noah Brunner")),
        ("Date", date(orig_when, "Europe/Zurich")),
        ("Message-ID", "<CAN7b2f3Qa1wEr6T@mail.example.org>"),
    ], text(K46_ORIG))
    when = "2026-11-17 20:14:03"
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx2.mail.example.org"),
              "Undelivered Mail Returned to Sender", when, "Europe/Zurich",
              "<20261117191403.4KzQ5b0XcTz9@mx2.mail.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report",
                     text(K46_NOTICE, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], K46_STATUS),
                     raw_part([("Content-Description", "Undelivered Message"),
                               ("Content-Type", "message/rfc822")], orig.decode("ascii")),
                     params="report-type=delivery-status")
    return message(hs, body)


# ---- key 47: data-science meetup mailing list, talk on interviews
K47_TXT = t("""
    Hi all,

    Our October meetup is on Thursday, 22 October - doors at 18:30, talks from 18:45, at Kulturhaus
    Klybeck (Uferstrasse 40, Basel).

    Talk 1: "Cracking the data science interview - what hiring managers actually look for"
            Nora Baumann, hiring manager and long-time interviewer
    Talk 2: "Mock interview, live: a take-home case solved on stage" (volunteers welcome!)

    Pizza and drinks afterwards. Please RSVP on the meetup page - the room fits 80 people:
    https://basel-ds-meetup.org/events/2026-10

    See you there,
    Giulia, Tim & Anouk

    --
    announce mailing list
    announce@basel-ds-meetup.org
    https://lists.basel-ds-meetup.org/mailman/listinfo/announce
    """)


@mail(nm(47), family="meetup_list", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Mailing-list announcement of a meetup with talks about interviews (Thu 22 Oct 18:30): "
           "fixed time, but a public event.")
def k47() -> bytes:
    when = "2026-10-14 09:00:12"
    hs = head(addr("Basel Data Science Meetup", "announce@basel-ds-meetup.org"),
              "[BaselDS] October meetup: Cracking the data science interview (Thu 22 Oct, 18:30)", when,
              "Europe/Zurich", "<7e2b0c91-d4f8-4a63-b1e7-5c9a0d3f2e18@basel-ds-meetup.org>",
              rcv=rx("lists.basel-ds-meetup.org", "185.117.169.12", when, "Europe/Zurich", "4KjM1z4RwQz5"),
              extra=(("Sender", "announce-bounces@basel-ds-meetup.org"),
                     ("List-Id", "Basel Data Science Meetup announcements <announce.basel-ds-meetup.org>"),
                     ("List-Post", "<mailto:announce@basel-ds-meetup.org>"),
                     ("List-Unsubscribe", "<https://lists.basel-ds-meetup.org/mailman/options/announce>, "
                                          "<mailto:announce-request@basel-ds-meetup.org?subject=unsubscribe>"),
                     ("Precedence", "list")))
    return message(hs, text(K47_TXT, charset="us-ascii", cte="7bit"))


# ---- key 48: current employer: interviewer training (Exchange request)
K48_TXT = t("""
    Wann: Dienstag, 29. September 2026 13:30-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
    Wo: Schulungsraum Birs, 2. OG

    *~*~*~*~*~*~*~*~*~*

    Hallo zusammen

    Wie angekündigt führen wir für alle, die in Interview-Panels mitwirken, eine Schulung
    «Strukturierte Interviews führen» durch: Fragetechnik, Bewertungsraster, Unconscious Bias und
    rechtliche Grenzen (was man im Vorstellungsgespräch nicht fragen darf).

    Die Teilnahme ist für Panel-Mitglieder obligatorisch.

    Gruss
    Nadine

    Nadine Stöckli
    HR Business Partner
    Rheinhafen Analytics AG
    """)

K48_ICS = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Stöckli Nadine:mailto:nadine.stoeckli@rheinhafen-analytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Noah:mailto:noah.brunner@rheinhafen-analytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vogel Simon:mailto:simon.vogel@rheinhafen-analytics.ch
DESCRIPTION;LANGUAGE=de-CH:Schulung «Strukturierte Interviews führen» für Panel-Mitglieder.\\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-CH:Schulung: Strukturierte Interviews führen
DTSTART;TZID=W. Europe Standard Time:20260929T133000
DTEND;TZID=W. Europe Standard Time:20260929T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T071844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Schulungsraum Birs\\, 2. OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""


@mail(nm(48), family="interviewer_training", lang="de-CH", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Interviewer training at the user's current employer (Tue 29 Sep 13:30-16:00, Exchange "
           "request): fixed time and 'Interviews' in the title, not a job interview.")
def k48() -> bytes:
    when = "2026-09-21 09:18:44"
    hs = work_head(addr("Stöckli Nadine", "nadine.stoeckli@rheinhafen-analytics.ch"),
                   "Schulung: Strukturierte Interviews führen", when,
                   "<ZR3P278MB12905C6D7E8F9A0B1C2D3E4F5A6B7C8D@ZR3P278MB1290.CHEP278.PROD.OUTLOOK.COM>",
                   "4KUe9r5JmYz3")
    body = alt(text(K48_TXT), html(outlook_html(K48_TXT)), calendar(K48_ICS, method="REQUEST", cte="base64"))
    return message(hs, body)


# ---- key 49: Back Bay Genomics, after the first round: final round promised, no time yet
K49_TXT = t("""
    Hi Noah,

    Thanks so much for your note, and for your time yesterday - David and Ravi both really enjoyed
    the conversation. The team would like to move you forward to a final conversation with David.
    I'll send over a couple of options early next week once I have his calendar.

    Have a great weekend,
    Megan

    On Thu, Oct 29, 2026 at 11:20 AM Noah Brunner <noah.brunner@example.org> wrote:
    > Hi Megan,
    >
    > Thank you for organising today's interview - I really enjoyed meeting David and Ravi and
    > learning about the single-cell pipeline.
    >
    > Best regards,
    > Noah
    """)


@mail(nm(49), family="post_interview", lang="en", interview=False, company="Back Bay Genomics Inc.",
      days=(("Thu", "2026-10-29"),),
      note="Coordinator's reply after the first round: next step promised, options to follow; no time "
           "fixed (the final round that is later cancelled is never confirmed in this inbox).")
def k49() -> bytes:
    when = "2026-10-30 11:45:09"
    hs = head(addr("Megan Liu", "megan.liu@backbaygenomics.com"), "Re: Thank you - Back Bay Genomics", when,
              "America/New_York", "<CAH9mT2xL5qR8vN1bW4zK7cF0dJ3gP6s@mail.gmail.com>",
              rcv=rx("mail-sor-f41.google.com", "209.85.220.41", when, "America/New_York", "4KnX6c0TgLz2"),
              extra=(("In-Reply-To", "<CAN7b2f2Ke4vTr9Q@mail.example.org>"),
                     ("References", "<CAN7b2f2Ke4vTr9Q@mail.example.org>")))
    return message(hs, alt(text(K49_TXT), html(gmail_html(K49_TXT))))


# ---- key 50: bank adviser appointment (vested benefits after the job change)
K50_TXT = t("""
    Grüezi Herr Brunner

    Vielen Dank für Ihren Anruf. Gerne bestätige ich Ihnen unseren Beratungstermin:

    Montag, 30. November 2026, 17.15 Uhr
    Basler Rheinbank, Filiale Claraplatz, Beratungszimmer 2
    Themen: Freizügigkeitskonto nach dem Stellenwechsel, Säule 3a, Einkauf in die Pensionskasse
    Dauer: ca. eine Stunde

    Bitte bringen Sie Ihren letzten Pensionskassenausweis und, falls schon vorhanden, die
    Austrittsabrechnung mit.

    Freundliche Grüsse
    Patrick Zehnder
    Kundenberater Private Banking
    Basler Rheinbank AG
    """)


@mail(nm(50), family="bank_appointment", lang="de-CH", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Bank adviser confirms a pension advice meeting (Mo 30.11. 17.15): fixed time, about the job "
           "change, but not an interview.")
def k50() -> bytes:
    when = "2026-11-24 10:12:37"
    hs = head(addr("Zehnder Patrick", "patrick.zehnder@rheinbank-basel.ch"),
              "Ihr Beratungstermin: Vorsorge & Freizügigkeit", when, "Europe/Zurich",
              "<OF3A7C21D9.5E4B0F12-ONC1258C2E.0034A1B2-C1258C2E.0034F7E9@rheinbank-basel.ch>",
              rcv=rx("mailgw2.rheinbank-basel.ch", "193.246.72.14", when, "Europe/Zurich", "4KyR2e6MhBz0"),
              extra=(("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),))
    return message(hs, text(K50_TXT, charset="iso-8859-1", cte="quoted-printable"))
