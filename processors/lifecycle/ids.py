"""Deterministic alert ids, evidence fingerprints and band/severity ranks."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from processors.rules.base import RuleResult

__all__ = ["NEWS2_BAND_RANK", "SEVERITY_RANK", "alert_id_for", "fingerprint", "rank"]

SEVERITY_RANK: dict[str, int] = {"low": 1, "moderate": 2, "high": 3}
NEWS2_BAND_RANK: dict[str, int] = {"news2.single_red": 1, "news2.urgent": 2, "news2.emergency": 3}


def _utc_iso(t: datetime) -> str:
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC).isoformat()


def alert_id_for(pseudonym: str, family: str, episode_start: datetime) -> str:
    """Short stable id: sha256(pseudonym | family | episode start UTC), 20 hex chars."""
    raw = f"{pseudonym}|{family}|{_utc_iso(episode_start)}".encode()
    return hashlib.sha256(raw).hexdigest()[:20]


def rank(rule_id: str, severity: str) -> int:
    """NEWS2 band rank for the news2.* ids, else the severity rank."""
    return NEWS2_BAND_RANK.get(rule_id, SEVERITY_RANK[severity])


def fingerprint(result: RuleResult) -> str:
    """What makes a change "material": rule, severity and, when the rule has a score, the
    score (total and components); otherwise the distinct evidence values (codes and values, not
    times or counts, so an identical repeat or one more dose of the same drug is not a change) and the finding labels (a finding's probability is
    the model's confidence, not a clinical value: a later note with the same finding is no change)."""
    parts: list[str] = [result.rule_id, result.severity]
    if result.score is not None:
        parts.append(f"{result.score.name}={result.score.value:g}")
        parts += [f"{k}={v:g}" for k, v in sorted(result.score.components.items())]
    else:
        labels = {f.label for f in result.findings}
        # a set: another dose of the same drug (an evidence entry with its code and no value) or the
        # same value charted again is no change (black-box tester, session 15)
        vals = sorted({f"{e.code}={e.value!r}" for e in result.evidence if e.code not in labels})
        parts += vals
        parts += sorted(f"{f.label}" for f in result.findings)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
