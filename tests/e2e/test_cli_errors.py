"""Bad input through the real `wardwatch` process: a clear PHI-free error, the documented exit
code, never a traceback (DESIGN 10). The Kafka cases run against the local stack only when it is
up (`wardwatch dev status`), or the CI stack (WARDWATCH_KAFKA_BOOTSTRAP)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.datafiles import REPO_ROOT
from tests.ports import free_port

pytestmark = pytest.mark.e2e

PLANTED = "ZebulonQuartermaine"
GOOD_OBS = {"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-01-01T10:00:00Z",
            "valueQuantity": {"value": 80, "code": "/min", "system": "http://unitsofmeasure.org"}}


def wardwatch(*args: str, env: dict[str, str] | None = None, stdin: str = "",
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "WARDWATCH_LOGGING__FORMAT": "json", **(env or {})}
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=REPO_ROOT, env=full_env,
                          input=stdin, capture_output=True, text=True, timeout=timeout, check=False)


def check(res: subprocess.CompletedProcess[str], code: int, *planted: str) -> None:
    assert res.returncode == code, (res.stdout[-1500:], res.stderr[-1500:])
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    for value in planted:
        assert value not in res.stdout and value not in res.stderr


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "unsupported.json").write_text(json.dumps({"resourceType": PLANTED, "id": "x"}))
    bad_hr = {**GOOD_OBS, "valueQuantity": {**GOOD_OBS["valueQuantity"], "value": 900}}
    (tmp_path / "blank.ndjson").write_text(
        f"{json.dumps(GOOD_OBS)}\n\n{{\"resourceType\": \"Obs {PLANTED}\n{json.dumps(bad_hr)}\n")
    (tmp_path / "notes.jsonl").write_text(
        f'{{"id": 13, "text": "chest pain"}}\nnot json {PLANTED}\n{{"id": "{PLANTED}"}}\n')
    (tmp_path / "outdir").mkdir()
    return tmp_path


@pytest.mark.parametrize(("args", "env", "code", "expected"), [
    pytest.param(["validate", "{d}/unsupported.json"], {}, 1, ["(unsupported)", "unsupported_resource"],
                 id="validate-unsupported-type"),
    pytest.param(["validate", "{d}/blank.ndjson"], {}, 1,
                 ["line 3  [invalid_json]", "line 4.valueQuantity.value  [value_out_of_range]"],
                 id="validate-ndjson-real-line-numbers"),
    pytest.param(["model", "predict", "{d}/notes.jsonl", "--model", "{d}/nomodel"], {}, 2,
                 ["model_not_found", "line 2: skipped, not JSON", 'line 3: skipped, no "text"'],
                 id="predict-missing-model"),
    pytest.param(["reid", "k1.AAAA"], {"WARDWATCH_DEID__REID_KEY": f"not!{PLANTED}"}, 2,
                 ["settings error: WARDWATCH_DEID__REID_KEY"], id="reid-bad-key"),
    pytest.param(["validate", "{d}/unsupported.json"], {"WARDWATCH_DEID__REID_KEY": f"x{PLANTED}"}, 2,
                 ["WARDWATCH_DEID__REID_KEY"], id="bad-key-fails-every-command"),
    pytest.param(["replay", "{d}/blank.ndjson", "--out", "{d}/outdir"], {}, 2,
                 ["is a directory"], id="replay-out-is-a-directory"),
    pytest.param(["bench", f"bench_{PLANTED}"], {}, 2, ["no such bench program", "rules"],
                 id="bench-unknown-name"),
    pytest.param(["tail", "alerts", "--idle-timeout", "1"], {"WARDWATCH_KAFKA__BOOTSTRAP": "{nobroker}"},
                 2, ["cannot reach Kafka at", "wardwatch dev up"], id="tail-unreachable"),
    pytest.param(["publish", "{d}/blank.ndjson"], {"WARDWATCH_KAFKA__BOOTSTRAP": "{nobroker}"},
                 2, ["cannot reach Kafka at", "wardwatch dev up"], id="publish-unreachable"),
])
def test_bad_input_is_a_clear_error(inputs: Path, args: list[str], env: dict[str, str], code: int,
                                    expected: list[str]) -> None:
    nobroker = f"127.0.0.1:{free_port()}"
    args = [a.replace("{d}", str(inputs)) for a in args]
    env = {k: v.replace("{nobroker}", nobroker) for k, v in env.items()}
    if "WARDWATCH_KAFKA__BOOTSTRAP" in env:
        env["WARDWATCH_KAFKA_BOOTSTRAP"] = ""
    res = wardwatch(*args, env=env)
    check(res, code, PLANTED)
    for text in expected:
        assert text in res.stdout + res.stderr


# ---------------------------------------------------------------- against a running stack
@pytest.fixture(scope="module")
def running_kafka() -> str:
    """The CI stack, or the local one when `wardwatch dev status` says it is up (never started here)."""
    bootstrap = os.environ.get("WARDWATCH_KAFKA_BOOTSTRAP")
    if bootstrap:
        return bootstrap
    if wardwatch("dev", "status").returncode != 0:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but no Kafka: set WARDWATCH_KAFKA_BOOTSTRAP")
        pytest.skip("the local stack is not up: start it with `wardwatch dev up`")
    return "127.0.0.1:9092"


@pytest.mark.integration
def test_publish_sends_the_others_and_names_the_limit(running_kafka: str, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"resourceType": "Observation", "note": PLANTED * 400}))
    res = wardwatch("publish", str(big), str(good), "--topic", "wardwatch.test.cli-errors",
                    env={"WARDWATCH_KAFKA_BOOTSTRAP": running_kafka,
                         "WARDWATCH_KAFKA__MAX_MESSAGE_BYTES": "4000"})
    check(res, 1, PLANTED)
    assert "published 1 message(s)" in res.stdout
    assert "message_too_large" in res.stderr and "WARDWATCH_KAFKA__MAX_MESSAGE_BYTES" in res.stderr


@pytest.mark.integration
def test_publish_skips_a_missing_file_and_a_directory_with_one_line_each(running_kafka: str, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    res = wardwatch("publish", str(tmp_path / "nope.json"), str(tmp_path), str(good),
                    "--topic", "wardwatch.test.cli-errors", env={"WARDWATCH_KAFKA_BOOTSTRAP": running_kafka})
    check(res, 2)
    assert res.stdout.splitlines() == ["published 1 message(s) to wardwatch.test.cli-errors; 2 file(s) skipped"]
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and "does not exist" in errors[0] and "is a directory" in errors[1]
    assert "Usage:" not in res.stderr


@pytest.mark.integration
def test_tail_of_a_missing_topic_is_exit_1(running_kafka: str) -> None:
    res = wardwatch("tail", "no.such.topic.wardwatch-test", "--idle-timeout", "1",
                    env={"WARDWATCH_KAFKA_BOOTSTRAP": running_kafka})
    check(res, 1)
    assert "does not exist" in res.stderr
