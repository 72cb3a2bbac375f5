"""Session 36: care-home and care-operator names are kept (institution names are no Safe Harbor
identifier, docs/deid.md), with the people next to them still scrubbed; service initials and
words that only looked like names (v111 retention). The session's black-box tester (214 notes):
names in ALL-CAPS lines and pager messages, "-- Holly rn" sign-offs, "pt Field, Dean", a phone
before "//", German and French dates; eponyms, "1/2 NS", a clock time before a street word."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("Home choices (max 5): Garden Terrace; Carveth Care Centre; Fairmount Home | Waitlist 3A",
                 [], ["Carveth Care Centre", "Fairmount Home"], id="care-homes-in-a-choice-list"),
    pytest.param("List given to Irene: Willow Terrace Skilled Nursing; Kirkland Village; Manorcare Health Services.",
                 ["Irene"], ["Kirkland Village", "Manorcare Health Services"], id="operators-kept-person-not"),
    pytest.param("Preferred: Perley Health or Grandview Health Care Center. Contact Mrs Sadie Gallagher.",
                 ["Sadie Gallagher"], ["Perley Health", "Grandview Health Care Center"], id="health-operators"),
    pytest.param("Seen by Dr Kowalczyk Home visit booked. Jane Oduya Health Visitor aware.",
                 ["Kowalczyk", "Jane Oduya"], ["visit booked", "Visitor aware"],
                 id="person-before-home-visit-or-health-visitor-still-a-name"),
    pytest.param("Daughter Brianna Whitcombe Home phone 0161 496 0750.", ["Brianna Whitcombe", "0161 496 0750"],
                 ["phone"], id="person-before-home-phone-still-a-name"),
    pytest.param("interRAI Home Care (HC) completed: CPS 5. Reviewed by Rose Brown (RB).",
                 ["Rose Brown", "RB"], ["Home Care (HC)", "CPS 5"], id="service-initials-kept-person-initials-not"),
    pytest.param("Preferred: Ren Ci Nursing Home; Hokkien / Mandarin-speaking staff. Follow-up: GOPD 4 weeks.",
                 [], ["Hokkien / Mandarin", "GOPD 4 weeks"], id="languages-and-outpatient-departments"),
    pytest.param("Follow-up: Klinik Kesihatan for wound dressing. PhilHealth Konsulta package applies.",
                 [], ["Klinik Kesihatan", "PhilHealth Konsulta"], id="malay-and-filipino-service-words"),
    pytest.param("DST: Mobility High, Continence High, Skin Moderate - not eligible.", [],
                 ["Mobility High, Continence High"], id="checklist-domains"),
    pytest.param("PATIENT MICHELE PELTIER BROUGHT IN BY SON LOIDA FROM NURSING HOME. HX ESRD, CHF.",
                 ["PELTIER", "LOIDA", "MICHELE"], ["PATIENT", "BROUGHT IN BY SON", "HX ESRD, CHF"], id="all-caps-line"),
    pytest.param("HISTORY OF PRESENT ILLNESS: BP 158/90   ECG NSR   CT/CTA clear.", [],
                 ["HISTORY OF PRESENT ILLNESS", "ECG NSR   CT/CTA"], id="all-caps-heading-and-abbreviations-kept"),
    pytest.param("PAGE FROM 4W RN DEAN X8376: pt MAAS rm 397 pH 7.21 GCS 8 pls call back 6688838239 // reply",
                 ["DEAN", "MAAS", "6688838239"], ["pH 7.21 GCS 8", "rm 397"], id="pager-message"),
    pytest.param("pt NI BHRIAIN rm 878 and pt DELA CRUZ rm 557", ["BHRIAIN", "CRUZ"], ["rm 878"],
                 id="caps-names-with-particles"),
    pytest.param("Signed: Jennifer Hunter, MD CCFP. Prescriber: Ermes Garcia, MD   NPI 1136169467",
                 ["Jennifer Hunter", "Ermes Garcia"], ["CCFP", "NPI"], id="credentials-after-md-kept"),
    pytest.param("7 pm -- I&O: in 446 mL, out 809 mL -- Holly rn", ["Holly"], ["446 mL", "809 mL", " rn"],
                 id="lower-case-credential-sign-off"),
    pytest.param("Plan - Monitor rn", [], ["Monitor"], id="no-sign-off-without-a-name"),
    pytest.param("Source: pt + pharmacy fill history; pt Field, Dean. pt Alert, Oriented x3.",
                 ["Field", "Dean"], ["Alert, Oriented x3"], id="pt-surname-given"),
    pytest.param("Entlassung am 3. M\u00e4rz 2024. Patiente n\u00e9e le 19 ao\u00fbt 1948, du 2 au 9 janvier 2024.",
                 ["3. M\u00e4rz 2024", "19 ao\u00fbt 1948", "2 au 9 janvier 2024"], [], id="german-and-french-dates"),
    pytest.param("seit 7. August 2023 stabil", ["7. August 2023"], ["stabil"], id="german-day-with-a-full-stop"),
    pytest.param("Hx Ludwig's angina, Todd's paralysis, Meckel's diverticulum. ECG: Mobitz I, QTc by Bazett.",
                 [], ["Ludwig's angina", "Todd's paralysis", "Meckel's diverticulum", "Mobitz I", "Bazett"],
                 id="eponyms"),
    pytest.param("Seen by Todd Harris today. Todd agrees.", ["Todd"], [], id="todd-still-a-name"),
    pytest.param("CC: AMS. Transferred to MICU. EDD April 9.", ["April 9"], ["CC: AMS", "MICU", "EDD"],
                 id="clinical-abbreviations"),
    pytest.param("Started 1/2 NS at 100 mL/h. 2:15 PM WR Cons Green.", ["Green"], ["1/2 NS", "2:15 PM WR"],
                 id="half-normal-saline-and-a-time"),
    pytest.param("pt somchai srisawat seen this am. pt heather rivers seen. pt still drowsy seen by team.",
                 ["somchai", "srisawat", "heather rivers"], ["pt still drowsy seen"], id="pt-lower-case-pair-seen"),
    pytest.param("discussed w/ dr pham and maricel (pt's rn). Dressing (wound care) done.", ["maricel"],
                 ["(pt's rn)", "Dressing (wound care)"], id="name-before-bracketed-role"),
    pytest.param("Pt initials on consent: R.K.. RR 15", ["R.K"], ["RR 15"], id="initials-label"),
    pytest.param('Pt Diether "Chuck" Martin (prefers Chuck) 41F. Wife says Chuck has been well.',
                 ["Chuck", "Martin"], ["has been well"], id="name-a-patient-goes-by-and-its-mentions"),
    pytest.param("MICU Day 4 - Al-Farsi\nPost-op Day 1 - Afebrile", ["Al-Farsi"], ["Post-op Day 1 - Afebrile"],
                 id="progress-heading-name"),
    pytest.param("24/8 0345 WR Cons Young + team", ["Young"], ["WR", "+ team"], id="consultant-by-grade"),
    pytest.param("Family (Ray Dear, partner, 464 543 7483) aware.", ["Ray Dear", "464 543 7483"], ["partner"],
                 id="name-before-relation-in-brackets"),
    pytest.param("Stationärer Aufenthalt vom 16.06.2025 bis 20. April 2024.", ["16.06.2025", "20. April 2024"], [],
                 id="german-april"),
    pytest.param("Pat1ent Narne: Smithcrs, J0nathan\nD0B: O5/l7/2025   Acc#: RAD3008323\nReferr1ng: Dr.Martln   "
                 "ph (372) 5B3-6911\nlmpression: stable. lmp 2 wks ago.",
                 ["Smithcrs", "J0nathan", "O5/l7/2025", "Martln", "5B3-6911"], ["Narne:", "lmpression: stable", "lmp 2 wks"],
                 id="ocr-scan"),
    pytest.param("Prefers Welsh; daughter Cerys attends.", ["Cerys"], ["Prefers Welsh"], id="prefers-a-language"),
    # the second tester (192 long notes): the surname Ward, Canadian postcodes, brands, ventilator settings
    pytest.param("Referral from Dr Kiri Ward: unsafe discharge. Mother Mohammed Ward gave the history.",
                 ["Kiri", "Mohammed"], ["unsafe discharge"], id="surname-ward"),
    pytest.param("Transferred to Kiri Ward from ED. NURSING ENTRY - Victoria Ward, Bay 3 Bed 4.", [],
                 ["Kiri Ward", "Victoria Ward, Bay 3"], id="wards-kept"),
    pytest.param("Deceased: WARD, Nnamdi   NHS No: 682 377 3102", ["Nnamdi", "WARD"], [], id="caps-surname-ward"),
    pytest.param("Lives at 45 Elm Ave, Ottawa ON K1A 0B1. Mississauga, ON L5B 1B8", ["K1A 0B1", "L5B 1B8"], [],
                 id="canadian-postcodes-with-b"),
    pytest.param("Oksana (MRD No. 45/043905) seen.", ["45/043905"], [], id="mrd-number"),
    pytest.param("Took Norco 10/325 mg. Hx Wolff-Parkinson-White. Dix-Hallpike positive. Euvolemic. Xray clear. "
                 "Glycomet 500 mg BD, Telma 40 mg OD. Ventilator PC 28/12.", [],
                 ["Norco 10/325", "Wolff-Parkinson-White", "Dix-Hallpike", "Euvolemic", "Xray", "Glycomet", "Telma",
                  "PC 28/12"], id="brands-eponyms-and-settings"),
    pytest.param("Our ref: A. Lockyer/Chase", ["Chase"], ["Our ref"], id="typist-after-a-reference"),
    pytest.param("01.30\tHR: 140\tBP: 156/98\tresp rate 10\tsats 97% RA\ttemp 36.2 C\tPat", ["Pat"],
                 ["HR: 140", "temp 36.2 C"], id="observations-row-signer"),
    pytest.param("Lives with 2 siblings (Abdirahman 9, Aroha 4). Older sibling Art at Bondi Public School.",
                 ["Abdirahman", "Aroha", "Art"], ["2 siblings", "Older sibling"], id="children-and-ages"),
    pytest.param("Married to Pat Love x 41 yrs. Emergency contact 2: Sky Foot - friend.", ["Pat Love", "Sky Foot"],
                 ["x 41 yrs", "friend"], id="married-to-and-second-contact"),
    pytest.param('| Patient | Sky Lane |\nbaby girl "Rose", 8 lb 2 oz\n> On Sep. 1, 2025, Hope Frank wrote:\nPreferred: Mark',
                 ["Sky Lane", "Rose", "Hope Frank", "Mark"], ["| Patient |", "8 lb 2 oz", "wrote:"], id="table-baby-quote-preferred"),
    pytest.param("Older sibling at school. Sister Ward reviewed. Married to the idea of surgery.", [],
                 ["Older sibling at school", "Married to the idea"], id="no-name-without-one"),
    pytest.param("Client: Roderick d'Entremont    Health card #: 9460973941", ["Roderick", "Entremont", "9460973941"],
                 ["Health card"], id="name-before-health-card-label"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_session36_cases(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize("written", ["884-422-11", "884 422 11", "8844.2211", "8844-2211"])
def test_the_patients_own_compact_identifier_split_in_a_note(written: str) -> None:
    """Session 36 ingest tester: the Patient's identifier "88442211" quoted "884-422-11" survived."""
    from processors.deid import DeidConfig, identifier_tokens
    from processors.deid.scrub import scrub_text

    cfg = DeidConfig.for_tests()
    tokens = identifier_tokens({"identifier": [{"value": "88442211"}]}, cfg)
    out = scrub_text(f"chart number is {written} on file", tokens, cfg)
    assert not any(part in out for part in ("884", "422", "2211")), out
    assert "on file" in out


def test_a_field_word_opening_a_sentence_is_no_name() -> None:
    assert_scrubbed("Age reported by daughter. Weight reported by pt as 80 kg.", phi=[],
                    kept=["Age reported by daughter", "Weight reported by pt"])
