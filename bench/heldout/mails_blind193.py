"""blind193: a blind 50-mail held-out set, the inbox of Finn Ohlsen (Lübeck), Sep-Dec 2026.

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing.
Written blind: without reading the detector, its tests, or any other held-out set's mails.
Build and check:  python3 bench/heldout/make_blind.py blind193
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

SET = "blind193"
ORDER = random.Random(1930193).sample(range(1, 51), 50)
FINN = "finn.ohlsen@example.org"
FINN_TO = "Finn Ohlsen <finn.ohlsen@example.org>"
BERLIN = "Europe/Berlin"
CPH = "Europe/Copenhagen"
STO = "Europe/Stockholm"


def N(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, mx: str,
         to: str = FINN_TO, extra: tuple[tuple[str, str], ...] = (), lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra) in that order."""
    return [
        ("Delivered-To", FINN),
        ("Received", received(mx, when, zone, "mx01.mail.example.org with ESMTPS id " + msgid[1:9], FINN, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def vcal(prodid: str, method: str | None, tz: str | None, event: str) -> str:
    """A VCALENDAR around one hand-written VEVENT body (LF lines, folded later by make.calendar)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines += ["BEGIN:VEVENT", t(event).strip("\n"), "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives (keys 1-23)


# --- 1: Greenhouse, Hanseflow Logistics (Hamburg), video, Europe/Berlin in summer time
@mail(N(1), family="greenhouse", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", BERLIN), end=utc("2026-09-17 11:00", BERLIN),
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=BERLIN,
      contact="merle.dierks@hanseflow.de", company="Hanseflow Logistics",
      note="Greenhouse confirmation, 'Do., 17.09.2026, 10:00-11:00 Uhr (MESZ)', Berlin CEST (UTC+2) "
           "-> 08:00Z-09:00Z; ICS in Europe/Berlin agrees; contact = human Reply-To / ORGANIZER")
def k01() -> bytes:
    body = t("""
        Hallo Finn,

        vielen Dank, dass Sie sich Zeit für ein Gespräch mit uns nehmen. Hiermit bestätigen wir
        Ihren Interviewtermin:

        Position:   Senior Data Engineer (m/w/d) – Fleet & Voyage Data
        Termin:     Do., 17.09.2026, 10:00–11:00 Uhr (MESZ)
        Format:     Videocall (Google Meet) – meet.google.com/hxq-rtbv-kaw
        Gesprächspartner: Merle Dierks (Talent Acquisition), Dr. Tobias Venn (Head of Data)

        Die Kalendereinladung finden Sie im Anhang. Falls Sie den Termin verschieben müssen,
        antworten Sie einfach auf diese E-Mail.

        Beste Grüße
        Merle Dierks
        Hanseflow Logistics GmbH · Am Sandtorkai 41 · 20457 Hamburg
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hallo Finn,</p>
        <p>vielen Dank, dass Sie sich Zeit für ein Gespräch mit uns nehmen. Hiermit bestätigen wir Ihren Interviewtermin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Senior Data Engineer (m/w/d) – Fleet &amp; Voyage Data</td></tr>
        <tr><td><b>Termin</b></td><td>Do., 17.09.2026, 10:00–11:00 Uhr (MESZ)</td></tr>
        <tr><td><b>Format</b></td><td>Videocall (Google Meet) – <a href="https://meet.google.com/hxq-rtbv-kaw">meet.google.com/hxq-rtbv-kaw</a></td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Merle Dierks (Talent Acquisition), Dr. Tobias Venn (Head of Data)</td></tr>
        </table>
        <p>Die Kalendereinladung finden Sie im Anhang. Falls Sie den Termin verschieben müssen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Beste Grüße<br>Merle Dierks<br>Hanseflow Logistics GmbH · Am Sandtorkai 41 · 20457 Hamburg</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7d41c0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", BERLIN, """
        UID:gh-interview-81736402-hanseflow@greenhouse.io
        DTSTAMP:20260911T122207Z
        DTSTART;TZID=Europe/Berlin:20260917T100000
        DTEND;TZID=Europe/Berlin:20260917T110000
        SUMMARY:Interview: Finn Ohlsen – Senior Data Engineer (Hanseflow Logistics)
        LOCATION:https://meet.google.com/hxq-rtbv-kaw
        ORGANIZER;CN=Merle Dierks:mailto:merle.dierks@hanseflow.de
        ATTENDEE;CN=Finn Ohlsen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.ohlsen@example.org
        ATTENDEE;CN=Tobias Venn;ROLE=REQ-PARTICIPANT:mailto:tobias.venn@hanseflow.de
        SEQUENCE:0
        STATUS:CONFIRMED
        """)
    hs = head("Hanseflow Logistics <no-reply@greenhouse.io>",
              "Interviewbestätigung: Senior Data Engineer (m/w/d) – Hanseflow Logistics",
              "2026-09-11 14:22:07", BERLIN, "<0100019a3c7e5f12-5b1d7e8a-hanseflow-000000@email.greenhouse.io>",
              mx="from o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.3])",
              extra=(("Reply-To", "Merle Dierks <merle.dierks@hanseflow.de>"),
                     ("X-Mailer", "Greenhouse Software")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --- 2: Personio, Nordlicht Reederei (Kiel), on site, "ca. 90 Minuten" -> no end
@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", BERLIN), end=None,
      local="Tue 2026-09-22 14:00", zone=BERLIN,
      contact="jannik.thormaehlen@nordlicht-reederei.de", company="Nordlicht Reederei",
      note="Personio invitation (HTML only, base64): 'Dienstag, 22.09.2026 um 14:00 Uhr' in Kiel, CEST -> "
           "12:00Z; 'ca. 90 Minuten' is approximate so end null; contact = human Reply-To")
def k02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <tr><td>
        <img src="https://nordlicht-reederei.jobs.personio.de/logo.png" alt="Nordlicht Reederei" height="40">
        <p>Sehr geehrter Herr Ohlsen,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Data Engineer Flottenbetrieb (m/w/d)</b>. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:</p>
        <p style="background:#eef3f8;padding:12px">
        <b>Dienstag, 22.09.2026 um 14:00 Uhr</b><br>
        Nordlicht Reederei GmbH, Kaistraße 12, 24103 Kiel (Empfang im 3. OG)<br>
        Dauer: ca. 90 Minuten</p>
        <p>Sie sprechen mit Jannik Thormählen (HR) und Katrin Ehlers (Leitung Flottendaten). Bitte bringen Sie einen Lichtbildausweis mit; Parkplätze finden Sie im Parkhaus Sartori-Kai.</p>
        <p>Bei Rückfragen antworten Sie gern direkt auf diese Nachricht.</p>
        <p>Mit freundlichen Grüßen<br>Jannik Thormählen<br>Personalabteilung</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet. Informationen zum Datenschutz finden Sie unter nordlicht-reederei.jobs.personio.de/privacy-policy.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Nordlicht Reederei GmbH", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Nordlicht Reederei GmbH",
              "2026-09-15 09:41:33", BERLIN, "<20260915074133.4f1c2d9e7a@mail.personio.de>",
              mx="from mail-out-2.personio.de (mail-out-2.personio.de [52.58.21.177])",
              extra=(("Reply-To", addr("Jannik Thormählen", "jannik.thormaehlen@nordlicht-reederei.de")),))
    return message(hs, html(page, cte="base64"))


# --- 3: Teamtailor, Kattegat Data (Copenhagen), English, ICS in UTC
@mail(N(3), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 13:00", CPH), end=utc("2026-09-30 13:45", CPH),
      local="Wed 2026-09-30 13:00", local_end="2026-09-30 13:45", zone=CPH,
      contact="mette.lund@kattegatdata.dk", company="Kattegat Data",
      note="Teamtailor confirmation by a Danish employer in English: 'Wednesday 30 September, 13:00-13:45 "
           "(Copenhagen time)', CEST -> 11:00Z-11:45Z; ICS in UTC agrees; Reply-To is a Teamtailor relay, "
           "so contact = recruiter address in the body")
def k03() -> bytes:
    body = t("""
        Hej Finn,

        Thanks for booking your interview with us – it's confirmed!

          Role: Data Engineer, Vessel Telemetry
          When: Wednesday 30 September, 13:00–13:45 (Copenhagen time)
          Where: Microsoft Teams (link in the calendar invite)
          With: Mette Lund (People Partner) and Anders Holm (Lead Data Engineer)

        If anything comes up, reply to this email or write to me directly at
        mette.lund@kattegatdata.dk.

        Venlig hilsen / Best regards
        Mette Lund
        Kattegat Data ApS · Havnegade 39 · 1058 København K

        --
        Sent via Teamtailor · Unsubscribe from candidate emails: https://kattegatdata.teamtailor.com/unsubscribe
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#18181b">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hej Finn,</p>
        <p>Thanks for booking your interview with us – it's confirmed!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Data Engineer, Vessel Telemetry</strong></p>
        <p style="margin:8px 0 0">Wednesday 30 September, 13:00–13:45 (Copenhagen time)</p>
        <p style="margin:4px 0 0">Microsoft Teams (link in the calendar invite)</p>
        <p style="margin:4px 0 0">With Mette Lund (People Partner) and Anders Holm (Lead Data Engineer)</p>
        </div>
        <p>If anything comes up, reply to this email or write to me directly at <a href="mailto:mette.lund@kattegatdata.dk">mette.lund@kattegatdata.dk</a>.</p>
        <p>Venlig hilsen / Best regards<br>Mette Lund<br>Kattegat Data ApS · Havnegade 39 · 1058 København K</p>
        <p style="font-size:11px;color:#71717a">Sent via Teamtailor</p>
        </div></body></html>
        """)
    ics = vcal("-//Teamtailor//Interview//EN", "REQUEST", None, """
        UID:tt-meeting-5528193@teamtailor.com
        DTSTAMP:20260921T080512Z
        DTSTART:20260930T110000Z
        DTEND:20260930T114500Z
        SUMMARY:Interview – Data Engineer, Vessel Telemetry – Kattegat Data
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kattegat5528193
        ORGANIZER;CN=Kattegat Data:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Finn Ohlsen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    hs = head("Kattegat Data <no-reply@teamtailor-mail.com>",
              "Interview confirmed: Data Engineer, Vessel Telemetry",
              "2026-09-21 10:05:12", CPH, "<6f3a91c2-0b7d-4e21-9a55-kattegat@teamtailor-mail.com>",
              mx="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [3.124.88.19])",
              extra=(("Reply-To", "Kattegat Data <reply+c7e1f0a25528193@teamtailor-mail.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


# --- 4: phone-written reply, Trave Terminal (Lübeck), "morgen, Donnerstag, gegen neun", sent 00:40 local
@mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 09:00", BERLIN), end=None,
      local="Thu 2026-10-08 09:00", zone=BERLIN,
      contact="h.stamer@trave-terminal.de", company="Trave Terminal",
      note="Short phone reply sent Wed 7 Oct 00:40 CEST (still Tue 6 Oct in UTC): 'morgen, Donnerstag, gegen "
           "neun' resolves against the local Date -> Thu 8 Oct 09:00 CEST = 07:00Z; 'gegen neun' labelled "
           "09:00, no end; contact = the human sender")
def k04() -> bytes:
    body = t("""
        Moin Finn,

        passt. Dann morgen, Donnerstag, gegen neun bei uns im Terminalgebäude am Skandinavienkai,
        Tor 3, beim Pförtner melden. Warnweste kriegst du von uns. Wir gehen kurz übers Terminal und
        setzen uns dann mit Sanne aus der IT zusammen.

        Gruß Holger

        Von meinem iPhone gesendet

        > Am 06.10.2026 um 21:14 schrieb Finn Ohlsen <finn.ohlsen@example.org>:
        >
        > Moin Herr Stamer, moin Holger,
        >
        > danke für den Anruf heute. Donnerstag Vormittag würde bei mir gut gehen, ab 8:30
        > bin ich flexibel. Soll ich irgendwas mitbringen?
        >
        > Viele Grüße
        > Finn
        """)
    hs = head("Holger Stamer <h.stamer@trave-terminal.de>", "Re: Gespräch Data Engineer / Terminal",
              "2026-10-07 00:40:51", BERLIN, "<7A1C0E2B-91D4-4F3A-B7E2-3C55AA0D1F88@trave-terminal.de>",
              mx="from mail.trave-terminal.de (mail.trave-terminal.de [212.18.3.44])",
              extra=(("In-Reply-To", "<a81d2b6c-finn-0610@example.org>"),
                     ("References", "<a81d2b6c-finn-0610@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


# --- 5: Calendly, Öresund Freight (Malmö), English, Europe/Stockholm
@mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-12 11:30", STO), end=utc("2026-10-12 12:00", STO),
      local="Mon 2026-10-12 11:30", local_end="2026-10-12 12:00", zone=STO,
      contact="johan.berglund@oresundfreight.se", company="Öresund Freight",
      note="Calendly invitee confirmation by a Swedish employer: 'Monday, October 12, 2026 11:30 - 12:00 "
           "(Central European Time - Stockholm)', CEST -> 09:30Z-10:00Z; ICS in Europe/Stockholm agrees; "
           "contact = host's Reply-To")
def k05() -> bytes:
    body = t("""
        Hi Finn Ohlsen,

        A new event has been scheduled.

        Event Type:
        First conversation – Data Engineer (Malmö / hybrid)

        Invitee:
        Finn Ohlsen

        Invitee Email:
        finn.ohlsen@example.org

        Event Date/Time:
        11:30 - 12:00, Monday, October 12, 2026 (Central European Time - Stockholm)

        Location:
        This is a Google Meet web conference. https://meet.google.com/pqe-wnzd-ofu

        Host:
        Johan Berglund, Head of Data Platform, Öresund Freight AB

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b8e71aa-51f2-4b9c-9d2a-0e4b7f61c2d4
        Reschedule: https://calendly.com/reschedulings/3b8e71aa-51f2-4b9c-9d2a-0e4b7f61c2d4

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", "Europe/Stockholm", """
        UID:3b8e71aa-51f2-4b9c-9d2a-0e4b7f61c2d4@calendly.com
        DTSTAMP:20261002T131205Z
        DTSTART;TZID=Europe/Stockholm:20261012T113000
        DTEND;TZID=Europe/Stockholm:20261012T120000
        SUMMARY:First conversation – Data Engineer (Malmö / hybrid) between Johan Berglund and Finn Ohlsen
        LOCATION:https://meet.google.com/pqe-wnzd-ofu
        ORGANIZER;CN=Johan Berglund:mailto:johan.berglund@oresundfreight.se
        ATTENDEE;CN=Finn Ohlsen;PARTSTAT=ACCEPTED:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: First conversation – Data Engineer (Malmö / hybrid) with Johan Berglund on "
              "Monday, October 12, 2026",
              "2026-10-02 15:12:05", STO, "<20261002131205.c41d2f7a9e3b@calendly.com>",
              mx="from o1.ptr2741.calendly.com (o1.ptr2741.calendly.com [149.72.134.61])",
              extra=(("Reply-To", addr("Johan Berglund", "johan.berglund@oresundfreight.se")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


# --- 6: Exchange meeting request, Elbkran (Hamburg), Teams; mail in CEST, interview after 25 Oct (CET)
@mail(N(6), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:30", BERLIN), end=utc("2026-10-27 11:30", BERLIN),
      local="Tue 2026-10-27 10:30", local_end="2026-10-27 11:30", zone=BERLIN,
      contact="stefanie.krueger@elbkran.de", company="Elbkran",
      note="Outlook/Exchange meeting request sent Fri 23 Oct (CEST, +0200); the interview on Tue 27 Oct is "
           "after the switch back to CET on 25 Oct, so 10:30 (UTC+01:00) = 09:30Z-10:30Z; ICS TZID "
           "'W. Europe Standard Time' agrees; contact = human sender / ORGANIZER")
def k06() -> bytes:
    body = t("""
        Hallo Herr Ohlsen,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch über
        Teams. Mit dabei ist Herr Dr. Lüders aus dem Bereich Kranautomatisierung.

        Viele Grüße
        Stefanie Krüger
        Recruiting | Elbkran AG
        Köhlbranddeich 20 | 20457 Hamburg
        Tel. +49 40 7115 3302

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NDg1YjItOGM3Zi00YjQ1LWE2NjEtZWxia3Jhbg%40thread.v2/0>
        Besprechungs-ID: 384 552 917 206
        Kennung: Hq7Vx2
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Ohlsen,</p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch über Teams. Mit dabei ist Herr Dr. Lüders aus dem Bereich Kranautomatisierung.</p>
        <p class="MsoNormal">Viele Grüße<br>Stefanie Krüger<br>Recruiting | Elbkran AG<br>Köhlbranddeich 20 | 20457 Hamburg<br>Tel. +49 40 7115 3302</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NDg1YjItOGM3Zi00YjQ1LWE2NjEtZWxia3Jhbg%40thread.v2/0" style="font-size:14px;color:#5B5FC7">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div style="font-size:14px;color:#252424">Besprechungs-ID: 384 552 917 206<br>Kennung: Hq7Vx2</div>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", "W. Europe Standard Time", """
        ORGANIZER;CN=Krüger\\, Stefanie:mailto:stefanie.krueger@elbkran.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.ohlsen@example.org:mailto:finn.ohlsen@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lüders\\, Jan-Hendrik Dr.:mailto:jan-hendrik.lueders@elbkran.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ohlsen\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch über Teams.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0B4C1D2A962DC01000000000000000010000000C41B2E77A8D0F44A9E0C1D2B3E4F5A61
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Data Engineer – Finn Ohlsen
        DTSTART;TZID=W. Europe Standard Time:20261027T103000
        DTEND;TZID=W. Europe Standard Time:20261027T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T091802Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118459321
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
        """)
    hs = head(addr("Krüger, Stefanie", "stefanie.krueger@elbkran.de"),
              "Vorstellungsgespräch Data Engineer – Finn Ohlsen",
              "2026-10-23 11:18:02", BERLIN, "<FR3P281MB2417A1C0E9D44B2F6B1E8C7DA5F92@FR3P281MB2417.DEUP281.PROD.OUTLOOK.COM>",
              mx="from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2071.outbound.protection.outlook.com [40.107.7.71])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer – Finn Ohlsen")),
                     ("Thread-Index", "AdtkF0Jm8nC5QvQ2Tq2x1hWk0yZ3Lw=="),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --- 7: Google Calendar invitation (German UI), Warnow Port Systems (Rostock)
@mail(N(7), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-02 15:00", BERLIN), end=utc("2026-11-02 16:00", BERLIN),
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 16:00", zone=BERLIN,
      contact="ole.brandes@warnow-port.de", company="Warnow Port Systems",
      note="Google Calendar invitation in German: 'Mo. 2. Nov. 2026 15:00 - 16:00 (Mitteleuropäische "
           "Normalzeit - Berlin)', CET -> 14:00Z-15:00Z; ICS in Europe/Berlin agrees; contact = organizer")
def k07() -> bytes:
    body = t("""
        Ole Brandes hat Sie zu folgendem Termin eingeladen.

        Zweitgespräch Data Engineering – Finn Ohlsen
        Mo. 2. Nov. 2026 15:00 - 16:00 (Mitteleuropäische Normalzeit - Berlin)

        Hallo Finn, wie besprochen: zweite Runde mit Mareike (CTO) und mir, wir schauen uns
        gemeinsam deine Case-Lösung zum AIS-Datenimport an. Bis dann!

        Mit Google Meet teilnehmen
        https://meet.google.com/vbt-kfqs-nyw

        Gäste
        Ole Brandes - Organisator
        mareike.sass@warnow-port.de
        finn.ohlsen@example.org
        Alle Gäste anzeigen: https://calendar.google.com/calendar/event?action=VIEW&eid=NWI4c2ZvcTNyZWQ

        Antworten für finn.ohlsen@example.org: Ja
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWI4c2ZvcTNyZWQ&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=NWI4c2ZvcTNyZWQ&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=NWI4c2ZvcTNyZWQ&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie "Ja" oder
        "Nein" auswählen, wird der Organisator benachrichtigt.
        """)
    page = gmail_html(body)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", BERLIN, """
        DTSTART;TZID=Europe/Berlin:20261102T150000
        DTEND;TZID=Europe/Berlin:20261102T160000
        DTSTAMP:20261027T150211Z
        ORGANIZER;CN=Ole Brandes:mailto:ole.brandes@warnow-port.de
        UID:5b8sfoq3red1lq7e0v9c2k4n6u@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ole Brandes;X-NUM-GUESTS=0:mailto:ole.brandes@warnow-port.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mareike.sass@warnow-port.de;X-NUM-GUESTS=0:mailto:mareike.sass@warnow-port.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.ohlsen@example.org;X-NUM-GUESTS=0:mailto:finn.ohlsen@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/vbt-kfqs-nyw
        CREATED:20261027T150149Z
        DESCRIPTION:Hallo Finn\\, wie besprochen: zweite Runde mit Mareike (CTO) und mir.
        LAST-MODIFIED:20261027T150211Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Data Engineering – Finn Ohlsen
        TRANSP:OPAQUE
        """)
    hs = head("Ole Brandes <ole.brandes@warnow-port.de>",
              "Einladung: Zweitgespräch Data Engineering – Finn Ohlsen @ Mo. 2. Nov. 2026 15:00 - 16:00 "
              "(MEZ) (finn.ohlsen@example.org)",
              "2026-10-27 16:02:11", BERLIN, "<calendar-7e1c44b0-2f9a-4d35-8c11-5ad0e93b6f21@google.com>",
              mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", "Ole Brandes <ole.brandes@warnow-port.de>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 8: Ashby, Tidewater Labs (Auckland, remote); NZDT Wednesday morning = Tuesday evening in UTC
@mail(N(8), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-11 09:00", "Pacific/Auckland"), end=utc("2026-11-11 09:45", "Pacific/Auckland"),
      local="Wed 2026-11-11 09:00", local_end="2026-11-11 09:45", zone="Pacific/Auckland",
      contact="aroha.ngata@tidewaterlabs.co.nz", company="Tidewater Labs",
      note="Ashby confirmation from a remote team in Auckland: 'Wednesday, 11 November 2026, 9:00 - 9:45 am "
           "NZDT' (UTC+13) = Tue 10 Nov 20:00Z-20:45Z, also shown as 'Tuesday 21:00 - 21:45 CET'; local "
           "date is a day after the UTC date; ICS in Pacific/Auckland agrees; contact = Reply-To")
def k08() -> bytes:
    body = t("""
        Kia ora Finn,

        Your interview with Tidewater Labs is confirmed. We're looking forward to talking with you!

        Technical conversation – Senior Data Engineer (Remote, EU)
        Wednesday, 11 November 2026 · 9:00 – 9:45 am NZDT
        (Your time: Tuesday, 10 November 2026 · 21:00 – 21:45 CET)

        Zoom: https://tidewaterlabs.zoom.us/j/84411902273?pwd=Tw0dXr7

        You'll meet:
          Aroha Ngata – Talent Partner
          Callum Reid – Staff Engineer, Data Platform

        Questions? Just reply and it will reach Aroha Ngata.

        Ngā mihi,
        Tidewater Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111827">
        <p>Kia ora Finn,</p>
        <p>Your interview with Tidewater Labs is confirmed. We&#x27;re looking forward to talking with you!</p>
        <p><strong>Technical conversation – Senior Data Engineer (Remote, EU)</strong><br>
        Wednesday, 11 November 2026 · 9:00 – 9:45 am NZDT<br>
        <span style="color:#6b7280">(Your time: Tuesday, 10 November 2026 · 21:00 – 21:45 CET)</span><br>
        Zoom: <a href="https://tidewaterlabs.zoom.us/j/84411902273?pwd=Tw0dXr7">tidewaterlabs.zoom.us/j/84411902273</a></p>
        <p>You&#x27;ll meet:<br>Aroha Ngata – Talent Partner<br>Callum Reid – Staff Engineer, Data Platform</p>
        <p>Questions? Just reply and it will reach Aroha Ngata.</p>
        <p>Ngā mihi,<br>Tidewater Labs Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", "Pacific/Auckland", """
        UID:4c0a9e52-77d1-41b8-b0e3-2fd6a8c1e903
        DTSTAMP:20261105T083014Z
        DTSTART;TZID=Pacific/Auckland:20261111T090000
        DTEND;TZID=Pacific/Auckland:20261111T094500
        SEQUENCE:0
        SUMMARY:Tidewater Labs – Technical conversation (Finn Ohlsen)
        LOCATION:https://tidewaterlabs.zoom.us/j/84411902273
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@tidewaterlabs.co.nz
        ATTENDEE;CN=Finn Ohlsen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Tidewater Labs <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Data Engineer (Remote, EU) at Tidewater Labs",
              "2026-11-05 08:30:14", "UTC", "<0100019b4e2a7c10-9d3f2e61-tidewater-000000@email.amazonses.com>",
              mx="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", "Aroha Ngata <aroha.ngata@tidewaterlabs.co.nz>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 9: GoodTime, Seabridge Analytics (New York); mail sent in EDT, interview after US DST ends (EST)
@mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 11:00", "America/New_York"),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      contact="dana.whitfield@seabridge-analytics.com", company="Seabridge Analytics",
      note="GoodTime confirmation sent Wed 28 Oct in EDT; the interview on Tue 3 Nov is after the US switch "
           "to EST on 1 Nov: 10:00 AM EST = 15:00Z-16:00Z (the CET line says 16:00-17:00); ICS in "
           "America/New_York agrees; contact = coordinator's Reply-To")
def k09() -> bytes:
    body = t("""
        Hi Finn,

        Thank you for confirming your availability. Your interview has been scheduled:

        Seabridge Analytics – Senior Data Engineer (Remote, Europe)
        Technical Interview: Data Modeling & Pipelines

        Tuesday, November 3, 2026
        10:00 AM - 11:00 AM EST (America/New York)
        = 16:00 - 17:00 CET for you in Lübeck

        Interviewer: Marcus Oyelaran, Principal Data Engineer
        Location: Zoom – https://seabridge.zoom.us/j/92188450031

        Please note that US daylight saving time ends on November 1, so the time difference to
        Central Europe will be six hours again.

        If you need to reschedule, please reply to this email at least 24 hours in advance.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Seabridge Analytics

        Powered by GoodTime
        """)
    ics = vcal("-//GoodTime.io//Hire//EN", "REQUEST", "America/New_York", """
        UID:gt-3f7a11c9-6d02-4b5e-9a8e-seabridge
        DTSTAMP:20261028T152044Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SUMMARY:Seabridge Analytics: Technical Interview – Finn Ohlsen
        LOCATION:https://seabridge.zoom.us/j/92188450031
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@seabridge-analytics.com
        ATTENDEE;CN=Finn Ohlsen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.ohlsen@example.org
        ATTENDEE;CN=Marcus Oyelaran:mailto:marcus.oyelaran@seabridge-analytics.com
        SEQUENCE:0
        STATUS:CONFIRMED
        """)
    hs = head("Seabridge Analytics via GoodTime <no-reply@goodtime.io>",
              "Interview Confirmation: Seabridge Analytics – Senior Data Engineer",
              "2026-10-28 11:20:44", "America/New_York", "<01000199f0c1d2e3-seabridge-goodtime-2810@goodtime.io>",
              mx="from mail-oi1-f200.goodtime.io (mail-oi1-f200.goodtime.io [198.21.0.200])",
              extra=(("Reply-To", "Dana Whitfield <dana.whitfield@seabridge-analytics.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="8bit", filename="interview.ics", disposition="attachment")))


# --- 10: Workday, Nordvest Container Line (Copenhagen), HTML only, no ICS
@mail(N(10), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", CPH), end=utc("2026-11-19 15:00", CPH),
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=CPH,
      contact="sofie.kragh@nordvest-line.dk", company="Nordvest Container Line",
      note="Workday interview notification (HTML only): 'Thursday, 19 November 2026 14:00 - 15:00 "
           "(GMT+01:00) Central European Time (Copenhagen)' -> 13:00Z-14:00Z; sender is the Workday tenant "
           "address, contact = the coordinator's address in the body")
def k10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body>
        <div style="font-family:Arial;font-size:10pt">
        <p>Dear Finn,</p>
        <p>We are pleased to confirm your interview for the position <b>R-0048817 Senior Data Engineer – Network Planning</b> at Nordvest Container Line A/S.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Interview Type:</b></td><td>Panel interview (virtual)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, 19 November 2026</td></tr>
        <tr><td><b>Time:</b></td><td>14:00 - 15:00 (GMT+01:00) Central European Time (Copenhagen)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Lars Mikkelsen, Head of Network Analytics<br>Ingrid Dahl, Senior Data Engineer</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams – the link will be sent by the interviewer</td></tr>
        </table>
        <p>Your recruiting coordinator is Sofie Kragh (<a href="mailto:sofie.kragh@nordvest-line.dk">sofie.kragh@nordvest-line.dk</a>). Please contact her if you have any questions or need assistance.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Nordvest Container Line A/S</p>
        <p style="font-size:8pt;color:#777">This is a system-generated message from Workday. Please do not reply to this email.</p>
        </div></body></html>
        """)
    hs = head("Nordvest Container Line <nordvest@myworkday.com>",
              "Interview Scheduled - R-0048817 Senior Data Engineer – Network Planning",
              "2026-11-12 13:07:40", CPH, "<1581920374.2217734.1794571660441@wd3-prod-mail.myworkday.com>",
              mx="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [216.108.229.40])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="windows-1252"))


# --- 11: SmartRecruiters, Hafenmeister Digital (Kiel); Reply-To is a role mailbox
@mail(N(11), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-26 11:00", BERLIN), end=utc("2026-11-26 12:00", BERLIN),
      local="Thu 2026-11-26 11:00", local_end="2026-11-26 12:00", zone=BERLIN,
      contact="kerstin.voss@hafenmeister-digital.de", company="Hafenmeister Digital",
      note="SmartRecruiters interview confirmation: 'Do., 26.11.2026, 11:00–12:00 Uhr (MEZ)' -> "
           "10:00Z-11:00Z; ICS in UTC agrees; Reply-To is the role address jobs@, so contact = the "
           "recruiter's address in the signature")
def k11() -> bytes:
    body = t("""
        Hallo Finn Ohlsen,

        Ihr Interview für die Stelle "Data Engineer Hafenlogistik (m/w/d)" ist bestätigt.

        Datum:   Do., 26.11.2026
        Uhrzeit: 11:00–12:00 Uhr (MEZ)
        Ort:     Microsoft Teams (Link folgt in der Kalendereinladung)
        Interviewer: Kerstin Voß, Sören Lindemann

        Wir freuen uns auf das Gespräch!

        Kerstin Voß
        Talent Acquisition · Hafenmeister Digital GmbH
        kerstin.voss@hafenmeister-digital.de · +49 431 5579 210
        Kiellinie 88 · 24105 Kiel

        Diese Nachricht wurde über SmartRecruiters gesendet.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="100%" style="max-width:640px"><tr><td style="padding:20px">
        <p>Hallo Finn Ohlsen,</p>
        <p>Ihr Interview für die Stelle <b>"Data Engineer Hafenlogistik (m/w/d)"</b> ist bestätigt.</p>
        <table cellpadding="3">
        <tr><td style="color:#666">Datum</td><td>Do., 26.11.2026</td></tr>
        <tr><td style="color:#666">Uhrzeit</td><td>11:00–12:00 Uhr (MEZ)</td></tr>
        <tr><td style="color:#666">Ort</td><td>Microsoft Teams (Link folgt in der Kalendereinladung)</td></tr>
        <tr><td style="color:#666">Interviewer</td><td>Kerstin Voß, Sören Lindemann</td></tr>
        </table>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Kerstin Voß<br>Talent Acquisition · Hafenmeister Digital GmbH<br>
        <a href="mailto:kerstin.voss@hafenmeister-digital.de">kerstin.voss@hafenmeister-digital.de</a> · +49 431 5579 210<br>Kiellinie 88 · 24105 Kiel</p>
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über SmartRecruiters gesendet.</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduler//EN", "REQUEST", None, """
        UID:sr-int-9a61f3e0c2b24c1f@smartrecruiters.com
        DTSTAMP:20261119T093255Z
        DTSTART:20261126T100000Z
        DTEND:20261126T110000Z
        SUMMARY:Interview: Data Engineer Hafenlogistik (m/w/d) - Finn Ohlsen
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Hafenmeister Digital GmbH:mailto:jobs@hafenmeister-digital.de
        ATTENDEE;CN=Finn Ohlsen;RSVP=TRUE:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    hs = head("Hafenmeister Digital GmbH <noreply@smartrecruiters.com>",
              "Interviewbestätigung: Data Engineer Hafenlogistik (m/w/d)",
              "2026-11-19 10:32:55", BERLIN, "<sr.5e2b8d41c7a9.20261119093255@smartrecruiters.com>",
              mx="from mta-11.smartrecruiters.com (mta-11.smartrecruiters.com [35.158.72.11])",
              extra=(("Reply-To", "Hafenmeister Digital Recruiting <jobs@hafenmeister-digital.de>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 12: Danish hiring manager, plain prose with a pasted Zoom block; "Friday at half past two"
@mail(N(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-11 14:30", CPH), end=utc("2026-12-11 15:30", CPH),
      local="Fri 2026-12-11 14:30", local_end="2026-12-11 15:30", zone=CPH,
      contact="rasmus.kjaer@skagerrak-route.dk", company="Skagerrak Route Planning",
      note="Hiring manager's reply sent Mon 7 Dec: 'Friday at half past two, Copenhagen time' = Fri 11 Dec "
           "14:30 CET = 13:30Z; the pasted Zoom block agrees; '60 minutes' set aside is an exact length -> "
           "end 14:30Z; contact = human sender")
def k12() -> bytes:
    body = t("""
        Hi Finn,

        Perfect, Friday at half past two works for us too (Copenhagen time, so same as yours).
        We've set aside 60 minutes: 15 min intro, then you walk us through the ETA-prediction
        project you mentioned, and some time for your questions. Astrid from our ops team will
        join as well.

        Zoom details below.

        Have a good week,
        Rasmus

        --
        Rasmus Kjær
        Head of Data, Skagerrak Route Planning ApS
        Strandboulevarden 122, 2100 København Ø
        +45 31 64 22 90

        Rasmus Kjær is inviting you to a scheduled Zoom meeting.

        Topic: Finn Ohlsen <> Skagerrak – Data Engineer
        Time: Dec 11, 2026 02:30 PM Copenhagen

        Join Zoom Meeting
        https://skagerrak-route.zoom.us/j/83310457726?pwd=bW9ybmluZ3N0YXI

        Meeting ID: 833 1045 7726
        Passcode: 417305

        On Sat, 5 Dec 2026 at 11:02, Finn Ohlsen <finn.ohlsen@example.org> wrote:
        > Hi Rasmus,
        >
        > thanks a lot for getting back to me. Next week I could do Thursday afternoon or
        > Friday from 14:00, whatever suits you better.
        >
        > Best regards,
        > Finn
        """)
    hs = head("=?UTF-8?Q?Rasmus_Kj=C3=A6r?= <rasmus.kjaer@skagerrak-route.dk>",
              "Re: Data Engineer role – next step",
              "2026-12-07 09:48:30", CPH, "<CAH7qR2mXk0tN4vPz9e+Lw3sJ1bQ8yE5dZ2@mail.gmail.com>",
              mx="from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])",
              extra=(("In-Reply-To", "<CAF9kB1p2Wn@mail.example.org>"),
                     ("References", "<CAB4xT0r7Qe@mail.gmail.com> <CAF9kB1p2Wn@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 13: JOIN, Containerlotse (Hamburg), on site, "Dauer: 60 Minuten"; text part in ISO-8859-1
@mail(N(13), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-14 10:00", BERLIN), end=utc("2026-12-14 11:00", BERLIN),
      local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone=BERLIN,
      contact="birte.hansen@containerlotse.de", company="Containerlotse",
      note="JOIN invitation: 'Montag, 14.12.2026 um 10:00 Uhr', 'Dauer: 60 Minuten' (exact) in Hamburg, CET -> "
           "09:00Z-10:00Z; contact = human Reply-To")
def k13() -> bytes:
    body = t("""
        Hallo Finn,

        schön, dass es geklappt hat! Hier noch einmal alle Infos zu deinem Kennenlerngespräch bei
        der Containerlotse GmbH:

        Wann:  Montag, 14.12.2026 um 10:00 Uhr
        Dauer: 60 Minuten
        Wo:    Containerlotse GmbH, Am Kaiserkai 7, 20457 Hamburg (HafenCity), 4. Stock
        Mit:   Birte Hansen (People & Culture) und Malte Quast (Teamlead Data)

        Wenn du Fragen hast oder etwas dazwischenkommt, antworte einfach auf diese E-Mail.

        Bis bald!
        Birte

        --
        Diese Nachricht wurde über JOIN (join.com) versendet.
        JOIN Solutions AG · Sihlquai 131 · 8005 Zürich
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#30313d">
        <div style="max-width:600px;margin:auto">
        <p>Hallo Finn,</p>
        <p>schön, dass es geklappt hat! Hier noch einmal alle Infos zu deinem Kennenlerngespräch bei der Containerlotse GmbH:</p>
        <ul>
        <li><b>Wann:</b> Montag, 14.12.2026 um 10:00 Uhr</li>
        <li><b>Dauer:</b> 60 Minuten</li>
        <li><b>Wo:</b> Containerlotse GmbH, Am Kaiserkai 7, 20457 Hamburg (HafenCity), 4. Stock</li>
        <li><b>Mit:</b> Birte Hansen (People &amp; Culture) und Malte Quast (Teamlead Data)</li>
        </ul>
        <p>Wenn du Fragen hast oder etwas dazwischenkommt, antworte einfach auf diese E-Mail.</p>
        <p>Bis bald!<br>Birte</p>
        <hr><p style="font-size:11px;color:#8a8a8a">Diese Nachricht wurde über JOIN (join.com) versendet.</p>
        </div></body></html>
        """)
    hs = head("Containerlotse GmbH via JOIN <no-reply@join.com>",
              "Einladung zum Kennenlerngespräch – Data Engineer (m/w/d)",
              "2026-12-07 16:20:09", BERLIN, "<20261207152009.1b7f.containerlotse@join.com>",
              mx="from mail.join.com (mail.join.com [18.196.44.102])",
              extra=(("Reply-To", "Birte Hansen <birte.hansen@containerlotse.de>"),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page)))


# --- 14: Microsoft Bookings, Travemünder Hafenbetriebe (Lübeck); zone label shows the standard offset
@mail(N(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 13:00", BERLIN), end=utc("2026-09-15 13:45", BERLIN),
      local="Tue 2026-09-15 13:00", local_end="2026-09-15 13:45", zone=BERLIN,
      contact=None, company="Travemünder Hafenbetriebe",
      note="Microsoft Bookings confirmation: 'Dienstag, 15. September 2026 13:00 (UTC+01:00) Amsterdam, "
           "Berlin, ...' - Bookings prints the standard offset, but in September Berlin is on CEST, so "
           "13:00-13:45 = 11:00Z-11:45Z (ICS 'W. Europe Standard Time' agrees); sender is the Bookings "
           "mailbox and the staff member has no address -> contact null")
def k14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <p style="font-size:20px">Ihre Buchung ist bestätigt</p>
        <p>Hallo Finn Ohlsen,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Travemünder Hafenbetriebe – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch IT / Data (45 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 15. September 2026 13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Kai Lorenzen</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Verwaltungsgebäude Skandinavienkai, Raum 2.14, 23570 Lübeck-Travemünde</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgesprche@travehafen.de/bookings/">Buchung verwalten</a></p>
        <p>Wir freuen uns auf Sie.</p>
        <p style="font-size:11px;color:#a19f9d">Mit Microsoft Bookings geplant</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", "W. Europe Standard Time", """
        ORGANIZER;CN=Travemünder Hafenbetriebe – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@travehafen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Ohlsen:mailto:finn.ohlsen@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1D4E2F8B43FDC0100000000000000001000000052E4A9C1D87B5E4F8C61B3A92D0E7F14
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch IT / Data mit Kai Lorenzen
        DTSTART;TZID=W. Europe Standard Time:20260915T130000
        DTEND;TZID=W. Europe Standard Time:20260915T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260909T101511Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Verwaltungsgebäude Skandinavienkai\\, Raum 2.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        """)
    hs = head(addr("Travemünder Hafenbetriebe – Bewerbungsgespräche", "Bewerbungsgespraeche@travehafen.de"),
              "Buchung bestätigt: Vorstellungsgespräch IT / Data mit Kai Lorenzen",
              "2026-09-09 12:15:11", BERLIN, "<AM9P191MB1650C3E2B18F4D07A9E1F2C4B7D80@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>",
              mx="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2102.outbound.protection.outlook.com [40.107.22.102])",
              extra=(("X-MS-Exchange-Organization-SCL", "-1"),
                     ("Content-Language", "de-DE")))
    return message(hs, mixed(html(page), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


# --- 15: softgarden, Baltic Cargo IT (Rostock), on site; text part ISO-8859-15
@mail(N(15), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-21 10:30", BERLIN), end=None,
      local="Wed 2026-10-21 10:30", zone=BERLIN,
      contact="anja.petersen@balticcargo-it.de", company="Baltic Cargo IT",
      note="softgarden invitation: 'am Mittwoch, den 21.10.2026, um 10:30 Uhr' in Rostock, CEST -> 08:30Z; "
           "'etwa eine Stunde' is approximate so end null; sender is the softgarden no-reply, contact = "
           "the named contact person's address in the body")
def k15() -> bytes:
    body = t("""
        Sehr geehrter Herr Ohlsen,

        vielen Dank für Ihr Interesse an der Position "Data Engineer Hafenlogistik-Plattform
        (m/w/d)". Gern möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden
        Termin für ein Vorstellungsgespräch:

          am Mittwoch, den 21.10.2026, um 10:30 Uhr
          Baltic Cargo IT GmbH, Am Seehafen 5, 18147 Rostock, Haus B, Empfang

        Für das Gespräch planen Sie bitte etwa eine Stunde ein. Die Fahrtkosten (Bahn 2. Klasse)
        erstatten wir Ihnen gern.

        Ihre Ansprechpartnerin: Anja Petersen, Personalreferentin
        Telefon 0381 4402 117, E-Mail anja.petersen@balticcargo-it.de

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Baltic Cargo IT GmbH

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
        Datenschutzhinweise: https://balticcargo-it.softgarden.io/de/privacy
        """)
    page = t("""
        <html><body style="font-family:Verdana,Geneva,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Ohlsen,</p>
        <p>vielen Dank für Ihr Interesse an der Position "Data Engineer Hafenlogistik-Plattform (m/w/d)". Gern möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin für ein Vorstellungsgespräch:</p>
        <p style="margin-left:20px"><b>am Mittwoch, den 21.10.2026, um 10:30 Uhr</b><br>Baltic Cargo IT GmbH, Am Seehafen 5, 18147 Rostock, Haus B, Empfang</p>
        <p>Für das Gespräch planen Sie bitte etwa eine Stunde ein. Die Fahrtkosten (Bahn 2. Klasse) erstatten wir Ihnen gern.</p>
        <p>Ihre Ansprechpartnerin: Anja Petersen, Personalreferentin<br>Telefon 0381 4402 117, E-Mail <a href="mailto:anja.petersen@balticcargo-it.de">anja.petersen@balticcargo-it.de</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Baltic Cargo IT GmbH</p>
        <p style="font-size:10px;color:#999">Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        </body></html>
        """)
    hs = head("Baltic Cargo IT GmbH <noreply@softgarden.io>",
              "Ihre Bewerbung als Data Engineer Hafenlogistik-Plattform (m/w/d) – Einladung zum Gespräch",
              "2026-10-14 15:47:26", BERLIN, "<1429.77310458.1792071246@mailer.softgarden.io>",
              mx="from mailer.softgarden.io (mailer.softgarden.io [185.113.120.41])")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


# --- 16: Recruitee, Limhamn Data (Malmö); all-day calendar event, the times only in the text
@mail(N(16), family="recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-04 09:30", STO), end=utc("2026-12-04 15:00", STO),
      local="Fri 2026-12-04 09:30", local_end="2026-12-04 15:00", zone=STO,
      contact="hanna.ek@limhamndata.se", company="Limhamn Data",
      note="Recruitee onsite-day confirmation by a Swedish employer: the attached ICS is an all-day event "
           "(VALUE=DATE 2026-12-04); only the text gives the range '09:30 - 15:00 (Malmö time, CET)' -> "
           "08:30Z-14:00Z; contact = human Reply-To")
def k16() -> bytes:
    body = t("""
        Hi Finn,

        Great news – your onsite day at Limhamn Data is booked!

        Date:   Friday, 4 December 2026
        Time:   09:30 – 15:00 (Malmö time, CET)
        Place:  Limhamn Data AB, Dockplatsen 16, 211 19 Malmö

        Agenda
          09:30  Welcome & coffee with Hanna (People)
          10:00  System design: port-call event streaming
          11:30  Lunch with the team
          13:00  Pair programming (bring your laptop)
          14:15  Wrap-up with Viktor, CTO

        The calendar file blocks the whole day so nothing else sneaks in. Train tip: the Øresund
        train from Copenhagen Central takes about 40 minutes to Malmö C.

        Reply to this email if you have any questions.

        Vänliga hälsningar,
        Hanna Ek
        Limhamn Data AB

        Sent with Recruitee
        """)
    ics = vcal("-//Recruitee//Events//EN", "REQUEST", None, """
        UID:rec-ev-61c0a2f4-limhamn@recruitee.com
        DTSTAMP:20261126T130002Z
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        SUMMARY:Onsite day – Limhamn Data (Finn Ohlsen)
        LOCATION:Limhamn Data AB\\, Dockplatsen 16\\, 211 19 Malmö
        ORGANIZER;CN=Hanna Ek:mailto:hanna.ek@limhamndata.se
        ATTENDEE;CN=Finn Ohlsen;RSVP=TRUE:mailto:finn.ohlsen@example.org
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        """)
    hs = head("Limhamn Data AB <noreply@recruitee.com>", "Your onsite day at Limhamn Data – Friday 4 December",
              "2026-11-26 14:00:02", STO, "<ee91c7b2a05f4d2d.20261126130002@mailer.recruitee.com>",
              mx="from mailer.recruitee.com (mailer.recruitee.com [52.29.198.77])",
              extra=(("Reply-To", "Hanna Ek <hanna.ek@limhamndata.se>"),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")),
                             calendar(ics, cte="8bit", filename="onsite.ics", disposition="attachment")))


# --- 17: Lever reschedule, Quayside Robotics (Hamburg), English; old and new time both stated
@mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-25 09:00", BERLIN), end=utc("2026-09-25 09:45", BERLIN),
      local="Fri 2026-09-25 09:00", local_end="2026-09-25 09:45", zone=BERLIN,
      contact="priya.raman@quayside-robotics.com", company="Quayside Robotics",
      note="Lever reschedule: moved from Thu 24 Sep 15:00 to 'Friday, September 25, 9:00 AM - 9:45 AM CEST' "
           "-> new slot 07:00Z-07:45Z; ICS (SEQUENCE 1, Europe/Berlin) has the new time; contact = Reply-To")
def k17() -> bytes:
    body = t("""
        Hi Finn,

        As mentioned on the phone, one of your interviewers is now travelling on Thursday, so we
        have moved your interview. Here are the updated details:

        Previously: Thursday, September 24, 3:00 PM - 3:45 PM CEST
        New time:   Friday, September 25, 9:00 AM - 9:45 AM CEST

        Interview: Data Platform deep dive (Senior Data Engineer, Hamburg)
        Interviewers: Priya Raman, Jonas Feddersen
        Location: Quayside Robotics, Hongkongstraße 5, 20457 Hamburg – or join via Google Meet:
        https://meet.google.com/ztr-awkm-qop

        The updated calendar invitation is attached. Sorry for the shuffle, and thanks for being
        so flexible!

        Priya Raman
        Technical Recruiter, Quayside Robotics
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", BERLIN, """
        UID:lever-iv-0c7d91e2-4b18-4a6f-quayside@hire.lever.co
        DTSTAMP:20260921T150511Z
        DTSTART;TZID=Europe/Berlin:20260925T090000
        DTEND;TZID=Europe/Berlin:20260925T094500
        SEQUENCE:1
        SUMMARY:Interview: Finn Ohlsen – Data Platform deep dive
        LOCATION:Quayside Robotics\\, Hongkongstraße 5\\, 20457 Hamburg
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@quayside-robotics.com
        ATTENDEE;CN=Finn Ohlsen;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Quayside Robotics <no-reply@hire.lever.co>",
              "Updated: Your interview with Quayside Robotics has been rescheduled",
              "2026-09-21 17:05:11", BERLIN, "<lever.3e9f0c12a7.20260921150511@hire.lever.co>",
              mx="from mail-a.hire.lever.co (mail-a.hire.lever.co [50.31.36.210])",
              extra=(("Reply-To", "Priya Raman <priya.raman@quayside-robotics.com>"),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


# --- 18: Nordlicht Reederei second round moved the same morning: "Montag in einer Woche um halb elf"
@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-12 10:30", BERLIN), end=None,
      local="Mon 2026-10-12 10:30", zone=BERLIN,
      contact="jannik.thormaehlen@nordlicht-reederei.de", company="Nordlicht Reederei",
      note="Recruiter writes Mon 5 Oct 08:12 CEST moving today's 10:00 second round to 'Montag in einer "
           "Woche, also am 12.10., um halb elf' = Mon 12 Oct 10:30 CEST = 08:30Z; no length; contact = sender")
def k18() -> bytes:
    body = t("""
        Guten Morgen Herr Ohlsen,

        leider muss ich unser Gespräch heute um 10 Uhr kurzfristig absagen – Frau Ehlers ist
        krank geworden, und ohne sie ergibt die zweite Runde wenig Sinn.

        Können wir stattdessen Montag in einer Woche machen, also am 12.10., um halb elf? Frau
        Ehlers hat sich den Termin schon geblockt, ich habe ihn für Sie ebenfalls eingetragen.
        Ort wie gehabt bei uns in der Kaistraße.

        Entschuldigen Sie die kurzfristige Änderung, und danke für Ihr Verständnis!

        Mit freundlichen Grüßen

        Jannik Thormählen
        Personalreferent
        Nordlicht Reederei GmbH | Kaistraße 12 | 24103 Kiel
        T +49 431 90 88 14-20
        """)
    hs = head(addr("Jannik Thormählen", "jannik.thormaehlen@nordlicht-reederei.de"),
              "AW: Zweites Gespräch am 5.10. – Terminänderung",
              "2026-10-05 08:12:40", BERLIN, "<BE1P281MB1833F4A2C9E7B1D05E2AD0C4F1E9@BE1P281MB1833.DEUP281.PROD.OUTLOOK.COM>",
              mx="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2119.outbound.protection.outlook.com [40.107.127.119])",
              extra=(("Thread-Topic", enc("Zweites Gespräch am 5.10.")),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="windows-1252"))


# --- 19: Exchange update, Elbkran (thread with key 6): Tuesday -> Thursday 13:00, CET
@mail(N(19), family="exchange", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-29 13:00", BERLIN), end=utc("2026-10-29 14:00", BERLIN),
      local="Thu 2026-10-29 13:00", local_end="2026-10-29 14:00", zone=BERLIN,
      contact="stefanie.krueger@elbkran.de", company="Elbkran",
      note="Outlook meeting update (same UID, SEQUENCE 1) sent Mon 26 Oct: moved from Tue 27 Oct 10:30 to "
           "'Donnerstag, 29. Oktober 2026 13:00-14:00 (UTC+01:00)', CET -> 12:00Z-13:00Z; contact = organizer")
def k19() -> bytes:
    body = t("""
        Wann: Donnerstag, 29. Oktober 2026 13:00-14:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Ohlsen,

        leider muss ich unseren Termin von morgen (Di., 10:30 Uhr) auf Donnerstag, 13:00 Uhr
        verschieben, Herr Dr. Lüders ist am Dienstag kurzfristig auf der Baustelle in
        Bremerhaven. Der Teams-Link bleibt gleich. Ich hoffe, das passt Ihnen!

        Viele Grüße
        Stefanie Krüger
        Recruiting | Elbkran AG

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NDg1YjItOGM3Zi00YjQ1LWE2NjEtZWxia3Jhbg%40thread.v2/0>
        Besprechungs-ID: 384 552 917 206
        Kennung: Hq7Vx2
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", "W. Europe Standard Time", """
        ORGANIZER;CN=Krüger\\, Stefanie:mailto:stefanie.krueger@elbkran.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.ohlsen@example.org:mailto:finn.ohlsen@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lüders\\, Jan-Hendrik Dr.:mailto:jan-hendrik.lueders@elbkran.de
        UID:040000008200E00074C5B7101A82E00800000000F0B4C1D2A962DC01000000000000000010000000C41B2E77A8D0F44A9E0C1D2B3E4F5A61
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Data Engineer – Finn Ohlsen
        DTSTART;TZID=W. Europe Standard Time:20261029T130000
        DTEND;TZID=W. Europe Standard Time:20261029T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261026T075530Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118459321
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        """)
    hs = head(addr("Krüger, Stefanie", "stefanie.krueger@elbkran.de"),
              "Aktualisiert: Vorstellungsgespräch Data Engineer – Finn Ohlsen",
              "2026-10-26 08:55:30", BERLIN, "<FR3P281MB2417E08D21C94F6AB7E3D11C0A4B6@FR3P281MB2417.DEUP281.PROD.OUTLOOK.COM>",
              mx="from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2064.outbound.protection.outlook.com [40.107.7.64])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer – Finn Ohlsen")),
                     ("Thread-Index", "AdtkF0Jm8nC5QvQ2Tq2x1hWk0yZ3LwAhF1Rk"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 20: iCIMS reschedule, forwarded to self as an attached message (message/rfc822)
@mail(N(20), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-18 15:00", BERLIN), end=utc("2026-11-18 16:00", BERLIN),
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 16:00", zone=BERLIN,
      contact="marta.wisniewska@balticreefer.com", company="Baltic Reefer Lines",
      note="Finn forwards (from his example.net address to himself) an iCIMS reschedule as message/rfc822: "
           "moved from Tue 17 Nov 14:00 to 'Wednesday, November 18, 2026, 3:00 PM - 4:00 PM (CET, "
           "Hamburg)' -> 14:00Z-15:00Z; contact = coordinator's address in the attached mail, not the "
           "candidate's own addresses")
def k20() -> bytes:
    inner_body = t("""
        Dear Finn,

        Due to a scheduling conflict on our side, we need to move your interview for the position
        Senior Data Engineer – Reefer Monitoring (Req ID 2026-3318).

        Original time: Tuesday, November 17, 2026, 2:00 PM - 3:00 PM (CET, Hamburg)
        New time:      Wednesday, November 18, 2026, 3:00 PM - 4:00 PM (CET, Hamburg)

        Format: video interview (Microsoft Teams); the link stays the same.
        Panel: Henrik Sølvberg (VP Fleet Technology), Marta Wiśniewska (Talent Acquisition)

        If the new time does not work for you, please contact Marta Wiśniewska directly at
        marta.wisniewska@balticreefer.com.

        Kind regards,
        Baltic Reefer Lines Talent Acquisition

        This message was sent from an unmonitored mailbox.
        """)
    inner_head = [
        ("Return-Path", "<baltic-reefer@talent.icims.com>"),
        ("From", "Baltic Reefer Lines <baltic-reefer@talent.icims.com>"),
        ("To", "Finn Ohlsen <finn.ohlsen@example.net>"),
        ("Subject", "Interview Rescheduled: Senior Data Engineer - Reefer Monitoring"),
        ("Date", date("2026-11-11 16:30:02", BERLIN)),
        ("Message-ID", "<1605274.44120.1794583802117.JavaMail.icims@talent.icims.com>"),
    ]
    inner = message(inner_head, text(inner_body, cte="quoted-printable"))
    note = t("""
        zur Ablage – neuer Termin Mi. 18.11. 15 Uhr, Kalender aktualisieren!

        --
        Finn
        """)
    hs = [
        ("Delivered-To", FINN),
        ("Received", received("from smtp.example.net (smtp.example.net [198.51.100.25])", "2026-11-12 07:55:40",
                              BERLIN, "mx01.mail.example.org with ESMTPS id 5c1e9b7d", FINN)),
        ("From", "Finn Ohlsen <finn.ohlsen@example.net>"),
        ("To", FINN_TO),
        ("Subject", "Fwd: Interview Rescheduled: Senior Data Engineer - Reefer Monitoring"),
        ("Date", date("2026-11-12 07:55:40", BERLIN)),
        ("Message-ID", "<5c1e9b7d-2f44-4c0e-a1de-fwd@example.net>"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
    ]
    return message(hs, mixed(text(note, cte="8bit", params="format=flowed"),
                             attached_message(inner, filename="Interview Rescheduled.eml")))


# --- 21: Google Calendar cancellation (thread with key 7), METHOD:CANCEL, no new time
@mail(N(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-02 15:00", BERLIN), end=utc("2026-11-02 16:00", BERLIN),
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 16:00", zone=BERLIN,
      contact="ole.brandes@warnow-port.de", company="Warnow Port Systems",
      note="Google Calendar cancellation (German UI) of the Mon 2 Nov 15:00-16:00 MEZ second interview: "
           "cancelled slot 14:00Z-15:00Z; METHOD:CANCEL/STATUS:CANCELLED; organizer's note says the role "
           "was filled internally, no new time; contact = organizer")
def k21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Data Engineering – Finn Ohlsen
        Mo. 2. Nov. 2026 15:00 - 16:00 (Mitteleuropäische Normalzeit - Berlin)

        Hallo Finn, es tut mir wirklich leid: Wir haben die Stelle gestern intern besetzt und
        sagen die zweite Runde deshalb ab. Ich melde mich noch telefonisch bei dir. Ole

        Organisator
        Ole Brandes
        ole.brandes@warnow-port.de

        Gäste
        Ole Brandes - Organisator
        mareike.sass@warnow-port.de
        finn.ohlsen@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", BERLIN, """
        DTSTART;TZID=Europe/Berlin:20261102T150000
        DTEND;TZID=Europe/Berlin:20261102T160000
        DTSTAMP:20261030T081402Z
        ORGANIZER;CN=Ole Brandes:mailto:ole.brandes@warnow-port.de
        UID:5b8sfoq3red1lq7e0v9c2k4n6u@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=finn.ohlsen@example.org;X-NUM-GUESTS=0:mailto:finn.ohlsen@example.org
        CREATED:20261027T150149Z
        DESCRIPTION:Hallo Finn\\, es tut mir wirklich leid: Wir haben die Stelle gestern intern besetzt.
        LAST-MODIFIED:20261030T081402Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Zweitgespräch Data Engineering – Finn Ohlsen
        TRANSP:OPAQUE
        """)
    hs = head("Ole Brandes <ole.brandes@warnow-port.de>",
              "Abgesagter Termin: Zweitgespräch Data Engineering – Finn Ohlsen @ Mo. 2. Nov. 2026 "
              "15:00 - 16:00 (MEZ) (finn.ohlsen@example.org)",
              "2026-10-30 09:14:02", BERLIN, "<calendar-0d3f5e81-7a2c-4b96-9e14-c6ab20f71d35@google.com>",
              mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", "Ole Brandes <ole.brandes@warnow-port.de>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 22: Kattegat Data (thread with key 3) cancels: position on hold, no new time
@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-30 13:00", CPH), end=utc("2026-09-30 13:45", CPH),
      local="Wed 2026-09-30 13:00", local_end="2026-09-30 13:45", zone=CPH,
      contact="mette.lund@kattegatdata.dk", company="Kattegat Data",
      note="Recruiter (Danish employer, English) cancels 'Wednesday's interview (30 September, 13:00-13:45)' "
           "because the role is on hold; cancelled slot 11:00Z-11:45Z CEST; no new time; contact = sender")
def k22() -> bytes:
    body = t("""
        Hej Finn,

        I'm sorry to be writing with bad news. We have to cancel your interview on Wednesday
        (30 September, 13:00–13:45) – the Vessel Telemetry position has been put on hold after a
        budget review last Friday, and we don't know yet whether it will reopen this year.

        I've removed the Teams meeting from the calendar. I really enjoyed our first call and would
        love to keep you in mind – if the role opens again, you'll be the first person I contact.

        Again, apologies for the short notice.

        Venlig hilsen
        Mette

        Mette Lund
        People Partner | Kattegat Data ApS
        +45 22 81 47 03
        """)
    hs = head("Mette Lund <mette.lund@kattegatdata.dk>", "Your interview on Wednesday – Kattegat Data",
              "2026-09-28 16:40:19", CPH, "<DB9PR02MB7325D71A0E4F41C5B2A6C8D1E3F0@DB9PR02MB7325.eurprd02.prod.outlook.com>",
              mx="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2077.outbound.protection.outlook.com [40.107.249.77])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 23: Outlook cancellation, Fehmarnbelt Consult (Lübeck): "wir melden uns mit einem neuen Termin"
@mail(N(23), family="exchange", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-09 14:00", BERLIN), end=utc("2026-12-09 15:00", BERLIN),
      local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone=BERLIN,
      contact="dirk.asmussen@fehmarnbelt-consult.de", company="Fehmarnbelt Consult",
      note="Outlook 'Abgesagt:' meeting cancellation (METHOD:CANCEL, 'W. Europe Standard Time') of Wed 9 Dec "
           "14:00-15:00 CET = 13:00Z-14:00Z; a new date is promised but not given -> cancelled; contact = "
           "organizer")
def k23() -> bytes:
    body = t("""
        Hallo Herr Ohlsen,

        leider müssen wir das Gespräch am Mittwoch absagen, weil unser Geschäftsführer an dem Tag
        kurzfristig zu einem Kunden nach Kopenhagen muss. Wir melden uns Anfang nächster Woche mit
        einem neuen Terminvorschlag bei Ihnen. Die Stelle ist selbstverständlich weiterhin offen.

        Freundliche Grüße
        Dirk Asmussen
        Fehmarnbelt Consult GmbH | Große Altefähre 20 | 23552 Lübeck
        """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", "W. Europe Standard Time", """
        ORGANIZER;CN=Dirk Asmussen:mailto:dirk.asmussen@fehmarnbelt-consult.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Finn Ohlsen:mailto:finn.ohlsen@example.org
        UID:040000008200E00074C5B7101A82E0080000000070C2A9B1E468DC01000000000000000010000000A8F1D3C55E0B7A4C9D27E6B0F4A1C338
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Data Engineer (Finn Ohlsen)
        DTSTART;TZID=W. Europe Standard Time:20261209T140000
        DTEND;TZID=W. Europe Standard Time:20261209T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T163012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Fehmarnbelt Consult\\, Besprechungsraum Holstentor
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        """)
    hs = head("Dirk Asmussen <dirk.asmussen@fehmarnbelt-consult.de>",
              "Abgesagt: Vorstellungsgespräch Data Engineer (Finn Ohlsen)",
              "2026-12-03 17:30:12", BERLIN, "<AM0PR07MB4419B2D0C7E14F9AA3F5E6012B7C@AM0PR07MB4419.eurprd07.prod.outlook.com>",
              mx="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2130.outbound.protection.outlook.com [40.107.105.130])",
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, charset="iso-8859-15"), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


# --- 24: Teamtailor rejection, Sundhamn Logistik (Malmö), English
@mail(N(24), family="rejection", lang="en", interview=False, company="Sundhamn Logistik",
      note="Teamtailor rejection after a first interview; mentions 'interview' and a past date, nothing "
           "scheduled")
def k24() -> bytes:
    body = t("""
        Hi Finn,

        Thank you for taking the time to meet us last Thursday and for the thoughtful questions
        about our yard-planning data.

        We have now completed the interview round for the Data Engineer position, and I'm sorry
        to let you know that we have decided to move forward with another candidate whose
        experience with our forecasting stack was a closer match.

        We'd be happy to keep your profile in our talent pool for future openings in Malmö and
        Helsingborg. If you'd rather we didn't, just let us know.

        All the best with your search,
        Elin Sandberg
        Talent Acquisition, Sundhamn Logistik AB

        Sent via Teamtailor
        """)
    hs = head("Sundhamn Logistik <no-reply@teamtailor-mail.com>", "Your application for Data Engineer at Sundhamn Logistik",
              "2026-09-08 11:02:44", STO, "<a47c2e10-91bb-4f0e-8d3a-sundhamn@teamtailor-mail.com>",
              mx="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [3.124.88.21])",
              extra=(("Reply-To", "Sundhamn Logistik <reply+d03b7e55a1@teamtailor-mail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 25: offer from Trave Terminal (thread with key 4), answer deadline, start date
@mail(N(25), family="offer", lang="de", interview=False, company="Trave Terminal",
      days=(("Fri", "2026-10-23"), ("Wed", "2026-10-21")),
      note="Job offer with a start date, an answer deadline (Fr., 23.10.) and an optional call to talk it "
           "over 'gern am Mittwoch' without a fixed time; no interview")
def k25() -> bytes:
    body = t("""
        Moin Finn,

        wie am Telefon schon angedeutet: Wir möchten dich gern im Team haben! Anbei unser
        Vertragsangebot als Data Engineer Terminalbetrieb – 40 Stunden, unbefristet, Start zum
        01.01.2027, Gehalt wie besprochen plus Hafenzulage und Jobrad.

        Lies dir alles in Ruhe durch. Schön wäre eine Rückmeldung bis Freitag, 23.10. Wenn du
        Fragen zum Vertrag hast, können wir gern am Mittwoch (21.10.) noch mal telefonieren – sag
        einfach, wann es dir passt.

        Gruß
        Holger

        Holger Stamer
        Leiter IT & Prozesse
        Trave Terminal GmbH · Skandinavienkai 1 · 23570 Lübeck-Travemünde
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsangebot_Ohlsen.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsangebot_Ohlsen.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5k\n"
                   "b2JqCjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFpbGVyCjw8\n"
                   "L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n")
    hs = head("Holger Stamer <h.stamer@trave-terminal.de>", "Unser Angebot für dich",
              "2026-10-16 14:30:08", BERLIN, "<3F0B7D21-6A55-4E1C-9C2D-7B8E11F4A0C3@trave-terminal.de>",
              mx="from mail.trave-terminal.de (mail.trave-terminal.de [212.18.3.44])",
              extra=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),))
    return message(hs, mixed(text(body, cte="8bit"), pdf))


# --- 26: Taleo application receipt, Nordvest Container Line (Copenhagen), interview week mentioned
@mail(N(26), family="application_receipt", lang="en", interview=False, company="Nordvest Container Line",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06")),
      note="Taleo acknowledgement of an application; says first interviews are planned in week 45 "
           "(2-6 November) - a window, not an appointment")
def k26() -> bytes:
    page = t("""
        <html><body>
        <table width="640" cellpadding="10" style="font-family:Tahoma,Arial;font-size:12px;color:#333">
        <tr><td style="background:#00334e;color:#fff;font-size:16px">Nordvest Container Line – Careers</td></tr>
        <tr><td>
        <p>Dear Finn Ohlsen,</p>
        <p>Thank you for applying for the position <b>Data Engineer – Port Operations Analytics (Job Number 2600471)</b>.</p>
        <p>We have received your application and our recruitment team will review it carefully. First interviews for this position are planned for week 45 (Monday 2 November – Friday 6 November 2026). Shortlisted candidates will be contacted by e-mail with an invitation.</p>
        <p>You can follow the status of your application at any time in our candidate portal.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Nordvest Container Line A/S</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Nordvest Container Line <no-reply@taleo.net>",
              "Thank you for your application – Data Engineer – Port Operations Analytics",
              "2026-10-01 09:12:51", CPH, "<20261001071251.3318104.tee4.nordvest@taleo.net>",
              mx="from smtp-out-em1.taleo.net (smtp-out-em1.taleo.net [148.87.19.33])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="windows-1252"))


# --- 27: job alert (job board), interview buzzwords in listings
@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with listings ('Vorstellungsgespräch innerhalb von 48 Stunden', 'Interview "
           "am selben Tag'); no appointment")
def k27() -> bytes:
    body = t("""
        Moin Finn,

        12 neue Jobs passend zu deinem Suchauftrag "Data Engineer – Lübeck, Hamburg, Kiel (+50 km)":

        1. Data Engineer (m/w/d) Hafenlogistik – Kieler Förde Software GmbH, Kiel
           Schnellbewerbung · Vorstellungsgespräch innerhalb von 48 Stunden
        2. Senior Data Engineer Supply Chain (m/w/d) – Elbkran AG, Hamburg
           Hybrid · 75.000–90.000 € · Interview am selben Tag möglich
        3. Analytics Engineer (m/w/d) – Holstenwall Versicherung, Hamburg
           Remote möglich
        4. Data Engineer Schienengüterverkehr (m/w/d) – Baltic Rail Data GmbH, Rostock

        Alle 12 Jobs ansehen: https://www.jobradar-nord.de/suchauftrag/88412?utm_source=alert

        Tipp der Woche: So bereitest du dich in 30 Minuten auf dein nächstes Vorstellungsgespräch vor.

        Du erhältst diese E-Mail, weil du einen Suchauftrag bei Jobradar Nord angelegt hast.
        Abmelden: https://www.jobradar-nord.de/abmelden?u=f1e2d3
        """)
    hs = head("Jobradar Nord <alerts@jobradar-nord.de>", "12 neue Jobs für \"Data Engineer\" in deiner Nähe",
              "2026-09-14 07:00:31", BERLIN, "<alert.88412.20260914050031@jobradar-nord.de>",
              mx="from mta3.jobradar-nord.de (mta3.jobradar-nord.de [94.130.44.18])",
              extra=(("List-Unsubscribe", "<https://www.jobradar-nord.de/abmelden?u=f1e2d3>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 28: career newsletter with an example confirmation and a webinar date
@mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"), ("Tue", "2026-11-03")),
      note="Career newsletter; quotes a sample sentence 'Ihr Vorstellungsgespräch ist am Donnerstag, 29.10., "
           "um 10:00 Uhr bestätigt' and advertises a webinar - nothing for the reader")
def k28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px">
        <h1 style="font-size:24px">Karrierebrief Nord – Ausgabe 41</h1>
        <h2 style="font-size:19px">"Ihr Gespräch ist bestätigt" – und jetzt?</h2>
        <p>Die Mail ist da: <i>"Ihr Vorstellungsgespräch ist am Donnerstag, 29.10., um 10:00 Uhr bestätigt."</i> Viele Bewerberinnen und Bewerber freuen sich – und verschwenden dann die wertvollen Tage bis zum Termin. Unsere fünf Schritte:</p>
        <ol>
        <li>Stellenanzeige noch einmal Satz für Satz lesen.</li>
        <li>Drei Projekte auswählen, die Sie in zwei Minuten erzählen können.</li>
        <li>Anfahrt testen – oder Kamera und Mikrofon.</li>
        <li>Eigene Fragen aufschreiben.</li>
        <li>Am Vorabend: nichts Neues mehr lernen.</li>
        </ol>
        <p><b>Live-Webinar:</b> "Gehaltsverhandlung für Tech-Rollen", Dienstag, 3.11., 19:00 Uhr. <a href="https://karrierebrief-nord.de/webinar">Jetzt kostenlos anmelden</a></p>
        <p style="font-size:12px;color:#777">Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben. <a href="https://karrierebrief-nord.de/abmelden">Abmelden</a></p>
        </body></html>
        """)
    hs = head("Karrierebrief Nord <newsletter@karrierebrief-nord.de>",
              "\"Ihr Gespräch ist bestätigt\" – und jetzt? | Karrierebrief 41",
              "2026-10-20 06:45:00", BERLIN, "<nl41.7f2e9a@karrierebrief-nord.de>",
              mx="from mail12.rapidmail-mta.de (mail12.rapidmail-mta.de [5.175.21.12])",
              extra=(("List-Unsubscribe", "<https://karrierebrief-nord.de/abmelden>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


# --- 29: Workable self-scheduling link: "pick a time", slots but nothing booked
@mail(N(29), family="self_schedule", lang="en", interview=False, company="Amager Fleet Analytics",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
      note="Workable invitation to pick a slot for a 30-minute call between Tue 10 and Thu 12 November; no "
           "time fixed yet")
def k29() -> bytes:
    body = t("""
        Hi Finn,

        Thanks for applying to Amager Fleet Analytics! We'd love to have a first 30-minute video
        call with you about the Data Engineer (Copenhagen / remote) role.

        Please pick a time that suits you – slots are open between Tuesday 10 November and
        Thursday 12 November, 09:00–16:00 Copenhagen time:

        https://apply.workable.com/amager-fleet-analytics/j/5C91D2E7A0/schedule?token=Yq2rN8

        Once you choose a slot, you'll receive a calendar invitation.

        Best,
        Sigrid Nørgaard
        Amager Fleet Analytics ApS
        """)
    hs = head("Amager Fleet Analytics <noreply@candidates.workablemail.com>",
              "Amager Fleet Analytics: Schedule your call for Data Engineer",
              "2026-11-03 10:45:18", CPH, "<wk.5C91D2E7A0.1104@candidates.workablemail.com>",
              mx="from mail.workablemail.com (mail.workablemail.com [54.72.20.140])",
              extra=(("Reply-To", "amager-fleet-analytics+c3f81a2e@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 30: recruiter proposes two times, asks which suits: not yet confirmed
@mail(N(30), family="interview_proposal", lang="de", interview=False, company="Kieler Förde Software",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Recruiter proposes 'Dienstag, 13.10., um 10 Uhr' or 'Mittwoch, 14.10., 14 Uhr' and will send "
           "the invitation after Finn answers: a proposal, not a confirmation")
def k30() -> bytes:
    body = t("""
        Hallo Herr Ohlsen,

        vielen Dank für Ihre Bewerbung und das nette Telefonat gestern. Herr Petersen aus dem
        Data-Team möchte Sie gern kennenlernen.

        Würde Ihnen Dienstag, 13.10., um 10 Uhr passen? Alternativ ginge auch Mittwoch, 14.10.,
        um 14 Uhr. Geben Sie mir kurz Bescheid, welcher Termin Ihnen lieber ist, dann schicke ich
        Ihnen die Einladung mit dem Teams-Link.

        Beste Grüße aus Kiel
        Wiebke Carstens
        HR Business Partner
        Kieler Förde Software GmbH
        Hörn 3 · 24114 Kiel
        """)
    hs = head("Wiebke Carstens <wiebke.carstens@foerde-software.de>", "Terminvorschlag Kennenlernen",
              "2026-10-08 16:05:47", BERLIN, "<c2b9d0f4-61a7-4e38-b1c5-foerde@foerde-software.de>",
              mx="from mx.foerde-software.de (mx.foerde-software.de [185.26.156.40])")
    return message(hs, text(body, charset="iso-8859-1"))


# --- 31: employment agency appointment with a fixed time
@mail(N(31), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Employment-agency invitation to a counselling appointment 'Mo., 30.11., 08:45 Uhr' "
           "(Beratungsgespräch): a fixed appointment, but not a job interview")
def k31() -> bytes:
    body = t("""
        Sehr geehrter Herr Ohlsen,

        in Ihrem Postfach liegt eine neue Nachricht für Sie:

        Einladung zu einem Gesprächstermin
        Termin: Mo., 30.11., 08:45 Uhr
        Ort: Agentur für Arbeit, Hansering 20, Lübeck, Eingang B, Zimmer 214
        Gesprächspartnerin: Frau Lemke, Arbeitsvermittlung

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Bewerbungen sprechen.
        Bitte bringen Sie Ihren Personalausweis und Ihren Lebenslauf mit. Wenn Sie den Termin nicht
        wahrnehmen können, sagen Sie bitte vorher ab.

        Die vollständige Nachricht finden Sie in Ihrem Postfach unter "Meine Nachrichten".

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head("Agentur fuer Arbeit - Postfach <noreply@postfach-arbeitsagentur.de>",
              "Neue Nachricht in Ihrem Postfach: Einladung zu einem Gesprächstermin",
              "2026-11-20 10:10:23", BERLIN, "<20261120091023.6A3C1F02@postfach-arbeitsagentur.de>",
              mx="from mail.postfach-arbeitsagentur.de (mail.postfach-arbeitsagentur.de [194.95.71.18])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --- 32: a local reporter confirms an interview *with* Finn for an article
@mail(N(32), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Local newspaper reporter confirms an interview with Finn for a series about port jobs, "
           "'Donnerstag, 17.09., 16 Uhr': a confirmed time, but press, not a job interview")
def k32() -> bytes:
    body = t("""
        Hallo Herr Ohlsen,

        super, dann machen wir das so: Donnerstag, 17.09., 16 Uhr im Café Hafenblick an der
        Untertrave. Das Interview für unsere Serie "Neue Berufe am Hafen" dauert ungefähr eine
        Dreiviertelstunde, danach macht unser Fotograf noch zwei, drei Bilder draußen am Kai.

        Sie bekommen den Text vor Veröffentlichung zum Gegenlesen.

        Viele Grüße
        Nele Kröger
        Redaktion Lübecker Hafenbote
        Tel. 0451 3090 455
        """)
    hs = head(addr("Nele Kröger", "n.kroeger@hafenbote-luebeck.de"), "Re: Interview für \"Neue Berufe am Hafen\"",
              "2026-09-14 12:40:15", BERLIN, "<9d1c4a72-33e0-4b58-a0f7-hafenbote@hafenbote-luebeck.de>",
              mx="from mail.hafenbote-luebeck.de (mail.hafenbote-luebeck.de [91.198.42.7])",
              extra=(("In-Reply-To", "<finn-0914-presse@example.org>"),))
    return message(hs, text(body, cte="8bit"))


# --- 33: podcast recording confirmed, with a calendar invitation
@mail(N(33), family="podcast", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Podcast host confirms the recording of an episode with Finn as guest, 'Do., 5.11., 18:00-19:00 "
           "Uhr', ICS attached: a confirmed 'Interview' slot, but a podcast, not a job interview")
def k33() -> bytes:
    body = t("""
        Hey Finn,

        mega, dass du dabei bist! Die Aufnahme für "Container & Code" steht:

        Do., 5.11., 18:00–19:00 Uhr
        Remote über Riverside: https://riverside.fm/studio/container-und-code?t=8f31c2

        Thema: "Vom Hafenkran zum Data Lake – was AIS-Daten über Liegezeiten verraten".
        Ablauf: 10 Min. Technik-Check, dann ca. 40 Minuten Interview, ganz locker. Bitte Kopfhörer
        mitbringen, und wenn du hast, ein externes Mikro.

        Einladung hängt an. Bis Donnerstag!

        Jonte
        Container & Code – der Podcast für Logistik-IT
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", BERLIN, """
        DTSTART;TZID=Europe/Berlin:20261105T180000
        DTEND;TZID=Europe/Berlin:20261105T190000
        DTSTAMP:20261029T182011Z
        ORGANIZER;CN=Jonte Albers:mailto:jonte@containerundcode.de
        UID:1r7c0p9vdc4m2podcast88k3s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.ohlsen@example.org:mailto:finn.ohlsen@example.org
        SUMMARY:Podcast-Aufnahme Container & Code – Interview Finn Ohlsen
        LOCATION:https://riverside.fm/studio/container-und-code
        SEQUENCE:0
        STATUS:CONFIRMED
        """)
    hs = head("Jonte Albers <jonte@containerundcode.de>", "Aufnahme Container & Code – Do., 5.11.",
              "2026-10-29 19:20:11", BERLIN, "<CAJ8yP4nQ2w+Vt0dXkR7pod@mail.gmail.com>",
              mx="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 34: admission interview for a part-time master's programme
@mail(N(34), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="University selection interview ('Auswahlgespräch') for a part-time master's programme, "
           "'Freitag, 30.10.2026, 13:00 Uhr' via Zoom: a fixed interview, but an admission interview, "
           "not a job interview")
def k34() -> bytes:
    body = t("""
        Sehr geehrter Herr Ohlsen,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Master
        "Supply Chain Analytics" (Start Sommersemester 2027).

        Wir laden Sie zu einem Auswahlgespräch ein:

          Freitag, 30.10.2026, 13:00 Uhr
          per Zoom: https://hfl-nord.zoom.us/j/61274490013 (Kenncode 558301)
          Dauer: 20 Minuten

        Im Gespräch stellen Sie kurz Ihren beruflichen Werdegang und Ihre Motivation vor; die
        Kommission besteht aus Prof. Dr. Hauke Rehder und Dr. Lina Marquardt.

        Mit freundlichen Grüßen
        Studierendensekretariat
        Hanseatische Fernhochschule für Logistik
        """)
    hs = head("Hanseatische Fernhochschule fuer Logistik <studium@hfl-nord.de>",
              "Einladung zum Auswahlgespräch – Master Supply Chain Analytics",
              "2026-10-19 11:25:09", BERLIN, "<hfl-sek-20261019-4471@hfl-nord.de>",
              mx="from mailrelay.hfl-nord.de (mailrelay.hfl-nord.de [141.83.20.16])")
    return message(hs, text(body, charset="iso-8859-15"))


# --- 35: sports club try-out
@mail(N(35), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Handball club invites to a try-out ('Probetraining') on 'Do., 24.09., um 19:30 Uhr': a fixed "
           "time, not a job interview")
def k35() -> bytes:
    body = t("""
        Moin Finn,

        danke für deine Nachricht über die Homepage! Komm gern zum Probetraining bei der
        2. Herren vorbei: Do., 24.09., um 19:30 Uhr in der Sporthalle Moislinger Allee. Halle B,
        Hallenschuhe nicht vergessen (kein Harz, Harz ist bei uns in der Halle verboten).

        Wir sind gerade dabei, uns für die Kreisoberliga neu aufzustellen, und suchen noch
        Leute für den Rückraum. Trainer Timo schaut sich das dann an und ihr quatscht danach kurz.

        Sportliche Grüße
        Lasse
        SG Wakenitz-Trave, Handballabteilung
        """)
    hs = head(addr("Lasse Jürgensen", "lasse.juergensen@sg-wakenitz-trave.de"), "Re: Probetraining 2. Herren",
              "2026-09-18 21:13:40", BERLIN, "<b77a1e90-2c4d-45aa-8f01-sgwt@sg-wakenitz-trave.de>",
              mx="from smtp.sg-wakenitz-trave.de (smtp.sg-wakenitz-trave.de [185.30.32.44])")
    return message(hs, text(body, cte="8bit"))


# --- 36: car service appointment with ICS
@mail(N(36), family="car_service", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Garage confirms a service appointment 'Mittwoch, 11.11.2026, 07:30 Uhr' with an ICS: fixed "
           "time, not an interview")
def k36() -> bytes:
    body = t("""
        Guten Tag Herr Ohlsen,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:    Mittwoch, 11.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:  VW Golf Variant, HL-FO 412
        Leistung:  Inspektion mit Ölwechsel, Räderwechsel auf Winterreifen (eingelagert)
        Abholung:  voraussichtlich ab 15:00 Uhr

        Ersatzfahrzeug: nicht gebucht

        Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden
        vorher ab.

        Ihr Serviceteam
        Autohaus Kücknitz GmbH · Travemünder Allee 150 · 23568 Lübeck
        """)
    ics = vcal("-//Autohaus Kuecknitz//Werkstattplaner//DE", "PUBLISH", BERLIN, """
        UID:wst-2026-11-11-0730-hlfo412@autohaus-kuecknitz.de
        DTSTAMP:20261106T073000Z
        DTSTART;TZID=Europe/Berlin:20261111T073000
        DTEND;TZID=Europe/Berlin:20261111T080000
        SUMMARY:Werkstatttermin Autohaus Kücknitz (Inspektion\\, Räderwechsel)
        LOCATION:Travemünder Allee 150\\, 23568 Lübeck
        """)
    hs = head(addr("Autohaus Kücknitz Service", "service@autohaus-kuecknitz.de"), "Ihr Werkstatttermin am 11.11.2026",
              "2026-11-06 08:30:00", BERLIN, "<wst.20261106073000.412@autohaus-kuecknitz.de>",
              mx="from mail.autohaus-kuecknitz.de (mail.autohaus-kuecknitz.de [83.169.5.77])")
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                                      disposition="attachment")))


# --- 37: bank advisor meeting (Outlook invitation)
@mail(N(37), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Bank advisor's Outlook invitation 'Beratungsgespräch Altersvorsorge', Thu 10 Dec 17:00-18:00: a "
           "fixed meeting, not an interview")
def k37() -> bytes:
    body = t("""
        Sehr geehrter Herr Ohlsen,

        wie gestern am Telefon vereinbart sende ich Ihnen die Einladung zu unserem
        Beratungsgespräch rund um Ihre Altersvorsorge und die Umstellung Ihrer betrieblichen
        Vorsorge beim Arbeitgeberwechsel:

        Donnerstag, 10.12.2026, 17:00 bis 18:00 Uhr
        Filiale Lübeck-Innenstadt, Breite Straße 35, Beratungsraum 3

        Bitte bringen Sie Ihre aktuelle Gehaltsabrechnung und die letzte Standmitteilung Ihrer
        Direktversicherung mit.

        Freundliche Grüße
        Maren Wulf
        Private Banking | Hansebank Lübeck eG
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", "W. Europe Standard Time", """
        ORGANIZER;CN=Wulf\\, Maren:mailto:maren.wulf@hansebank-luebeck.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Ohlsen:mailto:finn.ohlsen@example.org
        UID:040000008200E00074C5B7101A82E00800000000B2E7A4C10E6FDC0100000000000000001000000077A0C5E3F19D2B4C8E41A6D0B3C5F972
        SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Altersvorsorge – Finn Ohlsen
        DTSTART;TZID=W. Europe Standard Time:20261210T170000
        DTEND;TZID=W. Europe Standard Time:20261210T180000
        DTSTAMP:20261201T101544Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Filiale Lübeck-Innenstadt\\, Beratungsraum 3
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        """)
    hs = head(addr("Wulf, Maren", "maren.wulf@hansebank-luebeck.de"),
              "Beratungsgespräch Altersvorsorge – Finn Ohlsen",
              "2026-12-01 11:15:44", BERLIN, "<VI1PR09MB4122C8F1A03E4D6B9A2E7F1D0C55@VI1PR09MB4122.eurprd09.prod.outlook.com>",
              mx="from EUR06-VI1-obe.outbound.protection.outlook.com (mail-vi1eur06on2091.outbound.protection.outlook.com [40.107.8.91])")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 38: mock interview with a career coach, booked through Calendly
@mail(N(38), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Calendly confirmation of a paid mock interview ('Probe-Interview') with a career coach, Wed 14 "
           "Oct 18:00-19:00, ICS attached: confirmed, but practice, not a job interview")
def k38() -> bytes:
    body = t("""
        Hallo Finn Ohlsen,

        Ein neuer Termin wurde geplant.

        Ereignistyp:
        Probe-Interview Tech (60 Min.) – inkl. Video-Feedback

        Eingeladener:
        Finn Ohlsen

        Datum/Uhrzeit des Termins:
        18:00 - 19:00, Mittwoch, 14. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Zoom – Link folgt per E-Mail

        Fragen vom Coach:
        Für welche Stelle möchtest du üben? – "Data Engineer, Hamburg, technisches Interview mit Live-Coding"

        Host:
        Svenja Möller, Karrierecoaching Möller

        Änderungen an diesem Termin vornehmen?
        Absagen: https://calendly.com/cancellations/ab61d0c4-8f2e-4e11-a9cf-2d7e31b0f560
        Verschieben: https://calendly.com/reschedulings/ab61d0c4-8f2e-4e11-a9cf-2d7e31b0f560

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", BERLIN, """
        UID:ab61d0c4-8f2e-4e11-a9cf-2d7e31b0f560@calendly.com
        DTSTAMP:20261009T091511Z
        DTSTART;TZID=Europe/Berlin:20261014T180000
        DTEND;TZID=Europe/Berlin:20261014T190000
        SUMMARY:Probe-Interview Tech (60 Min.) zwischen Svenja Möller und Finn Ohlsen
        ORGANIZER;CN=Svenja Möller:mailto:svenja@moeller-karrierecoaching.de
        ATTENDEE;CN=Finn Ohlsen;PARTSTAT=ACCEPTED:mailto:finn.ohlsen@example.org
        STATUS:CONFIRMED
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Bestätigt: Probe-Interview Tech (60 Min.) mit Svenja Möller am Mittwoch, 14. Oktober 2026",
              "2026-10-09 11:15:11", BERLIN, "<20261009091511.7e0c2b9f41a5@calendly.com>",
              mx="from o1.ptr2741.calendly.com (o1.ptr2741.calendly.com [149.72.134.61])",
              extra=(("Reply-To", addr("Svenja Möller", "svenja@moeller-karrierecoaching.de")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 39: partner forwards *her* interview confirmation for information (childcare logistics)
@mail(N(39), family="forwarded_other_candidate", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Finn's partner forwards her own interview confirmation (Thu 19 Nov 09:00, for Jana Meyer) and "
           "asks him to take their daughter to nursery: a confirmed job interview, but not Finn's")
def k39() -> bytes:
    body = t("""
        Hey du,

        guck mal, es hat geklappt!! Kannst du Donnerstag Mia zur Kita bringen? Ich muss um halb
        neun schon los.

        Kuss, J.

        ---------- Forwarded message ---------
        Von: Ostsee-Reha Travemünde <bewerbung@ostsee-reha-travemuende.de>
        Date: Mo., 16. Nov. 2026 um 14:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Physiotherapeutin (m/w/d)
        To: Jana Meyer <jana.meyer@example.com>

        Sehr geehrte Frau Meyer,

        wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:

        Donnerstag, 19.11.2026, 09:00 Uhr
        Ostsee-Reha Travemünde, Kurgartenstraße 9, Haus A, Besprechungsraum EG

        Ihre Gesprächspartner sind Frau Dr. Behrens (Chefärztin) und Herr Sievers (Leitung
        Therapie).

        Mit freundlichen Grüßen
        Personalabteilung Ostsee-Reha Travemünde
        """)
    hs = head("Jana Meyer <jana.meyer@example.com>",
              "Fwd: Einladung zum Vorstellungsgespräch – Physiotherapeutin (m/w/d)",
              "2026-11-16 19:40:02", BERLIN, "<CAM3qV8e2Lr7Xw0pQ1nT9jana@mail.gmail.com>",
              mx="from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 40: Finn is asked to interview a candidate at his current job (forwarded from work)
@mail(N(40), family="interviewer_duty", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Forward from Finn's work address of an Outlook invitation in which he is an interviewer for a "
           "candidate at his current employer (Wed 25 Nov 10:00-11:00, ICS attached): an interview at a "
           "fixed time, but not Finn's own job interview; company null (not a hiring company for Finn)")
def k40() -> bytes:
    body = t("""
        Nur damit ich es privat auch im Kalender hab (Handy-Kalender synct Outlook nicht).

        -----Ursprüngliche Nachricht-----
        Von: Carstensen, Ilka <ilka.carstensen@kontor7-logistik.de>
        Gesendet: Montag, 23. November 2026 08:41
        An: Ohlsen, Finn <finn.ohlsen@kontor7-logistik.de>; Brügge, Malte <malte.bruegge@kontor7-logistik.de>
        Betreff: Interview Kandidatin Data Analyst (Frau Yilmaz) – Technik-Teil

        Hallo Finn, hallo Malte,

        danke, dass ihr den technischen Teil im Interview mit Frau Yilmaz übernehmt:
        Mittwoch, 25.11., 10:00–11:00 Uhr, Raum Nordsee (2. OG). Lebenslauf und Bewertungsbogen
        liegen im Recruiting-Ordner. Bitte bis Freitag eure Einschätzung an mich.

        Danke & Gruß
        Ilka
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", "W. Europe Standard Time", """
        ORGANIZER;CN=Carstensen\\, Ilka:mailto:ilka.carstensen@kontor7-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ohlsen\\, Finn:mailto:finn.ohlsen@kontor7-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brügge\\, Malte:mailto:malte.bruegge@kontor7-logistik.de
        UID:040000008200E00074C5B7101A82E00800000000C0D5A27F3E7FDC010000000000000000100000003B9E6D0A51C84F2E9D77B1A4C06E2D18
        SUMMARY;LANGUAGE=de-DE:Interview Kandidatin Data Analyst (Frau Yilmaz) – Technik-Teil
        DTSTART;TZID=W. Europe Standard Time:20261125T100000
        DTEND;TZID=W. Europe Standard Time:20261125T110000
        DTSTAMP:20261123T074101Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum Nordsee (2. OG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        """)
    hs = head(addr("Ohlsen, Finn", "finn.ohlsen@kontor7-logistik.de"),
              "WG: Interview Kandidatin Data Analyst (Frau Yilmaz) – Technik-Teil",
              "2026-11-23 09:05:37", BERLIN, "<AS8PR04MB8810A7C2E1F04B39D5E6C0A2B71F@AS8PR04MB8810.eurprd04.prod.outlook.com>",
              mx="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2103.outbound.protection.outlook.com [40.107.8.103])",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="Interview Kandidatin Data Analyst.ics",
                                      disposition="attachment")))


# --- 41: Christmas party at the current job, sent to the private address
@mail(N(41), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Colleague at the current employer sends the Christmas party details 'Fr., 11.12., ab 18 Uhr' "
           "to Finn's private address: team event, not an interview")
def k41() -> bytes:
    body = t("""
        Moin zusammen,

        für alle, die nie ins Outlook gucken ;-) – die Weihnachtsfeier ist fix:

        Fr., 11.12., ab 18 Uhr
        Zum Anker, An der Obertrave 7 (oben im Saal)

        Essen und erste Getränkerunde zahlt die Firma, Wichteln bis 15 Euro. Bitte bis 4.12. in
        die Liste am Kaffeeautomaten eintragen oder mir kurz schreiben.

        Bis dann!
        Tessa

        (an private Adressen, weil wir über die Firmenadresse keine Fotos teilen dürfen)
        """)
    hs = head("Tessa Rahlf <tessa.rahlf@example.net>", "Weihnachtsfeier Kontor 7 – Fr., 11.12.",
              "2026-11-27 12:31:55", BERLIN, "<4e1a7c90-d2b3-4b0f-9b6c-tessa@example.net>",
              mx="from smtp.example.net (smtp.example.net [198.51.100.25])",
              to="undisclosed-recipients:;")
    return message(hs, text(body, cte="8bit"))


# --- 42: parent-teacher meeting slot from a school portal
@mail(N(42), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="School portal confirms a parent-teacher meeting slot 'Di., 17.11., 16:40-16:50 Uhr': fixed "
           "time, not an interview")
def k42() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Liebe Eltern von <b>Mia Ohlsen (Klasse 1b)</b>,</p>
        <p>Ihr Termin für den Elternsprechtag wurde gebucht:</p>
        <p style="border-left:4px solid #2e7d32;padding-left:10px">
        <b>Di., 17.11., 16:40 &ndash; 16:50 Uhr</b><br>
        bei Frau Dabelstein (Klassenleitung 1b), Raum 104</p>
        <p>Bitte seien Sie pünktlich, die Termine sind eng getaktet. Eine Stornierung ist bis zum Vortag über das Portal möglich.</p>
        <p>Mit freundlichen Grüßen<br>Grundschule am Stadtpark Lübeck</p>
        <p style="font-size:11px;color:#777">Diese Nachricht wurde automatisch vom Schulportal versendet.</p>
        </body></html>
        """)
    hs = head("Schulportal GS am Stadtpark <noreply@schulportal-nord.de>",
              "Buchungsbestätigung Elternsprechtag – Mia Ohlsen (1b)",
              "2026-11-10 20:05:44", BERLIN, "<esp.1b.17.1640.ohlsen@schulportal-nord.de>",
              mx="from mail.schulportal-nord.de (mail.schulportal-nord.de [159.69.30.201])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-15", cte="8bit"))


# --- 43: recruiter's out-of-office auto-reply mentioning interviews
@mail(N(43), family="out_of_office", lang="de", interview=False, company="Containerlotse",
      days=(("Fri", "2026-12-04"),),
      note="Out-of-office auto-reply (German/English) from the Containerlotse recruiter, away until "
           "Fri 4 Dec; refers interview questions to a shared mailbox; no appointment")
def k43() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4.12., nicht im Büro
        und habe nur eingeschränkt Zugriff auf meine E-Mails.

        Bei Fragen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an
        bewerbung@containerlotse.de.

        Thank you for your message. I am out of the office until Friday, 4 December. For questions
        about applications and interviews, please contact bewerbung@containerlotse.de.

        Birte Hansen
        People & Culture | Containerlotse GmbH
        """)
    hs = head("Birte Hansen <birte.hansen@containerlotse.de>",
              "Automatische Antwort: Bewerbung Data Engineer (m/w/d) – Finn Ohlsen",
              "2026-11-30 09:12:03", BERLIN, "<FR2P281MB0090AUTO1A2B3C4D5E6F@FR2P281MB0090.DEUP281.PROD.OUTLOOK.COM>",
              mx="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2100.outbound.protection.outlook.com [40.107.135.100])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<finn-1130-containerlotse@example.org>")))
    return message(hs, text(body))


# --- 44: bounce of Finn's own confirmation (mistyped address), original attached
@mail(N(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Mailer-daemon bounce: Finn's own message confirming 'Di., 27.10., 10:30 Uhr' to a mistyped "
           "recruiter address was not delivered; the attached original is the candidate's mail, not a "
           "confirmation from the employer")
def k44() -> bytes:
    notice = t("""
        This is the mail system at host mx01.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <stefanie.kruger@elbkran.de>: host mx.elbkran.de[185.15.72.9] said: 550 5.1.1
            <stefanie.kruger@elbkran.de>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mx01.mail.example.org
        X-Postfix-Queue-ID: 4Fz9Kp1QmBz9sW
        Arrival-Date: Fri, 23 Oct 2026 09:39:51 +0000 (UTC)

        Final-Recipient: rfc822; stefanie.kruger@elbkran.de
        Original-Recipient: rfc822;stefanie.kruger@elbkran.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.elbkran.de
        Diagnostic-Code: smtp; 550 5.1.1 <stefanie.kruger@elbkran.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Hallo Frau Krüger,

        vielen Dank für die Einladung – hiermit bestätige ich gern unser Gespräch am Di., 27.10.,
        um 10:30 Uhr über Teams. Ich freue mich darauf!

        Viele Grüße
        Finn Ohlsen
        """)
    orig = message([("From", FINN_TO),
                    ("To", "stefanie.kruger@elbkran.de"),
                    ("Subject", enc("Bestätigung: Gespräch am 27.10.")),
                    ("Date", date("2026-10-23 11:39:48", BERLIN)),
                    ("Message-ID", "<f3c1a9e0-finn-elbkran@example.org>")],
                   text(orig_body, cte="8bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx01.mail.example.org>",
              "Undelivered Mail Returned to Sender",
              "2026-10-23 11:39:53", BERLIN, "<20261023093953.4Fz9Kp1QmBz9sW@mx01.mail.example.org>",
              mx="from localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --- 45: meetup announcement on a mailing list
@mail(N(45), family="mailing_list_meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list announcement of a meetup talk 'How we interview data engineers' on Thu 19 Nov "
           "18:30: a fixed event about interviews, not an interview")
def k45() -> bytes:
    body = t("""
        Hi all,

        our November meetup is on Thursday, 19 November, doors 18:30, talks from 19:00, hosted by
        Quayside Robotics (Hongkongstrasse 5, HafenCity).

        Talks:
          1. "How we interview data engineers (and what we got wrong)" – Priya Raman & Jonas F.
          2. "dbt on a container terminal: 18 months in" – Sanne Voigt

        RSVP on the meetup page so we can order enough pizza: https://data-hh.example.com/2026-11

        Cheers,
        Kai (for the organisers)

        _______________________________________________
        data-hh mailing list
        data-hh@lists.data-hh.org
        https://lists.data-hh.org/mailman/listinfo/data-hh
        """)
    hs = head("Kai Wendt <kai.wendt@posteo.example>", "[data-hh] November meetup: How we interview data engineers",
              "2026-11-09 20:47:12", BERLIN, "<87sf3k2x1v.fsf@posteo.example>",
              mx="from lists.data-hh.org (lists.data-hh.org [95.216.8.12])",
              to="data-hh@lists.data-hh.org",
              extra=(("List-Id", "Data Engineering Hamburg <data-hh.lists.data-hh.org>"),
                     ("List-Unsubscribe", "<https://lists.data-hh.org/mailman/options/data-hh>, "
                                          "<mailto:data-hh-request@lists.data-hh.org?subject=unsubscribe>"),
                     ("List-Post", "<mailto:data-hh@lists.data-hh.org>"),
                     ("Precedence", "list"),
                     ("Sender", "data-hh <data-hh-bounces@lists.data-hh.org>")))
    return message(hs, text(body, cte="quoted-printable", params="format=flowed"))


# --- 46: Zoom webinar registration about video job interviews
@mail(N(46), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Zoom webinar registration 'Das digitale Vorstellungsgespräch', Di., 6.10., 12:00 Uhr, with ICS: "
           "a confirmed webinar about interviews, not an interview")
def k46() -> bytes:
    body = t("""
        Hallo Finn Ohlsen,

        vielen Dank für Ihre Anmeldung zum Webinar "Das digitale Vorstellungsgespräch – Kamera,
        Licht, Körpersprache".

        Datum und Uhrzeit: 06.10.2026 12:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien
        Veranstalter: Karrierenetzwerk Nord e.V.

        Bitte klicken Sie auf den folgenden Link, um am Webinar teilzunehmen:
        https://us06web.zoom.us/w/87124455019?tk=Gx1r0b7K

        Kenncode: 602118

        Zu Kalender hinzufügen: Google Kalender | Outlook-Kalender (.ics) | Yahoo-Kalender

        Sie können Ihre Registrierung jederzeit stornieren.
        """)
    ics = vcal("-//zoom.us//iCalendar Event//EN", "PUBLISH", None, """
        DTSTAMP:20260929T071130Z
        DTSTART:20261006T100000Z
        DTEND:20261006T110000Z
        SUMMARY:Das digitale Vorstellungsgespräch – Kamera\\, Licht\\, Körpersprache
        UID:20261006T100000Z-87124455019@zoom.us
        DESCRIPTION:Webinar des Karrierenetzwerk Nord e.V.
        LOCATION:https://us06web.zoom.us/w/87124455019
        ORGANIZER;CN=Karrierenetzwerk Nord:mailto:no-reply@zoom.us
        """)
    hs = head("Karrierenetzwerk Nord <no-reply@zoom.us>",
              "Bestätigung für Das digitale Vorstellungsgespräch – Kamera, Licht, Körpersprache",
              "2026-09-29 09:11:30", BERLIN, "<zoom.wbnr.87124455019.reg41ad@zoom.us>",
              mx="from mailout-us06.zoom.us (mailout-us06.zoom.us [170.114.10.68])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Webinar.ics",
                                      disposition="attachment")))


# --- 47: GoodTime availability request (Seabridge, before key 9)
@mail(N(47), family="availability_request", lang="en", interview=False, company="Seabridge Analytics",
      days=(("Mon", "2026-11-02"),),
      note="GoodTime availability request: share availability for a 60-minute technical interview in the "
           "week of 2 November; nothing is scheduled yet")
def k47() -> bytes:
    body = t("""
        Hi Finn,

        Congratulations on moving forward in the process for Senior Data Engineer (Remote,
        Europe)! Next up is a 60-minute technical interview with one of our principal engineers.

        Please share your availability for the week of November 2 using the link below. Please
        select at least four one-hour windows; times are shown in your local time zone.

        Share my availability: https://app.goodtime.io/availability/3f7a11c9-6d02

        Once we have your availability, we'll send you a calendar invitation.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Seabridge Analytics

        Powered by GoodTime
        """)
    hs = head("Seabridge Analytics via GoodTime <no-reply@goodtime.io>",
              "Availability request: Seabridge Analytics – Senior Data Engineer",
              "2026-10-21 09:15:27", "America/New_York", "<01000199e1b7a6c4-seabridge-goodtime-2110@goodtime.io>",
              mx="from mail-oi1-f200.goodtime.io (mail-oi1-f200.goodtime.io [198.21.0.200])",
              extra=(("Reply-To", "Dana Whitfield <dana.whitfield@seabridge-analytics.com>"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --- 48: headshot session for the LinkedIn profile
@mail(N(48), family="headshot", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Photographer confirms a business-portrait session for LinkedIn / applications, 'Samstag, "
           "26.09., 11:00 Uhr': fixed time, not an interview")
def k48() -> bytes:
    body = t("""
        Hallo Finn,

        danke für deine Buchung! Hier die Eckdaten für dein Business-Porträt:

        Samstag, 26.09., 11:00 Uhr (ca. 45 Minuten)
        Lichtwerk Fotostudio, Hüxstraße 61, 23552 Lübeck

        Bring gern zwei, drei Oberteile in gedeckten Farben mit (kein feines Karo, das flimmert).
        Du bekommst eine Vorauswahl online und suchst dir drei Bilder für LinkedIn und deine
        Bewerbungen aus.

        Liebe Grüße
        Greta
        Lichtwerk Fotostudio
        """)
    hs = head("Greta Lorenzen <hallo@lichtwerk-foto.example>", "Dein Fototermin am Samstag",
              "2026-09-20 18:22:41", BERLIN, "<20260920162241.a9b1@lichtwerk-foto.example>",
              mx="from smtp.lichtwerk-foto.example (smtp.lichtwerk-foto.example [203.0.113.50])")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


# --- 49: mentoring programme matching call
@mail(N(49), family="mentoring_call", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Mentoring programme confirms a first matching call with a mentor, 'Montag, 7.12., 18:30 Uhr' "
           "via Teams: a fixed call, not a job interview")
def k49() -> bytes:
    body = t("""
        Hallo Finn,

        schön, dass du beim Mentoring-Programm "Logistik & Data Nord" dabei bist! Wir haben eine
        Mentorin für dich gefunden: Dr. Henrike Paulsen, Head of Analytics bei einer Kieler
        Reederei.

        Euer Kennenlerngespräch ist gebucht:
        Montag, 7.12., 18:30 Uhr, ca. 30 Minuten, per Teams (Link kommt von Henrike)

        Im ersten Gespräch geht es nur ums Kennenlernen: Was sind deine Ziele, wie oft wollt ihr
        euch treffen? Danach entscheidet ihr beide, ob ihr das Tandem starten möchtet.

        Viele Grüße
        Kristin vom Orga-Team
        Mentoring Nord – Logistik & Data e.V.
        """)
    hs = head("Mentoring Nord <programm@mentoring-nord.example>", "Dein Matching: Kennenlerngespräch am 7.12.",
              "2026-11-30 13:48:09", BERLIN, "<mn-match-2026-ohlsen-paulsen@mentoring-nord.example>",
              mx="from mail.mentoring-nord.example (mail.mentoring-nord.example [203.0.113.77])")
    return message(hs, text(body))


# --- 50: flat viewing in Hamburg
@mail(N(50), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Property manager confirms a flat viewing in Hamburg-Ottensen, 'Samstag, 17.10., 11:15 Uhr': "
           "fixed appointment, not an interview")
def k50() -> bytes:
    body = t("""
        Sehr geehrter Herr Ohlsen,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Bahrenfelder Straße (Objekt-Nr.
        HH-OT-2291). Gern bestätigen wir Ihnen einen Besichtigungstermin:

        Samstag, 17.10., 11:15 Uhr
        Treffpunkt: vor dem Hauseingang Bahrenfelder Straße 148, 22765 Hamburg

        Bitte bringen Sie zur Besichtigung eine Selbstauskunft, die letzten drei
        Gehaltsnachweise und eine Mietschuldenfreiheitsbescheinigung mit. Bei einem
        Arbeitgeberwechsel genügt der unterschriebene Arbeitsvertrag.

        Mit freundlichen Grüßen
        Jens Bruhn
        Elbufer Hausverwaltung GmbH
        """)
    hs = head("Elbufer Hausverwaltung via ImmoNord <nachricht@immonord-mail.example>",
              "Besichtigungstermin HH-OT-2291 – Samstag, 17.10.",
              "2026-10-12 15:03:26", BERLIN, "<msg.hhot2291.5517@immonord-mail.example>",
              mx="from out2.immonord-mail.example (out2.immonord-mail.example [203.0.113.91])",
              extra=(("Reply-To", "Jens Bruhn <j.bruhn@elbufer-hv.example>"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))
