"""Past and family history are not scored (models/context.py, session 29): the sentences the
model sees, table-driven. A wrongly kept sentence can raise a false alert; a wrongly dropped one
hides a finding, so the keep cases matter as much as the drop cases."""

from __future__ import annotations

import pytest

from models.context import current_sentences, history_mask
from models.sentences import split_sentences


@pytest.mark.parametrize(("text", "kept"), [
    # the session 28 black-box tester's two high bleeding alerts on warfarin
    pytest.param("PMH: GI bleed 2015, hypertension, T2DM.", [], id="pmh-inline"),
    pytest.param("Mother had bleeding disorder ([NAME]). Patient well, no complaints.",
                 ["Patient well, no complaints."], id="relative-had"),
    pytest.param("FHx: father had GI bleed.", [], id="fhx"),
    pytest.param("FH of von Willebrand disease (mother and maternal aunt).", [], id="fh-of"),
    pytest.param("Family hx: dad had vascular dementia.", [], id="family-hx"),
    pytest.param("h/o falls. Found on floor this morning.", ["Found on floor this morning."], id="h/o"),
    pytest.param("Hx of anaphylaxis to penicillin.", [], id="hx-of"),
    pytest.param("Hx recurrent UTIs.", [], id="hx-without-of"),
    pytest.param("Past medical history: asthma, eczema.", [], id="past-medical-history"),
    pytest.param("Allergies: penicillin - rash as a child.", [], id="allergy-list"),
    pytest.param("His brother has haemophilia.", [], id="possessive-relative"),
    pytest.param("Grandmother died of a GI bleed aged 58.", [], id="died-of"),
    # a heading on its own: every line under it, to a blank line or the next heading
    pytest.param("PMH:\n- GI bleed 2015\n- AF\n\nMelaena x2, Hb 78.", ["Melaena x2, Hb 78."],
                 id="heading-block-ends-at-blank-line"),
    pytest.param("PMH:\nGI bleed 2015\nAF\nPC: melaena x2", ["PC: melaena x2"],
                 id="heading-block-ends-at-next-heading"),
    pytest.param("Family history:\nMother - breast cancer\nO/E: oozing from cannula site",
                 ["O/E: oozing from cannula site"], id="family-heading"),
    # an inline heading carries on to the bullets under it, nothing else
    pytest.param("PMH: AF, GI bleed 2015\n- DVT 2018\n- bleeding ulcer\nMelaena x2.", ["Melaena x2."],
                 id="inline-heading-bullets"),
    pytest.param("PMH: AF. Melaena x3, Hb 70.", ["Melaena x3, Hb 70."], id="same-line-after-inline-heading"),
    # kept: something happening now, the presenting complaint, the patient himself
    # kept with a termination term (scored without the trigger only for a duration, below)
    pytest.param("PMH: GI bleed 2015, now melaena.", ["PMH: GI bleed 2015, now melaena."], id="now"),
    pytest.param("PMH falls, osteoporosis, on alendronate.", [], id="section-name-without-colon"),
    pytest.param("h/o falls, found on floor by HCA at 0300.", ["h/o falls, found on floor by HCA at 0300."],
                 id="h/o-then-more-clauses-is-the-models"),
    pytest.param("PMH: GI bleed 2015, but melaena overnight.", ["melaena overnight."], id="but-splits"),
    pytest.param("PMH:\n- GI bleed\nFresh PR bleed this shift", ["Fresh PR bleed this shift"],
                 id="termination-ends-a-block"),
    pytest.param("History of presenting complaint: 2 days of melaena.",
                 ["History of presenting complaint: 2 days of melaena."], id="hpc"),
    pytest.param("Hx: 2/7 melaena", ["Hx: 2/7 melaena"], id="hx-heading-is-the-presenting-complaint"),
    pytest.param("hx of chest pain for 3 days", ["chest pain for 3 days"], id="duration"),
    pytest.param("hx of 2/7 chest pain", ["2/7 chest pain"], id="uk-duration"),
    pytest.param("hx of vomiting x3/7, RASS -3.", ["vomiting x3/7, RASS -3."], id="x-duration"),
    pytest.param("Daughter has found him on the floor.", ["Daughter has found him on the floor."],
                 id="relative-reports-a-fall"),
    pytest.param("Sister has noticed bruising on her arms.", ["Sister has noticed bruising on her arms."],
                 id="relative-noticed"),
    # session 34: the relative's clause is left out, the patient's part is scored
    pytest.param("Brother has haemophilia, patient bleeding from cannula.",
                 ["patient bleeding from cannula."], id="back-to-the-patient"),
    # session 34 (black-box tester): someone else's event is no finding for the patient
    pytest.param("Pt's husband c/o chest pain in the waiting room, sent to ED.", [], id="husband-c/o"),
    pytest.param("Visitor fainted and vomited in bay, pt unaffected.", ["pt unaffected."], id="visitor"),
    pytest.param("Bed 4 neighbour fell overnight, pt upset by noise.", ["pt upset by noise."],
                 id="bed-neighbour"),
    pytest.param("HCA cut finger on sharps bin, bleeding, incident form done.", [], id="staff-injury"),
    pytest.param("Patient in next bed had a hypo.", [], id="next-bed"),
    pytest.param("Husband fell in the car park.", [], id="relative-event"),
    pytest.param("Mother had a fall last year and broke her hip.", [], id="relative-own-pronoun"),
    # session 39: the other's event stays theirs, the patient's part is read from where the patient is named
    pytest.param("Mother had a fall last year and he was upset.",
                 ["he was upset."], id="other-gender-pronoun-is-the-patient"),
    pytest.param("HCA had to help pt back to bed after he fell.",
                 ["pt back to bed after he fell."], id="staff-clause-names-the-patient"),
    pytest.param("Son is with him, pt vomiting.", ["Son is with him, pt vomiting."], id="relative-with-the-patient"),
    pytest.param("Carer found pt on floor at 0300.", ["Carer found pt on floor at 0300."], id="carer-found"),
    pytest.param("Wife says he vomited twice overnight.", ["Wife says he vomited twice overnight."],
                 id="relative-reports"),
    pytest.param("Daughter has concerns, says mum has been bleeding from her gums.",
                 ["Daughter has concerns, says mum has been bleeding from her gums."], id="relative-concerns"),
    pytest.param("Fresh melaena, h/o GI bleed.", ["Fresh melaena, h/o GI bleed."], id="mid-sentence-left-to-model"),
    pytest.param("Allergic reaction: urticaria after co-amoxiclav.",
                 ["Allergic reaction: urticaria after co-amoxiclav."], id="allergic-reaction-is-not-a-list"),
    pytest.param("Previous shift: vomited x3.", ["Previous shift: vomited x3."], id="previous-is-left-to-model"),
    # session 29 second notes tester: current findings that were lost
    pytest.param("PMH:\n- AF\n- T2DM\nPassing bright red blood PR, large clots in pad.",
                 ["Passing bright red blood PR, large clots in pad."], id="line-after-bullets-without-blank"),
    pytest.param("Allergies:\nNKDA\nRash to trunk and arms, itchy, after IV co-amoxiclav.",
                 ["Rash to trunk and arms, itchy, after IV co-amoxiclav."], id="sentence-after-bare-list"),
    pytest.param("PMH: AF, T2DM\n- PR bleed on ward", ["- PR bleed on ward"], id="on-ward"),
    pytest.param("Daughter has concerns, says mum has been bleeding from her gums.",
                 ["Daughter has concerns, says mum has been bleeding from her gums."], id="relative-reports"),
    pytest.param("Hx OSA, drowsy, RASS -3 on PCA.", ["Hx OSA, drowsy, RASS -3 on PCA."],
                 id="opener-without-heading-then-more-clauses"),
    pytest.param("PMH:\rCOPD\r\rRASS -3 on PCA.", ["RASS -3 on PCA."], id="bare-cr-line-ends"),
    pytest.param("PMH:\u2028COPD\u2028\u2028RASS -3", ["RASS -3"], id="unicode-line-separators"),
    pytest.param("PMH:\nCOPD\n\u00a0\nRASS -3 on PCA", ["RASS -3 on PCA"], id="no-break-space-blank-line"),
    pytest.param("FHx: mother had MI.\nDrowsy, RASS -3.", ["Drowsy, RASS -3."], id="line-after-inline-heading"),
    # the price of bare lists: a one-word line under one, with no blank line, reads as an item
    pytest.param("PMH:\nGI bleed 2015\nAF\nMelaena", [], id="known-limit-one-word-line-in-a-bare-list"),
    # session 30: a full stop where the items had none ends the list; so do readings and a
    # section name alone on its line is a heading
    pytest.param("PMH:\nHTN\nT2DM\nAF\nDrowsy.\nRR 8.", ["Drowsy.", "RR 8."], id="full-stop-ends-a-bare-list"),
    pytest.param("PMH:\nHTN.\nAF.\nGI bleed.", [], id="items-all-with-full-stops"),
    pytest.param("PMH:\nHTN\nAF\nRR 8, sats 86%", ["RR 8, sats 86%"], id="reading-ends-a-bare-list"),
    pytest.param("PMH:\nGI bleed 2015.\nCKD 3\nMI x2", [], id="year-item-with-full-stop"),
    pytest.param("PMH\nHTN\nFall\nNow confused.", ["Now confused."], id="section-name-alone-is-a-heading"),
    pytest.param("Past medical history\nGI bleed\nAF\n\nFell in bay today.", ["Fell in bay today."],
                 id="long-section-name-alone"),
    # session 35 notes tester: a relative's "own" complaint is the relative's
    pytest.param("Son mentions his own chest pains, advised to see his GP.", ["advised to see his GP."],
                 id="relative-own-complaint"),
    pytest.param("Pt mentions his own chest pain since am.", ["Pt mentions his own chest pain since am."],
                 id="patient-own-complaint-kept"),
    # session 35 second notes tester: unchecked boxes, teaching, the patient in the next bed
    pytest.param("Checklist: [ ] chest pain [ ] SOB [ ] bleeding [x] N/V", ["Checklist:    [x] N/V"],
                 id="unchecked-boxes-left-out"),
    pytest.param("[ ] fall [ ] rash", [], id="only-unchecked-boxes"),
    pytest.param("Discharge teaching done: report fever > 38.3, wound redness or drainage.", [],
                 id="teaching-is-no-finding"),
    pytest.param("Report from night RN: pt vomited x2.", ["Report from night RN: pt vomited x2."],
                 id="a-handover-report-kept"),
    pytest.param("Pt in next bed had a fall overnight; this pt slept well.", ["this pt slept well."],
                 id="pt-in-next-bed"),
    # session 36 notes tester: other people, charted absences, hedges, instructions
    pytest.param("Neighbouring pt fell; this pt was asleep and unaffected.", ["this pt was asleep and unaffected."],
                 id="neighbouring-pt"),
    pytest.param("Visitor noted to have a rash, asked to leave ward.", [], id="visitor-noted-to-have"),
    pytest.param("Student nurse pricked finger on needle, bleeding.", [], id="student-nurse-injury"),
    pytest.param("HCA reported feeling faint and nauseous, went off shift. Pt well.", ["Pt well."],
                 id="staff-reported-feeling"),
    pytest.param("Husband states he had chest pain last night; told to see his GP.", ["told to see his GP."],
                 id="relative-states-own-pronoun"),
    pytest.param("Wife states he had chest pain last night.", ["Wife states he had chest pain last night."],
                 id="relative-states-patients-pronoun-kept"),
    pytest.param("Pt's wife at bedside, she is coughing; advised to go home.", ["advised to go home."],
                 id="relative-at-bedside-own-pronoun"),
    pytest.param("Pt in bed 4 became confused overnight; this pt disturbed.", ["this pt disturbed."],
                 id="pt-in-bed-n-then-this-pt"),
    pytest.param("Pt in bed 4 fell.", ["Pt in bed 4 fell."], id="pt-in-bed-n-alone-kept"),
    pytest.param("Bleeding: N. Chest pain - No | SOB: Y.", ["SOB: Y."], id="charted-no-items-left-out"),
    pytest.param("Chest pain - no relief with GTN.", ["Chest pain - no relief with GTN."], id="no-relief-kept"),
    pytest.param("Unable to rule out GI bleed; pt stable.", ["pt stable."], id="unable-to-rule-out"),
    pytest.param("? early sepsis - obs hourly.", ["obs hourly."], id="query-diagnosis"),
    pytest.param("Could be developing a rash - faint area, monitor.", ["faint area, monitor."], id="could-be-developing"),
    pytest.param("Educated pt on signs of hypoglycemia: shakiness, sweating.", [], id="educated-pt-on"),
    pytest.param("D/c instructions: return to ED for fever >38.5.", [], id="return-to-ed-for"),
    pytest.param("Written info given re: anaphylaxis.", [], id="written-info-given"),
    # session 37 notes tester: more ways of writing someone else's event
    pytest.param("Pt in next bed confused and shouting all night; our pt tired but settled.",
                 ["our pt tired", "settled."], id="pt-in-next-bed-adjective"),
    pytest.param("Pt in bay needed naloxone overnight; our pt watched.", ["our pt watched."], id="pt-in-bay-our-pt"),
    pytest.param("Grandson visiting has a chickenpox rash - infection control informed, pt not exposed.",
                 ["pt not exposed."], id="grandson-visiting"),
    pytest.param("Wife in a lot of pain with her own hip, using a wheelchair to visit.", [], id="relative-in-pain"),
    pytest.param("Husband (T1DM) had a hypo in the visitors' lounge, treated by staff.", [],
                 id="relative-with-bracket"),
    pytest.param("Roommate refused his meds and was shouting; our pt unsettled by the noise.",
                 ["our pt unsettled by the noise."], id="roommate-refused-his-own"),
    pytest.param("Wife refuses to take her own statin, asked pharmacist for advice.", [], id="relative-refuses"),
    pytest.param("Bay closed - neighbouring pt febrile with C.diff; our pt afebrile.", ["our pt afebrile."],
                 id="lead-clause-then-other"),
    pytest.param("Mother (visiting) told staff she slipped on the wet floor; seen by ED.", ["seen by ED."],
                 id="relative-told-staff-own-pronoun"),
    pytest.param("Wife told staff he fell at home last night.", ["Wife told staff he fell at home last night."],
                 id="relative-told-staff-patients-pronoun-kept"),
    pytest.param("Daughter refused to let pt take his tablets.", ["Daughter refused to let pt take his tablets."],
                 id="relative-refused-for-patient-kept"),
    pytest.param("Update: pt confused overnight.", ["Update: pt confused overnight."], id="lead-clause-patient-kept"),
    # session 37 second notes tester (long notes): a past part of the stay, more other people
    pytest.param("#2 Hypoglycaemia (BGL 2.6 on day 3) - RESOLVED.", [], id="resolved-problem"),
    pytest.param("On day 1 she was oversedated with the morphine PCA.", [], id="on-day-n"),
    pytest.param('Day 2 (copied): "Vomited x3 overnight".', [], id="copied-day"),
    pytest.param("Anaphylaxis to IV morphine in 2010.", [], id="in-a-year"),
    pytest.param("87F, day 9, admitted with a left distal radius fracture after a fall.", [], id="admitted-with-day"),
    pytest.param("Admitted with chest pain, troponin pending.", ["Admitted with chest pain, troponin pending."],
                 id="admitted-with-kept"),
    pytest.param("Fever has not resolved despite abx, T 38.6 this am.",
                 ["Fever has not resolved despite abx, T 38.6 this am."], id="not-resolved-kept"),
    pytest.param("Hospital course:\nPresented febrile and acutely confused. Treated with IV abx.\nCurrently afebrile.\n\n"
                 "Vomiting x2.", ["Currently afebrile.", "Vomiting x2."], id="hospital-course-heading"),
    pytest.param("Her husband, who was visiting this afternoon, vomited in the bathroom; he was asked to go home.",
                 ["he was asked to go home."], id="relative-with-apposition"),
    pytest.param("Her 6-year-old son has a widespread rash; she cannot recall having had chickenpox.",
                 ["she cannot recall having had chickenpox."], id="relative-with-age"),
    pytest.param("Incident: Ms R's mother fainted and fell in the corridor.", [], id="possessive-name-relative"),
    pytest.param("Woke at 02:00 when his neighbour in bed 10 became confused; he settled back to sleep.",
                 ["Woke at 02:00 ;", "he settled back to sleep."], id="other-in-a-when-clause"),
    pytest.param("Her son phoned this morning - he has flu with fever.", [], id="relative-phoned-own-pronoun"),
    pytest.param("Hypo this shift: N (BGL 7.2).", ["(BGL 7.2)."], id="charted-n-before-bracket"),
    # session 39 (notes tester)
    pytest.param("Pt in bed 4 vomiting so pt moved to side room as precaution.",
                 ["pt moved to side room as precaution."], id="bed-other-then-pt-again"),
    pytest.param("Daughter reports she herself has had the flu with fevers this week, asked to wear mask.", [],
                 id="relative-herself"),
    pytest.param("Husband feeling short of breath at bedside, advised to see his GP.", ["advised to see his GP."],
                 id="relative-feeling"),
    pytest.param("- Glucagon 1mg IM PRN hypoglycaemia, glucose gel PRN.", [], id="bulleted-prn-list"),
    pytest.param("PD clinic review: Glucagon 1mg IM PRN hypoglycaemia, glucose gel PRN.", [], id="labelled-prn-list"),
    pytest.param("Tranexamic acid PRN for haemoptysis.", ["Tranexamic acid ."], id="prn-without-dose"),
    pytest.param("Oramorph PRN for pain x2 overnight.", ["Oramorph PRN for pain x2 overnight."], id="prn-given-kept"),
    pytest.param("B: Family history of T2DM, brother has frequent hypos.", [], id="sbar-tag-family-history"),
    pytest.param("- PMH: ESRF on PD, T2DM.\n- PD catheter exit site red and crusted with purulent discharge.",
                 ["- PD catheter exit site red and crusted with purulent discharge."], id="bulleted-heading-sibling"),
    pytest.param("- PMH: AF\n  - GI bleed 2015\n- Passing bright red blood PR",
                 ["- Passing bright red blood PR"], id="bulleted-heading-nested-items"),
    # session 39 (long-notes tester)
    pytest.param("Roommate was agitated overnight and disturbed her sleep.", ["her sleep."], id="other-then-patient-object"),
    pytest.param("Co-patient fell in the lounge, patient upset by this.", ["patient upset by this."], id="co-patient"),
    pytest.param("Peer refused his depot today and was agitated.", [], id="peer"),
    pytest.param("Bed 6 had a hypo at 03:00, our patient slept well.", ["our patient slept well."], id="bed-n-had"),
    pytest.param("Hx of hypoglycaemic episodes on gliclazide, since stopped.", [], id="history-since-stopped"),
    pytest.param("Systems review: denies headache, visual change, chest pain, palpitations, breathlessness, vomiting, "
                 "PR bleeding or dysuria.", [], id="denied-list-with-visual-change"),
    pytest.param("Older brother has eczema and a peanut allergy.", [], id="older-brother"),
    pytest.param("Sibling at home has had diarrhoea and vomiting this week.", [], id="sibling-at-home"),
    # session 39 (final notes tester)
    pytest.param("Return precautions reviewed: CP, SOB, bleeding, fever.", [], id="return-precautions"),
    pytest.param("what should I do if he gets chest pain, do I call 911 or the clinic?", [], id="question-if"),
    pytest.param("Another resident was found on the floor in the lounge; Mr D not involved.", ["Mr D not involved."],
                 id="another-resident-was-found"),
    pytest.param("my son has come up in spots all over after the antibiotics, they're itchy",
                 ["my son has come up in spots all over after the antibiotics, they're itchy"],
                 id="a-parent-writing-about-the-patient"),
    pytest.param("Start sepsis six if temp >38.", [], id="action-for-a-threshold"),
    pytest.param("Peer on the ward refused his medication and became aggressive.", [], id="peer-on-the-ward"),
    pytest.param("", [], id="empty"),
])
def test_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


def test_the_mask_lines_up_with_the_split_and_is_idempotent() -> None:
    text = "PMH:\n- GI bleed\n\nMelaena x2. FHx: mother had MI.\nDrowsy, RASS -3."
    sentences = split_sentences(text)
    mask = history_mask(text, sentences)
    assert len(mask) == len(sentences)
    assert [s for s, m in zip(sentences, mask, strict=True) if not m] == ["Melaena x2.", "Drowsy, RASS -3."]
    assert history_mask(text, sentences) == mask
    assert current_sentences(" ".join(current_sentences(text))) == current_sentences(text)
