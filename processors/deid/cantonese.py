"""Session 10 (v30), extended in session 11 (v33: Singapore and Malaysia): a Hong Kong name written surname first in capitals, then a two-syllable
Cantonese given name ("CPN FUNG Wing Yee", "Madam LEE Wing Yee", "TSANG Chi Keung").

The capitals must be a common Chinese surname in Hong Kong romanisation and both syllables
common syllables of Cantonese given names, so "NG Tube Out" (a nasogastric tube) and "MA Vial"
stay. Many of the syllables are English words too ("Wing", "Man", "Kit"): the pair after the
surname decides, not each word.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["CHINESE_SURNAMES", "CHINESE_SYLLABLES", "cantonese_name_spans"]

CHINESE_SURNAMES = frozenset([
    "AU", "CHAN", "CHAU", "CHENG", "CHEUNG", "CHIN", "CHING", "CHIU", "CHOI", "CHOW", "CHOY", "CHU",
    "CHUNG", "FONG", "FUNG", "HO", "HUI", "HUNG", "KAM", "KO", "KONG", "KWAN", "KWOK", "KWONG", "LAI",
    "LAM", "LAU", "LAW", "LEE", "LEUNG", "LI", "LING", "LO", "LOK", "LUI", "LUK", "MA", "MAK", "MOK",
    "NG", "NGAI", "PANG", "POON", "SHUM", "SIU", "SO", "SZE", "TAM", "TANG", "TIN", "TO", "TONG",
    "TSANG", "TSE", "TSUI", "WAI", "WAN", "WONG", "WU", "YAM", "YAU", "YEUNG", "YIM", "YIP", "YU", "YUEN",
    # session 11 (v33): Singapore and Malaysia (Hokkien, Teochew romanisation): "daughter LIM Bee Leng"
    "TAN", "LIM", "TEO", "GOH", "ONG", "KOH", "ANG", "CHUA", "SIM", "TAY", "YEO", "SEAH", "TOH", "QUEK",
    "NEO", "LOH", "CHIA", "SOH", "PEH", "TEH", "KHOO", "LIEW", "FOO", "LOW", "HENG", "POH", "OOI",
])
_SYLLABLES = frozenset([
    "bo", "chau", "cheuk", "cheung", "chi", "chiu", "choi", "chun", "chung", "fai", "fong", "fung",
    "hang", "hei", "hin", "ho", "hoi", "hok", "hon", "hung", "ka", "kam", "kei", "keung", "kin", "kit",
    "kiu", "kong", "kuen", "kwai", "kwan", "kwok", "lai", "lam", "ling", "lok", "long", "lun", "man",
    "mei", "ming", "mui", "nga", "oi", "pak", "po", "pui", "sai", "sau", "shing", "shun", "sin", "siu",
    "suk", "sum", "sze", "tai", "tak", "tin", "tsz", "tung", "wah", "wai", "wan", "wing", "wo", "yan",
    "yau", "yee", "yeung", "yi", "yin", "ying", "yiu", "yuk", "yung",
    # session 11 (v33): Hokkien / Teochew given-name syllables
    "bee", "leng", "hock", "seng", "kiat", "beng", "choo", "hwee", "siew", "swee", "kim", "keng", "eng",
    "huat", "soon", "boon", "chye", "geok", "hui", "lay", "meng", "wee", "guan", "liang", "lian", "kiong",
    "chee", "chin", "cheng", "peng", "teck", "tiong", "gek", "noi", "neo", "hoon", "kok", "yew", "jin",
    # session 19 (v53, v55): "daughter SEAH Siew Lan", "son ONG Ah Kow", "son LIM Chee Keong"
    "lan", "ah", "kow", "keong",
    # session 21 (v59): Singaporean pinyin given names ("CPN: LIM Jun Hao")
    "jun", "hao", "wei", "xin", "jia", "zhi", "hong", "qing", "xiao", "yong", "jie", "rui", "kai", "yang", "ting",
    # session 23 (v75): more Cantonese given-name syllables ("daughter CHIU Ching-yee")
    "ching", "kwong", "shan", "sheung", "chak", "fat", "hing", "lin", "ping", "sek", "shuk", "tsun", "wang",
    "wun", "yat", "yuen", "yu", "fook", "kwun", "shek", "lung", "chuen", "wa", "tsui",
])
CHINESE_SYLLABLES = _SYLLABLES  # given-name syllables, lower case (session 49: pair_names.py)
_NAME = compile_rx(r"\b([A-Z]{2,6})[ \t]+([A-Z][a-z]{1,5})[ \t-]+([A-Z]?[a-z]{1,5})\b")


# session 11 (v34): the Chinese given name in brackets after an English one ("Mary HO (Sau Ying)"),
# and a doctor written "Dr MAK L.F."
_BRACKETED_GIVEN = compile_rx(r"\b([A-Z]{2,6})[ \t]*\(([A-Z][a-z]{1,5})[ \t-]+([A-Z]?[a-z]{1,5})\)")
_SURNAME_INITIALS = compile_rx(r"\b([A-Z]{2,6})[ \t]+((?:[A-Z]\.){1,3})(?![A-Za-z])")


def cantonese_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of "SURNAME Given Given" (Hong Kong order)."""
    out = [
        m.span()
        for m in _NAME.finditer(text)
        if m.group(1) in CHINESE_SURNAMES and m.group(2).lower() in _SYLLABLES and m.group(3).lower() in _SYLLABLES
    ]
    if "(" in text:
        out.extend(
            (m.start(2), m.end(3))
            for m in _BRACKETED_GIVEN.finditer(text)
            if m.group(1) in CHINESE_SURNAMES and m.group(2).lower() in _SYLLABLES and m.group(3).lower() in _SYLLABLES
        )
    if "." in text:
        out.extend(m.span() for m in _SURNAME_INITIALS.finditer(text) if m.group(1) in CHINESE_SURNAMES)
    return out
