"""Who a confirmation involves: the person to follow up with, the company and role, the
interviewers, and which addresses are the user's own (never a contact)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followupd.detect import ats, contacts, domain_names, thread
from followupd.detect.literals import Filtered
from followupd.detect.matchers import fold_marks, lower
from followupd.detect.mime import Mail
from followupd.detect.model import DetectRules
from followupd.detect.pick import Pick


def own_addresses(mail: Mail, segs: Sequence[thread.Segment] = ()) -> set[str]:
    """The user's addresses as this mail shows them (Delivered-To, else its recipients), and
    the sender's when the user sent it: to themself, or from another address of theirs."""
    own = set(mail.delivered_to)
    if not own:
        own = {a for _, a in mail.to}
    if mail.from_addr and any(mail.from_addr == a for _, a in mail.to):
        own.add(mail.from_addr)  # sent to themself: a forward to keep
    elif mail.from_addr and mail.from_name and len(mail.from_name.split()) >= 2 and any(
        n and n.strip().lower() == mail.from_name.strip().lower() for n, _ in mail.to
    ):
        own.add(mail.from_addr)  # forwarded from the user's other address
    elif (mail.from_addr and thread.is_forward(mail.subject) and _first_name_matches(mail)
            and (any(mail.from_addr in s.to_addrs or own & set(s.to_addrs) for s in segs if s.kind == "fwd")
                 or any(a == mail.from_addr or a in own for inner in mail.attached for _, a in inner.to))):
        # The same, told by the forwarded original's To: sent to this address, or to the one it
        # is forwarded to ("pauline.besson@example.net" forwarding what reached her main
        # address). A recruiter forwarding what a colleague sent her is someone else: another
        # first name.
        own.add(mail.from_addr)
    elif mail.from_addr and thread.is_forward(mail.subject) and (
        _TO_SELF.search(mail.text[:300]) or _same_mailbox_name(mail.from_addr, own)
    ):
        # "fwd to self so it's in the job search folder", from the user's other mailbox
        # ("Gabe Montoya <gabe.montoya@example.net>" to Gabriel's main address), or from the same
        # mailbox name at another provider ("max.vogt@example.net" to "max.vogt@example.org")
        own.add(mail.from_addr)
    return own


def _same_mailbox_name(addr: str, own: set[str]) -> bool:
    """A personal mailbox name ("max.vogt", not "info" or "jobs") the user also holds elsewhere."""
    local = addr.partition("@")[0].lower()
    return len(local) >= 6 and bool(re.search(r"[._-]", local)) and any(
        a.partition("@")[0].lower() == local for a in own
    )


_TO_SELF = re.compile(
    r"(?i)\b(?:fwd|fw|forward(?:ing|ed)?|sending (?:this|it)) to (?:my ?)?self\b|\bnote to self\b|"
    r"\b(?:à|pour) moi-même\b|\ban mich selbst\b|\b(?:a|para) mí mism[oa]\b|^\s*zur ablage\b"
)


_TEAM_SUFFIX = re.compile(
    r"(?i)\s*[-–—|:,]?\s*(?:recruiting|recruitment|recrutement|reclutamiento|recrutamento|reclutamento|careers?|"
    r"karriere|talent(?: acquisition)?|team|hiring|jobs|hr|rh|rrhh|people(?: team)?|interviews|entrevues|"
    # (with the department it hires for: "Selección TI", "Recruiting IT")
    r"entrevistas|(?:s[ée]lection|selecci[oó]n|recruiting|recrutement|talent)(?: (?:ti|it|tech))?|"
    r"rekrutacja(?: it)?|rekrytointi|talent management|bewerbungen|"
    r"bewerbermanagement|vorstellungsgespräche|bewerbungsgespräche|candidatures|candidaturas)$"
    # "Parkfluss via JOIN": the system that relayed the company's message
    r"|\s+\(?via\s+\S+(?:\s\S+){0,3}?\)?$"
    # the same words before the name: "Reclutamiento Meridiano", "Selección SAIDSA"
    r"|^(?:recruiting|recrutement|reclutamiento|rekrutacja|selecci[oó]n|s[ée]lection|careers at)\s+"
)
def _without_team(name: str) -> str:
    """A company's name without its team's words: "Bayanihan Pay Talent Interviews" and "Selección TI -
    Bayanihan Pay" are Bayanihan Pay."""
    name = _TEAM_PREFIX.sub("", name)
    return _TEAM_SUFFIX.sub("", _TEAM_SUFFIX.sub("", name).strip(" -–—|/:,")).strip(" -–—|/:,")


_TEAM_PREFIX = re.compile(
    r"(?i)^(?:recruiting|careers|talent(?: acquisition)?|selecci[oó]n|s[ée]lection|rrhh|hr|rh|recrutement|"
    r"karriere)(?: (?:ti|it|tech))?\s*[-–—|:]\s+"
)


# "Laura Kienle (Vireon Drive Systems)", "Aylin Demir – Tempelhof Robotics": a person, then the
# company
_PERSON_THEN_COMPANY = re.compile(
    r"^[A-ZÀ-Ý][\w'À-ÿ\-]+(?: (?:[A-ZÀ-Ý][\w'À-ÿ\-]+|van|von|de|der|den|da|del|le|la)){1,3}"
    r"\s*(?:\((?P<paren>[^()]{2,60})\)|(?:[–—|]|(?<=\s)-(?=\s))\s*(?P<dash>.{2,60}))$"
)
# ... unless the first part is a company ("Donauwacht Versicherung AG – Bewerbungsgespräche") or
# the second is a relay or a team ("Konkan General Insurance (via Naukri RMS)")
_NOT_A_PERSON = re.compile(
    r"(?i)\b(?:ag|gmbh|sa|sas|sarl|inc|llc|ltd|bv|nv|oy|ab|plc|group|groupe|grupo|insurance|versicherung|bank|"
    r"labs?|analytics|software|systems|technologies|consulting|partners|solutions|digital|studio|media)\b"
)
_NOT_A_COMPANY = re.compile(
    r"(?i)^via\b|gespräch|interview|entretien|entrevista|recruit|karriere|career|talent|hiring|sélection|selección|"
    r"bewerb|candidatur"
)
_TOOL_NAME = re.compile(
    r"(?i)^(?:calendly|greenhouse|lever|ashby|workday|doodle|cal\.com|hubspot|hellowork|computrabajo|bumeran|"
    r"zonajobs|welcome to the jungle|indeed|linkedin|stepstone|infojobs|savvycal|karat|hackerrank|"
    r"hackerearth|codility|codesignal|coderpad|bayt(?:\.com)?|magneto|naukri|seek|glassdoor|dover|gem|"
    # video tools and job boards that relay a recruiter's message
    r"zoom|microsoft teams|teams|google meet|webex|goodtime|trabajando(?:\.com)?|get on board|hireline|"
    # a role or a department, not an organisation
    r"info|hiring manager|recruiter|interviewer|talent partner|service|gesti[oó]n humana|gerencia|"
    r"talento humano|recursos humanos|human resources|ressources humaines|personalabteilung|"
    # a panel, not an organisation: "Interview with Search Committee"
    r"(?:the )?(?:search|hiring|selection|interview) (?:committee|panel)|panel)$|"
    r"scheduler|calendar|bookings|"
    r"no-?reply|notification|"
    # a team's mailbox named for its task: "Talent Screening Calls", "Recruiting Interviews"
    r"^(?:talent|recruiting|recruitment|careers|hiring) (?:screening|interviews?|calls?|scheduling|team)\b"
)
_UNMONITORED = re.compile(
    r"(?:from|is) an unmonitored (?:mail ?box|inbox|e-?mail address|address)|"
    r"(?:mail ?box|inbox|address) (?:is )?not monitored|not a monitored (?:mail ?box|inbox|address)|"
    r"postfach wird nicht überwacht|boîte (?:aux lettres )?non surveillée|buzón no (?:está )?monitorizado",
    re.I,
)


def first_name(name: str, addr: str) -> str:
    """A display name's or an address's first word, without diacritics ("Paweł" and pawel@)."""
    words = re.split(r"[\s._\-]+", fold_marks(name or addr.partition("@")[0]).strip().lower())
    return words[0] if words and len(words[0]) >= 3 else ""


def last_name(name: str) -> str:
    """A display name's last word, without diacritics: "Swantje Meiners" gives "meiners"; a
    one-word name has none ("Jonas" names no family)."""
    words = re.split(r"[\s,]+", fold_marks(name or "").strip().lower())
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 2 and words[-1].isalpha() else ""


def _first_name_matches(mail: Mail) -> bool:
    mine = first_name(mail.from_name, mail.from_addr or "")
    return bool(mine) and any(first_name(n, a) == mine for n, a in mail.to)


# A booking page's own notice ("Thank you for booking with Mauka Health System Talent
# Acquisition"): its sender is the page's shared mailbox, which no one reads as mail.
_BOOKING_PAGE = Filtered(re.compile(  # over lower-cased text: a case-blind scan cost ~35 us a mail
    r"(?:thank you|thanks) for booking with|gracias por reservar con|se ha confirmado su reserva con|"
    r"merci d['’]avoir réservé (?:un créneau |un rendez-vous )?(?:avec|auprès)|danke? für ihre buchung bei|"
    # Bookings' French confirmation: "Merci d'avoir pris rendez-vous avec Cabinet Vauban Énergies"
    r"merci d['’]avoir pris (?:un )?rendez-vous (?:avec|auprès)|"
    # "Merci d'avoir effectué une réservation avec Institut Médical du Lez"
    r"(?:merci d['’]avoir|thank you for|thanks for) (?:effectué|made|making) (?:une|a) "
    r"(?:réservation|booking) (?:avec|with)|"
    # its footer: "Gesendet mit Microsoft Bookings", "This email was sent by Microsoft Bookings"
    r"(?:sent (?:with|by)|gesendet (?:mit|von)|envoyé (?:avec|par)|enviado (?:con|por)|powered by|"
    r"con la tecnología de|avec la technologie(?: de)?|bereitgestellt (?:von|durch)) microsoft bookings|"
    # ... or its "Administrar reserva" link to the page's own calendar, and the footer alone
    r"/owa/calendar/[^\s/]{1,80}/bookings\b|(?:^|\n)[ \t]*microsoft bookings[ \t]*(?:\n|$)"
))


def _unmonitored(text: str) -> bool:
    # A substring test first: the case-blind alternation is slow over a long body.
    return any(w in text for w in ("monitor", "überwacht", "surveill")) and bool(_UNMONITORED.search(text))


# How a mail opens on the person it is written to (lower-cased): "Hello Nate", "Estimada Daniela"
GREETING = (
    r"^\W*(?:hi|hello|hey|dear|hallo|liebe|lieber|moin|bonjour|salut|hola|estimad[oa]|sehr geehrte[rs]?|"
    r"guten tag|good (?:morning|afternoon)|buenos días|buenas tardes) "
)


def user_first_names(mail: Mail, own: set[str]) -> set[str]:
    """The user's first names, as the recipients at their own addresses give them (folded)."""
    return {first_name(n, a) for n, a in (*mail.to, *mail.cc) if a in own} - {""}


# A recruiter's signature: a title, then an agency's name within two lines ("Senior Consultant,
# Supply Chain\nHarbour & Finch Talent", "Consultor – Ingeniería\nBraxton Selección").
_AGENT_SIGNATURE = re.compile(
    r"\b(?:consultant|recruiter|headhunter|(?:personal)?berater(?:in)?|consultor(?:a)?|consultante?|"
    r"chargée? de recrutement)\b[^\n]{0,80}(?:\n[^\n]{0,80}){0,2}?"
    r"\b(?:talent|recruitment|recruiting|staffing|search|personalberatung|recrutement|selección)\b",
    re.I,
)


def _passed_on(mail: Mail, segs: Sequence[thread.Segment], own: set[str]) -> bool:
    """Whether someone else (a parent, a friend) forwards the user a confirmation written to the
    user ("Hello Nate," sent to the family's address): they only passed it on, and the person
    to write to is the original's sender. Not an agent forwarding a client's note about the
    user ("Hi James, Camille is confirmed"), which greets the agent, nor an agent at all."""
    if not mail.from_addr or mail.from_addr in own or not thread.is_forward(mail.subject):
        return False
    if ats.AGENCY_DOMAIN.search(mail.from_addr.rpartition("@")[2].rsplit(".", 1)[0]):
        return False  # an agency's recruiter passes a client's mail on and stays the one to write to
    top = next((s.text for s in segs if s.kind == "top"), "")
    if _AGENT_SIGNATURE.search(top[-600:]):
        return False  # ... also from a domain that says nothing ("Senior Consultant / Finch Talent")
    domain = mail.from_addr.rpartition("@")[2]
    senders = [s.from_addr for s in segs if s.kind == "fwd"] + [inner.from_addr for inner in mail.attached]
    if any(a and a.rpartition("@")[2] == domain for a in senders):
        # a colleague of the original's sender re-sends it for them ("Rubén me pide que te reenvíe")
        return False
    firsts = user_first_names(mail, own)
    if not firsts or first_name(mail.from_name, mail.from_addr) in firsts:
        return False
    greets = re.compile(rf"{GREETING}(?:{'|'.join(map(re.escape, firsts))})\b")
    originals = [s.text for s in segs if s.kind == "fwd"] + [inner.text for inner in mail.attached]
    return any(greets.search(fold_marks(lower(text.lstrip()[:80]))) for text in originals)


def contact_for(
    mail: Mail, segs: list[thread.Segment], pick: Pick, rules: DetectRules, company: str | None = None
) -> tuple[str | None, str, str]:
    """The person to write to, their name, and where they were found (for the reasons)."""
    own = own_addresses(mail, segs)
    body = "\n".join(s.text for s in segs)
    never = set(own)
    # Google Calendar sends an organizer's invitation as them (From) through its own Sender, marked
    # auto-generated: the program is the Sender, the organizer reads the answers.
    on_behalf = bool(mail.sender_addr) and mail.sender_addr != mail.from_addr
    if mail.from_addr and (
        (mail.automated and not on_behalf)
        or _unmonitored(body[:20_000])
        or _BOOKING_PAGE.search(lower(body[:3_000]))
    ):
        # "Sent from an unmonitored mailbox", or a program's notice (RFC 3834 auto-generated):
        # the sender (a booking page's shared mailbox, also as the invitation's organizer) is
        # not someone who will read a thank-you, and automatic mail is never answered.
        never.add(mail.from_addr)
    if mail.from_addr and _passed_on(mail, segs, own):
        never.add(mail.from_addr)
    cands: list[tuple[str, str | None, str]] = []
    for name, addr in mail.reply_to:
        cands.append(("reply-to", addr, name))
    organizer = (pick.event.organizer or "") if pick.event is not None else ""
    organizer_name = pick.event.organizer_name if pick.event is not None else ""
    # An invitation inside a message someone passed on (an agency's "their updated invite is
    # attached") is the original's: its organizer ranks with the original's sender, after the
    # person who passed it on.
    attached = bool(organizer) and pick.from_attached
    if organizer and not attached:
        cands.append(("ics-organizer", organizer, organizer_name))
    cands.append(("from", mail.from_addr, mail.from_name))
    if attached:
        cands.append(("ics-organizer", organizer, organizer_name))
    for s in segs:
        if s.kind == "fwd":
            cands.append(("forwarded-reply-to", s.reply_to, ""))
            cands.append(("forwarded-from", s.from_addr, s.from_name))
    for inner in mail.attached:
        for name, addr in inner.reply_to:
            cands.append(("attached-reply-to", addr, name))
        cands.append(("attached-from", inner.from_addr, inner.from_name))
    for s in segs:
        if s.kind == "quote" and s.from_addr:
            cands.append(("quoted-from", s.from_addr, ""))
    # An address in the body is someone to write to when the text says so ("questions? write to
    # ...") or when it belongs to the sender's side; a stray one (a partner, a vendor, a footer)
    # would put a stranger in the To: of a mail in the user's name.
    known = [a for _, a, _ in cands if a] + [a for _, a in (*mail.to, *mail.cc) if a and a not in own]
    # A note the user wrote to themself: an address in it is one they meant to keep ("lo que me
    # mandó la Marcela (Hunter Andino, marcela.rios@...)"), not a stranger's.
    to_self = bool(mail.from_addr) and mail.from_addr in own and not thread.is_forward(mail.subject)
    for found, near in contacts.body_addresses(body):
        if near or to_self or contacts.same_side(found, known, company):
            cands.append(("body", found, ""))
    chosen, name, src = contacts.choose(cands, never, rules.ats_domains)
    if chosen and not name:
        name = _name_for(chosen, mail, pick)
    return chosen, name, src


def _name_for(addr: str, mail: Mail, pick: Pick) -> str:
    for n, a in mail.reply_to + mail.to + mail.cc:
        if a == addr and n:
            return n
    if pick.event is not None:
        for n, a in pick.event.attendees:
            if a == addr and n:
                return n
    return ""


# "Interview ... at|with Acme Robotics": the capitalised words after the preposition.
_SUBJ_AT = re.compile(
    # ... and a job board's relay: "Nouveau message de Altimove concernant votre candidature"
    # (not a job title's "en": "Entrevista confirmada: Especialista en Torre de Control")
    r"(?:(?i:interview|entretien|entrevista|gespräch)\b.{0,80}?\b(?i:at|with|bei|chez|avec|con|"
    r"(?<!especialista )(?<!experto )(?<!experta )(?<!analista )(?<!ingeniero )(?<!ingeniera )(?<!técnico )"
    r"(?<!técnica )(?<!licenciado )(?<!licenciada )en)|"
    r"(?i:message (?:de|from|von|de parte de)))\s"
    r"((?:[A-Z0-9][\w.'\-]*|&)(?: (?:[A-Z0-9][\w.'\-]*|&)){0,4})"
)
# "Interview Confirmation: Brightlane Health - Senior Backend Engineer", "Updated interview
# time: Penrose Labs – Product Designer": the capitalised words between the colon and a dash,
# when they are not a job title ("Interview: Data Analyst - Acme").
_SUBJ_COLON = re.compile(
    r"(?i:interview|entretien|entrevista|vorstellungsgespräch)[\w ]{0,24}:\s"
    r"((?:[A-Z0-9][\w.'&]*)(?: (?:[A-Z0-9&][\w.'&]*)){0,3})\s[-–|]\s([^\n]{0,60})"
)
# ... and only when a job title or a day follows the dash, and the words are not a session's
_AFTER_COMPANY = re.compile(
    r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)"
)
_SESSION = re.compile(
    r"(?i)\b(?:round|technical|confirmation|confirmed|schedule|scheduled|interview|stage|panel|screen|call|"
    r"design|craft|update|updated|reminder|invitation|ui|ux)\b"
)
# A date in brackets, not a company: "interview with Greg Stanek (Dec 2)", "(Thursday)", "(12.11.)"
_A_DATE = re.compile(
    r"(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? ?)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d[\d./\-]*)?"
)
# A job title, not a company: "Senior Data Engineer", "Product Designer", "Werkstudent"
_JOBLIKE = re.compile(
    r"(?i)\b(?:engineer|developer|designer|analyst|manager|scientist|consultant|architect|researcher|"
    r"specialist|coordinator|director|officer|associate|intern|lead|head|accountant|controller|"
    r"werkstudent|praktikant|entwickler|ingenieur|développeur|ingénieur|desarrollador|ingeniero|analista)\b"
)
# A LinkedIn headline's employer, on the line below the member's name: "Talent Acquisition @
# Corail Data | On recrute !", "Engineering Manager at Grachtwerk", "Especialista na Minhotec"
_HEADLINE_AT = re.compile(
    r"\s(?:@|at|bei|chez|na|en|bij|presso)\s([A-Z0-9][\w&'.\-]*(?: (?:[A-Z0-9&][\w&'.\-]*|de|da|of|y|und|et))"
    r"{0,3})"
)
_ROLE_RX = Filtered(re.compile(  # matched against lower-cased text (faster than re.I), read from the original
    r"(?:^|\n)\s*(?:role|position|job|stelle|poste|puesto)\s?:\s?([^\n]{2,80})|"
    r"for the ([a-z][\w/&,'\- ()]{2,60}?) (?:position|role)|"
    r"(?:interview|entretien|entrevista)(?: confirmed)?:\s([a-z][\w/&'\- ()]{2,60}?) at ",
))


def company_role(
    mail: Mail, segs: list[thread.Segment], pick: Pick, fam: str | None
) -> tuple[str | None, str | None]:
    company = None
    texts = [mail.subject] + ([pick.event.summary] if pick.event else [])
    # "... with Sofía Martínez" names a person, not the company.
    names = [n for n, _ in (*mail.reply_to, *mail.to, *mail.cc) if n] + [mail.from_name]
    if pick.event is not None:
        # not an ATS relay's organizer: "CN=Brugwater Labs:mailto:brugwater-labs+c7a1@…workablemail.com"
        if _personal(pick.event.organizer):
            names.append(pick.event.organizer_name)
        names += [n for n, _ in pick.event.attendees if n]
    # (not a relay's display name: Reply-To "Fjordline Analytics <fjordline+c-88217@inbound.recruitee.com>"
    # is the company)
    people = {n.lower() for n in names} - {
        n.lower() for n, a in (*mail.reply_to, (mail.from_name, mail.from_addr)) if n and not _personal(a)
    }
    for t in texts:
        m = _SUBJ_AT.search(t)
        if m is None:
            m = _SUBJ_COLON.search(t)
            if m is not None and (
                _SESSION.search(m.group(1))
                or not (_JOBLIKE.search(m.group(2)) or _AFTER_COMPANY.match(m.group(2)))
            ):
                m = None
        if m:
            cand = m.group(1).strip(" .,-")
            if _TOOL_NAME.search(cand):
                continue  # a department or a tool: "Entrevista con Talento Humano"
            if cand.lower() in people or _JOBLIKE.search(cand) or _a_person(cand, m, mail, segs, names):
                then = _ROLE_THEN_COMPANY.match(t, m.end(1))
                if then is None and not _ROLE_AFTER.match(t, m.end(1)):
                    then = _COMPANY_IN_BRACKETS.match(t, m.end(1))
                    if then is not None and then.group(1).lower() in people:
                        then = None  # "interview with Marcus (Olivia Hughes)": the invitee
                if then is not None and not (_JOBLIKE.search(then[1]) or _A_DATE.fullmatch(then[1])):
                    # "Entrevista con Andrés (CTO) - Ceiba Pagos", "with Marcus (Lonestar Sensing)"
                    company = then.group(1)
                    break
                continue
            if not re.match(r"(?i)^(?:the|our|your|a|an|me|us)\b", cand) and len(cand) > 1:
                # ("with Bayanihan Pay Talent Interviews": the team's name, as the sender's)
                company = _without_team(cand) or cand
                break
    # The sender's display name names the company when a system or a team mailbox sent the
    # mail ("Acme Careers"), not when it is a forward (the forwarder) or a scheduling tool.
    if company is None and fam == "linkedin":
        # A member's message: the display name is the person ("Chloé Marchand via LinkedIn");
        # the headline above the message names the employer ("Talent Acquisition @ Corail Data").
        lines = segs[0].text.lstrip().split("\n", 2) if segs else []
        head = None
        name = lines[0].strip() if lines else ""
        if len(lines) > 1 and name and name in mail.from_name and len(lines[1]) <= 120:
            head = _HEADLINE_AT.search(lines[1])
        return (head.group(1) if head else None), _role(mail, segs)
    sender_name, sender_addr = mail.from_name, mail.from_addr
    if thread.is_forward(mail.subject):
        # Not the forwarder; but the user forwarding an ATS's mail to themself forwards its
        # sender ("Arve Photonics <noreply@candidates.workablemail.com>") as it was.
        sender_name, sender_addr = "", None
        if mail.from_addr in own_addresses(mail, segs):
            originals: list[tuple[str, str | None]] = [
                (s.from_name, s.from_addr) for s in segs if s.kind == "fwd" and s.from_addr
            ]
            originals += [(inner.from_name, inner.from_addr) for inner in mail.attached]
            if originals:
                sender_name, sender_addr = originals[0]
    if company is None and sender_addr and (fam or contacts.is_machine(sender_addr)):
        # A booking page's footer names whom it books for: "This email was sent by Microsoft
        # Bookings on behalf of Camelback Health Technologies." (its mailbox's name is the team's)
        behalf = _ON_BEHALF.search("\n".join(s.text[-1500:] for s in segs[:1]))
        if behalf is not None and behalf.group(1).strip().lower() not in people:
            # (SavvyCal's "Sent by SavvyCal on behalf of Alyssa Grant" names the host)
            company = behalf.group(1).strip()
    if company is None and (fam or contacts.is_machine(sender_addr)) and sender_name:
        name = _without_team(sender_name)
        split = _PERSON_THEN_COMPANY.match(name)
        if split:
            part = "paren" if split.group("paren") else "dash"
            person, rest = name[: split.start(part)], split.group(part).strip()
            if not _NOT_A_PERSON.search(person) and not _NOT_A_COMPANY.search(rest):
                name = rest
        # An ATS sending as the recruiter ("Dana Whitfield <no-reply@greenhouse-mail.io>", her
        # own address in Reply-To): the name is a person's.
        persons = {n.lower() for n, a in mail.reply_to if n and _personal(a)}
        if pick.event is not None and pick.event.organizer_name and _personal(pick.event.organizer):
            persons.add(pick.event.organizer_name.lower())
        # A person's own mailbox ("James Okafor <james.okafor@harrowvale.co.uk>", or the
        # "dana.whitfield@…" she signs with under "Dana Whitfield via Recruitee"): the name is theirs.
        # A booking mailbox named for its team ("Entrevues Analytique", "Entrevistas Qhatu"): what
        # follows "Interviews" is the company only when the domain spells it, not a department.
        team = _INTERVIEWS_MAILBOX.match(name or "")
        if team is not None:
            rest = name[team.end() :]
            name = rest if sender_addr and domain_names.spells_domain(rest, sender_addr) else ""
        if name and not _TOOL_NAME.search(name) and name.lower() not in persons and not _mailbox_of(
            name.split(), sender_addr
        ) and not _a_person_by_text(name, segs):
            company = name
    if company is None:
        company = _named_like_domain(mail, segs, pick, people)
    return company, _role(mail, segs)


def _named_like_domain(mail: Mail, segs: list[thread.Segment], pick: Pick, people: set[str]) -> str | None:
    """The company as the mail writes a name its people's domain spells (see ``domain_names``):
    the addresses are the sender's side's own, never the user's, nor a system's."""
    own = own_addresses(mail, segs)
    text = "\n".join([*(s.text[:9_000] for s in segs), *(inner.text[:9_000] for inner in mail.attached)])
    addrs = {mail.from_addr, *(a for _, a in mail.reply_to), *(s.from_addr for s in segs),
             *(inner.from_addr for inner in mail.attached), pick.event.organizer if pick.event else None,
             # ... and those the text gives: "reach me directly: jenna.vang@millcityhealthplans.com"
             *(a for a, _ in contacts.body_addresses(text, 18_000))} - own - {None}
    name = domain_names.company_named(text, [a for a in addrs if a and _personal(a)], people)
    return (_without_team(name) or None) if name else None


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'\-]+")
_LOCAL_SPLIT = re.compile(r"[._\-+]")
_HOST_LABEL = r"(?i:host|interviewer|entrevistador|intervieweur|gastgeber|anfitri[oó]n)s?\s?:\s?"
# A person's full name: "Pieter de Wit", "Hamish Doyle" (not "Kiezkasse über JOIN", "Fjällkod AB")
_PERSON_NAME = re.compile(
    r"[A-ZÀ-Ý][a-zà-ÿ'\-]+(?: (?:de|van|von|der|den|da|del|di|du|le|la|dos|das))*"
    r"(?: [A-ZÀ-Ý][a-zà-ÿ'\-]+){1,2}"
)
# A role in brackets after the name: "(CTO)", "(Head of Data)"
_ROLE_AFTER = re.compile(
    r"\s?\((?:[A-Z]{2,4}|[^()\n]{0,30}\b(?i:head|lead|manager|director|vp|chief|founder|engineer|designer|"
    r"recruiter|partner|cto|ceo|coo|cfo)\b[^()\n]{0,30})\)"
)
_COMPANY_IN_BRACKETS = re.compile(r"\s?\(([A-Z0-9][\w.'&]*(?: [A-Z0-9&][\w.'&]*){0,3})\)\s*$")
_ROLE_THEN_COMPANY = re.compile(r"\s?\([^()\n]{1,40}\)\s[-–|]\s([A-Z0-9][\w.'&]*(?: [A-Z0-9&][\w.'&]*){0,3})")
_WITH_PERSON = re.compile(r"(?i)\b(?:with|avec|con|mit)\s$")


# Words that follow a company's one-word name ("Trama Fintech", "Stripe Payments"), not a surname's
_NOT_SURNAME = (
    "Inc|Ltd|LLC|GmbH|AG|SA|Group|Grupo|Groupe|Labs?|Technologies|Tech|Fintech|Software|Systems|Solutions|"
    "Analytics|Data|Digital|Health|Bank|Banco|Capital|Partners|Consulting|Energy|Energie|Logistics|Logistik|"
    "Payments|Robotics|Studios?|Media|Games|Team|Talent|Careers|People|Recruiting|Engineering|Cloud|AI|"
    "Holdings?|Industries|International|Global|Services|Networks?|Clinical|Research|Medical|Insurance|"
    "Foundation|University|College|Institute|Manufacturing|Motors|Foods?|Retail|Bio|Pharma|Therapeutics|Ventures|"
    "Works|Company|Co|Corporation|Corp|Limited|Hospital|Clinic"
)
_SURNAME_AFTER = re.compile(rf" (?!(?:{_NOT_SURNAME})\b)[A-Z][a-z]+(?=[\s,.(]|$)")


def _a_person(cand: str, m: re.Match[str], mail: Mail, segs: list[thread.Segment], names: list[str]) -> bool:
    """Whether the subject's "Interview with Mark Feldman" or "Interview: Marisa Tran – S&OP
    Manager" names a person (the interviewer, or the user), not the company: a role in brackets
    follows the name ("Andrés (CTO)"); a person in the headers bears it ("with Pieter" of
    "Pieter de Wit"); a mailbox's name spells it ("mark.feldman@…", the user's own
    "marisa.tran@…"); a booking tool calls them "Host:"; or, after "with", the body calls them by
    the first word alone ("your interview with Mark on Thursday")."""
    words = cand.split()
    if not words:
        return False
    if _ROLE_AFTER.match(m.string, m.end(1)) and _NAME_WORD.fullmatch(words[0]):
        return True  # "Entrevista con Andrés (CTO) - Ceiba Pagos"
    if (len(words) == 1 or "&" in words) and _NAME_WORD.fullmatch(words[0]) and any(
        n.split()[0] == words[0] for n in names if _PERSON_NAME.fullmatch(n)
    ):
        return True  # "with Pieter" of Reply-To "Pieter de Wit"; "with Hamish & Leanne" from Hamish Doyle
    body = "\n".join(seg.text[:3000] for seg in segs[:3])
    if len(words) == 1 and _NAME_WORD.fullmatch(words[0]) and _WITH_PERSON.search(m.string[: m.start(1)]):
        # "with Marcus (Lonestar Sensing)" above "your interview with Marcus Reyes (Director of
        # Embedded Engineering)": the first name of a person the body names in full, or Spanish's
        # personal "a" ("a Rodrigo le surgió un viaje", "a Memo se le cruzó una junta")
        name = re.escape(words[0])
        if re.search(rf"\b(?i:with|con|avec|mit) {name} [A-ZÀ-Ý][a-zà-ÿ]+\b|\ba {name} (?:se )?le\b", body):
            return True
        # ... or anywhere, as a signature or an introduction does: a person's first name stands
        # before a surname ("Priya Raman") or a role in brackets ("con Hernán (nuestro CTO)"); a
        # company's one-word name stands alone or before a business's word ("Oakhurst Clinical")
        folded_body = fold_marks(body)
        for hit in re.finditer(rf"(?<![\w-]){re.escape(fold_marks(words[0]))}\b", folded_body):
            if _ROLE_AFTER.match(folded_body, hit.end()) or _SURNAME_AFTER.match(folded_body, hit.end()):
                return True
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    addrs = [a for _, a in (*mail.to, *mail.cc, *mail.reply_to)] + [mail.from_addr or ""]
    if any(_mailbox_of(words, a) for a in addrs) or _signed_by(cand, segs):
        return True
    if re.search(rf"{_HOST_LABEL}{re.escape(cand)}\b", body):
        return True  # Zoom's and Calendly's "Host: Omar Haddad"
    if not _WITH_PERSON.search(m.string[: m.start(1)]):
        return False
    # "Mark on Thursday", "Dana will dig into": a first name before a lower-case word; not
    # "Castellana 141" (a street) or "The Tidewell Recruiting Team" (the company's own name)
    alone = re.compile(rf"\b{re.escape(words[0])} (?!{re.escape(words[1])}\b)[a-zà-ÿ]")
    return alone.search(body) is not None


def _signed_by(name: str, segs: list[thread.Segment]) -> bool:
    """Whether the mail's own text (or the original it forwards) gives a personal address that
    spells the name ("dana.whitfield@…", "mark.feldman@…"): the name is a person's, not the
    company's."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not segs:
        return False
    text = "\n".join(s.text[:9_000] for s in segs if s.kind in ("top", "fwd"))
    return any(_mailbox_of(words, a) for a, _ in contacts.body_addresses(text, 18_000))


def _a_person_by_text(name: str, segs: list[thread.Segment]) -> bool:
    """Whether the mail's own text shows a sender's display name is a person's, not the company's:
    a personal address spelling it, a closing it signs, or a relay introducing it."""
    return _signed_by(name, segs) or _signs_off(name, segs) or _introduced_as_person(name, segs)


def _introduced_as_person(name: str, segs: list[thread.Segment]) -> bool:
    """Whether a relay's text introduces the name as a person of a company: "Jonas Riedel von
    Börde Drohnenwerk hat dir eine Nachricht … geschickt" under "Jonas Riedel via JOIN". (Not
    "de" or "of": "Grupo Ibérica de Ingeniería" is the name's own continuation.)"""
    if not _PERSON_NAME.fullmatch(name) or not segs:
        return False
    introduced = re.compile(rf"\b{re.escape(name)} (?:von|from|at|bei|chez) [A-ZÀ-Ý]")
    return introduced.search(segs[0].text[:2_000]) is not None


# A closing line: "Best,", "Sincerely,", "Freundliche Grüße", "Un saludo"
_CLOSING = re.compile(
    r"[^\n]{0,30},|(?i:(?:mit )?(?:freundliche|viele|beste)n? grü(?:ß|ss)en?|(?:best|kind|warm)? ?regards|"
    r"cordialement|(?:un )?saludos?(?: cordiales)?|atentamente|cheers|thanks|best)[ \t]*"
)


def _signs_off(name: str, segs: list[thread.Segment]) -> bool:
    """Whether a person's name ("Rosa Hernandez", not "Kumbre Systems") signs the mail, on the
    line after its closing: the sender named so is the recruiter, not the company (an ATS
    sending as her: "Rosa Hernandez <ironbridgeinsurance+autoreply@talent.icims.com>"). Not the
    company signing under its team ("Kind regards,\nTalent Acquisition\nDominion Ridge Financial")."""
    if not _PERSON_NAME.fullmatch(name) or re.search(rf" (?:{_NOT_SURNAME})$", name):
        return False
    for seg in segs:
        if seg.kind not in ("top", "fwd"):
            continue
        for hit in re.finditer(rf"^[ \t]*{re.escape(name)}[ \t]*$", seg.text[:9_000], re.M):
            above = seg.text[: hit.start()].rstrip().rsplit("\n", 1)[-1].strip()
            if _CLOSING.fullmatch(above):
                return True
    return False


def _mailbox_of(words: list[str], addr: str | None) -> bool:
    """Whether a person's own address spells every word of a two- or three-word name:
    "james.okafor@…" (not a system's "kestrel-trade-analytics@…" relay)."""
    if not addr or not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    local = set(_LOCAL_SPLIT.split(fold_marks(addr.split("@", 1)[0].lower())))
    return all(fold_marks(w.lower()) in local for w in words) and _personal(addr)


def _role(mail: Mail, segs: list[thread.Segment]) -> str | None:
    body = "\n".join(s.text[:1500] for s in segs[:2])
    for t in (mail.subject, body[:1500]):
        for m in _ROLE_RX.finditer(lower(t)):
            g = next(i for i in (1, 2, 3) if m.group(i))
            role = t[m.start(g) : m.end(g)].strip(" .,")
            # A title, not a sentence run into one: "for the note - I'd love to talk about the
            # data platform role", "hiring manager discussion for the Platform Lead role"
            if not _SENTENCE_WORD.search(m.group(g)):
                return role
    return None


_INTERVIEWS_MAILBOX = re.compile(
    r"(?i)(?:entrevistas|interviews|entretiens|entrevues|vorstellungsgespräche|bewerbungsgespräche|colloqui)\s"
)
# ... and an ATS's: "This email was sent via iCIMS on behalf of Ironbridge Insurance Group."
_ON_BEHALF = re.compile(
    r"(?i:(?:sent (?:by|via|through)|envoyé (?:par|via)|enviado (?:por|a través de)|gesendet (?:von|über)) "
    r"[\w.\- ]{2,30}? (?:on behalf of|au nom de|en nombre de|im auftrag von)) "
    # ... up to the sentence's end: not "Crane & Ridley. Replies to this address are not monitored"
    r"([A-Z0-9](?:[\w&'’\- ]|\.(?=\S)){1,60}?)(?:\.(?=\s)|\.?[ \t]*$)",
    re.M,
)
_SENTENCE_WORD = re.compile(
    r"\b(?:i|i['’]d|i['’]m|we|we['’]re|you|your|love|like|talk|discuss|discussion|chat|call|interview)\b"
)


def _personal(addr: str | None) -> bool:
    """A person's own mailbox, not a relay or a system's ("havenlicht+c4f1@candidates...")."""
    return bool(addr) and not contacts.is_machine(addr) and not ats.system_domain(addr or "")


_WITH = re.compile(
    r"(?:^|\n)[ \t]*(?i:with|interviewer\(s\)|interviewers?|you'll meet with|panel|gesprächspartner(?:in)?|"
    r"avec|con)[ \t]?:[ \t]*\n?"
    r"((?:[ \t]*[-•*]?[ \t]*[A-ZÀ-Ý][\w'À-ÿ\-]+(?: [A-ZÀ-Ý][\w'À-ÿ\-]+){1,3}[^\n]{0,80}\n?){1,6})"
)
_NAME = re.compile(r"[ \t]*[-•*]?[ \t]*([A-ZÀ-Ý][\w'À-ÿ\-]+(?: [A-ZÀ-Ý][\w'À-ÿ\-]+){1,3})")


def interviewers(pick: Pick, text: str, own: set[str], contact: str | None) -> tuple[str, ...]:
    """Names after "With:"/"Interviewer(s):", else the event's other attendees."""
    names: list[str] = []
    m = _WITH.search(text[:8000])
    if m:
        for line in m.group(1).split("\n"):
            nm = _NAME.match(line)
            if nm and nm.group(1) not in names:
                names.append(nm.group(1))
    if not names and pick.event is not None:
        for cn, addr in pick.event.attendees:
            if addr in own or addr == contact or addr == pick.event.organizer:
                continue
            if cn and "@" not in cn and cn not in names:
                names.append(cn)
    return tuple(names[:6])
