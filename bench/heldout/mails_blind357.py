"""blind357: a blind 50-mail set, a realistic inbox (Benedikt Kraus, quality engineer in Coburg).

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the checks. Written on 2026-11-28 by a helper session that had not read the detector, its tests, or
any other held-out mails. Keys 1-23 are positives, 24-50 negatives; key k is file ORDER[k - 1].
"""

from __future__ import annotations

import hashlib
import random

import make
from make import alt, calendar, html, mixed, t, text

SET = "blind357"
ORDER = random.Random(3570357).sample(range(1, 51), 50)

BER = "Europe/Berlin"
VIE = "Europe/Vienna"
PRG = "Europe/Prague"
CHI = "America/Chicago"
NYC = "America/New_York"
DEN = "America/Denver"

ME = "benedikt.kraus@example.org"
ME2 = "b.kraus@example.com"
TO = make.addr("Benedikt Kraus", ME)
TO2 = make.addr("Benedikt Kraus", ME2)


def reg(k: int, *, family: str, lang: str, company: str | None, note: str, kind: str | None = None,
        local: str | None = None, local_end: str | None = None, zone: str | None = None,
        contact: str | None = None, days: tuple[tuple[str, str], ...] = ()):
    name = f"{SET}_{ORDER[k - 1]:03d}"
    positive = k <= 23
    start = make.utc(local.split(" ", 1)[1], zone) if positive else None
    end = make.utc(local_end, zone) if positive and local_end else None
    return make.mail(name, family=family, lang=lang, interview=positive, company=company, note=note,
                     kind=kind, start=start, end=end, contact=contact, local=local,
                     local_end=local_end, zone=zone, days=days)


def rcv(host: str, when: str, zone: str, to: str = ME, lag: int = 4) -> tuple[str, str]:
    ident = hashlib.sha256(f"{host}{when}".encode()).hexdigest()[:12].upper()
    mx = "mx02.mail.example.org" if to == ME else "mx-in.example.com"
    return ("Received", make.received(f"from {host}", when, zone, f"{mx} (Postfix) with ESMTPS id {ident}",
                                      to, lag))


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *extra: tuple[str, str],
         to: str = TO, host: str | None = None, rcpt: str = ME) -> list[tuple[str, str]]:
    h: list[tuple[str, str]] = []
    if host:
        h.append(rcv(host, when, zone, rcpt))
    h += [("From", frm), ("To", to), ("Subject", make.enc(subject)), ("Date", make.date(when, zone)),
          ("Message-ID", mid)]
    h += list(extra)
    return h


# =========================================================================== positives (1-23)


@reg(1, family="personio", lang="de", company="Frankenwerk Armaturen GmbH", kind="scheduled",
     local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:30", zone=BER,
     contact="sabine.hertel@frankenwerk-armaturen.de",
     note="Personio invitation confirmed for Tue 15.09.2026 10:00-11:30 Uhr in Bamberg (CEST, UTC+2); "
          "contact = human Reply-To (HR Business Partnerin). Thread: moved by key 2, rejected by key 24.")
def m01():
    body = t("""
        Sehr geehrter Herr Kraus,

        vielen Dank für Ihr Interesse an der Position „Qualitätsingenieur Lieferantenqualität (m/w/d)“
        bei der Frankenwerk Armaturen GmbH.

        Gerne bestätigen wir Ihnen hiermit den folgenden Termin für ein persönliches Gespräch:

        Datum:    Dienstag, 15.09.2026
        Uhrzeit:  10:00 – 11:30 Uhr
        Ort:      Frankenwerk Armaturen GmbH, Hallstadter Straße 41, 96052 Bamberg
                  (bitte melden Sie sich am Empfang in Gebäude A)
        Gesprächspartner: Sabine Hertel (HR Business Partnerin),
                          Markus Dietz (Leiter Qualitätsmanagement)

        Bitte bringen Sie einen gültigen Lichtbildausweis mit. Besucherparkplätze finden Sie direkt
        vor dem Haupteingang.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch mit Ihnen!

        Mit freundlichen Grüßen

        Sabine Hertel
        HR Business Partnerin

        --
        Frankenwerk Armaturen GmbH · Hallstadter Straße 41 · 96052 Bamberg
        Geschäftsführer: Dr. Ulrich Brandl · Amtsgericht Bamberg HRB 8817
        Informationen zum Datenschutz für Bewerber: https://frankenwerk-armaturen.jobs.personio.de/privacy
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Sehr geehrter Herr Kraus,</p>
        <p>vielen Dank für Ihr Interesse an der Position „Qualitätsingenieur Lieferantenqualität (m/w/d)“
        bei der Frankenwerk Armaturen GmbH.</p>
        <p>Gerne bestätigen wir Ihnen hiermit den folgenden Termin für ein persönliches Gespräch:</p>
        <table cellpadding="4">
        <tr><td><b>Datum</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 – 11:30 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Frankenwerk Armaturen GmbH, Hallstadter Straße 41, 96052 Bamberg<br>
        (bitte melden Sie sich am Empfang in Gebäude A)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Sabine Hertel (HR Business Partnerin),
        Markus Dietz (Leiter Qualitätsmanagement)</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit. Besucherparkplätze finden Sie direkt
        vor dem Haupteingang.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch mit Ihnen!</p>
        <p>Mit freundlichen Grüßen<br><br>Sabine Hertel<br>HR Business Partnerin</p>
        <hr><p style="font-size:11px;color:#7b8794">Frankenwerk Armaturen GmbH · Hallstadter Straße 41 ·
        96052 Bamberg<br>Geschäftsführer: Dr. Ulrich Brandl · Amtsgericht Bamberg HRB 8817</p>
        </body></html>
        """)
    h = hdrs(make.addr("Frankenwerk Armaturen GmbH", "no-reply@mail.personio.de"),
             "Einladung zum Vorstellungsgespräch – Qualitätsingenieur Lieferantenqualität (m/w/d)",
             "2026-09-09 14:12", BER, "<0102019a7c3e4f1d-5b8e2c61-personio-7d41@eu-central-1.amazonses.com>",
             ("Reply-To", make.addr("Sabine Hertel", "sabine.hertel@frankenwerk-armaturen.de")),
             host="a7-21.smtp-out.eu-central-1.amazonses.com (a7-21.smtp-out.eu-central-1.amazonses.com "
                  "[54.240.7.21])")
    return make.message(h, alt(text(body), html(page)))


@reg(2, family="human_prose", lang="de", company="Frankenwerk Armaturen GmbH", kind="rescheduled",
     local="Thu 2026-09-17 14:00", zone=BER, contact="sabine.hertel@frankenwerk-armaturen.de",
     note="HR writes herself (Outlook, windows-1252): Tue 15.09. 10:00 moved to Donnerstag 17.09.2026 "
          "14:00 Uhr (CEST); 'ca. 90 Minuten' is approximate, end null; contact = sender.")
def m02():
    body = t("""
        Sehr geehrter Herr Kraus,

        leider muss ich unseren Termin am kommenden Dienstag (15.09., 10:00 Uhr) verschieben –
        Herr Dietz ist kurzfristig zu einem Kundenaudit nach Tschechien gerufen worden.

        Ich habe mit ihm bereits einen neuen Termin abgestimmt und hoffe, dass er auch bei Ihnen passt:

            Donnerstag, 17.09.2026, 14:00 Uhr
            gleicher Ort (Hallstadter Straße 41, Empfang Gebäude A)

        Für das Gespräch sollten Sie ca. 90 Minuten einplanen, im Anschluss zeigt Ihnen Herr Dietz
        noch kurz die Endprüfung.

        Den neuen Termin habe ich fest für Sie eingetragen – falls er Ihnen gar nicht passt, rufen
        Sie mich gerne kurz an. Entschuldigen Sie bitte die Umstände!

        Mit freundlichen Grüßen
        i. A. Sabine Hertel

        Sabine Hertel
        HR Business Partnerin
        Tel. +49 951 96612-214
        sabine.hertel@frankenwerk-armaturen.de

        Frankenwerk Armaturen GmbH | Hallstadter Straße 41 | 96052 Bamberg
        Sitz der Gesellschaft: Bamberg | Amtsgericht Bamberg HRB 8817 | Geschäftsführer: Dr. Ulrich Brandl

        Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
        sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
        """)
    h = hdrs(make.addr("Hertel, Sabine", "sabine.hertel@frankenwerk-armaturen.de"),
             "Verschiebung Ihres Vorstellungsgesprächs am 15.09.2026", "2026-09-11 09:48", BER,
             "<FR2P281MB0933A1C4E55B7D2E0F9A1B2CD1A2@FR2P281MB0933.DEUP281.PROD.OUTLOOK.COM>",
             ("Thread-Topic", "Verschiebung Ihres =?windows-1252?Q?Vorstellungsgespr=E4chs?= am 15.09.2026"),
             ("X-MS-Has-Attach", ""), ("Content-Language", "de-DE"),
             host="EUR04-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2112.outbound.protection."
                  "outlook.com [40.107.135.112])")
    return make.message(h, text(body, charset="windows-1252"))


EXCH_SAALE_UID = ("040000008200E00074C5B7101A82E00800000000B0C6A3B94F4FDC01000000000000000010000000"
                  "7E3A1F0C2D4B5A6978E1F2A3B4C5D6E7")


def saale_ics(method: str, seq: int, status: str, stamp: str, summary: str) -> str:
    return "\n".join([
        f"BEGIN:VCALENDAR\nMETHOD:{method}\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0",
        make.VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Möller, Thomas\":mailto:thomas.moeller@saaletal-sensorik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Benedikt Kraus:mailto:"
        "benedikt.kraus@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kessler, Anja\":mailto:"
        "anja.kessler@saaletal-sensorik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kraus\\,\\n\\nwie telefonisch besprochen die Einladung zu "
        "unserem Gespräch.\\n\\n______________________________________________________________________"
        "__________\\nMicrosoft Teams-Besprechung\\nNehmen Sie über Ihren Computer\\, Ihre mobile App "
        "oder Ihr Raumgerät teil\\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/"
        "meetup-join/19%3ameeting_ZTk4Njc1>\\nBesprechungs-ID: 364 912 775 018\\nKennung: aB3xQ7\\n"
        "________________________________________________________________________________\\n",
        f"UID:{EXCH_SAALE_UID}",
        f"SUMMARY;LANGUAGE=de-DE:{summary}",
        "DTSTART;TZID=W. Europe Standard Time:20261007T093000",
        "DTEND;TZID=W. Europe Standard Time:20261007T103000",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2120984431",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams-Besprechung\",\"LocationAnnotation\":"
        "\"\",\"LocationSource\":0,\"Unresolved\":false,\"LocationUri\":\"\"}]",
        *([] if method == "CANCEL" else
          ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
           "END:VALARM"]),
        "END:VEVENT", "END:VCALENDAR",
    ])


@reg(3, family="outlook_calendar", lang="de", company="Saaletal Sensorik GmbH", kind="scheduled",
     local="Wed 2026-10-07 09:30", local_end="2026-10-07 10:30", zone=BER,
     contact="thomas.moeller@saaletal-sensorik.de",
     note="Exchange meeting request, TZID 'W. Europe Standard Time' 09:30-10:30 (CEST) = 07:30Z; body "
          "says 'Mittwoch, 7. Oktober, 9:30 Uhr'; contact = ORGANIZER/sender. Cancelled by key 4.")
def m03():
    plain = t("""
        Hallo Herr Kraus,

        wie heute telefonisch besprochen hier die Einladung für unser Teams-Gespräch am Mittwoch,
        7. Oktober, 9:30 Uhr. Mit dabei ist Frau Kessler aus dem Personalbereich (optional).

        Viele Grüße aus Jena
        Thomas Möller

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4Njc1>
        Besprechungs-ID: 364 912 775 018
        Kennung: aB3xQ7
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hallo Herr Kraus,</p>
        <p>wie heute telefonisch besprochen hier die Einladung für unser Teams-Gespräch am Mittwoch,
        7. Oktober, 9:30 Uhr. Mit dabei ist Frau Kessler aus dem Personalbereich (optional).</p>
        <p>Viele Grüße aus Jena<br>Thomas Möller</p>
        <div style="width:100%">____________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:600">Microsoft Teams-Besprechung</span></div>
        <div>Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4Njc1">Jetzt an der
        Besprechung teilnehmen</a></div>
        <div>Besprechungs-ID: 364 912 775 018<br>Kennung: aB3xQ7</div>
        </div></body></html>
        """)
    ics = saale_ics("REQUEST", 0, "CONFIRMED", "20260930T140521Z", "Vorstellungsgespräch Qualitätsingenieur "
                    "– Benedikt Kraus")
    h = hdrs(make.addr("Möller, Thomas", "thomas.moeller@saaletal-sensorik.de"),
             "Vorstellungsgespräch Qualitätsingenieur – Benedikt Kraus", "2026-09-30 16:05", BER,
             "<BE1P281MB2044D1F9A2C3E4B5F6071829AB3C@BE1P281MB2044.DEUP281.PROD.OUTLOOK.COM>",
             ("Thread-Topic", "=?utf-8?q?Vorstellungsgespr=C3=A4ch_Qualit=C3=A4tsingenieur_=E2=80=93?= "
                              "Benedikt Kraus"),
             ("Thread-Index", "AdtRfz0c4pN1mQ2bS0Ci8hYkqE1e7w=="),
             ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""),
             host="DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2091.outbound.protection."
                  "outlook.com [40.107.127.91])")
    return make.message(h, alt(text(plain), html(page), calendar(ics, method="REQUEST", cte="base64")))


@reg(4, family="outlook_calendar", lang="de", company="Saaletal Sensorik GmbH", kind="cancelled",
     local="Wed 2026-10-07 09:30", local_end="2026-10-07 10:30", zone=BER,
     contact="thomas.moeller@saaletal-sensorik.de",
     note="Exchange METHOD:CANCEL (SEQUENCE:1, same UID as key 3) for the 07.10. 09:30 CEST slot; "
          "'Abgesagt:' subject; position frozen, no new time; contact = ORGANIZER.")
def m04():
    plain = t("""
        Sehr geehrter Herr Kraus,

        leider muss ich unseren Termin am Mittwoch absagen. Wir haben gestern erfahren, dass die Stelle
        aufgrund eines konzernweiten Einstellungsstopps bis auf Weiteres nicht besetzt wird.

        Das tut mir ehrlich leid, zumal unser Telefonat sehr angenehm war. Sobald sich etwas ändert,
        melde ich mich unaufgefordert bei Ihnen.

        Mit freundlichen Grüßen
        Thomas Möller
        Leiter Qualitätssicherung
        Saaletal Sensorik GmbH | Göschwitzer Str. 22 | 07745 Jena
        """)
    ics = saale_ics("CANCEL", 1, "CANCELLED", "20261005T092011Z",
                    "Abgesagt: Vorstellungsgespräch Qualitätsingenieur – Benedikt Kraus")
    h = hdrs(make.addr("Möller, Thomas", "thomas.moeller@saaletal-sensorik.de"),
             "Abgesagt: Vorstellungsgespräch Qualitätsingenieur – Benedikt Kraus", "2026-10-05 11:20", BER,
             "<BE1P281MB2044F0E1D2C3B4A59687A1B2C3D4@BE1P281MB2044.DEUP281.PROD.OUTLOOK.COM>",
             ("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "de-DE"),
             host="DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2101.outbound.protection."
                  "outlook.com [40.107.127.101])")
    return make.message(h, alt(text(plain), calendar(ics, method="CANCEL", cte="quoted-printable")))


@reg(5, family="greenhouse", lang="en", company="Harrow Ridge Medical", kind="scheduled",
     local="Thu 2026-10-22 09:00", local_end="2026-10-22 10:00", zone=CHI,
     contact="kayla.brandvold@harrowridgemed.com",
     note="Greenhouse confirmation 9:00-10:00 AM CDT (UTC-5) = 14:00Z, also shown as 4:00 PM CEST; "
          "contact = Reply-To recruiter. Thread: moved by key 15, offer key 25.")
def m05():
    plain = t("""
        Hi Benedikt,

        Thanks for making time to speak with us! Your interview for the Senior Supplier Quality Engineer
        (EMEA, remote) role has been scheduled.

        Date: Thursday, October 22, 2026
        Time: 9:00 AM - 10:00 AM CDT (4:00 PM - 5:00 PM CEST, your time)
        Where: Zoom - https://harrowridgemed.zoom.us/j/93817264055?pwd=Qk9vT2d0

        You'll be meeting with:
        - Dale Jorgensen, Director of Supplier Quality
        - Anita Okonkwo, Sr. Manager, Quality Systems

        If you need to reschedule or have any questions, just reply to this email and it will reach me.

        Best,
        Kayla Brandvold
        Talent Acquisition Partner | Harrow Ridge Medical

        Harrow Ridge Medical is an equal opportunity employer.
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Benedikt,</p>
        <p>Thanks for making time to speak with us! Your interview for the <strong>Senior Supplier Quality
        Engineer (EMEA, remote)</strong> role has been scheduled.</p>
        <p><strong>Date:</strong> Thursday, October 22, 2026<br>
        <strong>Time:</strong> 9:00 AM - 10:00 AM CDT (4:00 PM - 5:00 PM CEST, your time)<br>
        <strong>Where:</strong> <a href="https://harrowridgemed.zoom.us/j/93817264055?pwd=Qk9vT2d0">Zoom</a></p>
        <p>You'll be meeting with:</p>
        <ul><li>Dale Jorgensen, Director of Supplier Quality</li>
        <li>Anita Okonkwo, Sr. Manager, Quality Systems</li></ul>
        <p>If you need to reschedule or have any questions, just reply to this email and it will reach me.</p>
        <p>Best,<br>Kayla Brandvold<br>Talent Acquisition Partner | Harrow Ridge Medical</p>
        <p style="color:#888;font-size:11px">Harrow Ridge Medical is an equal opportunity employer.</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7f3c.gif" width="1" height="1" alt="">
        </div>
        """)
    h = hdrs(make.addr("Harrow Ridge Medical", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Supplier Quality Engineer - Harrow Ridge Medical",
             "2026-10-16 14:03", CHI, "<6f1e2d9c.a41b7c30@us.greenhouse-mail.io>",
             ("Reply-To", make.addr("Kayla Brandvold", "kayla.brandvold@harrowridgemed.com")),
             host="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.101.12])")
    return make.message(h, alt(text(plain, cte="7bit"), html(page)))


@reg(6, family="lever", lang="en", company="Tallgrass Robotics", kind="scheduled",
     local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NYC,
     contact="dana.okafor@tallgrassrobotics.com",
     note="Lever confirmation sent Thu 29 Oct in EDT; interview Tue 3 Nov 10:00-10:45 AM EST (US clocks "
          "back on 1 Nov) = 15:00Z = 16:00 CET; ICS TZID America/New_York agrees; contact = Reply-To / "
          "ORGANIZER. Rejection key 45.")
def m06():
    plain = t("""
        Hi Benedikt,

        You're all set! Here are the details for your upcoming interview with Tallgrass Robotics.

        Role: Quality Engineer, Manufacturing (Europe)
        When: Tuesday, November 3, 2026, 10:00 AM - 10:45 AM EST
        Heads up: US clocks go back on November 1, so this is 4:00 PM in Berlin.
        Interviewer: Marcus Lindahl, Head of Manufacturing Quality
        Location: Google Meet (link in the attached invite)

        A calendar invite is attached. If anything changes on your end, reply to this email.

        Cheers,
        Dana Okafor
        Recruiting Coordinator, Tallgrass Robotics
        """)
    page = "<p>" + "<br>\n".join(plain.rstrip("\n").split("\n")) + "</p>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Lever Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", make.VTZ["America/New_York"], "BEGIN:VEVENT",
        "UID:lever-itv-5c1a7e42-93d0-4b8f-a2e6-1d7c0b9f3e55@hire.lever.co",
        "DTSTAMP:20261029T151500Z",
        "DTSTART;TZID=America/New_York:20261103T100000",
        "DTEND;TZID=America/New_York:20261103T104500",
        "SUMMARY:Interview: Benedikt Kraus <> Tallgrass Robotics (Quality Engineer\\, Manufacturing)",
        "DESCRIPTION:Google Meet: https://meet.google.com/qvx-rkta-mnp",
        "LOCATION:https://meet.google.com/qvx-rkta-mnp",
        "ORGANIZER;CN=Dana Okafor:mailto:dana.okafor@tallgrassrobotics.com",
        "ATTENDEE;CN=Benedikt Kraus;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "benedikt.kraus@example.org",
        "ATTENDEE;CN=Marcus Lindahl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
        "marcus.lindahl@tallgrassrobotics.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdrs(make.addr("Tallgrass Robotics", "no-reply@hire.lever.co"),
             "Your interview with Tallgrass Robotics is confirmed", "2026-10-29 11:15", NYC,
             "<20261029151500.4f2a.lever-scheduling@hire.lever.co>",
             ("Reply-To", make.addr("Dana Okafor", "dana.okafor@tallgrassrobotics.com")),
             host="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return make.message(h, mixed(alt(text(plain, cte="7bit"), html(page)),
                                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment", name_param=True)))


@reg(7, family="ashby", lang="en", company="Meridian Drive Systems", kind="scheduled",
     local="Mon 2026-11-16 15:00", local_end="2026-11-16 15:45", zone=BER,
     contact="priya.raman@meridiandrive.com",
     note="Ashby confirmation 3:00-3:45 PM CET (UTC+1 after 25 Oct) = 14:00Z; ICS Europe/Berlin agrees; "
          "contact = Reply-To / ORGANIZER. Follows the availability request key 30.")
def m07():
    plain = t("""
        Hi Benedikt,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 16, 2026, 3:00 PM – 3:45 PM CET
        Google Meet: https://meet.google.com/mdr-hqwp-xzt

        You'll meet with:
          Elena Sørensen — Head of Quality, Powertrain Europe

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Meridian Drive Systems Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Benedikt,</p><p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p>Monday, November 16, 2026, 3:00 PM – 3:45 PM CET<br>
        <a href="https://meet.google.com/mdr-hqwp-xzt">Google Meet</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Elena Sørensen — Head of Quality, Powertrain Europe</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Meridian Drive Systems Recruiting</p></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", make.VTZ["Europe/Berlin"], "BEGIN:VEVENT",
        "UID:0b7e5d3a-2f41-4c9e-8a16-6e9d2c4b1f70", "DTSTAMP:20261110T163000Z",
        "DTSTART;TZID=Europe/Berlin:20261116T150000", "DTEND;TZID=Europe/Berlin:20261116T154500",
        "SEQUENCE:0", "SUMMARY:Meridian Drive Systems – Quality Engineer (EU) Interview",
        "LOCATION:https://meet.google.com/mdr-hqwp-xzt",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@meridiandrive.com",
        "ATTENDEE;CN=Benedikt Kraus;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "benedikt.kraus@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdrs(make.addr("Meridian Drive Systems", "no-reply@ashbyhq.com"),
             "Interview confirmed: Quality Engineer (EU) at Meridian Drive Systems", "2026-11-10 17:30", BER,
             "<0100019b1f3a7c21-8e2d4b6a-1c3f-4d5e-9a7b-2f6e8d0c1b3a-000000@email.amazonses.com>",
             ("Reply-To", make.addr("Priya Raman", "priya.raman@meridiandrive.com")),
             host="a48-109.smtp-out.amazonses.com (a48-109.smtp-out.amazonses.com [54.240.48.109])")
    return make.message(h, mixed(alt(text(plain, cte="base64"), html(page, cte="base64")),
                                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment")))


@reg(8, family="workday", lang="en", company="Vltava Components s.r.o.", kind="scheduled",
     local="Thu 2026-11-19 10:30", local_end="2026-11-19 11:30", zone=PRG,
     contact=None,
     note="Workday 'Interview Scheduled', DD/MM date 19/11/2026 10:30-11:30 CET (Europe/Prague, UTC+1) = "
          "09:30Z; sender is the tenant's Workday system address, interviewer named without address: "
          "contact null. Assessment key 44, bounce key 34.")
def m08():
    plain = t("""
        Dear Benedikt Kraus,

        We are pleased to confirm your interview for the position Quality Engineer – Supplier
        Development (R-20416).

        Interview Details
        Date: 19/11/2026 (Thursday)
        Time: 10:30 - 11:30 CET
        Location: Vltava Components s.r.o., Průmyslová 12, 301 00 Plzeň – Building C, reception
        Interviewer(s): Ing. Petr Novotný, Quality Manager; Jana Svobodová, HR Business Partner

        Please bring a valid ID. Visitor parking is available at Gate 2.

        To view your application, sign in to your candidate home:
        https://wd3.myworkdaysite.com/recruiting/vltava/External

        Kind regards,
        Talent Acquisition Team
        Vltava Components s.r.o.

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Benedikt Kraus,</p>
        <p>We are pleased to confirm your interview for the position <b>Quality Engineer – Supplier
        Development (R-20416)</b>.</p>
        <h3 style="color:#005cb9">Interview Details</h3>
        <p>Date: 19/11/2026 (Thursday)<br>Time: 10:30 - 11:30 CET<br>
        Location: Vltava Components s.r.o., Průmyslová 12, 301 00 Plzeň – Building C, reception<br>
        Interviewer(s): Ing. Petr Novotný, Quality Manager; Jana Svobodová, HR Business Partner</p>
        <p>Please bring a valid ID. Visitor parking is available at Gate 2.</p>
        <p><a href="https://wd3.myworkdaysite.com/recruiting/vltava/External">Candidate Home</a></p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Vltava Components s.r.o.</p>
        <p style="font-size:10px;color:#777">This email was sent from an unmonitored mailbox.
        Please do not reply.</p></body></html>
        """)
    h = hdrs(make.addr("Vltava Components", "vltava@myworkday.com"),
             "Interview Scheduled - Quality Engineer – Supplier Development (R-20416)",
             "2026-11-12 08:02", PRG, "<1839204451.72931.1794639720157@wd3-prod-mail-12>",
             ("Auto-Submitted", "auto-generated"),
             host="wd3-smtp-out-7.myworkday.com (wd3-smtp-out-7.myworkday.com [66.151.214.7])")
    return make.message(h, alt(text(plain), html(page)))


@reg(9, family="smartrecruiters", lang="de", company="Neckarbogen Antriebstechnik GmbH", kind="scheduled",
     local="Wed 2026-11-25 13:00", local_end="2026-11-25 14:00", zone=BER,
     contact="melanie.schairer@neckarbogen-antriebe.de",
     note="SmartRecruiters confirmation after the candidate picked a slot: Mittwoch, 25. November 2026, "
          "13:00-14:00 Uhr in Stuttgart (CET) = 12:00Z; sender no-reply, contact = recruiter address in "
          "the body. Receipt key 26, train key 40, thanks key 46.")
def m09():
    plain = t("""
        Guten Tag Herr Kraus,

        vielen Dank, dass Sie einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch für die Position Qualitätsingenieur Serienfertigung (m/w/d):

          Mittwoch, 25. November 2026
          13:00 – 14:00 Uhr
          Neckarbogen Antriebstechnik GmbH, Wernerstraße 88, 70469 Stuttgart-Feuerbach
          Pforte Tor 1 – Sie werden dort abgeholt.

        Ihre Gesprächspartner:
          Dr. Jochen Brenner – Leiter Qualität Werk Feuerbach
          Melanie Schairer – Recruiting

        Bei Fragen erreichen Sie Frau Schairer direkt unter melanie.schairer@neckarbogen-antriebe.de
        oder telefonisch unter +49 711 8124-377.

        Fahrtkosten (2. Klasse Bahn) werden Ihnen gegen Beleg erstattet.

        Freundliche Grüße
        Ihr Recruiting-Team der Neckarbogen Antriebstechnik GmbH

        Diese Nachricht wurde automatisch über SmartRecruiters versendet. Antworten auf diese Adresse
        werden nicht gelesen.
        """)
    page = t("""
        <table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px">
        <tr><td style="background:#0a3d62;color:#fff;padding:12px"><b>Neckarbogen Antriebstechnik</b></td></tr>
        <tr><td style="padding:16px">
        <p>Guten Tag Herr Kraus,</p>
        <p>vielen Dank, dass Sie einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch für die Position <b>Qualitätsingenieur Serienfertigung (m/w/d)</b>:</p>
        <p style="background:#f1f5f9;padding:10px">Mittwoch, 25. November 2026<br>13:00 – 14:00 Uhr<br>
        Neckarbogen Antriebstechnik GmbH, Wernerstraße 88, 70469 Stuttgart-Feuerbach<br>
        Pforte Tor 1 – Sie werden dort abgeholt.</p>
        <p>Ihre Gesprächspartner:<br>Dr. Jochen Brenner – Leiter Qualität Werk Feuerbach<br>
        Melanie Schairer – Recruiting</p>
        <p>Bei Fragen erreichen Sie Frau Schairer direkt unter
        <a href="mailto:melanie.schairer@neckarbogen-antriebe.de">melanie.schairer@neckarbogen-antriebe.de</a>
        oder telefonisch unter +49 711 8124-377.</p>
        <p>Fahrtkosten (2. Klasse Bahn) werden Ihnen gegen Beleg erstattet.</p>
        <p>Freundliche Grüße<br>Ihr Recruiting-Team der Neckarbogen Antriebstechnik GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Diese Nachricht wurde automatisch über SmartRecruiters
        versendet. Antworten auf diese Adresse werden nicht gelesen.</td></tr></table>
        """)
    h = hdrs(make.addr("Neckarbogen Antriebstechnik GmbH", "noreply@smartrecruiters.com"),
             "Terminbestätigung: Ihr Vorstellungsgespräch am 25.11.2026", "2026-11-18 10:14", BER,
             "<sr.7a91c4e2f0b34d5e.20261118091400@smartrecruiters.com>",
             host="mail48.sea21.mcsv.net (mail48.sea21.mcsv.net [198.2.131.48])")
    return make.message(h, alt(text(plain.replace("–", "-"), charset="iso-8859-15"), html(page)))


@reg(10, family="icims", lang="en", company="Copperline Industrial", kind="rescheduled",
     local="Tue 2026-12-01 08:00", local_end="2026-12-01 09:00", zone=DEN,
     contact="ryan.kowalczyk@copperline-ind.com",
     note="iCIMS plain-text reschedule, US dates: old Mon 11/30 9:00 AM MT, new Tuesday 12/01/2026 "
          "8:00-9:00 AM MST (UTC-7) = 15:00Z; contact = recruiter address in the body. Receipt key 49.")
def m10():
    plain = t("""
        Hello Benedikt,

        Due to a scheduling conflict on our side, your video interview for Quality Engineer II
        (Req #4471) has been rescheduled.

        PREVIOUS: Monday, 11/30/2026, 9:00 AM Mountain Time
        NEW:      Tuesday, 12/01/2026, 8:00 AM - 9:00 AM Mountain Time (MST)

        Interview type: Microsoft Teams video interview
        Panel: Laura Whitcomb (Quality Manager), Steve Ortega (Plant Manager, Pueblo)

        We realize 8:00 AM Mountain is late afternoon in Germany (4:00 PM CET) - thank you for your
        flexibility. The Teams link from your original invitation remains valid.

        If you have questions, please contact Ryan Kowalczyk at ryan.kowalczyk@copperline-ind.com.

        Sincerely,

        Copperline Industrial Talent Acquisition
        1650 Wynkoop Street, Suite 900, Denver, CO 80202

        -----
        Please do not reply to this message; this mailbox is not monitored.
        """)
    h = hdrs(make.addr("Copperline Industrial Talent Acquisition", "copperline@talent.icims.com"),
             "Interview Rescheduled: Quality Engineer II (Req #4471)", "2026-11-24 09:12", DEN,
             "<1479246720.33815.1795540320412.JavaMail.icims@icims-mta-04>",
             ("X-Mailer", "iCIMS Talent Platform"),
             host="smtp-out-04.icims.com (smtp-out-04.icims.com [208.70.136.24])")
    return make.message(h, text(plain, charset="us-ascii", cte="7bit"))


@reg(11, family="workable", lang="en", company="Brněnská Optika a.s.", kind="scheduled",
     local="Mon 2026-10-12 11:00", local_end="2026-10-12 11:45", zone=PRG,
     contact="lucie.dvorakova@brnenska-optika.cz",
     note="Workable interview mail, Monday October 12, 2026 at 11:00 (Europe/Prague, CEST) for 45 "
          "minutes = 09:00Z-09:45Z; Reply-To is a Workable relay, contact = recruiter address in body.")
def m11():
    plain = t("""
        Hi Benedikt,

        Thank you for your interest in the Quality Engineer (English-speaking team) position at
        Brněnská Optika. We've scheduled your interview:

        Monday, October 12, 2026 at 11:00 (Europe/Prague, CEST)
        Duration: 45 minutes
        Format: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1NmE3

        You'll speak with Lucie Dvořáková (HR) and Tomáš Král (Head of Metrology). If you'd like to
        reach Lucie directly, her email is lucie.dvorakova@brnenska-optika.cz.

        Good luck!
        Brněnská Optika Hiring Team

        ---
        Sent with Workable. You received this email because you applied for a job at Brněnská Optika.
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1d2b36">
        <p>Hi Benedikt,</p>
        <p>Thank you for your interest in the Quality Engineer (English-speaking team) position at
        Brněnská Optika. We've scheduled your interview:</p>
        <div style="border:1px solid #dfe3e8;border-radius:4px;padding:12px">
        <b>Monday, October 12, 2026 at 11:00</b> (Europe/Prague, CEST)<br>Duration: 45 minutes<br>
        Format: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1NmE3">Microsoft Teams</a>
        </div>
        <p>You'll speak with Lucie Dvořáková (HR) and Tomáš Král (Head of Metrology). If you'd like to
        reach Lucie directly, her email is
        <a href="mailto:lucie.dvorakova@brnenska-optika.cz">lucie.dvorakova@brnenska-optika.cz</a>.</p>
        <p>Good luck!<br>Brněnská Optika Hiring Team</p>
        <p style="font-size:12px;color:#919eab">Sent with Workable</p></div>
        """)
    h = hdrs(make.addr("Brněnská Optika", "noreply@candidates.workablemail.com"),
             "Interview with Brněnská Optika – Quality Engineer (English-speaking team)",
             "2026-10-06 13:27", PRG, "<5f2c8e1a9b3d4e60.1791286020@candidates.workablemail.com>",
             ("Reply-To", make.addr("Brněnská Optika",
                                    "brnenska-optika+c7f3a1e09b@candidates.workablemail.com")),
             host="o3.candidates.workablemail.com (o3.candidates.workablemail.com [149.72.190.33])")
    return make.message(h, alt(text(plain), html(page)))


@reg(12, family="teamtailor", lang="de", company="Pegnitz Labs GmbH", kind="scheduled",
     local="Fri 2026-10-02 11:00", local_end="2026-10-02 11:45", zone=BER, contact="lea@pegnitzlabs.de",
     note="Teamtailor (Du) 'Dein Interview ist gebucht', Freitag 2. Oktober 2026, 11:00-11:45 "
          "(Europe/Berlin, CEST) = 09:00Z; contact = recruiter address in the body.")
def m12():
    plain = t("""
        Hey Benedikt,

        Dein Interview ist gebucht! 🎉

        Was: Erstes Kennenlernen – Quality Engineer Hardware (m/w/d)
        Wann: Freitag, 2. Oktober 2026, 11:00–11:45 (Europe/Berlin)
        Wo: Google Meet – https://meet.google.com/pgl-wvzd-ktr
        Mit: Lea Baumgärtner (People & Culture) und Jonas Wirth (CTO)

        Wir duzen uns hier übrigens alle – du musst dich also nicht in Schale werfen 😉
        Falls was dazwischen kommt, schreib Lea einfach direkt: lea@pegnitzlabs.de

        Bis Freitag!
        Dein Team von Pegnitz Labs

        Pegnitz Labs GmbH · Fürther Straße 212 · 90429 Nürnberg
        Du bekommst diese Nachricht, weil du dich bei Pegnitz Labs beworben hast.
        Datenschutz: https://pegnitzlabs.teamtailor.com/privacy
        """)
    page = t("""
        <div style="max-width:560px;margin:auto;font-family:Inter,Arial,sans-serif;font-size:15px">
        <h2>Dein Interview ist gebucht! 🎉</h2>
        <p>Hey Benedikt,</p>
        <p><b>Was:</b> Erstes Kennenlernen – Quality Engineer Hardware (m/w/d)<br>
        <b>Wann:</b> Freitag, 2. Oktober 2026, 11:00–11:45 (Europe/Berlin)<br>
        <b>Wo:</b> <a href="https://meet.google.com/pgl-wvzd-ktr">Google Meet</a><br>
        <b>Mit:</b> Lea Baumgärtner (People &amp; Culture) und Jonas Wirth (CTO)</p>
        <p>Wir duzen uns hier übrigens alle – du musst dich also nicht in Schale werfen 😉<br>
        Falls was dazwischen kommt, schreib Lea einfach direkt:
        <a href="mailto:lea@pegnitzlabs.de">lea@pegnitzlabs.de</a></p>
        <p>Bis Freitag!<br>Dein Team von Pegnitz Labs</p>
        <p style="font-size:12px;color:#999">Pegnitz Labs GmbH · Fürther Straße 212 · 90429 Nürnberg</p>
        </div>
        """)
    h = hdrs(make.addr("Pegnitz Labs", "no-reply@teamtailor-mail.com"),
             "Dein Interview bei Pegnitz Labs ist gebucht 🎉", "2026-09-28 15:40", BER,
             "<20260928134002.1.9c4e7a2b5d3f1e08@teamtailor-mail.com>",
             host="m227-3.mailgun.net (m227-3.mailgun.net [159.135.227.3])")
    return make.message(h, alt(text(plain, cte="base64"), html(page)))


@reg(13, family="recruitee", lang="de", company="Donauwerk Messtechnik GmbH", kind="scheduled",
     local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=VIE,
     contact="katharina.pichler@donauwerk.at",
     note="Recruitee (Austrian German, Sie): Donnerstag, 8. Oktober 2026, 14:00 Uhr Wiener Zeit, Dauer "
          "60 Minuten = 12:00Z-13:00Z (CEST); contact = recruiter address in the signature. Key 47 "
          "follows (second-round slot list).")
def m13():
    plain = t("""
        Sehr geehrter Herr Kraus,

        herzlichen Dank für Ihre Bewerbung als Qualitätsingenieur Kalibrierlabor (m/w/d). Wir freuen
        uns, Ihnen den Termin für Ihr erstes Gespräch zu bestätigen:

        Termin: Donnerstag, 8. Oktober 2026, 14:00 Uhr (Wiener Zeit)
        Dauer: 60 Minuten
        Format: MS Teams (den Link erhalten Sie am Vortag)
        Teilnehmer: DI Stefan Aigner (Leitung Qualität), Mag. Katharina Pichler (Recruiting)

        Sollten Sie verhindert sein, geben Sie uns bitte rechtzeitig Bescheid.

        Mit freundlichen Grüßen

        Mag. Katharina Pichler
        Recruiting & Employer Branding
        Donauwerk Messtechnik GmbH
        Handelskai 94–96, 1200 Wien
        T +43 1 33 221-418 | katharina.pichler@donauwerk.at
        FN 204517x, Handelsgericht Wien
        """)
    page = t("""
        <p>Sehr geehrter Herr Kraus,</p>
        <p>herzlichen Dank für Ihre Bewerbung als Qualitätsingenieur Kalibrierlabor (m/w/d). Wir freuen
        uns, Ihnen den Termin für Ihr erstes Gespräch zu bestätigen:</p>
        <p><strong>Termin:</strong> Donnerstag, 8. Oktober 2026, 14:00 Uhr (Wiener Zeit)<br>
        <strong>Dauer:</strong> 60 Minuten<br><strong>Format:</strong> MS Teams (den Link erhalten Sie am
        Vortag)<br><strong>Teilnehmer:</strong> DI Stefan Aigner (Leitung Qualität), Mag. Katharina Pichler
        (Recruiting)</p>
        <p>Sollten Sie verhindert sein, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Mag. Katharina Pichler<br>Recruiting &amp; Employer Branding<br>Donauwerk Messtechnik GmbH<br>
        Handelskai 94–96, 1200 Wien<br>T +43 1 33 221-418 |
        <a href="mailto:katharina.pichler@donauwerk.at">katharina.pichler@donauwerk.at</a><br>
        FN 204517x, Handelsgericht Wien</p>
        """)
    h = hdrs(make.addr("Donauwerk Messtechnik GmbH", "donauwerk-messtechnik@mail.recruitee.com"),
             "Terminbestätigung – Ihr Gespräch bei Donauwerk Messtechnik", "2026-10-01 09:05", VIE,
             "<7d3e9b1c-6a42-4f85-b0e1-3c2d7f9a8b64@mail.recruitee.com>",
             host="mail-200-33.recruitee.com (mail-200-33.recruitee.com [185.250.239.33])")
    return make.message(h, alt(text(plain), html(page)))


@reg(14, family="jazzhr", lang="en", company="Keystone Fixtures Inc.", kind="scheduled",
     local="Wed 2026-09-23 09:30", zone=NYC, contact="ghollinger@keystonefixtures.com",
     note="JazzHR mail: Wednesday, September 23, 2026 at 9:30 AM Eastern (EDT, UTC-4) = 13:30Z; "
          "'about 30 minutes' is approximate, end null; contact = hiring manager address in the body.")
def m14():
    plain = t("""
        Hi Benedikt,

        Thanks again for applying for the Supplier Quality Engineer - EU Sourcing position with
        Keystone Fixtures Inc.!

        This confirms your phone screen with our hiring manager, Greg Hollinger:

        Wednesday, September 23, 2026 at 9:30 AM Eastern (EDT) - that's 3:30 PM for you in Germany.
        Greg will call you at +49 9561 55 3187. Plan for about 30 minutes.

        If you need to change the time, please email Greg directly at ghollinger@keystonefixtures.com.

        Thank you,
        Keystone Fixtures Inc. | Harrisburg, PA

        Powered by JazzHR
        """)
    h = hdrs(make.addr("Keystone Fixtures Inc.", "noreply@applytojob.com"),
             "Phone screen confirmed - Supplier Quality Engineer - EU Sourcing", "2026-09-17 16:20", NYC,
             "<01000192f3d1a7b4-3e6c9d2a-jazz-4b1f@email.amazonses.com>",
             host="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])")
    return make.message(h, text(plain, cte="quoted-printable", charset="us-ascii"))


@reg(15, family="goodtime", lang="en", company="Harrow Ridge Medical", kind="rescheduled",
     local="Fri 2026-10-23 08:00", local_end="2026-10-23 09:00", zone=CHI,
     contact="jordan.pettis@harrowridgemed.com",
     note="GoodTime HTML-only update: Thu Oct 22 9:00 AM CDT moved to Friday, October 23, 2026, "
          "8:00-9:00 AM CDT = 13:00Z (shown as 3:00 PM CEST); contact = coordinator Reply-To.")
def m15():
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview updated</title></head>
        <body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px">
        <p>Hi Benedikt,</p>
        <p>Your interview with <b>Harrow Ridge Medical</b> has been <b>rescheduled</b>. Dale had a conflict
        come up on Thursday, so we've moved things by a day. Your updated itinerary is below.</p>
        <p style="color:#999"><s>Thursday, October 22, 2026 · 9:00 AM – 10:00 AM CDT</s></p>
        <p style="font-size:16px"><b>Friday, October 23, 2026</b><br>
        8:00 AM – 9:00 AM Central Time (CDT)<br>
        <span style="color:#666">Your time: 3:00 PM – 4:00 PM Central European Summer Time</span></p>
        <p>Zoom: <a href="https://harrowridgemed.zoom.us/j/93817264055?pwd=Qk9vT2d0">join meeting</a>
        (same link as before)</p>
        <p>Interviewers: Dale Jorgensen, Anita Okonkwo</p>
        <p>Please reply to this email if the new time does not work for you.</p>
        <p>Thanks,<br>Jordan Pettis<br>Recruiting Coordinator, Harrow Ridge Medical</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#aaa">Scheduled with GoodTime</td></tr>
        </table></td></tr></table></body></html>
        """)
    h = hdrs(make.addr("Harrow Ridge Medical Recruiting", "scheduling@harrowridgemed.goodtime.io"),
             "Updated: Your interview with Harrow Ridge Medical has been rescheduled", "2026-10-20 10:41", CHI,
             "<gt-3c9f1a7e-0d2b-48c6-9e15-b7a4f2d8c630@goodtime.io>",
             ("Reply-To", make.addr("Jordan Pettis", "jordan.pettis@harrowridgemed.com")),
             host="o7.email.goodtime.io (o7.email.goodtime.io [167.89.64.77])")
    return make.message(h, html(page, cte="base64"))


@reg(16, family="calendly", lang="de", company="Itzgrund Medizintechnik GmbH", kind="scheduled",
     local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:30", zone=BER,
     contact="jana.wolf@itzgrund-medizintechnik.de",
     note="Calendly invitee confirmation (German UI): 10:00-10:30 Mittwoch, 14. Oktober 2026, "
          "'Mitteleuropäische Zeit' label but the date is in CEST = 08:00Z; contact = host Reply-To. "
          "Follows the scheduling link key 31.")
def m16():
    plain = t("""
        Hallo Benedikt Kraus,

        Ihr Termin ist eingeplant.

        Ereignistyp:
        Kennenlernen Qualitätsmanagement (30 Min.)

        Eingeladener:
        Jana Wolf

        Datum/Uhrzeit des Ereignisses:
        10:00 - 10:30, Mittwoch, 14. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Telefonanruf – Jana Wolf ruft Sie unter +49 171 4429016 an.

        Einladungsbeantwortungen:
        Worüber möchten Sie sprechen?
        Stelle Qualitätsingenieur Medizinprodukte (m/w/d), Standort Rattelsdorf

        Zum Kalender hinzufügen: Google | Outlook | iCal

        Änderungen erforderlich? Stornieren oder Neu planen:
        https://calendly.com/cancellations/6b1d2e94-8f3a-4c07-a6d5
        https://calendly.com/reschedulings/6b1d2e94-8f3a-4c07-a6d5

        Unterstützt von Calendly.com
        """)
    page = "<div style=\"font-family:Arial\">" + "<br>\n".join(plain.rstrip("\n").split("\n")) + "</div>\n"
    h = hdrs(make.addr("Calendly", "notifications@calendly.com"),
             "Bestätigt: Kennenlernen Qualitätsmanagement mit Jana Wolf am Mittwoch, 14. Oktober 2026",
             "2026-10-09 12:31", BER, "<6b1d2e94-8f3a-4c07-a6d5-invitee-confirm@calendly.com>",
             ("Reply-To", make.addr("Jana Wolf", "jana.wolf@itzgrund-medizintechnik.de")),
             host="o1.ptr2211.calendly.com (o1.ptr2211.calendly.com [167.89.86.21])")
    return make.message(h, alt(text(plain), html(page)))


@reg(17, family="ms_bookings", lang="de", company="Erfurter Leiterplatten GmbH", kind="scheduled",
     local="Mon 2026-09-21 15:00", local_end="2026-09-21 15:45", zone=BER, contact=None,
     note="Microsoft Bookings (German): 'Montag, 21. September 2026 15:00 - 15:45 (UTC+01:00) Amsterdam, "
          "Berlin, ...' - the zone label shows the standard offset but September is CEST, so 13:00Z, "
          "which the ICS (W. Europe Standard Time) confirms; Bookings mailbox, staff name only: contact null.")
def m17():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Hallo Benedikt Kraus,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Erfurter Leiterplatten GmbH – Bewerbergespräche</b>.</p>
        <table style="font-size:14px">
        <tr><td><b>Dienstleistung</b></td><td>Telefoninterview Qualitätssicherung</td></tr>
        <tr><td><b>Datum und Uhrzeit</b></td><td>Montag, 21. September 2026 15:00 - 15:45 (UTC+01:00)
        Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td><b>Mitarbeiter</b></td><td>Ronny Schubert</td></tr>
        <tr><td><b>Telefonnummer</b></td><td>+49 9561 553187</td></tr>
        </table>
        <p>Wir rufen Sie zum vereinbarten Zeitpunkt an.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbergespraeche@erfurterleiterplatten.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#666">Erfurter Leiterplatten GmbH · Am Urbicher Kreuz 7 · 99099 Erfurt</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Erfurter Leiterplatten GmbH – Bewerbergespräche:mailto:"
        "Bewerbergespraeche@erfurterleiterplatten.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Benedikt Kraus:mailto:"
        "benedikt.kraus@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Telefoninterview Qualitätssicherung mit Ronny Schubert\\n",
        "UID:040000008200E00074C5B7101A82E008000000002F8D5E6C1A45DC010000000000000000100000003C2D1E0F9A8B",
        "SUMMARY;LANGUAGE=de-DE:Telefoninterview Qualitätssicherung",
        "DTSTART;TZID=W. Europe Standard Time:20260921T150000",
        "DTEND;TZID=W. Europe Standard Time:20260921T154500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260916T181112Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Telefon",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdrs(make.addr("Erfurter Leiterplatten GmbH – Bewerbergespräche",
                       "Bewerbergespraeche@erfurterleiterplatten.onmicrosoft.com"),
             "Ihre Buchung wurde bestätigt: Telefoninterview Qualitätssicherung", "2026-09-16 20:11", BER,
             "<AM9P192MB12659C2E4F1B3A5D6E7F8091A2B3@AM9P192MB1265.EURP192.PROD.OUTLOOK.COM>",
             ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
             host="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2070.outbound.protection."
                  "outlook.com [40.107.105.70])")
    return make.message(h, mixed(html(page),
                                 calendar(ics, method="REQUEST", cte="base64", filename="Termin.ics",
                                          disposition="attachment", name_param=True)))


def rennsteig_ics(day: str, start: str, end: str, seq: int, stamp: str) -> str:
    return "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", make.VTZ["Europe/Berlin"], "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{day}T{start}", f"DTEND;TZID=Europe/Berlin:{day}T{end}",
        f"DTSTAMP:{stamp}",
        "ORGANIZER;CN=Stefanie Kühn:mailto:stefanie.kuehn@rennsteig-glas.de",
        "UID:5q2n7k1c9v0b3m8x4z6a1s2d3f@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stefanie Kühn;"
        "X-NUM-GUESTS=0:mailto:stefanie.kuehn@rennsteig-glas.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=benedikt.kraus"
        "@example.org;X-NUM-GUESTS=0:mailto:benedikt.kraus@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dirk Heß;"
        "X-NUM-GUESTS=0:mailto:dirk.hess@rennsteig-glas.de",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/rgl-fsqk-owv",
        "CREATED:20261104T100211Z",
        "DESCRIPTION:Fachgespräch zur Stelle Qualitätsingenieur Behälterglas (m/w/d)\\n\\nTeilnehmen mit "
        "Google Meet: https://meet.google.com/rgl-fsqk-owv",
        f"LAST-MODIFIED:{stamp}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
        "SUMMARY:Fachgespräch QS – Benedikt Kraus", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])


@reg(18, family="google_calendar", lang="de", company="Rennsteig Glas GmbH", kind="scheduled",
     local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00", zone=BER,
     contact="stefanie.kuehn@rennsteig-glas.de",
     note="Google Calendar invitation, German UI: 'Di. 10. Nov. 2026 14:00 - 15:00 (MEZ)' = 13:00Z; "
          "ICS Europe/Berlin; contact = ORGANIZER. Follows the proposal key 32; updated by key 19.")
def m18():
    plain = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Fachgespräch QS – Benedikt Kraus
        Dienstag, 10. November 2026 · 14:00 – 15:00
        Zeitzone: Europe/Berlin
        Informationen zur Teilnahme über Google Meet
        Videoanruf-Link: https://meet.google.com/rgl-fsqk-owv

        Fachgespräch zur Stelle Qualitätsingenieur Behälterglas (m/w/d)

        Organisator
        Stefanie Kühn
        stefanie.kuehn@rennsteig-glas.de

        Gäste
        Stefanie Kühn - Organisator
        Dirk Heß
        benedikt.kraus@example.org

        Antworten für benedikt.kraus@example.org: Ja | Vielleicht | Nein | Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast des Termins sind. Wenn Sie keine Updates mehr
        zu diesem Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif"><p>Sie wurden zu folgendem Termin eingeladen.</p>
        <h2 style="font-weight:400">Fachgespräch QS – Benedikt Kraus</h2>
        <p>Dienstag, 10. November 2026 · 14:00 – 15:00<br>Zeitzone: Europe/Berlin</p>
        <p><a href="https://meet.google.com/rgl-fsqk-owv">Mit Google Meet teilnehmen</a></p>
        <p>Organisator<br>Stefanie Kühn<br>stefanie.kuehn@rennsteig-glas.de</p>
        <p>Gäste<br>Stefanie Kühn - Organisator<br>Dirk Heß<br>benedikt.kraus@example.org</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p></div>
        """)
    ics = rennsteig_ics("20261110", "140000", "150000", 0, "20261104T100211Z")
    subj = ("Einladung: Fachgespräch QS – Benedikt Kraus @ Di. 10. Nov. 2026 14:00 - 15:00 (MEZ) "
            "(benedikt.kraus@example.org)")
    h = hdrs(make.addr("Stefanie Kühn", "stefanie.kuehn@rennsteig-glas.de"), subj, "2026-11-04 11:02", BER,
             "<calendar-5f0c3b1e-72a9-4d18-bc04-9e3a6d2f8c17@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", make.addr("Stefanie Kühn", "stefanie.kuehn@rennsteig-glas.de")),
             host="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return make.message(h, mixed(alt(text(plain), html(page), calendar(ics, method="REQUEST", cte="base64")),
                                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                          filename="invite.ics", disposition="attachment",
                                          name_param=True)))


@reg(19, family="google_calendar", lang="de", company="Rennsteig Glas GmbH", kind="rescheduled",
     local="Thu 2026-11-12 08:30", local_end="2026-11-12 09:30", zone=BER,
     contact="stefanie.kuehn@rennsteig-glas.de",
     note="Google Calendar 'Aktualisierte Einladung' (SEQUENCE:1, same UID as key 18): moved from Di. 10. "
          "Nov 14:00 to Do. 12. Nov. 2026 08:30 - 09:30 (MEZ) = 07:30Z; contact = ORGANIZER.")
def m19():
    plain = t("""
        Dieser Termin wurde geändert.

        Fachgespräch QS – Benedikt Kraus
        Geändert: Donnerstag, 12. November 2026 · 08:30 – 09:30
        (vorher: Dienstag, 10. November 2026 · 14:00 – 15:00)
        Zeitzone: Europe/Berlin
        Videoanruf-Link: https://meet.google.com/rgl-fsqk-owv

        Hinweis von Stefanie: Herr Heß ist am Dienstag leider im Werk Schleusingen gebunden, daher
        der neue Termin. Danke für Ihr Verständnis!

        Organisator
        Stefanie Kühn
        stefanie.kuehn@rennsteig-glas.de

        Antworten für benedikt.kraus@example.org: Ja | Vielleicht | Nein

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = rennsteig_ics("20261112", "083000", "093000", 1, "20261106T081533Z")
    subj = ("Aktualisierte Einladung: Fachgespräch QS – Benedikt Kraus @ Do. 12. Nov. 2026 08:30 - 09:30 "
            "(MEZ) (benedikt.kraus@example.org)")
    h = hdrs(make.addr("Stefanie Kühn", "stefanie.kuehn@rennsteig-glas.de"), subj, "2026-11-06 09:15", BER,
             "<calendar-a81d6e04-3c5f-4b92-8e7a-0f1b2c3d4e5f@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", make.addr("Stefanie Kühn", "stefanie.kuehn@rennsteig-glas.de")),
             host="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return make.message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@reg(20, family="forwarded", lang="de", company="Obermain Kunststofftechnik GmbH", kind="scheduled",
     local="Tue 2026-12-01 09:00", zone=BER, contact="j.hofmann@obermain-kunststoff.de",
     note="Owner forwards (Thunderbird, iso-8859-15, 8bit) from his second address to himself the "
          "plant manager's confirmation: Dienstag, 1. Dezember 2026, 9:00 Uhr in Lichtenfels (CET) = "
          "08:00Z; 'etwa zwei Stunden', end null; contact = human in the forwarded header.")
def m20():
    plain = t("""
        zur Ablage -- Zeugnisse nochmal ausdrucken + Sicherheitsschuhe mitnehmen!


        -------- Weitergeleitete Nachricht --------
        Betreff: Ihr Vorstellungsgespräch am 01.12.2026
        Datum: Wed, 25 Nov 2026 16:47:10 +0100
        Von: Jürgen Hofmann <j.hofmann@obermain-kunststoff.de>
        An: Benedikt Kraus <b.kraus@example.com>

        Sehr geehrter Herr Kraus,

        vielen Dank für das nette Telefonat heute Vormittag. Wie besprochen bestätige ich Ihnen
        hiermit den Termin für unser Vorstellungsgespräch:

        Dienstag, 1. Dezember 2026, um 9:00 Uhr
        Obermain Kunststofftechnik GmbH, Am Mainbogen 3, 96215 Lichtenfels

        Bitte melden Sie sich am Empfang, ich hole Sie dort ab. Neben dem Gespräch mit mir und Frau
        Leicht (Personal) möchte ich Ihnen gerne unsere Spritzgießfertigung und das Messlabor zeigen.
        Planen Sie dafür insgesamt etwa zwei Stunden ein. Sicherheitsschuhe stellen wir, wenn Sie
        eigene haben, bringen Sie diese gerne mit.

        Ich freue mich auf Ihren Besuch.

        Mit freundlichen Grüßen

        Jürgen Hofmann
        Werkleiter

        Obermain Kunststofftechnik GmbH
        Am Mainbogen 3 · 96215 Lichtenfels
        Tel. 09571 7480-110 · j.hofmann@obermain-kunststoff.de
        Registergericht Coburg HRB 3921 · Geschäftsführer: Wolfgang Hofmann
        """).replace("·", "|")
    h = hdrs(make.addr("Benedikt Kraus", ME2),
             "Fwd: Ihr Vorstellungsgespräch am 01.12.2026", "2026-11-26 07:58", BER,
             "<3e8b1c2a-7f49-4d06-a5e3-91c0d2b7f8a4@example.com>",
             ("User-Agent", "Mozilla Thunderbird 128.5.0"), ("Content-Language", "de-DE"),
             to=TO, host="mout.example.com (mout.example.com [192.0.2.44])")
    return make.message(h, text(plain, charset="iso-8859-15", cte="8bit", params="format=flowed"))


@reg(21, family="reply_quoted", lang="en", company="Kahlenberg Quality Systems GmbH", kind="scheduled",
     local="Thu 2026-12-10 13:00", local_end="2026-12-10 14:00", zone=VIE,
     contact="florian.gruber@kahlenberg-qs.at",
     note="Hiring manager's short reply on top of a quoted thread (recruiter proposed Thursday 10 "
          "December 13:00 Vienna time, candidate accepted); he confirms it and blocks 60 minutes = "
          "12:00Z-13:00Z (CET); contact = human sender, not the quoted recruiter.")
def m21():
    plain = t("""
        Hi Benedikt,

        perfect, Thursday 13:00 it is - I've blocked 60 minutes for us. We'll meet at our office
        (Heiligenstädter Straße 31, 3rd floor, 1190 Vienna), just ring "Kahlenberg QS" at the door.
        Coffee is on me.

        See you then,
        Florian

        --
        Florian Gruber
        Head of Quality Engineering
        Kahlenberg Quality Systems GmbH | Vienna
        +43 664 3920 118

        On Wed, 2 Dec 2026 at 20:14, Benedikt Kraus <benedikt.kraus@example.org> wrote:
        > Dear Ms Steiner,
        >
        > thank you, Thursday 10 December at 13:00 works well for me. I'm happy to come to Vienna in
        > person - I'll take the train the evening before.
        >
        > Best regards,
        > Benedikt Kraus
        >
        > On Wed, 2 Dec 2026 at 10:05, Nina Steiner <nina.steiner@kahlenberg-qs.at> wrote:
        >> Dear Mr Kraus,
        >>
        >> Florian Gruber, our Head of Quality Engineering, would like to meet you for a second
        >> conversation. Would Thursday, 10 December at 13:00 (Vienna time) suit you, either on-site
        >> or via Teams?
        >>
        >> Kind regards,
        >> Nina Steiner
        >> Talent Acquisition
        """)
    h = hdrs(make.addr("Florian Gruber", "florian.gruber@kahlenberg-qs.at"),
             "Re: Second interview - Quality Engineer", "2026-12-03 17:22", VIE,
             "<CAHx7m2Pq9+Lk3fR0eW8aZ1nT6yUvB4cD5sG2hJ7kQ9@mail.gmail.com>",
             ("In-Reply-To", "<B7C2E1D0-4F3A-4E8B-9C6D-2A1F0E9D8C7B@example.org>"),
             ("References", "<AM0PR09MB4471C3E2F1A0@AM0PR09MB4471.eurprd09.prod.outlook.com> "
                            "<B7C2E1D0-4F3A-4E8B-9C6D-2A1F0E9D8C7B@example.org>"),
             ("Cc", make.addr("Nina Steiner", "nina.steiner@kahlenberg-qs.at")),
             host="mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return make.message(h, alt(text(plain), html(make.gmail_html(plain))))


@reg(22, family="rfc822_attachment", lang="de", company="Fichtelgebirge Keramik AG", kind="cancelled",
     local="Fri 2026-12-04 10:00", zone=BER, contact="c.steiner@steiner-personal.de",
     note="Recruiter (agency, Du) forwards the client's cancellation as a message/rfc822 attachment: the "
          "interview on Freitag, 04.12.2026, 10:00 Uhr (CET) = 09:00Z is off, no new time; contact = "
          "human sender (agency recruiter); company = hiring client. Agency outreach key 29.")
def m22():
    inner_body = t("""
        Sehr geehrte Frau Steiner,

        leider müssen wir das für Freitag, 04.12.2026, 10:00 Uhr geplante Vorstellungsgespräch mit
        Herrn Kraus absagen. Der Vorstand hat die Besetzung der Stelle "Qualitätsingenieur
        Technische Keramik" im Rahmen der Budgetplanung 2027 vorerst zurückgestellt.

        Bitte richten Sie Herrn Kraus unser Bedauern aus - sein Profil hat uns sehr gut gefallen, und
        wir kommen gerne auf Sie zu, sobald die Stelle wieder freigegeben ist.

        Mit freundlichen Grüßen

        Andrea Wunderlich
        Personalreferentin
        Fichtelgebirge Keramik AG | Vielitzer Str. 40 | 95100 Selb
        """)
    inner = make.message([
        ("From", make.addr("Andrea Wunderlich", "andrea.wunderlich@fichtelgebirge-keramik.de")),
        ("To", make.addr("Carolin Steiner", "c.steiner@steiner-personal.de")),
        ("Subject", make.enc("Absage Vorstellungsgespräch Herr Kraus – 04.12.2026")),
        ("Date", make.date("2026-11-30 11:48", BER)),
        ("Message-ID", "<AS8P189MB1734E1A2B3C4D5E6F7@AS8P189MB1734.EURP189.PROD.OUTLOOK.COM>"),
    ], text(inner_body, charset="iso-8859-1"))
    plain = t("""
        Hallo Benedikt,

        leider keine guten Nachrichten: Fichtelgebirge Keramik hat mir gerade den Termin am Freitag
        abgesagt, die Mail von Frau Wunderlich hängt an. Die Stelle ist wegen der Budgetplanung erst
        mal auf Eis gelegt - mit Dir hat das also nichts zu tun, die waren von Deinem Profil echt
        angetan.

        Ich hab noch zwei andere Mandate im Raum Hof/Bayreuth, die ich Dir diese Woche schicke.
        Kopf hoch!

        Viele Grüße
        Carolin

        --
        Carolin Steiner
        Steiner Personalberatung GmbH
        Maximilianstraße 17 | 95444 Bayreuth
        Mobil +49 160 9182 4471
        """)
    h = hdrs(make.addr("Carolin Steiner", "c.steiner@steiner-personal.de"),
             "WG: Absage Vorstellungsgespräch Herr Kraus – 04.12.2026", "2026-11-30 13:05", BER,
             "<AM7P195MB0812A9B8C7D6E5F4@AM7P195MB0812.EURP195.PROD.OUTLOOK.COM>",
             host="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2119.outbound.protection."
                  "outlook.com [40.107.247.119])")
    return make.message(h, mixed(text(plain),
                                 make.attached_message(inner, "Absage Vorstellungsgespraech Herr Kraus.eml")))


@reg(23, family="human_prose", lang="en", company="Labe Castings a.s.", kind="cancelled",
     local="Wed 2026-11-11 16:00", zone=PRG, contact="martin.horak@labecastings.cz",
     note="Czech hiring manager (English, iso-8859-2) cancels 'our interview on Wednesday 11 November at "
          "16:00 CET' = 15:00Z; position frozen, no new time; contact = sender.")
def m23():
    plain = t("""
        Dear Benedikt,

        I am sorry to write this on such short notice, but I have to cancel our interview on
        Wednesday 11 November at 16:00 CET. Yesterday our management decided to freeze the Quality
        Engineer position until at least Q2/2027 because of the situation at our two biggest
        automotive customers.

        I really enjoyed our first call and I will keep your CV. If the position opens again, I will
        contact you directly - I hope that is ok for you.

        Sorry once more and best regards from Ústí,

        Martin Horák
        Quality Director
        Labe Castings a.s.
        Průmyslová zóna Krásné Březno, 400 07 Ústí nad Labem, Czech Republic
        """)
    h = hdrs(make.addr("Martin Horák", "martin.horak@labecastings.cz"),
             "Cancellation - interview Wednesday 11/11", "2026-11-09 08:40", PRG,
             "<5A3B2C1D.8040107@labecastings.cz>", ("X-Mailer", "Microsoft Outlook 16.0"),
             host="smtp.labecastings.cz (smtp.labecastings.cz [195.113.4.80])")
    return make.message(h, text(plain, charset="iso-8859-2"))


# =========================================================================== negatives (24-50)


@reg(24, family="rejection", lang="de", company="Frankenwerk Armaturen GmbH",
     note="Personio rejection after the interview of key 2; no time confirmed.")
def m24():
    plain = t("""
        Sehr geehrter Herr Kraus,

        nochmals vielen Dank für das freundliche Gespräch bei uns in Bamberg und das Interesse, das
        Sie unserem Unternehmen entgegengebracht haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu
        besetzen, deren Erfahrung im Bereich Gussteile-Lieferanten noch besser zu unseren aktuellen
        Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

        Ihre Unterlagen werden wir gemäß den gesetzlichen Vorgaben nach sechs Monaten löschen. Wenn
        Sie einverstanden sind, dass wir Sie in unseren Talentpool aufnehmen, klicken Sie bitte hier:
        https://frankenwerk-armaturen.jobs.personio.de/talent-pool/consent/8c41e2

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Sabine Hertel
        HR Business Partnerin
        Frankenwerk Armaturen GmbH
        """)
    h = hdrs(make.addr("Frankenwerk Armaturen GmbH", "no-reply@mail.personio.de"),
             "Ihre Bewerbung als Qualitätsingenieur Lieferantenqualität (m/w/d)", "2026-10-02 10:30", BER,
             "<0102019b2e4d5f6a-7c8d9e0f-personio-1a2b@eu-central-1.amazonses.com>",
             host="a7-22.smtp-out.eu-central-1.amazonses.com (a7-22.smtp-out.eu-central-1.amazonses.com "
                  "[54.240.7.22])")
    return make.message(h, text(plain))


@reg(25, family="offer", lang="en", company="Harrow Ridge Medical",
     note="Offer after the interview of key 15; suggests a call but fixes no time.")
def m25():
    plain = t("""
        Hi Benedikt,

        I'm thrilled to let you know that the team would like to offer you the position of Senior
        Supplier Quality Engineer (EMEA, remote)! Dale and Anita were both really impressed with your
        PPAP and supplier audit experience.

        You'll receive the formal offer letter via DocuSign within the next hour. It includes the base
        salary in EUR, the bonus target and the benefits summary for our German entity (Harrow Ridge
        Medical GmbH). As we discussed, the start date is flexible given your notice period.

        I'd love to walk you through the details and answer any questions - just let me know when
        works for you later this week and I'll set something up.

        Congratulations!
        Kayla

        Kayla Brandvold
        Talent Acquisition Partner | Harrow Ridge Medical
        kayla.brandvold@harrowridgemed.com | +1 612 555 0148
        """)
    h = hdrs(make.addr("Kayla Brandvold", "kayla.brandvold@harrowridgemed.com"),
             "Offer - Senior Supplier Quality Engineer (EMEA)", "2026-11-09 15:22", CHI,
             "<SA1PR17MB5432B1C2D3E4F5A6@SA1PR17MB5432.namprd17.prod.outlook.com>",
             host="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2103.outbound.protection."
                  "outlook.com [40.107.243.103])")
    return make.message(h, text(plain, charset="us-ascii", cte="7bit"))


@reg(26, family="application_receipt", lang="de", company="Neckarbogen Antriebstechnik GmbH",
     note="SmartRecruiters application receipt; no appointment.")
def m26():
    plain = t("""
        Guten Tag Herr Kraus,

        vielen Dank für Ihre Bewerbung als Qualitätsingenieur Serienfertigung (m/w/d) und Ihr Interesse
        an der Neckarbogen Antriebstechnik GmbH.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns in der Regel innerhalb von zwei bis drei Wochen bei Ihnen.

        Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

        Freundliche Grüße
        Ihr Recruiting-Team der Neckarbogen Antriebstechnik GmbH

        Diese Nachricht wurde automatisch über SmartRecruiters versendet.
        """)
    h = hdrs(make.addr("Neckarbogen Antriebstechnik GmbH", "noreply@smartrecruiters.com"),
             "Eingangsbestätigung Ihrer Bewerbung – Qualitätsingenieur Serienfertigung (m/w/d)",
             "2026-10-26 19:45", BER, "<sr.2c7e9a4b1d5f3e60.20261026184500@smartrecruiters.com>",
             ("Auto-Submitted", "auto-generated"),
             host="mail48.sea21.mcsv.net (mail48.sea21.mcsv.net [198.2.131.48])")
    return make.message(h, text(plain, charset="iso-8859-1"))


@reg(27, family="job_alert", lang="de", company=None, note="Job board alert with listings; no appointment.")
def m27():
    plain = t("""
        Hallo Benedikt,

        Ihr Jobagent „Qualitätsingenieur“ im Umkreis von 50 km um Coburg hat 12 neue Stellen gefunden:

        1. Qualitätsingenieur Automotive (m/w/d) – Kronacher Fahrzeugtechnik GmbH, Kronach
           Vollzeit · vor 1 Tag
        2. Lieferantenqualitätsingenieur (m/w/d) – Rodachtal Elektronik AG, Bad Rodach
           Vollzeit · Homeoffice möglich · vor 2 Tagen
        3. Quality Engineer Kunststoff (m/w/d) – Sonneberger Formteile GmbH, Sonneberg
           Vollzeit · vor 2 Tagen
        4. Qualitätsplaner APQP (m/w/d) – Lautertal Automotive GmbH, Coburg
           Vollzeit · vor 3 Tagen

        … und 8 weitere Stellen: https://www.jobradar-franken.de/agent/qs-coburg

        Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern häufiger gefunden.

        Jobagent bearbeiten | Abmelden: https://www.jobradar-franken.de/agent/abmelden?id=55821
        JobRadar Franken GmbH · Königstraße 33 · 90402 Nürnberg
        """)
    page = "<html><body style=\"font-family:Arial\">" + "<br>\n".join(plain.rstrip("\n").split("\n")) + \
        "</body></html>\n"
    h = hdrs(make.addr("JobRadar Franken", "jobagent@news.jobradar-franken.de"),
             "12 neue Jobs für „Qualitätsingenieur“ in Coburg", "2026-09-07 06:00", BER,
             "<agent.55821.20260907040000@news.jobradar-franken.de>",
             ("List-Unsubscribe", "<https://www.jobradar-franken.de/agent/abmelden?id=55821>"),
             ("Precedence", "bulk"),
             host="mta3.news.jobradar-franken.de (mta3.news.jobradar-franken.de [203.0.113.73])")
    return make.message(h, alt(text(plain), html(page)))


@reg(28, family="newsletter_tips", lang="en", company=None,
     note="Career newsletter about interview questions; no appointment.")
def m28():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:600px">
        <h1>The QE Career Brief</h1>
        <p><i>Issue #87 · October 13, 2026</i></p>
        <h2>5 questions every quality engineering panel asks</h2>
        <p>Whether it's your first phone screen or the final on-site interview, quality panels love the
        same handful of questions. "Walk me through an 8D you led." "How do you decide when a
        supplier deviation is acceptable?" Here's how to answer them without sounding rehearsed.</p>
        <p><a href="https://qecareerbrief.com/p/five-panel-questions">Read the full article →</a></p>
        <h2>Salary check: supplier quality in the DACH region</h2>
        <p>Our reader survey is back. Median base pay for SQEs in Germany rose 4.1% this year.</p>
        <h2>Upcoming</h2>
        <p>Next week: how to prepare for a case interview on Cpk and measurement system analysis.</p>
        <hr><p style="font-size:12px">You're receiving this because you subscribed at qecareerbrief.com.
        <a href="https://qecareerbrief.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    h = hdrs(make.addr("The QE Career Brief", "brief@qecareerbrief.com"),
             "5 questions every quality engineering panel asks", "2026-10-13 14:00", NYC,
             "<20261013180000.87.qebrief@mail.qecareerbrief.com>",
             ("List-Unsubscribe", "<https://qecareerbrief.com/unsubscribe>"), ("Precedence", "list"),
             host="mail.qecareerbrief.com (mail.qecareerbrief.com [198.51.100.87])")
    return make.message(h, html(page))


@reg(29, family="recruiter_outreach", lang="de", company="Steiner Personalberatung GmbH",
     note="Agency outreach (Du) asking for time windows for a call; nothing fixed.")
def m29():
    plain = t("""
        Hi Benedikt,

        ich bin über Dein Profil gestolpert und hab direkt an ein Mandat gedacht: ein
        Keramikhersteller im Fichtelgebirge sucht einen Qualitätsingenieur (Technische Keramik,
        Reklamationsmanagement, Kundenaudits). Dein Hintergrund mit 8D und IATF passt da
        richtig gut.

        Hast Du nächste Woche mal 15–20 Minuten für ein kurzes Telefonat? Schick mir gern ein paar
        Zeitfenster, die Dir passen, oder ruf einfach durch.

        Viele Grüße aus Bayreuth
        Carolin

        --
        Carolin Steiner
        Steiner Personalberatung GmbH
        Maximilianstraße 17 | 95444 Bayreuth
        Mobil +49 160 9182 4471
        """)
    h = hdrs(make.addr("Carolin Steiner", "c.steiner@steiner-personal.de"),
             "Qualitätsingenieur im Fichtelgebirge – kurzer Austausch?", "2026-09-24 11:17", BER,
             "<AM7P195MB08121D2E3F4A5B6C@AM7P195MB0812.EURP195.PROD.OUTLOOK.COM>",
             host="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2110.outbound.protection."
                  "outlook.com [40.107.247.110])")
    return make.message(h, alt(text(plain), html(make.gmail_html(plain))))


@reg(30, family="availability_request", lang="en", company="Meridian Drive Systems",
     note="Ashby availability request: asks the candidate to pick times; nothing confirmed yet.")
def m30():
    plain = t("""
        Hi Benedikt,

        Great news - the team would like to move forward with a 45-minute interview with Elena
        Sørensen, our Head of Quality for Powertrain Europe.

        Please share your availability for the next two weeks using the link below. All times are
        shown in your local time zone.

        Share availability: https://app.ashbyhq.com/availability/8a2f4c1e-7b3d-4e9a

        Thanks,
        Priya Raman
        Recruiting, Meridian Drive Systems
        """)
    h = hdrs(make.addr("Meridian Drive Systems", "no-reply@ashbyhq.com"),
             "Meridian Drive Systems: please share your availability", "2026-11-03 16:05", BER,
             "<0100019b0a7e3c21-4d5e6f70-availability-000000@email.amazonses.com>",
             ("Reply-To", make.addr("Priya Raman", "priya.raman@meridiandrive.com")),
             host="a48-108.smtp-out.amazonses.com (a48-108.smtp-out.amazonses.com [54.240.48.108])")
    return make.message(h, text(plain))


@reg(31, family="scheduling_link", lang="de", company="Itzgrund Medizintechnik GmbH",
     note="HR sends a Calendly link to book a call; no time fixed (booked later in key 16).")
def m31():
    plain = t("""
        Sehr geehrter Herr Kraus,

        vielen Dank für Ihre Bewerbung als Qualitätsingenieur Medizinprodukte (m/w/d) an unserem
        Standort Rattelsdorf. Ihr Profil hat uns neugierig gemacht!

        Gerne würde ich Sie in einem kurzen telefonischen Kennenlernen (ca. 30 Minuten) näher
        kennenlernen. Bitte wählen Sie über folgenden Link einen für Sie passenden Termin aus:

        https://calendly.com/jana-wolf-itzgrund/kennenlernen-qm

        Ich freue mich auf unser Gespräch.

        Freundliche Grüße

        Jana Wolf
        Personalreferentin
        Itzgrund Medizintechnik GmbH
        Industriestraße 5 · 96170 Rattelsdorf
        """)
    h = hdrs(make.addr("Jana Wolf", "jana.wolf@itzgrund-medizintechnik.de"),
             "Ihre Bewerbung – telefonisches Kennenlernen", "2026-10-07 14:50", BER,
             "<000a01dd4e2f$7c3b9a10$74b2ce30$@itzgrund-medizintechnik.de>",
             ("X-Mailer", "Microsoft Outlook 16.0"),
             host="mail.itzgrund-medizintechnik.de (mail.itzgrund-medizintechnik.de [198.51.100.21])")
    return make.message(h, text(plain, charset="windows-1252", cte="8bit"))


@reg(32, family="proposal", lang="de", company="Rennsteig Glas GmbH",
     days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
     note="HR proposes two slots and promises an invitation once one is chosen; nothing confirmed "
          "(the invitation is key 18).")
def m32():
    plain = t("""
        Sehr geehrter Herr Kraus,

        vielen Dank für Ihre Bewerbung als Qualitätsingenieur Behälterglas (m/w/d). Herr Heß, unser
        Leiter Qualitätssicherung, würde Sie gerne in einem Fachgespräch per Video kennenlernen.

        Würde Ihnen Dienstag, 10.11., 14:00 Uhr oder alternativ Mittwoch, 11.11., 9:00 Uhr passen?
        Sobald ich von Ihnen höre, schicke ich Ihnen eine Kalendereinladung mit dem Link.

        Mit freundlichen Grüßen

        Stefanie Kühn
        Personal
        Rennsteig Glas GmbH | Langewiesener Str. 19 | 98693 Ilmenau
        """)
    h = hdrs(make.addr("Stefanie Kühn", "stefanie.kuehn@rennsteig-glas.de"),
             "Terminvorschläge Fachgespräch Qualitätsingenieur", "2026-11-02 13:37", BER,
             "<CAMz9Kd1xF7pQ2rT8wE3yU6iO0aS4dG5hJ1kL2=@mail.gmail.com>",
             host="mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])")
    return make.message(h, alt(text(plain), html(make.gmail_html(plain))))


@reg(33, family="auto_reply", lang="de", company=None, days=(("Mon", "2026-09-28"),),
     note="Out-of-office auto-reply from the HR contact of key 1; a return date, no appointment.")
def m33():
    plain = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 28.09.2026 nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@frankenwerk-armaturen.de oder
        telefonisch an +49 951 96612-0.

        Mit freundlichen Grüßen
        Sabine Hertel
        """)
    h = hdrs(make.addr("Hertel, Sabine", "sabine.hertel@frankenwerk-armaturen.de"),
             "Automatische Antwort: Nachfrage zum Stand meiner Bewerbung", "2026-09-21 08:02", BER,
             "<FR2P281MB09330E1F2A3B4C5D6E7F@FR2P281MB0933.DEUP281.PROD.OUTLOOK.COM>",
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<a1b2c3d4-5e6f-7081-92a3-b4c5d6e7f809@example.org>"),
             host="EUR04-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2113.outbound.protection."
                  "outlook.com [40.107.135.113])")
    return make.message(h, text(plain, charset="windows-1252"))


@reg(34, family="bounce", lang="en", company=None,
     note="DSN: the candidate's thank-you after the interview of key 8 bounced (mistyped domain).")
def m34():
    report = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <petr.novotny@vltava-component.cz>: host mx.vltava-component.cz[203.0.113.9]
            said: 550 5.1.1 <petr.novotny@vltava-component.cz>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4QxK2c1Lz9z3wT
        X-Postfix-Sender: rfc822; benedikt.kraus@example.org
        Arrival-Date: Thu, 19 Nov 2026 18:31:02 +0100 (CET)

        Final-Recipient: rfc822; petr.novotny@vltava-component.cz
        Original-Recipient: rfc822;petr.novotny@vltava-component.cz
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.vltava-component.cz
        Diagnostic-Code: smtp; 550 5.1.1 <petr.novotny@vltava-component.cz>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    headers = t("""
        From: Benedikt Kraus <benedikt.kraus@example.org>
        To: petr.novotny@vltava-component.cz
        Subject: Thank you for today's interview
        Date: Thu, 19 Nov 2026 18:30:57 +0100
        Message-ID: <9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8; format=flowed
        """)
    body = make.multipart("report",
                          text(report, charset="us-ascii", cte="7bit",
                               extra=(("Content-Description", "Notification"),)),
                          make.raw_part([("Content-Description", "Delivery report"),
                                         ("Content-Type", "message/delivery-status")], status),
                          make.raw_part([("Content-Description", "Undelivered Message Headers"),
                                         ("Content-Type", "text/rfc822-headers")], headers),
                          params="report-type=delivery-status")
    h = hdrs("MAILER-DAEMON@mail.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", "2026-11-19 18:31", BER,
             "<20261119173103.5B1E42C0F19@mail.example.org>", ("Auto-Submitted", "auto-replied"))
    return make.message(h, body)


@reg(35, family="non_interview_calendar", lang="de", company=None, days=(("Thu", "2026-10-15"),),
     note="GP practice appointment confirmation with a fixed time; not an interview.")
def m35():
    plain = t("""
        Sehr geehrter Herr Kraus,

        hiermit bestätigen wir Ihren Termin:

        Praxis:   Dr. med. Anja Roth, Fachärztin für Allgemeinmedizin
        Termin:   Donnerstag, 15.10.2026 um 08:15 Uhr
        Anlass:   Gesundheits-Check-up (bitte nüchtern erscheinen)
        Adresse:  Mohrenstraße 8, 96450 Coburg, 2. OG

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte spätestens 24 Stunden vorher ab.

        Ihr Praxisteam Dr. Roth

        Diese E-Mail wurde automatisch über den Online-Terminservice der Praxis erzeugt.
        """)
    h = hdrs(make.addr("Praxis Dr. med. Anja Roth", "termine@praxis-roth-coburg.de"),
             "Terminbestätigung für Donnerstag, 15.10.2026", "2026-10-09 17:22", BER,
             "<termin.20261009152201.8841@praxis-roth-coburg.de>", ("Auto-Submitted", "auto-generated"),
             host="mail.praxis-roth-coburg.de (mail.praxis-roth-coburg.de [203.0.113.115])")
    return make.message(h, text(plain, charset="iso-8859-1"))


@reg(36, family="non_interview_calendar", lang="de", company=None, days=(("Sat", "2026-10-17"),),
     note="Car workshop appointment (tyre change) with a fixed time; not an interview.")
def m36():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Guten Tag Herr Kraus,</p>
        <p>vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Werkstatttermin:</p>
        <table border="0" cellpadding="3">
        <tr><td>Leistung:</td><td>Räderwechsel Sommer → Winter inkl. Einlagerung</td></tr>
        <tr><td>Fahrzeug:</td><td>CO-BK 412</td></tr>
        <tr><td>Termin:</td><td>Samstag, 17.10.2026, 09:30 Uhr</td></tr>
        <tr><td>Dauer:</td><td>ca. 45 Minuten (Wartebereich mit Kaffee vorhanden)</td></tr>
        </table>
        <p>Ihr Serviceteam<br>Autohaus Frankenland · Neustadter Straße 120 · 96450 Coburg</p>
        </body></html>
        """)
    h = hdrs(make.addr("Autohaus Frankenland Service", "service@autohaus-frankenland.de"),
             "Ihr Werkstatttermin am 17.10.2026", "2026-10-13 12:05", BER,
             "<wst.4412.20261013100500@autohaus-frankenland.de>",
             host="smtp.autohaus-frankenland.de (smtp.autohaus-frankenland.de [203.0.113.150])")
    return make.message(h, html(page.replace("→", "-&gt;"), charset="iso-8859-15"))


@reg(37, family="non_interview_calendar", lang="de", company=None, days=(("Thu", "2026-10-22"),),
     note="Exchange meeting request from the current employer (8D review) to the private address; "
          "fixed time, not an interview.")
def m37():
    plain = t("""
        Hallo zusammen,

        anbei die Einladung zum 8D-Review für die Reklamation Gehäuse Serie 4 (Kunde Rodachtal).
        Bitte D4 (Ursachenanalyse) bis Mittwoch im Teams-Ordner ablegen.

        Benedikt: Ich schicke es auch an Deine private Adresse, da Du am Mittwoch Urlaub hast.

        Gruß
        Heiko
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lindner, Heiko\":mailto:heiko.lindner@coburger-federnwerk.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Benedikt Kraus:mailto:"
        "b.kraus@example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Engel, Marion\":mailto:"
        "marion.engel@coburger-federnwerk.de",
        "UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AABBCCDD",
        "SUMMARY;LANGUAGE=de-DE:8D-Review Reklamation Gehäuse Serie 4",
        "DTSTART;TZID=W. Europe Standard Time:20261022T130000",
        "DTEND;TZID=W. Europe Standard Time:20261022T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261019T054512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Besprechungsraum Itz (Halle 2)",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdrs(make.addr("Lindner, Heiko", "heiko.lindner@coburger-federnwerk.de"),
             "8D-Review Reklamation Gehäuse Serie 4", "2026-10-19 07:45", BER,
             "<DB9P190MB1523A1B2C3D4E5F6@DB9P190MB1523.EURP190.PROD.OUTLOOK.COM>",
             ("Cc", make.addr("Engel, Marion", "marion.engel@coburger-federnwerk.de")),
             to=TO2, rcpt=ME2,
             host="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2090.outbound.protection."
                  "outlook.com [40.107.15.90])")
    return make.message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@reg(38, family="current_job", lang="de", company=None, days=(("Mon", "2026-12-07"),),
     note="Boss (Du) confirms the annual staff review ('Jahresgespräch') at the current employer; a "
          "fixed time for a 'Gespräch', but not a job interview.")
def m38():
    plain = t("""
        Hallo Benedikt,

        wie gestern kurz besprochen: unser Jahresgespräch machen wir am Montag, 7.12., um 10:00 Uhr
        bei mir im Büro. Plan ca. eine Stunde ein.

        Füll bitte vorher den Selbsteinschätzungsbogen aus (liegt im HR-Portal unter
        "Mitarbeitergespräch 2026") und bring Deine Zielerreichung 2026 mit. Über die Ziele für 2027
        und das Thema Weiterbildung (Six Sigma Black Belt) reden wir dann auch.

        Gruß
        Heiko

        Heiko Lindner
        Leiter Qualitätsmanagement
        Coburger Federnwerk GmbH
        """)
    h = hdrs(make.addr("Lindner, Heiko", "heiko.lindner@coburger-federnwerk.de"),
             "Jahresgespräch 2026", "2026-12-01 16:40", BER,
             "<DB9P190MB15239F8E7D6C5B4A@DB9P190MB1523.EURP190.PROD.OUTLOOK.COM>",
             to=TO2, rcpt=ME2,
             host="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2091.outbound.protection."
                  "outlook.com [40.107.15.91])")
    return make.message(h, text(plain))


@reg(39, family="event", lang="de", company=None, days=(("Tue", "2026-11-17"),),
     note="Registration confirmation for a regional quality professionals' evening; fixed time, not an "
          "interview.")
def m39():
    plain = t("""
        Liebe Mitglieder und Gäste,

        vielen Dank für Ihre Anmeldung zum nächsten Qualitätsstammtisch Oberfranken!

        Thema:    "KI in der Sichtprüfung – Hype oder Hilfe?" (Impulsvortrag: Dr. Petra Schramm)
        Wann:     Dienstag, 17.11.2026, 18:30 Uhr (Einlass ab 18:00 Uhr)
        Wo:       Gasthaus Goldener Anker, Nebenzimmer, Ketschengasse 14, 96450 Coburg

        Die Teilnahme ist kostenlos, Speisen und Getränke zahlt jeder selbst.
        Bitte geben Sie uns kurz Bescheid, falls Sie doch nicht kommen können.

        Herzliche Grüße
        Ihr Orga-Team
        Arbeitskreis Qualität Oberfranken e. V.
        """)
    h = hdrs(make.addr("Arbeitskreis Qualität Oberfranken", "info@ak-qualitaet-ofr.de"),
             "Anmeldebestätigung Qualitätsstammtisch am 17.11.", "2026-11-03 20:14", BER,
             "<5f7a1e9c.3b2d@ak-qualitaet-ofr.de>",
             host="smtp.ak-qualitaet-ofr.de (smtp.ak-qualitaet-ofr.de [203.0.113.201])")
    return make.message(h, text(plain))


@reg(40, family="travel", lang="de", company=None, days=(("Wed", "2026-11-25"),),
     note="Train ticket booking to Stuttgart for the interview day of key 9; fixed departure times, not "
          "an interview confirmation.")
def m40():
    plain = t("""
        Ihre Buchungsbestätigung

        Auftragsnummer: R7K2QX
        Reisender: Benedikt Kraus

        Hinfahrt: Mittwoch, 25.11.2026
          Coburg             ab 07:04   Gleis 2   RE 4983
          Nürnberg Hbf       an 08:09
          Nürnberg Hbf       ab 08:24   Gleis 8   ICE 1227
          Stuttgart Hbf      an 10:35

        Rückfahrt: Mittwoch, 25.11.2026
          Stuttgart Hbf      ab 16:22   Gleis 14  ICE 1020
          Coburg             an 19:53   (Umstieg Nürnberg Hbf)

        Tarif: Flexpreis, 2. Klasse, BahnCard 25
        Gesamtpreis: 128,40 EUR (bezahlt per Kreditkarte)

        Ihr Ticket finden Sie im Anhang sowie in der App. Gute Reise!

        Schienenticket Online GmbH · Kundenservice: service@schienenticket-online.de
        """).replace("·", "-")
    h = hdrs(make.addr("Schienenticket Online", "buchung@schienenticket-online.de"),
             "Ihre Buchungsbestätigung (Auftrag R7K2QX)", "2026-11-19 21:47", BER,
             "<buchung.R7K2QX.20261119204700@schienenticket-online.de>",
             host="out2.schienenticket-online.de (out2.schienenticket-online.de [198.51.100.160])")
    return make.message(h, text(plain, charset="iso-8859-1", cte="base64"))


@reg(41, family="personal", lang="de", company=None, days=(("Fri", "2026-12-04"),),
     note="A friend (Du, Franconian) fixes drinks on Friday 18:00; not an interview.")
def m41():
    plain = t("""
        Servus Bene,

        Glühwein am Freitag steht! 18 Uhr am Albertsplatz, Markus und Steffi kommen auch, evtl. noch
        der Flo. Danach vllt noch ins Café Prinz.

        Und erzähl mal, wie wars in Stuttgart?? Hast schon was gehört? 😄

        Bis Freidooch
        Tobi

        Von meinem iPhone gesendet
        """)
    h = hdrs(make.addr("Tobias Engel", "tobias.engel@example.com"),
             "Glühwein Freitag", "2026-12-03 19:11", BER,
             "<8F2D1C3B-7A6E-4F59-B0C1-D2E3F4A5B6C7@example.com>", ("X-Mailer", "iPhone Mail (22B91)"),
             to=TO2, rcpt=ME2, host="mout.example.com (mout.example.com [192.0.2.45])")
    return make.message(h, text(plain, cte="8bit"))


@reg(42, family="webinar", lang="en", company=None, days=(("Wed", "2026-10-28"),),
     note="Webinar registration 'Nail the Panel Interview' at a fixed time; not the candidate's "
          "job interview.")
def m42():
    plain = t("""
        Hi Benedikt,

        You're registered for:

        NAIL THE PANEL INTERVIEW: A Live Workshop for Engineers
        Wednesday, October 28, 2026 · 12:00 PM - 1:00 PM EDT (5:00 PM - 6:00 PM CET)

        Join from your computer: https://careerlift-academy.zoom.us/w/88120045531?tk=Wm4kP

        Add to calendar: Google | Outlook | iCal

        Can't make it? Don't worry - we'll send the recording to all registrants.

        See you there,
        The CareerLift Academy Team
        """)
    h = hdrs(make.addr("CareerLift Academy", "events@careerlift-academy.com"),
             "Confirmation: Nail the Panel Interview - A Live Workshop for Engineers", "2026-10-21 09:30",
             NYC, "<zoomwebinar.88120045531.reg.3381@zoom.us>",
             ("List-Unsubscribe", "<https://careerlift-academy.com/unsubscribe>"),
             host="o8.email.zoom.us (o8.email.zoom.us [149.72.184.8])")
    return make.message(h, text(plain))


@reg(43, family="podcast", lang="en", company=None, days=(("Tue", "2026-12-08"),),
     note="Podcast host confirms a recording slot with the owner as guest; a fixed 'interview' time, "
          "but not a job interview.")
def m43():
    plain = t("""
        Hey Benedikt,

        awesome, thanks for saying yes! Locking it in: we'll record your episode on Tuesday,
        December 8 at 17:00 CET (11:00 AM my time in Cleveland). It's a relaxed 40-minute
        conversation about running 8D investigations with suppliers who don't want to be audited.

        Recording link (Riverside): https://riverside.fm/studio/gemba-walk-podcast?t=8c1f2a
        Please use headphones and a wired connection if you can.

        Talk soon,
        Owen

        --
        Owen Marsh | Host, The Gemba Walk Podcast
        """)
    h = hdrs(make.addr("Owen Marsh", "owen@gembawalkpodcast.com"),
             "Podcast interview confirmed - Dec 8", "2026-11-30 14:12", NYC,
             "<CAPm3nQ8rT2wX5yZ1aB4cD7eF0gH3iJ6kL9mN2oP=@mail.gmail.com>",
             host="mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])")
    return make.message(h, alt(text(plain), html(make.gmail_html(plain))))


@reg(44, family="assessment", lang="en", company="Vltava Components s.r.o.", days=(("Fri", "2026-10-30"),),
     note="Workday online assessment with a completion deadline; no interview time.")
def m44():
    plain = t("""
        Dear Benedikt Kraus,

        Thank you for your application for Quality Engineer – Supplier Development (R-20416).

        As the next step, we kindly ask you to complete a short online assessment (numerical
        reasoning and a quality case study, approx. 40 minutes). Please complete it by
        Friday, 30 October 2026, 23:59 CET.

        Start assessment: https://assess.vltava-components.cz/start?token=6f2e9a

        Kind regards,
        Talent Acquisition Team
        Vltava Components s.r.o.

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    h = hdrs(make.addr("Vltava Components", "vltava@myworkday.com"),
             "Next step: online assessment - Quality Engineer – Supplier Development (R-20416)",
             "2026-10-26 08:15", PRG, "<1839204451.51722.1793000100441@wd3-prod-mail-07>",
             ("Auto-Submitted", "auto-generated"),
             host="wd3-smtp-out-7.myworkday.com (wd3-smtp-out-7.myworkday.com [66.151.214.7])")
    return make.message(h, text(plain))


@reg(45, family="rejection", lang="en", company="Tallgrass Robotics",
     note="Lever rejection after the interview of key 6.")
def m45():
    plain = t("""
        Hi Benedikt,

        Thank you for taking the time to interview with us for the Quality Engineer, Manufacturing
        (Europe) role, and for your patience while we worked through our process.

        After a lot of discussion, we've decided to move forward with a candidate whose background
        is a closer match for our immediate needs at the Gliwice contract manufacturer. This was a
        difficult decision - Marcus especially appreciated your practical examples.

        We'd love to stay in touch for future roles.

        All the best,
        Dana Okafor
        Recruiting Coordinator, Tallgrass Robotics
        """)
    h = hdrs(make.addr("Tallgrass Robotics", "no-reply@hire.lever.co"),
             "Update on your application to Tallgrass Robotics", "2026-12-08 13:40", NYC,
             "<20261208184000.9b3c.lever-feedback@hire.lever.co>",
             ("Reply-To", make.addr("Dana Okafor", "dana.okafor@tallgrassrobotics.com")),
             host="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return make.message(h, text(plain, charset="us-ascii", cte="7bit"))


@reg(46, family="post_interview", lang="de", company="Neckarbogen Antriebstechnik GmbH",
     days=(("Fri", "2026-12-04"),),
     note="Thanks after the on-site interview of key 9, decision promised by a date; nothing scheduled.")
def m46():
    plain = t("""
        Sehr geehrter Herr Kraus,

        vielen Dank für Ihren Besuch heute in Feuerbach und das offene Gespräch. Dr. Brenner und ich
        haben einen sehr guten Eindruck gewonnen.

        Wir führen in dieser Woche noch zwei weitere Gespräche und melden uns spätestens bis
        Freitag, 4. Dezember, mit einer Rückmeldung bei Ihnen.

        Ihre Reisekostenabrechnung senden Sie bitte einfach eingescannt an mich zurück.

        Viele Grüße aus Stuttgart
        Melanie Schairer
        Recruiting | Neckarbogen Antriebstechnik GmbH
        Wernerstraße 88 | 70469 Stuttgart
        """)
    h = hdrs(make.addr("Schairer Melanie (NAT/HR-R)", "melanie.schairer@neckarbogen-antriebe.de"),
             "Ihr Besuch bei uns – vielen Dank!", "2026-11-25 17:50", BER,
             "<VI1P194MB06341A2B3C4D5E6F@VI1P194MB0634.EURP194.PROD.OUTLOOK.COM>",
             host="EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2072.outbound.protection."
                  "outlook.com [40.107.21.72])")
    return make.message(h, text(plain))


@reg(47, family="availability_request", lang="de", company="Donauwerk Messtechnik GmbH",
     days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28"), ("Fri", "2026-10-30")),
     note="Austrian HR offers three slots for a second interview and asks which one suits; nothing "
          "confirmed.")
def m47():
    plain = t("""
        Sehr geehrter Herr Kraus,

        vielen Dank nochmals für das angenehme Gespräch letzte Woche. DI Aigner würde Sie gerne zu
        einem Zweitgespräch zu uns nach Wien einladen – inkl. Rundgang durch das Kalibrierlabor.

        Folgende Termine stünden zur Auswahl:

        - Dienstag, 27.10., 10:00 Uhr
        - Mittwoch, 28.10., 14:00 Uhr
        - Freitag, 30.10., 9:30 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt, dann sende ich Ihnen
        eine fixe Einladung samt Anfahrtsbeschreibung. Die Reisekosten übernehmen selbstverständlich
        wir.

        Mit freundlichen Grüßen aus Wien

        Mag. Katharina Pichler
        Recruiting & Employer Branding
        Donauwerk Messtechnik GmbH
        """)
    h = hdrs(make.addr("Pichler Katharina", "katharina.pichler@donauwerk.at"),
             "Zweitgespräch – Terminauswahl", "2026-10-15 10:42", VIE,
             "<VI1PR08MB3310B2C3D4E5F6A7@VI1PR08MB3310.eurprd08.prod.outlook.com>",
             host="EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2080.outbound.protection."
                  "outlook.com [40.107.21.80])")
    return make.message(h, text(plain, charset="windows-1252"))


@reg(48, family="platform_notification", lang="de", company=None,
     note="Professional network notification (profile views, premium upsell); no appointment.")
def m48():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hallo Benedikt,</p>
        <p><b>4 Personen</b> haben sich diese Woche Ihr Profil angesehen – darunter 2 Recruiter:innen aus
        der Automobilzulieferindustrie.</p>
        <p>Sehen Sie, wer sich für Sie interessiert: <a href="https://www.berufsnetz.de/premium">Premium
        30 Tage kostenlos testen</a></p>
        <p>Außerdem neu für Sie: „Quality Lead (m/w/d)“ bei einem Unternehmen in Erfurt.</p>
        <p style="font-size:11px;color:#999">Berufsnetz GmbH, Hamburg · <a
        href="https://www.berufsnetz.de/settings/notifications">Benachrichtigungen verwalten</a></p>
        </body></html>
        """)
    h = hdrs(make.addr("Berufsnetz", "benachrichtigung@mail.berufsnetz.de"),
             "Benedikt, 4 Personen haben Ihr Profil angesehen", "2026-11-22 10:00", BER,
             "<weekly.profileviews.7712093.20261122@mail.berufsnetz.de>",
             ("List-Unsubscribe", "<https://www.berufsnetz.de/settings/notifications>"),
             ("Precedence", "bulk"),
             host="mta12.mail.berufsnetz.de (mta12.mail.berufsnetz.de [198.51.100.12])")
    return make.message(h, html(page))


@reg(49, family="application_receipt", lang="en", company="Copperline Industrial",
     note="iCIMS application receipt; no appointment.")
def m49():
    plain = t("""
        Dear Benedikt,

        Thank you for applying for the Quality Engineer II (Req #4471) position at Copperline
        Industrial. We have received your application and our Talent Acquisition team will review
        your qualifications.

        If your background is a match, a member of our team will reach out to discuss next steps.
        You can check the status of your application at any time in the Copperline Careers portal.

        Sincerely,
        Copperline Industrial Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    h = hdrs(make.addr("Copperline Industrial Talent Acquisition", "copperline@talent.icims.com"),
             "Thank you for applying - Quality Engineer II (Req #4471)", "2026-11-02 07:55", DEN,
             "<1479246720.18824.1793717700133.JavaMail.icims@icims-mta-02>",
             host="smtp-out-02.icims.com (smtp-out-02.icims.com [208.70.136.22])")
    return make.message(h, text(plain, charset="us-ascii", cte="7bit"))


@reg(50, family="mock_interview", lang="en", company=None, days=(("Thu", "2026-11-12"),),
     note="Career coach confirms a paid mock interview session at a fixed time; not a job interview.")
def m50():
    plain = t("""
        Hi Benedikt,

        Lovely to hear from you again! Your mock interview session is confirmed:

        Thursday, November 12, 2026 at 7:00 PM CET (60 min), on Zoom
        https://us06web.zoom.us/j/84410029377

        We'll run a full 45-minute panel simulation (technical + behavioural) for the medical device
        role, then 15 minutes of feedback. Please send me the job ad beforehand.

        Invoice to follow separately.

        Warmly,
        Sarah Lindqvist
        Career Coach for Engineers | lindqvist-coaching.com
        """)
    h = hdrs(make.addr("Sarah Lindqvist", "sarah@lindqvist-coaching.com"),
             "Mock interview confirmed - Thu 12 Nov", "2026-11-05 18:20", BER,
             "<0e1d2c3b-4a59-4687-b7c6-d5e4f3a2b1c0@lindqvist-coaching.com>",
             host="smtp.lindqvist-coaching.com (smtp.lindqvist-coaching.com [198.51.100.231])")
    return make.message(h, text(plain, cte="quoted-printable"))
