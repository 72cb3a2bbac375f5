"""`deid resource` after the session-16 privacy tester: markup (HTML / XML / RTF attachments,
narrative) is read as its text, so a name split by inline tags or written as character
references is scrubbed; character references in free text are decoded first; conditional URLs
lose their search parameters; an answer's web address is scrubbed; safe-harbor drops a
Location's coordinates; a text attachment over 1 MB is refused; a labelled SSN with dots or
spaces is an SSN."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from processors.deid import DeidConfig, deid_resource, scrub_text
from processors.deid.markup import decode_references, markup_text
from processors.deid.resource_doc import deid_file

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
PROFILES = [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")]
PLANTED = ("Zebulon", "Quackenbush", "078-05-1120", "0780", "555-0199")
HTML = ("<html><head><title>x</title><script>var n='Zebulon Quackenbush';</script></head><body>"
        "<p>&#90;&#101;&#98;&#117;&#108;&#111;&#110; Q&#117;ackenbush</p><p>Mr Zeb<b>ulon</b> Quack<i>en</i>bush</p>"
        "<p>SSN 078&#45;05&#45;1120</p><p>Tel (617)&nbsp;555&#8209;0199</p><p>K 6.1 mmol/L</p></body></html>")
SUBJ = {"reference": "Patient/p1"}


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _texts(value: Any) -> str:
    """Every string of ``value``, attachment data decoded."""
    if isinstance(value, dict):
        return " ".join(_b64decode(v) if k == "data" else _texts(v) for k, v in value.items())
    if isinstance(value, list):
        return " ".join(_texts(v) for v in value)
    return value if isinstance(value, str) else ""


def _b64decode(v: Any) -> str:
    return base64.b64decode(v).decode("utf-8") if isinstance(v, str) else ""


def _no_planted(out: Any) -> None:
    text = _texts(out)
    digits = "".join(c for c in text if c.isdigit())
    for p in PLANTED:
        assert p not in text, p
    assert "078051120" not in digits


def test_markup_text_reads_what_a_browser_shows() -> None:
    assert markup_text("<p>Zeb<b>ulon</b> Q&#117;ack<i>en</i>bush</p><br>078&#45;05&#8209;1120").split() == [
        "Zebulon", "Quackenbush", "078-05-1120"]
    assert "secret" not in markup_text("<script>var secret=1</script><!-- secret --><style>.secret{}</style>ok")
    assert markup_text(r"{\rtf1 {\b Zebulon} Quack\'65nbush}").split() == ["Zebulon", "Quackenbush"]
    assert decode_references("AT&T 3 < 5") == "AT&T 3 < 5"  # no reference: unchanged
    assert decode_references("&#90;ebulon &amp; co") == "Zebulon & co"


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("ctype", ["text/html", "text/html; charset=utf-8", "text/xml", "application/xhtml+xml"])
def test_a_markup_attachment_comes_out_as_its_scrubbed_text(cfg: DeidConfig, ctype: str) -> None:
    doc = {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": SUBJ,
           "content": [{"attachment": {"contentType": ctype, "data": _b64(HTML)}}]}
    out = deid_resource(doc, cfg)
    att = out["content"][0]["attachment"]
    assert att["contentType"] == "text/plain; charset=utf-8"
    assert "K 6.1 mmol/L" in _b64decode(att["data"])
    _no_planted(out)


@pytest.mark.parametrize("cfg", PROFILES)
def test_a_declared_charset_is_read_and_rewritten_as_utf8(cfg: DeidConfig) -> None:
    data = base64.b64encode("Seen by Dr Zebulon Quackenbush, café.".encode("latin-1")).decode()
    doc = {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": SUBJ,
           "content": [{"attachment": {"contentType": "text/plain; charset=ISO-8859-1", "data": data}}]}
    att = deid_resource(doc, cfg)["content"][0]["attachment"]
    assert att["contentType"] == "text/plain; charset=utf-8"
    assert _b64decode(att["data"]).endswith("café.")
    _no_planted(att)


@pytest.mark.parametrize("cfg", PROFILES)
def test_narrative_and_free_text_with_tags_and_references(cfg: DeidConfig) -> None:
    obs = {"resourceType": "Observation", "id": "o1", "status": "final", "code": {"text": "note"}, "subject": SUBJ,
           "text": {"status": "generated",
                    "div": '<div xmlns="http://www.w3.org/1999/xhtml">Mr Zeb<b>ulon</b> Quack<i>en</i>bush, '
                           "SSN 078-<span>05</span>-1120</div>"},
           "valueString": "Mr &#90;ebulon &#81;uackenbush, SSN &#48;78-05-1120"}
    _no_planted(deid_resource(obs, cfg))


@pytest.mark.parametrize("cfg", PROFILES)
def test_conditional_urls_lose_their_search_parameters(cfg: DeidConfig) -> None:
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
        {"request": {"method": "DELETE", "url": "Observation?subject.identifier=QX-99381-ZZ&patient.birthdate=1931-03-14"}},
        {"fullUrl": "urn:uuid:3f1c2a52-8f5e-4d7b-9d55-0f6f6a1a2b3c",
         "resource": {"resourceType": "Observation", "status": "final", "code": {"text": "x"}, "subject": SUBJ},
         "request": {"method": "PUT", "url": "Observation?patient.name=Zebulon%20Quackenbush"}},
    ]}
    result = deid_file(json.dumps(bundle).encode(), cfg)
    assert not result.problems
    urls = [e["request"]["url"] for e in result.documents[0]["entry"]]
    assert urls == ["Observation", "Observation"]


def test_safe_harbor_drops_coordinates_and_scrubs_an_answers_web_address() -> None:
    loc = {"resourceType": "Location", "id": "home", "name": "home", "position": {"longitude": -71.09, "latitude": 42.36}}
    assert "position" not in deid_resource(loc, SAFE)
    qr = {"resourceType": "QuestionnaireResponse", "id": "q", "status": "completed", "subject": SUBJ,
          "item": [{"linkId": "web", "answer": [{"valueUri": "http://zebulon-quackenbush.example.org"}]}]}
    for cfg in (LIVE, SAFE):
        assert "quackenbush" not in json.dumps(deid_resource(qr, cfg)).lower()


def test_a_text_attachment_over_1_mb_is_message_too_large() -> None:
    doc = {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": SUBJ,
           "content": [{"attachment": {"contentType": "text/plain", "data": _b64("K 6.1 " * 190_000)}}]}
    result = deid_file(json.dumps(doc).encode(), LIVE)
    assert result.documents == ()
    assert [(p.reason.value, p.path) for p in result.problems] == [("message_too_large", "content[0].attachment.data")]


@pytest.mark.parametrize("text", ["ssn: 078.05.1120 on file", "Social 078 05 1120.", "SSN # 078 05 1120"])
def test_a_labelled_ssn_with_dots_or_spaces(text: str) -> None:
    assert "1120" not in scrub_text(text, frozenset(), LIVE)
