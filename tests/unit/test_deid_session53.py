"""Session 53: what the scrubber finds and keeps after two black-box testers: 240 eponym-dense specialty letters (P: 2.6
clinical words a note taken for names - eponyms, organisms, place-named viruses, states, GCS scores, Montreal codes) and 240
narratives typed in lower case, in capitals or without punctuation (Q: names that are words, sign-offs before a role, a
found name's other half, towns and postcodes after a street, ordinal dates, "she's 91"). Hand-written sentences only (no
tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
KEEP = [
    pytest.param("Ptosis; no Marcus Gunn pupil. Areflexia suggested the Miller Fisher variant, not Lambert-Eaton myasthenic "
                 "syndrome; a Todd's paresis resolved.",
                 ["Marcus Gunn pupil", "Miller Fisher variant", "Lambert-Eaton", "Todd's paresis"], id="neurology-eponyms"),
    pytest.param("Shoulder: Hawkins test positive, Jobe test weak; fixed flexion on the Thomas test; modified Schober test 3 cm. "
                 "Lisfranc injury; Pavlik harness; Miami J collar removed.",
                 ["Hawkins test", "Jobe test", "Thomas test", "Schober test", "Lisfranc", "Pavlik harness", "Miami J collar"],
                 id="orthopaedic-tests-and-devices"),
    pytest.param("Blood cultures grew Escherichia coli; Candida auris in the line tip; Toxoplasma gondii IgG positive.",
                 ["Escherichia coli", "Candida auris", "Toxoplasma gondii"], id="organisms"),
    pytest.param("Tick bite while hiking in Wisconsin; travel to Arizona and Sierra Leone. West Nile virus and Ross River "
                 "virus serology negative; Kunjin strain excluded.",
                 ["Wisconsin", "Arizona", "Sierra Leone", "West Nile virus", "Ross River virus", "Kunjin"],
                 id="states-countries-place-named-viruses"),
    pytest.param("Crohn's disease (Montreal A2L3B2). GCS on arrival E2V3M4 (9/15). Pouch of Douglas clear; sphincter of Oddi "
                 "dysfunction.", ["Montreal A2L3B2", "9/15", "Pouch of Douglas", "sphincter of Oddi"], id="codes-scores-structures"),
    pytest.param("Nissen fundoplication with crural repair; Weber B fracture with talar shift; purpura fulminans.",
                 ["crural repair", "talar shift", "purpura fulminans"], id="lower-case-anatomy-not-names"),
    pytest.param("Signed: Nurse Tom Addison, Specialist Nurse. Tel (02) 9382 4060. Email x@y.org", ["Tel", "Email"],
                 id="contact-labels-after-a-title-sentence"),
    pytest.param("FHx: Parkinson (mother), Alzheimer (father); nil else. FHx: Parkinson (mother) diagnosed at 70.",
                 ["Parkinson (mother)", "Alzheimer (father)"], id="family-history-is-no-person"),
    pytest.param("Dr Raman\nDecedent identified by family.", ["Decedent identified"], id="a-title-name-wraps-no-sentence"),
    pytest.param("Mary's pupils equal and reactive. pt alert and orientated, nurse aware. spoke to ward nurse. pt will need "
                 "bloods. seen by practice nurse. charge nurse aware. carer present. Immunology nurse line: 01733 199 868",
                 ["pupils equal", "charge nurse aware", "nurse line",
                                                    "carer present", "pt alert", "nurse aware", "ward nurse", "will need",
                                                    "practice nurse"], id="lower-case-words-stay"),
    pytest.param("Abuela (Abuela Rosa, 93) vive en casa.", ["en casa"], id="foreign-words-after-en"),
]

PHI = [
    pytest.param("Addison (daughter) knows how to give the hydrocortisone. Swan (bedside nurse) calibrated the line. "
                 "Medicines reconciled with Will Foley (son), who brought them.",
                 ["Addison (", "Swan (", "Will Foley"], ["knows how", "calibrated the line"], id="eponym-names-with-kin-or-role"),
    pytest.param("Hope Barrett was told her Barrett's oesophagus is stable.", ["Hope Barrett was"], ["Barrett's oesophagus"],
                 id="eponym-name-then-told"),
    pytest.param("reassured by sophie wood. / clinic letter re callum hall of 12 elm st / plan mark dela cruz",
                 ["sophie wood", "callum hall", "dela cruz"], ["reassured by", "clinic letter"], id="the-other-half-of-a-lower-name"),
    pytest.param("home by the weekend signed precious nkosi 9am\nreturned. signed a bello 1415\nparamedic s young 11pm\n"
                 "pt faith fitzgerald chart no 630692", ["precious nkosi", "a bello", "s young", "faith fitzgerald"],
                 ["home by the weekend"], id="lower-case-sign-offs-and-pt"),
    pytest.param("level sent. / r botha cpn\nMSU SENT G WOOD RM\npitting to mid shin gift zulu community staff nurse",
                 ["r botha", "G WOOD", "gift zulu"], ["level sent", "MSU SENT", "pitting to mid shin"], id="name-before-a-role"),
    pytest.param("handed over to charge nurse june for nights. kitchen assistant gift. handover to triage nurse rn summer.",
                 ["june", "gift", "summer"], ["charge nurse", "kitchen assistant", "triage nurse"], id="role-then-a-given-name"),
    pytest.param("mdt discussion re favour okafor going home", ["favour okafor"], ["mdt discussion"], id="lower-pair-anywhere"),
    pytest.param("called to 173 wattle st, toowoomba at 3am for fall\nmoving to 148 kalayaan ave caloocan 1800 next month\n"
                 "lives at 163 maple ave broken arrow 60498 recent bloods", ["toowoomba", "caloocan 1800", "60498"],
                 ["at 3am", "next month", "recent bloods"], id="town-and-postcode-after-a-street"),
    pytest.param("lives at 14 elm close with wife; 2 close contacts swabbed; a 3 fold rise in troponin", ["14 elm close"],
                 ["2 close contacts", "3 fold rise"], id="uk-street-words"),
    pytest.param("bloods repeated march 3rd; next visit 19th of march; seen on the 13th may", ["march 3rd", "19th", "13th may"],
                 ["bloods repeated"], id="ordinal-dates-in-lower-case"),
    pytest.param("redirected to bed, said she's 91 and still does the crossword. hosp no rx4 800 244.", ["91", "rx4 800 244"],
                 ["still does the crossword"], id="age-and-grouped-hospital-number"),
    pytest.param("Allergic to penicillin rash only Skin checked Braden 17 Reviewed by Dr Young on the round",
                 ["Young"], ["Allergic to penicillin"], id="an-allergy-list-ends-at-a-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_53_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_53_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


def test_session_53_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
