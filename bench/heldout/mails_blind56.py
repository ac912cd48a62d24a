"""blind56: 50 hand-written mails from the inbox of a job seeker in Tokyo (registered into make.REGISTRY).

Inbox owner: Tomas Varga <tomas.varga@example.org>, a software engineer (foreign national) living in
Tokyo (Asia/Tokyo, UTC+9, no DST), applying to international companies in Tokyo, a few Japanese
companies and US / Singapore / remote companies between mid-October and late November 2026.

Written blind: without reading the detector, its tests or fixtures, or any other held-out set's mails.
Build and check with ``python3 bench/heldout/make_blind.py blind56``. Keys 1-23 are positives, 24-50
negatives, in writing order; file numbers are ``ORDER[key - 1]``.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, timedelta
from email.utils import format_datetime

import make
from make import (
    Part,
    addr,
    alt,
    at,
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

make.REGISTRY.setdefault("blind56", [])
# Outlook / Exchange in Japan writes TZID:Tokyo Standard Time; let the ICS check map it to IANA.
make.WINDOWS_ZONES.setdefault("Tokyo Standard Time", "Asia/Tokyo")

ORDER = random.Random(56056).sample(range(1, 51), 50)

ME = "tomas.varga@example.org"
ME_NAME = "Tomas Varga"
JST = "Asia/Tokyo"
SGT = "Asia/Singapore"
PT = "America/Los_Angeles"
ET = "America/New_York"


def nm(key: int) -> str:
    return f"blind56_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 2) -> str:
    moment = at(when, zone).astimezone(UTC) + timedelta(seconds=lag)
    qid = hashlib.sha256(f"{host}|{when}".encode()).hexdigest()[:11].upper()
    return (f"from {host} ({host} [{ip}])\r\n by mx1.example.org (Postfix) with ESMTPS id 4{qid}"
            f"\r\n for <{ME}>; {format_datetime(moment)}")


def head(frm: str, subject: str, when: str, zone: str, msgid: str, host: str, ip: str, *,
         to: str | None = None, cc: str | None = None, reply_to: str | None = None,
         sender: str | None = None, extra: tuple[tuple[str, str], ...] = (), cs: str = "utf-8",
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs = [("Delivered-To", ME), ("Received", rcv(host, ip, when, zone)), *pre, ("From", frm)]
    if sender:
        hs.append(("Sender", sender))
    hs.append(("To", to or addr(ME_NAME, ME)))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", enc(subject, cs)), ("Date", date(when, zone)), ("Message-ID", msgid), *extra]
    return hs


def gm(body: str, cte: str = "quoted-printable") -> Part:
    """A plain message as Gmail sends it: text/plain + its text/html twin."""
    return alt(text(body, cte=cte), html(gmail_html(body), cte=cte))


VTZ_TOKYO_EXCHANGE = """BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_TOKYO = """BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives: scheduled


@mail(nm(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-20T05:00:00Z", end="2026-10-20T06:00:00Z",
      contact="aya.kimura@sakuraledger.co.jp", company="Sakura Ledger",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=JST,
      note="Greenhouse confirmation written by the recruiter; 'Tuesday, October 20th, 2026, 2:00 PM - "
           "3:00 PM JST' = 05:00-06:00Z; From is the Greenhouse no-reply relay, contact = human Reply-To")
def sakura_first_interview() -> bytes:
    body = t("""
        Hi Tomas,

        Thank you for applying to Sakura Ledger, and for taking the time to chat with me last week!

        I'm happy to confirm your first interview for the Backend Engineer (Payments Platform) position:

        Date: Tuesday, October 20th, 2026
        Time: 2:00 PM - 3:00 PM JST
        Interviewer: Ryo Sasaki, Engineering Manager (Payments)
        Format: Google Meet (the link is in the calendar invitation I sent separately)

        The conversation will be in English. Ryo will spend most of the hour on your recent projects and how you think about API design, and will leave 10-15 minutes at the end for your questions.

        If anything comes up, just reply to this email.

        Best regards,
        Aya Kimura
        Talent Acquisition Partner | Sakura Ledger K.K.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Tomas,</p>
        <p>Thank you for applying to Sakura Ledger, and for taking the time to chat with me last week!</p>
        <p>I'm happy to confirm your first interview for the <strong>Backend Engineer (Payments Platform)</strong> position:</p>
        <p><strong>Date:</strong> Tuesday, October 20th, 2026<br>
        <strong>Time:</strong> 2:00 PM - 3:00 PM JST<br>
        <strong>Interviewer:</strong> Ryo Sasaki, Engineering Manager (Payments)<br>
        <strong>Format:</strong> Google Meet (the link is in the calendar invitation I sent separately)</p>
        <p>The conversation will be in English. Ryo will spend most of the hour on your recent projects and how you think about API design, and will leave 10-15 minutes at the end for your questions.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best regards,<br>Aya Kimura<br>Talent Acquisition Partner | Sakura Ledger K.K.</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7f3a91c2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Aya Kimura", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Backend Engineer (Payments Platform) - Sakura Ledger",
              "2026-10-15 11:12:37", JST,
              "<0100019a8c3e7d21-5f2b8e44-1c0a-4a7e-9d3b-2e6f0c8a1b77-000000@email.greenhouse-mail.io>",
              "o3.ptr4471.us.greenhouse-mail.io", "149.72.180.44",
              reply_to=addr("Aya Kimura", "aya.kimura@sakuraledger.co.jp"),
              extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, alt(text(body), html(page)))


@mail(nm(2), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-21T02:00:00Z", end="2026-10-21T03:00:00Z",
      contact="weiling.tan@meridianlantern.sg", company="Meridian Lantern",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 11:00", zone=SGT,
      note="Google Calendar invitation from a Singapore recruiter: 10:00-11:00 SGT (UTC+8) = 02:00-03:00Z "
           "(11:00 in Tokyo, as the description says); ICS in UTC; contact = organizer")
def meridian_hm_invite() -> bytes:
    plain = t("""
        Tomas Varga, you have been invited to the following event.

        Meridian Lantern - Hiring Manager Interview (Tomas Varga)
        Wednesday 21 Oct 2026 ⋅ 10:00 – 11:00 (Singapore Standard Time)

        Hi Tomas, looking forward to it! You'll be speaking with Darren Lim, our Head of Engineering. 10am SG = 11am in Tokyo. Please use the Meet link below. - Wei Ling

        Join with Google Meet
        meet.google.com/kfr-wqzt-ubn

        Join by phone
        (SG) +65 6932 1180 PIN: 401 557 229#

        More phone numbers: https://tel.meet/kfr-wqzt-ubn?pin=4015572293104

        Organiser
        Wei Ling Tan
        weiling.tan@meridianlantern.sg

        Guests
        Wei Ling Tan - organiser
        Darren Lim
        tomas.varga@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2Q4ZmNhMTI&tok=MjkjdmVpbGluZw&ctz=Asia%2FSingapore&hl=en_GB&es=1

        Reply for tomas.varga@example.org
        Yes
        No
        Maybe
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=M2Q4ZmNhMTI&tok=MjkjdmVpbGluZw&ctz=Asia%2FSingapore&hl=en_GB&es=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Tomas Varga, you have been invited to the following event.</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Meridian Lantern - Hiring Manager Interview (Tomas Varga)</h2>
        <div style="font-size:14px">Wednesday 21 Oct 2026 &#8901; 10:00 &ndash; 11:00 (Singapore Standard Time)</div>
        <p style="font-size:14px">Hi Tomas, looking forward to it! You'll be speaking with Darren Lim, our Head of Engineering. 10am SG = 11am in Tokyo. Please use the Meet link below. - Wei Ling</p>
        <a href="https://meet.google.com/kfr-wqzt-ubn?hs=224" style="background:#1a73e8;color:#fff;border-radius:4px;padding:10px 24px;text-decoration:none">Join with Google Meet</a>
        <div style="font-size:14px;margin-top:16px"><b>Organiser</b><br>Wei Ling Tan<br><a href="mailto:weiling.tan@meridianlantern.sg">weiling.tan@meridianlantern.sg</a></div>
        <div style="font-size:14px;margin-top:16px"><b>Guests</b><br>Wei Ling Tan - organiser<br>Darren Lim<br>tomas.varga@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261021T020000Z
        DTEND:20261021T030000Z
        DTSTAMP:20261016T074012Z
        ORGANIZER;CN=Wei Ling Tan:mailto:weiling.tan@meridianlantern.sg
        UID:3d8fca12b9e04f6c8a1d5e7b2c9f0a44@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wei Ling Tan;X-NUM-GUESTS=0:mailto:weiling.tan@meridianlantern.sg
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Darren Lim;X-NUM-GUESTS=0:mailto:darren.lim@meridianlantern.sg
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.varga@example.org;X-NUM-GUESTS=0:mailto:tomas.varga@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kfr-wqzt-ubn
        X-MICROSOFT-CDO-OWNERAPPTID:-1419825541
        CREATED:20261016T074010Z
        DESCRIPTION:Hi Tomas\, looking forward to it! You'll be speaking with Darren Lim\, our Head of Engineering. 10am SG = 11am in Tokyo. Please use the Meet link below. - Wei Ling\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kfr-wqzt-ubn\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261016T074011Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Meridian Lantern - Hiring Manager Interview (Tomas Varga)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Wei Ling Tan", "weiling.tan@meridianlantern.sg"),
              "Invitation: Meridian Lantern - Hiring Manager Interview (Tomas Varga) @ Wed 21 Oct 2026 "
              "10:00 - 11:00 (SGT) (tomas.varga@example.org)",
              "2026-10-16 15:40:14", SGT, "<calendar-7c2e1f9a-38d4-4b61-9e05-a8c13f2d6b90@google.com>",
              "mail-sor-f73.google.com", "209.85.220.73",
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="weiling.tan@meridianlantern.sg")
    return message(hs, body)


@mail(nm(3), family="hrmos", lang="ja", interview=True, kind="scheduled",
      start="2026-10-22T06:00:00Z", end="2026-10-22T07:00:00Z",
      contact="m.sato@minato-dataworks.co.jp", company="Minato Data Works",
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=JST,
      note="HRMOS 一次面接日程確定: 2026年10月22日（木）15:00〜16:00 JST = 06:00-07:00Z; Reply-To is the "
           "shared saiyo@ mailbox, so contact = the named recruiter's address in the body")
def minato_first_interview() -> bytes:
    body = t("""
        Tomas Varga 様

        この度は株式会社ミナトデータワークスの求人「バックエンドエンジニア（データ基盤）」にご応募いただき、誠にありがとうございます。

        書類選考の結果、ぜひ一次面接にお進みいただきたく、下記の通り日程が確定いたしましたのでご案内いたします。

        ━━━━━━━━━━━━━━━━━━━━
        ■選考ステップ：一次面接
        ■日時：2026年10月22日（木）15:00〜16:00
        ■形式：オンライン（Google Meet）
        ■URL：https://meet.google.com/qhx-ravd-tnp
        ■面接官：開発部 マネージャー 中村
        ━━━━━━━━━━━━━━━━━━━━

        ※面接は日本語・英語どちらでも対応可能です。
        ※当日、接続に不具合がございましたら下記担当までご連絡ください。

        担当：人事部 佐藤 美咲（m.sato@minato-dataworks.co.jp ／ 03-6453-2281）

        何卒よろしくお願いいたします。

        株式会社ミナトデータワークス 採用担当

        ※本メールはHRMOS採用より自動送信されています。
        """)
    hs = head(addr("株式会社ミナトデータワークス 採用担当", "noreply@hrmos.co"),
              "【ミナトデータワークス】一次面接日程確定のお知らせ", "2026-10-19 10:05:22", JST,
              "<20261019010522.3f81c0d2a7e94b15@hrmos.co>", "mail12.hrmos.co", "54.250.118.203",
              reply_to=addr("ミナトデータワークス 採用担当", "saiyo@minato-dataworks.co.jp"))
    return message(hs, text(body, cte="base64"))


@mail(nm(4), family="human_prose", lang="en+ja", interview=True, kind="scheduled",
      start="2026-10-27T09:30:00Z", end="2026-10-27T10:15:00Z",
      contact="yuto.mori@kanade.co.jp", company="Kanade",
      local="Tue 2026-10-27 18:30", local_end="2026-10-27 19:15", zone=JST,
      note="Engineering manager fixes a casual meeting (カジュアル面談) after a Wantedly message: "
           "'10/27 (Tue) 18:30-19:15 JST' = 09:30-10:15Z; coffee chat with the hiring manager counted as "
           "an interview stage; contact = sender")
def kanade_casual_meeting() -> bytes:
    body = t("""
        Hi Tomas-san,

        Thank you for your reply on Wantedly!
        I am Yuto Mori, engineering manager of the Kanade app team.

        Then, let's have a casual meeting (カジュアル面談) at below time.

        Date: 10/27 (Tue) 18:30-19:15 JST
        Place: Google Meet https://meet.google.com/vbe-kqso-wmd
        From us: Yuto Mori (EM), Shiori Abe (HR)

        It is not so formal, so please feel relax and bring any questions about our team and product.
        We can talk in English, but Japanese is also OK if you want to practice ;)

        I also sent you a calendar invite.

        Best regards,
        Yuto Mori
        Kanade Inc. / Engineering Manager
        """)
    hs = head(addr("Yuto Mori", "yuto.mori@kanade.co.jp"),
              "Casual meeting (カジュアル面談) with Kanade - 10/27", "2026-10-22 21:03:48", JST,
              "<CAJk3vQ+2u8rT0aZp9n1mXwbYHe4dL6sVq7fGc5K@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="8bit"))


@mail(nm(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T00:00:00Z", end="2026-11-04T01:00:00Z",
      contact="priscilla@nimbusharbor.com", company="Nimbus Harbor",
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone=JST,
      note="Ashby HTML-only confirmation showing the candidate's zone: Wed Nov 4 9:00-10:00 AM JST = "
           "00:00-01:00Z (Tue Nov 3 4pm PST in San Francisco, after US DST ended on Nov 1; the mail was "
           "sent in PDT); ICS in UTC; contact = Reply-To / ORGANIZER")
def nimbus_ashby() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f6f7f9">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2328">
        <tr><td style="padding:32px 32px 8px 32px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/5e1f0c2a.png" alt="Nimbus Harbor" height="28"></td></tr>
        <tr><td style="padding:8px 32px">
        <p>Hi Tomas,</p>
        <p>Your interview for <b>Software Engineer, Infrastructure</b> at Nimbus Harbor is scheduled. A calendar invite is attached; the details are below.</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e5e7eb;border-radius:6px;width:100%">
        <tr><td style="padding:12px 16px;color:#6b7280;width:90px">When</td><td style="padding:12px 16px">Wednesday, November 4, 2026<br>9:00 AM &ndash; 10:00 AM (GMT+09:00) Japan Standard Time</td></tr>
        <tr><td style="padding:12px 16px;color:#6b7280">Where</td><td style="padding:12px 16px"><a href="https://meet.google.com/owp-hzrc-jyd">meet.google.com/owp-hzrc-jyd</a></td></tr>
        <tr><td style="padding:12px 16px;color:#6b7280">With</td><td style="padding:12px 16px">Owen Castillo &middot; Engineering Manager, Compute</td></tr>
        </table>
        <p>This is a 60-minute conversation about your background and a systems problem you've worked on recently &ndash; no live coding.</p>
        <p>Need to make a change? Reply to this email and Priscilla will get back to you.</p>
        <p>Thanks,<br>Priscilla Nguyen<br>Recruiting, Nimbus Harbor</p>
        </td></tr>
        <tr><td style="padding:16px 32px 32px 32px;font-size:12px;color:#9ca3af">Sent with <a href="https://www.ashbyhq.com" style="color:#9ca3af">Ashby</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ashby//Ashby Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a1f09c3e-6b2d-4e8f-bc71-0d5e93a4f218@ashbyhq.com
        DTSTAMP:20261029T212004Z
        DTSTART:20261104T000000Z
        DTEND:20261104T010000Z
        SUMMARY:Interview: Tomas Varga <> Nimbus Harbor (Software Engineer\, Infrastructure)
        LOCATION:https://meet.google.com/owp-hzrc-jyd
        DESCRIPTION:Interviewer: Owen Castillo (Engineering Manager\, Compute)\nJoin: https://meet.google.com/owp-hzrc-jyd
        ORGANIZER;CN=Priscilla Nguyen:mailto:priscilla@nimbusharbor.com
        ATTENDEE;CN=Tomas Varga;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tomas.varga@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(html(page, cte="base64"),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    hs = head(addr("Nimbus Harbor", "no-reply@ashbyhq.com"),
              "Interview confirmed: Software Engineer, Infrastructure at Nimbus Harbor", "2026-10-29 14:20:04", PT,
              "<0101019a2f7c3b10-8e4d1a62-77c0-4f3e-a5b9-c1d20e6f4a83-000000@us-west-2.amazonses.com>",
              "a48-110.smtp-out.amazonses.com", "54.240.48.110",
              reply_to=addr("Priscilla Nguyen", "priscilla@nimbusharbor.com"))
    return message(hs, body)


@mail(nm(6), family="agency_reply", lang="en", interview=True, kind="scheduled",
      start="2026-10-23T02:00:00Z", end="2026-10-23T03:00:00Z",
      contact="rina.hayashi@bridgeway-talent.jp", company="Orca Mesh",
      local="Fri 2026-10-23 11:00", local_end="2026-10-23 12:00", zone=JST,
      note="Bilingual agency consultant replies on top of the quoted thread: client confirmed "
           "'10/23 (Fri) 11:00-12:00' at their Otemachi office = 02:00-03:00Z; hiring company = the "
           "client, contact = the consultant who sent it")
def bridgeway_orca_first() -> bytes:
    body = t("""
        Hi Tomas,

        Good news - Orca Mesh confirmed your 1st interview!

        Date/Time: 10/23 (Fri) 11:00-12:00
        Place: Orca Mesh Tokyo office, Otemachi Rise Tower 12F (1-7-2 Otemachi, Chiyoda-ku)
        Interviewers: Daniel Kerr (Engineering Manager), Haruka Ono (Senior Engineer)

        Pls go to the 12F reception about 10 min before and tell them you are there for Daniel. They will ask for a photo ID (residence card is fine).
        Interview is in English, mostly about your Go/Kafka experience + one small design question.

        I will give you a quick call on Thursday evening to prep, if that's ok.

        Best,
        Rina

        --
        Rina Hayashi 林 里奈
        Senior Consultant, Technology
        Bridgeway Talent K.K.
        M: 080-4417-2290

        On Mon, Oct 19, 2026 at 6:42 PM Tomas Varga <tomas.varga@example.org> wrote:
        > Hi Rina,
        >
        > Thanks for passing my CV to Orca Mesh. For the first interview, Friday morning would be best for me (10/23 from 10:00), otherwise 10/22 after 16:00.
        > In-person is fine.
        >
        > Thanks,
        > Tomas
        >
        > On Mon, Oct 19, 2026 at 11:20 AM Rina Hayashi <rina.hayashi@bridgeway-talent.jp> wrote:
        >> Hi Tomas,
        >> Orca Mesh would like to meet you! Could you send me a few slots for this week or next?
        >> Rina
        """)
    hs = head(addr("Rina Hayashi", "rina.hayashi@bridgeway-talent.jp"),
              "Re: Orca Mesh - Backend Engineer / interview slots", "2026-10-20 17:48:09", JST,
              "<TYAPR01MB58410C2E7D9F3A1B6E04C2D1A7@TYAPR01MB5841.jpnprd01.prod.outlook.com>",
              "TY3P286CU002.outbound.protection.outlook.com", "52.101.229.77",
              extra=(("In-Reply-To", "<CAF8x2Q7nH1rT@mail.gmail.com>"),
                     ("References", "<TYAPR01MB5841A0B3C9@TYAPR01MB5841.jpnprd01.prod.outlook.com> "
                                    "<CAF8x2Q7nH1rT@mail.gmail.com>"),
                     ("Thread-Topic", "Orca Mesh - Backend Engineer / interview slots"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body))


@mail(nm(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T06:00:00Z", end="2026-11-05T07:30:00Z",
      contact="daniel.kerr@orcamesh.co.jp", company="Orca Mesh",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:30", zone=JST,
      note="Exchange meeting request with Teams, TZID:Tokyo Standard Time; final interview 3:00-4:30 PM "
           "(UTC+09:00) Osaka, Sapporo, Tokyo = 06:00-07:30Z; contact = organizer (hiring manager)")
def orca_final_exchange() -> bytes:
    plain = t("""
        Hi Tomas,

        Thanks again for coming in last week - the team enjoyed it. As discussed with Rina, here is the invite for your final interview with our CTO, Martin Hale, and me.

        We'll do it on Teams since Martin is in Singapore that week. Plan for 90 minutes: 45 min architecture discussion, 30 min with Martin, 15 min Q&A.

        Best,
        Daniel

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4MmI0NjctYjMyMy00OWRhLWE2ZWQtNGQ1ZjE3ZDM3OGFl%40thread.v2/0?context=%7b%22Tid%22%3a%22c2b8e1f4%22%7d>
        Meeting ID: 418 227 905 613
        Passcode: Ka7tPw
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Tomas,</p>
        <p>Thanks again for coming in last week - the team enjoyed it. As discussed with Rina, here is the invite for your final interview with our CTO, Martin Hale, and me.</p>
        <p>We'll do it on Teams since Martin is in Singapore that week. Plan for 90 minutes: 45 min architecture discussion, 30 min with Martin, 15 min Q&amp;A.</p>
        <p>Best,<br>Daniel</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4MmI0NjctYjMyMy00OWRhLWE2ZWQtNGQ1ZjE3ZDM3OGFl%40thread.v2/0?context=%7b%22Tid%22%3a%22c2b8e1f4%22%7d" style="color:#6264a7">Click here to join the meeting</a>
        <div>Meeting ID: 418 227 905 613<br>Passcode: Ka7tPw</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_TOKYO_EXCHANGE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Daniel Kerr:mailto:daniel.kerr@orcamesh.co.jp
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.varga@example.org:mailto:tomas.varga@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martin Hale:mailto:martin.hale@orcamesh.co.jp
        DESCRIPTION;LANGUAGE=en-US:Hi Tomas\,\n\nThanks again for coming in last week - the team enjoyed it. As discussed with Rina\, here is the invite for your final interview with our CTO\, Martin Hale\, and me.\n\nWe'll do it on Teams since Martin is in Singapore that week. Plan for 90 minutes.\n\nBest\,\nDaniel\n
        UID:040000008200E00074C5B7101A82E008000000009C1F4E2B6A48DB01000000000000000010000000A3E9C7D14B2F0E4A8F61D05C7B93E2A1
        SUMMARY;LANGUAGE=en-US:Final interview - Tomas Varga (Backend Engineer)
        DTSTART;TZID=Tokyo Standard Time:20261105T150000
        DTEND;TZID=Tokyo Standard Time:20261105T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261030T020311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2123874512
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    body = alt(text(plain), html(page), calendar(ics, cte="base64"))
    hs = head(addr("Daniel Kerr", "daniel.kerr@orcamesh.co.jp"),
              "Final interview - Tomas Varga (Backend Engineer)", "2026-10-30 11:03:11", JST,
              "<OS3P286MB2174E8C1A09B4F7D2C5E3A6B91D4@OS3P286MB2174.JPNP286.PROD.OUTLOOK.COM>",
              "OS0P286CU010.outbound.protection.outlook.com", "52.101.156.41",
              extra=(("Thread-Topic", "Final interview - Tomas Varga (Backend Engineer)"),
                     ("Thread-Index", "AdtJf2kQ0a7X9c1ZS3mPq2b8Yk4R1w=="),
                     ("Accept-Language", "en-US, ja-JP"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, body)


@mail(nm(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T01:00:00Z", end="2026-10-30T01:30:00Z",
      contact="megan.ruiz@quillfeather.io", company="Quillfeather",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 10:30", zone=JST,
      note="Calendly invitee confirmation in the invitee's zone: 10:00am - 10:30am (Japan Standard Time), "
           "Friday, October 30 = 01:00-01:30Z; hiring-manager intro call; contact = Reply-To host")
def quillfeather_calendly() -> bytes:
    plain = t("""
        Hi Tomas Varga,

        A new event has been scheduled.

        Event Type:
        Quillfeather - Intro with Hiring Manager (30 min)

        Invitee:
        Tomas Varga

        Invitee Email:
        tomas.varga@example.org

        Event Date/Time:
        10:00am - 10:30am (Japan Standard Time), Friday, October 30, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://quillfeather.zoom.us/j/86120447719?pwd=Rk9xZ0FqQ2t2
        Meeting ID: 861 2044 7719
        Passcode: 318244

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Tokyo, so mornings JST are easiest for me. Thanks!

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913
        Reschedule: https://calendly.com/reschedulings/6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#4d5055">
        <p>Hi Tomas Varga,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Quillfeather - Intro with Hiring Manager (30 min)</p>
        <p><b>Invitee:</b><br>Tomas Varga</p>
        <p><b>Invitee Email:</b><br><a href="mailto:tomas.varga@example.org">tomas.varga@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Japan Standard Time), Friday, October 30, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://quillfeather.zoom.us/j/86120447719?pwd=Rk9xZ0FqQ2t2">https://quillfeather.zoom.us/j/86120447719</a><br>Meeting ID: 861 2044 7719<br>Passcode: 318244</p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>I'm based in Tokyo, so mornings JST are easiest for me. Thanks!</p>
        <p><a href="https://calendly.com/cancellations/6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913@calendly.com
        DTSTAMP:20261025T231455Z
        DTSTART:20261030T010000Z
        DTEND:20261030T013000Z
        SUMMARY:Tomas Varga and Megan Ruiz
        DESCRIPTION:Event Name: Quillfeather - Intro with Hiring Manager (30 min)\n\nLocation: https://quillfeather.zoom.us/j/86120447719\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/6b1e0d2f-3a9c-4d57-8e41-f0c7a2b5e913
        LOCATION:https://quillfeather.zoom.us/j/86120447719?pwd=Rk9xZ0FqQ2t2
        ORGANIZER;CN=Megan Ruiz:mailto:megan.ruiz@quillfeather.io
        ATTENDEE;CN=Tomas Varga;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tomas.varga@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Quillfeather - Intro with Hiring Manager (30 min) with Megan Ruiz on Friday, "
              "October 30, 2026", "2026-10-25 23:14:55", "UTC",
              "<20261025231455.1.7f2c0b8e9d41a3e6@mg.calendly.com>", "mg-d0.calendly.com", "198.61.254.19",
              reply_to=addr("Megan Ruiz", "megan.ruiz@quillfeather.io"))
    return message(hs, body)


@mail(nm(9), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T01:00:00Z", end="2026-11-03T02:00:00Z",
      contact="marisol.ortega@fennecsystems.com", company="Fennec Systems",
      local="Mon 2026-11-02 17:00", local_end="2026-11-02 18:00", zone=PT,
      note="Lever confirmation sent in PDT (Oct 28) for Monday, November 2, 5:00 PM - 6:00 PM PST: US DST "
           "ended Nov 1, so UTC-8 -> 01:00-02:00Z Nov 3 (Tue 10:00 JST, as the recruiter notes); "
           "contact = Reply-To")
def fennec_lever() -> bytes:
    plain = t("""
        Hi Tomas,

        Thanks for making time to speak with us! Here are the details for your upcoming interview with Fennec Systems.

        Position: Senior Software Engineer, Data Platform
        Interview: Technical Screen (60 min)
        When: Monday, November 2, 2026 5:00 PM - 6:00 PM PST
        Where: Zoom - https://fennecsystems.zoom.us/j/93307716250
        Interviewer: Marcus Bell, Staff Engineer

        A note from Marisol: For you in Tokyo this is Tuesday morning, Nov 3 at 10 AM. Our clocks go back on Nov 1, so your calendar may show it an hour different from our earlier chats - the time above is the right one.

        You'll pair with Marcus in CoderPad on a data-processing problem; any language is fine.

        If you need to reschedule, just reply to this email.

        Best,
        Marisol Ortega
        Technical Recruiter, Fennec Systems
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tomas,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview with Fennec Systems.</p>
        <table style="font-size:14px" cellpadding="4">
        <tr><td><b>Position</b></td><td>Senior Software Engineer, Data Platform</td></tr>
        <tr><td><b>Interview</b></td><td>Technical Screen (60 min)</td></tr>
        <tr><td><b>When</b></td><td>Monday, November 2, 2026 5:00 PM - 6:00 PM PST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://fennecsystems.zoom.us/j/93307716250">Zoom</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Marcus Bell, Staff Engineer</td></tr>
        </table>
        <p><i>A note from Marisol:</i> For you in Tokyo this is Tuesday morning, Nov 3 at 10 AM. Our clocks go back on Nov 1, so your calendar may show it an hour different from our earlier chats - the time above is the right one.</p>
        <p>You'll pair with Marcus in CoderPad on a data-processing problem; any language is fine.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Marisol Ortega<br>Technical Recruiter, Fennec Systems</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    hs = head(addr("Fennec Systems", "no-reply@hire.lever.co"),
              "Your interview with Fennec Systems - Monday, November 2", "2026-10-28 11:30:26", PT,
              "<6f0e1d2c3b4a5968.1793212226@hire.lever.co>", "mail-a.hire.lever.co", "34.212.65.18",
              reply_to=addr("Marisol Ortega", "marisol.ortega@fennecsystems.com"))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(10), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T00:00:00Z", end=None,
      contact="jared@brightline-analytics.com", company="Brightline Analytics",
      local="Thu 2026-10-29 20:00", zone=ET,
      note="Hiring manager's phone reply on top of the candidate's mail: 'Thursday 8pm ET' resolved "
           "against the Date (Mon Oct 26, EDT) = Thu Oct 29 20:00 EDT = 00:00Z Oct 30 (Fri 9am Tokyo); "
           "no length stated; contact = sender")
def brightline_intro() -> bytes:
    body = t("""
        Thursday 8pm ET works great on my end - thats 9am Fri for you if my math is right. Sent u an invite, zoom link is in ther. Talk then!

        J

        Sent from my iPhone

        > On Oct 26, 2026, at 8:51 AM, Tomas Varga <tomas.varga@example.org> wrote:
        >
        > Hi Jared,
        >
        > Thanks for reaching out, I'd love to learn more about the analytics platform role. I'm in Tokyo (13h ahead of you), so evenings ET are best for me. Thursday 8pm ET or Friday 7pm ET would both work.
        >
        > Best,
        > Tomas
        >
        >> On Oct 24, 2026, at 10:02 PM, Jared Whitfield <jared@brightline-analytics.com> wrote:
        >>
        >> Hey Tomas - Jared here, I run the data platform team at Brightline. Saw your profile via Dana. Up for a 30 min chat next week?
        """)
    hs = head(addr("Jared Whitfield", "jared@brightline-analytics.com"),
              "Re: Brightline <> Tomas", "2026-10-26 09:15:40", ET,
              "<5A7C2E1B-94D3-4F0A-B8E6-1D2C3F4A5B6C@brightline-analytics.com>",
              "mail-sor-f69.google.com", "209.85.220.69",
              extra=(("In-Reply-To", "<CAF8x2Q9pLm3Vb@mail.gmail.com>"),
                     ("References", "<8E2F1A0C-6B7D-4C3E-9A1F-2D3E4F5A6B7C@brightline-analytics.com> "
                                    "<CAF8x2Q9pLm3Vb@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="7bit"))


@mail(nm(11), family="herp", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T04:00:00Z", end="2026-11-10T05:00:00Z",
      contact="mao.kobayashi@tsubamepay.jp", company="Tsubame Pay",
      local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone=JST,
      note="HERP notice in simple English from a Japanese fintech: 'Date: 2026/11/10 (Tue) 13:00-14:00 "
           "(JST)' = 04:00-05:00Z; Reply-To is a HERP relay, so contact = the recruiter's address in "
           "the signature")
def tsubame_herp() -> bytes:
    plain = t("""
        Dear Tomas Varga,

        Thank you very much for your application to Tsubame Pay.
        We are pleased to inform you that the schedule of your first interview is fixed as below.

        ----------------------------------------
        Position : Software Engineer (Backend / Go)
        Date : 2026/11/10 (Tue) 13:00-14:00 (JST)
        Place : Tsubame Pay office
                Shibuya Sakuragaoka Bldg. 9F, 2-14-5 Sakuragaoka-cho, Shibuya-ku, Tokyo
        Interviewer : Kohei Ishikawa (VPoE), Mao Kobayashi (HR)
        ----------------------------------------

        * Please tell the reception on 9F your name.
        * If you prefer to join online, please let us know by replying to this e-mail.

        We are looking forward to meeting you.

        Best regards,

        Mao Kobayashi
        Talent Acquisition, Tsubame Pay Inc.
        mao.kobayashi@tsubamepay.jp

        ※このメールはHERP Hireから送信されています。
        """)
    page = t("""
        <html><body style="font-family:'Hiragino Sans','Noto Sans JP',sans-serif;font-size:14px;line-height:1.7">
        <p>Dear Tomas Varga,</p>
        <p>Thank you very much for your application to Tsubame Pay.<br>
        We are pleased to inform you that the schedule of your first interview is fixed as below.</p>
        <p>----------------------------------------<br>
        Position : Software Engineer (Backend / Go)<br>
        Date : 2026/11/10 (Tue) 13:00-14:00 (JST)<br>
        Place : Tsubame Pay office<br>
        &nbsp;&nbsp;Shibuya Sakuragaoka Bldg. 9F, 2-14-5 Sakuragaoka-cho, Shibuya-ku, Tokyo<br>
        Interviewer : Kohei Ishikawa (VPoE), Mao Kobayashi (HR)<br>
        ----------------------------------------</p>
        <p>* Please tell the reception on 9F your name.<br>
        * If you prefer to join online, please let us know by replying to this e-mail.</p>
        <p>We are looking forward to meeting you.</p>
        <p>Best regards,</p>
        <p>Mao Kobayashi<br>Talent Acquisition, Tsubame Pay Inc.<br>mao.kobayashi@tsubamepay.jp</p>
        <p style="color:#999;font-size:12px">※このメールはHERP Hireから送信されています。</p>
        </body></html>
        """)
    hs = head(addr("Tsubame Pay 採用担当", "no-reply@mail.herp.cloud"),
              "[Tsubame Pay] Your first interview schedule (11/10)", "2026-11-04 16:30:51", JST,
              "<01060194e2b1c7d4-0a3f5e21-8b6c-4d9e-a1f0-7c2b3e4d5f60-000000@ap-northeast-1.amazonses.com>",
              "e226-14.smtp-out.ap-northeast-1.amazonses.com", "23.251.226.14",
              reply_to="tsubamepay+c-7f3e91a2@reply.herp.cloud")
    return message(hs, alt(text(plain), html(page)))


@mail(nm(12), family="green_jp", lang="ja", interview=True, kind="scheduled",
      start="2026-11-06T07:00:00Z", end="2026-11-06T08:00:00Z", contact=None, company="Shiokaze Games",
      local="Fri 2026-11-06 16:00", local_end="2026-11-06 17:00", zone=JST,
      note="Green (job site) notice 面接日程が確定しました: 2026年11月6日（金）16:00〜17:00 = 07:00-08:00Z; "
           "only platform addresses, no human one -> contact null")
def green_shiokaze() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#333;line-height:1.8">
        <tr><td style="background:#00a85a;padding:12px 24px;color:#fff;font-weight:bold;font-size:18px">Green</td></tr>
        <tr><td style="padding:24px">
        <p>Tomas Varga さん</p>
        <p>株式会社シオカゼゲームスとの面接日程が確定しました。<br>当日は時間に余裕を持ってご準備ください。</p>
        <table cellpadding="6" style="border-collapse:collapse;width:100%;font-size:14px">
        <tr><td style="background:#f6f6f6;width:120px">企業名</td><td>株式会社シオカゼゲームス</td></tr>
        <tr><td style="background:#f6f6f6">求人</td><td>サーバーサイドエンジニア（Go / ゲームバックエンド）</td></tr>
        <tr><td style="background:#f6f6f6">選考ステップ</td><td>一次面接</td></tr>
        <tr><td style="background:#f6f6f6">日時</td><td>2026年11月6日（金）16:00〜17:00</td></tr>
        <tr><td style="background:#f6f6f6">面接形式</td><td>オンライン（Zoom）<br>※URLは企業からのメッセージをご確認ください</td></tr>
        </table>
        <p style="text-align:center;margin:24px 0"><a href="https://www.green-japan.com/mypage/messages/8841027" style="background:#00a85a;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none">メッセージを確認する</a></p>
        <p style="font-size:12px;color:#888">日程の変更・辞退をご希望の場合は、マイページのメッセージから企業へご連絡ください。</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#999;border-top:1px solid #eee">
        このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
        IT/Web業界の転職・求人サイト Green<br>
        配信設定の変更：https://www.green-japan.com/mypage/settings/mail
        </td></tr></table></body></html>
        """)
    hs = head(addr("Green", "noreply@green-japan.com"), "【Green】面接日程が確定しました（株式会社シオカゼゲームス）",
              "2026-11-02 12:00:43", JST, "<20261102030043.8841027.7c1d@green-japan.com>",
              "mta02.green-japan.com", "203.0.113.45")
    return message(hs, html(page, cte="base64"))


@mail(nm(13), family="google_calendar", lang="ja", interview=True, kind="scheduled",
      start="2026-11-11T02:00:00Z", end="2026-11-11T03:00:00Z",
      contact="naoko.fujii@hoshi-robotics.com", company="Hoshi Robotics",
      local="Wed 2026-11-11 11:00", local_end="2026-11-11 12:00", zone=JST,
      note="Google Calendar invitation with Japanese UI strings: 2026年11月11日 (水) 11:00～12:00 (日本標準時) "
           "= 02:00-03:00Z; ICS in UTC; contact = organizer (recruiter)")
def hoshi_second_gcal() -> bytes:
    plain = t("""
        Tomas Varga さん、次の予定に招待されました。

        【Hoshi Robotics】二次面接 / Tomas Varga さん
        2026年11月11日 (水) ⋅ 11:00～12:00 (日本標準時)

        Tomas-san, thank you for the first interview. This is the 2nd interview with our robotics software team (Kobayashi, Wright). Technical discussion + live coding, in English.

        Google Meet に参加する
        meet.google.com/ytp-zmsw-cfa

        電話で参加
        (JP) +81 3-4520-8811 PIN: 882 104 557#

        その他の電話番号: https://tel.meet/ytp-zmsw-cfa?pin=8821045573710

        主催者
        Naoko Fujii
        naoko.fujii@hoshi-robotics.com

        ゲスト
        Naoko Fujii - 主催者
        Takeshi Kobayashi
        Liam Wright
        tomas.varga@example.org
        すべてのゲスト情報を表示 https://calendar.google.com/calendar/event?action=VIEW&eid=NWM0YjFlOGQ&tok=MjAjbmFva28&ctz=Asia%2FTokyo&hl=ja&es=1

        tomas.varga@example.org への返信
        はい
        いいえ
        未定
        その他のオプション https://calendar.google.com/calendar/event?action=VIEW&eid=NWM0YjFlOGQ&tok=MjAjbmFva28&ctz=Asia%2FTokyo&hl=ja&es=1

        招待状: Google カレンダー https://calendar.google.com/calendar/

        このメールは、予定の参加者であるあなたに送信されています。今後、この予定の最新情報を受け取らないようにするには、この予定を辞退してください。
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:'Google Sans',Roboto,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Tomas Varga さん、次の予定に招待されました。</p>
        <h2 style="font-size:22px;font-weight:400">【Hoshi Robotics】二次面接 / Tomas Varga さん</h2>
        <div style="font-size:14px">2026年11月11日 (水) &#8901; 11:00～12:00 (日本標準時)</div>
        <p style="font-size:14px">Tomas-san, thank you for the first interview. This is the 2nd interview with our robotics software team (Kobayashi, Wright). Technical discussion + live coding, in English.</p>
        <a href="https://meet.google.com/ytp-zmsw-cfa?hs=224" style="background:#1a73e8;color:#fff;border-radius:4px;padding:10px 24px;text-decoration:none">Google Meet に参加する</a>
        <div style="font-size:14px;margin-top:16px"><b>主催者</b><br>Naoko Fujii<br><a href="mailto:naoko.fujii@hoshi-robotics.com">naoko.fujii@hoshi-robotics.com</a></div>
        <div style="font-size:14px;margin-top:16px"><b>ゲスト</b><br>Naoko Fujii - 主催者<br>Takeshi Kobayashi<br>Liam Wright<br>tomas.varga@example.org</div>
        <p style="font-size:12px;color:#70757a">招待状: Google カレンダー</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261111T020000Z
        DTEND:20261111T030000Z
        DTSTAMP:20261105T092017Z
        ORGANIZER;CN=Naoko Fujii:mailto:naoko.fujii@hoshi-robotics.com
        UID:5c4b1e8d0a9f4e27b3c6d1e2f8a7b905@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Naoko Fujii;X-NUM-GUESTS=0:mailto:naoko.fujii@hoshi-robotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Takeshi Kobayashi;X-NUM-GUESTS=0:mailto:takeshi.kobayashi@hoshi-robotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Wright;X-NUM-GUESTS=0:mailto:liam.wright@hoshi-robotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.varga@example.org;X-NUM-GUESTS=0:mailto:tomas.varga@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ytp-zmsw-cfa
        CREATED:20261105T092015Z
        DESCRIPTION:Tomas-san\, thank you for the first interview. This is the 2nd interview with our robotics software team (Kobayashi\, Wright). Technical discussion + live coding\, in English.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nGoogle Meet に参加する: https://meet.google.com/ytp-zmsw-cfa\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261105T092016Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:【Hoshi Robotics】二次面接 / Tomas Varga さん
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain, cte="base64"), html(page, cte="base64"), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Naoko Fujii", "naoko.fujii@hoshi-robotics.com"),
              "招待: 【Hoshi Robotics】二次面接 / Tomas Varga さん @ 2026年11月11日 (水) 11:00～12:00 (JST) "
              "(tomas.varga@example.org)", "2026-11-05 18:20:17", JST,
              "<calendar-0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b@google.com>",
              "mail-sor-f69.google.com", "209.85.220.69",
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="naoko.fujii@hoshi-robotics.com")
    return message(hs, body)


@mail(nm(14), family="zoom", lang="ja", interview=True, kind="scheduled",
      start="2026-11-12T01:00:00Z", end=None,
      contact="shota.endo@ryokucha-health.jp", company="Ryokucha Health",
      local="Thu 2026-11-12 10:00", zone=JST,
      note="Japanese recruiter mail with a pasted Zoom invitation: 11月12日（木）10:00〜 / 'Nov 12, 2026 "
           "10:00 AM Osaka, Sapporo, Tokyo' = 01:00Z; '1時間程度' (about an hour) -> end null; "
           "contact = sender")
def ryokucha_zoom() -> bytes:
    body = t("""
        Tomas Varga 様

        お世話になっております。
        株式会社緑茶ヘルス 人事部の遠藤です。

        この度は一次面接の日程をご調整いただき、ありがとうございました。
        下記の日程にて確定いたしましたので、ご連絡いたします。

        日時：11月12日（木）10:00〜
        所要時間：1時間程度
        形式：Zoom（カメラオンでお願いいたします）
        面接官：プロダクト開発部 部長 石田、人事部 遠藤

        当日は下記URLよりご参加ください。
        英語での面接をご希望の場合は、事前にお知らせいただけますと幸いです。

        ----------------------------------------
        遠藤 翔太 is inviting you to a scheduled Zoom meeting.

        Topic: 【緑茶ヘルス】一次面接 Tomas Varga様
        Time: Nov 12, 2026 10:00 AM Osaka, Sapporo, Tokyo

        Join Zoom Meeting
        https://us06web.zoom.us/j/84411290357?pwd=bXk4RmJ2aDNQcW5KY0dyT0hYc3hUQT09

        Meeting ID: 844 1129 0357
        Passcode: 591820
        ----------------------------------------

        何卒よろしくお願いいたします。

        ――――――――――――――――
        株式会社緑茶ヘルス 人事部 採用グループ
        遠藤 翔太（Shota Endo）
        shota.endo@ryokucha-health.jp
        〒103-0027 東京都中央区日本橋2-3-4 日本橋グリーンビル6F
        ――――――――――――――――
        """)
    hs = head(addr("遠藤 翔太", "shota.endo@ryokucha-health.jp"), "【緑茶ヘルス】一次面接のご案内（11/12）",
              "2026-11-06 13:45:30", JST,
              "<TYWPR01MB9921F0A8C3B7D6E5A4F21C0B9E8D@TYWPR01MB9921.jpnprd01.prod.outlook.com>",
              "TYVP286CU001.outbound.protection.outlook.com", "52.101.228.12",
              extra=(("Content-Language", "ja-JP"),))
    return message(hs, text(body))


@mail(nm(15), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-11-13T05:00:00Z", end="2026-11-13T06:00:00Z",
      contact="emma.sato@kitsune-mobility.com", company="Kitsune Mobility",
      local="Fri 2026-11-13 14:00", local_end="2026-11-13 15:00", zone=JST,
      note="Candidate forwards a Workday 'Interview Scheduled' mail from his other address to himself: "
           "11/13/2026 2:00 PM - 3:00 PM (GMT+09:00) Japan Standard Time = 05:00-06:00Z; sender is the "
           "candidate, Workday is a system mailbox, contact = the recruiter named in the forwarded body")
def kitsune_workday_fwd() -> bytes:
    body = t("""
        for the calendar - fri 2pm, kitsune (teams link comes later)

        ---------- Forwarded message ---------
        From: Kitsune Mobility <kitsunemobility@myworkday.com>
        Date: Mon, Nov 9, 2026 at 9:58 AM
        Subject: Interview Scheduled - Software Engineer, Platform (R-10482)
        To: <tomas.varga@example.com>


        Dear Tomas,

        Your interview for the Software Engineer, Platform (R-10482) position has been scheduled.

        Interview Details
        Date: 11/13/2026
        Time: 2:00 PM - 3:00 PM (GMT+09:00) Japan Standard Time
        Location: Microsoft Teams (a calendar invitation with the meeting link will follow)
        Interviewers: Hannah Brooks, Director of Platform Engineering; Takumi Ueda, Senior Software Engineer

        You can review your application and interview details in your candidate home:
        https://kitsunemobility.wd3.myworkdayjobs.com/en-US/Careers/userHome

        If you have any questions, please contact your recruiter, Emma Sato, at emma.sato@kitsune-mobility.com.

        Kind regards,
        Kitsune Mobility Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = head(addr(ME_NAME, "tomas.varga@example.com"),
              "Fwd: Interview Scheduled - Software Engineer, Platform (R-10482)", "2026-11-09 21:30:02", JST,
              "<CAF8x2Q_kRt7wWz1nP0aB3dE5fG7hJ9kL2mN4pQ6r@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body))


@mail(nm(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T06:00:00Z", end="2026-11-16T07:30:00Z",
      contact="weiling.tan@meridianlantern.sg", company="Meridian Lantern",
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:30", zone=SGT,
      note="Singapore recruiter confirms the technical round: 'Mon 16 Nov, 2pm-3:30pm SGT (3pm-4:30pm "
           "Tokyo)' = 06:00-07:30Z; contact = sender")
def meridian_technical() -> bytes:
    body = t("""
        Hi Tomas,

        Great news - Darren would like you to move on to the technical round. Thanks for sending your availability; I've locked this in:

        Mon 16 Nov, 2pm - 3:30pm SGT (3pm - 4:30pm Tokyo)
        - 60 min live coding with Arjun Pillai (Senior Engineer)
        - 30 min system design with Siew Mei Goh (Principal Engineer)

        The Meet link will come in a separate calendar invite from me. For the coding part we use CoderPad; please make sure it runs in your browser beforehand.

        Any questions, just shout.

        Cheers,
        Wei Ling

        Tan Wei Ling
        Talent Acquisition Lead
        Meridian Lantern Pte. Ltd.
        71 Robinson Road, #14-01, Singapore 068895
        """)
    hs = head(addr("Wei Ling Tan", "weiling.tan@meridianlantern.sg"),
              "Meridian Lantern - technical round confirmed", "2026-11-10 17:05:33", SGT,
              "<CAHx7mQ3wK9pZ2vB6nT1yR8sD4fG0hJ5kL7@mail.gmail.com>",
              "mail-sor-f73.google.com", "209.85.220.73")
    return message(hs, gm(body, cte="7bit"))


# =========================================================================== positives: rescheduled


@mail(nm(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T07:00:00Z", end="2026-11-02T08:00:00Z",
      contact="aya.kimura@sakuraledger.co.jp", company="Sakura Ledger",
      local="Mon 2026-11-02 16:00", local_end="2026-11-02 17:00", zone=JST,
      note="Recruiter moves the technical interview from Thursday 10/29 16:00 to 'Monday 11/2, 16:00-17:00 "
           "JST' = 07:00-08:00Z (new time); contact = sender")
def sakura_moved() -> bytes:
    body = t("""
        Hi Tomas,

        Sorry for the last-minute change! Kenji, our tech lead, is out sick this week, so I've moved your technical interview from Thursday (10/29) to

        Monday 11/2, 16:00-17:00 JST

        Same format and same Google Meet link; the updated invite should already be in your calendar. Ryo will join as well.

        If Monday doesn't work for you, let me know and we'll find another slot.

        Thanks for your flexibility,
        Aya

        Aya Kimura
        Talent Acquisition Partner | Sakura Ledger K.K.
        """)
    hs = head(addr("Aya Kimura", "aya.kimura@sakuraledger.co.jp"),
              "Change of date: your technical interview at Sakura Ledger", "2026-10-27 19:40:55", JST,
              "<CAKw5nV2yT8rP4qZ0mB7cX3dF6gH9jL1nR5s@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-06T00:00:00Z", end="2026-11-06T01:00:00Z",
      contact="dana.pruitt@brightline-analytics.com", company="Brightline Analytics",
      local="Thu 2026-11-05 19:00", local_end="2026-11-05 20:00", zone=ET,
      note="Google Calendar 'Updated invitation', time changed from Wed Nov 4 to Thu Nov 5 7pm-8pm Eastern "
           "(EST since Nov 1) = 00:00-01:00Z Nov 6; ICS TZID America/New_York, SEQUENCE:1; contact = "
           "organizer")
def brightline_panel_update() -> bytes:
    plain = t("""
        This event has been updated
        Changed: date

        Brightline Analytics - Technical Panel (Tomas Varga)
        Thursday 5 Nov 2026 ⋅ 7pm – 8pm (Eastern Time - New York)
        was: Wednesday 4 Nov 2026 ⋅ 7pm – 8pm

        Hi Tomas - one of the panelists is flying on Wednesday, so we've pushed the panel by a day. Same Zoom. Thanks for bearing with us! - Dana

        Join Zoom Meeting
        https://brightline.zoom.us/j/97714402281?pwd=QmZ3aW5ZeDFvR0h2

        Organizer
        Dana Pruitt
        dana.pruitt@brightline-analytics.com

        Guests
        Dana Pruitt - organizer
        Jared Whitfield
        Anika Rao
        Ben Sorensen
        tomas.varga@example.org

        Reply for tomas.varga@example.org
        Yes
        No
        Maybe
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=N2QxYzk0ZTI&tok=MjUjZGFuYQ&ctz=America%2FNew_York&hl=en&es=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px"><b>This event has been updated</b><br>Changed: date</p>
        <h2 style="font-size:22px;font-weight:400">Brightline Analytics - Technical Panel (Tomas Varga)</h2>
        <div style="font-size:14px"><span style="background:#e6f4ea">Thursday 5 Nov 2026 &#8901; 7pm &ndash; 8pm (Eastern Time - New York)</span><br><span style="text-decoration:line-through;color:#70757a">Wednesday 4 Nov 2026 &#8901; 7pm &ndash; 8pm</span></div>
        <p style="font-size:14px">Hi Tomas - one of the panelists is flying on Wednesday, so we've pushed the panel by a day. Same Zoom. Thanks for bearing with us! - Dana</p>
        <p style="font-size:14px"><a href="https://brightline.zoom.us/j/97714402281?pwd=QmZ3aW5ZeDFvR0h2">Join Zoom Meeting</a></p>
        <div style="font-size:14px"><b>Organizer</b><br>Dana Pruitt<br><a href="mailto:dana.pruitt@brightline-analytics.com">dana.pruitt@brightline-analytics.com</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261105T190000
        DTEND;TZID=America/New_York:20261105T200000
        DTSTAMP:20261102T153012Z
        ORGANIZER;CN=Dana Pruitt:mailto:dana.pruitt@brightline-analytics.com
        UID:7d1c94e2a3b54f0e9c8d7e6f5a4b3c21@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Pruitt;X-NUM-GUESTS=0:mailto:dana.pruitt@brightline-analytics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jared Whitfield;X-NUM-GUESTS=0:mailto:jared@brightline-analytics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anika Rao;X-NUM-GUESTS=0:mailto:anika.rao@brightline-analytics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ben Sorensen;X-NUM-GUESTS=0:mailto:ben.sorensen@brightline-analytics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=tomas.varga@example.org;X-NUM-GUESTS=0:mailto:tomas.varga@example.org
        CREATED:20261028T184402Z
        DESCRIPTION:Hi Tomas - one of the panelists is flying on Wednesday\, so we've pushed the panel by a day. Same Zoom. Thanks for bearing with us! - Dana\n\nJoin Zoom Meeting\nhttps://brightline.zoom.us/j/97714402281?pwd=QmZ3aW5ZeDFvR0h2
        LAST-MODIFIED:20261102T153011Z
        LOCATION:https://brightline.zoom.us/j/97714402281?pwd=QmZ3aW5ZeDFvR0h2
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Brightline Analytics - Technical Panel (Tomas Varga)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Dana Pruitt", "dana.pruitt@brightline-analytics.com"),
              "Updated invitation: Brightline Analytics - Technical Panel (Tomas Varga) @ Thu 5 Nov 2026 "
              "7pm - 8pm (EST) (tomas.varga@example.org)", "2026-11-02 10:30:12", ET,
              "<calendar-2b7e4c19-d05a-4f83-9e61-c8a7b3f2d410@google.com>",
              "mail-sor-f73.google.com", "209.85.220.73",
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="dana.pruitt@brightline-analytics.com")
    return message(hs, body)


@mail(nm(19), family="human_prose", lang="ja", interview=True, kind="rescheduled",
      start="2026-11-19T05:00:00Z", end="2026-11-19T06:00:00Z",
      contact="m.sato@minato-dataworks.co.jp", company="Minato Data Works",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=JST,
      note="Japanese recruiter (ISO-2022-JP) changes the second interview: 変更前 11月17日（火）10:00〜11:00, "
           "変更後 2026年11月19日（木）14:00〜15:00 = 05:00-06:00Z (new time); contact = sender")
def minato_second_moved() -> bytes:
    body = t("""
        Tomas Varga 様

        いつもお世話になっております。
        株式会社ミナトデータワークス 人事部 採用担当の佐藤でございます。

        先日ご案内いたしました二次面接につきまして、
        面接官の業務都合により、誠に勝手ながら日程を下記の通り変更させていただきました。
        直前のご連絡となり、大変申し訳ございません。

        【変更前】2026年11月17日（火）10:00〜11:00
        【変更後】2026年11月19日（木）14:00〜15:00

        場所：弊社本社 7階受付（東京都港区芝浦3-9-1 芝浦ベイサイドビル）
        面接官：開発本部長 山口、テックリード 中村

        ※面接は対面となります。受付にてお名前をお伝えください。
        ※変更後の日程でご都合が悪い場合は、お手数ですが本メールにご返信ください。

        当日はどうぞよろしくお願いいたします。

        --
        株式会社ミナトデータワークス 人事部
        佐藤 美咲（Misaki Sato）
        TEL: 03-6453-2281
        Mail: m.sato@minato-dataworks.co.jp
        """)
    hs = head(addr("佐藤 美咲", "m.sato@minato-dataworks.co.jp", charset="iso-2022-jp"),
              "【日程変更】二次面接のご案内（株式会社ミナトデータワークス）", "2026-11-13 15:10:06", JST,
              "<000501db2f3a$7c1e9a40$74b4dec0$@minato-dataworks.co.jp>",
              "smtp04.minato-dataworks.co.jp", "203.0.113.118", cs="iso-2022-jp",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")))
    return message(hs, text(body, charset="iso-2022-jp", cte="7bit"))


@mail(nm(20), family="calendly", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T00:00:00Z", end="2026-11-03T00:30:00Z",
      contact="megan.ruiz@quillfeather.io", company="Quillfeather",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=JST,
      note="Calendly 'rescheduled' notice (host rescheduled): former Friday Oct 30 10:00am JST, updated "
           "9:00am - 9:30am (Japan Standard Time), Tuesday, November 3 = 00:00-00:30Z (Monday afternoon "
           "for the host in PST); contact = Reply-To host")
def quillfeather_rescheduled() -> bytes:
    plain = t("""
        Hi Tomas Varga,

        Your event has been rescheduled by Megan Ruiz.

        Event Type:
        Quillfeather - Intro with Hiring Manager (30 min)

        Invitee:
        Tomas Varga

        Former:
        10:00am - 10:30am (Japan Standard Time), Friday, October 30, 2026

        Updated:
        9:00am - 9:30am (Japan Standard Time), Tuesday, November 3, 2026

        Reason for rescheduling:
        "So sorry Tomas - something came up Thursday evening my time. Moving us to Monday (your Tuesday morning). Same Zoom!"

        Location:
        https://quillfeather.zoom.us/j/86120447719?pwd=Rk9xZ0FqQ2t2

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0f4c9a7e-5d21-4b8e-a3f6-2c1d7e9b0a58
        Reschedule: https://calendly.com/reschedulings/0f4c9a7e-5d21-4b8e-a3f6-2c1d7e9b0a58

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#4d5055">
        <p>Hi Tomas Varga,</p>
        <p>Your event has been rescheduled by Megan Ruiz.</p>
        <p><b>Event Type:</b><br>Quillfeather - Intro with Hiring Manager (30 min)</p>
        <p><b>Invitee:</b><br>Tomas Varga</p>
        <p><b>Former:</b><br><s>10:00am - 10:30am (Japan Standard Time), Friday, October 30, 2026</s></p>
        <p><b>Updated:</b><br>9:00am - 9:30am (Japan Standard Time), Tuesday, November 3, 2026</p>
        <p><b>Reason for rescheduling:</b><br>"So sorry Tomas - something came up Thursday evening my time. Moving us to Monday (your Tuesday morning). Same Zoom!"</p>
        <p><b>Location:</b><br><a href="https://quillfeather.zoom.us/j/86120447719?pwd=Rk9xZ0FqQ2t2">https://quillfeather.zoom.us/j/86120447719</a></p>
        <p><a href="https://calendly.com/cancellations/0f4c9a7e-5d21-4b8e-a3f6-2c1d7e9b0a58">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/0f4c9a7e-5d21-4b8e-a3f6-2c1d7e9b0a58">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Updated: Quillfeather - Intro with Hiring Manager (30 min) with Megan Ruiz on Tuesday, "
              "November 3, 2026", "2026-10-27 21:05:18", "UTC",
              "<20261027210518.1.c39e7b2a0f6d4185@mg.calendly.com>", "mg-d0.calendly.com", "198.61.254.19",
              reply_to=addr("Megan Ruiz", "megan.ruiz@quillfeather.io"))
    return message(hs, alt(text(plain), html(page)))


# =========================================================================== positives: cancelled


@mail(nm(21), family="google_calendar", lang="ja", interview=True, kind="cancelled",
      start="2026-11-11T02:00:00Z", end="2026-11-11T03:00:00Z",
      contact="naoko.fujii@hoshi-robotics.com", company="Hoshi Robotics",
      local="Wed 2026-11-11 11:00", local_end="2026-11-11 12:00", zone=JST,
      note="Google Calendar cancellation, Japanese UI (キャンセルされた予定), METHOD:CANCEL; the cancelled "
           "slot 2026年11月11日 (水) 11:00～12:00 JST = 02:00-03:00Z; contact = organizer")
def hoshi_cancelled() -> bytes:
    plain = t("""
        この予定はキャンセルされ、カレンダーから削除されました。

        【Hoshi Robotics】二次面接 / Tomas Varga さん
        2026年11月11日 (水) ⋅ 11:00～12:00 (日本標準時)

        Tomas-san, I'm very sorry - we need to cancel this interview. I will send you an email with the details today. Naoko

        主催者
        Naoko Fujii
        naoko.fujii@hoshi-robotics.com

        ゲスト
        Naoko Fujii - 主催者
        Takeshi Kobayashi
        Liam Wright
        tomas.varga@example.org

        招待状: Google カレンダー https://calendar.google.com/calendar/

        このメールは、予定の参加者であるあなたに送信されています。
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:'Google Sans',Roboto,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">この予定はキャンセルされ、カレンダーから削除されました。</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">【Hoshi Robotics】二次面接 / Tomas Varga さん</h2>
        <div style="font-size:14px">2026年11月11日 (水) &#8901; 11:00～12:00 (日本標準時)</div>
        <p style="font-size:14px">Tomas-san, I'm very sorry - we need to cancel this interview. I will send you an email with the details today. Naoko</p>
        <div style="font-size:14px"><b>主催者</b><br>Naoko Fujii<br>naoko.fujii@hoshi-robotics.com</div>
        <p style="font-size:12px;color:#70757a">招待状: Google カレンダー</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261111T020000Z
        DTEND:20261111T030000Z
        DTSTAMP:20261109T005511Z
        ORGANIZER;CN=Naoko Fujii:mailto:naoko.fujii@hoshi-robotics.com
        UID:5c4b1e8d0a9f4e27b3c6d1e2f8a7b905@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=tomas.varga@example.org;X-NUM-GUESTS=0:mailto:tomas.varga@example.org
        CREATED:20261105T092015Z
        DESCRIPTION:Tomas-san\, I'm very sorry - we need to cancel this interview. I will send you an email with the details today. Naoko
        LAST-MODIFIED:20261109T005510Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:【Hoshi Robotics】二次面接 / Tomas Varga さん
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain, cte="base64"), html(page, cte="base64"),
                     calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Naoko Fujii", "naoko.fujii@hoshi-robotics.com"),
              "キャンセルされた予定: 【Hoshi Robotics】二次面接 / Tomas Varga さん @ 2026年11月11日 (水) 11:00～12:00 "
              "(JST) (tomas.varga@example.org)", "2026-11-09 09:55:11", JST,
              "<calendar-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@google.com>",
              "mail-sor-f69.google.com", "209.85.220.69",
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="naoko.fujii@hoshi-robotics.com")
    return message(hs, body)


@mail(nm(22), family="human_prose", lang="en+ja", interview=True, kind="cancelled",
      start="2026-11-10T04:00:00Z", end="2026-11-10T05:00:00Z",
      contact="mao.kobayashi@tsubamepay.jp", company="Tsubame Pay",
      local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone=JST,
      note="Bilingual cancellation from the recruiter: 明日11月10日（火）13時〜14時 / 'tomorrow (11/10 Tue) "
           "13:00-14:00 JST' cancelled, resolved against the Date (Mon Nov 9 JST) = 04:00-05:00Z; new "
           "date to follow; contact = sender")
def tsubame_cancel() -> bytes:
    body = t("""
        Tomas Varga 様
        (English below)

        お世話になっております。Tsubame Payの小林です。

        大変申し訳ございませんが、明日11月10日（火）13時〜14時に予定しておりました一次面接につきまして、
        面接官の急な体調不良により、キャンセルとさせていただきます。
        直前のご連絡となり、誠に申し訳ございません。

        改めて日程候補をお送りいたしますので、少々お待ちいただけますと幸いです。

        ---

        Dear Tomas,

        I am very sorry, but we have to cancel your first interview tomorrow (11/10 Tue, 13:00-14:00 JST), because our interviewer suddenly got sick.
        We apologize for the short notice.

        I will send you new candidate dates soon.

        Best regards,
        小林 真央 / Mao Kobayashi
        Talent Acquisition, Tsubame Pay Inc.
        """)
    hs = head(addr("Mao Kobayashi", "mao.kobayashi@tsubamepay.jp"),
              "【Tsubame Pay】11/10面接キャンセルのご連絡 / Cancellation of your interview",
              "2026-11-09 10:20:44", JST, "<CAOp4rK7vN2wQ9sD1zT6yB3mX8fH5jL0cR4e@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="base64"))


@mail(nm(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-11-13T05:00:00Z", end="2026-11-13T06:00:00Z",
      contact="emma.sato@kitsune-mobility.com", company="Kitsune Mobility",
      local="Fri 2026-11-13 14:00", local_end="2026-11-13 15:00", zone=JST,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID:Tokyo Standard Time) of the Friday "
           "2:00 PM-3:00 PM (UTC+09:00) interview = 05:00-06:00Z; alternatives promised, no new time; "
           "contact = organizer")
def kitsune_cancel_exchange() -> bytes:
    plain = t("""
        When: Friday, November 13, 2026 2:00 PM-3:00 PM (UTC+09:00) Osaka, Sapporo, Tokyo.
        Where: Microsoft Teams Meeting

        Hi Tomas,

        I'm sorry - Hannah has to travel to our Osaka site on Friday, so we need to cancel this interview. I'll send you a few alternative slots early next week.

        Apologies for the inconvenience,
        Emma

        Emma Sato | Talent Acquisition Partner | Kitsune Mobility
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>When: Friday, November 13, 2026 2:00 PM-3:00 PM (UTC+09:00) Osaka, Sapporo, Tokyo.<br>Where: Microsoft Teams Meeting</p>
        <p>Hi Tomas,</p>
        <p>I'm sorry - Hannah has to travel to our Osaka site on Friday, so we need to cancel this interview. I'll send you a few alternative slots early next week.</p>
        <p>Apologies for the inconvenience,<br>Emma</p>
        <p style="color:#666">Emma Sato | Talent Acquisition Partner | Kitsune Mobility</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_TOKYO_EXCHANGE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Emma Sato:mailto:emma.sato@kitsune-mobility.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomas Varga:mailto:tomas.varga@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Brooks:mailto:hannah.brooks@kitsune-mobility.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Takumi Ueda:mailto:takumi.ueda@kitsune-mobility.com
        DESCRIPTION;LANGUAGE=en-US:Hi Tomas\,\n\nI'm sorry - Hannah has to travel to our Osaka site on Friday\, so we need to cancel this interview. I'll send you a few alternative slots early next week.\n\nApologies for the inconvenience\,\nEmma\n
        UID:040000008200E00074C5B7101A82E0080000000047D2A91C3B73DB010000000000000000100000005F1E2D3C4B5A69788796A5B4C3D2E1F0
        SUMMARY;LANGUAGE=en-US:Canceled: Interview: Tomas Varga - Software Engineer, Platform (R-10482)
        DTSTART;TZID=Tokyo Standard Time:20261113T140000
        DTEND;TZID=Tokyo Standard Time:20261113T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261111T090002Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1874402931
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
    body = alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64"))
    hs = head(addr("Emma Sato", "emma.sato@kitsune-mobility.com"),
              "Canceled: Interview: Tomas Varga - Software Engineer, Platform (R-10482)",
              "2026-11-11 18:00:02", JST,
              "<TYCPR01MB84427A1F0C9E3D2B6A5F4E18C7B0@TYCPR01MB8442.jpnprd01.prod.outlook.com>",
              "TYDPR03CU002.outbound.protection.outlook.com", "52.101.229.31",
              extra=(("Thread-Topic", "Interview: Tomas Varga - Software Engineer, Platform (R-10482)"),
                     ("Thread-Index", "AdtUc3q8W5mFz0p2Qe6R1kLhA9x7Bw=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, body)


# =========================================================================== negatives


@mail(nm(24), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest; 'Actively recruiting' and 'early applicant' badges confirm nothing")
def linkedin_alert() -> bytes:
    plain = t("""
        Your job alert for software engineer in Tokyo, Japan
        12 new jobs match your preferences.

        Senior Backend Engineer
        Sakura Ledger
        Chuo, Tokyo, Japan (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4102287731/

        Platform Engineer (English environment)
        Kitsune Mobility
        Minato, Tokyo, Japan (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4102291108/

        Site Reliability Engineer
        Pelican Grid
        Tokyo, Japan (Remote)
        Easy Apply · 3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4102310457/

        Software Engineer, Backend (Go)
        Tsubame Pay
        Shibuya, Tokyo, Japan (Hybrid)
        Fast-growing company
        View job: https://www.linkedin.com/comm/jobs/view/4102318892/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788264015

        ----------------------------------------
        This email was intended for Tomas Varga (Backend Engineer at Kagami Commerce)
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#f3f2ef">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:#191919">
        <tr><td style="padding:24px"><h2 style="font-size:20px;margin:0">Your job alert for <b>software engineer</b> in Tokyo, Japan</h2><p style="color:#666">12 new jobs match your preferences.</p></td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4102287731/" style="color:#0a66c2;font-weight:600">Senior Backend Engineer</a><br>Sakura Ledger<br>Chuo, Tokyo, Japan (Hybrid)<br><span style="color:#01754f">Actively recruiting</span></td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4102291108/" style="color:#0a66c2;font-weight:600">Platform Engineer (English environment)</a><br>Kitsune Mobility<br>Minato, Tokyo, Japan (On-site)<br><span style="color:#01754f">Be an early applicant</span></td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4102310457/" style="color:#0a66c2;font-weight:600">Site Reliability Engineer</a><br>Pelican Grid<br>Tokyo, Japan (Remote)<br>Easy Apply &middot; 3 connections work here</td></tr>
        <tr><td style="padding:12px 24px;border-top:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/4102318892/" style="color:#0a66c2;font-weight:600">Software Engineer, Backend (Go)</a><br>Tsubame Pay<br>Shibuya, Tokyo, Japan (Hybrid)<br>Fast-growing company</td></tr>
        <tr><td style="padding:24px" align="center"><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788264015" style="border:1px solid #0a66c2;border-radius:24px;padding:8px 20px;color:#0a66c2;text-decoration:none">See all jobs</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f3f2ef">This email was intended for Tomas Varga (Backend Engineer at Kagami Commerce)<br>You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali">Unsubscribe</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“software engineer”: Sakura Ledger - Senior Backend Engineer and more", "2026-10-12 08:05:40", JST,
              "<1817712436.4417391.1791846340120@ltx1-app2081.prod.linkedin.com>",
              "mailb-dd.linkedin.com", "108.174.3.171",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"),
                     ("X-LinkedIn-Template", "email_job_alert_digest_01")))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(25), family="application_ack", lang="en", interview=False, company="Pelican Grid",
      note="Greenhouse application receipt (HTML only); 'we'll reach out to schedule an interview' is "
           "conditional")
def pelican_receipt() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;line-height:1.5">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <img src="https://s3.amazonaws.com/grnhse-logos/pelicangrid/logo.png" alt="Pelican Grid" height="32">
        <p>Hi Tomas,</p>
        <p>Thanks for applying to <b>Site Reliability Engineer (Tokyo)</b> at Pelican Grid! We've received your application and our team is reviewing it now.</p>
        <p>If your background is a match for what we're looking for, a member of our recruiting team will reach out to schedule an interview. Because we receive a high volume of applications, this can take up to two weeks.</p>
        <p>In the meantime, you can learn more about how we work on our <a href="https://pelicangrid.io/engineering">engineering blog</a>.</p>
        <p>Thanks again for your interest,<br>The Pelican Grid Talent Team</p>
        <p style="font-size:11px;color:#999">Please do not reply to this automated message. Powered by Greenhouse.</p>
        </div></body></html>
        """)
    hs = head(addr("Pelican Grid", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Pelican Grid", "2026-10-14 02:18:09", "UTC",
              "<0100019a0f3b2c11-4d7e8f90-2a1b-4c3d-8e5f-6a7b8c9d0e1f-000000@email.greenhouse-mail.io>",
              "o3.ptr4471.us.greenhouse-mail.io", "149.72.180.44",
              extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, html(page, cte="base64"))


@mail(nm(26), family="rejection", lang="en", interview=False, company="Sakura Ledger",
      note="Rejection after the technical interview, sent through Greenhouse by the recruiter")
def sakura_rejection() -> bytes:
    plain = t("""
        Hi Tomas,

        Thank you for taking the time to interview with Ryo and Kenji over the past few weeks, and for the thoughtful conversations about our payments platform.

        After careful consideration, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly around card-network integrations. This was not an easy decision - the team was impressed by your system design round.

        We'd be glad to stay in touch, and I'll reach out if a role opens up that's a better fit.

        Wishing you the best in your search,
        Aya Kimura
        Talent Acquisition Partner | Sakura Ledger K.K.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Aya Kimura", "no-reply@us.greenhouse-mail.io"),
              "Your application with Sakura Ledger", "2026-11-10 17:32:50", JST,
              "<0100019b1c6e0a32-7f8e9d0c-3b2a-4e1f-9c8d-7e6f5a4b3c2d-000000@email.greenhouse-mail.io>",
              "o3.ptr4471.us.greenhouse-mail.io", "149.72.180.44",
              reply_to=addr("Aya Kimura", "aya.kimura@sakuraledger.co.jp"),
              extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(27), family="offer", lang="en", interview=False, company="Meridian Lantern",
      note="Offer mail; decision deadline and an unfixed offer of a call ('Thu or Fri afternoon, let me "
           "know'), no interview", days=(("Fri", "2026-12-04"),))
def meridian_offer() -> bytes:
    body = t("""
        Hi Tomas,

        I'm delighted to let you know that we'd like to offer you the role of Senior Backend Engineer at Meridian Lantern! Darren and the whole panel were really impressed, especially by your system design session with Siew Mei.

        The formal offer letter will reach you through DocuSign within the hour. In short:

        - Base salary: JPY 13,800,000 per year, employed in Japan through our employer-of-record partner
        - Annual bonus target: 10%
        - Equity: 6,000 options, 4-year vesting with a 1-year cliff
        - Fully remote from Tokyo, with two team weeks a year in Singapore
        - Start date: flexible, ideally early February

        We'd appreciate your decision by Friday, 4 December. I know you may have other processes going on, so please tell me if you need more time.

        Happy to walk you through the package on a call - I'm free Thu or Fri afternoon SGT, just tell me what suits.

        Congratulations again!
        Wei Ling

        Tan Wei Ling
        Talent Acquisition Lead
        Meridian Lantern Pte. Ltd.
        """)
    hs = head(addr("Wei Ling Tan", "weiling.tan@meridianlantern.sg"),
              "Offer - Senior Backend Engineer, Meridian Lantern", "2026-11-24 16:12:08", SGT,
              "<CAHx7mQ8rT1vW3zY5bN7pL9kJ2hG4fD6sA0e@mail.gmail.com>",
              "mail-sor-f73.google.com", "209.85.220.73")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(28), family="recruiter_outreach", lang="ja", interview=False, company=None,
      note="BizReach platinum scout from a headhunting agency; asks for 2-3 candidate times for an online "
           "面談, nothing fixed; client unnamed, so company null")
def bizreach_scout() -> bytes:
    body = t("""
        Tomas Varga 様

        ヘッドハンターからプラチナスカウトが届きました。
        プラチナスカウトを受け取った方は、面談確約となります。

        ━━━━━━━━━━━━━━━━━━━━━━
        株式会社アオゾラキャリアパートナーズ
        松本 健太
        ━━━━━━━━━━━━━━━━━━━━━━

        【件名】
        【外資系SaaS／年収1,200万〜1,600万円】バックエンドエンジニア（英語環境・フルリモート可）

        【本文】
        Tomas様

        はじめまして。アオゾラキャリアパートナーズの松本と申します。
        ご経歴を拝見し、ぜひご紹介したい求人がございましたのでご連絡いたしました。

        クライアントは米国発のSaaS企業の日本法人で、東京オフィスのエンジニアリングチームは9割が外国籍の方です。
        選考は英語で行われ、面接回数は3回を予定しております。

        まずは30分ほど、オンラインで面談（情報交換）のお時間をいただけないでしょうか。
        ご都合のよい日時を2〜3候補お知らせいただけましたら、調整いたします。
        英語での面談も可能です。

        ▼スカウトを確認する
        https://www.bizreach.jp/scout/message/detail/?scoutId=3390417822

        ※このメールは送信専用です。ご返信いただいてもお答えできません。
        ──────────────────────
        BizReach（ビズリーチ）
        https://www.bizreach.jp/
        配信停止：https://www.bizreach.jp/setting/mail/
        """)
    hs = head(addr("ビズリーチ", "no-reply@bizreach.jp"), "【プラチナスカウト】ヘッドハンターからスカウトが届きました",
              "2026-10-17 12:04:31", JST, "<20261017030431.5c2e8a71f4@mail.bizreach.jp>",
              "mail03.bizreach.jp", "203.0.113.201",
              extra=(("List-Unsubscribe", "<https://www.bizreach.jp/setting/mail/>"),))
    return message(hs, text(body, cte="base64"))


@mail(nm(29), family="scheduling_link", lang="en", interview=False, company="Quillfeather",
      note="Hiring manager asks the candidate to pick a slot on her Calendly page; nothing booked yet")
def quillfeather_link() -> bytes:
    body = t("""
        Hi Tomas!

        Thanks so much for applying to the Senior Backend Engineer role - I'm Megan, the hiring manager for our API team. Your work on the event pipeline at Kagami looks super relevant to what we're building.

        I'd love to do a quick 30 min intro call. Grab whatever works for you here:
        https://calendly.com/megan-quillfeather/intro-30

        I opened up some early-morning slots on my side (I'm in Portland) so it shouldn't land in the middle of your night in Tokyo. If none of them work, just reply and we'll figure something out.

        Looking forward to it,
        Megan

        --
        Megan Ruiz | Engineering Manager, API Platform | Quillfeather
        """)
    hs = head(addr("Megan Ruiz", "megan.ruiz@quillfeather.io"), "Quillfeather - quick intro?",
              "2026-10-22 16:10:27", PT, "<CAM9nRz4Yx1pQ7vK2wT5bS8dF0gH3jL6mN9c@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(30), family="slot_proposal", lang="en", interview=False, company="Kitsune Mobility",
      note="Recruiter proposes three JST slots and asks the candidate to choose; confirmation to follow "
           "via Workday, so nothing fixed yet",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13"), ("Mon", "2026-11-16")))
def kitsune_slots() -> bytes:
    plain = t("""
        Hi Tomas,

        Thank you for your interest in Kitsune Mobility and for the great chat last week!

        Hannah Brooks, our Director of Platform Engineering, would like to meet you for the first interview (60 minutes, on Teams). Could you let me know which of the following slots works for you?

          1. 11/12 (Thu) 10:00-11:00 JST
          2. 11/13 (Fri) 14:00-15:00 JST
          3. 11/16 (Mon) 16:00-17:00 JST

        Once you confirm, you'll receive the official confirmation from our Workday system, and a Teams invitation from me.

        Best regards,
        Emma

        Emma Sato
        Talent Acquisition Partner | Kitsune Mobility
        Toranomon Hills Business Tower 20F, 1-17-1 Toranomon, Minato-ku, Tokyo
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Tomas,</p>
        <p>Thank you for your interest in Kitsune Mobility and for the great chat last week!</p>
        <p>Hannah Brooks, our Director of Platform Engineering, would like to meet you for the first interview (60 minutes, on Teams). Could you let me know which of the following slots works for you?</p>
        <ol><li>11/12 (Thu) 10:00-11:00 JST</li><li>11/13 (Fri) 14:00-15:00 JST</li><li>11/16 (Mon) 16:00-17:00 JST</li></ol>
        <p>Once you confirm, you'll receive the official confirmation from our Workday system, and a Teams invitation from me.</p>
        <p>Best regards,<br>Emma</p>
        <p style="color:#666">Emma Sato<br>Talent Acquisition Partner | Kitsune Mobility<br>Toranomon Hills Business Tower 20F, 1-17-1 Toranomon, Minato-ku, Tokyo</p>
        </div></body></html>
        """)
    hs = head(addr("Emma Sato", "emma.sato@kitsune-mobility.com"),
              "Kitsune Mobility - first interview availability", "2026-11-03 11:24:15", JST,
              "<TYCPR01MB8442C3D2E1F0A9B8C7D6E5F4A3B2@TYCPR01MB8442.jpnprd01.prod.outlook.com>",
              "TYDPR03CU002.outbound.protection.outlook.com", "52.101.229.31",
              extra=(("Thread-Topic", "Kitsune Mobility - first interview availability"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(31), family="take_home", lang="en", interview=False, company="Brightline Analytics",
      note="Take-home assignment with a submission deadline (Sunday Nov 1 11:59pm ET, Monday 1:59pm "
           "Tokyo); the panel will be set up later",
      days=(("Sun", "2026-11-01"), ("Mon", "2026-11-02")))
def brightline_takehome() -> bytes:
    body = t("""
        Hi Tomas,

        Jared really enjoyed your chat last night (your morning!) and we'd love to move you forward.

        The next step is a short take-home exercise. You'll find the repo and instructions here:
        https://github.com/brightline-analytics/takehome-pipeline-tv (you should have an invite to the private repo)

        Please submit by Sunday, Nov 1 at 11:59pm ET - that's Monday 1:59pm in Tokyo. (US clocks change that night, so I double-checked.) Most people spend 2-3 hours on it; please don't go beyond 4.

        Once we have it, I'll set up the technical panel for the following week, where you'll walk the team through your solution.

        Good luck, and let me know if anything in the instructions is unclear.

        Dana

        Dana Pruitt
        Recruiting Coordinator, Brightline Analytics
        """)
    hs = head(addr("Dana Pruitt", "dana.pruitt@brightline-analytics.com"), "Brightline - take-home exercise",
              "2026-10-30 12:02:44", ET, "<CAN2kLp7Qw4xR1zT8vY3bS6dF9gH0jM5nP2e@mail.gmail.com>",
              "mail-sor-f69.google.com", "209.85.220.69")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(32), family="assessment", lang="en", interview=False, company="Fennec Systems",
      note="HackerRank coding test invitation with an expiry (Oct 21, 11:59 PM PDT); not an interview",
      days=(("Wed", "2026-10-21"),))
def fennec_hackerrank() -> bytes:
    plain = t("""
        Hi Tomas,

        Fennec Systems has invited you to take the "Data Platform - Coding Assessment" test.

        Test duration: 90 minutes
        Number of questions: 3
        The test link will expire on Wed, Oct 21, 2026 11:59 PM PDT.

        Start the test: https://www.hackerrank.com/test/9f3kq2l7d0e/login?b=eyJ1c2VybmFtZSI6InRvbWFzLnZhcmdhIn0

        Before you begin:
        - Use a laptop or desktop with a stable internet connection.
        - You can try a sample test first to get familiar with the environment.
        - Once you start, the timer cannot be paused.

        Good luck!
        Team HackerRank on behalf of Fennec Systems

        Need help? Visit https://support.hackerrank.com
        """)
    page = t("""
        <html><body style="background:#f3f7f7;font-family:Arial,sans-serif;font-size:14px;color:#0e141e">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:32px">
        <p>Hi Tomas,</p>
        <p><b>Fennec Systems</b> has invited you to take the <b>"Data Platform - Coding Assessment"</b> test.</p>
        <table cellpadding="4" style="font-size:14px"><tr><td>Test duration</td><td>90 minutes</td></tr><tr><td>Number of questions</td><td>3</td></tr><tr><td>Expires</td><td>Wed, Oct 21, 2026 11:59 PM PDT</td></tr></table>
        <p style="text-align:center"><a href="https://www.hackerrank.com/test/9f3kq2l7d0e/login?b=eyJ1c2VybmFtZSI6InRvbWFzLnZhcmdhIn0" style="background:#1ba94c;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Start the test</a></p>
        <p>Once you start, the timer cannot be paused.</p>
        <p>Good luck!<br>Team HackerRank on behalf of Fennec Systems</p>
        </div></body></html>
        """)
    hs = head(addr("Fennec Systems", "support@hackerrankforwork.com"),
              "Fennec Systems has invited you to take a HackerRank test", "2026-10-14 09:10:33", PT,
              "<20261014161033.8d2f1e3a9c7b4056@hackerrankforwork.com>", "o1.email.hackerrankforwork.com",
              "167.89.101.22")
    return message(hs, alt(text(plain), html(page)))


@mail(nm(33), family="non_interview_calendar", lang="ja", interview=False, company=None,
      note="Dental clinic booking confirmation (ご予約確定, 11月14日（土）10:30〜): confirmed time, not an "
           "interview", days=(("Sat", "2026-11-14"),))
def dentist_booking() -> bytes:
    body = t("""
        Tomas Varga 様

        この度はしながわ桜歯科クリニックをご予約いただき、誠にありがとうございます。
        以下の内容でご予約が確定いたしました。

        ■ご予約日時：2026年11月14日（土）10:30〜
        ■診療内容：定期検診・クリーニング
        ■担当：歯科衛生士 岡田
        ■所要時間：約45分

        ※土曜日は英語対応可能なスタッフがおります。(English-speaking staff available on Saturdays.)
        ※保険証（マイナ保険証）を必ずお持ちください。
        ※ご予約の変更・キャンセルは、前日18時までにお電話にてご連絡ください。

        しながわ桜歯科クリニック
        〒140-0001 東京都品川区北品川1-8-3 2F
        TEL：03-5781-6482
        診療時間：平日 10:00〜19:30／土曜 9:30〜17:00（日祝休診）

        ※本メールは送信専用アドレスから送信しております。
        """)
    hs = head(addr("しながわ桜歯科クリニック", "yoyaku@sakura-dental-shinagawa.jp"),
              "【しながわ桜歯科クリニック】ご予約確定のお知らせ", "2026-11-08 20:41:57", JST,
              "<20261108114157.30517@sakura-dental-shinagawa.jp>", "mail.sakura-dental-shinagawa.jp",
              "203.0.113.77")
    return message(hs, text(body, cte="base64"))


@mail(nm(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Exchange request (Tokyo Standard Time, biweekly RRULE) for a 1:1 with the current manager, "
           "forwarded from the work address; not an interview", days=(("Thu", "2026-10-22"),))
def kagami_one_on_one() -> bytes:
    plain = t("""
        Hi Tomas,

        Moving our 1:1 to every other Thursday at 17:00 starting this week (Thu 10/22) - Tuesdays keep clashing with the release sync.

        First one: let's talk about the on-call rotation for Q1 and your H2 goals.

        Hiroshi

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZDk4YjItOTFhYy00ZmMwLWE3NTItMmQzZTk0YjYxZDc4%40thread.v2/0>
        Meeting ID: 392 118 440 276
        Passcode: bS4qT9
        ________________________________________________________________________________
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_TOKYO_EXCHANGE + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Hiroshi Tanabe:mailto:hiroshi.tanabe@kagami-commerce.co.jp
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomas Varga:mailto:tomas.varga@kagami-commerce.co.jp
        DESCRIPTION;LANGUAGE=en-US:Hi Tomas\,\n\nMoving our 1:1 to every other Thursday at 17:00 starting this week (Thu 10/22) - Tuesdays keep clashing with the release sync.\n\nFirst one: let's talk about the on-call rotation for Q1 and your H2 goals.\n\nHiroshi\n
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=SU
        UID:040000008200E00074C5B7101A82E00800000000B2C4E61F2A45DB01000000000000000010000000E7F6A5B4C3D2E1F00F1E2D3C4B5A6978
        SUMMARY;LANGUAGE=en-US:1:1 Tomas / Hiroshi
        DTSTART;TZID=Tokyo Standard Time:20261022T170000
        DTEND;TZID=Tokyo Standard Time:20261022T173000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T003012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119406617
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hiroshi Tanabe", "hiroshi.tanabe@kagami-commerce.co.jp"), "1:1 Tomas / Hiroshi",
              "2026-10-19 09:30:12", JST,
              "<TYWPR01MB7715A2B3C4D5E6F7A8B9C0D1E2F3@TYWPR01MB7715.jpnprd01.prod.outlook.com>",
              "TYVP286CU001.outbound.protection.outlook.com", "52.101.228.12",
              to=addr(ME_NAME, "tomas.varga@kagami-commerce.co.jp"),
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"tomas.varga@kagami-commerce.co.jp {ME}")),
              extra=(("Thread-Topic", "1:1 Tomas / Hiroshi"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), calendar(ics, cte="base64")))


@mail(nm(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Real-estate agent confirms an apartment viewing (Sat 11/7 11:00); the guarantor company's "
           "phone check is not a job interview", days=(("Sat", "2026-11-07"),))
def apartment_viewing() -> bytes:
    body = t("""
        Hi Tomas,

        Your viewing is confirmed!

        Date: Sat, 11/7
        Time: 11:00 (about 30 min per apartment, so we should be done around 12:30)
        Meeting point: Nakameguro Station, main exit (Tokyu Toyoko Line side) - I'll be wearing a green Tokyo Nest jacket

        Properties:
        1) Nakameguro 1LDK, 42 m2, 4F, 218,000 yen + 10,000 yen management fee, 8 min from the station
        2) Ikejiri-Ohashi 1LDK, 45 m2, 2F, 205,000 yen + 8,000 yen, 6 min from the station
        3) Yutenji 2DK, 48 m2, 3F, 196,000 yen, 11 min from the station

        Please bring your residence card and, if possible, your last 3 payslips - if you like one of them we can apply on the spot. The guarantor company will call you for a short check afterwards (in Japanese; I can join the call to help).

        See you on Saturday!

        Kana Ishii
        Leasing Agent | Tokyo Nest Realty
        LINE / WhatsApp: +81 90-5562-0183
        """)
    hs = head(addr("Kana Ishii", "kana.ishii@tokyonest-realty.jp"),
              "Viewing confirmed - Nakameguro / Ikejiri / Yutenji (Sat 11/7 11:00)", "2026-11-04 19:22:05", JST,
              "<CAPf6tN1rW8xZ3qV5yB2mK7dH4gJ9sL0cT6a@mail.gmail.com>", "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(36), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for an evening tech meetup (Wed, Nov 18 7:00 PM JST); one lightning "
           "talk is about interviewing, still not an interview", days=(("Wed", "2026-11-18"),))
def rust_meetup() -> bytes:
    plain = t("""
        You're going!

        Tokyo Rust Meetup #42: async in production
        Hosted by Tokyo Rust

        Wed, Nov 18, 2026, 7:00 PM to 9:30 PM JST
        Kumo Hall, Shibuya Scramble Square 15F
        2-24-12 Shibuya, Shibuya-ku, Tokyo

        Agenda
        19:00 Doors open, pizza & drinks
        19:30 "Tokio at 2M req/s: what broke" - Aiko Nishimura
        20:10 Lightning talks:
              - "Writing a PostgreSQL extension in Rust" - Felix Braun
              - "What 30 interviews in Tokyo taught me about hiring Rust devs" - Sam Oyelaran
              - "Embedded Rust on a Raspberry Pi Pico" - Yusuke Arai
        21:00 Networking

        Please bring your ID; the building requires visitor registration at the 1F security desk.

        Can't make it? Update your RSVP so someone on the waitlist can go:
        https://www.meetup.com/tokyo-rust/events/309117742/

        Add to calendar: https://www.meetup.com/tokyo-rust/events/309117742/ical/

        Meetup, 169 Madison Ave STE 11218, New York, NY 10016
        Unsubscribe: https://www.meetup.com/account/comm/?from=email_rsvp
        """)
    page = t("""
        <html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <h1 style="font-size:26px">You're going!</h1>
        <h2 style="font-size:20px">Tokyo Rust Meetup #42: async in production</h2>
        <p>Hosted by Tokyo Rust</p>
        <p><b>Wed, Nov 18, 2026, 7:00 PM to 9:30 PM JST</b><br>Kumo Hall, Shibuya Scramble Square 15F<br>2-24-12 Shibuya, Shibuya-ku, Tokyo</p>
        <p>19:00 Doors open, pizza &amp; drinks<br>19:30 "Tokio at 2M req/s: what broke" - Aiko Nishimura<br>20:10 Lightning talks (PostgreSQL extensions in Rust; What 30 interviews in Tokyo taught me about hiring Rust devs; Embedded Rust on a Raspberry Pi Pico)<br>21:00 Networking</p>
        <p>Please bring your ID; the building requires visitor registration at the 1F security desk.</p>
        <p><a href="https://www.meetup.com/tokyo-rust/events/309117742/" style="color:#00798a">Update your RSVP</a> &middot; <a href="https://www.meetup.com/tokyo-rust/events/309117742/ical/" style="color:#00798a">Add to calendar</a></p>
        <p style="font-size:12px;color:#757575">Meetup, 169 Madison Ave STE 11218, New York, NY 10016 &middot; <a href="https://www.meetup.com/account/comm/?from=email_rsvp">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("Meetup", "info@email.meetup.com"),
              "You're going to Tokyo Rust Meetup #42: async in production", "2026-11-12 22:48:13", JST,
              "<0100019b2a1f7e40-6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f-000000@email.amazonses.com>",
              "a8-31.smtp-out.amazonses.com", "54.240.8.31",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?from=email_rsvp>"),))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(37), family="marketing_webinar", lang="en+ja", interview=False, company=None,
      note="Zoom webinar registration titled 'Final Interview Masterclass' (Nov 12, 07:00 PM Osaka, "
           "Sapporo, Tokyo); a webinar, not the candidate's interview", days=(("Thu", "2026-11-12"),))
def interview_webinar() -> bytes:
    plain = t("""
        Hi Tomas,

        Thank you for registering for "Final Interview Masterclass: how to pass 最終面接 at Japanese companies".

        Please submit any questions to: hello@tokyotechcareers.jp

        Date & Time: Nov 12, 2026 07:00 PM Osaka, Sapporo, Tokyo

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/88104527731?tk=Qm5vUjRmYVh0ZkJ3

        Passcode: 770321

        Add to calendar:
        Add to Google Calendar: https://us02web.zoom.us/webinar/tJIpcuGpqDosH9A2/calendar/google/add
        Add to Outlook Calendar (.ics): https://us02web.zoom.us/webinar/tJIpcuGpqDosH9A2/ics

        You can cancel your registration at any time.

        What you'll learn (90 min, English with Japanese examples):
        - What Japanese companies really check in the 最終面接 (final interview) with executives
        - 逆質問: the questions you should ask at the end
        - Live role-play: a mock final interview with a hiring manager from a Tokyo startup

        See you there!
        Tokyo Tech Careers
        """)
    hs = head(addr("Tokyo Tech Careers", "no-reply@zoom.us"),
              "Tokyo Tech Careers: Final Interview Masterclass Confirmation", "2026-11-02 08:15:59", JST,
              "<R7fGhS2kTqe9vWxYz1aB3c@zoom.us>", "smtp-out-24.zoom.us", "170.114.10.24",
              reply_to="hello@tokyotechcareers.jp")
    return message(hs, text(plain))


@mail(nm(38), family="mock_interview", lang="en", interview=False, company=None,
      note="Calendly booking of a paid mock system-design interview with a career coach (Sunday Nov 15, "
           "10:00am JST): confirmed time, but practice, not a job interview", days=(("Sun", "2026-11-15"),))
def mock_interview_calendly() -> bytes:
    plain = t("""
        Hi Tomas Varga,

        A new event has been scheduled.

        Event Type:
        Mock Interview - System Design (60 min)

        Invitee:
        Tomas Varga

        Invitee Email:
        tomas.varga@example.org

        Event Date/Time:
        10:00am - 11:00am (Japan Standard Time), Sunday, November 15, 2026

        Location:
        Google Meet: https://meet.google.com/rkc-mock-nvq

        Questions:
        What are you preparing for?
        On-site rounds at a couple of Tokyo companies (backend / distributed systems). I'd like to practice a design question under time pressure and get feedback on how I structure it.

        Payment:
        JPY 15,000 (paid via Stripe)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/d3b1a8f0-7c2e-49d5-b6a4-e1f0c9d8b7a6
        Reschedule: https://calendly.com/reschedulings/d3b1a8f0-7c2e-49d5-b6a4-e1f0c9d8b7a6

        Powered by Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Interview - System Design (60 min) with Rachel Kim on Sunday, November 15, 2026",
              "2026-11-10 03:37:21", "UTC", "<20261110033721.1.a8b7c6d5e4f30291@mg.calendly.com>",
              "mg-d0.calendly.com", "198.61.254.19",
              reply_to=addr("Rachel Kim", "rachel@rkcareercoaching.com"))
    return message(hs, text(plain, cte="7bit"))


@mail(nm(39), family="podcast", lang="en", interview=False, company=None,
      note="Google Calendar invitation to record a podcast episode where the candidate is the guest "
           "('interview' in the title); not a job interview", days=(("Tue", "2026-11-24"),))
def podcast_recording() -> bytes:
    plain = t("""
        Tomas Varga, you have been invited to the following event.

        Shibuya Stack recording - interview with Tomas Varga
        Tuesday 24 Nov 2026 ⋅ 20:00 – 21:00 (Japan Standard Time)

        Thanks again for coming on the show! We'll chat about moving to Tokyo as an engineer, job hunting in English vs Japanese, and your Kafka migration. Riverside link below - please use headphones. Episode goes out in December. - Ken

        https://riverside.fm/studio/shibuya-stack?t=7c1e2d

        Organizer
        Ken Ishida
        ken@shibuyastack.fm

        Guests
        Ken Ishida - organizer
        Lauren Mitchell
        tomas.varga@example.org

        Reply for tomas.varga@example.org
        Yes
        No
        Maybe

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261124T110000Z
        DTEND:20261124T120000Z
        DTSTAMP:20261119T024433Z
        ORGANIZER;CN=Ken Ishida:mailto:ken@shibuyastack.fm
        UID:1e2d3c4b5a6f4e7d8c9b0a1f2e3d4c5b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ken Ishida;X-NUM-GUESTS=0:mailto:ken@shibuyastack.fm
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lauren Mitchell;X-NUM-GUESTS=0:mailto:lauren@shibuyastack.fm
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.varga@example.org;X-NUM-GUESTS=0:mailto:tomas.varga@example.org
        CREATED:20261119T024431Z
        DESCRIPTION:Thanks again for coming on the show! We'll chat about moving to Tokyo as an engineer\, job hunting in English vs Japanese\, and your Kafka migration. Riverside link below - please use headphones. Episode goes out in December. - Ken\n\nhttps://riverside.fm/studio/shibuya-stack?t=7c1e2d
        LAST-MODIFIED:20261119T024432Z
        LOCATION:https://riverside.fm/studio/shibuya-stack?t=7c1e2d
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Shibuya Stack recording - interview with Tomas Varga
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Ken Ishida", "ken@shibuyastack.fm"),
              "Invitation: Shibuya Stack recording - interview with Tomas Varga @ Tue 24 Nov 2026 20:00 - 21:00 "
              "(JST) (tomas.varga@example.org)", "2026-11-19 11:44:33", JST,
              "<calendar-4f3e2d1c-0b9a-4887-a6f5-e4d3c2b1a098@google.com>", "mail-sor-f69.google.com",
              "209.85.220.69", sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="ken@shibuyastack.fm")
    return message(hs, body)


@mail(nm(40), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Google Calendar invitation at the current employer where the candidate is the interviewer "
           "(candidate Yui Tanaka), forwarded from the work address", days=(("Thu", "2026-11-19"),))
def kagami_interviewer() -> bytes:
    plain = t("""
        Tomas Varga, you have been invited to the following event.

        Interview: Yui Tanaka - Backend Engineer (Code Review)
        Thursday 19 Nov 2026 ⋅ 10:00 – 11:00 (Japan Standard Time)

        Candidate: Yui Tanaka
        Role: Backend Engineer (Payments)
        Interviewers: Tomas Varga, Sho Maeda
        Interview kit: https://kagami.greenhouse.io/guides/52281774/people/48811902?application_id=61920447

        Please review the candidate's take-home before the session and submit your scorecard in Greenhouse within 24 hours. Thank you for helping us hire!

        Join with Google Meet
        meet.google.com/hsq-tpbe-zxa

        Organizer
        Yumi Hirano
        yumi.hirano@kagami-commerce.co.jp

        Guests
        Yumi Hirano - organizer
        Sho Maeda
        tomas.varga@kagami-commerce.co.jp

        Reply for tomas.varga@kagami-commerce.co.jp
        Yes
        No
        Maybe

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261119T010000Z
        DTEND:20261119T020000Z
        DTSTAMP:20261113T051102Z
        ORGANIZER;CN=Yumi Hirano:mailto:yumi.hirano@kagami-commerce.co.jp
        UID:8a7b6c5d4e3f4a2b9c1d0e8f7a6b5c4d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sho Maeda;X-NUM-GUESTS=0:mailto:sho.maeda@kagami-commerce.co.jp
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomas Varga;X-NUM-GUESTS=0:mailto:tomas.varga@kagami-commerce.co.jp
        X-GOOGLE-CONFERENCE:https://meet.google.com/hsq-tpbe-zxa
        CREATED:20261113T051100Z
        DESCRIPTION:Candidate: Yui Tanaka\nRole: Backend Engineer (Payments)\nInterviewers: Tomas Varga\, Sho Maeda\nInterview kit: https://kagami.greenhouse.io/guides/52281774/people/48811902?application_id=61920447\n\nPlease review the candidate's take-home before the session and submit your scorecard in Greenhouse within 24 hours.
        LAST-MODIFIED:20261113T051101Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Yui Tanaka - Backend Engineer (Code Review)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = head(addr("Yumi Hirano", "yumi.hirano@kagami-commerce.co.jp"),
              "Invitation: Interview: Yui Tanaka - Backend Engineer (Code Review) @ Thu 19 Nov 2026 10:00 - "
              "11:00 (JST) (tomas.varga@kagami-commerce.co.jp)", "2026-11-13 14:11:02", JST,
              "<calendar-6e5d4c3b-2a19-4f08-b7e6-d5c4b3a29180@google.com>", "mail-sor-f73.google.com",
              "209.85.220.73", to="tomas.varga@kagami-commerce.co.jp",
              sender=addr("Google Calendar", "calendar-notification@google.com"),
              reply_to="yumi.hirano@kagami-commerce.co.jp",
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"tomas.varga@kagami-commerce.co.jp {ME}")))
    return message(hs, body)


@mail(nm(41), family="reference_call", lang="en", interview=False, company="Corveta Labs",
      note="Hiring manager elsewhere confirms a reference call about a former colleague (Thursday 4:00 PM "
           "Pacific = Friday 9:00 AM Tokyo); the candidate is the referee, not interviewing; "
           "windows-1252 quoted-printable",
      days=(("Thu", "2026-11-19"), ("Fri", "2026-11-20")))
def reference_call() -> bytes:
    body = t("""
        Hi Tomas,

        Thank you for agreeing to be a reference for Priya Nair – she speaks very highly of the two years you worked together at Kagami.

        Confirming our call for Thursday, Nov 19 at 4:00 PM Pacific, which I believe is Friday 9:00 AM for you in Tokyo. I’ll call you on WhatsApp at the number Priya shared; it should take about 20 minutes.

        I’ll mostly ask about the projects you did together, how Priya handles ambiguity, and how she works with product managers. Nothing you need to prepare.

        Thanks again – I really appreciate it.

        Greg

        Greg Hollis
        Director of Engineering | Corveta Labs
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
                f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    hs = head(addr("Greg Hollis", "ghollis@corvetalabs.com"),
              "Reference call for Priya Nair - confirming Thursday", "2026-11-16 15:20:47", PT,
              "<BY5PR17MB3921D4E5F6A7B8C9D0E1F2A3B4C5@BY5PR17MB3921.namprd17.prod.outlook.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.82",
              extra=(("Thread-Topic", "Reference call for Priya Nair - confirming Thursday"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(nm(42), family="auto_reply", lang="en+ja", interview=False, company="Hoshi Robotics",
      note="Bilingual out-of-office auto-reply from a recruiter (back Monday, November 2 / 11月2日（月）)",
      days=(("Mon", "2026-11-02"),))
def hoshi_ooo() -> bytes:
    body = t("""
        Thank you for your email.

        I am out of the office until Monday, November 2, with limited access to email. I will reply as soon as possible after I return.
        For urgent matters regarding interview scheduling, please contact recruiting@hoshi-robotics.com.

        メールありがとうございます。
        11月2日（月）まで不在にしております。戻り次第、順次ご返信いたします。
        面接日程に関するお急ぎのご用件は recruiting@hoshi-robotics.com までご連絡ください。

        Naoko Fujii / 藤井 直子
        Talent Acquisition, Hoshi Robotics
        """)
    hs = head(addr("Naoko Fujii", "naoko.fujii@hoshi-robotics.com"),
              "自動応答: Re: Thank you - Hoshi Robotics first interview", "2026-10-28 08:02:19", JST,
              "<TYAPR01MB6620F1E2D3C4B5A69788@TYAPR01MB6620.jpnprd01.prod.outlook.com>",
              "TY3P286CU002.outbound.protection.outlook.com", "52.101.229.77",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "naoko.fujii@hoshi-robotics.com"),
                     ("In-Reply-To", "<CAF8x2Q3tY6uI9oP1aS4dF7gH0jK2lZ5x@mail.gmail.com>"),
                     ("Content-Language", "ja-JP")))
    return message(hs, text(body))


@mail(nm(43), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of the candidate's own mail (typo in the agency's domain); the returned "
           "message only offers availability (11/17 after 15:00 or 11/18 10:00-12:00), nothing fixed",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def bounce_typo() -> bytes:
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rina.hayashi@bridgeway-talnet.jp>: Host or domain name not found. Name service
            error for name=bridgeway-talnet.jp type=MX: Host not found, try again
        """)
    dsn = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Cb7Lm0Q2sz9vK
        X-Postfix-Sender: rfc822; tomas.varga@example.org
        Arrival-Date: Sat, 14 Nov 2026 10:07:31 +0900 (JST)

        Final-Recipient: rfc822; rina.hayashi@bridgeway-talnet.jp
        Original-Recipient: rfc822;rina.hayashi@bridgeway-talnet.jp
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=bridgeway-talnet.jp type=MX: Host not found, try again
        """)
    original_body = t("""
        Hi Rina,

        Thanks for the intro to Amanogawa Securities! Happy to have a casual meeting with their platform team.

        I could do 11/17 (Tue) after 15:00, or 11/18 (Wed) 10:00-12:00 JST - whichever suits them better.

        Best,
        Tomas
        """)
    original = message([("From", addr(ME_NAME, ME)), ("To", "rina.hayashi@bridgeway-talnet.jp"),
                        ("Subject", "Re: Amanogawa Securities - casual meeting?"),
                        ("Date", date("2026-11-14 10:07:29", JST)),
                        ("Message-ID", "<a3f1c2d4-7e8b-4c9a-b0d1-e2f3a4b5c6d7@example.org>"),
                        ("User-Agent", "Mozilla Thunderbird")],
                       text(original_body, cte="7bit", params="format=flowed"))
    parts = [
        Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
             notice.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
    ]
    body = multipart("report", *parts, params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by mail.example.org (Postfix)\r\n id 4Cb7Ln2Hx1z9vL; Sat, 14 Nov 2026 10:12:40 +0900 (JST)"),
          ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-14 10:12:40", JST)),
          ("Message-ID", "<20261114011240.4Cb7Ln2Hx1z9vL@mail.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, body)


@mail(nm(44), family="newsletter_tips", lang="en+ja", interview=False, company=None,
      note="Career newsletter about final interviews (最終面接) with a live Q&A time; List-Unsubscribe",
      days=(("Thu", "2026-11-19"),))
def career_newsletter() -> bytes:
    plain = t("""
        KAIZEN CAREERS WEEKLY - Issue #87

        This week: the 5 questions every 最終面接 asks (and what they really mean)

        Hi Tomas,

        You've made it to the final round at a Japanese company. The executive across the table is not re-checking your skills - the team already did that. So what are they looking for?

        1. 「なぜ当社なのですか？」 - Why us, and not the five other companies you're talking to?
        2. 「入社後、何を実現したいですか？」 - What do you want to achieve in your first year?
        3. 「日本で長く働くつもりですか？」 - Are you planning to stay in Japan long-term? (Yes, they will ask.)
        4. 「他社の選考状況は？」 - Where else are you interviewing? How honest should you be?
        5. 「最後に何か質問はありますか？」 - The 逆質問. Never say "no questions".

        Read the full article: https://kaizencareers.jp/blog/saishu-mensetsu-5-questions?utm_source=newsletter&utm_medium=email&utm_campaign=87

        LIVE Q&A
        Thu 11/19, 20:00 JST on YouTube Live - bring your questions about final interviews, offers and 内定 negotiation.
        https://kaizencareers.jp/live

        ALSO THIS WEEK
        - Salary data: backend engineers in Tokyo, 2026 H2
        - How to read a Japanese offer letter (労働条件通知書) line by line
        - Visa: what changes when you switch employers

        You're receiving this because you subscribed at kaizencareers.jp.
        Unsubscribe: https://kaizencareers.jp/unsubscribe?u=7f21c9e0
        Kaizen Careers, 3-1-1 Jingumae, Shibuya-ku, Tokyo
        """)
    page = t("""
        <html><body style="margin:0;background:#fafaf7;font-family:Georgia,'Hiragino Mincho ProN',serif;color:#222">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#c0392b">KAIZEN CAREERS WEEKLY &middot; ISSUE #87</p>
        <h1 style="font-size:26px">The 5 questions every 最終面接 asks (and what they really mean)</h1>
        <p>Hi Tomas,</p>
        <p>You've made it to the final round at a Japanese company. The executive across the table is not re-checking your skills - the team already did that. So what are they looking for?</p>
        <ol><li>「なぜ当社なのですか？」 - Why us?</li><li>「入社後、何を実現したいですか？」 - Your first year</li><li>「日本で長く働くつもりですか？」 - Staying in Japan</li><li>「他社の選考状況は？」 - Other processes</li><li>「最後に何か質問はありますか？」 - The 逆質問</li></ol>
        <p><a href="https://kaizencareers.jp/blog/saishu-mensetsu-5-questions?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=87">Read the full article &rarr;</a></p>
        <div style="background:#fdf2e9;padding:16px;margin:24px 0"><b>LIVE Q&amp;A</b><br>Thu 11/19, 20:00 JST on YouTube Live - bring your questions about final interviews, offers and 内定 negotiation.</div>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#888">You're receiving this because you subscribed at kaizencareers.jp. <a href="https://kaizencareers.jp/unsubscribe?u=7f21c9e0">Unsubscribe</a><br>Kaizen Careers, 3-1-1 Jingumae, Shibuya-ku, Tokyo</p>
        </div></body></html>
        """)
    hs = head(addr("Kaizen Careers Weekly", "newsletter@kaizencareers.jp"),
              "The 5 questions every 最終面接 asks (and what they really mean)", "2026-11-15 07:00:05", JST,
              "<20261114220005.87.7f21c9e0@send.kaizencareers.jp>", "send.kaizencareers.jp", "198.2.180.14",
              extra=(("List-Unsubscribe", "<https://kaizencareers.jp/unsubscribe?u=7f21c9e0>, "
                                          "<mailto:unsubscribe@kaizencareers.jp?subject=unsubscribe>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "Kaizen Careers Weekly <weekly.kaizencareers.jp>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(45), family="platform_notification", lang="ja", interview=False, company="Kanade",
      note="Wantedly notification of a new message from Kanade's EM; the excerpt asks for candidate "
           "times for a casual meeting, nothing fixed")
def wantedly_message() -> bytes:
    body = t("""
        Tomas Varga さん

        株式会社カナデ の 森 悠斗 さんからメッセージが届きました。

        ――――――――――
        Tomasさん、はじめまして！カナデでエンジニアリングマネージャーをしている森です。
        「話を聞きに行きたい」をありがとうございます。ぜひ一度カジュアル面談でお話しできればと思います。
        来週の平日夜など、ご都合のよい日時をいくつか教えていただけますか？英語でも大丈夫です…
        ――――――――――

        ▼ メッセージを確認して返信する
        https://www.wantedly.com/messages/58813004

        ※このメールに返信しても相手には届きません。

        Wantedly
        通知設定の変更: https://www.wantedly.com/settings/notifications
        """)
    hs = head(addr("Wantedly", "no-reply@wantedly.com"), "株式会社カナデ からメッセージが届きました",
              "2026-10-20 12:31:46", JST, "<6f2a1b3c4d5e6f70.20261020033146@mail.wantedly.com>",
              "mail.wantedly.com", "203.0.113.160")
    return message(hs, text(body))


@mail(nm(46), family="post_interview", lang="en", interview=False, company="Nimbus Harbor",
      note="Recruiter's thank-you after the interview that just happened; debrief Friday, next steps "
           "'early next week', nothing scheduled")
def nimbus_after() -> bytes:
    body = t("""
        Hi Tomas,

        Thanks for chatting with Owen this afternoon - well, your morning! He really enjoyed hearing about the Kafka-to-Pulsar migration.

        The team debriefs on Friday and I'll circle back early next week with next steps either way.

        Have a great rest of your day,
        Priscilla

        Priscilla Nguyen
        Recruiting | Nimbus Harbor
        """)
    hs = head(addr("Priscilla Nguyen", "priscilla@nimbusharbor.com"), "Thanks for today!",
              "2026-11-03 18:40:09", PT, "<CAJp0sM4tV7yB1nX8qZ3wR6kD9fG2hL5cN0a@mail.gmail.com>",
              "mail-sor-f41.google.com", "209.85.220.41")
    return message(hs, gm(body, cte="7bit"))


@mail(nm(47), family="rejection", lang="ja", interview=False, company="Shiokaze Games",
      note="Japanese rejection (選考結果のご連絡) after the first interview, Shift_JIS base64")
def shiokaze_rejection() -> bytes:
    body = t("""
        Tomas Varga 様

        株式会社シオカゼゲームス 採用担当でございます。

        先日はお忙しい中、弊社一次面接にご参加いただき、誠にありがとうございました。

        社内で慎重に検討を重ねました結果、誠に残念ではございますが、
        今回はご期待に沿いかねる結果となりました。

        多数の企業の中から弊社にご興味をお持ちいただきましたことに、
        心より御礼申し上げます。

        末筆ではございますが、Tomas Varga様の今後のご活躍を心よりお祈り申し上げます。

        ――――――――――――――――
        株式会社シオカゼゲームス 人事部 採用担当
        〒150-0043 東京都渋谷区道玄坂1-12-1
        ――――――――――――――――
        """)
    hs = head(addr("株式会社シオカゼゲームス 採用担当", "recruit@shiokaze-games.co.jp", charset="shift_jis"),
              "選考結果のご連絡（株式会社シオカゼゲームス）", "2026-11-16 18:05:40", JST,
              "<20261116090540.A12F.7B3C@shiokaze-games.co.jp>", "mail.shiokaze-games.co.jp", "203.0.113.92",
              cs="shift_jis", extra=(("X-Mailer", "Becky! ver. 2.81.04"),))
    return message(hs, text(body, charset="shift_jis", cte="base64"))


@mail(nm(48), family="recruiter_outreach", lang="en", interview=False, company=None,
      note="LinkedIn InMail from an agency recruiter asking for a call and for the candidate's times; "
           "client unnamed, nothing fixed")
def linkedin_inmail() -> bytes:
    plain = t("""
        Kenji Okada
        Principal Consultant at Harbor Light Search

        Staff Backend Engineer - Series C fintech (Toranomon, English env.)

        Hi Tomas,

        I came across your profile and your work on event-driven payments at Kagami caught my eye. I'm working with a Series C fintech in Toranomon that is building out its core ledger team - fully English-speaking, hybrid (2 days in office), 14-18M JPY + stock options.

        Would you be open to a quick 15-min call this week or next? Let me know a couple of times that suit you and I'll send an invite.

        Best,
        Kenji

        Reply: https://www.linkedin.com/messaging/thread/2-ZWM1NDFhOTItN2Y0/
        Not interested? https://www.linkedin.com/messaging/thread/2-ZWM1NDFhOTItN2Y0/?decline=true

        This is an InMail from Kenji Okada. LinkedIn may use your reply to suggest relevant InMails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = t("""
        <html><body style="background:#f3f2ef;font-family:-apple-system,system-ui,Roboto,Arial,sans-serif;font-size:14px;color:#191919">
        <table width="512" align="center" style="background:#fff;padding:24px"><tr><td>
        <p><b>Kenji Okada</b><br><span style="color:#666">Principal Consultant at Harbor Light Search</span></p>
        <h3>Staff Backend Engineer - Series C fintech (Toranomon, English env.)</h3>
        <p>Hi Tomas,</p>
        <p>I came across your profile and your work on event-driven payments at Kagami caught my eye. I'm working with a Series C fintech in Toranomon that is building out its core ledger team - fully English-speaking, hybrid (2 days in office), 14-18M JPY + stock options.</p>
        <p>Would you be open to a quick 15-min call this week or next? Let me know a couple of times that suit you and I'll send an invite.</p>
        <p>Best,<br>Kenji</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-ZWM1NDFhOTItN2Y0/" style="background:#0a66c2;color:#fff;border-radius:24px;padding:8px 20px;text-decoration:none">Reply</a> &nbsp; <a href="https://www.linkedin.com/messaging/thread/2-ZWM1NDFhOTItN2Y0/?decline=true">Not interested</a></p>
        <p style="font-size:12px;color:#666">This is an InMail from Kenji Okada. &copy; 2026 LinkedIn Corporation.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Kenji Okada via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Staff Backend Engineer - Series C fintech (Toranomon, English env.)", "2026-11-19 13:27:51", JST,
              "<1093377412.8120044.1795494471001@ltx1-app4417.prod.linkedin.com>", "mailb-ce.linkedin.com",
              "108.174.3.149",
              extra=(("X-LinkedIn-Class", "INMAIL"),
                     ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail>")))
    return message(hs, alt(text(plain), html(page)))


@mail(nm(49), family="survey", lang="en", interview=False, company="Brightline Analytics",
      note="Greenhouse candidate survey after the interviews (HTML only); asks for feedback, schedules "
           "nothing")
def brightline_survey() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Tomas,</p>
        <p>Thank you for interviewing with <b>Brightline Analytics</b> recently. We're always working to improve our hiring process, and we'd love to hear about your experience - whatever the outcome.</p>
        <p>The survey is anonymous, has 6 questions and takes about two minutes. Your answers are not shared with the hiring team and have no effect on your application.</p>
        <p style="text-align:center;margin:28px 0"><a href="https://app.greenhouse.io/candidate_surveys/b7e3a1f0c9d2" style="background:#24a47f;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Take the survey</a></p>
        <p>Thank you,<br>The Brightline Analytics Recruiting Team</p>
        <p style="font-size:11px;color:#999">This survey is administered by Greenhouse Software on behalf of Brightline Analytics.</p>
        </div></body></html>
        """)
    hs = head(addr("Brightline Analytics", "no-reply@greenhouse.io"),
              "How was your interview experience with Brightline Analytics?", "2026-11-09 10:00:31", ET,
              "<0100019b0e9d8c21-3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819-000000@email.greenhouse.io>",
              "o1.ptr2210.greenhouse.io", "167.89.45.210", extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, html(page))


@mail(nm(50), family="non_interview_calendar", lang="ja", interview=False, company=None,
      note="Immigration lawyer's office (行政書士) confirms a consultation ('ご面談') about a visa renewal, "
           "Fri 11/20 18:30-19:30; a 面談 that is not a job interview", days=(("Fri", "2026-11-20"),))
def visa_consultation() -> bytes:
    body = t("""
        Tomas Varga 様
        (English follows Japanese)

        高橋行政書士事務所の高橋でございます。
        先日はお問い合わせいただき、誠にありがとうございました。

        在留期間更新許可申請（転職を伴う場合）のご相談につきまして、下記の通りご面談の日時が確定いたしましたのでご連絡いたします。

        日時：2026年11月20日（金）18:30〜19:30
        場所：当事務所（東京都新宿区西新宿7-4-2 西新宿KSビル5F）※Zoomでのご参加も可能です
        ご持参いただくもの：在留カード、パスポート、現在の雇用契約書、直近の課税証明書・納税証明書

        ご不明な点がございましたら、お気軽にご連絡ください。

        ---

        Dear Mr. Varga,

        Thank you for contacting our office. Your consultation about renewing your period of stay (with a change of employer) is confirmed:

        Date: Friday, November 20, 2026, 18:30-19:30
        Place: our office (Nishi-Shinjuku KS Bldg. 5F, 7-4-2 Nishi-Shinjuku, Shinjuku-ku) or Zoom
        Please bring: residence card, passport, current employment contract, latest tax certificates

        Best regards,

        高橋 由美子 / Yumiko Takahashi
        行政書士（申請取次）高橋行政書士事務所
        Takahashi Immigration & Visa Office
        yumiko@takahashi-gyosei.jp / TEL 03-6279-4410
        """)
    hs = head(addr("高橋 由美子", "yumiko@takahashi-gyosei.jp"),
              "【ご面談日時のご確認】在留期間更新のご相談 / Consultation confirmed (11/20)", "2026-11-17 11:48:26", JST,
              "<002c01db3a7e$4f1d2c80$ed578780$@takahashi-gyosei.jp>", "smtp.takahashi-gyosei.jp", "203.0.113.33",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body))
