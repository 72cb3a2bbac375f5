"""Round 9 mechanisms (processors/deid/fields.py), on hand-written sentences only: names by
credential, person field, valediction, "dr x", "X's cell", camel case; ids by label and
shape; pager numbers; ages "93/F"; flat / studio numbers; default-deny day/month dates; and
clinical values that must survive."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# (text, pieces that must be gone, pieces that must stay)
PHI_CASES = [
    pytest.param(
        "Plan agreed with Tobias Grenfell, NP today.",
        ["Tobias", "Grenfell"],
        ["NP", "Plan"],
        id="name-before-credential",
    ),
    pytest.param(
        "Seen with QR MS3 on the evening round.", ["QR"], ["MS3"], id="initials-before-student"
    ),
    pytest.param(
        "Handover from Button PGY-1 at 19:00.",
        ["Button"],
        ["19:00", "PGY-1"],
        id="plain-word-before-pgy",
    ),
    pytest.param(
        "REFERRING: Cook, Hannah L. MD", ["Cook", "Hannah"], ["REFERRING"], id="field-surname-given"
    ),
    pytest.param(
        "Patient: FIELD, MARGOT   MRN: 55120987",
        ["FIELD", "MARGOT", "55120987"],
        ["MRN"],
        id="field-caps-english-surname",
    ),
    pytest.param("Her PCP R. Stone has the letter.", ["Stone"], ["letter"], id="inline-pcp"),
    pytest.param(
        "Kind regards,\n\nPriyanka VanderMolen\nWard 7B",
        ["Priyanka", "VanderMolen"],
        ["Ward 7B"],
        id="valediction-signature",
    ),
    pytest.param("thanks dr okonkwo for the refill", ["okonkwo"], ["refill"], id="lower-case-dr"),
    pytest.param(
        "ring Tamsin's mobile if no answer", ["Tamsin"], ["mobile"], id="possessive-contact"
    ),
    pytest.param(
        "Signed by: ALDER, ROWENA", ["ALDER", "ROWENA", ","], ["Signed"], id="comma-joins-names"
    ),
    pytest.param(
        "Called Bettina LaRochelle about the results",
        ["LaRochelle"],
        ["results"],
        id="camel-case-surname",
    ),
    pytest.param(
        "Claim #: 88-1034577 pending", ["88-1034577"], ["pending"], id="id-after-hash-label"
    ),
    pytest.param(
        "Medicare MBI 1EG4-TE5-MK72 on file", ["1EG4-TE5-MK72"], ["file"], id="dash-group-code"
    ),
    pytest.param("APS ref 31-77410 opened", ["31-77410"], ["APS"], id="digit-dash-id-default-deny"),
    pytest.param(
        "Blister pack from Okafor Pharmacy weekly",
        ["Okafor"],
        ["Pharmacy"],
        id="owner-named-pharmacy",
    ),
    pytest.param(
        "Unit No: 7712A on the wristband", ["7712A"], ["wristband"], id="unit-number-label"
    ),
    pytest.param(
        "ring her on 555-0199 after six", ["555-0199"], ["after six"], id="local-phone-default-deny"
    ),
    pytest.param(
        "mr jones and ms clarke visited", ["jones", "clarke"], ["visited"], id="lower-case-titles"
    ),
    pytest.param("Dictated by: JS", ["JS"], ["Dictated by"], id="initials-in-person-field"),
    pytest.param(
        "PCP J. Hill at the practice", ["J.", "Hill"], ["practice"], id="initial-kept-with-name"
    ),
    pytest.param(
        "CT chest 3/14: no PE.", ["3/14"], ["CT chest", "no PE"], id="date-two-words-after-imaging"
    ),
    pytest.param(
        "Daughter (Summer) is the HCPOA.", ["Summer"], ["HCPOA"], id="relation-bracket-name"
    ),
    pytest.param(
        "Confirmation code Q7T-88K2 sent", ["Q7T-88K2"], ["sent"], id="id-label-with-code-word"
    ),
    pytest.param(
        "Widow, aged ninety-two, lives alone",
        ["ninety-two"],
        ["Widow", "lives alone"],
        id="age-in-words",
    ),
    pytest.param(
        "93yoF with cellulitis; Sex/Age: F/94", ["93", "94"], ["cellulitis"], id="compact-ages"
    ),
    pytest.param("Pager: 3-5527 overnight", ["3-5527"], ["overnight"], id="pager-with-dash"),
    pytest.param(
        "Came with her niece June. CRP 48 mg/L",
        ["June"],
        ["CRP 48 mg/L", "niece"],
        id="month-given-name-after-relation",
    ),
    pytest.param("Ticket no. HX-20931 raised", ["HX-20931"], ["raised"], id="id-label-any-shape"),
    pytest.param("Cardiology fellow pgr 40517", ["40517"], ["Cardiology"], id="pager-number"),
    pytest.param("Age/Sex: 93/F", ["93"], ["Sex"], id="age-over-89-slash-sex"),
    pytest.param(
        "Lives alone.\nStudio 12, Harrowgate", ["Studio 12"], ["Lives alone"], id="studio-number"
    ),
    pytest.param("Echo booked Fri 9/12.", ["9/12"], ["Echo"], id="weekday-month-day"),
    pytest.param(
        "Bloods drawn 4/22 @ 06:10", ["4/22"], ["06:10"], id="bare-month-day-default-deny"
    ),
    pytest.param(
        "Home Visit Assessment 11/3\nSeen with wife",
        ["11/3"],
        ["Assessment"],
        id="day-month-heading",
    ),
    pytest.param(
        "Blood test on the 9th please.", ["9th"], ["Blood test"], id="ordinal-before-please"
    ),
]

KEEP_CASES = [
    pytest.param(
        "BP 132/84, HR 88, K 5.5 mmol/L, RR 18.",
        ["BP 132/84", "HR 88", "K 5.5 mmol/L", "RR 18"],
        id="vitals-and-lab",
    ),
    pytest.param("Pain 6/10 at rest, power 4/5 left leg.", ["6/10", "4/5"], id="scores"),
    pytest.param("Oxford 4/5 in both knees.", ["Oxford 4/5"], id="score-after-eponym"),
    pytest.param(
        "Paracetamol 1 g q4h PRN; 2/7 history of cough.",
        ["Paracetamol 1 g q4h", "2/7 history"],
        id="dose-frequency-duration",
    ),
    pytest.param(
        "1:1 obs continues; NEWS2 5 at 14:00.", ["1:1 obs", "NEWS2 5", "14:00"], id="obs-and-news"
    ),
    pytest.param("Transfer to ICU from Ward 7B overnight.", ["ICU", "Ward 7B"], id="ward-and-unit"),
    pytest.param(
        "Take 1/2 tablet nightly; review in 3/12.",
        ["1/2 tablet", "3/12"],
        id="fraction-and-duration",
    ),
    pytest.param(
        "Apixaban 5 mg BD and Metformin 500 mg OD.",
        ["Apixaban 5 mg BD", "Metformin 500 mg OD"],
        id="drugs-and-doses",
    ),
    pytest.param(
        "Mobilising well. Appetite improving. Sodium 131.",
        ["Mobilising", "Appetite", "Sodium 131"],
        id="sentence-initial-english",
    ),
    pytest.param(
        "Internal Medicine, MD to review.", ["Internal Medicine"], id="service-before-credential"
    ),
    pytest.param("Gleason 3+4=7/9 noted.", ["7/9"], id="score-after-equals"),
    pytest.param(
        "Admitted with urosepsis and pyelonephritis.",
        ["urosepsis", "pyelonephritis"],
        id="lower-case-medical-word-after-with",
    ),
    pytest.param(
        "Heparin 1000-25000 units over 24 h.", ["1000-25000 units"], id="dose-range-no-id"
    ),
    pytest.param(
        "PCP is at Good Samaritan Hospital.\nDiuresed well overnight.",
        ["Good Samaritan Hospital", "Diuresed"],
        id="organisation-and-medical-verb",
    ),
    pytest.param(
        "Sinus rhythm. Acc# noted on the form.", ["Acc#", "Sinus rhythm"], id="label-before-hash"
    ),
    pytest.param(
        "Clinic runs 830-1230 daily; severe mr and tr; ms relapse.",
        ["830-1230", "mr and tr", "ms relapse"],
        id="time-range-and-lower-case-abbreviations",
    ),
    pytest.param("Medicaid and Medicare both billed.", ["Medicaid", "Medicare"], id="payer-words"),
    pytest.param(
        "ECOG 2, NYHA III, Child-Pugh B, MELD 18.",
        ["NYHA III", "Child-Pugh B", "MELD 18"],
        id="roman-grade-and-double-eponym",
    ),
    pytest.param("ICD-10 code E11.9 recorded.", ["E11.9"], id="diagnosis-code-after-code-word"),
    pytest.param(
        "Follow up in 6 weeks with bloods; informed May 3rd.",  # session 33: "in June" is a [DATE]
        ["Follow up in 6 weeks"],
        id="month-without-person-context",
    ),
    pytest.param(
        "NIV 12/5 overnight, BiPAP 14/6, obs 4/24.",
        ["NIV 12/5", "BiPAP 14/6", "obs 4/24"],
        id="pressures-and-frequency-after-labels",
    ),
    pytest.param("Hip ext 120\u00b0, knee extension 90 degrees, Ext 30.", ["ext 120", "extension 90", "Ext 30"],
                 id="range-of-motion-not-extension"),
]


@pytest.mark.parametrize(("text", "phi", "keep"), PHI_CASES)
def test_round9_phi(text: str, phi: list[str], keep: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=keep)


@pytest.mark.parametrize(("text", "keep"), KEEP_CASES)
def test_round9_clinical_values_survive(text: str, keep: list[str]) -> None:
    assert_scrubbed(text, kept=keep)


@pytest.mark.parametrize(("text", "phi", "keep"), PHI_CASES[:6])
def test_round9_idempotent(text: str, phi: list[str], keep: list[str]) -> None:
    assert_idempotent(text)


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(b"k", id="short-key"),
        pytest.param(b"x" * 64, id="block-size-key"),
        pytest.param(b"y" * 100, id="long-key-hashed-first"),
    ],
)
def test_token_digester_is_keyed_blake2b(key: bytes) -> None:
    import hashlib
    import hmac

    from processors.deid.tokens import token_digester

    digest = token_digester(key)
    token_key = hmac.new(key, b"wardwatch.identifier-tokens.v2", hashlib.sha256).digest()
    for word in ("smith", "\u00e9lodie", "2024-03-01", ""):
        want = hashlib.blake2b(word.encode(), key=token_key, digest_size=12).hexdigest()
        assert digest(word) == want
