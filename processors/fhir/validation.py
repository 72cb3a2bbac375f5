"""Structural validation of one resource with the fhir.resources R4B models.

The pydantic ValidationError is never turned into text (its str contains the input, i.e.
PHI): the detail is built only from `errors()` locations and error types.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import orjson
from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from processors.fhir import core_fastpath, element_memo
from processors.fhir.error_rules import rule_text

__all__ = ["MONITORED_TYPES", "R4_RESOURCE_TYPES", "format_loc", "has_r4b_model", "validation_problem"]

# Every R4 (4.0.1) / R4B resource type: anything else is `unsupported_resource`.
R4_RESOURCE_TYPES: frozenset[str] = frozenset(["Account", "ActivityDefinition", "AdministrableProductDefinition", "AdverseEvent", "AllergyIntolerance", "Appointment", "AppointmentResponse", "AuditEvent", "Basic", "Binary", "BiologicallyDerivedProduct", "BodyStructure", "Bundle", "CapabilityStatement", "CarePlan", "CareTeam", "CatalogEntry", "ChargeItem", "ChargeItemDefinition", "Citation", "Claim", "ClaimResponse", "ClinicalImpression", "ClinicalUseDefinition", "CodeSystem", "Communication", "CommunicationRequest", "CompartmentDefinition", "Composition", "ConceptMap", "Condition", "Consent", "Contract", "Coverage", "CoverageEligibilityRequest", "CoverageEligibilityResponse", "DetectedIssue", "Device", "DeviceDefinition", "DeviceMetric", "DeviceRequest", "DeviceUseStatement", "DiagnosticReport", "DocumentManifest", "DocumentReference", "EffectEvidenceSynthesis", "Encounter", "Endpoint", "EnrollmentRequest", "EnrollmentResponse", "EpisodeOfCare", "EventDefinition", "Evidence", "EvidenceReport", "EvidenceVariable", "ExampleScenario", "ExplanationOfBenefit", "FamilyMemberHistory", "Flag", "Goal", "GraphDefinition", "Group", "GuidanceResponse", "HealthcareService", "ImagingStudy", "Immunization", "ImmunizationEvaluation", "ImmunizationRecommendation", "ImplementationGuide", "Ingredient", "InsurancePlan", "Invoice", "Library", "Linkage", "List", "Location", "ManufacturedItemDefinition", "Measure", "MeasureReport", "Media", "Medication", "MedicationAdministration", "MedicationDispense", "MedicationKnowledge", "MedicationRequest", "MedicationStatement", "MedicinalProduct", "MedicinalProductAuthorization", "MedicinalProductContraindication", "MedicinalProductDefinition", "MedicinalProductIndication", "MedicinalProductIngredient", "MedicinalProductInteraction", "MedicinalProductManufactured", "MedicinalProductPackaged", "MedicinalProductPharmaceutical", "MedicinalProductUndesirableEffect", "MessageDefinition", "MessageHeader", "MolecularSequence", "NamingSystem", "NutritionOrder", "NutritionProduct", "Observation", "ObservationDefinition", "OperationDefinition", "OperationOutcome", "Organization", "OrganizationAffiliation", "PackagedProductDefinition", "Parameters", "Patient", "PaymentNotice", "PaymentReconciliation", "Person", "PlanDefinition", "Practitioner", "PractitionerRole", "Procedure", "Provenance", "Questionnaire", "QuestionnaireResponse", "RegulatedAuthorization", "RelatedPerson", "RequestGroup", "ResearchDefinition", "ResearchElementDefinition", "ResearchStudy", "ResearchSubject", "RiskAssessment", "RiskEvidenceSynthesis", "Schedule", "SearchParameter", "ServiceRequest", "Slot", "Specimen", "SpecimenDefinition", "StructureDefinition", "StructureMap", "Subscription", "SubscriptionStatus", "SubscriptionTopic", "Substance", "SubstanceDefinition", "SubstanceNucleicAcid", "SubstancePolymer", "SubstanceProtein", "SubstanceReferenceInformation", "SubstanceSourceMaterial", "SubstanceSpecification", "SupplyDelivery", "SupplyRequest", "Task", "TerminologyCapabilities", "TestReport", "TestScript", "ValueSet", "VerificationResult", "VisionPrescription"])

# Types wardwatch turns into events (validated); every other R4 type is counted as ignored.
MONITORED_TYPES: frozenset[str] = frozenset({
    "Observation", "Patient", "Encounter", "Condition", "MedicationRequest",
    "MedicationAdministration", "MedicationStatement", "DocumentReference",
    "ClinicalImpression", "Goal",
})

_MAX_ERRORS = 3

core_fastpath.install()  # the library's verdicts, its per-instance checks precomputed per class
element_memo.install()  # repeated coded / quantity elements validated once (processors.fhir.element_memo)


@cache
def _model(resource_type: str) -> Any:
    return get_fhir_model_class(resource_type)


@cache
def has_r4b_model(resource_type: str) -> bool:
    """False for R4 (4.0.1) types that R4B dropped ("MedicinalProduct", "EffectEvidenceSynthesis")."""
    try:
        _model(resource_type)
    except (ValueError, KeyError, AttributeError, ImportError):
        return False
    return True


# FHIR element names are lowerCamelCase ("_birthDate": a primitive's extension); any other key
# (an unknown property such as "MarySmith" or "Q7781234") could be input data and shows as "?"
_NAME_RE = re.compile(r"^_?[a-z][A-Za-z0-9]{0,47}$")


def format_loc(loc: tuple[int | str, ...]) -> str:
    """('component', 0, 'code') -> 'component[0].code'. Names that do not look like field
    names (a key could be input data) are replaced by '?'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = str(part)
            out += ("." if out else "") + (name if _NAME_RE.match(name) else "?")
    return out


# fhir_core's choice-type ("[x]") errors come with an empty location and a fixed message that
# lists field names only ("Expect any of field value from this list ['a', 'b']."): the names are
# taken from it (each checked to look like a field name), never any other message text
_CHOICE = re.compile(r"(?:Expect any of field value|Any of one field value is expected) from this list \[([^\]]{1,400})\]")
_CHOICE_PREFIX = re.compile(r"^([a-z]+?)(?=[A-Z])")


def _field_rule(e: Any) -> tuple[str, str]:
    """(field path, rule broken) of one error; a choice-type error without a location gives
    `name[x]` and 'one of a, b is required' / 'only one of a, b may be given'; an error on the
    whole resource gives ('', error type)."""
    loc = format_loc(tuple(e["loc"]))
    if loc:
        return loc, rule_text(e)
    m = _CHOICE.search(str(e.get("msg", "")))
    names = [n.strip().strip("'\"") for n in m.group(1).split(",")] if m else []
    if m and names and all(_NAME_RE.match(n) for n in names):
        prefix = _CHOICE_PREFIX.match(names[0])
        field = f"{prefix.group(1)}[x]" if prefix else names[0]
        listed = ", ".join(names)
        return field, (f"only one of {listed} may be given" if "Any of one" in m.group(0)
                       else f"one of {listed} is required")
    return "", rule_text(e)


# Codes with a required binding in R4B that the models do not check (they accept any code):
# (resource type, field) -> (value set name, allowed codes)
_REQUIRED_CODES: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("Observation", "status"): ("ObservationStatus", frozenset(
        ["registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"])),
    ("Patient", "gender"): ("AdministrativeGender", frozenset(["male", "female", "other", "unknown"])),
    ("Encounter", "status"): ("EncounterStatus", frozenset(
        ["planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"])),
    ("MedicationRequest", "status"): ("MedicationRequestStatus", frozenset(
        ["active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"])),
    ("MedicationRequest", "intent"): ("MedicationRequestIntent", frozenset(
        ["proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"])),
    ("MedicationStatement", "status"): ("MedicationStatementStatus", frozenset(
        ["active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"])),
    ("MedicationAdministration", "status"): ("MedicationAdministrationStatus", frozenset(
        ["in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped", "unknown"])),
    ("DocumentReference", "status"): ("DocumentReferenceStatus", frozenset(
        ["current", "superseded", "entered-in-error"])),
    ("ClinicalImpression", "status"): ("ClinicalImpressionStatus", frozenset(
        ["in-progress", "completed", "entered-in-error"])),
}
_CODED_FIELDS: dict[str, tuple[str, ...]] = {}
for _rtype, _field in _REQUIRED_CODES:
    _CODED_FIELDS[_rtype] = (*_CODED_FIELDS.get(_rtype, ()), _field)


def _code_problems(res: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in _CODED_FIELDS.get(res["resourceType"], ()):
        value = res.get(name)
        if isinstance(value, str):
            vs, allowed = _REQUIRED_CODES[(res["resourceType"], name)]
            if value not in allowed:
                out.append((name, f"code not in the required value set {vs}"))
    return out


def _contained_problems(res: dict[str, Any]) -> list[tuple[str, str]]:
    """Contained resources whose resourceType names no R4 type (the model raises a bare KeyError
    for them; session 31, second ingest tester). The type itself is not echoed: it may be data."""
    contained = res.get("contained")
    if not isinstance(contained, list):
        return []
    out = [(f"contained[{i}].resourceType", "not a FHIR R4 resource type")
           for i, item in enumerate(contained)
           if isinstance(item, dict) and item.get("resourceType") not in R4_RESOURCE_TYPES]
    # session 34 (ingest tester): a contained Patient's gender "Zebulon" passed, where the same
    # value is rejected at the top level: required codes are checked in contained resources too
    for i, item in enumerate(contained):
        if isinstance(item, dict) and item.get("resourceType") in _CODED_FIELDS:
            out.extend((f"contained[{i}].{field}", rule) for field, rule in _code_problems(item))
    return out


def _modifier_path(node: Any, path: str) -> str | None:
    if isinstance(node, dict):
        if node.get("modifierExtension"):
            return path + "modifierExtension" if path else "modifierExtension"
        for k, v in node.items():
            if isinstance(v, dict | list) and (found := _modifier_path(v, f"{path}{k}.")) is not None:
                return found
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, dict | list) and (found := _modifier_path(v, f"{path.rstrip('.')}[{i}].")) is not None:
                return found
    return None


def _modifier_problems(res: dict[str, Any]) -> list[tuple[str, str]]:
    """A modifier extension changes the meaning of the element it sits on ("not given", "refuted"),
    and FHIR forbids processing an element whose modifier extension the receiver does not
    understand; wardwatch understands none (session 34 ingest tester: an Observation with an
    unknown modifier was monitored)."""
    if b'"modifierExtension"' not in orjson.dumps(res):
        return []
    path = _modifier_path(res, "")
    rule = ("a modifier extension wardwatch does not understand (FHIR: such an element is not "
            "processed); send the resource without it")
    return [(path, rule)] if path else []


# session 38 (ingest tester): the R4B models read a JSON number as a date ("deceasedDateTime":
# 20200101 as Unix seconds, "birthDate": -617068800 as 1950-06-11), and de-identification then copied
# it out unshifted: FHIR JSON writes every date, dateTime and instant as a string
_DATE_KEYS = frozenset(["date", "issued", "authoredOn", "recorded", "lastUpdated", "dateAsserted", "created",
                        "timestamp", "whenHandedOver", "whenPrepared", "dateWritten", "birthDate", "time"])
_DATE_SUFFIXES = ("DateTime", "Date", "Instant")
_PERIOD_KEYS = frozenset(["start", "end"])
_DATE_RULE = "a date, dateTime or instant is a JSON string in FHIR (\"2024-03-01T08:00:00Z\"), not a number"


def _date_type_problems(node: Any, path: str, parent: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if not isinstance(k, str):
                continue
            here = f"{path}.{k}" if path else k
            period = k in _PERIOD_KEYS and (parent.endswith("Period") or parent == "period")
            if (k in _DATE_KEYS or k.endswith(_DATE_SUFFIXES) or period) and isinstance(v, int | float):
                out.append((here if _NAME_RE.match(k) else "?", _DATE_RULE))
            elif isinstance(v, dict | list):
                out.extend(_date_type_problems(v, here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, dict | list):
                out.extend(_date_type_problems(v, f"{path}[{i}]", parent))
    return out


def validation_problem(res: dict[str, Any]) -> tuple[str, str] | None:
    """None when the resource is valid R4B; else (field path, PHI-free detail): the codes outside
    their required value sets first, then the model's errors, up to ``_MAX_ERRORS`` named."""
    found = (_modifier_problems(res) + _contained_problems(res) + _code_problems(res)
             + _date_type_problems(res, ""))
    total = len(found)
    try:
        _model(res["resourceType"]).model_validate(res)
    except ValidationError as err:
        errors = err.errors(include_input=False, include_url=False, include_context=False)
        total += len(errors)
        found.extend(_field_rule(e) for e in errors[: max(0, _MAX_ERRORS - len(found))])
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        if not found:
            return "", f"FHIR R4B rules broken: {type(exc).__name__} raised by the model"
    if not found:
        return None
    shown = found[:_MAX_ERRORS]
    detail = "FHIR R4B rules broken: " + "; ".join(f"{field or '(resource)'}: {rule}" for field, rule in shown)
    if total > len(shown):
        detail += f"; and {total - len(shown)} more"
    return shown[0][0], detail
