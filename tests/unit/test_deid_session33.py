"""Session 33 (ingest / de-identification black-box tester): spaced SSNs and NI numbers, GPS
coordinates, ages over 89 in more shapes, the patient's street named without its number, and four
clinical words the scrubber took for names or dates. Hand-written sentences only."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, identifier_tokens, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("Her number is 123 45 6789.", ["123 45 6789"], [], id="ssn-spaced-no-label"),
    pytest.param("also 123-45-6789 and 987 65 4321 recorded", ["123-45-6789", "987 65 4321"], ["recorded"],
                 id="ssn-and-taxpayer-number-spaced"),
    pytest.param("NI number QQ 12 34 56 C.", ["QQ 12 34 56 C"], [], id="uk-ni-number-spaced"),
    pytest.param("Lat/long 42.3601, -71.0589 recorded by ambulance GPS.", ["42.3601", "-71.0589"], ["ambulance GPS"],
                 id="gps-labelled-pair"),
    pytest.param("Lat 42.3601 Long -71.0589; crew on scene", ["42.3601", "-71.0589"], ["crew on scene"],
                 id="gps-lat-and-long-labels"),
    pytest.param("Found at 51.5072 N, 0.1276 W. No injuries.", ["51.5072", "0.1276 W"], ["No injuries"],
                 id="gps-hemisphere-letters"),
    pytest.param("Patient, 94, lives alone.", ["94"], ["lives alone"], id="age-in-apposition-to-patient"),
    pytest.param("Ages 93 and 95 (twins).", ["93", "95"], ["twins"], id="ages-listed"),
    pytest.param("Her husband is 97 and her sister 99.", ["97", "99"], [], id="relative-age-without-verb"),
    pytest.param("She is ninety two. He was one hundred and one.", ["ninety", "two", "hundred", "and one"], [],
                 id="ages-in-words-whole"),
]
KEPT = [
    pytest.param("urinary catheter (12 Ch, inserted 3/7 ago, TWOC planned)", ["inserted 3/7 ago"],
                 id="uk-days-before-ago"),
    pytest.param("Admitted with encephalopathy. Hypernatremia corrected (Na 156 -> 141); hyperkalemia settled.",
                 ["Hypernatremia corrected", "hyperkalemia"], id="us-spelling-emia"),
    pytest.param("Medications: Coloxyl with senna 2 tabs nocte. Medtronic pump checked.",
                 ["Coloxyl with senna 2 tabs nocte", "Medtronic pump"], id="stool-softener-and-device-maker"),
    pytest.param("He turned 90 degrees in bed. SpO2 is 95 on RA. Weight 72.45 kg, 71.30 kg yesterday. SG 1.0250.",
                 ["turned 90 degrees", "SpO2 is 95", "72.45 kg, 71.30 kg", "1.0250"], id="measures-not-ages-or-places"),
    pytest.param("BP 120 80 sitting; Na 138 K 4.1 Cr 1.02", ["BP 120 80", "Na 138 K 4.1 Cr 1.02"],
                 id="spaced-numbers-not-ssn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session33_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session33_values_stay(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("line", "text", "gone", "kept"), [
    pytest.param("42 Quarry Hollow Rd", "Hip fracture after fall at Quarry Hollow", "Quarry Hollow", "Hip fracture",
                 id="street-without-number-and-type"),
    pytest.param("Flat 3, 23 Old Kent Road", "Lives on old kent, stairs at home", "old kent", "stairs at home",
                 id="unit-words-dropped-too"),
    pytest.param("12 High Street", "High flow oxygen started", "", "High flow oxygen", id="one-word-street-is-no-token"),
])
def test_the_patients_street_name_alone_is_scrubbed(line: str, text: str, gone: str, kept: str) -> None:
    patient = {"resourceType": "Patient", "address": [{"line": [line], "city": "Claremont"}]}
    out = scrub_text(text, identifier_tokens(patient, CFG), CFG)
    assert kept in out and (not gone or gone not in out), out


@pytest.mark.parametrize(("text", "phi", "kept"), [
    pytest.param("email john dot smith at gmail dot com", ["john", "smith", "gmail"], ["email"], id="spelt-out-email"),
    pytest.param("IBAN GB82 WEST 1234 5698 7654 32; sort code 12-34-56 acct 31926819.",
                 ["GB82", "WEST", "7654 32", "12-34-56", "31926819"], ["IBAN"], id="iban-and-sort-code"),
    pytest.param("Skype live:zebq for the video review", ["zebq"], ["Skype", "video review"], id="skype-name"),
    pytest.param("Timestamp 2024-03-01T14:30:00+01:00 of the upload", ["2024-03-01"], ["Timestamp"], id="timestamp-word"),
])
def test_session33_contact_and_bank_forms(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


def test_at_and_dot_in_ordinary_sentences_stay() -> None:
    text = "Seen at clinic dot matrix printer. Met at home. Pt at Ward 4 dot com. 20 units at 22:00."
    assert_scrubbed(text, kept=["Seen at clinic dot matrix printer", "Met at home", "20 units at 22:00"])


# the i2b2-style notes tester (towns in lower case, a month or weekday alone, and over-scrubbing)
# fmt: off
I2B2_PHI = [
    pytest.param("lives w/ wife in quincy, called from new haven", ["quincy", "new haven"], ["lives w/ wife"],
                 id="lower-case-towns-after-place-words"),
    pytest.param("Wedding in Providence. Lives in Reading, PA.", ["Providence", "Reading"], ["Wedding in", "PA"],
                 id="towns-that-are-english-words-capitalised"),
    pytest.param("Repeat stress echo in October. Seen in Oct. since January well.", ["October", "Oct", "January"],
                 ["Repeat stress echo in"], id="month-alone-after-a-time-word"),
    pytest.param("return there friday; orif tues.; on christmas eve; last Sunday", ["friday", "tues", "christmas eve", "Sunday"],
                 ["return there", "orif"], id="weekdays-and-holidays"),
]
I2B2_KEPT = [
    pytest.param("changed to Foley catheter; ARDS by Berlin criteria; in reading group; in pain at rest; to bed",
                 ["Foley catheter", "Berlin criteria", "in reading group", "in pain", "to bed"], id="eponyms-and-words"),
    pytest.param("Transferred to Boston Medical Center. in Media tab. She may improve. March on. sat in chair. "
                 "lunch club on Wednesdays. visited family in Mexico.",
                 ["Boston Medical Center", "in Media tab", "may improve", "March on", "sat in chair", "on Wednesdays",
                  "in Mexico"], id="institutions-verbs-habits-countries"),
    pytest.param("Septic shock 2/2 CAUTI; hypotension 2/2 sepsis.", ["2/2 CAUTI", "2/2 sepsis"], id="secondary-to"),
    pytest.param("family history of Hashimoto's thyroiditis (mother). Calot's triangle dissected. Lipid panel. "
                 "Cannabis use disorder.", ["thyroiditis (mother)", "Calot's triangle", "Lipid panel", "Cannabis use"],
                 id="clinical-words-not-names"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), I2B2_PHI)
def test_i2b2_style_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), I2B2_KEPT)
def test_i2b2_style_values_stay(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


def test_seen_on_two_two_is_still_a_date() -> None:
    assert_scrubbed("seen on 2/2 CAUTI screen", phi=["2/2"])


def test_a_dosing_schedule_and_opening_hours_keep_their_weekdays() -> None:
    text = "Warfarin: Monday 2.5 mg, Tuesday 5mg; 5 mg on Friday. Open Mon-Fri; clinic Tues-Thurs. Seen Monday."
    assert_scrubbed(text, phi=["Seen Monday"], kept=["Monday 2.5 mg", "Tuesday 5mg", "5 mg on Friday", "Mon-Fri",
                                                     "Tues-Thurs"])


@pytest.mark.parametrize(("text", "phi", "kept"), [
    pytest.param("message left for deb in sw at x4587.", ["x4587"], ["message left"], id="extension-after-at"),
    pytest.param("Rx sent to CVS on Highland Ave. daycare on Cabot Street.", ["Highland", "Cabot"], ["Rx sent to CVS"],
                 id="street-without-number"),
    pytest.param("mail at 42 bellevue ave. requested sw consult.", ["bellevue"], ["requested sw consult"],
                 id="numbered-street-lower-case"),
    pytest.param("upload home BP to portal, user npruitt73. Next visit soon.", ["npruitt73"], ["Next visit soon"],
                 id="user-name-with-digits"),
    pytest.param("Procedure 5/30: aortic valve replacement.", ["5/30"], ["aortic valve replacement"],
                 id="procedure-day"),
])
def test_session33_more_i2b2_forms(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


def test_streets_need_a_street_and_dose_lines_stay() -> None:
    text = "user friendly app. on Ward Round. seen on Coronary Care Unit. 10 units sc daily. 2 tabs twice a day."
    assert_scrubbed(text, kept=["user friendly", "on Ward Round", "Coronary Care Unit", "10 units sc daily", "2 tabs"])


# the held-out i2b2-style tester (50 notes): nursing sign-offs, staff by role, towns that are words
@pytest.mark.parametrize(("text", "phi", "kept"), [
    pytest.param("pt was found unresponsive by cna luz at 1310", ["luz"], ["found unresponsive", "at 1310"],
                 id="cna-by-name-at-time"),
    pytest.param("supervisor denise made aware.", ["denise"], ["made aware"], id="supervisor-made-aware"),
    pytest.param("called to bedside by rn fatima for acute desat to 84%.", ["fatima"], ["acute desat to 84%"],
                 id="rn-name-for"),
    pytest.param("k. o'brien rn\nj. sampson, rn\np. okafor, wound care rn", ["o'brien", "sampson", "okafor"],
                 ["wound care rn"], id="lower-case-sign-offs"),
    pytest.param("wife notified by phone at home in revere. lives alone in worcester since wife passed.",
                 ["revere", "worcester"], ["notified by phone", "since wife passed"], id="common-word-towns-after-home"),
])
def test_held_out_tester_forms(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


def test_words_after_in_stay_without_a_home_word() -> None:
    assert_scrubbed("difficulty in reading. assisted in bath. rn to check obs. cm to arrange.",
                    kept=["difficulty in reading", "assisted in bath", "rn to check obs", "cm to arrange"])
