"""Free text -> note events, scrubbed by processors.deid before it enters any event.

Sources: DocumentReference content attachments (base64 `data`: text/plain or markdown, and the
text of HTML / XHTML / XML / RTF), Observation
valueString and Observation.note, ClinicalImpression.summary.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from processors.deid import scrub_text
from processors.deid.markup import decode_text, is_markup, known_charset, markup_text
from processors.fhir.context import Context
from processors.fhir.times import first_time
from schemas.event import ClinicalEvent, NoteInfo
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["extract_clinical_impression", "extract_document_reference", "observation_notes"]

_MAX_NOTE_BYTES = 1_000_000


def _note(res: dict[str, Any], identity: str, comp: str, patient: str, at: datetime,
          text: str, category: str, ctx: Context) -> ClinicalEvent:
    clean = scrub_text(text, ctx.tokens_for(patient), ctx.deid)
    return ctx.event(res, identity, comp, kind="note", patient=patient, time=at,
                     note=NoteInfo(text=clean, category=category))


def observation_notes(res: dict[str, Any], identity: str, patient: str, at: datetime,
                      ctx: Context) -> list[ClinicalEvent]:
    out: list[ClinicalEvent] = []
    vs = res.get("valueString")
    if isinstance(vs, str) and vs.strip():
        _not_too_long(vs, "valueString")
        out.append(_note(res, identity, "vs", patient, at, vs, "observation-text", ctx))
    notes = res.get("note")
    if isinstance(notes, list):
        for j, ann in enumerate(notes):
            if isinstance(ann, dict) and isinstance(ann.get("text"), str) and ann["text"].strip():
                _not_too_long(ann["text"], f"note[{j}].text")
                out.append(_note(res, identity, f"n{j}", patient, at, ann["text"],
                                 "observation-comment", ctx))
    return out


def _not_too_long(text: str, path: str) -> None:
    """Session 11 (third tester): a note text has the attachments' limit (the scrubber is linear,
    about 20 us a character on 2 cores: a 3 MB valueString held a worker for a minute)."""
    if len(text) > _MAX_NOTE_BYTES or len(text.encode()) > _MAX_NOTE_BYTES:
        raise WardwatchError(ReasonCode.MESSAGE_TOO_LARGE, f"{path} is longer than {_MAX_NOTE_BYTES} bytes: "
                             "split the note", path)


def _category(res: dict[str, Any]) -> str | None:
    for field in ("type", "category"):
        concept = res.get(field)
        if isinstance(concept, list):
            concept = concept[0] if concept else None
        if isinstance(concept, dict):
            codings = concept.get("coding")
            if isinstance(codings, list) and codings and isinstance(codings[0], dict):
                code = codings[0].get("code")
                if isinstance(code, str):
                    return code
    return None


def _plain_texts(res: dict[str, Any]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    content = res.get("content")
    if not isinstance(content, list):
        return out
    for i, item in enumerate(content):
        att = item.get("attachment") if isinstance(item, dict) else None
        if not isinstance(att, dict):
            continue
        ctype = att.get("contentType")
        data = att.get("data")
        if not (isinstance(ctype, str) and _is_text(ctype)):
            continue
        if not isinstance(data, str):
            continue
        try:
            # FHIR base64Binary may wrap lines; any other character outside the alphabet is an error,
            # never dropped (a decoder that skips it would turn the rest into garbage text)
            raw = base64.b64decode("".join(data.split()), validate=True)
            text = decode_text(raw, ctype)
        except (binascii.Error, ValueError):
            text = None
        if text is None and not known_charset(ctype):
            raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                                 "the charset that attachment.contentType declares is not a known text encoding; "
                                 "declare utf-8 (or iso-8859-1, windows-1252, utf-16)", f"content[{i}].attachment.contentType")
        if text is None:
            raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                                 "attachment.data must be base64 of text in the declared charset "
                                 "(undeclared: UTF-8, UTF-16 with a byte-order mark, or Windows-1252) "
                                 f"for {ctype.split(';', 1)[0].strip().lower()}", f"content[{i}].attachment.data")
        if len(raw) > _MAX_NOTE_BYTES:
            raise WardwatchError(ReasonCode.MESSAGE_TOO_LARGE,
                                 f"attachment.data decodes to more than {_MAX_NOTE_BYTES} bytes",
                                 f"content[{i}].attachment.data")
        if is_markup(ctype):
            text = markup_text(text)  # the text a reader sees: HTML / XHTML / XML tags or RTF control words out
        if text.strip():
            out.append((i, text))
    return out


_PLAIN_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


def _is_text(ctype: str) -> bool:
    """A note attachment: plain text or markdown, or markup whose text is read (session 31: an EHR that
    sends its notes as text/html or RTF had none of them monitored)."""
    return ctype.split(";", 1)[0].strip().lower() in _PLAIN_TYPES or is_markup(ctype)


def extract_document_reference(res: dict[str, Any], identity: str, ctx: Context
                               ) -> list[ClinicalEvent]:
    if res.get("status") == "entered-in-error":
        return []
    texts = _plain_texts(res)
    if not texts:
        return []
    patient = ctx.patient_of(res)
    at = first_time(res, "date") or _context_time(res)
    if at is None:
        raise WardwatchError(ReasonCode.MISSING_TIME,
                             "date or context.period is required for a note", "date")
    category = _category(res) or "document"
    return [_note(res, identity, f"d{i}", patient, at, text, category, ctx) for i, text in texts]


def _context_time(res: dict[str, Any]) -> datetime | None:
    context = res.get("context")
    if isinstance(context, dict):
        return first_time(context, "period")
    return None


def extract_clinical_impression(res: dict[str, Any], identity: str, ctx: Context
                                ) -> list[ClinicalEvent]:
    summary = res.get("summary")
    if res.get("status") == "entered-in-error" or not isinstance(summary, str) or not summary.strip():
        return []
    patient = ctx.patient_of(res)
    at = first_time(res, "effectiveDateTime", "effectivePeriod", "date")
    if at is None:
        raise WardwatchError(ReasonCode.MISSING_TIME,
                             "effective[x] or date is required for a ClinicalImpression",
                             "effective[x]")
    _not_too_long(summary, "summary")
    return [_note(res, identity, "s", patient, at, summary, "clinical-impression", ctx)]
