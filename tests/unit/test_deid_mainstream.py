"""Session 6 classes from the v14 development misses (mainstream US / UK notes): dates after
tests and fields ("TTE 9/9:", "Last BM: 6/7"), author and typist initials, "Surname, Given"
heading a line, double-dash sign-offs, pages and extensions, ages over 89 in family history.
Hand-written sentences only (no corpus text); each with clinical values beside it that stay."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    pytest.param("TTE 3/14: LVEF 45%. Last BM: 6/7. Echo 2/8. BCx 2/2 MSSA. Power: 4/5. Pain: 8/10.",
                 ["3/14", "6/7", "2/8"], ["BCx 2/2 MSSA", "Power: 4/5", "Pain: 8/10", "LVEF 45%"], id="date-after-test-and-field"),
    pytest.param("JK 8/22: decrease amlodipine to 5 mg. BP 140/90.", ["JK", "8/22"], ["amlodipine to 5 mg", "BP 140/90"],
                 id="initials-and-date-opening-an-entry"),
    pytest.param("Dictated by: A. Moss, MD  D: 8/27/24  T: 8/29/24  /rb\nCons: Dr Hale (JH)\nJM/kt\nVE by CD: 7 cm. Confirmed by CT: no bleed.",
                 ["/rb", "(JH)", "JM/kt", "by CD"], ["Confirmed by CT", "7 cm"], id="author-and-typist-initials"),
    pytest.param("S: Okafor, Amara, 46 year old female, MRN 1234567\nTucker, Gordon  RX9545830  Bed 27\nShah, Nina | MRN 00518754",
                 ["Okafor, Amara", "Tucker, Gordon", "Shah, Nina"], ["46 year old female", "Bed 27"], id="surname-given-heading"),
    pytest.param("Report given to night RN.\n-- Aahana Saha, RN\n", ["Aahana Saha"], ["Report given"], id="double-dash-sign-off"),
    pytest.param("Will follow. Page 8-5647 with questions. Page 2 of 3.\nEloy Ruiz, PharmD x4993\nCall 614.532.0232 x.1735.",
                 ["8-5647", "4993", "1735"], ["Page 2 of 3"], id="pages-and-extensions"),
    pytest.param("coordinator Nhien Le, 8642846654 x1175. Call 860 656 1263 x.7879. Ref 1234567890 x2 daily.",
                 ["8642846654", "1175", "7879"], ["x2 daily"], id="extension-after-bare-ten-digits"),
    pytest.param("Held metoprolol 25 mg for HR 48. Dr Held reviewed; Anna Held visited.", ["Dr Held", "Anna Held"],
                 ["Held metoprolol 25 mg", "HR 48"], id="held-is-a-verb-at-sentence-start"),
    pytest.param("T 104F, Temp 102 F, febrile to 104 F, temp of 100F, Tmax 105F. 92F presents; Pt 95F.",
                 ["92F", "95F"], ["T 104F", "Temp 102 F", "febrile to 104 F", "temp of 100F", "Tmax 105F"],
                 id="fahrenheit-temperature-is-no-age"),
    pytest.param("Mother had breast CA at 66; father alive at 91. Sister still living at 97. \"when I'm in my 90s\". "
                 "mum Alexandra (91) confused. SpO2 well at 95. Sats in the 90s.",
                 ["at 91", "at 97", "my 90s", "(91)"], ["CA at 66", "SpO2 well at 95", "Sats in the 90s"], id="age-family-history"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_mainstream_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_mainstream_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
