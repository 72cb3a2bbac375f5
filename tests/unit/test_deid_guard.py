"""Round-5 scrubber: the clinical-token guard (no NAME span covers a clinical value, drug,
abbreviation, eponym or allergy) and the context rules added with it (person-verb phrases,
possessive relations, strong lower-case contexts, month-abbreviation given names)."""

from __future__ import annotations

import re

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.guard import guard_name_spans, is_clinical_token

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("Bisoprolol 2.5 mg OD given by SN Adeyemi at 09:00.", ["Bisoprolol 2.5 mg OD", "09:00"], id="mar-line"),
        pytest.param("S: Xiuying Ren, CCU, Na 128.", ["CCU", "Na 128"], id="ward-and-lab-after-name"),
        pytest.param("Admitted under Fujii's team with Foley catheter.", ["Foley catheter"], id="eponym-after-with"),
        pytest.param("PICC, Cushing's syndrome, Vancomycin 1 g BD", ["PICC", "Cushing's syndrome"], id="caps-abbrev-comma-eponym"),
        pytest.param("call +30 283 751 8783\n05:10 ping: coming", ["05:10"], id="phone-stops-at-line-end"),
        pytest.param("Allergies: Penicillin (anaphylaxis), Latex, Elastoplast.", ["Latex", "Elastoplast"], id="allergy-list"),
        pytest.param("Side Room 4, Bay 2 Bed 6, Cubicle 1.", ["Side Room 4", "Bay 2 Bed 6"], id="bed-words"),
        pytest.param("Mobilising with Zimmer frame.", ["Zimmer frame"], id="eponym-device"),
        pytest.param("X-ray shows consolidation. A-line in situ.", ["X-ray", "A-line"], id="letter-hyphen-words"),
        pytest.param("TWOC today. MSU Sent. ACBS Referral.", ["TWOC today", "MSU Sent", "ACBS Referral"], id="caps-abbrev-before-common-word"),  # session 33: a weekday is a [DATE]
        pytest.param("Glasgow Coma Scale 13. Murphy's sign positive.", ["Glasgow Coma Scale 13", "Murphy's sign"], id="scale-sign"),
        pytest.param("Guillain-Barre syndrome suspected; LP booked.", ["Guillain-Barre syndrome"], id="hyphen-eponym"),
        pytest.param("Transferred from Beech Ward to Rowan Ward.", ["Rowan Ward"], id="ward-name"),
        pytest.param("K+ 5.9 (H) Cr 180 eGFR 38 Hb 92 (L)", ["K+ 5.9", "Cr 180", "eGFR 38"], id="lab-line"),
        pytest.param("NBM from midnight. DNACPR in place. GCS 14/15.", ["NBM", "DNACPR", "GCS 14/15"], id="abbrevs"),
        pytest.param("Given by Staff Nurse Oyelaran.", ["Given by Staff Nurse "], id="role-words-kept"),
        pytest.param("Discussed with Hepatology; Given Tolvaptan.", ["Hepatology", "Tolvaptan"], id="service-drug-after-context"),
    ],
)  # fmt: skip
def test_clinical_values_survive(text: str, kept: list[str]) -> None:
    out = scrub_text(text, NONE, CFG)
    for value in kept:
        assert value in out


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        pytest.param("Metoprolol 25 mg PO given by RN Okafor at 08:00", "Okafor", id="role-before-surname"),
        pytest.param("Jun is worried that she is not eating.", "Jun", id="aux-person-verb"),
        pytest.param("Fang's brother will visit.", "Fang", id="possessive-relation"),
        pytest.param("Yi from the palliative team joined.", "Yi", id="from-the-team"),
        pytest.param("Admitted under Pan's team with Bell's palsy.", "Pan", id="possessive-team"),
        pytest.param("Agreed to update her son gor by text.", "gor", id="lower-relation"),
        pytest.param("coming, ask yan to get a gas", "yan", id="ask-x-to"),
        pytest.param("thanks, chao has the bloods", "chao", id="thanks-x-has"),
        pytest.param("jeanne: yes, tell tilly i gave oramorph 5 mg", "tilly", id="tell-x-i"),
        pytest.param("R: Min Dimiskis to review within 30 min", "Min", id="clause-start-short-word"),
        pytest.param("Bed 3 - Gang Abovjanyan - Hartmann's pouch", "Gang", id="dash-clause"),
        pytest.param("Spoke with Jun Katsigiannis (daughter).", "Jun", id="month-abbrev-given-name"),
        pytest.param("NEWS2 5. Quarneth's K 4.3 repeated.", "Quarneth", id="possessive-before-lab"),
        pytest.param("Patient: ENDO, Li-mei   MRN: 1234567", "ENDO", id="caps-service-word-surname"),
        pytest.param("Given by Ko at 08:00.", "Ko", id="given-by"),
        pytest.param("Lives with I-chun, her granddaughter.", "I-chun", id="initial-hyphen-given-name"),
        pytest.param("Checked by Yitzhak, countersigned by Reut.", "Reut", id="countersigned-by"),
    ],
)  # fmt: skip
def test_names_next_to_clinical_text_scrubbed(text: str, phi: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert not re.search(rf"\b{re.escape(phi)}\b", out)
    assert "[NAME]" in out


@pytest.mark.parametrize(
    ("text", "token", "clinical"),
    [
        pytest.param("Na 128", "Na", True, id="label-before-value"),
        pytest.param("Dr Lee 4 patients", "Lee", False, id="title-before-value"),
        pytest.param("seen by Lee 14 Mar", "Lee", False, id="date-after"),
        pytest.param("Jun 07794 260 845", "Jun", False, id="phone-after"),
        pytest.param("Kim 08:00", "Kim", False, id="time-after"),
        pytest.param("Parkinson's disease", "Parkinson's", True, id="eponym-disease"),
        pytest.param("Sidiq Walker", "Sidiq", False, id="surname-is-no-head"),
        pytest.param("Romberg's test", "Romberg's", True, id="possessive-weak-head"),
        pytest.param("Kim test", "Kim", False, id="weak-head-needs-possessive"),
        pytest.param("PTWR today", "PTWR", True, id="vowelless-caps"),
        pytest.param("WARD, Andrew", "WARD", False, id="english-caps-word"),
        pytest.param("Levetiracetam", "Levetiracetam", True, id="drug-list"),
        pytest.param("Gakhoum OCillin", "OCillin", False, id="inner-capital-no-drug-stem"),
    ],
)  # fmt: skip
def test_is_clinical_token(text: str, token: str, clinical: bool) -> None:
    start = text.index(token)
    assert is_clinical_token(text, start, start + len(token)) is clinical


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        pytest.param("Xiuying Ren, CCU, Na 128", [(0, 24)], ["Xiuying Ren"], id="cut-after-name"),
        pytest.param("Side Room 4", [(0, 9)], [], id="left-over-common-word-dropped"),
        pytest.param("Allergies: Latex, Elastoplast.", [(18, 29)], [], id="allergy-zone"),
        pytest.param("Plan agreed with Sidiq Walker.", [(17, 29)], ["Sidiq Walker"], id="uncut"),
    ],
)  # fmt: skip
def test_guard_name_spans(text: str, spans: list[tuple[int, int]], expected: list[str]) -> None:
    assert [text[s:e] for s, e in guard_name_spans(text, spans)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("S: Xiuying Ren, CCU, Na 128. Jun is worried.", id="guard"),
        pytest.param("thanks, chao has the bloods / ask yan to get a gas", id="lower"),
    ],
)
def test_round5_scrub_idempotent(text: str) -> None:
    once = scrub_text(text, NONE, CFG)
    assert scrub_text(once, NONE, CFG) == once


@pytest.mark.parametrize(
    ("word", "known"),
    [
        pytest.param("Hyperkalaemia", True, id="hyper-aemia"),
        pytest.param("Hemicolectomy", True, id="ectomy"),
        pytest.param("Thrombolysis", True, id="lysis"),
        pytest.param("Neutropenic", True, id="penic"),
        pytest.param("Midline", True, id="ward-word-list"),
        pytest.param("Saulitis", False, id="itis-surname"),
        pytest.param("Eufemia", False, id="emia-given-name"),
        pytest.param("Sirotic", False, id="otic-surname"),
        pytest.param("Dimiskis", False, id="unknown-surname"),
    ],
)
def test_medical_word_formation(word: str, known: bool) -> None:
    from processors.deid.unknown import is_known_word

    assert is_known_word(word) is known


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hyperkalaemia treated with insulin-dextrose.", id="sentence-initial"),
        pytest.param("Awaiting Doppler; Midline in situ; Troponin repeat at 21:00.", id="ward-words"),
    ],
)
def test_medical_words_survive(text: str) -> None:
    assert scrub_text(text, NONE, CFG) == text
