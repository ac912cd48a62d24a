"""blind349: a blind 50-mail held-out set, the realistic inbox of an optics engineer in Jena.

Every mail's wording is written by hand here, one function per mail; ``make.py`` does the MIME
plumbing and the checks. Written on 2026-11-28 by a helper session (Claude, an AI assistant) that
had not read the detector, its tests, or any other held-out set. Build with
``python3 bench/heldout/make_blind.py blind349``.

Keys 1-23 are the positives, 24-50 the negatives; the file number of key k is ORDER[k - 1].
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

SET = "blind349"
ORDER = random.Random(3490349).sample(range(1, 51), 50)

OWNER = "friederike.adam@example.org"
OWNER2 = "f.adam@example.com"
ME = addr("Friederike Adam", OWNER)
ME2 = addr("Friederike Adam", OWNER2)


def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def hd(frm, subject, when, zone, mid, to=ME, extra=(), relay=None, rcpt=OWNER, charset="utf-8"):
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    hs = [("Delivered-To", rcpt)]
    if relay:
        hs.append(("Received", received(relay, when, zone, "mx02.mail.example.org (Postfix) with ESMTPS id "
                                        + make.hashlib.sha1(mid.encode()).hexdigest()[:10].upper(), rcpt)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def tz(name: str) -> str:
    """VTIMEZONE text; Vienna and Amsterdam follow Berlin's rules."""
    if name in VTZ:
        return VTZ[name]
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", name)


def ics(method, prodid, zone, uid, stamp, start, end, summary, organizer, attendees, seq=0,
        status="CONFIRMED", location="", description="", extra=""):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    if zone:
        lines.append(tz(zone))
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if zone:
        lines += [f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [f"SUMMARY:{summary}", f"ORGANIZER;{organizer}"]
    lines += [f"ATTENDEE;{a}" for a in attendees]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}"]
    if extra:
        lines += extra.strip("\n").split("\n")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def html_of(body: str, font="Arial,Helvetica,sans-serif") -> str:
    import html as _h
    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + _h.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#1d1d1f">\n{inner}\n</body></html>\n')


# =========================================================================== positives

# --------------------------------------------------------------- 1 Personio, Lumetra Optik (thread A)
@make.mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z", contact="katrin.vogel@lumetra-optik.de",
           company="Lumetra Optik GmbH", local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00",
           zone="Europe/Berlin",
           note="Personio invitation, German Sie: Dienstag 15.09.2026 10:00-11:00 Uhr in Jena (CEST, UTC+2); "
                "contact = human Reply-To recruiter")
def p01():
    body = t("""
        Sehr geehrte Frau Adam,

        vielen Dank für Ihre Bewerbung als Optikingenieurin (m/w/d) Optikdesign bei der Lumetra Optik GmbH.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen Ihnen folgenden Termin:

        Datum: Dienstag, 15.09.2026
        Uhrzeit: 10:00 - 11:00 Uhr
        Ort: Lumetra Optik GmbH, Göschwitzer Straße 41, 07745 Jena, Empfang Haus B
        Gesprächspartner: Dr. Ulrich Kämmerer (Leitung Optikdesign), Katrin Vogel (HR)

        Bitte melden Sie sich am Empfang, Besucherparkplätze finden Sie direkt vor dem Gebäude.
        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Vogel
        Personalreferentin
        Lumetra Optik GmbH | Göschwitzer Straße 41 | 07745 Jena
        Amtsgericht Jena HRB 512347 | Geschäftsführer: Dr. Henning Blau

        Diese Nachricht wurde über Personio versendet.
        """)
    hs = hd(addr("Lumetra Optik GmbH", "noreply@mail.personio.de"),
            "Einladung zum Vorstellungsgespräch – Optikingenieur (m/w/d) Optikdesign",
            "2026-09-08 14:12:07", "Europe/Berlin", "<c1f0a7d3e8b24a6f.3318@mail.personio.de>",
            extra=[("Reply-To", addr("Katrin Vogel", "katrin.vogel@lumetra-optik.de"))],
            relay="from mail.personio.de (mail.personio.de [185.12.64.18])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 2 Greenhouse, Brightwave Photonics (thread B)
@make.mail(n(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T14:00:00Z", end="2026-09-24T14:45:00Z", contact="megan.okafor@brightwavephotonics.com",
           company="Brightwave Photonics", local="Thu 2026-09-24 16:00", local_end="2026-09-24 16:45",
           zone="Europe/Berlin",
           note="Greenhouse confirmation shown in the candidate's zone, 4:00-4:45 PM CEST (= 10:00 AM EDT); "
                "contact = Reply-To recruiter")
def p02():
    body = t("""
        Hi Friederike,

        Thanks for confirming your availability! Your interview for Senior Optical Engineer, Imaging Systems at
        Brightwave Photonics is scheduled:

        Thursday, September 24, 2026
        4:00 PM - 4:45 PM Central European Summer Time (Berlin)

        Interviewer: Arjun Mehta, Director of Optical Engineering
        Location: Google Meet - https://meet.google.com/kxp-ruwa-tnd

        If you need to make changes, please reply to this email and Megan Okafor will help you out.

        Best,
        Brightwave Photonics Recruiting

        --
        Sent via Greenhouse. Brightwave Photonics, 200 Seaport Blvd, Boston, MA 02210
        """)
    hs = hd(addr("Megan Okafor", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Optical Engineer, Imaging Systems at Brightwave Photonics",
            "2026-09-17 11:38:52", "America/New_York", "<gh.6f2b91c4.20260917153852@us.greenhouse-mail.io>",
            extra=[("Reply-To", addr("Megan Okafor", "megan.okafor@brightwavephotonics.com"))],
            relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.21.4])")
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(html_of(body))))


# --------------------------------------------------------------- 3 Lever, Nordlicht Robotics
@make.mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-05T12:30:00Z", end="2026-10-05T13:15:00Z", contact="lena.brandis@nordlicht-robotics.io",
           company="Nordlicht Robotics", local="Mon 2026-10-05 14:30", local_end="2026-10-05 15:15",
           zone="Europe/Berlin",
           note="Lever confirmation, Berlin time 14:30-15:15 CEST with an ICS in Europe/Berlin; contact = Reply-To")
def p03():
    body = t("""
        Hi Friederike,

        You're all set! Here are the details for your upcoming interview with Nordlicht Robotics.

        Technical Interview - Optics & Sensing
        Monday, October 5th, 2026 at 2:30pm - 3:15pm (CEST, Berlin)
        Interviewers: Mats Ekström (Head of Perception Hardware)
        Where: Microsoft Teams - link in the calendar invite

        Looking forward to it. If anything comes up just reply here.

        Lena Brandis
        Talent Partner, Nordlicht Robotics
        """)
    cal = ics("REQUEST", "-//Lever//Lever Scheduling//EN", "Europe/Berlin", "lvr-7c1e0a59-nr@hire.lever.co",
              "20260930T081504Z", "20261005T143000", "20261005T151500",
              "Technical Interview - Friederike Adam / Nordlicht Robotics",
              "CN=Lena Brandis:mailto:lena.brandis@nordlicht-robotics.io",
              ["CN=Friederike Adam;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + OWNER,
               "CN=Mats Ekström;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mats.ekstrom@nordlicht-robotics.io"],
              location="Microsoft Teams")
    hs = hd(addr("Lena Brandis", "no-reply@hire.lever.co"), "Your interview with Nordlicht Robotics is confirmed",
            "2026-09-30 10:15:04", "Europe/Berlin", "<0100019a3c44e1f2-lvr-5d2a@email.hire.lever.co>",
            extra=[("Reply-To", "lena.brandis@nordlicht-robotics.io")],
            relay="from a9-31.smtp-out.amazonses.com (a9-31.smtp-out.amazonses.com [54.240.9.31])")
    return message(hs, mixed(alt(text(body), html(html_of(body))),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --------------------------------------------------------------- 4 agency prose, Isarlicht (thread C)
@make.mail(n(4), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-14T09:00:00Z", end=None, contact="stefanie.kessler@kessler-roth.de",
           company="Isarlicht Optronics GmbH", local="Wed 2026-10-14 11:00", zone="Europe/Berlin",
           note="Personalberaterin bestätigt 'Mittwoch, 14. Oktober, 11:00 Uhr' in München (CEST); 'ca. 90 Minuten' "
                "is approximate so end null; contact = human sender (agency)")
def p04():
    body = t("""
        Liebe Frau Adam,

        schön, dass es so schnell geklappt hat! Hiermit bestätige ich Ihnen verbindlich den Termin bei unserem
        Mandanten, der Isarlicht Optronics GmbH:

        Mittwoch, 14. Oktober 2026, 11:00 Uhr
        Isarlicht Optronics GmbH, Lindwurmstraße 188, 80337 München (3. OG, bitte bei Frau Huber melden)

        Sie sprechen mit Herrn Florian Gschwendtner (Teamleiter Laseroptik) und jemandem aus dem Team. Planen Sie
        ca. 90 Minuten ein, es wird auch eine kleine Laborführung geben. Die Reisekosten (2. Klasse Bahn) übernimmt
        der Mandant, bitte heben Sie die Belege auf.

        Rufen Sie mich gern vorher noch einmal an, dann gehen wir das Profil der Stelle gemeinsam durch.

        Herzliche Grüße aus Schwabing
        Stefanie Kessler

        --
        Stefanie Kessler | Senior Consultant Engineering
        Kessler & Roth Personalberatung GmbH
        Leopoldstraße 77 | 80802 München
        Tel. +49 89 2154 3360 | Mobil +49 171 5583 290
        www.kessler-roth.de

        Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren
        Sie bitte sofort den Absender und vernichten Sie diese Mail.
        """)
    hs = hd(addr("Stefanie Kessler", "stefanie.kessler@kessler-roth.de"),
            "Ihr Vorstellungsgespräch bei Isarlicht Optronics – Bestätigung", "2026-10-07 16:48:31", "Europe/Berlin",
            "<AM0PR07MB5521C8E7A9B04F31@AM0PR07MB5521.eurprd07.prod.outlook.com>",
            extra=[("X-MS-Has-Attach", ""), ("Content-Language", "de-DE")],
            relay="from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.91)")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------- 5 Workday, Hessel Medizintechnik (thread D)
@make.mail(n(5), family="workday", lang="de", interview=True, kind="scheduled",
           start="2026-10-22T07:30:00Z", end="2026-10-22T08:30:00Z",
           contact="sabine.kerschbaum@hessel-medizintechnik.de", company="Hessel Medizintechnik AG",
           local="Thu 2026-10-22 09:30", local_end="2026-10-22 10:30", zone="Europe/Berlin",
           note="Workday interview notice in German, 22.10.2026 09:30-10:30 MESZ (CEST); no Reply-To, contact = the "
                "recruiter's address in the body")
def p05():
    body = t("""
        Hallo Friederike Adam,

        Ihr Interview für die Position Entwicklungsingenieur Optik / Endoskopie (R-0048815) wurde geplant.

        Interviewdetails
        Datum: Donnerstag, 22. Oktober 2026
        Uhrzeit: 09:30 - 10:30 MESZ
        Format: Videointerview (Microsoft Teams)
        Teilnehmende: Dr. Andreas Pfeiffer, Sabine Kerschbaum

        Der Link zur Besprechung wird Ihnen separat zugesendet. Bei Fragen wenden Sie sich bitte an Ihre
        Ansprechpartnerin Sabine Kerschbaum (sabine.kerschbaum@hessel-medizintechnik.de).

        Den Status Ihrer Bewerbung können Sie jederzeit im Kandidatenportal einsehen:
        https://hessel.wd3.myworkdayjobs.com/de-DE/Karriere

        Freundliche Grüße
        Hessel Medizintechnik AG - Talent Acquisition

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = hd(addr("Hessel Medizintechnik AG", "hessel@myworkday.com"),
            "Interview geplant: Entwicklungsingenieur Optik / Endoskopie (R-0048815)", "2026-10-15 13:02:44",
            "Europe/Berlin", "<1964571822.88134.1792062164410@wd3-prod-mail.myworkday.com>",
            relay="from wd3-prod-mail.myworkday.com (wd3-prod-mail.myworkday.com [209.177.165.40])")
    return message(hs, html(html_of(body, font="Helvetica,Arial"), cte="base64"))


# --------------------------------------------------------------- 6 message/rfc822, Sarnow via agency
def _p06_inner() -> bytes:
    body = t("""
        Guten Tag Herr Jähnig,

        hiermit bestätigen wir den folgenden Interviewtermin für Ihre Kandidatin:

        Kandidatin: Friederike Adam
        Position: Projektingenieur Präzisionsoptik (m/w/d), Dresden
        Termin: Dienstag, 27. Oktober 2026, 13:00 - 14:00 Uhr (MEZ)
        Ort: Sarnow Präzisionsoptik GmbH, Manfred-von-Ardenne-Ring 9, 01099 Dresden
        Gesprächspartner: Tobias Lenk (Bereichsleiter Fertigung), Anke Wolf (HR Business Partner)

        Bitte beachten Sie: Ab dem 25.10. gilt wieder die Winterzeit.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Sarnow Präzisionsoptik GmbH

        Powered by SmartRecruiters
        """)
    hs = [("From", addr("Sarnow Präzisionsoptik GmbH", "noreply@smartrecruiters.com")),
          ("To", addr("Marco Jähnig", "marco.jaehnig@talentbruecke-sachsen.de")),
          ("Subject", enc("Interviewbestätigung: Friederike Adam – Projektingenieur Präzisionsoptik")),
          ("Date", date("2026-10-21 09:14:20", "Europe/Berlin")),
          ("Message-ID", "<sr.3c9d1e77a04b.20261021071420@smartrecruiters.com>")]
    return message(hs, text(body))


@make.mail(n(6), family="rfc822_attachment", lang="de", interview=True, kind="scheduled",
           start="2026-10-27T12:00:00Z", end="2026-10-27T13:00:00Z", contact="marco.jaehnig@talentbruecke-sachsen.de",
           company="Sarnow Präzisionsoptik GmbH", local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:00",
           zone="Europe/Berlin",
           note="Agency recruiter forwards the client's SmartRecruiters confirmation as message/rfc822; 27.10. "
                "13:00-14:00 MEZ (CET, after the 25 October change; mails sent in CEST); contact = human sender")
def p06():
    body = t("""
        Hallo Frau Adam,

        gute Nachrichten aus Dresden: Sarnow hat den Termin bestätigt, die Bestätigung hänge ich Ihnen an.
        Also Dienstag, 27.10., 13 Uhr vor Ort. Achtung Zeitumstellung am Wochenende ;-)

        Ich drück die Daumen und melde mich am Mittwoch danach bei Ihnen.

        Beste Grüße
        Marco Jähnig
        Talentbrücke Sachsen GmbH | Personalberatung Technik
        Prager Straße 2a, 01069 Dresden | +49 351 4188 720
        """)
    hs = hd(addr("Marco Jähnig", "marco.jaehnig@talentbruecke-sachsen.de"),
            "WG: Interviewbestätigung Sarnow Präzisionsoptik", "2026-10-22 08:55:12", "Europe/Berlin",
            "<5f1e2d9a-77c3-4b1e-9a0d-1d2e3f4a5b6c@talentbruecke-sachsen.de>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
            relay="from mail.talentbruecke-sachsen.de (mail.talentbruecke-sachsen.de [212.227.15.41])")
    return message(hs, mixed(text(body, charset="windows-1252"),
                             attached_message(_p06_inner(), "Interviewbestaetigung.eml")))


# --------------------------------------------------------------- 7 iCIMS, Corvane Instruments (thread E)
@make.mail(n(7), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z", contact="dana.whitfield@corvane.com",
           company="Corvane Instruments", local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00",
           zone="America/New_York",
           note="iCIMS, US date 11/03/2026 9:00-10:00 AM Eastern: EST after the 1 November change (mail sent in EDT) "
                "-> 14:00Z; contact = coordinator address in the body")
def p07():
    body = t("""
        Dear Friederike,

        Thank you for your interest in Corvane Instruments. We are pleased to confirm your interview for the
        position of Optical Systems Engineer II (Req ID 2026-4471).

        Date: 11/03/2026
        Time: 9:00 AM - 10:00 AM (Eastern Time)
        Type: Video Interview (Webex)
        Interview Panel: Greg Tanaka, Laura Benedetti

        Webex details will be sent by your interview coordinator, Dana Whitfield. If you have any questions,
        please contact Dana at dana.whitfield@corvane.com.

        Sincerely,
        Talent Acquisition
        Corvane Instruments, Inc. | 1500 East Ave, Rochester, NY 14610

        Corvane Instruments is an Equal Opportunity Employer. Please do not reply to this automated message.
        """)
    hs = hd(addr("Corvane Instruments", "corvane@talent.icims.com"),
            "Interview Confirmation - Optical Systems Engineer II", "2026-10-28 10:20:33", "America/New_York",
            "<icims.1f8e3a.4471.20261028142033@talent.icims.com>",
            relay="from mta-out3.icims.com (mta-out3.icims.com [64.79.155.51])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(html_of(body, "Verdana"))))


# --------------------------------------------------------------- 8 Workable, Messwerk Erfurt
@make.mail(n(8), family="workable", lang="de", interview=True, kind="scheduled",
           start="2026-11-06T09:00:00Z", end="2026-11-06T09:30:00Z", contact="paul.seidel@messwerk-erfurt.de",
           company="Messwerk Erfurt GmbH", local="Fri 2026-11-06 10:00", local_end="2026-11-06 10:30",
           zone="Europe/Berlin",
           note="Workable in German, Freitag 6.11. 10:00-10:30 MEZ; Reply-To is a Workable relay, contact = the "
                "hiring manager's address in the body")
def p08():
    body = t("""
        Hallo Friederike,

        danke, dass du dir einen Termin ausgesucht hast! Hier nochmal alles auf einen Blick:

        Telefoninterview - Optikingenieur*in Messtechnik
        Freitag, 6. November 2026
        10:00 - 10:30 (MEZ, Berlin)

        Paul ruft dich unter der Nummer an, die du in deiner Bewerbung angegeben hast.
        Falls du vorher Fragen hast: paul.seidel@messwerk-erfurt.de

        Bis bald!
        Paul Seidel
        Teamlead Optische Messtechnik, Messwerk Erfurt GmbH

        ---
        Gesendet mit Workable
        """)
    hs = hd(addr("Messwerk Erfurt GmbH", "noreply@candidates.workablemail.com"),
            "Dein Telefoninterview bei Messwerk Erfurt ist bestätigt", "2026-11-02 15:30:18", "Europe/Berlin",
            "<wkbl.9b7d52e1.1102143018@candidates.workablemail.com>",
            extra=[("Reply-To", "messwerk-erfurt+a8f3c91d20@candidates.workablemail.com")],
            relay="from mail-a27.workablemail.com (mail-a27.workablemail.com [198.2.180.77])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 9 Teamtailor, Alpenglas (thread F)
@make.mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-11-09T13:00:00Z", end="2026-11-09T14:00:00Z", contact="verena.mairhofer@alpenglas.at",
           company="Alpenglas Systeme GmbH", local="Mon 2026-11-09 14:00", local_end="2026-11-09 15:00",
           zone="Europe/Vienna",
           note="Teamtailor (Austrian German), 9.11. 14:00-15:00 Europe/Vienna (CET) with ICS in Europe/Vienna; "
                "contact = Reply-To / ORGANIZER")
def p09():
    body = t("""
        Liebe Friederike,

        vielen Dank, wir haben deinen Termin eingetragen:

        Zweitgespräch Optical Design Engineer
        Montag, 9. November 2026 · 14:00–15:00 (Europe/Vienna)
        Vor Ort: Alpenglas Systeme GmbH, Grabenweg 68, 6020 Innsbruck

        Du triffst Verena Mairhofer (People & Culture) und DI Lukas Oberhollenzer (CTO).
        Die Kalendereinladung findest du im Anhang.

        Liebe Grüße aus Innsbruck
        Dein Alpenglas-Team
        """)
    cal = ics("REQUEST", "-//Teamtailor//Interviews//EN", "Europe/Vienna", "tt-interview-58213-alpenglas",
              "20261102T100512Z", "20261109T140000", "20261109T150000",
              "Zweitgespräch Optical Design Engineer – Friederike Adam",
              "CN=Verena Mairhofer:mailto:verena.mairhofer@alpenglas.at",
              ["CN=Friederike Adam;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:" + OWNER],
              location="Alpenglas Systeme GmbH\\, Grabenweg 68\\, 6020 Innsbruck")
    hs = hd(addr("Alpenglas Systeme GmbH", "no-reply@teamtailor-mail.com"),
            "Termin bestätigt: Zweitgespräch Optical Design Engineer", "2026-11-02 11:05:12", "Europe/Vienna",
            "<tt.0a1b2c3d4e5f.58213@teamtailor-mail.com>",
            extra=[("Reply-To", addr("Verena Mairhofer", "verena.mairhofer@alpenglas.at"))],
            relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.112.246.9])")
    return message(hs, mixed(alt(text(body), html(html_of(body))),
                             calendar(cal, cte="quoted-printable", filename="einladung.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------- 10 forward to self, JazzHR, Keystone (thread G)
@make.mail(n(10), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T16:00:00Z", end="2026-11-10T16:30:00Z", contact="ray.kowalski@keystonelens.com",
           company="Keystone Lens Works", local="Tue 2026-11-10 11:00", local_end="2026-11-10 11:30",
           zone="America/New_York",
           note="Owner forwards a JazzHR phone-screen confirmation from her second address to her main one; "
                "11:00 AM Eastern (EST) for 30 minutes -> 16:00Z; contact = hiring manager in the forwarded mail")
def p10():
    body = t("""
        zur Sicherheit an die Hauptadresse. 11 Uhr Eastern = 17 Uhr bei uns!!

        ---------- Forwarded message ---------
        From: Ray Kowalski via JazzHR <notifications@keystonelens.applytojob.com>
        Date: Wed, Nov 4, 2026 at 9:02 AM
        Subject: Phone Interview Confirmation - Optical Metrology Engineer
        To: <f.adam@example.com>


        Hi Friederike,

        This email confirms your phone interview for the Optical Metrology Engineer position with
        Keystone Lens Works.

        Date: Tuesday, November 10, 2026
        Time: 11:00 AM Eastern (30 minutes)
        Phone: I will call you at +49 1577 ••• ••82

        Please let me know if anything changes.

        Thanks,
        Ray Kowalski
        Engineering Manager, Metrology
        Keystone Lens Works | 412-555-0187 | ray.kowalski@keystonelens.com
        """)
    hs = hd(ME2, "Fwd: Phone Interview Confirmation - Optical Metrology Engineer", "2026-11-04 21:17:40",
            "Europe/Berlin", "<CAGx4bq3N8wq=Vb1nKzP0o+ZfQ7tDaSf2aXY@mail.gmail.com>", to=ME,
            relay="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 11 GoodTime, Helix Ray (thread H)
@make.mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T16:00:00Z", end="2026-11-19T18:15:00Z", contact="priya.raman@helixray.com",
           company="Helix Ray Technologies", local="Thu 2026-11-19 17:00", local_end="2026-11-19 19:15",
           zone="Europe/Berlin",
           note="GoodTime virtual onsite, three sessions 5:00-7:15 PM CET (8:00-10:15 AM PST); start = first "
                "session, end = last; contact = coordinator Reply-To")
def p11():
    body = t("""
        Hi Friederike,

        Your virtual onsite with Helix Ray Technologies is confirmed. All times are shown in your time zone
        (Central European Standard Time).

        Thursday, November 19, 2026

        5:00 PM - 5:45 PM   Hiring Manager Conversation - Nadia Costa
        5:45 PM - 6:30 PM   Optical Design Deep Dive - Wei Zhang, Tom Albrecht
        6:30 PM - 7:15 PM   Cross-functional Chat - Samira Haddad

        Each session has its own Zoom link in the calendar invitations you'll receive shortly.

        Questions or need to reschedule? Reply to this email to reach your coordinator, Priya Raman.

        Good luck!
        Helix Ray Technologies Recruiting

        Scheduled with GoodTime
        """)
    hs = hd(addr("Helix Ray Technologies", "scheduling@goodtime.io"),
            "Confirmed: Your Virtual Onsite with Helix Ray Technologies", "2026-11-12 09:40:11",
            "America/Los_Angeles", "<goodtime.7e4f2a10c9.20261112174011@goodtime.io>",
            extra=[("Reply-To", addr("Priya Raman", "priya.raman@helixray.com"))],
            relay="from o4.email.goodtime.io (o4.email.goodtime.io [149.72.34.101])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 12 Calendly, Strahlwerk (thread I)
@make.mail(n(12), family="calendly", lang="de", interview=True, kind="scheduled",
           start="2026-11-25T14:30:00Z", end="2026-11-25T15:00:00Z", contact="jonas.reuter@strahlwerk-optics.de",
           company="Strahlwerk Optics GmbH", local="Wed 2026-11-25 15:30", local_end="2026-11-25 16:00",
           zone="Europe/Berlin",
           note="Calendly invitee confirmation, German UI, 15:30-16:00 Mitteleuropäische Zeit; ICS in UTC; contact = "
                "Reply-To host")
def p12():
    body = t("""
        Hallo Friederike Adam,

        Ihr Termin wurde geplant.

        Veranstaltungstyp:
        Kennenlerngespräch Optikdesign (30 Min.)

        Gastgeber:
        Jonas Reuter

        Veranstaltungsdatum/-uhrzeit:
        15:30 - 16:00, Mittwoch, 25. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Google Meet: https://meet.google.com/wtz-hqbn-ods

        Bitte teilen Sie alles mit, was zur Vorbereitung unseres Treffens beitragen kann:
        Lebenslauf liegt bei, Schwerpunkt Freiform-Optiken.

        Ereignis absagen oder neu planen: https://calendly.com/cancellations/8f1c-EXAMPLE

        Powered by Calendly.com
        """)
    cal = ics("REQUEST", "-//Calendly//Calendly//EN", None, "8f1c0b7e-calendly-4a2d-strahlwerk",
              "20261118T190312Z", "20261125T143000Z", "20261125T150000Z",
              "Kennenlerngespräch Optikdesign zwischen Jonas Reuter und Friederike Adam",
              "CN=Jonas Reuter:mailto:jonas.reuter@strahlwerk-optics.de",
              ["CN=Friederike Adam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + OWNER],
              location="Google Meet")
    hs = hd(addr("Calendly", "notifications@calendly.com"),
            "Bestätigt: Kennenlerngespräch Optikdesign mit Jonas Reuter am Mittwoch, 25. November 2026",
            "2026-11-18 20:03:12", "Europe/Berlin", "<0100019b4e2a7c55-calendly-93fd@email.calendly.com>",
            extra=[("Reply-To", addr("Jonas Reuter", "jonas.reuter@strahlwerk-optics.de"))],
            relay="from a48-108.smtp-out.amazonses.com (a48-108.smtp-out.amazonses.com [54.240.48.108])")
    return message(hs, mixed(alt(text(body), html(html_of(body))),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None)))


# --------------------------------------------------------------- 13 Microsoft Bookings, IALI Ilmenau
@make.mail(n(13), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-12-01T09:00:00Z", end="2026-12-01T09:45:00Z", contact=None,
           company="Institut für Angewandte Lichttechnik Ilmenau", local="Tue 2026-12-01 10:00",
           local_end="2026-12-01 10:45", zone="Europe/Berlin",
           note="Microsoft Bookings (German), 1.12. 10:00-10:45 (UTC+01:00) Amsterdam, Berlin...; ICS with W. Europe "
                "Standard Time; only a shared Bookings mailbox and a staff name -> contact null")
def p13():
    body = t("""
        Hallo Friederike Adam,

        vielen Dank für Ihre Buchung. Ihr Termin wurde bestätigt.

        Bewerbungsgespräch Wissenschaftliche*r Mitarbeiter*in Lichttechnik (45 Minuten)
        Dienstag, 1. Dezember 2026
        10:00 - 10:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Dr. Carola Wendt

        Ort: Institut für Angewandte Lichttechnik Ilmenau, Ehrenbergstraße 29, 98693 Ilmenau, Raum 2.117

        Termin verwalten: https://outlook.office365.com/owa/calendar/KarriereIALI@iali-ilmenau.de/bookings/

        Institut für Angewandte Lichttechnik Ilmenau
        """)
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", "W. Europe Standard Time",
              "040000008200E00074C5B7101A82E00800000000B2F1C0A4E37ADB01000000000000000010000000",
              "20261124T071802Z", "20261201T100000", "20261201T104500",
              "Bewerbungsgespräch Wissenschaftliche*r Mitarbeiter*in Lichttechnik",
              "CN=Karriere IALI:mailto:KarriereIALI@iali-ilmenau.de",
              ["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Adam:mailto:" + OWNER],
              location="Ehrenbergstraße 29\\, 98693 Ilmenau\\, Raum 2.117",
              extra="CLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\n"
                    "X-MICROSOFT-CDO-IMPORTANCE:1")
    hs = hd(addr("Karriere IALI", "KarriereIALI@iali-ilmenau.de"),
            "Gebucht: Bewerbungsgespräch Wissenschaftliche*r Mitarbeiter*in Lichttechnik", "2026-11-24 08:18:02",
            "Europe/Berlin", "<FR2P281MB1644A1B2C3D4E5F60718@FR2P281MB1644.DEUP281.PROD.OUTLOOK.COM>",
            relay="from DEU01-FR2-obe.outbound.protection.outlook.com (52.101.70.44)")
    return message(hs, alt(html(html_of(body, "Segoe UI")),
                           calendar(cal, cte="base64")))


# --------------------------------------------------------------- 14 Recruitee, Van der Linde (thread J)
@make.mail(n(14), family="recruitee", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T12:00:00Z", end="2026-10-08T13:00:00Z", contact="sanne.devries@vanderlinde-optics.nl",
           company="Van der Linde Optics B.V.", local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00",
           zone="Europe/Amsterdam",
           note="Recruitee confirmation in English from a Dutch employer, 14:00-15:00 CEST Amsterdam; contact = "
                "Reply-To recruiter")
def p14():
    body = t("""
        Dear Friederike,

        Great news - your interview has been booked. Here are the details:

        Position: Optical Engineer - Lithography Modules
        When: Thursday 8 October 2026, 14:00 - 15:00 (CEST, Amsterdam time)
        Where: Online via Microsoft Teams (a link will follow)
        With: Sanne de Vries (Recruiter) and Bram Verhoeven (Group Lead Optics)

        Need to change something? Simply reply to this email.

        Kind regards,
        Sanne de Vries
        Van der Linde Optics B.V. | High Tech Campus 12, 5656 AE Eindhoven
        """)
    hs = hd(addr("Sanne de Vries", "vanderlindeoptics@mail.recruitee.com"),
            "Interview booked: Optical Engineer - Lithography Modules", "2026-10-01 10:45:56", "Europe/Amsterdam",
            "<rcrt.2b8d4f61.1001084556@mail.recruitee.com>",
            extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@vanderlinde-optics.nl"))],
            relay="from smtp.recruitee.com (smtp.recruitee.com [35.157.41.8])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 15 Exchange REQUEST, Saale Photonics (thread K)
@make.mail(n(15), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-28T11:30:00Z", end="2026-09-28T12:30:00Z", contact="jens.hoffmeister@saale-photonics.de",
           company="Saale Photonics AG", local="Mon 2026-09-28 13:30", local_end="2026-09-28 14:30",
           zone="Europe/Berlin",
           note="Outlook meeting request, TZID W. Europe Standard Time; the body shows '(UTC+01:00) Amsterdam, Berlin' "
                "although 28.09. is CEST -> 11:30Z; contact = human organizer/sender")
def p15():
    body = t("""
        Wann: Montag, 28. September 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Saale Photonics AG, Otto-Schott-Straße 13, Jena – Besprechungsraum „Abbe“

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Adam,

        wie telefonisch vereinbart sende ich Ihnen hiermit die Einladung zu unserem Gespräch am Montag.
        Teilnehmen werden außer mir Frau Dr. Lorenz (Leitung Systementwicklung) und Herr Böttcher (Personal).

        Ich freue mich auf Sie.

        Mit freundlichen Grüßen
        Jens Hoffmeister
        Gruppenleiter Optische Systeme
        Saale Photonics AG | Otto-Schott-Straße 13 | 07745 Jena
        """)
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", "W. Europe Standard Time",
              "040000008200E00074C5B7101A82E00800000000D0C4F1A0A52BDB01000000000000000010000000",
              "20260923T061201Z", "20260928T133000", "20260928T143000",
              "Vorstellungsgespräch Frau Adam – Systemingenieur Optik",
              "CN=Hoffmeister\\, Jens:mailto:jens.hoffmeister@saale-photonics.de",
              ["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Adam:mailto:" + OWNER,
               "ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lorenz\\, Dr. Maren:mailto:"
               "maren.lorenz@saale-photonics.de"],
              location="Saale Photonics AG\\, Besprechungsraum Abbe",
              extra="CLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n"
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-DISALLOW-COUNTER:FALSE")
    hs = hd(addr("Hoffmeister, Jens", "jens.hoffmeister@saale-photonics.de"),
            "Vorstellungsgespräch Frau Adam – Systemingenieur Optik", "2026-09-23 08:12:01", "Europe/Berlin",
            "<DB9PR03MB7385E31A0F2C4B5DA1@DB9PR03MB7385.eurprd03.prod.outlook.com>",
            extra=[("Thread-Topic", "=?utf-8?q?Vorstellungsgespr=C3=A4ch_Frau_Adam?="),
                   ("Content-Language", "de-DE")],
            relay="from EUR03-DBA-obe.outbound.protection.outlook.com (40.107.104.58)")
    return message(hs, alt(text(body), html(html_of(body, "Calibri,sans-serif")),
                           calendar(cal, cte="base64")))


# --------------------------------------------------------------- 16 Google Calendar, Kohärent Labs (thread L)
@make.mail(n(16), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T10:00:00Z", end="2026-12-08T10:45:00Z", contact="tobias.weinert@koherent-labs.de",
           company="Kohärent Labs GmbH", local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:45",
           zone="Europe/Berlin",
           note="Google Calendar invitation (English UI), 11am-11:45am CET, ICS Europe/Berlin; contact = organizer")
def p16():
    body = t("""
        You have been invited to the following event.

        Interview Friederike Adam <> Kohärent Labs (Optical Engineer, Quantum Sensing)
        When: Tuesday Dec 8, 2026 11am – 11:45am Central European Time - Berlin
        Joining info: Join with Google Meet
        meet.google.com/ovb-cfzq-xse

        Calendar: friederike.adam@example.org
        Who:
        * tobias.weinert@koherent-labs.de - organizer
        * friederike.adam@example.org
        * ines.hartwig@koherent-labs.de

        Hi Friederike, as discussed: 45 min with Ines (our lead physicist) and me. Looking forward! Tobias

        Going (friederike.adam@example.org)? Yes - Maybe - No    more options »

        Invitation from Google Calendar
        You are receiving this email at the account friederike.adam@example.org because you are an attendee of
        this event.
        """)
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", "Europe/Berlin", "3k9v2m1qa7ue0tdq5r8b2f4n6c@google.com",
              "20261202T132004Z", "20261208T110000", "20261208T114500",
              "Interview Friederike Adam <> Kohärent Labs (Optical Engineer\\, Quantum Sensing)",
              "CN=tobias.weinert@koherent-labs.de:mailto:tobias.weinert@koherent-labs.de",
              ["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=friederike.adam@example."
               "org;X-NUM-GUESTS=0:mailto:" + OWNER,
               "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ines.hartwig@koherent-labs.de;"
               "X-NUM-GUESTS=0:mailto:ines.hartwig@koherent-labs.de"],
              description="Hi Friederike\\, as discussed: 45 min with Ines (our lead physicist) and me.",
              extra="TRANSP:OPAQUE")
    hs = hd(addr("Tobias Weinert", "tobias.weinert@koherent-labs.de"),
            "Invitation: Interview Friederike Adam <> Kohärent Labs @ Tue Dec 8, 2026 11am - 11:45am (CET) "
            "(friederike.adam@example.org)", "2026-12-02 14:20:04", "Europe/Berlin",
            "<calendar-6f1d2a88-52b0-4c6e-9c15-0a7e3d1b9f44@google.com>",
            extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Reply-To", "tobias.weinert@koherent-labs.de")],
            relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return message(hs, mixed(alt(text(body), html(html_of(body, "Roboto,Arial")),
                                 calendar(cal, cte="base64")),
                             calendar(cal, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------- 17 Exchange update SEQUENCE:1, Lumetra (thread A)
@make.mail(n(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-09-18T11:00:00Z", end="2026-09-18T12:00:00Z", contact="katrin.vogel@lumetra-optik.de",
           company="Lumetra Optik GmbH", local="Fri 2026-09-18 13:00", local_end="2026-09-18 14:00",
           zone="Europe/Berlin",
           note="Outlook update (SEQUENCE:1) moving the Personio interview from Di 15.09. 10:00 to Fr 18.09. "
                "13:00-14:00 CEST; old and new time both in the text; contact = organizer")
def p17():
    body = t("""
        Wann: Freitag, 18. September 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Lumetra Optik GmbH, Haus B, Raum 0.14

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Adam,

        leider ist Dr. Kämmerer am Dienstag, 15.09., kurzfristig auf einer Kundenbesprechung. Wie eben am
        Telefon besprochen verschieben wir Ihr Gespräch daher auf Freitag, 18.09.2026, 13:00 bis 14:00 Uhr.
        Ort und Teilnehmer bleiben gleich.

        Vielen Dank für Ihre Flexibilität!

        Mit freundlichen Grüßen
        Katrin Vogel
        Personalreferentin | Lumetra Optik GmbH
        """)
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", "W. Europe Standard Time",
              "040000008200E00074C5B7101A82E008000000007A3C19E1F33EDB01000000000000000010000000",
              "20260911T074128Z", "20260918T130000", "20260918T140000",
              "Vorstellungsgespräch Friederike Adam – Optikdesign",
              "CN=Vogel\\, Katrin:mailto:katrin.vogel@lumetra-optik.de",
              ["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Adam:mailto:" + OWNER,
               "ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kämmerer\\, Ulrich:mailto:"
               "ulrich.kaemmerer@lumetra-optik.de"],
              seq=1, location="Lumetra Optik GmbH\\, Haus B\\, Raum 0.14",
              extra="CLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n"
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    hs = hd(addr("Vogel, Katrin", "katrin.vogel@lumetra-optik.de"),
            "Aktualisiert: Vorstellungsgespräch Friederike Adam – Optikdesign", "2026-09-11 09:41:28",
            "Europe/Berlin", "<VI1PR08MB3320D8A4B6E1F2C90@VI1PR08MB3320.eurprd08.prod.outlook.com>",
            relay="from EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.112)")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(html_of(body, "Calibri")),
                           calendar(cal, cte="base64")))


# --------------------------------------------------------------- 18 human prose reschedule, Corvane (thread E)
@make.mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-05T15:00:00Z", end=None, contact="dana.whitfield@corvane.com",
           company="Corvane Instruments", local="Thu 2026-11-05 10:00", zone="America/New_York",
           note="Coordinator moves the 11/3 interview to Thursday 11/5 at 10:00 AM ET (EST after 1 Nov, mail sent in "
                "EDT) -> 15:00Z; '4:00 PM your time' agrees; no length stated for the new slot")
def p18():
    body = t("""
        Hi Friederike,

        Thanks for being flexible on the phone earlier. As agreed, I've moved your interview from Tuesday 11/3 to
        Thursday 11/5 at 10:00 AM ET (4:00 PM your time in Jena - our clocks change this Sunday, so the gap
        is back to six hours). Greg and Laura are both confirmed, and I'll send the updated Webex link separately.

        Have a great weekend,
        Dana

        Dana Whitfield
        Recruiting Coordinator | Corvane Instruments, Inc.
        dana.whitfield@corvane.com | (585) 555-0142
        """)
    hs = hd(addr("Dana Whitfield", "dana.whitfield@corvane.com"), "RE: Interview 11/3 - new time",
            "2026-10-30 14:05:47", "America/New_York",
            "<BN8PR12MB3377A6C0F1D2E3B4@BN8PR12MB3377.namprd12.prod.outlook.com>",
            extra=[("Thread-Topic", "Interview 11/3 - new time")],
            relay="from NAM12-BN8-obe.outbound.protection.outlook.com (40.107.237.96)")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(html_of(body, "Aptos"))))


# --------------------------------------------------------------- 19 human prose reschedule Du, Lichtbrücke
@make.mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-12-03T15:00:00Z", end=None, contact="lisa.brenner@lichtbruecke.io",
           company="Lichtbrücke GmbH", local="Thu 2026-12-03 16:00", zone="Europe/Berlin",
           note="Startup founder (Du) confirms the phone agreement: call moved from Mittwoch to Donnerstag 3.12. "
                "16:00 (CET); no length -> end null; contact = sender")
def p19():
    body = t("""
        Hi Friederike,

        wie eben am Telefon besprochen schieben wir unser Gespräch von Mittwoch auf Donnerstag, 3.12., um 16:00 Uhr.
        Gleicher Teams-Link wie vorher, Jan ist dann auch mit dabei (er hat die ganze Fasereinkopplung bei uns
        gebaut, das wird dich interessieren).

        Sorry nochmal für die Umplanung und bis Donnerstag!
        Lisa

        --
        Lisa Brenner | Co-Founder & CTO
        Lichtbrücke GmbH | Spinnereistraße 7, 04179 Leipzig
        """)
    hs = hd(addr("Lisa Brenner", "lisa.brenner@lichtbruecke.io"), "Verschiebung auf Donnerstag",
            "2026-11-30 12:10:09", "Europe/Berlin", "<CAJ7pY2Wq1vT0x+Lm8K3dE5fGh9Rs@mail.gmail.com>",
            relay="from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 20 reply on top of quoted thread, Hessel (thread D)
@make.mail(n(20), family="reply_quoted", lang="de", interview=True, kind="rescheduled",
           start="2026-10-23T12:00:00Z", end="2026-10-23T13:00:00Z",
           contact="andreas.pfeiffer@hessel-medizintechnik.de", company="Hessel Medizintechnik AG",
           local="Fri 2026-10-23 14:00", local_end="2026-10-23 15:00", zone="Europe/Berlin",
           note="Hiring manager replies on top of the candidate's request: moved from Do 22.10. 09:30 to Fr 23.10. "
                "14:00-15:00 (CEST); contact = human sender, not the cc'd recruiter")
def p20():
    body = t("""
        Sehr geehrte Frau Adam,

        das ist überhaupt kein Problem. Wir verschieben das Gespräch auf Freitag, 23.10.2026, von 14:00 bis
        15:00 Uhr. Der Teams-Link bleibt derselbe, Frau Kerschbaum aktualisiert die Einladung im System.

        Beste Grüße aus Erlangen
        Andreas Pfeiffer

        Dr.-Ing. Andreas Pfeiffer
        Leiter Optikentwicklung Endoskopie
        Hessel Medizintechnik AG | Am Wetterkreuz 12 | 91058 Erlangen
        Vorstand: Dr. Petra Ruhland (Vors.), Heiko Stemmler | Aufsichtsratsvorsitzender: Prof. Dr. Klaus Endres
        Sitz der Gesellschaft: Erlangen | Registergericht Fürth HRB 18842

        -----Ursprüngliche Nachricht-----
        Von: Friederike Adam <friederike.adam@example.org>
        Gesendet: Montag, 19. Oktober 2026 10:03
        An: Pfeiffer, Andreas <andreas.pfeiffer@hessel-medizintechnik.de>
        Cc: Kerschbaum, Sabine <sabine.kerschbaum@hessel-medizintechnik.de>
        Betreff: Interview Donnerstag 22.10.

        Sehr geehrter Herr Dr. Pfeiffer,

        leider ist bei meinem aktuellen Arbeitgeber für Donnerstagvormittag kurzfristig ein Kundenaudit
        angesetzt worden, an dem ich teilnehmen muss. Wäre es möglich, unser Gespräch (Do, 22.10., 09:30 Uhr)
        auf Freitagnachmittag zu verschieben? Es tut mir sehr leid für die Umstände.

        Mit freundlichen Grüßen
        Friederike Adam
        """)
    hs = hd(addr("Pfeiffer, Andreas", "andreas.pfeiffer@hessel-medizintechnik.de"),
            "AW: Interview Donnerstag 22.10.", "2026-10-19 17:22:50", "Europe/Berlin",
            "<AS8PR04MB8001E7F2C1A9D3B6@AS8PR04MB8001.eurprd04.prod.outlook.com>",
            extra=[("Cc", addr("Kerschbaum, Sabine", "sabine.kerschbaum@hessel-medizintechnik.de")),
                   ("In-Reply-To", "<d2a1c0e4-8f7b-4d3e-9a21-5c6b7e8f9a0b@example.org>"),
                   ("References", "<d2a1c0e4-8f7b-4d3e-9a21-5c6b7e8f9a0b@example.org>")],
            relay="from EUR05-AS8-obe.outbound.protection.outlook.com (40.107.20.63)")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------- 21 human prose cancellation, Brightwave (thread B)
@make.mail(n(21), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-09-24T14:00:00Z", end=None, contact="megan.okafor@brightwavephotonics.com",
           company="Brightwave Photonics", local="Thu 2026-09-24 10:00", zone="America/New_York",
           note="Recruiter cancels the Greenhouse interview (Thursday Sept 24, 10:00 AM ET = EDT, '4 PM for you'); "
                "role on hold, no new time; start = the cancelled slot")
def p21():
    body = t("""
        Hi Friederike,

        I'm sorry to be writing with this news. Late last week our leadership team decided to put the Senior
        Optical Engineer, Imaging Systems role on hold until the next budget cycle, so unfortunately I need to
        cancel your interview with Arjun on Thursday, September 24 at 10:00 AM ET (4 PM for you).

        This has nothing to do with your profile - Arjun was genuinely looking forward to the conversation. If the
        role reopens in Q1 I'll reach out to you first, if that's alright.

        Apologies again for the short notice,
        Megan

        Megan Okafor | Senior Technical Recruiter
        Brightwave Photonics | megan.okafor@brightwavephotonics.com
        """)
    hs = hd(addr("Megan Okafor", "megan.okafor@brightwavephotonics.com"),
            "Update on your interview this Thursday", "2026-09-21 11:20:14", "America/New_York",
            "<CAF3qR8nV2xP7w1KjH0gT4mB6sD9uE5yL@mail.gmail.com>",
            relay="from mail-qv1-f45.google.com (mail-qv1-f45.google.com [209.85.219.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 22 Exchange CANCEL, Alpenglas (thread F)
@make.mail(n(22), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-09T13:00:00Z", end="2026-11-09T14:00:00Z", contact="verena.mairhofer@alpenglas.at",
           company="Alpenglas Systeme GmbH", local="Mon 2026-11-09 14:00", local_end="2026-11-09 15:00",
           zone="Europe/Vienna",
           note="Outlook METHOD:CANCEL (W. Europe Standard Time) for the Teamtailor slot Mo 9.11. 14:00-15:00 Wien "
                "(CET); contact = organizer/sender")
def p22():
    body = t("""
        Wann: Montag, 9. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Alpenglas Systeme GmbH, Innsbruck

        Liebe Friederike,

        leider müssen wir das Zweitgespräch am Montag absagen, Lukas muss kurzfristig zu einem Kunden nach
        Singapur. Es tut mir wirklich leid! Ich melde mich in den nächsten Tagen mit neuen Terminvorschlägen.

        Liebe Grüße
        Verena

        Verena Mairhofer | People & Culture
        Alpenglas Systeme GmbH | Grabenweg 68 | 6020 Innsbruck | FN 412877 d, LG Innsbruck
        """)
    cal = ics("CANCEL", "Microsoft Exchange Server 2010", "W. Europe Standard Time",
              "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000",
              "20261104T153011Z", "20261109T140000", "20261109T150000",
              "Abgesagt: Zweitgespräch Optical Design Engineer – Friederike Adam",
              "CN=Verena Mairhofer:mailto:verena.mairhofer@alpenglas.at",
              ["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Adam:mailto:" + OWNER],
              seq=1, status="CANCELLED", location="Alpenglas Systeme GmbH\\, Innsbruck",
              extra="CLASS:PUBLIC\nPRIORITY:1\nTRANSP:TRANSPARENT\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\n"
                    "X-MICROSOFT-CDO-IMPORTANCE:2")
    hs = hd(addr("Verena Mairhofer", "verena.mairhofer@alpenglas.at"),
            "Abgesagt: Zweitgespräch Optical Design Engineer – Friederike Adam", "2026-11-04 16:30:11",
            "Europe/Vienna", "<VE1PR06MB6991B2A4C8D0E1F3@VE1PR06MB6991.eurprd06.prod.outlook.com>",
            extra=[("Importance", "high")],
            relay="from EUR04-VE1-obe.outbound.protection.outlook.com (40.107.5.88)")
    return message(hs, alt(text(body), html(html_of(body, "Calibri")),
                           calendar(cal, method="CANCEL", cte="base64")))


# --------------------------------------------------------------- 23 Google Calendar CANCEL, Isarlicht (thread C)
@make.mail(n(23), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-10-14T09:00:00Z", end="2026-10-14T10:30:00Z", contact="florian.gschwendtner@isarlicht.de",
           company="Isarlicht Optronics GmbH", local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:30",
           zone="Europe/Berlin",
           note="Google Calendar cancellation (German UI) of the agency-arranged interview, Mi. 14. Okt. 11:00-12:30 "
                "MESZ; contact = organizer")
def p23():
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Friederike Adam – Optikingenieur Laseroptik
        Wann: Mittwoch, 14. Okt. 2026 11:00 – 12:30 Mitteleuropäische Zeit - Berlin
        Wo: Isarlicht Optronics, Lindwurmstraße 188, 80337 München

        Nachricht von Florian Gschwendtner:
        Liebe Frau Adam, leider müssen wir das Gespräch absagen, die Stelle wird intern nachbesetzt. Frau Kessler
        meldet sich bei Ihnen. Entschuldigen Sie die Umstände!

        Kalender: friederike.adam@example.org
        Teilnehmer:
        * florian.gschwendtner@isarlicht.de - Organisator
        * friederike.adam@example.org

        Einladung von Google Kalender
        Sie erhalten diese E-Mail unter friederike.adam@example.org, da Sie Gast bei diesem Termin sind.
        """)
    cal = ics("CANCEL", "-//Google Inc//Google Calendar 70.9054//EN", "Europe/Berlin", "5hq0b7t2vnl3m4c8k1j9r6d0ee@google.com",
              "20261012T150512Z", "20261014T110000", "20261014T123000",
              "Vorstellungsgespräch Friederike Adam – Optikingenieur Laseroptik",
              "CN=Florian Gschwendtner:mailto:florian.gschwendtner@isarlicht.de",
              ["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=friederike.adam@example.org;"
               "X-NUM-GUESTS=0:mailto:" + OWNER],
              seq=2, status="CANCELLED", location="Isarlicht Optronics\\, Lindwurmstraße 188\\, 80337 München")
    hs = hd(addr("Florian Gschwendtner", "florian.gschwendtner@isarlicht.de"),
            "Abgesagter Termin: Vorstellungsgespräch Friederike Adam – Optikingenieur Laseroptik @ Mi. 14. Okt. 2026 "
            "11:00 - 12:30 (MESZ) (friederike.adam@example.org)", "2026-10-12 17:05:12", "Europe/Berlin",
            "<calendar-0b9e7c41-3d2a-4f18-8e6a-77c1d05b2f93@google.com>",
            extra=[("Sender", "Google Kalender <calendar-notification@google.com>")],
            relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return message(hs, mixed(alt(text(body), html(html_of(body, "Roboto,Arial")),
                                 calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives

def neg(k, family, lang, company, note, days=()):
    return make.mail(n(k), family=family, lang=lang, interview=False, company=company, note=note, days=days)


# --------------------------------------------------------------- 24 rejection, Lumetra (thread A)
@neg(24, "rejection", "de", "Lumetra Optik GmbH",
     "Personio rejection after the rescheduled interview; the past interview date is mentioned, nothing scheduled",
     days=(("Fri", "2026-09-18"),))
def n24():
    body = t("""
        Sehr geehrte Frau Adam,

        nochmals vielen Dank für das angenehme Gespräch am Freitag, 18.09.2026, und das Interesse an unserem
        Unternehmen.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung im Bereich
        Tolerierung von Hochleistungsobjektiven noch etwas besser zu unseren aktuellen Projekten passt. Diese
        Entscheidung ist uns nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Falls Sie damit
        nicht einverstanden sind, teilen Sie uns dies bitte mit.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Katrin Vogel
        Lumetra Optik GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    hs = hd(addr("Lumetra Optik GmbH", "noreply@mail.personio.de"),
            "Ihre Bewerbung als Optikingenieur (m/w/d) Optikdesign", "2026-10-06 10:31:44", "Europe/Berlin",
            "<a8e3f2c1d0b94e7a.5120@mail.personio.de>",
            extra=[("Reply-To", addr("Katrin Vogel", "katrin.vogel@lumetra-optik.de"))],
            relay="from mail.personio.de (mail.personio.de [185.12.64.18])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 25 availability request, Van der Linde (thread J)
@neg(25, "availability_request", "en", "Van der Linde Optics B.V.",
     "Recruitee self-scheduling link: 'pick a time that suits you' - no time fixed yet")
def n25():
    body = t("""
        Hi Friederike,

        Thank you for applying for the Optical Engineer - Lithography Modules role. Bram and I enjoyed reading your
        application and we'd love to get to know you in a first video call (about an hour).

        Please choose a moment that suits you via the link below. The available slots are shown in your own
        time zone.

        Pick a time: https://vanderlindeoptics.recruitee.com/o/optical-engineer-lithography/schedule/Zk38qP

        If none of the options work, just let me know and we'll find something else.

        Kind regards,
        Sanne de Vries
        Recruiter | Van der Linde Optics B.V.
        """)
    hs = hd(addr("Sanne de Vries", "vanderlindeoptics@mail.recruitee.com"),
            "Let's schedule a call - Optical Engineer - Lithography Modules", "2026-09-29 15:12:03",
            "Europe/Amsterdam", "<rcrt.7c1e0f33.0929131203@mail.recruitee.com>",
            extra=[("Reply-To", addr("Sanne de Vries", "sanne.devries@vanderlinde-optics.nl"))],
            relay="from smtp.recruitee.com (smtp.recruitee.com [35.157.41.8])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 26 offer, Van der Linde (thread J)
@neg(26, "offer", "en", "Van der Linde Optics B.V.",
     "Written offer with a reply-by date; a deadline is not an interview", days=(("Fri", "2026-12-04"),))
def n26():
    body = t("""
        Dear Friederike,

        On behalf of everyone at Van der Linde Optics I am delighted to offer you the position of Optical Engineer -
        Lithography Modules in our Eindhoven team, starting 1 February 2027 or as agreed.

        The attached offer letter sets out the details: a gross annual salary of EUR 74,500 including holiday
        allowance, a 13th month, the 30% ruling application (we will support you with the IND paperwork) and a
        relocation budget of EUR 6,000.

        We would appreciate your decision by Friday 4 December 2026. Of course, Bram and I are happy to answer
        any questions - feel free to call me on +31 40 555 2871.

        We really hope you'll join us!

        Warm regards,
        Sanne de Vries
        Recruiter | Van der Linde Optics B.V. | High Tech Campus 12, 5656 AE Eindhoven
        """)
    letter = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_F_Adam.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Offer_Letter_F_Adam.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                      "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                      "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = hd(addr("Sanne de Vries", "sanne.devries@vanderlinde-optics.nl"),
            "Your offer from Van der Linde Optics", "2026-11-20 16:44:09", "Europe/Amsterdam",
            "<AM9PR02MB7011C4D2E6F8A0B1@AM9PR02MB7011.eurprd02.prod.outlook.com>",
            relay="from EUR02-AM9-obe.outbound.protection.outlook.com (40.107.8.71)")
    return message(hs, mixed(alt(text(body), html(html_of(body, "Calibri"))), letter))


# --------------------------------------------------------------- 27 application receipt, Hessel (thread D)
@neg(27, "application_receipt", "de", "Hessel Medizintechnik AG",
     "Workday Eingangsbestätigung; no appointment")
def n27():
    body = t("""
        Hallo Friederike Adam,

        vielen Dank für Ihre Bewerbung als Entwicklungsingenieur Optik / Endoskopie (R-0048815) bei der Hessel
        Medizintechnik AG. Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig.

        Sobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen. Das kann erfahrungsgemäß zwei bis
        drei Wochen dauern.

        Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto.

        Freundliche Grüße
        Hessel Medizintechnik AG - Talent Acquisition
        """)
    hs = hd(addr("Hessel Medizintechnik AG", "hessel@myworkday.com"),
            "Vielen Dank für Ihre Bewerbung – Entwicklungsingenieur Optik / Endoskopie", "2026-09-14 22:07:31",
            "Europe/Berlin", "<1117705284.10433.1789416451203@wd3-prod-mail.myworkday.com>",
            relay="from wd3-prod-mail.myworkday.com (wd3-prod-mail.myworkday.com [209.177.165.40])")
    return message(hs, html(html_of(body, font="Helvetica,Arial"), cte="base64"))


# --------------------------------------------------------------- 28 job alert, German board
@neg(28, "job_alert", "de", None, "Job board alert with new listings; no appointment")
def n28():
    body = t("""
        Hallo Friederike,

        für deinen Suchauftrag „Optikingenieur, 50 km um Jena“ gibt es 7 neue Stellen:

        Optikdesigner (m/w/d) – Saale Photonics AG – Jena – vor 1 Tag
        Entwicklungsingenieur Optische Messtechnik (m/w/d) – Messwerk Erfurt GmbH – Erfurt – vor 2 Tagen
        Ingenieur Lasersysteme (m/w/d) – Kahla Lasertechnik GmbH – Kahla – vor 2 Tagen
        Physiker:in Optikentwicklung – Institut für Angewandte Lichttechnik Ilmenau – Ilmenau – vor 3 Tagen
        Applikationsingenieur Mikroskopie (m/w/d) – Ortenburg Imaging – Weimar – vor 4 Tagen
        ... und 2 weitere

        Alle Stellen ansehen: https://www.stellenfuchs.example/suche/optikingenieur-jena

        Tipp: Mit einem vollständigen Profil wirst du von Arbeitgebern 3x häufiger gefunden.

        Dein Stellenfuchs-Team
        Suchauftrag bearbeiten oder abbestellen: https://www.stellenfuchs.example/konto/suchauftraege
        Stellenfuchs GmbH, Rosenthaler Str. 40, 10178 Berlin
        """)
    hs = hd(addr("Stellenfuchs Jobmail", "jobmail@stellenfuchs.example"),
            "7 neue Jobs: Optikingenieur in der Nähe von Jena", "2026-09-03 07:00:12", "Europe/Berlin",
            "<20260903050012.jm.88214731@stellenfuchs.example>",
            extra=[("List-Unsubscribe", "<https://www.stellenfuchs.example/u/88214731>"),
                   ("Precedence", "bulk")],
            relay="from mta12.stellenfuchs.example (mta12.stellenfuchs.example [91.198.44.12])")
    return message(hs, alt(text(body), html(html_of(body, "Arial"))))


# --------------------------------------------------------------- 29 job alert, English network
@neg(29, "job_alert", "en", None, "Professional network job recommendations; no appointment")
def n29():
    body = t("""
        Friederike, 6 new jobs match your preferences

        Optical Engineer, AR Waveguides
        Halvard Reality - Munich, Bavaria (Hybrid)
        Actively recruiting - 14 applicants

        Senior Optical Designer
        Brightwave Photonics - Remote (EU)
        Be an early applicant

        Optomechanical Engineer
        Van der Linde Optics B.V. - Eindhoven, Netherlands
        3 connections work here

        Photonics Engineer - Quantum Sensing
        Kohärent Labs GmbH - Berlin
        Promoted

        See all jobs: https://www.careerlane.example/jobs/alerts/5512

        You are receiving Job Alert emails. Unsubscribe: https://www.careerlane.example/unsub/5512
        Careerlane Inc., 500 Howard Street, San Francisco, CA 94105
        """)
    hs = hd(addr("Careerlane Job Alerts", "jobalerts-noreply@careerlane.example"),
            "Optical Engineer, AR Waveguides at Halvard Reality and 5 more jobs for you", "2026-10-26 06:31:09",
            "Europe/Berlin", "<1428853107.2241.1793079069@careerlane.example>",
            extra=[("List-Unsubscribe", "<https://www.careerlane.example/unsub/5512>")],
            relay="from mail-a4.careerlane.example (mail-a4.careerlane.example [108.174.3.21])")
    return message(hs, alt(text(body), html(html_of(body, "Helvetica"))))


# --------------------------------------------------------------- 30 newsletter, Photonik-Netzwerk
@neg(30, "newsletter", "de", None,
     "Regional photonics network newsletter: an 'Interview' article and an event with a fixed time; neither is "
     "the owner's job interview", days=(("Thu", "2026-11-26"),))
def n30():
    body = t("""
        Photonik-Netzwerk Thüringen – Newsletter 11/2026

        Liebe Mitglieder, liebe Freundinnen und Freunde der Photonik,

        IM INTERVIEW: „Ohne gute Optiker keine Chips“ – Prof. Dr. Sabine Radtke über Fachkräfte, EUV und den
        Standort Jena. Zum Interview: https://www.photonik-thueringen.example/news/interview-radtke

        TERMINE
        Netzwerkabend „Karriere in der Photonik“
        Donnerstag, 26.11.2026, 17:00 Uhr, Volkshaus Jena
        Mit Kurzvorträgen, Unternehmensständen und Speed-Dating mit Arbeitgebern. Anmeldung bis 20.11.

        Förderprogramm Thüringer Innovationsgutschein: Antragsfenster offen bis 15.12.

        NEUE MITGLIEDER
        Wir begrüßen die Lichtbrücke GmbH (Leipzig) und die Ortenburg Imaging GmbH (Weimar).

        Photonik-Netzwerk Thüringen e.V. | Carl-Zeiss-Promenade 10 | 07745 Jena
        Newsletter abbestellen: https://www.photonik-thueringen.example/abmelden
        """)
    hs = hd(addr("Photonik-Netzwerk Thüringen", "newsletter@photonik-thueringen.example"),
            "Newsletter 11/2026: Interview mit Prof. Radtke, Netzwerkabend am 26.11.", "2026-11-11 09:15:00",
            "Europe/Berlin", "<nl-2026-11.3391@photonik-thueringen.example>",
            extra=[("List-Unsubscribe", "<mailto:abmelden@photonik-thueringen.example>"), ("Precedence", "bulk")],
            relay="from mailout.photonik-thueringen.example (mailout.photonik-thueringen.example [80.237.132.9])")
    return message(hs, alt(text(body, charset="windows-1252"), html(html_of(body, "Georgia"))))


# --------------------------------------------------------------- 31 outreach, US headhunter
@neg(31, "recruiter_outreach", "en", "Pinecrest Search Partners",
     "Headhunter outreach asking for a call 'this week or next'; nothing fixed")
def n31():
    body = t("""
        Hi Friederike,

        I came across your profile and your paper on freeform tolerancing - really impressive work.

        I'm retained by a Series C AR hardware company in Austin, TX that is building out an optics team in
        Europe (remote-first, occasional travel to Munich). They're looking for a Staff Optical Engineer with
        exactly your mix of design and metrology.

        Would you have 20 minutes for a quick intro call this week or next? Happy to work around your time zone.

        Best,
        Kyle Brennan
        Principal, Hardware & Photonics Practice
        Pinecrest Search Partners | +1 (512) 555-0199
        """)
    hs = hd(addr("Kyle Brennan", "kyle@pinecrestsearch.example"), "Staff Optical Engineer - AR hardware (remote EU)",
            "2026-09-10 10:47:22", "America/Chicago", "<CAK1brn9vT2Pq8Lx3M0sD7wE4fR6yH5gJ@mail.gmail.com>",
            relay="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 32 outreach Du, German recruiter
@neg(32, "recruiter_outreach", "de", "Nordstern Talent GmbH",
     "Recruiter outreach (Du) suggesting a call 'nächste Woche' without a fixed time")
def n32():
    body = t("""
        Hey Friederike,

        ich bin Jannik von Nordstern Talent und hab dein Profil gesehen – super spannend, was du bei Kerbel im
        Bereich Objektivdesign machst!

        Einer unserer Kunden, ein Medizintechnik-Hidden-Champion in der Nähe von Regensburg, sucht gerade eine
        Senior Optikentwicklerin. 100% Remote ist nicht drin, aber 2 Tage Homeoffice pro Woche schon, und das
        Gehaltsband liegt deutlich über Tarif.

        Hast du nächste Woche Lust auf ein kurzes Telefonat? Sag mir einfach, wann es dir passt, oder buch dir
        direkt einen Slot: https://calendly.com/jannik-nordstern/15min

        Viele Grüße
        Jannik Albers
        Senior Recruiter Engineering | Nordstern Talent GmbH | Hamburg
        """)
    hs = hd(addr("Jannik Albers", "jannik.albers@nordstern-talent.example"), "Senior Optikentwicklung in Bayern?",
            "2026-12-04 11:03:40", "Europe/Berlin", "<20261204100340.4F2A1C@nordstern-talent.example>",
            relay="from mail.nordstern-talent.example (mail.nordstern-talent.example [176.9.41.207])")
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------- 33 availability request, Helix Ray (thread H)
@neg(33, "availability_request", "en", "Helix Ray Technologies",
     "GoodTime availability request for the virtual onsite: only a window, the candidate still has to choose")
def n33():
    body = t("""
        Hi Friederike,

        Congratulations on moving forward to the virtual onsite with Helix Ray Technologies!

        The onsite consists of three 45-minute conversations held back to back. To find a time that works,
        please share your availability for the next two weeks using the link below. We'll only show you times
        between 4:00 PM and 8:00 PM your time, since the team is based in San Jose.

        Share availability: https://app.goodtime.io/availability/HR-7F3K2

        Once we have your availability we'll send a confirmation with all the details.

        Thanks!
        Priya Raman
        Recruiting Coordinator, Helix Ray Technologies
        """)
    hs = hd(addr("Helix Ray Technologies", "scheduling@goodtime.io"),
            "Action needed: share your availability for your Helix Ray onsite", "2026-11-06 08:15:02",
            "America/Los_Angeles", "<goodtime.2c81a9f4e0.20261106161502@goodtime.io>",
            extra=[("Reply-To", addr("Priya Raman", "priya.raman@helixray.com"))],
            relay="from o4.email.goodtime.io (o4.email.goodtime.io [149.72.34.101])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 34 proposal, Saale Photonics (thread K)
@neg(34, "proposal_unconfirmed", "de", "Saale Photonics AG",
     "Two proposed slots ('Welcher Termin passt Ihnen?'); not yet confirmed - the invitation came later",
     days=(("Mon", "2026-09-28"), ("Tue", "2026-09-29")))
def n34():
    body = t("""
        Sehr geehrte Frau Adam,

        vielen Dank für Ihre Bewerbung als Systemingenieurin Optik. Ihr Profil hat uns sehr angesprochen und wir
        würden Sie gern persönlich kennenlernen.

        Ich könnte Ihnen folgende Termine anbieten:

        - Montag, 28.09.2026, 13:30 Uhr
        - Dienstag, 29.09.2026, 09:00 Uhr

        Das Gespräch findet bei uns in Jena statt und dauert etwa eine Stunde. Welcher Termin passt Ihnen besser?
        Gern können Sie mich auch unter 03641 55 4120 anrufen.

        Mit freundlichen Grüßen
        Jens Hoffmeister
        Gruppenleiter Optische Systeme
        Saale Photonics AG | Otto-Schott-Straße 13 | 07745 Jena
        """)
    hs = hd(addr("Hoffmeister, Jens", "jens.hoffmeister@saale-photonics.de"),
            "Ihre Bewerbung – Terminvorschläge", "2026-09-21 14:26:37", "Europe/Berlin",
            "<DB9PR03MB73851F2A3B4C5D6E7F@DB9PR03MB7385.eurprd03.prod.outlook.com>",
            extra=[("Content-Language", "de-DE")],
            relay="from EUR03-DBA-obe.outbound.protection.outlook.com (40.107.104.58)")
    return message(hs, alt(text(body, charset="windows-1252"), html(html_of(body, "Calibri"))))


# --------------------------------------------------------------- 35 scheduling link, Strahlwerk (thread I)
@neg(35, "scheduling_link", "de", "Strahlwerk Optics GmbH",
     "Hiring manager sends his Calendly link to pick a slot; nothing booked yet")
def n35():
    body = t("""
        Hallo Frau Adam,

        danke für Ihre Bewerbung, die liest sich richtig gut! Ich würde gern in einem kurzen Kennenlernen (30 Min.,
        per Google Meet) herausfinden, ob wir zueinander passen.

        Suchen Sie sich hier einfach einen passenden Termin aus:
        https://calendly.com/jonas-reuter-strahlwerk/kennenlernen-optikdesign

        Falls nichts passt, schreiben Sie mir gern zwei, drei Alternativen.

        Viele Grüße
        Jonas Reuter
        Head of Optical Engineering
        Strahlwerk Optics GmbH | Wrangelstraße 100 | 10997 Berlin
        """)
    hs = hd(addr("Jonas Reuter", "jonas.reuter@strahlwerk-optics.de"), "Kennenlernen Optikdesign @ Strahlwerk",
            "2026-11-16 18:22:05", "Europe/Berlin", "<CAM4rT7uQ9vW1xY3zA5bC7dE9fG1hJ3kL@mail.gmail.com>",
            relay="from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 36 out of office, Lumetra (thread A)
@neg(36, "auto_reply", "de", None, "Out-of-office auto-reply to the owner's thank-you note",
     days=(("Fri", "2026-10-02"), ("Mon", "2026-10-05")))
def n36():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 02.10.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine
        E-Mails. Ab Montag, 05.10., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an personal@lumetra-optik.de.

        Mit freundlichen Grüßen
        Katrin Vogel

        Thank you for your message. I am out of the office until 2 October 2026 with limited access to e-mail.
        """)
    hs = hd(addr("Vogel, Katrin", "katrin.vogel@lumetra-optik.de"),
            "Automatische Antwort: Vielen Dank für das Gespräch", "2026-09-21 08:02:19", "Europe/Berlin",
            "<VI1PR08MB3320AB12CD34EF56@VI1PR08MB3320.eurprd08.prod.outlook.com>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<e71b0c2d-44a9-4f5e-b8d3-9c0a1e2f3b4c@example.org>")],
            relay="from EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.112)")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------- 37 bounce, Corvane (thread E)
@neg(37, "bounce", "en", None,
     "Delivery status notification for the owner's thank-you to a misspelled address; the quoted original "
     "mentions the past interview", days=(("Thu", "2026-11-05"),))
def n37():
    notice = t("""
        This is the mail system at host mx02.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <dana.whitfeld@corvane.com>: host corvane-com.mail.protection.outlook.com[52.101.40.12]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            dana.whitfeld@corvane.com not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx02.mail.example.org
        X-Postfix-Queue-ID: 4Rk9Tz1QmWz9sB
        X-Postfix-Sender: rfc822; friederike.adam@example.org
        Arrival-Date: Thu,  5 Nov 2026 18:41:07 +0100 (CET)

        Final-Recipient: rfc822; dana.whitfeld@corvane.com
        Original-Recipient: rfc822;dana.whitfeld@corvane.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; corvane-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            dana.whitfeld@corvane.com not found by SMTP address lookup
        """)
    orig_body = t("""
        Hi Dana,

        thank you for organizing today's interview, and please pass my thanks on to Greg and Laura. I really enjoyed
        the discussion about the interferometer alignment - I'm looking forward to hearing from you.

        Best regards,
        Friederike
        """)
    orig = message([("From", ME), ("To", "dana.whitfeld@corvane.com"), ("Subject", "Thank you - interview today"),
                    ("Date", date("2026-11-05 18:41:05", "Europe/Berlin")),
                    ("Message-ID", "<8a2f1c3e-5b7d-4e9a-a0c1-2d3e4f5a6b7c@example.org>")],
                   text(body=orig_body, charset="us-ascii", cte="7bit"))
    hs = hd("MAILER-DAEMON@mx02.mail.example.org (Mail Delivery System)",
            "Undelivered Mail Returned to Sender", "2026-11-05 18:41:09", "Europe/Berlin",
            "<20261105174109.7C2D11E0A41@mx02.mail.example.org>",
            extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, multipart("report",
                                 text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                                 raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                                 attached_message(orig),
                                 params="report-type=delivery-status"))


# --------------------------------------------------------------- 38 doctor, eye clinic
@neg(38, "personal_appointment", "de", None,
     "Eye doctor appointment reminder with fixed time; not an interview", days=(("Tue", "2026-10-06"),))
def n38():
    body = t("""
        Sehr geehrte Frau Adam,

        wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

        Dienstag, 06.10.2026 um 08:15 Uhr
        Augenarztpraxis Dr. med. Henrike Sommer, Löbdergraben 22, 07743 Jena
        Anlass: Kontrolluntersuchung

        Bitte bringen Sie Ihre Versichertenkarte und Ihre aktuelle Brille mit. Nach einer Pupillenerweiterung
        dürfen Sie für einige Stunden nicht selbst Auto fahren.

        Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab:
        https://termine.praxis-sommer-jena.example/absagen/7731

        Ihr Praxisteam
        """)
    hs = hd(addr("Augenarztpraxis Dr. Sommer", "termine@praxis-sommer-jena.example"),
            "Terminerinnerung: Di., 06.10.2026, 08:15 Uhr", "2026-09-29 18:00:04", "Europe/Berlin",
            "<reminder.7731.20260929160004@praxis-sommer-jena.example>",
            relay="from smtp.praxis-sommer-jena.example (smtp.praxis-sommer-jena.example [85.13.155.40])")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------- 39 car, garage
@neg(39, "personal_appointment", "de", None,
     "Garage appointment confirmation (tyre change) with fixed time; not an interview", days=(("Sat", "2026-10-24"),))
def n39():
    body = t("""
        Guten Tag Frau Adam,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Samstag, 24.10.2026, 9:00 Uhr
        Leistung: Radwechsel Sommer/Winter inkl. Einlagerung, Sichtprüfung Bremsen
        Fahrzeug: VW Golf, J-FA 417

        Bitte planen Sie ca. 45 Minuten ein, in unserer Kundenlounge gibt es Kaffee.

        Mit freundlichen Grüßen
        Ihr Team vom Autohaus Burgau
        Autohaus Burgau GmbH & Co. KG | Rudolstädter Straße 90 | 07745 Jena
        """)
    hs = hd(addr("Autohaus Burgau Service", "service@autohaus-burgau.example"),
            "Terminbestätigung Werkstatt 24.10.2026", "2026-10-19 11:48:26", "Europe/Berlin",
            "<0c9d8e7f6a5b4c3d2e1f@autohaus-burgau.example>",
            relay="from mail.autohaus-burgau.example (mail.autohaus-burgau.example [217.160.0.77])")
    return message(hs, alt(text(body), html(html_of(body, "Verdana"))))


# --------------------------------------------------------------- 40 current job: annual review invite
@neg(40, "non_interview_calendar", "de", None,
     "Outlook invite to the annual Mitarbeitergespräch at the current employer; a 'Gespräch' with a fixed time, "
     "but not a job interview", days=(("Thu", "2026-12-10"),))
def n40():
    body = t("""
        Wann: Donnerstag, 10. Dezember 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum 3.04 (Schott)

        *~*~*~*~*~*~*~*~*~*

        Hallo Friederike,

        wie jedes Jahr im Dezember unser Jahresgespräch. Bitte bring den ausgefüllten Vorbereitungsbogen mit
        (liegt im Intranet unter Personal > Formulare), dann sprechen wir über Ziele 2027 und Weiterbildung.

        Viele Grüße
        Holger
        """)
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", "W. Europe Standard Time",
              "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000",
              "20261203T091544Z", "20261210T100000", "20261210T110000",
              "Mitarbeitergespräch 2026 – Friederike Adam",
              "CN=Wendland\\, Holger:mailto:holger.wendland@kerbel-optik.example",
              ["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adam\\, Friederike:mailto:"
               "friederike.adam@kerbel-optik.example"],
              location="Besprechungsraum 3.04 (Schott)",
              extra="CLASS:PRIVATE\nPRIORITY:5\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    hs = hd(addr("Wendland, Holger", "holger.wendland@kerbel-optik.example"),
            "Mitarbeitergespräch 2026 – Friederike Adam", "2026-12-03 10:15:44", "Europe/Berlin",
            "<FR3P281MB2210C0FFEE12AB34@FR3P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
            to=addr("Adam, Friederike", "friederike.adam@kerbel-optik.example"),
            extra=[("Resent-From", "friederike.adam@kerbel-optik.example"),
                   ("Resent-To", OWNER)],
            relay="from DEU01-FR3-obe.outbound.protection.outlook.com (52.101.70.12)")
    return message(hs, alt(text(body), html(html_of(body, "Calibri")), calendar(cal, cte="base64")))


# --------------------------------------------------------------- 41 conference registration
@neg(41, "event_registration", "en", None,
     "Conference registration confirmation with dates and opening time; not an interview",
     days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def n41():
    body = t("""
        Dear Friederike Adam,

        Thank you for registering for the EuroOptics Forum 2026. Your registration is confirmed.

        Registration ID: EOF26-30418
        Ticket: Full conference (2 days), early bird
        Dates: Tuesday 17 November - Wednesday 18 November 2026
        Venue: Internationales Congress Center Dresden, Ostra-Ufer 2, 01067 Dresden

        The registration desk opens at 8:00 AM on both days; the opening keynote starts at 9:15 AM.
        Don't miss the Career Corner on Wednesday afternoon, where exhibitors present open positions.

        Your invoice is attached to a separate email.

        See you in Dresden!
        The EuroOptics Forum Team
        """)
    hs = hd(addr("EuroOptics Forum 2026", "registration@eurooptics-forum.example"),
            "Registration confirmed - EuroOptics Forum 2026, Dresden", "2026-10-12 13:22:18", "Europe/Berlin",
            "<reg.30418.20261012112218@eurooptics-forum.example>",
            relay="from mail.eurooptics-forum.example (mail.eurooptics-forum.example [148.251.122.7])")
    return message(hs, html(html_of(body, "Open Sans,Arial")))


# --------------------------------------------------------------- 42 train ticket (thread C)
@neg(42, "travel", "de", None,
     "Train booking Jena -> München for the day before the agency interview; a fixed time, but travel",
     days=(("Tue", "2026-10-13"),))
def n42():
    body = t("""
        Vielen Dank für Ihre Buchung, Frau Adam!

        Auftragsnummer: 7Q4KXR
        Hinfahrt am Dienstag, 13.10.2026
        Jena Paradies ab 15:02 Gleis 2 -> Erfurt Hbf an 15:41 (RE 16524)
        Erfurt Hbf ab 15:58 -> München Hbf an 18:12 (Fernzug 1009)
        Sitzplatz: Wagen 7, Platz 55, Großraum, Fenster

        Sparpreis, 2. Klasse, BahnCard 25
        Gesamtpreis: 41,90 EUR

        Ihr Ticket finden Sie im Anhang und in der App. Gute Reise!

        Ihr Schienenfern-Team
        """)
    hs = hd(addr("Schienenfern", "buchung@schienenfern.example"),
            "Buchungsbestätigung (Auftrag 7Q4KXR) Jena Paradies – München Hbf", "2026-10-09 21:34:55",
            "Europe/Berlin", "<bb.7Q4KXR.1760038495@schienenfern.example>",
            relay="from mout.schienenfern.example (mout.schienenfern.example [81.200.197.4])")
    return message(hs, text(body, charset="utf-8", cte="base64"))


# --------------------------------------------------------------- 43 friends
@neg(43, "personal", "de", None, "Friend's invitation to a games night on Saturday 19 Uhr; personal",
     days=(("Sat", "2026-11-28"),))
def n43():
    body = t("""
        Hey Rike,

        Samstag (28.) 19 Uhr Spieleabend bei uns, Tobi hat endlich das neue Brettspiel mit den Zügen. Bring gern
        wen mit, wir machen Ofenkartoffeln. Und du musst erzählen wie's mit den ganzen Bewerbungen läuft!!

        Kuss
        Mareike

        Von meinem iPhone gesendet
        """)
    hs = hd(addr("Mareike Thiel", "mareike.thiel@posteo.example"), "Samstag?", "2026-11-26 20:51:30",
            "Europe/Berlin", "<7E2B9F41-0C3D-4A1E-B8F2-5D6C7E8F9A0B@posteo.example>",
            extra=[("X-Mailer", "iPhone Mail (22B91)")],
            relay="from mout01.posteo.example (mout01.posteo.example [185.67.36.65])")
    return message(hs, text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


# --------------------------------------------------------------- 44 rejection, Keystone (thread G)
@neg(44, "rejection", "en", "Keystone Lens Works",
     "JazzHR rejection after the phone screen; nothing scheduled")
def n44():
    body = t("""
        Hi Friederike,

        Thank you for taking the time to speak with me about the Optical Metrology Engineer position. I enjoyed
        our conversation.

        After a lot of thought we've decided to move forward with candidates who are located in the Pittsburgh
        area, since the role turned out to need more on-site presence in the lab than we originally planned.
        I know that's frustrating to hear after the process, and I'm sorry.

        I wish you all the best in your search.

        Ray Kowalski
        Engineering Manager, Metrology
        Keystone Lens Works
        """)
    hs = hd(addr("Ray Kowalski via JazzHR", "notifications@keystonelens.applytojob.com"),
            "Update on your application - Optical Metrology Engineer", "2026-11-24 15:10:43", "America/New_York",
            "<jazz.5b1d7e9a.1764015043@applytojob.com>", to=ME2, rcpt=OWNER2,
            extra=[("Reply-To", "ray.kowalski@keystonelens.com")],
            relay="from smtp.applytojob.com (smtp.applytojob.com [52.204.18.113])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 45 webinar
@neg(45, "webinar", "en", None,
     "Webinar 'ace your engineering interview' with a fixed time; not the owner's interview",
     days=(("Thu", "2026-10-29"),))
def n45():
    body = t("""
        You're registered!

        Ace Your Engineering Interview: System Design for Hardware Engineers
        Thursday, October 29, 2026
        6:00 PM - 7:00 PM CET

        Join from your browser: https://events.careerlane.example/live/ace-hw-interview

        What you'll learn:
        - How hiring managers in photonics and semiconductors structure technical interviews
        - Answering the "walk me through a design you're proud of" question
        - Live Q&A with two engineering managers

        Add to calendar: https://events.careerlane.example/ics/ace-hw-interview

        Careerlane Events
        """)
    hs = hd(addr("Careerlane Events", "events-noreply@careerlane.example"),
            "You're registered: Ace Your Engineering Interview (Oct 29)", "2026-10-22 19:05:37", "Europe/Berlin",
            "<ev.88213.20261022170537@careerlane.example>",
            relay="from mail-a4.careerlane.example (mail-a4.careerlane.example [108.174.3.21])")
    return message(hs, alt(text(body), html(html_of(body, "Helvetica"))))


# --------------------------------------------------------------- 46 mock interview, careers service
@neg(46, "mock_interview", "de", None,
     "Alumni careers service confirms a mock interview ('Probe-Vorstellungsgespräch') with a fixed time; training, "
     "not a job interview", days=(("Fri", "2026-10-09"),))
def n46():
    body = t("""
        Liebe Frau Adam,

        gern bestätige ich Ihnen den Termin für Ihr Probe-Vorstellungsgespräch im Rahmen unseres Alumni-Coachings:

        Freitag, 09.10.2026, 10:00 - 11:00 Uhr
        Career Service der Hochschule Saaletal, Carl-Zeiss-Platz 3, Raum 114

        Bringen Sie bitte eine echte Stellenanzeige mit, auf die Sie sich vorbereiten möchten, dann simulieren wir
        das Gespräch möglichst realistisch. Im Anschluss gibt es ausführliches Feedback.

        Viele Grüße
        Dr. Anja Leutert
        Career Service | Alumni-Programm
        Hochschule Saaletal
        """)
    hs = hd(addr("Anja Leutert", "anja.leutert@hs-saaletal.example"),
            "Ihr Termin: Probe-Vorstellungsgespräch am 09.10.", "2026-10-02 13:40:12", "Europe/Berlin",
            "<5c3b2a19-career-7d8e@hs-saaletal.example>",
            relay="from mx.hs-saaletal.example (mx.hs-saaletal.example [141.35.1.40])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------- 47 post-interview, Kohärent (thread L)
@neg(47, "post_interview", "en", "Kohärent Labs GmbH",
     "Thanks after the interview, 'we'll get back to you next week'; nothing scheduled")
def n47():
    body = t("""
        Hi Friederike,

        thanks again for yesterday - Ines and I really enjoyed the conversation, especially your ideas on the
        vapor cell optics. We're talking to two more people this week and will get back to you early next week
        about next steps.

        Cheers,
        Tobias

        Tobias Weinert
        Co-founder | Kohärent Labs GmbH | Berlin-Adlershof
        """)
    hs = hd(addr("Tobias Weinert", "tobias.weinert@koherent-labs.de"), "Re: Interview today",
            "2026-12-09 18:11:30", "Europe/Berlin", "<CAH9wT3eR5tY7uI9oP1aS3dF5gH7jK9lZ@mail.gmail.com>",
            extra=[("In-Reply-To", "<b6c1e2a3-7d4f-4b8e-9f01-2a3b4c5d6e7f@example.org>")],
            relay="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------- 48 take-home deadline, Corvane (thread E)
@neg(48, "assessment", "en", "Corvane Instruments",
     "Take-home exercise with a submission deadline (Friday 11/13, 5:00 PM ET); a deadline, not an interview",
     days=(("Fri", "2026-11-13"),))
def n48():
    body = t("""
        Hi Friederike,

        Thanks again for your time with Greg and Laura last week - they'd like to move forward!

        The next step is a short take-home exercise: a Zemax/OpticStudio design of a 4x telecentric lens for our
        line-scan inspection system. The full brief is attached. Please plan for about 4-6 hours.

        Please submit your files by Friday, 11/13 at 5:00 PM ET by replying to this email.

        Best,
        Dana

        Dana Whitfield
        Recruiting Coordinator | Corvane Instruments, Inc.
        """)
    brief = raw_part([("Content-Type", 'application/pdf; name="Corvane_TakeHome_Telecentric.pdf"'),
                      ("Content-Disposition", 'attachment; filename="Corvane_TakeHome_Telecentric.pdf"'),
                      ("Content-Transfer-Encoding", "base64")],
                     "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\n"
                     "PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    hs = hd(addr("Dana Whitfield", "dana.whitfield@corvane.com"), "Next step: take-home exercise",
            "2026-11-09 09:30:05", "America/New_York",
            "<BN8PR12MB33771234ABCD5678@BN8PR12MB3377.namprd12.prod.outlook.com>",
            relay="from NAM12-BN8-obe.outbound.protection.outlook.com (40.107.237.96)")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"), brief))


# --------------------------------------------------------------- 49 application receipt, Alpenglas (thread F)
@neg(49, "application_receipt", "de", "Alpenglas Systeme GmbH", "Teamtailor application receipt; no appointment")
def n49():
    body = t("""
        Hallo Friederike,

        danke für deine Bewerbung als Optical Design Engineer bei Alpenglas! Wir haben alles gut erhalten.

        Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von zwei Wochen bei dir.
        In der Zwischenzeit: Auf unserer Karriereseite erzählen Kolleg:innen, wie ein Tag bei uns aussieht.

        Liebe Grüße aus Innsbruck
        Verena & das Alpenglas-Team

        Du möchtest deine Daten löschen lassen? Hier geht's zur Verwaltung deiner Bewerbung:
        https://karriere.alpenglas.at/connect/account
        """)
    hs = hd(addr("Alpenglas Systeme GmbH", "no-reply@teamtailor-mail.com"),
            "Danke für deine Bewerbung, Friederike!", "2026-10-20 22:14:08", "Europe/Vienna",
            "<tt.9f8e7d6c5b4a.51177@teamtailor-mail.com>",
            relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.112.246.9])")
    return message(hs, alt(text(body), html(html_of(body))))


# --------------------------------------------------------------- 50 agency follow-up, Isarlicht (thread C)
@neg(50, "rejection", "de", "Isarlicht Optronics GmbH",
     "Agency explains the cancelled interview (position filled internally) and offers to keep looking; nothing "
     "scheduled", days=(("Wed", "2026-10-14"),))
def n50():
    body = t("""
        Liebe Frau Adam,

        ich hatte es Ihnen ja schon kurz am Telefon gesagt, hier noch einmal schriftlich: Isarlicht hat die Stelle
        intern nachbesetzt, deshalb wurde das Gespräch am Mittwoch, 14.10., abgesagt. Das ärgert mich ehrlich
        gesagt genauso wie Sie – der Termin stand ja schon.

        Ihr Bahnticket können Sie mir bitte trotzdem schicken, die Kosten übernimmt der Mandant.

        Ich habe aktuell zwei weitere Mandate im Raum München/Augsburg, die gut zu Ihnen passen könnten. Wenn Sie
        mögen, schicke ich Ihnen die Profile anonymisiert zu.

        Herzliche Grüße
        Stefanie Kessler

        --
        Stefanie Kessler | Senior Consultant Engineering
        Kessler & Roth Personalberatung GmbH | Leopoldstraße 77 | 80802 München
        """)
    hs = hd(addr("Stefanie Kessler", "stefanie.kessler@kessler-roth.de"),
            "Isarlicht – leider keine guten Nachrichten", "2026-10-16 10:02:18", "Europe/Berlin",
            "<AM0PR07MB55219F8E7D6C5B4A@AM0PR07MB5521.eurprd07.prod.outlook.com>",
            extra=[("Content-Language", "de-DE")],
            relay="from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.91)")
    return message(hs, text(body, charset="windows-1252"))
