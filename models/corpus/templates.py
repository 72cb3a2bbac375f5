"""Mention templates: how a finding is negated, placed in the past, or only anticipated.

``{n}`` is a finding noun and ``{a}`` a finding adjective from ``phrases.LABEL_PHRASES``.
Each list was written by hand from the way ward notes phrase these mentions (abbreviations
kept: c/o, h/o, hx, PMH). ``RESOLVED`` / ``RESOLVED_ADJ``: a finding earlier in the stay that
is over now ("X overnight, now settled"); only for symptoms, never for events (a fall or a
hypo during this admission counts as present).
"""

from __future__ import annotations

__all__ = [
    "GENERIC_POSITIVE",
    "GENERIC_POSITIVE_ADJ",
    "HISTORICAL",
    "HISTORICAL_ADJ",
    "HISTORY_THEN_NOW",
    "HYPOTHETICAL",
    "NEGATED",
    "NEGATED_ADJ",
    "RESOLVED",
    "RESOLVED_ADJ",
    "VITALS",
]

GENERIC_POSITIVE: list[str] = [
    "c/o {n} {t}", "complaining of {n} {t}", "reports {n} {t}", "{n} noted {t}",
    "new {n} this shift", "ongoing {n}, reg aware", "pt has {n} {t}", "{n} ++ {t}",
    "now has {n}", "developed {n} {t}", "{n} present", "escalated to FY1 re {n}",
    # short statements, the way a busy note records them ("Further SOB overnight.")
    "further {n} {t}", "another episode of {n} {t}", "{n} again {t}",
    # session 31 (model tester): a bare statement that ends at the finding ("Chest pain.", "Pt c/o
    # chest pain.", "Has haemoptysis.") scored 0.00: every positive had gone on past the noun
    "{n}", "{n}", "c/o {n}", "pt c/o {n}", "has {n}", "pt has {n}", "complaining of {n}", "reports {n}",
    "pt reports {n}", "{n} ++", "new {n}", "{n} again",
]
# a patient described by the finding's adjective, also bare ("Pyrexial.", "Breathless.")
GENERIC_POSITIVE_ADJ: list[str] = [
    "{a}", "{a}", "pt {a}", "now {a}", "remains {a}", "{a} {t}", "very {a}", "pt {a} {t}",
]

NEGATED: list[str] = [
    "denies {n}", "no {n}", "no c/o {n}", "{n} denied", "negative for {n}", "nil {n}",
    "{n}: nil", "no evidence of {n}", "no further {n}", "no {n} {t}", "pt denies any {n} today",
    "no signs of {n} noted", "without {n}", "{n} - none", "no episodes of {n} {t}",
    "not complaining of {n}", "no new {n}", "free from {n}", "nil c/o {n}", "{n} absent",
    "no {n} reported by pt or family", "pt says no {n}", "{n} free", "{n}-free {t}",
    "-ve for {n}", "nil evidence of {n}", "no ongoing {n}", "no {n} reported overnight",
    "{n}: no", "neg {n}", "no complaints of {n}", "free of {n} {t}",
    # shorthand negation: w/o, -ve, neg, ruled out, not seen
    "w/o {n}", "{n} -ve", "{n} neg", "{n} ruled out", "no sign of {n}", "{n} not seen",
    "no obvious {n}", "{n} not present", "{n} excluded", "obs stable w/o {n}",
]

NEGATED_ADJ: list[str] = [
    "not {a}", "pt not {a}", "not {a} {t}", "not {a} at rest", "appears comfortable, not {a}",
    "not {a} this shift", "pt is not {a}", "not currently {a}", "denies being {a}",
]

HISTORICAL: list[str] = [
    "hx of {n}", "h/o {n}", "PMH: {n} ({year})", "previous episode of {n} in {year}",
    "{n} on last admission, none this stay", "background of {n}", "admitted in {year} with {n}",
    "past {n}, resolved", "PMHx includes {n}", "known hx of {n}, nil current",
    "had {n} years ago", "{n} in {year}, fully recovered", "old notes mention {n} in {year}",
    "history of recurrent {n}", "prior {n} ({year}), no recurrence", "previous {n}",
    "{n} on last admission", "{n} at home 2 weeks ago", "{n} at home last month, none since",
    "previous {n} ({year})", "{n} on previous admission", "treated for {n} in {year}",
]

HISTORICAL_ADJ: list[str] = [
    "was {a} on last admission", "previously {a} on {drug}", "{a} at home 2 weeks ago, not since",
]

RESOLVED: list[str] = [
    "{n} on admission, much improved", "{n} overnight, now settled", "{n} overnight, now resolved",
    "{n} earlier in the week, resolved", "{n} yesterday, none today", "{n} resolved",
    "{n} on day 1, now resolved", "{n} earlier, settled since", "{n} has resolved",
    "{n} on admission, nil now", "{n} settled {t}",
]

RESOLVED_ADJ: list[str] = [
    "was {a} on admission, much improved", "was {a} overnight, now settled", "no longer {a}",
    "was {a} yesterday, now resolved", "was {a} earlier, settled now", "{a} on admission, improved since",
]

HYPOTHETICAL: list[str] = [
    "monitor for {n}", "watch for {n}", "if {n}, call MD", "if any {n} please escalate to on-call",
    "report any {n} to nurse in charge", "pt educated to report {n}", "at risk of {n}",
    "PRN prescribed if {n}", "observe for signs of {n}", "call outreach if {n} develops",
    "if {n} recurs, bleep FY1", "advised to call if {n}", "risk of {n} discussed with pt",
    "to be aware of possible {n}", "safety-netted re {n}", "if {n} occurs, stop infusion and call",
    "keep an eye out for {n} overnight", "leaflet given on {n}", "high risk of {n}",
    "{n} care plan in place", "if {n} again, give PRN and inform", "for close monitoring re {n}",
    "observe for {n} post transfusion", "please watch for {n} after {drug}", "risk of {n} noted",
    "monitor closely for any {n}",
]

HISTORY_THEN_NOW: list[str] = [
    "hx of {h}, now {p}", "h/o {h}; today {p}", "PMH {h}. New today: {p}",
    "previous {h} in {year}, now {p}", "{h} on last admission; this time {p}",
]

VITALS: list[str] = [
    "BP {sbp}/{dbp}, HR {hr}, RR {rr}, SpO2 {spo2}% RA, T {temp}",
    "Obs: HR {hr} RR {rr} sats {spo2}% T {temp}", "NEWS2 {news}, BP {sbp}/{dbp}",
    "T {temp}, HR {hr}", "sats {spo2}% RA, RR {rr}", "NEWS {news}", "HR {hr}, BP {sbp}/{dbp}",
    "RR {rr}, SpO2 {spo2}%, T {temp}, HR {hr}, BP {sbp}/{dbp}, A",
]
