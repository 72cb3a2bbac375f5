"""Round 12: general PHI classes (lower-case names after self-introductions, signatures and copy
lists; names by form; "the 3rd of May"; month + year; age bounds; national phone shapes; pagers;
lab numbers), the clinical values next to them that must stay, and the speed shortcuts (hints,
literal scans) that must not change any match. Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid.patterns import RECOGNISER_HINTS, RECOGNISERS, literal_finditer
from processors.deid.places import _PHONES
from processors.deid.values import lowered
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    # NAME: lower case after "my name is", "signed", "cc:"
    pytest.param("hi, my name is tom baker and I'm calling about my dad.", ["tom", "baker"],
                 ["calling about my dad"], id="name-my-name-is"),
    pytest.param("Signed: jane doe, RN", ["jane", "doe"], ["Signed:", "RN"], id="name-signed-colon"),
    pytest.param("signed - k. osei (staff nurse)", ["k. osei"], ["staff nurse"], id="name-signed-initial"),
    pytest.param("Electronically signed by maria gonzalez MD on ward.", ["maria", "gonzalez"], ["MD"],
                 id="name-e-signed-by"),
    pytest.param("cc: jane moss, pharmacy; a. moody", ["jane moss", "moody"], ["pharmacy"], id="name-cc-list"),
    pytest.param("Signed consent obtained. Consent form signed by patient. Signed off by physio.", [],
                 ["Signed consent", "signed by patient", "Signed off by physio"], id="name-signed-clinical-kept"),
    pytest.param("my name is not important. cc: file. cc: pharmacy, ward manager", [],
                 ["not important", "cc: file", "pharmacy", "ward manager"], id="name-lower-function-kept"),
    # NAME: by form
    pytest.param("Seen by Chance P. Falabi, MSW.", ["Chance", "Falabi"], ["MSW"], id="name-given-initial-cred"),
    pytest.param("Daughter Edward M Brown visits daily.", ["Edward", "Brown"], ["visits daily"],
                 id="name-given-bare-initial"),
    pytest.param("Pastor Sen to visit. Rev. Okafor aware.", ["Sen", "Okafor"], ["to visit"], id="name-clergy"),
    pytest.param("Clinic: E. Wells, 328-909-7638.", ["Wells", "328-909-7638"], ["Clinic"],
                 id="name-initial-before-number"),
    pytest.param("Hi Priya,\nPlease see below.", ["Priya"], ["Please see below"], id="name-greeting"),
    pytest.param("Insulin per scale. /SO\n/BR 4/4\n", ["SO", "BR", "4/4"], ["Insulin per scale"],
                 id="name-slash-initials"),
    pytest.param("Transcribed by: sm  D: today", ["sm "], ["Transcribed by"], id="name-transcribed-initials"),
    pytest.param("Factor V Leiden. Group B Strep positive. Vitamin D Level low. Grade A Evidence. Hi Team,",
                 [], ["Factor V Leiden", "Group B Strep", "Vitamin D Level", "Grade A Evidence", "Team"],
                 id="name-letter-eponyms-kept"),
    pytest.param("BP /HR stable. /CT 4/5 reviewed.", [], ["/HR stable", "CT"], id="name-abbrev-initials-kept"),
    pytest.param("Hello Doctor, thanks. Chaplain visited.", [], ["Doctor", "Chaplain visited"],
                 id="name-greeting-common-kept"),
    # DATE
    pytest.param("Seen on the 29th of October.", ["the 29th of October"], ["Seen on"], id="date-the-nth-of"),
    pytest.param("Last scope Jan '19; statin since Oct/2024.", ["Jan '19", "Oct/2024"], ["statin"],
                 id="date-month-year"),
    pytest.param("Plan: 5/7 abx, review in 2/52, INR 2.3, power 4/5.", [], ["5/7", "2/52", "INR 2.3", "4/5"],
                 id="date-fractions-kept"),
    # AGE
    pytest.param("Aged >90, lives alone. Patient's age: >89.", [">90", ">89"], ["lives alone"],
                 id="age-bound"),
    pytest.param("Age >18 adult. eGFR >90. Aged >65 screening.", [], [">18", "eGFR >90", ">65"],
                 id="age-bound-under-89-kept"),
    # PHONE / ID
    pytest.param("Mob 0470 587 975, home 03-995 5351, work 022 817 4275.",
                 ["0470 587 975", "03-995 5351", "022 817 4275"], ["Mob"], id="phone-au-nz"),
    pytest.param("Paged 4-5841, no answer. Paged 2-3 times. Bleeped x2.", ["4-5841"],
                 ["2-3 times", "Bleeped x2"], id="phone-paged-extension"),
    pytest.param("Lab No. 25.123456; specimen S25-12345.", ["25.123456", "S25-12345"], ["specimen"],
                 id="id-lab-number"),
    pytest.param("Lab no. 1.5 mL sample. Specimen 3-4 cm. Acc 2.300 mg.", [],
                 ["1.5 mL", "3-4 cm", "2.300 mg"], id="id-lab-values-kept"),
    # clinical words that were taken for names
    pytest.param("Laceration closed with 3-0 Vicryl. Review alendronic acid 70 mg weekly. Tdap given.", [],
                 ["3-0 Vicryl", "alendronic acid", "Tdap"], id="clinical-sutures-acids-kept"),
    pytest.param("Tel (03) 9123 4567. Postcode: LS6 2QB.", ["9123 4567", "LS6 2QB"], ["Tel", "Postcode"],
                 id="clinical-contact-labels-kept"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_round12_case(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_round12_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)


HINT_TEXTS = [
    pytest.param("Host 10.0.0.12 and fe80::1 and 2001:db8:0:0:0:0:2:1 seen.", id="ip"),
    pytest.param("SSN 123-45-6789, social security no: 123 45 6789, SS# 987654321.", id="ssn"),
    pytest.param("Mail jo@example.org or a.b+c@x.co.uk.", id="email"),
    pytest.param("Na 138, K 4.1, Hb 92 g/L, BP 120/80 at 09:00.", id="none"),
]


@pytest.mark.parametrize("text", HINT_TEXTS)
def test_hints_hold_wherever_a_recogniser_matches(text: str) -> None:
    low = lowered(text)
    for (placeholder, rx, _), hint in zip(RECOGNISERS, RECOGNISER_HINTS, strict=True):
        if hint is not None and any(True for _ in rx.finditer(text)):
            assert hint.search(low), placeholder


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call (+65) 62712927 or (55) 2208-4636.", id="two"),
        pytest.param("(son) 0412 3456 (daughter) 9876-5432 ((x)", id="relations-nested"),
        pytest.param("no bracket here", id="none"),
    ],
)
def test_literal_finditer_is_finditer(text: str) -> None:
    assert [m.span() for m in literal_finditer(_PHONES, text, "(")] == [m.span() for m in _PHONES.finditer(text)]
