"""Name-span boundaries and all-caps names (round 8).

- ``extend_name_spans``: a found NAME span takes in the initials and the title right before
  it ("Mrs [Wythdane]" -> "[Mrs Wythdane]", "CPN H. [Jorvrill]", "K. [Neharau]:"), so no
  piece of a name is left (a title is no PHI on its own, but scrubbing it loses nothing
  clinical, and corpora differ on whether the title belongs to the name); not after a
  vitamin, hepatitis, type / grade / class word ("Vitamin D. Smith" keeps its "D.").
- ``caps_name_spans``: a run of 2-3 all-caps words in which every word is a name-like word
  (no English word, clinical abbreviation or vowel-less caps) and at least one is unknown:
  "STROMRILL-HOANGAVAKU TURUSUMI:", "NGATA KEREI (MRN ...)"; and a trailing initial
  ("Smith J, FY1"). Headings ("CARDIOLOGY CLINIC",
  "DISCHARGE SUMMARY") are English words and stay.
"""

from __future__ import annotations

import re

from processors.deid.cantonese import CHINESE_SURNAMES
from processors.deid.leading import compile_rx
from processors.deid.names import (
    AMBIGUOUS_NAMES,
    CLINICAL_ABBREV,
    FIRST_NAMES,
    SURNAMES,
    WORD_NAMES,
    _is_name,
    _is_name_loose,
    _key,
    unit_letter,
)
from processors.deid.patterns import ROLE_NAME
from processors.deid.unknown import (
    _CLINICAL,
    CALENDAR,
    DRUG_LEXICON,
    _common,
    _listed,
    _rare,
    is_known_word,
)

__all__ = ["SHORT_SURNAMES", "TWO_LETTER_SURNAMES", "caps_comma_name_spans", "caps_name_spans", "extend_name_spans", "given_after_comma", "role_name_spans", "title_short_surname", "title_surname_after"]

_TITLE_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Sr", "Fr", "Capt",
                "mr", "mrs", "miss")  # session 27 (v111): "bed 24 mr wheatcroft (97)" ("ms" is milliseconds)
_TITLE = "(?:" + "|".join(_TITLE_WORDS) + ")"
_BEFORE = compile_rx(rf"(?:\b{_TITLE}\.?[ \t]+)?(?:(?<![\w./])[A-Z]\.[ \t]?){{0,3}}\Z")  # not "mmol/L."
_NO_INITIAL_AFTER = compile_rx(
    r"(?i:\b(?:vitamin|vit|hep|hepatitis|type|grade|class|stage|group|strep|step|plan|option"
    r"|part|phase|zone|level|section|lead|leads|note|see|fig|figure|ref|no|appendix))[ \t]*\Z"
)

# a trailing initial: "Smith J, FY1", "seen by Patel A."
_HYPHEN_TAIL = compile_rx(r"-[a-z\u00e0-\u00ff]{2,8}(?![\w-])")
_AFTER = compile_rx(r"[ \t]+[A-Z](?:\.(?![A-Z]\.)|(?=[ \t]*(?:[,;:)\n]|$)))")  # not "M.D."
# session 46 (i2b2-style tester): "Signed: Walker, A. M.D." (the given initial after the comma)
_GIVEN_BEFORE_INITIAL = compile_rx(r"(?<![\w.-])([A-Z][a-z]{2,12})[ \t]\Z")
_COMMA_INITIAL = compile_rx(r",[ \t]?[A-Z]\.(?=[ \t]+(?:M\.D\.|D\.O\.|(?:MD|DO|RN|NP|PA-C|PA|PhD|MBBS|DDS|APRN|CNP)\b)|[ \t]*(?:\n|$))")


# a caps clinical abbreviation before "X." makes it a scale value ("AVPU V. Ioseb", "Hep B.
# Ali"), unless the abbreviation is a staff role ("CPN H. Jorvrill", "RN K. Tui")
_CAPS_BEFORE = compile_rx(r"\b([A-Z][A-Z0-9]+)[ \t]+\Z")
_ROLES_TEXT = (
    "rn gp cpn sho fy1 fy2 hca ot pt sw dn cns anp acp odp md np pa slt salt nok cc dr reg"
    " spr st1 st2 st3 ct1 ct2 fao attn"
)
_ROLES = frozenset(_ROLES_TEXT.split())


def _scale_letter(text: str, start: int) -> bool:
    if _NO_INITIAL_AFTER.search(text, max(0, start - 14), start):
        return True
    if unit_letter(text, start):
        return True
    m = _CAPS_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return False
    k = _key(m.group(1))
    return k in CLINICAL_ABBREV and k not in _ROLES


# session 24 (v81): an initial without its period before a surname span, right after a bracket,
# a colon or a column gap ("Last checked: A Gormley (CRA)", "voicemail (J Bautista)")
_BARE_INITIAL = compile_rx(
    r"(?:^|(?<=[(:;])|(?<=[(:;][ \t])|(?<=[ \t]{2})|(?<=\bby[ \t]))[A-Z][ \t]\Z", re.MULTILINE
)  # "Updated by A Shehata." too

# session 10 (v29): a two-piece given name before a surname span ("Sung-min Wisniewski")
_HYPHEN_GIVEN = compile_rx(r"(?<![\w-])([A-Z][a-z]{1,5}-[a-z]{2,5})[ \t]+\Z")
_PREFIXES = frozenset(["self", "post", "pre", "non", "anti", "well", "follow", "co", "re", "ex", "sub", "mid",
                       "semi", "multi", "over", "under", "out", "cross", "day", "half", "full", "part",
                       "long", "short", "high", "low", "all"])


def _hyphen_given(word: str) -> bool:
    """A two-piece given name ("Sung-min", "Mei-ling"), no English compound ("Self-care")."""
    head, tail = word.lower().split("-", 1)
    joined = head + tail
    return head not in _PREFIXES and not is_known_word(joined) and not _common(joined)


# a name in brackets right after a name: a maiden name or a nickname ("Zoe Lukas (Unal)"); not
# an abbreviation in capitals ("Rocky White (CMHT)", "Olivia Mason (HCP)")
_PAREN_INITIALS = compile_rx(r"[ \t]*\(((?:[A-Z]\.[ \t]?){2,3})\)")
_PAREN_AFTER = compile_rx(r"[ \t]*\((\w[\w'\u2019-]+(?:[ \t]+\w[\w'\u2019-]+)?)\)")


# a listed surname in capitals after a given name ("B1 Jeremy BELL 82 - CAP day 3"); session 39
# (deid tester): with its particle ("Friedrich DI STEFANO, 82 years")
_CAPS_AFTER = compile_rx(r"[ \t]+((?:(?:DI|DE|DA|DEL|DELLA|DOS|DAS|VAN|VON|LE|LA|EL|AL|BIN|BEN|MAC|MC)[ \t]+)?"
                         r"[A-Z][A-Z'\u2019]+(?:-[A-Z]{2,})?)(?![\w'\u2019-])")
# session 39 (deid tester): a short East Asian surname, or a listed surname that is also an English word,
# closing a phrase right after a given name ("(Baby of Mei Ling Do)", "Ka Wai Ng, Registrar",
# "(Baby of Honor Wise)")
_TITLE_AFTER = compile_rx(r"[ \t]+([A-Z][a-z]{1,11})(?=[ \t]*(?:[),;:]|\n|$))")
SHORT_SURNAMES = frozenset(("do", "ng", "le", "ly", "vu", "vo", "ho", "lu", "wu", "li", "xu", "yu", "ma", "ko", "oh",
                             "im", "ha", "yi", "lo", "au", "ngo", "bui", "lam", "tan", "lim", "goh", "teo", "ong"))
TWO_LETTER_SURNAMES = tuple(sorted(w for w in SHORT_SURNAMES if len(w) == 2))  # "ng", "li", "do" ...
_LAST_WORD = compile_rx(r"([A-Za-z'\u2019-]+)\Z")
_DEVICE_AFTER = compile_rx(r"[ \t]*(?:tube|feed|NJ|PEG|-|\d)")  # "Mary NG tube", "Springfield MA 03612"


def _caps_surname_after(text: str, s: int, e: int) -> int:
    """The end of a capitalised listed surname right after a span ending in a given name, else e
    (session 12, v37: a two-letter Chinese surname too, "APN Iris HO", but not "NG tube")."""
    if "," in text[s:e]:
        return e  # "BIANCHINI, MARA   UMRN": a "Surname, Given" form has its surname (session 42)
    m = _CAPS_AFTER.match(text, e)
    last = _LAST_WORD.search(text, s, e)
    if not (m and last and (_key(last.group(1)) in FIRST_NAMES or not is_known_word(last.group(1)))):
        return e  # session 27 (v106): an unlisted given name too ("SLT: Ghada DARWISH", "Karwan OTHMAN")
    if m.group(1) in CHINESE_SURNAMES and not _DEVICE_AFTER.match(text, m.end()):
        return m.end()
    if len(m.group(1)) < 3:
        return e
    caps = m.group(1)
    if _key(caps) in CLINICAL_ABBREV or _key(caps) in DRUG_LEXICON or not (
        all(_is_name_loose(p) for p in caps.split("-")) or _caps_word_ok(caps)[0]
    ):
        return e
    return m.end()


# session 39 (deid tester): "Surname, Given" signing a check, the given name a listed one closing the
# line or before a time ("Checked: Bhattacharya, Venkata 14:05")
_COMMA_GIVEN = compile_rx(r",[ \t]*([A-Z][a-z\u00e0-\u00ff'\u2019-]{2,14})(?=[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d\b|[ \t]*(?:\(|\n|$))")


_LINE_ENDS = compile_rx(r"[ \t]*(?:$|\n|\r|[ \t]{2}|\t)")


def given_after_comma(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The given name (listed, or no English word) right after each found "Surname," (``_COMMA_GIVEN``)."""
    out: list[tuple[int, int]] = []
    for _s, e in spans:
        m = _COMMA_GIVEN.match(text, e) if e < len(text) and text[e] == "," else None
        if m is None:
            continue
        if _key(m.group(1)) in _CLINICAL or _key(m.group(1)) in CALENDAR:
            if _key(m.group(1)) in FIRST_NAMES and _LINE_ENDS.match(text, m.end(1)):
                out.append(m.span(1))  # session 42: "Delgado, June" closing a header line
            continue
        if (_key(m.group(1)) in FIRST_NAMES and not _common(m.group(1))) or not is_known_word(m.group(1)):
            out.append(m.span(1))
    return out


def title_short_surname(word: str) -> bool:
    """A short East Asian surname written in title case ("Ng", "Li"; "NG" is the tube)."""
    return word[:1].isupper() and word[1:].islower() and _key(word) in SHORT_SURNAMES


def title_surname_after(text: str, s: int, e: int) -> int:
    """The end of a surname closing a phrase right after a found name (``_TITLE_AFTER``), else e."""
    m = _TITLE_AFTER.match(text, e) if e < len(text) and text[e] in " \t" else None
    if m is None:
        return e
    last = _LAST_WORD.search(text, s, e)
    word = _key(m.group(1))
    if last is None or _key(last.group(1)) in _CLINICAL or word in CALENDAR:
        return e
    if word in SHORT_SURNAMES:
        return m.end(1)  # title case: "Ng", not the "NG" tube
    if word in _CLINICAL:
        return e
    return m.end(1) if word in SURNAMES else e


def _bracketed_name(words: str) -> bool:
    return all(
        w[0].isupper() and not w.isupper() and len(w) >= 3 and _key(w) not in _CLINICAL and _key(w) not in CALENDAR
        and not _common(w)
        for w in words.split()
    )  # fmt: skip


def _may_lead(text: str, s: int) -> bool:
    """Speed: whether ``_BEFORE`` can match before ``s`` at all (initials need a period; without
    one in the window only a title right before can)."""
    if s == 0 or text[s - 1] not in " \t.":
        return False
    window = text[max(0, s - 20) : s]
    if "." in window:
        return True
    tail = window.rstrip(" \t")
    i = len(tail)
    while i and tail[i - 1].isalpha():
        i -= 1
    return tail[i:] in _TITLE_WORDS  # "(Dr Siatleng"


# a single given name after a found name and "and", closing the phrase ("agreed with Tyrone and
# Chukwuemeka: 1) ...", "visited by Amira and Terence.")
_AND_NAME = compile_rx(r"[ \t]+and[ \t]+([A-Z][a-z'\u2019-]{2,})(?=[ \t]*(?:[:,;.)]|\n|$))")


_MONTH_GIVEN = re.compile(r"(?<![\w'.-])(?:April|June|August)[ \t]\Z")
_DIGIT_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t,]{0,2}(?:of[ \t]+)?\Z")  # "3 June Smith": a date, then a name


def extend_name_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each one's leading initials and title taken in, and a name in brackets
    right after one ("Zoe Lukas (Unal)": a maiden name) as a span of its own."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = _BEFORE.search(text, max(0, s - 20), s) if _may_lead(text, s) else None
        if (
            m
            and m.start() < s
            and (re.match(_TITLE, m.group(0)) or not _scale_letter(text, m.start()))
        ):  # "Vitamin D. Smith": the initial is a vitamin, not the name's
            s = m.start()
        elif s >= 2 and text[s - 2].isupper() and (b := _BARE_INITIAL.search(text, max(0, s - 4), s)) and (
                not _scale_letter(text, b.start())):
            s = b.start()  # session 24 (v81): "PI review: J Thackray", "voicemail (J Bautista)"
        if re.match(r"[A-Z]\.[ \t]?[A-Z]", text[s:e]) and (g := _GIVEN_BEFORE_INITIAL.search(text, max(0, s - 16), s)) and (
                (k := _key(g.group(1))) in FIRST_NAMES or k in AMBIGUOUS_NAMES) and k not in _CLINICAL:
            s = g.start(1)  # session 46 (i2b2-style tester): "Precious P. Gray" (a given name that is a word)
        if (g := _MONTH_GIVEN.search(text, max(0, s - 10), s)) and not _DIGIT_BEFORE.search(text, max(0, g.start() - 6), g.start()):
            s = g.start()  # session 47: a month that is a given name before a found name ("April DeSouza, MD")
        h = _HYPHEN_GIVEN.search(text, max(0, s - 14), s)
        if h and _hyphen_given(h.group(1)):
            s = h.start(1)  # session 10 (v29): a Korean or Chinese given name ("Sung-min Wisniewski")
        e = _caps_surname_after(text, s, e)
        if e < len(text) and text[e] == "-" and text[e - 1:e].isalpha() and (g := _HYPHEN_TAIL.match(text, e)):
            e = g.end()  # session 21 (v63): a Korean given name cut at its hyphen ("Hwang, Hye" + "-jin")
        if "," in text[s:e] and text[s:e].isupper() and (i := _CAPS_MIDDLE.match(text, e)):
            e = i.end()  # session 15 (v44): "FERNANDEZ, ANGELA M from ...": the middle initial too
        t = _AFTER.match(text, e) or _COMMA_INITIAL.match(text, e)
        out.append((s, t.end() if t else e))
        p = _PAREN_AFTER.match(text, out[-1][1])
        if p and _bracketed_name(p.group(1)):
            out.append(p.span(1))
        elif (d := _PAREN_INITIALS.match(text, out[-1][1])) is not None:
            out.append(d.span(1))  # session 46 (fresh deid tester): "Mr Mateo King (M.K.)", "Harold Black (H.B.) 97yo"
        a = _AND_NAME.match(text, out[-1][1]) if " and " in text[e:e + 6] else None
        if a and _key(a.group(1)) not in _CLINICAL and (
                _listed(a.group(1)) or not is_known_word(a.group(1)) or _rare(a.group(1))):
            out.append(a.span(1))  # session 25 (v91): "agreed with Shirin and [Terence]:"
    return out


_CAPS_WORD = r"(?:[A-Z]')?[A-Z]{2,}(?:-[A-Z]{2,})*"
_CAPS_MIDDLE = compile_rx(r"[ \t][A-Z](?![\w'.\u2019-])")
_CAPS_RUN = compile_rx(
    rf"(?=[A-Z])(?<![\w'/.-])({_CAPS_WORD}(?:,?[ \t]+{_CAPS_WORD}){{1,2}})(?![\w'/-])"
)  # "QUARTERMAINE ROSALIND", "PATEL, ANITA"


_CAPS_STAGE = compile_rx(r"(?:I{1,3}|IV)[A-C]")


def _caps_word_ok(w: str) -> tuple[bool, bool]:
    """(name-like, unknown) for one all-caps word (hyphen pieces judged one by one)."""
    if len(w) > 3 and w[1] == "'":
        w = w[2:]  # "O'SHEA", "D'ARCY": the particle is no word of its own
    pieces = [p for p in w.replace("'", "-").split("-") if p]
    unknown = False
    for p in pieces:
        k = _key(p)
        if k in CLINICAL_ABBREV or k in _CLINICAL or not re.search("[AEIOUY]", p) or _CAPS_STAGE.fullmatch(p):
            return False, False  # session 56: a stage ("FIGO stage IIIC, MMSE 15/30")
        if len(p) >= 4 and not is_known_word(p):
            unknown = True
        elif _is_name(p):
            unknown = True  # an unambiguous listed name ("PATEL, ANITA")
        elif not _listed(p):
            return False, False
    return True, unknown


def role_name_spans(text: str) -> list[tuple[int, int]]:
    """Names after a staff role or an address word: each word listed, unknown or rare, or an
    initial; a trailing run of other words is dropped ("Dear Rowena Smith", "CNS Diabetes")."""
    out: list[tuple[int, int]] = []
    for m in ROLE_NAME.finditer(text):
        s = e = m.start(1)
        words = list(re.finditer(r"\S+", m.group(1)))
        oks = [_role_word_ok(w.group(0)) for w in words]
        if len(oks) > 1 and not oks[0] and oks[1] and not words[1].group(0).endswith(".") and (
                _key(words[0].group(0)) not in _CLINICAL and _key(words[0].group(0)) not in CLINICAL_ABBREV):
            oks[0] = True  # session 21 (v63): a given name that is also a word before a surname ("SN Rhea Dimaano")
        for i, (w, ok) in enumerate(zip(words, oks, strict=True)):
            if not ok and not (i and _KOREAN_GIVEN.match(words[i - 1].group(0)) and _key(w.group(0)) not in _CLINICAL):
                break  # session 37: the surname after a Korean given name ("chaplain Min-jun Kang")
            e = m.start(1) + w.end()
        if e > s:
            out.append((s, e))
    return out


# session 37 (US notes tester): a Korean given name of two romanised syllables ("Min-jun", "Soo-jin")
_KOREAN_GIVEN = re.compile(
    r"[A-Z][a-z]{1,5}-(?:jun|jin|hoon|woo|ah|eun|young|yeong|bin|yun|seo|hee|mi|na|ri|su|soo|ho|hyun|sik|min|ju|jae"
    r"|kyung|sung|chul|ok|ja|sook|yeon|won|hwa|jung|joon|kyu|seok|hyuk|ran|rin|ha|hye|yeol|gyu|wook|il|ae|in|yeop)\Z")


def _role_word_ok(word: str) -> bool:
    if _KOREAN_GIVEN.match(word):
        return True
    return (len(word) == 2 and word.endswith(".")) or (
        _key(word) not in _CLINICAL and (_listed(word) or not is_known_word(word) or _rare(word)
                                         or _key(word) in WORD_NAMES))  # session 41: "BHW Precious"


_CAPS_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_CAPS_PIECE = rf"(?:[A-Z]')?[{_CAPS_UP}]{{2,}}(?:-[{_CAPS_UP}]{{2,}})*"
# session 42: a "SURNAME(S), GIVEN NAME(S)" header at a line's start or after a label, then the line's
# end, a column gap or an identifier label ("BLANCO ROSALES, LUZ MARÍA  MRN", "DELGADO, JUNE")
_CAPS_COMMA = compile_rx(
    rf"(?:^|(?<=:)|(?<=:[ \t]))[ \t]*({_CAPS_PIECE}(?:[ \t]{_CAPS_PIECE}){{0,2}}),[ \t]+"
    rf"({_CAPS_PIECE}(?:[ \t]{_CAPS_PIECE})?)(?=[ \t]*$|[ \t]{{2,}}|\t|[ \t]+\(|[ \t]+(?:MRN|DOB|NHS|D\.O\.B|UR|URN|ID|Age|AGE)\b)",
    re.MULTILINE,
)


def _comma_word_ok(word: str) -> bool:
    k = _key(word)
    return k not in CLINICAL_ABBREV and bool(re.search("[AEIOUY\u00c0-\u00c6\u00c8-\u00cf\u00d2-\u00d6\u00d9-\u00dc]", word)) and (
        k not in _CLINICAL or k in FIRST_NAMES or k in SURNAMES)


def caps_comma_name_spans(text: str) -> list[tuple[int, int]]:
    """A caps "SURNAME, GIVEN" header: every word name-like (not a clinical abbreviation), one word
    an unambiguous name and every given word a listed given name (a month or a word is one here:
    "JUNE", "GRACE")."""
    out: list[tuple[int, int]] = []
    for m in _CAPS_COMMA.finditer(text):
        family, given = m.group(1).split(), m.group(2).split()
        if not all(_comma_word_ok(w) for w in family + given):
            continue
        if any(_is_name(w) for w in family + given) and all(_key(w) in FIRST_NAMES for w in given):
            out.append((m.start(1), m.end(2)))
    return out


def caps_name_spans(text: str) -> list[tuple[int, int]]:
    """All-caps runs made of name-like words, at least one of them unknown."""
    out: list[tuple[int, int]] = []
    for m in _CAPS_RUN.finditer(text):
        words = list(re.finditer(r"[^\s,]+", m.group(1)))
        judged = [_caps_word_ok(w.group(0)) for w in words]
        # the longest run of two or more from the first word ("O'SHEA BRIDGET   DOB": DOB goes)
        for n in range(len(words), 1, -1):
            if all(ok for ok, _ in judged[:n]) and any(unk for _, unk in judged[:n]):
                out.append((m.start(1), m.start(1) + words[n - 1].end()))
                break
        else:
            # session 42: a short surname before two given names ("NG HUI MIN", "LI WEI MING")
            if (len(words) == 3 and _key(words[0].group(0)) in SHORT_SURNAMES and all(ok for ok, _ in judged[1:])
                    and any(unk for _, unk in judged[1:])):
                out.append((m.start(1), m.end(1)))
    return out
