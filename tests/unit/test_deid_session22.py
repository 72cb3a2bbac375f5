"""Session 22: what the scrubber keeps and finds after the rounds on held-out v70 (oncology and
haematology), v71 (surgery and theatres) and v72 (travel medicine). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("Site 12 log\nParticipant  Screen no.   MRN         Name\n012-0007     S012-031     K5550123    Nadia Oyelaran\n\n"
                 "Anonymised copy:\nS012-031  NO  F  1961  eligible",
                 ["S012-031", "K5550123", "Nadia Oyelaran"], ["eligible"], id="screen-number-column-and-its-repeat"),
    pytest.param("Screening log (anonymised):\nS012-031  NKO  F  1961  eligible\nS012-032  PJ  M  1958  not eligible - ECOG 3",
                 ["NKO", "PJ"], ["eligible", "ECOG 3"], id="trial-log-initials"),
    pytest.param("RANDOMISATION - Participant 31-0412 (initials KLM) allocated arm B. Registry RID 7712-0934-2.",
                 ["31-0412", "7712-0934-2"], ["arm B"], id="participant-number-and-registry-rid"),
    pytest.param("Brendan Kowalchuk, HSN 731 604 228, DOB 1950-03-14\nNHIA No.: ABJ/5521093",
                 ["Brendan Kowalchuk", "731 604 228", "1950-03-14", "ABJ/5521093"], [], id="saskatchewan-hsn-and-nhia"),
    pytest.param("Attended: 14/iii/2024 with her partner. SAE form: date of birth UN/OCT/1958.",
                 ["14/iii/2024", "UN/OCT/1958"], [], id="roman-month-and-unknown-day"),
    pytest.param("Pharmacist check (ATO): RW     Bedside check (2-person): TS & MO",
                 ["RW", "TS", "MO"], [], id="capital-initials-after-check-labels"),
    pytest.param("Passport (MRZ):\nP<CANLEFEBVRE<<MARIE<CLAUDE<<<<<<<<<<<<\nA-Number: A-301-557-208\n"
                 "Medic: HPCSA PA 4410927", ["LEFEBVRE", "A-301-557-208", "PA 4410927"], [], id="passport-line-a-number-council"),
    pytest.param("Residence: House 212, Arviat, NU X0C 0E0 tel (867) 555-0142\nAddress in SA: 9 Long Street, George, 6529 Cell: 082 555 0199",
                 ["House 212", "X0C 0E0", "6529"], [], id="house-number-nunavut-and-sa-postcodes"),
    pytest.param("Booked JNB-LHR 14AUG with nurse escort; reviewed 02SEP 2025.", ["14AUG", "02SEP 2025"], [],
                 id="day-month-written-together"),
    pytest.param("Counts correct (RB / TK); implants checked.\nConsent: signed P Haughey   date 03/03/25\n"
                 "surg wr (cons obi / reg ludmila / fy1 saoirse)",
                 ["RB", "TK", "P Haughey", "ludmila", "saoirse"], ["implants checked"], id="theatre-checkers-signer-ward-round"),
    pytest.param("MRN      Patient          Scrub     In\n5550123  Oonagh Brennan   Fiachra   08:30",
                 ["5550123", "Oonagh Brennan", "Fiachra"], ["08:30"], id="theatre-list-scrub-column"),
    pytest.param("caller: pt's daughter-in-law leanne o'hare, mob 07700 900461; mother-in-law is visiting",
                 ["leanne o'hare", "07700 900461"], ["mother-in-law is visiting"], id="lower-case-in-law-relative"),
    pytest.param("DOB 1948 Mar 02 Admitted 2025 Jan 17\nbed 9 ostrowski, brenda 77f L MCA\nspouse harold\n"
                 "Patient: Ida Pike MCP 712 448 390 115  IPD No: 25/33017",
                 ["1948 Mar 02", "2025 Jan 17", "ostrowski, brenda", "harold", "712 448 390 115", "25/33017"], ["77f"],
                 id="year-first-dates-lower-case-sign-out-ids"),
    pytest.param("Address: 17 Shivaji Nagar, Pune, Maharashtra 411005 Mob: 98220 41177\n"
                 "Images attached: TD25-410332-1 (macro), TD25-410332-2 (dermoscopy); path # s25-61208\n"
                 "Client: OKAFOR, NNEKA HCN 5521907734 QL DOB Mar 3, 1950",
                 ["411005", "TD25-410332-1", "TD25-410332-2", "s25-61208", "5521907734 QL"], ["dermoscopy"],
                 id="indian-pin-image-ids-specimen-health-card-version"),
    pytest.param("Son informed on 07861-204-553.\n- d. okonkwo pa-c",
                 ["07861-204-553", "d. okonkwo"], [], id="hyphenated-uk-mobile-and-lower-signer"),
]
KEPT = [
    pytest.param("Donor: sister, 10/10 HLA-matched; brother 5/10 (haplo); cousin 9/10 MATCH", ["10/10", "5/10", "9/10"],
                 id="hla-match-fractions"),
    pytest.param("Neutrophil engraftment day +21 (2025/03/09).", ["+21"], id="engraftment-day-before-a-date"),
    pytest.param("GCS at scene 7/15. BP 158/90   ECG NSR   CT/CTA clear. VSS 8/13; cetomacrogol massage tds",
                 ["7/15", "BP 158/90   ECG NSR   CT/CTA", "VSS 8/13", "cetomacrogol"], id="scores-ecg-column-emollient"),
    pytest.param("CXR done (AP / PA) views. Signed A Patient Leaflet given.", ["(AP / PA)", "Signed A Patient"],
                 id="views-and-a-signed-leaflet-are-no-names"),
    pytest.param("Pain 8/10 -> oxycodone 5 mg PO -> 2/10 at 1 h", ["8/10", "2/10", "oxycodone 5 mg PO"], id="pain-score-after-arrow"),
    pytest.param("HR 64 reg  SpO2 97% RA\nAirway: MP 2, TMD 6 cm. Airway: MPC III. Mallampati: II\n"
                 "Barrett's segment Prague C3M5. Stool PCR Giardia positive.",
                 ["SpO2 97%", "MP 2", "MPC III", "Mallampati: II", "Prague C3M5", "Giardia positive"],
                 id="airway-grades-saturation-endoscopy"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session22_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session22_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)


def test_a_found_id_is_scrubbed_where_the_note_repeats_it_but_short_numbers_are_not_spread():
    text = "Hosp no: QX-40917\nSpecimen QX-40917 sent. Bed 12, 12 mg given."
    out = scrub_text(text, frozenset(), CFG)
    assert "QX-40917" not in out
    assert "12 mg" in out and "Bed 12" in out
