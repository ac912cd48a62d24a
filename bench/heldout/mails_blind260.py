"""blind260: 50 hand-written mails from the inbox of Mathieu Gagnon, a biomedical-device quality
engineer in Sherbrooke, Quebec (America/Toronto), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind260``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
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

ORDER = random.Random(2600260).sample(range(1, 51), 50)
SET = "blind260"
TZ = "America/Toronto"
ME_ADDR = "mathieu.gagnon@example.org"
ME = "Mathieu Gagnon <mathieu.gagnon@example.org>"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, mid: str, *, zone: str = TZ, to: str = ME,
         relay: str = "mail.example.net (mail.example.net [198.51.100.20])", ident: str = "4Qx0aB1cD2",
         charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """The usual top of a delivered message: Received, From, To, Subject, Date, Message-ID."""
    rcv = received(f"from {relay}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME_ADDR)
    return [("Delivered-To", ME_ADDR),
            ("Received", rcv), ("From", frm), ("To", to), ("Subject", enc(subject, charset)),
            ("Date", date(when, zone)), ("Message-ID", mid), *extra]


TORONTO = """BEGIN:VTIMEZONE
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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", TZ), end=utc("2026-09-15 11:00", TZ),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=TZ,
      contact="priya.raman@cardiolux.ca", company="Cardiolux Medical",
      note="Greenhouse candidate confirmation (no-reply sender), 10:00-11:00 AM EDT on Tue 15 Sep "
           "(Montreal, daylight time, UTC-4) = 14:00-15:00Z; two back-to-back sessions, first start to "
           "last end; ICS in America/Toronto agrees; contact = the recruiter's Reply-To.")
def p01() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for your interest in Cardiolux Medical! Your interview for Quality Engineer, Design
        Assurance has been confirmed. Please find the details below.

        Tuesday, September 15th, 2026
        10:00 AM - 11:00 AM EDT (America/Toronto)

          10:00 AM - 10:30 AM  Hiring Manager Conversation - Étienne Caron
          10:30 AM - 11:00 AM  Technical Discussion (CAPA, ISO 14971) - Sunita Wahl

        Location: Cardiolux Medical, 1450 rue City Councillors, 9th floor. Please check in with
        reception on arrival; bring a piece of photo ID for the visitor badge.

        If you need to reschedule, simply reply to this email and I'll take care of it.

        Best,
        Priya Raman
        Talent Acquisition, Cardiolux Medical

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Mathieu,</p>
        <p>Thank you for your interest in Cardiolux Medical! Your interview for <strong>Quality Engineer,
        Design Assurance</strong> has been confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2"><strong>Tuesday, September 15th, 2026</strong><br>10:00 AM - 11:00 AM EDT (America/Toronto)</td></tr>
        <tr><td>10:00 AM - 10:30 AM</td><td>Hiring Manager Conversation - &Eacute;tienne Caron</td></tr>
        <tr><td>10:30 AM - 11:00 AM</td><td>Technical Discussion (CAPA, ISO 14971) - Sunita Wahl</td></tr>
        </table>
        <p>Location: Cardiolux Medical, 1450 rue City Councillors, 9th floor. Please check in with
        reception on arrival; bring a piece of photo ID for the visitor badge.</p>
        <p>If you need to reschedule, simply reply to this email and I'll take care of it.</p>
        <p>Best,<br>Priya Raman<br>Talent Acquisition, Cardiolux Medical</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
UID:gh-interview-88412093-cardiolux@greenhouse.io
DTSTAMP:20260909T181200Z
DTSTART;TZID=America/Toronto:20260915T100000
DTEND;TZID=America/Toronto:20260915T110000
SUMMARY:Interview: Quality Engineer, Design Assurance - Cardiolux Medical
LOCATION:Cardiolux Medical, 1450 rue City Councillors, 9th floor, Montréal
ORGANIZER;CN=Priya Raman:mailto:priya.raman@cardiolux.ca
ATTENDEE;CN=Mathieu Gagnon;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu.gagnon@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Cardiolux Medical <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Quality Engineer, Design Assurance at Cardiolux Medical",
              "2026-09-09 14:12:07", "<0100019c2f1a7b7e-5a1c9e1e-91b2-4c1b-9d55-0f3c2a8e1b71-000000@email.amazonses.com>",
              relay="a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [203.0.113.93])",
              extra=(("Reply-To", "Priya Raman <priya.raman@cardiolux.ca>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(2), family="workday", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-10-01 13:30", TZ), end=utc("2026-10-01 14:30", TZ),
      local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:30", zone=TZ,
      contact="julie.bouchard@biolaurentienne.ca", company="Biotechnique Laurentienne",
      note="Workday confirmation in French (iso-8859-1, quoted-printable): jeudi 1 octobre 2026, "
           "13 h 30 à 14 h 30 heure de l'Est, Québec City in daylight time (UTC-4) = 17:30-18:30Z; "
           "sender is the Workday tenant mailbox, contact = the advisor's address in the body.")
def p02() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Nous avons le plaisir de confirmer votre entrevue pour le poste de Spécialiste assurance
        qualité, dispositifs médicaux (R-04417).

        Date : jeudi 1 octobre 2026
        Heure : 13 h 30 à 14 h 30 (heure de l'Est)
        Lieu : 2750, chemin Sainte-Foy, bureau 400, Québec (Québec)
        Comité : Julie Bouchard, conseillère en acquisition de talents
                 Patrice Gingras, directeur qualité

        Présentez-vous à la réception du 4e étage 10 minutes à l'avance. Des places de
        stationnement visiteurs sont disponibles à l'arrière de l'immeuble.

        Pour toute question, veuillez communiquer avec Julie Bouchard à
        julie.bouchard@biolaurentienne.ca ou au 418 555-0142.

        Vous pouvez consulter votre candidature en tout temps dans votre compte candidat.

        Biotechnique Laurentienne - Acquisition de talents

        Ce message a été généré automatiquement. Veuillez ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Bonjour Mathieu,</p>
        <p>Nous avons le plaisir de confirmer votre entrevue pour le poste de Spécialiste assurance
        qualité, dispositifs médicaux (R-04417).</p>
        <p><b>Date :</b> jeudi 1 octobre 2026<br>
        <b>Heure :</b> 13 h 30 à 14 h 30 (heure de l'Est)<br>
        <b>Lieu :</b> 2750, chemin Sainte-Foy, bureau 400, Québec (Québec)<br>
        <b>Comité :</b> Julie Bouchard, conseillère en acquisition de talents; Patrice Gingras, directeur qualité</p>
        <p>Présentez-vous à la réception du 4e étage 10 minutes à l'avance. Des places de
        stationnement visiteurs sont disponibles à l'arrière de l'immeuble.</p>
        <p>Pour toute question, veuillez communiquer avec Julie Bouchard à
        <a href="mailto:julie.bouchard@biolaurentienne.ca">julie.bouchard@biolaurentienne.ca</a> ou au 418 555-0142.</p>
        <p>Vous pouvez consulter votre candidature en tout temps dans votre compte candidat.</p>
        <p>Biotechnique Laurentienne - Acquisition de talents</p>
        <p style="font-size:8pt;color:#777">Ce message a été généré automatiquement. Veuillez ne pas y répondre.</p>
        </div></body></html>
        """)
    hs = head("Biotechnique Laurentienne <biolaurentienne@myworkday.com>",
              "Confirmation de votre entrevue - Spécialiste assurance qualité (R-04417)",
              "2026-09-24 09:03:41", "<1727182621093.51.biolaurentienne@myworkday.com>", charset="iso-8859-1",
              relay="mail-dc3.myworkday.com (mail-dc3.myworkday.com [192.0.2.61])", ident="4R7ykC0hmQ")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(3), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:00", TZ), local="Tue 2026-09-22 10:00", zone=TZ,
      contact="karine@orthonova.ca", company="Orthonova",
      note="Hiring manager's reply (tu), 'on se voit mardi prochain à 10 h' sent Thu 17 Sep 2026 "
           "21:47 EDT -> Tue 22 Sep, 10:00 EDT (UTC-4) = 14:00Z; 'environ une heure' is approximate so "
           "end null; contact = human sender.")
def p03() -> bytes:
    body = t("""
        Salut Mathieu,

        Merci pour ton CV, on a bien aimé ton expérience avec l'audit MDSAP et la migration du
        système qualité. Comme convenu au téléphone tantôt, on se voit mardi prochain à 10 h à nos
        bureaux (local 210, 3001 rue King Ouest). Prévois environ une heure, je vais être avec
        Jonathan, notre directeur des opérations.

        Stationnement gratuit en arrière de la bâtisse, sonne à la porte B.

        À mardi!

        Karine
        --
        Karine Dion
        Directrice qualité et affaires réglementaires
        Orthonova inc. | Sherbrooke
        819 555-0187

        Le jeu. 17 sept. 2026 à 14 h 02, Mathieu Gagnon <mathieu.gagnon@example.org> a écrit :
        > Bonjour Madame Dion,
        >
        > Suite à notre conversation de ce matin, voici mon CV à jour. Je suis disponible
        > en début de semaine prochaine.
        >
        > Au plaisir,
        > Mathieu Gagnon
        """)
    hs = head("Karine Dion <karine@orthonova.ca>", "Re: Candidature – ingénieur qualité",
              "2026-09-17 21:47:12", "<CAF3k9vJq1p0+Orthonova7xQ@mail.gmail.com>",
              relay="mail-ej1-f44.google.com (mail-ej1-f44.google.com [198.51.100.44])", ident="4RbQzx1TrV",
              extra=(("In-Reply-To", "<a81c2e07-5d9f-4b1e-9f0b-3e1c2a7d9e10@example.org>"),
                     ("References", "<a81c2e07-5d9f-4b1e-9f0b-3e1c2a7d9e10@example.org>")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-09 13:00", TZ), end=utc("2026-10-09 14:00", TZ),
      local="Fri 2026-10-09 13:00", local_end="2026-10-09 14:00", zone=TZ,
      contact="hwhitfield@rideaudx.ca", company="Rideau Diagnostics",
      note="Outlook/Exchange meeting request from an Ottawa employer; the body has no time at all "
           "(Teams boilerplate only), the ICS says DTSTART;TZID=Eastern Standard Time:20261009T130000 "
           "-> 13:00 EDT (UTC-4) = 17:00Z, DTEND 14:00 -> 18:00Z; contact = human organizer/sender.")
def p04() -> bytes:
    body = t("""
        Hi Mathieu,

        As discussed on the phone, please accept this invitation for your first interview for the
        Senior Quality Engineer role. You will meet with me and Dev Patel (Manager, Quality Systems).
        We will mostly talk about your CAPA and supplier quality experience.

        Regards,
        Hannah

        Hannah Whitfield | Talent Acquisition Partner
        Rideau Diagnostics Inc. | Ottawa, ON
        613-555-0119

        """) + TEAMS.format(mid="NzE1ZDFiOGQtYzQ0Ni00", num="248 119 370 552", code="x7QkP2")
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n")
    ) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hannah Whitfield:mailto:hwhitfield@rideaudx.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dev Patel:mailto:dpatel@rideaudx.ca
DESCRIPTION;LANGUAGE=en-US:Hi Mathieu\\,\\n\\nAs discussed on the phone\\, please accept this invitation for your first interview.\\n
UID:040000008200E00074C5B7101A82E0080000000030D2B1C4A254DC01000000000000000010000000A3F59D2B8E0F6A41B6E0E2A7B0C1D2E3
SUMMARY;LANGUAGE=en-US:Interview - Senior Quality Engineer (Mathieu Gagnon)
DTSTART;TZID=Eastern Standard Time:20261009T130000
DTEND;TZID=Eastern Standard Time:20261009T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T152044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118449931
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:hwhitfield@rideaudx.ca\\;gruu\\;opaque=app:conf:focus:id:teams
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
END:VCALENDAR"""
    hs = head("Hannah Whitfield <hwhitfield@rideaudx.ca>", "Interview - Senior Quality Engineer (Mathieu Gagnon)",
              "2026-10-05 11:20:44", "<YT3PR01MB6118A2C1F0B7E94D2C5E1B77C0A92@YT3PR01MB6118.CANPRD01.PROD.OUTLOOK.COM>",
              relay="CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2112.outbound.protection.outlook.com [203.0.113.112])",
              ident="4RkT2q0Ww1",
              extra=(("Thread-Topic", "Interview - Senior Quality Engineer (Mathieu Gagnon)"),
                     ("Thread-Index", "AdtXc2v1q9mF0xkRQ2uY1p0mPzE7Ag=="),
                     ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 09:00", "America/Edmonton"), end=utc("2026-10-22 09:45", "America/Edmonton"),
      local="Thu 2026-10-22 09:00", local_end="2026-10-22 09:45", zone="America/Edmonton",
      contact="tyler.brandvold@chinookbio.ca", company="Chinook Biosystems",
      note="Ashby confirmation from a Calgary firm: Thursday, October 22, 2026, 9:00-9:45 AM MDT "
           "(Mountain daylight time, UTC-6) = 15:00-15:45Z (11:00 in Sherbrooke); mail dated in MDT; "
           "contact = Reply-To recruiter.")
def p05() -> bytes:
    body = t("""
        Hi Mathieu,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 22, 2026, 9:00 AM – 9:45 AM MDT
        Google Meet: https://meet.google.com/vkq-tbrn-pzx

        You'll meet with:
          Tyler Brandvold — Senior Recruiter
          Aisha Okafor — Director, Quality & Regulatory

        Questions? Just reply and it will reach Tyler Brandvold.

        Thanks,
        Chinook Biosystems Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Mathieu,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e7ec;border-radius:8px;padding:12px">
        <p style="margin:0"><strong>Thursday, October 22, 2026, 9:00 AM &ndash; 9:45 AM MDT</strong></p>
        <p style="margin:0">Google Meet: <a href="https://meet.google.com/vkq-tbrn-pzx">meet.google.com/vkq-tbrn-pzx</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>Tyler Brandvold &mdash; Senior Recruiter<br>Aisha Okafor &mdash; Director, Quality &amp; Regulatory</p>
        <p>Questions? Just reply and it will reach Tyler Brandvold.</p>
        <p>Thanks,<br>Chinook Biosystems Recruiting</p>
        </body></html>
        """)
    hs = head("Chinook Biosystems <no-reply@ashbyhq.com>",
              "Interview confirmed: Quality Engineer II (Remote, Canada) at Chinook Biosystems",
              "2026-10-16 12:40:19", "<0100019e91c0d5a2-2f4e8c1b-7a6d-4e2f-b3c1-8d9e0f1a2b3c-000000@email.amazonses.com>",
              zone="America/Edmonton", ident="4Rq1sVb7Mn",
              relay="a8-27.smtp-out.amazonses.com (a8-27.smtp-out.amazonses.com [203.0.113.27])",
              extra=(("Reply-To", "Tyler Brandvold <tyler.brandvold@chinookbio.ca>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 14:00", TZ), end=utc("2026-11-04 14:30", TZ),
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:30", zone=TZ,
      contact="nadia.ferreira@helixsante.ca", company="Hélix Santé",
      note="Calendly invitee confirmation sent Thu 29 Oct in EDT for Wed 4 Nov 2:00-2:30pm Eastern: "
           "after the 1 Nov DST change, so EST (UTC-5) = 19:00-19:30Z (not 18:00Z); ICS in UTC agrees; "
           "contact = host's Reply-To.")
def p06() -> bytes:
    body = t("""
        Hi Mathieu Gagnon,

        A new event has been scheduled.

        Event Type:
        Phone screen – Quality Engineer (Hélix Santé)

        Invitee:
        Mathieu Gagnon

        Invitee Email:
        mathieu.gagnon@example.org

        Event Date/Time:
        2:00pm - 2:30pm, Wednesday, November 4, 2026 (Eastern Time - US & Canada)

        Location:
        Nadia will call you at +1 819-555-0133

        Description:
        A 30-minute call to go over your background, the role and next steps.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f1e0a4c-2b8d-4c55-9e61-a7d0e3f4b812
        Reschedule: https://calendly.com/reschedulings/6f1e0a4c-2b8d-4c55-9e61-a7d0e3f4b812

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Mathieu Gagnon,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Phone screen &ndash; Quality Engineer (H&eacute;lix Sant&eacute;)</p>
        <p><b>Invitee:</b><br>Mathieu Gagnon</p>
        <p><b>Invitee Email:</b><br><a href="mailto:mathieu.gagnon@example.org">mathieu.gagnon@example.org</a></p>
        <p><b>Event Date/Time:</b><br>2:00pm - 2:30pm, Wednesday, November 4, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>Nadia will call you at +1 819-555-0133</p>
        <p><b>Description:</b><br>A 30-minute call to go over your background, the role and next steps.</p>
        <p><a href="https://calendly.com/cancellations/6f1e0a4c-2b8d-4c55-9e61-a7d0e3f4b812">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6f1e0a4c-2b8d-4c55-9e61-a7d0e3f4b812">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6f1e0a4c-2b8d-4c55-9e61-a7d0e3f4b812@calendly.com
DTSTAMP:20261029T200512Z
DTSTART:20261104T190000Z
DTEND:20261104T193000Z
SUMMARY:Phone screen – Quality Engineer (Hélix Santé) between Nadia Ferreira and Mathieu Gagnon
ORGANIZER;CN=Nadia Ferreira:mailto:nadia.ferreira@helixsante.ca
ATTENDEE;CN=Mathieu Gagnon;PARTSTAT=ACCEPTED:mailto:mathieu.gagnon@example.org
LOCATION:Nadia will call you at +1 819-555-0133
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Phone screen – Quality Engineer (Hélix Santé) with Nadia Ferreira on Wednesday, November 4, 2026",
              "2026-10-29 16:05:12", "<calendly.6f1e0a4c2b8d.20261029200512@calendly.com>", ident="4RzL0p3Hk8",
              relay="o1.email.calendly.com (o1.email.calendly.com [192.0.2.118])",
              extra=(("Reply-To", "Nadia Ferreira <nadia.ferreira@helixsante.ca>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(7), family="google_calendar", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", TZ), end=utc("2026-11-02 10:00", TZ),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=TZ,
      contact="genevieve.paradis@capitalebio.ca", company="Capitale Bioprocédés",
      note="Google Calendar invitation in French sent Wed 28 Oct (EDT) for lun. 2 nov. 09:00-10:00 "
           "'heure normale de l'Est': the day after DST ends, EST (UTC-5) = 14:00-15:00Z; ICS "
           "TZID=America/Toronto agrees; contact = organizer (recruiter, human).")
def p07() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entrevue – Ingénieur qualité (Mathieu Gagnon)
        Quand
        lundi 2 nov. 2026 09:00 – 10:00 (heure normale de l’Est - Toronto)

        Participer avec Google Meet
        meet.google.com/xsd-pwqe-hmn

        Invités
        Geneviève Paradis - organisateur
        Mathieu Gagnon
        Olivier Tremblay

        Bonjour Mathieu, voici l'invitation pour notre entrevue avec Olivier (directeur de
        production). Au plaisir! Geneviève

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2FwbGx0ZjBqZzRrMmRmN2xp

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Vous avez été invité à l'événement suivant.</p>
        <h2 style="font-size:20px;font-weight:400">Entrevue – Ingénieur qualité (Mathieu Gagnon)</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>lundi 2 nov. 2026 09:00 – 10:00 (heure normale de l’Est - Toronto)</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Geneviève Paradis - organisateur<br>Mathieu Gagnon<br>Olivier Tremblay</td></tr></table>
        <p><a href="https://meet.google.com/xsd-pwqe-hmn">Participer avec Google Meet</a></p>
        <p>Bonjour Mathieu, voici l'invitation pour notre entrevue avec Olivier (directeur de production). Au plaisir! Geneviève</p>
        <p style="font-size:11px;color:#777">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261102T090000
DTEND;TZID=America/Toronto:20261102T100000
DTSTAMP:20261028T143105Z
ORGANIZER;CN=Geneviève Paradis:mailto:genevieve.paradis@capitalebio.ca
UID:7apllltf0jg4k2df7lirv5q0s8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gagnon@example.org;X-NUM-GUESTS=0:mailto:mathieu.gagnon@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivier Tremblay;X-NUM-GUESTS=0:mailto:olivier.tremblay@capitalebio.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/xsd-pwqe-hmn
CREATED:20261028T143104Z
DESCRIPTION:Bonjour Mathieu\\, voici l'invitation pour notre entrevue avec Olivier (directeur de production). Au plaisir! Geneviève
LAST-MODIFIED:20261028T143104Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Ingénieur qualité (Mathieu Gagnon)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    frm = addr("Geneviève Paradis", "genevieve.paradis@capitalebio.ca")
    hs = head(frm, "Invitation: Entrevue – Ingénieur qualité (Mathieu Gagnon) @ lun. 2 nov. 2026 09:00 - 10:00 "
              "(HNE) (mathieu.gagnon@example.org)",
              "2026-10-28 10:31:05", "<calendar-3c9b2f7e-1d4a-4b8e-9f6c-2a1e0d7b5c43@google.com>", ident="4RyW8c2Lt5",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [198.51.100.73])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", frm)))
    ics_part = calendar(ics, cte="8bit")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page), ics_part),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(8), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 11:00", TZ), end=utc("2026-09-14 11:45", TZ),
      local="Mon 2026-09-14 11:00", local_end="2026-09-14 11:45", zone=TZ,
      contact=None, company="Kanata Surgical",
      note="Microsoft Bookings confirmation; the body's zone label reads '(UTC-05:00) Eastern Time (US & "
           "Canada)' but on 14 Sep Ottawa is on EDT (UTC-4): 11:00 = 15:00Z, 45 minutes -> 15:45Z; the ICS "
           "(TZID Eastern Standard Time) agrees; only a Bookings mailbox and a staff name -> contact null.")
def p08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <h1 style="font-size:24px;font-weight:600">Appointment confirmed</h1>
        <p>Hi Mathieu Gagnon,</p>
        <p>Thank you for booking with Kanata Surgical Careers. Your booking is confirmed.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Quality Engineer &ndash; video interview (45 min)</td></tr>
        <tr><td><b>Date/time</b></td><td>9/14/2026 11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Duration</b></td><td>45 minutes</td></tr>
        <tr><td><b>Staff</b></td><td>Rebecca Lindqvist</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ4ZTk1%40thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/KanataSurgicalCareers@kanatasurgical.ca/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Kanata Surgical Careers<br>400 March Road, Ottawa, ON<br>613-555-0172</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kanata Surgical Careers:mailto:KanataSurgicalCareers@kanatasurgical.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@example.org
DESCRIPTION;LANGUAGE=en-US:Quality Engineer – video interview with Rebecca Lindqvist\\n
UID:040000008200E00074C5B7101A82E00800000000B1C3D5E7F812DC010000000000000000100000002C4E6A8B0D1F3A5C7E9B1D3F5A7C9E1B
SUMMARY;LANGUAGE=en-US:Quality Engineer – video interview
DTSTART;TZID=Eastern Standard Time:20260914T110000
DTEND;TZID=Eastern Standard Time:20260914T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260908T202230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head("Kanata Surgical Careers <KanataSurgicalCareers@kanatasurgical.ca>",
              "Your appointment with Kanata Surgical Careers has been booked",
              "2026-09-08 16:22:30", "<YQXPR01MB4630E1B2C3D4E5F6A7B8C9D0E1F2A3@YQXPR01MB4630.CANPRD01.PROD.OUTLOOK.COM>",
              relay="CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2105.outbound.protection.outlook.com [203.0.113.105])",
              ident="4RhB7n5Zq2",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),
                     ("Content-Language", "en-US")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, filename="meeting.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


@mail(n(9), family="teamtailor", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-10-14 14:00", TZ), end=utc("2026-10-14 15:00", TZ),
      local="Wed 2026-10-14 14:00", local_end="2026-10-14 15:00", zone=TZ,
      contact="emilie.lavoie@neurovia.ca", company="Neurovia",
      note="Teamtailor HTML-only mail in French: mercredi 14 octobre 2026 de 14 h à 15 h (heure de "
           "Montréal, EDT, UTC-4) = 18:00-19:00Z; the 'Ajouter à Google Agenda' link carries the same "
           "UTC range; sender is a Teamtailor no-reply, contact = the recruiter's address in the body.")
def p09() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Neurovia</title></head>
        <body style="margin:0;background:#f6f6f6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td>
        <img src="https://assets.teamtailor-cdn.com/neurovia/logo.png" alt="Neurovia" width="120">
        <p>Bonjour Mathieu,</p>
        <p>Merci d'avoir réservé un moment avec nous! Voici la confirmation de votre entrevue pour le poste
        <b>Ingénieur(e) qualité – produits neurostimulation</b>.</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:6px">
        <b>Quand :</b> mercredi 14 octobre 2026, de 14 h à 15 h (heure de Montréal)<br>
        <b>Où :</b> Neurovia, 5600 rue Saint-Patrick, Montréal – salle Cortex<br>
        <b>Avec :</b> Émilie Lavoie (recrutement) et Farid Haddad (VP Qualité)</p>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Entrevue+Neurovia&amp;dates=20261014T180000Z/20261014T190000Z">Ajouter à Google Agenda</a> ·
        <a href="https://neurovia.teamtailor.com/ics/interviews/5b2d91.ics">Ajouter à Outlook / iCal</a></p>
        <p>Un empêchement? Écrivez directement à Émilie : <a href="mailto:emilie.lavoie@neurovia.ca">emilie.lavoie@neurovia.ca</a>.</p>
        <p>À bientôt,<br>L'équipe Neurovia</p>
        <p style="font-size:11px;color:#999">Envoyé avec Teamtailor · <a href="https://neurovia.teamtailor.com/connect/unsubscribe">Gérer mes préférences</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head("Neurovia <no-reply@teamtailor-mail.com>", "Votre entrevue avec Neurovia est confirmée",
              "2026-10-08 11:15:54", "<6705b3f2a1c4e_3c2a1f0e9d8c7@teamtailor-mail.com>", ident="4RmN3v6Dx9",
              relay="mta-12.teamtailor-mail.com (mta-12.teamtailor-mail.com [192.0.2.212])",
              extra=(("List-Unsubscribe", "<https://neurovia.teamtailor.com/connect/unsubscribe>"),))
    return message(hs, html(page))


@mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-20 15:30", TZ), end=utc("2026-10-20 16:15", TZ),
      local="Tue 2026-10-20 15:30", local_end="2026-10-20 16:15", zone=TZ,
      contact="kevin.obrien@stellaris-ortho.com", company="Stellaris Orthopedics",
      note="SmartRecruiters interview confirmation: Oct 20, 2026, 3:30 PM - 4:15 PM (GMT-04:00) "
           "America/Toronto -> 19:30-20:15Z; contact = the coordinator's Reply-To (sender is no-reply).")
def p10() -> bytes:
    body = t("""
        Interview Confirmation

        Dear Mathieu,

        Thank you for confirming your availability. Your interview for the position of
        Supplier Quality Engineer (Remote - Canada) is scheduled as follows:

        Date: Oct 20, 2026
        Time: 3:30 PM - 4:15 PM (GMT-04:00) America/Toronto
        Type: Video interview (Microsoft Teams - link below)
        Interviewers: Kevin O'Brien, Talent Acquisition; Marisol Vega, Supplier Quality Manager

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg3ZjM2%40thread.v2/0

        If you have any questions, reply to this message.

        Kind regards,
        Stellaris Orthopedics Talent Team

        This email was sent via SmartRecruiters on behalf of Stellaris Orthopedics.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b5cab">Interview Confirmation</h2>
        <p>Dear Mathieu,</p>
        <p>Thank you for confirming your availability. Your interview for the position of
        <b>Supplier Quality Engineer (Remote - Canada)</b> is scheduled as follows:</p>
        <p><b>Date:</b> Oct 20, 2026<br><b>Time:</b> 3:30 PM - 4:15 PM (GMT-04:00) America/Toronto<br>
        <b>Type:</b> Video interview (Microsoft Teams)<br>
        <b>Interviewers:</b> Kevin O'Brien, Talent Acquisition; Marisol Vega, Supplier Quality Manager</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg3ZjM2%40thread.v2/0">Join the interview</a></p>
        <p>If you have any questions, reply to this message.</p>
        <p>Kind regards,<br>Stellaris Orthopedics Talent Team</p>
        <p style="font-size:11px;color:#888">This email was sent via SmartRecruiters on behalf of Stellaris Orthopedics.</p>
        </body></html>
        """)
    hs = head("Stellaris Orthopedics <noreply@smartrecruiters.com>",
              "Interview Confirmation - Supplier Quality Engineer (Remote - Canada)",
              "2026-10-14 13:02:48", "<1b7e0c5f.2c3d4e5f.1760461368.srmail@smartrecruiters.com>", ident="4RpD1k8Hs3",
              relay="mail-out-3.smartrecruiters.com (mail-out-3.smartrecruiters.com [192.0.2.33])",
              extra=(("Reply-To", "Kevin O'Brien <kevin.obrien@stellaris-ortho.com>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(11), family="google_calendar_allday", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-19 08:30", TZ), end=utc("2026-11-19 12:00", TZ),
      local="Thu 2026-11-19 08:30", local_end="2026-11-19 12:00", zone=TZ,
      contact="mcote@plastimed-drummond.ca", company="Plastimed Drummond",
      note="Google Calendar all-day event (DTSTART;VALUE=DATE:20261119) for an on-site interview in "
           "Drummondville; the time is only in the text: 'de 8 h 30 à 12 h' on jeudi 19 novembre, EST "
           "(UTC-5) = 13:30-17:00Z; contact = the human organizer.")
def p11() -> bytes:
    desc = ("Bonjour Mathieu,\n\nTel que discuté, voici le déroulement de ta journée d'entrevue chez nous, "
            "le jeudi 19 novembre, de 8 h 30 à 12 h :\n"
            "- 8 h 30 : accueil à la réception (2150 rue Power, Drummondville)\n"
            "- 8 h 45 : rencontre avec le comité (Mélanie Côté, RH; Luc Bélanger, dir. qualité)\n"
            "- 10 h 15 : visite de l'usine (salle blanche ISO 7, prévois des souliers fermés)\n"
            "- 11 h 15 : cas pratique NCR/CAPA\n\nOn te fournit le sarrau et les lunettes.\nMélanie")
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entrevue sur place – Ingénieur qualité (Plastimed)
        Quand
        jeudi 19 nov. 2026

        Où
        Plastimed Drummond, 2150 rue Power, Drummondville (Québec)

        Invités
        Mélanie Côté - organisateur
        Luc Bélanger
        mathieu.gagnon@example.org

        """) + desc + t("""


        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
DTSTAMP:20261113T204812Z
ORGANIZER;CN=Mélanie Côté:mailto:mcote@plastimed-drummond.ca
UID:2k9d0v7q4m1s8n3b5c6x0z2l4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gagnon@example.org;X-NUM-GUESTS=0:mailto:mathieu.gagnon@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luc Bélanger;X-NUM-GUESTS=0:mailto:lbelanger@plastimed-drummond.ca
CREATED:20261113T204811Z
DESCRIPTION:""" + desc.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n") + """
LAST-MODIFIED:20261113T204811Z
LOCATION:Plastimed Drummond\\, 2150 rue Power\\, Drummondville (Québec)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue sur place – Ingénieur qualité (Plastimed)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    frm = addr("Mélanie Côté", "mcote@plastimed-drummond.ca")
    hs = head(frm, "Invitation: Entrevue sur place – Ingénieur qualité (Plastimed) @ jeu. 19 nov. 2026 "
              "(mathieu.gagnon@example.org)",
              "2026-11-13 15:48:12", "<calendar-8e2f4a1b-6c3d-4e5f-a7b8-c9d0e1f2a3b4@google.com>", ident="4S1cQ7Wm0e",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [198.51.100.69])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"), ("Reply-To", frm)))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(12), family="forward_to_self", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", TZ), end=utc("2026-12-08 11:30", TZ),
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:30", zone=TZ,
      contact="sroy@talentsboreal.ca", company="MedAxio",
      note="The candidate forwards to himself (example.net -> example.org, from his phone) an agency "
           "recruiter's confirmation: 'mardi 8 déc. à 10 h', 'L'entrevue dure 1 h 30' -> EST (UTC-5) "
           "15:00-16:30Z; sender is the candidate, so contact = the recruiter in the forwarded header; "
           "company = the hiring client MedAxio, not the agency.")
def p12() -> bytes:
    body = t("""
        Pour mon agenda

        Envoyé de mon iPhone

        ---------- Message transféré ---------
        De : Sébastien Roy <sroy@talentsboreal.ca>
        Date : mer. 2 déc. 2026 à 16 h 20
        Objet : MedAxio - entrevue confirmée
        À : Mathieu Gagnon <mathieu.gagnon@example.net>

        Bonjour Mathieu,

        Bonne nouvelle : c'est confirmé avec MedAxio pour le mardi 8 déc. à 10 h, à leurs bureaux au
        1100 boul. Robert-Bourassa, 12e étage (Montréal). L'entrevue dure 1 h 30 : 45 min avec
        Nathalie Giroux (directrice AQ) puis 45 min avec deux membres de l'équipe validation.

        Apporte une copie de ton certificat d'auditeur ISO 13485, ils vont vouloir le voir.

        Je t'appelle lundi pour te préparer.

        Sébastien Roy
        Conseiller principal, Talents Boréal
        514 555-0164 | sroy@talentsboreal.ca
        """)
    hs = [("Delivered-To", ME_ADDR),
          ("Received", received("from mail-qt1-f176.google.com (mail-qt1-f176.google.com [198.51.100.176])",
                                "2026-12-03 07:12:40", TZ, "mx1.example.org (Postfix) with ESMTPS id 4SBd2kX9f1",
                                ME_ADDR)),
          ("From", "Mathieu Gagnon <mathieu.gagnon@example.net>"), ("To", ME),
          ("Subject", enc("Fwd: MedAxio - entrevue confirmée")),
          ("Date", date("2026-12-03 07:12:40", TZ)),
          ("Message-ID", "<4E1B7C2A-9D3F-4A6B-8C5E-2F0A1D3B7E9C@example.net>"),
          ("X-Mailer", "iPhone Mail (22B91)")]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="zoom", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:00", TZ), local="Tue 2026-11-10 11:00", zone=TZ,
      contact="afortin@lumivia.ca", company="Lumivia Diagnostics",
      note="Recruiter pastes a French Zoom invitation: 'Heure : 10 nov. 2026 11:00 AM Heure de l'Est "
           "(États-Unis et Canada)', after DST ended -> EST (UTC-5) = 16:00Z; no length stated; "
           "windows-1252 quoted-printable; contact = human sender.")
def p13() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Tel que convenu, voici le lien pour l’entrevue de mardi avec Dominique (chef d’équipe
        qualité) et moi-même. Nous allons surtout parler de ton expérience avec les plaintes clients
        et la vigilance.

        Amélie Fortin vous invite à une réunion Zoom planifiée.

        Sujet : Entrevue Mathieu Gagnon – Analyste qualité senior
        Heure : 10 nov. 2026 11:00 AM Heure de l'Est (États-Unis et Canada)

        Participer à la réunion Zoom
        https://lumivia.zoom.us/j/83344719205?pwd=bXlhRmtZc2VqU0p4R0ZQdz09

        ID de réunion : 833 4471 9205
        Code secret : 582910

        Bonne journée!

        Amélie Fortin | Partenaire d’affaires RH
        Lumivia Diagnostics – Montréal / télétravail
        """)
    hs = head(addr("Amélie Fortin", "afortin@lumivia.ca", "windows-1252"),
              "Entrevue – Analyste qualité senior (lien Zoom)", "2026-11-05 09:44:02",
              "<DM6PR11MB4217C8A1B2E3F4D5A6B7C8D9E0F1@DM6PR11MB4217.namprd11.prod.outlook.com>",
              charset="windows-1252", ident="4S3mT5Vb2u",
              relay="NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2091.outbound.protection.outlook.com [203.0.113.91])",
              extra=(("Content-Language", "fr-CA"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(14), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 16:30", "America/Vancouver"), end=utc("2026-12-01 17:15", "America/Vancouver"),
      local="Tue 2026-12-01 16:30", local_end="2026-12-01 17:15", zone="America/Vancouver",
      contact="jenna.morales@cascadiamedtech.com", company="Cascadia Medtech",
      note="iCIMS confirmation from a Vancouver company: Tuesday, December 1, 2026 at 4:30 PM Pacific "
           "(PST, UTC-8) for 45 minutes = 00:30-01:15Z on Wednesday 2 Dec (another day in UTC); the "
           "body also says 7:30 PM Eastern; contact = coordinator's address in the body.")
def p14() -> bytes:
    body = t("""
        Dear Mathieu,

        Thank you for your interest in Cascadia Medtech. We are pleased to confirm your interview
        for the position of Quality Engineer - Post-Market Surveillance (Req ID 2026-3381).

        Date: Tuesday, December 1, 2026
        Time: 4:30 PM Pacific Time (7:30 PM Eastern)
        Duration: 45 minutes
        Format: Video call via Zoom - https://cascadiamedtech.zoom.us/j/91820374466
        Interviewer: Daniel Cho, Manager, Post-Market Quality

        We understand the late hour on the East Coast; thank you for accommodating our team.

        Should you need to make any changes, please contact Jenna Morales, Recruiting Coordinator,
        at jenna.morales@cascadiamedtech.com.

        Sincerely,
        Cascadia Medtech Talent Acquisition

        Please do not reply to this email. This mailbox is not monitored.
        """)
    page = "<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\"><p>" + body.strip().replace(
        "\n\n", "</p>\n<p>").replace("\n", "<br>\n").replace("</p><br>", "</p>") + "</p></body></html>\n"
    hs = head("Cascadia Medtech <cascadiamedtech@talent.icims.com>",
              "Interview Confirmation - Quality Engineer - Post-Market Surveillance",
              "2026-11-25 10:18:33", "<1732558713.88214.icims.2026-3381@talent.icims.com>",
              zone="America/Vancouver", ident="4S8qH1Lz6a",
              relay="smtp-out4.icims.com (smtp-out4.icims.com [192.0.2.144])")
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(n(15), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 15:00", "Europe/Berlin"), end=utc("2026-10-28 15:45", "Europe/Berlin"),
      local="Wed 2026-10-28 15:00", local_end="2026-10-28 15:45", zone="Europe/Berlin",
      contact="lena.hartmann@nordwerk-medical.de", company="Nordwerk Medical",
      note="Personio invitation from a Berlin company hiring remotely: Wednesday 28 October 2026, "
           "15:00-15:45 CET (Europe left summer time on 25 Oct, UTC+1) = 14:00-14:45Z, i.e. 10:00 EDT "
           "in Sherbrooke (the one week where the gap is 5 h); mail sent on 21 Oct in CEST; ICS in "
           "Europe/Berlin agrees; contact = recruiter in the body.")
def p15() -> bytes:
    body = t("""
        Hello Mathieu,

        Thank you for your application as Quality Engineer (m/f/d) – Remote, North America.
        We are happy to confirm your interview:

        Date:  Wednesday, 28 October 2026
        Time:  15:00 – 15:45 (CET, Berlin time) – that is 10:00 in Montréal
        Where: Google Meet, link in the attached calendar invitation
        With:  Lena Hartmann (People & Culture), Jonas Weber (Head of QA/RA)

        Please note that Germany switches back to winter time on 25 October, so the gap to Eastern
        time is only five hours that week.

        If anything comes up, just write to lena.hartmann@nordwerk-medical.de.

        Best regards
        Lena Hartmann
        Nordwerk Medical GmbH · Sachsendamm 14 · 10829 Berlin

        This message was sent via Personio.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-interview-7741920@personio.de
DTSTAMP:20261021T143011Z
DTSTART;TZID=Europe/Berlin:20261028T150000
DTEND;TZID=Europe/Berlin:20261028T154500
SUMMARY:Interview Nordwerk Medical – Mathieu Gagnon
LOCATION:https://meet.google.com/jbe-ruxq-nfd
ORGANIZER;CN=Lena Hartmann:mailto:lena.hartmann@nordwerk-medical.de
ATTENDEE;CN=Mathieu Gagnon;RSVP=TRUE:mailto:mathieu.gagnon@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Nordwerk Medical GmbH <noreply@personio.de>",
              "Interview invitation: Quality Engineer (m/f/d) – Remote, North America",
              "2026-10-21 16:30:11", "<20261021143011.7741920.a1b2c3@mail.personio.de>",
              zone="Europe/Berlin", ident="4RvX9e2Pj7",
              relay="mail.personio.de (mail.personio.de [192.0.2.80])")
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="REQUEST", filename="interview.ics",
                                      disposition="attachment", cte="base64")))


@mail(n(16), family="human_prose_thread", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-12-10 13:30", TZ), local="Thu 2026-12-10 13:30", zone=TZ,
      contact="vbergeron@dermatek.ca", company="Dermatek",
      note="Recruiter's short reply on top of a quoted thread: 'je te confirme jeudi le 10 à 13 h 30' "
           "(sent Fri 4 Dec 2026 -> Thu 10 Dec), EST (UTC-5) = 18:30Z; the quoted mails also offer "
           "vendredi le 11 en am; no length; iso-8859-15 8bit; contact = human sender.")
def p16() -> bytes:
    body = t("""
        Parfait, ça adonne! Je te confirme jeudi le 10 à 13 h 30, avec Marc-André (dir. des
        opérations) et moi, à l'usine (455 boul. Industriel, porte 3). Demande-moi à l'accueil.

        Bonne fin de semaine,
        Valérie

        Valérie Bergeron, CRHA
        Dermatek inc.
        819 555-0148

        Le jeu. 3 déc. 2026, à 19 h 41, Mathieu Gagnon <mathieu.gagnon@example.org> a écrit :
        > Bonsoir Valérie,
        >
        > Merci! Jeudi le 10 à 13 h 30 m'adonnerait bien. Sinon vendredi le 11 en am, je suis libre
        > jusqu'à midi.
        >
        > Mathieu
        >
        > Le jeu. 3 déc. 2026, à 11 h 02, Valérie Bergeron <vbergeron@dermatek.ca> a écrit :
        >> Bonjour Mathieu,
        >>
        >> Suite à ta candidature pour le poste de technicien(ne) principal(e) assurance qualité,
        >> on aimerait te rencontrer. Est-ce que jeudi le 10 en pm ou vendredi le 11 en am te
        >> conviendrait?
        >>
        >> Valérie
        """)
    hs = head(addr("Valérie Bergeron", "vbergeron@dermatek.ca", "iso-8859-15"), "Re: Entrevue chez Dermatek",
              "2026-12-04 08:55:27", "<000a01dc6431$7f2e8c10$7d8ba430$@dermatek.ca>", charset="iso-8859-15",
              ident="4SCk0r3Nw8", relay="smtp.dermatek.ca (smtp.dermatek.ca [192.0.2.201])",
              extra=(("In-Reply-To", "<c1d2e3f4-0a1b-4c2d-8e3f-5a6b7c8d9e0f@example.org>"),
                     ("References", "<000201dc637a$1c2d3e40$5f6a7b80$@dermatek.ca> "
                                    "<c1d2e3f4-0a1b-4c2d-8e3f-5a6b7c8d9e0f@example.org>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcZDF/LoyQfS6MEH2LpDB0ZT0Hxw==")))
    return message(hs, alt(text(body, charset="iso-8859-15", cte="8bit"),
                           html(gmail_html(body), charset="iso-8859-15", cte="quoted-printable")))


@mail(n(17), family="human_prose_phone", lang="fr-CA", interview=True, kind="rescheduled",
      start=utc("2026-09-30 14:00", TZ), local="Wed 2026-09-30 14:00", zone=TZ,
      contact="jf.lapointe@osteolab.ca", company="Ostéo-Lab",
      note="Hiring manager writing from his phone (tu, typos), sent Fri 25 Sep 2026: moves the interview "
           "'de mardi 10 h à mercredi 14 h' -> old Tue 29 Sep 10:00, new Wed 30 Sep 14:00 EDT (UTC-4) = "
           "18:00Z; the quoted original confirms 'mardi le 29 à 10 h'; contact = human sender.")
def p17() -> bytes:
    body = t("""
        Salut Mathieu,

        Desole pour le changement de derniere minute, j'ai un audit client qui vient de tomber mardi.
        On doit déplacer ton entrevue de mardi 10 h à mercredi 14 h. J'ai vérifié avec Nancy (RH), c'est
        beau de notre bord, même place (1200 rue Galt Ouest), même monde.

        Merci de ta flexibilité, on se voit mercredi

        JF

        Envoyé de mon iPhone

        > Le 21 sept. 2026 à 16:12, Jean-François Lapointe <jf.lapointe@osteolab.ca> a écrit :
        >
        > Bonjour Mathieu,
        > C'est confirmé pour mardi le 29 à 10 h à nos bureaux de la rue Galt. Prévois une heure.
        > JF
        """)
    hs = head(addr("Jean-François Lapointe", "jf.lapointe@osteolab.ca"), "Re: Entrevue Ostéo-Lab",
              "2026-09-25 07:58:19", "<8F3A2C1B-7E6D-4F5A-9B8C-1D2E3F4A5B6C@osteolab.ca>", ident="4RdF5h9Kc1",
              relay="smtp.osteolab.ca (smtp.osteolab.ca [192.0.2.17])",
              extra=(("In-Reply-To", "<2B9C8D7E-1A0F-4E3D-8C2B-7A6F5E4D3C2B@osteolab.ca>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(18), family="exchange_teams_update", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 13:30", TZ), end=utc("2026-11-03 15:00", TZ),
      local="Tue 2026-11-03 13:30", local_end="2026-11-03 15:00", zone=TZ,
      contact="hwhitfield@rideaudx.ca", company="Rideau Diagnostics",
      note="Exchange meeting update (SEQUENCE:1) from the Ottawa employer of an earlier mail: second "
           "interview moved from Thu 29 Oct 2:00 PM (EDT) to Tue 3 Nov 1:30-3:00 PM, after the 1 Nov "
           "change, EST (UTC-5) = 18:30-20:00Z; Outlook's 'When:' line shows (UTC-05:00); ICS agrees; "
           "contact = organizer.")
def p18() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 1:30 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Mathieu,

        Dev has a conflict on Thursday, so I've moved your second interview from Thursday, October 29
        at 2:00 PM to Tuesday, November 3 at 1:30 PM. Same Teams link. It is still 90 minutes, with
        Dev, Lisa Tran (Director, Regulatory Affairs) and me.

        Sorry for the shuffle, and thanks for your flexibility.

        Hannah

        """) + TEAMS.format(mid="ZGE0MjE4YjMtOWU3Ny00", num="231 774 908 116", code="Hb3uW9")
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n")
    ) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hannah Whitfield:mailto:hwhitfield@rideaudx.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Patel:mailto:dpatel@rideaudx.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lisa Tran:mailto:ltran@rideaudx.ca
DESCRIPTION;LANGUAGE=en-US:Hi Mathieu\\, Dev has a conflict on Thursday\\, so I've moved your second interview.\\n
UID:040000008200E00074C5B7101A82E00800000000D4E6F8A0B2C4DC01000000000000000010000000E5F7A9B1C3D5E7F9A1B3C5D7E9F1A3B5
SUMMARY;LANGUAGE=en-US:Second interview - Senior Quality Engineer (Mathieu Gagnon)
DTSTART;TZID=Eastern Standard Time:20261103T133000
DTEND;TZID=Eastern Standard Time:20261103T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T130544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1873340212
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Hannah Whitfield <hwhitfield@rideaudx.ca>",
              "Updated: Second interview - Senior Quality Engineer (Mathieu Gagnon)",
              "2026-10-27 09:05:44", "<YT3PR01MB6118F7E6D5C4B3A2918070C1D2E3F4@YT3PR01MB6118.CANPRD01.PROD.OUTLOOK.COM>",
              relay="CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2119.outbound.protection.outlook.com [203.0.113.119])",
              ident="4RxA6s1Gd4",
              extra=(("Thread-Topic", "Second interview - Senior Quality Engineer (Mathieu Gagnon)"),
                     ("Thread-Index", "AdtoF2k9Zp3Lw1rTSvKx8m4YdQ5BzQ=="),
                     ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-12 11:00", "America/New_York"), end=utc("2026-11-12 12:00", "America/New_York"),
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone="America/New_York",
      contact="brianna.castillo@vectrasurgical.com", company="Vectra Surgical",
      note="GoodTime reschedule notice from a Boston company: previous Wed 11 Nov 10:00-11:00 AM EST, "
           "new Thursday, November 12, 2026 11:00 AM - 12:00 PM EST (UTC-5) = 16:00-17:00Z; ICS "
           "SEQUENCE:2 in America/New_York agrees; contact = coordinator's Reply-To.")
def p19() -> bytes:
    body = t("""
        Hi Mathieu,

        Your interview with Vectra Surgical has been rescheduled. Please see the updated details below.

        PREVIOUS TIME (cancelled)
        Wednesday, November 11, 2026
        10:00 AM - 11:00 AM EST

        NEW TIME
        Thursday, November 12, 2026
        11:00 AM - 12:00 PM EST (America/New_York)

        Interview: Design Quality Engineer - Panel
        Interviewers: Rahul Menon (Design Quality Lead), Stephanie Kowalski (R&D Manager)
        Zoom: https://vectrasurgical.zoom.us/j/96615023318

        An updated calendar invitation is attached. If the new time does not work, reply to this email
        and Brianna will help.

        Thank you,
        Brianna Castillo
        Recruiting Coordinator, Vectra Surgical

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Mathieu,</p>
        <p>Your interview with Vectra Surgical has been <b>rescheduled</b>. Please see the updated details below.</p>
        <p style="color:#999"><s>Wednesday, November 11, 2026<br>10:00 AM - 11:00 AM EST</s></p>
        <p><b>NEW TIME</b><br>Thursday, November 12, 2026<br>11:00 AM - 12:00 PM EST (America/New_York)</p>
        <p>Interview: Design Quality Engineer - Panel<br>Interviewers: Rahul Menon (Design Quality Lead), Stephanie Kowalski (R&amp;D Manager)<br>
        Zoom: <a href="https://vectrasurgical.zoom.us/j/96615023318">https://vectrasurgical.zoom.us/j/96615023318</a></p>
        <p>An updated calendar invitation is attached. If the new time does not work, reply to this email and Brianna will help.</p>
        <p>Thank you,<br>Brianna Castillo<br>Recruiting Coordinator, Vectra Surgical</p>
        <p style="font-size:11px;color:#aaa">Sent with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-5f0e1d2c3b4a-vectrasurgical@goodtime.io
DTSTAMP:20261106T193012Z
DTSTART;TZID=America/New_York:20261112T110000
DTEND;TZID=America/New_York:20261112T120000
SUMMARY:Vectra Surgical - Design Quality Engineer - Panel (Mathieu Gagnon)
LOCATION:https://vectrasurgical.zoom.us/j/96615023318
ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@vectrasurgical.com
ATTENDEE;CN=Mathieu Gagnon;RSVP=TRUE:mailto:mathieu.gagnon@example.org
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR"""
    hs = head("Vectra Surgical Recruiting <no-reply@goodtime.io>",
              "Rescheduled: Your interview with Vectra Surgical",
              "2026-11-06 14:30:12", "<0100019f3a4b5c6d-7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
              zone="America/New_York", ident="4S4pV8Yc3r",
              relay="a11-54.smtp-out.amazonses.com (a11-54.smtp-out.amazonses.com [203.0.113.54])",
              extra=(("Reply-To", "Brianna Castillo <brianna.castillo@vectrasurgical.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(20), family="workable", lang="fr-CA", interview=True, kind="rescheduled",
      start=utc("2026-12-03 15:00", TZ), end=utc("2026-12-03 15:45", TZ),
      local="Thu 2026-12-03 15:00", local_end="2026-12-03 15:45", zone=TZ,
      contact="sophie.nguyen@cliniqsante.ca", company="Cliniq Santé",
      note="Workable reschedule in French with ISO dates: ancienne date 2026-12-01 à 15 h, nouvelle "
           "date jeudi 2026-12-03 de 15 h à 15 h 45 (HNE, UTC-5) = 20:00-20:45Z; ICS in UTC agrees; "
           "Reply-To is a Workable relay, so contact = the recruiter's address in the body.")
def p20() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Votre entrevue pour le poste de Responsable qualité et conformité chez Cliniq Santé a été
        reportée.

        Ancienne date : mardi 2026-12-01 à 15 h
        Nouvelle date : jeudi 2026-12-03, de 15 h à 15 h 45 (heure normale de l'Est)
        Format : appel vidéo (Google Meet) – https://meet.google.com/pcf-tnwa-qok
        Intervieweuse : Sophie Nguyen, directrice des opérations cliniques

        Une invitation de calendrier mise à jour est jointe à ce courriel.

        Pour toute question, écrivez à Sophie : sophie.nguyen@cliniqsante.ca

        Cordialement,
        L'équipe de recrutement de Cliniq Santé

        --
        Envoyé par Workable au nom de Cliniq Santé
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3f8a2c1e9b7d@workable.com
DTSTAMP:20261127T151244Z
DTSTART:20261203T200000Z
DTEND:20261203T204500Z
SUMMARY:Entrevue : Responsable qualité et conformité – Cliniq Santé
LOCATION:https://meet.google.com/pcf-tnwa-qok
ORGANIZER;CN=Sophie Nguyen:mailto:sophie.nguyen@cliniqsante.ca
ATTENDEE;CN=Mathieu Gagnon;RSVP=TRUE:mailto:mathieu.gagnon@example.org
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Cliniq Santé", "noreply@candidates.workablemail.com"),
              "Entrevue reportée – Responsable qualité et conformité", "2026-11-27 10:12:44",
              "<5f7e9c1a.workable.0b1c2d3e4f5a@candidates.workablemail.com>", ident="4S9tR4Mb7x",
              relay="o3.candidates.workablemail.com (o3.candidates.workablemail.com [192.0.2.73])",
              extra=(("Reply-To", "cliniq-sante+a7k2m9q4x1@candidates.workablemail.com"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="quoted-printable")))


@mail(n(21), family="google_calendar_cancel", lang="fr-CA", interview=True, kind="cancelled",
      start=utc("2026-11-20 10:00", TZ), end=utc("2026-11-20 11:00", TZ),
      local="Fri 2026-11-20 10:00", local_end="2026-11-20 11:00", zone=TZ,
      contact="genevieve.paradis@capitalebio.ca", company="Capitale Bioprocédés",
      note="Google Calendar cancellation in French (METHOD:CANCEL, STATUS:CANCELLED) of the second-round "
           "interview ven. 20 nov. 2026 10:00-11:00 HNE (UTC-5) = 15:00-16:00Z; the organizer's note "
           "promises new slots later, no new time; contact = organizer.")
def p21() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entrevue 2e tour – Ingénieur qualité (Mathieu Gagnon)
        Quand
        vendredi 20 nov. 2026 10:00 – 11:00 (heure normale de l’Est - Toronto)

        Invités
        Geneviève Paradis - organisateur
        Mathieu Gagnon
        Olivier Tremblay
        Hélène Marcoux

        Note de Geneviève Paradis :
        Désolée Mathieu, on doit annuler vendredi (Hélène est à l'extérieur). Je te reviens la semaine
        prochaine avec de nouvelles plages.

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261120T100000
DTEND;TZID=America/Toronto:20261120T110000
DTSTAMP:20261116T214002Z
ORGANIZER;CN=Geneviève Paradis:mailto:genevieve.paradis@capitalebio.ca
UID:5qk1v0m3n8b2c7x4z9l6p0s1d2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mathieu.gagnon@example.org;X-NUM-GUESTS=0:mailto:mathieu.gagnon@example.org
CREATED:20261105T150101Z
LAST-MODIFIED:20261116T214001Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevue 2e tour – Ingénieur qualité (Mathieu Gagnon)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    frm = addr("Geneviève Paradis", "genevieve.paradis@capitalebio.ca")
    hs = head(frm, "Événement annulé avec une note : Entrevue 2e tour – Ingénieur qualité (Mathieu Gagnon) @ "
              "ven. 20 nov. 2026 10:00 - 11:00 (HNE) (mathieu.gagnon@example.org)",
              "2026-11-16 16:40:02", "<calendar-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0@google.com>", ident="4S6wE2Qn9j",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [198.51.100.73])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"), ("Reply-To", frm)))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="8bit")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-26 10:00", "America/Edmonton"), local="Thu 2026-11-26 10:00", zone="America/Edmonton",
      contact="tyler.brandvold@chinookbio.ca", company="Chinook Biosystems",
      note="Calgary recruiter cancels 'Thursday's panel (10:00 AM MT / noon your time)', sent Mon 23 Nov "
           "2026 in MST -> Thu 26 Nov 10:00 MST (UTC-7) = 17:00Z; role on hold, no new time; contact = "
           "human sender.")
def p22() -> bytes:
    body = t("""
        Hi Mathieu,

        I'm sorry to be writing with this news. Unfortunately I have to cancel Thursday's panel
        (10:00 AM MT / noon your time). Leadership has put the Quality Engineer II role on hold until
        the Q1 budget is finalized, and we don't want to take up your time and the panel's before we
        know the position will go ahead.

        I really enjoyed our conversation last month and the team was impressed. If the role reopens in
        January I'll reach out to you first.

        All the best,
        Tyler

        Tyler Brandvold | Senior Recruiter
        Chinook Biosystems | Calgary, AB
        """)
    hs = head("Tyler Brandvold <tyler.brandvold@chinookbio.ca>", "Thursday's panel - update",
              "2026-11-23 08:12:55", "<CAJx7kP2mRq0nV+chinook4YwL9s@mail.gmail.com>", zone="America/Edmonton",
              ident="4S8bN0Tk5v", relay="mail-pj1-f52.google.com (mail-pj1-f52.google.com [198.51.100.52])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(23), family="taleo", lang="fr-CA", interview=True, kind="cancelled",
      start=utc("2026-11-24 09:00", TZ), local="Tue 2026-11-24 09:00", zone=TZ,
      contact="marie-eve.leblanc@gsboreal.ca", company="Groupe Santé Boréal",
      note="Taleo notice (iso-8859-1, base64): the interview of mardi 24 novembre 2026 à 9 h 00 (HNE, "
           "UTC-5) = 14:00Z is cancelled; it proposes jeudi 26 novembre à 9 h 00 but asks to confirm, so "
           "nothing new is fixed -> cancelled with the old slot; contact = the advisor in the body.")
def p23() -> bytes:
    body = t("""
        Bonjour Mathieu Gagnon,

        Nous devons malheureusement annuler l'entrevue prévue le mardi 24 novembre 2026 à 9 h 00
        (heure de l'Est) pour le poste de Conseiller(ère) en affaires réglementaires (numéro de
        réquisition 2600871).

        Nous vous proposons plutôt le jeudi 26 novembre 2026 à 9 h 00. Veuillez confirmer votre
        disponibilité auprès de Marie-Ève Leblanc, conseillère en dotation, à l'adresse
        marie-eve.leblanc@gsboreal.ca.

        Nous nous excusons des inconvénients.

        Direction des ressources humaines
        Groupe Santé Boréal

        Ce courriel a été envoyé par un système automatisé. Veuillez ne pas y répondre.
        """)
    hs = head(addr("Groupe Santé Boréal", "noreply@taleo.net", "iso-8859-1"),
              "Annulation de votre entrevue - Conseiller(ère) en affaires réglementaires",
              "2026-11-19 11:25:36", "<1805372736512.GSB.2600871.notif@taleo.net>", charset="iso-8859-1",
              ident="4S7kJ3Fh2p", relay="smtp3.taleo.net (smtp3.taleo.net [192.0.2.160])")
    return message(hs, text(body, charset="iso-8859-1", cte="base64"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en", interview=False, company="Pulsar Medical",
      note="Lever rejection after an interview ('last Thursday'); no time to confirm.")
def p24() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for taking the time to interview with us last Thursday for the Quality Systems
        Engineer role, and for the thoughtful questions you asked about our design-transfer process.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We'll keep your profile on file and may reach out if a suitable opening comes up. We wish you
        the best in your search.

        Warm regards,
        The Pulsar Medical Talent Team
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\"><p>" + body.strip().replace(
        "\n\n", "</p>\n<p>").replace("\n", "<br>\n").replace("</p><br>", "</p>") + "</p></body></html>\n"
    hs = head("Pulsar Medical <no-reply@hire.lever.co>", "Your application to Pulsar Medical",
              "2026-10-02 15:47:03", "<0100019d4c2e8f1a-3b4c5d6e-7f80-4a91-b2c3-d4e5f6a7b8c9-000000@email.amazonses.com>",
              ident="4RgH2n7Vw0", relay="a9-33.smtp-out.amazonses.com (a9-33.smtp-out.amazonses.com [203.0.113.33])",
              extra=(("Reply-To", "Pulsar Medical <no-reply@hire.lever.co>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="fr-CA", interview=False, company="Orthonova",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-09")),
      note="Offer after the interviews: a fixed start date and time (lundi 4 janvier 2027 à 8 h 30) and "
           "a reply deadline, but no interview.")
def p25() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Suite à nos rencontres, c'est avec grand plaisir que je te transmets en pièce jointe notre offre
        d'emploi pour le poste d'ingénieur qualité chez Orthonova.

        En résumé :
        - Salaire annuel : 92 000 $, révisé en avril
        - 4 semaines de vacances dès la première année + fermeture des Fêtes
        - Entrée en fonction : lundi 4 janvier 2027 à 8 h 30 (accueil avec Nancy aux RH)

        Si l'offre te convient, retourne-moi la lettre signée d'ici vendredi le 9 octobre. Je reste
        disponible si tu as des questions, appelle-moi n'importe quand.

        On a bien hâte de t'avoir dans l'équipe!

        Karine Dion
        Directrice qualité et affaires réglementaires
        Orthonova inc. | Sherbrooke
        """)
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n")
    attach = Part([("Content-Type", 'application/pdf; name="Offre_Orthonova_MGagnon.pdf"'),
                        ("Content-Disposition", 'attachment; filename="Offre_Orthonova_MGagnon.pdf"'),
                        ("Content-Transfer-Encoding", "base64")],
                       base64.encodebytes(pdf.encode()).replace(b"\n", b"\r\n"))
    hs = head("Karine Dion <karine@orthonova.ca>", "Offre d'emploi – Ingénieur qualité",
              "2026-10-05 10:31:09", "<CAF3k9vJ8xL2+OrthonovaOffre3Qw@mail.gmail.com>", ident="4RkV9b1Cy6",
              relay="mail-ej1-f44.google.com (mail-ej1-f44.google.com [198.51.100.44])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), attach))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Borealis Lab Systems",
      note="JOIN application receipt: 'we will get back to you within two weeks'; no time.")
def p26() -> bytes:
    body = t("""
        Hi Mathieu,

        Thank you for applying for the position of QA/RA Specialist (Hybrid - Ottawa) at Borealis Lab
        Systems. We have received your application and our team will review it carefully.

        What happens next?
        1. Review: we look at every application individually.
        2. Interview: if your profile matches, we will invite you to a first interview.
        3. Decision: we usually get back to all candidates within two weeks.

        You can follow the status of your application in your JOIN candidate account.

        Best regards,
        Borealis Lab Systems

        This email was sent via JOIN (join.com) on behalf of Borealis Lab Systems.
        """)
    hs = head("Borealis Lab Systems via JOIN <noreply@join.com>",
              "Your application: QA/RA Specialist (Hybrid - Ottawa)", "2026-09-11 09:18:50",
              "<20260911131850.7c1d9e2f@mailer.join.com>", ident="4RbA3c8Ld2",
              relay="mailer.join.com (mailer.join.com [192.0.2.99])")
    return message(hs, text(body, cte="7bit"))


@mail(n(27), family="job_alert", lang="fr-CA", interview=False, company=None,
      note="Job-board alert in French; ads promise 'entrevues sur place cette semaine', nothing confirmed.")
def p27() -> bytes:
    body = t("""
        Bonjour Mathieu,

        12 nouveaux emplois correspondent à votre alerte « ingénieur qualité » – Sherbrooke + 100 km

        Ingénieur(e) qualité fournisseurs – Granby Composites, Granby
        Publié il y a 2 jours · Temps plein · 80 000 $ – 95 000 $
        Entrevues sur place cette semaine!

        Technicien(ne) assurance qualité – Lait Coaticook, Coaticook
        Publié hier · Temps plein · Quart de jour

        Spécialiste validation (IQ/OQ/PQ) – Pharmadel, Montréal (hybride)
        Publié il y a 3 jours · Permanent

        Coordonnateur(trice) qualité ISO 13485 – Orthèses Magog, Magog
        Publié aujourd'hui · Entrevue rapide par téléphone

        Voir les 12 offres : https://www.emploisestrie.ca/alertes/7731?utm_source=alerte

        Vous recevez ce courriel parce que vous avez créé une alerte sur EmploisEstrie.ca.
        Se désabonner : https://www.emploisestrie.ca/desabonnement?u=8841
        """)
    page = "<html><body style=\"font-family:Arial\"><p>" + body.strip().replace(
        "\n\n", "</p>\n<p>").replace("\n", "<br>\n").replace("</p><br>", "</p>") + "</p></body></html>\n"
    hs = head("EmploisEstrie.ca <alertes@emploisestrie.ca>",
              "12 nouveaux emplois : ingénieur qualité près de Sherbrooke", "2026-10-13 06:02:11",
              "<alerte-7731-20261013@emploisestrie.ca>", ident="4RoM1q5Xe3",
              relay="mta2.emploisestrie.ca (mta2.emploisestrie.ca [192.0.2.45])",
              extra=(("List-Unsubscribe", "<https://www.emploisestrie.ca/desabonnement?u=8841>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(28), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Newsletter post about preparing for a medtech QA interview; its sample schedule "
           "('Tuesday 10 AM') is advice, not an appointment.")
def p28() -> bytes:
    body = t("""
        THE QA CAREER DIGEST · Issue #84

        How I prepare for a medtech quality interview in 48 hours

        You got the email: "Your interview is confirmed for Thursday at 10 AM." Now what?

        Here is the plan I give every engineer I mentor:

        Tuesday, 10 AM - Reread the job ad and map each requirement to a CAPA, audit or complaint story.
        Tuesday, 7 PM - Do one mock interview with a friend. Record it. Watch it (painful, useful).
        Wednesday - Read the company's last FDA 483 or recall notices, if any. Prepare two questions.
        Thursday, 9:30 AM - Log in early. Test the camera. Breathe.

        Reader question of the week: "Should I bring up ISO 13485:2016 vs. QMSR in a first interview?"
        Short answer: only if they do.

        See you next week,
        Martine

        You're receiving this because you subscribed to The QA Career Digest.
        Unsubscribe https://qacareerdigest.substack.com/action/disable_email
        """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:17px\"><p>" + body.strip().replace(
        "\n\n", "</p>\n<p>").replace("\n", "<br>\n").replace("</p><br>", "</p>") + "</p></body></html>\n"
    hs = head("The QA Career Digest <qacareerdigest@substack.com>",
              "How I prepare for a medtech quality interview in 48 hours", "2026-11-01 08:00:14",
              "<20261101130014.3.a1b2c3d4e5f6@mg1.substack.com>", ident="4RzQ4w2Bn8",
              relay="mg1.substack.com (mg1.substack.com [192.0.2.150])",
              extra=(("List-Unsubscribe", "<https://qacareerdigest.substack.com/action/disable_email>"),
                     ("List-Id", "<qacareerdigest.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Vectra Surgical",
      days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13")),
      note="GoodTime availability request: asks the candidate to pick times for a 60-minute panel "
           "between 9 and 13 November; nothing fixed yet.")
def p29() -> bytes:
    body = t("""
        Hi Mathieu,

        Great news - the team would like to move you forward to a panel interview for the Design Quality
        Engineer role.

        Please share your availability for a 60-minute video panel between Monday, November 9 and
        Friday, November 13 using the link below. Times are shown in your local time zone.

        Share your availability: https://app.goodtime.io/availability/vectrasurgical/8d1f2c3b4a

        Once we have your times, we'll send a calendar invitation with the Zoom details.

        Thank you,
        Brianna Castillo
        Recruiting Coordinator, Vectra Surgical

        Sent with GoodTime
        """)
    hs = head("Vectra Surgical Recruiting <no-reply@goodtime.io>",
              "Vectra Surgical: please share your availability", "2026-10-30 11:42:30",
              "<0100019e8b7c6d5e-4f3a2b1c-0d9e-4f8a-b7c6-d5e4f3a2b1c0-000000@email.amazonses.com>",
              zone="America/New_York", ident="4Ry3Zb6Kq1",
              relay="a11-54.smtp-out.amazonses.com (a11-54.smtp-out.amazonses.com [203.0.113.54])",
              extra=(("Reply-To", "Brianna Castillo <brianna.castillo@vectrasurgical.com>"),))
    return message(hs, text(body))


@mail(n(30), family="proposed_times", lang="fr-CA", interview=False, company="Sanimed Magog",
      days=(("Thu", "2026-12-17"),),
      note="Recruiter (tu) proposes 'mardi à 10 h', 'mercredi pm' or 'jeudi le 17 à 9 h' and asks which "
           "works: not yet confirmed.")
def p30() -> bytes:
    body = t("""
        Salut Mathieu,

        Merci pour ton intérêt pour le poste de coordonnateur qualité! Le directeur d'usine aimerait
        te rencontrer avant les Fêtes.

        Est-ce que mardi à 10 h t'adonnerait? Sinon on a mercredi pm ou jeudi le 17 à 9 h. Dis-moi ce
        qui fait ton affaire et je t'envoie l'invitation.

        Bonne journée,
        Audrey

        Audrey Poulin | Ressources humaines
        Sanimed Magog
        819 555-0107
        """)
    hs = head("Audrey Poulin <apoulin@sanimed-magog.ca>", "Poste de coordonnateur qualité – disponibilités",
              "2026-12-11 14:06:41", "<002b01dc6a9c$4e5f6070$eb1d2150$@sanimed-magog.ca>", ident="4SDw8m2Ty5",
              relay="smtp.sanimed-magog.ca (smtp.sanimed-magog.ca [192.0.2.207])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Northpeak Search",
      note="Agency cold outreach asking for a quick chat 'this week or next'; no time fixed.")
def p31() -> bytes:
    body = t("""
        Hi Mathieu,

        I came across your profile and your background in ISO 13485 audits and CAPA really stood out.
        I'm working with a growing Class II device manufacturer in the Ottawa area that is building out
        its quality team (hybrid, 2 days on site).

        Would you be open to a quick 15-minute chat this week or next? Let me know a few times that
        work for you, or grab a slot here: https://calendly.com/jordan-mills-northpeak/15min

        Best,
        Jordan Mills
        Senior Consultant, Life Sciences | Northpeak Search
        jordan.mills@northpeak-search.com | 613-555-0190
        """)
    hs = head("Jordan Mills <jordan.mills@northpeak-search.com>", "Quality role in Ottawa – quick chat?",
              "2026-09-16 12:31:20", "<CAHx2mW9pLq7N+northpeak1vZ3t@mail.gmail.com>", ident="4RcP6t0Wj4",
              relay="mail-yb1-f170.google.com (mail-yb1-f170.google.com [198.51.100.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="job_centre_appointment", lang="fr-CA", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Public employment office: 'entrevue de suivi' with an employment agent, jeudi 10 septembre "
           "à 9 h 30, fixed and confirmed, but not a job interview.")
def p32() -> bytes:
    body = t("""
        Bonjour Mathieu Gagnon,

        Nous vous confirmons votre rendez-vous pour une entrevue de suivi avec votre agente d'aide à
        l'emploi, Mme Lucie Fontaine.

        Date : jeudi 10 septembre 2026
        Heure : 9 h 30
        Durée : 45 minutes
        Lieu : Bureau Emploi Estrie, 1650 rue King Ouest, 2e étage, Sherbrooke

        Veuillez apporter :
        - une pièce d'identité avec photo;
        - votre curriculum vitae à jour;
        - la liste de vos démarches de recherche d'emploi des quatre dernières semaines.

        En cas d'empêchement, communiquez avec nous au moins 24 heures à l'avance au 819 555-0100.

        Bureau Emploi Estrie - Services aux chercheurs d'emploi
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("Bureau Emploi Estrie <ne-pas-repondre@emploiestrie.example.com>",
              "Confirmation de rendez-vous – entrevue de suivi", "2026-09-03 13:45:00",
              "<rdv.20260903.558812@emploiestrie.example.com>", ident="4R5tB8Nf1k",
              relay="smtp.emploiestrie.example.com (smtp.emploiestrie.example.com [192.0.2.10])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(33), family="press_interview", lang="fr-CA", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A journalist confirms a phone interview with the user ('jeudi à 11 h') for an article: a "
           "confirmed time, but the user is the interviewee of the press, not a job candidate.")
def p33() -> bytes:
    body = t("""
        Bonjour M. Gagnon,

        Merci d'avoir accepté de me parler! Je vous confirme notre entrevue téléphonique jeudi à 11 h
        (le 22 octobre). Ça devrait prendre une vingtaine de minutes.

        L'article porte sur la pénurie de main-d'œuvre en assurance qualité dans les entreprises de
        dispositifs médicaux de l'Estrie. J'aimerais surtout avoir votre point de vue d'ingénieur sur
        le terrain : la formation, la réglementation, le recrutement.

        Je vous appellerai au numéro que vous m'avez donné. Si jamais vous préférez garder l'anonymat
        sur certains points, on en discutera au début de l'appel.

        Cordialement,

        Claudine Lessard
        Journaliste, section Économie
        Le Messager de l'Estrie
        819 555-0123
        """)
    hs = head(addr("Claudine Lessard", "clessard@messager-estrie.example.com"),
              "Entrevue pour l'article sur la main-d'œuvre en dispositifs médicaux", "2026-10-19 15:20:37",
              "<f2a1c0b9-8e7d-4c6b-a5f4-e3d2c1b0a9f8@messager-estrie.example.com>", ident="4RtN7k2Jz6",
              relay="smtp.messager-estrie.example.com (smtp.messager-estrie.example.com [192.0.2.123])")
    return message(hs, text(body, cte="8bit"))


@mail(n(34), family="podcast", lang="fr-CA", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast host confirms a recording session ('mardi 17 novembre à 14 h', 'entrevue' for an "
           "episode): confirmed time, not a job interview.")
def p34() -> bytes:
    body = t("""
        Salut Mathieu!

        Super content que tu embarques. C'est confirmé pour l'enregistrement de l'épisode :

        Balado Qualité+ – épisode 47 : « Passer de la production à l'AQ »
        Mardi 17 novembre 2026, 14 h à 15 h (heure de Montréal)
        Lien Riverside : https://riverside.fm/studio/qualite-plus?t=8c1a

        Format : une entrevue d'environ 40 minutes, on coupe au montage. Prévois des écouteurs avec
        micro et une pièce tranquille. Je t'envoie les questions la semaine d'avant.

        Merci encore!
        Guillaume
        Balado Qualité+
        """)
    hs = head("Guillaume Ouellet <guillaume@qualiteplus-balado.example.net>",
              "Balado Qualité+ – enregistrement confirmé", "2026-11-06 19:48:22",
              "<CABq0Ws2jKt9+qualiteplusEp47mN@mail.gmail.com>", ident="4S4vL1Ch8n",
              relay="mail-lf1-f47.google.com (mail-lf1-f47.google.com [198.51.100.47])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="admission_interview", lang="fr-CA", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Google Calendar invitation for an MBA admission interview (lun. 30 nov. 17:30-18:00 HNE): a "
           "confirmed 'entrevue' with an ICS, but a school admission, not a job interview.")
def p35() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entrevue d'admission – MBA pour cadres (M. Gagnon)
        Quand
        lundi 30 nov. 2026 17:30 – 18:00 (heure normale de l’Est - Toronto)

        Participer avec Google Meet
        meet.google.com/ahr-kqvz-tmu

        Invités
        Josée Tanguay - organisateur
        mathieu.gagnon@example.org

        Bonjour M. Gagnon, suite au dépôt de votre demande d'admission à la cohorte de janvier, voici
        l'invitation pour votre entrevue d'admission avec la direction du programme.

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261130T173000
DTEND;TZID=America/Toronto:20261130T180000
DTSTAMP:20261123T161244Z
ORGANIZER;CN=Josée Tanguay:mailto:josee.tanguay@egappalaches.example.com
UID:1r8t2y6u0i4o3p9a5s7d1f3g5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gagnon@example.org;X-NUM-GUESTS=0:mailto:mathieu.gagnon@example.org
DESCRIPTION:Bonjour M. Gagnon\\, suite au dépôt de votre demande d'admission à la cohorte de janvier\\, voici l'invitation pour votre entrevue d'admission avec la direction du programme.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue d'admission – MBA pour cadres (M. Gagnon)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    frm = addr("Josée Tanguay", "josee.tanguay@egappalaches.example.com")
    hs = head(frm, "Invitation: Entrevue d'admission – MBA pour cadres (M. Gagnon) @ lun. 30 nov. 2026 "
              "17:30 - 18:00 (HNE) (mathieu.gagnon@example.org)",
              "2026-11-23 11:12:44", "<calendar-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d@google.com>", ident="4S8dM4Rx1g",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [198.51.100.73])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"), ("Reply-To", frm)))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(36), family="volunteer_interview", lang="fr-CA", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Volunteer ski-patrol 'entrevue' confirmed for samedi 14 nov. à 10 h at the ski hill chalet: "
           "a confirmed interview, but for an unpaid volunteer position, not a job.")
def p36() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci pour ta candidature comme patrouilleur bénévole pour la saison 2026-2027!

        Ton entrevue avec le comité de la patrouille est confirmée :
        samedi 14 nov. à 10 h, au chalet principal (2e étage, salle des patrouilleurs).

        Apporte ta carte de premiers soins à jour et ton équipement de ski si tu veux faire l'essai
        sur piste après l'entrevue (si les canons ont fait leur job d'ici là!).

        À samedi,
        Francis Gendron
        Chef de patrouille
        Patrouille de ski bénévole - Station Mont-Perdrix
        """)
    hs = head("Francis Gendron <patrouille@montperdrix.example.com>", "Patrouille bénévole – ton entrevue",
              "2026-11-08 20:14:09", "<a3b2c1d0-e9f8-4a7b-8c6d-5e4f3a2b1c0d@montperdrix.example.com>", ident="4S5aK9Gt3m",
              relay="smtp.montperdrix.example.com (smtp.montperdrix.example.com [192.0.2.88])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(37), family="car_service", lang="fr-CA", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Dealer confirms a winter-tyre appointment (mardi 3 novembre à 7 h 30) with an ICS: fixed "
           "time, not an interview.")
def p37() -> bytes:
    body = t("""
        Bonjour Mathieu Gagnon,

        Votre rendez-vous est confirmé.

        Service : Pose des pneus d'hiver + inspection 15 000 km
        Véhicule : Mazda CX-30 2022
        Date : mardi 3 novembre 2026
        Heure : 7 h 30 (dépôt du véhicule)
        Durée estimée : 2 h

        Garage Lessard Auto – 3500 boul. de Portland, Sherbrooke – 819 555-0177

        Une navette est disponible vers le centre-ville. Pour modifier votre rendez-vous, répondez
        « MODIFIER » ou appelez-nous.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Garage//FR
METHOD:PUBLISH
{TORONTO}
BEGIN:VEVENT
UID:rdv-118820-lessardauto
DTSTAMP:20261029T140500Z
DTSTART;TZID=America/Toronto:20261103T073000
DTEND;TZID=America/Toronto:20261103T093000
SUMMARY:Garage Lessard Auto – pneus d'hiver
LOCATION:3500 boul. de Portland\\, Sherbrooke
END:VEVENT
END:VCALENDAR"""
    hs = head("Garage Lessard Auto <rendezvous@lessardauto.example.com>", "Rendez-vous confirmé – mardi 3 novembre",
              "2026-10-29 10:05:00", "<rdv-118820.20261029@lessardauto.example.com>", ident="4Ry6Tc9Hp0",
              relay="mail.lessardauto.example.com (mail.lessardauto.example.com [192.0.2.177])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="rendez-vous.ics",
                                                  disposition="attachment", cte="base64")))


@mail(n(38), family="bank_appointment", lang="fr-CA", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank advisor meeting confirmed for vendredi 4 décembre à 16 h: fixed time, personal "
           "finance, not an interview.")
def p38() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Mathieu,</p>
        <p>Votre rencontre avec votre conseillère est confirmée.</p>
        <table>
        <tr><td><b>Objet</b></td><td>Planification REER / CELI et transfert de régime de retraite</td></tr>
        <tr><td><b>Date</b></td><td>vendredi 4 décembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>16 h 00 à 17 h 00</td></tr>
        <tr><td><b>Conseillère</b></td><td>Nathalie Beaudoin, planificatrice financière</td></tr>
        <tr><td><b>Lieu</b></td><td>Centre de services Fleurimont, 1200 rue King Est</td></tr>
        </table>
        <p>Pensez à apporter votre dernier relevé de votre régime de retraite de votre ancien employeur.</p>
        <p>Caisse des Cantons</p>
        <p style="font-size:11px;color:#777">Ce courriel vous est envoyé automatiquement. Pour annuler, utilisez AccèsCaisse.</p>
        </body></html>
        """)
    hs = head("Caisse des Cantons <rendezvous@caissecantons.example.com>", "Confirmation de votre rencontre",
              "2026-11-30 09:41:28", "<rv.771204.20261130@caissecantons.example.com>", ident="4SAh7Qe2Lz",
              relay="mx-out.caissecantons.example.com (mx-out.caissecantons.example.com [192.0.2.191])")
    return message(hs, html(page, cte="base64"))


@mail(n(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Calendly booking with a career coach: 'Mock Interview – Medtech QA' on Monday, November 9, "
           "7:00pm Eastern, with ICS; a confirmed time, but practice, not a job interview.")
def p39() -> bytes:
    body = t("""
        Hi Mathieu Gagnon,

        A new event has been scheduled.

        Event Type:
        Mock Interview – Medtech QA (60 min)

        Invitee:
        Mathieu Gagnon

        Event Date/Time:
        7:00pm - 8:00pm, Monday, November 9, 2026 (Eastern Time - US & Canada)

        Location:
        Zoom - https://us06web.zoom.us/j/85120937741

        Questions:
        Which role are you preparing for? Quality Engineer (Class II devices), panel interview

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
        Reschedule: https://calendly.com/reschedulings/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f@calendly.com
DTSTAMP:20261103T011500Z
DTSTART:20261110T000000Z
DTEND:20261110T010000Z
SUMMARY:Mock Interview – Medtech QA (60 min) between Carla Benoit and Mathieu Gagnon
ORGANIZER;CN=Carla Benoit:mailto:carla@benoitcoaching.example.com
ATTENDEE;CN=Mathieu Gagnon;PARTSTAT=ACCEPTED:mailto:mathieu.gagnon@example.org
LOCATION:https://us06web.zoom.us/j/85120937741
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview – Medtech QA (60 min) with Carla Benoit on Monday, November 9, 2026",
              "2026-11-02 20:15:00", "<calendly.0c9d8e7f6a5b.20261103011500@calendly.com>", ident="4S2kX7Nd5b",
              relay="o1.email.calendly.com (o1.email.calendly.com [192.0.2.118])",
              extra=(("Reply-To", "Carla Benoit <carla@benoitcoaching.example.com>"),))
    return message(hs, mixed(text(body), calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                                  disposition="attachment", cte="base64", name_param=True)))


@mail(n(40), family="forwarded_other_person", lang="fr-CA", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="The user's partner forwards (as an attached message/rfc822) her own Lever interview "
           "confirmation (Wed 7 Oct, 10:00 AM EDT) for information: a real confirmation, but for "
           "someone else; the user has no interview.")
def p40() -> bytes:
    inner_body = t("""
        Hi Isabelle,

        Thanks for taking the time to schedule your interview with Lumen Éducation! Here are the details:

        Instructional Designer - Onsite Interview
        Wednesday, October 7, 2026
        10:00 AM - 11:30 AM EDT
        Lumen Éducation, 4 rue Wellington Nord, Sherbrooke

        Interviewers: Marc Simard, Head of Learning; Priscilla Dubé, Senior Designer

        If you have any questions, reply to this email.

        Best,
        Lumen Éducation Recruiting
        """)
    inner = message([("From", addr("Lumen Éducation", "no-reply@hire.lever.co")),
                     ("To", "Isabelle Morin <isabelle.morin@example.net>"),
                     ("Subject", "Interview confirmation - Instructional Designer"),
                     ("Date", date("2026-09-30 13:02:11", TZ)),
                     ("Message-ID", "<0100019d3b2a1c0e-8f7e6d5c-4b3a-4291-8e0f-1a2b3c4d5e6f-000000@email.amazonses.com>"),
                     ("Reply-To", "Marc Simard <msimard@lumen-education.example.com>")],
                    text(inner_body))
    body = t("""
        Mon amour,

        Regarde ça!! J'ai eu l'entrevue chez Lumen 🎉 C'est mercredi prochain le matin, peux-tu aller
        chercher Léa à la garderie ce jour-là au cas où ça finit tard?

        xx
        Isa
        """)
    hs = head(addr("Isabelle Morin", "isabelle.morin@example.net"), "Fwd: Interview confirmation - Instructional Designer",
              "2026-09-30 18:40:55", "<9C8B7A6F-5E4D-4C3B-A291-0F1E2D3C4B5A@example.net>", ident="4ReL3w8Sx7",
              relay="mail-pl1-f181.google.com (mail-pl1-f181.google.com [198.51.100.181])")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Interview confirmation.eml")))


@mail(n(41), family="school_meeting", lang="fr-CA", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Parent-teacher meeting for the first report card, jeudi 19 novembre à 18 h 40 (10 min): "
           "fixed time, not an interview.")
def p41() -> bytes:
    body = t("""
        Bonjour,

        Voici la confirmation de votre plage horaire pour la rencontre de parents de la première
        communication :

        Élève : Léa Gagnon – groupe 102 (Mme Stéphanie Roy)
        Date : jeudi 19 novembre 2026
        Heure : 18 h 40 à 18 h 50
        Lieu : École primaire du Boisé-Fleuri, local 114

        Merci d'arriver quelques minutes à l'avance, les rencontres se suivent rapidement.

        La direction
        École primaire du Boisé-Fleuri
        Centre de services scolaire – Mozaïk-Parents
        """)
    hs = head("Mozaik-Parents <ne-pas-repondre@mozaikparents.example.com>",
              "Rencontre de parents – confirmation de votre plage horaire", "2026-11-12 16:00:03",
              "<mzp.rdv.102.20261112210003@mozaikparents.example.com>", ident="4S6xB0Fm4d",
              relay="envoi.mozaikparents.example.com (envoi.mozaikparents.example.com [192.0.2.55])")
    return message(hs, text(body, cte="base64"))


@mail(n(42), family="interviewer_invite", lang="fr-CA", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Exchange meeting request from HR at the user's current employer (forwarded from his work "
           "address) asking him to sit on the panel interviewing a QA technician candidate, lun. 26 oct. "
           "13 h-14 h: a real interview at a fixed time, but the user is the interviewer.")
def p42() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Comme discuté au comité de lundi, j'aimerais que tu fasses partie du comité d'entrevue pour le
        poste de technicienne AQ (candidate : Sophie Tremblay). Tu pourrais couvrir la partie
        technique (non-conformités, étalonnage). La grille d'évaluation est dans le dossier Teams du
        recrutement.

        Merci!
        Chantal

        Chantal Roy | Conseillère principale RH
        Sonora Biomédical | Sherbrooke

        """) + TEAMS.format(mid="YjE4ZmQ1ZTctOWE2Mi00", num="219 502 663 871", code="Rk4pN2")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Chantal Roy:mailto:croy@sonorabio.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mgagnon@sonorabio.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Tremblay:mailto:sophie.tremblay@example.net
SUMMARY;LANGUAGE=fr-CA:Entrevue – Technicienne AQ (Sophie Tremblay)
DTSTART;TZID=Eastern Standard Time:20261026T130000
DTEND;TZID=Eastern Standard Time:20261026T140000
UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7091BDC01000000000000000010000000B2D4F6A8C0E2A4C6E8A0C2E4A6C8E0F2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T183012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle Orford (2e) / Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Chantal Roy", "croy@sonorabio.example.com"), "Entrevue – Technicienne AQ (Sophie Tremblay)",
              "2026-10-21 14:30:12", "<YQBPR01MB5521D3E4F5A6B7C8D9E0F1A2B3C4@YQBPR01MB5521.CANPRD01.PROD.OUTLOOK.COM>",
              to="Mathieu Gagnon <mgagnon@sonorabio.example.com>", ident="4RvC5n3Wq8",
              relay="CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2130.outbound.protection.outlook.com [203.0.113.130])",
              extra=(("X-Forwarded-To", ME_ADDR), ("X-Forwarded-For", "mgagnon@sonorabio.example.com " + ME_ADDR),
                     ("Thread-Topic", enc("Entrevue – Technicienne AQ (Sophie Tremblay)")),
                     ("Content-Language", "fr-CA")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(43), family="team_event", lang="fr-CA", interview=False, company=None,
      days=(("Thu", "2026-12-17"),),
      note="Google Calendar invitation to the quality team's year-end 5 à 7 at the current job, jeu. 17 "
           "déc. 17:00-19:00: fixed time, social event, not an interview.")
def p43() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        5 à 7 des Fêtes – équipe Qualité 🍻
        Quand
        jeudi 17 déc. 2026 17:00 – 19:00 (heure normale de l’Est - Toronto)
        Où
        Microbrasserie La Voie Maltée du Lac, 20 rue Wellington Sud, Sherbrooke

        Invités
        Stéphane Boucher - organisateur
        Équipe Qualité

        Chaque personne paie sa consommation, les nachos sont sur le bras du département. Conjoint(e)s
        bienvenu(e)s!

        Invitation de Google Agenda
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261217T170000
DTEND;TZID=America/Toronto:20261217T190000
DTSTAMP:20261201T150833Z
ORGANIZER;CN=Stéphane Boucher:mailto:sboucher@sonorabio.example.com
UID:0b3n5m7q9w2e4r6t8y1u3i5o7p@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Qualité:mailto:qualite@sonorabio.example.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:5 à 7 des Fêtes – équipe Qualité
LOCATION:Microbrasserie La Voie Maltée du Lac\\, 20 rue Wellington Sud\\, Sherbrooke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    frm = addr("Stéphane Boucher", "sboucher@sonorabio.example.com")
    hs = head(frm, "Invitation: 5 à 7 des Fêtes – équipe Qualité 🍻 @ jeu. 17 déc. 2026 17:00 - 19:00 (HNE)",
              "2026-12-01 10:08:33", "<calendar-9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@google.com>",
              to=addr("Équipe Qualité", "qualite@sonorabio.example.com"), ident="4SAq2Vd6Ny",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [198.51.100.73])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"), ("Reply-To", frm),
                     ("X-Forwarded-To", ME_ADDR)))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(44), family="auto_reply", lang="fr-CA/en", interview=False, company="Biotechnique Laurentienne",
      days=(("Mon", "2026-10-12"),),
      note="Bilingual out-of-office reply from the recruiter of an earlier interview, quoting the user's "
           "thank-you note; no time to confirm.")
def p44() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclusivement, avec un accès limité à mes
        courriels. Pour toute question urgente concernant un processus de recrutement, écrivez à
        dotation@biolaurentienne.ca.

        Hello, I am out of the office until Monday, October 12 inclusive, with limited access to email.
        For urgent recruitment matters, please contact dotation@biolaurentienne.ca.

        Julie Bouchard
        Conseillère en acquisition de talents | Biotechnique Laurentienne

        -----Message d'origine-----
        De : Mathieu Gagnon <mathieu.gagnon@example.org>
        Envoyé : 2 octobre 2026 08:12
        À : Julie Bouchard <julie.bouchard@biolaurentienne.ca>
        Objet : Merci pour l'entrevue d'hier

        Bonjour Madame Bouchard,

        Merci encore pour l'entrevue d'hier après-midi avec M. Gingras. J'ai beaucoup apprécié la
        discussion sur votre projet de migration vers le nouveau QMS.

        Mathieu Gagnon
        """)
    hs = head(addr("Julie Bouchard", "julie.bouchard@biolaurentienne.ca"),
              "Réponse automatique : Merci pour l'entrevue d'hier", "2026-10-02 08:12:31",
              "<YQXPR01MB7744A1B2C3D4E5F60718293A4B5C@YQXPR01MB7744.CANPRD01.PROD.OUTLOOK.COM>", ident="4RgW1p7Tc5",
              relay="CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2140.outbound.protection.outlook.com [203.0.113.140])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<b4c5d6e7-f809-4a1b-8c2d-3e4f5a6b7c8d@example.org>"),
                     ("Content-Language", "fr-CA")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Postfix bounce (multipart/report) of the user's own reply confirming 'Wednesday, November 4 "
           "at 2:00 pm' to a mistyped address; the interview itself is in another mail; a bounce confirms "
           "nothing.")
def p45() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <nadia.ferreira@helixsante.com>: host mx.helixsante.com[192.0.2.240] said:
            550 5.1.1 <nadia.ferreira@helixsante.com>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4RzM8v1Kd0
        X-Postfix-Sender: rfc822; mathieu.gagnon@example.org
        Arrival-Date: Thu, 29 Oct 2026 20:31:02 +0000 (UTC)

        Final-Recipient: rfc822; nadia.ferreira@helixsante.com
        Original-Recipient: rfc822;nadia.ferreira@helixsante.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.helixsante.com
        Diagnostic-Code: smtp; 550 5.1.1 <nadia.ferreira@helixsante.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([("From", ME), ("To", "Nadia Ferreira <nadia.ferreira@helixsante.com>"),
                        ("Subject", "Re: Phone screen - Quality Engineer"),
                        ("Date", date("2026-10-29 16:31:00", TZ)),
                        ("Message-ID", "<7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a@example.org>")],
                       text(t("""
                           Hi Nadia,

                           Thanks, I just booked the slot on your Calendly. I confirm Wednesday,
                           November 4 at 2:00 pm, you can reach me at 819-555-0133.

                           Best regards,
                           Mathieu
                           """), cte="7bit"))
    hs = head("MAILER-DAEMON@example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-29 16:31:04", "<20261029203104.5F1C2A0B3@mx1.example.org>", ident="4RzM8v1Kd9",
              relay="localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", text(report, cte="7bit"),
                                 raw_part([("Content-Type", "message/delivery-status")], status),
                                 attached_message(original),
                                 params="report-type=delivery-status"))


@mail(n(46), family="webinar", lang="fr-CA", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration: 'Réussir son entrevue en dispositifs médicaux', mercredi 21 "
           "octobre 2026 à 12 h: confirmed time, but a webinar about interviews.")
def p46() -> bytes:
    body = t("""
        Bonjour Mathieu,

        Merci de vous être inscrit à « Webinaire-midi : Réussir son entrevue en dispositifs médicaux ».

        Date et heure : 21 oct. 2026 12:00 PM Heure de l'Est (États-Unis et Canada)

        Rejoindre à partir d'un PC, Mac, iPad ou Android :
        https://us02web.zoom.us/w/88120466123?tk=Xq1bV0

        Code secret : 441207

        Ajouter à mon calendrier : Google Agenda | Outlook (.ics) | Yahoo Calendar

        Vous pouvez annuler votre inscription à tout moment.

        Réseau MedTech Estrie
        """)
    hs = head(addr("Réseau MedTech Estrie", "no-reply@zoom.us"),
              "Confirmation d'inscription : Webinaire-midi : Réussir son entrevue en dispositifs médicaux",
              "2026-10-14 21:02:18", "<zm.wbn.88120466123.20261015010218@zoom.us>", ident="4RpQ0c4Mh2",
              relay="mx-out-ca.zoom.us (mx-out-ca.zoom.us [192.0.2.234])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="post_interview", lang="fr-CA", interview=False, company="Neurovia",
      note="Recruiter's reply after the interview: 'on te revient d'ici la fin de la semaine prochaine'; "
           "no new time.")
def p47() -> bytes:
    body = t("""
        Salut Mathieu,

        Merci à toi! Farid a beaucoup apprécié la discussion, surtout ton exemple de la CAPA sur le
        fournisseur de câbles. On termine les entrevues cette semaine et on te revient d'ici la fin de
        la semaine prochaine pour la suite.

        Bonne soirée,
        Émilie

        Le mer. 14 oct. 2026, à 17 h 05, Mathieu Gagnon <mathieu.gagnon@example.org> a écrit :
        > Bonjour Émilie,
        >
        > Merci pour la rencontre de cet après-midi, j'ai vraiment aimé en apprendre plus sur
        > l'équipe et le produit.
        >
        > Mathieu
        """)
    hs = head(addr("Émilie Lavoie", "emilie.lavoie@neurovia.ca"), "Re: Merci pour l'entrevue",
              "2026-10-14 18:22:40", "<CAGm4pR8kTy1+neuroviaQz7xWv@mail.gmail.com>", ident="4RoX5j9Pb1",
              relay="mail-wr1-f53.google.com (mail-wr1-f53.google.com [198.51.100.53])",
              extra=(("In-Reply-To", "<e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9@example.org>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(48), family="mailing_list", lang="fr-CA", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Professional mailing-list post about staff interviews during an MDSAP audit ('mardi 29 à "
           "9 h'); list mail, not the user's interview.")
def p48() -> bytes:
    body = t("""
        Bonjour à tous,

        Petite question pour ceux qui ont passé un audit MDSAP récemment : combien de temps l'auditeur
        a-t-il pris pour les entrevues du personnel de production? Chez nous il a commencé les entrevues
        mardi 29 à 9 h et on a été pris jusqu'à 15 h, ça a décalé tout le plan d'audit.

        Est-ce que c'est normal ou on devrait négocier un bloc fixe d'avance?

        Merci,
        Patricia Ménard
        Spécialiste AQ, Manufacture Orford Médical

        --
        Vous recevez ce message, car vous êtes abonné au groupe « AQ-Québec » de Google Groupes.
        Pour vous désabonner de ce groupe, envoyez un e-mail à aq-quebec+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Patricia Ménard", "pmenard@orfordmedical.example.com"),
              "[AQ-Québec] Entrevues du personnel lors d'un audit MDSAP – combien de temps?",
              "2026-09-30 12:14:51", "<3e1f0a2b-7c4d-4e9f-b8a1-2c3d4e5f6a7b@orfordmedical.example.com>", ident="4RfU6m2Yn3",
              relay="mail-sor-f65.google.com (mail-sor-f65.google.com [198.51.100.65])",
              extra=(("Sender", "aq-quebec@googlegroups.com"),
                     ("Reply-To", "aq-quebec@googlegroups.com"),
                     ("List-Id", "<aq-quebec.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/aq-quebec/post>, <mailto:aq-quebec@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:aq-quebec+unsubscribe@googlegroups.com>"),
                     ("Mailing-list", "list aq-quebec@googlegroups.com; contact aq-quebec+owners@googlegroups.com"),
                     ("Precedence", "list")))
    return message(hs, text(body))


@mail(n(49), family="sports_tryout", lang="fr-CA", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Adult soccer club selection camp ('camp de sélection', dimanche 13 septembre à 9 h): a "
           "confirmed try-out, not a job interview.")
def p49() -> bytes:
    body = t("""
        Salut Mathieu,

        Ton inscription au camp de sélection de l'équipe senior masculine (ligue récréative-compétitive
        A) est confirmée!

        Quand : dimanche 13 septembre, 9 h à 11 h 30
        Où : terrain synthétique du parc Jacques-Cartier, Sherbrooke
        Apporte : protège-tibias, souliers à crampons moulés, une bouteille d'eau

        Les coachs vont évaluer tout le monde et on envoie la liste de l'équipe le mercredi suivant.
        Si tu ne peux pas venir, avise-nous le plus tôt possible.

        Sportivement,
        Comité technique – Club de soccer Les Draveurs
        """)
    hs = head("Club de soccer Les Draveurs <info@lesdraveurs.example.com>", "Camp de sélection senior – confirmation",
              "2026-09-07 19:30:00", "<cs-2026-senior-114@lesdraveurs.example.com>", ident="4R8zK5Lc7w",
              relay="smtp.lesdraveurs.example.com (smtp.lesdraveurs.example.com [192.0.2.66])")
    return message(hs, text(body, cte="base64"))


@mail(n(50), family="scheduling_link", lang="en", interview=False, company="Alpenmed",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
      note="softgarden self-scheduling invitation from a German company: pick one of the offered slots "
           "between 16 and 20 November; nothing booked yet.")
def p50() -> bytes:
    body = t("""
        Dear Mathieu Gagnon,

        Thank you for your application as Quality Assurance Engineer – Medical Devices (remote, EST
        overlap). We would like to get to know you better in a first video interview (approx. 30 minutes).

        Please select a suitable appointment via the following link. Slots are available between
        Monday, 16 November and Friday, 20 November 2026 and are displayed in your local time zone:

        https://alpenmed.softgarden.io/interview-scheduling/3c7f9a21

        The link is valid for 5 days. After booking, you will receive a confirmation with the video
        link.

        Kind regards
        Katrin Huber
        HR Business Partner
        Alpenmed GmbH, Munich

        This email was sent via softgarden e-recruiting.
        """)
    hs = head("Alpenmed GmbH <noreply@softgarden.io>", "Your application – please choose an interview slot",
              "2026-11-10 15:03:27", "<20261110140327.3c7f9a21@mail.softgarden.io>", zone="Europe/Berlin",
              ident="4S5fP2Wg8s", relay="mail.softgarden.io (mail.softgarden.io [192.0.2.140])")
    return message(hs, alt(text(body), html(gmail_html(body))))
