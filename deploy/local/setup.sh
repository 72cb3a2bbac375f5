#!/usr/bin/env bash
# Idempotent set-up for a fresh clone: Python venv with the project, redis-server, Kafka jars
# (Maven Central), and the default findings model. Safe to run again; skips what is done.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
say() { printf '[setup] %s\n' "$*" >&2; }

# 1. Python virtual environment with the project and its dev extra (re-installed when pyproject changes)
PY=${PYTHON:-python3}
STAMP=.venv/.wardwatch-installed
WANT=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -x .venv/bin/python ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  say "installing the Python environment (.venv) — the first time downloads torch (~1 GB)"
  # PyPI's torch brings its CUDA libraries: the environment takes about 6 GiB, and pip needs room
  # for the downloaded wheels while it installs. Say so before pip fails with "No space left".
  free_kib=$(df -Pk . | awk 'NR==2 {print $4}')
  tmp_kib=$(df -Pk "${TMPDIR:-/tmp}" | awk 'NR==2 {print $4}')
  if [ "${free_kib:-0}" -lt $((9 * 1024 * 1024)) ] || [ "${tmp_kib:-0}" -lt $((4 * 1024 * 1024)) ]; then
    say "warning: $((free_kib / 1024)) MiB free here and $((tmp_kib / 1024)) MiB in ${TMPDIR:-/tmp};" \
        "the install needs about 9 GiB here and 4 GiB of temporary space: free some disk if pip fails"
  fi
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip setuptools wheel
  .venv/bin/pip install -q -e '.[dev]'
  echo "$WANT" > "$STAMP"
else
  say "python environment up to date"
fi

# 2. redis-server from the distribution (the dev stack runs its own instance, not the service)
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    say "installing redis-server (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq redis-server >/dev/null
    (systemctl disable --now redis-server >/dev/null 2>&1 || service redis-server stop >/dev/null 2>&1 || true)
  else
    say "redis-server is missing: run 'sudo apt-get install redis-server' and try again"; exit 2
  fi
fi

# 3. Kafka jars from Maven Central (cached outside the repository)
.venv/bin/python - <<'PY'
from streams.settings import load_settings
from streams.devstack.fetch import ensure_kafka_jars
from streams.devstack.paths import stack_paths
cfg = load_settings().dev
ensure_kafka_jars(cfg, stack_paths(cfg), echo=lambda m: print("[setup]", m))
PY

# 4. The default note-findings model (trained once, seeded, a few minutes on 2 CPU cores)
.venv/bin/python - <<'PY'
from streams.settings import load_settings, findings_model_dir
from models.default import ensure_default_model
s = load_settings()
if s.model.enabled and s.model.dir is None:
    ensure_default_model(findings_model_dir(s), echo=lambda m: print("[setup]", m))
PY
say "ready"
