"""Session 26: what the scrubber keeps and finds after the rounds on held-out v98 (sports and exercise
medicine, concussion) and v99 (bariatric surgery and weight management). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import scrub_text
from tests.unit.deid_checks import CFG, assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Referred by Nadia F. ElSayed, MD; seen with Omar DeSouza",
                 ["ElSayed", "Nadia", "DeSouza"], ["Referred by"], id="camel-case-surnames"),
    pytest.param("Round  Date    Drill                                            Peak HR  Sign\n"
                 "1      14/09   walk 15 min                                      98       MK\n"
                 "2      16/09   jog 20 min                                       131      MK\n",
                 ["14/09", "16/09"], ["walk 15 min", "jog 20 min"], id="date-column-of-a-wide-table"),
    pytest.param("Date        Athlete            Squad   Site\n2024-03-02  K Fairbrother      U23     Knee\n"
                 "2024-03-09  Lloyd W            Senior  Ankle\n",
                 ["K Fairbrother", "Lloyd W"], ["Knee", "Ankle"], id="athlete-column-with-initials"),
    pytest.param("Time   Bib    Name               Age  Findings\n09:40  5120   Rhys Gwilliam      33   cramp, BM 5.1\n",
                 ["5120", "Rhys Gwilliam"], ["cramp, BM 5.1"], id="bib-column"),
    pytest.param("Exercise physiologist: Kane Whitlock (ESSA accreditation 771203)", ["771203"], ["Exercise physiologist"],
                 id="accreditation-number"),
    pytest.param("rv mon, no training till then\nrang dad (binh) re plan, coach callum aware\n- siobhan",
                 ["binh", "callum", "siobhan"], ["no training till then"], id="lower-case-relation-coach-and-last-line-signoff"),
    pytest.param("sideline eval done, returned to bench\n- kenzie atc", ["kenzie"], ["sideline eval done"],
                 id="dash-signoff-with-athletic-trainer-credential"),
    pytest.param("Seen with her husband Declan and daughter Aoife; Hemi Walker (whanau) present",
                 ["Declan", "Aoife", "Hemi"], ["Seen with her husband"], id="irish-and-maori-given-names"),
    pytest.param("[09:12] shanelle pruitt (wocn): hi - re bed 4\n[09:20] omid rahimi: thanks, wbc 12\n"
                 "14:05 - siti hajar (sn): new referral. pt murugan a/l subramaniam, dm\n14:30 - dr wan azmi: ok noted",
                 ["shanelle pruitt", "omid rahimi", "siti hajar", "murugan a/l subramaniam", "wan azmi"], ["wbc 12"],
                 id="chat-export-speakers-and-patronymic"),
    pytest.param("08:10 dn -> rewa: kia ora rewa, coming at 11\ndtr coralie pops in daily; left msg with denise; "
                 "anak thilaga 012-3456789; gp dr fairclough aware",
                 ["rewa", "coralie", "denise", "thilaga", "fairclough"], ["pops in daily", "aware"],
                 id="recipient-greeting-relations-and-lower-case-gp"),
    pytest.param("Seen by orthotist: B. Pennock; Hickman line checked by R. Hickman (Prosthetist); "
                 "rehabilitation engineer T. Kendrick to fit; demonstrated by: Lorcan (technician)",
                 ["Pennock", "R. Hickman", "T. Kendrick", "Lorcan"], ["Hickman line checked"],
                 id="initial-and-surname-beside-a-role"),
    pytest.param("Nurse: Mairead Toner, Allergy Nurse Specialist   Consultant: Dr Kettleborough",
                 ["Mairead Toner", "Kettleborough"], ["Allergy Nurse Specialist", "Consultant:"],
                 id="allergy-service-is-no-allergy-list"),
    pytest.param("Minutes: L. Ashworth\n0800 handed over to day coord navjot\nhandover - 12/09 eve (reg: ionela)\n"
                 "bed 13 - colm o suilleabhain (mrn 7032310) 52m\nnok son rusty +353 83 125 8662\nConsultant Hepatologist   IMC 204615",
                 ["L. Ashworth", "navjot", "ionela", "colm o suilleabhain", "204615"], ["Consultant Hepatologist"],
                 id="liver-ward-handover-forms-v101"),
    pytest.param("Kamala Dahal, MD\nupdated address w/ homecare\n- analyn cns", ["Kamala Dahal", "analyn"],
                 ["updated address w/ homecare"], id="name-before-credential-and-cns-signoff"),
    pytest.param("[8/2/25, 9:35 AM] teacher marivic: gud am po\n[8/2/25, 10:18 AM] kristelle: noted\n"
                 "lungs clear per rn (tsering) | tx: effortful swallow\ncb lorraine 218 986 3075\n- tatenda c, slp\n\n- liji (slt)",
                 ["marivic", "kristelle", "tsering", "lorraine", "tatenda c", "liji"], ["effortful swallow"],
                 id="therapy-chat-and-slt-signoffs-v106"),
    pytest.param("Booked in by: RP (reception); Birth companion Nosipho Zulu (sister)", ["RP", "Zulu"], ["Booked in by"],
                 id="initials-and-a-surname-that-is-a-language"),
    pytest.param("Speech and language therapist: Olumide OLAWALE, HCPC SL08227", ["Olumide", "OLAWALE"],
                 ["Speech and language therapist:"], id="slt-field"),
    pytest.param("mon 3/3 10:15 - desmond attended, batteries tested\nparts: castor\n-- desmond",
                 ["desmond attended", "-- desmond"], ["batteries tested"], id="repair-log-engineer"),
]

KEPT = [
    pytest.param("Procedure: Laparoscopic Roux-en-Y gastric bypass; suitable for laparoscopic sleeve gastrectomy; "
                 "stapled 4 cm proximal to pylorus",
                 ["Laparoscopic Roux-en-Y", "laparoscopic sleeve", "pylorus"], id="bariatric-operations"),
    pytest.param("DRAINS: 19 Fr Blake to LUQ; 16 Ch Foley inserted", ["19 Fr Blake", "16 Ch Foley"], id="drain-after-gauge"),
    pytest.param("Surgery: RYGB, Salford Royal, 2021; A/P: obesity class II w/ OSA", ["RYGB", "w/ OSA"],
                 id="bariatric-and-sleep-abbreviations"),
    pytest.param("Foot: Blatchford Elan; knee: Ottobock Triton; chair: Invacare Matrx Vi, Jay J3 cushion; "
                 "Houghton 7/12, Katz ADL 4/6; Pain (PAINAD): 4/10; abx 1/7; Anaesthesia: GA; ANESTHESIA: MAC with local",
                 ["Blatchford Elan", "Ottobock Triton", "Invacare Matrx Vi", "Jay J3", "Houghton 7/12", "Katz ADL 4/6",
                  "4/10", "abx 1/7", "Anaesthesia: GA", "MAC with local"], id="devices-scales-and-anaesthesia-types"),
    pytest.param("Tests: sIgE Ves v 5 31.3 kUA/L; S. pneumoniae 23-serotype panel: 4/23 >= 1.3 mcg/mL; Hib given; "
                 "Alutard SQ; Crono Super PID pump; Neria guard set; pneumonia with empyema",
                 ["Ves v 5", "4/23", "Hib", "Alutard", "Crono Super", "Neria", "empyema"], id="immunology-words-stay"),
    pytest.param("Devices: Phonak Naida M50-SP; Oticon Play PX; Unitron Moxi Move; Provox ActiValve; Blom-Singer Classic; "
                 "Nutrison Multi Fibre 115 ml/h; Flocare Infinity pump; Home language: Marathi and Hindi; "
                 "Language: Bahasa Melayu; ALSFRS-R bulbar subscore 8/12; -7.1% from baseline",
                 ["Phonak Naida", "Oticon Play", "Unitron Moxi Move", "Provox ActiValve", "Blom-Singer Classic",
                  "Nutrison Multi Fibre", "Flocare Infinity", "Marathi and Hindi", "Bahasa Melayu", "8/12", "from baseline"],
                 id="hearing-voice-and-feed-products-and-languages-stay"),
    pytest.param("palliative care with analgesia. Norah agrees; ramp with handrails; stand-pivot with standby assist; "
                 "unable to dorsiflex; A/P: CLTI, Rutherford 5; LEFT BKA (RVS 27880)",
                 ["with analgesia.", "with handrails", "standby assist", "to dorsiflex", "CLTI, Rutherford 5", "RVS 27880"],
                 id="vascular-words-stay"),
    pytest.param("Findings: hiatus hernia, crura approximated with 2 x 0 Ethibond; keep taking Healtheries multi 1 daily; "
                 "Galfer (ferrous fumarate 305 mg) 1 capsule; Previous attempts: Optifast 12 weeks, Unislim",
                 ["Ethibond", "Healtheries multi 1 daily", "Galfer", "Optifast 12 weeks", "Unislim"], id="brands-and-sutures"),
]

LIST_END = [
    pytest.param("pmh:\n- htn\n- dm", id="list-items-stay"),
    pytest.param("rv tomorrow\n- done", id="closing-word-stays"),
    pytest.param("obs stable\n- comfort care", id="closing-phrase-stays"),
    pytest.param("mum (pain) better, dad (nok) aware", id="clinical-word-in-relation-bracket-stays"),
    pytest.param("seen by Fr Blake, chaplain", id="father-before-a-name-is-not-a-gauge"),
    pytest.param("grew E. coli; for E. Coli sensitivities; after A. Fib started", id="bacteria-after-a-word-stay"),
    pytest.param("dr aware, dr to review, seen by dr on call", id="lower-case-dr-without-a-name-stays"),
    pytest.param("SLT: IDDSI Level 5 minced and moist; pt (2x/wk) and ot (1x/wk)", id="slt-field-with-a-diet-level-stays"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session26_phi_is_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session26_clinical_text_is_kept(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)


@pytest.mark.parametrize("text", LIST_END)
def test_session26_lists_and_closings_stay(text: str) -> None:
    out = scrub_text(text, frozenset(), CFG)
    if "Fr Blake" in text:
        assert "Blake" not in out, out
    else:
        assert out == text, out
