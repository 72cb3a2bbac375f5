"""structlog set-up: configured once, in the CLI's main(), never at import time.

JSON lines when the log stream (stderr) is not a tty (or when configured), a console renderer
otherwise. contextvars carry event_id / topic / partition / offset / batch_id / alert_id. A redaction
processor runs last before the renderer: it drops fields that may hold PHI and masks PHI
patterns (emails, phones, SSNs, MRN-like numbers, dates of birth) in every string, including
exception text and tracebacks.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

from streams.logfilter import RepeatFilter
from streams.settings import LoggingSettings

__all__ = ["REDACTED_KEYS", "configure_logging", "get_logger", "redact_event"]

# Keys whose values are never logged (they could carry PHI whatever their content).
REDACTED_KEYS: frozenset[str] = frozenset(
    {
        "name", "given", "family", "address", "telecom", "birthdate", "birth_date", "birthDate",
        "identifier", "ssn", "mrn", "phone", "email", "text", "note", "original", "raw", "value_raw",
        "payload", "body", "input", "password", "secret", "token", "reid_token", "sasl_password",
    }
)

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"), "[NAME]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[EMAIL]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[SSN]"),
    (re.compile(r"(?<!\w)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"), "[PHONE]"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"), "[DATE]"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"), "[DATE]"),
    (re.compile(r"\b\d{7,}\b"), "[ID]"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE), "[ID]"),
)

# Fields we emit ourselves that are known safe and may look like patterns (ISO timestamps).
_SAFE_KEYS: frozenset[str] = frozenset({"timestamp", "level", "logger", "event"})
# Ids wardwatch makes itself (hashes, uuid4 hex): left as they are when they have that form. A
# batch id is all digits one time in ~280 ((10/16)^12) and `\d{7,}` masked it as "[ID]", which broke
# the correlation on-call staff follow (session 36 live-stack tester).
_OWN_ID_KEYS: frozenset[str] = frozenset({"batch_id", "alert_id", "event_id"})
_OWN_ID = re.compile(r"[0-9a-f]{12,64}")


def _scrub_str(value: str) -> str:
    for pattern, placeholder in _PATTERNS:
        value = pattern.sub(placeholder, value)
    return value


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _scrub_str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {k: ("[REDACTED]" if str(k).lower() in REDACTED_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_scrub(v) for v in value]
    return value


def redact_event(_logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: the last one before the renderer."""
    for key in list(event_dict.keys()):
        if key in _SAFE_KEYS and key != "event":
            continue
        if key.lower() in REDACTED_KEYS:
            event_dict[key] = "[REDACTED]"
        elif key in _OWN_ID_KEYS and isinstance(event_dict[key], str) and _OWN_ID.fullmatch(event_dict[key]):
            continue
        else:
            event_dict[key] = _scrub(event_dict[key])
    return event_dict


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def configure_logging(cfg: LoggingSettings, stream: TextIO | None = None) -> None:
    """Configure structlog and route stdlib logging (faust, aiokafka) through it."""
    stream = stream or sys.stderr
    use_json = cfg.format == "json" or (cfg.format == "auto" and not _is_tty(stream))
    level = getattr(logging, cfg.level)
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,
        structlog.processors.UnicodeDecoder(),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if use_json
        else structlog.dev.ConsoleRenderer(colors=_is_tty(stream))
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, redact_event, renderer],
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RepeatFilter())  # library lines repeated while Kafka or Redis is down
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiokafka", "faust", "mode", "kafka"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)
