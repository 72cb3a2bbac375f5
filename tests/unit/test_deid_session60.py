"""Session 60: the scrubber after black-box testers of pharmacy (A), South Asian and African hospital (B), occupational health
(C) and clinical genetics (D) notes. Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param("BRCA1 c.68_69del [rs80357914], MLH1 rs63750447 reported", [], ["rs80357914", "rs63750447"], id="dbsnp-ids"),
        pytest.param("Seen in the Lynch clinic: Lynch syndrome confirmed; Friedreich's ataxia excluded", [],
                     ["Lynch clinic", "Lynch syndrome", "Friedreich's ataxia"], id="genetic-eponyms"),
        pytest.param("Mr Lynch attended with his wife", ["Lynch"], ["attended"], id="a-surname-after-a-title"),
        pytest.param("Consanguinity denied by both parents", [], ["Consanguinity denied"], id="consanguinity"),
        pytest.param("Next 7/7 supplied; follow-up 6/12 in clinic; dispensed (5/7 supply)", [], ["7/7", "6/12"],
                     id="uk-durations-after-next-and-follow-up"),
        pytest.param("seen 6/12 at the surgery", ["6/12"], [], id="a-date-after-seen"),
        pytest.param("NHS number 485 777 3456 on the form", ["485 777 3456"], ["[ID]"], id="nhs-number-typed-id"),
        pytest.param("c/o: Swelling of both ankles\nc/o: Palpitations", [], ["Swelling", "Palpitations"], id="complains-of"),
        pytest.param("Address: c/o Ramesh Kumar, Sector 4", ["Ramesh Kumar"], [], id="care-of"),
        pytest.param("Vitals: BP 110/70, P- 96/m, RR 22/m; the patient is 96/M", ["96/M"], ["P- 96/m"], id="a-rate-per-minute"),
        pytest.param("Bakri balloon in situ; Purdue pegboard 13", [], ["Bakri balloon", "Purdue pegboard"], id="eponyms-and-makers"),
        pytest.param("Seen 02/10/2024 in clinic\n30-day follow-up: 7/12 - rang son", ["7/12"], [], id="a-follow-up-fields-date"),
        pytest.param("MS Contin 30 mg bd; Lonart DS; Rifafour 4 tabs", [], ["MS Contin", "Lonart", "Rifafour"], id="brands"),
        pytest.param("Pedigree no: F-2017-4411; family number ABCGS/F1234; lab 22-G-704411", ["4411", "F1234", "704411"],
                     ["Pedigree no"], id="family-and-lab-numbers"),
        pytest.param("Family history of bowel cancer; family 3 children", [], ["Family history", "family 3 children"],
                     id="family-without-a-number"),
        pytest.param("PGM - bowel ca, died @ 97; MGF A&W 93; Mo alive 91; Sis alive 64", ["97", "93", "91"], ["alive 64"],
                     id="pedigree-ages"),
        pytest.param("MGM (Lucy) - breast ca 52; Fa (Graham) no ca", ["Lucy", "Graham"], ["breast ca"], id="pedigree-names"),
        pytest.param("Hosp no KMC/B/58452; MLC no. 233/2024; vehicle MH 14 TR 1960", ["58452", "233/2024", "1960"], [],
                     id="indian-numbers-and-plate"),
        pytest.param("reviewed by Dr. S. Okonkwo (JR)\nSeen by Dr Rao (MO)\nchecked by nurse (KT)", ["Okonkwo", "Rao", "KT"],
                     ["(JR)", "(MO)"], id="a-doctors-grade-in-brackets"),
        pytest.param("PEPSE: Truvada + raltegravir 28/7; seen 28/7 in clinic", ["seen 28/7"], ["raltegravir 28/7"], id="pep-course"),
        pytest.param("aware of Jarisch-Herxheimer reaction; on Eviplera; signed Cliff Thompson (HA)", ["Thompson"],
                     ["Jarisch-Herxheimer", "Eviplera", "(HA)"], id="sexual-health-terms"),
        pytest.param("pt from fort riley, then kirtland afb; 6 ft tall, 10 ft of stairs", ["riley", "kirtland"],
                     ["6 ft tall", "ft of stairs"], id="lower-case-bases"),
    ],
)
def test_session_60_scrubber(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out
