"""Identifiers of transplant, dialysis and blood-bank coordination notes (session 59, deid tester D: 240 notes).

- A donor's or recipient's number after its registry or role ("TGLN donor 2023-7115", "ODT donor 853608",
  "UNOS 4471023"): five figures or more, or figures joined by a hyphen, never a measurement ("donor 100kg");
- a blood product's or plasma derivative's batch or lot number ("Beriplex lot 2347-3652", "ivig batch y871j5137"), which
  traceability records tie to its recipient as a vaccine's lot is (``community.vaccine_lot_spans``): letters and figures
  with two figures at least, not "a lot of"; another drug's batch stays (sessions 8 and 14: "Ranibizumab 0.5 mg, batch
  22A9");
- a blood component's donation number written in lower case or spaced ("unit w076 441 893 617 x", "unit
  w928708417461"): a letter and ten figures or more;
- an aircraft's tail number after "tail" ("charter tail no. vh-kab").

Every pattern sits behind a substring test (speed); spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["transplant_spans"]

_REGISTRY_NUMBER = compile_rx(
    r"\b(?i:tgln|odt|unos|nhsbt|optn|ctgh|donor|recipient|recip)[ \t]+(?i:donor[ \t]+|recipient[ \t]+)?"
    r"(?i:id|no\.?|number|#|code|ref)?[ \t]*[:#]?[ \t]*"
    r"((?i:\d{5,}|\d{2,4}-\d{3,}(?:-\d+)?|[a-z]{1,4}-?\d{5,}|\d{5,}[a-z]{1,3}))(?![\w.-])"
)
_BATCH = compile_rx(
    r"\b(?i:lot|batch)[ \t]*(?i:no\.?|number|#)?[ \t]*[:#]?[ \t]*"
    r"((?=(?:[A-Za-z-]*\d){2})[A-Za-z0-9](?:[A-Za-z0-9-]{2,18}[A-Za-z0-9]))(?![\w.-])"
)
_BLOOD_PRODUCT = compile_rx(
    r"\b(?i:ivig|scig|immunoglobulin|intragam|privigen|octagam|gamunex|hizentra|kiovig|albumin\w*|beriplex|octaplex|prothrombinex|"
    r"pcc|ffp|octaplas|cryo\w*|platelets?|plts|rbc|prbc|red\s+cells|blood|anti-?d|rhophylac|factor\s+(?:viii|ix|vii|8|9|7)|fibrinogen|"
    r"riastap|fibryga|novoseven|haemocomplettan|plasma)\b(?:[^;.\n]|\.(?=\d)){0,60}\Z")
_UNIT_NUMBER = compile_rx(r"\b(?i:unit|donation)[ \t]*(?i:no\.?|number|#)?[ \t]*[:#]?[ \t]*"
                          r"((?i:[a-z])\d{3,4}(?:[ \t]?\d{2,6}){1,4}(?:[ \t](?i:[a-z0-9])\b)?)")
_TAIL = compile_rx(r"\b(?i:tail)[ \t]+(?i:no\.?|number|#|reg(?:istration)?)?[ \t]*[:#]?[ \t]*"
                   r"((?i:[a-z]{1,2}-[a-z0-9]{3,5}|n\d{2,5}[a-z]{0,2}))(?![\w-])")


def transplant_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if "donor" in low or "recip" in low or "tgln" in low or "odt" in low or "unos" in low or "nhsbt" in low or "optn" in low:
        out.extend((*m.span(1), "[ID]") for m in _REGISTRY_NUMBER.finditer(text))
    if "lot" in low or "batch" in low:
        out.extend((*m.span(1), "[ID]") for m in _BATCH.finditer(text)
                   if _BLOOD_PRODUCT.search(text, max(0, m.start() - 80), m.start()))
    if "unit" in low or "donation" in low:
        out.extend((*m.span(1), "[ID]") for m in _UNIT_NUMBER.finditer(text) if sum(c.isdigit() for c in m.group(1)) >= 10)
    if "tail" in low:
        out.extend((*m.span(1), "[ID]") for m in _TAIL.finditer(text))
    return out
