"""BERT note-findings models: loading, the micro-batching inference engine, training.

Imports only ``schemas`` from wardwatch (DESIGN.md section 3).
"""

__all__: list[str] = []
