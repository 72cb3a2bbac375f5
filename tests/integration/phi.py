"""Planted and real PHI values, and searching every place downstream of de-identification."""

from __future__ import annotations

import base64
import re
from typing import Any

import orjson
import redis

__all__ = ["PLANTED", "find_leaks", "planted_resources", "redis_dump", "synthea_phi"]

PLANTED = {
    "given": "Zebulon",
    "family": "Quillfeather",
    "mrn": "MRN-7734-2291",
    "ssn": "321-54-9876",
    "phone": "617-555-0199",
    "email": "zquill@example.net",
    "street": "42 Wallaby Way",
    "city": "Pumpernickel Falls",
    "zip": "02139",
    "birth": "1941-06-03",
    "note_date": "June 3, 1941",
}


def planted_resources(pid: str, t_iso: str, t2_iso: str) -> list[dict[str, Any]]:
    p = PLANTED
    note = (f"Pt {p['given']} {p['family']} (MRN {p['mrn']}, SSN {p['ssn']}) seen on ward; DOB {p['note_date']}. "
            f"Daughter called from {p['phone']}, email {p['email']}, lives at {p['street']}, {p['city']} {p['zip']}. "
            "Denies chest pain. BP 84/50, HR 128, RR 26, SpO2 89% on air.")
    vitals = [("9279-1", 26, "/min"), ("59408-5", 89, "%"), ("8867-4", 128, "/min"), ("8310-5", 39.4, "Cel"), ("8480-6", 84, "mm[Hg]")]
    out: list[dict[str, Any]] = [{
        "resourceType": "Patient", "id": pid,
        "identifier": [
            {"system": "urn:oid:1.2.36.146.595.217.0.1", "value": p["mrn"],
             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}},
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": p["ssn"]},
        ],
        "name": [{"family": p["family"], "given": [p["given"]]}],
        "telecom": [{"system": "phone", "value": p["phone"]}, {"system": "email", "value": p["email"]}],
        "gender": "male", "birthDate": p["birth"],
        "address": [{"line": [p["street"]], "city": p["city"], "postalCode": p["zip"]}],
    }]
    for i, (code, value, unit) in enumerate(vitals):
        for j, t in enumerate((t_iso, t2_iso)):
            out.append({
                "resourceType": "Observation", "id": f"{pid}-v{i}-{j}", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                "subject": {"reference": f"Patient/{pid}", "display": f"{p['given']} {p['family']}"},
                "effectiveDateTime": t,
                "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit},
                "note": [{"text": f"taken by nurse; patient {p['family']} phone {p['phone']}"}],
            })
    out.append({
        "resourceType": "Observation", "id": f"{pid}-note", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "34109-9"}]},
        "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": t2_iso, "valueString": note,
    })
    out.append({
        "resourceType": "DocumentReference", "id": f"{pid}-doc", "status": "current",
        "subject": {"reference": f"Patient/{pid}"}, "date": t2_iso,
        "content": [{"attachment": {"contentType": "text/plain",
                                    "data": base64.b64encode(note.encode()).decode()}}],
    })
    return out


def synthea_phi(bundle: dict[str, Any]) -> set[str]:
    """Names, identifier values, addresses, phone numbers and birth dates of a Synthea bundle."""
    out: set[str] = set()
    for entry in bundle.get("entry", []):
        res = entry.get("resource", {})
        if res.get("resourceType") != "Patient":
            continue
        for name in res.get("name", []):
            out.update(name.get("given", []))
            out.update(name.get("prefix", []))
            if name.get("family"):
                out.add(name["family"])
        out.update(i["value"] for i in res.get("identifier", []) if i.get("value"))
        out.update(t["value"] for t in res.get("telecom", []) if t.get("value"))
        for addr in res.get("address", []):
            out.update(addr.get("line", []))
            if addr.get("city"):
                out.add(addr["city"])
            if addr.get("postalCode"):
                out.add(addr["postalCode"])
        if res.get("birthDate"):
            out.add(res["birthDate"])
    return {s for s in out if len(s) >= 4 and not s.endswith(".")}


def redis_dump(url: str, pattern: str = "ww:*") -> str:
    """Every matching key and its value as one searchable string."""
    client = redis.Redis.from_url(url)
    parts: list[str] = []
    for key in client.scan_iter(match=pattern, count=1000):
        kind = client.type(key).decode()
        if kind == "string":
            value: Any = client.get(key)
        elif kind == "hash":
            value = client.hgetall(key)
        elif kind == "zset":
            value = client.zrange(key, 0, -1, withscores=True)
        elif kind == "set":
            value = client.smembers(key)
        elif kind == "list":
            value = client.lrange(key, 0, -1)
        else:
            value = b""
        parts.append(key.decode("utf-8", "replace"))
        parts.append(repr(value))
    client.close()
    return "\n".join(parts)


_ISO_TS = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def find_leaks(haystack: str, needles: set[str]) -> list[str]:
    """Needles found in the haystack (case-insensitive). Birth dates are searched outside timestamps."""
    no_ts = _ISO_TS.sub("<ts>", haystack)
    leaks = []
    for n in needles:
        target = no_ts if re.fullmatch(r"\d{4}-\d{2}-\d{2}", n) else haystack
        pattern = r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])"
        if re.search(pattern, target, re.IGNORECASE):
            leaks.append(n)
    return sorted(leaks)


def jsonl(values: list[bytes | None]) -> str:
    return "\n".join((v or b"").decode("utf-8", "replace") for v in values) + "\n" + "\n".join(
        orjson.dumps(orjson.loads(v)).decode() for v in values if v
    )
