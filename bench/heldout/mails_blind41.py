"""blind41: 50 hand-written mails from the inbox of a data scientist living in Paris.

Inbox owner: Yasmine Bertrand <yasmine.bertrand@example.org> (personal phone address
yasmine.bertrand@example.com), Europe/Paris, applying to start-ups, banks, luxury/retail groups,
consulting firms and public bodies in Paris, Lyon, Nantes, Bordeaux, Brussels, Geneva, London and
remotely for US companies. Mostly French, some English.

Written blind (without reading the detector, its tests or the other held-out mails); make.py does
the MIME plumbing and the checks. Writing order = key order: keys 1-23 are the positives, 24-50
the negatives; the file numbers are random.Random(41041).sample(range(1, 51), 50) over that order.
"""

from __future__ import annotations

import html as _html
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
)

SET = "blind41"
ORDER = random.Random(41041).sample(range(1, 51), 50)
_key = [0]


def nxt() -> str:
    """The next file name in writing order."""
    _key[0] += 1
    return f"{SET}_{ORDER[_key[0] - 1]:03d}"


ME = "yasmine.bertrand@example.org"
ME_PHONE = "yasmine.bertrand@example.com"
ME_TO = addr("Yasmine Bertrand", ME)

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
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

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
ID de la réunion : {num}
Code secret : {code}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mid}@thread.v2>
________________________________________________________________________________
"""


def mx(host: str, ip: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {ident}", to, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, rcv: tuple[str, str],
         to: str = ME_TO, before: tuple[tuple[str, str], ...] = (),
         after: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [("Delivered-To", ME), rcv, *before, ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *after]


def outlook_html(body: str) -> str:
    """A plain-text body in the shape Outlook's HTML twin takes: one MsoNormal paragraph per line."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
           '</head><body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for line in body.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{_html.escape(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f") -> str:
    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


def pdf(name: str, seed: str) -> Part:
    import base64
    raw = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"% " + seed.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


# =========================================================================== positives (keys 1-23)

# ---- key 1: Teamtailor, Lumio (Paris), technical interview booked, ICS in Europe/Paris

@mail(nxt(), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-03-05T13:00:00Z", end="2026-03-05T14:00:00Z", contact=None, company="Lumio",
      local="Thu 2026-03-05 14:00", local_end="2026-03-05 15:00", zone="Europe/Paris",
      note="Teamtailor booking confirmation, 'jeudi 5 mars 2026, 14:00 – 15:00 (Europe/Paris)', CET (UTC+1) "
           "before the 29 March switch -> 13:00Z-14:00Z; ICS agrees. Reply-To is a Teamtailor relay and the "
           "ORGANIZER the no-reply sender, no personal address anywhere -> contact null")
def m_teamtailor_lumio() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Merci d'avoir choisi un créneau ! Votre entretien est confirmé.

        Entretien technique – Data Scientist (CDI)
        jeudi 5 mars 2026, 14:00 – 15:00 (Europe/Paris)
        Google Meet : https://meet.google.com/kpw-tzqa-hmo

        Vous rencontrerez Bastien Aubry (Lead Data) et Camille Roux (Talent Acquisition).
        Au programme : un retour sur vos expériences, puis un échange technique autour d'un
        problème de prévision de consommation. Aucune préparation particulière n'est nécessaire.

        Un empêchement ? Vous pouvez modifier ou annuler le rendez-vous ici :
        https://lumio.teamtailor.com/fr/meetings/7d1f0c2e-94a8-4b6b-b1e3-2a57c0f4e8d1

        À très vite,
        L'équipe Lumio

        --
        Envoyé avec Teamtailor
        """)
    hbody = simple_html(body)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Meetings//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:meeting-7d1f0c2e-94a8-4b6b-b1e3-2a57c0f4e8d1@teamtailor.com
DTSTAMP:20260302T091206Z
DTSTART;TZID=Europe/Paris:20260305T140000
DTEND;TZID=Europe/Paris:20260305T150000
SUMMARY:Entretien technique – Data Scientist (Lumio)
DESCRIPTION:Google Meet : https://meet.google.com/kpw-tzqa-hmo\\nAvec Bastien Aubry et Camille Roux
LOCATION:https://meet.google.com/kpw-tzqa-hmo
ORGANIZER;CN=Lumio:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Yasmine Bertrand;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head("Lumio <no-reply@teamtailor-mail.com>", "Entretien confirmé – Data Scientist chez Lumio",
             "2026-03-02 10:12:06", "Europe/Paris",
             "<0102018e0a6c3f41-5b2e9c7d-2f1a-4c88-9a3e-71d0b6e4f2aa-000000@eu-west-1.amazonses.com>",
             rcv=mx("a48-112.smtp-out.eu-west-1.amazonses.com", "54.240.48.112", "2026-03-02 10:12:06",
                    "Europe/Paris", "4QkR2d1xZbz9"),
             after=(("Reply-To", "Lumio <reply+c7f2a90e51b84d3c@teamtailor-mail.com>"),
                    ("X-Mailer", "Teamtailor"))),
        mixed(alt(text(body), html(hbody)),
              calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                       filename="invitation.ics", disposition="attachment", name_param=True)))


# ---- key 2: Greenhouse, Fieldnote (San Francisco, remote), PDT while Paris is still on CET

@mail(nxt(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T16:00:00Z", end="2026-03-24T17:00:00Z", contact="tasha.okafor@fieldnote.ai",
      company="Fieldnote", local="Tue 2026-03-24 09:00", local_end="2026-03-24 10:00",
      zone="America/Los_Angeles",
      note="Greenhouse confirmation 'Tuesday, March 24, 2026 9:00 AM - 10:00 AM PDT': US on daylight time "
           "since 8 March -> 16:00Z-17:00Z; the recruiter's '5:00 PM your time in Paris' agrees (Paris still "
           "CET until 29 March). ICS in America/Los_Angeles agrees. Contact = Reply-To recruiter")
def m_greenhouse_fieldnote() -> bytes:
    body = t("""
        Hi Yasmine,

        Thanks for sending over your availability! Your technical interview for the Senior Data
        Scientist, Growth role is confirmed:

        Tuesday, March 24, 2026
        9:00 AM - 10:00 AM PDT
        (5:00 PM - 6:00 PM your time in Paris)

        Interviewer: Miguel Santos, Staff Data Scientist
        Format: live SQL + experiment design discussion
        Zoom: https://fieldnote.zoom.us/j/84120993317?pwd=bWlndWVsLXlhc21pbmUtMDMyNA

        A calendar invitation is attached. If anything comes up, just reply to this email and I'll
        sort it out.

        Best,
        Tasha

        Tasha Okafor | Recruiting | Fieldnote
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:gh-interview-61750342-3@greenhouse.io
DTSTAMP:20260318T180409Z
DTSTART;TZID=America/Los_Angeles:20260324T090000
DTEND;TZID=America/Los_Angeles:20260324T100000
SUMMARY:Fieldnote - Technical Interview (Yasmine Bertrand)
LOCATION:https://fieldnote.zoom.us/j/84120993317
ORGANIZER;CN=Tasha Okafor:mailto:tasha.okafor@fieldnote.ai
ATTENDEE;CN=Yasmine Bertrand;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Miguel Santos;ROLE=REQ-PARTICIPANT:mailto:miguel.santos@fieldnote.ai
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head("Fieldnote <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Senior Data Scientist, Growth at Fieldnote",
             "2026-03-18 11:04:09", "America/Los_Angeles",
             "<gh.61750342.20260318180409.5c1e@us.greenhouse-mail.io>",
             rcv=mx("o3.us.greenhouse-mail.io", "167.89.101.7", "2026-03-18 11:04:09", "America/Los_Angeles",
                    "4PZk0B2yLmz7"),
             after=(("Reply-To", "Tasha Okafor <tasha.okafor@fieldnote.ai>"),)),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


# ---- key 3: London fintech hiring manager, human reply, BST starts in between

@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T13:00:00Z", end=None, contact="oliver.pennick@quaysidepay.co.uk",
      company="Quayside Pay", local="Tue 2026-03-31 14:00", zone="Europe/London",
      note="'Tuesday at 2pm UK time works' on a thread where the candidate offered Tuesday afternoon; "
           "Date Fri 27 Mar 2026 (GMT) -> Tue 31 Mar, after the UK moved to BST on 29 March -> 13:00Z. "
           "'roughly an hour' -> end null. Contact = sender")
def m_quayside_confirm() -> bytes:
    body = t("""
        Hi Yasmine,

        Tuesday at 2pm UK time works well for me, let's lock that in. I'll send a Google Meet
        invite over shortly. It'll be me and Ravi (our Head of Risk Analytics), roughly an hour,
        mostly a chat about your fraud modelling work plus a few technical questions.

        Speak Tuesday,
        Oliver

        On Fri, 27 Mar 2026 at 11:02, Yasmine Bertrand <yasmine.bertrand@example.org> wrote:
        > Hi Oliver,
        >
        > Thanks for getting back to me so quickly. I could do Tuesday afternoon (any time after
        > 1pm UK time) or Wednesday morning.
        >
        > Best regards,
        > Yasmine
        >
        > On Thu, 26 Mar 2026 at 17:45, Oliver Pennick <oliver.pennick@quaysidepay.co.uk> wrote:
        >> Hi Yasmine,
        >>
        >> Thanks for applying for the Data Scientist role. I've had a look at your CV and would love
        >> to have a first conversation. Could you share a couple of slots early next week?
        >>
        >> Cheers,
        >> Oliver
        >> --
        >> Oliver Pennick
        >> Director of Data, Quayside Pay
        """)
    return message(
        head("Oliver Pennick <oliver.pennick@quaysidepay.co.uk>", "Re: Data Scientist role - next step",
             "2026-03-27 16:20:44", "Europe/London",
             "<CAH7q0vXk2Fp9Lm1tRzQe8WbY3n+5uJdA@mail.gmail.com>",
             rcv=mx("mail-wr1-f52.google.com", "209.85.221.52", "2026-03-27 16:20:44", "Europe/London",
                    "4PXh5T0kq3z2"),
             after=(("In-Reply-To", "<CAF3yB2mN8a@mail.gmail.com>"),
                    ("References", "<CAJx9pQe4s1@mail.gmail.com> <CAF3yB2mN8a@mail.gmail.com>"))),
        alt(text(body), html(gmail_html(body))))


# ---- key 4: same London fintech, next round cancelled the day before

@mail(nxt(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-04-09T14:00:00Z", end=None, contact="oliver.pennick@quaysidepay.co.uk",
      company="Quayside Pay", local="Thu 2026-04-09 15:00", zone="Europe/London",
      note="Cancellation of 'tomorrow's 3pm' sent Wed 8 Apr 2026 09:10 BST -> Thu 9 Apr 15:00 BST = 14:00Z; "
           "hiring freeze, no new time. Contact = sender")
def m_quayside_cancel() -> bytes:
    body = t("""
        Hi Yasmine,

        I'm really sorry to do this at short notice, but we need to cancel tomorrow's 3pm with Ravi
        and Claire. Our funding round has slipped and leadership has frozen all new hires until
        further notice, so the Data Scientist role is on hold for now. I'll take the invite out of
        your calendar shortly.

        I genuinely enjoyed our conversations and I'll reach out directly if the role reopens.
        Apologies again.

        Oliver
        """)
    return message(
        head("Oliver Pennick <oliver.pennick@quaysidepay.co.uk>", "Tomorrow's interview - cancelled, sorry",
             "2026-04-08 09:10:12", "Europe/London",
             "<CAH7q0vW3Jt8xR0aGm+Lq5e2PzYc7KfNs@mail.gmail.com>",
             rcv=mx("mail-wm1-f41.google.com", "209.85.128.41", "2026-04-08 09:10:12", "Europe/London",
                    "4QBq1K6jVrz5")),
        alt(text(body, cte="7bit"), html(gmail_html(body))))


# ---- key 5: Workday, luxury group, HR interview, recruiter address in body

@mail(nxt(), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-04-14T08:00:00Z", end="2026-04-14T08:45:00Z", contact="elodie.vasseur@groupe-serac.com",
      company="Groupe Sérac", local="Tue 2026-04-14 10:00", local_end="2026-04-14 10:45", zone="Europe/Paris",
      note="Workday notification 'mardi 14 avril 2026, 10h00 - 10h45 (heure de Paris)', CEST -> 08:00Z-08:45Z. "
           "Sender is the Workday system mailbox; contact = the recruiter's address written in the body")
def m_workday_serac() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Nous avons le plaisir de vous confirmer votre entretien RH pour le poste de Data Scientist Pricing
        (réf. R-10482).

        Date : mardi 14 avril 2026
        Horaire : 10h00 - 10h45 (heure de Paris)
        Format : visio Microsoft Teams (le lien vous sera transmis par votre interlocutrice)
        Interlocutrice : Élodie Vasseur, Talent Acquisition Partner – elodie.vasseur@groupe-serac.com

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat :
        https://groupeserac.wd3.myworkdayjobs.com/fr-FR/Serac_Careers/userHome

        Cordialement,
        L'équipe Recrutement Groupe Sérac

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <p><img src="https://groupeserac.wd3.myworkdayjobs.com/Serac_Careers/assets/logo" alt="Groupe Sérac" width="140"></p>
        <p>Bonjour Yasmine,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien RH pour le poste de <b>Data Scientist Pricing</b> (réf. R-10482).</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date</b></td><td>mardi 14 avril 2026</td></tr>
        <tr><td><b>Horaire</b></td><td>10h00 - 10h45 (heure de Paris)</td></tr>
        <tr><td><b>Format</b></td><td>visio Microsoft Teams (le lien vous sera transmis par votre interlocutrice)</td></tr>
        <tr><td><b>Interlocutrice</b></td><td>Élodie Vasseur, Talent Acquisition Partner – <a href="mailto:elodie.vasseur@groupe-serac.com">elodie.vasseur@groupe-serac.com</a></td></tr>
        </table>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre <a href="https://groupeserac.wd3.myworkdayjobs.com/fr-FR/Serac_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Groupe Sérac</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    return message(
        head(addr("Groupe Sérac", "groupeserac@myworkday.com"),
             "Groupe Sérac – Invitation à un entretien – Data Scientist Pricing (R-10482)",
             "2026-04-08 15:47:20", "Europe/Paris",
             "<1412553187.88211.1775656040512@wd3-prod-mta-07.myworkday.com>",
             rcv=mx("wd3-prod-mta-07.myworkday.com", "198.51.100.87", "2026-04-08 15:47:20", "Europe/Paris",
                    "4QCv2m3Hf1z8")),
        alt(text(body), html(hbody)))


# ---- key 6: SMS from a recruitment agency, pasted into a mail to herself

@mail(nxt(), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start="2026-06-09T13:00:00Z", end=None, contact=None, company="Vantrel",
      local="Tue 2026-06-09 15:00", zone="Europe/Paris",
      note="Candidate's note to herself pasting a recruiter SMS received 'ce matin': 'confirmé pr demain 15h' "
           "with Vantrel's DSI; Date Mon 8 Jun 2026 07:58 CEST -> Tue 9 Jun 15:00 CEST = 13:00Z. "
           "'1h environ' -> end null. Sender is the candidate, the SMS has no address -> contact null")
def m_sms_vantrel() -> bytes:
    body = t("""
        sms de Thomas (Kessler Conseil) reçu ce matin, je garde une trace :

        "Bonjour Yasmine, Thomas de Kessler Conseil. C'est confirmé pr demain 15h avec M. Perrin, DSI de Vantrel, en visio (lien Teams envoyé par son assistante). Ça devrait durer 1h environ. Tenez moi au courant après ! Bonne journée"

        à faire avant : relire l'annonce + rapport annuel 2025, préparer le projet churn

        Envoyé de mon iPhone
        """)
    return message(
        head(addr("Yasmine Bertrand", ME_PHONE), "rdv vantrel demain", "2026-06-08 07:58:31", "Europe/Paris",
             "<5B0E7F2A-3C41-4D9B-8E6A-0F1D2C3B4A59@example.com>",
             rcv=mx("smtp.example.com", "192.0.2.25", "2026-06-08 07:58:31", "Europe/Paris", "4R1mVb0Q7xz3"),
             after=(("X-Mailer", "iPhone Mail (21F90)"),)),
        text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


# ---- key 7: Brussels public body, formal convocation, windows-1252

@mail(nxt(), family="public_convocation", lang="fr", interview=True, kind="scheduled",
      start="2026-06-11T08:30:00Z", end="2026-06-11T09:15:00Z", contact="nathalie.peeters@abad.brussels",
      company="Agence bruxelloise pour l'Analyse des Données", local="Thu 2026-06-11 10:30",
      local_end="2026-06-11 11:15", zone="Europe/Brussels",
      note="Convocation 'jeudi 11 juin 2026 à 10h30 (heure de Bruxelles)', 'd'une durée de 45 minutes'; "
           "CEST -> 08:30Z-09:15Z. Sender is the shared selection mailbox; contact = the signer's address in "
           "the body. windows-1252 quoted-printable")
def m_abad_convocation() -> bytes:
    body = t("""
        Madame Bertrand,

        Nous avons le plaisir de vous informer que votre candidature pour la fonction de Data Scientist
        (réf. ABAD/2026/DS-07) a été retenue à l'issue de la présélection sur dossier.

        Vous êtes dès lors invitée à un entretien de sélection qui se tiendra le

            jeudi 11 juin 2026 à 10h30 (heure de Bruxelles)

        dans nos bureaux : Agence bruxelloise pour l'Analyse des Données, rue Royale 97, 6e étage,
        1000 Bruxelles. Nous vous prions de vous présenter à l'accueil 15 minutes avant l'heure de
        convocation, munie d'une pièce d'identité.

        L'entretien, d'une durée de 45 minutes, se déroulera devant un jury de trois personnes et
        débutera par une courte présentation (10 minutes maximum) d'un projet de votre choix.

        Les frais de déplacement ne sont pas remboursés. En cas d'empêchement, nous vous remercions
        d'en avertir le service Sélection au plus tard 48 heures à l'avance.

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Nathalie Peeters
        Service Sélection et Recrutement
        Agence bruxelloise pour l'Analyse des Données
        nathalie.peeters@abad.brussels – +32 2 555 01 47
        """)
    return message(
        head(addr("ABAD - Sélection", "selection@abad.brussels", "windows-1252"),
             "Convocation – entretien de sélection – Réf. ABAD/2026/DS-07", "2026-06-02 14:21:05",
             "Europe/Brussels",
             "<AM9PR02MB7311A5C4E2D8F0B91A3C7D52C6A02@AM9PR02MB7311.eurprd02.prod.outlook.com>",
             rcv=mx("mail-am6eur05on2091.outbound.protection.outlook.com", "40.107.22.91",
                    "2026-06-02 14:21:05", "Europe/Brussels", "4R7hQm2vYdz1"),
             charset="windows-1252",
             after=(("Thread-Topic", enc("Convocation – entretien de sélection – Réf. ABAD/2026/DS-07",
                                          "windows-1252")),
                    ("Thread-Index", "AdrW3k8xq1Jm4ZYtS0u7hHc2f9pQ1A=="),
                    ("Content-Language", "fr-BE"),
                    ("X-MS-Has-Attach", ""),
                    ("Importance", "normal"))),
        text(body, charset="windows-1252", cte="quoted-printable"))


# ---- key 8: Lever, London consultancy, first interview

@mail(nxt(), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-07-15T10:00:00Z", end="2026-07-15T11:00:00Z", contact="priya.nair@tidewell.co.uk",
      company="Tidewell Analytics", local="Wed 2026-07-15 11:00", local_end="2026-07-15 12:00",
      zone="Europe/London",
      note="Lever confirmation 'Wednesday, July 15th, 2026, 11:00am – 12:00pm BST' -> 10:00Z-11:00Z. "
           "From is Lever's no-reply; contact = Reply-To recruiter")
def m_lever_tidewell() -> bytes:
    body = t("""
        Hi Yasmine,

        Your interview with Tidewell Analytics has been scheduled. Details below:

        Wednesday, July 15th, 2026
        11:00am – 12:00pm BST

        Interviewers:
        Priya Nair – Talent Partner
        Tom Hargreaves – Principal Data Scientist

        Location: Microsoft Teams (the link is in the calendar invitation Tom will send)

        If you need to reschedule, please reply to this email.

        Thanks,
        Priya
        """)
    hbody = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;line-height:1.5;color:#111">
        <p>Hi Yasmine,</p>
        <p>Your interview with Tidewell Analytics has been scheduled. Details below:</p>
        <div style="border:1px solid #e4e4e4;border-radius:4px;padding:12px 16px;margin:12px 0">
        <div style="font-weight:600">Wednesday, July 15th, 2026</div>
        <div>11:00am &ndash; 12:00pm BST</div>
        <div style="margin-top:8px;color:#555">Interviewers:<br>Priya Nair &ndash; Talent Partner<br>Tom Hargreaves &ndash; Principal Data Scientist</div>
        <div style="margin-top:8px;color:#555">Location: Microsoft Teams (the link is in the calendar invitation Tom will send)</div>
        </div>
        <p>If you need to reschedule, please reply to this email.</p>
        <p>Thanks,<br>Priya</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    return message(
        head("Priya Nair <no-reply@hire.lever.co>",
             "Interview confirmed: Tidewell Analytics - Data Scientist (Consulting)",
             "2026-07-09 12:30:18", "Europe/London", "<20260709113018.1.A0C7D5E2B1F34@hire.lever.co>",
             rcv=mx("mail-8.hire.lever.co", "198.2.180.8", "2026-07-09 12:30:18", "Europe/London",
                    "4S2jXc9pTnz6"),
             after=(("Reply-To", "Priya Nair <priya.nair@tidewell.co.uk>"),)),
        alt(text(body), html(hbody)))


# ---- key 9: same consultancy, final-round itinerary (multi-session)

@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-07-28T09:00:00Z", end="2026-07-28T11:30:00Z", contact="priya.nair@tidewell.co.uk",
      company="Tidewell Analytics", local="Tue 2026-07-28 10:00", local_end="2026-07-28 12:30",
      zone="Europe/London",
      note="Final-round itinerary, all times BST on Tue 28 July 2026: first session 10:00 (arrival at 09:45 "
           "is not a session), last ends 12:30 -> 09:00Z-11:30Z. Contact = sender")
def m_tidewell_itinerary() -> bytes:
    body = t("""
        Hi Yasmine,

        Great news, the team would like to see you for the final stage, and thanks for confirming on
        the phone that Tuesday 28 July works for you. Here's your itinerary for the day (all times BST,
        at our office: 3rd floor, 41 Curtain Road, London EC2A 3PT):

        09:45           Arrive and ask for me at reception
        10:00 - 10:45   Case study presentation (Tom Hargreaves, Aisha Bello)
        10:45 - 11:30   Meet the team: informal coffee with two of our data scientists
        11:45 - 12:30   Final interview with Gareth Lowe, Partner

        The case study brief is attached; please bring your slides on a USB stick or laptop (HDMI
        available). We'll reimburse your Eurostar in standard class, just send me the receipt after
        the day.

        Any questions, give me a shout.

        Kind regards,
        Priya

        Priya Nair | Talent Partner | Tidewell Analytics
        +44 20 7946 0321
        """)
    return message(
        head("Priya Nair <priya.nair@tidewell.co.uk>", "Final round at Tidewell - your itinerary for Tuesday 28 July",
             "2026-07-20 17:05:51", "Europe/London",
             "<LO2P265MB4410C3B0A7D1E59F8B2C4E11A4F82@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>",
             rcv=mx("mail-lo2gbr01on2107.outbound.protection.outlook.com", "40.107.10.107",
                    "2026-07-20 17:05:51", "Europe/London", "4SHb3r0Zfqz4"),
             after=(("Thread-Topic", "Final round at Tidewell - your itinerary for Tuesday 28 July"),
                    ("Thread-Index", "AdsX1c2rT0y8Q2m5Rk6vZ3bNcP4wHg=="),
                    ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", "yes"))),
        mixed(alt(text(body), html(outlook_html(body))), pdf("Tidewell_case_brief_final_round.pdf", "tidewell")))


# ---- key 10: Geneva trading house, Outlook meeting request in W. Europe Standard Time

@mail(nxt(), family="exchange_invite", lang="en", interview=True, kind="scheduled",
      start="2026-09-11T08:00:00Z", end="2026-09-11T09:30:00Z", contact="marc.aubert@lemanis.ch",
      company="Lémanis Trading SA", local="Fri 2026-09-11 10:00", local_end="2026-09-11 11:30",
      zone="Europe/Zurich",
      note="Exchange meeting request, DTSTART;TZID=W. Europe Standard Time 20260911T100000 (Geneva, CEST) -> "
           "08:00Z-09:30Z; the body says 'Friday 11 September, 10:00 to 11:30'. Contact = organizer/sender")
def m_lemanis_onsite() -> bytes:
    body = t("""
        Dear Yasmine,

        As discussed on the phone this afternoon, I am pleased to confirm your onsite interview on
        Friday 11 September, 10:00 to 11:30, at our Geneva office (Rue du Rhône 62, 4th floor).

        You will meet Stéphanie Kuhn (Head of Quantitative Research) and myself. Stéphanie will ask you
        to walk us through one of your forecasting projects, so feel free to bring a few slides.
        Please bring a valid ID for the building reception.

        Best regards,

        Marc Aubert
        Head of Talent
        Lémanis Trading SA | Rue du Rhône 62 | 1204 Genève
        +41 22 555 48 10
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Marc Aubert:mailto:marc.aubert@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yasmine Bertrand:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stéphanie Kuhn:mailto:stephanie.kuhn@lemanis.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Yasmine\\,\\n\\nAs discussed on the phone this afternoon\\, I am pleased to confirm your onsite interview on Friday 11 September\\, 10:00 to 11:30\\, at our Geneva office (Rue du Rhône 62\\, 4th floor).\\n
UID:040000008200E00074C5B7101A82E008000000001F3A6C9D2C3BDC01000000000000000010000000C1E5D9A3B7F04E4D8A6B2C1D0E9F8A7B
SUMMARY;LANGUAGE=en-GB:Onsite interview - Quantitative Data Scientist - Y. Bertrand
DTSTART;TZID=W. Europe Standard Time:20260911T100000
DTEND;TZID=W. Europe Standard Time:20260911T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260903T144012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Lémanis Trading\\, Rue du Rhône 62\\, 4th floor\\, Geneva
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119846573
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
END:VCALENDAR"""
    return message(
        head(addr("Marc Aubert", "marc.aubert@lemanis.ch"),
             "Onsite interview - Quantitative Data Scientist - Y. Bertrand", "2026-09-03 16:40:12",
             "Europe/Zurich",
             "<GV0P278MB0718E2C51A3F49B0D6E7A1C5B8D03@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
             rcv=mx("mail-zr0che01on2131.outbound.protection.outlook.com", "40.107.24.131",
                    "2026-09-03 16:40:12", "Europe/Zurich", "4SQ2pK7rLbz9"),
             after=(("Thread-Topic", "Onsite interview - Quantitative Data Scientist - Y. Bertrand"),
                    ("Thread-Index", "AdtB2sK9w3fUq0QpTXa5m8Yb1rZ7eA=="),
                    ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(outlook_html(body)),
            calendar(ics, method="REQUEST", cte="base64")))


# ---- key 11: Flatchr (Bordeaux), phone interview moved, old and new slot in the mail

@mail(nxt(), family="flatchr", lang="fr", interview=True, kind="rescheduled",
      start="2026-09-21T14:30:00Z", end="2026-09-21T15:00:00Z", contact="lucie.darrieux@garonne-vision.fr",
      company="Garonne Vision", local="Mon 2026-09-21 16:30", local_end="2026-09-21 17:00",
      zone="Europe/Paris", days=(("Fri", "2026-09-18"),),
      note="Flatchr 'rendez-vous modifié': ancien créneau ven. 18 sept. 11h00-11h30, nouveau lundi 21 septembre "
           "2026 de 16h30 à 17h00 (CEST) -> 14:30Z-15:00Z; ICS SEQUENCE:1 carries only the new time. "
           "Contact = ICS ORGANIZER / address in the body")
def m_flatchr_garonne() -> bytes:
    body = t("""
        Bonjour Yasmine Bertrand,

        Votre rendez-vous a été modifié par Lucie Darrieux (Garonne Vision).

        Ancien créneau : vendredi 18 septembre 2026 de 11h00 à 11h30
        Nouveau créneau : lundi 21 septembre 2026 de 16h30 à 17h00

        Type : entretien téléphonique
        Poste : Data Scientist Vision par ordinateur (H/F) – Bordeaux

        Message de Lucie :
        « Bonjour Yasmine, notre CTO ne sera finalement pas disponible vendredi, je me permets donc de
        décaler notre échange à lundi en fin de journée. Je vous appellerai sur votre portable.
        Bonne journée ! »

        Pour toute question : lucie.darrieux@garonne-vision.fr

        --
        Ce message vous a été envoyé via Flatchr pour le compte de Garonne Vision.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:flatchr-evt-8841275@flatchr.io
DTSTAMP:20260916T080511Z
SEQUENCE:1
DTSTART;TZID=Europe/Paris:20260921T163000
DTEND;TZID=Europe/Paris:20260921T170000
SUMMARY:Entretien téléphonique – Garonne Vision
DESCRIPTION:Lucie Darrieux vous appellera sur votre portable.
ORGANIZER;CN=Lucie Darrieux:mailto:lucie.darrieux@garonne-vision.fr
ATTENDEE;CN=Yasmine Bertrand;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Garonne Vision via Flatchr", "no-reply@flatchr.io"),
             "Modification de votre rendez-vous – Garonne Vision", "2026-09-16 10:05:11", "Europe/Paris",
             "<20260916080511.8841275.a1b2@flatchr.io>",
             rcv=mx("mail.flatchr.io", "185.189.236.14", "2026-09-16 10:05:11", "Europe/Paris", "4SWq3mR8dPz2")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, method="REQUEST", cte="base64", filename="rendez-vous.ics",
                       disposition="attachment", name_param=True)))


# ---- key 12: SuccessFactors, consulting firm, case-interview morning, HTML only, base64

@mail(nxt(), family="successfactors", lang="fr", interview=True, kind="scheduled",
      start="2026-10-05T07:00:00Z", end=None, contact="anne-sophie.brunet@marcellin-associes.fr",
      company="Marcellin & Associés", local="Mon 2026-10-05 09:00", zone="Europe/Paris",
      note="HTML-only base64 SuccessFactors convocation 'lundi 5 octobre 2026', arrival 'à 9 heures', agreed by "
           "phone; CEST -> 07:00Z. 'fin prévue vers 12h30' is approximate -> end null. Contact = the "
           "recruiter's address in the body (sender is the SAP no-reply)")
def m_sf_marcellin() -> bytes:
    hbody = t("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Convocation</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">
        <table width="620" cellpadding="24" cellspacing="0" bgcolor="#ffffff" style="font-family:Georgia,serif;font-size:15px;color:#222">
        <tr><td style="border-bottom:3px solid #7a1f2b"><span style="font-size:20px;color:#7a1f2b">Marcellin &amp; Associés</span></td></tr>
        <tr><td>
        <p>Bonjour Yasmine,</p>
        <p>Comme convenu par téléphone avec Anne-Sophie Brunet, nous avons le plaisir de vous recevoir pour notre
        demi-journée d'entretiens pour le poste de <strong>Consultante Data &amp; IA</strong>.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:15px">
        <tr><td style="background:#faf6f6"><strong>Date</strong></td><td>lundi 5 octobre 2026</td></tr>
        <tr><td style="background:#faf6f6"><strong>Heure d'arrivée</strong></td><td>9 heures</td></tr>
        <tr><td style="background:#faf6f6"><strong>Lieu</strong></td><td>14 avenue Hoche, 75008 Paris &ndash; 5<sup>e</sup> étage</td></tr>
        </table>
        <p><strong>Déroulé</strong><br>
        &bull; un cas pratique de 45 minutes avec un manager (sujet remis sur place, calculatrice autorisée)&nbsp;;<br>
        &bull; un second cas pratique avec un associé&nbsp;;<br>
        &bull; un échange avec un consultant du pôle Data &amp; IA.<br>
        La fin de la matinée est prévue vers 12h30.</p>
        <p>Pour toute question, vous pouvez contacter Anne-Sophie Brunet :
        <a href="mailto:anne-sophie.brunet@marcellin-associes.fr">anne-sophie.brunet@marcellin-associes.fr</a>.</p>
        <p>Nous nous réjouissons de vous rencontrer.</p>
        <p>L'équipe Recrutement<br>Marcellin &amp; Associés</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;font-family:Arial,sans-serif">Ce message a été généré automatiquement
        par SAP SuccessFactors. Merci de ne pas y répondre.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message(
        head(addr("Marcellin & Associés – Recrutement", "no-reply@sapsf.eu"),
             "Convocation : demi-journée d'entretiens – Consultant(e) Data & IA", "2026-09-25 11:30:42",
             "Europe/Paris", "<1953220714.412.1790328642118.JavaMail.sfuser@pc12bsfapi07.sapsf.eu>",
             rcv=mx("mail12.sapsf.eu", "155.56.208.12", "2026-09-25 11:30:42", "Europe/Paris", "4SdP5t1wHmz6")),
        html(hbody, cte="base64"))


# ---- key 13: Lyon start-up, tutoiement reply on top of a quoted slot proposal

@mail(nxt(), family="human_reply", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T12:30:00Z", end="2026-10-08T13:30:00Z", contact="julien@canopee-labs.fr",
      company="Canopée Labs", local="Thu 2026-10-08 14:30", local_end="2026-10-08 15:30", zone="Europe/Paris",
      days=(("Tue", "2026-10-06"), ("Thu", "2026-10-08")),
      note="Hiring manager's reply 'va pour jeudi 14h30' on top of the quoted thread (his proposal of mardi 6 "
           "10h or jeudi 8 14h30, her choice of jeudi); Date Mon 5 Oct 2026 -> Thu 8 Oct 14:30 CEST = 12:30Z; "
           "'ça dure 1h' -> end 13:30Z. Contact = sender")
def m_canopee_confirm() -> bytes:
    body = t("""
        Top, va pour jeudi 14h30 alors 👍
        Je t'envoie l'invit Meet demain matin. On sera deux avec Inès (notre ML engineer), ça dure 1h.

        À jeudi !
        Julien

        Le lun. 5 oct. 2026 à 18:41, Yasmine Bertrand <yasmine.bertrand@example.org> a écrit :
        > Bonjour Julien,
        >
        > Merci pour ton retour ! Mardi je suis prise toute la matinée, jeudi 14h30 me convient parfaitement.
        >
        > Belle soirée,
        > Yasmine
        >
        > Le ven. 2 oct. 2026 à 16:10, Julien Morel <julien@canopee-labs.fr> a écrit :
        >> Hello Yasmine,
        >>
        >> Merci pour ta candidature, ton profil nous plaît beaucoup ! Pour un premier échange technique
        >> d'1h, je te propose mardi 6 à 10h ou jeudi 8 à 14h30 (en visio). Dis-moi ce qui t'arrange.
        >>
        >> Julien
        >> --
        >> Julien Morel – CTO & cofondateur, Canopée Labs (Lyon)
        """)
    return message(
        head("Julien Morel <julien@canopee-labs.fr>", "Re: Canopée Labs x Yasmine – premier échange",
             "2026-10-05 19:02:27", "Europe/Paris", "<CAM4Lr0sQ9t2Pz+Vb7nWkE1yHc5d8JfXa@mail.gmail.com>",
             rcv=mx("mail-ej1-f46.google.com", "209.85.218.46", "2026-10-05 19:02:27", "Europe/Paris",
                    "4SkD6h2Qwcz1"),
             after=(("In-Reply-To", "<CAKy4mT0eUq@mail.gmail.com>"),
                    ("References", "<CAM4Lr0pA2w@mail.gmail.com> <CAKy4mT0eUq@mail.gmail.com>"))),
        alt(text(body), html(gmail_html(body))))


# ---- keys 14-15: Nantes start-up, Google Agenda invitation then update (French UI), CEST -> CET

OSTRAL_UID = "5m2q8vhk0c3jrt1a9dl4bfe7o6@google.com"


def ostral_ics(method: str, start: str, end: str, seq: int, stamp: str, desc: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Gaëlle Le Goff:mailto:gaelle.legoff@ostral.io
UID:{OSTRAL_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gaëlle Le Goff;X-NUM-GUESTS=0:mailto:gaelle.legoff@ostral.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Erwan Tanguy;X-NUM-GUESTS=0:mailto:erwan.tanguy@ostral.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ucd-wqkr-xpa
CREATED:20261022T150322Z
DESCRIPTION:{desc}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticiper avec Google Meet : https://meet.google.com/ucd-wqkr-xpa\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Entretien technique Data Scientist – Yasmine Bertrand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


GCAL_FOOTER_FR = """Invitation de Google Agenda : https://calendar.google.com/calendar/

Vous recevez cet e-mail, car vous êtes un invité de cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le. Vous pouvez aussi créer un compte Google sur https://calendar.google.com/calendar/ pour contrôler vos paramètres de notification pour l'ensemble de votre agenda.

En transférant cette invitation, vous pourriez permettre à n'importe quel destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste des invités, d'inviter d'autres personnes, quelle que soit leur propre invitation, ou de modifier votre réponse. En savoir plus : https://support.google.com/calendar/answer/37135#forwarding
"""


def gcal_html(lines: list[str]) -> str:
    out = ['<!doctype html><html><head><meta charset="UTF-8"></head>',
           '<body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">',
           '<div itemscope itemtype="http://schema.org/EmailMessage"><table role="presentation" width="100%"><tr><td>']
    for line in lines:
        out.append(f"<div>{_html.escape(line)}</div>" if line else "<div>&nbsp;</div>")
    out.append("</td></tr></table></div></body></html>")
    return "\n".join(out) + "\n"


@mail(nxt(), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z", contact="gaelle.legoff@ostral.io",
      company="Ostral", local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="Europe/Paris",
      note="Google Agenda invitation (French UI) 'mardi 27 octobre 2026 ⋅ 10:00 – 11:00, heure normale d'Europe "
           "centrale'; sent Thu 22 Oct in CEST, the interview falls after the 25 October switch to CET -> "
           "09:00Z-10:00Z; ICS in UTC agrees. Contact = organizer (Reply-To)")
def m_gcal_ostral() -> bytes:
    lines = t("""
        Entretien technique Data Scientist – Yasmine Bertrand
        mardi 27 octobre 2026 ⋅ 10:00 – 11:00
        Heure normale d’Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/ucd-wqkr-xpa

        Participer par téléphone
        (FR) +33 1 87 40 44 12 Code : 318 552 907#
        Plus de numéros de téléphone : https://tel.meet/ucd-wqkr-xpa?pin=318552907

        Bonjour Yasmine, comme convenu au téléphone : 1h avec Erwan (lead data) et moi, on partira de ton test sur les données AIS. À mardi ! Gaëlle

        Invités
        Gaëlle Le Goff - organisateur
        Erwan Tanguy
        yasmine.bertrand@example.org
        Afficher tous les invités

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NW0ycTh2aGswYzNqcnQxYTlkbDRiZmU3bzYgeWFzbWluZS5iZXJ0cmFuZEBleGFtcGxlLm9yZw

        Répondre pour yasmine.bertrand@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=3
        Plus d'options : https://calendar.google.com/calendar/event?action=VIEW&eid=NW0ycTh2aGswYzNqcnQx
        """) + "\n" + GCAL_FOOTER_FR
    desc = ("Bonjour Yasmine\\, comme convenu au téléphone : 1h avec Erwan (lead data) et moi\\, on partira de ton "
            "test sur les données AIS. À mardi ! Gaëlle")
    ics = ostral_ics("REQUEST", "20261027T090000Z", "20261027T100000Z", 0, "20261022T150509Z", desc)
    return message(
        head(addr("Gaëlle Le Goff", "gaelle.legoff@ostral.io"),
             "Invitation : Entretien technique Data Scientist – Yasmine Bertrand @ mar. 27 oct. 2026 "
             "10:00 - 11:00 (CET) (yasmine.bertrand@example.org)",
             "2026-10-22 17:05:09", "Europe/Paris", "<calendar-3c1f9e02-7b44-4d8e-a6f1-0e52d9b7c318@google.com>",
             rcv=mx("mail-sor-f69.google.com", "209.85.220.69", "2026-10-22 17:05:09", "Europe/Paris",
                    "4T1Gq0cVhbz5"),
             after=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", "gaelle.legoff@ostral.io"))),
        mixed(alt(text(lines), html(gcal_html(lines.split("\n"))),
                  calendar(ics, method="REQUEST", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(nxt(), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-29T10:30:00Z", end="2026-10-29T11:30:00Z", contact="gaelle.legoff@ostral.io",
      company="Ostral", local="Thu 2026-10-29 11:30", local_end="2026-10-29 12:30", zone="Europe/Paris",
      days=(("Tue", "2026-10-27"),),
      note="Google Agenda 'Invitation mise à jour', same UID, SEQUENCE:1: moved from mar. 27 oct. 10:00 to jeudi "
           "29 octobre 2026 11:30 – 12:30 CET -> 10:30Z-11:30Z. Contact = organizer")
def m_gcal_ostral_update() -> bytes:
    lines = t("""
        Cet événement a été modifié.

        Entretien technique Data Scientist – Yasmine Bertrand
        Modifié : jeudi 29 octobre 2026 ⋅ 11:30 – 12:30
        Heure normale d’Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/ucd-wqkr-xpa

        Désolée Yasmine, Erwan est finalement en déplacement mardi : on décale à jeudi, même format (1h, toujours sur ton test AIS). Bonne journée ! Gaëlle

        Invités
        Gaëlle Le Goff - organisateur
        Erwan Tanguy
        yasmine.bertrand@example.org
        Afficher tous les invités

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NW0ycTh2aGswYzNqcnQxYTlkbDRiZmU3bzYgeWFzbWluZS5iZXJ0cmFuZEBleGFtcGxlLm9yZw

        Répondre pour yasmine.bertrand@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=NW0ycTh2aGswYzNqcnQx&rst=3
        """) + "\n" + GCAL_FOOTER_FR
    hl = lines.split("\n")
    hbody = gcal_html(hl).replace(
        "<div>Modifié : jeudi 29 octobre 2026 ⋅ 11:30 – 12:30</div>",
        '<div><span style="color:#d93025">Modifié</span> : jeudi 29 octobre 2026 ⋅ 11:30 – 12:30 '
        '<span style="text-decoration:line-through;color:#70757a">mardi 27 octobre 2026 ⋅ 10:00 – 11:00</span></div>')
    desc = ("Désolée Yasmine\\, Erwan est finalement en déplacement mardi : on décale à jeudi\\, même format (1h\\, "
            "toujours sur ton test AIS). Bonne journée ! Gaëlle")
    ics = ostral_ics("REQUEST", "20261029T103000Z", "20261029T113000Z", 1, "20261026T084012Z", desc)
    return message(
        head(addr("Gaëlle Le Goff", "gaelle.legoff@ostral.io"),
             "Invitation mise à jour : Entretien technique Data Scientist – Yasmine Bertrand @ jeu. 29 oct. 2026 "
             "11:30 - 12:30 (CET) (yasmine.bertrand@example.org)",
             "2026-10-26 09:40:12", "Europe/Paris", "<calendar-88d2b6e1-1c0a-4f35-9b77-5e8c4a20d6f9@google.com>",
             rcv=mx("mail-sor-f73.google.com", "209.85.220.73", "2026-10-26 09:40:12", "Europe/Paris",
                    "4T3jR5mWkxz8"),
             after=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", "gaelle.legoff@ostral.io"))),
        mixed(alt(text(lines), html(hbody), calendar(ics, method="REQUEST", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# ---- keys 16-17: US remote company, Calendly coffee chat then a reschedule with a pasted Zoom block

@mail(nxt(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:30:00Z", contact="dana.whitfield@harborloop.com",
      company="Harbor Loop", local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:30", zone="Europe/Paris",
      note="Calendly invitee confirmation of a coffee chat with the hiring manager, shown in the invitee's zone: "
           "'3:00pm - 3:30pm (Central European Time), Thursday, October 29, 2026' -> 14:00Z-14:30Z (Paris on "
           "CET since 25 Oct; = 10:00 EDT in New York). ICS in UTC agrees. Contact = Reply-To host")
def m_calendly_harbor() -> bytes:
    body = t("""
        Hi Yasmine Bertrand,

        Your Coffee chat – Senior Data Scientist with Dana Whitfield at 3:00pm (Central European Time) on Thursday, October 29, 2026 is scheduled.

        Event Name:
        Coffee chat – Senior Data Scientist

        Event Date/Time:
        3:00pm - 3:30pm (Central European Time), Thursday, October 29, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/hzs-ovbe-tyk

        Description:
        Informal 30-minute chat with the hiring manager before the technical rounds. No prep needed!

        Questions:
        What would you like to talk about?
        The experimentation platform and how the data team works with product.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0f3c2b1e-6a7d-4e58-9b21-c4d5e6f7a8b9
        Reschedule: https://calendly.com/reschedulings/0f3c2b1e-6a7d-4e58-9b21-c4d5e6f7a8b9

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:0f3c2b1e-6a7d-4e58-9b21-c4d5e6f7a8b9@calendly.com
DTSTAMP:20261026T132207Z
DTSTART:20261029T140000Z
DTEND:20261029T143000Z
SUMMARY:Coffee chat – Senior Data Scientist (Dana Whitfield and Yasmine Bertrand)
DESCRIPTION:Event Name: Coffee chat – Senior Data Scientist\\n\\nLocation: https://meet.google.com/hzs-ovbe-tyk
LOCATION:https://meet.google.com/hzs-ovbe-tyk
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harborloop.com
ATTENDEE;CN=Yasmine Bertrand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head("Calendly <notifications@calendly.com>",
             "Confirmed: Coffee chat – Senior Data Scientist with Dana Whitfield on Thursday, October 29, 2026",
             "2026-10-26 13:22:07", "UTC", "<0100019a2b7f64c3-2d9e4a1b-5f3c-4e27-8b90-1a2b3c4d5e6f-000000@email.calendly.com>",
             rcv=mx("o1.email.calendly.com", "167.89.118.50", "2026-10-26 13:22:07", "UTC", "4T3vX0nKqdz2"),
             after=(("Reply-To", "Dana Whitfield <dana.whitfield@harborloop.com>"),)),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(nxt(), family="zoom", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T17:00:00Z", contact="kevin.marsh@harborloop.com",
      company="Harbor Loop", local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00",
      zone="America/New_York", days=(("Fri", "2026-10-30"), ("Mon", "2026-11-02")),
      note="Coordinator moves the technical interview from Fri 10/30 9am ET to 'Monday 11/2 at 11am ET', 60 "
           "minutes; the pasted Zoom block says 'Nov 2, 2026 11:00 AM Eastern Time'. New York is back on EST "
           "from 1 November -> 16:00Z-17:00Z (the '5pm Paris' in the mail agrees). Contact = sender")
def m_harbor_reschedule() -> bytes:
    body = t("""
        Hi Yasmine,

        Glad the chat with Dana went well! Quick update on next steps: Sam is out sick tomorrow, so I've
        moved your technical interview from Friday 10/30 at 9am ET to Monday 11/2 at 11am ET (5pm Paris
        time). Same format, 60 minutes, with Sam Oduya and Priyanka Rao. The calendar invite has been
        updated and the new Zoom details are below.

        Kevin Marsh is inviting you to a scheduled Zoom meeting.

        Topic: Harbor Loop | Technical Interview - Yasmine Bertrand
        Time: Nov 2, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborloop.zoom.us/j/93315520874?pwd=Qk1hcnNoLWJlcnRyYW5kLTExMDI

        Meeting ID: 933 1552 0874
        Passcode: 508112

        ---

        One tap mobile
        +16465588656,,93315520874#,,,,*508112# US (New York)
        +33170379729,,93315520874#,,,,*508112# France

        Best,
        Kevin

        Kevin Marsh | Recruiting Coordinator | Harbor Loop
        kevin.marsh@harborloop.com
        """)
    return message(
        head("Kevin Marsh <kevin.marsh@harborloop.com>", "Re: Harbor Loop - technical interview",
             "2026-10-29 16:45:30", "America/New_York", "<CAPx2v9Wm7Lk0fT3bQ8rNz1sYe4+Hd6gA@mail.gmail.com>",
             rcv=mx("mail-yw1-f172.google.com", "209.85.128.172", "2026-10-29 16:45:30", "America/New_York",
                    "4T5Zc8kPvrz3"),
             after=(("In-Reply-To", "<CAGq5nS1xJv@mail.gmail.com>"),
                    ("References", "<CAGq5nS1xJv@mail.gmail.com>"))),
        alt(text(body, cte="7bit"), html(gmail_html(body))))


# ---- keys 18-19: bank, Exchange meeting request with Teams (Romance Standard Time), then cancelled

HERAULT_UID = "040000008200E00074C5B7101A82E00800000000B07E4A1C6C71DD01000000000000000010000000F2A94C7E3D1B5A4C9E8D7F6A5B4C3D2E"


def herault_ics(method: str, status: str, seq: int, stamp: str, desc: str, summary: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=MARCHAL Sophie:mailto:sophie.marchal@banque-herault.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yasmine Bertrand:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=LECLERC Arnaud:mailto:arnaud.leclerc@banque-herault.fr
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{HERAULT_UID}
SUMMARY;LANGUAGE=fr-FR:{summary}
DTSTART;TZID=Romance Standard Time:20261117T140000
DTEND;TZID=Romance Standard Time:20261117T150000
CLASS:PUBLIC
PRIORITY:{1 if method == "CANCEL" else 5}
DTSTAMP:{stamp}
TRANSP:{"TRANSPARENT" if method == "CANCEL" else "OPAQUE"}
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1187430127
X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:{2 if method == "CANCEL" else 1}
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sophie.marchal@banque-herault.fr\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_OWQ3ZjQ1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR"""


@mail(nxt(), family="exchange_invite", lang="fr", interview=True, kind="scheduled",
      start="2026-11-17T13:00:00Z", end="2026-11-17T14:00:00Z", contact="sophie.marchal@banque-herault.fr",
      company="Banque Hérault", local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone="Europe/Paris",
      note="Exchange meeting request with Teams boilerplate; DTSTART;TZID=Romance Standard Time 20261117T140000 "
           "(Paris, CET) -> 13:00Z-14:00Z; the body has no time, only the ICS. Contact = organizer/sender")
def m_herault_invite() -> bytes:
    teams = TEAMS_FR.format(mid="OWQ3ZjQ1YjEtMmM0ZC00YjJhLWE5ZTUtNjdiMTBhYzQ3ZDE4", tid="3b7c1d2e-0f4a-4c59-8e6d",
                            num="371 994 208 552", code="4kP9sT")
    body = t("""
        Bonjour Yasmine,

        Suite à vos résultats au test en ligne, j'ai le plaisir de vous inviter à un entretien technique
        avec Arnaud Leclerc (responsable de l'équipe Modélisation Risques) et moi-même.
        L'entretien portera sur vos expériences en scoring et sur un court exercice de lecture de code Python.

        Bien à vous,

        Sophie Marchal
        Chargée de recrutement – Direction des Ressources Humaines
        Banque Hérault – 7 esplanade du Général de Gaulle, 92400 Courbevoie

        """) + teams
    desc = ("Bonjour Yasmine\\,\\n\\nSuite à vos résultats au test en ligne\\, j'ai le plaisir de vous inviter à un "
            "entretien technique avec Arnaud Leclerc (responsable de l'équipe Modélisation Risques) et moi-même.\\n"
            "\\nBien à vous\\,\\n\\nSophie Marchal\\n\\n____\\nRéunion Microsoft Teams\\nID de la réunion : 371 994 "
            "208 552\\nCode secret : 4kP9sT\\n")
    ics = herault_ics("REQUEST", "CONFIRMED", 0, "20261110T083004Z", desc,
                      "Entretien technique – Data Scientist Risques (Y. Bertrand)")
    return message(
        head(addr("MARCHAL Sophie", "sophie.marchal@banque-herault.fr"),
             "Entretien technique – Data Scientist Risques (Y. Bertrand)", "2026-11-10 09:30:04", "Europe/Paris",
             "<PAVP195MB2239B4E1C07A9F3D52E6A8C1D7B40@PAVP195MB2239.EURP195.PROD.OUTLOOK.COM>",
             rcv=mx("mail-db8eur05on2113.outbound.protection.outlook.com", "40.107.20.113", "2026-11-10 09:30:04",
                    "Europe/Paris", "4TBk2wS0cnz7"),
             after=(("Thread-Topic", enc("Entretien technique – Data Scientist Risques (Y. Bertrand)")),
                    ("Thread-Index", "AdtUq7b3Jx0Q8a9WRk2p1vF5nLm4Yw=="),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-SCL", "1"))),
        alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(nxt(), family="exchange_invite", lang="fr", interview=True, kind="cancelled",
      start="2026-11-17T13:00:00Z", end="2026-11-17T14:00:00Z", contact="sophie.marchal@banque-herault.fr",
      company="Banque Hérault", local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone="Europe/Paris",
      note="Exchange 'Annulé :' with METHOD:CANCEL / STATUS:CANCELLED for the same UID; cancelled slot "
           "20261117T140000 Romance Standard Time -> 13:00Z-14:00Z; body says 'notre entretien de mardi'. "
           "Hiring suspended, no new time. Contact = organizer/sender")
def m_herault_cancel() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Je suis au regret de devoir annuler notre entretien de mardi. Le recrutement sur ce poste est
        suspendu suite à une réorganisation interne de la direction des Risques.

        Je ne manquerai pas de revenir vers vous dès que j'aurai plus de visibilité. Toutes mes excuses
        pour ce contretemps.

        Bien à vous,

        Sophie Marchal
        Chargée de recrutement – Direction des Ressources Humaines
        Banque Hérault
        """)
    desc = ("Bonjour Yasmine\\,\\n\\nJe suis au regret de devoir annuler notre entretien de mardi. Le recrutement sur "
            "ce poste est suspendu suite à une réorganisation interne de la direction des Risques.\\n\\nBien à vous\\,"
            "\\n\\nSophie Marchal\\n")
    ics = herault_ics("CANCEL", "CANCELLED", 1, "20261113T155512Z", desc,
                      "Annulé : Entretien technique – Data Scientist Risques (Y. Bertrand)")
    return message(
        head(addr("MARCHAL Sophie", "sophie.marchal@banque-herault.fr"),
             "Annulé : Entretien technique – Data Scientist Risques (Y. Bertrand)", "2026-11-13 16:55:12",
             "Europe/Paris", "<PAVP195MB22397F0C3A18B6E94D2C5A0E1F6B2@PAVP195MB2239.EURP195.PROD.OUTLOOK.COM>",
             rcv=mx("mail-am7eur03on2095.outbound.protection.outlook.com", "40.107.105.95", "2026-11-13 16:55:12",
                    "Europe/Paris", "4TDq8cH3yWz1"),
             after=(("Thread-Topic", enc("Entretien technique – Data Scientist Risques (Y. Bertrand)")),
                    ("Thread-Index", "AdtUq7b3Jx0Q8a9WRk2p1vF5nLm4YwB3mC0A"),
                    ("Content-Language", "fr-FR"),
                    ("Importance", "high"),
                    ("X-Priority", "1"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(outlook_html(body)), calendar(ics, method="CANCEL", cte="base64")))


# ---- key 20: Google Agenda cancellation (French UI), role filled internally

@mail(nxt(), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start="2026-11-23T10:00:00Z", end="2026-11-23T10:45:00Z", contact="margaux.lefebvre@tessaly.fr",
      company="Tessaly", local="Mon 2026-11-23 11:00", local_end="2026-11-23 11:45", zone="Europe/Paris",
      note="Google Agenda 'Événement annulé', METHOD:CANCEL: the HR interview 'lundi 23 novembre 2026 ⋅ 11:00 – "
           "11:45' (CET) -> 10:00Z-10:45Z; position filled internally, no new time. Contact = organizer")
def m_gcal_tessaly_cancel() -> bytes:
    lines = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien RH – Yasmine Bertrand / Tessaly
        lundi 23 novembre 2026 ⋅ 11:00 – 11:45
        Heure normale d’Europe centrale - Paris

        Bonjour Yasmine, je suis vraiment désolée : le poste vient d'être pourvu en interne, je dois donc annuler notre échange de lundi. Je garde précieusement votre profil pour nos prochains recrutements data. Belle fin de semaine, Margaux

        Invités
        Margaux Lefebvre - organisateur
        yasmine.bertrand@example.org
        Afficher tous les invités

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261123T100000Z
DTEND:20261123T104500Z
DTSTAMP:20261118T111407Z
ORGANIZER;CN=Margaux Lefebvre:mailto:margaux.lefebvre@tessaly.fr
UID:1a7e0o4v3kq9p2b6dftn8l5hsc_R20261123T100000@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261112T160233Z
DESCRIPTION:Bonjour Yasmine\\, je suis vraiment désolée : le poste vient d'être pourvu en interne\\, je dois donc annuler notre échange de lundi.
LAST-MODIFIED:20261118T111407Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien RH – Yasmine Bertrand / Tessaly
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Margaux Lefebvre", "margaux.lefebvre@tessaly.fr"),
             "Événement annulé : Entretien RH – Yasmine Bertrand / Tessaly @ lun. 23 nov. 2026 11:00 - 11:45 "
             "(CET) (yasmine.bertrand@example.org)",
             "2026-11-18 12:14:07", "Europe/Paris", "<calendar-b41d7e93-20fa-4c6b-8d15-3e9a7f0c2b64@google.com>",
             rcv=mx("mail-sor-f65.google.com", "209.85.220.65", "2026-11-18 12:14:07", "Europe/Paris",
                    "4TGw1nB7xkz4"),
             after=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", "margaux.lefebvre@tessaly.fr"))),
        mixed(alt(text(lines), html(gcal_html(lines.split("\n"))), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# ---- keys 21-22: recruitment agency, meeting with the client confirmed, then moved (windows-1252 Outlook)

@mail(nxt(), family="agency_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-12-03T13:30:00Z", end=None, contact="k.haddou@orsay-talents.fr", company="Maison Alvard",
      local="Thu 2026-12-03 14:30", zone="Europe/Paris", days=(("Thu", "2026-12-03"),),
      note="Agency consultant confirms the meeting with the client 'jeudi 3/12 à 14h30' (CET) -> 13:30Z; "
           "'Prévoyez ~1h' is approximate -> end null. Company = the hiring client; contact = the consultant "
           "(human sender). windows-1252 8bit body")
def m_orsay_confirm() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Je vous confirme votre RDV avec Maison Alvard jeudi 3/12 à 14h30 :
        - avec Mme Hélène Texier, Directrice Data & CRM
        - 12 rue de la Paix, 75002 Paris – se présenter à l'accueil au RDC

        Prévoyez ~1h. N'hésitez pas à m'appeler lundi si vous voulez qu'on prépare ensemble.

        Bien à vous,

        Karim Haddou
        Consultant Senior – Data & Digital
        Orsay Talents | 06 71 23 45 98
        """)
    return message(
        head(addr("Karim Haddou", "k.haddou@orsay-talents.fr"), "RDV Maison Alvard", "2026-11-27 18:12:40",
             "Europe/Paris", "<PR1P264MB3140C2A7E95F0B14D8A3E6C2F0B91@PR1P264MB3140.FRAP264.PROD.OUTLOOK.COM>",
             rcv=mx("mail-pr1fra01on2128.outbound.protection.outlook.com", "40.107.12.128", "2026-11-27 18:12:40",
                    "Europe/Paris", "4TL3fQ8mPnz6"),
             after=(("Thread-Topic", "RDV Maison Alvard"), ("Thread-Index", "AdtgRk3b8nP0w2yQQmS7v1cZ4a9XfA=="),
                    ("Content-Language", "fr-FR"))),
        text(body, charset="windows-1252", cte="8bit"))


@mail(nxt(), family="agency_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-12-04T10:00:00Z", end=None, contact="k.haddou@orsay-talents.fr", company="Maison Alvard",
      local="Fri 2026-12-04 11:00", zone="Europe/Paris", days=(("Fri", "2026-12-04"), ("Thu", "2026-12-03")),
      note="Consultant from his phone: 'calé ... pour vendredi 4/12 à 11h au lieu de jeudi 14h30' (CET) -> "
           "10:00Z; the quoted original still shows jeudi 3/12 14h30. No length -> end null. Contact = sender")
def m_orsay_moved() -> bytes:
    body = t("""
        Yasmine,

        Petit changement : le comité de direction de Mme Texier a été déplacé à jeudi après-midi. C'est
        calé avec son assistante pour vendredi 4/12 à 11h au lieu de jeudi 14h30, même adresse.

        Désolé pour le contretemps !
        Karim

        Envoyé de mon iPhone

        > Le 28 nov. 2026 à 09:14, Yasmine Bertrand <yasmine.bertrand@example.org> a écrit :
        >
        > Parfait, c'est noté. Merci Karim, je vous appelle lundi pour préparer.
        > Yasmine
        >
        >> Le 27 nov. 2026 à 18:12, Karim Haddou <k.haddou@orsay-talents.fr> a écrit :
        >>
        >> Bonjour Yasmine,
        >>
        >> Je vous confirme votre RDV avec Maison Alvard jeudi 3/12 à 14h30 :
        >> - avec Mme Hélène Texier, Directrice Data & CRM
        >> - 12 rue de la Paix, 75002 Paris – se présenter à l'accueil au RDC
        >>
        >> Prévoyez ~1h.
        """)
    return message(
        head(addr("Karim Haddou", "k.haddou@orsay-talents.fr"), "Re: RDV Maison Alvard", "2026-12-01 12:03:55",
             "Europe/Paris", "<8C1F2E44-7A0B-4D39-B5E6-91C2D3A4F5B6@orsay-talents.fr>",
             rcv=mx("mail-pr2fra01on2139.outbound.protection.outlook.com", "40.107.12.139", "2026-12-01 12:03:55",
                    "Europe/Paris", "4TMk0zX5pBz9"),
             after=(("In-Reply-To", "<E7D9C1B2-44A1-4F0E-9D3C-2B5A6E8F0C17@example.org>"),
                    ("References", "<PR1P264MB3140C2A7E95F0B14D8A3E6C2F0B91@PR1P264MB3140.FRAP264.PROD.OUTLOOK.COM> "
                                   "<E7D9C1B2-44A1-4F0E-9D3C-2B5A6E8F0C17@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="quoted-printable"))


# ---- key 23: Paris public body, formal letter, "à 9 heures", 30-minute jury interview

@mail(nxt(), family="public_convocation", lang="fr", interview=True, kind="scheduled",
      start="2026-12-08T08:00:00Z", end="2026-12-08T08:30:00Z", contact="francois.meyer@onm-mobilites.fr",
      company="Observatoire national des mobilités", local="Tue 2026-12-08 09:00", local_end="2026-12-08 09:30",
      zone="Europe/Paris",
      note="Formal convocation 'le mardi 8 décembre 2026 à 9 heures', 'd'une durée de 30 minutes' (CET) -> "
           "08:00Z-08:30Z; the employer fixes the time and only asks for an acknowledgement, counted as "
           "scheduled. Contact = sender")
def m_onm_convocation() -> bytes:
    body = t("""
        Madame,

        Suite à l'examen de votre candidature au poste de chargée d'études en science des données
        (catégorie A, contrat de trois ans), j'ai le plaisir de vous convier à un entretien qui se
        tiendra le mardi 8 décembre 2026 à 9 heures, dans nos locaux du 244 boulevard Saint-Germain,
        75007 Paris (bâtiment B, 3e étage).

        Le jury sera composé de Mme Claire Dumont, cheffe du département Statistiques et études, de
        M. Paul Renaud, son adjoint, et de moi-même. L'entretien, d'une durée de 30 minutes, débutera
        par une présentation de votre parcours (5 minutes maximum).

        Je vous remercie de bien vouloir accuser réception de ce message.

        Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

        François Meyer
        Responsable du pôle recrutement et mobilité
        Observatoire national des mobilités
        Tél. : 01 40 81 21 22
        """)
    return message(
        head(addr("MEYER François", "francois.meyer@onm-mobilites.fr"),
             "Votre candidature – Chargé(e) d'études data – convocation à un entretien", "2026-11-30 10:15:33",
             "Europe/Paris", "<a3f1c2d4e5b6@onm-mobilites.fr>",
             rcv=mx("smtp-out.onm-mobilites.fr", "203.0.113.44", "2026-11-30 10:15:33", "Europe/Paris",
                    "4TM2dR9qHvz1"),
             after=(("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4546)"),
                    ("Thread-Topic", enc("Votre candidature – Chargé(e) d'études data – convocation à un entretien")),
                    ("Thread-Index", "lQ3hVb1cD8mZk0Rx5Tf2yA9nP7sWeg=="))),
        alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
            html(simple_html(body, "font-family:arial,helvetica,sans-serif;font-size:12pt;color:#000000"),
                 charset="iso-8859-1")))


# =========================================================================== negatives (keys 24-50)

# ---- key 24: Welcome to the Jungle job alert, HTML only

@mail(nxt(), family="job_alert", lang="fr", interview=False, company=None,
      note="Welcome to the Jungle alert digest (HTML only, List-Unsubscribe); job cards, nothing scheduled")
def m_wttj_alert() -> bytes:
    jobs = [
        ("Data Scientist Senior", "Ostral", "Nantes", "CDI · Télétravail fréquent", "Il y a 2 jours"),
        ("Data Scientist NLP", "Mirabel Santé", "Paris", "CDI · Télétravail occasionnel", "Il y a 3 jours"),
        ("Lead Data Scientist", "Canopée Labs", "Lyon", "CDI · Télétravail total possible", "Hier"),
        ("Data Scientist – Pricing & Revenue", "Maison Alvard", "Paris", "CDI", "Aujourd'hui"),
        ("Machine Learning Engineer", "Papillon Analytics", "Bordeaux", "CDI · Télétravail fréquent", "Il y a 5 jours"),
    ]
    cards = "\n".join(
        f'<tr><td style="padding:16px;border-bottom:1px solid #eee"><a href="https://www.welcometothejungle.com/fr/'
        f'companies/{c.lower().replace(" ", "-")}/jobs/{j.lower().replace(" ", "-").replace("–", "")}?utm_source='
        f'alert" style="font-size:17px;color:#000;font-weight:bold;text-decoration:none">{_html.escape(j)}</a><br>'
        f'<span style="color:#666">{_html.escape(c)} · {loc} · {tag}</span><br>'
        f'<span style="font-size:12px;color:#999">{when}</span></td></tr>'
        for j, c, loc, tag, when in jobs)
    hbody = t("""
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vos nouvelles offres</title></head>
        <body style="margin:0;background:#fdf6ea;font-family:Helvetica,Arial,sans-serif">
        <table width="600" align="center" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
        <tr><td style="background:#ffcd00;padding:20px;font-size:22px;font-weight:bold">Welcome to the Jungle</td></tr>
        <tr><td style="padding:20px 16px 4px">Bonjour Yasmine,<br><br>12 nouvelles offres correspondent à votre alerte
        <b>« Data Scientist – Paris et télétravail »</b>. Voici une sélection :</td></tr>
        CARDS
        <tr><td style="padding:20px 16px"><a href="https://www.welcometothejungle.com/fr/me/alerts" style="background:#000;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Voir les 12 offres</a></td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte sur
        Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/alerts/unsubscribe?t=9c1e">Se désabonner de cette alerte</a>.<br>
        WTTJ SAS, 5 rue Béranger, 75003 Paris</td></tr>
        </table></body></html>
        """).replace("CARDS", cards)
    return message(
        head("Welcome to the Jungle <alerts@welcometothejungle.com>",
             "12 nouvelles offres pour votre alerte « Data Scientist – Paris et télétravail »",
             "2026-09-15 08:02:11", "Europe/Paris", "<20260915060211.9c1e4b7a2f@welcometothejungle.com>",
             rcv=mx("mta-72.welcometothejungle.com", "198.244.52.72", "2026-09-15 08:02:11", "Europe/Paris",
                    "4SVt7nJ2qRz5"),
             after=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/me/alerts/unsubscribe?t=9c1e>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"))),
        html(hbody))


# ---- key 25: Indeed job alert, badges that mention interviews

@mail(nxt(), family="job_alert", lang="fr", interview=False, company=None,
      note="Indeed job alert; 'Entretiens en ligne' / 'Recrute activement' badges are listing features, not "
           "a confirmation")
def m_indeed_alert() -> bytes:
    body = t("""
        Data Scientist - Paris (75)
        24 nouvelles offres d'emploi correspondant à votre recherche

        Data Scientist H/F
        Nacre Assurances - Paris 9e (75)
        55 000 € - 65 000 € par an
        Recrute activement · Candidature simplifiée
        https://fr.indeed.com/rc/clk?jk=5c1e9a7b0d2f3e41&from=ja

        Data Scientist Confirmé(e) - Pricing
        Groupe Marceau Distribution - Paris (75)
        Entretiens en ligne · Répond généralement dans un délai de 3 jours
        https://fr.indeed.com/rc/clk?jk=a0b1c2d3e4f5a6b7&from=ja

        Data Scientist / ML Engineer (Stage 6 mois)
        Lumio - Paris 2e (75)
        Embauche urgente
        https://fr.indeed.com/rc/clk?jk=77e4c1a9b2d0f3c5&from=ja

        Consultant Data Science H/F
        Lisière Conseil - Paris 8e (75)
        Télétravail hybride
        https://fr.indeed.com/rc/clk?jk=2f9e8d7c6b5a4e3d&from=ja

        Voir toutes les offres : https://fr.indeed.com/emplois?q=data+scientist&l=Paris+(75)&fromage=1

        Vous recevez cet e-mail car vous êtes abonné(e) aux alertes emploi Indeed.
        Se désabonner : https://fr.indeed.com/alert/unsubscribe?tk=1h8q5f2d3k
        Indeed, 6 rue Ménars, 75002 Paris
        """)
    return message(
        head("Indeed <alert@indeed.com>", "Data Scientist : 24 nouvelles offres à Paris (75)",
             "2026-03-06 07:15:40", "Europe/Paris", "<1h8q5f2d3k.20260306061540.alert@indeed.com>",
             rcv=mx("mail-ja3.indeed.com", "169.45.89.33", "2026-03-06 07:15:40", "Europe/Paris", "4PbN1d7Lxgz3"),
             after=(("List-Unsubscribe", "<https://fr.indeed.com/alert/unsubscribe?tk=1h8q5f2d3k>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(simple_html(body))))


# ---- key 26: LinkedIn job alert, English

@mail(nxt(), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert (English); 'Actively recruiting' and 'Be an early applicant' are badges")
def m_linkedin_alert() -> bytes:
    body = t("""
        Your job alert for data scientist in France (Remote)
        30+ new jobs match your preferences.

        Senior Data Scientist
        Harbor Loop
        France (Remote)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4102938475/

        Data Scientist, Experimentation
        Fieldnote
        EMEA (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4102938511/

        Quantitative Data Scientist
        Lémanis Trading SA
        Geneva, Switzerland (On-site)
        3 school alumni work here
        View job: https://www.linkedin.com/comm/jobs/view/4102938602/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1789344

        ----------------------------------------
        This email was intended for Yasmine Bertrand (Data Scientist chez Assurelia)
        You are receiving LinkedIn job alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    return message(
        head("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
             "“data scientist”: Harbor Loop - Senior Data Scientist and more", "2026-10-07 19:31:02",
             "Europe/Paris", "<1416293048.4113881.1791394262110@ltx1-app2047.prod.linkedin.com>",
             rcv=mx("mailb-ea.linkedin.com", "108.174.0.215", "2026-10-07 19:31:02", "Europe/Paris", "4SlW8qD1Fkz0"),
             after=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"),
                    ("X-LinkedIn-Class", "JOB-ALERT"))),
        alt(text(body), html(simple_html(body))))


# ---- key 27: APEC application receipt

@mail(nxt(), family="application_ack", lang="fr", interview=False, company="Lisière Conseil",
      note="APEC receipt: the application was sent to the recruiter, who 'reviendra vers vous s'il souhaite vous "
           "rencontrer'; nothing scheduled")
def m_apec_ack() -> bytes:
    body = t("""
        Bonjour Yasmine Bertrand,

        Votre candidature à l'offre « Consultant Data Science confirmé H/F » de Lisière Conseil (Paris 8e)
        a bien été envoyée le 10/09/2026 à 21:47.

        Et maintenant ?
        Le recruteur étudie les candidatures reçues et reviendra vers vous s'il souhaite vous rencontrer.
        Vous pouvez suivre l'état de vos candidatures depuis votre espace Apec, rubrique « Mes candidatures ».

        Préparez-vous : nos conseils pour réussir votre entretien d'embauche
        https://www.apec.fr/candidat/mes-conseils-carriere/preparer-son-entretien.html

        L'équipe Apec

        Ce message vous a été adressé automatiquement, merci de ne pas y répondre.
        """)
    return message(
        head(addr("Apec", "ne-pas-repondre@apec.fr"),
             "Confirmation de candidature : Consultant Data Science confirmé H/F", "2026-09-10 21:47:36",
             "Europe/Paris", "<20260910194736.6f2a1b8c@mail.apec.fr>",
             rcv=mx("mail.apec.fr", "193.104.33.12", "2026-09-10 21:47:36", "Europe/Paris", "4SS5kP0nVtz8")),
        alt(text(body), html(simple_html(body))))


# ---- key 28: Taleo receipt, iso-8859-1

@mail(nxt(), family="application_ack", lang="fr", interview=False, company="Groupe Marceau Distribution",
      note="Taleo acknowledgement (iso-8859-1 QP); an interview is only conditional ('afin de convenir d'un "
           "entretien')")
def m_taleo_ack() -> bytes:
    body = t("""
        Madame Bertrand,

        Nous accusons réception de votre candidature au poste de Data Scientist Supply Chain
        (réf. 2600318) et vous remercions de l'intérêt que vous portez au Groupe Marceau Distribution.

        Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos
        attentes, un membre de l'équipe Recrutement prendra contact avec vous afin de convenir d'un
        entretien. Dans le cas contraire, nous vous en informerons dans les meilleurs délais.

        Vous pouvez à tout moment consulter l'état de votre candidature sur notre site carrières.

        Cordialement,

        La Direction des Ressources Humaines
        Groupe Marceau Distribution

        Merci de ne pas répondre à ce message envoyé automatiquement.
        """)
    return message(
        head(addr("Groupe Marceau Distribution", "no-reply@taleo.net", "iso-8859-1"),
             "Accusé de réception - Data Scientist Supply Chain (2600318)", "2026-06-22 14:03:27",
             "Europe/Paris", "<1187224519.402781.1782129807335.JavaMail.taleo@ltmail04.taleo.net>",
             rcv=mx("ltmail04.taleo.net", "160.34.11.204", "2026-06-22 14:03:27", "Europe/Paris", "4R9nC4hKxmz2"),
             charset="iso-8859-1"),
        text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


# ---- key 29: HelloWork receipt

@mail(nxt(), family="application_ack", lang="fr", interview=False, company="Bastide Logistique",
      note="HelloWork 'candidature envoyée' receipt with interview-prep tips; nothing scheduled")
def m_hellowork_ack() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Votre candidature a bien été envoyée à Bastide Logistique pour l'offre :
        Data Scientist H/F – Mérignac (33) – CDI

        Prochaine étape : le recruteur étudie votre candidature. Vous serez notifiée dès qu'il l'aura
        consultée.

        En attendant, mettez toutes les chances de votre côté :
        → 10 questions fréquentes en entretien et comment y répondre
        → Entretien en visio : les erreurs à éviter

        À bientôt sur HelloWork !

        Vous recevez cet e-mail suite à votre candidature sur hellowork.com.
        Gérer mes notifications : https://www.hellowork.com/fr-fr/candidat/notifications.html
        """)
    return message(
        head("HelloWork <noreply@hellowork.com>", "Votre candidature chez Bastide Logistique a bien été envoyée",
             "2026-10-01 22:18:05", "Europe/Paris", "<20261001201805.3a9d7e2c1b@hellowork.com>",
             rcv=mx("mail-out3.hellowork.com", "185.107.232.63", "2026-10-01 22:18:05", "Europe/Paris",
                    "4SgM2xV9pLz7")),
        alt(text(body), html(simple_html(body))))


# ---- key 30: Greenhouse rejection after the technical interview (thread with key 2)

@mail(nxt(), family="rejection", lang="en", interview=False, company="Fieldnote",
      note="Post-interview rejection via Greenhouse, refers to the past 'interview with Miguel on Tuesday'")
def m_fieldnote_reject() -> bytes:
    body = t("""
        Hi Yasmine,

        Thank you for taking the time to interview with Miguel on Tuesday, and for your patience with
        the time difference. The team enjoyed the conversation about your uplift modelling work.

        After careful consideration, we've decided to move forward with other candidates whose
        experience is more closely aligned with our current needs. This was a difficult decision.

        We'd love to stay in touch and will reach out if a role opens that fits your background.

        All the best,
        Tasha

        Tasha Okafor | Recruiting | Fieldnote
        """)
    return message(
        head("Fieldnote <no-reply@us.greenhouse-mail.io>", "Your application to Fieldnote",
             "2026-03-30 10:12:44", "America/Los_Angeles", "<gh.61750342.20260330171244.9a0f@us.greenhouse-mail.io>",
             rcv=mx("o3.us.greenhouse-mail.io", "167.89.101.7", "2026-03-30 10:12:44", "America/Los_Angeles",
                    "4PZz7H0dWcz1"),
             after=(("Reply-To", "Tasha Okafor <tasha.okafor@fieldnote.ai>"),)),
        alt(text(body, cte="7bit"), html(simple_html(body))))


# ---- key 31: Canopée Labs rejection, tutoiement (thread with keys 13 and 35)

@mail(nxt(), family="rejection", lang="fr", interview=False, company="Canopée Labs",
      note="Post-interview rejection (tutoiement) mentioning the past 'échange de jeudi dernier'")
def m_canopee_reject() -> bytes:
    body = t("""
        Salut Yasmine,

        Merci encore pour l'échange de jeudi dernier avec Inès et moi, on a vraiment apprécié ta façon
        d'aborder le problème de détection d'anomalies.

        Après pas mal de discussions, on a décidé de ne pas aller plus loin pour ce poste : on cherche
        finalement quelqu'un de plus orienté MLOps / infra pour démarrer. Ce n'est pas du tout une
        question de niveau.

        Je garde ton profil sous le coude pour le recrutement data prévu au printemps, et si tu passes
        par Lyon d'ici là, le café est pour moi !

        Belle continuation,
        Julien
        """)
    return message(
        head("Julien Morel <julien@canopee-labs.fr>", "Canopée Labs – ton retour", "2026-10-14 18:37:09",
             "Europe/Paris", "<CAM4Lr0u8Yk1Wq+Nc3vTfP2zXh7e9GbDs@mail.gmail.com>",
             rcv=mx("mail-ej1-f49.google.com", "209.85.218.49", "2026-10-14 18:37:09", "Europe/Paris",
                    "4SpB1yT6kGz3")),
        alt(text(body), html(gmail_html(body))))


# ---- key 32: offer from Ostral (thread with keys 14-15)

@mail(nxt(), family="offer", lang="fr", interview=False, company="Ostral", days=(("Fri", "2026-11-20"),),
      note="Job offer (tutoiement) after the interviews, PDF promesse d'embauche attached, answer wanted by "
           "'vendredi 20 novembre'; a call is only offered")
def m_ostral_offer() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Suite à tes entretiens avec Erwan, Jean-Marc et moi, j'ai le grand plaisir de te faire une
        proposition pour rejoindre Ostral en tant que Data Scientist !

        En résumé :
        - CDI, statut cadre, forfait jours
        - 58 k€ brut annuel + BSPCE (détails dans la promesse jointe)
        - full remote, avec deux jours par mois à Nantes (déplacements pris en charge)
        - démarrage souhaité le lundi 4 janvier 2027

        Tu trouveras la promesse d'embauche en pièce jointe. On aimerait avoir ton retour d'ici le
        vendredi 20 novembre. Si tu veux en discuter, je suis dispo pour un appel quand tu veux cette
        semaine, dis-moi simplement ce qui t'arrange.

        Toute l'équipe a hâte !
        Gaëlle

        --
        Gaëlle Le Goff
        Head of People – Ostral
        """)
    return message(
        head(addr("Gaëlle Le Goff", "gaelle.legoff@ostral.io"), "Proposition d'embauche – Data Scientist – Ostral",
             "2026-11-12 18:30:58", "Europe/Paris", "<CABn8q2Xw5Ry0Lm3+Tz1Vc9kPd7Ge4HfQ@mail.gmail.com>",
             rcv=mx("mail-lf1-f44.google.com", "209.85.167.44", "2026-11-12 18:30:58", "Europe/Paris",
                    "4TDc6wN1qZz5")),
        mixed(alt(text(body), html(gmail_html(body))), pdf("Promesse_embauche_Ostral_YBertrand.pdf", "ostral")))


# ---- key 33: in-house recruiter outreach without a time

@mail(nxt(), family="recruiter_outreach", lang="fr", interview=False, company="Nacre Assurances",
      note="In-house talent acquisition outreach; asks for availability for a first call, nothing fixed")
def m_nacre_outreach() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Je me permets de vous contacter car votre parcours en modélisation du risque chez Assurelia a
        retenu toute mon attention. Nous renforçons notre équipe Data Science (12 personnes, Paris 9e)
        et recherchons un(e) Data Scientist senior pour travailler sur la tarification et la fraude.

        Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes dans les
        prochains jours ? N'hésitez pas à m'indiquer vos disponibilités, je m'adapterai.

        Belle journée,

        Clémence Arnoult
        Talent Acquisition Manager – Nacre Assurances
        06 58 21 44 90
        """)
    return message(
        head(addr("Clémence Arnoult", "clemence.arnoult@nacre-assurances.fr"),
             "Opportunité Data Scientist senior – Nacre Assurances", "2026-09-22 11:48:19", "Europe/Paris",
             "<MR1P264MB2081E5A3C0D49B7F2E6A1C8D5B3F7@MR1P264MB2081.FRAP264.PROD.OUTLOOK.COM>",
             rcv=mx("mail-mr2fra01on2120.outbound.protection.outlook.com", "40.107.9.120", "2026-09-22 11:48:19",
                    "Europe/Paris", "4SZf3Lk0RwZ6")),
        alt(text(body), html(outlook_html(body))))


# ---- key 34: Tessaly, booking page link (thread with key 20)

@mail(nxt(), family="scheduling_link", lang="fr", interview=False, company="Tessaly",
      note="Invitation to book a slot on a Google Agenda booking page ('réservez directement le créneau'); "
           "nothing chosen yet")
def m_tessaly_link() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Merci pour votre candidature au poste de Data Scientist chez Tessaly, votre profil a retenu notre
        attention !

        Je vous propose un premier entretien RH de 45 minutes en visio. Vous pouvez réserver directement
        le créneau qui vous convient via mon agenda :
        https://calendar.app.google/Xy7kQ2rT9mPz4Lw8A

        Les créneaux sont ouverts sur les semaines du 16 et du 23 novembre. Si aucun ne vous convient,
        répondez-moi et on trouvera une autre solution.

        Belle journée,

        Margaux Lefebvre
        Talent Acquisition – Tessaly
        """)
    return message(
        head(addr("Margaux Lefebvre", "margaux.lefebvre@tessaly.fr"), "Tessaly – Data Scientist : prochaine étape",
             "2026-11-10 11:02:45", "Europe/Paris", "<CAE1m7Lp0Xz4Qk9+Rb2Wn5Tc8Vd3Yf6Hs@mail.gmail.com>",
             rcv=mx("mail-wr1-f47.google.com", "209.85.221.47", "2026-11-10 11:02:45", "Europe/Paris",
                    "4TBm5pQ8Xcz0")),
        alt(text(body), html(gmail_html(body))))


# ---- key 35: Canopée Labs slot proposal (the first mail of the thread of key 13)

@mail(nxt(), family="slot_proposal", lang="fr", interview=False, company="Canopée Labs",
      days=(("Tue", "2026-10-06"), ("Thu", "2026-10-08")),
      note="Hiring manager proposes two slots ('mardi 6 à 10h ou jeudi 8 à 14h30') and asks which suits; not "
           "agreed yet (agreed later in key 13)")
def m_canopee_proposal() -> bytes:
    body = t("""
        Hello Yasmine,

        Merci pour ta candidature, ton profil nous plaît beaucoup ! Pour un premier échange technique
        d'1h, je te propose mardi 6 à 10h ou jeudi 8 à 14h30 (en visio). Dis-moi ce qui t'arrange.

        Julien
        --
        Julien Morel – CTO & cofondateur, Canopée Labs (Lyon)
        """)
    return message(
        head("Julien Morel <julien@canopee-labs.fr>", "Canopée Labs x Yasmine – premier échange",
             "2026-10-02 16:10:03", "Europe/Paris", "<CAM4Lr0pA2w@mail.gmail.com>",
             rcv=mx("mail-ej1-f41.google.com", "209.85.218.41", "2026-10-02 16:10:03", "Europe/Paris",
                    "4SgT0rC3nMz2")),
        alt(text(body), html(gmail_html(body))))


# ---- key 36: Greenhouse availability request (thread with key 2)

@mail(nxt(), family="availability_request", lang="en", interview=False, company="Fieldnote",
      note="Greenhouse availability request: 'share your availability' with a range of PT hours; no time fixed")
def m_fieldnote_availability() -> bytes:
    body = t("""
        Hi Yasmine,

        Great news: the team would love to move you forward to a 60-minute technical interview with
        Miguel Santos, Staff Data Scientist.

        Please share your availability for the next two weeks using the link below. Our interviewers
        are on Pacific Time, so we usually schedule between 8:00 AM and 11:00 AM PT, which should land
        in your late afternoon in Paris.

        https://app.greenhouse.io/candidate_availability/7f3e91c2a04b5d68

        Thanks!
        Tasha

        Tasha Okafor | Recruiting | Fieldnote
        """)
    return message(
        head("Fieldnote <no-reply@us.greenhouse-mail.io>", "Fieldnote - Please share your availability",
             "2026-03-12 09:20:31", "America/Los_Angeles", "<gh.61750342.20260312162031.11c8@us.greenhouse-mail.io>",
             rcv=mx("o3.us.greenhouse-mail.io", "167.89.101.7", "2026-03-12 09:20:31", "America/Los_Angeles",
                    "4PWq2Gs5Bfz8"),
             after=(("Reply-To", "Tasha Okafor <tasha.okafor@fieldnote.ai>"),)),
        alt(text(body, cte="7bit"), html(simple_html(body))))


# ---- key 37: Lumio take-home case with a deadline (thread with key 1)

@mail(nxt(), family="take_home", lang="fr", interview=False, company="Lumio", days=(("Mon", "2026-03-16"),),
      note="Take-home case study due 'lundi 16 mars 9h'; the debrief will be proposed later, no time fixed")
def m_lumio_takehome() -> bytes:
    body = t("""
        Hello Yasmine,

        Merci encore pour l'entretien d'hier avec Bastien, il en est ressorti très enthousiaste !

        Comme annoncé, voici le cas pratique : une prévision de consommation électrique à J+1 sur
        un jeu de données de 200 sites tertiaires.
        Données et énoncé : https://drive.lumio.energy/s/cas-pratique-ds-2026

        Tu as jusqu'au lundi 16 mars 9h pour nous renvoyer ton notebook (et quelques slides si tu
        veux). Compte 4 à 5h de travail, pas besoin d'y passer plus. Ensuite on te proposera des
        créneaux pour un débrief de 45 min avec l'équipe.

        Bon courage et bon week-end !
        Camille

        Camille Roux – Talent Acquisition, Lumio
        """)
    return message(
        head(addr("Camille Roux", "camille.roux@lumio.energy"), "Cas pratique Lumio 📊", "2026-03-06 17:40:22",
             "Europe/Paris", "<CAJq8r1Wm3Lx0Tb7+Nk5Pz2Vy9Hc4Ed6F@mail.gmail.com>",
             rcv=mx("mail-qt1-f178.google.com", "209.85.160.178", "2026-03-06 17:40:22", "Europe/Paris",
                    "4PbY8nK2Wqz6")),
        alt(text(body), html(gmail_html(body))))


# ---- key 38: online coding test invitation (thread with keys 18-19)

@mail(nxt(), family="assessment", lang="fr", interview=False, company="Banque Hérault",
      days=(("Fri", "2026-11-06"),),
      note="Online test invitation with a deadline ('vendredi 6 novembre 2026, 23:59'), 90-minute test; not an "
           "interview")
def m_herault_test() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Banque Hérault vous invite à réaliser un test technique en ligne dans le cadre de votre
        candidature au poste de Data Scientist Risques.

        Durée du test : 90 minutes (Python, SQL, statistiques)
        Date limite : vendredi 6 novembre 2026, 23:59 (CET)

        Une fois commencé, le test doit être terminé en une seule session. Assurez-vous de disposer
        d'une connexion stable et d'un environnement calme.

        Commencer le test : https://app.codility.com/test/BHR-8Q2K7-XW4MN/

        Bonne chance !
        L'équipe Codility, pour le compte de Banque Hérault
        """)
    return message(
        head(addr("Banque Hérault via Codility", "no-reply@codility.com"),
             "Banque Hérault vous invite à passer un test technique", "2026-11-02 10:00:47", "Europe/Paris",
             "<0102019a4c2d7e15-8f3b1a6c-2e9d-4b07-a5c1-6d8e2f0b3c94-000000@eu-west-1.amazonses.com>",
             rcv=mx("a7-21.smtp-out.eu-west-1.amazonses.com", "54.240.7.21", "2026-11-02 10:00:47", "Europe/Paris",
                    "4T6cP9wLkrz4")),
        alt(text(body), html(simple_html(body))))


# ---- key 39: dentist appointment confirmation

@mail(nxt(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Doctolib-style dentist appointment confirmation 'mardi 22 septembre 2026 à 18:15'; not an interview")
def m_dentist() -> bytes:
    body = t("""
        Bonjour Yasmine BERTRAND,

        Votre rendez-vous est confirmé.

        Mardi 22 septembre 2026 à 18:15
        Dr Lucas Benhamou – Chirurgien-dentiste
        48 rue de la Roquette, 75011 Paris
        Motif : détartrage

        Informations pratiques : digicode 4512B, 2e étage gauche. Pensez à apporter votre carte Vitale.

        Un empêchement ? Annulez ou déplacez votre rendez-vous au moins 24 h à l'avance depuis votre compte.

        L'équipe Doctolib
        """)
    return message(
        head("Doctolib <no-reply@doctolib.fr>", "Votre rendez-vous avec Dr Lucas Benhamou est confirmé",
             "2026-09-17 20:31:52", "Europe/Paris", "<20260917183152.e4b1c9a0d7@doctolib.fr>",
             rcv=mx("mail-out-a.doctolib.fr", "185.6.194.15", "2026-09-17 20:31:52", "Europe/Paris",
                    "4SXh9pR3vbz1")),
        alt(text(body), html(simple_html(body))))


# ---- key 40: annual review with her current manager (Exchange, Romance Standard Time)

@mail(nxt(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="'Entretien annuel' (annual review) Exchange invite from her current manager at Assurelia, "
           "15 Dec 10:00-11:30 Romance Standard Time; an internal review, not a job interview")
def m_annual_review() -> bytes:
    teams = TEAMS_FR.format(mid="ZTk2MDk4OWMtNzFiNC00ZWUzLWJjYzQtNTEzZmM4YWI0ZjAx", tid="8d2f4e6a-1b3c-4f70-a9c2",
                            num="328 551 764 019", code="Qx7hR2")
    body = t("""
        Hello Yasmine,

        Je te cale ton entretien annuel et professionnel 2026. Pense à remplir ton auto-évaluation dans
        Talentsoft d'ici le 11/12 pour qu'on puisse en parler.

        On sera en présentiel salle Garance (4e), le lien Teams est là au cas où.

        Nicolas

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=DUVAL Nicolas:mailto:nicolas.duval@assurelia.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=BERTRAND Yasmine:mailto:yasmine.bertrand@assurelia.fr
DESCRIPTION;LANGUAGE=fr-FR:Hello Yasmine\\,\\n\\nJe te cale ton entretien annuel et professionnel 2026.\\n
UID:040000008200E00074C5B7101A82E0080000000066C2B9D87A7BDD01000000000000000010000000AB8E4C1F7D2B9A4E8C6D5F3A2B1C0D9E
SUMMARY;LANGUAGE=fr-FR:Entretien annuel 2026 – Yasmine / Nicolas
DTSTART;TZID=Romance Standard Time:20261215T100000
DTEND;TZID=Romance Standard Time:20261215T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T131022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Garance (4e)\\; Réunion Microsoft Teams
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
    return message(
        head(addr("DUVAL Nicolas", "nicolas.duval@assurelia.fr"), "Entretien annuel 2026 – Yasmine / Nicolas",
             "2026-11-25 14:10:22", "Europe/Paris",
             "<PR0P264MB19671A2B3C4D5E6F7A8B9C0D1E2F3@PR0P264MB1967.FRAP264.PROD.OUTLOOK.COM>",
             rcv=mx("mail-pr0fra01on2102.outbound.protection.outlook.com", "40.107.12.102", "2026-11-25 14:10:22",
                    "Europe/Paris", "4TKc0wQ7bRz3", lag=2),
             to=addr("BERTRAND Yasmine", "yasmine.bertrand@assurelia.fr"),
             after=(("Thread-Topic", enc("Entretien annuel 2026 – Yasmine / Nicolas")),
                    ("Thread-Index", "AdtdF3k9Zq2Wm0RxQ1a7Cv8bN5p4Ye=="),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-Exchange-Organization-AutoForwarded", "true"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "yasmine.bertrand@assurelia.fr"))),
        alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


# ---- key 41: apartment viewing

@mail(nxt(), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Estate agency confirms an apartment viewing 'jeudi 22 octobre à 18h30' and asks for a rental "
           "file; not an interview")
def m_viewing() -> bytes:
    body = t("""
        Bonjour Madame Bertrand,

        Nous vous confirmons la visite de l'appartement T2 (42 m², 4e étage avec ascenseur, 1 250 € CC)
        situé 87 rue Saint-Maur, 75011 Paris, le jeudi 22 octobre à 18h30.

        Votre conseillère sur place : Sandrine Lopez – 06 12 34 56 78.

        Merci de vous munir de votre dossier de location complet : pièce d'identité, trois derniers
        bulletins de salaire, contrat de travail, dernier avis d'imposition et justificatif de domicile.
        Un court entretien avec la conseillère suivra la visite pour étudier votre dossier.

        Cordialement,

        Oberkampf Immobilier – Service Location
        """)
    return message(
        head(addr("Oberkampf Immobilier", "location@oberkampf-immo.fr"),
             "Confirmation visite – T2 rue Saint-Maur – jeudi 18h30", "2026-10-19 13:05:40", "Europe/Paris",
             "<5f0c2a91d7e34b8a@oberkampf-immo.fr>",
             rcv=mx("smtp.oberkampf-immo.fr", "203.0.113.87", "2026-10-19 13:05:40", "Europe/Paris", "4T0bN6sQyHz2")),
        text(body.replace("–", "-"), charset="iso-8859-15", cte="quoted-printable"))


# ---- key 42: webinar about technical interviews, ICS attached

@mail(nxt(), family="marketing_webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Registration for a webinar titled 'Réussir son entretien technique en data science', ICS attached "
           "(mardi 10 novembre 12h30-13h30); not a job interview")
def m_webinar() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Votre inscription est confirmée ! 🎉

        Webinar : « Réussir son entretien technique en data science »
        mardi 10 novembre, 12h30 – 13h30 (heure de Paris)
        En ligne – le lien de connexion est dans l'invitation jointe.

        Au programme : live coding, études de cas, questions de ML fréquentes et retours de recruteurs.
        Avec Léa Fournier (Head of Data) et Hugo Tessier (recruteur tech).

        Ajoutez l'événement à votre agenda grâce au fichier joint.

        À mardi !
        L'équipe Académie Vectorielle

        Se désinscrire : https://vectorielle.academy/unsubscribe?u=82bd1
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Events//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:webinar-entretien-tech-20261110@vectorielle.academy
DTSTAMP:20261104T081500Z
DTSTART;TZID=Europe/Paris:20261110T123000
DTEND;TZID=Europe/Paris:20261110T133000
SUMMARY:Webinar – Réussir son entretien technique en data science
LOCATION:https://app.livestorm.co/vectorielle/reussir-entretien-technique
ORGANIZER;CN=Académie Vectorielle:mailto:events@vectorielle.academy
ATTENDEE;CN=Yasmine Bertrand;RSVP=FALSE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Académie Vectorielle", "events@vectorielle.academy"),
             "Inscription confirmée : Réussir son entretien technique en data science – mardi 12h30",
             "2026-11-04 09:15:00", "Europe/Paris", "<20261104081500.82bd1@vectorielle.academy>",
             rcv=mx("mail.vectorielle.academy", "198.51.100.140", "2026-11-04 09:15:00", "Europe/Paris",
                    "4T7gK1mRqXz6"),
             after=(("List-Unsubscribe", "<https://vectorielle.academy/unsubscribe?u=82bd1>"),)),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, method="REQUEST", cte="base64", filename="webinar.ics", disposition="attachment",
                       name_param=True)))


# ---- key 43: APEC mock interview with a career adviser

@mail(nxt(), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="APEC career-advice appointment 'Simulation d'entretien de recrutement', jeudi 15 octobre 2026 à 14h00; "
           "a mock interview, not a job interview")
def m_apec_mock() -> bytes:
    body = t("""
        Bonjour Madame Bertrand,

        Nous vous confirmons votre rendez-vous de conseil :

        Prestation : Simulation d'entretien de recrutement
        Consultante : Sylvie Garnier, consultante Apec Paris
        Date : jeudi 15 octobre 2026 à 14h00
        Durée : 1h30
        Modalité : visioconférence (le lien vous sera envoyé la veille)

        Pour en tirer le meilleur parti, munissez-vous d'une offre d'emploi qui vous intéresse : la
        consultante jouera le rôle du recruteur, puis vous débrieferez ensemble.

        En cas d'empêchement, merci de prévenir au moins 48 heures à l'avance depuis votre espace Apec.

        L'équipe Apec
        """)
    return message(
        head(addr("Apec", "ne-pas-repondre@apec.fr"),
             "Confirmation de votre rendez-vous : Simulation d'entretien de recrutement", "2026-10-09 16:22:10",
             "Europe/Paris", "<20261009142210.b71d0e3f@mail.apec.fr>",
             rcv=mx("mail.apec.fr", "193.104.33.12", "2026-10-09 16:22:10", "Europe/Paris", "4SmR4cT8wVz9")),
        alt(text(body), html(simple_html(body))))


# ---- key 44: podcast recording, Google Agenda invitation (French UI)

@mail(nxt(), family="podcast", lang="fr", interview=False, company=None,
      note="Google Agenda invitation to record a podcast interview (mer. 24 juin 2026 18:00-19:00 CEST); she is "
           "the guest, not a job candidate")
def m_podcast() -> bytes:
    lines = t("""
        Enregistrement « Les Données Parlent » – interview Yasmine Bertrand
        mercredi 24 juin 2026 ⋅ 18:00 – 19:00
        Heure d’été d’Europe centrale - Paris

        Studio Riverside : https://riverside.fm/studio/les-donnees-parlent

        Merci d'avoir accepté ! Interview d'environ 45 min pour l'épisode sur la data dans l'assurance, on garde 15 min pour les tests son. Prévois un casque filaire. Hugo

        Invités
        Hugo Chastel - organisateur
        yasmine.bertrand@example.org
        Afficher tous les invités

        Répondre pour yasmine.bertrand@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=cG9kY2FzdC0yNGp1aW4&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=cG9kY2FzdC0yNGp1aW4&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=cG9kY2FzdC0yNGp1aW4&rst=3
        """) + "\n" + GCAL_FOOTER_FR
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260624T160000Z
DTEND:20260624T170000Z
DTSTAMP:20260618T091205Z
ORGANIZER;CN=Hugo Chastel:mailto:hugo@lesdonneesparlent.fr
UID:0p4d9c2a7s5t1e6r3k8q0v2b4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260618T091203Z
DESCRIPTION:Merci d'avoir accepté ! Interview d'environ 45 min pour l'épisode sur la data dans l'assurance.
LAST-MODIFIED:20260618T091205Z
LOCATION:https://riverside.fm/studio/les-donnees-parlent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement « Les Données Parlent » – interview Yasmine Bertrand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Hugo Chastel", "hugo@lesdonneesparlent.fr"),
             "Invitation : Enregistrement « Les Données Parlent » – interview Yasmine Bertrand @ mer. 24 juin 2026 "
             "18:00 - 19:00 (CEST) (yasmine.bertrand@example.org)",
             "2026-06-18 11:12:05", "Europe/Paris", "<calendar-6e2f0a71-93c4-4d58-b1a2-7c8d9e0f1a2b@google.com>",
             rcv=mx("mail-sor-f72.google.com", "209.85.220.72", "2026-06-18 11:12:05", "Europe/Paris",
                    "4RCx2vH5mTz0"),
             after=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                    ("Reply-To", "hugo@lesdonneesparlent.fr"))),
        mixed(alt(text(lines), html(gcal_html(lines.split("\n"))), calendar(ics, method="REQUEST", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# ---- key 45: she is the interviewer (current employer), Exchange invite

@mail(nxt(), family="interviewer_side", lang="fr", interview=False, company=None,
      note="Current employer's HR books her to run the technical part of an intern candidate's interview "
           "(ven. 9 oct. 10:00-11:00, Romance Standard Time); she is the interviewer, not the candidate")
def m_interviewer_side() -> bytes:
    teams = TEAMS_FR.format(mid="NjJhYmQ0ZTItOGYxMC00YjM3LTk4ZGMtMGUxZjJhM2I0YzVk", tid="8d2f4e6a-1b3c-4f70-a9c2",
                            num="392 017 455 863", code="bT5nW8")
    body = t("""
        Bonjour Yasmine,

        Comme convenu avec Nicolas, tu mènes la partie technique de l'entretien d'Hugo Marchetti,
        candidat au stage Data Science de janvier (M2 Statistiques, Paris-Saclay). Je ferai
        l'introduction puis je vous laisse.

        Son CV et la grille d'évaluation sont en pièce jointe. Merci de compléter la grille dans
        Talentsoft juste après l'entretien.

        Merci !
        Aurélie Petit
        Chargée de recrutement – Assurelia

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=PETIT Aurélie:mailto:aurelie.petit@assurelia.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=BERTRAND Yasmine:mailto:yasmine.bertrand@assurelia.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.marchetti@etu.example.net:mailto:hugo.marchetti@etu.example.net
DESCRIPTION;LANGUAGE=fr-FR:Entretien stage Data Science – partie technique menée par Yasmine Bertrand.\\n
UID:040000008200E00074C5B7101A82E00800000000D4F7A2B93E56DC010000000000000000100000003C5B7A9E1D2F4B6A8C0E2D4F6A8B0C1D
SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Stage Data Science (Hugo Marchetti)
DTSTART;TZID=Romance Standard Time:20261009T100000
DTEND;TZID=Romance Standard Time:20261009T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261006T075841Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
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
    return message(
        head(addr("PETIT Aurélie", "aurelie.petit@assurelia.fr"),
             "Entretien candidat – Stage Data Science (Hugo Marchetti)", "2026-10-06 09:58:41", "Europe/Paris",
             "<PR0P264MB33150B9C8D7E6F5A4B3C2D1E0F9A8@PR0P264MB3315.FRAP264.PROD.OUTLOOK.COM>",
             rcv=mx("mail-pr0fra01on2109.outbound.protection.outlook.com", "40.107.12.109", "2026-10-06 09:58:41",
                    "Europe/Paris", "4SkV3nH9cTz7", lag=2),
             to=addr("BERTRAND Yasmine", "yasmine.bertrand@assurelia.fr"),
             after=(("Thread-Topic", enc("Entretien candidat – Stage Data Science (Hugo Marchetti)")),
                    ("Thread-Index", "AdtVb2p8Xw1Lq4MzRk0s9Yc3nF7aTg=="),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", "yes"),
                    ("X-MS-Exchange-Organization-AutoForwarded", "true"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "yasmine.bertrand@assurelia.fr"))),
        mixed(alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")),
              pdf("CV_Hugo_Marchetti.pdf", "cv"), pdf("Grille_evaluation_stage_DS.pdf", "grille")))


# ---- key 46: reference call being arranged (thread with key 5)

@mail(nxt(), family="reference_check", lang="fr", interview=False, company="Groupe Sérac",
      note="Recruiter arranges a reference call with the candidate's former manager ('jeudi à 11h'); the "
           "candidate is not in it and no interview is set")
def m_serac_references() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Merci encore pour vos échanges avec l'équipe Pricing la semaine dernière. Nous arrivons à la
        dernière étape du processus : la prise de références.

        J'ai pu joindre M. Dufresne, votre ancien manager chez Datavia, et nous avons convenu d'un appel
        jeudi à 11h. Pourriez-vous de votre côté me transmettre les coordonnées d'une seconde personne
        (idéalement un(e) collègue ou un(e) client(e) interne) ?

        Je reviens vers vous dès que possible après ces échanges.

        Bien à vous,

        Élodie Vasseur
        Talent Acquisition Partner – Groupe Sérac
        """)
    return message(
        head(addr("Élodie Vasseur", "elodie.vasseur@groupe-serac.com"), "Prise de références",
             "2026-04-21 14:36:08", "Europe/Paris",
             "<DB9PR10MB6124D3E0A1B7C94F5E2A8C6D0B1F4@DB9PR10MB6124.EURPRD10.PROD.OUTLOOK.COM>",
             rcv=mx("mail-db8eur05on2100.outbound.protection.outlook.com", "40.107.20.100", "2026-04-21 14:36:08",
                    "Europe/Paris", "4QJp0Xm2Dhz5")),
        alt(text(body), html(outlook_html(body))))


# ---- key 47: out-of-office auto-reply (thread with keys 21-22)

@mail(nxt(), family="auto_reply", lang="fr", interview=False, company="Orsay Talents",
      days=(("Mon", "2026-12-07"), ("Fri", "2026-12-11")),
      note="Out-of-office auto-reply from the agency consultant (Auto-Submitted: auto-replied)")
def m_orsay_ooo() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du lundi 7 au vendredi 11 décembre inclus, avec un accès limité à mes e-mails.
        Pour toute urgence, vous pouvez contacter Léa Santoni (l.santoni@orsay-talents.fr – 01 84 60 22 31).

        Bien à vous,
        Karim Haddou
        Orsay Talents
        """)
    return message(
        head(addr("Karim Haddou", "k.haddou@orsay-talents.fr"),
             "Réponse automatique : Re: RDV Maison Alvard – mon retour", "2026-12-07 09:12:30", "Europe/Paris",
             "<PR1P264MB31405E7D9C0B2A4F6E8D1C3B5A7F9@PR1P264MB3140.FRAP264.PROD.OUTLOOK.COM>",
             rcv=mx("mail-pr1fra01on2131.outbound.protection.outlook.com", "40.107.12.131", "2026-12-07 09:12:30",
                    "Europe/Paris", "4TQw6bN3kFz8"),
             after=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<3A9B7C1D-5E2F-4A60-8B4C-D1E2F3A4B5C6@example.org>"),
                    ("Content-Language", "fr-FR"))),
        alt(text(body), html(outlook_html(body))))


# ---- key 48: bounce of her own confirmation to the Brussels body (thread with key 7)

@mail(nxt(), family="bounce", lang="fr", interview=False, company=None, days=(("Thu", "2026-06-11"),),
      note="Delivery failure (multipart/report) of the candidate's own reply confirming 'jeudi 11 juin 2026 à "
           "10h30' to a mistyped address; a bounce, not a confirmation from the employer")
def m_bounce() -> bytes:
    original_body = t("""
        Madame Peeters,

        Je vous remercie pour votre message et vous confirme ma présence à l'entretien de sélection du
        jeudi 11 juin 2026 à 10h30 dans vos bureaux.

        Bien cordialement,
        Yasmine Bertrand
        """)
    original = message(
        [("From", addr("Yasmine Bertrand", ME)),
         ("To", "nathalie.peters@abad.brussels"),
         ("Subject", enc("Re: Convocation – entretien de sélection – Réf. ABAD/2026/DS-07")),
         ("Date", date("2026-06-03 08:46:51", "Europe/Paris")),
         ("Message-ID", "<CAOy3dF1qLw7-Zp0Tm5sKx9Vb2Nc4Hg8Ea@mail.gmail.com>"),
         ("In-Reply-To", "<AM9PR02MB7311A5C4E2D8F0B91A3C7D52C6A02@AM9PR02MB7311.eurprd02.prod.outlook.com>")],
        text(original_body))
    notice = t("""
        ** Adresse introuvable **

        Votre message n'a pas pu être remis à nathalie.peters@abad.brussels, car l'adresse est introuvable ou
        ne peut pas recevoir d'e-mails.

        La réponse du serveur distant était :
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nathalie.peters@abad.brussels not found by SMTP
        address lookup
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 03 Jun 2026 06:46:51 -0000

        Final-Recipient: rfc822; nathalie.peters@abad.brussels
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; abad-brussels.mail.protection.outlook.com. (40.107.22.36, the server for the domain abad.brussels.)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nathalie.peters@abad.brussels not found by SMTP address lookup
        Last-Attempt-Date: Wed, 03 Jun 2026 06:47:02 -0700
        """)
    return message(
        head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
             "2026-06-03 08:47:02", "Europe/Paris", "<6a3f1c90.2b0a1e7f.4c8d.91e2.GMRIR@mx.google.com>",
             rcv=mx("mail-sor-f69.google.com", "209.85.220.69", "2026-06-03 08:47:02", "Europe/Paris",
                    "4R2cQ7nJvkz3"),
             after=(("Auto-Submitted", "auto-replied"),)),
        multipart("report", alt(text(notice), html(simple_html(notice))),
                  raw_part([("Content-Type", "message/delivery-status")], status),
                  attached_message(original), params="report-type=delivery-status"))


# ---- key 49: newsletter about interviews

@mail(nxt(), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career newsletter about HR interview questions, List-Unsubscribe; mentions a LinkedIn live, "
           "confirms nothing")
def m_newsletter() -> bytes:
    body = t("""
        Entretien RH : les 7 questions qu'on vous posera (et comment y répondre)

        Bonjour Yasmine,

        « Parlez-moi de vous », « Pourquoi voulez-vous quitter votre poste ? », « Quelles sont vos
        prétentions salariales ? »… Ces questions reviennent dans presque tous les entretiens RH.
        Cette semaine, nos experts vous donnent les clés pour y répondre sans réciter.

        → Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-entretien-rh

        Aussi dans cette édition :
        • Entretien technique en data : ce que les recruteurs regardent vraiment
        • Relancer après un entretien : quand et comment ?
        • Témoignage : « J'ai négocié mon salaire après trois entretiens »

        📅 Live LinkedIn mardi à 12h30 : « Préparer son entretien final », avec une DRH du CAC 40.

        Bonne lecture,
        La rédaction de Welcome to the Jungle

        Vous recevez cette newsletter car vous êtes inscrite sur Welcome to the Jungle.
        Se désabonner : https://www.welcometothejungle.com/fr/me/newsletters/unsubscribe?t=a71f
        """)
    return message(
        head("Welcome to the Jungle <newsletter@welcometothejungle.com>",
             "Entretien RH : les 7 questions qu'on vous posera (et comment y répondre)", "2026-11-08 10:00:02",
             "Europe/Paris", "<20261108090002.a71f3c.newsletter@welcometothejungle.com>",
             rcv=mx("mta-75.welcometothejungle.com", "198.244.52.75", "2026-11-08 10:00:02", "Europe/Paris",
                    "4T8zF2qWnpz1"),
             after=(("List-Unsubscribe",
                     "<https://www.welcometothejungle.com/fr/me/newsletters/unsubscribe?t=a71f>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(simple_html(body))))


# ---- key 50: post-interview thank-you from Vantrel's CIO (thread with key 6)

@mail(nxt(), family="post_interview", lang="fr", interview=False, company="Vantrel",
      note="Post-interview 'merci pour votre temps hier', the agency will come back with a decision; nothing "
           "scheduled")
def m_vantrel_after() -> bytes:
    body = t("""
        Bonjour Yasmine,

        Merci pour votre temps hier et pour la qualité de nos échanges, notamment sur votre projet de
        prédiction du churn.

        Je dois encore rencontrer deux candidats cette semaine ; Thomas (Kessler Conseil) reviendra vers
        vous d'ici la fin de la semaine prochaine avec notre décision.

        Cordialement,

        Hervé Perrin
        Directeur des Systèmes d'Information – Vantrel
        """)
    return message(
        head(addr("Hervé Perrin", "herve.perrin@vantrel.fr"), "Suite à notre entretien", "2026-06-10 17:52:14",
             "Europe/Paris", "<AS8PR04MB8072F1A2B3C4D5E6F7A8B9C0D1E2F@AS8PR04MB8072.eurprd04.prod.outlook.com>",
             rcv=mx("mail-am0eur02on2114.outbound.protection.outlook.com", "40.107.247.114", "2026-06-10 17:52:14",
                    "Europe/Paris", "4R3fV8bKpXz6")),
        alt(text(body), html(outlook_html(body))))
