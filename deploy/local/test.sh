#!/usr/bin/env bash
# The test command of the README: set-up if needed, then every test layer (unit, agent,
# contract, integration against the real local stack, end-to-end). The integration fixture
# starts Kafka and Redis when WARDWATCH_KAFKA_BOOTSTRAP / WARDWATCH_REDIS_URL are not set.
set -uo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/setup.sh || exit $?
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "error: pytest collected no tests — that is a failure, not a pass" >&2
  exit 1
fi
exit "$rc"
