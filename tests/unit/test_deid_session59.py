"""Session 59: the scrubber after this session's work. Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the OCR reading had turned "b0m" into "bom" and "t1s" into "tis" before the postal-code recognisers saw them
        pytest.param("postal code: b0m 1c7", ["b0m", "1c7"], ["postal code"], id="lower-postal-code-not-ocr"),
        pytest.param("Postal code B0M 1C7 on file", ["B0M", "1C7"], ["on file"], id="caps-postal-code"),
        pytest.param("lives in red deer ab t1s4j7 with son", ["t1s4j7"], ["with son"], id="tight-postal-code-after-province"),
        pytest.param("Pat1ent: J0nathan Smithers", ["J0nathan"], [], id="ocr-word-still-read"),
        pytest.param("Cons: Dr Ramirez Barrett's oesophagus, for OGD", ["Ramirez"], ["Barrett's oesophagus"], id="eponym-after-name"),
        pytest.param("Mr Morgan Hartmann's procedure 2019", ["Morgan"], ["Hartmann's procedure"], id="eponym-procedure-after-name"),
        pytest.param("DR SHARP BELL'S PALSY", ["SHARP"], ["BELL'S PALSY"], id="eponym-after-name-in-capitals"),
        pytest.param("Mr Sharp's sign positive", ["Sharp"], [], id="a-title-keeps-its-surname"),
        pytest.param("Resus: DNR/DNI", [], ["DNR/DNI"], id="dnr-dni"),
        pytest.param("Bed | Name | Age | MRN\nB2 | John Smith | 96 | H123456 |", ["John Smith", "H123456"], ["| Age |"],
                     id="pipe-header-age"),
        pytest.param("Room\tPatient\tMRN\tAge\tNOK Phone\tNotes\n7A\tCarter, Sean\tH231787\t96\t604 555 6357\tRR 24",
                     ["Carter", "H231787", "96", "555 6357"], ["NOK Phone", "RR 24"], id="tab-export-age-and-header"),
        pytest.param("Bed,Name,Age,MRN,Notes\n1,\"Smith, John\",101,H123456,falls\n2,\"Doe, Jo\",45,H123457,BP 120/80",
                     ["101", "Smith"], [",45,", "BP 120/80"], id="csv-export-age"),
        pytest.param("wants to be called if any change", [], ["called if any change"], id="called-if"),
        pytest.param("DoLS: Best interests meeting held", [], ["Best interests"], id="best-interests"),
        pytest.param("portal login email is jo@example.com", ["jo@example.com"], ["login email"], id="login-email"),
        pytest.param("Kidney in Belzer UW on LifePort. Comorbid Parkinson's.", [], ["Belzer", "LifePort", "Comorbid Parkinson's"],
                     id="preservation-products"),
    ],
)
def test_session_59_scrubber(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out
