"""Applicant-tracking and scheduling systems, known by the domains they send from.

A mail from one of these is about a job application: it makes interview words more credible,
but it is never enough alone (the same systems send receipts, rejections and "pick a slot"
links). Their addresses are never a person to write to.
"""

from __future__ import annotations

import re

from followupd.detect.literals import Filtered

ATS_DOMAINS: dict[str, str] = {
    "greenhouse.io": "greenhouse",
    "greenhouse-mail.io": "greenhouse",
    "lever.co": "lever",
    "hire.lever.co": "lever",
    "ashbyhq.com": "ashby",
    "myworkday.com": "workday",
    "workday.com": "workday",
    "myworkdayjobs.com": "workday",
    "goodtime.io": "goodtime",
    "joinhandshake.com": "handshake",  # a university career centre's interview schedules
    "smartrecruiters.com": "smartrecruiters",
    "smartrecruitersmail.com": "smartrecruiters",
    "icims.com": "icims",
    "talent.icims.com": "icims",
    "workable.com": "workable",
    "workablemail.com": "workable",
    "candidates.workablemail.com": "workable",
    "teamtailor.com": "teamtailor",
    "teamtailor-mail.com": "teamtailor",
    "mail.teamtailor.com": "teamtailor",
    "personio.de": "personio",
    "personio.com": "personio",
    "jobs.personio.de": "personio",
    "jobvite.com": "jobvite",
    "bamboohr.com": "bamboohr",
    "recruitee.com": "recruitee",
    "recruiteemail.com": "recruitee",
    "breezy.hr": "breezy",
    "jazzhr.com": "jazzhr",
    "applytojob.com": "jazzhr",
    "pinpointhq.com": "pinpoint",
    "rippling.com": "rippling",
    "gem.com": "gem",
    "modernloop.io": "modernloop",
    "prelude.co": "prelude",
    "paradox.ai": "paradox",
    "successfactors.com": "successfactors",
    "successfactors.eu": "successfactors",
    "taleo.net": "taleo",
    # Taleo's career sites send as "<company>@invalidemail.com", a domain no one reads
    "invalidemail.com": "taleo",
    "oraclecloud.com": "oracle",
    "softgarden.io": "softgarden",
    "softgarden.de": "softgarden",
    "join.com": "join",
    "dvinci.de": "dvinci",
    "d.vinci": "dvinci",
    "homerun.co": "homerun",
    "welcomekit.co": "welcometothejungle",
    "flatchr.io": "flatchr",
    "recruitcrm.io": "recruitcrm",
    "manatal.com": "manatal",
    "zohorecruit.com": "zoho",
    "comeet.co": "comeet",
    "hireez.com": "hireez",
    "dover.com": "dover",
    "avature.net": "avature",
    "cornerstoneondemand.com": "cornerstone",
    "phenompeople.com": "phenom",
    "hirevue.com": "hirevue",
    "varbi.com": "varbi",
    "zohorecruit.eu": "zoho",
    "zohorecruit.in": "zoho",
    "comeet-mail.com": "comeet",
    "gupy.com.br": "gupy",
    "gupy.io": "gupy",
    "freshteam.com": "freshteam",
    "lever-mail.com": "lever",
    "ashbyhq-mail.com": "ashby",
    "breezyhr.com": "breezy",
    "jobvite-mail.com": "jobvite",
    "workday-mail.com": "workday",
    "dvinci-mail.com": "dvinci",
    "erecruiter.pl": "erecruiter",
    "traffit.com": "traffit",
    "rexx-systems.com": "rexx",
    "reachmee.com": "reachmee",
    "jobylon.com": "jobylon",
    "emply.com": "emply",
    "prescreen.io": "prescreen",
    "zohorecruitmail.com": "zoho",
    "darwinbox.in": "darwinbox",
    "darwinbox.com": "darwinbox",
    "keka.com": "keka",
    "pageuppeople.com": "pageup",
    "pageup.com.au": "pageup",
    "jobadder.com": "jobadder",
    "umantis.com": "umantis",
    "eightfold.ai": "eightfold",
    # Interview platforms that run live technical interviews for employers (and send
    # assessments too, which the negative families catch).
    "karat.com": "karat",
    "karat.io": "karat",
    "codesignal.com": "codesignal",
    "coderpad.io": "coderpad",
    "hackerrank.com": "hackerrank",
    "hireline.io": "hireline",
    "infojobs.net": "infojobs",
    "bizneo.com": "bizneo",
    "bizneohr.com": "bizneo",
    "factorialhr.com": "factorial",
    "gupy.com": "gupy",
    "inhire.com.br": "inhire",
    "solides.com.br": "solides",
    "kenoby.com": "kenoby",
    "pandape.com": "pandape",
    # Job boards that relay an employer's interview confirmation (and their receipts and alerts,
    # which the negative families catch).
    "computrabajo.com": "computrabajo",
    "bumeran.com": "bumeran",
    "bumeran.com.ar": "bumeran",
    "zonajobs.com.ar": "zonajobs",
    "hellowork.com": "hellowork",
    "welcometothejungle.com": "welcometothejungle",
    "magneto365.com": "magneto",
    "elempleo.com": "elempleo",
    "jobup.ch": "jobcloud",
    "jobs.ch": "jobcloud",
    "jobscout24.ch": "jobcloud",
    "stepstone.de": "stepstone",
    "indeed.com": "indeed",
    "indeedemail.com": "indeed",  # the employer's relay address: no person reads it as mail
    "seek.com.au": "seek",
    "naukri.com": "naukri",
    "instahyre.com": "instahyre",
    "iimjobs.com": "iimjobs",
    "thehub.io": "thehub",
    "jobindex.dk": "jobindex",
    "herp.cloud": "herp",
    "hrmos.co": "hrmos",
    "wantedly.com": "wantedly",
    "green-japan.com": "green",
    "bizreach.jp": "bizreach",
    "bayt.com": "bayt",
    "gulftalent.com": "gulftalent",
    "naukrigulf.com": "naukrigulf",
    "pracuj.pl": "pracuj",
    "justjoin.it": "justjoinit",
    "nofluffjobs.com": "nofluffjobs",
    "bulldogjob.pl": "bulldogjob",
    "net-empregos.com": "netempregos",
    "itjobs.pt": "itjobs",
    "landing.jobs": "landingjobs",
}
SCHEDULER_DOMAINS: dict[str, str] = {
    "calendly.com": "calendly",
    "cal.com": "calcom",
    "youcanbook.me": "youcanbookme",
    "doodle.com": "doodle",
    "chilipiper.com": "chilipiper",
    "savvycal.com": "savvycal",
    # Not google.com, zoom.us or microsoft.com: people who work there recruit too.
    "acuityscheduling.com": "acuity",
    "hubspot.com": "hubspot",
    "bookings.microsoft.com": "ms_bookings",
}
# Text that names the system even when the mail is relayed from the company's own domain.
POWERED_BY: dict[str, str] = {
    "powered by greenhouse": "greenhouse",
    "powered by lever": "lever",
    "powered by ashby": "ashby",
    "powered by goodtime": "goodtime",
    "powered by calendly": "calendly",
    "powered by workable": "workable",
    "powered by smartrecruiters": "smartrecruiters",
    "powered by teamtailor": "teamtailor",
    "powered by personio": "personio",
    "powered by icims": "icims",
    "powered by workday": "workday",
    "greenhouse software": "greenhouse",
    "ashby scheduling": "ashby",
    "goodtime.io": "goodtime",
    "joinhandshake.com": "handshake",  # a university career centre's interview schedules
}


# "Sent via GoodTime", "Enviado con Workable", "Skickat med Teamtailor": the footer names the system.
_SENT_WITH = Filtered(re.compile(
    r"(?:powered by|sent (?:via|with|by|using)|enviado (?:con|por|vía|via)|envoyé (?:avec|via|par)|"
    r"gesendet (?:mit|über|via)|verzonden (?:via|met)|skickat (?:med|via)|inviato (?:con|tramite)|"
    r"enviado (?:com|pelo|pela)|za pośrednictwem(?: systemu)?|über)\s([a-z][a-z0-9]{2,20})"
))
_FAMILIES = frozenset(ATS_DOMAINS.values()) | frozenset(SCHEDULER_DOMAINS.values())


def _match(domain: str, table: dict[str, str], extra: tuple[str, ...] = ()) -> str | None:
    d = domain.lower().strip(".")
    for item in extra:
        item = item.lower().lstrip("@")
        if d == item or d.endswith("." + item):
            return f"user:{item}"
    parts = d.split(".")
    for i in range(len(parts) - 1):
        hit = table.get(".".join(parts[i:]))
        if hit:
            return hit
    if len(parts) >= 2 and "-" in parts[-2] and table is ATS_DOMAINS:
        # A system's own sending domain beside its main one: "m-personio.de", "personio-mail.com"
        for word in parts[-2].split("-"):
            if word in _SENDING_BRANDS:
                return _SENDING_BRANDS[word]
    return None


# Brand names no ordinary domain contains (not "greenhouse", "paradox", "landing"): a hyphenated
# domain carrying one is the system's own. The system each names is the table's.
_SENDING_BRANDS: dict[str, str] = {
    label: name
    for domain, name in ATS_DOMAINS.items()
    if (label := domain.split(".")[-2]) in (
        "personio", "teamtailor", "smartrecruiters", "softgarden", "recruitee", "jobvite", "bamboohr",
        "successfactors", "icims", "dvinci", "umantis", "jobylon", "reachmee", "comeet", "manatal", "ashbyhq",
        "myworkday", "zohorecruit",
    )
}


# A recruitment agency's own domain name ("orsay-talents.fr", "stratumstaffing.ca").
AGENCY_DOMAIN = re.compile(
    r"talent|recruit|recrut|reclut|rekrut|staffing|headhunt|personalberat|executive-?search|placement|"
    # a search firm's name ending in "search" ("pinnaclesearch.co.uk"), not a "...research" lab
    r"(?<!re)search(?:[-.]|$)|"
    # German staffing firms name themselves "... Personal" ("corvus-personal.de"), and the big brands
    r"personal(?:[-.]|$)|personaldienst|zeitarbeit|"
    r"(?:^|[-.])(?:hays|randstad|adecco|manpower|michaelpage|pagepersonnel|robertwalters|roberthalf|"
    r"kellyservices|gulp|ferchau|brunel|aerotek|teksystems|experis|harveynash|akkodis|expectra)(?:[-.]|$)"
)
# Whole addresses of a network that also sends alerts and newsletters from the same domain: only
# these relay a person's message ("Tyler just messaged you").
ATS_ADDRESSES: dict[str, str] = {
    "messages-noreply@linkedin.com": "linkedin",
    "inmail-hit-reply@linkedin.com": "linkedin",
    "hit-reply@linkedin.com": "linkedin",
}


def family_of(addr: str | None, extra: tuple[str, ...] = ()) -> str | None:
    """The ATS family an address belongs to (user rules first), else None."""
    if not addr or "@" not in addr:
        return None
    return _match(addr.rsplit("@", 1)[1], ATS_DOMAINS, extra) or ATS_ADDRESSES.get(addr.lower())


def scheduler_of(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    return _match(addr.rsplit("@", 1)[1], SCHEDULER_DOMAINS)


def system_domain(addr: str, extra: tuple[str, ...] = ()) -> bool:
    """An address at a system's own domain (never a human contact)."""
    if "@" not in addr:
        return False
    d = addr.rsplit("@", 1)[1]
    return bool(
        _match(d, ATS_DOMAINS, extra)
        or _match(d, SCHEDULER_DOMAINS)
        or d.endswith(
            (
                "amazonses.com",
                "sendgrid.net",
                "mailgun.org",
                "mailchimpapp.net",
                "mcsv.net",
                "bounces.google.com",
                "calendar.google.com",
            )
        )
    )


def powered_by(low: str) -> str | None:
    """The system a lower-cased text names in its first or last 3,000 characters."""
    # The end first: a footer's "Powered by" outranks the systems a quoted thread names.
    if len(low) > 3000:
        low = low[-3000:] + " " + low[:3000]
    for key, fam in POWERED_BY.items():
        if key in low:
            return fam
    for m in _SENT_WITH.finditer(low):
        if m.group(1) in _FAMILIES:
            return m.group(1)
    return None
