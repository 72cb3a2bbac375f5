"""The one error type of the local stack: messages say what failed, why, and how to fix it."""

from __future__ import annotations

__all__ = ["DevStackError"]


class DevStackError(Exception):
    """The local Kafka + Redis stack could not be started, checked or stopped.

    ``code`` is a stable machine-readable reason (``port_taken``, ``tool_missing``,
    ``fetch_failed``, ``format_failed``, ``start_failed``, ``not_healthy``,
    ``no_checkout``); the message is for humans.
    """

    def __init__(self, message: str, *, code: str = "devstack_error") -> None:
        super().__init__(message)
        self.code = code
