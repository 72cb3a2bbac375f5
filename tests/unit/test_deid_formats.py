"""Round-7 pattern grammars: dates, phones, ids, ZIPs, postcodes and e-mails in many written
forms are scrubbed, and clinical notation that looks like them ("3/12 FU", "GCS 14/15",
"Creon 25000 units", times, doses, ratios) survives."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        pytest.param("ED TRIAGE Tues 4th 0500h", ["4th"], id="weekday-ordinal"),
        pytest.param("booked ECG Weds 6th at 02:44.", ["6th"], id="weds-ordinal"),
        pytest.param("Physiotherapy last Friday 12/3\nseen", ["12/3"], id="weekday-day-month"),
        pytest.param("safeguarding lead) since 09/04; ref", ["09/04"], id="since-day-month"),
        pytest.param("Portal message 26/1 from", ["26/1"], id="message-day-month"),
        pytest.param("ED TRIAGE 27/7 2100h", ["27/7"], id="day-month-before-time"),
        pytest.param("booked BP check 22/8 at 1800h.", ["22/8"], id="day-month-at-time"),
        pytest.param("admitted Aug-12-2026 via ED", ["Aug-12-2026"], id="mon-day-year-hyphen"),
        pytest.param("Dietetic review 04DEC25 1230hrs", ["04DEC25"], id="compact-ddmonyy"),
        pytest.param("seen on the 3rd of March", ["3rd of March"], id="ordinal-of-month"),
        pytest.param(
            "on 03/04/25 and 2025-04-03", ["03/04/25", "2025-04-03"], id="numeric-and-iso"
        ),
        pytest.param("tel 555.123.4567 today", ["555.123.4567"], id="dotted-us-phone"),
        pytest.param("ring +234 803 123 4567 now", ["+234 803 123 4567"], id="intl-nigeria"),
        pytest.param("ring +972-3-555-1234 now", ["+972-3-555-1234"], id="intl-israel"),
        pytest.param("mob 020 8746 6845.", ["020 8746 6845"], id="uk-london"),
        pytest.param(
            "call (555) 123-4567 ext. 204 please", ["(555) 123-4567 ext. 204"], id="us-ext"
        ),
        pytest.param("Police log CAD9400 via", ["CAD9400"], id="caps-4-digit-id"),
        pytest.param("ref SG-12345 raised", ["SG-12345"], id="prefixed-id"),
        pytest.param("MRN RX123456", ["RX123456"], id="rx-id"),
        pytest.param("case WW/2025/0442 opened", ["WW/2025/0442"], id="slash-ref"),
        pytest.param(
            "Blister pack, Springfield 62704, tel", ["Springfield", "62704"], id="city-zip"
        ),
        pytest.param("lives at 4 Elm Close, LS6 2AB.", ["LS6 2AB"], id="uk-postcode"),
        pytest.param("next visit on the 3rd at 1500", ["3rd"], id="the-ordinal"),
        pytest.param("Acc# 24-118823 sent", ["24-118823"], id="acc-hash-id"),
        pytest.param(
            "home: Apt 4B, 221 Elm St today", ["Apt 4B", "221 Elm St"], id="unit-before-street"
        ),
        pytest.param("email asma'u93@gmail.com", ["asma'u93@gmail.com"], id="email-apostrophe"),
        pytest.param(
            "to j.doe+clinic@mail.example.org",
            ["j.doe+clinic@mail.example.org"],
            id="email-plus-subdomain",
        ),
    ],
)
def test_round7_formats_are_scrubbed(text: str, gone: list[str]) -> None:
    out = scrub_text(text, NONE, CFG)
    for g in gone:
        assert g not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "GCS 14/15, BP 120/80, pain 8/10", ["GCS 14/15", "BP 120/80", "pain 8/10"], id="ratios"
        ),
        pytest.param(
            "review 6/52, 3/12 FU, 2/7 hx", ["6/52", "3/12 FU", "2/7 hx"], id="weeks-months-days"
        ),
        pytest.param("MRC 3/5 and 4/5 power L arm", ["MRC 3/5", "4/5 power"], id="power-grades"),
        pytest.param(
            "meds at 08:00 and 1400, NBM from 0200", ["08:00", "1400", "0200"], id="times"
        ),
        pytest.param("Creon 25000 units with meals", ["Creon 25000 units"], id="enzyme-dose"),
        pytest.param("Dalteparin 5000 units SC, 25 mg OD", ["5000 units", "25 mg"], id="doses"),
        pytest.param("Sats 94% on 2L, Sat 96%", ["94%", "96%"], id="saturation-not-weekday"),
        pytest.param("Alendronic acid 70 mg weekly", ["Alendronic acid"], id="acid-head-noun"),
        pytest.param(
            "the 2nd attempt, the 5th percentile",
            ["2nd attempt", "5th percentile"],
            id="ordinal-nouns",
        ),
        pytest.param("Manchester Triage orange", ["Manchester Triage"], id="capitalised-head"),
        pytest.param(
            "INR 2.0-3.0, QTc 478 ms, FiO2 0.35",
            ["INR 2.0-3.0", "QTc 478 ms", "FiO2 0.35"],
            id="lab-values",
        ),
        pytest.param(
            "K 3.1, PO4 0.42, Hb 102 g/L", ["K 3.1", "PO4 0.42", "Hb 102 g/L"], id="electrolytes"
        ),
        pytest.param("1:1 obs, G2P1, size 7.5 ETT", ["1:1 obs", "G2P1", "7.5 ETT"], id="notation"),
    ],
)
def test_round7_clinical_values_survive(text: str, kept: list[str]) -> None:
    out = scrub_text(text, NONE, CFG)
    for k in kept:
        assert k in out, out


def test_round7_scrub_is_idempotent() -> None:
    text = "ED TRIAGE Tues 4th 0500h, mob 020 8746 6845, ref SG-12345, Springfield 62704."
    assert scrub_text(text, NONE, CFG) == scrub_text(text, NONE, CFG)
