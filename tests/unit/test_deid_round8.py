"""Round-8 grammars of the free-text scrubber (docs/deid.md, "Round 8"): hand-written
sentences in real-world formats. Each case lists the PHI pieces that must be replaced and the
clinical text that must survive unchanged."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # --- names: titles, initials, roles, letters, sign-offs
    pytest.param("Seen Mrs Okonkwo-Bell with her carer.", ["Mrs", "Okonkwo-Bell"], ["carer"], id="title-joins-name"),
    pytest.param("GP Dr Hallworth 0161 496 0321.", ["Dr", "Hallworth", "0161 496 0321"], ["GP"], id="gp-dr-phone"),
    pytest.param("CPN J. Taverner to visit Friday.", ["J.", "Taverner"], ["CPN"], id="role-initial-surname"),
    pytest.param("Result phoned to K. Abernethy-Lowe: K 6.1 mmol/L", ["K.", "Abernethy-Lowe"], ["K 6.1 mmol/L"], id="initial-after-id-colon"),
    pytest.param("Discussed with Patel A, SpR, who agreed.", ["Patel A"], ["SpR"], id="trailing-initial"),
    pytest.param("Vitamin D. Oyelaran reviewed the bloods.", ["Oyelaran"], ["Vitamin D."], id="vitamin-letter-stays"),
    pytest.param("Drowsy, AVPU V. Margarethe keen to sleep.", ["Margarethe"], ["AVPU V"], id="avpu-letter-stays"),
    pytest.param("0915 W123456 QUARTERMAINE ROSALIND: Na 128", ["QUARTERMAINE ROSALIND"], ["Na 128"], id="caps-name-run"),
    pytest.param("CARDIOLOGY CLINIC\nDISCHARGE SUMMARY\nNIL BY MOUTH", [], ["CARDIOLOGY CLINIC", "DISCHARGE SUMMARY", "NIL BY MOUTH"], id="caps-headings-stay"),
    pytest.param("Scrub nurse: Oduya. ODP Brennan, scrub Ngaire.", ["Oduya", "Brennan", "Ngaire"], ["Scrub nurse"], id="theatre-roles"),
    pytest.param("Blood given, checked by tech Avery.", ["Avery"], ["Blood given"], id="tech-role"),
    pytest.param("Insulin given by SN Moore at 08:00", ["Moore"], ["Insulin", "08:00"], id="sn-role"),
    pytest.param("Verity (ED reg) aware of the lactate 4.1", ["Verity"], ["lactate 4.1"], id="role-paren-with-service"),
    pytest.param("Dear Rowena,\nThank you for seeing Mr Aldous Penhaligon.", ["Rowena", "Aldous", "Penhaligon"], ["Thank you"], id="dear-first-name"),
    pytest.param("Kind regards,\nTamsin Oyelowo-Reed\nCNS Diabetes", ["Tamsin", "Oyelowo-Reed"], ["CNS Diabetes"], id="sign-off"),
    pytest.param("cc: Hargreaves; per Bright, plan unchanged.", ["Hargreaves", "Bright"], ["plan unchanged"], id="cc-and-per"),
    # --- dates
    pytest.param("Next visit the 11th 1400; bring meds.", ["11th"], ["1400"], id="the-nth-before-time"),
    pytest.param("Give the 2nd 500 mg dose at night.", [], ["2nd 500 mg"], id="the-nth-dose-stays"),
    pytest.param("Dietetic review 25 Aug 17:30, weight 61 kg", ["25 Aug"], ["17:30", "61 kg"], id="day-month-then-time"),
    pytest.param("Weigh Mon/Thu, 3/12 FU, 2/7 hx of cough", [], ["Mon/Thu", "3/12 FU", "2/7 hx"], id="durations-stay"),
    pytest.param("THEATRE 2 LIST - 14/9\nSurgeon", ["14/9"], ["THEATRE 2"], id="list-header-day-month"),
    pytest.param("Seen in clinic 08/2025, started in 2019.", ["08/2025"], ["in 2019"], id="month-year-not-year"),
    pytest.param("Admitted 3rd Sept. 2025 and again Sept 14", ["3rd Sept. 2025", "Sept 14"], [], id="sept-forms"),
    pytest.param("Op date 2025-8-3; seen 5.Jan.26", ["2025-8-3", "5.Jan.26"], [], id="odd-separators"),
    # --- addresses / ZIP
    pytest.param("Lives at 41 Carrow Rd, Norwich NR1 1JE with wife", ["41 Carrow Rd", "Norwich", "NR1 1JE"], [], id="uk-street-city-postcode"),
    pytest.param("c/o PO Box 3498, 30195", ["PO Box 3498", "30195"], [], id="po-box-zip"),
    pytest.param("Apt 4A, 880 Brown Branch, Danielfort 39771-5978", ["Apt 4A", "880 Brown Branch", "Danielfort", "39771-5978"], [], id="city-zip-plus-4"),
    pytest.param("Home: 12 Banksia Cres, Parramatta NSW 2150", ["12 Banksia Cres", "Parramatta", "2150"], [], id="au-state-postcode"),
    # --- ids
    pytest.param("Sample 2024-0042871 sent, ref AB/77/12345", ["2024-0042871", "AB/77/12345"], [], id="ids-with-separators"),
    pytest.param("Lab no. Q1234567 and bed 12", ["Q1234567"], ["bed 12"], id="letter-digit-id"),
    pytest.param("MI in 2019, admitted Christmas Eve, home Boxing Day.", ["Christmas Eve", "Boxing Day"], ["MI in 2019"], id="holidays-not-years"),
    pytest.param("Labs 03/14: Na 134. CXR 3/4 clear.", ["03/14", "3/4"], ["Na 134", "clear"], id="test-word-day-month"),
    pytest.param("at 2030 gave heparin 2000 units", [], ["2030", "2000 units"], id="times-and-doses-not-years"),
    pytest.param("Attending: PATEL, ANITA M.D.", ["PATEL", "ANITA"], ["M.D."], id="caps-surname-given-credential"),
    pytest.param("Sample 4471209BX, tube A12B3456 (448213), bed #55102", ["4471209BX", "A12B3456", "448213", "55102"], [], id="default-deny-codes"),
    pytest.param("Vit D 1000IU, 2130HRS, GCS E3V4M6, HBA1C 48", [], ["1000IU", "2130HRS", "E3V4M6", "HBA1C 48"], id="caps-values-not-codes"),
    # --- clinical values that must survive
    pytest.param("BP 120/80, HR 88, RR 18, SpO2 96% RA, T 37.2", [], ["BP 120/80", "HR 88", "RR 18", "SpO2 96% RA", "T 37.2"], id="vitals"),
    pytest.param("K 5.5 mmol/L, Na 131, Hb 102 g/L, eGFR 38", [], ["K 5.5 mmol/L", "Na 131", "Hb 102 g/L", "eGFR 38"], id="labs"),
    pytest.param("Paracetamol 1 g q4h PRN, Creon 25000 with meals", [], ["Paracetamol 1 g q4h PRN", "Creon 25000"], id="drugs-doses"),
    pytest.param("1:1 obs overnight. G2P1 at 32/40. NEWS2 5.", [], ["1:1 obs", "G2P1", "32/40", "NEWS2 5"], id="obstetric-and-scores"),
    pytest.param("Moved to Ward 7B then ICU. Knee Oxford 4/5.", [], ["Ward 7B", "ICU", "Oxford 4/5"], id="wards-and-scores"),
    pytest.param("Admitted with Schatzker II and Weber B ankle fracture.", [], ["Schatzker II", "Weber B ankle"], id="classifications"),
    pytest.param("Mobilised with Sara Stedy + 1, Steri-Strips applied.", [], ["Sara Stedy", "Steri-Strips"], id="device-brands"),
    pytest.param("Lachman test positive. Mallampati 2. TURP planned.", [], ["Lachman test", "Mallampati 2", "TURP"], id="eponym-tests"),
    pytest.param("Walking well. Eating better. Bowels open today.", [], ["Walking", "Eating", "Bowels"], id="sentence-initial-english"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "keep"), CASES)
def test_round8_grammars(text: str, phi: list[str], keep: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=keep)


@pytest.mark.parametrize("text", [p.values[0] for p in CASES[:8]])
def test_round8_idempotent(text: str) -> None:
    assert_idempotent(text)
