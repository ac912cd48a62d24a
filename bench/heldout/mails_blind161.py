"""blind161: a blind 50-mail held-out set, the inbox of Lukas Wagner, an ERP consultant in Bielefeld.

Written by hand, one function per mail, by a helper session that had not read the detector, its
tests or the other held-out mails. Build and check: ``python3 bench/heldout/make_blind.py blind161``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
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

SET = "blind161"
ORDER = random.Random(1610161).sample(range(1, 51), 50)
ME = "lukas.wagner@example.org"
LUKAS = addr("Lukas Wagner", ME)
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *extra: tuple[str, str],
         to: str = LUKAS, rcv: tuple[str, str] | None = None, charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", BER), end=utc("2026-09-10 14:45", BER),
      contact="hannah.kessler@fernwald.io", company="Fernwald Systems",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=BER,
      note="Greenhouse confirmation, remote team; 'Thursday, September 10, 2026 2:00 PM - 2:45 PM CEST' "
           "= 12:00-12:45Z; ICS in Europe/Berlin agrees; contact = human Reply-To (From is no-reply)")
def p01() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for scheduling time with us. Here are the details of your interview for
        SAP S/4HANA Solution Consultant (Remote, DACH) at Fernwald Systems:

        Interview: Technical conversation with the Finance Solutions team
        When: Thursday, September 10, 2026 2:00 PM - 2:45 PM CEST
        Where: Google Meet - https://meet.google.com/qzr-fowt-nkp
        Interviewers: Martin Okafor (Lead Consultant FI/CO), Hannah Kessler (Recruiting)

        A calendar invitation is attached. If you need to reschedule, simply reply to this
        email and Hannah will help.

        Best,
        Fernwald Systems Recruiting

        --
        Powered by Greenhouse
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Lukas,</p>
        <p>Thanks for scheduling time with us. Here are the details of your interview for
        <b>SAP S/4HANA Solution Consultant (Remote, DACH)</b> at Fernwald Systems:</p>
        <table cellpadding="4">
        <tr><td><b>Interview</b></td><td>Technical conversation with the Finance Solutions team</td></tr>
        <tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>2:00 PM - 2:45 PM CEST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/qzr-fowt-nkp">Google Meet</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Martin Okafor (Lead Consultant FI/CO), Hannah Kessler (Recruiting)</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to reschedule, simply reply to this email
        and Hannah will help.</p>
        <p>Best,<br>Fernwald Systems Recruiting</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\nVERSION:2.0\n" \
          "METHOD:REQUEST\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88120457-3391@greenhouse.io
        DTSTAMP:20260904T141200Z
        DTSTART;TZID=Europe/Berlin:20260910T140000
        DTEND;TZID=Europe/Berlin:20260910T144500
        SUMMARY:Interview: Lukas Wagner / Fernwald Systems - Technical conversation
        LOCATION:https://meet.google.com/qzr-fowt-nkp
        ORGANIZER;CN=Hannah Kessler:mailto:hannah.kessler@fernwald.io
        ATTENDEE;CN=Lukas Wagner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.wagner@example.org
        ATTENDEE;CN=Martin Okafor;ROLE=REQ-PARTICIPANT:mailto:martin.okafor@fernwald.io
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Fernwald Systems", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: SAP S/4HANA Solution Consultant at Fernwald Systems",
        "2026-09-04 16:12", BER,
        "<0100019180a4c2f1-5de1a2b7-7c11-4a0e-9e61-2f0d8a7c4b11-000000@email.amazonses.com>",
        ("Reply-To", addr("Hannah Kessler", "hannah.kessler@fernwald.io")),
        rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             "mx01.example.org (Postfix) with ESMTPS id 4M7Kq21bTz"),
    ), mixed(alt(text(body), html(h)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 08:15", BER), contact="s.noelke@boeckmann-antriebe.de",
      company="Böckmann Antriebstechnik GmbH", local="Tue 2026-09-15 08:15", zone=BER,
      note="Personio invitation (iso-8859-15, quoted-printable): 'Dienstag, 15.09.2026 um 8:15 Uhr' in "
           "Gütersloh, CEST -> 06:15Z; 'ca. eine Stunde' is approximate so end null; contact = Reply-To")
def p02() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihre Bewerbung als SAP-Berater Logistik (m/w/d) und Ihr Interesse an der
        Böckmann Antriebstechnik GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
        Vorstellungsgespräch ein:

          Termin:   Dienstag, 15.09.2026 um 8:15 Uhr
          Ort:      Böckmann Antriebstechnik GmbH, Carl-Miele-Straße 41, 33332 Gütersloh
                    (Empfang Verwaltungsgebäude, Parkplätze für Besucher vor Tor 2)
          Gespräch mit: Frau Sabine Nölke (Personal), Herrn Dirk Hollenhorst (Leitung IT-Anwendungen)
          Dauer:    ca. eine Stunde

        Bitte bringen Sie einen gültigen Lichtbildausweis mit. Sollte Ihnen der Termin nicht
        passen, antworten Sie einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Sabine Nölke
        Personalreferentin

        Böckmann Antriebstechnik GmbH · Carl-Miele-Straße 41 · 33332 Gütersloh
        Geschäftsführer: Hendrik Böckmann · Amtsgericht Gütersloh HRB 4417

        Diese Nachricht wurde über Personio versendet.
        """)
    return message(head(
        addr("Böckmann Antriebstechnik GmbH", "noreply@mail.personio.de", "iso-8859-15"),
        "Einladung zum Vorstellungsgespräch - SAP-Berater Logistik (m/w/d)",
        "2026-09-09 10:41", BER, "<20260909084102.6a1f03c2b7e94d11@mail.personio.de>",
        ("Reply-To", addr("Sabine Nölke", "s.noelke@boeckmann-antriebe.de", "iso-8859-15")),
        ("X-Mailer", "Personio Recruiting"),
        rcv=("from mail.personio.de (mail.personio.de [185.24.117.20])",
             "mx01.example.org (Postfix) with ESMTPS id 4M9Ttv0HJq"),
        charset="iso-8859-15",
    ), text(body, "iso-8859-15", "quoted-printable"))


@mail(n(3), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-21 10:30", BER), end=utc("2026-09-21 11:30", BER),
      contact="katrin.meschede@paderquell-energie.de", company="Paderquell Energie AG",
      local="Mon 2026-09-21 10:30", local_end="2026-09-21 11:30", zone=BER,
      note="softgarden, HTML only (base64): 'Mo., 21.09. von 10:30 bis 11:30 Uhr' via Teams; year from the "
           "Date (14 Sep 2026); CEST -> 08:30-09:30Z; contact = the HR address in the body (no-reply sender)")
def p03() -> bytes:
    h = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <tr><td style="padding:24px;background:#0a5c8a;color:#fff;font-size:20px">Paderquell Energie AG</td></tr>
        <tr><td style="padding:24px">
        <p>Hallo Herr Wagner,</p>
        <p>wir freuen uns, Sie zu einem ersten Kennenlernen für die Position
        <strong>Inhouse Consultant SAP FI/CO (m/w/d)</strong> einzuladen.</p>
        <p style="background:#eef5fa;padding:12px">
        <strong>Wann:</strong> Mo., 21.09. von 10:30 bis 11:30 Uhr<br>
        <strong>Wo:</strong> Microsoft Teams (den Link erhalten Sie am Vortag)<br>
        <strong>Mit:</strong> Katrin Meschede (HR Business Partnerin), Yusuf Demir (Teamleiter Finanzsysteme)</p>
        <p>Bitte bestätigen Sie den Termin kurz über den Button oder per Mail an Ihre Ansprechpartnerin.</p>
        <p><a href="https://paderquell.softgarden.io/de/interview/confirm/31f0a9" style="background:#0a5c8a;color:#fff;padding:10px 18px;text-decoration:none">Termin bestätigen</a></p>
        <p>Ihre Ansprechpartnerin:<br>Katrin Meschede<br>
        <a href="mailto:katrin.meschede@paderquell-energie.de">katrin.meschede@paderquell-energie.de</a><br>
        Tel. 05251 7790-214</p>
        <p>Viele Grüße<br>Ihr Recruiting-Team der Paderquell Energie AG</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Paderquell Energie AG · Rathausplatz 3 · 33098 Paderborn<br>
        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message(head(
        addr("Paderquell Energie AG", "noreply@softgarden.io"),
        "Ihre Einladung zum Interview bei der Paderquell Energie AG",
        "2026-09-14 09:05", BER, "<sg.5f2e9a11c0b44e07a3d2.1789369500@softgarden.io>",
        rcv=("from mout.softgarden.io (mout.softgarden.io [91.198.104.17])",
             "mx01.example.org (Postfix) with ESMTPS id 4MBzq50Wl1"),
    ), html(h, cte="base64"))


@mail(n(4), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-28 15:30", BER), contact="jh@teutodatenwerk.de", company="Teutoburger Datenwerk GmbH",
      local="Mon 2026-09-28 15:30", zone=BER,
      note="Founder's phone reply in du / Westphalian register: 'gleich nächsten Montag um halb vier' sent "
           "Wed 23 Sep 2026 -> Mon 28 Sep 15:30 CEST = 13:30Z; no length; contact = human sender")
def p04() -> bytes:
    body = t("""
        Moin Lukas,

        jo passt, dann machen wir das gleich nächsten Montag um halb vier bei uns im Büro,
        Niederwall 12, 2. Etage (Klingel "Datenwerk"). Bring ruhig mal mit wat du bei dem
        Rollout in Herford gemacht hast, dat interessiert Meike und mich am meisten.
        Kaffee is da :)

        Bis denne
        Jan-Hendrik

        Von meinem iPhone gesendet

        > Am 23.09.2026 um 18:02 schrieb Lukas Wagner <lukas.wagner@example.org>:
        >
        > Hallo Jan-Hendrik,
        >
        > danke für den netten Anruf vorhin! Wie besprochen würde ich mich freuen, euch
        > mal persönlich kennenzulernen. Ich kann Anfang nächster Woche eigentlich immer
        > ab mittags.
        >
        > Viele Grüße
        > Lukas
        """)
    return message(head(
        addr("Jan-Hendrik Brinkmann", "jh@teutodatenwerk.de"),
        "Re: Kennenlernen",
        "2026-09-23 21:48", BER, "<8C2A7E0F-41D5-4B8B-9C8E-0D6F1B2A7C55@teutodatenwerk.de>",
        ("In-Reply-To", "<d3b1f0e2-7a3c-4f8e-b0c9-2f6f1d0c8a44@example.org>"),
        ("References", "<d3b1f0e2-7a3c-4f8e-b0c9-2f6f1d0c8a44@example.org>"),
        ("X-Mailer", "iPhone Mail (21G93)"),
        rcv=("from smtp.teutodatenwerk.de (smtp.teutodatenwerk.de [217.160.0.88])",
             "mx01.example.org (Postfix) with ESMTPS id 4MDnC81Xr4"),
    ), text(body, cte="8bit", params="format=flowed"))


@mail(n(5), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:30", BER),
      contact="t.reckfort@lindemann-agrar.de", company="Lindemann Agrartechnik GmbH & Co. KG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:30", zone=BER,
      note="Exchange meeting request, Windows zone 'W. Europe Standard Time'; sent Thu 22 Oct in CEST, the "
           "interview is Mon 26 Oct, the day after the switch back to CET: 09:00-10:30 CET = 08:00-09:30Z; "
           "contact = organizer/sender")
def p05() -> bytes:
    body = t("""
        Wann: Montag, 26. Oktober 2026 09:00-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Lindemann Agrartechnik, Hafenweg 22, 48155 Münster, Besprechungsraum "Ems" / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Wagner,

        wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zum
        zweiten Gespräch für die Stelle Senior Consultant SAP PP/QM. Mit dabei sind Frau
        Overbeck (Werkleitung) und ich. Falls Sie nicht persönlich nach Münster kommen können,
        können Sie sich auch über Teams zuschalten.

        Beste Grüße
        Thomas Reckfort
        Leiter IT-Anwendungen
        Lindemann Agrartechnik GmbH & Co. KG | Hafenweg 22 | 48155 Münster
        T +49 251 6088-310 | t.reckfort@lindemann-agrar.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2YjE0ZTEtNjdiNS00Y2Fm%40thread.v2/0>
        Besprechungs-ID: 381 204 559 917
        Passcode: pV7kq3
        ________________________________________________________________________________
        """)
    h = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="DE">\n'
        '<div class="WordSection1"><p class="MsoNormal">Hallo Herr Wagner,</p>\n'
        '<p class="MsoNormal">wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zum '
        'zweiten Gespräch für die Stelle Senior Consultant SAP PP/QM. Mit dabei sind Frau Overbeck (Werkleitung) '
        'und ich. Falls Sie nicht persönlich nach Münster kommen können, können Sie sich auch über Teams '
        'zuschalten.</p>\n<p class="MsoNormal">Beste Grüße<br>Thomas Reckfort<br>Leiter IT-Anwendungen<br>'
        'Lindemann Agrartechnik GmbH &amp; Co. KG | Hafenweg 22 | 48155 Münster</p>\n'
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">'
        '________________________________________________________________________________</span>\n'
        '<div><span style="font-size:18pt">Microsoft Teams-Besprechung</span></div>\n'
        '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2YjE0ZTEtNjdiNS00Y2Fm%40thread.v2/0">'
        'Hier klicken, um an der Besprechung teilzunehmen</a></div>\n'
        '<div>Besprechungs-ID: 381 204 559 917<br>Passcode: pV7kq3</div></div></div></body></html>\n'
    )
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Thomas Reckfort:mailto:t.reckfort@lindemann-agrar.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Wagner:mailto:lukas.wagner@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Overbeck, Silke:mailto:s.overbeck@lindemann-agrar.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wagner,\\n\\nwie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zum zweiten Gespräch für die Stelle Senior Consultant SAP PP/QM.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A1F7C2E361DC01000000000000000010000000B2E4A97C
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch Senior Consultant SAP PP/QM – Lukas Wagner
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T092043Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum "Ems" / Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Reckfort, Thomas", "t.reckfort@lindemann-agrar.de"),
        "Zweitgespräch Senior Consultant SAP PP/QM – Lukas Wagner",
        "2026-10-22 11:20", BER, "<FR2P281MB0487B1C2A0E94F3D8B@FR2P281MB0487.DEUP281.PROD.OUTLOOK.COM>",
        ("Thread-Topic", enc("Zweitgespräch Senior Consultant SAP PP/QM – Lukas Wagner")),
        ("Thread-Index", "AdtkBw3Jk2w1xQ7RSa6mAbR0vX9hMg=="),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        rcv=("from EUR04-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2101.outbound.protection.outlook.com [40.107.135.101])",
             "mx01.example.org (Postfix) with ESMTPS id 4MXv5R2Fbd"),
    ), alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:00", BER), end=utc("2026-10-14 10:45", BER),
      contact="femke.devries@grachtwerk.nl", company="Grachtwerk Logistics B.V.",
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone=BER,
      note="Teamtailor confirmation from a Dutch employer (Utrecht): 'Wednesday 14 October, 10:00 (CEST, "
           "Amsterdam time)', '45 minutes' -> 08:00-08:45Z; Reply-To is a Teamtailor relay, contact = the "
           "recruiter's address in the signature; follows the proposal in another mail of this set")
def p06() -> bytes:
    body = t("""
        Hi Lukas,

        Great news - your interview is booked!

        Position: ERP Consultant Microsoft Dynamics 365 F&O (Remote / Utrecht)
        Date: Wednesday 14 October
        Time: 10:00 (CEST, Amsterdam time)
        Duration: 45 minutes
        Location: Microsoft Teams, link below

        You will meet Femke de Vries (Talent Acquisition) and Joris Mulder (Head of Business
        Applications). Joris will ask about your migration projects, so feel free to bring an
        example.

        Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_grachtwerk_4711

        Kind regards,
        Femke de Vries
        Talent Acquisition | Grachtwerk Logistics B.V.
        femke.devries@grachtwerk.nl | +31 30 799 4410

        You received this email because you applied for a job at Grachtwerk Logistics via
        Teamtailor. Manage your data: https://grachtwerk.teamtailor.com/connect/privacy
        """)
    h = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Lukas,</p>
        <p>Great news - your interview is booked!</p>
        <div style="border:1px solid #e6e6e6;border-radius:8px;padding:16px">
        <div style="color:#777;font-size:12px">POSITION</div><div>ERP Consultant Microsoft Dynamics 365 F&amp;O (Remote / Utrecht)</div>
        <div style="color:#777;font-size:12px;margin-top:8px">DATE</div><div>Wednesday 14 October</div>
        <div style="color:#777;font-size:12px;margin-top:8px">TIME</div><div>10:00 (CEST, Amsterdam time)</div>
        <div style="color:#777;font-size:12px;margin-top:8px">DURATION</div><div>45 minutes</div>
        <div style="color:#777;font-size:12px;margin-top:8px">LOCATION</div><div>Microsoft Teams</div>
        </div>
        <p>You will meet Femke de Vries (Talent Acquisition) and Joris Mulder (Head of Business Applications).
        Joris will ask about your migration projects, so feel free to bring an example.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_grachtwerk_4711">Join the meeting</a></p>
        <p>Kind regards,<br>Femke de Vries<br>Talent Acquisition | Grachtwerk Logistics B.V.<br>
        femke.devries@grachtwerk.nl | +31 30 799 4410</p>
        <p style="font-size:11px;color:#999">You received this email because you applied for a job at Grachtwerk
        Logistics via Teamtailor.</p>
        </div></body></html>
        """)
    return message(head(
        addr("Femke de Vries - Grachtwerk Logistics", "no-reply@teamtailor-mail.com"),
        "Interview booked: ERP Consultant Microsoft Dynamics 365 F&O",
        "2026-10-08 15:30", BER, "<6f3c1e9b2a7d.4c0b81a3@teamtailor-mail.com>",
        ("Reply-To", "reply+c7Jk29QxT0aa4d1f@teamtailor-mail.com"),
        rcv=("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [159.112.240.18])",
             "mx01.example.org (Postfix) with ESMTPS id 4MQ0bS6tKx"),
    ), alt(text(body), html(h)))


@mail(n(7), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 09:00", "America/Chicago"), contact="megan.olsen@prairieridge-analytics.com",
      company="Prairie Ridge Analytics", local="Thu 2026-10-29 09:00", zone="America/Chicago",
      note="US recruiter (Chicago) writing on Mon 26 Oct: 'Thursday at 9am Central' -> Thu 29 Oct, Chicago still "
           "on CDT (US clocks change 1 Nov) = 14:00Z, i.e. 15:00 in Bielefeld which is already on CET - the mail "
           "says so; no length; contact = human sender")
def p07() -> bytes:
    body = t("""
        Hi Lukas,

        Perfect, Thursday at 9am Central works for Dave and me. Just a heads-up since we're in that
        odd week where Europe has already changed the clocks and we haven't yet: 9am here is 3pm
        for you in Bielefeld, not 4pm. I double-checked :)

        Dave will send a Zoom link from his calendar. He's going to walk through how our NetSuite
        and SAP customers overlap and then it's mostly your questions.

        Talk Thursday!
        Megan

        Megan Olsen | Senior Technical Recruiter
        Prairie Ridge Analytics | Chicago, IL
        megan.olsen@prairieridge-analytics.com

        On Sun, Oct 25, 2026 at 12:40 PM Lukas Wagner <lukas.wagner@example.org> wrote:
        > Hi Megan,
        >
        > thanks for the quick reply. Thursday morning your time would be great for me,
        > anything from 8 to 11 works.
        >
        > Best regards,
        > Lukas
        """)
    return message(head(
        addr("Megan Olsen", "megan.olsen@prairieridge-analytics.com"),
        "Re: Prairie Ridge - next step with Dave",
        "2026-10-26 08:14", "America/Chicago", "<CAJx8mP0rT+2kLq9WnVb3hQe1dYy6S0fZ7u=A4cR@mail.gmail.com>",
        ("In-Reply-To", "<7e41b2c0-0d5f-4c9a-8a21-5f3b61ad02e7@example.org>"),
        ("References", "<CAJx8mP3aa1p+QwV0G@mail.gmail.com> <7e41b2c0-0d5f-4c9a-8a21-5f3b61ad02e7@example.org>"),
        rcv=("from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
             "mx01.example.org (Postfix) with ESMTPS id 4MY2vQ0nBc"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(8), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-11 13:00", BER), end=utc("2026-11-11 14:00", BER),
      contact="ole.petersen@halvorsen-it.de", company="Halvorsen Industrietechnik AG",
      local="Wed 2026-11-11 13:00", local_end="2026-11-11 14:00", zone=BER,
      note="Workday (German tenant) interview notice: 'Mittwoch, 11. November 2026, 13:00 - 14:00 MEZ' "
           "-> 12:00-13:00Z; contact = the coordinator's address in the body (From is the Workday tenant)")
def p08() -> bytes:
    body = t("""
        Guten Tag Lukas Wagner,

        vielen Dank für Ihr Interesse an der Position "SAP MM Consultant (w/m/d) - Hannover"
        (R-0041873) bei der Halvorsen Industrietechnik AG.

        Ihr Vorstellungsgespräch wurde wie folgt geplant:

        Datum: Mittwoch, 11. November 2026
        Uhrzeit: 13:00 - 14:00 MEZ
        Format: Vor Ort, Halvorsen Campus, Gebäude C, Podbielskistraße 180, 30177 Hannover
        Interviewer: Dr. Frauke Ahlers, Ole Petersen

        Bitte melden Sie sich 10 Minuten vor Beginn am Empfang in Gebäude C.
        Bei Rückfragen wenden Sie sich bitte an Ole Petersen (Interviewkoordination),
        ole.petersen@halvorsen-it.de.

        Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto einsehen:
        https://halvorsen.wd3.myworkdayjobs.com/de-DE/Careers/userHome

        Mit freundlichen Grüßen
        Talent Acquisition
        Halvorsen Industrietechnik AG
        """)
    h = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</div></body></html>\n"
    return message(head(
        addr("Halvorsen Industrietechnik AG", "halvorsen@myworkday.com"),
        "Einladung zum Vorstellungsgespräch: SAP MM Consultant (w/m/d) - Hannover",
        "2026-11-03 13:02", BER, "<1429718822.66120.1793707320415@wd3-prod-ac-ev1.myworkday.com>",
        ("Auto-Submitted", "auto-generated"),
        rcv=("from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [64.125.69.21])",
             "mx01.example.org (Postfix) with ESMTPS id 4Mj7Wd3ZsQ"),
    ), alt(text(body, cte="quoted-printable"), html(h, cte="base64")))


@mail(n(9), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-13 11:00", BER), end=utc("2026-11-13 12:00", BER),
      contact="anja.tebbe@hasetal-foods.de", company="Hasetal Foods GmbH",
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 12:00", zone=BER,
      note="SmartRecruiters (German): 'Fr., 13. Nov. 2026, 11:00 - 12:00 (GMT+01:00) Europe/Berlin' -> "
           "10:00-11:00Z; the ICS gives UTC times directly; contact = human Reply-To")
def p09() -> bytes:
    body = t("""
        Hallo Lukas,

        vielen Dank, dass Sie sich einen Termin ausgesucht haben. Ihr Interview ist bestätigt.

        Stelle:        Key User Koordinator SAP SD (m/w/d), Osnabrück
        Termin:        Fr., 13. Nov. 2026, 11:00 - 12:00 (GMT+01:00) Europe/Berlin
        Interviewtyp:  Video-Interview (Microsoft Teams)
        Teilnehmer:    Anja Tebbe, Markus Wellmann

        Den Einwahllink finden Sie in der angehängten Kalendereinladung.

        Viele Grüße
        Anja Tebbe
        Hasetal Foods GmbH

        Sie möchten den Termin ändern? Antworten Sie einfach auf diese Nachricht.
        SmartRecruiters Inc. | 225 Bush Street, Suite 300, San Francisco, CA 94104
        """)
    h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hallo Lukas,</p>
        <p>vielen Dank, dass Sie sich einen Termin ausgesucht haben. <strong>Ihr Interview ist bestätigt.</strong></p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#888">Stelle</td><td>Key User Koordinator SAP SD (m/w/d), Osnabrück</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#888">Termin</td><td>Fr., 13. Nov. 2026, 11:00 - 12:00 (GMT+01:00) Europe/Berlin</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#888">Interviewtyp</td><td>Video-Interview (Microsoft Teams)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#888">Teilnehmer</td><td>Anja Tebbe, Markus Wellmann</td></tr>
        </table>
        <p>Den Einwahllink finden Sie in der angehängten Kalendereinladung.</p>
        <p>Viele Grüße<br>Anja Tebbe<br>Hasetal Foods GmbH</p>
        <p style="font-size:11px;color:#999">SmartRecruiters Inc. | 225 Bush Street, Suite 300, San Francisco, CA 94104</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-6a0f9c2e-55d1-4b07-b0e1-93c1f8e2d4aa
        DTSTAMP:20261109T073000Z
        DTSTART:20261113T100000Z
        DTEND:20261113T110000Z
        SUMMARY:Interview: Key User Koordinator SAP SD - Lukas Wagner
        DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_hasetal_0b3
        ORGANIZER;CN=Anja Tebbe:mailto:anja.tebbe@hasetal-foods.de
        ATTENDEE;CN=Lukas Wagner;RSVP=TRUE:mailto:lukas.wagner@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Hasetal Foods GmbH", "noreply@smartrecruiters.com"),
        "Interview bestätigt: Key User Koordinator SAP SD (m/w/d)",
        "2026-11-09 08:30", BER, "<em.7f3a0c1d9e2b4f55.20261109073012@smartrecruiters.com>",
        ("Reply-To", addr("Anja Tebbe", "anja.tebbe@hasetal-foods.de")),
        rcv=("from o3.mail.smartrecruiters.com (o3.mail.smartrecruiters.com [167.89.101.27])",
             "mx01.example.org (Postfix) with ESMTPS id 4MmC1h7Ynb"),
    ), mixed(alt(text(body), html(h)),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="interview.ics",
                      disposition="attachment", name_param=True)))


@mail(n(10), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", BER), contact="t.kuhlmann@ravensberger-kuechen.de",
      company="Ravensberger Küchenwerk GmbH", local="Thu 2026-11-19 14:00", zone=BER,
      note="JOIN message from the employer: 'am Donnerstag, den 19.11. um 14:00 Uhr' in Bielefeld, CET -> 13:00Z; "
           "no length; From is JOIN's no-reply, contact = the address given in the body")
def p10() -> bytes:
    body = t("""
        Neue Nachricht von Ravensberger Küchenwerk GmbH zu Ihrer Bewerbung
        "ERP-Systembetreuer proALPHA (m/w/d)"

        ------------------------------------------------------------

        Hallo Herr Wagner,

        vielen Dank für das nette Telefonat. Wie besprochen bestätige ich Ihnen hiermit unser
        Gespräch am Donnerstag, den 19.11. um 14:00 Uhr bei uns im Werk
        (Eckendorfer Straße 88, 33609 Bielefeld, bitte am Pförtner melden).

        Falls etwas dazwischenkommt, erreichen Sie mich direkt unter
        t.kuhlmann@ravensberger-kuechen.de oder 0521 96633-120.

        Freundliche Grüße
        Tobias Kuhlmann
        Teamleitung IT

        ------------------------------------------------------------

        Antworten Sie direkt in JOIN: https://join.com/candidate/messages/8812004
        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    h = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <p style="color:#666">Neue Nachricht von <b>Ravensberger Küchenwerk GmbH</b> zu Ihrer Bewerbung
        &quot;ERP-Systembetreuer proALPHA (m/w/d)&quot;</p>
        <div style="border-left:3px solid #5b3df5;padding-left:12px">
        <p>Hallo Herr Wagner,</p>
        <p>vielen Dank für das nette Telefonat. Wie besprochen bestätige ich Ihnen hiermit unser
        Gespräch am Donnerstag, den 19.11. um 14:00 Uhr bei uns im Werk
        (Eckendorfer Straße 88, 33609 Bielefeld, bitte am Pförtner melden).</p>
        <p>Falls etwas dazwischenkommt, erreichen Sie mich direkt unter
        t.kuhlmann@ravensberger-kuechen.de oder 0521 96633-120.</p>
        <p>Freundliche Grüße<br>Tobias Kuhlmann<br>Teamleitung IT</p>
        </div>
        <p><a href="https://join.com/candidate/messages/8812004">Antworten Sie direkt in JOIN</a></p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich</p>
        </body></html>
        """)
    return message(head(
        addr("Tobias Kuhlmann via JOIN", "noreply@join.com"),
        "Neue Nachricht: ERP-Systembetreuer proALPHA (m/w/d)",
        "2026-11-13 11:15", BER, "<20261113101502.a81c4e2f9b@mail.join.com>",
        rcv=("from mail.join.com (mail.join.com [149.72.171.44])",
             "mx01.example.org (Postfix) with ESMTPS id 4MpQ6c2bLm"),
    ), alt(text(body, cte="8bit"), html(h)))


@mail(n(11), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-25 10:00", BER), end=utc("2026-11-25 11:00", BER),
      contact="carolin.hueppe@muensterland-cloud.de", company="Münsterland Cloud GmbH",
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:00", zone=BER,
      note="Google Calendar invitation in German from the hiring manager: 'Mi. 25. Nov. 2026 10:00 - 11:00 "
           "(Mitteleuropäische Normalzeit - Berlin)' -> 09:00-10:00Z; ICS in Europe/Berlin; contact = organizer")
def p11() -> bytes:
    body = t("""
        Carolin Hüppe hat Sie zu folgendem Termin eingeladen.

        Fachgespräch SAP Basis / Lukas Wagner
        Mittwoch, 25. November 2026 · 10:00 – 11:00
        Mitteleuropäische Normalzeit - Berlin
        Google Meet: https://meet.google.com/ebm-tqrx-uwa

        Hallo Herr Wagner, wie besprochen das technische Gespräch mit Sven und mir. Bis Mittwoch!

        Organisator
        Carolin Hüppe
        carolin.hueppe@muensterland-cloud.de

        Gäste
        Carolin Hüppe - Organisator
        sven.laukemper@muensterland-cloud.de
        lukas.wagner@example.org

        Antworten für lukas.wagner@example.org: Ja / Vielleicht / Nein

        Einladung von Google Kalender
        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    h = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Carolin Hüppe hat Sie zu folgendem Termin eingeladen.</p>
        <h2 style="font-weight:400">Fachgespräch SAP Basis / Lukas Wagner</h2>
        <p>Mittwoch, 25. November 2026 · 10:00 – 11:00<br>Mitteleuropäische Normalzeit - Berlin</p>
        <p><a href="https://meet.google.com/ebm-tqrx-uwa">Mit Google Meet teilnehmen</a></p>
        <p>Hallo Herr Wagner, wie besprochen das technische Gespräch mit Sven und mir. Bis Mittwoch!</p>
        <p><b>Organisator</b><br>Carolin Hüppe<br>carolin.hueppe@muensterland-cloud.de</p>
        <p><b>Gäste</b><br>Carolin Hüppe - Organisator<br>sven.laukemper@muensterland-cloud.de<br>lukas.wagner@example.org</p>
        <p style="font-size:11px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
          "METHOD:REQUEST\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261125T100000
        DTEND;TZID=Europe/Berlin:20261125T110000
        DTSTAMP:20261119T132200Z
        ORGANIZER;CN=Carolin Hüppe:mailto:carolin.hueppe@muensterland-cloud.de
        UID:5s0q1c8k2bj4r7ne3dkf6v2a9m@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carolin Hüppe;X-NUM-GUESTS=0:mailto:carolin.hueppe@muensterland-cloud.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sven.laukemper@muensterland-cloud.de;X-NUM-GUESTS=0:mailto:sven.laukemper@muensterland-cloud.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.wagner@example.org;X-NUM-GUESTS=0:mailto:lukas.wagner@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ebm-tqrx-uwa
        CREATED:20261119T132158Z
        DESCRIPTION:Hallo Herr Wagner\\, wie besprochen das technische Gespräch mit Sven und mir. Bis Mittwoch!
        LAST-MODIFIED:20261119T132200Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Fachgespräch SAP Basis / Lukas Wagner
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Carolin Hüppe", "carolin.hueppe@muensterland-cloud.de"),
        "Einladung: Fachgespräch SAP Basis / Lukas Wagner - Mi. 25. Nov. 2026 10:00 - 11:00 (MEZ) "
        "(lukas.wagner@example.org)",
        "2026-11-19 14:22", BER, "<calendar-7c2e51b0-1f4d-4e2a-9d0b-68e3f2a1c9d7@google.com>",
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Carolin Hüppe", "carolin.hueppe@muensterland-cloud.de")),
        rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             "mx01.example.org (Postfix) with ESMTPS id 4MwY0p3rVt"),
    ), mixed(alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 09:30", "Europe/Amsterdam"), end=utc("2026-12-02 10:30", "Europe/Amsterdam"),
      contact="sanne.bakker@kempenland-precision.nl", company="Kempenland Precision B.V.",
      local="Wed 2026-12-02 09:30", local_end="2026-12-02 10:30", zone="Europe/Amsterdam",
      note="Dutch employer (Eindhoven) in English, recruiter pastes a Zoom invitation: 'Dec 2, 2026 09:30 AM "
           "Amsterdam', 'will take 60 minutes' -> 08:30-09:30Z; contact = human sender")
def p12() -> bytes:
    body = t("""
        Dear Lukas,

        Thank you for your time on the phone on Tuesday. As agreed, here is the invitation for the
        interview with our IT manager Bram Hendriks and myself. The interview will take 60 minutes;
        Bram would like to spend the second half on a short case around our Infor LN to SAP move.

        Sanne Bakker is inviting you to a scheduled Zoom meeting.

        Topic: Interview Lukas Wagner - ERP Business Analyst
        Time: Dec 2, 2026 09:30 AM Amsterdam

        Join Zoom Meeting
        https://kempenland.zoom.us/j/84219730512?pwd=bTZrV1dQeUhOaFpGc2ZxMzBqUT09

        Meeting ID: 842 1973 0512
        Passcode: 661204

        ---

        One tap mobile
        +31207941375,,84219730512#,,,,*661204# Netherlands
        +496938079883,,84219730512#,,,,*661204# Germany

        Looking forward to speaking with you.

        Kind regards,

        Sanne Bakker
        Recruiter | Kempenland Precision B.V.
        High Tech Campus 27, 5656 AE Eindhoven
        sanne.bakker@kempenland-precision.nl
        """)
    return message(head(
        addr("Sanne Bakker", "sanne.bakker@kempenland-precision.nl"),
        "Interview Kempenland Precision - Wednesday 2 December",
        "2026-11-26 16:05", "Europe/Amsterdam",
        "<AM9PR04MB8211C0E4F1B27A9A6D3C@AM9PR04MB8211.eurprd04.prod.outlook.com>",
        ("Content-Language", "en-GB"),
        rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2070.outbound.protection.outlook.com [40.107.22.70])",
             "mx01.example.org (Postfix) with ESMTPS id 4N0tF52kHd"),
    ), text(body, "windows-1252", "quoted-printable"))


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", "Pacific/Auckland"), end=utc("2026-12-03 09:45", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaicommerce.co.nz", company="Kowhai Commerce Ltd",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 09:45", zone="Pacific/Auckland",
      note="Ashby confirmation from a remote team in Auckland: 'Thursday, December 3, 2026, 9:00 AM - 9:45 AM "
           "NZDT' = Wed 2 Dec 20:00-20:45Z (the UTC date is the day before; the body adds 21:00 CET Wednesday "
           "for the candidate); Date is Fri 27 Nov local = Thu 26 Nov in UTC; contact = Reply-To")
def p13() -> bytes:
    body = t("""
        Kia ora Lukas,

        Your interview with Kowhai Commerce is confirmed. We're looking forward to speaking with you!

        Thursday, December 3, 2026, 9:00 AM - 9:45 AM NZDT
        (for you in Bielefeld: Wednesday, December 2, 21:00 - 21:45 CET)

        Hiring manager interview - Senior ERP Consultant (Odoo / SAP B1), Remote EMEA
        Video: https://meet.google.com/kwh-pzna-rte

        You'll meet with:
          Tane Whitaker - Head of Implementation

        Questions? Just reply and it will reach Aroha Ngata.

        Ngā mihi,
        Kowhai Commerce Talent
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" \
          + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a1f0b9d2-77c3-4e58-8b1f-0c9d63e2fa14
        DTSTAMP:20261126T201500Z
        DTSTART;TZID=Pacific/Auckland:20261203T090000
        DTEND;TZID=Pacific/Auckland:20261203T094500
        SEQUENCE:0
        SUMMARY:Kowhai Commerce - Hiring manager interview (Lukas Wagner)
        LOCATION:https://meet.google.com/kwh-pzna-rte
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaicommerce.co.nz
        ATTENDEE;CN=Lukas Wagner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.wagner@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Kowhai Commerce", "no-reply@ashbyhq.com"),
        "Interview confirmed: Senior ERP Consultant at Kowhai Commerce",
        "2026-11-27 09:15", "Pacific/Auckland",
        "<01000193681a7f2e-0b3d91c4-2a6e-4f0e-9d55-81c2b7a4e3f0-000000@email.amazonses.com>",
        ("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaicommerce.co.nz")),
        rcv=("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
             "mx01.example.org (Postfix) with ESMTPS id 4N0mQ3r1Zx"),
    ), mixed(text(body, cte="base64"),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-29 11:00", BER), contact="h.nettelnburg@nettelnburg-kunststoff.de",
      company="Nettelnburg Kunststofftechnik GmbH", local="Tue 2026-09-29 11:00", zone=BER,
      note="Owner's mail on Saturday 19 Sep (windows-1252): 'Dienstag in zwei Wochen, also am 29.09., um 11 Uhr' in "
           "Osnabrück, CEST -> 09:00Z; the attached ICS is an all-day event on 29 Sep (time only in the text); "
           "'so eine gute Stunde' is approximate -> end null; contact = human sender")
def p14() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        ich komme gerade erst dazu, Ihre Unterlagen in Ruhe durchzusehen - entschuldigen Sie die
        Antwort am Wochenende. Ihr Profil passt sehr gut zu dem, was wir mit der Umstellung auf
        S/4 vorhaben.

        Ich würde Sie gern persönlich kennenlernen: Dienstag in zwei Wochen, also am 29.09., um 11 Uhr
        hier bei uns in Osnabrück (Fürstenauer Weg 70). Frau Rüter aus dem Personalbüro trägt es
        Ihnen unten als Termin ein; bitte rechnen Sie mit so einer guten Stunde, anschließend
        zeige ich Ihnen gern noch die Fertigung.

        Geben Sie mir bitte nur kurz Bescheid, ob das bei Ihnen klappt - ansonsten finden wir einen
        anderen Tag.

        Mit freundlichen Grüßen

        Heiner Nettelnburg
        Geschäftsführer
        Nettelnburg Kunststofftechnik GmbH
        Fürstenauer Weg 70 · 49090 Osnabrück
        Tel. 0541 12209-0 · h.nettelnburg@nettelnburg-kunststoff.de
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20260919T102500Z
        DESCRIPTION:Vorstellungsgespräch Herr Wagner (SAP Inhouse)\\, 11 Uhr\\, Besprechungsraum EG
        DTSTART;VALUE=DATE:20260929
        DTEND;VALUE=DATE:20260930
        DTSTAMP:20260919T102500Z
        LOCATION:Nettelnburg Kunststofftechnik\\, Fürstenauer Weg 70\\, Osnabrück
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=de:Vorstellungsgespräch Lukas Wagner
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E00800000000F0E12A4B1D4ADC01000000000000000010000000
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Heiner Nettelnburg", "h.nettelnburg@nettelnburg-kunststoff.de", "windows-1252"),
        "Ihre Bewerbung als SAP Inhouse Consultant",
        "2026-09-19 12:30", BER, "<000c01dd2a7f$4e1b2a90$ea537fb0$@nettelnburg-kunststoff.de>",
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Cc", addr("Melanie Rüter", "m.rueter@nettelnburg-kunststoff.de", "windows-1252")),
        rcv=("from mail.nettelnburg-kunststoff.de (mail.nettelnburg-kunststoff.de [85.214.61.9])",
             "mx01.example.org (Postfix) with ESMTPS id 4MBq2w0Kcz"),
        charset="windows-1252",
    ), mixed(text(body, "windows-1252", "quoted-printable"),
             calendar(ics, method=None, cte="base64", ctype="text/calendar", filename="Vorstellungsgespraech.ics",
                      disposition="attachment")))


@mail(n(15), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-02 10:00", BER), end=utc("2026-10-02 10:30", BER), contact=None,
      company="Wiedenbrück Systemhaus GmbH", local="Fri 2026-10-02 10:00", local_end="2026-10-02 10:30",
      zone=BER,
      note="Microsoft Bookings (German): 'Freitag, 2. Oktober 2026 10:00 (UTC+01:00) Amsterdam, Berlin, ...' - the "
           "label shows the standard offset but 2 Oct is CEST, so 10:00 = 08:00Z, which the ICS (W. Europe "
           "Standard Time) confirms; 30 Minuten -> end 08:30Z; sender is the Bookings mailbox, staff named "
           "without address -> contact null")
def p15() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Lukas Wagner,</p>
        <p>vielen Dank für Ihre Buchung bei Wiedenbrück Systemhaus Bewerbungsgespräche.</p>
        <table style="border-collapse:collapse;margin:12px 0">
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Dienstleistung</td><td>Erstgespräch ERP-Berater (m/w/d) – 30 Minuten</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Datum und Uhrzeit</td><td>Freitag, 2. Oktober 2026 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Mitarbeiter</td><td>Nadine Bökamp</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_wsh_bk_2210">An Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@wiedenbrueck-systemhaus.de/bookings/">Termin verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Wiedenbrück Systemhaus GmbH · Lange Straße 54 · 33378 Rheda-Wiedenbrück (Kreis Gütersloh)</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Wiedenbrück Systemhaus Bewerbungsgespräche:mailto:Bewerbungsgespraeche@wiedenbrueck-systemhaus.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Wagner:mailto:lukas.wagner@example.org
        SUMMARY;LANGUAGE=de-DE:Erstgespräch ERP-Berater (m/w/d) – Lukas Wagner
        DTSTART;TZID=W. Europe Standard Time:20261002T100000
        DTEND;TZID=W. Europe Standard Time:20261002T103000
        UID:040000008200E00074C5B7101A82E008000000004A7DB0C3D24FDC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T174000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Wiedenbrück Systemhaus Bewerbungsgespräche", "Bewerbungsgespraeche@wiedenbrueck-systemhaus.de"),
        "Gebucht: Erstgespräch ERP-Berater (m/w/d) für Lukas Wagner",
        "2026-09-28 19:40", BER, "<VI1PR08MB5406E12D0A9F4C7B21@VI1PR08MB5406.eurprd08.prod.outlook.com>",
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
        rcv=("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2113.outbound.protection.outlook.com [40.107.103.113])",
             "mx01.example.org (Postfix) with ESMTPS id 4MG7cK5Jvh"),
    ), alt(html(h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(16), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:30", BER), contact="carsten.voss@hellweg-personal.de",
      company="Brenninkamp Logistik GmbH", local="Thu 2026-12-10 09:30", zone=BER,
      note="Lukas forwards (message/rfc822) a headhunter's confirmation from his private address to himself: "
           "'Donnerstag, 10.12., 9:30 Uhr' at the client in Paderborn, CET -> 08:30Z; company = the hiring client; "
           "contact = the headhunter in the forwarded header (never the candidate)")
def p16() -> bytes:
    inner_body = t("""
        Hallo Herr Wagner,

        gute Nachrichten: Brenninkamp Logistik möchte Sie kennenlernen. Ich habe den Termin eben
        mit Herrn Dr. Brenninkamp fest gemacht:

        Donnerstag, 10.12., 9:30 Uhr
        Brenninkamp Logistik GmbH, Am Hoppenhof 31, 33104 Paderborn
        Gesprächspartner: Dr. Ulrich Brenninkamp (GF), Jana Steinkemper (Leitung Finanzen)

        Ich rufe Sie am Mittwochabend noch einmal kurz zur Vorbereitung an.

        Beste Grüße
        Carsten Voß
        Hellweg Personalberatung · Senior Consultant IT & ERP
        carsten.voss@hellweg-personal.de · 0251 4801-27
        """)
    inner = message([
        ("From", addr("Carsten Voß", "carsten.voss@hellweg-personal.de")),
        ("To", addr("Lukas Wagner", "lukas.wagner@example.net")),
        ("Subject", "Termin Brenninkamp Logistik"),
        ("Date", date("2026-12-03 17:20", BER)),
        ("Message-ID", "<a0c7e2f19b3d4c58@hellweg-personal.de>"),
    ], text(inner_body, "iso-8859-1", "quoted-printable"))
    outer = t("""
        zur Erinnerung, Unterlagen Herford-Projekt ausdrucken!

        """)
    return message(head(
        addr("Lukas Wagner", "lukas.wagner@example.net"),
        "Fwd: Termin Brenninkamp Logistik",
        "2026-12-04 07:55", BER, "<5b8e0f3a-d2c1-4a6e-93f7-1e0b44c7a902@example.net>",
        rcv=("from smtp.example.net (smtp.example.net [198.51.100.25])",
             "mx01.example.org (Postfix) with ESMTPS id 4N3hJ9bQpw"),
    ), mixed(text(outer, cte="7bit"), attached_message(inner, "Termin Brenninkamp Logistik.eml")))


# --------------------------------------------------------------------------- rescheduled


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-27 14:00", BER), end=utc("2026-10-27 15:00", BER),
      contact="priya.raman@brightline-procurement.com", company="Brightline Procurement",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=BER,
      note="GoodTime reschedule sent Wed 21 Oct (CEST): old 'Fri, Oct 23, 4:00 PM - 5:00 PM CEST', new 'Tue, Oct 27, "
           "2:00 PM - 3:00 PM CET' (after the 25 Oct switch) -> 13:00-14:00Z; ICS SEQUENCE:1 in Europe/Berlin; "
           "contact = coordinator in Reply-To")
def p17() -> bytes:
    body = t("""
        Hi Lukas,

        Your panel interview for Senior Consultant, Source-to-Pay has been rescheduled.

        PREVIOUS TIME (cancelled)
        Fri, Oct 23, 2026, 4:00 PM - 5:00 PM CEST

        NEW TIME
        Tue, Oct 27, 2026, 2:00 PM - 3:00 PM CET (Europe/Berlin)

        Interviewers: Felix Ambrosius, Carla Nunes
        Location: Zoom - https://brightline.zoom.us/j/97712004815

        An updated calendar invitation is attached. Please accept it so we know the new time works.
        If you have any questions, reply to this email to reach Priya Raman, Recruiting Coordinator.

        Sent via GoodTime on behalf of Brightline Procurement
        """)
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lukas,</p>
        <p>Your panel interview for <b>Senior Consultant, Source-to-Pay</b> has been rescheduled.</p>
        <p style="color:#999"><s>Fri, Oct 23, 2026, 4:00 PM - 5:00 PM CEST</s> (cancelled)</p>
        <p style="font-size:16px"><b>Tue, Oct 27, 2026, 2:00 PM - 3:00 PM CET</b> (Europe/Berlin)</p>
        <p>Interviewers: Felix Ambrosius, Carla Nunes<br>
        Location: <a href="https://brightline.zoom.us/j/97712004815">Zoom</a></p>
        <p>An updated calendar invitation is attached. Please accept it so we know the new time works.
        If you have any questions, reply to this email to reach Priya Raman, Recruiting Coordinator.</p>
        <p style="font-size:11px;color:#888">Sent via GoodTime on behalf of Brightline Procurement</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//GoodTime.io//Hire//EN\nVERSION:2.0\nMETHOD:REQUEST\n" \
          + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:goodtime-3c9f1e02a7b64d1c8e55@goodtime.io
        SEQUENCE:1
        DTSTAMP:20261021T154500Z
        DTSTART;TZID=Europe/Berlin:20261027T140000
        DTEND;TZID=Europe/Berlin:20261027T150000
        SUMMARY:Panel Interview: Lukas Wagner - Senior Consultant\\, Source-to-Pay
        LOCATION:https://brightline.zoom.us/j/97712004815
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@brightline-procurement.com
        ATTENDEE;CN=Lukas Wagner;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.wagner@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Brightline Procurement Recruiting", "scheduling@goodtime.io"),
        "Rescheduled: Panel Interview - Senior Consultant, Source-to-Pay",
        "2026-10-21 17:45", BER, "<20261021154501.98f1c2ab3d.goodtime@mg.goodtime.io>",
        ("Reply-To", addr("Priya Raman", "priya.raman@brightline-procurement.com")),
        rcv=("from mg.goodtime.io (mg.goodtime.io [198.61.254.33])",
             "mx01.example.org (Postfix) with ESMTPS id 4MWc8N0dTz"),
    ), mixed(alt(text(body), html(h)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-16 08:30", BER), contact="b.kleinekathoefer@brackweder-stahl.de",
      company="Brackweder Stahlhandel GmbH", local="Fri 2026-10-16 08:30", zone=BER,
      note="HR reply (iso-8859-1) on Tue 13 Oct moving the interview from 'Donnerstag um 10 Uhr' (15 Oct) to "
           "'Freitag, 16.10., um halb neun' = 08:30 CEST = 06:30Z; old time also in the quoted thread; "
           "contact = human sender")
def p18() -> bytes:
    body = t("""
        Guten Tag Herr Wagner,

        leider muss ich unseren Termin am Donnerstag um 10 Uhr verschieben - unser Herr Diekmann
        ist kurzfristig auf einer Kundenreise in Polen. Wie eben mit Ihnen am Telefon abgestimmt,
        haben wir das Gespräch daher auf Freitag, 16.10., um halb neun verlegt. Herr Diekmann
        ist dann zurück, der Raum ist gebucht.

        Ort bleibt wie gehabt: Brackweder Stahlhandel, Gewerbestraße 9, 33647 Bielefeld-Brackwede.

        Freundliche Grüße aus Brackwede
        Birgit Kleinekathöfer
        Personal
        Brackweder Stahlhandel GmbH
        Tel. 0521 40972-33

        -----Ursprüngliche Nachricht-----
        Von: Birgit Kleinekathöfer <b.kleinekathoefer@brackweder-stahl.de>
        Gesendet: Mittwoch, 7. Oktober 2026 09:12
        An: lukas.wagner@example.org
        Betreff: Vorstellungsgespräch ERP-Koordinator

        Guten Tag Herr Wagner,

        hiermit bestätige ich Ihnen das Vorstellungsgespräch am Donnerstag, 15.10.2026, um 10:00 Uhr
        mit Herrn Diekmann (kaufm. Leitung) und mir.
        """)
    return message(head(
        addr("Birgit Kleinekathöfer", "b.kleinekathoefer@brackweder-stahl.de", "iso-8859-1"),
        "AW: Vorstellungsgespräch ERP-Koordinator - neuer Termin",
        "2026-10-13 14:10", BER, "<000001dd5b2e$8a71c0f0$9f5542d0$@brackweder-stahl.de>",
        ("In-Reply-To", "<000001dd5605$1c3e8b10$54bba130$@brackweder-stahl.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "high"),
        rcv=("from mail.brackweder-stahl.de (mail.brackweder-stahl.de [212.227.17.4])",
             "mx01.example.org (Postfix) with ESMTPS id 4MSm0b7Hfr"),
        charset="iso-8859-1",
    ), text(body, "iso-8859-1", "quoted-printable"), )


@mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-03 15:00", BER), end=utc("2026-12-03 16:00", BER),
      contact="gareth.lloyd@varusbrook.com", company="Varusbrook Solutions GmbH",
      local="Thu 2026-12-03 15:00", local_end="2026-12-03 16:00", zone=BER,
      note="Exchange meeting update (SEQUENCE:2, Windows zone) from an Osnabrück firm that works in English: moved "
           "from Tue 1 Dec 11:00 to 'Thursday, December 3, 2026 3:00 PM-4:00 PM (UTC+01:00) Amsterdam, Berlin...' "
           "-> 14:00-15:00Z; contact = organizer")
def p19() -> bytes:
    body = t("""
        When: Thursday, December 3, 2026 3:00 PM-4:00 PM. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Lukas,

        Apologies for the shuffle - our CFO can't make Tuesday 11:00 after all, so I've moved the
        final round to Thursday afternoon, 15:00-16:00. Same panel otherwise. Please accept the
        updated invite if that works.

        Cheers,
        Gareth

        Gareth Lloyd | Director Professional Services
        Varusbrook Solutions GmbH | Hannoversche Str. 6 | 49084 Osnabrück

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA0ZjQ5YmQt%40thread.v2/0>
        Meeting ID: 352 771 908 114
        Passcode: 4dQwqH
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gareth Lloyd:mailto:gareth.lloyd@varusbrook.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.wagner@example.org:mailto:lukas.wagner@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines Hartke:mailto:ines.hartke@varusbrook.com
        SUMMARY;LANGUAGE=en-US:Final interview - Lukas Wagner (ERP Solution Architect)
        DTSTART;TZID=W. Europe Standard Time:20261203T150000
        DTEND;TZID=W. Europe Standard Time:20261203T160000
        UID:040000008200E00074C5B7101A82E00800000000C1B2E8A2F75DDC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261127T081200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2118734922
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Gareth Lloyd", "gareth.lloyd@varusbrook.com"),
        "Final interview - Lukas Wagner (ERP Solution Architect)",
        "2026-11-27 09:12", BER, "<DB9PR02MB7323A0F1E5B94C20D8@DB9PR02MB7323.eurprd02.prod.outlook.com>",
        ("Thread-Topic", "Final interview - Lukas Wagner (ERP Solution Architect)"),
        ("Thread-Index", "AdtgX0b5PqT2mZ1kR4e1N7wQ9s3f8AAKk2Fw"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2098.outbound.protection.outlook.com [40.107.249.98])",
             "mx01.example.org (Postfix) with ESMTPS id 4N0r8p1Gzq"),
    ), alt(text(body), html("<html><body><pre style=\"font-family:Calibri\">" + body.replace("&", "&amp;")
                             .replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n"),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="workable", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-09 09:30", BER), end=utc("2026-12-09 10:15", BER),
      contact="marie.stockmeier@lippe-digital.de", company="Lippe Digital Health GmbH",
      local="Wed 2026-12-09 09:30", local_end="2026-12-09 10:15", zone=BER,
      note="Workable (German) reschedule: old 'Mo., 07.12.2026, 14:00 Uhr', new 'Mi., 09.12.2026, 09:30 - 10:15 Uhr' "
           "CET -> 08:30-09:15Z; Reply-To is a Workable candidate relay, contact = the recruiter's address in the body")
def p20() -> bytes:
    body = t("""
        Hallo Lukas,

        wir mussten dein Interview für die Stelle "Product Owner ERP-Integration (m/w/d)" leider
        verschieben.

        Bisheriger Termin: Mo., 07.12.2026, 14:00 Uhr
        Neuer Termin:      Mi., 09.12.2026, 09:30 - 10:15 Uhr (Europe/Berlin)
        Ort:               Google Meet (Link folgt in der Kalendereinladung)

        Bei Fragen erreichst du Marie direkt unter marie.stockmeier@lippe-digital.de.

        Viele Grüße
        Marie Stockmeier
        People & Culture, Lippe Digital Health GmbH

        --
        Gesendet mit Workable
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hallo Lukas,</p>
        <p>wir mussten dein Interview für die Stelle &quot;Product Owner ERP-Integration (m/w/d)&quot; leider verschieben.</p>
        <p><span style="color:#888">Bisheriger Termin:</span> <s>Mo., 07.12.2026, 14:00 Uhr</s><br>
        <span style="color:#888">Neuer Termin:</span> <b>Mi., 09.12.2026, 09:30 - 10:15 Uhr</b> (Europe/Berlin)<br>
        <span style="color:#888">Ort:</span> Google Meet (Link folgt in der Kalendereinladung)</p>
        <p>Bei Fragen erreichst du Marie direkt unter
        <a href="mailto:marie.stockmeier@lippe-digital.de">marie.stockmeier@lippe-digital.de</a>.</p>
        <p>Viele Grüße<br>Marie Stockmeier<br>People &amp; Culture, Lippe Digital Health GmbH</p>
        <p style="font-size:11px;color:#aaa">Gesendet mit Workable</p>
        </body></html>
        """)
    return message(head(
        addr("Lippe Digital Health", "noreply@workablemail.com"),
        "Dein Interview wurde verschoben - Product Owner ERP-Integration (m/w/d)",
        "2026-12-03 12:00", BER, "<wk.4e8b1f20c3a9.20261203110003@workablemail.com>",
        ("Reply-To", "lippe-digital-health+c8f21a07b4@candidates.workablemail.com"),
        rcv=("from mail-out.workablemail.com (mail-out.workablemail.com [192.237.158.44])",
             "mx01.example.org (Postfix) with ESMTPS id 4N3Dk70yWs"),
    ), alt(text(body, cte="base64"), html(h, cte="base64")))


# --------------------------------------------------------------------------- cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-09-17 16:00", BER), end=utc("2026-09-17 17:00", BER),
      contact="philipp.schaper@leinetal-software.de", company="Leinetal Software GmbH",
      local="Thu 2026-09-17 16:00", local_end="2026-09-17 17:00", zone=BER,
      note="Google Calendar cancellation (METHOD:CANCEL) in German: 'Do. 17. Sept. 2026 16:00 - 17:00 (MESZ)' -> "
           "14:00-15:00Z is the cancelled slot, no new time; contact = organizer")
def p21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Lukas Wagner – Teamlead ERP (Hannover)
        Donnerstag, 17. September 2026 · 16:00 – 17:00
        Mitteleuropäische Sommerzeit - Berlin

        Hallo Herr Wagner, leider müssen wir das Gespräch absagen, die Stelle wird intern besetzt.
        Ich melde mich nochmal persönlich bei Ihnen. Viele Grüße, Philipp Schaper

        Organisator
        Philipp Schaper
        philipp.schaper@leinetal-software.de

        Einladung von Google Kalender
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
          "METHOD:CANCEL\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260917T160000
        DTEND;TZID=Europe/Berlin:20260917T170000
        DTSTAMP:20260914T065000Z
        ORGANIZER;CN=Philipp Schaper:mailto:philipp.schaper@leinetal-software.de
        UID:0v3r6k1m8q2a9d4c7e5b1f0h2j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lukas.wagner@example.org;X-NUM-GUESTS=0:mailto:lukas.wagner@example.org
        CREATED:20260908T101500Z
        DESCRIPTION:Hallo Herr Wagner\\, leider müssen wir das Gespräch absagen\\, die Stelle wird intern besetzt.
        LAST-MODIFIED:20260914T065000Z
        LOCATION:Leinetal Software\\, Vahrenwalder Str. 140\\, Hannover
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Lukas Wagner – Teamlead ERP (Hannover)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Philipp Schaper", "philipp.schaper@leinetal-software.de"),
        "Abgesagter Termin: Interview Lukas Wagner – Teamlead ERP (Hannover) - Do. 17. Sept. 2026 16:00 - 17:00 "
        "(MESZ) (lukas.wagner@example.org)",
        "2026-09-14 08:50", BER, "<calendar-2b7d40e1-93a6-4c1f-b8e2-0f5d71ca64b3@google.com>",
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             "mx01.example.org (Postfix) with ESMTPS id 4M9yR6j3Cz"),
    ), mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-17 11:30", "Europe/London"), contact="oliver.pryce@harrowgate-supply.co.uk",
      company="Harrowgate Supply Systems Ltd", local="Tue 2026-11-17 11:30", zone="Europe/London",
      note="UK hiring manager cancels 'Tuesday's call at 11:30 (UK time)' (sent Fri 13 Nov) because the role is on "
           "hold, no new time; GMT in November -> 11:30Z (12:30 in Bielefeld); contact = human sender")
def p22() -> bytes:
    body = t("""
        Hi Lukas,

        I'm really sorry to do this, but I have to cancel Tuesday's call at 11:30 (UK time). We
        found out this afternoon that the budget for the Dynamics rollout in Germany has been
        frozen until Q2, so the role is on hold and I don't want to waste your time.

        I'll keep your details and will be in touch first thing if it opens up again - it was a
        genuinely good first chat with Rachel.

        All the best,
        Oliver

        --
        Oliver Pryce
        Head of Business Systems, Harrowgate Supply Systems Ltd
        Leeds, UK | oliver.pryce@harrowgate-supply.co.uk
        """)
    return message(head(
        addr("Oliver Pryce", "oliver.pryce@harrowgate-supply.co.uk"),
        "Tuesday - sorry, need to cancel",
        "2026-11-13 16:40", "Europe/London", "<CWLP265MB4412B7E0C9A14F2E91@CWLP265MB4412.GBRP265.PROD.OUTLOOK.COM>",
        rcv=("from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2122.outbound.protection.outlook.com [40.107.121.122])",
             "mx01.example.org (Postfix) with ESMTPS id 4MmZ3x5Lwn"),
    ), alt(text(body, "us-ascii", "7bit"), html(gmail_html(body))))


@mail(n(23), family="calendly", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-01 16:00", BER), end=utc("2026-12-01 16:30", BER),
      contact="b.hanneken@emsgold-consulting.de", company="Emsgold Consulting GmbH",
      local="Tue 2026-12-01 16:00", local_end="2026-12-01 16:30", zone=BER,
      note="Calendly cancellation in German (host cancelled, new times to follow): 'Di., 1. Dezember 2026, 16:00 - "
           "16:30 (Mitteleuropäische Zeit)' -> 15:00-15:30Z; ICS METHOD:CANCEL with UTC times; contact = host in "
           "Reply-To")
def p23() -> bytes:
    body = t("""
        Hallo Lukas Wagner,

        Birgit Hanneken hat das folgende Ereignis abgesagt:

        Ereignistyp:
        Erstgespräch Senior SAP-Berater (30 Min.)

        Eingeladener:
        Lukas Wagner
        lukas.wagner@example.org

        Datum/Uhrzeit des Ereignisses:
        16:00 - 16:30, Dienstag, 1. Dezember 2026 (Mitteleuropäische Zeit)

        Grund für die Absage:
        "Mich hat die Grippe erwischt, sorry! Ich schicke Ihnen diese Woche neue Terminvorschläge."

        Planen Sie mit Calendly:
        https://calendly.com/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:cal-5a1d27e4-0f8b-41c3-9e62-bc7f0a3d1e58
        DTSTAMP:20261129T190500Z
        DTSTART:20261201T150000Z
        DTEND:20261201T153000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Erstgespräch Senior SAP-Berater zwischen Birgit Hanneken und Lukas Wagner
        ORGANIZER;CN=Birgit Hanneken:mailto:b.hanneken@emsgold-consulting.de
        ATTENDEE;CN=Lukas Wagner:mailto:lukas.wagner@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Abgesagt: Lukas Wagner und Birgit Hanneken",
        "2026-11-29 20:05", BER, "<0100019375c2e1b4-6f7a2d09-b1e3-4c85-8f44-19a0d6c3e2b7-000000@email.amazonses.com>",
        ("Reply-To", addr("Birgit Hanneken", "b.hanneken@emsgold-consulting.de")),
        rcv=("from a10-120.smtp-out.amazonses.com (a10-120.smtp-out.amazonses.com [54.240.10.120])",
             "mx01.example.org (Postfix) with ESMTPS id 4N1v0Y7sRk"),
    ), mixed(alt(text(body), html(gmail_html(body).replace('dir="ltr"', 'style="font-family:Arial"'))),
             calendar(ics, method="CANCEL", cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="recruitee_rejection", lang="de", interview=False, company="Tecklenburger Feinkost GmbH",
      days=(("Fri", "2026-10-02"),),
      note="Recruitee rejection after an interview that already happened ('Gespräch am Freitag, 02.10.'); no "
           "upcoming appointment")
def n24() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        nochmals vielen Dank für das angenehme Gespräch am Freitag, 02.10., und die Zeit, die Sie
        sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, die Position "SAP Anwendungsbetreuer
        (m/w/d)" mit einer Kandidatin zu besetzen, deren Erfahrung im Bereich Lebensmittel-QM noch
        etwas besser zu unseren aktuellen Anforderungen passt.

        Diese Entscheidung ist uns nicht leicht gefallen. Wenn Sie einverstanden sind, würden wir
        Ihre Unterlagen gern für zukünftige Vakanzen in unserem Talentpool behalten.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Freundliche Grüße
        Jessica Hölscher
        Tecklenburger Feinkost GmbH

        Powered by Recruitee
        """)
    h = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message(head(
        addr("Tecklenburger Feinkost GmbH", "noreply@recruitee.com"),
        "Ihre Bewerbung bei Tecklenburger Feinkost GmbH",
        "2026-10-09 15:22", BER, "<rc.7a19e0f3b2c84d61.1791638520@mail.recruitee.com>",
        ("Reply-To", addr("Jessica Hölscher", "j.hoelscher@tecklenburger-feinkost.de")),
        rcv=("from mail.recruitee.com (mail.recruitee.com [159.135.228.10])",
             "mx01.example.org (Postfix) with ESMTPS id 4MR3tP0gZv"),
    ), alt(text(body), html(h)))


@mail(n(25), family="offer", lang="en", interview=False, company="Fernwald Systems",
      days=(("Mon", "2026-10-05"),),
      note="Offer e-mail from the company of an earlier positive; it books a 30-minute call on Monday 5 Oct at "
           "10:00 CEST to walk through the package - a fixed time, but an offer call, not an interview")
def n25() -> bytes:
    body = t("""
        Hi Lukas,

        I'm thrilled to let you know that the team would love to have you join Fernwald Systems as
        SAP S/4HANA Solution Consultant! Everyone you met was impressed, Martin in particular.

        Your offer letter is attached to our offer portal (link below) - it includes the salary,
        the 30 days of vacation and the remote-work policy we discussed. I've put 30 minutes in
        both our calendars for Monday, 5 October at 10:00 CEST so I can walk you through the
        package and answer any questions. Please don't feel any pressure to sign before that.

        View your offer: https://app.greenhouse.io/offers/1b8e4a2f-ea7c

        Congratulations again!
        Hannah

        Hannah Kessler | Talent Partner | Fernwald Systems
        hannah.kessler@fernwald.io
        """)
    return message(head(
        addr("Hannah Kessler", "hannah.kessler@fernwald.io"),
        "Your offer from Fernwald Systems",
        "2026-10-01 17:05", BER, "<CAH3e9Kx0p7wZ_m4rQ2Lb+8yTn5dFv1GsEc6Uo@mail.gmail.com>",
        rcv=("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
             "mx01.example.org (Postfix) with ESMTPS id 4MLx9b2Qnh"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(26), family="taleo_receipt", lang="de", interview=False, company="Westerholt Chemie AG",
      note="Taleo application receipt (German, HTML only, windows-1252): no interview, no appointment")
def n26() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Sehr geehrter Herr Wagner,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle <b>SAP Solution Architect Supply Chain
        (Req. 2600412)</b> am Standort Münster.</p>
        <p>Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Sollte Ihr Profil
        unseren Anforderungen entsprechen, werden wir Sie kontaktieren, um einen Termin für ein
        Vorstellungsgespräch zu vereinbaren. Bitte haben Sie Verständnis, dass dies einige Wochen
        dauern kann.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Westerholt Chemie AG</p>
        <p><font size="1">Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</font></p>
        </font></body></html>
        """)
    return message(head(
        addr("Westerholt Chemie AG Karriere", "westerholt@taleo.net"),
        "Eingangsbestätigung Ihrer Bewerbung - SAP Solution Architect Supply Chain (2600412)",
        "2026-09-07 22:41", BER, "<1915632019.4471.1788813660122.JavaMail.prod@tlxp2mq03.taleo.net>",
        ("Auto-Submitted", "auto-generated"),
        rcv=("from smtp-out.taleo.net (smtp-out.taleo.net [160.34.5.91])",
             "mx01.example.org (Postfix) with ESMTPS id 4M8Hf25vPq"),
    ), html(h, "windows-1252", "quoted-printable"))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job alert digest from a job board; the listings mention 'Vorstellungsgespräch', 'Start: 01.01.' and "
           "a career-day date, but nothing is booked")
def n27() -> bytes:
    body = t("""
        Hallo Lukas,

        wir haben 4 neue Jobs für deinen Suchauftrag "SAP Berater" (Umkreis 50 km um Bielefeld):

        1) SAP FI/CO Berater (m/w/d) - Gütersloh
           Mittelständischer Maschinenbauer · 65.000-78.000 EUR · Hybrid
           "Schnelles Verfahren: Vorstellungsgespräch innerhalb von 5 Tagen"

        2) Inhouse Consultant SAP MM (m/w/d) - Herford
           Möbelindustrie · Start: 01.01.2027 · Vollzeit

        3) Junior ERP-Berater Microsoft Dynamics (m/w/d) - Paderborn
           IT-Dienstleister · Remote möglich

        4) Teamleitung ERP (m/w/d) - Bielefeld
           Handel · Karrieretag vor Ort am Samstag, 17.10., 10-14 Uhr, ohne Anmeldung

        Alle Jobs ansehen: https://www.jobfuchs.example/suchauftrag/88213

        Du bekommst diese E-Mail, weil du den Suchauftrag am 02.09.2026 angelegt hast.
        Abmelden: https://www.jobfuchs.example/abmelden?u=88213
        """)
    h = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message(head(
        addr("JobFuchs Suchauftrag", "suchauftrag@news.jobfuchs.example"),
        "4 neue Jobs für \"SAP Berater\" in Bielefeld",
        "2026-10-12 06:30", BER, "<20261012043000.88213.jf@news.jobfuchs.example>",
        ("List-Unsubscribe", "<https://www.jobfuchs.example/abmelden?u=88213>"),
        ("Precedence", "bulk"),
        rcv=("from mta7.news.jobfuchs.example (mta7.news.jobfuchs.example [203.0.113.57])",
             "mx01.example.org (Postfix) with ESMTPS id 4MRh8c1vXm"),
    ), alt(text(body), html(h)))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter article about interview preparation ('Ihr Vorstellungsgespräch ist am Dienstag um "
           "10 Uhr?' as a hypothetical); no real appointment")
def n28() -> bytes:
    h = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px">
        <p style="font-size:12px;color:#888">Karriere-Kompass · Ausgabe 41/2026</p>
        <h1>Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr? So nutzen Sie die 72 Stunden davor</h1>
        <p>Die Einladung ist da, der Termin steht - und jetzt? Wir haben mit drei Personalerinnen aus
        Ostwestfalen gesprochen, was Kandidatinnen und Kandidaten in den letzten Tagen vor dem Gespräch
        wirklich weiterbringt.</p>
        <h2>1. Den Termin bestätigen - aber richtig</h2>
        <p>Eine kurze Antwort genügt: "Vielen Dank für die Einladung, gerne bestätige ich den Termin am
        Dienstag um 10:00 Uhr." Mehr braucht es nicht.</p>
        <h2>2. Die Anreise testen</h2>
        <p>Wer um 8:15 Uhr in Gütersloh sein muss, sollte die Strecke einmal zur gleichen Uhrzeit fahren.</p>
        <h2>3. Fragen vorbereiten</h2>
        <p>Drei gute Fragen zum Team schlagen zehn Fragen zum Gehalt.</p>
        <p><a href="https://karriere-kompass.example/artikel/72-stunden">Weiterlesen</a></p>
        <p style="font-size:12px;color:#888">Sie erhalten den Karriere-Kompass, weil Sie sich dafür angemeldet haben.
        <a href="https://karriere-kompass.example/abmelden">Abmelden</a></p>
        </body></html>
        """)
    return message(head(
        addr("Karriere-Kompass", "newsletter@karriere-kompass.example"),
        "Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr? 📅 So nutzen Sie die 72 Stunden davor",
        "2026-10-10 08:00", BER, "<kk-41-2026.5530912@karriere-kompass.example>",
        ("List-Unsubscribe", "<https://karriere-kompass.example/abmelden>"),
        ("List-Id", "Karriere-Kompass <newsletter.karriere-kompass.example>"),
        ("Precedence", "bulk"),
    ), html(h, cte="base64"))


@mail(n(29), family="lever_self_schedule", lang="en", interview=False, company="Quillon Data",
      note="Lever self-scheduling request: 'pick a time that works' with a link and a window 'between Oct 19 and "
           "Oct 23'; nothing is booked")
def n29() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for your interest in the Senior ERP Consultant role at Quillon Data! The next step
        is a 45-minute video interview with our VP Delivery.

        Please use the link below to pick a time that works for you between Monday, Oct 19 and
        Friday, Oct 23. Slots are shown in your local time zone.

        Choose a time: https://hire.lever.co/interview-scheduling/quillon/7f2a1c0e-b9d4

        If none of the times work, just reply and we'll figure something out.

        Best,
        Leah Brandt
        Recruiting @ Quillon Data
        """)
    return message(head(
        addr("Leah Brandt", "no-reply@hire.lever.co"),
        "Schedule your interview with Quillon Data",
        "2026-10-14 18:20", BER, "<lever.0e9d2c41-7b3a-4f1d-a6c8-52ef19b07d3a@hire.lever.co>",
        ("Reply-To", addr("Leah Brandt", "leah.brandt@quillondata.com")),
        rcv=("from mail.hire.lever.co (mail.hire.lever.co [198.2.180.44])",
             "mx01.example.org (Postfix) with ESMTPS id 4MTw1x8Fbq"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company="Westfalen Tech Talents",
      note="Agency outreach in du with no fixed time ('hättest du nächste Woche mal 15 Minuten?'); nothing agreed")
def n30() -> bytes:
    body = t("""
        Hi Lukas,

        ich bin über dein Profil gestolpert und hätte da was Spannendes: ein Kunde von uns in
        Gütersloh baut gerade ein neues SAP-Team auf (S/4 Greenfield, 100% Inhouse, 4-Tage-Woche
        möglich). Dein Mix aus FI/CO und Logistik wäre da genau richtig.

        Hättest du nächste Woche mal 15 Minuten für ein kurzes Telefonat? Sag mir einfach, wann es
        dir passt - morgens vor 9 oder nach 17 Uhr geht bei mir auch.

        Beste Grüße
        Kevin Strotmann
        Westfalen Tech Talents GmbH · Personalberatung IT
        k.strotmann@westfalen-tech-talents.de · 0251 286614-0
        """)
    return message(head(
        addr("Kevin Strotmann", "k.strotmann@westfalen-tech-talents.de"),
        "SAP-Team in Gütersloh - wär das was für dich?",
        "2026-09-16 12:47", BER, "<7f1b02c4e8a3d95b@westfalen-tech-talents.de>",
        rcv=("from mail.westfalen-tech-talents.de (mail.westfalen-tech-talents.de [81.169.145.96])",
             "mx01.example.org (Postfix) with ESMTPS id 4MCd5b1RzM"),
    ), text(body, cte="8bit"))


@mail(n(31), family="proposed_times", lang="en", interview=False, company="Grachtwerk Logistics B.V.",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Dutch employer proposes two options ('Tuesday 13 October at 14:00 or Wednesday 14 October at 10:00 - "
           "would either work?'); not confirmed - the confirmation is a separate positive mail")
def n31() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for applying for the ERP Consultant Microsoft Dynamics 365 F&O position - Joris and
        I enjoyed reading your CV and would like to invite you for a first interview (45 minutes,
        Teams).

        Would Tuesday 13 October at 14:00 or Wednesday 14 October at 10:00 (Amsterdam time) work
        for you? Once you let me know, I'll send the booking confirmation via our system.

        Kind regards,
        Femke de Vries
        Talent Acquisition | Grachtwerk Logistics B.V.
        femke.devries@grachtwerk.nl | +31 30 799 4410
        """)
    return message(head(
        addr("Femke de Vries", "femke.devries@grachtwerk.nl"),
        "Your application at Grachtwerk Logistics",
        "2026-10-05 11:02", BER, "<AS8PR07MB7621F3E2A1B04C9D55@AS8PR07MB7621.eurprd07.prod.outlook.com>",
        rcv=("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2101.outbound.protection.outlook.com [40.107.247.101])",
             "mx01.example.org (Postfix) with ESMTPS id 4MN8cD4Xtb"),
    ), text(body, "utf-8", "quoted-printable"))


@mail(n(32), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Practice appointment confirmation with a fixed time ('Mo., 14.12., 08:40 Uhr') - a doctor's "
           "appointment, not an interview")
def n32() -> bytes:
    body = t("""
        Guten Tag Lukas Wagner,

        Ihr Termin wurde bestätigt:

        Hausarztpraxis Dr. med. Annette Schürmann & Kollegen
        Mo., 14.12., 08:40 Uhr
        Terminart: Gesundheits-Check-up (Vorsorge)
        Adresse: Stapenhorststraße 57, 33615 Bielefeld

        Bitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit.
        Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher ab:
        https://praxistermin24.example/absagen/Q7K2MX

        Ihr Praxistermin24-Team
        """)
    return message(head(
        addr("Praxistermin24", "noreply@praxistermin24.example"),
        "Terminbestätigung: Mo., 14.12., 08:40 Uhr bei Dr. med. Annette Schürmann",
        "2026-12-07 19:12", BER, "<pt24.conf.Q7K2MX.20261207181200@praxistermin24.example>",
        ("Auto-Submitted", "auto-generated"),
    ), text(body, cte="quoted-printable"))


@mail(n(33), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Flat viewing in Münster confirmed for 'Samstag, 10.10., um 11:30 Uhr' - a fixed time, not an interview "
           "(the landlord's 'kurzes Gespräch' with the applicants is part of the viewing)")
def n33() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        danke für Ihre Anfrage zur 3-Zimmer-Wohnung in der Hammer Straße. Gerne bestätige ich Ihnen
        den Besichtigungstermin am Samstag, 10.10., um 11:30 Uhr. Treffpunkt ist vor der Haustür
        (Hammer Straße 141, 48153 Münster). Der Eigentümer möchte im Anschluss gern ein kurzes
        Gespräch mit den Interessenten führen - bringen Sie bitte die Selbstauskunft und die
        letzten drei Gehaltsnachweise mit.

        Mit freundlichen Grüßen
        Stefanie Kortmann
        Kortmann Immobilien · Münster
        s.kortmann@kortmann-immobilien.de
        """)
    return message(head(
        addr("Stefanie Kortmann", "s.kortmann@kortmann-immobilien.de"),
        "Besichtigung Hammer Straße 141 - Bestätigung",
        "2026-10-06 10:18", BER, "<20261006081812.3c9e@kortmann-immobilien.de>",
        rcv=("from mail.kortmann-immobilien.de (mail.kortmann-immobilien.de [85.13.150.22])",
             "mx01.example.org (Postfix) with ESMTPS id 4MNzJ81Kfd"),
    ), text(body, "iso-8859-15", "8bit"))


@mail(n(34), family="car_service", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Car-service appointment with an ICS ('Do., 05.11.2026, 07:30 Uhr Fahrzeugannahme'); not an interview")
def n34() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Datum: Do., 05.11.2026
        Uhrzeit: 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug: VW Golf Variant, BI-LW 2710
        Leistungen: Inspektion mit Ölwechsel, Umstecken Winterräder

        Voraussichtliche Fertigstellung: 16:00 Uhr. Einen Ersatzwagen haben wir für Sie reserviert.

        Ihr Serviceteam
        Autohaus Sieker GmbH · Eckendorfer Straße 130 · 33609 Bielefeld
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Autohaus Sieker//Werkstattplaner//DE\nMETHOD:PUBLISH\n" \
          + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:ws-20261105-0730-4417@autohaus-sieker.example
        DTSTAMP:20261028T091500Z
        DTSTART;TZID=Europe/Berlin:20261105T073000
        DTEND;TZID=Europe/Berlin:20261105T080000
        SUMMARY:Werkstatttermin Autohaus Sieker (Fahrzeugannahme)
        LOCATION:Eckendorfer Straße 130\\, 33609 Bielefeld
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Autohaus Sieker Service", "service@autohaus-sieker.example"),
        "Ihr Werkstatttermin am 05.11.2026",
        "2026-10-28 10:15", BER, "<ws.4417.20261028091500@autohaus-sieker.example>",
    ), mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                                  disposition="attachment")))


@mail(n(35), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="School's parent-teacher slot confirmation ('Elternsprechtag am Mittwoch, 18.11., Ihr Termin: "
           "17:10 Uhr'); fixed time, not an interview")
def n35() -> bytes:
    body = t("""
        Liebe Eltern von Mia Wagner (Klasse 3b),

        vielen Dank für Ihre Anmeldung zum Elternsprechtag am Mittwoch, 18.11.

        Ihr Termin: 17:10 Uhr bei Frau Ostermann (Klassenleitung), Raum 1.12
        Dauer: 10 Minuten

        Bitte haben Sie Verständnis, dass wir die Zeiten genau einhalten müssen. Falls Sie
        verhindert sind, tragen Sie sich bitte im Elternportal wieder aus.

        Mit freundlichen Grüßen
        Das Sekretariat der Grundschule am Johannisberg
        """)
    return message(head(
        addr("Grundschule am Johannisberg", "sekretariat@gs-johannisberg.example"),
        "Elternsprechtag 18.11. - Ihr Termin",
        "2026-11-10 13:05", BER, "<elternportal.8841.1794311100@gs-johannisberg.example>",
        to=addr("Lukas Wagner", ME),
    ), text(body, "iso-8859-1", "quoted-printable"))


@mail(n(36), family="work_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange invitation at the current employer (team Christmas party, Fri 11 Dec 18:00, W. Europe "
           "Standard Time); a calendar invite with a fixed time, not an interview")
def n36() -> bytes:
    body = t("""
        Wann: Freitag, 11. Dezember 2026 18:00-23:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Brauhaus am Klosterplatz, Bielefeld

        *~*~*~*~*~*~*~*~*~*

        Hallo zusammen,

        auch dieses Jahr lassen wir es uns nicht nehmen: Weihnachtsfeier Team ERP! Tisch ist
        reserviert, Essen geht aufs Haus, Getränke bis 22 Uhr auch. Bitte sagt bis 1.12. zu oder ab.

        Viele Grüße
        Sonja
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sonja Brüggemann:mailto:sonja.brueggemann@owl-business-solutions.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team ERP:mailto:team-erp@owl-business-solutions.example
        SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier Team ERP
        DTSTART;TZID=W. Europe Standard Time:20261211T180000
        DTEND;TZID=W. Europe Standard Time:20261211T230000
        UID:040000008200E00074C5B7101A82E00800000000A2F06DB1C84FDC01000000000000000010000000
        CLASS:PUBLIC
        DTSTAMP:20261116T101500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Brauhaus am Klosterplatz\\, Bielefeld
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Brüggemann, Sonja", "sonja.brueggemann@owl-business-solutions.example"),
        "Weihnachtsfeier Team ERP",
        "2026-11-16 11:15", BER, "<AM0PR10MB3185D0C4E2F1A47B90@AM0PR10MB3185.EURPRD10.PROD.OUTLOOK.COM>",
        to=addr("Team ERP", "team-erp@owl-business-solutions.example"),
    ), alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(37), family="webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Webinar registration ('Souverän im Vorstellungsgespräch als SAP-Berater', Do., 22.10.2026, 18:00 Uhr): "
           "confirmed time, but a webinar about interviews")
def n37() -> bytes:
    body = t("""
        Hallo Lukas Wagner,

        vielen Dank für Ihre Registrierung für:

        Souverän im Vorstellungsgespräch als SAP-Berater - was Personaler wirklich fragen

        Datum und Uhrzeit: Do., 22.10.2026, 18:00 Uhr Amsterdam, Berlin, Rom, Stockholm, Wien
        Webinar-ID: 861 0042 7719

        Hier können Sie jederzeit teilnehmen:
        https://us06web.zoom.us/w/86100427719?tk=Qm0fX2d

        Zum Kalender hinzufügen: Google Kalender | Outlook (.ics) | Yahoo Kalender

        ERP-Karriere Akademie
        """)
    return message(head(
        addr("ERP-Karriere Akademie", "no-reply@zoom.us"),
        "Bestätigung: Souverän im Vorstellungsgespräch als SAP-Berater",
        "2026-10-15 20:31", BER, "<zoom.webinar.86100427719.reg.3d7f@zoom.us>",
        ("Reply-To", "webinare@erp-karriere-akademie.example"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Career coach confirms a paid mock-interview session ('Probeinterview am Donnerstag, 05.11., 15 Uhr'); "
           "a fixed time, not a job interview")
def n38() -> bytes:
    body = t("""
        Hallo Lukas,

        super, dann halten wir fest: unser Probeinterview am Donnerstag, 05.11., um 15 Uhr, 90 Minuten,
        per Zoom (Link wie immer). Ich spiele die Personalerin von Halvorsen, du schickst mir vorher
        bitte noch die Stellenanzeige und deinen aktuellen Lebenslauf.

        Die Rechnung für das 3er-Paket kommt separat.

        Liebe Grüße
        Sandra

        --
        Sandra Lüke · Karriere- & Bewerbungscoaching
        Bielefeld · www.lueke-coaching.example
        """)
    return message(head(
        addr("Sandra Lüke", "sandra@lueke-coaching.example"),
        "Probeinterview Donnerstag",
        "2026-10-30 09:44", BER, "<5e21a8c4-0b7f-4d3e-9c11-7f0e2b6d8a35@lueke-coaching.example>",
    ), text(body, cte="8bit"))


@mail(n(39), family="interviewer_at_current_job", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Exchange invite from HR at Lukas's current employer: he is an interviewer for a junior candidate "
           "(Di., 24.11., 13:00-14:00). An interview with a fixed time, but not his own job interview")
def n39() -> bytes:
    body = t("""
        Wann: Dienstag, 24. November 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Raum "Sparrenburg" (2. OG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Lukas,

        danke, dass du als Fachinterviewer einspringst! Der Kandidat ist Jonas Berger, Bewerbung als
        Junior ERP Consultant (Lebenslauf und Interviewleitfaden im Anhang der Stelle in Personio).
        Bitte gib mir bis Mittwochabend dein Feedback im Bewertungsbogen.

        Danke & Gruß
        Nicole Tiemann
        HR Business Partner
        OWL Business Solutions GmbH
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" \
          + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Tiemann, Nicole:mailto:nicole.tiemann@owl-business-solutions.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wagner, Lukas:mailto:lukas.wagner@owl-business-solutions.example
        SUMMARY;LANGUAGE=de-DE:Interview Jonas Berger - Junior ERP Consultant (Fachinterview)
        DTSTART;TZID=W. Europe Standard Time:20261124T130000
        DTEND;TZID=W. Europe Standard Time:20261124T140000
        UID:040000008200E00074C5B7101A82E008000000003B5E91F0C95ADC01000000000000000010000000
        CLASS:PUBLIC
        DTSTAMP:20261119T074500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum "Sparrenburg" (2. OG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Tiemann, Nicole", "nicole.tiemann@owl-business-solutions.example"),
        "Interview Jonas Berger - Junior ERP Consultant (Fachinterview)",
        "2026-11-19 08:45", BER, "<AM0PR10MB3185F7A1C0D2E93B44@AM0PR10MB3185.EURPRD10.PROD.OUTLOOK.COM>",
        to=addr("Wagner, Lukas", "lukas.wagner@owl-business-solutions.example"),
    ), alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(40), family="auto_reply", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Out-of-office auto-reply from a recruiter to Lukas's question about an interview; only an absence "
           "period, no appointment")
def n40() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16.10., nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen zu Bewerbungen und
        Vorstellungsgesprächen wenden Sie sich bitte an bewerbung@paderquell-energie.de.

        Mit freundlichen Grüßen
        Katrin Meschede
        Paderquell Energie AG
        """)
    return message(head(
        addr("Katrin Meschede", "katrin.meschede@paderquell-energie.de"),
        "Automatische Antwort: Rückfrage zum zweiten Gespräch",
        "2026-10-07 16:02", BER, "<FR3P281MB1120B9D0F2A3C84E11@FR3P281MB1120.DEUP281.PROD.OUTLOOK.COM>",
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<e2a9c7d1-5f30-4b8e-a417-0d6c2e9f1b84@example.org>"),
    ), text(body, cte="quoted-printable"))


@mail(n(41), family="bounce", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Delivery failure report for Lukas's own reply confirming the Böckmann interview ('Dienstag, 15.09. um "
           "8:15 Uhr') to a mistyped address; the confirming mail is the positive in this set, the bounce is not")
def n41() -> bytes:
    original = message([
        ("From", LUKAS),
        ("To", addr("Dirk Hollenhorst", "d.hollenhorts@boeckmann-antriebe.de")),
        ("Cc", addr("Sabine Nölke", "s.noelke@boeckmann-antriebe.de")),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch - SAP-Berater Logistik (m/w/d)")),
        ("Date", date("2026-09-09 11:28", BER)),
        ("Message-ID", "<c41f7e02-9b5d-4a18-8e3c-61d0a2f7b9e5@example.org>"),
    ], text(t("""
        Sehr geehrte Frau Nölke, sehr geehrter Herr Hollenhorst,

        vielen Dank für die Einladung. Gerne bestätige ich den Termin am Dienstag, 15.09. um 8:15 Uhr
        in Gütersloh.

        Mit freundlichen Grüßen
        Lukas Wagner
        """), cte="quoted-printable"))
    human = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <d.hollenhorts@boeckmann-antriebe.de>: host mx.boeckmann-antriebe.de[194.25.134.8]
            said: 550 5.1.1 <d.hollenhorts@boeckmann-antriebe.de>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4M9Vb03Xwz
        X-Postfix-Sender: rfc822; lukas.wagner@example.org
        Arrival-Date: Wed,  9 Sep 2026 11:28:14 +0200 (CEST)

        Final-Recipient: rfc822; d.hollenhorts@boeckmann-antriebe.de
        Original-Recipient: rfc822;d.hollenhorts@boeckmann-antriebe.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.boeckmann-antriebe.de
        Diagnostic-Code: smtp; 550 5.1.1 <d.hollenhorts@boeckmann-antriebe.de>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    return message([
        ("Delivered-To", ME),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-09 11:28", BER)),
        ("Message-ID", "<20260909092815.2F1A03C4E1@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(human, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 attached_message(original),
                 params="report-type=delivery-status"))


@mail(n(42), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="User-group mailing list post: SAP Stammtisch on 'Mi., 18.11., 19:00 Uhr' with a talk about hiring; a "
           "meetup, not an interview")
def n42() -> bytes:
    body = t("""
        Moin zusammen,

        unser nächster SAP-Stammtisch OWL findet statt am Mi., 18.11., 19:00 Uhr im Hechelei-Café
        (Ravensberger Park, Bielefeld). Thema: "S/4-Migration im Mittelstand - und wer soll das
        machen? Recruiting von SAP-Beratern in OWL" mit Kurzvortrag von Anke Rolf (IHK).

        Anmeldung bitte bis Montag hier in der Liste oder per Mail an mich, damit wir genug Tische
        reservieren.

        Gruß
        Matthias

        --
        sap-owl mailing list
        sap-owl@lists.erp-owl.example
        https://lists.erp-owl.example/mailman/listinfo/sap-owl
        """)
    return message([
        ("Delivered-To", ME),
        ("From", addr("Matthias Kemper", "m.kemper@erp-owl.example")),
        ("To", "sap-owl@lists.erp-owl.example"),
        ("Subject", "[sap-owl] Stammtisch November: Mi., 18.11., 19 Uhr"),
        ("Date", date("2026-11-09 21:17", BER)),
        ("Message-ID", "<9f2e1c07-3a5b-4d8e-b6c1-2e7f0d4a9b13@erp-owl.example>"),
        ("List-Id", "SAP-Anwender OWL <sap-owl.lists.erp-owl.example>"),
        ("List-Post", "<mailto:sap-owl@lists.erp-owl.example>"),
        ("List-Unsubscribe", "<https://lists.erp-owl.example/mailman/options/sap-owl>"),
        ("Precedence", "list"),
        ("Sender", "sap-owl-bounces@lists.erp-owl.example"),
    ], text(body, cte="8bit"))


@mail(n(43), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Employment agency invitation to a counselling appointment ('Dienstag, 06.10.2026 um 09:30 Uhr', "
           "Einladung nach § 309 SGB III) - fixed time, an 'Einladung' and a 'Gespräch', but not a job interview")
def n43() -> bytes:
    body = t("""
        Einladung

        Sehr geehrter Herr Wagner,

        bitte kommen Sie am

            Dienstag, 06.10.2026 um 09:30 Uhr

        in die Agentur für Arbeit Bielefeld, Werner-Bock-Straße 8, 33602 Bielefeld,
        Eingang B, 2. Etage, Zimmer 214, zu Frau Krüger.

        Ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.
        Bitte bringen Sie Ihren Lebenslauf sowie aktuelle Bewerbungsunterlagen mit.

        Dies ist eine Einladung nach § 309 Drittes Buch Sozialgesetzbuch (SGB III).
        Rechtsfolgenbelehrung: siehe Anlage.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Bielefeld

        Diese Nachricht wurde über Ihr Postfach in den eServices versendet.
        """)
    return message(head(
        addr("Agentur für Arbeit Bielefeld", "noreply@eservices.arbeitsagentur.example"),
        "Einladung zu einem Gesprächstermin am 06.10.2026",
        "2026-09-24 07:12", BER, "<eserv.20260924051201.7730912@arbeitsagentur.example>",
        ("Auto-Submitted", "auto-generated"),
    ), text(body, "iso-8859-1", "quoted-printable"))


@mail(n(44), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A local reporter confirms a phone interview with Lukas for an article ('Donnerstag, 29.10., um 14 Uhr') - "
           "an interview with a fixed time, but press, not a job interview")
def n44() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        super, dann rufe ich Sie am Donnerstag, 29.10., um 14 Uhr auf Ihrem Handy an. Für den Artikel
        über den Fachkräftemangel in der IT in OWL würde mich vor allem interessieren, wie Sie als
        SAP-Berater den Markt gerade erleben und wie lange Unternehmen bei Ihnen nach Leuten suchen.
        Das Interview dauert etwa 20 Minuten, ein Foto bräuchten wir ggf. noch separat.

        Beste Grüße
        Lea Schwentker
        Redaktion Wirtschaft
        Ostwestfalen-Kurier
        l.schwentker@ow-kurier.example
        """)
    return message(head(
        addr("Lea Schwentker", "l.schwentker@ow-kurier.example"),
        "Re: Interview Fachkräftemangel IT",
        "2026-10-26 16:33", BER, "<01be7c3f-d02a-4e95-8f3b-5a9c1e67d204@ow-kurier.example>",
        ("In-Reply-To", "<f8c0e3a1-2b7d-49c6-a05e-3d91b4c2e7f8@example.org>"),
    ), text(body, "windows-1252", "quoted-printable"))


@mail(n(45), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Podcast guest recording confirmed ('Thursday, November 5 at 17:00 CET', Riverside link) - Lukas is the "
           "guest being interviewed, not a job interview")
def n45() -> bytes:
    body = t("""
        Hey Lukas,

        You're all set as a guest on The ERP Mile! We'll record on Thursday, November 5 at 17:00 CET
        (plan for 60 minutes including a quick sound check).

        Studio link: https://riverside.fm/studio/the-erp-mile?t=9c1d02
        Episode working title: "Why mid-sized manufacturers still get S/4 wrong"

        A few tips: wired headphones, a quiet room, and please don't use Bluetooth mics. I'll send
        the rough interview questions on Monday.

        Cheers,
        Dana
        Host, The ERP Mile podcast
        dana@theerpmile.example
        """)
    return message(head(
        addr("Dana Whitfield", "dana@theerpmile.example"),
        "You're booked on The ERP Mile - Nov 5",
        "2026-10-29 19:02", BER, "<CAF2vQp9m1kR7wL3_h8TzN4eYc0dJbA6uXo5s@mail.gmail.com>",
    ), alt(text(body), html(gmail_html(body))))


@mail(n(46), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-28"),),
      note="Business school invites to an MBA admission interview ('Auswahlgespräch am Samstag, 28.11.2026, "
           "10:15 Uhr', Münster) - an interview with a fixed time, but for a study place, not a job")
def n46() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Wagner,</p>
        <p>vielen Dank für Ihre Bewerbung für den berufsbegleitenden <b>Executive MBA (Jahrgang 2027)</b>.
        Wir freuen uns, Sie zum persönlichen Auswahlgespräch einzuladen:</p>
        <p><b>Samstag, 28.11.2026, 10:15 Uhr</b><br>
        Westfälische Business School, Schlossplatz 21, 48149 Münster, Raum S 104<br>
        Dauer: 45 Minuten (Gespräch mit der Studiengangsleitung und einem Alumni-Vertreter)</p>
        <p>Bitte bestätigen Sie Ihre Teilnahme bis zum 20.11. im Bewerbungsportal.</p>
        <p>Mit freundlichen Grüßen<br>Dr. Kathrin Lammers<br>Programmmanagement Executive MBA<br>
        admissions@wbs-muenster.example</p>
        </body></html>
        """)
    return message(head(
        addr("Westfälische Business School - Admissions", "admissions@wbs-muenster.example"),
        "Einladung zum Auswahlgespräch Executive MBA",
        "2026-11-18 10:00", BER, "<wbs.adm.2027.04412@wbs-muenster.example>",
    ), html(h, "utf-8", "quoted-printable"))


@mail(n(47), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Handball club confirms a try-out training ('Probetraining am Mittwoch, 30.09., um 19:30 Uhr') - a sports "
           "try-out, not a job interview")
def n47() -> bytes:
    body = t("""
        Hi Lukas,

        klar, komm gern mal vorbei! Probetraining bei der 2. Herren ist am Mittwoch, 30.09., um 19:30 Uhr
        in der Sporthalle Ummeln (Steinhagener Str.). Bring Hallenschuhe mit und sei so 10 Min eher da,
        dann stell ich dich dem Trainer vor. Danach gibts meistens noch n Bierchen im Vereinsheim.

        Sportliche Grüße
        Nils
        HSG Ummeln-Quelle, Abteilung Handball
        """)
    return message(head(
        addr("Nils Bökenkamp", "nils.boekenkamp@hsg-ummeln-quelle.example"),
        "Re: Probetraining 2. Herren",
        "2026-09-26 13:40", BER, "<b8e3f1c0-7d26-4a9e-b152-c0f4d83a6e91@hsg-ummeln-quelle.example>",
    ), text(body, cte="8bit"))


@mail(n(48), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Bank advisor appointment with an ICS ('Do., 26.11.2026, 17:00 - 18:00 Uhr', Baufinanzierung) - fixed "
           "time, not an interview")
def n48() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        hiermit bestätigen wir Ihren Beratungstermin:

        Thema: Baufinanzierung / Anschlussfinanzierung
        Datum: Do., 26.11.2026
        Uhrzeit: 17:00 - 18:00 Uhr
        Ort: Filiale Bielefeld-Schildesche, Johannisstraße 4
        Ihr Berater: Frank Vormbrock

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und den Einkommensteuerbescheid mit.

        Mit freundlichen Grüßen
        Teutoburger Volksbank eG
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teutoburger Volksbank eG//Terminvereinbarung//DE\n" \
          "METHOD:PUBLISH\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tvb-beratung-88120-20261126@teutoburger-volksbank.example
        DTSTAMP:20261120T093000Z
        DTSTART;TZID=Europe/Berlin:20261126T170000
        DTEND;TZID=Europe/Berlin:20261126T180000
        SUMMARY:Beratungstermin Baufinanzierung - Teutoburger Volksbank
        LOCATION:Filiale Bielefeld-Schildesche\\, Johannisstraße 4
        ORGANIZER;CN=Frank Vormbrock:mailto:frank.vormbrock@teutoburger-volksbank.example
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Teutoburger Volksbank eG", "termine@teutoburger-volksbank.example"),
        "Terminbestätigung Ihres Beratungsgesprächs",
        "2026-11-20 10:30", BER, "<tvb.termin.88120@teutoburger-volksbank.example>",
    ), mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="base64", filename="Beratungstermin.ics",
                      disposition="attachment")))


@mail(n(49), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="A friend forwards his OWN interview confirmation ('Freitag, 06.11.2026 um 10:00 Uhr') for information; "
           "a real confirmed interview, but not Lukas's")
def n49() -> bytes:
    inner = message([
        ("From", addr("Stadtwerke Herford Karriere", "noreply@mail.personio.de")),
        ("Reply-To", addr("Jana Brune", "j.brune@swh-herford.example")),
        ("To", addr("Timo Pieper", "timo.pieper@example.com")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Controller (m/w/d)")),
        ("Date", date("2026-10-30 14:05", BER)),
        ("Message-ID", "<20261030130502.9c1a7e@mail.personio.de>"),
    ], text(t("""
        Sehr geehrter Herr Pieper,

        wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

        Termin: Freitag, 06.11.2026 um 10:00 Uhr
        Ort: Stadtwerke Herford, Werre-Park 1, 32049 Herford

        Mit freundlichen Grüßen
        Jana Brune
        """)))
    body = t("""
        Moin Lukas,

        guck mal, hat doch noch geklappt mit Herford 🎉 Danke nochmal für den Tipp mit der Stelle!
        Kannst du mir am Wochenende nochmal sagen, was die da so fragen? Du kennst ja die Leute dort.

        Timo
        """)
    return message(head(
        addr("Timo Pieper", "timo.pieper@example.com"),
        "Fwd: Einladung zum Vorstellungsgespräch – Controller (m/w/d)",
        "2026-10-30 18:47", BER, "<3a7c0e91-b4f2-4d15-8e6a-9f21c3d0b7e4@example.com>",
    ), mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(n(50), family="icims_recruiter_note", lang="en", interview=False, company="Calloway Industrial Software",
      note="US recruiter message via iCIMS: interviews paused, 'let's regroup after Thanksgiving' and times will be "
           "sent then; nothing scheduled")
def n50() -> bytes:
    body = t("""
        Hi Lukas,

        Quick update from our side: our hiring team is out most of this week for the holiday, so
        we're pausing interviews for the EMEA Solutions Consultant role until next week.

        Let's regroup after Thanksgiving - I'll send over a couple of times for the conversation
        with Rob (our VP Customer Success) on Monday or Tuesday. Nothing you need to do in the
        meantime.

        Happy Thanksgiving (I know it's not a thing in Germany, but still!),
        Kayla

        Kayla Hutchins | Talent Acquisition Partner
        Calloway Industrial Software | Columbus, OH

        This message was sent via iCIMS on behalf of Calloway Industrial Software.
        """)
    return message(head(
        addr("Kayla Hutchins", "calloway+kayla.hutchins@talent.icims.com"),
        "EMEA Solutions Consultant - quick update",
        "2026-11-23 10:12", "America/New_York", "<icims.msg.1193328.2026112315120@talent.icims.com>",
        ("Reply-To", "calloway+reply.88213c@talent.icims.com"),
    ), alt(text(body), html(gmail_html(body), cte="base64")))
