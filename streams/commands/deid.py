"""`wardwatch deid text|resource` and `wardwatch reid`: thin I/O shells over processors.deid.

Each returns a process exit code; errors print a PHI-free message (the typed error's code
and detail) to the output stream's companion ``err`` (stderr by default).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from processors.deid import DeidConfig, DeidError, reid, scrub_text
from streams.commands.record_ids import id_json, loads_record
from streams.feedfiles import empty_ndjson

__all__ = ["deid_resource_command", "deid_text_command", "reid_command"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _write(out: IO[str], record_id: Any, text: str) -> None:
    """One ``{"id","text"}`` JSON line, the id as given (``record_ids``); a lone surrogate (valid
    JSON "\\ud800", no UTF-8) is written escaped."""
    try:
        out.write(f'{{"id":{id_json(record_id, ensure_ascii=False)},"text":{_dumps(text)}}}\n')
    except UnicodeEncodeError:
        out.write(f'{{"id":{id_json(record_id)},"text":{json.dumps(text)}}}\n')


def _write_line(out: IO[str], text: str) -> None:
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:
        out.write(text.encode("utf-8", "replace").decode("utf-8") + "\n")


def _bad_json_line(raw: str) -> tuple[Any, str | None]:
    """(parsed object, None) for a JSONL ``{"id","text"}`` line; (None, None) for a plain-text
    line; (None, why) for a line meant as JSON that is not a usable record."""
    head = raw.lstrip()[:1]
    if head not in ("{", "["):
        return None, None
    try:
        obj = loads_record(raw)
    except ValueError:
        # "[08:00] BP 120/80" is text; a line opening with "{" is a broken JSON record
        return None, ("invalid JSON" if head == "{" else None)
    if not isinstance(obj, dict):
        return None, f"a JSON {type(obj).__name__} is not a {{\"id\",\"text\"}} object"
    if not isinstance(obj.get("text"), str):
        return None, 'the object has no string "text" field'
    return obj, None


_UNDECODED = re.compile("[\udc80-\udcff]")


def deid_text_command(stdin: IO[str], stdout: IO[str], cfg: DeidConfig,
                      err: IO[str] | None = None) -> int:
    """Scrub lines: JSONL ``{"id","text"}`` -> ``{"id","text"}``; any other line -> scrubbed line.

    A line meant as JSON that is not such a record (broken JSON, an array, no string "text")
    writes nothing to ``out`` and one PHI-free line to ``err`` (the line number and why); the
    other lines are still scrubbed, and the exit code is 1. A line the scrubber fails on (a bug) is
    handled the same way: never written unscrubbed, never stopping the lines after it. No patient tokens are known here,
    so only the pattern and name-list recognisers run.
    """
    err = err or sys.stderr
    empty: frozenset[str] = frozenset()
    bad = 0
    for number, line in enumerate(stdin, start=1):
        raw = line.rstrip("\n").rstrip("\r")
        if _UNDECODED.search(raw):  # bytes that are no UTF-8 (read with surrogateescape): U+FFFD out
            raw = raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if number == 1:
            raw = raw.removeprefix("\ufeff")  # a byte-order mark is no text
        obj, why = _bad_json_line(raw)
        if why is not None:
            bad += 1
            err.write(f"deid: line {number}: {why}; the line is skipped (expected one "
                      '{"id": ..., "text": "..."} object per line, or plain text)\n')
        else:
            try:
                scrubbed = scrub_text(obj["text"] if obj is not None else raw, empty, cfg)
            except Exception as exc:  # noqa: BLE001 - one line's scrubber bug must not stop the others
                # fail closed: the line is not written (its text may hold PHI), the error names no value
                bad += 1
                err.write(f"deid: line {number}: scrubbing failed ({type(exc).__name__}); the line is skipped "
                          "(nothing of it written) - please report this as a bug\n")
                continue
            if obj is not None:
                _write(stdout, obj.get("id"), scrubbed)
            else:
                _write_line(stdout, scrubbed)
    stdout.flush()
    if bad:
        err.write(f"deid: {bad} line{'s' if bad > 1 else ''} skipped\n")
        return EXIT_INPUT
    return EXIT_OK


def deid_resource_command(
    path: Path, cfg: DeidConfig, out: IO[str], err: IO[str] | None = None
) -> int:
    """De-identify a FHIR resource, a Bundle or an NDJSON file; one JSON document a line out
    (a Bundle stays a Bundle), per the configured profile (processors.deid.resource_doc).

    Bad input (the ``wardwatch validate`` reason codes) writes nothing to ``out``, one
    PHI-free line to ``err`` (code, where, which rule; never a value) and returns 1.
    """
    from processors.deid.resource_doc import deid_file

    err = err or sys.stderr
    try:
        raw = Path(path).read_bytes()
    except OSError:
        err.write("deid: cannot read the input file; check the path and its permissions\n")
        return EXIT_INPUT
    if empty_ndjson(Path(path), raw):  # a bulk export's file for a type it has none of (as validate)
        err.write("deid: no resources (an empty NDJSON file); nothing written\n")
        return EXIT_OK
    # a birth date becomes the age on the Patient's meta.lastUpdated (or at death), else today
    result = deid_file(raw, cfg, default_day=datetime.now(UTC).date())
    if result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        where = first.path or "(file)"
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        err.write(
            f"deid: {first.reason.value} at {where}: {first.detail}{tail}; "
            "nothing written (every resource must be valid FHIR R4B to be de-identified)\n"
        )
        return EXIT_INPUT
    out.write("".join(_dumps(doc) + "\n" for doc in result.documents))
    out.flush()
    return EXIT_OK


def reid_command(
    token: str, reid_key: bytes | str | None, out: IO[str], err: IO[str] | None = None
) -> int:
    """Decrypt a re-identification token and print the patient key (authorised users only)."""
    err = err or sys.stderr
    if not reid_key:
        err.write("reid_no_key: no reid key is configured; set WARDWATCH_DEID__REID_KEY\n")
        return EXIT_USAGE
    try:
        out.write(reid(token, reid_key) + "\n")
    except DeidError as exc:
        err.write(f"{exc}\n")
        return EXIT_INPUT
    out.flush()
    return EXIT_OK
