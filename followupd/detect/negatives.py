# ruff: noqa: E501 - vocabulary tables: one alternation per line reads better than split strings
"""Families of mail that talk about interviews, and often name a time, without confirming one:
newsletters, job alerts, receipts, rejections, offers, proposals and polls, "pick a slot" links,
webinars, coaching, other appointments, the user on the interviewer's side, media interviews.
Each fired family subtracts its weight and is named in the reasons (``neg:<family>``)."""

from __future__ import annotations

import re

from followupd.detect.literals import Filtered
from followupd.detect.matchers import AnyOf, Gated, I

# A sitter the user hires, for "interviewer_side": childcare words, and near them the parent's side
# (at the family's home, their ad) or the sitter's own (references, a first-aid card, the kids).
_CHILDCARE = (
    r"nanny|nannies|nannylink|babysitt\w*|baby-?sitt\w*|nounou|garde d['’]enfants?|pour la garde de|gardienne|"
    r"gardiens? avertis|niñera|canguros?|kinderbetreuung|tagesmutter"
)
_AT_THE_PARENTS = r"chez vous|at your (?:home|house|place)|vuestra casa|tu casa|our ad|votre annonce|ton annonce"
_SITTERS_WORDS = (
    r"your (?:kids|children|daughter|son|little one)|vos enfants|tes enfants|mes références|my references|"
    r"cpr card|first[- ]aid certificate|psc1|rcr|play with \w+|meeting [a-zà-ÿ]+ and [a-zà-ÿ]+|conozco a|"
    r"conocer a|las dos familias|the [a-zà-ÿ]+ family"
)

# Families of mail that talk about interviews without confirming one.
_NEGATIVE: dict[str, tuple[re.Pattern[str] | Gated | AnyOf[Gated], float]] = {
    "newsletter": (
        re.compile(
            r"newsletter|issue #\d|read the (?:full )?(?:post|article|story)|new on the blog|our latest post|"
            r"view (?:this email )?in (?:your )?browser|this week'?s (?:picks|issue|edition)|new episode|episode \d|"
            r"podcast|listen (?:now|here|:)|forward to a friend|"
            # (not an ATS footer's "Manage your email preferences in your candidate profile")
            r"manage (?:your )?(?:email )?preferences(?! in your (?:candidate |applicant )?(?:profile|account))",
            I,
        ),
        5.0,
    ),
    "webinar": (
        Gated(
            r"webinar|masterclass|master class|live workshop|(?<!client )(?<!customer )(?<!internal )(?<!team )(?<!head of our )(?<!head of the )\bworkshop|tilmelding|tilmeldt|påmelding|aanmelding|live session|livestream|live stream|"
            r"\bregister\b(?! (?:at|with) (?:the |our )?(?:main )?(?:gate|reception|front desk|desk|security|lobby|concierge))|save your seat|info(?:rmation)? session|open house|career fair|job fair|meetup|meet-up|"
            # (a factory's "de l'atelier" is its shop floor: "réorganisation de l'atelier transformation")
            # (a workshop as a place is no event: "nos vemos ... en el taller (García Vigil 318)",
            # "Colectivo Tramas - Taller Macedonio Alcalá 407"; an event's is named so: "taller de CV")
            # (an events job's field, "Veranstaltungsmanagement", "Leitung Veranstaltungsbüro", is no
            # event: of the compounds only an event's own details count)
            # Calendly's German "Veranstaltungstyp:" labels every booking, and Google Calendar's
            # "Diese Veranstaltung wurde geändert" every changed event (its subject "Abgesagte
            # Veranstaltung:", its footer "Gast bei dieser Veranstaltung")
            r"hackathon|(?<!kunden)(?<!firmen)(?<!diese )(?<!dieser )(?<!folgender )(?<!folgenden )(?<!abgesagte )(?<!aktualisierte )veranstaltung(?!s(?!(?:ort|hinweis|detail|reihe|link|info|kalender|programm|beginn|zugang|seite|übersicht|anmeldung)))|(?<!visiter )(?<!voir )(?<!montrer )(?<!montrera )(?<!montrerai )(?<!montrerons )(?<!à )(?<!visite de )(?<!tour de )(?<!de )(?<!dans )(?:un|notre|cet|l'|l’)\s?atelier\b(?!\s(?:pharmaceutique|mécanique|conditionnement|de production|de fabrication|d['’]usinage|de maintenance|de montage|de couture|textile|industriel|de confection))|seminario|\btaller(?:es)? (?:de|sobre|en l[ií]nea|online|virtual|gratuito|pr[aá]ctico|intensivo)\b|(?<!en )(?:al|del|este|nuestro|próximo|proximo|el|un) taller\b(?! (?:mecánico|mecanico))|\btaller\s?:|feria de empleo|hiring event|"
            r"speed-?dating|anmeldebestätigung|ihre anmeldung|registration (?:is )?confirmed|you(?:'re| are) registered|"
            r"for registering|your registration|registrant|inscription (?:est )?confirmée|inscripción confirmada|"
            r"karrieretag|career(?:s)? (?:day|fair)|information session|info session|informatiebijeenkomst|"
            r"recruiting event|walk-in|open interviews|virtual event|karrieremesse|jobmesse|salon de l'emploi|"
            r"forum emploi|ask me anything|panel discussion|fireside chat|webinaire|webinario|"
            r"inscrivez|inscription|regístrate(?! en (?:la )?recepción)|inscríbete|inscripción|bootcamp|online course|"
            # a course's intake, not an analyst's "cohort model"
            r"(?:next|upcoming|spring|summer|fall|autumn|winter) cohort\b|join (?:the|our|this) cohort\b|"
            r"cohort(?:-based| starts| begins| kicks off)|"
            r"inscrição (?:confirmada|realizada)|sua inscrição|seu ingresso|meus ingressos|"
            r"(?:confirmación de|gracias por) (?:su |tu )?regist|cancelar (?:su|tu) registro|"
            # the user speaking at a conference: "Tu charla quedó confirmada en la grilla", a sound check
            # Zoom's German registration: "vielen Dank für Ihre Registrierung", "Live-Q&A", "Veranstalter:"
            r"(?:ihre|deine) registrierung|registrierung für\b|live[- ]q&a|\bveranstalter\s?:|"
            r"\btu charla\b|prueba de sonido|sound ?check|your (?:talk|session) (?:has been|was|is) (?:accepted|selected|confirmed)|"
            r"speaker (?:slot|briefing|guidelines|check-?in)|call for (?:papers|proposals|speakers)",
            "tu charla|prueba de sonido|sound|your talk|your session|speaker|call for|registrierung|q&a|veranstalter|"
            "webinar|master|workshop|live|register|save your seat|session|open house|fair|meetup|meet-up|speed|anmeld|"
            "registration|registered|registering|registrant|inscription|inscripción|karrieretag|career|informatie|"
            "tilmeld|påmeld|aanmeld|"
            "hackathon|veranstaltung|atelier|seminario|taller|feria|hiring event|recruiting event|walk-in|"
            "open interviews|virtual event|messe|salon de l'emploi|forum emploi|ask me anything|panel discussion|"
            "fireside chat|webinaire|webinario|inscrivez|inscription|regístrate|inscríbete|inscripción|bootcamp|"
            "inscrição|ingresso|regist|"
            "online course|cohort",
        ),
        4.0,
    ),
    "mock": (
        re.compile(
            r"mock[- ](?:[\w-]+ ){0,3}interview|practice (?:[\w-]+ ){0,2}interview|interview (?:coaching|training|practice)|"
            # "Mock Robotics Onsite - System Design"; a mentor's "this isn't an interview or anything"
            r"\bmock[- ](?:[\w-]+ ){0,2}(?:onsite|on-site|screen|round|loop)\b|"
            r"\b(?:this|it) (?:isn['’]t|is not|won['’]t be) (?:an|a real|a formal|a job) interview\b|"
            # "Not an interview or anything formal - just catching up", "ce n'est pas un entretien"
            r"(?:^|[.!?:]\s|\n|\s[-–]\s|\bjust\s)not (?:an|a real|a formal|a job) interview\b|"
            r"\b(?:ist|wird) (?:das )?kein (?:vorstellungs|bewerbungs)gespräch\b|\bkein (?:vorstellungs|bewerbungs)gespräch,|"
            r"\b(?:ce n['’]est|c['’]est|ça n['’]est) pas un (?:vrai )?entretien\b|\bno es una entrevista\b|"
            # "Ganz ohne Jobthema übrigens, versprochen", "rein privat"
            r"\bohne (?:job|arbeits|karriere)-?thema\b|\b(?:ganz|rein) privat\b|no job talk\b|"
            r"coaching (?:session|call)|"
            # a mentor's call about the search: "notre call mentorat", signed "Mentor - Réseau Alumni"
            r"\b(?:call|appel|séance|session|rdv) (?:de )?mentorat\b|\bmentorat\b|mentoring (?:call|session)|"
            r"mentorship (?:call|session)|sesión de mentoría|mentoring-?(?:gespräch|termin|call)|"
            # "Great to connect through the alumni mentoring program ... an informational conversation"
            r"mentoring program|mentorship program|informational (?:conversation|interview|chat|call)|"
            # "beim Mentoring-Programm … dabei", "Wir haben eine Mentorin für dich gefunden"
            r"mentoring-?programm|mentoring-?programme|programme de mentorat|programa de mentoría|"
            r"(?:eine|einen) (?:mentorin|mentor) für (?:dich|sie|euch) gefunden\b|"
            r"\bmentor(?:in)?\s?[-–|,]\s?(?:réseau|alumni|network|netzwerk|red)\b|alumni mentor|"
            # a booking the candidate pays for ("Payment: £85.00 paid"): no employer charges for its interview
            r"(?:payment|amount paid|price)\s?:\s?[£$€]\s?\d|[£$€]\s?\d+(?:[.,]\d\d)? paid\b|"
            r"career coach|interview prep(?:aration)? (?:call|session)|your coach\b|probeinterview|übungsinterview|interviewtraining|bewerbungstraining|"
            r"simulation d'entretien|entretien blanc|entrevista simulada|simulacro de entrevista|"
            # "Interview-Simulation (Bewerbungscoaching, 90 Min.)"
            r"interview-?simulation|bewerbungscoaching|"
            # a friend's rehearsal: "me haces la entrevista de práctica", "Übungsgespräch"
            r"entrevistas? de (?:práctica|prueba|ensayo)|ensayo de (?:la )?entrevista|übungsgespräch|"
            r"entretien d['’]entraînement|"
            r"simulaci[oó]n de (?:una |la )?entrevista|coach laboral|"
            r"simulação de entrevista|simulado de entrevista|mentoria|mentoring session|övningsintervju|"
            r"provintervju|øvelsesintervju|prøveintervju|harjoitushaastattelu|vi simulerar|"
            r"probe-?(?:vorstellungs|bewerbungs)gespräch|probe-interview|wir simulieren|colloquio simulato|"
            r"simulazione (?:di|del) colloquio|entretien simulé|simulation d['’]entrevue|entrevue simulée|"
            r"entrevue (?:fictive|blanche|de pratique)|pratique d['’]entrevue|"
            # a coach's session to get ready for interviews elsewhere
            r"preparaci[oó]n (?:para|de) (?:(?:la|las|tus|tu|una) )?entrevistas?|"
            r"préparation (?:(?:à|aux|de|d['’]|pour) )?(?:(?:l['’]|tes|vos|un|une) ?)?entretiens?|"
            r"vorbereitung auf (?:(?:das|dein|ihr|ein) )?(?:vorstellungsgespräch|interview|bewerbungsgespräch)e?|"
            r"interview preparation (?:session|call|coaching)",
            I,
        ),
        # A booked practice session comes with the invitation and the wording of the real thing
        # ("Booked: System Design mock interview", an ICS REQUEST): the word has to outweigh them.
        9.0,
    ),
    "job_alert": (
        re.compile(
            r"job alert|new jobs?\b|jobs? (?:picked|recommended|matching|for you)|roles picked|recommended (?:jobs|roles)|"
            r"similar jobs|easy apply|jobs you may|jobs you might|recommended for you|neue stellenangebote|jobagent|offres d'emploi correspondant|"
            r"ofertas de empleo|alerta de empleo",
            I,
        ),
        5.0,
    ),
    "receipt": (
        re.compile(
            # Not "thank you for applying/your application": invitations open with it too. A receipt
            # says it received something, and it has no fixed time anyway.
            r"received your application|application (?:has been )?received|we(?:'ve| have) received your|"
            r"application confirmation|eingangsbestätigung|bewerbung (?:ist )?(?:bei uns )?eingegangen|"
            r"haben ihre bewerbung erhalten|bien reçu votre candidature|"
            r"(?:ihre|deine) bewerbung wurde (?:erfolgreich )?(?:an .{1,60} )?(?:versendet|übermittelt|verschickt|abgeschickt)|"
            r"your application (?:has been|was) (?:successfully )?(?:sent|submitted)|"
            r"hemos recibido (?:tu|su) (?:candidatura|solicitud)|"
            r"recebemos a (?:sua|tua) candidatura|(?:a )?(?:sua|tua) candidatura foi (?:enviada|recebida|submetida)|"
            r"(?:twoja|pana|pani) aplikacja została (?:wysłana|przesłana)|wysłaliśmy (?:twoją|pana|pani) aplikację|"
            r"otrzymaliśmy (?:twoją|pana|pani) (?:aplikację|kandydaturę|zgłoszenie)",
            I,
        ),
        3.0,
    ),
    "rejection": (
        Gated(
            r"other candidates|not (?:to )?(?:move|moving) forward|decided (?:not )?to (?:move forward|proceed|pursue|"
            r"continue) with (?:other|another)|(?:won't|will not) be moving forward|not be progressing|"
            # not an aside: "(I got this wrong with another candidate last year)"
            r"(?:(?:moving|move|going|go|proceed(?:ing)?) (?:forward )?with|chosen|selected|hired|to) "
            r"(?:another|a different) candidate|"
            r"not (?:been )?selected|(?:not|won't be|will not be) proceeding|not to proceed|decided to go with|"
            r"unsuccessful|regret to inform|position has been filled|no longer (?:under consideration|considering)|"
            r"leider (?:mitteilen|keine positive)|anderen? (?:kandidat|bewerber)|nicht (?:weiter )?berücksichtig|"
            r"pas (?:été )?retenue?|ne pas donner suite|autres? candidat|no (?:ha|has) sido seleccionad|"
            r"otros candidatos|no continuar|(?:continuar|seguir) (?:el proceso )?con otr[oa]s (?:postulantes|perfiles)",
            "candidat|forward|decided|progressing|unsuccessful|regret|filled|no longer|leider|kandidat|bewer"
            "ber|berücksichtig|retenu|donner suite|seleccionad|no continuar|selected|proceed|go with|con otr",
        ),
        6.0,
    ),
    "offer": (
        Gated(
            # not "This notice does not constitute an offer of employment"
            r"(?<!constitute an )(?<!not an )(?<!is no )offer of employment|(?:pleased|delighted|happy|excited) to offer|offer letter|job offer|formal offer|"
            r"propuesta formal|propuesta (?:laboral|económica)|fecha de ingreso|"
            r"extend (?:you )?an offer|offer you the (?:[\w-]+ ){0,4}(?:position|role|job)\b|make you an offer|discuss (?:your|the) offer|"
            r"(?:your|the) (?:written |formal )?offer (?:is attached|attached)|"
            # "I'm delighted to send you our offer for the role of ...", "Proposed start date: Monday 4 January"
            r"\bsend(?:ing)? (?:you )?(?:our|an|the|your) (?:written |formal )?offer\b|\byour offer from\b|"
            # "Making it official - we'd like you to join Portage Creek Foods as our ... Planner"
            r"\bmaking it official\b|"
            r"\b(?:proposed|anticipated|your) start date\b|"
            r"offer (?:call|details|walk-?through|package|review)|(?:walk|go) (?:you )?through (?:your|the) offer|"
            r"vertragsangebot|arbeitsvertrag|vertragsentwurf|gehaltsangebot|"
            r"\b(?:ein|unser|dein|ihr) (?:\w+ )?angebot (?:als|für)\b|\bangebot (?:von|über)\b|"
            r"promesse d'embauche|proposition d'embauche|"
            r"oferta (?:de empleo|laboral|formal)|carta (?:de )?oferta|"
            # "Te adjunto la carta de oferta ... podrías pasarte el lunes ... para firmar el contrato"
            # (not an invitation's "hablaremos de tu posible fecha de incorporación")
            r"(?:firmar|firma) (?:el|tu|su) contrato|(?:te|le) incorpor(?:aras|ases|es)\b|"
            r"lettre d['’]offre|signer (?:le|votre|ton) contrat|"
            # Portuguese: "te enviamos a proposta para a posição", "Remuneração: USD 5.400 / mês"
            r"(?:enviamos|enviar|segue|anexa) a proposta|proposta (?:de (?:trabalho|emprego)|para a (?:posição|vaga)|formal)|"
            r"carta[- ]proposta|remuneração\s?:",
            "offer|start date|vertragsangebot|arbeitsvertrag|vertragsentwurf|angebot|embauche|oferta|propuesta|fecha de ingreso|"
            "proposta|remuneração|incorpor|contrat|lettre d",
        ),
        6.0,
    ),
    "proposal": (
        AnyOf(Gated(
            r"would you be (?:open|available|interested|free)|are you (?:available|free|open to)|what times? (?:work|suit)|"
            r"send (?:over|me|us) (?:a few|some) times|(?:share|send|provide) (?:us |me )?your availability|"
            r"let (?:me|us) know (?:your availability|when you|what times?|which (?:time|day|slot))|"
            r"what works best\b|let (?:me|us) know what works|which of (?:these|the (?:below|following|above|given|mentioned)) (?:times|slots|dates|options)|(?:propose|suggest) (?:some|a few) times|"
            # not thanks for the availability given ("merci à tous pour vos disponibilités")
            r"(?<!für )ihre verfügbarkeit|(?<!für ihre )(?<!für deine )(?<!für eure )verfügbarkeiten|"
            r"wann es ihnen passt|vos créneaux|(?<!pour )vos disponibilit|(?<!por )(?:tus|sus) disponibilidades|"
            r"when (?:are|would) you (?:be )?(?:available|free)|does (?:any of )?(?:this|that|these|one)\b.{0,30}work for you|"
            r"do any of these|hätten sie zeit|wann (?:hätten|haben) sie zeit|passt ihnen\b[^.\n]{0,40}\?|"
            r"terminvorschläge|folgende termine|welcher termin|am besten passt|choose one of|select one of|"
            r"velg et tidspunkt|vælg et tidspunkt|välj en tid|kies een (?:tijd|moment)|scegli (?:un|l'|il) orario|"
            r"escolha um horário|wybierz termin|vyberte si termín|ikke reservert|not (?:yet )?reserved until|"
            r"seriez-vous disponible|quand seriez-vous|cuándo (?:estás|estarías|tienes|tendrías) disponib|"
            # Quebec: "Est-ce que mardi à 10 h t'adonnerait? ... Dis-moi ce qui fait ton affaire"
            r"\b(?:t|vous)['’]adonnerai(?:t|ent)\b|\bdis-moi ce qui (?:fait ton affaire|te convient|t['’]arrange)|"
            r"\bdites-moi ce qui (?:fait votre affaire|vous convient|vous arrange)|"
            r"(?:envíame|enviame|mándame|mandame|compartime|compárteme|indícame|indicame|pasame|pásame|cuál es) "
            r"(?:tu|su) disponibilidad|tendrías disponib|tiene disponib|estarías disponible|"
            r"qual (?:horário|dia) (?:fica|é) melhor|quais (?:horários|dias) (?:ficam|são) melhores|"
            r"(?:me envie|envie|mande|me mande|informe|me informe|indique|compartilhe|qual é) (?:a )?sua disponibilidade|"
            r"hätten sie .{0,40}zeit|haben sie .{0,40}zeit|würde(?:n)? (?:es )?ihnen .{0,30}passen|passt es ihnen|"
            # "Ginge bei dir Donnerstag (8.10.) um 11 Uhr oder Freitag (9.10.) um 14 Uhr? Sag einfach, was dir lieber ist."
            r"\bginge (?:es )?bei (?:dir|ihnen|euch)\b[^?\n]{0,100}\?|\bwas (?:dir|ihnen|euch) (?:lieber|besser) (?:ist|passt)\b|"
            r"êtes-vous disponible|could you do|can you do|would .{0,50} work for you|"
            # two slots offered: "Would Tuesday 17 November at 10:00 or Wednesday 18 November at 14:00 work"
            r"would [^.?\n]{0,60}\bor\b[^.?\n]{0,80}\bwork for you|if neither (?:fits|works|suits)\b|"
            # "Would Tuesday at 10 work (CET, so 24 November)? … Let me know and I'll send over an invite"
            r"\bwould (?:mon|tues|wednes|thurs|fri)day [^.?\n]{0,40}\bwork\b[^.?\n]{0,40}\?|"
            # "If not, Thursday 22 October at 10:00 is also possible. Once you let me know, I'll send"
            r"\b(?:if not|alternatively|otherwise),? [^.?\n]{0,60}\bis also (?:possible|an option|open|free)|"
            # "Would Tuesday at 10 work?" (not "Would a Teams link work?" after a time is set)
            r"\bwould (?:[^.?\n]{0,30}\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow)[^.?\n]{0,30}\bwork\s?\?|once you(?:'ve)? (?:let me know|confirm|pick|chosen|choose)\b|"
            # "Est-ce que jeudi prochain à 10 h te conviendrait? ... Confirme-moi ce qui te va le mieux"
            r"(?:te|vous) (?:conviendrai|irai)(?:t|ent)\b[^.?\n]{0,80}\?|t['’]irai(?:t|ent)\b[^.?\n]{0,80}\?|"
            r"ce qui (?:te|vous) (?:va|convient|arrange) le mieux|"
            r"(?:dites|dis|confirmez|confirme)-moi ce qui (?:te|vous) (?:convient|arrange)|"
            # "Je peux vous proposer mercredi en quinze (le 2 décembre) à 10h, ou bien le jeudi 3 à 14h"
            r"\b(?:je peux|je pourrais|nous pouvons|nous pourrions|on peut) (?:vous|te) proposer\b[^.?\n]{0,80}\bou\b|"
            # "Would Tuesday (11/24) at 10 AM ET work for a 30-minute chat?", "Once we lock it in I'll send"
            r"would [^.?\n]{0,40}\bwork for (?:a|an|the|your)\b[^?\n]{0,40}\?|"
            r"once (?:we|i|you)(?:'ve| have)? lock(?:ed)? (?:it|that|this|a time) in\b|"
            r"would any of (?:these|those|the following)\b|lmk (?:what|which|if) (?:works|time|day|one)|"
            r"(?:i'll|i will|we'll|we will) lock (?:it|one|a time|that) in\b|(?:hopefully|hope) one of (?:them|these|those) (?:fits|works|suits)|"
            r"let me know (?:which|and) (?:[^.?\n]{0,30}\band )?i(?:'ll| will) send (?:a|an|the) (?:calendar )?invite",
            "êtes-vous|could you|can you|would |terminvorschl|folgende|conviendrai|irai|le mieux|-moi ce qui|adonnerai|lock|proposer|welcher|besten|one of|velg|vælg|välj|kies|"
            "scegli|escolha|wybierz|vyberte|reserv|"
            "would you|are you|what time|send |availability|let me know|let us know|when are you|when would |lmk|ll lock|"
            "will lock|if not|alternatively|otherwise|if neither|"
            "you|work for you|do any of these|works best|which of|propose|suggest|zeit|passt|verfügbar"
            "keit|créneaux|disponib|seriez-vous|qual |quais |ginge|lieber ist|besser ist|besser passt|lieber passt",
        ),
        Gated(  # "which of these options suits you", and "once you confirm, I'll send the invite"
            r"which option (?:works|suits)|which one (?:works|suits)|which of (?:the two|them) (?:works|suits)|"
            r"which (?:would|do) you prefer|"
            # (not an offer to change a time set: "si te viene mejor podemos empezar un poco más tarde")
            r"cuál de (?:estas|las siguientes|los siguientes|las dos|los dos)|(?<!si )(?:te|le) (?:acomoda|viene|queda) mejor|"
            # "¿Le vendría bien el lunes 12 a las 9:00 a. m., o el martes 13 a las 10:00 a. m.?"
            r"(?:te|le|les) vendría bien\b[^?\n]{0,100}\?|"
            # "¿Le funcionaría el viernes 13 … a las 11 hrs, o … el martes 17 a las 9?"; "Quedo atenta
            # a su respuesta para confirmar la cita"
            r"(?:te|le|les) funcionar[íi]a\b[^?\n]{0,120}\?|"
            r"quedo atent[oa] a (?:su|tu) respuesta para confirmar\b|"
            r"qué (?:opción|horario) prefier|laquelle de ces|lequel de ces|quel (?:créneau|horaire) vous convien|"
            # a go-between's list: "Peux-tu me dire lesquelles te conviennent? ... je te confirme ensuite"
            # (not "Je vous confirme ensuite le nom de la salle")
            r"lesquel(?:le)?s? (?:te|vous) (?:convien|va|vont|arrange)|(?:je|on) (?:te|vous) (?:le )?confirme(?:rai)? "
            r"(?:ensuite|après)\s?[.!\n]|(?:je|on) (?:te|vous) (?:le )?confirme(?:rai)? dès qu(?:e |['’])|"
            r"qual (?:dessas|destas|das duas) |quale (?:di queste|preferisci|delle due)|welke (?:optie|van deze)|"
            r"welche (?:der beiden|dieser) |once you(?:'ve| have)? confirm|as soon as you(?:'ve| have)? confirm|"
            # a go-between waiting for the other side: "will revert once they confirm the panel's availability"
            r"(?:revert|get back to you|come back to you) (?:once|when|as soon as) (?:they|the client|the team|the panel|"
            r"the hiring manager|he|she)\b|"
            r"en cuanto (?:me )?confirm|cuando me confirm|apenas (?:me )?confirm|dès que vous (?:m['’]aurez )?confirm|"
            # "le propongo una entrevista con el gerente el miércoles 15/12 a las 9:00"
            # ... "Te propongo dos opciones ... Dime cuál te va mejor y te confirmo"
            r"\b(?:le|te|les) propongo (?:una|un|dos|tres|varias|algunas|un par de)\b|"
            r"\bcuál (?:te|le|os) (?:va|viene|queda|acomoda) mejor\b|"
            r"sobald (?:sie|du) .{0,30}bestätig|zodra je .{0,30}bevestig|"
            r"(?:ich|wir) bestätigen? (?:ihnen|dir|euch) .{0,40}(?:dann|später|gesondert|noch)|"
            # an invitation promised only if the time suits: "If so I'll send an invite",
            # "Si me confirmas, te mando la invitación"
            r"if so,? (?:i(?:'ll| will)|we(?:'ll| will)) (?:send|shoot|fire off) (?:you )?(?:an?|the|over an?) "
            r"(?:calendar |cal )?invit|si me confirmas,? te (?:mando|envío|paso)|"
            r"si (?:te|le) (?:va|viene|queda) bien,? (?:te|le) (?:mando|envío)|"
            r"si (?:ça|cela) (?:te|vous) (?:va|convient),? (?:je|on) (?:t['’]|vous )envo|"
            r"wenn (?:das|es) (?:ihnen|dir) passt,? (?:schicke|sende) ich|"
            # "schlagen Ihnen dafür Dienstag, 10:00 Uhr vor ... erst dann tragen wir ihn fest ein"
            r"erst dann (?:tragen|trage|legen|buchen|blocken) (?:wir|ich)\b|"
            r"(?:schlagen|schlage) (?:ihnen|dir|euch) (?:dafür |daher |gern |gerne )?[^.?!]{0,60}\bvor\b",
            "which|cuál|acomoda|viene mejor|queda mejor|prefier|funcionar|para confirmar|laquelle|lequel|vous convien|qual |quale|welke|"
            "lesquel|confirme ensuite|confirme après|confirme dès|confirmerai|"
            "welche|once you|as soon as you|me confirm|vous m|dès que vous confirm|sobald|zodra|bestätige|revert|"
            "get back to you|come back to you|if so|si me confirmas|bien, te|bien, le|bien te|bien le|erst dann|"
            "schlagen ihnen|schlagen dir|schlagen euch|schlage ihnen|schlage dir|schlage euch|"
            "te va|vous va|te convient|vous convient|wenn das|wenn es|apenas|propongo|vendría bien",
        ),
        Gated(  # polls: Doodle and the like ask for votes on several times (not "thanks for voting")
            r"zu einer (?:termin)?umfrage eingeladen|jetzt abstimmen|vorgeschlagene (?:zeiten|termine)|"
            r"kreuzen sie [^.]{0,60}an\b|invited you to (?:a |their )?(?:poll|vote)|vote (?:now|on the|for the)|"
            r"cast your vote|vous invite à (?:un )?sondage|répondre au sondage|zaprasza do ankiety|głosuj|"
            r"te invitó a una encuesta",
            "umfrage|abstimmen|vorgeschlagene|kreuzen|poll|vote|sondage|ankiety|głosuj|encuesta",
        )),
        4.0,
    ),
    "pick_slot": (
        Gated(
            r"pick a (?:slot|time)|choose a (?:time|slot)|select a (?:time|slot)|book a (?:time|slot)|"
            # "Choose your interview day", "please choose the day that works best for you"
            r"(?:choose|select|pick) (?:a|the|your) (?!different |new |another |other )(?:\w+ )?(?:day|date|time|slot)s?\b|"
            r"(?:day|date|time|slot)s? that works? best for you|we (?:currently )?have availability on\b|"
            r"schedule (?:your|an|the) interview (?:using|via|through|here|at|by)|scheduling link|self-schedul|"
            r"(?:use|using|via) (?:this|the) link (?:to|below to) (?:schedule|book|pick|choose)|availability (?:link|form)|"
            r"(?:wählen|buchen) sie (?:einen|ihren|hier|selbst|direkt)|termin (?:aus)?wählen|choisissez un créneau|"
            # "Bitte wählen Sie über folgenden Link einen passenden Termin ... Nach der Buchung erhalten Sie"
            r"(?:wählen|buchen) sie (?:über|unter) (?:den |diesen |folgenden |dem )?(?:link|kalender)|"
            r"nach der buchung erhalten (?:sie|du)|"
            # the du form: "Bitte wähle einen passenden Termin aus", "sobald du gebucht hast"
            r"\b(?:wähle|buche) (?:dir )?(?:einen|deinen|hier|selbst|direkt)\b|sobald (?:du|sie) (?:\w+ )?gebucht (?:hast|haben)|"
            # "Por favor escoge un horario ... en mi calendario"
            r"\b(?:escoge|escoja|escojan) (?:un|el|tu|su) (?:horario|espacio|día)\b|"
            r"choisir (?:directement |vous-même |toi-même )?(?:le|un|votre|ton) créneau|choisis (?:le|un|ton) créneau|"
            r"réserve[rz]? (?:vous-même |toi-même |directement )?(?:un|votre|ton) créneau|"
            r"(?:page|lien) de réservation|booking page|buchungsseite|página de reservas?|"
            r"une fois (?:votre|ton) choix effectué|"
            r"elige (?:un|el|tu) horario|selecciona (?:un|el|tu) horario|reserva (?:un|tu) (?:hueco|horario)|"
            # "reserva tú misma el hueco que mejor te venga ... en mi agenda", "En cuanto reserves"
            r"\breserv[ae](?: tú| usted)?(?: mism[oa])? (?:el|un|tu|su) (?:hueco|horario|espacio|turno)\b|"
            r"\ben cuanto (?:reserves|reserve|elijas|elija)\b|"
            # softgarden's "Por favor, elige una de las siguientes fechas: … Reservar cita"
            r"\belige (?:una|uno) de (?:las|los) siguientes (?:fechas|horarios)\b|\belige tu cita\b|"
            # usted and voseo: "elegí uno de los horarios disponibles", "Una vez que elijas, …"
            r"\b(?:elegí|elija|elijan|seleccioná|seleccione|escogé) (?:uno de los |una de las |un |el |tu |su )?"
            r"(?:horarios?|espacios?|días?|fechas?|turnos?)\b|\buna vez que (?:elijas|elija|reserves|reserve)\b|"
            r"select (?:the |your |all |a few |some )?(?:times|slots)|choose (?:the |your |all |a few |some )?(?:times|slots)|"
            r"(?:times|slots) that work for you|choose as many|select as many|\[ \] ",
            "pick a|choose a|select a|book a|schedule|scheduling link|self-schedul|link|availability|wählen|"
            "buchen|wähle|buche|gebucht|escog|escoj|termin|créneau|elige|selecciona|reserva|select|choose|work for you|[ ]|réservation|booking page|"
            "nach der buchung|elegí|elija|seleccione|escogé|una vez que|reserve|en cuanto|"
            "buchungsseite|choix effectué|pick|works best|works best for you|have availability",
        ),
        5.0,
    ),
    "advice": (
        re.compile(
            r"interview (?:tips|questions(?! will)|skills|mistakes|follow-ups?|etiquette)|follow(?:ing)?[- ]up after (?:an|the|your|a job) "
            r"interview|how to (?:ace|prepare for|nail|answer)|ace your|nail your|"
            r"tipps für (?:ihr|das) vorstellungsgespräch|conseils pour (?:votre|réussir)|consejos para (?:tu|su|la)|"
            r"réussir (?:son|votre|un) entretien|preparar (?:tu|su|una) entrevista|vorstellungsgespräch meistern"
        ),
        3.0,
    ),
    "other_appointment": (
        re.compile(
            # ... not a healthcare job's words: "Patient Access Analyst", "pharmacy route density"
            r"\bpatient(?!s? (?:access|experience|flow|financial|safety|services|operations|relations|navigat|"
            r"throughput|logistics|scheduling))|\bdental|dentist|\bclinic(?!al| operations| ops)|doctor|prescription|"
            r"pharmacy(?! (?:route|operations|ops|benefit|network|logistics|technician|analyst|informatics|"
            r"automation|supply))|\bvet\b|veterinar|haircut|"
            # (French "être à un salon jeudi", "au salon" is a trade fair: the reason a meeting moves)
            r"(?<!\bun )(?<!\bau )(?<!\bce )(?<!\bdu )\bsalon\b(?! (?:professionnel|international|du |des |de l))|"
            # (a company's "Dispositivos Médicos" is the employer's trade, not a doctor)
            r"massage|physiotherap|arztpraxis|zahnarzt|médecin|dentiste|clínica|"
            # the patient's own specialist and insurance card: "Dr … - Ophtalmologue", "carte Vitale"
            r"ophtalmolog|ophthalmolog|oftalmólog|augenarzt|hautarzt|frauenarzt|kinderarzt|kinésithérap|chiropract|"
            r"orthodontiste|ortodoncista|carte vitale|versichertenkarte|"
            r"(?<!dispositivos )(?<!equipos )(?<!insumos )(?<!productos )médico|dentista|"
            # a blood donation's "short health screening interview" with a nurse
            r"give blood|blood donation|donor centre|donor center|blutspende|don du sang|donación de sangre|"
            r"car rental|dear customer|gentile cliente|cher client|estimado cliente|geehrte[r]? kund|mortgage|mutuo|"
            r"preocupacional|examen médico|exame admissional|medical exam|"
            r"appartement|apartment|wohnung|besichtigung|\bviewing|showing (?:is )?confirmed|leasing agent|application fee|"
            r"\d ?bed ?/ ?\d ?bath|\bloyers?\b|\brent\b|miete|huur|alquiler|affitto|régie|"
            r"\bdepto\b|corredora? de propiedades|tenant (?:interview|screening|application)|before the showing|\b\d ?br\b|apartamento|\bapto\.|immobili|inmobili|inquilin|\blocataires?\b|ancien propriétaire|le logement est|visite du logement|recámaras?\b|arrendamiento|\bde renta\b|makelaar|landlord|vermieter|concierge|"
            # the user's own taxes: "Ihre Arbeitnehmerveranlagung", "your tax return"
            r"arbeitnehmerveranlagung|steuererklärung|lohnzettel|werbungskosten|(?:your|my) tax return|"
            r"déclaration (?:de revenus|d['’]impôts?)|declaración de (?:la renta|ganancias)|"
            # Switzerland's: "un entretien avec un taxateur", "N° de contribuable"
            r"\btaxat(?:eur|rice)\b|contribuable|office d['’]impôts?\b|"
            # a relative's hearing-aid fitting: "Paciente: …", "Audióloga", "auxiliares auditivos"
            r"audiolog|audiólog|hearing aids?\b|hörgerät|appareils? auditifs?|auxiliares auditivos|\bpaciente\s?:|"
            r"\bconsultorio\b|"
            r"hypothek|hipotec|hypothécaire|prêt immobilier|crédit immobilier|your (?:advisor|adviser)|(?:su|tu) ejecutiv[oa]\b|consulente|car service|werkstatttermin|(?:in die|zur|ihre|deine) werkstatt\b|garage appointment|"
            # a car's (the words a job's perks use too: "véhicule de fonction"; the servicing itself
            # is the "vehicle" family)
            r"véhicule|pneus|vehículo|neumáticos|fahrzeugschein|\btyres?\b|\btires\b|"
            # the user's current engagement: a contract's renewal is not a new job's interview
            r"przedłużeni[ea] (?:współpracy|kontraktu|umowy)|przedłużamy (?:kontrakt|umowę|współpracę)|"
            r"(?:extend|extending|renew|renewing) (?:your|the|our) contract|contract (?:extension|renewal)|"
            r"vertragsverlängerung|renouvellement de (?:votre|ton|la) (?:contrat|mission)"
        ),
        4.0,
    ),
    "school": (
        # A parent called to their child's school: "entretien individuel avec l'enseignante de
        # CE2", "la citamos a una entrevista con la tutora de 3.° grado". Not mooted by a title
        # that says "entretien" or "entrevista": the school uses the word too.
        re.compile(
            # a language school's level test: "entrevista oral de nivelación", "placement interview"
            r"de nivelación|academia de (?:inglés|ingles|idiomas)|placement (?:test|interview)|test de niveau|"
            r"einstufungs(?:test|gespräch)|"
            r"parents?[- ]enseignants?|parents?[- ]professeurs?|professeure? principale?|votre enfant|vos enfants|"
            r"cahier de liaison|conseil de classe|"
            # Argentina's school platforms: "Familia de: BIANCHI, Tomás (3° grado "B")", "seño Mariela"
            r"\bfamilia de\s?:|\b\d\s?°\s?grado\b|\bseño\b|"
            # "Entretien de parents – Léo", "si le papa de Léo souhaite se joindre à nous"
            r"entretiens? (?:individuels? )?(?:de|avec les) parents|\b(?:le papa|la maman) (?:de\b|d['’])|"
            # Puerto Rico's "entrevista de padres" with the "maestra de salón hogar"
            r"entrevistas? de padres|reuni[oó]n de padres|informe de progreso|salón hogar|"
            r"enseignante? (?:de )?(?:cp|ce1|ce2|cm1|cm2|maternelle|petite section|moyenne section|grande section)\b|"
            r"rencontre (?:individuelle )?parents|école (?:élémentaire|maternelle)|livret (?:scolaire|du \w+ trimestre)|"
            r"parent-teacher|your (?:child|son|daughter)(?:'s)? (?:teacher|class|school|progress)|homeroom|"
            r"elterngespräch|elternabend|elternsprechtag|klassenlehrer(?:in)?\b|ihr(?:es)? kind(?:es)?\b|"
            # a nursery's "Entwicklungsgespräch" for Mila, "Liebe Familie Hoffmann"
            r"\bkita\b|kindertagesstätte|kindergarten|entwicklungsgespräch|liebe familie\b|mit (?:allen|den) eltern\b|"
            # a daycare's "family intake interview" for the user's child: "enrollment packet"
            r"\bdaycare\b|\bday care\b|\bpreschool\b|early learning (?:cent(?:er|re)|program)|enrollment packet|"
            r"family intake|\bcrèche\b|guardería|kinderkrippe|"
            r"tutora? (?:de|del) (?:\d|aula|grado|curso|sección)|sala de padres|agenda escolar|"
            r"padres de familia|apoderad[oa]s?\b|(?:su|tu) (?:hij[oa]|menor)\b|estimada familia|"
            r"maestr[oa] (?:de|del) (?:\d|grado|curso|sala|clase)|tutor[ae]? \d|"
            r"entrevista (?:individual )?de tutoría|entrevista con (?:la|las) familias?\b|"
            # Argentina's kindergarten: "la entrevista individual con la seño Paula", "Familia de Tomás"
            r"\bla seño\b|jard[ií]n de infantes|cuaderno de comunicaciones|pase a primer grado|"
            # "la entrevista individual con la docente de 2° grado"
            r"docente (?:de|del) (?:\d|grado|curso|sala|sección)"
        ),
        6.0,
    ),
    "job_centre": (
        # The public employment service's own appointment: a counsellor reviews the profile, no
        # employer interviews ("entrevista de perfilamiento", "Termin bei der Agentur für Arbeit").
        re.compile(
            r"agencia de empleo|servicio (?:público|metropolitano|municipal|nacional) de empleo|entrevista de perfil(?:amiento)?\b|"
            r"perfilamiento laboral|orientación ocupacional|orientador(?:a)? (?:laboral|ocupacional)|"
            r"orientación laboral|(?:centro|oficina) público de empleo|vinculaci[oó]n laboral|consejer[oa](?:\(a\))? de empleo|entrevista de diagn[oó]stico|"
            r"registro en (?:la )?bolsa de (?:trabajo|empleo)|servicio nacional de empleo|"
            r"oficina de empleo|\bsepe\b|agentur für arbeit|arbeitsagentur|\bjobcenter\b|arbeitsvermittl|"
            # Austria's AMS: "Ihr eAMS-Konto", "Betreuungsvereinbarung", "Vermittlungsvorschläge"
            r"\beams\b|arbeitsmarktservice|betreuungsvereinbarung|vermittlungsvorschl|"
            # "Jobservice Wien": "Beratungstermin", "Wir besprechen Ihre Jobsuche"
            r"\bjobservice\b|beratungstermin\b|(?:besprechen|über) (?:ihre|deine) jobsuche|"
            r"france travail|pôle emploi|conseill[eè]re? (?:france travail|pôle emploi)|"
            # Belgium's: "Maison de l'Emploi", "entretien de suivi de votre recherche d'emploi"
            r"maison de l['’]emploi|\ble forem\b|\bactiris\b|\bvdab\b|entretien (?:individuel )?de suivi|"
            r"accompagnement de votre recherche d['’]emploi|conseill[eè]re? référente?|"
            r"centre (?:local )?d['’]emploi|conseill[eè]re? en emploi|services québec|carrefour jeunesse[- ]emploi|"
            r"bilan de (?:votre|ta) recherche d['’]emploi|"
            r"workforce (?:center|centre|office|solutions|connect|development)|american job center|career ?one ?stop|"
            r"\bcareer planner\b|"
            r"jobcentre plus|work coach|unemployment (?:office|insurance|benefits)|"
            r"urząd pracy|uwv\b|arbetsförmedlingen|"
            # Quebec's: "votre agente d'aide à l'emploi", "Services aux chercheurs d'emploi"
            r"aide à l['’]emploi|chercheurs? d['’]emploi|démarches de recherche d['’]emploi|"
            # Italy's: "Centro per l'impiego", "colloquio di orientamento", "Patto di servizio"
            r"centro per l['’]impiego|centri per l['’]impiego|colloquio di orientamento|patto di servizio\b|"
            # Catalonia's: "Servei Públic d'Ocupació", "Oficina de Treball", "entrevista ocupacional"
            r"servei públic d['’]ocupació|oficina de treball|entrevista ocupacional|demandant d['’]ocupació|"
            r"demandante de empleo|centro de empleo|seguro por desempleo|entrevista de elegibilidad|"
            # "one-on-one with an Employment Counsellor" at an employment services centre
            r"employment counsell?or|employment (?:services?|resource|support|pathways) (?:centre|center|office)|"
            r"job search (?:counsell?or|coach)|reemployment services|\bresea\b|\bclaimant\s?:|"
            # a public career-guidance intake: "Intake conversation with your career counsellor (career guidance track)"
            r"\bcareer guidance (?:track|centre|center|service|programme|program)\b|\bintake conversation\b|"
            # an employment-services caseworker's review: "Appointment: Employment plan review", "your job search log"
            r"\bemployment plan\b|\bjob search log\b|"
            # New Zealand's and Australia's: "Job seeker check-in with a work broker", "Work and Income"
            r"job ?seeker (?:check-?in|appointment|support)|work broker|your job search plan|work and income\b|"
            r"workforce australia|employment services provider"
        ),
        6.0,
    ),
    "vehicle": (
        # A car's servicing: "rendez-vous d'entretien pour votre véhicule" (the French word is also
        # maintenance, so a title saying "entretien" does not make it an interview).
        re.compile(
            r"carte grise|carnet d['’]entretien|contrôle technique|vidange|contrôle des freins|"
            r"\bentretien \d{2,3}[.\s]?000 ?km|(?:pour|de) votre véhicule|(?:dépôt|dépose) du véhicule|"
            r"véhicule de (?:remplacement|courtoisie)|reifenwechsel|ölwechsel|oil change|tire rotation|"
            r"cambio de aceite|revisión de (?:su|tu) (?:coche|vehículo|auto)"
        ),
        6.0,
    ),
    "housing": (
        # A landlord's "entrevista" with those who would rent the flat: not mooted by a title that
        # says "Entrevista con el propietario" ("el propietario del 3 ambientes ... a quién se lo
        # alquila", "seguro de caución").
        re.compile(r"\balquila(?:r|mos|n)?\b|\d ambientes\b|seguro de caución|martiller[oa]\b|"
                   r"(?:propietari[oa]|dueñ[oa]) del (?:\d|departamento|depto|inmueble|piso|apartamento)|"
                   r"propriétaire (?:de l['’]appartement|du logement)|\bowner of the (?:flat|apartment|unit)\b|"
                   r"eigentümer(?:in)? der wohnung|"
                   r"entretien (?:avec le|du) propriétaire|wohnungsbesichtigung|"
                   # a leasing office's tenant screening: "income (3x rent)", "move-in date", "unit 4B"
                   r"leasing (?:manager|office|agent|team|consultant)|\b(?:3x|three times) (?:the )?(?:monthly )?rent\b|"
                   r"move-in date|\bunit \d{1,4}[a-z]\b|"
                   # a housing co-op's membership interview
                   r"housing co-?op(?:erative)?|co-?op board|membership committee|wohnungsgenossenschaft|"
                   # a flat share choosing its next flatmate: "le petit entretien coloc", "WG-Casting"
                   # (not a data centre's "colocation")
                   r"\bcoloc\b|\bcolocataires?\b|\ben colocation\b|wg-?(?:casting|zimmer|leben)|\bmitbewohner(?:in)?\b|"
                   r"flat-?share|flatmates?\b|roommates?\b|compañer[oa]s? de piso|piso compartido"),
        6.0,
    ),
    "immigration": (
        # A consulate's or an immigration office's interview: for a visa or a permit, not a job
        # ("Cita consular (entrevista)"). Not mooted by a title that says "entrevista".
        re.compile(
            r"\bconsular\b|visa (?:interview|appointment)|tipo de visa|\bds-160\b|usvisa|visumsantrag|"
            r"biometrics? appointment|"
            r"(?:citizenship|naturali[sz]ation|green card|adjustment of status) interview|\buscis\b|"
            r"ausländerbehörde|auslaenderbehoerde|aufenthaltstitel|titre de séjour|rendez-vous (?:en|à la) préfecture|"
            r"cita (?:de|en) extranjería|toma de huellas|entretien (?:de visa|consulaire)"
        ),
        6.0,
    ),
    "service": (
        # "Entretien" is also a bank's or an association's word: "votre entretien avec votre
        # conseillère" at the branch, "ton entretien d'accueil bénévole". Like the school's, not
        # mooted by a title that says "entretien".
        re.compile(
            r"votre conseill[eè]re?\b(?! (?:en )?(?:recrutement|carrière|rh)\b)|"
            r"entretien d['’]accueil|\bbénévol|\bbenevol|\bvolunteer (?:intake|orientation|induction|onboarding|interview)|"
            # "Thank you for applying to volunteer with …", "our volunteer coordinators"
            r"\bto volunteer (?:with|for|at)\b|volunteer (?:selection|coordinators?|role|training)\b|"
            # "joining the Cedar Ridge volunteer ski patrol. Your candidate interview is set for ..."
            r"\bvolunteer (?:ski patrol|fire (?:department|company)|firefighters?|search and rescue)\b|"
            r"ehrenamt|voluntariado|\bvoluntari[oa]s? (?:de|del|en)\b|"
            # an adviser's agenda: "Topic: RRSP review", "bring your most recent pay stub"
            r"\b(?:rrsp|tfsa|resp|401\(?k\)?|ira|pension|retirement|mortgage|investment) (?:review|statements?|renewal)\b|"
            r"\bpay ?stubs?\b|"
            # "rolling your Ohana Mutual 401(k) into an IRA" (not "Wealth Advisor": a job title too)
            r"\b(?:401\(?k\)?|ira|rrsp|pension) (?:rollover|roll-over|into an ira)\b|"
            r"\brolling (?:over )?your [\w ]{0,30}401\(?k\)?|"
            # a bank's: "Erstgespräch Baufinanzierung", "eine Aufstellung Ihres Eigenkapitals"
            r"baufinanzierung|gehaltsabrechnungen|ihres eigenkapitals|beratungscenter|"
            # "revisar su plan de ahorro y las opciones de certificados de depósito", "Banca Personal"
            r"plan de ahorro|certificados? de depósito|depósitos? a plazo|banca personal|asesor(?:a|ía) de inversiones|"
            r"plan d['’]épargne|livret a\b|sparplan|festgeld|"
            # a nonprofit's board seat: "joining the Board of Directors", "Nominating & Governance Committee"
            r"joining (?:the|our) board of directors|nominating (?:(?:&|and) governance )?committee|"
            r"\bboard (?:candidate|seat)s?\b|personal giving goal|"
            # a shelter's adoption interview: "the home visit and adoption interview", "entrevista de adopción"
            r"adoption interview|entrevista de adopci[oó]n|entretien (?:d['’]|pré-?)adoption|adoptionsgespräch|"
            r"visita domiciliaria|choosing to adopt|gracias por adoptar|\b(?:to|para|pour) (?:adopt|adoptar|adopter)\b|"
            # a tradesman's visit: "the kitchen walkthrough and estimate"
            r"walk-?through and (?:an? )?(?:estimate|quote|bid)\b|\b(?:free|in-home|written) (?:estimate|quote)\b|"
            r"\b(?:kitchen|bathroom|basement) (?:remodel|renovation)|"
            # a community garden's plot: "une parcelle se libère aux Jardins partagés"
            r"jardins? partagés?|attribution d['’]une parcelle|community garden|garden plot|schrebergarten|"
            r"kleingarten|huerto urbano"
        ),
        6.0,
    ),
    "sport": (
        # A club's try-out: "pruebas del equipo mixto", "Probetraining", "tryouts on Sunday"
        re.compile(
            r"\btry-?outs?\b|probetraining|pruebas (?:del|para el|de) equipo|cancha (?:sintética|de)|"
            r"\bentrenos?\b|club (?:trials|tryouts?)|sélections? (?:sportives?|du club)|"
            # "les détections de l'équipe féminine", the coach who signs
            r"\bdétections? (?:de|du|des|pour)\b|\bentraîneur\b|\bgymnase\b|"
            # Central America's "visoria" of the women's team
            r"\bvisorias?\b|equipo (?:femenino|masculino|juvenil) de (?:fútbol|futbol|baloncesto|voleibol)|"
            # "la prueba de nivel para el equipo femenino de primera", "traer ... rodilleras"
            r"prueba de nivel para el equipo|\b(?:vóley|voley|voleibol|básquet|futsal)\b|\brodilleras\b|"
            # a music or stage audition: "Your audition is confirmed - viola substitute list"
            r"\baudition|\bvorspiel(?:termin)?\b|\bvorsingen\b|\baudici[oó]n|\baudição"
        ),
        5.0,
    ),
    "tentative": (
        re.compile(
            r"tentative|pencil(?:led)? in|to be confirmed|\btbc\b|not (?:yet )?confirmed|i'll confirm once|"
            # (not "c'est noté, tu n'as rien à confirmer sauf empêchement")
            r"noch nicht bestätigt|unter vorbehalt|provisoire|(?<!rien )(?<!plus )à confirmer|por confirmar|sin confirmar|"
            # the other side still asking around: "let me check w/ the other two panelists and
            # circle back by EOD tomorrow to lock it in"
            r"let me (?:check|confirm|double-check) (?:w/|with) (?:the )?(?:other|rest|panel|team|them|everyone)|"
            r"circle back [^.\n]{0,40}to (?:lock|confirm)|"
            # "me conviendrait, mais je dois encore le valider avec Fabien … je reviens vers vous"
            r"(?:dois|devons|doit) encore (?:le|la|les) (?:valider|confirmer|vérifier)|"
            r"pour (?:vous|te) confirmer (?:le créneau|l['’]horaire|la date|l['’]heure)|"
            # "Lo miro con Elena ... y te confirmo mañana. ... prefiero no darlo por cerrado"
            r"\bno (?:darlo|darla|lo doy|la doy|lo damos|la damos) por (?:cerrado|cerrada|confirmado|confirmada)\b|"
            r"\b(?:lo|la) (?:miro|veo|consulto|hablo) con [^.?\n]{1,30}\by (?:te|le|les) (?:confirmo|aviso)\b"
        ),
        3.0,
    ),
    "interviewer_side": (
        re.compile(
            r"interview (?:a|the|this) candidate|interviewer schedule|"
            # the interviewer's form, not a product the job builds ("our carrier scorecard")
            r"(?<!carrier[ -])(?<!supplier[ -])(?<!vendor[ -])(?<!balanced[ -])(?<!credit[ -])(?<!kpi[ -])(?<!esg[ -])"
            r"(?<!performance[ -])"
            r"scorecard|"
            r"interview feedback|"
            r"interview kit|you(?:'re| are) (?:scheduled|invited) to interview\b|panel debrief|hiring committee (?:debrief|sync|meeting|review|discussion|vote)|"
            r"hiring sync|(?:interview(?:er)?|hiring|panel) calibration|calibration (?:session|meeting|call|sync)|"
            r"prep for (?:the |your |my )?interview|joining the (?:interview )?panel for|"
            r"shadowing|interviewer training|rubric|submit (?:your )?feedback|onsite loop - |"
            r"his cv is|her cv is|his portfolio is|her portfolio is|their portfolio is|"
            r"entrevista (?:\w+ )?(?:a |al |con el |con la )?candidat[oa]\b|ficha de evaluación|"
            # someone else, pointed at: "la técnica de este candidato", "this candidate's CV"
            r"\b(?:este|esta|ese|esa) candidat[oa]\b|\bthis candidate\b|\bce candidat\b|\bcette candidate\b|"
            r"\b(?:dieser|diese|diesen|diesem) (?:kandidat|kandidatin|bewerber|bewerberin)\b|"
            r"interviewleitfaden|interviewbogen|bewertungsbogen|"
            # "dass ihr das Gespräch mit Lara Huber mit mir führt": the user conducts it
            # "kannst du … beim Gespräch mit dem Bewerber für die Schichtleitung dabei sein?"
            r"\b(?:gespräch|interview|vorstellungsgespräch|bewerbungsgespräch) mit (?:dem|der|einem|einer) "
            r"(?:bewerber|bewerberin|kandidaten|kandidatin)\b|"
            r"(?:dass|wenn|ob) (?:ihr|du) (?:das|dieses) (?:gespräch|interview|vorstellungsgespräch) mit "
            r"(?!ihnen|dir|euch|uns|mir)[^.]{1,100}? führ(?:t|st)\b|(?:fach|co-?)interviewer(?:in)?\b|als interviewer|"
            r"(?:trag|tragen sie) (?:dein|ihr) feedback|(?:grille|fiche) d['’]évaluation|en tant qu['’]interview(?:eur|euse|er)\b|"
            r"profil (?:du candidat|de la candidate)|"
            # "Entretien candidat alternance – Lucas Ferrand", "recevoir ensemble Lucas, candidat à ..."
            r"entretien (?:avec (?:le |la |un |une ))?candidat(?:e)?\b|recevoir (?:ensemble )?(?:le |la |un |une )?candidat|"
            r"(?:je t['’]|je vous )(?:ajoute|inscris|mets) (?:au|dans le) (?:jury|panel)|"
            r"(?:tu fais|vous faites|tu feras|vous ferez) partie du (?:jury|panel)|"
            # "Peux-tu faire partie du jury pour le stage ? Le candidat, Lucas Bernard, présentera"
            r"(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|veux-tu|voudrais-tu|voulez-vous|voudriez-vous|"
            r"accepterais-tu|accepteriez-vous) (?:\S+ ){0,2}faire partie du (?:jury|panel)|"
            r"\b(?:le candidat|la candidate|the candidate|el candidato|la candidata|der kandidat|die kandidatin), "
            r"[a-zà-ÿ]+ [a-zà-ÿ]+ \(|"
            r"como entrevistador|arkusz oceny|jako rekruter|as (?:an? )?interviewer\b|"
            # "Adding you as the quality interviewer for Jordan Souza"; "te incluimos en el panel de la
            # entrevista técnica de Sofía", with "la rúbrica de evaluación"
            # "Necesito a alguien técnico en el panel del candidato … Te paso el CV en Teams"
            r"\bpanel (?:del candidato|de la candidata)\b|\bte (?:paso|mando|envío|reenvío|comparto) (?:el|su) "
            r"(?:cv|currículum|curriculum|hoja de vida)\b|\bje te (?:passe|transmets|envoie|fais suivre) (?:son|le) cv\b|"
            r"\bi['’]ll (?:send|forward|share) you (?:his|her|their|the candidate['’]s) (?:cv|resume|résumé)\b|"
            r"\bich (?:schick|schicke|leite) dir (?:seinen|ihren|den) (?:lebenslauf|cv)\b|"
            r"\bas the (?:[\w-]+ )?interviewer for\b|\b(?:te|le) (?:incluimos|agregamos|añadimos|sumamos) (?:en|a|al) "
            r"(?:el )?panel\b|\br[úu]brica\b|"
            # "Could you join me on the panel ...? The candidate is Tom Berthier"; Lever's "Has sido
            # agregado al panel de entrevista de un candidato ... deja tu feedback"
            # (a name, not "the candidate is expected to bring ID")
            # "you will be on the panel with me for the Junior Claims Handler position"
            r"\byou(?:['’]ll| will|['’]re| are) (?:be )?on the (?:interview |hiring )?panel with (?:me|us)\b|"
            r"\bcolloquio (?:con (?:il |la |un |una )?)?candidat[oa]\b|"
            r"join (?:me|us) on the (?:interview )?panel|\bthe candidate is (?!(?:expected|required|asked|invited|"
            r"welcome|encouraged|responsible|able|free|not|also|then|now|a|an|the|to)\b)(?:[a-z]\. ?|[a-z]+ )[a-z]+\s?[.,;(\n]|"
            # "Thank you for agreeing to serve on the interview panel for Req 14422"
            r"\b(?:serve|serving|sit|sitting) on the (?:interview |hiring )?panel for\b|"
            r"(?:has sido|fuiste|you(?:['’]ve| have) been|sie wurden|tu as été|vous avez été) "
            r"(?:agregad[oa]|añadid[oa]|added|hinzugefügt|ajoutée?) (?:al|to the|to an|zum|au) (?:panel|jury|interview)|"
            r"(?:deja|dejes|leave|submit) (?:tu|your) feedback|"
            # "¿me acompañas en la entrevista del practicante? Tú le haces las preguntas de SQL."
            r"\b(?:me|nos) acompaña(?:s|rías|ría)? (?:en|a) la entrevista\b|\b(?:tú|vos) le (?:haces|hacés) las preguntas\b|"
            # asked to sit in on someone else's interview, with the candidate's papers to read:
            # "magst du als zweite Designerin mit reinsetzen?", "CV und Mappe von Jonas liegen im Drive"
            r"(?:magst|möchtest|kannst|willst|würdest) du [^.?\n]{0,40}mit (?:rein|dazu)(?:setzen|sitzen)|"
            r"(?:can|could|would) you sit in on\b|"
            # "Magst du beim Interview mit Frau Peters als Fachexperte dabei sein? ... du die Fachfragen"
            r"\bals (?:fachexpert(?:e|in)|interviewer(?:in)?|beisitzer(?:in)?) (?:dabei|mit dabei|teilnehmen|mitmachen)|"
            r"\bdu (?:übernimmst )?die fachfragen\b|lebenslauf liegt (?:im|in|auf)\b|"
            r"\bas (?:the |our )?(?:subject[- ]matter|technical) expert on (?:the|this|her|his) (?:panel|interview)|"
            r"(?:cv|lebenslauf|unterlagen|mappe|portfolio)(?: und (?:cv|lebenslauf|mappe|portfolio|anschreiben))? "
            r"(?:von|des kandidaten|der kandidatin) \w+ (?:liegt|liegen|findest|hängt|hängen)\b|"
            # the user hiring help at home: "Have your kids meet Leilani", "About Leilani: 6 years of
            # experience"
            r"\b(?:have|let) your (?:kids|children|child|son|daughter) meet\b|"
            # ... or a nanny, with a parent's words beside it: "garde de Léna ... chez vous", "Nanny
            # position ... I'll bring my references and my CPR card", "NannyLink ... play with Lou"
            rf"\b(?:{_CHILDCARE})\b[\s\S]{{0,400}}?\b(?:{_AT_THE_PARENTS}|{_SITTERS_WORDS})\b|"
            rf"\b(?:{_AT_THE_PARENTS})\b[\s\S]{{0,400}}?\b(?:{_CHILDCARE})\b|"
            # ... or a babysitter: "Soy Ainhoa, la chica de la web de canguros ... conocer a Martina"
            r"\b(?:web|app|agencia) de (?:canguros|niñeras|cuidadoras)\b|\blas otras familias\b|"
            r"\babout [a-zà-ÿ]+(?: [a-z]\.)?: \d+ years? of experience|"
            # the user choosing a tradesman: "I know you're interviewing a few contractors"
            r"\byou(?:['’]re| are|['’]ll be| will be) interviewing (?:a few |several |some |other |a couple of |two |three )?"
            r"(?:other )?(?:contractors|builders|remodelers|plumbers|electricians|roofers|painters|landscapers|"
            r"nannies|babysitters|sitters|tutors|vendors|agencies|movers|architects)\b"
        ),
        7.0,  # the user is on the other side of the table
    ),
    "question": (
        re.compile(
            r"(?:could|can|would) you (?:please )?confirm|please confirm (?:whether|if|your availability)|"
            r"confirm (?:whether|if)\b|könnten sie .{0,40}bestätigen|pourriez-vous .{0,40}confirmer si|"
            r"podrías confirmar si"
        ),
        3.0,
    ),
    "unsubscribe": (re.compile(r"unsubscribe|abmelden|se désabonner|désinscri|darse de baja|cancelar suscripción"), 2.0),
    "media": (
        # An interview for an article, a show or a podcast: a confirmed time, but not for a job.
        # Said by its purpose, so that an interview for a reporter's job still counts.
        re.compile(
            r"p[oó]dcast|\bthe episode\b|episode (?:goes|will go|airs)|guest on (?:the|our|my) (?:show|podcast|programme|program)|"
            r"come on (?:the|our|my) (?:show|podcast)|(?:our|the) recording (?:on|session|is)|we(?:'ll| will)? record (?:on|the|it)|"
            r"for (?:our|an|the|my) (?:article|story|piece|feature|magazine|newspaper|readers|documentary|report) (?:on|about)|"
            # "the piece is about Colombian mobile developers", "nothing goes in without your OK"
            r"the (?:piece|article|story|feature|report) (?:is|will be|would be) (?:about|on)\b|"
            r"nothing (?:goes in|is published|gets published|runs) without|"
            # a reporter's terms: "I'll use your name and job title", "off the record"
            r"(?:use|quote) your (?:name|words)\b|quote you\b|\bon the record|\boff the record|\bon background\b|"
            r"for attribution|"
            # the publication's own words: "Das Interview erscheint in der Dezember-Ausgabe"
            r"erscheint in (?:der|unserer) [\w-]*ausgabe|vor der veröffentlichung|zur freigabe\b|"
            r"paraîtra dans (?:le|notre) (?:numéro|magazine)|avant (?:la )?publication|antes de (?:la )?publicación|"
            r"(?:runs|appears|will appear|will run) in (?:the|our) [\w-]+ issue|before (?:it is |it's )?published|"
            r"article (?:on|about|sur)\b|story (?:on|about)\b|feature (?:on|about)\b|reportage (?:on|about|sur)\b|press interview|"
            r"pour (?:l'|l’|notre |mon |un |le )(?:article|reportage|magazine|podcast|émission)|"
            r"para (?:el|nuestro|un|mi) (?:reportaje|artículo|podcast|programa)|reportaje sobre|"
            # Rioplatense "la nota" is the article; "grabamos por Riverside"
            r"para (?:la|una|nuestra) nota (?:sobre|de)\b|grab\w*\b[^.\n]{0,60}\b(?:por|en|vía) riverside\b|"
            r"für (?:den|unseren|einen|meinen) (?:artikel|beitrag|podcast)|"
            r"per (?:l'|il |un |la nostra )(?:articolo|podcast|rivista)|voor (?:het|ons|een) (?:artikel|podcast)|"
            r"episode is (?:due|out)|episode (?:will|is going to) (?:go out|air|be released|be published)|"
            r"\bpodd\b|poddavsnitt|avsnittet|spelar in (?:intervjun|avsnittet|podden)|riverside\.fm|via riverside|"
            r"avant publication|before (?:publication|it runs)|citations pour relecture|quotes? (?:for|to) (?:review|check)|"
            r"artikeln publiceras|artikel (?:wird|erscheint)|article (?:sera|paraîtra)|will be published in|"
            r"riverside studio|studio link|guest spot|be interviewed on (?:the|our|my)\b|"
            # a show's calendar entry: "Mapping the Tides - ep. 48 recording (guest interview: ...)", "we record locally"
            r"\bep(?:isode)?\.? ?#?\d{1,4} (?:recording|taping)\b|\bguest interview\b|\bwe record locally\b|"
            r"\brecording (?:is (?:now )?(?:confirmed|scheduled|set|booked)|session)\b|\b(?:your|this|our|next) episode\b|record (?:your|our|the|this) (?:episode|show)|"
            r"we(?:'ll| will) record (?:your|our)\b|sound ?check\b|"
            # the recording platform, not a street: "the green door on Riverside Dr"
            r"\brecord\w*\b[\s\S]{0,120}?\b(?:over|on|via) riverside\b|\b(?:over|on|via) riverside\b[^.\n]{0,40}\brecord|"
            r"\b(?:over|on|via) riverside\s?:|"
            r"confirmed to record|"
            r"recording confirmed|episode (?:should|will) (?:air|drop|go live|come out)|"
            # French, Spanish, German: the episode, the sound check, the recording of a show
            r"l['’]épisode\b|(?:notre|cet|un|le prochain|ce) épisode\b|tests? (?:de )?son\b|studio riverside|"
            r"enregistrement (?:du|de l['’]|de notre|de l['’]émission|«)|(?:el|este|nuestro) episodio\b|"
            r"la grabación del? (?:episodio|programa|podcast)|(?:die|diese|unsere) (?:folge|podcastfolge)\b|"
            r"aufnahme (?:der|unserer|für die) (?:folge|sendung|episode)|"
            # Portuguese, and a magazine's issue: "para o artigo sobre", "the feature runs in our April issue"
            r"para (?:o|a|um|uma|o nosso|a nossa) (?:artigo|reportagem|revista|podcast|programa)\b|artigo sobre|"
            r"reportagem sobre|\bgoes? to print\b|feature runs in|(?:runs|appears?) in (?:our|the|next) \w+ issue\b|"
            # Danish: the article is about ..., quotes for approval, before it goes to print
            r"artiklen (?:handler|om)\b|citater til godkendelse|i trykken\b|"
            r"(?:the|this|our) (?:piece|story|article|feature) runs\b|for a fact[- ]check|(?:our|a|the)\sphotographer\b|"
            # the photographer and the quotes to check: "Un photographe pourrait passer", "Sie erhalten
            # Ihre Zitate vor der Publikation zum Gegenlesen"
            r"(?:un|une|le|notre|ein|unser|der|el|nuestro) (?:photographe|fotograf|fotógrafo)\b|"
            r"(?:unsere|unseren|unserem|unserer|eine|einen|einem|einer|die|den|dem|der) (?:fotografen|fotografin)\b|"
            # "Der Text erscheint in unserer Serie „Tüftler aus Findorff“"
            # ... "voraussichtlich in der Wochenendausgabe am 24.10."
            r"(?:text|artikel|beitrag|interview|porträt) erscheint (?:\w+ )?(?:in|im) (?:der|unserer|unserem|dem) |"
            r"vor der publikation|zum gegenlesen|ihre zitate\b|"
            # "Parution prévue dans l'édition du samedi", "participer à notre série « … »"
            r"\bparution (?:prévue )?(?:dans|le)\b|(?:participer à|dans|pour) notre série\b|"
            # a source's terms: "You can stay anonymous if you'd prefer"
            r"stay anonymous|remain anonymous|"
            # the reporter and their piece: "l'article est un portrait de …", "Journaliste – Midi
            # Sciences", "Periodista - Revista Cadena de Valor", "para el especial «…»"
            r"l['’]article (?:est|sera) un (?:portrait|article|reportage)|(?:notre|le prochain) numéro de\b|"
            r"^(?:journaliste|periodista|redakteur(?:in)?|rédact(?:eur|rice))\b|"
            # "Health Care Reporter, Atlanta Business Ledger"; "Wenn Sie anonym bleiben möchten",
            # "unsere Fotografin", "keep your employer's name out of it"
            # ... "Reportera | Manufactura Norte"; "nuestra sección «Mujeres en la Industria» de la revista"
            # ... also after the name on the same line: "Latrice Odom | Staff Reporter, Health Care"
            r"^(?:[^\n|]{1,40}\| ?)?(?:[a-z]+ ){0,3}(?:reporter(?:in|[oa])?|correspondent|corresponsal|journalist)\s?[,|–-]|"
            r"anonym bleiben|"
            r"(?:nuestra|la) sección\b[^.\n]{0,60}\bde la revista\b|"

            r"keep (?:your|the) (?:employer['’]s |company['’]s )?name out of\b|"
            r"para el especial\b|pour notre (?:dossier|portrait|numéro)\b|pour le (?:portrait|numéro)\b|"
            # (not a town hall's file: "convoqué à la mairie pour le dossier des arènes")
            r"pour le dossier (?:spécial|consacré|sur|du mois)\b|"
            # radio: "On air: 07.40 Uhr", "estarás en antena", "interview en direct", "then we'll open the
            # phones for listener questions", "You're confirmed as our guest on Frontera Business Hour"
            r"\bon air\b|\bà l['’]antenne\b|\ben antena\b|\bal aire\b|\bin der sendung\b|\bmatinale\b|"
            r"\binterview en direct\b|\ben directo por (?:teléfono|radio)|\bentrevista en directo\b|"
            r"\blive-(?:telefon)?interview\b|\blive (?:radio|tv|on-air) interview\b|\bcall-in\b|"
            r"\blistener (?:questions|calls)\b|\bopen the phones\b|\bquestions des auditeurs\b|"
            r"\bpreguntas de (?:los )?oyentes\b|\bhörerfragen\b|\bour guest (?:on|in)\b|"
            # television: "the on-camera interview", "camera crew is me + Luis", "the 5pm weather segment"
            r"on-camera interview|camera crew|\b(?:news|weather|evening|morning|sports) segment\b|"
            # an episode's number: "Aufnahme Schaltkreis #58 – Interview mit Jana Vogel"
            r"(?:aufnahme|recording|grabación|enregistrement)\b[^\n]{0,40}#\s?\d|"
            # a podcast's "interview episode", "l'épisode"; a paper's "für unsere Serie", "Redaktion Wirtschaft"
            r"\b(?:interview|our|the|this|next|l['’]|cet|notre|prochain) [ée]pisode\b|\bfolge unseres podcasts\b|"
            r"für (?:unsere|die) (?:serie|reihe|rubrik)\b|^redaktion\b|ein foto (?:würden|möchten|wollen) wir\b",
            re.M,
        ),
        6.0,
    ),
    "one_way": (
        # One-way (recorded) video interviews: a deadline, not a meeting with anyone.
        re.compile(
            r"on-demand (?:video )?interview|one-way (?:video )?interview|asynchronous (?:video )?interview|"
            r"no live interviewer|record your (?:answers|responses)|pre-recorded (?:video )?interview|"
            r"(?:interview|video) (?:responses|answers) (?:are|will be) recorded|record your answer|"
            r"complete (?:a|the|your) video interview|at any time that suits you before|"
            r"entretien (?:vidéo )?différé|vidéo différée|enregistrer vos réponses|entrevista (?:en )?diferid|"
            r"zeitversetzte[sn]? (?:video-?)?interview|video-interview zeitversetzt|colloquio (?:video )?registrato|"
            r"opgenomen video-?interview"
        ),
        6.0,
    ),
    "assessment": (
        # Tests and take-home work: a deadline, and the interview (if any) comes later.
        re.compile(
            r"take-home (?:\w+ )?(?:assignment|exercise|test|challenge|task|brief)|(?<!live )coding (?:challenge|test|assessment|exercise)|"
            r"online assessment|(?:das|unser|ihr) (?:online-)?assessment (?:zu )?absolvieren|hackerrank|codility|codesignal|testgorilla|complete (?:the|an|a|your) "
            r"(?:assessment|assignment|challenge|test)\b|case study (?:assignment|exercise) due|"
            r"(?:nosso|o|seu|nuestro|el|tu) desaf[ií]o t[eé]cnico|teste t[eé]cnico para|prueba t[eé]cnica para|"
            r"cas pratique (?:à|pour la suite)|exercice à (?:nous )?(?:rendre|renvoyer|retourner)|probeaufgabe|"
            # "the live design challenge" is done together, at a time: an interview stage
            r"(?<!live )design[- ]challenge|designaufgabe|abgabe:? bis\b"
        ),
        5.0,
    ),
    "sales_call": (
        # A vendor's or a partner's call: the user is a customer or a partner, not a candidate.
        re.compile(r"product demo|demo call|a (?:quick |short )?demo of|free trial|your trial|your subscription|"
                   r"partnership (?:call|chat|discussion|meeting)"),
        5.0,
    ),
    "reference_check": (
        # The user is someone else's referee: a call at a fixed time, not their interview.
        re.compile(r"reference (?:call|check)|as (?:a|their|his|her) referee|referee for|acting as referee|"
                   r"referenzgespräch|referenzauskunft|prise de références|referencias laborales|"
                   # "hat Sie als Referenz angegeben", "listed you as a reference"
                   r"(?:listed|named|given|provided|put) you (?:down )?as (?:an? |their |his |her )?reference|"
                   r"(?:sie|dich) als referenz|vous (?:a|ont) (?:indiqué|cité|désigné)e? comme référence|"
                   # "Appel de référence", "nous donner une référence pour M. Bérard"
                   r"appel de référence|(?:donner|fournir) une référence pour|vous cite comme|"
                   # "d'avoir accepté d'être personne de référence pour Mme Morel", "l'entretien de
                   # référence"; "agreed to serve as a reference for", "als Referenzperson für"
                   r"(?:être|d['’]être|comme) (?:sa |la |une |leur )?(?:personne de )?référence pour|"
                   r"entretien de référence|(?:serve|serving|act|acting|be|being) as (?:an? |her |his |their )?"
                   r"reference for|als referenz(?:person)? für|"
                   r"llamada de referencia|dar (?:una )?referencias? (?:de|sobre|para)\b|"
                   r"(?:te|le) (?:ha|han) (?:indicado|puesto|dado|incluido) como referencia"),
        6.0,
    ),
    "onboarding": (
        re.compile(r"your first day|first day of work|welcome aboard|your onboarding\b|new hire onboarding|"
                   r"onboarding (?:day|session|schedule|programme|program|week|documents|paperwork|portal|checklist)\b|"
                   r"(?:zum|zu ihrem|für ihr|dein|ihr) onboarding|erster arbeitstag|ihr erster tag|"
                   r"premier jour|primer día|empiezas el|primeiro dia|primo giorno|eerste werkdag|første arbejdsdag|"
                   r"start date is"),
        6.0,
    ),
    "screening": (
        # Part of a hiring, yet no interview: a pre-employment drug test or background screening
        # booked at a lab ("a drug-test collection appointment has been scheduled").
        re.compile(r"drug[- ]?(?:test|screen)|collection site|specimen collection|pre-employment (?:screening|"
                   r"background|drug|medical)|background (?:screening|verification)|test de dépistage|drogentest|"
                   r"examen toxicológico|prueba de drogas|examen de drogas|"
                   # a clearance's investigator: "your Personal Subject Interview", "copy of your SF-86"
                   # (not a federal job's "subject to a favorable background investigation")
                   r"subject interview|background investigator|\bsf-?86\b|periodic reinvestigation"),
        6.0,
    ),
    "someone_else": (
        # Another person's interview: a referral, a candidate the user referred or interviews.
        # ("Tu pourrais emmener Noé à son entretien au CFA mardi ?", "zu seinem Vorstellungsgespräch")
        re.compile(r"\b(?:his|her|their) (?:first |second |final |next |technical )?interview|your referral|"
                   r"\b(?:à|pour|de) son (?:premier |second |deuxième )?entretien\b|"
                   r"\bsein(?:em|en)? (?:erstes |zweites )?(?:vorstellungsgespräch|bewerbungsgespräch)\b|"
                   r"referral bonus|for referring|committee meets|committee will meet|panel meets|panel will meet|jury se réunit|"
                   r"pour délibérer|"
                   r"comitê se reúne|comité se reúne|comité se reunirá|comité se réunit|jury meets|"
                   # the user's child's: a summer camp's helper or counsellor-in-training interview
                   r"menor de edad|parents are welcome|counsell?or-in-training|colonia de verano|"
                   r"campamento de verano|summer camp|ferienlager|colonie de vacances|"
                   # the child named as the one convened: "la candidature de votre fils, Lucas"
                   r"(?:candidature|convocation|dossier|entretien) de votre (?:fils|fille|enfant)\b|"
                   r"\byour (?:son|daughter|child)['’]s (?:application|interview|candidacy)|"
                   r"(?:solicitud|postulación|entrevista) de (?:su|tu) (?:hij[oa])\b|"
                   r"(?:bewerbung|vorstellung|auswahlgespräch) (?:ihres|ihrer|deines|deiner) (?:sohnes|tochter|kindes)\b"),
        6.0,
    ),
    "scam": (
        re.compile(r"telegram|gift card|purchase (?:the|our|a) .{0,40}(?:software|licen[cs]e|equipment|kit)|"
                   r"pay a fee|pay the fee|pay your fee|a deposit|send payment|send the payment|processing fee|"
                   r"training fee|bitcoin|crypto"),
        8.0,
    ),
    "academic": (
        # ("Su entrevista personal de admisión", "admisión al MBA Ejecutivo")
        re.compile(r"admissions? interview|colloquio di ammissione|entretien d'admission|entrevista (?:\w+ )?de admisión|"
                   r"entrevue d['’]admission|demande d['’]admission|mba pour cadres|"
                   r"admisión al\b|comité de admisión|mba ejecutivo|"
                   r"aufnahmegespräch|admissions committee|master(?:'s)? (?:programme|program)|master in \w+|"
                   r"studienplatz|masterstudiengang|bachelorstudiengang|(?:sommer|winter)semester|"
                   r"master di|ammissione|admission to the|"
                   # "Auswahlgespräch – Executive MBA 2027", "die Studiengangsleiterin"
                   r"(?:executive|full-time|part-time|berufsbegleitenden?) mba\b|mba[- ](?:programme|program|programm|"
                   r"admissions?|class of|jahrgang)|studiengangsleit|studierendenservice|executive education|"
                   # the user as an alum interviewing an applicant: "Alumni Interview Program",
                   # "Office of Admission", "you should not discuss admission decisions"
                   r"alumni interview|offices? of (?:undergraduate )?admissions?\b|admissions? decisions?\b"),
        6.0,
    ),
    "research_study": (
        # The user as someone's expert or study participant: an interview, but for a thesis or a
        # product study, not for a job.
        re.compile(r"experteninterview|expert interview|expertengespräch|(?:im rahmen|for|für|as part of|en el marco) "
                   r"(?:meiner|my|our|unserer|de mi|de mon|de ma) (?:master|bachelor|diplom|abschluss)?(?:arbeit|thesis|"
                   r"dissertation|studie|study|tesis|trabajo de fin|mémoire)|research participant|study participant|"
                   r"participa(?:nt|te) in (?:our|a|this) (?:user )?(?:study|research)|studienteilnehmer|"
                   r"teilnahme an (?:unserer|einer|der) (?:studie|nutzerstudie|befragung)|user interviews?\b|"
                   r"entretiens? (?:utilisateurs?|usagers?)\b|entrevistas? (?:a|con|de) usuari[oa]s?\b|"
                   r"nutzer-?interviews?\b|tests? utilisateurs?\b|"
                   r"usability (?:test|session|study)|(?:we're|we are) testing the (?:app|product|prototype)|"
                   r"(?:voucher|gift card) (?:as a thank|to thank)|as a thank-you you'll get|"
                   # a research panel's session: "entrevista de investigación", "Incentivo: 40 €" (not
                   # "Research Interview": a research job's round is called that)
                   r"entrevistas? de investigación|"
                   # a startup's customer-discovery interview, thanked with a gift card: "no es una venta"
                   r"customer[- ]discovery|entrevistas? de descubrimiento|tarjeta de regalo|"
                   r"(?:this|it)(?:['’]s| is) not a sales (?:call|pitch)|no es una venta|ce n['’]est pas (?:une|de la) vente|"
                   # a clinical trial's "screening visit" (not a job at a clinical research firm):
                   # "Participants receive $75", "Please fast (water only) after midnight"
                   r"screening visit|participants (?:receive|will receive|are paid)|"
                   r"\bfast (?:\(water only\) )?after midnight|"
                   r"\b(?:incentive|incentivo|incentivation|aufwandsentschädigung)\s?:|"
                   r"(?:tu|su|your|votre|ihre|deine) participación en el estudio|(?:your|votre) participation (?:in|à|dans) "
                   r"(?:the|our|this|l['’]|notre|cette) (?:study|étude)|"
                   # a student's thesis interview: "take part in my thesis research", "participer à
                   # mon enquête", the consent form, "semi-structured" / "semi-directif"
                   r"(?:take part|taking part|participate|participating) in (?:my|our) (?:thesis|research|study|survey)|"
                   r"participer à (?:mon|ma|notre) (?:enquête|étude|recherche|thèse)|"
                   r"(?:an|in) (?:meiner|unserer) (?:studie|befragung|forschung|masterarbeit|bachelorarbeit) teilzunehmen|"
                   r"participar en (?:mi|nuestra|nuestro) (?:investigación|estudio|tesis|encuesta)|"
                   r"\bthesis research\b|(?:informed )?consent form|formulaire de consentement|"
                   r"einverständniserklärung|einwilligungserklärung|formulario de consentimiento|"
                   r"semi-?structured interview|interview is semi-?structured|entretien (?:est )?semi-directif|"
                   r"semistrukturiert|entrevista semiestructurada|"
                   # a market-research panel: "Teilnahme an unserer Gruppendiskussion", "focus group"
                   # a statistics office's household survey: "Enquête Emploi", "Mikrozensus", "Labor
                   # Survey ... used only for statistical purposes", its "enquêtrice" and "field interviewer"
                   r"enquête (?:emploi|sur l['’]emploi)|\benquêt(?:eur|euse|rice)\b|tirée? au sort|mikrozensus|"
                   r"erhebungsbeauftragte|(?:household|labou?r(?: force)?) survey|(?:field|survey) interviewer|"
                   r"statistical purposes|fins statistiques|produire des statistiques|fines estadísticos|"
                   r"encuesta nacional de (?:empleo|ocupación|hogares)|\bencuestador(?:a)?\b|"
                   r"focus group|gruppendiskussion|fokusgruppe|marktforschung|market research|groupe de discussion|"
                   r"grupo focal|étude de marché|estudio de mercado"),
        6.0,
    ),
    "self_reminder": (
        # The user's own calendar telling them about their own event: nobody confirms anything.
        re.compile(r"this is a reminder for:|this is a reminder for the following event|you set a notification|"
                   r"you have notifications set up for this calendar|you have set a reminder|daily agenda|"
                   r"your agenda for|agenda for (?:today|tomorrow)|upcoming events? for"),
        6.0,
    ),
    "exit_interview": (
        # The user's current employer's own talks: leaving, or the yearly review.
        re.compile(r"exit interview|offboarding|austrittsgespräch|entretien de (?:départ|sortie)|entrevista de salida|"
                   r"exitgesprek|colloquio di uscita|hodnot[ií]c[ií] pohovor|roční hodnocení|performance review|"
                   r"annual review|appraisal|mitarbeitergespräch|jahresgespräch|entretiens? annuels?|entretiens? d['’]évaluation|"
                   r"colloquio di valutazione|evaluación de desempeño|rozmowa oceniająca|ocena roczna|"
                   # the review's own homework: "Trae tu autoevaluación rellenada"
                   r"revisión trimestral|quarterly review|autoevaluación|auto-évaluation|"
                   r"selbsteinschätzung|360 feedback|feedback 360|360-degree feedback|"
                   # HR's talk about the user's own job changing: "You're welcome to bring a colleague or
                   # support person. The Employee Assistance Program ...", "entretien préalable"
                   r"employee assistance program|(?:a|your) (?:colleague or |co-worker or )?support person|"
                   r"entretien préalable|\bbetriebsrat\b|personalgespräch"),
        6.0,
    ),
    "funding": (
        # A panel for the user's own venture: a grant, a founder's stipend, a loan committee
        # ("votre dossier passera devant le comité d'agrément", "su emprendimiento … plan de negocio")
        re.compile(r"(?:small business|business|startup|start-up|seed|innovation) grants?\b|grant finalist|"
                   r"finalist for the [\w ]{0,40}grant|gründungsstipendium|gründerstipendium|gründungszuschuss|"
                   r"exist-stipendium|ihr vorhaben|comité d['’]agrément|prêt d['’]honneur|votre dossier [«\"]|"
                   # (the user's own plan, not the employer's: "Gareth is very hands-on with the PR29 business plan")
                   r"(?:su|tu) emprendimiento|capital semilla|"
                   r"\b(?:your|votre|ton|tu|su|dein|ihr|ihren|deinen) (?:\w+ )?(?:business ?plan|plan de negocios?|"
                   r"plan d['’]affaires|businessplan)\b|"
                   r"pitch deck|(?:10|ten|5|five|15) minut\w* (?:de )?(?:pitch|présentation de votre projet)|"
                   # a scholarship's jury ("comité des bourses", "beca de excelencia")
                   # (not a perk's "tuition scholarships", not a "beca de prácticas": an internship)
                   r"scholarship (?:committee|interview|panel|jury|finalists?|applicants?|application)|comité des bourses|"
                   r"\bbourses? (?:d['’]études|d['’]excellence|au mérite)\b|comité de becas|"
                   r"beca (?:de excelencia|de estudios|universitaria)|stipendi(?:um|en)(?:s)?(?:programm|auswahl|jury|komitee)|"
                   r"(?:für das|zum|um das) stipendium\b"),
        6.0,
    ),
    "post_interview": (
        re.compile(
            r"thank(?:s| you) (?:so much )?for (?:interviewing|meeting with us|speaking with us)|(?:enjoyed|great) (?:meeting|"
            # (not a call-off's "will be in touch first thing if it opens up again")
            r"speaking|talking) (?:with )?you|(?:we'?ll|will) be in touch(?! (?:\w+ ){0,2}if\b)|wrapping up interviews|"
            r"danke für das (?:gespräch|interview)|merci pour (?:notre|l')entretien|gracias por (?:la|tu) entrevista|"
            r"merci (?:encore )?pour (?:votre|ton) (?:entretien|entrevue)|suite à (?:votre|ton) (?:entretien|entrevue)|"
            r"obrigad[oa] pela (?:conversa|entrevista)|grazie per il colloquio|bedankt voor het gesprek|tak for samtalen",
            I,
        ),
        2.0,
    ),
    # A friend on the inside offers to refer the user: the coffee is theirs, the interview (if
    # any) comes later ("happy to put your name in front of my boss", "pass your resume along")
    "referral": (
        re.compile(
            r"\bput (?:your|ur) name in front of\b|\bput in a (?:good )?word\b|\bhappy to (?:refer you|pass (?:your|ur) "
            r"(?:resume|cv|name) (?:along|on|to))\b|\bpass (?:your|ur) (?:resume|cv) along\b|"
            r"\b(?:je peux|je pourrai|je pourrais) (?:faire passer|transmettre) (?:ton|votre) cv\b|"
            r"\bpuedo (?:pasar|mandar|enviar) tu cv\b|\bich kann (?:deinen|ihren) lebenslauf (?:weitergeben|weiterleiten)\b",
            I,
        ),
        3.0,
    ),
}
# The plain patterns behind their literals: most mails contain none of a family's words.
NEGATIVE: dict[str, tuple[Filtered | Gated | AnyOf[Gated], float]] = {
    name: (Filtered(rx) if isinstance(rx, re.Pattern) else rx, weight) for name, (rx, weight) in _NEGATIVE.items()
}
# A live (two-way) interview: the one-way and assessment families' words are then said of
# something else ("It is not a recorded on-demand interview", "a live interview on CodeSignal").
LIVE_INTERVIEW = Filtered(re.compile(
    r"(?<!no )live (?:video |technical |coding )?interview(?!er)|two-way (?:video )?interview|live, two-way|"
    r"interviewers? will join you|interview engineer|live pair[- ]programming|live coding (?:interview|session)|"
    r"entretien (?:vidéo )?en direct|entrevista (?:en vivo|en directo)|live-interview"
))
# Said only to an interviewer: decides the verdict on its own, whatever confirms the meeting.
INTERVIEWER = re.compile(
    r"you(?:'ve| have) been (?:scheduled|invited|added) to interview\b|part of the interview(?:ing)? panel|"
    r"(?:submit|complete|fill (?:in|out)) (?:your |the )?(?:scorecard|interview feedback)|"
    r"als interviewer(?:in)? (?:eingeplant|eingetragen)|vous faites partie du jury"
)
# Just before a test or take-home: words that say it is done ("Thank you for completing the
# online assessment", "Congratulations on clearing the online assessment"): the interview it
# led to is what the mail is about.
_DONE_BEFORE = re.compile(
    r"(?:complet(?:ing|ed)|clear(?:ing|ed)|submitt(?:ing|ed)|pass(?:ing|ed)|finish(?:ing|ed)|review(?:ing|ed)|"
    r"return(?:ing|ed)|sen(?:ding|t) (?:us|in|over)|did (?:so )?well (?:on|in)|"
    r"d'avoir (?:rendu|réalisé|complété|passé)|por (?:completar|realizar|enviar|superar)|tras (?:completar|superar))"
    r"\s(?:(?:the|your|our|an|a|this|that|le|la|votre|ton|el|la|tu|su|nuestra|nuestro)\s)?(?:[\w-]+\s){0,2}$"
)
ASSESSMENT = _NEGATIVE["assessment"][0]

# A job's name where the mail says it is one: "for the Podcast Producer position", "au poste de
# chef d'atelier", "puesto de Jefe de taller el martes", "Position: Employment Counsellor". Family
# words inside it ("podcast", "atelier", "taller", "employment counsellor") name the job applied
# for, not what the mail is. A lone short word is not read as one ("the volunteer position" may
# well be a volunteer's), nor words that speak of the meeting or of people.
_ROLE_STOP = (
    r"on|at|in|with|for|starting|scheduled|is|will|has|and|le|la|à|avec|prévu|prévue|est|sera|du|el|a|con|en|"
    r"para|que|programad[oa]|am|um|bei|mit|ist|wird|ab|il|alle|presso|per|che|è"
)
_ROLE_NAMED = re.compile(
    r"\b(?:for|as) (?:the|a|an|our|this) (?P<en>(?:[\w&/'’-]+ ){1,5}?)(?:position|role|opening|vacancy|job|post)\b|"
    r"\b(?:position|role|post|vacancy|poste|puesto|vacante|plaza|posizione|ruolo|stelle) "
    r"(?:of |as |de |d['’]|di |come |als |des |der |zum |zur )?"
    rf"(?P<of>[\w&'’-]+(?: [\w&'’/-]+){{0,5}}?)(?=\s(?:{_ROLE_STOP})\b|\s?[\n.,;:!?()\"“”«»–|]|$)|"
    r"^[ \t]*(?:position|role|job title|job|poste|puesto|vacante|stelle|posizione|ruolo)[ \t]*:[ \t]*"
    r"(?P<label>[^\n]{3,60}?)[ \t]*$|"
    # an application's subject: "Re: Candidature régie générale", "Bewerbung als Lagerlogistik-Leitung"
    r"^(?:(?:re|aw|tr|wg|fwd?|rv)\s?:\s?)*(?:candidature|bewerbung|application|postulación|candidatura)"
    r"(?: (?:au poste de|pour le poste de|pour le poste d['’]|als|for(?: the)?|para(?: el puesto de)?|al puesto de|a))?"
    r"\s?[:–-]?\s(?P<applied>[^\n]{3,60}?)[ \t]*$",
    re.M,
)
_NOT_A_ROLE = re.compile(
    r"\b(?:interview\w*|entretien|entrevista|gespräch|vorstellungsgespräch|colloquio|for|with|to|your|my|his|her|"
    r"their|our|you|votre|ton|tu|su|ihr|dein|il tuo|the)\b"
)


# What each of those cues contains: most mails name no job as such, and skip the scan.
_ROLE_CUE_WORDS = (
    "position", "role", "post", "puesto", "stelle", "job", "vacan", "plaza", "posizi", "ruolo", "candidat",
    "bewerbung", "applica", "postula",
)


def without_roles(text: str) -> str:
    """``text`` with the job names it states as such blanked, wherever they occur (a subject
    repeats the role its body names), keeping every other character where it was."""
    names = set()
    for m in _ROLE_NAMED.finditer(text) if any(w in text for w in _ROLE_CUE_WORDS) else ():
        name = (m.group("en") or m.group("of") or m.group("label") or m.group("applied") or "").strip()
        if (len(name) >= 12 or " " in name) and len(name) >= 6 and not _NOT_A_ROLE.search(name):
            names.add(name)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " " * len(name))
    return text


def assessment_behind(text: str) -> bool:
    """Whether every test or take-home the text names is one the candidate has already done."""
    assert isinstance(ASSESSMENT, re.Pattern)  # noqa: S101 - a plain pattern in the table above
    found = False
    for m in ASSESSMENT.finditer(text):
        if not _DONE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return False
        found = True
    return found


# The writer's own interview, in their words: "J'ai décroché un entretien", "ya me confirmaron la
# entrevista", "I got an interview", "mein Vorstellungsgespräch"
OWN_INTERVIEW = re.compile(
    r"\b(?:my|mon|mi|mein|meine|meinem) (?:\w+ )?(?:interview|entretien|entrevista|vorstellungsgespräch)|"
    r"j['’]ai (?:décroché|eu|obtenu|enfin) (?:un|mon|le) (?:\w+ )?entretien|"
    r"(?:me|nos) (?:confirmaron|confirmó|han confirmado|dieron) (?:la|una|mi) entrevista|"
    r"\bi (?:got|landed|have|scored) (?:an|the|my) (?:\w+ )?interview|"
    # "ich hab endlich ein Vorstellungsgespräch!!", "hab ich jetzt auch ein Gespräch"
    r"(?:ich (?:habe|hab)|(?:habe|hab) ich) (?:\w+ ){0,2}(?:ein|das|mein) (?:\w+ )?"
    r"(?:vorstellungsgespräch|interview|gespräch)|"
    # "Meins ist übermorgen, unten die Bestätigung", "mine's on Thursday"
    r"\bmeins ist\b|\bmine(?:'s| is) (?:on|at|tomorrow|next|this)\b|\bla mía es\b|\ble mien est\b|"
    # "ich hab's in die nächste Runde geschafft", "I made it to the final round"
    r"\b(?:ich )?hab['’]?s (?:\S+ ){0,5}in die (?:nächste|zweite|finale|letzte) runde geschafft|"
    r"\bi made it (?:through )?to the (?:next|second|final|last) round|"
    r"\b(?:je suis|j['’]ai été) (?:retenue?|sélectionnée?) pour (?:le|un) (?:\w+ )?entretien|"
    r"\b(?:pasé|he pasado) a la (?:siguiente|segunda|última) (?:fase|etapa|ronda)|"
    r"\bme (?:dieron|han dado|confirmaron) (?:la |una )?entrevista\b|\bme sali[óo] (?:la|una) entrevista\b|"
    # "J'ai enfin décroché un entretien"
    r"\bj['’]ai (?:enfin |finalement |moi aussi )?(?:décroché|obtenu|eu) (?:un|mon|le) (?:\w+ )?entretien\b|"
    # "Hab am Montag mein erstes richtiges Vorstellungsgespräch"
    r"\bhab(?:e)? (?:am|nächsten?|kommenden?|morgen|übermorgen|diese[nm]?)\b[^.\n]{0,30}\bmein(?:e[ns]?)? "
    r"(?:\w+ ){0,2}(?:vorstellungsgespräch|interview|bewerbungsgespräch)",
    I,
)
WEBINAR = _NEGATIVE["webinar"][0]
# Why a slot had to move ("un client nous a calé un atelier jeudi matin", "I got pulled into a
# customer workshop", "wegen eines Kundenworkshops"), or where the two met ("great meeting you at
# the health ops meetup last week")
_ASIDE = re.compile(
    r"\b(?:client|customer|kunde\w*|cliente|offsite|off-site|conflict|conflit|pulled into|came up|clash|"
    r"calé|booké|surgió|imprevisto|se me cruzó|dazwischen|wegen|because|parce qu|porque|weil|leider|darum|deshalb|"
    r"daher|du coup|malheureusement|unfortunately|desafortunadamente|lamentablemente|"
    r"meet(?:ing)? you|met you|we met|last week|yesterday|last night|letzte woche|gestern|kennengelernt|"
    r"rencontrée?s?|la semaine dernière|conocimos|conocerte en|la semana pasada|ayer)\b"
)


SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) that holds ``text[start:end]``."""
    begin = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stop = SENTENCE_END.search(text, end)
    return begin, stop.start() if stop else len(text)


# A meeting about work the user already does for the host, or of a board the user sits on: a
# client's "Te convoco a la reunión de seguimiento del proyecto", a "project kick-off", a
# "Statusmeeting", a chapter's "Board Meeting" (a senior host is no cue then)
WORK_MEETING = re.compile(
    r"\b(?:reunión|réunion|meeting|call|point|comité) (?:de |du |d['’]|of the |on the )?(?:seguimiento|suivi|"
    r"avancement|status|progress|kick-?off|lancement|arranque|pilotage|steering)\b|"
    r"\b(?:status|progress|kick-?off|steering committee) (?:meeting|call|update)\b|"
    r"project (?:kick-?off|review|sync)\b|"
    r"\b(?:projekt|status)(?:besprechung|meeting|termin)\b|\bjour fixe\b|\bcomité de pilotage\b|"
    # ... or of a body the user sits on: "ASCM Chattanooga - November Board Meeting"
    r"\b(?:board|chapter|committee|members['’]?) meeting\b|\bgeneral assembly\b|\bvorstandssitzung\b|"
    r"\bmitgliederversammlung\b|\bassemblée générale\b|\bconseil d['’]administration\b|\bjunta directiva\b|"
    r"\basamblea general\b",
    re.I,
)
_MOVED = re.compile(r"\b(?:moved|postponed|pushed|ran over|verschoben|verlegt|déplacée?|décalée?|movid[oa]|cambiad[oa])\b")


def work_meeting(text: str) -> bool:
    """Whether the text names such a meeting as what it is about, not as the reason another one
    moved ("our board meeting got moved onto Friday, so I've had to move our call")."""
    for m in WORK_MEETING.finditer(text):
        sentence = text[slice(*sentence_around(text, m.start(), m.end()))]
        if not (_ASIDE.search(sentence) or _MOVED.search(sentence)):
            return True
    return False


def event_is_an_aside(text: str) -> bool:
    """Whether every event word (a workshop, an "atelier", a meetup) the text names stands in a
    sentence that explains why the interview moved, or where the two met: an aside, not what
    the mail is about."""
    assert isinstance(WEBINAR, Gated)  # noqa: S101 - a gated pattern in the table above
    found = False
    for m in WEBINAR.full.finditer(text):
        if not _ASIDE.search(text, *sentence_around(text, m.start(), m.end())):
            return False
        found = True
    return found


# Calendar events that are plainly something else, when they carry no interview word.
OTHER_EVENT = re.compile(
    r"stand-?up|\bsync\b|(?<![\d:.])1:1(?![\d:])|one-on-one|1-on-1|retro|sprint|all-hands|all hands|town hall|dentist|dental|doctor|"
    r"appointment|haircut|birthday|dinner|lunch|team meeting|weekly|daily|jour fixe|réunion d'équipe|"
    r"reservation|réservation|booking|flight|webinar|"
    # a talk the user gives: "Guest lecture: QA in games - Callum Reid"
    r"lecture|keynote|seminar|masterclass|vortrag|ponencia|conférence",
    I,
)


# A wish or a friend's question about the user's interviews: "je croise les doigts pour ton
# entretien", "erzähl mal, wie deine ganzen Vorstellungsgespräche laufen", "good luck with the
# interview", "¿cómo te fue en la entrevista?". Such words speak of the job hunt, not of a meeting
# the mail fixes (the dinner the same mail settles is not the interview).
_IV_NOUN = r"(?:interviews?|entretiens?|entrevistas?|(?:vorstellungs|bewerbungs)?gespräch(?:e|en)?)"
_WISH = re.compile(
    r"(?:good luck|best of luck|all the best|fingers crossed|break a leg|rooting for you|bonne chance|"
    r"croise les doigts|tiens[- ]moi au courant|viel glück|viel erfolg|toi,? toi,? toi|die daumen|"
    r"suerte|cruzo los dedos|crucemos los dedos)"
    rf"\b[^.!?\n]{{0,40}}?\b{_IV_NOUN}\b|"
    rf"\bhow(?:['’]s| is| are| did| was| were)? (?:[\w-]+ ){{0,3}}{_IV_NOUN}\b(?: (?:going|go|went|been))?|"
    rf"\bhope (?:[\w-]+ ){{0,3}}{_IV_NOUN} (?:goes|go|went)\b|"
    rf"\bcomment (?:s['’]est passé|se passe|se passent|ça s['’]est passé|ça se passe|vont|va) (?:\w+ ){{0,2}}{_IV_NOUN}\b|"
    rf"\bwie (?:[\w-]+ ){{0,4}}{_IV_NOUN} (?:\w+ )?(?:laufen|läuft|lief|war|waren|gelaufen)\b|"
    rf"\bcómo (?:te |le )?(?:fue|va|van|salió|salieron) (?:\w+ ){{0,2}}{_IV_NOUN}\b|"
    rf"\bqué tal (?:[\w-]+ ){{0,3}}{_IV_NOUN}\b|"
    # a friend's "no vale escaquearse con lo de las entrevistas, que ya nos contarás", "raconte-moi
    # tes entretiens", "erzähl mal von deinen Vorstellungsgesprächen"
    rf"\blo de (?:la|las|tus?|esas?) {_IV_NOUN}\b|"
    rf"\b(?:me|nos) (?:contarás|cuentas|cuentes)\b[^.!?\n]{{0,40}}?\b{_IV_NOUN}\b|\bcuéntame\b[^.!?\n]{{0,40}}?\b{_IV_NOUN}\b|"
    rf"\braconte[- ](?:moi|nous)\b[^.!?\n]{{0,40}}?\b{_IV_NOUN}\b|\berzähl(?:st)?\b[^.!?\n]{{0,40}}?\b{_IV_NOUN}\b",
    re.I,
)
_WISH_CUES = ("luck", "best", "crossed", "leg", "rooting", "chance", "doigts", "courant", "glück", "erfolg",
              "toi", "daumen", "suerte", "dedos", "how", "hope", "comment", "wie ", "cómo", "qué tal", "lo de ",
              "contarás", "cuentas", "cuentes", "cuéntame", "raconte", "erzähl")
def without_wishes(text: str) -> str:
    """``text`` with the wishes and questions above blanked, when their sentence names no time
    (a recruiter's "good luck with your interview tomorrow at 2pm" still names the meeting);
    every other character stays where it was."""
    low = text.lower()
    if not any(c in low for c in _WISH_CUES):
        return text
    for m in _WISH.finditer(text):
        begin, stop = sentence_around(text, m.start(), m.end())
        if not any(ch.isdigit() for ch in text[begin:stop]):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text
