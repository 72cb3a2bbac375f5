"""Session 17: the round after held-out v48 (notes of the multidisciplinary team: therapists,
pharmacists, social workers, chaplains, flow, safeguarding and infection-prevention staff):
key-safe codes, police log numbers, concession-card numbers and National Insurance numbers in
groups, an extension closing a signature line, a Dublin number in brackets, a test's day/month
before a colon, team members in brackets or after huddle labels, patients' initials in an MDT
list, a lower-case name after a greeting or a relation and a verb, estate street types ("Lawn"),
a name before "LSW"; and what stays: "2 falls in last 6/12", "temp over 101 F". Hand-written
sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.mdt import mdt_name_spans, mdt_spans
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Home: keysafe by the back door, code 7-2-9-1. Spare keys with the warden; key safe code is B4471.",
                 ["7-2-9-1", "B4471"], ["back door"], id="key-safe-codes"),
    pytest.param("Reported to police (101) - log 2231 of 04/02/2025; PCSO visiting.", ["2231", "04/02/2025"],
                 ["PCSO"], id="police-log-number"),
    pytest.param("Health Care Card 512 884 902K seen; NI number: JT 48 20 71 C.", ["512 884 902K", "JT 48 20 71 C"],
                 ["Health Care Card"], id="concession-card-and-ni-number"),
    pytest.param("Lorraine Okoro, MSW - Care Coordination x3391\nPHN Niall (01 477 2098) to visit.",
                 ["3391", "01 477 2098"], ["to visit"], id="signature-extension-and-dublin-phone"),
    pytest.param("VBG 3/11: pH 7.31, lactate 2.4 mmol/L.", ["3/11"], ["pH 7.31", "lactate 2.4 mmol/L"],
                 id="test-day-month-before-colon"),
    pytest.param("Ines (Band 6 OT), bleep 2261\nCall back: the nurse in charge (Bernadette) and ward clerk (KQ).",
                 ["Ines", "Bernadette", "KQ"], ["Band 6 OT"], id="team-in-brackets"),
    pytest.param("HUDDLE 07:45   NIC: Treasa   Flow: Ngozi   Scribe: Wiktoria\nSW JR - family meeting booked.",
                 ["Treasa", "Ngozi", "Wiktoria", "JR"], ["HUDDLE 07:45", "family meeting"], id="huddle-labels"),
    pytest.param("Actions:\n1. K.M. (bed 12) - for home Tues.\n2. DW (3C) - awaiting POC.", ["K.M.", "DW"],
                 ["awaiting POC"], id="mdt-list-initials"),
    pytest.param("hello ravinder, the swelling is worse today", ["ravinder"], ["swelling"], id="greeting"),
    pytest.param("Dtr marguerite drives her to clinic; key worker Fenella stays Thursdays.", ["marguerite", "Fenella"],
                 ["clinic"], id="relation-and-verb"),
    pytest.param("Lives at 14 Rowan Lawn, Ballincollig; grandson at 3 Heather Downs.", ["14 Rowan Lawn", "3 Heather Downs"],
                 [], id="estate-street-types"),
    pytest.param("Ebony Clarke, LSW, adult protective services referral made.", ["Ebony Clarke"],
                 ["adult protective services"], id="name-before-lsw"),
]
KEPT = [
    pytest.param("Mobility: frame indoors; 3 falls in the last 6/12; 1 fall in past 2/52.",
                 ["3 falls in the last 6/12", "1 fall in past 2/52"], id="falls-in-last-months"),
    pytest.param("Call if temp over 101 F or above 100.4 F; 92 F ambient.", ["101 F", "100.4 F"], id="fever-threshold"),
    pytest.param("Flow: good. NIC: aware. Chair: recliner issued.", ["Flow: good", "NIC: aware", "Chair: recliner"],
                 id="labels-without-names"),
    pytest.param("1. CXR (2 views) clear.\n2. ECG (12-lead) sinus.", ["CXR (2 views)", "ECG (12-lead)"],
                 id="numbered-tests"),
    pytest.param("hi there, thanks team", ["hi there"], id="greeting-no-name"),
]
# the round after held-out v49 (oncology, haematology, clinical trials and genetics)
PHI_V49 = [
    pytest.param("Subject no: 2207-0415, randomisation number: R5518; your trial number: QX114-207.",
                 ["2207-0415", "R5518", "QX114-207"], [], id="trial-numbers"),
    pytest.param("Kits dispensed: 448120, 448121 (2 kits). Cryobag DIN W123412345678 thawed.",
                 ["448120", "448121", "W123412345678"], ["2 kits"], id="kits-and-donation-number"),
    pytest.param("Blocks H24-88120 B3 and H24-88120 B4 sent for MMR IHC. Reg. No. KMC 2011/44/1187.",
                 ["H24-88120 B3", "H24-88120 B4", "KMC 2011/44/1187"], ["MMR IHC"], id="blocks-and-registration"),
    pytest.param("GP: 12 The Orchards, Mallow, P51 2214. Cousin Deborah (Toowong 4066), untested.",
                 ["12 The Orchards", "P51 2214", "Toowong", "4066"], ["untested"], id="estate-eircode-suburb"),
    pytest.param("Pharmacy screened: kd (pharm)\n2nd check: lw\nRT: Olu Bassey, MRT(T); jf\n3. RN (deferred - CT)",
                 ["kd", "lw", "jf"], ["2nd check"], id="check-initials"),
    pytest.param("| Date | Visit | Kit no. | Lot | By |\n|---|---|---|---|---|\n| 04/01/2024 | C1D1 | 246388 | 9F381A | SH |",
                 ["246388", "9F381A", "SH"], ["C1D1"], id="kit-column"),
]
KEPT_V49 = [
    pytest.param("ER Allred 7/8, PR Allred 2/8, Oncotype RS 22, FIGO IIIC, HGSOC; C2D8 due; donor 9/10 match.",
                 ["Allred 7/8", "Allred 2/8", "Oncotype RS 22", "FIGO IIIC", "HGSOC", "9/10 match"],
                 id="oncology-scores"),
    pytest.param("Next visit: C3D1 on the unit.", ["C3D1"], id="cycle-day"),
    pytest.param("Study: ORCHID (NCT04411111). (Ward 4102) (Lot 2231)", ["(Ward 4102)", "(Lot 2231)"],
                 id="not-suburbs"),
]
# fmt: on

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V49)
def test_session17_oncology_and_trial_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V49)
def test_session17_oncology_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session17_mdt_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session17_clinical_text_stays(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


def test_mdt_spans_are_typed() -> None:
    text = "key safe code 4471; log 5512 of 2/3/25; card 512 884 902K; NI No SN 21 46 38 C; VBG 3/11: ok"
    got = {text[s:e]: p for s, e, p in mdt_spans(text)}
    assert got == {"4471": "[ID]", "5512": "[ID]", "512 884 902K": "[ID]", "SN 21 46 38 C": "[SSN]", "3/11": "[DATE]"}


def test_a_key_safe_code_needs_a_digit() -> None:
    assert mdt_spans("key safe fitted; code RED called") == []


def test_team_labels_take_one_given_name_not_a_title() -> None:
    text = "Chair: Dr Okafor. Minutes: Orla"
    assert [text[s:e] for s, e in mdt_name_spans(text)] == ["Orla"]
