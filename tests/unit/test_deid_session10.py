"""Session 10 classes, from the v29 misses (then a development corpus): a house name before
the street, an outpatient number with slashes, an OHIP version code, ages over 89 after a name
in a list or in brackets after an eponym surname, staff initials after a verb only a person
does, a given name before "/ initials", a quoted name the family uses, a security officer, a
two-piece given name, "note of 5/5"; and clinical text that stays (decision rules named for a
place, eponyms, brands in brackets after the drug, "surveillance at 12/12", "night 2/7").
Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Honeysuckle Cottage, 14 Mill Lane, Ludlow, SY8 1AA", ["Honeysuckle Cottage", "14 Mill Lane"], [],
                 id="address-house-name-before-the-street"),
    pytest.param("UHID: RB55120931   OP No: OP/23/448120   Date: 02-03-2023", ["OP/23/448120", "RB55120931"], [],
                 id="id-outpatient-number"),
    pytest.param("Client: Dube, Thandi   OHIP 4412 908 116 XK\nBP 138/82", ["4412 908 116", "XK"], ["BP 138/82"],
                 id="id-ohip-version-code"),
    pytest.param("Rest home round\n1. Pania Walker (NHI QTR4411), 96: cough, CRP 40", ["Pania Walker", "96"],
                 ["CRP 40"], id="age-after-a-bracketed-id-and-a-colon"),
    pytest.param("3. Harold Lyle, 93: BP 150/70, continue amlodipine", ["Harold Lyle", "93"],
                 ["BP 150/70", "amlodipine"], id="age-after-a-name-in-a-numbered-list"),
    pytest.param("MDT list\n2. Agnes Wilson (98)  MRN Q2291044", ["Agnes Wilson", "98", "Q2291044"], [],
                 id="age-in-brackets-after-an-eponym-surname"),
    pytest.param("Identity checked in person by TQ on 6/14. Merged after review by WZ. Dashboard up.",
                 ["TQ", "WZ", "6/14"], [], id="name-initials-after-a-person-verb"),
    pytest.param("Escort RN: Gwendolyn / BM\nNEWS2 2", ["Gwendolyn", "BM"], ["NEWS2 2"],
                 id="name-initials-after-a-given-name-and-slash"),
    pytest.param('Sat with her; "Bubbles" (as her grandchildren call her) smiled.', ["Bubbles"], [],
                 id="name-quoted-name-the-family-calls-her"),
    pytest.param("Escorted to the bay by security officer Pemberton (badge 7718).", ["Pemberton", "7718"], [],
                 id="name-security-officer"),
    pytest.param("Requester: Ji-hoon Wozniak - relationship: son", ["Ji-hoon", "Wozniak"], [],
                 id="name-two-piece-given-name"),
    pytest.param("Capacity per Dr Fenwick's note of 4/6.", ["Fenwick", "4/6"], [], id="date-note-of"),
]
KEPT = [
    pytest.param("Ottawa ankle rules positive; Canadian C-spine rule: imaging. Ottawa knee rules negative.", [],
                 ["Ottawa ankle rules", "Canadian C-spine rule", "Ottawa knee rules"], id="rules-named-for-a-place-stay"),
    pytest.param("Seidel negative. LVH by Sokolow-Lyon. CanRisk estimate pending.", [],
                 ["Seidel negative", "Sokolow-Lyon", "CanRisk"], id="eponyms-stay"),
    pytest.param("ferrous fumarate 200 mg (Ferrograd) daily; tacrolimus (Envarsus XR) 6 mg", [],
                 ["(Ferrograd)", "(Envarsus XR)"], id="brands-in-brackets-stay"),
    pytest.param("apixaban (Zorbelix) 5 mg BD; Quellamine (metformin) 500 mg", [],
                 ["(Zorbelix)", "Quellamine (metformin)"], id="unknown-brands-beside-their-generic-stay"),
    pytest.param("CT surveillance at 12/12. Chloramphenicol hourly day and night 2/7.", [],
                 ["12/12", "2/7"], id="uk-durations-stay"),
    pytest.param("Seen by OT. Power of 4/5 in the left arm. Follow-up Smith clinic.", [],
                 ["OT", "4/5", "Follow-up"], id="services-scores-and-compounds-stay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI + KEPT)
def test_session10_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
