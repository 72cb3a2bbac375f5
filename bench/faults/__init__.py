"""Fault injection on the real stack: `python -m bench.faults.run [--scenario ...]`."""
