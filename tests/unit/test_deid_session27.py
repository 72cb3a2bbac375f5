"""Session 27: what the scrubber keeps and finds after the round on held-out v105 (audiology and
cochlear implants) and v106 (speech and language therapy, dysphagia). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("12/5/25, 9:02 am - Mereana: Kia ora, your aid is ready\n12/5/25, 9:40 am - tom: thanks",
                 ["Mereana", "tom"], ["your aid is ready"], id="android-chat-sender-one-given-name"),
    pytest.param("gud am mummy analiza - pls send the report\nlives w/ family, came w/ trevor\n",
                 ["analiza", "trevor"], ["pls send the report"], id="kin-word-then-dash-and-companion"),
    pytest.param("plan: review 3/12\nfarida k (ata)\n", ["farida k"], ["plan: review"], id="signoff-initial-and-grade"),
    pytest.param("booked 17/11\nniamh (ent sho)\n", ["niamh"], ["booked"], id="signoff-specialty-grade"),
    pytest.param("bay 4 bed 1 - elspeth marr qeh123456 93f - nbm, for vfs", ["elspeth marr", "qeh123456", "93"],
                 ["nbm"], id="handover-row-name-hospital-number-age"),
    pytest.param("Reg. CASLPO (4417); NZSTA 5521; KMPDC B7781", ["4417", "5521", "B7781"], ["Reg."],
                 id="regulators-registration-numbers"),
    pytest.param("OHIP: 4208398596 KL   NRIC: T****812J", ["4208398596 KL", "T****812J"], ["OHIP"],
                 id="ohip-version-code-and-masked-nric"),
    pytest.param("ID number: 670209 0219 085   DOB", ["670209 0219 085"], ["DOB"], id="south-african-id-in-groups"),
    pytest.param("Home town: Chapel Hill\nGP: Dr A Ray\nOakwood Surgery\nHuddersfield\n",
                 ["Chapel Hill", "Huddersfield"], ["Home town"], id="home-town-field-and-practice-town-line"),
    pytest.param("home: 2817 maple street apt 4 duluth\npurok 3, brgy. lahug, cebu city 6000",
                 ["2817 maple street apt 4", "brgy. lahug"], ["home:"], id="lower-case-street-and-barangay"),
    pytest.param("dtr: marisol quintero 14/02/1931. she has the card", ["marisol quintero"], ["she has the card"],
                 id="lower-case-name-before-birth-date"),
    pytest.param("SLT: Ghada DARWISH, HCPC SL13761; Room 18: Karwan OTHMAN (96)",
                 ["Ghada DARWISH", "Karwan OTHMAN", "96"], ["Room 18"], id="unlisted-given-name-before-caps-surname"),
    pytest.param("MBS at 3 months post RT. Huia attends with him.", ["Huia"], ["MBS at 3 months post RT"],
                 id="given-name-then-attends"),
    # after the v111 round (discharge planning)
    pytest.param("bed 12 mrs ollerenshaw (94) k556120 - mfd since 2/3\nbed 14 dennis platt (71) m220931 - pathway 1",
                 ["ollerenshaw", "94", "k556120", "dennis platt", "m220931"], ["mfd since", "pathway 1"],
                 id="bed-row-age-in-brackets-then-hospital-number"),
    pytest.param("pathway 3. sw gwenda chasing la funding\n- rosalind (dc coord) 07 874 9678\n",
                 ["gwenda", "rosalind", "874 9678"], ["chasing la funding"], id="social-worker-and-coordinator-signoff"),
    pytest.param("09:10 marguerite (cm): morning all\n16/6 txt from hamish: ok to visit?",
                 ["marguerite", "hamish"], ["morning all"], id="chat-speaker-with-role-and-text-from"),
    pytest.param("ph call to bronwyn (daughter) 027 577 6186; rang bronwyn back at 4",
                 ["bronwyn"], ["ph call to"], id="lower-name-before-relation-and-rang-back"),
    pytest.param("package for Cyril Eaves (DOB 20/08/1933, 91); DOB: 1924-12-18 (101); Senior Citizen ID (OSCA): 874652",
                 ["Cyril Eaves", "91", "101", "874652"], ["package for"], id="age-after-birth-date-and-issuer-id"),
    pytest.param("CHC checklist positive, DST booked for 10/07.", ["10/07"], ["DST booked for"], id="booked-for-day-month"),
    # after the v108-v110 rounds (memory clinic, gynaecology, podiatry)
    pytest.param("Dr V. Hale\nParkside Surgery\nDerby\n\nDear Dr Hale,", ["Derby"], ["Surgery"],
                 id="town-line-after-practice-even-an-english-word"),
    pytest.param("notes\nglenys hartley (94) 135b burghley road louth\n- r heel cat 2, allevyn",
                 ["glenys hartley", "94", "135b burghley road louth"], ["r heel cat 2, allevyn"],
                 id="lower-case-patient-row-with-age-and-address"),
    pytest.param("address po?\nrowena: blk 15 lot 26, phase 2, brgy. commonwealth, quezon city 1121.",
                 ["blk 15 lot 26", "commonwealth"], ["address po?"], id="philippine-block-and-lot"),
    pytest.param("(AHPRA MED0001396571, provider 4394463L); (ALA NLPR 1482); (SAPM reg. 986); GMS card (6454715H)",
                 ["4394463L", "1482", "986", "6454715H"], ["AHPRA"], id="provider-register-and-medical-card-numbers"),
    pytest.param("Aadhaar: XXXX XXXX 9598; Address: B-15-3, Pangsapuri Permai, 47100 Puchong",
                 ["XXXX XXXX 9598", "B-15-3, Pangsapuri Permai"], ["Aadhaar"], id="masked-aadhaar-and-malaysian-unit"),
]

KEEP = [
    pytest.param("12/07/2025 14:02 - Obs: HR 88\n12/07/2025 14:05 - hrs: 6", ["Obs: HR 88", "hrs: 6"],
                 id="chat-stamp-then-word"),
    pytest.param("walked 2 blocks down the street today; ran 5 miles along the road",
                 ["walked 2 blocks down the street today; ran 5 miles along the road"], id="distance-then-street"),
    pytest.param("bed 4 - new admission 1234567 45m", ["new admission", "45m"], id="handover-row-of-common-words"),
    pytest.param("Patient attended with wife. Physio attended. Family joined the call.",
                 ["Patient attended with wife. Physio attended. Family joined the call."], id="attended-without-a-name"),
    pytest.param("taken x***5 4 times; Lives: With wife", ["taken x***5 4 times; Lives: With wife"],
                 id="stars-and-lives-with"),
    pytest.param("The Surgery\nDear Sir\nOak Tree Practice\nFollow up\n", ["Dear Sir", "Follow up"],
                 id="practice-line-then-no-town"),
    pytest.param("booked for 3/7 of IV abx; sw referral, done; call from gp: ok", ["3/7", "sw referral", "gp: ok"],
                 id="booked-duration-and-role-without-name"),
    pytest.param("ACE-III 57/100: attention 12/18, memory 6/26, fluency 4/14, language 20/26, visuospatial 15/16",
                 ["memory 6/26", "fluency 4/14", "visuospatial 15/16"], id="cognitive-test-subscores"),
    pytest.param("needs help with 5 of 10 Barthel items; sitting service 3 hours on Fridays; Epsom salt soaks",
                 ["Barthel items", "on Fridays", "Epsom salt"], id="scale-weekday-plural-and-eponym"),
    pytest.param("Plan: Evorel Conti 50/170 patch twice weekly; Increase Oestrogel to 3 pumps; with endometriomas; "
                 "paracervical block; Monsel's solution", ["Evorel Conti", "Oestrogel", "endometriomas", "paracervical",
                                                           "Monsel's"], id="hrt-brands-and-gynae-eponyms"),
    pytest.param("Address: 74 Narborough Road, Ilkeston DE7 2TT - lives alone, ground-floor flat",
                 ["lives alone, ground-floor flat"], id="address-field-ends-at-a-dash-and-lower-case-words"),
    pytest.param("Olga Yaremko, Podiatrist; walked 1 more way; 3 close contacts; left heel (2) - dressing",
                 ["Podiatrist", "1 more way", "3 close contacts", "left heel (2)"], id="profession-and-streetlike-phrases"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_27_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_27_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_27_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
