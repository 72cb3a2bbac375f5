"""The `wardwatch` command line (typer). Settings are loaded once here and passed down.

Heavy modules (faust, torch) are imported inside the commands that need them, so that
`wardwatch validate` or `wardwatch deid text` start quickly.
"""

from __future__ import annotations

import asyncio
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from streams.logsetup import configure_logging
from streams.settings import Settings, load_settings

__all__ = ["app", "main"]

# plain click output (rich_markup_mode=None): a usage error is one "Error: ..." line, not a box
# drawn for a terminal, so scripts and log collectors read it as it is
_PLAIN: dict[str, object] = {"rich_markup_mode": None, "pretty_exceptions_enable": False}
app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="wardwatch: a streaming monitor for live patient data.", **_PLAIN)  # type: ignore[arg-type]
dev_app = typer.Typer(no_args_is_help=True, help="The local stack: real Kafka (KRaft) and Redis, no Docker.",
                      **_PLAIN)  # type: ignore[arg-type]
deid_app = typer.Typer(no_args_is_help=True, help="De-identification of free text and FHIR resources.",
                       **_PLAIN)  # type: ignore[arg-type]
model_app = typer.Typer(no_args_is_help=True, help="The note-findings model: train, evaluate, predict.",
                        **_PLAIN)  # type: ignore[arg-type]
app.add_typer(dev_app, name="dev")
app.add_typer(deid_app, name="deid")
app.add_typer(model_app, name="model")

_SETTINGS: Settings | None = None


def settings() -> Settings:
    """The one Settings object of this process (loaded by main()); a bad setting ends the
    command with a clear message and exit code 2."""
    global _SETTINGS
    if _SETTINGS is None:
        _SETTINGS = _load_settings_or_exit()
    return _SETTINGS


def _load_settings_or_exit() -> Settings:
    from pydantic import ValidationError

    try:
        return load_settings()
    except ValidationError as err:
        for e in err.errors():  # loc and type only: the input may be a secret or PHI
            env = "WARDWATCH_" + "__".join(str(part) for part in e["loc"]).upper()
            if e["type"] in _OWN_SETTING_ERRORS:
                hint = e["msg"]
            elif e["type"] == "extra_forbidden":
                hint = "no such setting (a misspelt name?)"
            else:
                hint = f"invalid value ({e['type']})"
            typer.secho(f"settings error: {env}: {hint}", fg="red", err=True)
        typer.secho("fix or unset the variable(s) above; see docs/operations.md", err=True)
        raise typer.Exit(2) from None


_OWN_SETTING_ERRORS = frozenset({"reid_key_invalid"})  # messages written by us, never the input


# ---------------------------------------------------------------- dev stack
@dev_app.command("up")
def dev_up() -> None:
    """Start Kafka and Redis if they are not running; wait until healthy."""
    from streams.devstack import DevStackError, up

    try:
        info = up(settings().dev)
    except DevStackError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"kafka  {info.kafka_bootstrap}  log: {info.kafka_log}")
    typer.echo(f"redis  {info.redis_url}  log: {info.redis_log}")


@dev_app.command("down")
def dev_down() -> None:
    """Stop exactly what `dev up` started."""
    from streams.devstack import down

    stopped = down(settings().dev)
    typer.echo("stopped: " + (", ".join(stopped) if stopped else "nothing was running"))


@dev_app.command("status")
def dev_status() -> None:
    """Report each component truthfully (exit 1 when one is not healthy)."""
    from streams.devstack import status

    ok = True
    for comp in status(settings().dev):
        state = "healthy" if comp.healthy else ("running, unhealthy" if comp.running else "not running")
        ok = ok and comp.healthy
        typer.echo(f"{comp.name:<6} {state:<20} port {comp.port}  pid {comp.pid or '-'}  log: {comp.log}  {comp.detail}")
    raise typer.Exit(0 if ok else 1)


# ---------------------------------------------------------------- streaming
@app.command()
def worker(
    agents: Annotated[str | None, typer.Option(
        help="comma-separated agents to run (ingest,monitor,feedback); default all "
             "(WARDWATCH_WORKER__AGENTS); a subset is a role worker with its own consumer group")] = None,
) -> None:
    """Run a worker: ingest, monitor and feedback agents (joins the consumer group)."""
    from pydantic import ValidationError

    from streams.settings import with_agents
    from streams.worker import run_worker

    s = settings()
    try:
        s = with_agents(s, agents.split(",")) if agents else s
    except ValidationError as err:
        raise typer.BadParameter("name one or more of ingest, monitor, feedback, each once "
                                 f"({err.errors()[0]['type']})", param_hint="--agents") from None
    run_worker(s)


_PUBLISH_HELP = (
    "Publish FHIR files to the inbound topic.\n\n"
    "A resource or a Bundle file is one message (--split-bundles: one per entry). An NDJSON file "
    "is one message per line when every line is JSON; when a line is not JSON the whole file is "
    "ONE message (ingest dead-letters that line as `line N` and processes the others), or one "
    "per line when the file is larger than one message (docs/input-contract.md).\n\n"
    "A message over WARDWATCH_KAFKA__MAX_MESSAGE_BYTES is not sent (message_too_large); the "
    "others are; a missing file or a directory is skipped with one error line, the other files are "
    "sent. Exit codes: 0 all sent; 1 some too large; 2 Kafka unreachable or a file missing or "
    "unreadable."
)


@app.command(help=_PUBLISH_HELP)
def publish(
    files: Annotated[list[Path], typer.Argument(help="FHIR JSON, Bundle or NDJSON files")],
    rate: Annotated[float | None, typer.Option(min=0.001, help="messages per second, > 0 (default: as fast as possible)")] = None,
    topic: Annotated[str | None, typer.Option(help="default: the inbound topic")] = None,
    split_bundles: Annotated[bool, typer.Option(help="send each Bundle entry as its own message")] = False,
) -> None:
    """Publish FHIR files to the inbound topic (see _PUBLISH_HELP)."""
    from aiokafka.errors import KafkaConnectionError, KafkaError
    from rich.console import Console
    from rich.progress import Progress

    from schemas.reasons import ReasonCode
    from streams.commands.tail import cluster_topics, kafka_unreachable
    from streams.feedfiles import feedback_keyed, messages_from_file, oversized
    from streams.kafka_io import publish_messages

    s = settings()
    limit = s.kafka.max_message_bytes
    messages = []
    refused = 0
    unreadable = 0
    for f in files:
        if not f.is_file():  # one plain line per missing file; the other files are still sent
            why = "is a directory; pass the files in it" if f.is_dir() else "does not exist"
            typer.secho(f"error: {f} {why}; it is skipped", fg="red", err=True)
            unreadable += 1
            continue
        try:
            ok, too_large = oversized(messages_from_file(f, split_bundles=split_bundles,
                                                         max_message_bytes=limit), limit)
        except OSError as err:
            typer.secho(f"error: cannot read {f} ({type(err).__name__}); check the path and its "
                        "permissions", fg="red", err=True)
            raise typer.Exit(2) from None
        messages.extend(ok)
        refused += len(too_large)
        for number in too_large:
            typer.secho(f"error: {f}: message {number} not sent [{ReasonCode.MESSAGE_TOO_LARGE.value}]: "
                        f"larger than the limit of {limit} bytes (WARDWATCH_KAFKA__MAX_MESSAGE_BYTES); "
                        "split it (NDJSON or smaller Bundles)", fg="red", err=True)
    target = topic or s.topics.inbound
    if target == s.topics.feedback:  # session 36: keyed by the pseudonym a record names (per-patient order)
        messages = [feedback_keyed(m) for m in messages]
    try:
        asyncio.run(cluster_topics(s))  # fail early and cleanly when no broker answers
        # the bar goes to stderr (stdout keeps only the summary line, for scripts); none when
        # stderr is not a terminal (a redirected bar left one blank line in logs)
        with Progress(console=Console(stderr=True), disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("publishing", total=len(messages))
            sent = asyncio.run(
                publish_messages(s, target, messages, rate=rate,
                                 on_sent=lambda n: progress.advance(task, n))
            ) if messages else 0
    except KafkaConnectionError:
        typer.secho(f"error: {kafka_unreachable(s)}", fg="red", err=True)
        raise typer.Exit(2) from None
    except KafkaError as err:
        typer.secho(f"error: Kafka refused the messages ({type(err).__name__}); nothing more was "
                    f"sent to {target}; check the broker and `wardwatch dev status`", fg="red", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"published {sent} message(s) to {target}"
               + (f"; {refused} not sent (too large)" if refused else "")
               + (f"; {unreadable} file(s) skipped" if unreadable else ""))
    raise typer.Exit(2 if unreadable else 1 if refused else 0)


@app.command()
def tail(
    topic: Annotated[str, typer.Argument(help="topic name, or one of: inbound, deadletter, events, alerts, feedback")],
    from_beginning: Annotated[bool, typer.Option("--from-beginning", help="start at the earliest offset")] = False,
    max_records: Annotated[int | None, typer.Option("--max", min=1, help="stop after N records (N >= 1)")] = None,
    idle_timeout: Annotated[float | None, typer.Option(help="stop after this many idle seconds")] = None,
) -> None:
    """Print a topic: alerts pretty-printed, other topics as JSON lines. Exit 1 when the topic
    does not exist, 2 when Kafka cannot be reached."""
    from streams.commands.tail import tail_command

    raise typer.Exit(tail_command(settings(), topic, from_beginning, max_records, idle_timeout))


@app.command()
def demo(
    rate: Annotated[float, typer.Option(min=0.001, help="messages per second, > 0")] = 50.0,
    keep_running: Annotated[bool, typer.Option(help="keep the worker running until Ctrl-C")] = False,
) -> None:
    """The main job: start the local stack if needed, run a worker, publish the sample feed, print alerts."""
    from streams.commands.demo import demo_command

    raise typer.Exit(demo_command(settings(), rate=rate, keep_running=keep_running))


@app.command("sample-feed")
def sample_feed(
    out: Annotated[Path, typer.Option(help="NDJSON file to write")] = Path("sample-feed.ndjson"),
    seed: int = 7,
    hours: int = 6,
) -> None:
    """Write the seeded sample FHIR R4 feed used by the demo."""
    from streams.samplefeed import write_feed

    n = write_feed(out, seed=seed, hours=hours)
    typer.echo(f"wrote {n} resources to {out}")


# ---------------------------------------------------------------- offline tools
def _reason_table() -> str:
    """The ingest reason codes for `validate --help` ("\b": click keeps the lines as they are)."""
    from schemas.reasons import REASON_DESCRIPTIONS, ReasonCode

    feedback = {ReasonCode.UNKNOWN_ALERT, ReasonCode.INVALID_FEEDBACK}
    rows = [f"  {code.value:<24} {text}" for code, text in REASON_DESCRIPTIONS.items() if code not in feedback]
    return "\b\nReason codes (stable; docs/input-contract.md explains each):\n" + "\n".join(rows)


@app.command(epilog=_reason_table())
def validate(files: Annotated[list[Path], typer.Argument(help="FHIR JSON / Bundle / NDJSON files")]) -> None:
    """Validate FHIR files offline: a verdict per resource with reason codes; exit 1 if any failed,
    2 if a file could not be read (the others are still validated)."""
    from streams.commands.validate import validate_command

    raise typer.Exit(validate_command(files))


@app.command()
def replay(
    files: Annotated[list[Path], typer.Argument(help="FHIR JSON / Bundle / NDJSON files")],
    out: Annotated[Path, typer.Option(help="Alert v1 NDJSON output")] = Path("alerts.ndjson"),
    report: Annotated[Path | None, typer.Option(help="HTML report with timelines and alert burden")] = None,
    feedback: Annotated[Path | None, typer.Option(
        help="Feedback v1 records (JSON or NDJSON: acknowledge / override / snooze / resolve), each "
             "applied at its `at` time as the feedback agent applies it")] = None,
) -> None:
    """Offline backtest: the same processors with the in-memory store, time from the events."""
    from streams.commands.replay import replay_command

    raise typer.Exit(replay_command(settings(), files, out, report, feedback))


@app.command()
def simulate(
    patients: Annotated[int, typer.Option(help="number of patients")] = 20,
    hours: Annotated[int, typer.Option(help="hours of feed")] = 24,
    seed: Annotated[int, typer.Option(help="seed (same seed, same files)")] = 1,
    out: Annotated[Path, typer.Option(help="output directory")] = Path("sim"),
) -> None:
    """A simulated ward: DIR/feed.ndjson (FHIR R4), DIR/truth.csv (planted episodes), DIR/README.md."""
    from streams.commands.simulate import simulate_command

    raise typer.Exit(simulate_command(patients, hours, seed, out))


@app.command()
def health() -> None:
    """Check Kafka, Redis, the model and the worker heartbeat; exit 0 when healthy, else 1."""
    from streams.commands.health import health_command

    raise typer.Exit(health_command(settings()))


class DeidProfile(str, Enum):
    live = "live"
    safe_harbor = "safe-harbor"


_PROFILE = Annotated[
    DeidProfile | None,
    typer.Option("--profile",
                 help="De-identification profile (default: WARDWATCH_DEID__PROFILE, else live)."),
]


def _deid_settings(profile: DeidProfile | None) -> Settings:
    s = settings()
    if profile is None or profile.value == s.deid.profile:
        return s
    return s.model_copy(update={"deid": s.deid.model_copy(update={"profile": profile.value})})


@deid_app.command("text")
def deid_text(profile: _PROFILE = None) -> None:
    """Scrub free text: stdin JSONL {"id","text"} (or plain lines) -> stdout."""
    from streams.commands.deid import deid_text_command
    from streams.runtime import deid_config

    raise typer.Exit(deid_text_command(sys.stdin, sys.stdout, deid_config(_deid_settings(profile))))


@deid_app.command("resource")
def deid_resource(file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
                  profile: _PROFILE = None) -> None:
    """A de-identified FHIR resource, Bundle or NDJSON (per the profile) to stdout."""
    from streams.commands.deid import deid_resource_command
    from streams.runtime import deid_config

    raise typer.Exit(deid_resource_command(file, deid_config(_deid_settings(profile)), sys.stdout))


@app.command()
def reid(token: str) -> None:
    """Decrypt a re-identification token (authorised users only: needs WARDWATCH_DEID__REID_KEY,
    a 16/24/32-byte key in base64; a bad key is a settings error, exit 2)."""
    from streams.commands.deid import reid_command

    key = settings().deid.reid_key  # validated by DeidSettings: base64 of a 16/24/32-byte key
    # the base64 text as str: decode_reid_key reads bytes of key length as the raw key
    raise typer.Exit(reid_command(token, key.get_secret_value().strip() if key else None, sys.stdout))


def _register_bench_command() -> None:
    from streams.commands.bench import bench_programs, describe_programs

    programs = describe_programs(bench_programs())

    @app.command("bench", context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                                   "allow_interspersed_args": False},
                 help="Run a benchmark program of bench/: `python -m bench.NAME ARGS...` from the "
                      "repository; exits with the program's code (2 for an unknown NAME).\n\n"
                      "Programs:\n\n" + programs.replace("\n", "\n\n"))
    def bench(
        ctx: typer.Context,
        name: Annotated[str, typer.Argument(help="the bench program (see the list above)")],
    ) -> None:
        from streams.commands.bench import bench_command

        raise typer.Exit(bench_command(name, list(ctx.args)))


_register_bench_command()


def _register_model_commands() -> None:
    from streams.commands.model import PREDICT_HELP, eval_command, predict_command, train_command

    model_app.command("train")(train_command)
    model_app.command("eval")(eval_command)
    model_app.command("predict", help=PREDICT_HELP)(predict_command)


_register_model_commands()


def main() -> None:
    """Console entry point: load settings once, configure logging once, run the CLI."""
    global _SETTINGS
    try:
        _SETTINGS = _load_settings_or_exit()
    except typer.Exit as stop:
        sys.exit(stop.exit_code)
    configure_logging(_SETTINGS.logging)
    app()


if __name__ == "__main__":
    main()
