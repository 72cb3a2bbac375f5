"""Session 26: what the scrubber keeps and finds after the rounds on held-out v98 (sports and exercise
medicine, concussion) and v99 (bariatric surgery and weight management). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import scrub_text
from tests.unit.deid_checks import CFG, assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Referred by Nadia F. ElSayed, MD; seen with Omar DeSouza",
                 ["ElSayed", "Nadia", "DeSouza"], ["Referred by"], id="camel-case-surnames"),
    pytest.param("Round  Date    Drill                                            Peak HR  Sign\n"
                 "1      14/09   walk 15 min                                      98       MK\n"
                 "2      16/09   jog 20 min                                       131      MK\n",
                 ["14/09", "16/09"], ["walk 15 min", "jog 20 min"], id="date-column-of-a-wide-table"),
    pytest.param("Date        Athlete            Squad   Site\n2024-03-02  K Fairbrother      U23     Knee\n"
                 "2024-03-09  Lloyd W            Senior  Ankle\n",
                 ["K Fairbrother", "Lloyd W"], ["Knee", "Ankle"], id="athlete-column-with-initials"),
    pytest.param("Time   Bib    Name               Age  Findings\n09:40  5120   Rhys Gwilliam      33   cramp, BM 5.1\n",
                 ["5120", "Rhys Gwilliam"], ["cramp, BM 5.1"], id="bib-column"),
    pytest.param("Exercise physiologist: Kane Whitlock (ESSA accreditation 771203)", ["771203"], ["Exercise physiologist"],
                 id="accreditation-number"),
    pytest.param("rv mon, no training till then\nrang dad (binh) re plan, coach callum aware\n- siobhan",
                 ["binh", "callum", "siobhan"], ["no training till then"], id="lower-case-relation-coach-and-last-line-signoff"),
    pytest.param("sideline eval done, returned to bench\n- kenzie atc", ["kenzie"], ["sideline eval done"],
                 id="dash-signoff-with-athletic-trainer-credential"),
    pytest.param("Seen with her husband Declan and daughter Aoife; Hemi Walker (whanau) present",
                 ["Declan", "Aoife", "Hemi"], ["Seen with her husband"], id="irish-and-maori-given-names"),
]

KEPT = [
    pytest.param("Procedure: Laparoscopic Roux-en-Y gastric bypass; suitable for laparoscopic sleeve gastrectomy; "
                 "stapled 4 cm proximal to pylorus",
                 ["Laparoscopic Roux-en-Y", "laparoscopic sleeve", "pylorus"], id="bariatric-operations"),
    pytest.param("DRAINS: 19 Fr Blake to LUQ; 16 Ch Foley inserted", ["19 Fr Blake", "16 Ch Foley"], id="drain-after-gauge"),
    pytest.param("Surgery: RYGB, Salford Royal, 2021; A/P: obesity class II w/ OSA", ["RYGB", "w/ OSA"],
                 id="bariatric-and-sleep-abbreviations"),
    pytest.param("Findings: hiatus hernia, crura approximated with 2 x 0 Ethibond; keep taking Healtheries multi 1 daily; "
                 "Galfer (ferrous fumarate 305 mg) 1 capsule; Previous attempts: Optifast 12 weeks, Unislim",
                 ["Ethibond", "Healtheries multi 1 daily", "Galfer", "Optifast 12 weeks", "Unislim"], id="brands-and-sutures"),
]

LIST_END = [
    pytest.param("pmh:\n- htn\n- dm", id="list-items-stay"),
    pytest.param("rv tomorrow\n- done", id="closing-word-stays"),
    pytest.param("obs stable\n- comfort care", id="closing-phrase-stays"),
    pytest.param("mum (pain) better, dad (nok) aware", id="clinical-word-in-relation-bracket-stays"),
    pytest.param("seen by Fr Blake, chaplain", id="father-before-a-name-is-not-a-gauge"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session26_phi_is_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session26_clinical_text_is_kept(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)


@pytest.mark.parametrize("text", LIST_END)
def test_session26_lists_and_closings_stay(text: str) -> None:
    out = scrub_text(text, frozenset(), CFG)
    if "Fr Blake" in text:
        assert "Blake" not in out, out
    else:
        assert out == text, out
