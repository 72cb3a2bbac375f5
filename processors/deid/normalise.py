"""Session 11 (black-box CLI tester): the text the recognisers read, and the way back.

The recognisers are written for Latin letters as one code point each. Three kinds of input
cut names mid-word or hid them entirely:

- decomposed accents (NFD: "Zoe" + U+0308) and invisible format characters inside words or
  dates (a zero-width space in "12<ZWSP>/01/1930", a soft hyphen): each letter with its marks
  becomes one composed letter, the format characters go;
- full-width letters and digits, and Arabic, Persian, Devanagari and Bengali digits, become ASCII;
  a Cyrillic or Greek look-alike inside a Latin word becomes the Latin letter;
- Latin letters outside ASCII that the character classes do not list (Vietnamese "Nguy\u1ec5n",
  Polish "\u0141ukasiewicz"): each is folded to its base letter, case kept ("Nguyen");
- letters of other scripts (Cyrillic, Greek, Arabic, Hebrew, Indic, CJK, ...): folded to
  U+00B7 for the Latin recognisers, so digits beside them read as their own token
  ("\u7535\u8bdd13800138000"); ``processors.deid.scripts`` finds the names in them.

``prepare`` returns the composed text (scripts intact), the text for the Latin recognisers
(same length) and, when the two differ in length from the input, the input offset of each
character, so spans found on the prepared text map back to the input (``to_input``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from processors.deid.leading import compile_rx

__all__ = ["CJK_CHARS", "SCRIPT_CHARS", "Prepared", "prepare"]

# combining marks and invisible format characters (zero-width space / joiners, word joiner,
# soft hyphen, byte-order mark)
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_FORMAT = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"  # with bidi marks and overrides
_NEEDS_COMPOSE = compile_rx(f"[{_MARKS}{_FORMAT}]")
_CLUSTER = compile_rx(f"(?s).[{_MARKS}{_FORMAT}]*")
_DROP = compile_rx(f"[{_MARKS}{_FORMAT}]+")

# letters of non-Latin scripts (with their vowel signs and marks, which Indic words need)
SCRIPT_CHARS = (
    "\u0370-\u03ff\u1f00-\u1fff"  # Greek
    "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"  # Cyrillic
    "\u0531-\u0587"  # Armenian
    "\u05d0-\u05f2\u0591-\u05c7"  # Hebrew
    "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"  # Arabic
    "\u0700-\u074f\u0780-\u07bf"  # Syriac, Thaana
    "\u0900-\u0963\u0971-\u0de5"  # Indic scripts (Devanagari digits and dandas excluded)
    "\u0e01-\u0e4e\u0e81-\u0ecd"  # Thai, Lao
    "\u0f00-\u0fff\u1000-\u103f\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u17dd\u1800-\u18af"
    "\u3041-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"  # CJK, kana, Hangul, Yi
)
# the scripts that write a name without spaces (kana, CJK ideographs, Hangul)
CJK_CHARS = "\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SCRIPT = compile_rx(f"[{SCRIPT_CHARS}]+")
_SCRIPT_FOLD = "\u00b7"


def _latin_fold_table() -> dict[int, str]:
    """Latin letters from U+0100 on (Latin Extended-A/B and Additional) to their ASCII base
    letter, case kept; letters with no decomposition from a short list."""
    table: dict[int, str] = {}
    for cp in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        dec = unicodedata.normalize("NFKD", ch)
        if (
            len(dec) > 1
            and dec[0].isascii()
            and dec[0].isalpha()
            and all(unicodedata.combining(c) for c in dec[1:])
        ):
            table[cp] = dec[0]
    extra = {
        "\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u0126": "H", "\u0127": "h",
        "\u0131": "i", "\u013f": "L", "\u0140": "l", "\u0166": "T", "\u0167": "t", "\u0152": "O",
        "\u0153": "o", "\u0189": "D", "\u0192": "f", "\u01a4": "P", "\u0180": "b", "\u0197": "I",
        "\u0268": "i", "\u0130": "I", "\u00d8": "O", "\u00f8": "o", "\u00d0": "D", "\u00f0": "d",
    }  # fmt: skip
    table.update({ord(k): v for k, v in extra.items()})
    return table


_LATIN_FOLD = _latin_fold_table()


def _width_fold_table() -> dict[int, str]:
    """Full-width ASCII (U+FF01-FF5E) and the ideographic space, and the decimal digits of
    Arabic, Persian, Devanagari and Bengali text, to ASCII: one character for one."""
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    for zero in (0x0660, 0x06F0, 0x0966, 0x09E6):
        table.update({zero + d: str(d) for d in range(10)})
    return table


_WIDTH_FOLD = _width_fold_table()
_NEEDS_WIDTH_FOLD = compile_rx("[\uff01-\uff5e\u3000\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]")
# a Cyrillic or Greek letter inside a Latin word is a look-alike ("Zebul\u043en"): read as the Latin one
_HOMOGLYPHS = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0410\u0412\u0415\u041a\u041c\u041d\u041e"
    "\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u03bf\u039f\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d"
    "\u03a1\u03a4\u03a5\u03a7\u0396",
    "aeopcyxijsABEKMHOPCTXIJSoOABEHIKMNPTYXZ",
)
_MIXED_WORD = compile_rx(
    "(?=[^\\W\\d_]*[A-Za-z])(?=[^\\W\\d_]*[\u0370-\u03ff\u0400-\u04ff])[^\\W\\d_]+"
)
_NEEDS_LATIN_FOLD = compile_rx("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


@dataclass(frozen=True, slots=True)
class Prepared:
    """``composed``: the input with accents composed and format characters gone (scripts
    intact); ``latin``: the same with other Latin letters folded and script letters as U+00B7
    (same length as ``composed``); ``starts``: input offset of each character of ``composed``
    plus the input length, or None when ``composed`` is the input itself."""

    composed: str
    latin: str
    starts: tuple[int, ...] | None
    has_script: bool

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return start, end
        return self.starts[start], self.starts[end]


def _compose(text: str) -> tuple[str, tuple[int, ...] | None]:
    if not _NEEDS_COMPOSE.search(text):
        return text, None
    out: list[str] = []
    starts: list[int] = []
    for m in _CLUSTER.finditer(text):
        cl = m.group(0)
        if len(cl) > 1:
            cl = _DROP.sub("", unicodedata.normalize("NFC", cl))
        elif _DROP.fullmatch(cl):
            cl = ""  # a mark or format character with nothing before it
        out.append(cl)
        starts.extend([m.start()] * len(cl))
    starts.append(len(text))
    return "".join(out), tuple(starts)


def prepare(text: str) -> Prepared:
    """The texts the recognisers read (see the module doc)."""
    if text.isascii():
        return Prepared(text, text, None, False)
    composed, starts = _compose(text)
    if _NEEDS_WIDTH_FOLD.search(composed):
        composed = composed.translate(_WIDTH_FOLD)
    if _MIXED_WORD.search(composed):
        composed = _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), composed)
    latin = composed.translate(_LATIN_FOLD) if _NEEDS_LATIN_FOLD.search(composed) else composed
    has_script = _SCRIPT.search(latin) is not None
    if has_script:
        latin = _SCRIPT.sub(lambda m: _SCRIPT_FOLD * len(m.group(0)), latin)
    return Prepared(composed, latin, starts, has_script)
