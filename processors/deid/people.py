"""Round 11: names by layout classes that real notes use, whatever the template.

- a nickname in quotes or brackets between a given name and a surname ('Harold "Hal"
  Hughes-Garner', "Katherine (Kit) Tran");
- surname particles after a given name or a title ("Irina dela Paz", "Pedro de los Santos",
  "Dr. Emeka ap Rhys", "Dr. binte Osman", "Dr O Lochnain");
- "X D/O Y", "X s/o Y" (Singapore "daughter / son of") after a name label;
- a person after a role that earlier rounds did not list: home aides, room-mates,
  caregivers, doulas, FOB, HCP, PCP, RPh, MA, "Agent:", "Policy holder:", "Employee:",
  "Treatment supporter:", "to be named"; lower-case listed first names after the household
  roles ("private aide jamie", "roommate shane").

NAME spans go through the clinical-token guard like every text recogniser's.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, CLINICAL_WORDS, FIRST_NAMES
from processors.deid.unknown import DRUG_LEXICON, is_known_word

__all__ = ["people_spans", "role_person_spans", "signed_name_spans"]

_CAP = r"(?:[A-Z]')?[A-Z][a-z][\w'\u2019-]*"
_PARTICLE = (
    r"(?:dela|de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|da|das|dos|do|van[ \t]+der|van[ \t]+den|van"
    r"|von|ap|binti|binte|bint|bin|al|el|ter|ten|du|di|le|la|Mac[ \t]+an|Nic|Ni|N\u00ed|U\u00ed|\u00d3)"
)
_NICKNAME = compile_rx(
    rf"\b({_CAP})[ \t]+[\"\u201c(]{_CAP}[\"\u201d)][ \t]+(?:[A-Z]\.[ \t]+)?"
    rf"((?:{_PARTICLE}[ \t]+)?{_CAP})(?:[ \t]+({_CAP}))?"
)
# cheap first tests (a literal or a small character class first): a quoted nickname, a particle
_NICKNAME_HINT = compile_rx(r"[\"\u201c(][A-Z][a-z'-]*[\"\u201d)][ \t]")
# a particle and the capitalised surname after it, then a title or given name before it
_PARTICLE_FIND = compile_rx(rf"[ \t](?:{_PARTICLE}|O)[ \t]+[hnt]?[A-Z\u00c0-\u00de][\w'\u2019-]+")
_BEFORE_PARTICLE = compile_rx(
    rf"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?(?:[ \t]+{_CAP})?|\b({_CAP}))\Z"
)
_DAUGHTER_OF = compile_rx(
    r"\b(?i:name|patient|pt)[ \t]*:[ \t]*"
    r"([A-Za-z][A-Za-z'-]+(?:[ \t]+[A-Za-z][A-Za-z'-]+)?[ \t]+[DSWdsw]/[Oo][ \t]+"
    r"[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+)?)"
)
# a patronymic anywhere: "son Rajesh s/o Kumar", "Priya D/O Raman" (both names, neither a word)
_PATRONYMIC = compile_rx(r"\b([A-Z][a-z]+)[ \t]+[SDsd]/[Oo][ \t]+([A-Z][a-z]+)\b")
_ROLE_NAME = rf"[ \t]((?:{_CAP}|[A-Z]\.)(?:[ \t]+(?:{_CAP}|[A-Z]\.?(?![\w&/]))){{0,2}})"
# (first test, role pattern): a role's pattern runs only when its first test is in the text, and
# opens with the role word (a literal first: a fast scan); the word start is checked after
_ROLES: tuple[tuple[str, str], ...] = (
    ("ide", r"[Aa]ide"), ("oommate", r"[Rr]oom-?mate"), ("ousemate", r"[Hh]ousemate"),
    ("latmate", r"[Ff]latmate"), ("aregiver", r"[Cc]aregiver"), ("aretaker", r"[Cc]aretaker"),
    ("oula", r"[Dd]oula"), ("FOB", "FOB"), ("HCP", "HCP|HCPOA"), ("RPh", "RPh"), ("PCP", "PCP"),
    ("MA ", "MA|CMA"), ("LPN", "LPN"), ("NNP", "NNP"), ("CNM", "CNM"), ("CRNA", "CRNA"),
    ("itter", r"[Ss]itter"), ("friend", r"[Bb]oyfriend|[Gg]irlfriend"), ("ianc", "[Ff]ianc\u00e9e?"),
    ("uarantor", r"[Gg]uarantor"), ("tep", r"[Ss]tep(?:son|daughter|mother|father)"),
    ("older:", r"(?:[Pp]olicy|[Cc]ard)[ \t]?[Hh]older:"), ("mployee:", r"[Ee]mployee:"),
    ("ubscriber:", r"[Ss]ubscriber:"), ("gent:", r"[Aa]gent:"),
    ("upporter:", r"[Tt]reatment [Ss]upporter:"), ("ontact:", r"(?:[Ss]upport|[Ee]mergency) [Cc]ontact:"),
    (" named", r"(?:to be|was|is) named"),
)  # fmt: skip
_ROLE_RX = tuple((hint, compile_rx(f"(?:{role}){_ROLE_NAME}")) for hint, role in _ROLES)
_PARTICLE_HINTS = (" de ", " del ", " dela ", " da ", " das ", " dos ", " do ", " van ", " von ",
                   " ap ", " bin ", " binte ", " binti ", " bint ", " al ", " el ", " ter ", " ten ",
                   " du ", " di ", " le ", " la ", " Mac an ", " Nic ", " Ni ", " O ", " \u00d3 ",
                   " N\u00ed ", " U\u00ed ")  # fmt: skip
_HOUSEHOLD_LOWER = compile_rx(
    r"(?:aide|room-?mate|housemate|flatmate|caregiver|caretaker|sitter|boyfriend|girlfriend)"
    r"[ \t]+([a-z]{2,15})\b(?![ \t]*[a-z]*\()"
)
_NOT_LOWER = frozenset(
    ["and", "or", "is", "was", "has", "had", "will", "who", "which", "that", "the", "a", "an", "to", "at", "for", "from", "with", "in", "on", "of", "by", "present", "here", "there", "today", "visits", "visited", "called", "came", "comes", "helps", "stays", "lives", "works", "daily"]
)


def _clinical(word: str) -> bool:
    low = word.lower()
    return (
        low in DRUG_LEXICON or low in CLINICAL_WORDS or low in CLINICAL_VOCAB
        or word.lower() in CLINICAL_ABBREV
    )  # fmt: skip


def people_spans(text: str) -> list[tuple[int, int]]:
    """Round-11 NAME spans of ``text`` (before the clinical-token guard)."""
    out: list[tuple[int, int]] = []
    if _NICKNAME_HINT.search(text):
        for m in _NICKNAME.finditer(text):
            end = m.end(2)
            if m.group(3) and not is_known_word(m.group(3)) and not _clinical(m.group(3)):
                end = m.end(3)  # "Virginia "Ginny" Araujo Coll"
            if not _clinical(m.group(1)):
                out.append((m.start(), end))
    for m in _PARTICLE_FIND.finditer(text) if any(h in text for h in _PARTICLE_HINTS) else ():
        b = _BEFORE_PARTICLE.search(text, max(0, m.start() - 40), m.start())
        if b and (b.group(1) is None or (not is_known_word(b.group(1)) and not _clinical(b.group(1)))):
            out.append((b.start(), m.end()))
    if "/O " in text or "/o " in text:
        out.extend(m.span(1) for m in _DAUGHTER_OF.finditer(text))
        for m in _PATRONYMIC.finditer(text):
            if not any(_clinical(w) or is_known_word(w) and w not in FIRST_NAMES for w in m.groups()):
                out.append(m.span())
    return out


def role_person_spans(text: str) -> list[tuple[int, int]]:
    """Names after a household or role word: a strong context, so a number after the name is
    no clinical label ("private aide Brandi 6 hrs/day"); drugs and clinical words are cut
    here instead of by the guard."""
    out: list[tuple[int, int]] = []
    matches = [m for hint, rx in _ROLE_RX if hint in text for m in rx.finditer(text)]
    for m in matches:
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "PMA", "formal"
        words = m.group(1).split()
        while words and _clinical(words[-1].rstrip(".")):
            words.pop()
        if words and not _clinical(words[0]):
            s = m.start(1)
            e = text.index(words[-1], s) + len(words[-1]) if len(words) > 1 else s + len(words[0])
            out.append((s, e))
    household = any(h in text for h in ("aide", "mate", "giver", "taker", "itter", "friend"))
    for m in _HOUSEHOLD_LOWER.finditer(text) if household else ():
        w = m.group(1)
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if w not in _NOT_LOWER and w in FIRST_NAMES:
            out.append(m.span(1))
    return out


# a signature: an initial, a surname and a credential ("-- E. Day, RN", "C. Hope, MD resident"),
# and a title before a listed given name and a surname ("Dr. Michael Ward", "Dr Grace Young"):
# the context makes a name of words that are English or ward words elsewhere
_SIGNED = compile_rx(
    r"(?<![\w.])([A-Z]\.[ \t]?[A-Z][a-z]+(?:-[A-Z][a-z]+)?),[ \t]?"
    r"(?:RN|MD|NP|PA|DO|RPh|PharmD|LPN|RM|RRT|CNS|CNM|MBBS|FRCPC|FRACP|MRCP|DPM|PT|OT|SLP|RD|SW|MSW|LCSW)\b"
)
_SUFFIXED = compile_rx(
    r"(?<![\w])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.?[ \t]+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?),?[ \t]+(?:II|III|IV|Jr\.?|Sr\.?)(?![\w])"
)
# a courtesy title and a surname, whatever follows ("Mr Fisher grade 2", "Mrs Brown Ward 7": the
# guard cut those where the next words look clinical); not "Dr On Call", "Dr notified"
_TITLES = ("Dr", "Prof", "Mr", "Ms", "Miss", "Mx")  # "Mrs" holds "Mr"
_TITLE_SURNAME = compile_rx(r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")
_NOT_SURNAME = frozenset({
    "on", "in", "at", "to", "of", "the", "and", "or", "for", "with", "call", "called", "notified", "aware",
    "reviewed", "says", "said", "will", "was", "is", "has", "had", "here", "there", "team", "covering", "oncall",
})
_TITLED = compile_rx(  # session 56: not a form's next label after two spaces ("Dr. Joyce  Fellow: ...")
    r"(?<![\w])(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+([A-Z][a-z]+)[ \t]+(?!(?<=[ \t]{2})[A-Z][a-z]+[ \t]*:)"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def signed_name_spans(text: str) -> list[tuple[int, int]]:
    """Names in a signature with a credential, a title + listed given name + surname, and a
    listed given name + surname + generational suffix ("Robert Jones III"), where the guard would
    cut the surname (an English or ward word: "Day", "Hope", "Ward"; "Jones III" read as a grade)."""
    out: list[tuple[int, int]] = []
    if "," in text:
        for m in _SIGNED.finditer(text):
            surname = m.group(1).split()[-1].split(".")[-1]
            if surname.lower() not in DRUG_LEXICON:
                out.append(m.span(1))
    titled = any(t in text for t in _TITLES)  # cheap first tests: a literal every match holds
    suffixed = any(x in text for x in (" II", " IV", "Jr", "Sr"))
    for rx in (_TITLED,) * titled + (_SUFFIXED,) * suffixed:  # "Dr. Michael Ward"; "Robert Jones III"
        for m in rx.finditer(text):
            if m.group(1).lower() in FIRST_NAMES and m.group(2).lower() not in DRUG_LEXICON:
                out.append((m.start(1), m.end(2)))
    for m in _TITLE_SURNAME.finditer(text) if titled else ():  # "Mr Fisher grade 2", "Mrs Brown Ward 7"
        word = m.group(1)
        if word.lower() not in _NOT_SURNAME and not _clinical(word):
            out.append((m.start(), m.end(1)))
    return out
