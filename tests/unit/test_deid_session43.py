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
