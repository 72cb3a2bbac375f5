"""Session 9 classes, from the v26 misses (then a development corpus) and the black-box deid
tester: a surname before a date, phone or id; a name in brackets after a name; a unit letter
after a number is no initial; ward-list names and ages ("B3 Macdonald, Adrian 94 - #NOF"); a
given name and a capitalised surname; handover and crew initials; hyphen-joined name parts;
11-digit trunk numbers and "local" extensions; "Reply 6/15:"; and clinical text that stays
(examination eponyms, dressing and inhaler brands, "day 4/7", "Hgb < 7", "Harvey-Bradshaw
Index 11"). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # NAME (black-box tester: the surname stayed when a date, a phone or an id followed it)
    pytest.param("Zebulon Quackenbush 12/01/1930 MRN 88812345", ["Quackenbush", "12/01/1930", "88812345"], [],
                 id="name-surname-before-a-date"),
    pytest.param("Bed 4 Eleanor Rigby 617-555-0199, K 5.1", ["Rigby", "617-555-0199"], ["Bed 4", "K 5.1"],
                 id="name-surname-before-a-phone"),
    pytest.param("Zoe Lukasiewicz (Unal) attended with her son.", ["Lukasiewicz", "Unal"], [],
                 id="name-in-brackets-after-a-name"),
    pytest.param("John Smith (Cardiology) reviewed; Mary Jones (Mum) visited.", ["Smith", "Jones"],
                 ["(Cardiology)", "(Mum)"], id="name-bracket-keeps-clinical-and-relations"),
    pytest.param("Night list\nB3 Macdonald, Adrian 94 - #NOF, Hb 86 g/L", ["Macdonald, Adrian", "94"],
                 ["#NOF", "Hb 86 g/L"], id="name-and-age-in-a-ward-list"),
    pytest.param("B1 Jeremy BELL 82 - CAP day 3, co-amoxiclav 625 mg TDS", ["Jeremy", "BELL"],
                 ["CAP day 3", "co-amoxiclav 625 mg TDS", "82"], id="name-given-and-caps-surname"),
    pytest.param("Side bay\nConnor Dobson-Davies 64 - C. diff, barrier nursing", ["Connor Dobson-Davies"],
                 ["C. diff", "64"], id="name-hyphenated-before-an-age"),
    pytest.param("Stressors: breakup with partner Anthony 2 weeks ago.", ["Anthony"], ["2 weeks"],
                 id="name-before-a-time-span"),
    pytest.param("Handed over by QW to LB at 07:30. NEWS2 3.", ["QW", "LB"], ["NEWS2 3", "07:30"],
                 id="name-handover-initials"),
    pytest.param("Crew: JM / V. Wallace\nGCS 15, BM 6.2", ["JM", "V. Wallace"], ["GCS 15", "BM 6.2"],
                 id="name-crew-initials-and-initial-surname"),
    pytest.param("Records released. Processed by RC.\nCT verified by MRI.", ["RC"], ["MRI"],
                 id="name-processed-by-initials-not-a-modality"),
    pytest.param("Emily Mason, MD (attending) / sh PGY-2\nLactate 1.1", ["sh"], ["Lactate 1.1"],
                 id="name-lower-initials-before-a-residency-grade"),
    pytest.param("-- C.D., RRT\nFiO2 0.4", ["C.D."], ["FiO2 0.4"], id="name-double-dash-dotted-initials"),
    pytest.param("House officer: Mikaere Fa'asavalu-Gibson\nNa 131", ["Mikaere Fa'asavalu-Gibson"], ["Na 131"],
                 id="name-parts-joined-across-a-hyphen"),
    # PHONE
    pytest.param("Stroke co-ordinator: bleep 9740 or 0113 5491044", ["0113 5491044"], [],
                 id="phone-uk-trunk-4-7"),
    pytest.param("Attendant: son, 0937 7720981. Hb 10.2", ["0937 7720981"], ["Hb 10.2"], id="phone-india-trunk-4-7"),
    pytest.param("Pharmacist, ACPR  local 4602\nINR 2.4", ["4602"], ["INR 2.4"], id="phone-local-extension"),
    # DATE
    pytest.param("Dx: hip fx s/p IMN 4/16 (POD 2), WBAT.", ["4/16"], ["POD 2"], id="date-after-a-nail-procedure"),
    pytest.param("BP 138/84.\n\nReply 6/15: refills sent x90 days.", ["6/15"], ["BP 138/84", "x90 days"],
                 id="date-reply-line"),
]
KEPT = [
    pytest.param("T 39.1 C. Anna visited; glucose 3.2 mmol/L. Zebulon given juice.",
                 ["Anna", "Zebulon"], ["T 39.1 C.", "3.2 mmol/L."], id="unit-letter-before-a-name-stays"),
    pytest.param("Knee: positive McMurray, stable Lachman, no effusion.", [], ["McMurray", "Lachman"],
                 id="examination-eponyms"),
    pytest.param("Compression (Actico) weekly; Mepilex Border Sacrum q3 days; COPD on Trelegy one puff OD.",
                 [], ["Actico", "Mepilex Border Sacrum", "Trelegy one puff OD"], id="dressing-and-inhaler-brands"),
    pytest.param("Continue ceftriaxone 2 g IV q24h, day 4/7. Transfuse for Hgb < 7.", [],
                 ["day 4/7", "Hgb < 7"], id="course-day-and-threshold"),
    pytest.param("Colonoscopy showed ileal ulceration. Harvey-Bradshaw Index 11.", [],
                 ["Harvey-Bradshaw Index 11"], id="eponymous-index-and-value"),
    pytest.param("Hb 86 - low. Day 3 - better. Bay 2 - empty. Sats 94 - on air.", [],
                 ["Hb 86", "Day 3", "Bay 2", "Sats 94"], id="label-value-dash-is-no-ward-list"),
    pytest.param("transferred to ICU at 14:00; variable rate insulin (Mary VRIII off)", ["Mary"], ["ICU", "VRIII"],
                 id="unit-at-a-time-is-no-initials"),
]
# fmt: on

# fmt: off
V27 = [
    pytest.param("Plan: d/w RMO QZ re candesartan - withheld. K 5.9", ["QZ"], ["K 5.9"], id="name-initials-after-a-grade"),
    pytest.param("Phoned to ward (ext 9425) at 07:14 by DQ.\nAnalyser: cobas", ["DQ"], ["07:14"],
                 id="name-initials-by-closing-a-line"),
    pytest.param("Cytotechnologist: JQ   Pathologist: Nicole Mendez, MD", ["JQ", "Nicole Mendez"], [],
                 id="name-initials-after-a-lab-role"),
    pytest.param("repeat abg in 1 hr ?niv.\nwpm physio\n", ["wpm"], ["1 hr"], id="name-initials-before-a-profession"),
    pytest.param("Michelle Russell, APRN (MR)\n", ["Russell", "(MR)"], [], id="name-bracketed-initials-after-credential"),
    pytest.param("1) Thompson, T., rm 914, MRN 66593065 - WATCHER", ["Thompson, T.", "66593065"], ["rm 914"],
                 id="name-numbered-list-surname-initial"),
    pytest.param("Brought in by police, Officer Frank (badge #2930); PC Smith, collar no. 8775.",
                 ["Frank", "Smith", "2930", "8775"], [], id="name-police-officers"),
    pytest.param("Name: WONG Lai Kuen   HKID: H950922(6)   Sex/Age: F/80", ["WONG Lai Kuen", "H950922", "(6)"],
                 ["F/80"], id="id-hkid-with-check-digit"),
    pytest.param("Medical card: 5694332U   PPSN: 8731071U", ["5694332U", "8731071U"], [], id="id-irish-medical-card"),
    pytest.param("1. apixaban 5 mg BD - confirmed, last dose 13/6 pm", ["13/6"], ["apixaban 5 mg BD"],
                 id="date-after-last-dose"),
    pytest.param("called re o2. pt williams-martin, bed 4, day 3 CAP", ["williams-martin"], ["bed 4", "day 3 CAP"],
                 id="name-lower-case-hyphenated-surname-after-pt"),
    pytest.param("pt self-caring, non-verbal; pt well-known to team", [], ["self-caring", "well-known"],
                 id="lower-case-hyphenated-words-after-pt-stay"),
]
KEPT_V27 = [
    pytest.param("ACE-III 68/100 (attention 14/18, memory 12/26, fluency 5/14, language 22/26).", [],
                 ["memory 12/26", "fluency 5/14", "language 22/26"], id="cognitive-subscores"),
    pytest.param("Pain 7/10 low back and both thighs, down from 9/10 on admission. Seen on 9/10 by GP.", ["on 9/10"],
                 ["Pain 7/10", "from 9/10"], id="pain-score-series-but-a-later-date"),
    pytest.param("AMT 6/10 on discharge (baseline 7/10). MBI 55/100.", [], ["baseline 7/10", "MBI 55/100"],
                 id="scores-not-ids-or-dates"),
    pytest.param("Duke treadmill score -6; Bethesda category III; carboprost (Hemabate) 250 mcg IM; Targin 10/5 mg BD",
                 [], ["Duke treadmill score -6", "Bethesda category III", "(Hemabate)", "Targin 10/5 mg BD"],
                 id="eponymous-scores-categories-and-brands"),
]
# fmt: on

# fmt: off
V28 = [
    pytest.param("Thank you for this consult. Discussed with QJ (fellow).", ["QJ"], [], id="name-initials-before-a-grade"),
    pytest.param("Dictated by Chris Anders, MD / transcribed ab\n", ["Chris Anders", "ab"], [],
                 id="name-lower-initials-after-transcribed"),
    pytest.param("paged on-call jh (bleep 07379), haloperidol 0.5 mg", ["jh", "07379"], ["haloperidol 0.5 mg"],
                 id="name-initials-before-a-bleep"),
    pytest.param("LIS terminal notified.\nTech: jr  Ph 878-555-7628\n", ["jr", "878-555-7628"], [],
                 id="name-lower-initials-after-tech"),
    pytest.param("Sister updated.\nPACU RN: KQ\nCTAS 3. Triage RN AW.", ["KQ", "AW"], ["CTAS 3"],
                 id="name-initials-after-a-nurse-label"),
    pytest.param("Pharmacist K. Gross / checked SQ\nverification by SB overridden.", ["SQ", "SB"], [],
                 id="name-initials-after-checked-and-verification"),
    pytest.param('HOSPICE NOTE\nBrandon Bullock "Sonny"   DOB 04/20/1921', ["Bullock", "Sonny", "04/20/1921"], [],
                 id="name-quoted-nickname-after-a-name"),
    pytest.param("Police assisted conveyance, vehicle YK53 KRB.", ["YK53", "KRB"], [], id="id-uk-vehicle-registration"),
    pytest.param("Name: Ekaja Mani  UHID: UH625186784  IP No: IP/23/72369", ["IP/23/72369", "UH625186784"], [],
                 id="id-indian-in-patient-number"),
]
KEPT_V28 = [
    pytest.param("ECG checked QT 440 ms. Seen by ED (reg) today. Hb checked AM.", [], ["QT 440 ms", "ED (reg)"],
                 id="checked-values-and-departments-stay"),
    pytest.param('MDM: San Francisco syncope rule negative. Kiesselbach plexus cauterised. She said "Fine".', [],
                 ["San Francisco syncope rule", "Kiesselbach plexus", '"Fine"'], id="decision-rule-and-eponyms-stay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES + KEPT + V27 + KEPT_V27 + V28 + KEPT_V28)
def test_session9_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
