"""Clinical rules: pure functions of (PatientState, evaluation time, findings, config)."""
