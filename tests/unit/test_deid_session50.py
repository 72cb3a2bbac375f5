"""Session 50: what the scrubber finds and keeps after a black-box tester's 240 notes from Latin America, Eastern Europe,
Turkey, Israel, Japan, Korea, the Pacific, Quebec, Ireland, Scotland and the US: streets led by their kind, grid and
Turkish addresses, labelled national identifiers, phones with area codes, postcodes after their label, lower-case names
after more cues. Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("home: Calz. de Tlalpan 512, Coyoacán\nlives at Av. Hidalgo 31-B with her son\nvisit to Jr. Huallaga 221 planned\n"
                 "Delivery address: Str. Lalelelor nr. 14, bl. C2, sc. 1, ap. 40\nadresa: calea moșilor nr. 88",
                 ["Tlalpan 512", "Hidalgo 31-B", "Huallaga 221", "Lalelelor nr. 14, bl. C2, sc. 1, ap. 40", "moșilor nr. 88"],
                 ["home:", "with her son", "planned", "Delivery address:"], id="streets-led-by-their-kind"),
    pytest.param("lives at vul. Shevchenka 45/12, with wife\nRehov Bialik 17, apt 4\nal. niepodległości 210 m. 5\n"
                 "Av. Paulista, 1200, bloco A, apto 81", ["Shevchenka 45/12", "Bialik 17, apt 4", "niepodległości 210 m. 5",
                                                          "Paulista, 1200, bloco A, apto 81"], ["lives at", "with wife"],
                 id="ukrainian-israeli-polish-brazilian-streets"),
    pytest.param("fell outside Carrera 15 # 93-47, apto 302\nfrom: av. calle 26 # 59-51, torre 1 apto 707",
                 ["Carrera 15 # 93-47, apto 302", "calle 26 # 59-51, torre 1 apto 707"], ["fell outside", "from:"], id="colombian-grid"),
    pytest.param("Discharge home to İstiklal Cad. No: 44 Daire 3, Beyoğlu\nfound at home (bahariye mah. moda cad. no:12 d:5)",
                 ["İstiklal Cad. No: 44 Daire 3", "bahariye mah. moda cad. no:12 d:5"], ["Discharge home to", "found at home"],
                 id="turkish-addresses"),
    pytest.param("Re: Mr X, Palackého 12, Brno\nlives alone, masarykova 40/7).\nvisit: 12-5 Nishi-Shinjuku 3-chome\n"
                 "Household at 88 Teheran-ro.\nOT visit to 412, 5e Avenue planned\n1022, rue des pins, app. 3",
                 ["masarykova 40/7", "12-5 Nishi-Shinjuku 3-chome", "88 Teheran-ro", "412, 5e Avenue", "1022, rue des pins, app. 3"],
                 ["lives alone", "OT visit to", "planned"], id="czech-japanese-korean-quebec-streets"),
    pytest.param("NSS 12 34 56 7890-1; RG 22.333.444-5\nRUT of mother: 9.876.543-2. CI: KX 445566. RČ 440101/1234\n"
                 "Exp. 339201, bed 3. ID (TZ) 301234567. FICHA 220145",
                 ["12 34 56 7890-1", "22.333.444-5", "9.876.543-2", "KX 445566", "440101/1234", "339201", "301234567", "220145"],
                 ["bed 3"], id="labelled-national-identifiers"),
    pytest.param("call back on (2) 2345 6789 after 5\nmobile (11) 98765-4321\nson informed on 0216 555 12 34.\n"
                 "granddaughter rung on 912 345 678 - no answer\ncontact 044 55 12345678", ["2345 6789", "98765-4321",
                                                                                      "0216 555 12 34", "912 345 678",
                                                                                      "044 55 12345678"],
                 ["call back on", "no answer"], id="phones-with-area-codes"),
    pytest.param("cep 01311-000, são paulo\ncod 010011 bucharest\nlives at 12 oak park, ennis v95x2p3", ["01311-000", "010011",
                                                                                                   "v95x2p3"], ["lives at"],
                 id="postcodes-after-labels-and-eircodes"),
    pytest.param("patient: manaia tuilagi | passport 123\nclinician: ha-eun seo\nattn: kealoha makoa, fax 808\n"
                 "patient tevita lolohea started on apixaban 5 mg\nanaesthetist sione vaipulu -> pacu",
                 ["manaia tuilagi", "ha-eun seo", "kealoha makoa", "tevita lolohea", "sione vaipulu"],
                 ["passport", "apixaban 5 mg", "pacu"], id="lower-case-names-after-more-cues"),
    pytest.param("- do-yun kang: skin tear\ngp baek seung-hoon asked for bloods\nNEXT VISIT. NAM HYE-JIN\nGrandchild Seo-yeon (9) coughing\n"
                 "patient: choi minseo, 41", ["do-yun kang", "baek seung-hoon", "NAM HYE-JIN", "Seo-yeon", "choi minseo"],
                 ["skin tear", "asked for bloods", "coughing"], id="korean-names-any-case"),
    pytest.param("EID: 784-1931-2605412-7\npin: 6898-5348-5190\nTEL: 03/561907\nT: 01 350 995 | M: x\nTel 089/4400-87528\n"
                 "c.f.: rsslcu29d45n501h | kv-nr. j628295784, dob", ["784-1931-2605412-7", "6898-5348-5190", "03/561907", "01 350 995",
                                                                  "089/4400-87528", "rsslcu29d45n501h", "j628295784"],
                 ["EID:", "TEL:", "c.f.:", "kv-nr."], id="gulf-levant-german-italian-numbers"),
    pytest.param("Visitor lives at Flat B-36, Block 18-A, Tampines\nHOUSE NO. 206/9\nat Building 72.\n"
                 "Signature: ___S. Krishnamurthy___   Qualifications\n-- Printed 2024-03-01 by park17 --\nby user cabubakar at 16:13",
                 ["Flat B-36", "Block 18-A", "206/9", "Building 72", "S. Krishnamurthy", "park17", "cabubakar"],
                 ["Visitor lives at", "Signature:", "Qualifications", "at 16:13"], id="flats-blocks-signatures-user-names"),
    pytest.param("MSH|^~\\&|CERNER|TLH|EMR|TLH|20240301101010||ADT^A01|MSG32|P|2.3\nPID|1||RTH6183903^^^RTH^MR||WHITWORTH^Nerys||"
                 "19670928|F|||FLAT 9^6 BEECH GROVE^LEEDS^^LS6 2AB||0113 496 0000^PRN^PH|||D\nNK1|1|WHITWORTH^Alan|SPO^Spouse||0113 496 0001\n"
                 "OBR|1|ORD123|FIL456|CBC^COMPLETE BLOOD COUNT|||202403011000\nOBX|1|NM|6690-2^WBC^LN||16.3|X10^9/L|4-11|H|||F",
                 ["RTH6183903", "WHITWORTH^Nerys", "19670928", "BEECH GROVE", "LS6 2AB", "0113 496 0000", "WHITWORTH^Alan"],
                 ["^RTH^MR", "^PRN^PH", "SPO^Spouse", "CBC^COMPLETE BLOOD COUNT", "6690-2^WBC^LN", "16.3|X10^9/L|4-11|H"],
                 id="hl7-codes-stay"),
    pytest.param("previous address: str. avram iancu nr. 159, rahova, craiova, cod 304075\nseen at clinic (ul. lipowa 12, lublin), tel\n"
                 "1. ana \u2014 274, rue saint-denis, app. 7, val-d'or: picc flush", ["rahova", "craiova", "lublin", "val-d'or"],
                 ["previous address:", "picc flush"], id="lower-case-towns-after-a-street"),
    pytest.param("patient: bae jiho, 41, fever", ["bae jiho"], ["patient:", "fever"], id="korean-one-word-given-name-no-hyphen-in-note"),
    pytest.param("obs stable.\nvdl\nreferral sent.\n\u2014 R.M.S.A.\nIssued to the pharmacy. t.k.\nGP letter: Ana Ruiz / p.j.m.",
                 ["vdl", "R.M.S.A.", "t.k.", "p.j.m."], ["obs stable", "referral sent", "GP letter:"], id="initials-lines-mid-note"),
]

KEEP = [
    pytest.param("Drug chart: 0600 1400 2200. BP 110/70 72 18 98% RA. CA 19-9 223 kU/L. Thresholds 25 dB HL 250-6000 Hz.",
                 ["0600 1400 2200", "BP 110/70 72 18 98%", "CA 19-9 223", "250-6000 Hz"], id="times-vitals-markers-and-ranges"),
    pytest.param("NDC 50090-1234-0. Trial NCT04512345. Smith et al. 2019 Lancet 394. Av. HR 84 over 24 h.",
                 ["NDC 50090-1234-0", "NCT04512345", "et al. 2019", "HR 84"], id="codes-references-and-averages"),
    pytest.param("plan reviewed.\nPLAN\nobs stable.\nOBS\ngiven 10 mg.\np.o.\nso-so night, ha-ha laughing. co-amoxiclav 625 mg",
                 ["PLAN", "OBS", "p.o.", "so-so", "ha-ha", "co-amoxiclav"], id="headings-routes-and-words-alone"),
    pytest.param("Troponin T 2175 ng/L, INR 0.9, Adj Ca 2.46 mmol/L. Proportionate to sulci. Disp: #56. EudraCT 2020-004050-60. "
                 "femoral nerve block 20 ml. lying flat 30 degrees.",
                 ["Adj Ca 2.46", "to sulci", "Disp: #56", "2020-004050-60", "block 20 ml", "flat 30"],
                 id="labs-specimens-trials-and-blocks"),
    pytest.param("FROM: 0123 456 789  P. 1/6\nPg 2/2\nPages (incl. cover):  5\nBest wishes\nJane Best, Ward Manager",
                 ["P. 1/6", "Pg 2/2", "Pages (incl. cover):  5", "Best wishes"], id="page-counters-and-closings"),
    pytest.param("C. difficile toxin positive. cl. difficile 3 stools. Plt 150 162 171 this week. WCC 12.3 -> 9.8.",
                 ["C. difficile", "cl. difficile 3", "Plt 150 162 171", "WCC 12.3"], id="organisms-and-trends"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_50_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_50_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_50_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
