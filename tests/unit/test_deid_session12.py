"""Session 12 (held-out corpora v36, v37 and v38, each measured once before its rules): name, id,
address, age and date forms they showed, and clinical words the scrubber took for names. Hand-written sentences
only (no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Seen with her aunt Ma. Corazon, who translates.", ["Ma.", "Corazon"], ["translates"],
                 id="short-given-name-ma"),
    pytest.param("Pt: REYES, Ma. Luisa B., 9/F, febrile 3/7", ["REYES", "Ma.", "Luisa"], ["febrile 3/7"],
                 id="surname-comma-short-given"),
    pytest.param("Operated by Dr. d'Aubigny with Dr. l'Heureux assisting.", ["d'Aubigny", "l'Heureux"], ["assisting"],
                 id="elided-particle-surnames"),
    pytest.param("Thank you for seeing her.\n\nYours sincerely\nP Gallagher\n", ["P Gallagher"], ["Thank you"],
                 id="initial-surname-after-valediction"),
    pytest.param("Trial visit 4. Screening no. K0712; randomisation number 33-0912.", ["K0712", "33-0912"],
                 ["Trial visit 4"], id="trial-screening-and-randomisation-numbers"),
    pytest.param("Employer letter attached. Work Permit No: 7 41902287; FIN G1234567X", ["7 41902287"], [],
                 id="work-permit-spaced-number"),
    pytest.param("Pedestrian struck by vehicle no. KA 05 MN 2231 at low speed.", ["KA 05 MN 2231"], ["low speed"],
                 id="indian-vehicle-registration"),
    pytest.param("Home: Blk 418 Bedok North Avenue 2, #11-204, Singapore 460418", ["418", "Bedok", "#11-204", "460418"],
                 [], id="singapore-hdb-block"),
    pytest.param("Suite 210 - 4410 Kingsway, Burnaby, BC V5H 4L9", ["210", "4410 Kingsway", "Burnaby", "V5H 4L9"], [],
                 id="canadian-suite-dash-civic-number"),
    pytest.param("GP: Riverside Surgery\n14 Cnoc na Gréine, Tralee, Co. Kerry V92 X2T4", ["14", "Cnoc", "Tralee", "V92 X2T4"],
                 [], id="irish-street-line-before-county"),
    pytest.param("MMR given 3/14 and Hep B #2 4/21 without reaction.", ["3/14", "4/21"], ["MMR", "without reaction"],
                 id="vaccine-dose-days"),
    pytest.param("Registrar paged (418-2267) at 02:10; arrived 02:25.", ["418-2267"], ["02:10"],
                 id="seven-digit-page-number"),
    pytest.param("Resus: leader Dr Okafor; recorder Jane Pike, RN; pharmacy TL; airway B. Noor, RRT.",
                 ["Okafor", "Jane Pike", "TL", "B. Noor"], ["RRT"], id="code-team-initials"),
    pytest.param("Safety-netted; leaflet given.\n\nDeclan Ward, ANP\n", ["Declan Ward"], ["Safety-netted"],
                 id="surname-ward-before-a-credential"),
    # after v37
    pytest.param("GP ROUND\n| Resident | Age | Issue |\n|---|---|---|\n| COLE, Agnes | 96 | UTI, trimethoprim 200 mg |\n"
                 "| Primrose Adebayo | 101 | falls x2 |\n| Ann Lee | 84 | K 5.6 |\n",
                 ["COLE", "Agnes", "96", "Primrose Adebayo", "101", "Ann Lee"], ["trimethoprim 200 mg", "84", "K 5.6"],
                 id="care-home-table-columns"),
    pytest.param("Sorry for the loss of your mother, who was 93 when admitted.", ["93"], ["admitted"],
                 id="who-was-age"),
    pytest.param("Mrs Ada Holt\n12 Mill Lane\nStockport\nSK4 5MB\n\nDear Mrs Holt,", ["SK4 5MB", "Stockport"], [],
                 id="postcode-line-of-its-own"),
    pytest.param("Shave biopsy S23-40917 sent; margins clear.", ["S23-40917"], ["margins clear"],
                 id="year-coded-accession"),
    pytest.param("Typed: 08/01/2023   Our ref: ORTH/KP/jm\nRef: AB/cd", ["KP", "jm", "AB", "cd"], ["ORTH"],
                 id="letter-reference-initials"),
    pytest.param("Consent form countersigned.\nRegistered by: LK\n", ["LK"], ["countersigned"],
                 id="registered-by-initials"),
    pytest.param("Reviewed with APN Iris HO; case worker Ruth Ward-Hughes, 0412 746 978.",
                 ["Iris HO", "Ruth Ward-Hughes", "0412 746 978"], [], id="caps-surname-and-ward-hyphen-surname"),
    pytest.param("PATIENT: KOWALCZYK,OLUWASEUN V   SSN: 334-62-3970", ["KOWALCZYK", "OLUWASEUN", "334-62-3970"], [],
                 id="va-surname-comma-given-initial"),
    pytest.param("Found at Grand Ave & Central Ave; holiday address Villa 7, Anemones Street.",
                 ["Grand Ave", "Central Ave", "Villa 7", "Anemones Street"], [], id="street-corner-and-villa"),
    pytest.param("Pt: Bethany PEACOCK (97), lives alone.", ["PEACOCK", "97"], ["lives alone"],
                 id="caps-surname-bracketed-age"),
    # after v38
    pytest.param("Lab slip posted.\nKT / Maria Lopez, LPN\n", ["KT", "Maria Lopez"], ["LPN"],
                 id="initials-slash-signer"),
    pytest.param("Diabetes CNS Aroha Walker, 09 734 6421; GP surgery (07) 838 1122.", ["09 734 6421", "838 1122"],
                 [], id="new-zealand-landlines"),
    pytest.param("Dermoscopy images taken by HCA jw on 4 Oct; obs by HCA at 10:00.", ["jw"], ["HCA at 10:00"],
                 id="lower-case-initials-after-by-role"),
]

KEPT = [
    pytest.param("PC: penile discharge 5/7, dysuria. Not sleeping 2/7; bowels not open 4/7.",
                 ["discharge 5/7", "sleeping 2/7", "open 4/7"], id="uk-durations-after-symptoms"),
    pytest.param("Screening: PHQ-9 14, GAD-7 9, AUDIT-C 2.", ["PHQ-9 14", "GAD-7 9", "AUDIT-C 2"],
                 id="screening-scores-are-no-ids"),
    pytest.param("Tenckhoff exit site clean. Prevena over wound; WBAT; Hct 31; to angio suite; PT/OT evals.",
                 ["Tenckhoff", "Prevena", "WBAT", "Hct 31", "angio", "evals"], id="devices-and-abbreviations"),
    pytest.param("Page 2 of 3. Discharge 4/7 planned with TTO 7/7.", ["Page 2 of 3", "TTO 7/7"], id="page-counts"),
    pytest.param("Bowel prep: Plenvu split dose. Jadelle in situ. Prontosan, UrgoClean Ag. NG tube. CRP (95).",
                 ["Plenvu", "Jadelle", "Prontosan", "UrgoClean", "NG tube", "CRP (95)"], id="brands-after-v37"),
    pytest.param("Off legs 2/7; co-amoxiclav total 5/7; Juven BID.", ["legs 2/7", "total 5/7", "Juven"],
                 id="durations-and-brand-after-v38"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session12_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session12_clinical_text_stays(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)
