"""blind44: 50 hand-written mails from the inbox of a policy data analyst in Brussels.

Inbox owner: Margaux Declercq <margaux.declercq@example.org> (old address margaux.declercq@example.net),
a policy data analyst at a (fictional) Brussels public-policy observatory, applying to EU agencies,
NGOs, consultancies, banks and tech companies in Brussels, Antwerp, Ghent, Luxembourg, The Hague,
Paris and London. English, French (Belgian), Dutch (Flemish) and one German mail.

Written blind: without reading the detector, its tests, or any other held-out set. Registered into
``make.REGISTRY["blind44"]``; build with ``python3 bench/heldout/make_blind.py blind44``.
File numbers are a fixed shuffle of the writing order (ORDER below): keys 1-23 are the positives,
24-50 the negatives, in the order they were written.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
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

SET = "blind44"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(44044).sample(range(1, 51), 50)

ME = "margaux.declercq@example.org"
ME_NAME = "Margaux Declercq"
ME_TO = addr(ME_NAME, ME)
BXL = "Europe/Brussels"
LUX = "Europe/Luxembourg"
PAR = "Europe/Paris"
LON = "Europe/London"
AMS = "Europe/Amsterdam"
NYC = "America/New_York"


def N(key: int) -> str:
    """File name for the key-th mail in writing order."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = ME_TO,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 4,
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Delivered-To/Received trace, then the usual originator headers."""
    hs = [("Delivered-To", ME), *pre,
          ("Received", received(f"from {relay}", when, zone,
                                f"mx1.example.org (Postfix) with ESMTPS id {hx(mid, 11).upper()}", ME, lag)),
          ("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
          ("Message-ID", mid)]
    return hs + list(extra)


def tiny_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF with the given (ASCII) lines of text."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 10 Tf 56 790 Td 14 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_part(data: bytes, filename: str) -> Part:
    import base64
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Description", filename),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


# VTIMEZONE blocks as Google Calendar / Thunderbird / most ATSes write them (IANA names, 1970 anchors)
def vtz_cet(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
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

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
ID de la réunion : {mid}
Code secret : {pw}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mt}@thread.v2&messageId=0&language=fr-FR>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mt}@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
"""


def outlook_html(plain: str, lang: str = "FR-BE") -> str:
    """The text/html twin Outlook writes: one <p class=MsoNormal> per line."""
    import html as _h

    paras = []
    for line in plain.rstrip("\n").split("\n"):
        paras.append(f"<p class=\"MsoNormal\">{_h.escape(line) if line else '&nbsp;'}<o:p></o:p></p>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
            "\tfont-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
            f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def exchange_extra(topic: str, seed: str, lang: str = "fr-FR", attach: bool = False) -> tuple[tuple[str, str], ...]:
    idx = hx(seed + "ti", 30)
    return (("Thread-Topic", enc(topic)), ("Thread-Index", "AQH" + idx[:4] + "Z" + idx[4:26] + "=="),
            ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "1"))


# =========================================================================== positives


@mail(N(1), family="eu_convocation", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:30", LUX), end=None, contact="katrien.wouters@eors-agency.eu",
      company="European Office for Regulatory Statistics",
      local="Tue 2026-09-15 10:30", zone=LUX, days=(("Thu", "2026-09-10"),),
      note="EU-agency convocation to a Selection Board interview, Tuesday 15 September 2026 at 10:30 "
           "Luxembourg time (CEST, UTC+2) = 08:30Z; 'report to reception at 10:00' is the arrival time, "
           "not the start; 'approximately 45 minutes' -> end null. Sent from a functional mailbox; "
           "contact = the HR officer named with her address in the body. Same procedure as the written-test mail.")
def k01_eors_convocation() -> bytes:
    body = t("""
        Dear Ms DECLERCQ,

        Selection procedure EORS/TA/AD6/2026/014 - Data and Policy Analyst (Temporary Agent, AD6)

        Further to the results of the written test, I am pleased to inform you that the Selection Board
        has decided to invite you to an interview.

            Date:      Tuesday 15 September 2026
            Time:      10:30 (Luxembourg time)
            Place:     EORS premises, Building Kirchberg 3, 7 rue Alcide de Gasperi,
                       L-2920 Luxembourg, meeting room K3/0.41
            Duration:  approximately 45 minutes

        Please report to the reception desk on the ground floor at 10:00, with a valid identity card or
        passport. Candidates who arrive late may not be admitted.

        The interview will be conducted in English. Part of it may be held in your second language
        (French), as indicated in your application form. The Board will assess your specific
        competences for the profile and the general competences listed in section 5 of the vacancy
        notice.

        Please bring the originals and one copy of the supporting documents listed in the attached
        letter (diplomas, proof of professional experience, identity document). Candidates who do not
        provide these documents cannot be placed on the reserve list.

        Travel and subsistence expenses are reimbursed under the conditions set out in the attached
        convocation letter. Please keep your tickets and boarding passes.

        Please confirm your attendance by replying to this functional mailbox by Thursday 10 September
        2026, 12:00 at the latest.

        For any practical question you may contact Ms Katrien Wouters, HR Officer
        (katrien.wouters@eors-agency.eu, +352 4398 2210).

        Kind regards,

        Selection Team
        Unit C.2 - Human Resources
        European Office for Regulatory Statistics (EORS)

        This message was sent from a functional mailbox. Do not forward it to third parties.
        """)
    pdf = tiny_pdf([
        "EUROPEAN OFFICE FOR REGULATORY STATISTICS",
        "Human Resources - Selection Team",
        "",
        "Luxembourg, 7 September 2026",
        "Ref. Ares(2026)4471902 - EORS/TA/AD6/2026/014",
        "",
        "Ms Margaux DECLERCQ",
        "",
        "Subject: Convocation to an interview with the Selection Board",
        "",
        "Date: Tuesday 15 September 2026 - Time: 10:30 (Luxembourg time)",
        "Place: Building Kirchberg 3, 7 rue Alcide de Gasperi, L-2920 Luxembourg",
        "",
        "Supporting documents to bring: diplomas, proof of professional experience, ID.",
        "Reimbursement of travel expenses: see Annex I.",
    ])
    mid = f"<{hx('k01', 8).upper()}{hx('k01b', 24).upper()}@EORSMBX02.eors-agency.eu>"
    hs = head(addr("EORS Selection Procedures", "EORS-SELECTION@eors-agency.eu"),
              "EORS/TA/AD6/2026/014 - Invitation to interview with the Selection Board",
              "2026-09-07 16:12", LUX, mid,
              relay="mail-gw2.eors-agency.eu (mail-gw2.eors-agency.eu [194.154.201.36])",
              extra=exchange_extra("EORS/TA/AD6/2026/014 - Invitation to interview with the Selection Board",
                                   "k01", "en-US", attach=True)
              + (("Importance", "high"),))
    return message(hs, mixed(alt(text(body), html(outlook_html(body, "EN-GB"))),
                             pdf_part(pdf, "Convocation_EORS-TA-AD6-2026-014_DECLERCQ.pdf")))


@mail(N(2), family="eu_convocation", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", BXL), end=utc("2026-11-03 14:30", BXL),
      contact="nathalie.dewulf@aeeis.eu", company="Agence exécutive européenne pour l'innovation sociale",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:30", zone=BXL,
      note="Convocation (French, ISO-8859-1 QP) 'le mardi 3/11 à 14h', Belgian day/month notation; "
           "Brussels after the 25 October switch -> CET, 13:00Z; 'd'une durée de 30 minutes' -> end 13:30Z. "
           "Functional sender mailbox; contact = the person named with her address in the body.")
def k02_aeeis_convocation() -> bytes:
    body = t("""
        Madame,

        Dans le cadre de la procédure de sélection d'agents contractuels AEEIS/CA/GFIV/2026/07
        (Analyste de données - groupe de fonctions IV), nous avons le plaisir de vous informer que le
        comité de sélection a retenu votre candidature pour la phase d'entretien.

        Vous êtes dès lors convoquée à un entretien le mardi 3/11 à 14h, dans nos locaux :

            AEEIS - Bâtiment Botanique
            boulevard du Jardin Botanique 42, 1000 Bruxelles
            Salle 09/B12 (9e étage)

        Nous vous remercions de vous présenter à l'accueil du rez-de-chaussée un quart d'heure avant
        l'heure fixée, muni(e) d'une pièce d'identité.

        L'entretien, d'une durée de 30 minutes, se déroulera en français et en anglais. Le comité
        évaluera vos compétences en analyse de données et en visualisation, votre connaissance des
        politiques sociales de l'Union ainsi que votre motivation.

        Nous vous prions de bien vouloir confirmer votre présence endéans les 48 heures en répondant
        à ce message. Si vous ne pouvez pas vous présenter à la date fixée, merci de nous le signaler
        dans le même délai ; un report ne pourra être accordé que pour des raisons dûment justifiées.

        Les frais de déplacement ne sont pas remboursés aux candidats résidant à moins de septante
        kilomètres du lieu de l'entretien.

        Pour toute question pratique, vous pouvez contacter Mme Nathalie Dewulf
        (nathalie.dewulf@aeeis.eu - +32 2 299 71 40).

        Veuillez agréer, Madame, l'expression de nos salutations distinguées.

        Pour le comité de sélection,
        Équipe Sélection et Recrutement
        Unité R.2 - Ressources humaines
        Agence exécutive européenne pour l'innovation sociale (AEEIS)
        """)
    mid = f"<{hx('k02', 12).upper()}.AEEIS-SELECTION@aeeis.eu>"
    hs = head(addr("AEEIS - Sélection", "AEEIS-SELECTION@aeeis.eu", "iso-8859-1"),
              "Convocation à l'entretien - AEEIS/CA/GFIV/2026/07 - Analyste de données",
              "2026-10-26 11:05", BXL, mid, charset="iso-8859-1",
              relay="smtp-out1.aeeis.eu (smtp-out1.aeeis.eu [158.169.40.12])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-BE")))
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-26 09:30", LUX), end=utc("2026-03-26 10:30", LUX), contact=None,
      company="Banque Moselle & Alzette",
      local="Thu 2026-03-26 09:30", local_end="2026-03-26 10:30", zone=LUX,
      note="Workday 'Interview Scheduled' (HTML only, base64); '09:30 - 10:30 (GMT+01:00) Central European "
           "Time (Luxembourg)' on 26 March, before the 29 March switch -> 08:30Z-09:30Z. Recruiter named "
           "without an address; sender is the Workday tenant mailbox -> contact null.")
def k03_workday_bma() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px 32px;border-bottom:4px solid #00594f"><img src="https://wd3.myworkday.com/bma/img/logo_bma.png" alt="Banque Moselle &amp; Alzette" height="36"></td></tr>
        <tr><td style="padding:28px 32px 8px 32px">
        <p>Dear Margaux,</p>
        <p>Thank you for your interest in Banque Moselle &amp; Alzette. We are pleased to confirm your interview for the position of <b>Data Analyst &ndash; Regulatory Reporting (R-0010442)</b>.</p>
        </td></tr>
        <tr><td style="padding:8px 32px">
        <table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #dde1e6;width:100%">
        <tr><td style="background:#eef3f2;width:140px"><b>Date</b></td><td>Thursday, 26 March 2026</td></tr>
        <tr><td style="background:#eef3f2"><b>Time</b></td><td>09:30 - 10:30 (GMT+01:00) Central European Time (Luxembourg)</td></tr>
        <tr><td style="background:#eef3f2"><b>Interview type</b></td><td>On site - Competency &amp; technical interview</td></tr>
        <tr><td style="background:#eef3f2"><b>Location</b></td><td>BMA Campus Cloche d'Or, 14 boulevard de Kockelscheuer, L-1821 Luxembourg, reception Building A</td></tr>
        <tr><td style="background:#eef3f2"><b>Interviewers</b></td><td>Sandrine Hoffmann (Talent Acquisition Partner)<br>Marc Weber (Head of Regulatory Reporting)</td></tr>
        </table>
        </td></tr>
        <tr><td style="padding:16px 32px">
        <p>Please bring a valid ID. A visitor badge will be prepared for you at the reception desk.</p>
        <p>If you are unable to attend, please let your recruiter know as soon as possible through your Candidate Home.</p>
        <p><a href="https://wd3.myworkday.com/bma/d/inst/1$9925/9925$41877.htmld" style="background:#00594f;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Go to Candidate Home</a></p>
        <p>Kind regards,<br>Talent Acquisition<br>Banque Moselle &amp; Alzette</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Banque Moselle &amp; Alzette S.A., 14 boulevard de Kockelscheuer, L-1821 Luxembourg. R.C.S. Luxembourg B 52 118.</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    mid = "<1947262011.88412.1774014425318@wd3-prod-app-bma-41.myworkday.com>"
    hs = head(addr("Banque Moselle & Alzette", "bma@myworkday.com"),
              "Interview Scheduled: Data Analyst - Regulatory Reporting (R-0010442)",
              "2026-03-20 14:47", LUX, mid,
              relay="mail-a12.myworkday.com (mail-a12.myworkday.com [198.245.174.12])",
              extra=(("X-Auto-Response-Suppress", "All"),))
    return message(hs, html(body, cte="base64"))


@mail(N(4), family="successfactors", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:30", BXL), end=utc("2026-11-10 11:30", BXL),
      contact="els.verbruggen@scheldtlogistics.be", company="Scheldt Logistics Group",
      local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:30", zone=BXL,
      note="SAP SuccessFactors invitation in Dutch: 'dinsdag 10 november 2026', '10.30 uur - 11.30 uur' in "
           "Antwerp (CET after 25 Oct) -> 09:30Z-10:30Z; ICS in UTC agrees. Sender noreply; contact = ICS "
           "ORGANIZER, the HR business partner (also her address in the body).")
def k04_successfactors_scheldt() -> bytes:
    body = t("""
        Beste Margaux,

        Bedankt voor je interesse in de functie Beleidsanalist Data (vacature 4471) bij Scheldt Logistics
        Group. We nodigen je graag uit voor een eerste gesprek.

        Datum: dinsdag 10 november 2026
        Uur: 10.30 uur - 11.30 uur
        Duur: 60 minuten
        Locatie: Scheldt Logistics Group, Noorderlaan 147, 2030 Antwerpen - onthaal gebouw B
        Gesprekspartners: Els Verbruggen (HR Business Partner) en Koen Peeters (Manager Public Affairs)

        In bijlage vind je de agenda-uitnodiging. Je kan parkeren op de bezoekersparking aan de
        Noorderlaan; meld je aan aan het onthaal met je identiteitskaart.

        Ben je verhinderd? Laat het ons dan zo snel mogelijk weten via els.verbruggen@scheldtlogistics.be.

        Met vriendelijke groeten,

        Els Verbruggen
        HR Business Partner
        Scheldt Logistics Group

        --
        Deze e-mail werd automatisch verzonden via SAP SuccessFactors. Antwoorden op dit adres worden
        niet gelezen.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-{hx('k04uid', 20)}@successfactors.eu
DTSTAMP:20261103T072100Z
DTSTART:20261110T093000Z
DTEND:20261110T103000Z
SUMMARY:Sollicitatiegesprek Beleidsanalist Data - Margaux Declercq
LOCATION:Scheldt Logistics Group\\, Noorderlaan 147\\, 2030 Antwerpen - onthaal gebouw B
DESCRIPTION:Gesprek met Els Verbruggen en Koen Peeters.
ORGANIZER;CN=Els Verbruggen:mailto:els.verbruggen@scheldtlogistics.be
ATTENDEE;CN=Margaux Declercq;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:margaux.declercq@example.org
ATTENDEE;CN=Koen Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:koen.peeters@scheldtlogistics.be
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k04', 10)}.{hx('k04b', 6)}.JavaMail.sfuser@pmsf-dc12-bizx-43>"
    hs = head(addr("Scheldt Logistics Group", "noreply@successfactors.eu"),
              "Uitnodiging sollicitatiegesprek - Beleidsanalist Data (4471)",
              "2026-11-03 08:21", BXL, mid,
              relay="mta-dc12-3.successfactors.eu (mta-dc12-3.successfactors.eu [155.56.208.73])")
    return message(hs, mixed(alt(text(body), html("<html><body><pre style=\"font-family:Arial\">" + body
                                                  + "</pre></body></html>\n")),
                             calendar(ics, cte="base64", ctype="text/calendar", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(5), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-27 10:00", LON), end=utc("2026-03-27 10:45", LON),
      contact="tom.ashworth@halyard-analytics.co.uk", company="Halyard Analytics",
      local="Fri 2026-03-27 10:00", local_end="2026-03-27 10:45", zone=LON,
      note="Greenhouse confirmation from no-reply with the recruiter as Reply-To; '10:00 AM - 10:45 AM GMT' "
           "on Friday 27 March, two days before the UK/EU switch -> 10:00Z-10:45Z (11:00 in Brussels); "
           "ICS in UTC agrees. Follows the self-schedule mail of the same company.")
def k05_greenhouse_halyard() -> bytes:
    body = t("""
        Hi Margaux,

        Thanks for picking a time! Your video interview with Halyard Analytics is confirmed.

        Policy Data Analyst - Hiring Manager Interview
        Friday, March 27, 2026
        10:00 AM - 10:45 AM GMT (London)

        Interviewer: Gemma Olusanya, Head of Public Sector Insights
        Location: Google Meet - https://meet.google.com/hvq-ptzr-kde

        A calendar invitation is attached. If anything comes up, just reply to this email and we'll
        find another slot.

        Best,
        Tom Ashworth
        Talent Partner, Halyard Analytics
        """)
    htmlbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2933">
        <p>Hi Margaux,</p>
        <p>Thanks for picking a time! Your video interview with Halyard Analytics is confirmed.</p>
        <p><strong>Policy Data Analyst - Hiring Manager Interview</strong><br>
        Friday, March 27, 2026<br>
        10:00 AM - 10:45 AM GMT (London)</p>
        <p>Interviewer: Gemma Olusanya, Head of Public Sector Insights<br>
        Location: Google Meet - <a href="https://meet.google.com/hvq-ptzr-kde">https://meet.google.com/hvq-ptzr-kde</a></p>
        <p>A calendar invitation is attached. If anything comes up, just reply to this email and we'll find another slot.</p>
        <p>Best,<br>Tom Ashworth<br>Talent Partner, Halyard Analytics</p>
        </div>
        <img src="https://u4827193.ct.sendgrid.net/wf/open?upn={u}" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
        """).replace("{u}", hx("k05px", 40))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{hx('k05uid', 32)}@greenhouse.io
DTSTAMP:20260323T160500Z
DTSTART:20260327T100000Z
DTEND:20260327T104500Z
SUMMARY:Interview: Margaux Declercq <> Halyard Analytics (Hiring Manager)
DESCRIPTION:Google Meet: https://meet.google.com/hvq-ptzr-kde\\nInterviewer: Gemma Olusanya
LOCATION:https://meet.google.com/hvq-ptzr-kde
ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@halyard-analytics.co.uk
ATTENDEE;CN=Margaux Declercq;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:margaux.declercq@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k05', 22)}@geopod-ismtpd-4-11>"
    hs = head(addr("Tom Ashworth", "no-reply@greenhouse.io"),
              "Interview Confirmation: Halyard Analytics - Policy Data Analyst",
              "2026-03-23 16:05", LON, mid,
              relay="o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.182])",
              extra=(("Reply-To", addr("Tom Ashworth", "tom.ashworth@halyard-analytics.co.uk")),))
    return message(hs, mixed(alt(text(body), html(htmlbody)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(6), family="teamtailor", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-10-07 14:00", BXL), end=utc("2026-10-07 14:45", BXL), contact=None,
      company="Baaken Data",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 14:45", zone=BXL,
      note="Teamtailor confirmation in Dutch (base64 UTF-8, emoji bullets): 'woensdag 7 oktober 2026, "
           "14:00 - 14:45 (Europe/Brussels)' -> CEST, 12:00Z-12:45Z; ICS agrees. Reply-To is a Teamtailor "
           "relay, people named without addresses -> contact null.")
def k06_teamtailor_baaken() -> bytes:
    body = t("""
        Hoi Margaux,

        Leuk dat je verder wil in het proces voor de rol van Data Analist (Publieke Sector)! Hierbij
        bevestigen we je interview.

        📅 woensdag 7 oktober 2026
        🕑 14:00 - 14:45 (Europe/Brussels)
        📍 Baaken Data, Ottergemsesteenweg-Zuid 808, 9000 Gent (3de verdieping)
        👥 Lien De Smet (Talent & People) en Bram Vermeulen (Lead Data)

        Voeg het interview toe aan je agenda via de bijlage. Breng gerust je laptop mee als je iets
        wil tonen, maar voorbereiden hoeft niet.

        Tot dan!
        Lien
        Baaken Data

        Kan je toch niet? Laat het ons weten via je kandidatenpagina:
        https://baakendata.teamtailor.com/candidate/c/7f2d91/interviews
        """)
    htmlbody = "<html><body style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-{hx('k06uid', 12)}@teamtailor.com
DTSTAMP:20261001T083300Z
DTSTART:20261007T120000Z
DTEND:20261007T124500Z
SUMMARY:Interview Baaken Data - Data Analist (Publieke Sector)
LOCATION:Baaken Data\\, Ottergemsesteenweg-Zuid 808\\, 9000 Gent
ORGANIZER;CN=Baaken Data:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Margaux Declercq;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:margaux.declercq@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k06', 24)}@teamtailor-mail.com>"
    hs = head(addr("Baaken Data", "no-reply@teamtailor-mail.com"), "Uitnodiging: interview bij Baaken Data",
              "2026-10-01 10:33", BXL, mid,
              relay="m241-12.mailgun.net (m241-12.mailgun.net [159.135.241.12])",
              extra=(("Reply-To", f"reply+{hx('k06r', 20)}@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htmlbody, cte="base64")),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(7), family="recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-19 11:00", AMS), end=utc("2026-10-19 12:00", AMS),
      contact="sanne.devries@civicledger.org", company="Civic Ledger Foundation",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=AMS,
      note="Recruitee interview confirmation from a The Hague NGO: 'Monday 19 October 2026, 11:00 - 12:00 "
           "(CEST, Amsterdam time)' -> 09:00Z-10:00Z; ICS with TZID Europe/Amsterdam agrees. "
           "Contact = human Reply-To.")
def k07_recruitee_civicledger() -> bytes:
    body = t("""
        Dear Margaux,

        Thank you for your application for the Data & Policy Officer role. We're happy to confirm your
        interview:

        When:  Monday 19 October 2026, 11:00 - 12:00 (CEST, Amsterdam time)
        Where: Microsoft Teams - join link below
        With:  Sanne de Vries (Programme Lead, Open Legislation) and Ahmed El Idrissi (Data Engineer)

        Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NWQ4%40thread.v2/0

        In the first part we'd like to hear about your work on public-sector data; in the second part
        Ahmed will walk through a small dataset with you (no preparation needed).

        If you have any questions, you can reply directly to this email.

        Kind regards,
        Sanne de Vries
        Civic Ledger Foundation | Lange Voorhout 44, 2514 EG Den Haag

        Sent with Recruitee
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz_cet('Europe/Amsterdam')}
BEGIN:VEVENT
UID:{hx('k07uid', 8)}-{hx('k07u2', 4)}-{hx('k07u3', 4)}-{hx('k07u4', 12)}@recruitee.com
DTSTAMP:20261013T071200Z
DTSTART;TZID=Europe/Amsterdam:20261019T110000
DTEND;TZID=Europe/Amsterdam:20261019T120000
SUMMARY:Interview Civic Ledger Foundation - Margaux Declercq
LOCATION:Microsoft Teams
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@civicledger.org
ATTENDEE;CN=Margaux Declercq;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:margaux.declercq@example.org
ATTENDEE;CN=Ahmed El Idrissi;PARTSTAT=ACCEPTED:mailto:ahmed.elidrissi@civicledger.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k07', 8)}-{hx('k07b', 4)}-{hx('k07c', 4)}-{hx('k07d', 12)}@recruitee.com>"
    hs = head(addr("Civic Ledger Foundation", "notifications@recruitee.com"),
              "Your interview with Civic Ledger Foundation - Monday 19 October",
              "2026-10-13 09:12", AMS, mid,
              relay="mail-181-3.mta.recruitee.com (mail-181-3.mta.recruitee.com [185.183.20.3])",
              extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@civicledger.org")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment")))


@mail(N(8), family="google_calendar", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", BXL), end=utc("2026-11-12 15:00", BXL),
      contact="an.claes@vkb-vlaanderen.be", company="Vlaams Kenniscentrum Beleidsdata",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=BXL,
      note="Google Calendar invitation with the Dutch UI: 'do 12 nov 2026 14:00 - 15:00 (CET)', ICS "
           "TZID=Europe/Brussels -> 13:00Z-14:00Z. Contact = ORGANIZER / Reply-To.")
def k08_gcal_nl_vkb() -> bytes:
    title = "Sollicitatiegesprek Beleidsdata-analist - Margaux Declercq"
    body = t(f"""
        Je bent uitgenodigd voor het volgende evenement.

        Titel: {title}
        Eerste gesprek met de selectiecommissie (An Claes, Dries Wuyts, Yasmina Bouzid).
        Graag 10 minuten vooraf aanmelden aan het onthaal, Havenlaan 88, Brussel.

        Wanneer: do 12 nov 2026 14:00 - 15:00 Midden-Europese standaardtijd - Brussel
        Waar: Havenlaan 88, 1000 Brussel, vergaderzaal 4.12
        Agenda: margaux.declercq@example.org
        Wie:
             * An Claes - organisator
             * dries.wuyts@vkb-vlaanderen.be
             * yasmina.bouzid@vkb-vlaanderen.be
             * margaux.declercq@example.org

        Afspraakgegevens bekijken: https://calendar.google.com/calendar/event?action=VIEW&eid={hx('k08eid', 40)}&tok={hx('k08tok', 30)}&ctz=Europe%2FBrussels&hl=nl&es=0

        Uitnodiging van Google Agenda: https://calendar.google.com/calendar/

        Je ontvangt deze e-mail op het account margaux.declercq@example.org omdat je bent uitgenodigd
        voor dit evenement.

        Als je geen updates meer wilt ontvangen voor dit evenement, kun je het evenement weigeren. Je
        kunt je ook aanmelden voor een Google-account op https://calendar.google.com/calendar/ en je
        meldingsinstellingen voor de volledige agenda beheren.

        Als je deze uitnodiging doorstuurt, kan elke ontvanger je uitnodiging beantwoorden of je
        uitnodiging doorsturen. Meer informatie: https://support.google.com/calendar/answer/37135#forwarding
        """)
    htmlbody = ("<html><body><div itemscope itemtype=\"http://schema.org/InformAction\">"
                "<span style=\"display:none\">Je bent uitgenodigd voor het volgende evenement.</span>"
                f"<h3 style=\"font-weight:normal\">{title}</h3>"
                "<table><tr><td style=\"padding-right:10px\"><b>Wanneer</b></td>"
                "<td>do 12 nov 2026 14:00 &ndash; 15:00 <span style=\"color:#888\">Midden-Europese standaardtijd - Brussel</span></td></tr>"
                "<tr><td><b>Waar</b></td><td>Havenlaan 88, 1000 Brussel, vergaderzaal 4.12</td></tr>"
                "<tr><td><b>Wie</b></td><td>An Claes - organisator<br>dries.wuyts@vkb-vlaanderen.be<br>"
                "yasmina.bouzid@vkb-vlaanderen.be<br>margaux.declercq@example.org</td></tr></table>"
                "<p>Deelnemen? <a href=\"#\">Ja</a> - <a href=\"#\">Misschien</a> - <a href=\"#\">Nee</a></p>"
                "<p style=\"color:#888;font-size:11px\">Uitnodiging van Google Agenda</p></div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz_cet('Europe/Brussels')}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261112T140000
DTEND;TZID=Europe/Brussels:20261112T150000
DTSTAMP:20261104T081512Z
ORGANIZER;CN=An Claes:mailto:an.claes@vkb-vlaanderen.be
UID:{hx('k08uid', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=An Claes;X-NUM-GUESTS=0:mailto:an.claes@vkb-vlaanderen.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dries.wuyts@vkb-vlaanderen.be;X-NUM-GUESTS=0:mailto:dries.wuyts@vkb-vlaanderen.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yasmina.bouzid@vkb-vlaanderen.be;X-NUM-GUESTS=0:mailto:yasmina.bouzid@vkb-vlaanderen.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.declercq@example.org;X-NUM-GUESTS=0:mailto:margaux.declercq@example.org
CREATED:20261104T081511Z
DESCRIPTION:Eerste gesprek met de selectiecommissie (An Claes\\, Dries Wuyts\\, Yasmina Bouzid).\\nGraag 10 minuten vooraf aanmelden aan het onthaal\\, Havenlaan 88\\, Brussel.
LAST-MODIFIED:20261104T081511Z
LOCATION:Havenlaan 88\\, 1000 Brussel\\, vergaderzaal 4.12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = f"<calendar-{hx('k08', 8)}-{hx('k08b', 4)}-{hx('k08c', 4)}-{hx('k08d', 4)}-{hx('k08e', 12)}@google.com>"
    subj = f"Uitnodiging: {title} @ do 12 nov 2026 14:00 - 15:00 (CET) (margaux.declercq@example.org)"
    hs = head(addr("An Claes", "an.claes@vkb-vlaanderen.be"), subj, "2026-11-04 09:15", BXL, mid,
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("An Claes", "an.claes@vkb-vlaanderen.be")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htmlbody, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(9), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:30", LON), end=utc("2026-10-27 10:15", LON),
      contact="hannah.pryce@cardewinstitute.org.uk", company="Cardew Institute",
      local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:15", zone=LON,
      note="London think tank; mail sent on 21 October in BST, interview 'Tuesday 27 October at 9:30am UK "
           "time' after the 25 October switch -> GMT = 09:30Z (10:30 Brussels, as the mail says); pasted "
           "Zoom block 'Oct 27, 2026 09:30 AM London' agrees; 'will last 45 minutes' -> end 10:15Z. "
           "Contact = human sender.")
def k09_zoom_cardew() -> bytes:
    body = t("""
        Dear Margaux,

        Thank you for your application for the Research Analyst (Data) position. I'm delighted to let
        you know that the panel would like to invite you to a first-round interview on Tuesday 27
        October at 9:30am UK time - that's 10:30 in Brussels, as the clocks will have gone back in both
        places by then.

        The interview will last 45 minutes and will be with myself and Dr Oliver Brandreth, Director of
        our Europe Programme. We'll ask you to talk briefly (5 minutes max) about a recent piece of
        analysis you're proud of - no slides needed.

        Zoom details are below.

        Hannah Pryce is inviting you to a scheduled Zoom meeting.

        Topic: Cardew Institute - Research Analyst interview (M. Declercq)
        Time: Oct 27, 2026 09:30 AM London

        Join Zoom Meeting
        https://cardewinstitute.zoom.us/j/84920317765?pwd=bE9xQ2dTa1ZpR0h3cmxWZ2pKNnd3QT09

        Meeting ID: 849 2031 7765
        Passcode: 592014

        ---

        One tap mobile
        +442080806592,,84920317765#,,,,*592014# United Kingdom
        +3228088236,,84920317765#,,,,*592014# Belgium

        Could you drop me a quick line to confirm you've received this? And do let me know if you need
        any adjustments for the interview.

        Best wishes,
        Hannah

        Hannah Pryce
        People & Operations Manager
        Cardew Institute for European Policy
        14 Great Peter Street, London SW1P 3NQ
        """)
    mid = f"<LO2P265MB{hx('k09', 4).upper()}{hx('k09b', 20).upper()}@LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM>"
    hs = head(addr("Hannah Pryce", "hannah.pryce@cardewinstitute.org.uk"),
              "Interview invitation - Research Analyst (Data), Cardew Institute",
              "2026-10-21 15:40", LON, mid,
              relay="GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2112.outbound.protection.outlook.com [40.107.22.112])",
              extra=exchange_extra("Interview invitation - Research Analyst (Data), Cardew Institute", "k09", "en-GB"))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB"))))


@mail(N(10), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-29 11:00", PAR), end=utc("2026-09-29 12:00", PAR),
      contact="claire.fontanel@orrery-conseil.fr", company="Orrery Conseil",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00", zone=PAR,
      note="Exchange meeting request with a Teams block; the French body only says 'À mardi', the time is "
           "in the ICS: TZID 'Romance Standard Time' 20260929T110000-120000 (Paris, CEST) -> "
           "09:00Z-10:00Z. Contact = ORGANIZER / sender. Same firm as the later cancellation.")
def k10_exchange_orrery() -> bytes:
    teams = TEAMS_FR.format(mt="NjE4ZjM0YTItOGQ1Yy00ZWIxLWE3NjAtOTRmYjk3MGQ0ZjEy",
                            tid="b3f1c2a4-77d0-4e1b-9a52-5d6e0c8f2a11", mid="341 778 902 115", pw="qB7xH2")
    body = t("""
        Bonjour Margaux,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien avec Julien Roux
        (Manager, pôle Secteur public) et moi-même. Nous parlerons de votre parcours et d'un de vos
        projets récents ; prévoyez de pouvoir partager votre écran.

        À mardi,
        Claire

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Claire Fontanel:mailto:claire.fontanel@orrery-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Declercq:mailto:margaux.declercq@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Roux:mailto:julien.roux@orrery-conseil.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Margaux\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien avec Julien Roux (Manager\\, pôle Secteur public) et moi-même.\\n\\nÀ mardi\\,\\nClaire\\n
UID:040000008200E00074C5B7101A82E00800000000{hx('k10uid', 16).upper()}01000000000000000010000000{hx('k10u2', 32).upper()}
SUMMARY;LANGUAGE=fr-FR:Entretien - Consultante Data & Politiques publiques (Margaux Declercq)
DTSTART;TZID=Romance Standard Time:20260929T110000
DTEND;TZID=Romance Standard Time:20260929T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121840577
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
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
    mid = f"<PR3P192MB{hx('k10', 4).upper()}{hx('k10b', 20).upper()}@PR3P192MB0844.EURP192.PROD.OUTLOOK.COM>"
    subj = "Entretien - Consultante Data & Politiques publiques (Margaux Declercq)"
    hs = head(addr("Claire Fontanel", "claire.fontanel@orrery-conseil.fr"), subj, "2026-09-23 14:15", PAR, mid,
              relay="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2090.outbound.protection.outlook.com [40.107.20.90])",
              extra=exchange_extra(subj, "k10", "fr-FR") + (("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), html(outlook_html(body)), calendar(ics, cte="base64")))


@mail(N(11), family="webex", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 10:00", BXL), end=utc("2026-10-21 11:00", BXL),
      contact="joris.lemmens@transparencycompass.eu", company="Transparency Compass Europe",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 11:00", zone=BXL,
      note="Webex meeting invitation sent by messenger@webex.com on behalf of the host; 'Wednesday, October "
           "21, 2026 10:00 AM | 1 hour | (UTC+02:00) Brussels, Copenhagen, Madrid, Paris' -> 08:00Z-09:00Z. "
           "Contact = host's Reply-To.")
def k11_webex_tce() -> bytes:
    body = t("""
        Hello Margaux Declercq,

        Joris Lemmens invites you to join this Webex meeting.

        Interview - Senior Data Analyst | Margaux Declercq
        Hosted by Joris Lemmens

        Wednesday, October 21, 2026 10:00 AM | 1 hour | (UTC+02:00) Brussels, Copenhagen, Madrid, Paris

        Join meeting
        https://transparencycompass.webex.com/transparencycompass/j.php?MTID=m5c1e8a0f3d27b94e6a1c0d5f8e2b7a39

        Meeting number (access code): 2744 918 0362
        Meeting password: uK3mPq7TvX2 (85367778 from phones and video systems)

        Agenda:
        Hi Margaux, looking forward to our conversation. You'll meet me (Head of Research) and Ilse
        Mertens (Data Lead). We'll keep the last 15 minutes for a short exercise on one of our public
        datasets - nothing to prepare. Best, Joris

        Join by video system
        Dial 27449180362@transparencycompass.webex.com
        You can also dial 62.109.219.4 and enter your meeting number.

        Join by phone
        +32-2-894-8390 Belgium Toll
        +44-20-7660-8149 United Kingdom Toll
        Access code: 2744 918 0362

        If you are a host, go here to view host information.

        Need help? Go to https://help.webex.com

        IMPORTANT NOTICE: Please note that this Webex service allows audio and other information sent
        during the session to be recorded, which may be discoverable in a legal matter. By joining this
        session, you automatically consent to such recordings.
        """)
    htmlbody = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#121212\">"
                "<p>Hello Margaux Declercq,</p><p>Joris Lemmens invites you to join this Webex meeting.</p>"
                "<table cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"font-size:20px\">"
                "Interview - Senior Data Analyst | Margaux Declercq</td></tr>"
                "<tr><td style=\"color:#666\">Hosted by Joris Lemmens</td></tr>"
                "<tr><td style=\"padding-top:12px\">Wednesday, October 21, 2026 10:00 AM | 1 hour | "
                "(UTC+02:00) Brussels, Copenhagen, Madrid, Paris</td></tr>"
                "<tr><td style=\"padding:16px 0\"><a href=\"https://transparencycompass.webex.com/transparencycompass/"
                "j.php?MTID=m5c1e8a0f3d27b94e6a1c0d5f8e2b7a39\" style=\"background:#007AA3;color:#fff;padding:10px 24px;"
                "border-radius:20px;text-decoration:none\">Join meeting</a></td></tr></table>"
                "<p>Meeting number (access code): 2744 918 0362<br>Meeting password: uK3mPq7TvX2 "
                "(85367778 from phones and video systems)</p>"
                "<p><b>Agenda:</b><br>Hi Margaux, looking forward to our conversation. You'll meet me (Head of "
                "Research) and Ilse Mertens (Data Lead). We'll keep the last 15 minutes for a short exercise on "
                "one of our public datasets - nothing to prepare. Best, Joris</p>"
                "<p style=\"font-size:11px;color:#888\">IMPORTANT NOTICE: Please note that this Webex service allows "
                "audio and other information sent during the session to be recorded, which may be discoverable in "
                "a legal matter. By joining this session, you automatically consent to such recordings.</p>"
                "</body></html>\n")
    mid = f"<{hx('k11', 13)}.{hx('k11b', 6)}@webex.com>"
    hs = head(addr("Joris Lemmens", "messenger@webex.com"),
              "Webex meeting invitation: Interview - Senior Data Analyst | Margaux Declercq",
              "2026-10-15 17:02", BXL, mid,
              relay="mx1.webex.com (mx1.webex.com [66.163.52.168])",
              extra=(("Reply-To", addr("Joris Lemmens", "joris.lemmens@transparencycompass.eu")),))
    return message(hs, alt(text(body), html(htmlbody)))


@mail(N(12), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-17 09:00", BXL), end=utc("2026-03-17 09:30", BXL),
      contact="pieter.goossens@deltabeleid.be", company="Delta Beleidsadvies",
      local="Tue 2026-03-17 09:00", local_end="2026-03-17 09:30", zone=BXL,
      note="Calendly invitee confirmation (English UI, Dutch event name): coffee chat with the partner "
           "who hires, first step of the process; '09:00 - 09:30 (Central European Time)' on 17 March "
           "(CET) -> 08:00Z-08:30Z. Contact = host's Reply-To / ORGANIZER.")
def k12_calendly_delta() -> bytes:
    body = t("""
        Hi Margaux Declercq,

        Your Kennismaking - koffie (30 min) with Pieter Goossens at 09:00 (Central European Time) on
        Tuesday, March 17, 2026 is scheduled.

        Event Type:
        Kennismaking - koffie (30 min)

        Invitee:
        Margaux Declercq
        margaux.declercq@example.org

        Event Date/Time:
        09:00 - 09:30 (Central European Time) on Tuesday, March 17, 2026

        Location:
        Delta Beleidsadvies, Mechelsesteenweg 64, 2018 Antwerpen - in de koffiebar op het gelijkvloers

        Description:
        Informeel kennismakingsgesprek met Pieter (partner). Dit is de eerste stap in onze
        selectieprocedure voor de vacature Senior Beleidsanalist.

        Questions:
        Waarover wil je het graag hebben?
        De vacature Senior Beleidsanalist en hoe jullie team met open data werkt.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8d3f1b2e-4c5a-4e8b-9f1d-2a7c6b5e4d3f
        Reschedule: https://calendly.com/reschedulings/8d3f1b2e-4c5a-4e8b-9f1d-2a7c6b5e4d3f

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{hx('k12uid', 8)}-{hx('k12u2', 4)}-{hx('k12u3', 4)}-{hx('k12u4', 4)}-{hx('k12u5', 12)}
DTSTAMP:20260312T194100Z
DTSTART:20260317T080000Z
DTEND:20260317T083000Z
SUMMARY:Kennismaking - koffie (30 min) tussen Pieter Goossens en Margaux Declercq
LOCATION:Delta Beleidsadvies\\, Mechelsesteenweg 64\\, 2018 Antwerpen
ORGANIZER;CN=Pieter Goossens:mailto:pieter.goossens@deltabeleid.be
ATTENDEE;CN=Margaux Declercq;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:margaux.declercq@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k12', 22)}@ismtpd0004p1lon1.sendgrid.net>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Kennismaking - koffie (30 min) with Pieter Goossens on Tuesday, March 17, 2026",
              "2026-03-12 20:41", BXL, mid,
              relay="o1.email.calendly.com (o1.email.calendly.com [167.89.115.54])",
              extra=(("Reply-To", addr("Pieter Goossens", "pieter.goossens@deltabeleid.be")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


KORENMARKT_PROPOSAL = t("""
    Dag Margaux,

    Bedankt voor je sollicitatie voor de job van Data Analist! We vonden je profiel heel interessant,
    vooral je werk rond mobiliteitsdata in Brussel.

    Zou dinsdag 9/6 om 10u of donderdag 11/6 om 14u passen voor een eerste gesprek bij ons op kantoor
    in Gent? Laat maar weten wat je het best uitkomt. Als geen van beide lukt, zoeken we iets anders.

    Groetjes,
    Wout

    --
    Wout Maes | Co-founder & CEO
    Korenmarkt Analytics
    +32 470 12 34 56
    """)


@mail(N(13), family="human_prose", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-06-11 14:00", BXL), end=None, contact="wout@korenmarkt-analytics.be",
      company="Korenmarkt Analytics", local="Thu 2026-06-11 14:00", zone=BXL,
      days=(("Tue", "2026-06-09"), ("Thu", "2026-06-11"), ("Sat", "2026-06-06"), ("Fri", "2026-06-05")),
      note="Flemish short reply on top of a quoted thread: 'donderdag om 14u past perfect' picks one of the two "
           "slots proposed earlier (Thu 11/6 14u); Date Mon 8 June -> Thursday 11 June, CEST -> 12:00Z. "
           "'Reken op een uurtje' is approximate -> end null. Contact = sender (the CEO).")
def k13_korenmarkt_reply() -> bytes:
    quoted = "\n".join(">> " + x if x else ">>" for x in KORENMARKT_PROPOSAL.rstrip("\n").split("\n"))
    body = t("""
        Hoi Margaux,

        Top, donderdag om 14u past perfect. Je bent welkom op ons kantoor in Gent (Dok Noord 7, 2e
        verdieping, bel bij 'Korenmarkt'). Reken op een uurtje, we zijn met z'n tweeën: ikzelf en Febe
        van ons data-team.

        Tot dan!
        Wout

        --
        Wout Maes | Co-founder & CEO
        Korenmarkt Analytics
        +32 470 12 34 56

        Op za 6 jun 2026 om 11:17 schreef Margaux Declercq <margaux.declercq@example.org>:
        > Dag Wout,
        >
        > Bedankt voor je bericht, leuk om te horen! Dinsdag lukt me helaas niet (vergadering op het
        > werk), maar donderdag om 14u kan ik zeker.
        >
        > Groeten,
        > Margaux
        >
        > Op vr 5 jun 2026 om 16:40 schreef Wout Maes <wout@korenmarkt-analytics.be>:
        """) + quoted + "\n"
    mid = f"<CAJ{hx('k13', 30)}+{hx('k13b', 10)}@mail.gmail.com>"
    ref1 = f"<CAJ{hx('k35', 30)}@mail.gmail.com>"
    ref2 = f"<CAF{hx('k13r2', 28)}@mail.gmail.com>"
    hs = head(addr("Wout Maes", "wout@korenmarkt-analytics.be"), "Re: Sollicitatie Data Analist - gesprek",
              "2026-06-08 08:52", BXL, mid,
              relay="mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
              extra=(("In-Reply-To", ref2), ("References", f"{ref1} {ref2}")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-12 10:00", NYC), end=utc("2026-03-12 10:45", NYC),
      contact="dana.whitfield@quantline.com", company="Quantline",
      local="Thu 2026-03-12 10:00", local_end="2026-03-12 10:45", zone=NYC,
      days=(("Mon", "2026-03-09"),),
      note="New York recruiter, reply on top of the thread: 'Thursday at 10am ET / 3pm Brussels'; Date Tue 10 "
           "March (EDT since 8 March, Brussels still CET until 29 March: 5 h apart) -> 14:00Z; '45 min' is a "
           "stated length -> end 14:45Z. Greenhouse invite 'to follow' does not make it unconfirmed.")
def k14_quantline_reply() -> bytes:
    body = t("""
        Perfect - you're locked in for Thursday at 10am ET / 3pm Brussels with Marcus (our Head of EU
        Public Policy). It'll be 45 min on Zoom, link to follow in a separate invite from Greenhouse.

        Talk soon,
        Dana

        Dana Whitfield | Senior Technical Recruiter
        Quantline | New York, NY

        On Mon, Mar 9, 2026 at 5:02 PM Margaux Declercq <margaux.declercq@example.org> wrote:
        > Hi Dana,
        >
        > Thanks for the quick turnaround! Thursday afternoon my time works best - anything between
        > 14:00 and 17:00 CET would be great.
        >
        > Best,
        > Margaux
        >
        > On Mon, Mar 9, 2026 at 10:15 AM Dana Whitfield <dana.whitfield@quantline.com> wrote:
        >> Hi Margaux,
        >>
        >> Great chatting last week. Marcus would love to meet you for the next round - could you share
        >> a couple of windows this Thursday or Friday? Heads up that we just switched to daylight time
        >> here, so for the next few weeks we're only 5 hours behind you.
        >>
        >> Dana
        """)
    mid = f"<CAM{hx('k14', 32)}@mail.gmail.com>"
    ref = f"<CAK{hx('k14r', 30)}@mail.gmail.com>"
    hs = head(addr("Dana Whitfield", "dana.whitfield@quantline.com"),
              "Re: Quantline - Policy Data Analyst (Brussels) next steps",
              "2026-03-10 11:24", NYC, mid,
              relay="mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              extra=(("In-Reply-To", ref), ("References", f"<CAM{hx('k14r0', 32)}@mail.gmail.com> {ref}")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(15), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-06-04 09:30", BXL), end=utc("2026-06-04 10:30", BXL),
      contact="s.mertens@talentis.be", company="Fondation Quetelet",
      local="Thu 2026-06-04 09:30", local_end="2026-06-04 10:30", zone=BXL,
      note="The candidate forwards (Thunderbird inline forward) from her old address to her main one an "
           "agency consultant's confirmation: 'Jeudi 4 juin 2026 à 9h30', CEST -> 07:30Z; 'L'entretien "
           "durera une heure' -> end 08:30Z. Hiring company = the foundation, contact = the agency "
           "consultant (human address in the forwarded header; the sender is the candidate herself).")
def k15_forward_talentis() -> bytes:
    body = t("""
        à mettre dans l'agenda !!

        -------- Message transféré --------
        Sujet : 	Confirmation de votre entretien - Chargée d'études données (Fondation Quetelet)
        Date : 	Mon, 1 Jun 2026 15:26:08 +0200
        De : 	Sébastien Mertens <s.mertens@talentis.be>
        Pour : 	Margaux Declercq <margaux.declercq@example.net>



        Bonjour Margaux,

        Suite à notre conversation téléphonique de ce matin, j'ai le plaisir de vous confirmer votre
        rendez-vous avec la Fondation Quetelet :

        Jeudi 4 juin 2026 à 9h30
        Fondation Quetelet - avenue de la Couronne 212, 1050 Ixelles (sonner à « Direction Études »)

        Vous rencontrerez Mme Hélène Dubois, directrice du service Études, et M. Karim Benali,
        statisticien principal. L'entretien durera une heure.

        N'hésitez pas à me passer un coup de fil après le rendez-vous pour me faire part de vos
        impressions.

        Bien à vous,

        Sébastien Mertens
        Senior Consultant - Public & Non-Profit
        Talentis Brussels
        +32 2 640 18 22
        """)
    mid = f"<{hx('k15', 8)}-{hx('k15b', 4)}-{hx('k15c', 4)}-{hx('k15d', 4)}-{hx('k15e', 12)}@example.net>"
    hs = head(addr(ME_NAME, "margaux.declercq@example.net"),
              "Fwd: Confirmation de votre entretien - Chargée d'études données (Fondation Quetelet)",
              "2026-06-01 19:03", BXL, mid,
              relay="smtp.example.net (smtp.example.net [192.0.2.25])",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")))
    return message(hs, text(body, "utf-8", "8bit", params="format=flowed"))


@mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-03-19 14:00", LUX), end=None, contact="julia.kremer@mosel-fonds.lu",
      company="Mosel Fondsverwaltung S.A.", local="Thu 2026-03-19 14:00", zone=LUX,
      note="German invitation with a fixed slot: 'Donnerstag, 19. März 2026, 14:00 Uhr' in Luxembourg (CET) "
           "-> 13:00Z; 'ca. eine Stunde' is approximate -> end null; ISO-8859-1 quoted-printable. "
           "Asking for a short confirmation does not leave the time open. Contact = sender.")
def k16_mosel_de() -> bytes:
    body = t("""
        Sehr geehrte Frau Declercq,

        vielen Dank für Ihre Bewerbung und Ihr Interesse an der Position Data Analyst Regulatory Affairs
        (m/w/d) bei der Mosel Fondsverwaltung S.A.

        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen. Wir laden
        Sie daher herzlich zu einem Vorstellungsgespräch ein:

        Termin:            Donnerstag, 19. März 2026, 14:00 Uhr
        Ort:               Mosel Fondsverwaltung S.A., 9, rue Gabriel Lippmann, L-5365 Munsbach, 2. Etage
        Gesprächspartner:  Herr Thomas Reuter (Head of Regulatory Reporting) und ich

        Das Gespräch wird ca. eine Stunde dauern und überwiegend auf Englisch geführt; ein Teil findet
        auf Deutsch oder Französisch statt.

        Bitte melden Sie sich am Empfang im Erdgeschoss. Besucherparkplätze befinden sich direkt vor dem
        Gebäude. Reisekosten können wir leider nicht erstatten.

        Wir bitten Sie, uns den Termin kurz per E-Mail zu bestätigen.

        Mit freundlichen Grüßen

        Julia Kremer
        Human Resources
        Mosel Fondsverwaltung S.A.
        Tel. +352 26 49 71 - 204
        """)
    mid = f"<{hx('k16', 32).upper()}@MFVEXCH01.mosel-fonds.lu>"
    hs = head(addr("Kremer, Julia", "julia.kremer@mosel-fonds.lu"),
              "Einladung zum Vorstellungsgespräch - Data Analyst Regulatory Affairs (m/w/d)",
              "2026-03-11 10:48", LUX, mid, charset="iso-8859-1",
              relay="mail.mosel-fonds.lu (mail.mosel-fonds.lu [80.90.47.114])",
              extra=exchange_extra("Einladung zum Vorstellungsgespräch - Data Analyst Regulatory Affairs (m/w/d)",
                                   "k16", "de-DE"))
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@mail(N(17), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-22 15:00", BXL), end=utc("2026-10-22 16:00", BXL),
      contact="louise.carpentier@alliancefiscale.eu", company="Alliance Fiscale Européenne",
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=BXL, days=(("Tue", "2026-10-20"),),
      note="Google Calendar 'Invitation mise à jour' (French UI): moved from mar. 20 oct. 10:00 to jeu. 22 oct. "
           "2026 15:00 - 16:00 (CEST) -> 13:00Z-14:00Z; ICS SEQUENCE:1 with the new time. Contact = ORGANIZER.")
def k17_gcal_fr_update() -> bytes:
    title = "Entretien - Analyste politique (données) - Margaux Declercq"
    body = t(f"""
        Cet événement a été modifié.

        {title}
        Modifié
        Quand
        jeudi 22 oct. 2026 ⋅ 15:00 – 16:00 (heure d’été d’Europe centrale - Bruxelles)

        Lieu
        Alliance Fiscale Européenne, rue du Trône 98, 1050 Ixelles

        Invités
        Louise Carpentier - organisateur
        Tomás Ferreira
        margaux.declercq@example.org

        Désolée pour ce changement : notre directeur de la recherche ne pouvait finalement plus mardi.
        Rendez-vous au 3e étage, je viendrai vous chercher à l'accueil. Louise

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid={hx('k17eid', 40)}&tok={hx('k17tok', 30)}&ctz=Europe%2FBrussels&hl=fr&es=1

        Répondre pour margaux.declercq@example.org
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('k17eid', 40)}&rst=1&tok={hx('k17tok', 30)}&ctz=Europe%2FBrussels&hl=fr&es=1
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('k17eid', 40)}&rst=2&tok={hx('k17tok', 30)}&ctz=Europe%2FBrussels&hl=fr&es=1
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('k17eid', 40)}&rst=3&tok={hx('k17tok', 30)}&ctz=Europe%2FBrussels&hl=fr&es=1

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises à
        jour pour cet événement, refusez-le.

        Si vous transférez cette invitation, tous les destinataires pourront envoyer une réponse à
        l'organisateur, modifier votre réponse et être ajoutés à la liste des invités. En savoir plus :
        https://support.google.com/calendar/answer/37135#forwarding
        """)
    htmlbody = ("<!doctype html><html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
                "<span style=\"display:none\">Cet événement a été modifié.</span>"
                f"<h2 style=\"font-weight:400\">{title}</h2>"
                "<div style=\"color:#d93025\">Modifié</div>"
                "<div><b>Quand</b></div><div>jeudi 22 oct. 2026 ⋅ 15:00 – 16:00 "
                "(heure d’été d’Europe centrale - Bruxelles)</div>"
                "<div style=\"color:#70757a\"><s>mardi 20 oct. 2026 ⋅ 10:00 – 11:00</s></div>"
                "<div><b>Lieu</b></div><div>Alliance Fiscale Européenne, rue du Trône 98, 1050 Ixelles</div>"
                "<div><b>Invités</b></div><div>Louise Carpentier - organisateur<br>Tomás Ferreira<br>"
                "margaux.declercq@example.org</div>"
                "<p>Désolée pour ce changement : notre directeur de la recherche ne pouvait finalement plus mardi. "
                "Rendez-vous au 3e étage, je viendrai vous chercher à l'accueil. Louise</p>"
                "<p style=\"font-size:12px;color:#70757a\">Invitation de Google Agenda</p></div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz_cet('Europe/Brussels')}
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20261022T150000
DTEND;TZID=Europe/Brussels:20261022T160000
DTSTAMP:20261016T102000Z
ORGANIZER;CN=Louise Carpentier:mailto:louise.carpentier@alliancefiscale.eu
UID:{hx('k17uid', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Louise Carpentier;X-NUM-GUESTS=0:mailto:louise.carpentier@alliancefiscale.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Ferreira;X-NUM-GUESTS=0:mailto:tomas.ferreira@alliancefiscale.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.declercq@example.org;X-NUM-GUESTS=0:mailto:margaux.declercq@example.org
CREATED:20261009T133412Z
DESCRIPTION:Désolée pour ce changement : notre directeur de la recherche ne pouvait finalement plus mardi. Rendez-vous au 3e étage\\, je viendrai vous chercher à l'accueil. Louise
LAST-MODIFIED:20261016T102000Z
LOCATION:Alliance Fiscale Européenne\\, rue du Trône 98\\, 1050 Ixelles
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = f"<calendar-{hx('k17', 8)}-{hx('k17b', 4)}-{hx('k17c', 4)}-{hx('k17d', 4)}-{hx('k17e', 12)}@google.com>"
    subj = (f"Invitation mise à jour : {title} @ jeu. 22 oct. 2026 15:00 - 16:00 (CEST) "
            "(margaux.declercq@example.org)")
    hs = head(addr("Louise Carpentier", "louise.carpentier@alliancefiscale.eu"), subj, "2026-10-16 12:20", BXL, mid,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", addr("Louise Carpentier", "louise.carpentier@alliancefiscale.eu")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htmlbody, cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-03 14:00", BXL), end=None, contact="aurelie.bastin@sablon-advisory.be",
      company="Sablon Advisory", local="Thu 2026-12-03 14:00", zone=BXL,
      days=(("Tue", "2026-12-01"), ("Mon", "2026-11-30")),
      note="Outlook reply (windows-1252 QP) on top of the thread: 'initialement prévu le mardi 1/12 à 10h est "
           "déplacé au jeudi 3/12 à 14h' (Belgian day/month) -> CET, 13:00Z; 'environ une heure et quart' -> "
           "end null. Contact = sender.")
def k18_sablon_move() -> bytes:
    body = t("""
        Bonjour Margaux,

        Suite à notre échange téléphonique de cet après-midi, je vous confirme que l'entretien
        initialement prévu le mardi 1/12 à 10h est déplacé au jeudi 3/12 à 14h, toujours dans nos
        bureaux (place du Grand Sablon 31, 1000 Bruxelles - 2e étage).

        Vous rencontrerez Geoffrey Lambert (Partner) et moi-même ; prévoyez environ une heure et quart,
        le cas pratique compris.

        Encore désolée pour ce changement de dernière minute. N'hésitez pas à m'appeler au
        0475 81 22 09 si besoin.

        Bien à vous,

        Aurélie Bastin
        Talent Acquisition Manager
        Sablon Advisory
        place du Grand Sablon 31 - 1000 Bruxelles

        De : Margaux Declercq <margaux.declercq@example.org>
        Envoyé : lundi 30 novembre 2026 15:02
        À : Aurélie Bastin <aurelie.bastin@sablon-advisory.be>
        Objet : RE: Entretien Sablon Advisory - changement d'horaire

        Bonjour Aurélie,

        Pas de souci, jeudi après-midi me convient très bien.

        Bien à vous,
        Margaux

        De : Aurélie Bastin <aurelie.bastin@sablon-advisory.be>
        Envoyé : lundi 30 novembre 2026 11:40
        À : Margaux Declercq <margaux.declercq@example.org>
        Objet : Entretien Sablon Advisory - changement d'horaire

        Bonjour Margaux,

        Geoffrey a malheureusement un imprévu demain matin chez un client. Seriez-vous disponible
        jeudi dans l'après-midi ? Je peux vous appeler vers 15h pour en discuter.

        Bien à vous,
        Aurélie
        """)
    mid = f"<AM9PR08MB{hx('k18', 4).upper()}{hx('k18b', 20).upper()}@AM9PR08MB6771.eurprd08.prod.outlook.com>"
    hs = head(addr("Aurélie Bastin", "aurelie.bastin@sablon-advisory.be", "windows-1252"),
              "RE: Entretien Sablon Advisory - changement d'horaire", "2026-11-30 17:35", BXL, mid,
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2071.outbound.protection.outlook.com [40.107.247.71])",
              extra=exchange_extra("Entretien Sablon Advisory - changement d'horaire", "k18", "fr-BE")
              + (("In-Reply-To", f"<{hx('k18irt', 24)}@example.org>"),))
    return message(hs, alt(text(body, "windows-1252", "quoted-printable"), html(outlook_html(body))))


@mail(N(19), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-28 14:00", LON), end=utc("2026-10-28 15:00", LON),
      contact="olivia.marsh@pellucidrisk.com", company="Pellucid Risk",
      local="Wed 2026-10-28 14:00", local_end="2026-10-28 15:00", zone=LON,
      days=(("Thu", "2026-10-22"), ("Sun", "2026-10-25")),
      note="Greenhouse reschedule sent 20 October (BST); new slot 'Wednesday, October 28, 2026 2:00 PM - "
           "3:00 PM GMT (London)' after the 25 October switch -> 14:00Z-15:00Z (ICS SEQUENCE:1 agrees); the "
           "previous Thursday 22 October BST slot is also quoted. Contact = Reply-To coordinator.")
def k19_greenhouse_pellucid_move() -> bytes:
    body = t("""
        Hi Margaux,

        As discussed, we've moved your technical interview for Data Analyst, Regulatory Policy. Here
        are the new details:

        NEW TIME
        Wednesday, October 28, 2026
        2:00 PM - 3:00 PM GMT (London)
        (UK clocks go back on Sunday 25 October, so this is 3:00 PM in Brussels.)

        Previously: Thursday, October 22, 2026, 2:00 PM - 3:00 PM BST

        Interviewers: Raj Chaudhry (Lead Data Scientist), Eleanor Finch (Policy Lead)
        Location: Microsoft Teams - the join link is in the updated calendar invitation

        If you have any questions, just reply to this email.

        Best,
        Olivia Marsh
        Recruiting Coordinator | Pellucid Risk
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{hx('k19uid', 32)}@greenhouse.io
DTSTAMP:20261020T121000Z
DTSTART:20261028T140000Z
DTEND:20261028T150000Z
SUMMARY:Technical Interview - Margaux Declercq (Data Analyst\\, Regulatory Policy)
DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ5MGRl%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Olivia Marsh:mailto:olivia.marsh@pellucidrisk.com
ATTENDEE;CN=Margaux Declercq;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:margaux.declercq@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k19', 22)}@geopod-ismtpd-2-7>"
    hs = head(addr("Olivia Marsh", "no-reply@greenhouse.io"),
              "Updated: your interview with Pellucid Risk has been rescheduled",
              "2026-10-20 13:10", LON, mid,
              relay="o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.187])",
              extra=(("Reply-To", addr("Olivia Marsh", "olivia.marsh@pellucidrisk.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(20), family="human_prose", lang="nl", interview=True, kind="rescheduled",
      start=utc("2026-11-18 10:30", BXL), end=utc("2026-11-18 11:15", BXL),
      contact="hanne.willems@fairwater.be", company="Fairwater vzw",
      local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:15", zone=BXL, days=(("Mon", "2026-11-16"),),
      note="Flemish reschedule: 'gesprek van maandag 16 november om 14u' moved to 'woensdag 18 november om "
           "10.30 uur' (CET) -> 09:30Z; 'Het gesprek duurt 45 minuten' -> end 10:15Z (the tour after it is "
           "not the interview). Contact = sender.")
def k20_fairwater_move() -> bytes:
    body = t("""
        Beste Margaux,

        Door een onverwachte afwezigheid in ons team moeten we jammer genoeg het gesprek van maandag
        16 november om 14u verplaatsen. Excuses daarvoor!

        Nieuw moment: woensdag 18 november om 10.30 uur, zelfde plaats (Kammenstraat 18, 2000
        Antwerpen, 1ste verdieping). Het gesprek duurt 45 minuten; daarna geven we je graag nog een
        korte rondleiding op de werkvloer.

        Ik heb de agenda-uitnodiging al aangepast. Mocht dit nieuwe moment echt niet lukken, bel me
        gerust op 03 298 41 10.

        Met vriendelijke groeten,

        Hanne Willems
        Coördinator HR & Vrijwilligers
        Fairwater vzw
        Kammenstraat 18 - 2000 Antwerpen
        www.fairwater.be
        """)
    mid = f"<{hx('k20', 8)}{hx('k20b', 4)}$@fairwater.be>"
    hs = head(addr("Hanne Willems", "hanne.willems@fairwater.be"),
              "Verplaatsing gesprek maandag - Fairwater vzw", "2026-11-12 09:05", BXL, mid,
              relay="smtp-out.one.com (smtp-out.one.com [46.30.211.180])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtT" + hx("k20ti", 20) + "=="),
                     ("Content-Language", "nl-be")))
    return message(hs, alt(text(body, "iso-8859-15", "quoted-printable"),
                           html(outlook_html(body, "NL-BE"), cte="quoted-printable")))


@mail(N(21), family="exchange", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-08 14:30", PAR), end=utc("2026-10-08 15:30", PAR),
      contact="claire.fontanel@orrery-conseil.fr", company="Orrery Conseil",
      local="Thu 2026-10-08 14:30", local_end="2026-10-08 15:30", zone=PAR,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the second-round interview, 'notre "
           "entretien de jeudi après-midi' in the body, slot only in the ICS: Romance Standard Time "
           "20261008T143000-153000 (CEST) -> 12:30Z-13:30Z. No new time. Contact = ORGANIZER.")
def k21_exchange_orrery_cancel() -> bytes:
    body = t("""
        Bonjour Margaux,

        Je suis contrainte d'annuler notre entretien de jeudi après-midi avec Stéphane Haddad (Associé) :
        il est retenu chez un client à Lyon toute la journée. Toutes mes excuses pour ce contretemps.

        Je reviens vers vous dès que possible avec de nouveaux créneaux.

        Bien cordialement,
        Claire

        Claire Fontanel
        Responsable Recrutement
        Orrery Conseil - 27 rue de la Chaussée-d'Antin, 75009 Paris
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Claire Fontanel:mailto:claire.fontanel@orrery-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Declercq:mailto:margaux.declercq@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stéphane Haddad:mailto:stephane.haddad@orrery-conseil.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Margaux\\,\\n\\nJe suis contrainte d'annuler notre entretien de jeudi après-midi avec Stéphane Haddad (Associé).\\n\\nClaire\\n
UID:040000008200E00074C5B7101A82E00800000000{hx('k21uid', 16).upper()}01000000000000000010000000{hx('k21u2', 32).upper()}
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien 2e tour - Margaux Declercq / Orrery Conseil
DTSTART;TZID=Romance Standard Time:20261008T143000
DTEND;TZID=Romance Standard Time:20261008T153000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261005T074000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Orrery Conseil - salle Kepler (4e)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1883250412
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = f"<PR3P192MB{hx('k21', 4).upper()}{hx('k21b', 20).upper()}@PR3P192MB0844.EURP192.PROD.OUTLOOK.COM>"
    subj = "Annulé : Entretien 2e tour - Margaux Declercq / Orrery Conseil"
    hs = head(addr("Claire Fontanel", "claire.fontanel@orrery-conseil.fr"), subj, "2026-10-05 09:40", PAR, mid,
              relay="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2114.outbound.protection.outlook.com [40.107.20.114])",
              extra=exchange_extra("Entretien 2e tour - Margaux Declercq / Orrery Conseil", "k21", "fr-FR")
              + (("Importance", "high"), ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), html(outlook_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-07 09:30", BXL), end=None, contact="marc.lejeune@fce-europe.org",
      company="Fondation Citoyenneté Europe", local="Mon 2026-12-07 09:30", zone=BXL,
      note="French cancellation: 'l'entretien qui était fixé au lundi 7/12 à 9h30' cancelled because the post "
           "was filled internally; no new time. Brussels CET -> 08:30Z. Contact = sender (HR manager).")
def k22_fce_cancel() -> bytes:
    body = t("""
        Bonjour Madame Declercq,

        Je me permets de revenir vers vous concernant l'entretien qui était fixé au lundi 7/12 à 9h30
        pour le poste de chargée de projets « données & plaidoyer ».

        Le poste vient d'être pourvu en interne et nous sommes dès lors au regret de devoir annuler ce
        rendez-vous. Je suis sincèrement désolé de vous en informer si tardivement, d'autant que votre
        candidature avait retenu toute notre attention.

        Sauf avis contraire de votre part, nous conserverons votre dossier dans notre réserve de
        recrutement pendant un an et ne manquerons pas de vous recontacter si un poste similaire
        venait à s'ouvrir.

        Bien cordialement,

        Marc Lejeune
        Responsable des ressources humaines
        Fondation Citoyenneté Europe
        rue Joseph II 36 - 1000 Bruxelles
        T +32 2 230 51 87
        """)
    mid = f"<{hx('k22', 16)}.{hx('k22b', 8)}@fce-europe.org>"
    hs = head(addr("Marc Lejeune", "marc.lejeune@fce-europe.org"), "Annulation de l'entretien du lundi 7/12",
              "2026-12-02 16:10", BXL, mid,
              relay="mail-relay.ovh.net (mo551.mail-out.ovh.net [178.32.228.51])",
              extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))
    return message(hs, text(body, "utf-8", "quoted-printable", params="format=flowed"))


@mail(N(23), family="calendly", lang="en", interview=True, kind="cancelled",
      start=utc("2026-05-20 14:00", BXL), end=utc("2026-05-20 15:00", BXL),
      contact="ruth.abebe@sterlingvale.co.uk", company="Sterling & Vale",
      local="Wed 2026-05-20 14:00", local_end="2026-05-20 15:00", zone=BXL,
      note="Calendly cancellation by the host (London consultancy); times shown in the invitee's zone, "
           "'2:00pm - 3:00pm (Central European Summer Time) on Wednesday, May 20, 2026' -> 12:00Z-13:00Z. "
           "'I'll send a fresh link' gives no new time. Contact = host's Reply-To.")
def k23_calendly_sterling_cancel() -> bytes:
    body = t("""
        Hi Margaux Declercq,

        Ruth Abebe has canceled the following event.

        Event Type:
        Case interview - first round (60 min)

        Event Date/Time:
        2:00pm - 3:00pm (Central European Summer Time) on Wednesday, May 20, 2026

        Canceled by:
        Ruth Abebe

        Reason for canceling:
        So sorry Margaux - I've been pulled into a client workshop all day Wednesday. I'll send you a
        fresh link later this week so you can rebook.

        Invitee:
        Margaux Declercq
        margaux.declercq@example.org

        Want to schedule another time?
        https://calendly.com/ruth-abebe-sterlingvale/case-interview-first-round

        Powered by Calendly.com
        """)
    mid = f"<{hx('k23', 22)}@ismtpd0012p1lon1.sendgrid.net>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Canceled: Case interview - first round with Ruth Abebe on Wednesday, May 20, 2026",
              "2026-05-18 07:55", LON, mid,
              relay="o1.email.calendly.com (o1.email.calendly.com [167.89.115.54])",
              extra=(("Reply-To", addr("Ruth Abebe", "ruth.abebe@sterlingvale.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(N(24), family="assessment", lang="en", interview=False, company="European Office for Regulatory Statistics",
      days=(("Tue", "2026-06-02"), ("Thu", "2026-05-28")),
      note="EU-agency invitation to a remotely proctored written test (case study) at a fixed time: a test, "
           "not an interview; the interview stage is only mentioned as what may follow.")
def k24_eors_written_test() -> bytes:
    body = t("""
        Dear Ms DECLERCQ,

        Selection procedure EORS/TA/AD6/2026/014 - Data and Policy Analyst (Temporary Agent, AD6)

        Following the screening of applications, the Selection Board has admitted you to the written
        test of this selection procedure.

            Test:      Case study on a regulatory-statistics dataset (in English)
            Date:      Tuesday 2 June 2026
            Time:      10:00 - 12:00 (Luxembourg time)
            Format:    online, remotely proctored on the TestPoint platform

        You will receive your personal access code from TestPoint (noreply@testpoint-exams.eu) at the
        latest 48 hours before the test. You must complete the mandatory system check before Thursday
        28 May 2026; candidates who have not completed it cannot be admitted to the test.

        The written test is marked out of 40; the pass mark is 24. The candidates with the highest
        marks who reach the pass mark will be invited to an interview with the Selection Board, as
        described in section 6 of the vacancy notice.

        If you require special arrangements (reasonable accommodation), please inform us by replying to
        this functional mailbox by Thursday 28 May 2026.

        Kind regards,

        Selection Team
        Unit C.2 - Human Resources
        European Office for Regulatory Statistics (EORS)
        """)
    mid = f"<{hx('k24', 8).upper()}{hx('k24b', 24).upper()}@EORSMBX01.eors-agency.eu>"
    subj = "EORS/TA/AD6/2026/014 - Invitation to the written test"
    hs = head(addr("EORS Selection Procedures", "EORS-SELECTION@eors-agency.eu"), subj, "2026-05-25 15:30", LUX, mid,
              relay="mail-gw1.eors-agency.eu (mail-gw1.eors-agency.eu [194.154.201.35])",
              extra=exchange_extra(subj, "k24", "en-US"))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB"))))


@mail(N(25), family="job_alert", lang="nl", interview=False, company=None,
      note="Jobat job alert (HTML only, Dutch); listings and 'Solliciteer' buttons, nothing scheduled.")
def k25_jobat_alert() -> bytes:
    jobs = [
        ("Data-analist beleidsondersteuning", "Vlaamse Vervoersmaatschappij Noord", "Brussel", "Vast contract - Voltijds"),
        ("Beleidsmedewerker data & monitoring", "OCMW-vereniging Zennevallei", "Halle", "Contractueel - 4/5 mogelijk"),
        ("Junior Policy Data Analyst", "Lumen Public Affairs", "Brussel", "Vast contract - Hybride"),
        ("Business Analyst Publieke Sector", "Aquilon Consulting", "Mechelen", "Vast contract - Voltijds"),
        ("Onderzoeker Arbeidsmarktstatistiek", "Kenniscentrum Werk & Welzijn", "Leuven", "Bepaalde duur - 12 maanden"),
        ("Datajournalist (m/v/x)", "De Brusselse Post", "Brussel", "Freelance / Vast"),
        ("Data Steward", "Mutualiteit Horizon", "Brussel", "Vast contract - Voltijds"),
    ]
    rows = "".join(
        f"<tr><td style=\"padding:14px 0;border-bottom:1px solid #e6e6e6\"><a href=\"https://www.jobat.be/nl/jobs/"
        f"{hx(j[0], 7)}\" style=\"font-size:16px;color:#004a99;font-weight:bold;text-decoration:none\">{j[0]}</a><br>"
        f"<span style=\"color:#333\">{j[1]}</span> &middot; <span style=\"color:#777\">{j[2]}</span><br>"
        f"<span style=\"color:#777;font-size:12px\">{j[3]}</span><br>"
        f"<a href=\"https://www.jobat.be/nl/jobs/{hx(j[0], 7)}/solliciteer\" style=\"color:#e4003a;font-size:13px\">"
        "Solliciteer &rsaquo;</a></td></tr>" for j in jobs)
    body = t("""
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Jobat</title></head>
        <body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;padding:0 24px">
        <tr><td style="padding:18px 0"><img src="https://www.jobat.be/static/mail/jobat-logo.png" alt="Jobat.be" height="30"></td></tr>
        <tr><td><h1 style="font-size:20px;color:#222">7 nieuwe jobs voor jou</h1>
        <p style="color:#555">Jobmail: <b>data analist</b> &middot; Brussel + 30 km &middot; laatste 24 uur</p></td></tr>
        {rows}
        <tr><td style="padding:20px 0"><a href="https://www.jobat.be/nl/jobs/results?keyword=data+analist&amp;location=Brussel" style="background:#e4003a;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Bekijk alle jobs</a></td></tr>
        <tr><td style="padding:16px 0;color:#999;font-size:11px">Je ontvangt deze jobmail omdat je je hebt ingeschreven op Jobat.be met margaux.declercq@example.org.<br>
        <a href="https://www.jobat.be/nl/account/jobmails" style="color:#999">Jobmail aanpassen</a> | <a href="https://www.jobat.be/nl/unsubscribe?u={u}" style="color:#999">Uitschrijven</a><br>
        Jobat is een merk van een Belgische mediagroep. Privacybeleid op jobat.be.</td></tr>
        </table></td></tr></table></body></html>
        """).replace("{rows}", rows).replace("{u}", hx("k25u", 24))
    mid = f"<{hx('k25', 20)}@mail.jobat.be>"
    hs = head(addr("Jobat.be", "jobmail@jobat.be"), "7 nieuwe jobs voor jou: data analist - Brussel",
              "2026-09-08 07:02", BXL, mid,
              relay="mta12.mail.jobat.be (mta12.mail.jobat.be [185.110.96.12])",
              extra=(("List-Unsubscribe", f"<https://www.jobat.be/nl/unsubscribe?u={hx('k25u', 24)}>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(body, cte="quoted-printable"))


@mail(N(26), family="application_ack", lang="fr", interview=False, company=None,
      note="StepStone.be receipt: the application was forwarded to the employer, 'il vous contactera "
           "directement' for a possible interview. Platform sender -> company null.")
def k26_stepstone_ack() -> bytes:
    body = t("""
        Bonjour Margaux,

        Votre candidature a bien été envoyée !

        Poste : Analyste de données - Politiques publiques (H/F/X)
        Employeur : Groupe Brabançon d'Assurances
        Lieu : Bruxelles
        Envoyée le : 02/09/2026

        Et maintenant ?
        L'employeur examine les candidatures reçues. Si votre profil correspond, il vous contactera
        directement pour convenir d'un entretien. Vous pouvez suivre le statut de votre candidature
        dans « Mes candidatures ».

        Suivre ma candidature : https://www.stepstone.be/fr/candidat/mes-candidatures

        Offres similaires pour vous :
        - Data Analyst Public Sector - Nexora Consulting - Bruxelles
        - Chargé(e) d'études statistiques - Ville de Wavre-Ouest - Wavre
        - Policy Analyst (Data) - EuroConnect Associations - Bruxelles

        Bonne chance !
        L'équipe StepStone

        Vous recevez cet e-mail parce que vous avez postulé via StepStone.be.
        """)
    mid = f"<{hx('k26', 24)}@stepstone.be>"
    hs = head(addr("StepStone", "noreply@stepstone.be"),
              "Votre candidature a bien été envoyée : Analyste de données - Politiques publiques (H/F/X)",
              "2026-09-02 21:14", BXL, mid,
              relay="mail-out-4.stepstone.be (mail-out-4.stepstone.be [195.206.90.14])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(27), family="job_alert", lang="en", interview=False, company=None,
      note="Indeed job alert with badges like 'Hiring multiple candidates' / 'Actively reviewing applicants'; "
           "nothing is scheduled.")
def k27_indeed_alert() -> bytes:
    body = t("""
        9 new jobs for "policy analyst" in Brussels

        Policy Analyst - Digital & Data
        Brightwater Advocacy Europe - Brussels
        €3,800 - €4,600 a month
        Easily apply
        Actively reviewing applicants
        https://be.indeed.com/rc/clk?jk=4f1a9c2e7b3d8e60&from=ja

        EU Affairs Data Analyst
        Corvalis Public Affairs - Brussels
        Hiring multiple candidates
        https://be.indeed.com/rc/clk?jk=91b0d7e2a4c6f318&from=ja

        Research Officer (Statistics)
        Institute for Fair Mobility - Brussels
        Responsive employer
        https://be.indeed.com/rc/clk?jk=0e8c5f3a2d7b1946&from=ja

        Junior Policy Officer - Climate Finance
        Terra Nexus Foundation - Brussels
        Urgently hiring
        https://be.indeed.com/rc/clk?jk=7d3e9a1c0f5b2864&from=ja

        Quantitative Policy Analyst
        Meridian Economics Group - Brussels
        https://be.indeed.com/rc/clk?jk=2a6f8c0e4b9d1357&from=ja

        See all 9 jobs: https://be.indeed.com/jobs?q=policy+analyst&l=Brussels&fromage=1

        You are receiving this job alert because you subscribed with margaux.declercq@example.org.
        Unsubscribe: https://be.indeed.com/alert/unsubscribe?id=c9f2e7a1
        Indeed Ireland Operations Limited, Dublin, Ireland
        """)
    mid = f"<{hx('k27', 20)}.ja@indeed.com>"
    hs = head(addr("Indeed", "alert@indeed.com"), "9 new policy analyst jobs in Brussels", "2026-04-16 06:30", BXL, mid,
              relay="mail1.indeed.com (mail1.indeed.com [169.45.101.4])",
              extra=(("List-Unsubscribe", "<https://be.indeed.com/alert/unsubscribe?id=c9f2e7a1>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Northgate Payments",
      note="LinkedIn InMail notification: in-house recruiter asks whether she is open to a call 'next week'; "
           "no time fixed.")
def k28_linkedin_inmail() -> bytes:
    body = t("""
        Katrijn Jacobs
        Talent Acquisition Lead at Northgate Payments

        Regulatory Data Analyst - Brussels or Amsterdam (hybrid)

        Hi Margaux,

        I came across your profile and your work on public-sector data at BPPO really stood out. We're
        building a small regulatory analytics team at Northgate Payments (PSD3 / instant payments
        reporting) and I think your mix of policy and data would be a great fit.

        Would you be open to a short call next week to hear more? Happy to work around your schedule.

        Best,
        Katrijn

        Reply: https://www.linkedin.com/comm/messaging/thread/2-ZGY1MjQ3ZjEtOWI0Yy00ODQ4LTk0MDQtNjA2NmYz/

        This is an InMail. You can reply to Katrijn without a connection.
        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    mid = f"<{hx('k28', 10)}.{hx('k28b', 8)}.{hx('k28c', 14)}@email.linkedin.com>"
    hs = head(addr("Katrijn Jacobs via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Regulatory Data Analyst - Brussels or Amsterdam (hybrid)", "2026-09-18 14:22", BXL, mid,
              relay="mailb-ba.linkedin.com (mailb-ba.linkedin.com [108.174.3.36])",
              extra=(("X-LinkedIn-Class", "INMAIL"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="application_ack", lang="en", interview=False, company="Banque Moselle & Alzette",
      note="Workday 'thank you for applying' (HTML only); an interview is only a possibility.")
def k29_workday_bma_ack() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="padding:20px 0;border-bottom:4px solid #00594f"><img src="https://wd3.myworkday.com/bma/img/logo_bma.png" alt="Banque Moselle &amp; Alzette" height="36"></td></tr>
        <tr><td style="padding:24px 0">
        <p>Dear Margaux,</p>
        <p>Thank you for applying for the position of <b>Data Analyst &ndash; Regulatory Reporting (R-0010442)</b> at Banque Moselle &amp; Alzette. We have received your application.</p>
        <p>Our Talent Acquisition team will review your profile carefully. If your experience matches the requirements of the role, we will contact you to discuss the next steps, which may include an online assessment and an interview.</p>
        <p>You can follow the status of your application at any time in your <a href="https://wd3.myworkday.com/bma/d/inst/1$9925/candidatehome.htmld">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Banque Moselle &amp; Alzette</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888;border-top:1px solid #eeeeee;padding-top:12px">Please do not reply to this email. This mailbox is not monitored.</td></tr>
        </table></body></html>
        """)
    mid = "<1301559870.12237.1772572080114@wd3-prod-app-bma-17.myworkday.com>"
    hs = head(addr("Banque Moselle & Alzette", "bma@myworkday.com"),
              "Thank you for applying - Data Analyst - Regulatory Reporting (R-0010442)",
              "2026-03-03 22:08", LUX, mid,
              relay="mail-a07.myworkday.com (mail-a07.myworkday.com [198.245.174.7])")
    return message(hs, html(body, cte="base64"))


@mail(N(30), family="rejection", lang="fr", interview=False, company="Fondation Quetelet",
      days=(("Thu", "2026-06-04"),),
      note="French rejection after the interview of Thursday 4 June (the date is in the past).")
def k30_quetelet_rejection() -> bytes:
    body = t("""
        Chère Madame Declercq,

        Nous vous remercions encore pour l'entretien du jeudi 4 juin et pour l'intérêt que vous portez à
        la Fondation Quetelet.

        Après mûre réflexion, nous avons le regret de vous informer que nous avons retenu une autre
        candidature, dont le profil correspond davantage aux besoins actuels du service Études,
        notamment en biostatistique.

        Votre analyse du jeu de données sur les inégalités de santé nous a néanmoins beaucoup plu, et
        nous nous permettrons de vous recontacter si une opportunité plus proche de votre profil se
        présentait.

        Nous vous souhaitons plein succès dans vos recherches.

        Bien cordialement,

        Hélène Dubois
        Directrice du service Études
        Fondation Quetelet
        """)
    mid = f"<{hx('k30', 12)}${hx('k30b', 12)}@fondationquetelet.be>"
    hs = head(addr("Hélène Dubois", "helene.dubois@fondationquetelet.be"),
              "Votre candidature - Chargée d'études données", "2026-06-19 11:30", BXL, mid,
              relay="smtp.fondationquetelet.be (smtp.fondationquetelet.be [91.183.22.140])",
              extra=(("Cc", addr("Sébastien Mertens", "s.mertens@talentis.be")),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@mail(N(31), family="rejection", lang="en", interview=False, company="Halyard Analytics",
      note="Greenhouse rejection after the hiring-manager interview; mentions the past interview date only.")
def k31_halyard_rejection() -> bytes:
    body = t("""
        Hi Margaux,

        Thank you for taking the time to speak with Gemma on 27 March, and for your interest in the
        Policy Data Analyst role at Halyard Analytics.

        We've now completed our first-round interviews and, after a lot of discussion, we've decided to
        move forward with candidates whose experience is closer to our UK public-sector clients. This
        was a difficult decision - the team really enjoyed your examples from the Brussels mobility
        work.

        We'd love to stay in touch, and we'll keep your details on file for future roles in our EU team.

        Best wishes,
        Tom Ashworth
        Talent Partner, Halyard Analytics
        """)
    mid = f"<{hx('k31', 22)}@geopod-ismtpd-3-2>"
    hs = head(addr("Halyard Analytics", "no-reply@greenhouse.io"),
              "Your application to Halyard Analytics", "2026-04-08 10:12", LON, mid,
              relay="o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.182])",
              extra=(("Reply-To", addr("Tom Ashworth", "tom.ashworth@halyard-analytics.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="offer", lang="nl", interview=False, company="Baaken Data",
      days=(("Fri", "2026-10-23"),),
      note="Dutch job offer after the interviews: salary, start date, answer 'tegen vrijdag 23 oktober'; "
           "the phone call 'maandag' is not an interview.")
def k32_baaken_offer() -> bytes:
    body = t("""
        Hoi Margaux,

        Goed nieuws: we zouden je heel graag verwelkomen in het team als Data Analist (Publieke Sector)!
        Bram en ik waren allebei erg enthousiast na jullie gesprek en de case.

        Kort samengevat ons voorstel:
        - Contract van onbepaalde duur, voltijds (38u/week, 2 dagen thuiswerk)
        - Brutomaandloon: € 4.350, plus maaltijdcheques, ecocheques en een mobiliteitsbudget
        - Startdatum: maandag 4 januari 2027 (of vroeger als dat voor jou past)

        Het volledige aanbod en het contract vind je in bijlage. Laat je ons iets weten tegen vrijdag
        23 oktober? Als je vragen hebt over de loonsimulatie, bel ik je maandag gerust even op.

        Hopelijk tot heel binnenkort!

        Lien De Smet
        Talent & People | Baaken Data
        """)
    mid = f"<CAH{hx('k32', 30)}@mail.gmail.com>"
    hs = head(addr("Lien De Smet", "lien@baakendata.be"), "Jobaanbod Data Analist - Baaken Data 🎉",
              "2026-10-16 16:45", BXL, mid,
              relay="mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(33), family="recruiter_outreach", lang="en", interview=False, company="Hartmann Executive Search",
      note="Agency outreach: asks for 15-20 minutes 'this week or early next week', offers a booking page; "
           "nothing fixed.")
def k33_hartmann_outreach() -> bytes:
    body = t("""
        Bonjour Margaux,

        I hope you don't mind the direct approach - a former colleague of yours suggested I get in touch.

        I'm supporting a Luxembourg-based asset manager in hiring a Regulatory Data Lead (new role,
        reporting to the Chief Risk Officer). The mandate combines data work on supervisory reporting
        with a lot of policy monitoring (ESMA, CSSF), which seems close to what you do today.

        Would you have 15-20 minutes for a call this week or early next week? Feel free to suggest a
        time, or book directly in my agenda:
        https://outlook.office.com/bookwithme/user/4c2d7e91a0b84f36@hartmann-search.lu?anonymous&ep=plink

        Kind regards,

        Nicolas Verhulst
        Principal Consultant - Risk, Compliance & Data
        Hartmann Executive Search S.à r.l.
        +352 691 240 817
        """)
    mid = f"<DB9PR10MB{hx('k33', 4).upper()}{hx('k33b', 20).upper()}@DB9PR10MB7211.EURPRD10.PROD.OUTLOOK.COM>"
    hs = head(addr("Nicolas Verhulst", "nicolas.verhulst@hartmann-search.lu"),
              "Regulatory Data Lead - Luxembourg (confidential)", "2026-04-21 09:47", LUX, mid,
              relay="EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2103.outbound.protection.outlook.com [40.107.104.103])",
              extra=exchange_extra("Regulatory Data Lead - Luxembourg (confidential)", "k33", "en-GB"))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB"))))


@mail(N(34), family="scheduling_link", lang="en", interview=False, company="Halyard Analytics",
      days=(("Tue", "2026-03-24"), ("Fri", "2026-03-27")),
      note="Greenhouse self-scheduling request: pick a 45-minute slot between Tuesday 24 and Friday 27 March; "
           "nothing booked yet (the confirmation is a separate mail).")
def k34_halyard_selfschedule() -> bytes:
    body = t("""
        Hi Margaux,

        Great news - Gemma Olusanya, our Head of Public Sector Insights, would like to meet you for a
        45-minute video interview for the Policy Data Analyst role.

        Please use the link below to choose a time that suits you. Available slots are shown in your
        local time zone and run from Tuesday 24 to Friday 27 March.

        Choose your interview time:
        https://app.greenhouse.io/scheduling/candidate/{tok}

        Once you've picked a slot you'll receive a confirmation with the Google Meet link.

        Best,
        Tom Ashworth
        Talent Partner, Halyard Analytics
        """).replace("{tok}", hx("k34tok", 32))
    mid = f"<{hx('k34', 22)}@geopod-ismtpd-5-0>"
    hs = head(addr("Tom Ashworth", "no-reply@greenhouse.io"),
              "Halyard Analytics: please choose a time for your interview", "2026-03-18 15:20", LON, mid,
              relay="o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.182])",
              extra=(("Reply-To", addr("Tom Ashworth", "tom.ashworth@halyard-analytics.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(35), family="slot_proposal", lang="nl", interview=False, company="Korenmarkt Analytics",
      days=(("Tue", "2026-06-09"), ("Thu", "2026-06-11")),
      note="Flemish proposal of two slots ('dinsdag 9/6 om 10u of donderdag 11/6 om 14u'), nothing agreed; "
           "the reply that picks Thursday is a separate mail.")
def k35_korenmarkt_proposal() -> bytes:
    mid = f"<CAJ{hx('k35', 30)}@mail.gmail.com>"
    hs = head(addr("Wout Maes", "wout@korenmarkt-analytics.be"), "Sollicitatie Data Analist - gesprek",
              "2026-06-05 16:40", BXL, mid,
              relay="mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])")
    return message(hs, alt(text(KORENMARKT_PROPOSAL), html(gmail_html(KORENMARKT_PROPOSAL))))


@mail(N(36), family="take_home", lang="en", interview=False, company="Pellucid Risk",
      days=(("Thu", "2026-11-05"),),
      note="Take-home exercise with a deadline 'Thursday 5 November, 12:00 noon UK time'; thanks for the "
           "past interview; the final panel is only announced, not scheduled.")
def k36_pellucid_takehome() -> bytes:
    body = t("""
        Hi Margaux,

        Thanks again for your time yesterday - Raj and Eleanor really enjoyed the conversation.

        The next step is a short take-home exercise. You'll find the brief and a dataset (EU payment-fraud
        statistics, 2019-2025) in the shared folder below. We're looking for a two-page note for a
        non-technical policy audience plus whatever code or workbook you used.

        https://pellucidrisk.sharepoint.com/:f:/s/Recruiting/EqT7c2Lk9bVAm3d1

        Please send your analysis back to me by Thursday 5 November, 12:00 noon UK time. Most people
        spend 3-4 hours on it; please don't spend more than that.

        If it goes well, the final stage is a panel interview with our Head of Policy - we'll be in touch
        to arrange it once the team has reviewed your work.

        Best,
        Olivia

        Olivia Marsh
        Recruiting Coordinator | Pellucid Risk
        """)
    mid = f"<LO4P123MB{hx('k36', 4).upper()}{hx('k36b', 20).upper()}@LO4P123MB6630.GBRP123.PROD.OUTLOOK.COM>"
    hs = head(addr("Olivia Marsh", "olivia.marsh@pellucidrisk.com"),
              "Pellucid Risk - take-home exercise (Data Analyst, Regulatory Policy)", "2026-10-29 17:20", LON, mid,
              relay="GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2121.outbound.protection.outlook.com [40.107.121.121])",
              extra=exchange_extra("Pellucid Risk - take-home exercise (Data Analyst, Regulatory Policy)", "k36", "en-GB"))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB"))))


@mail(N(37), family="assessment", lang="en", interview=False, company="Banque Moselle & Alzette",
      days=(("Sun", "2026-03-15"),),
      note="Online assessment invitation (numerical reasoning + situational judgement) with a completion "
           "deadline; no interview time.")
def k37_bma_assessment() -> bytes:
    body = t("""
        Dear Margaux Declercq,

        Banque Moselle & Alzette has invited you to complete an online assessment as part of your
        application for Data Analyst - Regulatory Reporting (R-0010442).

        Assessment: Numerical reasoning + Situational judgement
        Estimated time: approx. 35 minutes
        Deadline: Sunday 15 March 2026, 23:59 (CET)

        Start your assessment:
        https://app.cognitest-assess.com/c/{tok}

        Tips:
        - Use a laptop or desktop computer with a stable internet connection.
        - Make sure you can complete the assessment in one sitting.
        - A calculator and scrap paper are allowed for the numerical section.

        If you need adjustments because of a disability or a technical issue, contact
        support@cognitest-assess.com.

        Good luck!
        Cognitest, on behalf of Banque Moselle & Alzette
        """).replace("{tok}", hx("k37tok", 28))
    mid = f"<{hx('k37', 24)}@mail.cognitest-assess.com>"
    hs = head(addr("Banque Moselle & Alzette via Cognitest", "no-reply@cognitest-assess.com"),
              "Banque Moselle & Alzette: please complete your online assessment", "2026-03-09 11:00", LUX, mid,
              relay="a8-31.smtp-out.eu-west-1.amazonses.com (a8-31.smtp-out.eu-west-1.amazonses.com [54.240.8.31])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(38), family="non_interview_calendar", lang="nl", interview=False, company=None,
      days=(("Tue", "2026-02-24"),),
      note="Dentist appointment confirmation with an ICS ('dinsdag 24 februari om 8u15'): a confirmed time, "
           "not an interview.")
def k38_dentist() -> bytes:
    body = t("""
        Beste mevrouw Declercq,

        Hierbij bevestigen we uw afspraak in Tandartspraktijk Zavel:

        Wanneer: dinsdag 24 februari om 8u15
        Bij: tandarts Evelien Roels
        Reden: halfjaarlijkse controle + tandsteen verwijderen
        Adres: Zavelstraat 14, 1000 Brussel

        Kan u niet komen? Gelieve minstens 24 uur op voorhand te annuleren via 02 511 38 47 of via
        https://www.tandartszavel.be/afspraak. Niet-geannuleerde afspraken kunnen worden aangerekend.

        Met vriendelijke groeten,
        Het team van Tandartspraktijk Zavel
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dentaplan//Afspraken 4.2//NL
METHOD:PUBLISH
{vtz_cet('Europe/Brussels')}
BEGIN:VEVENT
UID:afspraak-{hx('k38uid', 12)}@tandartszavel.be
DTSTAMP:20260218T110300Z
DTSTART;TZID=Europe/Brussels:20260224T081500
DTEND;TZID=Europe/Brussels:20260224T084500
SUMMARY:Tandarts - controle (Tandartspraktijk Zavel)
LOCATION:Zavelstraat 14\\, 1000 Brussel
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k38', 20)}@tandartszavel.be>"
    hs = head(addr("Tandartspraktijk Zavel", "afspraken@tandartszavel.be"),
              "Bevestiging van uw afspraak op dinsdag 24 februari om 8u15", "2026-02-18 12:03", BXL, mid,
              relay="smtp.dentaplan.be (smtp.dentaplan.be [81.246.12.77])")
    return message(hs, mixed(text(body),
                             calendar(ics, method=None, cte="7bit", filename="afspraak.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Exchange meeting request from the current manager: weekly data-team stand-up (RRULE), Teams; "
           "not an interview.")
def k39_standup() -> bytes:
    teams = TEAMS_EN.format(mt="ODk2YjE0ZDYtMzU3Zi00ZjVhLWIwNzItMmE1NDM4YzE5ZjAx",
                            tid="6a0e2c4b-1d3f-4a8e-9b7c-5e0f2d1c3a4b", mid="378 290 114 672", pw="hL4sP9")
    body = t("""
        Hi all,

        From next week our Monday check-in becomes a proper 15-minute stand-up: what you shipped, what
        you're blocked on, nothing more. Rooms are booked, but feel free to join on Teams.

        Jonas

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Jonas Van Damme:mailto:jonas.vandamme@bppo.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Declercq:mailto:margaux.declercq@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Youssef Amrani:mailto:youssef.amrani@bppo.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sien Verhoeven:mailto:sien.verhoeven@bppo.brussels
RRULE:FREQ=WEEKLY;UNTIL=20261221T083000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000{hx('k39uid', 16).upper()}01000000000000000010000000{hx('k39u2', 32).upper()}
SUMMARY;LANGUAGE=en-GB:Data team stand-up (weekly)
DTSTART;TZID=Romance Standard Time:20260907T093000
DTEND;TZID=Romance Standard Time:20260907T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260903T080200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:BPPO 3.04 / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = f"<AS8PR09MB{hx('k39', 4).upper()}{hx('k39b', 20).upper()}@AS8PR09MB5120.eurprd09.prod.outlook.com>"
    hs = head(addr("Jonas Van Damme", "jonas.vandamme@bppo.brussels"), "Data team stand-up (weekly)",
              "2026-09-03 10:02", BXL, mid,
              relay="EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2130.outbound.protection.outlook.com [40.107.13.130])",
              extra=exchange_extra("Data team stand-up (weekly)", "k39", "en-GB")
              + (("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB")), calendar(ics, cte="base64")))


@mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Exchange 'Updated:' meeting from the current manager moving a 1:1 to Thursday 15:00; a moved "
           "meeting, but not an interview.")
def k40_one_on_one_moved() -> bytes:
    body = t("""
        Moving our 1:1 to Thursday afternoon this week - I'm stuck in the steering committee all of
        Wednesday. Same room.

        J.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Jonas Van Damme:mailto:jonas.vandamme@bppo.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Declercq:mailto:margaux.declercq@example.org
UID:040000008200E00074C5B7101A82E00800000000{hx('k40uid', 16).upper()}01000000000000000010000000{hx('k40u2', 32).upper()}
SUMMARY;LANGUAGE=en-GB:1:1 Margaux / Jonas
DTSTART;TZID=Romance Standard Time:20261119T150000
DTEND;TZID=Romance Standard Time:20261119T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261117T073000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:BPPO 3.11 (small room)
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    mid = f"<AS8PR09MB{hx('k40', 4).upper()}{hx('k40b', 20).upper()}@AS8PR09MB5120.eurprd09.prod.outlook.com>"
    hs = head(addr("Jonas Van Damme", "jonas.vandamme@bppo.brussels"), "Updated: 1:1 Margaux / Jonas",
              "2026-11-17 08:30", BXL, mid,
              relay="EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2127.outbound.protection.outlook.com [40.107.13.127])",
              extra=exchange_extra("1:1 Margaux / Jonas", "k40", "en-GB")
              + (("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB")), calendar(ics, cte="base64")))


@mail(N(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agent confirms an apartment viewing 'le samedi 14/11 à 11h' (ISO-8859-15); personal "
           "appointment, not an interview.")
def k41_apartment_viewing() -> bytes:
    body = t("""
        Bonjour Madame Declercq,

        Je vous confirme la visite de l'appartement 2 chambres de nonante mètres carrés (3e étage avec
        ascenseur) situé rue de la Brasserie 71 à 1050 Ixelles, le samedi 14/11 à 11h. Je vous attendrai devant l'immeuble.

        Pour rappel : loyer de 1.150 € par mois, charges communes de septante-cinq euros (eau froide,
        entretien des communs), garantie locative de deux mois. Disponible au 1er janvier.

        Si le bien vous plaît, merci de vous munir d'une copie de votre carte d'identité et de vos trois
        dernières fiches de paie, afin que nous puissions transmettre rapidement votre dossier au
        propriétaire.

        Au plaisir,

        Sophie Maes
        Immo Flagey
        place Eugène Flagey 19 - 1050 Ixelles
        0478 33 90 12 - IPI 512.447
        """)
    mid = f"<{hx('k41', 14)}@immoflagey.be>"
    hs = head(addr("Sophie Maes - Immo Flagey", "sophie@immoflagey.be"),
              "Confirmation visite - rue de la Brasserie 71, Ixelles", "2026-11-10 18:12", BXL, mid,
              relay="smtp.immoflagey.be (smtp.immoflagey.be [185.27.174.61])",
              extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return message(hs, text(body, "iso-8859-15", "quoted-printable"))


@mail(N(42), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-04-23"),),
      note="Meetup reminder for an evening event whose programme is a 'fireside interview' with a chief "
           "data officer; she is attending, not being interviewed.")
def k42_meetup() -> bytes:
    body = t("""
        Brussels Open Data & Policy Meetup

        Reminder: you're going to
        #37 - Fireside interview: "Ten years of open budget data"

        Thursday, April 23, 2026
        7:00 PM to 9:30 PM CEST

        The Loft, rue Ravenstein 36, 1000 Brussels

        Our guest this month is Griet Vandenbroucke, Chief Data Officer of the Brussels Regional
        Statistics Bureau, interviewed on stage by journalist Malik Benaissa. Bring your questions for
        the Q&A - drinks and pizza afterwards, as usual.

        47 people are going.

        See event: https://www.meetup.com/brussels-open-data-policy/events/305119472/

        Can't make it? Update your RSVP so someone on the waitlist can come.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from reminders: https://www.meetup.com/account/comm/
        """)
    mid = f"<{hx('k42', 10)}.{hx('k42b', 20)}@email.meetup.com>"
    hs = head(addr("Meetup", "info@email.meetup.com"),
              "Reminder: #37 - Fireside interview: \"Ten years of open budget data\" is on Thursday",
              "2026-04-20 18:00", BXL, mid,
              relay="mail248-12.suw41.mandrillapp.com (mail248-12.suw41.mandrillapp.com [198.2.148.12])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Webinar registration titled 'Mastering the EU selection-board interview' with an ICS (METHOD:PUBLISH); "
           "a webinar, not her interview.")
def k43_webinar() -> bytes:
    body = t("""
        Hi Margaux,

        You're registered! Here are the details of your session:

        Mastering the EU selection-board interview
        Tuesday 22 September 2026, 18:00 - 19:15 CEST (Brussels time)
        Online - Zoom webinar

        What we'll cover:
        - How the Board scores competencies (and what "evidence" means to them)
        - STAR answers for AD and AST profiles
        - Live mock Q&A with two former Board members

        Join link: https://us06web.zoom.us/w/83119240551?tk={tok}

        Add it to your calendar with the attached file. A recording will be sent to everyone who
        registers.

        See you there,
        The EU Careers Academy team

        You received this email because you registered for a free EU Careers Academy webinar.
        Unsubscribe: https://eucareersacademy.eu/unsubscribe
        """).replace("{tok}", hx("k43tok", 30))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//EU Careers Academy//Webinars//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-2026-09-22-{hx('k43uid', 8)}@eucareersacademy.eu
DTSTAMP:20260915T060000Z
DTSTART:20260922T160000Z
DTEND:20260922T171500Z
SUMMARY:Webinar: Mastering the EU selection-board interview
LOCATION:Zoom webinar
URL:https://us06web.zoom.us/w/83119240551
END:VEVENT
END:VCALENDAR"""
    mid = f"<{hx('k43', 24)}@mail.eucareersacademy.eu>"
    hs = head(addr("EU Careers Academy", "events@eucareersacademy.eu"),
              "You're registered: Mastering the EU selection-board interview - Tue 22 Sep, 18:00 CEST",
              "2026-09-15 08:00", BXL, mid,
              relay="mail.eucareersacademy.eu (mail.eucareersacademy.eu [185.107.232.9])",
              extra=(("List-Unsubscribe", "<https://eucareersacademy.eu/unsubscribe>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="webinar.ics",
                                      disposition="attachment")))


@mail(N(44), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Calendly confirmation of a paid mock panel interview with a career coach (Thursday 10 September, "
           "18:30 CEST); coaching, not a job interview.")
def k44_mock_interview() -> bytes:
    body = t("""
        Hi Margaux Declercq,

        Your Mock interview - EU panel format (60 min) with Sarah Lenaerts at 6:30pm (Central European
        Summer Time) on Thursday, September 10, 2026 is scheduled.

        Event Type:
        Mock interview - EU panel format (60 min)

        Invitee:
        Margaux Declercq
        margaux.declercq@example.org

        Event Date/Time:
        6:30pm - 7:30pm (Central European Summer Time) on Thursday, September 10, 2026

        Location:
        Google Meet (details to follow)

        Description:
        A simulated selection-board interview (competency questions + motivation), followed by 15 minutes
        of written feedback. Please send me your CV and the vacancy notice at least 48 hours before.

        Questions:
        Which selection procedure are you preparing for?
        EORS temporary agent AD6 - Data and Policy Analyst, interview on 15 September.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2b7e4f1a-9c3d-4e5f-8a1b-6d2c9e0f7a34
        Reschedule: https://calendly.com/reschedulings/2b7e4f1a-9c3d-4e5f-8a1b-6d2c9e0f7a34

        Powered by Calendly.com
        """)
    mid = f"<{hx('k44', 22)}@ismtpd0007p1lon1.sendgrid.net>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock interview - EU panel format (60 min) with Sarah Lenaerts on Thursday, September 10, 2026",
              "2026-09-05 09:14", BXL, mid,
              relay="o1.email.calendly.com (o1.email.calendly.com [167.89.115.54])",
              extra=(("Reply-To", addr("Sarah Lenaerts", "sarah@lenaertscoaching.be")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(45), family="press_interview", lang="fr", interview=False, company=None,
      note="Journalist confirms a radio interview about her employer's study 'cet après-midi à 16h' (à tantôt); "
           "a press interview, not a job interview.")
def k45_radio_interview() -> bytes:
    body = t("""
        Bonjour Margaux,

        Merci d'avoir accepté notre invitation ! Je vous confirme l'interview pour l'émission
        « Bruxelles Matin » cet après-midi à 16h, dans nos studios (boulevard Reyers 52, 1030 Schaerbeek
        - demandez le studio 3 à l'accueil).

        Ce sera un enregistrement d'environ 20 minutes, diffusé demain matin vers 7h40. Je vous poserai
        surtout des questions sur les résultats de votre étude sur les zones 30 : baisse de la vitesse
        moyenne, accidents, et ce que les chiffres ne disent pas encore.

        Pas besoin de préparer quoi que ce soit, on reste sur un ton de conversation.

        À tantôt !

        Camille Delvaux
        Journaliste - Bruxelles Info Radio
        0497 22 61 05
        """)
    mid = f"<{hx('k45', 18)}@bxlinfo-radio.be>"
    hs = head(addr("Camille Delvaux", "camille.delvaux@bxlinfo-radio.be"),
              "Interview radio - étude BPPO sur les zones 30", "2026-05-06 09:20", BXL, mid,
              relay="mail.bxlinfo-radio.be (mail.bxlinfo-radio.be [212.166.58.20])",
              extra=(("Cc", addr("Jonas Van Damme", "jonas.vandamme@bppo.brussels")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(46), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Wed", "2026-04-15"),),
      note="Exchange invite from her current employer's HR: she sits on the panel interviewing a candidate "
           "for a junior role; an interview, but not hers.")
def k46_panel_member() -> bytes:
    body = t("""
        Hi Jonas, hi Margaux,

        Thanks for joining the panel for Jens Martens (Junior Data Analyst, ref. BPPO-2026-03). His CV
        and the scoring grid are in the HR channel on Teams. Could you each prepare two technical
        questions? Let's meet 10 minutes before in the room to split them.

        The candidate has been invited separately and will be picked up at reception.

        Thanks!
        Fatima

        Fatima Ouali
        HR Officer - Brussels Public Policy Observatory
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Fatima Ouali:mailto:fatima.ouali@bppo.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Van Damme:mailto:jonas.vandamme@bppo.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Declercq:mailto:margaux.declercq@example.org
UID:040000008200E00074C5B7101A82E00800000000{hx('k46uid', 16).upper()}01000000000000000010000000{hx('k46u2', 32).upper()}
SUMMARY;LANGUAGE=en-GB:Interview panel - Junior Data Analyst - Jens Martens
DTSTART;TZID=Romance Standard Time:20260415T100000
DTEND;TZID=Romance Standard Time:20260415T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T112000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:BPPO 5.01 (Atomium room)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    mid = f"<AS8PR09MB{hx('k46', 4).upper()}{hx('k46b', 20).upper()}@AS8PR09MB4410.eurprd09.prod.outlook.com>"
    subj = "Interview panel - Junior Data Analyst - Jens Martens"
    hs = head(addr("Fatima Ouali", "fatima.ouali@bppo.brussels"), subj, "2026-04-09 13:20", BXL, mid,
              relay="EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2101.outbound.protection.outlook.com [40.107.13.101])",
              to=f"{addr('Jonas Van Damme', 'jonas.vandamme@bppo.brussels')}, {ME_TO}",
              extra=exchange_extra(subj, "k46", "en-GB") + (("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), html(outlook_html(body, "EN-GB")), calendar(ics, cte="base64")))


@mail(N(47), family="reference_call", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Former manager says a reference call with the recruiter is booked 'Friday at 4pm'; that is her "
           "referee's call, not the candidate's interview.")
def k47_reference_call() -> bytes:
    body = t("""
        Hoi Margaux!

        Olivia from Pellucid Risk just rang me - we've booked the reference call for Friday at 4pm (3pm
        their time). Sounds like you're in the final round, congrats!!

        Anything in particular you want me to highlight? I was going to talk about the mobility
        dashboard and how you handled the Brussels-Capital data-sharing mess in 2024.

        Succes,
        Lieve
        """)
    mid = f"<CAO{hx('k47', 30)}@mail.gmail.com>"
    hs = head(addr("Lieve Janssens", "lieve.janssens@example.com"), "Reference call Pellucid",
              "2026-11-09 19:05", BXL, mid,
              relay="mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="auto_reply", lang="fr", interview=False, company="Sablon Advisory",
      days=(("Fri", "2026-08-14"),),
      note="Bilingual FR/NL (+EN) out-of-office auto-reply (Auto-Submitted: auto-replied) from a recruiter.")
def k48_ooo() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 14 août inclus, avec un accès limité à mes e-mails.
        Votre message sera traité dès mon retour. Pour toute question urgente concernant un processus de
        recrutement en cours, vous pouvez joindre notre équipe au 02 512 40 90.

        Goeiedag,

        Ik ben afwezig tot en met vrijdag 14 augustus en lees mijn e-mails slechts beperkt. Voor
        dringende vragen over een lopende selectieprocedure kan u ons team bereiken op 02 512 40 90.

        Hello, I am out of the office until Friday 14 August included, with limited access to email.

        Aurélie Bastin
        Talent Acquisition Manager - Sablon Advisory
        """)
    mid = f"<AM9PR08MB{hx('k48', 4).upper()}{hx('k48b', 20).upper()}@AM9PR08MB6771.eurprd08.prod.outlook.com>"
    hs = head(addr("Aurélie Bastin", "aurelie.bastin@sablon-advisory.be"),
              "Réponse automatique : Candidature spontanée - Margaux Declercq", "2026-07-24 10:15", BXL, mid,
              relay="EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2052.outbound.protection.outlook.com [40.107.247.52])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "aurelie.bastin@sablon-advisory.be"),
                     ("In-Reply-To", f"<{hx('k48irt', 24)}@example.org>")))
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(N(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-05-20"),),
      note="Postfix bounce (multipart/report): her own reply to a recruiter, quoting 'Wednesday 20 May at "
           "14:00', never arrived (wrong address). Not a confirmation from anyone.")
def k49_bounce() -> bytes:
    orig_body = t("""
        Dear Ruth,

        Thank you for the invitation - Wednesday 20 May at 14:00 (Brussels time) works perfectly for the
        first-round case interview. I have also booked the slot through your Calendly link.

        Looking forward to speaking with you.

        Best regards,
        Margaux Declercq
        """)
    orig_mid = f"<{hx('k49o', 8)}-{hx('k49o2', 4)}-{hx('k49o3', 4)}-{hx('k49o4', 4)}-{hx('k49o5', 12)}@example.org>"
    orig = message([("From", ME_TO), ("To", addr("Ruth Abebe", "r.abebe@sterlingvale.co.uk")),
                    ("Subject", "Re: Sterling & Vale - case interview"), ("Date", date("2026-05-12 21:40", BXL)),
                    ("Message-ID", orig_mid), ("User-Agent", "Mozilla Thunderbird")],
                   text(orig_body, "utf-8", "7bit", params="format=flowed"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <r.abebe@sterlingvale.co.uk>: host
            sterlingvale-co-uk.mail.protection.outlook.com[52.101.73.12] said: 550 5.4.1
            Recipient address rejected: Access denied. (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Zb7Qm1xKpz9v
        X-Postfix-Sender: rfc822; margaux.declercq@example.org
        Arrival-Date: Tue, 12 May 2026 21:40:58 +0200 (CEST)

        Final-Recipient: rfc822; r.abebe@sterlingvale.co.uk
        Original-Recipient: rfc822;r.abebe@sterlingvale.co.uk
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; sterlingvale-co-uk.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    report = multipart("report",
                       Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                            notice.replace("\n", "\r\n").encode()),
                       raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                                status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    mid = "<20260512194103.7F2C4A1E62@mx1.example.org>"
    hs = [("Delivered-To", ME), ("Return-Path", "<>"),
          ("Received", "by mx1.example.org (Postfix)\r\n id 7F2C4A1E62; " + "Tue, 12 May 2026 19:41:03 +0000 (UTC)"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-05-12 21:41", BXL)),
          ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(N(50), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Policy-jobs newsletter (HTML only, List-Unsubscribe) about selection-board interview questions; "
           "announces a free workshop; nothing scheduled for her.")
def k50_newsletter() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>The Brussels Policy Jobs Brief</title></head>
        <body style="margin:0;background:#faf7f2;font-family:Georgia,serif;color:#222">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:28px">
        <tr><td style="font-size:12px;letter-spacing:2px;color:#a0522d">THE BRUSSELS POLICY JOBS BRIEF &middot; ISSUE #112</td></tr>
        <tr><td><h1 style="font-size:26px;margin:10px 0">5 questions every selection board asks (and how to answer them)</h1>
        <p>Interview season is back: EU agencies are running their autumn temporary-agent procedures, and most candidates we hear from are invited at short notice. We asked three former board members what separates a good answer from a reserve-list answer.</p>
        <ol>
        <li><b>"Tell us about a time you had to deliver under a tight deadline."</b> Pick one story, not three.</li>
        <li><b>"Why this agency, and why now?"</b> Quote the work programme, not the website.</li>
        <li><b>"How would you explain this chart to a Commissioner?"</b> Expect a live data question.</li>
        <li><b>"Describe a conflict in your team."</b> Show what you changed, not who was wrong.</li>
        <li><b>"Do you have any questions for us?"</b> Always yes.</li>
        </ol>
        <p><a href="https://policyjobsbrief.eu/issue-112/selection-board-questions" style="color:#a0522d">Read the full piece &rarr;</a></p>
        <h2 style="font-size:18px">Free workshop</h2>
        <p>Our next online Q&amp;A on competency interviews is on Thursday 10 September at 12:30 (Brussels time). Subscribers get the link the day before.</p>
        <h2 style="font-size:18px">This week's picks</h2>
        <ul>
        <li>Policy Officer, Data &amp; AI - Digital Rights Alliance Europe (Brussels)</li>
        <li>Statistical Officer (AST4) - an EU agency in Luxembourg</li>
        <li>Research Fellow, Economic Governance - Cardew Institute (London/Brussels)</li>
        </ul>
        <p style="font-size:11px;color:#888;border-top:1px solid #eee;padding-top:12px">You're receiving this because you subscribed at policyjobsbrief.eu with margaux.declercq@example.org. <a href="https://policyjobsbrief.eu/unsubscribe?e={u}" style="color:#888">Unsubscribe</a></p>
        </td></tr></table></td></tr></table></body></html>
        """).replace("{u}", hx("k50u", 20))
    mid = f"<{hx('k50', 20)}@mail.policyjobsbrief.eu>"
    hs = head(addr("The Brussels Policy Jobs Brief", "brief@policyjobsbrief.eu"),
              "5 questions every selection board asks (and how to answer them)", "2026-08-30 08:00", BXL, mid,
              relay="mail-eu-1.sendinblue.com (mail-eu-1.sendinblue.com [77.32.148.21])",
              extra=(("List-Unsubscribe", f"<https://policyjobsbrief.eu/unsubscribe?e={hx('k50u', 20)}>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(body, cte="quoted-printable"))
