"""blind337: a blind 50-mail held-out set, the inbox of Jonas Kirchner, cross-border payroll
specialist in Trier (Europe/Berlin), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the held-out README's
introduction and its "Mix" / label-convention / traps / judgement-call sections, the dev corpus
README, dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its
tests, any other held-out mails, and it never ran the detector. Every mail is one function below,
written by hand; keys 1-24 are positives (17 scheduled, 4 rescheduled, 3 cancelled), 25-50
negatives. File numbers are a fixed shuffle of the writing order (ORDER).
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    VTZ,
    addr,
    alt,
    at,
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
    utc,
)

SET = "blind337"
ORDER = random.Random(3370337).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "jonas.kirchner@example.com"
ME_NAME = "Jonas Kirchner"
ME_TO = addr(ME_NAME, ME)
BZ = "Europe/Berlin"
LU = "Europe/Luxembourg"
BE = "Europe/Brussels"
NY = "America/New_York"


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def mid(key: int, domain: str, style: str = "plain") -> str:
    h = _h(f"mid{key}")
    if style == "gmail":
        return f"<CA{h[:10]}+{h[10:20]}mail.gmail.com>".replace("mail.gmail", "@mail.gmail")
    if style == "outlook":
        host = f"{h[:3].upper()}PR0{key % 9}MB{h[3:7].upper()}"
        return f"<{host}{h[7:19].upper()}@{host}.eurprd0{key % 9}.prod.outlook.com>"
    if style == "ses":
        return f"<0102019{h[:9]}-{h[9:17]}-{h[17:21]}-{key:04d}-000000@eu-west-1.amazonses.com>"
    return f"<{h}@{domain}>"


def head(key: int, frm: str, subject: str, when: str, zone: str, relay: str, *, to: str = ME_TO,
         msgid: str | None = None, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    ip = f"198.51.100.{key + 20}"
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay} ({relay} [{ip}])", when, zone,
                              f"mx01.example.com with ESMTPS id {_h(f'rcv{key}', 12)}", ME, lag=2 + key % 5)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid or mid(key, relay)),
        *extra,
    ]


def ics_local(local: str) -> str:
    return at(local, "UTC").strftime("%Y%m%dT%H%M%S")


def ics_utc(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def vtz(zone: str) -> str:
    if zone in VTZ:
        return VTZ[zone]
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


def ical(body: str, zone: str) -> str:
    """A hand-written VCALENDAR (indented in the source) with its VTIMEZONE put in at %VTZ%."""
    return t(body).replace("%VTZ%", vtz(zone))


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="melanie.scholz@saarwerk-lohnservice.de", company="Saarwerk Lohnservice GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BZ,
           note="Personio invitation in German (Sie), Tue 15.09. 10:00-11:00 in Saarbrücken, CEST (UTC+2); "
                "contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Sehr geehrter Herr Kirchner,

        vielen Dank für Ihre Bewerbung als Payroll Specialist (m/w/d) Grenzgänger-Abrechnung
        DE/LU/FR. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.

        Termin:   Dienstag, 15. September 2026, 10:00 – 11:00 Uhr
        Ort:      Saarwerk Lohnservice GmbH, Mainzer Straße 118, 66121 Saarbrücken
                  (Empfang im Erdgeschoss, Besucherparkplätze im Hof)
        Gesprächspartner: Melanie Scholz (Recruiting), Frank Jung (Teamleitung Payroll)

        Bitte bringen Sie einen Lichtbildausweis mit. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Melanie Scholz
        Recruiting | Saarwerk Lohnservice GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        Datenschutzhinweise: https://saarwerk-lohnservice.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Sehr geehrter Herr Kirchner,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Payroll Specialist (m/w/d) Grenzgänger-Abrechnung
        DE/LU/FR</b>. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Termin</b></td><td>Dienstag, 15. September 2026, 10:00 &ndash; 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Saarwerk Lohnservice GmbH, Mainzer Straße 118, 66121 Saarbrücken<br>
        (Empfang im Erdgeschoss, Besucherparkplätze im Hof)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Melanie Scholz (Recruiting), Frank Jung (Teamleitung Payroll)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Melanie Scholz<br>Recruiting | Saarwerk Lohnservice GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über Personio versendet.
        <a href="https://saarwerk-lohnservice.jobs.personio.de/privacy-policy">Datenschutzhinweise</a></p>
        </body></html>
        """)
    hs = head(1, addr("Saarwerk Lohnservice GmbH", "no-reply@jobs.personio.de"),
              "Einladung zum Vorstellungsgespräch – Payroll Specialist (m/w/d)",
              "2026-09-09 14:12:07", BZ, "mail-eu.personio.de",
              extra=(("Reply-To", addr("Melanie Scholz", "melanie.scholz@saarwerk-lohnservice.de")),
                     ("X-Personio-Message-Type", "candidate-communication")))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T12:00:00Z", end="2026-09-17T12:45:00Z",
           contact="claire.hoffmann@moselle-fs.lu", company="Moselle Fund Services",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 14:45", zone=LU,
           note="Greenhouse confirmation, 2:00-2:45 PM CEST Luxembourg (UTC+2); ICS TZID Europe/Luxembourg "
                "agrees; contact = Reply-To recruiter (also ORGANIZER)")
def m02() -> bytes:
    body = t("""
        Hi Jonas,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        for Payroll Specialist (Cross-Border) at Moselle Fund Services.

        Thursday, September 17, 2026
        2:00 PM - 2:45 PM CEST (Europe/Luxembourg)

        Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA5NDI2
        Meeting ID: 381 204 557 19   Passcode: Kp7xQ2

        Interviewers:
          Claire Hoffmann - Talent Acquisition Partner
          Raphaël Kremer - Head of Payroll Operations

        A calendar invitation is attached. If you need to make any changes, just reply to this
        email.

        Best,
        Claire

        Moselle Fund Services S.A. | 9, rue Jean Monnet | L-2180 Luxembourg
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Jonas,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview for
        <strong>Payroll Specialist (Cross-Border)</strong> at Moselle Fund Services.</p>
        <p><strong>Thursday, September 17, 2026</strong><br>2:00 PM - 2:45 PM CEST (Europe/Luxembourg)</p>
        <p>Microsoft Teams: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA5NDI2">Join meeting</a><br>
        Meeting ID: 381 204 557 19 &nbsp; Passcode: Kp7xQ2</p>
        <p><strong>Interviewers</strong><br>Claire Hoffmann - Talent Acquisition Partner<br>
        Raphaël Kremer - Head of Payroll Operations</p>
        <p>A calendar invitation is attached. If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Claire</p>
        <p style="color:#999;font-size:12px">Moselle Fund Services S.A. | 9, rue Jean Monnet | L-2180 Luxembourg</p>
        <img src="https://app.greenhouse.io/email/open/8d3a0c.gif" width="1" height="1" alt="">
        </div>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:gh-interview-{_h('uid2', 16)}@greenhouse.io
        DTSTAMP:{ics_utc('2026-09-11 09:41:00', LU)}
        DTSTART;TZID=Europe/Luxembourg:20260917T140000
        DTEND;TZID=Europe/Luxembourg:20260917T144500
        SUMMARY:Interview: Jonas Kirchner - Payroll Specialist (Cross-Border)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Claire Hoffmann:mailto:claire.hoffmann@moselle-fs.lu
        ATTENDEE;CN=Jonas Kirchner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, LU)
    hs = head(2, addr("Moselle Fund Services", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Payroll Specialist (Cross-Border) at Moselle Fund Services",
              "2026-09-11 09:41:22", LU, "o7.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Claire Hoffmann", "claire.hoffmann@moselle-fs.lu")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(3), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-21T07:30:00Z", end="2026-09-21T08:30:00Z",
           contact="sabine.kroeger@hunsrueck-logistik.de", company="Hunsrück Logistik AG",
           local="Mon 2026-09-21 09:30", local_end="2026-09-21 10:30", zone=BZ,
           note="Exchange meeting request, TZID 'W. Europe Standard Time' = Europe/Berlin, CEST (UTC+2); "
                "body shows the Windows label '(UTC+01:00) Amsterdam, Berlin...' although it is summer; "
                "contact = ORGANIZER/sender")
def m03() -> bytes:
    body = t("""
        Wann: Montag, 21. September 2026 09:30-10:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Hunsrück Logistik AG, Verwaltung Gebäude 3, Raum "Idarkopf", Lautzenhausen

        *~*~*~*~*~*~*~*~*~*

        Guten Tag Herr Kirchner,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch
        für die Stelle "Sachbearbeiter Entgeltabrechnung international (m/w/d)".

        Teilnehmen werden Herr Dr. Wagner (Leitung Personal) und ich. Bitte melden Sie sich
        an der Pforte an, die Zufahrt erfolgt über Tor 2.

        Viele Grüße
        Sabine Kröger
        Personalreferentin
        Hunsrück Logistik AG
        Tel. +49 6543 9120-214
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body>
        <div>Wann: Montag, 21. September 2026 09:30-10:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien<br>
        Wo: Hunsrück Logistik AG, Verwaltung Gebäude 3, Raum &quot;Idarkopf&quot;, Lautzenhausen</div>
        <div><br>*~*~*~*~*~*~*~*~*~*<br><br></div>
        <div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Guten Tag Herr Kirchner,</p>
        <p>wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch für die Stelle
        &quot;Sachbearbeiter Entgeltabrechnung international (m/w/d)&quot;.</p>
        <p>Teilnehmen werden Herr Dr. Wagner (Leitung Personal) und ich. Bitte melden Sie sich an der Pforte an,
        die Zufahrt erfolgt über Tor 2.</p>
        <p>Viele Grüße<br>Sabine Kröger<br>Personalreferentin<br>Hunsrück Logistik AG<br>Tel. +49 6543 9120-214</p>
        </div></body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Sabine Kröger:mailto:sabine.kroeger@hunsrueck-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Kirchner:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Jens Wagner:mailto:jens.wagner@hunsrueck-logistik.de
        DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Kirchner,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch.\\n
        UID:040000008200E00074C5B7101A82E0080000000020B1C7{_h('uid3', 16).upper()}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jonas Kirchner – Entgeltabrechnung international
        DTSTART;TZID=W. Europe Standard Time:20260921T093000
        DTEND;TZID=W. Europe Standard Time:20260921T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{ics_utc('2026-09-15 16:03:00', BZ)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Hunsrück Logistik AG, Verwaltung Gebäude 3, Raum "Idarkopf", Lautzenhausen
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1873204511
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
        """, "W. Europe Standard Time")
    hs = head(3, addr("Sabine Kröger", "sabine.kroeger@hunsrueck-logistik.de"),
              "Vorstellungsgespräch Jonas Kirchner – Entgeltabrechnung international",
              "2026-09-15 16:03:41", BZ, "mail.hunsrueck-logistik.de",
              msgid=mid(3, "", "outlook"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Jonas Kirchner – Entgeltabrechnung international")),
                     ("Thread-Index", "AdtF3kq9Yw2mTQ1aRciHk0aPq6FmXw=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-09-24T13:00:00Z", end=None,
           contact="timo.becker@porta-payroll.de", company="Porta Payroll GmbH",
           local="Thu 2026-09-24 15:00", zone=BZ,
           note="Du-mail 'morgen um 15 Uhr' resolved against Date Wed 23.09. (Trier, CEST UTC+2) -> Thu 24.09. "
                "15:00; 'etwa eine Stunde' is approximate so end null; iso-8859-1 quoted-printable")
def m04() -> bytes:
    body = t("""
        Hallo Jonas,

        schön, dass es so schnell klappt! Dann also wie besprochen morgen um 15 Uhr bei uns
        im Büro in der Simeonstraße 52 (2. OG, klingel bei "Porta"). Mit dabei sind Anke aus
        der Abrechnung und ich. Plan mal etwa eine Stunde ein, danach zeigen wir dir noch kurz
        das Team.

        Falls was dazwischenkommt: 0651 9947 310 oder einfach auf die Mail antworten.

        Bis morgen!
        Timo

        --
        Timo Becker
        Geschäftsführer | Porta Payroll GmbH
        Simeonstraße 52 · 54290 Trier
        """)
    hs = head(4, addr("Timo Becker", "timo.becker@porta-payroll.de"),
              "Re: Bewerbung Payroll / Grenzgänger", "2026-09-23 11:48:10", BZ, "smtp.porta-payroll.de",
              extra=(("In-Reply-To", f"<{_h('thr4a')}@example.com>"),
                     ("References", f"<{_h('thr4a')}@example.com>"),
                     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird/128.2.0")))
    return message(hs, text(body, charset="iso-8859-1", params="format=flowed"))


@make.mail(N(5), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-10-06T09:00:00Z", end=None,
           contact="lena.hartmann@moseldigital.de", company="Mosel Digital GmbH",
           local="Tue 2026-10-06 11:00", zone=BZ,
           note="Short Du-reply 'dann sehen wir uns am Dienstag um 11' on top of the quoted thread; Date "
                "Thu 01.10. -> Tue 06.10. 11:00 CEST (UTC+2), the quoted candidate mail names 6.10.; no length")
def m05() -> bytes:
    body = t("""
        Super, passt! Dann sehen wir uns am Dienstag um 11 bei uns in Bernkastel-Kues.
        Ich hab den Raum geblockt, Matthias aus dem Controlling kommt auch dazu.

        Lena

        Am 30.09.2026 um 21:17 schrieb Jonas Kirchner <jonas.kirchner@example.com>:
        > Hallo Lena,
        >
        > danke für die schnelle Rückmeldung! Dienstag, der 6.10., würde bei mir gut
        > passen, gerne vormittags ab 10 Uhr. Montag geht leider nicht.
        >
        > Viele Grüße
        > Jonas
        >
        >> Am 30.09.2026 um 10:02 schrieb Lena Hartmann <lena.hartmann@moseldigital.de>:
        >>
        >> Hallo Jonas,
        >>
        >> danke für deine Bewerbung als Payroll-Spezialist! Wir würden dich gern
        >> persönlich kennenlernen. Hättest du nächste Woche Montag oder Dienstag Zeit?
        >>
        >> Liebe Grüße
        >> Lena Hartmann
        >> People & Culture | Mosel Digital GmbH
        """)
    hs = head(5, addr("Lena Hartmann", "lena.hartmann@moseldigital.de"),
              "Re: Kennenlernen nächste Woche", "2026-10-01 09:05:33", BZ, "mout.moseldigital.de",
              msgid=f"<{_h('m5').upper()}@moseldigital.de>",
              extra=(("In-Reply-To", f"<{_h('thr5b')}@example.com>"),
                     ("References", f"<{_h('thr5a').upper()}@moseldigital.de> <{_h('thr5b')}@example.com>"),
                     ("X-Mailer", "Apple Mail (2.3826.200.121)")))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(6), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-08T08:30:00Z", end="2026-10-08T09:30:00Z",
           contact="sophie.dubois@belgapay.be", company="Belgapay SRL",
           local="Thu 2026-10-08 10:30", local_end="2026-10-08 11:30", zone=BE,
           note="French recruiter mail (vous), 'jeudi 8 octobre à 10h30 (heure de Bruxelles)', 'd'une durée d'une "
                "heure' -> end 11:30; Brussels CEST (UTC+2)")
def m06() -> bytes:
    body = t("""
        Bonjour Monsieur Kirchner,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de
        Gestionnaire de paie international (BE/LU/DE) :

          - Date : jeudi 8 octobre 2026
          - Heure : 10h30 (heure de Bruxelles)
          - Format : visioconférence Teams, d'une durée d'une heure
          - Avec : Thomas Lambert (Payroll Manager) et moi-même

        Le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVsZ2FwYXk

        L'entretien se déroulera en français et en partie en anglais. N'hésitez pas à me
        contacter si vous avez la moindre question.

        Bien cordialement,

        Sophie Dubois
        Talent Acquisition Specialist
        Belgapay SRL - Boulevard du Régent 41, 1000 Bruxelles
        +32 2 318 44 70
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Monsieur Kirchner,</p>
        <p>Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de
        <b>Gestionnaire de paie international (BE/LU/DE)</b>&nbsp;:</p>
        <ul>
        <li>Date&nbsp;: jeudi 8 octobre 2026</li>
        <li>Heure&nbsp;: 10h30 (heure de Bruxelles)</li>
        <li>Format&nbsp;: visioconférence Teams, d'une durée d'une heure</li>
        <li>Avec&nbsp;: Thomas Lambert (Payroll Manager) et moi-même</li>
        </ul>
        <p>Le lien Teams&nbsp;: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVsZ2FwYXk">rejoindre la réunion</a></p>
        <p>L'entretien se déroulera en français et en partie en anglais. N'hésitez pas à me contacter si vous
        avez la moindre question.</p>
        <p>Bien cordialement,</p>
        <p>Sophie Dubois<br>Talent Acquisition Specialist<br>Belgapay SRL - Boulevard du Régent 41, 1000 Bruxelles<br>
        +32 2 318 44 70</p>
        </body></html>
        """)
    hs = head(6, addr("Sophie Dubois", "sophie.dubois@belgapay.be"),
              "Confirmation de votre entretien – Gestionnaire de paie international",
              "2026-10-02 15:27:49", BE, "mail.belgapay.be", msgid=mid(6, "", "outlook"),
              extra=(("Content-Language", "fr-BE"),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T14:30:00Z", end="2026-10-14T15:00:00Z",
           contact="yves.reding@lusipay.lu", company="Lusipay S.A.",
           local="Wed 2026-10-14 16:30", local_end="2026-10-14 17:00", zone=BZ,
           note="Calendly invitee confirmation, time shown in the invitee zone 'Central European Time' "
                "(Berlin/Luxembourg, CEST UTC+2); no ICS; contact = Reply-To host")
def m07() -> bytes:
    body = t("""
        Hi Jonas Kirchner,

        A new event has been scheduled.

        Event Type:
        Interview: Payroll Specialist - first round

        Event Date/Time:
        04:30pm - 05:00pm, Wednesday, October 14, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/qzh-rbtw-kpa

        Invitee Time Zone:
        Central European Time

        Questions:
        Which countries' payroll have you run end-to-end?
        Germany, Luxembourg (cross-border commuters), some France

        View event in Calendly: https://calendly.com/events/9f1b2c7e-lusipay

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9f1b2c7e-lusipay
        Reschedule: https://calendly.com/reschedulings/9f1b2c7e-lusipay

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f7f7f7;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;padding:24px;border-radius:6px">
        <tr><td><p>Hi Jonas Kirchner,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Interview: Payroll Specialist - first round</p>
        <p><b>Event Date/Time:</b><br>04:30pm - 05:00pm, Wednesday, October 14, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/qzh-rbtw-kpa">https://meet.google.com/qzh-rbtw-kpa</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Which countries' payroll have you run end-to-end?<br>
        Germany, Luxembourg (cross-border commuters), some France</p>
        <p><a href="https://calendly.com/events/9f1b2c7e-lusipay">View event in Calendly</a></p>
        <p style="font-size:12px;color:#666">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/9f1b2c7e-lusipay">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/9f1b2c7e-lusipay">Reschedule</a></p>
        </td></tr></table><p style="font-size:11px;color:#999">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    hs = head(7, addr("Calendly", "notifications@calendly.com"),
              "New Event: Jonas Kirchner - 04:30pm Wed, Oct 14, 2026 - Interview: Payroll Specialist - first round",
              "2026-10-12 08:55:14", BZ, "o1.email.calendly.com", msgid=mid(7, "", "ses"),
              extra=(("Reply-To", addr("Yves Reding", "yves.reding@lusipay.lu")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(8), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-10-13T06:30:00Z", end="2026-10-13T07:15:00Z",
           contact="petra.lenz@stadtwerke-moselland.de", company="Stadtwerke Moselland GmbH",
           local="Tue 2026-10-13 08:30", local_end="2026-10-13 09:15", zone=BZ,
           note="Microsoft Bookings (HTML only) from a shared mailbox; body label '(UTC+01:00) Amsterdam, Berlin' "
                "though 13.10. is CEST (UTC+2), the ICS (W. Europe Standard Time) confirms 06:30Z; contact = "
                "the person named with her address in the body")
def m08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Ihre Buchung ist bestätigt</div>
        <p>Hallo Jonas Kirchner,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Stadtwerke Moselland – Bewerbungsgespräche</b>.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td>Dienst</td><td>Vorstellungsgespräch Lohn- und Gehaltsabrechnung</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>13.10.2026 08:30 - 09:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter</td><td>Petra Lenz</td></tr>
        <tr><td>Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_c3R3LW1vc2VsbGFuZA">Teams-Besprechung beitreten</a></p>
        <p>Ihre Ansprechpartnerin bei Fragen zum Ablauf: Petra Lenz, Personalabteilung,
        <a href="mailto:petra.lenz@stadtwerke-moselland.de">petra.lenz@stadtwerke-moselland.de</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/StadtwerkeMoselland@stadtwerke-moselland.de/bookings/">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#605e5c">Stadtwerke Moselland GmbH · Ostallee 21 · 54290 Trier</p>
        </body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Stadtwerke Moselland – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@stadtwerke-moselland.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jonas Kirchner:mailto:{ME}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Lohn- und Gehaltsabrechnung
        DTSTART;TZID=W. Europe Standard Time:20261013T083000
        DTEND;TZID=W. Europe Standard Time:20261013T091500
        UID:040000008200E00074C5B7101A82E00800000000{_h('uid8', 16).upper()}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{ics_utc('2026-10-07 12:18:00', BZ)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    hs = head(8, addr("Stadtwerke Moselland – Bewerbungsgespräche", "Bewerbungsgespraeche@stadtwerke-moselland.de"),
              "Gebucht: Vorstellungsgespräch Lohn- und Gehaltsabrechnung mit Stadtwerke Moselland",
              "2026-10-07 12:18:30", BZ, "EUR05-DB8-obe.outbound.protection.outlook.com",
              msgid=mid(8, "", "outlook"))
    return message(hs, alt(html(page, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(9), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-10-21T08:00:00Z", end="2026-10-21T08:30:00Z",
           contact="julia.berg@eifelwerk.de", company="Eifelwerk Personalservice GmbH",
           local="Wed 2026-10-21 10:00", local_end="2026-10-21 10:30", zone=BZ,
           note="Candidate forwards a Workable confirmation to himself (Gmail 'Fwd:'); forwarded sender is a "
                "no-reply Workable address, contact = the recruiter named with her address in the forwarded "
                "body; Mi 21.10. 10:00-10:30 CEST (UTC+2), before the 25 October change")
def m09() -> bytes:
    body = t("""
        Zur Sicherheit an die andere Adresse, die Workable-Mails landen manchmal im Spam.

        ---------- Forwarded message ---------
        Von: Eifelwerk Personalservice <noreply@candidates.workablemail.com>
        Date: Fr., 16. Okt. 2026 um 17:02 Uhr
        Subject: Ihr Interview bei Eifelwerk Personalservice GmbH ist bestätigt
        To: <jonas.kirchner@example.org>


        Hallo Jonas,

        Ihr Video-Interview für die Position "Lohnbuchhalter/in mit Schwerpunkt
        Grenzgänger Luxemburg" ist bestätigt.

        Wann: Mittwoch, 21. Oktober 2026, 10:00 - 10:30 (Europe/Berlin)
        Wo: Online über Google Meet - den Link erhalten Sie am Vortag.

        Ihre Ansprechpartnerin: Julia Berg (julia.berg@eifelwerk.de)

        Bitte antworten Sie nicht auf diese E-Mail.

        Viele Grüße
        Das Team von Eifelwerk Personalservice GmbH

        Powered by Workable
        """)
    hs = head(9, addr(ME_NAME, "jonas.kirchner@example.org"),
              "Fwd: Ihr Interview bei Eifelwerk Personalservice GmbH ist bestätigt",
              "2026-10-16 20:14:52", BZ, "mail-wr1-f54.google.com", msgid=mid(9, "", "gmail"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(10), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
           contact="stefan.meyer@slx-treuhand.de", company="Saar-Lor-Lux Treuhand GmbH",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BZ,
           note="Google Calendar invitation (German UI) sent Thu 22.10. in CEST for Mon 26.10. 09:00 MEZ, the day "
                "after the 25 October change: UTC+1 -> 08:00Z; ICS TZID Europe/Berlin agrees; contact = ORGANIZER")
def m10() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Payroll Specialist – Jonas Kirchner
        Wann
        Montag, 26. Okt. 2026 09:00 – 10:00 Mitteleuropäische Normalzeit - Berlin

        Ort
        Saar-Lor-Lux Treuhand, Europaallee 14, 66113 Saarbrücken (3. OG)
        https://www.google.com/maps/search/Europaallee+14,+66113+Saarbr%C3%BCcken?hl=de

        Kalender
        jonas.kirchner@example.com

        Teilnehmer
        Stefan Meyer - Organisator
        Birgit Schuh
        jonas.kirchner@example.com

        Termin ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=c2x4LTI2MTAyNg

        Sehr geehrter Herr Kirchner, wie telefonisch vereinbart – wir freuen uns auf Sie.
        Bitte melden Sie sich am Empfang. Stefan Meyer, Leiter Lohn & Gehalt

        Teilnehmen: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Lehnen Sie den Termin
        ab, um keine Aktualisierungen mehr zu erhalten.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Sie wurden zu folgendem Termin eingeladen.</p>
        <h2 style="font-size:20px;font-weight:400">Vorstellungsgespräch Payroll Specialist – Jonas Kirchner</h2>
        <table><tr><td style="color:#70757a">Wann</td><td>Montag, 26. Okt. 2026 09:00 – 10:00 Mitteleuropäische Normalzeit - Berlin</td></tr>
        <tr><td style="color:#70757a">Ort</td><td>Saar-Lor-Lux Treuhand, Europaallee 14, 66113 Saarbrücken (3. OG)</td></tr>
        <tr><td style="color:#70757a">Teilnehmer</td><td>Stefan Meyer - Organisator<br>Birgit Schuh<br>jonas.kirchner@example.com</td></tr></table>
        <p>Sehr geehrter Herr Kirchner, wie telefonisch vereinbart – wir freuen uns auf Sie.<br>
        Bitte melden Sie sich am Empfang. Stefan Meyer, Leiter Lohn &amp; Gehalt</p>
        <p>Teilnehmen? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Ja</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Vielleicht</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Nein</a></p>
        <p style="font-size:11px;color:#70757a">Einladung von Google Kalender</p>
        </div>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261026T090000
        DTEND;TZID=Europe/Berlin:20261026T100000
        DTSTAMP:{ics_utc('2026-10-22 11:20:00', BZ)}
        ORGANIZER;CN=Stefan Meyer:mailto:stefan.meyer@slx-treuhand.de
        UID:{_h('uid10', 26)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stefan Meyer;X-NUM-GUESTS=0:mailto:stefan.meyer@slx-treuhand.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Birgit Schuh;X-NUM-GUESTS=0:mailto:birgit.schuh@slx-treuhand.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:{ics_utc('2026-10-22 11:19:00', BZ)}
        DESCRIPTION:Sehr geehrter Herr Kirchner, wie telefonisch vereinbart – wir freuen uns auf Sie.\\nBitte melden Sie sich am Empfang. Stefan Meyer, Leiter Lohn & Gehalt
        LAST-MODIFIED:{ics_utc('2026-10-22 11:20:00', BZ)}
        LOCATION:Saar-Lor-Lux Treuhand\\, Europaallee 14\\, 66113 Saarbrücken (3. OG)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch Payroll Specialist – Jonas Kirchner
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, BZ)
    hs = head(10, addr("Stefan Meyer (über Google Kalender)", "calendar-notification@google.com"),
              "Einladung: Vorstellungsgespräch Payroll Specialist – Jonas Kirchner @ Mo. 26. Okt. 2026 "
              "09:00 - 10:00 (MEZ) (jonas.kirchner@example.com)",
              "2026-10-22 11:20:36", BZ, "mail-sor-f69.google.com", msgid=f"<calendar-{_h('gc10', 36)}@google.com>",
              extra=(("Reply-To", addr("Stefan Meyer", "stefan.meyer@slx-treuhand.de")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(11), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="rebecca.lowe@kesslerindustrial.com", company="Kessler Industrial Group",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=NY,
           note="Workday HTML-only notice, 10:00-11:00 AM Eastern on Thu 29 Oct: US still on EDT (UTC-4) until "
                "1 November while Trier is already on CET, so 14:00Z = 15:00 in Trier (a 5-hour gap, not 6); "
                "contact = recruiter address in the body")
def m11() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00355f;color:#fff;font-size:18px">Kessler Industrial Group</td></tr>
        <tr><td>
        <p>Dear Jonas,</p>
        <p>We are pleased to confirm your interview for <strong>Global Payroll Specialist &ndash; EMEA
        (Req R-20817)</strong>.</p>
        <p><strong>Date:</strong> Thursday, October 29, 2026<br>
        <strong>Time:</strong> 10:00 AM &ndash; 11:00 AM Eastern Time<br>
        <strong>Format:</strong> Zoom video interview<br>
        <strong>Interviewer:</strong> Dana Whitfield, Director, Global Payroll</p>
        <p>Zoom: <a href="https://kesslerindustrial.zoom.us/j/86120447391">https://kesslerindustrial.zoom.us/j/86120447391</a>
        &nbsp;Passcode: 520417</p>
        <p>Please note that the interview time is shown in US Eastern Time. If you have any questions,
        please contact your recruiter, Rebecca Lowe, at
        <a href="mailto:rebecca.lowe@kesslerindustrial.com">rebecca.lowe@kesslerindustrial.com</a>.</p>
        <p>You can review your application at any time on our
        <a href="https://wd5.myworkdayjobs.com/KesslerCareers">Candidate Home</a>.</p>
        <p>Kind regards,<br>Kessler Industrial Group Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(11, addr("Kessler Industrial Group", "kessler@myworkday.com"),
              "Interview Confirmation - Global Payroll Specialist - EMEA", "2026-10-27 09:31:05", NY,
              "mta-29.myworkday.com", msgid=f"<{_h('wd11', 20)}.JavaMail.wdprod@wd5-prod-mta29>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="quoted-printable"))


@make.mail(N(12), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T14:00:00Z", end="2026-11-02T14:45:00Z",
           contact="priya.natarajan@ledgerline.io", company="Ledgerline",
           local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=NY,
           note="Ashby confirmation sent Wed 28 Oct (EDT) for Mon 2 Nov 9:00-9:45 AM EST, the day after the US "
                "change: UTC-5 -> 14:00Z; ICS TZID America/New_York agrees; contact = Reply-To recruiter")
def m12() -> bytes:
    body = t("""
        Hi Jonas,

        Your interview with Ledgerline is confirmed. We're looking forward to speaking with you!

        Hiring Manager Screen - International Payroll Lead
        Monday, November 2, 2026, 9:00 AM - 9:45 AM EST (America/New_York)
        Google Meet: https://meet.google.com/lwp-hxdn-cqe

        You'll meet with:
          Ryan Cole - Head of Global Payroll

        Questions? Just reply to this email and it will reach Priya Natarajan.

        Thanks,
        Ledgerline Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jonas,</p>
        <p>Your interview with Ledgerline is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Hiring Manager Screen - International Payroll Lead</b><br>
        Monday, November 2, 2026, 9:00 AM - 9:45 AM EST (America/New_York)<br>
        Google Meet: <a href="https://meet.google.com/lwp-hxdn-cqe">meet.google.com/lwp-hxdn-cqe</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Ryan Cole - Head of Global Payroll</p>
        <p>Questions? Just reply to this email and it will reach Priya Natarajan.</p>
        <p>Thanks,<br>Ledgerline Recruiting</p>
        </body></html>
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:{_h('uid12', 8)}-{_h('uid12b', 4)}-{_h('uid12c', 4)}-{_h('uid12d', 12)}
        DTSTAMP:{ics_utc('2026-10-28 13:06:00', NY)}
        DTSTART;TZID=America/New_York:20261102T090000
        DTEND;TZID=America/New_York:20261102T094500
        SEQUENCE:0
        SUMMARY:Ledgerline - Hiring Manager Screen (Jonas Kirchner)
        LOCATION:https://meet.google.com/lwp-hxdn-cqe
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@ledgerline.io
        ATTENDEE;CN=Jonas Kirchner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        ATTENDEE;CN=Ryan Cole;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ryan.cole@ledgerline.io
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, NY)
    hs = head(12, addr("Ledgerline", "no-reply@ashbyhq.com"),
              "Interview confirmed: International Payroll Lead at Ledgerline", "2026-10-28 13:06:44", NY,
              "mail.ashbyhq.com", msgid=mid(12, "", "ses"),
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@ledgerline.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(13), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-13T09:00:00Z", end="2026-11-13T10:00:00Z",
           contact="anne.schmit@nordstadbank.lu", company="Nordstad Bank",
           local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone=LU,
           note="Lever confirmation after the slot proposal (thread with a negative), Fri 13 Nov 10:00-11:00 CET "
                "Luxembourg (UTC+1); ICS attached; contact = Reply-To recruiter")
def m13() -> bytes:
    body = t("""
        Hi Jonas,

        Thanks for confirming - you're all set for your interview with Nordstad Bank.

        Role: Payroll Specialist - Cross-Border Workforce
        When: Friday, November 13, 2026 · 10:00 AM - 11:00 AM CET
        Where: Nordstad Bank, 2 Place de Paris, L-2314 Luxembourg (ask for Anne at reception)

        You'll be meeting:
        - Anne Schmit, Senior Recruiter
        - Georges Thill, Payroll & Benefits Manager

        We've attached a calendar invite for your convenience. If anything changes, simply reply
        to this email.

        Best regards,
        Anne Schmit
        Nordstad Bank

        Sent via Lever
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interview Scheduling//EN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:lever-{_h('uid13', 20)}
        DTSTAMP:{ics_utc('2026-11-09 15:44:00', LU)}
        DTSTART;TZID=Europe/Luxembourg:20261113T100000
        DTEND;TZID=Europe/Luxembourg:20261113T110000
        SUMMARY:Interview with Nordstad Bank - Payroll Specialist
        LOCATION:Nordstad Bank\\, 2 Place de Paris\\, L-2314 Luxembourg
        ORGANIZER;CN=Anne Schmit:mailto:anne.schmit@nordstadbank.lu
        ATTENDEE;CN=Jonas Kirchner;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, LU)
    hs = head(13, addr("Nordstad Bank", "no-reply@hire.lever.co"),
              "Your interview with Nordstad Bank is confirmed", "2026-11-09 15:44:12", LU,
              "mail-out.hire.lever.co", msgid=mid(13, "hire.lever.co"),
              extra=(("Reply-To", addr("Anne Schmit", "anne.schmit@nordstadbank.lu")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(14), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T08:30:00Z", end="2026-11-16T09:30:00Z",
           contact="camille.weis@alzette-recrutement.lu", company="Banque de la Pétrusse",
           local="Mon 2026-11-16 09:30", local_end="2026-11-16 10:30", zone=LU,
           note="Agency recruiter forwards the bank's confirmation as a message/rfc822 attachment: lundi 16 "
                "novembre 9h30, 'durée prévue : une heure' -> 10:30, Luxembourg CET (UTC+1); contact = the human "
                "sender (agency), the attached mail comes from a shared HR mailbox")
def m14() -> bytes:
    inner_body = t("""
        Madame Weis,

        Nous avons le plaisir de vous confirmer l'entretien de votre candidat, Monsieur Jonas
        Kirchner, pour le poste de Chargé de paie (frontaliers DE/FR/BE) :

        Date : lundi 16 novembre 2026
        Heure : 9h30
        Durée prévue : une heure
        Lieu : Banque de la Pétrusse, 18, boulevard Royal, L-2449 Luxembourg

        Le candidat sera reçu par Mme Nathalie Kieffer (Responsable Paie) et M. Luc Feller (RH).
        Merci de lui transmettre ces informations.

        Cordialement,
        Service des Ressources Humaines
        Banque de la Pétrusse
        """)
    inner = message([
        ("From", addr("RH Entretiens – Banque de la Pétrusse", "rh-entretiens@bpetrusse.lu")),
        ("To", addr("Camille Weis", "camille.weis@alzette-recrutement.lu")),
        ("Subject", enc("Confirmation entretien – M. Kirchner – Chargé de paie")),
        ("Date", date("2026-11-10 10:12:40", LU)),
        ("Message-ID", f"<{_h('in14')}@bpetrusse.lu>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    body = t("""
        Bonjour Jonas,

        Bonne nouvelle : la Banque de la Pétrusse confirme votre entretien de lundi prochain
        16 novembre à 9h30, vous trouverez leur message en pièce jointe avec tous les détails.

        Prévoyez d'arriver 10 minutes en avance, l'accueil demande une pièce d'identité. Je vous
        appelle vendredi pour un petit briefing.

        Belle journée,

        Camille Weis
        Consultante Senior Finance & Paie
        Alzette Recrutement Sàrl | 7, rue de l'Industrie, L-8069 Bertrange
        """)
    hs = head(14, addr("Camille Weis", "camille.weis@alzette-recrutement.lu"),
              "TR: Confirmation entretien – M. Kirchner – Chargé de paie", "2026-11-10 11:03:19", LU,
              "mail.alzette-recrutement.lu", msgid=mid(14, "", "outlook"))
    return message(hs, mixed(text(body, cte="8bit"),
                             attached_message(inner, "Confirmation entretien - M. Kirchner.eml")))


@make.mail(N(15), family="recruitee", lang="de", interview=True, kind="scheduled",
           start="2026-11-19T12:30:00Z", end="2026-11-19T13:15:00Z",
           contact="katrin.hoffmann@eifel-kunststoff.de", company="Eifel Kunststoff GmbH",
           local="Thu 2026-11-19 13:30", local_end="2026-11-19 14:15", zone=BZ,
           note="Recruitee confirmation (Sie), Do 19.11. 13:30 Uhr, 'Dauer: 45 Minuten' -> 14:15, MEZ UTC+1; "
                "ICS attached; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Guten Tag Herr Kirchner,

        hiermit bestätigen wir Ihr Vorstellungsgespräch:

        Stelle: Lohn- und Gehaltsbuchhalter (m/w/d)
        Datum: Donnerstag, 19.11.2026
        Uhrzeit: 13:30 Uhr
        Dauer: 45 Minuten
        Ort: Eifel Kunststoff GmbH, Industriestraße 9, 54634 Bitburg, Verwaltungsgebäude

        Ihre Gesprächspartner sind Katrin Hoffmann (Personal) und Werner Pütz (kaufm. Leitung).
        Die Einladung für Ihren Kalender finden Sie im Anhang.

        Freundliche Grüße
        Katrin Hoffmann
        Eifel Kunststoff GmbH
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:recruitee-{_h('uid15', 18)}@recruitee.com
        DTSTAMP:{ics_utc('2026-11-13 10:25:00', BZ)}
        DTSTART;TZID=Europe/Berlin:20261119T133000
        DTEND;TZID=Europe/Berlin:20261119T141500
        SUMMARY:Vorstellungsgespräch Jonas Kirchner - Lohn- und Gehaltsbuchhalter (m/w/d)
        LOCATION:Eifel Kunststoff GmbH\\, Industriestraße 9\\, 54634 Bitburg
        ORGANIZER;CN=Katrin Hoffmann:mailto:katrin.hoffmann@eifel-kunststoff.de
        ATTENDEE;CN=Jonas Kirchner;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """, BZ)
    hs = head(15, addr("Eifel Kunststoff GmbH", "no-reply@recruitee.com"),
              "Bestätigung: Ihr Vorstellungsgespräch am 19.11.2026", "2026-11-13 10:25:51", BZ,
              "mailer.recruitee.com", msgid=mid(15, "recruitee.com"),
              extra=(("Reply-To", addr("Katrin Hoffmann", "katrin.hoffmann@eifel-kunststoff.de")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body).replace('dir="ltr"', 'class="rt-body"'))),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="einladung.ics",
                                      disposition="attachment")))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-25T08:30:00Z", end="2026-11-25T11:00:00Z",
           contact="laura.petit@kirchberg-custody.lu", company="Kirchberg Custody S.A.",
           local="Wed 2026-11-25 09:30", local_end="2026-11-25 12:00", zone=LU,
           note="GoodTime on-site itinerary, three sessions 09:30-12:00 CET Luxembourg (UTC+1): start = first, "
                "end = last; no ICS; contact = Reply-To coordinator")
def m16() -> bytes:
    body = t("""
        Hello Jonas,

        We're excited to host you for your on-site interview for Payroll Analyst (Fund Services)
        at Kirchberg Custody. Your itinerary is below. All times are Central European Time.

        Wednesday, November 25, 2026
        Kirchberg Custody S.A., 40 avenue J.F. Kennedy, L-1855 Luxembourg - 6th floor reception

          09:30 - 10:15   Payroll operations deep-dive   Martine Schroeder, Payroll Team Lead
          10:30 - 11:15   Case study discussion           Paul Hansen, Head of HR Operations
          11:15 - 12:00   Meet the team                   Sara Lopes, Payroll Analyst

        A visitor badge will be ready for you at reception. Parking is available at the Kirchberg
        P+R; the tram stop "Philharmonie" is in front of the building.

        If you need to reschedule, reply to this email and Laura Petit will help you.

        Best,
        Kirchberg Custody Recruiting Coordination

        Scheduled with GoodTime
        """)
    hs = head(16, addr("Kirchberg Custody Recruiting", "scheduling@goodtime.io"),
              "Your on-site interview itinerary - Kirchberg Custody", "2026-11-18 16:52:28", LU,
              "smtp.goodtime.io", msgid=mid(16, "goodtime.io"),
              extra=(("Reply-To", addr("Laura Petit", "laura.petit@kirchberg-custody.lu")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-12-10T13:00:00Z", end="2026-12-10T14:00:00Z",
           contact="carina.mueller@voelklinger-energie.de", company="Völklinger Energiehandel GmbH",
           local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=BZ,
           note="Outlook HTML-only mail in windows-1252 (base64), Sie, 'Donnerstag, den 10. Dezember 2026, von "
                "14:00 bis 15:00 Uhr', MEZ UTC+1; contact = human sender")
def m17() -> bytes:
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="DE" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Kirchner,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">vielen Dank für das angenehme Telefonat heute. Wie besprochen laden wir Sie
        herzlich zu einem persönlichen Gespräch ein, und zwar am</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal" align="center" style="text-align:center"><b>Donnerstag, den 10. Dezember 2026,
        von 14:00 bis 15:00 Uhr</b></p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">in unserer Hauptverwaltung, Rathausstraße 31, 66333 Völklingen, Besprechungsraum
        „Saarschleife“. Seitens des Unternehmens nehmen Herr Ralf Schäfer (kaufmännischer Leiter) und ich teil.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Bitte bestätigen Sie mir den Termin kurz per E-Mail.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mit freundlichen Grüßen</p>
        <p class="MsoNormal">Carina Müller</p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Personalwesen · Völklinger Energiehandel GmbH
        · Tel. 06898 5071-330</span></p>
        </div></body></html>
        """)
    hs = head(17, addr("Müller, Carina", "carina.mueller@voelklinger-energie.de"),
              "Einladung zum Vorstellungsgespräch am 10.12.2026", "2026-12-03 16:41:02", BZ,
              "mx.voelklinger-energie.de", msgid=mid(17, "", "outlook"),
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    return message(hs, html(page, charset="windows-1252", cte="base64"))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-09T07:00:00Z", end="2026-10-09T08:00:00Z",
           contact="claire.hoffmann@moselle-fs.lu", company="Moselle Fund Services",
           local="Fri 2026-10-09 09:00", local_end="2026-10-09 10:00", zone=LU,
           note="Exchange update (SEQUENCE:1, TZID 'W. Europe Standard Time') moving the second round from Wed 7 Oct "
                "14:00 to Fri 9 Oct 09:00-10:00 Luxembourg CEST (UTC+2); start = new time; contact = ORGANIZER/sender")
def m18() -> bytes:
    body = t("""
        When: Friday, 9 October 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Moselle Fund Services, 9 rue Jean Monnet, L-2180 Luxembourg - Meeting room "Remich"

        *~*~*~*~*~*~*~*~*~*

        Dear Jonas,

        Apologies for the change - Raphaël has to attend a board meeting on Wednesday afternoon,
        so we have moved your second interview from Wednesday 7 October at 14:00 to Friday
        9 October at 09:00. Same format: one hour on site with Raphaël and our CFO, Ingrid Steffen.

        Please accept the updated invitation if the new time works for you.

        Kind regards,
        Claire Hoffmann
        Talent Acquisition Partner | Moselle Fund Services S.A.
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Hoffmann:mailto:claire.hoffmann@moselle-fs.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Kirchner:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raphaël Kremer:mailto:raphael.kremer@moselle-fs.lu
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Steffen:mailto:ingrid.steffen@moselle-fs.lu
        SUMMARY;LANGUAGE=en-GB:Second interview - Jonas Kirchner - Payroll Specialist (Cross-Border)
        DTSTART;TZID=W. Europe Standard Time:20261009T090000
        DTEND;TZID=W. Europe Standard Time:20261009T100000
        UID:040000008200E00074C5B7101A82E00800000000{_h('uid18', 16).upper()}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{ics_utc('2026-10-05 08:47:00', LU)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Moselle Fund Services\\, 9 rue Jean Monnet\\, L-2180 Luxembourg - Meeting room "Remich"
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    hs = head(18, addr("Claire Hoffmann", "claire.hoffmann@moselle-fs.lu"),
              "Updated: Second interview - Jonas Kirchner - Payroll Specialist (Cross-Border)",
              "2026-10-05 08:47:19", LU, "mail.moselle-fs.lu", msgid=mid(18, "", "outlook"),
              extra=(("Thread-Topic", "Second interview - Jonas Kirchner - Payroll Specialist (Cross-Border)"),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-20T13:00:00Z", end="2026-10-20T14:00:00Z",
           contact="thomas.lambert@belgapay.be", company="Belgapay SRL",
           local="Tue 2026-10-20 15:00", local_end="2026-10-20 16:00", zone=BE,
           note="Google Calendar update in French ('Invitation mise à jour', SEQUENCE:2): moved from lun. 19 oct. 14:00 "
                "to mar. 20 oct. 15:00-16:00 Brussels CEST (UTC+2); start = new time; contact = ORGANIZER "
                "(hiring manager), also Reply-To")
def m19() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Deuxième entretien – Jonas Kirchner / Belgapay
        Quand
        Modifié : mardi 20 oct. 2026 15:00 – 16:00 heure d’été d’Europe centrale - Bruxelles
        Ancien horaire : lundi 19 oct. 2026 14:00 – 15:00

        Lieu
        Belgapay, Boulevard du Régent 41, 1000 Bruxelles

        Participants
        Thomas Lambert - organisateur
        Sophie Dubois
        jonas.kirchner@example.com

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=YmVsZ2EyMDEw

        Désolé pour le changement, lundi je suis bloqué par la clôture de paie. – Thomas

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Brussels:20261020T150000
        DTEND;TZID=Europe/Brussels:20261020T160000
        DTSTAMP:{ics_utc('2026-10-16 09:58:00', BE)}
        ORGANIZER;CN=Thomas Lambert:mailto:thomas.lambert@belgapay.be
        UID:{_h('uid19', 26)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Lambert:mailto:thomas.lambert@belgapay.be
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie Dubois:mailto:sophie.dubois@belgapay.be
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
        DESCRIPTION:Désolé pour le changement\\, lundi je suis bloqué par la clôture de paie. – Thomas
        LAST-MODIFIED:{ics_utc('2026-10-16 09:58:00', BE)}
        LOCATION:Belgapay\\, Boulevard du Régent 41\\, 1000 Bruxelles
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Deuxième entretien – Jonas Kirchner / Belgapay
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, BE)
    hs = head(19, addr("Thomas Lambert (via Google Agenda)", "calendar-notification@google.com"),
              "Invitation mise à jour : Deuxième entretien – Jonas Kirchner / Belgapay @ mar. 20 oct. 2026 "
              "15:00 - 16:00 (CEST) (jonas.kirchner@example.com)",
              "2026-10-16 09:58:21", BE, "mail-sor-f73.google.com", msgid=f"<calendar-{_h('gc19', 36)}@google.com>",
              extra=(("Reply-To", addr("Thomas Lambert", "thomas.lambert@belgapay.be")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-05T15:00:00Z", end="2026-11-05T15:45:00Z",
           contact="ryan.cole@ledgerline.io", company="Ledgerline",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone=NY,
           note="Hiring manager moves the second call from Wednesday 9am to 'Thursday at 10am ET (10:00-10:45)', "
                "Date Tue 3 Nov (EST, after the US change) -> Thu 5 Nov 10:00 EST = 15:00Z, and he adds '4pm your "
                "time' (CET, UTC+1); contact = human sender")
def m20() -> bytes:
    body = t("""
        Hi Jonas,

        Great chatting yesterday - you clearly know the Luxembourg/Germany commuter rules inside out.

        Small change on our side for the follow-up with our CFO: Wednesday 9am doesn't work for
        her anymore. Could we do Thursday at 10am ET instead (10:00-10:45 ET, so 4pm your time
        now that we're both off daylight saving)? I've already moved it in the calendar, same
        Meet link as before. If Thursday is a problem just shout.

        Cheers,
        Ryan

        Ryan Cole
        Head of Global Payroll | Ledgerline
        """)
    hs = head(20, addr("Ryan Cole", "ryan.cole@ledgerline.io"),
              "Moving our Wednesday call", "2026-11-03 08:12:40", NY, "mail-yb1-f170.google.com",
              msgid=mid(20, "", "gmail"))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@make.mail(N(21), family="personio", lang="de", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="nicole.ludwig@trierer-versicherungsdienst.de", company="Trierer Versicherungsdienst AG",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=BZ,
           note="Personio 'Terminänderung' across the 25 October change: old Fr 23.10. 10:00 (CEST), new Di 27.10. "
                "10:00-11:00 MEZ UTC+1 -> 09:00Z; ICS SEQUENCE:1 agrees; contact = Reply-To recruiter")
def m21() -> bytes:
    body = t("""
        Sehr geehrter Herr Kirchner,

        leider müssen wir den Termin für Ihr Vorstellungsgespräch verschieben.

        Bisheriger Termin: Freitag, 23.10.2026, 10:00 Uhr
        Neuer Termin:      Dienstag, 27.10.2026, 10:00 - 11:00 Uhr

        Ort: Trierer Versicherungsdienst AG, Kaiserstraße 25, 54290 Trier, 4. OG
        Gesprächspartner: Nicole Ludwig (Personal), Holger Franzen (Leiter Entgeltabrechnung)

        Eine aktualisierte Kalendereinladung ist beigefügt. Bitte geben Sie uns kurz Bescheid,
        ob Ihnen der neue Termin passt.

        Mit freundlichen Grüßen
        Nicole Ludwig
        Trierer Versicherungsdienst AG
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Personio Recruiting//DE
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:personio-event-{_h('uid21', 16)}
        SEQUENCE:1
        DTSTAMP:{ics_utc('2026-10-20 13:37:00', BZ)}
        DTSTART;TZID=Europe/Berlin:20261027T100000
        DTEND;TZID=Europe/Berlin:20261027T110000
        SUMMARY:Vorstellungsgespräch - Jonas Kirchner
        LOCATION:Trierer Versicherungsdienst AG\\, Kaiserstraße 25\\, 54290 Trier
        ORGANIZER;CN=Nicole Ludwig:mailto:nicole.ludwig@trierer-versicherungsdienst.de
        ATTENDEE;CN=Jonas Kirchner;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, BZ)
    hs = head(21, addr("Trierer Versicherungsdienst AG", "no-reply@jobs.personio.de"),
              "Terminänderung: Ihr Vorstellungsgespräch bei der Trierer Versicherungsdienst AG",
              "2026-10-20 13:37:45", BZ, "mail-eu.personio.de",
              extra=(("Reply-To", addr("Nicole Ludwig", "nicole.ludwig@trierer-versicherungsdienst.de")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@make.mail(N(22), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
           start="2026-11-03T13:00:00Z", end="2026-11-03T13:45:00Z",
           contact="lotte.peeters@veldt-logistics.be", company="Veldt Logistics NV",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:45", zone=BE,
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS; cancelled slot Tue 3 Nov 14:00-14:45 "
                "Brussels CET (UTC+1); no new time; contact = recruiter address in the body")
def m22() -> bytes:
    body = t("""
        Dear Jonas,

        Unfortunately we have to cancel your interview for the position Payroll Coordinator
        Benelux & Germany, scheduled for Tuesday, November 3, 2026 at 2:00 PM - 2:45 PM
        (Europe/Brussels).

        The position has been put on hold while we review our organisation. We are sorry for the
        inconvenience and will contact you should the recruitment restart.

        If you have any questions, please contact Lotte Peeters (lotte.peeters@veldt-logistics.be).

        Kind regards,
        Veldt Logistics Talent Team
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
        VERSION:2.0
        METHOD:CANCEL
        %VTZ%
        BEGIN:VEVENT
        UID:sr-{_h('uid22', 24)}@smartrecruiters.com
        DTSTAMP:{ics_utc('2026-10-30 11:05:00', BE)}
        DTSTART;TZID=Europe/Brussels:20261103T140000
        DTEND;TZID=Europe/Brussels:20261103T144500
        SUMMARY:Cancelled: Interview - Payroll Coordinator Benelux & Germany
        ORGANIZER;CN=Lotte Peeters:mailto:lotte.peeters@veldt-logistics.be
        ATTENDEE;CN=Jonas Kirchner:mailto:{ME}
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """, BE)
    hs = head(22, addr("Veldt Logistics", "noreply@smartrecruiters.com"),
              "Interview cancelled: Payroll Coordinator Benelux & Germany", "2026-10-30 11:05:33", BE,
              "mail.smartrecruiters.com", msgid=mid(22, "smartrecruiters.com"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics",
                                      disposition="attachment")))


@make.mail(N(23), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-12-04T09:00:00Z", end="2026-12-04T10:00:00Z",
           contact="michael.braun@ruwertal-getraenke.de", company="Ruwertal Getränke GmbH",
           local="Fri 2026-12-04 10:00", local_end="2026-12-04 11:00", zone=BZ,
           note="Exchange 'Abgesagt:' with METHOD:CANCEL (TZID W. Europe Standard Time), slot Fr 04.12. "
                "10:00-11:00 MEZ UTC+1; new proposal only promised; contact = ORGANIZER/sender")
def m23() -> bytes:
    body = t("""
        Wann: Freitag, 4. Dezember 2026 10:00-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Ruwertal Getränke, Verwaltung, Raum 1.04, Waldrach

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Kirchner,

        leider muss ich unser Gespräch am Freitag absagen - ich bin kurzfristig für einen
        Kundentermin eingeplant worden. Ich melde mich in den nächsten Tagen mit einem neuen
        Terminvorschlag bei Ihnen.

        Entschuldigen Sie die Umstände.

        Michael Braun
        Leiter Finanzen & Personal
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Michael Braun:mailto:michael.braun@ruwertal-getraenke.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jonas Kirchner:mailto:{ME}
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Lohnbuchhaltung - J. Kirchner
        DTSTART;TZID=W. Europe Standard Time:20261204T100000
        DTEND;TZID=W. Europe Standard Time:20261204T110000
        UID:040000008200E00074C5B7101A82E00800000000{_h('uid23', 16).upper()}
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:{ics_utc('2026-11-30 07:52:00', BZ)}
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Ruwertal Getränke\\, Verwaltung\\, Raum 1.04\\, Waldrach
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    hs = head(23, addr("Michael Braun", "michael.braun@ruwertal-getraenke.de"),
              "Abgesagt: Vorstellungsgespräch Lohnbuchhaltung - J. Kirchner", "2026-11-30 07:52:10", BZ,
              "mail.ruwertal-getraenke.de", msgid=mid(23, "", "outlook"),
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(24), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-01T13:00:00Z", end=None,
           contact="julie.martens@sablon-recrutement.be", company="Maison Lemaire Assurances",
           local="Tue 2026-12-01 14:00", zone=BE,
           note="Agency recruiter cancels 'l'entretien de mardi 1er décembre à 14h00' with her client (poste pourvu "
                "en interne), Brussels CET UTC+1; no length; company = hiring client; contact = human sender")
def m24() -> bytes:
    body = t("""
        Bonjour Jonas,

        Je reviens vers vous avec une nouvelle moins agréable : Maison Lemaire Assurances
        vient de m'informer que le poste de Responsable paie Benelux a été pourvu en interne.
        L'entretien de mardi 1er décembre à 14h00 dans leurs bureaux est donc annulé.

        Je suis vraiment désolée, votre profil leur plaisait beaucoup. Je garde votre dossier
        en tête pour d'autres missions paie internationale et je vous recontacte très vite.

        Bien à vous,

        Julie Martens
        Sablon Recrutement – Finance & RH
        Place du Grand Sablon 12, 1000 Bruxelles
        """)
    hs = head(24, addr("Julie Martens", "julie.martens@sablon-recrutement.be"),
              "Annulation entretien Maison Lemaire Assurances", "2026-11-26 17:22:05", BE,
              "smtp.sablon-recrutement.be", msgid=mid(24, "", "outlook"))
    return message(hs, text(body, cte="quoted-printable"))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="de", interview=False, company="Saarwerk Lohnservice GmbH",
           note="Personio rejection after the 15.09. interview (thread); mentions the past interview, no new time")
def m25() -> bytes:
    body = t("""
        Sehr geehrter Herr Kirchner,

        nochmals vielen Dank für das angenehme Gespräch bei uns in Saarbrücken und Ihr Interesse
        an der Position Payroll Specialist (m/w/d) Grenzgänger-Abrechnung DE/LU/FR.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil
        noch etwas besser zu den aktuellen Anforderungen im Team passt. Diese Entscheidung ist
        uns nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für zukünftige Vakanzen weitere sechs Monate in unserem
        Bewerberpool speichern. Falls Sie damit nicht einverstanden sind, teilen Sie uns das
        bitte kurz mit.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Melanie Scholz
        Saarwerk Lohnservice GmbH
        """)
    hs = head(25, addr("Saarwerk Lohnservice GmbH", "no-reply@jobs.personio.de"),
              "Ihre Bewerbung als Payroll Specialist (m/w/d)", "2026-09-28 10:14:31", BZ, "mail-eu.personio.de",
              extra=(("Reply-To", addr("Melanie Scholz", "melanie.scholz@saarwerk-lohnservice.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="offer", lang="en", interview=False, company="Moselle Fund Services",
           note="Written offer after two interviews; a signing deadline and a start date, no meeting fixed",
           days=(("Fri", "2026-11-13"),))
def m26() -> bytes:
    body = t("""
        Dear Jonas,

        Following your interviews with Raphaël and Ingrid, I am delighted to offer you the position
        of Payroll Specialist (Cross-Border) at Moselle Fund Services S.A.

        Please find attached your offer letter and draft employment contract (CDI, 40 hours,
        start date 1 February 2027, annual gross salary as discussed plus 13th month and meal
        vouchers). As a resident of Germany you will be taxed in Luxembourg under the
        double-taxation agreement; our payroll team can walk you through the details.

        We would be grateful for your decision by Friday, 13 November. Do not hesitate to call me
        if you would like to talk anything through.

        Congratulations once more - we very much hope you will join us.

        Kind regards,
        Claire Hoffmann
        Talent Acquisition Partner | Moselle Fund Services S.A.
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_J_Kirchner.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Letter_J_Kirchner.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K\n"
                   "ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i\n"
                   "agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==\n")
    hs = head(26, addr("Claire Hoffmann", "claire.hoffmann@moselle-fs.lu"),
              "Offer of employment - Payroll Specialist (Cross-Border)", "2026-10-29 17:05:48", LU,
              "mail.moselle-fs.lu", msgid=mid(26, "", "outlook"))
    return message(hs, mixed(text(body), pdf))


@make.mail(N(27), family="application_ack", lang="fr", interview=False, company="Banque Alzette",
           note="Taleo acknowledgement of receipt (French); 'si votre profil est retenu... entretien' is hypothetical")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Monsieur Jonas Kirchner,</p>
        <p>Nous accusons bonne réception de votre candidature pour le poste <b>Spécialiste Paie &amp;
        Rémunération (réf. 2600417)</b> et vous remercions de l'intérêt que vous portez à la Banque Alzette.</p>
        <p>Votre dossier va être étudié avec attention. Si votre profil est retenu, notre équipe de
        recrutement prendra contact avec vous afin de convenir d'un entretien. Dans le cas contraire,
        vous recevrez une réponse dans un délai de quatre semaines.</p>
        <p>Vous pouvez à tout moment consulter l'état de votre candidature dans votre
        <a href="https://banquealzette.taleo.net/careersection/ext/mysubmissions.ftl">espace candidat</a>.</p>
        <p>Avec nos salutations distinguées,</p>
        <p>Le service Recrutement<br>Banque Alzette</p>
        <p style="font-size:10px;color:#777">Ce message a été généré automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(27, addr("Banque Alzette", "banquealzette@taleo.net"),
              "Accusé de réception de votre candidature – Spécialiste Paie & Rémunération",
              "2026-09-07 22:41:16", LU, "smtp-out.taleo.net", msgid=mid(27, "taleo.net"))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(28), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board alert digest (fictional JobMosel); 'Vorstellungsgespräche laufen bereits' is a badge, "
                "not a confirmation")
def m28() -> bytes:
    body = t("""
        Hallo Jonas,

        wir haben 4 neue Jobs für deinen Suchauftrag "Payroll Grenzgänger" (Umkreis 50 km um Trier)
        gefunden:

        1. Payroll Specialist (m/w/d) Luxemburg/Deutschland
           Alzette Fiduciaire S.A. · Luxembourg-Gasperich · Vollzeit
           NEU · Vorstellungsgespräche laufen bereits
           https://www.jobmosel.example/job/88412

        2. Lohn- und Gehaltsbuchhalter (m/w/d)
           Eifel Kunststoff GmbH · Bitburg · Vollzeit
           https://www.jobmosel.example/job/88397

        3. Sachbearbeiter Entgeltabrechnung (m/w/d) – Teilzeit möglich
           Kreissparkasse Hochmosel · Wittlich
           https://www.jobmosel.example/job/88390

        4. HR & Payroll Administrator (m/f/d), English speaking
           Grevenmacher Logistics S.à r.l. · Grevenmacher · Vollzeit
           https://www.jobmosel.example/job/88371

        Suchauftrag bearbeiten: https://www.jobmosel.example/suchauftraege
        Abmelden: https://www.jobmosel.example/abmelden?u=7f21

        Dein JobMosel-Team
        """)
    hs = head(28, addr("JobMosel", "jobalert@mailing.jobmosel.example"),
              "4 neue Jobs für „Payroll Grenzgänger“ in Trier", "2026-09-08 07:02:11", BZ,
              "mailing.jobmosel.example",
              extra=(("List-Unsubscribe", "<https://www.jobmosel.example/abmelden?u=7f21>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network job alert in English (fictional ProNet); 'Actively interviewing' badge only")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h3 style="margin:0">Your job alert for payroll specialist in Luxembourg</h3>
        <p style="color:#666">6 new jobs match your preferences.</p></td></tr>
        <tr><td><a href="https://www.pronet.example/jobs/view/401881">Payroll Specialist - Cross Border</a><br>
        Nordstad Bank &middot; Luxembourg (On-site)<br><span style="color:#057642">Actively interviewing</span></td></tr>
        <tr><td><a href="https://www.pronet.example/jobs/view/401877">Senior Payroll Analyst (Fund Services)</a><br>
        Kirchberg Custody S.A. &middot; Luxembourg (Hybrid)<br>12 applicants</td></tr>
        <tr><td><a href="https://www.pronet.example/jobs/view/401860">Payroll &amp; Benefits Officer</a><br>
        Sûre Insurance Group &middot; Strassen (Hybrid)</td></tr>
        <tr><td><a href="https://www.pronet.example/jobs/view/401851">International Payroll Lead (Remote EU)</a><br>
        Ledgerline &middot; Remote<br>Be an early applicant</td></tr>
        <tr><td><a href="https://www.pronet.example/jobs/alerts">See all jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#888">You are receiving Job Alert emails.
        <a href="https://www.pronet.example/unsubscribe?t=ja">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head(29, addr("ProNet Job Alerts", "jobalerts-noreply@pronet.example"),
              "\"payroll specialist\": Nordstad Bank - Payroll Specialist - Cross Border and more",
              "2026-10-12 06:31:09", LU, "mail-out.pronet.example",
              extra=(("List-Unsubscribe", "<https://www.pronet.example/unsubscribe?t=ja>"), ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@make.mail(N(30), family="newsletter", lang="de", interview=False, company=None,
           note="Payroll trade newsletter; fixed webinar time (Di 13.10. 10:00) but no interview",
           days=(("Tue", "2026-10-13"),))
def m30() -> bytes:
    body = t("""
        LOHN-PRAXIS kompakt · Ausgabe 19/2026

        Liebe Leserinnen und Leser,

        1) Grenzgänger nach Luxemburg: neue Homeoffice-Schwelle ab 2027
           Das Änderungsprotokoll zum DBA sieht künftig 34 statt 19 Tage vor. Was das für die
           Lohnabrechnung und die A1-Bescheinigung bedeutet, lesen Sie hier:
           https://www.lohn-praxis.example/artikel/grenzgaenger-luxemburg-2027

        2) Sachbezugswerte 2027: der Referentenentwurf liegt vor

        3) Live-Webinar: "Jahreswechsel in der Entgeltabrechnung"
           Dienstag, 13. Oktober 2026, 10:00 - 11:30 Uhr, Referentin: Dr. Ulrike Haas
           Anmeldung: https://www.lohn-praxis.example/webinare

        4) Praxistipp: Vorstellungsgespräche in der Lohnabteilung - welche Fachfragen Sie
           Bewerbern stellen sollten

        Ihre Redaktion LOHN-PRAXIS

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        Abmelden: https://www.lohn-praxis.example/newsletter/abmelden
        """)
    hs = head(30, addr("LOHN-PRAXIS kompakt", "newsletter@lohn-praxis.example"),
              "Grenzgänger-Homeoffice, Sachbezugswerte 2027, Webinar am 13.10.", "2026-10-01 06:00:04", BZ,
              "mta2.lohn-praxis.example",
              extra=(("List-Unsubscribe", "<https://www.lohn-praxis.example/newsletter/abmelden>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="recruiter_outreach", lang="de", interview=False, company="Feld & Partner Personalberatung",
           note="Agency outreach (Sie) asking for a short call next week; no time fixed")
def m31() -> bytes:
    body = t("""
        Sehr geehrter Herr Kirchner,

        ich bin auf Ihr Profil aufmerksam geworden und möchte Ihnen eine vertrauliche Position
        vorstellen: Teamleitung Payroll (m/w/d) bei einem international tätigen Mittelständler
        im Raum Saarlouis, Schwerpunkt Entsendungen und Grenzgänger Frankreich/Luxemburg.

        Hätten Sie in der kommenden Woche Zeit für ein kurzes, unverbindliches Telefonat? Nennen
        Sie mir gern zwei, drei Zeitfenster, die Ihnen passen - ich richte mich nach Ihnen.

        Mit freundlichen Grüßen

        Dirk Feld
        Feld & Partner Personalberatung
        Paulinstraße 3 · 54292 Trier · 0651 436 770-12
        """)
    hs = head(31, addr("Dirk Feld", "d.feld@feld-partner-beratung.de"),
              "Vertrauliche Anfrage: Teamleitung Payroll (m/w/d)", "2026-09-22 11:36:50", BZ,
              "mail.feld-partner-beratung.de", msgid=mid(31, "", "outlook"))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(32), family="proposal", lang="en", interview=False, company="Nordstad Bank",
           note="Recruiter proposes three slots for the interview and asks which works; nothing confirmed yet "
                "(the Lever confirmation follows later)",
           days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13"), ("Mon", "2026-11-16")))
def m32() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for the call earlier - it was a pleasure. Georges would like to meet you in
        person at our office in Luxembourg City. Would any of these slots work for you?

          - Thursday 12 November, 14:00 - 15:00
          - Friday 13 November, 10:00 - 11:00
          - Monday 16 November, 11:00 - 12:00

        All times Luxembourg time. Once you let me know, I'll send the formal invitation through
        our system.

        Best regards,
        Anne

        Anne Schmit
        Senior Recruiter | Nordstad Bank
        """)
    hs = head(32, addr("Anne Schmit", "anne.schmit@nordstadbank.lu"),
              "Next step - Payroll Specialist", "2026-11-03 16:20:44", LU, "mail.nordstadbank.lu",
              msgid=mid(32, "", "outlook"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Kirchberg Custody S.A.",
           note="GoodTime availability request with a self-scheduling link; no time chosen yet")
def m33() -> bytes:
    body = t("""
        Hello Jonas,

        Congratulations on moving forward in the process for Payroll Analyst (Fund Services) at
        Kirchberg Custody! The next step is an on-site interview of about two and a half hours.

        Please use the link below to share your availability for the next two weeks. We will
        confirm the final itinerary once all interviewers are booked.

        Share your availability: https://app.goodtime.io/availability/kc-7d1e20f4

        Best,
        Laura Petit
        Recruiting Coordinator, Kirchberg Custody

        Scheduled with GoodTime
        """)
    hs = head(33, addr("Kirchberg Custody Recruiting", "scheduling@goodtime.io"),
              "Kirchberg Custody - please share your availability", "2026-11-12 10:08:02", LU,
              "smtp.goodtime.io", msgid=mid(33, "goodtime.io"),
              extra=(("Reply-To", addr("Laura Petit", "laura.petit@kirchberg-custody.lu")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="fr", interview=False, company="Belgapay SRL",
           note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Brussels recruiter",
           days=(("Mon", "2026-10-12"),))
def m34() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à mes
        e-mails. Pour toute question urgente concernant un recrutement, veuillez contacter
        recrutement@belgapay.be.

        Meilleures salutations,
        Sophie Dubois

        ---

        Hello, I am out of the office until Monday 12 October with limited access to e-mail.
        For urgent matters please contact recrutement@belgapay.be.
        """)
    hs = head(34, addr("Sophie Dubois", "sophie.dubois@belgapay.be"),
              "Réponse automatique : Re: Confirmation de votre entretien – Gestionnaire de paie international",
              "2026-10-05 19:31:02", BE, "mail.belgapay.be", msgid=mid(34, "", "outlook"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", f"<{_h('thr34')}@example.com>")))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(35), family="bounce", lang="de", interview=False, company=None,
           note="DSN: the candidate's thank-you after the 26.10. interview bounced (typo in the domain); the "
                "returned mail mentions 'heute' but confirms nothing")
def m35() -> bytes:
    orig_body = t("""
        Sehr geehrter Herr Meyer,

        vielen Dank für das freundliche Gespräch heute Vormittag und die Einblicke in Ihr Team.
        Die Aufgaben rund um die Grenzgänger aus Frankreich und Luxemburg reizen mich sehr, und
        ich freue mich, von Ihnen zu hören.

        Mit freundlichen Grüßen
        Jonas Kirchner
        """)
    orig = message([
        ("From", ME_TO),
        ("To", addr("Stefan Meyer", "stefan.meyer@slx-treuhnad.de")),
        ("Subject", enc("Vielen Dank für das Gespräch")),
        ("Date", date("2026-10-26 14:38:55", BZ)),
        ("Message-ID", f"<{_h('orig35')}@example.com>"),
    ], text(orig_body, cte="8bit"))
    notice = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <stefan.meyer@slx-treuhnad.de>: Host or domain name not found. Name service
            error for name=slx-treuhnad.de type=A: Host not found
        """)
    status = t(f"""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4Fh2Kq0Zx1z9sQ
        Arrival-Date: {date('2026-10-26 14:38:56', BZ)}

        Final-Recipient: rfc822; stefan.meyer@slx-treuhnad.de
        Original-Recipient: rfc822;stefan.meyer@slx-treuhnad.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=slx-treuhnad.de type=A: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head(35, addr("Mail Delivery System", "MAILER-DAEMON@mail.example.com"),
              "Undelivered Mail Returned to Sender", "2026-10-26 14:38:57", BZ, "mail.example.com",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(36), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Dentist appointment confirmation with ICS (Mi 30.09. 08:15); a confirmed time, not an interview",
           days=(("Wed", "2026-09-30"),))
def m36() -> bytes:
    body = t("""
        Guten Tag Herr Kirchner,

        hiermit bestätigen wir Ihren Termin:

        Mittwoch, 30.09.2026 um 08:15 Uhr
        Kontrolluntersuchung und professionelle Zahnreinigung (ca. 60 Min.)
        Zahnarztpraxis Dr. Weyand & Kollegen, Nikolaus-Koch-Platz 4, 54290 Trier

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Praxis-Termin//Online-Terminbuchung//DE
        METHOD:PUBLISH
        %VTZ%
        BEGIN:VEVENT
        UID:zahn-{_h('uid36', 16)}@praxis-termin.example
        DTSTAMP:{ics_utc('2026-09-25 09:12:00', BZ)}
        DTSTART;TZID=Europe/Berlin:20260930T081500
        DTEND;TZID=Europe/Berlin:20260930T091500
        SUMMARY:Zahnarzt Dr. Weyand - Kontrolle + PZR
        LOCATION:Nikolaus-Koch-Platz 4\\, 54290 Trier
        END:VEVENT
        END:VCALENDAR
        """, BZ)
    hs = head(36, addr("Zahnarztpraxis Dr. Weyand", "termine@praxis-termin.example"),
              "Terminbestätigung: Mittwoch, 30.09.2026, 08:15 Uhr", "2026-09-25 09:12:40", BZ,
              "out.praxis-termin.example")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@make.mail(N(37), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Heating maintenance appointment (Mo 09.11., window 8-10 Uhr); personal appointment",
           days=(("Mon", "2026-11-09"),))
def m37() -> bytes:
    body = t("""
        Sehr geehrter Herr Kirchner,

        gerne bestätigen wir Ihnen den Termin für die jährliche Wartung Ihrer Gastherme:

        Montag, 09.11.2026, Zeitfenster 8:00 - 10:00 Uhr
        Adresse: Zurmaiener Straße 118, 54292 Trier
        Monteur: Herr Lutz

        Bitte sorgen Sie dafür, dass die Therme frei zugänglich ist. Der Monteur meldet sich
        etwa 30 Minuten vor Ankunft telefonisch.

        Mit freundlichen Grüßen
        Haustechnik Schmitt GmbH
        Kundendienst
        """)
    hs = head(37, addr("Haustechnik Schmitt Kundendienst", "kundendienst@haustechnik-schmitt.example"),
              "Terminbestätigung Thermenwartung", "2026-11-03 15:04:12", BZ, "mail.haustechnik-schmitt.example")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Google Calendar invitation from a friend (moving help, Sa 07.11. 10:00); not an interview",
           days=(("Sat", "2026-11-07"),))
def m38() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Umzug Max & Nina – Kisten schleppen 🍕
        Wann
        Samstag, 7. Nov. 2026 10:00 – 16:00 Mitteleuropäische Normalzeit - Berlin

        Ort
        Saarstraße 41, 54290 Trier

        Teilnehmer
        Max Reuter - Organisator
        jonas.kirchner@example.com
        lukas.weber@example.org

        Wer kann, bringt Sackkarre mit. Pizza und Bier gehen auf uns!

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261107T100000
        DTEND;TZID=Europe/Berlin:20261107T160000
        DTSTAMP:{ics_utc('2026-10-29 21:10:00', BZ)}
        ORGANIZER;CN=Max Reuter:mailto:max.reuter@example.org
        UID:{_h('uid38', 26)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.weber@example.org:mailto:lukas.weber@example.org
        DESCRIPTION:Wer kann\\, bringt Sackkarre mit. Pizza und Bier gehen auf uns!
        LOCATION:Saarstraße 41\\, 54290 Trier
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Umzug Max & Nina – Kisten schleppen 🍕
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, BZ)
    hs = head(38, addr("Max Reuter (über Google Kalender)", "calendar-notification@google.com"),
              "Einladung: Umzug Max & Nina – Kisten schleppen 🍕 @ Sa. 7. Nov. 2026 10:00 - 16:00 (MEZ) "
              "(jonas.kirchner@example.com)",
              "2026-10-29 21:10:33", BZ, "mail-sor-f41.google.com", msgid=f"<calendar-{_h('gc38', 36)}@google.com>",
              extra=(("Reply-To", addr("Max Reuter", "max.reuter@example.org")),))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(39), family="event_ticket", lang="de", interview=False, company=None,
           note="Meetup ticket (Payroll-Stammtisch Großregion, Do 22.10. 18:30 in Luxemburg) with ICS; an event, "
                "not an interview",
           days=(("Thu", "2026-10-22"),))
def m39() -> bytes:
    body = t("""
        Hallo Jonas,

        du bist dabei! Hier ist dein Ticket.

        Payroll-Stammtisch Großregion #14
        "Telearbeit, A1 & Co. - was ändert sich 2027 für Grenzgänger?"
        Donnerstag, 22. Oktober 2026, 18:30 - 21:00 Uhr
        Brasserie du Marché, 3 rue du Marché-aux-Herbes, L-1728 Luxembourg

        Ticket: Freikarte (1x) · Bestellnummer TM-2026-558203

        Zeig einfach diesen QR-Code am Eingang oder nenne deinen Namen.

        Bis bald!
        Dein Ticketmosel-Team im Auftrag von Payroll-Netzwerk SaarLorLux e.V.
        """)
    ics = ical(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ticketmosel//Events//DE
        METHOD:PUBLISH
        %VTZ%
        BEGIN:VEVENT
        UID:tm-558203-{_h('uid39', 10)}@ticketmosel.example
        DTSTAMP:{ics_utc('2026-10-06 20:45:00', BZ)}
        DTSTART;TZID=Europe/Luxembourg:20261022T183000
        DTEND;TZID=Europe/Luxembourg:20261022T210000
        SUMMARY:Payroll-Stammtisch Großregion #14
        LOCATION:Brasserie du Marché\\, 3 rue du Marché-aux-Herbes\\, L-1728 Luxembourg
        END:VEVENT
        END:VCALENDAR
        """, LU)
    hs = head(39, addr("Ticketmosel", "tickets@ticketmosel.example"),
              "Dein Ticket: Payroll-Stammtisch Großregion #14", "2026-10-06 20:45:27", BZ,
              "out.ticketmosel.example")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="event.ics",
                                      disposition="attachment")))


@make.mail(N(40), family="rejection", lang="fr", interview=False, company="Banque Alzette",
           note="Taleo rejection (French) without any interview")
def m40() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Monsieur Jonas Kirchner,</p>
        <p>Nous vous remercions de l'intérêt que vous avez manifesté pour le poste <b>Spécialiste Paie &amp;
        Rémunération (réf. 2600417)</b>.</p>
        <p>Après une analyse attentive de votre dossier, nous sommes au regret de vous informer que nous
        ne pourrons pas y donner une suite favorable. Nous avons en effet reçu de nombreuses candidatures
        correspondant de très près au profil recherché.</p>
        <p>Nous conservons votre candidature dans notre base de données et ne manquerons pas de vous
        contacter si une opportunité correspondant à votre profil se présentait.</p>
        <p>Nous vous souhaitons plein succès dans vos recherches.</p>
        <p>Le service Recrutement<br>Banque Alzette</p>
        </body></html>
        """)
    hs = head(40, addr("Banque Alzette", "banquealzette@taleo.net"),
              "Votre candidature – Spécialiste Paie & Rémunération", "2026-10-14 18:02:33", LU,
              "smtp-out.taleo.net", msgid=mid(40, "taleo.net"))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(41), family="post_interview", lang="en", interview=False, company="Kessler Industrial Group",
           note="Recruiter thanks the candidate after yesterday's interview; 'in touch next week', nothing fixed")
def m41() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for taking the time to speak with Dana yesterday - she really enjoyed the
        conversation, especially your experience with the Luxembourg/Germany social security
        coordination.

        We are finishing the first round this week and I expect to have feedback for you early
        next week. In the meantime, let me know if any questions come up.

        Best,
        Rebecca

        Rebecca Lowe | Talent Acquisition | Kessler Industrial Group
        """)
    hs = head(41, addr("Rebecca Lowe", "rebecca.lowe@kesslerindustrial.com"),
              "Thank you - Global Payroll Specialist EMEA", "2026-10-30 12:47:15", NY,
              "mail-dm6nam11.outbound.protection.outlook.com", msgid=mid(41, "", "outlook"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(42), family="assessment", lang="de", interview=False, company="Ardennes Payroll Partners S.à r.l.",
           note="Teamtailor online case study with a deadline (So 18.10. 23:59); a deadline, not an interview",
           days=(("Sun", "2026-10-18"),))
def m42() -> bytes:
    body = t("""
        Guten Tag Herr Kirchner,

        vielen Dank für Ihre Bewerbung als Payroll Consultant DE/LU bei Ardennes Payroll Partners.

        Als nächsten Schritt bitten wir Sie, unsere Online-Fallstudie zu bearbeiten (Abrechnung
        eines Grenzgängers mit Homeoffice-Tagen in Deutschland, ca. 60 Minuten). Sie können die
        Aufgabe jederzeit starten, sie muss jedoch bis spätestens

            Sonntag, 18. Oktober 2026, 23:59 Uhr

        abgeschlossen sein.

        Zur Fallstudie: https://ardennes-payroll.teamtailor.example/assessments/c7f1d2

        Nach Auswertung melden wir uns innerhalb einer Woche bei Ihnen.

        Beste Grüße
        Ihr Recruiting-Team
        Ardennes Payroll Partners S.à r.l. · Wiltz
        """)
    hs = head(42, addr("Ardennes Payroll Partners", "no-reply@teamtailor-mail.com"),
              "Ihr nächster Schritt: Online-Fallstudie", "2026-10-12 09:15:50", LU,
              "mail.teamtailor-mail.com", msgid=mid(42, "teamtailor-mail.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (vendor webinar Tue 17 Nov 11:00 CET); not an interview",
           days=(("Tue", "2026-11-17"),))
def m43() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for registering for "Luxembourg & Belgium payroll 2027: what changes for
        cross-border employers".

        Date & Time: Nov 17, 2026 11:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://paybridge.zoom.us/w/93118470216?tk=Qx7pR2
        Passcode: 2027pay

        Add to calendar: https://paybridge.zoom.us/webinar/tZ0sf-ical

        You can cancel your registration at any time.

        PayBridge Software
        """)
    hs = head(43, addr("PayBridge Software", "no-reply@zoom.us"),
              "Luxembourg & Belgium payroll 2027: what changes Confirmation", "2026-11-10 14:00:12", BZ,
              "mail.zoom.us", msgid=mid(43, "zoom.us"),
              extra=(("Reply-To", addr("PayBridge Events", "events@paybridge.example")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="newsletter", lang="fr", interview=False, company=None,
           note="French payroll newsletter from Luxembourg; no interview")
def m44() -> bytes:
    body = t("""
        LuxPaie Hebdo – n° 46 – 20 novembre 2026

        À la une
        • Indexation des salaires : la prochaine tranche pourrait tomber au 1er trimestre 2027
        • Frontaliers belges : le seuil de tolérance fiscale passe à 34 jours
        • Salaire social minimum : les nouveaux montants publiés au Mémorial

        Agenda
        • Formation « Paie des frontaliers » – 3 et 4 décembre, Luxembourg-Kirchberg

        Carrières
        Nos conseils pour réussir votre entretien d'embauche dans un service paie.

        Se désabonner : https://www.luxpaie.example/desabonnement
        """)
    hs = head(44, addr("LuxPaie Hebdo", "hebdo@luxpaie.example"),
              "LuxPaie Hebdo n° 46 : indexation, frontaliers belges, SSM", "2026-11-20 07:30:00", LU,
              "news.luxpaie.example",
              extra=(("List-Unsubscribe", "<https://www.luxpaie.example/desabonnement>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="windows-1252", cte="8bit"),
                           html(gmail_html(body), charset="windows-1252")))


@make.mail(N(45), family="order_receipt", lang="de", interview=False, company=None,
           note="Online shop shipping notice (a suit for the interviews); no appointment")
def m45() -> bytes:
    body = t("""
        Hallo Jonas,

        gute Nachrichten: Deine Bestellung 100-448213 ist unterwegs!

        1x Anzug "Mosel Slim", Navy, Gr. 50            249,00 EUR
        1x Hemd, weiß, Kragenweite 40                   39,90 EUR
        Versand                                          0,00 EUR
        Gesamt                                         288,90 EUR

        Voraussichtliche Zustellung: Dienstag, 15.09.2026
        Sendungsverfolgung: https://tracking.paketmosel.example/100-448213

        Viel Erfolg beim nächsten großen Auftritt!
        Dein Moselmode-Team
        """)
    hs = head(45, addr("Moselmode", "service@moselmode.example"),
              "Deine Bestellung ist unterwegs", "2026-09-11 13:26:09", BZ, "mailer.moselmode.example")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="travel", lang="de", interview=False, company=None,
           note="Train ticket Trier -> Luxembourg on the on-site day (Mi 25.11. 07:12); travel, not an interview",
           days=(("Wed", "2026-11-25"),))
def m46() -> bytes:
    body = t("""
        Ihre Buchungsbestätigung

        Auftragsnummer: RM7Q2K
        Reisender: Jonas Kirchner

        Hinfahrt  Mi, 25.11.2026  ab Trier Hbf 07:12  an Luxembourg 07:58  RE 11 (Gleis 2)
        Rückfahrt Mi, 25.11.2026  ab Luxembourg 14:48  an Trier Hbf 15:34  RE 11

        Flexpreis, 2. Klasse, 1 Erwachsener                   24,40 EUR

        Ihr Handy-Ticket finden Sie in der App "Regio Mosel". Bitte halten Sie einen
        Lichtbildausweis bereit.

        Gute Fahrt wünscht Ihnen
        Regio Mosel Bahn
        """)
    hs = head(46, addr("Regio Mosel Bahn", "buchung@regiomosel-bahn.example"),
              "Buchungsbestätigung RM7Q2K – Trier Hbf → Luxembourg", "2026-11-19 21:03:48", BZ,
              "mx.regiomosel-bahn.example")
    return message(hs, text(body, cte="base64"))


@make.mail(N(47), family="recruiter_outreach", lang="en", interview=False, company="Flandria HR Solutions",
           note="Network InMail notification from an agency recruiter; 'open to a chat?', nothing scheduled")
def m47() -> bytes:
    body = t("""
        Wout Jacobs sent you a message

        "Hi Jonas, I'm hiring a Payroll Lead for a logistics client near Brussels (Belgian and
        German entities, about 900 employees). Your cross-border background looks like a great
        fit. Would you be open to a quick chat in the coming days?"

        Wout Jacobs · Senior Consultant at Flandria HR Solutions

        Reply: https://www.pronet.example/messaging/thread/2-Yz7f
        You are receiving InMail notification emails. Unsubscribe: https://www.pronet.example/unsubscribe?t=im
        """)
    hs = head(47, addr("Wout Jacobs via ProNet", "inmail-hit-reply@pronet.example"),
              "Wout Jacobs: Payroll Lead – Brussels area", "2026-12-02 10:40:26", BE, "mail-out.pronet.example")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="proposal", lang="de", interview=False, company="Porta Payroll GmbH",
           note="Du-mail proposing a second meeting 'Dienstag (6.10.) oder Mittwoch (7.10.) vormittags' and "
                "promising an invitation; nothing confirmed",
           days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")))
def m48() -> bytes:
    body = t("""
        Hi Jonas,

        danke nochmal für Donnerstag, hat uns allen gut gefallen! Anke und ich würden dich gern
        noch ein zweites Mal sehen, diesmal mit unserer Steuerberaterin, die die LU-Mandate betreut.

        Wie sieht's bei dir aus - Dienstag (6.10.) oder Mittwoch (7.10.) vormittags? Sag mir, was
        dir besser passt, dann schick ich dir eine Einladung.

        Viele Grüße
        Timo
        """)
    hs = head(48, addr("Timo Becker", "timo.becker@porta-payroll.de"),
              "Zweites Gespräch?", "2026-09-28 08:52:17", BZ, "smtp.porta-payroll.de",
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird/128.2.0"),))
    return message(hs, text(body, charset="iso-8859-1", params="format=flowed"))


@make.mail(N(49), family="rejection", lang="en", interview=False, company="Ledgerline",
           note="Ashby rejection after the two interviews; no time")
def m49() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for the time you invested in our process for International Payroll Lead,
        and for the great conversations with Ryan and our CFO.

        After a lot of deliberation we've decided to move forward with another candidate whose
        experience with US multi-state payroll is a closer match for what we need right now.

        We'd love to stay in touch - we expect to open an EMEA payroll role in 2027.

        All the best,
        Priya Natarajan
        Ledgerline Recruiting
        """)
    hs = head(49, addr("Ledgerline", "no-reply@ashbyhq.com"),
              "Update on your application at Ledgerline", "2026-11-11 11:19:40", NY, "mail.ashbyhq.com",
              msgid=mid(49, "", "ses"),
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@ledgerline.io")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="application_ack", lang="en", interview=False, company="Halvorsen Benefits",
           note="iCIMS application receipt; 'if selected for an interview' is hypothetical")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Jonas,</p>
        <p>Thank you for applying for the <b>Payroll Specialist - Luxembourg (Req 2026-4471)</b> position at
        Halvorsen Benefits. We have received your application and our team will review it shortly.</p>
        <p>If you are selected for an interview, a member of our recruiting team will contact you to
        arrange a time. You can check the status of your application on our
        <a href="https://careers-halvorsen.icims.com/jobs/login">career portal</a>.</p>
        <p>Sincerely,<br>Halvorsen Benefits Talent Acquisition</p>
        <p style="font-size:11px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    hs = head(50, addr("Halvorsen Benefits", "careers-halvorsen@talent.icims.com"),
              "Thank you for your application - Payroll Specialist - Luxembourg", "2026-11-16 03:12:27", NY,
              "smtp.talent.icims.com", msgid=mid(50, "talent.icims.com"))
    return message(hs, html(page, charset="windows-1252"))
