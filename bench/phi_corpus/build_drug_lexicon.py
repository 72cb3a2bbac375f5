"""Build the scrubber's shipped drug lexicon from `drug-named-entity-recognition` (dev time only).

Run: ``.venv/bin/python -m bench.phi_corpus.build_drug_lexicon`` (needs the dev extra). The
package (MIT licence) ships a dictionary of ~107,000 drug name variants, generic and brand,
from DrugBank, MeSH, NHS and Wikipedia data; the runtime scrubber reads the resulting text file
(``processors/deid/data/drug_lexicon.txt``) and never imports the package.

Kept: single-word variants of 4+ letters (letters and inner hyphens only). Left out: words of
the shipped first-name and surname lists ("Allegra" is a drug and a given name: a name there
is still found as a name), and months and weekdays. The clinical-token guard cuts these words
out of NAME spans, so "Pt takes Tylenol and Motrin, no Coumadin" keeps its drugs.
"""

from __future__ import annotations

import bz2
import pickle
import re
from importlib import resources
from pathlib import Path

__all__ = ["build", "main"]

DATA = Path(__file__).resolve().parents[2] / "processors" / "deid" / "data"
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
_CALENDAR = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _names() -> frozenset[str]:
    out: set[str] = set()
    for name in ("first_names.txt", "surnames.txt", "ambiguous_names.txt", "ambiguous_extra.txt"):
        text = (DATA / name).read_text("utf-8")
        out.update(w.lower() for ln in text.splitlines() if not ln.startswith("#") for w in ln.split())
    return frozenset(out)


def build() -> list[str]:
    src = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with src.open("rb") as raw, bz2.open(raw) as fh:
        variants = pickle.load(fh)["drug_variant_to_canonical"]
    names = _names()
    return sorted(
        v for v in variants
        if len(v) >= 4 and _WORD.fullmatch(v) and v not in names and v not in _CALENDAR
    )


def main() -> None:
    words = build()
    header = (
        "# drug names (generic and brand, single words) from the drug-named-entity-recognition\n"
        "# package (MIT licence), built by bench/phi_corpus/build_drug_lexicon.py; words of the\n"
        "# shipped name lists are left out. The clinical-token guard never lets a NAME span cover one.\n"
    )
    (DATA / "drug_lexicon.txt").write_text(header + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} drug words -> {DATA / 'drug_lexicon.txt'}")


if __name__ == "__main__":
    main()
