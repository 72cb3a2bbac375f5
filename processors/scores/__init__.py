"""Clinical scores: NEWS2, qSOFA, SIRS, eGFR (CKD-EPI 2021) and KDIGO AKI criteria.

Pure functions over plain numbers; the rules (processors/rules) pick the inputs.
"""

__all__: list[str] = []
