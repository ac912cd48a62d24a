# ruff: noqa: E501 - vocabulary tables: one alternation per line reads better than split strings
"""Words and phrases that are evidence for an interview, its time and a change to it, in English,
German, French and Spanish, with the common words of Dutch, Italian, Portuguese, the Nordic
languages, Polish and Czech (the families of look-alike mail are in ``negatives.py``).

Each pattern names a rule; the classifier reports the names that fired (``prose:confirm``,
``neg:rejection``). Patterns are plain alternations with bounded gaps (``.{0,40}``), so none can
backtrack catastrophically.
"""

from __future__ import annotations

import re

from followupd.detect.literals import Filtered
from followupd.detect.matchers import AnyOf, Gated, I, Searchable, WholeWords, word_trie
from followupd.detect.prose import MOVED_FROM, WEEKDAYS

_ANY_WEEKDAY = word_trie(WEEKDAYS)

INTERVIEW = Gated(
    r"interview|phone screen|screening call|screening interview|recruiter screen|technical screen|tech screen|"
    # (an "onsite" is the interview; someone who "is onsite", or work "onsite", is not)
    r"on-?site (?:interview|visit|loop)|(?<!\bis )(?<!\bbe )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
    r"(?<!\bwork )(?<!\bworking )(?<!\bstay )(?<!\bdays )\bonsite\b|panel (?:interview|session)|technical panel|"
    r"hiring manager (?:round|call|interview|"
    r"conversation|chat|meeting)|"
    # not a round of drinks: "Monique is covering the first round"
    r"(?<!covering the )(?<!buying the )(?<!buy the )(?<!get the )(?:final|first|second|third|next|1st|2nd|3rd|technical)[ -]"
    r"round(?! (?:of drinks|on me|is on))(?!['’]s on\b)|"  # "First round's on the department card!"
    r"case (?:study )?(?:interview|presentation)|assessment (?:centre|center|day)|superday|live coding|"
    # a case study presented to the panel: "Présentation étude de cas - Julien Lafitte / Wellow",
    # "Präsentation der Fallstudie", "presentación del caso práctico"
    r"(?:présentation|restitution|soutenance) (?:de (?:l['’]|votre |ton |la )|d['’]une |du )?(?:étude de cas|cas pratique)\b|"
    r"präsentation (?:der |ihrer |deiner |einer )?fallstudie|fallstudien?-?präsentation|"
    r"presentación (?:del |de tu |de su |de un |de la )?(?:caso práctico|caso de negocio|estudio de caso)\b|"
    r"live (?:design|case|product|whiteboard) (?:challenge|exercise|session)|"
    r"culture (?:chat|fit (?:call|chat|interview)|conversation)|values (?:chat|conversation)|"
    # the last stage by its usual name: "Final conversation with Kaimana leadership - Renata Okafor"
    r"\bfinal (?:conversation|chat)\b|"
    r"pair programming (?:session|interview)|(?:technical |live |coding )pairing (?:session|interview|exercise|round)|system design (?:session|round)|whiteboard (?:session|round)|"
    r"portfolio (?:review|walkthrough|walk-through|presentation|deep[- ]dive)|"
    r"probearbeit|probetag|hospitation|\bround [1-9]\b|\b(?:1st|2nd|3rd|second|third|final) stage\b|"
    r"(?:product sense|execution|behaviou?ral|leadership|coding|design|analytics|strategy|fit|bar raiser) round|"
    r"bar raiser|interview loop|(?:onsite|virtual|final) loop|finaltag|auswahltag|assessment-?center|"
    r"analyst screen|engineer screen|engineering screen|developer screen|designer screen|manager screen|scientist screen|"
    r"researcher screen|specialist screen|consultant screen|intern screen|candidate screen|"
    r"vorstellungsgespräch|bewerbungsgespräch|bewerbergespräch|kennenlerngespräch|kennenlern-gespräch|"
    r"vorstellungstermin|\btermin (?:zur |für die |für eine )?vorstellung\b|"
    r"erstgespräch|zweitgespräch|fachgespräch|auswahlgespräch|telefoninterview|video-?interview|"
    # (a bank's "Entretien conseil - crédit hypothécaire" is an advice meeting)
    r"entretien(?!s? (?:de )?(?:conseil|bancaire|patrimonial|financier)\b)|entrevue|entrevista|"
    r"(?:hr|managerial|coding|culture|values|client) round|"
    r"sollicitatiegesprek|kennismakingsgesprek|vervolggesprek|tweede gesprek|intervju|jobbintervju|"
    r"colloquio (?:di lavoro|conoscitivo|tecnico|di selezione|individuale|finale|con (?:il|la) (?:responsabile|manager|team))|"
    r"conferm\w{0,4} (?:il |un |del |il nostro |il suo )?colloquio|colloquio (?:è |e )?(?:confermato|fissato|programmato)|"
    r"rozmow[aęy] (?:kwalifikacyjn|rekrutacyjn|techniczn|wstępn|końcow|finałow|z hr\b|z menedżer|z kierownik)|haastattelu|jobsamtale|ansættelsessamtale|ansettelsesintervju|pohovor|mülakat|"
    # Rounds: Czech "technické kolo", German "2. Runde", Danish "anden samtale"
    r"(?:technické|osobní|první|druhé|třetí|finální|závěrečné|další) kolo\b|"
    r"(?:technického|osobního|prvního|druhého|finálního|závěrečného|dalšího) kola\b|"
    r"(?:\b[1-4]\.|erste|zweite|dritte|finale|letzte) runde\b|"
    # a second conversation is a second round: "die Einladung zu unserem zweiten Gespräch", "2. Gespräch Haider"
    r"(?:\b[2-4]\.|\bzweite[nmrs]?|\bdritte[nmrs]?) gespräch\b|"
    # French and Spanish: "je vous confirme le second tour", "la segunda ronda"
    r"\b(?:premier|second|deuxième|troisième|dernier) tour\b|\b(?:primera|segunda|tercera|última) ronda\b|\bronda final\b|"
    r"(?:første|anden|andra|tredje|sidste|afsluttende|2\.) samtale\b|"
    # The Italian word alone ("colloquio Morandi"); Japanese 面接 (a job interview) and カジュアル面談
    # (the casual talk before one)
    r"\bcolloquio\b|面接|カジュアル面談|casual interview|"
    # the stage as a noun, after a first call: "For the in-person, would Friday at 2pm work?"
    r"\b(?:the|an|your|our) in-person(?=\s?[,.?!:;)]|\s(?:round|stage|loop|portion)\b)",
    "in-person|interview|screen|onsite|on-site|panel|hiring manager|round|stage|case|étude de cas|cas pratique|fallstudie|caso práctico|caso de negocio|estudio de caso|assessment|superday|live |"
    "culture|values|final conversation|final chat|vorstellung|"
    "bar raiser|loop|finaltag|auswahltag|"
    "pair programming|pairing|system design|whiteboard|portfolio|gespräch|probearbeit|probetag|hospitation|entretien|entrevue|"
    "entrevista|gesprek|colloquio|intervju|rozmow|samtale|pohovor|mülakat|haastattelu|kolo|kola|runde|tour|ronda|面接|"
    "カジュアル面談|casual interview",
)
# The last lines of a mail that name a head, director, VP or founder: whom the user meets, or
# who signs (classify._senior_host).
SENIOR_TITLE = re.compile(
    r"\b(?:head of|director|vp\b|vice president|chief \w+ officer|cto\b|ceo\b|coo\b|cpo\b|founder|co-founder|"
    r"cofounder|geschäftsführer|managing director|directeur|directrice|directora?\b|gerente|leiter|leiterin|"
    # ... and who heads a firm by other names: "ton rendez-vous avec le président", "PDG", "Inhaberin"
    r"pr[ée]sident(?:e)?\b|presidenta?\b|pdg\b|fondat(?:eur|rice)\b|fundador(?:a)?\b|gründer(?:in)?\b|"
    r"inhaber(?:in)?\b|general manager|(?<!product )owner\b|"
    # a signature's "Teamleitung IT", "Leitung Softwareentwicklung" (a bare "Leitung" only before the
    # department it heads: not a nursery's "(Leitung)"; never "Anleitung" or "Weiterleitung"), "Jefa de"
    r"(?:team|abteilungs|bereichs|gruppen|projekt|personal|geschäfts|fach|it-|standort|werks|betriebs)"
    r"(?:leitung|leiter|leiterin)\b|"
    r"leitung(?= [a-zäöü])|"
    r"jef[ae] de\b)",
)
# Read only in a subject or an event's title, where they name the meeting itself ("Nikhil <>
# Fjordline | System design"); in a body, "system design" is a topic.
INTERVIEW_TITLE = re.compile(
    # ... and a booking's "Intro call with Engineering - Redwood Soil" (not "with Sales")
    r"\bsystem design\b|\bhiring manager\b|\bintro(?:ductory)? (?:call|chat) with (?:the |our )?(?:engineering|hiring)\b|"
    # a booking page's "Yield Data Screen (30 min)" (not a clinic's "Vision Screen (15 min)")
    r"(?<!health )(?<!vision )(?<!hearing )(?<!eye )(?<!blood )(?<!drug )(?<!cancer )(?<!skin )\b[a-z]+ screen \(\d{1,3} ?min"
)
# Words that name a meeting, in every language read: whole words, written as a trie (the flat
# alternation cost ~100 us over a mail's first lines, the trie a sixth of that).
MEETING_WORDS: tuple[str, ...] = (
    *"""call chat conversation meeting panel catch-up gespräch telefonat termin videocall appel échange
    rendez-vous rdv visio kennenlernen visioconférence llamada videollamada reunión conversación charla
    gesprek videogesprek belafspraak chiamata videochiamata incontro ligação videochamada conversa reunião
    colloquio samtale møde møte schůzka afspraak kennismaken reception réception empfang accueil recepción
    receptie coffee café kaffee convo intro jaser jasette conocerte conocerle rencontrer rencontreras
    rencontrerez rencontrerons conoscerti rozmowa rozmowę rozmowy rozmowie rozmową spotkanie spotkania
    spotkaniu spotkaniem spotkać spotkasz spotkamy porozmawiać porozmawiamy pogadamy wideorozmowa kawa kawę
    kafe kávu kávě schůzku schůzce schůzky setkání hovor hovoru videohovor povídání stretnutie stretnutia
    rozhovor snak snakke kaffe kontor kontoret zoom teams meet webex video phone""".split(),
    "video call", "phone call", "besuch bei uns", "dein besuch", "ihr besuch", "your visit", "votre visite",
    "tu visita", "su visita", "speaking with", "speak with", "chat with", "talk with", "meet you", "spreekt met",
    "spreek je", "sprechen mit", "parler avec", "hablar con", "falar com", "zie je", "op kantoor",
    "in our office", "at our office", "to our office", "nos bureaux", "nuestras oficinas", "unserem büro",
    "nostra sede", "vores kontor", "nosso escritório", "sehen wir uns", "sehen uns", "treffen uns", "bei uns in", "bei uns im", "zu uns nach", "zu uns ins",
    "treffen wir uns", "im office", "ins office", "im büro", "ins büro", "bei uns vorbei", "front desk",
    # "dann morgen um 15 Uhr bei uns am Flugplatz ... ich hol dich da ab", "mal bei uns vorbeizukommen"
    "bei uns am", "bei uns auf", "vorbeizukommen", "vorbeikommen", "ich hol dich", "ich hole dich", "ich hole sie",
    "at ours", "à nos bureaux", "à leurs bureaux", "à vos bureaux", "a nos bureaux", "a leurs bureaux",
    "a vos bureaux", "vous rencontrer", "te rencontrer", "tu rencontres", "nos locaux", "conhecer você",
    "in person", "en persona", "en personne", "w biurze", "w naszym biurze", "do biura", "do naszego biura",
    "nasze biuro", "na recepci", "v kanceláři", "google meet", "chez nous", "au bureau",
    # a visit: "come by the shop – 412 W Jackson Ave", "come to the side entrance … before we sit down"
    "come by", "stop by", "swing by", "drop by", "come in", "come to the", "sit down", "sit-down",
    # a room booked for it: "I've booked the small boardroom for an hour"
    "boardroom", "conference room", "meeting room", "salle de réunion", "besprechungsraum", "sala de juntas",
    "sala de reuniones",
    # a terse call-off names no meeting: "désolé je dois annuler demain 14h"
    "annuler demain", "cancel tomorrow", "cancelar mañana", "morgen absagen",
    # who the candidate will see: "Tu verras Marion et moi", "una plática técnica con Vale y conmigo"
    "tu verras", "vous verrez", "y conmigo", "plática", "platica", "platicar", "platicamos",
    # a time agreed in French: "On se cale jeudi à 11h au théâtre", "on se voit jeudi"
    "on se cale", "on se voit", "on se retrouve", "acceuil",
    # "Our office is at the Gaston Geenslaan 11, 3rd floor, ring at Celvia"
    "our office is",
    # a meeting agreed without naming it: "Confirming we're on for tomorrow at 8:30 at the yard"
    "we're on for", "we’re on for", "we are on for", "you're on for", "you’re on for",
    # the call itself: "rufe ich Sie dann morgen um 11 Uhr an"
    "rufe ich sie", "rufe ich dich", "ruf ich dich", "ich rufe sie", "ich rufe dich", "ich ruf dich",
    # "te esperamos mañana ... en la oficina de Santiago. Pregunta por mí en la recepcion"
    "en la oficina", "a la oficina", "recepcion", "te esperamos", "le esperamos",
    # "quedamos el viernes a las nueve y media en la nave ... y charramos un ratico. Pregunta por mí en la báscula"
    "quedamos el", "quedamos a las", "charlamos", "charramos", "pregunta por mí", "pregunta por mi",
    # a small firm's owner: "Let's do tomorrow (Tuesday) at 10:30 at the shop ... It'll just be me and Sheila"
    "let's do tomorrow", "let’s do tomorrow", "let's do monday", "let's do tuesday", "let's do wednesday",
    "let's do thursday", "let's do friday", "just be me and",
    # a visit moved, the place kept: "I've moved you to Friday (the 16th) at 10:00 AM instead - same place"
    "same place", "same spot", "same location", "be here", "you're here", "you’re here",
)
MEETING = WholeWords(word_trie(MEETING_WORDS))
# A subject that is the talk itself, as a company names a candidate's: "Gespräch Risikocontrolling",
# "Re: Zweites Gespräch / Werksrundgang", "Unser Gespräch", "Kennenlernen bei Pegnitz Robotics". Not a talk about something ("Gespräch
# zur Baufinanzierung"), not an invitation to one ("Einladung zu einem Gespräch"), not thanks for one.
TALK_SUBJECT = re.compile(
    r"^(?:(?:re|aw|wg|fwd?|antw)\s*:\s*)*(?:(?:unser|ihr|dein|erstes|zweites|drittes|persönliches|nächstes)\s+)?"
    r"(?:gespräch(?:stermin)?|kennenlernen)\b(?!\s+(?:zu|zur|zum|über|wegen|mit\s+(?:ihrem|ihrer|deinem|deiner|dem|der)\b|"
    r"in\s+der\s+kita|im\s+kindergarten|beim\s+training))"
    r"|\b(?:zweites|drittes|finales|letztes) gespräch\b"
    # a change to it: "Verschiebung unseres Gesprächs - neuer Termin Freitag"
    r"|^(?:(?:re|aw|wg|fwd?|antw)\s*:\s*)*(?:verschiebung|verlegung|absage|bestätigung|änderung) "
    r"(?:unseres|ihres|deines|des) (?:gesprächs|gesprächstermins|kennenlernens)\b",
    re.IGNORECASE,
)
# A time someone is to spend with a named person: "cancel Thursday's 11am with Declan", "our 3pm
# w/ Priya". Said of a hire, that is the candidate's meeting, though no meeting word names it.
TIME_WITH = re.compile(
    r"(?:['’]s|\bour|\bthe|\byour) (?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d) (?:with|w/) [a-z]"
)
RECRUITING: AnyOf[Searchable] = AnyOf(
    Filtered(re.compile(
        # (not the French app: "depuis l'application Médiclic"); a hiring manager's "the req",
        # "your take-home"
        r"recruit|talent|hiring|candida|(?<!l')(?<!l’)(?<!d')(?<!d’)(?<!\bune )(?<!\bcette )(?<!\bvotre )(?<!\bton )(?<!\bmon )"
        r"application(?! mobile)|\b(?:the|this|our) req\b|"
        r"take-home|people team|head of people|people (?:&|and) culture|people partner|"
        r"people op|executive search|search partners|search firm|headhunt|linkedin profile|personalberat|staffing|"
        r"(?:your|my|the|updated) resume\b|l['’]annonce\b|stellenanzeige|stellenausschreibung|"
        r"job (?:ad|posting|description)\b|opening on (?:my|our|the) team|open (?:role|position)\b|"
        r"(?:job|role|position) opening|offre d['’]emploi|oferta de (?:empleo|trabajo)|vaga de emprego|"
        # a job named by its title: "Re: Cellar Coordinator opening"
        r"(?:coordinator|manager|engineer|analyst|designer|developer|specialist|technician|assistant|lead|director|"
        r"brewer|planner|supervisor|associate|representative|clerk|operator|officer|administrator|buyer) "
        r"(?:opening|vacancy)\b|"
        # the company has read the candidate: "dein Portfolio hat uns echt gut gefallen"
        r"(?:your|dein|ihr|votre|ton|tu|su) (?:profile?|profil|portfolio|lebenslauf|cv) (?:hat uns|has (?:really )?"
        r"(?:caught|impressed|stood)|caught our|impressed|nos (?:ha|gustó|encantó)|nous a (?:plu|beaucoup plu|intéress))|"
        # ... or had it passed on: "Carmen nos pasó tu portfolio", "passed me your CV"
        r"(?:nos|me) (?:pasó|ha pasado|envió|reenvió) tu (?:portfolio|cv|currículum|perfil)|"
        # a company that found the candidate: "vi tu perfil ... estamos armando el equipo de backend"
        r"(?:vi|vimos|he visto|hemos visto) tu perfil|(?:saw|came across|found) your (?:profile|portfolio)|"
        # "Owen - loved your GitHub work on the glider mission planner"
        r"(?:loved|liked|enjoyed|love) your (?:github|portfolio|profile|cv|resume|background)\b|"
        r"(?:j'ai|on a|nous avons) vu (?:ton|votre) (?:profil|portfolio)|(?:estamos )?armando (?:el|un|nuestro) equipo|"
        r"(?:we're|we are) (?:building|growing) (?:out )?(?:the|our|a) team|"
        # "Wir suchen wirklich jemanden für die Testautomatisierung", "on cherche quelqu'un pour"
        r"\b(?:wir suchen|we(?:'re| are) looking for|on cherche|nous cherchons|buscamos|estamos buscando) "
        r"(?:\w+ ){0,2}(?:jemanden|jemand|someone|somebody|quelqu['’]un|a alguien|alguien) (?:für|for|pour|para|who|der|die|qui|que)\b|"
        # what only an interview promises or spares: "kein Whiteboard-Quiz versprochen"
        r"whiteboard[- ]?(?:quiz|test|interview|coding|übung|aufgabe)|live[- ]?coding|"
        # a stranger's message on LinkedIn, answered: "danke für deine Nachricht über LinkedIn"
        r"(?:nachricht|message|mensaje|anfrage) (?:über|on|via|en|por|sur) linkedin|"
        r"(?:passed|forwarded|sent) (?:me|us|on) your (?:cv|resume|portfolio|profile)|"
        r"(?:hat|haben) (?:mir|uns) (?:deinen|ihren|dein|ihr) (?:lebenslauf|cv|portfolio|profil) (?:weitergeleitet|geschickt)|"
        # a talk about the candidate's past: "nous ferons le point sur votre expérience DO-178C"
        r"point sur (?:votre|ton) (?:expérience|parcours)\b|(?:échanger|discuter|parler) (?:de|sur) (?:votre|ton) "
        r"(?:expérience|parcours)\b|"
        # ... "danach über Ihre Erfahrung mit Yocto", "sobre tu experiencia con Airflow", "walk through your background"
        r"(?:über|zu) (?:ihre|deine|ihren|deinen) (?:erfahrung(?:en)?|werdegang|berufserfahrung|lebenslauf)\b|"
        # a candidate's trip paid for: "Fahrtkosten erstatten wir dir natürlich", "we'll reimburse your travel"
        r"(?:fahrt|reise)kosten (?:\w+ ){0,3}(?:erstatten|erstattet|übernehmen|übernommen)\b|"
        r"(?:erstatten|übernehmen) (?:wir )?(?:dir |ihnen |euch )?(?:die |deine |ihre )?(?:fahrt|reise)kosten|"
        # ... or its cancellation fees: "Bitte stornieren Sie Ihre Bahnfahrkarte, wir erstatten Ihnen
        # selbstverständlich eventuelle Gebühren"
        r"\bwir erstatten (?:ihnen|dir|euch) (?:\w+ ){0,2}(?:eventuelle |anfallende |die )?(?:storno)?(?:gebühren|auslagen)\b|"
        r"reimburse (?:your |all |any )?travel|travel (?:expenses|costs) (?:will be |are )?(?:reimbursed|covered)|"
        r"rembours\w* (?:vos |tes |les )?frais de (?:déplacement|transport)|frais de déplacement (?:\w+ ){0,3}rembours|"
        r"(?:reembolsa|cubri|pagar)\w* (?:los |tus |sus )?gastos de (?:desplazamiento|viaje)|"
        # ... the subjects of a screening call: "Themen: Ihr bisheriger Werdegang ... und die Gehaltsvorstellung"
        r"(?:ihr|dein|ihren|deinen) (?:bisheriger?n? |beruflicher?n? )?werdegang\b|gehaltsvorstellung|gehaltswunsch|"
        r"salary (?:expectations?|requirements)|prétentions salariales|attentes salariales|"
        r"(?:pretensiones|expectativas|aspiraciones) salariales|"
        r"sobre (?:tu|su) (?:experiencia|trayectoria) (?:con|en|como)\b|"
        # "charlamos un rato de lo q hiciste en Campo Sur"
        r"\blo (?:que|q) (?:hiciste|hacías|hacias|has hecho) en\b|"
        # a hiring process's "next step" ("Re: Siguiente paso - Hacienda Labs")
        r"(?:siguiente|próximo) paso\b|next steps?\b|nächster schritt|prochaine étape|"
        r"(?:discuss|talk about|talk through|walk (?:us )?through|go over|dig into) your (?:experience|background)\b|"
        # a hire being made or frozen: "bis das geklärt ist, dürfen wir niemanden einstellen"
        r"(?:niemanden|jemanden|neue leute|dich|sie|wen) (?:\w+ )?einstellen\b|einstellungsstopp|"
        # (not the photos for one: "Ihr Termin für Bewerbungsfotos")
        r"bewerbung(?!sfoto|sbild|s-foto|sphoto)|personalabteilung|personalleiter(?:in)?\b|personalleitung\b|recrutement|embauche|puesto|vacante|selección|"
        r"proceso de selección|sollicitatie|vacature|functie|candidatura|posizione|selezione|"
        r"processo seletivo|ansøgning|søknad|stilling|výběrové řízení|pozice|résumé|lebenslauf|"
        r"rekrutac|stanowisk|kandydat|oferta pracy|ofert[ęy] pracy|o roli\b|formalny proces|"
        r"採用|求人|応募|選考|rekruttering|rekrytering|"
        r"risorse umane|recursos humanos|ressources humaines|human resources|personale|personas y cultura|"
        # the gender marks of German and French job titles: "Data Engineer (m/w/d)", "(H/F)"
        r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|m/w/x|h/f|f/h|m/f|w/m)\)|"
        # German compounds of "Stelle" that name a job ("Entwicklerstelle", "Werkstudentenstelle"),
        # not a place ("Haltestelle", "Beratungsstelle") nor an interface ("Schnittstelle")
        r"(?:entwickler|ingenieur(?:s|innen)?|werkstudenten|praktikums|vollzeit|teilzeit|junior|senior|trainee|"
        r"ausbildungs|doktoranden|assistenz|leitungs|projektleiter|führungs|berater|referenten|sachbearbeiter|"
        r"informatiker|analysten|techniker|mechatroniker|elektroniker|programmierer|admin|designer|"
        r"manager|lead|it-|dev-|java-|python-|software-|einkaufs|vertriebs|buchhaltungs|logistik|lager|verkaufs|"
        r"marketing|controlling|büro|planer|disponenten|meister)stelle\b|"
        # a post filled: "Wir haben die Einkaufsstelle jetzt doch intern besetzt"
        r"\b(?:intern|extern|anderweitig) (?:nach)?besetzt\b"
    )),
    WholeWords(r"(?:position|positions|role|roles|job|openings|vacancy|vacancies|hr|stelle|rh|poste|vaga|cv|rolle)"),
    # "the QA hire is on hold": a hire being made, not a car or a van hired, nor a colleague started
    re.compile(r"\b(?<!car )(?<!van )(?<!bike )(?<!new )(?<!boat )hire\b(?! (?:car|van|bike|boat|company|desk))"),
    # A job title ("Senior UX Designer") in a subject or an invitation's title: a role is meant.
    re.compile(r"(?:senior|junior|lead|principal|staff|medior|head of) (?:[a-z/&]+ ){0,2}(?:designer|engineer|"
               r"developer|analyst|manager|scientist|consultant|architect|researcher|specialist|coordinator|"
               r"director|officer|associate)"),
    # what you would do in the job: said to a candidate, not to a client or a colleague
    Gated(r"(?:first|initial)\s(?:30|60|90|100)(?:/60)?(?:/90)?\sdays", "days"),
)

# A job title as it stands in a subject or an event name ("Charla inicial - Data Engineer en ...").
# Only read there: in a body, "our data engineer will join" is a colleague, not a role.
JOB_TITLE = re.compile(
    # French, Spanish and German trades as a booking page names its meeting: "Premier échange -
    # Ingénieur·e firmware", "Entrevista - Desarrolladora backend"
    r"\b(?:ingénieur|ingenieur|ingeniero|ingeniera|développeur|développeuse|desarrollador|desarrolladora|"
    r"entwickler|analyste)(?:·e|·ice|\(e\)|in)?\b|"
    r"\b(?:data|software|backend|back-end|frontend|front-end|full-?stack|mobile|ios|android|qa|test|devops|cloud|"
    r"platform|security|machine learning|ml|ai|product|ux|ui|research|analytics|bi|site reliability|marketing|sales|"
    r"finance|financial|business|operations|ops|content|brand|insight|growth|people|account|project|programme|program|"
    r"quant|quantitative|java|python|golang|embedded|firmware|systems|infrastructure|network|solutions|support|risk|"
    r"web|game|hardware|database|automation|integration|reliability|"
    # the engineering trades
    r"process|chemical|mechanical|electrical|civil|industrial|manufacturing|quality|facilities|field|"
    r"petroleum|reservoir|production|controls|structural|environmental|safety|project controls|"
    # supply chains'
    r"logistics|supply chain|supply|demand|procurement|purchasing|inventory|demand planning|warehouse|transport|fleet|"
    # customer-facing, design and engineering teams
    r"customer success|customer experience|client success|design|engineering) "
    r"(?:engineer|developer|designer|analyst|scientist|manager|researcher|architect|specialist|owner|coordinator|"
    r"planner|technician)s?\b|\b(?:supply|demand|production|capacity) planning lead\b|"
    r"\bfounding (?:[a-z]+ )?(?:eng|engineer|engineering|designer|pm)\b|\b(?:eng|engineering|tech|qa|test) lead\b|"
    r"\blead qa\b|\b(?:qa|test) automation\b|"
    # shop talk: "Re: Dev backend chez Kairn", "frontend dev role"
    # ... or the title first: "Ops Analyst - Intro Call"
    r"\b(?:coordinator|manager|engineer|analyst|specialist|assistant|lead|designer|developer|planner|technician|"
    r"technologist|director|officer|associate|administrator|buyer|controller)\s[-–|:]\s(?:intro|introductory|"
    r"discovery|screening|first|initial|technical|tech) (?:call|chat)\b|"
    # a booking page's "Intro call - Export Coordinator (Europe)": a call named for a job's title
    r"\b(?:intro|introductory|discovery|screening|first|initial|technical|tech) (?:call|chat)\s[-–|:]\s(?:[\w&/-]+ ){0,3}"
    r"(?:coordinator|manager|engineer|analyst|specialist|assistant|lead|designer|developer|planner|technician|technologist|"
    r"director|officer|associate|administrator|buyer|controller)\b|"
    # ... or a bare intro: "30 Minute Intro - Production Scheduling Manager"
    r"\b(?:intro|introduction|introductory|discovery|screening)\s[-–|:]\s(?:[\w&/-]+ ){0,3}"
    r"(?:coordinator|manager|engineer|analyst|specialist|assistant|lead|designer|developer|planner|technician|technologist|"
    r"director|officer|associate|administrator|buyer|controller|scheduler|supervisor)\b|"
    # ... in Spanish, French, German: "Primera llamada – Gerente de Importación de Vinos Europeos"
    r"\b(?:primera (?:llamada|charla|entrevista)|llamada inicial|premier (?:appel|échange)|appel découverte|"
    r"erstes (?:telefonat|gespräch|kennenlernen))\s[-–|:]\s(?:[\w&/-]+ ){0,2}?(?:gerente|jef[ea]|coordinador|"
    r"coordinadora|responsable|técnic[oa]|analista|director|directora|especialista|asistente|comercial|chargée?|"
    r"chef|leiter|leiterin|referent|referentin|sachbearbeiter|sachbearbeiterin|koordinator|koordinatorin)\b|"
    r"\bdev (?:backend|back-end|back|frontend|front-end|front|full-?stack|web|mobile|ios|android)\b|"
    r"\b(?:backend|back-end|frontend|front-end|full-?stack) dev\b|"
    # "Intro call - Customer Success Lead (Brightline Freight)", "Re: Plaza Líder de Customer Success"
    r"\b(?:customer success|customer experience|client success|data|design|product|support|operations|analytics|"
    r"platform|security|ux|research|finance|people) (?:lead|director)\b|"
    r"\bl[ií]der (?:de|t[eé]cnic[oa])\b|"
    # a discipline named after a dash in a title: "Intro chat – Data Science (30 min)"
    r"[-–|:]\s(?:data science|machine learning|product design|product management|ux research|user research|"
    r"data analytics|(?:data|software|mobile|backend|back-end|frontend|front-end|platform|ml|security|"
    r"infrastructure|cloud|web|ios|android|qa) engineering)(?=\s?[(\n]|\s[-–|]|\s(?:with|intro|chat|call|screen)\b|$)|"
    r"(?:re:?|for|[-–|,])\s(?:senior |associate )?(?:director|head|vp|vice president) of [a-z]|"
    r"engenheir[oa]\(?a?\)? de|ingenier[oa] de|desarrollador[a]?\b|analista de|cientista de|científic[oa] de|"
    r"gestionnaire de (?:produit|projet|programme)|chef de (?:produit|projet)|analyste de|développeu(?:r|se)\b|"
    # the shop floor's and the office's titles: "Échange téléphonique - 30 min (Planificateur de production)",
    # "Entrevista - Jefa de turno", "Acheteuse projets"
    r"\bplanificat(?:eur|rice)(?:·rice)? (?:de |d['’])?(?:production|approvisionnement|ordonnancement|logistique|"
    r"maintenance|supply)|\bresponsable (?:de |d['’]|des |du )?(?:production|qualité|logistique|achats|maintenance|"
    r"planification|magasin|atelier|supply chain)\b|\b(?:technicien(?:ne)?|acheteu(?:r|se)|coordinat(?:eur|rice)|"
    r"contrôleu(?:r|se)) (?:de |d['’]|des |du )?(?:production|qualité|méthodes|maintenance|projets?|logistique|"
    r"gestion|achats|industriel)|\bplanificador(?:a)? de|\bjef[ea] de (?:producción|planta|turno|proyecto|compras|"
    r"calidad|almacén|mantenimiento)\b|\btécnic[oa] de (?:calidad|producción|mantenimiento|laboratorio|logística)\b|"
    # German compounds ("Entwicklungsingenieurin", "Softwareentwickler") and French/Italian titles
    r"\b\w*(?:ingenieur|entwickler|konstrukteur|techniker)(?:in)?\b|\bingénieur(?:e)? |\bingegner[ea] |"
    # a role's initials set off in a title: "Brightloop - PM, APAC Growth: intro", "Acme | EM Panel"
    r"(?:^|[-–|:,(/]\s)(?:(?:senior|sr\.?|junior|jr\.?|lead|staff|principal|group) )?(?:pm|tpm|pmm|em|sre|swe|sde)"
    r"(?=[,|)/]|\s[a-z])|"
    # how a posting's title ends: "Quant Developer (Remote)", "(80-100%)", "(Hybrid, Zürich)"
    r"\((?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|fixed[- ]term)\b[^)]{0,30}\)|\(\d{2,3}\s?[-–]\s?100\s?%\)"
)

# A booking the candidate has already made on a scheduling page ("Thank you for booking an
# interview appointment", "You picked Wednesday morning on the scheduling link"): a confirmation,
# and the link it names is done with.
BOOKED = Gated(
    r"(?:thank you|thanks) for (?:booking|scheduling)\b|"
    # not the promise "Once you've booked, you'll get a calendar invite"
    r"(?<!once )(?<!when )(?<!after )(?<!if )(?<!until )(?<!soon as )(?<!before )"
    r"you(?:'ve| have|’ve)? (?:just )?(?:picked|booked|selected|chose)\b|"
    r"(?:slot|time|day|date) you (?:picked|booked|selected|chose)\b|"
    # "Merci d'avoir pris le temps de choisir un créneau", "Gracias por elegir un horario", "Danke,
    # dass Sie einen Termin gebucht haben"
    r"merci d['’]avoir (?:pris le temps de )?(?:choisi|choisir|réservé|réserver|sélectionné|sélectionner) "
    r"(?:un|votre|ton) (?:créneau|horaire)|gracias por (?:elegir|reservar|escoger|seleccionar) "
    r"(?:un|tu|su) (?:horario|hueco|espacio)|danke,? dass (?:sie|du) (?:einen|ihren|deinen) (?:termin|zeitslot) "
    r"(?:gebucht|gewählt|ausgewählt)",
    "booking|scheduling|picked|booked|selected|chose|choisi|choisir|réserv|reserv|sélectionn|elegir|escoger|"
    "seleccionar|gebucht|gewählt|ausgewählt",
)
# A confirmation, split by shape and language so each part runs only when its words appear.
# (Each gate's trigger words are also NEAR_CUE's, below: a word as loose as "ok" there makes any
# time it stands near look like the interview's.)
CONFIRM = AnyOf(
    BOOKED,
    # confirmed, confirming, confirmation, confirmé, confirmada; not a promise to confirm later
    # ("we'll confirm one of them", "to be confirmed").
    # ... nor the Spanish request "apenas me confirme, le envío el enlace" (you, once you confirm)
    # ... nor the Spanish wait for one: "Quedo atento a su confirmación", "a la espera de su confirmación"
    Gated(r"(?<!will )(?<!'ll )(?<!’ll )(?<!to be )(?<!until )(?<!atento a su )(?<!atenta a su )(?<!atento a tu )"
          r"(?<!atenta a tu )(?<!espera de su )(?<!espera de tu )(?<!pendiente de su )(?<!pendientes de su )"
          r"confirm(?! one\b| a time\b| which\b| whether\b)"
          r"(?!(?<=me confirm)(?:e|es|en)\b)(?!(?<=nos confirm)(?:e|es|en)\b)",
          "confirm"),
    Gated(  # English: booked, scheduled, set up
        r"(?:is|has been|have been|are|'s|’s|now)\s(?:now\s)?(?:scheduled|booked|set up|all set)|"
        r"(?:you(?:'re| are|’re)|\bur|\bu r) (?:all set|booked|scheduled|set(?=[,.!;]| for\b| then\b))|(?:we|i)(?:'ve| have) (?:scheduled|booked|set up|arranged)|"
        r"\bscheduled (?:for|on)\b|\bbooked (?:for|in)\b|(?:has|have|had) (?:now )?(?:scheduled|booked|arranged|set up)\b|"
        # a public employer's notice: "you have been selected for an interview ... Interview date: 09/30/2026"
        r"(?:have|has) been selected for (?:an? |the )?(?:[\w-]+ ){0,2}interview\b",
        "scheduled|booked|set up|all set|e set|r set|arranged|selected for",
    ),
    Gated(  # English: locked in, set, in writing
        # (not a promise: "I'll get it locked in with their hiring manager")
        r"(?:put|confirm) (?:it|this) in writing|(?<!get it )(?<!get that )(?<!get this )(?<!get )"
        r"lock(?:ed|ing)? (?:it |that |this |you |us )?in\b|"
        r"(?:we|you)(?:'re| are|’re) (?:all )?set for\b|(?:is|are) (?:now )?set\b(?! (?:up )?to\b)|"
        # an Italian's "siamo fissati": "So we are fixed for Wednesday 30 September at 15:00"
        r"(?:we|you)(?:'re| are|’re) fixed for\b|"
        r"you(?:'re| are|’re) set (?:with|for)\b|let(?:'s|’s) (?:say|do|go with)\b|"
        # typed fast: "Lets do the follow up tomorrow at 1:30 Mountain"
        r"(?:^|(?<=[\s,.!]))lets (?:do|say|go with)\b|"
        # "Let's plan on next Tuesday at 10 for your interview ... Talk Tuesday,"
        r"let(?:'s|’s) plan on (?:next |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b|"
        r"(?:tomorrow|then|(?<!what )time|\d(?:\s?[ap]m)?) it is\b|"
        r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw) at \d{1,2}(?::\d\d)?\s?(?:[ap]m)? then\b|"
        r"let(?:'s|’s) keep\b|"
        # "Tues 8.15 at Pepper Tree Espresso on Crown St then.": a time agreed, closing the line
        r"\d(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\b[^.?!\n]{0,60}?\bthen(?=\s{0,3}(?:[.!,]|$))|"
        # "works for me. tmrw 3pm pt": an answer, not "whatever works for you" or a question
        r"(?<!what )(?<!which )(?<!whatever )(?<!whichever )works (?:for|with) (?:me|us|both of us|the team|everyone|"
        r"\w+ and me)\b(?!\s?\?)|"  # "Thursday at 9am Central works for Dave and me"
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day works\b(?! for you)(?!\s?\?)|"
        r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thur?s?|fri|tomorrow|tmrw|tmr)(?: at)? "
        r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]m?)? (?:(?:your|my|our) time |(?:et|pt|ct|mt|cet|gmt|bst|ist|sgt|pht|"
        r"central|eastern|pacific|mountain|uk) )?"
        # "Friday at 4pm Eastern (3pm your time) works great"
        r"(?:\([^()\n]{1,30}\) )?"
        r"works\b(?! for you)(?!\s?\?)|\) it is[.!]|"
        # "Wednesday at 16:00 is perfect", "Thursday 2pm sounds good"
        r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?: at)? \d{1,2}(?:[:.]\d\d)?\s?(?:[ap]m?)? "
        r"(?:is|sounds) (?:perfect|great|good|fine)\b(?!\s?\?)|"
        r"(?:i've|i have) (?:said|told them) (?:that's|that is|it's) fine",
        "in writing|lock|set for|fixed for|is set|are set|is now set|are now set|set with|let's|let’s|lets |it is|works for|works with|"
        "day works|then|works|fine|is perfect|is great|is good|sounds perfect|sounds great|sounds good",
    ),
    Gated(  # English: what happens next is already arranged
        r"i(?:'ve| have) sent (?:you )?(?:a|an|the) (?:\w+ ){0,2}(?:invite|invitation)|"
        r"(?:i'm|i am|i'll|i will|we're|we are|we'll|we will|will be) send(?:ing)? (?:you |over )?(?:an?|the) "
        r"(?:calendar |zoom |teams |meet )?(?:invite|invitation)|\bsending (?:you |over )?(?:an?|the) (?:calendar )?invite|"
        r"(?:the|an?) (?:calendar |teams |zoom )?invite will come|"
        r"(?:i|we)(?:'ve| have|’ve)? (?:already |just )?(?:updated|moved|changed) the (?:calendar |teams |zoom |meet |outlook |google )?(?:invite|invitation)|"
        r"you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)? with|chatting with|talking with)\b|"
        r"(?:he|she|they|we|i)(?:'ll| will) (?:call|ring) you\b|(?:he|she|they|we|i)(?:'ll| will) give you a (?:ring|call|bell)\b|"
        r"as (?:discussed|agreed)\b|"
        # where to go on the day: "Tomorrow at 2 at their office on Prospect St, ask for Lorraine at the front"
        r"\bask for (?:me|[a-zà-ÿ]+(?: [a-zà-ÿ]+)?) at (?:the )?(?:front(?: desk)?|reception|lobby|desk|gate|security)\b|"
        # the other side holds the time and the link follows: "Matthias and I have both blocked that
        # slot, and I will send you the new Teams link"
        r"\b(?:we|i|[a-zà-ÿ]+ and i)(?:'ve|’ve| have) (?:both |already |just )?(?:blocked|reserved|held|set aside) "
        r"(?:that|the|this) (?:slot|time|date|hour)\b|"
        r"\bsend you the new (?:teams |zoom |meet |webex |video |calendar )?(?:link|invite|invitation)\b|"
        r"\b(?:avons|ai) (?:tous (?:les )?deux )?bloqué (?:ce|le) créneau\b|"
        r"\b(?:haben|habe) (?:uns )?(?:den|diesen) (?:termin|slot) (?:beide )?(?:geblockt|blockiert|reserviert)\b|"
        r"\b(?:hemos|he) (?:bloqueado|reservado) (?:ese|el|este) (?:hueco|horario)\b",
        "blocked|reserved|held|set aside|the new|bloqué|geblockt|blockiert|reserviert|bloqueado|reservado|"
        "ask for|sent you|sent a|sent the|send|invite will|the invite|the calendar invite|the invitation|ll meet|will meet|ll be meet|will be meet|speak with|speaking with|"
        "chatting with|talking with|call you|ring you|give you a|as discussed|as agreed",
    ),
    Gated(  # English: on the calendar
        r"(?:put|added|booked|scheduled|placed)\b.{0,40}?\b(?:on|in|to|into) (?:the|my|our|your) (?:calendar|diary|agenda)",
        "calendar|diary|agenda",
    ),
    Gated(  # English: the candidate booked in ("I've put you in for Monday 14 September, 11:00", "we have you down for")
        r"\b(?:i['’]ve|i have|we['’]ve|we have|i|we) (?:put|booked|slotted|pencil+ed|got) you (?:in|down)\b|"
        r"\b(?:we|i) have you (?:booked|pencil+ed|down|scheduled|slotted) (?:in )?for\b|"
        r"\byou['’]re (?:booked|pencil+ed|slotted) in\b",
        "you in|you down|have you|booked in|pencilled in|penciled in|slotted in",
    ),
    Gated(
        r"look(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing|our|your)|"
        r"(?:here(?:'s| is)|here’s|below is) your\s(?:[\w-]+\s){0,2}(?:schedule|itinerary)|your (?:interview )?itinerary|"
        # ... in French, Spanish and German: "Voici le programme de votre journée d'entretiens", "aquí tienes
        # la agenda de tu jornada", "anbei Ihr Ablaufplan für den Tag"
        r"\bvoici (?:le|votre|ton) (?:programme|planning|déroulé)\b|\bvotre programme d['’]entretiens?\b|"
        r"\baquí (?:tienes|tiene) (?:tu|su|la|el) (?:programa|agenda|itinerario)\b|"
        r"\b(?:ihr|dein|der) (?:ablaufplan|tagesablauf)\b|"
        # Lever's "Here are the details for your upcoming interview for …"
        # ... and a recruiter's own "here are the details for your interview with our sourcing director"
        r"\bdetails (?:for|of) your (?:upcoming |first |second |next |final )?(?:interview|call|conversation|meeting)\b|"
        r"your (?:[\w-]+ ){0,2}(?:schedule|agenda) (?:is|for the day is) (?:below|as follows|attached)|"
        r"(?:excited|thrilled|delighted|glad|happy) to have you (?:join us|in|come in|visit)\b|"
        r"(?:we(?:'d|’d)|would) love to have you (?:in|join us|come in|visit)\b(?!.{0,40}\?)|"
        r"(?:pleased|happy|glad|delighted) to (?:schedule|confirm|arrange|set up) your\b|"
        r"see you (?:on|then|at|next|tomorrow|soon|for|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
        # a Romance speaker's "ci vediamo giovedì": "ok for me, we see on Thursday at 11"
        r"\bwe see (?:us |each other )?(?:on|at|next|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
        r"talk (?:to you )?(?:then|on|tomorrow)",
        "forward to|see you|we see|upcoming|details for your|details of your|voici|programme d|aquí|ablauf|talk|is your|'s your|’s your|itinerary|schedule is|agenda is|schedule for|agenda for|"
        "have you|to schedule|to confirm|to arrange|to set up",
    ),
    Gated(  # a poll closed on one date (Doodle and the like): "Marc a choisi une date pour ..."
        r"(?:has|have) (?:chosen|selected|picked) (?:a|the) (?:final )?(?:date|time)\b|final (?:date|time) (?:has been|was) "
        r"(?:chosen|selected)|closed the poll|a (?:choisi|sélectionné|retenu) (?:une|la) date|a clôturé le sondage|"
        r"date retenue|hat (?:einen|den) (?:finalen |endgültigen )?termin (?:gewählt|ausgewählt|festgelegt)|"
        r"(?:ha|han) (?:elegido|escogido|seleccionado) (?:una|la) fecha|(?:ha|han) cerrado la encuesta",
        "chosen a|chosen the|selected a|selected the|picked a|picked the|final date|final time|closed the poll|"
        "une date|la date|sondage|retenue|termin|una fecha|la fecha|encuesta",
    ),
    Gated(r"invitation:|invited to the following event|you have been invited|invite you (?:to|for)|"
          r"inviting you to a scheduled (?:zoom|webex|teams) meeting|"
          # Google Calendar's invitation text in other languages
          r"(?:te|le|les) invitaron al siguiente evento|(?:has|ha) sido invitad[oa] al siguiente evento|"
          r"vous avez été invitée? à l['’]événement suivant|você foi convidad[oa] para o seguinte evento|"
          r"sei stat[oa] invitat[oa] al seguente evento|u bent uitgenodigd voor het volgende evenement",
          "invit|uitgenodigd|convidad"),
    Gated(  # Google Calendar's "email guests": the event is on the calendar
        r"sent you a message about this event|hat (?:ihnen|dir) eine nachricht zu diesem termin|"
        r"vous a envoyé un message (?:concernant|à propos de) cet événement|"
        r"te ha enviado un mensaje sobre este evento",
        "message about this event|nachricht zu diesem termin|message concernant|message à propos|mensaje sobre este",
    ),
    Gated(  # "You are requested to attend a face to face interview as per below details"
        r"(?:you are|you're|you have been) (?:requested|required|invited) to (?:attend|appear for|join)\b|"
        r"request(?:ing)? you to (?:attend|appear for|join)\b|kindly (?:attend|report|be on time)\b",
        "requested to|required to|invited to|request you|requesting you|kindly attend|kindly report|kindly be on",
    ),
    Gated(  # a calendar's "Invitation: ..." subject in other languages (the subject comes first)
        r"^\s*(?:einladung|invitación|convite|uitnodiging|inbjudan|invitasjon|invitation|zaproszenie|pozvánka|"
        r"kutsu|invito)\s?:",
        "einladung|invitación|convite|uitnodiging|inbjudan|invitasjon|invitation|zaproszenie|pozvánka|kutsu|invito",
    ),
    Gated(
        r"reminder|erinnerung|rappel|recordatorio|"
        r"(?:your|the|our) (?:interview|call|meeting|phone screen) (?:is|will be) (?:on|at|tomorrow|today|this|next)",
        "reminder|erinnerung|rappel|recordatorio|interview is|interview will|call is|call will|meeting is|"
        "meeting will|screen is|screen will",
    ),
    Gated(
        r"bestätig|freuen uns (?:auf|darauf)|findet .{0,60}statt|eingeplant|wie besprochen|dann bis\b|bis dann\b|"
        r"passt (?:uns |mir |ihnen )?(?:perfekt|wunderbar|bestens|sehr gut|gut|super|prima)(?! zu\b)(?!\s?\?)|(?:dann|also|somit) sehen wir uns\b|"
        r"sehen wir uns (?:am|morgen|übermorgen)\b|(?:wie|so) (?:\w+ ){0,3}(?:abgemacht|abgmacht|vereinbart)|"
        # Teamtailor's "Dein Interview bei Alpenrhein Mobility ist gebucht:" (not asked)
        r"\b(?:ist|wurde|wurden|sind) (?:jetzt |nun |erfolgreich )?gebucht\b(?![^.\n]{0,30}\?)|"
        # the other side picks: "Mittwoch passt mir am besten. Also übermorgen früh um neun"
        r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag) passt (?:mir|uns) am besten\b(?!\s?\?)|"
        # "Wie vorhin am Telefon besprochen: Wir sehen uns Montag in einer Woche, also am 19.10."
        r"\bwie (?:\w+ ){1,4}besproch(?:en)?\b|\bwie bsproche\b|"  # Saarland's "wie am Telefon besproch"
        # Swabian and standard: "Du kommsch am kommenden Freitag ... um dreiviertel neun zu uns"
        r"\b(?:du kommst|du kommsch|sie kommen) (?:dann |also )?(?:am|morgen|übermorgen)\b[^.?\n]{0,80}\bzu uns\b|\bwir sehen uns (?:am|also|dann|morgen|übermorgen|nächste|kommende|"
        r"montag|dienstag|mittwoch|donnerstag|freitag)\b|"
        r"(?:wir )?treffen uns (?:also |dann |somit )?(?:morgen|übermorgen|am|um)\b|bis (?:morgen|übermorgen)\b|"
        r"(?:laden|lade|lädt) (?:sie|dich|euch) .{0,80}ein|einladung zu|"
        r"(?:ihr|dein|unser) (?:vorstellungsgespräch|gespräch|interview) (?:ist|findet) |\bfix ist\b|\bist (?:also )?fix\b|"
        r"\bist es (?:also )?fix\b|"
        r"hier (?:ist )?(?:der|ihr|dein) (?:ablauf|zeitplan)|dann mach(?:en wir|et mir|et mer|mer|ma)(?:'s|’s)? (?:das |es |des )?(?:gleich )?(?:am |um |morgen|übermorgen|\w+tag|"
        r"nächste woche|kommende woche|(?:mo|di|mi|do|fr)\.? \d)|"
        # "Bis Freitag!" closes a mail; "bis Freitag, 4.12., von dir zu hören" is a deadline
        r"bis (?:montag|dienstag|mittwoch|donnerstag|freitag)(?=\s?[!.\n]|\s?$)|"
        r"fixiert|\bmachen wir(?:['’]s| es| das)? (?:so |also )?fix\b|"
        # a reply that takes the time: "super, dann morgen um 15 Uhr bei uns am Flugplatz"
        r"\b(?:super|prima|perfekt|passt|gut|okay|ok|alles klar|sehr gut),? dann (?:also )?(?:morgen|übermorgen|heute|"
        r"am (?:mo|di|mi|do|fr)\w*|(?:mon|diens|donners|frei)tag|mittwoch)\b(?! ?\?)|"
        # put in the calendar for the candidate: "Frau Rüter trägt es Ihnen unten als Termin ein"
        r"\b(?:trägt|trage|tragen|eingetragen|stelle|gestellt)\b[^.?\n]{0,40}\b(?:als termin|in (?:den|ihren|deinen|de) "
        r"kalender)\b|"
        # an ATS's "Ihr Interview für die Position … wurde geplant" (not "ist für nächste Woche geplant?")
        r"(?:interview|gespräch|termin)\b[^.?\n]{0,80}\b(?:wurde|ist) (?:erfolgreich )?(?:geplant|terminiert)\b(?!\s?\?)|"
        # agreeing to the time the candidate offered: "Montag 10 Uhr passt, dann machen wir das so",
        # Saxon "dann machmer das so"
        r"\bdann mach(?:en wir|e mer|mer|ma)(?:'s|’s)? (?:das|es) so\b|"  # Saarland's "dann mache mer das so"
        # "super, dann machen wir's fest: Mittwoch, 14.10. um 16 Uhr" (not asked)
        r"\bmach(?:en wir|e mer|mer|ma)(?:'s|’s| es| das) (?:so )?fest\b(?![^.\n]{0,40}\?)|"
        # "Alsterkran hat einen Termin mit dir vereinbart" (not "möchten einen Termin vereinbaren")
        r"\b(?:hat|haben|habe|hab|wurde|wurden|ist)\b[^.?\n]{0,60}\bvereinbart\b(?![^.\n]{0,30}\?)|"
        # "lass uns dann direkt bei uns in der Speicherstadt quatschen" (not asked)
        r"lass uns (?:dann |doch |gleich )?(?:direkt |einfach )?[^.?\n]{0,60}\b(?:quatschen|treffen|sprechen|"
        r"telefonieren)\b(?![^.\n]{0,30}\?)|"
        # "dann halten wir Mittwoch, 10 Uhr fest"; not "halten wir fest, dass ..." (minutes' "we note")
        # ("den 20. April" keeps its dot; a wrapped line goes on: "um\n10:30 Uhr fest")
        r"halten wir (?!fest\b|fix\b)(?:[^.\n]|(?<=\d)\.|\n(?!\n)){1,80}?\b(?:fest|fix)\b|"
        # "Dann halten wir fest:" and the appointment on the next line
        r"halten wir (?:also |dann |so )?fest\s?:|"
        # "Passt, dann Kafi am Fr 8.15": an answer that opens a line or a sentence (Swabian "passt
        # scho, dann machet mir des am Donnerschdag")
        r"(?:^|(?<=\n)|(?<=[.!:;,] ))passt\b(?:[,!.]|\s(?:also|dann|scho|schon)\b)|"
        # Low German: "dat passt. Denn sehn wi uns Donnerstag um viertel nach drei"
        # (Hessian "jo des basst. Dann Freitag gegen halb drei")
        r"\b(?:das|dat|des) [bp]asst(?: (?:mir|uns))?\s?[.!]|\bsehn (?:wi|wir) uns\b",
        "bestätig|freuen uns|statt|, dann|super dann|prima dann|perfekt dann|passt dann|gut dann|ok dann|okay dann|klar dann|eingeplant|besproch|bsproche|du kommst|du kommsch|sie kommen|lade|lädt|einladung|gespräch ist|gespräch findet|dann bis|"
        "bis dann|passt|basst|sehen wir uns|wir sehen uns|abgemacht|abgmacht|gebucht|vereinbart|treffen uns|bis morgen|bis übermorgen|"
        "interview ist|interview findet|fix|fest|ablauf|zeitplan|machen wir|mache mer|machmer|mach ma|machet m|bis montag|bis dienstag|bis mittwoch|"
        "bis donnerstag|bis freitag|halten wir|lass uns|geplant|terminiert|als termin|n kalender|e kalender|sehn ",
    ),
    Gated(
        r"(?:est|a été|ont été) (?:prévu|programmé|planifié|fixé|confirmé)|aura lieu|"
        # an ATS's "Tramuntana Solar a planifié un entretien avec vous", "Entretien planifié :"
        r"\b(?:a|ont|avons) (?:planifié|programmé|fixé|prévu|confirmé) (?:un|votre|ton|notre|l['’])\s?(?:\w+ )?entretien|"
        r"\bentretien (?:planifié|programmé|confirmé)\b|avons le plaisir de vous (?:inviter|convier)|"
        # an ATS's "Vous êtes attendue pour un entretien : mardi 6 octobre ... de 9h30 à 10h30"
        r"\b(?:vous êtes|tu es) attendue?s? (?:pour|le|à|au|en|dans)\b|"
        # a time held for the candidate: "Parfait, je bloque jeudi 8h30 avec toi et Sandrine"
        r"\b(?:je|on) (?:te |vous )?bloque (?:donc |alors )?(?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b|"
        # Personio's French: "Vous serez reçu par Hélène Castagné", "nous réjouissons de vous rencontrer"
        r"\b(?:vous serez|tu seras) reçue?s? (?:par|dans|au|à)\b|\b(?:nous )?(?:nous )?réjouissons de (?:vous|te) "
        r"(?:rencontrer|recevoir|voir)\b|"
        r"au plaisir de|convocation|vous convier|vous inviter|(?:votre|notre) entretien (?:est|sera|aura)|comme convenu|"
        r"c['’]est (?:noté|calé|bon pour|validé)|(?<!comment )(?:ça|ca|cela) (?:marche|nous va|me va|nous convient)\b(?! ?\?)|"
        # "jeudi 9h c parfait !", "demain 14h30, c'est nickel": a day and an hour, then agreed
        # (the trigger words also make NEAR_CUE: no "ok" or "top", which stand near any time)
        r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)[^.?\n]{0,20}\d{1,2}\s?h(?:\d\d)?,?\s(?:c['’]est|c|cé|ça|ca) "
        r"(?:parfait|nickel)\b(?!\s?\?)|"
        # "Top ! Alors demain en début d'aprem, 14h, chez nous" (an answer that opens the mail)
        r"(?:^|(?<=\n))(?:top|parfait|super|nickel|génial)\s?!?\s(?:alors|donc) (?:demain|après-demain|lundi|mardi|"
        r"mercredi|jeudi|vendredi)\b|"
        # "Top ! Marc est ok. Rebelote jeudi même heure alors": the same again, another day
        r"\brebelote (?:donc |alors )?(?:demain|après-demain|lundi|mardi|mercredi|jeudi|vendredi)\b|"
        r"\b(?:est|sont) (?:ok|d['’]accord)\s?[.!]|"
        r"\bon dit\b|(?:parfait|ok|okay|va|top|d'accord) (?:pour|pr) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|"
        r"après-demain|apres-demain|"
        r"le \d|ce |cette )|"
        r"rendez-vous (?:est )?pris|(?:je|nous) (?:vous|te) retrouve(?:rai|rons)?\b|"
        # "On part sur mercredi 10h alors", "Je t'envoie l'invit Meet"
        r"\bon part (?:donc |alors )?sur\b|\bok pour l['’]entretien\b(?![^.?\n]{0,40}\?)|"
        # "Go pour jeudi en huit, le 15, à 17 h", and the sign-off "A jeudi en huit donc"
        r"\bgo pour (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|le \d|ce |cette )|"
        r"(?:^|(?<=\n))[aà] (?:lundi|mardi|mercredi|jeudi|vendredi|demain)(?: en huit| prochain)?(?: donc)?[ \t]*[!.]?[ \t]*(?=\n|$)|"
        # "Du coup on se voit mardi prochain à 11h chez nous" (not asked)
        r"\bon se voit (?:donc |alors |bien )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|après-demain|"
        r"le \d|à \d|ce |cette )(?![^.?\n]{0,60}\?)|\bon se (?:cale|fixe)\b(?![^?\n]{0,60}\?)|"
        # "il est ok pour qu'on se voie demain à 14 h 30"
        r"\bok pour qu['’]on se (?:voie|voit|rencontre)\b|"
        # "je vous note donc pour mardi prochain": put down in the diary
        r"\bje (?:vous|te|t['’]) (?:ai )?not(?:e|é) (?:donc |bien )?(?:pour|le|à|mardi|lundi|mercredi|jeudi|vendredi)\b|(?:je|on|nous) (?:t['’]|vous )envo(?:ie|ies|yons|erai|errai|errons)\b[^.\n]{0,24}invit",
        "prévu|programmé|attendu|bloque|serez reçu|seras reçu|réjouissons|planifié|fixé|confirmé|aura lieu|plaisir|convocation|convier|inviter|entretien|convenu|est noté|"
        "est calé|est bon pour|est validé|marche|nous va|me va|convient|on dit|pris|retrouve|parfait p|ok p|okay p|va p|"
        "top p|d'accord p|on part|on se voit|go pour|ok pour l|a lundi|a mardi|a mercredi|a jeudi|a vendredi|a demain|à lundi|"
        "à mardi|à mercredi|à jeudi|à vendredi|à demain|on se cale|on se fixe|invit|qu'on se|qu’on se|vous note|te note|t'ai noté|vous ai noté|t’ai noté|"
        "parfait|nickel|alors demain|alors après|alors lundi|alors mardi|alors mercredi|alors jeudi|alors vendredi|"
        "donc demain|rebelote|est ok|sont ok|est d'accord|sont d'accord|est d’accord|sont d’accord",
    ),
    Gated(
        r"está (?:programada|agendada|prevista|fijada)|tendrá lugar|qued(?:a|ó|an|aron|amos)(?: ya)? (?:agendad|programad|fijad|reservad)|"
        r"nos vemos|hemos (?:programado|agendado|fijado|reservado)|se ha (?:programado|agendado|fijado) (?:una|la|su|tu)\b|(?:le|te) (?:invitamos|esperamos)|(?:te|le|lo|la) espero\b(?![^.\n]{0,40}\?)|convocatoria|"
        r"(?:tu|su) entrevista (?:será|es) el|(?:ha|han) sido (?:programad|agendad|fijad|reservad)|como acordamos|"
        r"quedamos (?:(?:entonces|así|pues)[,:]? ){0,2}(?:el|para|pasado mañana|mañana|hoy|a las|este|esta)\b|\bqueda (?:entonces |pues |ya |confirmad[oa] )?(?:el|para el) "
        r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d)|"
        r"(?:perfecto|listo|genial|dale|ok),? (?:ya )?(?:agendad[oa]|quedamos|queda así)\b|"
        # "Te agendé la entrevista técnica para el martes"
        r"\b(?:te|le|les|os) (?:agendé|agendamos|agendaron|programé|programamos|programaron|reservé|reservamos)\b|"
        # "Te dejamos agendada la entrevista presencial para el lunes que viene"
        r"\b(?:te|le|les|os) (?:dejamos|dejé|dejo|dejaron) (?:agendad|programad|reservad)[oa]s?\b|"
        # Catalan, as a Girona employer answers from a phone: "quedem dijous que ve a les 17h",
        # "Fins dijous!"
        r"\bquedem (?:doncs |així |llavors )?(?:el|per|demà|avui|a les|aquest|aquesta|dilluns|dimarts|dimecres|dijous|"
        r"divendres)\b|\bens veiem (?:el|demà|dilluns|dimarts|dimecres|dijous|divendres|a les)\b|"
        r"\bfins (?:dilluns|dimarts|dimecres|dijous|divendres|demà)\b|"
        # "Nos complace invitarle a una entrevista" (with the date below)
        r"\binvitar(?:le|la|lo|te|les|los|os) a (?:una|la|su|tu|nuestra) (?:entrevista|reunión|conversación)|"
        # "Como quedamos por teléfono, te paso el link"; Zoom's Spanish "le está invitando a una
        # reunión de Zoom programada"
        r"\bcomo quedamos\b|está invitando a una reunión de (?:zoom|teams|webex) programada",
        "está invitando|programad|agendad|prevista|fijad|reservad|tendrá lugar|nos vemos|hemos|invitamos|esperamos|espero|convocatoria|"
        "entrevista|sido|acordamos|quedamos|agendad|queda así|queda el|queda para|queda entonces|queda pues|queda ya|queda confirmad|agendé|agendamos|agendaron|programé|programamos|"
        "programaron|reservé|reservamos|quedem|ens veiem|fins |invitar",
    ),
    Gated(  # Swedish and Polish
        r"är (?:nu )?bokad|har bokats|bekräft|välkommen på|vi ses|ses vi (?:på|då|i|kl)|potwierdzam|potwierdzenie|zaprasza(?:my|m) na|"
        r"du (?:har )?bokat|du bokade|din bokning|"
        r"(?:została|jest) zaplanowana|do zobaczenia|bekræft|som aftalt|vi glæder os til|bekreft|som avtalt|"
        r"potvrzuj|potvrzen|těšíme se|potvrdzuj|potvrden|"
        # Danish: "så siger vi onsdag kl. 14", "Du er booket", "så er det på plads"
        r"så siger vi\b|du er booket|er (?:det )?på plads|"
        # Finnish: agreed, I confirm / confirmation, we invite you, see you
        r"\bsovittu\b|vahvist|kutsumme sinut|nähdään\b|"
        # Polish: "klient potwierdził", "widzimy się w pt", "jesteśmy umówieni"
        r"potwierdzi(?:ł|ła|li|ły|łem|łam|liśmy)\b|potwierdzon[aey]\b|widzimy się\b|umówi(?:eni|ona|ony|one|łem|łam|liśmy)\b",
        "bokad|bokats|bokat|bokade|bokning|bekräft|välkommen|vi ses|ses vi|potwierdz|zaprasza|zaplanowana|do zobaczenia|"
        "bekræft|aftalt|glæder|"
        "bekreft|avtalt|potvrz|těšíme|widzimy się|umówi|potvrd|så siger vi|booket|på plads|sovittu|vahvist|"
        "kutsumme|nähdään",
    ),
    Gated(  # Japanese: the date is fixed (確定), we look forward to seeing you (お待ちしております)
        r"確定|決定(?:いた)?しました|お待ちしております|お待ちしています",
        "確定|決定|お待ち",
    ),
    Gated(  # Dutch
        r"bevestig|staat (?:gepland|ingepland|vast)|ingepland|is gepland|nodigen (?:je|u) .{0,40}uit|uitnodiging voor|"
        r"(?:zet|zetten) (?:ik|we) ['’]?(?:m|hem|het) vast|vastgezet|vastgelegd|rondgemaakt|"
        r"(?:je|uw|jullie|het) gesprek staat (?:op |a\.s\. |\w+dag)|"
        r"we zien (?:je|u)|tot dan\b|afgesproken|zoals afgesproken",
        "bevestig|gepland|ingepland|vast|nodigen|uitnodiging|zien|tot dan|afgesproken|rondgemaakt|gesprek staat",
    ),
    Gated(  # Italian (conferma-, confermo, confermato)
        r"conferm|è (?:fissato|programmato|previsto)|abbiamo fissato|(?:ti|la|vi) aspettiamo|invitarl[ao]|invitarti|"
        r"convocazione|ci vediamo|come d'accordo",
        "conferm|fissato|programmato|previsto|aspettiamo|invitar|convocazione|ci vediamo|d'accordo",
    ),
    Gated(  # Portuguese (confirmo / confirmada are matched by "confirm")
        r"está (?:marcada|agendada|marcado|agendado)|foi (?:marcada|agendada|marcado|agendado)|agendamos|marcamos|"
        r"(?:te|o|a) esperamos|convidamos|até lá|conforme combinado|ficou marcad|"
        r"fica\s(?:então\s)?(?:marcad|combinad|agendad|confirmad)|(?:ficou|está|tá)\scombinad|combinado(?:,| então)|"
        r"(?:como|conforme) combinamos",
        "marcad|agendad|agendamos|marcamos|esperamos|convidamos|até lá|combinad|confirmad|combinamos",
    ),
)
RESCHEDULE = AnyOf(
    Gated(  # a calendar's "Updated invitation:" subject, in English and others
        r"^\s*(?:updated(?: invitation| event)?|rescheduled|new time|verschoben|aktualisiert|aktualisierte einladung|"
        r"opdateret invitation|uppdaterad inbjudan|oppdatert invitasjon|"
        r"mis à jour|reprogramad[ao]|actualizad[ao])\s?:",
        "updated|rescheduled|new time|verschoben|aktualisiert|mis à jour|reprogramad|actualizad|opdateret|uppdaterad|"
        "oppdatert",
    ),
    Gated(  # English
        # "So we're moving from today at 3pm to tomorrow (Friday) at 10:00"
        r"\b(?:we['’]re|we are|i['’]m|i am) moving (?:it |us |you |the (?:call|interview|meeting|chat) |our "
        r"(?:call|interview|meeting|chat) )?from\b|"
        r"(?:has been|have been|was|were|is now|we(?:['’]ve| have)?|i(?:['’]ve| have)?|they(?:['’]ve| have)|(?:he|she)(?:['’]s| has))"
        r"\s(?:already\s|just\s)?(?:re-?scheduled|moved|changed|"
        r"pushed|shifted)|re-?scheduled (?:to|for)|moved (?:your|the|our|it|this|that|us)\b(?:.|\n(?!\n)){0,60}\bto\b|"
        # "they moved you to Thurs 10/15" (not "moved you to the final round")
        r"moved you (?:to|over to) (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|next|\d)|moved you from\b|"
        # a long object before the old day: "I've moved your interview with our GM, Ray Cordova, from
        # Wednesday ...", and a subject's "Moving Wednesday's interview to Friday"
        r"moved (?:your|the|our|it|this|that|us)\b[^.?!]{0,70}?\bfrom (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|\d)|"
        r"\bmoving (?:\w+day['’]s|tomorrow['’]s|today['’]s|the|your|our) (?:interview|call|screen|chat|round) to\b|"
        r"\b(?:interview|call|screen|onsite|chat) (?:moved|pushed) to (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|\d)|"
        # ("have moved to the new times below", GoodTime's "Updated Interview Schedule")
        # (not "we will send you new times": a call-off's promise)
        r"(?<!\ba )new (?:time|date|slot)\b|moved to (?:the )?new (?:times|dates|slots)\b|updated (?:invitation|interview details|time|details|(?:interview )?schedule)|"
        r"change of (?:time|date)\b|"
        # "we cannot keep tomorrow's interview ... Could we move it to Tuesday, 27 October"
        r"\b(?:(?:could|can) we|we (?:could|can)) (?:move|push|shift) (?:it |the interview |our interview |the call |our call )?"
        r"(?:back )?to (?:early |later in )?(?:mon|tue|wed|thu|fri|sat|sun|next|\d)|"
        # (not the clocks' "*after* the time change", nor an offer: "if … you need to move the interview")
        r"(?<!the )(?<!dst )time change|event has been changed|"
        r"(?<!you )(?:need|have|had|want|requested|asked|decided) to (?:move|push|shift|reschedule) "
        r"(?:your|the|our|you|\w+day['’]s|tomorrow['’]s|today['’]s)\b|"  # "have asked to move Friday's call"
        r"moved again|(?:is|are) now (?:on |at )?(?:mon|tue|wed|thu|fri|sat|sun)|interview re-?scheduled|"
        r"\bpush(?:ed|ing)? (?:\w+ ){0,2}to (?:mon|tue|wed|thu|fri|sat|sun)|"  # "push Weds to Friday (22nd)"
        r"revised (?:\w+ )?(?:slot|schedule|time|date)|stands? re-?scheduled|bit of a change|"
        r"can(?:'t|’t|not) do [^.\n]{1,30} any ?more|(?<!if the time )(?<!if this time )(?<!if that time )(?<!if it )(?<!if this )(?<!if that )"
        r"(?<!if the slot )(?<!if this slot )no longer works for|"
        r"(?:could|can) (?:you|we) do [^.?!]{1,30} instead\b|(?:sorry|apologies) for the (?:last[- ]minute )?(?:time )?"
        r"(?:change|shuffle|reshuffle)|"
        # an agent's "tomorrow's 2pm slot is off. Brightwater have offered Monday ... at 11am instead"
        r"(?:have|has|they(?:'ve| have)) offered [^.?!]{1,50} instead\b|"
        r"(?:you(?:'re| are)|we(?:'re| are)|it(?:'s| is)) now (?:on|booked|set|scheduled) for\b|"
        r"(?:day|tomorrow|tmrw),? (?:at )?(?:the )?same time\b(?!\s?\?)|"
        r"(?:we(?:'re| are|’re)|i(?:'m| am|’m)|they(?:'re| are|’re)|(?:he|she)(?:'s| is|’s)) (?:moving|pushing|shifting|"
        r"rescheduling) (?:your|the|our|it|this|that|you)\b|"  # "we're moving your system design round"
        r"\bprepone(?:d|s)?\b|\bpreponing\b",  # Indian English: moved earlier
        "prepon|schedul|moved|changed|push|shifted|new time|new date|new slot|updated|change of|time change|"
        "we move|we shift|could move|can move|could shift|can shift|to move|to push|to shift|is now|are now|revised|stand|change|shuffle|any more|anymore|no longer|instead|same time|"
        "now on|now booked|now set|now scheduled|moving|pushing|shifting|rescheduling",
    ),
    Gated(  # German, Dutch
        r"verschoben|verschieben (?:wir|ich)\b|verschiebe mer\b|\b(?:wir|ich) verschieben (?:unser|ihr|dein|das|den|die)\b|verschiebung|neue[nr]? termin\b|terminänderung|termin.{0,20}geändert|neu angesetzt|(?:is|heb|hebben|wordt) "
        r"[^.\n]{0,30}verzet|verzet naar|verplaatst|schuift\s[^.]{0,40}?\bop\b|opgeschoven|"
        r"(?:auf|nach) [^.\n]{1,30}(?:ge)?schoben\b|\bverlegt\b|\bauf [^.\n]{1,30} verlegen\b|"
        # "Dann verlegen wir auf morgen, Dienstag 10.11., um halb drei", "die kurzfristige Planänderung"
        r"\b(?:verlegen|verschieben) wir (?:es |das |das gespräch |den termin )?auf\b|\bplanänderung\b|"
        # "Ich hab uns auf Do., 10.12. um 14 Uhr umgelegt", "umgebucht"
        r"\bumgelegt\b|\bumgebucht\b|"
        r"(?:kalender|termin|einladung) (?:\w+ )?(?:schon |bereits )?umgestellt|"
        r"(?:machen|legen|nehmen) (?:wir )?(?:es|das|ihn) stattdessen\b|stattdessen (?:am|nächste|kommende|um)\b|"
        # "Lass uns stattdessen Freitag um 10 machen"
        r"\blass uns stattdessen\b|stattdessen (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|übermorgen)\b|"
        r"einladung (?:ist )?(?:schon |bereits )?aktualisiert|"
        r"nieuwe (?:datum|tijd)|omgezet naar|neue (?:uhr)?zeit\b|verplaatsen|nieuw (?:moment|tijdstip)\s?:|nieuwe? (?:moment|tijdstip) (?:is|wordt)\b|"
        r"uitnodiging (?:al |reeds )?aangepast|"
        # Polish: moved, new date, "Updated invitation" (Google Calendar)
        r"przenosz|przeniesion|przesunię|nowy termin|zmiana terminu|zaktualizowane zaproszenie|"
        r"przełoży(?:łam|łem|liśmy|łyśmy|ł|ła|li)\b|przełożon[aey]\b|(?:musimy|muszę|musiałam|musiałem) przełożyć|"
        # verb-final German: "daher müssen wir das zweite Gespräch ... verschieben"
        # (a date's dots end no sentence: "muss ich unseren Termin am Donnerstag, 17.09., um 14 Uhr verschieben")
        r"(?:müssen|muss|mussten|musste) (?:wir|ich)\b(?:[^.\n]|(?<=\d)\.){0,80}\bverschieben\b|"
        # "Statt Do., 8.10. um 15 Uhr machen wir's jetzt am Freitag"
        r"\bstatt\b[^\n]{0,50}?\b(?:machen|treffen|sehen) wir(?:'s| es| uns)? (?:jetzt|nun|dann)\b|"
        # Czech and Slovak: "musíme Váš pohovor ... přesunout", "Nový termín:"
        r"(?:musíme|musím|museli|musela|musel)\b[^.\n]{0,80}\bpřesunout|přesunuli jsme|přesunula jsem|"
        r"přesunul jsem|přesun termínu|nový termín\s?:|nový čas\s?:|presunúť|presunuli sme|nový termín je\b|"
        # Nordic: moved, new time
        r"flyttar vi|flytter vi|flyttat|flyttet|flyttede|nytt tidspunkt|nyt tidspunkt|ny tid\b|uusi aika|siirr|"
        r"(?:nødt til at|må|vi skal) flytte|(?:har|have) rykket|rykker vi\b|rykket (?:den|samtalen|mødet) til|"
        # Japanese: a schedule change, the time after it
        r"日程変更|変更後|変更させていただ|変更となりました|変更になりました|リスケ",
        "verschoben|verschieben|verschiebe mer|statt|verschiebung|neuer termin|neuen termin|terminänderung|verplaatsen|nieuw|"
        "aangepast|geändert|angesetzt|verzet|verplaatst|nieuwe|omgezet|przenosz|neue zeit|"
        "schuift|opgeschoven|"
        "schoben|verlegt|verlegen|planänderung|umgestellt|aktualisiert|stattdessen|umgelegt|umgebucht|"
        "neue uhrzeit|"
        "przeniesion|przesunię|nowy termin|zmiana terminu|zaktualizowane|flytta|flytte|tidspunkt|ny tid|przełoż|rykke|"
        "変更|リスケ|"
        "přesun|nový termín|nový čas|presun|"
        "uusi aika|siirr",
    ),
    Gated(  # French, Spanish, Italian, Portuguese
        # (not a clash: "le collège communal a été déplacé au même moment")
        r"reporté|déplacé(?! au même moment)|décalé(?! au même moment)|décalons|"
        # (not one still to be found: "je reviens vers vous pour vous confirmer une nouvelle date")
        r"(?<!confirmer une )(?<!proposer une )(?<!trouver une )(?<!fixer une )(?<!communiquer une )"
        r"nouvel(?:le)? (?:horaire|date|heure)|a été modifié|reprogramad|"
        r"\bon (?:décale|déplace|repousse|reporte) (?:donc |alors )?(?:à|au|le|la|l['’]|notre|ton|votre)\b|"  # "On décale à jeudi"
        # an ATS's labels: "Ancien créneau : lundi … Nouveau créneau : mardi …", "modifier l'horaire de votre entretien"
        r"\bnouveau créneau\s?:|(?:modifier|modifions|modifié|changer|changé) l['’](?:horaire|heure|date) de (?:votre|ton|notre|l['’])|"
        # "je vous confirme le report de notre entretien : il n'aura pas lieu mercredi mais vendredi"
        # "Petit changement de programme : … On garde 10h mais le mercredi", "l'invitation à jour"
        r"\bchangement de (?:programme|planning|date|jour)\b|\bl['’]invitation (?:mise )?à jour\b|"
        r"\bchange of plans?\b|"
        r"\b(?:le )?(?:report|décalage|déplacement|changement d['’]horaire) de (?:notre|votre|ton|l['’])|n['’]aura (?:donc )?pas lieu\b[^.\n]{0,60}\bmais\b|"
        # "décaler votre entretien", "ils décalent ton entretien au ven. 29/05"
        # (with the cedilla before "o": "nous déplaçons votre entretien")
        # (not an offer: "Besoin de déplacer le rendez-vous ? Répondez à ce message")
        r"(?<!besoin de )(?<!souhaitez )(?<!souhaites )(?<!voulez )(?<!veux )(?<!pouvez )(?<!peux )(?<!possibilité de )"
        r"(?:décal|déplac|report|repouss|devanc|avanc)(?:er|e|ent|ons|eons|ez) (?:votre |ton |ta |notre |le |la |cette |cet |l['’])"
        r"(?:\w+ )?(?:entretien|entrevue|rencontre|rendez-vous|rdv|appel|échange)|"
        r"(?:déplaç|devanç|avanç)ons (?:votre |ton |ta |notre |le |la |cette |cet |l['’])"
        r"(?:\w+ )?(?:entretien|entrevue|rencontre|rendez-vous|rdv|appel|échange)|"
        r"(?:hemos|he) cambiado|nueva (?:fecha|hora)|"
        # not the clocks' change: "si no me equivoco con el cambio de hora del domingo"
        # ... nor the day of it: "Ojo que es el día del cambio de hora"
        r"(?<!con el )(?<!por el )(?<!día del )(?<!dia del )(?<!tras el )(?<!después del )"
        r"cambio de (?:fecha|hora)(?!\s(?:del|este|de este) (?:domingo|fin de semana)|\sde (?:verano|invierno))|"
        r"aplazad|cambio de última hora|"
        # an ATS's "ha habido un cambio en tu entrevista" above "Antes: … / Ahora: …"
        r"\bcambio en (?:tu|su) (?:entrevista|cita|reunión|videollamada)\b|"
        # Bookings in Spanish: "Se actualizó su reserva", "Se ha modificado su reserva con …"
        r"\bse (?:ha )?(?:actualizado|actualizó|modificado|modificó) (?:su|tu) (?:reserva|cita|entrevista)\b|"
        # "la entrevista del miércoles 11/11 a las 9:00 a. m. queda movida para el viernes"
        r"\b(?:queda|quedó|quedaría|fue|ha sido) (?:movid|cambiad|pasad|trasladad|corrid)[ao]s?\b|"
        # Catalan: "Canvi de data", "hem de canviar la visita", "l'hem passat a dijous"
        r"\bcanvi de (?:data|dia|hora)\b|\b(?:hem|he) de (?:canviar|moure|passar|ajornar)\b|"
        r"\bl['’]hem (?:canviat|mogut|passat)\b|\bajornad[ae]\b|"
        r"(?:la|lo|te|os) (?:pasamos|movemos|cambiamos) (?:al|a la|para el|para la)\b|invitación actualizada|"
        # "Pasémosla para mañana temprano, a las 8"
        r"\b(?:pasémos|movámos|cambiémos)(?:la|lo)s? (?:para|al|a la)\b|"
        # "Reprogramación de entrevista", "nos vemos obligados a mover su entrevista ... Se la reprogramamos"
        r"\breprogramaci[oó]n de (?:la |su |tu )?entrevista\b|\b(?:se )?(?:la|lo|le|te) reprogramamos\b|"
        r"\b(?:obligados a|tenemos que|debemos|necesitamos) mover (?:su|tu|la) entrevista\b|"
        # "La hemos pasado al martes 5 de mayo"
        r"(?:la|lo|te|os|le|les) (?:hemos|he|han|ha) (?:pasado|movido|cambiado|trasladado) (?:al|a la|para el|para la)\b|"
        # "La hemos movido del jueves 10 a las 11:00 a pasado mañana"
        r"(?:la|lo|te|os|le|les) (?:hemos|he|han|ha) (?:movido|trasladado|cambiado) del?\b|"
        # "Precisamos cambiar la entrevista:" (a Brazilian writing Spanish), "tenemos que cambiar la llamada"
        r"\b(?:precisamos|necesitamos|tenemos que|debemos) (?:cambiar|mover|reprogramar) (?:la|tu|su) "
        r"(?:entrevista|llamada|reunión|cita)\b|"
        # "Te he movido la entrevista del martes 6 a las 10 al miércoles 7"
        r"(?:te|le|les|os) (?:hemos|he|han|ha) (?:movido|trasladado|cambiado|pasado) (?:la|tu|su) "
        r"(?:entrevista|llamada|reunión|cita)\b|"
        r"(?:le|te|les|os) (?:movemos|pasamos|cambiamos|corremos) (?:la|el|su|tu) (?:\w+ ){0,2}"
        r"(?:entrevista|reunión|llamada|cita)\b|"
        r"(?:movimos|recorrimos|reprogramamos|cambiamos) (?:su|tu|la|nuestra) (?:\w+ ){0,2}(?:entrevista|reunión|llamada|cita)|"
        # Mexican "la entrevista del viernes 13 a las 11 hrs se recorre al miércoles"
        r"\bse (?:recorre|recorrió|pasa|pasó|mueve|movió) (?:al|para el|a la|para la)\b|"
        # "Pasamos nuestra conversación del jueves 19 ... al viernes 20", "ya actualicé la invitación"
        r"(?:pasamos|movemos|pasé|moví|cambié) (?:la|el|su|tu|nuestra|nuestro) (?:\w+ ){0,2}(?:entrevista|reunión|llamada|"
        r"cita|conversación|charla|videollamada)\b[^.\n]{0,60}\b(?:al|para el|para la|a la)\b|"
        r"(?:actualicé|actualizamos|he actualizado|hemos actualizado) la invitación|"
        r"(?:tuvimos|tenemos|hemos tenido|hubo) que (?:mover|pasar|cambiar|correr|reprogramar)|cambio de planes|"
        # "Cambio de día de la entrevista" (not the clocks' "el cambio de hora del domingo")
        r"\bcambio de (?:día|dia|fecha)\b|\bcambio de hora(?:rio)? (?:de|del|para) (?:la|tu|su|nuestra|el) "
        r"(?:entrevista|reunión|llamada|videollamada|cita)\b|"
        # "debimos reprogramar la entrevista" (Colombia), "Reprogramación entrevista"
        r"\b(?:debimos|debemos|hemos debido) (?:reprogramar|mover|cambiar|correr|aplazar)\b|\breprogramaci[oó]n\b|"
        # "le pido de favor mover su entrevista del martes 10 ... al jueves 12"
        r"\bmover (?:su|tu|la|nuestra) (?:entrevista|reunión|llamada|cita|videollamada) del\b|"
        r"(?:pide|pidió|ha pedido|toca|tengo que|tenemos que|hay que) (?:moverl[oa]|cambiarl[oa]|pasarl[oa]|"
        r"retrasarl[oa]|adelantarl[oa])\b|"
        r"spostat[oa]|(?:dobbiamo|devo|dovremmo) spostare|(?:proponiamo|propongo) (?:quindi )?di spostare|"
        r"aggiornato l'invito|riprogrammat|nuov[oa] (?:orario|data)|remarcad|reagendad|"
        r"(?:precisamos|precisaremos|tivemos|teremos|vamos|preciso) (?:de |que )?(?:remarcar|reagendar)|"
        r"nova data|novo horário|cambio (?:di )?(?:orario|data)|"
        # European Portuguese: "vimo-nos obrigados a adiar", "a entrevista passa para segunda-feira"
        r"(?:obrigad[oa]s? a|tivemos de|temos de|vamos ter de|precisamos de|tive de|tenho de) adiar|"
        r"\b(?:foi|ficou|fica) adiad[ao]|\badiámos\b|alteração d[ea] (?:data|hora|horário)|"
        r"(?:entrevista|reunião|conversa|chamada) passa para\b|reagendamento|remarcação|"
        r"\bpass(?:ámos|amos|ei) (?:a|o) (?:\w+ ){0,2}?(?:entrevista|reunião|conversa|chamada) para\b|(?:atualizámos|atualizamos|atualizei) o convite|"
        # a time, then the one it replaces: "alle 15:00 anziché alle 10:30", "um 14 Uhr statt um 10"
        r"(?:\d|(?<=\d)h|\bh|\buhr|(?<![a-z])[ap]m),?\s\(?(?:statt|anstatt|anstelle von|anziché|invece che|invece delle?|au lieu de|au lieu du|ipv|"
        r"in plaats van|"
        r"en lugar de|en vez de|instead of)\s"
        # the old day or time first: "Au lieu du mardi 1er décembre à 14h, on se voit le jeudi 3"
        r"|(?:au lieu d[eu]|instead of|en lugar del?|en vez del?|(?<!an)statt|anstatt) (?:the |le |la |el |am |dem )?"
        r"(?:mon|tue|wed|thu|fri|lun|mar|mer|jeu|ven|mié|mie|jue|vie|montag|dienstag|mittwoch|donnerstag|freitag|"
        r"\d{1,2}(?:[:h.]\d{2}|h\b| ?[ap]\.?m\b| uhr\b))",
        "reporté|déplac|déplaç|devanç|avanç|repouss|décal|changement de|à jour|change of plan|nouvel|nouveau créneau|modifi|changer|changé|changement|déplacement|reprogramad|report|pas lieu|cambi|nueva|pasamos|movemos|actualizada|movimos|recorrimos|se recorr|se pas|se mue|se mov|"
        "pasémos|movámos|mover su|mover tu|mover la|mover nuestra|reprogramaci|debimos|debemos|hemos debido|hubo que|mover su|mover tu|mover la|"
        "reprogramamos|pasado|movido|trasladado|moverl|pasarl|retrasarl|adelantarl|déplacer|reporter|repousser|devancer|avancer|aplazad|tuvimos|tenemos|tenido|spostat|spostare|"
        "statt|anstelle|anziché|invece|au lieu|en lugar|en vez|instead of|ipv|in plaats van|"
        "aggiornato|"
        "riprogrammat|nuov|remarcad|reagendad|remarcar|reagendar|nova data|novo|adiar|adiad|adiámos|alteração|"
        "passa para|reagendamento|remarcação|passámos|passamos|passei|o convite|pasé|moví|cambié|la invitación|"
        "canvi|hem de|he de|l'hem|l’hem|ajornad|queda|quedó|fue|ha sido|actualiz|modific",
    ),
)
CANCEL = Gated(
    r"(?:has been|have been|has|have|was|were|is|we(?:'ve| have)?)\s(?:been\s)?(?:hereby\s)?cancel+ed|"
    r"[\[(]cancel+ed[\])]|"
    r"^\s*(?:cancel+ed|abgesagt|annulé|cancelad[ao])\s?:|"
    r"(?:we|i)(?:'ve| have)? (?:need to|must|had to|have to) (?:cancel\b|call off)|(?:was|were|been) called off|"
    # the other side calls it off: "Kinsol have had to cancel Thursday's 11am"
    r"\b(?:had|have|has|need|needs|needed) to cancel (?:(?:the|our|your|their) (?:interview|call|meeting|chat|screen|"
    r"onsite|session)|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|tomorrow['’]s|today['’]s)|"
    r"canceled event|cancelled event|interview cancel+ed|cancel+ation (?:notice|of)|stands? cancel+ed|"
    # "Penn Forge onsite cancelled :(", "they're cancelling tomorrow's 11:00 onsite"
    r"\b(?:onsite|on-site|screen|call|round) cancel+ed\b|(?:they|we)(?:'re|’re| are) cancel+ing\b|"
    r"abgesagt|absagen (?:müssen|muss)|leider absagen|storniert|fällt .{0,20}aus|annulé|annulation|\bentf(?:allen|ällt)\b|"
    r"(?:interview|call|chat|meeting|\d(?:am|pm)?(?:\s(?:w/|with)[^.\n]{1,40})?)\s(?:is|'s) (?:now )?off\b|"
    r"(?:put|putting|placed|placing) (?:the )?(?:[\w-]+ ){0,3}(?:role|position|vacancy|requisition|hiring) on hold|"
    r"(?:role|position|vacancy|requisition|hiring) (?:is|has been) (?:now )?(?:put )?on hold|"
    r"(?:going to|gonna) (?:have to )?(?:cancel\b|call off)|"
    # Irish and British: "I'm going to have to pull tomorrow's 4pm", "pull the plug on Thursday"
    r"\b(?:have|had|need|going) to pull (?:tomorrow['’]s|today['’]s|\w+day['’]s|our|the|your)\b|pull the plug on\b|"
    # "annuler" said of the interview, not a booking page's "Annuler : <link>"
    r"(?:dois|devons|devoir|doit|obligée?s? d|contrainte?s? d|regret d|désolée?s? d)['’ ]\s?(?:\w+\s){0,2}annuler|"
    r"annuler (?:l['’]|notre |votre |cet |le |la )(?:entretien|entrevue|rendez-vous|échange|appel|rencontre)|"
    # said by the side that calls it off: "le client annule l'entretien de mercredi", "tenemos que
    # anular la entrevista" (not a booking page's "annulez votre rendez-vous")
    r"\bannul(?:e|ent|ons)\s(?:l['’]|notre |votre |cet |le |la |ton |son |leur )(?:entretien|entrevue|rendez-vous|rdv|échange|appel|rencontre|visio)|"
    # ... with the interview as a clitic: "Lamentablemente, debemos cancelarla"
    r"(?:(?:tenemos|tengo|tuvimos|tuve|tendremos|hemos tenido) que|debemos|nos vemos obligados a) "
    r"(?:anular|suspender|cancelar)(?:la|lo)?\b|"
    r"\banul(?:a|an|amos)\s(?:la|tu|su|nuestra) (?:entrevista|reunión|llamada|cita)|"
    r"cancelad|cancelamos|anulad|suspendid|cancelamento|(?:precisar|precisamos|vamos ter que|tenemos que|"
    r"vamos a tener que|tendremos que) cancelar|"
    # European Portuguese "desmarcar", said by the side that calls it off (a confirmation's "se
    # precisar de desmarcar, avise" offers it to the candidate)
    r"(?:vamos|temos|teremos|tivemos|tenho|tive|vou)(?: ter)? (?:de|que) (?:desmarcar|cancelar)|desmarcamos\b|desmarquei\b|"
    r"(?:foi|está|fica|ficou) desmarcad|"
    # Czech and Slovak: "musím bohužel zrušit", "Čtvrtek – zrušení"
    r"(?:musím|musíme|musela|museli|musel)\s(?:bohužel\s|žiaľ\s)?zruši[tť]|\bzrušení\b|"
    r"(?:je|bylo|byl|byla|bola|bol) zrušen|"
    # Japanese: cancelled, called off (not a confirmation's "キャンセルの場合は")
    r"キャンセルとなり|キャンセルさせていただ|中止となり|中止させていただ|取り消させていただ|"
    r"(?:müssen|muss|mussten) (?:wir|ich) [\s\S]{0,160}?absagen|(?:ich|wir) (?:muss|müssen|musste|mussten) [^.?!]{0,60}?absagen|absage (?:ihres|des|unseres|deines|eures) (?:gespräch|termin|interview|vorstellung)|"
    # "eine Absage für unser persönliches Gespräch am Freitag", "Absage Gesprächstermin 23.10."
    r"absage (?:für|zu) (?:unser|ihr|dein|das|den|dem)e?[nms]? (?:\w+ )?(?:gespräch|termin|interview|vorstellung)|"
    r"absage (?:gesprächstermin|vorstellungsgespräch|interviewtermin)|"
    r"geannuleerd|annulering|gaat (?:helaas |dus )?niet door|(?:moeten|moet|moesten|moest) [^.?!]{0,140}annuleren|helaas annuleren|annullat[oa]|disdett|cancelada|cancelado|aflyst|avlyst|zrušen|"
    r"au regret d'annuler|(?:dois|devons|devoir|devrons|avons dû|ai dû) (?:l['’]|le |la )?annuler|(?:tenemos|tuvimos|hemos tenido|debemos) que cancelar|"
    r"cancelar la entrevista|cancelar (?:la|nuestra|su|tu) (?:\w+ )?(?:entrevista|reunión|llamada|videollamada)|"
    # "Lamentamos tener que anular la entrevista", "Anulación de entrevista"
    r"\banular (?:la|nuestra|su|tu) (?:\w+ )?(?:entrevista|reunión|llamada|videollamada|cita)\b|"
    r"\banulación de (?:la |su |tu )?(?:entrevista|reunión|llamada|cita)\b|precisamos cancelar|odwołan|odwołać|odwołuj|anulowan|peruttu|peruutettu|peruuntu|"
    r"joudu(?:mme|n) perumaan|perutaan\b|peruutetaan\b|ställa in (?:din|er|vår|intervjun)|ställer in|ställs in|inställd|inställt|dobbiamo annullare",
    "cancel|call|desmarc|desmarq|zruši|zrušen|キャンセル|中止|取り消|abgesagt|absage|storniert|fällt|annul|anulad|suspendid|niet door|disdett|aflyst|avlyst|zrušen|"
    "annullare|annuleren|anul|suspender|odwoł|anulowan|perut|peruu|perumaan|ställa in|ställer in|ställs in|inställ|entf|s off|on hold|"
    "to pull|pull the plug",
)
# Any cue that a time near it is the interview's (one literal scan per candidate time).
NEAR_CUE = re.compile(word_trie({t for g in (*CONFIRM.gates, *RESCHEDULE.gates, CANCEL, INTERVIEW) for t in g.triggers}))
OLD_TIME = Filtered(re.compile(
    r"(?:previously|originally|formerly|\bformer\s?:|instead of|moved from|was scheduled|used to be|rather than|"
    r"(?:earlier|previous|old|original) (?:slot|time|date|schedule)\s*:|wcześniej\s?:|poprzedni termin|"
    # a Workable move in Spanish: "Fecha anterior: lunes, 16 de noviembre de 2026, 10:00"
    r"(?:fecha|hora|horario|cita) (?:anterior|original)\s?:|(?:data|hora|horário) (?:anterior|original)\s?:|"
    r"(?:alter|bisheriger|ursprünglicher|vorheriger) (?:termin|zeitpunkt)\s?:|date (?:précédente|initiale)\s?:|"
    r"変更前|\bwas:|tidligere\s|tidigare\s|ursprünglich|\bbisher|\bstatt(?!dessen)|\banstatt|\banstelle|initialement|auparavant|précédemment|ancien(?:ne)? (?:date|horaire)|"
    r"au lieu d[eu]\b|anciennement|\bipv\b|i\.p\.v\.|in plaats van|\ben lloc de|"
    r"anteriormente|originalmente|en lugar de|en vez de|inicialmente|anziché|invece (?:che|di|delle?)|"
    # a before/after pair of labels: "❌ antes: martes 13/10, 14:00 h / ✅ ahora: jueves 15/10"
    r"\b(?:antes|avant|vorher|before|alt|ancien)\s?:\s?(?:\w{1,12},?\s?)?$|"
    # "we cannot keep tomorrow's interview (Tuesday, 20 October, 14:00)"
    r"\b(?:cannot|can['’]t|won['’]t be able to|will not be able to|are unable to) keep (?:\S+\s){0,3}"
    r"(?:interview|call|meeting|appointment|slot)\b[^\n]{0,20}$|"
    # "así que ya no nos vemos el jueves 12 a las 4. Nos vemos mañana temprano a las 9"
    r"\bya no nos (?:vemos|veremos|reunimos)\b[^\n]{0,12}$|"
    + MOVED_FROM + r"[^\n]{0,20}$|"
    # (Colombia's "me toca correr la entrevista del miércoles 23 a las 10")
    r"(?:mover|movemos|movimos|moviéramos|movamos|cambiar|cambiamos|cambiáramos|cambiemos|pasar|pasamos|pasáramos|"
    r"pasemos|reprogramar|correr|corremos|corrimos|movido|cambiado)\s(?:\w+\s){0,5}"
    r"del?\s[^\n]{0,20}$|"
    r"(?:spostare|spostiamo|rinviare|rimandare|déplacer|reporter)\s(?:\S+\s){0,5}(?:previsto per|fissato per|prévu le|"
    r"prévu pour|del|du)\s[^\n]{0,20}$)",
    I,
))
# A time the verb after it moves away (verb-final German and Dutch): "am 6. Mai um 11 Uhr
# verschieben". Not when the time itself is the target: "auf Freitag, 13:30 Uhr verschieben".
OLD_TIME_AFTER = re.compile(
    r"[^.\n]{0,25}\n?\s{0,8}(?:verschieben|verlegen|verzetten|verplaatsen|przełożyć|"
    r"przesunąć|przenieść)\b|"
    # "your interview on 11-Sep at 10:30 AM, hence the same stands rescheduled"
    r"[^.\n]{0,40}?\b(?:stands|has\sbeen|have\sbeen|is\sbeing|will\sbe|needs\sto\sbe|must\sbe)\s"
    r"(?:re-?scheduled|moved|postponed|pushed|released|freed up|removed|deleted|withdrawn)\b|"  # "… has been released"
    # "A de terça (24/11 às 10h) fica cancelada", "celle de mardi 10h est annulée"
    r"[^.\n]{0,25}?\b(?:fica|queda|est|is|será|sera|wird) (?:cancelad[ao]|anulad[ao]|annulée?|cancel+ed|abgesagt)\b|"
    # "a de quinta-feira (03/12) às 10h não vai dar", "Tuesday at 10 no longer works"
    r"[^.\n]{0,25}?(?:não vai dar|não dá mais|no va a poder ser|ya no (?:me |nos )?(?:sirve|va)|won['’]t work|"
    r"no longer works|doesn['’]t work any ?more|(?:geht|klappt) (?:bei (?:uns|mir) )?(?:leider )?(?:doch )?nicht|"
    r"ne (?:va|marche) plus)\b"
)
NEW_TIME = Filtered(re.compile(
    r"(?:変更後|moved (?:it |us |you |your interview |the interview )?to|"
    r"\b(?:move|push|shift) (?:it|the interview|our interview|the call|our call) (?:back )?to\s(?:\w{1,12},?\s?)?$|stattdessen|re-?scheduled (?:to|for)|new time|new date|updated|"
    # ("had to move round 2. Now Thursday 3:30": "now" right before the time)
    r"now (?:on|at)|\bnow,?\s$|verschoben auf|neuer termin|neue uhrzeit|neu angesetzt|revised (?:\w+ )?(?:slot|time|date|schedule)|"
    r"new slot|new schedule|(?:nytt|nyt) tidspunkt(?: er| blir)?|ny tid(?: är| er|:)?|uusi aika|"
    r"(?:flyttar|flytter|flytta|flytte) (?:\S+\s){0,6}till?\s(?:\w{1,12},?\s?)?$|(?:przenoszę|przenosimy|przeniesion\w{0,2}) (?:\S+\s){0,4}na\s(?:\w{1,12},?\s?)?$|nowy termin|nouvel(?:le)? (?:horaire|date|heure)|(?:report|décal|avanc|repouss|déplac)(?:é|e|ons|ez) (?:au|à)|"
    # ("from tmrw to next Weds 12/9": two words may come before the new day)
    r"nueva (?:fecha|hora)|cambiado a|trasladad|nieuw (?:moment|tijdstip):?|(?:verplaatst|verzet|verschoven|omgezet) naar|\bfrom\b(?:[^\n]|\n(?!\n)){1,70}\bto\s(?:\w{1,12},?\s?){0,2}$|"
    # "von Dienstag, 13.10., 10 Uhr, auf Mittwoch, 14.10., um 15:30 Uhr verschieben": the verb
    # comes last; "auf" right after the old time marks the new one
    r"(?:\buhr|\d)\.?,?\s+auf\s(?:\w{1,12},?\s?)?$|"
    r"(?:quedó|queda|quedaría|pasa) para\s(?:el\s)?(?:\w{1,12}\s)?$|"
    r"(?:movid|cambiad|pasad|trasladad|corrid|reprogramad)[ao]s? (?:para|al|a la)\s(?:el\s)?(?:\w{1,12}\s)?$|"
    r"(?:pasémos|movámos|cambiémos)(?:la|lo)s? (?:para|al|a la)\s(?:el\s)?(?:\w{1,12}\s)?$|"
    # ... and the target before the verb: "Können wir dein Gespräch auf Freitag, 27.11., um 13 Uhr verschieben?"
    r"\bauf\s(?:den\s|dem\s)?(?:\w{1,12},?\s?)?$|"
    r"\b(?:nun|jetzt|neu) (?:am|um|auf)\b|désormais|maintenant (?:le|à)|ahora (?:el|a las)|agora (?:na|às)|nu op|ora (?:il|alle)|"
    r"\b(?:ahora|agora|maintenant|jetzt|neu|now|nuevo|nouveau)\s?:\s?$|"
    r"(?:le|ti|vi) propongo (?:quindi |allora )?$|je vous propose (?:donc |plutôt )?$|"
    r"spost\w{1,6} (?:\S+\s){0,3}(?:a|al|alla)\s(?:\w{1,12},?\s?)?$|(?:verschieben|verlegen) (?:\S+\s){0,4}auf\s(?:\w{1,12},?\s?)?$|"
    r"déplac\w{1,5} (?:\S+\s){0,4}(?:au|à)\s(?:\w{1,12},?\s?)?$|"
    # "pasamos la videollamada del lunes 20 al martes 21": the day after "al" is the new one
    # ("¿Le importaría que la pasáramos del martes 13/10 a las 10:00 al jueves 15/10?")
    r"(?:mover|pasar|movemos|pasamos|movimos|pasé|moví|cambiamos|cambié|pasáramos|moviéramos|cambiáramos|movamos|"
    r"pasemos|cambiemos|movido|cambiado) "
    r"(?:\S+\s){0,6}(?:al|para el|pal)\s+(?:\w{1,12},?\s?)?$|"
    r"(?:remarcar|reagendar|remarcamos|reagendamos|remarquei|reagendei|mudar|mudei|mudamos|passar|passei|passamos) "
    r"(?:\S+\s){0,8}para\s(?:a |o )?(?:[\w-]{1,14},?\s?)?$|"
    # ... with the day right after "para": "Remarquei para quinta-feira (26/11) às 14h"
    r"(?:remarquei|remarcamos|reagendei|reagendamos) para\s(?:a |o )?(?:[\w-]{1,14},?\s?)?\(?$)",
    I,
))
FIELD_LABEL = re.compile(
    r"^\s*(?:when|date|time|date/time|event date/time|interview date|interview time|start|datum|uhrzeit|zeit|wann|"
    r"termin|quand|date et heure|heure|horaire|fecha|hora|fecha y hora|cuándo|tid|tijd|datum|ora|data|czas|"
    r"termín|horário|(?:your |ihr |votre |su )?(?:appointment|rendez-vous|cita))[ \t]{0,16}:",
    re.M,
)
# Any word of a deadline in the sentence before a time ("submit your deck by Monday, April 6 at
# 9 AM"): broader than NOT_SLOT, for a time that must stand as a plain fact to count at all.
DEADLINE_CUE = re.compile(
    r"\b(?:by|until|before|due|no later than|deadline|submit\w*|bis|spätestens|avant|au plus tard|antes del?|"
    r"hasta|entro)\b"
)
# Context right before a time that says it is not the interview ("reply by Friday 5pm").
# A time to arrive at, said before it ("Presentarse a las: 8:45 a. m. en la recepción").
ARRIVAL_BEFORE = re.compile(
    r"(?:presentarse|preséntese|présentez-vous|please arrive|arrive|arrival|check[- ]in|ankunft|eintreffen|llegada|"
    r"llegar)(?: (?:a|at|à|um|by|para))?(?: las| la)?(?: time| hora| zeit)?\s?:?\s*$"
)
# A pasted chat's line stamp: "[8/9/26, 6:41 p. m.] Juliana:" is when it was written.
CHAT_STAMP = re.compile(r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d\d(?:\s?[ap]\.?\s?m\.?)?\]")
# An itinerary's first line that is no session: "09:45   Arrive and ask for me at reception".
ARRIVAL_AFTER = re.compile(
    r"[\d:.h]{1,5}\s?(?:[ap]\.?m\.?)?\s{1,20}(?:[-–:|]\s*)?(?:arrive|arrival|check[- ]in|sign in at|welcome at reception|"
    r"ankunft|eintreffen|(?:anmeldung )?am empfang|an der rezeption|(?:at )?reception|accueil|arrivée|llegada|"
    r"recepción)\b"
)
# A cancelled meeting's replacement, said by the one word: "wir machen es stattdessen Dienstag".
INSTEAD = re.compile(r"\binstead\b|stattdessen|à la place|en su lugar|al suo posto|in plaats daarvan|em vez disso")
# "Can we do Friday at 11am Central instead? I've already moved the calendar invite": the
# question is a courtesy, the invitation already says the new time.
INVITE_MOVED = Filtered(re.compile(
    r"(?:i(?:['’]ve| have)?|we(?:['’]ve| have)?) (?:already |just |(?:gone|went) ahead and )?(?:moved|updated|changed|shifted) "
    r"(?:the|our|your) "
    r"(?:calendar |zoom |teams |meet )?(?:invite|invitation|event)\b|"
    r"unless i hear otherwise|(?:i'll|i will) assume (?:that's|that is|it's|this is) (?:ok|okay|fine|good)|"
    # "si no me dices nada lo dejamos así", "sauf avis contraire", "wenn ich nichts höre"
    r"si no me (?:dices|dice|dicen|avisas|avisa) nada|salvo que me (?:digas|diga) lo contrario|sauf avis contraire|"
    # "¿Le parece bien si la pasamos al lunes 7/12 …? … ya lo dejo así reservado"
    r"\b(?:ya )?(?:lo|la) (?:dejo|dejamos) (?:así )?(?:reservad[oa]|agendad[oa])\b|"
    r"wenn ich nichts (?:mehr )?(?:von (?:dir|ihnen) )?höre|"
    # "ich habe ihn für Sie ebenfalls eingetragen": the asked time is already in the calendar
    r"(?:habe|hab) (?:ihn|es|den termin|das) (?:für sie|für dich|ihnen|dir) (?:schon |bereits |ebenfalls |auch )*"
    r"(?:eingetragen|geblockt|eingestellt)|"
    # "Already moved Kelsey + Ron, so if that works you're set": the asked time is already booked
    r"\balready (?:moved|updated|shifted|rescheduled) (?:\w+ (?:\+|and|&) \w+|everyone|the (?:panel|team|others|"
    r"interviewers|invite))|if (?:that|this) works,?\s(?:you(?:'re| are|’re)|we(?:'re| are|’re)) (?:all )?set\b"
))
NOT_SLOT = re.compile(
    r"(?:deadline|respond by|reply by|let us know by|by end of|until|expires|valid until|no later than|"

    r"recorded|episode|office hours|bis zum|bis spätestens|avant le|antes del|hasta el|sign up|register|"
    r"complete (?:your interview |the interview |it )?by|finish (?:it )?by|submit (?:it )?by|record (?:it )?by|"
    r"\bdue(?: on| by| date)?|fällig|à rendre|entrega|deadline|au plus tard(?: le| pour le)?|spätestens(?: am| bis)?|"
    r"a más tardar(?: el)?|entro e non oltre(?: il)?|uiterlijk(?: op)?|senast(?: den)?|najpóźniej(?: do)?|jusqu['’]au|"
    r"prazo(?: de entrega)?:?|(?:você )?tem até(?: o dia| a)?|entregar até|enviar até|fecha límite:?|tienes hasta(?: el)?)"
    # "... au plus tard le lundi 23 février": the weekday may stand between the cue and the date
    rf"(?:\W{{0,3}}\s(?:{_ANY_WEEKDAY})\.?,?)?\W{{0,3}}$",
    I,
)
