"""Medication activity, HIT, QTc, vital signs on drugs, note findings and warfarin+NSAID."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from test_rules_support import T0, D, H, StateBuilder, finding, ids, one, run

from processors.rules.meds import course_start, is_active
from schemas.event import DO_NOT_PERFORM

M = timedelta(minutes=1)


@pytest.mark.parametrize(("status", "kind", "start", "stop", "admins", "active"), [
    pytest.param("active", "request", T0 - D, None, (), True, id="active-request"),
    pytest.param("on-hold", "request", T0 - D, None, (), True, id="on-hold-counts"),
    pytest.param("stopped", "request", T0 - D, T0 - H, (), False, id="stopped-before"),
    pytest.param("stopped", "request", T0 - D, T0 + H, (), True, id="stopped-later-active-now"),
    pytest.param("completed", "statement", T0 - D, T0 - H, (), False, id="completed"),
    pytest.param("cancelled", "request", T0 - D, None, (), False, id="cancelled"),
    pytest.param("entered-in-error", "request", T0 - D, None, (), False, id="entered-in-error"),
    pytest.param("active", "request", T0 + H, None, (), False, id="starts-later"),
    pytest.param("active", "request", T0 - D, T0 - H, (), False, id="active-past-stop"),
    pytest.param("completed", "administration", T0 - 23 * H, None, (T0 - 23 * H,), True,
                 id="administration-23h-ago"),
    pytest.param("completed", "administration", T0 - 25 * H, None, (T0 - 25 * H,), False,
                 id="administration-25h-ago"),
    pytest.param("completed", "administration", T0 - 30 * H, T0 - 2 * H, (T0 - 30 * H,), True,
                 id="infusion-ended-2h-ago-counts-from-its-end"),
    pytest.param("completed", "administration", T0 - 60 * H, T0 - 25 * H, (T0 - 60 * H,), False,
                 id="infusion-ended-25h-ago"),
    pytest.param("in-progress", "administration", T0 - 30 * H, None, (T0 - 30 * H,), True,
                 id="infusion-still-running"),
])
def test_active_at(status: str, kind: str, start: datetime, stop: datetime | None,
                   admins: tuple[datetime, ...], active: bool) -> None:
    st = StateBuilder().med("lisinopril", status=status, kind=kind, start=start, stop=stop,
                            admins=admins, updated=stop or start).build()
    assert is_active(next(iter(st.meds.values())), T0) is active


def test_stopped_med_does_not_match() -> None:
    st = StateBuilder().med("lisinopril", status="stopped", stop=T0 - H).obs("2823-3", 6.2).build()
    assert ids(run(st)) == []


@pytest.mark.parametrize("rxcui", [
    pytest.param("unknown", id="unresolved-product"),
    pytest.param("5521", id="hydroxychloroquine-is-not-heparin"),
    pytest.param("42463", id="pravastatin-is-not-clopidogrel"),
])
def test_unknown_drug_never_matches(rxcui: str) -> None:
    b = StateBuilder().med("mystery", rxcui=rxcui).obs("2823-3", 6.5).obs("2345-7", 40)
    b.obs("6301-6", 12).vitals(hr=40, sbp=80, rr=6)
    st = b.build()
    assert [i for i in ids(run(st)) if i.startswith(("med.", "note."))] == []
    assert [i for i in ids(run(st, findings=(finding("bleeding"),))) if i.startswith("note.")] == []


def _hit(fall_day: int) -> list:  # type: ignore[type-arg]
    start = T0 - 20 * D
    b = StateBuilder().med("heparin", start=start)
    b.obs("777-3", 250, t=start - 12 * H)  # day -1 counts for the peak
    b.obs("777-3", 240, t=start + 2 * D)
    at = start + fall_day * D
    b.obs("777-3", 110, t=at)
    return run(b.build(), at=at)


@pytest.mark.parametrize(("day", "fires"), [
    pytest.param(4, False, id="day-4"), pytest.param(5, True, id="day-5"),
    pytest.param(10, True, id="day-10"), pytest.param(11, False, id="day-11"),
])
def test_hit_day_window(day: int, fires: bool) -> None:
    r = one(_hit(day), "med.hit_suspected")
    assert (r is not None) is fires
    if r is not None:
        assert r.severity == "high" and "heparin" in r.suggestions[0].label


@pytest.mark.parametrize(("value", "fires"), [
    pytest.param(125, False, id="exactly-50pct-of-250"), pytest.param(124, True, id="more-than-50pct"),
])
def test_hit_fall_must_exceed_half(value: float, fires: bool) -> None:
    start = T0 - 6 * D
    st = StateBuilder().med("enoxaparin", start=start).obs("777-3", 250, t=start) \
        .obs("777-3", value).build()
    assert ("med.hit_suspected" in ids(run(st))) is fires


def test_hit_therapy_start_from_first_administration() -> None:
    admins = tuple(T0 - k * D for k in range(6, -1, -1))  # daily doses, first 6 days ago
    b = StateBuilder().med("enoxaparin", kind="administration", status="completed",
                           start=None, admins=admins, updated=T0)
    st = b.obs("777-3", 300, t=T0 - 6 * D).obs("777-3", 100).build()
    assert course_start(st, frozenset({"67108"}), T0) == T0 - 6 * D
    assert "med.hit_suspected" in ids(run(st))


@pytest.mark.parametrize(("values", "fires"), [
    pytest.param([(2 * D, 440), (timedelta(0), 500)], False, id="500-not-above"),
    pytest.param([(2 * D, 480), (timedelta(0), 501)], True, id="501-above"),
    pytest.param([(3 * D, 400), (timedelta(0), 460)], False, id="rise-60-not-above"),
    pytest.param([(3 * D, 400), (timedelta(0), 461)], True, id="rise-61"),
    pytest.param([(8 * D, 400), (timedelta(0), 470)], False, id="lowest-older-than-7d"),
])
def test_qtc(values: list[tuple[timedelta, float]], fires: bool) -> None:
    b = StateBuilder().med("haloperidol")
    for ago, v in values:
        b.obs("8636-3", v, t=T0 - ago)
    r = one(run(b.build()), "med.qtc_drug")
    assert (r is not None) is fires
    if r is not None:
        assert r.suggestions[0].label.startswith("Stop or replace haloperidol")


@pytest.mark.parametrize(("drug", "rr", "spo2", "scale", "fires"), [
    pytest.param("morphine", 9, 98, 1, True, id="rr9"),
    pytest.param("morphine", 10, 98, 1, False, id="rr10"),
    pytest.param("oxycodone", 14, 91, 1, True, id="spo2-91-s1"),
    pytest.param("oxycodone", 14, 92, 1, False, id="spo2-92-s1"),
    pytest.param("fentanyl", 14, 87, 2, True, id="spo2-87-s2"),
    pytest.param("fentanyl", 14, 88, 2, False, id="spo2-88-s2"),
    pytest.param("naloxone", 6, 85, 1, False, id="naloxone-not-opioid"),
])
def test_opioid_respiratory(drug: str, rr: float, spo2: float, scale: int, fires: bool) -> None:
    st = StateBuilder().med(drug).vitals(rr=rr, spo2=spo2).build(news2_scale=scale)
    r = one(run(st), "med.opioid_respiratory")
    assert (r is not None) is fires
    if r is not None:
        assert (r.severity, r.confirmation) == ("high", "immediate") and drug in r.summary


@pytest.mark.parametrize(("drug", "hr", "fires"), [
    pytest.param("metoprolol", 50, True, id="metoprolol-50"),
    pytest.param("metoprolol", 51, False, id="metoprolol-51"),
    pytest.param("digoxin", 48, True, id="digoxin"),
    pytest.param("diltiazem", 45, True, id="diltiazem"),
    pytest.param("amlodipine", 45, False, id="amlodipine-not-rate-control"),
])
def test_bradycardia_ratecontrol(drug: str, hr: float, fires: bool) -> None:
    r = one(run(StateBuilder().med(drug).vitals(hr=hr).build()), "med.bradycardia_ratecontrol")
    assert (r is not None) is fires
    if r is not None:
        assert (r.severity, r.confirmation) == ("moderate", "second")
        assert r.suggestions[0].label.startswith(f"Hold the next dose of {drug}")


@pytest.mark.parametrize(("sbp", "fires"), [
    pytest.param(90, True, id="90"), pytest.param(91, False, id="91"),
    pytest.param(90.4, True, id="90.4-recorded-90"),
])
def test_hypotension_antihypertensive(sbp: float, fires: bool) -> None:
    r = one(run(StateBuilder().med("furosemide").vitals(sbp=sbp).build()),
            "med.hypotension_antihypertensive")
    assert (r is not None) is fires


def test_vital_med_rule_not_evaluated_at_a_lab_time() -> None:
    st = StateBuilder().med("metoprolol").vitals(hr=45).obs("2823-3", 4.0, t=T0 + 5 * M).build()
    assert "med.bradycardia_ratecontrol" not in ids(run(st, at=T0 + 5 * M))


@pytest.mark.parametrize(("nsaid", "fires"), [
    pytest.param("aspirin", True, id="warfarin-aspirin"),
    pytest.param("ibuprofen", True, id="warfarin-ibuprofen"),
    pytest.param("amlodipine", False, id="warfarin-amlodipine"),
])
def test_warfarin_nsaid(nsaid: str, fires: bool) -> None:
    r = one(run(StateBuilder().med("warfarin").med(nsaid).build()), "med.warfarin_nsaid")
    assert (r is not None) is fires
    if r is not None:
        assert (r.severity, r.confirmation) == ("low", "immediate") and nsaid in r.suggestions[0].label


@pytest.mark.parametrize(("drug", "label", "rule_id", "fires"), [
    pytest.param("apixaban", "bleeding", "note.bleeding_anticoagulant", True, id="bleeding-apixaban"),
    pytest.param("warfarin", "bleeding", "note.bleeding_anticoagulant", True, id="bleeding-warfarin"),
    pytest.param("aspirin", "bleeding", "note.bleeding_anticoagulant", False, id="bleeding-aspirin"),
    pytest.param("morphine", "oversedation", "note.oversedation_opioid", True, id="oversedation"),
    pytest.param("naloxone", "oversedation", "note.oversedation_opioid", False, id="oversedation-naloxone"),
    pytest.param("morphine", "dyspnea", "note.oversedation_opioid", False, id="other-label"),
])
def test_note_rules(drug: str, label: str, rule_id: str, fires: bool) -> None:
    r = one(run(StateBuilder().med(drug).build(), findings=(finding(label),)), rule_id)
    assert (r is not None) is fires
    if r is not None:
        assert r.severity == "high" and r.findings and r.evidence[0].event_id == "ev-note-1"


def test_low_probability_finding_is_ignored() -> None:
    res = run(StateBuilder().med("warfarin").build(), findings=(finding("bleeding", 0.3),))
    assert "note.bleeding_anticoagulant" not in ids(res)


@pytest.mark.parametrize(("started_ago", "fires"), [
    pytest.param(71 * H, True, id="71h"), pytest.param(72 * H, True, id="72h-inclusive"),
    pytest.param(73 * H, False, id="73h"),
])
def test_rash_new_drug(started_ago: timedelta, fires: bool) -> None:
    st = StateBuilder().med("ciprofloxacin", start=T0 - started_ago).build()
    r = one(run(st, findings=(finding("rash_allergic_reaction"),)), "note.rash_new_drug")
    assert (r is not None) is fires
    if r is not None:
        assert r.severity == "moderate" and "ciprofloxacin" in r.suggestions[0].label


@pytest.mark.parametrize(("builder", "fires"), [
    pytest.param(lambda b: b.med("amoxicillin", kind="administration", start=T0 - 30 * H, status="completed"),
                 True, id="single-dose-30h-ago-no-longer-active"),
    pytest.param(lambda b: b.med("amoxicillin", status="stopped", start=T0 - 40 * H, stop=T0 - 20 * H),
                 True, id="course-started-40h-ago-stopped-20h-ago"),
    pytest.param(lambda b: b.med("amoxicillin", status="stopped", start=T0 - 80 * H, stop=T0 - 20 * H),
                 False, id="course-started-80h-ago"),
    pytest.param(lambda b: b.med("amoxicillin", status="cancelled", start=T0 - 10 * H),
                 False, id="cancelled-order-never-given"),
])
def test_rash_new_drug_counts_a_recent_course_that_has_ended(builder, fires: bool) -> None:  # type: ignore[no-untyped-def]
    """DESIGN 7: "rash/allergic finding within 72 h of a new drug": a reaction often follows a
    single dose, which is no longer active 24 h later (black-box replay finding)."""
    st = builder(StateBuilder()).build()
    r = one(run(st, findings=(finding("rash_allergic_reaction"),)), "note.rash_new_drug")
    assert (r is not None) is fires


def test_do_not_perform_order_is_never_active() -> None:
    st = StateBuilder().med("lisinopril", status=DO_NOT_PERFORM).obs("2823-3", 6.1, unit="mmol/L").build()
    assert "med.hyperkalemia_raas" in ids(run(StateBuilder().med("lisinopril").obs("2823-3", 6.1, unit="mmol/L").build()))
    assert "med.hyperkalemia_raas" not in ids(run(st))


def test_on_hold_order_counts_and_the_alert_says_it_is_held() -> None:
    """DESIGN.md 7a: an order on hold is active; the ward is told it is held (session 41 tester)."""
    held = one(run(StateBuilder().med("lisinopril", status="on-hold").obs("2823-3", 6.3, unit="mmol/L").build()),
               "med.hyperkalemia_raas")
    active = one(run(StateBuilder().med("lisinopril").obs("2823-3", 6.3, unit="mmol/L").build()),
                 "med.hyperkalemia_raas")
    assert held is not None and active is not None
    assert "lisinopril (on hold)" in held.summary and held.suggestions[0].label.startswith("Hold lisinopril (on hold);")
    assert "(on hold)" not in active.summary and active.suggestions[0].label.startswith("Hold lisinopril;")
