"""After the HELD-OUT v12 measurement: general classes grouped from v12's misses (PHONE: x-
extensions after a signature, the extension of a number just given; AGE: over 89 after a person
and "is" / "turned", decades of life; NAME: titled names with bare initials and particles, police
titles, bylines, maiden names, bracketed names, thanks sign-offs, chat speakers, plural relation
lists, labelled names before a grade), with the clinical values beside them that must stay.
Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid.bylines import byline_name_spans
from processors.deid.values import lowered
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # PHONE
    pytest.param("Tom Ruiz, LCSW  x52817\nPlan: ext 90 deg, obs x1000.", ["52817"],
                 ["ext 90 deg", "x1000"], id="phone-x-extension-after-credential"),
    pytest.param("Ring (212) 555-0187 or ext. 0871 for results; knee ext 4/5.", ["0871", "555-0187"],
                 ["for results", "ext 4/5"], id="phone-extension-of-number-given"),
    pytest.param("Coordinator on bleep 4471; bleeped 2-3 times; extension 90 degrees.", ["4471"],
                 ["bleeped 2-3 times", "extension 90 degrees"], id="phone-internal-bleep"),
    # AGE
    pytest.param("dad (mike) is almost 97 and confused. SpO2 is 95 and HR was 96.", ["97"],
                 ["SpO2 is 95", "HR was 96"], id="age-person-is"),
    pytest.param("Pt is ninety-four and will turn 95 soon. Leg turned 90 degrees.", ["ninety-four", "95"],
                 ["turned 90 degrees"], id="age-turns"),
    pytest.param("Aunt: alive, in her late 90s. Sats in the 90s on RA.", ["late 90s"],
                 ["Sats in the 90s"], id="age-decade-of-life"),
    # NAME: titles
    pytest.param("Letter to Dr K Mensah\nDr B. de la Cruz: 400 ml out. Na 135.", ["K Mensah", "Cruz"],
                 ["400 ml", "Na 135"], id="name-title-bare-initial-particles"),
    pytest.param("PC T Okoro collar no. 5521 attended; Sgt Barlow aware. Aspen collar on.",
                 ["Okoro", "Barlow"], ["Aspen collar"], id="name-police-titles"),
    # NAME: places that hold a name
    pytest.param("Result verified 3/3/2025 by QX\nCT verified by MRI.", ["QX"], ["CT verified by MRI"],
                 id="name-byline-initials"),
    pytest.param("Mother Ann Ode (nee Fagbemi) well.", ["Fagbemi"], ["well"], id="name-maiden"),
    pytest.param("its tina (june) again. mom (aware), son (present), ortho (Trauma) paged.",
                 ["tina", "june"], ["(aware)", "(present)", "(Trauma)"], id="name-brackets"),
    pytest.param("Thanks, Nell\nThanks, Team\nThanks, Pharmacy", ["Nell"], ["Team", "Pharmacy"],
                 id="name-thanks-sign-off"),
    pytest.param("[09:12] Lin Zhou: K 6.1\n[09:20] Plan: repeat K", ["Lin Zhou"], ["Plan: repeat K"],
                 id="name-chat-speaker"),
    pytest.param("Visitors: sons Kobe (9) and Amari; daughters alive and well.", ["Kobe", "Amari"],
                 ["alive and well"], id="name-plural-relation"),
    pytest.param("Prescriber: Rhonda Flint, NP\nPain: Left Hip, NP to review", ["Rhonda", "Flint"],
                 ["Left Hip", "NP to review"], id="name-labelled-before-grade"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_post_v12_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_post_v12_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Result verified 3/3/2025 by QX\n[09:12] Lin Zhou: K 6.1", id="byline-chat"),
        pytest.param("mom (sarah) is 95. Thanks, Nell", id="bracket-thanks"),
    ],
)
def test_byline_spans_stable(text: str) -> None:
    first = byline_name_spans(text, lowered(text))
    assert first and first == byline_name_spans(text, lowered(text))
