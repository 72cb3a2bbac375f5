"""Round 11: general PHI classes (ages >= 90, schemeless URLs, international addresses and
postcodes, written dates, name layouts), with the clinical values next to them that must stay.
Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # AGE: every form of 90+, ages under 90 and 90+ quantities kept
    pytest.param("A 92 y/o woman with CHF.", ["92"], ["y/o", "CHF"], id="age-y/o"),
    pytest.param("91YO M, fall at home.", ["91"], ["fall"], id="age-caps-yo"),
    pytest.param("Age - 94. Lives alone.", ["94"], ["Lives alone"], id="age-dash-label"),
    pytest.param("Age at diagnosis: 103", ["103"], ["diagnosis"], id="age-at-label"),
    pytest.param("FHx: mother died at 93.", ["93"], ["mother died"], id="age-died-at"),
    pytest.param("Turned 95 last week.", ["95"], ["last week"], id="age-turned"),
    pytest.param("Celebrated her 100th birthday.", ["100th"], ["birthday"], id="age-birthday"),
    pytest.param("Pt F, 96 with AF.", ["96"], ["with AF"], id="age-sex-first"),
    pytest.param("Madre (Rosa, 97 años) en casa.", ["97 años", "Rosa"], ["en casa"], id="age-anos"),
    pytest.param("Her sister, ninety-five, visits.", ["ninety-five"], ["visits"], id="age-spelled-apposition"),
    pytest.param("Pt's brother, 98, lives nearby.", ["98"], ["lives nearby"], id="age-relation-apposition"),
    pytest.param("A 45 y/o man, aged 75, Age: 88.", [], ["45", "75", "88"], id="age-under-90-kept"),
    pytest.param("Nonagenarian. HR 96, 90 minutes in ED, Barthel 95.", [],
                 ["Nonagenarian", "HR 96", "90 minutes", "Barthel 95"], id="age-90-quantities-kept"),
    # URL: schemeless links and bare hosts; abbreviations with dots kept
    pytest.param("Join at doxy.me/drlee today.", ["doxy.me/drlee"], ["today"], id="url-doxy"),
    pytest.param("Portal: mychart.example.org/login.", ["mychart.example.org"], ["Portal"], id="url-portal"),
    pytest.param("Form at forms.stmarys.nhs.uk/a?id=3,", ["stmarys", "id=3"], ["Form at"], id="url-query"),
    pytest.param("Results on myhealth.gov now.", ["myhealth.gov"], ["now"], id="url-bare-host"),
    pytest.param("Book via book.clinic.com:8443/slot/12", ["clinic.com", "slot/12"], ["Book via"], id="url-port"),
    pytest.param("i.e. stable, 2 tabs p.o. b.d., e.g. Cr 1.2, pH 7.31/45",
                 [], ["i.e.", "p.o.", "b.d.", "e.g.", "Cr 1.2", "pH 7.31/45"], id="url-abbrev-kept"),
    # ADDRESS / ZIP
    pytest.param("Lives at Rural Route 2, Box 14, Elgin.", ["Route 2", "Box 14"], [], id="addr-rural-route"),
    pytest.param("RR 18, SpO2 95%.", [], ["RR 18", "SpO2 95%"], id="addr-rr-is-resp-rate"),
    pytest.param("Mail to Locked Bag 4001, Westmead.", ["Bag 4001"], [], id="addr-locked-bag"),
    pytest.param("Lives at 44 Park Avenue South.", ["44 Park Avenue South"], [], id="addr-compass-after"),
    pytest.param("House No. 12, Sector 15, Noida 201301.", ["No. 12", "Sector 15", "201301"], [], id="addr-india"),
    pytest.param("Son in Dublin D02 X285 now.", ["D02 X285"], ["now"], id="zip-eircode"),
    pytest.param("PIN: 560034; postcode 3000.", ["560034", "3000"], [], id="zip-labelled"),
    pytest.param("Mumbai 400001.", ["400001"], [], id="zip-town-pin"),
    pytest.param("Lives in Calle Brito 83, Col. Matos, C.P. 37000.", ["Brito", "Matos", "37000"], [], id="addr-calle"),
    pytest.param("Pharmacy - 1548 BOWMAN ROAD, BOISE, ID 83702.", ["1548 BOWMAN ROAD", "BOISE", "83702"],
                 [], id="addr-caps-street"),
    pytest.param("Grew up in Orange; moved to Provo.", ["Orange", "Provo"], ["Grew up"], id="addr-residence-town"),
    pytest.param("Lives in Nursing Home. 2 TABS BY MOUTH DAILY. Heparin 5000 units, Creon 25000.",
                 [], ["Nursing Home", "2 TABS BY MOUTH DAILY", "Heparin 5000 units", "Creon 25000"],
                 id="addr-clinical-kept"),
    pytest.param("Platelets 150000, Box and Blocks 56.", [], ["Platelets 150000", "Box and Blocks 56"],
                 id="zip-counts-kept"),
    # DATE
    pytest.param("Admitted February the 3rd, 2025.", ["February", "3rd", "2025"], [], id="date-month-the-ord"),
    pytest.param("Leave Feb 3-5, 2025 approved.", ["Feb 3-5", "2025"], ["approved"], id="date-range"),
    pytest.param("Due the twenty-first of March.", ["twenty-first", "March"], ["Due"], id="date-ordinal-word"),
    pytest.param("seen 3 feb, next appt Jun-12.", ["3 feb", "Jun-12"], ["seen"], id="date-lower-month"),
    pytest.param("firmado el 10 de septiembre de 2022", ["10 de septiembre", "2022"], ["firmado"], id="date-es"),
    pytest.param("Lettre du 20 mars 2021.", ["20 mars 2021"], ["Lettre"], id="date-fr"),
    pytest.param("Work duty 01/17 through 1/31.", ["01/17", "1/31"], ["Work duty"], id="date-through"),
    pytest.param("2 feb spikes overnight, ABG 7.32/45/80, GCS 4/5/6, MRC 4/5.", [],
                 ["2 feb spikes", "7.32/45/80", "GCS 4/5/6", "MRC 4/5"], id="date-notation-kept"),
    # NAME
    pytest.param('Discussed with Harold "Hal" Hughes-Garner (son).', ["Harold", "Hal", "Hughes-Garner"],
                 ["son"], id="name-nickname"),
    pytest.param("Patient: Kennedy, Kristine A  DOB: 06-20-23", ["Kennedy", "Kristine", " A "],
                 ["DOB"], id="name-trailing-initial"),
    pytest.param("Policy holder: Irina dela Paz", ["Irina", "Paz"], [], id="name-particle"),
    pytest.param("Referred to Dr. Emeka ap Rhys and Dr O Lochnain.", ["Emeka", "Rhys", "Lochnain"],
                 ["Referred"], id="name-particle-title"),
    pytest.param("Name: FAHMI D/O YAHYA  NRIC: T1282659F", ["FAHMI", "YAHYA"], [], id="name-daughter-of"),
    pytest.param("Private aide Conchita 8 hrs/day; roommate shane.", ["Conchita", "shane"], ["8 hrs/day"],
                 id="name-household"),
    pytest.param("Baby to be named Chase. Agent: Mary M (ID 57184)", ["Chase", "Mary M"], [], id="name-role"),
    pytest.param("Caregiver taught Mepilex change; Foley catheter in situ.", [],
                 ["Caregiver taught", "Mepilex", "Foley catheter"], id="name-clinical-kept"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_round11_case(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_round11_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
