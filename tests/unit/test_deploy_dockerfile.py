"""deploy/docker/Dockerfile checked statically (no Docker here): dockerfile-parse plus the
hadolint rules that matter for this image, written as structural checks."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from dockerfile_parse import DockerfileParser
from pydantic import BaseModel

from streams.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = REPO / "deploy" / "docker" / "Dockerfile"
TRAIN_CMD = "wardwatch model train --data models/corpus/notes.jsonl --out /opt/wardwatch/models/findings-v4"
BUILD_TOOLS = re.compile(r"\b(gcc|g\+\+|build-essential|make|clang|cmake|apt-get install|apk add)\b")


def parse(text: str) -> list[dict[str, Any]]:
    """Instructions (comments dropped) of a Dockerfile."""
    parser = DockerfileParser(fileobj=io.BytesIO(text.encode()))
    return [i for i in parser.structure if i["instruction"] != "COMMENT"]


def stages(instructions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Instructions per build stage (global ARGs before the first FROM dropped)."""
    out: list[list[dict[str, Any]]] = []
    for ins in instructions:
        if ins["instruction"] == "FROM":
            out.append([])
        if out:
            out[-1].append(ins)
    return out


def global_args(instructions: list[dict[str, Any]]) -> dict[str, str]:
    args: dict[str, str] = {}
    for ins in instructions:
        if ins["instruction"] == "FROM":
            break
        if ins["instruction"] == "ARG" and "=" in ins["value"]:
            key, value = ins["value"].split("=", 1)
            args[key] = value.strip('"')
    return args


def base_image(stage: list[dict[str, Any]], args: dict[str, str]) -> str:
    image = stage[0]["value"].split()[0]
    return re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), m.group(0)), image)


def env_of(stage: list[dict[str, Any]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for ins in stage:
        if ins["instruction"] == "ENV":
            for pair in shlex.split(ins["value"]):
                key, value = pair.split("=", 1)
                env[key] = value
    return env


def last(stage: list[dict[str, Any]], instruction: str) -> str | None:
    values = [i["value"] for i in stage if i["instruction"] == instruction]
    return values[-1] if values else None


def is_root_user(user: str | None) -> bool:
    return user is None or user.split(":")[0] in ("root", "0")


INSTRUCTIONS = parse(DOCKERFILE.read_text())
STAGES = stages(INSTRUCTIONS)
ARGS = global_args(INSTRUCTIONS)
BUILDER, FINAL = STAGES[0], STAGES[-1]


def test_multi_stage_on_python_311_slim() -> None:
    assert len(STAGES) == 2
    assert BUILDER[0]["value"].split()[-1] == "builder"
    assert base_image(FINAL, ARGS) == "python:3.11-slim"
    assert base_image(BUILDER, ARGS) == "python:3.11-slim"


def test_final_stage_runs_as_non_root_user() -> None:
    user = last(FINAL, "USER")
    assert not is_root_user(user)


@pytest.mark.parametrize(
    "user, root",
    [
        pytest.param(None, True, id="no-user"),
        pytest.param("root", True, id="root"),
        pytest.param("0:0", True, id="uid-0"),
        pytest.param("10001:10001", False, id="uid-10001"),
        pytest.param("wardwatch", False, id="named"),
    ],
)
def test_is_root_user(user: str | None, root: bool) -> None:
    assert is_root_user(user) is root


def test_final_stage_has_no_build_tools() -> None:
    for ins in FINAL:
        assert not BUILD_TOOLS.search(ins["value"]), ins["content"]


def test_builder_installs_the_project_into_a_venv_copied_to_the_final_stage() -> None:
    runs = " ".join(i["value"] for i in BUILDER if i["instruction"] == "RUN")
    assert "python -m venv /opt/venv" in runs
    assert "pip install ." in runs
    copies = [i["value"] for i in FINAL if i["instruction"] == "COPY"]
    assert "--from=builder /opt/venv /opt/venv" in copies
    assert "/opt/venv/bin" in env_of(FINAL)["PATH"]


def test_default_model_is_trained_in_the_builder_and_configured() -> None:
    runs = [i["value"] for i in BUILDER if i["instruction"] == "RUN"]
    assert any(r.startswith(TRAIN_CMD) for r in runs)
    out_dir = TRAIN_CMD.rsplit("--out ", 1)[1]
    assert env_of(FINAL)["WARDWATCH_MODEL__DIR"] == out_dir
    copies = [i["value"] for i in FINAL if i["instruction"] == "COPY"]
    assert any(c.startswith("--from=builder /opt/wardwatch/models") for c in copies)
    assert (REPO / "models" / "corpus" / "notes.jsonl").is_file()


def test_entrypoint_cmd_and_healthcheck() -> None:
    assert last(FINAL, "ENTRYPOINT") == '["wardwatch"]'
    assert last(FINAL, "CMD") == '["worker"]'
    healthcheck = last(FINAL, "HEALTHCHECK") or ""
    assert healthcheck.endswith('CMD ["wardwatch", "health"]')
    assert "9108" in (last(FINAL, "EXPOSE") or "")


def test_final_env_names_settings_fields() -> None:
    for key in (k for k in env_of(FINAL) if k.startswith("WARDWATCH_")):
        model: Any = Settings
        for part in key.removeprefix("WARDWATCH_").lower().split("__"):
            assert isinstance(model, type) and part in model.model_fields, key
            model = model.model_fields[part].annotation
            model = model if isinstance(model, type) and issubclass(model, BaseModel) else None
    assert "WARDWATCH_DEID__PSEUDONYM_KEY" not in env_of(FINAL), "secrets are never baked into the image"


# hadolint-style rules, as structural checks over every stage
def test_no_add_and_no_latest_tags() -> None:  # DL3020, DL3007
    assert not [i for i in INSTRUCTIONS if i["instruction"] == "ADD"]
    for stage in STAGES:
        assert not base_image(stage, ARGS).endswith(":latest")
        assert ":" in base_image(stage, ARGS)


def test_json_form_for_entrypoint_and_cmd() -> None:  # DL3025
    for ins in INSTRUCTIONS:
        if ins["instruction"] in ("ENTRYPOINT", "CMD"):
            assert ins["value"].startswith("["), ins["content"]


def test_apt_installs_are_lean() -> None:  # DL3015, DL3009
    for ins in INSTRUCTIONS:
        if ins["instruction"] == "RUN" and "apt-get install" in ins["value"]:
            assert "--no-install-recommends" in ins["value"]
            assert "rm -rf /var/lib/apt/lists/*" in ins["value"]


def test_dockerignore_keeps_the_context_small() -> None:
    ignore = (DOCKERFILE.parent / "Dockerfile.dockerignore").read_text().splitlines()
    assert ignore[ignore.index("**") + 1:] and "**" in ignore
    kept = {line[1:].split("/")[0] for line in ignore if line.startswith("!")}
    copied = {i["value"].split()[0].rstrip("/") for i in BUILDER if i["instruction"] == "COPY"}
    copied |= {"pyproject.toml", "README.md"}
    assert copied <= kept
