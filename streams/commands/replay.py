"""`wardwatch replay FILE... --out alerts.ndjson [--report report.html]` — offline backtest.

The same processors as the live monitor, with the in-memory store and time taken from the
events: every patient's events are applied in time order, one evaluation per distinct event
time, and alerts are written as Alert v1 NDJSON (the file is always written, empty when there
are no alerts). No Kafka or Redis needed.
"""

from __future__ import annotations

import asyncio
import heapq
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from processors.apply import final_measurements
from processors.fhir.ingest import IngestResult, ingest_message, patient_link_hash
from processors.fhir.subjects import patient_links
from processors.fhir.times import parse_fhir_time
from processors.pipeline import evaluate_batch
from processors.rules.config import load_rules_config
from processors.rules.observations import SCORED_VITAL_CODES
from processors.rules.vitals import scores_at
from schemas.alert import Alert
from schemas.event import ClinicalEvent
from schemas.finding import Finding
from streams.feedfiles import messages_from_file
from streams.replay_feedback import read_feedback
from streams.runtime import Runtime
from streams.settings import Settings, findings_model_dir

__all__ = ["ReplayResult", "feed_clock", "load_events", "replay_command", "replay_events"]


@dataclass
class ReplayResult:
    alerts: list[Alert] = field(default_factory=list)
    events: list[ClinicalEvent] = field(default_factory=list)
    rejected: Counter[str] = field(default_factory=Counter)
    notes_not_analysed: int = 0
    rejections: list[str] = field(default_factory=list)  # "FILE: path [reason] detail", in file order
    feedback: Counter[str] = field(default_factory=Counter)  # --feedback records by outcome
    # per patient pseudonym, (time, {score name: value}) at every time a scored vital was taken
    scores: dict[str, list[tuple[datetime, dict[str, int]]]] = field(default_factory=dict)


# clinical times a feed carries (Period start/end included); people's own dates are skipped
_TIME_KEYS = frozenset({"effectiveDateTime", "effectiveInstant", "issued", "authoredOn", "recordedDate",
                        "onsetDateTime", "abatementDateTime", "dateAsserted", "occurrenceDateTime",
                        "date", "start", "end"})
_PEOPLE = frozenset({"Patient", "RelatedPerson", "Practitioner", "Person"})


def _scan(node: object, now: datetime, medications: dict[str, dict[str, Any]],
          patients: list[dict[str, Any]] | None = None) -> datetime | None:
    """One pass over a document: its newest clinical time (never after ``now``), its
    Medication resources added to ``medications`` and its Patients to ``patients``."""
    newest: datetime | None = None
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict) and item.get("resourceType") == "Patient" and patients is not None:
            patients.append(item)
        elif isinstance(item, dict) and item.get("resourceType") not in _PEOPLE:
            if item.get("resourceType") == "Medication" and isinstance(item.get("id"), str):
                medications.setdefault(f"Medication/{item['id']}", item)
            for key, value in item.items():
                if key == "contained":
                    continue  # local to its container: a contained Patient or Medication id names no one
                if isinstance(value, str) and key in _TIME_KEYS:
                    t = parse_fhir_time(value)
                    if t is not None and t <= now and (newest is None or t > newest):
                        newest = t
                elif isinstance(value, dict | list):
                    stack.append(value)
    return newest


def feed_clock(files: Sequence[Path], now: datetime,
               medications: dict[str, dict[str, Any]] | None = None,
               patients: list[dict[str, Any]] | None = None) -> datetime:
    """The replay's "now": the newest clinical time in the files (never after ``now``), else ``now``.

    Ages are taken at this time (a Patient carries a birth date, never an age), so a feed dated
    years ago gives the ages its patients had then, whatever day the replay runs. The files'
    Medication resources are collected into ``medications`` on the way (an order in one file
    may reference a Medication in another, as bulk exports split them)."""
    meds: dict[str, dict[str, Any]] = {} if medications is None else medications
    newest: datetime | None = None
    for path in files:
        for msg in messages_from_file(path):
            try:
                doc = orjson.loads(msg.value)
            except orjson.JSONDecodeError:
                continue
            t = _scan(doc, now, meds, patients)
            if t is not None and (newest is None or t > newest):
                newest = t
    return newest or now


def load_events(rt: Runtime, files: Sequence[Path], result: ReplayResult) -> None:
    medications: dict[str, dict[str, Any]] = {}
    patients: list[dict[str, Any]] = []
    received = feed_clock(files, datetime.now(UTC), medications, patients)
    # every Patient's identifiers linked to it before any file is ingested: a file naming a
    # patient only by identifier gets that patient's pseudonym whatever the file order
    link_hash = patient_link_hash(rt.deid)
    links: dict[str, str] = {}
    for patient in patients:
        links.update(patient_links(patient, link_hash))
    def ingest(value: bytes, at: datetime) -> IngestResult:
        return ingest_message(value, received_at=at, source="replay", deid=rt.deid,
                              known_tokens=rt.tokens.view(), limits=rt.limits,
                              known_medications=medications, known_patients=links)

    # session 31 (ingest tester): every Patient's identifying tokens learnt before any note is
    # scrubbed, so a bulk export's DocumentReference.ndjson read before Patient.ndjson scrubs the
    # patient's own name as well (file order leaked lower-case names the patterns cannot see)
    for patient in patients:
        rt.tokens.merge(ingest(orjson.dumps(patient), received).tokens)

    with_patients: list[tuple[bytes, int, int]] = []  # (message, index of its first event, count)
    for path in files:
        for msg in messages_from_file(path):
            out = ingest(msg.value, received)
            rt.tokens.merge(out.tokens)
            if any(ev.kind == "demographics" for ev in out.events):
                with_patients.append((msg.value, len(result.events), len(out.events)))
            result.events.extend(out.events)
            for rej in out.rejections:
                result.rejected[rej.reason.value] += 1
                # what `validate` says of it (reason, path, detail: never an input value)
                result.rejections.append(f"{path}: {rej.path or '(message)'} [{rej.reason.value}] {rej.detail}")
    _ages_at_own_clock(result.events, with_patients, received, ingest)


def _ages_at_own_clock(events: list[ClinicalEvent], with_patients: Sequence[tuple[bytes, int, int]],
                       received: datetime, ingest: Callable[[bytes, datetime], IngestResult]) -> None:
    """Each patient's age taken at the newest clinical time of that patient's own events, not of the
    whole feed (another patient's later file would make this one older: an eGFR near a threshold
    would change). A Patient's message is ingested again at its patient's clock, and only its
    demographics events are replaced (the age is all that depends on the time of ingest)."""
    newest: dict[str, datetime] = {}
    for ev in events:
        if ev.kind != "demographics" and ev.time <= received:
            newest[ev.patient] = max(ev.time, newest.get(ev.patient, ev.time))
    for value, first, count in with_patients:
        redone: dict[datetime, list[ClinicalEvent]] = {}  # one ingest per distinct clock
        for i in range(first, first + count):
            ev = events[i]
            clock = newest.get(ev.patient)
            if ev.kind != "demographics" or clock is None or clock == received:
                continue
            if clock not in redone:
                redone[clock] = list(ingest(value, clock).events)
            again = next((e for e in redone[clock] if e.kind == "demographics" and e.patient == ev.patient), None)
            if again is not None:
                events[i] = again


def _note_findings(engine: object | None, events: Sequence[ClinicalEvent], result: ReplayResult) -> dict[str, list[Finding]]:
    notes = [e for e in events if e.kind == "note" and e.note]
    if not notes:
        return {}
    if engine is None:
        result.notes_not_analysed += len(notes)
        return {}
    predicted = engine.predict_texts([e.note.text for e in notes])  # type: ignore[attr-defined, union-attr]
    return {
        e.event_id: [f.model_copy(update={"event_id": e.event_id}) for f in found]
        for e, found in zip(notes, predicted, strict=True)
    }


def _timeless(ev: ClinicalEvent) -> bool:
    return ev.kind == "demographics" or (ev.kind == "goal" and ev.time == ev.received_at)


async def _apply_feedback(rt: Runtime, result: ReplayResult, at: datetime, record: bytes) -> None:
    """One --feedback record through the feedback agent's handler, at its own time."""
    from streams.handlers.feedback import handle_feedback_record

    outcome, alerts = await handle_feedback_record(rt, record, now=at)
    result.feedback[outcome] += 1
    result.alerts.extend(alerts)


async def replay_events(rt: Runtime, result: ReplayResult, engine: object | None = None,
                        feedback: Sequence[tuple[datetime, bytes]] = (), *, with_scores: bool = False) -> None:
    """Apply events per patient in time order; evaluate once per distinct time; global time order out.
    ``feedback``: (at, Feedback v1 record), oldest first; each is applied before the events of any
    later time (after those of its own time: an acknowledgement at 10:00 can name a 10:00 alert).
    ``with_scores``: keep NEWS2 / qSOFA / SIRS at every vital-sign time (``result.scores``, for the report)."""
    per_patient: dict[str, list[ClinicalEvent]] = defaultdict(list)
    for ev in final_measurements(result.events):  # the feed's records as finally corrected
        per_patient[ev.patient].append(ev)
    findings = _note_findings(engine, result.events, result)
    slices: list[tuple[datetime, str, int, list[ClinicalEvent]]] = []
    for pseudonym, evs in per_patient.items():
        evs.sort(key=lambda e: e.time)
        # demographics (and a Goal without statusDate or startDate) are timeless facts stamped with
        # their receipt time (now, for a replay): applied with the patient's first events, so a
        # feed dated years ago knows age, sex and the prescribed targets
        first = next((e.time for e in evs if not _timeless(e)), None)
        groups: dict[datetime, list[ClinicalEvent]] = defaultdict(list)
        for ev in evs:
            at = first if _timeless(ev) and first is not None and first < ev.time else ev.time
            groups[at].append(ev)
        for i, (t, batch) in enumerate(sorted(groups.items(), key=lambda kv: kv[0])):
            slices.append((t, pseudonym, i, batch))
    heapq.heapify(slices)
    rules = rt.pipeline.rules or load_rules_config(None)
    pending = iter(feedback)
    nxt = next(pending, None)
    while slices:
        _t, pseudonym, _i, batch = heapq.heappop(slices)
        while nxt is not None and nxt[0] < _t:
            await _apply_feedback(rt, result, *nxt)
            nxt = next(pending, None)
        states = await rt.store.apply_batch({pseudonym: batch})
        if with_scores:
            for at in sorted({e.time for e in batch if e.kind == "vital" and e.code in SCORED_VITAL_CODES}):
                result.scores.setdefault(pseudonym, []).append((at, scores_at(states[pseudonym], at, rules)))
        note_findings = {e.event_id: findings[e.event_id] for e in batch if e.event_id in findings}
        alerts, episodes = evaluate_batch(states[pseudonym], batch, note_findings, rt.pipeline, emitted_at=None)
        result.alerts.extend(alerts)
        if episodes:
            await rt.store.save_episodes({pseudonym: episodes})
    while nxt is not None:
        await _apply_feedback(rt, result, *nxt)
        nxt = next(pending, None)


def engine_for_replay(settings: Settings, result: ReplayResult) -> object | None:
    if not settings.model.enabled or not any(e.kind == "note" for e in result.events):
        return None
    from models.default import ensure_default_model
    from models.engine import EngineConfig, InferenceEngine

    model_dir = settings.model.dir or ensure_default_model(
        findings_model_dir(settings), echo=lambda m: print(m, file=sys.stderr)
    )
    return InferenceEngine.load(EngineConfig(model_dir=model_dir, base_dir=settings.model.base_dir,
                                             device=settings.model.device, threads=settings.model.threads,
                                             max_length=settings.model.max_length))


def _out_problem(out: Path, flag: str = "--out") -> str | None:
    """Why the file of option ``flag`` cannot be written (checked before the replay runs), else None."""
    if out.is_dir():
        return f"{flag} {out} is a directory; give a file path such as {out / 'alerts.ndjson'}"
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{flag} {out}: {parent} is not a directory; give a file path in a directory"
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        return f"{flag} {out} is not writable; choose a path you can write"
    try:  # the permission bits do not tell everything (/proc, read-only mounts): try it
        out.parent.mkdir(parents=True, exist_ok=True)
        existed = out.exists()
        with out.open("ab"):
            pass
        if not existed:  # no empty file is left behind when another check fails (session 27)
            out.unlink()
    except OSError as exc:
        return f"{flag} {out} cannot be written ({exc.strerror or type(exc).__name__}); choose a path you can write"
    return None


def _same_file_problem(files: Sequence[Path], out: Path, report: Path | None,
                       feedback: Path | None = None) -> str | None:
    """--out or --report naming an input file (or each other) would overwrite it."""
    def same(a: Path, b: Path) -> bool:
        return a.resolve() == b.resolve()

    inputs = [*files, *([feedback] if feedback is not None else [])]
    for flag, target in (("--out", out), ("--report", report)):
        if target is not None and any(same(target, f) for f in inputs):
            return f"{flag} {target} is one of the input files; choose another output path"
    if report is not None and same(out, report):
        return f"--out and --report are the same file ({out}); give each its own path"
    return None


def _aborted(out: Path) -> int:
    """Exit 2 for a run stopped by its feedback or report file while ``--out`` is writable: the
    output file is still written, empty (DESIGN.md 7a: replay always writes it; session 33 tester),
    and stderr says why it is empty."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"")
    print(f"error: {out} was written empty because nothing was replayed", file=sys.stderr)
    return 2


_SHOWN_REJECTIONS = 20  # rejected resources listed on stderr (with file, path and reason)


def replay_command(settings: Settings, files: Sequence[Path], out: Path, report: Path | None,
                   feedback: Path | None = None) -> int:
    """Exit 0; 2 when `--out` or `--report` cannot be written or `--feedback` cannot be read or holds
    an invalid record (nothing runs; a writable `--out` is written empty); 1 when an input file is missing or unreadable (the others are
    replayed and the output file is still written, DESIGN.md 7a)."""
    problem = _same_file_problem(files, out, report, feedback) or _out_problem(out)
    records: list[tuple[datetime, bytes]] = []
    if problem is None and feedback is not None:
        try:
            records, invalid = read_feedback(feedback)
        except OSError as exc:
            invalid = [f"--feedback {feedback} cannot be read ({exc.strerror or type(exc).__name__})"]
        if invalid:
            for line in invalid[:_SHOWN_REJECTIONS]:
                print(f"error: {line}", file=sys.stderr)
            print("error: fix the feedback file (DESIGN.md section 4, docs/alerts.md); nothing was replayed",
                  file=sys.stderr)
            return _aborted(out)
    if problem is None and report is not None:
        problem = _out_problem(report, "--report")
        if problem is not None:
            print(f"error: {problem}", file=sys.stderr)
            return _aborted(out)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    unreadable = [p for p in files if not p.is_file() or not os.access(p, os.R_OK)]
    for p in unreadable:
        why = "is a directory" if p.is_dir() else "does not exist" if not p.exists() else "is not readable"
        print(f"error: input {p} {why}; it is skipped (the other files are replayed)", file=sys.stderr)
    rt = Runtime.create(settings, memory_store=True)
    result = ReplayResult()
    load_events(rt, [p for p in files if p not in unreadable], result)
    engine = engine_for_replay(settings, result)
    asyncio.run(replay_events(rt, result, engine, records, with_scores=report is not None))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"".join(orjson.dumps(a.to_json_dict()) + b"\n" for a in result.alerts))
    by_rule = Counter(f"{a.rule.id}:{a.event}" for a in result.alerts)
    # session 56 (ingest tester L): a resent record (same event id) is applied once, as the store does; the counts and the
    # report show the first copy only ("HR 80, then a resend of 200" had shown both values)
    first: dict[str, ClinicalEvent] = {}
    for e in result.events:
        first.setdefault(e.event_id, e)
    events = list(first.values())
    kinds = Counter(str(e.kind) for e in events)
    duplicates = len(result.events) - len(events)
    print(f"replayed {len(events)} events from {len(files) - len(unreadable)} file(s); "
          f"{len(result.alerts)} alert event(s) -> {out}"
          + (f" ({duplicates} resent duplicate(s) ignored)" if duplicates else ""), file=sys.stderr)
    if kinds:
        print("  events: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())), file=sys.stderr)
    for key, n in sorted(by_rule.items()):
        print(f"  {key:<45} {n}", file=sys.stderr)
    if result.rejected:
        print("  rejected: " + ", ".join(f"{k}={v}" for k, v in sorted(result.rejected.items())), file=sys.stderr)
        for line in result.rejections[:_SHOWN_REJECTIONS]:
            print(f"    {line}", file=sys.stderr)
        if len(result.rejections) > _SHOWN_REJECTIONS:
            print(f"    ... {len(result.rejections) - _SHOWN_REJECTIONS} more: `wardwatch validate FILE...` "
                  "lists every one", file=sys.stderr)
    if feedback is not None:
        print(f"  feedback from {feedback}: {len(records)} record(s)"
              + "".join(f"; {why} {n}" for why, n in sorted(result.feedback.items())), file=sys.stderr)
    if result.notes_not_analysed:
        print(f"  notes not analysed (model disabled): {result.notes_not_analysed}", file=sys.stderr)
    if report is not None:
        from streams.report import write_report

        write_report(report, events, result.alerts, result.scores)
        print(f"report -> {report}", file=sys.stderr)
    return 1 if unreadable else 0
