"""Speed (session 14): one Hyperscan pass tells which costly patterns cannot match a note.

The scrubber runs ~600 patterns of Python's ``re`` over every note; two thirds of its time is
spent inside ``re``, and most searches of a whole note find nothing. Hyperscan (Intel's
multi-pattern engine, BSD licence) scans a note once for many patterns together.

- ``Rx`` wraps every pattern of the scrubber (``compile_rx``). ``search`` / ``finditer`` /
  ``findall`` over a whole note, inside ``note_scan(text, low)``, answer "no match" at once
  when the note's Hyperscan pass did not report the pattern; every other call goes to ``re``.
- The database holds the superset form (``processors.deid.superset``) of the patterns that cost
  the most: for the first ``WARM_NOTES`` notes of a process each pattern's whole-note searches
  that found nothing are timed; then the ``MAX_PATTERNS`` costliest are compiled, in a
  background thread (Hyperscan releases the GIL), into one database for the note and one for
  its lower-case form. Until it is ready, and for a note with a character outside the alphabet,
  nothing is skipped.

A skipped pattern never changes a result: its superset found nothing, so it finds nothing.
The clock read while measuring and the build thread only decide how fast a note is scrubbed,
never what is found: the scrubber stays a pure function of its inputs.
``tests/unit/test_deid_prefilter.py`` checks the superset on every pattern and the corpora,
and that notes scrub the same with the prefilter on and off. Without the ``hyperscan`` wheel
(x86-64 only) the scrubber runs every pattern, with the same results.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Self

from processors.deid.superset import encoded, superset_pattern

__all__ = ["MAX_PATTERNS", "WARM_NOTES", "Rx", "note_scan", "registry", "set_enabled", "status", "wait_ready"]

WARM_NOTES = 64  # notes whose pattern costs are measured before the database is built
MAX_PATTERNS = 512  # the costliest patterns go into the database (all measured ones, in practice: ~330)
_MAX = sys.maxsize
_clock = time.perf_counter


class _Note:
    """The note being scrubbed in this thread: its two forms and the patterns ruled out for each."""

    __slots__ = ("low", "low_skip", "measuring", "text", "text_skip")

    def __init__(self, text: str, low: str, skip: tuple[frozenset[int], frozenset[int]],
                 measuring: bool) -> None:  # fmt: skip
        self.text = text
        self.low = low
        self.text_skip, self.low_skip = skip  # slots ruled out for ``text`` / for ``low``
        self.measuring = measuring


class _Local(threading.local):
    note: _Note | None = None

    def __init__(self) -> None:
        self.scratch: list[Any] = [None, None]  # this thread's Hyperscan scratch per database


_local = _Local()
_registry: list[Rx] = []


class Rx:
    """A compiled pattern whose whole-note searches the Hyperscan pass can rule out.

    ``search`` / ``finditer`` / ``findall`` are the pattern's own methods (no overhead) except
    while costs are measured and, once the database is ready, for the patterns it holds."""

    __slots__ = ("cost", "findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "held",
                 "match", "pattern", "rx", "search", "slot", "split", "sub", "subn")  # fmt: skip
    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.slot = len(_registry)
        self.held = (False, False)  # in the database for the note / for its lower-case form
        self.cost = [0.0, 0.0]  # seconds of whole-note searches that found nothing, measured
        self.match = rx.match
        self.fullmatch = rx.fullmatch
        self.sub = rx.sub
        self.subn = rx.subn
        self.split = rx.split
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.groups = rx.groups
        self.groupindex = rx.groupindex
        if _pf.enabled and not _pf.building:
            _registry.append(self)
            self._measured()
        else:
            self._plain()

    def _plain(self) -> None:
        self.search, self.finditer, self.findall = self.rx.search, self.rx.finditer, self.rx.findall

    def _measured(self) -> None:
        self.search, self.finditer, self.findall = self._search_m, self._finditer_m, self.rx.findall

    def _gated(self) -> None:
        self.search, self.finditer, self.findall = self._search_g, self._finditer_g, self._findall_g

    def _which(self, string: str) -> tuple[_Note | None, int]:
        note = _local.note
        if note is None:
            return None, -1
        return note, 0 if string is note.text else 1 if string is note.low else -1

    def _search_m(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        note, which = self._which(string)
        if which < 0 or pos or endpos != _MAX or note is None or not note.measuring:
            return self.rx.search(string, pos, endpos)
        t = _clock()
        m = self.rx.search(string)
        if m is None:
            self.cost[which] += _clock() - t
        return m

    def _finditer_m(self, string: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        note, which = self._which(string)
        if which < 0 or pos or endpos != _MAX or note is None or not note.measuring:
            return self.rx.finditer(string, pos, endpos)
        t = _clock()
        found = list(self.rx.finditer(string))
        if not found:
            self.cost[which] += _clock() - t
        return iter(found)

    def _ruled_out(self, string: str, pos: int, endpos: int) -> bool:
        note = _local.note
        return note is not None and not pos and endpos == _MAX and (
            (string is note.text and self.slot in note.text_skip) or (string is note.low and self.slot in note.low_skip))

    def _search_g(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        return None if self._ruled_out(string, pos, endpos) else self.rx.search(string, pos, endpos)

    def _finditer_g(self, string: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        return iter(()) if self._ruled_out(string, pos, endpos) else self.rx.finditer(string, pos, endpos)

    def _findall_g(self, string: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        return [] if self._ruled_out(string, pos, endpos) else self.rx.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Rx({self.rx!r})"


class _Prefilter:
    """The process-wide phase: measuring -> building -> ready (or off)."""

    def __init__(self) -> None:
        self.enabled = True
        self.notes = 0
        self.building = False
        self.ready: tuple[Any, Any, Any] | None = None  # (hyperscan, text database, low database)
        self.held: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.info: dict[str, Any] = {}


_pf = _Prefilter()


def registry() -> list[Rx]:
    """The patterns measured for the database (those compiled before the build began)."""
    return _registry


def set_enabled(on: bool) -> None:
    """Turn the prefilter on or off for this process (tests and the benchmark compare both)."""
    _pf.enabled = on
    for rx in _registry:
        if not on:
            rx._plain()
        elif _pf.ready is not None and any(rx.held):
            rx._gated()
        elif _pf.ready is None and not _pf.building:
            rx._measured()


def status() -> dict[str, Any]:
    """What the prefilter is doing: phase, patterns held, build seconds (for logs and benches)."""
    phase = "off" if not _pf.enabled else "ready" if _pf.ready else "building" if _pf.building else "measuring"
    return {"phase": phase, "notes_measured": min(_pf.notes, WARM_NOTES), **_pf.info}


def wait_ready(timeout: float) -> bool:
    """Wait until the database is built (True) or ``timeout`` seconds pass / it cannot be."""
    if not _pf.building and _pf.ready is None:
        return False
    return _pf.done.wait(timeout) and _pf.ready is not None


def _start_build() -> None:
    _pf.building = True
    try:
        hs = importlib.import_module("hyperscan")
    except ImportError:
        _pf.info = {"error": "hyperscan is not installed"}
        for rx in _registry:
            rx._plain()
        _pf.done.set()
        return
    ranked = sorted((rx for rx in _registry if sum(rx.cost) > 0), key=lambda rx: -sum(rx.cost))
    chosen: list[tuple[Rx, str]] = []
    for rx in ranked:
        sup = superset_pattern(rx.rx)
        if sup is not None:
            chosen.append((rx, sup))
        if len(chosen) == MAX_PATTERNS:
            break
    for rx in _registry:  # measuring is over: every pattern runs as it is while the build runs
        rx._plain()
    threading.Thread(target=_build, args=(hs, chosen), name="deid-prefilter", daemon=True).start()


def _build(hs: Any, chosen: list[tuple[Rx, str]]) -> None:
    t0 = time.perf_counter()
    try:
        text_db = _compile(hs, [(rx.slot, sup) for rx, sup in chosen if rx.cost[0] > 0])
        low_db = _compile(hs, [(rx.slot, sup) for rx, sup in chosen if rx.cost[1] > 0])
    except Exception as exc:  # noqa: BLE001 - a failed build only leaves the prefilter off
        _pf.info = {"error": type(exc).__name__}
    else:
        _pf.info = {"patterns": len(chosen), "build_s": round(time.perf_counter() - t0, 2)}
        _pf.held = (text_db[1], low_db[1])
        _pf.ready = (hs, text_db[0], low_db[0])
        for rx, _sup in chosen:  # only now: a pattern is skipped once its database exists
            rx.held = (rx.slot in text_db[1], rx.slot in low_db[1])
            if any(rx.held) and _pf.enabled:
                rx._gated()
    finally:
        _pf.done.set()


def _compile(hs: Any, items: list[tuple[int, str]]) -> tuple[Any, frozenset[int]]:
    """A block-mode database of ``items`` (slot, pattern). Should Hyperscan refuse the set, each
    pattern is tried alone and the refused ones are left out (they then always run)."""
    flags = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_PREFILTER

    def build(group: list[tuple[int, str]]) -> Any:
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        db.compile(expressions=[s.encode("ascii") for _, s in group], ids=[slot for slot, _ in group],
                   elements=len(group), flags=flags)  # fmt: skip
        return db

    if not items:
        return None, frozenset()
    try:
        return build(items), frozenset(slot for slot, _ in items)
    except hs.error:
        pass
    ok = []
    for item in items:
        try:
            build([item])
        except hs.error:
            continue
        ok.append(item)
    return (build(ok) if ok else None), frozenset(slot for slot, _ in ok)


def _on_match(slot: int, _start: int, _end: int, _flags: int, found: set[int]) -> None:
    found.add(slot)


_NONE: frozenset[int] = frozenset()


def _skip(hs: Any, db: Any, which: int, text: str, held: frozenset[int]) -> frozenset[int]:
    """The held patterns Hyperscan did not report for ``text`` (none when ``text`` has a
    character outside the alphabet)."""
    if db is None:
        return _NONE
    data = encoded(text)
    if data is None:
        return _NONE
    scratch = _local.scratch[which]
    if scratch is None:
        scratch = _local.scratch[which] = hs.Scratch(db)
    found: set[int] = set()
    db.scan(data, match_event_handler=_on_match, context=found, scratch=scratch)
    return held.difference(found)


class note_scan:  # a context manager: "with note_scan(text, low):"
    """Inside the block, whole-note searches of ``text`` and of its lower-case form ``low`` skip
    the patterns the Hyperscan pass ruled out (or, while measuring, are timed)."""

    __slots__ = ()

    def __init__(self, text: str, low: str) -> None:
        if not _pf.enabled:
            return
        ready = _pf.ready
        if ready is not None:
            hs, text_db, low_db = ready
            text_held, low_held = _pf.held
            _local.note = _Note(text, low, (_skip(hs, text_db, 0, text, text_held),
                                            _skip(hs, low_db, 1, low, low_held)), False)  # fmt: skip
        elif not _pf.building:
            with _pf.lock:  # one thread starts the build
                _pf.notes += 1
                start = _pf.notes > WARM_NOTES and not _pf.building
                if start:
                    _start_build()
            if not start and not _pf.building:
                _local.note = _Note(text, low, (_NONE, _NONE), True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        _local.note = None  # no note text outlives the call
