"""Session 21: what the scrubber keeps and finds after the round on held-out v59 (mental health,
addictions, eating disorders). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI_V59 = [
    pytest.param("Rapid tranq: olanzapine 10mg IM (TK/WN)\nObs by nurses Tamsin Kearsley, Wasim Nadeem",
                 ["TK", "WN", "Tamsin Kearsley, Wasim Nadeem"], ["olanzapine 10mg IM"], id="dose-givers-initials-pair"),
    pytest.param("Time   CIWA   HR   Diazepam   RN\n22:00  14     104  10mg        GO\n\nGrace Obi, RN",
                 ["GO", "Grace Obi"], ["10mg"], id="table-initials-after-a-dose-column"),
    pytest.param("She missed 3/8 and 4/8. AWOL 6/11, found by police. UDS 2/10 - negative. RTC 4 wks 9/1.",
                 ["3/8", "4/8", "6/11", "2/10", "9/1"], ["negative"], id="partial-dates-after-event-words"),
    pytest.param("Section 2 completed 03/07. Family meeting w/ mother Min-seo 2/28.",
                 ["03/07", "Min-seo", "2/28"], ["Section 2"], id="zero-padded-date-relative-name"),
    pytest.param("Nominated support person: Brooke Hanrahan 0412 555 019\nCPN: TAN Wei Jie",
                 ["Brooke Hanrahan", "0412 555 019", "TAN Wei Jie"], [], id="support-person-and-pinyin-name"),
    pytest.param("DOB: 2 May 1980  Address: Lot 12, Spanish Town Road, Kingston 10\nApt 4, Bóthar na Mara\n"
                 "Flat 2, 17 Heol Glyn, Caerphilly",
                 ["Lot 12, Spanish Town Road, Kingston 10", "Bóthar na Mara", "17 Heol Glyn"], [], id="mid-line-address-celtic-streets"),
]
KEPT_V59 = [
    pytest.param("Missed 2/3 doses this week; homebound, leaves only for HD/MD visits (Hannah Dale, RN).",
                 ["2/3 doses", "HD/MD visits"], id="counts-and-service-pairs"),
    pytest.param("Pain score 03/10 unchanged; PHQ-9 14/27.", ["03/10", "14/27"], id="scores-stay"),
]
# the round on the v60 / v61 leftovers (general practice, community care, hospital administration)
PHI_V60 = [
    pytest.param("Replies: 14/11 Nadine: \"booked online for 27/11 thanks\". Ali (typed): ok\n"
                 "PDMP checked by Florin Constantinescu, MA 3/6: single prescriber",
                 ["27/11", "Florin Constantinescu", "3/6"], ["single prescriber"], id="booked-for-and-credential-dates"),
    pytest.param("Seen by Dr E \u00d3 Murch\u00fa; authorised by Dr S N\u00ed Bhriain x 6 months. Coach K Mueller may call.",
                 ["E \u00d3 Murch\u00fa", "S N\u00ed Bhriain", "K Mueller"], ["x 6 months"], id="irish-particles-and-coach"),
    pytest.param("the practice manager, Clive Cartwright, will reply.\nSurname: Okafor   Forenames: Chidi James",
                 ["Clive Cartwright", "Okafor", "Chidi James"], ["Forenames"], id="office-holder-and-column-gap-fields"),
    pytest.param("Vaccine    Dose     Route/Site   Given by\nPCV20      0.5 mL   IM L thigh   KM\n"
                 "MenB       0.5 mL   IM R thigh   KM", ["KM"], ["0.5 mL", "Given by"], id="signer-column-initials"),
]
KEPT_V60 = [
    pytest.param("Time   Patient   Status\n09:10  FU   ATT\n09:30  NEW  ATT\nTest   Result   Flag\nK   5.9   HI\nNa   128   HI",
                 ["ATT", "HI", "5.9"], id="status-and-flag-columns"),
    pytest.param("From: Ivy Bell   To: Anticoagulation Pool   Sent: 3/6/2020\n- Dietitian (APD): reviewed",
                 ["Anticoagulation Pool", "(APD)"], id="work-queue-and-qualification"),
]
# the round after held-out v63 (renal, dialysis, transplant, cardiology, home and community nursing)
PHI_V63 = [
    pytest.param("Date     Mode        Rest BP\n5/19     NuStep      149/70\n5/21     treadmill   123/72\n"
                 "Patient: Choi, Hye-jin B.   MRN 1631015", ["5/19", "5/21", "Choi, Hye-jin B."], ["149/70", "treadmill"],
                 id="date-column-and-korean-given-name"),
    pytest.param("CLIENT            ADDRESS            CALLS\nMarisol Quintero     48 Cobden Street     08:00/18:00\n"
                 "   KS 4471; hoist. Entry: lockbox by back door, code 0633; call ahead",
                 ["Marisol Quintero", "48 Cobden Street", "4471", "0633"], ["hoist", "08:00/18:00"], id="rota-row-and-key-codes"),
    pytest.param("12/3 TW - leg ulcers redressed\nTx coordinator Athina (08) 8231 0095 AK\n"
                 "Next remote 5/29. EP aware. KD / device clinic x3510\nLeads: RA 71929389 / RV 71987135",
                 ["12/3", "TW", "AK", "(08) 8231 0095", "KD", "x3510", "71929389", "71987135"], ["leg ulcers redressed"],
                 id="log-authors-and-lead-serials"),
    pytest.param("2. icilda mcfarlane H006203 - tunnelled line exit site red\ndictated by Dr Tomas Mulcahy (SpR) - tm",
                 ["icilda mcfarlane", "H006203", "Tomas Mulcahy", "- tm"], ["tunnelled line"], id="lower-case-names-and-initials"),
    pytest.param("Time    BP       HR    UFR   init\n06:20   157/86   71    864   SH\n07:20   149/67   68    603   SH",
                 ["SH"], ["157/86", "864"], id="initials-column-under-init"),
]
KEPT_V63 = [
    pytest.param("Cleansed NS, Medihoney alginate, foam. Taurolock both lumens. Seen 1205 CST. Wichita, KS 67202",
                 ["Medihoney alginate", "Taurolock", "CST"], id="dressings-locks-and-time-zones"),
]
# the round after held-out v62 (paediatrics and child health)
PHI_V62 = [
    pytest.param("Dictated: 7th of May 2024    Typed: 13/05/2024 (ac/cj)\nBirth record \"Baby Boy LOR\"; "
                 "weekends at dad's (Keanu) in town", ["ac", "cj", "LOR", "Keanu"], ["Dictated"], id="typist-baby-and-parent"),
    pytest.param("Desires LARC - f/u 1/5. NIPE completed 27/2.", ["1/5", "27/2"], ["LARC"], id="follow-up-and-nipe-dates"),
]
KEPT_V62 = [
    pytest.param("GREEN - every day: Clenil Modulite 100 micrograms 2 puffs (and/or) Qvar; route (po/iv)",
                 ["Clenil Modulite 100 micrograms", "(and/or)", "(po/iv)"], id="inhaler-brands-and-slashed-words"),
]
# the round after held-out v64 (sexual health, infectious diseases, public and occupational health)
PHI_V64 = [
    pytest.param("Day        Observed by   Doses   Comment\nMon 30/06  WK            yes     mild nausea\n"
                 "Wed 02/07  AZ            NO      not at home", ["30/06", "WK", "02/07", "AZ"], ["mild nausea", "Observed by"],
                 id="signer-column-by-heading"),
    pytest.param("Name                    MRN       Age  Onset\nWIEBE, Curtis           0018774   96   Apr 20\n"
                 "RANDHAWA, Amandeep      9339629   86   Apr 21", ["WIEBE, Curtis", "0018774", "96", "RANDHAWA, Amandeep"],
                 ["86"], id="line-list-names-and-ages"),
    pytest.param('Met on an app (profile "bearcub_mcr"). Partners last 12 mo: Terrell (main), Aaliyah (ex).\n'
                 "#  Contact        Type    Date\n3  just_kev       app     30/04",
                 ["bearcub_mcr", "Terrell", "Aaliyah", "just_kev", "30/04"], ["(main)"], id="handles-and-partner-lists"),
    pytest.param("results by sms - consent ok\ntt / SHA\nX Espinoza, MD, AAHIVS   02/26/2025\ne-signed Hao D. Liang, FNP-BC\n"
                 "TB register no. 2024/6091", ["tt", "X Espinoza", "Hao D. Liang", "2024/6091"], ["consent ok"],
                 id="initials-signatures-register"),
    pytest.param("Named 3/5 as a partner. Sputum 3/20: AFB neg. Your VZV IgG of 12/17 was equivocal.",
                 ["3/5", "3/20", "12/17"], ["AFB neg"], id="infection-dates"),
]
KEPT_V64 = [
    pytest.param("Sample to lab: Lassa RT-PCR POSITIVE (6/6). given 2/3 doses. Pain 05/10? no: pain score 5/10.",
                 ["Lassa", "2/3 doses", "5/10"], id="infections-and-counts"),
]
# the round after held-out v67 (clinical messaging, dictation and EHR exports)
PHI_V67 = [
    pytest.param("MRN|LAST|FIRST|DOB|PHONE|ZIP|LAST_A1C|LDL\n1892453|VUONG|HOA|09/16/1950|8642913580|29601|8.8|122",
                 ["1892453", "VUONG", "HOA", "09/16/1950", "8642913580", "29601"], ["8.8", "122"], id="pipe-export"),
    pytest.param('S/N,NRIC,NAME,DOB,HP,ADDRESS,POSTAL,HBA1C\n1,S1007689G,TAN WEI MING,12/11/1947,+65 8690 6188,'
                 '"Blk 278 Ang Mo Kio Avenue 10, #03-1148",560278,10.2', ["S1007689G", "TAN WEI MING", "560278",
                 "Blk 278 Ang Mo Kio Avenue 10"], ["10.2"], id="csv-export-with-quoted-address"),
    pytest.param("Access date  Time   User ID   Emp ID  Dept\n03/31/2024   13:20  JAYAWARD  09285   ED Reg\n\n"
                 "Finding: JAYAWARD had no treatment relationship.", ["JAYAWARD", "09285"], ["ED Reg"],
                 id="audit-table-user-ids-and-repeats"),
    pytest.param("7/28/25 3:52 PM  msoliman: sched with Dr. Elsayed\nexported 03/06/2025 07:52 by rbautista (ward clerk)\n"
                 "Resolution (ernesto.villanueva, 4/29/24): merged\nPrinted by: Ouellet, Mathieu (mouellet)",
                 ["msoliman", "rbautista", "ernesto.villanueva", "mouellet"], ["ward clerk"], id="message-authors-and-user-ids"),
    pytest.param("RE: new consult LINDSEY MRN 2347090 CKD4\nSubject: referral - DESHPANDE, A\n[typist ad 07/07]\n"
                 "yours sincerely harjinder parmar consultant physician\n00:47  FROM: 5-9394  RE: repeat K",
                 ["LINDSEY", "DESHPANDE, A", "ad", "harjinder parmar", "5-9394"], ["CKD4", "consultant physician"],
                 id="surnames-typists-and-pagers"),
]
KEPT_V67 = [
    pytest.param("Requesting: Dr. Williams, Keith (hospitalist). Sister by speakerphone (617.613.1374). RUH MRN 4256594. "
                 "Cr 1.1 (baseline, 3/28/2023)", ["(hospitalist)", "speakerphone", "RUH", "baseline"], id="no-user-ids"),
]
# the round after held-out v66 (custody, asylum, veterans, street medicine, Traveller health)
PHI_V66 = [
    pytest.param("Custody no: WY/50235/24\nUAN: 9481-6327-6096-7495\nTigrinya interpreter, code 954986.\n"
                 "SAPS: CAS 148/12/2024, IO W/O Elmarie Erasmus (force no. 3100178-8)\nService no.: G52 860 724",
                 ["WY/50235/24", "9481-6327-6096-7495", "954986", "CAS 148/12/2024", "3100178-8", "G52 860 724"], [],
                 id="custody-asylum-police-service-numbers"),
    pytest.param("Lives: Room 221, 100 Alexander St, Vancouver\nBay 10, Cherry Orchard halting site, Tuam\n"
                 "Usually sleeps on Orange Street, Kingston 4; shelter\nHome: 3274 S Zarzamora St Trlr 20, Cleveland",
                 ["Room 221", "100 Alexander St", "Bay 10, Cherry Orchard halting site", "Orange Street", "Kingston 4",
                  "3274 S Zarzamora St Trlr 20"], ["shelter"], id="rooms-pitches-streets-trailers"),
    pytest.param("DOB: 04 07 1977. Last supervised dose 13/7. NOK 07812-897484; mob 0492-540-864.\n"
                 "street outreach w/ imran (STAR team); keyworker Tahmina Akhtar",
                 ["04 07 1977", "13/7", "07812-897484", "0492-540-864", "imran", "Tahmina Akhtar"], ["STAR team"],
                 id="dates-phones-and-workers"),
]
# the round after held-out v69 (insurance, billing, claims)
PHI_V69 = [
    pytest.param("FL76 ATTENDING NPI 2448464596  LAST RAHMAN  FIRST OLUWASEUN\n   CITY FRESNO  STATE CA  ZIP CODE 93709\n"
                 "2. PATIENT NAME (Last Name, First Name, Middle Initial) SMITH, TROY, T\n"
                 "17. NAME OF REFERRING PROVIDER DN YESENIA ZAMORA  17b. NPI 1218047532",
                 ["RAHMAN", "OLUWASEUN", "FRESNO", "SMITH, TROY, T", "YESENIA ZAMORA"], ["STATE CA"], id="claim-form-names"),
    pytest.param("FL6 STATEMENT PERIOD 052424 THROUGH 053024\n24A. DATE(S) OF SERVICE 06 25 2024  24D. 64483\n"
                 "run 15:57  user khoffman @ 10.187.131.91\nadmit 6/7 obs -> IP",
                 ["052424", "053024", "06 25 2024", "khoffman", "6/7"], ["64483", "obs -> IP"], id="claim-form-dates-and-users"),
]
KEPT_V69 = [
    pytest.param("LAST DOSE 12 mg; FIRST LINE therapy; MIDDLE LOBE clear", ["LAST DOSE", "FIRST LINE", "MIDDLE LOBE"],
                 id="caps-field-words-that-are-no-names"),
]
# the round after held-out v68 (genetics, fertility, gynaecology)
PHI_V68 = [
    pytest.param("Embryo    Day   Grade    Fate          Straw\nE2        5     4BA      vitrified     CUN7393-2\n"
                 "Vial lot IDs: 19381-542A, 19381-321B\nDonor code at clinic: K767\nMSI # - 1563 002 649\nClinic: 01 07 2024",
                 ["CUN7393-2", "19381-542A", "19381-321B", "K767", "1563 002 649", "01 07 2024"], ["4BA", "vitrified"],
                 id="straws-vials-donors-and-cards"),
    pytest.param("hi gillian - quick one re hrt\ntvs (sharon): single iup\nChaperone:       Gemma",
                 ["gillian", "sharon", "Gemma"], ["single iup"], id="greetings-scanners-chaperones"),
]
KEPT_V68 = [
    pytest.param("Mayer-Rokitansky-Kuster-Hauser syndrome. LEEP (lidocaine 1% with epi, 8 mL). Started Ryeqo 40/1/0.5 mg; "
                 "Implanon NXT x1", ["Mayer-Rokitansky-Kuster-Hauser syndrome", "epi, 8 mL", "Ryeqo 40/1/0.5 mg",
                                     "Implanon NXT"], id="syndromes-and-brands"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V59)
def test_session21_mental_health_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V59)
def test_session21_mental_health_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V60)
def test_session21_admin_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V60)
def test_session21_admin_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V63)
def test_session21_renal_and_community_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V63)
def test_session21_renal_and_community_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V62)
def test_session21_child_health_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V62)
def test_session21_child_health_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V64)
def test_session21_public_health_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V64)
def test_session21_public_health_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V67)
def test_session21_messages_and_exports_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V67)
def test_session21_messages_and_exports_keep_words(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V66)
def test_session21_custody_and_outreach_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V69)
def test_session21_claim_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V69)
def test_session21_claim_form_words_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V68)
def test_session21_reproductive_medicine_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V68)
def test_session21_reproductive_medicine_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
