"""Session 34 (live-stack tester): after a kill -9 the worker had lost every patient's identifier
tokens (memory only), so a note that arrived without its Patient reached wardwatch.events with the
patient's lower-case name. Now the ingest handler hands the new digests to the agent, which stores
them (keyed hashes only) and a starting agent loads them back."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import orjson

from streams.handlers.ingest import InboundRecord, handle_inbound
from streams.runtime import Runtime
from streams.settings import load_settings
from streams.state import MemoryStore

PATIENT = {"resourceType": "Patient", "id": "t34", "gender": "male", "birthDate": "1950-01-01",
           "name": [{"family": "Quixworth", "given": ["Zebulon"]}],
           "telecom": [{"system": "phone", "value": "555-867-5309"}]}
NOTE = {"resourceType": "Observation", "id": "n1", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
        "subject": {"reference": "Patient/t34"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
        "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"},
        # a place no pattern reads as a name (session 52: a lower-case pair opening a line now is one), so only the
        # patient's own tokens scrub it
        "note": [{"text": "gums bleeding when zebulon quixworth brushes"}]}
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _runtime(store: MemoryStore) -> Runtime:
    settings = load_settings()
    rt = Runtime.create(settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})}),
                        memory_store=True)
    rt.store = store
    return rt


def _ingest(rt: Runtime, resource: dict[str, object]) -> tuple[bytes, dict[str, frozenset[str]]]:
    out = handle_inbound(rt, [InboundRecord(key=None, value=orjson.dumps(resource), topic="fhir.inbound")], now=NOW)
    return b"\n".join(value for _, value in out.events), out.tokens


def test_a_restarted_worker_still_scrubs_the_patients_name() -> None:
    store = MemoryStore()
    first = _runtime(store)
    _, tokens = _ingest(first, PATIENT)
    assert tokens and all(isinstance(d, str) and "quixworth" not in d for ds in tokens.values() for d in ds)
    assert _ingest(first, PATIENT)[1] == {}  # nothing new the second time: no write
    asyncio.run(store.save_tokens(tokens))  # what the ingest agent does with out.tokens

    cold = _runtime(MemoryStore())  # a worker that never saw the Patient: the leak the tester found
    assert b"quixworth" in _ingest(cold, NOTE)[0].lower()

    restarted = _runtime(store)  # what the ingest agent does first: load the stored digests
    restarted.tokens.merge(asyncio.run(store.load_tokens(restarted.tokens.max_patients)))
    events, _ = _ingest(restarted, NOTE)
    assert b"quixworth" not in events.lower() and b"zebulon" not in events.lower()


class _DownStore(MemoryStore):
    """Redis down: every save fails (after its retries)."""

    def __init__(self) -> None:
        super().__init__()
        self.down = True
        self.calls = 0

    async def save_tokens(self, tokens):  # type: ignore[no-untyped-def]
        self.calls += 1
        await asyncio.sleep(0.05)  # the retries of an outage
        if self.down:
            raise ConnectionError("redis down")
        await super().save_tokens(tokens)


def test_ingest_never_waits_for_a_token_save_and_keeps_failed_digests() -> None:
    """Session 35 (live-stack tester): with Redis down, ingest froze on every save. The saver runs
    in the background, one save at a time, and keeps what failed. Session 41 (on-call tester): it
    tries again by itself once Redis is back (before, only when a later batch brought new digests, and a
    restart lost them), and each batch's future resolves only once its digests are stored (the
    ingest agent acknowledges the batch's inbound messages then)."""
    from streams.token_saver import TokenSaver

    async def scenario() -> None:
        store = _DownStore()
        saver = TokenSaver(store, first_backoff_s=0.01)
        first = saver.add({"p1": frozenset({"ad1"})})
        second = saver.add({"p2": frozenset({"ad2"})})  # returns at once: a save is running
        await asyncio.sleep(0.01)
        assert store.calls == 1  # one save at a time
        await asyncio.sleep(0.3)
        assert store.calls >= 3 and not first.done() and not second.done()  # retried, nothing stored
        assert saver.pending == {"p1": frozenset({"ad1"}), "p2": frozenset({"ad2"})}
        store.down = False  # Redis back: the saver stores them without a new batch
        await asyncio.wait_for(asyncio.gather(first, second), timeout=5)
        assert saver.pending == {}
        loaded = await store.load_tokens(10)
        assert loaded == {"p1": frozenset({"ad1"}), "p2": frozenset({"ad2"})}
        assert saver.add({}).done()  # a batch with no new digests waits for nothing

    asyncio.run(scenario())
