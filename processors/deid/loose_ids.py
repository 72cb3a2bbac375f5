"""Identifier and location forms written without their usual punctuation or label (session 33
black-box tester).

- a US Social Security number with blanks for its hyphens and no "SSN" label ("Her number is
  123 45 6789"): three, two and four digits, the area neither 000 nor 666 (9xx is a taxpayer
  number, an identifier too), standing alone (no digit, decimal point or slash next to it);
- a UK National Insurance number with blanks ("NI number QQ 12 34 56 C": two capitals, three
  pairs of digits, a suffix A-D; HMRC's own example prefix QQ is matched too);
- GPS coordinates ("Lat/long 42.3601, -71.0589", "Lat 42.3601 Long -71.0589", "51.5072 N,
  0.1276 W"): a latitude and a longitude in range, either labelled (lat / long / GPS /
  coordinates / location within a few words) with two decimals or more, or unlabelled with four
  decimals or more on both. A location smaller than a state is an identifier (HIPAA Safe Harbor).

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["loose_id_spans"]

_SSN_SPACED = compile_rx(r"(?<![\d.,/:-])\b(?!000|666)\d{3}[ \t]\d{2}[ \t]\d{4}\b(?![.,/:-]?\d)")
_NINO_SPACED = compile_rx(
    r"\b[A-Z]{2}[ \t]\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"
)
_DEG = r"(?:[ \t]*\u00b0)?(?:[ \t]*[NSEW]\b)?"
_PAIR = compile_rx(
    rf"(?<![\d.])(-?\d{{1,2}}\.(\d{{2,}})){_DEG}[ \t]*[,;/]?[ \t]*"
    rf"(?:(?i:long(?:itude)?|lng|lon)\.?[ \t]*:?[ \t]*)?(-?\d{{1,3}}\.(\d{{2,}})){_DEG}(?!\d|\.\d)"
)
_LABEL = compile_rx(r"(?i:\b(?:lat(?:itude)?|long(?:itude)?|lat/long|lat/lon|gps|co-?ordinates|coords?|geo|location"
                    r"|position|pin)\b)[^\n]{0,24}\Z")


def loose_id_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(), "[SSN]") for m in _SSN_SPACED.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _NINO_SPACED.finditer(text))
    if "." not in text:
        return out
    for m in _PAIR.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(3))
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        labelled = _LABEL.search(text, max(0, m.start() - 40), m.start()) is not None
        if labelled or (len(m.group(2)) >= 4 and len(m.group(4)) >= 4):
            out.append((*m.span(), "[ADDRESS]"))
    return out
