"""Session 43 (two black-box deid testers: 300 notes of twelve genres in ten locales, and 280 notes of
fourteen hard styles): lower-case staff messages and notes (names by their place in a message, after
a lower-case title, after field labels and person cues), capitals titles with initials, a relation's
name in brackets after where it comes from, a family by its surname, ages over 89 without an age
word; and words that were scrubbed: "U and Es", "plaster of Paris", "Apgars 7/7", "mmol/mol",
specialists after a grade, a relation's "Ex-" / "Step-" prefix, an interpreter's language, "Acute PE",
"coryza", "knives", "witnessed by partner over 4 weeks", "sats turned 94%"."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # names in lower-case messages
    pytest.param("spoke 2 nkechi on nights, waterlow 18 so escalated. pls ask marguerite re bloods, dr obi aware.",
                 ["nkechi", "marguerite", "obi"], ["waterlow 18", "re bloods", "aware"], id="chat-places"),
    pytest.param("- fyi folasade's family rang\n- ximena covering bleep til 0630\nbp 150/84 - lakshmi happy\n- thx, zac\n"
                 "@dan - cxr reported?", ["folasade", "ximena", "lakshmi", "zac", "dan"], ["bp 150/84", "cxr reported"],
                 id="chat-senders-and-mentions"),
    pytest.param("spoke 2 nights re plan. ms relapse on mri. mr moderate on echo. dr aware. - obs on nights",
                 [], ["spoke 2 nights", "ms relapse", "mr moderate", "dr aware", "obs on nights"], id="chat-words-kept"),
    pytest.param("resident: cathal ni bhriain   room 24\nsho: bill walker\nhealth visitor forrest kereama informed.\n"
                 "33yo man adebayo nnamdi (card no 899368) self-presented", ["cathal", "bhriain", "bill walker",
                 "forrest kereama", "adebayo nnamdi"], ["room 24", "self-presented"], id="lower-case-field-cues"),
    pytest.param("brought by grandmother grainne. siblings eoin and padraig unwell with coryza at home.",
                 ["grainne", "eoin", "padraig"], ["coryza"], id="lower-case-relatives"),
    # capitals and brackets
    pytest.param("ATTENDING: DR C BLACKWOOD\nCONSULTANT: DR H. J. SANDHU\nMS A FLARE. MR 2+ ON ECHO.",
                 ["C BLACKWOOD", "SANDHU"], ["MS A FLARE", "MR 2+"], id="caps-title-initials"),
    pytest.param("Carer from the agency (Precious) visits QDS. Next door neighbours, the Patels, do the shopping.",
                 ["Precious", "Patels"], ["visits QDS"], id="carer-bracket-and-family-surname"),
    pytest.param("Mother lived to 96. Grandad died at 97. HR now 90, sats turned 94% later.", ["96", "97"],
                 ["HR now 90", "94%"], id="ages-without-an-age-word"),
    # handover bed lines, dictation, lower-case address tails
    pytest.param("WARD C5 DAY HANDOVER\nFROM POPPY TO REUBEN. NIC: ALBERT. BLEEP 1846\n"
                 "BED 21 - COOK, GWEN - 98 - NOF #, POST-OP D2 - GCS 14\nBed 29 - LONG, Seo-jun - (99) - AKI on CKD - BSL 18.2\n"
                 "bed 9; grewal, etienne; (93); pe; p 69; nok kwabena st. john 905.480.4762\nB7 - LRTI - 90 - sats 92% RA",
                 ["REUBEN", "ALBERT", "COOK, GWEN", "98", "LONG, Seo-jun", "99", "grewal, etienne", "93", "kwabena"],
                 ["NOF #", "GCS 14", "AKI on CKD", "BSL 18.2", "B7 - LRTI - 90 - sats 92% RA"], id="handover-bed-lines"),
    pytest.param("hospital number M R N six nine double seven five seven five. Her son can be contacted on oh seven eight "
                 "double nine two double eight nine double eight. Address for correspondence is eighty six Church View comma "
                 "Sheffield comma S 4 1 W U. Give two five zero mg.", ["six nine double seven", "double eight nine double eight",
                 "eighty six Church View", "Sheffield", "S 4 1 W U"], ["Give two five zero mg"], id="dictated-numbers-and-address"),
    pytest.param("lives at 114 griffith avenue, mayfield, cork, t23 e6f4. lives at 12 high street, seen at 1400 by gp.\n"
                 "Blk 106 Bedok North Rd\n#11-089\nSingapore 460106", ["mayfield", "t23 e6f4", "#11-089", "460106"],
                 ["seen at 1400"], id="lower-case-address-tails"),
    # second tester: capitals roles, whiteboards, lower-case staff, initials
    pytest.param("BED 4  MRS J HOLLAND  91F  CONS ROBERTS\nPRINTED 12/03/2024 14:02 BY JPRICE01\nB25 Rose 96F #NOF\n"
                 "HANDED OVER BY BAKER, RUBY TO PATEL, AMIR AT 0730\nPC REVIEW DUE. REG AWARE. Handover from Button PGY-1 at 19:00.",
                 ["HOLLAND", "ROBERTS", "JPRICE01", "Rose", "96", "BAKER, RUBY", "PATEL, AMIR", "Button"],
                 ["#NOF", "AT 0730", "PC REVIEW DUE", "REG AWARE", "PGY-1"], id="caps-roles-whiteboard-handed-over"),
    pytest.param("stanley robson dob 17/08/26 - settled night. told her stanley had a settled night.\n"
                 "- gillian gave levothyroxine 100 micrograms at 6.15pm. found by amelia on floor. physio jane mobilised w zimmer.",
                 ["stanley", "robson", "gillian", "amelia", "jane"], ["levothyroxine 100 micrograms", "mobilised w zimmer"],
                 id="lower-case-staff-and-patient"),
    pytest.param("DN T. Walker attended. Signed B McLean, Staff Nurse. RL = R Lewis RNA. Vitamin D Hughes. Hb 133 g/L. Sione ok.",
                 ["T. Walker", "B McLean", "R Lewis", "Sione"], ["Vitamin D", "g/L."], id="initial-before-name"),
    pytest.param("Parvolex started per nomogram. pt at Glasgow Coma Scale 9/15. Visit 0830 (12th Dec). Visit no 48213.",
                 ["12th Dec", "48213"], ["Parvolex", "Glasgow Coma Scale", "Visit 0830"], id="brand-coma-scale-visit-time"),
    # words kept
    pytest.param("Bloods: FBC, U and Es, LFTs. Cast: plaster of Paris backslab. Apgars 7/7. HBA1C 49 MMOL/MOL",
                 [], ["U and Es", "plaster of Paris", "Apgars 7/7", "MMOL/MOL"], id="notation-kept"),
    pytest.param("Seen by Consultant Geriatrician. Ex-partner Lee is NOT to be given information. Step-son Marcus visiting.",
                 ["Lee", "Marcus"], ["Consultant Geriatrician", "Ex-partner", "Step-son"], id="roles-and-kin-prefixes-kept"),
    pytest.param("He may need an interpreter (Punjabi). IMPRESSION: Acute PE. Access to knives at home. "
                 "Seizure witnessed by partner over 4 weeks. UDS positive for thc.",
                 [], ["(Punjabi)", "Acute PE", "knives", "over 4 weeks", "thc"], id="words-kept"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session43(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
