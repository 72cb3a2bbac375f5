"""deploy/k8s: every manifest parses and validates; security, secrets and wiring are right.

Core kinds are validated by kubernetes-validate (strict: unknown fields fail); the KEDA
CRDs by the JSON Schemas shipped in deploy/k8s/schemas (kubernetes-validate has no CRDs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from pydantic import BaseModel

from streams.settings import Settings

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
K8S_VERSION = "1.33"
CRD_SCHEMAS = {
    ("keda.sh/v1alpha1", "ScaledObject"): K8S / "schemas" / "scaledobject-keda-v1alpha1.json",
    ("keda.sh/v1alpha1", "TriggerAuthentication"): K8S / "schemas" / "triggerauthentication-keda-v1alpha1.json",
}
MANIFESTS = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")
SECRET_SETTINGS = {
    "WARDWATCH_DEID__PSEUDONYM_KEY",
    "WARDWATCH_DEID__REID_KEY",
    "WARDWATCH_KAFKA__SASL_PASSWORD",
    "WARDWATCH_REDIS__PASSWORD",
}


def _docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d is not None]


def _all_docs() -> list[dict[str, Any]]:
    return [d for p in MANIFESTS for d in _docs(p)]


def _one(kind: str) -> dict[str, Any]:
    found = [d for d in _all_docs() if d["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def validate_manifest(doc: dict[str, Any]) -> list[str]:
    """Error messages for one manifest (empty when valid)."""
    schema_file = CRD_SCHEMAS.get((doc.get("apiVersion"), doc.get("kind")))
    if schema_file is not None:
        validator = jsonschema.Draft202012Validator(json.loads(schema_file.read_text()))
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    try:
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    except kubernetes_validate.ValidationError as err:
        return [str(err.message)]
    return []


def unknown_setting_keys(keys: list[str]) -> list[str]:
    """WARDWATCH_ keys that name no Settings field (top-level typos would be ignored silently)."""
    unknown = []
    for key in keys:
        model: Any = Settings
        for part in key.removeprefix("WARDWATCH_").lower().split("__"):
            field = model.model_fields.get(part) if isinstance(model, type) else None
            if field is None:
                unknown.append(key)
                break
            model = field.annotation
            if not (isinstance(model, type) and issubclass(model, BaseModel)):
                model = None
    return unknown


def _container() -> dict[str, Any]:
    containers = _one("Deployment")["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


# ---------------------------------------------------------------- parsing and schemas
def test_manifest_files_present() -> None:
    names = {p.name for p in MANIFESTS}
    assert {"deployment.yaml", "configmap.yaml", "pdb.yaml", "scaledobject.yaml", "service.yaml"} <= names


@pytest.mark.parametrize("path", MANIFESTS, ids=[p.name for p in MANIFESTS])
def test_manifest_validates(path: Path) -> None:
    docs = _docs(path)
    assert docs, f"{path.name} holds no manifest"
    for doc in docs:
        assert validate_manifest(doc) == [], doc["kind"]


@pytest.mark.parametrize("schema_file", sorted(CRD_SCHEMAS.values()), ids=lambda p: p.name)
def test_shipped_crd_schema_is_valid_json_schema(schema_file: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(schema_file.read_text()))


def _broken(kind: str, mutate: Any) -> dict[str, Any]:
    doc = json.loads(json.dumps(_one(kind)))
    mutate(doc)
    return doc


@pytest.mark.parametrize(
    "kind, mutate",
    [
        pytest.param("Deployment", lambda d: d["spec"].update(replica=2), id="deployment-unknown-field"),
        pytest.param("Deployment", lambda d: d["spec"].update(replicas="two"), id="deployment-wrong-type"),
        pytest.param("PodDisruptionBudget", lambda d: d["spec"].update(minAvailible=1), id="pdb-typo"),
        pytest.param("Service", lambda d: d["spec"]["ports"][0].update(port="metrics"), id="service-port-type"),
        pytest.param("ScaledObject", lambda d: d["spec"].pop("triggers"), id="keda-no-triggers"),
        pytest.param("ScaledObject", lambda d: d["spec"].update(maxReplicas=3), id="keda-unknown-field"),
        pytest.param("ScaledObject", lambda d: d["spec"]["triggers"][0]["metadata"].update(lagThreshold=500),
                     id="keda-metadata-not-string"),
        pytest.param("ScaledObject", lambda d: d["spec"]["triggers"][0]["metadata"].update(topics="x"),
                     id="keda-kafka-unknown-key"),
        pytest.param("TriggerAuthentication", lambda d: d["spec"]["secretTargetRef"][0].pop("key"),
                     id="triggerauth-no-key"),
    ],
)
def test_validator_rejects_broken_manifests(kind: str, mutate: Any) -> None:
    assert validate_manifest(_broken(kind, mutate)) != []


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == sorted(p.name for p in MANIFESTS)


# ---------------------------------------------------------------- security
def test_pod_and_container_run_non_root_with_read_only_root() -> None:
    pod = _one("Deployment")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    assert pod["automountServiceAccountToken"] is False
    sc = _container()["securityContext"]
    assert sc["runAsNonRoot"] is True
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"]["drop"] == ["ALL"]


def test_writable_paths_are_volumes() -> None:
    mounts = {m["mountPath"] for m in _container()["volumeMounts"]}
    assert {"/tmp", "/var/lib/wardwatch"} <= mounts


def test_secrets_come_from_secret_refs_only() -> None:
    env = {e["name"]: e for e in _container().get("env", [])}
    assert SECRET_SETTINGS <= set(env)
    for name in SECRET_SETTINGS:
        assert "value" not in env[name], f"{name} is a literal"
        assert "secretKeyRef" in env[name]["valueFrom"], name
    assert not [d for d in _all_docs() if d["kind"] == "Secret"], "no Secret objects with data in the repo"
    config = _one("ConfigMap")["data"]
    assert not SECRET_SETTINGS & set(config)
    assert not [k for k in config if any(w in k for w in ("PASSWORD", "SECRET", "_KEY"))
                and not k.endswith("KEY_ID")]


def test_resources_and_probes_set() -> None:
    c = _container()
    assert {"cpu", "memory"} <= set(c["resources"]["requests"])
    assert "memory" in c["resources"]["limits"]
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert "9108" in " ".join(c[probe]["exec"]["command"]), probe


# ---------------------------------------------------------------- settings and wiring
def test_configmap_keys_are_settings_fields() -> None:
    data = _one("ConfigMap")["data"]
    env_names = [e["name"] for e in _container()["env"]]
    assert unknown_setting_keys([*data, *env_names]) == []


@pytest.mark.parametrize(
    "keys, expected",
    [
        pytest.param(["WARDWATCH_KAFKA__BOOTSTRAP"], [], id="known"),
        pytest.param(["WARDWATCH_KAFKAA__BOOTSTRAP"], ["WARDWATCH_KAFKAA__BOOTSTRAP"], id="section-typo"),
        pytest.param(["WARDWATCH_KAFKA__BOOSTRAP"], ["WARDWATCH_KAFKA__BOOSTRAP"], id="field-typo"),
        pytest.param(["WARDWATCH_ENV__X"], ["WARDWATCH_ENV__X"], id="nested-under-scalar"),
    ],
)
def test_unknown_setting_keys(keys: list[str], expected: list[str]) -> None:
    assert unknown_setting_keys(keys) == expected


def test_configmap_loads_into_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in _one("ConfigMap")["data"].items():
        monkeypatch.setenv(key, value)
    for key in SECRET_SETTINGS - {"WARDWATCH_DEID__REID_KEY"}:
        monkeypatch.setenv(key, "test-only")
    s = Settings()
    assert s.env == "prod"
    assert s.kafka.group_id == "wardwatch"
    assert s.metrics.port == 9108
    assert s.logging.format == "json"


def test_selectors_match_pod_labels() -> None:
    deployment = _one("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert _one("PodDisruptionBudget")["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert _one("Service")["spec"]["selector"].items() <= labels.items()


def test_deployment_replicas_and_pdb() -> None:
    assert _one("Deployment")["spec"]["replicas"] == 2
    assert _one("PodDisruptionBudget")["spec"]["minAvailable"] == 1


def test_keda_scales_the_deployment_on_group_lag_of_both_topics() -> None:
    so = _one("ScaledObject")["spec"]
    config = _one("ConfigMap")["data"]
    assert so["scaleTargetRef"]["name"] == _one("Deployment")["metadata"]["name"]
    kafka = [t for t in so["triggers"] if t["type"] == "kafka"]
    assert sorted(t["metadata"]["topic"] for t in kafka) == ["fhir.inbound", "wardwatch.events"]
    for trigger in kafka:
        assert trigger["metadata"]["consumerGroup"] == config["WARDWATCH_KAFKA__GROUP_ID"] == "wardwatch"
        assert trigger["metadata"]["bootstrapServers"] == config["WARDWATCH_KAFKA__BOOTSTRAP"]
        assert trigger["authenticationRef"]["name"] == _one("TriggerAuthentication")["metadata"]["name"]
    assert so["minReplicaCount"] == 2
    assert so["maxReplicaCount"] <= int(config["WARDWATCH_KAFKA__PARTITIONS"])


def test_metrics_service_targets_the_metrics_port() -> None:
    port = _one("Service")["spec"]["ports"][0]
    names = {p["name"]: p["containerPort"] for p in _container()["ports"]}
    assert port["targetPort"] in names
    assert names[port["targetPort"]] == port["port"] == 9108
