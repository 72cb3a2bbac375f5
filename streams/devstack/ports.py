"""Loopback port checks: does something answer? could we bind it?"""

from __future__ import annotations

import socket

__all__ = ["PORT_SETTINGS", "port_answers", "port_bindable"]

# the environment variable that moves each port (pydantic-settings, prefix WARDWATCH_)
PORT_SETTINGS = {
    "kafka_port": "WARDWATCH_DEV__KAFKA_PORT",
    "controller_port": "WARDWATCH_DEV__CONTROLLER_PORT",
    "redis_port": "WARDWATCH_DEV__REDIS_PORT",
}


def port_answers(port: int, host: str = "127.0.0.1", timeout: float = 0.5) -> bool:
    """True when a TCP connect to host:port succeeds within ``timeout``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def port_bindable(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on host:port (we could bind it ourselves)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True
