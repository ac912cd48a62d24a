"""blind217: 50 hand-written mails from the inbox of Jonas Meyer, an offshore-wind SCADA developer
in Oldenburg (Europe/Berlin), September to December 2026. Built by ``make_blind.py blind217``.

Written blind: without reading the detector, its tests, or any other held-out set's mails.
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(2170217).sample(range(1, 51), 50)
ME = "jonas.meyer@example.org"
JONAS = addr("Jonas Meyer", ME)
Z = "Europe/Berlin"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind217_{ORDER[key - 1]:03d}"


def mx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


VTZ_EXTRA = {
    "Europe/Copenhagen": VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Copenhagen"),
    "Europe/Amsterdam": VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam"),
    "Australia/Sydney": """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
}


def vtz(zone: str) -> str:
    return VTZ.get(zone) or VTZ_EXTRA[zone]


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="de", interview=True, kind="scheduled", company="Lumenstrom GmbH",
      start=utc("2026-09-15 14:00", Z), end=utc("2026-09-15 15:00", Z),
      contact="mira.albers@lumenstrom.de", local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=Z,
      note="Greenhouse (German template) from the no-reply greenhouse-mail.io sender, Reply-To the recruiter; "
           "'Dienstag, 15. September 2026, 14:00 - 15:00 CEST' = 12:00-13:00 UTC")
def m01() -> bytes:
    when = "2026-09-09 10:12:41"
    body = t("""
        Hallo Jonas,

        vielen Dank, dass Sie sich Zeit für Lumenstrom nehmen. Hiermit bestätigen wir Ihr Interview:

        Position: Software Engineer SCADA / Leittechnik (m/w/d) – Hamburg
        Termin: Dienstag, 15. September 2026, 14:00 - 15:00 CEST
        Format: Microsoft Teams (den Link erhalten Sie in einer separaten Kalendereinladung)

        Ihre Gesprächspartner:
          Mira Albers – Talent Acquisition
          Dr. Ole Quade – Head of Plant Control

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Viele Grüße
        Mira Albers
        Lumenstrom GmbH

        --
        Diese Nachricht wurde über Greenhouse versendet. Datenschutz: https://lumenstrom.de/datenschutz
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hallo Jonas,</p>
        <p>vielen Dank, dass Sie sich Zeit für Lumenstrom nehmen. Hiermit bestätigen wir Ihr Interview:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Software Engineer SCADA / Leittechnik (m/w/d) &ndash; Hamburg</td></tr>
        <tr><td><b>Termin</b></td><td>Dienstag, 15. September 2026, 14:00 - 15:00 CEST</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams (den Link erhalten Sie in einer separaten Kalendereinladung)</td></tr>
        </table>
        <p>Ihre Gesprächspartner:<br>Mira Albers &ndash; Talent Acquisition<br>Dr. Ole Quade &ndash; Head of Plant Control</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Viele Grüße<br>Mira Albers<br>Lumenstrom GmbH</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde über Greenhouse versendet.
        Datenschutz: <a href="https://lumenstrom.de/datenschutz">lumenstrom.de/datenschutz</a></p>
        <img src="https://u1478.ct.sendgrid.net/wf/open?upn=aG9sZGVy" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Received", mx("o12.sg.greenhouse-mail.io", "167.89.101.12", when, Z, "4Gk2pQ0yT7z1")),
        ("From", addr("Lumenstrom GmbH", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Mira Albers", "mira.albers@lumenstrom.de")),
        ("To", JONAS),
        ("Subject", enc("Interviewbestätigung: Software Engineer SCADA / Leittechnik (m/w/d) – Lumenstrom")),
        ("Date", date(when, Z)),
        ("Message-ID", "<x7Qw1Rk2TnGd0a5-uZc3Vg@geopod-ismtpd-5-1>"),
        ("X-SG-EID", "u001.Kq9vYbJz3Lw8"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled", company="Jadewerk Offshore GmbH",
      start=utc("2026-09-17 10:30", Z), end=utc("2026-09-17 11:30", Z),
      contact="tomke.janssen@jadewerk-offshore.de", local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30",
      zone=Z,
      note="Personio, HTML only (base64) plus invite.ics; Reply-To is the shared bewerbung@ box, so contact = the "
           "recruiter address in the body; 'Donnerstag, 17.09.2026, 10:30 – 11:30 Uhr' CEST = 08:30-09:30 UTC")
def m02() -> bytes:
    when = "2026-09-11 15:47:09"
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <tr><td style="padding:24px"><img src="https://assets.personio.de/logos/jadewerk.png" alt="Jadewerk Offshore" height="36"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Sehr geehrter Herr Meyer,</p>
        <p>vielen Dank für Ihre Rückmeldung. Gern bestätigen wir Ihnen den Termin für das persönliche Kennenlernen
        für die Position <b>SCADA-Entwickler Offshore-Windparks (m/w/d)</b>:</p>
        <p style="background:#eef3f8;padding:12px"><b>Donnerstag, 17.09.2026, 10:30 – 11:30 Uhr</b><br>
        Jadewerk Offshore GmbH, Am Bontekai 12, 26382 Wilhelmshaven<br>
        Bitte melden Sie sich am Empfang im Erdgeschoss.</p>
        <p>Sie sprechen mit Herrn Enno Gerdes (Teamleitung Betriebsführung) und mir.
        Einen Kalendereintrag finden Sie im Anhang.</p>
        <p>Ihre Ansprechpartnerin bei Fragen:<br>
        Tomke Janssen, HR Business Partner<br>
        <a href="mailto:tomke.janssen@jadewerk-offshore.de">tomke.janssen@jadewerk-offshore.de</a> · 04421 50317-24</p>
        <p>Mit freundlichen Grüßen<br>Ihr Jadewerk-Recruiting-Team</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Gesendet mit Personio · Jadewerk Offshore GmbH ·
        Amtsgericht Oldenburg HRB 219874</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Personio GmbH//Recruiting//DE
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {tz}
        BEGIN:VEVENT
        UID:personio-event-9f1c2e7a-5d3b@personio.de
        DTSTAMP:20260911T134709Z
        DTSTART;TZID=Europe/Berlin:20260917T103000
        DTEND;TZID=Europe/Berlin:20260917T113000
        SUMMARY:Vorstellungsgespräch Jadewerk Offshore – Jonas Meyer
        LOCATION:Am Bontekai 12\\, 26382 Wilhelmshaven
        ORGANIZER;CN=Jadewerk Offshore GmbH:mailto:bewerbung@jadewerk-offshore.de
        ATTENDEE;CN=Jonas Meyer;RSVP=TRUE:mailto:jonas.meyer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).format(tz=vtz(Z))
    return message([
        ("Received", mx("mail-eu.personio.de", "52.29.14.88", when, Z, "Rr7Lq2Vb9Tz3")),
        ("From", addr("Jadewerk Offshore GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Jadewerk Recruiting", "bewerbung@jadewerk-offshore.de")),
        ("To", JONAS),
        ("Subject", enc("Terminbestätigung – Ihr Vorstellungsgespräch bei Jadewerk Offshore")),
        ("Date", date(when, Z)),
        ("Message-ID", "<0102019278c1e3a4-7f2b9d0e-11aa-4c3e-9b61-2f5d8e0c7a11-000000@eu-central-1.amazonses.com>"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(3), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Havgrid ApS",
      start=utc("2026-09-29 10:00", "Europe/Copenhagen"), end=utc("2026-09-29 10:45", "Europe/Copenhagen"),
      contact="signe.kjaer@havgrid.dk", local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:45",
      zone="Europe/Copenhagen",
      note="Danish employer writing English via Teamtailor; Reply-To is a Teamtailor inbound relay, so contact = "
           "Signe's address in the signature; 10:00-10:45 Copenhagen time (CEST) = 08:00-08:45 UTC; ICS agrees")
def m03() -> bytes:
    when = "2026-09-24 11:05:33"
    cph = "Europe/Copenhagen"
    body = t("""
        Hi Jonas,

        Thanks for picking a time - you're all set! Here are the details for your first interview for
        the role as Senior SCADA Developer (Offshore Operations):

        When: Tuesday 29 September 2026, 10:00-10:45 (Copenhagen time, CEST)
        Where: Microsoft Teams - the link is in the attached calendar invite
        Who: Mads Thygesen (Engineering Lead) and me

        The interview will take 45 minutes. We'll talk about your experience with IEC 61400-25 and
        the wind farm controller work you mentioned, and you'll have plenty of time for questions.

        Venlig hilsen / Best regards
        Signe Kjær
        Talent Partner, Havgrid ApS
        signe.kjaer@havgrid.dk | +45 31 22 48 07
        Kalvebod Brygge 31, 1560 København V
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1c1c1c;max-width:560px">
        <p>Hi Jonas,</p>
        <p>Thanks for picking a time - you're all set! Here are the details for your first interview for the role as
        <strong>Senior SCADA Developer (Offshore Operations)</strong>:</p>
        <p><strong>When:</strong> Tuesday 29 September 2026, 10:00-10:45 (Copenhagen time, CEST)<br>
        <strong>Where:</strong> Microsoft Teams - the link is in the attached calendar invite<br>
        <strong>Who:</strong> Mads Thygesen (Engineering Lead) and me</p>
        <p>The interview will take 45 minutes. We'll talk about your experience with IEC 61400-25 and the wind farm
        controller work you mentioned, and you'll have plenty of time for questions.</p>
        <p>Venlig hilsen / Best regards<br>Signe Kjær<br>Talent Partner, Havgrid ApS<br>
        <a href="mailto:signe.kjaer@havgrid.dk">signe.kjaer@havgrid.dk</a> | +45 31 22 48 07</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        {tz}
        BEGIN:VEVENT
        UID:tt-interview-3318842@teamtailor.com
        DTSTAMP:20260924T090533Z
        DTSTART;TZID=Europe/Copenhagen:20260929T100000
        DTEND;TZID=Europe/Copenhagen:20260929T104500
        SUMMARY:Interview: Senior SCADA Developer (Offshore Operations) - Havgrid
        DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Signe Kjær:mailto:signe.kjaer@havgrid.dk
        ATTENDEE;CN=Jonas Meyer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.meyer@example.org
        ATTENDEE;CN=Mads Thygesen;PARTSTAT=ACCEPTED:mailto:mads.thygesen@havgrid.dk
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).format(tz=vtz(cph))
    return message([
        ("Received", mx("m47-118.teamtailor-mail.com", "185.70.41.118", when, cph, "Tt5mQ8wN2kP4")),
        ("From", addr("Signe Kjær (Havgrid)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c3318842-6b1f0e@inbound.teamtailor-mail.com"),
        ("To", JONAS),
        ("Subject", "Your interview with Havgrid is booked - Tuesday 29 September"),
        ("Date", date(when, cph)),
        ("Message-ID", "<66f28a3d1e4b7_4a2c3f8e1b92847@teamtailor-mailer-7c9d.mail>"),
        ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c3318842>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Kröger Leitsysteme GmbH", start=utc("2026-10-08 09:15", Z),
      contact="hauke.kroeger@kroeger-leitsysteme.de", local="Thu 2026-10-08 09:15", zone=Z,
      days=(("Thu", "2026-10-01"),),
      note="Plattdeutsch-tinged reply (du) from the owner; 'Donnerstag nächster Woche um viertel nach neun' from "
           "Date Thu 1 Oct = Thu 8 Oct 09:15 CEST = 07:15 UTC; 'so 'ne gute Stunde' is approximate, end null")
def m04() -> bytes:
    when = "2026-10-01 16:22:10"
    body = t("""
        Moin Jonas,

        jo, dat passt uns gut. Denn machen wir dat so: Donnerstag nächster Woche um viertel nach neun
        bei uns in der Werkstatt, Donnerschweer Str. 214, Hof durch, die blaue Tür. Parken kannst du
        direkt vorm Tor.

        Mit dabei sind ich und Gesche (macht bei uns die ganze Netzleittechnik). Dauert so 'ne gute
        Stunde, wir zeigen dir auch gleich den Prüfstand. Bring ruhig mal was mit, woran du zuletzt
        geschraubt hast, muss nix Geheimes sein.

        Bis denn un schöne Grüße
        Hauke

        --
        Hauke Kröger
        Geschäftsführer
        Kröger Leitsysteme GmbH · Donnerschweer Str. 214 · 26123 Oldenburg
        Tel. 0441 36180-0 · hauke.kroeger@kroeger-leitsysteme.de

        Am 30.09.2026 um 21:08 schrieb Jonas Meyer <jonas.meyer@example.org>:
        > Moin Herr Kröger,
        >
        > danke für den netten Anruf heute! Wie besprochen schicke ich Ihnen noch mal meinen
        > Lebenslauf. Donnerstag nächster Woche könnte ich vormittags, sonst ginge auch der
        > Freitag danach.
        >
        > Viele Grüße
        > Jonas Meyer
        """)
    return message([
        ("Received", mx("mout.kundenserver.de", "212.227.126.187", when, Z, "Kk3Hs9Lp0Qv2")),
        ("From", addr("Hauke Kröger", "hauke.kroeger@kroeger-leitsysteme.de")),
        ("To", JONAS),
        ("Subject", "Re: Bewerbung Leittechnik / Lebenslauf"),
        ("Date", date(when, Z)),
        ("Message-ID", "<5c2a81e0-3f4d-9b17-a2e6-0d8f1c44b7e3@kroeger-leitsysteme.de>"),
        ("In-Reply-To", "<b7e90c12-44aa-4e5b-8d21-9e7f3c0a1b56@example.org>"),
        ("References", "<b7e90c12-44aa-4e5b-8d21-9e7f3c0a1b56@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ], text(body, cte="8bit", params="format=flowed"))


def outlook_ics(uid: str, stamp: str, start: str, end: str, summary: str, organizer: tuple[str, str],
                attendees: list[tuple[str, str]], location: str, seq: int = 0, method: str = "REQUEST",
                status: str = "CONFIRMED", zone: str = "W. Europe Standard Time") -> str:
    """An Exchange/Outlook meeting request: Windows zone name, 1601 anchors, X-MICROSOFT-CDO lines."""
    att = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}"
                    for cn, a in attendees)
    return t("""
        BEGIN:VCALENDAR
        METHOD:{method}
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN={org_cn}:mailto:{org}
        {att}
        DESCRIPTION;LANGUAGE=de-DE:\\n
        UID:{uid}
        SUMMARY;LANGUAGE=de-DE:{summary}
        DTSTART;TZID={zone}:{start}
        DTEND;TZID={zone}:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=de-DE:{location}
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
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
        """).format(method=method, vtz=VTZ[zone], org_cn=organizer[0], org=organizer[1], att=att, uid=uid,
                    summary=summary, zone=zone, start=start, end=end, stamp=stamp, status=status, seq=seq,
                    location=location)


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams Besprechung
    Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YjQ0>
    Besprechungs-ID: 384 227 591 064
    Kennung: q7XbT2
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(n(5), family="exchange", lang="de", interview=True, kind="scheduled", company="Hunte Netz AG",
      start=utc("2026-10-23 13:00", Z), end=utc("2026-10-23 14:00", Z),
      contact="birte.ohlrogge@huntenetz.de", local="Fri 2026-10-23 13:00", local_end="2026-10-23 14:00", zone=Z,
      note="Outlook meeting request (Teams); body shows '(UTC+01:00) Amsterdam, Berlin...' although 23 Oct is "
           "still CEST: 13:00-14:00 CEST = 11:00-12:00 UTC, as the ICS (W. Europe Standard Time) says. Thread: "
           "moved later by another mail")
def m05() -> bytes:
    when = "2026-10-19 09:41:52"
    body = t("""
        Sehr geehrter Herr Meyer,

        wie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch für die Stelle
        „Entwickler*in Netzleittechnik / SCADA" (Kennziffer HN-2026-088) ein. Das Gespräch findet
        per Teams statt; von unserer Seite nehmen Herr Dr. Tammen (Leitung Netzführung) und ich teil.

        Bitte nehmen Sie die Einladung kurz an, damit der Termin bei Ihnen im Kalender steht.

        Mit freundlichen Grüßen

        Birte Ohlrogge
        Personalgewinnung
        Hunte Netz AG | Cloppenburger Str. 302 | 26133 Oldenburg
        T +49 441 4808-2271 | birte.ohlrogge@huntenetz.de

        """) + TEAMS_DE
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Sehr geehrter Herr Meyer,</p>\n"
            "<p class=\"MsoNormal\">wie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch für "
            "die Stelle &#8222;Entwickler*in Netzleittechnik / SCADA&#8220; (Kennziffer HN-2026-088) ein. Das "
            "Gespräch findet per Teams statt; von unserer Seite nehmen Herr Dr. Tammen (Leitung Netzführung) und "
            "ich teil.</p>\n<p class=\"MsoNormal\">Bitte nehmen Sie die Einladung kurz an, damit der Termin bei "
            "Ihnen im Kalender steht.</p>\n<p class=\"MsoNormal\">Mit freundlichen Grüßen<br>Birte Ohlrogge<br>"
            "Personalgewinnung<br>Hunte Netz AG</p>\n<div style=\"width:100%;height:20px\"><span style=\"white-"
            "space:nowrap;color:#5F5F5F\">________________________________________________________________________"
            "________</span></div>\n<div><span style=\"font-size:24px;color:#252424\">Microsoft Teams Besprechung"
            "</span></div>\n<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YjQ0\">"
            "Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>\n<div>Besprechungs-ID: 384 227 591 064"
            "<br>Kennung: q7XbT2</div>\n</div></body></html>\n")
    ics = outlook_ics("040000008200E00074C5B7101A82E00800000000B0C7D1E55E62DC01000000000000000010000000A4F1",
                      "20261019T074152Z", "20261023T130000", "20261023T140000",
                      "Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA",
                      ("Birte Ohlrogge", "birte.ohlrogge@huntenetz.de"),
                      [("Jonas Meyer", ME), ("Dr. Arne Tammen", "arne.tammen@huntenetz.de")],
                      "Microsoft Teams-Besprechung")
    head = t("""
        Wann: Freitag, 23. Oktober 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        """)
    return message([
        ("Received", mx("mail-fr2deu01on2107.outbound.protection.outlook.com", "52.100.18.107", when, Z,
                        "Ex0Hn4Pq8Zt2")),
        ("From", addr("Ohlrogge, Birte", "birte.ohlrogge@huntenetz.de")),
        ("To", JONAS),
        ("CC", addr("Tammen, Arne Dr.", "arne.tammen@huntenetz.de")),
        ("Subject", enc("Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA")),
        ("Thread-Topic", enc("Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA")),
        ("Thread-Index", "AdtBk1Yq2W7sF0PxQ0y8c9R3mX1a5g=="),
        ("Date", date(when, Z)),
        ("Message-ID", "<FR2P281MB1834A7C0E4D1B2F9C3A5E8D7B1C2@FR2P281MB1834.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(head + body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled", company="Weser Offshore Service SE",
      start=utc("2026-10-14 14:30", Z), end=utc("2026-10-14 15:30", Z),
      contact="lasse.bruening@weser-offshore.com", local="Wed 2026-10-14 14:30", local_end="2026-10-14 15:30",
      zone=Z,
      note="Workday (German), tenant address @myworkday.com; '14:30 - 15:30 (Mitteleuropäische Sommerzeit)' = "
           "12:30-13:30 UTC; contact = recruiter address in the body")
def m06() -> bytes:
    when = "2026-10-08 14:03:27"
    body = t("""
        Guten Tag Jonas Meyer,

        vielen Dank für Ihre Bewerbung auf die Position R-0041752 Software Developer Wind Farm SCADA (w/m/d)
        in Bremen.

        Ihr Interview wurde geplant:

        Datum:     Mittwoch, 14. Oktober 2026
        Uhrzeit:   14:30 - 15:30 (Mitteleuropäische Sommerzeit)
        Ort:       Weser Offshore Service SE, Am Speicher XI 9, 28217 Bremen, Raum „Helgoland"
        Interviewer: Frauke Siemer, Kolja Brandes

        Bitte bringen Sie einen gültigen Lichtbildausweis mit.

        Bei Fragen wenden Sie sich bitte an Ihren Recruiter Lasse Brüning (lasse.bruening@weser-offshore.com).

        Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit im Kandidatenportal:
        https://wos.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

        Freundliche Grüße
        Weser Offshore Service SE – Talent Acquisition

        Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    page = ("<html><body><div style=\"font-family:Arial;font-size:10pt\">"
            + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
            + "</div></body></html>\n")
    return message([
        ("Received", mx("wd3-smtp-out2.myworkday.com", "198.51.47.12", when, Z, "Wd7Yc2Nv5Hj1")),
        ("From", addr("Weser Offshore Service SE", "wos@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Interviewbestätigung – R-0041752 Software Developer Wind Farm SCADA (w/m/d)")),
        ("Date", date(when, Z)),
        ("Message-ID", "<1847263011.902114.1791547407195@wd3-prod-mail-4.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled", company="Fathom Grid",
      start=utc("2026-10-26 10:00", Z), end=utc("2026-10-26 10:30", Z),
      contact="dana.whitlock@fathomgrid.io", local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:30", zone=Z,
      note="Calendly invitee confirmation sent Fri 23 Oct in CEST; the meeting is Mon 26 Oct, after the switch "
           "to CET on 25 Oct: 10:00-10:30 Central European Time = 09:00-09:30 UTC (ICS in UTC agrees); "
           "contact = host via Reply-To")
def m07() -> bytes:
    when = "2026-10-23 20:14:06"
    body = t("""
        Hi Jonas Meyer,

        A new event has been scheduled.

        Event Type:
        Technical screen - SCADA Engineer (Remote, EU)

        Invitee:
        Jonas Meyer

        Invitee Email:
        jonas.meyer@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time) Monday, October 26, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/xpt-jdqe-kwr

        Host:
        Dana Whitlock, Engineering Manager, Fathom Grid

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f0c1a2e-88b4-4d3e-9c5a-0f2e7b1d4c93
        Reschedule: https://calendly.com/reschedulings/6f0c1a2e-88b4-4d3e-9c5a-0f2e7b1d4c93

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#fff;font-family:proxima-nova,'Helvetica Neue',Helvetica,sans-serif">
        <table width="100%"><tr><td style="padding:20px 0;font-size:16px;color:#4d5055">
        <p>Hi Jonas Meyer,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical screen - SCADA Engineer (Remote, EU)</p>
        <p><b>Invitee:</b><br>Jonas Meyer</p>
        <p><b>Invitee Email:</b><br><a href="mailto:jonas.meyer@example.org">jonas.meyer@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central European Time) Monday, October 26, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/xpt-jdqe-kwr">Join now</a></p>
        <p><b>Host:</b><br>Dana Whitlock, Engineering Manager, Fathom Grid</p>
        <p><a href="https://calendly.com/cancellations/6f0c1a2e-88b4-4d3e-9c5a-0f2e7b1d4c93">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6f0c1a2e-88b4-4d3e-9c5a-0f2e7b1d4c93">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6f0c1a2e-88b4-4d3e-9c5a-0f2e7b1d4c93@calendly.com
        DTSTAMP:20261023T181406Z
        DTSTART:20261026T090000Z
        DTEND:20261026T093000Z
        SUMMARY:Technical screen - SCADA Engineer (Remote\\, EU) between Dana Whitlock and Jonas Meyer
        LOCATION:https://meet.google.com/xpt-jdqe-kwr
        ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@fathomgrid.io
        ATTENDEE;CN=Jonas Meyer;RSVP=FALSE;PARTSTAT=ACCEPTED:mailto:jonas.meyer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("o1.calendly.com", "149.72.160.34", when, Z, "Cy2Lm7Wq4Rt8")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitlock", "dana.whitlock@fathomgrid.io")),
        ("To", ME),
        ("Subject", "Confirmed: Technical screen - SCADA Engineer (Remote, EU) with Dana Whitlock on Monday, "
                    "October 26, 2026"),
        ("Date", date(when, Z)),
        ("Message-ID", "<6f0c1a2e88b4.1792786446@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="softgarden", lang="de", interview=True, kind="scheduled", company="Delmestrom GmbH",
      start=utc("2026-11-04 08:30", Z), contact="kerstin.addicks@delmestrom.de", local="Wed 2026-11-04 08:30",
      zone=Z, days=(("Wed", "2026-11-04"),),
      note="softgarden slot confirmation, iso-8859-15 quoted-printable; 'Mi., 4.11., um 8:30 Uhr' (CET, after "
           "the switch) = 07:30 UTC; 'ca. 1 Stunde' approximate so end null; contact in the body")
def m08() -> bytes:
    when = "2026-10-29 11:20:45"
    body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Stelle "Ingenieur Fernwirk- und Leittechnik (m/w/d)":

            Mi., 4.11., um 8:30 Uhr
            Delmestrom GmbH, Hauptverwaltung, Stedinger Straße 41, 27753 Delmenhorst, 2. OG

        Planen Sie bitte ca. 1 Stunde ein. Ihre Gesprächspartner sind Herr Dierks (Abteilungsleiter
        Netzbetrieb) und Frau Addicks (Personalabteilung).

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid:
        Kerstin Addicks, kerstin.addicks@delmestrom.de, Telefon 04221 1287-310.

        Mit freundlichen Grüßen
        Ihr Team Personal der Delmestrom GmbH

        ---
        Diese Nachricht wurde über softgarden versendet. Ihre Bewerbung können Sie jederzeit unter
        https://delmestrom.softgarden.io/de/candidate einsehen.
        """)
    page = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-15\"></head>"
            "<body><p>Sehr geehrter Herr Meyer,</p><p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir "
            "Ihr Vorstellungsgespräch für die Stelle &quot;Ingenieur Fernwirk- und Leittechnik (m/w/d)&quot;:</p>"
            "\n<p><strong>Mi., 4.11., um 8:30 Uhr</strong><br>Delmestrom GmbH, Hauptverwaltung, Stedinger Straße "
            "41, 27753 Delmenhorst, 2. OG</p>\n<p>Planen Sie bitte ca. 1 Stunde ein. Ihre Gesprächspartner sind "
            "Herr Dierks (Abteilungsleiter Netzbetrieb) und Frau Addicks (Personalabteilung).</p>\n<p>Sollten Sie "
            "den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid: Kerstin Addicks, <a "
            "href=\"mailto:kerstin.addicks@delmestrom.de\">kerstin.addicks@delmestrom.de</a>, Telefon 04221 "
            "1287-310.</p>\n<p>Mit freundlichen Grüßen<br>Ihr Team Personal der Delmestrom GmbH</p>\n<p style="
            "\"font-size:10px;color:#999\">Diese Nachricht wurde über softgarden versendet.</p></body></html>\n")
    return message([
        ("Received", mx("mailout3.softgarden.io", "5.9.88.203", when, Z, "Sg6Bn1Xc3Vm9")),
        ("From", addr("Delmestrom GmbH", "noreply@softgarden.io")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs am 04.11.2026", "iso-8859-15")),
        ("Date", date(when, Z)),
        ("Message-ID", "<sg.1792314045.88417.delmestrom@softgarden.io>"),
    ], alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(9), family="join", lang="de", interview=True, kind="scheduled", company="Ostfriesen Kabelbau GmbH",
      start=utc("2026-11-16 11:00", Z), end=utc("2026-11-16 11:45", Z), contact=None,
      local="Mon 2026-11-16 11:00", local_end="2026-11-16 11:45", zone=Z,
      note="JOIN (du), sent through a join.com relay; the contact person is named without an address, so contact "
           "null; '11:00 – 11:45 Uhr (MEZ)' = 10:00-10:45 UTC")
def m09() -> bytes:
    when = "2026-11-11 09:02:18"
    body = t("""
        Hallo Jonas,

        dein Interview ist bestätigt! 🎉

        Stelle: Automatisierungstechniker / SCADA (m/w/d) – Aurich
        Wann: Montag, 16. November 2026, 11:00 – 11:45 Uhr (MEZ)
        Wie: Videocall – https://meet.join.com/okb-7731-jm
        Mit: Wiebke Saathoff (Personal) und Gerrit Eilers (Projektleitung Netzanschluss)

        Du kannst dem Team direkt hier antworten, wenn du etwas fragen möchtest.

        Viel Erfolg!
        Dein JOIN-Team im Auftrag von Ostfriesen Kabelbau GmbH

        JOIN Solutions AG · Zürich · join.com
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#101828">
        <h2 style="font-size:20px">Dein Interview ist bestätigt! 🎉</h2>
        <p>Hallo Jonas,</p>
        <table style="font-size:15px">
        <tr><td style="color:#667085;padding-right:12px">Stelle</td><td>Automatisierungstechniker / SCADA (m/w/d) – Aurich</td></tr>
        <tr><td style="color:#667085;padding-right:12px">Wann</td><td>Montag, 16. November 2026, 11:00 – 11:45 Uhr (MEZ)</td></tr>
        <tr><td style="color:#667085;padding-right:12px">Wie</td><td><a href="https://meet.join.com/okb-7731-jm">Videocall beitreten</a></td></tr>
        <tr><td style="color:#667085;padding-right:12px">Mit</td><td>Wiebke Saathoff (Personal) und Gerrit Eilers (Projektleitung Netzanschluss)</td></tr>
        </table>
        <p>Du kannst dem Team direkt hier antworten, wenn du etwas fragen möchtest.</p>
        <p>Viel Erfolg!<br>Dein JOIN-Team im Auftrag von Ostfriesen Kabelbau GmbH</p>
        <p style="font-size:11px;color:#98a2b3">JOIN Solutions AG · Zürich · join.com</p>
        </body></html>
        """)
    return message([
        ("Received", mx("mail157-12.join.com", "159.183.12.157", when, Z, "Jn4Pz8Qs1Tb6")),
        ("From", addr("Ostfriesen Kabelbau GmbH via JOIN", "no-reply@join.com")),
        ("Reply-To", "okb-a91c7e2f@reply.join.com"),
        ("To", ME),
        ("Subject", enc("Interview bestätigt: Automatisierungstechniker / SCADA (m/w/d) – Mo., 16.11.")),
        ("Date", date(when, Z)),
        ("Message-ID", "<20261111080218.a91c7e2f41d3@join.com>"),
    ], alt(text(body), html(page)))


@mail(n(10), family="goodtime", lang="en", interview=True, kind="scheduled", company="Kitewave Robotics GmbH",
      start=utc("2026-11-19 13:00", Z), end=utc("2026-11-19 14:45", Z), contact="ines.vogt@kitewave.de",
      local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:45", zone=Z,
      note="GoodTime itinerary with two back-to-back sessions, 1:00-1:45 PM and 2:00-2:45 PM CET: first start "
           "to last end = 12:00-13:45 UTC; contact = coordinator via Reply-To")
def m10() -> bytes:
    when = "2026-11-13 16:30:02"
    body = t("""
        Hi Jonas,

        Your onsite interview with Kitewave Robotics has been confirmed. Please find your itinerary below.

        Thursday, November 19, 2026 (all times CET)

        1:00 PM - 1:45 PM   System Design: Fleet telemetry for autonomous inspection drones
                            Interviewer: Bastian Rohwer, Staff Engineer
        2:00 PM - 2:45 PM   Team & Values
                            Interviewer: Yusuf Demir, Engineering Manager

        Location: Kitewave Robotics, Stresemannstraße 163, 22769 Hamburg - please check in at reception
        on the 3rd floor 10 minutes early.

        If anything changes, just reply to this email.

        Best,
        Ines Vogt
        Recruiting Coordinator, Kitewave Robotics

        Sent via GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Jonas,</p>
        <p>Your onsite interview with Kitewave Robotics has been confirmed. Please find your itinerary below.</p>
        <h3 style="margin-bottom:4px">Thursday, November 19, 2026 <span style="font-weight:normal">(all times CET)</span></h3>
        <table border="0" cellpadding="6" style="border-top:1px solid #ddd">
        <tr><td valign="top"><b>1:00 PM - 1:45 PM</b></td><td>System Design: Fleet telemetry for autonomous inspection drones<br>
        <span style="color:#666">Interviewer: Bastian Rohwer, Staff Engineer</span></td></tr>
        <tr><td valign="top"><b>2:00 PM - 2:45 PM</b></td><td>Team &amp; Values<br>
        <span style="color:#666">Interviewer: Yusuf Demir, Engineering Manager</span></td></tr>
        </table>
        <p><b>Location:</b> Kitewave Robotics, Stresemannstraße 163, 22769 Hamburg - please check in at reception
        on the 3rd floor 10 minutes early.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best,<br>Ines Vogt<br>Recruiting Coordinator, Kitewave Robotics</p>
        <p style="font-size:11px;color:#aaa">Sent via GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", mx("mail-out-2.goodtime.io", "54.240.8.93", when, Z, "Gt9Rm3Kx7Wp2")),
        ("From", addr("Kitewave Robotics Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Ines Vogt", "ines.vogt@kitewave.de")),
        ("To", JONAS),
        ("Subject", "Interview Confirmation: Kitewave Robotics - Senior Software Engineer, Telemetry"),
        ("Date", date(when, Z)),
        ("Message-ID", "<01070193a2b4c5d6-e7f8a9b0-1c2d-4e3f-8a9b-0c1d2e3f4a5b-000000@eu-west-1.amazonses.com>"),
    ], alt(text(body), html(page)))


@mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled", company="Eemsdelta Data BV",
      start=utc("2026-11-10 14:00", "Europe/Amsterdam"), end=utc("2026-11-10 15:00", "Europe/Amsterdam"),
      contact="femke.dijkstra@eemsdelta.nl", local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00",
      zone="Europe/Amsterdam",
      note="Google Calendar invitation from a Groningen recruiter (organizer, also From); 14:00-15:00 Central "
           "European Time - Amsterdam = 13:00-14:00 UTC; thread: cancelled by a later mail")
def m11() -> bytes:
    when = "2026-11-05 10:17:44"
    ams = "Europe/Amsterdam"
    body = t("""
        You have been invited to the following event.

        Interview Jonas Meyer - SCADA Engineer (Eemsdelta Data)
        Tuesday 10 November 2026 ⋅ 14:00 – 15:00 (Central European Time - Amsterdam)

        Hi Jonas, as discussed: first interview with Pieter and me. We meet at our office in the
        Zernike Campus, Nijenborgh 6, Groningen. Ask for me at the front desk. Tot dinsdag! Femke

        Location: Eemsdelta Data, Nijenborgh 6, 9747 AG Groningen
        Organizer: Femke Dijkstra - femke.dijkstra@eemsdelta.nl

        Guests:
        Femke Dijkstra - organizer
        pieter.hoekstra@eemsdelta.nl
        jonas.meyer@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWZ0a3Fy

        Reply for jonas.meyer@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWZ0a3Fy&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWZ0a3Fy&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWZ0a3Fy&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = ("<!doctype html><html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            "<h2 style=\"font-size:18px;font-weight:400\">Interview Jonas Meyer - SCADA Engineer (Eemsdelta Data)"
            "</h2>\n<div>Tuesday 10 November 2026 ⋅ 14:00 – 15:00 (Central European Time - Amsterdam)</div>\n"
            "<p>Hi Jonas, as discussed: first interview with Pieter and me. We meet at our office in the Zernike "
            "Campus, Nijenborgh 6, Groningen. Ask for me at the front desk. Tot dinsdag! Femke</p>\n"
            "<div><b>Location</b> Eemsdelta Data, Nijenborgh 6, 9747 AG Groningen</div>\n<div><b>Guests</b><br>"
            "<a href=\"mailto:femke.dijkstra@eemsdelta.nl\">Femke Dijkstra</a> - organizer<br>"
            "<a href=\"mailto:pieter.hoekstra@eemsdelta.nl\">pieter.hoekstra@eemsdelta.nl</a><br>"
            "<a href=\"mailto:jonas.meyer@example.org\">jonas.meyer@example.org</a></div>\n"
            "<div style=\"font-size:11px;color:#70757a\">Invitation from Google Calendar</div></div>"
            "</body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {tz}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Amsterdam:20261110T140000
        DTEND;TZID=Europe/Amsterdam:20261110T150000
        DTSTAMP:20261105T091744Z
        ORGANIZER;CN=Femke Dijkstra:mailto:femke.dijkstra@eemsdelta.nl
        UID:5ftkqr1b0m7vd3c2e9h8n6a4s1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Femke Dijkstra;X-NUM-GUESTS=0:mailto:femke.dijkstra@eemsdelta.nl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.hoekstra@eemsdelta.nl;X-NUM-GUESTS=0:mailto:pieter.hoekstra@eemsdelta.nl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.meyer@example.org;X-NUM-GUESTS=0:mailto:jonas.meyer@example.org
        CREATED:20261105T091740Z
        DESCRIPTION:Hi Jonas\\, as discussed: first interview with Pieter and me. We meet at our office in the Zernike Campus\\, Nijenborgh 6\\, Groningen. Ask for me at the front desk. Tot dinsdag! Femke
        LAST-MODIFIED:20261105T091744Z
        LOCATION:Eemsdelta Data\\, Nijenborgh 6\\, 9747 AG Groningen
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview Jonas Meyer - SCADA Engineer (Eemsdelta Data)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).format(tz=vtz(ams))
    return message([
        ("Received", mx("mail-sor-f73.google.com", "209.85.220.73", when, ams, "Gc1Vt6Yn4Lq8")),
        ("From", addr("Femke Dijkstra", "femke.dijkstra@eemsdelta.nl")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Femke Dijkstra", "femke.dijkstra@eemsdelta.nl")),
        ("To", ME),
        ("Subject", "Invitation: Interview Jonas Meyer - SCADA Engineer (Eemsdelta Data) @ Tue 10 Nov 2026 "
                    "14:00 - 15:00 (CET) (jonas.meyer@example.org)"),
        ("Date", date(when, ams)),
        ("Message-ID", "<calendar-7c1e3b92-55d0-4f8a-b2c6-1e9d0a3f7b44@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled", company="Sablefish Controls Inc.",
      start=utc("2026-11-03 11:00", "America/New_York"), contact="priya.nandakumar@sablefishcontrols.com",
      local="Tue 2026-11-03 11:00", zone="America/New_York",
      note="Recruiter in Boston writes on 28 Oct (EDT, Europe already on CET); interview Tue 3 Nov 11:00 AM "
           "Eastern, after the US switch on 1 Nov, so EST: 16:00 UTC (the mail's '5 PM your time' agrees); no "
           "length given, end null")
def m12() -> bytes:
    when = "2026-10-28 09:12:37"
    ny = "America/New_York"
    body = t("""
        Hi Jonas,

        Great news - the team would love to move forward, and I've locked in your technical interview
        with Greg and Aylin for Tuesday, November 3rd at 11:00 AM Eastern. That's 5:00 PM for you in
        Oldenburg (our clocks go back this Sunday, so the gap is six hours again, not five).

        It's a pairing-style session on a small Modbus/OPC UA ingestion service, nothing to prepare
        beyond having Python set up.

        Priya Nandakumar is inviting you to a scheduled Zoom meeting.

        Topic: Sablefish Controls - Technical Interview (Jonas Meyer)
        Time: Nov 3, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://sablefishcontrols.zoom.us/j/86420175319?pwd=cGZ3b2tQa1Rm

        Meeting ID: 864 2017 5319
        Passcode: 552031

        ---

        One tap mobile
        +13092053325,,86420175319#,,,,*552031# US

        Talk soon,
        Priya

        Priya Nandakumar | Technical Recruiter
        Sablefish Controls Inc. | 200 Clarendon St, Boston, MA
        priya.nandakumar@sablefishcontrols.com
        """)
    return message([
        ("Received", mx("mail-yw1-f180.google.com", "209.85.128.180", when, ny, "Zm8Tr2Wd6Ky3")),
        ("From", addr("Priya Nandakumar", "priya.nandakumar@sablefishcontrols.com")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Sablefish Controls - technical interview confirmed (Tue Nov 3)"),
        ("Date", date(when, ny)),
        ("Message-ID", "<CAFx7pQ2m+Zk9TqR1vW3bN0sYcL8dH5eJ4uA6gP2oF@mail.gmail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled", company="Southerly Grid Pty Ltd",
      start=utc("2026-12-03 08:00", "Australia/Sydney"), end=utc("2026-12-03 09:00", "Australia/Sydney"),
      contact="kirra.walsh@southerlygrid.com.au", local="Thu 2026-12-03 08:00", local_end="2026-12-03 09:00",
      zone="Australia/Sydney",
      note="Ashby, remote team in Sydney: Thu 3 Dec 8:00-9:00 AM AEDT (UTC+11) = Wed 2 Dec 21:00-22:00 UTC, "
           "another day in UTC; the mail also gives Wed 10-11 PM CET for Jonas; ICS in UTC agrees; contact = "
           "Reply-To recruiter")
def m13() -> bytes:
    when = "2026-11-27 16:05:19"
    syd = "Australia/Sydney"
    body = t("""
        Hi Jonas,

        Your interview with Southerly Grid has been scheduled.

        Remote SCADA Engineer (Hybrid Plants)
        Thursday, December 3, 2026
        8:00 AM - 9:00 AM AEDT (Sydney)
        Your time: Wednesday, December 2, 10:00 PM - 11:00 PM CET

        Google Meet: https://meet.google.com/fhz-uoqp-bvd

        Interviewers:
          Kirra Walsh - Talent Lead
          Declan Moretti - Head of Controls

        We know the evening slot isn't ideal - thanks for making it work across the time zones.

        Need to reschedule? Reply to this email and it will reach Kirra.

        Southerly Grid Recruiting
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Jonas,</p><p>Your interview with Southerly Grid has been scheduled.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Remote SCADA Engineer (Hybrid Plants)</div>
        <div>Thursday, December 3, 2026</div><div>8:00 AM - 9:00 AM AEDT (Sydney)</div>
        <div style="color:#666">Your time: Wednesday, December 2, 10:00 PM - 11:00 PM CET</div>
        <div><a href="https://meet.google.com/fhz-uoqp-bvd">Join with Google Meet</a></div></div>
        <p>Interviewers:<br>Kirra Walsh - Talent Lead<br>Declan Moretti - Head of Controls</p>
        <p>We know the evening slot isn't ideal - thanks for making it work across the time zones.</p>
        <p>Need to reschedule? Reply to this email and it will reach Kirra.</p>
        <p>Southerly Grid Recruiting</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b31d7e0a-6c2f-4a8e-9d15-7f3e2a1c0b98
        DTSTAMP:20261127T050519Z
        DTSTART:20261202T210000Z
        DTEND:20261202T220000Z
        SEQUENCE:0
        SUMMARY:Southerly Grid - Remote SCADA Engineer (Hybrid Plants) Interview
        LOCATION:https://meet.google.com/fhz-uoqp-bvd
        ORGANIZER;CN=Kirra Walsh:mailto:kirra.walsh@southerlygrid.com.au
        ATTENDEE;CN=Jonas Meyer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.meyer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("a48-93.smtp-out.amazonses.com", "54.240.48.93", when, syd, "As3Qp7Lm1Vx5")),
        ("From", addr("Southerly Grid", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Kirra Walsh", "kirra.walsh@southerlygrid.com.au")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Interview scheduled: Remote SCADA Engineer (Hybrid Plants) at Southerly Grid"),
        ("Date", date(when, syd)),
        ("Message-ID", "<0100019370a1b2c3-d4e5f6a7-b8c9-4d0e-a1f2-b3c4d5e6f7a8-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      company="Bremer Windleitwarte GmbH", start=utc("2026-11-24 09:00", Z), end=utc("2026-11-24 10:00", Z),
      contact=None, local="Tue 2026-11-24 09:00", local_end="2026-11-24 10:00", zone=Z,
      note="Microsoft Bookings (German), sent from the Bookings mailbox; staff member named without an address, "
           "so contact null; '09:00 (UTC+01:00) Amsterdam, Berlin...', 60 Minuten = 08:00-09:00 UTC; ICS agrees")
def m14() -> bytes:
    when = "2026-11-18 12:44:30"
    box = "BewerbungsgesprcheBremerWindleitwarte@bremerwindleitwarte.onmicrosoft.com"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:24px;padding:12px 0">Ihre Buchung ist bestätigt</div>
        <div>Hallo Jonas Meyer,</div>
        <div>vielen Dank für Ihre Buchung bei Bewerbungsgespräche Bremer Windleitwarte.</div>
        <table style="margin-top:16px" cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Fachgespräch Leitwarte (60 Min.)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 24. November 2026 09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>60 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Jens Wübbena</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <div style="margin-top:16px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE3ZDk1">An der Besprechung teilnehmen</a></div>
        <div style="margin-top:16px">Sie können die Buchung bis 24 Stunden vorher
        <a href="https://outlook.office365.com/owa/calendar/BewerbungsgesprcheBremerWindleitwarte@bremerwindleitwarte.onmicrosoft.com/bookings/s/manage">verwalten oder stornieren</a>.</div>
        <div style="margin-top:24px;font-size:12px;color:#a19f9d">Bremer Windleitwarte GmbH · Konsul-Smidt-Straße 8 · 28217 Bremen<br>
        Bei Fragen: personal@bremerwindleitwarte.de</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {tz}
        BEGIN:VEVENT
        ORGANIZER;CN=Bewerbungsgespräche Bremer Windleitwarte:mailto:{box}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Meyer:mailto:jonas.meyer@example.org
        UID:040000008200E00074C5B7101A82E0080000000030F4A8C21777DC01000000000000000010000000D2E9
        SUMMARY;LANGUAGE=de-DE:Fachgespräch Leitwarte (60 Min.) – Jonas Meyer
        DTSTART;TZID=W. Europe Standard Time:20261124T090000
        DTEND;TZID=W. Europe Standard Time:20261124T100000
        DTSTAMP:20261118T114430Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """).format(tz=VTZ["W. Europe Standard Time"], box=box)
    return message([
        ("Received", mx("mail-be0deu01on2093.outbound.protection.outlook.com", "52.100.8.93", when, Z,
                        "Bk2Nw5Rt9Hs1")),
        ("From", addr("Bewerbungsgespräche Bremer Windleitwarte", box)),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Gebuchter Termin mit Bewerbungsgespräche Bremer Windleitwarte – Fachgespräch Leitwarte "
                        "(60 Min.)")),
        ("Date", date(when, Z)),
        ("Message-ID", "<BE1P281MB2210C4F7E9A2B3D6@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment")))


@mail(n(15), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Elbdeich Automation GmbH", start=utc("2026-09-23 09:00", Z),
      contact="m.feddersen@elbdeich-automation.de", local="Wed 2026-09-23 09:00", zone=Z,
      note="Phone-written reply (du) to Jonas's proposal: 'übermorgen früh um neun' from Date Mon 21 Sep = Wed "
           "23 Sep 09:00 CEST = 07:00 UTC; the quoted mail offered Wednesday or Thursday; no length, end null")
def m15() -> bytes:
    when = "2026-09-21 18:40:12"
    body = t("""
        Moin Jonas,

        Mittwoch passt mir am besten. Also übermorgen früh um neun bei uns in Harburg, Anmeldung am
        Pförtner Tor 2, ich hol dich da ab. Kathrin aus der Inbetriebnahme ist auch dabei

        Gruß Malte

        Von meinem iPhone gesendet

        > Am 21.09.2026 um 17:02 schrieb Jonas Meyer <jonas.meyer@example.org>:
        >
        > Hallo Malte,
        >
        > danke für die schnelle Rückmeldung! Ich könnte Mittwoch oder Donnerstag vormittags nach
        > Harburg kommen, ab halb neun bin ich flexibel.
        >
        > Viele Grüße
        > Jonas
        >
        >> Am 21.09.2026 um 11:15 schrieb Malte Feddersen <m.feddersen@elbdeich-automation.de>:
        >>
        >> Hallo Jonas, dein Profil passt gut zu unserem Projekt in Cuxhaven. Hast du diese Woche
        >> noch Zeit, mal vorbeizukommen? Gruß Malte Feddersen, Teamleitung Leittechnik
        """)
    return message([
        ("Received", mx("mail-eopbgr80051.outbound.protection.outlook.com", "40.107.8.51", when, Z,
                        "Ph6Xn2Cz8Qw4")),
        ("From", addr("Malte Feddersen", "m.feddersen@elbdeich-automation.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Re: Leittechnik Cuxhaven"),
        ("Date", date(when, Z)),
        ("Message-ID", "<7A3C1E2F-9B84-4D0A-8E5C-61F2D3B4A7C9@elbdeich-automation.de>"),
        ("In-Reply-To", "<d41f0a8e-7c3b-4e29-95a6-2b8c0e1f7d34@example.org>"),
        ("References", "<e0c2b7a1-55f3-4d81-a9c6-3f1e7b2d8c05@elbdeich-automation.de> "
                       "<d41f0a8e-7c3b-4e29-95a6-2b8c0e1f7d34@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body))


@mail(n(16), family="forwarded", lang="de", interview=True, kind="scheduled", company="Nordlicht Wind GmbH",
      start=utc("2026-10-02 14:00", Z), end=utc("2026-10-02 15:30", Z),
      contact="s.paulsen@hafenkante-personal.de", local="Fri 2026-10-02 14:00", local_end="2026-10-02 15:30",
      zone=Z,
      note="Jonas forwards a staffing agency's confirmation from his old address to himself as message/rfc822; "
           "hiring company = the agency's client; contact = the agency recruiter in the forwarded header; "
           "'Freitag, 2.10., um 14 Uhr', '90 Minuten' = 12:00-13:30 UTC")
def m16() -> bytes:
    when = "2026-09-28 12:30:55"
    inner_when = "2026-09-28 10:15:20"
    inner_body = t("""
        Hallo Herr Meyer,

        wie eben am Telefon besprochen ist der Termin beim Kunden jetzt fix:

        Freitag, 2.10., um 14 Uhr
        Nordlicht Wind GmbH, Am Sandtorkai 58, 20457 Hamburg (HafenCity), 4. OG
        Gesprächspartner: Frau Dr. Henrike Behrens (Bereichsleitung Asset Operations) und Herr Olsen (IT/OT)

        Eingeplant sind 90 Minuten inklusive einer kurzen Führung durch die Leitwarte.
        Bitte bringen Sie Ihren Personalausweis mit, der Empfang braucht ihn für den Besucherausweis.

        Rufen Sie mich gern vorher noch mal an, dann gehen wir das Gespräch kurz durch.

        Beste Grüße aus dem Hafen
        Sven Paulsen
        Senior Consultant Energy & Utilities
        Hafenkante Personal GmbH · Großer Burstah 31 · 20457 Hamburg
        Mobil 0171 4429 318 · s.paulsen@hafenkante-personal.de
        """)
    inner = message([
        ("From", addr("Sven Paulsen", "s.paulsen@hafenkante-personal.de")),
        ("To", addr("Jonas Meyer", "jonas.meyer@example.net")),
        ("Subject", enc("Ihr Termin bei Nordlicht Wind – Fr., 2.10., 14 Uhr", "windows-1252")),
        ("Date", date(inner_when, Z)),
        ("Message-ID", "<000a01db3c2e$8f4b1c20$adee5460$@hafenkante-personal.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="windows-1252"))
    outer = t("""
        für den Kalender - Freitag Hamburg!

        J.
        """)
    return message([
        ("Received", mx("mout.example.net", "198.51.100.23", when, Z, "Fw3Ls8Kd2Mp7")),
        ("From", addr("Jonas Meyer", "jonas.meyer@example.net")),
        ("To", JONAS),
        ("Subject", enc("Fwd: Ihr Termin bei Nordlicht Wind – Fr., 2.10., 14 Uhr")),
        ("Date", date(when, Z)),
        ("Message-ID", "<3b9f0e1c-2d7a-4c58-b6e4-8a1f5c0d9e27@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"),
             attached_message(inner, filename="Ihr Termin bei Nordlicht Wind.eml")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange", lang="de", interview=True, kind="rescheduled", company="Hunte Netz AG",
      start=utc("2026-10-26 09:00", Z), end=utc("2026-10-26 10:00", Z),
      contact="birte.ohlrogge@huntenetz.de", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=Z,
      days=(("Fri", "2026-10-23"),),
      note="Outlook update (SEQUENCE 1) of the Hunte Netz invitation: moved from Fri 23.10. 13:00 (CEST) to Mon "
           "26.10. 9:00, the day after the switch to CET: 08:00-09:00 UTC; ICS agrees")
def m17() -> bytes:
    when = "2026-10-22 08:05:14"
    body = t("""
        Wann: Montag, 26. Oktober 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Meyer,

        leider muss Herr Dr. Tammen am Freitag kurzfristig zu einer Störungsnachbesprechung. Ich habe
        unser Gespräch deshalb vom Fr., 23.10., 13:00 Uhr auf Montag, 26.10., 9:00 Uhr verschoben –
        ich hoffe, das passt Ihnen. Der Teams-Link bleibt derselbe.

        Entschuldigen Sie die Umstände und viele Grüße

        Birte Ohlrogge
        Personalgewinnung
        Hunte Netz AG | Cloppenburger Str. 302 | 26133 Oldenburg
        T +49 441 4808-2271 | birte.ohlrogge@huntenetz.de

        """) + TEAMS_DE
    ics = outlook_ics("040000008200E00074C5B7101A82E00800000000B0C7D1E55E62DC01000000000000000010000000A4F1",
                      "20261022T060514Z", "20261026T090000", "20261026T100000",
                      "Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA",
                      ("Birte Ohlrogge", "birte.ohlrogge@huntenetz.de"),
                      [("Jonas Meyer", ME), ("Dr. Arne Tammen", "arne.tammen@huntenetz.de")],
                      "Microsoft Teams-Besprechung", seq=1)
    return message([
        ("Received", mx("mail-fr2deu01on2111.outbound.protection.outlook.com", "52.100.18.111", when, Z,
                        "Ex5Jt1Wb3Nc9")),
        ("From", addr("Ohlrogge, Birte", "birte.ohlrogge@huntenetz.de")),
        ("To", JONAS),
        ("CC", addr("Tammen, Arne Dr.", "arne.tammen@huntenetz.de")),
        ("Subject", enc("Aktualisiert: Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA")),
        ("Thread-Topic", enc("Vorstellungsgespräch Jonas Meyer – Netzleittechnik/SCADA")),
        ("Thread-Index", "AdtBk1Yq2W7sF0PxQ0y8c9R3mX1a5gAKf3Bw"),
        ("Date", date(when, Z)),
        ("Message-ID", "<FR2P281MB18349E2D7C0A4B16F5D3C8E2A0B7@FR2P281MB1834.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled", company="Havgrid ApS",
      start=utc("2026-10-01 13:30", "Europe/Copenhagen"), end=utc("2026-10-01 14:15", "Europe/Copenhagen"),
      contact="signe.kjaer@havgrid.dk", local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:15",
      zone="Europe/Copenhagen", days=(("Tue", "2026-09-29"),),
      note="Danish recruiter in English moves the Teamtailor-booked interview from Tue 29 Sep 10:00 to Thu 1 Oct "
           "13:30 Copenhagen time, 'still 45 minutes': 11:30-12:15 UTC")
def m18() -> bytes:
    when = "2026-09-25 14:31:09"
    cph = "Europe/Copenhagen"
    body = t("""
        Hi Jonas,

        I'm sorry to do this to you, but Mads has been pulled into a commissioning trip to Anholt next
        week and can't make Tuesday morning.

        Could we move your interview from Tuesday 29 September at 10:00 to Thursday 1 October at 13:30
        (Copenhagen time - same as yours)? I've checked your slots in Teamtailor and that one was still
        open, so I've gone ahead and booked it - it's still 45 minutes and the same Teams link. If it
        doesn't work after all, just tell me and we'll find something else.

        Have a nice weekend!

        Signe

        Signe Kjær
        Talent Partner | Havgrid ApS
        +45 31 22 48 07 | signe.kjaer@havgrid.dk
        """)
    page = ("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p}</p>" for p in body.replace("&", "&amp;").split("\n\n"))
            + "</div></body></html>\n")
    return message([
        ("Received", mx("mail-db8eur05on2070.outbound.protection.outlook.com", "40.107.20.70", when, cph,
                        "Hv8Cr4Ln6Tz2")),
        ("From", addr("Signe Kjær", "signe.kjaer@havgrid.dk", "windows-1252")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Change of time for your Havgrid interview"),
        ("Date", date(when, cph)),
        ("Message-ID", "<DB9PR07MB7740A3C1E5F2D84B9E60C2F1A7D3@DB9PR07MB7740.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      company="Ammerländer Netzservice GmbH", start=utc("2026-12-10 14:00", Z),
      contact="i.bruns@ammerlaender-netzservice.de", local="Thu 2026-12-10 14:00", zone=Z,
      days=(("Wed", "2026-12-09"), ("Thu", "2026-12-10")),
      note="German Sie, windows-1252 QP: the interview on 'Mi., 9.12.' 10 Uhr moves to 'Do., 10.12., 14 Uhr' CET "
           "= 13:00 UTC; 'ca. 90 Minuten' approximate, end null")
def m19() -> bytes:
    when = "2026-12-04 10:52:33"
    body = t("""
        Sehr geehrter Herr Meyer,

        leider hat sich bei uns eine Terminüberschneidung ergeben: Unser Geschäftsführer Herr Wilkens
        ist am Mi., 9.12., ganztägig beim Netzbetreiber-Forum in Hannover. Wir müssen Ihr
        Vorstellungsgespräch (ursprünglich Mi., 9.12., 10 Uhr) daher verschieben.

        Neuer Termin: Do., 10.12., 14 Uhr, bei uns in Westerstede (Lange Straße 77, Eingang B).

        Die Dauer bleibt bei ca. 90 Minuten. Bitte geben Sie mir kurz Bescheid, falls der neue Termin
        für Sie gar nicht geht – sonst freuen wir uns auf Donnerstag.

        Mit freundlichen Grüßen

        Imke Bruns
        Personal & Organisation
        Ammerländer Netzservice GmbH
        Lange Straße 77 · 26655 Westerstede
        Tel. 04488 5219-14 · i.bruns@ammerlaender-netzservice.de
        """)
    return message([
        ("Received", mx("smtp.ammerlaender-netzservice.de", "194.25.134.17", when, Z, "Am7Wq3Ps5Ky1")),
        ("From", addr("Bruns, Imke", "i.bruns@ammerlaender-netzservice.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Verschiebung Ihres Vorstellungsgesprächs – neuer Termin Do., 10.12.", "windows-1252")),
        ("Date", date(when, Z)),
        ("Message-ID", "<001201db4631$5c2e8a10$148b9f30$@ammerlaender-netzservice.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "High"),
    ], text(body, charset="windows-1252"))


@mail(n(20), family="lever", lang="en", interview=True, kind="rescheduled",
      company="Skagerrak Wind Analytics Ltd", start=utc("2026-11-30 15:00", "Europe/London"),
      end=utc("2026-11-30 16:00", "Europe/London"), contact="hannah.okafor@skagerrakwind.co.uk",
      local="Mon 2026-11-30 15:00", local_end="2026-11-30 16:00", zone="Europe/London",
      days=(("Fri", "2026-11-27"),),
      note="Lever reschedule: old Fri 27 Nov 2:00pm GMT, new Mon 30 Nov 3:00pm-4:00pm GMT = 15:00-16:00 UTC "
           "(the CET line says 4-5pm); ICS in UTC, SEQUENCE 1; contact = Reply-To recruiter")
def m20() -> bytes:
    when = "2026-11-25 15:20:48"
    ldn = "Europe/London"
    body = t("""
        Hi Jonas,

        Your interview for Controls Software Engineer (Remote, Europe) at Skagerrak Wind Analytics has
        been rescheduled.

        Previous time: Friday, November 27, 2026, 2:00pm - 3:00pm GMT
        New time:      Monday, November 30, 2026, 3:00pm - 4:00pm GMT (4:00pm - 5:00pm CET)

        Interviewers: Tom Ashworth, Lina Berg
        Video call: https://skagerrakwind.zoom.us/j/93318240561

        An updated calendar invitation is attached. If the new time doesn't work for you, reply to
        this email and Hannah will help.

        Thanks,
        Skagerrak Wind Analytics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-interview-5d2c81f4-0b7e-4a63-9f1d-c3e0a7b2d814
        DTSTAMP:20261125T152048Z
        DTSTART:20261130T150000Z
        DTEND:20261130T160000Z
        SEQUENCE:1
        SUMMARY:Interview: Jonas Meyer - Controls Software Engineer (Remote\\, Europe)
        LOCATION:https://skagerrakwind.zoom.us/j/93318240561
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@skagerrakwind.co.uk
        ATTENDEE;CN=Jonas Meyer;RSVP=TRUE:mailto:jonas.meyer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail-a41.hire.lever.co", "198.2.180.41", when, ldn, "Lv2Hp9Ms4Qd6")),
        ("From", addr("Skagerrak Wind Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Hannah Okafor", "hannah.okafor@skagerrakwind.co.uk")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Rescheduled: Your interview with Skagerrak Wind Analytics"),
        ("Date", date(when, ldn)),
        ("Message-ID", "<20261125152048.4f2a9c71e0d3@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="workable", lang="de", interview=True, kind="cancelled",
      company="Marschwerk Energiesysteme GmbH", start=utc("2026-09-08 11:00", Z),
      contact="anke.meiners@marschwerk.de", local="Tue 2026-09-08 11:00", zone=Z,
      note="Workable cancellation, no new time (position filled internally); Reply-To is a Workable relay, so "
           "contact = Anke's address in the signature; cancelled slot 'Dienstag, 8. September, 11:00 Uhr' CEST = "
           "09:00 UTC")
def m21() -> bytes:
    when = "2026-09-03 13:40:26"
    body = t("""
        Hallo Herr Meyer,

        leider muss ich Ihnen mitteilen, dass wir Ihr Interview am Dienstag, 8. September, um 11:00 Uhr
        absagen müssen. Die Position „Softwareentwickler SCADA (m/w/d)" konnten wir kurzfristig intern
        besetzen, daher führen wir keine weiteren Gespräche.

        Das tut mir wirklich leid, zumal Ihr Profil sehr gut gepasst hätte. Wenn Sie einverstanden sind,
        behalten wir Ihre Unterlagen gern für künftige Stellen in unserem Talentpool.

        Viele Grüße
        Anke Meiners
        People & Culture
        Marschwerk Energiesysteme GmbH · Überseetor 14 · 28217 Bremen
        anke.meiners@marschwerk.de

        --
        Gesendet über Workable. Antworten auf diese Nachricht erreichen das Recruiting-Team.
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("mail-out12.workablemail.com", "198.37.148.12", when, Z, "Wk4Tm8Rz2Bx6")),
        ("From", addr("Anke Meiners - Marschwerk Energiesysteme GmbH", "noreply@workablemail.com")),
        ("Reply-To", "marschwerk-energiesysteme+c8f2a1d94e@candidates.workablemail.com"),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Absage Ihres Interviewtermins – Softwareentwickler SCADA (m/w/d)")),
        ("Date", date(when, Z)),
        ("Message-ID", "<wk.68d7f2a91e4c3.c8f2a1d94e@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(22), family="google_calendar", lang="de", interview=True, kind="cancelled", company="Gezeitenwerk GmbH",
      start=utc("2026-11-12 15:00", Z), end=utc("2026-11-12 16:00", Z), contact="lena.harms@gezeitenwerk.de",
      local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=Z,
      note="Google Calendar cancellation (German UI), METHOD:CANCEL with the organizer's note (role frozen); "
           "cancelled slot 'Do. 12. Nov. 2026 15:00 - 16:00 (MEZ)' = 14:00-15:00 UTC; contact = organizer")
def m22() -> bytes:
    when = "2026-11-09 17:20:03"
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Fachgespräch SCADA – Jonas Meyer
        Donnerstag, 12. November 2026 ⋅ 15:00–16:00 (Mitteleuropäische Normalzeit - Berlin)

        Lena Harms hat diesen Termin mit folgender Nachricht abgesagt:
        „Hallo Jonas, sorry für die kurzfristige Absage – die Stelle ist bis auf Weiteres eingefroren
        (Budget 2027). Ich melde mich, sobald es Neuigkeiten gibt. Viele Grüße, Lena"

        Organisator: Lena Harms - lena.harms@gezeitenwerk.de

        Gäste:
        Lena Harms - Organisator
        jakob.wendt@gezeitenwerk.de
        jonas.meyer@example.org

        Einladung von Google Kalender https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    page = ("<!doctype html><html><body><div style=\"font-family:Roboto,Arial,sans-serif\">"
            "<div>Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</div>\n<h2 style=\"font-size:18px;"
            "font-weight:400;text-decoration:line-through\">Fachgespräch SCADA – Jonas Meyer</h2>\n<div>Donnerstag, "
            "12. November 2026 ⋅ 15:00–16:00 (Mitteleuropäische Normalzeit - Berlin)</div>\n<p>Lena Harms hat "
            "diesen Termin mit folgender Nachricht abgesagt:<br>„Hallo Jonas, sorry für die kurzfristige Absage – "
            "die Stelle ist bis auf Weiteres eingefroren (Budget 2027). Ich melde mich, sobald es Neuigkeiten "
            "gibt. Viele Grüße, Lena“</p>\n<div><b>Organisator</b> <a href=\"mailto:lena.harms@gezeitenwerk.de\">"
            "Lena Harms</a></div></div></body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261112T140000Z
        DTEND:20261112T150000Z
        DTSTAMP:20261109T162003Z
        ORGANIZER;CN=Lena Harms:mailto:lena.harms@gezeitenwerk.de
        UID:2k9sd0v7b3m1q8e4r6t5y2u0i9@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jonas.meyer@example.org;X-NUM-GUESTS=0:mailto:jonas.meyer@example.org
        CREATED:20261102T101512Z
        LAST-MODIFIED:20261109T162003Z
        LOCATION:Google Meet
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Fachgespräch SCADA – Jonas Meyer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail-sor-f69.google.com", "209.85.220.69", when, Z, "Gc7Hx2Pv5Ns3")),
        ("From", addr("Lena Harms", "lena.harms@gezeitenwerk.de")),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("Reply-To", addr("Lena Harms", "lena.harms@gezeitenwerk.de")),
        ("To", ME),
        ("Subject", enc("Abgesagter Termin: Fachgespräch SCADA – Jonas Meyer @ Do. 12. Nov. 2026 15:00 - 16:00 "
                        "(MEZ) (jonas.meyer@example.org)")),
        ("Date", date(when, Z)),
        ("Message-ID", "<calendar-a0e4c7d2-91b3-4f6e-8c25-d7f1b9e03a62@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled", company="Eemsdelta Data BV",
      start=utc("2026-11-10 14:00", "Europe/Amsterdam"), contact="femke.dijkstra@eemsdelta.nl",
      local="Tue 2026-11-10 14:00", zone="Europe/Amsterdam",
      note="Groningen recruiter cancels 'tomorrow's interview at 14:00' (Date Mon 9 Nov, Amsterdam) = Tue 10 Nov "
           "13:00 UTC; new dates promised but none given; the mail names no range, end null; thread with the "
           "Google Calendar invitation")
def m23() -> bytes:
    when = "2026-11-09 08:10:51"
    ams = "Europe/Amsterdam"
    body = t("""
        Hi Jonas,

        Bad news, I'm afraid: Pieter called in sick this morning and will be out for the rest of the
        week, so we have to cancel tomorrow's interview at 14:00. Really sorry for the short notice -
        I know you were planning the drive to Groningen.

        I'll come back to you with a couple of new dates as soon as I have his calendar back. The
        calendar invite will disappear in a minute.

        Groetjes,
        Femke

        --
        Femke Dijkstra | Recruiter | Eemsdelta Data BV
        Nijenborgh 6, 9747 AG Groningen | +31 50 211 4730
        """)
    return message([
        ("Received", mx("mail-wm1-f54.google.com", "209.85.128.54", when, ams, "Ed3Kv8Lq1Wn7")),
        ("From", addr("Femke Dijkstra", "femke.dijkstra@eemsdelta.nl")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Interview tomorrow - need to cancel, sorry!"),
        ("Date", date(when, ams)),
        ("Message-ID", "<CAJ9mD0vT2xk+Qe4Lr8sN1bW7yZc3Hf5gP0uA2oK6iR@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Agentur für Arbeit: a fixed appointment (Beratungsgespräch Arbeitsvermittlung, Di., 22.09.2026, "
           "08:30 Uhr) but not a job interview; negative")
def m24() -> bytes:
    when = "2026-09-10 07:31:02"
    body = t("""
        Sehr geehrter Herr Meyer,

        Sie haben eine neue Nachricht in Ihrem Postfach auf arbeitsagentur.de erhalten.

        Betreff: Einladung zum Beratungsgespräch
        Ihr Termin: Dienstag, 22.09.2026, 08:30 Uhr
        Gesprächsart: persönliches Gespräch - Arbeitsvermittlung
        Ort: Agentur für Arbeit Oldenburg-Wilhelmshaven, Stau 70, 26122 Oldenburg, Raum E.114
        Ansprechperson: Frau Hollmann

        Bitte bringen Sie Ihren Lebenslauf, Ihre aktuellen Bewerbungsunterlagen und das Kündigungsschreiben
        Ihres Arbeitgebers mit. Die vollständige Einladung mit der Rechtsfolgenbelehrung finden Sie in
        Ihrem Postfach.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Oldenburg-Wilhelmshaven

        Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        ("Received", mx("mx-out03.arbeitsagentur.de", "195.145.27.33", when, Z, "Ba1Nq6Vr3Xt8")),
        ("From", addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung zum Beratungsgespräch")),
        ("Date", date(when, Z)),
        ("Message-ID", "<1757489462031.88214.postfach@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A local newspaper reporter confirms an interview with Jonas (as the interviewee for an article), "
           "Donnerstag 15.10. um 16 Uhr: a fixed time, but press, not a job interview")
def m25() -> bytes:
    when = "2026-10-12 12:03:40"
    body = t("""
        Moin Herr Meyer,

        danke für die Zusage! Dann treffen wir uns wie besprochen am Donnerstag, 15.10., um 16 Uhr im
        Café Klinge am Schlossplatz für das Interview zu unserer Serie „Jobs der Energiewende". Ich
        habe etwa eine Stunde eingeplant, unser Fotograf Jannes kommt gegen Viertel vor fünf dazu.

        Es geht vor allem darum, was man sich unter SCADA in einem Offshore-Windpark vorstellen muss
        und wie Ihr Arbeitsalltag aussieht – keine Sorge, das wird kein Verhör. Den Text bekommen Sie
        vor Veröffentlichung zur Freigabe der Zitate.

        Bis Donnerstag!
        Frauke Hinrichs
        Redaktion Wirtschaft
        Oldenburger Kurier · Peterstraße 28 · 26121 Oldenburg
        f.hinrichs@oldenburger-kurier.de · 0441 9988-352
        """)
    return message([
        ("Received", mx("mail.oldenburger-kurier.de", "217.110.93.14", when, Z, "Ok5Zs2Hm7Vc1")),
        ("From", addr("Frauke Hinrichs", "f.hinrichs@oldenburger-kurier.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Re: Interview „Jobs der Energiewende“ – Donnerstag")),
        ("Date", date(when, Z)),
        ("Message-ID", "<8d1e5f3a-0b7c-4a29-96d4-e2c81f0a7b53@oldenburger-kurier.de>"),
        ("In-Reply-To", "<f2c9a0d4-17e3-4b8a-a5c6-93d0e1b7f248@example.org>"),
    ], text(body, cte="8bit"))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Cal.com booking confirmation for a podcast recording where Jonas is the guest ('Podcast-Interview'), "
           "Wed 21 Oct 19:00-20:00 CEST, with ICS: a confirmed time, but not a job interview")
def m26() -> bytes:
    when = "2026-10-16 21:47:15"
    body = t("""
        This meeting is scheduled

        We sent an email with a calendar invitation with the details to everyone.

        What:
        Podcast-Interview "Windkraft Funk" - Folge 48 between Tjark Ubben and Jonas Meyer

        When:
        Wednesday, October 21, 2026
        7:00pm - 8:00pm (Europe/Berlin)

        Who:
        Tjark Ubben - Organizer
        tjark@windkraftfunk.de
        Jonas Meyer
        jonas.meyer@example.org

        Where:
        https://riverside.fm/studio/windkraft-funk

        Description:
        Moin Jonas! Wir quatschen locker 45-50 Minuten über SCADA im Offshore-Park, dein Weg dahin und
        was Leute mitbringen sollten, die in die Branche wollen. Bitte mit Kopfhörern und, wenn du hast,
        mit einem externen Mikro.

        Need to make a change? Reschedule or Cancel
        https://cal.com/booking/vD3kq9Tz1pLm8Rw2

        Powered by Cal.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Cal.com Inc.//Cal.com Event//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:vD3kq9Tz1pLm8Rw2@cal.com
        DTSTAMP:20261016T194715Z
        DTSTART:20261021T170000Z
        DTEND:20261021T180000Z
        SUMMARY:Podcast-Interview "Windkraft Funk" - Folge 48 between Tjark Ubben and Jonas Meyer
        LOCATION:https://riverside.fm/studio/windkraft-funk
        ORGANIZER;CN=Tjark Ubben:mailto:tjark@windkraftfunk.de
        ATTENDEE;CN=Jonas Meyer;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:jonas.meyer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("o2.email.cal.com", "149.72.199.18", when, Z, "Cc8Yw3Tn6Rp4")),
        ("From", addr("Tjark Ubben", "hello@cal.com")),
        ("Reply-To", addr("Tjark Ubben", "tjark@windkraftfunk.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", 'Confirmed: Podcast-Interview "Windkraft Funk" - Folge 48 between Tjark Ubben and Jonas '
                    "Meyer @ Wed Oct 21, 2026 7pm - 8pm (Europe/Berlin)"),
        ("Date", date(when, Z)),
        ("Message-ID", "<vD3kq9Tz1pLm8Rw2.1792180035@cal.com>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", filename="event.ics", disposition="attachment")))


@mail(n(27), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Business school admission interview for a part-time MBA, confirmed for Do., 5.11., 17:00 Uhr via "
           "Zoom: a fixed-time 'Auswahlgespräch', but not a job interview")
def m27() -> bytes:
    when = "2026-10-28 15:12:09"
    body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Bewerbung für den berufsbegleitenden MBA „Energy Transition Management"
        (Start April 2027). Wir freuen uns, Sie zum Auswahlgespräch einzuladen, und bestätigen den von
        Ihnen gewählten Termin:

        Donnerstag, 5. November 2026, 17:00 Uhr (ca. 30 Minuten), online via Zoom
        https://hanse-bs.zoom.us/j/61188204377

        Im Gespräch mit Prof. Dr. Claas Harms (Studiengangsleitung) geht es um Ihre Motivation, Ihre
        Berufserfahrung und die Vereinbarkeit von Studium und Beruf. Eine besondere Vorbereitung ist
        nicht nötig.

        Mit freundlichen Grüßen

        Dr. Merle Focken
        Admissions Office
        Hanse Business School Bremen · Teerhof 58 · 28199 Bremen
        """)
    page = ("<html><body style=\"font-family:Georgia,serif;font-size:15px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("smtp-out.hanse-bs.de", "141.13.240.22", when, Z, "Hb2Vf9Qk4Ls6")),
        ("From", addr("Hanse Business School – Admissions", "zulassung@hanse-bs.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Ihr Auswahlgespräch für den MBA Energy Transition Management – Terminbestätigung")),
        ("Date", date(when, Z)),
        ("Message-ID", "<20261028141209.77d3a1@hanse-bs.de>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Volleyball club trainer confirms a try-out (Probetraining) on Wednesday at 19:30: fixed time, not "
           "an interview")
def m28() -> bytes:
    when = "2026-09-14 20:55:31"
    body = t("""
        Moin Jonas,

        schön, dass du dich gemeldet hast! Klar, komm gern am Mittwoch um 19:30 zum Probetraining,
        Halle am Haarenufer (die kleine, nicht die Dreifachhalle). Sportzeug und Hallenschuhe reichen,
        Bälle haben wir. Nach dem Training sitzen wir meistens noch auf 'n Bier im Vereinsheim, kannst
        dir dann in Ruhe überlegen, ob du bei uns in der Zweiten mitspielen willst.

        Bis Mittwoch
        Okko

        --
        SV Hunte-Haaren 1921 e.V. – Abteilung Volleyball
        Trainer Herren II
        """)
    return message([
        ("Received", mx("mout.gmx.net", "212.227.17.20", when, Z, "Gx7Rb1Tn3Wq9")),
        ("From", addr("Okko Rieken", "okko.rieken@gmx.de")),
        ("To", ME),
        ("Subject", "Re: Probetraining Herren II?"),
        ("Date", date(when, Z)),
        ("Message-ID", "<trinity-5e8a2c71-3f0b-4d96-b7e1-90c4a2d6f813-1789415731@3c-app-gmx-bap22>"),
    ], text(body, cte="8bit"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Car dealer's workshop appointment (Inspektion, Mi., 14.10.2026, 07:30 Uhr), windows-1252: fixed time, "
           "not an interview")
def m29() -> bytes:
    when = "2026-10-07 16:18:44"
    body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihnen folgenden Werkstatttermin:

        Termin:     Mi., 14.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:   VW Golf Variant, OL-JM 412
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel auf Winterräder (eingelagert)
        Abholung:   voraussichtlich ab 16:00 Uhr

        Ihr Serviceberater: Herr Kai Tönjes, Telefon 0441 94060-55

        Auf Wunsch stellen wir Ihnen gern ein Ersatzfahrzeug zur Verfügung (bitte bis zum Vortag buchen).

        Mit freundlichen Grüßen
        Ihr Service-Team
        Autohaus Hunteufer GmbH · Bremer Heerstraße 190 · 26135 Oldenburg
        """)
    page = ("<html><body><font face=\"Arial\" size=\"2\">"
            + body.replace("\n", "<br>\n")
            + "</font></body></html>\n")
    return message([
        ("Received", mx("mail.autohaus-hunteufer.de", "85.215.44.108", when, Z, "Ah4Pc8Mv2Zs5")),
        ("From", addr("Autohaus Hunteufer Service", "service@autohaus-hunteufer.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Terminbestätigung Werkstatt – Mi., 14.10.2026, 07:30 Uhr", "windows-1252")),
        ("Date", date(when, Z)),
        ("Message-ID", "<DMS.20261007161844.4471@autohaus-hunteufer.de>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(30), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Housing co-op confirms a flat viewing in Bremen, Sa., 7.11., 11:15 Uhr: fixed time, not an interview")
def m30() -> bytes:
    when = "2026-11-03 09:26:10"
    body = t("""
        Guten Tag Herr Meyer,

        vielen Dank für Ihr Interesse an unserer Wohnung. Ihr Besichtigungstermin ist bestätigt:

        Objekt: 2-Zimmer-Wohnung, 58 m², 2. OG, Hemmstraße 141, 28215 Bremen-Findorff
        Besichtigung: Samstag, 7.11., 11:15 Uhr (Gruppenbesichtigung, bitte pünktlich)
        Treffpunkt: vor dem Hauseingang

        Bitte bringen Sie, falls Sie sich für die Wohnung entscheiden, die Mieterselbstauskunft sowie
        Ihre letzten drei Gehaltsnachweise mit. Als Mitglied der Genossenschaft ist ein Anteil von
        3 x 300 € zu zeichnen.

        Freundliche Grüße
        Ihre Weserstadt Wohnbau eG - Vermietung
        """)
    return message([
        ("Received", mx("mailgw.weserstadt-wohnbau.de", "93.184.1.77", when, Z, "Ws9Hn5Kb1Tr3")),
        ("From", addr("Weserstadt Wohnbau eG", "vermietung@weserstadt-wohnbau.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Ihr Besichtigungstermin Hemmstraße 141 – Sa., 7.11., 11:15 Uhr")),
        ("Date", date(when, Z)),
        ("Message-ID", "<a3c81e2f9b0d4c67.20261103082610@weserstadt-wohnbau.de>"),
    ], html(t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        """) + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n",
        charset="iso-8859-15"))


@mail(n(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Career coach confirms a mock interview (Probeinterview) Friday 15 Uhr before Jonas's real interview "
           "'nächste Woche'; the real interview's time is not in this mail; negative")
def m31() -> bytes:
    when = "2026-10-26 11:47:02"
    body = t("""
        Hallo Jonas,

        super, dann steht unser Probeinterview am Freitag um 15 Uhr, wie immer per Zoom (Link wie
        letztes Mal). Ich schlüpfe diesmal in die Rolle der Personalerin vom Stadtwerk und Kollege Bent
        macht den Fachvorgesetzten – wir nehmen das Gespräch auf, wenn du magst, und gehen es danach
        zusammen durch. Dauer ca. 60 Minuten plus Feedback.

        Damit bist du gut vorbereitet für dein echtes Gespräch in Delmenhorst nächste Woche. Schick mir
        bis Donnerstag bitte noch die Stellenanzeige und deine drei Stärken-Beispiele (STAR-Methode!).

        Liebe Grüße
        Imke

        Imke Stöver · Karrierecoaching Nordwest
        Bewerbungstraining | Gehaltsverhandlung | Neuorientierung
        www.karrierecoaching-nordwest.de
        """)
    return message([
        ("Received", mx("mo4-p00-ob.smtp.rzone.de", "81.169.146.180", when, Z, "Kc3Lw7Xp9Nd2")),
        ("From", addr("Imke Stöver", "kontakt@karrierecoaching-nordwest.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Re: Termin Probeinterview"),
        ("Date", date(when, Z)),
        ("Message-ID", "<6f0a1e7c-2b93-4d58-a4c1-e8d27b3f0c95@karrierecoaching-nordwest.de>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(32), family="proposed_not_confirmed", lang="de", interview=False, company="Brückner Netztechnik GmbH",
      days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="SmartRecruiters message proposing 'Dienstag, 1.12., um 10 Uhr' or Wednesday 14 Uhr and asking Jonas "
           "to confirm: nothing fixed yet, negative")
def m32() -> bytes:
    when = "2026-11-26 10:34:58"
    body = t("""
        Sie haben eine neue Nachricht von Brückner Netztechnik GmbH
        ----------------------------------------------------------------

        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Bewerbung als Projektingenieur Fernwirktechnik (m/w/d). Ihr Profil hat uns
        überzeugt und wir würden Sie gern zu einem ersten Gespräch per Video einladen.

        Würde Ihnen Dienstag, 1.12., um 10 Uhr passen? Alternativ könnten wir Mittwoch, 2.12., um 14 Uhr
        anbieten. Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen lieber ist – dann schicke ich
        Ihnen die Einladung mit dem Link.

        Mit freundlichen Grüßen
        Nils Hagedorn
        Recruiting, Brückner Netztechnik GmbH

        ----------------------------------------------------------------
        Antworten Sie direkt auf diese E-Mail oder über Ihr Kandidatenkonto:
        https://jobs.smartrecruiters.com/candidate-portal/BruecknerNetztechnik
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d\">"
            "<div style=\"background:#f7f7f7;padding:10px\">Sie haben eine neue Nachricht von Brückner Netztechnik "
            "GmbH</div>"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n")[1:-1])
            + "<p style=\"font-size:12px;color:#888\">Antworten Sie direkt auf diese E-Mail oder über Ihr "
              "<a href=\"https://jobs.smartrecruiters.com/candidate-portal/BruecknerNetztechnik\">Kandidatenkonto"
              "</a>.</p></body></html>\n")
    return message([
        ("Received", mx("mail13.smartrecruiters.com", "198.21.0.113", when, Z, "Sr6Tk2Hv8Bq1")),
        ("From", addr("Nils Hagedorn (Brückner Netztechnik GmbH)", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply-7e41c2b0a9d3@messages.smartrecruiters.com"),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Nachricht von Brückner Netztechnik GmbH: Projektingenieur Fernwirktechnik (m/w/d)")),
        ("Date", date(when, Z)),
        ("Message-ID", "<msg.7e41c2b0a9d3.1795685698@smartrecruiters.com>"),
    ], alt(text(body), html(page)))


@mail(n(33), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="A friend forwards HIS OWN interview confirmation (Montag, 7.12., 10 Uhr) to Jonas asking for tips: "
           "a confirmed interview, but not the inbox owner's; negative")
def m33() -> bytes:
    when = "2026-12-02 21:14:37"
    body = t("""
        Moin Jonas,

        guck mal, hat geklappt!! Montag ist mein Gespräch bei Nordwest Solar. Hast du Tipps, was die bei
        so nem Fachgespräch fragen? Du hast doch letztes Jahr mit deren PV-Leitstand zu tun gehabt,
        kennst du da wen?

        Bier geht auf mich wenn's klappt 🍻
        Tim

        ---------- Forwarded message ---------
        Von: Gesa Thiele <g.thiele@nordwest-solar.de>
        Date: Mi., 2. Dez. 2026 um 16:05 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Montag, 7.12., 10 Uhr
        To: Tim Schoon <tim.schoon@example.com>

        Sehr geehrter Herr Schoon,

        hiermit bestätigen wir Ihr Vorstellungsgespräch als Betriebsingenieur PV-Parks am Montag,
        7.12., um 10 Uhr in unserer Zentrale in Oldenburg, Ammerländer Heerstraße 238.

        Mit freundlichen Grüßen
        Gesa Thiele
        Nordwest Solar GmbH
        """)
    return message([
        ("Received", mx("mail-ej1-f47.google.com", "209.85.218.47", when, Z, "Fo2Yp6Cz4Kt8")),
        ("From", addr("Tim Schoon", "tim.schoon@example.com")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Montag, 7.12., 10 Uhr")),
        ("Date", date(when, Z)),
        ("Message-ID", "<CAH3nR7q+Lk2Vz8wT0xB5mYd1Pc9Fe4gJs6uN3aQ7o@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(34), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Outlook invitation at Jonas's current employer asking HIM to sit on the panel interviewing a working "
           "student candidate (Fri 9.10. 10:00-11:00, ICS); auto-forwarded from the work address; Jonas is the "
           "interviewer, not the candidate: negative")
def m34() -> bytes:
    when = "2026-10-05 13:22:17"
    body = t("""
        Wann: Freitag, 9. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Besprechungsraum Borkum (EG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Jonas,

        wie mit Heiko abgesprochen bist du beim Gespräch mit Frau Lüers (Werkstudentin SCADA/Python) der
        Fachinterviewer. Lebenslauf und Zeugnisse liegen im Bewerbungsordner auf dem Teams-Kanal
        „Recruiting Leittechnik". Bitte denk daran, dir vorher 2-3 Fachfragen zu überlegen und den
        Bewertungsbogen bis Montag auszufüllen.

        Danke dir!
        Sabine

        Sabine Eilts | Personal
        Nordsee Leittechnik GmbH | Industriestraße 12 | 26954 Nordenham
        """)
    ics = outlook_ics("040000008200E00074C5B7101A82E00800000000F1A2B3C4D55EDC01000000000000000010000000C8E7",
                      "20261005T112217Z", "20261009T100000", "20261009T110000",
                      "Vorstellungsgespräch Frau Lüers (Werkstudentin SCADA) – Fachinterview",
                      ("Sabine Eilts", "sabine.eilts@nordsee-leittechnik.de"),
                      [("Jonas Meyer", "jonas.meyer@nordsee-leittechnik.de"),
                       ("Heiko Brand", "heiko.brand@nordsee-leittechnik.de")],
                      "Besprechungsraum Borkum (EG)")
    return message([
        ("Received", mx("mail.nordsee-leittechnik.de", "194.8.196.42", when, Z, "Nl5Qr1Vt7Wm3")),
        ("From", addr("Eilts, Sabine", "sabine.eilts@nordsee-leittechnik.de")),
        ("To", addr("Meyer, Jonas", "jonas.meyer@nordsee-leittechnik.de")),
        ("CC", addr("Brand, Heiko", "heiko.brand@nordsee-leittechnik.de")),
        ("Subject", enc("Vorstellungsgespräch Frau Lüers (Werkstudentin SCADA) – Fachinterview")),
        ("Date", date(when, Z)),
        ("Message-ID", "<AM9P281MB0917E3D2C1B0A4F8@AM9P281MB0917.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jonas.meyer@nordsee-leittechnik.de"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(35), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School's parent-teacher day booking (Elternsprechtag, Do., 19.11., 16:40-16:50 Uhr): fixed time, not "
           "an interview")
def m35() -> bytes:
    when = "2026-11-12 19:02:55"
    body = t("""
        Guten Tag Jonas Meyer,

        Sie haben folgenden Termin für den Elternsprechtag gebucht:

        Schüler/in:   Mika Meyer (Klasse 6c)
        Lehrkraft:    Frau Janßen-Kruse (Mathematik, Klassenleitung)
        Datum:        Do., 19.11.2026
        Uhrzeit:      16:40 - 16:50 Uhr
        Raum:         A 2.07

        Bitte beachten Sie, dass die Gespräche auf 10 Minuten begrenzt sind. Eine Stornierung ist bis zum
        Vortag 12:00 Uhr über das Buchungsportal möglich.

        Ihr Sekretariat
        Graf-Anton-Günther-Gymnasium-Nord Oldenburg

        -- Diese Nachricht wurde automatisch vom Sprechtag-Planer versendet.
        """)
    return message([
        ("Received", mx("mail.schulportal-ol.de", "91.198.4.66", when, Z, "Sp3Ek9Wd2Gn6")),
        ("From", addr("Sprechtag-Planer GAG-Nord", "no-reply@schulportal-ol.de")),
        ("To", ME),
        ("Subject", "Buchungsbestaetigung Elternsprechtag 19.11.2026"),
        ("Date", date(when, Z)),
        ("Message-ID", "<sprechtag.2026.6c.4418@schulportal-ol.de>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(36), family="rejection", lang="en", interview=False, company="Northsea Cable Systems",
      note="iCIMS rejection after an earlier interview ('thank you for interviewing with us'), no time; negative")
def m36() -> bytes:
    when = "2026-10-20 17:41:09"
    body = t("""
        Dear Jonas,

        Thank you for your interest in the SCADA Integration Engineer position (Req #2026-4471) and for
        taking the time to interview with our team last week.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. This was a difficult decision, as we were
        impressed by your background in wind farm control systems.

        We encourage you to continue to visit our career site and apply for future positions.

        Best regards,

        Talent Acquisition Team
        Northsea Cable Systems

        This is an automated message; please do not reply.
        """)
    page = ("<html><body><table width=\"600\" style=\"font-family:Arial;font-size:13px\"><tr><td>"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n"))
            + "</td></tr></table></body></html>\n")
    return message([
        ("Received", mx("mta-out-4.icims.com", "208.92.210.4", when, "Europe/London", "Ic8Nz4Bt1Hv7")),
        ("From", addr("Northsea Cable Systems", "northseacable@talent.icims.com")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Your application for SCADA Integration Engineer at Northsea Cable Systems"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<1760978469041.2204173.northseacable@talent.icims.com>"),
    ], alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(n(37), family="offer", lang="de", interview=False, company="Kröger Leitsysteme GmbH",
      note="Offer after the interview in the Werkstatt ('letzte Woche'); asks Jonas to call, no appointment "
           "time; negative")
def m37() -> bytes:
    when = "2026-10-14 17:55:28"
    body = t("""
        Moin Jonas,

        wir ham' uns nach dem Gespräch letzte Woche noch mal zusammengesetzt, und was soll ich sagen:
        Gesche und ich würden dich gern an Bord holen. Im Anhang findest du unser Angebot (Vollzeit,
        unbefristet, Start ab 1. Januar oder nach Absprache, 2 Tage Homeoffice).

        Lies dir dat in Ruhe durch und ruf mich an, wenn du Fragen hast, gern auch zum Gehalt – da sind
        wir nicht aus Beton. Wär schön, wenn du uns bis Ende nächster Woche Bescheid gibst.

        Schöne Grüße
        Hauke

        --
        Hauke Kröger
        Geschäftsführer
        Kröger Leitsysteme GmbH · Donnerschweer Str. 214 · 26123 Oldenburg
        Tel. 0441 36180-0 · hauke.kroeger@kroeger-leitsysteme.de
        """)
    pdf_stub = ("%PDF-1.4\n% Angebot Kroeger Leitsysteme - Jonas Meyer\n1 0 obj << /Type /Catalog >> endobj\n"
                "trailer << /Root 1 0 R >>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Angebot_Jonas_Meyer.pdf"'),
                ("Content-Disposition", 'attachment; filename="Angebot_Jonas_Meyer.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf_stub.encode("ascii")).replace(b"\n", b"\r\n"))
    return message([
        ("Received", mx("mout.kundenserver.de", "212.227.126.131", when, Z, "Kk8Tw2Rn5Ys4")),
        ("From", addr("Hauke Kröger", "hauke.kroeger@kroeger-leitsysteme.de")),
        ("To", JONAS),
        ("Subject", "Unser Angebot an dich"),
        ("Date", date(when, Z)),
        ("Message-ID", "<0e4f71a2-9c3d-4b85-a6e0-1d7c2b9f8a36@kroeger-leitsysteme.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(body, cte="8bit", params="format=flowed"), att))


@mail(n(38), family="application_receipt", lang="de", interview=False, company="Baltrum Energy Services SE",
      note="Taleo application acknowledgement (German); mentions that an interview may follow, no time; negative")
def m38() -> bytes:
    when = "2026-09-07 22:03:16"
    body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Bewerbung auf die Stelle

            Senior Engineer SCADA & Remote Operations (m/w/d) – Anforderung 26000F3K

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns innerhalb der nächsten drei Wochen bei Ihnen. Sollte Ihr Profil zu unseren Anforderungen
        passen, laden wir Sie zu einem Interview ein.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://baltrum.taleo.net/careersection/ext/mysubmissions.ftl

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Baltrum Energy Services SE

        Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.
        """)
    return message([
        ("Received", mx("smtp-out2.taleo.net", "160.34.11.52", when, Z, "Tl2Xq7Md3Vp9")),
        ("From", addr("Baltrum Energy Services SE", "baltrum@recruitment.taleo.net")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – 26000F3K")),
        ("Date", date(when, Z)),
        ("Message-ID", "<1173245996.4418.1788811396021.JavaMail.taleo@tlprd3-app07>"),
    ], text(body, cte="base64"))


@mail(n(39), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert listing new SCADA jobs; 'Interview in 2 Wochen' is a marketing badge; negative")
def m39() -> bytes:
    when = "2026-11-02 06:15:00"
    body = t("""
        Hallo Jonas,

        5 neue Jobs für „SCADA Entwickler" im Umkreis von 100 km um Oldenburg:

        1) Softwareentwickler Leittechnik (m/w/d) – Tidewerk Netze GmbH, Bremen
           Vollzeit · Homeoffice möglich · vor 1 Tag
           ⚡ Schnelle Rückmeldung: Interview in 2 Wochen

        2) SCADA Engineer Offshore (m/w/d) – Windlot Operations GmbH, Emden
           Vollzeit · vor 2 Tagen

        3) Ingenieur Netzleittechnik (m/w/d) – Stadtwerke Vareler Land, Varel
           Vollzeit · TV-V · vor 3 Tagen

        4) Automation Developer Energy (m/w/d) – Brinkhaus Automation, Bremen
           Vollzeit · Hybrid · vor 3 Tagen

        5) IT/OT Security Engineer (m/w/d) – Seefeld Hafentechnik GmbH, Wilhelmshaven
           Vollzeit · vor 4 Tagen

        Alle Jobs ansehen: https://www.jobradar-nord.de/suche?q=SCADA&ort=Oldenburg&r=100

        Du erhältst diesen Job-Alarm, weil du ihn am 18.08.2026 angelegt hast.
        Job-Alarm abbestellen: https://www.jobradar-nord.de/alarm/abmelden?id=88a1f
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>5 neue Jobs für „SCADA Entwickler\"</h2>"
            + "".join(f"<div style=\"border-bottom:1px solid #eee;padding:8px\">{p.replace(chr(10), '<br>')}</div>"
                      for p in body.split("\n\n")[2:7])
            + "<p><a href=\"https://www.jobradar-nord.de/suche?q=SCADA&amp;ort=Oldenburg&amp;r=100\">Alle Jobs "
              "ansehen</a></p></body></html>\n")
    return message([
        ("Received", mx("mta12.jobradar-nord.de", "185.12.64.12", when, Z, "Jr5Fc1Ns8Lb2")),
        ("From", addr("JobRadar Nord", "jobalarm@jobradar-nord.de")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „SCADA Entwickler“ in Oldenburg")),
        ("Date", date(when, Z)),
        ("Message-ID", "<alert.88a1f.20261102@jobradar-nord.de>"),
        ("List-Unsubscribe", "<https://www.jobradar-nord.de/alarm/abmelden?id=88a1f>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(40), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter about interview questions ('am Dienstag um 10 Uhr sitzen Sie...'), hypothetical "
           "times only; negative")
def m40() -> bytes:
    when = "2026-09-29 07:00:00"
    page = t("""
        <!DOCTYPE html><html lang="de"><body style="margin:0;background:#eef1f4">
        <table align="center" width="620" style="background:#fff;font-family:Georgia,serif;font-size:16px;line-height:1.55">
        <tr><td style="padding:24px"><div style="font-family:Arial;font-size:12px;color:#888">KarriereKompass · Ausgabe 39/2026</div>
        <h1 style="font-size:26px">Vorstellungsgespräch bestätigt – und jetzt?</h1>
        <p>Die Einladung ist da: Dienstag, 10 Uhr, Konferenzraum im dritten Stock. Spätestens jetzt beginnt
        die eigentliche Arbeit. Wir haben mit drei Personalerinnen gesprochen, worauf es in den ersten
        fünf Minuten ankommt.</p>
        <h2 style="font-size:19px">1. Die Frage nach den Schwächen</h2>
        <p>„Ich bin zu perfektionistisch" hört keiner mehr gern. Besser: eine echte Schwäche und was Sie
        dagegen tun.</p>
        <h2 style="font-size:19px">2. Das Gehalt</h2>
        <p>Nennen Sie eine Spanne, kein „was Sie zahlen möchten".</p>
        <h2 style="font-size:19px">3. Ihre Fragen</h2>
        <p>Wer am Ende keine Fragen hat, wirkt desinteressiert. Drei gute Fragen finden Sie in unserem
        Artikel.</p>
        <p><a href="https://karrierekompass.example.com/artikel/interview-bestaetigt" style="color:#0a5">Weiterlesen &rarr;</a></p>
        <hr><p style="font-family:Arial;font-size:11px;color:#999">Sie erhalten den KarriereKompass, weil Sie ihn abonniert
        haben. <a href="https://karrierekompass.example.com/abmelden">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("send.karrierekompass.example.com", "203.0.113.40", when, Z, "Kk1Wn6Tr9Qs3")),
        ("From", addr("KarriereKompass", "newsletter@karrierekompass.example.com")),
        ("To", ME),
        ("Subject", enc("Vorstellungsgespräch bestätigt – und jetzt? 7 Fragen, die sicher kommen")),
        ("Date", date(when, Z)),
        ("Message-ID", "<nl-2026-39.ME1@karrierekompass.example.com>"),
        ("List-Unsubscribe", "<https://karrierekompass.example.com/abmelden>"),
        ("List-Id", "KarriereKompass <kk.karrierekompass.example.com>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(41), family="self_schedule", lang="de", interview=False, company="Wattlink Systems GmbH",
      note="Recruitee 'bitte wählen Sie einen Termin' self-scheduling link, slots offered between 9 and 16 Uhr "
           "next week; nothing booked; negative")
def m41() -> bytes:
    when = "2026-11-17 14:28:40"
    body = t("""
        Hallo Jonas,

        vielen Dank für deine Bewerbung als Backend Developer Energy Data (m/w/d) bei Wattlink Systems!
        Wir möchten dich gern besser kennenlernen und laden dich zu einem 30-minütigen Video-Interview
        mit unserem CTO ein.

        Bitte wähle über den folgenden Link einen passenden Termin aus. Verfügbar sind Zeitfenster
        nächste Woche (Mo.–Do.) zwischen 9 und 16 Uhr:

        Termin auswählen: https://wattlink.recruitee.com/o/backend-developer-energy-data/schedule/3f9a1c

        Sobald du einen Termin gebucht hast, bekommst du eine Bestätigung mit dem Link zum Videocall.

        Viele Grüße
        Merle Onken
        People Team, Wattlink Systems GmbH
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n") if "https://" not in p)
            + "<p><a href=\"https://wattlink.recruitee.com/o/backend-developer-energy-data/schedule/3f9a1c\" "
              "style=\"background:#1999e3;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none\">"
              "Termin auswählen</a></p><p style=\"font-size:11px;color:#999\">Powered by Recruitee</p>"
              "</body></html>\n")
    return message([
        ("Received", mx("mail-out.recruitee.com", "54.246.12.199", when, Z, "Rc6Gh3Lp1Zx8")),
        ("From", addr("Merle Onken (Wattlink Systems)", "no-reply@recruitee.com")),
        ("Reply-To", "wattlink+c5d2f80e@inbound.recruitee.com"),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Wattlink Systems: Bitte wähle einen Termin für dein Interview")),
        ("Date", date(when, Z)),
        ("Message-ID", "<recruitee.c5d2f80e.1795440520@recruitee.com>"),
    ], alt(text(body), html(page)))


@mail(n(42), family="recruiter_outreach", lang="en", interview=False, company="Kattegat Talent ApS",
      note="Copenhagen headhunter outreach asking for a chat 'sometime next week', no fixed time; negative")
def m42() -> bytes:
    when = "2026-09-16 10:44:12"
    cph = "Europe/Copenhagen"
    body = t("""
        Hi Jonas,

        I hope you don't mind me reaching out directly - I came across your talk on OPC UA gateways at
        the Husum Wind meetup and thought of you straight away.

        I'm working with a Danish offshore operator who is building a new remote operations centre in
        Esbjerg (hybrid, 2 days on site, relocation package available). They're looking for a senior
        SCADA developer to own the integration of three new wind farms.

        Would you be open to a quick 20-minute chat sometime next week? Just let me know a couple of
        times that suit you, or grab a slot here: https://calendly.com/kattegat-talent-rasmus/20min

        Best,
        Rasmus Holm
        Partner, Energy & Infrastructure
        Kattegat Talent ApS | Copenhagen
        rasmus.holm@kattegat-talent.dk | +45 22 71 90 35
        """)
    return message([
        ("Received", mx("mail-lf1-f41.google.com", "209.85.167.41", when, cph, "Kt9Vm2Hs7Rw4")),
        ("From", addr("Rasmus Holm", "rasmus.holm@kattegat-talent.dk")),
        ("To", ME),
        ("Subject", "Senior SCADA role - Esbjerg remote ops centre"),
        ("Date", date(when, cph)),
        ("Message-ID", "<CAPk4sT1+vR9wQ2mZ7xN0bLc3He8dY5fJ6gA1oU@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(43), family="auto_reply", lang="de", interview=False, company="Lumenstrom GmbH",
      note="Out-of-office auto-reply to Jonas's thank-you mail after the Lumenstrom interview; quotes the "
           "subject with 'Interview' but fixes nothing; negative")
def m43() -> bytes:
    when = "2026-09-16 08:02:11"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 25.09.2026, nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an talent@lumenstrom.de.

        Thank you for your message. I am out of office until Friday, 25 September 2026, with limited
        access to e-mail. For urgent matters please contact talent@lumenstrom.de.

        Mira Albers
        Talent Acquisition · Lumenstrom GmbH
        """)
    return message([
        ("Received", mx("mail-fr3deu01on2059.outbound.protection.outlook.com", "52.101.70.59", when, Z,
                        "Lu3Oo7Fx2Qc5")),
        ("From", addr("Mira Albers", "mira.albers@lumenstrom.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Automatische Antwort: Danke für das Interview gestern")),
        ("Date", date(when, Z)),
        ("Message-ID", "<FR3P281MB2478AB91C0D3E5F7@FR3P281MB2478.DEUP281.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "mira.albers@lumenstrom.de"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<7d0c2e9a-41b8-4f3d-a6e5-c1b9f08d2a74@example.org>"),
    ], text(body))


@mail(n(44), family="bounce", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Mailer-daemon bounce of Jonas's own mail confirming 'Montag, 23.11., um 10 Uhr' to a mistyped "
           "address; the confirmation is Jonas's, undelivered, inside message/rfc822; negative")
def m44() -> bytes:
    when = "2026-11-18 21:40:06"
    orig_when = "2026-11-18 21:39:58"
    report = t("""
        Dies ist eine automatisch erstellte Nachricht des Mailservers mx1.example.org.

        Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
        Dies ist ein dauerhafter Fehler. Die folgenden Adressen sind fehlgeschlagen:

          <t.fokken@windpark-serviceteam.de>: host mx.windpark-serviceteam.de[203.0.113.88] said:
            550 5.1.1 <t.fokken@windpark-serviceteam.de>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: {arr}

        Final-Recipient: rfc822; t.fokken@windpark-serviceteam.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.windpark-serviceteam.de
        Diagnostic-Code: smtp; 550 5.1.1 <t.fokken@windpark-serviceteam.de>: Recipient address rejected: User unknown
        """).format(arr=date(orig_when, Z))
    orig = message([
        ("From", JONAS),
        ("To", "t.fokken@windpark-serviceteam.de"),
        ("Subject", enc("Re: Kennenlernen – Montag 10 Uhr passt")),
        ("Date", date(orig_when, Z)),
        ("Message-ID", "<a19e7c30-5b2f-4d68-8c14-e7f0b3d2a9c1@example.org>"),
    ], text(t("""
        Hallo Herr Fokken,

        vielen Dank, dann bestätige ich gern den Termin am Montag, 23.11., um 10 Uhr bei Ihnen in
        Emden. Ich freue mich auf das Gespräch!

        Viele Grüße
        Jonas Meyer
        """), cte="8bit"))
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Bn2Xk7qLz; " + date(when, Z)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, Z)),
        ("Message-ID", "<20261118204006.4Bn2Xk7qLz@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(report, cte="8bit"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig), params="report-type=delivery-status"))


@mail(n(45), family="mailing_list", lang="de", interview=False, company=None,
      note="Mailing-list thread about interview experiences at grid operators ('mein Gespräch war um 9'), with "
           "List-* headers; nothing for Jonas; negative")
def m45() -> bytes:
    when = "2026-10-06 22:17:49"
    body = t("""
        Am 06.10.26 um 19:02 schrieb Detlef Ahrens:
        > Hat jemand Erfahrung mit Vorstellungsgesprächen bei Übertragungsnetzbetreibern? Ich bin
        > nächste Woche dran und frage mich, wie tief die bei IEC 60870-5-104 reingehen.

        Moin Detlef,

        ich hatte letztes Jahr eins (Fachgespräch war um 9 Uhr morgens, zwei Stunden, danach noch
        eine halbe Stunde mit der Personalabteilung). Die wollten wirklich wissen, wie man eine
        104-Station bei Verbindungsabbruch sauber wieder hochfährt, und haben nach
        Informationssicherheit (KRITIS, IEC 62443) gefragt. Live-Coding gab's keins.

        Viel Erfolg!
        Ralf

        --
        scada-de mailing list
        scada-de@lists.leittechnik-forum.de
        https://lists.leittechnik-forum.de/mailman/listinfo/scada-de
        """)
    return message([
        ("Received", mx("lists.leittechnik-forum.de", "188.68.47.201", when, Z, "Ml7Cs3Pw9Dv2")),
        ("From", addr("Ralf Brunken", "ralf.brunken@posteo.de")),
        ("To", "scada-de@lists.leittechnik-forum.de"),
        ("Subject", enc("Re: [scada-de] Vorstellungsgespräch bei ÜNB – Erfahrungen?")),
        ("Date", date(when, Z)),
        ("Message-ID", "<3c8e2a71-f04b-4d19-b6a5-90e7d1c2b4f8@posteo.de>"),
        ("In-Reply-To", "<e71b0d2c-8a94-4f3e-a5c1-2d6b9f0e7c13@web.de>"),
        ("List-Id", "Deutschsprachige SCADA-Liste <scada-de.lists.leittechnik-forum.de>"),
        ("List-Post", "<mailto:scada-de@lists.leittechnik-forum.de>"),
        ("List-Unsubscribe", "<https://lists.leittechnik-forum.de/mailman/options/scada-de>"),
        ("Precedence", "list"),
        ("Sender", "scada-de <scada-de-bounces@lists.leittechnik-forum.de>"),
    ], text(body, charset="iso-8859-15", params="format=flowed"))


@mail(n(46), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Zoom webinar registration 'Das technische Interview meistern', Di., 17. Nov. 2026 18:00 MEZ: fixed "
           "time, but a webinar; negative")
def m46() -> bytes:
    when = "2026-11-10 12:00:31"
    body = t("""
        Hallo Jonas Meyer,

        vielen Dank für Ihre Anmeldung zu „Das technische Interview meistern – Live-Webinar für
        Ingenieur:innen in der Energiewirtschaft".

        Datum und Uhrzeit: 17. Nov. 2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien
        Webinar-ID: 812 4470 2291
        Kenncode: 2026

        Hier klicken, um teilzunehmen:
        https://us06web.zoom.us/w/81244702291?tk=pQx3Lr8vZt

        Zum Kalender hinzufügen: Google Kalender | Outlook (.ics) | Yahoo Kalender

        Sie können Ihre Anmeldung jederzeit stornieren.

        Veranstalter: Ingenieurkammer-Netzwerk Nord / Referent: Jörn Ubbelohde
        """)
    return message([
        ("Received", mx("mailout-b.zoom.us", "170.114.52.12", when, Z, "Zw4Hb8Nq2Ft6")),
        ("From", addr("Ingenieurkammer-Netzwerk Nord", "no-reply@zoom.us")),
        ("Reply-To", "veranstaltungen@ing-netzwerk-nord.de"),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Bestätigung: Das technische Interview meistern – Live-Webinar für Ingenieur:innen")),
        ("Date", date(when, Z)),
        ("Message-ID", "<webinar.81244702291.regist.9f2c@zoom.us>"),
    ], alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@mail(n(47), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Current employer's Christmas party invitation (Outlook, Fr. 11.12. 18:00-23:00, ICS), auto-forwarded "
           "from the work address: fixed time, not an interview")
def m47() -> bytes:
    when = "2026-11-24 11:08:45"
    body = t("""
        Wann: Freitag, 11. Dezember 2026 18:00-23:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Fischerhus Nordenham, Deichstraße 4

        *~*~*~*~*~*~*~*~*~*

        Moin zusammen,

        auch dieses Jahr lassen wir es uns nicht nehmen: Weihnachtsfeier Team Leittechnik & Service!
        Grünkohl satt, danach Kniffel-Turnier um den Goldenen Schaltschrank. Bitte sagt bis 1.12. zu,
        damit wir dem Fischerhus die Zahl durchgeben können.

        Bis denn
        Heiko
        """)
    ics = outlook_ics("040000008200E00074C5B7101A82E00800000000D9E8F7A6B55FDC01000000000000000010000000E1A2",
                      "20261124T100845Z", "20261211T180000", "20261211T230000",
                      "Weihnachtsfeier Team Leittechnik & Service",
                      ("Heiko Brand", "heiko.brand@nordsee-leittechnik.de"),
                      [("Meyer, Jonas", "jonas.meyer@nordsee-leittechnik.de")],
                      "Fischerhus Nordenham\\, Deichstraße 4")
    return message([
        ("Received", mx("mail.nordsee-leittechnik.de", "194.8.196.42", when, Z, "Nl2Wx6Rt8Yk1")),
        ("From", addr("Brand, Heiko", "heiko.brand@nordsee-leittechnik.de")),
        ("To", "team-leittechnik@nordsee-leittechnik.de"),
        ("Subject", enc("Weihnachtsfeier Team Leittechnik & Service")),
        ("Date", date(when, Z)),
        ("Message-ID", "<AM9P281MB09172C4E8F1A6B3D@AM9P281MB0917.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(48), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Bank advisor appointment (Baufinanzierung, Mo., 2.11.2026, 17:00-18:00, ICS in Europe/Berlin): "
           "fixed time, not an interview")
def m48() -> bytes:
    when = "2026-10-27 09:35:22"
    body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für Ihre Terminvereinbarung. Hiermit bestätigen wir Ihr Beratungsgespräch:

        Thema:       Baufinanzierung / Anschlussfinanzierung
        Termin:      Montag, 02.11.2026, 17:00 - 18:00 Uhr
        Ort:         Filiale Oldenburg-Eversten, Hauptstraße 61
        Berater:     Herr Frerk Haverkamp

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und den aktuellen Grundbuchauszug mit.
        Einen Kalendereintrag finden Sie im Anhang.

        Freundliche Grüße
        Ihre Nordwestbank eG

        Diese E-Mail wurde automatisch erstellt.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Nordwestbank eG//Terminvereinbarung//DE
        METHOD:PUBLISH
        {tz}
        BEGIN:VEVENT
        UID:tv-20261102-1700-hkamp-0419@nordwestbank.de
        DTSTAMP:20261027T083522Z
        DTSTART;TZID=Europe/Berlin:20261102T170000
        DTEND;TZID=Europe/Berlin:20261102T180000
        SUMMARY:Beratungsgespräch Baufinanzierung – Nordwestbank
        LOCATION:Filiale Oldenburg-Eversten\\, Hauptstraße 61
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).format(tz=vtz(Z))
    return message([
        ("Received", mx("mx-out.nordwestbank.de", "194.200.17.31", when, Z, "Nw8Bk3Tz5Cr7")),
        ("From", addr("Nordwestbank eG", "termine@nordwestbank.de")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", enc("Terminbestätigung Ihr Beratungsgespräch am 02.11.2026")),
        ("Date", date(when, Z)),
        ("Message-ID", "<tv.0419.20261027093522@nordwestbank.de>"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, method="PUBLISH", cte="base64", filename="Termin.ics", disposition="attachment")))


@mail(n(49), family="doctor", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Doctor's practice booking confirmation (Mi., 30.09., 07:45 Uhr), HTML only: fixed time, not an "
           "interview")
def m49() -> bytes:
    when = "2026-09-24 18:12:03"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Guten Tag Jonas Meyer,</p>
        <p>Ihr Termin wurde bestätigt:</p>
        <p style="font-size:16px"><b>Mi., 30.09., 07:45 Uhr</b><br>
        Hausarztpraxis Dr. med. Wiebke Grotjahn &amp; Kollegen<br>
        Alexanderstraße 118, 26121 Oldenburg<br>
        Besuchsgrund: Check-up 35 / Blutabnahme (bitte nüchtern erscheinen)</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie ihn bitte spätestens 24 Stunden vorher ab.</p>
        <p><a href="https://www.praxisbuchung.example.com/termin/absagen?t=Q8f2">Termin absagen</a></p>
        <p style="font-size:11px;color:#999">Diese E-Mail wurde über praxisbuchung versendet.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("mail.praxisbuchung.example.com", "203.0.113.77", when, Z, "Pb1Dk7Xm4Ws9")),
        ("From", addr("Praxis Dr. Grotjahn über praxisbuchung", "noreply@praxisbuchung.example.com")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Mi., 30.09., 07:45 Uhr – Praxis Dr. Grotjahn")),
        ("Date", date(when, Z)),
        ("Message-ID", "<pb.Q8f2.1790266323@praxisbuchung.example.com>"),
    ], html(page, cte="base64"))


@mail(n(50), family="post_interview", lang="en", interview=False, company="Havgrid ApS",
      days=(("Thu", "2026-10-01"),),
      note="Danish recruiter's follow-up after the interview on Thursday ('we'll get back to you by the end of "
           "next week'); no new appointment; negative")
def m50() -> bytes:
    when = "2026-10-02 09:18:27"
    cph = "Europe/Copenhagen"
    body = t("""
        Hi Jonas,

        Thanks again for yesterday - Mads and I really enjoyed the conversation, especially your story
        about the Modbus gateway that rebooted every full moon.

        We have two more candidates to speak with next week and expect to get back to you with next
        steps by the end of next week at the latest. If you have any questions in the meantime, don't
        hesitate to drop me a line.

        Have a great weekend,
        Signe

        Signe Kjær
        Talent Partner | Havgrid ApS
        +45 31 22 48 07 | signe.kjaer@havgrid.dk
        """)
    return message([
        ("Received", mx("mail-db8eur05on2088.outbound.protection.outlook.com", "40.107.20.88", when, cph,
                        "Hv2Rt5Mq8Lx3")),
        ("From", addr("Signe Kjær", "signe.kjaer@havgrid.dk")),
        ("To", addr("Jonas Meyer", ME)),
        ("Subject", "Thank you for yesterday"),
        ("Date", date(when, cph)),
        ("Message-ID", "<DB9PR07MB77406E2B1F0C3A95D8E4B7C2F1A0@DB9PR07MB7740.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], text(body))
