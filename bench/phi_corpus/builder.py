"""Labelled-note builder shared by the corpus generators: every PHI span carries its type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["PHI_TYPES", "Note", "NoteBuilder"]

PHI_TYPES = ("NAME", "DATE", "PHONE", "EMAIL", "SSN", "ID", "ADDRESS", "ZIP", "URL", "IP", "AGE")


@dataclass
class Note:
    text: str
    phi: list[tuple[int, int, str]]  # (start, end, type)
    clinical: list[tuple[int, int]]  # clinical-value spans that must survive
    patient: dict[str, Any]  # the FHIR Patient the note is about (its tokens are known)


@dataclass
class NoteBuilder:
    parts: list[str] = field(default_factory=list)
    phi: list[tuple[int, int, str]] = field(default_factory=list)
    clinical: list[tuple[int, int]] = field(default_factory=list)
    pos: int = 0

    def t(self, text: str) -> NoteBuilder:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def p(self, kind: str, text: str) -> NoteBuilder:
        assert kind in PHI_TYPES, kind
        self.phi.append((self.pos, self.pos + len(text), kind))
        return self.t(text)

    def c(self, text: str) -> NoteBuilder:
        self.clinical.append((self.pos, self.pos + len(text)))
        return self.t(text)

    def build(self, patient: dict[str, Any]) -> Note:
        return Note("".join(self.parts), self.phi, self.clinical, patient)
