"""Drug ingredients and the classes the rules use (reference/clinical.md section 4).

Rules match on RxNorm *ingredient* RXCUIs. Product-level codes (SCD/SBD) are mapped to
ingredients by the FHIR medication extractor (processors/fhir); an unmapped product is an
"unknown drug", never "no drug". Rows marked unverified in the reference are configurable
defaults, not facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "BRAND_NAMES",
    "CLASS_GROUPS",
    "INGREDIENTS",
    "Ingredient",
    "classes_of",
    "find_ingredients_in_text",
    "in_class",
    "ingredient_by_name",
]


@dataclass(frozen=True)
class Ingredient:
    rxcui: str
    name: str
    classes: frozenset[str]
    verified: bool = True
    synonyms: tuple[str, ...] = ()


def _i(rxcui: str, name: str, *classes: str, verified: bool = True, syn: tuple[str, ...] = ()) -> Ingredient:
    return Ingredient(rxcui, name, frozenset(classes), verified, syn)


_ROWS: tuple[Ingredient, ...] = (
    _i("29046", "lisinopril", "ace_inhibitor"),
    _i("3827", "enalapril", "ace_inhibitor"),
    _i("35296", "ramipril", "ace_inhibitor"),
    _i("52175", "losartan", "arb"),
    _i("69749", "valsartan", "arb"),
    # Other ACE inhibitors / ARBs / ARNI: ingredient RXCUIs from VSAC "ACE Inhibitor or ARB or ARNI
    # Ingredient" (2.16.840.1.113883.3.526.3.1489; eCQM Update 2021-05-06 and 2025-05-08 expansions
    # as published in public code). Sacubitril products also carry valsartan (an ARB).
    _i("1998", "captopril", "ace_inhibitor", verified=False),
    _i("18867", "benazepril", "ace_inhibitor", verified=False),
    _i("35208", "quinapril", "ace_inhibitor", verified=False),
    _i("54552", "perindopril", "ace_inhibitor", verified=False),
    _i("38454", "trandolapril", "ace_inhibitor", verified=False),
    _i("50166", "fosinopril", "ace_inhibitor", verified=False),
    _i("30131", "moexipril", "ace_inhibitor", verified=False),
    _i("214354", "candesartan", "arb", verified=False),
    _i("83818", "irbesartan", "arb", verified=False),
    _i("73494", "telmisartan", "arb", verified=False),
    _i("321064", "olmesartan", "arb", verified=False),
    _i("1091643", "azilsartan", "arb", verified=False),
    _i("83515", "eprosartan", "arb", verified=False),
    _i("1656328", "sacubitril", "arni", verified=False),
    _i("9997", "spironolactone", "mra"),
    _i("298869", "eplerenone", "mra"),
    # session 27 (black-box tester): the other potassium-sparing diuretics (DESIGN.md 7: "K-sparing"),
    # grouped with the MRAs as clinical.md's "MRA / K-sparing" row does; secondary sources
    _i("644", "amiloride", "mra", verified=False),
    _i("10763", "triamterene", "mra", verified=False),
    _i("8591", "potassium chloride", "potassium_supplement", verified=False),
    _i("11289", "warfarin", "vitamin_k_antagonist"),
    _i("5224", "heparin", "heparin"),
    _i("67108", "enoxaparin", "heparin", verified=False),
    # session 15 (black-box tester): the other low-molecular-weight heparins in UK and European use
    _i("67109", "dalteparin", "heparin", verified=False),
    _i("69528", "tinzaparin", "heparin", verified=False),
    _i("1364430", "apixaban", "doac", verified=False),
    _i("1114195", "rivaroxaban", "doac", verified=False),
    _i("1037042", "dabigatran", "doac", verified=False),
    _i("6809", "metformin", "biguanide"),
    _i("4821", "glipizide", "sulfonylurea"),
    _i("4815", "glyburide", "sulfonylurea", syn=("glibenclamide",)),
    _i("25789", "glimepiride", "sulfonylurea"),
    # the usual UK / European sulfonylurea; no RxNorm ingredient code known offline: keyed by name
    # ("ww-" codes are matched by name only and carry no RxNorm system in a DetectedIssue)
    _i("ww-gliclazide", "gliclazide", "sulfonylurea", verified=False),
    _i("6918", "metoprolol", "beta_blocker"),
    _i("1202", "atenolol", "beta_blocker"),
    _i("19484", "bisoprolol", "beta_blocker"),
    _i("20352", "carvedilol", "beta_blocker"),
    # Other beta-blockers: VSAC "Beta Blocker Therapy Ingredient" (2.16.840.1.113883.3.526.3.1493;
    # eCQM Update 2021-05-06 and 2025-05-08 expansions as published in public code).
    _i("8787", "propranolol", "beta_blocker", verified=False),
    _i("7226", "nadolol", "beta_blocker", verified=False),
    _i("6185", "labetalol", "beta_blocker", verified=False),
    _i("31555", "nebivolol", "beta_blocker", verified=False),
    _i("9947", "sotalol", "beta_blocker", verified=False),
    _i("10600", "timolol", "beta_blocker", verified=False),
    _i("8332", "pindolol", "beta_blocker", verified=False),
    _i("149", "acebutolol", "beta_blocker", verified=False),
    _i("1520", "betaxolol", "beta_blocker", verified=False),
    _i("49737", "esmolol", "beta_blocker", verified=False),
    _i("3407", "digoxin", "digoxin"),
    _i("17767", "amlodipine", "ccb_dhp"),
    _i("3443", "diltiazem", "ccb_non_dhp", verified=False),
    _i("11170", "verapamil", "ccb_non_dhp", verified=False),
    _i("4603", "furosemide", "loop_diuretic"),
    _i("5487", "hydrochlorothiazide", "thiazide_diuretic"),
    _i("5640", "ibuprofen", "nsaid"),
    _i("7258", "naproxen", "nsaid"),
    _i("3355", "diclofenac", "nsaid"),
    _i("140587", "celecoxib", "nsaid"),
    _i("1191", "aspirin", "nsaid", syn=("acetylsalicylic acid",)),
    _i("11124", "vancomycin", "nephrotoxic_antibiotic", verified=False),
    _i("4413", "gentamicin", "nephrotoxic_antibiotic", "aminoglycoside", verified=False),
    _i("7052", "morphine", "opioid"),
    _i("7804", "oxycodone", "opioid"),
    _i("4337", "fentanyl", "opioid"),
    _i("6813", "methadone", "opioid"),
    _i("3423", "hydromorphone", "opioid", verified=False),
    _i("7242", "naloxone", "opioid_antagonist"),
    # session 27 (black-box tester): the other opioids a ward gives (clinical.md lists five; the rule
    # is about any opioid's respiratory depression). RXCUIs from RxNorm, secondary sources;
    # diamorphine (UK) and dihydrocodeine keyed by name.
    _i("2670", "codeine", "opioid", verified=False),
    _i("10689", "tramadol", "opioid", verified=False),
    _i("1819", "buprenorphine", "opioid", verified=False),
    _i("6754", "meperidine", "opioid", verified=False, syn=("pethidine",)),
    _i("787390", "tapentadol", "opioid", verified=False),
    _i("73032", "remifentanil", "opioid", verified=False),
    _i("5489", "hydrocodone", "opioid", verified=False),
    _i("7814", "oxymorphone", "opioid", verified=False),
    _i("56795", "sufentanil", "opioid", verified=False),
    _i("480", "alfentanil", "opioid", verified=False),
    _i("ww-diamorphine", "diamorphine", "opioid", verified=False),
    _i("ww-dihydrocodeine", "dihydrocodeine", "opioid", verified=False),
    _i("5093", "haloperidol", "qt_prolonging"),
    _i("26225", "ondansetron", "qt_prolonging"),
    _i("2556", "citalopram", "qt_prolonging"),
    _i("82122", "levofloxacin", "qt_prolonging"),
    _i("2551", "ciprofloxacin", "qt_prolonging"),
    _i("703", "amiodarone", "qt_prolonging", verified=False),
    # Not in any rule's class: drugs that most often cause drug rashes and allergic reactions
    # (note.rash_new_drug takes any known drug started within its window). Secondary sources.
    _i("723", "amoxicillin", "antibiotic", verified=False),
    _i("7980", "penicillin G", "antibiotic", verified=False, syn=("benzylpenicillin",)),
    _i("7984", "penicillin V", "antibiotic", verified=False, syn=("phenoxymethylpenicillin",)),
    _i("2193", "ceftriaxone", "antibiotic", verified=False),
    _i("2180", "cefazolin", "antibiotic", verified=False),
    _i("2231", "cephalexin", "antibiotic", verified=False, syn=("cefalexin",)),
    _i("10180", "sulfamethoxazole", "antibiotic", verified=False),
    _i("10829", "trimethoprim", "antibiotic", verified=False),
    _i("2582", "clindamycin", "antibiotic", verified=False),
    _i("18631", "azithromycin", "antibiotic", verified=False),
    _i("3640", "doxycycline", "antibiotic", verified=False),
    _i("6922", "metronidazole", "antibiotic", verified=False),
    _i("7454", "nitrofurantoin", "antibiotic", verified=False),
    # session 15 (black-box tester): more of the usual rash culprits (penicillins, cephalosporins,
    # macrolides) named in docs/rules.md. Secondary sources; flucloxacillin keyed by name.
    _i("733", "ampicillin", "antibiotic", verified=False),
    _i("8339", "piperacillin", "antibiotic", verified=False),
    _i("ww-flucloxacillin", "flucloxacillin", "antibiotic", verified=False, syn=("floxacillin",)),
    _i("2194", "cefuroxime", "antibiotic", verified=False),
    _i("21212", "clarithromycin", "antibiotic", verified=False),
    _i("4053", "erythromycin", "antibiotic", verified=False),
    _i("519", "allopurinol", "xanthine_oxidase_inhibitor", verified=False),
    _i("2002", "carbamazepine", "anticonvulsant", verified=False),
    _i("8183", "phenytoin", "anticonvulsant", verified=False),
    _i("28439", "lamotrigine", "anticonvulsant", verified=False),
    # Insulin: the reference lists only product codes; ingredient codes are unverified.
    _i("5856", "insulin", "insulin", verified=False, syn=("insulin human", "insulin glargine",
       "insulin lispro", "insulin aspart", "insulin detemir", "insulin isophane", "humulin", "novolin")),
)

INGREDIENTS: dict[str, Ingredient] = {row.rxcui: row for row in _ROWS}

# Derived classes used by the rules (reference section 4, last paragraph).
CLASS_GROUPS: dict[str, frozenset[str]] = {
    "ace_inhibitor": frozenset({"ace_inhibitor"}),
    "arb": frozenset({"arb"}),
    "antihypertensive": frozenset({"ace_inhibitor", "arb", "arni", "mra", "beta_blocker", "ccb_dhp",
                                   "ccb_non_dhp", "loop_diuretic", "thiazide_diuretic"}),
    "rate_control": frozenset({"beta_blocker", "digoxin", "ccb_non_dhp"}),
    "anticoagulant": frozenset({"vitamin_k_antagonist", "heparin", "doac"}),
    "raas_potassium": frozenset({"ace_inhibitor", "arb", "arni", "mra", "potassium_supplement"}),
    "nephrotoxic": frozenset({"nsaid", "nephrotoxic_antibiotic", "aminoglycoside",
                              "ace_inhibitor", "arb", "biguanide"}),
    "opioid": frozenset({"opioid"}),
    "qt_prolonging": frozenset({"qt_prolonging"}),
    "warfarin": frozenset({"vitamin_k_antagonist"}),
    "nsaid": frozenset({"nsaid"}),
    "heparin": frozenset({"heparin"}),
    "metformin": frozenset({"biguanide"}),
    "hypoglycemic": frozenset({"insulin", "sulfonylurea"}),
}


def classes_of(rxcui: str) -> frozenset[str]:
    """Base classes of one ingredient RXCUI (empty for unknown)."""
    row = INGREDIENTS.get(rxcui)
    return row.classes if row else frozenset()


def in_class(rxcui: str, group: str) -> bool:
    """True when the ingredient belongs to the derived class group (see CLASS_GROUPS)."""
    return bool(classes_of(rxcui) & CLASS_GROUPS[group])


_NAME_INDEX: dict[str, str] = {}
for _row in _ROWS:  # lower-case keys: text is matched case-blind ("penicillin V" raised a KeyError before)
    _NAME_INDEX[_row.name.lower()] = _row.rxcui
    for _syn in _row.synonyms:
        _NAME_INDEX[_syn.lower()] = _row.rxcui

# Brand and other-country names -> the ingredients they contain (session 7: feeds write
# "Coumadin 5 MG", "Lasix 40 mg", "frusemide"; each brand's generic is on its label). Only
# drugs the rules use; matched like ingredient names, as whole words in display / text.
BRAND_NAMES: dict[str, tuple[str, ...]] = {
    "zestril": ("lisinopril",), "prinivil": ("lisinopril",), "qbrelis": ("lisinopril",),
    "vasotec": ("enalapril",), "altace": ("ramipril",), "cozaar": ("losartan",),
    "diovan": ("valsartan",), "entresto": ("sacubitril", "valsartan"),
    "aldactone": ("spironolactone",), "inspra": ("eplerenone",),
    "coumadin": ("warfarin",), "jantoven": ("warfarin",), "marevan": ("warfarin",),
    "lovenox": ("enoxaparin",), "clexane": ("enoxaparin",), "eliquis": ("apixaban",),
    "xarelto": ("rivaroxaban",), "pradaxa": ("dabigatran",),
    "glucophage": ("metformin",), "glucotrol": ("glipizide",), "amaryl": ("glimepiride",),
    "lopressor": ("metoprolol",), "toprol": ("metoprolol",), "tenormin": ("atenolol",),
    "coreg": ("carvedilol",), "lanoxin": ("digoxin",), "norvasc": ("amlodipine",),
    "cardizem": ("diltiazem",), "calan": ("verapamil",), "isoptin": ("verapamil",),
    "lasix": ("furosemide",), "frusemide": ("furosemide",), "hctz": ("hydrochlorothiazide",),
    "advil": ("ibuprofen",), "motrin": ("ibuprofen",), "nurofen": ("ibuprofen",),
    "aleve": ("naproxen",), "naprosyn": ("naproxen",), "voltaren": ("diclofenac",),
    "celebrex": ("celecoxib",), "asa": ("aspirin",),
    "vancocin": ("vancomycin",), "oxycontin": ("oxycodone",), "roxicodone": ("oxycodone",),
    "duragesic": ("fentanyl",), "sublimaze": ("fentanyl",), "dilaudid": ("hydromorphone",),
    "narcan": ("naloxone",), "haldol": ("haloperidol",), "zofran": ("ondansetron",),
    "celexa": ("citalopram",), "levaquin": ("levofloxacin",), "cipro": ("ciprofloxacin",),
    "cordarone": ("amiodarone",), "pacerone": ("amiodarone",),
    "lantus": ("insulin",), "humalog": ("insulin",), "novolog": ("insulin",),
    "novorapid": ("insulin",), "levemir": ("insulin",), "basaglar": ("insulin",),
    "tresiba": ("insulin",),
    # session 15 (black-box tester): UK brands and combination names of drugs the rules use
    "fragmin": ("dalteparin",), "innohep": ("tinzaparin",), "diamicron": ("gliclazide",),
    "oramorph": ("morphine",), "zomorph": ("morphine",), "sevredol": ("morphine",), "mst": ("morphine",),
    "ms contin": ("morphine",), "oxynorm": ("oxycodone",), "percocet": ("oxycodone",),
    "co-amoxiclav": ("amoxicillin",), "augmentin": ("amoxicillin",),
    "co-trimoxazole": ("sulfamethoxazole", "trimethoprim"), "cotrimoxazole": ("sulfamethoxazole", "trimethoprim"),
    "bactrim": ("sulfamethoxazole", "trimethoprim"), "septrin": ("sulfamethoxazole", "trimethoprim"),
    "tazocin": ("piperacillin",), "zosyn": ("piperacillin",), "klaricid": ("clarithromycin",),
    "biaxin": ("clarithromycin",), "zinnat": ("cefuroxime",), "floxapen": ("flucloxacillin",),
    # session 27 (black-box tester): K-sparing combinations, potassium supplements, other opioids
    "co-amilofruse": ("amiloride", "furosemide"), "frumil": ("amiloride", "furosemide"),
    "co-amilozide": ("amiloride", "hydrochlorothiazide"), "moduretic": ("amiloride", "hydrochlorothiazide"),
    "midamor": ("amiloride",), "dyrenium": ("triamterene",), "dyazide": ("triamterene", "hydrochlorothiazide"),
    "maxzide": ("triamterene", "hydrochlorothiazide"), "sando-k": ("potassium chloride",),
    "slow-k": ("potassium chloride",), "klor-con": ("potassium chloride",),
    "co-codamol": ("codeine",), "co-dydramol": ("dihydrocodeine",), "tylenol with codeine": ("codeine",),
    "zydol": ("tramadol",), "tramal": ("tramadol",), "ultram": ("tramadol",), "palexia": ("tapentadol",),
    "nucynta": ("tapentadol",), "demerol": ("meperidine",), "subutex": ("buprenorphine",),
    "suboxone": ("buprenorphine", "naloxone"), "butrans": ("buprenorphine",), "temgesic": ("buprenorphine",),
    "vicodin": ("hydrocodone",), "norco": ("hydrocodone",), "ultiva": ("remifentanil",),
}
_BY_NAME = {name: (rxcui,) for name, rxcui in _NAME_INDEX.items()} | {
    brand: tuple(_NAME_INDEX[g.lower()] for g in generics) for brand, generics in BRAND_NAMES.items()
}

# Longest names first so "insulin glargine" wins over "insulin".
_NAME_RE = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def ingredient_by_name(name: str) -> str | None:
    return _NAME_INDEX.get(name.strip().lower())


def find_ingredients_in_text(text: str) -> tuple[str, ...]:
    """Ingredient RXCUIs named as whole words in a display/text ("lisinopril 10 MG Oral Tablet")."""
    found: list[str] = []
    for match in _NAME_RE.finditer(text):
        for rxcui in _BY_NAME[match.group(1).lower()]:
            if rxcui not in found:
                found.append(rxcui)
    return tuple(found)
