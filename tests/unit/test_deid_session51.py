"""Session 51: what the scrubber finds and keeps after a black-box tester's 240 family-dense notes (genetics pedigrees,
paediatrics, obstetrics, safeguarding, ICU family meetings, bereavement, care homes, carers' assessments): names before
an age and sex in any case, relatives' names after ward abbreviations, pedigree members, names with the age in brackets,
police officers without a collar number, lower-case signers closing a note, ages said of a titled person; and the
clinical and legal words that were taken for names or places. Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Bed 5 - rosa delgado, 77F, hip #, for theatre tmrw.\nNew admit li wei 45f with DKA.",
                 ["rosa delgado", "li wei"], ["Bed 5", "77F", "hip #", "New admit", "45f with DKA"],
                 id="lower-case-names-before-age-and-sex"),
    pytest.param("result. sis nadia 27 wants testing, lives locally. bro emrys not in contact.\n"
                 "dau hibaaq warsame in leeds. sons abdikarim & faysal not involved.",
                 ["nadia", "emrys", "hibaaq", "abdikarim", "faysal"], ["wants testing", "not in contact", "not involved"],
                 id="relatives-after-ward-abbreviations"),
    pytest.param("Pedigree:\nI-1 (Tamati, d. 2013 aged 79, melanoma)\nII-3 (Mei, d. 2006 aged 60, endometrial ca)\n"
                 "III-2: Rhiannon Pryce, 33, untested",
                 ["Tamati", "Mei", "Rhiannon Pryce"], ["Pedigree:", "melanoma", "endometrial ca", "untested"],
                 id="pedigree-members"),
    pytest.param("Their neighbour has a key. Hamza (13) has been referred to the young carers project.\n"
                 "Duc (14) and Bao (12) were in the front room.",
                 ["Hamza", "Duc", "Bao"], ["(13) has been referred", "were in the front room"], id="names-with-age-in-brackets"),
    pytest.param("Police attended: visiting officers PC Te Awa and DC Joy Field. PS Haddad aware.\n"
                 "police ref cad 4798, officer ps pereira. ss case open.",
                 ["Te Awa", "Joy Field", "Haddad", "pereira"], ["visiting officers PC", "DC", "officer ps", "ss case open"],
                 id="police-without-collar-numbers"),
    pytest.param("next review in four weeks.\nmhairi mcallister", ["mhairi mcallister"], ["next review in four weeks."],
                 id="lower-case-signer-on-the-last-line"),
    pytest.param("call back tomorrow. dimitra papadopoulos hv", ["dimitra papadopoulos"], ["call back tomorrow.", " hv"],
                 id="lower-case-signer-with-a-credential"),
    pytest.param("Ms Fitzgerald is 94 with MND. Mrs Okafor was 91 and lived alone.", ["Fitzgerald", "94", "Okafor", "91"],
                 ["with MND", "and lived alone"], id="age-said-of-a-titled-person"),
    pytest.param("Assessor Kirsty Buchanan\nReviewer Tom Hale", ["Kirsty Buchanan", "Tom Hale"], ["Assessor", "Reviewer"],
                 id="role-before-a-name-is-kept"),
    pytest.param("MEDICATIONS (reconciled by qt417):\nElectronically signed by brw09 on 3/2/2071\nsigned by vorlanz.",
                 ["qt417", "brw09", "vorlanz"], ["MEDICATIONS (reconciled by", "Electronically signed by"], id="logins"),
    pytest.param("Interval history: tomas herrera returns for follow-up.\nHPI: Okonjo is a 61-year-old man with DM2.",
                 ["tomas herrera", "Okonjo"], ["Interval history:", "returns for follow-up", "is a 61-year-old man"],
                 id="patient-opening-a-history"),
    pytest.param("Tel: x58425   Fax: 549-2840\nContact: son (daughter) x65673. Pt can call x36738 with questions.",
                 ["58425", "65673", "36738"], ["Tel:", "with questions"], id="x-extensions"),
]

KEEP = [
    pytest.param("lost husband to mnd in 2020. mum akps 70%. Guardian appointed via Cafcass.",
                 ["mnd", "akps 70%", "Cafcass"], id="disease-scores-and-services"),
    pytest.param("CARER'S ASSESSMENT (Care Act 2014). Section 47 under the Children Act 1989.\nConsultant Clinical Geneticist",
                 ["Care Act 2014", "Children Act 1989", "Clinical Geneticist"], id="laws-and-job-titles"),
    pytest.param("Born 20 Sep 2022 by EMCS at 39+2; previous ELCS; PPH 800 ml; EPDS 15.",
                 ["by EMCS", "ELCS", "PPH 800 ml", "EPDS 15"], id="obstetric-abbreviations"),
    pytest.param("Irreg irreg. 3/6 HSM apex. 2/6 SEM at RUSB. s/p CABG (LIMA-LAD, SVG-OM, SVG-PDA). (Biotronik ICD SN 123)",
                 ["3/6 HSM", "2/6 SEM", "SVG-OM, SVG-PDA", "Biotronik ICD"], id="murmurs-grafts-and-devices"),
    pytest.param("stage II-3 (Ductal, grade 2). Pedigree:\nI-1 (Proband, 35)\nII-2 (Affected, d. 2001)\n"
                 "Bed 7 - lives alone 77F, falls. HR is 94 and regular.",
                 ["(Ductal, grade 2)", "(Proband, 35)", "(Affected,", "lives alone 77F", "HR is 94"],
                 id="stages-pedigree-roles-and-vitals"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_51_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_51_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_51_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
