"""Session 49: what the scrubber finds and keeps after black-box testers (240 North American and Commonwealth notes;
240 notes typed as clinicians type them): names completed in one letter case, record headings, credentials beside
initials, towns before their region and postcode, rural routes, streets typed in one case, people in brackets, chat
speakers, message openings, nicknames and handovers. Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("history from pt and son brendan okafor; old notes.\nplan: contact maura finnegan 1-555-201-3344.",
                 ["brendan", "okafor", "maura", "finnegan"], ["history from pt and son", "old notes"], id="one-case-name-halves"),
    pytest.param("GUARDIAN: DREW LAVOIE.\nHX GBS.\nGIFT MITCHELL, SOCIAL WORKER", ["LAVOIE", "DREW", "GIFT", "MITCHELL"], ["SOCIAL WORKER"],
                 id="capitals-name-halves"),
    pytest.param("clinic note\npatient: lamb, joy   mrn 4411902\nname: castle, owen\nfrom: frost, helen <h.frost@example.org>",
                 ["lamb", "joy", "castle", "owen", "helen"], ["patient:", "mrn", "name:"], id="surname-comma-given-fields"),
    pytest.param("intervention record\n14/03/24  kerr d  hospital no: k7710233  64 yo\nOct 3  DUNNE, Ailish  MRN 3309128",
                 ["kerr d", "DUNNE, Ailish"], ["hospital no:", "MRN", "64 yo"], id="dated-record-headings"),
    pytest.param("Flowsheet export | Marsh T | MRN: Q4412090 | Bed 6\nshift notes | nolan k | chart 88-12-40 | bed 2",
                 ["Marsh T", "nolan k"], ["Bed 6", "bed 2", "Flowsheet export"], id="flowsheet-heading-cells"),
    pytest.param("obs stable. - T.K. RN, BSN\nreviewed.\n- P.O. Medical Social Worker\nNP-PHC QR\n- HARLOW (MD FRCPC)\nwd ok.\n~LT",
                 ["T.K", "P.O", "QR", "HARLOW", "LT"], ["RN, BSN", "Medical Social Worker", "NP-PHC", "MD FRCPC"],
                 id="initials-beside-credentials"),
    pytest.param("lives at 17 larkspur cres, moose jaw sk s6h 2k4\nfamily practice, RR#3, Site 9, Comp 21, Brandon MB R7A 5B2",
                 ["17 larkspur cres", "moose jaw", "s6h 2k4", "RR#3", "Site 9", "Comp 21", "R7A 5B2"], ["family practice"],
                 id="canadian-town-province-postcode"),
    pytest.param("address: rr 2 box 88\ndayton, oh 45402\nHOME: 4410 HIGHWAY 12 LOT 7, BOZEMAN, MT 59715",
                 ["rr 2 box 88", "dayton", "45402", "4410 HIGHWAY 12", "LOT 7", "BOZEMAN", "59715"], ["address:", "HOME:"],
                 id="rural-routes-and-us-towns"),
    pytest.param("lives at 12 the crescent, bath, ba2 4rt - bungalow\naddress: 8 station road\ntimaru 7910\nbp 130/80",
                 ["12 the crescent", "ba2 4rt", "timaru", "7910"], ["bungalow", "bp 130/80"], id="uk-postcode-and-town-on-its-line"),
    pytest.param("this is Marigold (mum of Rocco). family (winifred) updated. seen by physio (tamsin okoye).",
                 ["Marigold", "Rocco", "winifred", "tamsin okoye"], ["mum of", "updated", "seen by physio"], id="people-in-brackets"),
    pytest.param("secure chat\n[02:10] june: gave meds bed 4\n[2.15am] t. adeyinka: thx june x",
                 ["june:", "adeyinka", "thx june"], ["gave meds bed 4", "secure chat"], id="chat-speakers"),
    pytest.param("hi this is kezia morgan, tobias's mum. she's been wheezy. likes to be called dot. aka dot.",
                 ["kezia morgan", "tobias", "called dot", "aka dot"], ["she's been wheezy"], id="message-opening-and-nicknames"),
    pytest.param("held tonight.\n\nK.W. / Pharm.D.\nprefers calls.\n\nTD / CCRN\ncrew: maria lopes / hb\nscrub: bm\nMidwife: R.O.. Obs: x",
                 ["K.W.", "TD", "hb", "scrub: bm", "R.O."], ["Pharm.D.", "CCRN", "crew:"], id="initials-by-slash-role-crew-field"),
    pytest.param("AMBULANCE PCR  INCIDENT INC2024-551202  UNIT A-9\nBC PHN - 9123 456 789\nblk 42 tampines st 11, #04-221, "
                 "singapore 521042", ["INC2024-551202", "9123 456 789", "#04-221", "521042"], ["UNIT A-9", "BC PHN"],
                 id="incident-health-number-singapore"),
    pytest.param("CC: MR. R. ALI, H.NO. 4-2-117/B, HYDERABAD 500073\naddress building 12, zone 40, street 810, doha.",
                 ["4-2-117/B", "500073", "building 12", "zone 40", "street 810"], ["CC:", "address"], id="house-numbers-and-parts"),
    pytest.param("[0110] tomasz: pls chase okeke's bloods\nPLS CHASE WHITE'S BLOODS\npeep up per marsh\nFiO2 weaned per K.L.\n"
                 "1.00am Stone agitated, pulling lines\nPT JOY SETTLED OVERNIGHT.\nwr: june looks better.",
                 ["okeke", "WHITE", "marsh", "K.L", "Stone", "JOY", "june"], ["bloods", "BLOODS", "agitated", "looks better"],
                 id="chased-results-changes-per-and-timed-subjects"),
    pytest.param("address hauptstraße 102, 30872 heidelberg\nwohnt Goethestr. 28a, 60313 Frankfurt am Main\nKeizersgracht 123, 4245 SA "
                 "Apeldoorn\nUL. DŁUGA 30/12, 80-827 GDAŃSK\nVia Roma 15, 20121 Milano\nlives at vasagatan 12, 475 90 göteborg",
                 ["hauptstraße 102", "30872", "heidelberg", "Goethestr. 28a", "60313", "Keizersgracht 123", "4245 SA", "Apeldoorn",
                  "30/12", "80-827", "Via Roma 15", "20121", "vasagatan 12", "475 90"], ["address", "wohnt", "lives at"],
                 id="continental-streets-and-postcodes"),
    pytest.param("address: björkvägen 19 lgh 1102, 785 60 linköping\nos. Tysiąclecia 91 lok. 3\nUL. DŁUGA 6 M. 7, 42-133 POZNAŃ\n"
                 "c/ de alcalá 97, bajo, 50250 getafe\nVondelstraat 20-2, 3956 HR Groningen",
                 ["lgh 1102", "lok. 3", "M. 7", "alcalá 97, bajo", "20-2"], ["address:"], id="continental-flats-and-floors"),
    pytest.param("Sohn erreichbar unter 0176 59128528, bitte\ncall 05.58.21.91.18 for the daughter\nSE 070-123 45 67",
                 ["0176", "59128528", "05.58.21.91.18", "070-123 45 67"], ["erreichbar unter", "for the daughter"], id="european-phones"),
    pytest.param("nosologico: 2043/588502\nN° SÉCU: 1 65 48 03 526 289 88\nNUSS 22/15990263/88\ninsurance no. k532563279\n"
                 "MRS X, UR NO. 314-262, AGE: 71,\nID CARD: JDP 835231", ["2043/588502", "1 65 48 03 526 289 88", "22/15990263/88",
                                                                      "k532563279", "314-262", "JDP 835231"],
                 ["AGE: 71"], id="local-record-and-insurance-numbers"),
    pytest.param("seen on march 29, 2025 in clinic\nreview on the 9th of may please\ned triage  19 october 2023 2315h\n"
                 "follow-up: gp on 4 may with dr. memon.", ["march 29, 2025", "9th of may", "19 october 2023", "4 may"],
                 ["2315h", "follow-up: gp on"], id="lower-case-month-dates"),
    pytest.param("covering side rooms.\nSigned: CG. (FY1)\nBarthel 45/100.\n\n/hk\nheld 48 h. (F.R.)\nstairs.\n\n-- FG.",
                 ["CG.", "/hk", "F.R.", "FG."], ["Signed:", "(FY1)", "Barthel 45/100"], id="signed-slash-and-bracket-initials"),
    pytest.param("Åberg, H. – bleeding risk review\nBed 3: Singh, K. 82y – infective exacerbation\npatient khan, alfie | mrn 21366\n"
                 "GALLO, Federica 377527 Geriatria 3° piano", ["Åberg, H.", "Singh, K.", "khan, alfie", "377527"], ["bleeding risk review",
                                                                                                               "82y", "Geriatria"],
                 id="surname-initial-and-record-headings"),
    pytest.param("HANDOVER FAITH -> JOY @ 1900\nbed 12 - 80y - lrti - n: rusty\ncaller: precious fy1",
                 ["FAITH", "JOY", "rusty", "precious"], ["HANDOVER", "80y - lrti", "fy1"], id="handover-nurse-field-and-grade"),
]

KEEP = [
    pytest.param("bp 135/80, hr 78, rr 18, sats 97% ra\nneck rotation 59 deg each way. step 205 mm rise.",
                 ["rr 18", "59 deg each way", "205 mm rise"], id="respiratory-rate-and-measures"),
    pytest.param("MENTAL HEALTH ACT 2007 (NSW) - SCHEDULE 1. Privacy Act 2020 request. Parkland 4284 mL/24 h.",
                 ["MENTAL HEALTH ACT 2007", "Privacy Act 2020", "Parkland 4284 mL"], id="acts-and-formulae"),
    pytest.param("nurse in charge: Lesley (RGN)\n| Resident | Age | NHS no |\nreview\n12/2/23  ward round  mrn 0691190",
                 ["| Age | NHS no |", "ward round"], id="table-headings-and-rounds"),
    pytest.param("SNF nurse\nJasmine reports poor intake. TX resident.\ncc: Ann Roe (patient); CF dietitian\nInterpreter (Bengali) by phone\n"
                 "Physiotherapist (Ventilation). Nearest relative (s26): mother.", ["SNF nurse", "TX resident", "CF dietitian",
                                                                                   "(Bengali)", "(Ventilation)", "(s26)"],
                 id="abbreviations-before-roles-and-brackets"),
    pytest.param("BP / HR stable\nIV / PO\nthe 2019-2020 season. ward 7, floor 2. Box and Blocks 56, RR 14, BP 120/80.",
                 ["BP / HR stable", "IV / PO", "ward 7, floor 2", "Box and Blocks 56", "RR 14"], id="slashes-and-counts"),
    pytest.param("[10:15] re: bed 4\nbed 12 | 80 | lrti | n: nil\nhandover to nights at 2000. pt known as a frequent attender.",
                 ["re: bed 4", "n: nil", "handover to nights", "known as a frequent"], id="forms-that-name-nobody"),
    pytest.param("insulin per sliding scale. meds given per protocol. pt's bloods sent. today's bloods normal.\n0800 pain settled. "
                 "0900 Patient more settled. 1000 Obs stable. 1100 Wound looks clean. oxygen weaned per protocol.",
                 ["per sliding scale", "per protocol", "pt's bloods", "today's bloods", "pain settled", "Patient more settled",
                  "Obs stable", "Wound looks clean"], id="results-and-entries-that-name-nobody"),
    pytest.param("Nil via PEG for 4 hours. O2 via NC 2-3 LPM. sooner via MyChart. Total time 18 min.\nCubicle 7  February 14 2024\n"
                 "pt may 2 tabs. march 2 miles daily. bed 2 feb spikes overnight. meeting 3rd June 2 pm.\nnausea, vomiting\n",
                 ["via PEG for 4 hours", "via NC 2-3 LPM", "Total time 18 min", "Cubicle 7", "may 2 tabs", "march 2 miles",
                  "feb spikes", "2 pm", "nausea, vomiting"], id="via-months-and-lists-that-are-no-phi"),
    pytest.param("glucose 3.2 mmol/L. Dad given juice. Checked by FT. Ambulance booked.\n/min",
                 ["mmol/L.", "Ambulance booked", "/min"], id="units-and-sentence-stops"),
    pytest.param("seen by ot (home visit). son (lives abroad). daughter (present) aware. mother of twins.",
                 ["seen by ot", "(home visit)", "(lives abroad)", "(present)", "mother of twins"], id="brackets-that-name-nobody"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_49_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_49_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_49_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])


def test_credentials_are_no_names() -> None:
    from processors.deid.signoffs import is_credential

    text = "- G.M. ENA\n- i.s. rn bscn\n- J.O. RN CM\nRN KD"
    assert is_credential(text, text.index("ENA"), text.index("ENA") + 3)
    assert is_credential(text, text.index("bscn"), text.index("bscn") + 4)
    assert is_credential(text, text.index("CM"), text.index("CM") + 2)
    assert not is_credential(text, text.index("KD"), text.index("KD") + 2)  # initials after a role
