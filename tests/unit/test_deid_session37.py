"""Session 37 (black-box deid tester, 150 notes: EMS run sheets, retrieval, transfer letters,
palliative, dental, ophthalmology ...): aircraft registrations, patient care record numbers, crew
lists in capitals, day-of-month ordinals, year-month, a day/month after a clock time, streets
after "Location:" or in brackets; eponymous pairs, organisms and brands, "Christmas disease", an
Act's year and a clock time no longer read as names, dates, postcodes or addresses."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("Retrieved by RFDS (aircraft VH-FVZ) with NOF. Flight by ZK-IMA rescue helicopter. Tail number N512RX.",
                 ["VH-FVZ", "ZK-IMA", "N512RX"], ["RFDS", "NOF", "rescue helicopter"], id="aircraft-registrations"),
    pytest.param("On BiPAP V-60 and CO-AMOX; EMS NARRATIVE (ePCR 2025-0311-0447). PCR positive for SARS-CoV-2.",
                 ["2025-0311-0447"], ["V-60", "CO-AMOX", "PCR positive", "SARS-CoV-2"], id="epcr-number"),
    pytest.param("CREW: K. OKAFOR (PM), R. LINDQVIST (EMT).", ["OKAFOR", "LINDQVIST"], ["(PM)", "(EMT)"],
                 id="crew-in-capitals"),
    pytest.param("Review 27th. Fall yesterday 4th. Next map 22nd. Due on the 3rd at 10:00.",
                 ["27th", "4th", "22nd", "3rd"], ["Review", "Next map"], id="ordinal-days"),
    pytest.param("4th ventricle normal. 3rd dose given. On the 2nd cycle.", [],
                 ["4th ventricle", "3rd dose", "2nd cycle"], id="ordinals-before-nouns-kept"),
    pytest.param("Assault on a neighbour, 2019-07; no incidents. Season 2009-10.", ["2019-07"], ["2009-10"],
                 id="year-month-not-year-range"),
    pytest.param("Paracetamol OD ~20 g at 21:00 3/5. 21:00 2/10 pain. 08:00 1/2 tab.", ["3/5"],
                 ["2/10 pain", "1/2 tab", "21:00"], id="day-month-after-a-clock-time"),
    pytest.param("Location: Old Pacific Highway near Kariong. Sleeping by the station (Grey Street entrance).",
                 ["Old Pacific Highway", "Grey Street"], ["entrance"], id="street-after-location-or-bracket"),
    pytest.param("Ivor Lewis oesophagectomy. Norwalk virus. Murray Valley encephalitis. Argyll Robertson pupils. "
                 "Austin Flint murmur. B-Lynch suture. India ink positive. No Ramsay Hunt.", [],
                 ["Ivor Lewis", "Norwalk", "Murray Valley", "Argyll Robertson", "Austin Flint", "B-Lynch", "India ink",
                  "Ramsay Hunt"], id="eponyms"),
    pytest.param("Edinburgh Postnatal Depression Scale 19. Nottingham Prognostic Index 3.28. Berg Balance 18/56.", [],
                 ["Edinburgh Postnatal", "Nottingham Prognostic", "Berg Balance"], id="scales"),
    pytest.param("Sarnat stage 2. Acanthamoeba keratitis. Janumet 50/1000 BD. Jamar grip 20 kg. Lacri-Lube nocte. "
                 "Naseptin cream. Liposomal amphotericin B. Rhabdo. Peau d'orange.", [],
                 ["Sarnat", "Acanthamoeba", "Janumet", "Jamar", "Lacri-Lube", "Naseptin", "Liposomal", "Rhabdo", "Peau"],
                 id="organisms-and-brands"),
    pytest.param("Visited by Austin Flint yesterday. Jane Brown virus screen sent. Dr Ramsay Hunt reviewed.",
                 ["Austin Flint", "Jane Brown", "Ramsay Hunt"], ["virus screen"], id="pair-names-after-a-person-cue"),
    pytest.param("Known Christmas disease (haemophilia B). Home for Christmas.", ["for Christmas"],
                 ["Christmas disease"], id="christmas-disease"),
    pytest.param("Detained under MENTAL HEALTH ACT 1983 s2. Lives in Canberra ACT 2601.", ["2601"],
                 ["ACT 1983"], id="an-act-year-is-no-postcode"),
    pytest.param("Plans to travel to Boston in summer. Rabbi Cohen of Golders Green (020 7946 0000) will come.",
                 ["Boston", "Golders Green", "Cohen"], ["in summer", "will come"], id="towns-without-an-address"),
    pytest.param("History of Crohn disease. Signs of Sepsis. Dr Ahmed of Cardiology. Fracture of Radius, Colles.",
                 ["Ahmed"], ["of Crohn", "of Sepsis", "of Cardiology", "of Radius"], id="of-before-no-town"),
    pytest.param("Handover to CN Pereira at 0734. Seen by NIC Okafor. Nurse in charge Amara Obi aware.",
                 ["Pereira", "Okafor", "Amara Obi"], ["0734", "aware"], id="names-after-nurse-in-charge-roles"),
    pytest.param("CN VII palsy. CN II-XII intact. NIC aware. Charge nurse informed.", [],
                 ["CN VII palsy", "CN II-XII", "NIC aware", "Charge nurse informed"], id="cranial-nerves-kept"),
    pytest.param("Lives with her two children (Kai, 11, and Malia, 7).", ["Kai", "Malia"], ["11", "7)"],
                 id="children-with-ages-after-commas"),
    # the US notes tester (120 long notes)
    pytest.param("ID fellow: Arjun Reddy, MD\nSonographer: Arjun Reddy, RDCS\nPearl Shin, RN",
                 ["Arjun", "Reddy", "Pearl Shin"], ["MD", "RDCS"], id="names-before-a-clinician-credential"),
    pytest.param("Boston, MA. Internal Medicine, MD. Left Hip, MS.", [], ["Internal Medicine", "Left Hip"],
                 id="no-name-before-ambiguous-credentials"),
    pytest.param("Name: Camila Reyes. Started Camila 0.35 mg daily.", ["Camila Reyes"], ["Started Camila 0.35 mg"],
                 id="a-given-name-that-is-a-brand"),
    pytest.param("My nurse coordinator Min-jun Shin; chaplain Min-jun Kang. Post-op day 2.",
                 ["Min-jun", "Shin", "Kang"], ["Post-op day 2"], id="korean-given-names-after-roles"),
    pytest.param("CT head from 08-30, new. Message from patient, 10-17 12:03 PM. DOB: 11-21. Seen in clinic 03-11.",
                 ["08-30", "10-17", "11-21", "03-11"], ["12:03 PM"], id="month-day-without-year"),
    pytest.param("Degenerative changes C5-C7. Pain 08-10 on movement. Dose 10-20 mg.", [],
                 ["C5-C7", "08-10 on", "10-20 mg"], id="dash-ranges-kept"),
    pytest.param("LE venous duplex 2/5: no DVT. MRSA bacteremia (BCx 4/8 2/2 bottles MRSA).", ["2/5", "4/8"],
                 ["2/2 bottles"], id="month-day-after-a-test"),
    pytest.param("Jane Roe, LMFT    2/27", ["Jane Roe", "2/27"], ["LMFT"], id="signature-date"),
    pytest.param("EMERGENCY CONTACTS:\n1. Ana Cruz -- wife -- home 7738450273 / cell 773-845-0274\n"
                 "2. Will Story -- friend -- 312-555-0142\nCall 07577 (ID pager) with questions.",
                 ["Ana Cruz", "7738450273", "Will Story", "07577"], ["-- friend --", "(ID pager)"],
                 id="us-contact-list-and-pager"),
    pytest.param("Lived alone at N6543 County Road K, Elkhorn, WI 53121.", ["N6543 County Road K"], ["Lived alone"],
                 id="rural-grid-address"),
    pytest.param("I am traveling to see my mom in Fresno from 3/4.", ["Fresno"], ["traveling"], id="town-before-from"),
    pytest.param("Na 135 (ref 135-145). K 4.1 (ref 3.5-5.1). Our ref: 2024-55812.", ["2024-55812"],
                 ["ref 135-145", "ref 3.5-5.1"], id="reference-ranges-kept"),
    pytest.param("Allen test normal. Canadian CT Head Rule. Tokyo Guidelines grade II. Columbia Suicide Severity "
                 "Rating Scale and Stanley-Brown Safety Plan. Braxton Hicks. Father with colon cancer. NRS-2002 "
                 "score 5. Sent via MyChart. Synvisc, Stratafix, Definity, Flulaval, Vicryl Rapide, Coartem.", [],
                 ["Allen test", "Canadian CT", "Tokyo", "Columbia", "Stanley-Brown", "Braxton Hicks", "colon cancer",
                  "NRS-2002", "MyChart", "Synvisc", "Stratafix", "Definity", "Flulaval", "Rapide", "Coartem"],
                 id="us-eponyms-and-brands"),
    # the ingest tester: a surname before a number or a colon, a bracketed name
    pytest.param("Agatha Thistlewood: 10 mg at 18:00. Witnessed by Mary Jones 2 units.",
                 ["Agatha", "Thistlewood", "Mary Jones"], ["10 mg at 18:00", "2 units"], id="surname-before-a-dose"),
    pytest.param("Potassium: 4.5. Serum Potassium 4.5. Blood Glucose: 5.4. Left Ventricle 45.", [],
                 ["Potassium: 4.5", "Serum Potassium 4.5", "Blood Glucose: 5.4", "Left Ventricle 45"],
                 id="labels-before-values-kept"),
    pytest.param("Site: left wrist (Bertram Gallowglass). (Grace Hospital) (Rose Garden) (Warfarin Sodium)",
                 ["Bertram", "Gallowglass"], ["Grace Hospital", "Rose Garden", "Warfarin Sodium"],
                 id="bracketed-given-name-and-surname"),
    pytest.param("Migrated from Soweto, HIV positive. Arrived 18:40 from court. Lives at 14 rose court.",
                 ["Soweto", "14 rose court"], ["HIV positive", "18:40 from court"], id="address-run-ons"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_session37_cases(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)
    assert_idempotent(text)
