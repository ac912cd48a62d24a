"""blind50: 50 hand-written mails from the inbox of a UX researcher living in Milan.

Inbox owner: Irene Colombo <irene.colombo@example.org> (Europe/Rome). She applies to Italian
companies (Milan, Turin, Bologna, Rome) and to Swiss, UK, US and remote ones; she also works as a
contract researcher, so some of her current client's calendar traffic lands here too.

Written blind (without reading the detector, its tests, or any other held-out set's mails). Every
mail's wording is written individually below, one function per mail; ``make.py`` does the MIME
plumbing and the checks. Build and check with

    python3 bench/heldout/make_blind.py blind50

Writing order: keys 1-23 are positives, 24-50 negatives; the file number of key k is ORDER[k-1].
"""

from __future__ import annotations

import base64
import random

import make
from make import (
    VTZ,
    Part,
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
)

make.REGISTRY.setdefault("blind50", [])

ORDER = random.Random(50050).sample(range(1, 51), 50)

ME = "irene.colombo@example.org"
ME_TO = "Irene Colombo <irene.colombo@example.org>"
ROME = "Europe/Rome"
ZRH = "Europe/Zurich"
LON = "Europe/London"
NYC = "America/New_York"
UTC = "UTC"


def n(key: int) -> str:
    return f"blind50_{ORDER[key - 1]:03d}"


def inbound(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 2) -> list[tuple[str, str]]:
    """Delivered-To + the Received line our MX adds."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                              f"mx1.example.org (Postfix) with ESMTPS id {qid}", ME, lag)),
    ]


# Google-Calendar-style VTIMEZONE blocks (IANA names, 1970 anchors)
ROME_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Rome
X-LIC-LOCATION:Europe/Rome
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_IT = """________________________________________________________________________________
Riunione di Microsoft Teams
Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della stanza
Fai clic qui per partecipare alla riunione<{link}>
ID riunione: {mid}
Passcode: {code}
Scarica Teams<https://www.microsoft.com/it-it/microsoft-teams/download-app> | Partecipa sul Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Altre informazioni<https://aka.ms/JoinTeamsMeeting> | Opzioni riunione<https://teams.microsoft.com/meetingOptions/?organizerId={org}&tenantId={ten}&threadId=19_meeting_{thr}@thread.v2&messageId=0&language=it-IT>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{link}>
Meeting ID: {mid}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={org}&tenantId={ten}&threadId=19_meeting_{thr}@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
"""


def pdf_part(filename: str, title: str) -> Part:
    """A tiny but well-formed one-page PDF attachment."""
    body = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        f"4 0 obj<</Length {len(title) + 20}>>stream\nBT /F1 12 Tf ({title}) Tj ET\nendstream endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode("latin-1")
    return Part(
        [("Content-Type", f'application/pdf; name="{filename}"'),
         ("Content-Disposition", f'attachment; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")],
        base64.encodebytes(body).replace(b"\n", b"\r\n"),
    )


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T09:00:00Z",
      contact="lea.baumgartner@sentis-mobility.ch", company="Sentis Mobility",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone=ZRH,
      note="Greenhouse confirmation after self-scheduling; 10:00-11:00 CEST Zurich on 31 March "
           "(Switzerland is on summer time from 29 March, mail sent on CET) = 08:00-09:00Z; ICS in UTC "
           "agrees; contact = Reply-To recruiter (also ICS ORGANIZER)")
def sentis_greenhouse_confirmed() -> bytes:
    body = t("""
        Hi Irene,

        Thank you for selecting a time. This email confirms your video interview for the Senior UX Researcher role at Sentis Mobility.

        Interview: Research deep-dive with the Design team
        Date: Tuesday, March 31st 2026
        Time: 10:00 AM - 11:00 AM CEST (Europe/Zurich)
        Location: Microsoft Teams (the join link is in the attached calendar invitation)

        You will be meeting with:
          Lea Baumgartner - Talent Acquisition Partner
          Florian Wyss - Head of Product Design
          Sanne de Groot - Senior UX Researcher

        Please plan to talk us through one research project end to end: the question, the method you chose and why, and what changed because of it. Slides are welcome but not required.

        If you need to make any changes, simply reply to this email.

        Best regards,
        Lea Baumgartner
        Sentis Mobility AG | Pfingstweidstrasse 110 | 8005 Zürich
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Irene,</p>
        <p>Thank you for selecting a time. This email confirms your video interview for the <strong>Senior UX Researcher</strong> role at Sentis Mobility.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Research deep-dive with the Design team</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, March 31st 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CEST (Europe/Zurich)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (the join link is in the attached calendar invitation)</td></tr>
        </table>
        <p>You will be meeting with:<br>Lea Baumgartner - Talent Acquisition Partner<br>Florian Wyss - Head of Product Design<br>Sanne de Groot - Senior UX Researcher</p>
        <p>Please plan to talk us through one research project end to end: the question, the method you chose and why, and what changed because of it. Slides are welcome but not required.</p>
        <p>If you need to make any changes, simply reply to this email.</p>
        <p>Best regards,<br>Lea Baumgartner<br>Sentis Mobility AG | Pfingstweidstrasse 110 | 8005 Z&uuml;rich</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377-9920154@greenhouse.io
        DTSTAMP:20260324T151241Z
        DTSTART:20260331T080000Z
        DTEND:20260331T090000Z
        SUMMARY:Interview with Sentis Mobility - Senior UX Researcher
        DESCRIPTION:Research deep-dive with the Design team\\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NmQ1OGEtYjI0Mi00@thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Lea Baumgartner:mailto:lea.baumgartner@sentis-mobility.ch
        ATTENDEE;CN=Irene Colombo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.colombo@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("a48-110.smtp-out.amazonses.com", "54.240.48.110", "2026-03-24 15:12:41", UTC, "4fVb1k2NqRz3x")
    hs += [
        ("From", "Sentis Mobility <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Lea Baumgartner <lea.baumgartner@sentis-mobility.ch>"),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Senior UX Researcher at Sentis Mobility"),
        ("Date", date("2026-03-24 15:12:41", UTC)),
        ("Message-ID", "<0100019521c7a4d2-8e0f4a51-77b2-4c1e-9a0d-3f6b1e2c9d47-000000@email.amazonses.com>"),
        ("Feedback-ID", "1.us-east-1.Gk7c2QyJ0bq1xqj8Vb5rKQ==:AmazonSES"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(2), family="google_calendar", lang="it", interview=True, kind="scheduled",
      start="2026-04-02T12:30:00Z", end="2026-04-02T13:30:00Z",
      contact="luca.benassi@officinaquadra.it", company="Officina Quadra",
      local="Thu 2026-04-02 14:30", local_end="2026-04-02 15:30", zone=ROME,
      note="Google Calendar invitation, Italian UI: 'gio 2 apr 2026 14:30 - 15:30 (CEST)', TZID "
           "Europe/Rome, first week of summer time = 12:30-13:30Z; contact = ORGANIZER")
def officina_quadra_gcal_invite() -> bytes:
    body = t("""
        Colloquio tecnico UX Research – Irene Colombo
        giovedì 2 aprile 2026 ⋅ 14:30 – 15:30
        Ora dell'Europa centrale - Roma

        Partecipa con Google Meet
        https://meet.google.com/qvd-hmrt-kzn

        Partecipa tramite telefono
        (IT) +39 02 3046 1975 PIN: 482 117 390#

        Altri numeri di telefono
        https://tel.meet/qvd-hmrt-kzn?pin=4821173905522

        Ciao Irene, come anticipato al telefono ti mando l'invito per il colloquio tecnico. Ci saremo io e Giulia (Research Ops). Porta pure uno o due casi di studio da raccontare, le slide non sono obbligatorie.

        Invitati
        Luca Benassi - organizzatore
        giulia.marani@officinaquadra.it
        irene.colombo@example.org

        Visualizza tutti i dettagli dell'invitato https://calendar.google.com/calendar/event?action=VIEW&eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8gaXJlbmUuY29sb21ib0BleGFtcGxlLm9yZw&tok=MjUjbHVjYS5iZW5hc3NpQG9mZmljaW5hcXVhZHJhLml0&ctz=Europe%2FRome&hl=it&es=0

        Rispondere per irene.colombo@example.org
        Sì https://calendar.google.com/calendar/event?action=RESPOND&eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&rst=1&hl=it&es=0
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&rst=2&hl=it&es=0
        Forse https://calendar.google.com/calendar/event?action=RESPOND&eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&rst=3&hl=it&es=0

        Altre opzioni https://calendar.google.com/calendar/event?action=VIEW&eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&hl=it&es=0

        Invito da Google Calendar https://calendar.google.com/calendar/

        Hai ricevuto questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti su questo evento, rifiuta l'evento.

        Inoltrare questo invito potrebbe consentire a qualsiasi destinatario di inviare una risposta all'organizzatore, di essere aggiunto all'elenco degli invitati, di invitare altre persone indipendentemente dal proprio stato di invito o di modificare la tua risposta. Scopri di più https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/Event">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043" itemprop="name">Colloquio tecnico UX Research – Irene Colombo</h2>
        <div style="color:#3c4043"><time itemprop="startDate" datetime="20260402T123000Z"></time><time itemprop="endDate" datetime="20260402T133000Z"></time>giovedì 2 aprile 2026 ⋅ 14:30 – 15:30<br><span style="color:#70757a">Ora dell'Europa centrale - Roma</span></div>
        <p><a href="https://meet.google.com/qvd-hmrt-kzn" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Partecipa con Google Meet</a></p>
        <p style="color:#70757a">meet.google.com/qvd-hmrt-kzn</p>
        <p>Ciao Irene, come anticipato al telefono ti mando l'invito per il colloquio tecnico. Ci saremo io e Giulia (Research Ops). Porta pure uno o due casi di studio da raccontare, le slide non sono obbligatorie.</p>
        <h3 style="font-size:14px">Invitati</h3>
        <div>Luca Benassi <span style="color:#70757a">- organizzatore</span></div>
        <div>giulia.marani@officinaquadra.it</div>
        <div>irene.colombo@example.org</div>
        <p>Rispondere per <b>irene.colombo@example.org</b>: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&amp;rst=1&amp;hl=it&amp;es=0">Sì</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&amp;rst=2&amp;hl=it&amp;es=0">No</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHJrMDJiN2Y5dDZqcTNsMmM0dm8&amp;rst=3&amp;hl=it&amp;es=0">Forse</a></p>
        <p style="font-size:12px;color:#70757a">Invito da <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>Hai ricevuto questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti su questo evento, rifiuta l'evento.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ROME_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Rome:20260402T143000
        DTEND;TZID=Europe/Rome:20260402T153000
        DTSTAMP:20260330T074112Z
        ORGANIZER;CN=Luca Benassi:mailto:luca.benassi@officinaquadra.it
        UID:4rk02b7f9t6jq3l2c4vo8n1e5s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luca Benassi;X-NUM-GUESTS=0:mailto:luca.benassi@officinaquadra.it
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=giulia.marani@officinaquadra.it;X-NUM-GUESTS=0:mailto:giulia.marani@officinaquadra.it
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.colombo@example.org;X-NUM-GUESTS=0:mailto:irene.colombo@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qvd-hmrt-kzn
        CREATED:20260330T074010Z
        DESCRIPTION:Ciao Irene\\, come anticipato al telefono ti mando l'invito per il colloquio tecnico. Ci saremo io e Giulia (Research Ops). Porta pure uno o due casi di studio da raccontare\\, le slide non sono obbligatorie.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nPartecipa con Google Meet: https://meet.google.com/qvd-hmrt-kzn\\n\\nPartecipa tramite telefono: +39 02 3046 1975 PIN: 482117390#\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260330T074111Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Colloquio tecnico UX Research – Irene Colombo
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("mail-sor-f73.google.com", "209.85.220.73", "2026-03-30 07:41:12", UTC, "4fkT0m3PbGz8q")
    hs += [
        ("From", "Luca Benassi <luca.benassi@officinaquadra.it>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Luca Benassi <luca.benassi@officinaquadra.it>"),
        ("To", ME),
        ("Subject", enc("Invito: Colloquio tecnico UX Research – Irene Colombo @ gio 2 apr 2026 14:30 - "
                        "15:30 (CEST) (irene.colombo@example.org)")),
        ("Date", date("2026-03-30 07:41:12", UTC)),
        ("Message-ID", "<calendar-5b8e0d7c-4f21-4d7e-b1c9-2a3f6e88d0c1@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(3), family="exchange", lang="it", interview=True, kind="scheduled",
      start="2026-10-26T10:00:00Z", end="2026-10-26T10:45:00Z",
      contact="g.ferrero@sabaudadigital.it", company="Sabauda Digital",
      local="Mon 2026-10-26 11:00", local_end="2026-10-26 11:45", zone=ROME,
      note="Outlook/Exchange meeting request (TZID 'W. Europe Standard Time') for Monday 26 October, "
           "the day after Europe goes back to CET; mail sent on CEST (+0200). 11:00-11:45 CET = "
           "10:00-10:45Z ('durata prevista 45 minuti' + ICS DTEND); contact = organizer/sender")
def sabauda_exchange_invite() -> bytes:
    teams = TEAMS_IT.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTBlNTMtYTk1Ny00ZGY4LWI3@thread.v2/0?context=%7b%22Tid%22%3a%22c1f7%22%7d",
        mid="372 918 604 155", code="Hq7sW2", org="6b0e1f2a-55c4-4f0b-9d1e-3a7c2e8f0b11",
        ten="c1f70a4e-2b7d-4e3a-9f51-0d2e6b7c8a90", thr="NjQ2ZTBlNTMtYTk1Ny00ZGY4LWI3")
    body = t("""
        Buongiorno Irene,

        come da accordi telefonici Le invio l'invito per il colloquio conoscitivo di lunedì 26 ottobre alle ore 11:00, in videochiamata su Microsoft Teams. Sarà presente anche Davide Actis, Head of Design. Durata prevista 45 minuti.

        Resto a disposizione per qualsiasi necessità.

        Cordiali saluti

        Giorgia Ferrero
        Talent Acquisition Specialist
        Sabauda Digital S.p.A. | Corso Vinzaglio 14, 10121 Torino
        T. +39 011 562 3390

        """) + teams
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="IT" style="word-wrap:break-word"><div class="WordSection1">
        <p class="MsoNormal">Buongiorno Irene,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">come da accordi telefonici Le invio l'invito per il colloquio conoscitivo di luned&igrave; 26 ottobre alle ore 11:00, in videochiamata su Microsoft Teams. Sar&agrave; presente anche Davide Actis, Head of Design. Durata prevista 45 minuti.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Resto a disposizione per qualsiasi necessit&agrave;.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Cordiali saluti</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Giorgia Ferrero</b><br>Talent Acquisition Specialist<br>Sabauda Digital S.p.A. | Corso Vinzaglio 14, 10121 Torino<br>T. +39 011 562 3390</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">Riunione di Microsoft Teams</div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTBlNTMtYTk1Ny00ZGY4LWI3@thread.v2/0" style="font-size:14px;color:#5B5FC7">Partecipa alla riunione ora</a></div>
        <div>ID riunione: 372 918 604 155<br>Passcode: Hq7sW2</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Giorgia Ferrero:mailto:g.ferrero@sabaudadigital.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Colombo:mailto:irene.colombo@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Davide Actis:mailto:d.actis@sabaudadigital.it
        DESCRIPTION;LANGUAGE=it-IT:Buongiorno Irene\\,\\n\\ncome da accordi telefonici Le invio l'invito per il colloquio conoscitivo di lunedì 26 ottobre alle ore 11:00\\, in videochiamata su Microsoft Teams. Sarà presente anche Davide Actis\\, Head of Design. Durata prevista 45 minuti.\\n\\nCordiali saluti\\n\\nGiorgia Ferrero\\n
        UID:040000008200E00074C5B7101A82E00800000000B0E3A1C74A62DC01000000000000000010000000F2C4D7A18B3E5F4C9A61D02E7B8C3F15
        SUMMARY;LANGUAGE=it-IT:Colloquio conoscitivo - Irene Colombo
        DTSTART;TZID=W. Europe Standard Time:20261026T110000
        DTEND;TZID=W. Europe Standard Time:20261026T114500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T152509Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=it-IT:Riunione di Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119843207
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:g.ferrero@sabaudadigital.it\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NjQ2ZTBlNTMtYTk1Ny00ZGY4LWI3-thread.v2
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "Riunione di Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", "2026-10-22 17:25:09", ROME,
                 "4gB2w7LcYxz1m")
    hs += [
        ("From", "Giorgia Ferrero <g.ferrero@sabaudadigital.it>"),
        ("To", ME_TO),
        ("CC", "Davide Actis <d.actis@sabaudadigital.it>"),
        ("Subject", "Colloquio conoscitivo - Irene Colombo"),
        ("Thread-Topic", "Colloquio conoscitivo - Irene Colombo"),
        ("Thread-Index", "AdtiNk2xq1YwVb8cRkKp0sQm3JwE0A=="),
        ("Date", date("2026-10-22 17:25:09", ROME)),
        ("Message-ID", "<AM9PR06MB7436E1C3F4B2A8D0C61E5A29B8D52@AM9PR06MB7436.eurprd06.prod.outlook.com>"),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "it-IT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACw46HHSmLcAQAAAAAAAAAAEAAAAPLE16GLPl9MmmHQLnuMPxU="),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(4), family="human_prose", lang="it", interview=True, kind="scheduled",
      start="2026-05-14T13:00:00Z", end=None,
      contact="francesca.ruggeri@orizzontelavoro.it", company="Casa Lombardi",
      local="Thu 2026-05-14 15:00", zone=ROME,
      note="Agency recruiter confirms the client interview 'giovedì prossimo, 14 maggio, alle 15:00' "
           "(Milan, CEST) = 13:00Z; 'circa un'ora' -> end null; company = the client, contact = the "
           "agency recruiter who sent it")
def orizzonte_casa_lombardi_confirm() -> bytes:
    body = t("""
        Ciao Irene,

        come anticipato al telefono ti confermo il colloquio con il nostro cliente Casa Lombardi per giovedì prossimo, 14 maggio, alle 15:00 presso la loro sede di Via Tortona 27 (Milano), citofono "Casa Lombardi - uffici", 2° piano.

        Incontrerai Valeria Sala (Head of Digital Experience) e una persona del team e-commerce. Il colloquio dovrebbe durare circa un'ora: ti chiederanno di raccontare un progetto di ricerca dall'inizio alla fine, quindi porta pure il portfolio sul portatile.

        Ricordati un documento e una copia del CV aggiornato.
        Per qualsiasi cosa mi trovi a questa mail o al 347 218 5590.

        In bocca al lupo!

        Francesca Ruggeri
        Recruiter – Divisione Professional
        Orizzonte Lavoro S.p.A. – Filiale di Milano Porta Romana
        Viale Sabotino 19, 20135 Milano
        Aut. Min. Prot. N. 1207-SG del 14/03/2005

        Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.
        """)
    page = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")
    ).replace("\n", "<br>") + "</body></html>\n"
    hs = inbound("mail-he1eur04on2071.outbound.protection.outlook.com", "40.107.7.71", "2026-05-08 12:37:55", ROME,
                 "4gDq9r0TnVz5k")
    hs += [
        ("From", "Francesca Ruggeri <francesca.ruggeri@orizzontelavoro.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Conferma colloquio Casa Lombardi - UX Researcher"),
        ("Thread-Topic", "Conferma colloquio Casa Lombardi - UX Researcher"),
        ("Thread-Index", "AQHc3v8k1m0qT2b9Rk6Wc7yq2l8XQw=="),
        ("Date", date("2026-05-08 12:37:55", ROME)),
        ("Message-ID", "<DU0PR03MB8912A44C7B1F0E93D7C2B15E9F0A2@DU0PR03MB8912.eurprd03.prod.outlook.com>"),
        ("Content-Language", "it-IT"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T13:00:00Z", end="2026-04-01T13:45:00Z",
      contact="hannah.pryce@kettlebyhealth.co.uk", company="Kettleby Health",
      local="Wed 2026-04-01 14:00", local_end="2026-04-01 14:45", zone=LON,
      note="Lever mail from no-reply with a recruiter Reply-To; '2:00pm - 2:45pm BST' on 1 April "
           "(UK on BST since 29 March; mail sent on GMT) = 13:00-13:45Z, also stated as 15:00 Milan")
def kettleby_lever_confirm() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for getting back to me so quickly. I'm pleased to confirm your second-stage interview for the User Researcher (Digital Patient Services) role:

        When: Wednesday 1 April 2026, 2:00pm - 2:45pm BST (3:00pm - 3:45pm in Milan)
        Where: Google Meet - https://meet.google.com/ynb-wqca-tfe
        With: Tom Hale (Research Lead) and Anjali Mistry (Senior Product Designer)

        Our clocks go forward this Sunday, so it's worth double-checking that your calendar shows the right time!

        The session is a conversation about a project of your choice: roughly 25 minutes for you to walk us through it, then questions. No need to prepare slides if you'd rather talk it through.

        Any questions, just reply to this email.

        Best wishes,
        Hannah

        Hannah Pryce
        Talent Partner, Kettleby Health
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Irene,</p>
        <p>Thanks for getting back to me so quickly. I'm pleased to confirm your second-stage interview for the User Researcher (Digital Patient Services) role:</p>
        <p><b>When:</b> Wednesday 1 April 2026, 2:00pm - 2:45pm BST (3:00pm - 3:45pm in Milan)<br>
        <b>Where:</b> Google Meet - <a href="https://meet.google.com/ynb-wqca-tfe">https://meet.google.com/ynb-wqca-tfe</a><br>
        <b>With:</b> Tom Hale (Research Lead) and Anjali Mistry (Senior Product Designer)</p>
        <p>Our clocks go forward this Sunday, so it's worth double-checking that your calendar shows the right time!</p>
        <p>The session is a conversation about a project of your choice: roughly 25 minutes for you to walk us through it, then questions. No need to prepare slides if you'd rather talk it through.</p>
        <p>Any questions, just reply to this email.</p>
        <p>Best wishes,<br>Hannah</p>
        <p style="color:#666">Hannah Pryce<br>Talent Partner, Kettleby Health</p>
        </div>
        <img src="https://hire.lever.co/email/open/6c1f0b2e-8a34-4d4c-bf3a-07e2b1d9c551.gif" width="1" height="1" alt="">
        """)
    hs = inbound("mail-a2.hire.lever.co", "198.21.6.214", "2026-03-26 11:03:27", UTC, "4fSn7h2KdWz4p")
    hs += [
        ("From", "Kettleby Health <no-reply@hire.lever.co>"),
        ("Reply-To", "Hannah Pryce <hannah.pryce@kettlebyhealth.co.uk>"),
        ("To", ME_TO),
        ("Subject", "Your interview with Kettleby Health is confirmed"),
        ("Date", date("2026-03-26 11:03:27", UTC)),
        ("Message-ID", "<lever.0c6f3d1e-52b8-4a3f-9e70-84b1c2d5a9e3@hire.lever.co>"),
        ("X-Mailgun-Tag", "candidate-email"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T16:00:00Z", end="2026-03-19T16:30:00Z",
      contact="dana@harlowpine.com", company="Harlow & Pine",
      local="Thu 2026-03-19 17:00", local_end="2026-03-19 17:30", zone=ROME,
      note="Calendly invitee confirmation shown in the invitee's zone, 'Central European Time' "
           "5:00pm on 19 March (Italy still on CET, New York already on EDT) = 16:00-16:30Z; ICS in "
           "UTC agrees; contact = Reply-To host")
def harlow_calendly_confirmed() -> bytes:
    body = t("""
        Hi Irene Colombo,

        Your Intro call – UX Research with Dana Whitfield at 5:00pm (Central European Time) on Thursday, March 19, 2026 is scheduled.

        Event Type:
        Intro call – UX Research

        Event Date/Time:
        05:00pm - 05:30pm (Central European Time) Thursday, March 19, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/pzk-rfxe-wcm

        Invitee Time Zone:
        Central European Time

        Questions:

        Anything you'd like Dana to know before the call?
        I'm based in Milan and looking at fully remote roles. Happy to share a portfolio link in advance.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6
        Reschedule: https://calendly.com/reschedulings/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Irene Colombo,</p>
        <p>Your Intro call – UX Research with Dana Whitfield at 5:00pm (Central European Time) on Thursday, March 19, 2026 is scheduled.</p>
        <p><strong>Event Type:</strong><br>Intro call – UX Research</p>
        <p><strong>Event Date/Time:</strong><br>05:00pm - 05:30pm (Central European Time) Thursday, March 19, 2026</p>
        <p><strong>Location:</strong><br>This is a Google Meet web conference.<br><a href="https://meet.google.com/pzk-rfxe-wcm">https://meet.google.com/pzk-rfxe-wcm</a></p>
        <p><strong>Invitee Time Zone:</strong><br>Central European Time</p>
        <p><strong>Questions:</strong></p>
        <p>Anything you'd like Dana to know before the call?<br>I'm based in Milan and looking at fully remote roles. Happy to share a portfolio link in advance.</p>
        <p>Need to make changes to this event?<br><a href="https://calendly.com/cancellations/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6">Cancel</a> <a href="https://calendly.com/reschedulings/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260316T132005Z
        UID:BJTQZ5YF3HRKXM2D@calendly.com
        DTSTART:20260319T160000Z
        DTEND:20260319T163000Z
        CLASS:PRIVATE
        DESCRIPTION:Event Name: Intro call – UX Research\\n\\nLocation: This is a Google Meet web conference. https://meet.google.com/pzk-rfxe-wcm\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6\\nReschedule: https://calendly.com/reschedulings/8f1c2e6a-3b7d-4d15-a0c9-5e2f71b4d8a6\\n\\nPowered by Calendly.com
        LOCATION:https://meet.google.com/pzk-rfxe-wcm
        ORGANIZER;CN=Dana Whitfield:mailto:dana@harlowpine.com
        ATTENDEE;CN=Irene Colombo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:irene.colombo@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Intro call – UX Research between Dana Whitfield and Irene Colombo
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("o7.email.calendly.com", "167.89.101.44", "2026-03-16 13:20:05", UTC, "4fP6c1yVbHz2d")
    hs += [
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Dana Whitfield <dana@harlowpine.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Confirmed: Intro call – UX Research with Dana Whitfield on Thursday, March 19, 2026")),
        ("Date", date("2026-03-16 13:20:05", UTC)),
        ("Message-ID", "<8f1c2e6a3b7d4d15a0c9.invitee_confirmation@calendly.com>"),
        ("X-SG-EID", "u001.Zq3vB8n1Wt0Kc5pF2mRj7hXy4sLd9aEo"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(7), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T08:30:00Z", end="2026-04-08T09:15:00Z",
      contact=None, company="Nordlicht Apps",
      local="Wed 2026-04-08 10:30", local_end="2026-04-08 11:15", zone=ROME,
      note="Workable interview confirmation, '10:30 - 11:15 (Europe/Rome)' on 8 April (CEST) = "
           "08:30-09:15Z; sender is noreply and Reply-To a Workable relay, no human address -> "
           "contact null")
def nordlicht_workable_confirm() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for picking a slot. Your interview is confirmed:

        UX Researcher (Remote, EU)
        Nordlicht Apps GmbH

        Wednesday, April 8, 2026
        10:30 - 11:15 (Europe/Rome)
        Video call - Google Meet: https://meet.google.com/hgc-xvoa-msd

        Interviewers: Jonas Richter, Mia Okafor

        Add to calendar: Google | Outlook | iCal

        If something comes up, just reply to this email and the hiring team will get back to you.

        Jonas Richter
        Nordlicht Apps

        --
        Sent via Workable. Please do not forward this email, it contains a personal link.
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#262626">
        <tr><td>
        <p>Hi Irene,</p>
        <p>Thanks for picking a slot. Your interview is confirmed:</p>
        <p style="border-left:3px solid #00756a;padding-left:12px"><b>UX Researcher (Remote, EU)</b><br>Nordlicht Apps GmbH<br><br>
        Wednesday, April 8, 2026<br>10:30 - 11:15 (Europe/Rome)<br>Video call - <a href="https://meet.google.com/hgc-xvoa-msd">Google Meet</a></p>
        <p>Interviewers: Jonas Richter, Mia Okafor</p>
        <p>Add to calendar: <a href="https://apply.workable.com/api/v1/calendar/google/9a7c3e1b">Google</a> | <a href="https://apply.workable.com/api/v1/calendar/outlook/9a7c3e1b">Outlook</a> | <a href="https://apply.workable.com/api/v1/calendar/ical/9a7c3e1b">iCal</a></p>
        <p>If something comes up, just reply to this email and the hiring team will get back to you.</p>
        <p>Jonas Richter<br>Nordlicht Apps</p>
        <p style="font-size:11px;color:#8c8c8c">Sent via Workable. Please do not forward this email, it contains a personal link.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = inbound("mail-b7.workablemail.com", "159.135.228.17", "2026-04-03 14:48:02", UTC, "4fmX2q8RbLz6w")
    hs += [
        ("From", "Nordlicht Apps <noreply@candidates.workablemail.com>"),
        ("Reply-To", "nordlicht-apps+c7e19a4b2f@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Interview confirmed: UX Researcher (Remote, EU) - Nordlicht Apps"),
        ("Date", date("2026-04-03 14:48:02", UTC)),
        ("Message-ID", "<20260403144802.1.6D3B9F02A7C41E58@candidates.workablemail.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(8), family="personio", lang="de-CH", interview=True, kind="scheduled",
      start="2026-04-16T07:30:00Z", end="2026-04-16T08:30:00Z",
      contact="nadine.vogt@kessler-medtech.ch", company="Kessler Medtech",
      local="Thu 2026-04-16 09:30", local_end="2026-04-16 10:30", zone=ZRH,
      note="Personio invitation in Swiss Standard German, iso-8859-1 quoted-printable: 'Donnerstag, "
           "16. April 2026, 09:30 - 10:30 Uhr (Schweizer Zeit, MESZ)' = 07:30-08:30Z; contact = "
           "Reply-To HR partner")
def kessler_personio_invite() -> bytes:
    body = t("""
        Grüezi Frau Colombo

        Vielen Dank für Ihre Bewerbung als UX Researcher (80-100 %) und das angenehme Telefongespräch von letzter Woche.

        Gerne bestätigen wir Ihnen hiermit das Interview mit unserem Team:

        Datum: Donnerstag, 16. April 2026
        Zeit: 09:30 - 10:30 Uhr (Schweizer Zeit, MESZ)
        Ort: Microsoft Teams (den Link erhalten Sie separat per Kalendereinladung)
        Teilnehmende: Nadine Vogt (HR Business Partner), Dr. Simon Gasser (Lead UX), Mirjam Keller (Product Owner Diagnostics)

        Bitte halten Sie ein Beispiel aus Ihrer Forschungsarbeit bereit, das Sie uns in ca. 10 Minuten vorstellen können.

        Sollte der Termin wider Erwarten nicht passen, melden Sie sich bitte direkt bei mir.

        Freundliche Grüsse

        Nadine Vogt
        HR Business Partner
        Kessler Medtech AG | Hochbergerstrasse 60 | 4057 Basel
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Grüezi Frau Colombo</p>
        <p>Vielen Dank für Ihre Bewerbung als UX Researcher (80-100 %) und das angenehme Telefongespräch von letzter Woche.</p>
        <p>Gerne bestätigen wir Ihnen hiermit das Interview mit unserem Team:</p>
        <p><b>Datum:</b> Donnerstag, 16. April 2026<br><b>Zeit:</b> 09:30 - 10:30 Uhr (Schweizer Zeit, MESZ)<br>
        <b>Ort:</b> Microsoft Teams (den Link erhalten Sie separat per Kalendereinladung)<br>
        <b>Teilnehmende:</b> Nadine Vogt (HR Business Partner), Dr. Simon Gasser (Lead UX), Mirjam Keller (Product Owner Diagnostics)</p>
        <p>Bitte halten Sie ein Beispiel aus Ihrer Forschungsarbeit bereit, das Sie uns in ca. 10 Minuten vorstellen können.</p>
        <p>Sollte der Termin wider Erwarten nicht passen, melden Sie sich bitte direkt bei mir.</p>
        <p>Freundliche Grüsse</p>
        <p>Nadine Vogt<br>HR Business Partner<br>Kessler Medtech AG | Hochbergerstrasse 60 | 4057 Basel</p>
        <p style="font-size:11px;color:#9ca3af">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    hs = inbound("mail-eu1.personio.de", "185.53.178.22", "2026-04-08 10:02:44", ZRH, "4fpR5w1ZcMz9t")
    hs += [
        ("From", "Kessler Medtech AG <noreply@mail.personio.de>"),
        ("Reply-To", "Nadine Vogt <nadine.vogt@kessler-medtech.ch>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Einladung zum Interview - UX Researcher (80-100 %)"),
        ("Date", date("2026-04-08 10:02:44", ZRH)),
        ("Message-ID", "<e3b7a1c4f9d2.20260408080244@mail.personio.de>"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(9), family="teamtailor", lang="it", interview=True, kind="scheduled",
      start="2026-05-06T09:00:00Z", end="2026-05-06T09:45:00Z",
      contact="martina.galli@tesserapay.it", company="Tessera Pay",
      local="Wed 2026-05-06 11:00", local_end="2026-05-06 11:45", zone=ROME,
      note="Teamtailor confirmation in Italian, 'mercoledì 6 maggio 2026, 11:00 - 11:45 (ora italiana)' "
           "= 09:00-09:45Z, ICS in UTC agrees; Reply-To is a Teamtailor relay, so contact = the "
           "recruiter's address written in the body")
def tessera_teamtailor_confirm() -> bytes:
    body = t("""
        Ciao Irene,

        grazie per aver scelto un orario: il tuo colloquio è confermato.

        Portfolio review – UX Researcher
        mercoledì 6 maggio 2026
        11:00 - 11:45 (ora italiana)
        Dove: Tessera Pay, Viale Monza 38, Milano – 4° piano (citofono "Tessera")

        Parlerai con Martina Galli (People & Culture) e Stefano Perego (Lead Product Designer).

        Devi spostare l'appuntamento? Rispondi a questa email oppure scrivi a martina.galli@tesserapay.it e troviamo un'altra data.

        A presto!
        Il team di Tessera Pay

        Powered by Teamtailor
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#fafafa;padding:24px">
        <div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:24px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/tesserapay.png" alt="Tessera Pay" height="32">
        <p>Ciao Irene,</p>
        <p>grazie per aver scelto un orario: il tuo colloquio è confermato.</p>
        <div style="background:#f3f0ff;border-radius:6px;padding:16px">
        <b>Portfolio review – UX Researcher</b><br>
        mercoledì 6 maggio 2026<br>11:00 - 11:45 (ora italiana)<br>
        Dove: Tessera Pay, Viale Monza 38, Milano – 4° piano (citofono "Tessera")</div>
        <p>Parlerai con Martina Galli (People &amp; Culture) e Stefano Perego (Lead Product Designer).</p>
        <p>Devi spostare l'appuntamento? Rispondi a questa email oppure scrivi a <a href="mailto:martina.galli@tesserapay.it">martina.galli@tesserapay.it</a> e troviamo un'altra data.</p>
        <p>A presto!<br>Il team di Tessera Pay</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//IT
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:teamtailor-meeting-3318270@teamtailor.com
        DTSTAMP:20260430T140531Z
        DTSTART:20260506T090000Z
        DTEND:20260506T094500Z
        SUMMARY:Portfolio review – UX Researcher (Tessera Pay)
        LOCATION:Tessera Pay\\, Viale Monza 38\\, Milano
        DESCRIPTION:Parlerai con Martina Galli e Stefano Perego.
        ORGANIZER;CN=Tessera Pay:mailto:reply+b81e4a0f@teamtailor-mail.com
        ATTENDEE;CN=Irene Colombo;RSVP=TRUE:mailto:irene.colombo@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("mail-200.teamtailor-mail.com", "18.200.151.73", "2026-04-30 16:05:31", ROME, "4gA1h6TmQcz0r")
    hs += [
        ("From", "Tessera Pay <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Tessera Pay <reply+b81e4a0f@teamtailor-mail.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Colloquio confermato – Tessera Pay")),
        ("Date", date("2026-04-30 16:05:31", ROME)),
        ("Message-ID", "<6651f2c0b4a1e_3b2c1d7f4e90@teamtailor-mailer-7c9d.mail>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="colloquio.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="inrecruiting", lang="it", interview=True, kind="scheduled",
      start="2026-05-12T08:30:00Z", end=None,
      contact=None, company="Assicurazioni Ambrosiane",
      local="Tue 2026-05-12 10:30", zone=ROME,
      note="inRecruiting (Zucchetti) formal convocation, HTML only, windows-1252 QP: 'Data: 12/05/2026 "
           "Ora: 10.30' day-first, Milan CEST = 08:30Z; asks to confirm attendance but the slot is fixed; "
           "only a noreply sender and the shared selezione@ mailbox -> contact null")
def ambrosiane_inrecruiting_convocazione() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #dddddd">
        <tr><td style="background:#003a70;padding:14px"><img src="https://ambrosiane.inrecruiting.com/custom/logo_ambrosiane.png" alt="Assicurazioni Ambrosiane" height="40"></td></tr>
        <tr><td style="padding:20px">
        <p>Gentile Irene Colombo,</p>
        <p>a seguito della Sua candidatura per la posizione di <b>UX Researcher</b> (Rif. 2026/045), siamo lieti di invitarLa a un colloquio conoscitivo che si terrà:</p>
        <p><b>Data:</b> 12/05/2026<br>
        <b>Ora:</b> 10.30<br>
        <b>Luogo:</b> Assicurazioni Ambrosiane S.p.A., Corso di Porta Nuova 22, 20121 Milano – 3° piano, Direzione Risorse Umane</p>
        <p>Il colloquio sarà condotto dalla dott.ssa Laura Bertoglio (Selezione e Sviluppo) e dal Responsabile dell'area Customer Experience.</p>
        <p>La preghiamo di presentarsi alla reception con qualche minuto di anticipo, munito/a di un documento d'identità in corso di validità.</p>
        <p>Le chiediamo cortesemente di confermare la Sua presenza tramite il pulsante sottostante oppure scrivendo a <a href="mailto:selezione@ambrosiane.it">selezione@ambrosiane.it</a>. In caso di impedimento La preghiamo di darne tempestiva comunicazione.</p>
        <p style="text-align:center"><a href="https://ambrosiane.inrecruiting.com/conferma.php?tk=7Jq2LxP0w9" style="background:#003a70;color:#ffffff;padding:10px 18px;text-decoration:none">Confermo la mia presenza</a></p>
        <p>Cordiali saluti,<br>Direzione Risorse Umane – Ufficio Selezione<br>Assicurazioni Ambrosiane S.p.A.</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:10px;color:#888888">I Suoi dati personali sono trattati ai sensi degli artt. 13 e 14 del Regolamento UE 2016/679. Questa e-mail è stata generata automaticamente dalla piattaforma inRecruiting: si prega di non rispondere a questo indirizzo.</td></tr>
        </table></body></html>
        """)
    hs = inbound("smtp3.inrecruiting.com", "93.62.140.18", "2026-05-05 09:14:20", ROME, "4gCk3n7WvFz2y")
    hs += [
        ("From", "Assicurazioni Ambrosiane S.p.A. <noreply@inrecruiting.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Convocazione colloquio - Rif. 2026/045 UX Researcher"),
        ("Date", date("2026-05-05 09:14:20", ROME)),
        ("Message-ID", "<20260505091420.2f81c0a9@inrecruiting.com>"),
        ("X-Mailer", "inRecruiting Mailer 4.2"),
    ]
    return message(hs, html(page, charset="windows-1252"))


@mail(n(11), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-02-19T14:00:00Z", end="2026-02-19T14:45:00Z",
      contact="tom.ashworth@ardensearch.co.uk", company="Quayside Analytics",
      local="Thu 2026-02-19 15:00", local_end="2026-02-19 15:45", zone=ROME,
      note="Headhunter's reply on top of an Outlook-quoted thread: 'Thursday 3pm your time it is' "
           "(Date Mon 16 Feb; the candidate's quoted 'Thursday at 15:00 ... (CET)') = Thu 19 Feb "
           "14:00Z; '45 mins' is a stated length -> end 14:45Z; company = the client, contact = "
           "the headhunter")
def arden_quayside_reply() -> bytes:
    body = t("""
        Hi Irene,

        Thursday 3pm your time it is. Priya's EA will send a Teams invite tomorrow but consider it booked - 45 mins with Priya Nair (Head of Design), fairly informal, mostly about how you'd set up research ops from scratch.

        Shall I give you a quick ring Weds evening to prep? No pressure.

        Cheers,
        Tom

        Tom Ashworth
        Principal Consultant - Product & Design
        Arden Search Partners
        +44 20 7946 0321

        From: Irene Colombo <irene.colombo@example.org>
        Sent: 16 February 2026 17:51
        To: Tom Ashworth <tom.ashworth@ardensearch.co.uk>
        Subject: Re: Quayside - first chat with Head of Design

        Hi Tom,

        Thanks, great news! Thursday at 15:00 or Friday morning (CET) both work for me, whichever suits Priya better.

        Best,
        Irene

        On Mon, 16 Feb 2026 at 12:05, Tom Ashworth <tom.ashworth@ardensearch.co.uk> wrote:
        > Hi Irene, good news - Quayside would like you to meet Priya for a first chat this week. When could you do Thu/Fri?
        > Tom
        """)
    hs = inbound("mail-db8eur05on2102.outbound.protection.outlook.com", "40.107.20.102", "2026-02-16 18:22:40", UTC,
                 "4fC8p2DxTkz7s")
    hs += [
        ("From", "Tom Ashworth <tom.ashworth@ardensearch.co.uk>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "RE: Quayside - first chat with Head of Design"),
        ("Thread-Topic", "Quayside - first chat with Head of Design"),
        ("Thread-Index", "AQHcn0m2P7yVt8u3QkGx1W0q8Zb1c7Sm5k2x"),
        ("Date", date("2026-02-16 18:22:40", UTC)),
        ("Message-ID", "<LO4P265MB6112C0E9A7D24B1F82E3D4C1A95B2@LO4P265MB6112.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAJx7Lq2vR8e0nWk3mF9zH1t6yPd4sQa@mail.gmail.com>"),
        ("References", "<LO4P265MB6112A11B5C7E9D3F0A6B8C2D4E1F0@LO4P265MB6112.GBRP265.PROD.OUTLOOK.COM> "
                       "<CAJx7Lq2vR8e0nWk3mF9zH1t6yPd4sQa@mail.gmail.com>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
      contact="megan.odonnell@copperline.io", company="Copperline Robotics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NYC,
      note="Recruiter prose + pasted Zoom block: 'Tuesday, 11/3 from 10:00 to 11:00 AM ET' (US back on "
           "EST since 1 Nov; the mail itself is dated on EDT -0400) = 15:00-16:00Z = 16:00 Milan as "
           "the mail says; contact = sender")
def copperline_zoom_final() -> bytes:
    body = t("""
        Hi Irene,

        Great news - the team loved your conversation with Raj and would like to move you to the final round: a 45-minute research presentation followed by 15 minutes of Q&A with our design and robotics leads.

        You're confirmed for Tuesday, 11/3 from 10:00 to 11:00 AM ET. Heads up that our clocks change this Sunday (Nov 1), so that's 4:00 PM for you in Milan.

        Zoom details are below. If you can, please send me your deck by Monday EOD so I can share it with the panel ahead of time.

        Thanks and talk soon,
        Megan

        --
        Megan O'Donnell
        Senior Technical Recruiter | Copperline Robotics
        Boston, MA

        Megan O'Donnell is inviting you to a scheduled Zoom meeting.

        Topic: Irene Colombo - Research Presentation (Final Round)
        Time: Nov 3, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://copperline.zoom.us/j/83190457726?pwd=bVd4ZkJ2eHlpUzBQa0xNTm1zR3pIQT09

        Meeting ID: 831 9045 7726
        Passcode: 559312

        ---

        One tap mobile
        +13126266799,,83190457726#,,,,*559312# US (Chicago)
        +16469313860,,83190457726#,,,,*559312# US

        Find your local number: https://copperline.zoom.us/u/acX7pQm2Lr
        """)
    hs = inbound("mail-qt1-f171.google.com", "209.85.160.171", "2026-10-28 10:14:51", NYC, "4gF0s9JbWdz3h")
    hs += [
        ("From", "Megan O'Donnell <megan.odonnell@copperline.io>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Copperline – research presentation confirmed (Tue 11/3)")),
        ("Date", date("2026-10-28 10:14:51", NYC)),
        ("Message-ID", "<CAM4pQx8Jw2bRz0Lk6Fh9tVn3yE1sD7c5uG@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx7Lq9pT2mN0wB5kH3vZ8rY6cE1sFa@mail.gmail.com>"),
        ("References", "<CAM4pQx2Vb8nL0eR5tK7wY1zH9dS3gJf@mail.gmail.com> <CAJx7Lq9pT2mN0wB5kH3vZ8rY6cE1sFa@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(13), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-05-22T13:00:00Z", end="2026-05-22T14:00:00Z",
      contact="federica.conti@aureliatravel.it", company="Aurelia Travel Tech",
      local="Fri 2026-05-22 15:00", local_end="2026-05-22 16:00", zone=ROME,
      note="SmartRecruiters onsite confirmation in Rome: '3:00 PM - 4:00 PM (GMT+02:00) Europe/Rome' "
           "= 13:00-14:00Z; noreply sender, contact = recruiter address in the body")
def aurelia_smartrecruiters_confirm() -> bytes:
    body = t("""
        Dear Irene,

        We are pleased to confirm your interview for the Lead UX Researcher position.

        Interview details
        Date: Friday, May 22, 2026
        Time: 3:00 PM - 4:00 PM (GMT+02:00) Europe/Rome
        Type: Onsite
        Location: Aurelia Travel Tech S.p.A., Via Ostiense 131/L, 00154 Roma - Building B, 4th floor
        Interviewers: Federica Conti (Talent Acquisition), Marco Lucidi (VP Product), Sara Ianni (Design Manager)

        Please bring a valid ID to check in at reception. We will reimburse your train ticket from Milan: just keep the receipt and hand it to Federica on the day.

        If you have any questions before the interview, please contact Federica Conti at federica.conti@aureliatravel.it.

        Kind regards,
        Aurelia Travel Tech Talent Acquisition

        This message was sent via SmartRecruiters on behalf of Aurelia Travel Tech.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <p>Dear Irene,</p>
        <p>We are pleased to confirm your interview for the <b>Lead UX Researcher</b> position.</p>
        <h3 style="color:#0d7c8c">Interview details</h3>
        <table cellpadding="3">
        <tr><td>Date:</td><td>Friday, May 22, 2026</td></tr>
        <tr><td>Time:</td><td>3:00 PM - 4:00 PM (GMT+02:00) Europe/Rome</td></tr>
        <tr><td>Type:</td><td>Onsite</td></tr>
        <tr><td>Location:</td><td>Aurelia Travel Tech S.p.A., Via Ostiense 131/L, 00154 Roma - Building B, 4th floor</td></tr>
        <tr><td>Interviewers:</td><td>Federica Conti (Talent Acquisition), Marco Lucidi (VP Product), Sara Ianni (Design Manager)</td></tr>
        </table>
        <p>Please bring a valid ID to check in at reception. We will reimburse your train ticket from Milan: just keep the receipt and hand it to Federica on the day.</p>
        <p>If you have any questions before the interview, please contact Federica Conti at <a href="mailto:federica.conti@aureliatravel.it">federica.conti@aureliatravel.it</a>.</p>
        <p>Kind regards,<br>Aurelia Travel Tech Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This message was sent via SmartRecruiters on behalf of Aurelia Travel Tech.</p>
        </td></tr></table></body></html>
        """)
    hs = inbound("mta-12.smartrecruiters.com", "52.28.201.96", "2026-05-18 08:30:12", UTC, "4gH7b1MzRtz5v")
    hs += [
        ("From", "Aurelia Travel Tech <noreply@smartrecruiters.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Interview Confirmation - Lead UX Researcher"),
        ("Date", date("2026-05-18 08:30:12", UTC)),
        ("Message-ID", "<sr.1c9e4f7a2b.20260518083012@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(14), family="human_prose", lang="gsw", interview=True, kind="scheduled",
      start="2026-09-16T12:00:00Z", end=None,
      contact="reto.hunziker@limmatworks.ch", company="Limmatworks",
      local="Wed 2026-09-16 14:00", zone=ZRH,
      note="Swiss-German one-liner on top of an Apple-Mail quoted thread: 'am Mittwuch 16.9. am 14:00 "
           "bi üs im Büro' (Zurich, CEST) = 12:00Z; 'öppe zwei Stund' is approximate -> end null; "
           "contact = the hiring manager who sent it")
def limmatworks_swiss_reply() -> bytes:
    body = t("""
        Hoi Irene

        Passt perfekt, dänn gsehmer üs am Mittwuch 16.9. am 14:00 bi üs im Büro (Hardstrasse 201, 3. Stock, eifach bim Empfang nach mir frage). Mir plane öppe zwei Stund ii: Team, Case-Präsentation und no es Kafi mit de Sandra.

        Liebi Grüess
        Reto

        --
        Reto Hunziker
        Head of Design, Limmatworks AG
        Hardstrasse 201, 8005 Zürich

        > Am 09.09.2026 um 21:14 schrieb Irene Colombo <irene.colombo@example.org>:
        >
        > Hi Reto,
        >
        > Wednesday at 2pm works well for me, I'll take the morning train from Milano Centrale.
        >
        > Best,
        > Irene
        >
        >> Am 09.09.2026 um 11:30 schrieb Reto Hunziker <reto.hunziker@limmatworks.ch>:
        >>
        >> Hi Irene, could you come to Zurich for the onsite round next week? Tuesday 10:00 or Wednesday 14:00 would work on our side. We'll cover the train of course.
        >>
        >> Reto
        """)
    hs = inbound("mail.limmatworks.ch", "194.209.44.12", "2026-09-10 08:47:03", ZRH, "4gT2c8VnKpz1j")
    hs += [
        ("From", "Reto Hunziker <reto.hunziker@limmatworks.ch>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Re: Onsite Zürich")),
        ("Date", date("2026-09-10 08:47:03", ZRH)),
        ("Message-ID", "<7C2E91B4-3F0A-4D6E-A8B1-5E9C0D2F4A71@limmatworks.ch>"),
        ("In-Reply-To", "<CAJx7Lq5Wn2cV8pE0tR3zK9mB6yH1sDg@mail.gmail.com>"),
        ("References", "<A1F3C8D2-7B9E-4C05-9D1A-2E6F8B3C0D45@limmatworks.ch> <CAJx7Lq5Wn2cV8pE0tR3zK9mB6yH1sDg@mail.gmail.com>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T08:30:00Z", end="2026-11-09T10:00:00Z",
      contact="a.maino@brerastrategy.it", company="Brera Strategy Partners",
      local="Mon 2026-11-09 09:30", local_end="2026-11-09 11:00", zone=ROME,
      note="HTML-only base64 mail from a partner at a Milan consultancy: case interview 'Monday 9 "
           "November, 9:30-11:00 (CET)' = 08:30-10:00Z; contact = sender")
def brera_case_interview_html() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#202020">
        <p>Dear Irene,</p>
        <p>thank you for your availability and for the good conversation last week.</p>
        <p>I am glad to confirm your <b>case interview</b> on <b>Monday 9 November, 9:30&ndash;11:00 (CET)</b> at our Milan office, Corso Garibaldi 86, third floor (ring &laquo;BSP&raquo;).</p>
        <p>The session will be held in English with me and Giada Ferri, Engagement Manager: a 60-minute service-design case, followed by 30 minutes of open discussion. No preparation is needed; paper, markers and a whiteboard will be provided.</p>
        <p>Should anything come up, you can reach me on this address or at +39 02 8721 4410.</p>
        <p>Best regards,</p>
        <p><b>Alessandro Maino</b><br>Partner<br>Brera Strategy Partners<br>Corso Garibaldi 86 &middot; 20121 Milano</p>
        <p style="font-size:10px;color:#999">This e-mail and any attachments are confidential and intended solely for the addressee.</p>
        </body></html>
        """)
    hs = inbound("mail-ej1-f54.google.com", "209.85.218.54", "2026-11-03 18:05:44", ROME, "4gJ5x0QaHmz8b")
    hs += [
        ("From", "Alessandro Maino <a.maino@brerastrategy.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Case interview – confirmation")),
        ("Date", date("2026-11-03 18:05:44", ROME)),
        ("Message-ID", "<CAF8rTq1Zx9mK3pB7nW0cV5yL2eH6sDj@mail.gmail.com>"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(n(16), family="forward", lang="it", interview=True, kind="scheduled",
      start="2026-12-03T09:00:00Z", end=None,
      contact="simone.brero@granparadisodesign.it", company="Granparadiso Design",
      local="Thu 2026-12-03 10:00", zone=ROME,
      note="Forward to self from the candidate's other address; the forwarded HR mail says 'giovedì "
           "3/12 alle 10:00' (day-first, Turin, CET) = 09:00Z; 'un paio d'ore' -> end null; contact = "
           "the HR manager in the forwarded header, never the candidate")
def granparadiso_forward_to_self() -> bytes:
    body = t("""
        promemoria: portare portfolio stampato + chiedere rimborso treno

        ---------- Forwarded message ---------
        Da: Simone Brero <simone.brero@granparadisodesign.it>
        Date: ven 27 nov 2026 alle ore 11:58
        Subject: Colloquio 3/12
        To: Irene Colombo <irene.colombo87@example.com>


        Buongiorno Irene,

        come da telefonata di stamattina le confermo il colloquio di giovedì 3/12 alle 10:00 presso i nostri uffici di Torino, in Via Nizza 150 (scala B, 2° piano). Dalla stazione di Porta Nuova sono circa 10 minuti a piedi.

        Saremo presenti io e la nostra Design Director, Alessia Gribaudo. Calcoli un paio d'ore in tutto, comprensive di un piccolo esercizio pratico.

        Cordiali saluti,
        Simone Brero
        HR Manager – Granparadiso Design S.r.l.
        Tel. 011 1234 567
        """)
    hs = inbound("mail-wm1-f43.google.com", "209.85.128.43", "2026-11-27 12:31:09", ROME, "4gQ9d2ZtXbz4n")
    hs += [
        ("From", "Irene Colombo <irene.colombo87@example.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Fwd: Colloquio 3/12"),
        ("Date", date("2026-11-27 12:31:09", ROME)),
        ("Message-ID", "<CAJx7Lq0Fw3kT8nR2bV6zM1pY9cE5sHd@mail.gmail.com>"),
        ("In-Reply-To", "<CAGp2Rt8Wm5xN1kB7qF3vH0zL9eD4sJc@mail.gmail.com>"),
        ("References", "<CAGp2Rt8Wm5xN1kB7qF3vH0zL9eD4sJc@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="google_calendar", lang="it", interview=True, kind="rescheduled",
      start="2026-03-30T14:00:00Z", end="2026-03-30T15:00:00Z",
      contact="elisa.gardini@porticilab.it", company="Portici Lab",
      local="Mon 2026-03-30 16:00", local_end="2026-03-30 17:00", zone=ROME,
      days=(("Fri", "2026-03-27"),),
      note="Google Calendar 'Invito aggiornato' (Italian UI, SEQUENCE:1): moved from Fri 27 March "
           "16:00 (CET) to Mon 30 March 16:00-17:00, the day after Italy switches to CEST = "
           "14:00-15:00Z (the old slot was 15:00Z); contact = ORGANIZER")
def portici_gcal_updated() -> bytes:
    body = t("""
        Questo evento è stato modificato.

        Colloquio finale – Irene Colombo
        Modificato
        lunedì 30 marzo 2026 ⋅ 16:00 – 17:00
        Ora dell'Europa centrale - Roma
        (prima: venerdì 27 marzo 2026 ⋅ 16:00 – 17:00)

        Partecipa con Google Meet
        https://meet.google.com/wtx-pbce-ruo

        Partecipa tramite telefono
        (IT) +39 02 3041 9966 PIN: 719 305 228#

        Scusa Irene, venerdì Marco (CEO) è in trasferta a Monaco: ho spostato a lunedì, stesso orario. Elisa

        Invitati
        Elisa Gardini - organizzatore
        marco.zanotti@porticilab.it
        irene.colombo@example.org

        Visualizza tutti i dettagli dell'invitato https://calendar.google.com/calendar/event?action=VIEW&eid=MXZ0OGs0cWp2MHJzNmI5ZTJtN2xhNWNkM28gaXJlbmUuY29sb21ib0BleGFtcGxlLm9yZw&ctz=Europe%2FRome&hl=it&es=0

        Rispondere per irene.colombo@example.org
        Sì https://calendar.google.com/calendar/event?action=RESPOND&eid=MXZ0OGs0cWp2MHJzNmI5ZTJtN2xhNWNkM28&rst=1&hl=it&es=0
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MXZ0OGs0cWp2MHJzNmI5ZTJtN2xhNWNkM28&rst=2&hl=it&es=0
        Forse https://calendar.google.com/calendar/event?action=RESPOND&eid=MXZ0OGs0cWp2MHJzNmI5ZTJtN2xhNWNkM28&rst=3&hl=it&es=0

        Invito da Google Calendar https://calendar.google.com/calendar/

        Hai ricevuto questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti su questo evento, rifiuta l'evento.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/Event">
        <p style="color:#d93025">Questo evento è stato modificato.</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043" itemprop="name">Colloquio finale – Irene Colombo</h2>
        <div><span style="color:#d93025;font-weight:bold">Modificato</span><br>
        <time itemprop="startDate" datetime="20260330T140000Z"></time><time itemprop="endDate" datetime="20260330T150000Z"></time>
        lunedì 30 marzo 2026 ⋅ 16:00 – 17:00<br><span style="color:#70757a">Ora dell'Europa centrale - Roma</span><br>
        <span style="text-decoration:line-through;color:#70757a">venerdì 27 marzo 2026 ⋅ 16:00 – 17:00</span></div>
        <p><a href="https://meet.google.com/wtx-pbce-ruo" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Partecipa con Google Meet</a></p>
        <p>Scusa Irene, venerdì Marco (CEO) è in trasferta a Monaco: ho spostato a lunedì, stesso orario. Elisa</p>
        <h3 style="font-size:14px">Invitati</h3>
        <div>Elisa Gardini <span style="color:#70757a">- organizzatore</span></div>
        <div>marco.zanotti@porticilab.it</div><div>irene.colombo@example.org</div>
        <p style="font-size:12px;color:#70757a">Invito da <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ROME_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Rome:20260330T160000
        DTEND;TZID=Europe/Rome:20260330T170000
        DTSTAMP:20260325T151040Z
        ORGANIZER;CN=Elisa Gardini:mailto:elisa.gardini@porticilab.it
        UID:1vt8k4qjv0rs6b9e2m7la5cd3o@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elisa Gardini;X-NUM-GUESTS=0:mailto:elisa.gardini@porticilab.it
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marco.zanotti@porticilab.it;X-NUM-GUESTS=0:mailto:marco.zanotti@porticilab.it
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.colombo@example.org;X-NUM-GUESTS=0:mailto:irene.colombo@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wtx-pbce-ruo
        CREATED:20260317T101522Z
        DESCRIPTION:Scusa Irene\\, venerdì Marco (CEO) è in trasferta a Monaco: ho spostato a lunedì\\, stesso orario. Elisa\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nPartecipa con Google Meet: https://meet.google.com/wtx-pbce-ruo\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260325T151039Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Colloquio finale – Irene Colombo
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("mail-sor-f69.google.com", "209.85.220.69", "2026-03-25 15:10:40", UTC, "4fRz6b0LwNz7c")
    hs += [
        ("From", "Elisa Gardini <elisa.gardini@porticilab.it>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Elisa Gardini <elisa.gardini@porticilab.it>"),
        ("To", ME),
        ("Subject", enc("Invito aggiornato: Colloquio finale – Irene Colombo @ lun 30 mar 2026 16:00 - 17:00 "
                        "(CEST) (irene.colombo@example.org)")),
        ("Date", date("2026-03-25 15:10:40", UTC)),
        ("Message-ID", "<calendar-a0c4e7d2-19b3-4f86-8e25-6d1f0b9c3a57@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(18), family="human_prose", lang="it", interview=True, kind="rescheduled",
      start="2026-06-15T07:30:00Z", end=None,
      contact="matteo@nebbia.ai", company="Nebbia Analytics",
      local="Mon 2026-06-15 09:30", zone=ROME,
      days=(("Thu", "2026-06-11"),),
      note="Founder's reply (Gmail, Italian, a typo) moving the interview from Thursday 11 June 16:00 "
           "(in the quoted acceptance) to 'lunedì 15 alle 9:30' (Milan, CEST) = 07:30Z; 'se per te è "
           "un problema dimmelo' does not unfix it; contact = sender")
def nebbia_spostato() -> bytes:
    body = t("""
        Ciao Irene,

        scusami ma devo rimandare il nostro colloquio di giovedì, mi è saltato fuori un board proprio giovedì pomeriggio 🙈 L'ho spostato a lunedì 15 alle 9:30, stesso link Meet (ti ho gia aggiornato l'invito sul calendario). Ci sarà anche Chiara, la nostra PM.

        Se per te lunedì è un problema dimmelo che troviamo un'altra soluzione.

        A presto,
        Matteo

        --
        Matteo Cattaneo
        Co-founder & CEO, Nebbia Analytics
        nebbia.ai

        Il giorno gio 4 giu 2026 alle ore 10:12 Irene Colombo <irene.colombo@example.org> ha scritto:
        > Ciao Matteo,
        > giovedì 11 alle 16 va benissimo, grazie!
        > A presto
        > Irene
        >
        > Il giorno mer 3 giu 2026 alle ore 18:30 Matteo Cattaneo <matteo@nebbia.ai> ha scritto:
        >> Ciao Irene, grazie per la candidatura! Io potrei giovedì 11 alle 16 oppure venerdì 12 alle 10:30, su Meet. Dimmi tu.
        """)
    hs = inbound("mail-lf1-f45.google.com", "209.85.167.45", "2026-06-09 19:48:15", ROME, "4gLs1f5PqDz9x")
    hs += [
        ("From", "Matteo Cattaneo <matteo@nebbia.ai>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Re: Colloquio giovedì")),
        ("Date", date("2026-06-09 19:48:15", ROME)),
        ("Message-ID", "<CAH3kVp7Rz2nW9bL0qT5mX8yF1cE6sKa@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx7Lq3Nb6vR1kW8pT0zF5mY2cH9sDe@mail.gmail.com>"),
        ("References", "<CAH3kVp1Qm8xB4nR7tW2zL0yK5cF3sJe@mail.gmail.com> <CAJx7Lq3Nb6vR1kW8pT0zF5mY2cH9sDe@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
      contact="oliver.brandon@ashgroveretail.co.uk", company="Ashgrove Retail Group",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone=LON,
      days=(("Thu", "2026-10-22"),),
      note="Exchange meeting update (SEQUENCE:1, TZID 'GMT Standard Time'), moved from Thursday 22 Oct "
           "(BST) to Tuesday 27 October 15:00-16:00 after the UK is back on GMT = 15:00-16:00Z "
           "(16:00 Milan, also stated); mail sent on BST; contact = organizer/sender")
def ashgrove_exchange_update() -> bytes:
    teams = TEAMS_EN.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4ZDM1NjQtOGYxYi00NjJhLWE2@thread.v2/0?context=%7b%22Tid%22%3a%228e3f%22%7d",
        mid="318 442 907 615", code="fT3aQ9", org="0f6b3c2d-8e71-4a95-b4c0-71d29e5f3a18",
        ten="8e3f5a12-7c44-4b0e-a1d9-6f2b0c8e9d37", thr="Y2E4ZDM1NjQtOGYxYi00NjJhLWE2")
    body = t("""
        Hi Irene,

        Apologies for the change - one of the panel is now travelling on Thursday, so I've moved us to Tuesday 27 October, same time (15:00 UK / 16:00 Milan). The Teams link stays the same.

        Kind regards,
        Oliver

        Oliver Brandon
        Research Operations Manager
        Ashgrove Retail Group plc

        """) + teams
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Irene,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Apologies for the change - one of the panel is now travelling on Thursday, so I've moved us to Tuesday 27 October, same time (15:00 UK / 16:00 Milan). The Teams link stays the same.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Kind regards,<br>Oliver</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Oliver Brandon</b><br>Research Operations Manager<br>Ashgrove Retail Group plc</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px">Microsoft Teams meeting</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4ZDM1NjQtOGYxYi00NjJhLWE2@thread.v2/0">Join the meeting now</a></div>
        <div>Meeting ID: 318 442 907 615<br>Passcode: fT3aQ9</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Oliver Brandon:mailto:oliver.brandon@ashgroveretail.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Colombo:mailto:irene.colombo@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kavita Shah:mailto:kavita.shah@ashgroveretail.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gareth Lowe:mailto:gareth.lowe@ashgroveretail.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Irene\\,\\n\\nApologies for the change - one of the panel is now travelling on Thursday\\, so I've moved us to Tuesday 27 October\\, same time (15:00 UK / 16:00 Milan). The Teams link stays the same.\\n\\nKind regards\\,\\nOliver\\n
        UID:040000008200E00074C5B7101A82E00800000000D17B6E2F0A5EDC01000000000000000010000000A94C2E71B6D03F8E5C1A7B92D4E6F081
        SUMMARY;LANGUAGE=en-GB:Interview - Senior UX Researcher (Stage 2)
        DTSTART;TZID=GMT Standard Time:20261027T150000
        DTEND;TZID=GMT Standard Time:20261027T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T081230Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1604427719
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("GBR01-CWX-obe.outbound.protection.outlook.com", "40.107.121.64", "2026-10-19 09:12:30", LON,
                 "4gD3k8RsVwz2f")
    hs += [
        ("From", "Oliver Brandon <oliver.brandon@ashgroveretail.co.uk>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("CC", "Kavita Shah <kavita.shah@ashgroveretail.co.uk>, Gareth Lowe <gareth.lowe@ashgroveretail.co.uk>"),
        ("Subject", "Interview - Senior UX Researcher (Stage 2)"),
        ("Thread-Topic", "Interview - Senior UX Researcher (Stage 2)"),
        ("Thread-Index", "AdtZq3c0vLm1Wk8bTq2Rf0xN7yH9Pw=="),
        ("Date", date("2026-10-19 09:12:30", LON)),
        ("Message-ID", "<CWXP265MB5520B7F3A0C91E24D5F8A6B3C07D1@CWXP265MB5520.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="whatsapp_paste", lang="it", interview=True, kind="rescheduled",
      start="2026-10-16T09:00:00Z", end=None,
      contact=None, company="Morandi Elettrodomestici",
      local="Fri 2026-10-16 11:00", zone=ROME,
      days=(("Wed", "2026-10-14"),),
      note="Note to self from the iPhone with a pasted WhatsApp chat: the agency recruiter moves the "
           "interview at Morandi from tomorrow (Wed 14 Oct 14:30) to 'ven 16/10 h 11:00' (Milan, "
           "CEST) = 09:00Z; only the candidate's own address and a WhatsApp name -> contact null")
def morandi_whatsapp_note() -> bytes:
    body = t("""
        spostato a venerdì!! copio qui la chat di Sara (Solaris) così non la perdo

        [13/10/26, 18:41:07] Sara Solaris Lavoro: Ciao Irene! Mi ha appena chiamata Morandi, domani l'ing. Pozzi non c'è 😕 Ti chiedono se puoi fare venerdì 16 alle 11 invece che domani alle 14.30
        [13/10/26, 18:44:52] Irene: Ciao Sara, sì nessun problema, venerdì va bene
        [13/10/26, 18:46:10] Sara Solaris Lavoro: Perfetto ti confermo ven 16/10 h 11:00, stesso indirizzo (via Marco d'Oggiono 12, chiedi di Roberta Villa alla reception). Ti giro la mail di conferma domattina
        [13/10/26, 18:46:31] Irene: 👍 grazie!

        Inviato da iPhone
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from smtpclient.apple (host-79-18-44-201.retail.example.net [79.18.44.201])",
                              "2026-10-13 18:57:22", ROME,
                              "smtp.example.org (Postfix) with ESMTPSA id 4gE8m1WcTrz6q", ME, 1)),
        ("From", "Irene Colombo <irene.colombo@example.org>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "colloquio Morandi SPOSTATO"),
        ("Date", date("2026-10-13 18:57:22", ROME)),
        ("Message-ID", "<5D0E2A7C-91B4-4F3E-8C6A-0B7D2E9F1A34@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body))


@mail(n(21), family="exchange", lang="it", interview=True, kind="cancelled",
      start="2026-02-20T09:00:00Z", end="2026-02-20T10:00:00Z",
      contact="paolo.invernizzi@lucernadigital.it", company="Lucerna Digital",
      local="Fri 2026-02-20 10:00", local_end="2026-02-20 11:00", zone=ROME,
      note="Outlook/Exchange cancellation in Italian ('Annullato:', METHOD:CANCEL, STATUS:CANCELLED, "
           "TZID 'W. Europe Standard Time'): the 'venerdì 20 febbraio (ore 10:00)' technical interview, "
           "10:00-11:00 CET = 09:00-10:00Z, position frozen; contact = organizer/sender")
def lucerna_exchange_cancel() -> bytes:
    body = t("""
        Buongiorno Irene,

        purtroppo sono costretto ad annullare il colloquio tecnico di venerdì 20 febbraio (ore 10:00): la posizione è stata temporaneamente sospesa per una riorganizzazione interna del team Prodotto.

        Mi scuso per il poco preavviso. Se la ricerca dovesse ripartire nei prossimi mesi sarà mia premura ricontattarla.

        Cordiali saluti
        Paolo Invernizzi
        Design Manager | Lucerna Digital S.r.l.
        Via Savona 52, 20144 Milano
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="IT"><div class="WordSection1">
        <p class="MsoNormal">Buongiorno Irene,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">purtroppo sono costretto ad annullare il colloquio tecnico di venerd&igrave; 20 febbraio (ore 10:00): la posizione &egrave; stata temporaneamente sospesa per una riorganizzazione interna del team Prodotto.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mi scuso per il poco preavviso. Se la ricerca dovesse ripartire nei prossimi mesi sar&agrave; mia premura ricontattarla.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Cordiali saluti<br>Paolo Invernizzi<br>Design Manager | Lucerna Digital S.r.l.<br>Via Savona 52, 20144 Milano</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Paolo Invernizzi:mailto:paolo.invernizzi@lucernadigital.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Colombo:mailto:irene.colombo@example.org
        DESCRIPTION;LANGUAGE=it-IT:Buongiorno Irene\\,\\n\\npurtroppo sono costretto ad annullare il colloquio tecnico di venerdì 20 febbraio (ore 10:00): la posizione è stata temporaneamente sospesa per una riorganizzazione interna del team Prodotto.\\n
        UID:040000008200E00074C5B7101A82E0080000000060A9D3B1E79BDC010000000000000000100000003E7F1C9A52B84D06A1E3C8F0B27D4596
        SUMMARY;LANGUAGE=it-IT:Annullato: Colloquio tecnico - UX Researcher
        DTSTART;TZID=W. Europe Standard Time:20260220T100000
        DTEND;TZID=W. Europe Standard Time:20260220T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260217T104018Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=it-IT:Lucerna Digital - Sala Brera (Via Savona 52)
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119843301
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.21.120", "2026-02-17 11:40:18", ROME,
                 "4f9Bv5NqKsz3r")
    hs += [
        ("From", "Paolo Invernizzi <paolo.invernizzi@lucernadigital.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Annullato: Colloquio tecnico - UX Researcher"),
        ("Thread-Topic", "Colloquio tecnico - UX Researcher"),
        ("Thread-Index", "AdtgYk1b9Qw2Xv0zTm4Rj8cL3Nf7Kw=="),
        ("Date", date("2026-02-17 11:40:18", ROME)),
        ("Message-ID", "<VI1PR02MB6173F0A8E2D94C1B7A3E5D6C8B90F@VI1PR02MB6173.eurprd02.prod.outlook.com>"),
        ("Importance", "high"),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "it-IT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-03-10T15:00:00Z", end=None,
      contact="ruth.kaplan@fieldnotehealth.com", company="Fieldnote Health",
      local="Tue 2026-03-10 11:00", zone=NYC,
      note="Hiring manager cancels 'our conversation on Tuesday (11am ET)': Date Fri 6 Mar is still EST "
           "(-0500) but Tuesday 10 March is after the US switch (8 March) -> 11:00 EDT = 15:00Z, which "
           "the quoted candidate line also gives as 16:00 Milan; req on hold; contact = sender")
def fieldnote_cancel() -> bytes:
    body = t("""
        Hi Irene,

        I'm really sorry to do this, but I need to cancel our conversation on Tuesday (11am ET). We found out this afternoon that the Senior UX Researcher req is being put on hold until after our Q2 planning, and I don't want to take up your time for a role I can't move forward right now.

        I've asked our coordinator to remove the calendar invite. I really enjoyed your portfolio, and I'll reach out personally if and when the role reopens.

        Apologies again,
        Ruth

        Ruth Kaplan
        Director of Design | Fieldnote Health
        New York, NY

        On Wed, Mar 4, 2026 at 9:02 AM Irene Colombo <irene.colombo@example.org> wrote:

        > Hi Ruth,
        >
        > Perfect, Tuesday the 10th at 11:00 ET works. That's 16:00 here in Milan, since your clocks change before ours. Talk then!
        >
        > Irene
        """)
    hs = inbound("mail-yw1-f180.google.com", "209.85.128.180", "2026-03-06 15:10:27", NYC, "4fN4g7HcPxz1s")
    hs += [
        ("From", "Ruth Kaplan <ruth.kaplan@fieldnotehealth.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Re: Tuesday's chat"),
        ("Date", date("2026-03-06 15:10:27", NYC)),
        ("Message-ID", "<CAE9sLm4Tq7vB2nW0kR8zX5yH1cF3dJp@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx7Lq8Yc1mV4pR6tB0zW3nK9eF2sHa@mail.gmail.com>"),
        ("References", "<CAE9sLm1Ux0pC7kN3vT9zR2yB5dH8fGq@mail.gmail.com> <CAJx7Lq8Yc1mV4pR6tB0zW3nK9eF2sHa@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="calendly", lang="en", interview=True, kind="cancelled",
      start="2026-07-07T08:00:00Z", end="2026-07-07T08:45:00Z",
      contact="pieter@grachtlabs.com", company="Gracht Labs",
      local="Tue 2026-07-07 10:00", local_end="2026-07-07 10:45", zone=ROME,
      note="Calendly cancellation to the invitee, cancelled by the host (internal hire); slot shown "
           "in the invitee's zone labelled 'Central European Time' though July is CEST: 10:00-10:45 "
           "Europe/Rome = 08:00-08:45Z; contact = Reply-To host")
def gracht_calendly_cancel() -> bytes:
    body = t("""
        Hi Irene Colombo,

        Pieter de Wit has canceled the event below.

        Event Type:
        Design Research Interview (45 min)

        Event Date/Time:
        10:00am - 10:45am (Central European Time) Tuesday, July 7, 2026

        Canceled by:
        Pieter de Wit

        Reason for canceling:
        Hi Irene, we've just closed this role with an internal candidate, so I'm cancelling our interview. Sorry for the short notice and thank you for your time so far!

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Irene Colombo,</p>
        <p>Pieter de Wit has canceled the event below.</p>
        <p><strong>Event Type:</strong><br><s>Design Research Interview (45 min)</s></p>
        <p><strong>Event Date/Time:</strong><br><s>10:00am - 10:45am (Central European Time) Tuesday, July 7, 2026</s></p>
        <p><strong>Canceled by:</strong><br>Pieter de Wit</p>
        <p><strong>Reason for canceling:</strong><br>Hi Irene, we've just closed this role with an internal candidate, so I'm cancelling our interview. Sorry for the short notice and thank you for your time so far!</p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    hs = inbound("o12.email.calendly.com", "167.89.101.59", "2026-07-02 12:05:33", UTC, "4gNw8p3RbCz5m")
    hs += [
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Pieter de Wit <pieter@grachtlabs.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Canceled: Design Research Interview (45 min) with Pieter de Wit on Tuesday, July 7, 2026"),
        ("Date", date("2026-07-02 12:05:33", UTC)),
        ("Message-ID", "<d41e9b07c52a4f8e.invitee_cancellation@calendly.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives


@mail(n(24), family="job_alert", lang="it", interview=False, company=None,
      note="InfoJobs job alert: listings with 'Colloqui in corso' badges, no interview of the candidate")
def infojobs_alert() -> bytes:
    jobs = [
        ("UX Researcher", "Tessera Pay S.r.l.", "Milano (ibrido)", "Pubblicata oggi", "Colloqui in corso"),
        ("Ricercatore/Ricercatrice UX - Customer Experience", "Assicurazioni Ambrosiane S.p.A.", "Milano",
         "Pubblicata ieri", ""),
        ("Service Designer / UX Researcher Junior", "Studio Tarsia", "Bergamo", "2 giorni fa", ""),
        ("UX/UI Designer con esperienza in ricerca utente", "Gi.Emme Informatica", "Monza", "3 giorni fa",
         "Candidatura semplice"),
        ("Product Researcher", "Lucerna Digital S.r.l.", "Milano", "5 giorni fa", "Colloqui in corso"),
    ]
    lines = ["Ciao Irene,", "", "ecco le nuove offerte che corrispondono al tuo avviso «UX Researcher - Milano e provincia».", ""]
    rows = []
    for title, co, where, when, badge in jobs:
        lines += [title, f"{co} · {where} · {when}" + (f" · {badge}" if badge else ""),
                  "Vedi offerta: https://www.infojobs.it/offerta/" + co.split()[0].lower().replace(".", "") + "-ux", ""]
        rows.append(f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="https://www.infojobs.it/offerta" '
                    f'style="color:#167db7;font-weight:bold;font-size:15px">{title}</a><br>'
                    f'<span style="color:#555">{co} · {where}</span><br><span style="color:#999;font-size:12px">{when}</span>'
                    + (f' <span style="background:#e8f5e9;color:#2e7d32;font-size:11px;padding:2px 6px">{badge}</span>' if badge else "")
                    + "</td></tr>")
    lines += ["Vedi tutte le 9 offerte: https://www.infojobs.it/offerte-lavoro/milano/ux-researcher", "",
              "Ricevi questa email perché hai attivato un avviso su InfoJobs. Gestisci i tuoi avvisi o annulla l'iscrizione: "
              "https://www.infojobs.it/avvisi", ""]
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><table width="600" align="center">'
            '<tr><td><img src="https://static.infojobs.it/logo.png" alt="InfoJobs" height="28"></td></tr>'
            '<tr><td><p>Ciao Irene,</p><p>ecco le nuove offerte che corrispondono al tuo avviso <b>«UX Researcher - Milano e provincia»</b>.</p></td></tr>\n'
            + "\n".join(rows)
            + '\n<tr><td style="padding:16px 0"><a href="https://www.infojobs.it/offerte-lavoro/milano/ux-researcher">Vedi tutte le 9 offerte</a></td></tr>'
            '<tr><td style="font-size:11px;color:#999">Ricevi questa email perché hai attivato un avviso su InfoJobs. '
            '<a href="https://www.infojobs.it/avvisi">Gestisci i tuoi avvisi</a></td></tr></table></body></html>\n')
    hs = inbound("mail7.infojobs.it", "185.86.137.41", "2026-02-10 07:02:11", ROME, "4f6Hq1XvBnz8k")
    hs += [
        ("From", "InfoJobs <noreply@infojobs.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Irene, 9 nuove offerte per UX Researcher a Milano"),
        ("Date", date("2026-02-10 07:02:11", ROME)),
        ("Message-ID", "<alert.20260210070211.88213@infojobs.it>"),
        ("List-Unsubscribe", "<https://www.infojobs.it/avvisi/unsubscribe?u=88213&t=ux>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text("\n".join(lines)), html(page)))


@mail(n(25), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert with 'Actively recruiting' and 'Be an early applicant' badges")
def linkedin_alert() -> bytes:
    body = t("""
        Your job alert for ux researcher in Milan, Lombardy, Italy
        14 new jobs match your preferences.

        User Researcher
        Kettleby Health
        London, England, United Kingdom (Remote)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4188203114/

        Senior UX Researcher
        Sentis Mobility AG
        Zurich, Switzerland (Hybrid)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4188167720/

        UX Researcher (Remote, EU)
        Nordlicht Apps
        European Union (Remote)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4187995501/

        Design Researcher
        Harlow & Pine
        New York, United States (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4188310046/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=ux%20researcher&location=Milan

        ----------------------------------------
        This email was intended for Irene Colombo (UX Researcher | Mixed-methods | Healthcare & Fintech)
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = inbound("mailb-dc.linkedin.com", "108.174.6.214", "2026-03-04 06:31:40", UTC, "4fLp2m9SxQz4a")
    hs += [
        ("From", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("“ux researcher”: Kettleby Health - User Researcher and more")),
        ("Date", date("2026-03-04 06:31:40", UTC)),
        ("Message-ID", "<1284730922.4410391.1772605900412@ltx1-app7713.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage>"),
        ("X-LinkedIn-Class", "JOBS-TO-MBR"),
        ("X-LinkedIn-Template", "jobs_jymbii_digest"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="job_alert", lang="it", interview=False, company=None,
      days=(("Mon", "2026-04-20"),),
      note="Jobrapido digest, HTML only, iso-8859-1 base64; one ad says 'colloqui a partire da lunedì "
           "20 aprile' (an employer's hiring plan, not the candidate's interview)")
def jobrapido_digest() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
        <table width="600" align="center" cellpadding="8">
        <tr><td style="background:#ff6600;color:#fff;font-size:20px;font-weight:bold">jobrapido</td></tr>
        <tr><td>Ciao Irene, abbiamo trovato <b>8 nuove offerte</b> per la tua ricerca <b>ux researcher - Milano</b>.</td></tr>
        <tr><td><a href="https://it.jobrapido.com/jobpreview/7719023">UX Researcher Senior</a><br>Agenzia per il lavoro - Milano<br>
        <i>Per importante cliente nel settore retail ricerchiamo UX Researcher con almeno 4 anni di esperienza. Colloqui a partire da lunedì 20 aprile.</i></td></tr>
        <tr><td><a href="https://it.jobrapido.com/jobpreview/7718551">Ricercatore UX / Usability Specialist</a><br>Milano - Lombardia<br>
        <i>Contratto a tempo indeterminato, RAL commisurata all'esperienza.</i></td></tr>
        <tr><td><a href="https://it.jobrapido.com/jobpreview/7718102">User Researcher (m/f/d)</a><br>Remoto<br>
        <i>Startup fintech cerca user researcher per il team di prodotto.</i></td></tr>
        <tr><td><a href="https://it.jobrapido.com/search?q=ux+researcher&amp;l=milano">Vedi tutte le offerte &raquo;</a></td></tr>
        <tr><td style="font-size:10px;color:#888">Hai ricevuto questa e-mail perché sei iscritta agli avvisi di Jobrapido. <a href="https://it.jobrapido.com/unsubscribe">Cancella l'iscrizione</a>.</td></tr>
        </table></body></html>
        """)
    hs = inbound("mta41.jobrapido.com", "185.17.254.41", "2026-04-18 08:15:37", ROME, "4fy0t4QwLmz2d")
    hs += [
        ("From", "Jobrapido <noreply@jobrapido.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "8 nuove offerte per: ux researcher - Milano"),
        ("Date", date("2026-04-18 08:15:37", ROME)),
        ("Message-ID", "<20260418061537.7C3A2.alert@jobrapido.com>"),
        ("List-Unsubscribe", "<https://it.jobrapido.com/unsubscribe?e=aXJlbmUuY29sb21ibw>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(page, charset="iso-8859-1", cte="base64"))


@mail(n(27), family="application_ack", lang="it", interview=False, company="Portici Lab",
      note="Indeed 'Candidatura inviata' receipt; 'potrebbe contattarti per fissare un colloquio' is "
           "hypothetical")
def indeed_candidatura_inviata() -> bytes:
    body = t("""
        Candidatura inviata

        La tua candidatura è stata inviata a Portici Lab S.r.l.

        UX Researcher
        Portici Lab S.r.l. - Bologna, Emilia-Romagna (ibrido)

        Cosa succede ora?
        Il datore di lavoro esaminerà la tua candidatura. Se il tuo profilo è in linea, potrebbe contattarti per fissare un colloquio. Ti consigliamo di controllare spesso la tua email e i messaggi su Indeed.

        Visualizza le tue candidature: https://myjobs.indeed.com/applied

        Buona fortuna!
        Il team di Indeed

        Hai ricevuto questa email perché ti sei candidata tramite Indeed. Indeed, Via Bernina 7, 20158 Milano
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + gmail_html(body) + "</body></html>\n"
    hs = inbound("mail135-4.atl141.mcsv.net", "198.2.135.4", "2026-03-06 21:14:05", UTC, "4fN9k3BqWtz6c")
    hs += [
        ("From", "Indeed <indeedapply@indeed.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Candidatura inviata: UX Researcher"),
        ("Date", date("2026-03-06 21:14:05", UTC)),
        ("Message-ID", "<0100018e1f7c2d1a-9b3e0f52-4c8a-4a1d-b7e6-2f9d5c3a8e10-000000@email.indeed.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="application_ack", lang="en", interview=False, company="Sentis Mobility",
      note="Greenhouse application-received auto-ack; 'reach out to set up a first interview' is "
           "conditional")
def sentis_greenhouse_ack() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for your interest in Sentis Mobility! We have received your application for the Senior UX Researcher role.

        Our Talent team reviews every application personally. If your background is a match for the role, a member of the team will reach out to set up a first interview. In any case, we will let you know about the outcome.

        In the meantime, feel free to learn more about how we work: https://sentis-mobility.ch/careers/how-we-hire

        Best,
        The Sentis Mobility Talent Team

        Please do not reply to this email, this mailbox is not monitored.
        """)
    hs = inbound("a48-108.smtp-out.amazonses.com", "54.240.48.108", "2026-03-04 18:40:22", UTC, "4fLx7c2VnPz0q")
    hs += [
        ("From", "Sentis Mobility <no-reply@us.greenhouse-mail.io>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Thank you for applying to Sentis Mobility"),
        ("Date", date("2026-03-04 18:40:22", UTC)),
        ("Message-ID", "<0100019516ac71e3-2d94b0c6-5a1f-4e83-b9d2-7c4e0a6f1b38-000000@email.amazonses.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="rejection", lang="it", interview=False, company="Casa Lombardi",
      days=(("Thu", "2026-05-14"),),
      note="Agency recruiter relays the client's rejection after 'il colloquio di giovedì scorso'; "
           "proposes a vague catch-up next week")
def orizzonte_feedback_negativo() -> bytes:
    body = t("""
        Ciao Irene,

        ti scrivo per darti il riscontro di Casa Lombardi dopo il colloquio di giovedì scorso.

        Purtroppo hanno deciso di proseguire con un profilo che ha più esperienza diretta nel retail fisico (negozi e visual merchandising), che per loro in questa fase è prioritaria. Mi hanno però detto che la tua presentazione è stata molto chiara e che il portfolio è piaciuto parecchio a Valeria.

        Mi dispiace, so che ci tenevi. Ti tengo sicuramente presente per le prossime posizioni: se ti va, sentiamoci la prossima settimana per fare il punto.

        Un caro saluto,
        Francesca

        Francesca Ruggeri
        Recruiter – Divisione Professional
        Orizzonte Lavoro S.p.A. – Filiale di Milano Porta Romana
        """)
    hs = inbound("mail-he1eur04on2078.outbound.protection.outlook.com", "40.107.7.78", "2026-05-20 17:22:48", ROME,
                 "4gK0r2FwTbz7n")
    hs += [
        ("From", "Francesca Ruggeri <francesca.ruggeri@orizzontelavoro.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Feedback colloquio Casa Lombardi"),
        ("Thread-Topic", "Feedback colloquio Casa Lombardi"),
        ("Thread-Index", "AQHc6Q1rLx3nT8kVb0Wq2c5yP7m9Zg=="),
        ("Date", date("2026-05-20 17:22:48", ROME)),
        ("Message-ID", "<DU0PR03MB8912C5E07A1B3F92D4E6A08B7C1D3@DU0PR03MB8912.eurprd03.prod.outlook.com>"),
        ("Content-Language", "it-IT"),
    ]
    return message(hs, text(body))


@mail(n(30), family="offer", lang="it", interview=False, company="Officina Quadra",
      days=(("Fri", "2026-04-17"),),
      note="Offer after 'i colloqui delle ultime settimane', PDF letter attached, reply requested by "
           "Friday 17 April; a call is only offered ('lunedì pomeriggio o martedì mattina')")
def officina_quadra_offerta() -> bytes:
    body = t("""
        Ciao Irene,

        dopo i colloqui delle ultime settimane siamo davvero felici di proporti di unirti a Officina Quadra come UX Researcher!

        In allegato trovi la lettera con tutti i dettagli. In sintesi:
        - contratto a tempo indeterminato, CCNL Commercio, 2° livello
        - RAL 42.000 € + premio di risultato fino al 10%
        - modalità ibrida, 2 giorni a settimana in ufficio a Bologna (via del Pratello 11)
        - data di inizio da concordare, idealmente entro giugno

        Ti chiediamo un riscontro entro venerdì 17 aprile. Se vuoi chiarire qualche punto possiamo sentirci al telefono: io sono libero lunedì pomeriggio o martedì mattina, dimmi tu.

        Un abbraccio da tutto il team,
        Luca

        Luca Benassi
        Head of Design – Officina Quadra S.r.l.
        """)
    hs = inbound("mail-pj1-f50.google.com", "209.85.216.50", "2026-04-13 10:20:33", ROME, "4fv5n0DcRkz3t")
    hs += [
        ("From", "Luca Benassi <luca.benassi@officinaquadra.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("CC", "amministrazione@officinaquadra.it"),
        ("Subject", "Proposta per il ruolo di UX Researcher"),
        ("Date", date("2026-04-13 10:20:33", ROME)),
        ("Message-ID", "<CAL5nWq9Tb3xK7mR0vF2zY8pH4cE1sDa@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf_part("Lettera_offerta_Colombo.pdf", "Officina Quadra - Proposta di assunzione")))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Vantor Health",
      note="LinkedIn InMail notification from an in-house talent partner: asks for a call 'sometime "
           "next week' and for the candidate to suggest times; nothing fixed")
def linkedin_inmail_vantor() -> bytes:
    body = t("""
        Sophie Laurent
        Talent Partner at Vantor Health

        Senior UX Researcher - Vantor Health (Zurich / hybrid)

        Hi Irene,

        I came across your profile and your work on patient onboarding really stood out. We're building our first dedicated research team at Vantor Health (digital therapeutics, ~180 people, Zurich HQ with a hub in Milan), and I think the Senior UX Researcher role could be a great fit.

        Would you be open to a 20-minute call sometime next week? Feel free to suggest a couple of times that work for you and I'll send an invite.

        Best,
        Sophie

        Reply: https://www.linkedin.com/messaging/thread/2-ZTg3YjI4MGEtNWQ0Ni00/
        View profile: https://www.linkedin.com/in/sophie-laurent-talent/

        This is an InMail from a LinkedIn member. You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = inbound("mailc-dc.linkedin.com", "108.174.6.218", "2026-04-21 14:03:18", UTC, "4fz8b1NsGvz5w")
    hs += [
        ("From", "Sophie Laurent via LinkedIn <inmail-hit-reply@linkedin.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "InMail from Sophie Laurent: Senior UX Researcher - Vantor Health (Zurich / hybrid)"),
        ("Date", date("2026-04-21 14:03:18", UTC)),
        ("Message-ID", "<1918273645.2210443.1776780198321@ltx1-app6621.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "INMAIL"),
        ("X-LinkedIn-Template", "inmail_notification"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruiter_outreach", lang="it", interview=False, company="Solaris Lavoro",
      note="Staffing-agency first contact: client undisclosed, asks for availability for a phone chat; "
           "company = the sender's company (the agency)")
def solaris_outreach() -> bytes:
    body = t("""
        Buongiorno Irene,

        sono Sara Pellegatta di Solaris Lavoro, filiale di Milano Centrale (area Professional).

        Ho trovato il tuo profilo su LinkedIn e credo possa essere in linea con una posizione di UX Researcher per un'importante azienda del settore elettrodomestici, con sede a Milano e modalità di lavoro ibrida. Si tratta di un inserimento diretto a tempo indeterminato nel team Digital.

        Ti andrebbe di fare una breve chiacchierata telefonica per raccontarti meglio l'opportunità? Fammi sapere quando sei disponibile nei prossimi giorni, oppure lasciami un numero e ti chiamo io.

        Grazie e buona giornata,

        Sara Pellegatta
        Senior Recruiter - Professional
        Solaris Lavoro S.p.A. - Filiale Milano Centrale
        Via Vittor Pisani 8, 20124 Milano
        """)
    hs = inbound("relay3.solarislavoro.it", "151.1.212.37", "2026-10-05 11:08:26", ROME, "4gC6w9LtMqz1b")
    hs += [
        ("From", "Sara Pellegatta <sara.pellegatta@solarislavoro.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Opportunità UX Researcher – settore elettrodomestici")),
        ("Date", date("2026-10-05 11:08:26", ROME)),
        ("Message-ID", "<000f01dd54a2$7c1e3b40$74549ac0$@solarislavoro.it>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "it"),
    ]
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(33), family="scheduling_link", lang="en", interview=False, company="Sentis Mobility",
      days=(("Fri", "2026-03-27"),),
      note="Greenhouse self-schedule request: pick a 60-minute slot via link, nothing booked yet")
def sentis_greenhouse_pick_time() -> bytes:
    body = t("""
        Hi Irene,

        Thank you for your time on the phone on Monday, it was great to learn more about your work!

        We'd love to invite you to the next step: a 60-minute interview with our Design team (Florian Wyss, Head of Product Design, and Sanne de Groot, Senior UX Researcher).

        Please use the link below to choose a time that works for you. The times are shown in your local time zone.

        https://app.greenhouse.io/scheduling/self_schedule/4f1b8c2e-7d3a-49e0-a6b5-0c9e2d71f384

        Available slots are open until Friday, March 27. If none of them work, just reply and we'll find an alternative.

        Best regards,
        Lea

        Lea Baumgartner
        Talent Acquisition Partner | Sentis Mobility AG
        """)
    hs = inbound("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2026-03-18 13:55:09", UTC, "4fQd3v6KpRz9h")
    hs += [
        ("From", "Lea Baumgartner <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Lea Baumgartner <lea.baumgartner@sentis-mobility.ch>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Sentis Mobility - Please select your interview time"),
        ("Date", date("2026-03-18 13:55:09", UTC)),
        ("Message-ID", "<010001951e8b03c7-5f2a9d81-3b6e-4c07-8d1f-a4e2c7b90d56-000000@email.amazonses.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="slot_proposal", lang="it", interview=False, company="Nebbia Analytics",
      days=(("Thu", "2026-06-11"), ("Fri", "2026-06-12")),
      note="Founder proposes two slots ('giovedì 11 alle 16 oppure venerdì 12 alle 10:30'), not yet "
           "agreed")
def nebbia_proposta_slot() -> bytes:
    body = t("""
        Ciao Irene,

        grazie per la candidatura, il tuo profilo mi è piaciuto molto! Soprattutto il progetto sulla diary study per l'app della mobilità, è proprio il tipo di lavoro che ci serve.

        Ti andrebbe di fare una chiacchierata di un'oretta con me? Io potrei giovedì 11 alle 16 oppure venerdì 12 alle 10:30, su Meet. Dimmi tu quale preferisci (o proponimi altro se non ti tornano).

        Matteo

        --
        Matteo Cattaneo
        Co-founder & CEO, Nebbia Analytics
        nebbia.ai
        """)
    hs = inbound("mail-lf1-f41.google.com", "209.85.167.41", "2026-06-03 18:30:02", ROME, "4gKx5r1DvWz3p")
    hs += [
        ("From", "Matteo Cattaneo <matteo@nebbia.ai>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Colloquio giovedì")),
        ("Date", date("2026-06-03 18:30:02", ROME)),
        ("Message-ID", "<CAH3kVp1Qm8xB4nR7tW2zL0yK5cF3sJe@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(35), family="slot_proposal", lang="en", interview=False, company="Copperline Robotics",
      days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="US recruiter offers three ET slots for a hiring-manager screen and asks which works; "
           "nothing confirmed")
def copperline_slots() -> bytes:
    body = t("""
        Hi Irene,

        Thanks so much for applying to the Design Researcher role at Copperline! Raj Patel, our Design Research Manager, would love to do a 30-minute intro call.

        Could any of these work for you?

        - Mon 10/19, 9:00 AM ET
        - Tue 10/20, 11:30 AM ET
        - Wed 10/21, 1:00 PM ET

        I know these land in your afternoon/evening. If none of them work, send me a few windows that suit you and I'll make it happen.

        Best,
        Megan

        --
        Megan O'Donnell
        Senior Technical Recruiter | Copperline Robotics
        Boston, MA
        """)
    hs = inbound("mail-qt1-f176.google.com", "209.85.160.176", "2026-10-14 16:22:19", NYC, "4gD9p0TrHcz6v")
    hs += [
        ("From", "Megan O'Donnell <megan.odonnell@copperline.io>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Copperline Robotics - intro call with Raj"),
        ("Date", date("2026-10-14 16:22:19", NYC)),
        ("Message-ID", "<CAM4pQx2Vb8nL0eR5tK7wY1zH9dS3gJf@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(36), family="take_home", lang="en", interview=False, company="Harlow & Pine",
      days=(("Mon", "2026-03-30"),),
      note="Take-home research plan due 'Monday, March 30 at 9:00 AM ET'; the panel after it is not "
           "scheduled")
def harlow_take_home() -> bytes:
    body = t("""
        Hi Irene,

        Thanks again for the chat on Thursday, I really enjoyed it! We'd like to move you forward to the next step, a short take-home exercise.

        The brief is attached: we'd like you to draft a research plan for understanding why small-business customers drop off during onboarding. Please keep it to 3-4 pages; we're more interested in your reasoning than in polish. Please don't spend more than 3 hours on it.

        Could you send it back to me by Monday, March 30 at 9:00 AM ET? If you need a few more days, just say so, that's completely fine.

        Once we've reviewed it, we'll set up a 60-minute panel where you walk us through it.

        Best,
        Dana

        Dana Whitfield
        Head of Research | Harlow & Pine
        """)
    hs = inbound("mail-pf1-f177.google.com", "209.85.210.177", "2026-03-20 19:45:31", UTC, "4fRb8t2MxKz0g")
    hs += [
        ("From", "Dana Whitfield <dana@harlowpine.com>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Next step: research plan exercise"),
        ("Date", date("2026-03-20 19:45:31", UTC)),
        ("Message-ID", "<CAD2wLr7Pz5nX1kT9bV3qM0yF8cH4sGe@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf_part("Harlow_Pine_research_plan_brief.pdf", "Take-home brief")))


@mail(n(37), family="assessment", lang="it", interview=False, company="Assicurazioni Ambrosiane",
      days=(("Thu", "2026-04-30"),),
      note="inRecruiting invitation to an online skills questionnaire, deadline 23:59 on 30 April; no "
           "interview time")
def ambrosiane_test_online() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #dddddd">
        <tr><td style="background:#003a70;padding:14px"><img src="https://ambrosiane.inrecruiting.com/custom/logo_ambrosiane.png" alt="Assicurazioni Ambrosiane" height="40"></td></tr>
        <tr><td style="padding:20px">
        <p>Gentile Irene Colombo,</p>
        <p>nell'ambito del processo di selezione per la posizione di <b>UX Researcher</b> (Rif. 2026/045), La invitiamo a completare un breve questionario di valutazione delle competenze e delle attitudini.</p>
        <p>Il questionario richiede circa 40 minuti e va completato in un'unica sessione, <b>entro le ore 23:59 di giovedì 30 aprile 2026</b>. Le consigliamo di utilizzare un computer e una connessione stabile.</p>
        <p style="text-align:center"><a href="https://ambrosiane.inrecruiting.com/test.php?tk=Qm41XvA8" style="background:#003a70;color:#ffffff;padding:10px 18px;text-decoration:none">Inizia il questionario</a></p>
        <p>Al termine della valutazione, i candidati in linea con il profilo ricercato saranno contattati per un colloquio conoscitivo.</p>
        <p>Cordiali saluti,<br>Direzione Risorse Umane – Ufficio Selezione<br>Assicurazioni Ambrosiane S.p.A.</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:10px;color:#888888">Questa e-mail è stata generata automaticamente dalla piattaforma inRecruiting: si prega di non rispondere a questo indirizzo.</td></tr>
        </table></body></html>
        """)
    hs = inbound("smtp3.inrecruiting.com", "93.62.140.18", "2026-04-23 16:00:41", ROME, "4g0Qm7XcBvz2k")
    hs += [
        ("From", "Assicurazioni Ambrosiane S.p.A. <noreply@inrecruiting.com>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Invito al questionario online - Rif. 2026/045 UX Researcher"),
        ("Date", date("2026-04-23 16:00:41", ROME)),
        ("Message-ID", "<20260423160041.7b30e2d4@inrecruiting.com>"),
        ("X-Mailer", "inRecruiting Mailer 4.2"),
    ]
    return message(hs, html(page, charset="windows-1252"))


@mail(n(38), family="non_interview_calendar", lang="it", interview=False, company=None,
      days=(("Thu", "2026-04-23"),),
      note="Dentist reminder (iso-8859-1, 8bit) with a fixed time and 'disdire o spostare' wording")
def dentista_promemoria() -> bytes:
    body = t("""
        Gentile Sig.ra Colombo,

        Le ricordiamo il Suo appuntamento per la seduta di igiene dentale con la dott.ssa Marelli:

        giovedì 23 aprile 2026 alle ore 18:30
        Studio Dentistico Dr. Brambilla - Viale Lombardia 42, 20131 Milano (citofono 7)

        Qualora non potesse presentarsi, La preghiamo di disdire o spostare l'appuntamento con almeno 24 ore di anticipo telefonando allo 02 2668 4471 (lun-ven 9-19). Gli appuntamenti non disdetti potranno essere addebitati.

        Cordiali saluti
        La Segreteria
        Studio Dentistico Dr. Brambilla
        """)
    hs = inbound("smtp.studiobrambilla.it", "62.149.128.160", "2026-04-20 09:00:04", ROME, "4fz1c5HqTnz8m")
    hs += [
        ("From", "Studio Dentistico Brambilla <promemoria@studiobrambilla.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Promemoria appuntamento - giovedì 23 aprile ore 18:30", "iso-8859-1")),
        ("Date", date("2026-04-20 09:00:04", ROME)),
        ("Message-ID", "<20260420070004.4412@studiobrambilla.it>"),
        ("X-Mailer", "DentalManager 9 - modulo promemoria"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(39), family="non_interview_calendar", lang="it", interview=False, company=None,
      days=(("Tue", "2026-02-03"),),
      note="Exchange recurring daily stand-up on the current client's project (W. Europe Standard "
           "Time, RRULE); work meeting, not an interview")
def banca_brianza_standup() -> bytes:
    teams = TEAMS_IT.format(
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzRmY2E3NjgtZDFiZS00OTg3LWI1@thread.v2/0",
        mid="349 201 776 058", code="p9LkE3", org="a2c9e1f0-4b7d-4e3a-8c65-19d0f2b3e7a4",
        ten="77e0c3b1-5d2a-4f98-b1e6-0c4a9d8e2f53", thr="MzRmY2E3NjgtZDFiZS00OTg3LWI1")
    body = t("""
        Ciao a tutti,

        da martedì 3 febbraio facciamo lo stand-up del progetto App Mobile tutti i giorni alle 9:15, 15 minuti secchi: cosa ho fatto, cosa faccio, blocchi. Irene, benvenuta a bordo per la parte di ricerca!

        Roberto

        Roberto Sironi
        Product Owner - Canali Digitali
        Banca Brianza S.p.A.

        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Roberto Sironi:mailto:roberto.sironi@bancabrianza.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Colombo:mailto:irene.colombo@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team App Mobile:mailto:team.appmobile@bancabrianza.it
        DESCRIPTION;LANGUAGE=it-IT:Ciao a tutti\\,\\n\\nda martedì 3 febbraio facciamo lo stand-up del progetto App Mobile tutti i giorni alle 9:15\\, 15 minuti secchi.\\n
        RRULE:FREQ=WEEKLY;UNTIL=20260630T071500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000F0C2B8A4D193DC01000000000000000010000000B7D2E09F3A614C58912E7F0C3D8A6B41
        SUMMARY;LANGUAGE=it-IT:Stand-up giornaliero - Progetto App Mobile
        DTSTART;TZID=W. Europe Standard Time:20260203T091500
        DTEND;TZID=W. Europe Standard Time:20260203T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260202T090512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=it-IT:Riunione di Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.55", "2026-02-02 10:05:12", ROME,
                 "4f3Wb8KpLcz5r")
    hs += [
        ("From", "Roberto Sironi <roberto.sironi@bancabrianza.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>, Team App Mobile <team.appmobile@bancabrianza.it>"),
        ("Subject", "Stand-up giornaliero - Progetto App Mobile"),
        ("Thread-Topic", "Stand-up giornaliero - Progetto App Mobile"),
        ("Thread-Index", "AdtUm0c7Qz1Bx9KvT3nR8w2Lp6Yf4g=="),
        ("Date", date("2026-02-02 10:05:12", ROME)),
        ("Message-ID", "<DB9PR05MB8345D2C0E71F4A93B6D5E8F0A1C27@DB9PR05MB8345.eurprd05.prod.outlook.com>"),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "it-IT"),
    ]
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(40), family="non_interview_calendar", lang="it", interview=False, company=None,
      days=(("Thu", "2026-04-16"),),
      note="Google Calendar invitation (Italian UI) to a fortnightly 1:1 with the current manager")
def ortica_one_to_one() -> bytes:
    body = t("""
        1:1 Irene / Paola
        Ogni 2 settimane il giovedì ⋅ 17:00 – 17:30
        Ora dell'Europa centrale - Roma

        Partecipa con Google Meet
        https://meet.google.com/kbr-ozsw-ymd

        Il nostro check-in di routine: avanzamento progetti, carico di lavoro, feedback in entrambe le direzioni. Dal 16 aprile in poi.

        Invitati
        Paola Rinaldi - organizzatore
        irene.colombo@example.org

        Visualizza tutti i dettagli dell'invitato https://calendar.google.com/calendar/event?action=VIEW&eid=N3NxMGZwOGJ0a3ZsMmU5NGg2bTFjcjVkYWk&hl=it&es=0

        Rispondere per irene.colombo@example.org
        Sì https://calendar.google.com/calendar/event?action=RESPOND&eid=N3NxMGZwOGJ0a3ZsMmU5NGg2bTFjcjVkYWk&rst=1&hl=it&es=0
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N3NxMGZwOGJ0a3ZsMmU5NGg2bTFjcjVkYWk&rst=2&hl=it&es=0
        Forse https://calendar.google.com/calendar/event?action=RESPOND&eid=N3NxMGZwOGJ0a3ZsMmU5NGg2bTFjcjVkYWk&rst=3&hl=it&es=0

        Invito da Google Calendar https://calendar.google.com/calendar/

        Hai ricevuto questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti su questo evento, rifiuta l'evento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ROME_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Rome:20260416T170000
        DTEND;TZID=Europe/Rome:20260416T173000
        RRULE:FREQ=WEEKLY;WKST=MO;INTERVAL=2;BYDAY=TH
        DTSTAMP:20260409T140733Z
        ORGANIZER;CN=Paola Rinaldi:mailto:paola.rinaldi@orticadigital.it
        UID:7sq0fp8btkvl2e94h6m1cr5dai@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Rinaldi;X-NUM-GUESTS=0:mailto:paola.rinaldi@orticadigital.it
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.colombo@example.org;X-NUM-GUESTS=0:mailto:irene.colombo@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kbr-ozsw-ymd
        CREATED:20260409T140612Z
        DESCRIPTION:Il nostro check-in di routine: avanzamento progetti\\, carico di lavoro\\, feedback in entrambe le direzioni. Dal 16 aprile in poi.
        LAST-MODIFIED:20260409T140732Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:1:1 Irene / Paola
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("mail-sor-f69.google.com", "209.85.220.69", "2026-04-09 14:07:33", UTC, "4frN2k8WbTz1c")
    hs += [
        ("From", "Paola Rinaldi <paola.rinaldi@orticadigital.it>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Paola Rinaldi <paola.rinaldi@orticadigital.it>"),
        ("To", ME),
        ("Subject", enc("Invito: 1:1 Irene / Paola @ Ogni 2 settimane dalle 17 alle 17:30 il giovedì (CEST) "
                        "(irene.colombo@example.org)")),
        ("Date", date("2026-04-09 14:07:33", UTC)),
        ("Message-ID", "<calendar-3e9f5b21-0c7d-4a68-b2e4-91d8c6a0f7b3@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(41), family="non_interview_calendar", lang="it", interview=False, company=None,
      days=(("Sat", "2026-04-18"),),
      note="Estate agent confirms an apartment viewing 'sabato 18 aprile alle ore 11:00'; mentions an "
           "employment contract as a document to bring")
def visita_appartamento() -> bytes:
    body = t("""
        Buongiorno Irene,

        come da accordi telefonici le confermo la visita del bilocale in Via Padova 118 per sabato 18 aprile alle ore 11:00. Ci vediamo direttamente davanti al portone, io avrò una giacca blu e le chiavi :)

        Se dopo la visita fosse interessata a fare una proposta, le chiedo di portare con sé un documento d'identità, il codice fiscale e il contratto di lavoro o le ultime tre buste paga (per i liberi professionisti vanno bene le ultime due dichiarazioni dei redditi).

        A sabato,
        Marco Sormani
        Casa Navigli Immobiliare
        Ripa di Porta Ticinese 61, Milano - Tel. 02 5811 2290
        """)
    hs = inbound("smtp-out.aruba.it", "62.149.158.91", "2026-04-15 13:12:50", ROME, "4fwH6p3NcRz4t")
    hs += [
        ("From", "Marco Sormani <m.sormani@casanavigli.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "Conferma visita bilocale Via Padova 118"),
        ("Date", date("2026-04-15 13:12:50", ROME)),
        ("Message-ID", "<b7c2e9f1a0d34e58@casanavigli.it>"),
        ("X-Mailer", "Aruba Webmail 2.0"),
    ]
    return message(hs, text(body))


@mail(n(42), family="webinar", lang="it", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Registration confirmation for a webinar titled like an interview ('Il colloquio tecnico per "
           "UX Researcher'), with an ICS (METHOD:PUBLISH) at a fixed time")
def accademia_webinar() -> bytes:
    body = t("""
        Ciao Irene,

        grazie per esserti iscritta! Ecco i dettagli del webinar:

        Il colloquio tecnico per UX Researcher: come prepararsi
        martedì 22 settembre 2026, ore 18:30 - 19:30
        Online su Zoom: https://accademiaforma.zoom.us/j/91527730418

        Con Lucia Ferrante (Research Lead) e Tommaso Gatti (Design Manager), che in un anno fanno più di cento colloqui: come sono strutturati, cosa valutano, gli errori più comuni nel racconto di un caso di studio. Alla fine ci sarà una simulazione di colloquio dal vivo con un volontario del pubblico.

        In allegato trovi l'invito da aggiungere al tuo calendario. La registrazione sarà disponibile per gli iscritti.

        A presto,
        Il team di Accademia Forma

        Non vuoi più ricevere le nostre email? Cancellati: https://accademiaforma.it/newsletter/unsubscribe
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Accademia Forma//Eventi//IT
        METHOD:PUBLISH
        """) + ROME_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-2026-09-22-colloquio-tecnico@accademiaforma.it
        DTSTAMP:20260908T080000Z
        DTSTART;TZID=Europe/Rome:20260922T183000
        DTEND;TZID=Europe/Rome:20260922T193000
        SUMMARY:Webinar - Il colloquio tecnico per UX Researcher: come prepararsi
        LOCATION:https://accademiaforma.zoom.us/j/91527730418
        DESCRIPTION:Webinar gratuito con Lucia Ferrante e Tommaso Gatti.
        ORGANIZER;CN=Accademia Forma:mailto:eventi@accademiaforma.it
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("mail213.sea41.mcsv.net", "205.201.133.213", "2026-09-08 10:00:19", ROME, "4gSx0b7KmDz3q")
    hs += [
        ("From", "Accademia Forma <eventi@accademiaforma.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Sei iscritta! Webinar «Il colloquio tecnico per UX Researcher: come prepararsi» – "
                        "22 settembre")),
        ("Date", date("2026-09-08 10:00:19", ROME)),
        ("Message-ID", "<7b1e0c3d92a8f5e4.webinar@mail213.sea41.mcsv.net>"),
        ("List-Unsubscribe", "<https://accademiaforma.it/newsletter/unsubscribe>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(43), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-05"),),
      note="Calendly confirmation of a paid mock interview with a career coach; a confirmed time, but "
           "not a job interview")
def coach_mock_interview() -> bytes:
    body = t("""
        Hi Irene Colombo,

        Your Mock Interview – UX Research (60 min) with Claire Dubois at 6:30pm (Central European Time) on Thursday, March 5, 2026 is scheduled.

        Event Type:
        Mock Interview – UX Research (60 min)

        Event Date/Time:
        06:30pm - 07:30pm (Central European Time) Thursday, March 5, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/86214407735?pwd=Q2xhaXJlRHVib2lzQ29hY2g

        Invitee Time Zone:
        Central European Time

        Questions:

        Which roles are you preparing for?
        Senior UX researcher interviews in Zurich and London; I struggle with the "tell me about a time you failed" questions.

        Payment:
        €120.00 EUR

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2c7e9a1f-5b30-4d8e-a6f2-1e0b9c4d7a53
        Reschedule: https://calendly.com/reschedulings/2c7e9a1f-5b30-4d8e-a6f2-1e0b9c4d7a53

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260302T091204Z
        UID:QW8RZ2KT5MNB7XDP@calendly.com
        DTSTART:20260305T173000Z
        DTEND:20260305T183000Z
        CLASS:PRIVATE
        DESCRIPTION:Event Name: Mock Interview – UX Research (60 min)\\n\\nLocation: https://us06web.zoom.us/j/86214407735
        LOCATION:https://us06web.zoom.us/j/86214407735
        ORGANIZER;CN=Claire Dubois:mailto:claire@careerpivot.coach
        ATTENDEE;CN=Irene Colombo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:irene.colombo@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mock Interview – UX Research (60 min) between Claire Dubois and Irene Colombo
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("o7.email.calendly.com", "167.89.101.44", "2026-03-02 09:12:04", UTC, "4fJq6m0VtXz8b")
    hs += [
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Claire Dubois <claire@careerpivot.coach>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", enc("Confirmed: Mock Interview – UX Research (60 min) with Claire Dubois on Thursday, "
                        "March 5, 2026")),
        ("Date", date("2026-03-02 09:12:04", UTC)),
        ("Message-ID", "<2c7e9a1f5b304d8ea6f2.invitee_confirmation@calendly.com>"),
    ]
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(44), family="podcast", lang="it", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Podcast host confirms the recording of an 'intervista' with the candidate as guest; not a "
           "job interview")
def podcast_intervista() -> bytes:
    body = t("""
        Ciao Irene!

        Ti confermo la registrazione dell'intervista per «Voci dalla Ricerca» martedì 6 ottobre alle 18:00, su Riverside (ti mando il link il giorno prima). Dura circa 50 minuti, poi il montaggio lo facciamo noi e ti giro l'anteprima prima della pubblicazione.

        Qui sotto la scaletta di massima, ma andiamo a braccio:
        1. Come sei arrivata alla ricerca qualitativa (dalla sociologia?)
        2. Il progetto sulla diary study per la mobilità: cosa ha funzionato e cosa no
        3. Ricerca in house vs consulenza
        4. Un consiglio per chi sta cercando il primo lavoro da UX researcher

        Se hai cuffie con microfono usale, altrimenti va benissimo anche il portatile in una stanza silenziosa.

        A martedì,
        Giacomo

        --
        Giacomo Ferrante
        Voci dalla Ricerca - il podcast italiano sulla user research
        """)
    hs = inbound("mail-ed1-f46.google.com", "209.85.208.46", "2026-10-01 12:40:55", ROME, "4gBm3w9ZqHz0s")
    hs += [
        ("From", "Giacomo Ferrante <giacomo@vocidallaricerca.fm>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Intervista per «Voci dalla Ricerca» – conferma registrazione")),
        ("Date", date("2026-10-01 12:40:55", ROME)),
        ("Message-ID", "<CAP0vNr5Kw8zT2bX6mQ1yL9cF3dH7sJg@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(45), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Greenhouse interviewer notification from the candidate's current client: she is on the "
           "panel interviewing someone else; ICS attached")
def ortica_interviewer_notice() -> bytes:
    body = t("""
        Hi Irene,

        You have been scheduled to interview Marco Redaelli for the Junior UX Researcher role.

        Interview: Research Skills Interview
        When: Wednesday, November 25, 2026, 2:00 PM - 3:00 PM CET
        Where: Google Meet - https://meet.google.com/fyu-hqnt-bek
        Other interviewers: Paola Rinaldi

        Interview kit (focus areas, questions and scorecard): https://app.greenhouse.io/guides/91823304/people/77213519?application_id=120044871

        Please submit your scorecard within 24 hours of the interview.

        Thanks!
        Ortica Digital Recruiting

        You are receiving this email because you are part of the interview panel.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-77213519-120044871@greenhouse.io
        DTSTAMP:20261123T080012Z
        DTSTART:20261125T130000Z
        DTEND:20261125T140000Z
        SUMMARY:Interview: Marco Redaelli (Junior UX Researcher) - Research Skills Interview
        LOCATION:https://meet.google.com/fyu-hqnt-bek
        ORGANIZER;CN=Federico Neri:mailto:federico.neri@orticadigital.it
        ATTENDEE;CN=Irene Colombo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.colombo@example.org
        ATTENDEE;CN=Paola Rinaldi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paola.rinaldi@orticadigital.it
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound("a48-110.smtp-out.amazonses.com", "54.240.48.110", "2026-11-23 08:00:12", UTC, "4gNc5t1RwKz7d")
    hs += [
        ("From", "Ortica Digital Recruiting <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Federico Neri <federico.neri@orticadigital.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Interview scheduled: Marco Redaelli for Junior UX Researcher - Wed, Nov 25 at 2:00 PM CET"),
        ("Date", date("2026-11-23 08:00:12", UTC)),
        ("Message-ID", "<0100019a3f2e81b4-c7d05e93-2a4b-4f18-9e6c-b13d0a7f52e8-000000@email.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(46), family="reference_call", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="A recruiter confirms a reference call about a former colleague; the candidate is the "
           "referee, not interviewing")
def maple_finch_reference() -> bytes:
    body = t("""
        Hi Irene,

        Thank you for agreeing to act as a referee for Davide Pirovano, who is in the final stage for a Research Manager position with one of our clients.

        Just confirming our call on Wednesday 18 November at 3pm UK time (4pm for you in Milan). It should take no more than 20 minutes; I'll call you on the mobile number Davide gave us (+39 347 ...). I'll ask about the projects you worked on together at Ortica, his strengths and areas for development, and how he handled stakeholders.

        Many thanks,
        Harriet

        Harriet Cole
        Associate Director | Maple & Finch Consulting
        London EC2A
        """)
    hs = inbound("mail-lo2gbr01on2115.outbound.protection.outlook.com", "40.107.23.115", "2026-11-16 15:20:37", UTC,
                 "4gL7v2QmBnz4k")
    hs += [
        ("From", "Harriet Cole <harriet.cole@mapleandfinch.co.uk>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Reference for Davide Pirovano - call confirmed"),
        ("Thread-Topic", "Reference for Davide Pirovano - call confirmed"),
        ("Date", date("2026-11-16 15:20:37", UTC)),
        ("Message-ID", "<LO2P265MB4470E8D3A1C09F72B6E4D5A0C81F3@LO2P265MB4470.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hs, text(body))


@mail(n(47), family="auto_reply", lang="it", interview=False, company="Orizzonte Lavoro",
      days=(("Mon", "2026-05-18"),),
      note="Bilingual out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's thank-you "
           "after an interview; company = the sender's company (the agency)")
def orizzonte_fuori_ufficio() -> bytes:
    body = t("""
        Grazie per il tuo messaggio.

        Sono fuori ufficio fino a lunedì 18 maggio compreso, con accesso limitato alla posta. Per urgenze puoi scrivere a milano.portaromana@orizzontelavoro.it o chiamare lo 02 5843 1190.

        Thank you for your email. I am out of the office until Monday 18 May with limited access to email. For urgent matters please contact milano.portaromana@orizzontelavoro.it.

        Francesca Ruggeri
        Orizzonte Lavoro S.p.A.
        """)
    hs = inbound("mail-he1eur04on2070.outbound.protection.outlook.com", "40.107.7.70", "2026-05-15 09:47:12", ROME,
                 "4gHa0c6LtVz2w")
    hs += [
        ("From", "Francesca Ruggeri <francesca.ruggeri@orizzontelavoro.it>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", "Risposta automatica: Grazie - colloquio Casa Lombardi"),
        ("Thread-Topic", "Grazie - colloquio Casa Lombardi"),
        ("Date", date("2026-05-15 09:47:12", ROME)),
        ("Message-ID", "<DU0PR03MB89127F1E0A3B5C24D9E8A6F1B2C04@DU0PR03MB8912.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<CAJx7Lq4Tk9mB2vW6pR0zN3yF8cE1sDb@mail.gmail.com>"),
        ("References", "<CAJx7Lq4Tk9mB2vW6pR0zN3yF8cE1sDb@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "francesca.ruggeri@orizzontelavoro.it"),
        ("Content-Language", "it-IT"),
    ]
    return message(hs, text(body))


@mail(n(48), family="bounce", lang="it", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Postfix bounce (multipart/report): the returned message is the candidate's own reply "
           "accepting 'martedì 24 novembre alle 14:30', sent to a mistyped domain; a delivery failure, "
           "not a confirmation")
def bounce_velainsurtech() -> bytes:
    original_body = t("""
        Gentile dott.ssa Ferraro,

        la ringrazio per la disponibilità: le confermo che martedì 24 novembre alle 14:30 va benissimo per il colloquio tecnico in sede.

        Cordiali saluti,
        Irene Colombo
        """)
    original = message([
        ("Received", "by smtp.example.org (Postfix, from userid 1042)\r\n id 4gL9c1PwQtz3h; Mon, 16 Nov 2026 "
                     "20:02:57 +0000 (UTC)"),
        ("From", "Irene Colombo <irene.colombo@example.org>"),
        ("To", "Elena Ferraro <elena.ferraro@velainsurtec.it>"),
        ("Subject", "Re: Colloquio tecnico - UX Researcher"),
        ("Date", date("2026-11-16 21:02:55", ROME)),
        ("Message-ID", "<8b2f0e1c-7a4d-4c93-9e15-3d6a0b7f2c48@example.org>"),
        ("In-Reply-To", "<VE1PR07MB6254A0D7F1B3C92E5A6D8C4F0B17E@VE1PR07MB6254.eurprd07.prod.outlook.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(original_body, params="format=flowed"))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <elena.ferraro@velainsurtec.it>: Host or domain name not found. Name service
            error for name=velainsurtec.it type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4gL9c1PwQtz3h
        X-Postfix-Sender: rfc822; irene.colombo@example.org
        Arrival-Date: Mon, 16 Nov 2026 20:02:57 +0000 (UTC)

        Final-Recipient: rfc822; elena.ferraro@velainsurtec.it
        Original-Recipient: rfc822;elena.ferraro@velainsurtec.it
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=velainsurtec.it type=A: Host not found
        """)
    body = multipart(
        "report",
        Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
             report.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    hs = [
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4gL9c3RtVbz5k; Mon, 16 Nov 2026 20:03:01 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Mon, 16 Nov 2026 20:03:01 +0000 (UTC)"),
        ("Message-ID", "<20261116200301.4gL9c3RtVbz5k@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body)


@mail(n(49), family="newsletter_tips", lang="it", interview=False, company=None,
      days=(("Wed", "2026-03-11"),),
      note="Careers newsletter '5 domande da fare alla fine di un colloquio' with a live-event time; "
           "List-Unsubscribe, bulk")
def newsletter_domande_colloquio() -> bytes:
    body = t("""
        CARRIERE & DINTORNI - la newsletter della domenica

        5 domande da fare alla fine di un colloquio (e 3 da evitare)

        «Ha qualche domanda per noi?» È il momento in cui molti candidati si bloccano. Eppure è anche l'ultima occasione per lasciare il segno. Ecco le domande che i selezionatori apprezzano di più:

        1. Come misurerete il successo di questa persona nei primi sei mesi?
        2. Qual è la sfida più grande che il team sta affrontando adesso?
        3. Come collaborano ricerca, design e prodotto nel vostro team?
        4. Che cosa vi ha spinto ad aprire questa posizione?
        5. Quali sono i prossimi passi del processo di selezione?

        E le 3 da evitare: quante ferie ho, posso lavorare sempre da casa, quanto ci metto a essere promossa. Non al primo colloquio, almeno.

        IN DIRETTA: mercoledì 11 marzo alle 18:30 simuliamo un colloquio conoscitivo dal vivo su LinkedIn con una recruiter di una grande società di consulenza. Segui la pagina per ricevere la notifica.

        Buona settimana,
        la redazione di Carriere & Dintorni

        Ricevi questa email perché sei iscritta alla newsletter. Disiscriviti: https://carrieredintorni.it/u/8ff2a1
        """)
    page = "<html><body style=\"font-family:Georgia,serif;max-width:600px\">" + gmail_html(body) + "</body></html>\n"
    hs = inbound("mail180.suw41.mcsv.net", "198.2.180.12", "2026-03-08 08:00:44", ROME, "4fMb9s2QxWz6r")
    hs += [
        ("From", "Carriere & Dintorni <newsletter@carrieredintorni.it>"),
        ("To", "irene.colombo@example.org"),
        ("Subject", "5 domande da fare alla fine di un colloquio (e 3 da evitare)"),
        ("Date", date("2026-03-08 08:00:44", ROME)),
        ("Message-ID", "<a91f2e7c04b6d38e5f10.newsletter@mail180.suw41.mcsv.net>"),
        ("List-Unsubscribe", "<https://carrieredintorni.it/u/8ff2a1>, <mailto:unsubscribe@carrieredintorni.it>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "Carriere & Dintorni <newsletter.carrieredintorni.it>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(50), family="post_interview", lang="gsw", interview=False, company="Limmatworks",
      note="Swiss-German thank-you after the onsite the same day; decision promised by the end of next "
           "week, no new meeting")
def limmatworks_merci() -> bytes:
    body = t("""
        Hoi Irene

        Merci vielmal für din Bsuech hüt und für d'Präsentation, s'Team isch würkli begeisteret gsi. Mir händ die Wuche no zwei Gspröch, dänn mälded mir üs spötischtens bis Ändi nächscht Wuche bi dir.

        Guet Heireis und bis bald!
        Reto

        --
        Reto Hunziker
        Head of Design, Limmatworks AG
        Hardstrasse 201, 8005 Zürich
        """)
    hs = inbound("mail.limmatworks.ch", "194.209.44.12", "2026-09-16 19:02:26", ZRH, "4gUd4h7MwBz9f")
    hs += [
        ("From", "Reto Hunziker <reto.hunziker@limmatworks.ch>"),
        ("To", "Irene Colombo <irene.colombo@example.org>"),
        ("Subject", enc("Merci für hüt")),
        ("Date", date("2026-09-16 19:02:26", ZRH)),
        ("Message-ID", "<E4A70C2B-8D19-4F3E-B6A5-1C9D0F7E2B38@limmatworks.ch>"),
        ("X-Mailer", "iPhone Mail (22G86)"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed"))
