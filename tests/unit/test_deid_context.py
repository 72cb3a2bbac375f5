"""Fourth-round scrubber recognisers (processors/deid/context.py and the round-4 changes to
unknown.py): names found by their place in the text, and the words that must survive them."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_spans, scrub_text
from processors.deid.chat import lower_context_spans
from processors.deid.context import context_name_spans, not_a_name
from processors.deid.unknown import is_known_word

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        pytest.param(
            "Porfiriy keen to go home; Frank (sister) lives nearby.", "Frank", id="role-in-brackets"
        ),
        pytest.param(
            "Escalated by Grace Holt (outreach) at 02:00.",
            "Grace Holt",
            id="role-brackets-two-words",
        ),
        pytest.param(
            "Rang Bahar (son, 07700 900123) re discharge.", "Bahar", id="relation-brackets-phone"
        ),
        pytest.param("Seen 3 Mar -- FARIAS, PT.", "FARIAS", id="caps-before-comma-role"),
        pytest.param(
            "Reply sent by A. Oluwagbemi, practice nurse.", "A. Oluwagbemi", id="initial-surname"
        ),
        pytest.param("Letter signed D. Scott today.", "D. Scott", id="initial-listed-surname"),
        pytest.param(
            "Present: partner Joao Pedro da Rocha (mob)", "Joao Pedro da Rocha", id="particle"
        ),
        pytest.param(
            "review by da Cunha-Costa (reg) in the morning", "da Cunha-Costa", id="particle-first"
        ),
        pytest.param(
            "Med rec for Moreno, Robert (hosp no 1234).", "Moreno, Robert", id="surname-given"
        ),
        pytest.param("Patient name: WARD, Andrew", "WARD, Andrew", id="name-field-caps"),
        pytest.param("Visitors: Vazgen, Grace and Elisavet.", "Grace", id="list-common-word"),
        pytest.param(
            "DNACPR in place. Tui prefers that update by phone.", "Tui", id="person-verb-short"
        ),
        pytest.param(
            "Telephone message: Eiravati Dey rang re results.", "Eiravati Dey", id="run-before-verb"
        ),
        pytest.param("ICU flow 10:00 - Demi-Lee remains intubated.", "Demi-Lee", id="after-dash"),
        pytest.param("Handed over by Radeke Oladipupo to Mags.", "Mags", id="handed-over-to"),
        pytest.param("Lives with Grace, her granddaughter.", "Grace", id="apposition"),
        pytest.param(
            "Anaesthetist: OConbhaigh. Scrub: Prames.", "OConbhaigh", id="o-prefix-lost-apostrophe"
        ),
        pytest.param("Surgeon: Catheriona E'zozova.", "E'zozova", id="apostrophe-lower"),
        pytest.param(
            "Sakina (chair), Vsevolod P\u02bcyatachenko (OT)",
            "P\u02bcyatachenko",
            id="modifier-apostrophe",
        ),
        pytest.param("Patient found by Taras at 3am.", "Taras", id="found-by"),
        pytest.param(
            "Follow-up with Yosuke Sandal in clinic.", "Sandal", id="common-word-after-name"
        ),
    ],
)
def test_context_names_scrubbed(text: str, phi: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        pytest.param(
            "[05:41] natalie: ok will do, jaruwan is on bleep", "jaruwan", id="lower-before-aux"
        ),
        pytest.param("[19:55] said: hi its said from ward 3", "said", id="its-x-from"),
        pytest.param("13:11 corona: pls r/v bed 4", "corona", id="timed-sender-english-word"),
        pytest.param(
            "pls r/v nodar yofflitquet side room 2", "yofflitquet", id="lower-surname-after-name"
        ),
        pytest.param(
            "agreed to update her son varsamos by text", "varsamos", id="lower-after-relation"
        ),
    ],
)
def test_lower_case_context_names_scrubbed(text: str, phi: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pain is well controlled on paracetamol 1 g QDS.", id="clinical-noun-before-aux"
        ),
        pytest.param("Lab rang with K 6.1, repeat sent.", id="department-before-person-verb"),
        pytest.param("Granddaughter visited. Chaplain visited.", id="person-nouns-before-verb"),
        pytest.param(
            "Hospital at Night team informed. Palliative Care aware.", id="service-run-before-verb"
        ),
        pytest.param("Vitamin D. Plan to recheck in 3 months.", id="vitamin-initial"),
        pytest.param(
            "AVPU V. Patient drowsy. Hep B. Patient vaccinated.", id="score-letter-not-initial"
        ),
        pytest.param(
            "Ward 7B, RN aware. Plan, RN to monitor overnight.", id="comma-role-after-ward"
        ),
        pytest.param("Tazocin, Clexane and Amlodipine continued.", id="drug-list"),
        pytest.param("Seen by Physio, OT and SW today.", id="service-after-seen-by"),
        pytest.param("Visitors: Husband and Daughter.", id="relations-after-visitors"),
        pytest.param(
            "Physio (OT) review tomorrow. Dietitian (SALT) review booked.", id="service-brackets"
        ),
        pytest.param(
            "Sister (Ward 7B) aware. Charge nurse (Ward 9) aware.", id="ward-in-brackets"
        ),
        pytest.param(
            "Walked with a rollator. Med rec completed. Follow-up in 6 weeks.", id="modern-words"
        ),
        pytest.param(
            "Known Bell's palsy and Crohn's flare. Parkinson's nurse aware.", id="eponyms"
        ),
        pytest.param("Discussed Cheyne-Stokes breathing, DNACPR in place.", id="hyphenated-eponym"),
        # session 33: a weekday alone is a [DATE] now (the i2b2 corpora mark it); a nationality stays
        pytest.param("Visit planned for next week. English speaking.", id="calendar-nationality"),
        pytest.param("ok thanks, nurse is aware and obs are stable", id="lower-chat-no-names"),
        pytest.param("[09:12] ok: pls r/v bed 4, obs are off", id="chat-ok-not-sender"),
        pytest.param("Glasgow-Blatchford 9. Rockall 4. Wells score 6.", id="scores"),
        pytest.param("Back to Ward 3 North. Wells score 6.", id="ward-then-score"),
    ],
)
def test_clinical_text_survives(text: str) -> None:
    assert scrub_text(text, NONE, CFG) == text


@pytest.mark.parametrize(
    ("word", "known"),
    [
        pytest.param("recheck", True, id="re-prefix"),
        pytest.param("Follow-up", True, id="hyphen-short-piece"),
        pytest.param("Parin", False, id="short-drug-stem-is-a-name"),
        pytest.param("Ramipril", True, id="drug-stem"),
        pytest.param("OConbhaigh", False, id="o-prefix"),
    ],
)
def test_known_words(word: str, known: bool) -> None:
    assert is_known_word(word) is known


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(["Physio"], True, id="service"),
        pytest.param(["Husband"], True, id="relation"),
        pytest.param(["Walker"], False, id="surname"),
        pytest.param(["Wallace"], False, id="eponym-still-a-name-in-context"),
    ],
)
def test_not_a_name(words: list[str], expected: bool) -> None:
    assert not_a_name(words) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Visitors: Vazgen, Grace and Song Li. Tui prefers tea.", id="list"),
        pytest.param("[05:41] natalie: ok, jaruwan is on bleep; tell kenji", id="chat"),
    ],
)
def test_context_scrub_idempotent(text: str) -> None:
    once = scrub_text(text, NONE, CFG)
    assert scrub_text(once, NONE, CFG) == once
    assert scrub_spans(text) == scrub_spans(text)
    assert context_name_spans(text, []) == context_name_spans(text, [])
    assert lower_context_spans(text) == lower_context_spans(text)
