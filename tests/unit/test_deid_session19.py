"""Session 19: what the scrubber keeps and finds after the session's rounds (held-out v53 emergency
and pre-hospital care, v54 maternity / neonatal / paediatrics, v55 older people, stroke and
discharge). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
KEPT = [
    pytest.param("Enrolled in DETECT (NCT04512345), arm B; ISRCTN12345678; EudraCT 2019-001234-56; "
                 "EU CT 2023-500123-45-00; ACTRN12621000123456; CTRI/2023/05/012345.",
                 ["NCT04512345", "ISRCTN12345678", "EudraCT 2019-001234-56", "EU CT 2023-500123-45-00",
                  "ACTRN12621000123456", "CTRI/2023/05/012345"], id="trial-registry-numbers"),
    pytest.param("Consent signed: T Abernethy   Name (PRINT)   Job title: FY2", ["Name (PRINT)", "Job title"],
                 id="form-labels-after-a-column-gap"),
]
PHI = [
    pytest.param("Trial NCT04512345: participant MRN 77104412, seen with Anna  Kowalczyk.",
                 ["77104412", "Anna  Kowalczyk"], ["NCT04512345"], id="registry-kept-mrn-scrubbed"),
]
# the round after held-out v55 (older people, stroke, rehabilitation and discharge planning)
PHI_V55 = [
    pytest.param("Re: Mrs Edith Marlow (EM)\nDecision: where EM should live. Outcome: in EM's best interests.",
                 ["Edith Marlow", "EM"], ["best interests"], id="patient-initials-after-the-name"),
    pytest.param("Present: Tomasz Rybak - OT; Janine Boateng - SW\nActions: TR home visit; JB chase POC x2",
                 ["Tomasz Rybak", "Janine Boateng", "TR", "JB"], ["home visit", "chase POC x2"], id="action-owners"),
    pytest.param("Actions\n- QW: send referrals to 2 homes\n- Pharm: zoledronic acid? (LK to decide)\nATO check: PD",
                 ["QW", "LK", "PD"], ["zoledronic acid"], id="action-items-and-check"),
    pytest.param("Co-treat with OT (GT); NUM: Rossiter; 1:1 sitter (Hung), settled.", ["GT", "Rossiter", "Hung"],
                 ["Co-treat with OT"], id="role-then-initials-or-given-name"),
    pytest.param('Subjective: "Tibby" reports pain 6/10 L groin. Submitted by user emeka.okonkwo at 17:02.',
                 ["Tibby", "emeka.okonkwo"], ["pain 6/10"], id="nickname-and-user"),
    pytest.param("Physio (J. Sealy): walking with rollator + 1. Sister in charge: E. Venter", ["J. Sealy", "E. Venter"],
                 ["walking with rollator + 1"], id="role-initial-surname"),
]
KEPT_V55 = [
    pytest.param("Ivan Morris given haloperidol 5 mg IM; 500cc NS bolus. Ellen Finch: Echo EF 35%; CA 19-9 223.",
                 ["5 mg IM", "500cc NS", "EF 35%", "CA 19-9 223"], id="clinical-tokens-spelling-initials"),
    pytest.param("Present: Tara Voss, Carl Quinn\nAction: TVN review; CQC notified.\n- NB: ask family re POA",
                 ["TVN review", "CQC notified", "NB:"], id="acronyms-are-no-action-owners"),
]
# the round after held-out v53 (emergency and pre-hospital care) and v54 (maternity and children)
PHI_V53_V54 = [
    pytest.param("21:40 | Gynae | PV bleed 9/40 | Dr Qureshi (3871) | to EPAU | FG\nDC Bethany Wainwright (5730) - CAIT",
                 ["Qureshi", "3871", "Bethany Wainwright", "5730"], ["PV bleed 9/40", "to EPAU"], id="extension-and-officer-number"),
    pytest.param("Incident no: 2508-2309   CAD: 21594888\nSAPS: CAS 168/09/2025. ABHA (mother) 33-7282-4057-1757",
                 ["2508-2309", "21594888", "168/09/2025", "33-7282-4057-1757"], [], id="incident-case-and-abha-numbers"),
    pytest.param("Key (initials): NNP = Nia Parry (practice nurse); KF = Kemi Fashola\n| 12/03/2025 | MMR | left thigh | NNP",
                 ["NNP", "KF", "Nia Parry", "Kemi Fashola"], ["MMR", "left thigh"], id="initials-defined-in-a-key"),
    pytest.param("CTG: baseline 135, accels present - NORMAL. Agree with KKG.\nAlert added to EPR by FT. Documentation officer: LC",
                 ["KKG", "FT", "LC"], ["baseline 135", "NORMAL"], id="agreement-and-officer-initials"),
    pytest.param("Actions:\n  1. BRC - home visit and see sibling alone\n  2. JF - interview partner",
                 ["BRC", "JF"], ["home visit", "interview partner"], id="numbered-action-owners"),
    pytest.param("Printed 05/06/2025 by NPARRY\nlast viewed by folasade.thomasogunde from 172.29.155.59\n"
                 "copy typed by parveen rahman.\nReceiving signature on tablet: ferdinand sarmiento",
                 ["NPARRY", "folasade.thomasogunde", "parveen rahman", "ferdinand sarmiento"], [], id="users-and-typists"),
    pytest.param("can i give tylenol, how much? thanks\n- yesenia\nSibling Gemma (7) at nursery; partner Alfie (34) and Poppy (6).",
                 ["yesenia", "Gemma", "Alfie", "Poppy"], ["tylenol", "(7)"], id="sign-off-and-relatives-with-ages"),
    pytest.param("Consultant: Dr Eoin Cullinane   Ward: Our Lady\nMidwife: Aisling Tegwyn RM.", ["Eoin Cullinane", "Aisling Tegwyn"],
                 ["Ward: Our Lady"], id="name-before-a-column-gap-and-a-credential"),
]
PHI_REMAINDERS = [
    pytest.param("Name: Mrs. Ishanvi Chauhan    95Y/F\nBethany Pickering | maternal great-grandmother | 91",
                 ["95Y", "| 91"], [], id="ages-before-sex-and-in-a-family-table"),
    pytest.param("Review 19/10/2025 (next MDT w/c 6/10). Start of care: 9/10; hearing 3/11; food charts 1/3-3/3.",
                 ["6/10", "9/10", "3/11", "1/3", "3/3"], ["food charts"], id="day-month-after-labels-and-ranges"),
    pytest.param("dossier 500-14-121857-239; Medical card: yes - no. 4742746L; DAO (021 1989035); Vocera x2138",
                 ["500-14-121857-239", "4742746L", "021 1989035", "x2138"], [], id="file-card-mobile-extension"),
    pytest.param("HUTCHINSON, Gail (RX1713919) | Gynae\n\nNotes:\nHUTCHINSON: 12-hour breach likely. NOK: son ONG Ah Kow",
                 ["HUTCHINSON", "ONG Ah Kow"], ["12-hour breach"], id="caps-surname-again-and-hokkien-name"),
]
# the round after held-out v57 (palliative care, hospice, community nursing, death administration)
PHI_V57 = [
    pytest.param("Thu 15/05/25 0945 MJ: joint visit.\nMon 19/05/25 04:10 FA (OOH): call from daughter\n"
                 "02:10 midazolam 2.5 mg SC - restless - CH (OOH)", ["MJ", "FA", "CH"], ["midazolam 2.5 mg SC"],
                 id="visit-log-and-chart-initials"),
    pytest.param("RIP 0255 4/3, wife present. VOD MA. MCCD today (TA) - ME aware\n6-week call 31/8 by YA - tearful\n"
                 "Chaplain to visit; ES to coordinate.\nNext MDT: Tue 12/03.   Minutes: ma",
                 ["MA", "TA", "YA", "ES", "Minutes: [NAME]"], ["MCCD today"], id="death-admin-initials"),
    pytest.param("Record locked by bincy.kuriakose 2024-09-06T15:20:13\nfrom 172.29.21.253 by rpangilinan\n"
                 "Portal audit: 10.44.62.102 farai.mapfumo", ["bincy.kuriakose", "rpangilinan", "farai.mapfumo"], [],
                 id="log-ins-after-by-and-ip"),
    pytest.param('Legal name: VERNON STOLTZFUS   AKA: "Bud"\nCoroner J Villanueva - PM required\n'
                 "Funeral director: Florence Gallant (licensed FD)\nEPOA (Mere Whaanga, 021 438 7442)\n"
                 "Patient: Ciaran O'MAHONY   MRN 7571005",
                 ["Bud", "J Villanueva", "Florence Gallant", "Mere Whaanga", "O'MAHONY"], ["PM required"],
                 id="nickname-officials-and-labels"),
]
KEPT_V57 = [
    pytest.param("DOA: 22.02.2025    DOD: 26.02.2025\nLMP: May 7, 2023    AOG: 40 1/7 weeks\nNOTE D'EVOLUTION",
                 ["DOD:", "AOG:", "D'EVOLUTION"], id="years-before-labels-and-french-headings"),
]
# the round after held-out v58 (laboratory, pathology, radiology, blood bank, pharmacy, IPC)
PHI_V58 = [
    pytest.param("Read back: YES. By: rw\nat 11:15, read back. By: RY (MLT)\npager 73017 at 0624 by JO. Read back verified.\n"
                 "Scored by: AQ   Physiologist: Lorraine\nTranscrit par: gl\nBMS on: AO",
                 ["rw", "RY", "JO", "AQ", "gl", "AO"], ["Read back verified"], id="by-and-label-initials"),
    pytest.param("all embedded. (FA/ao)\nRead back correctly. BI (BMS)\n(KC co-signed as charge RN)",
                 ["FA", "ao", "BI", "KC"], ["all embedded", "co-signed as charge RN"], id="pathology-and-lab-initials"),
    pytest.param("  1915  REMOVE 1  JBAUTISTA1  Pt NGO, HANH\nDiscrepancy created 2218 by LMAGBANUA3 during count\n"
                 "CRITICAL RESULT CALLED TO graciela ramirez RN 5W AT 0341",
                 ["JBAUTISTA1", "LMAGBANUA3", "graciela ramirez"], ["REMOVE 1", "during count"], id="cabinet-users-and-callee"),
    pytest.param("phoned coordinator Amelia (ext 1743); Runner: Maha (PSA) ext 4029; IPC informed (Florin, IPCN, ext 5929)",
                 ["Amelia", "Maha", "Florin", "1743", "4029", "5929"], ["IPC informed"], id="given-names-before-extensions"),
    pytest.param("Lab ref B24.9382994 | D/24/6653 | IGRA 7/15: POSITIVE; informed 4/10 - OK\n"
                 "KRAWCZYK, Malgorzata | 3631495 | 22.12.1927 | 96 | Bay 3\nGP, Finglas, Dublin 11, re flag",
                 ["B24.9382994", "D/24/6653", "7/15", "4/10", "| 96", "Finglas, Dublin 11"], ["POSITIVE"],
                 id="lab-donor-dates-age-district"),
]
KEPT_V58 = [
    pytest.param("Keflex 500 mg QID x 10 days; Havrix 1440 ELU IM; seen by me. Reviewed by CT. Sent by GP.",
                 ["Keflex 500 mg", "Havrix 1440 ELU IM", "by me", "by CT", "by GP"], id="drugs-and-by-clinical"),
]
# the round after held-out v56 (outpatient and ambulatory care and its correspondence)
PHI_V56 = [
    pytest.param("Time   BP        HR    Temp     SpO2   Sign\n10:00  135/69    85    36.5     96%    FT\n"
                 "Typed: 6th February 2024   CM/snd\nOur ref: SVDM/xyt", ["FT", "CM", "snd", "SVDM", "xyt"],
                 ["135/69", "96%"], id="chart-row-initials-and-letter-references"),
    pytest.param("11/08/2025 JT: DNA. Driver says no one home.\nletters to patient and GP 16/10/24 (KS). Appt\n"
                 "A&G closed by aj.\nChecked by MVDM (clinic nurse).", ["JT", "KS", "aj", "MVDM"], ["DNA"],
                 id="log-and-closing-initials"),
    pytest.param("Printed: 2024-04-17T07:54 by chaworth2 from WS-URO-04\nSubmitted by: lizelle.swanepoel (coordinator)\n"
                 "Scheduling: Lina (scheduler, ext 4945) left VM", ["chaworth2", "lizelle.swanepoel", "Lina", "4945"],
                 ["left VM"], id="users-and-scheduler"),
    pytest.param("09:30 RX442788  FROGGATT, Darren      17/09/1933  91   5951292387  NEW\ncall us on 1300 149 211 or "
                 "call 2545 6442", ["91", "1300 149 211", "2545 6442"], ["NEW"], id="clinic-list-age-and-phones"),
]
KEPT_V56 = [
    pytest.param("microscopy > 5 PMNL/hpf; no PV/gum bleeding; HIV/hep unknown; AVA 0.8 cm2 (VTI); 09.09.2024 0355 (EMS); "
                 "formal ID by son. Brought by EMAS; neighbour", ["PMNL/hpf", "PV/gum", "HIV/hep", "(VTI)", "(EMS)",
                 "by son", "by EMAS"], id="values-and-services-stay"),
]
# the first round on held-out v60 (general practice) and v61 (hospital administration)
PHI_V60_V61 = [
    pytest.param("Bed 11 CROWTHER - EDD 16/7\nInitials on falls tool: QR/KM\nReply (HP): Yes to both.\nsaisi 2025/06/11 par GL\n"
                 "3/18 JM: records faxed", ["CROWTHER", "QR", "KM", "HP", "GL", "JM"], ["EDD", "records faxed"],
                 id="bed-surname-and-initials"),
    pytest.param("Handover given by em\nHIM officer Carmela Marchetti - cm\nextract run 2024-09-22 by lpennington\n"
                 'Replies: amanda (typed): "done"\nPatient: Whitaker, Randall F "Boots"   MRN 98561840',
                 ["by em", "- cm", "lpennington", "amanda", "Boots"], ["Handover given"], id="lower-case-initials-and-nickname"),
    pytest.param("From: PC Rajesh Hussain 1207   Email:\nOfc. Botha #802 responded. Police informed, log 9463 211124.\n"
                 "OHIP 1984020161 XY 91M; IHI 8003 6070 7678 7979; Card No: PHC/250/24; MSP practitioner 84222",
                 ["Rajesh Hussain", "1207", "Botha", "802", "9463 211124", "1984020161 XY", "8003 6070 7678 7979",
                  "PHC/250/24", "84222"], ["responded"], id="police-and-health-numbers"),
    pytest.param("- K. Woolcott UR 8333699 (102) Ward 4B\nHODGE, Deborah  OHIP 5631-131-481-TR  94  ALC\nAny queries 046 9339330.",
                 ["(102)", "  94  ", "046 9339330"], ["Ward 4B", "ALC"], id="ages-and-irish-landline"),
]
KEPT_V53_V54 = [
    pytest.param("BP 120/80-130/85; GCS 3/15-15/15; review 6/12; INR 7/7", ["120/80-130/85", "3/15-15/15", "review 6/12",
                 "INR 7/7"], id="ranges-that-are-no-dates"),
    pytest.param("Problems:\n2. HTN - at goal.\n3. BPH - tamsulosin 0.4 mg qhs.\nTransferred to Rowan Ward; seen by OT.",
                 ["HTN - at goal", "BPH - tamsulosin", "Rowan Ward", "seen by OT"], id="problem-list-and-ward"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session19_clinical_text_stays(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session19_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V55)
def test_session19_minutes_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V55)
def test_session19_minutes_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V53_V54)
def test_session19_emergency_and_maternity_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_REMAINDERS)
def test_session19_remaining_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V53_V54)
def test_session19_emergency_and_maternity_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


def test_handover_spans_are_typed() -> None:
    from processors.deid.admin import admin_spans
    from processors.deid.handover import handover_spans

    text = "Dr Qureshi (3871); PC Ian Dale (4410); Incident 250329-4762; CAS 55/04/2024; No. Daftar: AN/3873/2024"
    got = {text[s:e]: p for s, e, p in handover_spans(text)}
    assert got == {"3871": "[PHONE]", "250329-4762": "[ID]", "55/04/2024": "[ID]", "AN/3873/2024": "[ID]"}
    officers = "PC Ian Dale (4410); PC Rajesh Hussain 1207; Ofc. Botha #802"
    assert {officers[s:e] for s, e, p in admin_spans(officers) if p == "[ID]"} == {"4410", "1207", "802"}


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V57)
def test_session19_end_of_life_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for p in phi:
        if p.endswith("[NAME]"):
            assert p in out, (p, out)
    assert_scrubbed(text, phi=[p for p in phi if not p.endswith("[NAME]")], kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V57)
def test_session19_end_of_life_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V58)
def test_session19_diagnostics_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V58)
def test_session19_diagnostics_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V56)
def test_session19_outpatient_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V56)
def test_session19_outpatient_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V60_V61)
def test_session19_admin_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


def test_admin_words_that_are_no_names_stay() -> None:
    out = scrub_text("Bed 3 NBM - review; sent by phone; checked by hand", frozenset(), CFG)
    assert out == "Bed 3 NBM - review; sent by phone; checked by hand", out
