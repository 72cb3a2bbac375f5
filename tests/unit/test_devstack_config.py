"""Pure parts of the local stack: config rendering, cluster ids, command lines, the pom."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from streams.devstack import DevStackError
from streams.devstack.fetch import jars_cached, maven_argv
from streams.devstack.kafka_config import (
    KAFKA_MAIN,
    java_argv,
    new_cluster_id,
    render_server_properties,
    valid_cluster_id,
)
from streams.devstack.paths import deploy_dir, stack_paths
from streams.devstack.redis import redis_argv
from streams.settings import DevStackSettings

TEMPLATE = (deploy_dir() / "kafka" / "server.properties").read_text()
CFG = DevStackSettings(home=Path("/tmp/ww-home"), kafka_port=19092, controller_port=19093)
POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def _props(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and line[0] != "#")
    return {key.strip(): value.strip() for key, value in pairs}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("process.roles", "broker,controller", id="combined-mode"),
        pytest.param("node.id", "1", id="node-id"),
        pytest.param("controller.quorum.voters", "1@127.0.0.1:19093", id="voters"),
        pytest.param(
            "listeners",
            "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
            id="listeners",
        ),
        pytest.param("advertised.listeners", "PLAINTEXT://127.0.0.1:19092", id="advertised"),
        pytest.param("controller.listener.names", "CONTROLLER", id="controller-listener"),
        pytest.param("num.partitions", "4", id="partitions"),
        pytest.param("offsets.topic.replication.factor", "1", id="offsets-rf"),
        pytest.param("transaction.state.log.replication.factor", "1", id="txn-rf"),
        pytest.param("transaction.state.log.min.isr", "1", id="txn-isr"),
        pytest.param("group.initial.rebalance.delay.ms", "0", id="rebalance-delay"),
        pytest.param("auto.create.topics.enable", "true", id="auto-create"),
        pytest.param("log.dirs", "/tmp/ww-home/kafka/data", id="log-dirs-under-home"),
    ],
)
def test_rendered_server_properties(key: str, expected: str) -> None:
    props = _props(render_server_properties(TEMPLATE, CFG, Path("/tmp/ww-home/kafka/data")))
    assert props[key] == expected


def test_render_leaves_no_placeholder_and_is_idempotent() -> None:
    first = render_server_properties(TEMPLATE, CFG, Path("/d"))
    assert first == render_server_properties(TEMPLATE, CFG, Path("/d"))
    assert "${" not in first


def test_broker_accepts_the_largest_wardwatch_message() -> None:
    props = _props(render_server_properties(TEMPLATE, CFG, Path("/d")))
    assert int(props["message.max.bytes"]) > 4_000_000


@pytest.mark.parametrize(
    ("template", "cfg", "code"),
    [
        pytest.param("x=${nope}", CFG, "bad_config", id="unknown-placeholder"),
        pytest.param("x=$", CFG, "bad_config", id="broken-placeholder"),
        pytest.param(
            TEMPLATE,
            DevStackSettings(kafka_port=9092, controller_port=9092),
            "bad_config",
            id="same-ports",
        ),
    ],
)
def test_render_errors(template: str, cfg: DevStackSettings, code: str) -> None:
    with pytest.raises(DevStackError) as info:
        render_server_properties(template, cfg, Path("/d"))
    assert info.value.code == code


def test_new_cluster_ids_are_valid_and_distinct() -> None:
    ids = {new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(valid_cluster_id(i) for i in ids)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        pytest.param("EZjh3dlxRmmugehIN1P7-g", True, id="kafka-format"),
        pytest.param("short", False, id="too-short"),
        pytest.param("-Zjh3dlxRmmugehIN1P7-g", False, id="leading-dash"),
        pytest.param("EZjh3dlxRmmugehIN1P7-gAA", False, id="too-long"),
        pytest.param("", False, id="empty"),
    ],
)
def test_valid_cluster_id(text: str, valid: bool) -> None:
    assert valid_cluster_id(text) is valid


def test_stack_paths_live_under_home_and_cache() -> None:
    paths = stack_paths(CFG, cache_root=Path("/cache"))
    for path in (paths.kafka_pid, paths.redis_pid, paths.kafka_log, paths.redis_log):
        assert path.is_relative_to(Path("/tmp/ww-home"))
    assert paths.kafka_libs == Path("/cache/kafka-4.1.1/libs")
    assert stack_paths(CFG, cache_root=Path("/cache")) == paths


def test_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert stack_paths(DevStackSettings()).home == tmp_path / ".wardwatch"


def test_java_argv_runs_main_from_cached_jars() -> None:
    argv = java_argv(
        "java", Path("/c/libs"), Path("/l4j.xml"), Path("/logs"), Path("/h"), KAFKA_MAIN, ["p"]
    )
    assert argv[0] == "java"
    assert argv[-2:] == [KAFKA_MAIN, "p"]
    assert argv[argv.index("-cp") + 1] == "/c/libs/*"
    assert "-Dlog4j2.configurationFile=/l4j.xml" in argv
    assert "-Dkafka.logs.dir=/logs" in argv
    assert any(a.startswith("-Xlog:gc:file=/logs/kafka-gc.log") for a in argv)


@pytest.mark.parametrize(
    ("maven_repo", "expected_flag"),
    [
        pytest.param(None, None, id="default-m2"),
        pytest.param(Path("/m2"), "-Dmaven.repo.local=/m2", id="custom-m2"),
    ],
)
def test_maven_argv(maven_repo: Path | None, expected_flag: str | None) -> None:
    cfg = CFG.model_copy(update={"maven_repo": maven_repo})
    paths = stack_paths(cfg, cache_root=Path("/cache"))
    argv = maven_argv("mvn", cfg, paths)
    assert argv[:6] == ["mvn", "-B", "-q", "-f", str(paths.pom), "package"]
    assert "-Dkafka.version=4.1.1" in argv
    assert "-Dwardwatch.kafka.libs=/cache/kafka-4.1.1/libs" in argv
    assert any(a.startswith("-Dmaven.repo.local") for a in argv) is (expected_flag is not None)
    if expected_flag:
        assert expected_flag in argv


def test_jars_cached_needs_marker_broker_and_tools_jars(tmp_path: Path) -> None:
    paths = stack_paths(CFG, cache_root=tmp_path)
    assert not jars_cached(paths)
    paths.kafka_libs.mkdir(parents=True)
    (paths.kafka_libs / "kafka_2.13-4.1.1.jar").write_bytes(b"")
    (paths.kafka_libs / "kafka-tools-api-4.1.1.jar").write_bytes(b"")
    paths.fetched_marker.write_text("4.1.1\n")
    assert not jars_cached(paths)  # an older cache without the admin tools (consumer-group lag)
    (paths.kafka_libs / "kafka-tools-4.1.1.jar").write_bytes(b"")
    assert jars_cached(paths)
    paths.fetched_marker.unlink()
    assert not jars_cached(paths)  # no marker: a fetch that did not finish


def test_redis_argv_binds_loopback_in_foreground() -> None:
    paths = stack_paths(CFG)
    argv = redis_argv("/usr/bin/redis-server", CFG.model_copy(update={"redis_port": 16379}), paths)
    flags = dict(zip(argv[1::2], argv[2::2], strict=True))
    assert flags == {
        "--port": "16379",
        "--bind": "127.0.0.1",
        "--daemonize": "no",
        "--protected-mode": "yes",
        "--dir": str(paths.redis_dir),
        "--logfile": str(paths.redis_log),
        "--appendonly": "yes",
        "--appendfsync": "everysec",
        "--save": "",
        "--auto-aof-rewrite-percentage": "300",
        "--auto-aof-rewrite-min-size": "256mb",
    }


def test_pom_pins_kafka_and_copies_runtime_jars_outside_repo() -> None:
    root = ET.parse(deploy_dir() / "pom.xml").getroot()
    props = {el.tag.split("}")[1]: el.text for el in root.find("m:properties", POM_NS) or []}
    assert props["kafka.version"] == "4.1.1"
    assert (props["wardwatch.kafka.libs"] or "").startswith("${user.home}/.cache/wardwatch/kafka-")
    artifacts = {
        d.findtext("m:artifactId", namespaces=POM_NS)
        for d in root.iter(f"{{{POM_NS['m']}}}dependency")
    }
    assert {"kafka_2.13", "log4j-core", "log4j-slf4j-impl"} <= artifacts
    execution = root.find(".//m:plugin/m:executions/m:execution", POM_NS)
    assert execution is not None
    assert execution.findtext("m:goals/m:goal", namespaces=POM_NS) == "copy-dependencies"
    assert execution.findtext("m:configuration/m:includeScope", namespaces=POM_NS) == "runtime"
