"""The free-text scrubber: patient-token matching plus pattern and name-list recognisers.

Spans from all recognisers are merged (overlaps join; the longest span's type wins) and
replaced by typed placeholders. Existing placeholders are never re-matched, so scrubbing
is idempotent: ``scrub_text(scrub_text(t)) == scrub_text(t)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from processors.deid.actions import action_name_spans
from processors.deid.address_runs import address_run_spans, address_tail_spans
from processors.deid.admin import admin_name_spans, admin_spans
from processors.deid.bed_lines import bed_line_spans
from processors.deid.births import birth_spans
from processors.deid.bylines import byline_name_spans
from processors.deid.calendar_words import calendar_spans
from processors.deid.cantonese import cantonese_name_spans
from processors.deid.caps_lines import caps_line_spans, caps_role_spans
from processors.deid.caps_titles import caps_title_spans
from processors.deid.chat import chat_handle_spans, lower_context_spans
from processors.deid.cities import city_spans, city_state_spans, institution_town_spans
from processors.deid.codes import code_spans
from processors.deid.columns import column_spans
from processors.deid.community import community_name_spans, police_spans, vaccine_lot_spans
from processors.deid.contact_forms import contact_form_spans
from processors.deid.context import ROLE_NOUNS, context_name_spans, not_a_name
from processors.deid.critical import critical_name_spans, critical_spans
from processors.deid.day_parts import day_part_spans
from processors.deid.device_services import device_service_name_spans
from processors.deid.diagnostics import diagnostics_name_spans, diagnostics_spans
from processors.deid.employers import employer_spans
from processors.deid.endoflife import end_of_life_label_names, end_of_life_name_spans
from processors.deid.eponym_people import eponym_person_spans
from processors.deid.extend import (
    caps_comma_name_spans,
    caps_name_spans,
    extend_name_spans,
    given_after_comma,
    role_name_spans,
    title_surname_after,
)
from processors.deid.field_notes import field_note_spans
from processors.deid.fields import complaint_word, join_name_spans, person_spans
from processors.deid.forms import form_more_name_spans, form_name_spans, form_spans
from processors.deid.general import drug_dose_spans, general_spans
from processors.deid.given_cues import given_cue_spans
from processors.deid.guard import HEADS, guard_name_spans, token_memo
from processors.deid.handover import handover_name_spans, handover_spans
from processors.deid.header_lines import header_line_spans
from processors.deid.hl7 import hl7_plain_spans, hl7_spans
from processors.deid.initials import initials_spans
from processors.deid.interpreters import interpreter_name_spans
from processors.deid.korean import korean_name_spans
from processors.deid.lead_names import lead_name_spans, lower_note_names
from processors.deid.leading import compile_rx
from processors.deid.letters import letter_spans
from processors.deid.local_forms import local_form_spans
from processors.deid.lone_names import lone_name_spans
from processors.deid.loose_ids import loose_id_spans
from processors.deid.lower_edges import lower_name_edges
from processors.deid.lower_fields import lower_field_spans
from processors.deid.lower_names import lower_name_more_spans
from processors.deid.lower_signed import lower_signed_spans
from processors.deid.mdt import mdt_name_spans, mdt_spans
from processors.deid.message_lines import message_line_spans
from processors.deid.midwifery import midwifery_spans
from processors.deid.minutes import (
    baby_name_spans,
    given_before_spans,
    minutes_name_spans,
    role_given_spans,
    staff_bracket_spans,
)
from processors.deid.name_edges import trim_name_label
from processors.deid.name_forms import initials_form_spans, name_form_spans
from processors.deid.named_cues import cued_name_spans, form_cued_names
from processors.deid.names import FIRST_NAMES, _is_name_loose, _key, name_list_spans
from processors.deid.normalise import CJK_CHARS, prepare
from processors.deid.numbered_names import numbered_name_spans
from processors.deid.ocr import ocr_folded
from processors.deid.outpatient import outpatient_name_spans, outpatient_spans
from processors.deid.pagers import pager_spans
from processors.deid.pair_names import pair_name_spans
from processors.deid.patterns import (
    CONTEXT_LEAD,
    CONTEXT_NAME,
    LOW_RECOGNISERS,
    RECOGNISER_HINTS,
    RECOGNISERS,
    TITLE_NAME,
    date_lead_spans,
)
from processors.deid.people import people_spans, role_person_spans, signed_name_spans
from processors.deid.pharmacy import pharmacy_spans
from processors.deid.pinyin_names import pinyin_name_spans
from processors.deid.places import place_spans
from processors.deid.postal_towns import postal_town_spans
from processors.deid.prefilter import note_scan
from processors.deid.prehospital import prehospital_spans
from processors.deid.quick_forms import kin_age_spans, list_name_age_spans, quick_form_spans
from processors.deid.records import record_name_spans, record_spans, signature_spans
from processors.deid.regional import credential_line_names, regional_name_spans, regional_spans
from processors.deid.repeats import (
    repeated_any_case,
    repeated_caps_surnames,
    repeated_id_spans,
    repeated_name_spans,
)
from processors.deid.research import research_name_spans, research_spans
from processors.deid.role_marks import role_mark_spans, role_number_spans
from processors.deid.scripts import cjk_runs, number_spans, script_spans
from processors.deid.service_records import service_record_spans
from processors.deid.shapes import shape_name_spans, shape_spans
from processors.deid.signoffs import (
    is_credential,
    mark_signoff_spans,
    signoff_line_spans,
    signoff_spans,
)
from processors.deid.social_care import social_care_spans
from processors.deid.specialty import specialty_name_spans, specialty_spans
from processors.deid.spoken import spoken_spans
from processors.deid.spread import spread_spans
from processors.deid.staff import staff_name_spans, staff_phone_spans
from processors.deid.street_lines import street_line_spans
from processors.deid.tables import table_columns
from processors.deid.theatre import theatre_name_spans
from processors.deid.tokens import KIND_PLACEHOLDER, norm_word, token_digester
from processors.deid.transplant import transplant_spans
from processors.deid.travel import travel_spans
from processors.deid.unknown import is_known_word, lower_name_spans, unknown_name_spans
from processors.deid.us_contacts import us_contact_spans
from processors.deid.values import field_spans, lowered
from processors.deid.venues import venue_spans
from processors.deid.ward_talk import ward_talk_spans
from processors.deid.wardforms import ward_form_name_spans
from processors.deid.world_forms import world_form_spans

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = ["PLACEHOLDERS", "Span", "scrub_own_tokens", "scrub_spans", "scrub_text"]

PLACEHOLDERS = (
    "[NAME]", "[DATE]", "[PHONE]", "[EMAIL]", "[SSN]", "[ID]",
    "[ADDRESS]", "[ZIP]", "[URL]", "[IP]", "[AGE]",
)  # fmt: skip
_PLACEHOLDER = compile_rx("|".join(re.escape(p) for p in PLACEHOLDERS))
_WORD = compile_rx(r"[^\W_]+")
_GAP_OK = compile_rx(r"[ \t.,\-/()'@+#:]{1,3}")
_MAX_WORD_N = 4
_MAX_COMPACT_N = 6
_MAX_CJK_NAME = 4
_MAX_CJK_ADDRESS = 12
_CJK_CHAR = compile_rx(f"[{CJK_CHARS}]")
_WORD_KINDS = ("n", "a", "d")
_COMPACT_KINDS = ("i", "p", "d", "e", "z")
_ALL_KINDS = ("n", "a", "d", "i", "p", "e", "z")
# a name token that is also a unit, right after a number, is the unit ("20 min", "5 mg")
_UNIT_WORDS = frozenset(["min", "mins", "hr", "hrs", "h", "sec", "mg", "kg", "mcg", "ml", "mm", "cm", "mmol", "iu",
                         "unit", "units", "bd", "od", "tds", "qds", "daily", "hourly"])
_NUMBER_BEFORE = compile_rx(r"\d(?:\.\d+)?[ \t]?\Z")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    placeholder: str


def _group_span(m: re.Match[str], group: int) -> tuple[int, int]:
    if group >= 0:
        return m.span(group)
    for i in range(1, (m.re.groups or 0) + 1):
        if m.group(i) is not None:
            return m.span(i)
    return m.span(0)


@lru_cache(maxsize=256)
def _kinds_by_digest(tokens: frozenset[str]) -> dict[str, str]:
    """digest -> the kinds stored for it (one lookup per word); cached per patient's token set
    (digests only, no plaintext; a frozenset keeps its hash), built once instead of per text."""
    kinds_of: dict[str, str] = {}
    for tok in tokens:
        dg = tok[1:]
        kinds_of[dg] = kinds_of.get(dg, "") + tok[0]
    return kinds_of


def _token_spans(text: str, tokens: frozenset[str], key: bytes) -> list[Span]:
    found: list[Span] = []
    keyed = token_digester(key)
    kinds_of = _kinds_by_digest(tokens)

    memo: dict[str, str | None] = {}  # per call only: no word outlives the note

    def kinds(norm: str) -> str | None:
        try:
            return memo[norm]
        except KeyError:
            ks = memo[norm] = kinds_of.get(keyed(norm))
            return ks

    if not text.isascii():  # session 11: a CJK name or street is not a word of its own ("王小明先生")
        for a, b in cjk_runs(text):
            found.extend(_cjk_token_spans(text, a, b, kinds))
    ms = list(_WORD.finditer(text))
    if not ms:
        return found
    # one lower() call for all words: words hold no "\n", so each lowers as it would alone
    lows = "\n".join([m.group(0) for m in ms]).lower().split("\n")
    norm = {lw: norm_word(lw) for lw in set(lows)}  # lower-case word -> normal form
    wn = [norm[lw] for lw in lows]
    for w in set(wn):  # each distinct word hashed once (C-level loops: speed)
        memo[w] = kinds_of.get(keyed(w))
    hits = [i for i, w in enumerate(wn) if memo[w] is not None]
    if not text.isascii():  # session 11: a Russian name declined ("Сидорову", "Ивану")
        found.extend(_declined_spans(ms, wn, kinds))
    if not hits:
        return found
    ws = [(m.start(), m.end(), w) for m, w in zip(ms, wn, strict=True)]
    n = len(ws)
    for i in hits:
        w = ws[i][2]
        wk = memo[w] or ""
        if wk == "n" and w in _UNIT_WORDS and _NUMBER_BEFORE.search(text, max(0, ws[i][0] - 12), ws[i][0]):
            continue  # session 13 (v39): "20 min" for a patient named "Min-ji" is a duration
        for kind in _ALL_KINDS:  # one word: its spaced and compact forms coincide
            if kind in wk:
                found.append(Span(ws[i][0], ws[i][1], KIND_PLACEHOLDER[kind]))
                break
        if "f" not in wk:
            continue
        spaced = compact = w
        for j in range(i + 1, min(n, i + _MAX_COMPACT_N)):
            if not _GAP_OK.fullmatch(text, ws[j - 1][1], ws[j][0]):
                break
            w = ws[j][2]
            compact += w
            if j - i < _MAX_WORD_N:
                spaced += " " + w
                ks = kinds(spaced)
                if ks is not None:
                    for kind in _WORD_KINDS:
                        if kind in ks:
                            found.append(Span(ws[i][0], ws[j][1], KIND_PLACEHOLDER[kind]))
                            break
            ks = kinds(compact)
            if ks is not None:
                for kind in _COMPACT_KINDS:
                    if kind in ks:
                        found.append(Span(ws[i][0], ws[j][1], KIND_PLACEHOLDER[kind]))
                        break
    return found


_CYRILLIC = compile_rx("[\u0400-\u04ff]")


def _declined_spans(ms: list[re.Match[str]], wn: list[str], kinds: Callable[[str], str | None]) -> list[Span]:
    """Cyrillic words that are one of the patient's name tokens with a case ending (1-3 letters)."""
    out: list[Span] = []
    for m, w in zip(ms, wn, strict=True):
        if len(w) < 5 or kinds(w) is not None or not _CYRILLIC.match(w):
            continue
        if any("n" in (kinds(w[:-k]) or "") for k in (1, 2, 3)):
            out.append(Span(m.start(), m.end(), "[NAME]"))
    return out


def _cjk_token_spans(text: str, a: int, b: int, kinds: Callable[[str], str | None]) -> list[Span]:
    """The patient's name (2-4 characters) and address tokens (2-12) inside one CJK word (the
    CJK run with the digits around it: "建国路88号")."""
    out: list[Span] = []
    while a > 0 and text[a - 1].isdigit():
        a -= 1
    while b < len(text) and (text[b].isdigit() or _CJK_CHAR.match(text, b)):
        b += 1
    run = text[a:b].lower()
    for i in range(len(run) - 1):
        for n in range(2, min(_MAX_CJK_ADDRESS, len(run) - i) + 1):
            ks = kinds(run[i : i + n]) or ""
            if "n" in ks and n <= _MAX_CJK_NAME:
                out.append(Span(a + i, a + i + n, "[NAME]"))
            elif "a" in ks:
                out.append(Span(a + i, a + i + n, "[ADDRESS]"))
    return out


def _context_names(text: str, low: str) -> list[tuple[int, int]]:
    """Names after a context word ("seen by X", "Name: X"): the context on the lower-cased
    text, the name on the text."""
    out: list[tuple[int, int]] = []
    pos = 0
    for lead in CONTEXT_LEAD.finditer(low):
        if lead.start() < pos:
            continue
        m = CONTEXT_NAME.match(text, lead.end())
        if not m:
            continue
        pos = m.end()
        s, e = m.span(1)
        if "\t" in m.group(1):  # session 59 (deid tester B): a tab-separated header row's "NOK Phone<tab>Notes"
            e = text.index("\t", s)
            if is_known_word(text[s:e]) and not _is_name_loose(text[s:e]):
                continue
        words = text[s:e].split()
        if text.startswith("CC", lead.start()) and not _is_name_loose(words[0]) and is_known_word(words[0]):
            continue  # session 39 (US deid tester): "CC: Weakness", "CC: Fall" - a chief complaint, no copy list
        if low.startswith("c/o", lead.start()) and (":" in low[lead.start():lead.end()] or _LINE_START.search(
                low, max(0, lead.start() - 8), lead.start())) and complaint_word(words[0]):
            continue  # session 60 (deid tester B): "c/o: Swelling", a line's "c/o Fever x 4 days" - complains of, not care of
            # ("Alternative: c/o Jaguar Land Rover" is)
        if not_a_name(words) or _specialist(text, s, e):
            continue  # "seen by Physio", "discussed with Cardiology", "Visitors: Husband"; "Consultant Old Age Psychiatrist"
        while len(words) > 1 and not_a_name(words[:1]):  # "by Staff Nurse Oyelaran"
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        out.append((s, e))
        if text.startswith("/", e + len(text[e:e + 3]) - len(text[e:e + 3].lstrip(" \t"))):
            other = _SLASH_NAME.match(text, e)  # session 41 (deid tester): "Crew: Grant Cote / M. Baker"
            if other and not not_a_name(other.group(1).split()):
                out.append(other.span(1))
                pos = other.end()
        if low.startswith(("handed over by", "handover from"), lead.start()):
            then = _THEN_TO.match(text, e)  # session 40: "Handed over by Guy to Clive 1151"
            other = CONTEXT_NAME.match(text, then.end()) if then else None
            if other and not not_a_name(other.group(1).split()):
                out.append(other.span(1))
                pos = other.end()
    return out


_THEN_TO = compile_rx(r"[ \t]+to[ \t]+")
_LINE_START = compile_rx(r"(?:^|\n)[ \t]*\Z")
_SLASH_NAME = compile_rx(r"[ \t]*/[ \t]*" + CONTEXT_NAME.pattern)


# clinical notation that the shape recognisers would take for an id, date or ZIP: obstetric
# gravida/para ("G3P2002", "G2 P1"), and a code after its code-system label ("NDC 00003-0894-21",
# "CPT 99213", "ICD-10 I50.9", "BIN 610014"). Checked after the v10 measurement.
_NOTATION = compile_rx(
    # speed: every branch starts at a capital, at the "p" / "c" / "y" of a TNM prefix, the "d" of
    # "day", the "a" of "activity" or a frequency's digit ("2x/week"); the eponym branch at a
    # capital and two lower-case letters (checked before its look-behinds)
    r"(?=[A-ZpcyDda\d])(?:"
    r"\bG\d{1,2}[ \t]?P\d{1,5}\b"
    r"|\bSt\.?[ \t]+John(?:'|\u2019)?s[ \t]+[Ww]ort\b"  # a herbal drug (with warfarin), no person
    r"|\bSan[ \t]+Francisco[ \t]+[Ss]yncope[ \t]+[Rr]ule\b"  # a decision rule, no place (v28)
    r"|\b(?:NDC|CPT|HCPCS|RVS|ICD(?:-?1[01](?:-CM)?)?|LOINC|SNOMED(?:[ -]CT)?|RxNorm|RXCUI|DRG|BIN|PCN"
    r"|[Pp]roduct[ \t]+code|ISBT(?:[ \t]*128)?)"  # session 15 (v43): a blood product code ("E3088V00")
    r"\b[ \t]*[#:]?[ \t]*[A-Z0-9][A-Z0-9.-]*\d[A-Z0-9.-]*\b"
    # session 46 (deid tester I): an ICD-10 code with its decimal ("Dx: F90.2, F84.0" read "F[AGE].2"), a lab order's
    # CPT code in brackets on a ticked line ("[x] TSH (84443)"), a muscle's MRC grade ("weakness (4/5 EHL)")
    r"|\b[A-TV-Z]\d{2}\.\d{1,4}[A-Z]?\b(?![./]\d)"
    r"|(?<=\] )[A-Z][^\n()]{0,60}\(8\d{4}\)"
    r"|\b[0-5][+-]?/5\b(?=[ \t]+(?:EHL|FHL|EDL|EPL|FPL|APB|FDI|TA|GS|grip|power|strength)\b)"
    # an eponymous grade or class and its value ("Bosniak I", "Fazekas grade 2", "Killip II",
    # "Gleason 3+4", "Mallampati III"): a listed eponym, or any capitalised word before
    # grade / class / stage / score and a value
    r"|(?=[A-Z][a-z]{2})(?<!Mr )(?<!Ms )(?<!Dr )(?<!Mrs )(?<!Mr\. )(?<!Ms\. )(?<!Dr\. )(?<!Miss )(?<!Mrs\. )(?<!Prof )"
    r"(?:\b(?:Bosniak|Fazekas|Gleason|Mallampati|Killip|Breslow|Forrest|Hinchey|Salter-Harris|Gustilo"
    r"|Fitzpatrick|Child-Pugh|Rankin|Spetzler-Martin|Cormack-Lehane|Mobitz|Lown|Ranson|Apgar"
    r"|Centor|Waterlow|Ann Arbor|Binet|Durie-Salmon|Hoehn and Yahr|Gartland"
    r"|Schatzker|Neer|Lauge-Hansen|Outerbridge|Kellgren-Lawrence|Tegner|Clavien-Dindo)"
    r"(?:[ \t]+(?:grade|class|type|stage|score|level|category|scale))?[ \t]+(?:[IVX]{1,4}(?:[a-d]|[A-E][SX]?)?|\d{1,2}(?:[+.]\d{1,2})?[a-d]?)\b"
    r"|\b[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?(?:[ \t]+[a-z]{4,12})?[ \t]+(?i:grade|class|stage|score|index|category)[ \t]+(?:[IVX]{1,4}[a-d]?|\d{1,2}[a-d]?)\b)"
    # session 11 (v32): a test's score out of its maximum ("AM-PAC 6-Clicks 11/24", "Tinetti 11/28"),
    # a stent or device name before its size ("Xience Skypoint 2.75 x 28 mm")
    r"|\b(?:AM-PAC(?:[ \t]+6-Clicks)?|6-Clicks|Tinetti|MoCA|MMSE|SLUMS|Berg|Barthel|ACE-III|AMTS?|4AT|PRAM"
    r"|Braden|Norton|Waterlow|NIHSS|FIM|Katz|Lawton|Epworth|ESS|PHQ-9|GAD-7|AUDIT|MUST)[ \t:]+(?:score[ \t:]+)?\d{1,3}[ \t]*/[ \t]*\d{1,3}\b"
    # session 24 (v84): the same score on admission in brackets ("Barthel 8/20 (admission 3/20)")
    r"(?:[ \t]*\((?i:on[ \t]+admission|admission|adm|baseline|was|previously|pre-?op)[ \t:]+\d{1,3}[ \t]*/[ \t]*\d{1,3}\))?"
    # session 24 (v88): a lupus nephritis biopsy's indices ("activity 9/24, chronicity 1/12")
    r"|\b(?:[Aa]ctivity|[Cc]hronicity)(?:[ \t]+index)?[ \t]+\d{1,2}[ \t]*/[ \t]*(?:24|12)\b"
    # session 24 (v86): the HADS anxiety / depression pair in a results row ("HADS A/D   10/10   7/7")
    r"|\bHADS(?:[ \t]+A/D)?(?:[ \t]+\d{1,2}/\d{1,2}){1,3}\b"
    # session 24 (v84): spinal levels ("C6/7 ACDF", "L5/S1") and frequencies ("2x/week")
    r"|\b[CTLS]\d{1,2}/[CTLS]?\d{1,2}\b|\b\d{1,2}[x\u00d7]/(?:week|wk|day|d|month|mo)\b"
    r"|\b[A-Z][A-Za-z]{2,}(?:[ \t]+[A-Z][A-Za-z]{2,}){0,2}[ \t]+\d(?:\.\d{1,2})?[ \t]*[x\u00d7][ \t]*\d{1,3}(?:\.\d)?[ \t]*mm\b"
    # session 9 (v26): a day of a course ("ceftriaxone ... day 4/7"), not a date
    r"|\b(?<![/-])[Dd]ay[ \t]+\d{1,2}[ \t]?/[ \t]?\d{1,2}\b(?![/-]\d)"
    # TNM staging with the node ratio ("pT3 pN1a (1/19)", "ypT2 N0 M0")
    r"|\b[pcy]{0,2}T(?:[0-4][a-d]?|is|X)[ \t]*[pcy]{0,2}N[0-3X][a-c]?(?:[ \t]*[pcy]?M[01X])?(?:[ \t]*\(\d{1,2}/\d{1,2}\))?"
    # session 19: a clinical-trial registry number names a trial, not a person ("NCT04512345",
    # "ISRCTN12345678", "ACTRN12621000123456", "EudraCT 2019-001234-56", "EU CT 2023-500123-45-00")
    r"|\b(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|CTRI/\d{4}/\d{2,3}/\d{6}"
    r"|(?:EudraCT|EU[ \t]?CT)(?:[ \t]+(?:[Nn]o\.?|[Nn]umber))?[ \t]*[#:]?[ \t]*\d{4}-\d{6}-\d{2}(?:-\d{2})?)\b"
    # session 37 (US notes tester): the Nutritional Risk Screening tool ("NRS-2002 score 5")
    r"|\bNRS[- ]2002\b"
    # session 43 (deid tester): renal function's "U and Es", a cast's "plaster of Paris", "Apgars 7/7", "mmol/mol"
    r"|\bU[ \t]*(?:and|&|\+|n)[ \t]*Es\b|\b[Pp]laster[ \t]+of[ \t]+Paris\b|\bA(?i:pgars?)(?:[ \t]+(?i:scores?))?[ \t:]+\d{1,2}"
    r"(?:[ \t]*(?:/|,|and)[ \t]*\d{1,2}){0,2}\b|\b\d{1,3}(?:\.\d)?[ \t]*(?i:mmol/mol)\b"
    r")"
)


# session 25 (v93): a graded answer with its score in brackets ("worse (3/4)", "moderate (2/3)")
_GRADED_SCORE = compile_rx(
    r"\b(?i:worse|better|same|unchanged|none|mild|moderate|severe|slight|marked|never|rarely|sometimes"
    r"|often|always)[ \t]*\((?:[0-9]|10)/(?:[1-9]|10)\)"
)


# a count out of a total before its noun ("(6/10 attempts)", "5/24 cores"; session 25, v95)
_COUNT_OF = compile_rx(
    r"(?<![\w/])\d{1,2}/\d{1,3}(?=[ \t]+(?:attempts|occasions|episodes|times|nights|voids|cores|doses|sessions)\b)"
)


# session 56 (deid testers M: research notes, N: insurance letters): an investigational product's sponsor code ("AZD1234",
# "MK-3475", "RO7198457", "AMG 510"), a protein variant beside its gene ("PIK3CA H1047R"), a claim form's name ("CMS-1500",
# "UB-04") and a bare CPT code in brackets where the letter names CPT codes ("stellate ganglion block (64510)")
_COMPOUND = compile_rx(  # the sponsor prefixes that also start other numbers need their hyphen ("MK-3475"; not "PF8052612")
    r"\b(?:(?:AZD|RO|AMG|LY|GSK|INCB|REGN|MEDI|SAR|BAY|IBI|SHR|HLX|TQB|LOXO|ARRY|BLU|TAS|ONO|IMGN|SGN|NVP|LGX|ARQ|APG|PLX|JTX"
    r"|KTE|OTS|ALXN|MSC)[ -]?|(?:MK|PF|BMS|ABBV|TAK|DS|JNJ|GDC|BGB|VX|GS|RG|CC|AG|BI|XL)-)\d{3,8}[A-Za-z]?\b(?![-/]\d)"
)
_VARIANT_CONTEXT = compile_rx(r"(?i:\b(?:variants?|mutations?|mutant|mutated|genes?|exon|codon|hotspot|germline|somatic)\b)")
_PROTEIN_VARIANT = compile_rx(r"\b(?:p\.)?[ACDEFGHIKLMNPQRSTVWY]\d{2,4}(?:[ACDEFGHIKLMNPQRSTVWY*]|fs|del)\b")
_ID_LABEL_BEFORE = compile_rx(r"(?i:\b(?:mrn|id|no\.?|number|acct|account|chart|record|urn|nhs|subject|patient|pt|hosp(?:ital)?|"
                              r"member|policy|claim|ref(?:erence)?))[ \t]*[:#.]?[ \t]*#?\Z")
_FORM_NAME = compile_rx(r"\b(?:CMS|HCFA|UB|SSA|OWCP|WH|DD|SF|VA)-\d{2,4}[A-Z]?\b")
_CPT_IN_BRACKETS = compile_rx(r"(?<=[a-z)])[ \t]+\((\d{5})\)")  # after a procedure's words ("carpal tunnel release (64721)")
_BILLING = compile_rx(r"(?i:\b(?:prior[ \t]+auth\w*|pre-?authori[sz]\w*|authori[sz]ation[ \t]+request|billed|billing|coverage"
                      r"|medical[ \t]+necessity|explanation[ \t]+of[ \t]+benefits|procedure[ \t]+codes?)\b)")
_PLACE_WORDS = compile_rx(r"(?i:\b(?:lives?|living|resid\w*|address|zip|post[ \t]?code|moved|town|city|county|state)\b)")
_AMA_GUIDES = compile_rx(r"\bAMA[ \t]+Guides\b")


def _clinical_notation(text: str, raw: list[Span]) -> list[tuple[int, int]]:
    out = [m.span() for m in _NOTATION.finditer(text)]
    out.extend(m.span() for m in _COMPOUND.finditer(text) if not _ID_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()))
    if "-" in text:
        out.extend(m.span() for m in _FORM_NAME.finditer(text))
    if "(" in text and ("CPT" in text or _BILLING.search(text)):
        out.extend(m.span(1) for m in _CPT_IN_BRACKETS.finditer(text)
                   if not _PLACE_WORDS.search(text, max(0, m.start() - 40), m.start()))  # not "lives in x (62704)"
    if "AMA" in text:
        out.extend(m.span() for m in _AMA_GUIDES.finditer(text))  # "Using the AMA Guides, 6th Edition"
    if _VARIANT_CONTEXT.search(text):
        out.extend(m.span() for m in _PROTEIN_VARIANT.finditer(text))
    if "/" in text:
        out.extend(m.span() for m in _GRADED_SCORE.finditer(text))
        out.extend(m.span() for m in _COUNT_OF.finditer(text))
    kinds = {sp.placeholder for sp in raw}
    if "[ZIP]" in kinds or "[ADDRESS]" in kinds:
        out.extend(drug_dose_spans(text))  # "Creon 25000.": a dose, no town + postcode
    return out


# Session 10 (black-box CLI tester). Word processors write dashes and spaces the recognisers do
# not know ("SSN 078\u201305\u20131120", "(617) 555\u20110199", a no-break space inside a phone):
# they are folded one character for one (indices stay) before any recogniser runs.
_FOLD = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-",
    # session 38 (deid tester): "Parkinson\u2019s" was scrubbed as a name where "Parkinson's" was kept:
    # curly apostrophes are read as straight ones (words are runs of letters: patient tokens agree)
    "\u2019": "'", "\u2018": "'",
})
_NEEDS_FOLD = frozenset(chr(c) for c in _FOLD)
# A run of blanks this long separates two texts for the recognisers (no name, date or address
# spans it); scrubbing each piece alone keeps the cost linear where a regex would backtrack over
# the run at every position (16,000 padding spaces took 35 s).
_LONG_BLANKS = compile_rx(r"[ \t]{32,}")
_MAX_PIECE = 20_000  # characters per piece at most (cut at a line end or blank where one is near)


_OVERLAP = 400  # characters read on each side of a forced cut (session 42: a cut at the blank inside
# "07700 900123" left both halves unscrubbed); spans found there that reach into the piece are kept


def _pieces(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, read_start, read_end) of the pieces of ``text`` scrubbed one by one: a piece's
    spans are searched in ``text[read_start:read_end]``, which reaches ``_OVERLAP`` characters past a
    cut inside a text (none past a run of blanks, which separates texts)."""
    bounds = [0]
    for m in _LONG_BLANKS.finditer(text):
        bounds.extend((m.start(), m.end()))
    bounds.append(len(text))
    out: list[tuple[int, int, int, int]] = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        start = a
        while b - a > _MAX_PIECE:
            cut = text.rfind("\n", a + _MAX_PIECE // 2, a + _MAX_PIECE)
            if cut < 0:
                cut = text.rfind(" ", a + _MAX_PIECE // 2, a + _MAX_PIECE)
            cut = cut if cut > a else a + _MAX_PIECE
            out.append((a, cut, _read_edge(text, a, start, -1), _read_edge(text, cut, b, 1)))
            a = cut
        if b > a:
            out.append((a, b, _read_edge(text, a, start, -1), b))
    return out


def _read_edge(text: str, cut: int, limit: int, way: int) -> int:
    """Where reading stops ``_OVERLAP`` characters past a cut (at a blank, never past ``limit``)."""
    if cut == limit:
        return cut
    if way < 0:
        at = max(limit, cut - _OVERLAP)
        blank = text.find(" ", at, cut)
        return at if at == limit or blank < 0 else blank + 1
    at = min(limit, cut + _OVERLAP)
    blank = text.rfind(" ", cut, at)
    return at if at == limit or blank < 0 else blank


def scrub_spans(
    text: str, tokens: frozenset[str] = frozenset(), cfg: DeidConfig | None = None
) -> list[Span]:
    """The merged PHI spans of ``text`` (sorted, non-overlapping), without replacing them."""
    prep = prepare(text)  # session 11: composed accents, other Latin letters, other scripts
    composed, latin = prep.composed, prep.latin
    if not _NEEDS_FOLD.isdisjoint(composed):
        composed = composed.translate(_FOLD)
        latin = latin.translate(_FOLD)
    latin = ocr_folded(latin)  # session 14 (v42): "978.225.l346", "ZlP:" from scanned forms
    spans = _scrub_text(latin, composed, prep.has_script, tokens, cfg)
    if prep.starts is None:
        return spans
    return [Span(*prep.to_input(sp.start, sp.end), sp.placeholder) for sp in spans]


def _scrub_text(
    text: str, composed: str, has_script: bool, tokens: frozenset[str], cfg: DeidConfig | None
) -> list[Span]:
    if len(text) <= _MAX_PIECE and "   " not in text:
        return _scrub_piece(text, composed, has_script, tokens, cfg)
    pieces = _pieces(text)
    if len(pieces) == 1 and pieces[0][:2] == (0, len(text)):
        return _scrub_piece(text, composed, has_script, tokens, cfg)
    out: list[Span] = []
    for a, b, ra, rb in pieces:
        found = _scrub_piece(text[ra:rb], composed[ra:rb], has_script, tokens, cfg)
        out.extend(Span(sp.start + ra, sp.end + ra, sp.placeholder) for sp in found
                   if sp.start + ra < b and sp.end + ra > a)
    return _merge(out)


# session 50 (deid tester Y: 17 page counters read as dates, 10 "Best wishes" and 11 "Pages (incl. cover)" read as names)
_PAGE_BEFORE = re.compile(r"(?i:\b(?:p|pg|pp|page|pages|sheet|part)\.?[ \t]*)\Z")
_DAY_MONTH = re.compile(r"\d{1,2}[ \t]*/[ \t]*\d{1,2}")
_CLOSING_AFTER = re.compile(r"[ \t]+(?i:wishes|regards|interests?)\b")  # session 59: "Best interests meeting"
_COUNT_AFTER = re.compile(r"[ \t]*(?:\((?i:incl|including|inc)\b|:[ \t]*\d)")


def _page_or_closing(text: str, sp: Span) -> bool:
    """A fax or report's page counter ("P. 1/6", "Pg 2/2"), "Best wishes", "Pages (incl. cover): 5"."""
    if sp.placeholder == "[DATE]":
        return _DAY_MONTH.fullmatch(text, sp.start, sp.end) is not None and _PAGE_BEFORE.search(text, max(0, sp.start - 8), sp.start) is not None
    if sp.placeholder == "[NAME]":
        word = text[sp.start:sp.end].lower()
        return (word == "best" and _CLOSING_AFTER.match(text, sp.end) is not None) or (
            word == "pages" and _COUNT_AFTER.match(text, sp.end) is not None)
    return False


# session 58 (deid tester J: 66 results-table rows destroyed): a row's numbers in tab or space-aligned columns read as one phone
# number or id ("pH\t7.28\t7.34\t7.34", "BNP   3715   3930   2430"); a labelled number keeps its label ("Tel:\t0161 ...")
_RESULT_CELLS = re.compile(r"\d+(?:\.\d+)?(?:(?:[ ]*\t[ \t]*|[ ]{2,})\d+(?:\.\d+)?)+")
_NUMBER_LABEL = re.compile(r"(?i:\b(?:tel|telephone|phone|ph|mob|mobile|cell|fax|pager|bleep|ext|nhs|mrn|id|no|number|num|#)\b\.?[ \t]*[:#]?[ \t]*)\Z")


def _result_cells(text: str, sp: Span) -> bool:
    return sp.placeholder in ("[PHONE]", "[ID]") and _RESULT_CELLS.fullmatch(text, sp.start, sp.end) is not None and (
        "." in text[sp.start:sp.end] or _NUMBER_LABEL.search(text, max(0, sp.start - 16), sp.start) is None)  # "pH 7.28" is no phone


def _scrub_piece(
    text: str, composed: str, has_script: bool, tokens: frozenset[str], cfg: DeidConfig | None
) -> list[Span]:
    """PHI spans of one piece: the Latin recognisers read ``text``; the patient's own tokens and
    the other-script recognisers read ``composed`` (same length, letters as written)."""
    low = lowered(text)
    # session 14: whole-text searches Hyperscan rules out are skipped; session 35: each token's
    # clinical check is made once per piece
    with note_scan(text, low), token_memo(text):
        spans = _piece_spans(text, low, composed, has_script, tokens, cfg)
    # session 36: a line of capitals read again in lower case (its own scan: contexts do not nest)
    caps = caps_line_spans(text, lambda line: _reread(line, cfg))
    if caps:
        spans = _merge(spans + [Span(s, e, p) for s, e, p in caps])
    spans = [sp for sp in spans if not _page_or_closing(text, sp)]
    if "\t" in text or "  " in text:
        spans = [sp for sp in spans if not _result_cells(text, sp)]
    if "|" in text and (plain := hl7_plain_spans(text)):  # session 50: an HL7 segment's codes, tests and control id
        spans = [sp for sp in spans if any(c.isdigit() for c in text[sp.start:sp.end])  # a number is kept scrubbed
                 or not any(ps <= sp.start and sp.end <= pe for ps, pe in plain)]
    return spans


# session 47: a line of capitals read again in lower case is no note typed in lower case: a given name opening it
# ("davis station - medical summary") is read only in the note as written (lead_names.py)
_REREAD: ContextVar[bool] = ContextVar("deid_caps_reread", default=False)


def _reread(line: str, cfg: DeidConfig | None) -> list[tuple[int, int, str]]:
    token = _REREAD.set(True)
    try:
        return [(sp.start, sp.end, sp.placeholder) for sp in _scrub_piece(line, line, False, frozenset(), cfg)]
    finally:
        _REREAD.reset(token)


# a job title after a title is the role, not a name ("Nurse Specialist"); "Dr Nurse" is a surname
_ROLE_AFTER_TITLE = ROLE_NOUNS - {"nurse"}
# session 57 (deid tester H: 25 court reports; tester Q of session 56): a title's words ending on a specialist's name are his
# job, not his name ("Consultant Forensic Psychiatrist", "Consultant Old Age Psychiatrist", "Consultant Urological Surgeon")
_SPECIALIST_TAIL = compile_rx(r"\b([A-Z][a-z]{2,})[ \t]+(?:[A-Z][a-z]+(?:iatrist|ologist|ician|Surgeon|Physician|Anaesthetist|Anesthetist|Therapist"
                              r"|Pharmacist|Dietitian)|Surgeon|Physician|Psychologist|Therapist|Psychiatrist|Radiologist|Paediatrician)[ \t]*\Z")


def _specialist(text: str, start: int, end: int) -> bool:
    """The title's words name a job ("Forensic Psychiatrist"), not "Adam Surgeon" (a listed given name first)."""
    m = _SPECIALIST_TAIL.search(text, start, end)
    return m is not None and (_key(m.group(1)) not in FIRST_NAMES or is_known_word(m.group(1)))


# session 59 (deid tester B: 35 of 88 retention losses on ward lists): a name run's last word is an eponym when its possessive
# names a disease, sign or procedure ("Dr Ramirez Barrett's oesophagus", "Mr Morgan Hartmann's procedure", "DR SHARP BELL'S
# PALSY"): the run ends before it
_EPONYM_TAIL = compile_rx(r"[ \t]+([^\W\d_][\w-]*)\Z")
_TITLE_ONLY = compile_rx(r"[ \t]*(?:(?i:dr|mr|mrs|ms|miss|mx|prof|sister|nurse)\.?)?[ \t]*")
_POSSESSIVE_HEAD = compile_rx(rf"(?i:'s|\u2019s)[ \t]+(?i:{HEADS}|oesophagus|esophagus|crisis)\b")


def _without_eponym_tail(text: str, s: int, e: int) -> tuple[int, int]:
    at = text.find("'", s, e + 1)
    if at < 0:
        at = text.find("\u2019", s, e + 1)
    if at < 0 or _POSSESSIVE_HEAD.match(text, at) is None:
        return s, e
    m = _EPONYM_TAIL.search(text, s, at)
    if m is None or _TITLE_ONLY.fullmatch(text, s, m.start()):
        return s, e  # "Mr Sharp's sign": the title's surname
    return s, m.start()


# session 59 (deid tester C: 20 of 40 Welsh ward names lost): a ward named after its "Ward" is a place of the hospital, not a
# person ("Ward: Ward Cemlyn", "admit Ward Dewi Sant", "moved to Ward Glaslyn")
_WARD_CUE = compile_rx(r"(?:^|[:\n(]|\b(?i:to|on|from|in|at|admit(?:ted)?|transfer(?:red)?|moved|via|back))[ \t]*\Z")


def _ward_name(text: str, s: int, e: int) -> bool:
    return text.startswith("Ward ", s) and e - s > 5 and _WARD_CUE.search(text, max(0, s - 14), s) is not None


def _piece_spans(
    text: str, low: str, composed: str, has_script: bool, tokens: frozenset[str], cfg: DeidConfig | None
) -> list[Span]:
    raw: list[Span] = []
    for (placeholder, rx, group), hint in zip(RECOGNISERS, RECOGNISER_HINTS, strict=True):
        if hint is not None and not hint.search(low):
            continue  # speed: no match without the hint ("@" for an e-mail address)
        for m in rx.finditer(text):
            s, e = _group_span(m, group)
            if e > s:
                raw.append(Span(s, e, placeholder))
    for placeholder, rx, group in LOW_RECOGNISERS:
        for m in rx.finditer(low):
            s, e = _group_span(m, group)
            if e > s:
                raw.append(Span(s, e, placeholder))
    raw.extend(Span(s, e, "[DATE]") for s, e in date_lead_spans(text))
    raw.extend(Span(s, e, "[DATE]") for s, e in day_part_spans(text))  # session 37: "Review 27th.", "2019-07"
    raw.extend(Span(s, e, p) for s, e, p in field_spans(text, low))
    raw.extend(Span(s, e, p) for s, e, p in shape_spans(text, low))
    raw.extend(Span(s, e, p) for s, e, p in general_spans(text, low))  # round 11
    raw.extend(Span(s, e, p) for s, e, p in place_spans(text, low))
    raw.extend(Span(s, e, p) for s, e, p in form_spans(text, low))  # round 12
    raw.extend(Span(s, e, p) for s, e, p in spoken_spans(text, low))  # session 6: dictation
    raw.extend(Span(s, e, p) for s, e, p in midwifery_spans(text))  # session 55: "given 9.1.", "Signed J Palmer RM"
    raw.extend(Span(s, e, p) for s, e, p in venue_spans(text, low))  # session 56: "outside the Crown and Anchor pub"
    raw.extend(Span(s, e, p) for s, e, p in action_name_spans(text))  # session 56: "Action: S Day to book CT"
    raw.extend(Span(s, e, p) for s, e, p in record_spans(text, low))  # session 6: HL7, Europe
    raw.extend(Span(s, e, p) for s, e, p in hl7_spans(text))  # session 15: HL7 v2 fields by place
    raw.extend(Span(s, e, p) for s, e, p in initials_spans(text, low))  # session 7: sign-offs, pagers
    raw.extend(Span(s, e, p) for s, e, p in birth_spans(text, low))  # session 7: birth years
    raw.extend(Span(s, e, p) for s, e, p in code_spans(text, low))  # session 7: codes, 4-4 phones
    raw.extend(Span(s, e, p) for s, e, p in local_form_spans(text))  # session 11: Quebec streets, "#NOF 06/12"
    raw.extend(Span(s, e, p) for s, e, p in street_line_spans(text))  # session 12: HDB blocks, Irish lines
    raw.extend(Span(s, e, p) for s, e, p in role_number_spans(text))  # session 13: "CRNA (x83927)"
    raw.extend(Span(s, e, p) for s, e, p in police_spans(text))  # session 14: "PC 0541 Pugh"
    raw.extend(Span(s, e, p) for s, e, p in vaccine_lot_spans(text))  # session 14: "Boostrix ... lot L50SN"
    table = table_columns(text, low)  # session 12: "| Resident | Age |" columns; 14: "| Lot |", "| Init |"
    raw.extend(Span(s, e, p) for s, e, p in table.ages)
    raw.extend(Span(s, e, p) for s, e, p in table.ids)
    raw.extend(Span(s, e, p) for s, e, p in table.phones)  # session 15 (v43): "| Pager |" column
    raw.extend(Span(s, e, p) for s, e, p in staff_phone_spans(text, low))  # session 15: "Page me 26944"
    raw.extend(Span(s, e, p) for s, e, p in regional_spans(text))  # session 16 (v45): "Jun 26/24", "pg 1704"
    raw.extend(Span(s, e, p) for s, e, p in mdt_spans(text))  # session 17 (v48): key-safe codes, "log 5008 of"
    raw.extend(Span(s, e, p) for s, e, p in travel_spans(text))  # session 22 (v72): passports, A-Numbers
    raw.extend(Span(s, e, p) for s, e, p in transplant_spans(text, low))  # session 59: donor, batch, blood unit and tail numbers
    raw.extend(Span(s, e, p) for s, e, p in service_record_spans(text, low))  # session 59: date codes, bases, ranks, service numbers
    raw.extend(Span(s, e, p) for s, e, p in pager_spans(text))  # session 57: pager numbers, call-back numbers and callers
    raw.extend(Span(s, e, p) for s, e, p in pharmacy_spans(text, low))  # session 23 (v76): "..., page 3664"
    raw.extend(Span(s, e, p) for s, e, p in contact_form_spans(text))  # session 23 (v77): "3F2, 85 ...", "Suburb:"
    raw.extend(Span(s, e, p) for s, e, p in social_care_spans(text))  # session 23 (v80): "policy  TA    08/12"
    raw.extend(Span(s, e, p) for s, e, p in prehospital_spans(text))  # session 23 (v78): "Inc: 721581", "///a.b.c"
    raw.extend(Span(s, e, p) for s, e, p in us_contact_spans(text))  # session 37: "home 7738450273", "N6543 County Road K"
    raw.extend(Span(s, e, p) for s, e, p in research_spans(text))  # session 17 (v49): "Participant no:", kits
    raw.extend(Span(s, e, p) for s, e, p in critical_spans(text))  # session 18 (v50): "x4396", "user 967263"
    raw.extend(Span(s, e, p) for s, e, p in specialty_spans(text))  # session 18 (v51): "Shop 11, 91 Banksia Cres"
    raw.extend(Span(s, e, p) for s, e, p in diagnostics_spans(text))  # session 19 (v58): "Lab ref B24.9382994"
    raw.extend(Span(s, e, p) for s, e, p in outpatient_spans(text))  # session 19 (v56): "1300 149 211"
    raw.extend(Span(s, e, p) for s, e, p in admin_spans(text))  # session 19 (v60, v61): "PC Rajesh Hussain 1207"
    raw.extend(Span(s, e, p) for s, e, p in handover_spans(text))  # session 19 (v53, v54): "Dr Qureshi (3871)", "CAS 55/04/2024"
    raw.extend(Span(s, e, p) for s, e, p in address_run_spans(text))  # session 41: "Plot 45, 3rd Avenue, ..., Abuja 900108"
    raw.extend(Span(s, e, p) for s, e, p in bed_line_spans(text))  # sessions 43-44: "BED 21 - COOK, GWEN - 98", "BED 12 WINIFRED HERON (64)"
    raw.extend(Span(s, e, p) for s, e, p in letter_spans(text))  # session 44: "PF/hc", "O Al-Farsi MRCGP", "(OIIQ 6903308)"
    notes = field_note_spans(text)  # session 41: transcripts, crews, prison, pathology, nursing notes
    notes.extend(header_line_spans(text))  # session 46: "KATHLEEN WARD  11/05/1958  RR8 557285"
    raw.extend(Span(s, e, p) for s, e, p in notes if p != "[NAME]")
    raw.extend(Span(s, e, p) for s, e, p in column_spans(text))  # session 21 (v63): "5/21      treadmill", "9/11 SM - ..."
    names = [m.span(1) for m in TITLE_NAME.finditer(text)
             if text[m.start(1):m.end(1)].lower() not in _ROLE_AFTER_TITLE  # session 26 (v103): "Nurse Specialist"
             and not _specialist(text, m.start(1), m.end(1))]  # session 57: "Consultant Forensic Psychiatrist"
    names.extend(_context_names(text, low))
    names.extend(name_list_spans(text))
    names.extend(unknown_name_spans(text))
    names.extend(lower_name_spans(text))
    names.extend(lower_context_spans(text, low))
    names.extend(lower_name_more_spans(text, low))  # session 7: quick nursing notes
    names.extend(caps_name_spans(text))
    names.extend(caps_comma_name_spans(text))
    names.extend(role_name_spans(text))
    names.extend(person_spans(text, low))
    names.extend(people_spans(text))  # round 11
    names.extend(table.names)
    names.extend(quick_form_spans(text, low))  # session 36: "pt somchai srisawat seen", "maricel (pt's rn)"
    names.extend(lone_name_spans(text))  # session 38: "Married to Pita", "Will phone Arjun on", "asked for Patience to"
    if not _REREAD.get():
        names.extend(lead_name_spans(text))  # session 47: "deepika mobilised 20m", "ELENA (DAUGHTER) SAYS"
        names.extend(lower_note_names(text, low))  # session 48: "bed 3 - nowak - 73y/o" in a note typed in lower case or capitals
    names.extend(name_form_spans(text))  # session 40: "Patient Dale Sleep to", "Murphy, Chase: RUQ pain", "| BROWN/JUNE |"
    found = guard_name_spans(text, names)  # no NAME span covers a clinical token
    found.extend(guard_name_spans(text, context_name_spans(text, found)))
    # session 32: Synthea's "Roland928 Nienow652" (the guard reads a word with digits as a code)
    found.extend(numbered_name_spans(text))
    found = join_name_spans(text, extend_name_spans(text, found))
    # shape names are not extended ("Initials: B-S-R   Screening #")
    found.extend(guard_name_spans(text, shape_name_spans(text, low)))
    found.extend(role_person_spans(text))  # round 11: own clinical check, no label cut
    found.extend(message_line_spans(text))  # session 57: "Kind regards,\nWill", "Subject: SIMS CHI 0101901234" (own checks)
    found.extend(interpreter_name_spans(text))  # session 57: "Somali interpreter Fang via phone" (own checks)
    found.extend(initials_form_spans(text))  # session 41: "Initials on CRF: H-C", "Hessa Al Shehhi (HS)" (own checks)
    found.extend((s, e) for s, e, p in notes if p == "[NAME]")  # session 41: "SAGAL:", "MOHAMUD, FM" (own checks)
    found.extend(cantonese_name_spans(text))  # session 10: "CPN FUNG Wing Yee" (own syllable check)
    found.extend(pinyin_name_spans(text))  # session 54: "He Jun", "xu jing", "HU BO (DOB" (own syllable and cue checks)
    found.extend(signed_name_spans(text))  # after the v11 measurement: signatures, titled names
    found.extend(form_name_spans(text, low))  # round 12: lower-case names after "my name is" ...
    found.extend(form_more_name_spans(text))  # round 12: names by form (credential, clergy ...)
    found.extend(byline_name_spans(text, low))  # after v12: bylines, brackets, chat speakers
    found.extend(guard_name_spans(text, record_name_spans(text)))  # session 6: HL7, headings
    found.extend(signature_spans(text))  # session 6: "Signed AF", "/es/ NAME"
    found.extend(role_mark_spans(text))  # session 13: "SN HG.", "user KD", "Coach Wise" (own checks)
    found.extend(table.initials)  # session 14 (v42): a table's "Init" / "By" column
    found.extend(guard_name_spans(text, community_name_spans(text)))  # session 14 (v42): "DNS Kiri", ". jp"
    found.extend(guard_name_spans(text, mdt_name_spans(text)))  # session 17 (v48): "Gemma (IPC ADON), ext"
    found.extend(theatre_name_spans(text))  # session 22 (v71): "correct (MM / WF)", "surgeon (AM)" (own checks)
    found.extend(device_service_name_spans(text))  # session 26 (v102): "M. Dodd (Prosthetist)" (own checks)
    found.extend(research_name_spans(text))  # session 17 (v49): "2nd check: ym", "MRT(T); cn" (own checks)
    found.extend(critical_name_spans(text))  # session 18 (v50): "-b.joseph", "Circulating NR" (own checks)
    found.extend(specialty_name_spans(text))  # session 18 (v51): "RGN [KF]", a dosing log's initials (own checks)
    found.extend(ward_form_name_spans(text))  # session 18 (v52): "| Y | KO", "RN key: TR Troy ..." (own checks)
    found.extend(guard_name_spans(text, repeated_name_spans(text, found)))
    found.extend(repeated_caps_surnames(text, found))  # session 19 (v53): "HUTCHINSON: breach likely"  # session 15: "Hope to collect"
    found.extend(staff_name_spans(text))  # session 15 (v43): "WL = Dr ...", "by SR/GN.", "FOX UR 916..."
    found.extend(regional_name_spans(text))  # session 16 (v45): "NC (HO)", "KD / hospitalist", "Gross: LD"
    found.extend(caps_title_spans(text))  # session 35: "(DR. WHITE)", "MR AMOS ..." (own clinical check)
    found.extend(caps_role_spans(text))  # session 36: "RN DESTINY X8757", "pt MAAS rm 397" (own check)
    found.extend(signoff_spans(text))  # session 36: "-- Holly rn", "pt Field, Dean" (own check)
    found.extend(chat_handle_spans(text))  # session 39: "[11:16] damian_50: yes doc" (own checks)
    found.extend(signoff_line_spans(text))  # session 46: "SaLT: rm", "— j. logan, band 6 physiotherapist" (own checks)
    found.extend(ward_talk_spans(text))  # session 45: "is frank still on?", "Outreach aware (Sunshine)", "W. S. (FIN: ...)"
    # session 48: "surname: zhang   forename(s): duc", "baby to be called blessing" (after the context pass: a field's
    # value is no run to extend)
    found.extend(guard_name_spans(text, form_cued_names(text)))
    found.extend(cued_name_spans(text))  # session 48: "to: anil banerjee <a@b.c>", "it's gift balogun (dob", "PR/typed sp" (own checks)
    found.extend(mark_signoff_spans(text))  # session 48: "obs stable.  //c.d.", "~brooks hca", "-- R.B." (own checks)
    found.extend(kin_age_spans(text))  # session 36: "2 siblings (Abdirahman 9, Aroha 4)" (own check)
    found.extend(list_name_age_spans(text))  # session 52: "9. hope bell 48 nhs no", "bed 14 - mairead byrne 31 -" (own check)
    found.extend(eponym_person_spans(text))  # session 53: "Addison (daughter) knows", "Hope Barrett was told" (own checks)
    found.extend(lower_signed_spans(text))  # session 53: "signed a bello 1415", "pt faith fitzgerald chart no" (own checks)
    found.extend(guard_name_spans(text, credential_line_names(text)))  # session 16 (v47): "Hope Cotton, MD"
    found.extend(staff_bracket_spans(text))  # session 39: "Consultant (F. Hope)" (own check)
    found.extend(baby_name_spans(text))  # session 42: "Baby Rose (Baby of ...)", "(Baby Mendoza II)" (own checks)
    found.extend(lower_field_spans(text))  # session 42: "patient: oluwaseun oyelaran   mrn:", "w/ maria santos re" (own checks)
    found.extend(guard_name_spans(text, role_given_spans(text)))  # session 19 (v55): "NUM: Ross", '"Paddy" reports'
    found.extend(guard_name_spans(text, given_before_spans(text, found)))  # session 19: "Arjun Menon"
    found.extend(handover_name_spans(text))  # session 19 (v53, v54): "NNP = Nia Parry", "Agree with KKG."
    found.extend(end_of_life_name_spans(text))  # session 19 (v57): "0945 MJ: joint visit", "VOD MA"
    found.extend(guard_name_spans(text, end_of_life_label_names(text)))  # session 19 (v57): "Coroner J Villanueva"
    found.extend(diagnostics_name_spans(text))  # session 19 (v58): "By: rw", "(FA/ao)", "REMOVE 1  JBAUTISTA1"
    found.extend(outpatient_name_spans(text))  # session 19 (v56): "CM/snd", "96%    FT", "11/08/2025 JT:"
    found.extend(admin_name_spans(text))  # session 19 (v60, v61): "Bed 11 CROWTHER -", "Reply (HP):"
    found.extend(minutes_name_spans(text, found))  # session 19 (v55): a found name's initials, action owners
    # session 39 (deid tester): a surname closing the phrase after any found name ("(Baby of Honor Wise)")
    found.extend(given_after_comma(text, found))  # session 39: "Checked: Bhattacharya, Venkata 14:05"
    found.extend(guard_name_spans(text, repeated_any_case(text, found)))  # session 47: "kavitha ... kavitha / sn"
    found.extend(given_cue_spans(text))  # session 49: "[03:30] june:", "this is rohan, sky's mum", "aka joy" (own checks)
    found.extend(pair_name_spans(text, found))  # session 49: "daughter savannah paget;", "contact jean murray 1-406-" (own checks)
    found.extend(korean_name_spans(text))  # session 50: "- ji-ho park:", "gp yoon kyung-soo", "han jihye" (own checks)
    found = [lower_name_edges(text, s, e) for s, e in found]  # session 53: "sophie [wood]", "[mark dela] cruz"
    if "'" in text or "\u2019" in text:
        found = [_without_eponym_tail(text, s, e) for s, e in found]  # session 59: "Dr Ramirez [Barrett's oesophagus]"
    if "Ward " in text:
        found = [(s, e) for s, e in found if not _ward_name(text, s, e)]  # session 59: "admit Ward Dewi Sant"
    raw.extend(Span(s, title_surname_after(text, s, e), "[NAME]") for s, e in found)
    # session 49: "- G.M. ENA", "rn bscn", "RN, BSN" (a credential is no name)
    raw = [sp for sp in raw if sp.placeholder != "[NAME]" or not is_credential(text, sp.start, sp.end)]
    if table.scores:  # session 14 (v42): "| Pain |" column cells ("4/10") are scores, not dates
        raw = [sp for sp in raw if sp.placeholder != "[DATE]"
               or not any(a <= sp.start and sp.end <= b for a, b in table.scores)]
    notation = _clinical_notation(text, raw)
    raw.extend(Span(s, e, p) for s, e, p in world_form_spans(text))  # session 50: "Str. Florilor nr. 6", "RUT 14.882.091-3"
    if notation:  # "G3P2002", "NDC 00003-0894-21": clinical notation, whatever shape it has
        raw = [sp for sp in raw if not any(ns <= sp.start and sp.end <= ne for ns, ne in notation)]
    if has_script:
        raw.extend(Span(s, e, p) for s, e, p in script_spans(composed))
    raw.extend(Span(s, e, p) for s, e, p in number_spans(text))  # session 11: "138 1234 5678", "03-1234-5678"
    raw.extend(Span(s, e, p) for s, e, p in loose_id_spans(text)  # session 33: "123 45 6789", GPS coordinates
               if not any(ns <= s < ne for ns, ne in notation))  # session 56: not "AMG [510 960] mg"
    raw.extend(Span(s, e, p) for s, e, p in city_spans(text))  # session 33: "lives w/ wife in quincy"
    raw.extend(Span(s, e, p) for s, e, p in city_state_spans(text))  # session 35: "(Flagstaff, AZ)"
    raw.extend(Span(s, e, p) for s, e, p in postal_town_spans(text))  # session 49: "vancouver bc v5l 1g5", "rr#5, site 7"
    raw.extend(Span(s, e, p) for s, e, p in institution_town_spans(text))  # session 47: "[ADDRESS] General Infirmary"
    raw.extend(Span(s, e, p) for s, e, p in employer_spans(text))  # session 35: "Works at Home Depot"
    raw.extend(Span(s, e, p) for s, e, p in calendar_spans(text))  # session 33: "echo in October", "friday"
    if tokens and cfg is not None:  # last: on equal spans a pattern's type wins
        raw.extend(_token_spans(composed, tokens, cfg.pseudonym_key))
    protected = [m.span() for m in _PLACEHOLDER.finditer(text)]
    if protected:
        raw = [sp for sp in raw if not any(sp.start < pe and ps < sp.end for ps, pe in protected)]
    merged = _merge(raw)  # sorts raw by start
    # session 60 (deid tester A): "NHS number 943 476 5919" is an id, though spaced as a phone
    merged = [Span(sp.start, sp.end, "[ID]") if sp.placeholder == "[PHONE]" and _ID_LABEL_FOR_PHONE.search(
        text, max(0, sp.start - 24), sp.start) else sp for sp in merged]
    # round 10: PHI next to found PHI (date ranges, extensions, address tails, ages)
    near = [Span(s, e, p) for s, e, p in spread_spans(text, _with_kinds(merged, raw))]
    # session 43: the places and postcode closing a lower-case address ("114 griffith avenue, mayfield, cork, t23 e6f4")
    near.extend(Span(s, e, p) for s, e, p in address_tail_spans(text, [sp.end for sp in merged if sp.placeholder == _ADDRESS]))
    ids = [(sp.start, sp.end, sp.placeholder) for sp in merged if sp.placeholder == "[ID]"]
    near.extend(Span(s, e, p) for s, e, p in repeated_id_spans(text, ids))  # session 22 (v70)
    if protected:
        near = [sp for sp in near if not any(sp.start < pe and ps < sp.end for ps, pe in protected)]
    # session 34: "Son Luca", "Kevin Brannigan  DOB": the label is no part of the name; session 35:
    # trimmed before the gaps are joined too ("Dr. Hannah Greenberg. Roommate Tyler" is two names)
    spans = _join_name_gaps(text, _trim_names(text, _merge(merged + near) if near else merged))
    return _with_initial_stops(text, _with_initials(text, _trim_names(text, spans)))


# session 49 (deid tester U: "-- AS.", "/KS.", "BS." left their full stop, which a strict reading counts as a leak): initials
# end at their own stop before a line's end, a bracket or a blank
_INITIALS_TEXT = re.compile(r"(?:[^\W\d_]\.?){1,2}[^\W\d_]")
_STOP_CLOSES = re.compile(r"[ \t]*(?:$|\n|\)|\()")  # "CG. (FY1)", "-- AS.\n"; not a sentence's stop ("by FT. Ambulance")


def _with_initial_stops(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for sp in spans:
        if (sp.placeholder == "[NAME]" and text[sp.end:sp.end + 1] == "." and _INITIALS_TEXT.fullmatch(text[sp.start:sp.end])
                and _STOP_CLOSES.match(text, sp.end + 1)):
            sp = Span(sp.start, sp.end + 1, sp.placeholder)
        out.append(sp)
    return out


# session 43 (deid tester: 26 of 110 "R Fox" names kept their initial): a capital initial just before a found
# name is the name's ("DN R Fox and student Chloe", "Signed B McLean", "RL = R Lewis RNA"); not "I", not a
# sentence's "A"
_INITIAL_BEFORE = compile_rx(r"(?<![\w.'\u2019/-])([A-Z])\.?[ \t]\Z")


_INITIAL_LEADS = frozenset(("by", "By", "BY", "Signed", "signed", "SIGNED", "DN", "SN", "RN", "RNA", "HCA", "EN", "Nurse", "Dr",
                            "Dr.", "Sister", "Physio", "CNS", "and", "&", "with", "to", "From", "from", "To", "Cc", "cc"))


def _with_initials(text: str, spans: list[Span]) -> list[Span]:
    out = list(spans)
    for i, sp in enumerate(out):
        if sp.placeholder != "[NAME]" or not text[sp.start:sp.start + 1].isupper():
            continue
        m = _INITIAL_BEFORE.search(text, max(0, sp.start - 4), sp.start)
        if m is None or m.group(1) == "I" or any(o.end > m.start() and o.start < sp.start for o in out[:i]):
            continue
        before = text[max(0, m.start() - 12):m.start()].rstrip()
        if before and before[-1] not in "=-\u2013:,(;|" and before.split()[-1] not in _INITIAL_LEADS:
            continue  # "Vitamin D Hughes", "Hep B Smith": a letter of the word before
        if m.group(1) == "A" and (not before or before[-1] in ".!?\n"):
            continue
        out[i] = Span(m.start(), sp.end, sp.placeholder)
    return out


def _trim_names(text: str, spans: list[Span]) -> list[Span]:
    out = [Span(*trim_name_label(text, sp.start, sp.end), sp.placeholder)
           if sp.placeholder == "[NAME]" else sp for sp in spans]
    return [sp for sp in out if sp.end > sp.start]  # a department is no name


# session 13 (v41): two name spans with only a hyphen, apostrophe, period or comma between them
# are one name ("PARK, Eun-ji", "ST. FLEUR, Fritznel", "GARCIA, Cameron" found as parts)
_NAME_GAP = compile_rx(r"[ \t]*[-,.'\u2019][ \t]*|[ \t]{1,2}")
# session 46 (deid tester F): a lower-case particle between two parts of one name ("Ferdinand delos Santos")
_PARTICLE_GAP = compile_rx(r"[ \t]+(?:de[ \t]+la|de[ \t]+los|van[ \t]+der|van[ \t]+den|delos|dela|del|della|de|da|das|dos|di|du"
                           r"|van|von|ter|ten|te|bin|binti|ibn|al|el|le|la)[ \t]+")
_ADDRESS_GAP = compile_rx(r"[ \t]*,[ \t]*")
# session 44 (deid tester): a town of two parts ("Newcastle upon Tyne", "Stratford-upon-Avon", "Southend-on-Sea"):
# the joining word went through between two scrubbed parts
_TOWN_GAP = compile_rx(r"[ \t]+upon[ \t]+|-(?:upon|on|le|under|in|by|the)-")
_PLACES = frozenset(("[NAME]", "[ADDRESS]"))


def _join_name_gaps(text: str, spans: list[Span]) -> list[Span]:
    if len(spans) < 2:
        return spans
    out = [spans[0]]
    for sp in spans[1:]:
        prev = out[-1]
        if sp.placeholder == prev.placeholder == "[NAME]" and (
                (sp.start - prev.end <= 3 and _NAME_GAP.fullmatch(text, prev.end, sp.start))
                or (sp.start - prev.end <= 12 and _PARTICLE_GAP.fullmatch(text, prev.end, sp.start))):
            out[-1] = Span(prev.start, sp.end, "[NAME]")
        elif (sp.placeholder == prev.placeholder == _ADDRESS and sp.start - prev.end <= 3
              and _ADDRESS_GAP.fullmatch(text, prev.end, sp.start)):
            out[-1] = Span(prev.start, sp.end, _ADDRESS)  # session 39: "Apt 19B, 41 Ashgrove Park" is one address
        elif (sp.placeholder in _PLACES and prev.placeholder in _PLACES and sp.start - prev.end <= 8
              and _TOWN_GAP.fullmatch(text, prev.end, sp.start)):
            out[-1] = Span(prev.start, sp.end, prev.placeholder)
        else:
            out.append(sp)
    return out


def _with_kinds(merged: list[Span], raw: list[Span]) -> list[tuple[int, int, frozenset[str]]]:
    """Each merged span with the placeholders of the raw spans (sorted by start) inside it."""
    out: list[tuple[int, int, frozenset[str]]] = []
    i = 0
    for sp in merged:
        kinds = {sp.placeholder}
        while i < len(raw) and raw[i].start < sp.end:
            if raw[i].start >= sp.start:
                kinds.add(raw[i].placeholder)
            i += 1
        out.append((sp.start, sp.end, frozenset(kinds)))
    return out


_ADDRESS = "[ADDRESS]"


_ID_LABEL_FOR_PHONE = compile_rx(r"(?i:\b(?:nhs|mrn|chi|hosp(?:ital)?|medicare|health[ \t]+card|member|policy|account|acct)"
                              r"(?:[ \t]+(?:no\.?|number|#|id))?[ \t]*[:#.]?[ \t]*)\Z")


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans joined; the placeholder is the longest part's, except that a joined
    span that opens with an address ("42 Wallaby Way, Springfield", where a longer "Surname,
    Given" name span overlaps the street) stays [ADDRESS]."""
    if not spans:
        return []
    spans.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
    merged: list[Span] = []
    cur = spans[0]
    best_len = cur.end - cur.start
    opens_address = cur.placeholder == _ADDRESS
    for sp in spans[1:]:
        if sp.start < cur.end:
            if sp.end - sp.start > best_len:
                best_len = sp.end - sp.start
                cur = Span(cur.start, max(cur.end, sp.end), _ADDRESS if opens_address else sp.placeholder)
            elif sp.end > cur.end:
                cur = Span(cur.start, sp.end, cur.placeholder)
            opens_address = opens_address or (sp.start == cur.start and sp.placeholder == _ADDRESS)
            if opens_address:
                cur = Span(cur.start, cur.end, _ADDRESS)
        else:
            merged.append(cur)
            cur = sp
            best_len = sp.end - sp.start
            opens_address = cur.placeholder == _ADDRESS
    merged.append(cur)
    return merged


def scrub_own_tokens(text: str, tokens: frozenset[str], cfg: DeidConfig) -> str:
    """Replace only the patient's own identifiers (``tokens``) in ``text``: the cheap pass for
    coded strings that are rarely free text (a coding's display, a unit or code as sent), where
    the whole scrubber would cost a millisecond each (session 33 tester: "Fall - Ottoline
    Brackenridge fell at 77 Larkspur Terrace" as a SNOMED coding's display)."""
    if not tokens or not text:
        return text
    if text.isascii():  # the usual case: no word of it is one of the patient's tokens
        keyed, kinds_of = token_digester(cfg.pseudonym_key), _kinds_by_digest(tokens)
        if not any(keyed(norm_word(w)) in kinds_of for w in set(_WORD.findall(text.lower()))):
            return text
    prep = prepare(text)
    composed = prep.composed.translate(_FOLD) if not _NEEDS_FOLD.isdisjoint(prep.composed) else prep.composed
    spans = _merge(_token_spans(composed, tokens, cfg.pseudonym_key))
    if prep.starts is not None:
        spans = [Span(*prep.to_input(sp.start, sp.end), sp.placeholder) for sp in spans]
    return _replace(text, spans)


def scrub_text(text: str, tokens: frozenset[str], cfg: DeidConfig) -> str:
    """Replace every PHI span of ``text`` by its typed placeholder (``[NAME]``, ``[DATE]``...)."""
    return _replace(text, scrub_spans(text, tokens, cfg))


def _replace(text: str, spans: list[Span]) -> str:
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    last = ""
    for sp in spans:
        if sp.start == pos and sp.placeholder == last:  # "[ADDRESS][ADDRESS]": one placeholder
            pos = sp.end
            continue
        out.append(text[pos : sp.start])
        out.append(sp.placeholder)
        pos, last = sp.end, sp.placeholder
    out.append(text[pos:])
    return "".join(out)
