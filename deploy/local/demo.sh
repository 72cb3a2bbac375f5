#!/usr/bin/env bash
# The main job of the README: set-up if needed, then `wardwatch demo` — real Kafka and Redis,
# a worker, the seeded sample feed, and the alerts printed as they arrive. Ctrl-C stops cleanly.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/setup.sh
exec .venv/bin/wardwatch demo "$@"
