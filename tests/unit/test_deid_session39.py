"""Session 39 (black-box deid tester, 150 notes: radiology, pathology, tribunal reports, telehealth
chat, pasted e-mail threads, obstetric scans; Canada, Ireland, South Africa, India, the Philippines,
Nigeria, New Zealand): chat user names, typists' initials, a day of the month before a clinic, a
surname closing the phrase after a found name, "Surname, Given" sign-offs, Irish / NZ / Nigerian
phones, PhilSys and South African identity numbers, Quebec extensions, Broadway, radiology eponyms."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("[11:16] damian_50: yes doc loud and clear\n[11:23] dr.abu-zaid: Hi\n"
                 "[11:59] ois\u00edn_o'sullivan: Great\n[10:43] maritesv: 14.2  it was 9.8",
                 ["damian_50", "dr.abu-zaid", "ois\u00edn_o'sullivan", "maritesv"], ["14.2", "9.8"], id="chat-handles"),
    pytest.param("[08:00] HR: 88\n[08:05] Nurse: obs done", [], ["HR: 88", "Nurse:"], id="chat-labels-kept"),
    pytest.param("Dictated by: Joy Young, MD   Transcribed: yj/js\nElectronically signed", ["Joy Young", "yj", "js"], [],
                 id="typist-initials"),
    pytest.param("pCO2 7.9 kPa.\nSeen 18th in OPD by Dr Patel-Morgan.", ["18th", "Patel-Morgan"], ["7.9 kPa"],
                 id="day-before-clinic"),
    pytest.param("Third ventricle normal; seen 4th in series.", [], ["4th in series"], id="ordinal-not-a-date"),
    pytest.param("DISCHARGE SUMMARY\n(Baby of Mei Ling Do) born at 38+2.\nKa Wai Ng, Registrar",
                 ["Mei Ling Do", "Ka Wai Ng"], ["38+2"], id="short-surname-closing"),
    pytest.param("Friedrich DI STEFANO, 82 years", ["Friedrich DI STEFANO"], ["82 years"], id="caps-surname-particle"),
    pytest.param("NG tube on free drainage. Pt: Mary NG tube", [], ["NG tube on free drainage"], id="ng-tube-kept"),
    pytest.param("Reconciled by pharmacy.  Checked: Bhattacharya, Venkata 14:05", ["Bhattacharya", "Venkata"], ["14:05"],
                 id="surname-comma-given"),
    pytest.param("can be contacted on 091 149991; mobile 021 060 155, or (EPOA) 08027412018 /",
                 ["091 149991", "021 060 155", "08027412018"], [], id="irish-nz-nigerian-phones"),
    pytest.param("PhilSys PSN 9682-0977-3878-0812. ID no.: 960112 0212 089", ["9682-0977-3878-0812", "960112 0212 089"],
                 [], id="philsys-and-sa-ids"),
    pytest.param("Mother Hope (514-555-8467 poste 1569) called.", ["514-555-8467 poste 1569"], [], id="quebec-extension"),
    pytest.param("Lives with mother at 40 N Broadway, Tucson AZ 85701.", ["40 N Broadway", "85701"], [],
                 id="broadway"),
    pytest.param("Liver lesion Bosniak IIF. Nodule 6 mm - per Fleischner guidance. Bone age (Greulich-Pyle) 11 years. "
                 "EFW 1850 g (Hadlock). Frankel C. Hounsfield units 30.", [],
                 ["Bosniak IIF", "Fleischner", "Greulich-Pyle", "Hadlock", "Frankel C", "Hounsfield"], id="eponyms"),
    pytest.param("Home: Apt 19B, 41 Ashgrove Park, Ballincollig.", ["Apt 19B, 41 Ashgrove Park"], [],
                 id="address-parts-joined"),
    # the US-style tester (i2b2-like discharge summaries, reports, portal messages)
    pytest.param("CC: Weakness\nCC: Fall\ncc: Dr. Amy Lowell", ["Amy Lowell"], ["CC: Weakness", "CC: Fall"],
                 id="chief-complaint-is-no-copy-list"),
    pytest.param("Per his niece Tammy Wright, he has been confused.", ["Tammy Wright"], ["Per his niece"],
                 id="per-is-a-preposition"),
    pytest.param("Placed in Fowler position; Sims position for the enema. Stryker implant. MassHealth pending.", [],
                 ["Fowler position", "Sims position", "Stryker implant", "MassHealth"], id="us-eponyms-and-payers"),
    pytest.param("1920 Notified Dr. Fox of K 6.1.", ["Fox"], ["1920 Notified", "K 6.1"], id="clock-time-is-no-street-number"),
    pytest.param("Mrs. Loretta Vanderploeg\n8527 Greenbriar Dr Apt 15C\nScranton", ["8527 Greenbriar Dr Apt 15C"], [],
                 id="drive-before-a-unit"),
    pytest.param("Exam: CHEST PA/LAT. CXR PA and lateral: clear.", [], ["CHEST PA/LAT", "PA and lateral"],
                 id="radiograph-projections"),
    pytest.param("Batch: 658500\nUNIT NUMBER: 586 44 18\nMed Rec: 460 15 99\nMR# 560 53 84\nMEDICAL RECORD #: 414 91 24",
                 ["658500", "586 44 18", "460 15 99", "560 53 84", "414 91 24"], [], id="spaced-record-numbers"),
    pytest.param("since we saw you on the 14th the metoprolol has helped.", ["14th"], ["metoprolol"],
                 id="ordinal-day-mid-sentence"),
    pytest.param("Yuta Murakami, MD\nYM:eh\ncc: file", ["YM", "eh"], [], id="dictation-footer-initials"),
    pytest.param("Grossed by Janet Hess, PA-C / ai", ["Janet Hess", "ai"], [], id="grosser-initials"),
    pytest.param("Tao Su, MD, PGY-3 reviewed; Left Hip, MD review booked.", ["Tao Su"], ["Left Hip"],
                 id="two-letter-surname-before-md"),
    # the final deid tester
    pytest.param("Ward: Jasmine Ward\nPlease attend Elizabeth Ward urgently. Plan: Ruby Ward resus trolley checked.\n"
                 "Nursing handover Rowan Ward 07:30", [], ["Jasmine Ward", "Elizabeth Ward", "Ruby Ward", "Rowan Ward"],
                 id="ward-names-kept"),
    pytest.param("From:   Rita Ward, MA for DIYA HANEY, DO\nMother Mohammed Ward visited.", ["Rita Ward", "Mohammed Ward"], [],
                 id="a-person-named-ward-stays-a-name"),
    pytest.param("Requested by: Dr Fisher, ICU. Dr Page, CCU.", ["Fisher", "Page"], ["ICU", "CCU"], id="doctor-then-unit"),
    pytest.param("Dr Jane Smith\nMBBS FRACGP\nColorectal MDT meeting 14:00", ["Jane Smith"], ["FRACGP", "Colorectal MDT"],
                 id="credentials-and-colorectal"),
    pytest.param("2. HU Minh, F 93\nClinical details: M 95\nMr Dewan-Evans (M 100) admitted. Catheter size: F 12.",
                 ["93", "95", "100"], ["F 12"], id="sex-before-age"),
    pytest.param("Action: Will to book PET; Hazel to inform GP; Team to review.", ["Will", "Hazel"], ["Team to review"],
                 id="action-owners-by-given-name"),
    pytest.param("Dictated but not read. LP:ic\nBP:ok", ["LP:ic"], ["BP:ok"], id="footer-initials-after-a-sentence"),
    # the fourth (US) deid tester
    pytest.param("She presented on 3/4/2093 with syncope x2 weeks.", ["3/4/2093"], ["syncope x2 weeks"], id="syncope-kept"),
    pytest.param("0730 Paged Dr. O'Connor re: T 38.9", ["O'Connor"], ["0730 Paged", "T 38.9"], id="paged-dr-o-connor"),
    pytest.param("Pt: Omar Saleh  Unit No: 4455667. Transferred to Burns Unit today.", ["Omar Saleh", "4455667"],
                 ["Burns Unit"], id="surname-before-unit-number"),
    # the fifth deid tester
    pytest.param("Targin 10/5 BD, C-diff +ve. trop 14 ng/L. Seen 10/5 by GP.", ["Seen 10/5"],
                 ["Targin 10/5 BD", "C-diff +ve", "ng/L."], id="combination-strength-c-diff-unit"),
    pytest.param("Consultant (F. Hope) bleep 2231. FY1 (C. Cushing) aware. Intern (K. Ward) reviewed.",
                 ["F. Hope", "C. Cushing", "K. Ward"], ["Consultant (", "FY1 ("], id="staff-role-initial-surname"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session39(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
