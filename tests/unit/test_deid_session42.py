"""Session 42 (a black-box deid tester: 300 notes of twelve genres - dental, audiology, occupational
health, sexual health, neonatal twins, MDT outcomes, medicines reconciliation, hospice meetings,
interpreter consultations, OCR'd letters, SMS transcripts, handwritten-style notes) and the names left
from session 41: capitals "SURNAME, GIVEN" headers, short surnames, newborns, twins, managers,
attorneys, doctors by grade, lower-case names after a person cue, flats and studios, lower-case
streets after an address cue, Canadian postcodes without their space, record numbers by shape,
capitals URLs, capitals ordinal dates; and eponyms, visual acuities and phrases that were scrubbed."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # names
    pytest.param("BLANCO ROSALES, LUZ MARÍA  MRN 4491023\nBP 120/80", ["BLANCO", "ROSALES", "LUZ", "MARÍA", "4491023"],
                 ["BP 120/80"], id="caps-surnames-given-header"),
    pytest.param("DELGADO, JUNE\nAdmitted with CAP. K 4.1", ["DELGADO", "JUNE"], ["Admitted with CAP. K 4.1"],
                 id="caps-month-given-name"),
    pytest.param("Delgado, June\nAdmitted with CAP.", ["Delgado", "June"], ["Admitted with CAP."], id="title-month-given-name"),
    pytest.param("June is a 90 year old lady admitted with a fall.", ["June"], ["admitted with a fall"],
                 id="month-name-subject"),
    pytest.param("PATIENT: NG HUI MIN  DOB: 12/03/1950\nSeen in clinic.", ["NG HUI MIN", "12/03/1950"], ["Seen in clinic."],
                 id="short-surname-first"),
    pytest.param("Patient: NG Tube Feeding\nNG tube in situ", [], ["NG Tube Feeding", "NG tube in situ"],
                 id="ng-tube-kept"),
    pytest.param("Name: BIANCHINI, MARA   UMRN: E4682725", ["BIANCHINI", "MARA", "E4682725"], ["UMRN"],
                 id="comma-name-not-extended-over-a-gap"),
    pytest.param("NNU daily review day 5 - Baby Rose (Baby of Mary Jones), born 3/4/2024.",
                 ["Rose", "Mary Jones", "3/4/2024"], ["NNU daily review day 5", "Baby"], id="baby-given-name"),
    pytest.param("Twin 1: Sue Ng (Baby Ng I)\nTwin 2: Kai Ng (Baby Mendoza II)", ["Sue", "Ng", "Kai", "Mendoza"],
                 ["Twin 1:", "Twin 2:"], id="twins"),
    pytest.param("Baby Friendly leaflet given. Baby Check done. Baby Unit aware.", [],
                 ["Baby Friendly", "Baby Check", "Baby Unit"], id="baby-words-kept"),
    pytest.param("Employer: Tesco. Manager: Sky Brown\nDate of assessment", ["Sky Brown"], ["Date of assessment"],
                 id="manager"),
    pytest.param("LPA for health held by Sky Lamb, mobile 07700 900123.", ["Sky Lamb", "07700 900123"],
                 ["LPA for health held by"], id="attorney"),
    pytest.param("FY1 GRABOWSKI bl 2241. SHO Okafor, bleep 4471", ["GRABOWSKI", "Okafor"], ["FY1", "SHO"],
                 id="doctor-by-grade"),
    pytest.param("patient: oluwaseun oyelaran   mrn: 123456\nhealth adviser: callum fitzgerald",
                 ["oluwaseun", "oyelaran", "123456", "callum", "fitzgerald"], ["patient:", "health adviser:"],
                 id="lower-case-fields"),
    pytest.param("present: eilidh d'arcy, mariam al mansouri, dr abu bakr (radiology).",
                 ["eilidh", "d'arcy", "mariam", "mansouri", "abu bakr"], ["present:", "(radiology)"], id="lower-case-list"),
    pytest.param("occ health phone consult w/ maria cristina santos re sickness absence. d/w Dr al-farsi (reg)",
                 ["maria", "cristina", "santos", "al-farsi"], ["re sickness absence", "(reg)"], id="lower-case-after-with"),
    pytest.param("pt: alert and orientated, obs stable. mother present at bedside. w/ physio re mobility. "
                 "dr to review in am. partner: supportive", [],
                 ["alert and orientated", "mother present", "w/ physio re mobility", "dr to review", "supportive"],
                 id="lower-case-cues-without-names"),
    pytest.param("Pt: Eilidh  Ward 19  Hosp no 988592\nPt: Frank Frost  Ward 38", ["Eilidh", "Frank Frost", "988592"],
                 ["Ward 19", "Ward 38"], id="name-then-a-numbered-ward"),
    pytest.param("Transferred to Rowan Ward. Admitted to Nightingale Ward 3 days ago.", [],
                 ["Rowan Ward", "Nightingale Ward"], id="named-wards-kept"),
    pytest.param("Police ref CAD8705/96, PC Senthil Kumar Arumugam collar 3592. Philadelphia collar 2 weeks.",
                 ["Senthil", "Kumar", "Arumugam", "3592"], ["Philadelphia collar 2 weeks"], id="collar-number"),
    pytest.param("patient: mcdonald, lachlan  chi no. 1234567890\ncrew: tracey goldberg and n. sandhu\n"
                 "REPORTED BY AROHA NGATA, FRANZCR\npt calling about lealofi lauina",
                 ["mcdonald", "lachlan", "tracey", "goldberg", "sandhu", "AROHA", "NGATA", "lealofi", "lauina"],
                 ["chi no.", "crew:", "FRANZCR", "pt calling about"], id="second-tester-lower-case-names"),
    pytest.param("seen by physio, reviewed by team. discussed with family, spoke to ward sister. calling about results.",
                 [], ["seen by physio", "reviewed by team", "discussed with family", "ward sister", "calling about results"],
                 id="second-tester-cues-without-names"),
    pytest.param("taxi reg RX 82 RE GP outside. Car reg KUS 587L.", ["RX 82 RE GP", "KUS 587L"], ["taxi reg"],
                 id="south-african-and-kenyan-plates"),
    # places
    pytest.param("Wishes to die at home (Studio 5, Skinner Squares). Home address: Blk 15 Lot 29, Mabini Street.",
                 ["Studio 5", "Skinner Squares", "Blk 15 Lot 29", "Mabini Street"], ["Wishes to die at home"],
                 id="flat-studio-block"),
    pytest.param("new address flat 6, blackburn throughway x also. letter sent to 1 chelsea lights. home (9 williams unions)",
                 ["flat 6", "blackburn throughway", "chelsea lights", "williams unions"], ["new address", "letter sent to"],
                 id="lower-case-streets"),
    pytest.param("discharged home 2 days ago. Unit 4, Ward 7 aware. Flat 2, Bay 3, aware.", [],
                 ["home 2 days ago", "Unit 4, Ward 7"], id="no-address"),
    pytest.param("Home address: 12 Maple Dr, Ottawa ON K3G3B7. Arrived from Makati City 1200 last year.",
                 ["12 Maple Dr", "K3G3B7", "Makati", "1200"], ["Home address:"], id="postcodes"),
    pytest.param("GCS E3V4M6, HBA1C 48", [], ["E3V4M6"], id="gcs-is-no-postcode"),
    pytest.param("A 94-YEAR-OLD MAN WITH CAP. 95 YRS. Temp 99 F. Weight 95 KG.", ["94", "95 YRS"],
                 ["YEAR-OLD MAN", "Temp 99 F", "95 KG"], id="capitals-age-over-89"),
    # ids, urls, dates
    pytest.param("(index pt SH/9806/27). uploaded under h52/15754. source pt mrn7018027. script rxh3769626",
                 ["9806", "15754", "7018027", "3769626"], ["index pt"], id="record-number-shapes"),
    pytest.param("Follow me HTTPS://WWW.INSTAGRAM.COM/JUANCARLOS.94 ok", ["INSTAGRAM", "JUANCARLOS"], ["Follow me"],
                 id="capitals-url"),
    pytest.param("DATE OF ASSESSMENT: SATURDAY 20TH APRIL\nFOLLOW UP APRIL 23RD. PLAN ORIF 27TH OF MAY.",
                 ["20TH", "APRIL", "23RD", "27TH", "MAY"], ["DATE OF ASSESSMENT:", "PLAN ORIF"], id="capitals-ordinal-dates"),
    pytest.param("mdt outcome  18jan2025\ndob: 7-dec-1965. See you wed 9th :)", ["18jan2025", "7-dec-1965", "wed 9th"],
                 ["mdt outcome", "dob:"], id="lower-case-dates"),
    pytest.param("Given 2 units, 3RD DOSE due. 5TH FINGER swollen. sat up in chair, 3rd day post op. fri 5 mg", [],
                 ["3RD DOSE", "5TH FINGER", "3rd day", "fri 5 mg"], id="ordinals-kept"),
    # kept
    pytest.param("CT shows Le Fort II fracture. Broca's aphasia. Background Duchenne muscular dystrophy. "
                 "Grace period for family. with key worker June. not for cpr. SNELLEN 6/9 RIGHT, 6/12 LEFT.", [],
                 ["Le Fort II", "Broca's aphasia", "Duchenne", "Grace period", "key worker", "not for cpr", "6/12 LEFT"],
                 id="clinical-words-kept"),
    pytest.param("CONCERN: ATTENDED WITH MONGOLIAN BLUE SPOTS. attended with mongolian blue spots. Dx: EUPD. "
                 "Key worker Navneet Grewal; ward round.", ["Navneet", "Grewal"],
                 ["MONGOLIAN BLUE SPOTS", "mongolian blue spots", "EUPD", "Key worker"], id="second-tester-words-kept"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session42(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
