# ruff: noqa: E501
"""blind7: fifty hand-written mails of a realistic job seeker's inbox (Mira Castellano, Zurich).

Written blind (without reading the detector, its tests and fixtures, or any other held-out mail).
Built and checked by ``python3 bench/heldout/make_blind.py blind7``.
"""

from __future__ import annotations

import make
from make import (
    VTZ,
    addr,
    alt,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    message,
    mixed,
    t,
    text,
)

make.WINDOWS_ZONES.setdefault("AUS Eastern Standard Time", "Australia/Sydney")

ME = ("Mira Castellano", "mira.castellano@example.com")
_ORDER = iter([42, 5, 24, 14, 26, 37, 9, 21, 4, 32, 29, 15, 30, 6, 19, 2, 45, 47, 39, 12, 23, 46, 3, 31, 49,
               34, 36, 25, 35, 27, 20, 43, 38, 8, 22, 28, 40, 11, 44, 1, 13, 17, 18, 41, 10, 16, 50, 33, 48, 7])


def nxt() -> str:
    """File numbers are a fixed shuffle of the writing order."""
    return f"blind7_{next(_ORDER):03d}"


def mail(**kw):
    return make.mail(nxt(), **kw)


def hdr(frm: tuple[str | None, str], subject: str, when: str, zone: str, mid: str, *,
        to: tuple[str | None, str] = ME, reply_to: tuple[str | None, str] | None = None,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [("From", addr(frm[0], frm[1], charset)), ("To", addr(to[0], to[1], charset))]
    if reply_to:
        hs.append(("Reply-To", addr(reply_to[0], reply_to[1], charset)))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", f"<{mid}>")]
    hs += list(extra)
    return hs


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

VTZ_AUS_EASTERN = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== 1 Greenhouse (Zurich)

@mail(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Lumenfeld AG",
      start="2026-04-14T08:00:00Z", end="2026-04-14T08:45:00Z", contact="anja.roth@lumenfeld.ch",
      local="Tue 2026-04-14 10:00", local_end="2026-04-14 10:45", zone="Europe/Zurich",
      note="Greenhouse confirmation; 10:00-10:45 CEST (Zurich, DST since 29 Mar) = 08:00-08:45Z; contact = Reply-To recruiter")
def m_greenhouse_lumenfeld():
    body = t("""
        Hi Mira,

        Thanks for confirming your availability. Your interview with Lumenfeld AG is booked:

        Role: Senior Data Engineer (Analytics Platform)
        When: Tuesday, 14 April 2026, 10:00 - 10:45 (Europe/Zurich)
        Where: Google Meet - https://meet.google.com/kqr-vhbt-xpa
        With: Tobias Keller (Engineering Manager), Anja Roth (Talent Acquisition)

        Tobias will walk you through the team's stack and ask about a data pipeline you have built
        end to end. There is nothing to prepare beyond that.

        If anything changes, just reply to this email.

        Best regards,
        Anja Roth
        Talent Acquisition | Lumenfeld AG
        Hardturmstrasse 161, 8005 Zurich
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Mira,</p>
        <p>Thanks for confirming your availability. Your interview with Lumenfeld AG is booked:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Senior Data Engineer (Analytics Platform)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, 14 April 2026, 10:00 &ndash; 10:45 (Europe/Zurich)</td></tr>
        <tr><td><b>Where</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/kqr-vhbt-xpa">meet.google.com/kqr-vhbt-xpa</a></td></tr>
        <tr><td><b>With</b></td><td>Tobias Keller (Engineering Manager), Anja Roth (Talent Acquisition)</td></tr>
        </table>
        <p>Tobias will walk you through the team's stack and ask about a data pipeline you have built
        end to end. There is nothing to prepare beyond that.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best regards,<br>Anja Roth<br>Talent Acquisition | Lumenfeld AG<br>Hardturmstrasse 161, 8005 Zurich</p>
        <img src="https://us.greenhouse-mail.io/o/4f1c2b77d1.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message(hdr(("Lumenfeld AG", "no-reply@us.greenhouse-mail.io"),
                       "Interview confirmation: Senior Data Engineer at Lumenfeld AG",
                       "2026-04-08 16:12:40", "Europe/Zurich", "gh.4f1c2b77d1.1775657560@us.greenhouse-mail.io",
                       reply_to=("Anja Roth", "anja.roth@lumenfeld.ch")),
                   alt(text(body), html(hbody)))


# =========================================================================== 2 negative: LinkedIn job alert

@mail(family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert: job titles and 'posted 2 days ago', no interview")
def m_linkedin_alert():
    hbody = t("""
        <html><body>
        <table width="100%" style="font-family:-apple-system,Segoe UI,Arial;font-size:14px">
        <tr><td><h2>Your job alert for data engineer in Zurich, Switzerland</h2>
        <p>15 new jobs match your preferences.</p></td></tr>
        <tr><td><a href="https://www.linkedin.com/comm/jobs/view/4021178834"><b>Senior Data Engineer</b></a><br>
        Vireo Health &middot; Zurich (Hybrid)<br>Actively recruiting &middot; 2 days ago<br>
        <span style="color:#057642">Easy Apply</span></td></tr>
        <tr><td><a href="https://www.linkedin.com/comm/jobs/view/4021190021"><b>Analytics Engineer</b></a><br>
        Sorrento Cloud &middot; Zug (On-site)<br>Be an early applicant &middot; 5 hours ago</td></tr>
        <tr><td><a href="https://www.linkedin.com/comm/jobs/view/4021102577"><b>Data Platform Engineer (m/w/d)</b></a><br>
        Rheintal Energie AG &middot; Baden (Hybrid)<br>12 applicants &middot; 1 day ago</td></tr>
        <tr><td><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=88214">See all jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#666">You are receiving Job Alert emails. Unsubscribe &middot; Help<br>
        &copy; 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</td></tr>
        </table></body></html>
        """)
    return message(hdr(("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
                       "\u201cdata engineer\u201d: Vireo Health - Senior Data Engineer and more",
                       "2026-03-04 07:31:02", "Europe/Zurich", "1880532.117.1772605862@mail.linkedin.com"),
                   html(hbody))


# =========================================================================== 3 Lever reschedule (New York, US DST)

@mail(family="lever", lang="en", interview=True, kind="rescheduled", company="Northwind Freight",
      start="2026-03-10T13:30:00Z", end="2026-03-10T14:30:00Z", contact="dana.whitfield@northwindfreight.com",
      days=(("Mon", "2026-03-09"),), local="Tue 2026-03-10 09:30", local_end="2026-03-10 10:30", zone="America/New_York",
      note="Lever reschedule, SEQUENCE:2 ICS; new 9:30-10:30 AM EDT (US DST from 8 Mar, mail sent in EST) = 13:30Z, = 14:30 CET in Zurich (Europe still on CET); old slot Mon 9 Mar 2 PM also in the mail")
def m_lever_northwind():
    body = t("""
        Hi Mira,

        Your interview with Northwind Freight has been rescheduled.

        NEW TIME
        Tuesday, March 10, 2026
        9:30 AM - 10:30 AM EDT (14:30 - 15:30 in your time zone, Europe/Zurich)

        Previously: Monday, March 9, 2026, 2:00 PM EDT

        Interview: Technical deep dive - Data Engineering
        Interviewers: Dana Whitfield, Marcus Bell
        Location: Zoom - https://northwindfreight.zoom.us/j/83310049271

        An updated calendar invitation is attached. Reply to this email if the new time does not work.

        Dana Whitfield
        Recruiting, Northwind Freight
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-intv-6f3e20d1-9a0c-4b37-8d2a-1c5e8a77f410
        DTSTAMP:20260305T162011Z
        SEQUENCE:2
        DTSTART;TZID=America/New_York:20260310T093000
        DTEND;TZID=America/New_York:20260310T103000
        SUMMARY:Interview: Mira Castellano <> Northwind Freight (Technical deep dive)
        LOCATION:https://northwindfreight.zoom.us/j/83310049271
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@northwindfreight.com
        ATTENDEE;CN=Mira Castellano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mira.castellano@example.com
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.bell@northwindfreight.com
        DESCRIPTION:Technical deep dive - Data Engineering. Zoom: https://northwindfreight.zoom.us/j/83310049271
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Dana Whitfield (via Lever)", "no-reply@hire.lever.co"),
                       "Rescheduled: your interview with Northwind Freight",
                       "2026-03-05 11:20:11", "America/New_York", "0100019cbe7e1a2f-lever-rs-2@email.lever.co",
                       reply_to=("Dana Whitfield", "dana.whitfield@northwindfreight.com")),
                   mixed(text(body, cte="7bit", charset="us-ascii"),
                         calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== 4 negative: Greenhouse receipt

@mail(family="application_receipt", lang="en", interview=False, company="Alpenglow Systems",
      note="Greenhouse application receipt: 'we will be in touch', no time")
def m_receipt_alpenglow():
    body = t("""
        Dear Mira,

        Thank you for your interest in Alpenglow Systems! We have received your application for
        Staff Data Engineer and our team is reviewing it.

        If your background is a good match, a member of our recruiting team will contact you to set
        up a first interview. Due to the number of applications we receive, this may take up to
        three weeks.

        In the meantime, feel free to read about how we work: https://alpenglow.systems/engineering

        Kind regards,
        The Alpenglow Systems Talent Team

        ---
        This is an automated message. Please do not reply.
        """)
    return message(hdr(("Alpenglow Systems", "no-reply@us.greenhouse-mail.io"),
                       "Thank you for applying to Alpenglow Systems",
                       "2026-03-02 19:44:05", "Europe/Zurich", "gh.a9d0c11e42.1772477045@us.greenhouse-mail.io"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 5 Ashby, HTML only (London, before BST)

@mail(family="ashby", lang="en", interview=True, kind="scheduled", company="Pebblestone Health",
      start="2026-03-26T14:00:00Z", end="2026-03-26T15:00:00Z", contact="callum.price@pebblestone.health",
      local="Thu 2026-03-26 14:00", local_end="2026-03-26 15:00", zone="Europe/London",
      note="Ashby, HTML only; 2:00-3:00 PM GMT, three days before UK BST starts (29 Mar) = 14:00Z; the candidate's 15:00 CET also shown; contact = Reply-To")
def m_ashby_pebblestone():
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f7f9;margin:0;padding:24px;font-family:Inter,Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:32px">
        <img src="https://app.ashbyhq.com/api/images/org-theme-logo/pebblestone.png" height="28" alt="Pebblestone Health">
        <h1 style="font-size:20px">Your interview is confirmed</h1>
        <p>Hi Mira, here are the details for your upcoming interview for <strong>Data Engineer, Clinical Data</strong>.</p>
        <div style="border:1px solid #e3e5e8;border-radius:6px;padding:16px">
        <div style="font-weight:600">Thursday, March 26, 2026</div>
        <div>2:00 PM &ndash; 3:00 PM GMT</div>
        <div style="color:#6b7280;font-size:13px">3:00 PM &ndash; 4:00 PM Central European Standard Time (your time)</div>
        <div style="margin-top:8px">Microsoft Teams &middot; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_pbh4471">Join meeting</a></div>
        </div>
        <h3 style="font-size:15px">Interviewers</h3>
        <ul><li>Callum Price &mdash; Engineering Lead</li><li>Femi Adebayo &mdash; Senior Data Engineer</li></ul>
        <p>Need to reschedule? Reply to this email and Callum will sort it out.</p>
        <p style="color:#9ca3af;font-size:12px">Sent by Ashby on behalf of Pebblestone Health &middot; 1 Finsbury Avenue, London EC2M 2PF</p>
        </div></body></html>
        """)
    return message(hdr(("Pebblestone Health", "no-reply@ashbyhq.com"),
                       "Interview confirmed: Data Engineer, Clinical Data \u2013 Pebblestone Health",
                       "2026-03-20 09:05:33", "Europe/London", "ashby.6b2d8e0f-ce11-4a48-a4d1-77c0e2b5f9aa@ashbyhq.com",
                       reply_to=("Callum Price", "callum.price@pebblestone.health")),
                   html(hbody))


# =========================================================================== 6 negative: newsletter interview tips

@mail(family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter with interview tips; example times ('Tuesday at 10am') are not an appointment",
      days=(("Tue", "2026-05-19"),))
def m_newsletter_offerletter():
    body = t("""
        THE OFFER LETTER - issue #112 - Tuesday, 19 May 2026

        This week: the 48 hours before a technical interview

        Hi there,

        Say your final round is on Thursday at 10am. What should Wednesday look like? Three readers
        who landed data roles this spring told us their routine:

        1. Re-read the job ad and write down the three problems you think the team has.
        2. Prepare one story per value on their careers page - and keep each under two minutes.
        3. Test your camera, microphone and the meeting link the evening before, not 5 minutes
           before your interview starts.

        From the community
        "I was confirmed for a panel at 2pm and only then realised it was 2pm in New York."
        Always ask which time zone the invite is in.

        Reading list
        - How to answer "tell me about a time you failed"
        - Salary bands in Swiss tech, 2026 edition

        You are receiving this because you subscribed at theofferletter.news.
        Unsubscribe: https://theofferletter.news/unsubscribe?u=cc19b2
        """)
    return message(hdr(("The Offer Letter", "hello@theofferletter.news"),
                       "The 48 hours before your interview",
                       "2026-05-19 06:00:00", "Europe/London", "20260519050000.offer112@theofferletter.news",
                       extra=(("List-Unsubscribe", "<https://theofferletter.news/unsubscribe?u=cc19b2>"),)),
                   text(body))


# =========================================================================== 7 Workday (Chicago, US date)

@mail(family="workday", lang="en", interview=True, kind="scheduled", company="Harbor & Vine Insurance",
      start="2026-05-12T16:00:00Z", end="2026-05-12T17:00:00Z", contact="renee.kowalski@harborvine.com",
      local="Tue 2026-05-12 11:00", local_end="2026-05-12 12:00", zone="America/Chicago",
      note="Workday, US date 05/12/2026 11:00 AM CDT (UTC-5), Duration 60 minutes -> 16:00-17:00Z; sender is the tenant mailbox, contact = recruiter address in the body")
def m_workday_harborvine():
    body = t("""
        Hello Mira Castellano,

        You have been scheduled for an interview for the position below.

        Job Requisition: R-20417 Senior Data Engineer - Claims Analytics
        Interview Type: Video (Microsoft Teams)
        Interview Date: 05/12/2026
        Start Time: 11:00 AM CDT
        Duration: 60 minutes
        Interviewers: Renee Kowalski (Talent Acquisition Partner); Victor Nunez (Director, Data Engineering)

        The Teams link will appear in your candidate home under "My Tasks" on the day of the interview.

        Questions? Contact Renee Kowalski at renee.kowalski@harborvine.com.

        Thank you,
        Harbor & Vine Insurance Talent Acquisition

        Please do not reply to this system-generated message.
        """)
    return message(hdr(("Harbor & Vine Insurance", "harborvine@myworkday.com"),
                       "Interview Scheduled - Senior Data Engineer - Claims Analytics",
                       "2026-05-05 08:30:17", "America/Chicago", "1873629045.30117.1777987817@myworkday.com"),
                   text(body, charset="utf-8", cte="quoted-printable"))


# =========================================================================== 8 negative: Polish application receipt

@mail(family="application_receipt", lang="pl", interview=False, company="Wis\u0142a Fintech",
      note="Polish application receipt: 'we will contact selected candidates', no time")
def m_receipt_wisla_pl():
    body = t("""
        Dzień dobry Pani Miro,

        dziękujemy za przesłanie aplikacji na stanowisko Senior Data Engineer (zdalnie / Kraków).

        Potwierdzamy, że Pani zgłoszenie do nas dotarło. Nasz zespół rekrutacyjny przeanalizuje je
        w ciągu najbliższych 10 dni roboczych. Skontaktujemy się wyłącznie z wybranymi osobami, aby
        umówić rozmowę kwalifikacyjną.

        Pozdrawiamy serdecznie,
        Zespół Rekrutacji
        Wisła Fintech sp. z o.o.
        ul. Kamieńskiego 11, 30-644 Kraków

        Ta wiadomość została wygenerowana automatycznie - prosimy na nią nie odpowiadać.
        """)
    return message(hdr(("Wis\u0142a Fintech \u2013 Rekrutacja", "no-reply@wislafintech.pl"),
                       "Dzi\u0119kujemy za aplikacj\u0119 \u2013 Senior Data Engineer",
                       "2026-06-08 10:03:51", "Europe/Warsaw", "rek.77a1e0.20260608@wislafintech.pl"),
                   text(body, cte="base64"))


# =========================================================================== 9 iCIMS cancellation (Boston)

@mail(family="icims", lang="en", interview=True, kind="cancelled", company="Meridian Labs",
      start="2026-06-03T18:00:00Z", contact="kevin.osei@meridianlabs.com",
      local="Wed 2026-06-03 14:00", zone="America/New_York",
      note="iCIMS cancellation, no ICS; cancelled slot Wed 3 June 2:00 PM EDT = 18:00Z; contact = recruiter address in signature")
def m_icims_meridian_cancel():
    body = t("""
        Dear Mira,

        We are writing to let you know that your interview for Senior Data Engineer (Req 2026-1184),
        scheduled for Wednesday, June 3, 2026 at 2:00 PM EDT, has been cancelled.

        The hiring team has paused this requisition while the budget for the second half of the year
        is reviewed. We are sorry for the short notice. Your application stays active, and we will
        contact you if the role reopens.

        Kind regards,

        Kevin Osei
        Talent Acquisition | Meridian Labs
        kevin.osei@meridianlabs.com | +1 617 555 0148
        """)
    hbody = t("""
        <html><body><div style="font-family:Calibri,Arial;font-size:11pt">
        <p>Dear Mira,</p>
        <p>We are writing to let you know that your interview for <b>Senior Data Engineer (Req 2026-1184)</b>,
        scheduled for <b>Wednesday, June 3, 2026 at 2:00 PM EDT</b>, has been cancelled.</p>
        <p>The hiring team has paused this requisition while the budget for the second half of the year
        is reviewed. We are sorry for the short notice. Your application stays active, and we will
        contact you if the role reopens.</p>
        <p>Kind regards,</p>
        <p>Kevin Osei<br>Talent Acquisition | Meridian Labs<br>
        <a href="mailto:kevin.osei@meridianlabs.com">kevin.osei@meridianlabs.com</a> | +1 617 555 0148</p>
        </div>
        <img src="https://careers-meridianlabs.icims.com/track/o.gif?m=88120" width="1" height="1"></body></html>
        """)
    return message(hdr(("Meridian Labs", "meridianlabs@talent.icims.com"),
                       "Interview Cancelled: Senior Data Engineer",
                       "2026-05-29 10:02:44", "America/New_York", "icims.88120.1780063364@talent.icims.com"),
                   alt(text(body, cte="7bit", charset="us-ascii"), html(hbody)))


# =========================================================================== 10 negative: agency outreach

@mail(family="recruiter_outreach", lang="en", interview=False, company="Harlow Search",
      note="Agency recruiter outreach asking for a call 'next week', no fixed time")
def m_outreach_harlow():
    body = t("""
        Hi Mira,

        I hope you don't mind me reaching out directly. I'm working with a Series B climate-tech
        company in Zurich that is building out its data platform team, and your background at
        Rheinblick (dbt, Airflow, streaming on Kafka) looks like a very close fit.

        The role is a Lead Data Engineer, hybrid (2 days in the office), CHF 150-170k plus equity.

        Would you be open to a 20-minute call sometime next week? Send me a couple of times that
        suit you and I'll work around them.

        Best,
        Oliver Grant
        Senior Consultant, Data & Analytics
        Harlow Search | Bahnhofstrasse 52, 8001 Zurich
        oliver.grant@harlowsearch.com | +41 44 555 21 90
        """)
    return message(hdr(("Oliver Grant", "oliver.grant@harlowsearch.com"),
                       "Lead Data Engineer - climate tech, Zurich",
                       "2026-02-24 11:17:09", "Europe/Zurich", "CAOg7n1Hq2v+harlow.0224@mail.gmail.com"),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 11 SmartRecruiters, French (Geneva)

@mail(family="smartrecruiters", lang="fr", interview=True, kind="scheduled", company="Br\u00e9vine Horlogerie SA",
      start="2026-05-07T07:30:00Z", end="2026-05-07T08:30:00Z", contact="celine.dufaux@brevine.ch",
      local="Thu 2026-05-07 09:30", local_end="2026-05-07 10:30", zone="Europe/Zurich",
      note="SmartRecruiters in French; jeudi 7 mai 9h30 heure de Genève (CEST), 'durée : 1 heure' -> 07:30-08:30Z; contact = Reply-To")
def m_smartr_brevine_fr():
    body = t("""
        Bonjour Mira,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        Data Engineer – Supply Chain chez Brévine Horlogerie SA.

        Date : jeudi 7 mai 2026
        Heure : 9h30 (heure de Genève)
        Durée : 1 heure
        Lieu : Route des Acacias 43, 1227 Les Acacias – accueil au 2e étage
        Interlocuteurs : Céline Dufaux (RH) et Philippe Rochat (responsable BI)

        Merci de vous munir d'une pièce d'identité pour l'accueil. En cas d'empêchement, répondez
        simplement à ce message.

        Au plaisir de vous rencontrer,

        Céline Dufaux
        Ressources humaines – Brévine Horlogerie SA
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial;font-size:14px;color:#222">
        <p>Bonjour Mira,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Data Engineer &ndash; Supply Chain</b> chez Brévine Horlogerie SA.</p>
        <p><b>Date :</b> jeudi 7 mai 2026<br><b>Heure :</b> 9h30 (heure de Genève)<br>
        <b>Durée :</b> 1 heure<br><b>Lieu :</b> Route des Acacias 43, 1227 Les Acacias &ndash; accueil au 2e étage<br>
        <b>Interlocuteurs :</b> Céline Dufaux (RH) et Philippe Rochat (responsable BI)</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accueil. En cas d'empêchement, répondez
        simplement à ce message.</p>
        <p>Au plaisir de vous rencontrer,</p>
        <p>Céline Dufaux<br>Ressources humaines &ndash; Brévine Horlogerie SA</p>
        <p style="font-size:11px;color:#888">Propulsé par SmartRecruiters</p>
        </body></html>
        """)
    return message(hdr(("Br\u00e9vine Horlogerie SA", "noreply@smartrecruiters.com"),
                       "Confirmation de votre entretien \u2013 Data Engineer \u2013 Supply Chain",
                       "2026-05-04 14:40:22", "Europe/Zurich", "sr.0b7f3c3a9e.20260504124022@smartrecruiters.com",
                       reply_to=("C\u00e9line Dufaux", "celine.dufaux@brevine.ch")),
                   alt(text(body), html(hbody)))


# =========================================================================== 12 negative: GoodTime availability request

@mail(family="scheduling_link", lang="en", interview=False, company="Vireo Health",
      note="GoodTime availability request with a deadline date; nothing scheduled yet",
      days=(("Fri", "2026-04-10"),))
def m_goodtime_availability_vireo():
    body = t("""
        Hi Mira,

        Congratulations on moving forward with Vireo Health! The next step is a virtual onsite made
        up of four conversations (about 3.5 hours in total, with breaks).

        Please share your availability for the next two weeks using the link below. Select as many
        windows as you can; we will confirm the final schedule by email.

        Share my availability: https://app.goodtime.io/availability/vireo/7c41d8e2aa

        Please submit your availability by Friday, April 10.

        Thanks,
        Vireo Health Recruiting Coordination
        """)
    return message(hdr(("Vireo Health Recruiting", "scheduling@goodtime.io"),
                       "Action needed: share your availability for your Vireo Health interviews",
                       "2026-04-06 15:22:10", "America/New_York", "gt.avail.7c41d8e2aa@goodtime.io"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 13 Teamtailor, Dutch, .ics attachment

@mail(family="teamtailor", lang="nl", interview=True, kind="scheduled", company="Tulpwerk",
      start="2026-06-09T11:30:00Z", end="2026-06-09T12:15:00Z", contact="sanne.devries@tulpwerk.nl",
      local="Tue 2026-06-09 13:30", local_end="2026-06-09 14:15", zone="Europe/Amsterdam",
      note="Teamtailor in Dutch with .ics attachment (UTC times); dinsdag 9 juni 13:30-14:15 CEST = 11:30-12:15Z; contact = Reply-To recruiter")
def m_teamtailor_tulpwerk_nl():
    body = t("""
        Hoi Mira,

        Leuk dat je tijd hebt gemaakt! Hierbij de bevestiging van je gesprek voor de functie
        Data Engineer bij Tulpwerk.

        Wanneer: dinsdag 9 juni 2026, van 13:30 tot 14:15
        Waar: online via Google Meet (link staat in de agenda-uitnodiging in de bijlage)
        Met wie: Sanne de Vries (recruiter) en Joost Bakker (Lead Data)

        We gaan het vooral hebben over je ervaring met datamodellen en hoe je samenwerkt met
        analisten. Heb je vragen of lukt het toch niet? Beantwoord dan deze mail.

        Tot dinsdag!

        Groet,
        Sanne de Vries
        Tulpwerk - Oudegracht 210, Utrecht
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//NL
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-551209-3@teamtailor.com
        DTSTAMP:20260602T081512Z
        DTSTART:20260609T113000Z
        DTEND:20260609T121500Z
        SUMMARY:Gesprek Tulpwerk - Data Engineer
        DESCRIPTION:Google Meet: https://meet.google.com/tlp-wrkd-nld
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@tulpwerk.nl
        ATTENDEE;CN=Mira Castellano;RSVP=TRUE:mailto:mira.castellano@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Tulpwerk", "no-reply@teamtailor-mail.com"),
                       "Bevestiging: je gesprek bij Tulpwerk",
                       "2026-06-02 10:15:12", "Europe/Amsterdam", "tt.551209.3.1780388112@teamtailor-mail.com",
                       reply_to=("Sanne de Vries", "sanne.devries@tulpwerk.nl")),
                   mixed(text(body),
                         calendar(ics, method=None, ctype="application/ics", filename="uitnodiging.ics",
                                  disposition="attachment", cte="base64")))


# =========================================================================== 14 negative: Lever rejection after interview

@mail(family="rejection", lang="en", interview=False, company="Fernhill Labs",
      note="Rejection after an interview that already happened ('last Tuesday')")
def m_reject_fernhill():
    body = t("""
        Hi Mira,

        Thank you for taking the time to interview with us last Tuesday and for the thoughtful
        conversation with Priya and Tom about your streaming work.

        After a lot of discussion, we have decided to move forward with a candidate whose
        experience more closely matches what the team needs right now. This was a close decision,
        and we would be glad to stay in touch for future openings.

        We wish you all the best in your search.

        Warmly,
        Jess Alvarez
        Recruiting, Fernhill Labs
        """)
    return message(hdr(("Jess Alvarez", "no-reply@hire.lever.co"),
                       "Update on your application to Fernhill Labs",
                       "2026-04-23 18:05:40", "America/Los_Angeles", "0100019dbb2c8c10-fernhill-rj@email.lever.co"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 15 Personio, German (Munich, after EU DST end)

@mail(family="personio", lang="de", interview=True, kind="scheduled", company="Isarwerk Robotics GmbH",
      start="2026-10-30T09:00:00Z", end="2026-10-30T10:00:00Z", contact="katrin.beyer@isarwerk-robotics.de",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00", zone="Europe/Berlin",
      note="Personio in German; mail sent 22 Oct in CEST, interview Fri 30 Oct 10:00-11:00 after the 25 Oct change = CET = 09:00-10:00Z; contact = Ansprechpartnerin in the body")
def m_personio_isarwerk_de():
    body = t("""
        Hallo Frau Castellano,

        vielen Dank für Ihr Interesse an Isarwerk Robotics. Hiermit bestätigen wir Ihnen den Termin
        für das Vorstellungsgespräch:

        Position: Senior Data Engineer (m/w/d)
        Datum: Freitag, 30. Oktober 2026
        Uhrzeit: 10:00 – 11:00 Uhr
        Ort: Microsoft Teams (den Link erhalten Sie am Vortag)
        Gesprächspartner: Dr. Florian Hartl (Head of Data), Katrin Beyer (People & Culture)

        Bei Fragen erreichen Sie mich jederzeit unter katrin.beyer@isarwerk-robotics.de.

        Wir freuen uns auf das Gespräch!

        Viele Grüße
        Katrin Beyer
        People & Culture
        Isarwerk Robotics GmbH · Landsberger Str. 302 · 80687 München

        Diese E-Mail wurde über Personio versendet.
        """)
    return message(hdr(("Isarwerk Robotics GmbH", "no-reply@mail.personio.de"),
                       "Ihr Vorstellungsgespr\u00e4ch bei Isarwerk Robotics GmbH",
                       "2026-10-22 13:05:48", "Europe/Berlin", "prs.3320991.1792235148@mail.personio.de"),
                   text(body, cte="base64"))


# =========================================================================== 16 negative: German rejection (windows-1252)

@mail(family="rejection", lang="de", interview=False, company="Elbmarsch Logistik",
      note="German rejection before any interview")
def m_reject_elbmarsch_de():
    body = t("""
        Sehr geehrte Frau Castellano,

        haben Sie vielen Dank für Ihre Bewerbung als Data Engineer und das damit verbundene
        Interesse an der Elbmarsch Logistik GmbH.

        Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie in diesem
        Auswahlverfahren nicht weiter berücksichtigen können. Diese Entscheidung ist keine
        Bewertung Ihrer Qualifikation – wir hatten sehr viele Bewerbungen für wenige Stellen.

        Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

        Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Jana Petersen
        Personalabteilung – Elbmarsch Logistik GmbH, Hamburg
        """)
    return message(hdr(("Elbmarsch Logistik GmbH", "bewerbung@elbmarsch-logistik.de"),
                       "Ihre Bewerbung als Data Engineer",
                       "2026-02-11 09:12:00", "Europe/Berlin", "4b1c0e7a-elbm-absage@elbmarsch-logistik.de",
                       charset="windows-1252"),
                   text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== 17 BambooHR (Denver)

@mail(family="bamboohr", lang="en", interview=True, kind="scheduled", company="Talus Outdoor Co.",
      start="2026-08-17T19:00:00Z", contact="jake.morrow@talusoutdoor.com",
      local="Mon 2026-08-17 13:00", zone="America/Denver",
      note="BambooHR; Monday 17 Aug 1:00 PM Mountain Time (MDT, UTC-6) = 19:00Z; 'about 45 minutes' so end null; contact = Reply-To hiring manager")
def m_bamboo_talus():
    body = t("""
        Hi Mira,

        Great news - we'd like to meet you! Your interview for Data Engineer is set for:

        Monday, August 17, 2026 at 1:00 PM (Mountain Time)

        You'll be meeting with Jake Morrow, our Director of Analytics, over Zoom:
        https://talusoutdoor.zoom.us/j/96650231877?pwd=Tk9rS1

        The conversation will last about 45 minutes. Please reply to this email if you have any
        questions before then.

        See you soon,
        The Talus Outdoor Co. Hiring Team
        """)
    hbody = t("""
        <div style="font-family:Lato,Arial;font-size:15px;color:#333">
        <p>Hi Mira,</p>
        <p>Great news - we'd like to meet you! Your interview for <strong>Data Engineer</strong> is set for:</p>
        <p style="font-size:17px"><strong>Monday, August 17, 2026 at 1:00 PM (Mountain Time)</strong></p>
        <p>You'll be meeting with Jake Morrow, our Director of Analytics, over Zoom:<br>
        <a href="https://talusoutdoor.zoom.us/j/96650231877?pwd=Tk9rS1">https://talusoutdoor.zoom.us/j/96650231877?pwd=Tk9rS1</a></p>
        <p>The conversation will last about 45 minutes. Please reply to this email if you have any
        questions before then.</p>
        <p>See you soon,<br>The Talus Outdoor Co. Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by BambooHR</p>
        </div>
        """)
    return message(hdr(("Talus Outdoor Co.", "notifications@app.bamboohr.com"),
                       "Interview for Data Engineer at Talus Outdoor Co.",
                       "2026-08-12 15:44:26", "America/Denver", "bhr.ats.21877.1786571066@app.bamboohr.com",
                       reply_to=("Jake Morrow", "jake.morrow@talusoutdoor.com")),
                   alt(text(body), html(hbody)))


# =========================================================================== 18 negative: Codility assessment

@mail(family="assessment", lang="en", interview=False, company="Sorrento Cloud",
      note="Online coding assessment with a deadline, not an interview",
      days=(("Sun", "2026-04-19"),))
def m_codility_sorrento():
    body = t("""
        Hello Mira,

        Sorrento Cloud has invited you to complete an online coding assessment as part of your
        application for Analytics Engineer.

        Assessment: SQL & Python - Data Engineering (90 minutes)
        Deadline: Sunday, 19 April 2026, 23:59 CEST

        Start when you are ready - the timer begins only once you open the first task:
        https://app.codility.com/test/SORRENTO-K4T8X2/

        Tips: use a laptop with a stable connection, and close other tabs. You can take the demo
        task first to get used to the editor.

        Good luck!
        Codility on behalf of Sorrento Cloud
        """)
    return message(hdr(("Sorrento Cloud via Codility", "no-reply@codility.com"),
                       "Sorrento Cloud invites you to a coding assessment",
                       "2026-04-13 08:55:00", "Europe/Rome", "codility.inv.K4T8X2@codility.com"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 19 Jobvite with application/ics (Seattle)

@mail(family="jobvite", lang="en", interview=True, kind="scheduled", company="Quillfeather Software",
      start="2026-09-24T17:00:00Z", end="2026-09-24T18:00:00Z", contact="priya.natarajan@quillfeather.io",
      local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:00", zone="America/Los_Angeles",
      note="Jobvite, no Reply-To; Thu 24 Sep 10:00-11:00 AM PDT = 17:00-18:00Z, in the body and the attached ICS (UTC); contact = human ICS ORGANIZER")
def m_jobvite_quillfeather():
    body = t("""
        Dear Mira,

        Your interview with Quillfeather Software has been scheduled.

        Position: Senior Data Engineer, Platform
        Date: Thursday, September 24, 2026
        Time: 10:00 AM - 11:00 AM Pacific Daylight Time
        Format: Video interview (Google Meet link in the attached calendar invite)
        Panel: Priya Natarajan, Engineering Manager; Owen Hale, Staff Engineer

        Please add the attached invitation to your calendar.

        Regards,
        Quillfeather Software Recruiting

        This message was sent from an unmonitored mailbox.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Jobvite//Interview Scheduler 3.1//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:JV-INT-oQf9xWq1-20260924
        DTSTAMP:20260918T161233Z
        DTSTART:20260924T170000Z
        DTEND:20260924T180000Z
        SUMMARY:Interview - Mira Castellano - Senior Data Engineer\\, Platform
        LOCATION:Google Meet: https://meet.google.com/qfs-ptfm-int
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@quillfeather.io
        ATTENDEE;CN=Mira Castellano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mira.castellano@example.com
        ATTENDEE;CN=Owen Hale;ROLE=REQ-PARTICIPANT:mailto:owen.hale@quillfeather.io
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Quillfeather Software", "notifications@jobvite.com"),
                       "Interview Scheduled: Senior Data Engineer, Platform",
                       "2026-09-18 09:12:33", "America/Los_Angeles", "jv.20260918161233.oQf9xWq1@jobvite.com"),
                   mixed(text(body, cte="7bit", charset="us-ascii"),
                         calendar(ics, ctype="application/ics", method=None, filename="interview.ics",
                                  disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== 20 negative: offer

@mail(family="offer", lang="en", interview=False, company="Fjordline Analytics",
      note="Offer letter via DocuSign with a start date, not an interview",
      days=(("Mon", "2026-06-01"),))
def m_offer_fjordline():
    body = t("""
        Hi Mira,

        On behalf of everyone you met at Fjordline Analytics, I'm delighted to offer you the role
        of Senior Data Engineer!

        Your offer letter has been sent to you through DocuSign. Highlights:
          - Start date: Monday, 1 June 2026 (flexible by a few weeks)
          - Base salary: NOK 1,050,000, plus a 10% target bonus
          - Remote from Switzerland, with quarterly visits to Oslo

        Please review and sign by the end of next week. If you'd like to talk anything through,
        just reply here or call me on +47 22 55 31 08.

        Velkommen (almost)!
        Ingrid Solberg
        Head of Talent, Fjordline Analytics
        """)
    return message(hdr(("Ingrid Solberg", "ingrid.solberg@fjordline.no"),
                       "Your offer from Fjordline Analytics",
                       "2026-04-29 14:31:55", "Europe/Oslo", "CAF9q0t0+fjordline.offer@mail.gmail.com"),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 21 Calendly (Sydney recruiter, candidate's zone)

@mail(family="calendly", lang="en", interview=True, kind="scheduled", company="Saltbush Analytics",
      start="2026-02-18T21:00:00Z", end="2026-02-18T21:30:00Z", contact="hamish.clarke@saltbush.com.au",
      local="Wed 2026-02-18 22:00", local_end="2026-02-18 22:30", zone="Europe/Zurich",
      note="Calendly invitee confirmation shown in the candidate's zone: Wed 18 Feb 10:00pm CET (= Thu 8:00am AEDT in Sydney) = 21:00Z, 30-minute event; contact = Reply-To host")
def m_calendly_saltbush():
    body = t("""
        Hi Mira Castellano,

        A new event has been scheduled.

        Event Type:
        Screening interview - Senior Data Engineer (30 min)

        Invitee:
        Mira Castellano

        Invitee Email:
        mira.castellano@example.com

        Event Date/Time:
        10:00pm - 10:30pm, Wednesday, February 18, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/sbt-hmsh-scr

        Host:
        Hamish Clarke, Saltbush Analytics

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d3e1a0b-5ac1-42c9-9a2e-3f17c0b7d901
        Reschedule: https://calendly.com/reschedulings/7d3e1a0b-5ac1-42c9-9a2e-3f17c0b7d901

        Powered by Calendly.com
        """)
    return message(hdr(("Calendly", "notifications@calendly.com"),
                       "Confirmed: Screening interview - Senior Data Engineer (30 min) with Hamish Clarke on Wednesday, February 18, 2026",
                       "2026-02-16 11:03:27", "Europe/Zurich", "0100019c65f2e3aa-calendly-inv@email.calendly.com",
                       reply_to=("Hamish Clarke", "hamish.clarke@saltbush.com.au")),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 22 negative: XING profile views (German)

@mail(family="platform_notification", lang="de", interview=False, company=None,
      note="XING notification about profile views and job recommendations")
def m_xing_de():
    hbody = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hallo Mira,</p>
        <p>Ihr Profil wurde in den letzten 7 Tagen <b>12-mal</b> besucht &ndash; unter anderem von
        Recruiter:innen aus Zürich und Zug.</p>
        <p><a href="https://www.xing.com/profile/visits">Wer hat mein Profil besucht?</a></p>
        <h3>Jobs, die zu Ihnen passen</h3>
        <ul>
        <li>Data Engineer (w/m/d) &ndash; Limmat Versicherungen AG, Zürich</li>
        <li>Senior Analytics Engineer &ndash; Bergblick Medien, Luzern</li>
        </ul>
        <p>Tipp: Ergänzen Sie Ihre Wunschgehälter, damit Recruiter:innen Sie leichter finden.</p>
        <p style="font-size:11px;color:#777">New Work SE, Am Strandkai 1, 20457 Hamburg &middot;
        <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
        </body></html>
        """)
    return message(hdr(("XING", "mailrobot@mail.xing.com"),
                       "Mira, Ihr Profil wurde 12-mal besucht",
                       "2026-05-25 08:15:00", "Europe/Berlin", "xing.pv.20260525.b81f22@mail.xing.com"),
                   html(hbody))


# =========================================================================== 23 GoodTime reschedule (Singapore)

@mail(family="goodtime", lang="en", interview=True, kind="rescheduled", company="Merlion Pay",
      start="2026-07-17T08:00:00Z", end="2026-07-17T09:00:00Z", contact="grace.tan@merlionpay.sg",
      days=(("Thu", "2026-07-16"),), local="Fri 2026-07-17 16:00", local_end="2026-07-17 17:00", zone="Asia/Singapore",
      note="GoodTime updated schedule with SEQUENCE:1 ICS (UTC); new Fri 17 Jul 4:00-5:00 PM SGT (UTC+8, no DST) = 08:00-09:00Z; old Thu 16 Jul slot also named; contact = Reply-To coordinator")
def m_goodtime_merlion():
    body = t("""
        Hi Mira,

        Your interview with Merlion Pay has been moved. Your earlier slot on Thursday, 16 July at
        3:00 PM SGT has been released.

        UPDATED SCHEDULE
        Friday, 17 July 2026
        4:00 PM - 5:00 PM (GMT+08:00) Singapore
        Your time zone: 10:00 AM - 11:00 AM (GMT+02:00) Zurich

        System design - Payments data   with Wei Jie Lim, Principal Engineer

        Join with Zoom: https://merlionpay.zoom.us/j/91277340915

        Questions? Reply to this email to reach Grace Tan, Recruiting Coordinator.
        """)
    hbody = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hi Mira,</p>
        <p>Your interview with Merlion Pay has been moved. Your earlier slot on Thursday, 16 July at 3:00 PM SGT has been released.</p>
        <table style="border:1px solid #ddd;padding:12px">
        <tr><td colspan="2" style="font-weight:bold">UPDATED SCHEDULE &middot; Friday, 17 July 2026</td></tr>
        <tr><td>4:00 PM - 5:00 PM (GMT+08:00) Singapore</td><td rowspan="2">System design - Payments data<br>with Wei Jie Lim, Principal Engineer</td></tr>
        <tr><td style="color:#666">Your time zone: 10:00 AM - 11:00 AM (GMT+02:00) Zurich</td></tr>
        </table>
        <p><a href="https://merlionpay.zoom.us/j/91277340915">Join with Zoom</a></p>
        <p>Questions? Reply to this email to reach Grace Tan, Recruiting Coordinator.</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:goodtime-3a90f1c4-merlion-sd
        DTSTAMP:20260713T102031Z
        SEQUENCE:1
        DTSTART:20260717T080000Z
        DTEND:20260717T090000Z
        SUMMARY:Merlion Pay Interview: System design - Payments data
        LOCATION:https://merlionpay.zoom.us/j/91277340915
        ORGANIZER;CN=Grace Tan:mailto:grace.tan@merlionpay.sg
        ATTENDEE;CN=Mira Castellano;RSVP=TRUE:mailto:mira.castellano@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Merlion Pay Recruiting", "scheduling@goodtime.io"),
                       "Updated: your interview schedule with Merlion Pay",
                       "2026-07-13 18:20:31", "Asia/Singapore", "gt.sched.3a90f1c4.v2@goodtime.io",
                       reply_to=("Grace Tan", "grace.tan@merlionpay.sg")),
                   alt(text(body, cte="7bit", charset="us-ascii"), html(hbody), calendar(ics)))


# =========================================================================== 24 negative: physio appointment (German, ICS)

@mail(family="personal_appointment", lang="de", interview=False, company=None,
      note="Physiotherapy appointment confirmation with ICS: a confirmed time, not an interview",
      days=(("Tue", "2026-05-12"),))
def m_physio_oerlikon_de():
    body = t("""
        Grüezi Frau Castellano

        Wir bestätigen Ihren Termin:

        Physiotherapie (Nachkontrolle Knie) bei Sandra Frei
        Dienstag, 12. Mai 2026, 07:30 Uhr (Dauer 30 Minuten)
        Physio Oerlikon, Schaffhauserstrasse 355, 8050 Zürich

        Bitte bringen Sie die ärztliche Verordnung mit. Absagen bis 24 Stunden vorher sind
        kostenlos, danach wird der Termin verrechnet.

        Freundliche Grüsse
        Ihr Praxisteam Physio Oerlikon
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//OneDoc//Booking//DE
        METHOD:REQUEST
        """) + VTZ_ZURICH + "\n" + t("""
        BEGIN:VEVENT
        UID:onedoc-appt-2219034@physio-oerlikon.ch
        DTSTAMP:20260504T120511Z
        DTSTART;TZID=Europe/Zurich:20260512T073000
        DTEND;TZID=Europe/Zurich:20260512T080000
        SUMMARY:Physiotherapie - Sandra Frei
        LOCATION:Physio Oerlikon\\, Schaffhauserstrasse 355\\, 8050 Zürich
        ORGANIZER;CN=Physio Oerlikon:mailto:termine@physio-oerlikon.ch
        ATTENDEE;CN=Mira Castellano:mailto:mira.castellano@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Physio Oerlikon", "termine@physio-oerlikon.ch"),
                       "Terminbest\u00e4tigung Physiotherapie \u2013 Di 12.05.2026, 07:30",
                       "2026-05-04 14:05:11", "Europe/Zurich", "onedoc.2219034.confirm@physio-oerlikon.ch"),
                   mixed(text(body),
                         calendar(ics, filename="termin.ics", disposition="attachment", cte="quoted-printable")))


# =========================================================================== 25 Google Calendar update (Zurich)

@mail(family="google_calendar", lang="en", interview=True, kind="rescheduled", company="Gletscher Data AG",
      start="2026-11-02T13:00:00Z", end="2026-11-02T14:00:00Z", contact="lukas.meier@gletscherdata.ch",
      days=(("Fri", "2026-10-30"),), local="Mon 2026-11-02 14:00", local_end="2026-11-02 15:00", zone="Europe/Zurich",
      note="Google Calendar 'Updated invitation', SEQUENCE:1, TZID Europe/Zurich; moved from Fri 30 Oct 10am to Mon 2 Nov 2-3pm CET (after 25 Oct) = 13:00-14:00Z; contact = ORGANIZER hiring manager")
def m_gcal_gletscher_update():
    body = t("""
        This event has been updated
        Changed: time

        Interview - Mira Castellano (Data Platform)
        When
        Monday 2 Nov 2026 ⋅ 14:00 – 15:00 (Central European Time - Zurich)
        Previously: Friday 30 Oct 2026 ⋅ 10:00 – 11:00

        Location
        Gletscher Data AG, Pfingstweidstrasse 60, 8005 Zürich, Raum "Tödi"

        Guests
        Lukas Meier - organiser
        Mira Castellano
        Nadine Schmid

        Sorry for the shuffle - Friday got taken by a board meeting. Same format as planned:
        45 min technical, 15 min your questions. - Lukas

        Reply for mira.castellano@example.com
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    hbody = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial;font-size:14px">
        <div style="color:#d93025">This event has been updated</div>
        <div style="font-size:12px;color:#70757a">Changed: time</div>
        <h2 style="font-weight:400">Interview - Mira Castellano (Data Platform)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Monday 2 Nov 2026 &#8901; 14:00 &ndash; 15:00 (Central European Time - Zurich)<br>
        <span style="text-decoration:line-through">Friday 30 Oct 2026 &#8901; 10:00 &ndash; 11:00</span></td></tr>
        <tr><td style="color:#70757a">Location</td><td>Gletscher Data AG, Pfingstweidstrasse 60, 8005 Zürich, Raum "Tödi"</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Lukas Meier - organiser<br>Mira Castellano<br>Nadine Schmid</td></tr></table>
        <p>Sorry for the shuffle - Friday got taken by a board meeting. Same format as planned:
        45 min technical, 15 min your questions. - Lukas</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_ZURICH + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261102T140000
        DTEND;TZID=Europe/Zurich:20261102T150000
        DTSTAMP:20261028T163108Z
        ORGANIZER;CN=Lukas Meier:mailto:lukas.meier@gletscherdata.ch
        UID:5q0m7b2kc9t1f3s8d4e6g0hj2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mira Castellano;X-NUM-GUESTS=0:mailto:mira.castellano@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadine Schmid;X-NUM-GUESTS=0:mailto:nadine.schmid@gletscherdata.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lukas Meier;X-NUM-GUESTS=0:mailto:lukas.meier@gletscherdata.ch
        CREATED:20261021T090244Z
        DESCRIPTION:Sorry for the shuffle - Friday got taken by a board meeting. Same format as planned: 45 min technical\\, 15 min your questions. - Lukas
        LAST-MODIFIED:20261028T163108Z
        LOCATION:Gletscher Data AG\\, Pfingstweidstrasse 60\\, 8005 Zürich\\, Raum "Tödi"
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview - Mira Castellano (Data Platform)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Lukas Meier", "lukas.meier@gletscherdata.ch"),
                       "Updated invitation: Interview - Mira Castellano (Data Platform) @ Mon 2 Nov 2026 14:00 - 15:00 (CET) (mira.castellano@example.com)",
                       "2026-10-28 17:31:08", "Europe/Zurich", "calendar-9c1f0e55-2b7a-4d11-a3e2-0f6a5d8c71b2@google.com",
                       extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   mixed(alt(text(body), html(hbody), calendar(ics, cte="base64")),
                         calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                  disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== 26 negative: user research session

@mail(family="user_research", lang="en", interview=False, company=None,
      note="Paid user-research 'interview' confirmed at a time: a look-alike, not a job interview",
      days=(("Wed", "2026-04-22"),))
def m_user_research():
    body = t("""
        Hi Mira,

        You're confirmed for a paid research session!

        Study: How data teams choose orchestration tools
        Researcher: Tessera Labs (product team)
        Format: 1:1 remote interview, 60 minutes, camera on
        When: Wednesday, April 22, 2026 at 5:00 PM CEST
        Incentive: USD 120 gift card, sent within 5 business days after the session

        Join link: https://sessions.panelisthub.com/s/tessera-88f2c1

        Can't make it? Please cancel at least 24 hours ahead from your dashboard so another
        participant can take the slot - late cancellations affect your participant rating.

        Thanks for helping build better products,
        The Panelist Hub team
        """)
    return message(hdr(("Panelist Hub", "sessions@panelisthub.com"),
                       "You're confirmed: 60-min interview with Tessera Labs (USD 120)",
                       "2026-04-17 21:02:10", "America/New_York", "ph.session.88f2c1.confirm@panelisthub.com"),
                   alt(text(body, cte="7bit", charset="us-ascii"),
                       html("<html><body><pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre></body></html>\n")))


# =========================================================================== 27 Outlook, AUS Eastern Standard Time (Sydney)

@mail(family="outlook_calendar", lang="en", interview=True, kind="scheduled", company="Coralbay Insurance",
      start="2026-10-08T06:00:00Z", end="2026-10-08T06:45:00Z", contact="olivia.tran@coralbay.com.au",
      local="Thu 2026-10-08 17:00", local_end="2026-10-08 17:45", zone="Australia/Sydney",
      note="Exchange meeting request, TZID 'AUS Eastern Standard Time'; sent 2 Oct in AEST, interview Thu 8 Oct 5:00-5:45 PM after AEDT starts (4 Oct) = 06:00-06:45Z; body label shows (UTC+10:00); contact = organizer/sender")
def m_outlook_coralbay():
    body = t("""
        When: Thursday, 8 October 2026 5:00 PM-5:45 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: Microsoft Teams Meeting

        Hi Mira,

        As discussed, here is the invite for your interview with me and Daniel Hughes (Head of Data
        Engineering). Sydney afternoon should land at 8:00 in the morning for you in Zurich.

        Kind regards,
        Olivia Tran
        Talent Acquisition Partner | Coralbay Insurance
        Level 14, 2 Market Street, Sydney NSW 2000

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29yYWxiYXk@thread.v2/0>
        Meeting ID: 418 552 907 311
        Passcode: Vb7Qx2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_AUS_EASTERN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Olivia Tran:mailto:olivia.tran@coralbay.com.au
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mira Castellano:mailto:mira.castellano@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Hughes:mailto:daniel.hughes@coralbay.com.au
        DESCRIPTION;LANGUAGE=en-AU:Hi Mira\\,\\n\\nAs discussed\\, here is the invite for your interview with me and Daniel Hughes (Head of Data Engineering).\\n
        UID:040000008200E00074C5B7101A82E0080000000050C2A1F3E251DC01000000000000000010000000A8F3B6C1D2E34F5A9B8C7D6E5F4A3B2C
        SUMMARY;LANGUAGE=en-AU:Interview - Mira Castellano - Senior Data Engineer
        DTSTART;TZID=AUS Eastern Standard Time:20261008T170000
        DTEND;TZID=AUS Eastern Standard Time:20261008T174500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T062011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        """)
    return message(hdr(("Olivia Tran", "olivia.tran@coralbay.com.au"),
                       "Interview - Mira Castellano - Senior Data Engineer",
                       "2026-10-02 16:20:11", "Australia/Sydney",
                       "SY4P282MB3318A1C2B9E7D5F0E1A2B3C4D5E6F@SY4P282MB3318.AUSP282.PROD.OUTLOOK.COM",
                       extra=(("Thread-Topic", "Interview - Mira Castellano - Senior Data Engineer"),
                              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))),
                   alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


# =========================================================================== 28 negative: Calendly link from a human

@mail(family="scheduling_link", lang="en", interview=False, company="Ridgeline",
      note="Recruiter sends a Calendly link to book a slot; nothing booked yet")
def m_calendly_link_ridgeline():
    body = t("""
        Hey Mira,

        Thanks for applying to the Analytics Engineer role at Ridgeline - I'd love to set up a
        first chat. Grab any 30-minute slot that works for you next week here:

        https://calendly.com/zoe-ridgeline/30min-intro

        The slots are shown in your own time zone, so no need to convert. If nothing fits, reply
        with a few options and I'll make it work.

        Cheers,
        Zoe Lindqvist
        Talent @ Ridgeline
        """)
    return message(hdr(("Zoe Lindqvist", "zoe@ridgeline.io"),
                       "Ridgeline - let's find a time to chat",
                       "2026-07-21 16:48:12", "Europe/Stockholm", "CAJr9m2X+ridgeline.zoe.0721@mail.gmail.com"),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 29 Outlook CANCEL, W. Europe Standard Time (Zurich)

@mail(family="outlook_calendar", lang="en", interview=True, kind="cancelled", company="Limmat Versicherungen AG",
      start="2026-12-15T10:00:00Z", end="2026-12-15T11:00:00Z", contact="reto.brunner@limmat-vers.ch",
      local="Tue 2026-12-15 11:00", local_end="2026-12-15 12:00", zone="Europe/Zurich",
      note="Exchange METHOD:CANCEL, SEQUENCE:1, TZID 'W. Europe Standard Time'; cancelled slot Tue 15 Dec 11:00-12:00 CET = 10:00-11:00Z; contact = organizer")
def m_outlook_limmat_cancel():
    body = t("""
        When: Tuesday, 15 December 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Limmat Versicherungen, Mythenquai 20, Zürich - Raum 4.12

        Dear Mira,

        I am very sorry, but we have to cancel your interview. The Data Engineer position has been
        put on hold until the new year because of an internal reorganisation. I will contact you
        personally as soon as we know more.

        Kind regards,
        Reto Brunner
        Head of Data & Analytics, Limmat Versicherungen AG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Reto Brunner:mailto:reto.brunner@limmat-vers.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Mira Castellano:mailto:mira.castellano@example.com
        DESCRIPTION;LANGUAGE=de-CH:Dear Mira\\,\\n\\nI am very sorry\\, but we have to cancel your interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A8E1D2C46ADC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
        SUMMARY;LANGUAGE=de-CH:Abgesagt: Interview Mira Castellano - Data Engineer
        DTSTART;TZID=W. Europe Standard Time:20261215T110000
        DTEND;TZID=W. Europe Standard Time:20261215T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261207T071402Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-CH:Limmat Versicherungen\\, Mythenquai 20\\, Zürich - Raum 4.12
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Reto Brunner", "reto.brunner@limmat-vers.ch"),
                       "Abgesagt: Interview Mira Castellano - Data Engineer",
                       "2026-12-07 08:14:02", "Europe/Zurich",
                       "ZR0P278MB0921C5D6E7F8A9B0C1D2E3F4A5B6C7D8@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM",
                       extra=(("Importance", "high"),)),
                   alt(text(body, cte="quoted-printable"), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== 30 negative: recruiter out-of-office

@mail(family="out_of_office", lang="en", interview=False, company="Tidewater Analytics",
      note="Out-of-office auto-reply from a recruiter; its return date is not an appointment",
      days=(("Mon", "2026-06-15"),))
def m_ooo_tidewater():
    body = t("""
        Thank you for your email.

        I am out of the office until Monday, June 15 with limited access to email. If your message
        is about an interview scheduled this week, please contact recruiting@tidewateranalytics.com
        and a colleague will help you.

        Best,
        Hannah Kim
        Senior Technical Recruiter, Tidewater Analytics
        """)
    return message(hdr(("Hannah Kim", "hannah.kim@tidewateranalytics.com"),
                       "Automatic reply: Re: Next steps - Data Engineer",
                       "2026-06-09 10:41:03", "America/New_York",
                       "BN8PR12MB3371E8A1F0B6C2D9E4A7B5C3D1F0@BN8PR12MB3371.namprd12.prod.outlook.com",
                       extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 31 Zoom invitation from an Indian recruiter

@mail(family="zoom", lang="en", interview=True, kind="scheduled", company="Kestrel Analytics",
      start="2026-03-19T11:00:00Z", contact="meera.krishnan@kestrelanalytics.in",
      local="Thu 2026-03-19 16:30", zone="Asia/Kolkata",
      note="Recruiter mail with pasted Zoom invitation, 'Mar 19, 2026 04:30 PM India' = IST (UTC+5:30) -> 11:00Z; 'approximately 1 hour' so end null; contact = sender")
def m_zoom_kestrel():
    body = t("""
        Dear Mira,

        Greetings from Kestrel Analytics!

        As discussed over phone, your technical interview for the Lead Data Engineer position is
        scheduled on Thursday, 19th March 2026 at 4:30 PM IST. The interview will be approximately
        1 hour with our CTO Mr. Rohan Desai and Ms. Lakshmi Rao (Data Architect).

        Please find the Zoom details below:

        Meera Krishnan is inviting you to a scheduled Zoom meeting.

        Topic: Kestrel Analytics - Technical Interview - Mira Castellano
        Time: Mar 19, 2026 04:30 PM India

        Join Zoom Meeting
        https://us06web.zoom.us/j/84410927735?pwd=a2VzdHJlbDEyMw

        Meeting ID: 844 1092 7735
        Passcode: 521904

        Kindly keep your updated CV handy and join 5 minutes early.

        Thanks & Regards,
        Meera Krishnan
        HR Executive - Talent Acquisition
        Kestrel Analytics Pvt. Ltd., Bengaluru
        +91 80 4555 2190
        """)
    return message(hdr(("Meera Krishnan", "meera.krishnan@kestrelanalytics.in"),
                       "Interview Schedule - Lead Data Engineer - Kestrel Analytics",
                       "2026-03-14 12:10:45", "Asia/Kolkata", "PN3P287MB1044AB12CD34EF56@PN3P287MB1044.INDP287.PROD.OUTLOOK.COM"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 32 negative: interviewer panel invite (her own employer)

@mail(family="interviewer_panel", lang="en", interview=False, company="Rheinblick Retail",
      note="Greenhouse panel notification at her current employer: she is the interviewer, not the candidate; look-alike with ICS",
      days=(("Thu", "2026-04-23"),))
def m_panel_rheinblick():
    body = t("""
        Hi Mira,

        You've been added as an interviewer.

        Candidate: Jonas Weber
        Job: Data Analyst (Zurich)
        Interview: Technical - SQL pairing
        When: Thursday, April 23, 2026, 14:00 - 15:00 CEST
        Where: Zurich office, meeting room "Uetliberg"

        Scorecard: https://app.greenhouse.io/scorecards/3310984 (please submit within 24 hours)
        Interview kit: https://app.greenhouse.io/interview_kits/55123

        Thanks for helping us hire!
        Rheinblick Retail Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Interview Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-3310984@greenhouse.io
        DTSTAMP:20260416T091500Z
        DTSTART:20260423T120000Z
        DTEND:20260423T130000Z
        SUMMARY:Interview: Jonas Weber - Data Analyst (Technical - SQL pairing)
        LOCATION:Zurich office - Uetliberg
        ORGANIZER;CN=Rheinblick Recruiting:mailto:recruiting@rheinblick.ch
        ATTENDEE;CN=Mira Castellano;RSVP=TRUE:mailto:mira.castellano@rheinblick.ch
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Rheinblick Retail Recruiting", "no-reply@greenhouse.io"),
                       "Interview scheduled: Jonas Weber for Data Analyst (Zurich)",
                       "2026-04-16 11:15:00", "Europe/Zurich", "gh.panel.3310984@greenhouse.io",
                       to=("Mira Castellano", "mira.castellano@rheinblick.ch")),
                   alt(text(body, cte="7bit", charset="us-ascii"), calendar(ics)))


# =========================================================================== 33 founder prose, Austin, relative day

@mail(family="human_prose", lang="en", interview=True, kind="scheduled", company="Bluebonnet Robotics",
      start="2026-01-15T17:00:00Z", end="2026-01-15T17:45:00Z", contact="sam@bluebonnetrobotics.com",
      days=(("Sun", "2026-01-11"),), local="Thu 2026-01-15 11:00", local_end="2026-01-15 11:45", zone="America/Chicago",
      note="Founder's Gmail reply; 'Thursday at 11am Central' against Date Mon 12 Jan = Thu 15 Jan 11:00 CST = 17:00Z; '45 minutes' stated -> end; contact = sender")
def m_founder_bluebonnet():
    body = t("""
        Hi Mira,

        Thursday at 11am Central works great - you're locked in. I'll send a Google Meet link the
        morning of. We'll keep it to 45 minutes: I'll tell you what we're building with the fleet
        telemetry, and I'd love to hear how you'd approach getting 2TB/day of sensor data into
        something our ops team can actually query.

        No need to prepare slides. Looking forward to it!

        Sam

        --
        Sam Okafor
        Co-founder & CEO, Bluebonnet Robotics
        Austin, TX

        On Sun, Jan 11, 2026 at 3:02 PM Mira Castellano <mira.castellano@example.com> wrote:
        > Hi Sam,
        >
        > Thanks for getting back to me so quickly. I could do Wednesday afternoon or Thursday
        > morning your time - whatever is easier for you.
        >
        > Best,
        > Mira
        """)
    return message(hdr(("Sam Okafor", "sam@bluebonnetrobotics.com"),
                       "Re: Data engineer role at Bluebonnet",
                       "2026-01-12 09:41:20", "America/Chicago", "CAHx3vK8pQ+bluebonnet.sam.0112@mail.gmail.com",
                       extra=(("In-Reply-To", "<CAMc7e1Z0-mira.0111@mail.gmail.com>"),
                              ("References", "<CAMc7e1Z0-mira.0111@mail.gmail.com>"))),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 34 negative: virtual career fair

@mail(family="career_fair", lang="en", interview=False, company=None,
      note="Registration for a virtual career fair at a time: an event, not an interview",
      days=(("Thu", "2026-05-28"),))
def m_career_fair():
    hbody = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <h2>You're registered for Swiss Tech Careers Fair 2026 (virtual)</h2>
        <p>Hi Mira,</p>
        <p>Thanks for registering! The fair takes place on <b>Thursday, 28 May 2026, 14:00&ndash;18:00 CEST</b>.</p>
        <p>More than 60 employers will host virtual booths. You can queue for 10-minute speed chats with
        recruiters, join talks (&ldquo;Landing your first interview in Switzerland&rdquo;, &ldquo;Work permits explained&rdquo;)
        and leave your CV at any booth.</p>
        <p><a href="https://fair.swisstechcareers.ch/e/2026/join">Add to calendar</a> &middot;
        <a href="https://fair.swisstechcareers.ch/e/2026/profile">Complete your profile</a></p>
        <p style="font-size:11px;color:#888">Swiss Tech Careers &middot; Technoparkstrasse 1, 8005 Zürich</p>
        </body></html>
        """)
    return message(hdr(("Swiss Tech Careers", "events@swisstechcareers.ch"),
                       "You're registered: Swiss Tech Careers Fair 2026",
                       "2026-05-11 12:00:03", "Europe/Zurich", "stc.reg.2026.a77e10@swisstechcareers.ch"),
                   html(hbody, cte="base64"))


# =========================================================================== 35 UK agency reschedule (BST -> GMT)

@mail(family="human_prose", lang="en", interview=True, kind="rescheduled", company="Hollins & Pryce",
      start="2026-10-27T15:00:00Z", contact="ellie.marsh@brookfieldtalent.co.uk",
      days=(("Thu", "2026-10-22"),), local="Tue 2026-10-27 15:00", zone="Europe/London",
      note="Agency recruiter moves the client's second interview from Thursday to Tue 27 Oct 3pm UK time; mail sent in BST, interview after the 25 Oct change = GMT = 15:00Z; company = the client; contact = agency sender")
def m_agency_hollins_resched():
    body = t("""
        Hi Mira,

        Quick update from Hollins & Pryce - unfortunately Richard has been pulled into a client
        matter on Thursday, so they've asked to move your second interview.

        New time: Tuesday 27th October at 3pm UK time (4pm for you in Zurich).

        Everything else stays the same - same Teams link, same panel (Richard Pryce and Amira
        Siddiqui, who runs their data team). I've already confirmed with them that this works for
        you based on what you said on the phone earlier, so no need to do anything.

        Give me a shout if you want to do a quick prep call on Monday.

        Thanks,
        Ellie

        Ellie Marsh
        Principal Consultant | Brookfield Talent Partners
        M: +44 7700 900 417 | ellie.marsh@brookfieldtalent.co.uk
        """)
    return message(hdr(("Ellie Marsh", "ellie.marsh@brookfieldtalent.co.uk"),
                       "Hollins & Pryce - 2nd interview moved to Tuesday",
                       "2026-10-21 15:02:19", "Europe/London",
                       "LO2P265MB5510D3C1E9F2A6B7C8D9E0F1A2B3@LO2P265MB5510.GBRP265.PROD.OUTLOOK.COM"),
                   text(body, cte="quoted-printable"))


# =========================================================================== 36 negative: French flat viewing

@mail(family="personal_appointment", lang="fr", interview=False, company=None,
      note="Flat viewing confirmation from a property agency (confirmed time, not an interview)",
      days=(("Tue", "2026-03-17"),))
def m_visite_appartement_fr():
    body = t("""
        Madame,

        Nous vous confirmons la visite de l'appartement suivant :

        Objet : 3,5 pièces, 4e étage, rue de Carouge 88, 1205 Genève
        Loyer : CHF 2'460.– charges comprises
        Date : mardi 17 mars 2026 à 18h15
        Rendez-vous : devant l'entrée de l'immeuble, avec M. Vuilleumier (concierge)

        Merci de vous munir de votre dossier de candidature (extrait de l'office des poursuites,
        trois dernières fiches de salaire, copie de la pièce d'identité).

        Veuillez agréer, Madame, nos salutations distinguées.

        Régie du Rhône SA – Service location
        """)
    return message(hdr(("R\u00e9gie du Rh\u00f4ne - Location", "location@regie-rhone.ch"),
                       "Confirmation de visite - rue de Carouge 88, 3,5 pi\u00e8ces",
                       "2026-03-12 10:22:40", "Europe/Zurich", "rdr.visite.20260312.4481@regie-rhone.ch",
                       charset="iso-8859-1"),
                   text(body.replace("–", "-"), charset="iso-8859-1", cte="8bit"))


# =========================================================================== 37 Italian prose (Milan), latin-1

@mail(family="human_prose", lang="it", interview=True, kind="scheduled", company="Navigli Design Srl",
      start="2026-04-16T09:30:00Z", contact="giulia.ferraro@naviglidesign.it",
      local="Thu 2026-04-16 11:30", zone="Europe/Rome",
      note="Italian recruiter prose, latin-1 8bit; giovedì 16 aprile ore 11:30 CEST = 09:30Z; 'circa un'ora' so end null; contact = sender")
def m_navigli_it():
    body = t("""
        Gentile Mira,

        come anticipato al telefono, le confermo il colloquio per la posizione di Data Engineer
        per giovedì 16 aprile alle ore 11:30, presso la nostra sede in Via Tortona 27, Milano
        (citofono "Navigli Design", terzo piano).

        Incontrerà me e il nostro CTO, Davide Colombo. Il colloquio durerà circa un'ora.

        Se avesse bisogno di spostare l'appuntamento, mi scriva pure a questo indirizzo.

        Un cordiale saluto,

        Giulia Ferraro
        Responsabile Risorse Umane
        Navigli Design Srl - Via Tortona 27, 20144 Milano
        Tel. +39 02 5555 3120
        """)
    return message(hdr(("Giulia Ferraro", "giulia.ferraro@naviglidesign.it"),
                       "Conferma colloquio - Data Engineer",
                       "2026-04-13 10:20:05", "Europe/Rome", "3f8a1b2c.navigli.0413@naviglidesign.it",
                       charset="iso-8859-1"),
                   text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== 38 negative: Spanish invitation without a time

@mail(family="availability_request", lang="es", interview=False, company="Azahar Software",
      note="Spanish invitation to a first interview that asks for availability; no time fixed")
def m_azahar_es():
    body = t("""
        Hola Mira:

        Gracias por tu interés en la vacante de Ingeniera de Datos en Azahar Software. Hemos
        revisado tu candidatura y nos gustaría invitarte a una primera entrevista por
        videollamada con nuestro equipo técnico.

        ¿Podrías indicarnos tu disponibilidad para la próxima semana? Normalmente hacemos las
        entrevistas entre las 9:00 y las 17:00 (hora peninsular), de lunes a jueves. En cuanto
        nos respondas te enviaremos la invitación con el enlace.

        Un saludo,

        Lucía Ferrer
        People & Talent - Azahar Software
        Valencia
        """)
    return message(hdr(("Luc\u00eda Ferrer", "lucia.ferrer@azaharsoftware.es"),
                       "Primera entrevista \u2013 Ingeniera de Datos",
                       "2026-09-07 12:31:48", "Europe/Madrid", "CAE2kz8o+azahar.lucia.0907@mail.gmail.com"),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 39 Spanish cancellation (Bogotá)

@mail(family="human_prose", lang="es", interview=True, kind="cancelled", company="Cafetal Digital",
      start="2026-06-23T15:00:00Z", contact="andres.montoya@cafetaldigital.co",
      local="Tue 2026-06-23 10:00", zone="America/Bogota",
      note="Spanish cancellation; martes 23 de junio 10:00 a. m. hora de Colombia (UTC-5, no DST) = 15:00Z; no new time; contact = sender")
def m_cafetal_cancel_es():
    body = t("""
        Hola Mira,

        Te escribo para contarte que, lamentablemente, debemos cancelar la entrevista que teníamos
        programada para el martes 23 de junio a las 10:00 a. m. (hora de Colombia).

        La posición de Data Engineer quedó congelada esta semana por un cambio en el presupuesto
        del área. Sé que te habías organizado para ese horario y te pido disculpas.

        Si la vacante se reabre en los próximos meses, serás la primera persona a la que
        contactemos.

        Un abrazo,

        Andrés Montoya
        Líder de Talento Humano
        Cafetal Digital S.A.S. - Medellín, Colombia
        """)
    return message(hdr(("Andr\u00e9s Montoya", "andres.montoya@cafetaldigital.co"),
                       "Cancelaci\u00f3n de la entrevista del martes",
                       "2026-06-18 17:45:30", "America/Bogota", "CAPx7dE4+cafetal.andres.0618@mail.gmail.com"),
                   text(body, cte="quoted-printable"))


# =========================================================================== 40 negative: Workday status update

@mail(family="status_update", lang="en", interview=False, company="Cascadia Power",
      note="Workday application status update ('under review'), no time")
def m_workday_status_cascadia():
    body = t("""
        Hello Mira,

        The status of your application for Data Engineer II (R0034471) has changed to:

            In Review - Hiring Manager

        No action is needed right now. If the hiring team would like to speak with you, a recruiter
        will contact you to schedule an interview.

        You can check your application at any time from your candidate home:
        https://cascadiapower.wd5.myworkdayjobs.com/en-US/careers/userHome

        Cascadia Power Talent Acquisition
        """)
    return message(hdr(("Cascadia Power", "cascadiapower@myworkday.com"),
                       "Application Update - Data Engineer II",
                       "2026-08-03 13:05:00", "America/Los_Angeles", "1990233471.7781.1785787500@myworkday.com"),
                   text(body, cte="quoted-printable"))


# =========================================================================== 41 forward to self: Workable (Athens)

@mail(family="forwarded", lang="en", interview=True, kind="scheduled", company="Aegean Mobility",
      start="2026-02-04T10:00:00Z", end="2026-02-04T10:45:00Z", contact="nikos.pappas@aegeanmobility.gr",
      days=(("Thu", "2026-01-29"),), local="Wed 2026-02-04 12:00", local_end="2026-02-04 12:45", zone="Europe/Athens",
      note="Candidate forwards a Workable confirmation to herself; Wed 4 Feb 12:00-12:45 EET (UTC+2) = 10:00-10:45Z; Workable relay Reply-To is not a person; contact = interviewer address in the forwarded body")
def m_fwd_workable_aegean():
    inner = t("""
        Hi Mira,

        Your interview for Senior Data Engineer at Aegean Mobility is confirmed.

        Date: Wednesday, February 4, 2026
        Time: 12:00 PM - 12:45 PM EET (Europe/Athens)
        Type: Video call - https://meet.google.com/agn-mblt-int

        You'll be speaking with Nikos Pappas, Head of Engineering
        (nikos.pappas@aegeanmobility.gr).

        Good luck!
        Aegean Mobility Hiring Team
        """)
    body = t("""
        for the calendar - note it's Athens time, 11:00 here

        ---------- Forwarded message ---------
        From: Aegean Mobility <noreply@candidates.workablemail.com>
        Date: Thu, Jan 29, 2026 at 6:02 PM
        Subject: Interview confirmed: Senior Data Engineer at Aegean Mobility
        To: <mira.castellano@example.com>
        Reply-To: aegean-mobility+c8a1f2@candidates.workablemail.com

        """) + inner
    return message(hdr(ME, "Fwd: Interview confirmed: Senior Data Engineer at Aegean Mobility",
                       "2026-01-29 21:14:09", "Europe/Zurich", "CAMc7e1Z0-fwd-aegean.0129@mail.gmail.com"),
                   alt(text(body), html(gmail_html(body))))


# =========================================================================== 42 negative: French rejection (latin-1 QP)

@mail(family="rejection", lang="fr", interview=False, company="L\u00e9manis SA",
      note="French rejection before interview")
def m_reject_lemanis_fr():
    body = t("""
        Madame Castellano,

        Nous vous remercions de l'intérêt que vous portez à Lémanis SA et du temps consacré à votre
        candidature au poste d'Ingénieure données.

        Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
        nous ne pourrons pas y donner une suite favorable. Nous avons en effet retenu des profils
        dont l'expérience correspond plus étroitement à nos besoins actuels.

        Nous conservons toutefois votre dossier et ne manquerons pas de revenir vers vous si une
        opportunité se présentait.

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Service des ressources humaines
        Lémanis SA, Avenue de Rhodanie 58, 1007 Lausanne
        """)
    return message(hdr(("L\u00e9manis SA - RH", "rh@lemanis.ch"),
                       "Votre candidature - Ing\u00e9nieure donn\u00e9es",
                       "2026-07-02 16:55:10", "Europe/Zurich", "lemanis.rh.20260702.991@lemanis.ch",
                       charset="iso-8859-1"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== 43 German reply quoting the agreed time (Vienna)

@mail(family="reply_quoted", lang="de", interview=True, kind="scheduled", company="Donaukanal Software GmbH",
      start="2026-03-12T15:00:00Z", contact="markus.huber@donaukanal-software.at",
      days=(("Sun", "2026-03-08"),), local="Thu 2026-03-12 16:00", zone="Europe/Vienna",
      note="Hiring manager's short reply ('Passt, dann bis Donnerstag um 16 Uhr') over the candidate's quoted acceptance of Do 12. März 16:00 CET = 15:00Z; contact = sender")
def m_donaukanal_reply_de():
    body = t("""
        Liebe Frau Castellano,

        passt perfekt, dann bis Donnerstag um 16 Uhr! Den Teams-Link schicke ich Ihnen morgen
        separat. Mit dabei ist auch meine Kollegin Eva Gruber aus dem Data-Team.

        Schöne Grüße aus Wien
        Markus Huber
        Teamlead Data Engineering
        Donaukanal Software GmbH | Obere Donaustraße 95, 1020 Wien

        -----Ursprüngliche Nachricht-----
        Von: Mira Castellano <mira.castellano@example.com>
        Gesendet: Sonntag, 8. März 2026 19:40
        An: Markus Huber <markus.huber@donaukanal-software.at>
        Betreff: AW: Kennenlernen - Data Engineer

        Lieber Herr Huber,

        vielen Dank für die Einladung. Donnerstag, 12. März um 16:00 Uhr passt mir sehr gut.

        Beste Grüße
        Mira Castellano
        """)
    return message(hdr(("Markus Huber", "markus.huber@donaukanal-software.at"),
                       "AW: AW: Kennenlernen - Data Engineer",
                       "2026-03-09 08:55:12", "Europe/Vienna",
                       "VI1P195MB2284F0E1D2C3B4A5968778695A4B3C2D@VI1P195MB2284.EURP195.PROD.OUTLOOK.COM",
                       extra=(("Thread-Topic", "Kennenlernen - Data Engineer"),)),
                   text(body, cte="quoted-printable"))


# =========================================================================== 44 negative: interview feedback survey

@mail(family="survey", lang="en", interview=False, company="Pebblestone Health",
      note="Candidate experience survey after an interview that already took place")
def m_survey_pebblestone():
    hbody = t("""
        <html><body style="font-family:Inter,Arial;font-size:14px">
        <p>Hi Mira,</p>
        <p>Thank you for interviewing with Pebblestone Health yesterday. We'd love to hear how it went
        &mdash; it takes about two minutes and your answers are anonymous.</p>
        <p style="text-align:center"><a href="https://app.ashbyhq.com/survey/pbh/8f1e22" style="background:#3f51b5;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Share feedback</a></p>
        <p>Your responses do not affect your candidacy.</p>
        <p style="color:#9ca3af;font-size:12px">Sent by Ashby on behalf of Pebblestone Health</p>
        </body></html>
        """)
    return message(hdr(("Pebblestone Health", "no-reply@ashbyhq.com"),
                       "How was your interview with Pebblestone Health?",
                       "2026-03-27 10:00:12", "Europe/London", "ashby.survey.8f1e22@ashbyhq.com"),
                   html(hbody))


# =========================================================================== 45 Portuguese (Brazil), HTML only base64

@mail(family="human_prose", lang="pt", interview=True, kind="scheduled", company="Ip\u00ea Tecnologia",
      start="2026-08-19T17:00:00Z", end="2026-08-19T18:00:00Z", contact="larissa.campos@ipetecnologia.com.br",
      local="Wed 2026-08-19 14:00", local_end="2026-08-19 15:00", zone="America/Sao_Paulo",
      note="Brazilian Portuguese, HTML only base64; quarta-feira 19/08 às 14h horário de Brasília (UTC-3, no DST) = 17:00Z, 'duração de 1 hora' -> end; contact = sender")
def m_ipe_pt():
    hbody = t("""
        <html><body><div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Olá, Mira, tudo bem?</p>
        <p>Conforme conversamos, confirmo a sua entrevista para a vaga de <b>Engenheira de Dados Sênior</b>
        na Ipê Tecnologia:</p>
        <ul>
        <li><b>Data:</b> quarta-feira, 19 de agosto de 2026</li>
        <li><b>Horário:</b> 14h (horário de Brasília) &ndash; 19h no seu fuso, em Zurique</li>
        <li><b>Duração:</b> 1 hora</li>
        <li><b>Local:</b> Google Meet &ndash; <a href="https://meet.google.com/ipe-tcnl-dds">meet.google.com/ipe-tcnl-dds</a></li>
        </ul>
        <p>Você vai conversar comigo e com o Rafael Souza, nosso Head de Dados. A entrevista será em inglês.</p>
        <p>Qualquer imprevisto, é só me avisar por aqui.</p>
        <p>Abraços,<br>Larissa Campos<br>Tech Recruiter &middot; Ipê Tecnologia<br>São Paulo &ndash; SP</p>
        </div></body></html>
        """)
    return message(hdr(("Larissa Campos", "larissa.campos@ipetecnologia.com.br"),
                       "Confirma\u00e7\u00e3o de entrevista \u2013 Engenheira de Dados S\u00eanior",
                       "2026-08-13 11:30:40", "America/Sao_Paulo", "CAKp1w9R+ipe.larissa.0813@mail.gmail.com"),
                   html(hbody, cte="base64"))


# =========================================================================== 46 negative: farewell apéro invite (Google Calendar)

@mail(family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Google Calendar invitation from a colleague for a farewell apero: a calendar invite, not an interview",
      days=(("Thu", "2026-05-21"),))
def m_gcal_apero():
    body = t("""
        Invitation from Google Calendar

        Farewell apéro for Daniel
        When: Thursday 21 May 2026 ⋅ 17:30 – 19:30 (Central European Time - Zurich)
        Location: Frau Gerolds Garten, Geroldstrasse 23, 8005 Zürich

        Daniel is leaving us after 6 years - drinks are on the team budget, partners welcome!

        Organiser: Stefan Vogel
        Guests: data-team@rheinblick.ch, Mira Castellano

        Reply for mira.castellano@example.com: Yes / No / Maybe
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_ZURICH + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20260521T173000
        DTEND;TZID=Europe/Zurich:20260521T193000
        DTSTAMP:20260511T081122Z
        ORGANIZER;CN=Stefan Vogel:mailto:stefan.vogel@rheinblick.ch
        UID:0d1e2f3a4b5c6d7e8f9a0b1c2d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mira Castellano:mailto:mira.castellano@example.com
        SUMMARY:Farewell apéro for Daniel
        LOCATION:Frau Gerolds Garten\\, Geroldstrasse 23\\, 8005 Zürich
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr(("Stefan Vogel", "stefan.vogel@rheinblick.ch"),
                       "Invitation: Farewell ap\u00e9ro for Daniel @ Thu 21 May 2026 17:30 - 19:30 (CEST) (mira.castellano@example.com)",
                       "2026-05-11 10:11:22", "Europe/Zurich", "calendar-77e0b1c3-apero@google.com",
                       extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   alt(text(body), calendar(ics, cte="base64")))


# =========================================================================== 47 negative: Italian LinkedIn InMail

@mail(family="recruiter_outreach", lang="it", interview=False, company="Dolomiti Cloud",
      note="LinkedIn InMail notification in Italian: outreach asking for a chat, no time")
def m_inmail_dolomiti_it():
    body = t("""
        Francesca Bernardi ti ha inviato un nuovo messaggio

        Francesca Bernardi
        Talent Acquisition Lead presso Dolomiti Cloud

        "Ciao Mira, ho visto il tuo profilo e credo che potresti essere perfetta per il ruolo di
        Senior Data Engineer nel nostro team di Bolzano (anche full remote dalla Svizzera). Ti
        andrebbe una chiacchierata conoscitiva nelle prossime settimane? Fammi sapere quando
        saresti disponibile!"

        Rispondi: https://www.linkedin.com/messaging/thread/2-ZmI0Y2QxN2E=

        Ricevi queste email perché hai attivato le notifiche InMail.
        LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2.
        """)
    return message(hdr(("Francesca Bernardi tramite LinkedIn", "inmail-hit-reply@linkedin.com"),
                       "Francesca ti ha inviato un messaggio: Senior Data Engineer \u2013 Dolomiti Cloud",
                       "2026-09-15 09:42:00", "Europe/Rome", "818822103.44.1789458120@mail.linkedin.com"),
                   text(body, cte="quoted-printable"))


# =========================================================================== 48 negative: proposed times, nothing confirmed (Sydney)

@mail(family="availability_request", lang="en", interview=False, company="Kookaburra Cloud",
      note="Recruiter proposes three slots and asks the candidate to pick one; nothing confirmed yet",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18"), ("Fri", "2026-11-20")))
def m_kookaburra_options():
    body = t("""
        Hi Mira,

        Lovely to chat yesterday! The team would like to move you to the technical round. Could
        you do any of the following (all Sydney time, AEDT)?

          - Tue 17 Nov, 6:00pm
          - Wed 18 Nov, 5:30pm
          - Fri 20 Nov, 7:00pm

        I know those are early mornings for you in Zurich, so if none of them suit, send me a few
        windows and I'll see what I can do. Once you pick one I'll send through a calendar invite.

        Cheers,
        Bec Ward
        Talent Partner | Kookaburra Cloud
        bec.ward@kookaburracloud.com.au
        """)
    return message(hdr(("Bec Ward", "bec.ward@kookaburracloud.com.au"),
                       "Technical round - a few time options",
                       "2026-11-11 10:18:33", "Australia/Sydney",
                       "ME3P282MB1190C0FFEE11A2B3C4D5E6F7A8B9@ME3P282MB1190.AUSP282.PROD.OUTLOOK.COM"),
                   text(body, cte="7bit", charset="us-ascii"))


# =========================================================================== 49 negative: Dutch job alert

@mail(family="job_alert", lang="nl", interview=False, company=None,
      note="Dutch job alert e-mail, no interview")
def m_vacatureradar_nl():
    hbody = t("""
        <html><body style="font-family:Verdana;font-size:13px">
        <p>Hoi Mira,</p>
        <p>Er zijn <b>8 nieuwe vacatures</b> die passen bij je zoekopdracht &ldquo;data engineer&rdquo; (remote, Nederland).</p>
        <ol>
        <li><a href="https://www.vacatureradar.nl/v/118204">Data Engineer &ndash; Tulpwerk, Utrecht</a> &middot; 32-40 uur &middot; vandaag geplaatst</li>
        <li><a href="https://www.vacatureradar.nl/v/118177">Medior Data Engineer &ndash; Polderstroom, Almere</a> &middot; hybride</li>
        <li><a href="https://www.vacatureradar.nl/v/118150">Analytics Engineer &ndash; Grachtzicht Media, Haarlem</a> &middot; remote</li>
        </ol>
        <p><a href="https://www.vacatureradar.nl/zoekopdrachten">Bekijk alle vacatures</a></p>
        <p style="font-size:11px;color:#777">Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld.
        <a href="https://www.vacatureradar.nl/afmelden">Afmelden</a></p>
        </body></html>
        """)
    return message(hdr(("Vacatureradar", "meldingen@vacatureradar.nl"),
                       "8 nieuwe vacatures voor \u201cdata engineer\u201d",
                       "2026-05-27 07:00:00", "Europe/Amsterdam", "vr.alert.20260527.55219@vacatureradar.nl"),
                   html(hbody))


# =========================================================================== 50 negative: one-way video interview with a deadline

@mail(family="one_way_video", lang="en", interview=False, company="Oakmere Bank",
      note="HireVue on-demand (one-way) video interview with a completion deadline; no live appointment",
      days=(("Fri", "2026-06-05"),))
def m_hirevue_oakmere():
    body = t("""
        Dear Mira,

        Thank you for applying to the Data Engineer - Risk Technology role at Oakmere Bank.

        The next step is an on-demand video interview. You will record answers to five questions
        at a time that suits you; there is no live interviewer.

        Please complete your interview by Friday, 5 June 2026, 11:59 PM BST.

        Start your interview: https://app.hirevue.com/interviews/oakmere/9d7a3c20

        Tips: find a quiet spot, check your camera, and use the practice question first.

        Kind regards,
        Oakmere Bank Early & Experienced Hiring
        """)
    return message(hdr(("Oakmere Bank Recruitment", "noreply@hirevue.com"),
                       "Oakmere Bank: your on-demand video interview",
                       "2026-05-28 14:00:00", "Europe/London", "hv.od.9d7a3c20@hirevue.com"),
                   text(body, cte="7bit", charset="us-ascii"))
