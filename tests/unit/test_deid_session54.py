"""Session 54: what the scrubber finds and keeps after a black-box tester of e-mail and dictation genres (V: referral
e-mail chains, portal and secure-chat messages, signatures; speech-recognised notes with spelled names, spoken dates,
record numbers said one character at a time, spoken addresses and bleeps). Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
KEEP = [
    pytest.param("Single ventricle, Fontan circulation; Addenbrooke's ACE-III 82/100; booked for ferric carboxymaltose 500 mg.",
                 ["Fontan circulation", "Addenbrooke's ACE-III 82/100", "ferric carboxymaltose 500 mg"], id="eponyms-and-iron"),
    pytest.param("UC with Mayo endoscopic subscore 2; Robson group 5; Corrigan's pulse; Richter's hernia on CT.",
                 ["Mayo endoscopic subscore 2", "Robson group 5", "Corrigan's pulse", "Richter's hernia"], id="scores-and-signs"),
    pytest.param("Secure chat via Siilo: 58yo Caucasian male, sats 91% RA. Sent from Microsoft Teams.",
                 ["Siilo", "Caucasian male", "Microsoft Teams"], id="apps-and-ethnicity"),
    pytest.param("Dr Priya Raman\nSenior Registrar, Dept of Medicine", ["Senior Registrar, Dept of Medicine"],
                 id="a-title-line-under-a-signature"),
    pytest.param("Patient: Can you ring my son? Patient: My chest feels tight.", ["Can you ring", "My chest"],
                 id="a-transcripts-speaker-label"),
    pytest.param("GCS E 4 V 5 M 6; A B C D E assessment; HLA B 2 7 positive.", ["E 4 V 5 M 6", "A B C D E", "B 2 7"],
                 id="spaced-letters-that-are-no-identifier"),
    pytest.param("Max HR 171 on the treadmill; Gillick competent; herbal tea with dong quai; pt temp is 99 F; He ran.",
                 ["Max HR 171", "Gillick competent", "dong quai", "temp is 99", "He ran"], id="max-gillick-herbs-and-temps"),    pytest.param("Passenger in a 2019 Toyota Camry; ins Aetna; Abbott Assurity MRI pacemaker; Georgia tag noted; Codes 99285, 70450; "
                 "Deprescribe oxycodone; readings via Glooko.", ["Toyota Camry", "Aetna", "Abbott Assurity", "Georgia tag",
                 "Codes 99285, 70450", "Deprescribe", "Glooko"], id="us-makes-payers-devices-codes"),
]

PHI = [
    pytest.param("Hi Imogen,\n\nG'day Tavita, thanks for seeing Oisin, 70yo farmer. Adding Wiremu Tane to Friday's list.",
                 ["Imogen", "Tavita", "Oisin", "Wiremu Tane"], ["Hi ", "G'day ", "thanks for seeing", "Adding "],
                 id="greetings-are-not-the-name"),
    pytest.param("Hello, is that Declan? It's Doctor Okafor from the practice.", ["Declan", "Okafor"], ["It's"],
                 id="a-phone-call"),
    pytest.param("letter to doctor Ian Pryce P R Y C E new line re miss Ngaio Hale H A L E", ["Pryce", "P R Y C E", "H A L E"],
                 ["new line"], id="names-spelled-in-spaced-capitals"),
    pytest.param("NHS number 4 8 5 7 7 7 3 4 5 6 new paragraph; medical record number K 2 9 1 0 3 4 4; hospital number "
                 "R M H / 2 0 1 9 / 4 4 1 2 0", ["4 8 5 7 7 7 3 4 5 6", "K 2 9 1 0 3 4 4", "2 0 1 9 / 4 4 1 2 0"],
                 ["new paragraph"], id="record-numbers-said-one-character-at-a-time"),
    pytest.param("seen in clinic on twenty second march twenty twenty six; born september 3 nineteen forty one; "
                 "admitted eleven oh five twenty six", ["twenty second march", "nineteen forty one", "eleven oh five twenty six"],
                 ["seen in clinic"], id="spoken-dates"),
    pytest.param("the reg is on bleep six thousand two hundred and twelve", ["six thousand two hundred and twelve"],
                 ["the reg is on bleep"], id="a-spoken-bleep"),
    pytest.param("discharged home to forty two larch grove harrogate hg1 2ab follow up in clinic", ["forty two larch grove",
                 "harrogate", "hg1 2ab"], ["follow up in clinic"], id="a-spoken-address"),
    pytest.param("Re: Sunita Rao (KEM/4471/20931) and Bola Ade (LUTH/873321)", ["KEM/4471/20931", "LUTH/873321"],
                 ["Re:"], id="hospital-letters-before-slashed-numbers"),
    pytest.param("lives at 12 j.k rowan st; lives at 4 st james place", ["j.k rowan st", "st james place"], ["lives at"],
                 id="lower-case-streets-with-initials"),
    pytest.param("missus rose first name aroha, mrs hope said she was sore", ["rose", "hope"], ["first name", "said she was sore"],
                 id="lower-case-titles-before-word-names"),
    pytest.param("discussed with physio (Okonkwo-Ede) and consultant (Tamatea)", ["Okonkwo-Ede", "Tamatea"],
                 ["physio", "consultant"], id="staff-surnames-in-brackets"),
    # second round (tester X)
    pytest.param("Zhou Lin (DOB 3/4/1961) came with her son Xu Ming; niece liu fang, aged 30, translated. He was well.",
                 ["Zhou Lin", "Xu Ming", "liu fang"], ["He was well"], id="pinyin-names"),
    pytest.param("Attendees:  DS \u2013 Carla Beddow 4471 (Avon Police)  MARAC/3318 opened. Nan Maureen is 94 and frail.",
                 ["Carla Beddow", "4471", "MARAC/3318", "Maureen", "94"], ["Nan"], id="collar-number-referral-and-age"),
    pytest.param("Ariki (4) placed since March; siblings Tui (2) and Rosie-Mae (9) at home. Grade (2) reflux.",
                 ["Ariki", "Tui", "Rosie-Mae"], ["Grade (2) reflux", "placed since"], id="children-with-ages"),
    pytest.param("Mrs Tamihana's granddaughter has chickenpox.", ["Tamihana"], ["'s granddaughter"], id="possessive-stays"),
    # third round (tester Z, US notes)
    pytest.param("Struck by a Nissan Altima (TX plate 482 KLM); other car Ohio tag HQZ7731; Colorado tag JX42T9.",
                 ["482 KLM", "HQZ7731", "JX42T9"], ["Nissan Altima", "plate", "tag"], id="us-plates"),
    pytest.param("Paid by card ending 5521; portal message sent to tui_walker77 (acct moanaheke); Rx 884213-07; lic. 12.445190.",
                 ["5521", "tui_walker77", "moanaheke", "884213-07", "12.445190"], ["card ending", "portal message"],
                 id="us-accounts-users-and-numbers"),
    pytest.param("UDI: (01)00643169007222(17)281130(10)LT55Q(21)SN88213 noted. Telehealth IP 2001:db8:85a3:0:0:8a2e:370:7334.",
                 ["00643169007222", "281130", "LT55Q", "SN88213", "2001:db8:85a3:0:0:8a2e:370:7334"], ["UDI:"],
                 id="udi-and-ipv6"),
    pytest.param("Geriatric consult: 101 year old man. Code stroke called 4/12 at 0210; PA approved 11/3 for 6 visits.",
                 ["101", "4/12", "11/3"], ["Geriatric consult:", "at 0210"], id="ages-and-event-days"),    # fourth round (tester BB)
    pytest.param("Medicare no.: 2104187288 IRN 4. T 37.0 \u00b0C. Sister Aroha Ngata reviewed.",
                 ["2104187288", "Aroha Ngata"], ["IRN 4", "37.0 \u00b0C.", "Sister"], id="medicare-and-a-degree-sign"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_54_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_54_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


def test_session_54_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
