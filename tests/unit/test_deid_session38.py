"""Session 38 (black-box deid tester, 150 notes: dental, midwifery, genetics, custody, military,
school nurse, occupational health, travel, medico-legal ...): curly apostrophes read as straight
ones, eponyms, vaccine brands, countries and languages kept; UK durations after the word that takes
them; postcodes closing an address inside a sentence; police numbers; ranks and offices; given names
alone after what is said of a person, and the given name of a found full name written again."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("IHD, T2DM, CKD 3b, Parkinson\u2019s. Handover: Parkinson\u2019s meds must be on time.", [],
                 ["Parkinson\u2019s meds", "CKD 3b"], id="curly-apostrophe-eponym"),
    pytest.param("Seen by Dr O\u2019Brien; Siobh\u00e1n O\u2019Sullivan attended.", ["O\u2019Brien", "O\u2019Sullivan"], [],
                 id="curly-apostrophe-surnames-still-names"),
    pytest.param("Combined test for Down syndrome, Edwards' and Patau's - she accepts. Forceps (Neville-Barnes) at "
                 "20:46. Mental health: Whooley questions negative.", [],
                 ["Edwards'", "Patau's", "Neville-Barnes", "Whooley"], id="eponyms"),
    pytest.param("Crossmatch: virtual crossmatch negative. Sent by Mr Wood with wheeze after PE. FRCS (Orth).",
                 ["Wood"], ["Crossmatch", "wheeze", "(Orth)"], id="clinical-words"),
    pytest.param("Hep A (Avaxim 160 U), Typhim Vi, yellow fever. Typhoid Vi given.", [],
                 ["Avaxim", "Typhim Vi", "Typhoid Vi"], id="vaccine-brands"),
    pytest.param("Role 1 MTF, Brunei (operational). VFR to Papua New Guinea. Interpreter (Tigrinya).", [],
                 ["Brunei", "Papua New Guinea", "Tigrinya"], id="countries-and-languages"),
    pytest.param("Light duties 2/52, no weapon handling 7/7. Rv 4/24 or sooner if NEWS >=5. Off work 7/7.", [],
                 ["2/52", "handling 7/7", "Rv 4/24", "work 7/7"], id="uk-durations"),
    pytest.param("Seen 7/7 in clinic.", ["7/7"], [], id="a-day-stays-a-date"),
    pytest.param("Address: 152 Te Atatu Road, Rotorua, 5022. School: Oakwood Primary.", ["Te Atatu", "5022"], [],
                 id="nz-postcode-after-town"),
    pytest.param("Copied to patient at Blk 3 Lot 9, Brgy. San Isidro, Quezon City, 1113 and to the GP.",
                 ["Blk 3 Lot 9", "San Isidro", "1113"], ["to the GP"], id="philippine-postcode"),
    pytest.param("Correspondence address Plot 75, Admiralty Way, Lekki Phase 1, Lagos, 106104. SSN quoted.",
                 ["Admiralty Way", "Lekki Phase 1", "106104"], [], id="nigerian-district-and-postcode"),
    pytest.param("Copied to patient at ul. Piotrkowska 166/20, 90-410 Lodz and to the GP.", ["Piotrkowska", "90-410"],
                 [], id="polish-postcode-before-town"),
    pytest.param("Lives at 12 High St, Leeds, 2 flights of stairs, 1500 mL fluid restriction.", ["12 High St"],
                 ["2 flights", "1500 mL"], id="numbers-after-an-address-that-are-no-postcode"),
    pytest.param("Prisoner: LE HOANG ANH  Prison no: F3148KB  PNC: 96/997687W  Cell B2-14.",
                 ["LE HOANG ANH", "F3148KB", "96/997687W"], [], id="police-national-computer-number"),
    pytest.param("SAC IKECHUKWU OGUNLEYE 6503316. Spr Green and Pte Brown. Judge Long asked for a report.",
                 ["IKECHUKWU OGUNLEYE", "Green", "Brown", "Long"], [], id="ranks-and-offices"),
    pytest.param("Married to Pita for 21 years. Will phone Arjun on +61 422 037 968. She asked for Patience to be "
                 "present. Wants to phone his nan Lan on +48 358 193 113.", ["Pita", "Arjun", "Patience", "Lan"], [],
                 id="given-names-after-what-is-said-of-a-person"),
    pytest.param("Will phone GP on Monday. Ring Pharmacy re TTO. Asked for Oramorph. Phone Security on 2222. "
                 "Text Message sent. Asked for Pain relief.", [],
                 ["GP", "Pharmacy", "Oramorph", "Security", "Message", "Pain relief"], id="what-else-is-phoned-or-asked-for"),
    pytest.param("Pupil: Pita Fifita  Yr 11\n5 Feb - Pita sent by Mr Cook with wheeze.\nI saw Mere in clinic. "
                 "Patient: Mere Te Rangi. A mere 5 kg. Pita bread for lunch.", ["Pita sent", "saw Mere", "Mere Te Rangi"],
                 ["A mere 5 kg", "Pita bread"], id="a-found-full-names-given-name-again"),
    pytest.param("My Aged Care ID: AC70996239. Client: Glenda Mackay. Ward Aged Care. Screening Programme letter; "
                 "Screening ID: LEI116555.", ["Glenda Mackay", "AC70996239"], ["Aged Care", "Screening ID"],
                 id="org-words-do-not-spread"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session38(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
