"""Session 40 (two black-box deid testers: 150 notes of 13 ward and community styles from six
countries, and 120 notes written to be hard): names by their form without a label colon ("Patient
Ivy Grant-Rose", "Murphy, Chase:", "| BROWN/JUNE |"), lower-case titles and sign-offs, a relative's
owner ("Faith's husband"), family and carer lists, the receiver of a handover, ages after a name,
a UK mobile in any spacing; and clinical words that were scrubbed: eponyms and products, MRC power
grades, ranges before a unit, rare clinical words in a capitalised run ("Patient Controlled
Analgesia")."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # names
    pytest.param("Children: June and Mark, both local. Carers: Joy and Precious from Bluebird Care.",
                 ["June", "Mark", "Joy", "Precious"], ["Children:", "Carers:", "Bluebird Care"], id="family-and-carer-lists"),
    pytest.param("Children: None. Carers: Two daily, agency.", [], ["None", "Two daily"], id="lists-without-names"),
    pytest.param("Handover from Sunny to Florence at 0730. Reviewed by Mark 1400, plan unchanged.",
                 ["Sunny", "Florence", "Mark"], ["0730", "1400"], id="handover-receiver-and-time"),
    pytest.param("Patient Ivy Grant-Rose. Pt JORDAN LEE 28M testicular pain.", ["Ivy Grant-Rose", "JORDAN LEE"],
                 ["28M", "testicular pain"], id="patient-given-surname"),
    pytest.param("Patient Controlled Analgesia started. Pt Transport booked.", [],
                 ["Patient Controlled Analgesia", "Pt Transport"], id="patient-controlled-analgesia"),
    pytest.param("Murphy, Chase: RUQ pain. IMMUNISATION RECORD - DOE, CHARITY - 3 doses",
                 ["Murphy", "Chase", "DOE", "CHARITY"], ["RUQ pain", "3 doses"], id="surname-comma-given"),
    pytest.param("| MRN 1234567 | BROWN/JUNE | c/o Grant/Faith (foster parents)", ["BROWN/JUNE", "Grant/Faith"],
                 ["foster parents"], id="slash-pairs"),
    pytest.param("pls review ms. hope's wound. spoke w/ mary (pt's wife). Seen with Faith's husband Tom. thx fay",
                 ["hope", "mary", "Faith", "Tom", "fay"], ["wound", "(pt's wife)"], id="lower-case-and-possessive"),
    pytest.param("Echo: severe mr. tr moderate. ms relapse 2019.", [], ["mr. tr", "ms relapse"], id="valve-not-a-title"),
    pytest.param('Message from pt: "Hi it\'s Sunny, can u call me on 07 700 900 222?"', ["Sunny", "07 700 900 222"], [],
                 id="self-named-caller-and-mobile"),
    pytest.param("Xu Ming 61M HBV carrier. Tatsuya Yamamoto 33M anaphylaxis. Clinic: Tariq ibn Saeed hidradenitis.",
                 ["Xu Ming", "Yamamoto", "ibn Saeed"], ["61M", "33M", "HBV"], id="names-before-age-sex"),
    pytest.param("Bed 61M. Foley 16F catheter. Tmax 105F.", [], ["Bed 61M", "Foley 16F", "Tmax 105F"],
                 id="age-sex-look-alikes"),
    pytest.param("Pt: Mary Jones, 90 (diabetic, PVD). Ada Smith 95, PO D3 DHS. Pt: Oluwaseun Bakare 52, post CABG.",
                 ["Jones", "90", "Smith", "95", "Bakare"], ["PO D3 DHS", "post CABG"], id="ages-after-names"),
    pytest.param("Side Room 4, Bay 2 Bed 6. Modified Borg 13, RPE. Na 140, K 4.1.", [],
                 ["Side Room 4", "Borg 13", "Na 140"], id="values-after-words-kept"),
    # clinical text kept
    pytest.param("Hips: Barlow and Ortolani negative. Pfannenstiel incision. ?Henoch-Schonlein purpura. CrCl by "
                 "Cockcroft-Gault 34. Reed-Sternberg cells. Weil-Felix negative. Fugl-Meyer UE 22/66.", [],
                 ["Ortolani", "Pfannenstiel", "Henoch-Schonlein", "Cockcroft-Gault", "Reed-Sternberg", "Weil-Felix",
                  "Fugl-Meyer UE 22/66"], id="eponyms"),
    pytest.param("Hardinge approach, 44 mm Unitrax head, Palacos R+G. Nutrini Peptisorb 60 ml/h. Darco boot. "
                 "SenSura Mio bag. Parastomal hernia. Backslab. ACBT, IPPB.", [],
                 ["Hardinge", "Unitrax", "Palacos", "Nutrini Peptisorb", "Darco", "SenSura Mio", "Parastomal", "Backslab",
                  "ACBT, IPPB"], id="products-and-procedures"),
    pytest.param("Power 3/5 R arm, 4/5 R leg. MMR (12-13 months). Activity index 9/24. Seen (03-14) in clinic.",
                 ["03-14"], ["3/5 R arm", "4/5 R leg", "12-13 months", "index 9/24"], id="grades-ranges-index"),
    pytest.param("Post-ictal, drowsy. Orthogeriatric review. Psychogeriatric team. Cryptococcal antigen negative.", [],
                 ["Post-ictal", "Orthogeriatric", "Psychogeriatric", "Cryptococcal"], id="rare-clinical-words"),
    # the second-round tester (13 specialties)
    pytest.param("HOPE, Stavros 96 56756957 Ref: GP", ["HOPE", "Stavros", "96", "56756957"], ["Ref: GP"],
                 id="age-before-an-id"),
    pytest.param("Dentist: Dr Fitzgerald | DA: Will\nChild: Darnell Sharp\nSeen by P Price, Consultant GU/HIV",
                 ["Fitzgerald", "Will", "Darnell Sharp", "P Price"], ["Consultant GU/HIV"], id="labels-and-bare-initial"),
    pytest.param('Patient name: Cormac MacLeod "Kiki" MRN: 12345678. Fellow: G.Begum. Fellow: E. Long',
                 ["Cormac MacLeod", "Kiki", "Begum", "E. Long"], [], id="nickname-and-initial-surnames"),
    pytest.param("He works nights at Royal Mail. Works as a mechanic at Stop & Shop.", ["Royal Mail", "Stop & Shop"],
                 ["works nights at", "mechanic at"], id="employers-after-words"),
    pytest.param("Reviewed by X Ray. Seen by A and E team.", [], ["X Ray", "A and E team"], id="no-bare-initial-names"),
    pytest.param("Procedure: Phacoemulsification + PCIOL. Thresholds: 25 dB HL 250-6000 Hz. Mohs micrographic surgery.",
                 [], ["Phacoemulsification", "250-6000 Hz", "Mohs micrographic"], id="ophthalmology-audiology-dermatology"),
    pytest.param("FAMILY MEETING 14:00 WITH WIFE JODIE PARK AND BROTHER", ["JODIE"], ["14:00 WITH WIFE"],
                 id="time-is-no-house-number"),
    pytest.param("contraception under the Pregnancy Prevention Programme. NHS Screening Programme.", [],
                 ["Pregnancy Prevention Programme", "Screening Programme"], id="programmes"),
    pytest.param("Vaccines: HPV 3/3, mpox (MVA-BN) 2/2. Tdap given 1/30.", ["1/30"], ["HPV 3/3", "2/2"],
                 id="vaccine-course-counts"),
    # the third-round tester (US notes in the i2b2 style)
    pytest.param("Batch: 44112  Index No. 8SWNYU47", ["44112", "8SWNYU47"], ["Index No."], id="dictation-index"),
    pytest.param("Thyromental distance > 6 cm. CT: appendicitis with appendicolith. IHC positive. Ophtho consult.", [],
                 ["Thyromental", "appendicolith", "IHC", "Ophtho"], id="us-clinical-words"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session40(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
