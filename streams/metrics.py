"""Prometheus metrics (prometheus-client). Names are documented in docs/operations.md."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

__all__ = [
    "ALERTS",
    "BATCH_SIZE",
    "DEAD_LETTERS",
    "EVENTS_OUT",
    "EVENT_TO_ALERT",
    "FEEDBACK",
    "HEARTBEAT",
    "IGNORED",
    "LOOP_LAG",
    "MESSAGES_IN",
    "NOTES_NOT_ANALYSED",
    "REDIS_LATENCY",
    "UNKNOWN_DRUGS",
]

MESSAGES_IN = Counter("wardwatch_messages_in_total", "Messages consumed", ["topic"])
EVENTS_OUT = Counter("wardwatch_events_out_total", "ClinicalEvents produced", ["kind"])
DEAD_LETTERS = Counter("wardwatch_dead_letters_total", "Dead letters by reason", ["reason"])
IGNORED = Counter("wardwatch_ignored_resources_total", "Valid FHIR not monitored", ["resource_type"])
UNKNOWN_DRUGS = Counter("wardwatch_unknown_drugs_total", "Medications with no resolvable ingredient")
ALERTS = Counter("wardwatch_alerts_total", "Alert events emitted", ["rule", "severity", "event"])
BATCH_SIZE = Histogram(
    "wardwatch_batch_size", "Micro-batch sizes", ["agent"], buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
)
REDIS_LATENCY = Histogram(
    "wardwatch_redis_seconds", "Redis call latency", ["op"],
    buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1.0),
)
EVENT_TO_ALERT = Histogram(
    "wardwatch_event_to_alert_seconds", "From event receipt at ingest to alert emission",
    buckets=(0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10),
)
NOTES_NOT_ANALYSED = Counter("wardwatch_notes_not_analysed_total", "Notes the model did not analyse", ["why"])
HEARTBEAT = Gauge("wardwatch_heartbeat_timestamp_seconds", "Last time a processing loop made progress", ["agent"])
FEEDBACK = Counter("wardwatch_feedback_total", "Feedback messages", ["action", "outcome"])
CONSUMER_LAG = Gauge(
    "wardwatch_consumer_lag_messages", "Messages not yet read (high water - next offset) per assigned partition",
    ["topic", "partition"],
)
COMMITTED_LAG = Gauge(
    "wardwatch_committed_lag_messages", "Messages not yet committed (high water - committed offset)",
    ["topic", "partition"],
)
HELD_SLICES = Gauge("wardwatch_held_slices", "Patient time slices held back waiting for the rest of their set")
BATCH_FAILURES = Counter("wardwatch_monitor_batch_failures_total", "Monitor batches that failed and were retried")
DELIVERY_RETRIES = Counter("wardwatch_delivery_retries_total", "Ingest records re-sent after a failed delivery", ["topic"])
INVALID_EVENTS = Counter("wardwatch_invalid_events_total", "Events on the events topic that did not parse")
LOOP_LAG = Histogram(
    "wardwatch_event_loop_lag_seconds", "How late a 0.5 s timer on the worker's event loop fired",
    buckets=(0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 5.0),
)
