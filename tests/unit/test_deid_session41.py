"""Session 41 (a black-box deid tester: 150 notes of 30 styles from nine locales - portal messages,
handover sheets, research visits, Nigerian, Indian, Philippine, Gulf and NZ letters): address runs
from a premise to a postcode, barangays, Dublin districts, lower-case streets, ages in a family
history, capitals name particles, initials written together or in brackets, typists' initials, a
trial's CRF initials, quoted nicknames, "Will" as a name, names after a label the lead list lacked;
and countries, nationalities and faiths that were scrubbed as names."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # addresses
    pytest.param("Dr P Olatunji\nPlot 45, 3rd Avenue, Gwarinpa Estate, Abuja 900108, FCT",
                 ["Plot 45", "3rd Avenue", "Gwarinpa", "Abuja", "900108"], [], id="nigerian-plot-to-postcode"),
    pytest.param("cc: Patient, No. 7, 2nd Street, Gandhi Nagar, Adyar, Chennai - 600020, Tamil Nadu",
                 ["No. 7", "2nd Street", "Gandhi Nagar", "Adyar", "Chennai", "600020"], ["cc: Patient"],
                 id="indian-number-to-pin"),
    pytest.param("NOK address: H.No. 12-2-417, Mehdipatnam, Hyderabad - 500028, Telangana",
                 ["12-2-417", "Mehdipatnam", "Hyderabad", "500028"], ["NOK address:"], id="indian-house-number"),
    pytest.param("Home: Building 45, Zone 66, Street 820, Al Sadd, Doha, Qatar",
                 ["Building 45", "Zone 66", "Street 820", "Al Sadd", "Doha"], ["Home:"], id="qatar-to-the-country"),
    pytest.param("Home visits at Unit 1502 Tower 2, Avida Residences, Brgy. Bagumbayan, Taguig City, Metro Manila 1630.",
                 ["Unit 1502", "Avida", "Bagumbayan", "Taguig", "1630"], ["Home visits at"], id="philippine-unit"),
    pytest.param("From: Tir na nOg Nursing Home, 32 Brgy. Poblacion, Davao City. 227 Purok 3, Brgy. San Roque",
                 ["32 Brgy. Poblacion", "227 Purok 3", "San Roque"], [], id="barangays"),
    pytest.param("Comparison: CT from Dublin 9 imaging centre.", ["Dublin 9"], ["Comparison: CT from", "imaging centre"],
                 id="dublin-district"),
    pytest.param("pls send the refill to the pharmacy on king st not the one in antipolo city",
                 ["king st", "antipolo city"], ["pls send the refill to the pharmacy on"], id="lower-case-places"),
    pytest.param("Bed 12, Ward 7B. skid on the road, then on main road. Seen in the city.", [],
                 ["Bed 12, Ward 7B", "on the road", "on main road", "in the city"], id="no-address"),
    # ages and names
    pytest.param("- Maternal aunt Joy: ovarian ca at 58, alive, 96, in a care home.", ["Joy", "96"], ["ovarian ca at 58"],
                 id="family-history-age-over-89"),
    pytest.param("Bed 1 | TE RANGI, Mere | 64F\nBed 3 | DE LOS REYES, Ana | 55F", ["TE RANGI", "Mere", "DE LOS REYES", "Ana"],
                 ["64F", "55F"], id="capitals-particles"),
    pytest.param("Ivy Te Whata, Hospital Social Worker, ext 6259", ["Ivy", "Te Whata", "6259"], ["Hospital Social Worker"],
                 id="particle-between-given-and-surname"),
    pytest.param("Seen by: Y.O. (HO) pager 8192. Nurse in charge: Marie-Eve B.   Handed over to: Joy Sinclair",
                 ["Y.O.", "Marie-Eve", "B.", "Joy Sinclair"], ["Handed over to"], id="initials-together-nurse-in-charge"),
    pytest.param("Blister pack filled by M.W. at the community pharmacy. Dosette box filled by Boots.", ["M.W."],
                 ["Boots"], id="filled-by-initials"),
    pytest.param("Participant: Hope Carter   Screening no. CV-221-8480   Initials on CRF: H-C\nConsent: v4.1",
                 ["Hope Carter", "H-C", "CV-221-8480"], ["Consent: v4.1"], id="trial-participant-and-crf-initials"),
    pytest.param("Midwife: Hessa Al Shehhi (HS)  Obstetrician: Dr Al-Qahtani. Seen in Emergency Department (ED).",
                 ["Hessa", "Shehhi", "(HS)", "Al-Qahtani"], ["Emergency Department (ED)"], id="initials-in-brackets"),
    pytest.param("if OT agrees.\nSigned HB / sa", ["HB", "sa"], ["if OT agrees."], id="typist-initials"),
    pytest.param('Name: MACARAEG, PRINCESS ("Jun-Jun")  Age/Sex: 61/F\nAttender (Bunty) counselled. Attender (Son) present.',
                 ["MACARAEG", "PRINCESS", "Jun-Jun", "Bunty"], ["Age/Sex: 61/F", "Attender (Son)"], id="nickname-attender"),
    pytest.param("Pt Will Ashworth. Will will need a further visit. Will asked that his neighbour help. Will the dose change?",
                 ["Will Ashworth", "Will will", "Will asked"], ["Will the dose change?"], id="will-as-a-name"),
    pytest.param("Crew: Grant Cote / M. Baker, incident no. 93005524. Referred by BHW Precious from the health center.",
                 ["Grant Cote", "M. Baker", "Precious"], ["health center"], id="crew-pair-and-health-worker"),
    pytest.param("hi dr fisher its dean here (dean nguyen, dob 6/11/38)\nthx\ndean", ["dean nguyen", "\ndean"],
                 ["hi dr"], id="portal-message-names"),
    pytest.param("please call my sister.\nthank you and God bless,\nmercy", ["mercy"], ["God bless"], id="god-bless-sign-off"),
    pytest.param("re my mum (the patient, dob 1/2/40)", ["1/2/40"], ["(the patient, dob"], id="no-name-before-dob"),
    # the second tester: transcripts, crews, prison, pathology, free-typed nursing notes
    pytest.param("DR: Good morning. Am I speaking with Tobi?\nTOBI: Yes. Priya is here with me.\nDR: Your mobile?\n"
                 "TOBI: It's Priya's one.\nPRIYA: Mine's 0472 889 344.\nPATIENT: thanks",
                 ["Tobi", "TOBI", "PRIYA", "Priya's"], ["DR: Good morning", "PATIENT: thanks"], id="transcript-speakers"),
    pytest.param("GROSS: Received fresh.\nMDM: Discussed.\nHEENT: clear.\nTECHNIQUE: Axial CT, technique standard.", [],
                 ["GROSS:", "MDM:", "HEENT:", "TECHNIQUE:"], id="section-labels-are-no-speakers"),
    pytest.param("Your bloods from last Tuesday the fifteenth were fine. Seen since the fourth of July.",
                 ["Tuesday the fifteenth", "fourth of July"], ["Your bloods from last"], id="spoken-dates"),
    pytest.param("Crew: MOHAMUD, FM (P2) / FITZGERALD/MF. Pt A+Ox1, MAE, CAM-ICU +. SVCO, PS 3. ATA/PTA occluded.",
                 ["MOHAMUD", "FM", "FITZGERALD", "MF"], ["MAE, CAM-ICU", "SVCO, PS 3", "ATA/PTA"], id="crew-surname-initials"),
    pytest.param("Wife/Anh at bedside. live female infant (Faith) born 0950. Tattoos: \"FETU\" on L forearm. "
                 "delusion that neighbour \"Young\" is poisoning him.", ["Anh", "Faith", "FETU", "Young"],
                 ["at bedside", "on L forearm"], id="relatives-tattoos-quoted"),
    pytest.param("escorted by CO Little (#1925). Nurse Elizabeth (EO). matter no. 2024/54647993. Dr Anh Do (Provider 332382L). "
                 "Gen Surg - page 9650. See page 2 of 3.", ["1925", "Elizabeth", "(EO)", "2024/54647993", "332382L", "9650"],
                 ["page 2 of 3"], id="prison-and-pathology-ids"),
    pytest.param("plan d/c home to lot 23 church st. lives 9/112 hume hwy. took 2 tabs po bd. Arrived 18:40 from court.",
                 ["lot 23 church st", "9/112 hume hwy"], ["2 tabs po bd", "18:40 from court"], id="lower-case-street-numbers"),
    pytest.param("wound cnc (khoa) to r/v. daugter jasleen rang x2. nocte: pt zhang (94yo) settled. asked for ivy the night nurse. "
                 "carer (granddaughter) aware. Pt's wife following in POV.\n— EN HENRY",
                 ["khoa", "jasleen", "zhang", "ivy", "HENRY"], ["carer (granddaughter)", "wife following"], id="nursing-lower-case"),
    pytest.param("CLINICIAN: Good morning. PATIENT: Yes, yes. 0950 Adm in early labour. 1115 Ventouse delivery. "
                 "Identifies as Torres Strait Islander.", [], ["Good morning", "Adm", "Ventouse", "Torres Strait Islander"],
                 id="talk-and-clinical-words-kept"),
    # the third tester: capitals relatives, staff initials, preferred names, "X is a 90 year old", house numbers
    pytest.param("NOK: BROTHER-IN-LAW LONG KAH WAI. NOK: WIFE MAY. NOK: NIL.", ["LONG KAH WAI", "MAY"], ["NOK: NIL"],
                 id="capitals-relatives"),
    pytest.param("Seen with trainee JT. Clinician KB. Dr Siti Zubaidah (MO) / TAK - discussed. Seen by GP today.",
                 ["JT", "KB", "TAK", "Siti"], ["(MO)", "GP today"], id="staff-initials"),
    pytest.param('(patient prefers name "Bee"; legal name Morgan Little). HA: Dawn (health adviser). '
                 'contact "Mark from Grindr" - no surname.', ["Bee", "Morgan Little", "Dawn", "Mark"],
                 ["health adviser", "no surname"], id="preferred-and-contact-names"),
    pytest.param("History of present illness: Justice is a 90 year old man. Subject is a 55-year-old woman. "
                 "The patient is a 45 year old.", ["Justice"], ["Subject is a 55-year-old", "The patient is a 45 year old"],
                 id="name-is-a-year-old"),
    pytest.param("Residence: House No. C/36, Ho; GPS AK-349-7806. ok. we r at 68 Jalan Long, leaving now. "
                 "Address: 200 Ave Saint-Joseph, Moncton.", ["C/36", "AK-349-7806", "68 Jalan Long", "200 Ave Saint-Joseph"],
                 ["leaving now"], id="house-numbers-and-prefix-streets"),
    pytest.param("Athlete: Rusty Fox, 19 y/o. Traveller: Bill Greenwood. CHV Sunny to follow up. FDW Mercy present. "
                 "Author: B. Rana, Social Worker, Children's Services.", ["Rusty Fox", "Bill Greenwood", "Sunny", "Mercy", "Rana"],
                 ["Children's Services"], id="labels-and-community-workers"),
    pytest.param("PMH : Type 2 DM , Barrett's oesophagus ; Osgood-Schlatter (old). PTB (Xpert +). Inform MSW. "
                 "Ghanaian, travelled to Togo and Zanzibar; she uses Facebook.", [],
                 ["Type 2 DM , Barrett's oesophagus", "Osgood-Schlatter", "Xpert", "Inform MSW", "Togo", "Zanzibar",
                  "Facebook"], id="third-tester-words-kept"),
    # kept: places larger than a state, nationalities, faiths
    pytest.param("Returned from Saudi Arabia last week. Nationality: Emirati. Born in Ireland, moved to Australia. "
                 "Filipina carer. Sephardi Jewish ancestry.", [],
                 ["Saudi Arabia", "Emirati", "Ireland", "Australia", "Filipina", "Sephardi Jewish"], id="countries-kept"),
    pytest.param("Seen by Sean Ireland. Birth companion Thandi Zulu (sister)", ["Sean Ireland", "Thandi Zulu"], [],
                 id="country-or-people-as-surname"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session41(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
