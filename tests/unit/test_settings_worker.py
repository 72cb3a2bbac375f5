"""Worker roles: which agents a worker runs, and the consumer group that follows from it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from streams.settings import ALL_AGENTS, group_id_for, load_settings_with_env, with_agents


@pytest.mark.parametrize(
    ("agents", "group"),
    [
        pytest.param(None, "ww", id="default-all-in-one"),
        pytest.param(["feedback", "ingest", "monitor"], "ww", id="all-any-order"),
        pytest.param(["ingest"], "ww-ingest", id="ingest-role"),
        pytest.param(["feedback", "monitor"], "ww-monitor-feedback", id="monitor-role-canonical-order"),
        pytest.param([" monitor ", ""], "ww-monitor", id="blanks-trimmed"),
    ],
)
def test_group_follows_the_roles(agents, group):
    s = load_settings_with_env({"WARDWATCH_KAFKA__GROUP_ID": "ww"})
    if agents is not None:
        s = with_agents(s, agents)
    assert group_id_for(s) == group
    assert group_id_for(s) == group_id_for(s)  # same input, same output


def test_default_runs_every_agent():
    assert load_settings_with_env({}).worker.agents == ALL_AGENTS


def test_roles_from_the_environment():
    s = load_settings_with_env({"WARDWATCH_WORKER__AGENTS": '["ingest"]'})
    assert s.worker.agents == ("ingest",)


@pytest.mark.parametrize(
    "agents",
    [
        pytest.param(["ingest", "bogus"], id="unknown-agent"),
        pytest.param([], id="none"),
        pytest.param(["ingest", "ingest"], id="twice"),
    ],
)
def test_bad_roles_are_clear_errors(agents):
    with pytest.raises(ValidationError):
        with_agents(load_settings_with_env({}), agents)
