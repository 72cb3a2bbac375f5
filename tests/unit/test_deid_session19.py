"""Session 19: what the scrubber keeps and finds after the session's rounds (held-out v53 emergency
and pre-hospital care, v54 maternity / neonatal / paediatrics, v55 older people, stroke and
discharge). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
KEPT = [
    pytest.param("Enrolled in DETECT (NCT04512345), arm B; ISRCTN12345678; EudraCT 2019-001234-56; "
                 "EU CT 2023-500123-45-00; ACTRN12621000123456; CTRI/2023/05/012345.",
                 ["NCT04512345", "ISRCTN12345678", "EudraCT 2019-001234-56", "EU CT 2023-500123-45-00",
                  "ACTRN12621000123456", "CTRI/2023/05/012345"], id="trial-registry-numbers"),
    pytest.param("Consent signed: T Abernethy   Name (PRINT)   Job title: FY2", ["Name (PRINT)", "Job title"],
                 id="form-labels-after-a-column-gap"),
]
PHI = [
    pytest.param("Trial NCT04512345: participant MRN 77104412, seen with Anna  Kowalczyk.",
                 ["77104412", "Anna  Kowalczyk"], ["NCT04512345"], id="registry-kept-mrn-scrubbed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session19_clinical_text_stays(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session19_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
