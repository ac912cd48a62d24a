"""blind285: a blind 50-mail held-out set, the inbox of Jonas Wendler, process engineer at a chemical
plant in Halle (Saale) (Europe/Berlin), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the intro and the conventions
sections of bench/heldout/README.md, the dev corpus README, labels.json, two dev mails and
score.py; it did not read the detector, its tests or any other held-out mails, and never ran the
detector. Every mail below is written by hand, one function each; keys 1-23 are positives (16
scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives. File numbers are a fixed shuffle of
the writing order (ORDER). Mostly German (Saxony-Anhalt, Leipzig, Berlin, Austria; Du and Sie),
some English (Rotterdam, Basel, Houston, Pittsburgh, a Swedish and a Norwegian-owned employer).
"""

from __future__ import annotations

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

ORDER = random.Random(2850285).sample(range(1, 51), 50)
SET = "blind285"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "jonas.wendler@example.com"
JONAS = addr("Jonas Wendler", ME)
BERLIN = "Europe/Berlin"


def vtz(zone):
    """A Google/Apple style VTIMEZONE for a CET/CEST zone other than Berlin."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


def heads(frm, subject, when, zone, msgid, *, to=JONAS, relay="mail.example.net", extra=(), lag=4):
    hs = [("Received", received(f"from {relay} ({relay})", when, zone,
                                "mx01.example.com with ESMTPS id 4g" + msgid[1:9], ME, lag))]
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def exchange_ics(*, method, uid, organizer, org_cn, summary, start, end, tzid, seq=0, status="CONFIRMED",
                 location, description, stamp, attendee_cn="Jonas Wendler", lang="de-DE"):
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ.get(tzid) or ''}
BEGIN:VEVENT
ORGANIZER;CN={org_cn}:mailto:{organizer}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee_cn}:mailto:{ME}
DESCRIPTION;LANGUAGE={lang}:{description}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2125871734
X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}
X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:{'2' if method == 'CANCEL' else '1'}
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR""".replace("\n\n", "\n")


TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Besprechungs-ID: {mid}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="katrin.lehmann@saalechem-polymere.de", company="Saalechem Polymere GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BERLIN,
           note="Personio invitation, Sie; 'Dienstag, 15.09.2026, 10:00 - 11:00 Uhr' on site in Schkopau, "
                "CEST (UTC+2); contact = Reply-To recruiter (sender is Personio no-reply)")
def m01():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihr Interesse an der Position Verfahrensingenieur Polymerisation (m/w/d).
        Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin:

        Datum: Dienstag, 15.09.2026
        Uhrzeit: 10:00 - 11:00 Uhr
        Ort: Saalechem Polymere GmbH, Werkstor 2, Gebäude A 14, 06258 Schkopau
        Gesprächspartner: Dr. Ralf Ebert (Betriebsleiter Polymerisation), Katrin Lehmann (HR)

        Bitte melden Sie sich etwa 10 Minuten vorher am Werkstor 2 beim Werkschutz an und bringen
        Sie Ihren Personalausweis mit. Parkplätze finden Sie direkt vor dem Tor.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Lehmann
        Personalreferentin
        Saalechem Polymere GmbH
        Telefon: +49 3461 48-2217
        """)
    h = html(t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Sehr geehrter Herr Wendler,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Verfahrensingenieur Polymerisation (m/w/d)</b>.
        Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin:</p>
        <table cellpadding="4">
        <tr><td><b>Datum:</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Saalechem Polymere GmbH, Werkstor 2, Gebäude A 14, 06258 Schkopau</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Dr. Ralf Ebert (Betriebsleiter Polymerisation), Katrin Lehmann (HR)</td></tr>
        </table>
        <p>Bitte melden Sie sich etwa 10 Minuten vorher am Werkstor 2 beim Werkschutz an und bringen
        Sie Ihren Personalausweis mit. Parkplätze finden Sie direkt vor dem Tor.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Katrin Lehmann<br>Personalreferentin<br>Saalechem Polymere GmbH<br>Telefon: +49 3461 48-2217</p>
        <p style="font-size:11px;color:#8a949e">Powered by Personio</p>
        </body></html>
        """))
    hs = heads(addr("Saalechem Polymere GmbH", "no-reply@mail.personio.de"),
               "Einladung zum Vorstellungsgespräch – Verfahrensingenieur Polymerisation (m/w/d)",
               "2026-09-09 10:14", BERLIN, "<0102019a3c1e7f44-5d2b8c71-personio-saalechem-000000@eu-central-1.amazonses.com>",
               relay="a7-21.smtp-out.eu-central-1.amazonses.com",
               extra=[("Reply-To", addr("Katrin Lehmann", "katrin.lehmann@saalechem-polymere.de"))])
    return message(hs, alt(text(body), h))


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T13:00:00Z",
           contact="frank.meissner@leuna-additiv.de", company="Leuna-Additiv Technik GmbH",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=BERLIN,
           note="Exchange meeting request (Teams), TZID 'W. Europe Standard Time' with VTIMEZONE; "
                "14:00-15:00 CEST; contact = organizer, the hiring manager")
def m02():
    desc = ("Sehr geehrter Herr Wendler,\\n\\nwie telefonisch besprochen sende ich Ihnen die Einladung zu "
            "unserem ersten Gespräch per Teams.\\n\\nViele Grüße\\nFrank Meißner\\n")
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000070A2C3E1D43EDC01000000000000000010000000F2B6A0C6E6E1F94AB26E6C1BC1B9A2C4",
                       organizer="frank.meissner@leuna-additiv.de", org_cn="Meißner, Frank",
                       summary="Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler",
                       start="20260924T140000", end="20260924T150000", tzid="W. Europe Standard Time",
                       location="Microsoft Teams-Besprechung", description=desc, stamp="20260917T140211Z")
    body = t("""
        Sehr geehrter Herr Wendler,

        wie telefonisch besprochen sende ich Ihnen die Einladung zu unserem ersten Gespräch per Teams.
        Teilnehmen werden außerdem Frau Schäfer aus der Personalabteilung und Herr Dr. Lorenz
        (Leiter Anlagentechnik).

        Viele Grüße
        Frank Meißner
        Abteilungsleiter Produktion Additive
        Leuna-Additiv Technik GmbH | Am Haupttor, Bau 4312 | 06237 Leuna

        """) + TEAMS_DE.format(tid="NmE2ZjQ1ZTAtYjk4Ny00YzJjLWE2ZjItMzkxNmQwY2E2ZGE1", mid="318 552 904 117", pw="7hQ2bX")
    h = html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div>" + "<br>\n".join(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
             + "</div></body></html>\n")
    hs = heads(addr("Meißner, Frank", "frank.meissner@leuna-additiv.de"),
               "Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler",
               "2026-09-17 16:02", BERLIN, "<FR2P281MB2634A1C83E0D4F5B9D12E77FB2A9@FR2P281MB2634.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-fr2deu01on2112.outbound.protection.outlook.com",
               extra=[("Thread-Topic", enc("Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler")),
                      ("Thread-Index", "AdtHj2mV3Xq0sE9wQyS8RkVfLpA1Ug=="),
                      ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                      ("X-MS-Exchange-Organization-SCL", "1")])
    return message(hs, alt(text(body), h, calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-08T09:00:00Z", end=None, contact="lena.voigt@kreislaufwerk.de",
           company="Kreislaufwerk GmbH", local="Thu 2026-10-08 11:00", zone=BERLIN,
           days=(("Thu", "2026-10-01"),),
           note="Du-reply from the CTO on top of Jonas' answer: 'am Donnerstag um 11 Uhr' resolved "
                "against the Date (Mon 5 Oct) -> Thu 8 Oct, CEST; 'so zwei Stunden' is vague, end null")
def m03():
    body = t("""
        Hi Jonas,

        super, dann machen wir das so: Donnerstag um 11 Uhr bei uns in Adlershof, Rudower
        Chaussee 29, Haus B, 2. OG. Klingel "Kreislaufwerk". Wir zeigen dir erst den
        Technikumsreaktor (Pyrolyse, 20 kg/h) und reden dann mit Matthias und mir über die
        Stelle. Plan mal so zwei Stunden ein.

        Fahrtkosten übernehmen wir natürlich, schick einfach hinterher das Ticket.

        Bis Donnerstag!
        Lena

        --
        Dr. Lena Voigt | CTO
        Kreislaufwerk GmbH | Berlin-Adlershof
        +49 30 6392 4471

        Am Sa., 3. Okt. 2026 um 09:58 Uhr schrieb Jonas Wendler <jonas.wendler@example.com>:
        > Hallo Lena,
        >
        > danke für die Nachricht! Donnerstag Vormittag passt mir gut, ab 10 Uhr bin ich
        > flexibel. Ich würde mit dem Zug aus Halle kommen.
        >
        > Viele Grüße
        > Jonas
        >
        > Am Do., 1. Okt. 2026 um 18:20 Uhr schrieb Lena Voigt <lena.voigt@kreislaufwerk.de>:
        >> Hättest du nächste Woche Donnerstag oder Freitag Zeit, bei uns vorbeizukommen?
        """)
    hs = heads(addr("Lena Voigt", "lena.voigt@kreislaufwerk.de"), "Re: Kennenlernen bei Kreislaufwerk",
               "2026-10-05 17:41", BERLIN, "<CAF7x2KqN8m3Zr0pEj4WbVt9uY1c6hQ@mail.gmail.com>",
               relay="mail-wm1-f52.google.com",
               extra=[("In-Reply-To", "<CAJw5bW9y0dTq2nVh3cG8xRkLm4@mail.gmail.com>"),
                      ("References", "<CAF1pL0nXh7qVz3eR9mKt2Yw6s@mail.gmail.com> <CAJw5bW9y0dTq2nVh3cG8xRkLm4@mail.gmail.com>")])
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@make.mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T07:30:00Z", end="2026-10-14T08:30:00Z",
           contact="sanne.dewit@veldhaven-chemicals.nl", company="Veldhaven Chemicals B.V.",
           local="Wed 2026-10-14 09:30", local_end="2026-10-14 10:30", zone="Europe/Amsterdam",
           note="Workday HTML-only (base64); '09:30 - 10:30 (CEST, Amsterdam)' = 07:30Z; contact = recruiter "
                "address in the body (sender is the Workday tenant address)")
def m04():
    h = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="margin:0;padding:0;background:#f0f1f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:24px;border-bottom:4px solid #005c8a"><img src="https://veldhaven.wd3.myworkdayjobs.com/logo.png" alt="Veldhaven Chemicals"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Jonas,</p>
        <p>Thank you for your interest in the <b>Senior Process Engineer &ndash; Utilities (Botlek)</b> position (R-104882).
        We are pleased to confirm your interview as follows:</p>
        <p><b>Interview:</b> First interview &ndash; Hiring Manager<br>
        <b>Date:</b> Wednesday, 14 October 2026<br>
        <b>Time:</b> 09:30 - 10:30 (CEST, Amsterdam)<br>
        <b>Location:</b> Microsoft Teams (link will follow from the interviewer)<br>
        <b>Interviewer:</b> Maarten Bakker, Manager Process Engineering</p>
        <p>If you have any questions, please contact Sanne de Wit, Talent Acquisition, at
        <a href="mailto:sanne.dewit@veldhaven-chemicals.nl">sanne.dewit@veldhaven-chemicals.nl</a>.</p>
        <p>You can review your application at any time in our <a href="https://veldhaven.wd3.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Veldhaven Chemicals B.V.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = heads(addr("Veldhaven Chemicals", "veldhaven@myworkday.com"),
               "Interview Confirmation - Senior Process Engineer - Utilities (Botlek)",
               "2026-10-07 11:20", "Europe/Amsterdam", "<1923843412.88713.1791364800315@wd3-ems-prod-a12>",
               relay="wd3-mail-out-11.myworkday.com",
               extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, html(h, cte="base64"))


@make.mail(N(5), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T08:00:00Z", end="2026-10-26T11:00:00Z",
           contact="sabine.hollinger@rheinkap.ch", company="Rheinkap Specialty AG",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 12:00", zone="Europe/Zurich",
           note="Greenhouse on-site itinerary in Basel, 09:00-12:00 in three sessions (start = first, end = "
                "last); the day after Europe left summer time (25 Oct), so CET UTC+1 although the mail "
                "is sent in CEST; ICS Europe/Zurich; contact = Reply-To recruiter")
def m05():
    body = t("""
        Hi Jonas,

        We're looking forward to welcoming you to our Basel site! Here are the details of your
        on-site interview for Process Development Engineer (f/m/d).

        Monday, October 26, 2026 (all times Basel time)

          09:00 - 10:00   Process & scale-up discussion - Dr. Urs Brändli, Head of Process Development
          10:00 - 11:00   Pilot plant tour - Nadine Keller, Pilot Plant Lead
          11:00 - 12:00   Conversation with HR - Sabine Hollinger, Talent Partner

        Address: Rheinkap Specialty AG, Klybeckstrasse 141, Building K-27, 4057 Basel
        Please report to the main gate reception; bring an ID card. Safety shoes will be provided
        for the pilot plant tour.

        Travel: please book your train ticket and one hotel night yourself - we reimburse both
        against receipts.

        Just reply to this email if anything comes up.

        Best regards,
        Sabine Hollinger
        Talent Partner, Rheinkap Specialty AG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz("Europe/Zurich") + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-8842153-rheinkap@greenhouse.io
        DTSTAMP:20261022T130500Z
        DTSTART;TZID=Europe/Zurich:20261026T090000
        DTEND;TZID=Europe/Zurich:20261026T120000
        SUMMARY:On-site interview: Process Development Engineer - Rheinkap Specialty AG
        LOCATION:Klybeckstrasse 141\\, Building K-27\\, 4057 Basel
        ORGANIZER;CN=Sabine Hollinger:mailto:sabine.hollinger@rheinkap.ch
        ATTENDEE;CN=Jonas Wendler;RSVP=TRUE:mailto:jonas.wendler@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Sabine Hollinger", "no-reply@greenhouse.io"),
               "Your interview with Rheinkap Specialty AG on Monday, October 26",
               "2026-10-22 15:05", "Europe/Zurich", "<20261022130500.1.c4d9a27f1e8b3a66@greenhouse.io>",
               relay="o1.email.greenhouse.io",
               extra=[("Reply-To", addr("Sabine Hollinger", "sabine.hollinger@rheinkap.ch"))])
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(6), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-11-06T08:30:00Z", end=None, contact="verena.hofstaetter@donaupharm.at",
           company="Donaupharm Synthese GmbH", local="Fri 2026-11-06 09:30", zone="Europe/Vienna",
           note="SmartRecruiters, Austrian German (Sie), on site in Linz 'Freitag, 6. November 2026, 09:30 Uhr' "
                "CET; 'Dauer ca. 3 Stunden' is approximate so end null; contact = HR address in the body")
def m06():
    body = t("""
        Sehr geehrter Herr Wendler,

        herzlichen Dank für die Absolvierung unseres Online-Tests. Wir freuen uns, Sie zu einem
        persönlichen Gespräch für die Position

            Verfahrenstechniker*in API-Produktion (Vollzeit, Linz)

        einzuladen:

            Termin:  Freitag, 6. November 2026, 09:30 Uhr
            Ort:     Donaupharm Synthese GmbH, St.-Peter-Straße 25, 4020 Linz, Empfang Bau 40
            Dauer:   ca. 3 Stunden inkl. Betriebsbegehung

        Ihre Gesprächspartner sind DI Martin Gruber (Leiter Technologie) und Mag. Verena Hofstätter
        (Human Resources). Reisekosten (Bahn 2. Klasse) werden Ihnen nach Vorlage der Belege
        ersetzt.

        Bei Rückfragen erreichen Sie Frau Hofstätter unter verena.hofstaetter@donaupharm.at oder
        +43 732 7612-4180.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Donaupharm Synthese GmbH

        Diese Nachricht wurde über SmartRecruiters versendet.
        """)
    hs = heads(addr("Donaupharm Synthese GmbH", "noreply@smartrecruiters.com"),
               "Einladung zum persönlichen Gespräch – Verfahrenstechniker*in API-Produktion",
               "2026-10-28 11:02", "Europe/Vienna", "<a1f0c7e2-53bd-4d2e-9b7a-2e8c5c11f3a9@smartrecruiters.com>",
               relay="mail-out3.smartrecruiters.com")
    return message(hs, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                           html("<html><body><pre style=\"font-family:Verdana,sans-serif\">" + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n",
                                charset="iso-8859-15")))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T14:45:00Z",
           contact="derek.whitfield@ashgroveprocess.com", company="Ashgrove Process Systems",
           local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:45", zone=BERLIN,
           note="Calendly invitee confirmation shown in the invitee's zone (Central European Time, 15:00); "
                "the host is in Houston (8am CST after the US change on 1 Nov), both = 14:00Z; ICS in UTC; "
                "contact = host via Reply-To")
def m07():
    body = t("""
        Hi Jonas Wendler,

        A new event has been scheduled.

        Event Type:
        45 Minute Interview - Process Engineer (EU Projects)

        Invitee:
        Jonas Wendler

        Invitee Email:
        jonas.wendler@example.com

        Event Date/Time:
        03:00pm - 03:45pm (Central European Time) on Thursday, November 5, 2026

        Location:
        This is a Microsoft Teams web conference.
        Derek Whitfield will send the meeting link separately.

        Questions:
        Anything you'd like us to know before the call?
        I am currently working in shift-adjacent day duty, afternoons are best.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b7e9d1c-4a62-4f0e-8c55-1d2f9a7b6e40
        Reschedule: https://calendly.com/reschedulings/3b7e9d1c-4a62-4f0e-8c55-1d2f9a7b6e40

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3b7e9d1c-4a62-4f0e-8c55-1d2f9a7b6e40@calendly.com
        DTSTAMP:20261030T132214Z
        DTSTART:20261105T140000Z
        DTEND:20261105T144500Z
        SUMMARY:Jonas Wendler and Derek Whitfield
        ORGANIZER;CN=Derek Whitfield:mailto:derek.whitfield@ashgroveprocess.com
        ATTENDEE;CN=Jonas Wendler;RSVP=TRUE:mailto:jonas.wendler@example.com
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmed: 45 Minute Interview - Process Engineer (EU Projects) with Derek Whitfield on Thursday, November 5, 2026",
               "2026-10-30 13:22", "UTC", "<0100019a3d5b6c2e-ab7c1d9f-calendly-invitee-000000@email.amazonses.com>",
               relay="a8-44.smtp-out.amazonses.com",
               extra=[("Reply-To", addr("Derek Whitfield", "derek.whitfield@ashgroveprocess.com"))])
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"),
                                 html("<html><body>" + "<br>".join(body.split("\n")) + "</body></html>\n")),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics")))


@make.mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-11-03T12:00:00Z", end="2026-11-03T13:00:00Z",
           contact="thomas.rudolph@elsterfeld-energie.de", company="Elsterfeld Energie GmbH",
           local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone=BERLIN,
           note="Google Calendar invitation, German UI, '13:00 – 14:00 (Mitteleuropäische Normalzeit)' = CET "
                "after 25 Oct; ICS Europe/Berlin; contact = organizer (the hiring manager)")
def m08():
    body = t("""
        Thomas Rudolph hat Sie zu folgendem Termin eingeladen:

        Vorstellungsgespräch Jonas Wendler – Verfahrensingenieur Wärmeauskopplung
        Dienstag, 3. November 2026 ⋅ 13:00 – 14:00
        Mitteleuropäische Normalzeit - Berlin

        Ort
        Elsterfeld Energie GmbH, Gerberstraße 12, 04105 Leipzig, Raum 3.14

        Hallo Herr Wendler,
        wie besprochen: erstes Gespräch mit mir und Frau Nagel (Technische Leitung).
        Bitte am Empfang nach mir fragen.
        Viele Grüße, Thomas Rudolph

        Organisator
        Thomas Rudolph
        thomas.rudolph@elsterfeld-energie.de

        Gäste
        Thomas Rudolph - Organisator
        Jonas Wendler
        Ulrike Nagel

        Antworten für jonas.wendler@example.com: Ja | Vielleicht | Nein | Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, da Sie Gast bei diesem Termin sind. Wenn Sie auf "Ja", "Nein"
        oder "Vielleicht" klicken, wird Ihre Antwort an den Organisator gesendet.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261103T130000
        DTEND;TZID=Europe/Berlin:20261103T140000
        DTSTAMP:20261028T131208Z
        ORGANIZER;CN=Thomas Rudolph:mailto:thomas.rudolph@elsterfeld-energie.de
        UID:4r2b7nq9p0c1s8k3m6t5v1x2ye@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.wendler@example.com;X-NUM-GUESTS=0:mailto:jonas.wendler@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ulrike Nagel;X-NUM-GUESTS=0:mailto:ulrike.nagel@elsterfeld-energie.de
        CREATED:20261028T131155Z
        DESCRIPTION:Hallo Herr Wendler,\\nwie besprochen: erstes Gespräch mit mir und Frau Nagel (Technische Leitung).\\nBitte am Empfang nach mir fragen.\\nViele Grüße\\, Thomas Rudolph
        LAST-MODIFIED:20261028T131207Z
        LOCATION:Elsterfeld Energie GmbH\\, Gerberstraße 12\\, 04105 Leipzig\\, Raum 3.14
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch Jonas Wendler – Verfahrensingenieur Wärmeauskopplung
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = ("Einladung: Vorstellungsgespräch Jonas Wendler – Verfahrensingenieur Wärmeauskopplung "
            "@ Di. 3. Nov. 2026 13:00 - 14:00 (MEZ) (jonas.wendler@example.com)")
    hs = heads(addr("Thomas Rudolph", "thomas.rudolph@elsterfeld-energie.de"), subj,
               "2026-10-28 14:12", BERLIN, "<calendar-7c1e5a92-0b3d-4f61-a8e2-93d4b6f0c215@google.com>",
               relay="mail-sor-f69.google.com",
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", addr("Thomas Rudolph", "thomas.rudolph@elsterfeld-energie.de"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="quoted-printable"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-11-11T14:30:00Z", end="2026-11-11T15:15:00Z",
           contact="mira.schulte@hydrolift.de", company="Hydrolift Energy GmbH",
           local="Wed 2026-11-11 15:30", local_end="2026-11-11 16:15", zone=BERLIN,
           note="Teamtailor booking confirmation, Du; 'Mittwoch, 11. November 2026, 15:30 - 16:15 (MEZ)' = "
                "14:30Z; ICS attachment Europe/Berlin; contact = recruiter address in the signature")
def m09():
    body = t("""
        Hey Jonas,

        dein Interview ist gebucht – wir freuen uns auf dich!

        Stelle: Process Engineer Elektrolyse (m/w/d) – Berlin-Marienfelde
        Wann: Mittwoch, 11. November 2026, 15:30 - 16:15 (MEZ)
        Wo: Google Meet – https://meet.google.com/kzt-qwbe-mvn

        Mit dabei: Mira Schulte (Talent Acquisition) und Johannes Brandt (Head of Stack Integration)

        Falls du den Termin verschieben musst, schreib mir einfach kurz an mira.schulte@hydrolift.de.

        Viele Grüße
        Mira
        Hydrolift Energy GmbH

        Gesendet über Teamtailor · Datenschutz: https://hydrolift.teamtailor.com/de/privacy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-5518842@teamtailor.com
        DTSTAMP:20261104T091533Z
        DTSTART;TZID=Europe/Berlin:20261111T153000
        DTEND;TZID=Europe/Berlin:20261111T161500
        SUMMARY:Interview: Process Engineer Elektrolyse – Hydrolift Energy
        LOCATION:https://meet.google.com/kzt-qwbe-mvn
        ORGANIZER;CN=Hydrolift Energy:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Jonas Wendler;RSVP=TRUE:mailto:jonas.wendler@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Hydrolift Energy", "no-reply@teamtailor-mail.com"),
               "Dein Interview bei Hydrolift Energy ist bestätigt",
               "2026-11-04 10:15", BERLIN, "<tt.5518842.1793787333@teamtailor-mail.com>",
               relay="smtp-eu1.teamtailor-mail.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(10), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-11-19T09:00:00Z", end="2026-11-19T09:45:00Z",
           contact="ines.kaufmann@muldetal-chemie.de", company="Muldetal Chemie GmbH",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 10:45", zone=BERLIN,
           note="Microsoft Bookings from a shared mailbox (Bewerbermanagement@ is not a person); "
                "'(UTC+01:00) Amsterdam, Berlin, ...' in November is CET; ICS W. Europe Standard Time; "
                "contact = staff member's address in the body")
def m10():
    body = t("""
        Hallo Jonas Wendler,

        vielen Dank für Ihre Buchung bei Muldetal Chemie GmbH – Bewerbungsgespräche.

        Gebuchter Service: Vorstellungsgespräch (Teams, 45 Minuten)
        Datum und Uhrzeit: Donnerstag, 19. November 2026 10:00 - 10:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Ines Kaufmann

        An Microsoft Teams-Besprechung teilnehmen
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1MmQ0YjQtNzE2Ny00Njg2LWI0OTQtZTg5Y2Q1N2Q1NjYz%40thread.v2/0

        Bei Fragen zum Termin wenden Sie sich bitte an ines.kaufmann@muldetal-chemie.de.

        Termin verwalten: https://outlook.office365.com/owa/calendar/MuldetalChemieBewerbung@muldetal-chemie.de/bookings/
        Muldetal Chemie GmbH · OT Greppin, Chemiepark Bitterfeld-Wolfen · 06803 Bitterfeld-Wolfen
        """)
    desc = "Vorstellungsgespräch (Teams\\, 45 Minuten) mit Ines Kaufmann"
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B1C7E35A0B7BDD010000000000000000100000004E2F61D2C8A5C84F9A3BE2B77FDE2C1A",
                       organizer="Bewerbermanagement@muldetal-chemie.de", org_cn="Muldetal Chemie GmbH – Bewerbungsgespräche",
                       summary="Vorstellungsgespräch (Teams\\, 45 Minuten) – Jonas Wendler",
                       start="20261119T100000", end="20261119T104500", tzid="W. Europe Standard Time",
                       location="Microsoft Teams-Besprechung", description=desc, stamp="20261112T081947Z")
    hs = heads(addr("Muldetal Chemie GmbH – Bewerbungsgespräche", "Bewerbermanagement@muldetal-chemie.de"),
               "Gebucht: Vorstellungsgespräch (Teams, 45 Minuten) für Jonas Wendler",
               "2026-11-12 09:19", BERLIN, "<BEZP281MB2861F3A04C1D4E8B8F55C0A6E1B2@BEZP281MB2861.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-be0deu01on2098.outbound.protection.outlook.com",
               extra=[("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes")])
    return message(hs, mixed(alt(text(body, cte="base64"),
                                 html("<html><body><div style=\"font-family:Segoe UI,sans-serif\">" + "<br>".join(body.split("\n")) + "</div></body></html>\n", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(11), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
           contact="rachel.okafor@brightwatercoatings.com", company="Brightwater Coatings Inc.",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="America/New_York",
           note="iCIMS HTML-only, US date '10/27/2026 10:00 AM Eastern'; the week between the European (25 Oct) "
                "and US (1 Nov) changes: EDT UTC-4 = 14:00Z = 15:00 in Halle, as the mail itself says; "
                "contact = recruiter address in the body")
def m11():
    h = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <p>Dear Jonas,</p>
        <p>Thank you for your continued interest in Brightwater Coatings. We are pleased to confirm your
        video interview for <strong>Process Engineer - Resin Manufacturing (Req. 2026-4471)</strong>.</p>
        <table border="0" cellpadding="3">
        <tr><td><strong>Date:</strong></td><td>10/27/2026</td></tr>
        <tr><td><strong>Time:</strong></td><td>10:00 AM - 11:00 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><strong>Interviewers:</strong></td><td>Greg Halvorsen, Plant Engineering Manager; Priya Raman, EHS Lead</td></tr>
        <tr><td><strong>Format:</strong></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p><em>Please note: clocks in Europe changed on October 25 while the US changes on November 1,
        so this interview is at 3:00 PM in Germany (CET).</em></p>
        <p>Should you have any questions, please contact me at
        <a href="mailto:rachel.okafor@brightwatercoatings.com">rachel.okafor@brightwatercoatings.com</a>.</p>
        <p>Sincerely,<br>Rachel Okafor<br>Talent Acquisition Partner<br>Brightwater Coatings Inc. | Pittsburgh, PA</p>
        <p style="font-size:10px;color:#777">Please do not reply to this email; this mailbox is not monitored.</p>
        </body></html>
        """)
    hs = heads(addr("Brightwater Coatings", "brightwatercoatings@talent.icims.com"),
               "Interview Confirmation: Process Engineer - Resin Manufacturing",
               "2026-10-21 09:15", "America/New_York", "<1791810900123.47261.icims@talent.icims.com>",
               relay="mta-out4.icims.com")
    return message(hs, html(h, charset="us-ascii", cte="7bit"))


@make.mail(N(12), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-12-02T08:00:00Z", end=None, contact="andreas.pohl@zeitzer-hydrierwerk.de",
           company="Zeitzer Hydrierwerk GmbH", local="Wed 2026-12-02 09:00", zone=BERLIN,
           days=(("Mon", "2026-11-30"), ("Wed", "2026-12-02"), ("Thu", "2026-12-03")),
           note="Outlook reply (Sie) on top of the quoted thread: confirms 'Mittwoch, 2. Dezember, 9:00 Uhr' "
                "in Zeitz, CET; the quoted proposal lists three slots; contact = sender")
def m12():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihre schnelle Rückmeldung. Dann bestätige ich Ihnen hiermit gerne
        Mittwoch, den 2. Dezember, um 9:00 Uhr bei uns im Werk Zeitz. Bitte melden Sie sich an der
        Pforte (Tor 1, Rehmsdorfer Straße) – ich hole Sie dort ab. Im Anschluss an das Gespräch
        würde ich Ihnen gern noch die Hydrieranlage zeigen, festes Schuhwerk wäre also gut.

        Mit freundlichen Grüßen
        Andreas Pohl

        Dr.-Ing. Andreas Pohl
        Leiter Verfahrenstechnik
        Zeitzer Hydrierwerk GmbH
        Tel. +49 3441 8870-310

        Von: Jonas Wendler <jonas.wendler@example.com>
        Gesendet: Dienstag, 24. November 2026 21:07
        An: Pohl, Andreas <andreas.pohl@zeitzer-hydrierwerk.de>
        Betreff: AW: Ihre Bewerbung als Verfahrensingenieur (m/w/d)

        Sehr geehrter Herr Dr. Pohl,

        vielen Dank für die Einladung. Der Mittwoch, 2.12., um 9 Uhr passt mir sehr gut.

        Mit freundlichen Grüßen
        Jonas Wendler

        Von: Pohl, Andreas <andreas.pohl@zeitzer-hydrierwerk.de>
        Gesendet: Montag, 23. November 2026 14:32
        An: Jonas Wendler <jonas.wendler@example.com>
        Betreff: Ihre Bewerbung als Verfahrensingenieur (m/w/d)

        Sehr geehrter Herr Wendler,

        wir würden Sie gern persönlich kennenlernen. Würde Ihnen einer der folgenden Termine passen?
        - Montag, 30. November, 14:00 Uhr
        - Mittwoch, 2. Dezember, 9:00 Uhr
        - Donnerstag, 3. Dezember, 13:00 Uhr
        """)
    hs = heads(addr("Pohl, Andreas", "andreas.pohl@zeitzer-hydrierwerk.de"),
               "AW: Ihre Bewerbung als Verfahrensingenieur (m/w/d)",
               "2026-11-25 11:48", BERLIN, "<AM9P195MB1289C2D17F0B4A6E8D3F5A2C9E81@AM9P195MB1289.EURP195.PROD.OUTLOOK.COM>",
               relay="mail-am6eur05on2109.outbound.protection.outlook.com",
               extra=[("In-Reply-To", "<CAGn7Hq3vEw9x2LrKd0TfYp@mail.example.com>"),
                      ("References", "<AM9P195MB1289A0C33B@AM9P195MB1289.EURP195.PROD.OUTLOOK.COM> <CAGn7Hq3vEw9x2LrKd0TfYp@mail.example.com>"),
                      ("Thread-Topic", enc("Ihre Bewerbung als Verfahrensingenieur (m/w/d)")),
                      ("Content-Language", "de-DE")])
    return message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                           html("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
                                + "<br>\n".join(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
                                + "</div></body></html>\n", charset="windows-1252")))


@make.mail(N(13), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-23T12:00:00Z", end="2026-11-23T13:00:00Z",
           contact="elin.sandberg@norrfjord.se", company="Norrfjord Materials AB",
           local="Mon 2026-11-23 13:00", local_end="2026-11-23 14:00", zone="Europe/Stockholm",
           note="Jonas forwards a Lever confirmation to himself from his phone; '1:00 PM - 2:00 PM CET' "
                "(Stockholm = Berlin time) = 12:00Z; contact = recruiter address in the forwarded "
                "signature (the forwarded From is Lever no-reply, the sender is the candidate)")
def m13():
    body = t("""
        zum Kalender hinzufügen!

        Von meinem iPhone gesendet

        Anfang der weitergeleiteten Nachricht:

        > Von: Norrfjord Materials <no-reply@hire.lever.co>
        > Datum: 16. November 2026 um 16:44:02 MEZ
        > An: jonas.wendler@example.com
        > Betreff: Interview confirmed - Process Engineer, Stade Plant
        >
        > Hi Jonas,
        >
        > Thanks for choosing a time. Your video interview is confirmed:
        >
        > Monday, November 23, 2026
        > 1:00 PM - 2:00 PM CET
        > Microsoft Teams (a link will be sent by your interviewer)
        >
        > You'll meet Karl Nyström (Site Manager, Stade) and me.
        >
        > If you need to reschedule, please contact me at elin.sandberg@norrfjord.se.
        >
        > Best,
        > Elin Sandberg
        > Talent Acquisition, Norrfjord Materials AB
        """)
    hs = heads(JONAS, "WG: Interview confirmed - Process Engineer, Stade Plant",
               "2026-11-17 20:31", BERLIN, "<8E1C0F5A-2B7D-4C93-A1E6-5D0B9F3C7A21@example.com>",
               relay="smtp.example.com",
               extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(14), family="rfc822_attachment", lang="de", interview=True, kind="scheduled",
           start="2026-12-08T09:00:00Z", end="2026-12-08T10:30:00Z",
           contact="s.krueger@saale-personal.de", company="Auenwerk Kunststoffe GmbH",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:30", zone=BERLIN,
           note="Agency recruiter (human sender, Du) forwards the client's confirmation as a message/rfc822 "
                "attachment in windows-1252; 'Dienstag, 08.12.2026, 10:00 bis 11:30 Uhr' CET; company = "
                "the hiring client; contact = the agency recruiter (human sender before body addresses)")
def m14():
    inner_body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für das Profil von Herrn Wendler. Wir bestätigen das Vorstellungsgespräch für die
        Position Verfahrensingenieur Compoundierung (m/w/d):

        Dienstag, 08.12.2026, 10:00 bis 11:30 Uhr
        Auenwerk Kunststoffe GmbH, Geusaer Straße 88, 06217 Merseburg, Verwaltungsgebäude, Raum 104

        Gesprächspartner: Herr Hoffmann (Werkleiter), Frau Scholz (Personal).

        Bitte leiten Sie die Einladung an Herrn Wendler weiter.

        Mit freundlichen Grüßen
        Bettina Scholz
        Personalabteilung – Auenwerk Kunststoffe GmbH
        """)
    inner = message([("From", addr("Scholz, Bettina", "personal@auenwerk-kunststoffe.de")),
                     ("To", addr("Stefan Krüger", "s.krueger@saale-personal.de")),
                     ("Subject", enc("Terminbestätigung Vorstellungsgespräch – Kandidat J. Wendler")),
                     ("Date", date("2026-12-01 13:52", BERLIN)),
                     ("Message-ID", "<000a01dc6b8e$5c2d1e40$1487c5a0$@auenwerk-kunststoffe.de>"),
                     ("X-Mailer", "Microsoft Outlook 16.0")],
                    text(inner_body, charset="windows-1252", cte="quoted-printable"))
    body = t("""
        Hallo Jonas,

        gute Nachrichten: Auenwerk will dich kennenlernen! Die Bestätigung von Frau Scholz hängt
        unten dran – Dienstag, 8.12., 10 Uhr in Merseburg. Ruf mich am Montag gern noch kurz an,
        dann gehen wir das Gespräch einmal zusammen durch.

        Viele Grüße
        Stefan

        Stefan Krüger
        Senior Consultant Chemie & Verfahrenstechnik
        Saale Personal Consult GmbH | Große Ulrichstraße 7 | 06108 Halle (Saale)
        Mobil +49 171 5538 204
        """)
    hs = heads(addr("Stefan Krüger", "s.krueger@saale-personal.de"),
               "WG: Terminbestätigung Vorstellungsgespräch – Kandidat J. Wendler",
               "2026-12-01 15:20", BERLIN, "<001b01dc6b9c$0e7a3f20$2b6ebd60$@saale-personal.de>",
               relay="mout.kundenserver.example.net",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, mixed(text(body, charset="windows-1252", cte="8bit"),
                             attached_message(inner, "Terminbestätigung Vorstellungsgespräch.eml")))


@make.mail(N(15), family="ics_attachment", lang="de", interview=True, kind="scheduled",
           start="2026-10-02T09:00:00Z", end="2026-10-02T09:45:00Z",
           contact="paul.nguyen@synkraft.de", company="Synkraft Fuels GmbH",
           local="Fri 2026-10-02 11:00", local_end="2026-10-02 11:45", zone=BERLIN,
           note="Short Du-mail 'anbei die Einladung für Freitag' with a Thunderbird invite.ics; the time "
                "(11:00-11:45 Europe/Berlin, CEST) is only in the ICS; Freitag from Date Mon 28 Sep = 2 Oct")
def m15():
    body = t("""
        Hi Jonas,

        wie eben am Telefon besprochen, anbei die Einladung für Freitag. Wir machen das per
        Jitsi, der Link steht in der Einladung. Dabei sind Svenja (unsere Head of Engineering)
        und ich.

        Bis dann und viele Grüße
        Paul

        --
        Paul Nguyen
        People & Culture | Synkraft Fuels GmbH
        Schützenstraße 5, 10117 Berlin
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20260928T160137Z
        LAST-MODIFIED:20260928T160411Z
        DTSTAMP:20260928T160411Z
        UID:b0d4e2f7-9c31-4a8e-8d15-6e7f2a9c3b50
        SUMMARY:Synkraft x Jonas Wendler – Interview Process Engineer PtL
        ORGANIZER;CN=Paul Nguyen:mailto:paul.nguyen@synkraft.de
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:jonas.wendler@example.com
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Svenja Ott:mailto:svenja.ott@synkraft.de
        DTSTART;TZID=Europe/Berlin:20261002T110000
        DTEND;TZID=Europe/Berlin:20261002T114500
        LOCATION:https://meet.jit.si/synkraft-interview-ptl-wendler
        DESCRIPTION:Kennenlernen Process Engineer Power-to-Liquid
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Paul Nguyen", "paul.nguyen@synkraft.de"), "Einladung: Interview Process Engineer PtL",
               "2026-09-28 18:05", BERLIN, "<5a2e8c1f-7b64-4d3a-9e0c-1f4b8d7a6c93@synkraft.de>",
               relay="mail.synkraft.de",
               extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T08:00:00Z", end="2026-12-10T10:00:00Z",
           contact="katharina.berg@halvorsen-gases.com", company="Halvorsen Industrial Gases GmbH",
           local="Thu 2026-12-10 09:00", local_end="2026-12-10 11:00", zone=BERLIN,
           note="GoodTime itinerary, two virtual sessions 09:00-10:00 and 10:15-11:00 CET (start = first, "
                "end = last); no ICS; contact = coordinator via Reply-To")
def m16():
    body = t("""
        Hi Jonas,

        Your interviews with Halvorsen Industrial Gases are confirmed. Here is your itinerary
        (times shown in Central European Time - Berlin):

        Thursday, December 10, 2026

        9:00 AM - 10:00 AM   Operations & process safety
                             Henrik Aas, Operations Director Central Europe
        10:15 AM - 11:00 AM  Air separation units - technical deep dive
                             Dr. Melanie Kurz, Lead Process Engineer

        Join via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Halvorsen_Wendler_1210

        Need to make a change? Reply to this email and Katharina Berg will help.

        Good luck!
        Halvorsen Talent Team

        Scheduled with GoodTime
        """)
    hs = heads(addr("Halvorsen Talent Team", "no-reply@goodtime.io"),
               "Your interview itinerary - Process Engineer ASU - Halvorsen Industrial Gases",
               "2026-12-03 10:30", BERLIN, "<goodtime.itinerary.77120934.1796290200@goodtime.io>",
               relay="o3.ptr1207.goodtime.io",
               extra=[("Reply-To", addr("Katharina Berg", "katharina.berg@halvorsen-gases.com"))])
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<html><body style=\"font-family:Helvetica,Arial\"><p>" + "<br>".join(body.split("\n")) + "</p></body></html>\n")))


@make.mail(N(17), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-09-17T12:00:00Z", end="2026-09-17T13:00:00Z",
           contact="katrin.lehmann@saalechem-polymere.de", company="Saalechem Polymere GmbH",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=BERLIN,
           days=(("Tue", "2026-09-15"),),
           note="Recruiter (Sie) moves the Personio interview: old Tue 15 Sep 10:00 and new 'Donnerstag, "
                "17. September, 14:00 bis 15:00 Uhr' in the same mail; label = the new slot, CEST")
def m17():
    body = t("""
        Sehr geehrter Herr Wendler,

        leider muss ich unseren Termin am Dienstag, 15. September, um 10:00 Uhr verschieben –
        Herr Dr. Ebert wird an diesem Tag kurzfristig zu einem Anlagenstillstand nach Böhlen gerufen.

        Wir würden Ihnen stattdessen Donnerstag, 17. September, von 14:00 bis 15:00 Uhr anbieten.
        Herr Dr. Ebert hat sich den Termin bereits geblockt; Ort und Ablauf bleiben gleich
        (Werkstor 2, Gebäude A 14). Wenn ich nichts Gegenteiliges höre, gehe ich davon aus, dass
        es Ihnen passt.

        Entschuldigen Sie bitte die Umstände.

        Mit freundlichen Grüßen

        Katrin Lehmann
        Personalreferentin
        Saalechem Polymere GmbH
        Telefon: +49 3461 48-2217
        """)
    hs = heads(addr("Lehmann, Katrin", "katrin.lehmann@saalechem-polymere.de"),
               "Terminverschiebung: Ihr Vorstellungsgespräch bei Saalechem Polymere",
               "2026-09-11 14:30", BERLIN, "<VI1P190MB0734E5C2A91B4F6D8E0C1B3F7A55@VI1P190MB0734.EURP190.PROD.OUTLOOK.COM>",
               relay="mail-vi1eur04on2107.outbound.protection.outlook.com",
               extra=[("Importance", "high"), ("Content-Language", "de-DE")])
    return message(hs, alt(text(body), html("<html><body><p>" + "<br>\n".join(body.split("\n")) + "</p></body></html>\n")))


@make.mail(N(18), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-09-29T07:00:00Z", end="2026-09-29T08:00:00Z",
           contact="frank.meissner@leuna-additiv.de", company="Leuna-Additiv Technik GmbH",
           local="Tue 2026-09-29 09:00", local_end="2026-09-29 10:00", zone=BERLIN,
           note="Exchange update (SEQUENCE:1, 'Aktualisiert:') of the Teams interview, moved from Thu 24 Sep "
                "14:00 to Tue 29 Sep 09:00-10:00 W. Europe Standard Time; the body shows Exchange's "
                "'(UTC+01:00) Amsterdam, Berlin' label in summer, the instant is CEST (ICS); contact = organizer")
def m18():
    desc = ("Sehr geehrter Herr Wendler\\,\\n\\nwie soeben telefonisch abgestimmt verlegen wir unser Gespräch "
            "auf Dienstag\\, 29.09.\\, 9:00 Uhr.\\n\\nViele Grüße\\nFrank Meißner\\n")
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000070A2C3E1D43EDC01000000000000000010000000F2B6A0C6E6E1F94AB26E6C1BC1B9A2C4",
                       organizer="frank.meissner@leuna-additiv.de", org_cn="Meißner, Frank",
                       summary="Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler",
                       start="20260929T090000", end="20260929T100000", tzid="W. Europe Standard Time", seq=1,
                       location="Microsoft Teams-Besprechung", description=desc, stamp="20260922T064702Z")
    body = t("""
        Wann: Dienstag, 29. September 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Wendler,

        wie soeben telefonisch abgestimmt verlegen wir unser Gespräch vom Donnerstag, 24.09.,
        14:00 Uhr auf Dienstag, 29.09., 9:00 Uhr. Der Teams-Link bleibt derselbe.

        Viele Grüße
        Frank Meißner

        """) + TEAMS_DE.format(tid="NmE2ZjQ1ZTAtYjk4Ny00YzJjLWE2ZjItMzkxNmQwY2E2ZGE1", mid="318 552 904 117", pw="7hQ2bX")
    h = html("<html><body><div>" + "<br>\n".join(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
             + "</div></body></html>\n")
    subj = "Aktualisiert: Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler"
    hs = heads(addr("Meißner, Frank", "frank.meissner@leuna-additiv.de"), subj,
               "2026-09-22 08:47", BERLIN, "<FR2P281MB2634C0D5E7A14B2F8C93E55DA61B@FR2P281MB2634.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-fr2deu01on2112.outbound.protection.outlook.com",
               extra=[("Thread-Topic", enc("Vorstellungsgespräch Prozessingenieur (m/w/d) – Jonas Wendler")),
                      ("Thread-Index", "AdtHj2mV3Xq0sE9wQyS8RkVfLpA1UgDBr7c="),
                      ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), h, calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T12:00:00Z", end="2026-10-16T13:00:00Z",
           contact="maarten.bakker@veldhaven-chemicals.nl", company="Veldhaven Chemicals B.V.",
           local="Fri 2026-10-16 14:00", local_end="2026-10-16 15:00", zone="Europe/Amsterdam",
           note="Google Calendar 'Updated invitation' (SEQUENCE:1) moving the Workday interview from Wed "
                "14 Oct 09:30 to Fri 16 Oct 14:00-15:00 Central European Summer Time (Amsterdam) = 12:00Z; "
                "contact = organizer")
def m19():
    body = t("""
        This event has been updated
        Changed: time

        Interview Jonas Wendler - Senior Process Engineer Utilities
        Friday Oct 16, 2026 ⋅ 2pm – 3pm (Central European Summer Time - Amsterdam)
        (previously Wednesday Oct 14, 2026 ⋅ 9:30am – 10:30am)

        Join with Google Meet
        meet.google.com/vhd-rtnm-bqs

        Hi Jonas, sorry for the shuffle - I have a HAZOP review on Wednesday morning that could not
        move. Friday afternoon works better for both Sanne and me. Kind regards, Maarten

        Organizer
        Maarten Bakker
        maarten.bakker@veldhaven-chemicals.nl

        Guests
        Maarten Bakker - organizer
        Sanne de Wit
        jonas.wendler@example.com

        Reply for jonas.wendler@example.com: Yes | No | Maybe | More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz("Europe/Amsterdam") + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Amsterdam:20261016T140000
        DTEND;TZID=Europe/Amsterdam:20261016T150000
        DTSTAMP:20261012T140211Z
        ORGANIZER;CN=Maarten Bakker:mailto:maarten.bakker@veldhaven-chemicals.nl
        UID:0v7c3k9m2q5r8t1w4y6z0b3d5f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.wendler@example.com;X-NUM-GUESTS=0:mailto:jonas.wendler@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sanne de Wit;X-NUM-GUESTS=0:mailto:sanne.dewit@veldhaven-chemicals.nl
        CREATED:20261007T112544Z
        DESCRIPTION:Hi Jonas\\, sorry for the shuffle - I have a HAZOP review on Wednesday morning that could not move.
        LAST-MODIFIED:20261012T140210Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview Jonas Wendler - Senior Process Engineer Utilities
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = ("Updated invitation: Interview Jonas Wendler - Senior Process Engineer Utilities @ "
            "Fri Oct 16, 2026 2pm - 3pm (CEST) (jonas.wendler@example.com)")
    hs = heads(addr("Maarten Bakker", "maarten.bakker@veldhaven-chemicals.nl"), subj,
               "2026-10-12 16:02", "Europe/Amsterdam", "<calendar-e21f9a0c-6d47-4b58-b3c2-7a9e05d1f8c4@google.com>",
               relay="mail-sor-f41.google.com",
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", addr("Maarten Bakker", "maarten.bakker@veldhaven-chemicals.nl"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end=None, contact="m.schoenfeld@elbe-boerde-duenger.de",
           company="Elbe-Börde Düngemittel GmbH", local="Tue 2026-10-27 10:00", zone=BERLIN,
           days=(("Wed", "2026-10-21"),),
           note="Sie-mail moving the interview from Mittwoch 21 Oct 13:00 (CEST) to 'Dienstag, 27. Oktober, "
                "10:00 Uhr' — after the 25 Oct change, so CET UTC+1 = 09:00Z although the mail is sent "
                "in CEST; no length; contact = sender")
def m20():
    body = t("""
        Sehr geehrter Herr Wendler,

        leider müssen wir unser Gespräch am kommenden Mittwoch, 21. Oktober, um 13:00 Uhr
        verschieben: Unser Geschäftsführer ist in dieser Woche auf der Fachmesse in Paris.

        Als neuen Termin schlage ich nicht nur vor, sondern habe ihn bereits mit allen Beteiligten
        fest eingeplant: Dienstag, 27. Oktober, 10:00 Uhr, wieder bei uns in Magdeburg-Rothensee,
        Verwaltungsgebäude, 1. Etage. Bitte geben Sie mir kurz Bescheid, falls dies für Sie gar
        nicht möglich sein sollte.

        Mit freundlichen Grüßen

        Martina Schönfeld
        Assistenz der Geschäftsführung / Personal
        Elbe-Börde Düngemittel GmbH
        Am Hafenbecken 3 · 39126 Magdeburg
        """)
    hs = heads(addr("Martina Schönfeld", "m.schoenfeld@elbe-boerde-duenger.de"),
               "Verschiebung unseres Gesprächs – neuer Termin 27.10.",
               "2026-10-19 09:30", BERLIN, "<c3f1e08d2a7b4e55$1d9a@elbe-boerde-duenger.de>",
               relay="smtp.elbe-boerde-duenger.de",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-25T12:00:00Z", end="2026-11-25T13:00:00Z",
           contact="jana.richter@bernburger-sodawerk.de", company="Bernburger Sodawerk GmbH",
           local="Wed 2026-11-25 13:00", local_end="2026-11-25 14:00", zone=BERLIN,
           note="Exchange 'Abgesagt:' with METHOD:CANCEL / STATUS:CANCELLED, W. Europe Standard Time "
                "13:00-14:00 CET; label = the cancelled slot; contact = organizer")
def m21():
    desc = ("Sehr geehrter Herr Wendler\\,\\n\\nleider müssen wir das Gespräch absagen\\, da die Stelle "
            "intern besetzt wurde.\\n\\nMit freundlichen Grüßen\\nJana Richter\\n")
    ics = exchange_ics(method="CANCEL", uid="040000008200E00074C5B7101A82E008000000009F4C8D2A3E7FDD01000000000000000010000000A7E4B1C9D2F0384BB5C6E3A1F8D7C2E0",
                       organizer="jana.richter@bernburger-sodawerk.de", org_cn="Richter, Jana",
                       summary="Abgesagt: Fachgespräch Prozessoptimierung Kalzination – Jonas Wendler",
                       start="20261125T130000", end="20261125T140000", tzid="W. Europe Standard Time", seq=1,
                       status="CANCELLED", location="Microsoft Teams-Besprechung", description=desc,
                       stamp="20261120T090512Z")
    body = t("""
        Sehr geehrter Herr Wendler,

        leider müssen wir das für Mittwoch, 25. November, 13:00 - 14:00 Uhr geplante Fachgespräch
        absagen, da die Stelle zwischenzeitlich intern besetzt wurde. Ich bedauere das sehr und
        bedanke mich für Ihr Interesse an der Bernburger Sodawerk GmbH.

        Mit freundlichen Grüßen
        Jana Richter
        Personalentwicklung
        """)
    hs = heads(addr("Richter, Jana", "jana.richter@bernburger-sodawerk.de"),
               "Abgesagt: Fachgespräch Prozessoptimierung Kalzination – Jonas Wendler",
               "2026-11-20 10:05", BERLIN, "<BE1P281MB1720D4E8F2A04C17B9A6D13E5C0F@BE1P281MB1720.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-be1deu01on2121.outbound.protection.outlook.com",
               extra=[("Importance", "high"), ("Content-Language", "de-DE"),
                      ("Thread-Topic", enc("Fachgespräch Prozessoptimierung Kalzination – Jonas Wendler"))])
    return message(hs, alt(text(body), html("<html><body><p>" + "<br>\n".join(body.split("\n")) + "</p></body></html>\n"),
                           calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="calendly", lang="en", interview=True, kind="cancelled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T14:45:00Z",
           contact="derek.whitfield@ashgroveprocess.com", company="Ashgrove Process Systems",
           local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:45", zone=BERLIN,
           note="Calendly 'Canceled' by the host, in the invitee's zone (Central European Time 15:00-15:45 = "
                "14:00Z); no ICS; contact = host via Reply-To")
def m22():
    body = t("""
        Hi Jonas Wendler,

        Derek Whitfield has canceled the following event.

        Event Type:
        45 Minute Interview - Process Engineer (EU Projects)

        Event Date/Time:
        03:00pm - 03:45pm (Central European Time) on Thursday, November 5, 2026

        Cancellation reason:
        "Jonas - apologies, the EU Projects requisition was put on hold by our finance team this
        afternoon. I'll reach out directly if it reopens. - Derek"

        Schedule a new event: https://calendly.com/derek-whitfield-ashgrove

        Powered by Calendly.com
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Canceled: 45 Minute Interview - Process Engineer (EU Projects) with Derek Whitfield on Thursday, November 5, 2026",
               "2026-11-03 19:40", "UTC", "<0100019a4b8e2f71-cd2e4a10-calendly-cancel-000000@email.amazonses.com>",
               relay="a8-51.smtp-out.amazonses.com",
               extra=[("Reply-To", addr("Derek Whitfield", "derek.whitfield@ashgroveprocess.com"))])
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<html><body>" + "<br>".join(body.replace("\"", "&quot;").split("\n")) + "</body></html>\n")))


@make.mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-11-17T15:00:00Z", end=None, contact="felix.anders@plasmalyse.de",
           company="Plasmalyse GmbH", local="Tue 2026-11-17 16:00", zone=BERLIN,
           note="Du-mail cancelling 'unser Gespräch morgen um 16 Uhr': morgen from the Date (Mon 16 Nov) = "
                "Tue 17 Nov, CET = 15:00Z; label = the cancelled slot; contact = sender")
def m23():
    body = t("""
        Hi Jonas,

        blöde Nachricht, sorry: Wir müssen unser Gespräch morgen um 16 Uhr absagen. Unser
        Investor hat die Finanzierungsrunde verschoben und wir haben einen Einstellungsstopp bis
        mindestens Februar. Das hat nichts mit dir zu tun – dein Profil passt echt gut zu uns.

        Wenn sich im Frühjahr etwas tut, melde ich mich als Erstes bei dir. Ok?

        Viele Grüße aus Plagwitz
        Felix

        Felix Anders
        Co-Founder & COO, Plasmalyse GmbH
        Leipzig
        """)
    hs = heads(addr("Felix Anders", "felix.anders@plasmalyse.de"), "Unser Gespräch morgen",
               "2026-11-16 09:12", BERLIN, "<CAH3kQ9vNw2pX7Lm0dRtY5cB8zJ1@mail.gmail.com>",
               relay="mail-lf1-f44.google.com")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Saalechem Polymere GmbH",
           note="Personio rejection after the interview on 17 Sep; no new time")
def m24():
    body = t("""
        Sehr geehrter Herr Wendler,

        nochmals vielen Dank für das angenehme Gespräch bei uns in Schkopau und die Zeit, die Sie sich
        für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung in
        der Emulsionspolymerisation noch etwas besser zu unseren aktuellen Projekten passt. Diese
        Entscheidung ist uns nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Sie
        können dem jederzeit über den Link in Ihrem Bewerberkonto widersprechen.

        Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Katrin Lehmann
        Saalechem Polymere GmbH
        """)
    hs = heads(addr("Saalechem Polymere GmbH", "no-reply@mail.personio.de"),
               "Ihre Bewerbung als Verfahrensingenieur Polymerisation (m/w/d)",
               "2026-10-06 11:37", BERLIN, "<0102019a5f7e1c22-8e4d2a03-personio-saalechem-000000@eu-central-1.amazonses.com>",
               relay="a7-19.smtp-out.eu-central-1.amazonses.com",
               extra=[("Reply-To", addr("Katrin Lehmann", "katrin.lehmann@saalechem-polymere.de"))])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Rheinkap Specialty AG",
           note="Greenhouse rejection after the Basel on-site interview")
def m25():
    body = t("""
        Dear Jonas,

        Thank you again for travelling to Basel and for the time you spent with Urs, Nadine and me.
        The team enjoyed the discussion on your reactor debottlenecking work.

        After careful consideration we have decided to move forward with another candidate whose
        experience in continuous flow chemistry more closely matches the current needs of the role.

        We would be glad to stay in touch, and we encourage you to apply for future openings.

        Kind regards,
        Sabine Hollinger
        Talent Partner, Rheinkap Specialty AG
        """)
    hs = heads(addr("Sabine Hollinger", "no-reply@greenhouse.io"),
               "Your application for Process Development Engineer (f/m/d) at Rheinkap Specialty AG",
               "2026-11-10 16:48", "Europe/Zurich", "<20261110154800.1.7b2ce44a90f13d58@greenhouse.io>",
               relay="o1.email.greenhouse.io",
               extra=[("Reply-To", addr("Sabine Hollinger", "sabine.hollinger@rheinkap.ch"))])
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Veldhaven Chemicals B.V.",
           note="Workday receipt 'Thank you for applying'; nothing scheduled")
def m26():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Jonas,</p>
        <p>Thank you for applying for the position <b>Senior Process Engineer - Utilities (Botlek)</b> (R-104882)
        at Veldhaven Chemicals. We have received your application and our Talent Acquisition team
        will review it carefully.</p>
        <p>If your profile matches the requirements, we will contact you within the next three weeks to
        discuss the next steps. You can follow the status of your application in
        <a href="https://veldhaven.wd3.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Veldhaven Chemicals B.V. | Rotterdam</p>
        <p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    hs = heads(addr("Veldhaven Chemicals", "veldhaven@myworkday.com"),
               "Thank you for applying - Senior Process Engineer - Utilities (Botlek)",
               "2026-09-14 21:06", "Europe/Amsterdam", "<1018462231.51220.1789412760712@wd3-ems-prod-a07>",
               relay="wd3-mail-out-08.myworkday.com", extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, html(h, cte="base64"))


@make.mail(N(27), family="application_receipt", lang="de", interview=False, company="Anhalt Pharma Synthese GmbH",
           note="Recruitee receipt (Sie); 'innerhalb von zwei Wochen' is no date")
def m27():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihre Bewerbung als Betriebsingenieur Wirkstoffsynthese (m/w/d) in Dessau-Roßlau.
        Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

        Mit freundlichen Grüßen
        Ihr Personalteam
        Anhalt Pharma Synthese GmbH
        """)
    hs = heads(addr("Anhalt Pharma Synthese GmbH", "noreply@recruitee.com"),
               "Eingangsbestätigung Ihrer Bewerbung – Betriebsingenieur Wirkstoffsynthese (m/w/d)",
               "2026-09-03 19:52", BERLIN, "<recruitee.offer-188412.candidate-9921734@recruitee.com>",
               relay="mail-eu.recruitee.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="job_alert", lang="de", interview=False, company=None,
           note="Job board alert listing new vacancies; no appointment")
def m28():
    body = t("""
        Hallo Jonas,

        für Ihren Suchauftrag "Verfahrensingenieur – Halle (Saale) + 50 km" gibt es 7 neue Stellen:

        Verfahrensingenieur Prozessoptimierung (m/w/d)
        Leuna-Additiv Technik GmbH – Leuna – vor 1 Tag

        Verfahrensingenieur Polymerisation (m/w/d)
        Saalechem Polymere GmbH – Schkopau – vor 2 Tagen

        Projektingenieur Anlagenbau Chemie (m/w/d)
        Ingenieurbüro Kessler & Frahm – Leipzig – vor 2 Tagen

        Prozessingenieur Wasserstoff (m/w/d)
        Elsterfeld Energie GmbH – Leipzig – vor 3 Tagen

        ... und 3 weitere Stellen: https://www.karrierenetz-ost.example.net/suche?id=88412

        Suchauftrag bearbeiten oder abbestellen: https://www.karrierenetz-ost.example.net/jobagent
        Karrierenetz Ost – Jobs in Sachsen, Sachsen-Anhalt und Thüringen
        """)
    hs = heads(addr("Karrierenetz Ost Jobagent", "jobagent@karrierenetz-ost.example.net"),
               "7 neue Jobs: Verfahrensingenieur in Halle (Saale)",
               "2026-09-07 06:30", BERLIN, "<jobagent.88412.20260907@karrierenetz-ost.example.net>",
               relay="mailout.karrierenetz-ost.example.net",
               extra=[("List-Unsubscribe", "<https://www.karrierenetz-ost.example.net/jobagent/off?id=88412>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Professional network job alert for Rotterdam; no appointment")
def m29():
    body = t("""
        Process Engineer in Rotterdam, South Holland, Netherlands
        6 new jobs match your preferences.

        Process Engineer Hydrocracking
        Noordzee Polymers B.V. - Rotterdam - Actively recruiting

        Senior Process Engineer - Utilities (Botlek)
        Veldhaven Chemicals B.V. - Rotterdam - 48 applicants

        Process Safety Engineer
        Maasmond Terminals - Rotterdam - Be an early applicant

        See all jobs: https://www.proflink.example.net/jobs/search?geo=rotterdam

        You are receiving Job Alert emails. Unsubscribe: https://www.proflink.example.net/settings/alerts
        """)
    hs = heads(addr("Proflink Job Alerts", "jobalerts-noreply@proflink.example.net"),
               "\"Process Engineer\": Noordzee Polymers B.V. - Process Engineer Hydrocracking and more",
               "2026-10-19 08:03", "UTC", "<1412883091.3301772.1792396980114@proflink.example.net>",
               relay="mailb-ef.proflink.example.net")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(30), family="newsletter", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Professional association newsletter with an article on interview questions and an event "
                "date; nothing confirmed for Jonas")
def m30():
    body = t("""
        Verfahrenstechnik aktuell – Newsletter Oktober 2026

        Liebe Mitglieder,

        in dieser Ausgabe:

        1. Karriere: Fünf Fragen, die Sie im Vorstellungsgespräch selbst stellen sollten
           Von der Schichtorganisation bis zum Instandhaltungsbudget – worauf Verfahrensingenieure
           beim Wechsel achten sollten. Weiterlesen: https://www.fpm-ev.example.net/karriere/fuenf-fragen

        2. Mitteldeutscher Verfahrenstechnik-Tag am Donnerstag, 26. November, in Merseburg –
           die Anmeldung ist geöffnet.

        3. Neue Arbeitsgruppe "Elektrifizierung von Dampferzeugern"

        Herzliche Grüße
        Ihre Geschäftsstelle
        Fachverband Prozesstechnik Mitteldeutschland e. V.

        Abmelden: https://www.fpm-ev.example.net/newsletter/abmelden
        """)
    hs = heads(addr("Fachverband Prozesstechnik Mitteldeutschland", "newsletter@fpm-ev.example.net"),
               "Verfahrenstechnik aktuell – Oktober 2026",
               "2026-10-01 07:00", BERLIN, "<nl-2026-10.4471@fpm-ev.example.net>",
               relay="mail.newsletter-versand.example.net",
               extra=[("List-Unsubscribe", "<https://www.fpm-ev.example.net/newsletter/abmelden>"),
                      ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Ashgrove Process Systems",
           note="Recruiter sends a Calendly link to pick a slot; remarks on the 6-hour gap this week; nothing fixed")
def m31():
    body = t("""
        Hi Jonas,

        Thanks for the great intro call with our agency partner. I'd love to set up a 45-minute
        interview for the Process Engineer (EU Projects) role. Please grab any slot that suits you
        here: https://calendly.com/derek-whitfield-ashgrove/45min

        Heads-up: I'm in Houston, and this week we are only 6 hours behind you (Europe already
        changed its clocks, we change next Sunday) - Calendly shows everything in your own time
        zone anyway.

        Best,
        Derek

        Derek Whitfield
        Senior Technical Recruiter | Ashgrove Process Systems
        Houston, TX
        """)
    hs = heads(addr("Derek Whitfield", "derek.whitfield@ashgroveprocess.com"),
               "Next step: interview for Process Engineer (EU Projects)",
               "2026-10-27 11:18", "America/Chicago", "<DM6PR11MB4107A2C9E3F1D85B0C7E44F1A9D3@DM6PR11MB4107.namprd11.prod.outlook.com>",
               relay="mail-dm6nam11on2090.outbound.protection.outlook.com")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<html><body><div>" + "<br>".join(body.split("\n")) + "</div></body></html>\n")))


@make.mail(N(32), family="availability_request", lang="de", interview=False, company="Zeitzer Hydrierwerk GmbH",
           days=(("Mon", "2026-11-30"), ("Wed", "2026-12-02"), ("Thu", "2026-12-03")),
           note="Three proposed slots (Sie), none chosen yet; the confirmation comes two days later")
def m32():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihre Bewerbung als Verfahrensingenieur (m/w/d). Ihr Profil hat uns sehr
        angesprochen, und wir würden Sie gern persönlich bei uns in Zeitz kennenlernen.

        Würde Ihnen einer der folgenden Termine passen?
        - Montag, 30. November, 14:00 Uhr
        - Mittwoch, 2. Dezember, 9:00 Uhr
        - Donnerstag, 3. Dezember, 13:00 Uhr

        Das Gespräch würde ich gemeinsam mit unserem Betriebsleiter führen.

        Mit freundlichen Grüßen
        Andreas Pohl

        Dr.-Ing. Andreas Pohl
        Leiter Verfahrenstechnik
        Zeitzer Hydrierwerk GmbH
        """)
    hs = heads(addr("Pohl, Andreas", "andreas.pohl@zeitzer-hydrierwerk.de"),
               "Ihre Bewerbung als Verfahrensingenieur (m/w/d)",
               "2026-11-23 14:32", BERLIN, "<AM9P195MB1289A0C33B@AM9P195MB1289.EURP195.PROD.OUTLOOK.COM>",
               relay="mail-am6eur05on2109.outbound.protection.outlook.com",
               extra=[("Content-Language", "de-DE")])
    return message(hs, alt(text(body, charset="windows-1252"),
                           html("<html><body><div>" + "<br>\n".join(body.split("\n")) + "</div></body></html>\n",
                                charset="windows-1252")))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Halvorsen Industrial Gases GmbH",
           note="GoodTime availability request: pick windows next week; nothing booked yet")
def m33():
    body = t("""
        Hi Jonas,

        Congratulations on moving forward in the process for Process Engineer ASU at Halvorsen
        Industrial Gases! The next step is two virtual conversations (about 1 hour 45 minutes in
        total, with a short break).

        Please share your availability for the week of December 7 using the link below. We'll
        confirm a time within one business day.

        Share availability: https://app.goodtime.io/availability/8c42d1f0-halvorsen-wendler

        Thanks,
        Halvorsen Talent Team

        Scheduled with GoodTime
        """)
    hs = heads(addr("Halvorsen Talent Team", "no-reply@goodtime.io"),
               "Please share your availability - Halvorsen Industrial Gases",
               "2026-11-26 15:41", BERLIN, "<goodtime.availability.77120934.1795711260@goodtime.io>",
               relay="o3.ptr1207.goodtime.io",
               extra=[("Reply-To", addr("Katharina Berg", "katharina.berg@halvorsen-gases.com"))])
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(34), family="recruiter_outreach", lang="en", interview=False, company="Noordzee Polymers B.V.",
           note="Cold outreach from an in-house recruiter in Rotterdam asking for a call 'sometime next week'")
def m34():
    body = t("""
        Hi Jonas,

        I came across your profile and your experience with steam cracker furnace optimisation
        caught my eye. At Noordzee Polymers in Rotterdam we are building up a new process
        engineering team for our hydrocracking unit, and relocation support from Germany is part of
        the package.

        Would you be open to a 20-minute exploratory call sometime next week? Happy to work around
        your shift pattern.

        Best regards,
        Floor Janssen
        Senior Recruiter, Noordzee Polymers B.V.
        +31 10 720 4418
        """)
    hs = heads(addr("Floor Janssen", "floor.janssen@noordzeepolymers.nl"),
               "Process engineering opportunity in Rotterdam",
               "2026-09-22 10:12", "Europe/Amsterdam", "<AS8PR04MB8247E1C0D3F2A9B7C6E5D4A3B2C1@AS8PR04MB8247.eurprd04.prod.outlook.com>",
               relay="mail-db8eur05on2103.outbound.protection.outlook.com")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<html><body><div>" + "<br>".join(body.split("\n")) + "</div></body></html>\n")))


@make.mail(N(35), family="offer", lang="de", interview=False, company="Elsterfeld Energie GmbH",
           days=(("Fri", "2026-12-18"),),
           note="Written offer with a reply deadline and a start date; no interview")
def m35():
    body = t("""
        Sehr geehrter Herr Wendler,

        wir freuen uns, Ihnen nach den Gesprächen mit Herrn Rudolph und Frau Nagel die Position
        Verfahrensingenieur Wärmeauskopplung (m/w/d) anbieten zu können.

        Die Eckdaten:
        - Eintritt: 1. März 2027
        - Jahresbruttogehalt: 78.500 EUR zzgl. variabler Vergütung
        - 30 Tage Urlaub, betriebliche Altersvorsorge, Jobticket

        Den Vertragsentwurf finden Sie im Anhang. Bitte geben Sie uns bis Freitag, 18. Dezember,
        Bescheid, ob Sie das Angebot annehmen möchten. Für Rückfragen stehe ich Ihnen gern zur
        Verfügung.

        Mit freundlichen Grüßen
        Claudia Wenzel
        Leiterin Personal
        Elsterfeld Energie GmbH
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Wendler.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Wendler.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\nZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = heads(addr("Claudia Wenzel", "claudia.wenzel@elsterfeld-energie.de"),
               "Ihr Vertragsangebot – Verfahrensingenieur Wärmeauskopplung",
               "2026-12-11 13:25", BERLIN, "<GV0P278MB0813B5A2E4C1D7F96A0E3C8D1B2F@GV0P278MB0813.CHEP278.PROD.OUTLOOK.COM>",
               relay="mail-gv0che01on2111.outbound.protection.outlook.com")
    return message(hs, mixed(text(body), pdf))


@make.mail(N(36), family="out_of_office", lang="de", interview=False, company="Muldetal Chemie GmbH",
           days=(("Fri", "2026-10-09"),),
           note="Out-of-office auto-reply from the recruiter (back after 9 Oct); sender's company an employer")
def m36():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 9. Oktober, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
        Bewerbermanagement@muldetal-chemie.de.

        Mit freundlichen Grüßen
        Ines Kaufmann
        Muldetal Chemie GmbH
        """)
    hs = heads(addr("Kaufmann, Ines", "ines.kaufmann@muldetal-chemie.de"),
               "Automatische Antwort: Rückfrage zu meiner Bewerbung (Ref. MC-2026-117)",
               "2026-10-05 08:02", BERLIN, "<BEZP281MB2861A71F0C2E4D3B9E66B1D4A3C5@BEZP281MB2861.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-be0deu01on2098.outbound.protection.outlook.com",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<CAGn7Hq1a0pZ9x@mail.example.com>")])
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(37), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Jonas' thank-you after the Leipzig interview went to a mistyped address; the "
                "returned message mentions yesterday's interview but schedules nothing")
def m37():
    orig_body = t("""
        Sehr geehrter Herr Rudolph,

        vielen Dank für das angenehme Gespräch heute Mittag und die interessanten Einblicke in die
        Wärmeauskopplung. Ich würde mich sehr freuen, bald von Ihnen zu hören.

        Mit freundlichen Grüßen
        Jonas Wendler
        """)
    orig = message([("From", JONAS), ("To", addr("Thomas Rudolph", "thomas.rudolf@elsterfeld-energie.de")),
                    ("Subject", enc("Vielen Dank für das Gespräch")), ("Date", date("2026-11-03 18:40", BERLIN)),
                    ("Message-ID", "<CAGn7Hq5tR2wQ8mZ@mail.example.com>")],
                   text(orig_body))
    report = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <thomas.rudolf@elsterfeld-energie.de>: host
            mx1.elsterfeld-energie.de[203.0.113.25] said: 550 5.1.1
            <thomas.rudolf@elsterfeld-energie.de>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4gQz7R1xY3z9tKp
        Arrival-Date: Tue,  3 Nov 2026 18:40:12 +0100 (CET)

        Final-Recipient: rfc822; thomas.rudolf@elsterfeld-energie.de
        Original-Recipient: rfc822;thomas.rudolf@elsterfeld-energie.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.elsterfeld-energie.de
        Diagnostic-Code: smtp; 550 5.1.1 <thomas.rudolf@elsterfeld-energie.de>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    rep = multipart("report", text(report, charset="us-ascii", cte="7bit"),
                    raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                    attached_message(orig),
                    params="report-type=delivery-status")
    hs = [("Received", received("by mail.example.com (Postfix)", "2026-11-03 18:40", BERLIN,
                                "mx01.example.com with ESMTPS id 4gQz7S0k", ME, 2)),
          ("From", "MAILER-DAEMON@mail.example.com (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-03 18:40", BERLIN)),
          ("Message-ID", "<20261103174014.4gQz7S0kQ1z9tKr@mail.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, rep)


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Dentist appointment confirmation with a fixed time; not an interview")
def m38():
    body = t("""
        Sehr geehrter Herr Wendler,

        hiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung:

        Dienstag, 13.10.2026 um 08:30 Uhr
        Zahnarztpraxis Dr. med. dent. Claudia Seidel, Leipziger Straße 61, 06108 Halle (Saale)

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte spätestens 24 Stunden vorher ab, telefonisch unter 0345 2027 118.

        Ihr Praxisteam Dr. Seidel
        """)
    hs = heads(addr("Praxis Dr. Seidel", "termine@zahnarzt-seidel-halle.de"),
               "Terminbestätigung Zahnreinigung am 13.10.2026",
               "2026-10-06 12:44", BERLIN, "<termin-55812.20261006124402@zahnarzt-seidel-halle.de>",
               relay="mail.praxis-software.example.net")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(39), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Exchange invitation to an examination board meeting (Jonas examines Chemikant apprentices); "
                "fixed time, not a job interview")
def m39():
    desc = "Vorbereitung der Winterprüfung Chemikant/in (Teil 2)\\, Verteilung der praktischen Aufgaben."
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000C3D9E1F5A47ADD01000000000000000010000000B5E2C8A1D9F04C3E8A7B6D5C4E3F2A1B",
                       organizer="r.kuehne@bz-saale.de", org_cn="Kühne, Rainer",
                       summary="Prüfungsausschuss Chemikant/in – Sitzung Winterprüfung 2026/27",
                       start="20261118T160000", end="20261118T180000", tzid="W. Europe Standard Time",
                       location="Bildungszentrum Saale, Raum 2.07", description=desc, stamp="20261102T111530Z")
    body = t("""
        Liebe Mitglieder des Prüfungsausschusses,

        hiermit lade ich Sie zur Sitzung zur Vorbereitung der Winterprüfung ein:
        Mittwoch, 18. November 2026, 16:00 - 18:00 Uhr, Bildungszentrum Saale, Raum 2.07.

        Tagesordnung: Verteilung der praktischen Aufgaben, Aufsichtsplan, Verschiedenes.

        Mit freundlichen Grüßen
        Rainer Kühne
        Bildungszentrum Saale – Ausbildung Chemie
        """)
    hs = heads(addr("Kühne, Rainer", "r.kuehne@bz-saale.de"),
               "Prüfungsausschuss Chemikant/in – Sitzung Winterprüfung 2026/27",
               "2026-11-02 12:15", BERLIN, "<FR3P281MB1466D2A7C9E04F18B3D5A6C7E8F9@FR3P281MB1466.DEUP281.PROD.OUTLOOK.COM>",
               relay="mail-fr3deu01on2130.outbound.protection.outlook.com",
               to=", ".join([JONAS, addr("Birgit Haase", "birgit.haase@example.net"), addr("Olaf Sturm", "o.sturm@example.net")]),
               extra=[("Content-Language", "de-DE")])
    return message(hs, alt(text(body), html("<html><body><p>" + "<br>\n".join(body.split("\n")) + "</p></body></html>\n"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(40), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Citizens' office booking (new ID card) with a fixed time; not an interview")
def m40():
    body = t("""
        Terminbestätigung

        Sehr geehrte/r Jonas Wendler,

        Ihr Termin wurde erfolgreich gebucht.

        Dienstleistung: Personalausweis beantragen
        Standort: Bürgerservice Neustadt, Neustädter Passage 18, 06122 Halle (Saale)
        Datum: Donnerstag, 08.10.2026
        Uhrzeit: 07:40 Uhr
        Vorgangsnummer: BS-2026-448173

        Bitte bringen Sie ein aktuelles biometrisches Passfoto und Ihren bisherigen Ausweis mit.

        Termin stornieren: https://termine.buergerservice.example.net/storno?v=BS-2026-448173

        Diese E-Mail wurde automatisch erstellt.
        """)
    hs = heads(addr("Bürgerservice Online-Termine", "noreply@termine.buergerservice.example.net"),
               "Terminbestätigung BS-2026-448173",
               "2026-09-30 21:17", BERLIN, "<BS-2026-448173.confirm@termine.buergerservice.example.net>",
               relay="termine.buergerservice.example.net")
    return message(hs, text(body, cte="base64"))


@make.mail(N(41), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-31"),),
           note="Garage tyre-change booking with a fixed Saturday time; not an interview")
def m41():
    h = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#b30000">Autohaus Kröllwitz</h2>
        <p>Hallo Herr Wendler,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir haben folgenden Termin für Sie reserviert:</p>
        <p><b>Räderwechsel (Einlagerung)</b><br>
        Samstag, 31.10.2026, 08:30 Uhr<br>
        Fahrzeug: HAL-JW 512</p>
        <p>Bitte planen Sie ca. 45 Minuten Wartezeit ein. Ihre eingelagerten Winterräder liegen bereit.</p>
        <p>Ihr Service-Team<br>Autohaus Kröllwitz GmbH · Talstraße 40 · 06120 Halle (Saale)</p>
        </body></html>
        """)
    hs = heads(addr("Autohaus Kröllwitz Service", "service@autohaus-kroellwitz.de"),
               "Ihre Terminbestätigung: Räderwechsel am 31.10.2026",
               "2026-10-26 17:05", BERLIN, "<20261026160503.9912@autohaus-kroellwitz.de>",
               relay="mail.autohaus-kroellwitz.de")
    return message(hs, html(h))


@make.mail(N(42), family="event_registration", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Conference registration with an ICS (all day programme 09:00-17:00); not an interview")
def m42():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihre Anmeldung zum Mitteldeutschen Verfahrenstechnik-Tag 2026.

        Donnerstag, 26. November 2026, 09:00 - 17:00 Uhr
        Hochschule Merseburg, Hörsaalgebäude, Eberhard-Leibnitz-Straße 2, 06217 Merseburg

        Ihr Ticket: MVT26-0418 (Mitglied, inkl. Mittagessen)
        Einen Kalendereintrag finden Sie im Anhang.

        Wir freuen uns auf Sie!
        Fachverband Prozesstechnik Mitteldeutschland e. V.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//fpm-ev//Veranstaltungen//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:mvt26-0418@fpm-ev.example.net
        DTSTAMP:20261102T080000Z
        DTSTART:20261126T080000Z
        DTEND:20261126T160000Z
        SUMMARY:Mitteldeutscher Verfahrenstechnik-Tag 2026
        LOCATION:Hochschule Merseburg\\, Hörsaalgebäude
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Fachverband Prozesstechnik Mitteldeutschland", "veranstaltungen@fpm-ev.example.net"),
               "Anmeldebestätigung: Mitteldeutscher Verfahrenstechnik-Tag 2026",
               "2026-11-02 09:00", BERLIN, "<anmeldung-mvt26-0418@fpm-ev.example.net>",
               relay="mail.fpm-ev.example.net")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="MVT2026.ics",
                                                  disposition="attachment", cte="quoted-printable")))


@make.mail(N(43), family="webinar", lang="de", interview=False, company=None,
           days=(("Tue", "2026-12-08"),),
           note="Zoom webinar registration (hydrogen in chemical parks); fixed time, not an interview")
def m43():
    body = t("""
        Hallo Jonas,

        vielen Dank für Ihre Registrierung für "Elektrolyse im Chemiepark – Erfahrungen aus zwei
        Jahren Betrieb".

        Bitte senden Sie Fragen an: info@h2-netzwerk-md.example.net

        Datum Zeit: 08.12.2026 05:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Teilnahme über PC, Mac, iPad oder Android:
        https://us06web.zoom.us/w/84419027731?tk=v2kR8cJ1-wendler

        Passwort: 452017

        Sie können diese Registrierung jederzeit stornieren.

        Netzwerk H2 Mitteldeutschland
        """)
    hs = heads(addr("Netzwerk H2 Mitteldeutschland", "no-reply@zoom.us"),
               "Bestätigung für Elektrolyse im Chemiepark – Erfahrungen aus zwei Jahren Betrieb",
               "2026-11-30 19:22", BERLIN, "<mMhR3xPZT8mR1n0V7Jb2qA@zoom.us>",
               relay="mail4.zoom.us",
               extra=[("Reply-To", "info@h2-netzwerk-md.example.net")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="travel_booking", lang="de", interview=False, company=None,
           days=(("Sun", "2026-10-25"),),
           note="Train ticket to Basel for the on-site interview (Sunday 25 Oct, return Monday); "
                "a travel booking, not an interview confirmation")
def m44():
    body = t("""
        Ihre Buchung – Auftragsnummer 7Q4XK2

        Hinfahrt: So, 25.10.2026
        ab 12:04 Halle(Saale)Hbf  -> an 19:41 Basel SBB
        Umstieg in Frankfurt(Main)Hbf, Wagen 12, Platz 54 (reserviert)

        Rückfahrt: Mo, 26.10.2026
        ab 14:16 Basel SBB -> an 21:38 Halle(Saale)Hbf

        Flexpreis, 2. Klasse, 1 Erwachsener, BahnCard 25
        Gesamtpreis: 186,40 EUR

        Ihr Online-Ticket finden Sie im Anhang bzw. in der App.
        FernBahn Reiseservice
        """)
    hs = heads(addr("FernBahn Reiseservice", "buchung@fernbahn-reise.example.net"),
               "Ihre Buchungsbestätigung (Auftrag 7Q4XK2, 25.10.2026)",
               "2026-10-22 20:18", BERLIN, "<7Q4XK2.20261022201812@fernbahn-reise.example.net>",
               relay="mailout2.fernbahn-reise.example.net")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="assessment_deadline", lang="de", interview=False, company="Donaupharm Synthese GmbH",
           days=(("Sun", "2026-10-18"),),
           note="SmartRecruiters online test to complete 'bis Sonntag, 18. Oktober, 23:59 Uhr'; a deadline, no interview")
def m45():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihre Bewerbung als Verfahrenstechniker*in API-Produktion. Als nächsten
        Schritt bitten wir Sie, unseren Online-Test (technisches Verständnis und Logik, ca. 40
        Minuten) zu absolvieren:

        https://donaupharm.assessment.example.net/start?token=GH71-KD0P-Q2LM

        Bitte schließen Sie den Test bis Sonntag, 18. Oktober, 23:59 Uhr ab. Sie können ihn zu einem
        beliebigen Zeitpunkt beginnen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Donaupharm Synthese GmbH
        """)
    hs = heads(addr("Donaupharm Synthese GmbH", "noreply@smartrecruiters.com"),
               "Nächster Schritt: Online-Test – Verfahrenstechniker*in API-Produktion",
               "2026-10-09 10:40", "Europe/Vienna", "<7d1e9c02-4fa8-4b3d-8c61-0e5b7a2f9d14@smartrecruiters.com>",
               relay="mail-out3.smartrecruiters.com")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(46), family="rejection", lang="de", interview=False, company="Anhalt Pharma Synthese GmbH",
           note="Recruitee rejection without an interview")
def m46():
    body = t("""
        Sehr geehrter Herr Wendler,

        vielen Dank für Ihr Interesse an der Position Betriebsingenieur Wirkstoffsynthese (m/w/d) und
        die Geduld während unseres Auswahlverfahrens.

        Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber
        entschieden haben, deren Profil noch besser zu den Anforderungen passt.

        Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

        Mit freundlichen Grüßen
        Ihr Personalteam
        Anhalt Pharma Synthese GmbH
        """)
    hs = heads(addr("Anhalt Pharma Synthese GmbH", "noreply@recruitee.com"),
               "Ihre Bewerbung bei Anhalt Pharma Synthese",
               "2026-10-20 16:03", BERLIN, "<recruitee.offer-188412.candidate-9921734.rej@recruitee.com>",
               relay="mail-eu.recruitee.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="personal", lang="de", interview=False, company=None,
           days=(("Sun", "2026-09-13"),),
           note="Mother invites to coffee at grandma's on Sunday at 15:00; family, not an interview")
def m47():
    body = t("""
        Hallo Jonas,

        Oma hat am Sonntag Geburtstag nachgefeiert und fragt, ob Du um drei zum Kaffee nach Köthen
        kommst. Tante Gerda bringt ihren Bienenstich mit. Bring doch Deine Unterlagen mit, Onkel
        Bernd kennt doch noch Leute bei der Soda in Bernburg!

        Und drück Dir die Daumen für Dienstag, Du machst das schon.

        Liebe Grüße
        Mama
        """)
    hs = heads(addr("Petra Wendler", "petra.wendler@example.net"), "Sonntag bei Oma",
               "2026-09-10 19:48", BERLIN, "<3f8a1d22-91b0-4c7e-b5d3-08c2e6a7f410@example.net>",
               relay="mout.example.net",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Webmail")])
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(48), family="post_interview", lang="de", interview=False, company="Elsterfeld Energie GmbH",
           note="Hiring manager thanks for yesterday's interview and promises news by mid-November; nothing scheduled")
def m48():
    body = t("""
        Hallo Herr Wendler,

        danke für das gute Gespräch gestern und Ihre Geduld bei meinen vielen Fragen zur
        Wärmetauscher-Verschmutzung. Frau Nagel und ich waren sehr angetan.

        Wir sprechen in dieser Woche noch mit zwei weiteren Kandidaten und melden uns bis Mitte
        November bei Ihnen.

        (Übrigens: Ihre Mail von gestern Abend ist bei mir nicht angekommen – meine Adresse schreibt
        sich mit "ph".)

        Viele Grüße
        Thomas Rudolph
        Elsterfeld Energie GmbH
        """)
    hs = heads(addr("Thomas Rudolph", "thomas.rudolph@elsterfeld-energie.de"), "Unser Gespräch gestern",
               "2026-11-04 08:55", BERLIN, "<CAD9vW1mXr7kT3qLp0zYe6Bn@mail.gmail.com>",
               relay="mail-ej1-f46.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="one_way_video", lang="en", interview=False, company="Noordzee Polymers B.V.",
           days=(("Fri", "2026-10-09"),),
           note="One-way recorded video interview to complete by Fri 9 Oct 23:59 CEST; a deadline, not a "
                "scheduled conversation")
def m49():
    body = t("""
        Hi Jonas,

        Noordzee Polymers B.V. has invited you to record a video interview for the role of
        Process Engineer Hydrocracking.

        You will be asked 5 questions and have up to 3 minutes to answer each one. You can
        start whenever you are ready - please complete it by Friday, October 9, 23:59 (CEST).

        Start your interview: https://app.vidqueue.example.net/i/NZP-44817-wendler

        Tip: find a quiet place and test your camera and microphone first.

        Good luck!
        The Vidqueue team, on behalf of Noordzee Polymers
        """)
    hs = heads(addr("Noordzee Polymers via Vidqueue", "invitations@vidqueue.example.net"),
               "Your video interview for Process Engineer Hydrocracking",
               "2026-10-02 09:14", "Europe/Amsterdam", "<vq-inv-44817.1791011640@vidqueue.example.net>",
               relay="smtp.vidqueue.example.net")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(50), family="availability_request", lang="de", interview=False, company="Kreislaufwerk GmbH",
           days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
           note="Du-mail asking whether next Thursday or Friday would suit; no time fixed yet")
def m50():
    body = t("""
        Hi Jonas,

        danke für deine Bewerbung – Matthias und ich fanden dein Anschreiben richtig gut, vor allem
        die Sache mit dem Crackerofen-Revamp.

        Hättest du nächste Woche Donnerstag oder Freitag Zeit, bei uns vorbeizukommen? Dann zeigen
        wir dir auch gleich die Anlage. Sag einfach, was dir besser passt, dann machen wir eine
        Uhrzeit fest.

        Viele Grüße
        Lena

        --
        Dr. Lena Voigt | CTO
        Kreislaufwerk GmbH | Berlin-Adlershof
        """)
    hs = heads(addr("Lena Voigt", "lena.voigt@kreislaufwerk.de"), "Kennenlernen bei Kreislaufwerk",
               "2026-10-01 18:20", BERLIN, "<CAF1pL0nXh7qVz3eR9mKt2Yw6s@mail.gmail.com>",
               relay="mail-wm1-f49.google.com")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))
