"""The generic typed walk that finishes a resource's de-identification after the policy rules.

Every element the policy rules did not decide is visited with its FHIR type (from the
fhir.resources R4B models, :mod:`processors.deid.resource_types`):

- free text (``string`` / ``markdown``: ``summary``, ``description``, ``comment``,
  ``Reference.display``, ``Annotation.authorString``, ``CodeableConcept.text``,
  ``Attachment.title``, ``valueString`` ...) goes through the stream's scrubber;
- exceptions (not free text): ``Coding.code``, ``Coding.display`` of a published code system
  (LOINC, SNOMED CT, RxNorm, UCUM, HL7, CPT, ATC, ICD: only the file's people's own identifiers are
  replaced there, session 40; a local system's display is scrubbed whole), a
  ``CodeableConcept.text`` equal to one of those displays, element
  ``id`` and ``Reference.reference`` (rewritten by the pseudonymize rule); other ``code``
  values (status, ``Quantity.code``, ``contentType`` ...) not listed in the element's value
  set are scrubbed too (valid codes pass the scrubber unchanged);
- ``Reference.display`` goes when the reference names the target; a display-only reference
  keeps its display, scrubbed, only when its ``type`` is no person (Organization, Location,
  ...): a person's display ("Smith") becomes ``[REDACTED]``; the resource's own
  ``subject`` / ``patient`` given by an identifier (with or without a display) becomes the
  patient's pseudonymous reference (an emptied Reference would be invalid FHIR);
- ``HumanName``, ``ContactPoint``, ``Identifier`` and ``Address`` elements are removed
  wherever they are (unless a rule decided them, e.g. safe-harbor's ZIP3 address);
- attachments: base64 ``data`` of ``text/*`` is decoded (in its declared charset), scrubbed and
  re-encoded as UTF-8 (the charset parameter says so); HTML / XML / RTF data comes out as its
  scrubbed text, ``text/plain; charset=utf-8`` (session 16: a name split by inline tags or
  written as character references would pass a scrubber reading the markup); other data,
  ``url``, ``hash`` and ``size`` are removed;
- narrative ``div`` becomes escaped scrubbed text (its text as a reader sees it) in a plain ``<div>``;
- a ``valueUri`` / ``valueUrl`` web address is scrubbed (an answer can be a person's own page);
- primitive extensions (``_field``) and ``fhir_comments`` are removed;
- a birth date held elsewhere than ``Patient.birthDate`` (an Observation 21112-8, a questionnaire
  answer to "Date of birth", a birth-time extension) is removed (:mod:`processors.deid.resource_births`);
- a ``uri`` / ``url`` holding a contact (``mailto:``, ``tel:``, ``fax:``, ``sms:``) becomes
  ``[REDACTED]``;
- with ``year_only`` (safe-harbor with no patient to key a shift): ``date`` and
  ``dateTime`` become their year, ``instant`` the first instant of its year (an instant
  must be a full timestamp).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from processors.deid.markup import decode_text, is_markup, markup_text, utf8_content_type
from processors.deid.resource_births import BIRTH_OWNERS, drop_birth_values, is_birth_extension
from processors.deid.resource_types import ElementType, element_types, resource_model

__all__ = ["REDACTED", "REMOVED_TYPES", "WalkContext", "walk_resource"]

Loc = tuple[Any, ...]

REMOVED_TYPES = frozenset({"HumanName", "ContactPoint", "Identifier", "Address"})
_NOT_FREE_TEXT = frozenset({("Coding", "display"), ("Coding", "code"), ("Reference", "reference")})
_TEXT = frozenset({"String", "Markdown"})
_DROP = object()


_MIME = re.compile(r"[\w.+-]{1,40}/[\w.+-]{1,80}(?:[ \t]*;[ \t]*[\w.-]{1,40}=(?:[\w.+-]{1,60}|\"[^\"]{0,60}\"))*")
_CONTACT_URI = re.compile(r"(?i)(?:mailto|tel|fax|sms|callto|skype|xmpp):")
_WEB_URI = re.compile(r"(?i)(?:https?|ftp)://")
REDACTED = "[REDACTED]"  # a display that had to go (resource.REMOVED_REFERENCE is this one)
# display-only references to these keep their (scrubbed) display: no person is named
_NOT_PERSON = frozenset({"Organization", "Location", "HealthcareService", "Device", "Medication",
                         "Substance", "Endpoint", "Encounter", "EpisodeOfCare", "Specimen"})
_OWN_PATIENT = frozenset({("subject",), ("patient",)})
_DRUG_FIELDS = frozenset({"medicationReference", "medication", "substance", "itemReference"})


@dataclass
class WalkContext:
    scrub: Callable[[str], str]
    year_only: bool = False
    decided: set[Loc] = field(default_factory=set)
    patient_ref: str | None = None  # "Patient/<pseudonym>" when the patient is known
    age_cap: int | None = None  # safe-harbor: every Age over cap - 1 is reported as cap
    zip_answer: Callable[[str], str] | None = None  # safe-harbor: a ZIP answer's ZIP3 (else "[ZIP]")
    # the known people's own identifiers only: a published coding's display (session 40, FHIR leak tester:
    # "Heart rate (Zyxwella Quorrington, 617 555 0199)" as a LOINC display)
    scrub_known: Callable[[str], str] | None = None


def _free_text(owner: str, key: str) -> bool:
    return key != "id" and (owner, key) not in _NOT_FREE_TEXT


def _text_data(data: str, ctype: str, scrub: Callable[[str], str]) -> str | None:
    try:
        text = decode_text(base64.b64decode("".join(data.split()), validate=True), ctype)
    except (binascii.Error, ValueError):
        return None
    if text is None:
        return None
    if is_markup(ctype):
        text = markup_text(text)
    return base64.b64encode(scrub(text).encode("utf-8")).decode("ascii")


def _attachment(att: dict[str, Any], ctx: WalkContext) -> None:
    for key in ("url", "hash", "size"):
        att.pop(key, None)
    if isinstance(att.get("title"), str) and "_" in att["title"]:
        # session 40 (FHIR leak tester): a file name joins its words ("Quorrington_Zyxwella_03171931.txt")
        att["title"] = ctx.scrub(att["title"].replace("_", " "))
    data = att.pop("data", None)
    ctype = att.get("contentType")
    if isinstance(data, str) and isinstance(ctype, str) and (ctype.lower().startswith("text/") or is_markup(ctype)):
        clean = _text_data(data, ctype, ctx.scrub)
        if clean is not None:
            att["data"] = clean
            # re-encoded as UTF-8; markup comes out as its scrubbed text (session 16: a name split by
            # tags or written as character references would pass any scrubber inside the markup)
            att["contentType"] = utf8_content_type(ctype)
    if not att or set(att) <= {"id", "extension"}:
        att["title"] = REDACTED  # session 40: "Media.content" is required; an emptied attachment keeps a title

def _div(value: str, ctx: WalkContext) -> str:
    text = markup_text(value)
    clean = html.escape(" ".join(ctx.scrub(" ".join(text.split())).split()) or "-", quote=False)
    return f'<div xmlns="http://www.w3.org/1999/xhtml">{clean}</div>'


def _primitive(value: Any, et: ElementType, owner: str, key: str, ctx: WalkContext) -> Any:
    kind = et.primitive
    if not isinstance(value, str):
        return value
    if kind in _TEXT:
        return ctx.scrub(value) if _free_text(owner, key) else value
    if kind == "Code" and owner == "Attachment" and key == "contentType" and _MIME.fullmatch(value):
        return value  # "text/plain; charset=ISO-8859-1": a media type, no free text
    if kind == "Code" and value not in et.enum and _free_text(owner, key):
        return ctx.scrub(value)  # a status / unit code is no place for text; scrub to be sure
    if kind == "Xhtml":
        return _div(value, ctx)
    if ctx.year_only and kind in ("Date", "DateTime"):
        return value[:4]
    if ctx.year_only and kind == "Instant":
        return f"{value[:4]}-01-01T00:00:00Z"
    if kind == "EncodedBytes" and owner != "Attachment" and not et.required:
        return _DROP
    if kind == "Url" and owner == "Attachment":
        return _DROP
    if kind in ("Uri", "Url") and _CONTACT_URI.match(value):
        return REDACTED  # "mailto:jo@x.org", "tel:+1..." in a uri-typed element (an extension's valueUri)
    if kind in ("Uri", "Url") and key.startswith("value") and _WEB_URI.match(value):
        return ctx.scrub(value)  # session 16: an answer's valueUri can be a person's own web page
    return value


def _item(value: Any, et: ElementType, owner: str, key: str, loc: Loc, ctx: WalkContext) -> Any:
    if et.primitive is not None:
        return _primitive(value, et, owner, key, ctx)
    if not isinstance(value, dict):
        return value
    if et.is_resource:
        model = resource_model(str(value.get("resourceType", "")))
        if model is not None:
            _walk(value, model, loc, ctx)
        return value
    model = et.model
    name = model.__name__ if model is not None else ""
    if name in REMOVED_TYPES and not et.required:
        return _DROP
    if name == "Extension" and is_birth_extension(value):
        return _DROP  # session 33: "patient-birthTime" wherever it is
    if name == "Coding" and "meta" in loc and ("tag" in loc or "security" in loc) and not _public_coding(value):
        return _DROP  # session 38 (ingest tester): a local tag or security label can hold anything (an MRN, a name)
    if name == "CodeableConcept" and _is_coding_display(value):
        ctx.decided.add(loc + ("text",))  # the text of a code, as its coding names it
    if model is not None:
        _walk(value, model, loc, ctx)
    if name == "Extension" and not value.get("extension") and not any(k.startswith("value") for k in value):
        return _DROP  # session 40 (FHIR leak tester): a url alone breaks ext-1 (its value was removed)
    if name == "Attachment":
        _attachment(value, ctx)
    elif name == "Age" and ctx.age_cap is not None:
        _cap_age(value, ctx.age_cap)
    elif name == "Quantity" and ctx.age_cap is not None and (value.get("code") or value.get("unit")):
        _cap_age(value, ctx.age_cap)  # an age as a value ("Age" observation 30525-0: 96 a, 1165 mo)
    elif name == "Reference":
        _finish_reference(value, loc, ctx)
    elif name == "Coding" and _public_coding(value):
        if isinstance(value.get("display"), str) and ctx.scrub_known is not None:
            value["display"] = ctx.scrub_known(value["display"])
    elif name == "Coding":
        if isinstance(value.get("display"), str):
            value["display"] = ctx.scrub(value["display"])
        if isinstance(value.get("code"), str):  # session 38 (ingest tester): an MRN in meta.tag, a name in
            value["code"] = ctx.scrub(value["code"])  # meta.security: a local system's code is no published term
    return value


# years per unit of an age or duration (UCUM codes and the usual display spellings)
_YEARS_PER = {"a": 1.0, "yr": 1.0, "year": 1.0, "years": 1.0, "mo": 1 / 12, "month": 1 / 12, "months": 1 / 12,
              "wk": 7 / 365.25, "week": 7 / 365.25, "weeks": 7 / 365.25, "d": 1 / 365.25, "day": 1 / 365.25,
              "days": 1 / 365.25}
# LOINC codes whose value is the patient's age: Age, reported, estimated, calculated, current / at death
_AGE_LOINC = frozenset({"30525-0", "21612-7", "21611-9", "29553-5", "63900-5", "39016-1"})
_AGE_WORD = re.compile(r"(?i)(?<![a-z])age(?![a-z])")
_UNIT_WORD = re.compile(r"(?i)\b(month|week|day)s?\b")


def _cap_age(value: dict[str, Any], cap: int) -> None:
    """Condition.onsetAge 95 a, FamilyMemberHistory.deceasedAge 99 a, an "Age" observation of
    1165 mo -> 90 a (session 17: an age in months, weeks or days was kept; any of them at or above
    ``cap`` years is an age over 89: no duration of care is that long)."""
    v, unit = value.get("value"), value.get("code") or value.get("unit")
    per = _YEARS_PER.get(unit.strip().lower() if isinstance(unit, str) else "a")
    if isinstance(v, (int, float)) and not isinstance(v, bool) and per is not None and v * per > cap - 1e-9:
        value["value"] = cap
        value.pop("comparator", None)
        if per != 1.0:
            value["unit"] = "a"
            if "code" in value:
                value["code"] = "a"


def _age_unit(text: str) -> float:
    m = _UNIT_WORD.search(text)
    return _YEARS_PER[m.group(1).lower()] if m else 1.0


def _age_label(node: dict[str, Any], owner: str) -> str | None:
    """The label saying that this element's value[x] is an age: an "Age" observation or component
    (LOINC 30525-0 ..., or a code whose text says age) or a questionnaire item about an age."""
    if owner in ("Observation", "ObservationComponent"):
        code = node.get("code")
        if not isinstance(code, dict):
            return None
        for c in code.get("coding") or []:
            if isinstance(c, dict) and c.get("code") in _AGE_LOINC:
                return str(c.get("display") or "age")
        text = code.get("text")
        return text if isinstance(text, str) and _AGE_WORD.search(text) else None
    if owner == "QuestionnaireResponseItem":
        label = " ".join(str(node.get(k) or "") for k in ("linkId", "text"))
        return label if _AGE_WORD.search(label) else None
    return None


_ZIP_LABEL = re.compile(r"(?i)(?<![a-z])(?:zip|post(?:al)?[ _-]?code|eircode)(?![a-z])")


def _postcode_answers(node: dict[str, Any], ctx: WalkContext) -> None:
    """Session 17 (privacy review): a questionnaire answer "ZIP: 02139" was copied, a bare code the
    text scrubber cannot tell from any number. The item's label says what it is: the profile's
    ``zip_answer`` (safe-harbor: a US ZIP's ZIP3), else ``[ZIP]``."""
    label = " ".join(str(node.get(k) or "") for k in ("linkId", "text"))
    if not _ZIP_LABEL.search(label):
        return
    for a in node.get("answer") or []:
        v = a.get("valueString") if isinstance(a, dict) else None
        if isinstance(v, str) and v.strip():
            a["valueString"] = ctx.zip_answer(v) if ctx.zip_answer is not None else "[ZIP]"


def _cap_plain_ages(node: dict[str, Any], owner: str, cap: int) -> None:
    """Session 17 (privacy review): an age sent as a bare number ("Age" 30525-0 valueInteger 97, a
    questionnaire answer "Age: 97") was kept over 89. Capped like every other age."""
    label = _age_label(node, owner)
    if label is None:
        return
    per = _age_unit(label)
    holders = [node] if owner != "QuestionnaireResponseItem" else [
        a for a in node.get("answer") or [] if isinstance(a, dict)]
    for h in holders:
        for key in ("valueInteger", "valueDecimal"):
            v = h.get(key)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v * per > cap - 1e-9:
                h[key] = cap if per == 1.0 else round(cap / per)


# the reference forms that name no one: a literal "Type/id" (relative, absolute, with history), a
# UUID URN, a contained "#id"; anything else (a conditional "Practitioner?identifier=...|NPI",
# "RelatedPerson?name=...", "mailto:", a name, an OID with a number in it) may carry PHI
_SAFE_REFERENCE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://[^?#\s]*/)?[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}(?:/_history/[A-Za-z0-9\-.]{1,64})?"
    r"|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|#[A-Za-z0-9\-.]{1,64}"
)


def _finish_reference(value: dict[str, Any], loc: Loc, ctx: WalkContext) -> None:
    if "reference" in value:
        value.pop("display", None)  # the target is named by the reference; its label may be a name
        ref = value["reference"]
        if isinstance(ref, str) and not _SAFE_REFERENCE.fullmatch(ref):
            # session 10 (black-box CLI tester): conditional, mailto: and free-text references were
            # copied as sent; the reference goes, a display says one was there
            del value["reference"]
            value["display"] = REDACTED
        return
    if loc in _OWN_PATIENT and ctx.patient_ref:
        value["reference"] = ctx.patient_ref  # was an identifier (removed above), with or without a display
        value.pop("display", None)  # the patient's name
        return
    if loc and loc[-1] in _DRUG_FIELDS and isinstance(value.get("display"), str):
        return  # "medicationReference": {"display": "Warfarin 5mg"}: a drug, scrubbed as text
    if value.get("type") not in _NOT_PERSON or not isinstance(value.get("display"), str):
        value["display"] = REDACTED


# code systems whose displays are published terminology; a local system's display ("Patient own drug -
# <name> <phone>", black-box tester, session 27) is free text and scrubbed
_PUBLIC_SYSTEMS = ("http://loinc.org", "http://snomed.info/", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://unitsofmeasure.org", "http://hl7.org/fhir/", "http://terminology.hl7.org/",
                   "http://www.ama-assn.org/go/cpt", "http://www.whocc.no/atc", "http://id.who.int/icd",
                   "urn:oid:2.16.840.1.113883.6.", "urn:iso:std:iso:")


def _public_coding(coding: dict[str, Any]) -> bool:
    system = coding.get("system")  # HL7 OIDs of LOINC, SNOMED, RxNorm, UCUM share "2.16.840.1.113883.6."
    return isinstance(system, str) and system.replace("https://", "http://", 1).startswith(_PUBLIC_SYSTEMS)


def _is_coding_display(concept: dict[str, Any]) -> bool:
    text = concept.get("text")
    codings = concept.get("coding")
    if not isinstance(text, str) or not isinstance(codings, list):
        return False
    want = text.strip().casefold()
    return any(isinstance(c, dict) and isinstance(c.get("display"), str) and _public_coding(c)
               and c["display"].strip().casefold() == want for c in codings)  # fmt: skip


def _walk(node: dict[str, Any], model: Any, loc: Loc, ctx: WalkContext) -> None:
    types = element_types(model)
    owner = model.__name__
    if ctx.age_cap is not None:
        _cap_plain_ages(node, owner, ctx.age_cap)
    if owner == "QuestionnaireResponseItem":
        _postcode_answers(node, ctx)
    if owner in BIRTH_OWNERS:
        drop_birth_values(node, owner)  # session 33: a birth date as an observation or an answer
    for key in list(node):
        here = loc + (key,)
        if here in ctx.decided:
            continue
        if key.startswith("_") or key == "fhir_comments":
            del node[key]
            continue
        et = types.get(key)
        if et is None:
            continue
        value = node[key]
        if isinstance(value, list):
            kept = [
                v
                for v in (
                    x if here + (i,) in ctx.decided else _item(x, et, owner, key, here + (i,), ctx)
                    for i, x in enumerate(value)
                )
                if v is not _DROP
            ]
            if kept:
                node[key] = kept
            else:
                del node[key]
        else:
            new = _item(value, et, owner, key, here, ctx)
            if new is _DROP:
                del node[key]
            else:
                node[key] = new


def walk_resource(resource: dict[str, Any], ctx: WalkContext) -> None:
    """Finish ``resource`` in place (see the module doc); locations in ``ctx.decided``
    (decided by a policy rule) and everything below them are left as they are."""
    model = resource_model(str(resource.get("resourceType", "")))
    if model is not None:
        _walk(resource, model, (), ctx)
