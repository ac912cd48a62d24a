"""blind309: a blind 50-mail held-out set, the inbox of Lena Pfister, a brewery-supply purchasing agent
in Bamberg (Europe/Berlin), September to December 2026.

Written by hand, one function per mail, by a helper session that had not read the detector, its tests
and fixtures, the other held-out mails or the score sections of the held-out README, and never ran
the detector. Mostly German (Franconia, Bavaria, Thuringia, Austria; Du and Sie), some English
(food-ingredient firms in Copenhagen, Brussels, Amsterdam, the UK, Ireland and the US). Keys 1-24 are
positives (17 scheduled, 4 rescheduled, 3 cancelled), keys 25-50 the rest of the inbox. File numbers
are a fixed shuffle of the writing order (ORDER below). Build and check:

    python3 bench/heldout/make_blind.py blind309
"""

from __future__ import annotations

import base64
import hashlib
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind309"
ORDER = random.Random(3090309).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "lena.pfister@example.com"
LENA = addr("Lena Pfister", ME)
BER = "Europe/Berlin"


def head(frm: str, subject: str, when: str, msgid: str, *, zone: str = BER, to: str = LENA,
         host: str = "mail.example.net", ip: str = "192.0.2.25", extra: tuple = (),
         charset: str = "utf-8", rcpt: str = ME) -> list[tuple[str, str]]:
    """Envelope headers as our mail host writes them: Received, then the sender's own headers."""
    ident = hashlib.sha1(msgid.encode(), usedforsecurity=False).hexdigest()[:12].upper()
    rcv = received(f"from {host} ({host} [{ip}])", when, zone,
                   f"mx1.example.com (Postfix) with ESMTPS id 4{ident}", rcpt)
    return [("Received", rcv), ("From", frm), ("To", to), ("Subject", enc(subject, charset)),
            ("Date", date(when, zone)), ("Message-ID", msgid), *extra]


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-17T08:00:00Z", end="2026-09-17T09:00:00Z",
           contact="sabine.amann@hopfenkontor-wolnzach.de", company="Hopfenkontor Wolnzach GmbH",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=BER,
           note="Personio invitation (Sie) for an on-site interview in Wolnzach, Do 17.09.2026 10:00-11:00 "
                "local (CEST, UTC+2); contact = human Reply-To of the HR officer")
def personio_hopfenkontor() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        vielen Dank für Ihr Interesse an der Position „Einkäufer Rohstoffe (m/w/d)“ bei der
        Hopfenkontor Wolnzach GmbH.

        Gerne bestätigen wir Ihnen hiermit den Termin für Ihr persönliches Vorstellungsgespräch:

        Datum: Donnerstag, 17.09.2026
        Uhrzeit: 10:00 – 11:00 Uhr
        Ort: Hopfenkontor Wolnzach GmbH, Preysingstraße 14, 85283 Wolnzach (Empfang im Erdgeschoss)
        Gesprächspartner: Sabine Amann (Personal), Rupert Eichinger (Leitung Einkauf)

        Parkplätze finden Sie direkt vor dem Gebäude. Sollten Sie den Termin nicht wahrnehmen können,
        antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch mit Ihnen.

        Mit freundlichen Grüßen
        Sabine Amann
        Personalreferentin
        Hopfenkontor Wolnzach GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
        <p>Sehr geehrte Frau Pfister,</p>
        <p>vielen Dank für Ihr Interesse an der Position „Einkäufer Rohstoffe (m/w/d)“ bei der
        Hopfenkontor Wolnzach GmbH.</p>
        <p>Gerne bestätigen wir Ihnen hiermit den Termin für Ihr persönliches Vorstellungsgespräch:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Datum:</b></td><td>Donnerstag, 17.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 – 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Hopfenkontor Wolnzach GmbH, Preysingstraße 14, 85283 Wolnzach
        (Empfang im Erdgeschoss)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Sabine Amann (Personal), Rupert Eichinger (Leitung Einkauf)</td></tr>
        </table>
        <p>Parkplätze finden Sie direkt vor dem Gebäude. Sollten Sie den Termin nicht wahrnehmen können,
        antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch mit Ihnen.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Amann<br>Personalreferentin<br>Hopfenkontor Wolnzach GmbH</p>
        <p style="color:#999;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Hopfenkontor Wolnzach GmbH", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Einkäufer Rohstoffe (m/w/d)",
              "2026-09-14 09:12", "<0102019a1f3c4e7b-5d1e2a90-hopfen-7731@eu-central-1.amazonses.com>",
              host="a7-19.smtp-out.eu-central-1.amazonses.com", ip="198.51.100.19",
              extra=(("Reply-To", addr("Sabine Amann", "sabine.amann@hopfenkontor-wolnzach.de")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-02T11:00:00Z", end="2026-10-02T12:00:00Z",
           contact="k.doetsch@maelzerei-roehrig.de", company="Mälzerei Röhrig KG",
           local="Fri 2026-10-02 13:00", local_end="2026-10-02 14:00", zone=BER,
           note="Exchange meeting request; the body only says 'anbei die Einladung', the time is only in the "
                "ICS: TZID W. Europe Standard Time 2026-10-02 13:00-14:00 = CEST (UTC+2); contact = ORGANIZER "
                "(also the sender)")
def outlook_roehrig_first() -> bytes:
    body = t("""
        Hallo Frau Pfister,

        wie eben telefonisch besprochen, anbei die Einladung zu unserem Kennenlerngespräch per Teams.
        Herr Röhrig und ich freuen uns auf Sie.

        Viele Grüße
        Katrin Dötsch
        Personal | Mälzerei Röhrig KG
        Laurenzistraße 31 | 96049 Bamberg
        Tel. +49 951 70041-22

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder auf Raumgeräten teil.
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTc1OWEtMmI3Ni00ZjM1LWE2NzQtZDFmYjIwYzE1OTg3%40thread.v2/0?context=%7b%22Tid%22%3a%22c1e7%22%7d>
        Besprechungs-ID: 371 552 908 114
        Kenncode: u7Xq2B
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Pfister,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie eben telefonisch besprochen, anbei die Einladung zu unserem Kennenlerngespräch
        per Teams. Herr Röhrig und ich freuen uns auf Sie.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Dötsch<br>Personal | Mälzerei Röhrig KG<br>
        Laurenzistraße 31 | 96049 Bamberg<br>Tel. +49 951 70041-22</p>
        <div style="margin-bottom:.25in;overflow:hidden"><p class="MsoNormal">______________________________</p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTc1OWEtMmI3Ni00ZjM1LWE2NzQtZDFmYjIwYzE1OTg3%40thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a></p>
        <p class="MsoNormal">Besprechungs-ID: 371 552 908 114<br>Kenncode: u7Xq2B</p>
        <p class="MsoNormal">______________________________</p></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Dötsch, Katrin":mailto:k.doetsch@maelzerei-roehrig.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Pfister:mailto:lena.pfister@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Röhrig, Thomas":mailto:t.roehrig@maelzerei-roehrig.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Pfister,\\n\\nwie eben telefonisch besprochen, anbei die Einladung zu unserem Kennenlerngespräch per Teams.\\n
        UID:040000008200E00074C5B7101A82E00800000000A07C3E1D4F4FDC01000000000000000010000000C1E27A1F0C9B7C4D8E0F0B31C37D5A2E
        SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Einkauf – Frau Pfister
        DTSTART;TZID=W. Europe Standard Time:20261002T130000
        DTEND;TZID=W. Europe Standard Time:20261002T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260929T123700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2127544817
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
    hs = head(addr("Dötsch, Katrin", "k.doetsch@maelzerei-roehrig.de"),
              "Kennenlerngespräch Einkauf – Frau Pfister", "2026-09-29 14:37",
              "<FR3P281MB1742A0C5E1D94B7A3C2E0F91A4E12@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2107.outbound.protection.outlook.com", ip="198.51.100.107",
              extra=(("Thread-Topic", enc("Kennenlerngespräch Einkauf – Frau Pfister")),
                     ("Thread-Index", "AdtQ5kz7Hc1b2n0aT0qJ3vEo6l1xWw=="),
                     ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-09-10T12:00:00Z", end=None,
           contact="jonas@zwickelwerk.de", company="Zwickelwerk Brautechnik GmbH",
           local="Thu 2026-09-10 14:00", zone=BER,
           note="Founder's Du reply: 'Donnerstag um 14 Uhr' resolved against the Date (Tue 8 Sep 2026) = Thu 10 Sep, "
                "CEST; 'Plan so eine Stunde ein' is approximate so end null; contact = human sender")
def prose_zwickelwerk() -> bytes:
    body = t("""
        Hi Lena,

        super, dass es klappt! Dann machen wir's fix: Donnerstag um 14 Uhr bei uns in der Werkstatt,
        Fürther Straße 212 in Nürnberg (Hinterhof, die grüne Tür). Mit dabei sind Anja, unsere
        Produktionsleiterin, und ich. Plan so eine Stunde ein, danach zeigen wir dir noch die Fertigung.

        Falls was dazwischenkommt: 0171 5528904.

        Bis Donnerstag!
        Jonas

        --
        Jonas Mehl
        Gründer & Geschäftsführer
        Zwickelwerk Brautechnik GmbH · Fürther Straße 212 · 90429 Nürnberg

        > Am 07.09.2026 um 21:03 schrieb Lena Pfister <lena.pfister@example.com>:
        >
        > Hallo Jonas,
        >
        > danke für deine Nachricht! Gerne komme ich auf einen Kaffee und ein erstes Gespräch zur
        > Einkaufsstelle vorbei. Diese Woche ginge bei mir Donnerstag oder Freitag, jeweils ab 13 Uhr.
        >
        > Viele Grüße
        > Lena
        """)
    hs = head(addr("Jonas Mehl", "jonas@zwickelwerk.de"),
              "Re: Einkauf bei Zwickelwerk – Kaffee & Kennenlernen?", "2026-09-08 11:20",
              "<8E3B0C52-7F1A-4D1B-9A77-3C0E2B5D6A41@zwickelwerk.de>",
              host="mout.kundenserver.de", ip="203.0.113.130",
              extra=(("In-Reply-To", "<CAJ7pQx0a9Lf3kV@mail.example.com>"),
                     ("References", "<CAJ7pQx0a9Lf3kV@mail.example.com>"),
                     ("X-Mailer", "iPhone Mail (22G86)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T08:00:00Z", end="2026-09-23T08:45:00Z",
           contact="mette.kjaergaard@nordlysingredients.com", company="Nordlys Ingredients A/S",
           local="Wed 2026-09-23 10:00", local_end="2026-09-23 10:45", zone="Europe/Copenhagen",
           note="Greenhouse confirmation, 10:00-10:45 AM CEST (Copenhagen, UTC+2); ICS in UTC agrees; contact = "
                "Reply-To recruiter")
def greenhouse_nordlys() -> bytes:
    body = t("""
        Hi Lena,

        Thank you for making time to speak with us! Your video interview for the Category Buyer, Malt &
        Cereals role is confirmed:

        Wednesday, September 23, 2026
        10:00 AM - 10:45 AM CEST (Copenhagen)

        Interviewer: Mads Holmgaard, Head of Raw Material Sourcing
        Location: Microsoft Teams - the join link is in the attached calendar invitation.

        If you need to reschedule, just reply to this email.

        Best regards,
        Mette Kjærgaard
        Talent Acquisition Partner
        Nordlys Ingredients A/S
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Lena,</p>
        <p>Thank you for making time to speak with us! Your video interview for the <b>Category Buyer, Malt &amp;
        Cereals</b> role is confirmed:</p>
        <p><b>Wednesday, September 23, 2026</b><br>10:00 AM - 10:45 AM CEST (Copenhagen)</p>
        <p>Interviewer: Mads Holmgaard, Head of Raw Material Sourcing<br>
        Location: Microsoft Teams - the join link is in the attached calendar invitation.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best regards,<br>Mette Kjærgaard<br>Talent Acquisition Partner<br>Nordlys Ingredients A/S</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/7f3a91c2.gif" width="1" height="1" alt="">
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-31877420@greenhouse.io
        DTSTAMP:20260917T130200Z
        DTSTART:20260923T080000Z
        DTEND:20260923T084500Z
        SUMMARY:Interview: Lena Pfister / Nordlys Ingredients - Category Buyer, Malt & Cereals
        LOCATION:Microsoft Teams
        DESCRIPTION:Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjU4%40thread.v2/0
        ORGANIZER;CN=Mette Kjærgaard:mailto:mette.kjaergaard@nordlysingredients.com
        ATTENDEE;CN=Lena Pfister;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.pfister@example.com
        ATTENDEE;CN=Mads Holmgaard;ROLE=REQ-PARTICIPANT:mailto:mads.holmgaard@nordlysingredients.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nordlys Ingredients", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Category Buyer, Malt & Cereals - Nordlys Ingredients",
              "2026-09-17 15:02", "<5f0c7d2e9a1b_3c4e1a2b3c4d@greenhouse-mail-7b9c.mail>",
              zone="Europe/Copenhagen", host="o3.email.greenhouse.io", ip="198.51.100.44",
              extra=(("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@nordlysingredients.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(5), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T13:00:00Z", end="2026-10-06T14:00:00Z",
           contact="camille.dubois@maltea-group.com", company="Maltéa Group",
           local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone="Europe/Brussels",
           note="Workday HTML-only notice from a system mailbox: 15:00-16:00 Brussels time (CEST, UTC+2); "
                "contact = recruiter address in the body")
def workday_maltea() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="620" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#6b2c1f;color:#fff;padding:18px 24px;font-size:20px">Maltéa Group</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Lena,</p>
        <p>We are pleased to confirm your interview for the position <b>Procurement Specialist, Brewing
        Ingredients (R-10482)</b>.</p>
        <table cellpadding="6" style="font-size:14px;border-collapse:collapse">
        <tr><td style="color:#777">Date</td><td>Tuesday, 6 October 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>15:00 &ndash; 16:00 (Brussels time, CEST)</td></tr>
        <tr><td style="color:#777">Format</td><td>Video call (Microsoft Teams); the link will follow in a separate invitation</td></tr>
        <tr><td style="color:#777">Interviewers</td><td>Camille Dubois (Talent Acquisition), Pieter Claes (Procurement Director)</td></tr>
        </table>
        <p>Should you have any questions, please contact Camille Dubois at
        <a href="mailto:camille.dubois@maltea-group.com">camille.dubois@maltea-group.com</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Maltéa Group</p>
        <p style="font-size:11px;color:#999">This email was sent from an unmonitored mailbox. To view the status of
        your application, sign in to the <a href="https://wd3.myworkdaysite.com/recruiting/maltea/External">candidate home page</a>.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = head(addr("Maltéa Group", "maltea@myworkday.com"),
              "Interview Scheduled – Procurement Specialist, Brewing Ingredients (R-10482)",
              "2026-09-30 10:41", "<1838190451.77213.1790764860117@wd3-prod-mail-03.myworkday.com>",
              zone="Europe/Brussels", host="wd3-smtp-02.myworkday.com", ip="198.51.100.73")
    return message(hs, html(page, cte="base64"))


@make.mail(N(6), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-10-14T07:00:00Z", end="2026-10-14T07:45:00Z",
           contact="verena.huber@salzach-getraenketechnik.at", company="Salzach Getränketechnik GmbH",
           local="Wed 2026-10-14 09:00", local_end="2026-10-14 09:45", zone="Europe/Vienna",
           note="Teamtailor invitation (Austrian German, Sie): Mi 14.10. 09:00-09:45 MESZ (Wien, UTC+2); ICS in UTC "
                "agrees; contact = Reply-To recruiter")
def teamtailor_salzach() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        herzlichen Dank für Ihre Bewerbung als Strategische Einkäuferin bei der Salzach Getränketechnik GmbH.
        Wir freuen uns, Sie zu einem ersten Videointerview einzuladen.

        Termin: Mittwoch, 14. Oktober 2026, 09:00 – 09:45 Uhr (MESZ, Wien)
        Wo: Microsoft Teams – den Link finden Sie in der angehängten Kalendereinladung
        Mit: Mag. Verena Huber (HR) und DI Lukas Brandstätter (Leitung Supply Chain)

        Falls der Termin nicht passen sollte, antworten Sie bitte direkt auf diese Nachricht.

        Freundliche Grüße aus Salzburg
        Verena Huber
        Salzach Getränketechnik GmbH
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1a1a1a;max-width:560px">
        <p>Sehr geehrte Frau Pfister,</p>
        <p>herzlichen Dank für Ihre Bewerbung als Strategische Einkäuferin bei der Salzach Getränketechnik GmbH.
        Wir freuen uns, Sie zu einem ersten Videointerview einzuladen.</p>
        <div style="background:#f2f6f9;border-radius:8px;padding:16px">
        <b>Mittwoch, 14. Oktober 2026</b><br>09:00 – 09:45 Uhr (MESZ, Wien)<br>Microsoft Teams<br>
        Mit: Mag. Verena Huber (HR) und DI Lukas Brandstätter (Leitung Supply Chain)</div>
        <p>Falls der Termin nicht passen sollte, antworten Sie bitte direkt auf diese Nachricht.</p>
        <p>Freundliche Grüße aus Salzburg<br>Verena Huber<br>Salzach Getränketechnik GmbH</p>
        <p style="font-size:12px;color:#888">Gesendet mit Teamtailor</p></div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-5521907@teamtailor.com
        DTSTAMP:20261005T065500Z
        DTSTART:20261014T070000Z
        DTEND:20261014T074500Z
        SUMMARY:Videointerview Salzach Getränketechnik – Lena Pfister
        DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2%40thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Verena Huber:mailto:verena.huber@salzach-getraenketechnik.at
        ATTENDEE;CN=Lena Pfister;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.pfister@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Salzach Getränketechnik GmbH", "no-reply@teamtailor-mail.com"),
              "Einladung zum Videointerview – Strategischer Einkauf (m/w/d)", "2026-10-05 08:55",
              "<6700a1f3c2_5b1e.tt-mailer@teamtailor-mail.com>", zone="Europe/Vienna",
              host="mail-out-12.teamtailor-mail.com", ip="198.51.100.212",
              extra=(("Reply-To", addr("Verena Huber", "verena.huber@salzach-getraenketechnik.at")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T14:30:00Z",
           contact="dan.kowalski@prairiemalt.com", company="Prairie Malt & Adjuncts, Inc.",
           local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:30", zone=BER,
           note="Calendly invitee confirmation shown in the invitee's zone: 03:00pm-03:30pm Central European Time on "
                "27 Oct, after Europe's switch on 25 Oct (CET, UTC+1) while the Milwaukee host is still on CDT until "
                "1 Nov; mail sent in CEST; contact = host Reply-To")
def calendly_prairie() -> bytes:
    body = t("""
        Hi Lena Pfister,

        Your Interview - EMEA Sourcing Manager with Dan Kowalski at 03:00pm (Central European Time) on
        Tuesday, October 27, 2026 is scheduled.

        Event Type:
        Interview - EMEA Sourcing Manager (30 min)

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) on Tuesday, October 27, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or smartphone.
        https://prairiemalt.zoom.us/j/86240117359?pwd=Qm5aTnZ4d0xYb1pxS2t6
        Meeting ID: 862 4011 7359
        Passcode: 551902

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Calling from Bamberg - Germany is already on winter time that week, so 3pm here should be 9am in
        Milwaukee.

        View event in Calendly: https://calendly.com/events/7c2e9f10-1b4d-4f52-9a0e-3d6b1c8e2f47

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c2e9f10-1b4d-4f52-9a0e-3d6b1c8e2f47
        Reschedule: https://calendly.com/reschedulings/7c2e9f10-1b4d-4f52-9a0e-3d6b1c8e2f47

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Lena Pfister,</p>
        <p>Your <b>Interview - EMEA Sourcing Manager</b> with <b>Dan Kowalski</b> at 03:00pm (Central European Time)
        on Tuesday, October 27, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Interview - EMEA Sourcing Manager (30 min)</p>
        <p><b>Event Date/Time:</b><br>03:00pm - 03:30pm (Central European Time) on Tuesday, October 27, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://prairiemalt.zoom.us/j/86240117359?pwd=Qm5aTnZ4d0xYb1pxS2t6">https://prairiemalt.zoom.us/j/86240117359</a><br>
        Meeting ID: 862 4011 7359<br>Passcode: 551902</p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Calling from Bamberg - Germany is already on winter time that week, so 3pm here should be 9am in Milwaukee.</p>
        <p><a href="https://calendly.com/cancellations/7c2e9f10-1b4d-4f52-9a0e-3d6b1c8e2f47">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c2e9f10-1b4d-4f52-9a0e-3d6b1c8e2f47">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview - EMEA Sourcing Manager with Dan Kowalski on Tuesday, October 27, 2026",
              "2026-10-21 14:22", "<calendly.7c2e9f10.1b4d@mail.calendly.com>", zone="UTC",
              host="o1.mail.calendly.com", ip="198.51.100.31",
              extra=(("Reply-To", addr("Dan Kowalski", "dan.kowalski@prairiemalt.com")),))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(page)))


GCAL_FOOTER_DE = t("""
    Einladung von Google Kalender: https://calendar.google.com/calendar/

    Sie erhalten diese E-Mail, weil Sie als Gast zu diesem Termin eingeladen wurden.

    Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort senden,
    der Gästeliste hinzugefügt werden, andere Personen einladen (unabhängig vom eigenen
    Einladungsstatus) oder Ihre Antwort ändern. Weitere Informationen:
    https://support.google.com/calendar/answer/37135#forwarding
    """)


def thmh_ics(method: str, seq: int, status: str) -> str:
    return t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        """) + f"METHOD:{method}\n" + VTZ["Europe/Berlin"] + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261020T110000
        DTEND;TZID=Europe/Berlin:20261020T120000
        DTSTAMP:2026101{4 if seq == 0 else 6}T{"110500" if seq == 0 else "070200"}Z
        ORGANIZER;CN=Andreas Wenzel:mailto:a.wenzel@thmh-erfurt.de
        UID:4k2v9s0b7p3qj1m5c8d6e2f0ah@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andreas Wenzel;X-NUM-GUESTS=0:mailto:a.wenzel@thmh-erfurt.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claudia Fröbel;X-NUM-GUESTS=0:mailto:c.froebel@thmh-erfurt.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.pfister@example.com;X-NUM-GUESTS=0:mailto:lena.pfister@example.com
        CREATED:20261014T110417Z
        DESCRIPTION:Hallo Frau Pfister\\, wir freuen uns auf das Gespräch. Bitte melden Sie sich am Empfang.
        LAST-MODIFIED:2026101{4 if seq == 0 else 6}T{"110500" if seq == 0 else "070200"}Z
        LOCATION:Thüringer Malz- und Hopfenhandel GmbH\\, Am Gleisdreieck 7\\, 99086 Erfurt
        SEQUENCE:{seq}
        STATUS:{status}
        SUMMARY:Vorstellungsgespräch Einkauf – Lena Pfister
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)


@make.mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-20T09:00:00Z", end="2026-10-20T10:00:00Z",
           contact="a.wenzel@thmh-erfurt.de", company="Thüringer Malz- und Hopfenhandel GmbH",
           local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=BER,
           note="Google Calendar invitation, German UI: Di 20. Okt. 11:00-12:00 MESZ (UTC+2), ICS TZID Europe/Berlin; "
                "contact = ORGANIZER (also the sender)")
def gcal_thmh_invite() -> bytes:
    body = t("""
        Vorstellungsgespräch Einkauf – Lena Pfister
        Dienstag, 20. Oktober 2026 ⋅ 11:00 – 12:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Thüringer Malz- und Hopfenhandel GmbH, Am Gleisdreieck 7, 99086 Erfurt
        https://www.google.com/maps/search/Am+Gleisdreieck+7,+99086+Erfurt?hl=de

        Hallo Frau Pfister, wir freuen uns auf das Gespräch. Bitte melden Sie sich am Empfang.

        Organisator
        Andreas Wenzel
        a.wenzel@thmh-erfurt.de

        Gäste
        Andreas Wenzel - Organisator
        Claudia Fröbel
        lena.pfister@example.com
        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=NGsydjlzMGI3cDNxajFtNWM4ZDZlMmYwYWg

        Antworten für lena.pfister@example.com: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        """) + GCAL_FOOTER_DE
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Vorstellungsgespräch Einkauf – Lena Pfister</h2>
        <div>Dienstag, 20. Oktober 2026 ⋅ 11:00 – 12:00<br>Mitteleuropäische Zeit - Berlin</div>
        <h3 style="font-size:14px">Ort</h3><div>Thüringer Malz- und Hopfenhandel GmbH, Am Gleisdreieck 7, 99086 Erfurt</div>
        <p>Hallo Frau Pfister, wir freuen uns auf das Gespräch. Bitte melden Sie sich am Empfang.</p>
        <h3 style="font-size:14px">Organisator</h3><div>Andreas Wenzel<br>a.wenzel@thmh-erfurt.de</div>
        <h3 style="font-size:14px">Gäste</h3>
        <div>Andreas Wenzel - Organisator<br>Claudia Fröbel<br>lena.pfister@example.com</div>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p></div>
        """)
    ics = thmh_ics("REQUEST", 0, "CONFIRMED")
    hs = head(addr("Andreas Wenzel", "a.wenzel@thmh-erfurt.de"),
              "Einladung: Vorstellungsgespräch Einkauf – Lena Pfister @ Di. 20. Okt. 2026 11:00 - 12:00 (MESZ) "
              "(lena.pfister@example.com)", "2026-10-14 13:05",
              "<calendar-0b7e2d5c-93f1-4a6e-8c0d-5e1f2a3b4c5d@google.com>",
              host="mail-sor-f73.google.com", ip="198.51.100.73",
              extra=(("Reply-To", addr("Andreas Wenzel", "a.wenzel@thmh-erfurt.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body, cte="quoted-printable"), html(page), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(9), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-11-05T12:30:00Z", end="2026-11-05T13:30:00Z",
           contact="melanie.schuster@donau-filtertechnik.de", company="Donau Filtertechnik AG",
           local="Thu 2026-11-05 13:30", local_end="2026-11-05 14:30", zone=BER,
           note="SmartRecruiters confirmation: Do 5. Nov. 13:30-14:30 MEZ (CET, UTC+1, after 25 Oct); ICS ORGANIZER is "
                "the no-reply sender, so contact = the recruiter address in the body")
def smartrecruiters_donau() -> bytes:
    body = t("""
        Guten Tag Frau Pfister,

        vielen Dank für Ihre Zeit und die Bearbeitung unseres Online-Fragebogens. Gerne laden wir Sie zu
        einem persönlichen Gespräch für die Position Einkäufer (m/w/d) Rohstoffe & Packmittel ein.

        Ihr Termin
        Donnerstag, 5. November 2026
        13:30 – 14:30 Uhr (MEZ)
        Donau Filtertechnik AG, Hafenstraße 19, 93055 Regensburg – bitte melden Sie sich an der Pforte.

        Ihre Gesprächspartner: Dr. Johannes Pöllmann (Leitung Beschaffung), Melanie Schuster (HR Business Partner)

        Bei Fragen erreichen Sie Melanie Schuster unter melanie.schuster@donau-filtertechnik.de oder
        +49 941 59902-310. Die Kalendereinladung finden Sie im Anhang.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Donau Filtertechnik AG

        Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//DE
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:b5f3e0a2-6d41-4c9a-92f7-0c1d8e7a6b54@smartrecruiters.com
        DTSTAMP:20261029T103000Z
        DTSTART;TZID=Europe/Berlin:20261105T133000
        DTEND;TZID=Europe/Berlin:20261105T143000
        SUMMARY:Vorstellungsgespräch Donau Filtertechnik AG – Einkäufer (m/w/d) Rohstoffe & Packmittel
        LOCATION:Donau Filtertechnik AG\\, Hafenstraße 19\\, 93055 Regensburg
        ORGANIZER;CN=Donau Filtertechnik AG:mailto:noreply@mail.smartrecruiters.com
        ATTENDEE;CN=Lena Pfister;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lena.pfister@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Donau Filtertechnik AG", "noreply@mail.smartrecruiters.com"),
              "Bestätigung Ihres Vorstellungsgesprächs – Einkäufer (m/w/d) Rohstoffe & Packmittel",
              "2026-10-29 11:30", "<20261029103000.5c1e.sr-notify@mail.smartrecruiters.com>",
              host="mta-07.mail.smartrecruiters.com", ip="198.51.100.97")
    return message(hs, mixed(text(body),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="Vorstellungsgespraech.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(10), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="marisol.ortega@kettleandkeg.com", company="Kettle & Keg Supply Co.",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
           note="Ashby confirmation from a New York employer: 10:00-10:45 AM EST on 3 Nov, after the US switch on "
                "1 Nov (UTC-5), while the mail was sent in EDT (-0400); ICS TZID America/New_York agrees; "
                "16:00 in Bamberg; contact = Reply-To recruiter")
def ashby_kettle() -> bytes:
    body = t("""
        Hi Lena,

        Your interview with Kettle & Keg Supply Co. is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026
        10:00 AM – 10:45 AM EST
        Google Meet: https://meet.google.com/kqf-rmbe-xtd

        You'll meet with:
          Greg Haldane — VP, Global Sourcing

        Role: International Purchasing Manager (Europe)

        Questions? Just reply to this email and it will reach Marisol Ortega.

        Thanks,
        Kettle & Keg Supply Co. Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lena,</p>
        <p>Your interview with Kettle &amp; Keg Supply Co. is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Tuesday, November 3, 2026</b><br>10:00 AM – 10:45 AM EST<br>
        Google Meet: <a href="https://meet.google.com/kqf-rmbe-xtd">meet.google.com/kqf-rmbe-xtd</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Greg Haldane — VP, Global Sourcing</p>
        <p>Role: International Purchasing Manager (Europe)</p>
        <p>Questions? Just reply to this email and it will reach Marisol Ortega.</p>
        <p>Thanks,<br>Kettle &amp; Keg Supply Co. Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:3e1c9a7b-58f2-4d06-b1aa-92c4e7f0d318
        DTSTAMP:20261029T131400Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SEQUENCE:0
        SUMMARY:Kettle & Keg Supply Co. – Interview with Greg Haldane
        LOCATION:https://meet.google.com/kqf-rmbe-xtd
        ORGANIZER;CN=Marisol Ortega:mailto:marisol.ortega@kettleandkeg.com
        ATTENDEE;CN=Lena Pfister;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.pfister@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Kettle & Keg Supply Co.", "no-reply@ashbyhq.com"),
              "Interview confirmed: International Purchasing Manager (Europe) at Kettle & Keg Supply Co.",
              "2026-10-29 09:14", "<0100019a2f7c1b3e-8d2f4a61-kk-000000@email.amazonses.com>",
              zone="America/New_York", host="a48-112.smtp-out.amazonses.com", ip="198.51.100.112",
              extra=(("Reply-To", addr("Marisol Ortega", "marisol.ortega@kettleandkeg.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-09-21T08:30:00Z", end="2026-09-21T09:15:00Z",
           contact="florian.zech@brautechnik-sued.de", company="Brautechnik Süd GmbH",
           local="Mon 2026-09-21 10:30", local_end="2026-09-21 11:15", zone=BER,
           note="Microsoft Bookings from a shared mailbox; the body's zone label shows the standard offset "
                "'(UTC+01:00) Amsterdam, Berlin...' although 21 Sep is CEST (UTC+2), which the ICS (W. Europe "
                "Standard Time) confirms; 45 Minuten -> end; contact = staff address in the body")
def bookings_brautechnik() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#262626">
        <table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
        <tr><td style="padding:20px 24px;background:#0f6cbd;color:#ffffff;font-size:18px">Brautechnik Süd GmbH</td></tr>
        <tr><td style="padding:20px 24px">
        <p style="font-size:20px;margin:0 0 12px 0">Ihre Buchung wurde bestätigt.</p>
        <p>Hallo Lena Pfister,<br>vielen Dank für Ihre Buchung.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#616161">Dienst</td><td>Bewerbungsgespräch Einkauf</td></tr>
        <tr><td style="color:#616161">Mitarbeiter</td><td>Florian Zech</td></tr>
        <tr><td style="color:#616161">Datum und Uhrzeit</td><td>21.09.2026 10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#616161">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#616161">Ort</td><td>Online-Besprechung (Microsoft Teams)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWEx%40thread.v2/0">An Teams-Besprechung teilnehmen</a></p>
        <p>Bei Fragen zum Gespräch wenden Sie sich bitte an florian.zech@brautechnik-sued.de.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungsgespraecheBrautechnikSued@brautechnik-sued.de/bookings/">Buchung verwalten</a></p>
        </td></tr></table></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bewerbungsgespräche Brautechnik Süd:mailto:BewerbungsgespraecheBrautechnikSued@brautechnik-sued.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Pfister:mailto:lena.pfister@example.com
        UID:040000008200E00074C5B7101A82E0080000000061B6F2A0B944DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Einkauf
        DTSTART;TZID=W. Europe Standard Time:20260921T103000
        DTEND;TZID=W. Europe Standard Time:20260921T111500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260915T144800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Online-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Bewerbungsgespräche Brautechnik Süd", "BewerbungsgespraecheBrautechnikSued@brautechnik-sued.de"),
              "Ihre Buchung wurde bestätigt: Bewerbungsgespräch Einkauf mit Florian Zech", "2026-09-15 16:48",
              "<AM9P191MB16421C0D7E9A4F2B8E31A7C5D60B9@AM9P191MB1642.EURP191.PROD.OUTLOOK.COM>",
              host="mail-am6eur05on2091.outbound.protection.outlook.com", ip="198.51.100.91",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(12), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z",
           contact="g.pammer@steirische-etiketten.at", company="Steirische Etikettendruck GmbH",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="Europe/Vienna",
           note="Managing director's Outlook reply (Sie, Austria) on top of Lena's quoted choice: 'am Dienstag, "
                "10. November, um 10:00 Uhr', CET (UTC+1); 'für eine Stunde eingeplant' -> end; iso-8859-1 QP; "
                "contact = human sender")
def reply_steirische() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        Dienstag passt uns ausgezeichnet. Wir erwarten Sie also am Dienstag, 10. November, um 10:00 Uhr
        zum Gespräch über MS Teams; den Link schickt Ihnen meine Assistentin, Frau Kainz, heute noch.
        Mit dabei ist unser Produktionsleiter, Herr Ing. Stelzer. Wir sind für eine Stunde eingeplant.

        Mit freundlichen Grüßen

        Georg Pammer
        Geschäftsführer

        Steirische Etikettendruck GmbH
        Puchstraße 85 | 8020 Graz | Österreich
        T +43 316 471120-10

        Von: Lena Pfister <lena.pfister@example.com>
        Gesendet: Dienstag, 3. November 2026 19:12
        An: Georg Pammer <g.pammer@steirische-etiketten.at>
        Betreff: AW: Position Leitung Einkauf – Terminvorschlag

        Sehr geehrter Herr Pammer,

        vielen Dank für Ihre Rückmeldung. Von Ihren Vorschlägen passt mir Dienstag, 10.11., 10:00 Uhr am
        besten; alternativ ginge Donnerstag, 12.11., 14:00 Uhr.

        Mit freundlichen Grüßen
        Lena Pfister
        """).replace("–", "-")
    page = "<html><body><pre style=\"font-family:Calibri,sans-serif\">" + body.replace("<", "&lt;").replace(
        ">", "&gt;") + "</pre></body></html>\n"
    hs = head(addr("Georg Pammer", "g.pammer@steirische-etiketten.at"),
              "AW: Position Leitung Einkauf - Terminvorschlag", "2026-11-04 08:47",
              "<VI1P190MB0736B1E2C9A84D3F@VI1P190MB0736.EURP190.PROD.OUTLOOK.COM>", zone="Europe/Vienna",
              host="mail-vi1eur04on2130.outbound.protection.outlook.com", ip="198.51.100.130",
              extra=(("In-Reply-To", "<CAJ7pQx3Fq0n2Lw@mail.example.com>"),
                     ("References", "<VI1P190MB07369F0A@VI1P190MB0736.EURP190.PROD.OUTLOOK.COM> "
                                    "<CAJ7pQx3Fq0n2Lw@mail.example.com>"),
                     ("Thread-Topic", "Position Leitung Einkauf - Terminvorschlag"),
                     ("Content-Language", "de-AT")))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(13), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-11-13T08:00:00Z", end=None,
           contact="m.hofmann@regnitz-personal.de", company="Oberpfälzer Verpackungswerke GmbH",
           local="Fri 2026-11-13 09:00", zone=BER,
           note="Lena forwards the agency's confirmation to herself (Gmail 'Fwd:'): Fr 13.11.2026 9:00 at the client "
                "in Weiden, CET (UTC+1); 'ca. 90 Minuten' -> end null; the sender is the candidate, so contact = "
                "the agency consultant in the forwarded header; company = the hiring client")
def forward_regnitz() -> bytes:
    body = t("""
        zum Ausdrucken für Freitag

        ---------- Forwarded message ---------
        Von: Markus Hofmann <m.hofmann@regnitz-personal.de>
        Date: Mo., 9. Nov. 2026 um 10:14 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Oberpfälzer Verpackungswerke GmbH
        To: Lena Pfister <lena.pfister@example.com>


        Sehr geehrte Frau Pfister,

        wie telefonisch vereinbart bestätige ich Ihnen den Termin bei unserem Kunden:

        Freitag, 13.11.2026, 9:00 Uhr
        Oberpfälzer Verpackungswerke GmbH, Industriestraße 40, 92637 Weiden i.d.OPf.
        Ansprechpartner vor Ort: Herr Bernd Kellner, Leiter Supply Chain

        Planen Sie bitte ca. 90 Minuten ein, inklusive Betriebsrundgang. Ich rufe Sie am Freitagnachmittag
        an, um Ihren Eindruck zu hören.

        Viel Erfolg!

        Mit freundlichen Grüßen
        Markus Hofmann
        Senior Consultant
        Regnitz Personal GmbH | Schützenstraße 4 | 96047 Bamberg
        """)
    hs = head(LENA, "Fwd: Ihr Vorstellungsgespräch bei der Oberpfälzer Verpackungswerke GmbH",
              "2026-11-09 18:40", "<CAJ7pQx5Tm8bWq1zR0@mail.example.com>",
              host="mail.example.com", ip="192.0.2.10")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T13:00:00Z", end="2026-11-19T14:00:00Z",
           contact="priya.natarajan@alderfinch.co.uk", company="Veldhoven Food Ingredients B.V.",
           local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone="Europe/Amsterdam",
           note="London search consultant forwards the client's confirmation as a message/rfc822 attachment: "
                "Thursday 19 November 14:00-15:00 CET (Amsterdam, UTC+1; '13:00 here in London'); contact = the "
                "human sender (consultant) before the client's address in the attachment")
def rfc822_veldhoven() -> bytes:
    inner_body = t("""
        Hi Priya,

        Confirming Lena Pfister for a first interview on Thursday 19 November, 14:00-15:00 CET, in person
        at our Amsterdam office (Danzigerkade 9, 4th floor). She will meet Joost Verbeek (Director Sourcing)
        and me. Please ask her to bring ID for the front desk.

        Best,
        Eline de Graaf
        HR Business Partner | Veldhoven Food Ingredients B.V.
        """)
    inner = message([("From", addr("Eline de Graaf", "eline.degraaf@veldhovenfi.nl")),
                     ("To", addr("Priya Natarajan", "priya.natarajan@alderfinch.co.uk")),
                     ("Subject", "Interview confirmation - L. Pfister, Senior Buyer Malt & Grains"),
                     ("Date", date("2026-11-13 11:48", "Europe/Amsterdam")),
                     ("Message-ID", "<AS8P189MB17757E2C1D@AS8P189MB1775.EURP189.PROD.OUTLOOK.COM>")],
                    text(inner_body, charset="us-ascii", cte="7bit"))
    body = t("""
        Hi Lena,

        Great news - Veldhoven have confirmed Thursday 19 November at 14:00 CET (13:00 here in London) at
        their Amsterdam office. Eline's confirmation is attached for reference; it has the address and who
        you will be meeting.

        I'll send over some notes on Joost and the sourcing team early next week. Do call me if anything
        changes with your travel.

        Best wishes,
        Priya

        Priya Natarajan
        Principal Consultant, Food & Beverage
        Alder & Finch Executive Search | 18 Bride Lane, London EC4Y 8EE
        +44 20 7946 0381
        """)
    hs = head(addr("Priya Natarajan", "priya.natarajan@alderfinch.co.uk"),
              "Veldhoven - interview confirmed Thu 19 Nov", "2026-11-13 12:05",
              "<LO2P265MB51904D2E8F@LO2P265MB5190.GBRP265.PROD.OUTLOOK.COM>", zone="Europe/London",
              host="mail-lo2gbr01on2104.outbound.protection.outlook.com", ip="198.51.100.104")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             attached_message(inner, "Interview confirmation - L. Pfister.eml")))


@make.mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T14:00:00Z", end="2026-10-26T15:00:00Z",
           contact="hannah.crowther@brackleybotanicals.co.uk", company="Brackley Botanicals Ltd",
           local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone="Europe/London",
           note="iCIMS HTML-only confirmation sent in BST (+0100); the interview is on Mon 26 Oct, the day after the "
                "UK clocks go back, so 14:00-15:00 UK time = GMT = UTC (15:00 in Bamberg); contact = the "
                "recruiter address in the body")
def icims_brackley() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <img src="https://careers-brackleybotanicals.icims.com/logo.png" alt="Brackley Botanicals" width="180"><br><br>
        Dear Lena,<br><br>
        Thank you for your interest in the <b>Purchasing Manager, Botanicals &amp; Extracts</b> position
        (Req ID 2026-1187). We are pleased to confirm the details of your interview below.<br><br>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td><b>Interview Date:</b></td><td>Monday 26 October 2026</td></tr>
        <tr><td><b>Time:</b></td><td>14:00 &ndash; 15:00 (UK time)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (link to follow from the hiring manager)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Simon Ashdown, Head of Procurement; Hannah Crowther, Talent Acquisition</td></tr>
        </table><br>
        If you have any questions, please contact Hannah Crowther at
        <a href="mailto:hannah.crowther@brackleybotanicals.co.uk">hannah.crowther@brackleybotanicals.co.uk</a>.<br><br>
        Kind regards,<br>Brackley Botanicals Talent Acquisition<br><br>
        <span style="font-size:10px;color:#888">Please do not reply to this message. This email was sent via
        iCIMS on behalf of Brackley Botanicals Ltd.</span>
        </body></html>
        """)
    hs = head(addr("Brackley Botanicals", "brackley@talent.icims.com"),
              "Interview Confirmation - Purchasing Manager, Botanicals & Extracts", "2026-10-21 11:03",
              "<1234987.20261021100301.icims.mail@talent.icims.com>", zone="Europe/London",
              host="mail3.talent.icims.com", ip="198.51.100.203")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T09:00:00Z", end="2026-11-12T11:30:00Z",
           contact="sophie.lambrechts@alveole-ingredients.be", company="Alvéole Ingredients SA",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 12:30", zone="Europe/Brussels",
           note="GoodTime on-site itinerary, three sessions 10:00-12:30 CET (Brussels, UTC+1): start = first session, "
                "end = last session end; contact = Reply-To coordinator")
def goodtime_alveole() -> bytes:
    body = t("""
        Hi Lena,

        We're excited to welcome you to our Wavre site! Here is your interview itinerary for the Strategic
        Buyer - Cereals & Sweeteners position. All times are Brussels time (CET).

        Thursday, November 12, 2026

        10:00 - 10:45  Nathalie Peeters, Head of Procurement
        11:00 - 11:45  Koen Vermeulen, Quality & Food Safety Manager
        12:00 - 12:30  Sophie Lambrechts, Talent Acquisition

        Location: Alvéole Ingredients SA, Avenue Léonard de Vinci 14, 1300 Wavre, Belgium
        Please check in at reception 10 minutes early; visitor parking is on the left of the main entrance.

        Each interviewer will also send you a calendar invitation. If anything comes up, reply to this
        email and it will reach me.

        Kind regards,
        Sophie Lambrechts
        Talent Acquisition Coordinator, Alvéole Ingredients SA

        Scheduled with GoodTime
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
        <p>Hi Lena,</p>
        <p>We're excited to welcome you to our Wavre site! Here is your interview itinerary for the
        <b>Strategic Buyer - Cereals &amp; Sweeteners</b> position. All times are Brussels time (CET).</p>
        <h3 style="font-size:16px">Thursday, November 12, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #ddd"><td>10:00 - 10:45</td><td>Nathalie Peeters, Head of Procurement</td></tr>
        <tr style="border-bottom:1px solid #ddd"><td>11:00 - 11:45</td><td>Koen Vermeulen, Quality &amp; Food Safety Manager</td></tr>
        <tr><td>12:00 - 12:30</td><td>Sophie Lambrechts, Talent Acquisition</td></tr>
        </table>
        <p><b>Location:</b> Alvéole Ingredients SA, Avenue Léonard de Vinci 14, 1300 Wavre, Belgium<br>
        Please check in at reception 10 minutes early; visitor parking is on the left of the main entrance.</p>
        <p>Each interviewer will also send you a calendar invitation. If anything comes up, reply to this
        email and it will reach me.</p>
        <p>Kind regards,<br>Sophie Lambrechts<br>Talent Acquisition Coordinator, Alvéole Ingredients SA</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p></div>
        """)
    hs = head(addr("Alvéole Ingredients Recruiting", "scheduling@goodtime.io"),
              "Your interview itinerary: Strategic Buyer - Cereals & Sweeteners (Thu, Nov 12)",
              "2026-11-05 14:20", "<goodtime-itin-8f21c7@mail.goodtime.io>", zone="Europe/Brussels",
              host="o12.mail.goodtime.io", ip="198.51.100.12",
              extra=(("Reply-To", addr("Sophie Lambrechts", "sophie.lambrechts@alveole-ingredients.be")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(17), family="workable", lang="de", interview=True, kind="scheduled",
           start="2026-11-30T10:00:00Z", end="2026-11-30T11:00:00Z",
           contact="petra.wunderlich@fichtelglas.de", company="Fichtelglas GmbH",
           local="Mon 2026-11-30 11:00", local_end="2026-11-30 12:00", zone=BER,
           note="Workable interview notice: Montag, 30. November, 11:00 Uhr MEZ (UTC+1), 'Dauer: 60 Minuten' -> end; "
                "Reply-To is a Workable relay, so contact = the HR address written in the body")
def workable_fichtelglas() -> bytes:
    body = t("""
        Hallo Lena,

        vielen Dank für Ihr Interesse an Fichtelglas! Ihr Interview für die Stelle Einkäufer/in
        Rohstoffe & Energie (m/w/d) wurde eingeplant.

        Wann: Montag, 30. November 2026, 11:00 Uhr (MEZ)
        Dauer: 60 Minuten
        Wo: Fichtelglas GmbH, Werk Selb, Vielitzer Straße 26, 95100 Selb – Verwaltungsgebäude, Raum 1.14
        Mit: Petra Wunderlich (Personal) und Harald Purucker (Werkleiter)

        Bei Rückfragen erreichen Sie Petra Wunderlich direkt unter petra.wunderlich@fichtelglas.de.

        Viele Grüße
        Ihr Fichtelglas-Team

        ---
        Gesendet über Workable. Antworten auf diese Nachricht werden an das Recruiting-Team weitergeleitet.
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d3748">
        <p>Hallo Lena,</p>
        <p>vielen Dank für Ihr Interesse an Fichtelglas! Ihr Interview für die Stelle <b>Einkäufer/in
        Rohstoffe &amp; Energie (m/w/d)</b> wurde eingeplant.</p>
        <p><b>Wann:</b> Montag, 30. November 2026, 11:00 Uhr (MEZ)<br><b>Dauer:</b> 60 Minuten<br>
        <b>Wo:</b> Fichtelglas GmbH, Werk Selb, Vielitzer Straße 26, 95100 Selb – Verwaltungsgebäude, Raum 1.14<br>
        <b>Mit:</b> Petra Wunderlich (Personal) und Harald Purucker (Werkleiter)</p>
        <p>Bei Rückfragen erreichen Sie Petra Wunderlich direkt unter
        <a href="mailto:petra.wunderlich@fichtelglas.de">petra.wunderlich@fichtelglas.de</a>.</p>
        <p>Viele Grüße<br>Ihr Fichtelglas-Team</p>
        <p style="font-size:11px;color:#a0aec0">Gesendet über Workable</p></div>
        """)
    hs = head(addr("Fichtelglas GmbH", "noreply@candidates.workablemail.com"),
              "Interview geplant: Einkäufer/in Rohstoffe & Energie (m/w/d) bei Fichtelglas GmbH",
              "2026-11-24 10:12", "<wk.7c1e4b2a9d.20261124091200@candidates.workablemail.com>",
              host="mail-out3.workablemail.com", ip="198.51.100.33",
              extra=(("Reply-To", "fichtelglas+7c1e4b2a9d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(18), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
           contact="k.doetsch@maelzerei-roehrig.de", company="Mälzerei Röhrig KG",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BER,
           days=(("Thu", "2026-10-22"),),
           note="Exchange update (SEQUENCE:1, 'Aktualisiert:') moving the second interview from Do 22.10. 15:00 to "
                "Mo 26.10. 9:30, the day after Europe's switch to CET (UTC+1) while the mail is sent in CEST; "
                "ICS W. Europe Standard Time agrees; contact = ORGANIZER/sender")
def outlook_roehrig_update() -> bytes:
    body = t("""
        Hallo Frau Pfister,

        Herr Röhrig ist am Donnerstag kurzfristig bei einem Kunden in Belgien. Wir haben das Zweitgespräch
        deshalb von Donnerstag, 22.10., 15:00 Uhr auf Montag, 26.10., 9:30 Uhr verlegt – wie gehabt bei uns
        im Haus, Laurenzistraße 31, 2. OG. Der Termin in Ihrem Kalender ist aktualisiert.

        Entschuldigen Sie die Umstände!

        Viele Grüße
        Katrin Dötsch
        Personal | Mälzerei Röhrig KG
        Laurenzistraße 31 | 96049 Bamberg
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Pfister,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Herr Röhrig ist am Donnerstag kurzfristig bei einem Kunden in Belgien. Wir haben das
        Zweitgespräch deshalb von Donnerstag, 22.10., 15:00 Uhr auf Montag, 26.10., 9:30 Uhr verlegt – wie gehabt bei
        uns im Haus, Laurenzistraße 31, 2. OG. Der Termin in Ihrem Kalender ist aktualisiert.</p>
        <p class="MsoNormal">Entschuldigen Sie die Umstände!</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Dötsch<br>Personal | Mälzerei Röhrig KG<br>
        Laurenzistraße 31 | 96049 Bamberg</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Dötsch, Katrin":mailto:k.doetsch@maelzerei-roehrig.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Pfister:mailto:lena.pfister@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Röhrig, Thomas":mailto:t.roehrig@maelzerei-roehrig.de
        UID:040000008200E00074C5B7101A82E00800000000D1F0B6E3A25ADC01000000000000000010000000E4F7A9B2C3D5E6F708192A3B4C5D6E7F
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch Einkauf – Frau Pfister / Herr Röhrig
        DTSTART;TZID=W. Europe Standard Time:20261026T093000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T131000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Mälzerei Röhrig\\, Laurenzistraße 31\\, 2. OG\\, Besprechungsraum Darre
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2127561093
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Dötsch, Katrin", "k.doetsch@maelzerei-roehrig.de"),
              "Aktualisiert: Zweitgespräch Einkauf – Frau Pfister / Herr Röhrig", "2026-10-19 15:10",
              "<FR3P281MB17420E6B3D2F4C7A91B8C0D2E3F4A@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2112.outbound.protection.outlook.com", ip="198.51.100.118",
              extra=(("Thread-Topic", enc("Zweitgespräch Einkauf – Frau Pfister / Herr Röhrig")),
                     ("Thread-Index", "AdtQ5kz7Hc1b2n0aT0qJ3vEo6l1xWwBpL2c="),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-12-04T12:00:00Z", end=None,
           contact="martin.leitner@linzer-brauanlagen.at", company="Linzer Brauanlagen GmbH",
           local="Fri 2026-12-04 13:00", zone="Europe/Vienna", days=(("Wed", "2026-12-02"),),
           note="Austrian hiring manager (Sie) moves the interview from Mi 2. Dezember 10:00 to Fr 4. Dezember 13:00 "
                "(CET, UTC+1); both times in the mail, start = the new one; 'ca. eine Stunde' -> end null; "
                "iso-8859-15 QP; contact = human sender")
def prose_linz_resched() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        leider muss ich unser Gespräch am Mittwoch, 2. Dezember, um 10:00 Uhr verschieben - an diesem Tag
        ist bei uns die Abnahme einer Sudhausanlage in Wels angesetzt, bei der ich dabei sein muss.

        Ich habe das Gespräch daher auf Freitag, 4. Dezember 2026, 13:00 Uhr verlegt; der Ort bleibt
        gleich (Linzer Brauanlagen GmbH, Industriezeile 47, 4020 Linz, Empfang Bürogebäude). Frau Aigner
        aus der Personalabteilung ist wieder mit dabei. Rechnen Sie bitte mit ca. einer Stunde.

        Sollte Ihnen der Freitag gar nicht möglich sein, rufen Sie mich bitte an: +43 732 771903-15.

        Mit freundlichen Grüßen

        Martin Leitner
        Leitung Einkauf & Logistik
        Linzer Brauanlagen GmbH
        """)
    hs = head(addr("Martin Leitner", "martin.leitner@linzer-brauanlagen.at"),
              "Verschiebung unseres Gesprächs auf Freitag, 4.12.", "2026-11-30 09:20",
              "<000c01db5f2a$7e1c3b40$7a54b1c0$@linzer-brauanlagen.at>", zone="Europe/Vienna",
              host="smtp.linzer-brauanlagen.at", ip="203.0.113.47", charset="iso-8859-15",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at")))
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(20), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T13:00:00Z", end="2026-11-03T14:30:00Z",
           contact="mette.kjaergaard@nordlysingredients.com", company="Nordlys Ingredients A/S",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:30", zone="Europe/Copenhagen",
           days=(("Thu", "2026-10-29"),),
           note="Greenhouse reschedule of the panel round (ICS SEQUENCE:1) from Thu 29 Oct to Tue 3 Nov 2:00-3:30 PM "
                "CET (Copenhagen, UTC+1); both times in the mail, start = the new one; contact = Reply-To recruiter")
def greenhouse_nordlys_resched() -> bytes:
    body = t("""
        Hi Lena,

        Unfortunately one of our panelists is no longer available on Thursday, October 29, so we have
        moved your panel interview. Here are the updated details:

        NEW TIME
        Tuesday, November 3, 2026
        2:00 PM - 3:30 PM CET (Copenhagen)

        Previously: Thursday, October 29, 2026, 1:00 PM - 2:30 PM CET

        Panel: Mads Holmgaard (Head of Raw Material Sourcing), Sofie Lindqvist (Quality Director),
        Henrik Bech (Supply Planning)
        Location: Microsoft Teams - the updated invitation is attached.

        Sorry for the change, and thank you for your flexibility. If the new time doesn't work, just reply
        to this email.

        Best regards,
        Mette Kjærgaard
        Talent Acquisition Partner
        Nordlys Ingredients A/S
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-32094115@greenhouse.io
        DTSTAMP:20261026T083000Z
        DTSTART:20261103T130000Z
        DTEND:20261103T143000Z
        SUMMARY:Panel Interview: Lena Pfister / Nordlys Ingredients - Category Buyer, Malt & Cereals
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Mette Kjærgaard:mailto:mette.kjaergaard@nordlysingredients.com
        ATTENDEE;CN=Lena Pfister;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.pfister@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nordlys Ingredients", "no-reply@us.greenhouse-mail.io"),
              "Updated: Your interview with Nordlys Ingredients has been rescheduled", "2026-10-26 09:30",
              "<6a19e3f02c7d_4b2f9e1c7a0@greenhouse-mail-3d5e.mail>", zone="Europe/Copenhagen",
              host="o3.email.greenhouse.io", ip="198.51.100.44",
              extra=(("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@nordlysingredients.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(21), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-12-10T15:00:00Z", end="2026-12-10T16:00:00Z",
           contact="ciara.nolan@oakridgebotanicals.ie", company="Oakridge Botanicals Ltd",
           local="Thu 2026-12-10 15:00", local_end="2026-12-10 16:00", zone="Europe/Dublin",
           days=(("Tue", "2026-12-08"),),
           note="Lever reschedule (ICS SEQUENCE:1) from Tue 8 Dec to Thu 10 Dec 3:00-4:00 PM Irish time (GMT in "
                "December = UTC; 16:00 in Bamberg); contact = Reply-To recruiter")
def lever_oakridge_resched() -> bytes:
    body = t("""
        Hi Lena,

        Your interview with Oakridge Botanicals has been rescheduled.

        Position: Senior Buyer - Botanical Raw Materials
        New time: Thursday, December 10, 2026, 3:00 PM - 4:00 PM GMT (Dublin)
        Previous time: Tuesday, December 8, 2026, 2:00 PM - 3:00 PM GMT (Dublin)
        Interviewers: Declan Fahy (Procurement Director), Ciara Nolan (Talent Partner)
        Video call: https://oakridgebotanicals.zoom.us/j/93318820471

        An updated calendar invitation is attached. If you have any questions, simply reply to this email.

        Best,
        Ciara Nolan
        Oakridge Botanicals
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-7f0e2c91-4a1d-4b7c-b3e8-0c6a5d2f1e93
        DTSTAMP:20261203T111000Z
        DTSTART:20261210T150000Z
        DTEND:20261210T160000Z
        SUMMARY:Interview: Lena Pfister <> Oakridge Botanicals (Senior Buyer)
        LOCATION:https://oakridgebotanicals.zoom.us/j/93318820471
        ORGANIZER;CN=Ciara Nolan:mailto:ciara.nolan@oakridgebotanicals.ie
        ATTENDEE;CN=Lena Pfister;RSVP=TRUE:mailto:lena.pfister@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Oakridge Botanicals", "no-reply@hire.lever.co"),
              "Rescheduled: Interview with Oakridge Botanicals", "2026-12-03 11:10",
              "<20261203111004.lever.9c3a7e@hire.lever.co>", zone="Europe/Dublin",
              host="mail-b.hire.lever.co", ip="198.51.100.58",
              extra=(("Reply-To", addr("Ciara Nolan", "ciara.nolan@oakridgebotanicals.ie")),))
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"),
                                 html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>\n",
                                      charset="us-ascii", cte="7bit")),
                             calendar(ics, method="REQUEST", cte="7bit", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-10-20T09:00:00Z", end="2026-10-20T10:00:00Z",
           contact="a.wenzel@thmh-erfurt.de", company="Thüringer Malz- und Hopfenhandel GmbH",
           local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=BER,
           note="Google Calendar cancellation (German UI, METHOD:CANCEL, STATUS:CANCELLED) of the Di 20. Okt. "
                "11:00-12:00 MESZ interview; start = the cancelled slot; the organizer's note says the position is "
                "on hold; contact = ORGANIZER/sender")
def gcal_thmh_cancel() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Einkauf – Lena Pfister
        Dienstag, 20. Oktober 2026 ⋅ 11:00 – 12:00
        Mitteleuropäische Zeit - Berlin

        Nachricht von Andreas Wenzel:
        Liebe Frau Pfister, leider müssen wir das Gespräch absagen – die Stelle ist aus Budgetgründen
        vorerst gestoppt. Ich melde mich, sobald es Neuigkeiten gibt. Entschuldigen Sie bitte!

        Organisator
        Andreas Wenzel
        a.wenzel@thmh-erfurt.de

        Gäste
        Andreas Wenzel - Organisator
        Claudia Fröbel
        lena.pfister@example.com

        """) + GCAL_FOOTER_DE
    ics = thmh_ics("CANCEL", 1, "CANCELLED")
    hs = head(addr("Andreas Wenzel", "a.wenzel@thmh-erfurt.de"),
              "Abgesagter Termin: Vorstellungsgespräch Einkauf – Lena Pfister @ Di. 20. Okt. 2026 11:00 - 12:00 "
              "(MESZ) (lena.pfister@example.com)", "2026-10-16 09:02",
              "<calendar-5e2d91a7-0c34-4f8b-b6a2-7d9e1c3f5a08@google.com>",
              host="mail-sor-f69.google.com", ip="198.51.100.69",
              extra=(("Reply-To", addr("Andreas Wenzel", "a.wenzel@thmh-erfurt.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@make.mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-12-18T09:00:00Z", end=None,
           contact="tobias@frankentrank.de", company="FrankenTrank GmbH",
           local="Fri 2026-12-18 10:00", zone=BER,
           note="Founder (Du) cancels 'unseren Termin am Freitag, 18.12. um 10 Uhr' because the role was filled "
                "internally; CET (UTC+1); no new time; cancelled slot as start; contact = human sender")
def prose_frankentrank_cancel() -> bytes:
    body = t("""
        Hi Lena,

        blöde Nachricht, und ich sag's lieber gleich: Wir haben die Einkaufsstelle jetzt doch intern
        besetzt – unsere Kollegin aus der Logistik wollte schon länger wechseln, und das hat sich letzte
        Woche ergeben. Unseren Termin am Freitag, 18.12. um 10 Uhr muss ich deshalb leider absagen.

        Tut mir echt leid, zumal du extra nach Forchheim gekommen wärst. Wenn wir nächstes Jahr wie geplant
        die zweite Abfüllung aufmachen, melde ich mich auf jeden Fall wieder bei dir.

        Schöne Feiertage und viele Grüße
        Tobias

        --
        Tobias Zenk
        FrankenTrank GmbH · Bayreuther Straße 9 · 91301 Forchheim
        """)
    hs = head(addr("Tobias Zenk", "tobias@frankentrank.de"),
              "Unser Termin am Freitag", "2026-12-14 08:31",
              "<CAH3kQw9vJ2n8X0pLd7ZfE4yR1mC6bT5sAu@mail.gmail.com>",
              host="mail-ed1-f54.google.com", ip="198.51.100.54")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@make.mail(N(24), family="teamtailor", lang="de", interview=True, kind="cancelled",
           start="2026-10-14T07:00:00Z", end="2026-10-14T07:45:00Z",
           contact="verena.huber@salzach-getraenketechnik.at", company="Salzach Getränketechnik GmbH",
           local="Wed 2026-10-14 09:00", local_end="2026-10-14 09:45", zone="Europe/Vienna",
           note="Teamtailor cancellation with METHOD:CANCEL ICS of the Mi 14.10. 09:00-09:45 MESZ video interview; "
                "new dates only promised; start = the cancelled slot; contact = Reply-To recruiter")
def teamtailor_salzach_cancel() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        leider müssen wir Ihr Videointerview am Mittwoch, 14. Oktober 2026, um 09:00 Uhr absagen, da
        Herr Brandstätter diese Woche krankheitsbedingt ausfällt. Die Kalendereinladung haben wir storniert.

        Frau Huber meldet sich in den nächsten Tagen mit neuen Terminvorschlägen bei Ihnen. Wir bitten
        um Ihr Verständnis.

        Freundliche Grüße aus Salzburg
        Verena Huber
        Salzach Getränketechnik GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:tt-interview-5521907@teamtailor.com
        DTSTAMP:20261012T121500Z
        DTSTART:20261014T070000Z
        DTEND:20261014T074500Z
        SUMMARY:Abgesagt: Videointerview Salzach Getränketechnik – Lena Pfister
        ORGANIZER;CN=Verena Huber:mailto:verena.huber@salzach-getraenketechnik.at
        ATTENDEE;CN=Lena Pfister:mailto:lena.pfister@example.com
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Salzach Getränketechnik GmbH", "no-reply@teamtailor-mail.com"),
              "Absage: Videointerview am 14. Oktober", "2026-10-12 14:15",
              "<670a6c1d9e_7f3a.tt-mailer@teamtailor-mail.com>", zone="Europe/Vienna",
              host="mail-out-12.teamtailor-mail.com", ip="198.51.100.212",
              extra=(("Reply-To", addr("Verena Huber", "verena.huber@salzach-getraenketechnik.at")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="de", interview=False, company="Brauereimaschinen Kulmbach GmbH",
           days=(("Thu", "2026-10-01"),),
           note="Personio rejection after the interview on 1 October; a past date, nothing to attend")
def rejection_kulmbach() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        nochmals vielen Dank für Ihr Interesse und das angenehme Gespräch am Donnerstag, 1. Oktober, bei
        uns in Kulmbach.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung im
        Anlagenbau-Einkauf unserem aktuellen Bedarf noch etwas näher kommt. Diese Entscheidung ist uns
        nicht leicht gefallen.

        Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talent-Pool behalten. Sind Sie
        damit nicht einverstanden, genügt eine kurze Nachricht.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Jana Schaller
        Personal
        Brauereimaschinen Kulmbach GmbH
        """)
    hs = head(addr("Brauereimaschinen Kulmbach GmbH", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Einkäufer Anlagenbau (m/w/d)", "2026-10-09 10:20",
              "<0102019a6b0d7c21-kulmbach-4411@eu-central-1.amazonses.com>",
              host="a7-22.smtp-out.eu-central-1.amazonses.com", ip="198.51.100.22",
              extra=(("Reply-To", addr("Jana Schaller", "jana.schaller@bmk-kulmbach.de")),))
    return message(hs, text(body))


@make.mail(N(26), family="rejection", lang="en", interview=False, company="Brackley Botanicals Ltd",
           days=(("Mon", "2026-10-26"),),
           note="iCIMS rejection after the 26 October interview (thread with the Brackley confirmation)")
def rejection_brackley() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        Dear Lena,<br><br>
        Thank you for taking the time to interview with us on Monday 26 October for the Purchasing Manager,
        Botanicals &amp; Extracts position.<br><br>
        We received a strong response to this vacancy and, after careful consideration, we have decided to
        move forward with another candidate whose experience more closely matches our requirements.<br><br>
        We appreciate your interest in Brackley Botanicals and wish you every success in your search.<br><br>
        Kind regards,<br>Brackley Botanicals Talent Acquisition<br><br>
        <span style="font-size:10px;color:#888">Please do not reply to this message.</span>
        </body></html>
        """)
    hs = head(addr("Brackley Botanicals", "brackley@talent.icims.com"),
              "Your application - Purchasing Manager, Botanicals & Extracts", "2026-11-10 16:05",
              "<1251180.20261110160502.icims.mail@talent.icims.com>", zone="Europe/London",
              host="mail3.talent.icims.com", ip="198.51.100.203")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(27), family="application_ack", lang="de", interview=False, company="Saale-Etiketten GmbH",
           note="Recruitee receipt (Thuringia); 'laden wir Sie zu einem Gespräch ein' is conditional")
def ack_saale() -> bytes:
    body = t("""
        Liebe Frau Pfister,

        vielen Dank für Ihre Bewerbung als Einkäuferin Papier & Folien (m/w/d) bei der Saale-Etiketten GmbH
        in Jena. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir sehen uns alle Bewerbungen sorgfältig an und melden uns innerhalb von zwei Wochen bei Ihnen.
        Wenn Ihr Profil zu unseren Anforderungen passt, laden wir Sie gerne zu einem persönlichen Gespräch ein.

        Herzliche Grüße
        Ihr Personalteam der Saale-Etiketten GmbH

        Diese E-Mail wurde automatisch über Recruitee versendet.
        """)
    page = "<div style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    hs = head(addr("Saale-Etiketten GmbH", "no-reply@recruitee.com"),
              "Vielen Dank für Ihre Bewerbung – Einkäuferin Papier & Folien (m/w/d)", "2026-09-01 19:44",
              "<rt.9a7c11e2.20260901174402@mailer.recruitee.com>",
              host="mailer2.recruitee.com", ip="198.51.100.141",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(28), family="application_ack", lang="en", interview=False, company="Halcyon Flavour Systems plc",
           note="Taleo application receipt, windows-1252 QP; talks about the process, fixes no time")
def ack_taleo_halcyon() -> bytes:
    body = t("""
        Dear Lena Pfister,

        Thank you for applying for the position of Procurement Lead – Natural Flavours (Requisition 26000412)
        with Halcyon Flavour Systems plc.

        Your application has been successfully submitted. Our recruitment team will review your profile
        against the requirements of the role. Shortlisted candidates will be contacted to arrange a telephone
        screen, followed by a competency-based interview.

        You can track the status of your application at any time by logging in to your candidate profile:
        https://halcyonflavour.taleo.net/careersection/ex/mysubmissions.ftl

        Kind regards,
        Halcyon Flavour Systems Talent Acquisition

        ***This is an automated message. Please do not reply.***
        """)
    hs = head(addr("Halcyon Flavour Systems", "halcyonflavour@taleo.net"),
              "Thank you for applying - Procurement Lead - Natural Flavours", "2026-09-04 13:27",
              "<1402583881.9916.1788524820113.JavaMail.taleo@tlo-mail-06>", zone="Europe/London",
              host="smtp06.taleo.net", ip="198.51.100.66")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(29), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board digest (fictional 'Jobkompass'); 'Vorstellungsgespräch in 2 Wochen' badges are marketing")
def alert_jobkompass() -> bytes:
    body = t("""
        Hallo Lena,

        12 neue Jobs passen zu Ihrem Suchauftrag „Einkäufer“ im Umkreis von 50 km um Bamberg:

        Einkäufer (m/w/d) Technische Güter
        Scherer Anlagenbau GmbH · Hallstadt · vor 1 Tag
        Schnelle Rückmeldung – Vorstellungsgespräch oft in 2 Wochen

        Strategischer Einkäufer Rohstoffe (m/w/d)
        Frankenmalz Handels-KG · Bamberg · vor 2 Tagen

        Sachbearbeiter Einkauf / Disposition (m/w/d)
        Obermain Getränke GmbH · Lichtenfels · vor 3 Tagen

        Category Manager Packaging (m/w/d)
        Regnitz Verpackung AG · Erlangen · vor 3 Tagen

        Alle 12 Jobs ansehen: https://www.jobkompass.de/suche?q=Eink%C3%A4ufer&ort=Bamberg&r=50

        Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
        Suchauftrag bearbeiten oder abbestellen: https://www.jobkompass.de/konto/suchauftraege
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Jobkompass", "suchauftrag@news.jobkompass.de"),
              "12 neue Jobs für „Einkäufer“ in Bamberg", "2026-09-21 06:02",
              "<20260921040200.48812.alert@news.jobkompass.de>",
              host="mta4.news.jobkompass.de", ip="203.0.113.84",
              extra=(("List-Unsubscribe", "<https://www.jobkompass.de/abmelden?u=8812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(30), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network job alert (fictional ProNet) for Copenhagen/Brussels; 'Actively interviewing' "
                "badges are not a confirmation")
def alert_pronet() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#191919">
        <p>Lena, here are new jobs for <b>Procurement Manager</b> in Copenhagen and Brussels</p>
        <table cellpadding="8">
        <tr><td><b>Senior Buyer, Grain &amp; Malt</b><br>Sjælland Foods A/S · Copenhagen (Hybrid)<br>
        <span style="color:#057642">Actively interviewing</span> · 38 applicants</td></tr>
        <tr><td><b>Procurement Manager Ingredients</b><br>Brabant Bakery Solutions · Brussels<br>
        <span style="color:#057642">Actively interviewing</span> · Be an early applicant</td></tr>
        <tr><td><b>Category Manager Raw Materials (m/f/d)</b><br>Eurogran Trading NV · Antwerp<br>Promoted</td></tr>
        </table>
        <p><a href="https://www.pronet.example/jobs/alerts">See all jobs</a></p>
        <p style="font-size:11px;color:#666">You are receiving Job Alert emails.
        <a href="https://www.pronet.example/jobs/alerts/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(addr("ProNet Job Alerts", "jobalerts-noreply@pronet.example"),
              "Procurement Manager: 3 new jobs in Copenhagen and Brussels", "2026-10-07 07:31",
              "<1921877345.4401215.1791394260333@ltx1-app9120.prod.pronet.example>",
              host="mail-a.pronet.example", ip="203.0.113.201",
              extra=(("List-Unsubscribe", "<https://www.pronet.example/jobs/alerts/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(31), family="newsletter", lang="de", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Trade newsletter for brewers and suppliers with 'Im Interview' feature and a fair date; confirms "
                "nothing for the reader")
def newsletter_sudhaus() -> bytes:
    body = t("""
        SUDHAUS-BRIEF · Ausgabe 40/2026

        Liebe Leserinnen und Leser,

        die Hopfenernte 2026 ist eingefahren – und die ersten Zahlen aus der Hallertau sind besser als
        befürchtet. Außerdem in dieser Ausgabe:

        IM INTERVIEW: Braumeisterin Corinna Held über Rohstoffeinkauf in unsicheren Zeiten
        „Wer nur auf den Spotmarkt setzt, zahlt am Ende doppelt.“ Warum die Oberfränkin Vorkontrakte über
        drei Jahre abschließt. → https://www.sudhaus-brief.de/interview-held

        MARKT: Braugerste Ernte 2026 – Qualitäten und Preise im Überblick

        TERMIN: Braumesse Franken, Dienstag, 10. November 2026, Messezentrum Nürnberg – Fachforum
        „Einkauf 2027“ ab 14:00 Uhr.

        STELLENMARKT: 23 aktuelle Angebote aus Brauerei und Zulieferindustrie

        Ihr Sudhaus-Brief-Team

        Newsletter abbestellen: https://www.sudhaus-brief.de/abmelden
        """)
    hs = head(addr("Sudhaus-Brief", "newsletter@sudhaus-brief.de"),
              "Hopfenernte 2026, Interview mit Corinna Held, Braumesse Franken", "2026-10-01 07:00",
              "<nl-40-2026.3f7a1c@sudhaus-brief.de>",
              host="mail.cleverreach-out.example.net", ip="203.0.113.17",
              extra=(("List-Unsubscribe", "<https://www.sudhaus-brief.de/abmelden>"),
                     ("List-Id", "Sudhaus-Brief <newsletter.sudhaus-brief.de>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body))


@make.mail(N(32), family="recruiter_outreach", lang="de", interview=False, company="Mainfranken Executive GmbH",
           note="Headhunter's cold approach (Sie) for an unnamed client; asks for a short call this week, nothing fixed")
def outreach_mainfranken() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        Ihr Profil ist mir aufgefallen, weil Sie seit Jahren den Rohstoffeinkauf für Brauereikunden
        verantworten – genau diese Erfahrung sucht einer meiner Mandanten, ein familiengeführter
        Getränkehersteller in Unterfranken, für die neu geschaffene Position Leitung Einkauf.

        Hätten Sie in den nächsten Tagen Zeit für ein vertrauliches Telefonat von etwa 20 Minuten? Nennen
        Sie mir gern zwei, drei Zeitfenster, ich richte mich nach Ihnen.

        Mit besten Grüßen
        Dr. Carsten Vogt
        Partner
        Mainfranken Executive GmbH | Theaterstraße 22 | 97070 Würzburg
        """)
    hs = head(addr("Dr. Carsten Vogt", "c.vogt@mainfranken-executive.de"),
              "Vertrauliche Anfrage – Leitung Einkauf, Getränkeindustrie", "2026-09-16 12:48",
              "<002301db2c7e$1a4e6f80$4eeb4e80$@mainfranken-executive.de>",
              host="smtp.mainfranken-executive.de", ip="203.0.113.97")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="scheduling_proposal", lang="en", interview=False, company="Oakridge Botanicals Ltd",
           days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
           note="Recruiter proposes slots (Tue 8 Dec 14:00 or 16:00 Irish time, or Wed 9 Dec morning) and asks which "
                "suits; not yet confirmed (the later Lever mails fix and move it)")
def proposal_oakridge() -> bytes:
    body = t("""
        Hi Lena,

        Lovely to speak with you on Wednesday. Declan would like to meet you for a first interview - it's
        an hour on Zoom with him and me.

        Would any of these suit?
          - Tuesday 8 December, 14:00 or 16:00 (Irish time, so 15:00 or 17:00 for you)
          - Wednesday 9 December, any time between 09:00 and 12:00

        Once you let me know, I'll send a calendar invite through our system.

        Best,
        Ciara

        Ciara Nolan
        Talent Partner | Oakridge Botanicals
        Little Island, Co. Cork
        """)
    hs = head(addr("Ciara Nolan", "ciara.nolan@oakridgebotanicals.ie"),
              "Oakridge Botanicals - first interview, some times", "2026-11-27 12:30",
              "<DB9PR02MB7321A1F0C3E@DB9PR02MB7321.eurprd02.prod.outlook.com>", zone="Europe/Dublin",
              host="mail-db8eur05on2120.outbound.protection.outlook.com", ip="198.51.100.120")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii",
                                                                            cte="7bit")))


@make.mail(N(34), family="scheduling_link", lang="en", interview=False, company="Nordlys Ingredients A/S",
           note="Greenhouse availability request before the first Nordlys interview; no time chosen yet")
def availability_nordlys() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for applying to the Category Buyer, Malt & Cereals role at Nordlys Ingredients! We'd love to
        set up a 45-minute video interview with Mads Holmgaard, our Head of Raw Material Sourcing.

        Please let us know when you're available over the next two weeks by submitting your availability
        here:

        https://app.greenhouse.io/availability/2e6f1c90-8a47-4b1f-9d3c-71e0a5b2c4d8

        Times are shown in your local time zone. Once we've found a slot, you'll receive a confirmation
        with a calendar invitation.

        Best regards,
        Mette Kjærgaard
        Talent Acquisition Partner, Nordlys Ingredients A/S
        """)
    hs = head(addr("Nordlys Ingredients", "no-reply@us.greenhouse-mail.io"),
              "Nordlys Ingredients - Please share your availability", "2026-09-11 11:15",
              "<4d2e8b1f3a9c_2e1f7c4b9d0@greenhouse-mail-7b9c.mail>", zone="Europe/Copenhagen",
              host="o3.email.greenhouse.io", ip="198.51.100.44",
              extra=(("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@nordlysingredients.com")),))
    return message(hs, text(body))


@make.mail(N(35), family="auto_reply", lang="de", interview=False, company=None,
           days=(("Fri", "2026-09-25"), ("Mon", "2026-09-28")),
           note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Hopfenkontor HR officer to Lena's "
                "thank-you note; only absence dates")
def ooo_amann() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 25.09.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf
        meine E-Mails. Ab Montag, 28.09., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an personal@hopfenkontor-wolnzach.de.

        Mit freundlichen Grüßen
        Sabine Amann
        """)
    hs = head(addr("Sabine Amann", "sabine.amann@hopfenkontor-wolnzach.de"),
              "Automatische Antwort: Vielen Dank für das Gespräch", "2026-09-18 08:02",
              "<FRYP281MB2193C1A8E07@FRYP281MB2193.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2099.outbound.protection.outlook.com", ip="198.51.100.99",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJ7pQx1Ab3dE9f@mail.example.com>")))
    return message(hs, text(body))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) for Lena's thank-you after the Nordlys panel, sent to a misspelt address; "
                "the quoted mail looks back at 'yesterday's panel interview'")
def bounce_thankyou() -> bytes:
    orig_body = t("""
        Dear Mads,

        thank you very much for yesterday's panel interview and for the open conversation about your
        malt sourcing strategy. I enjoyed it a lot and would be glad to contribute to your team.

        Kind regards,
        Lena Pfister
        """)
    orig = message([("From", LENA), ("To", addr("Mads Holmgaard", "mads.holmgard@nordlysingredients.com")),
                    ("Subject", "Thank you - panel interview"),
                    ("Date", date("2026-11-04 07:14", BER)),
                    ("Message-ID", "<CAJ7pQx8Kp2sVn4@mail.example.com>")],
                   text(orig_body, charset="us-ascii", cte="7bit"))
    expl = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <mads.holmgard@nordlysingredients.com>: host
            mx1.nordlysingredients.com[203.0.113.60] said: 550 5.1.1
            <mads.holmgard@nordlysingredients.com>: Recipient address rejected: User
            unknown (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Zq7Hk2Lm9z3sWt
        X-Postfix-Sender: rfc822; lena.pfister@example.com
        Arrival-Date: Wed,  4 Nov 2026 07:14:09 +0100 (CET)

        Final-Recipient: rfc822; mads.holmgard@nordlysingredients.com
        Original-Recipient: rfc822;mads.holmgard@nordlysingredients.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.nordlysingredients.com
        Diagnostic-Code: smtp; 550 5.1.1 <mads.holmgard@nordlysingredients.com>:
            Recipient address rejected: User unknown
        """)
    hs = [("Received", "by mx1.example.com (Postfix)\r\n id 4Zq7Hn0Wc1z3sWv; Wed,  4 Nov 2026 07:14:12 +0100 (CET)"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.com")),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-04 07:14", BER)),
          ("Message-ID", "<20261104061412.4Zq7Hn0Wc1z3sWv@mx1.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    report = multipart("report",
                       text(expl, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    return message(hs, report)


@make.mail(N(37), family="offer", lang="de", interview=False, company="Mälzerei Röhrig KG",
           days=(("Mon", "2026-10-26"), ("Fri", "2026-11-20"), ("Fri", "2027-01-01")),
           note="Contract offer after the 26.10. interview with a reply deadline (Fr 20.11.) and a start date; "
                "PDF attached; nothing to attend")
def offer_roehrig() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        vielen Dank für die guten Gespräche, zuletzt am Montag, 26.10., mit Herrn Röhrig. Wir freuen uns
        sehr, Ihnen die Position Leitung Rohstoffeinkauf anbieten zu dürfen.

        Im Anhang finden Sie unser Vertragsangebot. Eintritt wäre zum 1. Januar 2027 möglich, gerne auch
        früher nach Absprache. Wir würden uns über Ihre Rückmeldung bis Freitag, 20.11.2026, freuen.

        Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

        Viele Grüße
        Katrin Dötsch
        Personal | Mälzerei Röhrig KG
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Pfister.pdf"'),
                ("Content-Disposition", 'attachment; filename="Vertragsangebot_Pfister.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Dötsch, Katrin", "k.doetsch@maelzerei-roehrig.de"),
              "Vertragsangebot Leitung Rohstoffeinkauf", "2026-11-06 11:00",
              "<FR3P281MB1742F1A2B3C4D5E6F7081920A3B4C@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2107.outbound.protection.outlook.com", ip="198.51.100.107",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(text(body), att))


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="Dentist appointment confirmation from a booking service with ICS; a confirmed time, not an interview")
def dentist_betz() -> bytes:
    body = t("""
        Guten Tag Frau Pfister,

        Ihr Termin ist bestätigt:

        Zahnarztpraxis Dr. Ulrike Betz
        Professionelle Zahnreinigung
        Donnerstag, 24.09.2026, 08:15 Uhr
        Luitpoldstraße 18, 96052 Bamberg

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen
        Sie ihn bitte bis spätestens 24 Stunden vorher ab: https://www.termio-praxis.de/t/8KQ2XZ

        Ihr Termio-Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Termio//Praxistermine//DE
        METHOD:PUBLISH
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:termio-8KQ2XZ@termio-praxis.de
        DTSTAMP:20260921T160500Z
        DTSTART;TZID=Europe/Berlin:20260924T081500
        DTEND;TZID=Europe/Berlin:20260924T090000
        SUMMARY:Zahnarzt: Professionelle Zahnreinigung (Dr. Betz)
        LOCATION:Luitpoldstraße 18\\, 96052 Bamberg
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Termio", "termine@termio-praxis.de"),
              "Terminbestätigung: Zahnarztpraxis Dr. Ulrike Betz, Do 24.09. 08:15", "2026-09-21 18:05",
              "<termio.8KQ2XZ.confirm@termio-praxis.de>", host="mx-out.termio-praxis.de", ip="203.0.113.55")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@make.mail(N(39), family="appointment", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Garage appointment for the tyre change; an ordinary fixed-time appointment")
def garage_dippold() -> bytes:
    body = t("""
        Hallo Frau Pfister,

        hiermit bestätigen wir Ihren Termin zum Räderwechsel:

        Samstag, 17.10.2026, 09:00 Uhr
        Fahrzeug: VW Golf, BA-LP 417
        Leistung: Räderwechsel Sommer/Winter inkl. Einlagerung

        Die Arbeiten dauern etwa 30 Minuten, Sie können gerne in unserem Kundenbereich warten.

        Ihr Team vom Autohaus Dippold
        Hallstadter Straße 101 · 96052 Bamberg · Tel. 0951 96530-0
        """)
    hs = head(addr("Autohaus Dippold Service", "service@autohaus-dippold.de"),
              "Terminbestätigung Räderwechsel am 17.10.2026", "2026-10-12 16:40",
              "<20261012144022.31877@autohaus-dippold.de>", host="smtp.autohaus-dippold.de", ip="203.0.113.22")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(40), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Exchange invitation from Lena's current boss to her annual review (Mitarbeiterjahresgespräch) at "
                "her work address; a meeting at the current employer, not a job interview")
def outlook_jahresgespraech() -> bytes:
    work = addr("Lena Pfister", "lena.pfister@example.org")
    body = t("""
        Hallo Lena,

        wie jedes Jahr: unser Jahresgespräch. Bitte bring den ausgefüllten Vorbereitungsbogen mit
        (liegt im Teams-Ordner „Personal“). Ich habe uns den kleinen Besprechungsraum geblockt.

        Gruß
        Wolfgang
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Schrüfer, Wolfgang":mailto:w.schruefer@regnitztal-brauereibedarf.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Pfister:mailto:lena.pfister@example.org
        UID:040000008200E00074C5B7101A82E00800000000F3A1C5D7E99BDC01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F708192A3B4C
        SUMMARY;LANGUAGE=de-DE:Mitarbeiterjahresgespräch 2026 – Pfister
        DTSTART;TZID=W. Europe Standard Time:20261125T140000
        DTEND;TZID=W. Europe Standard Time:20261125T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T081200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum 1 (EG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Schrüfer, Wolfgang", "w.schruefer@regnitztal-brauereibedarf.de"),
              "Mitarbeiterjahresgespräch 2026 – Pfister", "2026-11-16 09:12",
              "<BE1P281MB2044E7A1C3D5@BE1P281MB2044.DEUP281.PROD.OUTLOOK.COM>", to=work,
              rcpt="lena.pfister@example.org",
              host="mail-be0deu01on2088.outbound.protection.outlook.com", ip="198.51.100.88",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(41), family="event_registration", lang="de", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Trade-fair ticket (Braumesse Franken) with a 'Karriere-Talk' panel time; an event, not an interview")
def fair_ticket() -> bytes:
    body = t("""
        Hallo Lena Pfister,

        vielen Dank für Ihre Registrierung! Ihr Fachbesucher-Ticket für die Braumesse Franken 2026:

        Dienstag, 10. November 2026, Messezentrum Nürnberg, Halle 4A
        Einlass ab 9:00 Uhr

        Programm-Tipps für Sie:
        11:00 Uhr  Rohstoffmärkte 2027 – Malz, Hopfen, Energie
        14:00 Uhr  Karriere-Talk: Einkauf im Wandel – vier Einkäuferinnen im Gespräch
        16:30 Uhr  Verpackung ohne Plastik: Praxisbeispiele

        Ihr Ticket (PDF mit QR-Code) finden Sie in Ihrem Besucherkonto:
        https://tickets.braumesse-franken.de/konto

        Wir freuen uns auf Ihren Besuch!
        Ihr Team der Braumesse Franken
        """)
    hs = head(addr("Braumesse Franken", "tickets@braumesse-franken.de"),
              "Ihre Registrierung: Braumesse Franken 2026 – Fachbesucher-Ticket", "2026-10-26 20:17",
              "<reg-2026-118843@tickets.braumesse-franken.de>", host="mailout.braumesse-franken.de",
              ip="203.0.113.143")
    return message(hs, text(body, cte="base64"))


@make.mail(N(42), family="travel_booking", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Rail booking Bamberg -> Ingolstadt on the morning of the Wolnzach interview; travel, not a "
                "confirmation of the interview")
def train_ticket() -> bytes:
    body = t("""
        Ihre Buchungsbestätigung

        Auftragsnummer: FX7 K2Q 91L
        Reisende: Lena Pfister

        Hinfahrt am Donnerstag, 17.09.2026
        Bamberg        ab 06:41   RE 4012
        Nürnberg Hbf   an 07:25
        Nürnberg Hbf   ab 07:38   RB 58117
        Ingolstadt Hbf an 08:47

        Rückfahrt: flexibel (Flexpreis)

        Preis: 41,90 EUR (inkl. 7 % MwSt.)

        Ihr Online-Ticket finden Sie im Anhang und in der App. Gute Fahrt!
        Frankenbahn Reiseservice
        """)
    hs = head(addr("Frankenbahn Reiseservice", "buchung@frankenbahn-ticket.de"),
              "Buchungsbestätigung FX7 K2Q 91L – Bamberg → Ingolstadt Hbf", "2026-09-13 21:48",
              "<FX7K2Q91L.20260913.buchung@frankenbahn-ticket.de>", host="mx-out2.frankenbahn-ticket.de",
              ip="203.0.113.71")
    return message(hs, text(body))


@make.mail(N(43), family="appointment", lang="de", interview=False, company=None,
           days=(("Sat", "2026-09-05"),),
           note="Photo studio appointment for application photos; fixed time, not an interview")
def photo_studio() -> bytes:
    body = t("""
        Liebe Frau Pfister,

        danke für Ihre Buchung! Wir freuen uns auf Ihr Bewerbungsfoto-Shooting:

        Samstag, 05.09.2026, 10:00 – 10:45 Uhr
        Fotostudio Lichtblick, Obere Königstraße 7, 96052 Bamberg

        Tipp: Bringen Sie gern zwei Oberteile in ruhigen Farben mit. Die Auswahl der Bilder machen wir direkt
        im Anschluss gemeinsam am Bildschirm.

        Bis Samstag!
        Miriam Roth
        Fotostudio Lichtblick
        """)
    hs = head(addr("Fotostudio Lichtblick", "studio@lichtblick-bamberg.de"),
              "Ihr Termin für Bewerbungsfotos am Samstag", "2026-09-02 17:25",
              "<5b1f0e2a-7d43-4e61-9c85-lichtblick@lichtblick-bamberg.de>",
              host="smtp.ionos.example.net", ip="203.0.113.35")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="course_booking", lang="de", interview=False, company=None,
           days=(("Mon", "2026-10-05"),),
           note="Language-school course registration (Business English B2, first session Mo 05.10. 18:00)")
def course_english() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        wir bestätigen Ihre Anmeldung zum Kurs

        Business English B2 - Meetings, Negotiations & Interviews (Kurs-Nr. 26H-E214)
        10 Termine, montags 18:00 - 19:30 Uhr, Beginn: Montag, 05.10.2026
        Raum 2.03, Sprachschule am Schillerplatz, Schillerplatz 11, 96047 Bamberg

        Die Kursgebühr von 189,00 EUR buchen wir in den nächsten Tagen per Lastschrift ab.

        Mit freundlichen Grüßen
        Ihre Sprachschule am Schillerplatz
        """)
    hs = head(addr("Sprachschule am Schillerplatz", "anmeldung@sprachschule-schillerplatz.de"),
              "Anmeldebestätigung Kurs 26H-E214", "2026-09-28 10:05",
              "<20260928080514.kurs26HE214.4471@sprachschule-schillerplatz.de>",
              host="mail.sprachschule-schillerplatz.de", ip="203.0.113.114")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(45), family="post_interview", lang="en", interview=False, company=None,
           note="Hiring manager's thanks the day after the Nordlys panel; 'we'll get back to you', no new meeting")
def post_nordlys() -> bytes:
    body = t("""
        Hi Lena,

        Thank you for your note (it reached me via Mette - my surname only has one "a" in the address,
        a classic!). We really enjoyed the conversation yesterday, and the panel was impressed with your
        contract-sourcing examples.

        We have one more candidate to meet this week and will get back to you by the end of next week.

        Best regards,
        Mads

        Mads Holmgaard
        Head of Raw Material Sourcing | Nordlys Ingredients A/S
        """)
    hs = head(addr("Mads Holmgaard", "mads.holmgaard@nordlysingredients.com"),
              "Re: Thank you - panel interview", "2026-11-04 16:40",
              "<AS4P195MB1590C2D3E4F5A6B7@AS4P195MB1590.EURP195.PROD.OUTLOOK.COM>", zone="Europe/Copenhagen",
              host="mail-am7eur03on2115.outbound.protection.outlook.com", ip="198.51.100.115",
              extra=(("In-Reply-To", "<CAJ7pQx9Lr3tWo5@mail.example.com>"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(46), family="assessment", lang="de", interview=False, company="Donau Filtertechnik AG",
           days=(("Sun", "2026-10-25"),),
           note="SmartRecruiters request to complete an online questionnaire by Sunday 25.10. 23:59; a deadline, "
                "not an appointment")
def assessment_donau() -> bytes:
    body = t("""
        Guten Tag Frau Pfister,

        vielen Dank für Ihre Bewerbung als Einkäufer (m/w/d) Rohstoffe & Packmittel. Als nächsten Schritt
        bitten wir Sie, unseren kurzen Online-Fragebogen (ca. 25 Minuten) auszufüllen:

        https://jobs.smartrecruiters.com/DonauFiltertechnik/assessment/7e91c3a2

        Bitte schließen Sie den Fragebogen bis Sonntag, 25.10.2026, 23:59 Uhr ab. Danach melden wir uns
        zum weiteren Vorgehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Donau Filtertechnik AG
        """)
    hs = head(addr("Donau Filtertechnik AG", "noreply@mail.smartrecruiters.com"),
              "Nächster Schritt: Online-Fragebogen", "2026-10-20 09:40",
              "<20261020074000.3a7f.sr-notify@mail.smartrecruiters.com>",
              host="mta-07.mail.smartrecruiters.com", ip="198.51.100.97")
    return message(hs, text(body))


@make.mail(N(47), family="mock_interview", lang="de", interview=False, company=None,
           days=(("Wed", "2026-10-07"),),
           note="Career coach books an English mock interview (Probeinterview) with ICS; practice, not a job interview")
def coaching_mock() -> bytes:
    body = t("""
        Hallo Frau Pfister,

        wie besprochen machen wir in unserer dritten Sitzung ein Probeinterview auf Englisch – ich spiele
        die Personalerin eines internationalen Zutatenherstellers, danach gibt es Feedback.

        Mittwoch, 07.10.2026, 17:00 – 18:30 Uhr, in meiner Praxis (Kapuzinerstraße 3) oder per Zoom.
        Die Kalendereinladung hängt an.

        Herzliche Grüße
        Ursula Kraus
        Karriereberatung Regnitz
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:6C1E2F0A-93B7-4D58-8E21-0F4A7C9B3D15
        DTSTAMP:20261001T131500Z
        DTSTART;TZID=Europe/Berlin:20261007T170000
        DTEND;TZID=Europe/Berlin:20261007T183000
        SUMMARY:Coaching Pfister – Probeinterview (EN)
        LOCATION:Karriereberatung Regnitz\\, Kapuzinerstraße 3\\, Bamberg
        ORGANIZER;CN=Ursula Kraus:mailto:kraus@karriereberatung-regnitz.de
        ATTENDEE;CN=Lena Pfister;RSVP=TRUE:mailto:lena.pfister@example.com
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ursula Kraus", "kraus@karriereberatung-regnitz.de"),
              "Coaching: Probeinterview am 7.10.", "2026-10-01 15:15",
              "<3B7D0C41-2A6E-4F19-B8C5-9E0D1F2A3B4C@karriereberatung-regnitz.de>",
              host="smtp.karriereberatung-regnitz.de", ip="203.0.113.93",
              extra=(("X-Mailer", "Apple Mail (2.3826.600.51)"),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(48), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Google Calendar invitation to a purchasers' Stammtisch from a colleague; social event")
def gcal_stammtisch() -> bytes:
    body = t("""
        Einkäufer-Stammtisch Oberfranken
        Donnerstag, 8. Oktober 2026 ⋅ 19:00 – 22:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Gasthaus Zur Regnitzmühle, Mühlwörth 5, 96049 Bamberg

        Servus zusammen, diesmal mit Vortrag von Heike zum neuen Lieferkettengesetz. Tisch ist auf meinen
        Namen reserviert.

        Organisator
        Stefan Hußlein
        s.husslein@felsenkeller-technik.de

        """) + GCAL_FOOTER_DE
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261008T190000
        DTEND;TZID=Europe/Berlin:20261008T220000
        DTSTAMP:20261002T171100Z
        ORGANIZER;CN=Stefan Hußlein:mailto:s.husslein@felsenkeller-technik.de
        UID:7m1q0v3c9r2k8s5t6u4w1x0y2z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.pfister@example.com:mailto:lena.pfister@example.com
        LOCATION:Gasthaus Zur Regnitzmühle\\, Mühlwörth 5\\, 96049 Bamberg
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Einkäufer-Stammtisch Oberfranken
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Stefan Hußlein", "s.husslein@felsenkeller-technik.de"),
              "Einladung: Einkäufer-Stammtisch Oberfranken @ Do. 8. Okt. 2026 19:00 - 22:00 (MESZ) "
              "(lena.pfister@example.com)", "2026-10-02 19:11",
              "<calendar-a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e1b@google.com>",
              host="mail-sor-f41.google.com", ip="198.51.100.41",
              extra=(("Reply-To", addr("Stefan Hußlein", "s.husslein@felsenkeller-technik.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(49), family="scheduling_proposal", lang="de", interview=False, company="Regnitz Personal GmbH",
           days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
           note="Agency asks which of two half-days suits the client (Do 12.11. nachmittags / Fr 13.11. vormittags); "
                "not confirmed (the confirmation comes later, forwarded by Lena)")
def proposal_regnitz() -> bytes:
    body = t("""
        Sehr geehrte Frau Pfister,

        gute Nachrichten: Die Oberpfälzer Verpackungswerke möchten Sie gerne persönlich kennenlernen!
        Herr Kellner hätte am Donnerstag, 12.11., nachmittags oder am Freitag, 13.11., vormittags Zeit.

        Was passt Ihnen besser? Rufen Sie mich gerne kurz an oder antworten Sie auf diese Mail, dann
        stimme ich die genaue Uhrzeit ab und schicke Ihnen die Bestätigung.

        Mit freundlichen Grüßen
        Markus Hofmann
        Senior Consultant
        Regnitz Personal GmbH | Schützenstraße 4 | 96047 Bamberg | Tel. 0951 29870-14
        """)
    hs = head(addr("Markus Hofmann", "m.hofmann@regnitz-personal.de"),
              "Oberpfälzer Verpackungswerke – Terminfindung", "2026-11-05 15:30",
              "<000501db2f4b$8c2e1a70$a48a4f50$@regnitz-personal.de>",
              host="smtp.regnitz-personal.de", ip="203.0.113.29",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(50), family="webinar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Webinar registration confirmation (procurement community) with ICS; an event, not an interview")
def webinar_procurecircle() -> bytes:
    body = t("""
        Hi Lena,

        You're registered! Here are the details:

        Negotiating 2027 Malt & Grain Contracts - Live Masterclass
        Thursday, November 26, 2026, 4:00 PM - 5:00 PM CET (Berlin, Paris, Brussels)
        Speaker: Ilse Vandenberghe, former CPO, Flandria Brewing Group

        Join link: https://events.procurecircle.example/live/malt-2027?token=ZL0q7
        Add to calendar: the invitation is attached.

        Can't make it live? Everyone who registers gets the recording.

        The ProcureCircle team
        Unsubscribe from event emails: https://procurecircle.example/prefs
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ProcureCircle//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:pc-webinar-malt-2027-lp4471@procurecircle.example
        DTSTAMP:20261119T100000Z
        DTSTART:20261126T150000Z
        DTEND:20261126T160000Z
        SUMMARY:Negotiating 2027 Malt & Grain Contracts - Live Masterclass
        LOCATION:https://events.procurecircle.example/live/malt-2027
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("ProcureCircle Events", "events@procurecircle.example"),
              "You're registered: Negotiating 2027 Malt & Grain Contracts", "2026-11-19 11:00",
              "<pc.reg.lp4471.20261119@procurecircle.example>", host="o7.procurecircle.example", ip="203.0.113.7",
              extra=(("List-Unsubscribe", "<https://procurecircle.example/prefs>"),))
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="webinar.ics",
                                      disposition="attachment")))
