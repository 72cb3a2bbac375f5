"""Monitored observation codes, canonical units, unit conversions and plausible ranges.

One explicit, tested table (no pint): every monitored code maps to a `Measure` holding the
canonical event code, the kind (vital or lab), the canonical UCUM unit, the UCUM units it
accepts with their conversion to the canonical unit, and the physiologically possible
range (values outside it are dead-lettered as `value_out_of_range`).

Units are read from `valueQuantity.code` (UCUM); a non-UCUM spelling there, or the display
text in `valueQuantity.unit`, is a fallback through `UNIT_SYNONYMS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from processors.fhir.systems import LOINC, SNOMED, UCUM, canonical_system

__all__ = [
    "LOINC",
    "MEASURES",
    "SNOMED",
    "UCUM",
    "UNIT_SYNONYMS",
    "Measure",
    "f_to_c",
    "lookup_measure",
    "mmol_to_mgdl_glucose",
    "resolve_unit",
    "umol_to_mgdl_creatinine",
]


Convert = Callable[[float], float]


def _same(x: float) -> float:
    return x


# A converted value keeps 9 decimals: binary floating point leaves noise below them that would
# move a value off the chart's rounding edge (session 34 black-box tester: 96.71 [degF] is 35.95 Cel
# exactly, but (96.71 - 32) * 5 / 9 is 35.949999999999996, rounded half up to 35.9, not 36.0)
_PLACES = 9


def f_to_c(x: float) -> float:
    return round((x - 32.0) * 5.0 / 9.0, _PLACES)


def umol_to_mgdl_creatinine(x: float) -> float:
    return round(x / 88.4, _PLACES)


def mmol_to_mgdl_glucose(x: float) -> float:
    return round(x * 18.016, _PLACES)


def _div10(x: float) -> float:
    return round(x / 10.0, _PLACES)


def _s_to_ms(x: float) -> float:
    return round(x * 1000.0, _PLACES)


@dataclass(frozen=True)
class Measure:
    code: str  # canonical event code
    name: str
    kind: Literal["vital", "lab"]
    unit: str | None  # canonical UCUM unit (None for coded answers)
    units: Mapping[str, Convert]  # accepted UCUM unit -> converter into `unit`
    low: float | None = None  # inclusive plausible range
    high: float | None = None
    unitless_ok: bool = False  # dimensionless scores/ratios may omit the unit
    coded: bool = False  # value is a valueCodeableConcept (ACVPU)
    system: str = LOINC  # code system of the canonical code


_RATE = {"/min": _same, "{beats}/min": _same, "{breaths}/min": _same, "1/min": _same}
_PCT = {"%": _same}
_MMHG = {"mm[Hg]": _same}
_TEMP = {"Cel": _same, "[degF]": f_to_c}
_FLOW = {"L/min": _same}
_SCORE = {"{score}": _same, "{Score}": _same, "{ScoreOf}": _same, "{points}": _same, "1": _same}
_MMOL = {"mmol/L": _same, "meq/L": _same}  # monovalent ions: 1 mEq = 1 mmol
_CREAT = {"mg/dL": _same, "umol/L": umol_to_mgdl_creatinine}
_GLUC = {"mg/dL": _same, "mmol/L": mmol_to_mgdl_glucose}
def _div1000(x: float) -> float:
    return x / 1000.0


# a count per microlitre (platelets 250000 /uL) is 1000 times the count in 10*3/uL; 1/nL = 10*9/L
_COUNT = {"10*3/uL": _same, "10*9/L": _same, "10*3/mm3": _same, "/nL": _same, "/uL": _div1000,
          "/mm3": _div1000}
_HB = {"g/dL": _same, "g/L": _div10}
_MS = {"ms": _same, "s": _s_to_ms}
_INR = {"{INR}": _same, "1": _same, "{ratio}": _same}
_NGML = {"ng/mL": _same, "ug/L": _same}


def _m(code: str, name: str, kind: Literal["vital", "lab"], unit: str | None,
       units: Mapping[str, Convert], low: float | None, high: float | None,
       *, unitless_ok: bool = False, coded: bool = False, system: str = LOINC) -> Measure:
    return Measure(code, name, kind, unit, units, low, high, unitless_ok, coded, system)


_HR = _m("8867-4", "heart rate", "vital", "/min", _RATE, 0, 300)
_TEMPM = _m("8310-5", "body temperature", "vital", "Cel", _TEMP, 25, 45)
_CREATM = _m("2160-0", "creatinine", "lab", "mg/dL", _CREAT, 0, 40)
_GLUCM = _m("2345-7", "glucose", "lab", "mg/dL", _GLUC, 0, 3000)
_LACT = _m("2524-7", "lactate", "lab", "mmol/L", _MMOL, 0, 40)

# (system, code) -> Measure. SpO2 keeps both codes as sent (rules dedup them); creatinine,
# glucose, temperature and lactate variants are normalised to one canonical code.
MEASURES: dict[tuple[str, str], Measure] = {
    (LOINC, "8867-4"): _HR,
    (LOINC, "9279-1"): _m("9279-1", "respiratory rate", "vital", "/min", _RATE, 0, 120),
    # session 47 (integration tester): "0.95 %" (a fraction sent as a percentage) scored SpO2 3 in NEWS2; a saturation
    # under 10 % is no reading (oximeters report from about 50 %; an arterial gas that low is no live patient's)
    (LOINC, "2708-6"): _m("2708-6", "oxygen saturation", "vital", "%", _PCT, 10, 100),
    (LOINC, "59408-5"): _m("59408-5", "oxygen saturation (pulse oximetry)", "vital", "%",
                           _PCT, 10, 100),
    (LOINC, "8480-6"): _m("8480-6", "systolic blood pressure", "vital", "mm[Hg]", _MMHG, 0, 350),
    (LOINC, "8462-4"): _m("8462-4", "diastolic blood pressure", "vital", "mm[Hg]", _MMHG, 0, 250),
    (LOINC, "8310-5"): _TEMPM,
    (LOINC, "8331-1"): _TEMPM,
    (LOINC, "3151-8"): _m("3151-8", "inhaled oxygen flow rate", "vital", "L/min", _FLOW, 0, 100),
    (LOINC, "3150-0"): _m("3150-0", "inhaled oxygen concentration", "vital", "%", _PCT, 0, 100),
    (LOINC, "9269-2"): _m("9269-2", "Glasgow coma score total", "vital", "{score}", _SCORE, 3, 15,
                          unitless_ok=True),
    (SNOMED, "1104441000000107"): _m("1104441000000107", "ACVPU", "vital", None, {}, None, None,
                                     coded=True, system=SNOMED),
    (SNOMED, "1104051000000101"): _m("1104051000000101", "NEWS2 total", "vital", "{score}", _SCORE,
                                     0, 20, unitless_ok=True, system=SNOMED),
    (LOINC, "2823-3"): _m("2823-3", "potassium", "lab", "mmol/L", _MMOL, 0, 15),
    (LOINC, "2160-0"): _CREATM,
    (LOINC, "38483-4"): _CREATM,
    (LOINC, "14682-9"): _CREATM,
    (LOINC, "6301-6"): _m("6301-6", "INR", "lab", "{INR}", _INR, 0, 30, unitless_ok=True),
    (LOINC, "2345-7"): _GLUCM,
    (LOINC, "14749-6"): _GLUCM,
    (LOINC, "2524-7"): _LACT,
    (LOINC, "32693-4"): _LACT,
    (LOINC, "6690-2"): _m("6690-2", "leukocytes", "lab", "10*3/uL", _COUNT, 0, 1000),
    (LOINC, "777-3"): _m("777-3", "platelets", "lab", "10*3/uL", _COUNT, 0, 5000),
    (LOINC, "718-7"): _m("718-7", "hemoglobin", "lab", "g/dL", _HB, 0, 30),
    (LOINC, "2951-2"): _m("2951-2", "sodium", "lab", "mmol/L", _MMOL, 0, 250),
    (LOINC, "8636-3"): _m("8636-3", "QTc interval", "lab", "ms", _MS, 0, 1000),
    (LOINC, "10535-3"): _m("10535-3", "digoxin level", "lab", "ng/mL", _NGML, 0, 50),
}

# Display text / non-UCUM spellings (lower-cased) -> UCUM code.
UNIT_SYNONYMS: dict[str, str] = {
    "/min": "/min", "1/min": "/min", "per min": "/min", "per minute": "/min",
    "beats/minute": "/min", "beats/min": "/min", "beats per minute": "/min", "bpm": "/min",
    "{beats}/min": "/min", "breaths/minute": "/min", "breaths/min": "/min",
    "breaths per minute": "/min", "{breaths}/min": "/min", "{breath}/min": "/min",
    "%": "%", "percent": "%", "pct": "%",
    "mmhg": "mm[Hg]", "mm hg": "mm[Hg]", "mm[hg]": "mm[Hg]",
    "cel": "Cel", "°c": "Cel", "degc": "Cel", "deg c": "Cel", "c": "Cel", "celsius": "Cel",
    "degf": "[degF]", "[degf]": "[degF]", "°f": "[degF]", "deg f": "[degF]", "f": "[degF]",
    "fahrenheit": "[degF]",
    "l/min": "L/min", "liters/min": "L/min", "litres/min": "L/min", "lpm": "L/min",
    "l/minute": "L/min", "liter/min": "L/min",
    "mmol/l": "mmol/L", "meq/l": "meq/L", "m[eq]/l": "meq/L",
    "mg/dl": "mg/dL", "umol/l": "umol/L", "µmol/l": "umol/L", "μmol/l": "umol/L",
    "micromol/l": "umol/L",
    "10*3/ul": "10*3/uL", "10^3/ul": "10*3/uL", "x10^3/ul": "10*3/uL", "k/ul": "10*3/uL",
    "thou/ul": "10*3/uL", "10*3/mm3": "10*3/mm3", "10*9/l": "10*9/L", "10^9/l": "10*9/L",
    "x10^9/l": "10*9/L", "x10e9/l": "10*9/L",
    # session 13 (black-box tester): US per-microlitre spellings of cell counts
    "k/mcl": "10*3/uL", "k/µl": "10*3/uL", "k/μl": "10*3/uL", "thou/mcl": "10*3/uL", "10*3/mcl": "10*3/uL",
    "10^3/mcl": "10*3/uL", "x10^3/mcl": "10*3/uL", "x10e3/mcl": "10*3/uL",
    "g/dl": "g/dL", "g/l": "g/L",
    "ms": "ms", "msec": "ms", "milliseconds": "ms", "s": "s", "sec": "s", "seconds": "s",
    "{inr}": "{INR}", "inr": "{INR}", "ratio": "{ratio}", "{ratio}": "{ratio}", "1": "1",
    "{score}": "{score}", "score": "{score}", "points": "{score}", "{scoreof}": "{ScoreOf}",
    "ng/ml": "ng/mL", "ug/l": "ug/L", "µg/l": "ug/L",
    # session 7 (black-box findings): more spellings seen in feeds
    "/minute": "/min", "per min.": "/min", "resp/min": "/min", "resps/min": "/min",
    "respirations/min": "/min", "respirations/minute": "/min", "rpm": "/min", "beats": "/min",
    "b/min": "/min", "br/min": "/min",
    "degrees c": "Cel", "degree c": "Cel", "deg. c": "Cel", "degrees celsius": "Cel",
    "degrees f": "[degF]", "degree f": "[degF]", "deg. f": "[degF]", "degrees fahrenheit": "[degF]",
    "gm/dl": "g/dL", "gm/l": "g/L", "g/dl.": "g/dL",
    "mcmol/l": "umol/L", "mmol/l.": "mmol/L", "meq/liter": "meq/L",
    "10e9/l": "10*9/L", "10e3/ul": "10*3/uL", "x10e3/ul": "10*3/uL", "x10*9/l": "10*9/L",
    "x10*3/ul": "10*3/uL", "10^3/mm3": "10*3/mm3", "x10^3/mm3": "10*3/mm3", "k/mm3": "10*3/mm3",
    "/nl": "/nL", "/ul": "/uL", "/mm3": "/mm3", "cells/ul": "/uL", "g/l (x10^9)": "10*9/L",
    "mcg/l": "ug/L", "ng/ml.": "ng/mL",
    "mmhg.": "mm[Hg]", "mm/hg": "mm[Hg]",
    "l/m": "L/min", "lit/min": "L/min",
    "msecs": "ms",
}


def lookup_measure(system: object, code: object) -> Measure | None:
    """The Measure of a (system, code) coding, or None when the code is not monitored."""
    system = canonical_system(system)
    if not isinstance(system, str) or not isinstance(code, str):
        return None
    return MEASURES.get((system, code))


def _synonym(text: str) -> str | None:
    """The UCUM code of a unit spelling; micro written as the micro sign or Greek mu reads as "u"
    ("x10^3/µL", "10*3/μL": session 32 ingest tester, "K/µL" and "µmol/L" were listed one by one)."""
    key = text.strip().lower()
    return UNIT_SYNONYMS.get(key) or UNIT_SYNONYMS.get(key.replace("\u00b5", "u").replace("\u03bc", "u"))


_ANNOTATION = re.compile(r"\{[^{}]*\}")


def _unannotated(code: str) -> str:
    """A UCUM code without its curly-brace annotations, which UCUM defines as the unit 1 ("{beat}/min" is "/min",
    "{cells}/uL" is "/uL", "{score}" is "1")."""
    bare = _ANNOTATION.sub("", code.strip())
    return bare or ("1" if code.strip() else bare)


def resolve_unit(measure: Measure, quantity: Mapping[str, object]) -> Convert | None:
    """The converter for a Quantity's unit into the measure's canonical unit, or None.

    Order: `code` as UCUM (system UCUM or absent), `code` through the synonym table, then
    the display `unit` through the synonym table. A `code` the sender marks as UCUM (system
    UCUM) that does not convert is the unit sent: no fallback to the display text (session 34
    black-box tester: creatinine 0.1 with code "mmol/L" and unit "mg/dL" was read as 0.1 mg/dL,
    an 11x misread that could hide an AKI), so it is `unknown_unit`.
    """
    system = canonical_system(quantity.get("system"))
    code = quantity.get("code")
    if isinstance(code, str) and system in (None, UCUM):
        conv = measure.units.get(code)
        if conv is not None:
            return conv
        syn = _synonym(code)
        if syn is not None and syn in measure.units:
            return measure.units[syn]
        bare = _unannotated(code)
        if bare != code and bare in measure.units:
            return measure.units[bare]  # session 56 (ingest tester L): "{beat}/min" is "/min" in UCUM
        if code.strip() and not _giga_count(code, measure):
            return None  # session 45 (ingest tester): a code sent with no system is UCUM too (input contract section 4)
    unit = quantity.get("unit")
    if isinstance(unit, str):
        syn = _synonym(unit)
        if syn is not None and syn in measure.units:
            return measure.units[syn]
    for text in (code, unit):
        if _giga_count(text, measure):
            return measure.units["10*9/L"]
    return None


def _giga_count(text: object, measure: Measure) -> bool:
    """"G/L" (giga per litre, French and German labs) is a cell count, never grams; UCUM's litre
    is "l" or "L" (session 30: MII-style feeds send "G/l"); lower-case "g" is grams."""
    return isinstance(text, str) and text.strip() in ("G/L", "G/l") and "10*9/L" in measure.units
