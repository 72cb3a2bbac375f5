"""Round-12 classes: PHI written in forms found in real notes of many countries.

- lower-case names after self-introductions, signatures and copy lists: "my name is tom
  baker", "signed: jane doe, RN", "signed - k. osei", "e-signed by maria gonzalez", "cc: jane
  moss, pharmacy" (the first word an initial, a listed or an unknown word; clinical, function
  and time words never);
- ages written as a bound after an age label: "Aged >90", "age: > 89", "age 90+";
- a month and a year with an apostrophe or a slash: "Jan '19", "Sept '24", "Oct/2024";
- extension-style pagers after "paged" / "bleeped" ("paged 4-5841");
- dotted or lettered numbers after lab / specimen / accession labels ("Lab No. 25.123456",
  "Specimen: S25-12345").

Every pattern opens with a literal or behind a substring test (speed).
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.context import _LOWER, _ORG, _plausible, _words_set
from processors.deid.fields import _CRED
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _is_name_loose, _key
from processors.deid.patterns import literal_finditer
from processors.deid.unknown import _CLINICAL, AFTER_MODAL, _common, is_known_word

__all__ = ["form_more_name_spans", "form_name_spans", "form_spans"]

_FUNCTION = _words_set(
    "is was has had will would can could and or who which that this it its to at in on by for"
    " with from of also too said says the a an all me him her them us you i we they he she one"
    " not off out up here there now today yesterday tomorrow tonight earlier later am pm"
    " calling ringing speaking your my our their his"
    " aware informed notified updated happy agrees agreed called rang"  # session 26: "dr fairclough aware"
)
# "my name is", "signed:", "signed -", "signed by", "e-signed by", "cc:" on the lower-cased text
_LEAD = compile_rx(
    r"\b(?:my name is|my name's|name's"
    r"|(?:e-?|electronically |digitally )?signed(?: off)?(?:[ \t]*[:\-\u2013][ \t]*|[ \t]+by[ \t]+|[ \t]+)"
    r"|cc[ \t]*:)[ \t]*"
)
# session 6: lower-case text (dictation, quick notes): "follow up with doctor casey smith",
# "call from dr kang", "w/ daughter holly griffith", "home with daughter ann who" (a lower-case
# letter must follow: capitalised names are the other recognisers')
_LEAD_LOWER = by_first_letter(compile_rx(
    r"\b(?i:doctor|dr\.?|(?:(?:daughter|son|sister|brother|mother|father)(?:-in-law)?)|wife|husband|spouse|mom|mum|dad|partner"
    r"|niece|nephew|granddaughter|grandson|carer|caregiver|neighbou?r|friend"
    r"|hubby|boyfriend|girlfriend|fianc[eé]e?"  # session 22: "son-in-law"; 34: "hubby"
    # session 55 (deid tester B): "Sister glenn texted", "landlord pamela hit her", "Cousin bruce reports" (the lead may be
    # capitalised at a sentence start; the name is lower case)
    r"|landlord|landlady|flatmate|housemate|roommate|cousin|aunt|auntie|uncle|grandmother|grandfather|grandma|grandpa|nan|nana"
    r"|gran|stepmother|stepfather|stepmum|stepmom|stepdad|foster[ \t]+(?:carer|mother|father|mum|dad)|ex-?partner|pastor|employer)"
    r"[ \t]+(?=[a-z])"
))
_INITIAL = compile_rx(r"[a-z]\.(?:[ \t]?[a-z]\.)?")
_LOW_WORD = compile_rx(rf"{_LOWER}")
_NEXT_LOW = compile_rx(rf"[ \t]+({_LOWER})\b")
_CC_ITEM = compile_rx(r"(?:[,;]|[ \t]and\b)[ \t]*([^,;\n]*[^,;\s])")


# session 35 (second tester): "wife june aware": a month that is a given name opens a name here
_MONTH_GIVEN = frozenset(("april", "may", "june", "july", "august"))


def _given(w: str) -> bool:
    """A lower-case first word that can open a name here."""
    if w in _MONTH_GIVEN:
        return True
    if w in _FUNCTION or _key(w) in _ORG or not _plausible(w):
        return False
    if _key(w) in _CLINICAL:
        return False
    return (_is_name_loose(w) and not _common(w)) or not is_known_word(w) or (
        _is_name_loose(w) and len(w) >= 3
    )


def _surname(w: str) -> bool:
    """A lower-case word after a given name here: a listed surname may be a clinical word too
    ("tom baker")."""
    if w in _FUNCTION or _key(w) in _ORG:
        return False
    if _is_name_loose(w):
        return True
    # session 34: "son jakub sent pic", "wife mairead re d/c plan": a common word goes on the message
    # (a two-letter word only when it is a message word: "andrea ly" is a name)
    return _key(w) not in _CLINICAL and _plausible(w) and not (
        _common(w) and (len(w) > 2 or w in _SHORT_MESSAGE_WORDS))


_SHORT_MESSAGE_WORDS = frozenset(("re", "ok", "is", "to", "at", "in", "on", "or", "as", "be", "by", "if",
                                  "so", "up", "we", "me", "no", "pt", "am", "pm"))


# session 43 (deid tester): "seizure witnessed by partner over 4 weeks" - a preposition, no given name
_FUNCTION_WORDS = frozenset(("over", "under", "for", "about", "since", "around", "approx", "at", "in", "on", "with", "to",
                             "from", "and", "or", "the", "a", "an", "who", "that", "then", "this", "was", "is", "has",
                             "had", "will", "would", "also", "not", "no", "present", "aware", "here"))


def _lower_name_at(text: str, i: int) -> tuple[int, int] | None:
    """A lower-case name (given name or initial, then up to two surname words) at ``i``."""
    ini = _INITIAL.match(text, i)
    if ini:
        end = ini.end()
        first_ok = True
    else:
        m = _LOW_WORD.match(text, i)
        if not m or not text[m.start()].islower():
            return None
        first_ok = m.group(0) not in _FUNCTION_WORDS and _given(m.group(0)) and not (
            m.group(0) == "may" and (v := _NEXT_LOW.match(text, m.end())) is not None and v.group(1) in AFTER_MODAL)
        end = m.end()
    if not first_ok:
        return None
    for _ in range(2):
        m = _NEXT_LOW.match(text, end)
        if not m or not _surname(m.group(1)) or not m.group(1).islower():
            break
        end = m.end(1)
    if ini and end == ini.end():
        return None  # an initial alone: "signed: j."
    return (i, end)


def form_name_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Lower-case NAME spans after "my name is", "signed", "cc:" (``low``: same indices)."""
    out: list[tuple[int, int]] = []
    leads = list(_LEAD.finditer(low)) if "name" in low or "signed" in low or "cc:" in low or "cc :" in low else []
    leads.extend(_LEAD_LOWER.finditer(text))  # on the text: the name must be lower-case there
    for m in leads:
        i = m.end()
        if i >= len(text) or not (text[i].islower()):
            continue  # capitalised names are the other recognisers'
        if text.startswith("CC", m.start()):
            continue  # session 26: "CC: fall from bed" is the chief complaint, not a copy list
        sp = _lower_name_at(text, i)
        if sp is None:
            continue
        out.append(sp)
        if m.group(0).startswith("cc"):  # the other items of a copy list, each a whole name
            end = text.find("\n", sp[1])
            for item in _CC_ITEM.finditer(text, sp[1], len(text) if end < 0 else end):
                j = item.start(1)
                nxt = _lower_name_at(text, j) if text[j].islower() else None
                if nxt is not None and nxt[1] == item.end(1):
                    out.append(nxt)
    return out


_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PARTICLE = r"(?:dela|de la|del|de|da|di|dos|van der|van|von|le|la|bin|binti|ap)"
# "Chance P. Falabi, MSW", "Jun-Jun A. Santos, MD", "Divina F. dela Cruz, RN": a capitalised
# word, a dotted middle initial and a surname before a credential (the first word may be English)
_CRED_AFTER = compile_rx(rf",?[ \t]+(?:{_CRED})(?![\w-])")
# "Edward M Brown", "Kevin E. Child", "Hadassa W Shi": a listed given name, a middle initial
# and a capitalised word (the surname may be an English word)
_GIVEN_INITIAL_SURNAME = compile_rx(
    rf"(?=[A-Z][a-z])(?<![\w.'-])({_CAP})[ \t]+[A-Z]\.?[ \t]+(?:{_PARTICLE}[ \t]+)?({_CAP})\b(?![ \t]*\d)"
)
# "Pastor Sen", "Father Ward", "Rev. Okafor", "Imam Hassan", "Rabbi Cohen": clergy titles
_CLERGY = compile_rx(
    rf"\b(?:Pastor|Father|Fr\.|Rev\.?|Reverend|Imam|Rabbi|Chaplain|Deacon|Elder)[ \t]+({_CAP}(?:[ \t]+{_CAP})?)\b"
)
_CLERGY_HINTS = ("Pastor", "Father", "Fr.", "Rev", "Imam", "Rabbi", "Chaplain", "Deacon", "Elder")
# an initial and a surname before a comma and a contact number ("E. Wells, 328-909-7638",
# "A. Ravel, +1 205 ..."), or after a crew / team lead ("crew lead T. Dixit")
_INITIAL_CONTACT = compile_rx(
    rf"(?=[A-Z]\.)(?<![\w.])([A-Z]\.[ \t]?{_CAP})(?=,[ \t]*(?:\+|\(?\d{{2,4}}\)?[ \t.-]?\d{{3}}))"
)
_CREW_LEAD = compile_rx(
    rf"\b(?:crew|team|shift)[ \t]+(?:lead|leader)[ \t]*:?[ \t]*([A-Z]\.[ \t]?{_CAP}|{_CAP}[ \t]+{_CAP})"
)
# "Hi Art,", "Kia ora Hemi,", "Hello Priya\n": a greeting and a listed or unknown word (at a line
# or sentence start, or after a colon: "Reply from X (2/5): Hi Deb,")
_GREETING = compile_rx(
    rf"(?:^|(?<=[.!?\n:]))[ \t]*(?:Hi|Hello|Hey|Dear|Kia ora|Good (?:morning|afternoon|evening)|Morning)"
    rf"[ \t]+({_CAP})(?=[ \t]*(?:,|!|\n|$))",
    re.MULTILINE,
)
# a greeting is a strong place: any word but these is a name there ("Hi Deb,", "Hello Kath,": short
# forms that are also common words)
_NOT_GREETED = _words_set(
    "all everyone everybody team there sir sirs madam colleague colleagues doctor doctors nurse nurses"
    " folks guys friends friend mum mom dad again both you ladies gentlemen world again"
)
_GREETING_HINTS = ("Hi", "Hello", "Hey", "Dear", "Kia ora", "Good ", "Morning")
# nursing sign-off initials after a slash at a line start or entry end ("/BR 4/4", ". /SO");
# lower-case or capital initials after "Transcribed by:" / "Typed by:"
_SLASH_INITIALS = compile_rx(r"(?:^|(?<=[.;] ))/([A-Z]{2,3})(?=[ \t]*(?:$|\d{1,2}/\d{1,2}[ \t]*$))", re.MULTILINE)
_SIGN_DM = compile_rx(r"(?:^|(?<=[.;] ))/([A-Z]{2,3})[ \t]+(\d{1,2}/\d{1,2})[ \t]*$", re.MULTILINE)
# session 39 (deid tester): "Transcribed: yj/js" (no "by"; the typist's initials after the author's)
_TYPED_BY = compile_rx(
    r"\b(?:(?:[Tt]ranscribed|[Tt]yped|[Ss]cribed|[Ee]ntered)[ \t]+by[ \t]*:?|(?:[Tt]ranscribed|[Tt]yped|[Tt]ranscriptionist)[ \t]*:)"
    r"[ \t]*([A-Za-z]{2,3})"
    r"(?:/([A-Za-z]{2,3}))?(?=[ \t]*(?:$|[ \t]{2}|[,;/]))",
    re.MULTILINE,
)
_NOT_INITIALS = _words_set("dr mr ms mrs the pt rn md np me him her and")
# session 39 (US deid tester): a dictation footer's "author:typist" initials alone on a line ("YM:eh"), a
# pathology grosser's initials after the credential ("Grossed by Janet Hess, PA-C / ai")
_FOOTER_INITIALS = compile_rx(r"(?:^|(?<=[.;][ \t])|(?<=[.;][ \t]{2}))[ \t]*([A-Z]{2,3})[ \t]*[:/][ \t]*([a-z]{2,3})[ \t]*$",
                              re.MULTILINE)  # "Dictated but not read. LP:ic" too
_FOOTER_VALUES = _words_set("ok nl wnl neg pos yes no nad nil low raw abn non")
_CRED_SLASH_INITIALS = compile_rx(r"\b(?:PA-C|M\.D\.|MD|D\.O\.|DO|NP|RN|PhD)[ \t]*/[ \t]*([a-z]{2,3})\b(?![/\w])")


def form_more_name_spans(text: str) -> list[tuple[int, int]]:
    """Capitalised names by form: given + initial + surname + credential, clergy titles,
    initial + surname + contact number, greetings, sign-off initials."""
    out: list[tuple[int, int]] = []
    for m in _GIVEN_INITIAL_SURNAME.finditer(text):
        given, sur = m.group(1), m.group(2)
        if _key(given) in _CLINICAL:
            continue
        if (m.end(1) + 3 < len(text) and "." in text[m.end(1) : m.start(2)] and _CRED_AFTER.match(text, m.end())) or (
            _key(given) in FIRST_NAMES
            and (not _common(given) or _is_name_loose(sur))
            and _key(sur) not in CLINICAL_ABBREV
            and _key(sur) not in _ORG
        ):
            out.append(m.span())
    for m in _CLERGY.finditer(text) if any(h in text for h in _CLERGY_HINTS) else ():
        words = m.group(1).split()
        if _key(words[0]) not in CLINICAL_ABBREV and _key(words[0]) not in _ORG:
            out.append(m.span(1))
    contact = list(_INITIAL_CONTACT.finditer(text)) if ". " in text or "." in text else []
    for m in contact + (list(_CREW_LEAD.finditer(text)) if "lead" in text else []):
        if _key(m.group(1).split()[-1].lstrip(".")) not in _ORG:
            out.append(m.span(1))
    for m in _GREETING.finditer(text) if any(h in text for h in _GREETING_HINTS) else ():
        w = m.group(1)
        if _key(w) not in _CLINICAL and _key(w) not in _ORG and _key(w) not in _NOT_GREETED:
            out.append(m.span(1))
    if "/" in text:
        for m in literal_finditer(_SLASH_INITIALS, text, "/"):
            # a clinical abbreviation ("/CT 4/5") only as an entry's sign-off ("per scale. /HR")
            if m.group(1).lower() not in CLINICAL_ABBREV or (
                m.start() >= 2 and text[m.start() - 2] in ".;" and text[m.end() : m.end() + 1] in ("", "\n")
            ):
                out.append(m.span(1))
    if "ribed" in text or "yped" in text or "ntered" in text:
        for m in _TYPED_BY.finditer(text):
            out.extend(m.span(g) for g in (1, 2) if m.group(g) and m.group(g).lower() not in _NOT_INITIALS)
    if ":" in text or "/" in text:
        for m in _FOOTER_INITIALS.finditer(text):
            if m.group(2) not in _NOT_INITIALS and m.group(2) not in _FOOTER_VALUES:
                out.extend((m.span(1), m.span(2)))  # "LP:ic" too (LP is also lumbar puncture)
        out.extend(m.span(1) for m in _CRED_SLASH_INITIALS.finditer(text) if m.group(1) not in _NOT_INITIALS)
    return out


# an age bound after an age label ("Aged >90", "age: > 89", "age 90+"): 89 and over
_AGE_BOUND = compile_rx(
    r"\bage(?:d|[ \t]+(?:now|is))?[ \t]*[:=]?[ \t]*((?:>=?|\u2265|over[ \t]+)[ \t]*(?:89|9\d|1[0-2]\d)\b(?![.,]\d)"
    r"|(?:9\d|1[0-2]\d)[ \t]*\+)"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# "Jan '19", "Sept '24", "Oct/2024", "oct-2024": a month and a year (on the lower-cased text)
_MONTH_YEAR = compile_rx(
    rf"\b(?:{_MONTHS})\.?(?:[ \t]*['\u2019]\d{{2}}\b|/(?:19|20|21)\d{{2}}\b|-(?:19|20|21)\d{{2}}\b)(?![/-]\d)"
)
# "the 29th of October": the article is part of the date
_THE_ORDINAL = compile_rx(
    rf"\bthe[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]+of[ \t]+(?:{_MONTHS})\b(?:,?[ \t]+(?:19|20|21)\d{{2}}\b)?"
)
# national phone shapes: Australian mobiles "0470 587 975", NZ landlines "03-995 5351",
# NZ / UK style "022 817 4275"
_PHONE_NATIONAL = compile_rx(
    # (the "0" first, then the look-behind: a literal opening is found by a fast scan)
    r"0(?<![\w.+/-]0)(?:4\d{2}[ \t]\d{3}[ \t]\d{3}|\d-\d{3}[ \t]\d{4}|\d{2}[ \t]\d{3}[ \t]\d{4})(?!\w|\.\d|[ \t/-]?\d)"
)
_PAGED = compile_rx(r"\b(?:paged|bleeped|page|pager[ \t]+no\.?)[ \t]*(?:on[ \t]+)?#?:?[ \t]*(\d{1,2}-\d{4,5})\b(?![.,]\d)")
_LAB_HINTS = ("lab", "specimen", "sample", "acc", "histology", "cytology")
_LAB_NO = compile_rx(
    r"\b(?:lab(?:oratory)?|specimen|sample|accession|acc|histology|cytology)"
    r"[ \t]*(?:no\.?|number|#|id)?[ \t]*[:#]?[ \t]*((?=[a-z0-9.\-]*\d{3})[a-z0-9]{1,4}[.\-][a-z0-9]{3,}(?:[.\-][a-z0-9]+)*)\b"
    r"(?![ \t]*(?:mg|mcg|ml|l|g|kg|mmol|umol|%|units?|iu|cm|mm)\b)"
)


def form_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Round-12 AGE, DATE, PHONE and ID spans (``low`` is the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if "age" in low and (">" in text or "+" in text or "\u2265" in text or "over" in low):
        out.extend((*m.span(1), "[AGE]") for m in _AGE_BOUND.finditer(low))
    if "'" in text or "\u2019" in text or "/" in text or "-" in text:
        out.extend((*m.span(), "[DATE]") for m in _MONTH_YEAR.finditer(low))
    if "the" in low:
        out.extend((*m.span(), "[DATE]") for m in literal_finditer(_THE_ORDINAL, low, "the"))
    if " " in text:
        out.extend((*m.span(), "[PHONE]") for m in _PHONE_NATIONAL.finditer(text))
    if "/" in text:
        out.extend(
            (*m.span(2), "[DATE]")
            for m in literal_finditer(_SIGN_DM, text, "/")
            if m.group(1).lower() not in CLINICAL_ABBREV  # "/CT 4/5"
        )
    if "-" in text and ("page" in low or "bleeped" in low):
        out.extend((*m.span(1), "[PHONE]") for m in _PAGED.finditer(low))
    if ("." in text or "-" in text) and any(h in low for h in _LAB_HINTS):
        out.extend((*m.span(1), "[ID]") for m in _LAB_NO.finditer(low))
    return out
