"""Session 59: the scrubber after this session's work. Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the OCR reading had turned "b0m" into "bom" and "t1s" into "tis" before the postal-code recognisers saw them
        pytest.param("postal code: b0m 1c7", ["b0m", "1c7"], ["postal code"], id="lower-postal-code-not-ocr"),
        pytest.param("Postal code B0M 1C7 on file", ["B0M", "1C7"], ["on file"], id="caps-postal-code"),
        pytest.param("lives in red deer ab t1s4j7 with son", ["t1s4j7"], ["with son"], id="tight-postal-code-after-province"),
        pytest.param("Pat1ent: J0nathan Smithers", ["J0nathan"], [], id="ocr-word-still-read"),
        pytest.param("Cons: Dr Ramirez Barrett's oesophagus, for OGD", ["Ramirez"], ["Barrett's oesophagus"], id="eponym-after-name"),
        pytest.param("Mr Morgan Hartmann's procedure 2019", ["Morgan"], ["Hartmann's procedure"], id="eponym-procedure-after-name"),
        pytest.param("DR SHARP BELL'S PALSY", ["SHARP"], ["BELL'S PALSY"], id="eponym-after-name-in-capitals"),
        pytest.param("Mr Sharp's sign positive", ["Sharp"], [], id="a-title-keeps-its-surname"),
        pytest.param("Resus: DNR/DNI", [], ["DNR/DNI"], id="dnr-dni"),
        pytest.param("Bed | Name | Age | MRN\nB2 | John Smith | 96 | H123456 |", ["John Smith", "H123456"], ["| Age |"],
                     id="pipe-header-age"),
        pytest.param("Room\tPatient\tMRN\tAge\tNOK Phone\tNotes\n7A\tCarter, Sean\tH231787\t96\t604 555 6357\tRR 24",
                     ["Carter", "H231787", "96", "555 6357"], ["NOK Phone", "RR 24"], id="tab-export-age-and-header"),
        pytest.param("Bed,Name,Age,MRN,Notes\n1,\"Smith, John\",101,H123456,falls\n2,\"Doe, Jo\",45,H123457,BP 120/80",
                     ["101", "Smith"], [",45,", "BP 120/80"], id="csv-export-age"),
        pytest.param("wants to be called if any change", [], ["called if any change"], id="called-if"),
        pytest.param("DoLS: Best interests meeting held", [], ["Best interests"], id="best-interests"),
        pytest.param("portal login email is jo@example.com", ["jo@example.com"], ["login email"], id="login-email"),
        pytest.param("whom I saw on 14 Bealtaine 2023; entry 23 Feabhra 2025; 2 Me\u00e1n F\u00f3mhair 2024", ["Bealtaine", "Feabhra", "F\u00f3mhair"],
                     ["whom I saw on"], id="irish-months"),
        pytest.param("date of birth is twelve one nineteen fifty full stop", ["twelve one nineteen fifty"], ["full stop"],
                     id="spoken-figures-date"),
        pytest.param("dob oh four slash oh five slash fifty", ["oh four slash"], [], id="spoken-date-with-slashes"),
        pytest.param("patient is jo brown last name b r o w n, seen today", ["brown", "b r o w n"], ["seen today"], id="spelled-after-last-name"),
        pytest.param("surname s-t-e-p-h-e-n-s; o apostrophe s u l l i v a n", ["s-t-e-p", "s u l l i v a n"], [], id="spelled-surnames"),
        pytest.param("name of drug is a b c d? review in a b c format", [], ["a b c d", "a b c format"], id="letters-not-after-a-name"),
        pytest.param("on two liters, seen on day two twenty minutes", [], ["day two twenty minutes"], id="spoken-numbers-no-date"),
        pytest.param("TGLN donor 2023-7115 accepted; ODT donor 853608; Beriplex lot 2347-3652; ivig batch y871j5137",
                     ["2023-7115", "853608", "2347-3652", "y871j5137"], ["Beriplex lot"], id="donor-and-batch-numbers"),
        pytest.param("unit w076 441 893 617 x issued; charter tail no. vh-kab", ["w076 441", "vh-kab"], ["issued"],
                     id="blood-unit-and-tail-numbers"),
        pytest.param("Ranibizumab 0.5 mg intravitreal, batch 22A9. IVIG 0.4 g/kg batch AB12345 given", ["AB12345"], ["batch 22A9"],
                     id="only-a-blood-products-batch"),
        pytest.param("donor 100kg male, a lot of pain, batch 2 of 3, recipient 45kg, 2 units rbc", [],
                     ["donor 100kg", "a lot of pain", "batch 2 of 3", "recipient 45kg", "2 units rbc"], id="donor-measurements-stay"),
        pytest.param("B16 Hall W 96 OWE SBO MUST 2\nbd 6 faith green 48 korsakoff's\nBD14 PATEL J 41 JORDAN", ["Hall", "96", "faith green", "PATEL"],
                     ["OWE SBO", "48 korsakoff's"], id="whiteboard-rows"),
        pytest.param("B2 post op day 2 stable\nbed 3 same 24 hrs\nB5 dressing 20 mins", [], ["post op day 2", "same 24 hrs", "dressing 20"],
                     id="whiteboard-rows-need-a-name"),
        pytest.param("Ward: Ward Cemlyn. admit Ward Dewi Sant; seen by Ward Smith (son)", ["Ward Smith"], ["Ward Cemlyn", "Ward Dewi Sant"],
                     id="ward-named-after-ward"),
        pytest.param("NOK dtr Will 0412 345 678; dau Hope visiting; dtr informed", ["Will", "Hope", "345 678"], ["NOK dtr", "dtr informed"],
                     id="relation-abbreviations"),
        pytest.param("Deployed (JAN08 to Jul 2008), then SEP07; served aug 2004 to may 2006", ["JAN08", "SEP07", "aug 2004", "may 2006"],
                     ["Deployed"], id="service-dates"),
        pytest.param("Stationed at Fort Hood, then CFB Trenton and Lavarack Barracks", ["Hood", "Trenton", "Lavarack"], ["Stationed at"],
                     id="military-bases"),
        pytest.param("plt sgt fletcher notified; SPC Graves and TSgt Torres aware; former Maj with PTSD; Sgt pain 5/10",
                     ["fletcher", "Graves", "Torres"], ["former Maj with PTSD", "pain 5/10"], id="rank-and-surname"),
        pytest.param("Service no T07 296 895; last4: M5606; RA 29 287 258; (OND 2010) tour", ["296 895", "M5606", "287 258"], ["(OND 2010)"],
                     id="service-numbers-not-eras"),
        pytest.param("keysafe 8 5 6 4; door code #4 8 5 3; Key safe no. B670; ks is 1066; staff no 12 doses",
                     ["8 5 6 4", "4 8 5 3", "B670", "1066"], ["staff no 12 doses"], id="spoken-and-lettered-key-codes"),
        pytest.param("Mowbray toilet frame, Stannah stairlift, Rockwood CFS 6, Hoehn & Yahr 2", [],
                     ["Mowbray", "Stannah", "Rockwood CFS 6", "Hoehn & Yahr 2"], id="equipment-and-scales"),
        pytest.param("OT Evaluation - Home\nHome Health OT Visit Note\nSeen by OT Sarah Hope", ["Sarah Hope"], ["OT Evaluation", "OT Visit Note"],
                     id="headings-after-a-role"),
        pytest.param("Pt: um cassie graves, I have had chest pain", ["cassie graves"], ["chest pain"], id="filler-before-a-name"),
        pytest.param("obs stable\nh.evans\nsig. c gray ct1\nReviewed - j.smith RN\nreview p.o. meds\nsig. c.diff",
                     ["evans", "gray", "smith"], ["p.o. meds", "c.diff"], id="initial-and-surname-signoffs"),
        pytest.param("Kidney in Belzer UW on LifePort. Comorbid Parkinson's.", [], ["Belzer", "LifePort", "Comorbid Parkinson's"],
                     id="preservation-products"),
    ],
)
def test_session_59_scrubber(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out
