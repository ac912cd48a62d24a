"""blind53: 50 hand-written mails from the inbox of Kiran Dhaliwal, an ML engineer in Vancouver.

Built by ``make_blind.py blind53`` with ``make.py``'s plumbing and checks (imported unchanged).
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives, in writing
order; file numbers are ``ORDER[key - 1]``. Written blind: without reading the detector, its tests,
or any other held-out set's mails.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import random

import make
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind53"
ORDER = random.Random(53053).sample(range(1, 51), 50)

ME = "kiran.dhaliwal@example.org"
ME_NAME = "Kiran Dhaliwal"
ME_TO = addr(ME_NAME, ME)
ME_OLD = "kiran.d.dhaliwal@example.com"  # older address, still on some applications; forwards from it
VAN = "America/Vancouver"
LA = "America/Los_Angeles"
EDM = "America/Edmonton"
TOR = "America/Toronto"
CHI = "America/Chicago"
NYC = "America/New_York"
UTC0 = "UTC"


def reg(key: int, **kw):
    """Register writing-order key ``key`` under its shuffled file number."""
    return make.mail(f"{SET}_{ORDER[key - 1]:03d}", **kw)


def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uuidish(seed: str) -> str:
    h = hx(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def thread_index(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 2) -> tuple[str, str]:
    ident = f"mx1.example.org (Postfix) with ESMTPS id {hx(host + when, 11).upper()}"
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, host: str, ip: str,
         to: str = ME_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list:
    return [("Delivered-To", ME), rcv(host, ip, when, zone), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]


def paras(body: str) -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside."""
    out = []
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">\n'
            + "\n".join(out) + "\n</body></html>\n")


def binary(ctype: str, filename: str, data: bytes) -> Part:
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'attachment; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    return Part(headers, base64.encodebytes(data).replace(b"\n", b"\r\n"))


VTZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

GCAL_FOOT = """
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future \
updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added \
to the guest list, invite others regardless of their own invitation status, or modify your RSVP. \
Learn more https://support.google.com/calendar/answer/37135#forwarding
"""

TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
________________________________
Dial in by phone
+1 {phone},,{conf}# {city}
Find a local number<https://dialin.teams.microsoft.com/{tid}?id={conf}>
Phone conference ID: {conf_sp}#
For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
________________________________________________________________________________
"""


def teams(seed: str, phone: str, city: str) -> str:
    conf = str(int(hx(seed + "c", 8), 16))[:9]
    return TEAMS_BLOCK.format(
        mid=hx(seed, 40), tid=hx(seed + "t", 8) + "-" + hx(seed + "u", 4) + "-4" + hx(seed + "v", 3) + "-a"
        + hx(seed + "w", 3) + "-" + hx(seed + "x", 12),
        num=" ".join(str(int(hx(seed + "n", 10), 16))[i:i + 3] for i in (0, 3, 6, 9)),
        pw=hx(seed + "p", 6).upper().replace("0", "Q"), phone=phone, conf=conf,
        conf_sp=f"{conf[:3]} {conf[3:6]} {conf[6:]}", city=city)


# =========================================================================== positives: scheduled


@reg(1, family="greenhouse", lang="en", interview=True, company="Fernwood AI", kind="scheduled",
     start="2026-03-10T17:00:00Z", end="2026-03-10T18:00:00Z", contact="jess.okoro@fernwood.ai",
     local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone=VAN,
     note="Greenhouse confirmation sent Thu 5 Mar (PST) for Tue 10 Mar 10:00-11:00 PDT (DST began 8 Mar, "
          "UTC-7) = 17:00-18:00Z; ICS in UTC agrees; contact = Reply-To recruiter")
def k01() -> bytes:
    when = "2026-03-05 18:04:11"
    body = t("""
        Hi Kiran,

        Thanks for sending over your availability! Your interview for the Machine Learning Engineer,
        Applied NLP role at Fernwood AI is confirmed. Here are the details:

        Technical Screen
        Tuesday, March 10th, 2026
        10:00 AM - 11:00 AM PDT

        Interviewer: Ravi Chandrasekaran, Senior ML Engineer
        Location: Google Meet - https://meet.google.com/fwd-ntqe-kzp

        A calendar invitation is attached. If anything changes on your end, just reply to this
        email and it will reach Jess.

        Best,
        Jess Okoro
        Talent Partner | Fernwood AI
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48812209-7d1e@greenhouse.io
        DTSTAMP:20260305T180411Z
        DTSTART:20260310T170000Z
        DTEND:20260310T180000Z
        SUMMARY:Fernwood AI - Technical Screen - Kiran Dhaliwal
        LOCATION:https://meet.google.com/fwd-ntqe-kzp
        DESCRIPTION:Interviewer: Ravi Chandrasekaran (Senior ML Engineer)
        ORGANIZER;CN=Jess Okoro:mailto:jess.okoro@fernwood.ai
        ATTENDEE;CN=Kiran Dhaliwal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kiran.dhaliwal@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Fernwood AI", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Machine Learning Engineer, Applied NLP at Fernwood AI",
              when, UTC0, f"<{hx('k01')}.{hx('k01b', 6)}@us.greenhouse-mail.io>",
              "o7.us.greenhouse-mail.io", "167.89.12.54",
              extra=(("Reply-To", addr("Jess Okoro", "jess.okoro@fernwood.ai")),
                     ("X-SG-EID", hx("sg1", 40))))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@reg(2, family="google_calendar", lang="en", interview=True, company="Saltchuck Analytics", kind="scheduled",
     start="2026-03-12T20:00:00Z", end="2026-03-12T21:30:00Z", contact="marisol.ibarra@saltchuck.io",
     local="Thu 2026-03-12 13:00", local_end="2026-03-12 14:30", zone=LA,
     note="Google Calendar invitation sent Fri 6 Mar (PST) for Thu 12 Mar 1pm-2:30pm Pacific; 12 Mar is after "
          "the 8 Mar DST change so PDT (UTC-7) = 20:00-21:30Z, as the UTC ICS says; contact = ORGANIZER")
def k02() -> bytes:
    when = "2026-03-06 21:15:40"
    title = "Saltchuck Analytics – Virtual Onsite: ML System Design (Kiran Dhaliwal)"
    eid = hx("k02eid", 48)
    body = t(f"""
        {title}
        Thursday Mar 12, 2026 ⋅ 1pm – 2:30pm
        Pacific Time - Los Angeles

        Hi Kiran! This is your ML system design round with Hao Lin and Priyanka Bose. Plan for the
        full 90 min – the first few minutes are intros, then a design problem, then your questions.
        CoderPad link will be shared in the call. Looking forward to it! – Marisol

        Join with Google Meet
        https://meet.google.com/skt-qbvr-hnu

        Join by phone
        (US) +1 318-555-0147 PIN: 402 118 773#

        More phone numbers
        https://tel.meet/skt-qbvr-hnu?pin=4021187739112

        Guests
        Marisol Ibarra - organizer
        Hao Lin
        Priyanka Bose
        kiran.dhaliwal@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for kiran.dhaliwal@example.org

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&ctz=America%2FLos_Angeles&hl=en&es=0

        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&ctz=America%2FLos_Angeles&hl=en&es=0

        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&ctz=America%2FLos_Angeles&hl=en&es=0

        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}
        """) + GCAL_FOOT
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260312T200000Z
        DTEND:20260312T213000Z
        DTSTAMP:20260306T211540Z
        ORGANIZER;CN=Marisol Ibarra:mailto:marisol.ibarra@saltchuck.io
        UID:0q7m2d1c9v5l3e8kq4n6h2b7rf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marisol Ibarra;X-NUM-GUESTS=0:mailto:marisol.ibarra@saltchuck.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hao Lin;X-NUM-GUESTS=0:mailto:hao.lin@saltchuck.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Bose;X-NUM-GUESTS=0:mailto:priyanka.bose@saltchuck.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kiran.dhaliwal@example.org;X-NUM-GUESTS=0:mailto:kiran.dhaliwal@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/skt-qbvr-hnu
        X-MICROSOFT-CDO-OWNERAPPTID:-1840227731
        CREATED:20260306T211402Z
        DESCRIPTION:Hi Kiran! This is your ML system design round with Hao Lin and Priyanka Bose. Plan for the full 90 min – the first few minutes are intros\, then a design problem\, then your questions. CoderPad link will be shared in the call. Looking forward to it! – Marisol\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/skt-qbvr-hnu\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260306T211538Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Saltchuck Analytics – Virtual Onsite: ML System Design (Kiran Dhaliwal)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = (f"Invitation: {title} @ Thu Mar 12, 2026 1pm - 2:30pm (PDT) (kiran.dhaliwal@example.org)")
    hs = head(addr("Marisol Ibarra", "marisol.ibarra@saltchuck.io"), subject, when, UTC0,
              f"<calendar-{hx('k02m', 8)}-{hx('k02n', 4)}-{hx('k02o', 4)}-{hx('k02p', 12)}@google.com>",
              "mail-sor-f73.google.com", "209.85.220.73", to=ME,
              extra=(("Reply-To", addr("Marisol Ibarra", "marisol.ibarra@saltchuck.io")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(paras(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@reg(3, family="exchange", lang="en", interview=True, company="Harbourline Health", kind="scheduled",
     start="2026-03-09T21:00:00Z", end="2026-03-09T22:00:00Z", contact="nkowalczyk@harbourlinehealth.ca",
     local="Mon 2026-03-09 14:00", local_end="2026-03-09 15:00", zone=VAN,
     note="Exchange/Teams meeting request; the time is only in the ICS: DTSTART;TZID=Pacific Standard Time "
          "20260309T140000, the day after the 8 Mar DST change, so PDT (UTC-7) = 21:00Z; the mail was sent "
          "4 Mar in PST; contact = ORGANIZER (recruiter), who is also the sender")
def k03() -> bytes:
    when = "2026-03-04 11:26:53"
    body = t("""
        Hi Kiran,

        Please find the invitation for your panel interview below. You'll meet Dr. Anjali Rao
        (Director, Clinical AI) and Tom Beaudry (Staff ML Engineer). Plan for the full hour; we'll
        keep the last 10 minutes for your questions.

        If you'd like to share slides about your past work, feel free to bring them and share your
        screen.

        Thanks,
        Nadine

        """) + teams("k03", "778-555-0199", "Canada, Vancouver")
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadine Kowalczyk:mailto:nkowalczyk@harbourlinehealth.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kiran.dhaliwal@example.org:mailto:kiran.dhaliwal@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anjali Rao:mailto:arao@harbourlinehealth.ca
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Beaudry:mailto:tbeaudry@harbourlinehealth.ca
        DESCRIPTION;LANGUAGE=en-US:Hi Kiran\,\n\nPlease find the invitation for your panel interview below. You'll meet Dr. Anjali Rao (Director\, Clinical AI) and Tom Beaudry (Staff ML Engineer). Plan for the full hour\; we'll keep the last 10 minutes for your questions.\n\nThanks\,\nNadine\n
        UID:040000008200E00074C5B7101A82E00800000000D0A1F3B2E2ABDC01000000000000000010000000A8F1C55E24D1BB4E9A3E0D6E2F7C1B99
        SUMMARY;LANGUAGE=en-US:Panel Interview - Kiran Dhaliwal - ML Engineer (Clinical AI)
        DTSTART;TZID=Pacific Standard Time:20260309T140000
        DTEND;TZID=Pacific Standard Time:20260309T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260304T192651Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124419870
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:nkowalczyk@harbourlinehealth.ca\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_k03
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
    hs = head(addr("Nadine Kowalczyk", "nkowalczyk@harbourlinehealth.ca"),
              "Panel Interview - Kiran Dhaliwal - ML Engineer (Clinical AI)", when, VAN,
              f"<YT3PR01MB{hx('k03', 5).upper()}8C2D{hx('k03a', 12).upper()}@YT3PR01MB6129.CANPRD01.PROD.OUTLOOK.COM>",
              "mail-yt3can01on2102.outbound.protection.outlook.com", "40.107.115.102",
              extra=(("Thread-Topic", "Panel Interview - Kiran Dhaliwal - ML Engineer (Clinical AI)"),
                     ("Thread-Index", thread_index("k03ti")),
                     ("Accept-Language", "en-CA, en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(paras(body)),
                           calendar(ics, cte="base64")))


@reg(4, family="human_prose", lang="en", interview=True, company="Kestrel Ridge Energy", kind="scheduled",
     start="2026-03-05T17:00:00Z", end=None, contact="brett.halvorsen@kestrelridge.ca",
     local="Thu 2026-03-05 10:00", zone=EDM,
     days=(("Sun", "2026-03-01"), ("Fri", "2026-02-27")),
     note="Outlook reply on top of a thread: 'Thurs at 10 MT (9 your time)' from Mon 2 Mar (Calgary, MST) = "
          "Thu 5 Mar 10:00 MST (UTC-7) = 17:00Z, 9:00 PST in Vancouver; quoted '5/3' is day/month; "
          "'an hour, give or take' -> end null; windows-1252 QP")
def k04() -> bytes:
    when = "2026-03-02 08:47:19"
    body = t("""
        Hi Kiran,

        Perfect – Thurs at 10 MT (9 your time) it is. I’ve sent a Teams invite from my calendar;
        you’ll be chatting with me and Lorna Fjeld, our Manager of Data Science. Should be an hour,
        give or take.

        Cheers,
        Brett

        Brett Halvorsen | Senior Talent Advisor
        Kestrel Ridge Energy | 500 Centre St SE, Calgary AB T2G 1A6
        403-555-0162

        From: Kiran Dhaliwal <kiran.dhaliwal@example.org>
        Sent: Sunday, March 1, 2026 7:58 PM
        To: Brett Halvorsen <brett.halvorsen@kestrelridge.ca>
        Subject: Re: ML Engineer - Kestrel Ridge - next steps

        Hi Brett,

        Thursday works great. Either 10 or 11 your time is fine on my end.

        Thanks,
        Kiran

        From: Brett Halvorsen <brett.halvorsen@kestrelridge.ca>
        Sent: Friday, February 27, 2026 3:12 PM
        To: Kiran Dhaliwal <kiran.dhaliwal@example.org>
        Subject: ML Engineer - Kestrel Ridge - next steps

        Hi Kiran,

        Thanks for the chat earlier – really enjoyed hearing about the forecasting work at
        Mapleline. Next step would be a conversation with Lorna, who leads the data science team.
        Are you free Thursday 5/3 in the morning? She’s pretty flexible that day.

        Brett
        """)
    hs = head(addr("Brett Halvorsen", "brett.halvorsen@kestrelridge.ca"),
              "RE: ML Engineer - Kestrel Ridge - next steps", when, EDM,
              f"<CY8PR11MB{hx('k04', 4).upper()}{hx('k04a', 16).upper()}@CY8PR11MB7108.namprd11.prod.outlook.com>",
              "mail-dm6nam12on2091.outbound.protection.outlook.com", "40.107.243.91",
              extra=(("In-Reply-To", f"<CAF{hx('k04r', 30)}@mail.gmail.com>"),
                     ("References", f"<CY8PR11MB{hx('k04o', 20).upper()}@CY8PR11MB7108.namprd11.prod.outlook.com>\r\n"
                                    f" <CAF{hx('k04r', 30)}@mail.gmail.com>"),
                     ("Thread-Topic", "ML Engineer - Kestrel Ridge - next steps"),
                     ("Thread-Index", thread_index("k04ti")),
                     ("Content-Language", "en-CA")))
    return message(hs, text(body, charset="windows-1252"))


@reg(5, family="human_prose", lang="fr", interview=True, company="Boréalis Vision", kind="scheduled",
     start="2026-03-11T17:00:00Z", end="2026-03-11T17:45:00Z", contact="elodie.gagnon@borealisvision.ca",
     local="Wed 2026-03-11 13:00", local_end="2026-03-11 13:45", zone=TOR,
     note="French (Montréal) recruiter confirmation sent Thu 5 Mar (EST): mercredi 11 mars 13 h à 13 h 45, "
          "heure de l'Est; 11 Mar is after the 8 Mar DST change, so EDT (UTC-4) = 17:00-17:45Z, which the "
          "mail also gives as 10 h heure du Pacifique (PDT); iso-8859-1 QP; contact = human sender")
def k05() -> bytes:
    when = "2026-03-05 14:20:33"
    body = t("""
        Bonjour Kiran,

        Merci encore pour votre intérêt envers Boréalis Vision. Tel que convenu au téléphone, je vous
        confirme votre entrevue pour le poste d'Ingénieur(e) en apprentissage automatique :

        Date : le mercredi 11 mars 2026
        Heure : de 13 h à 13 h 45 (heure de l'Est), soit de 10 h à 10 h 45 heure du Pacifique
        Format : visioconférence Teams (le lien suivra dans une invitation séparée)
        Avec : Mathieu Lavoie, chef d'équipe Vision par ordinateur, et moi-même

        L'entrevue se déroulera en anglais, aucun souci de ce côté.

        N'hésitez pas à m'écrire si vous avez des questions d'ici là.

        Au plaisir,

        Élodie Gagnon
        Conseillère principale, acquisition de talents
        Boréalis Vision inc.
        1250, rue Peel, bureau 900, Montréal (Québec)  H3B 4W8
        514 555-0187
        """)
    hs = head(addr("Élodie Gagnon", "elodie.gagnon@borealisvision.ca", charset="iso-8859-1"),
              "Confirmation de votre entrevue - Boréalis Vision", when, TOR,
              f"<{hx('k05', 12)}.{hx('k05a', 8)}@borealisvision.ca>",
              "smtp.borealisvision.ca", "142.116.33.18", charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-CA")))
    return message(hs, text(body, charset="iso-8859-1"))


@reg(6, family="jobvite", lang="en", interview=True, company="Granite Peak Software", kind="scheduled",
     start="2026-03-24T15:00:00Z", end="2026-03-24T16:30:00Z", contact="shauna.whitecalf@granitepeaksoftware.com",
     local="Tue 2026-03-24 09:00", local_end="2026-03-24 10:30", zone=EDM,
     note="Forward to self (message/rfc822) of an HTML-only Jobvite confirmation: 03/24/2026 9:00-10:30 AM "
          "Mountain Time = MDT (UTC-6) after 8 Mar = 15:00-16:30Z; the forward note says 8am Pacific (PDT, same "
          "instant); contact = recruiter address in the forwarded body (sender is a notification mailbox)")
def k06() -> bytes:
    inner_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Confirmation</title></head>
        <body style="margin:0;padding:0;background:#f2f4f5">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f5"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td><img src="https://media.jobvite.com/granitepeak/logo.png" alt="Granite Peak Software" width="180"></td></tr>
        <tr><td>
        <p>Dear Kiran,</p>
        <p>Thank you for your interest in the <b>Machine Learning Engineer II</b> position at Granite Peak Software.
        We are pleased to confirm the following interview:</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Interview Type:</b></td><td>Technical Interview (Video)</td></tr>
        <tr><td><b>Date:</b></td><td>03/24/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM - 10:30 AM Mountain Time</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Colleen Marsh, Engineering Manager<br>Rahul Bedi, Senior Data Scientist</td></tr>
        <tr><td><b>Video Link:</b></td><td><a href="https://granitepeak.zoom.us/j/84120577316">https://granitepeak.zoom.us/j/84120577316</a></td></tr>
        </table>
        <p>Please note that the time above is shown in Mountain Time (Calgary).</p>
        <p>Should you need to make any changes, please contact Shauna Whitecalf at
        <a href="mailto:shauna.whitecalf@granitepeaksoftware.com">shauna.whitecalf@granitepeaksoftware.com</a>.</p>
        <p>Sincerely,<br>Granite Peak Software Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This message was sent via Jobvite on behalf of Granite Peak Software.
        Please do not reply directly to this email.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    inner_hs = [("From", addr("Granite Peak Software", "granitepeak-notifications@jobvite.com")),
                ("To", addr("Kiran Dhaliwal", ME_OLD)),
                ("Subject", "Interview Confirmation - Machine Learning Engineer II"),
                ("Date", date("2026-03-18 19:31:07", UTC0)),
                ("Message-ID", f"<{hx('k06i', 24)}@jobvite.com>")]
    inner = message(inner_hs, html(inner_html, cte="quoted-printable"))
    note = t("""
        fwd from my old address (the one I used for the Granite Peak application)

        9am MT = 8am here!!
        """)
    when = "2026-03-18 20:05:12"
    hs = head(addr("Kiran Dhaliwal", ME_OLD), "Fwd: Interview Confirmation - Machine Learning Engineer II",
              when, VAN, f"<CAH{hx('k06', 28)}@mail.gmail.com>", "mail-lj1-f178.google.com", "209.85.208.178")
    return message(hs, mixed(alt(text(note), html(gmail_html(note))),
                             attached_message(inner, "Interview Confirmation - Machine Learning Engineer II.eml")))


@reg(7, family="exchange", lang="en", interview=True, company="Dundas Mutual", kind="scheduled",
     start="2026-03-17T17:00:00Z", end="2026-03-17T18:00:00Z", contact="grace.abernathy@dundasmutual.com",
     local="Tue 2026-03-17 13:00", local_end="2026-03-17 14:00", zone=TOR,
     note="Toronto Exchange/Teams request, TZID Eastern Standard Time 20260317T130000-140000; after 8 Mar so "
          "EDT (UTC-4) = 17:00-18:00Z; body says 1:00 p.m. ET / 10:00 a.m. Vancouver (PDT), same instant; "
          "contact = ORGANIZER/sender")
def k07() -> bytes:
    when = "2026-03-11 10:02:44"
    body = t("""
        Hi Kiran,

        Please see below for the Teams details for your technical interview with Omar Haddad
        (Director, Model Risk Analytics) and Wei Zhang (Lead ML Engineer). We've booked it for
        1:00 p.m. ET, which should be 10:00 a.m. your time in Vancouver.

        The session is 60 minutes: roughly half technical discussion of your past projects, half a
        live modelling exercise (Python, shared screen). No prep needed beyond having a Python
        environment ready.

        Kind regards,

        Grace Abernathy
        Talent Acquisition Partner, Technology
        Dundas Mutual Financial Group | 100 King St W, Toronto ON

        """) + teams("k07", "647-555-0130", "Canada, Toronto")
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Grace Abernathy:mailto:grace.abernathy@dundasmutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kiran Dhaliwal:mailto:kiran.dhaliwal@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Omar Haddad:mailto:omar.haddad@dundasmutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wei Zhang:mailto:wei.zhang@dundasmutual.com
        DESCRIPTION;LANGUAGE=en-US:Hi Kiran\,\n\nPlease see below for the Teams details for your technical interview with Omar Haddad and Wei Zhang.\n
        UID:040000008200E00074C5B7101A82E00800000000F6C2A1D9B1B3DC010000000000000000100000005E1B2C6A77D04B4FA1F9E8C3B2A6D145
        SUMMARY;LANGUAGE=en-US:Kiran Dhaliwal // Dundas Mutual - Technical Interview (Model Risk ML)
        DTSTART;TZID=Eastern Standard Time:20260317T130000
        DTEND;TZID=Eastern Standard Time:20260317T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260311T140244Z
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
    hs = head(addr("Grace Abernathy", "grace.abernathy@dundasmutual.com"),
              "Kiran Dhaliwal // Dundas Mutual - Technical Interview (Model Risk ML)", when, TOR,
              f"<YQXPR01MB{hx('k07', 4).upper()}{hx('k07a', 14).upper()}@YQXPR01MB5311.CANPRD01.PROD.OUTLOOK.COM>",
              "mail-yqbcan01on2117.outbound.protection.outlook.com", "40.107.116.117",
              extra=(("Thread-Topic", "Kiran Dhaliwal // Dundas Mutual - Technical Interview (Model Risk ML)"),
                     ("Thread-Index", thread_index("k07ti")),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(paras(body)),
                           calendar(ics, cte="base64")))


@reg(8, family="human_prose", lang="en", interview=True, company="Driftwood Data", kind="scheduled",
     start="2026-03-18T21:00:00Z", end=None, contact="lena@driftwooddata.com",
     local="Wed 2026-03-18 14:00", zone=VAN,
     days=(("Wed", "2026-03-18"), ("Thu", "2026-03-19"), ("Thu", "2026-03-12"), ("Fri", "2026-03-13")),
     note="Hiring manager's Gmail one-liner 'Wed at 2 works' on top of the candidate's proposal 'Wed 3/18 at "
          "2:00 p.m. or Thurs 3/19 at 11:00 a.m. (Pacific)' = Wed 18 Mar 14:00 PDT (UTC-7) = 21:00Z; no length; "
          "contact = human sender")
def k08() -> bytes:
    when = "2026-03-13 16:41:09"
    body = t("""
        Wed at 2 works, sounds good! I'll send a Meet link shortly. Cheers

        Lena

        On Fri, Mar 13, 2026 at 2:05 PM Kiran Dhaliwal <kiran.dhaliwal@example.org> wrote:
        > Hi Lena,
        >
        > Thanks for getting back to me! I could do Wed 3/18 at 2:00 p.m. or Thurs 3/19 at 11:00 a.m.
        > (Pacific). Whichever is easier for you.
        >
        > Best,
        > Kiran
        >
        > On Thu, Mar 12, 2026 at 9:30 AM Lena Vartanian <lena@driftwooddata.com> wrote:
        >> Hey Kiran, Sanjay passed along your resume - would love to grab some time to chat about
        >> the ML role on our forecasting team. What does your week of the 16th look like?
        >>
        >> Lena Vartanian
        >> Head of Data, Driftwood Data
        """)
    hs = head(addr("Lena Vartanian", "lena@driftwooddata.com"), "Re: Driftwood Data - ML Engineer intro",
              when, VAN, f"<CAJ{hx('k08', 30)}@mail.gmail.com>", "mail-pj1-f51.google.com", "209.85.216.51",
              extra=(("In-Reply-To", f"<CAH{hx('k08r', 30)}@mail.gmail.com>"),
                     ("References", f"<CAJ{hx('k08o', 30)}@mail.gmail.com>\r\n <CAH{hx('k08r', 30)}@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(9, family="ashby", lang="en", interview=True, company="Tidewater Labs", kind="scheduled",
     start="2026-11-03T17:00:00Z", end="2026-11-03T17:45:00Z", contact="dana.whitlock@tidewaterlabs.com",
     local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:45", zone=CHI,
     note="Ashby confirmation sent Wed 28 Oct (US still on CDT) for Tue 3 Nov 11:00-11:45 AM CST: US DST ended "
          "1 Nov so CST (UTC-6) = 17:00-17:45Z (9:00 PST in Vancouver); ICS with America/Chicago VTIMEZONE "
          "agrees; contact = Reply-To recruiter")
def k09() -> bytes:
    when = "2026-10-28 19:33:02"
    body = t("""
        Hi Kiran,

        You're all set! Here are the details for your upcoming interview with Tidewater Labs.

        Machine Learning Engineer, Ranking — Hiring Manager Interview
        Tuesday, November 3, 2026
        11:00 AM – 11:45 AM CST (America/Chicago)

        With: Mateo Ferreira (Engineering Manager, Ranking)
        Where: Zoom — https://tidewaterlabs.zoom.us/j/93377120845?pwd=dFdLcWpQ

        Need to make a change? Just reply to this email.

        Tidewater Labs Recruiting
        Powered by Ashby
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:9c41e7d2-55b3-4a0e-8f12-3b7d6a0c2e91
        DTSTAMP:20261028T193302Z
        DTSTART;TZID=America/Chicago:20261103T110000
        DTEND;TZID=America/Chicago:20261103T114500
        SEQUENCE:0
        SUMMARY:Tidewater Labs – Hiring Manager Interview (Kiran Dhaliwal)
        LOCATION:https://tidewaterlabs.zoom.us/j/93377120845?pwd=dFdLcWpQ
        ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@tidewaterlabs.com
        ATTENDEE;CN=Kiran Dhaliwal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kiran.dhaliwal@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tidewater Labs", "no-reply@ashbyhq.com"), "Your interview with Tidewater Labs is confirmed",
              when, UTC0, f"<0100019{hx('k09', 9)}-{hx('k09a', 8)}-{hx('k09b', 4)}-{hx('k09c', 4)}-000000@email.amazonses.com>",
              "a8-21.smtp-out.amazonses.com", "54.240.8.21",
              extra=(("Reply-To", addr("Dana Whitlock", "dana.whitlock@tidewaterlabs.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@reg(10, family="calendly", lang="en", interview=True, company="Nimbus Harbor", kind="scheduled",
     start="2026-11-06T19:30:00Z", end="2026-11-06T20:00:00Z", contact="aaron@nimbusharbor.com",
     local="Fri 2026-11-06 11:30", local_end="2026-11-06 12:00", zone=VAN,
     note="Calendly booking of an in-person coffee chat with the hiring manager (the company's ML role); sent "
          "30 Oct in PDT; Fri 6 Nov 11:30am-12:00pm Pacific is after the 1 Nov change, PST (UTC-8) = "
          "19:30-20:00Z; contact = Reply-To host")
def k10() -> bytes:
    when = "2026-10-30 22:07:51"
    body = t("""
        Hi Kiran Dhaliwal,

        Your Coffee chat (ML Eng role) with Aaron Whitfield at 11:30am - 12:00pm (Pacific Time - US &
        Canada) on Friday, November 6, 2026 is scheduled.

        Event Type:
        Coffee chat (ML Eng role)

        Event Date/Time:
        11:30am - Friday, November 6, 2026 (Pacific Time - US & Canada)

        Location:
        Revolver Coffee, 325 Cambie St, Vancouver

        Invitee Email:
        kiran.dhaliwal@example.org

        Questions:
        Anything you'd like Aaron to know beforehand?
        Happy to walk through my retrieval / ranking work at Mapleline.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1e04a2-9a3f-4d5e-b8f7-0c6d91e2f3a4
        Reschedule: https://calendly.com/reschedulings/7b1e04a2-9a3f-4d5e-b8f7-0c6d91e2f3a4

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261030T220751Z
        UID:7b1e04a2-9a3f-4d5e-b8f7-0c6d91e2f3a4@calendly.com
        DTSTART:20261106T193000Z
        DTEND:20261106T200000Z
        SUMMARY:Coffee chat (ML Eng role) between Aaron Whitfield and Kiran Dhaliwal
        LOCATION:Revolver Coffee\\, 325 Cambie St\\, Vancouver
        ORGANIZER;CN=Aaron Whitfield:mailto:aaron@nimbusharbor.com
        ATTENDEE;CN=Kiran Dhaliwal;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:kiran.dhaliwal@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Coffee chat (ML Eng role) with Aaron Whitfield on Friday, November 6, 2026",
              when, UTC0, f"<{hx('k10', 22)}@calendly.com>", "o1.ptr1128.calendly.com", "149.72.160.28",
              extra=(("Reply-To", addr("Aaron Whitfield", "aaron@nimbusharbor.com")),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment")))


@reg(11, family="lever", lang="en", interview=True, company="Lakeshore Quant", kind="scheduled",
     start="2026-11-02T18:00:00Z", end="2026-11-02T18:45:00Z", contact="sofia.brennan@lakeshorequant.com",
     local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone=TOR,
     note="Lever confirmation sent Wed 28 Oct (Toronto on EDT) for Mon 2 Nov 1:00-1:45pm EST, the day after "
          "the 1 Nov change: EST (UTC-5) = 18:00-18:45Z (10:00 PST); contact = Reply-To recruiter")
def k11() -> bytes:
    when = "2026-10-28 14:52:27"
    body = t("""
        Hi Kiran,

        Thanks for taking the time to interview with Lakeshore Quant! Below are the details for your
        upcoming interview.

        Monday, November 2, 2026
        1:00pm - 1:45pm EST

        1:00pm - 1:45pm   Technical screen with Arjun Mehta (Quant ML Lead)

        Video call: https://meet.google.com/lkq-ydgh-wme

        If you have any questions, just reply to this email.

        Sofia Brennan
        Lakeshore Quant
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Kiran,</p>
        <p>Thanks for taking the time to interview with Lakeshore Quant! Below are the details for your upcoming interview.</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Monday, November 2, 2026</div>
        <div style="color:#555">1:00pm - 1:45pm EST</div>
        <table style="margin-top:12px;font-size:14px"><tr>
        <td style="padding-right:16px;color:#555">1:00pm - 1:45pm</td>
        <td>Technical screen with Arjun Mehta (Quant ML Lead)</td></tr></table>
        <p style="margin-bottom:0">Video call: <a href="https://meet.google.com/lkq-ydgh-wme">https://meet.google.com/lkq-ydgh-wme</a></p>
        </div>
        <p>If you have any questions, just reply to this email.</p>
        <p>Sofia Brennan<br>Lakeshore Quant</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    hs = head(addr("Lakeshore Quant", "no-reply@hire.lever.co"),
              "Interview confirmed: Lakeshore Quant - Machine Learning Engineer", when, UTC0,
              f"<{hx('k11', 20)}@hire.lever.co>", "mail-177-41.mailgun.hire.lever.co", "198.61.254.41",
              extra=(("Reply-To", addr("Sofia Brennan", "sofia.brennan@lakeshorequant.com")),
                     ("X-Mailgun-Tag", "interview-confirmation")))
    return message(hs, alt(text(body), html(page)))


@reg(12, family="workday", lang="en", interview=True, company="Cascadia Outfitters", kind="scheduled",
     start="2026-11-10T17:00:00Z", end="2026-11-10T19:00:00Z", contact="bianca.moretti@cascadiaoutfitters.com",
     local="Tue 2026-11-10 09:00", local_end="2026-11-10 11:00", zone=LA,
     note="HTML-only base64 Workday notice: Date 11/10/2026 (US MM/DD), 09:00 AM - 11:00 AM (GMT-08:00) Pacific "
          "= PST after 1 Nov = 17:00-19:00Z; sender is the Workday mailbox, contact = recruiter address in body")
def k12() -> bytes:
    when = "2026-11-03 23:10:45"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <div style="background:#005a70;color:#fff;padding:10px 16px;font-size:16px">Cascadia Outfitters</div>
        <div style="padding:16px">
        <p>Hello Kiran,</p>
        <p>Your interview for <b>Senior Machine Learning Engineer (R-20418)</b> has been scheduled.</p>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td>Interview:</td><td>Virtual Panel - Personalization</td></tr>
        <tr><td>Date:</td><td>11/10/2026</td></tr>
        <tr><td>Time:</td><td>09:00 AM - 11:00 AM (GMT-08:00) Pacific Time (Los Angeles)</td></tr>
        <tr><td>Location:</td><td>Microsoft Teams (your recruiter will send the meeting link)</td></tr>
        </table>
        <p>Interview Team:<br>Derek Yamamoto - Principal Applied Scientist<br>Helen Ortiz - Engineering Manager</p>
        <p>If you have questions, please contact your recruiter, Bianca Moretti
        (<a href="mailto:bianca.moretti@cascadiaoutfitters.com">bianca.moretti@cascadiaoutfitters.com</a>).</p>
        <p>Thank you,<br>Cascadia Outfitters Talent Acquisition</p>
        <p style="color:#777;font-size:11px">This email was sent from an unmonitored mailbox. Please do not reply.
        View your candidate home: <a href="https://wd5.myworkdaysite.com/recruiting/cascadia/External/userHome">Candidate Home</a></p>
        </div></body></html>
        """)
    hs = head(addr("Cascadia Outfitters", "cascadiaoutfitters@myworkday.com"),
              "Interview Scheduled - Senior Machine Learning Engineer (R-20418)", when, UTC0,
              f"<{hx('k12', 8)}.{hx('k12a', 8)}.JavaMail.wd@wd5-prod-mail.myworkday.com>",
              "wd5-smtp-out.myworkday.com", "216.74.183.21")
    return message(hs, html(page, cte="base64"))


@reg(13, family="sms_forward", lang="en", interview=True, company="Halyard Maritime Tech", kind="scheduled",
     start="2026-10-29T18:00:00Z", end=None, contact=None,
     local="Thu 2026-10-29 11:00", zone=VAN, days=(("Sun", "2026-10-25"),),
     note="Text message from an agency recruiter forwarded to self on Mon 26 Oct (text sent Sun 25 Oct): "
          "'confirmed w/ them thurs 11am' = Thu 29 Oct 11:00 PDT (still daylight time until 1 Nov) = 18:00Z; "
          "'45 min-ish' -> end null; no e-mail address of any human other than the candidate -> contact null")
def k13() -> bytes:
    when = "2026-10-26 07:15:22"
    body = t("""
        saving this here so i dont lose it

        Jake Tremblay (Northbeam Talent) +1 (604) 555-0143
        Sun, Oct 25, 7:42 PM

        Hey Kiran! good news, Halyard wants to move fwd 🙌 ur confirmed w/ them thurs 11am, Dave Ng (their head of data) will call ur cell, 45 min-ish. lmk if anything changes. gl!!

        Sent from my iPhone
        """)
    hs = head(addr("Kiran Dhaliwal", ME_OLD), "Fwd: text from Jake (Northbeam) - Halyard", when, VAN,
              f"<{uuidish('k13')}@example.com>",
              "mail-qt1-f172.google.com", "209.85.160.172",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="8bit"))


@reg(14, family="goodtime", lang="en", interview=True, company="Orcalink Systems", kind="scheduled",
     start="2026-11-18T17:00:00Z", end="2026-11-18T20:00:00Z", contact="tomas.arriaga@orcalink.com",
     local="Wed 2026-11-18 09:00", local_end="2026-11-18 12:00", zone=LA,
     note="GoodTime virtual-onsite itinerary, all Pacific Time: three sessions 9:00 AM to 12:00 PM on Wed 18 Nov "
          "(PST, UTC-8) -> start = first session 17:00Z, end = last session end 20:00Z; contact = Reply-To "
          "coordinator")
def k14() -> bytes:
    when = "2026-11-11 20:30:14"
    body = t("""
        Hi Kiran,

        We're excited to confirm your virtual onsite for the Machine Learning Engineer, Perception
        position at Orcalink Systems. Your schedule is below (all times Pacific Time).

        Wednesday, November 18, 2026

        9:00 AM – 9:45 AM      Coding – Elena Sokolova
        10:00 AM – 11:00 AM    ML System Design – Kwame Asante
        11:15 AM – 12:00 PM    Hiring Manager / Behavioural – Rachel Ng

        All three sessions use the same Zoom room:
        https://orcalink.zoom.us/j/81244093718

        There are short breaks between sessions; feel free to step away. If you need any
        accommodations, or something comes up, reply to this email and I'll take care of it.

        Best,
        Tomás Arriaga
        Recruiting Coordinator, Orcalink Systems

        Sent with GoodTime
        """)
    hs = head(addr("Orcalink Systems Recruiting", "notifications@goodtime.io"),
              "Your Virtual Onsite with Orcalink Systems – Wednesday, November 18", when, UTC0,
              f"<{hx('k14', 24)}@goodtime.io>", "o3.email.goodtime.io", "167.89.101.38",
              extra=(("Reply-To", addr("Tomás Arriaga", "tomas.arriaga@orcalink.com")),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(15, family="smartrecruiters", lang="en", interview=True, company="Bluewater Biotech", kind="scheduled",
     start="2026-11-12T22:30:00Z", end="2026-11-12T23:30:00Z", contact="harjit.sandhu@bluewaterbio.ca",
     local="Thu 2026-11-12 14:30", local_end="2026-11-12 15:30", zone=VAN,
     note="SmartRecruiters onsite confirmation (Victoria): Thursday, 12 November 2026, 2:30 PM - 3:30 PM (PST, "
          "UTC-8) = 22:30-23:30Z; ICS with TZID America/Vancouver agrees; contact = recruiter address in body")
def k15() -> bytes:
    when = "2026-11-05 17:44:09"
    body = t("""
        Hi Kiran,

        Your interview has been confirmed.

        Position: Machine Learning Scientist, Protein Design
        When: Thursday, 12 November 2026, 2:30 PM - 3:30 PM (PST)
        Where: Bluewater Biotech, 4460 Markham St, Victoria, BC - Building B reception
        Interviewers: Dr. Miriam Solberg, Ethan Cho

        Parking is available in the visitor lot off Markham St; please check in at reception
        about 10 minutes early.

        Questions? Contact Harjit Sandhu at harjit.sandhu@bluewaterbio.ca.

        Bluewater Biotech Talent Team

        --
        This email was sent via SmartRecruiters. Manage your application:
        https://jobs.smartrecruiters.com/candidate/portal
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_VANCOUVER + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-5f0c2a91d7e34b8e@smartrecruiters.com
        DTSTAMP:20261105T174409Z
        DTSTART;TZID=America/Vancouver:20261112T143000
        DTEND;TZID=America/Vancouver:20261112T153000
        SUMMARY:Interview: Machine Learning Scientist\\, Protein Design - Bluewater Biotech
        LOCATION:Bluewater Biotech\\, 4460 Markham St\\, Victoria\\, BC
        ORGANIZER;CN=Bluewater Biotech:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Kiran Dhaliwal;RSVP=TRUE:mailto:kiran.dhaliwal@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Bluewater Biotech", "noreply@smartrecruiters.com"),
              "Interview confirmed: Machine Learning Scientist, Protein Design", when, UTC0,
              f"<{hx('k15', 32)}@smartrecruiters.com>", "mta-23.smartrecruiters.com", "52.44.107.23")
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@reg(16, family="zoom", lang="en", interview=True, company="Quarrystone Health", kind="scheduled",
     start="2026-11-09T21:00:00Z", end=None, contact="megan.orourke@quarrystonehealth.com",
     local="Mon 2026-11-09 16:00", zone=NYC, days=(("Wed", "2026-11-04"),),
     note="Inline Gmail forward from the candidate's old address of a US recruiter's mail with a pasted Zoom block: "
          "Monday 11/9 at 4:00 p.m. ET = EST (UTC-5) after 1 Nov = 21:00Z ('1 p.m. Pacific'); 'about 45 "
          "minutes' -> end null; contact = recruiter in the forwarded header (the sender is the candidate)")
def k16() -> bytes:
    when = "2026-11-04 10:02:37"
    body = t("""
        for the tracker

        ---------- Forwarded message ---------
        From: Megan O'Rourke <megan.orourke@quarrystonehealth.com>
        Date: Wed, Nov 4, 2026 at 9:18 AM
        Subject: Quarrystone Health | Final round w/ our CTO
        To: Kiran Dhaliwal <kiran.d.dhaliwal@example.com>


        Hi Kiran,

        Great news — Dr. Patel would like to meet you for the final round! I've booked Monday 11/9
        at 4:00 p.m. ET, which is 1 p.m. Pacific for you. Zoom details are below; the conversation
        will be about 45 minutes, mostly about how you'd approach our clinical NLP roadmap.

        Let me know if anything comes up.

        Megan O'Rourke
        Senior Technical Recruiter | Quarrystone Health
        (617) 555-0104

        Megan O'Rourke is inviting you to a scheduled Zoom meeting.

        Topic: Kiran Dhaliwal <> Quarrystone Health – Final Interview (CTO)
        Time: Nov 9, 2026 04:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://quarrystonehealth.zoom.us/j/86712093345?pwd=Ym5hQ2tYdU9XZz09

        Meeting ID: 867 1209 3345
        Passcode: 482913

        ---

        One tap mobile
        +16469313860,,86712093345#,,,,*482913# US
        +13017158592,,86712093345#,,,,*482913# US (Washington DC)
        """)
    hs = head(addr("Kiran Dhaliwal", ME_OLD), "Fwd: Quarrystone Health | Final round w/ our CTO", when, VAN,
              f"<CAH{hx('k16', 30)}@mail.gmail.com>", "mail-ua1-f42.google.com", "209.85.222.42")
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@reg(17, family="google_calendar", lang="en", interview=True, company="Pinebrook Health AI", kind="rescheduled",
     start="2026-11-04T18:00:00Z", end="2026-11-04T19:00:00Z", contact="wren@pinebrookhealth.ai",
     local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=VAN,
     note="Google Calendar 'Updated invitation' sent Fri 30 Oct (PDT): the interview moves to Wed 4 Nov 10am-11am "
          "Pacific Time - Vancouver, after the 1 Nov change so PST (UTC-8) = 18:00-19:00Z; ICS SEQUENCE:1 in UTC "
          "agrees; contact = ORGANIZER")
def k17() -> bytes:
    when = "2026-10-30 23:22:06"
    title = "Pinebrook Health AI – Technical Interview (Kiran Dhaliwal)"
    eid = hx("k17eid", 48)
    body = t(f"""
        This event has been updated
        Changed: time

        {title}
        Wednesday Nov 4, 2026 ⋅ 10am – 11am
        Pacific Time - Vancouver

        Moved to Wednesday per our chat – Oksana is out on Monday. Same Meet link. Thanks for being
        flexible, Kiran! – Wren

        Join with Google Meet
        https://meet.google.com/pha-wxrc-kvd

        Guests
        Wren Castellanos - organizer
        Oksana Melnyk
        kiran.dhaliwal@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for kiran.dhaliwal@example.org

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&ctz=America%2FVancouver&hl=en&es=1

        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&ctz=America%2FVancouver&hl=en&es=1

        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&ctz=America%2FVancouver&hl=en&es=1

        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}
        """) + GCAL_FOOT
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261104T180000Z
        DTEND:20261104T190000Z
        DTSTAMP:20261030T232206Z
        ORGANIZER;CN=Wren Castellanos:mailto:wren@pinebrookhealth.ai
        UID:3hq8v1n0k2c6t9m4p7r5s1d8aj@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wren Castellanos;X-NUM-GUESTS=0:mailto:wren@pinebrookhealth.ai
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oksana Melnyk;X-NUM-GUESTS=0:mailto:oksana.melnyk@pinebrookhealth.ai
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kiran.dhaliwal@example.org;X-NUM-GUESTS=0:mailto:kiran.dhaliwal@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/pha-wxrc-kvd
        CREATED:20261023T170412Z
        DESCRIPTION:Moved to Wednesday per our chat – Oksana is out on Monday. Same Meet link. Thanks for being flexible\, Kiran! – Wren
        LAST-MODIFIED:20261030T232205Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Pinebrook Health AI – Technical Interview (Kiran Dhaliwal)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = f"Updated invitation: {title} @ Wed Nov 4, 2026 10am - 11am (PST) (kiran.dhaliwal@example.org)"
    hs = head(addr("Wren Castellanos", "wren@pinebrookhealth.ai"), subject, when, UTC0,
              f"<calendar-{hx('k17m', 8)}-{hx('k17n', 4)}-{hx('k17o', 4)}-{hx('k17p', 12)}@google.com>",
              "mail-sor-f69.google.com", "209.85.220.69", to=ME,
              extra=(("Reply-To", addr("Wren Castellanos", "wren@pinebrookhealth.ai")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(paras(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@reg(18, family="icims", lang="en", interview=True, company="Evergreen Mutual", kind="rescheduled",
     start="2026-03-23T20:00:00Z", end="2026-03-23T21:00:00Z", contact="lorraine.baptiste@evergreenmutual.com",
     local="Mon 2026-03-23 13:00", local_end="2026-03-23 14:00", zone=LA,
     days=(("Thu", "2026-03-19"),),
     note="iCIMS reschedule (Seattle): previous Thu 19 Mar, new Monday, March 23, 2026 at 1:00 PM Pacific, "
          "60 minutes; PDT (UTC-7) = 20:00-21:00Z; start = new time; contact = recruiter address in body")
def k18() -> bytes:
    when = "2026-03-17 21:05:48"
    body = t("""
        Dear Kiran,

        Your interview for Data Scientist II (Machine Learning), Req #2026-1187, has been
        rescheduled. Please note the updated details below.

        Previous date/time: Thursday, March 19, 2026 at 1:00 PM Pacific Time
        New date/time: Monday, March 23, 2026 at 1:00 PM Pacific Time
        Duration: 60 minutes
        Format: Microsoft Teams video interview (the hiring manager will send the link)

        If you are unable to attend at the new time, please contact Lorraine Baptiste, Talent
        Acquisition Partner, at lorraine.baptiste@evergreenmutual.com or 206-555-0178.

        Regards,
        Evergreen Mutual Talent Acquisition

        This is an automated message from an unmonitored address. Please do not reply.
        """)
    hs = head(addr("Evergreen Mutual Careers", "evergreenmutual@talent.icims.com"),
              "Updated Interview Details - Data Scientist II (Machine Learning)", when, UTC0,
              f"<{hx('k18', 12)}.{hx('k18a', 6)}@talent.icims.com>", "mail12.icims.com", "66.151.118.12")
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(paras(body))))


@reg(19, family="human_prose", lang="en", interview=True, company="Anvil & Pine Analytics", kind="rescheduled",
     start="2026-11-13T23:30:00Z", end=None, contact="sam@riverstonetalent.ca",
     local="Fri 2026-11-13 15:30", zone=VAN,
     days=(("Tue", "2026-11-10"),),
     note="Agency recruiter's short reply (Fri 6 Nov, PST): moved from Tues 11/10 3:30 p.m. PT to 'Fri the 13th, "
          "same time (3:30 PT)' = Fri 13 Nov 15:30 PST (UTC-8) = 23:30Z; no length; contact = the agency recruiter "
          "(human sender), company = the hiring client")
def k19() -> bytes:
    when = "2026-11-06 15:48:31"
    body = t("""
        hey Kiran, quick one — Priya's got a conflict Tues so they've moved you to Fri the 13th, same
        time (3:30 PT). Same Teams link, invite's been updated on their end. hope that's ok eh, lmk if
        you need to shuffle anything.

        cheers
        Sam

        Sam Kowalski | Senior Recruiter, Data & AI
        Riverstone Talent | Vancouver · Calgary
        m: 604-555-0121

        > On Nov 3, 2026, at 10:14 AM, Sam Kowalski <sam@riverstonetalent.ca> wrote:
        >
        > Confirmed for Tues 11/10 at 3:30 p.m. PT with Priya Natarajan (Director of Analytics) at
        > Anvil & Pine. Teams link to follow from their coordinator. Good luck!
        """)
    hs = head(addr("Sam Kowalski", "sam@riverstonetalent.ca"), "Re: Anvil & Pine – 2nd round", when, VAN,
              f"<{uuidish('k19')}@riverstonetalent.ca>",
              "mail-yt1-f180.google.com", "209.85.128.180",
              extra=(("In-Reply-To", f"<{hx('k19r', 20)}@riverstonetalent.ca>"),
                     ("X-Mailer", "Apple Mail (2.3826.400.131)")))
    return message(hs, text(body))


@reg(20, family="workable", lang="en", interview=True, company="Tessera Games", kind="rescheduled",
     start="2026-03-26T18:00:00Z", end="2026-03-26T19:00:00Z", contact="jo.marchetti@tesseragames.ca",
     local="Thu 2026-03-26 11:00", local_end="2026-03-26 12:00", zone=VAN,
     days=(("Thu", "2026-03-19"),),
     note="Workable reschedule: new Thursday, March 26, 2026 11:00 AM - 12:00 PM (America/Vancouver, PDT UTC-7) "
          "= 18:00-19:00Z, old 19 Mar also shown; Reply-To is a Workable relay, so contact = the hiring "
          "manager's address in the body")
def k20() -> bytes:
    when = "2026-03-18 17:30:19"
    body = t("""
        Hi Kiran,

        Your interview for the Machine Learning Engineer (Player Modelling) position at Tessera Games
        has been rescheduled.

        NEW TIME
        Thursday, March 26, 2026
        11:00 AM - 12:00 PM (America/Vancouver)

        Was: Thursday, March 19, 2026, 11:00 AM

        Location: Tessera Games studio, 2nd floor, 55 Water St, Vancouver (Gastown)
        Interviewers: Jo Marchetti, Yusuf Demir

        Jo asked us to pass along: "Sorry for the shuffle, our playtest got moved. See you on the
        26th!" If anything comes up, you can reach Jo directly at jo.marchetti@tesseragames.ca.

        Best regards,
        The Tessera Games hiring team

        --
        Sent with Workable
        """)
    relay = "tessera-games+a81d3e0c7f@candidates.workablemail.com"
    hs = head(addr("Tessera Games", relay),
              "Your interview has been rescheduled - Machine Learning Engineer (Player Modelling)", when, UTC0,
              f"<{hx('k20', 24)}@workablemail.com>", "mail-out-4.workablemail.com", "34.236.17.204",
              extra=(("Reply-To", addr("Tessera Games", relay)),))
    return message(hs, alt(text(body), html(paras(body))))


# =========================================================================== positives: cancelled


@reg(21, family="google_calendar", lang="en", interview=True, company="Lumenfield Robotics", kind="cancelled",
     start="2026-11-05T23:00:00Z", end="2026-11-06T00:00:00Z", contact="caleb.thornton@lumenfield.com",
     local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone=LA,
     note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Thu 5 Nov 3pm-4pm Pacific, after "
          "the 1 Nov change: PST (UTC-8) = 23:00Z to 00:00Z the next UTC day; start = cancelled slot; contact = "
          "ORGANIZER")
def k21() -> bytes:
    when = "2026-11-02 18:03:44"
    title = "Lumenfield – Interview: Kiran Dhaliwal (ML Engineer, Manipulation)"
    body = t(f"""
        This event has been canceled and removed from your calendar.

        {title}
        Thursday Nov 5, 2026 ⋅ 3pm – 4pm
        Pacific Time - Los Angeles

        Guests
        Caleb Thornton - organizer
        Ines Okafor
        kiran.dhaliwal@example.org
        """) + GCAL_FOOT
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261105T230000Z
        DTEND:20261106T000000Z
        DTSTAMP:20261102T180344Z
        ORGANIZER;CN=Caleb Thornton:mailto:caleb.thornton@lumenfield.com
        UID:6t2k9s0f4b1q8m3n7v5c2h0lpe@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ines Okafor;X-NUM-GUESTS=0:mailto:ines.okafor@lumenfield.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=kiran.dhaliwal@example.org;X-NUM-GUESTS=0:mailto:kiran.dhaliwal@example.org
        CREATED:20261027T160215Z
        DESCRIPTION:
        LAST-MODIFIED:20261102T180343Z
        LOCATION:
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Lumenfield – Interview: Kiran Dhaliwal (ML Engineer, Manipulation)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = f"Canceled event: {title} @ Thu Nov 5, 2026 3pm - 4pm (PST) (kiran.dhaliwal@example.org)"
    hs = head(addr("Caleb Thornton", "caleb.thornton@lumenfield.com"), subject, when, UTC0,
              f"<calendar-{hx('k21m', 8)}-{hx('k21n', 4)}-{hx('k21o', 4)}-{hx('k21p', 12)}@google.com>",
              "mail-sor-f65.google.com", "209.85.220.65", to=ME,
              extra=(("Reply-To", addr("Caleb Thornton", "caleb.thornton@lumenfield.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(paras(body)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@reg(22, family="human_prose", lang="en", interview=True, company="Queensway Robotics", kind="cancelled",
     start="2026-03-27T14:00:00Z", end=None, contact="hannah.li@queenswayrobotics.com",
     local="Fri 2026-03-27 10:00", zone=TOR,
     note="Toronto recruiter cancels 'our call on Friday (27/03) at 10 a.m. ET' (day/month), role on hold; Fri "
          "27 Mar 10:00 EDT (UTC-4) = 14:00Z; no new time; contact = human sender")
def k22() -> bytes:
    when = "2026-03-24 16:55:02"
    body = t("""
        Hi Kiran,

        I'm sorry to be the bearer of this news. We've just been told that the ML Engineer req is on
        hold while leadership revisits the 2026 budget, so I need to cancel our call on Friday (27/03)
        at 10 a.m. ET. I've already pulled the hold from both our calendars.

        This is no reflection on you at all, and I'll reach out as soon as I know whether the role
        reopens.

        Apologies again,
        Hannah

        Hannah Li
        Technical Recruiter | Queensway Robotics
        416-555-0139
        """)
    hs = head(addr("Hannah Li", "hannah.li@queenswayrobotics.com"), "Friday's interview", when, TOR,
              f"<{hx('k22', 10)}$MSG{hx('k22a', 8)}@queenswayrobotics.com>", "mail.queenswayrobotics.com",
              "99.229.14.77", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@reg(23, family="exchange", lang="en", interview=True, company="Saanich Signal Labs", kind="cancelled",
     start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z", contact="gpark@saanichsignal.ca",
     local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=VAN,
     note="Exchange 'Canceled:' meeting (METHOD:CANCEL) sent Thu 29 Oct in PDT; the body only says 'Tuesday's "
          "session'; the ICS has TZID Pacific Standard Time 20261103T090000-100000, after the 1 Nov change so "
          "PST (UTC-8) = 17:00-18:00Z; contact = ORGANIZER/sender")
def k23() -> bytes:
    when = "2026-10-29 13:41:58"
    body = t("""
        Hi Kiran – apologies, our interviewer is out sick next week, so I'm cancelling Tuesday's
        session. I'll follow up with new options once we have coverage.

        Gillian
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Gillian Park:mailto:gpark@saanichsignal.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kiran.dhaliwal@example.org:mailto:kiran.dhaliwal@example.org
        DESCRIPTION;LANGUAGE=en-US:Hi Kiran – apologies\, our interviewer is out sick next week\, so I'm cancelling Tuesday's session. I'll follow up with new options once we have coverage.\n\nGillian\n
        UID:040000008200E00074C5B7101A82E0080000000031B0C2E6A447DD01000000000000000010000000C3A91F0B2D6E4847B5F1A0E9D8C7B6A5
        SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Kiran Dhaliwal
        DTSTART;TZID=Pacific Standard Time:20261103T090000
        DTEND;TZID=Pacific Standard Time:20261103T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261029T204158Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1290314475
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
    hs = head(addr("Gillian Park", "gpark@saanichsignal.ca"), "Canceled: Technical Interview - Kiran Dhaliwal",
              when, VAN,
              f"<YT2PR01MB{hx('k23', 4).upper()}{hx('k23a', 14).upper()}@YT2PR01MB4622.CANPRD01.PROD.OUTLOOK.COM>",
              "mail-yt2can01on2130.outbound.protection.outlook.com", "40.107.114.130",
              extra=(("Thread-Topic", "Technical Interview - Kiran Dhaliwal"),
                     ("Thread-Index", thread_index("k23ti")),
                     ("Importance", "high"),
                     ("X-Priority", "1"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body)), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@reg(24, family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert digest ('Actively recruiting', 'Be an early applicant'); nothing scheduled")
def k24() -> bytes:
    when = "2026-02-23 15:02:41"
    body = t("""
        Your job alert for machine learning engineer in Vancouver, British Columbia, Canada
        6 new jobs match your preferences.

        Machine Learning Engineer
        Northshore Genomics
        Vancouver, BC (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4012298871/

        Senior ML Engineer, Search Relevance
        Brightline Maps
        Vancouver, BC (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4012771203/

        Machine Learning Engineer, Applied NLP
        Fernwood AI
        Vancouver, BC (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4011893350/

        MLOps Engineer
        Coastal Pay
        Burnaby, BC (Hybrid)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4012004417/

        Applied Scientist II
        Cascadia Outfitters
        Seattle, WA (Hybrid)
        Promoted
        View job: https://www.linkedin.com/comm/jobs/view/4010556928/

        Data Scientist, Forecasting
        Kestrel Ridge Energy
        Calgary, AB (Hybrid)
        Your profile matches several of the required qualifications
        View job: https://www.linkedin.com/comm/jobs/view/4012310092/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1738205514

        ----------------------------------------
        This email was intended for Kiran Dhaliwal (Machine Learning Engineer at Mapleline Logistics)
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“machine learning engineer”: Northshore Genomics - Machine Learning Engineer and more", when, UTC0,
              f"<{hx('k24', 10)}.{hx('k24a', 8)}.{hx('k24b', 5)}@mail-app.linkedin.com>",
              "mailb-af.linkedin.com", "108.174.3.202",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"),
                     ("X-LinkedIn-Template", "jobs_alerts_digest")))
    return message(hs, alt(text(body), html(paras(body))))


@reg(25, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Wed", "2026-11-04"),),
     note="Weekly 1:1 with the current manager (Exchange, recurring, auto-forwarded from the work address); a "
          "confirmed time, not an interview")
def k25() -> bytes:
    when = "2026-11-02 09:05:33"
    body = t("""
        Moving our 1:1 to Wednesdays now that sprint planning has moved to Tuesday mornings. Same
        agenda doc as before, first one is this Wed (Nov 4). Add anything you want to cover!

        Meera

        """) + teams("k25", "604-555-0170", "Canada, Vancouver")
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Meera Joshi:mailto:meera.joshi@mapleline.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kiran Dhaliwal:mailto:kiran.dhaliwal@mapleline.ca
        DESCRIPTION;LANGUAGE=en-US:Moving our 1:1 to Wednesdays now that sprint planning has moved to Tuesday mornings. Same agenda doc as before\, first one is this Wed (Nov 4).\n
        RRULE:FREQ=WEEKLY;UNTIL=20270630T170000Z;INTERVAL=1;BYDAY=WE;WKST=SU
        UID:040000008200E00074C5B7101A82E00800000000B7D0F3C1A549DD0100000000000000001000000094E2C7A0D5B14C4E8F0A1B2C3D4E5F60
        SUMMARY;LANGUAGE=en-US:Kiran / Meera weekly 1:1
        DTSTART;TZID=Pacific Standard Time:20261104T100000
        DTEND;TZID=Pacific Standard Time:20261104T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T170533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
    hs = head(addr("Meera Joshi", "meera.joshi@mapleline.ca"), "Kiran / Meera weekly 1:1", when, VAN,
              f"<YT4PR01MB{hx('k25', 4).upper()}{hx('k25a', 14).upper()}@YT4PR01MB8810.CANPRD01.PROD.OUTLOOK.COM>",
              "mail-yt4can01on2090.outbound.protection.outlook.com", "40.107.117.90",
              to=addr("Kiran Dhaliwal", "kiran.dhaliwal@mapleline.ca"),
              extra=(("Thread-Topic", "Kiran / Meera weekly 1:1"),
                     ("Thread-Index", thread_index("k25ti")),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "kiran.dhaliwal@mapleline.ca"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body)), calendar(ics, cte="base64")))


@reg(26, family="application_ack", lang="en", interview=False, company="Larchwood Credit Union",
     note="Indeed Apply 'application submitted' receipt; interview tips link only")
def k26() -> bytes:
    when = "2026-10-17 04:12:09"
    body = t("""
        Your application has been submitted

        Machine Learning Engineer
        Larchwood Credit Union - Vancouver, BC

        The following items were sent to Larchwood Credit Union. Good luck!
        • Application
        • Resume (Kiran_Dhaliwal_ML_2026.pdf)

        Next steps
        • The employer or job advertiser may reach out to you about your application.
        • Track the status of your application in My jobs: https://myjobs.indeed.com/applied

        Get ready: 21 common interview questions and how to answer them
        https://ca.indeed.com/career-advice/interviewing/common-interview-questions

        ---
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    hs = head(addr("Indeed Apply", "indeedapply@indeed.com"), "Indeed Application: Machine Learning Engineer",
              when, UTC0, f"<{hx('k26', 18)}@indeed.com>", "mail4.indeed.com", "169.45.89.190",
              extra=(("List-Unsubscribe", "<https://ca.indeed.com/unsubscribe?t=apply>"),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(27, family="scheduling_link", lang="en", interview=False, company="Fernwood AI",
     note="Greenhouse availability request (thread before the Fernwood confirmation): asks for availability, "
          "nothing fixed yet")
def k27() -> bytes:
    when = "2026-03-02 19:20:47"
    body = t("""
        Hi Kiran,

        Thanks again for your interest in the Machine Learning Engineer, Applied NLP role at
        Fernwood AI! We'd like to set up a 60-minute Technical Screen with one of our engineers.

        Please let us know when you're available over the next two weeks using the link below:

        https://app.greenhouse.io/availability/fernwoodai/5a8c1f0e72d94b3a

        Times will be shown in your local time zone. Once we have your availability, we'll send a
        calendar invitation confirming the time.

        Best,
        Jess
        """)
    hs = head(addr("Fernwood AI", "no-reply@us.greenhouse-mail.io"),
              "Fernwood AI - Please provide your availability", when, UTC0,
              f"<{hx('k27')}.{hx('k27b', 6)}@us.greenhouse-mail.io>", "o7.us.greenhouse-mail.io", "167.89.12.54",
              extra=(("Reply-To", addr("Jess Okoro", "jess.okoro@fernwood.ai")),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(28, family="application_ack", lang="fr", interview=False, company="Boréalis Vision",
     note="BambooHR receipt in French ('nous communiquerons avec vous pour planifier une première entrevue' is "
          "hypothetical); HTML only")
def k28() -> bytes:
    when = "2026-02-23 20:11:38"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Kiran,</p>
        <p>Merci d’avoir postulé au poste d’<b>Ingénieur(e) en apprentissage automatique</b> chez Boréalis Vision.</p>
        <p>Notre équipe examinera votre candidature attentivement. Si votre profil correspond à nos besoins,
        nous communiquerons avec vous pour planifier une première entrevue.</p>
        <p>En attendant, n’hésitez pas à découvrir nos projets : <a href="https://borealisvision.ca/carrieres">borealisvision.ca/carrieres</a></p>
        <p>Cordialement,<br>L’équipe Talents – Boréalis Vision</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Propulsé par BambooHR. Ce message a été envoyé automatiquement; merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("Boréalis Vision", "notifications@app.bamboohr.com"), "Nous avons bien reçu votre candidature",
              when, UTC0, f"<{hx('k28', 20)}@app.bamboohr.com>", "mail-out.bamboohr.com", "205.201.131.88")
    return message(hs, html(page))


@reg(29, family="rejection", lang="en", interview=False, company="Puget Freightways",
     note="Workday rejection of an application, no interview")
def k29() -> bytes:
    when = "2026-03-19 16:40:12"
    body = t("""
        Dear Kiran,

        Thank you for your interest in the Machine Learning Engineer (JR-4471) position at Puget
        Freightways and for the time you invested in applying.

        After careful review, we have decided to move forward with other candidates whose
        qualifications more closely match our current needs. This was not an easy decision, as we
        received many strong applications.

        We encourage you to visit our careers site and apply for future openings that match your
        skills and interests.

        Best of luck in your search,

        Puget Freightways Talent Acquisition
        """)
    hs = head(addr("Puget Freightways", "pugetfreightways@myworkday.com"),
              "Update on your application - Machine Learning Engineer (JR-4471)", when, UTC0,
              f"<{hx('k29', 8)}.{hx('k29a', 8)}.JavaMail.wd@wd1-prod-mail.myworkday.com>",
              "wd1-smtp-out.myworkday.com", "216.74.180.14")
    return message(hs, html(paras(body), cte="base64"))


@reg(30, family="rejection", lang="en", interview=False, company="Kestrel Ridge Energy",
     note="Post-interview rejection from the Calgary recruiter (same thread as the 5 Mar interview)")
def k30() -> bytes:
    when = "2026-03-12 09:15:40"
    body = t("""
        Hi Kiran,

        Thanks again for your time with Lorna and me last Thursday. It was a genuinely tough call,
        but we've decided to go with a candidate who has more hands-on experience with SCADA and
        time-series anomaly detection in upstream ops.

        You were a really strong contender, and Lorna specifically mentioned how much she liked your
        take on backtesting. Mind if I touch base when our forecasting team opens a role later
        this year?

        Cheers,
        Brett

        Brett Halvorsen | Senior Talent Advisor
        Kestrel Ridge Energy
        """)
    hs = head(addr("Brett Halvorsen", "brett.halvorsen@kestrelridge.ca"),
              "RE: ML Engineer - Kestrel Ridge - next steps", when, EDM,
              f"<CY8PR11MB{hx('k30', 4).upper()}{hx('k30a', 16).upper()}@CY8PR11MB7108.namprd11.prod.outlook.com>",
              "mail-dm6nam12on2093.outbound.protection.outlook.com", "40.107.243.93",
              extra=(("Thread-Topic", "ML Engineer - Kestrel Ridge - next steps"),
                     ("Thread-Index", thread_index("k30ti"))))
    return message(hs, text(body, charset="windows-1252"))


@reg(31, family="offer", lang="en", interview=False, company="Saltchuck Analytics",
     days=(("Fri", "2026-03-27"), ("Mon", "2026-04-20")),
     note="Written offer with a signing deadline (Friday, March 27, 5:00 p.m. PT) and an optional call; not an "
          "interview")
def k31() -> bytes:
    when = "2026-03-20 14:10:26"
    body = t("""
        Hi Kiran,

        It was great speaking with you this afternoon, and congratulations again! As promised,
        attached is your formal offer for the Senior Machine Learning Engineer role on the Forecasting
        Platform team.

        Quick summary:
        - Base salary: CAD $172,000
        - Equity: 9,000 RSUs vesting over 4 years
        - Start date: Monday, April 20, 2026 (flexible)
        - Location: Vancouver office (remote-friendly, 2 days/week in office)

        You'll receive a DocuSign envelope shortly; please review and sign by Friday, March 27 at
        5:00 p.m. PT. If you'd like to chat with Hao about the team or the first 90 days, I'm happy
        to set that up, just say the word.

        Welcome (hopefully!) to Saltchuck 🎉

        Marisol Ibarra
        Recruiting Coordinator | Saltchuck Analytics
        """)
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    hs = head(addr("Marisol Ibarra", "marisol.ibarra@saltchuck.io"),
              "Saltchuck Analytics – Offer of Employment 🎉", when, VAN,
              f"<CAM{hx('k31', 30)}@mail.gmail.com>", "mail-oi1-f199.google.com", "209.85.167.199")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             binary("application/pdf", "Saltchuck_Offer_Kiran_Dhaliwal.pdf", pdf)))


@reg(32, family="recruiter_outreach", lang="en", interview=False, company="Marrow & Vine AI",
     note="In-house recruiter cold outreach asking for a few times; nothing fixed")
def k32() -> bytes:
    when = "2026-10-27 11:20:55"
    body = t("""
        Hi Kiran,

        I came across your PyData Vancouver talk on evaluating retrieval systems and had to reach out.
        We're hiring a Senior ML Engineer for our recommendations team at Marrow & Vine. Remote across
        Canada, and the team is split between Toronto and the west coast.

        Would you be up for a 20-minute intro call sometime next week? Happy to work around Pacific
        time; just send over a few times that suit and I'll loop in our hiring manager if it makes
        sense.

        Best,
        Olivia Chen
        Talent Lead, Marrow & Vine AI
        """)
    hs = head(addr("Olivia Chen", "olivia.chen@marrowvine.ai"),
              "ML Engineer (Recsys) @ Marrow & Vine – open to a chat?", when, TOR,
              f"<CAB{hx('k32', 30)}@mail.gmail.com>", "mail-vs1-f47.google.com", "209.85.217.47")
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(33, family="scheduling_link", lang="en", interview=False, company="Nimbus Harbor",
     days=(("Mon", "2026-10-26"),),
     note="Hiring manager's reply with a Calendly link to pick a slot (the booking confirmation came later); no "
          "time chosen yet")
def k33() -> bytes:
    when = "2026-10-27 09:40:18"
    body = t("""
        Hey Kiran, thanks for reaching out! Would love to grab a coffee and tell you more about what
        we're building. Easiest is to grab any 30-min slot on my calendar here:
        https://calendly.com/aaron-nimbusharbor/coffee-chat

        I'm usually around Gastown / Yaletown but happy to meet closer to you.

        Cheers,
        Aaron

        On Mon, Oct 26, 2026 at 8:12 PM Kiran Dhaliwal <kiran.dhaliwal@example.org> wrote:
        > Hi Aaron,
        >
        > I saw the ML Engineer posting at Nimbus Harbor and Sanjay Rao mentioned you're the hiring
        > manager. I'd love to learn more about the team; would you be open to a quick coffee chat?
        >
        > Thanks,
        > Kiran
        """)
    hs = head(addr("Aaron Whitfield", "aaron@nimbusharbor.com"), "Re: ML Engineer @ Nimbus Harbor", when, VAN,
              f"<CAE{hx('k33', 30)}@mail.gmail.com>", "mail-ot1-f44.google.com", "209.85.210.44",
              extra=(("In-Reply-To", f"<CAH{hx('k33r', 30)}@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(34, family="slot_proposal", lang="en", interview=False, company="Tessera Games",
     days=(("Tue", "2026-03-17"), ("Wed", "2026-03-18"), ("Thu", "2026-03-19")),
     note="Three proposed slots (Tues 3/17, Wed 3/18, Thurs 3/19), none agreed yet")
def k34() -> bytes:
    when = "2026-03-10 11:02:50"
    body = t("""
        Hi Kiran,

        Thanks for your patience! The team would love to have you in for an interview at the studio
        (about an hour). Do any of these work?

        - Tues 3/17, 10 a.m.
        - Wed 3/18, 1:30 p.m.
        - Thurs 3/19, 11 a.m.

        All Vancouver time, at the studio in Gastown. Once you pick one I'll send a proper invite
        through Workable.

        Jo

        Jo Marchetti
        Lead ML Engineer, Tessera Games
        """)
    hs = head(addr("Jo Marchetti", "jo.marchetti@tesseragames.ca"),
              "Tessera Games – next step (ML Engineer, Player Modelling)", when, VAN,
              f"<{hx('k34', 16)}@tesseragames.ca>", "mail-wm1-f53.google.com", "209.85.128.53")
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(35, family="slot_proposal", lang="en", interview=False, company="Ballard Signal",
     days=(("Thu", "2026-11-19"),),
     note="Recruiter only 'tentatively holding' Thurs 11/19 1-4 p.m. PT while panelists confirm and promises a "
          "final confirmation later; not yet confirmed")
def k35() -> bytes:
    when = "2026-11-12 14:25:03"
    body = t("""
        Hi Kiran,

        Thanks for sending your availability. I'm tentatively holding Thurs 11/19, 1–4 p.m. PT for
        your onsite, but I'm still waiting on two of the panelists to confirm. Please don't book
        anything around it yet; I'll send the final confirmation and itinerary once everyone is
        locked in (hopefully by Monday).

        Thanks,
        Theo

        Theo Nakamura
        Technical Recruiter, Ballard Signal
        """)
    hs = head(addr("Theo Nakamura", "theo.nakamura@ballardsignal.com"), "Re: Ballard Signal – onsite scheduling",
              when, LA, f"<{hx('k35', 22)}@ballardsignal.com>", "mail-io1-f41.google.com", "209.85.166.41",
              extra=(("In-Reply-To", f"<CAH{hx('k35r', 30)}@mail.gmail.com>"),))
    return message(hs, text(body, cte="8bit"))


@reg(36, family="take_home", lang="en", interview=False, company="Lakeshore Quant",
     days=(("Tue", "2026-11-10"),),
     note="Take-home assignment with a submission deadline (Tuesday, November 10, 9:00 a.m. ET); the 'final "
          "round' is not yet scheduled")
def k36() -> bytes:
    when = "2026-11-04 10:30:44"
    body = t("""
        Hi Kiran,

        Great news: Arjun really enjoyed Monday's screen and we'd like to move you forward!

        The next step is a take-home: build a small forecasting pipeline on the dataset linked below
        and write up your modelling choices (a README is plenty). Please submit your repo link by
        Tuesday, November 10 at 9:00 a.m. ET (that's 6 a.m. Pacific, so realistically Monday night
        for you). There's no need to spend more than ~4 hours on it.

        Dataset + instructions: https://files.lakeshorequant.com/s/takehome-mle-2026

        Once we've reviewed it, we'll set up the final round with the team.

        Best,
        Sofia
        """)
    hs = head(addr("Sofia Brennan", "sofia.brennan@lakeshorequant.com"), "Lakeshore Quant – take-home assignment",
              when, TOR, f"<{hx('k36', 24)}@lakeshorequant.com>", "mail-pg1-f174.google.com", "209.85.215.174")
    return message(hs, alt(text(body), html(paras(body))))


@reg(37, family="assessment", lang="en", interview=False, company="Tidewater Labs",
     note="HackerRank online assessment invitation with an expiry; not an interview")
def k37() -> bytes:
    when = "2026-10-20 15:00:31"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#39424e">
        <p>Hi Kiran,</p>
        <p><b>Tidewater Labs</b> has invited you to complete the <b>ML Engineer – Online Assessment</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td>Duration</td><td>90 minutes</td></tr>
        <tr><td>Questions</td><td>3 (coding, ML fundamentals)</td></tr>
        <tr><td>Expires</td><td>Oct 27, 2026 11:59 PM CDT</td></tr>
        </table>
        <p><a href="https://www.hackerrank.com/tests/tidewater-mle/login?b=eyJ1c2VybmFtZSI6ImtpcmFuIn0"
        style="background:#1ba94c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start test</a></p>
        <p>You can take the test any time before it expires. Make sure you have a stable internet connection;
        once started, the timer cannot be paused.</p>
        <p>Good luck!<br>Tidewater Labs Recruiting Team</p>
        <p style="font-size:11px;color:#999">Powered by HackerRank</p>
        </body></html>
        """)
    hs = head(addr("Tidewater Labs via HackerRank", "noreply@hackerrankforwork.com"),
              "Tidewater Labs has invited you to take an assessment", when, UTC0,
              f"<{hx('k37', 26)}@hackerrankforwork.com>", "o2.mail.hackerrankforwork.com", "149.72.34.207")
    return message(hs, html(page))


@reg(38, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Tue", "2026-11-10"),),
     note="Dentist appointment reminder with ICS; confirmed time, not an interview")
def k38() -> bytes:
    when = "2026-11-05 16:00:02"
    body = t("""
        Hi Kiran,

        This is a friendly reminder of your upcoming appointment:

        Hygiene visit with Dr. Farah Aziz
        Tuesday, November 10, 2026 at 8:15 AM

        Commercial Drive Dental
        1722 Commercial Dr, Vancouver, BC
        604-555-0116

        Reply C to confirm or call us to reschedule. We require 48 hours' notice for changes.

        See you soon!
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Dentrix Ascend//Appointment Reminder//EN
        METHOD:PUBLISH
        """) + VTZ_VANCOUVER + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-88410277@commercialdrivedental.ca
        DTSTAMP:20261105T160002Z
        DTSTART;TZID=America/Vancouver:20261110T081500
        DTEND;TZID=America/Vancouver:20261110T091500
        SUMMARY:Dental appointment - Commercial Drive Dental
        LOCATION:1722 Commercial Dr\\, Vancouver\\, BC
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Commercial Drive Dental", "reminders@commercialdrivedental.ca"),
              "Appointment reminder: Tues, Nov 10 at 8:15 a.m.", when, UTC0,
              f"<{hx('k38', 20)}@commercialdrivedental.ca>", "smtp.sendinblue.com", "185.41.28.110")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="appointment.ics",
                                      disposition="attachment")))


@reg(39, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Mon", "2026-03-09"),),
     note="Google Calendar invitation to a recurring daily stand-up (volunteer data project); not an interview")
def k39() -> bytes:
    when = "2026-03-05 18:44:20"
    title = "Daily stand-up – data pipeline"
    eid = hx("k39eid", 48)
    body = t(f"""
        {title}
        Weekly on weekdays ⋅ 8:45am – 9am
        Pacific Time - Vancouver

        Quick 15 min sync for the volunteer data-pipeline crew. Starts Mon Mar 9. Skip if you're
        heads-down, just drop a note in #pipeline.

        Join with Google Meet
        https://meet.google.com/qcc-dsup-vqn

        Guests
        Ayesha Qureshi - organizer
        Ben Lavallee
        kiran.dhaliwal@example.org

        Reply for kiran.dhaliwal@example.org

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&ctz=America%2FVancouver&hl=en&es=0

        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&ctz=America%2FVancouver&hl=en&es=0

        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&ctz=America%2FVancouver&hl=en&es=0
        """) + GCAL_FOOT
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_VANCOUVER + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Vancouver:20260309T084500
        DTEND;TZID=America/Vancouver:20260309T090000
        RRULE:FREQ=WEEKLY;BYDAY=FR,MO,TH,TU,WE
        DTSTAMP:20260305T184420Z
        ORGANIZER;CN=Ayesha Qureshi:mailto:ayesha@quadraclimate.org
        UID:1d5m8q0s3k7v2n9c4b6x1h0ztr@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kiran.dhaliwal@example.org;X-NUM-GUESTS=0:mailto:kiran.dhaliwal@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qcc-dsup-vqn
        DESCRIPTION:Quick 15 min sync for the volunteer data-pipeline crew. Starts Mon Mar 9. Skip if you're heads-down\, just drop a note in #pipeline.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Daily stand-up – data pipeline
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = (f"Invitation: {title} @ Weekly from 8:45am to 9am on weekdays from Mon Mar 9 (PDT) "
               "(kiran.dhaliwal@example.org)")
    hs = head(addr("Ayesha Qureshi", "ayesha@quadraclimate.org"), subject, when, UTC0,
              f"<calendar-{hx('k39m', 8)}-{hx('k39n', 4)}-{hx('k39o', 4)}-{hx('k39p', 12)}@google.com>",
              "mail-sor-f72.google.com", "209.85.220.72", to=ME,
              extra=(("Reply-To", addr("Ayesha Qureshi", "ayesha@quadraclimate.org")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(paras(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@reg(40, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Sat", "2026-03-14"),),
     note="Apartment viewing confirmed for Sat March 14 at 11:00 a.m.; not an interview; iso-8859-15")
def k40() -> bytes:
    when = "2026-03-11 17:26:09"
    body = t("""
        Hi Kiran,

        Confirming your viewing of the 2 bed + den at 2150 W 3rd Ave (unit 304) for Saturday,
        March 14 at 11:00 a.m. The building manager, Doug, will meet you in the lobby; buzz 012 if
        he isn't there yet. It's right above Café Crème, in case you need a landmark.

        Please bring photo ID. If you decide to apply, the application form is on our website and we
        usually respond within 2-3 business days.

        Thanks,
        Joanne Li
        Kitsilano Rentals Ltd.
        """)
    hs = head(addr("Joanne Li", "joanne@kitsrentals.ca"), "Viewing confirmed - 2150 W 3rd Ave #304", when, VAN,
              f"<{hx('k40', 14)}.{hx('k40a', 6)}@kitsrentals.ca>", "smtp.kitsrentals.ca", "24.85.101.33",
              extra=(("X-Mailer", "Thunderbird 128.7.1"),))
    return message(hs, text(body, charset="iso-8859-15"))


@reg(41, family="meetup", lang="en", interview=False, company=None,
     days=(("Thu", "2026-11-19"),),
     note="Meetup RSVP for a community panel titled 'Interviewing for ML roles in 2026'; not an interview")
def k41() -> bytes:
    when = "2026-11-13 02:18:45"
    body = t("""
        You're going!

        Interviewing for ML roles in 2026 – panel + pizza
        Vancouver Machine Learning Meetup

        Thursday, November 19, 2026
        6:30 PM to 9:00 PM PST

        Space Station Coworking
        1050 Homer St, Vancouver, BC

        Hiring managers from four local teams talk about what they look for in ML interviews, then
        open Q&A. Pizza from 6:30, talks start at 7.

        Add to calendar: https://www.meetup.com/vancouver-ml/events/312004877/ics/
        Can't make it? Update your RSVP: https://www.meetup.com/vancouver-ml/events/312004877/

        Meetup, PBC · POB 4668 #37895 New York, NY 10163
        Unsubscribe: https://www.meetup.com/account/comm/
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to: Interviewing for ML roles in 2026 – panel + pizza", when, UTC0,
              f"<{hx('k41', 20)}@meetup.com>", "mail145-24.atl131.mandrillapp.com", "198.2.145.24",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(42, family="marketing_webinar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-11-12"),),
     note="Zoom webinar registration ('The Final Round – Live ML Interview Walkthrough') with ICS; a "
          "coaching company's webinar, not a job interview")
def k42() -> bytes:
    when = "2026-11-06 19:51:16"
    body = t("""
        Hi Kiran,

        Thank you for registering for "The Final Round – Live ML Interview Walkthrough".

        Please submit any questions to: events@offerladder.io

        Date Time: Nov 12, 2026 05:00 PM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/82019334671?tk=Qm9pX3RrX2tpcmFu

        Passcode: 778120

        Add to Calendar  Add to Google Calendar  Add to Yahoo Calendar

        Description: Watch a senior ML engineer go through a full mock final-round loop, live, with
        feedback from a hiring manager. Thursday, Nov 12 at 5 p.m. PT.

        You can cancel your registration at any time.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261106T195116Z
        DTSTART:20261113T010000Z
        DTEND:20261113T023000Z
        SUMMARY:The Final Round – Live ML Interview Walkthrough
        UID:20261106T195116Z-82019334671@fe80:0:0:0:e1:37ff:fe0a:9c3bens5
        TZID:America/Vancouver
        DESCRIPTION:Hi Kiran\,\n\nThank you for registering for "The Final Round – Live ML Interview Walkthrough".\n\nJoin from PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/82019334671?tk=Qm9pX3RrX2tpcmFu\n
        LOCATION:https://us06web.zoom.us/w/82019334671?tk=Qm9pX3RrX2tpcmFu
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Offer Ladder", "no-reply@zoom.us"),
              "The Final Round – Live ML Interview Walkthrough Confirmation", when, UTC0,
              f"<{hx('k42', 20)}@zoom.us>", "mail-out-2.zoom.us", "170.114.10.73",
              extra=(("Reply-To", "events@offerladder.io"),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@reg(43, family="mock_interview", lang="en", interview=False, company=None,
     days=(("Mon", "2026-03-16"),),
     note="Peer mock-interview booking (practice platform); confirmed time, not a job interview")
def k43() -> bytes:
    when = "2026-03-12 23:30:00"
    body = t("""
        You're matched! 🎯

        Your peer mock interview is confirmed for Mon, Mar 16 at 7:00 PM PDT.

        Partner: Dmitri K. (Senior Data Scientist, 6 yrs)
        Track: ML System Design
        Format: 2 x 30 min, you'll each take a turn as interviewer and candidate

        We'll email you the room link 15 minutes before the session. Can't make it? Cancel at least
        12 hours ahead so your partner can rematch:
        https://pairprep.dev/sessions/88f1c3/cancel

        Happy practising!
        The PairPrep team
        """)
    hs = head(addr("PairPrep", "sessions@pairprep.dev"), "You're matched! Mock interview on Mon, Mar 16", when,
              UTC0, f"<{hx('k43', 22)}@pairprep.dev>", "smtp-out.postmarkapp.com", "50.31.156.6",
              extra=(("List-Unsubscribe", "<https://pairprep.dev/settings/notifications>"),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(44, family="podcast", lang="en", interview=False, company=None,
     days=(("Tue", "2026-03-24"), ("Tue", "2026-03-17")),
     note="Podcast host confirms a recording with the candidate as guest ('the interview itself'); not a job "
          "interview")
def k44() -> bytes:
    when = "2026-03-18 12:06:31"
    body = t("""
        Perfect, you're locked in! We'll record Tues 3/24 at 4pm PT over Riverside. I'll send the
        studio link and a rough outline of questions the day before. The interview itself runs ~50
        min, plus 10 min of mic checks beforehand.

        Thanks again for doing this, eh. Our listeners are going to love the eval-harness stuff.

        Nadia

        On Tue, Mar 17, 2026 at 9:48 PM Kiran Dhaliwal <kiran.dhaliwal@example.org> wrote:
        > Hi Nadia, Tuesday the 24th at 4 works for me!
        >
        > On Tue, Mar 17, 2026 at 1:12 PM Nadia Brooks <nadia@gradientdescent.fm> wrote:
        >> Hey Kiran, would you be up for being a guest on Gradient Descent Radio? We could do Tues
        >> 3/24 at 4pm PT if that suits.
        """)
    hs = head(addr("Nadia Brooks", "nadia@gradientdescent.fm"), "Re: Guesting on Gradient Descent Radio", when, VAN,
              f"<CAK{hx('k44', 30)}@mail.gmail.com>", "mail-il1-f179.google.com", "209.85.166.179",
              extra=(("In-Reply-To", f"<CAH{hx('k44r', 30)}@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(45, family="press", lang="en", interview=False, company=None,
     days=(("Wed", "2026-11-18"),),
     note="Journalist confirms a press interview about the candidate's open-source library; not a job "
          "interview; base64")
def k45() -> bytes:
    when = "2026-11-16 10:47:12"
    body = t("""
        Hi Kiran,

        Thanks for agreeing to chat! Confirming our interview on Wednesday (Nov 18) at 11 a.m. about
        tokenbench and the open-source ML tooling scene in Vancouver. I'll call you at the number in
        your signature; should take about 30 minutes.

        I'll send the quotes I plan to use for a fact check before the piece runs.

        Best,
        Aisha Karim
        Reporter, BC Tech Journal
        """)
    hs = head(addr("Aisha Karim", "akarim@bctechjournal.ca"),
              "Interview confirmation – BC Tech Journal piece on open-source ML tooling", when, VAN,
              f"<{hx('k45', 18)}@bctechjournal.ca>", "mail-sn1nam02on2061.outbound.protection.outlook.com",
              "40.107.96.61")
    return message(hs, text(body, cte="base64"))


@reg(46, family="interviewer_side", lang="en", interview=False, company=None,
     days=(("Thu", "2026-11-19"),),
     note="Greenhouse notice from the current employer (auto-forwarded work mail): the candidate is the "
          "INTERVIEWER of someone else; not their interview")
def k46() -> bytes:
    when = "2026-11-16 18:22:50"
    body = t("""
        Hi Kiran,

        You've been scheduled to interview Jordan Pike for the Senior Data Scientist role.

        Thursday, November 19, 2026
        2:00 PM - 3:00 PM PST
        Focus area: ML Fundamentals & Modelling

        Interview kit: https://app.greenhouse.io/guides/71130492/people/318820441
        Resume: https://app.greenhouse.io/people/318820441/resume

        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Mapleline Logistics Recruiting
        """)
    hs = head(addr("Mapleline Logistics", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Jordan Pike - Senior Data Scientist", when, UTC0,
              f"<{hx('k46')}.{hx('k46b', 6)}@us.greenhouse-mail.io>", "o7.us.greenhouse-mail.io", "167.89.12.54",
              to=addr("Kiran Dhaliwal", "kiran.dhaliwal@mapleline.ca"),
              extra=(("X-MS-Exchange-Inbox-Rules-Loop", "kiran.dhaliwal@mapleline.ca"),))
    return message(hs, alt(text(body), html(paras(body))))


@reg(47, family="reference_check", lang="en", interview=False, company="Saltchuck Analytics",
     note="Recruiter books a reference call with the candidate's former manager ('Thursday at 11 a.m. PT'); "
          "the candidate is not on it; not an interview")
def k47() -> bytes:
    when = "2026-03-17 12:30:08"
    body = t("""
        Hi Kiran,

        Thanks for sending over your references so quickly! Quick update: I've booked a call with
        Anders Lindqvist for Thursday at 11 a.m. PT, and I'm still waiting to hear back from Tamara.

        No action needed on your side, just a heads-up in case you want to give Anders a nudge.
        We're hoping to wrap things up by the end of the week.

        Thanks,
        Marisol
        """)
    hs = head(addr("Marisol Ibarra", "marisol.ibarra@saltchuck.io"), "Reference checks – Kiran Dhaliwal", when, VAN,
              f"<CAM{hx('k47', 30)}@mail.gmail.com>", "mail-oa1-f48.google.com", "209.85.160.48")
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(48, family="auto_reply", lang="en", interview=False, company="Harbourline Health",
     days=(("Mon", "2026-03-16"), ("Tue", "2026-03-10"), ("Fri", "2026-03-13")),
     note="Exchange out-of-office reply to the candidate's thank-you note (Auto-Submitted: auto-replied)")
def k48() -> bytes:
    when = "2026-03-10 08:02:14"
    body = t("""
        Thank you for your email. I am out of the office from March 10 to March 13 with limited access
        to email, returning Monday, March 16.

        For urgent hiring matters, please contact talent@harbourlinehealth.ca.

        Nadine Kowalczyk
        Talent Acquisition Specialist | Harbourline Health
        """)
    hs = head(addr("Nadine Kowalczyk", "nkowalczyk@harbourlinehealth.ca"),
              "Automatic reply: Thank you – panel interview yesterday", when, VAN,
              f"<YT3PR01MB{hx('k48', 4).upper()}{hx('k48a', 14).upper()}@YT3PR01MB6129.CANPRD01.PROD.OUTLOOK.COM>",
              "mail-yt3can01on2105.outbound.protection.outlook.com", "40.107.115.105",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "nkowalczyk@harbourlinehealth.ca"),
                     ("In-Reply-To", f"<CAH{hx('k48r', 30)}@mail.gmail.com>"),
                     ("Thread-Topic", enc("Thank you – panel interview yesterday")),
                     ("Thread-Index", thread_index("k48ti"))))
    return message(hs, alt(text(body), html(paras(body))))


@reg(49, family="bounce", lang="en", interview=False, company=None,
     note="Postfix bounce (multipart/report) of the candidate's thank-you note after an interview; the "
          "returned message mentions the interview but nothing is scheduled")
def k49() -> bytes:
    when = "2026-03-17 15:44:21"
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <omar.hadad@dundasmutual.com>: host
            dundasmutual-com.mail.protection.outlook.com[52.101.68.14] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient omar.hadad@dundasmutual.com not
            found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4FhQ2T0mZkz9sWb
        X-Postfix-Sender: rfc822; kiran.dhaliwal@example.org
        Arrival-Date: Tue, 17 Mar 2026 22:44:17 +0000 (UTC)

        Final-Recipient: rfc822; omar.hadad@dundasmutual.com
        Original-Recipient: rfc822;omar.hadad@dundasmutual.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; dundasmutual-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            omar.hadad@dundasmutual.com not found by SMTP address lookup
        """)
    original_body = t("""
        Hi Omar,

        Thank you for taking the time to speak with me this morning. I really enjoyed the modelling
        exercise and our conversation about challenger models for credit risk.

        Looking forward to hearing about next steps.

        Best,
        Kiran
        """)
    original = message([("From", ME_TO), ("To", addr("Omar Haddad", "omar.hadad@dundasmutual.com")),
                        ("Subject", "Thank you - technical interview today"),
                        ("Date", date("2026-03-17 15:44:15", VAN)),
                        ("Message-ID", f"<CAH{hx('k49o', 30)}@mail.gmail.com>")], text(original_body))
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                            original),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME), ("Return-Path", "<>"),
          ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date(when, VAN)), ("Message-ID", "<20260317224421.4FhQ2T0mZkz9sWb@mail.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@reg(50, family="newsletter_tips", lang="en", interview=False, company=None,
     note="Substack newsletter about onsite preparation ('Your onsite is Thursday'); generic advice, nothing "
          "scheduled")
def k50() -> bytes:
    when = "2026-11-15 14:03:37"
    body = t("""
        ML Interview Weekly · Issue #87

        Your onsite is Thursday. Here's the 48-hour plan.

        Every week someone writes in with a version of the same question: "My final round is in two
        days, what should I actually do?" Here's the plan I give them.

        T-48h: re-read the job posting and write down the three problems the team is probably
        fighting. Pick one project of yours that maps onto each.

        T-24h: one timed system-design rep out loud (not in your head), then stop. Confirm the time
        zone on the invite. Yes, really: half the no-shows I hear about are someone reading 1 p.m. ET
        as 1 p.m. Pacific.

        Morning of: light review only, eat something, test your mic and camera 30 minutes early.

        After: send a short thank-you the same day.

        Good luck out there,
        Priya

        Unsubscribe: https://mlinterviewweekly.substack.com/action/disable_email
        """)
    hs = head(addr("ML Interview Weekly", "mlinterviewweekly@substack.com"),
              "Your onsite is Thursday. Here's the 48-hour plan", when, UTC0,
              f"<20261115140337.{hx('k50', 12)}@substack.com>", "mail-a.substack.com", "167.89.5.113",
              extra=(("List-Unsubscribe", "<https://mlinterviewweekly.substack.com/action/disable_email>"),
                     ("List-Id", "ML Interview Weekly <mlinterviewweekly.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))
