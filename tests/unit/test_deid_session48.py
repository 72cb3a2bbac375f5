"""Session 48: what the scrubber finds and keeps after a black-box tester (220 notes in eight genres: letters, e-mails,
safeguarding, obstetric, psychiatric, paediatric, radiology, dental and optometry notes from eight countries, a sixth
in lower case and a tenth in capitals). Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("lives alone at no. 9, 4th cross road, r. t. nagar, bengaluru - 560032, karnataka. mmse 21/30.",
                 ["no. 9", "4th cross road", "bengaluru", "560032"], ["karnataka", "mmse 21/30"], id="lower-case-indian-run"),
    pytest.param("address: blk 7 lot 21, rizal st., brgy. malanday, marikina city 1800\nbp 132/80",
                 ["blk 7 lot 21", "rizal st", "malanday", "marikina city 1800"], ["bp 132/80"], id="lower-case-address-field"),
    pytest.param("MOTHER: GRACE OBI   ADDRESS: PLOT 9, ADEOLA ODEKU ST., VICTORIA ISLAND, LAGOS 101241\nHB 104 G/L",
                 ["PLOT 9", "ADEOLA ODEKU", "VICTORIA ISLAND", "101241"], ["HB 104 G/L"], id="capitals-field-after-a-column-gap"),
    pytest.param("RE: AMAKA EZE, DOB 2010-03-01, HOUSE 12, WUSE 2ND AVENUE, ENUGU, ENUGU STATE 400102\nOVERJET 7 MM",
                 ["HOUSE 12", "WUSE 2ND AVENUE", "400102"], ["OVERJET 7 MM"], id="capitals-premise-run"),
    pytest.param("Erf 2231, Extension 9, Mthatha, Eastern Cape, 5099. Hb 121.", ["Erf 2231", "Extension 9", "Mthatha", "5099"],
                 ["Hb 121"], id="south-african-erf"),
    pytest.param("new address is 9 obi close, ogui, enugu, enugu state 400102 and my cell is", ["9 obi close", "ogui", "400102"],
                 ["and my cell is"], id="lower-case-tail-closed-by-a-state-postcode"),
    pytest.param("surname: okoro   forename(s): ada   dob: 04/05/1990   sex: f", ["okoro", "ada"], ["surname:", "forename(s):",
                                                                                   "sex: f"], id="lower-case-name-fields"),
    pytest.param("ebl 410 ml. baby to be called mercy. parents have chosen the name Tobenna.", ["mercy", "Tobenna"],
                 ["ebl 410 ml", "baby to be called", "parents have chosen the name"], id="chosen-names"),
    pytest.param("to: ifeoma nwosu <i.nwosu@example.org>\nON MON 2 JUNE 2025, KOFI ASANTE <K.ASANTE@EXAMPLE.ORG> WROTE:",
                 ["ifeoma nwosu", "KOFI ASANTE"], ["to:", "WROTE:"], id="names-before-e-mail-addresses"),
    pytest.param("Hi Dr. Okafor, it's Chidi Nnaji (DOB 1/2/1980). hi, it's tola balogun (dob 3/4/1985).",
                 ["Chidi Nnaji", "tola balogun"], ["Hi", "(DOB"], id="writer-before-their-birth-date"),
    pytest.param("Dictated by AB/typed cd 2/3/24. Pharmacist check: XYZ.", ["AB", "cd", "XYZ"], ["Dictated by", "Pharmacist check"],
                 id="typist-and-checker-initials"),
    pytest.param("bed 3 - nowak - 73y/o - aki\nsubramanian had a catheter change, escalated to cn grzegorz re waterlow 27. physio aware.",
                 ["nowak", "subramanian", "grzegorz"], ["bed 3", "73y/o - aki", "catheter change", "waterlow 27", "physio aware"],
                 id="listed-names-in-a-lower-case-note"),
    pytest.param("BED 3 - NOWAK - 73Y/O - AKI.\nHAD A CATHETER CHANGE, ESCALATED TO CN GRZEGORZ RE WATERLOW 27, BP 118/70.",
                 ["NOWAK", "GRZEGORZ"], ["BED 3", "73Y/O - AKI", "WATERLOW 27", "BP 118/70"], id="listed-names-in-a-capitals-note"),
    pytest.param("obs stable.  //c.d.\nNEXT REVIEW AM.  //BK\nvancomycin 1g bd.  ~brooks hca\nNKDA.  - B.H. SN\nsettled -- R.B.",
                 ["c.d", "BK", "brooks", "B.H", "R.B"], ["obs stable", "NEXT REVIEW AM", "vancomycin 1g bd", "hca", "NKDA"],
                 id="sign-off-initials"),
    pytest.param("ROOM 29 HOPE 36YOF - UROSEPSIS\nbed 29 - Long - 49yo - urosepsis\n18c  stone  22 year old  pyelo  gcs 11/15\n"
                 "10c | c clegg | 24y/o | sbo", ["HOPE", "Long", "stone", "c clegg"], ["ROOM 29", "36YOF - UROSEPSIS", "bed 29",
                                                                                  "49yo - urosepsis", "22 year old", "24y/o | sbo"],
                 id="bed-board-rows-with-an-age"),
    pytest.param("plan: d/c to her daughter's in rotorua 2093, poc qds.\naddress: flat 11, 55 rata st papatoetoe 3117\nbp 120/80",
                 ["rotorua 2093", "55 rata st", "papatoetoe 3117"], ["poc qds", "bp 120/80"], id="four-digit-postcodes-after-a-place"),
    pytest.param("KOWALSKI, Wojciech RXH 637 327\nDOB: 17/04/1999  rxh 922 229", ["637 327", "922 229"], ["RXH", "rxh"],
                 id="prefixed-hospital-numbers"),
    pytest.param("Dr Hamilton reviewed. Seen by Mr Morse at 1400. Seen on 3/12 at clinic.", ["Hamilton", "Morse", "3/12"],
                 ["reviewed", "at 1400"], id="scale-surnames-without-a-scale"),
    pytest.param("BED,PATIENT,AGE/SEX,MRN,CC,TRIAGE,RN,MD\nM11,KELLY, MATHIEU,19M,2715-664,BACK PAIN,CTAS 4,GT,WILSON\n"
                 "R2,SINGH, R,41M,8206801,ABDO PAIN,CTAS 3,WC,HALL", ["KELLY", "MATHIEU", "2715-664", "SINGH", "8206801", "GT", "WILSON",
                                                                     "WC", "HALL"], ["19M", "41M", "BACK PAIN", "CTAS 4"],
                 id="board-export-with-an-unquoted-comma-in-the-name"),
    pytest.param("pt: robert wilson  mrn 8622870\npatient: alan sweet  mrn: m3749078\npatient: april field   chart # 5057-275",
                 ["robert wilson", "alan sweet", "april field"], ["pt:", "patient:"], id="lower-case-form-name-fields"),
    pytest.param("booked 8/15 with Dr O. Wood.\n-- ie\n", ["ie"], ["booked"], id="initials-signing-the-last-line"),
    pytest.param("notified by phone. //NC", ["NC"], ["notified by phone"], id="initials-after-slashes-closing-the-note"),
    pytest.param("BED\tPATIENT\tAGE/SEX\tMRN\tCC\tRN\tMD\nM11\tMOORE DOUGLAS\t59M\t8466213\tSYNCOPE\tRB\tBAKER\n"
                 "C20\tWONG, HENRY\t13M\t4656-906\tFALL\tCH\tDR HALL", ["MOORE DOUGLAS", "8466213", "RB", "BAKER", "WONG, HENRY",
                                                                   "4656-906", "DR HALL"], ["59M", "13M", "SYNCOPE", "FALL"],
                 id="tab-separated-board-export"),
    pytest.param("BED;PATIENT;AGE/SEX;MRN;CC;RN;MD\nB16;SCHULTZ, Harold;25M;4296062;abdo pain;PS;LS", ["SCHULTZ", "Harold", "4296062",
                                                                                          "PS", "LS"], ["25M", "abdo pain"],
                 id="semicolon-separated-board-export"),
    pytest.param("Adaeze Obi, RM  NMCN RN 123456\nRommel Cruz, B.Optom S2 No. 554433\noptometrist permis 65432",
                 ["123456", "554433", "65432"], ["RM", "optometrist"], id="registration-numbers"),
]

KEEP = [
    pytest.param("bed 4, no. 2, given 1000 ml, then 500 ml. no. 3, 2 tabs, 5000 units.",
                 ["bed 4, no. 2, given 1000 ml, then 500 ml", "no. 3, 2 tabs, 5000 units"], id="numbered-items-no-address"),
    pytest.param("rass -2 on the richmond agitation-sedation scale, fazekas grade 2, griffiths iii quotient, seen at "
                 "philippine general hospital.", ["richmond agitation-sedation scale", "fazekas grade 2", "griffiths iii",
                                                   "philippine general hospital"], id="lower-case-eponyms-and-institutions"),
    pytest.param("RASS -1, HAMILTON DEPRESSION RATING 12, PEEP 6, FLUID BAL +1.0L, BP 104/60, SEEN BY PSYCHIATRY TODAY.",
                 ["HAMILTON DEPRESSION RATING 12", "PEEP 6"], id="capitals-eponym-scale"),
    pytest.param("plan: review in am -- ok\nbloods - nil\nabx - iv\ngiven paracetamol // prn",
                 ["review in am -- ok", "bloods - nil", "abx - iv", "paracetamol // prn"], id="dashes-that-sign-nothing"),
    pytest.param("bed 3 pt 73yo male\nbed 4 - empty\nbay 2 bed 1 - new admission 67f - chest pain\nbed 12 - dka 45yo\n"
                 "room 3 confused 88f", ["pt 73yo", "empty", "new admission 67f", "dka 45yo", "confused 88f"], id="rows-without-a-name"),
    pytest.param("BP 120 080 at 1400, platelets was 150 200 yesterday, weights: kgs 102 101", ["BP 120 080", "150 200", "kgs 102 101"],
                 id="number-pairs-that-are-no-ids"),
    pytest.param("3/12 AGO, WORD-FINDING DIFFICULTY. 2/7 HISTORY. 1/2 TAB NOCTE. 3/7 OF FEVERS. 6/12 FOLLOW-UP. Clinic TCI 1/12.",
                 ["3/12 AGO", "2/7 HISTORY", "1/2 TAB", "3/7 OF FEVERS", "6/12 FOLLOW-UP", "TCI 1/12"], id="durations-in-capitals"),
    pytest.param("3. Morse fall scale 55 - bed alarm. Morse 45 - repositioning. Hamilton rating 18. 1230 Morse Fall Scale 65; "
                 "background hamilton rating scale score 18, htn", ["Morse fall scale 55", "Morse 45", "Hamilton rating 18",
                                                                   "Morse Fall Scale 65", "hamilton rating scale score 18"],
                 id="eponymous-scales-with-a-score"),
    pytest.param("anaesthesia: ga with ett. asa iv. antibiotics: ertapenem 1 g iv.", ["asa iv"], id="asa-grade-opening-a-sentence"),
    pytest.param("patient: chest pain  mrn 123456\npt: dry cough  dob unknown", ["chest pain", "dry cough"],
                 id="form-fields-holding-a-complaint"),
    pytest.param("Seen 2/2/2023 at 1445.\nKevin Thompson, MD \u2014 ID fellow\n", ["ID fellow"], id="a-specialty-before-a-role"),
    pytest.param("Bed 3 Reddy - AKI. reddy's bloods sent.", ["Bed 3", "AKI", "bloods sent"], id="mixed-case-note-keeps-its-cues"),
    pytest.param("From: Ward Clerk <ward.clerk@example.org>\nthis is a reminder (dob check needed). S2 split, HR 88.",
                 ["From: Ward", "this is a reminder", "dob check needed", "S2 split, HR 88"], id="mailbox-reminder-heart-sound"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_48_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_48_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_48_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])


def test_roles_are_no_typist_or_checker_initials() -> None:
    from processors.deid.named_cues import cued_name_spans

    text = "Typed: RN/typed SN. checked by: RN. Pharmacist check: done. Checked by hand."
    assert cued_name_spans(text) == []
    other = "JK/typed lm. checked by: PQ."
    assert [other[s:e] for s, e in cued_name_spans(other)] == ["JK", "lm", "PQ"]
