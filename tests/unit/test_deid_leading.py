"""Session 12 speed: ``leading.compile_rx`` puts a first-character lookahead in front of a
pattern; every scrubber pattern so led must find exactly what its plain compile finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

from bench.phi_corpus.dev import generate as dev_notes
from processors import deid
from processors.deid.leading import compile_rx, first_class, lead
from processors.deid.prefilter import Rx

# fmt: off
FIRST = [
    pytest.param(r"\bfoo", 0, "[f]", id="word-boundary"),
    pytest.param(r"(?<![\w])(?:Dr|Mr)\.? [A-Z]", 0, "[DM]", id="lookbehind-branch"),
    pytest.param(r"\b(?:a|b\w)", 0, "[ab]", id="branch-class-tail"),
    pytest.param(r"(?=\d|Mo)\d", 0, r"[\d]", id="existing-gate"),
    pytest.param(r"^\s*(Mr|Dr)\b", re.MULTILINE, r"[\sMD]", id="line-start-optional-blank"),
    pytest.param(r"(?:ab)?\d", 0, r"[a\d]", id="optional-group"),
    pytest.param(r"[-+]?\d", 0, r"[\-\+\d]", id="escaped-dash"),
    pytest.param(r"\bfoo|bar", re.IGNORECASE, "[fb]", id="ignorecase-alternation"),
    pytest.param("foo", 0, None, id="literal-prefix-left-to-re"),
    pytest.param("[ab]c", 0, None, id="class-prefix-left-to-re"),
    pytest.param(r"\b(?i:dr)\b", 0, "(?i:[d])", id="scoped-ignorecase"),
    pytest.param(r"\b(?:Officer|(?i:police) officer)", 0, "(?i:[Op])", id="scoped-ignorecase-makes-the-class-caseless"),
    pytest.param(r"\b.", 0, None, id="any-character"),
    pytest.param(r"\b[^a]", 0, None, id="negated-class"),
    pytest.param(r"\b\W", 0, None, id="non-word-category"),
    pytest.param("x*", 0, None, id="empty-match"),
    pytest.param(r"(a)\1", 0, None, id="literal-then-backreference-left-to-re"),
]
# fmt: on


@pytest.mark.parametrize(("pattern", "flags", "want"), FIRST)
def test_first_class(pattern: str, flags: int, want: str | None) -> None:
    assert first_class(pattern, flags) == want


def test_lead_keeps_global_flags_first_and_verbose_comments() -> None:
    assert lead(re.compile(r"(?i)\bfoo|bar")).pattern == r"(?i)(?=[fb])(?:\bfoo|bar)"
    verbose = lead(re.compile(r"\bfoo  # trailing comment", re.VERBOSE))
    assert verbose.findall("a foo b") == ["foo"]
    assert lead(re.compile(r"(?=[A-Z])\bFoo")).pattern == r"(?=[A-Z])\bFoo"  # gated already
    assert compile_rx(r"\bfoo") is compile_rx(r"\bfoo")  # cached


def _led_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    def walk(name: str, obj: object) -> Iterator[tuple[str, re.Pattern[str]]]:
        if isinstance(obj, Rx):  # compile_rx's wrapper (session 14): the pattern inside
            obj = obj.rx
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str) and re.match(r"(?:\(\?[aiLmsux]+\))?\(\?=(?:\(\?i:)?\[", obj.pattern):
                yield name, obj
        elif isinstance(obj, tuple | list):
            for i, o in enumerate(obj):
                yield from walk(f"{name}[{i}]", o)

    for info in pkgutil.iter_modules(deid.__path__):
        mod = importlib.import_module(f"processors.deid.{info.name}")
        for attr, obj in vars(mod).items():
            yield from walk(f"{info.name}.{attr}", obj)


_LED = re.compile(r"(\(\?[aiLmsux]+\))?\(\?=(?:\(\?i:)?\[(?:\\.|[^\]\\])+\]\)?\)\(\?:(.*)\n?\)\Z", re.DOTALL)


def test_every_led_scrubber_pattern_matches_its_plain_compile() -> None:
    notes = [n.text for n in dev_notes(80)]
    texts = notes + [t.lower() for t in notes] + [
        "Dr O'Neil (bleep 4471) saw Mr SMITH, John on 03/04/2025; MRN 00123456. Tel (555) 123-4567.",
        "Lives at Flat 2/14 Harbour Parade, Parramatta NSW 2150. sister is 94. pt: jo.",
    ]
    checked = 0
    for name, rx in _led_patterns():
        m = _LED.match(rx.pattern)
        try:
            plain = re.compile((m.group(1) or "") + m.group(2), rx.flags) if m else None
        except re.error:
            plain = None
        if plain is None or lead(plain).pattern != rx.pattern:
            continue  # a hand-written class gate (round 10), tested in test_deid_gates.py
        for text in texts:
            got = [(x.span(), x.groups()) for x in rx.finditer(text)]
            want = [(x.span(), x.groups()) for x in plain.finditer(text)]
            assert got == want, name
        checked += 1
    assert checked > 300  # the scrubber's patterns are led (about 370 of them)
