"""blind221: 50 hand-written mails from the inbox of Sarah Klein, a bioinformatics software engineer
in Heidelberg (Europe/Berlin), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind221``.
Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives;
the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
)
from make import mail as _mail

ORDER = random.Random(2210221).sample(range(1, 51), 50)
BER = "Europe/Berlin"
ME = "sarah.klein@example.org"
SARAH = addr("Sarah Klein", ME)


def N(key: int) -> str:
    return f"blind221_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return _mail(N(key), **kw)


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"mx01.example.org with ESMTPS id {ident}",
                    ME, lag)


VTZ_ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives: scheduled


@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="megan.ashworth@lumenfold.bio", company="Lumenfold Bio",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="America/New_York",
      note="Greenhouse confirmation, 10:00-11:00 AM EDT on Tue 27 Oct: the US is still on EDT "
           "(until 1 Nov) while Heidelberg is back on CET since 25 Oct, so 14:00Z (15:00 in "
           "Heidelberg, not 16:00). Contact = human Reply-To recruiter; ICS confirms.")
def greenhouse_lumenfold():
    when = "2026-10-21 11:14:09"
    z = "America/New_York"
    body = t("""
        Hi Sarah,

        Thanks for making time to speak with us! Your interview for the Senior Software Engineer,
        Genomics Platform role at Lumenfold Bio is confirmed. Please find the details below.

        Date: Tuesday, October 27th, 2026
        Time: 10:00 AM - 11:00 AM EDT
        Location: Video call (Google Meet) - https://meet.google.com/vxk-qpte-rhn

        Interviewers:
          - Caleb Ortiz, Staff Engineer, Pipelines
          - Wen Li, Engineering Manager

        This is a technical conversation around a workflow engine you have built or maintained;
        no live coding. If you need to reschedule, just reply to this email.

        Best,
        Megan Ashworth
        Recruiting | Lumenfold Bio
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sarah,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior Software Engineer,
        Genomics Platform</b> role at Lumenfold Bio is confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, October 27th, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM EDT</td></tr>
        <tr><td><b>Location:</b></td><td>Video call (Google Meet) -
        <a href="https://meet.google.com/vxk-qpte-rhn">https://meet.google.com/vxk-qpte-rhn</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Caleb Ortiz, Staff Engineer, Pipelines<br>
        Wen Li, Engineering Manager</p>
        <p>This is a technical conversation around a workflow engine you have built or maintained;
        no live coding. If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Megan Ashworth<br>Recruiting | Lumenfold Bio</p>
        <img src="https://u4815162.ct.sendgrid.net/wf/open?upn=aX0-2Bq" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-88213407-lumenfold@greenhouse.io
DTSTAMP:20261021T151409Z
DTSTART;TZID=America/New_York:20261027T100000
DTEND;TZID=America/New_York:20261027T110000
SUMMARY:Interview with Lumenfold Bio (Senior Software Engineer, Genomics Platform)
LOCATION:https://meet.google.com/vxk-qpte-rhn
ORGANIZER;CN=Megan Ashworth:mailto:megan.ashworth@lumenfold.bio
ATTENDEE;CN=Sarah Klein;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sarah.klein@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o1.ptr4412.greenhouse-mail.io", "167.89.20.114", when, z, "4Bq8ZkD1rT")),
        ("From", addr("Lumenfold Bio", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Megan Ashworth", "megan.ashworth@lumenfold.bio")),
        ("To", SARAH),
        ("Subject", "Interview Confirmation: Lumenfold Bio - Senior Software Engineer, Genomics Platform"),
        ("Date", date(when, z)),
        ("Message-ID", "<r3Kq7VbXSdGm2yQ0pLwN4A@geopod-ismtpd-7>"),
        ("X-SG-EID", "u001.Zk3Qh9bFq2Xc0mL8nV4pTw"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(2, family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-17T08:30:00Z", end="2026-09-17T09:30:00Z",
      contact="katrin.seifert@aurelion-diagnostics.de", company="Aurelion Diagnostics GmbH",
      local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30", zone=BER,
      note="Personio-Einladung (HTML only, base64): Do., 17.09.2026, 10:30-11:30 Uhr in Mannheim, "
           "CEST (UTC+2) -> 08:30Z-09:30Z. Contact = human Reply-To (Personio sender is a no-reply).")
def personio_aurelion():
    when = "2026-09-11 14:22:51"
    html_body = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;
        font-size:15px;line-height:22px;color:#1f2933">
        <tr><td>
        <p>Sehr geehrte Frau Klein,</p>
        <p>vielen Dank f&uuml;r Ihre Bewerbung als <strong>Software Engineer Bioinformatik (m/w/d)</strong>.
        Wir freuen uns, Sie zu einem pers&ouml;nlichen Vorstellungsgespr&auml;ch einzuladen, und best&auml;tigen
        Ihnen hiermit den Termin:</p>
        <p style="background:#eef2f7;padding:12px">
        <strong>Termin:</strong> Donnerstag, 17.09.2026, 10:30 &ndash; 11:30 Uhr<br>
        <strong>Ort:</strong> Aurelion Diagnostics GmbH, Augustaanlage 31, 68165 Mannheim, 3. OG<br>
        <strong>Gespr&auml;chspartner:</strong> Dr. Henrik Albers (Leitung Data Science), Katrin Seifert (People &amp; Culture)
        </p>
        <p>Bitte melden Sie sich am Empfang im Erdgeschoss. Parkpl&auml;tze finden Sie im Parkhaus
        Augustaanlage; die Haltestelle &bdquo;Werderstra&szlig;e&ldquo; liegt direkt vor dem Haus.</p>
        <p>Sollten Sie verhindert sein, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Seifert<br>People &amp; Culture<br>
        Aurelion Diagnostics GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a94a6">Diese Nachricht wurde &uuml;ber Personio versendet.
        Aurelion Diagnostics GmbH &middot; Augustaanlage 31 &middot; 68165 Mannheim &middot; HRB 7310 Amtsgericht Mannheim</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-eu1.personio.de", "18.196.47.212", when, BER, "pR7xKd2m0Q")),
        ("From", addr("Aurelion Diagnostics GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Katrin Seifert", "katrin.seifert@aurelion-diagnostics.de")),
        ("To", SARAH),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Software Engineer Bioinformatik (m/w/d)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<0102019a8d7e21c4-5f1b7e0a-93d2-4a0c-b4f1-7c6d2e9a1b03-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Company", "aurelion-diagnostics"),
    ], html(html_body, cte="base64"))


@mail(3, family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-12-03T12:00:00Z", end="2026-12-03T13:00:00Z",
      contact="lukas.brenner@mainfeld-bank.de", company="Mainfeld Bank AG",
      local="Thu 2026-12-03 13:00", local_end="2026-12-03 14:00", zone=BER,
      note="Workday, German locale: 'Datum: 03.12.2026 (Donnerstag)', 13:00-14:00 '(GMT+01:00) "
           "Mitteleuropäische Zeit (Berlin)' -> 12:00Z-13:00Z. Recruiter note says 'nächste Woche' "
           "(Date Thu 26 Nov). Contact = recruiter address in body; the sender is the Workday mailbox.")
def workday_mainfeld():
    when = "2026-11-26 09:03:40"
    body = t("""
        Guten Tag Frau Klein,

        Ihr Vorstellungsgespräch wurde geplant.

        Stelle: Senior Data Engineer – Risk Analytics (R-0048213)
        Gesprächsart: Fachgespräch (Video)

        Datum: 03.12.2026 (Donnerstag)
        Beginn: 13:00
        Ende: 14:00
        Zeitzone: (GMT+01:00) Mitteleuropäische Zeit (Berlin)
        Ort: Microsoft Teams – der Link folgt in einer separaten Einladung

        Gesprächspartner:
          Frau Dr. Ilona Wagner – Head of Risk Analytics
          Herr Sebastian Kurz – Lead Data Engineer

        Nachricht Ihres Recruiters:
        "Liebe Frau Klein, ich freue mich, dass es nächste Woche klappt. Bei Fragen erreichen Sie
        mich jederzeit unter lukas.brenner@mainfeld-bank.de oder 069 2470-3318. Viele Grüße,
        Lukas Brenner"

        Sie können den Status Ihrer Bewerbung jederzeit in unserem Karriereportal einsehen:
        https://mainfeld.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

        Mainfeld Bank AG · Neue Mainzer Straße 60 · 60311 Frankfurt am Main
        """)
    return message([
        ("Received", rcv("smtp-out.myworkday.com", "216.52.29.131", when, BER, "wD3yHf8sLa")),
        ("From", addr("Mainfeld Bank Karriere", "mainfeld@myworkday.com")),
        ("To", SARAH),
        ("Subject", enc("Vorstellungsgespräch geplant: Senior Data Engineer – Risk Analytics (R-0048213)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<1471028843.81922.1795507420118@wd3-prod-notify-07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(4, family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-11-03T13:00:00Z", end="2026-11-03T14:30:00Z",
      contact="corinne.gerber@rheinknie-pharma.ch", company="Rheinknie Pharma AG",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:30", zone="Europe/Zurich",
      note="Swiss employer in Basel, Swiss German style (no ß, '14.00 bis 15.30 Uhr'); Basel is on "
           "CET (UTC+1) in November -> 13:00Z-14:30Z. iso-8859-1 quoted-printable. Contact = sender.")
def swiss_rheinknie():
    when = "2026-10-27 16:48:12"
    z = "Europe/Zurich"
    body = t("""
        Grüezi Frau Klein

        Vielen Dank für das angenehme Telefongespräch von gestern. Gerne bestätige ich Ihnen hiermit
        den Termin für das Vorstellungsgespräch vor Ort:

        Dienstag, 3. November 2026, 14.00 bis 15.30 Uhr
        Rheinknie Pharma AG, Dreirosenstrasse 88, 4058 Basel, Gebäude 12, Empfang Erdgeschoss

        Sie treffen Herrn Dr. Beat Imhof (Leiter Computational Biology) und mich. Im zweiten Teil
        stellen Sie uns bitte in etwa 20 Minuten ein Projekt Ihrer Wahl vor; ein Beamer mit
        HDMI-Anschluss ist vorhanden.

        Da Sie aus Deutschland anreisen: Bitte nehmen Sie einen gültigen Ausweis mit, unser
        Empfang registriert alle Besucherinnen und Besucher. Die Reisekosten (Bahn 2. Klasse)
        übernehmen wir selbstverständlich.

        Freundliche Grüsse

        Corinne Gerber
        Talent Acquisition Partner
        Rheinknie Pharma AG
        Dreirosenstrasse 88 | CH-4058 Basel
        T +41 61 555 24 17
        corinne.gerber@rheinknie-pharma.ch
        """)
    html_body = "<html><body style=\"font-family:Calibri,Arial;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail.rheinknie-pharma.ch", "193.134.201.45", when, z, "cH4058Bs1x")),
        ("From", addr("Gerber Corinne", "corinne.gerber@rheinknie-pharma.ch", "iso-8859-1")),
        ("To", SARAH),
        ("Subject", enc("Bestätigung Vorstellungsgespräch vom 3. November", "iso-8859-1")),
        ("Date", date(when, z)),
        ("Message-ID", "<ZRH0P2MB0731A8E2F4C61D@ZRH0P2MB0731.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
        ("Thread-Topic", enc("Bestätigung Vorstellungsgespräch vom 3. November", "iso-8859-1")),
    ], alt(text(body, charset="iso-8859-1"), html(html_body, charset="iso-8859-1")))


@mail(5, family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-09-21T14:00:00Z", end="2026-09-21T14:45:00Z",
      contact="ruth@tidepoolgenomics.com", company="Tidepool Genomics",
      local="Mon 2026-09-21 16:00", local_end="2026-09-21 16:45", zone=BER,
      note="Calendly invitee confirmation '16:00 - 16:45 (Central European Time)' on Mon 21 Sep: "
           "Calendly's zone label says CET but Berlin is on CEST in September -> 14:00Z-14:45Z "
           "(the ICS in UTC agrees). Contact = host (Reply-To).")
def calendly_tidepool():
    when = "2026-09-14 20:31:07"
    body = t("""
        Hi Sarah Klein,

        Your 45 Minute Technical Interview with Ruth Okafor at 16:00 - 16:45 (Central European Time) on
        Monday, September 21, 2026 is scheduled.

        Event Type:
        45 Minute Technical Interview

        Event Host:
        Ruth Okafor

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or
        smartphone. https://tidepoolgenomics.zoom.us/j/84417302291?pwd=Q0tWd1Vqd3lQ

        Invitee Time Zone:
        Central European Time

        Questions:
        What would you like to talk about?
        Nextflow vs. Snakemake in production, and your variant-calling pipeline.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e05b2-44d9-4a37-9bb5-0f1e2a6d9c31
        Reschedule: https://calendly.com/reschedulings/7c1e05b2-44d9-4a37-9bb5-0f1e2a6d9c31

        Powered by Calendly.com
        """)
    html_body = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:proxima-nova,sans-serif">')
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1e05b2-44d9-4a37-9bb5-0f1e2a6d9c31@calendly.com
DTSTAMP:20260914T183107Z
DTSTART:20260921T140000Z
DTEND:20260921T144500Z
SUMMARY:Sarah Klein and Ruth Okafor
DESCRIPTION:Event Name: 45 Minute Technical Interview\\n\\nLocation: https://tidepoolgenomics.zoom.us/j/84417302291
LOCATION:https://tidepoolgenomics.zoom.us/j/84417302291?pwd=Q0tWd1Vqd3lQ
ORGANIZER;CN=Ruth Okafor:mailto:ruth@tidepoolgenomics.com
ATTENDEE;CN=Sarah Klein;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:sarah.klein@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o3.mail.calendly.com", "149.72.138.20", when, BER, "cLd9Jw2nVe")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ruth Okafor", "ruth@tidepoolgenomics.com")),
        ("To", SARAH),
        ("Subject", "Confirmed: 45 Minute Technical Interview with Ruth Okafor on Monday, September 21, 2026"),
        ("Date", date(when, BER)),
        ("Message-ID", "<7c1e05b2-44d9-4a37-9bb5-0f1e2a6d9c31.invitee@calendly.com>"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(6, family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-14T09:30:00Z", end=None,
      contact="dominik@quadratwerk.io", company="Quadratwerk Labs",
      local="Wed 2026-10-14 11:30", zone=BER,
      note="Kurpfälzisch du-mail from the founder, sent Sunday 4 Oct 20:12: 'Mittwoch übernächster "
           "Woche um halb zwölf' = Wednesday of the week after next (weeks run Mon-Sun, so next "
           "week is 5-11 Oct) = Wed 14 Oct 11:30 CEST -> 09:30Z. 'mir rechne mit ebbes "
           "iwwer ä Stund' is approximate -> end null. Contact = sender.",
      days=(("Sun", "2026-10-04"),))
def kurpfalz_quadratwerk():
    when = "2026-10-04 20:12:44"
    body = t("""
        Hey Sarah,

        sorry fer die späde Antwort, war des ganze Wochenend uff de Kerwe in Seckenem ;-)

        Passt, dann mache mer des am Mittwoch übernächster Woche um halb zwölf bei uns im Büro, Q7 23,
        zweiter Stock (klingel bei "Quadratwerk", die Tür klemmt manchmal, einfach fescht drücke).
        Dabei sinn ich und de Yusuf, unsern CTO. Mir rechne mit ebbes iwwer ä Stund, danach gehn
        mer noch zusamme was esse, wenn de Luscht hoscht.

        Du brauchscht nix vorbereite, bring hald dei Laptop mit, dann kannscht uns dei
        Pipeline-Zeugs zeige.

        Bis dann, freu mich!
        Dominik

        --
        Dominik Brecht · Gründer & CEO
        Quadratwerk Labs · Q7 23 · 68161 Mannheim
        dominik@quadratwerk.io

        Von meinem iPhone gesendet

        > Am 01.10.2026 um 18:03 schrieb Sarah Klein <sarah.klein@example.org>:
        >
        > Hallo Dominik,
        >
        > danke für das nette Telefonat! Wie besprochen komme ich gerne mal bei euch in Mannheim
        > vorbei. Ich kann fast immer vormittags, nur montags nicht.
        >
        > Viele Grüße
        > Sarah
        """)
    return message([
        ("Received", rcv("mail-wm1-f54.google.com", "209.85.128.54", when, BER, "kRw2Qz7hYb")),
        ("From", addr("Dominik Brecht", "dominik@quadratwerk.io")),
        ("To", SARAH),
        ("Subject", "Re: Kennenlernen bei Quadratwerk"),
        ("Date", date(when, BER)),
        ("Message-ID", "<A3F2C6E1-7B44-4D0A-9E1C-2F5D8B6A0C11@quadratwerk.io>"),
        ("In-Reply-To", "<CAF8x0kq3vN2=sarah.klein.20261001@mail.example.org>"),
        ("References", "<CAF8x0kq3vN2=sarah.klein.20261001@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(7, family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T13:00:00Z", end="2026-11-12T14:15:00Z",
      contact="tobias.renner@bitwerft.de", company="Bitwerft GmbH",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:15", zone=BER,
      note="Google Calendar invitation (German UI) 'Do. 12. Nov. 2026 14:00 - 15:15 (MEZ)' -> "
           "13:00Z-14:15Z; ICS Europe/Berlin agrees. Closes the thread of the Bitwerft recruiter's "
           "proposal (negative, key 32). Contact = organizer (hiring manager).")
def gcal_bitwerft():
    when = "2026-11-06 10:05:22"
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Technisches Interview Sarah Klein / Bitwerft
        Donnerstag, 12. November 2026 · 14:00 – 15:15
        Zeitzone: Europe/Berlin

        Google Meet-Videokonferenz
        https://meet.google.com/bwf-ktra-xqe

        Liebe Sarah, wie mit Anna besprochen: 30 Min. Pairing an einem kleinen Parser, danach Fragen
        zur Architektur. Bis Donnerstag! Tobias

        Organisator
        Tobias Renner
        tobias.renner@bitwerft.de

        Gäste
        Tobias Renner - Organisator
        Anna Yilmaz
        sarah.klein@example.org

        Antworten für sarah.klein@example.org: Ja  Vielleicht  Nein  Weitere Optionen
        https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTE4&rst=1

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie für diesen Termin
        keine Benachrichtigungen mehr erhalten möchten, lehnen Sie ihn ab.
        """)
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Technisches Interview Sarah Klein / Bitwerft</h2>
        <div>Donnerstag, 12. November 2026 &#8901; 14:00 &ndash; 15:15 (Mitteleurop&auml;ische Normalzeit)</div>
        <div><a href="https://meet.google.com/bwf-ktra-xqe">Mit Google Meet teilnehmen</a></div>
        <p>Liebe Sarah, wie mit Anna besprochen: 30 Min. Pairing an einem kleinen Parser, danach Fragen
        zur Architektur. Bis Donnerstag! Tobias</p>
        <div>Organisator: Tobias Renner &lt;tobias.renner@bitwerft.de&gt;</div>
        <div>G&auml;ste: Tobias Renner, Anna Yilmaz, sarah.klein@example.org</div>
        <div style="color:#70757a;font-size:12px">Einladung von Google Kalender</div>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261112T140000
DTEND;TZID=Europe/Berlin:20261112T151500
DTSTAMP:20261106T090522Z
ORGANIZER;CN=Tobias Renner:mailto:tobias.renner@bitwerft.de
UID:7k4m18q2c0v9rj3h5b1n6d2s8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Renner;X-NUM-GUESTS=0:mailto:tobias.renner@bitwerft.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Yilmaz;X-NUM-GUESTS=0:mailto:anna.yilmaz@bitwerft.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sarah.klein@example.org;X-NUM-GUESTS=0:mailto:sarah.klein@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/bwf-ktra-xqe
CREATED:20261106T090510Z
DESCRIPTION:Liebe Sarah\\, wie mit Anna besprochen: 30 Min. Pairing an einem kleinen Parser\\, danach Fragen zur Architektur. Bis Donnerstag! Tobias
LAST-MODIFIED:20261106T090521Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technisches Interview Sarah Klein / Bitwerft
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", when, BER, "gC4lNv0aXs")),
        ("From", addr("Tobias Renner", "tobias.renner@bitwerft.de")),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("Reply-To", "tobias.renner@bitwerft.de"),
        ("To", ME),
        ("Subject", "Einladung: Technisches Interview Sarah Klein / Bitwerft @ Do. 12. Nov. 2026 14:00 - 15:15 "
                    "(MEZ) (sarah.klein@example.org)"),
        ("Date", date(when, BER)),
        ("Message-ID", "<calendar-3d1f6b0e-28a4-4c77-b7d5-91e0c2a4f8e6@google.com>"),
    ], mixed(alt(text(body), html(html_body), calendar(ics, cte="7bit")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(8, family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
      contact="hanna.vogelsang@nidda-biopharma.de", company="Nidda BioPharma GmbH",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
      note="Exchange/Teams meeting request sent Thu 22 Oct (CEST); the body only says 'am kommenden "
           "Montag', the time is only in the ICS: 09:00-10:00 'W. Europe Standard Time' on Mon 26 Oct, "
           "the day after Europe went back to CET -> 08:00Z-09:00Z (not 07:00Z). Contact = organizer.")
def exchange_nidda():
    when = "2026-10-22 15:40:03"
    body = t("""
        Sehr geehrte Frau Klein,

        wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Gespräch am kommenden Montag. Mit dabei sind Herr Dr. Kaya (Leitung Bioinformatik) und
        Frau Lorenz aus dem Team Clinical Data.

        Bei technischen Problemen erreichen Sie mich unter 069 305-44172.

        Mit freundlichen Grüßen
        Hanna Vogelsang
        HR Business Partner R&D
        Nidda BioPharma GmbH | Industriepark Höchst, Geb. D 710 | 65926 Frankfurt am Main

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen
        <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTk0YjYtMmE1Ny00@thread.v2/0>
        Besprechungs-ID: 364 118 902 775
        Kennung: 8Qx7Vb
        Teams herunterladen <https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten
        Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen
        ________________________________________________________________________________
        """)
    html_body = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Sehr geehrte Frau Klein,</p>
        <p>wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Gespr&auml;ch am kommenden Montag. Mit dabei sind Herr Dr. Kaya (Leitung Bioinformatik) und
        Frau Lorenz aus dem Team Clinical Data.</p>
        <p>Bei technischen Problemen erreichen Sie mich unter 069 305-44172.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Hanna Vogelsang<br>HR Business Partner R&amp;D<br>
        Nidda BioPharma GmbH | Industriepark H&ouml;chst, Geb. D 710 | 65926 Frankfurt am Main</p>
        <div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:14px;font-weight:600">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumger&auml;t teil</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTk0YjYtMmE1Ny00@thread.v2/0"
        style="font-size:14px;color:#6264A7">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div style="font-size:14px">Besprechungs-ID: 364 118 902 775<br>Kennung: 8Qx7Vb</div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogelsang Hanna:mailto:hanna.vogelsang@nidda-biopharma.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sarah.klein@example.org:mailto:sarah.klein@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kaya Emre Dr.:mailto:emre.kaya@nidda-biopharma.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lorenz Miriam:mailto:miriam.lorenz@nidda-biopharma.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Klein\\,\\n\\nwie heute Vormittag telefonisch besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Gespräch am kommenden Montag.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C3A7F1B864DC01000000000000000010000000D2E4F7A1C9B05E4A9F1B0C3D2E8A7F61
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Sarah Klein – Senior Bioinformatician (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T134003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121845302
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    subject = "Vorstellungsgespräch Sarah Klein – Senior Bioinformatician (m/w/d)"
    return message([
        ("Received", rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.71", when, BER,
                         "nB7hTq3eWv")),
        ("From", addr("Vogelsang Hanna", "hanna.vogelsang@nidda-biopharma.de")),
        ("To", addr(None, ME)),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject)),
        ("Thread-Index", "AdtEq7Yx3Jm0bPxRS0mW5f8kLQ2Zfg=="),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR3P281MB2214C0E8A9D1F6B7C2E4A5B6D8F0@FR3P281MB2214.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ], alt(text(body), html(html_body), calendar(ics, cte="base64")))


@mail(9, family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-30T19:00:00Z", end="2026-11-30T20:00:00Z",
      contact="hemi.walker@tuatarabio.co.nz", company="Tuatara Bio",
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 09:00", zone="Pacific/Auckland",
      note="Ashby confirmation from a remote-first Auckland company: Tue 1 Dec 8:00-9:00 AM NZDT "
           "(UTC+13) = Mon 30 Nov 19:00Z-20:00Z, i.e. Monday evening 20:00 in Heidelberg; the local "
           "date is a different day from the UTC date. Contact = human Reply-To; ICS agrees.")
def ashby_tuatara():
    when = "2026-11-24 09:12:30"
    z = "Pacific/Auckland"
    body = t("""
        Kia ora Sarah,

        Your interview with Tuatara Bio is confirmed.

        Tuesday, December 1, 2026
        8:00 AM - 9:00 AM NZDT
        Google Meet: https://meet.google.com/tua-bxrq-wfa

        You'll be meeting with:
          Aroha Ngata - Principal Engineer, Sequencing Platform
          Hemi Walker - Engineering Manager

        I know this lands in your evening in Heidelberg - thanks heaps for being flexible with the
        time difference. Questions? Just reply and it will reach me.

        Ngā mihi,
        Hemi Walker
        Tuatara Bio
        """)
    html_body = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Kia ora Sarah,</p>
        <p>Your interview with Tuatara Bio is confirmed.</p>
        <div style="border:1px solid #e2e2e2;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Tuesday, December 1, 2026</div>
        <div>8:00 AM &ndash; 9:00 AM NZDT</div>
        <div><a href="https://meet.google.com/tua-bxrq-wfa">Join with Google Meet</a></div>
        </div>
        <p>You&#x27;ll be meeting with:<br>Aroha Ngata &mdash; Principal Engineer, Sequencing Platform<br>
        Hemi Walker &mdash; Engineering Manager</p>
        <p>I know this lands in your evening in Heidelberg &ndash; thanks heaps for being flexible with the
        time difference. Questions? Just reply and it will reach me.</p>
        <p>Ng&#257; mihi,<br>Hemi Walker<br>Tuatara Bio</p>
        <p style="font-size:11px;color:#888">Sent with Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:2b9e4f10-5c77-4e0b-a3d8-61f0e7c2d915
DTSTAMP:20261123T201230Z
DTSTART;TZID=Pacific/Auckland:20261201T080000
DTEND;TZID=Pacific/Auckland:20261201T090000
SEQUENCE:0
SUMMARY:Tuatara Bio - Senior Bioinformatics Engineer Interview
LOCATION:https://meet.google.com/tua-bxrq-wfa
ORGANIZER;CN=Hemi Walker:mailto:hemi.walker@tuatarabio.co.nz
ATTENDEE;CN=Sarah Klein;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sarah.klein@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, z, "aSh8Yq1mKo")),
        ("From", addr("Tuatara Bio", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hemi Walker", "hemi.walker@tuatarabio.co.nz")),
        ("To", SARAH),
        ("Subject", "Interview confirmed: Senior Bioinformatics Engineer at Tuatara Bio"),
        ("Date", date(when, z)),
        ("Message-ID", "<0100019a5b3c7d21-8e4f2a10-6b3d-4c9e-a1f7-2d8e5c0b9a44-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(10, family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-09-29T13:30:00Z", end="2026-09-29T14:15:00Z",
      contact="lea.hofmann@neckarlicht.de", company="Neckarlicht Bioinformatics GmbH",
      local="Tue 2026-09-29 15:30", local_end="2026-09-29 16:15", zone=BER,
      note="Teamtailor (du): 'Dienstag, 29. September 2026, 15:30–16:15 Uhr (MESZ)' -> 13:30Z-14:15Z. "
           "Sender is Teamtailor's no-reply; contact = the hiring manager's address in the body.")
def teamtailor_neckarlicht():
    when = "2026-09-24 12:00:17"
    body = t("""
        Hi Sarah,

        dein Interview ist bestätigt! 🎉

        Wann: Dienstag, 29. September 2026, 15:30–16:15 Uhr (MESZ)
        Wo: Google Meet – https://meet.google.com/nkl-icht-dev
        Mit: Lea Hofmann (Head of Data) und Jonas Pfeiffer (Senior Engineer)

        Worum geht's? Wir möchten dich und deine Erfahrung mit Single-Cell-Pipelines kennenlernen und
        dir erzählen, woran wir in der Altstadt gerade basteln.

        Falls etwas dazwischenkommt, schreib Lea einfach direkt: lea.hofmann@neckarlicht.de

        Bis bald!
        Dein Neckarlicht-Team

        --
        Neckarlicht Bioinformatics GmbH · Hauptstraße 120 · 69117 Heidelberg
        Diese E-Mail wurde über Teamtailor versendet. Datenschutz: https://neckarlicht.teamtailor.com/privacy
        """)
    html_body = t("""
        <html><body style="font-family:'Inter',Helvetica,Arial,sans-serif;background:#faf7f2;padding:24px">
        <div style="max-width:560px;margin:auto;background:#fff;border-radius:12px;padding:32px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-neckarlicht.png"
        alt="Neckarlicht" height="32">
        <h1 style="font-size:22px">Hi Sarah, dein Interview ist best&auml;tigt! &#127881;</h1>
        <p><b>Wann:</b> Dienstag, 29. September 2026, 15:30&ndash;16:15 Uhr (MESZ)<br>
        <b>Wo:</b> <a href="https://meet.google.com/nkl-icht-dev">Google Meet</a><br>
        <b>Mit:</b> Lea Hofmann (Head of Data) und Jonas Pfeiffer (Senior Engineer)</p>
        <p>Worum geht&#39;s? Wir m&ouml;chten dich und deine Erfahrung mit Single-Cell-Pipelines kennenlernen und
        dir erz&auml;hlen, woran wir in der Altstadt gerade basteln.</p>
        <p>Falls etwas dazwischenkommt, schreib Lea einfach direkt:
        <a href="mailto:lea.hofmann@neckarlicht.de">lea.hofmann@neckarlicht.de</a></p>
        <p>Bis bald!<br>Dein Neckarlicht-Team</p>
        <p style="font-size:11px;color:#999">Neckarlicht Bioinformatics GmbH &middot; Hauptstra&szlig;e 120 &middot;
        69117 Heidelberg<br>Diese E-Mail wurde &uuml;ber Teamtailor versendet.</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail.teamtailor-mail.com", "185.250.238.17", when, BER, "tTq4Lb8wZe")),
        ("From", addr("Neckarlicht", "no-reply@teamtailor-mail.com")),
        ("To", SARAH),
        ("Subject", enc("Dein Interview bei Neckarlicht ist bestätigt")),
        ("Date", date(when, BER)),
        ("Message-ID", "<66f29a71c2e4d_3b2a1f4e2c8@teamtailor-mailer-5d8c9b7f6-x2kqp.mail>"),
        ("List-Unsubscribe", "<https://neckarlicht.teamtailor.com/unsubscribe/cand-91f27c>"),
    ], alt(text(body), html(html_body)))


@mail(11, family="recruitee", lang="en", interview=True, kind="scheduled",
      start="2026-10-15T09:00:00Z", end="2026-10-15T10:00:00Z",
      contact="femke.devries@dunecrest.nl", company="Dunecrest Software B.V.",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 12:00", zone="Europe/Amsterdam",
      note="Recruitee, HTML only: 'Thursday 15 October 2026, 11:00 - 12:00 (Europe/Amsterdam)' = "
           "CEST -> 09:00Z-10:00Z; the Google 'add to calendar' link carries the same instants in UTC. "
           "Contact = human Reply-To.")
def recruitee_dunecrest():
    when = "2026-10-09 16:20:48"
    html_body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2d3748">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Sarah,</p>
        <p>Great news &mdash; your interview for <strong>Backend Engineer, Data Platform (remote EU)</strong>
        is booked.</p>
        <table style="border-left:4px solid #1999e3;padding-left:12px;margin:18px 0">
        <tr><td style="color:#718096">When</td><td>Thursday 15 October 2026, 11:00 - 12:00 (Europe/Amsterdam)</td></tr>
        <tr><td style="color:#718096">Where</td><td>Video call &mdash; <a href="https://whereby.com/dunecrest-eng">whereby.com/dunecrest-eng</a></td></tr>
        <tr><td style="color:#718096">With</td><td>Femke de Vries, Thijs Bakker</td></tr>
        </table>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Interview+Dunecrest&amp;dates=20261015T090000Z/20261015T100000Z"
        style="background:#1999e3;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Add to Google Calendar</a>
        &nbsp; <a href="https://dunecrest.recruitee.com/o/backend-engineer-data-platform/ics/2281934">Download .ics</a></p>
        <p>Expect a mix of system design and a chat about how you work with scientists. Feel free to
        reply to this email with any questions.</p>
        <p>Groetjes,<br>Femke de Vries<br>Engineering Recruiter, Dunecrest</p>
        <hr style="border:none;border-top:1px solid #e2e8f0">
        <p style="font-size:11px;color:#a0aec0">Dunecrest Software B.V. &middot; Keizersgracht 412 &middot; Amsterdam<br>
        Powered by Recruitee</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-out3.recruitee.com", "52.58.124.9", when, BER, "rCt6Vn0hJd")),
        ("From", addr("Femke de Vries | Dunecrest", "dunecrest@mail.recruitee.com")),
        ("Reply-To", addr("Femke de Vries", "femke.devries@dunecrest.nl")),
        ("To", SARAH),
        ("Subject", "Your interview with Dunecrest on Thursday 15 October"),
        ("Date", date(when, BER)),
        ("Message-ID", "<recruitee.2281934.1791642048.b7e1@mail.recruitee.com>"),
    ], html(html_body))


@mail(12, family="join", lang="de", interview=True, kind="scheduled",
      start="2026-12-11T08:15:00Z", end=None,
      contact="melanie.ruf@bergstrasse-data.de", company="Bergstraße Data Solutions GmbH",
      local="Fri 2026-12-11 09:15", zone=BER,
      note="JOIN notification (text+HTML, base64): 'Fr., 11.12. um 09:15 Uhr (ca. 30 Minuten)', no "
           "year, resolved against Date Fri 4 Dec 2026; CET -> 08:15Z; 'ca.' -> end null. Contact = "
           "Ansprechpartnerin in the body (sender is noreply@join.com).")
def join_bergstrasse():
    when = "2026-12-04 17:45:02"
    body = t("""
        Hallo Sarah,

        gute Neuigkeiten: Bergstraße Data Solutions GmbH hat dein Telefoninterview bestätigt.

        Stelle: Python-Entwickler:in Laborautomatisierung (Weinheim / hybrid)
        Termin: Fr., 11.12. um 09:15 Uhr (ca. 30 Minuten)
        Art: Telefon – du wirst unter der hinterlegten Nummer +49 1523 ••• •• 81 angerufen

        Deine Ansprechpartnerin:
        Melanie Ruf, Personalreferentin
        melanie.ruf@bergstrasse-data.de · 06201 98 771-20

        Viel Erfolg!
        Dein JOIN-Team

        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <p>Hallo Sarah,</p>
        <p>gute Neuigkeiten: <b>Bergstra&szlig;e Data Solutions GmbH</b> hat dein Telefoninterview best&auml;tigt.</p>
        <p><b>Stelle:</b> Python-Entwickler:in Laborautomatisierung (Weinheim / hybrid)<br>
        <b>Termin:</b> Fr., 11.12. um 09:15 Uhr (ca. 30 Minuten)<br>
        <b>Art:</b> Telefon &ndash; du wirst unter der hinterlegten Nummer angerufen</p>
        <p><b>Deine Ansprechpartnerin:</b><br>Melanie Ruf, Personalreferentin<br>
        <a href="mailto:melanie.ruf@bergstrasse-data.de">melanie.ruf@bergstrasse-data.de</a> &middot; 06201 98 771-20</p>
        <p>Viel Erfolg!<br>Dein JOIN-Team</p>
        <p style="font-size:11px;color:#888">Du erh&auml;ltst diese E-Mail, weil du dich &uuml;ber JOIN beworben hast.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.join.com", "35.157.81.40", when, BER, "jN1kW5cQpx")),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", SARAH),
        ("Subject", enc("Dein Telefoninterview bei Bergstraße Data Solutions GmbH ist bestätigt")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261204164502.5f3e1a9c7b2d@join.com>"),
    ], alt(text(body, cte="base64"), html(html_body, cte="base64")))


@mail(13, family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-18T09:00:00Z", end="2026-11-18T10:00:00Z",
      contact="florian.maier@kraichgau-mt.de", company="Kraichgau Medizintechnik GmbH",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00", zone=BER,
      note="softgarden: the body only says the appointment is in the attached termin.ics; the time "
           "is only in the ICS: Wed 18 Nov 10:00-11:00 Europe/Berlin (CET) -> 09:00Z-10:00Z. "
           "Contact = human ICS ORGANIZER (the sender is softgarden's no-reply).")
def softgarden_kraichgau():
    when = "2026-11-12 08:30:55"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für die Bestätigung Ihres Gesprächstermins für die Position

            Softwareentwickler*in Medizinische Bildverarbeitung (Karlsruhe)

        Den Termin mit allen Details finden Sie im Anhang als Kalendereintrag (termin.ics), den Sie
        direkt in Ihren Kalender übernehmen können. Ihr Gesprächspartner ist Herr Dr. Florian Maier,
        Teamleitung Software. Das Gespräch findet an unserem Standort in Karlsruhe-Durlach statt,
        Killisfeldstraße 64, Gebäude B.

        Mit freundlichen Grüßen

        Ihr Recruiting-Team der Kraichgau Medizintechnik GmbH

        Diese E-Mail wurde automatisch erstellt. Antworten auf diese Nachricht werden nicht gelesen.
        Powered by softgarden
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Interview Scheduler//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:sg-appointment-5510943@softgarden.io
DTSTAMP:20261112T073055Z
DTSTART;TZID=Europe/Berlin:20261118T100000
DTEND;TZID=Europe/Berlin:20261118T110000
SUMMARY:Vorstellungsgespräch Kraichgau Medizintechnik GmbH
LOCATION:Killisfeldstraße 64\\, Gebäude B\\, 76227 Karlsruhe
ORGANIZER;CN="Dr. Florian Maier":mailto:florian.maier@kraichgau-mt.de
ATTENDEE;CN="Sarah Klein";RSVP=FALSE;PARTSTAT=ACCEPTED:mailto:sarah.klein@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mout.softgarden.io", "46.243.120.37", when, BER, "sG5oFz9rTb")),
        ("From", addr("Kraichgau Medizintechnik GmbH", "noreply@softgarden.io")),
        ("To", SARAH),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Kraichgau Medizintechnik GmbH",
                        "iso-8859-15")),
        ("Date", date(when, BER)),
        ("Message-ID", "<sg.5510943.20261112073055.mailer@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, method=None, ctype="text/calendar", filename="termin.ics",
                      disposition="attachment", cte="base64")))


@mail(14, family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-25T13:00:00Z", end="2026-11-25T15:30:00Z",
      contact="priya.raman@veritylane.com", company="Verity Lane Health",
      local="Wed 2026-11-25 14:00", local_end="2026-11-25 16:30", zone=BER,
      note="GoodTime itinerary, three sessions on Wed 25 Nov in 'Central European Standard Time': "
           "14:00-14:45, 15:00-15:45, 16:00-16:30 -> first start 13:00Z to last end 15:30Z. Mail sent "
           "from the US in EST (Thu 19 Nov 17:02 -0500). Contact = coordinator (Reply-To).")
def goodtime_veritylane():
    when = "2026-11-19 17:02:11"
    z = "America/New_York"
    body = t("""
        Hi Sarah,

        Your virtual onsite with Verity Lane Health is confirmed. Here is your itinerary.

        Wednesday, November 25, 2026
        All times in Central European Standard Time (your time zone)

        14:00 - 14:45   Coding: data structures in Python     with Marco Santini
        15:00 - 15:45   System design: clinical data ingest    with Elise Dubois
        16:00 - 16:30   Hiring manager conversation           with Grant Holloway

        Each session has its own Zoom link, which you will receive as separate calendar invitations.
        Short breaks are built in between sessions.

        If anything comes up, reply to this email and I'll help.

        Priya Raman
        Recruiting Coordinator, Verity Lane Health
        """)
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Sarah,</p>
        <p>Your virtual onsite with <b>Verity Lane Health</b> is confirmed. Here is your itinerary.</p>
        <p style="font-size:16px;font-weight:bold;margin-bottom:0">Wednesday, November 25, 2026</p>
        <p style="color:#666;margin-top:2px">All times in Central European Standard Time (your time zone)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>14:00 - 14:45</td><td>Coding: data structures in Python</td><td>Marco Santini</td></tr>
        <tr><td>15:00 - 15:45</td><td>System design: clinical data ingest</td><td>Elise Dubois</td></tr>
        <tr><td>16:00 - 16:30</td><td>Hiring manager conversation</td><td>Grant Holloway</td></tr>
        </table>
        <p>Each session has its own Zoom link, which you will receive as separate calendar invitations.
        Short breaks are built in between sessions.</p>
        <p>If anything comes up, reply to this email and I&#39;ll help.</p>
        <p>Priya Raman<br>Recruiting Coordinator, Verity Lane Health</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.goodtime.io", "198.21.6.204", when, z, "gT0dR4yUcm")),
        ("From", addr("Verity Lane Health Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Priya Raman", "priya.raman@veritylane.com")),
        ("To", SARAH),
        ("Subject", "Your interview itinerary - Verity Lane Health"),
        ("Date", date(when, z)),
        ("Message-ID", "<itinerary-6a1c93e2f0b4@goodtime.io>"),
    ], alt(text(body), html(html_body)))


@mail(15, family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-16T07:30:00Z", end="2026-09-16T08:30:00Z",
      contact="jana.voigt@rheinau-forschung.de", company="Forschungszentrum Rheinau",
      local="Wed 2026-09-16 09:30", local_end="2026-09-16 10:30", zone=BER,
      note="Microsoft Bookings: body shows '09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
           "Stockholm, Wien' (the standard offset) but in September Berlin is on CEST -> 07:30Z; "
           "'Vorstellungsgespräch (60 Minuten)' is an exact length -> 08:30Z; the ICS (W. Europe "
           "Standard Time) agrees. Sender is the Bookings mailbox; contact = staff address in body.")
def bookings_rheinau():
    when = "2026-09-08 11:02:39"
    body = t("""
        Termin bestätigt

        Hallo Sarah Klein,

        vielen Dank für Ihre Buchung bei Karriere Forschungszentrum Rheinau.

        Mittwoch, 16. September 2026
        09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Dienst: Vorstellungsgespräch (60 Minuten)
        Mitarbeiter: Dr. Jana Voigt
        Ort: Campus Nord, Gebäude 449, Raum 2.17, Hermann-von-Helmholtz-Platz 9, 76344 Eggenstein-Leopoldshafen

        Bei Rückfragen erreichen Sie Frau Dr. Voigt unter jana.voigt@rheinau-forschung.de.

        Termin hinzufügen: Kalenderdatei im Anhang
        Verwalten Sie Ihre Buchung: https://outlook.office365.com/owa/calendar/KarriereRheinau@rheinau-forschung.de/bookings/
        """)
    html_body = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Termin best&auml;tigt</div>
        <p>Hallo Sarah Klein,</p>
        <p>vielen Dank f&uuml;r Ihre Buchung bei Karriere Forschungszentrum Rheinau.</p>
        <div style="font-size:16px;font-weight:600">Mittwoch, 16. September 2026</div>
        <div>09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <p>Dienst: Vorstellungsgespr&auml;ch (60 Minuten)<br>Mitarbeiter: Dr. Jana Voigt<br>
        Ort: Campus Nord, Geb&auml;ude 449, Raum 2.17</p>
        <p>Bei R&uuml;ckfragen erreichen Sie Frau Dr. Voigt unter
        <a href="mailto:jana.voigt@rheinau-forschung.de">jana.voigt@rheinau-forschung.de</a>.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Karriere Forschungszentrum Rheinau:mailto:KarriereRheinau@rheinau-forschung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Klein:mailto:sarah.klein@example.org
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch
DTSTART;TZID=W. Europe Standard Time:20260916T093000
DTEND;TZID=W. Europe Standard Time:20260916T103000
UID:040000008200E00074C5B7101A82E0080000000010D4C2F8A43FDC0100000000000000001000000083C1E5B7
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260908T090239Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Campus Nord\\, Gebäude 449\\, Raum 2.17
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("DEU01-FR2-obe.outbound.protection.outlook.com", "40.107.135.92", when, BER,
                         "bK2oM7nLrt")),
        ("From", addr("Karriere Forschungszentrum Rheinau", "KarriereRheinau@rheinau-forschung.de")),
        ("To", SARAH),
        ("Subject", enc("Gebuchter Termin mit Karriere Forschungszentrum Rheinau – Vorstellungsgespräch")),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR2P281MB1640D7A2C4E9B0F3A1C8@FR2P281MB1640.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsSource", "BookingsWebPage"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, filename="Termin.ics", disposition="attachment", cte="base64")))


@mail(16, family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T16:30:00Z", end=None,
      contact="oliver.pike@harrowgategenomics.co.uk", company="Harrowgate Genomics Ltd",
      local="Thu 2026-11-05 16:30", zone="Europe/London",
      note="Phone-written reply from the Cambridge hiring manager, sent Wed 4 Nov 08:05 GMT: "
           "'tomorrow 4.30pm UK time' = Thu 5 Nov 16:30 GMT (UK is on GMT after 25 Oct) -> 16:30Z "
           "(17:30 in Heidelberg). No length -> end null. Contact = sender.")
def prose_harrowgate():
    when = "2026-11-04 08:05:31"
    z = "Europe/London"
    body = t("""
        Hi Sarah,

        Perfect - tomorrow 4.30pm UK time works for me and Nisha. I'll send a Teams link later this
        morning, it'll just be the two of us, informal chat about the pipelines team and your work
        on the variant annotation service.

        Speak then!
        Oliver

        Sent from my iPhone

        > On 3 Nov 2026, at 21:17, Sarah Klein <sarah.klein@example.org> wrote:
        >
        > Hi Oliver,
        >
        > thanks for getting back to me so quickly. Thursday afternoon works well on my side,
        > anytime after 4.30 your time (I'm an hour ahead in Heidelberg).
        >
        > Best,
        > Sarah
        """)
    return message([
        ("Received", rcv("LO2P265CU002.outbound.protection.outlook.com", "40.107.121.38", when, z, "uKp3Hg6sWq")),
        ("From", addr("Oliver Pike", "oliver.pike@harrowgategenomics.co.uk")),
        ("To", SARAH),
        ("Subject", "Re: Quick chat this week?"),
        ("Date", date(when, z)),
        ("Message-ID", "<5D3B9E72-1A4C-4F0E-8B6D-3C2A7E9F1B40@harrowgategenomics.co.uk>"),
        ("In-Reply-To", "<CAF8x0kqV7s2.20261103.sarah@mail.example.org>"),
        ("References", "<CAF8x0kqV7s2.20261103.sarah@mail.example.org>"),
    ], text(body, cte="7bit"))


# =========================================================================== positives: rescheduled


@mail(17, family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-11-09T09:00:00Z", end="2026-11-09T10:00:00Z",
      contact="nadine.frei@alpenrhein-tx.ch", company="Alpenrhein Therapeutics AG",
      local="Mon 2026-11-09 10:00", local_end="2026-11-09 11:00", zone="Europe/Zurich",
      note="Lever reschedule from a Basel company: old slot Thu 5 Nov 3:00 PM CET, new slot Mon 9 Nov "
           "10:00-11:00 AM CET (Europe/Zurich) -> 09:00Z-10:00Z; ICS SEQUENCE:1 has the new time. "
           "Contact = human Reply-To.",
      days=(("Thu", "2026-11-05"),))
def lever_alpenrhein():
    when = "2026-11-03 13:15:26"
    z = "Europe/Zurich"
    body = t("""
        Hi Sarah,

        Your interview with Alpenrhein Therapeutics has been rescheduled.

        Previously: Thursday, November 5, 2026 at 3:00 PM CET
        New time:   Monday, November 9, 2026, 10:00 AM - 11:00 AM CET (Europe/Zurich)

        Location: Alpenrhein Therapeutics, Rosentalstrasse 35, 4058 Basel - reception, 2nd floor
        Interviewers: Dr. Reto Zimmermann (Head of Data Science), Lina Meier (Senior ML Engineer)

        Sorry for the change - Reto has to travel on Thursday. An updated calendar invitation is
        attached. Reply to this email if the new time doesn't work for you.

        Best,
        Nadine Frei
        Talent Acquisition, Alpenrhein Therapeutics

        Powered by Lever
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:lever-interview-3f0c8a52-91be-4d7e-b2a6-5e7c1d9f0a38
DTSTAMP:20261103T121526Z
DTSTART;TZID=Europe/Zurich:20261109T100000
DTEND;TZID=Europe/Zurich:20261109T110000
SUMMARY:Interview: Sarah Klein - Alpenrhein Therapeutics
LOCATION:Rosentalstrasse 35\\, 4058 Basel
ORGANIZER;CN=Nadine Frei:mailto:nadine.frei@alpenrhein-tx.ch
ATTENDEE;CN=Sarah Klein;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sarah.klein@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-a7.hire.lever.co", "198.2.180.44", when, z, "lVr2Bq9xNs")),
        ("From", addr("Alpenrhein Therapeutics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Nadine Frei", "nadine.frei@alpenrhein-tx.ch")),
        ("To", SARAH),
        ("Subject", "Updated: Your interview with Alpenrhein Therapeutics has been rescheduled"),
        ("Date", date(when, z)),
        ("Message-ID", "<lever.3f0c8a52.1793707726@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment", cte="7bit")))


@mail(18, family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-09-24T13:30:00Z", end=None,
      contact="m.oberle@lindgruen-genomik.de", company="Lindgrün Agrargenomik GmbH",
      local="Thu 2026-09-24 15:30", zone=BER,
      note="Outlook prose (Sie, windows-1252 QP): the Tuesday 22.09. 14:00 appointment is moved to "
           "'Donnerstag, 24.09., um 15:30 Uhr', and the sender writes he is entering it ('ich trage "
           "das so ein') -> rescheduled, CEST -> 13:30Z. Old confirmation quoted below. Contact = sender.",
      days=(("Tue", "2026-09-22"),))
def prose_lindgruen():
    when = "2026-09-18 09:47:13"
    body = t("""
        Sehr geehrte Frau Klein,

        leider muss ich unseren Termin am kommenden Dienstag (22.09.) um 14 Uhr verschieben – ich bin
        an dem Tag kurzfristig auf einem Feldversuch in Ladenburg eingeplant.

        Ich habe mit meiner Kollegin Frau Dr. Sommer gesprochen: Wir können Sie stattdessen am
        Donnerstag, 24.09., um 15:30 Uhr bei uns begrüßen. Sie hatten ja geschrieben, dass
        Donnerstagnachmittag bei Ihnen grundsätzlich geht; ich trage das so ein. Ort bleibt gleich
        (Besprechungsraum „Raps“, Erdgeschoss).

        Entschuldigen Sie die Umstände und herzliche Grüße
        Matthias Oberle

        Dr. Matthias Oberle
        Leiter Bioinformatik
        Lindgrün Agrargenomik GmbH
        Mallaustraße 69–73 · 68219 Mannheim
        Tel. 0621 87 44 19-30

        -----Ursprüngliche Nachricht-----
        Von: Oberle, Matthias <m.oberle@lindgruen-genomik.de>
        Gesendet: Montag, 14. September 2026 11:20
        An: Sarah Klein <sarah.klein@example.org>
        Betreff: Ihr Besuch bei Lindgrün

        Sehr geehrte Frau Klein,

        hiermit bestätige ich Ihnen den Termin für unser Gespräch am Dienstag, 22.09., um 14 Uhr.
        Wir freuen uns auf Sie.

        Viele Grüße
        Matthias Oberle
        """)
    html_body = "<html><body style=\"font-family:Arial;font-size:10pt\">" + "<br>\n".join(
        line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in body.split("\n")
    ) + "</body></html>\n"
    return message([
        ("Received", rcv("mail.lindgruen-genomik.de", "217.110.93.18", when, BER, "lG7rN1aDkz")),
        ("From", addr("Oberle, Matthias", "m.oberle@lindgruen-genomik.de", "windows-1252")),
        ("To", SARAH),
        ("Subject", enc("AW: Ihr Besuch bei Lindgrün", "windows-1252")),
        ("Date", date(when, BER)),
        ("Message-ID", "<8F1C2D3E4A5B6C7D@EXCH01.lindgruen.local>"),
        ("In-Reply-To", "<7E0B1C2D3F4A5B6C@EXCH01.lindgruen.local>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252")))


@mail(19, family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T16:00:00Z",
      contact="dana.whitfield@prairiefold.com", company="Prairiefold Labs",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 10:00", zone="America/Chicago",
      note="Google Calendar 'Updated invitation' from a Chicago company: moved from Tue 8 Dec to "
           "Wed 9 Dec 9am-10am Central Time (CST, UTC-6) -> 15:00Z-16:00Z; the organizer's note "
           "states the old day. ICS SEQUENCE:1 agrees. Contact = organizer.",
      days=(("Tue", "2026-12-08"),))
def gcal_prairiefold():
    when = "2026-12-03 14:22:08"
    z = "America/Chicago"
    body = t("""
        This event has been changed.

        Sarah Klein <> Prairiefold - Final round
        When: Changed: Wednesday Dec 9, 2026 ⋅ 9am – 10am
        Central Time - Chicago

        Joining info: Join with Google Meet
        https://meet.google.com/pfl-wqzd-ahx

        Note from Dana: Moving us from Tuesday to Wednesday, same time - Ken is out on Tuesday.
        Thanks for the flexibility, Sarah!

        Organizer
        Dana Whitfield
        dana.whitfield@prairiefold.com

        Guests
        Dana Whitfield - organizer
        Ken Albrecht
        sarah.klein@example.org

        Reply for sarah.klein@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=cDJhOXBmbA

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#d93025">This event has been changed.</div>
        <h2 style="font-weight:400">Sarah Klein &lt;&gt; Prairiefold - Final round</h2>
        <div><b>When</b> <span style="color:#d93025">Changed:</span> Wednesday Dec 9, 2026 &#8901; 9am &ndash; 10am
        (Central Time - Chicago)</div>
        <div><a href="https://meet.google.com/pfl-wqzd-ahx">Join with Google Meet</a></div>
        <p>Note from Dana: Moving us from Tuesday to Wednesday, same time - Ken is out on Tuesday.
        Thanks for the flexibility, Sarah!</p>
        <div>Organizer: Dana Whitfield &lt;dana.whitfield@prairiefold.com&gt;</div>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261209T090000
DTEND;TZID=America/Chicago:20261209T100000
DTSTAMP:20261203T202208Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@prairiefold.com
UID:p2a9pfl0k3r8s1d6e4t7w5q0c2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sarah.klein@example.org;X-NUM-GUESTS=0:mailto:sarah.klein@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ken Albrecht;X-NUM-GUESTS=0:mailto:ken.albrecht@prairiefold.com
CREATED:20261124T161102Z
LAST-MODIFIED:20261203T202207Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Sarah Klein <> Prairiefold - Final round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", when, z, "gU8pRz2cVx")),
        ("From", addr("Dana Whitfield", "dana.whitfield@prairiefold.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "dana.whitfield@prairiefold.com"),
        ("To", ME),
        ("Subject", "Updated invitation: Sarah Klein <> Prairiefold - Final round @ Wed Dec 9, 2026 "
                    "9am - 10am (CST) (sarah.klein@example.org)"),
        ("Date", date(when, z)),
        ("Message-ID", "<calendar-9b2e7c41-0d6a-4f38-a5e1-c7d3b8f20e19@google.com>"),
    ], mixed(alt(text(body), html(html_body), calendar(ics)),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


@mail(20, family="forward_to_self", lang="de", interview=True, kind="rescheduled",
      start="2026-11-18T07:00:00Z", end=None,
      contact="s.hartmann@kurpfalz-klinikdaten.de", company="Kurpfalz Klinikdaten GmbH",
      local="Wed 2026-11-18 08:00", zone=BER,
      note="Sarah forwards (message/rfc822) from her example.net address to herself a recruiter mail "
           "moving 'Mo., 16.11. um 10 Uhr' to 'Mi., 18.11., 8:00 Uhr' (CET) -> 07:00Z. Contact = "
           "the recruiter in the forwarded message (the outer sender is the candidate).",
      days=(("Mon", "2026-11-16"),))
def fwd_klinikdaten():
    inner_when = "2026-11-13 16:10:40"
    outer_when = "2026-11-13 16:25:02"
    inner_body = t("""
        Liebe Frau Klein,

        wir müssen den Termin am Mo., 16.11. um 10 Uhr leider verschieben, da unser CTO an dem Tag
        kurzfristig zu einem Kunden nach Stuttgart muss.

        Neuer Termin: Mi., 18.11., 8:00 Uhr, gleicher Ort (Bergheimer Straße 147, 4. OG, Heidelberg).

        Ich hoffe, das frühe Uhrzeit ist für Sie in Ordnung - Sie hatten ja gesagt, dass Sie
        Frühaufsteherin sind :-) Der Termin steht so in unserem Kalender.

        Herzliche Grüße
        Svenja Hartmann
        Personal & Organisation
        Kurpfalz Klinikdaten GmbH
        """)
    inner = message([
        ("From", addr("Svenja Hartmann", "s.hartmann@kurpfalz-klinikdaten.de")),
        ("To", addr("Sarah Klein", "sarah.klein@example.net")),
        ("Subject", enc("Terminverschiebung Ihr Vorstellungsgespräch", "iso-8859-1")),
        ("Date", date(inner_when, BER)),
        ("Message-ID", "<a81f0c2e-5d4b-4e97-b3a0-1c6e8f2d7b55@kurpfalz-klinikdaten.de>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    outer_body = t("""
        neuer Termin Klinikdaten!! Mi 18.11. 8 Uhr -> Wecker stellen

        Von meinem Android-Smartphone gesendet
        """)
    return message([
        ("Received", rcv("mout.example.net", "212.227.15.19", outer_when, BER, "fW5dS1yHkc")),
        ("From", addr("Sarah Klein", "sarah.klein@example.net")),
        ("To", SARAH),
        ("Subject", enc("Fwd: Terminverschiebung Ihr Vorstellungsgespräch")),
        ("Date", date(outer_when, BER)),
        ("Message-ID", "<d2e9c1b0-77a4-4f1e-9c3b-5a0e8f6d2c14@example.net>"),
    ], mixed(text(outer_body, cte="8bit"),
             attached_message(inner, filename="Terminverschiebung.eml")))


# =========================================================================== positives: cancelled


@mail(21, family="workable", lang="en", interview=True, kind="cancelled",
      start="2026-10-08T09:00:00Z", end="2026-10-08T10:00:00Z",
      contact="jens.albrecht@copperleaf-robotics.de", company="Copperleaf Robotics GmbH",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone=BER,
      note="Workable cancellation, no new time (role on hold): the cancelled slot is Thu 8 Oct "
           "11:00 CEST -> 09:00Z; the ICS (METHOD:CANCEL, STATUS:CANCELLED) gives 11:00-12:00 -> end 10:00Z. Reply-To is a Workable relay (not a human "
           "mailbox); contact = the talent partner's address in the signature.")
def workable_copperleaf():
    when = "2026-10-05 10:30:14"
    body = t("""
        Hi Sarah,

        Unfortunately we need to cancel your interview for the Software Engineer, Perception Data
        role, which was scheduled for Thursday, October 8, 2026 at 11:00 CEST.

        The position has been put on hold while we finalise our budget for next year, so we won't be
        scheduling a new date for now. I'm really sorry about this - I'll reach out personally if the
        role reopens, and I'd be glad to keep you in mind for other openings in Karlsruhe.

        Best regards,
        Jens Albrecht
        Talent Partner | Copperleaf Robotics GmbH
        jens.albrecht@copperleaf-robotics.de

        --
        Sent via Workable
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:workable-event-48c1d2e7a9@workable.com
DTSTAMP:20261005T083014Z
DTSTART;TZID=Europe/Berlin:20261008T110000
DTEND;TZID=Europe/Berlin:20261008T120000
SUMMARY:Interview: Software Engineer\\, Perception Data - Copperleaf Robotics
STATUS:CANCELLED
SEQUENCE:2
ORGANIZER;CN=Copperleaf Robotics:mailto:copperleaf-robotics+c7e3f19a@candidates.workablemail.com
ATTENDEE;CN=Sarah Klein:mailto:sarah.klein@example.org
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-out.workablemail.com", "54.93.171.60", when, BER, "wK8bT2vFpn")),
        ("From", addr("Copperleaf Robotics", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Copperleaf Robotics", "copperleaf-robotics+c7e3f19a@candidates.workablemail.com")),
        ("To", SARAH),
        ("Subject", "Interview cancelled: Software Engineer, Perception Data at Copperleaf Robotics"),
        ("Date", date(when, BER)),
        ("Message-ID", "<workable.5f1a.48c1d2e7a9.cancel@workablemail.com>"),
    ], mixed(text(body), calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(22, family="taleo", lang="de", interview=True, kind="cancelled",
      start="2026-12-01T12:30:00Z", end=None,
      contact="petra.lindner@kurpfalz-chemie.de", company="Kurpfalz Chemie AG",
      local="Tue 2026-12-01 13:30", zone=BER,
      note="Taleo (German, iso-8859-1 8bit): interview on 'Dienstag, 1. Dezember 2026, 13:30 Uhr' "
           "is cancelled, a new proposal will follow (no new time) -> cancelled slot 12:30Z (CET). "
           "Sender donotreply; contact = Frau Lindner's address in the body.")
def taleo_kurpfalzchemie():
    when = "2026-11-26 15:05:48"
    body = t("""
        Sehr geehrte Frau Klein,

        leider müssen wir Ihren Interviewtermin

            Dienstag, 1. Dezember 2026, 13:30 Uhr
            Kurpfalz Chemie AG, Werk Ludwigshafen, Tor 7, Gebäude K 120

        für die Position Data Scientist Prozessanalytik (Req. ID 2600318) absagen, da einer der
        Gesprächspartner kurzfristig ausfällt.

        Wir werden uns in Kürze mit einem neuen Terminvorschlag bei Ihnen melden. Für Rückfragen
        steht Ihnen Frau Petra Lindner (petra.lindner@kurpfalz-chemie.de, Tel. 0621 60-48812) zur
        Verfügung.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Kurpfalz Chemie AG

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    return message([
        ("Received", rcv("smtp3.taleo.net", "148.87.98.25", when, BER, "tL2eO5qWmr")),
        ("From", addr("Kurpfalz Chemie AG", "donotreply@taleo.net")),
        ("To", SARAH),
        ("Subject", "Absage Ihres Interviewtermins - Data Scientist Prozessanalytik"),
        ("Date", date(when, BER)),
        ("Message-ID", "<1580422961.2217.1795788348077.JavaMail.taleo@phx-app22>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(23, family="exchange_cancel", lang="de", interview=True, kind="cancelled",
      start="2026-10-29T07:00:00Z", end="2026-10-29T08:00:00Z",
      contact="jan.petersen@sternwarte-software.de", company="Sternwarte Software GmbH",
      local="Thu 2026-10-29 08:00", local_end="2026-10-29 09:00", zone=BER,
      note="Exchange cancellation (METHOD:CANCEL, 'Abgesagt:'), sent Wed 28 Oct 07:05: 'unser Termin "
           "morgen gleich um acht' = Thu 29 Oct 08:00 CET (Europe is on CET since 25 Oct) -> 07:00Z; "
           "the ICS slot 08:00-09:00 W. Europe Standard Time gives the end. A new slot is only "
           "floated ('nächste Woche Dienstag oder Mittwoch?'), not fixed -> cancelled. Contact = organizer.")
def exchange_cancel_sternwarte():
    when = "2026-10-28 07:05:19"
    body = t("""
        Guten Morgen Frau Klein,

        unser Termin morgen gleich um acht muss leider ausfallen – mich hat die Grippe erwischt und
        ich liege flach. Es tut mir sehr leid, so kurzfristig.

        Könnten wir stattdessen nächste Woche Dienstag oder Mittwoch sprechen? Ich melde mich, sobald
        ich wieder fit bin, mit einem konkreten Vorschlag.

        Beste Grüße
        Jan Petersen
        Engineering Lead | Sternwarte Software GmbH | Heidelberg
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Petersen Jan:mailto:jan.petersen@sternwarte-software.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sarah.klein@example.org:mailto:sarah.klein@example.org
SUMMARY;LANGUAGE=de-DE:Abgesagt: Interview Sarah Klein / Sternwarte Software
DTSTART;TZID=W. Europe Standard Time:20261029T080000
DTEND;TZID=W. Europe Standard Time:20261029T090000
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000A9B8C7D6
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261028T060519Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    subject = "Abgesagt: Interview Sarah Klein / Sternwarte Software"
    return message([
        ("Received", rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.120", when, BER,
                         "eX4cL9mNbv")),
        ("From", addr("Petersen Jan", "jan.petersen@sternwarte-software.de")),
        ("To", addr(None, ME)),
        ("Subject", subject),
        ("Thread-Topic", "Interview Sarah Klein / Sternwarte Software"),
        ("Date", date(when, BER)),
        ("Message-ID", "<AM6PR02MB4417E2F1C0B9A8D7@AM6PR02MB4417.eurprd02.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(24, family="jobcentre_appointment", lang="de", interview=False, company=None,
      note="Agentur für Arbeit: 'Einladung' to a Beratungs-/Vermittlungsgespräch with a fixed time "
           "(Mo., 14.09.2026, 09:30 Uhr) and a Meldeaufforderung; an appointment at the unemployment "
           "office, not a job interview -> negative.",
      days=(("Mon", "2026-09-14"),))
def jobcentre_heidelberg():
    when = "2026-09-02 10:14:27"
    body = t("""
        Agentur für Arbeit Heidelberg
        Kaiserstraße 69/71, 69115 Heidelberg

        Kundennummer: 284D117603
        Ihr Zeichen: –

        Einladung

        Sehr geehrte Frau Klein,

        bitte kommen Sie am

            Montag, 14.09.2026 um 09:30 Uhr
            Ort: Kaiserstraße 69/71, Eingang B, 2. OG, Zimmer 2.214

        zu einem Gespräch über Ihre berufliche Situation (Beratungs- und Vermittlungsgespräch) mit
        Ihrer Vermittlungsfachkraft Herrn Tobias Heck.

        Bitte bringen Sie mit:
          – diese Einladung
          – Ihren Personalausweis
          – Ihren aktuellen Lebenslauf und Nachweise über Ihre Bewerbungsaktivitäten

        Dies ist eine Meldeaufforderung nach § 309 Sozialgesetzbuch Drittes Buch (SGB III). Wenn Sie
        ohne wichtigen Grund nicht erscheinen, kann eine Sperrzeit eintreten (Rechtsfolgenbelehrung
        siehe Anlage im Online-Postfach).

        Können Sie den Termin nicht wahrnehmen, sagen Sie bitte rechtzeitig über Ihr Postfach in
        „Meine eServices“ ab.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Heidelberg

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        ("Received", rcv("mx-out2.arbeitsagentur-eservices.example", "195.191.44.10", when, BER, "aA3gT7kWzp")),
        ("From", addr("Agentur für Arbeit Heidelberg", "noreply@arbeitsagentur-eservices.example")),
        ("To", SARAH),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung zu einem Gespräch am 14.09.2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<eserv.20260902081427.284D117603.7731@arbeitsagentur-eservices.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(25, family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording session ('interview') for Thu 1 Oct 18:00 CEST on "
           "Riverside: a confirmed time, but Sarah is the guest of a podcast, not a job candidate "
           "-> negative.",
      days=(("Thu", "2026-10-01"),))
def podcast_pipeline():
    when = "2026-09-25 21:40:02"
    body = t("""
        Hey Sarah,

        Awesome, you're confirmed as our guest for episode 58 of The Pipeline Podcast! Here are the
        details for our interview:

          Recording: Thursday, October 1st, 18:00 CEST (that's 12:00 noon for me in Toronto)
          Length: about 60 minutes of talking, we'll edit down to ~45
          Studio: https://riverside.fm/studio/the-pipeline-podcast (Chrome, wired headphones please!)

        Rough topics: moving from wet lab to software, why reproducibility in bioinformatics is so
        hard, and your talk at the Heidelberg Nextflow meetup. No need to prepare answers - it's a
        relaxed conversation.

        Talk soon,
        Marcus Doyle
        Host, The Pipeline Podcast
        """)
    return message([
        ("Received", rcv("mail-qk1-f178.google.com", "209.85.222.178", when, BER, "pD9wQ3xRtn")),
        ("From", addr("Marcus Doyle", "marcus@thepipelinepod.fm")),
        ("To", SARAH),
        ("Subject", "You're confirmed! The Pipeline Podcast - Ep. 58 interview"),
        ("Date", date(when, "America/Toronto")),
        ("Message-ID", "<CAL7pd9wQ3xRtn0m4Ep58=guest@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(26, family="press_interview", lang="de", interview=False, company=None,
      note="A local journalist confirms an interview with Sarah for a newspaper series (Fr., 9. "
           "Oktober, 12:30 Uhr, Café): a confirmed 'Interview', but press, not a job interview "
           "-> negative.",
      days=(("Fri", "2026-10-09"),))
def press_neckarbote():
    when = "2026-10-05 14:03:55"
    body = t("""
        Liebe Frau Klein,

        herzlichen Dank, dass Sie sich für unsere Serie „Frauen in der IT – Rhein-Neckar“ Zeit nehmen!
        Wie besprochen bestätige ich Ihnen unser Interview am Freitag, 9. Oktober, um 12:30 Uhr im
        Café Rossi am Bismarckplatz. Ich rechne mit etwa einer Stunde; unsere Fotografin Lisa Brandt
        kommt gegen Ende dazu und macht ein paar Porträts.

        Die Fragen schicke ich Ihnen vorab bis Mittwoch. Selbstverständlich erhalten Sie den Text vor
        Erscheinen zur Autorisierung.

        Herzliche Grüße
        Johanna Weidler
        Redaktion Wirtschaft
        Neckarbote – Tageszeitung für Heidelberg und die Region
        """)
    return message([
        ("Received", rcv("mail.neckarbote-verlag.de", "83.169.12.77", when, BER, "nB2xQ8vLts")),
        ("From", addr("Johanna Weidler", "j.weidler@neckarbote-verlag.de")),
        ("To", SARAH),
        ("Subject", enc("Interview „Frauen in der IT“ – Bestätigung Freitag")),
        ("Date", date(when, BER)),
        ("Message-ID", "<3b7d0f1e-22c9-4a61-9e0d-5fa8c1b2e7d3@neckarbote-verlag.de>"),
    ], text(body, cte="8bit"))


@mail(27, family="admission_interview", lang="de", interview=False, company=None,
      note="Part-time MBA programme invites Sarah to an admission interview (Auswahlgespräch) on "
           "Sat 7 Nov 10:00-10:45 with an ICS: a confirmed interview, but for a study place, not a "
           "job -> negative.",
      days=(("Sat", "2026-11-07"),))
def mba_admission():
    when = "2026-10-29 11:20:33"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für Ihre Bewerbung für den Part-Time MBA „Leadership in Life Sciences“ (Jahrgang
        2027). Wir freuen uns, Sie zum Auswahlgespräch einladen zu dürfen:

            Samstag, 7. November 2026, 10:00 – 10:45 Uhr
            Kurpfalz Graduate School of Management, Schloss-Campus, Raum O 048, Mannheim

        Das Gespräch führt Prof. Dr. Ulrike Brandstätter gemeinsam mit einer Alumna des Programms.
        Bitte planen Sie zusätzlich 30 Minuten für den schriftlichen Case ein. Eine Kalenderdatei
        finden Sie im Anhang.

        Mit freundlichen Grüßen
        Admissions Office
        Kurpfalz Graduate School of Management
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KGSM Admissions//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:kgsm-adm-2027-0413@kgsm.example
DTSTAMP:20261029T102033Z
DTSTART;TZID=Europe/Berlin:20261107T100000
DTEND;TZID=Europe/Berlin:20261107T104500
SUMMARY:Auswahlgespräch Part-Time MBA (KGSM)
LOCATION:Schloss-Campus\\, Raum O 048\\, Mannheim
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("smtp.kgsm.example", "134.155.8.21", when, BER, "mB6hY1uFqa")),
        ("From", addr("KGSM Admissions", "admissions@kgsm.example")),
        ("To", SARAH),
        ("Subject", enc("Einladung zum Auswahlgespräch – Part-Time MBA 2027")),
        ("Date", date(when, BER)),
        ("Message-ID", "<adm-0413.20261029102033@kgsm.example>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="Auswahlgespraech.ics",
                                  disposition="attachment", cte="base64")))


@mail(28, family="sports_tryout", lang="de", interview=False, company=None,
      note="Volleyball club coach (Kurpfälzisch, du) confirms a try-out (Probetraining) on "
           "'Dienschdag um halb acht' (Tue 15 Sep 19:30): a fixed time, but a sports try-out -> "
           "negative.",
      days=(("Tue", "2026-09-15"),))
def volleyball_tryout():
    when = "2026-09-09 22:18:40"
    body = t("""
        Hallo Sarah,

        klar, kumm gern zum Probetraining vorbei! Mir trainiere dienschdags un donnerschdags, am
        beschde kummscht gleich näggschde Woch am Dienschdag um halb acht in die Halle vun de
        Tiergartenschul (hinne de Eingang vum Parkplatz). Bring Hallenschuh mit un was zu trinke.

        Mir suche vor allem noch ä Zuspielerin fer die Zweit, awwer guck dir's erschtmol in Ruh a.
        Wenn's dir gfallt, mache mer die Mitgliedschaft im Oktober klar.

        Bis Dienschdag!
        Moni

        --
        Monika Zeller · Trainerin Damen 2
        TSG Neuenheim 1893 e.V. - Abteilung Volleyball
        """)
    return message([
        ("Received", rcv("mout.gmx.example", "212.227.17.22", when, BER, "vB4kP0wRtz")),
        ("From", addr("Moni Zeller", "moni.zeller@gmx.example")),
        ("To", SARAH),
        ("Subject", "Re: Probetraining Volleyball Damen"),
        ("Date", date(when, BER)),
        ("Message-ID", "<trinity-4b1d7e2c-90af-4f3e-a6c2-1d8e5b0f7a93-1789077520@3c-app-gmx-bs14>"),
        ("In-Reply-To", "<CAF8x0kq.vball.20260908@mail.example.org>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(29, family="car_service", lang="de", interview=False, company=None,
      note="Car dealer confirms a workshop appointment (Fr., 16.10.2026, 07:45 Uhr, Inspektion) "
           "with an ICS: fixed time, not an interview -> negative.",
      days=(("Fri", "2026-10-16"),))
def car_service():
    when = "2026-10-12 16:51:09"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:      Fr., 16.10.2026, 07:45 Uhr (Fahrzeugannahme)
        Fahrzeug:    Škoda Fabia, HD-SK 2417
        Leistungen:  Inspektion nach Herstellervorgabe, Wechsel auf Winterreifen (eingelagert)
        Voraussichtliche Abholung: ab 16:00 Uhr

        Ersatzmobilität: Ein kostenloser Leih-E-Bike steht für Sie bereit.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Gebr. Sauer GmbH · Eppelheimer Straße 62 · 69115 Heidelberg
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Gebr. Sauer//Online-Terminbuchung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:ws-20261016-0745-hdsk2417@autohaus-sauer.example
DTSTAMP:20261012T145109Z
DTSTART;TZID=Europe/Berlin:20261016T074500
DTEND;TZID=Europe/Berlin:20261016T080000
SUMMARY:Werkstatttermin Autohaus Sauer (Inspektion)
LOCATION:Eppelheimer Straße 62\\, 69115 Heidelberg
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.autohaus-sauer.example", "91.250.84.2", when, BER, "cS7tR3eWqk")),
        ("From", addr("Autohaus Gebr. Sauer Service", "service@autohaus-sauer.example")),
        ("To", SARAH),
        ("Subject", enc("Terminbestätigung Werkstatt – Fr., 16.10.2026, 07:45 Uhr")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261012145109.ws.884120@autohaus-sauer.example>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(30, family="auto_reply", lang="de", interview=False, company="Aurelion Diagnostics GmbH",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Aurelion recruiter to "
           "Sarah's thank-you mail after the 17 Sep interview; quotes 'Gespräch am Donnerstag' but "
           "confirms nothing -> negative. Company = the employer whose mailbox replied.",
      days=(("Fri", "2026-10-02"),))
def ooo_aurelion():
    when = "2026-09-18 08:12:04"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 02.10.2026, nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Team unter
        recruiting@aurelion-diagnostics.de.

        Mit freundlichen Grüßen
        Katrin Seifert
        People & Culture | Aurelion Diagnostics GmbH

        ---

        Thank you for your message. I am out of the office until Friday, 2 October 2026, with no
        access to e-mail. For urgent matters please contact recruiting@aurelion-diagnostics.de.
        """)
    return message([
        ("Received", rcv("mail.aurelion-diagnostics.de", "94.130.77.61", when, BER, "oO1fF5cEwr")),
        ("From", addr("Katrin Seifert", "katrin.seifert@aurelion-diagnostics.de")),
        ("To", SARAH),
        ("Subject", enc("Automatische Antwort: Danke für das Gespräch am Donnerstag")),
        ("Date", date(when, BER)),
        ("Message-ID", "<ooo.FR4P281MB3310.a91c@FR4P281MB3310.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAF8x0kq.danke.20260918@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(31, family="mock_interview_coach", lang="de", interview=False, company=None,
      note="Career coach confirms a paid mock interview ('Probe-Interview') on Mo., 19.10., "
           "18:00-19:30 via Zoom: confirmed time, but interview preparation, not a job interview "
           "-> negative.",
      days=(("Mon", "2026-10-19"),))
def coach_mock():
    when = "2026-10-13 19:26:50"
    body = t("""
        Liebe Sarah,

        super, dann halten wir das Probe-Interview fest: Mo., 19.10., 18:00–19:30 Uhr per Zoom
        (Link: https://us06web.zoom.us/j/87150234416, Kenncode 413872).

        Ich schlüpfe in die Rolle des Hiring Managers bei einem Biotech-Unternehmen und stelle dir
        die typischen Fragen (Motivation, Gehalt, „Erzähl mal von einem Konflikt im Team“) plus eine
        kurze Fallstudie. Danach gibt's 30 Minuten Feedback, die Aufzeichnung bekommst du am
        nächsten Tag.

        Schick mir bis Samstag bitte noch die Stellenanzeige, auf die wir uns vorbereiten sollen.

        Die Rechnung (Paket „Interview-Fit“, 2 Sitzungen) kommt separat.

        Herzliche Grüße
        Birgit

        Birgit Sandner · Karriere- & Bewerbungscoaching Rhein-Neckar
        www.sandner-coaching.example
        """)
    return message([
        ("Received", rcv("smtp.sandner-coaching.example", "85.13.140.22", when, BER, "mI8cK2oHvd")),
        ("From", addr("Birgit Sandner", "kontakt@sandner-coaching.example")),
        ("To", SARAH),
        ("Subject", enc("Dein Probe-Interview am Montag – Bestätigung")),
        ("Date", date(when, BER)),
        ("Message-ID", "<5f2c81e0a7b3d@sandner-coaching.example>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(32, family="recruiter_proposal", lang="en", interview=False, company="Bitwerft GmbH",
      note="Bitwerft recruiter proposes two slots ('Would Tuesday 10 Nov at 10:00 work? Otherwise "
           "Thursday 12 Nov at 14:00') and asks Sarah to choose: nothing confirmed yet -> negative. "
           "The thread is closed by the calendar invitation of key 7.",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")))
def bitwerft_proposal():
    when = "2026-11-03 11:47:21"
    body = t("""
        Hi Sarah,

        thanks for the great first call yesterday! Tobias (our engineering lead) would love to do the
        technical round with you next week. Would Tuesday, 10 Nov at 10:00 work for you? Otherwise
        Thursday, 12 Nov at 14:00 is also possible - we'd need about 75 minutes.

        Just let me know which one suits you better and Tobias will send a calendar invite with the
        Meet link.

        Cheers,
        Anna

        Anna Yilmaz
        Talent Acquisition | Bitwerft GmbH
        Kaiserstraße 94, 76133 Karlsruhe
        """)
    return message([
        ("Received", rcv("mail-ej1-f45.google.com", "209.85.218.45", when, BER, "bW3pT9yLrs")),
        ("From", addr("Anna Yilmaz", "anna.yilmaz@bitwerft.de")),
        ("To", SARAH),
        ("Subject", "Next step: technical interview at Bitwerft"),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAH3bwft0pRoP0s4l.nov3@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(33, family="forwarded_other_person", lang="de", interview=False, company=None,
      note="Sarah's brother forwards (inline) his own confirmed interview (Di., 13.10.2026, 10:00 Uhr, "
           "Domstadt Energie in Speyer) 'nur zur Info': a confirmed job interview, but for someone "
           "else -> negative.",
      days=(("Tue", "2026-10-13"),))
def brother_forward():
    when = "2026-10-06 19:58:12"
    body = t("""
        Hey Schwesterherz,

        schau mal, ich hab's tatsächlich in die nächste Runde geschafft!! Nur zur Info, damit du
        mir am Dienstag die Daumen drückst. Und falls du noch Tipps hast, wie man bei so nem
        Panel-Gespräch nicht rumstottert: her damit 😅

        Felix

        ---------- Forwarded message ---------
        Von: Bewerbermanagement Domstadt Energie <karriere@domstadt-energie.example>
        Date: Di., 6. Okt. 2026 um 15:12 Uhr
        Subject: Ihr Vorstellungsgespräch am 13.10.2026
        To: Felix Klein <felix.klein@example.com>

        Sehr geehrter Herr Klein,

        hiermit bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch als Projektingenieur
        Netzplanung (m/w/d):

        Dienstag, 13.10.2026, 10:00 Uhr
        Domstadt Energie GmbH, Industriestraße 19, 67346 Speyer, Verwaltungsgebäude, Raum 104

        Ihre Gesprächspartner sind Herr Gerhard Wolff (Abteilungsleiter Netze) und Frau Aylin
        Demir (Personal).

        Mit freundlichen Grüßen
        Bewerbermanagement
        Domstadt Energie GmbH
        """)
    return message([
        ("Received", rcv("mail-lf1-f43.google.com", "209.85.167.43", when, BER, "fX6rB1nMcq")),
        ("From", addr("Felix Klein", "felix.klein@example.com")),
        ("To", SARAH),
        ("Subject", enc("Fwd: Ihr Vorstellungsgespräch am 13.10.2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAGfx9kLn2R5sB8=bruder.20261006@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(34, family="interviewer_invite", lang="de", interview=False, company="Helixwerk GmbH",
      note="Exchange meeting request at Sarah's current employer: she is on the panel that interviews "
           "a candidate (Do., 19.11., 14:00-15:00). A confirmed job interview, but Sarah is the "
           "interviewer, not the candidate -> negative. Company = current employer (sender's).",
      days=(("Thu", "2026-11-19"),))
def helixwerk_panel():
    when = "2026-11-16 13:22:41"
    body = t("""
        Hallo Sarah,

        danke, dass du kurzfristig einspringst! Hier die Einladung für das Panel-Interview mit
        Herrn Özdemir (Senior Data Engineer). Lebenslauf und Interviewleitfaden liegen im Teams-Kanal
        „Recruiting DE“. Bitte trag deine Bewertung bis Freitag in Personio ein.

        Viele Grüße
        Julia

        Julia Brandl
        Talent Acquisition | Helixwerk GmbH | Im Neuenheimer Feld 582 | 69120 Heidelberg
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Brandl Julia:mailto:julia.brandl@helixwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Klein Sarah:mailto:sarah.klein@helixwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hoffmann Ralf:mailto:ralf.hoffmann@helixwerk.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mehmet.oezdemir@example.net:mailto:mehmet.oezdemir@example.net
SUMMARY;LANGUAGE=de-DE:Interview: Mehmet Özdemir – Senior Data Engineer (Panel)
DTSTART;TZID=W. Europe Standard Time:20261119T140000
DTEND;TZID=W. Europe Standard Time:20261119T150000
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000011223344
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T122241Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HD-582 Besprechungsraum Ribosom (2.OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Interview: Mehmet Özdemir – Senior Data Engineer (Panel)"
    return message([
        ("Received", rcv("FR6P281CU001.outbound.protection.outlook.com", "40.107.136.84", when, BER, "hW2pN5kQxe")),
        ("From", addr("Brandl Julia", "julia.brandl@helixwerk.de")),
        ("To", addr("Klein Sarah", "sarah.klein@helixwerk.de")),
        ("Cc", addr("Hoffmann Ralf", "ralf.hoffmann@helixwerk.de")),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject)),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR6P281MB3905A1B2C3D4E5F6@FR6P281MB3905.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "sarah.klein@helixwerk.de sarah.klein@example.org"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(35, family="rejection", lang="de", interview=False, company="Aurelion Diagnostics GmbH",
      note="Personio rejection after the 17 Sep interview ('nach dem Gespräch am 17.09.'): mentions a "
           "past interview date, confirms nothing -> negative.",
      days=(("Thu", "2026-09-17"),))
def personio_rejection():
    when = "2026-09-30 10:41:18"
    body = t("""
        Sehr geehrte Frau Klein,

        nochmals vielen Dank für Ihr Interesse an der Position Software Engineer Bioinformatik (m/w/d)
        und für das angenehme Gespräch am 17.09. bei uns in Mannheim.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
        fortzusetzen, deren Erfahrung im regulierten IVD-Umfeld noch besser zu unseren aktuellen
        Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

        Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talent-Pool behalten.
        Sie können dem jederzeit über den Link in Ihrem Bewerberkonto widersprechen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Katrin Seifert
        People & Culture
        Aurelion Diagnostics GmbH
        """)
    return message([
        ("Received", rcv("mail-eu1.personio.de", "18.196.47.212", when, BER, "pR9yLe4n2W")),
        ("From", addr("Aurelion Diagnostics GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Katrin Seifert", "katrin.seifert@aurelion-diagnostics.de")),
        ("To", SARAH),
        ("Subject", enc("Ihre Bewerbung als Software Engineer Bioinformatik (m/w/d)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<0102019b1a2c3d4e-7a8b9c0d-1e2f-4a3b-8c9d-0e1f2a3b4c5d-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body).replace('dir="ltr"', 'lang="de"'), cte="base64")))


@mail(36, family="offer", lang="en", interview=False, company="Lumenfold Bio",
      note="Greenhouse offer after the 27 Oct interview; invites Sarah to book an offer call via a "
           "scheduling link (no fixed time) -> negative.")
def greenhouse_offer():
    when = "2026-11-12 10:02:45"
    z = "America/New_York"
    body = t("""
        Hi Sarah,

        I'm thrilled to share that the team would like to offer you the role of Senior Software
        Engineer, Genomics Platform at Lumenfold Bio! Everyone you met during your interview on the
        27th came away impressed.

        Your offer letter is ready for review in our secure portal:
        https://app.greenhouse.io/offers/review/3f9a71c2

        Highlights: fully remote within the EU via our employer-of-record partner, EUR 96,000 base,
        equity as outlined in the letter, 30 days of vacation. The offer is valid until November 23.

        I'd love to walk you through the details and answer any questions - grab any time that
        works for you here: https://calendly.com/megan-lumenfold/offer-chat

        Congratulations!
        Megan Ashworth
        Recruiting | Lumenfold Bio
        """)
    return message([
        ("Received", rcv("o1.ptr4412.greenhouse-mail.io", "167.89.20.114", when, z, "gH1oF2fErq")),
        ("From", addr("Lumenfold Bio", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Megan Ashworth", "megan.ashworth@lumenfold.bio")),
        ("To", SARAH),
        ("Subject", "Your offer from Lumenfold Bio"),
        ("Date", date(when, z)),
        ("Message-ID", "<x8Lp2QmTRa6c9VbNw0yK3g@geopod-ismtpd-3>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(37, family="application_receipt", lang="de", interview=False, company="Halvorsen Instruments GmbH",
      note="iCIMS application receipt (German): 'Falls Ihr Profil passt, laden wir Sie zu einem "
           "Interview ein' - no time, nothing scheduled -> negative.")
def icims_receipt():
    when = "2026-09-07 22:31:05"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für Ihre Bewerbung als Senior Bioinformatics Engineer – NGS Software (Job-ID
        2026-4471) bei Halvorsen Instruments in Frankfurt am Main.

        Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Falls Ihr Profil zu
        unseren Anforderungen passt, laden wir Sie zu einem ersten Interview ein. Bitte haben Sie
        Verständnis, dass dies bis zu drei Wochen dauern kann.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://careers-halvorsen.icims.com/jobs/login

        Mit freundlichen Grüßen
        Talent Acquisition Team
        Halvorsen Instruments GmbH

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="640"><tr><td style="background:#00338d;padding:10px;color:#fff;font-size:18px">
        Halvorsen Instruments</td></tr><tr><td style="padding:14px">
        <p>Sehr geehrte Frau Klein,</p>
        <p>vielen Dank f&uuml;r Ihre Bewerbung als <b>Senior Bioinformatics Engineer &ndash; NGS Software</b>
        (Job-ID 2026-4471) bei Halvorsen Instruments in Frankfurt am Main.</p>
        <p>Wir haben Ihre Unterlagen erhalten und werden sie sorgf&auml;ltig pr&uuml;fen. Falls Ihr Profil zu
        unseren Anforderungen passt, laden wir Sie zu einem ersten Interview ein. Bitte haben Sie
        Verst&auml;ndnis, dass dies bis zu drei Wochen dauern kann.</p>
        <p><a href="https://careers-halvorsen.icims.com/jobs/login">Zum Karriereportal</a></p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Talent Acquisition Team<br>Halvorsen Instruments GmbH</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail104.icims.com", "64.69.238.104", when, BER, "iC4mS7rTqb")),
        ("From", addr("Halvorsen Instruments Karriere", "halvorsen@talent.icims.com")),
        ("To", SARAH),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Senior Bioinformatics Engineer – NGS Software")),
        ("Date", date(when, BER)),
        ("Message-ID", "<1789000265.4471.icims.notify@talent.icims.com>"),
    ], alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252")))


@mail(38, family="job_alert", lang="de", interview=False, company=None,
      note="Job alert digest with 'Vorstellungsgespräch per Video möglich' and 'Bewerbungsgespräch "
           "innerhalb von 7 Tagen' badges; no appointment -> negative.")
def job_alert():
    when = "2026-10-20 06:00:12"
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:20px;color:#0b5394"><b>JobRadar</b> Rhein-Neckar</td></tr>
        <tr><td style="padding:0 16px">
        <p>Hallo Sarah, hier sind <b>7 neue Jobs</b> f&uuml;r deine Suche &bdquo;Bioinformatik&ldquo; in
        Heidelberg (+ 50 km):</p>
        <div style="border-bottom:1px solid #eee;padding:8px 0"><b>Bioinformatiker*in Data Pipelines</b><br>
        Genovia Labs GmbH &middot; Heidelberg &middot; vor 1 Tag<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px">Vorstellungsgespr&auml;ch per Video m&ouml;glich</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0"><b>Senior Software Engineer (Python) &ndash; Life Science</b><br>
        Rheinblick Software AG &middot; Mannheim &middot; vor 2 Tagen<br>
        <span style="background:#fce8e6;color:#c5221f;font-size:12px">Bewerbungsgespr&auml;ch innerhalb von 7 Tagen</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0"><b>Scientific Software Developer</b><br>
        Institut f&uuml;r Molekulare Systeme &middot; Karlsruhe &middot; vor 3 Tagen</div>
        <div style="border-bottom:1px solid #eee;padding:8px 0"><b>Data Engineer Genomics (remote)</b><br>
        Fjordline Bio AS &middot; Remote (EU) &middot; heute</div>
        <p><a href="https://www.jobradar-rn.example/suche/4c81f">Alle 7 Jobs ansehen</a></p>
        <p style="font-size:11px;color:#999">Du erh&auml;ltst diesen Jobagenten t&auml;glich um 8 Uhr.
        <a href="https://www.jobradar-rn.example/abmelden?u=4c81f">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mta7.jobradar-rn.example", "185.41.9.77", when, BER, "jR2aD8rXoz")),
        ("From", addr("JobRadar Rhein-Neckar", "jobagent@jobradar-rn.example")),
        ("To", SARAH),
        ("Subject", enc("7 neue Jobs für „Bioinformatik“ in Heidelberg")),
        ("Date", date(when, BER)),
        ("Message-ID", "<alert.4c81f.20261020.0600@jobradar-rn.example>"),
        ("List-Unsubscribe", "<https://www.jobradar-rn.example/abmelden?u=4c81f>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(html_body))


@mail(39, family="newsletter_webinar", lang="de", interview=False, company=None,
      note="Career newsletter ('5 Fragen, die im Vorstellungsgespräch immer kommen') with a live "
           "webinar on salary negotiation, Do., 22.10., 18:00 Uhr: a fixed time, but a webinar "
           "-> negative.",
      days=(("Thu", "2026-10-22"),))
def career_newsletter():
    when = "2026-10-15 07:30:00"
    body = t("""
        KARRIEREKOMPASS – Ausgabe 41/2026

        5 Fragen, die im Vorstellungsgespräch immer kommen – und wie Sie souverän antworten

        1. „Erzählen Sie etwas über sich.“ – Zwei Minuten, roter Faden, Bezug zur Stelle.
        2. „Warum wollen Sie wechseln?“ – Nach vorne schauen, nicht über den alten Chef lästern.
        3. „Wo sehen Sie sich in fünf Jahren?“ – Ehrlich, aber passend zur Rolle.
        4. „Was sind Ihre Schwächen?“ – Eine echte Schwäche plus das, was Sie dagegen tun.
        5. „Haben Sie noch Fragen?“ – Immer ja. Fragen Sie nach dem Team und den ersten 90 Tagen.

        LIVE-WEBINAR: Gehalt verhandeln nach dem Interview
        Do., 22.10., 18:00 Uhr, kostenlos, 60 Minuten inkl. Fragerunde
        Jetzt Platz sichern: https://karrierekompass.example/webinar/gehalt

        Außerdem in dieser Ausgabe:
        – Video-Interviews: Licht, Ton, Blickkontakt
        – Probezeit: Ihre Rechte in den ersten sechs Monaten

        Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example angemeldet haben.
        Abmelden: https://karrierekompass.example/newsletter/abmelden?id=77a1
        """)
    return message([
        ("Received", rcv("mailout.cleverreach.example", "85.25.128.9", when, BER, "kK1nW4sLpe")),
        ("From", addr("Karrierekompass", "newsletter@karrierekompass.example")),
        ("To", SARAH),
        ("Subject", enc("5 Fragen, die im Vorstellungsgespräch immer kommen + Webinar am Donnerstag")),
        ("Date", date(when, BER)),
        ("Message-ID", "<nl-41-2026.77a1@karrierekompass.example>"),
        ("List-Unsubscribe", "<https://karrierekompass.example/newsletter/abmelden?id=77a1>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(40, family="smartrecruiters_pick_slot", lang="de", interview=False, company="Synthera Biologics GmbH",
      note="SmartRecruiters self-scheduling: 'Bitte wählen Sie einen Termin' with a list of "
           "available slots and a booking link; nothing is booked yet -> negative.",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09"), ("Thu", "2026-12-10")))
def smartrecruiters_pick():
    when = "2026-12-01 09:15:44"
    body = t("""
        Hallo Sarah,

        vielen Dank für Ihre Bewerbung als Lead Bioinformatics Engineer bei Synthera Biologics. Wir
        möchten Sie gerne kennenlernen!

        Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 45-minütiges
        Video-Interview mit unserem Team:

        Termin auswählen: https://jobs.smartrecruiters.com/sr-scheduling/SyntheraBiologics/7e1d44a0

        Aktuell verfügbare Zeitfenster (MEZ):
          Di., 08.12.: 09:00, 11:00, 15:30
          Mi., 09.12.: 10:00, 14:00
          Do., 10.12.: 13:00, 16:00

        Die Zeitfenster werden in der Reihenfolge der Buchungen vergeben. Nach Ihrer Auswahl erhalten
        Sie eine Bestätigung mit dem Einwahllink.

        Viele Grüße
        Ihr Talent-Team von Synthera Biologics
        """)
    return message([
        ("Received", rcv("mail-eu.smartrecruiters.com", "3.121.95.188", when, BER, "sR3pK8vQyn")),
        ("From", addr("Synthera Biologics", "noreply@smartrecruiters.com")),
        ("To", SARAH),
        ("Subject", enc("Synthera Biologics: Bitte wählen Sie Ihren Interviewtermin")),
        ("Date", date(when, BER)),
        ("Message-ID", "<sr.7e1d44a0.20261201081544@smartrecruiters.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(41, family="outreach", lang="de", interview=False, company="Talentbrücke Personalberatung GmbH",
      note="Agency recruiter outreach (du): 'hättest du nächste Woche Lust auf einen kurzen Call?' "
           "with no fixed time -> negative.")
def agency_outreach():
    when = "2026-09-22 13:37:09"
    body = t("""
        Hi Sarah,

        ich hoffe, du hattest einen guten Start in die Woche! Ich bin Kevin von der Talentbrücke und
        betreue exklusiv eine spannende Position als Teamlead Bioinformatics bei einem
        Diagnostik-Scale-up in Frankfurt (hybrid, 2 Tage Office).

        Dein Profil mit Nextflow, AWS und klinischen Daten passt richtig gut. Hättest du nächste
        Woche Lust auf einen kurzen Call (15-20 Min.)? Schick mir gern ein paar Zeiten, die dir
        passen, oder buch dir direkt was in meinem Kalender: https://calendly.com/kevin-talentbruecke/15min

        Beste Grüße
        Kevin Moser
        Senior Consultant Life Science IT
        Talentbrücke Personalberatung GmbH · Frankfurt am Main
        kevin.moser@talentbruecke.example · +49 69 247 55 103
        """)
    return message([
        ("Received", rcv("mail-wr1-f49.google.com", "209.85.221.49", when, BER, "tB8kM2oRwx")),
        ("From", addr("Kevin Moser", "kevin.moser@talentbruecke.example")),
        ("To", SARAH),
        ("Subject", "Teamlead Bioinformatics (Frankfurt, hybrid) - kurzer Austausch?"),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAJtbr8kM2oRwx.outreach.0922@mail.gmail.com>"),
    ], text(body, cte="quoted-printable"))


@mail(42, family="interview_proposed", lang="de", interview=False, company="Rheinblick Software AG",
      note="Hiring manager proposes 'Mittwoch, 02.12., um 10:30 Uhr' (alternatively Friday morning) "
           "and asks Sarah to confirm, then an invitation will follow: proposed, not confirmed "
           "-> negative.",
      days=(("Wed", "2026-12-02"), ("Fri", "2026-12-04")))
def rheinblick_proposal():
    when = "2026-11-20 16:44:27"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für Ihre Bewerbung als Senior Software Engineer (Python) – Life Science. Ihr
        Profil hat uns sehr angesprochen, und wir würden Sie gern zu einem ersten Gespräch (ca. eine
        Stunde, bei uns in Mannheim oder per Video) einladen.

        Hätten Sie am Mittwoch, 02.12., um 10:30 Uhr Zeit? Alternativ ginge auch Freitag, 04.12.,
        vormittags. Geben Sie mir bitte kurz Bescheid, was Ihnen besser passt – dann schicke ich Ihnen
        eine Kalendereinladung.

        Mit freundlichen Grüßen
        Stefan Kowalczyk
        Head of Engineering
        Rheinblick Software AG · Hafenstraße 49 · 68159 Mannheim
        """)
    return message([
        ("Received", rcv("mail.rheinblick-software.example", "176.9.44.201", when, BER, "rB5sW0kPcv")),
        ("From", addr("Stefan Kowalczyk", "s.kowalczyk@rheinblick-software.example")),
        ("To", SARAH),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag für ein erstes Gespräch")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261120154427.Gk3mQ@rheinblick-software.example>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], text(body, cte="quoted-printable"))


@mail(43, family="pharmacy_screening", lang="de", interview=False, company=None,
      note="Pharmacy confirms a health screening (Gesundheits-Check) on Sa., 10.10., 9:40 Uhr: "
           "fixed time, not an interview -> negative.",
      days=(("Sat", "2026-10-10"),))
def pharmacy_check():
    when = "2026-10-06 12:08:31"
    body = t("""
        Liebe Frau Klein,

        Ihr Termin für den Gesundheits-Check ist gebucht:

        Samstag, 10.10.2026, 9:40 Uhr
        Neckar-Apotheke, Brückenstraße 21, 69120 Heidelberg-Neuenheim

        Umfang: Blutdruck, Blutzucker, Gesamtcholesterin (ca. 20 Minuten). Bitte kommen Sie
        nüchtern, d. h. mindestens 8 Stunden vor dem Termin nichts essen; Wasser und ungesüßter Tee
        sind erlaubt.

        Absagen bis 24 Stunden vorher: 06221 47 11 30

        Ihre Neckar-Apotheke
        """)
    return message([
        ("Received", rcv("smtp.neckar-apotheke.example", "81.169.145.96", when, BER, "nA6pQ2hLsz")),
        ("From", addr("Neckar-Apotheke Heidelberg", "termine@neckar-apotheke.example")),
        ("To", SARAH),
        ("Subject", enc("Terminbestätigung Gesundheits-Check am 10.10.2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<apo.20261006100831.3391@neckar-apotheke.example>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(44, family="flat_viewing", lang="de", interview=False, company=None,
      note="Property management confirms a flat viewing (Besichtigungstermin) on Sa., 26.09., "
           "11:00 Uhr in Mannheim: fixed time, not an interview -> negative. ('Selbstauskunft' "
           "and 'Gespräch mit dem Eigentümer' are look-alike words.)",
      days=(("Sat", "2026-09-26"),))
def flat_viewing():
    when = "2026-09-21 18:15:03"
    html_body = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Klein,</p>
        <p>vielen Dank f&uuml;r Ihr Interesse an der <b>3-Zimmer-Wohnung, 78 m&sup2;, Mannheim-Neckarstadt-Ost,
        Lange R&ouml;tterstra&szlig;e</b> (Objekt-Nr. MA-2219).</p>
        <p>Gerne best&auml;tigen wir Ihnen den <b>Besichtigungstermin am Samstag, 26.09., um 11:00 Uhr</b>.
        Treffpunkt ist vor dem Hauseingang; Herr Yildiz von der Hausverwaltung erwartet Sie.</p>
        <p>Bitte bringen Sie zur Besichtigung die ausgef&uuml;llte Selbstauskunft, eine
        SCHUFA-Bonit&auml;tsauskunft und die letzten drei Gehaltsnachweise mit. Bei Interesse ist im
        Anschluss ein kurzes Gespr&auml;ch mit dem Eigent&uuml;mer m&ouml;glich.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Quadrate Hausverwaltung GmbH<br>
        N 7, 13 &middot; 68161 Mannheim</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.quadrate-hv.example", "89.31.143.7", when, BER, "qH3vB7nMxa")),
        ("From", addr("Quadrate Hausverwaltung", "vermietung@quadrate-hv.example")),
        ("To", SARAH),
        ("Subject", enc("Besichtigungstermin MA-2219 – Sa., 26.09., 11:00 Uhr")),
        ("Date", date(when, BER)),
        ("Message-ID", "<MA-2219.viewing.0926.11@quadrate-hv.example>"),
    ], html(html_body, charset="iso-8859-15", cte="quoted-printable"))


@mail(45, family="bank_advisor", lang="de", interview=False, company=None,
      note="Bank confirms a pension advice meeting (Beratungsgespräch Altersvorsorge) on Do., "
           "22.10.2026, 16:00-17:00 by video, with an ICS: fixed time, not an interview -> negative.",
      days=(("Thu", "2026-10-22"),))
def bank_pension():
    when = "2026-10-16 09:47:55"
    body = t("""
        Sehr geehrte Frau Klein,

        vielen Dank für Ihre Terminvereinbarung. Wir bestätigen Ihnen Ihr Beratungsgespräch:

        Thema: Altersvorsorge & betriebliche Vorsorge beim Arbeitgeberwechsel
        Termin: Donnerstag, 22.10.2026, 16:00 – 17:00 Uhr
        Art: Video-Beratung (den Link erhalten Sie 15 Minuten vor Beginn per SMS)
        Ihr Berater: Herr Daniel Vogt, Vorsorgespezialist

        Bitte halten Sie Ihre Renteninformation und ggf. Unterlagen zur betrieblichen
        Altersvorsorge bereit.

        Mit freundlichen Grüßen
        Ihre Neckartal Volksbank eG
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Neckartal Volksbank eG//Terminvereinbarung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:ntvb-beratung-20261022-1600-77120@neckartal-vb.example
DTSTAMP:20261016T074755Z
DTSTART;TZID=Europe/Berlin:20261022T160000
DTEND;TZID=Europe/Berlin:20261022T170000
SUMMARY:Beratungsgespräch Altersvorsorge (Video)
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mailout.neckartal-vb.example", "193.28.65.12", when, BER, "vB1nT6cKqw")),
        ("From", addr("Neckartal Volksbank eG", "beratung@neckartal-vb.example")),
        ("To", SARAH),
        ("Subject", enc("Terminbestätigung Ihres Beratungsgesprächs am 22.10.2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<termin-77120-20261016@neckartal-vb.example>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="Beratungstermin.ics", disposition="attachment",
                      cte="base64")))


@mail(46, family="parent_teacher", lang="de", interview=False, company=None,
      note="School portal confirms a parent-teacher slot (Elternsprechtag, Mi., 25.11., 16:20-16:30) "
           "for Sarah's daughter: fixed time, not an interview -> negative.",
      days=(("Wed", "2026-11-25"),))
def parent_teacher():
    when = "2026-11-18 20:05:40"
    body = t("""
        Guten Tag Frau Klein,

        Ihre Buchung für den Elternsprechtag wurde gespeichert.

        Kind: Mila Klein, Klasse 2b
        Lehrkraft: Frau Albrecht (Klassenleitung)
        Datum: Mittwoch, 25.11.2026
        Uhrzeit: 16:20 – 16:30 Uhr
        Raum: 12 (Erdgeschoss, Altbau)

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Eine Stornierung ist bis
        Montag, 23.11., 12:00 Uhr im Portal möglich.

        Mit freundlichen Grüßen
        Mönchhof-Grundschule Heidelberg
        (automatisch versendet über Schulportal)
        """)
    return message([
        ("Received", rcv("mail.schulportal-bw.example", "141.10.54.3", when, BER, "sP9kL3mQzt")),
        ("From", addr("Schulportal – Mönchhof-Grundschule", "noreply@schulportal-bw.example")),
        ("To", SARAH),
        ("Subject", enc("Elternsprechtag: Ihre Buchung (Mi., 25.11., 16:20 Uhr)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<est.2b.albrecht.1620.mila@schulportal-bw.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="base64"))


@mail(47, family="work_team_event", lang="de", interview=False, company="Helixwerk GmbH",
      note="Exchange invitation to the Christmas party at Sarah's current employer (Fr., 11.12., "
           "18:00-23:00, W. Europe Standard Time): fixed time, internal team event -> negative.",
      days=(("Fri", "2026-12-11"),))
def helixwerk_xmas():
    when = "2026-11-30 11:11:11"
    body = t("""
        Liebe Helixwerkerinnen und Helixwerker,

        es ist wieder so weit: Unsere Weihnachtsfeier steigt am Freitag, 11.12., ab 18 Uhr im
        Zeughaus-Keller in der Altstadt! Es gibt Flammkuchen, Glühwein (auch ohne) und das
        legendäre Wichteln – Budget 15 Euro.

        Bitte sagt über die Einladung zu oder ab, damit wir planen können.

        Euer Events-Team
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Events Helixwerk:mailto:events@helixwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alle Mitarbeitenden HD:mailto:alle-hd@helixwerk.de
SUMMARY;LANGUAGE=de-DE:Helixwerk Weihnachtsfeier 2026
DTSTART;TZID=W. Europe Standard Time:20261211T180000
DTEND;TZID=W. Europe Standard Time:20261211T230000
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC0100000000000000001000000055667788
CLASS:PUBLIC
DTSTAMP:20261130T101111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Zeughaus-Keller\\, Heidelberg Altstadt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("FR6P281CU001.outbound.protection.outlook.com", "40.107.136.84", when, BER, "hX7eV1wPqs")),
        ("From", addr("Events Helixwerk", "events@helixwerk.de")),
        ("To", addr("Alle Mitarbeitenden HD", "alle-hd@helixwerk.de")),
        ("Subject", "Einladung: Helixwerk Weihnachtsfeier 2026"),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR6P281MB4410B7C8D9E0F1A2@FR6P281MB4410.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "sarah.klein@helixwerk.de sarah.klein@example.org"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(48, family="mailing_list_meetup", lang="en", interview=False, company=None,
      note="Mailing-list announcement of a bioinformatics meetup talk 'How we interview "
           "bioinformaticians' on Tue 17 Nov, 19:00: a fixed time and the word interview, but a "
           "meetup -> negative.",
      days=(("Tue", "2026-11-17"),))
def list_meetup():
    when = "2026-11-09 17:30:12"
    body = t("""
        Hi all,

        Meetup #42 of the Heidelberg Bioinformatics & Data group is on!

          When:  Tuesday, 17 November, 19:00 (doors 18:30)
          Where: Heidelberg Startup Hub, Czernyring 22, 2nd floor
          RSVP:  https://hd-bioinfo.example/meetup-42 (60 seats, first come first served)

        Talks:
          1. "How we interview bioinformaticians (and what we got wrong)" - Claudia Ries, Genovia Labs
          2. "Snakemake at 10,000 samples" - Tim Voss, DKFZ-adjacent chaos

        Pizza sponsored by Genovia Labs, who are also hiring (ask Claudia, not me).

        Cheers,
        Paul

        _______________________________________________
        hd-bioinfo mailing list
        hd-bioinfo@lists.hd-bioinfo.example
        https://lists.hd-bioinfo.example/mailman/listinfo/hd-bioinfo
        """)
    return message([
        ("Received", rcv("lists.hd-bioinfo.example", "95.217.33.40", when, BER, "mL4sT8dRwy")),
        ("From", addr("Paul Reinhardt", "paul.reinhardt@posteo.example")),
        ("To", "hd-bioinfo@lists.hd-bioinfo.example"),
        ("Subject", "[hd-bioinfo] Meetup #42: How we interview bioinformaticians - Tue 17 Nov"),
        ("Date", date(when, BER)),
        ("Message-ID", "<b1e2c3d4-meetup42@posteo.example>"),
        ("List-Id", "Heidelberg Bioinformatics & Data <hd-bioinfo.lists.hd-bioinfo.example>"),
        ("List-Unsubscribe", "<https://lists.hd-bioinfo.example/mailman/options/hd-bioinfo>, "
                             "<mailto:hd-bioinfo-request@lists.hd-bioinfo.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:hd-bioinfo@lists.hd-bioinfo.example>"),
        ("Precedence", "list"),
        ("Sender", "hd-bioinfo-bounces@lists.hd-bioinfo.example"),
    ], text(body, cte="7bit"))


@mail(49, family="bounce", lang="de", interview=False, company=None,
      note="Postfix bounce (multipart/report) of Sarah's own reply confirming 'Dienstag, 24.11., um "
           "10 Uhr' to a mistyped recruiter address: the confirmation never arrived and the mail is "
           "from the mailer-daemon -> negative.",
      days=(("Tue", "2026-11-24"),))
def bounce_sarah():
    when = "2026-11-17 21:04:40"
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.brenneke@vitalis-genomcis.example>: Host or domain name not found. Name
            service error for name=vitalis-genomcis.example type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Hq7Kd2xWbz9s
        X-Postfix-Sender: rfc822; sarah.klein@example.org
        Arrival-Date: Tue, 17 Nov 2026 21:04:38 +0100 (CET)

        Final-Recipient: rfc822; t.brenneke@vitalis-genomcis.example
        Original-Recipient: rfc822;t.brenneke@vitalis-genomcis.example
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=vitalis-genomcis.example type=A: Host not found
        """)
    orig_body = t("""
        Hallo Herr Brenneke,

        vielen Dank für die Einladung! Dienstag, 24.11., um 10 Uhr passt mir sehr gut, ich bestätige
        hiermit gerne den Termin bei Ihnen in Heidelberg.

        Viele Grüße
        Sarah Klein
        """)
    orig = message([
        ("From", SARAH),
        ("To", addr("Thomas Brenneke", "t.brenneke@vitalis-genomcis.example")),
        ("Subject", enc("Re: Einladung zum Gespräch")),
        ("Date", date("2026-11-17 21:04:35", BER)),
        ("Message-ID", "<CAF8x0kq.brenneke.20261117@mail.example.org>"),
    ], text(orig_body, cte="8bit"))
    report = mixed(
        text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
    )
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")]
    return message([
        ("Received", "by mail.example.org (Postfix)\r\n id 4Hq7Kd3B1Zz9t; " + date("2026-11-17 21:04:40", BER)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org")),
        ("To", SARAH),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261117200440.4Hq7Kd3B1Zz9t@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(50, family="grant_interview", lang="de", interview=False, company=None,
      note="Selection interview (Auswahlgespräch: pitch + questions) for a start-up grant for "
           "Sarah's side business, Mo., 07.12., 13:15-13:45: a confirmed 'interview', but for a "
           "grant, not a job -> negative.",
      days=(("Mon", "2026-12-07"),))
def grant_interview():
    when = "2026-11-27 14:20:09"
    body = t("""
        Sehr geehrte Frau Klein,

        wir freuen uns, Ihnen mitteilen zu können, dass Ihr Vorhaben „Klein Sequence Consulting –
        Auswertungspipelines für kleine Labore“ die erste Runde des Gründungsstipendiums
        Rhein-Neckar 2027 erfolgreich durchlaufen hat.

        Wir laden Sie daher herzlich zum Auswahlgespräch vor der Jury ein:

            Montag, 07.12.2026, 13:15 – 13:45 Uhr
            Gründerzentrum Heidelberg, Raum „Neckar“, Speyerer Straße 4

        Ablauf: 10 Minuten Pitch (max. 8 Folien), anschließend 20 Minuten Fragen der Jury zu
        Geschäftsmodell, Markt und Finanzplanung. Bitte senden Sie Ihre Präsentation bis
        Donnerstag, 03.12., an stipendium@gruenden-rn.example.

        Mit freundlichen Grüßen
        Dr. Carola Neumeyer
        Programmleitung Gründungsstipendium Rhein-Neckar
        """)
    return message([
        ("Received", rcv("mail.gruenden-rn.example", "217.160.0.44", when, BER, "gS2tU5fRkn")),
        ("From", addr("Gründungsstipendium Rhein-Neckar", "stipendium@gruenden-rn.example")),
        ("Reply-To", addr("Carola Neumeyer", "c.neumeyer@gruenden-rn.example")),
        ("To", SARAH),
        ("Subject", enc("Einladung zum Auswahlgespräch – Gründungsstipendium Rhein-Neckar 2027")),
        ("Date", date(when, BER)),
        ("Message-ID", "<gsrn-2027-auswahl-0147@gruenden-rn.example>"),
    ], alt(text(body), html(gmail_html(body))))
