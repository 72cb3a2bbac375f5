"""Session 52: what the scrubber finds and keeps after a black-box tester's 240 documents of 15 genres (referral letters,
care-home transfers, telephone triage, midwives' postnatal visits, safeguarding, occupational health, dental, pharmacy,
radiology, physiotherapy, ambulance, coroner, school nurse, hospice, prison) from nine countries: a surname before an age
or a date, an age over 89 closing a name's sentence, common given names the lists had dropped as English words, babies'
names, one lower-case name after "pt", names before a school year or an age, a dentist's initials, a home's address
closed by its town; and the eponyms, services and labels that were taken for names. Hand-written sentences only (no
tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Case review: Nomsa Dlamini 17, pregnant (GA 20/40).\nPriya Venkataraman 12 March 2024\nC/O: toothache",
                 ["Dlamini", "Venkataraman"], ["17, pregnant", "C/O: toothache"], id="surname-before-an-age-or-a-date"),
    pytest.param("Re the death of Edith Mary Langridge 102. Natural causes.", ["Langridge", "102"], ["Natural causes."],
                 id="age-over-89-closing-the-name"),
    pytest.param("Hospice review 3/5/24\nArjun Tan - pancreatic cancer\nArjun is anxious; son Rohan is his carer.",
                 ["Arjun", "Rohan"], ["pancreatic cancer", "is anxious"], id="given-names-that-are-rare-words"),
    pytest.param("Postnatal day 2. Baby Mason feeding 3-hourly. Baby: Aroha born 4/6/24. mum rang re baby rose 6/52.",
                 ["Mason", "Aroha", "rose"], ["feeding 3-hourly", "born", "6/52"], id="babies-names"),
    pytest.param("pt moloney seen in cell, superficial cuts L forearm.", ["moloney"], ["seen in cell"], id="pt-one-lower-name-seen"),
    pytest.param("kai yr3 - nosebleed in the playground.\ntransfer to ward - thabo botha 93yo from the care home.",
                 ["kai", "thabo botha"], ["nosebleed", "from the care home"], id="lower-names-before-school-year-or-age"),
    pytest.param("Extraction LR8 under LA. Review 2/52. KP BDS", ["KP"], ["Review 2/52", "BDS"], id="dentist-initials"),
    pytest.param("Transfer from the nursing home. Mdm Tan Mei Hua 96, NRIC S1234567D.", ["Tan Mei Hua", "96"],
                 ["Transfer from the nursing home."], id="madam-and-an-age-over-89"),
    # the second tester (L): lists typed fast in lower case
    pytest.param("17. mr schultz 46 i&d abscess, g&s sent\n26. mr. kingsley 80 lap chole", ["schultz", "kingsley"],
                 ["i&d abscess", "lap chole"], id="lower-case-title-then-age"),
    pytest.param("9. hope bell 48 nhs no 300 718 7093 lap chole\nbed 14 - mairead byrne 31 - #nof d2\n"
                 "20. carol yazzie dob 16.3.1969 - whipple", ["hope bell", "mairead byrne", "carol yazzie"],
                 ["lap chole", "#nof d2", "whipple"], id="list-items-name-then-age-or-dob"),
    pytest.param("kiri faleolo not in, left card\nescalation: gift mokoena mrsa +ve\n08:10 bongani dlamini to amu",
                 ["kiri faleolo", "gift mokoena", "bongani dlamini"], ["not in, left card", "mrsa +ve", "to amu"],
                 id="lower-case-pair-opening-a-line"),
    pytest.param("returning 19-jan\nam handover dec 19\nappt 16-june 1415", ["19-jan", "dec 19", "16-june"],
                 ["returning", "am handover", "appt", "1415"], id="lower-case-day-and-month"),
    pytest.param("visit: 12 kowhai rd, otara, pressure ulcer sacrum\nfrom 14 jacaranda st, soshanguve, wheelchair",
                 ["kowhai", "otara", "jacaranda", "soshanguve"], ["pressure ulcer sacrum", "wheelchair"],
                 id="suburb-after-a-lower-case-street"),
    pytest.param("Lives with her gran at Stand 4120, Mamelodi East, Pretoria. Referred to SAPS.",
                 ["Stand 4120", "Mamelodi East", "Pretoria"], ["Referred to SAPS."], id="stand-address-closed-by-town"),
]

KEEP = [
    pytest.param("Hip flexion 95. Thomas test positive on the right. Murphy's sign negative.",
                 ["Thomas test positive", "Murphy's sign negative"], id="eponymous-tests"),
    pytest.param("Ghon complex R apex. Mobilised with ZF, Timed Up and Go 28 s. Surgicel and 2 sutures. Exo LR8 under LA.",
                 ["Ghon complex", "ZF, Timed Up and Go", "Surgicel", "Exo LR8"], id="lesion-frame-haemostat-extraction"),
    pytest.param("Hospice RN visit today. US Abdomen: normal. WorkCover certificate issued.",
                 ["Hospice RN visit", "US Abdomen", "WorkCover certificate"], id="services-and-imaging"),
    pytest.param("Signed Dr Priya Raman", ["Signed"], id="signed-before-a-titled-name"),
    pytest.param("Decedent Darnell Okoro. Late Bimal Chatterjee.", ["Decedent", "Late"], id="labels-before-a-name"),
    pytest.param("Baby Feeding well. Baby Check done. Baby Girl delivered 02:10. pt also seen by physio. pt pain reviewed.",
                 ["Baby Feeding well", "Baby Check done", "Baby Girl", "pt also seen", "pt pain reviewed"], id="not-names"),
    pytest.param("Thomas positive for covid.", [], id="a-name-without-test-word-is-still-a-name"),
    pytest.param("cepod list 24/11/24\nbed 4 - confused - needs r/v\n2. wound check - dressing changed\nmay 20 mg\n"
                 "dec 2 units\n12 main rd, nbm from midnight", ["cepod list", "bed 4 - confused", "2. wound check",
                                                                  "may 20 mg", "dec 2 units", "nbm from midnight"],
                 id="lower-case-lists-that-name-no-one"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_52_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_52_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_a_common_name_before_positive_is_scrubbed() -> None:
    assert_scrubbed("Thomas positive for covid.", phi=["Thomas"], kept=["positive for covid"])


def test_session_52_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
