"""Ward simulator: realistic FHIR R4 feeds with planted, labelled episodes (ground truth)."""

from streams.simulate.output import (
    START,
    TRUTH_FIELDS,
    Simulation,
    simulate,
    truth_csv,
    write_simulation,
)
from streams.simulate.plan import TruthRow
from streams.simulate.ward import patient_id

__all__ = ["START", "TRUTH_FIELDS", "Simulation", "TruthRow", "patient_id", "simulate", "truth_csv", "write_simulation"]
