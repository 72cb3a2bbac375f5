"""CLI command implementations; streams/cli.py wires them into typer."""
