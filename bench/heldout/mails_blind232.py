"""blind232: a blind 50-mail held-out set, the inbox of a job seeker in Quimper (Sept.-Dec. 2026).

Inbox owner: Gaëlle Le Goff <gaelle.legoff@example.org>, production planner (seafood processing),
Europe/Paris. Written by hand, one function per mail, without reading the detector. Keys 1-23 are
the positives (in writing order), 24-50 the negatives; file numbers are a fixed shuffle of the keys.

    python3 bench/heldout/make_blind.py blind232
"""

from __future__ import annotations

import random

from make import (
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

SET = "blind232"
ORDER = random.Random(2320232).sample(range(1, 51), 50)
ME = "gaelle.legoff@example.org"
ME_NAME = "Gaëlle Le Goff"
PARIS = "Europe/Paris"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str, qid: str,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4, rp: str | None = None) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    return [
        ("Return-Path", rp or "<bounce@" + relay.split(" ")[1] + ">"),
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"{MX} {qid}", ME, lag)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


ROMANCE = """BEGIN:VTIMEZONE
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

PARIS_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
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


def vcal(prodid: str, method: str | None, body: str, tz: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(tz.strip("\n"))
    lines.append(body.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


def z(local: str, zone: str) -> str:
    """ICS UTC stamp for a local time."""
    return utc(local, zone).replace("-", "").replace(":", "")


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z", contact="freya.lindqvist@halyardfoods.com",
      company="Halyard Foods", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
      note="Greenhouse confirmation, 'Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST' = Paris summer "
           "time (UTC+2) -> 08:00Z-08:45Z; the ICS agrees; contact = Reply-To recruiter (sender is no-reply)")
def p01() -> bytes:
    when = "2026-09-09 16:21:07"
    body = t("""
        Hi Gaëlle,

        Thanks for scheduling your interview with Halyard Foods. Here are the details:

        Position: Production Planning Lead (Remote, EU)
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST
        Location: Google Meet - https://meet.google.com/hfd-qpxr-tmw

        Interviewers:
          Søren Dahl - Head of Supply Chain
          Freya Lindqvist - Talent Partner

        We have attached a calendar invitation. If you need to reschedule, reply to this email
        and Freya will help.

        Best,
        The Halyard Foods Recruiting Team

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Gaëlle,</p>
        <p>Thanks for scheduling your interview with Halyard Foods. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Production Planning Lead (Remote, EU)</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hfd-qpxr-tmw">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers</b><br>S&oslash;ren Dahl &ndash; Head of Supply Chain<br>Freya Lindqvist &ndash; Talent Partner</p>
        <p>We have attached a calendar invitation. If you need to reschedule, reply to this email and Freya will help.</p>
        <p>Best,<br>The Halyard Foods Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:gh-interview-61f0c2a9-3d1e-4c55-9a8e-1b7f2e0c4d11@greenhouse.io
DTSTAMP:{z("2026-09-09 16:21", PARIS)}
DTSTART:{z("2026-09-15 10:00", PARIS)}
DTEND:{z("2026-09-15 10:45", PARIS)}
SUMMARY:Interview: Gaëlle Le Goff <> Halyard Foods (Production Planning Lead)
LOCATION:https://meet.google.com/hfd-qpxr-tmw
ORGANIZER;CN=Freya Lindqvist:mailto:freya.lindqvist@halyardfoods.com
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""")
    return message(head(
        "Halyard Foods <no-reply@us.greenhouse-mail.io>", "Interview confirmation: Halyard Foods - Production Planning Lead",
        when, PARIS, "<0100019a2b7c.4f1e2d3c-halyard-gh-7731@email.amazonses.com>",
        relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        qid="4Qk7Hn2xYbz1", extra=(("Reply-To", "Freya Lindqvist <freya.lindqvist@halyardfoods.com>"),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T19:30:00Z", end="2026-11-17T20:15:00Z", contact="aroha.tane@kaimoanacoldchain.co.nz",
      company="Kaimoana Cold Chain", local="Wed 2026-11-18 08:30", local_end="2026-11-18 09:15",
      zone="Pacific/Auckland",
      note="Lever, HTML only: 'Wednesday 18 November, 8:30-9:15 am NZDT' (UTC+13) = Tuesday 17 Nov 19:30Z-20:15Z, "
           "the previous day in UTC; the mail also says 8:30 pm Tuesday in Paris (CET, 19:30Z). Contact = Reply-To")
def p02() -> bytes:
    when = "2026-11-12 09:14:33"
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f6f7f9;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Kia ora Gaëlle,</p>
        <p>Great news &mdash; your video interview for <b>Planning &amp; Scheduling Manager (remote, Europe/NZ)</b>
        is confirmed.</p>
        <p style="font-size:16px"><b>Wednesday 18 November, 8:30 am &ndash; 9:15 am NZDT</b><br>
        <span style="color:#666">That&rsquo;s Tuesday 17 November, 8:30 pm &ndash; 9:15 pm for you in Paris time.</span></p>
        <p>You&rsquo;ll be speaking with Hemi Walker (Operations Director, Nelson) and me. We&rsquo;ll use Zoom:
        <a href="https://kaimoana.zoom.us/j/84412093317">https://kaimoana.zoom.us/j/84412093317</a></p>
        <p>Any trouble with the time, just hit reply.</p>
        <p>Ng&#257; mihi,<br>Aroha Tane<br>People &amp; Capability, Kaimoana Cold Chain</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Sent via Lever &middot; Kaimoana Cold Chain Ltd, 14 Wildman Ave, Nelson 7010</p>
        </div></body></html>
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", """
BEGIN:VEVENT
UID:lever-iv-0f4a7c2e-88d1-4c0b-b7a9-5e1d2c3b4a96
DTSTAMP:20261111T201433Z
DTSTART;TZID=Pacific/Auckland:20261118T083000
DTEND;TZID=Pacific/Auckland:20261118T091500
SUMMARY:Interview - Gaëlle Le Goff - Planning & Scheduling Manager
LOCATION:https://kaimoana.zoom.us/j/84412093317
ORGANIZER;CN=Aroha Tane:mailto:aroha.tane@kaimoanacoldchain.co.nz
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:gaelle.legoff@example.org
END:VEVENT""", tz="""BEGIN:VTIMEZONE
TZID:Pacific/Auckland
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE""")
    return message(head(
        "Kaimoana Cold Chain <no-reply@hire.lever.co>", "Your interview with Kaimoana Cold Chain is confirmed",
        when, "Pacific/Auckland", "<20261111201433.7f3e.lever-kaimoana-118f@hire.lever.co>",
        relay="from o1.hire.lever.co (o1.hire.lever.co [167.89.17.44])", qid="4R2pQw0mHcz7",
        extra=(("Reply-To", "Aroha Tane <aroha.tane@kaimoanacoldchain.co.nz>"),)),
        mixed(html(page, cte="base64"), calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment")))


def cet_vtz(tzid: str) -> str:
    """An IANA-named VTIMEZONE for a zone on Central European rules (Paris, Brussels, Berlin)."""
    return PARIS_VTZ.replace("Europe/Paris", tzid)


@mail(n(3), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z", contact="morgane.quere@conserveries-iroise.fr",
      company="Conserveries de l'Iroise", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=PARIS,
      note="Workday (iso-8859-15, quoted-printable): 'lundi 26 octobre 2026, 09:00 - 10:00 (heure de Paris)'. "
           "DST edge: the mail is sent Fri 23 Oct in CEST (+0200) but Paris is back on CET (+0100) from Sun 25 Oct, "
           "so 08:00Z-09:00Z, not 07:00Z. Contact = the recruiter named with her address in the body")
def p03() -> bytes:
    when = "2026-10-23 11:05:42"
    body = t("""
        Bonjour Gaëlle,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :

          Poste : Planificateur / Planificatrice de production H/F (R-00418)
          Site : Brest - Port de commerce
          Date : lundi 26 octobre 2026
          Heure : 09:00 - 10:00 (heure de Paris)
          Lieu : Conserveries de l'Iroise, 7 rue de Kerbriant, 29200 Brest - accueil du bâtiment B
          Participants : Hervé Floc'h (Directeur de site), Morgane Quéré (Chargée de recrutement)

        Merci de vous munir d'une pièce d'identité : l'accès au site se fait par badge visiteur.
        Une visite de l'atelier de sertissage est prévue après l'échange ; prévoyez des chaussures
        fermées (les EPI vous seront fournis).

        Pour toute question, vous pouvez contacter Morgane Quéré : morgane.quere@conserveries-iroise.fr

        Cordialement,
        L'équipe Recrutement - Conserveries de l'Iroise

        Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial;font-size:10pt">
        <p>Bonjour Gaëlle,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant&nbsp;:</p>
        <table border="0" cellpadding="3">
        <tr><td>Poste</td><td>Planificateur / Planificatrice de production H/F (R-00418)</td></tr>
        <tr><td>Site</td><td>Brest - Port de commerce</td></tr>
        <tr><td>Date</td><td>lundi 26 octobre 2026</td></tr>
        <tr><td>Heure</td><td>09:00 - 10:00 (heure de Paris)</td></tr>
        <tr><td>Lieu</td><td>Conserveries de l'Iroise, 7 rue de Kerbriant, 29200 Brest - accueil du bâtiment B</td></tr>
        <tr><td>Participants</td><td>Hervé Floc'h (Directeur de site), Morgane Quéré (Chargée de recrutement)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité&nbsp;: l'accès au site se fait par badge visiteur.
        Une visite de l'atelier de sertissage est prévue après l'échange&nbsp;; prévoyez des chaussures fermées
        (les EPI vous seront fournis).</p>
        <p>Pour toute question, vous pouvez contacter Morgane Quéré&nbsp;:
        <a href="mailto:morgane.quere@conserveries-iroise.fr">morgane.quere@conserveries-iroise.fr</a></p>
        <p>Cordialement,<br>L'équipe Recrutement - Conserveries de l'Iroise</p>
        <p style="font-size:8pt;color:#888">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    cs = "iso-8859-15"
    return message(head(
        addr("Conserveries de l'Iroise", "iroise@myworkday.com"),
        "Confirmation de votre entretien - Planificateur / Planificatrice de production H/F",
        when, PARIS, "<1718893142.40211.1792746342117.JavaMail.wdprod@wd3-impl-worker11>",
        relay="from mail-out-3.myworkday.com (mail-out-3.myworkday.com [198.101.25.17])", qid="4S9vLd1KqRz3",
        charset=cs),
        alt(text(body, charset=cs), html(page, charset=cs)))


@mail(n(4), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start="2026-11-03T12:45:00Z", end="2026-11-03T13:45:00Z", contact="erwan.lebihan@armor-maree.fr",
      company="Armor Marée", local="Tue 2026-11-03 13:45", local_end="2026-11-03 14:45", zone=PARIS,
      note="Teamtailor: 'mardi 3 novembre à 13 h 45', 'durée : 1 h', Paris CET (+0100) -> 12:45Z-13:45Z; the ICS "
           "(UTC stamps) agrees; contact = human Reply-To")
def p04() -> bytes:
    when = "2026-10-28 14:32:10"
    body = t("""
        Bonjour Gaëlle,

        Votre entretien avec Armor Marée est confirmé.

        Poste : Responsable ordonnancement - site de Lorient Keroman
        Quand : mardi 3 novembre à 13 h 45 (durée : 1 h)
        Où : Armor Marée, 4 rue du Chalutier-Le-Scorff, 56100 Lorient
        Avec : Erwan Le Bihan (DRH) et Anaïs Jégo (responsable de production)

        Ajoutez l'entretien à votre agenda grâce à l'invitation jointe.
        Un empêchement ? Répondez simplement à ce message.

        À bientôt,
        Erwan

        --
        Armor Marée · Carrières
        Envoyé avec Teamtailor
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5">
        <p>Bonjour Gaëlle,</p>
        <p>Votre entretien avec <strong>Armor Marée</strong> est confirmé.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:12px">
        <div><strong>Poste</strong> : Responsable ordonnancement - site de Lorient Keroman</div>
        <div><strong>Quand</strong> : mardi 3 novembre à 13&nbsp;h&nbsp;45 (durée&nbsp;: 1&nbsp;h)</div>
        <div><strong>Où</strong> : Armor Marée, 4 rue du Chalutier-Le-Scorff, 56100 Lorient</div>
        <div><strong>Avec</strong> : Erwan Le Bihan (DRH) et Anaïs Jégo (responsable de production)</div>
        </div>
        <p>Ajoutez l'entretien à votre agenda grâce à l'invitation jointe.<br>Un empêchement&nbsp;? Répondez simplement à ce message.</p>
        <p>À bientôt,<br>Erwan</p>
        <p style="color:#999;font-size:12px">Armor Marée · Carrières — Envoyé avec Teamtailor</p>
        </div>
        """)
    ics = vcal("-//Teamtailor//Interview//FR", "REQUEST", f"""
BEGIN:VEVENT
UID:tt-interview-5518204@teamtailor.com
DTSTAMP:{z("2026-10-28 14:32", PARIS)}
DTSTART:{z("2026-11-03 13:45", PARIS)}
DTEND:{z("2026-11-03 14:45", PARIS)}
SUMMARY:Entretien Armor Marée - Responsable ordonnancement
LOCATION:Armor Marée\\, 4 rue du Chalutier-Le-Scorff\\, 56100 Lorient
ORGANIZER;CN=Erwan Le Bihan:mailto:erwan.lebihan@armor-maree.fr
ATTENDEE;CN=Gaëlle Le Goff;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT""")
    return message(head(
        addr("Armor Marée", "no-reply@teamtailor-mail.com"), "Entretien confirmé – Armor Marée",
        when, PARIS, "<6552f0a1c9e3b_1e2f3a4b5c6d@teamtailor-mail.com>",
        relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [149.72.120.31])", qid="4SNw2f5bZmz9",
        extra=(("Reply-To", addr("Erwan Le Bihan", "erwan.lebihan@armor-maree.fr")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, cte="base64", ctype="application/ics", method=None, filename="entretien.ics",
                       disposition="attachment")))


@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-24T07:00:00Z", contact="y.cornec@viviers-loctudy.bzh", company="Viviers de Loctudy",
      local="Thu 2026-09-24 09:00", zone=PARIS,
      note="Workshop manager writing from his phone, tutoiement: 'c'est calé pour jeudi qui vient à 9h', sent Mon 21 Sep "
           "-> Thu 24 Sep 09:00 Paris CEST (+0200) = 07:00Z; no length given, end null; contact = sender")
def p05() -> bytes:
    when = "2026-09-21 18:42:51"
    body = t("""
        Salut Gaëlle,

        C'est calé pour jeudi qui vient à 9h à l'atelier de Loctudy, avec Soizic de la qualité. Tu demandes Yannick à l'accueil du vivier, pas au magasin (les gens se trompent tout le temps)
        On fera le tour de la cuisson et des lignes langoustines, mets des chaussures qui craignent pas l'eau !

        Kenavo,
        Yannick

        Envoyé de mon iPhone

        > Le 21 sept. 2026 à 12:03, Gaëlle Le Goff <gaelle.legoff@example.org> a écrit :
        >
        > Bonjour Yannick,
        > Merci pour votre appel de ce matin. Je suis dispo jeudi ou vendredi matin cette semaine, dites-moi ce qui vous arrange.
        > Bonne journée,
        > Gaëlle
        """)
    return message(head(
        "Yannick Cornec <y.cornec@viviers-loctudy.bzh>", "Re: Poste chef d'équipe planification",
        when, PARIS, "<A9F3C1E2-77B0-4C6D-9E21-3F5D8B0A2C41@viviers-loctudy.bzh>",
        relay="from smtp.viviers-loctudy.bzh (smtp.viviers-loctudy.bzh [91.121.44.203])", qid="4RvK0p3dPqz2",
        extra=(("In-Reply-To", "<CAG7x1fM0q2u=ZqP4@mail.example.org>"),
               ("References", "<CAG7x1fM0q2u=ZqP4@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"))


@mail(n(6), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-10-15T13:00:00Z", contact="h.dumont-ferrand@glacieres-vilaine.fr", company="Glacières de Vilaine",
      local="Thu 2026-10-15 15:00", zone=PARIS,
      note="Hiring manager, Outlook, windows-1252: sent Tue 13 Oct, 'je suis en déplacement demain ... le surlendemain "
           "vers 15h' = Thu 15 Oct ~15:00 Paris CEST (+0200) -> 13:00Z; 'vers' makes the start approximate but it is "
           "the only time given; no length, end null")
def p06() -> bytes:
    when = "2026-10-13 09:58:14"
    body = t("""
        Bonjour Madame Le Goff,

        Merci pour votre retour rapide.

        Je suis en déplacement demain sur notre plateforme de Saint-Malo ; je vous propose donc que nous nous voyions le surlendemain vers 15h, dans nos locaux de Cesson-Sévigné (2 allée de la Rigourdière, 2e étage). C'est noté de mon côté, j'ai réservé la salle Émeraude.

        Nous échangerons une bonne heure sur le poste et sur l'outil de planification que nous déployons (nous sommes en pleine bascule vers le nouvel APS), puis je vous présenterai à Bastien, le responsable des approvisionnements.

        Bien cordialement,

        Héloïse Dumont-Ferrand
        Directrice des opérations
        Glacières de Vilaine
        Tél. : 02 99 00 41 87

        -----Message d'origine-----
        De : Gaëlle Le Goff <gaelle.legoff@example.org>
        Envoyé : lundi 12 octobre 2026 21:14
        À : Héloïse Dumont-Ferrand <h.dumont-ferrand@glacieres-vilaine.fr>
        Objet : RE: Candidature - Responsable planification Rennes

        Bonjour Madame Dumont-Ferrand,

        Je vous remercie pour votre message. Je suis disponible en fin de semaine, en présentiel à Rennes sans difficulté.

        Bien cordialement,
        Gaëlle Le Goff
        """)
    paras = body.split("\n\n")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body lang="FR"><div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{p.replace(chr(10), "<br>")}</p>' for p in paras)
            + "\n</div></body></html>\n")
    cs = "windows-1252"
    return message(head(
        addr("Héloïse Dumont-Ferrand", "h.dumont-ferrand@glacieres-vilaine.fr", cs),
        "RE: Candidature - Responsable planification Rennes", when, PARIS,
        "<PR3P191MB08213C1F4D5A2B6E9E7C@PR3P191MB0821.EURP191.PROD.OUTLOOK.COM>",
        relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2108.outbound.protection.outlook.com"
              " [40.107.22.108])", qid="4S3b7Y0nQcz5",
        extra=(("Thread-Topic", "Candidature - Responsable planification Rennes"),
               ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""))),
        alt(text(body, charset=cs), html(page, charset=cs)))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-18T09:00:00Z", contact="camille.bertin@atlantique-surgeles.fr", company="Atlantique Surgelés",
      local="Wed 2026-11-18 10:00", zone=PARIS,
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter moves the interview: was mardi 17/11 10h, 'on garde 10h mais le mercredi (18/11)' -> Wed 18 Nov "
           "10:00 Paris CET (+0100) = 09:00Z; new time labelled; text only, base64")
def p07() -> bytes:
    when = "2026-11-13 17:10:36"
    body = t("""
        Bonjour Gaëlle,

        Petit changement de programme : Mme Lemaire a finalement un comité de direction mardi matin.
        On garde 10h mais le mercredi (18/11), même endroit (siège de Carquefou, bâtiment Les Pontons).
        Le reste ne change pas : 1h avec elle puis 30 min avec moi pour les aspects RH.

        Je vous ai renvoyé l'invitation à jour. Désolée pour ce contretemps !

        Belle fin de semaine,

        Camille Bertin
        Chargée de recrutement | Atlantique Surgelés
        camille.bertin@atlantique-surgeles.fr | 02 40 00 73 12

        Le jeu. 12 nov. 2026 à 08:47, Gaëlle Le Goff <gaelle.legoff@example.org> a écrit :
        > Bonjour Camille,
        > Parfait pour mardi 17 novembre à 10h, merci. À mardi !
        > Gaëlle
        """)
    return message(head(
        "Camille Bertin <camille.bertin@atlantique-surgeles.fr>", "Re: Entretien - Planificatrice supply (Carquefou)",
        when, PARIS, "<0c2e9b7a-5d14-4f0e-8a3b-7e6f1d2c9b80@atlantique-surgeles.fr>",
        relay="from mx.atlantique-surgeles.fr (mx.atlantique-surgeles.fr [185.31.40.12])", qid="4SgR1c6vTxz1",
        extra=(("In-Reply-To", "<CAGLg2uX7p3bQ@mail.example.org>"),)),
        text(body, cte="base64"))


@mail(n(8), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-12-04T09:30:00Z", end="2026-12-04T10:15:00Z", contact="s.vandenbroucke@merdunord-traiteur.be",
      company="Mer du Nord Traiteur", local="Fri 2026-12-04 10:30", local_end="2026-12-04 11:15",
      zone="Europe/Brussels",
      note="Belgian employer via SmartRecruiters: 'ven. 4 déc. 2026, 10:30 – 11:15 (heure de Bruxelles)' = CET (+0100) "
           "-> 09:30Z-10:15Z; ICS TZID=Europe/Brussels agrees; sender is noreply, contact = recruiter in the body")
def p08() -> bytes:
    when = "2026-11-26 14:03:27"
    body = t("""
        Bonjour Gaëlle,

        Merci pour votre intérêt pour Mer du Nord Traiteur ! Votre entretien est confirmé :

        Fonction : Planificatrice de production (Ostende / télétravail partiel)
        Quand : ven. 4 déc. 2026, 10:30 – 11:15 (heure de Bruxelles)
        Où : Microsoft Teams (le lien figure dans l'invitation jointe)
        Avec : Pieter Claeys, Plant Manager, et Sophie Vandenbroucke, Talent Acquisition

        L'entretien se déroulera en français ; Pieter vous posera peut-être une ou deux questions en néerlandais, pas de stress.

        Des questions ? Sophie Vandenbroucke – s.vandenbroucke@merdunord-traiteur.be – GSM +32 470 00 19 92

        À tantôt,
        L'équipe Talent de Mer du Nord Traiteur

        Ce message vous est envoyé par SmartRecruiters pour le compte de Mer du Nord Traiteur SA. Ne répondez pas à ce message.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#27313b">
        <table width="600" align="center"><tr><td>
        <p>Bonjour Gaëlle,</p>
        <p>Merci pour votre intérêt pour Mer du Nord Traiteur ! Votre entretien est confirmé :</p>
        <p><b>Fonction</b> : Planificatrice de production (Ostende / télétravail partiel)<br>
        <b>Quand</b> : ven. 4 déc. 2026, 10:30 – 11:15 (heure de Bruxelles)<br>
        <b>Où</b> : Microsoft Teams (le lien figure dans l'invitation jointe)<br>
        <b>Avec</b> : Pieter Claeys, Plant Manager, et Sophie Vandenbroucke, Talent Acquisition</p>
        <p>L'entretien se déroulera en français ; Pieter vous posera peut-être une ou deux questions en néerlandais, pas de stress.</p>
        <p>Des questions ? Sophie Vandenbroucke – <a href="mailto:s.vandenbroucke@merdunord-traiteur.be">s.vandenbroucke@merdunord-traiteur.be</a> – GSM +32 470 00 19 92</p>
        <p>À tantôt,<br>L'équipe Talent de Mer du Nord Traiteur</p>
        <p style="font-size:11px;color:#8a96a3">Ce message vous est envoyé par SmartRecruiters pour le compte de Mer du Nord Traiteur SA. Ne répondez pas à ce message.</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduler//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:sr-3b0d7f7e-2a61-4e8c-b1a2-09d4c7e5f6a3
DTSTAMP:20261126T130327Z
DTSTART;TZID=Europe/Brussels:20261204T103000
DTEND;TZID=Europe/Brussels:20261204T111500
SUMMARY:Entretien Mer du Nord Traiteur – Gaëlle Le Goff
DESCRIPTION:Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4
LOCATION:Microsoft Teams
ORGANIZER;CN=Sophie Vandenbroucke:mailto:s.vandenbroucke@merdunord-traiteur.be
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:{ME}
END:VEVENT""", tz=cet_vtz("Europe/Brussels"))
    return message(head(
        addr("Mer du Nord Traiteur", "noreply@smartrecruiters.com"), "Entretien confirmé : Planificatrice de production",
        when, "Europe/Brussels", "<20261126130327.1a2b3c4d5e.sr-mailer@smartrecruiters.com>",
        relay="from mta-12.smartrecruiters.com (mta-12.smartrecruiters.com [52.214.81.90])", qid="4T1dXq0pLhz6"),
        mixed(alt(text(body), html(page)),
              calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


@mail(n(9), family="workable", lang="fr", interview=True, kind="scheduled",
      start="2026-11-04T14:00:00Z", end="2026-11-04T14:45:00Z", contact="catherine.thibodeau@boreale-mer.ca",
      company="Poissonnerie Boréale", local="Wed 2026-11-04 09:00", local_end="2026-11-04 09:45",
      zone="America/Toronto",
      note="Québec employer, Workable: 'mercredi 4 novembre à 9 h (heure de l'Est, Montréal)', 45 minutes. DST edge: sent "
           "Fri 30 Oct in EDT (-0400) but Montréal is on EST (-0500) from Sun 1 Nov -> 14:00Z-14:45Z (= 15 h in Paris, "
           "CET). Reply-To is a Workable relay, contact = the recruiter's address in the body")
def p09() -> bytes:
    when = "2026-10-30 15:22:48"
    body = t("""
        Bonjour Gaëlle,

        Merci d'avoir choisi une plage horaire! Votre entrevue est confirmée.

        Poste : Coordonnatrice de la planification de la production (télétravail, équipe Montréal-Bretagne)
        Date : mercredi 4 novembre 2026
        Heure : 9 h à 9 h 45 (heure de l'Est, Montréal) - soit 15 h à 15 h 45 à Paris
        Durée : 45 minutes
        Format : visioconférence Google Meet - https://meet.google.com/bor-eale-nov

        Vous rencontrerez Jean-François Gagnon, directeur des opérations de l'usine de Rimouski.

        Pour toute question, écrivez à Catherine Thibodeau, conseillère en acquisition de talents :
        catherine.thibodeau@boreale-mer.ca

        Au plaisir,
        Poissonnerie Boréale inc.

        Ce courriel a été envoyé via Workable.
        """)
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n"))
    page = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n' + page
            + "</body></html>\n")
    return message(head(
        addr("Poissonnerie Boréale", "noreply@candidates.workablemail.com"),
        "Entrevue confirmée - Coordonnatrice de la planification de la production", when, "America/Toronto",
        "<d41f9c2a8e7b4b3c.20261030192248@candidates.workablemail.com>",
        relay="from mail-190-12.workablemail.com (mail-190-12.workablemail.com [198.2.190.12])", qid="4Sk9r3xWz0z4",
        extra=(("Reply-To", "poissonnerie-boreale+a3f9c21e7@candidates.workablemail.com"),)),
        alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(10), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T13:00:00Z", end="2026-12-01T14:00:00Z", contact="jana.petersen@nordlicht-aqua.de",
      company="Nordlicht Aquakultur", local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00",
      zone="Europe/Berlin",
      note="Personio: the body says only 'your interview invitation is attached'; the time is only in the ICS, "
           "DTSTART;TZID=Europe/Berlin 20261201T140000, DTEND 15:00, CET (+0100) -> 13:00Z-14:00Z; contact = Reply-To "
           "and ORGANIZER")
def p10() -> bytes:
    when = "2026-11-23 10:41:19"
    body = t("""
        Dear Gaëlle,

        Thank you for your application as Production Planner (Remote, EU) at Nordlicht Aquakultur GmbH.

        We are happy to invite you to a video interview. Please find the invitation attached and add it to
        your calendar; the Microsoft Teams link is included in the invitation.

        You will meet Lars Behrens (Head of Operations) and Jana Petersen (People & Culture).

        If the appointment does not suit you, please reply to this e-mail.

        Kind regards
        Jana Petersen
        People & Culture

        Nordlicht Aquakultur GmbH · Am Sandtorkai 12 · 20457 Hamburg
        Amtsgericht Hamburg HRB 000000 · Geschäftsführer: Dr. Malte Jensen
        """)
    ics = vcal("-//Personio GmbH//Personio Recruiting//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:personio-interview-7781265-3@personio.de
DTSTAMP:20261123T094119Z
DTSTART;TZID=Europe/Berlin:20261201T140000
DTEND;TZID=Europe/Berlin:20261201T150000
SUMMARY:Interview Gaëlle Le Goff – Production Planner (Remote\\, EU)
DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nordlicht
LOCATION:Microsoft Teams
ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@nordlicht-aqua.de
ATTENDEE;CN=Lars Behrens;ROLE=REQ-PARTICIPANT:mailto:lars.behrens@nordlicht-aqua.de
ATTENDEE;CN=Gaëlle Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT""", tz=cet_vtz("Europe/Berlin"))
    return message(head(
        "Nordlicht Aquakultur GmbH <noreply@personio.de>", "Invitation: Interview – Production Planner (Remote, EU)",
        when, "Europe/Berlin", "<personio.7781265.1795426879@mailer.personio.de>",
        relay="from mailer.personio.de (mailer.personio.de [3.120.45.77])", qid="4T0fGm8KcJz2",
        extra=(("Reply-To", "Jana Petersen <jana.petersen@nordlicht-aqua.de>"),)),
        mixed(text(body),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="calendly", lang="fr", interview=True, kind="scheduled",
      start="2026-10-06T09:00:00Z", end="2026-10-06T09:30:00Z", contact="maelys.guillou@audierne-peche.fr",
      company="Pêcheries d'Audierne", local="Tue 2026-10-06 11:00", local_end="2026-10-06 11:30", zone=PARIS,
      note="Calendly invitee confirmation in French: '11:00 - 11:30, mardi 6 octobre 2026', zone 'Europe/Paris' "
           "(CEST, +0200) -> 09:00Z-09:30Z; ICS agrees; contact = host's Reply-To (sender notifications@calendly.com)")
def p11() -> bytes:
    when = "2026-10-01 21:07:55"
    body = t("""
        Bonjour Gaëlle Le Goff,

        Un nouvel événement a été planifié.

        Type d'événement :
        Entretien téléphonique - 30 min

        Organisatrice :
        Maëlys Guillou

        Date et heure :
        11:00 - 11:30, mardi 6 octobre 2026 (heure d'été d'Europe centrale - Europe/Paris)

        Lieu :
        Maëlys vous appellera au +33 6 00 00 00 00

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/7e1b2c0d-4f5a
        Replanifier : https://calendly.com/reschedulings/7e1b2c0d-4f5a

        Powered by Calendly.com
        """)
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n"))
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:7e1b2c0d-4f5a-4c39-9a3e-44a1c0d2b5e6@calendly.com
DTSTAMP:20261001T190755Z
DTSTART:{z("2026-10-06 11:00", PARIS)}
DTEND:{z("2026-10-06 11:30", PARIS)}
SUMMARY:Entretien téléphonique - 30 min entre Maëlys Guillou et Gaëlle Le Goff
ORGANIZER;CN=Maëlys Guillou:mailto:maelys.guillou@audierne-peche.fr
ATTENDEE;CN=Gaëlle Le Goff;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT""")
    return message(head(
        "Calendly <notifications@calendly.com>",
        "Confirmé : Entretien téléphonique - 30 min avec Maëlys Guillou le mardi 6 octobre 2026",
        when, PARIS, "<0101019a4c2e1f3b-9c2d6a4e-calendly-3e7f@us-west-2.amazonses.com>",
        relay="from mail17.calendly.com (mail17.calendly.com [168.245.9.17])", qid="4S0gHd1pVwz8",
        extra=(("Reply-To", addr("Maëlys Guillou", "maelys.guillou@audierne-peche.fr")),)),
        mixed(alt(text(body), html(f"<html><body>{page}</body></html>\n")),
              calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-12-08T13:00:00Z", end="2026-12-08T13:45:00Z", contact=None, company="Port-Brest Services",
      local="Tue 2026-12-08 14:00", local_end="2026-12-08 14:45", zone=PARIS,
      note="Microsoft Bookings from a shared mailbox: 'mardi 8 décembre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris', 45 minutes -> 13:00Z-13:45Z; ICS TZID 'Romance Standard Time'; staff named but no personal "
           "address, the Bookings mailbox is not a person -> contact null")
def p12() -> bytes:
    when = "2026-12-02 08:12:40"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Gaëlle Le Goff,</p>
        <p>Merci d'avoir réservé auprès de <b>Port-Brest Services – Recrutement</b>.</p>
        <table>
        <tr><td>Service</td><td>Entretien de recrutement – Planificateur·rice logistique portuaire</td></tr>
        <tr><td>Date et heure</td><td>mardi 8 décembre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Durée</td><td>45 minutes</td></tr>
        <tr><td>Personnel</td><td>Nolwenn Abgrall</td></tr>
        <tr><td>Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_PBS">Rejoindre la réunion</a></p>
        <p>Gérer la réservation : <a href="https://outlook.office365.com/owa/calendar/RecrutementPBS@portbrestservices.onmicrosoft.com/bookings/">modifier ou annuler</a></p>
        <p style="color:#605e5c;font-size:12px">Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", f"""
BEGIN:VEVENT
ORGANIZER;CN=Port-Brest Services – Recrutement:mailto:RecrutementPBS@portbrestservices.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gaëlle Le Goff:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – Planificateur·rice logistique portuaire
UID:040000008200E00074C5B7101A82E008000000004B6C0E9D2F86DC01000000000000000010000000
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Port-Brest Services
DTSTART;TZID=Romance Standard Time:20261208T140000
DTEND;TZID=Romance Standard Time:20261208T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261202T071240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", tz=ROMANCE)
    return message(head(
        addr("Port-Brest Services – Recrutement", "RecrutementPBS@portbrestservices.onmicrosoft.com"),
        "Rendez-vous confirmé : Entretien de recrutement – Planificateur·rice logistique portuaire",
        when, PARIS, "<AM9P192MB1180D7E2B05C4F1A8C3D1@AM9P192MB1180.EURP192.PROD.OUTLOOK.COM>",
        relay="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2070.outbound.protection.outlook.com"
              " [40.107.249.70])", qid="4T5kWb2rNdz3"),
        multipart("mixed", alt(html(page, cte="base64"), calendar(ics, cte="base64"))))


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T11:00:00Z", end="2026-10-29T11:45:00Z", contact="ines.carvalho@marealta.pt",
      company="Maré Alta Seafood", local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:45", zone="Europe/Lisbon",
      note="Ashby: 'Thursday, October 29, 2026 11:00 AM - 11:45 AM WET (Lisbon)'. DST edge: mail sent Thu 22 Oct in "
           "WEST (+0100); Lisbon is on WET (+0000) from 25 Oct -> 11:00Z-11:45Z (noon in Paris); ICS in UTC agrees; "
           "contact = Reply-To")
def p13() -> bytes:
    when = "2026-10-22 16:48:02"
    body = t("""
        Hi Gaëlle,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026, 11:00 AM - 11:45 AM WET (Lisbon)
        Google Meet: https://meet.google.com/mar-ealt-aoct

        You'll meet with:
          Rui Mendes - VP Operations
          Inês Carvalho - Senior Recruiter

        Heads-up: Portugal changes to winter time on October 25, so this is 12:00 PM in Paris.

        Questions? Just reply and it will reach Inês Carvalho.

        Thanks,
        Maré Alta Seafood Recruiting
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d
DTSTAMP:20261022T154802Z
DTSTART:20261029T110000Z
DTEND:20261029T114500Z
SEQUENCE:0
SUMMARY:Maré Alta Seafood – Operations Planning Manager Interview
LOCATION:https://meet.google.com/mar-ealt-aoct
ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@marealta.pt
ATTENDEE;CN=Gaëlle Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT""")
    return message(head(
        addr("Maré Alta Seafood", "no-reply@ashbyhq.com"),
        "Interview confirmed: Operations Planning Manager at Maré Alta Seafood", when, "Europe/Lisbon",
        "<010001929c4e7a21-5d7e2b1c-ashby-4f0a-9d3e-000000@email.amazonses.com>",
        relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", qid="4SMb3t9QfXz1",
        extra=(("Reply-To", addr("Inês Carvalho", "ines.carvalho@marealta.pt")),)),
        mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="exchange", lang="fr", interview=True, kind="scheduled",
      start="2026-11-10T15:00:00Z", end="2026-11-10T16:00:00Z", contact="thomas.guerin@nam-maree.fr",
      company="Nantes Atlantique Marée", local="Tue 2026-11-10 16:00", local_end="2026-11-10 17:00", zone=PARIS,
      note="Exchange / Teams meeting request from the hiring manager: 'mardi 10 novembre 2026 16:00-17:00 (UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris', ICS TZID 'Romance Standard Time' -> 15:00Z-16:00Z; contact = sender "
           "and ORGANIZER")
def p14() -> bytes:
    when = "2026-11-04 11:26:09"
    body = t("""
        Quand : mardi 10 novembre 2026 16:00-17:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Gaëlle,

        Comme convenu au téléphone avec Julie (RH), je vous envoie l'invitation pour notre entretien. Nous serons deux : moi-même et Karine Morvan, responsable supply chain. Prévoyez de nous présenter en 10 minutes un exemple de plan de production que vous avez construit (sans données confidentielles bien sûr).

        Thomas Guérin
        Directeur industriel - Nantes Atlantique Marée

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1>
        ID de la réunion : 318 442 905 117
        Code secret : x7Pq2M
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", f"""
BEGIN:VEVENT
ORGANIZER;CN=Thomas Guérin:mailto:thomas.guerin@nam-maree.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gaëlle Le Goff:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karine Morvan:mailto:karine.morvan@nam-maree.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien - Responsable planification
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C485DC01000000000000000010000000A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-FR:Entretien Gaëlle Le Goff - Responsable planification
DTSTART;TZID=Romance Standard Time:20261110T160000
DTEND;TZID=Romance Standard Time:20261110T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T102609Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1201431290
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:thomas.guerin@nam-maree.fr
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT""", tz=ROMANCE)
    return message(head(
        addr("Thomas Guérin", "thomas.guerin@nam-maree.fr"), "Entretien - Responsable planification",
        when, PARIS, "<PAXP193MB17E5A0C2D14B9F7C6E3A9@PAXP193MB1753.EURP193.PROD.OUTLOOK.COM>",
        relay="from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2121.outbound.protection.outlook.com"
              " [40.107.103.121])", qid="4SQ8tN3kCvz5",
        extra=(("Thread-Topic", "Entretien - Responsable planification"), ("Content-Language", "fr-FR"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z", contact="megan.orourke@bluewaterprovisions.com",
      company="Bluewater Provisions", local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00",
      zone="America/New_York",
      note="GoodTime panel: 'Monday, November 2, 2026, 10:00 AM - 11:00 AM EST (4:00 PM - 5:00 PM CET)'. DST edge: sent "
           "Wed 28 Oct in EDT (-0400); US back to EST (-0500) on Sun 1 Nov -> 15:00Z-16:00Z; ICS agrees; contact = "
           "Reply-To coordinator")
def p15() -> bytes:
    when = "2026-10-28 13:40:21"
    body = t("""
        Hi Gaëlle,

        Your interview with Bluewater Provisions has been scheduled. Please see the details below.

        Role: Senior Production Scheduler - Remote (EMEA)

        Monday, November 2, 2026
        10:00 AM - 11:00 AM EST (4:00 PM - 5:00 PM CET)

          10:00 AM - 10:30 AM  Kevin Doyle, Director of Plant Operations
          10:30 AM - 11:00 AM  Priya Natarajan, S&OP Manager

        Join Zoom Meeting: https://bluewaterprovisions.zoom.us/j/91833407726

        Please note the US clocks go back on Sunday, November 1, so the time difference with France
        is 6 hours again by then.

        If you have questions, reply to this email to reach Megan O'Rourke, Recruiting Coordinator.

        Good luck!
        Bluewater Provisions Talent Team

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Gaëlle,</p>
        <p>Your interview with Bluewater Provisions has been scheduled. Please see the details below.</p>
        <p><b>Role:</b> Senior Production Scheduler - Remote (EMEA)</p>
        <p><b>Monday, November 2, 2026</b><br>10:00 AM - 11:00 AM EST (4:00 PM - 5:00 PM CET)</p>
        <table><tr><td>10:00 AM - 10:30 AM</td><td>Kevin Doyle, Director of Plant Operations</td></tr>
        <tr><td>10:30 AM - 11:00 AM</td><td>Priya Natarajan, S&amp;OP Manager</td></tr></table>
        <p><a href="https://bluewaterprovisions.zoom.us/j/91833407726">Join Zoom Meeting</a></p>
        <p>Please note the US clocks go back on Sunday, November 1, so the time difference with France is 6 hours again by then.</p>
        <p>If you have questions, reply to this email to reach Megan O'Rourke, Recruiting Coordinator.</p>
        <p>Good luck!<br>Bluewater Provisions Talent Team</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = vcal("-//GoodTime.io//GoodTime//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:goodtime-8c1e55b0-interview@goodtime.io
DTSTAMP:20261028T174021Z
DTSTART;TZID=America/New_York:20261102T100000
DTEND;TZID=America/New_York:20261102T110000
SUMMARY:Interview: Senior Production Scheduler - Bluewater Provisions
LOCATION:https://bluewaterprovisions.zoom.us/j/91833407726
ORGANIZER;CN=Megan O'Rourke:mailto:megan.orourke@bluewaterprovisions.com
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:{ME}
END:VEVENT""", tz="""BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
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
END:VTIMEZONE""")
    return message(head(
        "Bluewater Provisions <notifications@goodtime.io>", "Interview Confirmation - Bluewater Provisions",
        when, "America/New_York", "<gt.20261028174021.5f8a2c@goodtime.io>",
        relay="from o3.email.goodtime.io (o3.email.goodtime.io [149.72.163.8])", qid="4SMwTq7bHfz2",
        extra=(("Reply-To", "Megan O'Rourke <megan.orourke@bluewaterprovisions.com>"),)),
        mixed(alt(text(body), html(page)), calendar(ics, cte="base64", filename="invite.ics",
                                                    disposition="attachment")))


@mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T14:00:00Z", contact="dana@harborline.io", company="Harborline Analytics",
      local="Wed 2026-10-28 10:00", zone="America/New_York",
      note="Recruiter's plain mail with a pasted Zoom block: 'tomorrow' from Tue 27 Oct = Wed 28 Oct, 'Time: Oct 28, 2026 "
           "10:00 AM Eastern Time (US and Canada)' = EDT (-0400, US DST until 1 Nov) -> 14:00Z; the week when Paris is "
           "already CET, so 3:00 PM in Quimper (she says so); 'about 30 minutes' -> end null")
def p16() -> bytes:
    when = "2026-10-27 08:15:44"
    body = t("""
        Hi Gaëlle,

        Confirming our chat tomorrow - thanks for grabbing a slot so quickly. Heads-up that the clocks
        are out of sync this week (you've already changed, we haven't), so 10am my time is 3pm for you
        in Quimper, not 4pm. It'll be about 30 minutes, pretty informal: the team, the role, your
        questions.

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Harborline x Gaëlle Le Goff - Supply Planning Analyst
        Time: Oct 28, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborline.zoom.us/j/86120554493?pwd=Yk9xR0lDa2pS

        Meeting ID: 861 2055 4493
        Passcode: 551203

        ---

        Talk soon,
        Dana

        Dana Whitfield | Talent Lead | Harborline Analytics
        dana@harborline.io
        """)
    return message(head(
        "Dana Whitfield <dana@harborline.io>", "Tomorrow's chat + Zoom link", when, "America/New_York",
        "<CAM3kq9Vb7xN2pR_tomorrow+x=Qw@mail.gmail.com>",
        relay="from mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])", qid="4SMcB21yRwz7"),
        alt(text(body), html(gmail_html(body))))


@mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-09-11T08:30:00Z", end="2026-09-11T09:15:00Z", contact="callum.reid@cormorantmarine.co.uk",
      company="Cormorant Marine Foods", local="Fri 2026-09-11 09:30", local_end="2026-09-11 10:15",
      zone="Europe/London", days=(("Thu", "2026-09-10"),),
      note="iCIMS reschedule with old and new times: was Thursday 10 September 14:00 BST, now 'Friday 11 September 2026, "
           "09:30 - 10:15 (UK time, BST)' -> UTC+1 -> 08:30Z-09:15Z (10:30 in Quimper); label = new time; contact = "
           "recruiter's address in the body")
def p17() -> bytes:
    when = "2026-09-07 11:12:03"
    body = t("""
        Dear Gaëlle,

        Please note that your interview for the position of Production Planning Manager (Req 2026-1184,
        Peterhead / hybrid) has been RESCHEDULED.

        Previous time:  Thursday 10 September 2026, 14:00 (UK time, BST)
        New time:       Friday 11 September 2026, 09:30 - 10:15 (UK time, BST)

        Interviewers: Alistair Grant (Site Director) and Callum Reid (Talent Acquisition)
        Format: Microsoft Teams - the joining link will follow in a separate calendar invitation.

        If the new time is not suitable, please contact Callum Reid at callum.reid@cormorantmarine.co.uk.

        Kind regards,

        Cormorant Marine Foods Talent Acquisition

        This is an automated message from iCIMS. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Dear Gaëlle,</p>
        <p>Please note that your interview for the position of <b>Production Planning Manager</b> (Req 2026-1184, Peterhead / hybrid) has been <b>RESCHEDULED</b>.</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><td>Previous time</td><td><s>Thursday 10 September 2026, 14:00 (UK time, BST)</s></td></tr>
        <tr><td>New time</td><td><b>Friday 11 September 2026, 09:30 - 10:15 (UK time, BST)</b></td></tr>
        </table>
        <p>Interviewers: Alistair Grant (Site Director) and Callum Reid (Talent Acquisition)<br>
        Format: Microsoft Teams - the joining link will follow in a separate calendar invitation.</p>
        <p>If the new time is not suitable, please contact Callum Reid at <a href="mailto:callum.reid@cormorantmarine.co.uk">callum.reid@cormorantmarine.co.uk</a>.</p>
        <p>Kind regards,<br>Cormorant Marine Foods Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is an automated message from iCIMS. Please do not reply.</p>
        </body></html>
        """)
    return message(head(
        "Cormorant Marine Foods <cormorantmarinefoods@talent.icims.com>",
        "Interview Rescheduled: Production Planning Manager", when, "Europe/London",
        "<1694081523.88231.icims.CMF.2026-1184@talent.icims.com>",
        relay="from smtp-out3.icims.com (smtp-out3.icims.com [69.46.112.13])", qid="4RkM9f0sZqz6"),
        alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(18), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-02T12:30:00Z", end="2026-10-02T13:30:00Z", contact="ronan.kerherve@quimper-mareefraiche.fr",
      company="Quimper Marée Fraîche", local="Fri 2026-10-02 14:30", local_end="2026-10-02 15:30", zone=PARIS,
      days=(("Thu", "2026-10-01"),),
      note="Google Calendar 'Invitation mise à jour' in French: was 'jeu. 1 oct. 2026 14:00 – 15:00', now 'ven. 2 oct. "
           "2026 14:30 – 15:30 (heure d'été d'Europe centrale - Paris)' -> CEST (+0200) -> 12:30Z-13:30Z; ICS SEQUENCE:1 "
           "agrees; contact = organizer (hiring manager)")
def p18() -> bytes:
    when = "2026-09-28 17:55:12"
    body = t("""
        Cet événement a été modifié.

        Entretien Gaëlle Le Goff - Adjointe planification
        Quand
        Modifié : ven. 2 oct. 2026 14:30 – 15:30 (heure d'été d'Europe centrale - Paris)
        Ancienne date : jeu. 1 oct. 2026 14:00 – 15:00

        Où
        Quimper Marée Fraîche, ZA de Kerdroniou, 29000 Quimper (salle du 1er)

        Participer avec Google Meet
        https://meet.google.com/qmf-ktrq-vpa

        Invités
        Ronan Kerhervé - organisateur
        ronan.kerherve@quimper-mareefraiche.fr
        gaelle.legoff@example.org

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NmJxZ2...

        Répondre pour gaelle.legoff@example.org : Oui - Peut-être - Non

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.
        """)
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n"))
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261002T143000
DTEND;TZID=Europe/Paris:20261002T153000
DTSTAMP:20260928T155512Z
ORGANIZER;CN=Ronan Kerhervé:mailto:ronan.kerherve@quimper-mareefraiche.fr
UID:6bqg2k1r7mop0c9vqt3n8h0e5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ronan Kerhervé;X-NUM-GUESTS=0:mailto:ronan.kerherve@quimper-mareefraiche.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260921T091502Z
DESCRIPTION:Participer avec Google Meet : https://meet.google.com/qmf-ktrq-vpa
LAST-MODIFIED:20260928T155511Z
LOCATION:Quimper Marée Fraîche\\, ZA de Kerdroniou\\, 29000 Quimper
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien Gaëlle Le Goff - Adjointe planification
TRANSP:OPAQUE
END:VEVENT""", tz=PARIS_VTZ)
    subject = ("Invitation mise à jour : Entretien Gaëlle Le Goff - Adjointe planification @ ven. 2 oct. 2026 "
               "14:30 - 15:30 (CEST) (gaelle.legoff@example.org)")
    return message(head(
        addr("Ronan Kerhervé", "ronan.kerherve@quimper-mareefraiche.fr"), subject, when, PARIS,
        "<calendar-8f2e1c7a-4b3d-4e5f-a6b7-c8d9e0f1a2b3@google.com>",
        relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", qid="4Rz5Vq2mNbz1",
        extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
               ("Reply-To", addr("Ronan Kerhervé", "ronan.kerherve@quimper-mareefraiche.fr")))),
        mixed(alt(text(body), html(f"<html><body>{page}</body></html>\n"), calendar(ics, cte="quoted-printable")),
              calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(19), family="taleo", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-23T13:00:00Z", contact="pauline.marchand@agromer-groupe.fr", company="Groupe Agromer",
      local="Mon 2026-11-23 14:00", zone=PARIS, days=(("Thu", "2026-11-19"),),
      note="Taleo, iso-8859-1 quoted-printable text plus an all-day ICS (VALUE=DATE 2026-11-23, the hour only in the text "
           "and the SUMMARY): 'initialement prévu le jeudi 19/11 à 11h00 est reporté au "
           "lundi 23/11/2026 à 14h00 (heure de Paris)' -> CET (+0100) -> 13:00Z; no length -> end null; contact = "
           "'Votre contact' address in the body")
def p19() -> bytes:
    when = "2026-11-17 16:02:45"
    body = t("""
        Madame,

        Suite à un impératif de notre part, votre entretien pour le poste de Responsable Ordonnancement
        Produits de la Mer (réf. 2600731), initialement prévu le jeudi 19/11 à 11h00, est reporté au :

            lundi 23/11/2026 à 14h00 (heure de Paris)
            Groupe Agromer - Direction industrielle, 3 rue de la Mabilais, 35000 Rennes

        Merci de confirmer votre présence en répondant à votre contact ci-dessous.

        Votre contact : Pauline Marchand - pauline.marchand@agromer-groupe.fr - 02 99 00 18 40

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Le Service Recrutement
        Groupe Agromer

        --
        Ce message a été généré automatiquement. Merci de ne pas répondre à cette adresse.
        """)
    ics = vcal("-//Oracle//Taleo Enterprise//FR", "REQUEST", f"""
BEGIN:VEVENT
UID:taleo-agromer-2600731-iv2@taleo.net
DTSTAMP:20261117T150245Z
DTSTART;VALUE=DATE:20261123
DTEND;VALUE=DATE:20261124
SUMMARY:Entretien Groupe Agromer - 14h00 - Responsable Ordonnancement
LOCATION:3 rue de la Mabilais\\, 35000 Rennes
ORGANIZER;CN=Pauline Marchand:mailto:pauline.marchand@agromer-groupe.fr
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:{ME}
SEQUENCE:1
END:VEVENT""")
    cs = "iso-8859-1"
    return message(head(
        "Groupe Agromer <agromer@taleo.net>", "Report de votre entretien - Responsable Ordonnancement (2600731)",
        when, PARIS, "<1079512365.73312.1795446165102.JavaMail.taleo@tlpweb04>",
        relay="from mail.taleo.net (mail.taleo.net [148.87.220.65])", qid="4ScV7n1xKpz9", charset=cs),
        mixed(text(body, charset=cs),
              calendar(ics, cte="quoted-printable", filename="entretien_2600731.ics", disposition="attachment")))


@mail(n(20), family="exchange", lang="fr", interview=True, kind="cancelled",
      start="2026-12-04T08:30:00Z", end="2026-12-04T09:30:00Z", contact="as.kerjean@iroise-frais.fr",
      company="Iroise Frais Logistique", local="Fri 2026-12-04 09:30", local_end="2026-12-04 10:30", zone=PARIS,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Romance Standard Time') of 'vendredi 4 décembre "
           "2026 09:30-10:30', CET (+0100) -> 08:30Z-09:30Z; the post is frozen, no new time; contact = organizer")
def p20() -> bytes:
    when = "2026-11-30 18:20:33"
    body = t("""
        Quand : vendredi 4 décembre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Iroise Frais Logistique - Brest, salle Ouessant

        *~*~*~*~*~*~*~*~*~*

        Bonjour Gaëlle,

        Je suis vraiment désolée, je dois annuler notre entretien de vendredi : la direction vient de geler le recrutement sur ce poste jusqu'au budget 2027. Je reviens vers vous dès que j'ai de la visibilité, en janvier au plus tard.

        Bien à vous,
        Anne-Sophie Kerjean
        Responsable RH - Iroise Frais Logistique
        """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", f"""
BEGIN:VEVENT
ORGANIZER;CN=Anne-Sophie Kerjean:mailto:as.kerjean@iroise-frais.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gaëlle Le Goff:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Entretien planificateur transport
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Gaëlle Le Goff / Planification transport
DTSTART;TZID=Romance Standard Time:20261204T093000
DTEND;TZID=Romance Standard Time:20261204T103000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261130T172033Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Iroise Frais Logistique - Brest\\, salle Ouessant
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT""", tz=ROMANCE)
    return message(head(
        addr("Anne-Sophie Kerjean", "as.kerjean@iroise-frais.fr"),
        "Annulé : Entretien Gaëlle Le Goff / Planification transport", when, PARIS,
        "<DB9P194MB1442C0A1F3E2D7B8A6C5@DB9P194MB1442.EURP194.PROD.OUTLOOK.COM>",
        relay="from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2098.outbound.protection.outlook.com"
              " [40.107.6.98])", qid="4T3qYr8vLcz4",
        extra=(("Importance", "high"), ("Content-Language", "fr-FR"))),
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(21), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-12-11T13:00:00Z", contact="loic.tanguy@saumons-odet.fr", company="Saumons de l'Odet",
      local="Fri 2026-12-11 14:00", zone=PARIS,
      note="Phone-written cancellation, tutoiement: sent Thu 10 Dec 07:50, 'je dois annuler demain 14h' = Fri 11 Dec 14:00 "
           "Paris CET (+0100) -> 13:00Z (the cancelled slot); 'je te rappelle lundi pour caler autre chose' gives no "
           "new time; contact = sender")
def p21() -> bytes:
    when = "2026-12-10 07:50:18"
    body = t("""
        Gaëlle,
        désolé je dois annuler demain 14h, la ligne 3 du fumage est en rade depuis cette nuit et je suis d'astreinte tout le week end. Je te rappelle lundi pour caler autre chose, promis c'est pas un enterrement du poste !
        Loïc

        --
        Loïc Tanguy
        Resp. production - Saumons de l'Odet
        Envoyé depuis mon mobile
        """)
    return message(head(
        "=?utf-8?q?Lo=C3=AFc_Tanguy?= <loic.tanguy@saumons-odet.fr>", "Demain", when, PARIS,
        "<8d2a55f1-2c3b-4e6a-9f70-1b5e0c7d3a29@saumons-odet.fr>",
        relay="from smtp.saumons-odet.fr (smtp.saumons-odet.fr [62.210.118.44])", qid="4TBx0v2pKmz8",
        extra=(("X-Mailer", "Android Mail 6.2"),)),
        text(body, cte="quoted-printable"))


@mail(n(22), family="recruitee", lang="fr", interview=True, kind="cancelled",
      start="2026-10-22T08:30:00Z", contact="mathilde.leroux@kerlann-algues.fr", company="Kerlann Algues",
      local="Thu 2026-10-22 10:30", zone=PARIS, days=(("Tue", "2026-10-27"),),
      note="Recruitee cancellation of 'jeudi 22 octobre à 10h30' (Paris CEST, +0200 -> 08:30Z, the cancelled slot); a new "
           "slot is only proposed ('mardi 27 à 10h ... merci de nous confirmer'), not fixed, so cancelled, not "
           "rescheduled; contact = Reply-To recruiter")
def p22() -> bytes:
    when = "2026-10-19 12:07:59"
    body = t("""
        Bonjour Gaëlle,

        Nous sommes au regret de devoir annuler votre entretien du jeudi 22 octobre à 10h30 pour le poste de
        Planificateur·rice de production (Pleubian). Notre directrice de production sera retenue par un audit
        client imprévu ce jour-là.

        Nous aimerions vous rencontrer malgré tout : seriez-vous disponible le mardi 27 à 10h à la place ?
        Merci de nous confirmer par retour de mail ; à défaut, nous vous proposerons d'autres créneaux.

        Toutes nos excuses pour ce changement,

        Mathilde Le Roux
        Talent Acquisition - Kerlann Algues

        Envoyé via Recruitee
        """)
    page = "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in body.split("\n\n"))
    return message(head(
        "Kerlann Algues <no-reply@recruitee.com>", "Annulation de votre entretien du jeudi 22 octobre",
        when, PARIS, "<20261019100759.66a1.recruitee-kerlann-4471@mailer.recruitee.com>",
        relay="from mailer.recruitee.com (mailer.recruitee.com [185.199.220.14])", qid="4SHjP5nXwbz3",
        extra=(("Reply-To", "Mathilde Le Roux <mathilde.leroux@kerlann-algues.fr>"),)),
        alt(text(body), html(f'<html><body style="font-family:Arial">{page}</body></html>\n')))


@mail(n(23), family="join", lang="fr", interview=True, kind="scheduled",
      start="2026-11-19T09:00:00Z", end="2026-11-19T09:45:00Z", contact="servane.lefloch@fumaison-dz.fr",
      company="Fumaison de Douarnenez", local="Thu 2026-11-19 10:00", local_end="2026-11-19 10:45", zone=PARIS,
      note="Forward to self (phone address -> main inbox) of a JOIN confirmation attached as message/rfc822: 'jeudi 19 "
           "novembre 2026, 10:00 – 10:45 (Europe/Paris)', CET (+0100) -> 09:00Z-09:45Z; contact = the interviewer's "
           "address in the forwarded body (never the candidate, never noreply@join.com)")
def p23() -> bytes:
    inner_when = "2026-11-13 16:44:02"
    inner_body = t("""
        Bonjour Gaëlle,

        Bonne nouvelle ! Fumaison de Douarnenez a confirmé votre entretien.

        Poste : Planificateur de production (H/F) - CDI - Douarnenez
        Date : jeudi 19 novembre 2026
        Heure : 10:00 – 10:45 (Europe/Paris)
        Lieu : 12 quai du Port-Rhu, 29100 Douarnenez
        Votre interlocutrice : Servane Le Floc'h, gérante (servane.lefloch@fumaison-dz.fr)

        Nous vous souhaitons bonne chance !
        Votre équipe JOIN

        JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
        """)
    inner = message([
        ("From", "Fumaison de Douarnenez via JOIN <noreply@join.com>"),
        ("To", addr(ME_NAME, "gaelle.legoff@example.net")),
        ("Subject", enc("Entretien confirmé : Planificateur de production (H/F)")),
        ("Date", date(inner_when, PARIS)),
        ("Message-ID", "<join.notif.8812034.5c1d@join.com>"),
    ], text(inner_body))
    when = "2026-11-14 09:31:26"
    note = t("""
        à mettre dans l'agenda + regarder le trajet (parking quai ?)

        Envoyé de mon téléphone
        """)
    return message(head(
        addr(ME_NAME, "gaelle.legoff@example.net"), "Fwd: Entretien confirmé : Planificateur de production (H/F)",
        when, PARIS, "<6f2b9e1a-0d44-4c1b-a3e8-71d5c2b0f9e6@example.net>",
        relay="from smtp.example.net (smtp.example.net [192.0.2.25])", qid="4SfD8z0kQmz6"),
        mixed(text(note, cte="8bit"), attached_message(inner, "Entretien confirme.eml")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Marinor Nantes",
      note="softgarden rejection after interviews ('les entretiens de la semaine du 12 octobre'); no upcoming interview")
def n01() -> bytes:
    when = "2026-10-20 10:14:37"
    body = t("""
        Bonjour Madame Le Goff,

        Nous vous remercions pour l'intérêt que vous portez à Marinor Nantes et pour le temps que vous nous avez
        consacré lors des entretiens de la semaine du 12 octobre.

        Après un examen attentif de l'ensemble des candidatures pour le poste de Responsable planification &
        ordonnancement, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable
        à votre candidature. Le choix a été difficile : nous avons retenu un profil disposant d'une expérience
        plus longue sur les lignes de surgélation IQF.

        Nous conservons votre dossier dans notre vivier et nous permettrons de vous recontacter si un poste
        correspondant à votre profil se libérait.

        Nous vous souhaitons plein succès dans vos recherches.

        L'équipe Ressources Humaines
        Marinor Nantes

        Vous recevez cet e-mail via softgarden. Gérer vos données : https://marinor.softgarden.io/fr/privacy
        """)
    return message(head(
        "Marinor Nantes <no-reply@softgarden.io>", "Votre candidature chez Marinor Nantes", when, PARIS,
        "<5f3b1c9a.sg-mailer.7715203@softgarden.io>",
        relay="from mail.softgarden.io (mail.softgarden.io [185.15.89.20])", qid="4SJ2kR7mVbz5"),
        alt(text(body), html("<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@mail(n(25), family="offer", lang="fr", interview=False, company="Armor Marée",
      days=(("Mon", "2027-01-04"), ("Thu", "2026-11-12")),
      note="Job offer after the 3 Nov interview (thread with the Teamtailor confirmation): start date and a proposed "
           "phone call 'jeudi vers 11h, si ça vous va', nothing that is an interview")
def n02() -> bytes:
    when = "2026-11-10 18:03:11"
    body = t("""
        Bonjour Gaëlle,

        Suite à nos échanges du 3 novembre, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer
        le poste de Responsable ordonnancement sur notre site de Lorient Keroman.

        Vous trouverez ci-joint la proposition détaillée (CDI, statut cadre, 46 k€ brut annuel + 13e mois,
        prise de poste souhaitée le lundi 4 janvier 2027, période d'essai de 4 mois).

        Je vous propose qu'on en parle de vive voix jeudi vers 11h, si ça vous va, pour répondre à vos questions
        sur le package et le télétravail. Sinon dites-moi ce qui vous arrange.

        Au plaisir,

        Erwan Le Bihan
        DRH - Armor Marée
        06 00 00 21 47
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposition_Gaelle_Le_Goff.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposition_Gaelle_Le_Goff.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5k\n"
                   "b2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(head(
        addr("Erwan Le Bihan", "erwan.lebihan@armor-maree.fr"), "Proposition d'embauche - Responsable ordonnancement",
        when, PARIS, "<CAHx7kQ0p2Lw9mN4r@armor-maree.fr>",
        relay="from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])", qid="4SbN0w5cLhz2"),
        mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="application_receipt", lang="fr", interview=False, company="Kerlann Algues",
      note="Recruitee application receipt ('nous reviendrons vers vous sous 10 jours ouvrés'); no interview yet")
def n03() -> bytes:
    when = "2026-09-29 22:41:06"
    body = t("""
        Bonjour Gaëlle,

        Merci pour votre candidature au poste de Planificateur·rice de production (Pleubian) !

        Nous l'avons bien reçue. Notre équipe l'étudie avec attention et reviendra vers vous sous 10 jours
        ouvrés. Si votre profil correspond, nous vous proposerons un premier entretien téléphonique
        de 20 minutes, puis un entretien sur site.

        En attendant, découvrez nos métiers : https://kerlann-algues.recruitee.com

        À bientôt,
        L'équipe Kerlann Algues

        Envoyé via Recruitee
        """)
    return message(head(
        "Kerlann Algues <no-reply@recruitee.com>", "Nous avons bien reçu votre candidature", when, PARIS,
        "<20260929204106.1b7c.recruitee-kerlann-4471@mailer.recruitee.com>",
        relay="from mailer.recruitee.com (mailer.recruitee.com [185.199.220.14])", qid="4RySx3bVnmz0"),
        text(body))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert with many offers, 'Entretien rapide', 'publiée le 04/12'; a platform, company null")
def n04() -> bytes:
    when = "2026-12-05 07:02:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
        <h2 style="color:#0b4f8a">12 nouvelles offres pour « planificateur production » autour de Quimper</h2>
        <p><b>Planificateur de production H/F</b> – Conserverie du Goyen – Audierne (29)<br>
        CDI · 38-42 k€ · <span style="color:#0a7">Entretien rapide</span> · publiée le 04/12</p>
        <p><b>Ordonnanceur / Ordonnancatrice</b> – Bigouden Frais – Pont-l'Abbé (29)<br>
        CDI · Entretien en 48 h garanti · publiée le 04/12</p>
        <p><b>Supply planner (anglais courant)</b> – Ocealis – Brest (29) / télétravail 2 j<br>
        CDI · publiée le 03/12</p>
        <p><b>Responsable planification usine</b> – Salaisons de l'Aven – Quimperlé (29)<br>
        CDI · recrutement sans CV, entretien jeudi possible · publiée le 03/12</p>
        <p><a href="https://www.ouestjobs.fr/alertes/8812">Voir les 8 autres offres</a></p>
        <p style="font-size:11px;color:#888">Vous recevez cette alerte car vous l'avez créée sur OuestJobs.
        <a href="https://www.ouestjobs.fr/alertes/desinscription?id=8812">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    return message(head(
        "OuestJobs Alertes <alertes@ouestjobs.fr>", "12 nouvelles offres : planificateur production - Quimper",
        when, PARIS, "<alerte.8812.20261205@ouestjobs.fr>",
        relay="from mta3.ouestjobs.fr (mta3.ouestjobs.fr [51.91.12.33])", qid="4T6pLw2rVkz1",
        extra=(("List-Unsubscribe", "<https://www.ouestjobs.fr/alertes/desinscription?id=8812>"),
               ("Precedence", "bulk"))),
        html(page))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack-style newsletter post about panel interviews, with example lines such as 'your interview is "
           "confirmed for Thursday at 10:00'; mailing-list mail, not an invitation")
def n05() -> bytes:
    when = "2026-10-08 13:00:00"
    body = t("""
        THE OPS PLANNER - issue #61

        Five things I wish I'd known before my first panel interview

        You get the email: "Your interview is confirmed for Thursday at 10:00, 45 minutes, with three
        people from operations." Your stomach drops. Here's what a decade of sitting on both sides of
        the table taught me.

        1. Ask who is on the panel. A plant manager and an S&OP lead want very different stories.
        2. Bring one real plan. A redacted weekly production plan says more than any buzzword.
        3. Prepare the "worst week" story: the line breakdown, the missed truck, the recall.
        4. Check the time zone twice. Remote teams in the US change clocks a week after Europe.
        5. Send a thank-you note the same day - two lines, no essay.

        Next week: how to answer "what's your biggest weakness?" without saying "perfectionism".

        - Tom

        You're receiving this because you subscribed to The Ops Planner.
        Unsubscribe: https://theopsplanner.substack.com/action/disable_email
        """)
    return message(head(
        "Tom from The Ops Planner <theopsplanner@substack.com>",
        "Five things I wish I'd known before my first panel interview", when, "America/Chicago",
        "<20261008180000.3.e9a1b2c3d4@substack.com>",
        relay="from mail.substack.com (mail.substack.com [167.89.98.61])", qid="4S3mF0aDqVz8",
        extra=(("List-Unsubscribe", "<https://theopsplanner.substack.com/action/disable_email>"),
               ("List-Id", "The Ops Planner <theopsplanner.substack.com>"), ("Precedence", "bulk"))),
        alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Harborline Analytics",
      note="Recruiter asks Gaëlle to pick a slot on a Calendly link; no fixed time yet (the booked chat is a later mail)")
def n06() -> bytes:
    when = "2026-10-22 11:47:30"
    body = t("""
        Hi Gaëlle,

        Thanks for applying for the Supply Planning Analyst role - your cold-chain background is exactly
        what we've been looking for.

        Would you be up for a 30-minute intro call with me next week? Grab any time that suits you here:
        https://calendly.com/dana-harborline/intro-30

        Mornings Eastern time work best for the team, which should be mid-afternoon for you.

        Best,
        Dana

        Dana Whitfield | Talent Lead | Harborline Analytics
        dana@harborline.io
        """)
    return message(head(
        "Dana Whitfield <dana@harborline.io>", "Harborline - next step", when, "America/New_York",
        "<CAM3kq9Vb7xN1aa_intro=Qw@mail.gmail.com>",
        relay="from mail-qk1-f175.google.com (mail-qk1-f175.google.com [209.85.222.175])", qid="4SJxG8qLbmz2"),
        alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="fr", interview=False, company="Atlantique Surgelés",
      days=(("Tue", "2026-11-17"), ("Thu", "2026-11-19")),
      note="Recruiter proposes two slots ('mardi 17 novembre à 10h vous conviendrait-il ? Sinon jeudi 19 à 14h') and asks "
           "for confirmation; nothing fixed yet (same thread as the later reschedule mail)")
def n07() -> bytes:
    when = "2026-11-05 15:26:44"
    body = t("""
        Bonjour Gaëlle,

        Merci pour votre candidature au poste de Planificatrice supply sur notre siège de Carquefou. Votre profil a
        retenu l'attention de Mme Lemaire, notre directrice supply chain, qui souhaiterait vous rencontrer.

        Le mardi 17 novembre à 10h vous conviendrait-il ? Sinon, nous pourrions aussi faire le jeudi 19 à 14h.
        Comptez environ 1h30 (1h avec Mme Lemaire puis un temps avec moi).

        Dans l'attente de votre retour,

        Camille Bertin
        Chargée de recrutement | Atlantique Surgelés
        camille.bertin@atlantique-surgeles.fr | 02 40 00 73 12
        """)
    return message(head(
        "Camille Bertin <camille.bertin@atlantique-surgeles.fr>", "Entretien - Planificatrice supply (Carquefou)",
        when, PARIS, "<b7a41e02-93c5-4d8f-a1e6-2c0f9d8b7e31@atlantique-surgeles.fr>",
        relay="from mx.atlantique-surgeles.fr (mx.atlantique-surgeles.fr [185.31.40.12])", qid="4SR3nH9pDcz4"),
        text(body, cte="base64"))


@mail(n(31), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Public employment agency appointment with a fixed time ('lundi 14 septembre 2026 à 9h30', 'entretien de "
           "suivi'); confirmed, but not a job interview")
def n08() -> bytes:
    when = "2026-09-04 06:30:12"
    body = t("""
        Madame LE GOFF Gaëlle,
        Identifiant : 0123456A

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Nadège Le Corre :

            lundi 14 septembre 2026 à 9h30
            Agence Emploi Cornouaille - Quimper Ouest, 18 avenue de la Libération, 29000 Quimper

        Objet : point sur votre projet professionnel et vos démarches (planification / industrie agroalimentaire).
        Merci de vous munir de votre CV à jour et de la liste de vos candidatures en cours.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel au moins 48 h à l'avance.
        Toute absence non justifiée peut entraîner une radiation.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    cs = "iso-8859-15"
    return message(head(
        "Agence Emploi Cornouaille <ne-pas-repondre@emploi-cornouaille.fr>", "Convocation : entretien de suivi",
        when, PARIS, "<convocation.0123456A.20260904063012@emploi-cornouaille.fr>",
        relay="from smtp.emploi-cornouaille.fr (smtp.emploi-cornouaille.fr [193.251.15.70])", qid="4RNb2qJk0Wz7",
        charset=cs),
        text(body, charset=cs))


@mail(n(32), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A journalist confirms an 'interview' with Gaëlle for a feature on women in the seafood industry, 'jeudi 8 "
           "octobre à 11h'; she is the one being interviewed by the press, not a job interview")
def n09() -> bytes:
    when = "2026-10-02 14:12:09"
    body = t("""
        Bonjour Gaëlle,

        Merci d'avoir accepté ! Je vous confirme donc notre interview jeudi 8 octobre à 11h, au café du
        Théâtre de Cornouaille (c'est calme le matin). Prévoyez une petite heure ; un photographe passera
        vers la fin pour un portrait, si vous êtes d'accord.

        Le papier s'inscrit dans notre série « Elles font tourner le port » : parcours, quotidien d'une
        planificatrice dans la transformation des produits de la mer, ce qui a changé depuis dix ans.
        Je vous enverrai la citation avant parution.

        Bien à vous,

        Klervi Nédélec
        Journaliste - Le Courrier de Cornouaille
        06 00 00 58 12
        """)
    return message(head(
        addr("Klervi Nédélec", "k.nedelec@courrier-cornouaille.fr"), "Interview jeudi - série « Elles font tourner le port »",
        when, PARIS, "<a1f0c3e7-5b62-4d19-8e0a-93c7d2b4f611@courrier-cornouaille.fr>",
        relay="from smtp.courrier-cornouaille.fr (smtp.courrier-cornouaille.fr [217.70.184.6])", qid="4S1HfM6bXtz0"),
        text(body, cte="8bit"))


@mail(n(33), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast host confirms a recording 'Tuesday 20 October at 5pm CEST' with an ICS; Gaëlle is the guest being "
           "interviewed, not a job interview")
def n10() -> bytes:
    when = "2026-10-14 09:33:50"
    body = t("""
        Hi Gaëlle,

        Brilliant - you're booked in! Recording for Cold Chain Conversations:

        Tuesday 20 October at 5pm CEST (4pm UK), 50 minutes, on Riverside:
        https://riverside.fm/studio/cold-chain-conversations

        It's a relaxed interview format: how you plan a langoustine season, what breaks when the boats
        come in late, and your advice for people moving from the line into planning. I'll send a few
        questions in advance. A headset helps a lot with the sound.

        Calendar invite attached.

        Cheers,
        Owen Pritchard
        Host, Cold Chain Conversations
        """)
    ics = vcal("-//Riverside//Studio//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:ccc-ep-88-legoff@riverside.fm
DTSTAMP:20261014T073350Z
DTSTART:{z("2026-10-20 17:00", PARIS)}
DTEND:{z("2026-10-20 17:50", PARIS)}
SUMMARY:Cold Chain Conversations - recording with Gaëlle Le Goff
LOCATION:https://riverside.fm/studio/cold-chain-conversations
ORGANIZER;CN=Owen Pritchard:mailto:owen@coldchainconversations.co.uk
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:{ME}
END:VEVENT""")
    return message(head(
        "Owen Pritchard <owen@coldchainconversations.co.uk>", "You're booked: Cold Chain Conversations ep. 88",
        when, "Europe/London", "<CAF9rT2e0xQp7@coldchainconversations.co.uk>",
        relay="from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])", qid="4S8VbT0cKqz3"),
        mixed(text(body, cte="8bit"),
              calendar(ics, cte="base64", filename="recording.ics", disposition="attachment")))


@mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Executive MBA admission interview with a fixed time ('Saturday 7 November 2026 at 10:15'); an academic "
           "admission, not a job interview")
def n11() -> bytes:
    when = "2026-10-29 17:20:00"
    body = t("""
        Dear Ms Le Goff,

        Thank you for your application to the Executive MBA in Supply Chain & Operations (part-time, intake
        January 2027).

        We are pleased to invite you to the admission interview:

            Saturday 7 November 2026 at 10:15 (Paris time)
            Atlantic School of Management, Nantes campus, room B204
            Panel: Prof. Isabelle Renaud (programme director) and an alumni representative

        The interview lasts 30 minutes and is followed by a 20-minute written English test.
        Please confirm your attendance on the applicant portal.

        Kind regards,
        Admissions Office - Executive Education
        Atlantic School of Management
        """)
    return message(head(
        "Atlantic School of Management - Admissions <admissions@asm-nantes.fr>",
        "Executive MBA - admission interview invitation", when, PARIS, "<adm.2027.0412.legoff@asm-nantes.fr>",
        relay="from smtp.asm-nantes.fr (smtp.asm-nantes.fr [193.52.104.11])", qid="4SNyQ3wPfLz0"),
        alt(text(body), html(gmail_html(body))))


@mail(n(35), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Handball club: 'séance de sélection' for the women's senior team, 'mercredi 16 septembre à 19h30'; a sports "
           "try-out with a fixed time, not a job interview")
def n12() -> bytes:
    when = "2026-09-10 21:48:03"
    body = t("""
        Salut Gaëlle !

        Super que tu veuilles rejoindre les seniors filles. Pour les nouvelles, on fait une séance de
        sélection / essai : mercredi 16 septembre à 19h30 au gymnase de Penhars (entrée côté parking).
        Viens en tenue avec tes baskets de salle, une gourde, et ton certificat médical si tu l'as déjà.

        Après la séance on se pose 10 min avec le coach pour voir à quel niveau tu te sens le mieux (R2 ou
        départementale). Pas de pression, c'est surtout pour faire connaissance !

        Sportivement,
        Maud - secrétaire du Quimper Odet Handball
        """)
    return message(head(
        "Quimper Odet Handball <contact@quimper-odet-hb.fr>", "Séance de sélection seniors filles - mercredi 16/09",
        when, PARIS, "<5d8a2c1b-ff03-4a7e-b9c2-6e1d4a7f8b30@quimper-odet-hb.fr>",
        relay="from smtp.quimper-odet-hb.fr (smtp.quimper-odet-hb.fr [46.105.57.201])", qid="4RTq0Hc9Zwz5",
        extra=(("Reply-To", "Maud Riou <maud.riou@quimper-odet-hb.fr>"),)),
        text(body))


@mail(n(36), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage confirmation: 'mardi 13 octobre 2026 à 8h00', révision 60 000 km; a fixed appointment, not an interview")
def n13() -> bytes:
    when = "2026-10-08 11:02:19"
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <h3>Confirmation de votre rendez-vous atelier</h3>
        <p>Bonjour Mme LE GOFF,</p>
        <p>Nous vous confirmons votre rendez-vous :</p>
        <ul>
        <li><b>Date :</b> mardi 13 octobre 2026 à 8h00 (dépôt du véhicule)</li>
        <li><b>Véhicule :</b> Peugeot 208 – AB-123-CD</li>
        <li><b>Prestation :</b> révision 60 000 km + contrôle freinage</li>
        <li><b>Restitution estimée :</b> 17h00</li>
        </ul>
        <p>Un véhicule de courtoisie est réservé à votre nom.</p>
        <p>Garage Kerfeunteun Automobiles – 112 route de Brest, 29000 Quimper – 02 98 00 64 20</p>
        </body></html>
        """)
    return message(head(
        "Garage Kerfeunteun Automobiles <atelier@garage-kerfeunteun.fr>", "Confirmation de votre rendez-vous atelier",
        when, PARIS, "<rdv-atelier-55812@garage-kerfeunteun.fr>",
        relay="from smtp.garage-kerfeunteun.fr (smtp.garage-kerfeunteun.fr [80.12.242.30])", qid="4S4Rt9wNvgz3"),
        html(page, charset="windows-1252"))


@mail(n(37), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Tax-office phone appointment: 'jeudi 24 septembre 2026 à 14h30'; confirmed but not an interview")
def n14() -> bytes:
    when = "2026-09-17 09:15:44"
    body = t("""
        Madame,

        Vous avez pris rendez-vous avec le Service des impôts des particuliers de Quimper.

        Date et heure : jeudi 24 septembre 2026 à 14h30
        Type de rendez-vous : téléphonique - un agent vous appellera au numéro indiqué lors de la prise de rendez-vous
        Objet : prélèvement à la source - changement de situation (fin de contrat)

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier, rubrique « Mes rendez-vous ».

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    return message(head(
        "Finances publiques - rendez-vous <ne-pas-repondre@rdv-finances-publiques.fr>",
        "Confirmation de votre rendez-vous du 24/09/2026", when, PARIS,
        "<rdv.sip29232.8812045@rdv-finances-publiques.fr>",
        relay="from relais.rdv-finances-publiques.fr (relais.rdv-finances-publiques.fr [145.242.11.25])",
        qid="4RYd3Kn1Tsz6"),
        text(body, charset="iso-8859-1"))


@mail(n(38), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Career coach confirms a 'simulation d'entretien' on 'mardi 20 octobre à 18h' (1h, visio) with an ICS; a "
           "mock interview, not a job interview")
def n15() -> bytes:
    when = "2026-10-15 12:40:27"
    body = t("""
        Bonjour Gaëlle,

        Comme convenu, je vous confirme notre séance de simulation d'entretien mardi 20 octobre à 18h, en visio
        (1h). Je jouerai le rôle d'un directeur industriel un peu pressé, puis on débriefera à froid.

        Pour que ce soit utile, envoyez-moi d'ici lundi l'annonce du poste Glacières de Vilaine et votre CV
        version « Rennes ». Invitation ci-jointe.

        Belle journée,
        Sandrine Moal
        Cap Carrière Bretagne - coaching & bilans de compétences
        """)
    ics = vcal("-//Apple Inc.//macOS 15.1//EN", "REQUEST", f"""
BEGIN:VEVENT
UID:B1E0A7C2-5D14-4E8F-9A3B-7C6E2D1F0A98
DTSTAMP:20261015T104027Z
DTSTART;TZID=Europe/Paris:20261020T180000
DTEND;TZID=Europe/Paris:20261020T190000
SUMMARY:Simulation d'entretien - Gaëlle Le Goff
LOCATION:https://meet.jit.si/capcarriere-moal-legoff
ORGANIZER;CN=Sandrine Moal:mailto:sandrine.moal@capcarriere-bretagne.fr
ATTENDEE;CN=Gaëlle Le Goff;RSVP=TRUE:mailto:{ME}
END:VEVENT""", tz=PARIS_VTZ)
    return message(head(
        "Sandrine Moal <sandrine.moal@capcarriere-bretagne.fr>", "Simulation d'entretien - mardi 18h",
        when, PARIS, "<3F9D2A61-7B0C-4E15-8A2D-C4E6B19F0D72@capcarriere-bretagne.fr>",
        relay="from smtp.capcarriere-bretagne.fr (smtp.capcarriere-bretagne.fr [213.186.33.5])", qid="4SCm1Lk8Pbz2",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(39), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Gaëlle's sister forwards HER OWN interview confirmation (Greenhouse, 'Thursday, November 26, 2026 2:00 PM "
           "CET') asking for advice; a confirmed interview, but for someone else -> negative")
def n16() -> bytes:
    inner_body = t("""
        Hi Maïwenn,

        Thanks for scheduling your interview with Kelp & Co. Here are the details:

        Position: Marketing Coordinator (Rennes)
        Date: Thursday, November 26, 2026
        Time: 2:00 PM - 3:00 PM CET
        Location: Kelp & Co., 9 rue de Saint-Malo, Rennes

        Best,
        The Kelp & Co. Recruiting Team

        Powered by Greenhouse
        """)
    inner = message([
        ("From", "Kelp & Co. <no-reply@us.greenhouse-mail.io>"),
        ("To", addr("Maïwenn Le Goff", "maiwenn.legoff@example.net")),
        ("Subject", "Interview confirmation: Kelp & Co. - Marketing Coordinator"),
        ("Date", date("2026-11-19 10:02:00", PARIS)),
        ("Message-ID", "<0100019b.kelp-gh-2210@email.amazonses.com>"),
        ("Reply-To", "Lou Garnier <lou.garnier@kelpandco.fr>"),
    ], text(inner_body))
    body = t("""
        Coucou grande sœur,

        Regarde ce que j'ai reçu !!! Mon premier vrai entretien depuis la fin du master 😱
        Tu peux me relire ma présentation ce week-end ? Et tu me fais passer un oral blanc dimanche si t'as le temps ?

        Bisous
        Maï
        """)
    return message(head(
        addr("Maïwenn Le Goff", "maiwenn.legoff@example.net"), "Fwd: Interview confirmation: Kelp & Co. - Marketing Coordinator",
        "2026-11-19 19:44:10", PARIS, "<CAL0v3Mai+fwd=kelp@mail.gmail.com>",
        relay="from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", qid="4SgZ0cT4Dbz1"),
        mixed(text(body, cte="base64"), attached_message(inner, "Interview confirmation.eml")))


@mail(n(40), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="At her current job: Exchange meeting request asking Gaëlle to sit on the panel interviewing a candidate "
           "('Entretien candidat - Technicien méthodes - M. Riou', mercredi 30 septembre 10:00, Romance Standard Time); "
           "she is the interviewer, not the candidate")
def n17() -> bytes:
    when = "2026-09-24 15:05:51"
    body = t("""
        Quand : mercredi 30 septembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Glénan (bâtiment administratif)

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Gaëlle, merci de participer à l'entretien de M. Erwan Riou pour le poste de technicien méthodes : tu pourras
        évaluer la partie ordonnancement / lien avec la planification. Grille d'évaluation et CV dans le Teams RH.

        Merci,
        Nathalie Cariou
        Chargée RH - Conserverie Glazig
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", f"""
BEGIN:VEVENT
ORGANIZER;CN=Nathalie Cariou:mailto:nathalie.cariou@conserverie-glazig.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gaëlle Le Goff:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jérôme Pennec:mailto:jerome.pennec@conserverie-glazig.fr
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien méthodes - M. Riou
DTSTART;TZID=Romance Standard Time:20260930T100000
DTEND;TZID=Romance Standard Time:20260930T110000
CLASS:PUBLIC
DTSTAMP:20260924T130551Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Glénan (bâtiment administratif)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT""", tz=ROMANCE)
    return message(head(
        addr("Nathalie Cariou", "nathalie.cariou@conserverie-glazig.fr"),
        "Entretien candidat - Technicien méthodes - M. Riou", when, PARIS,
        "<AS8P189MB2012F1E0D9C8B7A6@AS8P189MB2012.EURP189.PROD.OUTLOOK.COM>",
        relay="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2133.outbound.protection.outlook.com"
              " [40.107.13.133])", qid="4RxN5cB7Vpz4",
        to=addr(ME_NAME, ME) + ", " + addr("Jérôme Pennec", "jerome.pennec@conserverie-glazig.fr"),
        extra=(("Content-Language", "fr-FR"),)),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
      note="Out-of-office auto-reply from the Rennes hiring manager (Auto-Submitted) mentioning 'entretiens' and her "
           "return date; no appointment")
def n18() -> bytes:
    when = "2026-10-26 08:31:02"
    body = t("""
        Bonjour,

        Je suis absente du lundi 26 octobre au vendredi 30 octobre inclus, sans accès à mes e-mails.

        Pour les candidatures et l'organisation des entretiens, merci de contacter Yaëlle Prigent (RH) :
        recrutement@glacieres-vilaine.fr. Pour toute urgence logistique : 02 99 00 41 80.

        Bien cordialement,
        Héloïse Dumont-Ferrand
        """)
    return message(head(
        addr("Héloïse Dumont-Ferrand", "h.dumont-ferrand@glacieres-vilaine.fr"),
        "Réponse automatique : Suite à notre entretien du 15 octobre", when, PARIS,
        "<PR3P191MB0821AUTO7E2F9@PR3P191MB0821.EURP191.PROD.OUTLOOK.COM>",
        relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2110.outbound.protection.outlook.com"
              " [40.107.22.110])", qid="4SLw3pR0dFz9",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
        text(body, charset="windows-1252"))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="MAILER-DAEMON bounce of Gaëlle's own reply (typo in the domain) that says 'je vous confirme ma présence "
           "vendredi 2 octobre à 14h30'; a delivery failure, not a confirmation from an employer")
def n19() -> bytes:
    when = "2026-09-28 20:05:47"
    orig_body = t("""
        Bonjour Ronan,

        Bien reçu la nouvelle invitation, je vous confirme ma présence vendredi 2 octobre à 14h30 à Kerdroniou.

        Bonne soirée,
        Gaëlle Le Goff
        """)
    orig = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Ronan Kerhervé", "ronan.kerherve@quimper-mareefraich.fr")),
        ("Subject", enc("Re: Invitation mise à jour : Entretien Gaëlle Le Goff - Adjointe planification")),
        ("Date", date("2026-09-28 20:05:41", PARIS)),
        ("Message-ID", "<CAG7x1fRq9k2=ok@mail.example.org>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ronan.kerherve@quimper-mareefraich.fr>: Host or domain name not found. Name
            service error for name=quimper-mareefraich.fr type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Rz6Bq0wHkz2
        X-Postfix-Sender: rfc822; gaelle.legoff@example.org
        Arrival-Date: Mon, 28 Sep 2026 20:05:42 +0200 (CEST)

        Final-Recipient: rfc822; ronan.kerherve@quimper-mareefraich.fr
        Original-Recipient: rfc822;ronan.kerherve@quimper-mareefraich.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=quimper-mareefraich.fr type=AAAA: Host not found
        """)
    return message(head(
        "Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
        "Undelivered Mail Returned to Sender", when, PARIS, "<20260928180547.4Rz6Bq0wHkz3@mx1.example.org>",
        relay="from localhost (localhost [127.0.0.1])", qid="4Rz6Bq0wHkz3", rp="<>",
        extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report", text(notice, cte="7bit", params='name="notice.txt"'),
                  raw_part([("Content-Type", "message/delivery-status")], status),
                  attached_message(orig), params="report-type=delivery-status"))


@mail(n(43), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Meetup announcement to a mailing list, 'jeudi 12 novembre, 19h', talk titled 'Réussir ses entretiens de "
           "recrutement dans l'industrie'; an event, not her interview")
def n20() -> bytes:
    when = "2026-11-02 12:00:00"
    body = t("""
        Supply Chain Cornouaille #14

        Jeudi 12 novembre, 19h - Pépinière d'entreprises de Creac'h Gwen, Quimper

        Au programme :
        - 19h00 : accueil, café-galettes
        - 19h20 : « Réussir ses entretiens de recrutement dans l'industrie » par Aurélie Kervran (cabinet Ty Talents)
        - 20h00 : retour d'expérience : passer d'un MRP maison à un APS en conserverie
        - 20h40 : networking

        Inscription gratuite mais obligatoire : https://rencontres-supplychain29.fr/evenements/14

        Vous recevez ce message car vous êtes inscrit·e à la liste supplychain-cornouaille.
        Se désinscrire : https://lists.rencontres-supplychain29.fr/unsubscribe
        """)
    return message(head(
        "Rencontres Supply Chain 29 <supplychain-cornouaille@lists.rencontres-supplychain29.fr>",
        "[SC Cornouaille] Meetup #14 - jeudi 12/11 : réussir ses entretiens de recrutement", when, PARIS,
        "<meetup14.20261102@lists.rencontres-supplychain29.fr>",
        relay="from lists.rencontres-supplychain29.fr (lists.rencontres-supplychain29.fr [185.24.186.9])",
        qid="4SPd7Tq1Ncz5",
        to="supplychain-cornouaille@lists.rencontres-supplychain29.fr",
        extra=(("List-Id", "<supplychain-cornouaille.lists.rencontres-supplychain29.fr>"),
               ("List-Unsubscribe", "<https://lists.rencontres-supplychain29.fr/unsubscribe>"),
               ("Precedence", "list"))),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(44), family="team_event", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Google Calendar invitation at her current job: 'Pot de départ de Gwenola', ven. 9 oct. 2026 17:30; a team "
           "event, not an interview")
def n21() -> bytes:
    when = "2026-10-05 10:22:18"
    body = t("""
        Vous avez été invité à l'événement suivant.

        Pot de départ de Gwenola 🎉
        Quand
        ven. 9 oct. 2026 17:30 – 19:00 (heure d'été d'Europe centrale - Paris)

        Où
        Réfectoire - Conserverie Glazig

        Invités
        Jérôme Pennec - organisateur
        equipe-production@conserverie-glazig.fr

        Invitation de Google Agenda
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261009T173000
DTEND;TZID=Europe/Paris:20261009T190000
DTSTAMP:20261005T082218Z
ORGANIZER;CN=Jérôme Pennec:mailto:jerome.pennec@conserverie-glazig.fr
UID:2pt9d0m4ks7e1rb8vq6c3fh5ln@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipe-production@conserverie-glazig.fr:mailto:equipe-production@conserverie-glazig.fr
SUMMARY:Pot de départ de Gwenola
LOCATION:Réfectoire - Conserverie Glazig
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""", tz=PARIS_VTZ)
    return message(head(
        addr("Jérôme Pennec", "jerome.pennec@conserverie-glazig.fr"),
        "Invitation: Pot de départ de Gwenola @ ven. 9 oct. 2026 17:30 - 19:00 (CEST) (equipe-production@conserverie-glazig.fr)",
        when, PARIS, "<calendar-0a1b2c3d-pot-gwenola@google.com>",
        relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", qid="4S2Fh6nLxwz0",
        to="equipe-production@conserverie-glazig.fr",
        extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),)),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Booking-platform confirmation of a doctor's appointment 'mardi 1 décembre 2026 à 17h15'; not an interview")
def n22() -> bytes:
    when = "2026-11-24 19:12:55"
    body = t("""
        Votre rendez-vous est confirmé

        Dr Annaïg Le Berre - Médecin généraliste
        mardi 1 décembre 2026 à 17h15
        Cabinet médical de l'Odet, 5 rue Élie-Fréron, 29000 Quimper

        Motif : consultation de suivi

        Pensez à apporter votre carte Vitale.
        Empêchement ? Annulez au plus tard 24 h avant : https://www.medi-rdv.fr/rdv/88120455

        MédiRDV
        """)
    return message(head(
        addr("MédiRDV", "no-reply@medi-rdv.fr"),
        "Rendez-vous confirmé avec Dr Annaïg Le Berre", when, PARIS, "<rdv.88120455.confirm@medi-rdv.fr>",
        relay="from mta1.medi-rdv.fr (mta1.medi-rdv.fr [35.181.22.140])", qid="4T0cM8rZvlz8"),
        alt(text(body), html(gmail_html(body))))


@mail(n(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Estate agency confirms a flat viewing in Nantes 'samedi 21 novembre à 11h'; not an interview")
def n23() -> bytes:
    when = "2026-11-17 18:30:08"
    body = t("""
        Bonjour Madame Le Goff,

        Je vous confirme la visite de l'appartement T3 du 14 rue de Coulmiers (Nantes, quartier Saint-Félix)
        samedi 21 novembre à 11h. Rendez-vous devant l'immeuble, je vous attendrai avec les clés.

        Pensez à apporter votre dossier (3 derniers bulletins de salaire ou promesse d'embauche, avis
        d'imposition, pièce d'identité) si l'appartement vous plaît : il part vite.

        Cordialement,
        Julien Bréhéret
        Immobilière de l'Erdre - Gestion locative
        """)
    return message(head(
        addr("Julien Bréhéret", "j.breheret@immo-erdre.fr"), "Visite T3 rue de Coulmiers - samedi 11h", when, PARIS,
        "<20261117173008.GA4412@immo-erdre.fr>",
        relay="from smtp.immo-erdre.fr (smtp.immo-erdre.fr [92.243.8.51])", qid="4SdK2n7wQrz6"),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(47), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="School confirms an 'entretien individuel' with the teacher, 'jeudi 5 novembre à 17h30'; a parent-teacher "
           "meeting, not a job interview")
def n24() -> bytes:
    when = "2026-10-30 16:45:00"
    body = t("""
        Madame Le Goff,

        Suite à votre demande sur l'ENT, votre entretien individuel avec Mme Cloarec, enseignante de CE2 de
        Lénaïg, est fixé au jeudi 5 novembre à 17h30 (salle 4, durée 15 minutes).

        Merci de vous présenter à l'accueil ; le portail sera ouvert jusqu'à 18h30.

        La direction
        École publique du Moulin-Vert, Quimper
        """)
    return message(head(
        "ENT Ecole du Moulin-Vert <ne-pas-repondre@ent-ecoles29.fr>", "Rencontre parents-enseignants : entretien individuel",
        when, PARIS, "<ent.msg.5520871@ent-ecoles29.fr>",
        relay="from smtp.ent-ecoles29.fr (smtp.ent-ecoles29.fr [194.167.85.10])", qid="4SN2xVw9Tfz4"),
        text(body))


@mail(n(48), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Bank advisor phone appointment 'lundi 30 novembre à 12h15'; fixed time, not an interview")
def n25() -> bytes:
    when = "2026-11-25 09:05:33"
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Bonjour Madame Le Goff,</p>
        <p>Nous vous confirmons votre rendez-vous avec votre conseillère, <b>Mme Élodie Pichon</b> :</p>
        <p><b>lundi 30 novembre à 12h15</b> – par téléphone (elle vous appellera au 06 •• •• •• 41)</p>
        <p>Objet : épargne salariale et portabilité de votre prévoyance suite à votre changement de situation.</p>
        <p>Banque Armorique Mutuelle – agence de Quimper Locmaria</p>
        <p style="font-size:11px;color:#777">Message automatique. Pour modifier ce rendez-vous, rendez-vous dans votre espace client.</p>
        </body></html>
        """)
    return message(head(
        "Banque Armorique Mutuelle <rendez-vous@banque-armorique.fr>", "Confirmation de votre rendez-vous",
        when, PARIS, "<bam.rdv.20261125.77103@banque-armorique.fr>",
        relay="from out.banque-armorique.fr (out.banque-armorique.fr [195.68.50.12])", qid="4T0vG3mYcxz2"),
        html(page, cte="base64"))


@mail(n(49), family="radio_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-09"),),
      note="Local radio books Gaëlle as a live guest ('interview en direct', mercredi 9 décembre à 8h10); she is "
           "interviewed on air, not a job interview")
def n26() -> bytes:
    when = "2026-12-03 15:38:21"
    body = t("""
        Bonjour Gaëlle,

        Merci encore d'avoir accepté de venir parler des métiers de la transformation du poisson dans
        « Les métiers de la mer » ! C'est calé : interview en direct mercredi 9 décembre à 8h10, environ
        6 minutes. On vous appelle sur votre portable à 8h05, soyez dans un endroit calme.

        Questions prévues : votre parcours, une journée type de planificatrice, les besoins de recrutement
        dans la filière en Cornouaille.

        À mercredi !
        Goulven Hascoët
        Animateur matinale - Radio Odet FM
        """)
    return message(head(
        addr("Goulven Hascoët", "goulven@radio-odet.fm"), "Matinale du 9/12 - interview en direct", when, PARIS,
        "<7c1e9a20-b3f4-4d5e-8a61-0f2c3b4d5e6f@radio-odet.fm>",
        relay="from smtp.radio-odet.fm (smtp.radio-odet.fm [51.77.88.14])", qid="4T4sP1qMwdz7"),
        text(body, cte="quoted-printable"))


@mail(n(50), family="outreach", lang="en", interview=False, company="Fjordline Seafood",
      note="Headhunter outreach 'would Tuesday at 10 work for a first call?' - a proposal awaiting her answer, not a "
           "confirmed interview")
def n27() -> bytes:
    when = "2026-12-07 09:12:45"
    body = t("""
        Hi Gaëlle,

        I'm hiring a Production Planning Manager for Fjordline Seafood's new salmon processing plant in
        Ålesund - fully remote possible for the first year, with a week on site each month. Your
        background at a Breton cannery plus the S&OP work looked like a strong match.

        Would Tuesday at 10 work for a first call (your time)? If not, send me two or three slots that
        suit you next week and I'll make it work.

        Best regards,
        Ingrid Solberg
        Partner, Nordvik Executive Search - on behalf of Fjordline Seafood
        +47 900 00 000
        """)
    return message(head(
        "Ingrid Solberg <ingrid.solberg@nordvik-search.no>", "Production Planning Manager - Fjordline Seafood (remote)",
        when, "Europe/Oslo", "<CAE4n8sQ1vB0x=search@nordvik-search.no>",
        relay="from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", qid="4T7hZ2kRnbz5"),
        alt(text(body), html(gmail_html(body))))
