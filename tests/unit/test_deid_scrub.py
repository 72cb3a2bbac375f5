"""The free-text scrubber: recall per PHI type, retention of clinical values, idempotency."""

from __future__ import annotations

import io
import itertools
import json

import pytest

from processors.deid import DeidConfig, identifier_tokens, scrub_spans, scrub_text
from streams.commands.deid import deid_text_command, reid_command

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "phi", "placeholder"),
    [
        pytest.param(
            "Seen by Dr. Alan Whitcombe today", "Alan Whitcombe", "[NAME]", id="name-title"
        ),
        pytest.param(
            "Mrs Okonkwo-Baptiste reviewed", "Okonkwo-Baptiste", "[NAME]", id="name-title-hyphen"
        ),
        pytest.param(
            "Pt: Zelda Vasquez-Ortiz", "Zelda Vasquez-Ortiz", "[NAME]", id="name-pt-context"
        ),
        pytest.param("Name: Thaddeus Brimble", "Thaddeus Brimble", "[NAME]", id="name-context"),
        pytest.param(
            "discussed with daughter Priyanka at bedside", "Priyanka", "[NAME]", id="name-family"
        ),
        pytest.param(
            "handed over to Jennifer Oduya at 19:00",
            "Jennifer Oduya",
            "[NAME]",
            id="name-list-pair",
        ),
        pytest.param("admitted 3/14/2024 via ED", "3/14/2024", "[DATE]", id="date-us"),
        pytest.param("on 14 Mar 2024 K was high", "14 Mar 2024", "[DATE]", id="date-dmy-text"),
        pytest.param(
            "since March 14th, 2024", "March 14th, 2024", "[DATE]", id="date-month-ordinal"
        ),
        pytest.param("echo 2024-03-14T10:22:00Z", "2024-03-14T10:22:00Z", "[DATE]", id="date-iso"),
        pytest.param("DOB 02.11.1941", "02.11.1941", "[DATE]", id="date-dob-dots"),
        pytest.param("seen on 3/14 by team", "3/14", "[DATE]", id="date-md-context"),
        pytest.param("call (617) 555-0142 if worse", "(617) 555-0142", "[PHONE]", id="phone-paren"),
        pytest.param("fax: 617.555.0143", "617.555.0143", "[PHONE]", id="phone-fax"),
        pytest.param("mob +44 7700 900123", "+44 7700 900123", "[PHONE]", id="phone-intl"),
        pytest.param(
            "email a.b-c@clinic.example.org now", "a.b-c@clinic.example.org", "[EMAIL]", id="email"
        ),
        pytest.param("SSN 123-45-6789 on file", "123-45-6789", "[SSN]", id="ssn"),
        pytest.param("MRN 1234567 verified", "1234567", "[ID]", id="mrn"),
        pytest.param("MRN: AB-99812 verified", "AB-99812", "[ID]", id="mrn-alnum"),
        pytest.param("acct 00981234551 billed", "00981234551", "[ID]", id="long-digit-run"),
        pytest.param(
            "lives at 42 Wallaby Way, Sydney", "42 Wallaby Way", "[ADDRESS]", id="address"
        ),
        pytest.param(
            "home 1600 Pennsylvania Avenue NW",
            "1600 Pennsylvania Avenue",
            "[ADDRESS]",
            id="address-avenue",
        ),
        pytest.param("Springfield, IL 62704 resident", "62704", "[ZIP]", id="zip-after-state"),
        pytest.param(
            "see https://portal.example.org/pt?id=9",
            "https://portal.example.org/pt?id=9",
            "[URL]",
            id="url",
        ),
        pytest.param("device at 10.21.4.199 alarmed", "10.21.4.199", "[IP]", id="ip"),
        pytest.param("a 93 year old woman", "93", "[AGE]", id="age-over-89"),
        pytest.param("aged 101, frail", "101", "[AGE]", id="age-aged"),
    ],
)
def test_phi_is_replaced(text: str, phi: str, placeholder: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert placeholder in out


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("metoprolol 25 mg PO BID", id="drug-dose"),
        pytest.param("K 5.9", id="potassium"),
        pytest.param("BP 85/50", id="bp"),
        pytest.param("SpO2 91% on 2L", id="spo2"),
        pytest.param("GCS 14", id="gcs"),
        pytest.param("paracetamol 1 g q4h PRN", id="q4h"),
        pytest.param("at 14:00", id="time-of-day"),
        pytest.param("pain 7/10", id="pain-score"),
        pytest.param("HR 112 bpm", id="hr"),
        pytest.param("Temp 38.4 C", id="temp"),
        pytest.param("INR 3.4", id="inr"),
        pytest.param("Plt 150000", id="platelets-6-digits"),
        pytest.param("creatinine 1.9 mg/dL", id="creatinine"),
        pytest.param("heparin 5000 units SC", id="heparin"),
        pytest.param("a 67 year old man", id="age-under-90"),
        pytest.param("NEWS2 7", id="news2"),
        pytest.param("in 2019", id="year-alone"),
    ],
)
def test_clinical_values_survive(value: str) -> None:
    text = f"Overnight: {value}, stable."
    assert value in scrub_text(text, NONE, CFG)


PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [{"system": "urn:mrn", "value": "ZX-4471-QP"}],
    "name": [{"given": ["Ottoline"], "family": "Fairweather921"}],
    "telecom": [{"system": "phone", "value": "555-301-7788"}],
    "address": [{"line": ["77 Quarry Bend"], "city": "Little Snoring", "postalCode": "01906"}],
    "birthDate": "1944-09-03",
}


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        pytest.param("ottoline asked for water", "ottoline", id="lowercase-first-name"),
        pytest.param(
            "FAIRWEATHER to theatre", "FAIRWEATHER", id="uppercase-surname-without-digits"
        ),
        pytest.param("ref ZX4471QP rechecked", "ZX4471QP", id="identifier-compact"),
        pytest.param("ring 5553017788", "5553017788", id="phone-digits-only"),
        pytest.param("from 77 quarry bend", "quarry bend", id="address-line-lower"),
        pytest.param("moved from little snoring", "little snoring", id="city"),
        pytest.param("born 3 September 1944", "3 September 1944", id="birth-date-words"),
        pytest.param("postcode 01906", "01906", id="postal-code"),
    ],
)
def test_planted_patient_identifiers(text: str, planted: str) -> None:
    tokens = identifier_tokens(PATIENT, CFG)
    assert all(planted.lower() not in t for t in tokens)  # hashes only, never plaintext
    assert planted not in scrub_text(text, tokens, CFG)


def test_tokens_depend_on_key() -> None:
    other = DeidConfig.for_tests(pseudonym_key=b"another-test-key-32-bytes-long!!")
    assert identifier_tokens(PATIENT, CFG).isdisjoint(identifier_tokens(PATIENT, other))


NOTES = [
    (
        "Handover: Mrs Ottoline Fairweather, 93 yo, MRN 8812334. BP 85/50, K 5.9, SpO2 91% on 2L. "
        "Daughter Priya (07700 900123) informed on 3/14/2024 at 14:00."
    ),
    "Seen by Dr. O'Brien. Lives 77 Quarry Bend, Little Snoring, MA 01906. email of@x.example",
    "[NAME] reviewed on [DATE]; metoprolol 25 mg held.",
]


@pytest.mark.parametrize("note", [pytest.param(n, id=f"note{i}") for i, n in enumerate(NOTES)])
def test_idempotent(note: str) -> None:
    tokens = identifier_tokens(PATIENT, CFG)
    once = scrub_text(note, tokens, CFG)
    assert scrub_text(note, tokens, CFG) == once
    assert scrub_text(once, tokens, CFG) == once


def test_spans_sorted_and_disjoint() -> None:
    spans = scrub_spans(NOTES[0] + " " + NOTES[1], identifier_tokens(PATIENT, CFG), CFG)
    assert spans and all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_deid_text_command_jsonl_and_plain() -> None:
    src = io.StringIO(
        '{"id": "n1", "text": "Dr. Kowalczyk called 617-555-0100"}\nplain Mr Abernathy\n'
    )
    out = io.StringIO()
    assert deid_text_command(src, out, CFG) == 0
    first, second = out.getvalue().splitlines()
    assert json.loads(first) == {"id": "n1", "text": "[NAME] called [PHONE]"}
    assert second == "plain [NAME]"


def test_deid_text_command_writes_utf8_for_bytes_that_were_not() -> None:
    """Session 11 (third tester): bytes that are no UTF-8, read with surrogateescape, came out raw."""
    raw = b'{"id": "u", "text": "bad \xff\xfe Mr Ezra Pockett"}\nplain \xff Mr Abernathy\n'
    src = io.StringIO(raw.decode("utf-8", "surrogateescape"))
    out = io.StringIO()
    assert deid_text_command(src, out, CFG) == 0
    text = out.getvalue()
    text.encode("utf-8")  # strict: no lone surrogate left
    assert "Pockett" not in text and "Abernathy" not in text and "\ufffd" in text


@pytest.mark.parametrize(("line", "why"), [
    pytest.param('{"id": "n2", "body": "Mr Abernathy"}', 'no string "text"', id="no-text"),
    pytest.param('{"id": "n2", "text": null}', 'no string "text"', id="text-null"),
    pytest.param('["Mr Abernathy"]', "JSON list", id="array"),
    pytest.param('{"id": "n2", "text": "Mr Abernathy', "invalid JSON", id="broken-json"),
])
def test_deid_text_command_reports_bad_json_lines_and_goes_on(line: str, why: str) -> None:
    src = io.StringIO(f'{line}\n{{"id": "n1", "text": "Mr Abernathy"}}\n[08:00] BP 120/80\n')
    out, err = io.StringIO(), io.StringIO()
    assert deid_text_command(src, out, CFG, err) == 1
    assert out.getvalue().splitlines() == ['{"id":"n1","text":"[NAME]"}', "[08:00] BP 120/80"]
    assert "line 1: " in err.getvalue() and why in err.getvalue()
    assert "Abernathy" not in err.getvalue()


def test_deid_text_command_a_scrubber_failure_skips_only_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 39 (US deid tester): one line's crash stopped the whole batch; now the line is left
    out (never written unscrubbed), the error names no value, and the lines after it are scrubbed."""
    import streams.commands.deid as command

    real = command.scrub_text

    def failing(text: str, tokens: frozenset[str], cfg: DeidConfig) -> str:
        if "Pockett" in text:
            raise StopIteration  # the session-39 bug's exception type
        return real(text, tokens, cfg)

    monkeypatch.setattr(command, "scrub_text", failing)
    src = io.StringIO('{"id": "a", "text": "Mr Ezra Pockett"}\n{"id": "b", "text": "Mr Abernathy"}\n')
    out, err = io.StringIO(), io.StringIO()
    assert deid_text_command(src, out, CFG, err) == 1
    assert out.getvalue().splitlines() == ['{"id":"b","text":"[NAME]"}']
    assert "line 1: scrubbing failed (StopIteration)" in err.getvalue() and "Pockett" not in err.getvalue()


@pytest.mark.parametrize("text", [
    pytest.param("call 617-555-1212, extension 2231 please", id="extension-4-digits"),
    pytest.param("Extension 4455", id="capital-extension"),
    pytest.param("extension: 4455.", id="extension-colon"),
])
def test_an_extension_word_with_four_digits_is_a_phone(text: str) -> None:
    """Session 39 (US deid tester): "extension NNNN" raised StopIteration (its group was not read)."""
    assert "4455" not in scrub_text(text, frozenset(), CFG) and "2231" not in scrub_text(text, frozenset(), CFG)


def test_reid_command_errors_are_phi_free() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert (
        reid_command("t1.bm90LWEtdG9rZW4tYXQtYWxsLXJlYWxseS1ub3Q", bytes(range(32)), out, err) == 1
    )
    assert "bm90LWEtdG9rZW4" not in err.getvalue() and err.getvalue().startswith("reid_")
    assert reid_command("t1.x", None, out, io.StringIO()) == 2


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lives at 42 Wallaby Way, Springfield MA 03612 with wife.",
                 "Lives at [ADDRESS] [ZIP] with wife.", id="street-then-town"),
    pytest.param("Pt resides at 17 Cherry Tree Lane, Boise.", "Pt resides at [ADDRESS].", id="street-lane-town"),
])
def test_a_street_overlapped_by_a_longer_name_span_stays_an_address(text: str, expected: str) -> None:
    """'Wallaby Way, Springfield' also reads as 'Surname, Given': the joined span keeps the type of
    the address it opens with (the placeholder type, not the coverage, is what changed)."""
    assert scrub_text(text, None, DeidConfig.for_tests()) == expected


def test_deid_text_command_survives_a_lone_surrogate_and_drops_a_bom() -> None:
    """Third black-box tester: a valid JSON "\\ud800" crashed the command; a BOM was echoed."""
    src = io.StringIO('\ufeff{"id": "a", "text": "Mr Abernathy \\ud800"}\n{"id": "b", "text": "K 6.1"}\n')
    out = io.StringIO()

    class Utf8Only(io.StringIO):
        def write(self, s: str) -> int:
            s.encode("utf-8")  # raises on a lone surrogate, as a UTF-8 stdout does
            return super().write(s)

    strict = Utf8Only()
    assert deid_text_command(src, strict, CFG, out) == 0
    first, second = strict.getvalue().splitlines()
    assert json.loads(first) == {"id": "a", "text": "[NAME] \ud800"}
    assert json.loads(second) == {"id": "b", "text": "K 6.1"}


def test_deid_text_command_keeps_a_numeric_id_as_spelt_and_refuses_nan() -> None:
    """Session 31: "1e5" came back as 100000.0 and a NaN id was written back bare (no JSON)."""
    src = io.StringIO('{"id": 1e5, "text": "Mr Abernathy"}\n{"id": 1.50, "text": "K 6.1"}\n'
                      '{"id": NaN, "text": "Mr Abernathy"}\n')
    out, err = io.StringIO(), io.StringIO()
    assert deid_text_command(src, out, CFG, err) == 1
    assert out.getvalue().splitlines() == ['{"id":1e5,"text":"[NAME]"}', '{"id":1.50,"text":"K 6.1"}']
    assert "line 3: invalid JSON" in err.getvalue()


def test_adjacent_spans_of_one_type_show_one_placeholder() -> None:
    # session 32: "12 High Street, Leeds" came out as "[ADDRESS][ADDRESS]" (the street and the
    # town were two spans that touch)
    out = scrub_text("Mrs Jane Doe lives at 12 High Street, Leeds LS1 4AB", NONE, CFG)
    assert "[ADDRESS][ADDRESS]" not in out
    assert out.count("[ADDRESS]") == 1 and "High Street" not in out and "Leeds" not in out
    assert scrub_text(out, NONE, CFG) == out


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Mr. Roland928 Nienow652 seen by Dr. Arlena205 Conn188.", ("seen by",), id="titled-pairs"),
    pytest.param("Patient: Bibi254 Schowalter414. Mother: Dagmar148 Harris789.", ("Patient:", "Mother:"),
                 id="context-pairs"),
    pytest.param("Reviewed with Dr. Conn188 today.", ("Reviewed with", "today"), id="titled-single"),
])
def test_synthea_numbered_names_are_scrubbed(text: str, kept: tuple[str, ...]) -> None:
    # session 32 (ingest tester): "Mr. Roland928 Nienow652" kept "928 Nienow652"
    out = scrub_text(text, NONE, CFG)
    assert not any(ch.isdigit() for ch in out), out
    assert all(k in out for k in kept)


def test_words_with_numbers_that_are_not_names_survive() -> None:
    text = "Vitamin B12 and Omega3 given. COVID19 swab negative. Covid19 PCR. Humulin 70/30 10 units."
    assert scrub_text(text, NONE, CFG) == text


@pytest.mark.parametrize("end", [19_990, 19_995, 20_000, 20_005, 39_995])
def test_a_value_at_a_long_texts_cut_is_scrubbed_whole(end: int) -> None:
    """Session 42 (deid tester): a long note is scrubbed in pieces; a cut at the blank inside a phone
    number left both halves in the output. The pieces now read past their cuts."""
    filler = "HR 88 bpm. "
    phone, nhs = "07700 900123", "943 476 5919"
    for value in (phone, nhs):
        start = end - len(value)
        text = (filler * (start // len(filler) + 1))[: start - 1] + " " + value + " then HR 90 bpm. " + filler * 3000
        out = scrub_text(text, NONE, CFG)
        assert "07700" not in out and "900123" not in out and "5919" not in out
        assert out.count("HR 88 bpm.") == text.count("HR 88 bpm.")
