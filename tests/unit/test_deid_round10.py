"""Round 10 mechanisms, by class (shape, label, spread from found PHI), on hand-written
sentences: each case lists PHI that must go and clinical text that must survive unchanged."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # international numbers: +CC, any grouping, optional (0) trunk
    pytest.param("Call her on +61 (0)3 9123 4567 after 5pm; RASS +1, oedema +2.", ["RASS +1", "oedema +2"], ["9123", "4567"], id="au-trunk"),
    pytest.param("Son mob +353 87 555 0142; wife +91 98450 12345.", [], ["87 555 0142", "98450 12345"], id="ie-in-mobiles"),
    pytest.param("Clinic +27 82 555 0199, office +65 8123 4567, UK +44 (0)161 496 0000.", [], ["82 555", "8123 4567", "496 0000"], id="za-sg-uk"),
    # pagers in any shape, extensions and bleeps (PHONE since session 6)
    pytest.param("Please pgr x4-5512 or pager #30412; ext. 7-2210 after hours.", [], ["4-5512", "30412", "7-2210"], id="pager-shapes"),
    pytest.param("Coordinator on bleep 4471, lab ext 2210; knee ext 120\u00b0.", ["Coordinator on bleep", "lab", "knee ext 120\u00b0"], ["4471", "ext 2210"], id="internal-bleep-is-phone"),
    # identifiers written as spaced digit groups after a label
    pytest.param("Medicare 2953 41872 1 / IRN 2, IHI 8003 6011 2233 4455.", [], ["2953 41872", "8003 6011 2233 4455"], id="au-health-ids"),
    pytest.param("Aadhaar: 2345 6789 0123. Health card 1234 567 890.", [], ["2345 6789 0123", "1234 567 890"], id="national-ids"),
    pytest.param("Obs at 0800 1200 1600 2000 stable. Weights 102 101 100 99 kg.", ["0800 1200 1600 2000", "102 101 100 99 kg"], [], id="times-and-weights-stay"),
    # "<word> No." and bracketed registration numbers; code systems stay
    pytest.param("Registration No. 44120. Licence No. 99231.", ["Registration No.", "Licence No."], ["44120", "99231"], id="word-no"),
    pytest.param("Therapist (GMC 7012345). Billed knee MRI (CPT 73721), bed no. 12.", ["(CPT 73721)", "bed no. 12"], ["7012345"], id="bracket-registration"),
    # initials fields, sign-offs, preferred names
    pytest.param("Study ID: 88-102   Initials: K.L.M.   Arm: B", ["Arm: B"], ["K.L.M."], id="initials-field"),
    pytest.param("Plan: repeat lytes in AM.\n-- TR\nCough, fever -- CXR", ["-- CXR"], ["TR"], id="sign-off"),
    pytest.param('OBI, Chidera (prefers "Dee"); brother known as Sandy.', [], ["Dee", "Sandy"], id="preferred-names"),
    # address fields with continuation lines, Irish counties
    pytest.param("Address: Flat 3, 22 Kells Road,\n         Kilkenny, Co. Kilkenny,\n         R95 X2Y3\nPhone: none", ["Phone: none"], ["Kells", "Kilkenny", "R95 X2Y3"], id="address-field-block"),
    pytest.param("Lives in Tullamore, Co. Offaly with her son.", ["with her son"], ["Tullamore", "Offaly"], id="irish-county"),
    # spread from found PHI: ranges, extensions, address tails, ages in apposition
    pytest.param("Ceftriaxone (3/2-3/9); study window 5/6-5/20/2026.", ["Ceftriaxone"], ["3/9", "5/6"], id="date-ranges"),
    pytest.param("Letters dated Jan 4 and 2/9. Cultures from Jan 4, 2/4 bottles grew GNR.", ["2/4 bottles"], ["2/9"], id="date-list-not-counts"),
    pytest.param("Office (617) 555-0142, ext. 221 for results.", ["for results"], ["555-0142", "221"], id="phone-extension"),
    pytest.param("Home: 12 Rimu Street, Karori, Wellington 6012. Walks with frame.", ["Walks with frame"], ["Rimu", "Karori", "Wellington", "6012"], id="address-tail-nz"),
    pytest.param("Brother Tomas Ruiz, 97, lives nearby. Seen by Dr Lee, 94% on air.", ["94% on air"], ["Ruiz", "97"], id="age-after-name"),
    pytest.param("DOB 02/02/1931 (93y). A one hundred and two-year-old woman.", ["woman"], ["93", "one hundred and two"], id="age-shapes"),
    # names: bare middle initial, dotted credentials, roles, relation-dash, name before its id
    pytest.param("Verified: Maria T Lopez, RN. Nadia Ferrante, R.N.", [], ["Maria", "Lopez", "Ferrante"], id="initial-and-dotted-credential"),
    pytest.param("Comments: Rosa (HCP) aware. Subscriber Ian Doyle (spouse).", ["aware"], ["Rosa", "Doyle"], id="legal-family-roles"),
    pytest.param("Family History:\n  Mother - Ines, died aged 70 of MI.", ["died aged 70 of MI"], ["Ines"], id="relation-dash-name"),
    pytest.param("Re: Referral - Tomasz Wojcik-Ball, DOB 2/3/1950\nPrinted for DARIO MENDEZ-ROSS (MRN 5512345)", ["Referral"], ["Wojcik-Ball", "MENDEZ-ROSS"], id="name-before-its-id"),
    pytest.param("Patient Details, DOB 2/3/1950.", ["Patient Details"], ["2/3/1950"], id="no-name-before-dob"),
    pytest.param("Ginger Merino, R.N.\nCertifier: Forrest Reed, MD", [], ["Ginger", "Merino", "Forrest", "Reed"], id="common-word-names-before-credentials"),
    pytest.param("In the interim saw B Okafor MD (cardiology). A Smith catheter was sited.", ["A Smith catheter"], ["B Okafor"], id="initial-before-name-and-credential"),
    pytest.param("Funeral home: Kowalski & Sons, Leeds. Calling out for marguerite; calling for help.", ["calling for help"], ["Kowalski", "marguerite"], id="business-and-calling-for"),
    # lower-case names after a relation and a person verb
    pytest.param("Social: dtr maria rang twice; caregiver tomas.", [], ["maria", "tomas"], id="lower-relation-names"),
    pytest.param("Daughter is aware. Carer present. Wife will visit.", ["Daughter is aware", "Carer present", "Wife will visit"], [], id="relations-alone-stay"),
    # AU / NZ street types
    pytest.param("Lives at 31 Kowhai Circuit, 4 Totara Approach and 6 Rata Centre.", [], ["Kowhai", "Totara", "Rata"], id="street-types"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept", "phi"), CASES)
def test_round10_mechanisms(text: str, kept: list[str], phi: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "kept", "phi"), CASES)
def test_round10_scrubbing_is_idempotent(text: str, kept: list[str], phi: list[str]) -> None:
    assert_idempotent(text)
