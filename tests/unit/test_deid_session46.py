"""Session 46: what the scrubber finds and keeps after two black-box testers (US notes in the i2b2 style with
shifted years; therapy, dietetic, chaplaincy, transport and bed-management notes). Hand-written sentences only
(no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Record date: 2107-03-14\nSeen 3/2/2131 and again on March 9, 2131. Last visit 14-Jun-2129.",
                 ["2107-03-14", "3/2/2131", "March 9, 2131", "14-Jun-2129"], ["Record date"], id="shifted-years-2100s"),
    pytest.param("Signed: Okonkwo, B. M.D. on 4/4/2021\nCosigned: Lindqvist, T.\nplan as above",
                 ["Okonkwo", "B. M.D", "Lindqvist, T."], ["M.D. on", "plan as above"], id="surname-comma-initial-signature"),
    pytest.param("HPI: gustavo ferreira, 67 year old, presents with SOB.\nhpi: imelda reyes, seventy-two yo, fall",
                 ["gustavo ferreira", "imelda reyes"], ["67 year old", "presents with SOB"], id="lower-case-name-before-age"),
    pytest.param("Record date: 2101-01-01\n\nNguyen - 61 year old\nS: dizzy", ["Nguyen"], ["61 year old", "S: dizzy"],
                 id="surname-heading-a-progress-note"),
    pytest.param("ENDOCRINE FOLLOW-UP\nPrecious T. Mbeki  (MRN 5550123)", ["Precious", "T. Mbeki", "5550123"], [],
                 id="given-word-name-before-a-middle-initial"),
    pytest.param("Questions: call me at 555-0134. Spoke to the GP at 448-2290.", ["555-0134", "448-2290"],
                 ["Spoke to the GP"], id="local-seven-digit-phone-after-a-calling-word"),
    pytest.param("Safeguarding report filed 3/14 re: neglect.", ["3/14"], ["re: neglect"], id="date-after-filed"),
    pytest.param("Hosp no: RX4 771203\nMRN: QB2 5501871\nward 6", ["RX4 771203", "QB2 5501871"], ["ward 6"],
                 id="trust-prefixed-hospital-numbers"),
    pytest.param("physio review\nMAUREEN OYELARAN  14/02/1949  RX4 771203\nS: knee stiff",
                 ["MAUREEN OYELARAN", "14/02/1949", "RX4 771203"], ["physio review", "S: knee stiff"],
                 id="unlabelled-patient-line"),
    pytest.param("therapy note\nkowalczyk, bogdan | acct 55512345 | dob 2-feb-1950\ntomas hughes (age 58) self-referred",
                 ["kowalczyk, bogdan", "tomas hughes"], ["acct", "self-referred"], id="lower-case-row-and-name-before-age"),
    pytest.param("Plan as discussed.\nSaLT: jd\nnk chaplaincy volunteer\n\u2014 r. okafor, band 5 physiotherapist",
                 ["jd", "nk", "r. okafor"], ["SaLT:", "chaplaincy volunteer", "physiotherapist"], id="allied-health-sign-offs"),
    pytest.param("Pt keen for home.\nsuvi laaksonen, ot, bleep 4471\nmarek dudek\ndischarge coordinator",
                 ["suvi laaksonen", "marek dudek"], ["ot, bleep", "discharge coordinator"], id="sign-off-name-role-bleep"),
    pytest.param('Visited "Bubbles" (prefers this name) on the ward.', ["Bubbles"], ["prefers this name"],
                 id="quoted-preferred-name"),
    pytest.param("Lives at 8 Oak Street\nDenver CO 80203 with son.\nBunbury WA 6230", ["CO 80203", "WA 6230"],
                 ["with son"], id="state-code-before-zip"),
    pytest.param("physio rx 3rd november 10:15\nsalt review - 21 feb 24", ["3rd november", "21 feb 24"],
                 ["physio rx", "10:15", "salt review"], id="lower-case-dates"),
    pytest.param("Patients of note:\n- Bay 2 bed 6: Fletcher, 77yo, awaiting POC\n- TRAN VAN 40112233 - delayed transfer",
                 ["Fletcher", "TRAN VAN", "40112233"], ["77yo, awaiting POC", "delayed transfer"], id="bed-manager-list-items"),
    pytest.param("Family aware.\nNurse in charge: kt", ["kt"], ["Nurse in charge"], id="nurse-in-charge-initials"),
    pytest.param("known to cmht west, care coordinator tane rewiti. amhp oluchi contacted.", ["tane rewiti", "oluchi"],
                 ["cmht west", "care coordinator", "contacted"], id="lower-case-names-after-mental-health-roles"),
    pytest.param("Yours sincerely,\n\nDr Ramon delos Reyes\nConsultant", ["Ramon delos Reyes"], ["Consultant"],
                 id="a-particle-inside-a-name"),
    pytest.param("HPI: hope mcintyre, 58 year old, presents with cough", ["hope mcintyre"], ["58 year old"],
                 id="word-given-name-before-an-age"),
    pytest.param("lives with son at flat 2, 14 mill lane, leeds, ls6 2ab; bungalow\nnok at 9 oak road, apt 4c, dayton, oh 45402.",
                 ["flat 2, 14 mill lane", "leeds", "ls6 2ab", "9 oak road", "apt 4c", "dayton", "oh 45402"], ["bungalow"],
                 id="lower-case-address-tails"),
    pytest.param("NOK LIVES AT 63 STATION ROAD, WORCESTER, MA 01609; BUNGALOW\nBP 158/90   ECG NSR   CT/CTA CLEAR",
                 ["63 STATION ROAD", "WORCESTER", "MA 01609"], ["BUNGALOW", "CT/CTA"], id="capitals-address-read-again"),
    pytest.param("-- R. Chase MD\nInsured/Guarantor: PARK, WILL  Relationship: Self\nAdjuster: Sunny Vale 555-201-3344\n"
                 "Trooper Lopez on scene. Collector: QT\nUnit: Medic 15", ["R. Chase", "PARK, WILL", "Sunny Vale", "Lopez",
                                                                          "QT"],
                 ["Relationship: Self", "on scene", "Unit: Medic 15"], id="us-forms"),
    pytest.param("Lives at 880 N Fox Run Drive Lot 77, Cheyenne, WY 82001. Moved from 12 NW Martin Luther King Jr Blvd.",
                 ["Lot 77", "Cheyenne", "Martin Luther King Jr Blvd"], ["Moved from"], id="lot-and-two-letter-direction"),
    pytest.param("caller: neve tamsin (neighbour of wiremu parata), tel 555 0101\nmessage taken by ioana pop, ward clerk."
                 "\nnext of kin hina takahashi lives nearby.", ["neve tamsin", "wiremu parata", "ioana pop", "hina takahashi"],
                 ["ward clerk", "lives nearby"], id="lower-case-caller-and-message-cues"),
    pytest.param("Re: Mr Tomasz Nowak (T.N.) - hosp no 123456\nBed 4: Edna Shaw (E.S.) 97yo\nfeels dizzy on standing.\n\n- KW",
                 ["T.N.", "E.S.", "KW"], ["feels dizzy"], id="bracketed-initials-and-a-dashed-sign-off"),
    pytest.param("call duration 5 min. R.T.", ["R.T."], ["call duration 5 min."], id="dotted-initials-closing-a-note"),
    pytest.param("HCA Gareth / countersigned HF\nClinician: P.K. (ENP)", ["HF", "P.K."], ["countersigned", "(ENP)"],
                 id="countersigned-and-clinician-initials"),
    pytest.param("housing officer Fairweather contacted. supervisor Lamb. Secretary: Green, tel 0161 555 0101. site manager Swift",
                 ["Fairweather", "Lamb", "Green", "Swift"], ["housing officer", "site manager"], id="a-name-after-a-role"),
]

KEEP = [
    pytest.param("PMH: HTN, Wolff-Parkinson-White, Charcot-Marie-Tooth.", ["Wolff-Parkinson-White", "Charcot-Marie-Tooth"],
                 id="hyphenated-eponyms-in-a-list"),
    pytest.param("A: Deconditioning, progressing. Plan: Foodlink + Calogen. Portacath accessed. Scalp cooling (Paxman).",
                 ["Deconditioning", "Foodlink", "Portacath", "Paxman"], id="therapy-and-day-unit-words"),
    pytest.param("dn referral sent for lmwh injections. Sit to stand with mod assist x1. admitted with pocs, for esd.",
                 ["lmwh", "mod assist", "pocs", "esd"], id="lower-case-shorthand"),
    pytest.param("Oro-motor: tongue deviation to L. Dysarthria mild. Salah times discussed.",
                 ["Oro-motor", "L. Dysarthria", "Salah"], id="oro-motor-and-an-initial-before-a-clinical-word"),
    pytest.param("Micro: BCx 2/2 MSSA. OT: yes\nPhysio: no\nYours sincerely\nDietitian",
                 ["BCx 2/2", "OT: yes", "Physio: no", "Yours sincerely"], id="counts-and-checklist-answers"),
    pytest.param("Dx: F90.2, E78.5. Orders:\n  [x] TSH (84443)\nWeakness (4/5 EHL). Neer negative, Hawkins negative. "
                 "Vanderbilt parent forms positive. Pump: CADD-Solis programmed. Unit: 4 West, bed 12.",
                 ["F90.2", "E78.5", "TSH (84443)", "4/5 EHL", "Neer negative", "Hawkins negative", "Vanderbilt parent",
                  "CADD-Solis", "Unit: 4 West"], id="codes-grades-exam-eponyms-devices"),
    pytest.param("FreeStyle Libre 2 in situ. PMH: Bence Jones protein, Fitz-Hugh-Curtis. Social worker aware. Matron aware.",
                 ["FreeStyle Libre 2", "Bence Jones protein", "Fitz-Hugh-Curtis", "Social worker aware", "Matron aware"],
                 id="device-eponyms-and-roles-alone"),
    pytest.param("Seizure witnessed by partner over 4 weeks. Dietetic review Thu 18 Sep 2130hrs.", ["partner over 4 weeks",
                                                                                                     "2130hrs"],
                 id="relation-then-a-plain-word-and-a-clock-time"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_46_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_46_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_46_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
