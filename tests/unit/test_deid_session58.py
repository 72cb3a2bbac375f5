"""Session 58: the scrubber after this session's black-box testers (paediatric and safeguarding B, ambulance C, radiology and
pathology D, Canadian I, discharge tables J). Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Discussed with the registrar, plan as above. -- Okonkwo",
            ["Okonkwo"],
            ["plan as above"],
            id="surname-signs-the-note",
        ),
        pytest.param("pmh:\n- htn\n- Marsh", [], ["Marsh"], id="a-list-item-signs-nothing"),
        pytest.param("Obs stable overnight. -- Stable", [], ["Stable"], id="a-word-signs-nothing"),
        pytest.param(
            "Time of call 0342, on scene 0351", [], ["0342", "0351"], id="time-of-call-is-no-phone"
        ),
        pytest.param(
            "Please call 44871 re results", ["44871"], [], id="call-back-number-still-a-phone"
        ),
        pytest.param(
            "P: 88M Harold Finch, fall at home",
            ["Harold Finch"],
            ["88M"],
            id="age-sex-is-no-house-number",
        ),
        pytest.param(
            "Cat 1 TO Northgate Hospital ED", [], ["Cat 1 TO"], id="a-destination-is-no-street"
        ),
        pytest.param("Pt lives at 14 Ferry Road", ["14 Ferry Road"], [], id="a-street-still-one"),
        pytest.param("Lactate\t2.1\t3.4\t1.8", [], ["2.1\t3.4\t1.8"], id="result-cells-by-tabs"),
        pytest.param("INR   2.4   3.1   2.8", [], ["2.4   3.1   2.8"], id="result-cells-by-spaces"),
        pytest.param(
            "Tel:\t0161 496 0123", ["0161 496 0123"], [], id="a-labelled-phone-in-a-table"
        ),
        pytest.param(
            "moved to sydney ns, b2a4k9 last month",
            ["b2a4k9"],
            [],
            id="lower-case-postal-code-after-province",
        ),
        pytest.param("RAMQ: LAVM 56021245", ["LAVM", "56021245"], [], id="ramq-card-letters"),
        pytest.param("Dr Cote (permis 1-87342)", ["1-87342"], [], id="quebec-licence"),
        pytest.param(
            "Code porte 4471, clé chez la voisine", ["4471"], [], id="door-code-in-french"
        ),
        pytest.param(
            "Crew: OCP 551902, EMP 40917", ["551902", "40917"], [], id="paramedic-registrations"
        ),
        pytest.param(
            "?Munchausen syndrome by proxy discussed at the strategy meeting",
            [],
            ["Munchausen"],
            id="munchausen-is-no-name",
        ),
        pytest.param(
            "Pacemaker: Medtronic, checked 2019", [], ["Medtronic"], id="device-maker-is-no-name"
        ),
        pytest.param(
            "Appearances consistent with demyelination.", [], ["demyelination"], id="demyelination"
        ),
        pytest.param(
            "Ramipril\t2.5 mg\t12 Mar\t19 Apr",
            ["12 Mar", "19 Apr"],
            ["2.5 mg", "[DATE]\t[DATE]"],
            id="dates-in-tab-columns-stay-apart",
        ),
        pytest.param(
            "Na\tjun 3\tjun 4\tjun 5",
            ["jun 3", "jun 4", "jun 5"],
            [],
            id="lower-case-month-day-cells",
        ),
        pytest.param(
            "Critical result phoned to the ward, read back (kmr).",
            ["kmr"],
            ["read back"],
            id="bracketed-initials-close-a-line",
        ),
        pytest.param(
            "Consolidation, right lower lobe (RLL).",
            [],
            ["(RLL)"],
            id="a-bracketed-abbreviation-stays",
        ),
        pytest.param("Drug\tDose\tFreq\tStarted", [], ["Freq", "Started"], id="table-headings"),
        pytest.param(
            "Key results below. Bupa member.", [], ["Key results", "Bupa"], id="heading-and-insurer"
        ),
    ],
)
def test_session_58_scrubber(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out
