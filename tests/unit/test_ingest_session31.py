"""Session 31 (ingest black-box tester's leftovers): notes sent as HTML / XHTML / RTF are read as
the text a reader sees; a pretty-printed JSON document with one syntax error is one rejection that
says where, not one per line."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.deid.markup import markup_text
from processors.fhir import IngestLimits, ingest_message
from processors.fhir.decode import Document, decode_message
from schemas.deadletter import Rejection
from schemas.reasons import ReasonCode

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()
PATIENT = {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-06-15",
           "name": [{"family": "Quackenbush", "given": ["Zebulon"]}]}


def _doc(ctype: str, raw: bytes) -> dict[str, Any]:
    return {"resourceType": "DocumentReference", "id": "d1", "status": "current",
            "subject": {"reference": "Patient/p1"}, "date": "2024-05-01T10:00:00Z",
            "content": [{"attachment": {"contentType": ctype, "data": base64.b64encode(raw).decode()}}]}


def _note_texts(res: dict[str, Any]) -> list[str]:
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": res}]}
    result = ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)
    assert result.rejections == ()
    return [e.note.text for e in result.events if e.kind == "note" and e.note is not None]


_HTML = (b"<html><head><style>p {color: red}</style><title>x</title></head><body>"
         b"<p>Seen by Dr Smith. <b>Zeb</b>ulon Quackenbush is drowsy, RR 9.</p>"
         b"<p>Plan: hold <i>morphine</i>.</p><!-- Zebulon --></body></html>")
_RTF = (rb"{\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Helvetica;}{\f1 Times New Roman;}}"
        rb"{\colortbl;\red255\green0\blue0;}{\*\generator Riched20 10.0;}{\info{\author Zebulon Quackenbush}}"
        rb"\viewkind4\uc1\pard\f0\fs20 Zebulon is drowsy, RR 9.\par Plan: hold \b morphine\b0 .\par}")


@pytest.mark.parametrize(("ctype", "raw"), [
    pytest.param("text/html; charset=utf-8", _HTML, id="html"),
    pytest.param("application/xhtml+xml", _HTML, id="xhtml"),
    pytest.param("text/rtf", _RTF, id="rtf"),
    pytest.param("application/rtf", _RTF, id="application-rtf"),
    pytest.param("text/markdown", b"**Zebulon** is drowsy, RR 9.\n\nPlan: hold morphine.", id="markdown"),
])
def test_a_markup_note_is_read_as_its_text_and_scrubbed(ctype: str, raw: bytes) -> None:
    (text,) = _note_texts(_doc(ctype, raw))
    assert "drowsy, RR 9." in text and "morphine" in text
    for leak in ("Zebulon", "Zeb", "Quackenbush", "<", "\\", "Helvetica", "Riched20", "color"):
        assert leak not in text


def test_a_pdf_attachment_is_not_read_as_a_note() -> None:
    assert _note_texts(_doc("application/pdf", b"%PDF-1.4 Zebulon")) == []


def test_rtf_groups_a_reader_never_sees_are_dropped_and_paragraphs_kept() -> None:
    text = markup_text(_RTF.decode())
    assert text.split() == ["Zebulon", "is", "drowsy,", "RR", "9.", "Plan:", "hold", "morphine."]
    assert text.count("\n") == 2
    assert markup_text(r"{\rtf1 a \{b\} c\par}").split() == ["a", "{b}", "c"]


def _decoded(raw: bytes) -> list[Document | Rejection]:
    return decode_message(raw, IngestLimits())


def test_a_pretty_printed_document_with_a_syntax_error_is_one_rejection_that_says_where() -> None:
    raw = b'{\n  "resourceType": "Patient",\n  "name": [{"family": "Quackenbush" "given": ["Zebulon"]}]\n}\n'
    (rej,) = _decoded(raw)
    assert isinstance(rej, Rejection) and rej.reason == ReasonCode.INVALID_JSON
    assert rej.path == "" and rej.original == raw
    assert "at line 3 column" in rej.detail and "expected" in rej.detail
    assert "Quackenbush" not in rej.detail and "Zebulon" not in rej.detail


def test_ndjson_with_a_broken_line_is_still_read_line_by_line() -> None:
    raw = b'{"resourceType": "Patient", "id": "a"}\n{"resourceType": "Patient" "id": "b"}\n'
    first, second = _decoded(raw)
    assert isinstance(first, Document)
    assert isinstance(second, Rejection) and second.path == "line 2"
    assert "at column 28" in second.detail and "line 2 column" not in second.detail


_OBS = {"resourceType": "Observation", "id": "o1", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}, "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": "2024-05-01T10:00:00Z",
        "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}


@pytest.mark.parametrize(("res", "path", "rule"), [
    pytest.param({"resourceType": "Patient", "id": "p1", "birthDate": "Zebulon-1950"}, "birthDate",
                 "birthDate: value_error (a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD)", id="date-format"),
    pytest.param({"resourceType": "Patient", "id": "p1", "birthDate": "1950-02-30"}, "birthDate",
                 "birthDate: date_from_datetime_parsing (not a real calendar date: month or day out of range)",
                 id="date-out-of-range"),
    pytest.param(_OBS | {"effectiveDateTime": "2024-05-01T10:00:00"}, "effectiveDateTime",
                 "effectiveDateTime: value_error (a FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD, or "
                 "YYYY-MM-DDThh:mm:ss with a time zone, Z or +hh:mm)", id="time-without-zone"),
    pytest.param(_OBS | {"valueQuantity": {"value": "Zebulon", "system": "http://unitsofmeasure.org", "code": "/min"}},
                 "valueQuantity.value", "valueQuantity.value: value_error (a JSON number for a FHIR decimal, "
                 "not a string or boolean)", id="decimal-as-string"),
    pytest.param({"resourceType": "Patient", "id": "p1", "name": "Zebulon Quackenbush"}, "name",
                 "name: list_type (a repeating element: send a JSON array)", id="repeating-as-string"),
    pytest.param({k: v for k, v in _OBS.items() if k != "code"}, "code",
                 "code: missing (a required element is missing)", id="required-missing"),
    # session 42 (integration tester): fhir_core's own name for it, "model_field_validation.missing", said once
    pytest.param({k: v for k, v in _OBS.items() if k != "status"}, "status",
                 "status: missing (a required element is missing)", id="required-status-missing"),
])
def test_a_validation_detail_names_the_rule_and_never_the_value(res: dict[str, Any], path: str, rule: str) -> None:
    result = ingest_message(orjson.dumps(res), received_at=RECEIVED, source="t", deid=CFG)
    (rej,) = result.rejections
    assert rej.reason == ReasonCode.FHIR_VALIDATION_FAILED and rej.path == path
    assert rule in rej.detail
    assert "Zebulon" not in rej.detail and "Quackenbush" not in rej.detail and "1950" not in rej.detail


def test_a_utf8_byte_order_mark_is_not_part_of_the_note() -> None:
    (text,) = _note_texts(_doc("text/plain", b"\xef\xbb\xbfPatient drowsy, RR 9."))
    assert text == "Patient drowsy, RR 9."


@pytest.mark.parametrize(("markup", "read"), [
    pytest.param(r"{\rtf1 Mr Quack{\b enbush} seen\par}", "Mr Quackenbush seen", id="rtf-group-inside-a-word"),
    pytest.param(r"{\rtf1 Mr Quack\i enbush\i0  seen\par}", "Mr Quackenbush seen", id="rtf-control-inside-a-word"),
    pytest.param(r"{\rtf1 well\~today, co\-operative\par}", "well today, cooperative", id="rtf-symbols"),
    pytest.param("<p>Mr Quack<wbr>enbush seen</p>", "Mr Quackenbush seen", id="html-wbr"),
])
def test_markup_inside_a_word_keeps_the_word_whole(markup: str, read: str) -> None:
    """Session 31 (second ingest tester): "Quack{\\b enbush}" and "Quack<wbr>enbush" were read as two
    words, so the scrubber took "Quack" for a name and left "enbush"."""
    assert " ".join(markup_text(markup).split()) == read
    (text,) = _note_texts(_doc("text/rtf" if markup.startswith("{") else "text/html", markup.encode()))
    assert "enbush" not in text and "Quack" not in text


def test_the_digits_of_a_prefixed_identifier_are_scrubbed_in_notes() -> None:
    """Session 31: identifier "MRN-778899" was scrubbed as written, but "patient 778899" kept the number."""
    patient = {**PATIENT, "identifier": [{"system": "urn:mrn", "value": "MRN-778899"}]}
    doc = _doc("text/plain", b"Fresh PR bleeding in patient 778899 (MRN778899).")
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": patient}, {"resource": doc}]}
    result = ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)
    (note,) = [e.note.text for e in result.events if e.note is not None]
    assert "778899" not in note and "Fresh PR bleeding in patient [ID]" in note


def test_replay_learns_every_patients_tokens_before_any_note_whatever_the_file_order(tmp_path) -> None:
    """Session 31 (second ingest tester): a bulk export's DocumentReference.ndjson given before
    Patient.ndjson kept "wife of zebulon quackenbush called" (lower case: no pattern sees it)."""
    from streams.commands.replay import ReplayResult, load_events
    from streams.runtime import Runtime
    from streams.settings import Settings

    docs = tmp_path / "DocumentReference.ndjson"
    docs.write_bytes(orjson.dumps(_doc("text/plain", b"Fresh PR bleeding, wife of zebulon quackenbush called.")) + b"\n")
    patients = tmp_path / "Patient.ndjson"
    patients.write_bytes(orjson.dumps(PATIENT) + b"\n")
    rt = Runtime.create(Settings(env="test"), memory_store=True)
    result = ReplayResult()
    load_events(rt, [docs, patients], result)
    (note,) = [e.note.text for e in result.events if e.note is not None]
    assert "zebulon" not in note.lower() and "quackenbush" not in note.lower()
    assert note.startswith("Fresh PR bleeding, wife of [NAME]")


def test_a_contained_resource_of_no_fhir_type_is_named_by_its_path() -> None:
    """Session 31 (second ingest tester): the detail was "KeyError raised by the model" at the message."""
    res = {**_OBS, "contained": [{"resourceType": "Patient", "id": "c0"}, {"resourceType": "ZebulonQuackenbush", "id": "x"}]}
    (rej,) = ingest_message(orjson.dumps(res), received_at=RECEIVED, source="t", deid=CFG).rejections
    assert rej.reason == ReasonCode.FHIR_VALIDATION_FAILED and rej.path == "contained[1].resourceType"
    assert "not a FHIR R4 resource type" in rej.detail and "Zebulon" not in rej.detail


def test_a_leap_second_is_a_time() -> None:
    """Session 31: "23:59:60Z" passed the model and was then refused as missing_time."""
    from processors.fhir.times import parse_fhir_time

    assert parse_fhir_time("2016-12-31T23:59:60Z") == datetime(2017, 1, 1, tzinfo=UTC)
    res = {**_OBS, "effectiveDateTime": "2016-12-31T23:59:60Z"}
    result = ingest_message(orjson.dumps(res), received_at=RECEIVED, source="t", deid=CFG)
    assert result.rejections == () and [e.time for e in result.events] == [datetime(2017, 1, 1, tzinfo=UTC)]


def test_bytes_that_are_no_utf8_are_placed_where_they_are() -> None:
    """Session 31: every invalid_json said "at line 1 column 1 ... or a number out of range"."""
    (rej,) = _decoded(b'{\n  "resourceType": "Patient",\n  "name": [{"family": "Quack\xffenbush"}]\n}\n')
    assert isinstance(rej, Rejection) and rej.reason == ReasonCode.INVALID_JSON
    assert rej.detail.startswith("not UTF-8 text at line 3 column 29") and "Quack" not in rej.detail
    (trailing,) = _decoded(b'{"resourceType": "Patient",}')
    assert isinstance(trailing, Rejection) and "trailing comma" in trailing.detail
    assert "number out of range" not in trailing.detail


def test_an_unknown_charset_is_named_as_the_fault_not_the_base64() -> None:
    """Session 31: valid base64 with charset=nonsense-9 was told its data was not base64 of text."""
    result = ingest_message(orjson.dumps(_doc("text/plain; charset=nonsense-9", b"Pt drowsy")), received_at=RECEIVED,
                            source="t", deid=CFG)
    (rej,) = result.rejections
    assert rej.reason == ReasonCode.FHIR_VALIDATION_FAILED and rej.path == "content[0].attachment.contentType"
    assert "not a known text encoding" in rej.detail


def test_a_pretty_printed_document_opening_on_its_first_line_is_still_one_rejection() -> None:
    raw = b'{"resourceType": "Bundle", "type": "batch",\n  "entry": [\n    {"resource": {"resourceType": "Patient",}}\n  ],\n  "x": []\n}\n'
    (rej,) = _decoded(raw)
    assert isinstance(rej, Rejection) and rej.reason == ReasonCode.INVALID_JSON and rej.path == ""
    assert "at line 1 column" in rej.detail or "at line 3 column" in rej.detail


def test_ndjson_whose_every_line_is_broken_is_one_rejection_and_one_good_line_keeps_the_split() -> None:
    (rej,) = _decoded(b'{"a": 1,}\n{"b" 2}\n')
    assert isinstance(rej, Rejection) and rej.path == ""
    good, bad = _decoded(b'{"resourceType": "Patient"}\n{"b" 2}\n')
    assert isinstance(good, Document) and isinstance(bad, Rejection) and bad.path == "line 2"


def test_a_bundle_entry_without_a_resource_is_said_not_skipped() -> None:
    """Session 31 (second ingest tester): a transaction's DELETE entry had no verdict at all."""
    from processors.fhir.ingest import ingest_outcomes

    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
        {"request": {"method": "DELETE", "url": "Observation/o1"}}, {"resource": PATIENT}]}
    outcomes, _ = ingest_outcomes(orjson.dumps(bundle), received_at=RECEIVED, source="t", deid=CFG)
    first = outcomes[0]
    assert (first.path, first.verdict) == ("entry[0]", "ignored") and "a DELETE request" in first.note
    assert [o.verdict for o in outcomes] == ["ignored", "accepted"]
