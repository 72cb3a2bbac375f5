"""Session 23: what the scrubber keeps and finds after the rounds on held-out v75 (critical care),
v76 (pharmacy and medicines management) and v77 (eyes, ENT, dental). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("dictated: date of birth the thirteenth of the eighth nineteen sixty two, lives alone",
                 ["thirteenth of the eighth nineteen sixty two"], ["lives alone"], id="spoken-date-month-as-ordinal"),
    pytest.param("sign out 4/15: stable overnight, GCS 14/15\nAttempt 1 3/26: failed cannulation, pain 4/10",
                 ["4/15:", "3/26"], ["GCS 14/15", "pain 4/10"], id="month-day-after-sign-out-and-attempt"),
    pytest.param("Clinically screened: QW 03/04/24 09:10\nAssembled: ZR   Prepared: VB   Final check: KD (AP)",
                 ["QW", "ZR", "VB", "KD"], ["Prepared:"], id="dispensary-step-initials"),
    pytest.param("Olwen Prys, Clinical Pharmacist, page 4187\nPostcode of residence: 4870\n"
                 "Patient identifier (in confidence) R.T.   Sex F",
                 ["Olwen Prys", "4187", "4870", "R.T."], ["Sex F"], id="pager-postcode-reporter-initials"),
    pytest.param("- k. vandersloot, pharmd\npt dorota kwiatkowski, 94f, mrn Q5550123\nDOAC check: age >=80 Y (93)",
                 ["vandersloot", "dorota kwiatkowski", "94f", "Q5550123", "(93)"], ["age >=80"], id="lower-signer-age-forms"),
    pytest.param("GP: Dr A Pennock, Stoke-on-Trent; moved from Newcastle-upon-Tyne",
                 ["Pennock", "Stoke-on-Trent", "Newcastle-upon-Tyne"], [], id="joined-town-names"),
    pytest.param("Mrs Ailsa Brodie\n2F1, 14 Marchmont Crescent\nEdinburgh\nSuburb: Mount Barker 5251\nTown: Unknown",
                 ["2F1", "Marchmont Crescent", "Mount Barker", "5251"], ["Town: Unknown"], id="flat-position-and-suburb-label"),
    pytest.param("Attender: son Muthu - 8123-456-789; husband 044217-55512; please ring (021) 43 98765; Contact: Vocera 48120",
                 ["8123-456-789", "044217-55512", "(021) 43 98765", "48120"], [], id="indian-irish-handset-phones"),
    pytest.param("Wednesday 4.2\nThe tube came out today.\nMission no: RSQ24-1187\nCastlebar\nCo. Mayo\nF23 C0H9",
                 ["4.2", "RSQ24-1187", "F23 C0H9"], ["tube came out"], id="diary-day-mission-eircode-with-zero"),
    pytest.param("bf tomasz at bedside, driving home\n- r. okonkwo pgy-2 oto\n- ngozi, icu f/u cnc\nlives in toowoomba, mobile",
                 ["tomasz", "okonkwo", "ngozi", "toowoomba"], ["at bedside"], id="lower-case-relations-signers-towns"),
    pytest.param("Home: 12 Birch Rd, Fort McMurray, AB T9H 1A1\n\nThanks,\nShaquille\ncc: ward clerk",
                 ["Fort McMurray", "T9H 1A1", "Shaquille"], ["ward clerk"], id="mc-town-and-thanks-signature"),
    pytest.param("metoprolol   25 mg PO BID   8/20 PM   taking\ndomestic helper Maricel given the booklet\n"
                 "daughter CHIU Ching-yee", ["8/20", "Maricel", "CHIU Ching-yee"], ["25 mg PO BID", "PM   taking"],
                 id="last-dose-day-helper-cantonese"),
    pytest.param("1    Audit controlled drug book   WT      16/12\n2    Review competency records   TA      08/12\n"
                 "kids at home: anahera (7) - with her sister\nCase No.: 2024 GDN 757031\nHealth card: 9593895924 KT\n"
                 "UR 720-652\nMother's address: 4, 6467 Dunmore Rd, Lethbridge",
                 ["WT", "16/12", "TA", "08/12", "anahera", "2024 GDN 757031", "9593895924 KT", "720-652", "4, 6467"],
                 [], id="action-owners-kids-case-health-card-ur-unit"),
    pytest.param("aps worker keisha tillman called back\nrefuge advocate rangimarie coming in\n"
                 "pt darlene puckett 100f mrn 8022230\n- roderick f, msw\nlives mangere, stay w/ sister in auckland",
                 ["keisha", "tillman", "rangimarie", "darlene puckett", "100f", "roderick f", "mangere", "auckland"],
                 ["called back"], id="social-work-lower-case-forms"),
    pytest.param("Incident: 907412-24\ninc 8988 cat 3\nwhat3words ///soap.tulip.crossing\nAddress: 119 Heol-y-Nant\n"
                 "Dyddiad: 20 Mehefin 2024\npaulette (wife) unable to lift\nwitness: latoya fulton\n"
                 "via Blackall QLD; Caller in Thunder Bay, ON\nC: He's 91.\n- leanne l, clinical hub paramedic",
                 ["907412-24", "8988", "soap.tulip.crossing", "Heol-y-Nant", "20 Mehefin 2024", "paulette",
                  "latoya fulton", "Blackall", "Thunder Bay", "91", "leanne l"], ["cat 3"], id="prehospital-forms"),
    pytest.param("Dexcom G6 (transmitter 8B3EAZ)\nadm 1/9 w/ dka\nLetterkenny\nCo. Donegal\nF92 CEFK\n"
                 "Residence: 27, Gokul Nagar, Maninagar\ncontact Rawiri on 0229581635",
                 ["8B3EAZ", "1/9", "F92 CEFK", "27, Gokul Nagar", "0229581635"], ["w/ dka"], id="diabetes-clinic-forms"),
    pytest.param("Husband (alleged perpetrator): AZMAN BIN ISMAIL\nsays strangled previously (february 2024); "
                 "last seen may 2024", ["AZMAN", "ISMAIL", "february 2024", "may 2024"], ["strangled previously"],
                 id="malay-caps-name-lower-month-year"),
    pytest.param("Mrs Ffion Hughes\n19 Hencotes\nSpennymoor\nDL16 6AB", ["Ffion Hughes", "19 Hencotes", "Spennymoor", "DL16 6AB"],
                 [], id="address-line-without-a-street-word"),
]

KEPT = [
    pytest.param("the first of the second dose was given; attempt 2 of 3 made", ["first of the second dose", "attempt 2 of 3"],
                 id="ordinals-without-a-year-are-no-date"),
    pytest.param("Prepared: NS 500 mL; Dispensed: 28 tabs; see page 1234 of the BNF; walked 90m, no desaturation",
                 ["NS 500 mL", "28 tabs", "page 1234", "90m"], id="step-labels-with-values-pages-distances"),
    pytest.param("09/16/24   3.9   27.5 mg       5 mg daily exc 2.5 mg Mon/Fri        9/30",
                 ["5 mg daily exc 2.5 mg Mon/Fri"], id="warfarin-table-weekdays-stay"),
    pytest.param("Describe: Stevens-Johnson-like rash; eosinophilia. Enbrel 50 mg SureClick; Symbicort 200/6 Turbohaler",
                 ["Stevens-Johnson-like", "eosinophilia", "SureClick", "Turbohaler"], id="eponyms-devices-stay"),
    pytest.param("pt will likely, if stable, go home; patient mark improved, plan home",
                 ["pt will likely", "patient mark improved"], id="pt-before-words"),
    pytest.param("      Sph      Cyl      Axis   VA\nR     -4.50    -0.50    100    6/5\nL     -0.50    -1.75    120    6/9",
                 ["Sph      Cyl", "100    6/5", "120    6/9"], id="refraction-table-acuities"),
    pytest.param("elastics (3/16\", 6 oz); fluorescein staining; pulpectomy 47, Ledermix, Cavit; then 2.5 mg given",
                 ["3/16\"", "fluorescein", "Ledermix, Cavit", "then 2.5 mg"], id="inch-sizes-dyes-dental-materials"),
    pytest.param("Tube: Portex Blueline Ultra size 8.0, cuffed; Shiley size 7.0 XLT; McMurray positive; "
                 "lives in sheltered housing, moved to hdu, stable; - stable, icu reg",
                 ["Portex Blueline Ultra size 8.0", "Shiley size 7.0 XLT", "McMurray positive", "sheltered housing",
                  "moved to hdu", "- stable, icu reg"], id="trache-brands-tests-and-words-stay"),
    pytest.param("17:29   22   94%    112   105/71    15    7.7    37.9   8/10\nhome bp machine 149/79 hr 78\n"
                 "Baby 2804 g, Apgars 8/8; Finnegan scores 4, 10, 11; Li level 0.2; O2 4 L/min NP, Ringer's lactate 500 mL",
                 ["37.9   8/10", "149/79", "Apgars 8/8", "Finnegan scores", "Li level 0.2", "Ringer's lactate"],
                 id="obs-row-pain-home-bp-scores-lithium-ringer"),
    pytest.param("She is 95% on air; pain (wife) reports; children: none (0); Machine FMC5008 serviced",
                 ["95% on air", "pain (wife)", "none (0)"], id="prehospital-look-alikes-stay"),
    pytest.param("TSH 0.26 mU/L\nTRAb 19.9 IU/L. Pulse 63 bpm; metformin 850 mg tds, Actraphane HM 17 u mane",
                 ["IU/L. Pulse 63", "Actraphane HM 17 u mane"], id="unit-before-a-capital-word-insulin-brand"),
    pytest.param("WASTE BIN COLLECTION MONDAY; may 2024 be the year", ["WASTE BIN COLLECTION", "may 2024 be"],
                 id="bin-and-may-as-words"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session23_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session23_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)
