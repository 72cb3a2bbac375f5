"""deploy/docker-compose.yml and deploy/prometheus: the compose spec schema (vendored in
check-jsonschema, read from the installed package: nothing is downloaded), loopback-only
ports, two workers in one group, Prometheus under a profile, rules that name the runbook."""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from streams.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
WORKERS = sorted(name for name in SERVICES if name.startswith("worker"))
INTERPOLATION = re.compile(r"\$\{(\w+)(?::?[-?+][^}]*)?\}")


def compose_schema() -> dict[str, Any]:
    vendor = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    return json.loads(vendor.joinpath("compose-spec.json").read_text())


def non_loopback_ports(services: dict[str, Any]) -> list[str]:
    """Published ports not bound to 127.0.0.1 (short syntax "IP:HOST:CONTAINER" or long syntax)."""
    bad = []
    for name, svc in services.items():
        for port in svc.get("ports", []):
            if isinstance(port, dict):
                ok = port.get("host_ip") == "127.0.0.1"
            else:
                ok = str(port).startswith("127.0.0.1:") and str(port).count(":") == 2
            if not ok:
                bad.append(f"{name}: {port}")
    return bad


def test_compose_validates_against_the_compose_spec() -> None:
    validator = jsonschema.Draft7Validator(compose_schema())
    assert [e.message for e in validator.iter_errors(COMPOSE)] == []


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda c: c["services"]["redis"].update(prots=["1:1"]), id="unknown-key"),
        pytest.param(lambda c: c["services"]["worker-1"].update(depends_on=5), id="wrong-type"),
        pytest.param(lambda c: c.update(servics={}), id="top-level-typo"),
    ],
)
def test_compose_schema_rejects_broken_files(mutate: Any) -> None:
    broken = json.loads(json.dumps(COMPOSE))
    mutate(broken)
    assert list(jsonschema.Draft7Validator(compose_schema()).iter_errors(broken))


def test_every_published_port_is_loopback() -> None:
    assert non_loopback_ports(SERVICES) == []
    assert any(svc.get("ports") for svc in SERVICES.values())


@pytest.mark.parametrize(
    "ports, bad",
    [
        pytest.param(["127.0.0.1:9092:9092"], False, id="loopback"),
        pytest.param(["9092:9092"], True, id="all-interfaces"),
        pytest.param(["9092"], True, id="container-only-random-host-port"),
        pytest.param(["0.0.0.0:9092:9092"], True, id="explicit-any"),
        pytest.param([{"target": 9092, "published": 9092, "host_ip": "127.0.0.1"}], False, id="long-loopback"),
        pytest.param([{"target": 9092, "published": 9092}], True, id="long-any"),
    ],
)
def test_non_loopback_ports(ports: list[Any], bad: bool) -> None:
    assert bool(non_loopback_ports({"svc": {"ports": ports}})) is bad


def test_images_and_profiles() -> None:
    assert SERVICES["kafka"]["image"] == "apache/kafka:4.1.1"
    assert SERVICES["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert SERVICES["redis"]["image"] == "redis:7"
    assert SERVICES["prometheus"]["profiles"] == ["metrics"]
    assert all("profiles" not in SERVICES[name] for name in ("kafka", "redis", *WORKERS))


def test_two_workers_in_one_consumer_group() -> None:
    assert len(WORKERS) == 2
    envs = [SERVICES[w]["environment"] for w in WORKERS]
    assert {e["WARDWATCH_KAFKA__GROUP_ID"] for e in envs} == {"wardwatch"}
    assert len({e["WARDWATCH_KAFKA__CLIENT_ID"] for e in envs}) == 2
    for w in WORKERS:
        svc = SERVICES[w]
        assert svc["build"]["dockerfile"] == "deploy/docker/Dockerfile"
        assert (DEPLOY / svc["build"]["context"] / svc["build"]["dockerfile"]).is_file()
        assert svc["read_only"] is True
        assert svc["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_worker_env_names_settings_and_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in [k for k in os.environ if k.startswith("WARDWATCH_")]:
        monkeypatch.delenv(key)  # only the compose file's environment counts here (CI sets some)
    env = SERVICES[WORKERS[0]]["environment"]
    for key, value in env.items():
        assert key.startswith("WARDWATCH_"), key
        monkeypatch.setenv(key, INTERPOLATION.sub("test-only", str(value)))
    s = Settings()
    assert s.kafka.bootstrap == "kafka:19092"
    assert s.redis.url == "redis://redis:6379/0"
    assert s.deid.pseudonym_key.get_secret_value() == "test-only"
    assert set(s.model_fields_set) >= {"env", "kafka", "redis", "deid", "metrics"}


def test_secrets_are_interpolated_and_required_not_literal() -> None:
    for w in WORKERS:
        value = SERVICES[w]["environment"]["WARDWATCH_DEID__PSEUDONYM_KEY"]
        assert re.fullmatch(r"\$\{WARDWATCH_DEID__PSEUDONYM_KEY:\?[^}]+\}", value), value


def test_prometheus_scrapes_each_worker_metrics_port() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    targets = [t for job in config["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]]
    assert sorted(targets) == sorted(f"{w}:9108" for w in WORKERS)
    mounts = SERVICES["prometheus"]["volumes"]
    for mount in mounts:
        assert (DEPLOY / mount.split(":")[0]).is_file(), mount
    assert any(m.endswith(":/etc/prometheus/prometheus.yml:ro") for m in mounts)


def _anchors(markdown: str) -> set[str]:
    heads = (line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#"))
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in heads}


def test_prometheus_rules_use_real_metrics_and_link_the_runbook() -> None:
    from models import metrics as model_metrics
    from streams import metrics

    names = {getattr(mod, n)._name for mod in (metrics, model_metrics) for n in mod.__all__}
    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())
    anchors = _anchors((REPO / "docs" / "operations.md").read_text())
    all_rules = [r for g in rules["groups"] for r in g["rules"]]
    assert all_rules
    for rule in all_rules:
        used = set(re.findall(r"\bwardwatch_\w+", rule["expr"]))
        used = {re.sub(r"_(bucket|sum|count|total)$", "", u) for u in used}
        assert used <= names | {"wardwatch"}, rule["alert"]
        assert rule["annotations"]["runbook"].split("#")[1] in anchors, rule["alert"]
