"""blind23: 50 hand-written mails, the inbox of a bilingual data analyst / product manager in Montréal.

Inbox owner: Geneviève Lapointe <genevieve.lapointe@example.org> (America/Toronto), job hunting
February-April 2026. About half the mails are in Québec French, the rest Canadian English, plus a
few in European French, Spanish and German. Keys 1-23 are positives, 24-50 negatives, in writing
order; file numbers are ORDER, a fixed shuffle of that order.

Written blind: without reading the detector, its tests, the other held-out mails or their scores.
Every company and person is fictional.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import (
    addr,
    alt,
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
    t,
    text,
)

ORDER = random.Random(23023).sample(range(1, 51), 50)


def K(n: int) -> str:
    """The file name of the n-th mail written (1-based)."""
    return f"blind23_{ORDER[n - 1]:03d}"


ME = "genevieve.lapointe@example.org"
ME_NAME = "Geneviève Lapointe"
TO_ME = addr(ME_NAME, ME)
ET = "America/Toronto"


def _h(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def rcv(src: str, when: str, zone: str, lag: int = 3) -> tuple[str, str]:
    ident = "mx1.example.org (Postfix) with ESMTPS id " + _h(src, when)[:10].upper()
    return ("Received", make.received(src, when, zone, ident, ME, lag))


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, src: str, *, to: str = TO_ME,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    return [("Delivered-To", ME), rcv(src, when, zone, lag), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]


def esc(s: str) -> str:
    """RFC 5545 TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


GMAIL = "from mail-sor-f{n}.google.com (mail-sor-f{n}.google.com [209.85.220.{n}])"
OUTLOOK = ("from CAN01-{r}-obe.outbound.protection.outlook.com (mail-{l}.outbound.protection.outlook.com"
           " [40.107.{n}.{m}])")


def gsrc(n: int) -> str:
    return GMAIL.format(n=n)


def osrc(r: str, n: int) -> str:
    return OUTLOOK.format(r=r, l=r.lower() + "0" + str(n % 9), n=n, m=(n * 7) % 250)


VTZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
    Meeting ID: {num}
    Passcode: {pwd}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 437-703-5518,,{conf}#   Canada, Toronto
    Phone Conference ID: {conf_sp}#
    Find a local number<https://dialin.teams.microsoft.com/0b8e1c3a?id={conf}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)

TEAMS_FR = t("""
    ________________________________________________________________________________
    Réunion Microsoft Teams
    Rejoindre sur votre ordinateur, application mobile ou appareil de salle
    Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
    ID de réunion : {num}
    Code secret : {pwd}
    Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Ou appelez (audio seulement)
    +1 514-319-4102,,{conf}#   Canada, Montréal
    ID de conférence téléphonique : {conf_sp}#
    Trouver un numéro local<https://dialin.teams.microsoft.com/0b8e1c3a?id={conf}> | Réinitialiser le code PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def teams(tpl: str, seed: str) -> str:
    h = _h(seed)
    conf = str(int(h[:8], 16))[:9].ljust(9, "7")
    num = str(int(h[8:20], 16))[:12].ljust(12, "3")
    return tpl.format(mid=h[20:52].upper()[:40], tid=f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
                      num=f"{num[:3]} {num[3:6]} {num[6:9]} {num[9:12]}", pwd=h[40:46].upper().replace("0", "q"),
                      conf=conf, conf_sp=f"{conf[:3]} {conf[3:6]} {conf[6:]}")


def exchange_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + _h(seed)[:48].upper()


def pdf_stub(title: str) -> bytes:
    """A tiny but well-formed-looking PDF body (content is not read by anyone)."""
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n%% "
            + title.encode("ascii", "replace") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def pdf_part(filename: str, title: str) -> make.Part:
    body = base64.encodebytes(pdf_stub(title)).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], body)


# =========================================================================== positives (keys 1-23)


@mail(K(1), family="workday", lang="en-CA", interview=True, kind="scheduled",
      start="2026-02-24T15:00:00Z", end="2026-02-24T15:45:00Z",
      contact="priya.nadarajah@cormoranfinancial.ca", company="Cormoran Financial",
      local="Tue 2026-02-24 10:00", local_end="2026-02-24 10:45", zone=ET,
      note="Workday tenant mailbox; 'Tuesday, February 24, 2026, 10:00 AM - 10:45 AM Eastern Time' is EST "
           "(UTC-5) -> 15:00Z-15:45Z; no Reply-To, contact = the TA partner named in the body")
def _k01() -> bytes:
    when = "2026-02-19 19:12:37"
    plain = t("""
        Hi Geneviève,

        Thank you for your interest in Cormoran Financial. We are pleased to confirm your interview for the following position:

        Senior Data Analyst, Payments (R-004512)

        Interview Details
        Date: Tuesday, February 24, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time
        Interview Type: Video (Microsoft Teams)
        Interviewer(s): Dana Whitfield, Manager, Payments Analytics

        Your interviewer will send the Microsoft Teams link separately. Please plan to join a few minutes early to test your audio and video.

        If you need to reschedule, or if you require an accommodation at any stage of the recruitment process, please contact Priya Nadarajah, Talent Acquisition Partner, at priya.nadarajah@cormoranfinancial.ca.

        You can review the status of your application at any time from your Candidate Home account:
        https://wd3.myworkdaysite.com/en-US/recruiting/cormoran/External/userHome

        Kind regards,

        Talent Acquisition
        Cormoran Financial

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <tr><td style="background:#0b3d5c;padding:18px 24px;color:#ffffff;font-size:18px;font-weight:bold">Cormoran Financial</td></tr>
        <tr><td style="padding:24px">
        <p>Hi Geneviève,</p>
        <p>Thank you for your interest in Cormoran Financial. We are pleased to confirm your interview for the following position:</p>
        <p><b>Senior Data Analyst, Payments (R-004512)</b></p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td colspan="2" style="font-weight:bold;border-bottom:1px solid #d0d7de">Interview Details</td></tr>
        <tr><td>Date:</td><td>Tuesday, February 24, 2026</td></tr>
        <tr><td>Time:</td><td>10:00 AM - 10:45 AM Eastern Time</td></tr>
        <tr><td>Interview Type:</td><td>Video (Microsoft Teams)</td></tr>
        <tr><td>Interviewer(s):</td><td>Dana Whitfield, Manager, Payments Analytics</td></tr>
        </table>
        <p>Your interviewer will send the Microsoft Teams link separately. Please plan to join a few minutes early to test your audio and video.</p>
        <p>If you need to reschedule, or if you require an accommodation at any stage of the recruitment process, please contact Priya Nadarajah, Talent Acquisition Partner, at <a href="mailto:priya.nadarajah@cormoranfinancial.ca">priya.nadarajah@cormoranfinancial.ca</a>.</p>
        <p>You can review the status of your application at any time from your <a href="https://wd3.myworkdaysite.com/en-US/recruiting/cormoran/External/userHome">Candidate Home</a> account.</p>
        <p>Kind regards,<br><br>Talent Acquisition<br>Cormoran Financial</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">This email was sent from an unmonitored mailbox. Please do not reply to this message.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = hdrs(addr("Cormoran Financial", "cormoran@myworkday.com"),
              "Interview Confirmation - Senior Data Analyst, Payments (R-004512)", when, "UTC",
              "<1932857164.48211.1771528357312@wd3-prod-ca-mta02.myworkday.com>",
              "from wd3-prod-ca-mta02.myworkday.com (wd3-prod-ca-mta02.myworkday.com [198.54.112.38])",
              extra=(("X-Workday-Tenant", "cormoran"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(2), family="human_reply", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-03-11T14:00:00Z", end=None,
      contact="jmarchand@groupetalentis.ca", company="Vélocité Assurances",
      local="Wed 2026-03-11 10:00", zone=ET,
      note="Agency recruiter replies on top of the thread: 'c'est confirmé ... mercredi le 11 à 10 h'; mail "
           "sent Tue 3 Mar in EST but 11 Mar is after the 8 Mar switch, so EDT (UTC-4) -> 14:00Z; "
           "'environ une heure et demie' -> end null; company = the agency's client")
def _k02() -> bytes:
    when = "2026-03-03 16:40:12"
    body = t("""
        Super, c'est confirmé avec Vélocité pour mercredi le 11 à 10 h!

        C'est à leurs bureaux au 1200, avenue McGill College, 8e étage. Tu demandes Stéphane Roy à la réception (c'est lui le gestionnaire d'embauche, directeur Produits numériques). Prévois environ une heure et demie : il va y avoir un petit exercice de cas à faire sur place, rien de bien méchant, ils veulent surtout voir comment tu structures ta réflexion.

        Je t'appelle lundi pour qu'on se prépare un peu ensemble.

        Bonne soirée!

        Josée Marchand
        Conseillère principale en recrutement, TI et données
        Groupe Talentis
        514 555-0142 | jmarchand@groupetalentis.ca

        Le mar. 3 mars 2026, à 14 h 02, Geneviève Lapointe <genevieve.lapointe@example.org> a écrit :
        > Bonjour Josée,
        >
        > Merci! Mercredi 10 h serait parfait pour moi.
        >
        > Geneviève
        >
        > Le lun. 2 mars 2026, à 09 h 14, Josée Marchand <jmarchand@groupetalentis.ca> a écrit :
        >> Bonjour Geneviève,
        >>
        >> Bonne nouvelle : Vélocité Assurances aimerait te rencontrer pour le poste de Chef de produit, données. Ils me proposent deux plages :
        >>
        >> - mardi 10 mars à 13 h 30
        >> - mercredi 11 mars à 10 h
        >>
        >> Laquelle te convient le mieux?
        >>
        >> Josée
        """)
    hs = hdrs(addr("Josée Marchand", "jmarchand@groupetalentis.ca"),
              "Re: Vélocité Assurances - Chef de produit, données", when, ET,
              "<CAJm4r7Qx2vLw0=pN8kE1uTqB9sRz5Hc3dYfGa6oWmK2eVj4_nA@mail.gmail.com>", gsrc(41),
              extra=(("In-Reply-To", "<CAGl9Tq1c4Zb0xEw7m3KpFv2Rj8Yu6Nd5sHa1Lo0QiPzT3Wy9Xg@mail.gmail.com>"),
                     ("References", "<CAJm4r7Q0aa1b2FkW9sZp6vUe3n+Hy4Lq5Rt7cDg8xEoMj2NbVw@mail.gmail.com>\r\n"
                      " <CAGl9Tq1c4Zb0xEw7m3KpFv2Rj8Yu6Nd5sHa1Lo0QiPzT3Wy9Xg@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(K(3), family="google_calendar", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-02-26T19:00:00Z", end="2026-02-26T20:00:00Z",
      contact="mathieu.caron@lumiosante.com", company="Lumio Santé",
      local="Thu 2026-02-26 14:00", local_end="2026-02-26 15:00", zone=ET,
      note="Google Calendar invitation with a French UI; 'jeu. 26 févr. 2026 14:00 - 15:00 (HNE)' = EST, "
           "ICS in UTC 19:00Z-20:00Z; contact = ORGANIZER / Reply-To hiring manager")
def _k03() -> bytes:
    when = "2026-02-20 11:05:22"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260226T190000Z
        DTEND:20260226T200000Z
        DTSTAMP:20260220T160522Z
        ORGANIZER;CN=Mathieu Caron:mailto:mathieu.caron@lumiosante.com
        UID:5p2hq8kd0c3v7n1rj4tlm9a6fe@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Caron;X-NUM-GUESTS=0:mailto:mathieu.caron@lumiosante.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.lapointe@example.org;X-NUM-GUESTS=0:mailto:genevieve.lapointe@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah-Ève Bouchard;X-NUM-GUESTS=0:mailto:sarah-eve.bouchard@lumiosante.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qvd-ptxe-hbn
        CREATED:20260220T160519Z
        DESCRIPTION:Bonjour Geneviève\\,\\n\\nComme convenu avec Sarah-Ève\\, voici l'invitation pour notre première rencontre. On va parler de ton parcours\\, de l'équipe Produit et du poste d'analyste produit senior. Prévois une heure.\\n\\nAu plaisir\\,\\nMathieu\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticiper avec Google Meet : https://meet.google.com/qvd-ptxe-hbn\\n\\nEn savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\\n\\nVeuillez ne pas modifier cette section.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260220T160521Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevue – Analyste produit senior (Lumio Santé)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Vous avez été invité à l'événement suivant.

        Entrevue – Analyste produit senior (Lumio Santé)
        Jeudi 26 février 2026 ⋅ 14:00 – 15:00
        Heure normale de l’Est - Toronto

        Participer avec Google Meet
        https://meet.google.com/qvd-ptxe-hbn

        Bonjour Geneviève,

        Comme convenu avec Sarah-Ève, voici l'invitation pour notre première rencontre. On va parler de ton parcours, de l'équipe Produit et du poste d'analyste produit senior. Prévois une heure.

        Au plaisir,
        Mathieu

        Invités
        Mathieu Caron - organisateur
        genevieve.lapointe@example.org
        Sarah-Ève Bouchard

        Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NXAyaHE4a2QwYzN2N24xcmo0dGxtOWE2ZmUgZ2VuZXZpZXZlLmxhcG9pbnRlQGV4YW1wbGUub3Jn

        Répondre pour genevieve.lapointe@example.org : Oui (https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAy&rst=1) Non (https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAy&rst=2) Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAy&rst=3)

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez ce courriel, car vous êtes invité à l'événement. Pour ne plus recevoir de notifications pour cet événement, refusez-le. Le transfert de cette invitation pourrait permettre à tout destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste d'invités ou d'inviter d'autres personnes, qu'il ait reçu une invitation de l'organisateur ou non. En savoir plus : https://support.google.com/calendar/answer/37135#forwarding
        """)
    rich = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">Vous avez été invité à l'événement suivant.</div>
        <h2 style="font-weight:400;font-size:22px;color:#202124">Entrevue – Analyste produit senior (Lumio Santé)</h2>
        <div>Jeudi 26 février 2026 ⋅ 14:00 – 15:00<br><span style="color:#70757a">Heure normale de l’Est - Toronto</span></div>
        <p><a href="https://meet.google.com/qvd-ptxe-hbn" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a><br>meet.google.com/qvd-ptxe-hbn</p>
        <p>Bonjour Geneviève,<br><br>Comme convenu avec Sarah-Ève, voici l'invitation pour notre première rencontre. On va parler de ton parcours, de l'équipe Produit et du poste d'analyste produit senior. Prévois une heure.<br><br>Au plaisir,<br>Mathieu</p>
        <h3 style="font-size:14px">Invités</h3>
        <div>Mathieu Caron - organisateur<br>genevieve.lapointe@example.org<br>Sarah-Ève Bouchard</div>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda. Vous recevez ce courriel, car vous êtes invité à l'événement.</p>
        </body></html>
        """)
    hs = hdrs(addr("Mathieu Caron", "mathieu.caron@lumiosante.com"),
              "Invitation : Entrevue – Analyste produit senior (Lumio Santé) @ jeu. 26 févr. 2026 14:00 - 15:00 (HNE) "
              "(genevieve.lapointe@example.org)", when, ET,
              "<calendar-8e0b54a2-6c1f-4f0e-9d3b-2a7c91e5f4d6@google.com>", gsrc(69),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Mathieu Caron", "mathieu.caron@lumiosante.com"))))
    body = mixed(alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), html(rich),
                     calendar(ics, cte="base64")),
                 calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", cte="base64", name_param=True))
    return message(hs, body)


@mail(K(4), family="exchange", lang="en-CA", interview=True, kind="scheduled",
      start="2026-03-16T15:00:00Z", end="2026-03-16T16:00:00Z",
      contact="ryan.okafor@northgatelogistics.com", company="Northgate Logistics",
      local="Mon 2026-03-16 11:00", local_end="2026-03-16 12:00", zone=ET,
      note="Outlook/Exchange meeting request, TZID 'Eastern Standard Time'; 16 Mar is after the 8 Mar switch "
           "so 11:00 is EDT -> 15:00Z although the display name says (UTC-05:00); contact = organizer")
def _k04() -> bytes:
    when = "2026-03-10 13:22:48"
    note = t("""
        Hi Geneviève,

        Looking forward to chatting on Monday. Priyanka Sharma from our data platform team will join us for the second half, mostly to talk about our event pipeline and how the PM role works with her team.

        Talk soon,
        Ryan

        Ryan Okafor | Director, Product - Data Platform
        Northgate Logistics | 200 Bay Street, Suite 1800, Toronto ON
        ryan.okafor@northgatelogistics.com | 416-555-0193

        """) + teams(TEAMS_EN, "k04")
    desc = esc(note)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Ryan Okafor:mailto:ryan.okafor@northgatelogistics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.lapointe@example.org:mailto:genevieve.lapointe@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sharma:mailto:priyanka.sharma@northgatelogistics.com
        DESCRIPTION;LANGUAGE=en-US:{desc}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:Interview: Product Manager\\, Data Platform - Geneviève Lapointe
        DTSTART;TZID=Eastern Standard Time:20260316T110000
        DTEND;TZID=Eastern Standard Time:20260316T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260310T172248Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119430455
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams Meeting"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=make.VTZ["Eastern Standard Time"], desc=desc, uid=exchange_uid("k04"))
    rich = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
            + "".join(f"<p style=\"margin:0\">{ln or '&nbsp;'}</p>" for ln in note.split("\n"))
            + "</div></body></html>\n")
    hs = hdrs(addr("Ryan Okafor", "ryan.okafor@northgatelogistics.com"),
              "Interview: Product Manager, Data Platform - Geneviève Lapointe", when, ET,
              "<YT2PR01MB8841C0E2F7B14A4D9E3A61B5C7D2A@YT2PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YT3", 117),
              extra=(("Thread-Topic", "Interview: Product Manager, Data Platform - =?utf-8?q?Genevi=C3=A8ve?= Lapointe"),
                     ("Thread-Index", "AdywE3kQpLx9vTmURb6c1FzN0aHk2w=="),
                     ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", "no"), ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(note), html(rich), calendar(ics, cte="base64")))


@mail(K(5), family="calendly", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-03-23T14:00:00Z", end="2026-03-23T14:30:00Z",
      contact="karine.nguyen@baleinelabs.com", company="Baleine Labs",
      local="Mon 2026-03-23 10:00", local_end="2026-03-23 10:30", zone=ET,
      note="Calendly invitee confirmation in French, 'Heure de l'Est - États-Unis et Canada', 23 Mar = EDT -> "
           "14:00Z-14:30Z, ICS in UTC; contact = host (Reply-To / ORGANIZER); recruiter phone screen")
def _k05() -> bytes:
    when = "2026-03-18 20:47:09"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//FR
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a4f1c7e2-93bd-4b0a-8e6d-51c2f07a9b38@calendly.com
        DTSTAMP:20260319T004709Z
        DTSTART:20260323T140000Z
        DTEND:20260323T143000Z
        SUMMARY:Entrevue téléphonique – 30 min entre Karine Nguyen et Geneviève Lapointe
        DESCRIPTION:Événement : Entrevue téléphonique – 30 min\\n\\nKarine Nguyen t'appellera au numéro indiqué lors de la réservation.\\n\\nBesoin d'apporter des modifications à cet événement ?\\nAnnuler : https://calendly.com/cancellations/a4f1c7e2\\nReporter : https://calendly.com/reschedulings/a4f1c7e2
        LOCATION:+1 514-555-0176
        ORGANIZER;CN=Karine Nguyen:mailto:karine.nguyen@baleinelabs.com
        ATTENDEE;CN=Geneviève Lapointe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:genevieve.lapointe@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    rich = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Confirmé</title></head>
        <body style="background:#f6f8fa;margin:0;font-family:'Helvetica Neue',Arial,sans-serif;color:#1a1a1a">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:32px">
        <tr><td>
        <p style="font-size:16px">Bonjour Geneviève Lapointe,</p>
        <p style="font-size:16px">Votre Entrevue téléphonique – 30 min avec Karine Nguyen à 10:00 (Heure de l'Est - États-Unis et Canada) le lundi 23 mars 2026 est programmé(e).</p>
        <p style="font-weight:bold;margin-bottom:2px">Événement :</p><p style="margin-top:0">Entrevue téléphonique – 30 min</p>
        <p style="font-weight:bold;margin-bottom:2px">Date/heure de l'événement :</p><p style="margin-top:0">10:00 - lundi 23 mars 2026 (Heure de l'Est - États-Unis et Canada)</p>
        <p style="font-weight:bold;margin-bottom:2px">Lieu :</p><p style="margin-top:0">Karine Nguyen vous appellera au +1 514-555-0176</p>
        <p style="font-weight:bold;margin-bottom:2px">Description :</p><p style="margin-top:0">Un premier appel pour faire connaissance et te parler du poste de PM Données chez Baleine Labs. Aucune préparation nécessaire!</p>
        <p><a href="https://calendly.com/cancellations/a4f1c7e2">Annuler</a> &nbsp; <a href="https://calendly.com/reschedulings/a4f1c7e2">Reporter</a></p>
        <p style="font-size:12px;color:#666">Propulsé par Calendly.com</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = hdrs(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Entrevue téléphonique – 30 min avec Karine Nguyen le lundi 23 mars 2026", when, "UTC",
              "<0100018e54c1a7f3-2b7e41d9-6c0a-4f58-b1e3-8d92a7c5f016-000000@email.amazonses.com>",
              "from a48-92.smtp-out.amazonses.com (a48-92.smtp-out.amazonses.com [54.240.48.92])",
              extra=(("Reply-To", addr("Karine Nguyen", "karine.nguyen@baleinelabs.com")),))
    return message(hs, mixed(html(rich), calendar(ics, method="REQUEST", filename="invite.ics",
                                                   disposition="attachment", cte="base64", name_param=True)))


@mail(K(6), family="taleo", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-04-02T13:30:00Z", end="2026-04-02T15:00:00Z",
      contact="nathalie.gosselin@hydroboreal.qc.ca", company="Hydro-Boréal",
      local="Thu 2026-04-02 09:30", local_end="2026-04-02 11:00", zone=ET,
      note="Bilingual Taleo convocation (iso-8859-1), '9 h 30 (heure de l'Est)', 'Durée : 90 minutes' -> "
           "EDT 13:30Z-15:00Z; asks to confirm attendance but date, time and panel are fixed; contact = the "
           "talent advisor in the body")
def _k06() -> bytes:
    when = "2026-03-25 18:03:41"
    plain = t("""
        (English follows)

        Bonjour Geneviève Lapointe,

        Nous avons le plaisir de vous convoquer à une entrevue pour le poste d'Analyste principal(e), données et performance (réquisition 2600187).

        Date : le jeudi 2 avril 2026
        Heure : 9 h 30 (heure de l'Est)
        Durée : 90 minutes
        Lieu : Siège social d'Hydro-Boréal, 1500, boulevard René-Lévesque Ouest, 12e étage, Montréal (Québec) H3G 1T7
        Comité de sélection : Martin Dufresne, chef, Performance opérationnelle, et Nathalie Gosselin, conseillère en acquisition de talents

        L'entrevue comprend une mise en situation écrite de 20 minutes. Veuillez vous présenter à l'accueil 10 minutes avant l'heure prévue, muni(e) d'une pièce d'identité avec photo.

        Veuillez confirmer votre présence à Nathalie Gosselin, à nathalie.gosselin@hydroboreal.qc.ca ou au 514 555-0187. Communiquez aussi avec elle si vous avez besoin de mesures d'adaptation.

        Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.

        Hydro-Boréal - Acquisition de talents

        -----------------------------------------------------------------

        Hello Geneviève Lapointe,

        We are pleased to invite you to an interview for the position of Senior Analyst, Data and Performance (requisition 2600187).

        Date: Thursday, April 2, 2026
        Time: 9:30 a.m. (Eastern Time)
        Duration: 90 minutes
        Location: Hydro-Boréal head office, 1500 René-Lévesque Blvd. West, 12th floor, Montréal, Quebec H3G 1T7
        Selection board: Martin Dufresne, Manager, Operational Performance, and Nathalie Gosselin, Talent Acquisition Advisor

        The interview includes a 20-minute written exercise. Please report to reception 10 minutes before your interview with photo ID.

        Please confirm your attendance with Nathalie Gosselin at nathalie.gosselin@hydroboreal.qc.ca or 514-555-0187, and contact her if you require accommodation.

        This email was sent automatically. Please do not reply.

        Hydro-Boréal - Talent Acquisition
        """)
    rich = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body><font face=\"Arial\" size=\"2\">"
            + "<br>\n".join(plain.rstrip("\n").split("\n"))
            + "</font></body></html>\n")
    hs = hdrs(addr("Hydro-Boréal - Carrières", "hydroboreal@taleo.net", "iso-8859-1"),
              "Convocation à une entrevue / Invitation to an interview - Analyste principal(e), données et "
              "performance (2600187)", when, "UTC",
              "<1616417521.291874.1774461821093.JavaMail.taleo@tc-prd-ca2-mail04>",
              "from mail04.ca2.taleo.net (mail04.ca2.taleo.net [160.34.17.44])", charset="iso-8859-1",
              extra=(("X-Mailer", "Taleo Business Edition"),))
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(rich, charset="iso-8859-1")))


@mail(K(7), family="smartrecruiters", lang="en-CA", interview=True, kind="scheduled",
      start="2026-04-08T15:00:00Z", end="2026-04-08T16:00:00Z",
      contact="jenna.kowalski@tidewateranalytics.com", company="Tidewater Analytics",
      local="Wed 2026-04-08 08:00", local_end="2026-04-08 09:00", zone="America/Vancouver",
      note="SmartRecruiters confirmation from a Vancouver company: '8:00 AM - 9:00 AM (PDT)' -> 15:00Z-16:00Z "
           "(11 am in Montréal), ICS in UTC; contact = Reply-To recruiter")
def _k07() -> bytes:
    when = "2026-04-02 17:31:55"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-7f3b2c91-0d4e-4a88-b6f1-3e5a9c20d7b4
        DTSTAMP:20260403T003155Z
        DTSTART:20260408T150000Z
        DTEND:20260408T160000Z
        SUMMARY:Interview with Tidewater Analytics - Product Analyst II
        LOCATION:Zoom - https://tidewater.zoom.us/j/84120937561
        ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@tidewateranalytics.com
        ATTENDEE;CN=Geneviève Lapointe;RSVP=TRUE:mailto:genevieve.lapointe@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Tidewater Analytics

        Interview Confirmation

        Hi Geneviève,

        Your video interview for Product Analyst II has been confirmed. Here are the details:

        Wednesday, April 8, 2026
        8:00 AM - 9:00 AM (PDT)

        Location: Zoom - https://tidewater.zoom.us/j/84120937561 (Passcode: 550321)

        You will meet with:
        - Marcus Lee, Senior Product Manager
        - Anjali Deshpande, Analytics Lead

        We'll walk through your SQL assessment together, so have it handy. A calendar invitation is attached to this email.

        If anything changes on your side, just reply to this email.

        Best regards,
        Jenna Kowalski
        Talent Acquisition, Tidewater Analytics

        Powered by SmartRecruiters
        """)
    rich = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:auto;border:1px solid #e3e3e3">
        <div style="background:#005b7f;color:#fff;padding:16px;font-size:18px">Tidewater Analytics</div>
        <div style="padding:20px">
        <h2 style="font-weight:600;font-size:18px">Interview Confirmation</h2>
        <p>Hi Geneviève,</p>
        <p>Your video interview for <b>Product Analyst II</b> has been confirmed. Here are the details:</p>
        <p style="background:#f4f8fa;padding:12px"><b>Wednesday, April 8, 2026</b><br>8:00 AM - 9:00 AM (PDT)<br><br>Location: <a href="https://tidewater.zoom.us/j/84120937561">Zoom</a> (Passcode: 550321)</p>
        <p>You will meet with:</p><ul><li>Marcus Lee, Senior Product Manager</li><li>Anjali Deshpande, Analytics Lead</li></ul>
        <p>We'll walk through your SQL assessment together, so have it handy. A calendar invitation is attached to this email.</p>
        <p>If anything changes on your side, just reply to this email.</p>
        <p>Best regards,<br>Jenna Kowalski<br>Talent Acquisition, Tidewater Analytics</p>
        </div><div style="font-size:11px;color:#999;padding:10px 20px">Powered by SmartRecruiters</div></div>
        </body></html>
        """)
    hs = hdrs(addr("Tidewater Analytics", "no-reply@smartrecruiters.com"),
              "Interview Confirmation: Product Analyst II at Tidewater Analytics", when, "America/Vancouver",
              "<20260403003155.5e1f0a7c9b2d4e61@smartrecruiters.com>",
              "from mta-201.smartrecruiters.com (mta-201.smartrecruiters.com [52.18.104.201])",
              extra=(("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@tidewateranalytics.com")),))
    return message(hs, mixed(alt(text(plain), html(rich)),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(K(8), family="ms_bookings", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-04-21T17:30:00Z", end="2026-04-21T18:15:00Z",
      contact="julie.morin@groupeselenite.com", company="Groupe Sélénite",
      local="Tue 2026-04-21 13:30", local_end="2026-04-21 14:15", zone=ET,
      note="Microsoft Bookings confirmation (HTML only) in French; zone label '(UTC-05:00) Est (États-Unis et "
           "Canada)' shows the standard offset but 21 Apr is EDT -> 17:30Z-18:15Z, ICS agrees; Bookings "
           "mailbox is not a person, contact = the recruiter address in the body")
def _k08() -> bytes:
    when = "2026-04-15 09:48:30"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Entrevues Analytique:mailto:EntrevuesAnalytique@groupeselenite.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Lapointe:mailto:genevieve.lapointe@example.org
        DESCRIPTION;LANGUAGE=fr-CA:Entrevue de sélection – Analyste BI\\nAvec : Julie Morin\\n
        UID:{uid}
        SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection – Analyste BI
        DTSTART;TZID=Eastern Standard Time:20260421T133000
        DTEND;TZID=Eastern Standard Time:20260421T141500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260415T134830Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=make.VTZ["Eastern Standard Time"], uid=exchange_uid("k08"))
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:560px">
        <div style="font-size:20px;font-weight:600;margin-bottom:12px">Votre réservation est confirmée</div>
        <div>Bonjour Geneviève Lapointe,</div>
        <div style="margin:12px 0">Merci d'avoir réservé auprès de Groupe Sélénite. Voici les détails de votre rendez-vous.</div>
        <table cellpadding="6" style="border-top:1px solid #e1dfdd;width:100%;font-size:14px">
        <tr><td style="color:#605e5c;width:120px">Service</td><td>Entrevue de sélection – Analyste BI</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mardi 21 avril 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>13:30 - 14:15 (UTC-05:00) Est (États-Unis et Canada)</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Julie Morin</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams (le lien figure dans l'invitation jointe)</td></tr>
        </table>
        <div style="margin:16px 0">Pour toute question sur le processus de sélection, écrivez à Julie Morin, conseillère en acquisition de talents : <a href="mailto:julie.morin@groupeselenite.com">julie.morin@groupeselenite.com</a>.</div>
        <div><a href="https://outlook.office365.com/owa/calendar/EntrevuesAnalytique@groupeselenite.com/bookings/s/Kq3v9ZsAd0mW_RkL2x8n4A2/cancel">Annuler la réservation</a> | <a href="https://outlook.office365.com/owa/calendar/EntrevuesAnalytique@groupeselenite.com/bookings/s/Kq3v9ZsAd0mW_RkL2x8n4A2/reschedule">Replanifier</a></div>
        <div style="font-size:11px;color:#a19f9d;margin-top:20px">Microsoft Bookings</div>
        </div></body></html>
        """)
    hs = hdrs(addr("Entrevues Analytique", "EntrevuesAnalytique@groupeselenite.com"),
              "Réservation confirmée : Entrevue de sélection – Analyste BI", when, ET,
              "<YQBPR0101MB6630A17FD2C94E1B8F0E6C21D9B4A@YQBPR0101MB6630.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YQB", 62), extra=(("Content-Language", "fr-CA"),))
    return message(hs, mixed(html(rich), calendar(ics, cte="base64", filename="invite.ics",
                                                   disposition="attachment", name_param=True)))


@mail(K(9), family="human_reply", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-02-13T00:00:00Z", end=None,
      contact="olivier@pixelune.ca", company="Pixelune",
      local="Thu 2026-02-12 19:00", zone=ET,
      note="Hiring manager's short iPhone reply 'Ok parfait pour jeudi 19h'; Date Mon 9 Feb local -> Thu 12 "
           "Feb 19:00 EST = 00:00Z on the 13th (next UTC day); informal coffee interview for the PM job")
def _k09() -> bytes:
    when = "2026-02-09 21:13:40"
    body = t("""
        Ok parfait pour jeudi 19h au Café Olimpico sur St-Viateur! C'est moi qui paye le café 😉
        On va jaser du poste de PM, de l'équipe pis de comment on travaille. Rien de formel, apporte juste ta curiosité.

        Si jamais t'as un empêchement texte-moi au 438 555-0119

        Olivier

        Envoyé de mon iPhone

        > Le 9 févr. 2026 à 20:41, Geneviève Lapointe <genevieve.lapointe@example.org> a écrit :
        >
        > Bonjour Olivier,
        >
        > Merci pour ton retour rapide! Je suis dispo jeudi soir après 18 h si ça te va, sinon vendredi midi.
        >
        > Geneviève
        """)
    hs = hdrs(addr("Olivier Gagné", "olivier@pixelune.ca"), "Re: Poste de gestionnaire de produit - Pixelune",
              when, ET, "<7E2B9C41-5D0A-4F3E-A1B8-0C6D2E9F4A17@pixelune.ca>",
              "from mail-qt1-f172.google.com (mail-qt1-f172.google.com [209.85.160.172])",
              extra=(("In-Reply-To", "<CAGl9Tq0vX3bZ1eWq8n2LpM5kR7Yd4Hs6oJa9Ti0UfNc3Qw8Eh@mail.gmail.com>"),
                     ("References", "<CAGl9Tq0vX3bZ1eWq8n2LpM5kR7Yd4Hs6oJa9Ti0UfNc3Qw8Eh@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22D72)")))
    return message(hs, text(body))


@mail(K(10), family="lever", lang="en-CA", interview=True, kind="scheduled",
      start="2026-03-31T17:00:00Z", end="2026-03-31T19:30:00Z",
      contact="aisha.rahman@bluenosedata.ca", company="Bluenose Data Co.",
      local="Tue 2026-03-31 14:00", local_end="2026-03-31 16:30", zone="America/Halifax",
      note="Lever panel itinerary from a Halifax company in Atlantic time: three sessions 2:00-4:30 PM ADT "
           "(UTC-3) -> first start 17:00Z to last end 19:30Z; contact = Reply-To coordinator")
def _k10() -> bytes:
    when = "2026-03-25 12:16:04"
    plain = t("""
        Hi Geneviève,

        Thanks for making time for the Bluenose Data team! Your virtual panel for Senior Product Analyst is confirmed for Tuesday, March 31, 2026. All times below are Atlantic Daylight Time (ADT), one hour ahead of Montréal.

        2:00 PM - 2:45 PM ADT  |  Product sense with Callum Fraser (Head of Product)
        3:00 PM - 3:45 PM ADT  |  Analytics deep dive with Wei Zhang (Staff Data Scientist)
        4:00 PM - 4:30 PM ADT  |  Culture and values with Shauna MacIsaac (People Partner)

        All three sessions use the same Google Meet room: https://meet.google.com/bnd-xkqr-wfa

        There is a 15-minute break between the first two sessions and the last one. Feel free to grab a coffee.

        If you have any questions before Tuesday, reply to this email and it will come straight to me.

        Cheers,
        Aisha Rahman
        Recruiting Coordinator, Bluenose Data Co.
        1801 Hollis St, Halifax NS
        """)
    rich = t("""
        <html><body style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222">
        <p>Hi Geneviève,</p>
        <p>Thanks for making time for the Bluenose Data team! Your virtual panel for <b>Senior Product Analyst</b> is confirmed for <b>Tuesday, March 31, 2026</b>. All times below are Atlantic Daylight Time (ADT), one hour ahead of Montréal.</p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="background:#f2f5f7"><td>2:00 PM - 2:45 PM ADT</td><td>Product sense with Callum Fraser (Head of Product)</td></tr>
        <tr><td>3:00 PM - 3:45 PM ADT</td><td>Analytics deep dive with Wei Zhang (Staff Data Scientist)</td></tr>
        <tr style="background:#f2f5f7"><td>4:00 PM - 4:30 PM ADT</td><td>Culture and values with Shauna MacIsaac (People Partner)</td></tr>
        </table>
        <p>All three sessions use the same Google Meet room: <a href="https://meet.google.com/bnd-xkqr-wfa">meet.google.com/bnd-xkqr-wfa</a></p>
        <p>There is a 15-minute break between the first two sessions and the last one. Feel free to grab a coffee.</p>
        <p>If you have any questions before Tuesday, reply to this email and it will come straight to me.</p>
        <p>Cheers,<br>Aisha Rahman<br>Recruiting Coordinator, Bluenose Data Co.<br>1801 Hollis St, Halifax NS</p>
        <img src="https://hire.lever.co/email/open/5c2e9a71-bd04-4f7e-9a31-77d0e3b1c6f2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = hdrs(addr("Bluenose Data Co.", "no-reply@hire.lever.co"),
              "Your interview with Bluenose Data Co. is confirmed", when, "UTC",
              "<5c2e9a71-bd04-4f7e-9a31-77d0e3b1c6f2@hire.lever.co>",
              "from o7.email.lever.co (o7.email.lever.co [167.89.30.45])",
              extra=(("Reply-To", addr("Aisha Rahman", "aisha.rahman@bluenosedata.ca")),))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(11), family="greenhouse", lang="en-CA", interview=True, kind="scheduled",
      start="2026-04-09T13:30:00Z", end="2026-04-09T16:00:00Z",
      contact="devon.clarke@mapleledger.com", company="Maple Ledger",
      local="Thu 2026-04-09 09:30", local_end="2026-04-09 12:00", zone=ET,
      note="Greenhouse-relayed recruiter mail for an onsite final round in Toronto, '9:30am - 12:00pm EDT' -> "
           "13:30Z-16:00Z; sender is the greenhouse-mail.io relay, contact = Reply-To recruiter")
def _k11() -> bytes:
    when = "2026-03-31 15:52:19"
    plain = t("""
        Hi Geneviève,

        Thanks for sending in your case study, the team really liked your approach to the churn question. We'd love to have you in for the final round at our Toronto office:

        Thursday, April 9, 9:30am - 12:00pm EDT
        Maple Ledger, 155 Wellington St W, 14th floor (check in with security in the lobby, they'll have your name)

        Agenda:
        9:30  Case presentation (you present your take-home, ~20 min + Q&A) with Farah Siddiqui and Tom Beaulieu
        10:30  Working session with the Growth squad
        11:15  Chat with Ines Cardoso, VP Product

        We'll cover your travel from Montréal (train or flight, whatever works best, just keep your receipts). Let me know if you'd like help booking anything.

        Best,
        Devon

        Devon Clarke
        Senior Talent Partner | Maple Ledger
        """)
    hs = hdrs(addr("Devon Clarke", "no-reply@us.greenhouse-mail.io"),
              "Maple Ledger - Final round on Thursday, April 9", when, ET,
              "<fb8d3e0a1c7d4a2e9b6c5f40d1e7a823@us.greenhouse-mail.io>",
              "from mail-200.us.greenhouse-mail.io (mail-200.us.greenhouse-mail.io [168.245.41.200])",
              extra=(("Reply-To", addr("Devon Clarke", "devon.clarke@mapleledger.com")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(12), family="human_prose", lang="fr-FR", interview=True, kind="scheduled",
      start="2026-03-17T14:00:00Z", end="2026-03-17T14:45:00Z",
      contact="aurelie.dumas@clairvoie.fr", company="Clairvoie",
      local="Tue 2026-03-17 15:00", local_end="2026-03-17 15:45", zone="Europe/Paris",
      note="Paris recruiter (European French, 'entretien'): 'mardi 17 mars à 15h00 (heure de Paris), soit "
           "10h00 à Montréal'; 17 Mar Paris is still CET (UTC+1) while Montréal is already EDT, a 5-hour gap "
           "-> 14:00Z; 45 minutes -> end 14:45Z")
def _k12() -> bytes:
    when = "2026-03-12 17:20:33"
    plain = t("""
        Bonjour Geneviève,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien avec Thomas Leroy, Head of Data, le mardi 17 mars à 15h00 (heure de Paris), soit 10h00 à Montréal.

        L'entretien durera 45 minutes et se tiendra en visio sur Google Meet : https://meet.google.com/cvr-hmzt-pqe
        Thomas souhaite revenir sur vos expériences en analyse produit et vous présenter l'équipe Data de notre bureau de Montréal, qui ouvrira en septembre.

        N'hésitez pas à revenir vers moi si vous avez la moindre question.

        Bien cordialement,

        Aurélie Dumas
        Talent Acquisition Manager
        Clairvoie – 12 rue de la Chaussée-d'Antin, 75009 Paris
        +33 1 84 60 27 15
        """)
    rich = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in plain.rstrip('\n').split("\n"))
            + "</div></body></html>\n")
    hs = hdrs(addr("Aurélie Dumas", "aurelie.dumas@clairvoie.fr"),
              "Entretien Clairvoie – Head of Data – mardi 17 mars", when, "Europe/Paris",
              "<PR3P192MB0871B2E5C14F7D9A3E60C8F1A2D7B@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com"
              " [40.107.20.112])",
              extra=(("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("Thread-Topic", "Entretien Clairvoie =?utf-8?q?=E2=80=93?= Head of Data"),
                     ("Thread-Index", "AdyyLk3fWq0P8xRmTe6Nc2aVb1Yh7g==")))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-03-26T17:00:00Z", end=None,
      contact="mariana.rios@altamiradatos.mx", company="Grupo Altamira Datos",
      local="Thu 2026-03-26 11:00", zone="America/Mexico_City",
      note="Mexico City recruiter in Spanish: 'jueves 26 de marzo, 11:00 hrs, hora del centro de México'; "
           "CDMX has no DST since 2022 (UTC-6) -> 17:00Z; 'duración aproximada de una hora' -> end null")
def _k13() -> bytes:
    when = "2026-03-20 13:40:27"
    plain = t("""
        Hola Geneviève:

        ¡Gracias por tu tiempo en la llamada del martes! Te confirmo tu entrevista con Rodrigo Salinas, Gerente de Producto, para la vacante de Analista de Producto Sr. (remoto, Canadá):

        📅 Jueves 26 de marzo
        🕚 11:00 hrs, hora del centro de México (CDMX)
        💻 Zoom: https://altamiradatos.zoom.us/j/91827364510?pwd=RmVUcWp2

        La duración aproximada es de una hora. Rodrigo te va a pedir que le platiques de algún proyecto donde hayas definido métricas de producto, así que ve pensando en un ejemplo.

        Cualquier duda, quedo a tus órdenes.

        Saludos cordiales,

        Mariana Ríos
        Reclutamiento | Grupo Altamira Datos
        Av. Paseo de la Reforma 296, Piso 11, Col. Juárez, CDMX
        """)
    hs = hdrs(addr("Mariana Ríos", "mariana.rios@altamiradatos.mx"),
              "Confirmación de entrevista – Analista de Producto Sr.", when, "America/Mexico_City",
              "<CAF3x9Qm2Lv0Hn8pZ4sWdR7eYc1Kb5TgUj6oNa0Xi3Mq9EfB2w@mail.gmail.com>", gsrc(53))
    return message(hs, alt(text(plain, cte="base64"), html(gmail_html(plain), cte="base64")))


@mail(K(14), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-04-15T14:00:00Z", end="2026-04-15T15:00:00Z",
      contact="jonas.albrecht@funkelwerk.de", company="Funkelwerk GmbH",
      local="Wed 2026-04-15 16:00", local_end="2026-04-15 17:00", zone="Europe/Berlin",
      note="Google Calendar invitation in German from a Berlin organizer: 'Mi. 15. Apr. 2026 16:00 - 17:00 "
           "(MESZ)' = CEST (UTC+2) -> 14:00Z-15:00Z (10 am in Montréal); ICS in UTC; contact = ORGANIZER")
def _k14() -> bytes:
    when = "2026-04-09 10:12:51"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260415T140000Z
        DTEND:20260415T150000Z
        DTSTAMP:20260409T081251Z
        ORGANIZER;CN=Jonas Albrecht:mailto:jonas.albrecht@funkelwerk.de
        UID:1tq7v0m3k8c2h5r9dnb4e6af0s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Albrecht;X-NUM-GUESTS=0:mailto:jonas.albrecht@funkelwerk.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hoffmann;X-NUM-GUESTS=0:mailto:lena.hoffmann@funkelwerk.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.lapointe@example.org;X-NUM-GUESTS=0:mailto:genevieve.lapointe@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/fwk-tnzb-qor
        CREATED:20260409T081248Z
        DESCRIPTION:Hallo Geneviève\\,\\n\\nwie am Telefon besprochen\\, hier die Einladung zum zweiten Gespräch mit Lena (Head of Product) und mir. Wir sprechen auf Englisch. Ich habe 16 Uhr unserer Zeit gewählt\\, das sollte für dich 10 Uhr morgens sein.\\n\\nViele Grüße\\nJonas\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nMit Google Meet teilnehmen: https://meet.google.com/fwk-tnzb-qor\\n\\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\\n\\nBitte bearbeiten Sie diesen Abschnitt nicht.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260409T081250Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch Product Analyst (Remote\\, Kanada) – Geneviève Lapointe
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Product Analyst (Remote, Kanada) – Geneviève Lapointe
        Mittwoch, 15. April 2026 ⋅ 16:00 – 17:00
        Mitteleuropäische Zeit - Berlin

        Mit Google Meet teilnehmen
        https://meet.google.com/fwk-tnzb-qor

        Hallo Geneviève,

        wie am Telefon besprochen, hier die Einladung zum zweiten Gespräch mit Lena (Head of Product) und mir. Wir sprechen auf Englisch. Ich habe 16 Uhr unserer Zeit gewählt, das sollte für dich 10 Uhr morgens sein.

        Viele Grüße
        Jonas

        Gäste
        Jonas Albrecht - Organisator
        Lena Hoffmann
        genevieve.lapointe@example.org

        Alle Gastinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=MXRxN3YwbTNrOGMyaDVyOWRuYjRlNmFmMHM

        Antworten für genevieve.lapointe@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&eid=MXRx&rst=1) Nein (https://calendar.google.com/calendar/event?action=RESPOND&eid=MXRx&rst=2) Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&eid=MXRx&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Lehnen Sie den Termin ab, um keine weiteren Updates zu erhalten.
        """)
    hs = hdrs(addr("Jonas Albrecht", "jonas.albrecht@funkelwerk.de"),
              "Einladung: Vorstellungsgespräch Product Analyst (Remote, Kanada) – Geneviève Lapointe @ Mi. 15. Apr. "
              "2026 16:00 - 17:00 (MESZ) (genevieve.lapointe@example.org)", when, "Europe/Berlin",
              "<calendar-d47a19e3-0b52-4c8f-a6e1-93f25b70c4e8@google.com>", gsrc(73),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Jonas Albrecht", "jonas.albrecht@funkelwerk.de"))))
    body = mixed(alt(text(plain, cte="base64"), html(gmail_html(plain)), calendar(ics, cte="base64")),
                 calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", cte="base64", name_param=True))
    return message(hs, body)


@mail(K(15), family="forward_to_self", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-04-14T15:00:00Z", end="2026-04-14T16:00:00Z",
      contact="simon.tremblay@nordika.ca", company="Nordika",
      local="Tue 2026-04-14 11:00", local_end="2026-04-14 12:00", zone=ET,
      note="Candidate forwards (Outlook.com 'TR :') a recruiter confirmation from her old address to herself: "
           "'mardi 14 avril à 11 h ... durera une heure' -> EDT 15:00Z-16:00Z; contact = the recruiter in the "
           "forwarded header block, never the candidate")
def _k15() -> bytes:
    when = "2026-04-06 19:40:15"
    plain = t("""
        à mettre dans mon agenda!! + relire l'offre avant

        ________________________________
        De : Simon Tremblay <simon.tremblay@nordika.ca>
        Envoyé : 6 avril 2026 15:02
        À : gen.lapointe88@example.net <gen.lapointe88@example.net>
        Objet : Entrevue – Analyste principal, intelligence d'affaires

        Bonjour Geneviève,

        Tel que discuté au téléphone tout à l'heure, je vous confirme notre rencontre le mardi 14 avril à 11 h, à nos bureaux du 4200, boulevard Saint-Laurent, bureau 600 (métro Mont-Royal).

        Vous rencontrerez Isabelle Nadeau, directrice Intelligence d'affaires, et moi-même. La rencontre durera une heure.

        Au plaisir,

        Simon Tremblay, CRHA
        Partenaire d'affaires RH | Nordika
        simon.tremblay@nordika.ca
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
        <div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">à mettre dans mon agenda!! + relire l'offre avant</div>
        <div id="appendonsend"></div>
        <hr style="display:inline-block;width:98%" tabindex="-1">
        <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De :</b> Simon Tremblay &lt;simon.tremblay@nordika.ca&gt;<br><b>Envoyé :</b> 6 avril 2026 15:02<br><b>À :</b> gen.lapointe88@example.net &lt;gen.lapointe88@example.net&gt;<br><b>Objet :</b> Entrevue – Analyste principal, intelligence d'affaires</font>
        <div>&nbsp;</div></div>
        <div>
        <p>Bonjour Geneviève,</p>
        <p>Tel que discuté au téléphone tout à l'heure, je vous confirme notre rencontre le mardi 14 avril à 11 h, à nos bureaux du 4200, boulevard Saint-Laurent, bureau 600 (métro Mont-Royal).</p>
        <p>Vous rencontrerez Isabelle Nadeau, directrice Intelligence d'affaires, et moi-même. La rencontre durera une heure.</p>
        <p>Au plaisir,</p>
        <p>Simon Tremblay, CRHA<br>Partenaire d'affaires RH | Nordika<br>simon.tremblay@nordika.ca</p>
        </div></body></html>
        """)
    hs = hdrs(addr(ME_NAME, "gen.lapointe88@example.net"),
              "TR: Entrevue – Analyste principal, intelligence d'affaires", when, ET,
              "<DM6PR10MB4170E4B3A9C2D7F81C0B5E62A4D9F@DM6PR10MB4170.namprd10.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12olkn2041.outbound.protection.outlook.com"
              " [40.92.22.41])",
              extra=(("Content-Language", "fr-CA"),
                     ("Thread-Topic", "Entrevue =?utf-8?q?=E2=80=93?= Analyste principal, intelligence d'affaires")))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(16), family="bamboohr", lang="fr-CA", interview=True, kind="scheduled",
      start="2026-04-20T16:00:00Z", end="2026-04-20T16:45:00Z",
      contact="marc-andre.picard@studiocaribou.ca", company="Studio Caribou",
      local="Mon 2026-04-20 12:00", local_end="2026-04-20 12:45", zone=ET,
      note="BambooHR candidate e-mail (HTML only): 'lundi 20 avril à midi (12 h), heure de l'Est ... 45 "
           "minutes' -> EDT 16:00Z-16:45Z; contact = Reply-To hiring manager")
def _k16() -> bytes:
    when = "2026-04-14 14:26:02"
    rich = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:15px;color:#38312f;background:#f4f4f4;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:28px 32px">
        <img src="https://studiocaribou.bamboohr.com/logos/caribou_logo.png" alt="Studio Caribou" width="140">
        <p>Bonjour Geneviève,</p>
        <p>Merci encore pour votre intérêt envers le poste de <strong>Gestionnaire de produit – Données joueurs</strong>. Après la lecture de votre dossier, on aimerait beaucoup vous rencontrer!</p>
        <p>Je vous confirme donc une entrevue le <strong>lundi 20 avril à midi (12 h), heure de l'Est</strong>, par Google Meet : <a href="https://meet.google.com/sjc-wqpd-krn">meet.google.com/sjc-wqpd-krn</a>. Prévoyez 45 minutes.</p>
        <p>Seront présents : moi-même et Roxanne Bélanger, directrice technique.</p>
        <p>Au plaisir de vous parler,</p>
        <p>Marc-André Picard<br>Directeur, Produit<br>Studio Caribou, Québec</p>
        <hr style="border:none;border-top:1px solid #e8e8e8">
        <p style="font-size:12px;color:#8a8a8a">Ce message vous a été envoyé par Studio Caribou au moyen de BambooHR. Vous pouvez répondre directement à ce courriel.</p>
        </div></body></html>
        """)
    hs = hdrs(addr("Marc-André Picard (Studio Caribou)", "noreply@bamboohr.com"),
              "Entrevue – Gestionnaire de produit, Données joueurs", when, ET,
              "<20260414182602.4c71f3a9e8d2b105@bamboohr.com>",
              "from mail-sender-11.bamboohr.com (mail-sender-11.bamboohr.com [54.149.122.11])",
              extra=(("Reply-To", addr("Marc-André Picard", "marc-andre.picard@studiocaribou.ca")),))
    return message(hs, html(rich))


# --------------------------------------------------------------------------- rescheduled


@mail(K(17), family="human_prose", lang="fr-FR", interview=True, kind="rescheduled",
      start="2026-03-19T14:00:00Z", end="2026-03-19T14:45:00Z",
      contact="aurelie.dumas@clairvoie.fr", company="Clairvoie",
      local="Thu 2026-03-19 15:00", local_end="2026-03-19 15:45", zone="Europe/Paris",
      note="Paris recruiter moves the interview: 'au jeudi 19 mars, toujours à 15h (heure de Paris)', same "
           "45-minute length as the quoted original -> CET 14:00Z-14:45Z; old time (17 Mar) only in the quote")
def _k17() -> bytes:
    when = "2026-03-16 09:05:48"
    plain = t("""
        Bonjour Geneviève,

        Thomas a malheureusement un comité de direction qui vient d'être avancé à mardi après-midi. Je me permets donc de décaler votre entretien au jeudi 19 mars, toujours à 15h (heure de Paris), soit 10h pour vous. Même durée, même lien Meet.

        Toutes mes excuses pour ce changement de dernière minute, et merci pour votre souplesse !

        Bien cordialement,

        Aurélie Dumas
        Talent Acquisition Manager
        Clairvoie – 12 rue de la Chaussée-d'Antin, 75009 Paris

        De : Aurélie Dumas <aurelie.dumas@clairvoie.fr>
        Envoyé : jeudi 12 mars 2026 17:20
        À : Geneviève Lapointe <genevieve.lapointe@example.org>
        Objet : Entretien Clairvoie – Head of Data – mardi 17 mars

        Bonjour Geneviève,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien avec Thomas Leroy, Head of Data, le mardi 17 mars à 15h00 (heure de Paris), soit 10h00 à Montréal.

        L'entretien durera 45 minutes et se tiendra en visio sur Google Meet : https://meet.google.com/cvr-hmzt-pqe
        """)
    rich = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in plain.rstrip('\n').split("\n"))
            + "</div></body></html>\n")
    hs = hdrs(addr("Aurélie Dumas", "aurelie.dumas@clairvoie.fr"),
              "RE: Entretien Clairvoie – Head of Data – mardi 17 mars", when, "Europe/Paris",
              "<PR3P192MB0871D9C0A4E2B6F713E5A8C0B1F4E@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2119.outbound.protection.outlook.com"
              " [40.107.20.119])",
              extra=(("In-Reply-To", "<PR3P192MB0871B2E5C14F7D9A3E60C8F1A2D7B@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>"),
                     ("References", "<PR3P192MB0871B2E5C14F7D9A3E60C8F1A2D7B@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>"),
                     ("Content-Language", "fr-FR"),
                     ("Thread-Topic", "Entretien Clairvoie =?utf-8?q?=E2=80=93?= Head of Data"),
                     ("Thread-Index", "AdyyLk3fWq0P8xRmTe6Nc2aVb1Yh7gCJ4qTw")))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(18), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
      start="2026-03-13T18:30:00Z", end="2026-03-13T19:30:00Z",
      contact="colleen.berg@prairieskyinsurance.ca", company="Prairie Sky Insurance",
      local="Fri 2026-03-13 12:30", local_end="2026-03-13 13:30", zone="America/Edmonton",
      note="Calgary recruiter moves the final round: 'Friday, March 13 at 12:30 MT (2:30 your time)', 'still "
           "60 minutes'; both zones already on daylight time (MDT UTC-6) -> 18:30Z-19:30Z; old Thursday slot "
           "in the quoted mail")
def _k18() -> bytes:
    when = "2026-03-09 10:15:27"
    plain = t("""
        Hi Geneviève,

        Apologies for the shuffle! Our Director of Analytics got pulled into board prep on Thursday, so we've moved your final round to Friday, March 13 at 12:30 MT (2:30 your time). Still 60 minutes, still on Teams, and the same panel. I've sent an updated invite, the old one should disappear from your calendar.

        Thanks for being flexible,
        Colleen

        Colleen Berg
        Talent Acquisition Specialist | Prairie Sky Insurance
        Calgary, AB | 403-555-0128

        From: Colleen Berg
        Sent: Wednesday, March 4, 2026 3:12 PM
        To: Geneviève Lapointe <genevieve.lapointe@example.org>
        Subject: Final interview - Prairie Sky Insurance

        Hi Geneviève,

        Great news, the team would like to move you to the final round for the Senior Pricing Analyst role. We have you booked for Thursday, March 12 at 1:00 PM MT with Glen Halvorsen (Director of Analytics) and Rupinder Gill (Actuarial Manager). It'll be 60 minutes on Teams.

        Colleen
        """)
    hs = hdrs(addr("Colleen Berg", "colleen.berg@prairieskyinsurance.ca"),
              "RE: Final interview - Prairie Sky Insurance", when, "America/Edmonton",
              "<YT3PR01MB5927A0C4E1D86B9F2E7C3A5D08B1F@YT3PR01MB5927.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YT3", 124),
              extra=(("In-Reply-To", "<YT3PR01MB592745D1F0E2A3C96B8D7E40C5A2F@YT3PR01MB5927.CANPRD01.PROD.OUTLOOK.COM>"),
                     ("References", "<YT3PR01MB592745D1F0E2A3C96B8D7E40C5A2F@YT3PR01MB5927.CANPRD01.PROD.OUTLOOK.COM>"),
                     ("Thread-Topic", "Final interview - Prairie Sky Insurance")))
    return message(hs, text(plain, charset="windows-1252"))


@mail(K(19), family="workable", lang="en-CA", interview=True, kind="rescheduled",
      start="2026-04-22T19:30:00Z", end="2026-04-22T20:15:00Z",
      contact=None, company="Beacon Freight Technologies",
      local="Wed 2026-04-22 15:30", local_end="2026-04-22 16:15", zone=ET,
      note="Workable reschedule notice: new 'Wed, Apr 22, 2026 3:30 PM - 4:15 PM EDT' -> 19:30Z-20:15Z, old "
           "Tue 21 Apr also shown; ICS SEQUENCE:1 in UTC; Reply-To and ORGANIZER are Workable relay "
           "addresses, no personal address -> contact null")
def _k19() -> bytes:
    when = "2026-04-17 18:02:44"
    relay = "beacon-freight-technologies+c9a7f1e2b4@candidates.workablemail.com"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-4418273-c9a7f1e2b4
        SEQUENCE:1
        DTSTAMP:20260417T180244Z
        DTSTART:20260422T193000Z
        DTEND:20260422T201500Z
        SUMMARY:Interview: Product Analyst - Beacon Freight Technologies
        DESCRIPTION:Video interview with Priscilla Doan (Analytics Manager).\\nJoin: https://beaconfreight.whereby.com/interviews-pa
        LOCATION:https://beaconfreight.whereby.com/interviews-pa
        ORGANIZER;CN=Beacon Freight Technologies:mailto:{relay}
        ATTENDEE;CN=Geneviève Lapointe;RSVP=TRUE:mailto:genevieve.lapointe@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).format(relay=relay)
    plain = t("""
        Hi Geneviève,

        Your interview for Product Analyst at Beacon Freight Technologies has been rescheduled.

        New time
        Wed, Apr 22, 2026 3:30 PM - 4:15 PM EDT

        Previous time
        Tue, Apr 21, 2026 10:00 AM - 10:45 AM EDT (cancelled)

        Interviewer: Priscilla Doan, Analytics Manager
        Where: https://beaconfreight.whereby.com/interviews-pa

        An updated calendar invitation is attached.

        Beacon Freight Technologies
        Ottawa, ON

        Sent via Workable
        """)
    hs = hdrs(addr("Beacon Freight Technologies", "noreply@candidates.workablemail.com"),
              "Interview rescheduled: Product Analyst at Beacon Freight Technologies", when, "UTC",
              "<20260417180244.e41b7a2d90c3@candidates.workablemail.com>",
              "from mail-a3.workablemail.com (mail-a3.workablemail.com [50.31.36.203])",
              extra=(("Reply-To", addr("Beacon Freight Technologies", relay)),))
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


@mail(K(20), family="human_reply", lang="fr-CA", interview=True, kind="rescheduled",
      start="2026-04-30T18:00:00Z", end=None,
      contact="catherine.paquette@borealisenergie.ca", company="Boréalis Énergie",
      local="Thu 2026-04-30 14:00", zone=ET,
      note="Hiring manager's short note 'déplacer notre rencontre de mercredi à jeudi, même heure (14 h)'; "
           "Date Mon 27 Apr -> Thu 30 Apr 14:00 EDT = 18:00Z; the quoted original says Wed 29 Apr; the new "
           "message states no length -> end null")
def _k20() -> bytes:
    when = "2026-04-27 08:52:10"
    plain = t("""
        Bonjour Geneviève,

        Petit changement de plan : on doit déplacer notre rencontre de mercredi à jeudi, même heure (14 h). Notre PDG a convoqué tous les directeurs mercredi après-midi... Désolée pour le court préavis! Je t'envoie la nouvelle invitation Teams dans la matinée.

        Catherine

        Catherine Paquette
        Directrice, Planification et analytique
        Boréalis Énergie

        De : Catherine Paquette <catherine.paquette@borealisenergie.ca>
        Envoyé : 21 avril 2026 10:05
        À : Geneviève Lapointe <genevieve.lapointe@example.org>
        Objet : Entrevue – Analyste de données, Planification

        Bonjour Geneviève,

        Merci pour votre candidature. Je vous confirme une entrevue le mercredi 29 avril à 14 h, par Teams. Durée : 1 h. Vous rencontrerez aussi Benoît Lacasse, analyste principal dans mon équipe.

        Cordialement,
        Catherine Paquette
        """)
    hs = hdrs(addr("Catherine Paquette", "catherine.paquette@borealisenergie.ca"),
              "RE: Entrevue – Analyste de données, Planification", when, ET,
              "<YQXPR01MB3312F7A0C9E54B1D26E8F3A07C4B9@YQXPR01MB3312.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YQX", 88),
              extra=(("In-Reply-To", "<YQXPR01MB33120B4E8D1F7C26A9E3F5B14D0C7@YQXPR01MB3312.CANPRD01.PROD.OUTLOOK.COM>"),
                     ("References", "<YQXPR01MB33120B4E8D1F7C26A9E3F5B14D0C7@YQXPR01MB3312.CANPRD01.PROD.OUTLOOK.COM>"),
                     ("Content-Language", "fr-CA")))
    rich = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
            + "<br>\n".join(plain.rstrip("\n").split("\n")) + "</div></body></html>\n")
    return message(hs, alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- cancelled


@mail(K(21), family="google_calendar", lang="fr-CA", interview=True, kind="cancelled",
      start="2026-03-17T17:30:00Z", end="2026-03-17T18:30:00Z",
      contact="sarah-eve.bouchard@lumiosante.com", company="Lumio Santé",
      local="Tue 2026-03-17 13:30", local_end="2026-03-17 14:30", zone=ET,
      note="Google Calendar cancellation with a French UI, METHOD:CANCEL; 'mar. 17 mars 2026 13:30 - 14:30 "
           "(HAE)' = EDT -> 17:30Z-18:30Z (the cancelled slot); organizer's note says the role was filled "
           "internally; contact = ORGANIZER")
def _k21() -> bytes:
    when = "2026-03-12 15:31:06"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260317T173000Z
        DTEND:20260317T183000Z
        DTSTAMP:20260312T193106Z
        ORGANIZER;CN=Sarah-Ève Bouchard:mailto:sarah-eve.bouchard@lumiosante.com
        UID:0c7mbq2n5f8t1r4vkd9ah3e6lp@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=genevieve.lapointe@example.org;X-NUM-GUESTS=0:mailto:genevieve.lapointe@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Caron;X-NUM-GUESTS=0:mailto:mathieu.caron@lumiosante.com
        CREATED:20260303T141500Z
        DESCRIPTION:
        LAST-MODIFIED:20260312T193105Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevue technique – Analyste produit senior
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entrevue technique – Analyste produit senior
        Mardi 17 mars 2026 ⋅ 13:30 – 14:30
        Heure avancée de l’Est - Toronto

        Message de l'organisateur :
        Bonjour Geneviève, je suis vraiment désolée, mais nous devons annuler l'entrevue technique de mardi : le poste vient d'être comblé à l'interne. Je t'écris plus en détail d'ici demain. Sarah-Ève

        Invités
        Sarah-Ève Bouchard - organisatrice
        genevieve.lapointe@example.org
        Mathieu Caron

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez ce courriel, car vous êtes invité à l'événement.
        """)
    hs = hdrs(addr("Sarah-Ève Bouchard", "sarah-eve.bouchard@lumiosante.com"),
              "Événement annulé : Entrevue technique – Analyste produit senior @ mar. 17 mars 2026 13:30 - 14:30 "
              "(HAE) (genevieve.lapointe@example.org)", when, ET,
              "<calendar-3b91e0d4-7a2c-4f65-8e1b-c05d92a7f3e1@google.com>", gsrc(70),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Sarah-Ève Bouchard", "sarah-eve.bouchard@lumiosante.com"))))
    body = mixed(alt(text(plain, cte="base64"), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", cte="base64", name_param=True))
    return message(hs, body)


@mail(K(22), family="human_prose", lang="en-CA", interview=True, kind="cancelled",
      start="2026-04-02T15:30:00Z", end=None,
      contact="nadia.kassab@harbourfrontmedia.ca", company="Harbourfront Media",
      local="Thu 2026-04-02 11:30", zone=ET,
      note="Recruiter cancels 'tomorrow's 11:30 interview' (req on hold); Date Wed 1 Apr 09:10 EDT -> Thu 2 "
           "Apr 11:30 EDT = 15:30Z; no new time")
def _k22() -> bytes:
    when = "2026-04-01 09:10:55"
    plain = t("""
        Hi Geneviève,

        I'm really sorry to do this on short notice, but we need to cancel tomorrow's 11:30 interview with Mark. Our Q2 budget was cut back on Monday and the Product Analyst req is officially on hold until at least the summer.

        This has nothing to do with you. Mark was genuinely looking forward to meeting you, and if the role reopens you'll be the first person I call. I'll also keep you in mind for anything else that comes up on the data side.

        Again, my apologies. I know you had moved things around for this.

        Nadia

        Nadia Kassab | Talent Acquisition Lead
        Harbourfront Media | Toronto
        """)
    hs = hdrs(addr("Nadia Kassab", "nadia.kassab@harbourfrontmedia.ca"),
              "Tomorrow's interview", when, ET,
              "<CAH7pWx0Fq9bN2eTz4Lk8mRc1Vy6Ud3Sg5oJa7Xi0Pn2KwE4hQ@mail.gmail.com>", gsrc(47))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(23), family="exchange", lang="en-CA", interview=True, kind="cancelled",
      start="2026-03-25T18:00:00Z", end="2026-03-25T19:00:00Z",
      contact="ryan.okafor@northgatelogistics.com", company="Northgate Logistics",
      local="Wed 2026-03-25 14:00", local_end="2026-03-25 15:00", zone=ET,
      note="Exchange cancellation (METHOD:CANCEL, TZID 'Eastern Standard Time') of the round-2 interview: "
           "25 Mar 14:00-15:00 EDT -> 18:00Z-19:00Z; the note also says they chose another candidate; "
           "contact = organizer")
def _k23() -> bytes:
    when = "2026-03-20 16:45:31"
    note = t("""
        Hi Geneviève,

        I wanted to let you know personally before this hits your calendar: we've decided to move forward with another candidate whose background is closer to our freight-pricing work, so I'm cancelling our second conversation on Wednesday.

        I really enjoyed our chat on Monday and I'd be glad to stay in touch. I'll reach out if something opens up on the analytics side.

        All the best,
        Ryan
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Ryan Okafor:mailto:ryan.okafor@northgatelogistics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=genevieve.lapointe@example.org:mailto:genevieve.lapointe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Marco Rinaldi:mailto:marco.rinaldi@northgatelogistics.com
        DESCRIPTION;LANGUAGE=en-US:{desc}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:Canceled: Round 2 - Product Manager\\, Data Platform (Geneviève Lapointe)
        DTSTART;TZID=Eastern Standard Time:20260325T140000
        DTEND;TZID=Eastern Standard Time:20260325T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260320T204531Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119587734
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=make.VTZ["Eastern Standard Time"], desc=esc(note), uid=exchange_uid("k23"))
    rich = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
            + "".join(f"<p style=\"margin:0\">{ln or '&nbsp;'}</p>" for ln in note.rstrip('\n').split("\n"))
            + "</div></body></html>\n")
    hs = hdrs(addr("Ryan Okafor", "ryan.okafor@northgatelogistics.com"),
              "Canceled: Round 2 - Product Manager, Data Platform (Geneviève Lapointe)", when, ET,
              "<YT2PR01MB88417A3E5C0D2F9B41E6C8A0D7F3B@YT2PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YT3", 131),
              extra=(("Thread-Topic", "Round 2 - Product Manager, Data Platform (=?utf-8?q?Genevi=C3=A8ve?= Lapointe)"),
                     ("Thread-Index", "AdyxR2pLkT0vQe9ZSm6W4bNc8FyH1gAAB3xQ"), ("Importance", "high"),
                     ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note), html(rich), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(K(24), family="application_ack", lang="en-CA", interview=False, company="Cormoran Financial",
      note="Workday application receipt; 'will contact you to schedule an interview' is conditional")
def _k24() -> bytes:
    when = "2026-02-10 14:02:11"
    plain = t("""
        Dear Geneviève,

        Thank you for applying for the Senior Data Analyst, Payments (R-004512) position at Cormoran Financial. We have received your application and our Talent Acquisition team is currently reviewing it.

        If your qualifications match the requirements of the role, a member of our team will contact you to schedule an interview. Due to the volume of applications we receive, we are only able to contact candidates selected to move forward.

        You can track the status of your application in Candidate Home:
        https://wd3.myworkdaysite.com/en-US/recruiting/cormoran/External/userHome

        Thank you for your interest in building your career with us.

        Talent Acquisition
        Cormoran Financial

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
        """)
    rich = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            "<div style=\"background:#0b3d5c;color:#fff;padding:16px;font-weight:bold\">Cormoran Financial</div>"
            "<div style=\"padding:16px\">" + "<br>\n".join(plain.rstrip("\n").split("\n")) + "</div></body></html>\n")
    hs = hdrs(addr("Cormoran Financial", "cormoran@myworkday.com"),
              "Thank you for applying - Senior Data Analyst, Payments (R-004512)", when, "UTC",
              "<1932511083.39102.1770732131554@wd3-prod-ca-mta01.myworkday.com>",
              "from wd3-prod-ca-mta01.myworkday.com (wd3-prod-ca-mta01.myworkday.com [198.54.112.37])",
              extra=(("X-Workday-Tenant", "cormoran"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(plain), html(rich)))


@mail(K(25), family="rejection", lang="en-CA", interview=False, company="Cormoran Financial",
      note="Workday rejection after the interview (HTML only); mentions 'the time you took to interview'")
def _k25() -> bytes:
    when = "2026-03-12 20:44:09"
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <tr><td style="background:#0b3d5c;padding:18px 24px;color:#fff;font-size:18px;font-weight:bold">Cormoran Financial</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Geneviève,</p>
        <p>Thank you for the time you took to interview with us for the <b>Senior Data Analyst, Payments (R-004512)</b> role, and for your interest in Cormoran Financial.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of the team at this time.</p>
        <p>We were impressed by your background and encourage you to apply for future opportunities that match your skills. Your Candidate Home profile will remain active.</p>
        <p>We wish you every success in your search.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Cormoran Financial</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">This email was sent from an unmonitored mailbox. Please do not reply to this message.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = hdrs(addr("Cormoran Financial", "cormoran@myworkday.com"),
              "Your application for Senior Data Analyst, Payments (R-004512)", when, "UTC",
              "<1933104275.61937.1773348249771@wd3-prod-ca-mta02.myworkday.com>",
              "from wd3-prod-ca-mta02.myworkday.com (wd3-prod-ca-mta02.myworkday.com [198.54.112.38])",
              extra=(("X-Workday-Tenant", "cormoran"), ("Auto-Submitted", "auto-generated")))
    return message(hs, html(rich, cte="base64"))


@mail(K(26), family="slot_proposal", lang="fr-CA", interview=False, company="Vélocité Assurances",
      note="Agency recruiter offers two possible slots and asks which one suits; nothing agreed yet (the "
           "confirmation comes the next day in another mail)",
      days=(("Tue", "2026-03-10"), ("Wed", "2026-03-11")))
def _k26() -> bytes:
    when = "2026-03-02 09:14:37"
    body = t("""
        Bonjour Geneviève,

        Bonne nouvelle : Vélocité Assurances aimerait te rencontrer pour le poste de Chef de produit, données. Ils me proposent deux plages :

        - mardi 10 mars à 13 h 30
        - mercredi 11 mars à 10 h

        Ce serait en personne, à leurs bureaux du centre-ville, avec Stéphane Roy (directeur Produits numériques) et une personne de son équipe. Laquelle te convient le mieux? Si aucune ne marche, dis-moi tes dispos et je m'arrange avec eux.

        Josée

        Josée Marchand
        Conseillère principale en recrutement, TI et données
        Groupe Talentis
        514 555-0142 | jmarchand@groupetalentis.ca
        """)
    hs = hdrs(addr("Josée Marchand", "jmarchand@groupetalentis.ca"),
              "Vélocité Assurances - Chef de produit, données", when, ET,
              "<CAJm4r7Q0aa1b2FkW9sZp6vUe3n+Hy4Lq5Rt7cDg8xEoMj2NbVw@mail.gmail.com>", gsrc(41))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(K(27), family="offer", lang="fr-CA", interview=False, company="Vélocité Assurances",
      note="Job offer relayed by the agency (letter attached, answer requested by Friday 27 March)",
      days=(("Fri", "2026-03-27"),))
def _k27() -> bytes:
    when = "2026-03-23 11:27:50"
    body = t("""
        Salut Geneviève!

        Grosse nouvelle : Vélocité veut t'offrir le poste de Chef de produit, données!! Stéphane a vraiment aimé ton exercice de cas.

        Les grandes lignes :
        - Salaire de base : 98 500 $
        - Boni cible : 10 %
        - 4 semaines de vacances dès la première année
        - Mode hybride, 2 jours au bureau

        La lettre d'offre officielle est en pièce jointe. Ils aimeraient avoir une réponse d'ici le vendredi 27 mars. Si tu veux négocier quelque chose (le boni ou une 5e semaine, par exemple), c'est maintenant, appelle-moi quand tu peux et on en parle.

        Félicitations!!

        Josée

        Josée Marchand
        Conseillère principale en recrutement, TI et données
        Groupe Talentis
        514 555-0142 | jmarchand@groupetalentis.ca
        """)
    hs = hdrs(addr("Josée Marchand", "jmarchand@groupetalentis.ca"),
              "Offre - Vélocité Assurances 🎉", when, ET,
              "<CAJm4r7Sd1Ve8wQ0kP3LnX5b+Tz7Gh2Yc6Rf9aUoEj4MiB1sNw@mail.gmail.com>", gsrc(41),
              extra=(("In-Reply-To", "<CAJm4r7Qx2vLw0=pN8kE1uTqB9sRz5Hc3dYfGa6oWmK2eVj4_nA@mail.gmail.com>"),
                     ("References", "<CAJm4r7Qx2vLw0=pN8kE1uTqB9sRz5Hc3dYfGa6oWmK2eVj4_nA@mail.gmail.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf_part("Lettre_offre_GLapointe_Velocite.pdf", "Lettre d'offre")))


@mail(K(28), family="recruiter_outreach", lang="fr-CA", interview=False, company="Baleine Labs",
      note="LinkedIn InMail notification: recruiter asks for 20-30 minutes 'la semaine prochaine', no time")
def _k28() -> bytes:
    when = "2026-03-12 18:09:14"
    plain = t("""
        Karine Nguyen vous a envoyé un nouveau message.

        Karine Nguyen
        Recrutement et culture chez Baleine Labs | On embauche!

        Poste de PM Données chez Baleine Labs

        Bonjour Geneviève,

        J'ai vu ton profil et ton parcours entre l'analytique et la gestion de produit m'a tout de suite accrochée. Chez Baleine Labs (plateforme de logistique maritime, 60 personnes, bureaux dans le Mile-Ex), on cherche notre premier ou première PM Données pour bâtir la couche analytique de notre produit.

        Aurais-tu 20-30 minutes la semaine prochaine pour en jaser? Aucune pression, c'est vraiment pour faire connaissance.

        Karine

        Répondre : https://www.linkedin.com/messaging/thread/2-ZmE4YzE3ZGMtMDk0Ny00/

        Ce courriel était destiné à Geneviève Lapointe (Analyste de données principale | Produit | SQL, Python, expérimentation).
        Pourquoi cette mention? https://www.linkedin.com/help/linkedin/answer/4788
        Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = hdrs(addr("Karine Nguyen via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Poste de PM Données chez Baleine Labs", when, "UTC",
              "<1823344052.4417960.1773338954216@lor1-app41337.prod.linkedin.com>",
              "from mailb-ad.linkedin.com (mailb-ad.linkedin.com [108.174.3.20])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail>"),
                     ("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_v2")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(29), family="scheduling_link", lang="fr-CA", interview=False, company="Baleine Labs",
      note="Recruiter sends her Calendly link to book a slot next week; nothing booked yet")
def _k29() -> bytes:
    when = "2026-03-16 08:33:20"
    body = t("""
        Salut Geneviève,

        Merci pour ta réponse sur LinkedIn, contente que ça t'intéresse! Pour qu'on se parle, le plus simple c'est que tu réserves directement un moment qui t'arrange dans mon agenda :

        https://calendly.com/karine-baleinelabs/entrevue-telephonique-30min

        J'ai ouvert des plages du lundi au jeudi la semaine prochaine, matin ou après-midi. C'est un appel de 30 minutes, je te présente l'équipe et le poste et tu me parles de toi.

        À bientôt,
        Karine

        --
        Karine Nguyen
        Recrutement et culture | Baleine Labs
        """)
    hs = hdrs(addr("Karine Nguyen", "karine.nguyen@baleinelabs.com"),
              "Re: Poste de PM Données chez Baleine Labs", when, ET,
              "<CAN4kQe7Tz0pRb2Lw9Xm5Vc3Hs8Yd1Uf6gJo4Ea7Ni0Kq2BxPw@mail.gmail.com>", gsrc(55))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(K(30), family="job_alert", lang="fr-CA", interview=False, company=None,
      note="Jobillico job-alert digest (HTML only); a posting advertises 'entrevues sur place' at a job fair")
def _k30() -> bytes:
    when = "2026-02-24 11:00:04"
    rich = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:18px 24px;background:#00a3e0;color:#fff;font-size:22px;font-weight:bold">jobillico</td></tr>
        <tr><td style="padding:20px 24px;font-size:15px;color:#333">Bonjour Geneviève,<br><br>Voici les <b>8 nouvelles offres d'emploi</b> qui correspondent à votre alerte « analyste de données » à Montréal et environs.</td></tr>
        <tr><td style="padding:8px 24px;border-top:1px solid #e4e8eb"><a href="https://www.jobillico.com/fr/offre-d-emploi/banque-du-littoral/analyste-de-donnees-senior/14820931" style="color:#0073b1;font-size:16px;font-weight:bold;text-decoration:none">Analyste de données senior</a><br><span style="color:#555;font-size:13px">Banque du Littoral · Montréal (QC) · Permanent, temps plein · Hybride</span></td></tr>
        <tr><td style="padding:8px 24px;border-top:1px solid #e4e8eb"><a href="https://www.jobillico.com/fr/offre-d-emploi/borealis-energie/analyste-de-donnees-planification/14822107" style="color:#0073b1;font-size:16px;font-weight:bold;text-decoration:none">Analyste de données, Planification</a><br><span style="color:#555;font-size:13px">Boréalis Énergie · Montréal (QC) · Permanent · 75 000 $ - 92 000 $</span></td></tr>
        <tr><td style="padding:8px 24px;border-top:1px solid #e4e8eb"><a href="https://www.jobillico.com/fr/offre-d-emploi/groupe-quadrant/analyste-bi/14819554" style="color:#0073b1;font-size:16px;font-weight:bold;text-decoration:none">Analyste BI – Power BI</a><br><span style="color:#555;font-size:13px">Groupe Quadrant · Laval (QC) · Contrat 12 mois</span><br><span style="display:inline-block;margin-top:4px;background:#fff4d6;color:#8a5a00;font-size:12px;padding:2px 6px">Entrevues sur place lors du Salon de l'emploi TI, samedi 7 mars de 10 h à 16 h</span></td></tr>
        <tr><td style="padding:8px 24px;border-top:1px solid #e4e8eb"><a href="https://www.jobillico.com/fr/offre-d-emploi/sante-horizon/analyste-en-intelligence-d-affaires/14823310" style="color:#0073b1;font-size:16px;font-weight:bold;text-decoration:none">Analyste en intelligence d'affaires</a><br><span style="color:#555;font-size:13px">Santé Horizon · Longueuil (QC) · Permanent · Entrevues dès cette semaine</span></td></tr>
        <tr><td style="padding:16px 24px" align="center"><a href="https://www.jobillico.com/recherche-emploi?skwd=analyste+de+donn%C3%A9es&amp;scty=Montr%C3%A9al" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px;font-weight:bold">Voir les 8 offres</a></td></tr>
        <tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f9fa">Vous recevez ce courriel parce que vous avez créé une alerte-emploi sur Jobillico. <a href="https://www.jobillico.com/fr/alertes/desabonnement?t=8c41f2">Modifier ou supprimer cette alerte</a><br>Jobillico inc., 1020, rue Bouvier, bureau 400, Québec (QC) G2K 0K9</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = hdrs(addr("Jobillico", "alertes@jobillico.com"), "8 nouvelles offres pour « analyste de données »",
              when, ET, "<20260224160004.3f8a1c72d9e4@mailer.jobillico.com>",
              "from mailer2.jobillico.com (mailer2.jobillico.com [198.2.178.40])",
              extra=(("List-Unsubscribe", "<https://www.jobillico.com/fr/alertes/desabonnement?t=8c41f2>"),
                     ("Precedence", "bulk")))
    return message(hs, html(rich))


@mail(K(31), family="job_alert", lang="en-CA", interview=False, company=None,
      note="LinkedIn job alert; 'Actively recruiting' and 'Be an early applicant' badges confirm nothing")
def _k31() -> bytes:
    when = "2026-03-04 13:30:18"
    plain = t("""
        Your job alert for product analyst in Greater Montreal
        12 new jobs match your preferences.

        Product Analyst II
        Tidewater Analytics
        Canada (Remote)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4098123345

        Senior Product Analyst
        Bluenose Data Co.
        Canada (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4098552871

        Analyste produit / Product Analyst
        Lumio Santé
        Montreal, Quebec, Canada (Hybrid)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4097761209

        Data Product Manager
        Ferncliff Bank
        Toronto, Ontario, Canada (Hybrid)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4098230017

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=product%20analyst&geoId=90009540

        Get ready for your interview: practice with AI-powered mock interview questions tailored to these roles.
        https://www.linkedin.com/comm/interview-prep/

        This email was intended for Geneviève Lapointe (Senior Data Analyst | Product | SQL, Python, experimentation)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_job_alert
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = hdrs(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“product analyst”: Tidewater Analytics - Product Analyst II and more", when, "UTC",
              "<1472059981.2950017.1772631018776@lva1-app21108.prod.linkedin.com>",
              "from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.21])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_job_alert>"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(32), family="application_ack", lang="fr-CA", interview=False, company="Boréalis Énergie",
      note="Indeed Apply 'Candidature envoyée' in French; the employer 'pourrait vous contacter' for an interview")
def _k32() -> bytes:
    when = "2026-04-10 16:48:33"
    plain = t("""
        Indeed

        Candidature envoyée

        Analyste de données, Planification
        Boréalis Énergie - Montréal, QC

        Bonne nouvelle, Geneviève! Votre candidature a été envoyée à Boréalis Énergie.

        Et maintenant?
        L'employeur examinera votre candidature. S'il souhaite vous rencontrer, il pourrait communiquer avec vous par courriel, par téléphone ou par la messagerie Indeed pour planifier une entrevue.

        Suivre vos candidatures : https://myjobs.indeed.com/applied?hl=fr_CA

        Préparez-vous pour l'entrevue : 10 questions qu'on vous posera sûrement
        https://ca.indeed.com/conseils-carriere/entrevues

        Indeed ne fait pas partie de l'équipe d'embauche de Boréalis Énergie et ne peut pas répondre aux questions sur ce poste.

        © 2026 Indeed
        Se désabonner : https://ca.indeed.com/unsubscribe?hl=fr_CA&t=appconf
        """)
    hs = hdrs(addr("Indeed", "indeedapply@indeed.com"),
              "Candidature envoyée : Analyste de données, Planification", when, "UTC",
              "<0100018f1a3e6c52-9d4f27a1-c0b8-4e3a-a96d-2f7c15e8b04a-000000@email.amazonses.com>",
              "from a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com [54.240.27.18])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(33), family="take_home", lang="en-CA", interview=False, company="Maple Ledger",
      note="Take-home case study with a submission deadline (Monday, April 6, 9:00 AM ET); no interview time",
      days=(("Mon", "2026-04-06"),))
def _k33() -> bytes:
    when = "2026-03-27 11:04:27"
    plain = t("""
        Hi Geneviève,

        Thanks again for chatting with Farah last week. As the next step, we'd like you to complete a short case study. It's the same exercise every candidate for the Senior Product Analyst role gets.

        The brief and a sample dataset (anonymized subscription events) are here:
        https://app.greenhouse.io/tests/6b1d93e0f27a4c58?utm_medium=email

        Please submit your deck or notebook through the same link by Monday, April 6 at 9:00 AM ET. We expect it to take 3-4 hours; please don't spend more than that. If you need a few extra days, just let me know, no problem at all.

        If we move forward, you'd present it during the final round.

        Best,
        Devon

        Devon Clarke
        Senior Talent Partner | Maple Ledger
        """)
    hs = hdrs(addr("Devon Clarke", "no-reply@us.greenhouse-mail.io"),
              "Maple Ledger - Case study for Senior Product Analyst", when, ET,
              "<7c0d2e94ab1f4e6b8d35c9f1a02e7b64@us.greenhouse-mail.io>",
              "from mail-200.us.greenhouse-mail.io (mail-200.us.greenhouse-mail.io [168.245.41.200])",
              extra=(("Reply-To", addr("Devon Clarke", "devon.clarke@mapleledger.com")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(34), family="assessment", lang="en-CA", interview=False, company="Tidewater Analytics",
      note="Online SQL assessment invitation with a completion deadline (Sunday, March 29, 11:59 PM PDT)",
      days=(("Sun", "2026-03-29"),))
def _k34() -> bytes:
    when = "2026-03-23 16:20:45"
    plain = t("""
        Hello Geneviève,

        Tidewater Analytics has invited you to take the following test:

        SQL & Product Metrics for Analysts
        Time limit: 90 minutes
        Deadline: Sunday, March 29, 2026 at 11:59 PM (PDT)

        Start the test: https://app.codility.com/c/invite/TW7K2-QXN3R-PL8D4/

        Before you begin:
        - You can start at any time before the deadline, but once started the timer cannot be paused.
        - Use a desktop browser (Chrome or Firefox) and a stable connection.
        - You may use the official PostgreSQL documentation. Other resources are not allowed.

        Good luck!

        Questions about the recruitment process? Contact Tidewater Analytics directly.
        Technical problems? Visit https://support.codility.com

        Codility
        """)
    hs = hdrs(addr("Tidewater Analytics via Codility", "no-reply@codility.com"),
              "Tidewater Analytics invites you to take a test", when, "UTC",
              "<20260323162045.0f1d.7ab93e42c6@codility.com>",
              "from o2.email.codility.com (o2.email.codility.com [149.72.131.18])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(35), family="non_interview_calendar", lang="fr-CA", interview=False, company=None,
      note="Dental appointment reminder (windows-1252) with an ICS; a confirmed time, but not an interview",
      days=(("Tue", "2026-03-24"),))
def _k35() -> bytes:
    when = "2026-03-18 07:00:12"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DentiRappel//Rappels 4.2//FR
        METHOD:PUBLISH
        {vtz}
        BEGIN:VEVENT
        UID:rdv-558127-20260324@dentirappel.ca
        DTSTAMP:20260318T110012Z
        DTSTART;TZID=America/Toronto:20260324T081500
        DTEND;TZID=America/Toronto:20260324T091500
        SUMMARY:Clinique dentaire Mont-Royal - Nettoyage et examen
        LOCATION:1350\\, avenue du Mont-Royal Est\\, Montréal
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=VTZ_TORONTO)
    plain = t("""
        Bonjour Geneviève,

        Ceci est un rappel de votre prochain rendez-vous :

        Date : mardi 24 mars 2026
        Heure : 8 h 15
        Avec : Dre Émilie Fortin, dentiste, et Mélanie (hygiéniste)
        Motif : Nettoyage et examen annuel

        Clinique dentaire Mont-Royal
        1350, avenue du Mont-Royal Est, Montréal
        514 555-0164

        Pour confirmer, répondez « OUI » au texto que vous recevrez. Toute annulation doit nous parvenir au moins 24 heures à l’avance, sinon des frais de 50 $ pourraient s’appliquer.

        À bientôt!
        L’équipe de la Clinique dentaire Mont-Royal
        """)
    hs = hdrs(addr("Clinique dentaire Mont-Royal", "rappels@dentirappel.ca", "windows-1252"),
              "Rappel – Votre rendez-vous du mardi 24 mars à 8 h 15", when, ET,
              "<rdv-558127.1773831612@dentirappel.ca>",
              "from smtp.dentirappel.ca (smtp.dentirappel.ca [142.44.197.30])", charset="windows-1252")
    return message(hs, mixed(text(plain, charset="windows-1252"),
                             calendar(ics, method=None, filename="rendez-vous.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(K(36), family="non_interview_calendar", lang="fr-CA", interview=False, company=None,
      note="Exchange meeting request (French) for a weekly 1:1 with her current manager; recurring, not an "
           "interview", days=(("Tue", "2026-04-07"),))
def _k36() -> bytes:
    when = "2026-03-30 16:58:02"
    me_work = "genevieve.lapointe@boussolemedia.ca"
    note = t("""
        Salut Gen,

        Je déplace notre 1:1 au mardi matin à partir du 7 avril, le lundi est devenu impossible avec les revues de sprint. Même format : tes priorités, les bloquants, pis on garde 10 min pour ton plan de développement.

        Patrick

        """) + teams(TEAMS_FR, "k36")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Patrick Lévesque:mailto:patrick.levesque@boussolemedia.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Lapointe:mailto:{me}
        DESCRIPTION;LANGUAGE=fr-CA:{desc}
        RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1
        UID:{uid}
        SUMMARY;LANGUAGE=fr-CA:1:1 Geneviève / Patrick
        DTSTART;TZID=Eastern Standard Time:20260407T093000
        DTEND;TZID=Eastern Standard Time:20260407T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260330T205802Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
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
        """).format(vtz=make.VTZ["Eastern Standard Time"], desc=esc(note), uid=exchange_uid("k36"), me=me_work)
    rich = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
            + "<br>\n".join(note.rstrip("\n").split("\n")) + "</div></body></html>\n")
    hs = hdrs(addr("Patrick Lévesque", "patrick.levesque@boussolemedia.ca"), "1:1 Geneviève / Patrick", when, ET,
              "<YQXPR01MB5118B3D0E7A24F9C61B0E8D25F3A7@YQXPR01MB5118.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YQX", 93), to=addr(ME_NAME, me_work),
              extra=(("Content-Language", "fr-CA"), ("Thread-Topic", "1:1 =?utf-8?q?Genevi=C3=A8ve?= / Patrick"),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true")))
    return message(hs, alt(text(note), html(rich), calendar(ics, cte="base64")))


@mail(K(37), family="non_interview_calendar", lang="fr-CA", interview=False, company=None,
      note="Landlord confirms an apartment viewing 'demain samedi à 11 h'; a confirmed time, not an interview",
      days=(("Sat", "2026-04-04"),))
def _k37() -> bytes:
    when = "2026-04-03 17:55:40"
    body = t("""
        Bonjour Geneviève,

        C'est confirmé pour la visite du 5 1/2 demain, samedi 4 avril à 11 h. L'adresse c'est le 6420 rue Saint-Denis, logement du 2e, sonnez chez Ouellet. Il y aura un autre couple qui visite à 11 h 30 fait que soyez à l'heure svp.

        Apportez une preuve d'emploi ou vos 2 derniers talons de paie si vous voulez déposer une demande de location tout de suite. Chauffage pas inclus, stationnement dans la ruelle 50 $/mois.

        Gilles Ouellet
        """)
    hs = hdrs(addr("Gilles Ouellet", "gilles.ouellet54@example.net"), "Re: Logement 5 1/2 Saint-Denis / Beaubien",
              when, ET, "<000001dcc3a1$8e0f2b30$aa2d8190$@example.net>",
              "from smtp.example.net (smtp.example.net [24.37.11.92])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(K(38), family="meetup", lang="en-CA", interview=False, company=None,
      note="Meetup RSVP confirmation for a product-analytics meetup whose talk is titled 'Interviewing users "
           "at scale' (Thursday, March 19, 6:00 PM)", days=(("Thu", "2026-03-19"),))
def _k38() -> bytes:
    when = "2026-03-13 14:12:08"
    plain = t("""
        You're going!

        Product Analytics Montréal #42: Interviewing users at scale
        Product Analytics Montréal

        Thursday, March 19, 2026
        6:00 PM to 8:30 PM EDT

        Notman House
        51 Sherbrooke St W, Montréal, QC

        Agenda
        6:00 Doors, pizza and networking
        6:45 "Interviewing 500 users in a quarter without losing your mind" - Aïcha Benali, Head of Research
        7:30 Lightning talks (sign up at the door)

        Add to calendar: https://www.meetup.com/product-analytics-mtl/events/306118742/ics/
        Can't make it? Update your RSVP so someone on the waitlist can go: https://www.meetup.com/product-analytics-mtl/events/306118742/

        See you there,
        The Meetup team

        Unsubscribe from emails like this: https://www.meetup.com/account/comm/?u=ev_rsvp
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    hs = hdrs(addr("Meetup", "info@meetup.com"),
              "You're going to Product Analytics Montréal #42: Interviewing users at scale", when, "UTC",
              "<0100018e3b47d2f6-1c5e8a90-4f27-4b6d-9e01-b8d3f6a2c7e5-000000@email.amazonses.com>",
              "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?u=ev_rsvp>"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(39), family="marketing_webinar", lang="fr-CA", interview=False, company=None,
      note="Zoom webinar registration titled 'Entrevue avec Sophie Laval, VP Produit' (wed. 15 April noon) "
           "with an ICS; a public talk, not her job interview", days=(("Wed", "2026-04-15"),))
def _k39() -> bytes:
    when = "2026-04-02 12:41:37"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        {vtz}
        BEGIN:VEVENT
        DTSTAMP:20260402T164137Z
        DTSTART;TZID=America/Toronto:20260415T120000
        DTEND;TZID=America/Toronto:20260415T130000
        SUMMARY:Entrevue avec Sophie Laval\\, VP Produit : de l'analytique à la gestion de produit
        UID:20260402T164137Z-84517203394@fe80:0:0:0:8c2:5eff:fe1a:9b3c%ens5
        DESCRIPTION:Rejoindre le webinaire : https://us06web.zoom.us/w/84517203394?tk=Qm9yZWFs
        LOCATION:https://us06web.zoom.us/w/84517203394?tk=Qm9yZWFs
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=VTZ_TORONTO)
    plain = t("""
        Bonjour Geneviève,

        Merci de vous être inscrit(e) à « Entrevue avec Sophie Laval, VP Produit : de l'analytique à la gestion de produit ».

        Dans le cadre de nos midis-conférences, Sophie Laval répondra aux questions de notre animatrice sur son passage de l'analyse de données à la gestion de produit, et sur ce qu'elle cherche quand elle recrute des PM. Période de questions à la fin.

        Date et heure : le mercredi 15 avril 2026, 12:00 PM Heure de l'Est (États-Unis et Canada)

        Rejoindre depuis un PC, un Mac, un iPad, un iPhone ou un appareil Android :
        Cliquez ici pour participer : https://us06web.zoom.us/w/84517203394?tk=Qm9yZWFs
        Remarque : ce lien ne doit pas être partagé avec d'autres personnes, il vous est réservé.

        Ajouter à l'agenda : https://us06web.zoom.us/webinar/tZ0pdO2rqzkuH9Y/ics?user_id=x
        Ajouter à Google Agenda | Ajouter à Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.

        Regroupement des PM du Québec
        """)
    hs = hdrs(addr("Regroupement des PM du Québec", "no-reply@zoom.us"),
              "Confirmation d'inscription : Entrevue avec Sophie Laval, VP Produit", when, ET,
              "<Nm4xb2QtS3dSYjZ2MkZhVnBBcmZZUQ@us06web.zoom.us>",
              "from us06-smtp-out.zoom.us (us06-smtp-out.zoom.us [170.114.45.6])",
              extra=(("Reply-To", addr("Regroupement des PM du Québec", "info@pmquebec.org")),))
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))),
                             calendar(ics, method=None, filename="webinaire.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(K(40), family="mock_interview", lang="fr-CA", interview=False, company=None,
      note="Microsoft Bookings confirmation from a university career centre for a 'Simulation d'entrevue' "
           "(Fri 10 Apr 10:00); practice with a career advisor, not a job interview",
      days=(("Fri", "2026-04-10"),))
def _k40() -> bytes:
    when = "2026-04-07 13:15:59"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Centre de carrière - Diplômés:mailto:CentreCarriere@ustlaurent.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Lapointe:mailto:genevieve.lapointe@example.org
        DESCRIPTION;LANGUAGE=fr-CA:Simulation d'entrevue (45 min)\\nAvec : Louise Tanguay\\, conseillère d'orientation\\n
        UID:{uid}
        SUMMARY;LANGUAGE=fr-CA:Simulation d'entrevue (45 min)
        DTSTART;TZID=Eastern Standard Time:20260410T100000
        DTEND;TZID=Eastern Standard Time:20260410T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260407T171559Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Pavillon Marie-Victorin\\, local B-2210
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=make.VTZ["Eastern Standard Time"], uid=exchange_uid("k40"))
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600;margin-bottom:12px">Votre réservation est confirmée</div>
        <div>Bonjour Geneviève Lapointe,</div>
        <div style="margin:12px 0">Merci d'avoir réservé auprès de Centre de carrière - Diplômés.</div>
        <table cellpadding="6" style="border-top:1px solid #e1dfdd;font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Simulation d'entrevue (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>vendredi 10 avril 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>10:00 - 10:45 (UTC-05:00) Est (États-Unis et Canada)</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Louise Tanguay</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Pavillon Marie-Victorin, local B-2210</td></tr>
        </table>
        <div style="margin:16px 0">Apportez la description du poste visé et votre CV : votre conseillère jouera le rôle de l'employeur et vous fera un retour détaillé à la fin de la simulation.</div>
        <div style="font-size:11px;color:#a19f9d">Centre de carrière - Université du Saint-Laurent · Microsoft Bookings</div>
        </body></html>
        """)
    hs = hdrs(addr("Centre de carrière - Diplômés", "CentreCarriere@ustlaurent.ca"),
              "Réservation confirmée : Simulation d'entrevue (45 min)", when, ET,
              "<YQBPR0101MB4471C9E3A0F2D8B57E14C6A0F9D2E@YQBPR0101MB4471.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YQB", 71), extra=(("Content-Language", "fr-CA"),))
    return message(hs, mixed(html(rich), calendar(ics, cte="base64", filename="invite.ics",
                                                   disposition="attachment", name_param=True)))


@mail(K(41), family="press_interview", lang="en-CA", interview=False, company=None,
      note="Journalist confirms a press interview with her (Thursday, April 16 at 2 pm) about analytics "
           "careers; a confirmed 'interview', but not a job interview", days=(("Thu", "2026-04-16"),))
def _k41() -> bytes:
    when = "2026-04-13 10:22:31"
    body = t("""
        Hi Geneviève,

        Thanks so much for agreeing to be interviewed for our feature on people moving from analytics into product roles. Thursday, April 16 at 2 pm works great. I'll call you on your cell (the 514 number in your signature), it should take 30 minutes or so.

        I'll mostly ask about your talk at the product analytics meetup and what surprised you when you started job hunting this spring. Nothing will be published without you seeing your quotes first.

        Ben

        Ben Whitlock
        Reporter, Montreal Tech Weekly
        """)
    hs = hdrs(addr("Ben Whitlock", "ben@mtltechweekly.ca"), "Re: Interview for our analytics-to-product feature",
              when, ET, "<CAP9vLq3Fx8eTb0Nw6Km2Rd7Yz1Hc4Us5gJo9Ea3Pi7Qn0BtWk@mail.gmail.com>", gsrc(60))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(K(42), family="interviewer_side", lang="en-CA", interview=False, company=None,
      note="Exchange invitation for her to sit on a hiring panel at her current employer (she interviews a "
           "candidate, Wednesday April 8, 2:00-2:45 PM); not her own job interview",
      days=(("Wed", "2026-04-08"),))
def _k42() -> bytes:
    when = "2026-04-06 10:37:12"
    me_work = "genevieve.lapointe@boussolemedia.ca"
    note = t("""
        Hi Geneviève,

        Thanks for agreeing to join the panel for Alex Chen (Junior Data Analyst). You're covering the SQL / case portion on Wednesday April 8, 2:00-2:45 PM. Alex's resume and your interview kit (questions + scorecard) are in Greenhouse:
        https://boussolemedia.greenhouse.io/guides/88271305/people/41822917

        Please submit your scorecard by end of day Thursday so we can debrief Friday.

        Merci!
        Amélie

        """) + teams(TEAMS_EN, "k42")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN=Amélie Roy:mailto:amelie.roy@boussolemedia.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Lapointe:mailto:{me}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.chen@example.com:mailto:alex.chen@example.com
        DESCRIPTION;LANGUAGE=en-US:{desc}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:Interview: Alex Chen - Junior Data Analyst (SQL / case)
        DTSTART;TZID=Eastern Standard Time:20260408T140000
        DTEND;TZID=Eastern Standard Time:20260408T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260406T143712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=make.VTZ["Eastern Standard Time"], desc=esc(note), uid=exchange_uid("k42"), me=me_work)
    rich = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
            + "<br>\n".join(note.rstrip("\n").split("\n")) + "</div></body></html>\n")
    hs = hdrs(addr("Amélie Roy", "amelie.roy@boussolemedia.ca"),
              "Interview: Alex Chen - Junior Data Analyst (SQL / case)", when, ET,
              "<YQXPR01MB5118F0A4C2E9D7B36A5F1E8C40D2B@YQXPR01MB5118.CANPRD01.PROD.OUTLOOK.COM>",
              osrc("YQX", 97), to=addr(ME_NAME, me_work),
              extra=(("X-MS-Exchange-Organization-AutoForwarded", "true"),
                     ("Thread-Topic", "Interview: Alex Chen - Junior Data Analyst (SQL / case)")))
    return message(hs, alt(text(note), html(rich), calendar(ics, cte="base64")))


@mail(K(43), family="reference_call", lang="fr-CA", interview=False, company=None,
      note="Former manager says Hydro-Boréal booked a reference call with him 'jeudi à 15 h'; about her, "
           "but not her interview")
def _k43() -> bytes:
    when = "2026-04-07 12:48:03"
    body = t("""
        Salut Gen!

        Petite mise à jour : la RH d'Hydro-Boréal (Nathalie quelque chose) m'a écrit ce matin pour une référence à ton sujet. On s'est booké un appel jeudi à 15 h. C'est bon signe ça!!

        Je vais évidemment juste dire du bien 😄 mais y a-tu des affaires que tu veux que je mette de l'avant? Je pensais parler du projet de tarification dynamique pis de comment t'as monté le tableau de bord des ventes à partir de rien.

        Bonne chance pour la suite, tiens-moi au courant!

        Hugo
        """)
    hs = hdrs(addr("Hugo Bérubé", "hugo.berube@example.com"), "Référence Hydro-Boréal", when, ET,
              "<CAK2sTm8Hq4Lc1Rx9Wb3Pn6Ve0Yf7Ud5zJa2Gi8Ko1Nt4EqBw@mail.gmail.com>", gsrc(44))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(K(44), family="auto_reply", lang="fr-CA", interview=False, company="Groupe Talentis",
      note="Bilingual out-of-office auto-reply from the agency recruiter (Auto-Submitted: auto-replied)",
      days=(("Mon", "2026-03-09"),))
def _k44() -> bytes:
    when = "2026-03-05 07:42:19"
    body = t("""
        (English follows)

        Bonjour,

        Je suis présentement en vacances et de retour au bureau le lundi 9 mars. Je prendrai connaissance de votre courriel à mon retour.

        Pour toute urgence, vous pouvez joindre ma collègue Véronique Sirois au 514 555-0150 ou à vsirois@groupetalentis.ca.

        Hello,

        I am currently on vacation and will be back in the office on Monday, March 9. I will read your email when I return.

        For anything urgent, please contact my colleague Véronique Sirois at 514-555-0150 or vsirois@groupetalentis.ca.

        Josée Marchand
        Groupe Talentis
        """)
    hs = hdrs(addr("Josée Marchand", "jmarchand@groupetalentis.ca"),
              "Réponse automatique : Re: Vélocité Assurances - Chef de produit, données", when, ET,
              "<CAJm4r7Tb6Wq2Nx0Lk5Rc8Hv3Yp1Ze9sFd4Ua7Gi2Mo6Ej0KcQ@mail.gmail.com>", gsrc(41),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("In-Reply-To", "<CAGl9Tq2Rm7kW4Hb0Zx1Lc5Nv8Pe3Yt6Uf9Jo2Aq4Ds7Gi0BwE@mail.gmail.com>")))
    return message(hs, text(body))


@mail(K(45), family="bounce", lang="en-CA", interview=False, company=None,
      note="Postfix bounce of her thank-you note to a mistyped interviewer address; the returned message "
           "talks about this morning's interview, but confirms nothing")
def _k45() -> bytes:
    sent = "2026-03-19 11:12:40"
    when = "2026-03-19 11:12:44"
    orig_body = t("""
        Bonjour Thomas,

        Merci encore pour notre entretien de ce matin, et pour le temps que vous avez pris pour me présenter l'équipe Data et les plans pour le bureau de Montréal. Le projet de modèle d'attribution dont vous m'avez parlé m'emballe beaucoup.

        Au plaisir de poursuivre la discussion,

        Geneviève Lapointe
        514 555-0108
        """)
    orig = message([("From", TO_ME), ("To", "thomas.leroi@clairvoie.fr"),
                    ("Cc", addr("Aurélie Dumas", "aurelie.dumas@clairvoie.fr")),
                    ("Subject", "Merci pour l'entretien de ce matin"), ("Date", date(sent, ET)),
                    ("Message-ID", "<CAGl9Tq5Ve1Lm8Kx2Pb7Wn0Rd3Yc6Hs9Uf4Jo1Aq8Ti5Gz2Ek@mail.gmail.com>")],
                   text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <thomas.leroi@clairvoie.fr>: host clairvoie-fr.mail.protection.outlook.com[52.101.68.20]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            thomas.leroi@clairvoie.fr not found by SMTP address lookup (in reply to
            RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fr2Wm0Xk9z3J
        X-Postfix-Sender: rfc822; genevieve.lapointe@example.org
        Arrival-Date: Thu, 19 Mar 2026 11:12:40 -0400 (EDT)

        Final-Recipient: rfc822; thomas.leroi@clairvoie.fr
        Original-Recipient: rfc822;thomas.leroi@clairvoie.fr
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; clairvoie-fr.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            thomas.leroi@clairvoie.fr not found by SMTP address lookup
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       make.Part([("Content-Description", "Undelivered Message"),
                                  ("Content-Type", "message/rfc822")], orig),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", f"by mx1.example.org (Postfix)\r\n id 4Fr2Wm1Bq0z3K; {make.format_datetime(make.at(when, ET))}"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date(when, ET)),
          ("Message-ID", "<20260319151244.4Fr2Wm1Bq0z3K@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(K(46), family="newsletter_tips", lang="en-CA", interview=False, company=None,
      note="Substack newsletter about answering a classic interview question; List-Unsubscribe, no booking")
def _k46() -> bytes:
    when = "2026-03-22 08:00:31"
    plain = t("""
        The Analyst's Edge
        How I'd answer "Tell me about a time your analysis was wrong"

        Hi friends,

        This one came up in three of my last five interview loops, and it trips up almost everyone. Here's the structure I use now:

        1. Pick a real mistake with real stakes. "I once forgot a WHERE clause" is not it.
        2. Say how you found out, ideally before someone else did.
        3. Explain what you changed in your process, not just in that query.

        Next week: how to prepare for a product-sense case interview when you've only ever done SQL screens. Paid subscribers also get my 40-question mock interview bank.

        Interview season tip: block 30 minutes after every interview to write down the questions you were asked. Future you will thank you.

        Talk soon,
        Mei

        Like · Comment · Restack
        © 2026 Mei Tanaka
        Unsubscribe https://theanalystsedge.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo
        """)
    hs = hdrs(addr("The Analyst's Edge", "theanalystsedge@substack.com"),
              "How I'd answer \"Tell me about a time your analysis was wrong\"", when, "UTC",
              "<20260322080031.3.8d1f0a2b4c6e9a11@mg1.substack.com>",
              "from mg-c11.substack.com (mg-c11.substack.com [159.135.224.11])",
              extra=(("List-Unsubscribe", "<https://theanalystsedge.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(47), family="application_ack", lang="es", interview=False, company="Grupo Altamira Datos",
      note="SmartRecruiters application receipt in Spanish; 'te contactaremos para agendar una entrevista' "
           "is conditional")
def _k47() -> bytes:
    when = "2026-03-09 17:05:12"
    plain = t("""
        Hola Geneviève,

        ¡Gracias por postularte a la vacante de Analista de Producto Sr. (remoto, Canadá) en Grupo Altamira Datos!

        Recibimos tu solicitud y nuestro equipo de Reclutamiento la revisará en los próximos días. Si tu perfil se ajusta a lo que buscamos, te contactaremos para agendar una entrevista.

        Mientras tanto, puedes consultar el estado de tu postulación aquí:
        https://jobs.smartrecruiters.com/GrupoAltamiraDatos/status

        Saludos,
        Equipo de Talento
        Grupo Altamira Datos

        Powered by SmartRecruiters
        """)
    hs = hdrs(addr("Grupo Altamira Datos", "no-reply@smartrecruiters.com"),
              "Gracias por tu postulación – Analista de Producto Sr.", when, "UTC",
              "<20260309170512.8a4e2c1f7b9d3e05@smartrecruiters.com>",
              "from mta-204.smartrecruiters.com (mta-204.smartrecruiters.com [52.18.104.204])")
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(gmail_html(plain), charset="iso-8859-1")))


@mail(K(48), family="user_research", lang="en-CA", interview=False, company=None,
      note="Paid user-research session booked through a research platform (Tuesday, April 21, 6:00 PM EDT); "
           "she is a study participant, not a job candidate", days=(("Tue", "2026-04-21"),))
def _k48() -> bytes:
    when = "2026-04-17 21:14:50"
    plain = t("""
        Your session is confirmed

        Hi Geneviève,

        You're confirmed for a 45-minute remote interview with the Ferncliff Bank research team.

        When: Tuesday, April 21, 2026, 6:00 PM - 6:45 PM EDT
        Where: Zoom (the link will be sent 24 hours before your session)
        Incentive: $90 CAD, sent by e-gift card within 3 business days after the session

        The team wants to hear how you manage your personal budget and which apps you use. There are no right or wrong answers, and you don't need to prepare anything.

        Need to reschedule or cancel? Do it from your dashboard at least 24 hours ahead:
        https://app.respondly.io/participant/sessions/7b20e4

        Thanks for helping build better products!
        The Respondly team
        """)
    hs = hdrs(addr("Respondly", "sessions@respondly.io"),
              "Confirmed: 45-min interview with Ferncliff Bank on Apr 21", when, "UTC",
              "<20260417211450.5d8c1e9f2a3b@mail.respondly.io>",
              "from o11.sendgrid.net (o11.sendgrid.net [167.89.101.11])")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(49), family="scheduling_link", lang="en-CA", interview=False, company="Northgate Logistics",
      note="Greenhouse availability request: 'let us know your availability' for a 60-minute interview; no "
           "time fixed yet")
def _k49() -> bytes:
    when = "2026-03-02 14:41:06"
    plain = t("""
        Hi Geneviève,

        Thanks for taking the time to speak with me last week! I'm happy to share that Ryan Okafor, our Director of Product for the Data Platform, would like to meet you for a 60-minute video interview.

        Could you let us know your availability over the next two weeks using the link below? Please share as many windows as you can, it makes it much easier to line up calendars.

        https://app.greenhouse.io/candidate_availability/9b3f7d21c8e04a6f

        Once we have your times, I'll send a calendar invitation with the Teams link.

        Thanks,
        Meghan

        Meghan Liu
        Talent Acquisition | Northgate Logistics
        """)
    hs = hdrs(addr("Meghan Liu", "no-reply@us.greenhouse-mail.io"),
              "Northgate Logistics - Your availability for an interview", when, ET,
              "<3e1c0a8b7f2d49e5b6a1d04c9e7f3a25@us.greenhouse-mail.io>",
              "from mail-201.us.greenhouse-mail.io (mail-201.us.greenhouse-mail.io [168.245.41.201])",
              extra=(("Reply-To", addr("Meghan Liu", "meghan.liu@northgatelogistics.com")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(K(50), family="personal_calendar", lang="fr-CA", interview=False, company=None,
      note="Google Calendar reminder (French UI) for a prep block she put in her own calendar, 'Préparer "
           "entrevue Hydro-Boréal' on Wed 1 April; her own event, not an interview",
      days=(("Wed", "2026-04-01"),))
def _k50() -> bytes:
    when = "2026-04-01 18:30:00"
    plain = t("""
        Préparer entrevue Hydro-Boréal
        Mercredi 1 avril 2026 ⋅ 19:00 – 20:30
        Heure avancée de l’Est - Toronto

        - relire la description de poste + rapport annuel 2025
        - 3 exemples STAR (tarification, tableau de bord ventes, migration BigQuery)
        - préparer questions pour le comité
        - imprimer CV x3

        Agenda
        genevieve.lapointe@example.org

        Afficher l'événement dans Google Agenda : https://calendar.google.com/calendar/event?action=VIEW&eid=cHJlcGh5ZHJvYm9yZWFsIGdlbmV2aWV2ZQ

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez ce courriel à l'adresse genevieve.lapointe@example.org, car vous avez activé les notifications par courriel pour cet agenda. Pour ne plus les recevoir, accédez à https://calendar.google.com/calendar/r/settings et modifiez les paramètres de notification.
        """)
    hs = hdrs(addr("Google Agenda", "calendar-notification@google.com"),
              "Notification : Préparer entrevue Hydro-Boréal @ mer. 1 avr. 2026 19:00 - 20:30 (HAE) "
              "(genevieve.lapointe@example.org)", when, ET,
              "<calendar-notification-b7e2f19a-04c3-4d8e-9a51-6c3f0e2d8b74@google.com>", gsrc(72))
    return message(hs, alt(text(plain), html(gmail_html(plain))))
