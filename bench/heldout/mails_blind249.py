"""blind249: 50 hand-written mails from the inbox of Tobias Haider, a production planning engineer
in Augsburg (September to mid-December 2026). Written blind: without reading the detector, its
tests, or the other held-out sets. Build and check with

    python3 bench/heldout/make_blind.py blind249
"""

from __future__ import annotations

import random

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

ORDER = random.Random(2490249).sample(range(1, 51), 50)
ME = "tobias.haider@example.org"
TO = addr("Tobias Haider", ME)
BER = "Europe/Berlin"
CHI = "America/Chicago"


def N(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"blind249_{ORDER[key - 1]:03d}"


def H(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO, rcv: tuple[str, str] | None = None,
      charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid), *extra]
    return hs


def paras(body: str) -> str:
    """A plain HTML twin: one <p> per paragraph, lines joined with <br>."""
    import html as _h

    blocks = [b for b in body.strip("\n").split("\n\n") if b.strip()]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in b.split("\n")) + "</p>" for b in blocks)
    return '<html><body style="font-family:Arial,sans-serif">\n' + inner + "\n</body></html>\n"


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BER), end=utc("2026-09-15 11:00", BER),
      contact="sabine.kraus@lechwerk-antriebe.de", company="Lechwerk Antriebstechnik GmbH",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      note="Personio invitation from a no-reply sender; 'Dienstag, 15.09.2026, 10:00 - 11:00 Uhr' in Augsburg, "
           "CEST (UTC+2) -> 08:00-09:00Z; contact = human Reply-To (the HR manager)")
def p01() -> bytes:
    body = t("""
        Guten Tag Herr Haider,

        vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) bei der Lechwerk
        Antriebstechnik GmbH. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.

        Termin:   Dienstag, 15.09.2026, 10:00 - 11:00 Uhr
        Ort:      Lechwerk Antriebstechnik GmbH, Am Mittleren Moos 31, 86167 Augsburg
                  (bitte melden Sie sich am Empfang in Gebäude B)
        Gesprächspartner: Sabine Kraus (HR), Ralf Böck (Leitung Produktionsplanung)

        Parkplätze finden Sie direkt vor dem Gebäude. Sollte Ihnen der Termin nicht passen,
        antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Sabine Kraus
        HR Business Partner

        Lechwerk Antriebstechnik GmbH | Am Mittleren Moos 31 | 86167 Augsburg
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Guten Tag Herr Haider,</p>
        <p>vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) bei der Lechwerk Antriebstechnik GmbH.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Termin</b></td><td>Dienstag, 15.09.2026, 10:00&nbsp;-&nbsp;11:00&nbsp;Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Lechwerk Antriebstechnik GmbH, Am Mittleren Moos 31, 86167 Augsburg<br>
        (bitte melden Sie sich am Empfang in Geb&auml;ude B)</td></tr>
        <tr><td><b>Gespr&auml;chspartner</b></td><td>Sabine Kraus (HR), Ralf B&ouml;ck (Leitung Produktionsplanung)</td></tr>
        </table>
        <p>Parkpl&auml;tze finden Sie direkt vor dem Geb&auml;ude. Sollte Ihnen der Termin nicht passen,
        antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Sabine Kraus<br>HR Business Partner</p>
        <p style="font-size:11px;color:#888">Lechwerk Antriebstechnik GmbH | Am Mittleren Moos 31 | 86167 Augsburg<br>
        Diese E-Mail wurde &uuml;ber Personio versendet.</p>
        </body></html>
        """)
    hs = H(addr("Lechwerk Antriebstechnik GmbH", "no-reply@personio.de"),
           "Einladung zum Vorstellungsgespräch – Produktionsplaner (m/w/d)", "2026-09-07 10:12", BER,
           "<0102018f3c2a9b1e-5d1f7a22-91c3-4e0b-a7d2-7c3f0e9b1d44-000000@eu-central-1.amazonses.com>",
           rcv=("from a48-12.smtp-out.eu-central-1.amazonses.com (a48-12.smtp-out.eu-central-1.amazonses.com [54.240.48.12])",
                "mx.example.org with ESMTPS id 4Kf2sB0xQz"),
           extra=(("Reply-To", addr("Sabine Kraus", "sabine.kraus@lechwerk-antriebe.de")),
                  ("X-Personio-Event", "application.event.invitation")))
    return message(hs, alt(text(body), html(page)))


@mail(N(2), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:45", BER), contact="markus.kienle@donautal-mb.de",
      company="Donautal Maschinenbau GmbH", local="Thu 2026-09-17 09:45", zone=BER,
      note="Swabian du-reply from the hiring manager: 'am Donnerschdag um dreiviertel zehn' = 09:45, Thursday "
           "after the Date (Mon 14 Sep 2026) -> Thu 17 Sep, CEST -> 07:45Z; no length -> end null; contact = sender")
def p02() -> bytes:
    body = t("""
        Servus Tobias,

        passt scho, dann machet mir des am Donnerschdag um dreiviertel zehn bei uns in Ulm-Donautal,
        Daimlerstraße 12. Parke kannsch hinterm Gebäude 3, sag an dr Pforte dass'd zu mir willsch.
        Der Achim vom Werk 2 isch au dabei, der will dir d Fertigung zeige.

        Bis Donnerschdag
        Markus

        --
        Markus Kienle
        Leiter Arbeitsvorbereitung
        Donautal Maschinenbau GmbH, Daimlerstr. 12, 89079 Ulm
        Tel. 0731 40 21-118

        Am 14.09.2026 um 12:03 schrieb Tobias Haider <tobias.haider@example.org>:
        > Hallo Markus,
        >
        > danke für den Anruf vorhin. Donnerstag Vormittag würde bei mir gut gehen, ich
        > kann mir den Tag freinehmen.
        >
        > Viele Grüße
        > Tobias
        """)
    hs = H(addr("Markus Kienle", "markus.kienle@donautal-mb.de"), "AW: Gespräch Arbeitsvorbereitung",
           "2026-09-14 17:48", BER, "<AM9P190MB1287A1C3E55D0F2C91B4B8E3A4F52@AM9P190MB1287.EURP190.PROD.OUTLOOK.COM>",
           rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2108.outbound.protection.outlook.com [40.107.22.108])",
                "mx.example.org with ESMTPS id 9aLw0cR2Tn"),
           extra=(("In-Reply-To", "<5b1e0c7a-2f0d-4c55-93e1-8a0d2f3b7e61@example.org>"),
                  ("References", "<5b1e0c7a-2f0d-4c55-93e1-8a0d2f3b7e61@example.org>"),
                  ("Thread-Topic", enc("Gespräch Arbeitsvorbereitung")),
                  ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", BER), end=utc("2026-09-22 14:45", BER),
      contact="julia.brenner@isarflow.de", company="Isarflow Robotics GmbH",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone=BER,
      note="Greenhouse confirmation, 'Tuesday, September 22nd, 2:00 PM - 2:45 PM CEST' (Munich) -> 12:00-12:45Z; "
           "contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Tobias,

        Thanks for making time to speak with us! Here are the details of your upcoming interview
        with Isarflow Robotics.

        Position: Production Planning Engineer (Robot Cell Assembly)
        Date: Tuesday, September 22nd
        Time: 2:00 PM - 2:45 PM CEST (Europe/Berlin)
        Location: Video call - Google Meet, https://meet.google.com/qzt-hbno-vkw

        Interviewers:
        Maximilian Ort, Head of Operations
        Julia Brenner, Talent Partner

        If you need to make any changes, just reply to this email and Julia will get back to you.

        Best regards,
        The Isarflow Robotics Talent Team

        Powered by Greenhouse
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Tobias,</p>
        <p>Thanks for making time to speak with us! Here are the details of your upcoming interview with Isarflow Robotics.</p>
        <p><strong>Position:</strong> Production Planning Engineer (Robot Cell Assembly)<br>
        <strong>Date:</strong> Tuesday, September 22nd<br>
        <strong>Time:</strong> 2:00 PM - 2:45 PM CEST (Europe/Berlin)<br>
        <strong>Location:</strong> Video call - Google Meet, <a href="https://meet.google.com/qzt-hbno-vkw">https://meet.google.com/qzt-hbno-vkw</a></p>
        <p><strong>Interviewers:</strong><br>Maximilian Ort, Head of Operations<br>Julia Brenner, Talent Partner</p>
        <p>If you need to make any changes, just reply to this email and Julia will get back to you.</p>
        <p>Best regards,<br>The Isarflow Robotics Talent Team</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </div>
        """)
    hs = H(addr("Isarflow Robotics", "no-reply@us.greenhouse-mail.io"),
           "Interview Confirmation: Production Planning Engineer at Isarflow Robotics", "2026-09-16 14:03", BER,
           "<66e8203c.7a1f0a8b.4d2c1.51e0SMTPIN_ADDED_MISSING@mx.greenhouse-mail.io>",
           rcv=("from o1.ptr8821.greenhouse-mail.io (o1.ptr8821.greenhouse-mail.io [149.72.141.9])",
                "mx.example.org with ESMTPS id 7Tz1mXq0Lb"),
           extra=(("Reply-To", addr("Julia Brenner", "julia.brenner@isarflow.de")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(N(4), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-28 15:00", "Europe/Amsterdam"), end=utc("2026-09-28 16:00", "Europe/Amsterdam"),
      contact="femke.devries@parcelwise.nl", company="Parcelwise B.V.",
      local="Mon 2026-09-28 15:00", local_end="2026-09-28 16:00", zone="Europe/Amsterdam",
      note="Recruitee reschedule: old Thu 24 Sep 15:00, new 'Monday 28 September 2026, 15:00 - 16:00 (CEST, "
           "Amsterdam)' -> 13:00-14:00Z; Reply-To is a Recruitee relay, so contact = recruiter's address in "
           "the signature")
def p04() -> bytes:
    body = t("""
        Hi Tobias,

        Unfortunately our Head of Planning is travelling on Thursday, so we have to move your
        interview. Sorry for the short notice!

        Previous time: Thursday 24 September 2026, 15:00 - 16:00 (CEST)
        New time:      Monday 28 September 2026, 15:00 - 16:00 (CEST, Amsterdam)

        The video link stays the same: https://parcelwise.whereby.com/interview-planning

        If the new slot does not work for you, please let me know.

        Kind regards,
        Femke de Vries
        Talent Acquisition | Parcelwise B.V.
        femke.devries@parcelwise.nl | +31 20 555 0142

        Sent with Recruitee
        """)
    page = paras(body)
    hs = H(addr("Femke de Vries (Parcelwise)", "no-reply@recruitee.com"),
           "Your interview with Parcelwise has been rescheduled", "2026-09-21 11:26", "Europe/Amsterdam",
           "<20260921092601.6f3c1b0e4a5d@mailer.recruitee.com>",
           rcv=("from mailer.recruitee.com (mailer.recruitee.com [159.135.228.10])",
                "mx.example.org with ESMTPS id R3cr8tEe2q"),
           extra=(("Reply-To", "parcelwise+c-84f2a19e@inbound.recruitee.com"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(5), family="zoom", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-01 16:00", BER), end=utc("2026-10-01 16:45", BER),
      contact="carla.moser@alpenrekrut.de", company="Vilstaler Molkerei AG",
      local="Thu 2026-10-01 16:00", local_end="2026-10-01 16:45", zone=BER,
      note="Forward-to-self (old example.net address -> example.org) with the agency recruiter's mail attached as "
           "message/rfc822; Zoom block 'Oct 1, 2026 04:00 PM Amsterdam, Berlin...' + '45 Minuten' -> "
           "14:00-14:45Z (CEST); contact = the recruiter in the forwarded header (the outer sender is the "
           "candidate); company = the client the agency recruits for")
def p05() -> bytes:
    inner_body = t("""
        Hallo Herr Haider,

        wie eben am Telefon besprochen, hier die Zugangsdaten für das Erstgespräch mit der Vilstaler
        Molkerei AG (Produktionsplaner Abfüllung, Standort Vilshofen / teilweise remote).
        Das Gespräch dauert 45 Minuten, dabei sind Herr Dr. Kammerer (Werkleitung) und ich.

        Termin: Donnerstag, 1. Oktober, 16:00 Uhr

        ---
        Carla Moser lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Vilstaler Molkerei / Haider - Erstgespräch
        Time: Oct 1, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/84120973354?pwd=aVZkT0xqR3d2Y1ZLM1dHT0Rkb1BpQT09

        Meeting-ID: 841 2097 3354
        Kenncode: 518266
        ---

        Viel Erfolg und herzliche Grüße
        Carla Moser
        Senior Consultant Supply Chain
        Alpenrekrut Personalberatung GmbH | Maximilianstraße 9 | 80539 München
        carla.moser@alpenrekrut.de | +49 89 2441 7730
        """)
    inner = message(H(addr("Carla Moser", "carla.moser@alpenrekrut.de"), "Zoom-Zugang Erstgespräch Vilstaler Molkerei",
                      "2026-09-25 11:20", BER, "<FR3P281MB1502C8A90B1D7E44C03BFA22F18A2@FR3P281MB1502.DEUP281.PROD.OUTLOOK.COM>",
                      to=addr("Tobias Haider", "tobias.haider@example.net")),
                    text(inner_body, charset="utf-8", cte="quoted-printable"))
    outer_body = t("""
        -> Kalender, Zoom Do 16 Uhr. Unterlagen Molkerei vorher nochmal lesen!

        """)
    hs = H(addr("Tobias Haider", "tobias.haider@example.net"), "WG: Zoom-Zugang Erstgespräch Vilstaler Molkerei",
           "2026-09-25 18:05", BER, "<b8d1c93e-0a6f-4f3a-9d56-2c8e41f7a0b2@example.net>",
           rcv=("from smtp.example.net (smtp.example.net [198.51.100.24])", "mx.example.org with ESMTPS id Fw2sElf0Ae"),
           extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(outer_body, cte="7bit", params="format=flowed"),
                             attached_message(inner, "Zoom-Zugang Erstgespraech Vilstaler Molkerei.eml")))


@mail(N(6), family="workday", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-02 08:30", BER), end=utc("2026-10-02 09:30", BER),
      contact="stefanie.wagner@donauwerk.de", company="Donauwerk Fahrzeugsysteme AG",
      local="Fri 2026-10-02 08:30", local_end="2026-10-02 09:30", zone=BER,
      note="Workday reschedule (HTML only, base64): old 'Mittwoch, 30.09.2026, 13:00 Uhr', new 'Freitag, "
           "02.10.2026, 08:30 - 09:30 Uhr (MESZ)' in Ingolstadt -> 06:30-07:30Z; contact = recruiter in body")
def p06() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Donauwerk Karriere</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00305e;color:#fff;padding:16px;font-size:18px">DONAUWERK Karriere</td></tr>
        <tr><td style="padding:20px">
        <p>Sehr geehrter Herr Haider,</p>
        <p>leider müssen wir Ihr Vorstellungsgespräch für die Position <b>Produktionsplaner Karosseriebau (m/w/d), Req-ID R-0048213</b> verschieben.
        Der ursprüngliche Termin am <s>Mittwoch, 30.09.2026, 13:00 Uhr</s> entfällt.</p>
        <p><b>Neuer Termin:</b><br>
        Freitag, 02.10.2026, 08:30 - 09:30 Uhr (MESZ)<br>
        Ort: Donauwerk Fahrzeugsysteme AG, Werk Ingolstadt, Ettinger Straße 140, Tor 4, Besucherempfang</p>
        <p>Bitte bestätigen Sie den Termin im Kandidatenportal unter „Meine Aufgaben“. Bei Rückfragen erreichen Sie
        Ihre Ansprechpartnerin Stefanie Wagner unter <a href="mailto:stefanie.wagner@donauwerk.de">stefanie.wagner@donauwerk.de</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Donauwerk Fahrzeugsysteme AG</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = H(addr("Donauwerk Karriere", "donauwerk@myworkday.com"),
           "Terminänderung: Ihr Vorstellungsgespräch bei Donauwerk", "2026-09-28 08:47", BER,
           "<1872531504.90317.1790578020118@wd5-prod-mail.myworkday.com>",
           rcv=("from wd5-prod-mail.myworkday.com (wd5-prod-mail.myworkday.com [66.117.27.40])",
                "mx.example.org with ESMTPS id Wd5rK8uVm3"),
           extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", BER), end=utc("2026-10-08 10:30", BER),
      contact="erik.lundqvist@tallyline.io", company="Tallyline AB",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:30", zone=BER,
      note="Calendly invitee confirmation: '10:00am - 10:30am, Thursday, October 8, 2026 (Central European Time)' "
           "in the invitee's zone (Berlin, still CEST) -> 08:00-08:30Z; contact = host via Reply-To")
def p07() -> bytes:
    body = t("""
        Hi Tobias Haider,

        Your 30 Minute Meeting with Erik Lundqvist at 10:00am (Central European Time) on Thursday,
        October 8, 2026 is scheduled.

        Event Type:
        Tallyline - Intro call (Operations Engineer, remote EU)

        Invitee:
        Tobias Haider

        Invitee Email:
        tobias.haider@example.org

        Event Date/Time:
        10:00am - 10:30am, Thursday, October 8, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ufr-kxwa-pge

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b2f1d9e-4c7a-4d8a-b1f0-3e5c7a9d2e41
        Reschedule: https://calendly.com/reschedulings/6b2f1d9e-4c7a-4d8a-b1f0-3e5c7a9d2e41

        Powered by Calendly.com
        """)
    hs = H(addr("Calendly", "notifications@calendly.com"),
           "Confirmed: Tallyline - Intro call (Operations Engineer, remote EU) with Erik Lundqvist on Thursday, October 8, 2026",
           "2026-10-02 21:14", BER, "<6b2f1d9e4c7a.20261002191402.1@calendly.com>",
           rcv=("from o3.email.calendly.com (o3.email.calendly.com [167.89.40.130])",
                "mx.example.org with ESMTPS id Ca1eNdLy0k"),
           extra=(("Reply-To", addr("Erik Lundqvist", "erik.lundqvist@tallyline.io")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(8), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:00", BER), end=utc("2026-10-14 11:00", BER),
      contact="daniel.ostertag@brightwaterfluid.com", company="Brightwater Fluid Systems GmbH",
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone=BER,
      note="iCIMS (US parent) with a US MM/DD date '10/14/2026 10:00 AM (GMT+02:00) Berlin', 'Duration: 60 "
           "minutes', Ulm site -> 08:00-09:00Z; windows-1252 QP; contact = recruiter in body")
def p08() -> bytes:
    body = t("""
        Dear Tobias,

        Thank you for your interest in Brightwater Fluid Systems. We are pleased to confirm your
        interview for the position below.

        Requisition:      2026-4471 Production Planner – Pump Assembly (Ulm, Germany)
        Interview Type:   Onsite – Hiring Manager Interview
        Interview Date:   10/14/2026
        Interview Time:   10:00 AM (GMT+02:00) Berlin
        Duration:         60 minutes
        Location:         Brightwater Fluid Systems GmbH, Magirusstraße 44, 89077 Ulm – Reception Building A
        Interviewer(s):   Sandra Mayr (Plant Manager), Daniel Ostertag (HR)

        Please bring a valid photo ID. Visitor parking is available in front of Building A.

        Questions? Contact Daniel Ostertag at daniel.ostertag@brightwaterfluid.com.

        Sincerely,
        Brightwater Talent Acquisition

        This message was sent by iCIMS on behalf of Brightwater Fluid Systems. Please do not reply.
        """)
    hs = H(addr("Brightwater Fluid Systems", "brightwater-notifications@talent.icims.com"),
           "Interview Confirmation – Production Planner – Pump Assembly", "2026-10-06 15:30", BER,
           "<1457320198.442871.1791293400311.JavaMail.icims@talent.icims.com>",
           charset="windows-1252",
           rcv=("from mta-out3.icims.com (mta-out3.icims.com [216.46.172.33])", "mx.example.org with ESMTPS id iC1mS7aQpe"))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


def ics_teamtailor() -> str:
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[BER]}
BEGIN:VEVENT
UID:tt-interview-3c8e1f52-96b0-4c07-8d2e-1b7a09f4d6c3@teamtailor.com
DTSTAMP:20261008T081900Z
DTSTART;TZID=Europe/Berlin:20261014T163000
DTEND;TZID=Europe/Berlin:20261014T171500
SUMMARY:Interview Kranich Fulfillment – Tobias Haider
LOCATION:Kranich Fulfillment, Landsberger Str. 302, 80687 München
ORGANIZER;CN=Lisa Huber:mailto:lisa.huber@kranich-fulfillment.de
ATTENDEE;CN=Tobias Haider;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.haider@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-14 16:30", BER), end=utc("2026-10-14 17:15", BER),
      contact="lisa.huber@kranich-fulfillment.de", company="Kranich Fulfillment GmbH",
      local="Wed 2026-10-14 16:30", local_end="2026-10-14 17:15", zone=BER,
      note="Teamtailor, du-form: 'Mittwoch, 14. Oktober 2026, 16:30–17:15 (MESZ)' in Munich -> 14:30-15:15Z; ICS "
           "agrees; Reply-To is a Teamtailor relay, so contact = human ICS ORGANIZER (also in the signature)")
def p09() -> bytes:
    body = t("""
        Hey Tobias,

        super, dass es klappt! Hier nochmal alles zu deinem Interview bei Kranich Fulfillment:

        📅 Mittwoch, 14. Oktober 2026, 16:30–17:15 (MESZ)
        📍 Kranich Fulfillment, Landsberger Str. 302, 80687 München – 3. OG, klingel bei „Kranich“
        👥 Lisa Huber (People & Culture), Deniz Aksoy (Head of Warehouse Ops)

        Wir zeigen dir danach gern noch kurz unser Lager in Freiham, plan also ein bisschen Puffer ein.
        Die Kalendereinladung hängt an.

        Bis bald!
        Lisa

        Lisa Huber | People & Culture | Kranich Fulfillment GmbH
        lisa.huber@kranich-fulfillment.de
        """)
    hs = H(addr("Lisa Huber von Kranich Fulfillment", "no-reply@teamtailor-mail.com"),
           "Dein Interview bei Kranich Fulfillment 🎉", "2026-10-08 10:19", BER,
           "<f41c0a8e-7d2b-4e61-b3a5-0c9e8d7f1a26@teamtailor-mail.com>",
           rcv=("from mail-190.teamtailor-mail.com (mail-190.teamtailor-mail.com [185.250.239.190])",
                "mx.example.org with ESMTPS id TtA1l0rXx9"),
           extra=(("Reply-To", "reply+a8Gk2nQ7sLp4@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(paras(body))),
                             calendar(ics_teamtailor(), cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(10), family="taleo", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-21 14:00", BER), contact="thomas.brandl@lechfeld-aviation.de",
      company="Lechfeld Aviation Services AG", local="Wed 2026-10-21 14:00", zone=BER,
      note="Taleo cancellation without a new time ('muss leider entfallen ... melden uns'): cancelled slot "
           "'Mittwoch, 21.10.2026 um 14:00 Uhr' (CEST) -> 12:00Z; iso-8859-1 8bit; contact = person named in body")
def p10() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        leider muss das für Mittwoch, 21.10.2026 um 14:00 Uhr vereinbarte Vorstellungsgespräch für die
        Stelle "Fertigungssteuerer MRO (w/m/d)" kurzfristig entfallen, da sich die Teamleitung
        krankheitsbedingt abmelden musste.

        Wir melden uns so bald wie möglich mit einem Ersatztermin bei Ihnen. Wir bitten um Ihr
        Verständnis.

        Bei Fragen wenden Sie sich bitte an Herrn Thomas Brandl (thomas.brandl@lechfeld-aviation.de,
        Tel. 08232 96 18-240).

        Mit freundlichen Grüßen
        Personalabteilung
        Lechfeld Aviation Services AG

        Bitte antworten Sie nicht auf diese automatisch versandte Nachricht.
        """)
    hs = H(addr("Lechfeld Aviation Services AG", "lechfeldaviation@taleo.net"),
           "Absage Ihres Gesprächstermins am 21.10.2026", "2026-10-16 16:52", BER,
           "<1140987211.55321.1792162320447.JavaMail.taleo@tlmsprd2.taleo.net>", charset="iso-8859-1",
           rcv=("from tlmsprd2.taleo.net (tlmsprd2.taleo.net [156.45.12.82])", "mx.example.org with ESMTPS id Ta1e0oXcv2"))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


def ics_prairie(seq: int, start: str, end: str, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@prairieridgemfg.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Haider:mailto:tobias.haider@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Halvorsen:mailto:greg.halvorsen@prairieridgemfg.com
DESCRIPTION;LANGUAGE=en-US:Interview - Production Planning Engineer (EMEA)\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device
UID:040000008200E00074C5B7101A82E00800000000D0A4E5C31A52DC01000000000000000010000000C9F2B7A1E34D8F4C8A2D91F0E5B7C3A4
SUMMARY;LANGUAGE=en-US:Interview: Tobias Haider - Production Planning Engineer (EMEA)
DTSTART;TZID=Central Standard Time:{start}
DTEND;TZID=Central Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2120394711
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@mail(N(11), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", CHI), end=utc("2026-10-27 10:00", CHI),
      contact="dana.kowalski@prairieridgemfg.com", company="Prairie Ridge Manufacturing Co.",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=CHI,
      note="Exchange meeting request from Chicago (Windows zone 'Central Standard Time', Teams): 9:00-10:00 AM "
           "Central on Tue 27 Oct = CDT (UTC-5) -> 14:00-15:00Z; the body's display name shows (UTC-06:00) and "
           "Europe is already on CET, so it is 15:00 in Augsburg (as the recruiter writes); contact = ORGANIZER")
def p11() -> bytes:
    body = t("""
        Hi Tobias,

        As discussed, here is the invite for your conversation with Greg Halvorsen (VP Operations).
        Quick heads-up on the time difference: Europe changes clocks this weekend and we only do
        it a week later, so for you this is 3:00 PM in Augsburg, not 4:00 PM.

        Best,
        Dana

        Dana Kowalski | Senior Talent Acquisition Partner
        Prairie Ridge Manufacturing Co. | 1200 W Fulton Market, Chicago, IL 60607
        dana.kowalski@prairieridgemfg.com | +1 312 555 0187

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg0NWI1Y2MtOGQ3Ni00YjM0LWE3NzEtNjE2ZjAxNTQ0ZmYy%40thread.v2/0>
        Meeting ID: 248 611 905 372
        Passcode: 7Xv3Pq
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    when = "When: Tuesday, October 27, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US & Canada)\n\n"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">
        <p>When: Tuesday, October 27, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US &amp; Canada)</p>
        <p>Hi Tobias,</p>
        <p>As discussed, here is the invite for your conversation with Greg Halvorsen (VP Operations).
        Quick heads-up on the time difference: Europe changes clocks this weekend and we only do it a week later,
        so for you this is 3:00 PM in Augsburg, not 4:00 PM.</p>
        <p>Best,<br>Dana</p>
        <p>Dana Kowalski | Senior Talent Acquisition Partner<br>Prairie Ridge Manufacturing Co. | 1200 W Fulton Market, Chicago, IL 60607</p>
        <hr><p><b>Microsoft Teams meeting</b><br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg0NWI1Y2MtOGQ3Ni00YjM0LWE3NzEtNjE2ZjAxNTQ0ZmYy%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 248 611 905 372<br>Passcode: 7Xv3Pq</p><hr>
        </div></body></html>
        """)
    hs = H(addr("Dana Kowalski", "dana.kowalski@prairieridgemfg.com"),
           "Interview: Tobias Haider - Production Planning Engineer (EMEA)", "2026-10-21 10:05", CHI,
           "<CH0PR11MB5457E1B2A0C44F8D7C3E19A2D84A2@CH0PR11MB5457.namprd11.prod.outlook.com>",
           rcv=("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2119.outbound.protection.outlook.com [40.107.244.119])",
                "mx.example.org with ESMTPS id PrR1dg3mf8"),
           extra=(("Thread-Topic", "Interview: Tobias Haider - Production Planning Engineer (EMEA)"),
                  ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(when + body), html(page),
                           calendar(ics_prairie(0, "20261027T090000", "20261027T100000", "20261021T150500Z"),
                                    cte="base64")))


def ics_neckarblick(method: str = "REQUEST") -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{VTZ[BER]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261026T090000
DTEND;TZID=Europe/Berlin:20261026T100000
DTSTAMP:20261021T134411Z
ORGANIZER;CN=Jan Riedmüller:mailto:jan.riedmueller@neckarblick-auto.de
UID:0r8k3bq1v6d2hmf9s4t7cj5e2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.haider@example.org;X-NUM-GUESTS=0:mailto:tobias.haider@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jan Riedmüller;X-NUM-GUESTS=0:mailto:jan.riedmueller@neckarblick-auto.de
CREATED:20261021T134410Z
DESCRIPTION:Fachgespräch Produktionsplanung (2. Runde) mit Jan Riedmüller und Svenja Hägele. Online über Google Meet.
LAST-MODIFIED:20261021T134410Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch Produktionsplanung – Tobias Haider
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(12), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:00", BER),
      contact="jan.riedmueller@neckarblick-auto.de", company="Neckarblick Automotive GmbH",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
      note="German Google Calendar invitation sent Wed 21 Oct (CEST) for Mon 26 Oct 09:00-10:00, the first "
           "working day after Europe's switch back to CET on 25 Oct -> 08:00-09:00Z (not 07:00Z); contact = "
           "ORGANIZER (hiring manager)")
def p12() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Fachgespräch Produktionsplanung – Tobias Haider
        Montag, 26. Oktober 2026 ⋅ 09:00–10:00
        Zeitzone: Mitteleuropäische Zeit - Berlin

        Mit Google Meet teilnehmen
        https://meet.google.com/wsv-pnqe-hda
        Oder per Telefon: (DE) +49 30 300195087 PIN: 493 118 206#

        Organisator
        Jan Riedmüller
        jan.riedmueller@neckarblick-auto.de

        Gäste
        Jan Riedmüller - Organisator
        tobias.haider@example.org

        Fachgespräch Produktionsplanung (2. Runde) mit Jan Riedmüller und Svenja Hägele. Online über
        Google Meet.

        Antworten für tobias.haider@example.org: Ja / Nein / Vielleicht  Weitere Optionen
        https://calendar.google.com/calendar/event?action=VIEW&eid=MHI4azNicTF2NmQyaG1mOXM0dDdjajVlMmE

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Updates zu
        diesem Termin mehr erhalten möchten, lehnen Sie ihn ab.
        """)
    hs = H(addr("Jan Riedmüller", "jan.riedmueller@neckarblick-auto.de"),
           "Einladung: Fachgespräch Produktionsplanung – Tobias Haider @ Mo. 26. Okt. 2026 09:00 - 10:00 (MEZ) (tobias.haider@example.org)",
           "2026-10-21 15:44", BER, "<calendar-0e9c1f7a-3b52-4d18-a6e4-7f2d90c1b835@google.com>",
           rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "mx.example.org with SMTPS id Gc4l3nDr7q"),
           extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                  ("Reply-To", addr("Jan Riedmüller", "jan.riedmueller@neckarblick-auto.de"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(paras(body), cte="quoted-printable"),
                                 calendar(ics_neckarblick(), cte="base64")),
                             calendar(ics_neckarblick(), method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(13), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 09:00", CHI), contact="dana.kowalski@prairieridgemfg.com",
      company="Prairie Ridge Manufacturing Co.", local="Tue 2026-11-03 09:00", zone=CHI,
      note="Recruiter prose sent Thu 29 Oct in CDT: panel moved from 'Monday' (2 Nov) to 'Tuesday, November 3, "
           "same time, 9:00 AM Central'; the US is on CST from 1 Nov -> 15:00Z (16:00 in Augsburg, as written); "
           "no length stated -> end null; contact = sender")
def p13() -> bytes:
    body = t("""
        Hi Tobias,

        Small change for your panel round: Greg got pulled into a supplier audit on Monday, so we're
        moving the panel from Monday, November 2 to Tuesday, November 3 — same time, 9:00 AM Central.
        Same three people (Greg, Marisol from Supply Chain and Ben from our Augsburg-area plant team).

        Also, since we fall back this Sunday, that's 4:00 PM for you in Augsburg again (last week it
        was only a 6-hour difference, now it's back to 7). The Teams link in the original invite still
        works, I'll send an updated calendar hold in a moment.

        Thanks for your flexibility!
        Dana

        Dana Kowalski | Senior Talent Acquisition Partner
        Prairie Ridge Manufacturing Co.
        dana.kowalski@prairieridgemfg.com | +1 312 555 0187
        """)
    hs = H(addr("Dana Kowalski", "dana.kowalski@prairieridgemfg.com"), "Panel interview moved to Tuesday 11/3",
           "2026-10-29 16:40", CHI, "<CH0PR11MB54578A3F01D2B7C64E0A15F9D84A2@CH0PR11MB5457.namprd11.prod.outlook.com>",
           rcv=("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2098.outbound.protection.outlook.com [40.107.244.98])",
                "mx.example.org with ESMTPS id PrR2dg7kq1"),
           extra=(("Thread-Topic", "Panel interview moved to Tuesday 11/3"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(14), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-05 15:00", BER), end=utc("2026-11-05 15:45", BER),
      contact="katrin.albers@ostwind-energy.de", company="Ostwind Energy Systems GmbH",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:45", zone=BER,
      note="SmartRecruiters cancellation without a new time (position on hold): cancelled slot 'Thursday, "
           "November 5, 2026, 3:00 PM - 3:45 PM (CET)' -> 14:00-14:45Z; contact = recruiter in body")
def p14() -> bytes:
    body = t("""
        Dear Tobias,

        We regret to inform you that your interview for Manufacturing Planning Engineer (remote,
        Germany) scheduled for Thursday, November 5, 2026, 3:00 PM - 3:45 PM (CET) has been cancelled.

        The position has been put on hold for budget reasons. We will keep your application on file
        and contact you should the role be reopened.

        If you have any questions, please reach out to Katrin Albers, Talent Acquisition
        (katrin.albers@ostwind-energy.de).

        Kind regards,
        Ostwind Energy Systems Recruiting Team

        This email was sent via SmartRecruiters. Please do not reply to this email.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <div style="max-width:600px;margin:auto">
        <p>Dear Tobias,</p>
        <p>We regret to inform you that your interview for <strong>Manufacturing Planning Engineer (remote, Germany)</strong>
        scheduled for <strong>Thursday, November 5, 2026, 3:00 PM - 3:45 PM (CET)</strong> has been cancelled.</p>
        <p>The position has been put on hold for budget reasons. We will keep your application on file and contact you
        should the role be reopened.</p>
        <p>If you have any questions, please reach out to Katrin Albers, Talent Acquisition
        (<a href="mailto:katrin.albers@ostwind-energy.de">katrin.albers@ostwind-energy.de</a>).</p>
        <p>Kind regards,<br>Ostwind Energy Systems Recruiting Team</p>
        <p style="font-size:11px;color:#999">This email was sent via SmartRecruiters. Please do not reply to this email.</p>
        </div></body></html>
        """)
    hs = H(addr("Ostwind Energy Systems", "noreply@smartrecruiters.com"),
           "Interview cancelled: Manufacturing Planning Engineer", "2026-11-02 09:10", BER,
           "<0100019a2b7f3c41-8e1d2a6b-5c0f-4b37-9a8e-61f4d0c2b7e9-000000@email.smartrecruiters.com>",
           rcv=("from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])", "mx.example.org with ESMTPS id Sm4rtR3c1z"))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


def ics_bookings() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Riedel Kunststofftechnik - Bewerbungsgespräche:mailto:Bewerbungsgespraeche@riedel-kunststoff.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Haider:mailto:tobias.haider@example.org
DESCRIPTION;LANGUAGE=de-DE:Kennenlerngespräch Produktionsplanung mit Monika Seitz
UID:040000008200E00074C5B7101A82E00800000000F1B0A9E11A71DC01000000000000000010000000A4C3E1F07B2D6E4A9C0F5D83E2B1A7C6
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Produktionsplanung
DTSTART;TZID=W. Europe Standard Time:20261113T103000
DTEND;TZID=W. Europe Standard Time:20261113T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T074100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(N(15), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-13 10:30", BER), end=utc("2026-11-13 11:15", BER),
      contact=None, company="Riedel Kunststofftechnik GmbH",
      local="Fri 2026-11-13 10:30", local_end="2026-11-13 11:15", zone=BER,
      note="Microsoft Bookings confirmation from a shared Bookings mailbox: 'Freitag, 13. November 2026 10:30 "
           "(UTC+01:00) Amsterdam, Berlin...' 45 minutes, CET -> 09:30-10:15Z; ICS in 'W. Europe Standard Time'; "
           "only a staff name (no personal address) -> contact null")
def p15() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Tobias Haider,</p>
        <p>vielen Dank für Ihre Buchung bei Riedel Kunststofftechnik - Bewerbungsgespräche.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Dienstleistung</td><td>Kennenlerngespräch Produktionsplanung</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Freitag, 13. November 2026 10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Monika Seitz</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Online-Besprechung (Microsoft Teams)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2MmQ1ZjgtYTE5Yy00ZjQwLWI0MDAtNzM1YzE3ZjU0ZTA4%40thread.v2/0">An Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RiedelKunststofftechnikBewerbungsgesprche@riedel-kunststoff.de/bookings/">Verwalten Sie Ihre Buchung</a></p>
        <p style="font-size:12px;color:#605e5c">Riedel Kunststofftechnik GmbH · Derchinger Straße 120 · 86165 Augsburg</p>
        </body></html>
        """)
    hs = H(addr("Riedel Kunststofftechnik - Bewerbungsgespräche", "Bewerbungsgespraeche@riedel-kunststoff.de"),
           "Gebuchter Termin bei Riedel Kunststofftechnik - Bewerbungsgespräche für Tobias Haider", "2026-11-09 08:41", BER,
           "<AS8PR02MB9872C0B8E1D544F9A31B7E90F1FD2@AS8PR02MB9872.eurprd02.prod.outlook.com>",
           rcv=("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2071.outbound.protection.outlook.com [40.107.247.71])",
                "mx.example.org with ESMTPS id Bk0oK1nGs5"),
           extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(html(page, cte="base64"), calendar(ics_bookings(), cte="base64")))


@mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-17 08:00", BER), contact="georg.hirschberger@altmuehl-kunststoff.de",
      company="Altmühl Kunststoffwerk GmbH", local="Tue 2026-11-17 08:00", zone=BER,
      note="Bavarian phone-written reply sent Mon 9 Nov: 'am Dienstag in acht Tagen um acht in da Fruah' = "
           "Tuesday 17 Nov (the Tuesday after next, 8 days on), 08:00 CET -> 07:00Z; no length -> end null; "
           "contact = sender")
def p16() -> bytes:
    body = t("""
        Servus Herr Haider,

        passt, dann sagma am Dienstag in acht Tagen um acht in da Fruah bei uns im Werk in
        Ingolstadt-Nord, Pforte 2. Frühstück gibts bei uns in der Kantine, zum Gespräch kommt dann
        noch da Herr Lindl vom Einkauf dazu.

        Griaß
        G. Hirschberger

        Von meinem iPhone gesendet

        > Am 09.11.2026 um 16:12 schrieb Tobias Haider <tobias.haider@example.org>:
        >
        > Sehr geehrter Herr Hirschberger,
        >
        > vielen Dank für das nette Telefonat. Wie besprochen könnte ich in der Woche ab dem 16.11.
        > jeden Tag vormittags nach Ingolstadt kommen.
        >
        > Mit freundlichen Grüßen
        > Tobias Haider
        """)
    hs = H(addr("Georg Hirschberger", "georg.hirschberger@altmuehl-kunststoff.de"), "Re: Termin Vorstellung Fertigungsplanung",
           "2026-11-09 19:22", BER, "<A7C9E2F1-4B3D-4E8A-9F21-6D0C5B8E7A13@altmuehl-kunststoff.de>",
           rcv=("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])", "mx.example.org with ESMTPS id Ha1rT0uGg8"),
           extra=(("In-Reply-To", "<c2e81f4a-77b0-4f1e-9d3a-5a6b0e2c9f18@example.org>"),
                  ("X-Mailer", "iPhone Mail (21H221)")))
    return message(hs, text(body, cte="8bit"))


def ics_lever() -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[BER]}
BEGIN:VEVENT
UID:lever-8d41c2e7-0b5a-4f93-a1d6-3e9c72b0f5a8
DTSTAMP:20261116T083000Z
SEQUENCE:1
DTSTART;TZID=Europe/Berlin:20261119T133000
DTEND;TZID=Europe/Berlin:20261119T143000
SUMMARY:Interview: Tobias Haider <> Brightline (Production Systems Engineer)
ORGANIZER;CN=Noah Fischer:mailto:noah.fischer@brightline-os.com
ATTENDEE;CN=Tobias Haider;RSVP=TRUE:mailto:tobias.haider@example.org
LOCATION:https://brightline-os.zoom.us/j/93177250641
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-19 13:30", BER), end=utc("2026-11-19 14:30", BER),
      contact="noah.fischer@brightline-os.com", company="Brightline Factory OS GmbH",
      local="Thu 2026-11-19 13:30", local_end="2026-11-19 14:30", zone=BER,
      note="Lever reschedule stating old (Wed 18 Nov, 11:00 AM CET) and new 'Thursday, November 19, 2026, 1:30 PM "
           "– 2:30 PM CET' -> 12:30-13:30Z; ICS SEQUENCE:1 agrees; contact = Reply-To recruiter")
def p17() -> bytes:
    body = t("""
        Hi Tobias,

        Your interview for Production Systems Engineer at Brightline has been rescheduled.

        NEW TIME
        Thursday, November 19, 2026, 1:30 PM – 2:30 PM CET

        Previously scheduled for Wednesday, November 18, 2026, 11:00 AM – 12:00 PM CET

        Interviewers: Noah Fischer (Recruiting), Ilse Baumann (Head of Customer Engineering)
        Location: https://brightline-os.zoom.us/j/93177250641

        An updated calendar invitation is attached. Reply to this email if you have questions.

        Best,
        Brightline Recruiting

        Sent via Lever
        """)
    hs = H(addr("Brightline Factory OS", "no-reply@hire.lever.co"),
           "Rescheduled: Interview with Brightline for Production Systems Engineer", "2026-11-16 09:30", BER,
           "<20261116083000.1.8d41c2e70b5a4f93@hire.lever.co>",
           rcv=("from mail-r3.hire.lever.co (mail-r3.hire.lever.co [198.2.180.43])", "mx.example.org with ESMTPS id Lv3rR3s9hd"),
           extra=(("Reply-To", addr("Noah Fischer", "noah.fischer@brightline-os.com")),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics_lever(), cte="base64", filename="invite.ics", disposition="attachment")))


def ics_filstal() -> str:
    return """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview Scheduler//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:sg-8872144-iv-2@softgarden.io
DTSTAMP:20261117T093100Z
DTSTART;VALUE=DATE:20261126
DTEND;VALUE=DATE:20261127
SUMMARY:Vorstellungstag Filstal Gießerei GmbH
LOCATION:Filstal Gießerei GmbH, Werkstraße 8, 73037 Göppingen
DESCRIPTION:Beginn 13:00 Uhr am Empfang (Verwaltungsgebäude)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""


@mail(N(18), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-26 13:00", BER), contact="petra.lindner@filstal-guss.de",
      company="Filstal Gießerei GmbH", local="Thu 2026-11-26 13:00", zone=BER,
      note="softgarden invitation (iso-8859-15 QP) with an all-day ICS for 26 Nov; the time is only in the text: "
           "'Do., 26.11.2026, Beginn 13:00 Uhr' (CET) -> 12:00Z; 'Ende ca. 16:30 Uhr' is approximate -> end null; "
           "contact = the named HR contact in the body")
def p18() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        wir freuen uns, Sie zu unserem Vorstellungstag für die Position

            Produktionsplaner / Fertigungssteuerer (m/w/d) - Standort Göppingen

        einzuladen.

        Datum:   Do., 26.11.2026
        Beginn:  13:00 Uhr, Empfang Verwaltungsgebäude
        Ende:    ca. 16:30 Uhr
        Ablauf:  Gespräch mit Fachbereich und Personal, anschließend Rundgang durch Gießerei und
                 Mechanische Bearbeitung (bitte festes Schuhwerk)

        Adresse: Filstal Gießerei GmbH, Werkstraße 8, 73037 Göppingen

        Einen Kalendereintrag finden Sie im Anhang. Fahrtkosten erstatten wir Ihnen gerne
        (2. Klasse DB bzw. 0,30 € je km).

        Ihre Ansprechpartnerin: Frau Petra Lindner, Personalreferentin
        E-Mail: petra.lindner@filstal-guss.de, Telefon: 07161 6 04-215

        Mit freundlichen Grüßen
        Filstal Gießerei GmbH

        --
        Diese Nachricht wurde über softgarden e-recruiting versendet.
        """)
    hs = H(addr("Filstal Gießerei GmbH", "noreply@softgarden.io", charset="iso-8859-15"),
           "Einladung zum Vorstellungstag am 26.11.2026", "2026-11-17 10:31", BER,
           "<8872144.2.1794907860213@mail.softgarden.io>",
           rcv=("from mail.softgarden.io (mail.softgarden.io [185.17.253.70])", "mx.example.org with ESMTPS id S0ftG4rd3n"))
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                             calendar(ics_filstal(), method="PUBLISH", cte="quoted-printable",
                                      filename="Vorstellungstag.ics", disposition="attachment")))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-25 09:30", BER), end=utc("2026-11-25 12:30", BER),
      contact="hannah.seidl@corvel-automation.com", company="Corvel Industrial Automation GmbH",
      local="Wed 2026-11-25 09:30", local_end="2026-11-25 12:30", zone=BER,
      note="GoodTime onsite itinerary in Garching (CET): three sessions 9:30 AM to 12:30 PM -> start = first "
           "session 08:30Z, end = last session end 11:30Z; contact = Reply-To coordinator")
def p19() -> bytes:
    body = t("""
        Hi Tobias,

        Your onsite interview with Corvel Industrial Automation is confirmed. Please find your
        itinerary below.

        Wednesday, November 25, 2026 (all times CET, Munich)
        Corvel Industrial Automation GmbH, Lichtenbergstraße 6, 85748 Garching bei München

          9:30 AM - 10:15 AM    Florian Eder, Director Manufacturing Engineering
          10:30 AM - 11:15 AM   Case exercise: capacity planning (with Aylin Korkmaz, Sr. Planner)
          11:30 AM - 12:30 PM   Shop floor tour and lunch with the planning team

        Please check in at reception 10 minutes early and bring a photo ID for your visitor badge.
        Parking is available in the P2 visitor lot.

        If anything comes up, reply to this email to reach your coordinator, Hannah Seidl.

        See you soon,
        Corvel Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Tobias,</p>
        <p>Your onsite interview with Corvel Industrial Automation is confirmed. Please find your itinerary below.</p>
        <p><b>Wednesday, November 25, 2026</b> (all times CET, Munich)<br>
        Corvel Industrial Automation GmbH, Lichtenbergstraße 6, 85748 Garching bei München</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
        <tr><th>Time</th><th>Session</th></tr>
        <tr><td>9:30 AM - 10:15 AM</td><td>Florian Eder, Director Manufacturing Engineering</td></tr>
        <tr><td>10:30 AM - 11:15 AM</td><td>Case exercise: capacity planning (with Aylin Korkmaz, Sr. Planner)</td></tr>
        <tr><td>11:30 AM - 12:30 PM</td><td>Shop floor tour and lunch with the planning team</td></tr>
        </table>
        <p>Please check in at reception 10 minutes early and bring a photo ID for your visitor badge. Parking is available in the P2 visitor lot.</p>
        <p>If anything comes up, reply to this email to reach your coordinator, Hannah Seidl.</p>
        <p>See you soon,<br>Corvel Talent Team</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = H(addr("Corvel Recruiting", "no-reply@goodtime.io"),
           "Your interview itinerary: Corvel Industrial Automation, Wed Nov 25", "2026-11-18 14:02", BER,
           "<20261118130214.5f7c2d.goodtime@mail.goodtime.io>",
           rcv=("from mail.goodtime.io (mail.goodtime.io [198.37.150.24])", "mx.example.org with ESMTPS id G00dT1m3yo"),
           extra=(("Reply-To", addr("Hannah Seidl", "hannah.seidl@corvel-automation.com")),))
    return message(hs, alt(text(body), html(page)))


def ics_harakeke() -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20261201T080000
DTEND;TZID=Pacific/Auckland:20261201T090000
DTSTAMP:20261124T211500Z
ORGANIZER;CN=Mere Tawhiri:mailto:mere.tawhiri@harakeke.co.nz
UID:5kq2n8v0d3r7b1c9t6f4h2j8m0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.haider@example.org;X-NUM-GUESTS=0:mailto:tobias.haider@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mere Tawhiri;X-NUM-GUESTS=0:mailto:mere.tawhiri@harakeke.co.nz
DESCRIPTION:Interview for the Operations Planning Lead (remote\\, EU-based). For you in Augsburg that is Monday 30 November\\, 8pm.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harakeke Software - Operations Planning Lead interview (Tobias Haider)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(20), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:00", "Pacific/Auckland"), end=utc("2026-12-01 09:00", "Pacific/Auckland"),
      contact="mere.tawhiri@harakeke.co.nz", company="Harakeke Software Ltd",
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 09:00", zone="Pacific/Auckland",
      note="Google Calendar invitation from Auckland: 'Tuesday 1 Dec 2026 8am - 9am (New Zealand Daylight Time)', "
           "NZDT UTC+13 -> Mon 30 Nov 19:00-20:00Z (the previous day in UTC; 20:00 Monday in Augsburg as the "
           "description says); contact = ORGANIZER")
def p20() -> bytes:
    body = t("""
        You have been invited to the following event.

        Harakeke Software - Operations Planning Lead interview (Tobias Haider)
        Tuesday 1 Dec 2026 ⋅ 8am – 9am
        New Zealand Daylight Time - Auckland

        Join with Google Meet
        https://meet.google.com/hka-rwtp-zno

        Organiser
        Mere Tawhiri
        mere.tawhiri@harakeke.co.nz

        Guests
        Mere Tawhiri - organiser
        tobias.haider@example.org

        Interview for the Operations Planning Lead (remote, EU-based). For you in Augsburg that is
        Monday 30 November, 8pm.

        Reply for tobias.haider@example.org: Yes / No / Maybe  More options
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxMm44djBkM3I3YjFjOXQ2ZjRoMmo4bTA

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    hs = H(addr("Mere Tawhiri", "mere.tawhiri@harakeke.co.nz"),
           "Invitation: Harakeke Software - Operations Planning Lead interview (Tobias Haider) @ Tue 1 Dec 2026 8am - 9am (NZDT) (tobias.haider@example.org)",
           "2026-11-25 10:15", "Pacific/Auckland", "<calendar-7e2a9c41-5b0d-4f3e-8a16-c9d2e0f4b751@google.com>",
           rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "mx.example.org with SMTPS id Hk4r3k3Nz1"),
           extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                  ("Reply-To", addr("Mere Tawhiri", "mere.tawhiri@harakeke.co.nz"))))
    return message(hs, mixed(alt(text(body), html(paras(body)), calendar(ics_harakeke(), cte="base64")),
                             calendar(ics_harakeke(), method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


def ics_schmuttertal() -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ[BER]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T110000
DTEND;TZID=Europe/Berlin:20261202T120000
DTSTAMP:20261127T110500Z
ORGANIZER;CN=Felix Wiedemann:mailto:felix.wiedemann@schmuttertal-logistik.de
UID:2c7v9p1m4k8x0d3f6b5n2q7r1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tobias.haider@example.org;X-NUM-GUESTS=0:mailto:tobias.haider@example.org
CREATED:20261123T161200Z
DESCRIPTION:Zweitgespräch Teamleitung Disposition
LAST-MODIFIED:20261127T110500Z
LOCATION:Schmuttertal Logistik GmbH\\, Industriestraße 21\\, 86368 Gersthofen
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Zweitgespräch Tobias Haider / Schmuttertal Logistik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-02 11:00", BER), end=utc("2026-12-02 12:00", BER),
      contact="felix.wiedemann@schmuttertal-logistik.de", company="Schmuttertal Logistik GmbH",
      local="Wed 2026-12-02 11:00", local_end="2026-12-02 12:00", zone=BER,
      note="German Google Calendar cancellation (METHOD:CANCEL) of 'Mi. 2. Dez. 2026 11:00 - 12:00 (MEZ)' -> "
           "10:00-11:00Z; the organizer's note promises a separate new invitation for Fri 4 Dec 10:00, but this "
           "mail is the cancellation: kind cancelled, start = cancelled slot; contact = ORGANIZER")
def p21() -> bytes:
    body = t("""
        Diese Veranstaltung wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Tobias Haider / Schmuttertal Logistik
        Mittwoch, 2. Dezember 2026 ⋅ 11:00–12:00
        Zeitzone: Mitteleuropäische Zeit - Berlin

        Nachricht von Felix Wiedemann:
        "Sorry Tobias, am Mittwoch hab ich jetzt kurzfristig ein Kundenaudit. Ich schick dir gleich
        eine neue Einladung für Freitag, 4.12., 10 Uhr – sag Bescheid, falls das nicht geht."

        Organisator
        Felix Wiedemann
        felix.wiedemann@schmuttertal-logistik.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind.
        """)
    hs = H(addr("Felix Wiedemann", "felix.wiedemann@schmuttertal-logistik.de"),
           "Abgesagter Termin: Zweitgespräch Tobias Haider / Schmuttertal Logistik @ Mi. 2. Dez. 2026 11:00 - 12:00 (MEZ) (tobias.haider@example.org)",
           "2026-11-27 12:05", BER, "<calendar-b1d40e7f-9a3c-4c26-8f5e-07a2d6c9e3f1@google.com>",
           rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "mx.example.org with SMTPS id Sc4mUt7lQ2"),
           extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                  ("Reply-To", addr("Felix Wiedemann", "felix.wiedemann@schmuttertal-logistik.de"))))
    return message(hs, mixed(alt(text(body), html(paras(body)), calendar(ics_schmuttertal(), method="CANCEL", cte="base64")),
                             calendar(ics_schmuttertal(), method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(22), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-08 14:30", BER), contact="sandra.ruf@zusamtal-elektro.de",
      company="Zusamtal Elektro GmbH", local="Tue 2026-12-08 14:30", zone=BER,
      note="JOIN interview invitation: '08.12.26 um 14:30 Uhr' (HTML: 'Di., 8. Dez. · 14:30'), CET -> 13:30Z; "
           "no length -> end null; contact = the hiring contact's address in the body")
def p22() -> bytes:
    body = t("""
        Hallo Tobias Haider,

        Zusamtal Elektro GmbH hat Sie zu einem Vorstellungsgespräch eingeladen:

        Stelle:       Produktionsplaner (m/w/d) Schaltschrankbau
        Termin:       08.12.26 um 14:30 Uhr
        Ort:          Zusamtal Elektro GmbH, Gewerbering 5, 86637 Wertingen
        Kontakt:      Sandra Ruf, sandra.ruf@zusamtal-elektro.de

        Nachricht von Sandra Ruf:
        "Hallo Herr Haider, wir freuen uns auf das Gespräch mit Ihnen! Bitte klingeln Sie am
        Haupteingang, ich hole Sie dort ab."

        Viel Erfolg!
        Ihr JOIN Team

        JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f7f7f8">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:8px">
        <h2 style="font-size:20px">Einladung zum Vorstellungsgespräch</h2>
        <p>Hallo Tobias Haider,</p>
        <p><b>Zusamtal Elektro GmbH</b> hat Sie zu einem Vorstellungsgespräch eingeladen.</p>
        <div style="border:1px solid #e3e3e8;border-radius:6px;padding:12px">
        <div style="font-size:13px;color:#6b6b76">Produktionsplaner (m/w/d) Schaltschrankbau</div>
        <div style="font-size:18px;font-weight:600">Di., 8. Dez. · 14:30</div>
        <div>Gewerbering 5, 86637 Wertingen</div>
        </div>
        <p>Kontakt: Sandra Ruf, <a href="mailto:sandra.ruf@zusamtal-elektro.de">sandra.ruf@zusamtal-elektro.de</a></p>
        <p style="background:#f1f5ff;padding:10px">&bdquo;Hallo Herr Haider, wir freuen uns auf das Gespräch mit Ihnen! Bitte klingeln Sie am Haupteingang, ich hole Sie dort ab.&ldquo;</p>
        <p>Viel Erfolg!<br>Ihr JOIN Team</p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Sihlquai 253 · 8005 Zürich</p>
        </div></body></html>
        """)
    hs = H(addr("Zusamtal Elektro GmbH über JOIN", "noreply@join.com"),
           "Einladung zum Vorstellungsgespräch bei Zusamtal Elektro GmbH", "2026-12-01 11:02", BER,
           "<20261201100212.d81f3c6a29be@join.com>",
           rcv=("from mail.join.com (mail.join.com [159.183.17.211])", "mx.example.org with ESMTPS id J01nC0m7Rz"))
    return message(hs, alt(text(body), html(page)))


def ics_schwabentor() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Reiter Claudia:mailto:claudia.reiter@schwabentor-aero.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.haider@example.org:mailto:tobias.haider@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Strobel Andreas:mailto:andreas.strobel@schwabentor-aero.de
DESCRIPTION;LANGUAGE=de-DE:Zweites Gespräch mit Fallstudie und Werksrundgang\\n
UID:040000008200E00074C5B7101A82E00800000000A3E7C2D91C84DC01000000000000000010000000B7E1D04F9C2A3B4D8E6F7A1C0D2E3F41
SUMMARY;LANGUAGE=de-DE:2. Gespräch Haider - Fertigungssteuerung Rumpfsektionen
DTSTART;TZID=W. Europe Standard Time:20261210T090000
DTEND;TZID=W. Europe Standard Time:20261210T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T123700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Werk 1\\, Haunstetter Str. 225\\, Besprechungsraum Lech (Geb. 12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@mail(N(23), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:00", BER), end=utc("2026-12-10 12:00", BER),
      contact="claudia.reiter@schwabentor-aero.de", company="Schwabentor Aerostructures GmbH",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 12:00", zone=BER,
      note="Exchange meeting request whose body names no date or time ('anbei die Einladung'); the time is only "
           "in the ICS: DTSTART;TZID=W. Europe Standard Time 20261210T090000-120000 (CET) -> 08:00-11:00Z; "
           "contact = sender / ORGANIZER")
def p23() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        wie heute Vormittag telefonisch besprochen, erhalten Sie anbei die Einladung zu unserem
        zweiten Gespräch (Fallstudie zur Fertigungssteuerung und anschließender Werksrundgang mit
        Herrn Strobel).

        Bitte bringen Sie Ihren Personalausweis mit, da wir für den Werksrundgang einen
        Besucherausweis benötigen (Luftfahrt-Sicherheitsbereich). Für die Fallstudie brauchen Sie
        keinen Laptop.

        Mit freundlichen Grüßen

        Claudia Reiter
        Personalreferentin
        Schwabentor Aerostructures GmbH
        Haunstetter Straße 225, 86179 Augsburg
        Tel.: +49 821 7405-3318
        claudia.reiter@schwabentor-aero.de

        Sitz der Gesellschaft: Augsburg, Registergericht Augsburg HRB 31877
        """)
    hs = H(addr("Reiter Claudia", "claudia.reiter@schwabentor-aero.de"),
           "2. Gespräch Haider - Fertigungssteuerung Rumpfsektionen", "2026-12-03 13:37", BER,
           "<FR2P281MB2217D3A9C01E4B5F86E72C10B4A13@FR2P281MB2217.DEUP281.PROD.OUTLOOK.COM>",
           rcv=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2100.outbound.protection.outlook.com [40.107.135.100])",
                "mx.example.org with ESMTPS id Sw4bT0rAe1"),
           extra=(("Thread-Topic", "2. Gespraech Haider - Fertigungssteuerung Rumpfsektionen"),
                  ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(paras(body), charset="iso-8859-1"),
                           calendar(ics_schwabentor(), cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Employment-agency invitation to a counselling appointment with a fixed time (Mi. 16.09.2026, 09:15 Uhr): "
           "an appointment, not a job interview")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        bitte kommen Sie am

            Mittwoch, 16.09.2026, um 09:15 Uhr

        zu einem Gespräch über Ihre berufliche Situation in die Agentur für Arbeit Augsburg,
        Wertachstraße 28, 86153 Augsburg, Zimmer 2.114, zu Ihrer Beraterin Frau Hermine Ziegler.

        Bitte bringen Sie mit:
        - Ihren Personalausweis
        - Ihre aktuellen Bewerbungsunterlagen (Lebenslauf, Zeugnisse)
        - Nachweise über Ihre Eigenbemühungen seit der Arbeitsuchendmeldung

        Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit.
        Hinweis: Dies ist eine Einladung nach § 309 SGB III.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Augsburg

        Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte nicht auf diese E-Mail,
        sondern nutzen Sie das Postfach in Ihrem Online-Konto.
        """)
    hs = H(addr("Agentur für Arbeit Augsburg", "noreply@arbeitsagentur-postfach.example.de"),
           "Einladung zu einem Beratungsgespräch am 16.09.2026", "2026-09-08 07:58", BER,
           "<e2b7d9a4-1c53-4f8e-8a60-3d91b0f7c2e5@arbeitsagentur-postfach.example.de>",
           rcv=("from mx1.arbeitsagentur-postfach.example.de (mx1.arbeitsagentur-postfach.example.de [203.0.113.41])",
                "mx.example.org with ESMTPS id Aa9b1tSg0x"),
           extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="A local reporter confirms a phone interview WITH the user for an article (Fr., 9. Oktober, 11 Uhr): "
           "press, not a job interview")
def n25() -> bytes:
    body = t("""
        Hallo Herr Haider,

        herzlichen Dank, dass Sie sich für unsere Serie "Wendepunkte – Berufswechsel in der Region"
        Zeit nehmen! Dann bleibt es beim Telefoninterview am Freitag, 9. Oktober, um 11 Uhr. Ich rufe
        Sie auf Ihrem Handy an, wir brauchen etwa eine halbe Stunde.

        Themen wären grob: warum Sie sich nach acht Jahren in der Automobilzulieferung neu orientieren,
        wie Sie den Arbeitsmarkt in Augsburg gerade erleben, und was Sie Berufseinsteigern raten würden.
        Ein Fotograf würde sich separat wegen eines Porträts melden.

        Viele Grüße aus der Redaktion
        Verena Gruber
        Lokalredaktion Augsburg
        Lech-Kurier | Ludwigstraße 14 | 86152 Augsburg
        verena.gruber@lech-kurier.example.de
        """)
    hs = H(addr("Verena Gruber", "verena.gruber@lech-kurier.example.de"), "Re: Interview für unsere Serie \"Wendepunkte\"",
           "2026-10-05 14:22", BER, "<7f1c2d0e-9b8a-4c37-a5e1-26d04b9f3c81@lech-kurier.example.de>",
           rcv=("from mail.lech-kurier.example.de (mail.lech-kurier.example.de [203.0.113.87])", "mx.example.org with ESMTPS id Lk9Ur1eR0c"),
           extra=(("In-Reply-To", "<1d9e6a0b-5c42-4f71-b8e3-0a7f2c91d654@example.org>"),))
    return message(hs, alt(text(body, cte="8bit"), html(paras(body))))


def ics_podcast() -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[BER]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261022T180000
DTEND;TZID=Europe/Berlin:20261022T190000
DTSTAMP:20261015T091200Z
ORGANIZER;CN=Jonas Wirth:mailto:jonas@schichtwechsel-podcast.example.com
UID:6h3k9d1v2b7n0m4c8x5z1q3w7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.haider@example.org:mailto:tobias.haider@example.org
SUMMARY:Aufnahme Schichtwechsel #87 – Interview mit Tobias Haider
LOCATION:https://riverside.fm/studio/schichtwechsel
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(26), family="podcast", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Podcast host confirms a recording slot ('Interview mit Tobias Haider', Do. 22.10., 18-19 Uhr) with an ICS: "
           "the user is a podcast guest, not a job candidate")
def n26() -> bytes:
    body = t("""
        Hi Tobias,

        mega, dass du bei Schichtwechsel dabei bist! Die Aufnahme für Folge #87 ("Feinplanung mit
        Excel-Altlasten – und wie man da rauskommt") steht: Donnerstag, 22.10., 18:00–19:00 Uhr.
        Einladung mit dem Riverside-Link kommt per Kalender.

        Technik-Check: Headset oder USB-Mikro reicht, bitte Chrome nehmen und Benachrichtigungen aus.
        Das Interview läuft locker, ich schick dir vorab noch 5–6 Leitfragen.

        Bis dann!
        Jonas

        Schichtwechsel – der Podcast für Leute aus Produktion & Logistik
        """)
    hs = H(addr("Jonas Wirth", "jonas@schichtwechsel-podcast.example.com"), "Aufnahmetermin Podcast-Interview #87",
           "2026-10-15 11:12", BER, "<CAH7x2kP0fQ9a1mZtLr3V8yN5b-Wc2Ez6sJd@mail.gmail.com>",
           rcv=("from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "mx.example.org with ESMTPS id Pd9cA5tRe1"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), calendar(ics_podcast(), cte="base64")))


def ics_mba() -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=EMBA Admissions:mailto:emba-admissions@lsm-augsburg.example.de
ATTENDEE;CN=Tobias Haider;RSVP=TRUE:mailto:tobias.haider@example.org
UID:040000008200E00074C5B7101A82E00800000000C4E1B2A71F93DC010000000000000000100000005D2A7E3B9C1F4A6E8B0D2C4E6F8A1B3C
SUMMARY;LANGUAGE=en-US:Executive MBA Admissions Interview - Tobias Haider
DTSTART;TZID=W. Europe Standard Time:20261120T150000
DTEND;TZID=W. Europe Standard Time:20261120T154500
DTSTAMP:20261112T100400Z
LOCATION;LANGUAGE=en-US:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(27), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Business-school admissions interview for a part-time Executive MBA, fixed time with ICS: an admission "
           "interview, not a job interview")
def n27() -> bytes:
    body = t("""
        Dear Tobias,

        Thank you for your application to the part-time Executive MBA (Intake April 2027). We are
        pleased to invite you to an admissions interview with our Academic Director.

        Date:      Friday, 20 November 2026
        Time:      15:00 - 15:45 (CET)
        Format:    Zoom (link in the calendar invitation)
        Panel:     Prof. Dr. Ruth Engelhard, Academic Director; Mark Lenz, Admissions

        The interview covers your motivation, your leadership experience and how you plan to combine
        the programme with your work. No preparation is required beyond your application essay.

        Best regards,
        EMBA Admissions Office
        Lechfeld School of Management, Augsburg
        """)
    hs = H(addr("EMBA Admissions - Lechfeld School of Management", "emba-admissions@lsm-augsburg.example.de"),
           "Executive MBA - Invitation to your admissions interview", "2026-11-12 11:04", BER,
           "<VI1PR08MB5310A2E4C7D91B3F60E8C7A1B2DF0@VI1PR08MB5310.eurprd08.prod.outlook.com>",
           rcv=("from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2055.outbound.protection.outlook.com [40.107.8.55])",
                "mx.example.org with ESMTPS id Mb4aDm1s5n"))
    return message(hs, alt(text(body), html(paras(body)), calendar(ics_mba(), cte="base64")))


@mail(N(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Youth football coach confirms a try-out (Probetraining) for the user's son, Sat 3 Oct 10:00: not a job interview")
def n28() -> bytes:
    body = t("""
        Hallo Tobias,

        passt, dann soll dr Leo am Samstag um 10 zum Probetraining bei dr U11 kommen, Sportplatz an
        dr Hochfeldstraße, Platz 2 (Kunstrasen). Fußballschuh mit Nocke, Schienbeinschoner, was zum
        Trinke. Mir machet ca. 90 Minuten, danach könnet mir kurz über d Anmeldung schwätze.

        Gruß
        Ferdl Schuster
        Jugendtrainer U11
        SV Lechhausen-Ost e.V. - Abteilung Fußball
        """)
    hs = H(addr("Ferdinand Schuster", "ferdl.schuster@example.net"), "AW: Probetraining Leo U11",
           "2026-09-29 20:41", BER, "<trinity-4c7d1a0e-52b9-4e3f-8f06-9d2e71b4c8a5-1790707260718@3c-app-gmx-bs42>",
           rcv=("from mout.gmx.net (mout.gmx.net [212.227.17.21])", "mx.example.org with ESMTPS id Sv1eOs7Tr2"))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Car dealership workshop appointment confirmation (Mo. 19.10.2026, 07:30 Uhr, Inspektion + Reifenwechsel): "
           "fixed time, not an interview")
def n29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3 style="color:#003a70">Ihre Terminbestätigung</h3>
        <p>Sehr geehrter Herr Haider,</p>
        <p>vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Werkstatttermin:</p>
        <table cellpadding="4">
        <tr><td>Termin:</td><td><b>Montag, 19.10.2026, 07:30 Uhr</b> (Fahrzeugannahme)</td></tr>
        <tr><td>Fahrzeug:</td><td>Skoda Octavia Combi, A-TH 4711</td></tr>
        <tr><td>Leistungen:</td><td>Inspektion, Räderwechsel auf Winterräder (eingelagert)</td></tr>
        <tr><td>Serviceberater:</td><td>Herr Kugelmann</td></tr>
        <tr><td>Voraussichtliche Fertigstellung:</td><td>ca. 16:00 Uhr</td></tr>
        </table>
        <p>Einen Ersatzwagen haben wir für Sie reserviert. Bitte bringen Sie Ihr Serviceheft mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Autohaus Wertach Mayr GmbH & Co. KG · Bürgermeister-Ackermann-Str. 60 · 86156 Augsburg</p>
        </body></html>
        """).replace(" & ", " &amp; ")
    hs = H(addr("Autohaus Wertach Mayr - Service", "service@autohaus-wertach-mayr.example.de"),
           "Terminbestätigung Werkstatt: Mo, 19.10.2026, 07:30 Uhr", "2026-10-13 16:20", BER,
           "<20261013142011.71D3A2B0C@crm.autohaus-wertach-mayr.example.de>",
           rcv=("from crm.autohaus-wertach-mayr.example.de (crm.autohaus-wertach-mayr.example.de [203.0.113.150])",
                "mx.example.org with ESMTPS id Ah4uS1eRv3"))
    return message(hs, html(page, charset="windows-1252", cte="quoted-printable"))


@mail(N(30), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Bank advisor confirms a consultation (Altersvorsorge / Abfindung) on Do., 12.11., 17:00 Uhr: not an interview")
def n30() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        hiermit bestätige ich Ihnen unseren Beratungstermin zum Thema Anlage Ihrer Abfindung und
        Altersvorsorge:

        Donnerstag, 12.11.2026, 17:00 Uhr
        Lechtal Bank eG, Geschäftsstelle Pfersee, Augsburger Str. 41, 86157 Augsburg

        Bitte bringen Sie, falls vorhanden, Ihre letzte Renteninformation und den Aufhebungsvertrag
        mit. Der Termin dauert erfahrungsgemäß etwa eine Stunde.

        Freundliche Grüße
        Julian Seethaler
        Private Banking
        Lechtal Bank eG
        Telefon 0821 3492-1471
        """)
    hs = H(addr("Julian Seethaler", "julian.seethaler@lechtalbank.example.de"), "Ihr Beratungstermin am 12.11.2026",
           "2026-11-05 09:44", BER, "<0a4f1b2c3d5e.julian.seethaler@lechtalbank.example.de>",
           rcv=("from mail.lechtalbank.example.de (mail.lechtalbank.example.de [203.0.113.201])", "mx.example.org with ESMTPS id Lb2aNk7Cf4"))
    return message(hs, text(body, charset="utf-8", cte="base64"))


@mail(N(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Career coach confirms a booked mock interview (Probe-Vorstellungsgespräch) on Di., 6.10., 18:00-19:30 via "
           "Zoom: practice with a coach, not a job interview")
def n31() -> bytes:
    body = t("""
        Lieber Tobias,

        schön, dass du das Paket "Interview-Fit" gebucht hast! Hier die Bestätigung für unsere erste
        Einheit:

        Probe-Vorstellungsgespräch (Mock Interview) mit Videoanalyse
        Dienstag, 6. Oktober 2026, 18:00–19:30 Uhr, per Zoom
        https://us02web.zoom.us/j/81734402271

        Bitte schick mir bis Sonntag die Stellenanzeige, auf die wir uns vorbereiten wollen (du
        hattest die Neckarblick-Stelle in Stuttgart erwähnt) und deinen aktuellen Lebenslauf. Ich
        spiele dann die Rolle des Personalers, danach gehen wir die Aufnahme gemeinsam durch.

        Herzliche Grüße
        Annette Vogt
        Karriere- & Bewerbungscoaching, Augsburg
        annette@vogt-coaching.example.de | www.vogt-coaching.example.de
        """)
    hs = H(addr("Annette Vogt", "annette@vogt-coaching.example.de"), "Bestätigung: dein Mock Interview am 6.10.",
           "2026-09-30 08:15", BER, "<c5e7a9b1-3d2f-4e60-9a8c-1b0f2e4d6a79@vogt-coaching.example.de>",
           rcv=("from smtp.vogt-coaching.example.de (smtp.vogt-coaching.example.de [203.0.113.66])", "mx.example.org with ESMTPS id Vc0aCh1nG9"))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(32), family="proposal_unconfirmed", lang="de", interview=False, company="Wertinger Präzisionsteile GmbH",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
      note="Hiring manager proposes times ('passt Ihnen der 8.? ... alternativ nächsten Mittwoch um 14.30 Uhr') and "
           "asks for a reply: nothing confirmed yet")
def n32() -> bytes:
    body = t("""
        Hallo Herr Haider,

        danke für Ihre Unterlagen, die haben uns gut gefallen. Wir würden Sie gern zu einem Gespräch
        bei uns in Wertingen einladen. Passt Ihnen der 8.? Dann am Vormittag, so gegen 10. Alternativ
        ginge nächsten Mittwoch um 14.30 Uhr.

        Geben Sie mir einfach kurz Bescheid, was Ihnen lieber ist, dann schicke ich Ihnen eine
        Einladung mit Anfahrtsbeschreibung.

        Schöne Grüße
        Alois Mayer
        Leitung Fertigung
        Wertinger Präzisionsteile GmbH
        alois.mayer@wertinger-praezision.example.de
        """)
    hs = H(addr("Alois Mayer", "alois.mayer@wertinger-praezision.example.de"), "Ihre Bewerbung als Fertigungsplaner",
           "2026-12-02 16:48", BER, "<000001dc63a1$7b2c4e10$71e4ea30$@wertinger-praezision.example.de>",
           rcv=("from smtp.wertinger-praezision.example.de (smtp.wertinger-praezision.example.de [203.0.113.12])",
                "mx.example.org with ESMTPS id Wp9rAeZ1s0"),
           extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(33), family="proposal_unconfirmed", lang="en", interview=False, company="Quellwerk Analytics GmbH",
      note="Recruiter asks 'would Tuesday at 10 work?' and offers Thursday afternoon as an alternative: a proposal "
           "awaiting the candidate's answer, not a confirmation")
def n33() -> bytes:
    body = t("""
        Hi Tobias,

        thanks for the quick reply! Our Head of Supply Chain Solutions, Miriam, would love to have a
        first chat with you. Would Tuesday at 10 work for you? If not, Thursday afternoon is also
        open on her side.

        Once you confirm, I'll send a calendar invite with the Teams link.

        Cheers,
        Oskar Lindahl
        Talent Acquisition | Quellwerk Analytics GmbH, Munich
        oskar.lindahl@quellwerk.example.com
        """)
    hs = H(addr("Oskar Lindahl", "oskar.lindahl@quellwerk.example.com"), "Re: Supply Chain Consultant - first chat",
           "2026-10-22 13:07", BER, "<PR3P193MB0871F0A3E2C14D5B97A18E6C0D7B2@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>",
           rcv=("from EUR03-PR3-obe.outbound.protection.outlook.com (mail-pr3eur03on2042.outbound.protection.outlook.com [40.107.131.42])",
                "mx.example.org with ESMTPS id Qw3lLk9Aa2"),
           extra=(("In-Reply-To", "<8a1f0c2e-4b7d-4d93-a2e6-5c0b9f7d1e34@example.org>"),))
    return message(hs, alt(text(body, cte="7bit"), html(paras(body))))


@mail(N(34), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="The user's sister forwards HER OWN interview confirmation (Greenhouse-style, Tue 13 Oct 10:00 CEST) asking "
           "for tips: a confirmed interview, but not the inbox owner's")
def n34() -> bytes:
    body = t("""
        Hi Tobi,

        schau mal, es hat geklappt!! 🙈 Dienstag hab ich mein erstes richtiges Interview. Hast du am
        Sonntag mal eine halbe Stunde, um mit mir durchzugehen, was die so fragen? Du machst das ja
        gerade dauernd 😅

        Lena

        ---------- Forwarded message ---------
        Von: Alpaka Health Recruiting <no-reply@us.greenhouse-mail.io>
        Date: Mi., 7. Okt. 2026 um 15:12 Uhr
        Subject: Interview Confirmation: Junior UX Researcher at Alpaka Health
        To: <lena.haider@example.net>

        Hi Lena,

        Thanks for making time to speak with us! Here are the details of your upcoming interview
        with Alpaka Health.

        Date: Tuesday, October 13th
        Time: 10:00 AM - 11:00 AM CEST (Europe/Berlin)
        Location: Alpaka Health, Rosenheimer Str. 145, 81671 München

        If you need to make any changes, just reply to this email.

        Best regards,
        Alpaka Health Talent Team
        """)
    hs = H(addr("Lena Haider", "lena.haider@example.net"), "Fwd: Interview Confirmation: Junior UX Researcher at Alpaka Health",
           "2026-10-07 19:46", BER, "<CAJr5nQ1v7Xw0kZp3LbT9hY2mE-f8sUd4cGq@mail.gmail.com>",
           rcv=("from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", "mx.example.org with ESMTPS id Ln4aFw7Dq1"))
    return message(hs, alt(text(body), html(gmail_html(body))))


def ics_panel() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kögel Sandra:mailto:sandra.koegel@wertachtal-ft.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Haider Tobias:mailto:tobias.haider@wertachtal-ft.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bichler Klaus:mailto:klaus.bichler@wertachtal-ft.example.de
DESCRIPTION;LANGUAGE=de-DE:Bewerber: Murat Yilmaz\\, Schichtleitung Montage Linie 3
UID:040000008200E00074C5B7101A82E00800000000E2D7F0A31E98DC0100000000000000001000000093B1C5D7E9F1A3B5C7D9E1F3A5B7C9D1
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hr. Yilmaz - Schichtleitung Montage
DTSTART;TZID=W. Europe Standard Time:20261119T140000
DTEND;TZID=W. Europe Standard Time:20261119T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T131500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Wertach (Verwaltung\\, 1. OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""


@mail(N(35), family="interviewer_panel", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="HR at the user's CURRENT employer invites him as a panel member to interview a candidate (Exchange request, "
           "Thu 19 Nov 14:00): the user is the interviewer, not the candidate; sent to his work address, auto-forwarded")
def n35() -> bytes:
    body = t("""
        Hallo Tobias,

        wie mit Klaus abgesprochen, bist du beim Gespräch mit Herrn Yilmaz (Schichtleitung Montage
        Linie 3) als Fachvertreter Planung dabei. Lebenslauf und Interviewleitfaden liegen im
        Bewerbermanagement, bitte vorher kurz reinschauen und die Bewertungsbögen direkt danach
        ausfüllen.

        Danke dir!
        Sandra

        Sandra Kögel
        Personalreferentin
        Wertachtal Fahrzeugteile GmbH
        """)
    hs = H(addr("Kögel Sandra", "sandra.koegel@wertachtal-ft.example.de"),
           "Vorstellungsgespräch Hr. Yilmaz - Schichtleitung Montage", "2026-11-12 14:15", BER,
           "<BE1P281MB1845F2C07D3A4E9B15C6D2E8A0F93@BE1P281MB1845.DEUP281.PROD.OUTLOOK.COM>",
           to=addr("Haider Tobias", "tobias.haider@wertachtal-ft.example.de"),
           rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2044.outbound.protection.outlook.com [40.107.127.44])",
                "mx.example.org with ESMTPS id Wt4cHf7Pn1"),
           extra=(("Cc", addr("Bichler Klaus", "klaus.bichler@wertachtal-ft.example.de")),
                  ("X-Forwarded-To", ME),
                  ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(paras(body)), calendar(ics_panel(), cte="base64")))


@mail(N(36), family="rejection", lang="de", interview=False, company="Lechwerk Antriebstechnik GmbH",
      days=(("Tue", "2026-09-15"),),
      note="Personio rejection after the interview of 15 Sep (thread with the Lechwerk invitation); mentions the past "
           "interview date only")
def n36() -> bytes:
    body = t("""
        Guten Tag Herr Haider,

        vielen Dank für das angenehme Gespräch am 15.09. und Ihr Interesse an der Position
        Produktionsplaner (m/w/d).

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
        etwas besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leicht
        gefallen.

        Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten.
        Wenn Sie damit einverstanden sind, bestätigen Sie dies bitte über den Link in Ihrem
        Bewerberkonto.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Sabine Kraus
        HR Business Partner
        Lechwerk Antriebstechnik GmbH
        """)
    hs = H(addr("Lechwerk Antriebstechnik GmbH", "no-reply@personio.de"),
           "Ihre Bewerbung als Produktionsplaner (m/w/d)", "2026-09-28 15:02", BER,
           "<0102018f9a7e1c55-3b2d4f60-7a8e-4c91-b2d0-e5f6a7b8c9d0-000000@eu-central-1.amazonses.com>",
           rcv=("from a48-19.smtp-out.eu-central-1.amazonses.com (a48-19.smtp-out.eu-central-1.amazonses.com [54.240.48.19])",
                "mx.example.org with ESMTPS id 4Kf9xR2aWp"),
           extra=(("Reply-To", addr("Sabine Kraus", "sabine.kraus@lechwerk-antriebe.de")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(37), family="offer", lang="de", interview=False, company="Neckarblick Automotive GmbH",
      days=(("Fri", "2026-11-20"), ("Mon", "2027-02-01")),
      note="Written job offer after the interviews (thread with the Neckarblick invitation): start date 1 Feb 2027 and "
           "a reply deadline; no interview")
def n37() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        nach den beiden sehr guten Gesprächen freuen wir uns, Ihnen die Position "Teamleiter
        Produktionsplanung (m/w/d)" am Standort Stuttgart-Feuerbach anbieten zu können.

        Die wesentlichen Eckdaten:
        - Eintritt: 01.02.2027 (erster Arbeitstag Montag, 8:00 Uhr, Onboarding in Gebäude 4)
        - Jahreszielgehalt: 86.500 € brutto zzgl. Erfolgsbeteiligung
        - 30 Tage Urlaub, mobiles Arbeiten bis zu 2 Tage pro Woche
        - Umzugskostenpauschale

        Den Vertragsentwurf finden Sie im Anhang bzw. im Bewerberportal. Wir würden uns über Ihre
        Rückmeldung bis Freitag, 20.11.2026 freuen. Für Rückfragen stehe ich Ihnen jederzeit
        telefonisch zur Verfügung.

        Mit freundlichen Grüßen
        Jan Riedmüller
        Leiter Produktionsplanung
        Neckarblick Automotive GmbH
        jan.riedmueller@neckarblick-auto.de | +49 711 8890-4412
        """)
    hs = H(addr("Jan Riedmüller", "jan.riedmueller@neckarblick-auto.de"), "Vertragsangebot Teamleiter Produktionsplanung",
           "2026-11-11 10:26", BER, "<DB9PR01MB7391B8E2F04D1C6A93E5F7B2C1D04@DB9PR01MB7391.eurprd01.prod.exchangelabs.com>",
           rcv=("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2088.outbound.protection.outlook.com [40.107.15.88])",
                "mx.example.org with ESMTPS id Nk7bL1cK0f"))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(paras(body), charset="iso-8859-15")))


@mail(N(38), family="application_ack", lang="de", interview=False, company="Donauwerk Fahrzeugsysteme AG",
      note="Workday application receipt ('... um gegebenenfalls einen Termin für ein Vorstellungsgespräch zu "
           "vereinbaren'): hypothetical interview, no time")
def n38() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <div style="background:#00305e;color:#fff;padding:14px;font-size:18px">DONAUWERK Karriere</div>
        <p>Sehr geehrter Herr Haider,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Produktionsplaner Karosseriebau (m/w/d)</b> (Req-ID R-0048213).
        Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
        <p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen,
        um gegebenenfalls einen Termin für ein Vorstellungsgespräch zu vereinbaren.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit im Kandidatenportal einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Donauwerk Fahrzeugsysteme AG</p>
        <p style="font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
        """)
    hs = H(addr("Donauwerk Karriere", "donauwerk@myworkday.com"), "Eingangsbestätigung Ihrer Bewerbung – R-0048213",
           "2026-09-07 22:13", BER, "<1309914521.11843.1788811980772@wd5-prod-mail.myworkday.com>",
           rcv=("from wd5-prod-mail.myworkday.com (wd5-prod-mail.myworkday.com [66.117.27.40])", "mx.example.org with ESMTPS id Wd5aCk3nWq"),
           extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="quoted-printable"))


@mail(N(39), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with 'Schnelle Rückmeldung: Vorstellungsgespräche diese Woche' badges; no appointment")
def n39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f4f6f8">
        <div style="max-width:600px;margin:auto;background:#fff;padding:16px">
        <h2 style="color:#0b5cad">12 neue Jobs für „Produktionsplaner“ in Augsburg + 50 km</h2>
        <div style="border-bottom:1px solid #ddd;padding:8px 0">
        <b>Produktionsplaner (m/w/d) Montage</b><br>Gersthofer Kabeltechnik GmbH · Gersthofen · Vollzeit<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px">Schnelle Rückmeldung: Vorstellungsgespräche diese Woche</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0">
        <b>Supply Chain Planner (w/m/d)</b><br>Friedberger Verpackungswerke · Friedberg (Bayern) · Hybrid<br>
        <span style="font-size:12px;color:#666">vor 2 Tagen veröffentlicht</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0">
        <b>Fertigungssteuerer im Schichtbetrieb</b><br>Lechfeld Aviation Services AG · Graben · Vollzeit<br>
        <span style="font-size:12px;color:#666">Bewerbung mit einem Klick</span></div>
        <div style="padding:8px 0"><b>Werksplaner / Industrial Engineer (m/w/d)</b><br>Donautal Maschinenbau GmbH · Ulm · Vollzeit</div>
        <p><a href="https://www.jobwelt-sued.example.de/suche?q=produktionsplaner&amp;ort=augsburg">Alle 12 Jobs ansehen</a></p>
        <p style="font-size:11px;color:#999">Sie erhalten diesen Job-Alarm, weil Sie ihn am 02.09.2026 angelegt haben.
        <a href="https://www.jobwelt-sued.example.de/alarm/abmelden?id=88213">Job-Alarm abbestellen</a></p>
        </div></body></html>
        """)
    hs = H(addr("Jobwelt Süd Job-Alarm", "jobalarm@mail.jobwelt-sued.example.de"),
           "12 neue Jobs: Produktionsplaner in Augsburg", "2026-10-12 06:30", BER,
           "<jobalarm.88213.20261012043000@mail.jobwelt-sued.example.de>",
           rcv=("from mail.jobwelt-sued.example.de (mail.jobwelt-sued.example.de [203.0.113.90])", "mx.example.org with ESMTPS id Jw5uEd2Al9"),
           extra=(("List-Unsubscribe", "<https://www.jobwelt-sued.example.de/alarm/abmelden?id=88213>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(N(40), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Career newsletter about interview questions and following up, with a live webinar (Do., 29.10., 19 Uhr); "
           "no interview of the user")
def n40() -> bytes:
    body = t("""
        KARRIERE-BRIEFING · Ausgabe 43/2026

        Die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten
        ---------------------------------------------------------------------------------
        "Wo sehen Sie sich in fünf Jahren?" ist nicht tot. Wir zeigen, welche Fragen Personaler in
        technischen Berufen 2026 wirklich stellen, und warum Sie nach dem Interview innerhalb von
        24 Stunden nachfassen sollten.

        Nach dem Gespräch: Die perfekte Dankes-Mail
        -------------------------------------------
        Drei Sätze reichen. Nennen Sie das Datum des Gesprächs, einen konkreten Punkt aus dem
        Interview und Ihre Vorfreude auf den nächsten Schritt.

        LIVE-WEBINAR: Gehaltsverhandlung für Ingenieure
        Donnerstag, 29.10., 19:00 Uhr – kostenlos, Anmeldung unter karriere-briefing.example.de/webinar

        ---
        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-briefing.example.de angemeldet haben.
        Abmelden: https://karriere-briefing.example.de/abmelden?u=tobias.haider%40example.org
        """)
    hs = H(addr("Karriere-Briefing", "newsletter@karriere-briefing.example.de"),
           "Die 7 häufigsten Fragen im Vorstellungsgespräch", "2026-10-20 07:00", BER,
           "<nl-43-2026.7f3a1c@karriere-briefing.example.de>",
           rcv=("from mta3.karriere-briefing.example.de (mta3.karriere-briefing.example.de [203.0.113.33])", "mx.example.org with ESMTPS id Kb7rN3ws1t"),
           extra=(("List-Unsubscribe", "<https://karriere-briefing.example.de/abmelden?u=tobias.haider%40example.org>"),
                  ("List-Id", "Karriere-Briefing <newsletter.karriere-briefing.example.de>"),
                  ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(41), family="scheduling_link", lang="en", interview=False, company="Voltgrid Systems GmbH",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
      note="Ashby self-scheduling request listing AVAILABLE slots (Tue 10 Nov 10:00, Wed 11 Nov 14:00, Thu 12 Nov 09:30 "
           "CET); none has been picked yet")
def n41() -> bytes:
    body = t("""
        Hi Tobias,

        Thanks for your interest in the Production Planning Engineer role at Voltgrid! We'd like to
        invite you to a 45-minute interview with our Head of Manufacturing, Carlos Ibáñez.

        Please choose a time that works for you:
        https://app.ashbyhq.com/interview-scheduling/voltgrid/3f9b1c7e-d5a2-4e60-8b41-c2f07a9d6e13

        Some of the currently available slots (CET):
          - Tuesday, Nov 10, 10:00
          - Wednesday, Nov 11, 14:00
          - Thursday, Nov 12, 09:30

        Slots are first come, first served. Once you book, you'll receive a calendar invite.

        Best,
        Voltgrid Talent Team
        """)
    hs = H(addr("Voltgrid Systems", "no-reply@ashbyhq.com"), "Schedule your interview with Voltgrid",
           "2026-11-04 16:22", BER, "<0100019a4f2b7e91-6c3d1a08-9e2f-4b75-a8c1-d0e5f7a9b3c2-000000@email.amazonses.com>",
           rcv=("from a9-44.smtp-out.amazonses.com (a9-44.smtp-out.amazonses.com [54.240.9.44])", "mx.example.org with ESMTPS id As6bY5cHd8"),
           extra=(("Reply-To", "no-reply@ashbyhq.com"),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(42), family="recruiter_outreach", lang="en", interview=False, company="Harbor Lane Talent",
      note="Cold recruiter outreach for a remote role; asks for a quick call 'sometime next week', nothing fixed")
def n42() -> bytes:
    body = t("""
        Hi Tobias,

        I came across your profile and your work on APS rollouts at Wertachtal really stood out. I'm
        partnering with a fast-growing remote-first company building planning software for
        mid-sized manufacturers, and they're looking for a Solutions Engineer who has actually run a
        planning department.

        Fully remote (EU), strong base + equity, occasional travel to customers in DACH.

        Would you be open to a quick 20-minute call sometime next week? Happy to work around your
        schedule - just let me know what suits.

        Best,
        Priya Nandakumar
        Principal Recruiter, Harbor Lane Talent (London)
        priya@harborlanetalent.example.com
        """)
    hs = H(addr("Priya Nandakumar", "priya@harborlanetalent.example.com"), "Remote Solutions Engineer - manufacturing planning SaaS",
           "2026-09-14 10:05", "Europe/London", "<CAKp4Xz2m1Q8vN0rB7sT3yW9cJ-hE5dFgL6a@mail.gmail.com>",
           rcv=("from mail-lf1-f42.google.com (mail-lf1-f42.google.com [209.85.167.42])", "mx.example.org with ESMTPS id Hl2nTr9Pq7"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(43), family="auto_reply", lang="de", interview=False, company="Kranich Fulfillment GmbH",
      note="Out-of-office auto-reply from the Kranich recruiter to the user's 'AW: Dein Interview bei Kranich' mail "
           "(subject mentions the interview, Auto-Submitted: auto-replied); confirms nothing")
def n43() -> bytes:
    body = t("""
        Hi,

        danke für deine Nachricht! Ich bin bis einschließlich Montag, 12.10., nicht im Büro und habe
        nur eingeschränkt Zugriff auf meine Mails. Ab Dienstag bin ich wieder für dich da.

        In dringenden Fällen wende dich bitte an people@kranich-fulfillment.de.

        Liebe Grüße
        Lisa Huber
        People & Culture | Kranich Fulfillment GmbH
        """)
    hs = H(addr("Lisa Huber", "lisa.huber@kranich-fulfillment.de"),
           "Automatische Antwort: AW: Dein Interview bei Kranich Fulfillment", "2026-10-09 09:03", BER,
           "<d4f2a1c8-5e7b-4093-b6a1-0f8c2e9d7b53@kranich-fulfillment.de>",
           rcv=("from mail-fra.kranich-fulfillment.de (mail-fra.kranich-fulfillment.de [203.0.113.178])", "mx.example.org with ESMTPS id Kf1uL0oO3a"),
           extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("In-Reply-To", "<7b2e4a9c-1d0f-4c83-a5e6-93f1b0d2c7e8@example.org>")))
    return message(hs, text(body))


@mail(N(44), family="bounce", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Delivery failure (DSN) for the user's own confirmation mail to a mistyped address; the returned message "
           "says 'Donnerstag, 17.09., 9:45 Uhr passt' but this mail is a bounce from MAILER-DAEMON")
def n44() -> bytes:
    human = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.kienle@donautal-mbh.de>: Host or domain name not found. Name service error
            for name=donautal-mbh.de type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Kg1xT2bQz
        X-Postfix-Sender: rfc822; tobias.haider@example.org
        Arrival-Date: Mon, 14 Sep 2026 12:04:11 +0200 (CEST)

        Final-Recipient: rfc822; m.kienle@donautal-mbh.de
        Original-Recipient: rfc822;m.kienle@donautal-mbh.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=donautal-mbh.de type=A: Host not found
        """)
    orig = message([("From", TO), ("To", addr("Markus Kienle", "m.kienle@donautal-mbh.de")),
                    ("Subject", enc("Gespräch Arbeitsvorbereitung")), ("Date", date("2026-09-14 12:04", BER)),
                    ("Message-ID", "<0c6d2f1e-8a4b-4e57-91c3-b2d0e7f5a641@example.org>")],
                   text(t("""
                       Hallo Markus,

                       danke für den Anruf vorhin. Donnerstag, 17.09., um 9:45 Uhr passt mir gut,
                       ich komme dann zu euch nach Ulm.

                       Viele Grüße
                       Tobias
                       """)))
    parts = [text(human, cte="7bit", extra=(("Content-Description", "Notification"),)),
             raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
             Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)]
    mp = multipart("report", *parts, boundary="4Kg1xT2bQz.1789387452/mx.example.org", params="report-type=delivery-status")
    hs = H(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"), "Undelivered Mail Returned to Sender",
           "2026-09-14 12:04", BER, "<20260914100412.8C1A52B3F4@mx.example.org>",
           extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, mp)


@mail(N(45), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School booking system confirms a parent-teacher slot (Elternsprechtag, Do. 19.11.2026, 16:40-16:50): "
           "fixed time, not an interview")
def n45() -> bytes:
    body = t("""
        Sehr geehrte Eltern,

        Ihre Buchung für den Elternsprechtag der Grundschule Hochfeld-Ost wurde bestätigt:

        Schüler/in:   Leo Haider, Klasse 4b
        Lehrkraft:    Frau Ostermaier (Klassenleitung)
        Termin:       Donnerstag, 19.11.2026, 16:40 – 16:50 Uhr
        Raum:         Klassenzimmer 4b, Altbau 1. OG

        Bitte seien Sie pünktlich, da die Gespräche im 10-Minuten-Takt stattfinden. Eine Stornierung
        ist bis 48 Stunden vorher im Elternportal möglich.

        Ihr Elternportal Schwaben
        (automatisch erzeugte Nachricht)
        """)
    hs = H(addr("Elternportal Schwaben", "no-reply@elternportal-schwaben.example.de"),
           "Buchungsbestätigung Elternsprechtag", "2026-11-10 20:17", BER,
           "<ep-buchung-4471930@elternportal-schwaben.example.de>",
           rcv=("from mail.elternportal-schwaben.example.de (mail.elternportal-schwaben.example.de [203.0.113.21])",
                "mx.example.org with ESMTPS id Ep2bC0nF4r"),
           extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="utf-8", cte="8bit"))


def ics_sop() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Bichler Klaus:mailto:klaus.bichler@wertachtal-ft.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Haider Tobias:mailto:tobias.haider@wertachtal-ft.example.de
UID:040000008200E00074C5B7101A82E00800000000B8D2E4F61C02DC0100000000000000001000000047A9C1E3F5B7D9E1A3C5E7F9B1D3E5F7
SUMMARY;LANGUAGE=de-DE:S&OP Abstimmung Montage (wöchentlich)
DTSTART;TZID=W. Europe Standard Time:20261102T080000
DTEND;TZID=W. Europe Standard Time:20261102T090000
RRULE:FREQ=WEEKLY;UNTIL=20261221T070000Z;INTERVAL=1;BYDAY=MO;WKST=MO
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T150200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams / Besprechungsraum Lech
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""


@mail(N(46), family="work_meeting", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Weekly S&OP meeting series at the user's current employer (Exchange, Mondays 08:00 from 2 Nov): a work "
           "meeting, not an interview")
def n46() -> bytes:
    body = t("""
        Servus zusammen,

        ab November ziehen wir die S&OP-Runde Montage auf Montag früh vor, damit die Zahlen aus dem
        Wochenabschluss schon drin sind. Tobias, bitte jeweils Kapazitätsauslastung Linie 1-3 und
        Rückstandsliste mitbringen.

        Gruß
        Klaus
        """)
    hs = H(addr("Bichler Klaus", "klaus.bichler@wertachtal-ft.example.de"), "S&OP Abstimmung Montage (wöchentlich)",
           "2026-10-28 16:02", BER, "<BE1P281MB1845A1D3C5E7F9B2D4E6A8C0F1B35@BE1P281MB1845.DEUP281.PROD.OUTLOOK.COM>",
           to=addr("Haider Tobias", "tobias.haider@wertachtal-ft.example.de"),
           rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2050.outbound.protection.outlook.com [40.107.127.50])",
                "mx.example.org with ESMTPS id Wt9sOp1Mq4"),
           extra=(("X-Forwarded-To", ME), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(paras(body)), calendar(ics_sop(), cte="base64")))


def ics_training() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Personalentwicklung Wertachtal:mailto:personalentwicklung@wertachtal-ft.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Haider Tobias:mailto:tobias.haider@wertachtal-ft.example.de
UID:040000008200E00074C5B7101A82E00800000000C1E3A5B71D16DC01000000000000000010000000F2D4B6A8C0E2F4A6B8C0D2E4F6A8B0C2
SUMMARY;LANGUAGE=de-DE:Schulung: Strukturierte Auswahlinterviews führen
DTSTART;TZID=W. Europe Standard Time:20261020T130000
DTEND;TZID=W. Europe Standard Time:20261020T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum 2\\, Verwaltung
END:VEVENT
END:VCALENDAR"""


@mail(N(47), family="interviewer_training", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Interviewer training at the current employer ('Strukturierte Auswahlinterviews führen', Di. 20.10., "
           "13-17 Uhr, Exchange request): a training about interviewing, not the user's job interview")
def n47() -> bytes:
    body = t("""
        Liebe Führungskräfte,

        im Rahmen unserer Recruiting-Offensive 2027 laden wir Sie zur Pflichtschulung
        "Strukturierte Auswahlinterviews führen" ein:

        Dienstag, 20.10.2026, 13:00–17:00 Uhr, Schulungsraum 2 (Verwaltung)

        Inhalte: Interviewleitfaden, verhaltensbasierte Fragen, Bewertungsbögen, AGG-konforme
        Gesprächsführung, Übungsinterviews in Kleingruppen.

        Bitte nehmen Sie die Einladung an, damit wir die Teilnehmerliste planen können.

        Ihre Personalentwicklung
        Wertachtal Fahrzeugteile GmbH
        """)
    hs = H(addr("Personalentwicklung Wertachtal", "personalentwicklung@wertachtal-ft.example.de"),
           "Schulung: Strukturierte Auswahlinterviews führen", "2026-10-13 10:10", BER,
           "<BE1P281MB0927E6C8A0B2D4F61E3A5C7B9D0E2@BE1P281MB0927.DEUP281.PROD.OUTLOOK.COM>",
           to=addr("Haider Tobias", "tobias.haider@wertachtal-ft.example.de"),
           rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2061.outbound.protection.outlook.com [40.107.127.61])",
                "mx.example.org with ESMTPS id Wt2pE5nT8w"),
           extra=(("X-Forwarded-To", ME), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, charset="windows-1252"), html(paras(body), charset="windows-1252"),
                           calendar(ics_training(), cte="base64")))


@mail(N(48), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Property manager confirms a flat viewing in Munich-Pasing (Sa., 10.10.2026, 11:30 Uhr) for a possible "
           "move: fixed time, not an interview (the viewing is called 'Besichtigungstermin')")
def n48() -> bytes:
    body = t("""
        Sehr geehrter Herr Haider,

        vielen Dank für Ihre Anfrage über WohnPortal zur 3-Zimmer-Wohnung in der Landsberger Straße
        (München-Pasing, 78 m², 2. OG).

        Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, 10.10.2026, um 11:30 Uhr.
        Treffpunkt ist der Hauseingang Nr. 511. Bitte bringen Sie eine Selbstauskunft, die letzten
        drei Gehaltsnachweise und eine SCHUFA-Auskunft mit – bei Jobwechsel gern auch den neuen
        Arbeitsvertrag bzw. eine Zusage des künftigen Arbeitgebers.

        Mit freundlichen Grüßen
        Brigitte Hallmayer
        Hallmayer Hausverwaltung GmbH
        """)
    hs = H(addr("Brigitte Hallmayer", "b.hallmayer@hallmayer-hv.example.de"), "Besichtigungstermin Landsberger Str. 511, Pasing",
           "2026-10-06 17:35", BER, "<20261006153512.3F2A1B0C9D@hallmayer-hv.example.de>",
           rcv=("from smtp.hallmayer-hv.example.de (smtp.hallmayer-hv.example.de [203.0.113.240])", "mx.example.org with ESMTPS id Hm4yR0vB2s"))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(N(49), family="mailing_list_meetup", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Mailing-list announcement of a Lean Production meetup (Do., 15.10., 19:00) featuring a stage 'interview' "
           "with a plant manager: a community event, nothing for the user to attend as a candidate")
def n49() -> bytes:
    body = t("""
        Hallo zusammen,

        unser nächster Stammtisch findet am Donnerstag, 15.10., ab 19:00 Uhr im Nebenraum der
        Brauereigaststätte am Riedinger Park statt.

        Programm:
        19:15  Werkleiter-Interview: "Vom Schichtführer zum Werkleiter" – Sabine Tröger
               (Werk Augsburg) im Gespräch mit Micha
        20:00  Kurzvortrag: Heijunka im Kleinserienbau
        danach offenes Netzwerken

        Wer kommt, trägt sich bitte kurz im Pad ein: https://pad.lean-augsburg.example.org/stammtisch-oktober

        Servus
        Micha (für das Orga-Team)

        _______________________________________________
        lean-augsburg mailing list
        lean-augsburg@lists.lean-augsburg.example.org
        https://lists.lean-augsburg.example.org/mailman/listinfo/lean-augsburg
        """)
    hs = H(addr("Michael Fendt", "micha.fendt@example.com"), "[lean-augsburg] Stammtisch Oktober mit Werkleiter-Interview",
           "2026-10-05 21:12", BER, "<5f3e9c1a-7d24-4b80-a6f1-2e0c8b9d4a17@example.com>",
           to="lean-augsburg@lists.lean-augsburg.example.org",
           rcv=("from lists.lean-augsburg.example.org (lists.lean-augsburg.example.org [203.0.113.77])", "mx.example.org with ESMTPS id Le4nL1sT9m"),
           extra=(("List-Id", "Lean Production Stammtisch Augsburg <lean-augsburg.lists.lean-augsburg.example.org>"),
                  ("List-Unsubscribe", "<https://lists.lean-augsburg.example.org/mailman/options/lean-augsburg>, "
                                       "<mailto:lean-augsburg-request@lists.lean-augsburg.example.org?subject=unsubscribe>"),
                  ("List-Post", "<mailto:lean-augsburg@lists.lean-augsburg.example.org>"),
                  ("Precedence", "list"),
                  ("Sender", "lean-augsburg-bounces@lists.lean-augsburg.example.org")))
    return message(hs, text(body, cte="8bit"))


@mail(N(50), family="post_interview", lang="de", interview=False, company="Donautal Maschinenbau GmbH",
      note="Swabian thank-you after the interview of Thursday 17 Sep (thread with the Donautal mails): 'mir meldet uns "
           "bis End nächschte Woch' -- no new appointment")
def n50() -> bytes:
    body = t("""
        Hallo Tobias,

        danke nomal, dass'd geschtern extra nach Ulm komme bisch. Dr Achim war au recht agetan,
        vor allem von deine Erfahrunge mit dr Feinplanung. Mir müsset intern no mit dr
        Geschäftsführung rede, mir meldet uns aber bis End nächschte Woch bei dir.

        Schöns Wochenend
        Markus

        --
        Markus Kienle
        Leiter Arbeitsvorbereitung
        Donautal Maschinenbau GmbH
        """)
    hs = H(addr("Markus Kienle", "markus.kienle@donautal-mb.de"), "Danke für dein Kommen",
           "2026-09-18 16:05", BER, "<AM9P190MB1287F0E2D4B6A8C1E3F5A7B9C0D21@AM9P190MB1287.EURP190.PROD.OUTLOOK.COM>",
           rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2133.outbound.protection.outlook.com [40.107.22.133])",
                "mx.example.org with ESMTPS id 9aLx1dS3Uo"),
           extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))
