"""Text inside markup, for the scrubber (session 16, black-box privacy tester).

An HTML / XML attachment or a narrative ``div`` can hide a name from any text scrubber: split by
inline tags ("Zeb<b>ulon</b> Quack<i>en</i>bush") or written as character references
("&#90;&#101;&#98;..."). ``markup_text`` gives the text a reader sees: inline elements joined
without a space, other tags as a line break or a space, comments and script / style content
dropped, character references decoded (no-break spaces and non-ASCII hyphens as ASCII).
"""

from __future__ import annotations

import codecs
import html
import re

__all__ = ["decode_references", "decode_text", "is_markup", "known_charset", "markup_text", "utf8_content_type"]

_INLINE = ("a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span"
           "|strike|strong|sub|sup|time|tt|u|var|wbr")
_DROPPED = re.compile(r"(?is)<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>")
_INLINE_TAG = re.compile(rf"(?i)</?(?:{_INLINE})\b[^>]*>")
_BLOCK_TAG = re.compile(r"(?i)<(?:br|p|div|li|tr|h[1-6]|table|ul|ol|hr|section|article|td|th)\b[^>]*>|</(?:p|div|li|tr|h[1-6]|table|ul|ol|td|th)\s*>")
_TAG = re.compile(r"<[^>]*>")
_FOLD = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2010": "-", "\u2011": "-",
                       "\u2012": "-", "\u2013": "-", "\u2212": "-"})
_CHARSET = re.compile(r"\s*;\s*charset\s*=\s*\"?([A-Za-z0-9._:-]{1,40})\"?", re.IGNORECASE)
_MARKUP_TYPES = ("text/html", "text/xml", "application/xml", "application/xhtml+xml", "text/sgml", "text/rtf",
                 "application/rtf")
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_RTF_HEX = re.compile(r"\\'([0-9a-fA-F]{2})")
_RTF_UNICODE = re.compile(r"\\u(-?\d{1,6})\??")
_RTF_DESTINATION = re.compile(r"\{\\(?:\*|(?:fonttbl|colortbl|stylesheet|info|pict|listtable|listoverridetable"
                              r"|rsidtbl|generator|xmlnstbl|themedata|colorschememapping|latentstyles"
                              r"|datastore|filetbl|revtbl)\b)")
_RTF_BREAK = re.compile(r"\\(?:par|line|row|sect|page)\b ?")
_RTF_CONTROL = re.compile(r"\\([a-zA-Z]{1,32})-?\d{0,10} ?|\\([^a-zA-Z])|[{}]")
# what a control word or symbol shows; any other (formatting: \b, \i0, \f1, \fs20) shows nothing,
# and neither do braces: "Quack{\b enbush}" reads "Quackenbush" (session 31, ingest tester)
_RTF_WORD_TEXT = {"tab": "\t", "emdash": "-", "endash": "-", "bullet": "*", "lquote": "'", "rquote": "'",
                  "ldblquote": '"', "rdblquote": '"', "emspace": " ", "enspace": " ", "qmspace": " "}
_RTF_SYMBOL_TEXT = {"~": " ", "_": "-", "{": "{", "}": "}", "\\": "\\"}  # "\-" (optional hyphen): nothing


def decode_references(value: str) -> str:
    """``value`` with character references decoded ("&#90;ebulon" -> "Zebulon"): free text in a
    resource may be shown as HTML by whoever reads it; plain text without references is returned as is."""
    return html.unescape(value).translate(_FOLD) if _REFERENCE.search(value) else value


def _without_destinations(value: str) -> str:
    """RTF without the groups a reader never sees (font and colour tables, style sheet, document
    info, ``{\\*...}`` destinations, pictures): their words are not the note's."""
    out: list[str] = []
    pos = 0
    for m in _RTF_DESTINATION.finditer(value):
        if m.start() < pos:
            continue  # inside a group already dropped
        out.append(value[pos:m.start()])
        depth, i = 0, m.start()
        while i < len(value):
            ch = value[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        pos = i + 1
    out.append(value[pos:])
    return "".join(out)


def _rtf_text(value: str) -> str:
    value = _RTF_BREAK.sub("\n", _without_destinations(value))
    text = _RTF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), value)
    text = _RTF_UNICODE.sub(lambda m: chr(int(m.group(1)) % 65536), text)
    return _RTF_CONTROL.sub(_rtf_shown, text)


def _rtf_shown(m: re.Match[str]) -> str:
    if m.group(1):
        return _RTF_WORD_TEXT.get(m.group(1), "")
    if m.group(2):
        return _RTF_SYMBOL_TEXT.get(m.group(2), "")
    return ""


def markup_text(value: str) -> str:
    """The text of ``value`` (HTML / XML / XHTML, or RTF) as a reader sees it."""
    if value.lstrip().startswith("{\\rtf"):
        return _rtf_text(value).translate(_FOLD)
    text = _DROPPED.sub(" ", value)
    text = _INLINE_TAG.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub(" ", text)
    return html.unescape(text).translate(_FOLD)


def is_markup(ctype: str) -> bool:
    """An attachment content type whose data is markup ("text/html; charset=utf-8")."""
    return ctype.split(";", 1)[0].strip().lower() in _MARKUP_TYPES


def known_charset(ctype: str) -> bool:
    """No charset declared, or one Python can decode with."""
    declared = _CHARSET.search(ctype)
    if declared is None:
        return True
    try:
        codecs.lookup(declared.group(1))
    except LookupError:
        return False
    return True


def decode_text(data: bytes, ctype: str) -> str | None:
    """Text bytes in the charset ``ctype`` declares. Undeclared: UTF-8, UTF-16 with a byte-order
    mark, else Windows-1252 / Latin-1 (session 17: a Latin-1 note with no charset was dropped, its
    data lost). None when the bytes are not text in that reading (more than one character in ten a
    NUL: UTF-16 with no mark read byte by byte would hide every letter from the scrubber).
    Trailing NULs (a C-string terminator, padding; session 28 black-box tester) and a few others
    are removed, as a reader never sees them: "Zeb<NUL>ulon" is read, and scrubbed, as "Zebulon"."""
    declared = _CHARSET.search(ctype)
    readings = [declared.group(1)] if declared else ["utf-8"]
    if not declared:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            readings = ["utf-16"]
        readings += ["cp1252", "latin-1"]
    for charset in readings:
        try:
            text = data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
        text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark is no character of the note
        if "\x00" not in text:
            return text
        text = text.rstrip("\x00")  # a terminator or padding
        nuls = text.count("\x00")
        return None if nuls * 10 > len(text) else text.replace("\x00", "")
    return None


def utf8_content_type(ctype: str) -> str:
    """``ctype`` after its data was re-encoded: markup becomes its text, a declared charset UTF-8."""
    if is_markup(ctype):
        return "text/plain; charset=utf-8"
    if _CHARSET.search(ctype) is None:  # read as UTF-8 / UTF-16 / Windows-1252: say what it is now
        return f"{ctype.strip()}; charset=utf-8"
    return _CHARSET.sub("; charset=utf-8", ctype, count=1)
