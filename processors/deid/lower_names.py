"""Session 7 (from the v19 misses): lower-case names in quick nursing and handover notes.

- after a relation before where they are ("dtr amanda at bedside", "wife sue here");
- after a staff role before what they did ("medical reg jeffrey aware", "fy1 leanne informed");
- a first name signing off after a dash at a line end ("... bed alarm on. -amanda rn",
  "Ph 021 259 5366 -holly"), or opening a line before a comma and a credential or role ("- t.
  schaefer, pharmd", "- achol, icu f/u cnc"; session 23);
- a nickname in quotes in brackets after a name ("Visited Tara ("Peg"), aged 71");
- a first name and a hyphenated surname ("pt anthony johnson-fleming a&ox4", "s: judith
  rees-jenkins, bay 3"); a listed first and last name after "pt" / "mr" ("pt john smith seen").

The word must be a listed first name or no known word (so "dtr at bedside", "-ok", "reg
review aware" stay). Spans are ``(start, end)``; matched on the lower-cased text.
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.names import FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _CLINICAL, _common, is_known_word

__all__ = ["RELATION_WORDS", "lower_name_more_spans"]

_W = r"[a-z][a-z'-]{1,20}"
_RELATIONS = frozenset(
    ["daughter", "dtr", "dau", "son", "wife", "husband", "hus", "sister", "sis", "brother", "bro", "mother", "mum", "mom", "father", "dad", "partner", "niece", "nephew", "grandson", "granddaughter", "carer", "caregiver", "friend", "neighbour", "neighbor", "spouse",
     "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "mother-in-law", "father-in-law",  # session 22 (v70)
     "gf", "bf", "girlfriend", "boyfriend", "fiance", "fiancee",  # session 23 (v77)
     "hubby", "missus", "mam",  # session 25 (v93): "ph call from shane (hubby)"
     "aunty", "auntie", "aunt", "uncle", "nan", "nana", "grandma", "granny", "cousin",  # v97: "aunty kerryn"
     "anak",  # session 26 (v100): Malay "child" ("anak valliammah 016-2051916")
     "mommy", "mummy", "cb"]  # session 26 (v106): "mommy kristine", a call-back name before its number ("cb lorraine 218 986 3075")
)
RELATION_WORDS = _RELATIONS  # shared with the forms that find a name beside a relation

_ROLES = frozenset(
    ["reg", "registrar", "sho", "fy1", "fy2", "ct1", "ct2", "st1", "st2", "st3", "st4", "st5", "st6", "st7", "st8", "spr", "consultant", "nurse", "rn", "cn", "dr", "doctor", "physio", "ot", "pharmacist", "hca", "midwife", "np", "pa", "resident", "intern", "attending", "cons",
     "paramedic", "medic", "emt",  # session 25 (v93): "h@h paramedic sharon on scene"
     "chaplain", "alo", "volunteer", "interpreter", "advocate",  # v97: "chaplain yeng moua notified"
     "coach", "trainer",  # session 26 (v98): "coach dominic aware"
     "coord", "teacher",  # session 26 (v101, v106): "handed over to day coord navdeep", "teacher rowena"
     "sw",  # session 27 (v111): "sw roy chasing la funding"
     "cna", "lpn", "cm", "supervisor", "atty", "attorney", "rev", "tech", "aide", "sitter", "screener", "manager"]
    # session 33 (i2b2-style testers): "by cna luz at 1310", "supervisor denise made aware", "by rn fatima for"
)
_TITLES = frozenset(["pt", "patient", "mr", "mrs", "ms", "miss"])
# a word that follows a name rather than ends it ("supervisor denise made aware"): "Made" is also a
# listed surname, so the lists alone do not tell
_VERB_AFTER_NAME = frozenset(["made", "was", "is", "has", "had", "will", "would", "also", "then", "now", "just", "still"])
# speed: one scan for every lead word (grouped by first letter); each lead's tail is matched
# right after it
_LEAD = by_first_letter(compile_rx(
    r"\b(?:" + "|".join(sorted(_RELATIONS | _ROLES | _TITLES, key=len, reverse=True)) + r")\b"
))
_REL_WHERE = compile_rx(  # after a relation: "dtr amanda at bedside"
    rf"[ \t]+({_W})(?=[ \t]+(?:at|present|visiting|here|staying|by|with|in|on|aware|informed|updated"
    r"|notified|rang|called|phoned|pops|visits|comes)\b|[ \t]+[-\u2013][ \t]"  # session 27 (v106): "mommy kristine - for"
    r"|[ \t]+(?:\+\d{1,3}|\(?0\d{1,4}\)?)[ \t-]?\d"
    r"|[ \t]+\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)"  # session 26: "dtr sandra pops in",
)  # a relation's name before a phone number ("anak gopal 013-1616336")
_REL_BRACKET_LOWER = compile_rx(  # after a relation: "Daughter (cheryl gonzalez)", "mum (gillian, 77)" (v91)
    r"[ \t]*\([ \t]*([a-z][a-z'-]{1,20}(?:[ \t]+[a-z][a-z'-]{1,20})?)[ \t]*(?:,[ \t]*\d{1,3}[ \t]*)?\)"
)
_ROLE_DID = compile_rx(  # after a role: "medical reg jeffrey aware"; v97: a pair ("chaplain yeng moua notified")
    rf"[ \t]+({_W}(?:[ \t]+{_W})?)(?=[ \t]+(?:aware|informed|notified|paged|bleeped|called|reviewed|happy|rang|came"
    r"|gave|administered|witnessed|signed|checked|explained|yarned|sat|stayed"
    r"|says|said|agrees|agreed|updated|to[ \t]+review|will|this|today|tonight|overnight"
    r"|on[ \t]+scene|arrived|attended|visited|en[ \t]+route"
    r"|chasing|chased|arranging|arranged|liaising|contacted|following[ \t]+up"  # session 27 (v111)
    r"|made[ \t]+aware|at[ \t]+\d{3,4}|for[ \t]+(?:acute|sudden|new|a|an|pt)|to[ \t]+(?:see|check|assess|follow))\b)"  # session 33
)
# v23: after a role in a ward-round list, before a slash, a comma or a line end ("wr cons shaun /
# reg josephine ferguson"); a listed first and last name opening a line before a bed ("paula
# jackson bed 14 - day 2")
_ROLE_LIST = compile_rx(rf"[ \t]+({_W}(?:[ \t]+{_W})?)(?=[ \t]*(?:/|,|\)|\(|\n|$))")  # session 22 (v71): "/ fy1 kirsty)";
# session 25 (v92): before a bracket ("verified by rn manjula patel (nmc pin ...)")
_LINE_BED = compile_rx(
    r"^[ \t]*([a-z]{2,15})[ \t]+([a-z]{2,20}(?:-[a-z]{2,20})?)(?=[ \t]+(?:bed|bay|rm|room|sr|side[ \t]?room)[ \t]*\d)",
    re.MULTILINE,
)
# session 8: a listed first and last name after a bed number ("bed 14 john mcallister post lap chole")
_AFTER_BED = compile_rx(
    r"\b(?:bed|bay|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]*[-:,]?[ \t]+([a-z]{2,15}),?[ \t]+"
    r"((?:(?:o|ni|nic|mac|mc|ui|de|van|von|le|la|al|el|bin|binti)[ \t]+)?"  # session 26 (v101): "colm o suilleabhain"
    r"[a-z](?:'[a-z])?[a-z]{1,20}(?:-[a-z]{2,20})?)\b"
)
_TITLED_LOWER = compile_rx(r":?[ \t]+([a-z]{2,15})[ \t]+([a-z](?:'[a-z])?[a-z]{1,20}(?:-[a-z]{2,20})?)\b")  # after pt / mr: "pt john smith"
# a lower-case first name and a credential closing a line after a sentence ("in reach. bryan rn")
_NAME_CRED_END = compile_rx(r"(?<=[.!?])[ \t]+([a-z]{3,12})[ \t]+(?:rn|lpn|lvn|hca|rgn|rm|cna|np)[ \t]*$",
                            re.MULTILINE)
# v25: a lower-case first name before a bracketed grade on a line of its own ("hugh (f1)")
_NAME_GRADE_LINE = compile_rx(
    r"^[ \t]*(?:-{1,2}[ \t]*)?([a-z]{2,15}(?:[ \t][a-z])?)[ \t]*\((?:(?:ent|ed|ae|gen|med|surg|ortho|paeds|obs|gynae|icu)[ \t]+)?"
    r"(?:f1|f2|fy1|fy2|reg|sho|cons|ct1|ct2|st[1-8]|rn|hca|sn|np|pa"
    r"|slt|slp|ot|pt|rd|cns|physio|ata|aa|hcpt|sw|cnm|anp|acp|cm|(?:dc|discharge)[ \t]+coord(?:inator)?)\)"
    r"(?:[ \t]+\+?\(?\d[\d \t()-]{6,16}\d)?[ \t]*$",  # session 26 (v106): "- liji (slt)";
    # session 27 (v105, v111): "eoin (ent sho)", "reshma w (ata)": a specialty before the grade, an initial after
    # the name; "- lupe (dc coord) 07 873 4940": a phone after the role
    re.MULTILINE,
)
_NICKNAME = compile_rx(r"(?<=[A-Za-z])[ \t]*\([ \t]*[\"\u201c']([A-Z][a-z]{1,15})[\"\u201d'][ \t]*\)")
_CRED = r"(?:rn|lpn|lvn|hca|en|rgn|rm|np|cna|ma|atc|lat|dpt|pta|emt|ot|cns|hv|gc|mw|sw|dn|cnm)"  # session 26 (v98, v102): "- sherif atc", "-- moana ot"
_DASH_END = compile_rx(  # the dash first (a literal: fast scan); text before it checked in code
    rf"-[ \t]*({_W}(?:[ \t]+(?!{_CRED}\b)(?:{_W}|[a-z](?=[ \t]+{_CRED}\b)))?)"
    rf"(?:[ \t]+{_CRED})?[ \t]*$", re.MULTILINE
)
# session 51 (deid tester: family-dense notes): a signer in lower case closing the note, on a line of its own or after a
# sentence and a credential ("...next review 15-jan-2022.\nmere ngata", "... 646 271. dimitra papadopoulos hv", "call
# back 0161-496-0219. - thais da silva gc"): two or three words, each a listed name or no known word
_SIGNER_W = r"[^\W\d_][^\W\d_'\u2019-]{1,20}"
_SIGNER_PARTICLES = frozenset(["da", "de", "dos", "das", "del", "van", "von", "bin", "binti", "al", "el", "le", "thi"])
_LAST_SIGNER = compile_rx(
    rf"(?:\n|(?<=[.;])[ \t]+)[ \t]*(?:-[ \t]*)?({_SIGNER_W}(?:[ \t]+(?:{'|'.join(sorted(_SIGNER_PARTICLES))})"
    rf"(?=[ \t]))?(?:[ \t]+(?!{_CRED}\b){_SIGNER_W}){{1,2}})(?:[ \t]+({_CRED}))?[ \t.]*\Z"
)
# session 23 (v76-v80): a signer after a dash opening a line, before a comma and a credential or a
# training grade ("- t. schaefer, pharmd", "- t. olaniyan pgy-2 oto"), or before a comma and a role
# closing the line ("- achol, icu f/u cnc", "- leanne l, clinical hub paramedic"; no common word:
# "- stable, reg")
_LOWER_SIGNER = compile_rx(
    r"^[ \t]*-{1,2}[ \t]*([a-z]\.?[ \t]?[a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?)(?:[ \t]*,[ \t]*|[ \t]+)"  # not "- oramo|rph"
    r"(?i:pharmd|rph|cpht|bpharm|mpharm|pharmacist|pgy-?\d|md|np|pa-c|rn|dds|dmd|aud)\b",
    re.MULTILINE,
)
# session 24 (v88): a lower-case reviewer before a comma and a role ("reviewed by yvonne ibbotson,
# immunology CNS, tel ...")
_BY_LOWER_ROLE = compile_rx(
    r"\b(?:reviewed|seen|checked|signed|written|completed|assessed|prepared)[ \t]+by[ \t]+"
    r"([a-z\u00e0-\u00ff][a-z'\u00e0-\u00ff-]+[ \t]+[a-z\u00e0-\u00ff][a-z'\u00e0-\u00ff-]*(?:[ \t][a-z\u00e0-\u00ff][a-z'\u00e0-\u00ff-]+)?),"
    r"[ \t]*(?:[A-Za-z]+[ \t]+){0,2}(?i:cns|nurse|rn|cnm|physio|dietitian|pharmacist|registrar|reg|consultant|doctor"
    r"|hca|np|ot|slt|sw|specialist|practitioner)\b"
)
# session 24 (v83, v86): a first name and an initial, a comma and a credential or grade
# ("- kiara d, md (fellow)", "- dilhani d, st5 resp", "- rocio t, rrt x6698")
_LOWER_SIGNER_INITIAL = compile_rx(
    r"^[ \t]*-{1,2}[ \t]*([a-z][a-z'-]{2,}[ \t][a-z]),[ \t]*"
    r"(?:pharmd|rph|md|np|pa-c|rn|st\d|rrt|rt|fy\d|ct\d|sho|spr|reg|crc|cra|pgy-?\d|slp|slt|ot|rd|cns)\b",  # v106: "- tatenda c, slp"
    re.MULTILINE,
)
_LOWER_SIGNER_ROLE = compile_rx(  # "- achol, icu f/u cnc": a name, a comma, a role closing the line
    r"^[ \t]*-{1,2}[ \t]*([a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?(?:[ \t][a-z])?),[ \t]*(?:[a-z/0-9-]+[ \t]+){0,3}"
    r"(?:cnc|cns|cnm|rn|np|nurse|physio|ot|slt|sw|msw|lcsw|lmsw|pharmacist|registrar|reg|fellow|resident"
    r"|consultant|paramedic|emt|emt-p|aemt|ecp|medic"
    r"|crc|cra|crn|crp|ccrp|research[ \t]nurse)[ \t]*$",  # session 24 (v81): "- karim e, crc"
    re.MULTILINE,
)
# session 25 (v92): a lower-case pair or two after "collected / released / witnessed by" ("collected by:
# morag milne + kirsty leask"); a valediction line closing a message ("cheers mereana ngata rn");
# a first name before a bracketed role ("- judy (night resident), pager 4872")
_LOWER = r"[a-z\u00e0-\u00ff][a-z'\u00e0-\u00ff-]+"
_BY_LOWER_PAIRS = compile_rx(
    r"\b(?:collected|received|released|witnessed|identified|escorted|accompanied|handed[ \t]+over)[ \t]+by[ \t]*:?[ \t]*"
    rf"({_LOWER})[ \t]+({_LOWER})(?:[ \t]*(?:\+|&|and)[ \t]*({_LOWER})[ \t]+({_LOWER}))?(?=[ \t]*(?:[,;(\n]|$))",
    re.MULTILINE,
)
_VALEDICTION_LOWER = compile_rx(
    rf"^[ \t]*(?:cheers|thanks|thx|ta|regards|many[ \t]+thanks)[ \t]*,?[ \t]+({_LOWER})(?:[ \t]+({_LOWER}))?"
    r"(?:[ \t]*,?[ \t]*(?:rn|rgn|rmn|hca|en|np|cnm|rm|apt|cn))?[ \t]*$",
    re.MULTILINE,
)
# session 25 (v93): the nurse in charge in brackets ("handed to day team (beata, nic)"); a chat line's
# author after its time ("0325 glenda mcallister rn: hi dr haskins")
_BRACKET_NIC = compile_rx(rf"\(({_LOWER}),[ \t]*(?:nic|nurse[ \t]+in[ \t]+charge|in[ \t]+charge|cn|rn|cnm|sister)\)")
_TIMED_AUTHOR = compile_rx(
    rf"^[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d[ \t]+({_LOWER})(?:[ \t]+({_LOWER}))?[ \t]+(?:rn|md|np|do|pa|rph|cn|cnm|hca|reg|fy1|fy2|sho)[ \t]*:",
    re.MULTILINE,
)
# session 25 (v91): a lower-case pair before a comma and a nursing credential ("will review tmrw.
# anthony doyle, rnld, bleep 8661"); a lower-case pair filling a staff field ("key worker: ngozi
# nwachukwu", "staff: xiomara quintanilla")
_PAIR_CRED = compile_rx(
    rf"(?<![\w'-])({_LOWER})[ \t]+({_LOWER}),[ \t]*(?:[a-z]+[ \t]+){{0,2}}(?:rnld|rnmh|rmn|rgn|rn|cnm|cns|np|lpn|lvn|hca|slt|ot|physio)\b"
)  # v90: "nasima uddin, burns cns, ext 4156"
# a lower-case surname after a title before a bracketed grade ("dw mr jukes (cons)")
_TITLED_GRADE = compile_rx(
    rf"\b(?:mr|mrs|ms|miss|dr)[ \t]+({_LOWER})[ \t]*\((?:cons|consultant|reg|registrar|sho|fy1|fy2|spr|fellow)\)"
)
_STAFF_FIELD_LOWER = compile_rx(
    rf"\b(?i:key[ \t]?worker|support[ \t]+worker|staff|carer|named[ \t]+nurse|care[ \t]+coordinator|keyworker)[ \t]*:[ \t]*"
    rf"({_LOWER})[ \t]+({_LOWER})(?=[ \t]*(?:[,;(\n]|$))",
    re.MULTILINE,
)
_NAME_ROLE_BRACKET = compile_rx(
    rf"(?<![\w'-])({_LOWER})[ \t]*\((?:(?:night|day|on-?call|ward|senior|junior|medical|surgical|admitting)[ \t]+)?"
    r"(?:resident|intern|registrar|reg|sho|fellow|attending|hospitalist|house[ \t]+officer|ho"
    r"|hca|hcsw|rn|sn|en|cn|nic|chaplain|volunteer|interpreter|porter)\)"  # v97: "w/ pt + shazia (hca)"
)
# session 25 (v97): a vigil or visiting log's sitter after a date and a time range ("7/5 2200-0000 arlen:
# pt resting"); a witness or referrer in lower case ("witness shazia younis", "ref by jericho rn")
_SHIFT_AUTHOR = compile_rx(
    rf"^[ \t]*\d{{1,2}}/\d{{1,2}}[ \t]+\d{{4}}[ \t]*-[ \t]*\d{{4}}[ \t]+({_LOWER})[ \t]*:", re.MULTILINE
)
_WITNESS_LOWER = compile_rx(
    rf"\b(?:witness(?:ed)?(?:[ \t]+by)?|checked[ \t]+w/|w/[ \t]+pt[ \t]+\+"
    # session 27 (v105): a companion at the end of a clause ("came w/ gemma")
    rf"|(?:came|comes|attended|attends|accompanied)[ \t]+(?:w/|with|by))[ \t]*:?[ \t]+({_LOWER})(?:[ \t]+({_LOWER}))?(?=[ \t]*(?:[,;(\n]|$))",
    re.MULTILINE,
)
_BY_NAME_CRED = compile_rx(rf"\b(?:ref|referred|seen|called|reviewed)[ \t]+by[ \t]+({_LOWER})[ \t]+(?:rn|hca|np|sw|ot|alo|cn)\b")


def _lower_pair(first: str, last: str) -> bool:
    """A lower-case first name and surname: a listed (or unknown) first name, a surname piece,
    neither a common word ("morag milne", "mereana ngata")."""
    return (_first_name(first) and not _common(first) and _surname_piece(last.split("-")[0])
            and not _common(last.split("-")[0]))


def _pair_or_first(text: str, m: re.Match[str], i: int = 1) -> tuple[int, int] | None:
    """Groups ``i`` (a first name) and ``i + 1`` (a surname, optional) of a lower-case name form, as
    one span when they read as a name."""
    first, last = m.group(i), m.group(i + 1)
    if not first or not text[m.start(i)].islower():
        return None
    if last is None:
        return m.span(i) if _first_name(first) and not _common(first) else None
    return (m.start(i), m.end(i + 1)) if _lower_pair(first, last) else None


# session 26 (v100): a chat export's speaker after the message's time ("[11:50] latoya boykin (wocn): hi",
# "09:27 - che puteh (sn): new referral", "10:13 - dr mat isa: ok noted"), a message's recipient after an
# arrow ("09:18 dn -> maxine: kia ora maxine"), a greeting's name ("kia ora maxine,"), a Malay or Tamil
# patronymic ("devaki a/p ramasamy", "zaiton binti ibrahim"); v101: the registrar in a handover's
# heading ("(reg: ionut)")
_CHAT_SPEAKER = compile_rx(
    r"^[ \t]*(?:\[(?=[^\]\n]*\d[:.]\d)[^\]\n]{4,26}\][ \t]*|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]m)?[ \t]*[-\u2013][ \t]*)"
    rf"(?:(?:dr\.?|teacher|nurse|sister|coach|mommy|mummy|mum|dad)[ \t]+)?({_LOWER}(?:[ \t]+{_LOWER}){{0,2}})(?:[ \t]*\([a-z0-9 /]{{1,12}}\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_REG_BRACKET = compile_rx(rf"\((?:reg|sho|cons|fy1|fy2|nic|nurse[ \t]in[ \t]charge|coord)[ \t]*:[ \t]*({_LOWER})\)"
                          rf"|\b(?:rn|nurse|slt|ot|pt|rt)[ \t]*\(({_LOWER})\)")  # v106: "lungs clear per rn (liji)"
_CHAT_RECIPIENT = compile_rx(rf"(?:->|\u2192)[ \t]*({_LOWER})[ \t]*:[ \t]")
_GREETING_LOWER = compile_rx(rf"\b(?:hi|hiya|hello|hey|kia[ \t]ora|morena|dear|thanks|thank[ \t]you|cheers)[ \t]+({_LOWER})[ \t]*[,!]")
_PATRONYMIC_LOWER = compile_rx(
    rf"(?<![\w'-])({_LOWER}(?:[ \t]+{_LOWER})?[ \t]+(?:a/[pl]|binti|binte|bin|bte|bt|s/o|d/o)[ \t]+{_LOWER}(?:[ \t]+{_LOWER})?)"
    r"(?=[ \t]*(?:[,.;(\n]|$))"
)


def _speaker(words: str) -> bool:
    """A chat speaker: no clinical, relation or role word, and one word a listed name or no English word."""
    ws = words.split()
    return not any(_key(w) in _CLINICAL or w in _RELATIONS or w in _ROLES for w in ws) and any(
        _key(w) in FIRST_NAMES or _key(w) in SURNAMES or not is_known_word(w) for w in ws)


def _chat_forms(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if ":" in text:
        out.extend(m.span(1) for rx in (_CHAT_SPEAKER, _CHAT_RECIPIENT) for m in rx.finditer(text)
                   if text[m.start(1)].islower() and _speaker(m.group(1)))
    if "(" in text:
        for m in _REG_BRACKET.finditer(text):
            g = 1 if m.group(1) is not None else 2
            if text[m.start(g)].islower() and (_speaker(m.group(g)) or (
                    _key(m.group(g)) not in _CLINICAL and not _common(m.group(g)))):
                out.append(m.span(g))
    out.extend(m.span(1) for m in _GREETING_LOWER.finditer(text)
               if text[m.start(1)].islower() and _first_name(m.group(1)) and not _common(m.group(1)))
    if "/" in text or " bin" in text or " bt" in text:
        for m in _PATRONYMIC_LOWER.finditer(text):
            start = m.start(1)
            lead = m.group(1).split()[0]
            if lead in _TITLES or _key(lead) in _CLINICAL:  # "pt devaki a/p ramasamy": the name after "pt"
                start = text.index(m.group(1).split()[1], start + len(lead))
            words = [w for w in text[start:m.end(1)].split() if "/" not in w and w not in ("binti", "binte", "bin", "bte", "bt")]
            if text[start].islower() and _speaker(" ".join(words)):
                out.append((start, m.end(1)))
    return out


# session 27 (v111): a lower-case name before its relation in brackets ("ph call to olive (daughter) 027 ..."),
# a call returned or a message received ("rang olive back", "txt from frank:")
_LOWER_NAME_REL = compile_rx(
    rf"(?<![\w'-])({_LOWER})[ \t]*\((?:daughter|son|wife|husband|partner|sister|brother|mother|father|mum|dad"
    r"|niece|nephew|neighbou?r|friend|carer|granddaughter|grandson|nok|poa|epoa|lpa)\)"
)
_LOWER_CALL_BACK = compile_rx(
    rf"\b(?:rang|called|phoned|rung)[ \t]+({_LOWER})[ \t]+back\b"
    rf"|\b(?:txt|text|sms|msg|message|email|e-mail|call|voicemail|vm)[ \t]+from[ \t]+({_LOWER})(?=[ \t]*(?:[:,;(]|$))",
    re.MULTILINE,
)


# session 27 (v105, v106): a lower-case name typed before its date of birth in a message ("tessa corbett
# 20/11/1930.", "ariel h. tumulak, January 24, 2021,")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PAIR_BEFORE_DOB = compile_rx(
    rf"(?<![\w'-])({_LOWER})(?:[ \t]+[a-z]\.)?[ \t]+({_LOWER}),?[ \t]+"
    rf"(?=(?:\d{{1,2}}/\d{{1,2}}/(?:19|20|21)\d{{2}}|(?i:{_MONTH_WORD})[ \t]+\d{{1,2}},?[ \t]+(?:19|20|21)\d{{2}}"
    rf"|\d{{1,2}}[ \t]+(?i:{_MONTH_WORD})[ \t]+(?:19|20|21)\d{{2}})\b)"
)


def _lower_forms_s25(text: str, low: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int] | None] = []
    if " by" in low:
        found.extend(_pair_or_first(text, m, i) for m in _BY_LOWER_PAIRS.finditer(text) for i in (1, 3))
    if "ch" in low or "th" in low or "ta" in low or "reg" in low:
        found.extend(_pair_or_first(text, m) for m in _VALEDICTION_LOWER.finditer(text))
    if "(" in text:
        found.extend(m.span(1) for rx in (_NAME_ROLE_BRACKET, _BRACKET_NIC) for m in rx.finditer(text)
                     if text[m.start(1)].islower() and _first_name(m.group(1)) and not _common(m.group(1)))
        found.extend(m.span(1) for m in _TITLED_GRADE.finditer(text)
                     if text[m.start(1)].islower() and _key(m.group(1)) not in _CLINICAL and not _common(m.group(1)))
    if "," in text:
        found.extend(_pair_or_first(text, m) for m in _PAIR_CRED.finditer(text))
    if "-" in text and ":" in text:
        found.extend(m.span(1) for m in _SHIFT_AUTHOR.finditer(text)
                     if text[m.start(1)].islower() and _first_name(m.group(1)) and not _common(m.group(1)))
    if "witness" in low or "w/" in low or "came" in low or "attend" in low or "accompan" in low:
        found.extend(_pair_or_first(text, m) for m in _WITNESS_LOWER.finditer(text))
    if " by " in low:
        found.extend(m.span(1) for m in _BY_NAME_CRED.finditer(text)
                     if text[m.start(1)].islower() and _first_name(m.group(1)) and not _common(m.group(1)))
    if ":" in text:
        found.extend(_pair_or_first(text, m) for rx in (_STAFF_FIELD_LOWER, _TIMED_AUTHOR) for m in rx.finditer(text))
    if "(" in text:
        found.extend(m.span(1) for m in _LOWER_NAME_REL.finditer(text)
                     if text[m.start(1)].islower() and _first_name(m.group(1)) and m.group(1) not in _NOT_SIGNOFF)
    if "back" in low or "from" in low:
        for m in _LOWER_CALL_BACK.finditer(text):
            g = 1 if m.group(1) else 2
            if text[m.start(g)].islower() and _key(m.group(g)) in FIRST_NAMES and _key(m.group(g)) not in _CLINICAL:
                found.append(m.span(g))
    if "/19" in text or "/20" in text or " 19" in text or " 20" in text:
        found.extend((m.start(1), m.end(2)) for m in _PAIR_BEFORE_DOB.finditer(text)
                     if text[m.start(1)].islower() and _lower_pair(m.group(1), m.group(2)))
    return [f for f in found if f is not None]


# the hyphen first (a literal: fast scan), the two words around it matched backwards
_HYPHEN = compile_rx(r"-(?=[a-z]{2,15}\b)")
_BEFORE_HYPHEN = compile_rx(r"(?<![\w-])([a-z]{2,15})[ \t]+([a-z]{2,15})\Z")
_AFTER_HYPHEN = compile_rx(r"[a-z]{2,15}\b")
_NOT_SIGNOFF = frozenset(["ok", "done", "see", "nil", "none", "thanks", "thx", "cheers", "ta", "end",
                          "tbc", "prn", "stat", "noted", "pending", "same", "ditto"])


def _text_before(text: str, dash: int) -> bool:
    """Blanks then something other than a line start before the dash ("on. -amanda")."""
    j = dash - 1
    if j < 0 or text[j] not in " \t":
        return False
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] != "\n"


def _last_signoff(text: str, dash: int) -> bool:
    """Session 26 (v98): the dash opens the text's last line, and the line before is no list item
    ("told mum ..., coach aware\n- tyrone"): a sign-off, not the last item of a list."""
    if text[dash + 1 :].strip().count("\n"):
        return False
    before = text[:dash].rstrip(" \t-").rstrip()  # "-- trevor": a double dash
    prev = before[before.rfind("\n") + 1 :].lstrip()
    return bool(prev) and not prev.startswith(("-", "*", "\u2022"))


def _first_name(word: str) -> bool:
    k = _key(word)
    return k not in _CLINICAL and (k in FIRST_NAMES or not is_known_word(word))


def _surname_piece(piece: str) -> bool:
    k = _key(piece)
    return k not in _CLINICAL and (k in SURNAMES or not is_known_word(piece))


def _role_listed(words: str) -> bool:
    """A first name, and a surname when there are two words ("shaun", "josephine ferguson")."""
    parts = words.split()
    if parts[0] in _NOT_SIGNOFF:
        return False
    if len(parts) == 1:  # a first name or a listed surname ("cons singh / fy1 hall")
        lead = parts[0].split("-")[0]
        return _first_name(lead) or (_key(lead) in SURNAMES and _key(lead) not in _CLINICAL)
    return _first_name(parts[0]) and _surname_piece(parts[1].split("-")[0])


def _listed_pair(first: str, last: str) -> bool:
    """A listed first name and a listed surname (pieces of a hyphenated one), none clinical."""
    pieces = last.split("-")
    return (_key(first) in FIRST_NAMES and _key(first) not in _CLINICAL and not _common(first)
            and _key(pieces[0]) in SURNAMES and not any(_key(p) in _CLINICAL for p in pieces))


def _first_and_surname(first: str, last: str) -> bool:
    """A listed first name and a surname that is listed or no known word ("john mcallister",
    "fatima el-amin", "declan o'connor"), no part of it clinical."""
    pieces = [p for p in last.replace("'", "-").split("-") if p]
    return (_key(first) in FIRST_NAMES and _key(first) not in _CLINICAL
            and any(len(p) > 2 and _surname_piece(p) and not _common(p) for p in pieces)
            and not any(_key(p) in _CLINICAL for p in pieces))


# the end of a name field: a comma, or an age over 89 with the sex ("pt darlene puckett 100f mrn ...")
# session 35 (second tester): any age with the sex ends one too ("pt mark brown 71m bed 4")
_PAIR_END = compile_rx(r",|[ \t]+(?:\d{1,2}|1[01]\d)[ \t]?(?:[mf]|yo|y/o|yrs?)\b")


# session 35 (second tester): a listed first name and a surname opening a clause before a call verb
# ("quick note - frank white called from 555-...")
_NAME_CALLED = compile_rx(
    r"(?:^|(?<=[-:;.][ \t])|(?<=\n))[ \t]*([a-z]{2,15})[ \t]+([a-z][a-z'-]{1,20})[ \t]+"
    r"(?:called|rang|phoned|emailed|texted|messaged|visited|asked|wants|says|said)\b",
    re.MULTILINE,
)


# session 9 (v27): a lower-case hyphenated surname alone after "pt" ("pt williams-martin, bed 4")
_PT_HYPHENATED = compile_rx(r"\b(?:pt|patient)[ \t]+([a-z]{2,15}-[a-z]{2,15})\b(?!-)")


def _pt_hyphenated(text: str, low: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _PT_HYPHENATED.finditer(low):
        pieces = m.group(1).split("-")
        if (all(_surname_piece(p) and not _common(p) or _key(p) in SURNAMES and _key(p) not in _CLINICAL
                for p in pieces)
                and any(_key(p) in SURNAMES for p in pieces)):
            out.append(m.span(1))
    return out


def _last_signer(text: str) -> list[tuple[int, int]]:
    m = _LAST_SIGNER.search(text, max(0, len(text) - 60))
    if m is None or not m.group(1).islower():
        return []
    words = m.group(1).split()
    named = [w for w in words if _key(w) not in _SIGNER_PARTICLES]
    if all(_first_name(w) or _surname_piece(w) for w in named) and any(not is_known_word(w) for w in named) and not any(
            _key(w) in _CLINICAL or _key(w) in _NOT_SIGNOFF for w in words):
        return [m.span(1)]
    return []



def lower_name_more_spans(text: str, low: str) -> list[tuple[int, int]]:
    """NAME spans of the lower-case forms above (``low``: the lower-cased text)."""
    out: list[tuple[int, int]] = _pt_hyphenated(text, low) if "-" in low else []
    out.extend(_last_signer(text))
    out.extend(_lower_forms_s25(text, low))
    out.extend(_chat_forms(text))  # session 26 (v100)
    for lead in _LEAD.finditer(low):
        word, at = lead.group(0), lead.end()
        tails = []
        if word in _RELATIONS:
            tails.append(_REL_WHERE.match(low, at))
            if "(" in low[at:at + 3]:
                bracket = _REL_BRACKET_LOWER.match(low, at)
                if bracket is not None and _key(bracket.group(1).split()[0]) not in _CLINICAL and not _common(
                        bracket.group(1).split()[0]):
                    out.append(bracket.span(1))  # session 26 (v98): "dad (tuan) called": any uncommon word
                else:
                    tails.append(bracket)
        if word in _ROLES:
            tails.append(_ROLE_DID.match(low, at))
            r = _ROLE_LIST.match(low, at)
            if r is not None and text[r.start(1)].islower() and _role_listed(r.group(1)):
                out.append(r.span(1))
        for m in tails:
            if m is not None:
                s, e = m.span(1)
                parts = m.group(1).split()
                if len(parts) == 2 and parts[1] in _VERB_AFTER_NAME:
                    e = s + len(parts[0])  # session 33: "supervisor denise made aware" (not "denise made")
                if text[s].islower() and _first_name(parts[0]):
                    out.append((s, e))
        t = _TITLED_LOWER.match(low, at) if word in _TITLES else None
        if t is not None and text[t.start(1)].islower() and text[t.start(2)].islower():
            kf, kl = _key(t.group(1)), _key(t.group(2).split("-")[0])
            if (kf in FIRST_NAMES and kl in SURNAMES and kf not in _CLINICAL
                    and not any(_key(p) in _CLINICAL for p in t.group(2).split("-"))
                    and not _common(t.group(1))) or ("'" in t.group(2) and _first_and_surname(*t.groups())) or (
                    _PAIR_END.match(low, t.end(2)) and _first_name(t.group(1)) and _surname_piece(t.group(2))):
                out.append((t.start(1), t.end(2)))  # "pt john smith seen"; session 23 (v76, v80): an
                # unlisted surname where the pair closes a field ("pt jamal whitfield, 92m", "... 100f mrn")
    if "bed" in low or "bay" in low or "room" in low or " rm" in low or " sr" in low:
        for m in _LINE_BED.finditer(text):
            if _listed_pair(m.group(1), m.group(2)):
                out.append((m.start(1), m.end(2)))
        for m in _AFTER_BED.finditer(text):
            if text[m.start(1)].islower() and (
                    _first_and_surname(m.group(1), m.group(2))  # "bed 14 john mcallister"
                    # session 35: a listed first name and a name word before an age and sex ("bay 2 - ruby may 92f")
                    or (_PAIR_END.match(text, m.end(2)) and text[m.end(2):m.end(2) + 1] != ","
                        and _first_name(m.group(1)) and _key(m.group(1)) in FIRST_NAMES
                        and (_surname_piece(m.group(2)) or _key(m.group(2)) in FIRST_NAMES))
                    or ("," in text[m.end(1):m.start(2)] and _first_and_surname(m.group(2), m.group(1)))):
                out.append((m.start(1), m.end(2)))  # session 22 (v73): "bed 12 haverkamp, sheryl 74f"
    if "(" in text:
        out.extend(m.span(1) for m in _NAME_GRADE_LINE.finditer(text) if _first_name(m.group(1).split()[0]))
    if '("' in text or "(\u201c" in text or "('" in text:
        out.extend(m.span(1) for m in _NICKNAME.finditer(text))
    for m in _NAME_CALLED.finditer(text):
        if _key(m.group(1)) in FIRST_NAMES and _first_name(m.group(1)) and (
                _key(m.group(2).split("-")[0]) in SURNAMES and _key(m.group(2)) not in _CLINICAL):
            out.append((m.start(1), m.end(2)))
    if " by " in low:
        for m in _BY_LOWER_ROLE.finditer(text):
            words = m.group(1).split()
            if _first_name(words[0]) and not _common(words[0]) and not any(_key(w) in _CLINICAL for w in words[1:]):
                out.append(m.span(1))
    for m in _NAME_CRED_END.finditer(text) if " rn" in low or " hca" in low or " lpn" in low else ():
        if _first_name(m.group(1)):
            out.append(m.span(1))
    if "-" in text:
        out.extend(m.span(1) for m in _LOWER_SIGNER.finditer(text))
        out.extend(m.span(1) for m in _LOWER_SIGNER_INITIAL.finditer(text) if _first_name(m.group(1).split()[0]))
        out.extend(m.span(1) for m in _LOWER_SIGNER_ROLE.finditer(text)
                   if not any(_common(w) for w in m.group(1).split() if len(w) > 1))
        for m in _DASH_END.finditer(low):
            s, e = m.span(1)
            w = m.group(1)
            # after text on the same line: a dash opening a line is a list item ("pmh:\n- htn")
            if not _text_before(text, m.start()) and m.group(0).rstrip().endswith(w) and not _last_signoff(text, m.start()):
                continue  # a list item ("pmh:\n- htn"), unless a credential follows ("- john rn")
            first = w.split()[0]
            second = w.split()[1] if " " in w else ""
            if any(c.isupper() for c in text[s:e]):
                continue  # session 57 (deid tester B): "Subject: ... - hyperK" (a word in mixed case is no lower-case name)
            if text[s].islower() and first not in _NOT_SIGNOFF and _first_name(first) and (
                    not second or len(second) == 1
                    # session 25: not a listed given name before a common word ("- comfort care")
                    or (_surname_piece(second) and (_key(second) in SURNAMES or not _common(second)))
                    or (_key(first) in FIRST_NAMES and not _common(second))):
                out.append((s, e))
        for h in _HYPHEN.finditer(text):
            b = _BEFORE_HYPHEN.search(text, max(0, h.start() - 34), h.start())
            a = _AFTER_HYPHEN.match(text, h.end())
            if b is None or a is None:
                continue
            first, last = b.group(1), f"{b.group(2)}-{a.group(0)}"
            pieces = last.split("-")
            if (_key(first) in FIRST_NAMES and _key(first) not in _CLINICAL
                    and any(_surname_piece(p) for p in pieces)
                    and not any(_key(p) in _CLINICAL for p in pieces)
                    and not all(_common(p) for p in pieces)):  # "martin-klein": one piece rare
                out.append((b.start(1), a.end()))
    return out
