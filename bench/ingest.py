"""Ingest cost versus fhir.resources validation alone, on the same Synthea resources.

Input: every Synthea bundle in ../shared/data, reduced to the resource types wardwatch
validates (Observation, Patient, Encounter, Condition, ...), as Bundle bytes. Both sides
start from the same bytes:

  validation alone  = orjson.loads(bundle) + fhir.resources R4B model_validate per resource,
                      timed twice: the library as shipped, and with processors.fhir.core_fastpath
                      (the library's three per-instance checks precomputed per class, same verdicts)
                      which wardwatch's ingest installs, and processors.fhir.element_memo (a coded or
                      quantity element already validated in the same pass is not validated again;
                      the memo is emptied before every timed pass)
  whole ingest      = processors.fhir.ingest_message(bundle) (validate + extract + de-identify)

Prints microseconds per resource for each, the ratio to the library as shipped (the target,
<= 1.3x) and to the fast-path validation ingest itself runs (what extraction and
de-identification add), and the machine.

    .venv/bin/python -m bench.ingest [--rounds 7] [--profile [N]]

--profile: instead of timing, run the ingest side under cProfile (same inputs, --rounds
passes) and print the top N (default 25) functions by cumulative time: all code, then
wardwatch's own (processors/) only.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson
from fhir.resources.R4B import get_fhir_model_class

from bench.machine import machine_label
from processors.deid import DeidConfig
from processors.fhir import core_fastpath, element_memo, ingest_message
from processors.fhir.validation import MONITORED_TYPES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "synthea-r4-bundles"


def load_inputs() -> tuple[list[bytes], int]:
    blobs: list[bytes] = []
    count = 0
    for path in sorted(DATA.glob("*.json")):
        bundle = orjson.loads(path.read_bytes())
        bundle["entry"] = [e for e in bundle["entry"]
                           if e["resource"]["resourceType"] in MONITORED_TYPES]
        count += len(bundle["entry"])
        blobs.append(orjson.dumps(bundle))
    return blobs, count


def validation_alone(blobs: list[bytes]) -> float:
    element_memo.clear()  # each pass starts cold: only what repeats within the pass is reused
    start = time.perf_counter()
    for blob in blobs:
        for entry in orjson.loads(blob)["entry"]:
            res = entry["resource"]
            get_fhir_model_class(res["resourceType"]).model_validate(res)
    return time.perf_counter() - start


def validation_as_shipped(blobs: list[bytes]) -> float:
    """Validation alone with fhir_core's own per-instance checks (the fast path and the element
    memo taken out)."""
    core_fastpath.uninstall()
    element_memo.uninstall()
    try:
        return validation_alone(blobs)
    finally:
        core_fastpath.install()
        element_memo.install()


def whole_ingest(blobs: list[bytes], cfg: DeidConfig) -> tuple[float, int, int]:
    received = datetime(2024, 5, 1, tzinfo=UTC)
    events = rejections = 0
    element_memo.clear()
    start = time.perf_counter()
    for blob in blobs:
        result = ingest_message(blob, received_at=received, source="bench", deid=cfg)
        events += len(result.events)
        rejections += len(result.rejections)
    return time.perf_counter() - start, events, rejections


def profile_ingest(blobs: list[bytes], cfg: DeidConfig, rounds: int, top: int) -> None:
    """cProfile of the ingest side only (after a warm-up pass): top costs, cumulative."""
    whole_ingest(blobs, cfg)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        whole_ingest(blobs, cfg)
    prof.disable()
    print(f"== top {top} cumulative, all code ({rounds} passes)")
    pstats.Stats(prof).strip_dirs().sort_stats("cumulative").print_stats(top)
    print(f"== top {top} cumulative, wardwatch code only (processors/)")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(f"{os.sep}processors{os.sep}", top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", type=int, nargs="?", const=25, default=None, metavar="N",
                        help="print the top N cumulative costs of the ingest side (cProfile)")
    args = parser.parse_args()
    blobs, n = load_inputs()
    if not blobs:
        raise SystemExit(f"no Synthea bundles under {DATA}")
    cfg = DeidConfig.for_tests()
    if args.profile is not None:
        profile_ingest(blobs, cfg, args.rounds, args.profile)
        return
    if not core_fastpath.installed():
        raise SystemExit("processors.fhir.core_fastpath is not installed (another fhir_core version?)")
    validation_as_shipped(blobs)  # warm up: model classes, caches
    validation_alone(blobs)
    whole_ingest(blobs, cfg)
    best_s = best_v = best_i = float("inf")
    events = rejections = 0
    for _ in range(args.rounds):  # interleaved, best of N for each side
        best_s = min(best_s, validation_as_shipped(blobs))
        best_v = min(best_v, validation_alone(blobs))
        t, events, rejections = whole_ingest(blobs, cfg)
        best_i = min(best_i, t)
    us_s, us_v, us_i = best_s / n * 1e6, best_v / n * 1e6, best_i / n * 1e6
    print(f"machine: {machine_label()}")
    print(f"input: {len(blobs)} Synthea bundles, {n} monitored resources, "
          f"{events} events, {rejections} rejections per pass; best of {args.rounds} rounds")
    print(f"validation alone, fhir.resources R4B as shipped:      {us_s:8.1f} us/resource")
    print(f"validation alone, with core_fastpath + element_memo (what ingest runs): {us_v:8.1f} us/resource")
    print(f"whole ingest_message (validate+extract+deid):          {us_i:8.1f} us/resource")
    print(f"ratio ingest / validation as shipped: {us_i / us_s:.2f}x (target <= 1.30x)")
    print(f"ratio ingest / fast-path validation:  {us_i / us_v:.2f}x (extraction and de-identification on top)")


if __name__ == "__main__":
    main()
