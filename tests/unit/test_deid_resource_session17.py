"""`deid resource` after the session-16 privacy review's leftovers: an age sent as a bare number
("Age" 30525-0 valueInteger 97, a questionnaire answer "Age: 97") or in months is capped in
safe-harbor; a questionnaire answer labelled ZIP becomes its ZIP3 (safe-harbor) or ``[ZIP]``; a text
attachment with no declared charset that is not UTF-8 (Windows-1252, UTF-16 with a byte-order mark)
is read, scrubbed and kept, and one that cannot be read as text (UTF-16 without a mark) is removed."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from processors.deid import DeidConfig, deid_resource

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
SUBJ = {"reference": "Patient/p1"}
LOINC = "http://loinc.org"


def _age_obs(**value: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "o1", "status": "final", "subject": SUBJ,
            "code": {"coding": [{"system": LOINC, "code": "30525-0", "display": "Age"}]}, **value}


@pytest.mark.parametrize(("value", "want"), [
    pytest.param({"valueInteger": 97}, {"valueInteger": 90}, id="integer-97"),
    pytest.param({"valueInteger": 89}, {"valueInteger": 89}, id="integer-89-kept"),
    pytest.param({"valueQuantity": {"value": 1165, "unit": "months", "system": "http://unitsofmeasure.org",
                                    "code": "mo"}},
                 {"valueQuantity": {"value": 90, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}},
                 id="months-1165"),
    pytest.param({"valueQuantity": {"value": 1070, "unit": "months", "system": "http://unitsofmeasure.org",
                                    "code": "mo"}},
                 {"valueQuantity": {"value": 1070, "unit": "months", "system": "http://unitsofmeasure.org",
                                    "code": "mo"}},
                 id="months-1070-is-89-kept"),
    pytest.param({"valueQuantity": {"value": 97, "unit": "years", "system": "http://unitsofmeasure.org",
                                    "code": "a"}},
                 {"valueQuantity": {"value": 90, "unit": "years", "system": "http://unitsofmeasure.org",
                                    "code": "a"}},
                 id="years-97"),
])
def test_an_age_observation_over_89_is_capped_in_safe_harbor(value: dict[str, Any], want: dict[str, Any]) -> None:
    out = deid_resource(_age_obs(**value), SAFE)
    assert {k: v for k, v in out.items() if k.startswith("value")} == want
    live = deid_resource(_age_obs(**value), LIVE)  # live keeps ages (a limited data set)
    assert {k: v for k, v in live.items() if k.startswith("value")} == value


def test_an_age_component_by_its_text_is_capped() -> None:
    obs = {"resourceType": "Observation", "id": "o2", "status": "final", "subject": SUBJ,
           "code": {"text": "Demographics"},
           "component": [{"code": {"text": "Age at admission"}, "valueInteger": 101},
                         {"code": {"text": "Heart rate"}, "valueInteger": 101}]}
    out = deid_resource(obs, SAFE)
    assert [c["valueInteger"] for c in out["component"]] == [90, 101]  # a heart rate is no age


def _qr(*items: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "QuestionnaireResponse", "id": "q1", "status": "completed", "subject": SUBJ,
            "item": list(items)}


def test_questionnaire_answers_labelled_age_and_zip() -> None:
    qr = _qr({"linkId": "age", "text": "Age", "answer": [{"valueInteger": 97}]},
             {"linkId": "age-months", "text": "Age in months", "answer": [{"valueInteger": 1100}]},
             {"linkId": "pain", "text": "Pain score", "answer": [{"valueInteger": 97}]},
             {"linkId": "zip", "text": "ZIP", "answer": [{"valueString": "02139"}]},
             {"linkId": "pc", "text": "Postcode", "answer": [{"valueString": "SW1A 1AA"}]},
             {"linkId": "zip2", "text": "Zip code", "answer": [{"valueString": "03601"}]})
    safe = deid_resource(qr, SAFE)
    answers = [i["answer"][0] for i in safe["item"]]
    assert answers == [{"valueInteger": 90}, {"valueInteger": 1080}, {"valueInteger": 97},
                       {"valueString": "021"}, {"valueString": "[ZIP]"}, {"valueString": "000"}]  # 036: restricted
    live = deid_resource(qr, LIVE)
    assert [i["answer"][0] for i in live["item"]][3:] == [{"valueString": "[ZIP]"}] * 3


def _doc(ctype: str, raw: bytes) -> dict[str, Any]:
    return {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": SUBJ,
            "content": [{"attachment": {"contentType": ctype, "data": base64.b64encode(raw).decode()}}]}


NOTE = "Seen by Dr Zebulon Quackenbush, température 38,5 °C, K 6.1 mmol/L."


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
@pytest.mark.parametrize("raw", [pytest.param(NOTE.encode("latin-1"), id="windows-1252"),
                                 pytest.param(NOTE.encode("utf-16"), id="utf-16-bom")])
def test_an_undeclared_legacy_text_attachment_is_scrubbed_and_kept(cfg: DeidConfig, raw: bytes) -> None:
    att = deid_resource(_doc("text/plain", raw), cfg)["content"][0]["attachment"]
    assert att["contentType"] == "text/plain; charset=utf-8"
    text = base64.b64decode(att["data"]).decode("utf-8")
    assert "température 38,5 °C" in text and "K 6.1 mmol/L" in text
    assert "Zebulon" not in text and "Quackenbush" not in text


def test_utf16_without_a_byte_order_mark_is_removed_not_misread() -> None:
    att = deid_resource(_doc("text/plain", NOTE.encode("utf-16-le")), SAFE)["content"][0]["attachment"]
    assert "data" not in att


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_a_contained_patients_local_reference_from_a_sibling_is_resolved(cfg: DeidConfig) -> None:
    obs = {"resourceType": "Observation", "id": "o3", "status": "final",
           "contained": [{"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "http://h.example.org/mrn", "value": "QX-99381-ZZ"}],
                          "name": [{"family": "Quackenbush", "given": ["Zebulon"]}]},
                         {"resourceType": "RelatedPerson", "id": "rp1", "patient": {"reference": "#p1"},
                          "name": [{"text": "Philomena Quackenbush"}]}],
           "code": {"text": "RR"}, "subject": {"reference": "#p1"}, "effectiveDateTime": "2024-03-12T11:00:00Z",
           "performer": [{"reference": "#rp1"}], "valueQuantity": {"value": 18, "code": "/min"}}
    out = deid_resource(obs, cfg)
    (rp,) = out["contained"]
    assert rp["patient"] == out["subject"]
    assert out["subject"]["reference"].startswith("Patient/") and "#" not in out["subject"]["reference"]
    assert "Quackenbush" not in str(out) and "QX-99381" not in str(out)
