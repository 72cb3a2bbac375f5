"""The labelled ward-note corpus: a seeded generator over hand-written phrase lists."""

__all__: list[str] = []
