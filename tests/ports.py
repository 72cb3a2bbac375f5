"""Free TCP ports for tests that start servers."""

from __future__ import annotations

import random
import socket

__all__ = ["free_port"]


def free_port() -> int:
    """A free port below the kernel's ephemeral range (a connect to an unused ephemeral port
    can succeed by connecting to itself, which would look like "something answers")."""
    for _ in range(200):
        port = random.randint(20000, 30000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 30000")
