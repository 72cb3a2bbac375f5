"""The local stack: real Apache Kafka (KRaft, jars from Maven Central) and Redis, no Docker.

from streams.settings import load_settings
from streams.devstack import up, down, status
info = up(load_settings().dev)      # idempotent; prints ports and log paths
"""

from streams.devstack.errors import DevStackError
from streams.devstack.info import ComponentStatus, StackInfo
from streams.devstack.stack import down, status, up

__all__ = ["ComponentStatus", "DevStackError", "StackInfo", "down", "status", "up"]
