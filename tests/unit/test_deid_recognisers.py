"""Second-round scrubber recognisers: role contexts, SURNAME, Given, other date / phone / id
formats, list names from more locales, the clinical allow-lists, and token normal forms."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, identifier_tokens, scrub_text
from processors.deid.keyed import token_hash
from processors.deid.tokens import _raw_tokens, _with_markers, norm_word

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "phi", "placeholder"),
    [
        pytest.param("reviewed with consultant Wali today", "Wali", "[NAME]", id="role-consultant"),
        pytest.param("seen by reg Qorvane", "Qorvane", "[NAME]", id="role-reg"),
        pytest.param("and physio Tamsek helped", "Tamsek", "[NAME]", id="role-physio"),
        pytest.param("HCA Brunildo did obs", "Brunildo", "[NAME]", id="role-hca"),
        pytest.param("Niece Oblumara rang", "Oblumara", "[NAME]", id="relative-niece"),
        pytest.param("Handed over by Vesk Trannor.", "Vesk Trannor", "[NAME]", id="handed-over-by"),
        pytest.param("Carer Anna D'Quillon rang", "D'Quillon", "[NAME]", id="apostrophe-surname"),
        pytest.param("Pt: KOWALCZYK, Zofia, bed 3", "KOWALCZYK, Zofia", "[NAME]", id="caps-comma"),
        pytest.param("WR 1/2/25. NILSSON Katarina, stable", "NILSSON Katarina", "[NAME]", id="caps-listed"),
        pytest.param("Ward round. O'BRIAIN, Sean", "O'BRIAIN, Sean", "[NAME]", id="caps-apostrophe"),
        pytest.param("Fredrik Johansson walked", "Fredrik Johansson", "[NAME]", id="list-sv"),
        pytest.param("Güzey Yılmaz asked", "Güzey Yılmaz", "[NAME]", id="list-accented"),
        pytest.param("seen on 3-Feb-26", "3-Feb-26", "[DATE]", id="date-2digit-year"),
        pytest.param("seen 05 Nov 26, stable", "05 Nov 26", "[DATE]", id="date-dmy-2digit"),
        pytest.param("review 2025.08.20", "2025.08.20", "[DATE]", id="date-dotted-iso"),
        pytest.param("WR Saturday 7 March ok", "Saturday 7 March", "[DATE]", id="date-weekday"),
        pytest.param("WR Thu 12/03/2026 ok", "Thu 12/03/2026", "[DATE]", id="date-weekday-abbr"),
        pytest.param("WR SEPTEMBER 17 2025 ok", "SEPTEMBER 17 2025", "[DATE]", id="date-upper-month"),
        pytest.param("on Apr 28 '15 fell", "Apr 28 '15", "[DATE]", id="date-apostrophe-year"),
        pytest.param("fax (635)530-6569 ext. 325 now", "530-6569 ext. 325", "[PHONE]", id="phone-ext-context"),
        pytest.param("ring (635)530-6569 ext 32 now", "530-6569 ext 32", "[PHONE]", id="phone-ext"),
        pytest.param("rang on 07461 481 199 today", "07461 481 199", "[PHONE]", id="phone-uk-mobile"),
        pytest.param("ring (096) 946 6341 today", "(096) 946 6341", "[PHONE]", id="phone-area-paren"),
        pytest.param("rang on 928/631.6548 today", "928/631.6548", "[PHONE]", id="phone-slash"),
        pytest.param("hosp no. 882 671 6140 checked", "882 671 6140", "[ID]", id="id-spaced-phone-shape"),
        # session 60: a labelled number spaced as a phone is typed [ID] (it was [PHONE]; removed either way)
        pytest.param("Ref DN/2578/39 filed", "DN/2578/39", "[ID]", id="id-ref-slashes"),
        pytest.param("at 807 Charlotte Trail 95553 on", "95553", "[ADDRESS]", id="zip-after-street"),
    ],
)
def test_new_recognisers(text: str, phi: str, placeholder: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert placeholder in out


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Foley catheter in situ", id="foley"),
        pytest.param("Murphy's sign negative", id="murphy"),
        pytest.param("Wells score 4", id="wells"),
        pytest.param("Bristol stool type 6", id="bristol"),
        pytest.param("post Hartmann's procedure", id="hartmann"),
        pytest.param("Borg 5", id="borg"),
        pytest.param("Zimmer frame", id="zimmer"),
        pytest.param("NEWS2 5", id="news2"),
        pytest.param("BRBPR", id="brbpr"),
        pytest.param("SOB on exertion", id="sob"),
        pytest.param("N/V", id="nv"),
        pytest.param("q4h PRN", id="q4h-prn"),
        pytest.param("Oramorph 5 mg PRN", id="oramorph"),
        pytest.param("Lantus 18 units", id="lantus"),
        pytest.param("GCS 14, HR 88, RR 18", id="vitals"),
        pytest.param("NKDA Allergy", id="caps-abbrev-not-surname"),
        pytest.param("ECG Sinus rhythm", id="caps-ecg"),
        pytest.param("furosemide 40 mg IV", id="drug"),
    ],
)
def test_clinical_vocabulary_survives(value: str) -> None:
    text = f"Overnight: {value}. Stable."
    assert value in scrub_text(text, NONE, CFG)


@pytest.mark.parametrize(
    ("word", "norm"),
    [
        pytest.param("march", "mar", id="month-full"),
        pytest.param("sept", "sep", id="month-sept"),
        pytest.param("14th", "14", id="ordinal"),
        pytest.param("1st", "1", id="ordinal-1st"),
        pytest.param("smith", "smith", id="plain"),
        pytest.param("th", "th", id="suffix-alone"),
    ],
)
def test_norm_word(word: str, norm: str) -> None:
    assert norm_word(word) == norm


PATIENT = {
    "resourceType": "Patient",
    "identifier": [{"system": "urn:mrn", "value": "ZX-4471-QP"}],
    "name": [{"given": ["June"], "family": "Fairweather921"}],
    "telecom": [{"system": "phone", "value": "555-301-7788"}],
    "address": [{"line": ["77 Quarry Bend"], "city": "Little Snoring", "postalCode": "01906"}],
    "birthDate": "1944-09-03",
}


def test_identifier_tokens_equal_token_hash() -> None:
    """The fast path (one keyed BLAKE2b state copied per token) gives exactly the keyed token hashes."""
    expected = frozenset(
        token_hash(CFG.pseudonym_key, kind, norm)
        for kind, norm in _with_markers(_raw_tokens(PATIENT))
        if norm
    )
    assert identifier_tokens(PATIENT, CFG) == expected


def test_identifier_tokens_idempotent() -> None:
    assert identifier_tokens(PATIENT, CFG) == identifier_tokens(PATIENT, CFG)


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        pytest.param("born September 3rd, 1944", "September 3rd, 1944", id="ordinal-month-first"),
        pytest.param("born 3rd Sept 1944", "3rd Sept 1944", id="ordinal-sept"),
        pytest.param("JUNE asked for tea", "JUNE", id="month-named-patient"),
    ],
)
def test_planted_tokens_in_normal_form(text: str, planted: str) -> None:
    assert planted not in scrub_text(text, identifier_tokens(PATIENT, CFG), CFG)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("WR Thu 12/03/2026. NILSSON Katarina, hosp no. 882 671 6140.", id="ward"),
        pytest.param("Niece Oblumara rang on 07461 481 199; Ref DN/2578/39.", id="community"),
    ],
)
def test_new_recognisers_idempotent(note: str) -> None:
    once = scrub_text(note, NONE, CFG)
    assert scrub_text(once, NONE, CFG) == once
    assert scrub_text(note, NONE, CFG) == once
