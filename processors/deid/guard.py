"""Clinical-token guard: NAME spans never cover a clinical value, drug, abbreviation or eponym.

Run over the NAME spans of every text-based recogniser (not over patient-token matches, which
are exact). A NAME span is cut at each token that is clinical text, whatever recogniser
found it, so no context rule can extend over one:

- a token with a digit or "+" ("NEWS2", "K+", "HCO3");
- a label before a value ("Na 128", "Bed 2", "Barthel 60", "Tazocin 4.5 g"): a number of
  at most 4 digits (decimals allowed) that is no time, date or phone number; not after a
  title ("Dr Lee 4 ...");
- a drug (``data/drug_words.txt``, ``processors.drugs`` ingredients, words of 6+ letters of
  the generated lexicon ``data/drug_lexicon.txt`` ("Aquacel"), drug-stem suffixes on
  words of 7+ letters);
- an all-caps clinical abbreviation (``data/clinical_abbrev.txt``) or a caps word of 3+
  letters with no vowel ("NBM", "PTWR");
- an eponym: a capitalised word (hyphenated or possessive) before a clinical head noun
  ("Foley catheter", "Parkinson's disease", "Guillain-Barre syndrome", "Murphy's sign",
  "Glasgow Coma Scale"), or the name of a ward or unit ("Rowan Ward", "Acorn Unit").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

from processors.deid.leading import compile_rx
from processors.deid.names import (
    CLINICAL_ABBREV,
    CLINICAL_VOCAB,
    CLINICAL_WORDS,
    FIRST_NAMES,
    SURNAMES,
    _is_name,
    _is_name_loose,
    _key,
)
from processors.deid.unknown import (
    _MEDICAL,
    AGE_OR_SPAN_AFTER,
    DRUG_LEXICON,
    ENGLISH_WORDS,
    NAME_AGE_OR_DATE_AFTER,
    _common,
    is_known_word,
)
from processors.drugs import INGREDIENTS

__all__ = ["DRUG_WORDS", "EPONYM_SCALES", "HEADS", "clinical_spelling", "guard_name_spans", "is_clinical_token", "token_memo"]


def _load(name: str) -> frozenset[str]:
    text = resources.files("processors.deid").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(
        w.lower() for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()
    )


DRUG_WORDS = _load("drug_words.txt") | frozenset(
    w for ing in INGREDIENTS.values() for n in (ing.name, *ing.synonyms) for w in n.split()
    if len(w) >= 4
)  # fmt: skip
_DRUG_STEM = compile_rx(
    r"(?:mab|nib|pril|olol|sartan|statin|azole|cillin|mycin|micin|oxacin|cycline|parin|xaban"
    r"|gatran|dipine|tidine|prazole|setron|triptan|gliptin|gliflozin|semide|thiazide|zepam"
    r"|zolam|oxetine|pramine|triptyline|dronate|profen|fenac|olone|asone|etamol|racetam"
    r"|tiapine|peridol|azepine|apine|oxime|floxacin|penem|vaptan|glutide|tinib|ciclib|lizumab|ximab)$"
)
HEADS = _HEADS = (
    r"disease|syndrome|sign|signs|score|scale|criteria|classification|palsy|paralysis|angina|diverticulum|lymphoma|treadmill|plexus"
    r"|encephalopathy|manoeuvre|maneuver|technique|breathing|respiration|catheter|tube"
    r"|mask|pump|boots|dressing|valve|reflex|phenomenon|ulcer|fracture|cyst|procedure"
    r"|operation|pouch|repair|flare|disorder|dementia|contracture|shunt|drain|needle|splint"
    r"|collar|formula|equation|triad|anaemia|anemia|ileus|tumou?r|sarcoma|thyroiditis"
    r"|granulomatosis|aneurysm|ventilation|incision|stockings|forceps|retractor|frame"
    r"|acid|hoist|sheath|sleeves?|cream|ointment|gel|tape|mattress|cushion|sling|brace|commode"
    r"|inhaler|spacer|patch|bandage|triage|stedy|triangle|node|nodes|ligament|canal|duct|space|pouch"
    r"|protocol|dilatation|dilation|dilator|bougie"  # session 24 (v87): "Savary dilatation", "Seattle protocol"
    r"|gangrene|solution|lactate|spots|grid|field|fields|dystrophy"  # session 45 (deid testers): "Fournier's gangrene", "Hartmann's
    # solution", "Koplik spots", "Amsler grid", "Humphrey fields", "Fuchs dystrophy"
    # session 37 (deid tester): "Ivor Lewis oesophagectomy", "B-Lynch suture"
    r"|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|sutures?"
    # session 53 (deid tester P: "Miller Fisher variant", "Marcus Gunn pupil", "Todd's paresis", "Kayser-Fleischer rings",
    # "Ebstein anomaly", "Pavlik harness", "Petersen's defect", "Amyand hernia", "Becker naevus", "Wickham's striae",
    # "Gottron's papules", "Takayasu arteritis", "Hertel exophthalmometry", "Prader orchidometer", "Ziehl-Neelsen stain")
    r"|variant|paresis|anomaly|harness|defect|naevus|nevus|striae|papules"
    r"|exophthalmometry|exophthalmometer|orchidometer|stain|staining|screws?"
)
# session 53: heads a possessive person would have too ("Mary's pupils", "Dad's tendon"): an eponym only without one
# ("Achilles tendon", "Merkel cell carcinoma", "Takayasu arteritis")
_BARE_AFTER = compile_rx(
    r"[ \t]+(?:tendon|tendinopathy|rupture|pupils?|rings?|arteritis|encephalitis|tenosynovitis|cardiomyopathy"
    r"|cells?(?=[ \t]+(?:carcinoma|tumou?r|neoplasm|adenoma|histiocytosis|lesion|change|features|lymphoma)))\b")
# ... and never after a given name: "Jane Brown virus screen", "Mary Jones hernia repair" are a list's patient and problem
_GIVEN_WORD_BEFORE = compile_rx(r"(?<![\w'\u2019-])([A-Z][a-z'\u2019-]+)[ \t]+\Z")
# heads that count capitalised too ("Manchester Triage", "Sara Stedy"): no surname among them
_CAP_HEADS = r"triage|stedy|syndrome|disease|score|scale|criteria|classification|fracture|procedure|guidelines?|phenomenon"
_WEAK_HEADS = (
    r"test|line|node|nodes|grade|stage|index|rule|rules|position|point|method|lesion|block|bag|law"
)
# session 37 (deid tester): eponymous pairs whose words are names ("Argyll Robertson pupils", "Ramsay
# Hunt" without its "syndrome"): the pair as written is never a person here
_EPONYM_PAIR = compile_rx(
    r"\b(?:Ivor[ \t]+Lewis|Argyll[ \t]+Robertson|Austin[ \t]+Flint|Austin[ \t]+Moore|AUSTIN[ \t]+MOORE|Ramsay[ \t]+Hunt|Murray[ \t]+Valley|Mallory[ \t]+Weiss"
    r"|Sister[ \t]+Mary[ \t]+Joseph|Charcot[ \t-]+Marie[ \t-]+Tooth|Jervell[ \t-]+(?:and[ \t]+)?Lange[ \t-]+Nielsen"
    r"|Fitz[ \t-]+Hugh[ \t-]+Curtis|Bence[ \t-]+Jones|Kaplan[ \t-]+Meier|Wolff[ \t-]+Parkinson[ \t-]+White|Guillain[ \t-]+Barr[e\u00e9]|Stevens[ \t-]+Johnson|Creutzfeldt[ \t-]+Jakob"
    r"|India[ \t]+ink|[Kk]ey[ \t]+[Ss]afes?|KEY[ \t]+SAFES?|Le[ \t]+Fort|LE[ \t]+FORT|Grace[ \t]+period|(?i:mongolian[ \t]+(?:blue[ \t]+)?spots?)|[Kk]ey[ \t]+[Ww]orkers?|KEY[ \t]+WORKERS?|[Kk]ey[ \t]+(?:[Rr]esults?|[Ff]indings?|[Pp]oints?|[Ii]ssues?|[Mm]essages?|[Aa]ctions?|[Rr]ecommendations?|[Pp]roblems?|[Ii]nvestigations?)(?=[ \t]*:)|Allen'?s?[ \t]+test|Braxton[ \t]+Hicks|Stanley-Brown|Carter-Thomason|Schmitt-Thompson"
    # session 38 (deid tester): forceps, and trisomy 18 beside its siblings ("Down syndrome, Edwards' and Patau's")
    r"|Neville-Barnes|Wrigley'?s?[ \t]+forceps|Edwards(?:'s?)?(?=[ \t]*(?:syndrome\b|(?:,|and)[ \t]*(?:and[ \t]+)?Patau)))"
    r"(?:\b|(?<='))")
# session 53 (deid tester P): places in a disease's, a grade's or a device's name, states and countries of two words, and a
# structure named for a person after its noun ("pouch of Douglas", "sphincter of Oddi"): never a person, whatever stands before
_PLACE_PAIR = compile_rx(
    r"\b(?:West[ \t]+Nile|Ross[ \t]+River|Marcus[ \t]+Gunn|Barmah[ \t]+Forest|Rocky[ \t]+Mountain|Rift[ \t]+Valley|Murray[ \t]+Valley|Miami[ \t]+J"
    r"|Los[ \t]+Angeles(?=[ \t]+(?:grade|classification))|Montreal(?=[ \t]+(?:classification|A\d))"
    # session 54: scores, groups, pulses and hernias named for a person who is also a common name ("Mayo endoscopic subscore",
    # "Robson group 5", "Corrigan's pulse", "Richter's hernia")
    r"|Mayo(?=[ \t]+(?:endoscopic|score|subscore|clinic|Clinic|classification|stage))|Robson(?=[ \t]+(?:group|classification|ten))"
    r"|Corrigan(?:['\u2019]s)?(?=[ \t]+(?:pulse|sign))|Richter(?:['\u2019]s)?(?=[ \t]+(?:hernia|transformation|syndrome))"
    # session 54 (deid tester X): "Max HR 165 bpm", "Gillick competent"
    r"|Max(?=[ \t]+(?:HR|heart|temp\w*|dose|rate|BP|SBP|pain|score|flow|FiO2|pressure|level|volume|power|effort|speed))"
    r"|Gillick(?=[ \t]+(?:competen\w*|test|principle))|Fraser(?=[ \t]+(?:guidelines?|competen\w*|criteria))"
    # session 54 (deid tester Z): a device maker before its product, a state before its plate ("Abbott Assurity MRI", "Georgia tag")
    r"|Abbott(?=[ \t]+(?:Assurity|Tendril|Assert|FreeStyle|Libre|Gallant|Aveir|Endurity|Ellipse|Quadra|Confirm|Jot|HeartMate|Navitor|Amulet|MitraClip))"
    r"|(?:Georgia|Virginia|Carolina|Dakota|Indiana|Montana|Florida)(?=[ \t]+(?:tag|plates?|licen[cs]e|registration))"
    # session 55 (deid tester B): a law named for a person, in its possessive ("Kendra's Law", "Sarah's Law"); never a bare
    # name before "Law" or "Act" ("Dr John Law", "Mary Law" are people; "Tarasoff", "Marchman" are clinical words)
    r"|[A-Z][a-z]+['\u2019]s[ \t]+(?:Law|Act)"
    # session 55 (deid tester E): Simpson's method of the ejection fraction ("LVEF 63% (biplane Simpson)")
    r"|(?<=biplane[ \t])Simpson(?:['\u2019]s)?|(?<=modified[ \t])Simpson(?:['\u2019]s)?|Simpson(?:['\u2019]s)?(?=[ \t]+(?:method|biplane|rule))"
    # session 57 (deid tester Q of session 56: 35 clinical items lost): eponyms and devices opening a term
    r"|Fuchs(?:['\u2019]s?)?(?=[ \t]+(?:endothelial|corneal|dystrophy|heterochromic|uveitis))|Fitzpatrick(?=[ \t]+(?:skin|type|scale|phototype|classification|[IV]{1,3}\b))"
    r"|Humphrey(?=[ \t]+(?:\d{2}-\d|visual|field|VF|HFA|perimetry|SITA|analy[sz]er))|Heidelberg[ \t]+Spectralis|Spectralis|Heidelberg(?=[ \t]+(?:Retina|HRT|OCT|Engineering))"
    r"|Zio(?=[ \t]+(?:XT|AT|patch|monitor|SKYE))|Uro[Ll]ift|UROLIFT"
    # session 57 (deid testers H, J): "PACE Code C", "Nobel Active 4.3", the inferior alveolar nerve ("CLOSE TO IAN CANAL")
    r"|PACE[ \t]+Code[ \t]+[A-H]\b|Nobel(?=[ \t]+(?:Active|Replace|Biocare|Parallel|Speedy|Pearl))"
    r"|(?:IAN|Ian)(?=[ \t]+(?:canal|CANAL|nerve|NERVE|block|BLOCK|paraesthesia|PARAESTHESIA|injury))"
    # session 57 (deid tester C): a country that is also a given name, where a place is meant ("born in Jordan", "Country of
    # origin: India", "via Jordan and Lebanon", "Kakuma (Kenya)")
    r"|(?:(?<=\b[Bb]orn[ \t]in[ \t])|(?<=\b[Oo]rigin:[ \t])|(?<=\b[Oo]rigin[ \t])|(?<=\b[Nn]ationality:[ \t])|(?<=\b[Cc]ountry:[ \t])"
    r"|(?<=\b[Rr]eturned[ \t]from[ \t])|(?<=\b[Aa]rrived[ \t]from[ \t])|(?<=\b[Tt]ravelled[ \t]to[ \t])|(?<=\b[Tt]raveled[ \t]to[ \t])"
    r"|(?<=\btrip[ \t]to[ \t])|(?<=\bfled[ \t])|(?<=\bvia[ \t])|(?<=\bcamp[ \t]in[ \t])|(?<=\()|(?<=\brefugee[ \t]from[ \t]))"
    r"(?:Jordan|India|Georgia|Chad|Israel|Armenia)(?![\w'-])"
    r"|(?:Jordan|India|Georgia|Chad|Israel|Armenia)(?=[ \t]+(?:and|&)[ \t]+(?:Lebanon|Syria|Iraq|Turkey|Egypt|Pakistan|Bangladesh|Nepal"
    r"|Sri[ \t]Lanka|Iran|Afghanistan|Russia|Azerbaijan|Ukraine|Saudi|Palestine|Kenya|Uganda)\b)"
    r"|Sierra[ \t]+Leone|(?:North|South)[ \t]+(?:Carolina|Dakota)|West[ \t]+Virginia|New[ \t]+(?:Zealand|Hampshire|Mexico|South[ \t]+Wales)"
    r"|Costa[ \t]+Rica|Puerto[ \t]+Rico|Sri[ \t]+Lanka|Hong[ \t]+Kong|Saudi[ \t]+Arabia|El[ \t]+Salvador|Burkina[ \t]+Faso)\b"
    r"|\b(?:pouch|sphincter|circle|islets|loop|bundle|ligament|canal|space|ampulla|organ|crypts|tetralogy|angle|triangle"
    r"|foramen|aqueduct|duct|bursa|tubercle|Pouch|Sphincter|Circle|Islets|Loop|Tetralogy)[ \t]of[ \t][A-Z][a-z]+\b")
# ... unless a person cue stands before it ("Visited by Austin Flint", "Dr Ramsay Hunt")
_PAIR_PERSON_BEFORE = compile_rx(
    r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|rev|by|with|from|to|for|called|named|son|daughter|wife|husband|partner|"
    r"mother|father|brother|sister|nurse|rn|cc|attn|dear|signed|per))\.?[ \t]*[:,]?[ \t]*\Z")
# session 56 (deid tester J): the pair's head noun after it ("with Bence Jones protein"): no person, whatever came before
_PAIR_HEAD_AFTER = compile_rx(r"[ \t]+(?i:proteins?|proteinuria|syndrome|disease|tears?|sign|murmur|pupils?|procedure"
                              r"|o?esophagectomy|contractions|light[ \t]+chains?|curves?|estimates?|analysis|method|survival)\b")
_EPONYM_PAIR_WORDS = frozenset(("kaplan", "meier", "ivor", "lewis", "argyll", "robertson", "austin", "flint", "moore", "ramsay", "hunt", "murray",
                                "valley", "mallory", "weiss", "sister", "mary", "joseph", "charcot", "marie", "tooth",
                                "jervell", "lange", "nielsen", "wolff", "parkinson", "white", "guillain", "barre",
                                "fitz", "hugh", "curtis", "bence", "jones",
                                "barr\u00e9", "stevens", "johnson", "creutzfeldt", "jakob", "india", "ink", "allen", "allen's",
                                "braxton", "hicks", "stanley-brown", "carter-thomason", "schmitt-thompson",
                                "neville-barnes", "wrigley", "wrigley's", "edwards", "edwards'", "edwards's",
                                "le", "fort", "grace", "period", "mongolian", "key", "worker", "workers"))  # session 42: "Le Fort II", "Grace period"
_WEAK_AFTER = compile_rx(rf"[ \t]+(?:{_WEAK_HEADS})\b")
_SPECIES_AFTER = compile_rx(r"[ \t]+([a-z]{4,16})\b")
_SPECIES = frozenset((
    "aureus", "epidermidis", "pyogenes", "agalactiae", "pneumoniae", "viridans", "faecalis", "faecium", "coli", "typhimurium",
    "enteritidis", "monocytogenes", "pylori", "jejuni", "difficile", "perfringens", "tetani", "botulinum", "tuberculosis",
    "bovis", "leprae", "ulcerans", "marinum", "avium", "intracellulare", "abscessus", "kansasii", "pertussis", "influenzae",
    "meningitidis", "gonorrhoeae", "catarrhalis", "burgdorferi", "pallidum", "interrogans", "rickettsii", "burnetii",
    "henselae", "quintana", "trachomatis", "psittaci", "whipplei", "auris", "albicans", "glabrata", "krusei", "parapsilosis",
    "fumigatus", "neoformans", "gattii", "capsulatum", "jirovecii", "rubrum", "furfur", "globosa", "marcescens", "cloacae",
    "mirabilis", "maltophilia", "baumannii", "aeruginosa", "cepacia", "oxytoca", "sonnei", "flexneri", "dysenteriae",
    "enterocolitica", "cholerae", "vulnificus", "multocida", "tularensis", "melitensis", "abortus", "israelii", "diphtheriae",
    "falciparum", "vivax", "ovale", "malariae", "knowlesi", "gondii", "lamblia", "histolytica", "vaginalis", "cruzi",
    "stercoralis", "lumbricoides", "vermicularis", "solium", "saginata", "granulosus", "fragilis", "haemolyticus",
    "lugdunensis", "saprophyticus", "mutans", "anginosus", "milleri", "dubliniensis", "tropicalis", "typhi",
    "paratyphi", "mycoides", "cereus", "anthracis", "pestis", "pseudomallei", "mallei"))
# session 53: examination tests and signs named for a person who is also a common name ("Thomas test", "Hawkins test")
_TEST_EPONYMS = frozenset((
    "thomas", "hawkins", "jobe", "speed", "neer", "allen", "patrick", "thompson", "simmonds", "homan", "homans", "murphy", "weber",
    "rinne", "romberg", "phalen", "tinel", "finkelstein", "spurling", "lachman", "mcmurray", "apley", "trendelenburg", "ober",
    "ely", "yergason", "hoffmann", "hoffman", "kernig", "brudzinski", "babinski", "coombs", "mantoux", "schirmer", "ishihara",
    "snellen", "hess", "adson", "roos", "wright", "ortolani", "barlow", "galeazzi", "rovsing", "gaenslen", "faber", "thessaly",
    "lasegue", "stinchfield", "fukuda", "unterberger", "hallpike", "schober", "gillet", "kemp", "waddell", "gerber", "froment",
    "wartenberg", "bunnell", "watson", "elson", "kanavel", "lhermitte", "valsalva", "queckenstedt", "tzanck", "nikolsky",
    "durkan", "dix", "epley", "moberg", "kleiger", "anvil", "noble", "renne", "craig", "fairbank", "clarke", "scott", "hughston"))
_TEST_AFTER = compile_rx(r"(?:['\u2019]s)?[ \t]+(?:tests?|signs?|manoeuvres?|maneuvers?)\b")
# session 15 (v43): a surgical device named for its inventor ("Herbert screw", "Kirschner wires",
# "Foley catheter", "Thomas splint"): a person's name before such a word is rare
# scales named for their authors, scored "n/max" (the surname stays a name elsewhere: "DS Houghton")
EPONYM_SCALES = frozenset(("houghton", "katz", "tinetti", "berg", "barthel", "braden", "waterlow", "norton", "borg",
                           "karnofsky", "lawton", "mallampati", "rockwood", "oxford", "hamilton", "beck", "morse"))
# session 48 (deid tester: "Morse fall scale 55", "Hamilton rating 18", "Morse 45" read as names, 19 times): a word then up
# to two words and a scale's head and its score; a fall-risk or pressure-area scale's surname with a bare score
_SCALE_HEAD_SCORE = compile_rx(r"(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+(?i:scale|score|rating|index|inventory)\b(?:[ \t]+(?i:scale|score))?"
                               r"[ \t]*(?:of[ \t]+|[:=][ \t]*)?\d")
_BARE_SCORE_SCALES = frozenset(("morse", "braden", "waterlow", "norton", "barthel"))
_BARE_SCORE = compile_rx(r"[ \t]*:?[ \t]*\d{1,3}\b(?![/.:]\d|[ \t]*(?:y|yo|yrs?|years?|m|f)\b)")
_SCALE_SCORE = compile_rx(r"(?:[ \t]+(?:ADL|score|scale|index|[Bb]alance(?:[ \t]+[Ss]cale|[ \t]+[Tt]est|[ \t]+[Ss]core)?))?[ \t]*:?[ \t]*"
                          r"\d{1,3}[ \t]?/[ \t]?\d{1,3}\b")  # session 47 (deid tester): "Berg balance 52/56"
# prosthetic, orthotic, seating and wound-device makers whose model names follow them
_MAKER_BEFORE = compile_rx(
    r"\b(?:Ottobock|Otto[ \t]Bock|Ossur|Permobil|Kuschall|Invacare|Endolite|Blatchford|Fillauer|Iceross|ROHO|Varilite"
    r"|TiLite|Quickie|Sunrise[ \t]Medical|Medtronic|Urgo|College[ \t]Park"
    r"|Phonak|Oticon|Signia|Widex|Unitron|ReSound|Starkey|Cochlear|MED-EL|Advanced[ \t]Bionics"  # session 26 (v105-v107)
    r"|Nutricia|Nutrison|Fresenius|Abbott|Flocare|Provox|Blom-Singer|Tobii[ \t]Dynavox|Compat|Applix|Humana)(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+\Z"
)
_JAY_PRODUCT = compile_rx(r"[ \t]+(?:J\d|Easy|Fusion|Balance|Zip|Xtreme|Lite|Active|cushion|back)")
_GAUGE_BEFORE = compile_rx(r"\d[ \t]?(?:Fr|FG|Ch)\.?[ \t]+\Z")
_PERSON_LINK_BEFORE = compile_rx(r"\b(?:to|by|from|with)[ \t]+\Z")
_VOCAB_RESULT_AFTER = compile_rx(r"(?:['\u2019]s)?[ \t]+(?i:negative|positive|neg|pos|sign|signs|test|tests|manoeuvres?|"
                                 r"maneuvers?|flap|approach|incision|classification|criteria|syndrome|disease)\b")
_ROOM_WORDS = frozenset(("room", "bay", "bed", "cubicle", "ward", "unit", "theatre", "floor", "level", "suite", "wing",
                         "block", "side", "pod", "chair", "trolley", "cot", "station"))
_AGE_COMMA_AFTER = compile_rx(r"[ \t]+(?:1[01]\d|[2-9]\d),[ \t]")
_PERSON_BEFORE = compile_rx(r"(?:\[NAME\]|(?<![\w'-])[A-Z][a-z]{2,}|\b(?i:pt|patient|name|resident|client)[ \t]*:)[ \t]+\Z")
_CLOCK_AFTER = compile_rx(r"[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?:h|hrs)\b)?(?![\w./:%-])")
_DEVICE_AFTER = compile_rx(
    r"[ \t]+(?:screws?|nails?|plates?|wires?|pins?|splints?|catheters?|needles?|forceps|retractors?|shunts?|drains?"
    r"|masks?|tubes?|frames?|stents?|valves?|clamps?|speculum|traction|bandage|dressing)\b"
)
# session 10 (v29): a clinical decision rule named for a place ("Ottawa ankle rules", "Canadian
# C-spine rule", "San Francisco syncope rule"): the place word, a body part or condition, "rule(s)"
_PLACE_RULE = compile_rx(
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:ankle|knee|foot|head|CT[ \t]+head|[Cc]-spine|SAH|subarachnoid|syncope|heart|PE|DVT)"
    r"[ \t]+(?:rules?|criteria|score)\b"
)
_PLACE = r"Ward|Unit|Wing|Suite|Centre|Center|Hospice|Lounge|Theatres?|ward"  # session 45: "St Michael's ward"
# session 12 (v36): "Kieran Ward, ANP" is a person (a credential after the place word)
_STAFF_CRED = r"RN|RGN|RMN|ANP|ACP|APN|NP|CNS|MD|DO|PA|MO|HCA|SN|OT|PT|SLT|RD|RM|ODP|CNM|CN|ATC|RPSGT|AT"  # v39: "CN", "ATC"
# round 9: a word before an organisation noun names the organisation ("Good Samaritan
# Hospital", "Northgate Infirmary", "St. Catherine's Medical Center"), not a person; a
# pharmacy or GP surgery often carries its owner's name ("Njoku Pharmacy") and stays a name
_ORG = (
    r"Hospitals?|Infirmary|Medical[ \t]+(?:Cent(?:er|re)|Group)|Clinic"
    r"|Health(?:care)?[ \t]+(?:System|Trust|Partners|Centre|Center)|Institute|University|College"
    r"|Foundation"
    # session 36 (v111): care homes and their operators ("Carveth Care Centre", "Fairmount Home",
    # "Kirkland Village", "Brookline Manor", "Manorcare Health Services", "Perley Health")
    r"|Care[ \t]+(?:Cent(?:er|re)|Homes?)\b|Nursing[ \t]+(?:Homes?|Cent(?:er|re)|Facility)|Skilled[ \t]+Nursing"
    r"|Health(?:[ \t]+Care)?[ \t]+(?:Services|Cent(?:er|re))|Manor|Village|Lodge"
    r"|Home\b(?![ \t]+(?i:visits?|address|phone|tel|number|care|support|health|help|oxygen|O2|team|from|with|to|on|at"
    r"|by|for|and|today|yesterday|tomorrow|now|alone|safely|\d))"
    r"|Health\b(?![ \t]+(?i:visitor|worker|advocate|assistant|care|aide|coach|check|cards?|numbers?|no\b|id\b|insurance"
    r"|plan|records?|and|&|/|:|#|\d))"
)
_EPONYM = compile_rx(
    rf"(?:(?:'s|\u2019s)?[ \t]+(?:{_ORG})\b|#|[ \t]{{1,2}}(?:{_PLACE})\b(?!-[A-Z])(?![ \t]*(?:No\.?|Number|#)[ \t]*[:#]?[ \t]*\d)(?![ \t]*\d{{1,3}}[A-Za-z]?\b(?![:./-]\d|[ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))(?!,[ \t]*(?:{_STAFF_CRED})\b[ \t]*(?:[(\n,;.]|\Z))|(?:'s|\u2019s|s'|')?[ \t]+(?:[A-Z][a-z]+[ \t]+(?i:{_HEADS})|(?:{_HEADS})|(?i:{_CAP_HEADS}))\b"
    # session 37 (deid tester): "Edinburgh Postnatal Depression Scale", "Nottingham Prognostic Index"
    rf"|(?:[ \t]+(?:[A-Z][a-z]+|CT|MRI|ED|ICU)){{1,3}}[ \t]+(?:Scale|Score|Index|Criteria|Classification|Guidelines?|Rules?"
    rf"|Protocol|Safety[ \t]+Plan)\b"
    rf"|(?:'s|\u2019s|s')[ \t]+(?:{_WEAK_HEADS})\b"
    # session 53: a lower-case word between ("Lambert-Eaton myasthenic syndrome", "Dubin-Johnson pigment")
    rf"|-[A-Z][a-z]+(?:'s)?(?:[ \t]+[a-z]{{4,}})?[ \t]+(?:{_HEADS}|{_WEAK_HEADS})\b)"
)  # heads in lower case ("Sidiq Walker" is no eponym), or title case after a middle word  # after the word: "'s disease", " catheter", " Coma Scale", "'s test", "-Barre syndrome"
_VALUE = compile_rx(  # a decimal is never an age ("Temp 100.3 F", session 25, v93)
    r"[ \t]*[:=]?[ \t]*[<>~]?-?(?:\d{1,4}\.\d+(?![\d/]|[.:-]\d)|\d{1,4}(?![\d/]|[.:-]\d|[ \t]*(?:st|nd|rd|th)\b"
    r"|[ \t]?(?:y|yo|y/o|yrs?|yr)\b|[ \t-]?(?:years?|yrs?)[ \t-]old\b"  # session 7: "WILSON, Claire 96y": an age, no value
    # session 45 (deid tester): "Bed 25; Arjun Banerjee 26-year-old;" 
    r"|[ \t]?[MF]\b(?![ \t]*[-:=]?[ \t]*\d)|[mf]\b(?![ \t]*[-:=]?[ \t]*\d)))"  # session 8: "MORGAN, Mandy 65F from": age and sex (22: "sheryl 74f")
    r"(?![ \t]+\d{3,})"
    r"(?![ \t]*-?[ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# a classification or grade after a capitalised word ("Schatzker II", "Salter-Harris IV",
# "Gustilo IIIb", "Weber B ankle", "Child-Pugh C.") or a score out of a typical maximum
# ("Oxford 4/5", "Tinetti 14/28", "MRC 3/5"): the word is an eponymous scale, not a name
_GRADE = compile_rx(  # session 16 (v47): a classification word between ("Clark level III")
    r"[ \t]+(?:(?:level|grade|stage|type|class)[ \t]+)?(?:(?:II|III|IV|VI{0,3}|IX)[abcABC]?\b(?![-'\w])"
    r"|[A-D][ \t]+(?=[a-z]))"
)
_GRADE_END = compile_rx(r"[ \t]+[A-D](?=[ \t]*(?:[,.;)]|$))", re.MULTILINE)
_ROMAN = compile_rx(r"(?:II|III|IV|VI{1,3}|IX|XI{1,3})\Z")  # a grade, never a name (not "I", "V")
_SCORE = compile_rx(r"[ \t]*:?[ \t]*(\d{1,3})/(\d{1,3})\b(?![/.]\d)")
_SCORE_MAX = frozenset(
    (3, 4, 5, 6, 8, 9, 10, 14, 15, 18, 20, 21, 24, 27, 28, 30, 35, 40, 48, 56, 60, 100)
)  # fmt: skip
# after v12: initials may stand between the title and the name ("Dr L. Steyn: 650 ml drained")
# session 52 (deid tester L: lower-case lists, "17. mr schultz 46 i&d abscess"): a title in lower case too
_TITLE_BEFORE = compile_rx(r"\b(?:(?i:mr|mrs|ms|miss|mx|dr)|Prof|Rev)\.?[ \t]+(?:(?:[A-Z]\.?|van|von|de|der|den|du|da|del|di|la|le"
                           r"|O|Ni|Ui)[ \t]+){0,3}$")
_TOKEN = compile_rx(r"[^\s,;:()\[\]]+")
_GIVEN_BEFORE = compile_rx(r"(?<![\w'-])([A-Z][a-z]{2,})[ \t]+\Z")  # the word before: a listed given name?
_NAME_LABEL_BEFORE = compile_rx(r"(?i:\b(?:name|patient|pt|baby|infant|newborn|daughter|son|mother|wife)[ \t]*:?)[ \t]*\Z")
_NEXT_WORD = compile_rx(r"[ \t]+([A-Z][a-z'-]+)\b")
_CLINICAL_TEXT = CLINICAL_WORDS | CLINICAL_VOCAB
_EPONYM_WORDS = CLINICAL_VOCAB - CLINICAL_WORDS - CLINICAL_ABBREV  # names of people as well  # a cut span's leftover made only of these goes
_VOWELS = frozenset("AEIOUY")


@lru_cache(maxsize=1 << 15)
def clinical_spelling(word: str) -> bool:
    """True when ``word`` is clinical on its spelling alone (a drug, an abbreviation, a medical
    formation, digits): the context-free part of :func:`is_clinical_token`."""
    return _clinical_word(word)


def is_drug_word(word: str) -> bool:
    """A drug or brand by name alone: the hand-kept list, or a word of 6+ letters of the generated lexicon."""
    k = _key(word)
    return k in DRUG_WORDS or (len(k) >= 6 and k in DRUG_LEXICON)


def _clinical_word(word: str) -> bool:
    """Clinical on its spelling alone (no context): digits, drugs, abbreviations."""
    core = word.strip(".'\"-")
    if not core:
        return False
    if any(c.isdigit() or c == "+" for c in core):
        return True
    k = _key(core).removesuffix("'s").removesuffix("\u2019s")
    if is_drug_word(k) or (
        len(k) >= 7 and core[1:].islower() and (_DRUG_STEM.search(k) or _MEDICAL.search(k))
    ):  # a drug, or a medical word by its formation ("Hyponatraemia", "Hepatology")
        return True
    if _ROMAN.match(core):
        return True
    if core.isupper() and core.isalpha():
        if _HEAD_WORD.fullmatch(k):
            return True  # session 45 (deid tester): "STEVENS-JOHNSON SYNDROME", "RAYNAUD'S PHENOMENON" in capitals
        if k in CLINICAL_ABBREV and k not in ENGLISH_WORDS:
            return True  # "PICC", "CCU"; not "WARD" ("Name: WARD, Andrew")
        if len(core) >= 3 and not (_VOWELS & set(core)):
            return True
    # session 51 (deid tester E): coronary grafts in capitals ("SVG-OM", "LIMA-LAD"); their parts only joined (Lima is a
    # surname and a city)
    return "-" in core and core.replace("-", "").isupper() and all(
        _key(p) in _GRAFT_PARTS or (_key(p) in CLINICAL_ABBREV and _key(p) not in ENGLISH_WORDS) for p in core.split("-") if p)


_GRAFT_PARTS = frozenset(["svg", "lima", "rima", "lad", "lcx", "rca", "om", "om1", "om2", "pda", "plv", "d1", "d2", "ramus"])


_HEAD_WORD = re.compile(r"(?:syndrome|disease|phenomenon|gangrene|palsy|sign|signs|fracture|ulcer|encephalopathy|anaemia|anemia"
                        r"|dementia|aneurysm|sarcoma|lymphoma|thyroiditis|granulomatosis|contracture|criteria|classification"
                        r"|score|scale|triad|ileus|disorder|reflex|manoeuvre|maneuver|solution|lactate)")
_INITIAL_NEXT = compile_rx(r"[ \t]+[A-Z][a-z]")
_PLACE_NEXT = compile_rx(rf"[ \t]{{1,2}}(?:{_PLACE})\b")
_WARD_NEXT = compile_rx(r"[ \t]Ward\b(?![ \t]*(?:\d|[A-Z]\d|round|rounds|clerk|sister|manager|staff|team|nurse|resus|trolley|station|office|phone|desk|kitchen|fridge)\b)"
                        r"(?![ \t]*[,:-]?[ \t]*(?i:bay|bed|room|side[ \t]+room|cubicle)\b)")  # "Victoria Ward, Bay 3"
_WARD_NEXT2 = compile_rx(r"[ \t][A-Z][a-z'\u2019-]+" + _WARD_NEXT.pattern)
# session 39 (final deid tester): "Ward: Jasmine Ward", "attend Elizabeth Ward", "handover Rowan Ward"
_PLACE_LEAD = compile_rx(r"\b(?i:to|on|from|at|in|into|onto|via|the|of|off|for|ward|attend|handover)[ \t]+\Z"
                         r"|\b(?i:ward|location|unit|area|dept|department)[ \t]*:[ \t]*\Z")
# session 53 (deid tester P): an adjective between ("Lambert-Eaton myasthenic syndrome")
_SYNDROME_AFTER = compile_rx(r"(?:-[A-Z][a-z]+)*(?:[ \t]+[a-z]{4,})?[ \t]+(?:syndrome|disease|anomaly|sequence|malformation)\b")
_IRISH_PARTICLES = frozenset(["O", "Ni", "Ui"])  # "\u00d3", "N\u00ed", "U\u00ed" as the recognisers read them
_IRISH_NEXT = compile_rx(r"[ \t]+(?:O|Ni|Ui)[ \t]+[A-Z]")
# session 10 (v29): a brand in brackets right after its generic (and dose), or before its
# generic in brackets: "tacrolimus (Envarsus XR) 6 mg", "ferrous fumarate 200 mg (Ferrograd)"
_GENERIC_BEFORE = compile_rx(
    r"([A-Za-z][A-Za-z-]{3,})(?:[ \t]+\d+(?:\.\d+)?[ \t]*(?:mg|mcg|micrograms?|g|ml|mL|units?|%))?[ \t]*\([ \t]*\Z"
)
_BRAND_CLOSE = compile_rx(r"(?:[ \t]+[A-Z]{2,3})?[ \t]*\)")
_GENERIC_AFTER = compile_rx(r"(?:[ \t]+[A-Z]{2,3})?[ \t]*\([ \t]*([A-Za-z][A-Za-z-]{3,})[ \t]*[)\d]")


@lru_cache(maxsize=4)
def _has_rule_word(text: str) -> bool:
    """Once per text (a str caches its hash, so later calls are a dict hit): a head word of a
    decision rule named for a place ("rules", "criteria", "score")."""
    return "rule" in text or "criteria" in text or "score" in text


def _brand_beside_generic(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a brand: bracketed right after a drug, or right before one in brackets."""
    if _key(text[start:end]) in FIRST_NAMES:
        return False
    before = _GENERIC_BEFORE.search(text, max(0, start - 40), start)
    if before and _key(before.group(1)) in DRUG_WORDS and _BRAND_CLOSE.match(text, end):
        return True  # the brand alone in the brackets ("(Envarsus XR)"), not "(Mary VRIII off)"
    after = _GENERIC_AFTER.match(text, end)
    if not (after and _key(after.group(1)) in DRUG_WORDS):
        return False
    given = _GIVEN_WORD_BEFORE.search(text, max(0, start - 24), start)
    return not (given and _key(given.group(1)) in FIRST_NAMES)  # session 56: "Ryan Sullivan (Medtronic)" is a rep


# a surname and a comma before a given name: all caps, or capitalised opening a line or a list item
_SURNAME_COMMA_TIGHT = compile_rx(r"\b[A-Z][A-Z'\u2019-]{1,},[ \t]?\Z")
_SURNAME_COMMA = compile_rx(r"(?:\b[A-Z][A-Z'\u2019-]{1,}|(?:^|\d[.)][ \t]*)[A-Z][a-z'\u2019-]+),[ \t]\Z", re.MULTILINE)


# session 16 (v46): the parts of a death certificate's cause of death ("Ia aspiration pneumonia; Ib
# cerebrovascular accident"): "Ib" is also a Danish given name
_DEATH_PARTS = frozenset(["Ia", "Ib", "Ic", "Id"])
_CAUSE_OF_DEATH = compile_rx(r"(?i:causes?[ \t]+of[ \t]+death)")
# session 25 (v92): a sibling part next to it ("Ia Sepsis; Ib Perforated diverticulum", "Ia ...\n
# Ib ...\nII ..."): the certificate's layout even where no "cause of death" heading precedes
_DEATH_SIBLING = compile_rx(r"(?<![\w-])(?:I[a-d]|II)(?![\w-])")


_RELATIVE_BEFORE = compile_rx(
    r"\b(?:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|brother|partner|spouse|aunt|uncle|niece"
    r"|nephew|grand(?:mother|father|son|daughter)|sibling"
    r"|sis|bro|dau|dtr|sons|daughters|brothers|sisters)[ \t]+\Z"  # session 51: "sis amal 27 wants testing"
)


# a regimen's letters after a hyphen: two capitals or more in a short run ("-VRd", "-KRd", "-CHOP")
_REGIMEN_AFTER = compile_rx(r"-(?=[A-Za-z]{2,5}\b)(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,5}\b")


def _given_name_here(text: str, start: int, end: int, word: str) -> bool:
    """A listed given name after a name label or before a listed surname."""
    if not (word[:1].isupper() and _key(word) in FIRST_NAMES):
        return False
    if _NAME_LABEL_BEFORE.search(text, max(0, start - 24), start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and _is_name(nxt.group(1))


# session 46 (deid tester I): an examination test named for its author, then its result ("Neer negative, Hawkins
# negative", "Speed's test positive", "Vanderbilt parent and teacher forms"), and a device ("CADD-Solis")
_EXAM_EPONYM = compile_rx(
    r"(?:Neer|Hawkins(?:-Kennedy)?|Speed|Yergason|Lachman|McMurray|Thessaly|Phalen|Tinel|Finkelstein|Spurling|FABER|Faber"
    r"|Trendelenburg|Romberg|Babinski|Hoffmann?|Kernig|Brudzinski|McBurney|Rovsing|Homans?|Apley|Lasegue|Gaenslen|Adson|Obers?"
    # session 52 (deid tester H): eponyms that are common names count only with "test" / "sign" ("Thomas test positive";
    # not "Thomas positive for covid")
    r"|(?:Thomas|Ely|Patrick|Thompson|Simmonds|Froment|Durkan|Galeazzi|Ortolani|Barlow|Murphy)(?=(?:'s|\u2019s)?[ \t]+"
    r"(?:test|sign|manoeuvre|maneuver)\b))"
    r"(?:'s|\u2019s)?[ \t]+(?:(?:test|sign|manoeuvre|maneuver|impingement)[ \t]+)?(?:(?:is|was)[ \t]+)?"
    r"(?:negative|positive|neg|pos|equivocal|[+-]ve|[+-](?![\w]))"
    r"|Vanderbilt[ \t]+(?:(?:ADHD|parent|teacher|assessment|rating|scale|forms?|scores?|and)[ \t]*){1,4}"
    r"|CADD[- ]?(?:Solis|Prizm|Legacy)\b"
    # session 47 (deid tester B): assessments named for a place ("MoCA (Montreal Cognitive Assessment)", "Framingham risk")
    r"|Montreal[ \t]+Cognitive\b|Framingham[ \t]+(?:risk|score|criteria|heart)\b"
)


def is_clinical_token(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (one token) is clinical text in its place."""
    word = text[start:end]
    if word[:1].isupper() and any(m.start() <= start and end <= m.end()
                                  for m in _EXAM_EPONYM.finditer(text, max(0, start - 5), end + 60)):
        return True
    if word in _DEATH_PARTS and (
            _CAUSE_OF_DEATH.search(text, max(0, start - 200), start)
            or any(m.start() != start for m in _DEATH_SIBLING.finditer(text, max(0, start - 120), end + 120))):
        return True
    if len(word) == 2 and word[1] == "." and word[0].isupper() and _INITIAL_NEXT.match(text, end):
        return False  # round 9: an initial before a name ("PCP J. Hill"), not the "J" of joules
    if (word in _IRISH_PARTICLES or (len(word) == 1 and word.isupper() and _IRISH_NEXT.match(text, end))) and (
            _TITLE_BEFORE.search(text, max(0, start - 24), start)):
        return False  # session 21 (v60): "Dr E \u00d3 Murch\u00fa" (read folded: "Dr E O Murchu")
    if "-" in word and word[:1].isupper() and _key(word) in CLINICAL_WORDS and not _TITLE_BEFORE.search(
            text, max(0, start - 20), start):
        return True  # session 53 (deid tester P): a hyphenated eponym of listed names ("Dubin-Johnson", "Lambert-Eaton")
    if word[:1].isupper() and (sp := _SPECIES_AFTER.match(text, end)) is not None and sp.group(1) in _SPECIES:
        return True  # session 53: a genus before its species ("Candida auris", "Listeria monocytogenes")
    if _clinical_word(word):
        # session 37 (US notes tester): "Name: Camila Reyes" (Camila is also a contraceptive brand):
        # a listed given name after a name label or before a listed surname is a name
        return not _given_name_here(text, start, end, word)
    if (word[:1].isupper() and _RELATIVE_BEFORE.search(text, max(0, start - 24), start)
            and (any(_is_name_loose(p) for p in word.split("-")) or not is_known_word(word))):
        return False  # session 21 (v59): "w/ mother Hye-jin 10/30": a relative's name, then a date
    if word[:1].isupper() and _PLACE_NEXT.match(text, end) and _TITLE_BEFORE.search(text, max(0, start - 24), start):
        return False  # session 36 (second tester): "Dr Kiri Ward": a titled given name, then a surname that is a place word
    if (word[:1].isupper() and _WARD_NEXT.match(text, end) and _is_name_loose(word)
            and not _PLACE_LEAD.search(text, max(0, start - 12), start)):
        return False  # session 36: "Mother Mohammed Ward", "(Ama Ward)"; a ward is "to / on Kiri Ward"
    if word[:1].isupper() and _WARD_NEXT2.match(text, end) and _PLACE_LEAD.search(text, max(0, start - 12), start):
        return True  # session 45 (deid tester): "grandad on Mary Seacole Ward" (a ward named for a person)
    if word[:1].isupper() and (_key(word) in _EPONYM_PAIR_WORDS or any(p in _EPONYM_PAIR_WORDS for p in _key(word).split("-"))) and any(
            m.start() <= start and end <= m.end() and (not _PAIR_PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start())
                                                        or _PAIR_HEAD_AFTER.match(text, m.end()) is not None)
            for m in _EPONYM_PAIR.finditer(text, max(0, start - 24), end + 24)):
        return True
    if word[:1].isupper() and any(m.start() <= start and end <= m.end() for m in _PLACE_PAIR.finditer(text, max(0, start - 24), end + 24)):
        return True
    if word[:1].isupper() and _BARE_AFTER.match(text, end) and not (
            (g := _GIVEN_WORD_BEFORE.search(text, max(0, start - 24), start)) and _key(g.group(1)) in FIRST_NAMES):
        return True
    if word[:1].isupper() and _key(word) in _TEST_EPONYMS and _TEST_AFTER.match(text, end) and not _TITLE_BEFORE.search(
            text, max(0, start - 20), start):
        return True  # session 53 (deid tester P): "fixed flexion on the Thomas test", "Hawkins test and Neer sign", "Jobe test weak"
    if word[:1].isupper() and (
        _eponym(text, end)
        or (_has_rule_word(text) and _PLACE_RULE.match(text, end))
        or (
            _WEAK_AFTER.match(text, end)
            and (word.endswith(("'s", "\u2019s", "s'")) or not _is_name(word))
        )  # "Romberg's test", "Lachman test"; not "Sidiq Walker test"
    ):
        return True
    if word[:1].isupper() and _DEVICE_AFTER.match(text, end) and not _TITLE_BEFORE.search(text, max(0, start - 20), start):
        return True
    if word[:1].isupper() and _key(word) in CLINICAL_VOCAB and _VOCAB_RESULT_AFTER.match(text, end):
        return True  # session 40 (deid tester): "Barlow and Ortolani negative", "Mirizzi syndrome" (a listed eponym's result)
    if _key(word) in EPONYM_SCALES and _SCALE_SCORE.match(text, end):
        return True  # session 26 (v102): a scale named for its author, then its score ("Houghton 4/12", "Katz ADL 4/6")
    if _SCALE_HEAD_SCORE.match(text, end) or (_key(word) in _BARE_SCORE_SCALES and _BARE_SCORE.match(text, end)):
        return True  # session 48: "Morse fall scale 55", "Hamilton rating scale score 18", "Morse 45"
    if word[:1].isupper() and _MAKER_BEFORE.search(text, max(0, start - 40), start):
        return True  # session 26 (v102): a model after its maker ("Ottobock Triton", "Invacare Matrx Vi")
    if word == "Jay" and _JAY_PRODUCT.match(text, end):
        return True  # session 26 (v102): the Jay seating range ("Jay J3 cushion", "Jay Easy Visco")
    if word[:1].isupper() and _GAUGE_BEFORE.search(text, max(0, start - 12), start):
        return True  # session 26 (v99): a drain or catheter after its French gauge ("19 Fr Blake", "16 Ch Foley")
    if word == "Vi" and text[max(0, start - 8) : start].lower() in ("typhoid ", " typhim "):
        return True  # session 24 (v82): the typhoid Vi polysaccharide vaccine
    if word[:1].isupper() and _REGIMEN_AFTER.match(text, end):
        return True  # session 24 (v83): a drug written short in a regimen ("Dara-VRd", "Pola-RCHP")
    if "-" in word and word[:1].isupper() and _SYNDROME_AFTER.match(text, end):
        return True  # session 21 (v68): a chain of eponyms before its head noun ("Mayer-Rokitansky-Kuster-Hauser syndrome")
    if "-" in word and word[:1].isupper() and _GRADE_END.match(text, end) and not all(
            _key(p) in FIRST_NAMES for p in word.split("-")):  # session 41: "Marie-Eve B." is a nurse
        return True  # round 9: a double eponym before a grade letter ("Child-Pugh B,")
    if word[:1].isupper() and (
            text.find("(", max(0, start - 2), start) >= 0 or text.find("(", end, end + 6) >= 0) and (
            _brand_beside_generic(text, start, end)):
        return True  # session 10: "ferrous fumarate 200 mg (Ferrograd)", "Envarsus (tacrolimus)"
    if "-" in word and word[:1].isupper() and all(_key(p) in _EPONYM_WORDS for p in word.strip(".,").split("-")):
        return not _TITLE_BEFORE.search(text, max(0, start - 20), start)  # session 10: "LVH by Sokolow-Lyon"
    if word[:1].isupper() and (_GRADE.match(text, end) or _score(text, end)):
        if _SURNAME_COMMA_TIGHT.search(text, max(0, start - 30), start) and word.isupper() and len(word) > 2:
            return False  # session 12 (v37): "KOWALCZYK,OLUWASEUN V" / "WEST, MARY V": a middle initial
        return not _TITLE_BEFORE.search(text, max(0, start - 20), start)
    if word[:1].isalpha() and _VALUE.match(text, end):
        if (word[:1].isupper() and _SURNAME_COMMA.search(text, max(0, start - 30), start)
                and _key(word) in FIRST_NAMES and not _clinical_word(word)):
            return False  # "DOYLE, Geoffrey 74 TKR": a given name and an age, no label and value
        if (_RELATIVE_BEFORE.search(text, max(0, start - 24), start) and not _clinical_word(word)
                and (any(_is_name_loose(p) for p in word.split("-")) or not is_known_word(word))):
            return False  # session 51 (deid tester): "sis amal 27 wants testing" (a relative's name and age)
        if (AGE_OR_SPAN_AFTER.match(text, end) and not _clinical_word(word)
                and (any(_is_name_loose(p) for p in word.split("-")) or not is_known_word(word))):
            return False  # "Adrian 94 - #NOF" (a ward list), "partner Anthony 2 weeks ago"
        if (_AGE_COMMA_AFTER.match(text, end) and word[:1].isupper() and word[1:2].islower() and not _clinical_word(word)
                and (_is_name_loose(word) or not is_known_word(word))
                and _PERSON_BEFORE.search(text, max(0, start - 40), start)):
            return False  # session 40 (deid tester): "Pt: Oluwaseun Bakare 52, post CABG" - a surname, then the age
        given = _GIVEN_BEFORE.search(text, max(0, start - 24), start)
        if (given is not None and word[:1].isupper() and word[1:2].islower() and not is_known_word(word)
                and not _clinical_word(word) and not _clinical_word(given.group(1))
                and (not is_known_word(given.group(1)) or _is_name_loose(given.group(1)))
                and NAME_AGE_OR_DATE_AFTER.match(text, end)):
            return False  # session 52 (deid tester H): "Lerato Mahlangu 16, pregnant" (a name, then the age)
        if (given is not None and _key(given.group(1)) in FIRST_NAMES and word[:1].isupper() and word[1:2].islower()
                and not _clinical_word(word) and (_is_name(word) or not is_known_word(word)
                                                  or (_key(word) in SURNAMES and _key(word) not in _ROOM_WORDS))):
            return False  # session 37 (ingest tester): "Agatha Thistlewood: 10 mg at 18:00", "Mary Jones 2 units"
            # session 40 (deid tester): a listed surname that is also a word ("Ada Smith 95, PO D3")
        if (word[:1].isupper() and word[1:2].islower() and _is_name_loose(word) and not _clinical_word(word)
                and _CLOCK_AFTER.match(text, end) and _PERSON_LINK_BEFORE.search(text, max(0, start - 6), start)):
            return False  # session 40: "Handed over by Guy to Clive 1151": a given name, then the time
        return not _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return False


# after v12: a head before a number label is the label of an identifier ("PC M Smith collar
# no. 1498"), not an eponymous device ("Philadelphia collar")
_NUMBER_LABEL = compile_rx(r"[ \t]*(?:no\b\.?|number\b|#)[ \t]*:?[ \t]*\d")
_COLLAR_NUMBER = compile_rx(r"[ \t]+\d{3,6}\b(?![ \t]*[a-zA-Z%])")  # session 42: "PC Senthil Kumar Arumugam collar 3592"


def _eponym(text: str, end: int) -> bool:
    m = _EPONYM.match(text, end)
    return m is not None and not _NUMBER_LABEL.match(text, m.end()) and not (
        m.group(0).rstrip().lower().endswith("collar") and _COLLAR_NUMBER.match(text, m.end()))


def _score(text: str, end: int) -> bool:
    m = _SCORE.match(text, end)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return a <= b and b in _SCORE_MAX


_ALLERGY = compile_rx(
    r"(?i:\ballerg(?:y|ies|ic to|ens?)\b|\bsensitivit(?:y|ies)\b)"
    # session 26 (v103): not a service or a role ("Allergy Nurse Specialist   Consultant: Dr Patterson")
    r"(?![ \t]+(?i:nurse|clinic|service|specialist|team|department|dept|centre|center|unit|consultant|immunolog|and\b|&|/))"
    # session 53 (deid tester Q: notes typed without punctuation): the list runs to its stop or line's end, 80 characters at
    # most and never over a title ("Allergic to penicillin rash only Skin checked ... Reviewed by Dr Young")
    r"[ \t]*:?(?:(?!\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Nurse|Sister|dr|mr|mrs)\b)[^.\n]){0,80}"
)


def _keep_piece(text: str, s: int, e: int) -> bool:
    """What is left of a cut span stays a name only with a word that is no common English
    word or an unambiguous listed name ("Side" of "Side Room 4" goes), or right after a title
    ("Dr. Lee" of "Dr. Lee PRN", where PRN was cut)."""
    if _TITLE_BEFORE.search(text, max(0, s - 20), s) and text[s:s + 1].isupper():
        # an eponym after a title is a surname ("Dr. Norton"); a clinical word is not
        first = text[s:e].split()[0].strip(".,")
        return _key(first) not in CLINICAL_WORDS and not _clinical_word(first)
    return any(
        (not _common(w) or _is_name(w)) and _key(w) not in _CLINICAL_TEXT
        for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text[s:e])
    )


_DOSE_FORM_BEFORE = compile_rx(r"\b(?:Tab|Tabs|Cap|Caps|Inj|Syp|Syr|Susp|Oint)\.?[ \t]+\Z")


_ELEMENT_LEVEL = compile_rx(r"(?:Li|Mg|Fe|Zn|Cu)[ \t]+levels?\b")


class _TokenMemo(threading.local):
    """Speed (session 35): the piece being scrubbed in this thread and the verdicts of
    :func:`is_clinical_token` on its tokens; the name recognisers overlap, so 58 % of the guard's
    token checks on a note repeat one made before (v111)."""

    text: str | None = None
    verdicts: dict[tuple[int, int], bool] | None = None


_memo = _TokenMemo()


@contextmanager
def token_memo(text: str) -> Iterator[None]:
    """Inside the block, :func:`guard_name_spans` on ``text`` (this very string) judges each token
    once; nothing of the text outlives the block."""
    _memo.text, _memo.verdicts = text, {}
    try:
        yield
    finally:
        _memo.text = _memo.verdicts = None


def _clinical_at(text: str, start: int, end: int) -> bool:
    verdicts = _memo.verdicts if _memo.text is text else None
    if verdicts is None:
        return is_clinical_token(text, start, end)
    key = (start, end)
    found = verdicts.get(key)
    if found is None:
        found = verdicts[key] = is_clinical_token(text, start, end)
    return found


# words that open a speaker's sentence and are never a name on their own
_FUNCTION_WORDS = frozenset((
    "can", "could", "my", "not", "yes", "no", "it", "i", "we", "you", "he", "she", "they", "is", "are", "does", "did",
    "have", "has", "what", "when", "how", "why", "ok", "okay", "so", "just", "please", "sorry", "hi", "hello", "thanks",
    "the", "this", "that", "there", "here", "our", "your", "his", "her", "their", "its", "if", "but", "and", "or", "also",
    "yeah", "um", "er", "erm", "well", "me", "us", "them", "would", "should", "shall", "might", "must", "was", "were", "been",
))


def guard_name_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every clinical token cut out (pieces with no letter dropped); nothing
    inside an allergy list ("Allergies: Latex, Elastoplast") is a name."""
    allergy = [m.span() for m in _ALLERGY.finditer(text)] if "llerg" in text else []
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if any(a <= s and e <= b for a, b in allergy):
            continue
        if _DOSE_FORM_BEFORE.search(text, max(0, s - 8), s):
            continue  # session 11 (v33): a brand after its dose form ("Tab. Glycomet GP 1 mg")
        if text[s:e].lower() in _FUNCTION_WORDS:
            continue  # session 54 (deid tester V): a transcript's "Patient: Can you ring ...", "Patient: ... My sugars"
        if _ELEMENT_LEVEL.match(text, s) and e - s <= 2:
            continue  # session 23 (v80): "Li level 0.2" is lithium (the surname Li is left to other forms)
        pieces: list[tuple[int, int]] = []
        piece_start = piece_end = -1
        cut = False
        for m in _TOKEN.finditer(text, s, e):
            if _clinical_at(text, m.start(), m.end()) and not (
                m.group(0)[:1].isupper() and _key(m.group(0).strip(".,")) in _EPONYM_WORDS
                and not _clinical_word(m.group(0)) and _TITLE_BEFORE.search(text, max(0, m.start() - 20), m.start())
            ):  # "Dr. Norton", "Dr Ward": an eponym or ward word after a title is a surname
                cut = True
                if piece_start >= 0:
                    pieces.append((piece_start, piece_end))
                piece_start = -1
            else:
                if piece_start < 0:
                    piece_start = m.start()
                piece_end = m.end()
        if not cut:
            out.append((s, e))
            continue
        if piece_start >= 0:
            pieces.append((piece_start, piece_end))
        out.extend(p for p in pieces if _keep_piece(text, *p))
    return [(a, b) for a, b in out if any(c.isalpha() for c in text[a:b])]
