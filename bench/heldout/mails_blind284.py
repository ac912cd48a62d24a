"""blind284: a blind 50-mail held-out set, the inbox of Geneviève Arsenault, a bilingual insurance
claims adjuster in Moncton, New Brunswick (America/Moncton), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro and
label-convention sections of bench/heldout/README.md and the dev corpus README, labels, two dev
mails and score.py; it did not read the detector, its tests or fixtures, or any other held-out
set, and never ran the detector. Every mail below is written individually, one function per mail,
in Canadian English or Acadian / Canadian French (about half and half). Keys 1-23 are positives,
24-50 negatives; file numbers are a fixed shuffle of the writing order (ORDER).

    python3 bench/heldout/make_blind.py blind284
"""

from __future__ import annotations

import base64
import random

import make
from make import addr, alt, calendar, date, enc, gmail_html, html, mixed, raw_part, t, text

SET = "blind284"
ORDER = random.Random(2840284).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "genevieve.arsenault@example.org"
ME_NAME = "Geneviève Arsenault"
TO = addr(ME_NAME, ME)
MZ = "America/Moncton"


def heads(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
          extra: tuple[tuple[str, str], ...] = (), rcv: str | None = None,
          charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To / Received, then the usual headers (Date from a local time in a zone)."""
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", make.received(rcv, when, zone, "mx1.example.org (Postfix) with ESMTPS", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid), *extra]
    return hs


VTZ_MONCTON = """BEGIN:VTIMEZONE
TZID:America/Moncton
X-LIC-LOCATION:America/Moncton
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:ADT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_HALIFAX = VTZ_MONCTON.replace("America/Moncton", "America/Halifax")

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

VTZ_ATLANTIC_WIN = """BEGIN:VTIMEZONE
TZID:Atlantic Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
ID de la réunion : {mid}
Code secret : {pw}
Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def p(body: str) -> str:
    """Plain paragraphs -> simple HTML (<p> per blank-line block, <br> inside)."""
    import html as _h

    blocks = [b for b in body.strip("\n").split("\n\n")]
    return "".join("<p>" + "<br>\n".join(_h.escape(x) for x in b.split("\n")) + "</p>\n" for b in blocks)


def page(inner: str, lang: str = "en", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            + inner + "</body></html>\n")


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T13:00:00Z", end="2026-09-15T13:45:00Z",
           contact="colleen.macisaac@tidewatermutual.ca", company="Tidewater Mutual Insurance",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone="America/Halifax",
           note="Greenhouse confirmation from a no-reply sender; contact = Reply-To recruiter. "
                "10:00-10:45 AM ADT in Halifax (UTC-3 in September) = 13:00-13:45Z; Halifax and "
                "Moncton share Atlantic time")
def m01() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks for booking your interview with Tidewater Mutual Insurance. Here are the details:

        Position: Senior Property Claims Adjuster (Halifax / hybrid)
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM ADT (Atlantic Daylight Time)
        Format: Microsoft Teams video call (the link will come from your interviewer's calendar)

        Interviewers:
          Derek Fougere, Manager, Property Claims - Atlantic
          Colleen MacIsaac, Talent Acquisition

        Need to make a change? Simply reply to this email and it will reach Colleen.

        We look forward to speaking with you!

        Tidewater Mutual Insurance Talent Acquisition
        """)
    inner = (
        '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px">'
        '<tr><td style="padding:24px">\n'
        + p(body.split("Here are the details:")[0] + "Here are the details:")
        + '<table cellpadding="4" style="border:1px solid #dde3ea">\n'
          '<tr><td><b>Position</b></td><td>Senior Property Claims Adjuster (Halifax / hybrid)</td></tr>\n'
          '<tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>\n'
          '<tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM ADT (Atlantic Daylight Time)</td></tr>\n'
          '<tr><td><b>Format</b></td><td>Microsoft Teams video call (the link will come from your '
          "interviewer&#39;s calendar)</td></tr>\n"
          '<tr><td valign="top"><b>Interviewers</b></td><td>Derek Fougere, Manager, Property Claims - '
          "Atlantic<br>Colleen MacIsaac, Talent Acquisition</td></tr>\n</table>\n"
        + p("Need to make a change? Simply reply to this email and it will reach Colleen.\n\n"
            "We look forward to speaking with you!\n\nTidewater Mutual Insurance Talent Acquisition")
        + '<p style="font-size:11px;color:#888">Powered by Greenhouse</p></td></tr></table>\n')
    hs = heads(addr("Tidewater Mutual Insurance", "no-reply@us.greenhouse-mail.io"),
               "Interview Confirmation: Senior Property Claims Adjuster at Tidewater Mutual Insurance",
               "2026-09-10 14:12:40", "America/Halifax",
               "<0100019a1f3c52d4-6e1b8f7a-3c2d-4f0e-9a55-1b7e2c9d4a10-000000@email.amazonses.com>",
               rcv="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
               extra=(("Reply-To", addr("Colleen MacIsaac", "colleen.macisaac@tidewatermutual.ca")),))
    return make.message(hs, alt(text(body), html(page(inner))))


@make.mail(N(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-17T17:00:00Z", end=None, contact="josee.cormier@assurancesmascaret.ca",
           company="Assurances Mascaret", local="Thu 2026-09-17 14:00", zone=MZ,
           note="Réponse d'une recrutrice en français acadien : « jeudi à 14 h » résolu contre la Date "
                "(lundi 14 septembre, Moncton) = jeudi 17 septembre, 14 h HAA (UTC-3) = 17:00Z ; "
                "« environ une heure » est approximatif, donc end null")
def m02() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Merci pour votre retour rapide. Je vous confirme notre rencontre jeudi à 14 h, à nos
        bureaux du 770, rue Main (3e étage). Vous rencontrerez Paul-Émile Després, directeur des
        sinistres habitation, et moi-même. L'entrevue durera environ une heure et se fera
        principalement en français, avec une partie en anglais puisque le poste dessert aussi
        nos assurés anglophones du sud-est.

        Il y a du stationnement pour visiteurs derrière l'édifice, côté rue Botsford.
        Présentez-vous à l'accueil du 3e, on viendra vous chercher.

        Au plaisir de vous rencontrer,

        Josée Cormier
        Conseillère principale, ressources humaines
        Assurances Mascaret
        506 555-0142

        Le ven. 11 sept. 2026, à 16 h 02, Geneviève Arsenault <genevieve.arsenault@example.org> a écrit :
        > Bonjour Madame Cormier,
        >
        > Merci beaucoup pour votre appel. Je suis disponible en tout temps la semaine
        > prochaine, sauf mardi avant-midi.
        >
        > Au plaisir,
        > Geneviève
        """)
    hs = heads(addr("Josée Cormier", "josee.cormier@assurancesmascaret.ca"),
               "Re: Candidature – Experte en sinistres, habitation", "2026-09-14 09:47:18", MZ,
               "<CAJm5Qe0x7pZ2kR_8vLtH3n9Wq4yFbG1uT6cVd0sN2aE5oK8rXw@mail.gmail.com>",
               rcv="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
               extra=(("In-Reply-To", "<CAEh2Lk7oW9nQ4r_Pz6xM1tV8sY3bJ5cF0uG2dH7aR4iN9eK6wQ@mail.gmail.com>"),
                      ("References", "<CAEh2Lk7oW9nQ4r_Pz6xM1tV8sY3bJ5cF0uG2dH7aR4iN9eK6wQ@mail.gmail.com>")))
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(3), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T18:00:00Z", end="2026-11-03T19:00:00Z",
           contact="priya.natarajan@northspanclaims.com", company="Northspan Claims Services",
           local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone="America/Toronto",
           note="Exchange meeting request, TZID 'Eastern Standard Time'. Sent Wed 28 Oct in EDT; the "
                "interview is after North America leaves DST on 1 Nov, so 1:00 PM EST = 18:00Z "
                "(= 2:00 PM AST in Moncton, as the organizer writes). Contact = human organizer/sender")
def m03() -> bytes:
    teams = TEAMS_EN.format(tid="NzQ1ZjE2YjAtOGQ3Mi00ZWE4LWI3ZDktM2QxYzI0MmM5ZTg0", mid="284 611 902 357",
                            pw="q7Xk9P")
    body = t("""
        Hi Geneviève,

        As discussed on the phone, I'm sending the invite for your interview for the Complex Loss
        Adjuster (Remote, Atlantic Canada) role. You'll meet with Laurent Beaudry (VP, Claims) and
        me. Note the clocks change this weekend: 1:00 p.m. Toronto time on the 3rd is 2:00 p.m. for
        you in Moncton.

        Please accept so it lands in your calendar.

        Priya Natarajan
        Senior Recruiter | Northspan Claims Services
        416-555-0187

        """) + teams
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ['Eastern Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@northspanclaims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Arsenault:mailto:genevieve.arsenault@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laurent Beaudry:mailto:laurent.beaudry@northspanclaims.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E0080000000050B2C6A1E366DC01000000000000000010000000A4D3F2B16C7E8A4C9F0D1E2B3A4C5D6E
SUMMARY;LANGUAGE=en-US:Interview: Geneviève Arsenault - Complex Loss Adjuster (Remote\\, Atlantic)
DTSTART;TZID=Eastern Standard Time:20261103T130000
DTEND;TZID=Eastern Standard Time:20261103T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T192012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119674418
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    plain = "When: Tuesday, November 3, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).\n" \
            "Where: Microsoft Teams Meeting\n\n" + body
    hs = heads(addr("Priya Natarajan", "priya.natarajan@northspanclaims.com"),
               "Interview: Geneviève Arsenault - Complex Loss Adjuster (Remote, Atlantic)",
               "2026-10-28 15:20:12", "America/Toronto",
               "<YT3PR01MB8841C0B6F2A9E1D4D27C5E3AB91A2@YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2105.outbound.protection.outlook.com [40.107.115.105])",
               extra=(("Thread-Topic", "Interview: Genevieve Arsenault - Complex Loss Adjuster (Remote, Atlantic)"),
                      ("Thread-Index", "AdtJ2kq0c1m7Yb9WQ0y4p3x5Z2h8Bw=="),
                      ("Content-Language", "en-US"),
                      ("X-MS-Has-Attach", ""),
                      ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(plain), html(page(p(plain))), calendar(ics, cte="base64")))


@make.mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-30T17:30:00Z", end="2026-09-30T18:15:00Z",
           contact="maude.levesque@groupeborealis.ca", company="Groupe Boréalis Assurances",
           local="Wed 2026-09-30 13:30", local_end="2026-09-30 14:15", zone="America/Toronto",
           note="Workday, HTML seulement (base64), en français ; 13 h 30 - 14 h 15 « heure de l'Est » "
                "(Montréal, HAE UTC-4 en septembre) = 17:30-18:15Z (14 h 30 à Moncton). Expéditeur "
                "myworkday.com ; contact = l'adresse de la recrutrice écrite dans le corps")
def m04() -> bytes:
    inner = t("""
        <div style="background:#f4f6f8;padding:20px">
        <table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:18px 28px;border-bottom:3px solid #0b4f6c">
        <span style="font-size:20px;color:#0b4f6c;font-weight:bold">Groupe Boréalis Assurances</span>
        </td></tr>
        <tr><td style="padding:24px 28px">
        <p>Bonjour Geneviève,</p>
        <p>Nous avons le plaisir de vous confirmer votre entrevue pour le poste
        <b>Experte en sinistres principale – biens commerciaux (R-014827)</b>.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #d0d7de">
        <tr><td style="color:#555">Date</td><td><b>mercredi 30 septembre 2026</b></td></tr>
        <tr><td style="color:#555">Heure</td><td><b>13 h 30 à 14 h 15 (heure de l&#39;Est – Montréal)</b></td></tr>
        <tr><td style="color:#555">Mode</td><td>Vidéoconférence Microsoft Teams (lien envoyé séparément)</td></tr>
        <tr><td style="color:#555">Panel</td><td>Maude Lévesque, partenaire d&#39;affaires RH<br>
        Jean-François Sirois, directeur, indemnisation – Est du Canada</td></tr>
        </table>
        <p>Pour toute question ou pour un accommodement, écrivez directement à Maude Lévesque :
        <a href="mailto:maude.levesque@groupeborealis.ca">maude.levesque@groupeborealis.ca</a>.</p>
        <p>Vous pouvez aussi suivre votre candidature dans le
        <a href="https://wd3.myworkdayjobs.com/fr-CA/Borealis_Carrieres/userHome">portail carrières</a>.</p>
        <p>Cordialement,<br>L&#39;équipe Acquisition de talents<br>Groupe Boréalis Assurances</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#888">Ce courriel a été envoyé
        automatiquement; merci de ne pas y répondre.</td></tr>
        </table></div>
        """)
    hs = heads(addr("Groupe Boréalis Assurances", "borealis@myworkday.com"),
               "Confirmation d'entrevue – Experte en sinistres principale – biens commerciaux",
               "2026-09-21 10:05:33", "America/Toronto",
               "<1148503327.86219.1789999533911@wd3-prod-notif-14.myworkday.com>",
               rcv="from wd3-mta-out-02.myworkday.com (wd3-mta-out-02.myworkday.com [198.51.100.42])")
    return make.message(hs, html(page(inner, "fr"), cte="base64"))


@make.mail(N(5), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-09-29T18:00:00Z", end="2026-09-29T19:00:00Z",
           contact="marc-andre.gallant@cooperativeevangeline.ca",
           company="Coopérative d'assurance Évangéline",
           local="Tue 2026-09-29 15:00", local_end="2026-09-29 16:00", zone=MZ,
           note="Invitation Google Agenda (interface française) envoyée par calendar-notification ; "
                "contact = ORGANIZER / Reply-To humain. 15:00-16:00 heure avancée de l'Atlantique "
                "(Moncton, UTC-3) = 18:00-19:00Z ; ICS en TZID America/Moncton")
def m05() -> bytes:
    org = "marc-andre.gallant@cooperativeevangeline.ca"
    plain = t(f"""
        Marc-André Gallant vous a invité(e) à un événement

        Entrevue – Experte en sinistres automobile (Geneviève Arsenault)

        Quand
        mardi 29 septembre 2026 ⋅ 15:00 – 16:00 (heure avancée de l'Atlantique)

        Lieu
        Coopérative Évangéline, 1100, rue Main, salle Beauséjour, Moncton NB

        Bonjour Geneviève, tel que convenu au téléphone. Apporte une pièce d'identité pour
        l'accueil. Marc-André

        Organisateur
        Marc-André Gallant
        {org}

        Invités
        Marc-André Gallant - organisateur
        Nathalie Bourgeois
        genevieve.arsenault@example.org

        Voir tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NGw2bjNrcTlw&tok=MjcjbWFyYy1hbmRyZQ&ctz=America%2FMoncton&hl=fr

        Répondre pour genevieve.arsenault@example.org
        Oui: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGw2bjNrcTlw&rst=1&hl=fr
        Non: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGw2bjNrcTlw&rst=2&hl=fr
        Peut-être: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGw2bjNrcTlw&rst=3&hl=fr

        Invitation de Google Agenda: https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        mises à jour le concernant, refusez-le.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MONCTON}
BEGIN:VEVENT
DTSTART;TZID=America/Moncton:20260929T150000
DTEND;TZID=America/Moncton:20260929T160000
DTSTAMP:20260924T143011Z
ORGANIZER;CN=Marc-André Gallant:mailto:{org}
UID:4l6n3kq9p0c2rj7t8m5vb1sd2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.arsenault@example.org;X-NUM-GUESTS=0:mailto:genevieve.arsenault@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Bourgeois;X-NUM-GUESTS=0:mailto:nathalie.bourgeois@cooperativeevangeline.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc-André Gallant;X-NUM-GUESTS=0:mailto:{org}
CREATED:20260924T143010Z
DESCRIPTION:Bonjour Geneviève\\, tel que convenu au téléphone. Apporte une pièce d'identité pour l'accueil. Marc-André
LAST-MODIFIED:20260924T143010Z
LOCATION:Coopérative Évangéline\\, 1100\\, rue Main\\, salle Beauséjour\\, Moncton NB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Experte en sinistres automobile (Geneviève Arsenault)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Marc-André Gallant (via Google Agenda)", "calendar-notification@google.com"),
               "Invitation: Entrevue – Experte en sinistres automobile (Geneviève Arsenault) @ "
               "mar. 29 sept. 2026 15:00 - 16:00 (ADT) (genevieve.arsenault@example.org)",
               "2026-09-24 11:30:11", MZ, "<calendar-1f0c7d2e-5a9b-4c3e-8d21-6b4e0a7f9c13@google.com>",
               rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
               extra=(("Reply-To", addr("Marc-André Gallant", org)),
                      ("Sender", "Google Agenda <calendar-notification@google.com>")))
    body = mixed(alt(text(plain, cte="quoted-printable"), html(page(p(plain), "fr")),
                     calendar(ics, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return make.message(hs, body)


@make.mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T14:30:00Z", end="2026-09-23T15:00:00Z", contact="ryan.oduya@kestrelauto.ca",
           company="Kestrel Auto Insurance", local="Wed 2026-09-23 11:30", local_end="2026-09-23 12:00",
           zone="America/Halifax",
           note="Calendly invitee confirmation shown in the invitee's zone 'Atlantic Time - Canada' "
                "(ADT, UTC-3): 11:30am-12:00pm = 14:30-15:00Z, although Kestrel is a Toronto company. "
                "Contact = Reply-To host. Follows the scheduling link of the same thread")
def m06() -> bytes:
    body = t("""
        Hi Geneviève Arsenault,

        A new event has been scheduled.

        Event Type:
        Bilingual Auto Claims Representative - 30 min Screening Call

        Invitee:
        Geneviève Arsenault

        Invitee Email:
        genevieve.arsenault@example.org

        Event Date/Time:
        11:30am - 12:00pm (Atlantic Time - Canada); Wednesday, September 23, 2026

        Location:
        Ryan will call you at: +1 506-555-0119

        Description:
        Quick intro call with Kestrel's talent team: your background, French/English comfort on
        the phone with claimants, salary expectations and next steps.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1e4f0a-2c9d-4e6f-a8b3-51d0c6e2f947
        Reschedule: https://calendly.com/reschedulings/7b1e4f0a-2c9d-4e6f-a8b3-51d0c6e2f947

        Powered by Calendly.com
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmed: Bilingual Auto Claims Representative - 30 min Screening Call with Ryan Oduya "
               "on Wednesday, September 23, 2026", "2026-09-17 21:14:52", MZ,
               "<0100019a9c1e3a77-5b2f8d11-8a4e-4c71-b3f0-7e2d9a6c4b18-000000@email.amazonses.com>",
               rcv="from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
               extra=(("Reply-To", addr("Ryan Oduya", "ryan.oduya@kestrelauto.ca")),))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(7), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-10-13T14:00:00Z", end="2026-10-13T15:00:00Z", contact="sdaigle@larochedaigle.qc.ca",
           company="Cabinet d'expertise Laroche & Daigle", local="Tue 2026-10-13 10:00",
           local_end="2026-10-13 11:00", zone="America/Toronto",
           note="Courriel Thunderbird avec invite.ics joint ; l'heure n'est QUE dans l'ICS "
                "(DTSTART;TZID=America/Toronto 10:00, HAE UTC-4) = 14:00Z, le corps dit seulement "
                "« mardi prochain, le 13 octobre ». Contact = expéditeur et ORGANIZER")
def m07() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Comme convenu au téléphone tantôt, voici l'invitation pour notre rencontre de mardi
        prochain, le 13 octobre (au retour de l'Action de grâce). L'heure et le lien Zoom sont
        dans l'invitation ci-jointe; elle devrait s'ajouter directement à votre agenda.

        Ma collègue Isabelle Laroche, associée, se joindra à nous. On voudra surtout parler de
        vos dossiers de dégâts d'eau et de votre aisance avec les rapports d'expertise en anglais
        pour nos mandats des Maritimes.

        Bonne fin de semaine de l'Action de grâce!

        --
        Stéphane Daigle, ing., EA
        Associé directeur
        Cabinet d'expertise Laroche & Daigle
        1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec)
        514 555-0163
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_TORONTO}
BEGIN:VEVENT
CREATED:20261005T203807Z
LAST-MODIFIED:20261005T204012Z
DTSTAMP:20261005T204012Z
UID:6f1c2a0e-93b4-4d7e-b5a8-0e9d3c7f2a61
SUMMARY:Entrevue G. Arsenault – expertise en sinistres (Maritimes)
ORGANIZER;CN=Stéphane Daigle:mailto:sdaigle@larochedaigle.qc.ca
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:genevieve.arsenault@example.org
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Isabelle Laroche:mailto:ilaroche@larochedaigle.qc.ca
DTSTART;TZID=America/Toronto:20261013T100000
DTEND;TZID=America/Toronto:20261013T110000
LOCATION:https://us06web.zoom.us/j/83170524419?pwd=bEw4T2xZc0RmN1FqUkx3
DESCRIPTION:Zoom : https://us06web.zoom.us/j/83170524419?pwd=bEw4T2xZc0RmN1FqUkx3\\nID : 831 7052 4419\\nCode : 662145
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Stéphane Daigle", "sdaigle@larochedaigle.qc.ca"),
               "Rencontre mardi prochain – invitation", "2026-10-05 16:40:27", "America/Toronto",
               "<8d2f41b7-0c5e-4a9b-b6e3-2f7a1c9d0e54@larochedaigle.qc.ca>",
               rcv="from smtp.larochedaigle.qc.ca (smtp.larochedaigle.qc.ca [203.0.113.57])",
               extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr-CA")))
    return make.message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(8), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T14:00:00Z", end="2026-10-16T15:00:00Z", contact="aisling.doyle@harbourline.ca",
           company="Harbourline Insurance", local="Fri 2026-10-16 11:00", local_end="2026-10-16 12:00",
           zone="America/Halifax",
           note="Lever reschedule with SEQUENCE:1 ICS; old time (Thu 8 Oct 2:00 PM) and new time in the "
                "same mail; new 11:00 AM-12:00 PM ADT Halifax = 14:00-15:00Z. Contact = Reply-To "
                "coordinator / ICS ORGANIZER")
def m08() -> bytes:
    body = t("""
        Hi Geneviève,

        Your on-site interview for Claims Adjuster II - Commercial Lines at Harbourline Insurance
        has been rescheduled.

        WAS:  Thursday, October 8, 2026, 2:00 PM - 3:00 PM ADT
        NOW:  Friday, October 16, 2026, 11:00 AM - 12:00 PM ADT

        Location: Harbourline Insurance, 1801 Hollis Street, 9th floor, Halifax, NS
        Please check in with reception; visitor parking is not available, but the Scotia Square
        garage is a two-minute walk.

        You'll meet with:
        - Aisling Doyle, Recruiting Coordinator
        - Mark Hatfield, Team Lead, Commercial Claims
        - Reena Sandhu, Senior Adjuster

        An updated calendar invitation is attached. Reply to this email if you have any questions.

        Best,
        Harbourline Insurance Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_HALIFAX}
BEGIN:VEVENT
UID:lever-interview-3c8e1d7a-9f24-4b60-a1e5-d27c0b9f6e38
DTSTAMP:20261007T180211Z
DTSTART;TZID=America/Halifax:20261016T110000
DTEND;TZID=America/Halifax:20261016T120000
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:On-site interview: Claims Adjuster II - Commercial Lines (Harbourline Insurance)
LOCATION:Harbourline Insurance\\, 1801 Hollis Street\\, 9th floor\\, Halifax\\, NS
ORGANIZER;CN=Aisling Doyle:mailto:aisling.doyle@harbourline.ca
ATTENDEE;CN=Geneviève Arsenault;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:genevieve.arsenault@example.org
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Harbourline Insurance", "no-reply@hire.lever.co"),
               "Updated: Your interview with Harbourline Insurance", "2026-10-07 15:02:11",
               "America/Halifax", "<20261007180211.1.3c8e1d7a9f24@hire.lever.co>",
               rcv="from o1.hire.lever.co (o1.hire.lever.co [167.89.12.44])",
               extra=(("Reply-To", addr("Aisling Doyle", "aisling.doyle@harbourline.ca")),))
    return make.message(hs, mixed(alt(text(body), html(page(p(body)))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
           start="2026-10-20T18:00:00Z", end="2026-10-20T18:45:00Z",
           contact="warren.kalani@ironbarkspecialty.com", company="Ironbark Specialty Insurance",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 14:45", zone="America/Toronto",
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS; cancelled slot 2:00-2:45 PM EDT "
                "(Toronto, UTC-4) = 18:00-18:45Z. Contact = human ICS ORGANIZER (the sender is no-reply)")
def m09() -> bytes:
    body = t("""
        Dear Geneviève,

        We're writing to let you know that your interview for the position of Liability Claims
        Examiner (Bilingual) at Ironbark Specialty Insurance, scheduled for

            Tue, Oct 20, 2026, 2:00 PM - 2:45 PM (EDT, Toronto)

        has been cancelled by the hiring team. Warren Kalani will be in touch with you directly
        about next steps.

        We apologize for any inconvenience.

        Ironbark Specialty Insurance Hiring Team

        --
        This email was sent by SmartRecruiters on behalf of Ironbark Specialty Insurance.
        Please do not reply to this message.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
{VTZ_TORONTO}
BEGIN:VEVENT
UID:sr-int-5f2e8c1b-77a0-4d39-9e6b-c41a2d8f0b93@smartrecruiters.com
DTSTAMP:20261015T161002Z
DTSTART;TZID=America/Toronto:20261020T140000
DTEND;TZID=America/Toronto:20261020T144500
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Cancelled: Interview - Liability Claims Examiner (Bilingual)
ORGANIZER;CN=Warren Kalani:mailto:warren.kalani@ironbarkspecialty.com
ATTENDEE;CN=Geneviève Arsenault;ROLE=REQ-PARTICIPANT:mailto:genevieve.arsenault@example.org
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Ironbark Specialty Insurance", "no-reply@smartrecruiters.com"),
               "Interview cancelled: Liability Claims Examiner (Bilingual)", "2026-10-15 12:10:02",
               "America/Toronto", "<sr.5f2e8c1b77a04d39.20261015161002@smartrecruiters.com>",
               rcv="from mail-out-3.smartrecruiters.com (mail-out-3.smartrecruiters.com [198.51.100.93])")
    return make.message(hs, alt(text(body), html(page(p(body))), calendar(ics, method="CANCEL", cte="quoted-printable")))


@make.mail(N(10), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T12:30:00Z", end="2026-10-07T13:30:00Z",
           contact="nadine.theriault@atlanticcrest.ca", company="Atlantic Crest Insurance",
           local="Wed 2026-10-07 09:30", local_end="2026-10-07 10:30", zone=MZ,
           note="iCIMS plain-text invitation (QP) for an in-person interview in Fredericton; New "
                "Brunswick is on Atlantic time, 9:30-10:30 AM ADT (UTC-3) = 12:30-13:30Z. Contact = "
                "recruiter address in the body (sender is the iCIMS relay)")
def m10() -> bytes:
    body = t("""
        Dear Geneviève Arsenault,

        Thank you for your interest in the Field Claims Adjuster - Property (Fredericton) position
        (Requisition 2026-4418) with Atlantic Crest Insurance. We are pleased to confirm your
        interview as follows:

        Date:      Wednesday, October 7, 2026
        Time:      9:30 AM - 10:30 AM Atlantic Time
        Location:  Atlantic Crest Insurance, 440 King Street, Suite 600, Fredericton, NB
        Ask for:   Nadine Thériault at the 6th floor reception

        Please bring a copy of your adjuster licence and a list of three professional references.

        If you need to reschedule or require an accommodation, please contact Nadine Thériault,
        Talent Acquisition Partner, at nadine.theriault@atlanticcrest.ca or 506-555-0170.

        Sincerely,

        Talent Acquisition
        Atlantic Crest Insurance

        ******************************************************************
        This message was sent to genevieve.arsenault@example.org. Please do not reply directly
        to this email.
        """)
    hs = heads(addr("Atlantic Crest Insurance", "atlanticcrest@talent.icims.com"),
               "Interview Invitation - Field Claims Adjuster - Property (Fredericton)",
               "2026-10-01 09:30:48", MZ, "<1801275538.41907.1790857848221@icims.com>",
               rcv="from mta11.icims.com (mta11.icims.com [198.51.100.211])")
    return make.message(hs, text(body))


@make.mail(N(11), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-02T17:30:00Z", end="2026-11-02T18:30:00Z",
           contact="rejeanne.leblanc@mutuellebeausejour.ca", company="Mutuelle Beauséjour",
           local="Mon 2026-11-02 13:30", local_end="2026-11-02 14:30", zone=MZ,
           days=(("Wed", "2026-10-28"), ("Mon", "2026-11-02")),
           note="Report en prose (iso-8859-1, 8bit) : ancienne heure mercredi 28 oct. 10 h, nouvelle "
                "lundi 2 novembre 13 h 30 - 14 h 30. Le courriel est daté en HAA (UTC-3) mais "
                "l'entrevue tombe après le retour à l'heure normale du 1er novembre : 13 h 30 HNA "
                "(UTC-4) = 17:30Z")
def m11() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Je suis vraiment désolée de vous faire ça à la dernière minute : un membre du comité de
        sélection doit se rendre à Edmundston mercredi pour un gros dossier d'incendie, et nous
        devons déplacer l'entrevue prévue ce mercredi 28 octobre à 10 h.

        L'entrevue est donc reportée au lundi 2 novembre, de 13 h 30 à 14 h 30, au même endroit
        (siège social de Dieppe, 2e étage, salle Grand-Pré). Le comité a déjà bloqué ce créneau.
        Vous m'aviez dit que vos lundis après-midi étaient libres; si jamais ça ne vous allait
        plus, faites-moi signe.

        Encore désolée, et merci de votre compréhension.

        Réjeanne LeBlanc
        Coordonnatrice, dotation et relations avec le personnel
        Mutuelle Beauséjour
        Dieppe (N.-B.)
        506 555-0128
        """)
    hs = heads(addr("Réjeanne LeBlanc", "rejeanne.leblanc@mutuellebeausejour.ca", "iso-8859-1"),
               "Changement de date - entrevue Experte en sinistres", "2026-10-26 13:15:09", MZ,
               "<000d01dc6a2b$4e1f7c30$ea5e7490$@mutuellebeausejour.ca>",
               rcv="from exch01.mutuellebeausejour.ca (exch01.mutuellebeausejour.ca [203.0.113.28])",
               charset="iso-8859-1",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ca")))
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T13:00:00Z", end="2026-10-14T13:45:00Z", contact=None,
           company="Cormorant Claims Group", local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45",
           zone="America/Halifax",
           note="Microsoft Bookings confirmation from a shared mailbox. The body's zone label shows "
                "the standard offset '(UTC-04:00) Atlantic Time (Canada)' but in October Halifax is on "
                "ADT (UTC-3): 10:00 = 13:00Z, which the ICS (TZID Atlantic Standard Time) confirms. "
                "'Duration: 45 minutes' gives the end. Staff name only, no personal address -> contact null")
def m12() -> bytes:
    body = t("""
        Your booking is confirmed

        Hi Geneviève,

        Thank you for booking with Cormorant Claims Group. Your appointment details:

        Service:   Adjuster Interview - Halifax Branch
        Date:      Wednesday, October 14, 2026
        Time:      10:00 AM (UTC-04:00) Atlantic Time (Canada)
        Duration:  45 minutes
        Staff:     Heather Pyke
        Location:  Cormorant Claims Group, 5251 Duke Street, Suite 1100, Halifax, NS

        Please arrive ten minutes early and bring your licence number.

        Need to make changes? Manage your booking:
        https://outlook.office365.com/owa/calendar/CormorantClaimsGroupCareers@cormorantclaims.com/bookings/

        Add to calendar: the attached invitation.

        Cormorant Claims Group
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Cormorant Claims Group Careers:mailto:CormorantClaimsGroupCareers@cormorantclaims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Arsenault:mailto:genevieve.arsenault@example.org
DESCRIPTION;LANGUAGE=en-US:Adjuster Interview - Halifax Branch with Heather Pyke
UID:040000008200E00074C5B7101A82E00800000000B1F0E8C2A35BDC010000000000000000100000009C2E7D41A0B3F64E8A17C2D5E6F90B12
SUMMARY;LANGUAGE=en-US:Adjuster Interview - Halifax Branch
DTSTART;TZID=Atlantic Standard Time:20261014T100000
DTEND;TZID=Atlantic Standard Time:20261014T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T130205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Cormorant Claims Group\\, 5251 Duke Street\\, Suite 1100\\, Halifax\\, NS
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Cormorant Claims Group Careers", "CormorantClaimsGroupCareers@cormorantclaims.com"),
               "Your booking is confirmed: Adjuster Interview - Halifax Branch", "2026-10-09 10:02:05",
               "America/Halifax",
               "<YQBPR0101MB6622E1F0B73C8A9D45E2C7F1A3B90@YQBPR0101MB6622.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2112.outbound.protection.outlook.com [40.107.116.112])")
    return make.message(hs, mixed(alt(text(body), html(page(p(body)))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T15:30:00Z", end="2026-11-10T16:15:00Z", contact="elodie.fortin@sentinelle-assurance.ca",
           company="Sentinelle Assurance habitation", local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:15",
           zone="America/Toronto",
           note="Teamtailor en français avec ICS (TZID America/Toronto). 10 h 30 - 11 h 15 HNE (Montréal, "
                "UTC-5 après le 1er novembre) = 15:30-16:15Z ; le corps donne aussi 11 h 30 à Moncton "
                "(HNA). Contact = Reply-To humain")
def m13() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Votre entrevue pour le poste de Conseillère en indemnisation – habitation (bilingue,
        télétravail) est confirmée.

        📅 mardi 10 novembre 2026
        🕥 10 h 30 à 11 h 15 (HNE, heure de Montréal) – soit 11 h 30 à Moncton
        📍 Google Meet : https://meet.google.com/qbx-frtn-wkd

        Vous rencontrerez Élodie Fortin (acquisition de talents) et Hugo Tremblay-Paquet, chef
        d'équipe, indemnisation habitation.

        Pour toute question, répondez simplement à ce courriel.

        À bientôt!
        L'équipe Sentinelle Assurance habitation
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//FR
METHOD:REQUEST
{VTZ_TORONTO}
BEGIN:VEVENT
UID:teamtailor-interview-8812047@teamtailor.com
DTSTAMP:20261104T144012Z
DTSTART;TZID=America/Toronto:20261110T103000
DTEND;TZID=America/Toronto:20261110T111500
SUMMARY:Entrevue – Conseillère en indemnisation – habitation (Sentinelle)
LOCATION:https://meet.google.com/qbx-frtn-wkd
ORGANIZER;CN=Élodie Fortin:mailto:elodie.fortin@sentinelle-assurance.ca
ATTENDEE;CN=Geneviève Arsenault;RSVP=TRUE:mailto:genevieve.arsenault@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Sentinelle Assurance habitation", "no-reply@teamtailor-mail.com"),
               "Entrevue confirmée – Conseillère en indemnisation – habitation", "2026-11-04 09:40:12",
               "America/Toronto", "<20261104144012.8812047.a91f@teamtailor-mail.com>",
               rcv="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [198.51.100.67])",
               extra=(("Reply-To", addr("Élodie Fortin", "elodie.fortin@sentinelle-assurance.ca")),))
    return make.message(hs, mixed(alt(text(body), html(page(p(body), "fr"))),
                                  calendar(ics, cte="base64", filename="entrevue.ics", disposition="attachment")))


@make.mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-16T15:00:00Z", end="2026-11-16T17:30:00Z",
           contact="kwame.asanteross@fundyshield.ca", company="Fundy Shield General Insurance",
           local="Mon 2026-11-16 11:00", local_end="2026-11-16 13:30", zone=MZ,
           note="GoodTime virtual panel itinerary, three sessions shown in the candidate's zone (AST, "
                "UTC-4 in November): start = first session 11:00 AM = 15:00Z, end = last session end "
                "1:30 PM = 17:30Z. Contact = Reply-To coordinator. Follows the assessment mail")
def m14() -> bytes:
    body = t("""
        Hi Geneviève,

        Great news - your virtual interview for Major Loss Adjuster (Atlantic, Remote) with Fundy
        Shield General Insurance is confirmed. All times are shown in your time zone, Atlantic
        Standard Time (AST).

        Monday, November 16, 2026

        11:00 AM - 11:45 AM AST   Hiring manager conversation
                                  Simone Arseneau, Director, Major & Complex Loss
        12:00 PM - 12:45 PM AST   Case study walk-through (your assessment file)
                                  Tyler Whalen and Monique Savoie, Senior Adjusters
         1:00 PM -  1:30 PM AST   People & Culture
                                  Kwame Asante-Ross, Talent Coordinator

        Each session has its own Microsoft Teams link in the calendar invites that will follow.
        There is a 15-minute break between sessions.

        Questions or a conflict? Reply to this email to reach Kwame.

        Good luck!
        Fundy Shield Talent Team
        """)
    hs = heads(addr("Fundy Shield Talent Team", "scheduling@goodtime.io"),
               "Your interview itinerary - Major Loss Adjuster (Atlantic, Remote)", "2026-11-09 11:00:44",
               MZ, "<20261109150044.5d8e2c.fundyshield@goodtime.io>",
               rcv="from mail.goodtime.io (mail.goodtime.io [198.51.100.120])",
               extra=(("Reply-To", addr("Kwame Asante-Ross", "kwame.asanteross@fundyshield.ca")),))
    return make.message(hs, alt(text(body), html(page("<pre style=\"font-family:Arial\">"
                                                           + body.replace("&", "&amp;") + "</pre>\n"))))


@make.mail(N(15), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-19T13:30:00Z", end=None, contact="chantal.robichaud@assurancesgrandpre.ca",
           company="Assurances Grand-Pré", local="Thu 2026-11-19 09:30", zone=MZ,
           note="Geneviève se transfère (Gmail en français, de son ancienne adresse) la confirmation "
                "d'une recrutrice ; Fredericton est en heure de l'Atlantique, 9 h 30 HNA (UTC-4) = "
                "13:30Z ; « environ 1 h 30 » approximatif -> end null. Contact = l'adresse de la "
                "recrutrice dans l'en-tête transféré")
def m15() -> bytes:
    body = t("""


        ---------- Forwarded message ---------
        De : Chantal Robichaud <chantal.robichaud@assurancesgrandpre.ca>
        Date: jeu. 12 nov. 2026, 14 h 05
        Subject: Confirmation – entrevue, Experte en sinistres (Fredericton)
        To: Geneviève Arsenault <genevieve.arsenault@example.com>


        Bonjour Madame Arsenault,

        Je vous confirme votre entrevue le jeudi 19 novembre à 9 h 30, à nos bureaux de
        Fredericton (1133, rue Regent, 2e étage). Prévoyez environ 1 h 30 : une rencontre avec
        le comité, puis un court exercice de rédaction d'un rapport de sinistre.

        Le stationnement est gratuit à l'arrière de l'édifice. Si vous avez un empêchement,
        écrivez-moi ou appelez-moi au 506 555-0191.

        Au plaisir,

        Chantal Robichaud
        Spécialiste en acquisition de talents
        Assurances Grand-Pré
        """)
    hs = heads(addr(ME_NAME, "genevieve.arsenault@example.com"),
               "Fwd: Confirmation – entrevue, Experte en sinistres (Fredericton)", "2026-11-12 19:22:37",
               MZ, "<CAGv4Lm2pT8sW1x_Q9nZ3kR7bY5cH0eJ6uF4dA2oV8iM1tN3wE@mail.gmail.com>",
               rcv="from mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-20T18:30:00Z", end="2026-11-20T19:30:00Z", contact="ian.macphee@bluenosemarine.ca",
           company="Bluenose Marine Underwriters", local="Fri 2026-11-20 14:30", local_end="2026-11-20 15:30",
           zone="America/Halifax",
           note="Hiring manager's short reply on top of the quoted thread (recruiter's proposed slots, "
                "the candidate's answer): 'Friday the 20th at 2:30 ... 2:30 to 3:30' in Halifax, AST "
                "(UTC-4) = 18:30-19:30Z. Contact = human sender, not the cc'd recruiter")
def m16() -> bytes:
    body = t("""
        Geneviève,

        Friday the 20th at 2:30 works for all three of us. We've blocked 2:30 to 3:30 and booked the
        4th-floor boardroom at 1475 Lower Water Street; just tell the front desk you're here to see
        me. No need to prepare anything formal, but we'll probably walk through a hull claim or two.

        See you then,
        Ian

        Ian MacPhee
        Claims Manager, Bluenose Marine Underwriters
        902-555-0148

        On Mon, Nov 16, 2026 at 9:12 AM Geneviève Arsenault <genevieve.arsenault@example.org> wrote:
        > Hi Tara and Ian,
        >
        > Thank you! Thursday morning or Friday afternoon would both work for me. I'll be driving
        > in from Moncton, so anything after 10 a.m. is perfect.
        >
        > Best regards,
        > Geneviève
        >
        > On Fri, Nov 13, 2026 at 4:40 PM Tara Oickle <tara.oickle@bluenosemarine.ca> wrote:
        >> Hi Geneviève,
        >>
        >> Ian would like to meet you in person for the Marine Claims Adjuster role. Could you do
        >> Thursday Nov 19 (morning) or Friday Nov 20 (afternoon)?
        >>
        >> Tara Oickle | HR Generalist | Bluenose Marine Underwriters
        """)
    hs = heads(addr("Ian MacPhee", "ian.macphee@bluenosemarine.ca"),
               "Re: Marine Claims Adjuster - next step", "2026-11-16 16:45:03", "America/Halifax",
               "<YT2PR01MB4410A7C3E9D15B2F86E0C4D1B7A22@YT2PR01MB4410.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2098.outbound.protection.outlook.com [40.107.114.98])",
               extra=(("Cc", addr("Tara Oickle", "tara.oickle@bluenosemarine.ca")),
                      ("In-Reply-To", "<CAHt8Wn3xQ5r@mail.gmail.com>"),
                      ("References", "<YT2PR01MB4410B1E2@YT2PR01MB4410.CANPRD01.PROD.OUTLOOK.COM> "
                                     "<CAHt8Wn3xQ5r@mail.gmail.com>"),
                      ("Thread-Topic", "Marine Claims Adjuster - next step")))
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(17), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-05T16:00:00Z", end=None, contact="brent.steeves@tantramartalent.ca",
           company="Greyhawk Commercial Insurance", local="Thu 2026-11-05 11:00", zone="America/Toronto",
           note="Agency recruiter cancels the client interview: 'Thursday's interview (Nov 5, 11:00 "
                "a.m. Toronto time / noon our time)'. After the 1 Nov change Toronto is EST (UTC-5): "
                "cancelled slot 16:00Z. Company = the client, Greyhawk; contact = the agency recruiter")
def m17() -> bytes:
    body = t("""
        Hi Geneviève,

        Bad news, I'm afraid. Greyhawk called me this morning: they've put the Commercial Property
        Adjuster search on hold until the new year (budget freeze after the Q3 results), so
        Thursday's interview with Sandra Okafor (Nov 5, 11:00 a.m. Toronto time / noon our time)
        is cancelled. Sandra asked me to pass on her apologies - she was looking forward to it.

        I know this one was a good fit, and I'm annoyed on your behalf. I'll keep pushing with
        them in January, and in the meantime I have two other commercial files I'd like to talk
        to you about. Do you have 15 minutes this week?

        Brent

        Brent Steeves | Senior Consultant, Insurance & Claims
        Tantramar Talent Partners | Moncton - Halifax - Toronto
        506-555-0135
        """)
    hs = heads(addr("Brent Steeves", "brent.steeves@tantramartalent.ca"),
               "Greyhawk - Thursday's interview cancelled", "2026-11-02 10:20:55", MZ,
               "<CAB7pR2nXw4kT9q_L3sZ8mY1vH6cJ0eG5uF2dN7aQ4iW9oK3rBt@mail.gmail.com>",
               rcv="from mail-qv1-f50.google.com (mail-qv1-f50.google.com [209.85.219.50])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(18), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-10-22T14:00:00Z", end="2026-10-22T15:00:00Z", contact="maude.levesque@groupeborealis.ca",
           company="Groupe Boréalis Assurances", local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00",
           zone="America/Toronto",
           note="Annulation Outlook (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1) en français, TZID "
                "« Eastern Standard Time » ; le corps affiche « (UTC-05:00) Est (É.-U. et Canada) » mais "
                "le 22 octobre Montréal est en HAE (UTC-4) : 10:00 = 14:00Z. Contact = organisatrice")
def m18() -> bytes:
    body = t("""
        Quand : jeudi 22 octobre 2026 10:00-11:00 (UTC-05:00) Est (É.-U. et Canada).
        Où : Réunion Microsoft Teams

        Bonjour Geneviève,

        Je dois malheureusement annuler la deuxième entrevue de jeudi : le poste d'experte en
        sinistres principale est suspendu à la suite d'une réorganisation de l'équipe des biens
        commerciaux. Je vous appellerai d'ici la fin de la semaine pour vous expliquer la suite
        et vous parler d'un autre poste qui pourrait vous intéresser.

        Toutes mes excuses,

        Maude Lévesque
        Partenaire d'affaires RH | Groupe Boréalis Assurances
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ['Eastern Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Maude Lévesque:mailto:maude.levesque@groupeborealis.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Arsenault:mailto:genevieve.arsenault@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jean-François Sirois:mailto:jf.sirois@groupeborealis.ca
UID:040000008200E00074C5B7101A82E00800000000D7A1C0F49F5EDC01000000000000000010000000E3B6A9D2C41F0845B2E7D9A0C6F13B58
SUMMARY;LANGUAGE=fr-CA:Annulé : Deuxième entrevue – Geneviève Arsenault (Experte en sinistres principale)
DTSTART;TZID=Eastern Standard Time:20261022T100000
DTEND;TZID=Eastern Standard Time:20261022T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261019T125540Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Maude Lévesque", "maude.levesque@groupeborealis.ca"),
               "Annulé : Deuxième entrevue – Geneviève Arsenault (Experte en sinistres principale)",
               "2026-10-19 08:55:40", "America/Toronto",
               "<YQXPR01MB5127F3A8C2D9E0B4A61D7E2C5F8B0@YQXPR01MB5127.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2120.outbound.protection.outlook.com [40.107.66.120])",
               extra=(("Importance", "high"), ("Content-Language", "fr-CA"),
                      ("Thread-Topic", "Deuxieme entrevue - Genevieve Arsenault (Experte en sinistres principale)")))
    return make.message(hs, alt(text(body, charset="iso-8859-1"), html(page(p(body), "fr", "iso-8859-1"), charset="iso-8859-1"),
                                calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(19), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-25T19:00:00Z", end="2026-11-25T20:00:00Z", contact="sylvie.bourque@aboiteau-rh.ca",
           company="Lumen Assurances", local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:00",
           zone="America/Toronto",
           note="Une recruteuse d'agence transmet la confirmation du client en pièce jointe "
                "message/rfc822 : mercredi 25 novembre, 14 h à 15 h HNE (Montréal, UTC-5) = 19:00-20:00Z "
                "(15 h à Moncton). Entreprise = Lumen Assurances ; contact = l'expéditrice humaine "
                "(l'agence), selon l'ordre des règles")
def m19() -> bytes:
    inner_body = t("""
        Bonjour Sylvie,

        C'est confirmé pour Mme Arsenault : mercredi 25 novembre, de 14 h à 15 h (HNE), par
        Teams. Elle rencontrera Benoît Tanguay, directeur indemnisation IARD, et moi-même.
        Je lui enverrai le lien Teams directement demain matin.

        Merci et bonne journée,

        Karine Ouellet
        Conseillère principale, acquisition de talents
        Lumen Assurances
        """)
    inner = make.message(
        [("From", addr("Karine Ouellet", "karine.ouellet@lumenassurances.ca")),
         ("To", addr("Sylvie Bourque", "sylvie.bourque@aboiteau-rh.ca")),
         ("Subject", enc("Entrevue – G. Arsenault – Analyste principale, indemnisation IARD")),
         ("Date", date("2026-11-19 14:31:07", "America/Toronto")),
         ("Message-ID", "<YQBPR01MB9034A1C7E2F5@YQBPR01MB9034.CANPRD01.PROD.OUTLOOK.COM>")],
        text(inner_body, charset="windows-1252"))
    body = t("""
        Allô Geneviève,

        Bonne nouvelle! Voici la confirmation de Lumen en pièce jointe : c'est mercredi prochain,
        le 25 novembre, à 14 h heure de Montréal (donc 15 h chez nous). Karine va t'envoyer le
        lien Teams directement.

        Je t'appelle lundi pour qu'on se prépare un peu ensemble.

        Sylvie

        Sylvie Bourque
        Conseillère en recrutement – assurances et services financiers
        Groupe-conseil Aboiteau
        Moncton | Dieppe
        506 555-0156
        """)
    hs = heads(addr("Sylvie Bourque", "sylvie.bourque@aboiteau-rh.ca"),
               "TR: Entrevue – G. Arsenault – Analyste principale, indemnisation IARD",
               "2026-11-19 16:10:22", MZ, "<000a01dc78f1$2c4d8e90$84d0abb0$@aboiteau-rh.ca>",
               rcv="from smtp.aboiteau-rh.ca (smtp.aboiteau-rh.ca [203.0.113.140])",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, mixed(text(body), make.attached_message(inner, "Entrevue G. Arsenault.eml")))


@make.mail(N(20), family="personio", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T14:45:00Z", contact="as.guerin@mutualis-atlantique.fr",
           company="Groupe Mutualis Atlantique", local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45",
           zone="Europe/Paris",
           note="Personio (employeur français, Nantes) : entretien déplacé du jeudi 22 oct. 16:00 au "
                "mardi 27 oct. 15:00-15:45 heure de Paris. La France repasse à l'heure d'hiver le "
                "25 octobre (CET, UTC+1) mais le Canada seulement le 1er novembre : 15:00 Paris = "
                "14:00Z = 11:00 à Moncton (écart de 4 h). ICS SEQUENCE:1 en Europe/Paris. Contact = "
                "Reply-To humain")
def m20() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Nous avons dû modifier l'horaire de votre entretien pour le poste « Coordinatrice
        sinistres – Canada (télétravail) ».

        Ancien créneau : jeudi 22 octobre 2026, 16:00 (heure de Paris)
        Nouveau créneau : mardi 27 octobre 2026, 15:00 – 15:45 (heure de Paris)

        Attention : la France passe à l'heure d'hiver dans la nuit du 24 au 25 octobre, alors que
        le Canada ne change d'heure que le 1er novembre. Le mardi 27, 15:00 à Paris correspondra
        donc à 11:00 à Moncton.

        Lien de visioconférence (Microsoft Teams) : dans l'invitation jointe.

        Interlocutrice : Anne-Sophie Guérin, responsable recrutement – vous pouvez répondre
        directement à ce message.

        Bien cordialement,
        Groupe Mutualis Atlantique – Recrutement
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//FR
METHOD:REQUEST
{make.VTZ['Europe/Paris']}
BEGIN:VEVENT
UID:personio-interview-44170293@personio.de
DTSTAMP:20261020T153004Z
DTSTART;TZID=Europe/Paris:20261027T150000
DTEND;TZID=Europe/Paris:20261027T154500
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien – Coordinatrice sinistres Canada (Geneviève Arsenault)
ORGANIZER;CN=Anne-Sophie Guérin:mailto:as.guerin@mutualis-atlantique.fr
ATTENDEE;CN=Geneviève Arsenault;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:genevieve.arsenault@example.org
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Groupe Mutualis Atlantique", "noreply@mutualis-atlantique.jobs.personio.de"),
               "Modification de votre entretien – Coordinatrice sinistres – Canada", "2026-10-20 17:30:04",
               "Europe/Paris", "<20261020153004.44170293@mutualis-atlantique.jobs.personio.de>",
               rcv="from mail.personio.de (mail.personio.de [198.51.100.18])",
               extra=(("Reply-To", addr("Anne-Sophie Guérin", "as.guerin@mutualis-atlantique.fr")),))
    return make.message(hs, mixed(alt(text(body), html(page(p(body), "fr"))),
                                  calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@make.mail(N(21), family="workable", lang="en", interview=True, kind="rescheduled",
           start="2026-11-30T13:00:00Z", end="2026-11-30T13:45:00Z", contact="owen.bastarache@saltmarshclaims.ca",
           company="Saltmarsh Property Claims", local="Mon 2026-11-30 09:00", local_end="2026-11-30 09:45",
           zone=MZ, days=(("Thu", "2026-11-26"),),
           note="Workable reschedule; Reply-To is a Workable relay (+...@candidates.workablemail.com), "
                "not a human mailbox -> contact = the hiring manager's address in the body. New time "
                "9:00 AM AST (Moncton, UTC-4), 45 minutes = 13:00-13:45Z; old time Thu Nov 26 3:00 PM")
def m21() -> bytes:
    body = t("""
        Hi Geneviève,

        Your interview for the Independent Adjuster - Residential role at Saltmarsh Property
        Claims has been rescheduled.

        New date and time: Monday, November 30, 2026 at 9:00 AM AST
        Duration: 45 minutes
        (Previously: Thursday, November 26, 2026 at 3:00 PM AST)

        Where: Saltmarsh Property Claims, 95 Foundry Street, Unit 210, Moncton, NB

        Owen Bastarache will be interviewing you. If the new time doesn't suit, let Owen know at
        owen.bastarache@saltmarshclaims.ca.

        Thanks,
        Saltmarsh Property Claims

        Sent with Workable
        """)
    hs = heads(addr("Saltmarsh Property Claims", "noreply@candidates.workablemail.com"),
               "Your interview has been rescheduled - Independent Adjuster - Residential",
               "2026-11-23 14:00:37", MZ, "<5f0e9a7b2c14d.20261123180037@candidates.workablemail.com>",
               rcv="from mail3.workablemail.com (mail3.workablemail.com [198.51.100.151])",
               extra=(("Reply-To", "saltmarsh-property-claims+a7f3c2e918@candidates.workablemail.com"),))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(22), family="taleo", lang="fr", interview=True, kind="scheduled",
           start="2026-12-09T18:30:00Z", end="2026-12-09T19:30:00Z",
           contact="martin.gagnonroy@vieuxport-assurances.ca", company="Assurances Vieux-Port",
           local="Wed 2026-12-09 13:30", local_end="2026-12-09 14:30", zone="America/Toronto",
           note="Convocation Taleo en texte seul (windows-1252, base64) : 9 décembre, 13 h 30 à 14 h 30 "
                "(heure normale de l'Est, UTC-5) = 18:30-19:30Z. Contact = conseiller nommé dans le corps")
def m22() -> bytes:
    body = t("""
        Madame Geneviève Arsenault,

        À la suite de l'analyse de votre candidature au poste d'Experte en sinistres – biens,
        bilingue (réf. 2600873), nous avons le plaisir de vous convoquer à une entrevue.

        Date : mercredi 9 décembre 2026
        Heure : 13 h 30 à 14 h 30 (heure normale de l'Est)
        Lieu : Vidéoconférence Microsoft Teams (le lien vous sera transmis la veille)

        Veuillez confirmer votre présence en répondant à Martin Gagnon-Roy, conseiller en
        acquisition de talents, à l'adresse martin.gagnonroy@vieuxport-assurances.ca.

        Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.

        Service des ressources humaines
        Assurances Vieux-Port

        Ce message a été envoyé automatiquement. Veuillez ne pas y répondre.
        """)
    hs = heads(addr("Assurances Vieux-Port – Carrières", "vieuxport@taleo.net"),
               "Convocation à une entrevue – Experte en sinistres – biens, bilingue",
               "2026-12-01 10:15:26", "America/Toronto", "<1733066126433.JavaMail.taleo@tlo-prod-mta07>",
               rcv="from smtp07.taleo.net (smtp07.taleo.net [198.51.100.207])")
    return make.message(hs, text(body, charset="windows-1252", cte="base64"))


@make.mail(N(23), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-12-07T13:00:00Z", end=None, contact="luc@courtageshediac.ca", company="Courtage Shediac",
           local="Mon 2026-12-07 09:00", zone=MZ,
           note="Courte réponse d'un courtier en chiac / français acadien : « lundi à 9 h » résolu contre "
                "la Date (jeudi 3 décembre, Moncton) = lundi 7 décembre 9 h HNA (UTC-4) = 13:00Z ; "
                "« une demi-heure, trois quarts d'heure max » n'est pas une durée exacte -> end null")
def m23() -> bytes:
    body = t("""
        Salut Geneviève,

        Parfait, on se voit lundi à 9 h au bureau (le 2e étage au-dessus de la pharmacie, rue Main
        à Shediac). Ça devrait durer une demi-heure, trois quarts d'heure max — c'est pas mal
        informel, je veux juste te présenter ma partenaire Denise pis vous jaser des dossiers
        d'assurance habitation qu'on voudrait ramener à l'interne.

        Apporte ton CV en papier si t'en as un, Denise aime ça.

        Luc

        Luc Poirier, courtier d'assurance de dommages
        Courtage Shediac
        506 555-0104

        Le jeu. 3 déc. 2026 à 15 h 12, Geneviève Arsenault <genevieve.arsenault@example.org> a écrit :
        > Bonjour Luc,
        > Merci pour le retour! Lundi matin ou mardi après-midi, ça m'irait.
        > Geneviève
        """)
    hs = heads(addr("Luc Poirier", "luc@courtageshediac.ca"),
               "Re: Poste d'experte en sinistres", "2026-12-03 17:50:14", MZ,
               "<6B2F0E94-3C1A-4D8B-9E57-A0C4D2F1B836@courtageshediac.ca>",
               rcv="from smtp.courtageshediac.ca (smtp.courtageshediac.ca [203.0.113.201])",
               extra=(("In-Reply-To", "<CAEh9Rt4@mail.gmail.com>"), ("References", "<CAEh9Rt4@mail.gmail.com>"),
                      ("X-Mailer", "iPhone Mail (22B91)")))
    return make.message(hs, text(body, cte="8bit"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Tidewater Mutual Insurance",
           note="Greenhouse rejection after the 15 September interview; no new time")
def m24() -> bytes:
    body = t("""
        Hi Geneviève,

        Thank you for taking the time to speak with Derek and me about the Senior Property Claims
        Adjuster role. We enjoyed learning about your catastrophe deployment experience.

        After careful consideration, we have decided to move forward with another candidate
        whose experience more closely matches the needs of the Halifax team at this time.

        We'd be glad to keep your profile on file for future adjuster openings in the Maritimes,
        and we wish you every success in your search.

        Kind regards,
        Colleen MacIsaac
        Talent Acquisition, Tidewater Mutual Insurance
        """)
    hs = heads(addr("Tidewater Mutual Insurance", "no-reply@us.greenhouse-mail.io"),
               "Your application to Tidewater Mutual Insurance", "2026-09-28 11:03:19", "America/Halifax",
               "<0100019a6b2e7f10-3a9c4d22-6e0b-4f85-b7d1-0c2e8a9f5b31-000000@email.amazonses.com>",
               rcv="from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
               extra=(("Reply-To", addr("Colleen MacIsaac", "colleen.macisaac@tidewatermutual.ca")),))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(25), family="rejection", lang="fr", interview=False, company="Assurances Mascaret",
           note="Refus après l'entrevue du 17 septembre, en français ; aucune nouvelle rencontre")
def m25() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Je tenais à vous remercier encore une fois d'être venue nous rencontrer la semaine
        dernière. Le comité a beaucoup apprécié la clarté de vos explications, en français comme
        en anglais.

        Après mûre réflexion, nous avons retenu une candidature à l'interne pour le poste
        d'experte en sinistres, habitation. La décision a été difficile.

        Avec votre permission, je garde votre dossier actif : un poste en sinistres automobiles
        devrait s'ouvrir au printemps et je penserai à vous.

        Bonne continuité dans vos recherches,

        Josée Cormier
        Conseillère principale, ressources humaines
        Assurances Mascaret
        """)
    hs = heads(addr("Josée Cormier", "josee.cormier@assurancesmascaret.ca"),
               "Suivi de votre candidature – Experte en sinistres, habitation", "2026-10-02 15:26:41", MZ,
               "<CAJm5Qe2bN8x_T4kW7pR1vZ9cH3sL6eY0uG5dF2aM8iQ4oJ7rXz@mail.gmail.com>",
               rcv="from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(26), family="application_ack", lang="fr", interview=False, company="Groupe Boréalis Assurances",
           note="Accusé de réception Workday (HTML seulement), en français")
def m26() -> bytes:
    inner = t("""
        <table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:18px 28px;border-bottom:3px solid #0b4f6c">
        <span style="font-size:20px;color:#0b4f6c;font-weight:bold">Groupe Boréalis Assurances</span></td></tr>
        <tr><td style="padding:24px 28px">
        <p>Bonjour Geneviève,</p>
        <p>Merci d&#39;avoir postulé au poste <b>Experte en sinistres principale – biens commerciaux
        (R-014827)</b>. Nous avons bien reçu votre candidature.</p>
        <p>Notre équipe d&#39;acquisition de talents examinera votre dossier au cours des prochaines
        semaines. Si votre profil correspond à nos besoins, une personne de notre équipe
        communiquera avec vous.</p>
        <p>Vous pouvez suivre l&#39;état de votre candidature en tout temps dans le
        <a href="https://wd3.myworkdayjobs.com/fr-CA/Borealis_Carrieres/userHome">portail carrières</a>.</p>
        <p>Merci de l&#39;intérêt que vous portez à Groupe Boréalis.</p>
        <p>L&#39;équipe Acquisition de talents</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#888">Ce courriel a été envoyé
        automatiquement; merci de ne pas y répondre.</td></tr></table>
        """)
    hs = heads(addr("Groupe Boréalis Assurances", "borealis@myworkday.com"),
               "Nous avons bien reçu votre candidature – R-014827", "2026-09-04 22:41:09", "America/Toronto",
               "<1089311204.51877.1788576069402@wd3-prod-notif-09.myworkday.com>",
               rcv="from wd3-mta-out-01.myworkday.com (wd3-mta-out-01.myworkday.com [198.51.100.41])")
    return make.message(hs, html(page(inner, "fr")))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Atlantic Crest Insurance",
           note="iCIMS application received; 'a member of our team will contact you'")
def m27() -> bytes:
    body = t("""
        Dear Geneviève Arsenault,

        Thank you for applying for the Field Claims Adjuster - Property (Fredericton) position
        (Requisition 2026-4418) at Atlantic Crest Insurance.

        We have received your application and our Talent Acquisition team is reviewing it. If
        your qualifications match our needs, a member of our team will contact you to discuss
        next steps.

        You can check the status of your application at any time by logging in to our career
        portal: https://careers-atlanticcrest.icims.com/jobs/login

        Sincerely,
        Talent Acquisition
        Atlantic Crest Insurance

        Please do not reply directly to this email.
        """)
    hs = heads(addr("Atlantic Crest Insurance", "atlanticcrest@talent.icims.com"),
               "Thank you for applying - Field Claims Adjuster - Property (Fredericton)",
               "2026-09-22 08:17:35", MZ, "<1780931455.22045.1789989455310@icims.com>",
               rcv="from mta09.icims.com (mta09.icims.com [198.51.100.209])")
    return make.message(hs, text(body))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Job board alert (fictional ClaimsJobs.ca), several adjuster postings, List-Unsubscribe")
def m28() -> bytes:
    body = t("""
        6 new jobs for "claims adjuster" near Moncton, NB

        Claims Adjuster, Auto (Bilingual) - Kestrel Auto Insurance - Remote (Canada) - New
        Field Adjuster, Property - Atlantic Crest Insurance - Fredericton, NB - 2 days ago
        Independent Adjuster - Saltmarsh Property Claims - Moncton, NB - 3 days ago
        Claims Examiner, Liability - Ironbark Specialty Insurance - Toronto, ON (Hybrid) - New
        Senior Property Claims Adjuster - Tidewater Mutual Insurance - Halifax, NS - 5 days ago
        Claims Representative, Bodily Injury - Northlake General - Saint John, NB - 1 week ago

        See all jobs: https://www.claimsjobs.ca/search?q=claims+adjuster&l=Moncton%2C+NB&r=100

        You're receiving this alert because you subscribed on ClaimsJobs.ca.
        Manage alerts: https://www.claimsjobs.ca/alerts | Unsubscribe: https://www.claimsjobs.ca/u/8f2c1a
        ClaimsJobs.ca, 200 Bay Street, Toronto, ON
        """)
    hs = heads(addr("ClaimsJobs.ca", "alerts@mail.claimsjobs.ca"),
               "6 new jobs for \"claims adjuster\" near Moncton, NB", "2026-09-09 06:02:14", "America/Toronto",
               "<20260909100214.84211.alerts@mail.claimsjobs.ca>",
               rcv="from mail.claimsjobs.ca (mail.claimsjobs.ca [198.51.100.88])",
               extra=(("List-Unsubscribe", "<https://www.claimsjobs.ca/u/8f2c1a>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(29), family="job_alert", lang="fr", interview=False, company=None,
           note="Alerte-emploi en français (site fictif Emplois Atlantique), HTML seulement")
def m29() -> bytes:
    inner = t("""
        <h2 style="color:#1d5c3a">Vos nouvelles offres d&#39;emploi</h2>
        <p>Recherche : <b>expert(e) en sinistres</b> – Nouveau-Brunswick, Nouvelle-Écosse, télétravail</p>
        <ul>
        <li><a href="https://www.emploisatlantique.ca/o/558201">Experte ou expert en sinistres – biens</a>
        – Assurances Vieux-Port – Montréal (hybride)</li>
        <li><a href="https://www.emploisatlantique.ca/o/558244">Conseillère ou conseiller en indemnisation
        – habitation (bilingue)</a> – Sentinelle Assurance habitation – Télétravail</li>
        <li><a href="https://www.emploisatlantique.ca/o/558312">Expert(e) en sinistres junior</a>
        – Mutuelle Beauséjour – Dieppe (N.-B.)</li>
        <li><a href="https://www.emploisatlantique.ca/o/558390">Agente ou agent d&#39;indemnisation</a>
        – Courtage Shediac – Shediac (N.-B.)</li>
        </ul>
        <p style="font-size:12px;color:#777">Vous recevez ce courriel parce que vous avez créé une alerte
        sur EmploisAtlantique.ca. <a href="https://www.emploisatlantique.ca/alertes/desabonner?id=3391">Se
        désabonner</a></p>
        """)
    hs = heads(addr("Emplois Atlantique", "alertes@emploisatlantique.ca"),
               "4 nouvelles offres : expert(e) en sinistres", "2026-10-27 07:00:03", MZ,
               "<alerte.3391.20261027100003@emploisatlantique.ca>",
               rcv="from envoi.emploisatlantique.ca (envoi.emploisatlantique.ca [198.51.100.33])",
               extra=(("List-Unsubscribe", "<https://www.emploisatlantique.ca/alertes/desabonner?id=3391>"),
                      ("Precedence", "bulk")))
    return make.message(hs, html(page(inner, "fr")))


@make.mail(N(30), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Industry newsletter with an 'acing the adjuster interview' column and a CE webinar date; "
                "confirms nothing for the reader")
def m30() -> bytes:
    body = t("""
        THE CLAIMS DESK - Atlantic edition, November 2026

        In this issue
        1. Post-tropical storm season: what the fall numbers say
        2. Career corner: five questions you'll get in an adjuster interview (and how to answer)
        3. CE credits: "Water damage after the thaw" webinar, Thursday, November 19, 12:00 PM AST

        CAREER CORNER
        Hiring managers keep asking about the same things: how you handle an angry claimant, how
        you document a reserve change, how you split your week between desk and field files.
        Bring one concrete story for each, with numbers. And if the interview is bilingual, expect
        to switch languages mid-answer - practise it.

        Read the full issue: https://www.theclaimsdesk.ca/issues/2026-11

        You are receiving The Claims Desk because you subscribed at theclaimsdesk.ca.
        Unsubscribe: https://www.theclaimsdesk.ca/unsubscribe?e=genevieve.arsenault%40example.org
        """)
    hs = heads(addr("The Claims Desk", "newsletter@theclaimsdesk.ca"),
               "The Claims Desk: storm season numbers, interview questions, CE webinar",
               "2026-11-03 08:30:00", MZ, "<nl-2026-11.7a1b@theclaimsdesk.ca>",
               rcv="from mail181.atl11.rsgsv.net (mail181.atl11.rsgsv.net [198.51.100.181])",
               extra=(("List-Unsubscribe", "<https://www.theclaimsdesk.ca/unsubscribe?e=genevieve.arsenault%40example.org>"),
                      ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Kestrel Auto Insurance",
           note="Recruiter sends a Calendly link to pick a screening slot; nothing booked yet (the booking "
                "confirmation comes the next day)")
def m31() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks for applying to the Bilingual Auto Claims Representative role - your background
        on the property side plus full French/English is exactly what our Atlantic queue needs.

        I'd love to set up a quick 30-minute screening call. Please grab whatever time suits you
        here: https://calendly.com/ryan-oduya-kestrel/bilingual-claims-screen

        The calendar shows my availability in your own time zone, so no math needed.

        Talk soon,
        Ryan Oduya
        Talent Acquisition Partner | Kestrel Auto Insurance
        """)
    hs = heads(addr("Ryan Oduya", "ryan.oduya@kestrelauto.ca"),
               "Kestrel Auto - let's set up a quick call", "2026-09-16 13:48:22", "America/Toronto",
               "<YT4PR01MB7731D2E5A0C14B9E3F6A7D8C1B2E0@YT4PR01MB7731.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YT4-obe.outbound.protection.outlook.com (mail-yt4can01on2090.outbound.protection.outlook.com [40.107.127.90])")
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(32), family="availability_request", lang="fr", interview=False, company="Lumen Assurances",
           days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
           note="La recruteuse d'agence propose trois créneaux au client et demande les disponibilités ; "
                "rien n'est encore confirmé (la confirmation arrive deux jours plus tard)")
def m32() -> bytes:
    body = t("""
        Allô Geneviève,

        Lumen a aimé ton profil! Karine Ouellet, leur conseillère principale, voudrait organiser
        une première entrevue par Teams avec le directeur indemnisation IARD la semaine
        prochaine. Elle propose (heure de Montréal) :

        - lundi 23 novembre, 10 h
        - mardi 24 novembre, 13 h 30
        - mercredi 25 novembre, 14 h

        Peux-tu me dire lesquelles te conviennent? Je lui reviens dès que j'ai ta réponse et je te
        confirme ensuite.

        Sylvie

        Sylvie Bourque
        Conseillère en recrutement – assurances et services financiers
        Groupe-conseil Aboiteau
        """)
    hs = heads(addr("Sylvie Bourque", "sylvie.bourque@aboiteau-rh.ca"),
               "Lumen – disponibilités pour une entrevue?", "2026-11-17 11:04:50", MZ,
               "<000301dc7731$8b0e2f40$a12a8dc0$@aboiteau-rh.ca>",
               rcv="from smtp.aboiteau-rh.ca (smtp.aboiteau-rh.ca [203.0.113.140])",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Tidewater Mutual Insurance",
           note="Greenhouse availability request: candidate is asked to submit free times; nothing scheduled")
def m33() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks for your interest in the Senior Property Claims Adjuster role at Tidewater Mutual
        Insurance! We'd like to schedule a 45-minute video interview with Derek Fougere, our
        Manager of Property Claims for Atlantic Canada.

        Please let us know when you're available over the next week by selecting times here:
        https://app.greenhouse.io/candidate_availability/7c4e9b2a10f36d58

        Once we receive your availability, we'll send a calendar confirmation.

        Thanks,
        Colleen MacIsaac
        Tidewater Mutual Insurance
        """)
    hs = heads(addr("Colleen MacIsaac", "no-reply@us.greenhouse-mail.io"),
               "Tidewater Mutual Insurance: please share your availability", "2026-09-08 10:31:57",
               "America/Halifax",
               "<0100019a0d8c4e21-8f3b7a90-1c5e-4d26-9b0a-e73f2c6d1a85-000000@email.amazonses.com>",
               rcv="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
               extra=(("Reply-To", addr("Colleen MacIsaac", "colleen.macisaac@tidewatermutual.ca")),))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(34), family="auto_reply", lang="fr", interview=False, company=None,
           note="Réponse automatique d'absence bilingue (français puis anglais) de la recruteuse d'agence, "
                "en réponse au remerciement de Geneviève ; Auto-Submitted")
def m34() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau du vendredi 27 novembre au lundi 30 novembre inclusivement, avec
        un accès limité à mes courriels. Je vous répondrai à mon retour le mardi 1er décembre.
        Pour une urgence, veuillez communiquer avec Annie Richard au 506 555-0150.

        ---

        Hello,

        I am out of the office from Friday, November 27 to Monday, November 30 inclusive, with
        limited access to email. I will reply when I return on Tuesday, December 1. For anything
        urgent, please contact Annie Richard at 506-555-0150.

        Sylvie Bourque
        Groupe-conseil Aboiteau
        """)
    hs = heads(addr("Sylvie Bourque", "sylvie.bourque@aboiteau-rh.ca"),
               "Réponse automatique : Merci – entrevue Lumen", "2026-11-27 08:12:30", MZ,
               "<000e01dc7eb3$6f1a2c10$4d4e8430$@aboiteau-rh.ca>",
               rcv="from smtp.aboiteau-rh.ca (smtp.aboiteau-rh.ca [203.0.113.140])",
               extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<CAEh7Yq2@mail.gmail.com>")))
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) for the candidate's thank-you note after the Harbourline interview, "
                "sent to a mistyped domain; the returned message mentions 'this morning's interview'")
def m35() -> bytes:
    original = make.message(
        [("From", TO), ("To", addr("Mark Hatfield", "mark.hatfield@harbourlline.ca")),
         ("Subject", "Thank you - Claims Adjuster II interview"),
         ("Date", date("2026-10-16 15:02:44", "America/Halifax")),
         ("Message-ID", "<CAEh3Tk9pQ2w_L8nX4rZ7vB1cY6sM0eH5uJ2dG9aF4iR7oK1wNe@mail.gmail.com>")],
        text(t("""
            Hi Mark,

            Thank you for this morning's interview and for the tour of the claims floor. I really
            enjoyed talking through the warehouse fire file with you and Reena.

            Best regards,
            Geneviève Arsenault
            """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <mark.hatfield@harbourlline.ca>: Host or domain name not found. Name service error
            for name=harbourlline.ca type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Hc2Lq0T7kz9sWp
        Arrival-Date: Fri, 16 Oct 2026 18:02:47 +0000 (UTC)

        Final-Recipient: rfc822; mark.hatfield@harbourlline.ca
        Original-Recipient: rfc822;mark.hatfield@harbourlline.ca
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=harbourlline.ca type=MX: Host not found, try again
        """)
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  make._lines(notice).encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("From", "MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx1.example.org>"), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-16 15:02:51", "America/Halifax")),
          ("Message-ID", "<20261016180251.7D3A21C0F2@mx1.example.org>"), ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@make.mail(N(36), family="offer", lang="en", interview=False, company="Cormorant Claims Group",
           days=(("Mon", "2027-01-04"), ("Thu", "2026-11-12")),
           note="Written offer after the October interview: start date and an acceptance deadline, no meeting")
def m36() -> bytes:
    body = t("""
        Dear Geneviève,

        On behalf of Cormorant Claims Group, I am delighted to offer you the position of Claims
        Adjuster, Property - Halifax Branch, reporting to Heather Pyke, Branch Manager.

        Key terms (full details in the attached letter):
        - Annual salary: $72,500, plus the Atlantic catastrophe-deployment premium
        - Hybrid: three days in the Halifax office, two days remote from Moncton
        - Company vehicle for field files, 4 weeks' vacation, group benefits from day one
        - Proposed start date: Monday, January 4, 2027

        Please let me know your decision by end of day Thursday, November 12. I'm happy to walk
        through any of it by phone.

        Congratulations - the whole panel was impressed.

        Heather Pyke
        Branch Manager, Halifax
        Cormorant Claims Group
        heather.pyke@cormorantclaims.com | 902-555-0177
        """)
    letter = base64.b64encode(b"%PDF-1.4\n% offer letter placeholder\n").decode()
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_G_Arsenault.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_G_Arsenault.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], (letter + "\r\n").encode())
    hs = heads(addr("Heather Pyke", "heather.pyke@cormorantclaims.com"),
               "Offer of employment - Claims Adjuster, Property (Halifax)", "2026-11-06 15:45:18",
               "America/Halifax",
               "<YQBPR0101MB66229A1C3E5F7B2D40E8C6A9D1F37@YQBPR0101MB6622.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2101.outbound.protection.outlook.com [40.107.116.101])")
    return make.message(hs, mixed(alt(text(body), html(page(p(body)))), pdf))


@make.mail(N(37), family="recruiter_outreach", lang="fr", interview=False, company=None,
           note="Approche d'une recruteuse d'agence (LinkedIn-like) : demande si Geneviève est ouverte à "
                "discuter, propose un appel sans heure fixée ; entreprise = l'agence, pas un employeur -> null")
def m37() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Je me permets de vous écrire après avoir vu votre profil : expérience en sinistres
        habitation et commerciaux, bilinguisme, licence au Nouveau-Brunswick et en
        Nouvelle-Écosse — c'est exactement ce que cherchent deux de mes clients assureurs en ce
        moment (un à Montréal en télétravail, un à Moncton).

        Seriez-vous ouverte à un court appel cette semaine ou la semaine prochaine? Dites-moi
        simplement quel moment vous arrange et je vous appelle.

        Au plaisir,

        Sylvie Bourque
        Conseillère en recrutement – assurances et services financiers
        Groupe-conseil Aboiteau | Moncton – Dieppe
        """)
    hs = heads(addr("Sylvie Bourque", "sylvie.bourque@aboiteau-rh.ca"),
               "Deux postes en indemnisation – ouverte à en discuter?", "2026-11-10 09:12:05", MZ,
               "<000101dc7165$3a2b1c00$ae815300$@aboiteau-rh.ca>",
               rcv="from smtp.aboiteau-rh.ca (smtp.aboiteau-rh.ca [203.0.113.140])",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, alt(text(body, charset="windows-1252"), html(page(p(body), "fr", "windows-1252"), charset="windows-1252")))


@make.mail(N(38), family="recruiter_outreach", lang="en", interview=False, company=None,
           note="Agency recruiter's first outreach: suggests a call 'sometime this week', nothing fixed")
def m38() -> bytes:
    body = t("""
        Hi Geneviève,

        Brent Steeves here, from Tantramar Talent Partners in Moncton. We place claims
        professionals across the Maritimes and Ontario, and a former colleague of yours at
        Chignecto General mentioned you might be looking.

        I'm working on a Commercial Property Adjuster search for a Toronto carrier that is happy
        to hire remote in Atlantic Canada, and a couple of independent adjusting roles closer to
        home. Would you be up for a 20-minute call sometime this week? Reply with a good time or
        just call me at 506-555-0135.

        Cheers,
        Brent

        Brent Steeves | Senior Consultant, Insurance & Claims
        Tantramar Talent Partners
        """)
    hs = heads(addr("Brent Steeves", "brent.steeves@tantramartalent.ca"),
               "Claims roles - Moncton / remote", "2026-10-02 12:07:33", MZ,
               "<CAB7pR2kQ1s_X5nW8tY3mL6vZ9cH2eJ4uF7dA0oG1iN5wK8rTq@mail.gmail.com>",
               rcv="from mail-qv1-f42.google.com (mail-qv1-f42.google.com [209.85.219.42])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Rappel de rendez-vous chez le dentiste (Dieppe) : heure fixe confirmée, mais pas une entrevue")
def m39() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Ceci est un rappel de votre rendez-vous :

        Mardi 22 septembre 2026 à 8 h 15
        Nettoyage et examen avec Dre Karine Gaudet
        Clinique dentaire du Coude, 355, rue Champlain, Dieppe

        Pour confirmer, répondez OUI. Pour annuler ou déplacer, appelez-nous au 506 555-0123 au
        moins 24 heures à l'avance, sinon des frais de 50 $ s'appliquent.

        Clinique dentaire du Coude
        """)
    hs = heads(addr("Clinique dentaire du Coude", "rappels@cliniqueducoude.ca"),
               "Rappel : rendez-vous le mardi 22 septembre à 8 h 15", "2026-09-18 10:00:02", MZ,
               "<rappel.4471.20260918130002@cliniqueducoude.ca>",
               rcv="from relay.cliniqueducoude.ca (relay.cliniqueducoude.ca [198.51.100.123])")
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Condominium corporation AGM: Outlook meeting request with Atlantic Standard Time ICS; "
                "a fixed time, not an interview")
def m40() -> bytes:
    body = t("""
        Dear owners,

        Please find attached the invitation to the Annual General Meeting of Riverview Court
        Condominium Corporation No. 41, Thursday, October 22 at 7:00 PM in the ground-floor common
        room. Agenda: 2027 budget, reserve fund study, snow-removal contract, election of two
        directors. Proxy forms are at the front desk.

        Pauline Melanson
        Secretary, Board of Directors
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Pauline Melanson:mailto:pauline.melanson@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:genevieve.arsenault@example.org
DESCRIPTION;LANGUAGE=en-CA:Annual General Meeting - Riverview Court Condominium Corporation No. 41
UID:040000008200E00074C5B7101A82E00800000000A0C3D9E2F15ADC01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-CA:Riverview Court AGM
DTSTART;TZID=Atlantic Standard Time:20261022T190000
DTEND;TZID=Atlantic Standard Time:20261022T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261006T221530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Common room\\, 41 Riverview Court\\, Moncton
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    plain = "When: Thursday, October 22, 2026 7:00 PM-9:00 PM (UTC-04:00) Atlantic Time (Canada).\n" \
            "Where: Common room, 41 Riverview Court, Moncton\n\n" + body
    hs = heads(addr("Pauline Melanson", "pauline.melanson@example.com"), "Riverview Court AGM",
               "2026-10-06 19:15:30", MZ, "<BN8PR12MB3380E2A1F4C5D6B7A8E9F0C1D2B3A@BN8PR12MB3380.namprd12.prod.outlook.com>",
               rcv="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2061.outbound.protection.outlook.com [40.107.237.61])",
               to="Riverview Court Owners <owners-41@example.com>")
    return make.message(hs, alt(text(plain), html(page(p(plain))), calendar(ics, cte="base64")))


@make.mail(N(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Confirmation d'une rencontre parents-enseignants à l'école : heure fixe, pas une entrevue")
def m41() -> bytes:
    body = t("""
        Bonjour,

        Votre rendez-vous pour les rencontres parents-enseignants est confirmé :

        Élève : Zoé Arsenault-Cyr (4e année, classe de Mme Boudreau)
        Date : jeudi 19 novembre 2026
        Heure : 18 h 40 à 18 h 55
        Lieu : École du Ruisseau, local 112

        Merci d'arriver quelques minutes à l'avance; les rencontres sont de 15 minutes et
        l'horaire est serré.

        Le secrétariat
        École du Ruisseau – District scolaire francophone
        """)
    hs = heads(addr("École du Ruisseau", "ne-pas-repondre@ecoleduruisseau.example.com"),
               "Confirmation – rencontre parents-enseignants", "2026-11-12 12:31:44", MZ,
               "<rdv.112.8841@ecoleduruisseau.example.com>",
               rcv="from mail.ecoleduruisseau.example.com (mail.ecoleduruisseau.example.com [198.51.100.112])")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(42), family="event", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Déjeuner-causerie d'une association professionnelle, inscription confirmée avec ICS : "
                "événement à heure fixe, pas une entrevue")
def m42() -> bytes:
    body = t("""
        Bonjour Geneviève,

        Votre inscription au déjeuner-causerie est confirmée.

        « Inondations printanières : leçons de 2026 pour les experts en sinistres »
        Conférencier : Roger Haché, EA, expert en sinistres agréé
        Jeudi 15 octobre 2026, de 7 h 30 à 9 h
        Hôtel Beauséjour, salon Acadie, Moncton

        Ce déjeuner donne droit à 1,5 heure de formation continue.

        Association des experts en sinistres de l'Atlantique
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Association des experts en sinistres de l'Atlantique//Inscriptions//FR
METHOD:PUBLISH
{VTZ_MONCTON}
BEGIN:VEVENT
UID:aesa-dejeuner-2026-10-15@aesatlantique.ca
DTSTAMP:20261008T170000Z
DTSTART;TZID=America/Moncton:20261015T073000
DTEND;TZID=America/Moncton:20261015T090000
SUMMARY:Déjeuner-causerie AESA – Inondations printanières
LOCATION:Hôtel Beauséjour\\, salon Acadie\\, Moncton
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("AESA – Inscriptions", "inscriptions@aesatlantique.ca"),
               "Inscription confirmée – déjeuner-causerie du 15 octobre", "2026-10-08 14:00:00", MZ,
               "<insc.2026-10-15.0388@aesatlantique.ca>",
               rcv="from mail.aesatlantique.ca (mail.aesatlantique.ca [198.51.100.77])")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="dejeuner.ics",
                                                       disposition="attachment")))


@make.mail(N(43), family="travel_booking", lang="en", interview=False, company=None,
           days=(("Fri", "2026-10-16"),),
           note="Coach ticket Moncton -> Halifax for the morning of the Harbourline on-site interview: "
                "fixed departure time, but a travel booking, not an interview")
def m43() -> bytes:
    body = t("""
        Booking confirmed - thank you for travelling with Maritime Express Coach!

        Booking reference: MEC-7Q4K2P
        Passenger: Genevieve Arsenault

        OUTBOUND  Fri 16 Oct 2026
          Depart  06:45  Moncton - Main Street terminal
          Arrive  09:40  Halifax - Bus terminal (Barrington St.)
          Coach 402, seat 11C

        RETURN    Fri 16 Oct 2026
          Depart  16:30  Halifax - Bus terminal (Barrington St.)
          Arrive  19:25  Moncton - Main Street terminal
          Coach 417, seat 8A

        Fare paid: $96.00 CAD (Visa ending 4471)

        Please be at the departure gate 15 minutes before departure. All times are local.
        Manage your booking: https://www.maritimeexpresscoach.example.com/booking/MEC-7Q4K2P
        """)
    hs = heads(addr("Maritime Express Coach", "bookings@maritimeexpresscoach.example.com"),
               "Your booking MEC-7Q4K2P - Moncton to Halifax, Fri 16 Oct", "2026-10-13 20:44:09", MZ,
               "<booking.MEC-7Q4K2P.1@maritimeexpresscoach.example.com>",
               rcv="from smtp.maritimeexpresscoach.example.com (smtp.maritimeexpresscoach.example.com [198.51.100.44])")
    return make.message(hs, alt(text(body, cte="7bit", charset="us-ascii"),
                                html(page("<pre>" + body + "</pre>\n"))))


@make.mail(N(44), family="assessment", lang="en", interview=False, company="Fundy Shield General Insurance",
           days=(("Wed", "2026-11-04"),),
           note="Online case-study assessment with a 'complete by' deadline; no meeting time")
def m44() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks for your time on the phone last week. The next step for the Major Loss Adjuster
        (Atlantic, Remote) role is a short written case study.

        You'll receive a separate email from our assessment platform, SkillCheck, with your
        personal link. The case is a commercial water-loss file; you'll have 90 minutes from the
        moment you open it to prepare a first report and reserve recommendation.

        Please complete it by Wednesday, November 4 at 11:59 PM Atlantic time. Once we've reviewed
        it, we'll be in touch about the panel interview.

        Best,
        Kwame Asante-Ross
        Talent Coordinator, Fundy Shield General Insurance
        """)
    hs = heads(addr("Kwame Asante-Ross", "kwame.asanteross@fundyshield.ca"),
               "Next step: case study - Major Loss Adjuster", "2026-10-29 14:22:51", MZ,
               "<YQXPR01MB3306B7E1D4A29C0F5E8D3A6C2B1F4@YQXPR01MB3306.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2133.outbound.protection.outlook.com [40.107.66.133])")
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(45), family="one_way_video", lang="fr", interview=False, company="Assurances Vieux-Port",
           days=(("Fri", "2026-11-27"),),
           note="Entrevue vidéo différée (sans intervieweur en direct) à compléter avant une date limite : "
                "négative selon les conventions")
def m45() -> bytes:
    inner = t("""
        <p>Bonjour Geneviève,</p>
        <p><b>Assurances Vieux-Port</b> vous invite à compléter une <b>entrevue vidéo différée</b>
        pour le poste d&#39;Experte en sinistres – biens, bilingue.</p>
        <p>Vous répondrez à 5 questions enregistrées, à votre rythme : 1 minute de réflexion et
        jusqu&#39;à 3 minutes de réponse par question. Aucun intervieweur ne sera en ligne.</p>
        <p><b>Date limite : vendredi 27 novembre 2026, 23 h 59 (heure de l&#39;Est)</b></p>
        <p><a href="https://app.videoscope.example.com/i/7Kp2QmX9"
        style="background:#b3261e;color:#fff;padding:10px 18px;text-decoration:none">Commencer
        l&#39;entrevue</a></p>
        <p>Conseil : testez votre caméra et votre micro avant de commencer.</p>
        <p style="font-size:11px;color:#888">Vidéoscope – au nom d&#39;Assurances Vieux-Port. Ne pas
        répondre à ce courriel.</p>
        """)
    hs = heads(addr("Assurances Vieux-Port via Vidéoscope", "invitations@videoscope.example.com"),
               "Entrevue vidéo différée – Assurances Vieux-Port", "2026-11-20 10:03:27", "America/Toronto",
               "<inv.7Kp2QmX9@videoscope.example.com>",
               rcv="from out.videoscope.example.com (out.videoscope.example.com [198.51.100.190])")
    return make.message(hs, html(page(inner, "fr")))


@make.mail(N(46), family="post_interview", lang="en", interview=False, company="Harbourline Insurance",
           note="Reply to the candidate's (re-sent) thank-you after the 16 Oct on-site interview; "
                "'we'll be in touch' - nothing scheduled")
def m46() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks for the kind note (and no worries about the typo - our domain trips everyone up).
        Reena and I really enjoyed Friday; your walk-through of the warehouse fire file was the
        best we heard all week.

        We have two more candidates to see this week, and Aisling will be in touch with next
        steps by early next week at the latest.

        All the best,
        Mark

        Mark Hatfield
        Team Lead, Commercial Claims | Harbourline Insurance

        On Fri, Oct 16, 2026 at 6:11 PM Geneviève Arsenault <genevieve.arsenault@example.org> wrote:
        > Hi Mark,
        >
        > Thank you for this morning's interview and for the tour of the claims floor. I really
        > enjoyed talking through the warehouse fire file with you and Reena.
        >
        > Best regards,
        > Geneviève Arsenault
        """)
    hs = heads(addr("Mark Hatfield", "mark.hatfield@harbourline.ca"),
               "Re: Thank you - Claims Adjuster II interview", "2026-10-19 08:58:36", "America/Halifax",
               "<YT1PR01MB3959C4A2E7D1F8B03A6E9C5D2B7F1@YT1PR01MB3959.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YT1-obe.outbound.protection.outlook.com (mail-yt1can01on2119.outbound.protection.outlook.com [40.107.113.119])",
               extra=(("In-Reply-To", "<CAEh3Tk9pQ2w_L8nX4rZ7vB1cY6sM0eH5uJ2dG9aF4iR7oK1wNf@mail.gmail.com>"),))
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(47), family="reference_check", lang="en", interview=False, company="Cormorant Claims Group",
           note="Post-interview request for references via a reference-check platform; no meeting for "
                "the candidate")
def m47() -> bytes:
    body = t("""
        Hi Geneviève,

        Thanks again for coming in on the 14th. We'd like to move forward with reference checks.

        Could you please enter contact details for two or three references - ideally at least one
        direct supervisor - using the secure form below? Our reference partner will email them a
        short questionnaire; no calls are needed on your side.

        https://refs.checkpoint.example.com/c/cormorant/5Hq9vT2

        If possible, please complete this by Tuesday. Let me know if you have any questions.

        Heather Pyke
        Branch Manager, Halifax | Cormorant Claims Group
        heather.pyke@cormorantclaims.com
        """)
    hs = heads(addr("Heather Pyke", "heather.pyke@cormorantclaims.com"),
               "References - Claims Adjuster, Property (Halifax)", "2026-10-23 11:40:02", "America/Halifax",
               "<YQBPR0101MB6622D4E7B1A09F3C5E2D8B6A7C1E2@YQBPR0101MB6622.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2104.outbound.protection.outlook.com [40.107.116.104])")
    return make.message(hs, alt(text(body), html(page(p(body)))))


@make.mail(N(48), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Microsoft Bookings d'une caisse populaire : rendez-vous avec une conseillère hypothécaire "
                "(heure fixe, ICS) — même système que les confirmations d'entrevue, mais pas une entrevue")
def m48() -> bytes:
    body = t("""
        Votre réservation est confirmée

        Bonjour Geneviève,

        Merci d'avoir pris rendez-vous avec la Caisse Beausoleil.

        Service :   Rencontre – renouvellement hypothécaire
        Date :      mardi 24 novembre 2026
        Heure :     17:00 (UTC-04:00) Heure de l'Atlantique (Canada)
        Durée :     60 minutes
        Conseillère : Mireille Doucet
        Lieu :      Caisse Beausoleil, centre de services de Moncton-Nord

        Apportez votre dernier relevé hypothécaire et une preuve de revenu.

        Gérer votre réservation :
        https://outlook.office365.com/owa/calendar/CaisseBeausoleilRendezvous@caissebeausoleil.example.com/bookings/
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Caisse Beausoleil – Rendez-vous:mailto:CaisseBeausoleilRendezvous@caissebeausoleil.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Arsenault:mailto:genevieve.arsenault@example.org
UID:040000008200E00074C5B7101A82E00800000000C2D7A9F0E37BDC0100000000000000001000000077AA66BB55CC44DD33EE22FF11009988
SUMMARY;LANGUAGE=fr-CA:Rencontre – renouvellement hypothécaire
DTSTART;TZID=Atlantic Standard Time:20261124T170000
DTEND;TZID=Atlantic Standard Time:20261124T180000
DTSTAMP:20261118T191002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Caisse Beausoleil\\, Moncton-Nord
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Caisse Beausoleil – Rendez-vous", "CaisseBeausoleilRendezvous@caissebeausoleil.example.com"),
               "Réservation confirmée : Rencontre – renouvellement hypothécaire", "2026-11-18 15:10:02", MZ,
               "<YQXPR01MB4470A2B9C8D7E6F5A4B3C2D1E0F99@YQXPR01MB4470.CANPRD01.PROD.OUTLOOK.COM>",
               rcv="from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2140.outbound.protection.outlook.com [40.107.66.140])")
    return make.message(hs, mixed(alt(text(body), html(page(p(body), "fr"))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(49), family="job_fair", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Invitation à un salon de l'emploi bilingue (date et heures fixes, rencontres sans rendez-vous) "
                "; pas une entrevue")
def m49() -> bytes:
    body = t("""
        SALON DE L'EMPLOI BILINGUE DU GRAND MONCTON / GREATER MONCTON BILINGUAL JOB FAIR

        Mercredi 21 octobre 2026, de 10 h à 16 h
        Centre des congrès (Moncton), salles A à D

        Plus de 60 employeurs sur place, dont plusieurs assureurs et cabinets d'expertise en
        sinistres. Entrevues éclair sur place avec certains employeurs – apportez plusieurs copies
        de votre CV. Entrée gratuite, sans inscription.

        Atelier à 11 h : « Réussir son entrevue en deux langues »

        Carrefour emploi Beauséjour
        Pour vous désabonner : https://www.carrefouremploibeausejour.example.com/desabonnement
        """)
    hs = heads(addr("Carrefour emploi Beauséjour", "info@carrefouremploibeausejour.example.com"),
               "Salon de l'emploi bilingue – mercredi 21 octobre", "2026-10-05 09:00:00", MZ,
               "<campagne.2026-10-05.salon@carrefouremploibeausejour.example.com>",
               rcv="from mail.carrefouremploibeausejour.example.com (mail.carrefouremploibeausejour.example.com [198.51.100.99])",
               extra=(("List-Unsubscribe", "<https://www.carrefouremploibeausejour.example.com/desabonnement>"),
                      ("Precedence", "bulk")))
    return make.message(hs, alt(text(body, charset="windows-1252"), html(page(p(body), "fr", "windows-1252"), charset="windows-1252")))


@make.mail(N(50), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-12-12"),),
           note="Invitation Google Agenda de la sœur de Geneviève pour un souper de fête : heure fixe, "
                "même gabarit que les invitations d'entrevue, pas une entrevue")
def m50() -> bytes:
    org = "melanie.arsenault@example.com"
    plain = t(f"""
        Mélanie Arsenault vous a invité(e) à un événement

        Souper de fête de maman 🎂

        Quand
        samedi 12 décembre 2026 ⋅ 18:00 – 22:00 (heure normale de l'Atlantique)

        Lieu
        Chez Mélanie, 27, rue Acadie, Bouctouche

        Chacun apporte un plat! Moi je fais le fricot. Geneviève, peux-tu t'occuper du gâteau?

        Organisateur
        Mélanie Arsenault
        {org}

        Invités
        Mélanie Arsenault - organisateur
        genevieve.arsenault@example.org
        Denis Arsenault

        Invitation de Google Agenda: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MONCTON}
BEGIN:VEVENT
DTSTART;TZID=America/Moncton:20261212T180000
DTEND;TZID=America/Moncton:20261212T220000
DTSTAMP:20261204T233355Z
ORGANIZER;CN=Mélanie Arsenault:mailto:{org}
UID:2r8k5m1q9t0v3x6z4b7c1d0e2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.arsenault@example.org;X-NUM-GUESTS=0:mailto:genevieve.arsenault@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Denis Arsenault;X-NUM-GUESTS=0:mailto:denis.arsenault@example.com
DESCRIPTION:Chacun apporte un plat! Moi je fais le fricot. Geneviève\\, peux-tu t'occuper du gâteau?
LOCATION:Chez Mélanie\\, 27\\, rue Acadie\\, Bouctouche
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Souper de fête de maman 🎂
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = heads(addr("Mélanie Arsenault (via Google Agenda)", "calendar-notification@google.com"),
               "Invitation: Souper de fête de maman 🎂 @ sam. 12 déc. 2026 18:00 - 22:00 (AST) "
               "(genevieve.arsenault@example.org)", "2026-12-04 19:33:55", MZ,
               "<calendar-9a3e6c1f-2b7d-4e08-a5f4-81c0d9e2b736@google.com>",
               rcv="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
               extra=(("Reply-To", addr("Mélanie Arsenault", org)),))
    return make.message(hs, mixed(alt(text(plain), html(page(p(plain), "fr")), calendar(ics, cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                           disposition="attachment", name_param=True)))
