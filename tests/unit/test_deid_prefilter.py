"""The scrubber's Hyperscan prefilter (session 14): supersets are sound, notes scrub the same.

``processors.deid.superset`` turns each scrubber pattern into a pattern over bytes that must
match wherever the Python pattern matches; ``processors.deid.prefilter`` skips a whole-note
search when Hyperscan found no match of that superset. These tests check the superset with
Python's own ``re`` on bytes (same syntax: byte classes, groups, repeats, ``\\b``), Hyperscan
against ``re`` on the same supersets, and the scrubber's output with the prefilter on and off.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.phi_corpus import dev, heldout39, heldout40, heldout41
from processors.deid import DeidConfig, identifier_tokens, prefilter, scrub_spans
from processors.deid.superset import encoded, superset_pattern
from tests.datafiles import synthea_files

_ODD = [
    "Temp 38.4\u00b0C \u2013 HR 112 \u2192 98; pt\u2019s wife (Mrs O\u2019Neil) said \u201cfine\u201d.",
    "BP 90/60\u00a0mmHg \u2191 after fluids; K\u207a n/a; ref\u2009#A-77123 \u00b1 2",
    "sep\x1cfield\x1dgroup\x1erecord\x1funit\x0bvt\x0cff \t tab\r\nline",
    "ALL CAPS NOTE: SMITH, JOHN  DOB 01/02/1934  MRN 00123456  PH (555) 010-9999",
    "lower only: seen by jo at 3pm, dr k. o'neil, ext 4471, flat 2/14 harbour pde",
]


def _texts(n: int) -> list[str]:
    notes = [x.text for x in dev.generate(n)] + [x.text for x in heldout41.generate(n // 2)]
    return notes + [t.lower() for t in notes] + _ODD + [t.lower() for t in _ODD]


def test_encoded_maps_the_alphabet_and_refuses_other_characters() -> None:
    assert encoded("Dr Smith 38.4") == b"Dr Smith 38.4"
    assert encoded("a\x1cb") == b"a\x1cb"  # ASCII control characters stay themselves
    deg, dash = encoded("\u00b0"), encoded("\u2013")
    assert deg is not None and dash is not None and deg != dash and deg[0] >= 0x80 and dash[0] >= 0x80
    assert encoded("Jos\u00e9") is None  # a letter beyond ASCII: never filtered
    assert encoded("\u00b5g") is None  # micro sign is a word character
    assert encoded("\uffff") is None


@pytest.mark.parametrize(
    ("pattern", "flags", "hit", "miss"),
    [
        pytest.param(r"\bdr\.", re.IGNORECASE, "DR. x", "xdr.", id="ignorecase-and-boundary"),
        pytest.param(r"(?<=bed )\d{2}", 0, "xx 12", "x 1", id="lookbehind-dropped"),
        pytest.param(r"(?<!\w)[A-Z]{2}\d{6}", 0, "AB123456", "AB12345", id="repeat-kept"),
        pytest.param(r"(\w)\1x", 0, "aax", "x", id="backreference-widened"),
        pytest.param(r"a\sb", 0, "a\x1cb", "a_b", id="unicode-space-from-re"),
        pytest.param(r"(?i:k)elvin", 0, "Kelvin", "KELVIN", id="scoped-flag"),
        pytest.param(r"(?>ab|a)c", 0, "abc", "bc", id="atomic-group"),
        pytest.param(r"x++y", 0, "xxy", "y", id="possessive"),
        pytest.param(r"[^\W\d_]+son\b", 0, "Johnson", "son", id="negated-category-class"),
        pytest.param(r"\u2013\s*\d", 0, "\u2013 4", "- 4", id="mapped-symbol"),
    ],
)
def test_superset_matches_what_the_pattern_matches(pattern: str, flags: int, hit: str, miss: str) -> None:
    sup = superset_pattern(re.compile(pattern, flags))
    assert sup is not None
    rx = re.compile(sup.encode("ascii"))
    for text, want in ((hit, True), (miss, False)):
        data = encoded(text)
        assert data is not None
        assert bool(rx.search(data)) is want, (pattern, text, sup)


def test_superset_keeps_only_the_opening_and_refuses_empty_patterns() -> None:
    sup = superset_pattern(re.compile("abcdefghijklmnopqrstuvwxyz"), budget=4)
    assert sup is not None and re.compile(sup.encode()).fullmatch(b"abcd")
    assert superset_pattern(re.compile(r"(?:x)?\b")) is None  # can match the empty string
    assert superset_pattern(re.compile(rb"bytes")) is None  # type: ignore[arg-type]


def test_every_scrubber_superset_is_sound_on_notes() -> None:
    """Wherever a scrubber pattern matches a note (or its lower-case form), its superset matches
    the encoded note: the prefilter can only skip searches that find nothing."""
    texts = [(t, encoded(t)) for t in _texts(60)]
    texts = [(t, d) for t, d in texts if d is not None]
    assert len(texts) > 140
    checked = 0
    for rx in prefilter.registry():
        sup = superset_pattern(rx.rx)
        if sup is None:
            continue
        brx = re.compile(sup.encode("ascii"))
        for text, data in texts:
            if rx.rx.search(text) is not None:
                assert brx.search(data) is not None, (rx.pattern[:120], text[:120])
        checked += 1
    assert checked > 500  # nearly every scrubber pattern has a superset


def test_hyperscan_agrees_with_re_on_the_supersets() -> None:
    if platform.machine().lower() not in ("x86_64", "amd64"):
        pytest.skip("the hyperscan wheel exists for x86-64 only; the scrubber runs every pattern")
    import hyperscan as hs

    flags = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_PREFILTER

    def accepted(s: str) -> bool:  # the build leaves out what Hyperscan refuses (too long): re runs those
        try:
            hs.Database(mode=hs.HS_MODE_BLOCK).compile(expressions=[s.encode()], ids=[0], elements=1, flags=flags)
        except hs.error:
            return False
        return True

    sampled = [(rx.slot, s) for rx in prefilter.registry()[:400:5] if (s := superset_pattern(rx.rx))]
    sups = [(i, s) for i, s in sampled if accepted(s)]
    assert len(sups) >= 0.9 * len(sampled), (len(sups), len(sampled))
    db = hs.Database(mode=hs.HS_MODE_BLOCK)
    db.compile(expressions=[s.encode() for _, s in sups], ids=[i for i, _ in sups], elements=len(sups),
               flags=flags)  # fmt: skip
    compiled = {i: re.compile(s.encode()) for i, s in sups}
    for text in _texts(20):
        data = encoded(text)
        if data is None:
            continue
        found: set[int] = set()
        db.scan(data, match_event_handler=lambda i, a, b, f, ctx: ctx.add(i), context=found)
        want = {i for i, brx in compiled.items() if brx.search(data)}
        assert want <= found, text[:80]  # prefilter mode may widen, never narrow


def _ready() -> None:
    """Measure on development notes and wait for the build (once per test process)."""
    cfg = DeidConfig.for_tests()
    prefilter.set_enabled(True)
    if prefilter.status()["phase"] == "measuring":
        for note in dev.generate(prefilter.WARM_NOTES + 1):
            scrub_spans(note.text, identifier_tokens(note.patient, cfg), cfg)
    assert prefilter.wait_ready(600), prefilter.status()


def _synthea_notes() -> list[str]:
    """Notes written around the real names, addresses, phones and birth dates of the Synthea
    patients and practitioners (the bundles carry no note text)."""
    out: list[str] = []
    for path in synthea_files():
        for entry in json.loads(path.read_text()).get("entry", []):
            res = entry.get("resource", {})
            if res.get("resourceType") not in ("Patient", "Practitioner"):
                continue
            name = (res.get("name") or [{}])[0]
            who = " ".join([*name.get("prefix", []), *name.get("given", []), name.get("family", "")])
            addr = (res.get("address") or [{}])[0]
            where = ", ".join([*addr.get("line", []), addr.get("city", ""), addr.get("state", ""), addr.get("postalCode", "")])
            phone = ((res.get("telecom") or [{}])[0]).get("value", "")
            out.append(f"Seen {who} (DOB {res.get('birthDate', '')}) at home, {where}. Call {phone} re K 5.9, "
                       f"lisinopril 10 mg held. Wife present; plan recheck in 4 h.")  # fmt: skip
    return out


def test_notes_scrub_the_same_with_the_prefilter_on_and_off() -> None:
    _ready()
    status = prefilter.status()
    assert status["phase"] == "ready" and status["patterns"] > 0
    cfg = DeidConfig.for_tests()
    notes = [(n.text, identifier_tokens(n.patient, cfg)) for gen in (heldout39, heldout40, heldout41)
             for n in gen.generate(40)]  # fmt: skip
    notes += [(t, frozenset()) for t in _synthea_notes() + _ODD]
    assert len(notes) > 130
    skipped = 0
    try:
        for text, tokens in notes:
            prefilter.set_enabled(True)
            on = scrub_spans(text, tokens, cfg)
            prefilter.set_enabled(False)
            assert scrub_spans(text, tokens, cfg) == on, text[:120]
            prefilter.set_enabled(True)
            with prefilter.note_scan(text, text.lower()):
                note = prefilter._local.note
                assert note is not None and not note.measuring
                skipped += len(note.text_skip) + len(note.low_skip)
    finally:
        prefilter.set_enabled(True)
    assert skipped > len(notes) * 10  # the prefilter does rule patterns out
    assert prefilter._local.note is None  # no note text is kept after a scrub


def test_gated_methods_answer_like_re_for_windows_and_other_strings() -> None:
    _ready()
    held = [rx for rx in prefilter.registry() if rx.held[0]][:20]
    assert held
    text = "Seen by Dr Smith on 03/04/2025 at Flat 2/14 Harbour Parade; MRN 00123456."
    with prefilter.note_scan(text, text.lower()):
        for rx in held:
            for pos, end in ((0, len(text)), (5, 40), (10, sys.maxsize)):
                assert [m.span() for m in rx.finditer(text, pos, end)] == [m.span() for m in rx.rx.finditer(text, pos, end)]
                a, b = rx.search(text, pos, end), rx.rx.search(text, pos, end)
                assert (a and a.span()) == (b and b.span())
            other = text + " "
            assert [m.span() for m in rx.finditer(other)] == [m.span() for m in rx.rx.finditer(other)]
            assert rx.findall(text) == rx.rx.findall(text)


def test_without_hyperscan_the_scrubber_runs_every_pattern_with_the_same_results() -> None:
    code = """
import json, sys
sys.modules["hyperscan"] = None  # the wheel is missing (not x86-64)
from bench.phi_corpus import dev
from processors.deid import DeidConfig, identifier_tokens, prefilter, scrub_spans
cfg = DeidConfig.for_tests()
notes = dev.generate(prefilter.WARM_NOTES + 6)
out = [(n.text, [(s.start, s.end, s.placeholder) for s in scrub_spans(n.text, frozenset(), cfg)]) for n in notes]
print(json.dumps({"ready": prefilter.wait_ready(5), "status": prefilter.status(), "tail": out[-5:]}))
"""
    root = Path(__file__).resolve().parents[2]
    res = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=root,
                         timeout=300)  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["ready"] is False and got["status"]["error"] == "hyperscan is not installed"
    cfg = DeidConfig.for_tests()
    prefilter.set_enabled(False)
    try:
        for text, spans in got["tail"]:
            assert spans == [[s.start, s.end, s.placeholder] for s in scrub_spans(text, frozenset(), cfg)]
    finally:
        prefilter.set_enabled(True)


def test_threads_scrub_with_their_own_note_state() -> None:
    """Each thread's note and Hyperscan scratch are its own: concurrent scrubs match serial ones."""
    from concurrent.futures import ThreadPoolExecutor

    _ready()
    cfg = DeidConfig.for_tests()
    notes = [(n.text, identifier_tokens(n.patient, cfg)) for n in heldout40.generate(40)]
    prefilter.set_enabled(False)
    try:
        want = [scrub_spans(t, tk, cfg) for t, tk in notes]
    finally:
        prefilter.set_enabled(True)
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda item: scrub_spans(item[0], item[1], cfg), notes * 3))
    assert got == want * 3
