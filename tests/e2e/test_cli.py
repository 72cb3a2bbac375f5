"""End to end through the `wardwatch` CLI, as an integration engineer or a ward system would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest

from tests.datafiles import REPO_ROOT, synthea_files

pytestmark = pytest.mark.e2e


def wardwatch(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "WARDWATCH_LOGGING__FORMAT": "json", **(env or {})}
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=REPO_ROOT, env=full_env,
                          input=stdin, capture_output=True, timeout=timeout, check=False)


def test_validate_accepts_synthea_and_explains_rejections(tmp_path: Path):
    ok = wardwatch("validate", str(synthea_files()[0]))
    assert ok.returncode == 0, ok.stdout.decode()[-2000:]
    bad = tmp_path / "bad.ndjson"
    bad.write_text(
        '{"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},'
        ' "effectiveDateTime": "2026-01-01T10:00:00Z", "valueQuantity": {"value": 80, "code": "/min", "system": "http://unitsofmeasure.org"}}\n'
        '{not json}\n'
        '{"hello": "world"}\n'
    )
    res = wardwatch("validate", str(bad))
    out = res.stdout.decode()
    assert res.returncode == 1
    for code in ("missing_subject", "invalid_json", "not_fhir"):
        assert code in out, out


def test_replay_writes_valid_alert_v1_ndjson(tmp_path: Path):
    feed = tmp_path / "feed.ndjson"
    assert wardwatch("sample-feed", "--out", str(feed)).returncode == 0
    out, report = tmp_path / "alerts.ndjson", tmp_path / "report.html"
    res = wardwatch("replay", str(feed), "--out", str(out), "--report", str(report),
                    env={"WARDWATCH_MODEL__ENABLED": "false"})
    assert res.returncode == 0, res.stderr.decode()[-2000:]
    schema = json.loads((REPO_ROOT / "schemas" / "jsonschema" / "alert.v1.json").read_text())
    alerts = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    rules = {a["rule"]["id"] for a in alerts}
    assert {"med.hyperkalemia_raas", "news2.emergency", "med.warfarin_nsaid"} <= rules, rules
    for a in alerts:
        jsonschema.validate(a, schema)
    html = report.read_text()
    assert "Alert burden" in html
    raised = sum(1 for a in alerts if a["rule"]["id"] == "med.warfarin_nsaid" and a["event"] == "raised")
    # each rule's row gives raw counts (a rate alone read 0.00 over a long feed)
    assert f"<tr><td>med.warfarin_nsaid</td><td>{raised}</td>" in html
    again = tmp_path / "again.ndjson"
    wardwatch("replay", str(feed), "--out", str(again), env={"WARDWATCH_MODEL__ENABLED": "false"})
    assert again.read_bytes() == out.read_bytes(), "replay is deterministic"


def test_replay_without_alerts_still_writes_the_file(tmp_path: Path):
    out = tmp_path / "none.ndjson"
    res = wardwatch("replay", str(synthea_files()[0]), "--out", str(out), env={"WARDWATCH_MODEL__ENABLED": "false"})
    assert res.returncode == 0 and out.exists()


def test_replay_with_a_missing_input_still_writes_the_file(tmp_path: Path):
    out = tmp_path / "partial.ndjson"
    missing = tmp_path / "does-not-exist.json"
    res = wardwatch("replay", str(synthea_files()[0]), str(missing), str(tmp_path), "--out", str(out),
                    env={"WARDWATCH_MODEL__ENABLED": "false"})
    assert res.returncode == 1 and out.exists()
    err = res.stderr.decode()
    assert f"{missing} does not exist" in err and f"{tmp_path} is a directory" in err
    assert "Traceback" not in err


def test_deid_text_jsonl(tmp_path: Path):
    lines = b'{"id": "n1", "text": "Mr John Smith (MRN 12345678) called 617-555-0100; K 5.9, on lisinopril 10 mg."}\n'
    res = wardwatch("deid", "text", stdin=lines)
    assert res.returncode == 0, res.stderr.decode()
    row = orjson.loads(res.stdout.splitlines()[0])
    assert row["id"] == "n1"
    assert "Smith" not in row["text"] and "617-555-0100" not in row["text"] and "12345678" not in row["text"]
    assert "lisinopril 10 mg" in row["text"] and "5.9" in row["text"]


@pytest.mark.integration
def test_publish_worker_tail_on_the_real_stack(stack, tmp_path: Path):
    from tests.integration.workers import isolated_env, running_worker

    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url)
    feed = tmp_path / "feed.ndjson"
    assert wardwatch("sample-feed", "--out", str(feed)).returncode == 0
    with running_worker(iso, tmp_path / "worker.log"):
        pub = wardwatch("publish", str(feed), env=iso.env)
        assert pub.returncode == 0, pub.stderr.decode()[-2000:]
        n_lines = len(feed.read_bytes().splitlines())
        assert f"published {n_lines} message(s)".encode() in pub.stdout
        assert pub.stderr.strip() == b"", pub.stderr[-500:]  # no progress bar when stderr is a file
        tail = wardwatch("tail", "alerts", "--from-beginning", "--max", "3", "--idle-timeout", "60", env=iso.env)
    text = tail.stdout.decode()
    assert tail.returncode == 0
    assert text.count("alert_id") == 3, text
    assert "RAISED" in text


def _alert_latency_count(body: str) -> float:
    marker = "wardwatch_event_to_alert_seconds_count "
    return float(body.split(marker)[1].split()[0]) if marker in body else 0.0


@pytest.mark.integration
def test_metrics_and_health_on_the_real_stack(stack, tmp_path: Path):
    import socket
    import time
    import urllib.request

    from tests.integration.workers import isolated_env, running_worker

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = str(sock.getsockname()[1])
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url, WARDWATCH_METRICS__ENABLED="true",
                       WARDWATCH_METRICS__PORT=port)
    feed = tmp_path / "feed.ndjson"
    wardwatch("sample-feed", "--out", str(feed))
    with running_worker(iso, tmp_path / "worker.log"):
        assert wardwatch("publish", str(feed), env=iso.env).returncode == 0
        inbound = 'wardwatch_messages_in_total{topic="' + iso.settings.topics.inbound + '"} 200.0'
        emergency = 'wardwatch_alerts_total{event="raised",rule="news2.emergency",severity="high"}'
        # Wait for the lines asserted below, not for a count of alerts: the feed's patients sit on
        # different partitions, so the emergency alert may be the sixth or the tenth to be raised.
        deadline = time.monotonic() + 90
        body = ""
        while time.monotonic() < deadline:
            body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3).read().decode()
            if (inbound in body and emergency in body and "wardwatch_consumer_lag_messages{" in body
                    and _alert_latency_count(body) >= 5):
                break
            time.sleep(1)
        healthy = wardwatch("health", env=iso.env)
    assert inbound in body
    assert emergency in body
    assert _alert_latency_count(body) >= 5
    assert "wardwatch_consumer_lag_messages{" in body
    assert healthy.returncode == 0, healthy.stdout.decode()
    assert b"worker  OK" in healthy.stdout
    broken = wardwatch("health", env={**iso.env, "WARDWATCH_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert broken.returncode == 1 and b"redis   FAIL" in broken.stdout
