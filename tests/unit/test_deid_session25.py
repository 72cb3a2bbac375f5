"""Session 25: what the scrubber keeps and finds after the rounds on held-out v90 (burns, plastics and
tissue viability), v91 (learning disability and autism services), v92 (death, bereavement and
post-mortem administration), v93 (virtual wards and remote monitoring), v94 (neonatal care), v95
(urology), v96 (chronic pain) and v97 (chaplaincy, interpreting, patient advice). Hand-written
sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("body released 14:10\ncollected by: fiona gracie + hamish barclay\nthanks again\ncheers tamsin oyelaran rn",
                 ["fiona gracie", "hamish barclay", "tamsin oyelaran"], ["body released 14:10"],
                 id="lower-case-collectors-and-valediction"),
    pytest.param("life extinct confirmed 02:10 by rn deborah okafor (nmc pin 81A1234E)\n- priya (night resident), pager 5511\n"
                 "handed to early shift (agnieszka, nic)\n0215 halima yusuf rn: dr aware",
                 ["deborah okafor", "priya", "5511", "agnieszka", "halima yusuf"], ["life extinct confirmed"],
                 id="lower-case-staff-before-brackets-and-chat-author"),
    pytest.param("APT on duty: R. Higginbottom - 2 March 2025\nDriver: Tomasz Wrobel\nD/o: SUNITA PATIL",
                 ["R. Higginbottom", "Tomasz Wrobel", "SUNITA PATIL"], ["APT on duty"], id="person-fields-v92-v93"),
    pytest.param("Age as stated to me: 102\nbed 4 - marsh, edna 96f - comfort care\nPryd / When: Dydd Llun 14 Hydref am 10:30",
                 ["102", "96", "14 Hydref"], ["comfort care"], id="ages-and-welsh-date-without-year"),
    pytest.param("Ohio license 35.123456\nSr. No.: 41/2025\nM24/5512   KERSHAW, Derek   12/01/1940\nNext review due: 2026-03",
                 ["35.123456", "41/2025", "M24/5512", "2026-03"], [], id="licence-register-and-year-month"),
    pytest.param("Action plan agreed with Lorcan and Oluwaseun: swimming weekly\nkey worker: bronagh mcgarrigle\n"
                 "reviewed today. declan hegarty, rnld, bleep 4410\nsaw mum (philomena, 81) on sunday",
                 ["Oluwaseun", "bronagh mcgarrigle", "declan hegarty", "philomena"], ["swimming weekly"],
                 id="and-name-staff-fields-and-relation-bracket-age"),
    pytest.param("Address: Lot 118 Hope Road, Mandeville\nbleep plastics SHO 3321 if flap pale\nadm via ed 14/3 w/ cellulitis",
                 ["Lot 118 Hope Road", "3321", "14/3"], ["if flap pale", "cellulitis"], id="lot-address-team-bleep-admission-day"),
    pytest.param("valuables listed w/ pt + gulnara (hca):\n3/8 2200-0000 ilse: settled, resp 12/min. rn tadeusz gave morphine.\n"
                 "chaplain odhran keane notified\nplan: alo to ring aunty shantelle on 0491 000 111\nref by rangi rn - keen to go home",
                 ["gulnara", "ilse", "tadeusz", "odhran keane", "shantelle", "rangi"], ["settled, resp 12/min", "gave morphine"],
                 id="vigil-log-witnesses-relatives-v97"),
    pytest.param("cot 4: bo mwangi (rxa123456) 27+2 d12 cga 29+0, 980g - cpap 6\n\nDr Ifeoma Obi\nTodmorden Health Centre\n\nDear Dr Obi,",
                 ["mwangi", "rxa123456", "Todmorden"], ["27+2 d12", "cpap 6"], id="cot-list-baby-of-and-practice-town-v94"),
    pytest.param("valuables in envelope no 40411; Porter #218 escorted; Register entry no. 2024/17",
                 ["40411", "218", "2024/17"], ["valuables in envelope"], id="envelope-badge-register-numbers-v97"),
]

KEPT = [
    pytest.param("MCCD: Ia Intracerebral haemorrhage; Ib Hypertension\nno response to trapezius squeeze; not for neurosurgical "
                 "intervention; Cardiomegaly with biventricular hypertrophy; decompensated heart failure",
                 ["Ia Intracerebral", "Ib Hypertension", "trapezius squeeze", "neurosurgical", "biventricular", "decompensated"],
                 id="death-certificate-parts-and-medical-words"),
    pytest.param("on arrival GCS 9, temp 32.4 C, CK 18250, K+ 6.1; bipap 16/6 overnight; Vitals by patient: Temp 100.9 F, SpO2 95%",
                 ["CK 18250", "bipap 16/6", "Temp 100.9 F"], id="lab-and-ventilator-values-stay"),
    pytest.param("Date        Time   SpO2   HR    Temp   Breathless\nMon 03/02   09:10  94%    88    37.6   3/10\n"
                 "Q3 Cough compared with usual: better (1/4)\nordered CXR, FBC, CRP, U&E; Rockwood CFS 6",
                 ["3/10", "better (1/4)", "CXR, FBC, CRP, U&E", "Rockwood CFS 6"], id="home-readings-graded-answers-tests"),
    pytest.param("vss 6/13; DFU Wagner grade 2; Integra to L hand; RL 3800 ml (Parkland); Eusol dressings; Mullen ELC 61; "
                 "Binet-Kamat IQ 52; Angelman-like phenotype; 1.5 mCi Tc-99m MAA; walked 90m",
                 ["vss 6/13", "Wagner grade 2", "Integra", "Parkland", "Eusol", "Mullen ELC 61", "Binet-Kamat IQ 52",
                  "Angelman-like", "Tc-99m", "walked 90m"], id="burns-scales-brands-and-eponyms"),
    pytest.param("Dx: Preterm 30 weeks, SGA, sepsis; jobs: sbr, ebv cmv; domperidone (mother) 10 mg TID; Nutriprem HMF; "
                 "pain from 7/10 to 3/10; responded (4/10 attempts); Nesbit plication; 18G Tuohy",
                 ["Preterm 30 weeks, SGA", "sbr, ebv cmv", "domperidone (mother)", "Nutriprem HMF", "7/10 to 3/10",
                  "(4/10 attempts)", "Nesbit", "Tuohy"], id="neonatal-urology-pain-values-stay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session25_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session25_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)
