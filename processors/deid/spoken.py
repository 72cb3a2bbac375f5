"""Session 6: PHI as speech recognition writes it (dictated notes, ASR drafts).

- a spoken date: a month and a spoken day, with an optional spoken year ("april third
  nineteen twenty nine", "july twenty first twenty twenty four", "the fifth of may"), or the
  month as an ordinal with a year ("the thirteenth of the eighth nineteen sixty two");
- a spoken number: five or more digit words in a row ("six one seven five five five zero
  one one two", "oh two"), a phone after a contact word, else an identifier;
- a name spelled out letter by letter after "spelled" ("last name spelled B-A-N-K-S"; session 35:
  blanks or commas between the letters too), or in capitals with dashes when it is a listed name
  or written out elsewhere in the note ("Patience, P-A-T-I-E-N-C-E"); the name it spells is a
  name wherever the note writes it ("patient Smyth, that's spelled S-M-Y-T-H");
- a spoken age over 89 before "years old" ("a hundred and one years old"; session 35).

Every pattern is behind a substring test (speed); spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.names import FIRST_NAMES, SURNAMES, _key
from processors.deid.patterns import street_suffixes

__all__ = ["spoken_spans"]

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    "|thirtieth"
)
_DAY = rf"(?:(?:twenty|thirty)[ \t-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{_ORDINAL})"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[ \t-](?:{_UNITS}))?|{_TEEN}|oh[ \t-](?:{_UNITS}))"
_YEAR = (
    rf"(?:(?:nineteen|twenty)[ \t]+{_TWO_DIGITS}"
    rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TWO_DIGITS}|{_UNITS}))?)"
)
# on the lower-cased text
_SPOKEN_DATE = by_first_letter(compile_rx(  # month first: "april third nineteen twenty nine"
    rf"\b(?:{_MONTHS})[ \t]+(?:the[ \t]+)?{_DAY}(?:,?[ \t]+{_YEAR})?\b"
))
_SPOKEN_DATE_OF = compile_rx(  # day first: "the fifth of may"; found from " of "
    rf"(?:the[ \t]+)?{_DAY}[ \t]+of[ \t]+(?:{_MONTHS})(?:,?[ \t]+{_YEAR})?\b"
)
_MONTH_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_SPOKEN_DATE_OF_ORD = compile_rx(  # month as an ordinal, year required: "the thirteenth of the eighth nineteen sixty two"
    rf"(?:the[ \t]+)?{_DAY}[ \t]+of[ \t]+the[ \t]+(?:{_MONTH_ORDINAL}),?[ \t]+{_YEAR}\b"
)
_DAY_BEFORE_OF = compile_rx(rf"(?:the[ \t]+)?{_DAY}\Z")
_DIGIT = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
# session 43 (deid tester): "double" / "treble" repeat the next digit ("six nine double seven five seven five")
_REPEAT = r"(?:(?:double|treble|triple)[ \t]+)?"
_SPOKEN_DIGITS = compile_rx(rf"\b{_REPEAT}(?:{_DIGIT})(?:[ \t,-]+{_REPEAT}(?:{_DIGIT})){{3,}}\b")
_DIGIT_WORD = compile_rx(rf"\b(?:{_DIGIT})\b")
# a house number said as words before a capitalised street ("eighty six Church View comma Sheffield"); on the text
_SPOKEN_HOUSE = compile_rx(
    rf"\b((?:(?:{_TENS})(?:[ \t-](?:{_UNITS}))?|{_TEEN}|{_UNITS}|(?:{_UNITS})[ \t]+hundred(?:[ \t]+and[ \t]+(?:(?:{_TENS})"
    rf"(?:[ \t-](?:{_UNITS}))?|{_TEEN}|{_UNITS}))?)[ \t]+(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
    rf"(?:{'|'.join(w.title() for w in street_suffixes() if w.isalpha())}))\b"
)
# a UK postcode said letter by letter ("L N 1 7 7 B A", "S 4 1 W U"); on the text
# the town said between commas before such a postcode ("... comma Leeds comma L S 1 9 7 E P")
_SPOKEN_TOWN = compile_rx(r"\bcomma[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+comma[ \t]+(?=[A-Z](?:[ \t][A-Z])?[ \t]\d)")
_SPELLED_POSTCODE = compile_rx(r"\b[A-Z](?:[ \t][A-Z])?[ \t]\d(?:[ \t][A-Z\d])?[ \t]\d[ \t][A-Z][ \t][A-Z]\b")
_CONTACT = compile_rx(r"(?:(?:phone|reached|call|contact|cell|mobile|at|contacted[ \t]+on|reached[ \t]+on|ring[ \t]+(?:her|him|them)[ \t]+on)(?:[ \t]+(?:is|was|number(?:[ \t]+is)?))?"
                      r"|number[ \t]+is)[ \t]+\Z")
# session 35: letters after "spelled" with dashes, blanks or commas ("S-M-Y-T-H", "S M Y T H")
# session 44 (deid tester, 13 of 13 missed): "surname is frost, that's F R O S T"
_SPELLED = compile_rx(r"\b(?:spel(?:led|t|ling)|that'?s|that[ \t]+is)[ \t]+(?:as[ \t]+|is[ \t]+)?"
                      r"([a-z](?:(?:[ \t]?-[ \t]?|[ \t]|,[ \t]?)[a-z]){2,})\b")
# session 59 (deid tester A: dictated telehealth notes): the letters after a name's field ("last name b r o w n", "surname
# s-t-e-p-h-e-n-s", "o apostrophe s u l l i v a n"); four letters at least
_NAME_FIELD_LETTERS = compile_rx(
    r"\b(?:last[ \t]+name|surname|family[ \t]+name|first[ \t]+name|given[ \t]+name|maiden[ \t]+name|name)[ \t]*(?:is[ \t]+|:[ \t]*|,[ \t]*)?"
    r"([a-z](?:(?:[ \t]?-[ \t]?|[ \t]|,[ \t]?|[ \t]apostrophe[ \t])[a-z]){3,})\b")
_APOSTROPHE_LETTERS = compile_rx(r"\b([a-z][ \t]apostrophe(?:[ \t][a-z]){3,})\b")
# the letter that opens a dictated record number ("hospital number K one six eight four two nine")
_LETTER_BEFORE = compile_rx(r"(?<![\w'])[b-hj-z][ \t]\Z")
# a name spelled in capitals with dashes, no "spelled" ("Patience, P-A-T-I-E-N-C-E"); on the text
_DASHED_LETTERS = compile_rx(r"(?<![\w-])([A-Z](?:-[A-Z]){3,})(?![\w-])")
# a spoken age over 89 ("a hundred and one years old", "ninety six years old"); on the lower-cased text
_SPOKEN_AGE = compile_rx(
    r"\b(?:(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?|ninety(?:[ \t-](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?)(?=[ \t-]+years?[ \t-]+old\b|[ \t-]+year-old\b)"
)
# session 45 (deid tester): the spoken age after "he's", "she is", "aged" ("he's a hundred and one so he gets confused")
_SPOKEN_AGE_AFTER = compile_rx(
    r"\b(?:he's|she's|he[ \t]+is|she[ \t]+is|aged|age|turned|turns|they're|mum's|dad's)[ \t]+((?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten))?|ninety(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
    r"(?![ \t-]+(?:per|percent|%|mg|ml|units?|times|minutes|mins|seconds|metres|meters|yards|miles|pounds|kilos?|kg)\b)"
)
_WORD_RX = "(?i:\\b{}\\b)"


# cheap first tests (speed): a spoken ordinal and a month name; five digit words
_MONTH_HINTS = ("uary", "march", "april", "may ", "june", "july", "ugust", "mber", "tober")
_ORDINAL_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "teenth", "tieth")
_DIGIT_HINTS = (" zero ", " oh ", " one ", " two ", " three ", " four ", " five ", " six ", " seven ",
                " eight ", " nine ")


# session 54 (deid tester V, dictation): more spoken dates, on the lower-cased text: the day before the month with a year
# ("twenty first january twenty twenty six", "fourteenth september two thousand and twenty six"), a day in figures
# before a spoken year ("september 25 nineteen sixty one"), and a date said as its figures after a date word ("born two
# oh four seventy three", "date of operation twenty six oh four twenty six", "admitted ten oh five twenty six")
_SPOKEN_DAY_MONTH = compile_rx(rf"\b(?:the[ \t]+)?{_DAY}[ \t]+(?:{_MONTHS}),?[ \t]+{_YEAR}\b")
_MONTH_FIGURE_YEAR = by_first_letter(compile_rx(
    rf"\b(?:{_MONTHS})[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?[ \t]+{_YEAR}\b"))
_DAY_NUMBER = (rf"(?:(?:twenty)(?:[ \t-](?:{_UNITS}))?|thirty(?:[ \t-]one)?|{_TEEN}|{_UNITS})")
_SPOKEN_FIGURES_DATE = compile_rx(
    rf"\b(?:born|birth|dob|d[ \t]o[ \t]b|date|dated|admitted|discharged|operation|service|examination|seen|on)[ \t]+(?:(?:of|is|was)[ \t]+)?"
    rf"({_DAY_NUMBER}[ \t]+(?:oh[ \t]+(?:{_UNITS})|ten|eleven|twelve)[ \t]+{_TWO_DIGITS})\b")
# session 59 (deid tester A: 31 of 57 dictated dates of figures kept): a date's figures with a four-figure year or separators
# after a date word ("date of birth is twelve one nineteen fifty", "date of consult six one twenty twenty five", "dob oh four
# slash oh five slash fifty")
_FIGURE = rf"(?:{_DAY_NUMBER}|(?:oh|zero)[ \t]+(?:{_UNITS}))"
_SPOKEN_FIGURES_YEAR = compile_rx(
    rf"\b(?:born|birth|dob|d[ \t]o[ \t]b|date|dated|admitted|discharged|operation|service|examination|consult|consultation|visit"
    rf"|appointment|procedure|surgery|injury|onset)[ \t]+(?:(?:of|is|was|on)[ \t]+)?"
    rf"({_FIGURE}(?:[ \t]+(?:slash|dash|stroke)[ \t]+|[ \t]+){_FIGURE}(?:[ \t]+(?:slash|dash|stroke)[ \t]+{_TWO_DIGITS}|[ \t]+{_YEAR}))\b")
# a number said in thousands after a bleep or an extension ("bleep eight thousand one hundred and ninety seven")
_SPOKEN_BLEEP = compile_rx(
    rf"\b(?:bleep|pager|page|extension|ext)(?:[ \t]+(?:number|no))?[ \t]+((?:{_UNITS}|ten|{_TEEN}|{_TENS})[ \t]+thousand"
    rf"(?:[ \t,-]+(?:and|hundred|{_UNITS}|{_TEEN}|{_TENS})\b)*)")
# a name spelled in spaced capitals right after it is written ("Ian Brown B R O W N", "surname Parry, P A R R Y"); on the text
_SPACED_AFTER_WORD = compile_rx(r"\b([A-Z][A-Za-z'-]+),?[ \t]+((?:[A-Z][ \t]){2,}[A-Z])\b(?![ \t]*\d)")
# a record number said character by character after its label ("medical record number E 2 5 6 0 6 2 8", "NHS number
# 6 6 4 3 0 5 0 4 6 6", "hospital number L U T H / 2 0 1 7 / 5 6 9 5 5", "U H I D 5 1 4 9 2 5 8 5")
_SPACED_ID = compile_rx(
    r"\b(?i:number|no\.?|mrn|m[ \t]r[ \t]n|nhs|chi|id|ref|reference|accession|hospital[ \t]+no)[ \t:]+"
    r"((?:[A-Z0-9](?:[ \t]+[/-])?[ \t]+){3,}[A-Z0-9])(?![\w/])")
# the spelled letters that open a spoken record number ("unit number L U T H two zero two three ...")
_LETTERS_BEFORE = compile_rx(r"(?<![\w'])(?:[a-z][ \t]){2,5}\Z")


# a dictated address with its house number said in words ("lives at flat six thirty four Kingsway Manchester", "discharged
# home to fifty four kingsway leeds ls6 4qt", "it's eighty six beech grove bradford b d 7 1 d p"); on the lower-cased text: a
# residence cue, the spoken number, a street with its type, then up to two words of town and a postcode
_SAID_NUMBER = rf"(?:(?:{_TENS})(?:[ \t-](?:{_UNITS}))?|{_TEEN}|{_UNITS})"
_SPOKEN_STREET = compile_rx(
    rf"\b(?:lives|living|resides|home|address|it's|it[ \t]is|at|to)[ \t]+(?:(?:is|at|to)[ \t]+)?"
    rf"((?:(?:flat|unit|apartment)[ \t]+{_SAID_NUMBER}[ \t]+)?(?:number[ \t]+)?{_SAID_NUMBER}[ \t]+"
    rf"(?:[a-z]+[ \t]+){{0,2}}(?:street|road|avenue|lane|drive|close|crescent|grove|terrace|place|court|gardens|rise|walk|mews"
    rf"|parade|row|square|view|[a-z]{{2,}}(?:way|gate))\b"
    rf"(?:(?:[ \t,]+(?!with|and|who|for|follow|full|came|since|from|on|in)[a-z]{{3,}}){{0,2}}"
    rf"(?:[ \t,]+(?:[a-z]{{1,2}}\d{{1,2}}[a-z]?[ \t]+\d[a-z]{{2}}|[a-z][ \t][a-z][ \t]\d(?:[ \t]\d)?[ \t]\d[ \t][a-z][ \t][a-z]))?)?)"
)


# session 24 (v84): a legal form's written-out date ("the 26th day of December, 2023"); on the
# lower-cased text (kept apart from patterns._DATE, whose one alternation Hyperscan must accept)
_LEGAL_DATE = compile_rx(
    r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december),?[ \t]+(?:19|20|21)\d{2}\b"
)


def spoken_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Spoken dates and numbers, and spelled names (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if " day of " in low:
        out.extend((*m.span(), "[DATE]") for m in _LEGAL_DATE.finditer(low))
    month = any(m in low for m in _MONTH_HINTS)
    if (month or " of the " in low) and any(o in low for o in _ORDINAL_HINTS):
        if month:
            out.extend((*m.span(), "[DATE]") for m in _SPOKEN_DATE.finditer(low))
            out.extend((*m.span(), "[DATE]") for m in _SPOKEN_DAY_MONTH.finditer(low))
        i = low.find(" of ")
        while i >= 0:
            b = _DAY_BEFORE_OF.search(low, max(0, i - 30), i)
            m = b and (_SPOKEN_DATE_OF.match(low, b.start()) or _SPOKEN_DATE_OF_ORD.match(low, b.start()))
            if m and (m.start() == 0 or not low[m.start() - 1].isalnum()):
                out.append((*m.span(), "[DATE]"))
            i = low.find(" of ", i + 4)
    if sum(low.count(w) for w in _DIGIT_HINTS) >= 3:
        for m in _SPOKEN_DIGITS.finditer(low):
            said = m.group(0)
            digits = len(_DIGIT_WORD.findall(said)) + said.count("double") + 2 * (said.count("treble") + said.count("triple"))
            if digits < 5:
                continue  # five digits at least, a repeat counting as its digits
            phone = _CONTACT.search(low, max(0, m.start() - 20), m.start()) is not None
            start = m.start()
            if not phone:
                letters = _LETTERS_BEFORE.search(low, max(0, m.start() - 11), m.start()) or _LETTER_BEFORE.search(
                    low, max(0, m.start() - 3), m.start())
                start = letters.start() if letters else start
            out.append((start, m.end(), "[PHONE]" if phone else "[ID]"))
    if any(m in low for m in _MONTH_HINTS) and ("nineteen" in low or "twenty" in low or "thousand" in low):
        out.extend((*m.span(), "[DATE]") for m in _MONTH_FIGURE_YEAR.finditer(low))
    if " oh " in low or "twelve" in low or "eleven" in low or " ten " in low:
        out.extend((*m.span(1), "[DATE]") for m in _SPOKEN_FIGURES_DATE.finditer(low))
    if "nineteen" in low or "twenty" in low or "thousand" in low or "slash" in low or "dash" in low or "stroke" in low:
        out.extend((*m.span(1), "[DATE]") for m in _SPOKEN_FIGURES_YEAR.finditer(low))
    if "thousand" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _SPOKEN_BLEEP.finditer(low))
    if any(w in low for w in _DIGIT_HINTS) or "ty " in low or "teen " in low:
        out.extend((*m.span(1), "[ADDRESS]") for m in _SPOKEN_STREET.finditer(low))
    spelled: list[tuple[int, int]] = []
    for m in _SPACED_AFTER_WORD.finditer(text):
        if m.group(2).replace(" ", "").replace("\t", "") == m.group(1).upper().replace("'", "").replace("-", ""):
            spelled.extend((m.span(1), m.span(2)))
    out.extend((*m.span(1), "[ID]") for m in _SPACED_ID.finditer(text) if sum(c.isdigit() for c in m.group(1)) >= 4)
    if "spel" in low or "that" in low:
        spelled.extend(m.span(1) for m in _SPELLED.finditer(low))
    if "name" in low:
        spelled.extend(m.span(1) for m in _NAME_FIELD_LETTERS.finditer(low))
    if "apostrophe" in low:
        spelled.extend(m.span(1) for m in _APOSTROPHE_LETTERS.finditer(low))
    if "-" in text:  # a dashed spelling that is no listed name counts only with the name written out too
        for m in _DASHED_LETTERS.finditer(text):
            word = m.group(1).replace("-", "")
            if _key(word) in FIRST_NAMES or _key(word) in SURNAMES or re.search(
                    _WORD_RX.format(re.escape(word.title())), text[: m.start()] + text[m.end():]):
                spelled.append(m.span(1))
    for s, e in spelled:
        out.append((s, e, "[NAME]"))
        word = "".join(c for c in text[s:e].replace("apostrophe", "") if c.isalpha())
        if len(word) >= 3:  # session 35: the spelled name written whole elsewhere ("patient Smyth, that's spelled S-M-Y-T-H")
            out.extend((*m.span(), "[NAME]") for m in re.finditer(_WORD_RX.format(re.escape(word)), text))
    if " comma " in low or "postcode" in low or "address" in low:  # dictated addresses
        out.extend((*m.span(1), "[ADDRESS]") for m in _SPOKEN_HOUSE.finditer(text))
        out.extend((*m.span(), "[ZIP]") for m in _SPELLED_POSTCODE.finditer(text))
        out.extend((*m.span(1), "[ADDRESS]") for m in _SPOKEN_TOWN.finditer(text))
    if "hundred" in low or "ninety" in low:
        out.extend((*m.span(), "[AGE]") for m in _SPOKEN_AGE.finditer(low))
        out.extend((*m.span(1), "[AGE]") for m in _SPOKEN_AGE_AFTER.finditer(low))
    return out
