"""Third-round scrubber recognisers: unknown-word names (no list entry, no title or role
word), "CAPS Given" with unlisted words, lower-case names in messages, and the words that
must survive them (drugs, scores, ward words, sentence-initial English words)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.unknown import is_known_word, lower_name_spans, unknown_name_spans

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        pytest.param("Vostrelka is more settled today.", "Vostrelka", id="sentence-initial"),
        pytest.param("Obs stable. Quarneth's K 5.9 repeated.", "Quarneth", id="possessive"),
        pytest.param("Plan agreed with Brenvik Toulessa.", "Brenvik Toulessa", id="two-unknown"),
        pytest.param("Son Jorvan and Pelmira Ostrakova visited", "Pelmira Ostrakova", id="after-and"),
        pytest.param("Evening. ZAVRELKO Dunmore (bed 2) ok", "ZAVRELKO Dunmore", id="caps-unknown-given"),
        pytest.param("ROKA Tormel, hosp no 1", "ROKA Tormel", id="caps-english-given-unknown"),
        pytest.param("Found by Gul-Quinbriob at 2am", "Gul-Quinbriob", id="hyphen-one-piece-unknown"),
        pytest.param("Drowsy overnight, Thessaly-Marn aware", "Thessaly-Marn", id="hyphen-names"),
        pytest.param("found on the floor by Roka at 3am", "Roka", id="rare-word-mid-sentence"),
        pytest.param("Plan agreed with Anan Vostrelka.", "Anan Vostrelka", id="rare-word-next-to-name"),
    ],
)
def test_unknown_names_scrubbed(text: str, phi: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        pytest.param("vostrelka: pls review bay 3", "vostrelka", id="chat-sender"),
        pytest.param("[07:14] quarneth: ok will do", "quarneth", id="chat-sender-time"),
        pytest.param("yes, tell brenvik i gave it", "brenvik", id="after-tell"),
        pytest.param("hi its pelmira from ward 7", "pelmira", id="after-its"),
        pytest.param("can you check on katarina later", "katarina", id="listed-lower"),
        pytest.param("pls ask roka to ring", "roka", id="rare-word-lower"),
    ],
)
def test_lower_case_names_scrubbed(text: str, phi: str) -> None:
    out = scrub_text(text, NONE, CFG)
    assert phi not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tazocin 4.5 g IV tds started.", id="brand-dose"),
        pytest.param("Levetiracetam 250 mg given.", id="generic-sentence-initial"),
        pytest.param("Apixaban held, Clexane instead.", id="drugs-no-dose"),
        pytest.param("Ceftriaxone and Amlodipine continued.", id="drug-suffixes"),
        pytest.param("Pt comfortable. Dr informed.", id="pt-dr-informed"),
        pytest.param("Transferred to Ward 7B from ICU.", id="ward-icu"),
        pytest.param("NEWS2 5, Obs stable, Sats 94% RA.", id="news2-obs-sats"),
        pytest.param("Borg 4 after walk, Waterlow 14, Rockall 3.", id="scores"),
        pytest.param("Discussed plan. Reviewed bloods. Mobilised well.", id="sentence-initial-english"),
        pytest.param("Haemoglobin stable, Oedema improving, Organised CT.", id="british-spelling"),
        pytest.param("Agreed. Stopped fluids. Bloods sent. Trop negative.", id="inflections"),
        pytest.param("Email sent to GP. Text from pharmacy.", id="modern-words"),
        pytest.param("Glasgow-Blatchford 7, Cheyne-Stokes breathing.", id="hyphen-eponyms"),
        pytest.param("Seen last week, review at 14:00.", id="calendar"),  # session 33: weekdays are [DATE]s
        pytest.param("given tinzaparin with ondansetron to settle", id="lower-drugs-after-context"),
        pytest.param("plan: review obs at 18:00", id="lower-heading-colon"),
        pytest.param("Catheter changed, Foley draining, Oedema less.", id="clinical-mid-sentence"),
        pytest.param("Labs: K 4.0, Na 129, Cr 2.44 mg/dL, Hb 12.0", id="short-lab-names"),
    ],
)
def test_non_phi_words_survive(text: str) -> None:
    assert scrub_text(text, NONE, CFG) == text


@pytest.mark.parametrize(
    ("word", "known"),
    [
        pytest.param("Reviewed", True, id="past-tense"),
        pytest.param("Mobilising", True, id="british-ing"),
        pytest.param("Hartmann's", True, id="eponym-possessive"),
        pytest.param("Ondansetron", True, id="drug-suffix"),
        pytest.param("Vostrelka", False, id="invented"),
        pytest.param("Suwijuk", False, id="romanised-thai"),
    ],
)
def test_is_known_word(word: str, known: bool) -> None:
    assert is_known_word(word) is known


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vostrelka is settled. ZAVRELKO Dunmore ok.", id="unknown"),
        pytest.param("vostrelka: tell brenvik", id="lower"),
    ],
)
def test_new_recognisers_idempotent(text: str) -> None:
    once = scrub_text(text, NONE, CFG)
    assert scrub_text(once, NONE, CFG) == once
    assert unknown_name_spans(text) == unknown_name_spans(text)
    assert lower_name_spans(text) == lower_name_spans(text)
    assert "[NAME]" in once
