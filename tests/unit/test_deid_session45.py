"""Session 45: what the scrubber finds and keeps after four black-box testers (message threads, ward talk,
handover and triage rows, trial logs, transcripts, pedigrees; departments, eponyms, ward names). Hand-written
sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Aoife Byrne 1635hrs\npls see bed 3\nE. K. 5pm\nwill do\nkw 12.40am\nok", ["Aoife", "E. K.", "kw"],
                 ["pls see bed 3", "will do"], id="message-thread-sender-lines"),
    pytest.param("ward round done. is frank still on? will do. Will needs AF form signed", ["frank", "Will needs"],
                 ["will do.", "needs AF form"], id="still-on-and-will-with-a-third-person-verb"),
    pytest.param("note\nStaffing: Dwayne + Faith + 1 HCA from bank.\nOutreach aware (Sunshine).",
                 ["Dwayne", "Faith", "Sunshine"], ["1 HCA from bank", "Outreach aware"], id="staffing-and-aware-bracket"),
    pytest.param("27 Sep 12.05am bed 21 W. S. (FIN: 809369537) - allergy", ["W. S.", "809369537"], ["allergy"],
                 id="initials-before-a-bracketed-record-number"),
    pytest.param("Vetted by W. G. 2.45pm. also Precious's DOB is 12 May 1986.", ["W. G.", "Precious"], ["Vetted by"],
                 id="checker-initials-and-a-name-owning-its-dob"),
    pytest.param("OGD. SIBLING MARK ALSO KNOWN. WITH LODGER JAMES STERLING (MAIN CARER).", ["MARK", "JAMES", "STERLING"],
                 ["ALSO KNOWN", "MAIN CARER"], id="relation-in-capitals-before-a-listed-name"),
    pytest.param("Bed 25; Arjun Banerjee 26-year-old; #NOF for 4 weeks post op", ["Arjun Banerjee"], ["26-year-old"],
                 id="bed-row-with-the-age-in-the-name-field"),
    pytest.param("CHAIR 2 / COMFORT O. / 33F / FALL ?#NOF\nCubicle 3  DANG H  75M  CP  ATS 2", ["COMFORT O.", "DANG H"],
                 ["33F", "75M", "ATS 2"], id="ed-triage-board-rows"),
    pytest.param("SURNAME: BAKER      FORENAME(S): VICTOR", ["BAKER", "VICTOR"], ["SURNAME"], id="forenames-field"),
    pytest.param("Scr No | Date | Initials | Sex\nSCR11675 | May 14 | N.F.K. | M\n674-309 | 5 May | KS | F\n"
                 "consented, randomised R28164", ["SCR11675", "674-309", "N.F.K.", "R28164"], ["consented"],
                 id="trial-screening-log"),
    pytest.param("nok is kylie goodes 04 1608 9173; uncle Abdullah d. 94 in Rochdale; mr x (96m)",
                 ["04 1608 9173", "94", "96"], ["uncle"], id="au-mobile-pedigree-and-bracketed-ages"),
    pytest.param("voicemail transcript (auto) 15 jul 1300. he's a hundred and one. Vehicle 1AB-2CD.",
                 ["15 jul", "a hundred and one", "1AB-2CD"], ["1300"], id="lower-case-date-spoken-age-and-plate"),
    pytest.param("Header: Dr Hannah Swift, consultant.\nDR SWIFT: Hello.", ["Swift", "SWIFT"], ["Hello"],
                 id="speaker-label-in-capitals-after-a-found-name"),
    pytest.param("person affected: mr sunny banerjee (96m)\ncrew: o. ahmed / e. ferreira-santos",
                 ["sunny banerjee", "o. ahmed"], ["person affected"], id="lower-case-fields-and-crew-list"),
]

KEEP = [
    pytest.param("Attendees: Dr O'Neill (Radiology), Dr Kavanagh (Histopathology). Referrer: Matron Oisin Kavanagh, "
                 "Stroke Unit. Dr B. Afolabi (FY2, Care of the Elderly). Dr Raj Patel, SHO, Acute Medicine.",
                 ["(Radiology)", "(Histopathology)", "Stroke Unit", "Care of the Elderly", "SHO, Acute Medicine"],
                 id="departments-after-a-name"),
    pytest.param("Fournier's gangrene. Hartmann's solution 500 mL. HX: STEVENS-JOHNSON SYNDROME, RAYNAUD'S PHENOMENON, "
                 "CAUTI. Koplik spots. AUSTIN MOORE HEMIARTHROPLASTY. Epworth 14.",
                 ["Fournier's gangrene", "Hartmann's solution", "STEVENS-JOHNSON SYNDROME", "RAYNAUD'S PHENOMENON",
                  "CAUTI", "Koplik spots", "AUSTIN MOORE", "Epworth 14"], id="eponyms"),
    pytest.param("grandad on Mary Seacole Ward. Remains on St Michael's ward. Key safe code held by daughter.",
                 ["Mary Seacole Ward", "St Michael's ward", "Key safe"], id="wards-and-key-safe"),
    pytest.param("#NOF 4/7 post op. BNP 4613 PG/ML. 2 units X-matched, Hb 104 g/L. SARS-CoV-2 PCR Ct 22. "
                 "FOR DISCHARGE 5/7 IF STAYS WELL. GP to titrate bisoprolol.",
                 ["4/7 post op", "PG/ML", "Hb 104 g/L", "PCR Ct 22", "IF STAYS WELL", "GP to titrate"],
                 id="durations-units-results"),
    pytest.param("PATIENT: That's right. DOCTOR: Can you see me? PATIENT: Yep. I will be in work until 5pm thanks bye",
                 ["That's right", "Can you see me", "Yep", "thanks bye"], id="transcript-replies-and-sign-off"),
    pytest.param("Pt presented with glioblastoma. Lives with schizoaffective disorder. Baby apnoeic at birth.",
                 ["glioblastoma", "schizoaffective", "apnoeic"], id="medical-words-after-with"),
    pytest.param("PI: Dr Tan\nScr No | Date screened | Initials\nCall wife (+44 7700 900461), after 5.",
                 ["\nScr No |", "),"], id="no-name-across-a-table-line-and-a-phone-keeps-its-bracket"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_45_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_45_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_45_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
