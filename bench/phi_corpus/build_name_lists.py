"""Build the scrubber's shipped name lists from Faker locale data (dev time only).

Run: ``.venv/bin/python -m bench.phi_corpus.build_name_lists`` (needs the dev extra: faker,
english-words). The runtime scrubber reads the resulting text files and never imports
Faker. Names come from the en_US list plus the Latin-script locales in ``LIST_LOCALES``
(accents transliterated to ASCII). Until session 26, locales of the early held-out corpora were
never used, nor were other locales of their languages (since session 26 the English-speaking
ones and the Irish and Nigerian ones are: v1-v6 are development corpora): held-out v1 (en_GB, en_IE, en_AU, en_IN, en_CA) and
held-out v2 (fr_*, es_*, it_*, pt_*, pl_PL, en_NZ, yo_NG and the other Nigerian locales),
held-out v3 (en_TH, th_TH, uz_UZ, ga_IE, ru_RU, uk_UA, bg_BG, mk_MK), held-out v4 (ja_JP,
zh_CN, zh_TW, el_GR, el_CY, ka_GE, hy_AM) and held-out v5 (ne_NP, hi_IN, mr_IN, ko_KR; also the
other Indic-script locales bn_BD, gu_IN, or_IN, ta_IN, si_LK, which share its names) and
held-out v6 (ar_AA and the other ar_* locales, fa_IR, he_IL, ha_NG, ig_NG).
Names outside en_US that are also lower-case English words (web2 word list) are written to
``ambiguous_extra.txt``: they count only next to another name or in a name context.
``english_words.txt`` (every lower-case web2 word of 3+ letters) is what the unknown-word
name recogniser treats as "a known English word, not a name"; ``english_common.txt`` (those
with a wordfreq Zipf frequency >= 2.5) tells common words from rare ones ("Roka", "Anan"),
which count as names mid-sentence or next to another name.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from english_words import get_english_words_set
from faker import Faker

__all__ = ["LATER_LOCALES", "LIST_LOCALES", "build_english", "main"]

COMMON_ZIPF = 2.5
# session 52 (deid tester H: "Baby: Arjun born", "Rohan presented as quiet", "Jayden (9) and Ruby (6) Pereira"): wordfreq
# counts a name's own use, so a common given name or surname of these locales scored as a common English word and was left
# out. These, read one by one, are names first (no word a note capitalises: not "Iris", "Flora", "Barlow", "Petit"; no
# tree a ward, a place or a service is named for: not "Willow Ward", "Rowan", "Magnolia", "Aurora", "PIPER Neonatal"); being
# also web2 words they are listed as ambiguous (a name next to another name or in a name's context only)
NAMES_NOT_WORDS = frozenset(["Alba", "Alexia", "Alfonso", "Allan", "Alma", "Ambrose", "Amelia", "Ani", "Aria", "Arjun", "Aurelia", "Ava", "Beau", "Ben", "Benedict", "Benn", "Blanca", "Bodhi", "Brogan", "Camilla", "Carina", "Catalina", "Celeste", "Clement", "Clive", "Cora", "Corinne", "Corrie", "Demi", "Emmet", "Ethel", "Felicity", "Filippo", "Florence", "Frazer", "Ganga", "Garret", "Gemma", "Hazel", "Irene", "Jasper", "Josh", "Julio", "Kai", "Kala", "Kamala", "Kay", "Kiri", "Liana", "Lily", "Lina", "Lino", "Lionel", "Lucy", "Lupe", "Manus", "Marcel", "Marcella", "Marcello", "Margarita", "Marguerite", "Marina", "Maya", "Mel", "Mila", "Milo", "Mollie", "Mona", "Noa", "Noel", "Otto", "Pablo", "Paco", "Paolo", "Paschal", "Patrice", "Peyton", "Phoebe", "Pia", "Pilar", "Pina", "Poppy", "Reina", "Ria", "Rishi", "Rohan", "Roque", "Rory", "Rosemary", "Ruby", "Ryder", "Sabina", "Sabine", "Sai", "Salma", "Salomon", "Sam", "Sancho", "Shay", "Sienna", "Stella", "Stephane", "Sylvester", "Tai", "Tania", "Therese", "Toby", "Tui", "Vera", "Yan", "Zac", "Zak", "Agarwal", "Atchison", "Babu", "Bain", "Beal", "Begum", "Bennet", "Bibi", "Bogan", "Bosch", "Boucher", "Burt", "Camus", "Canning", "Carlin", "Cartwright", "Chamberlain", "Chevalier", "Conte", "Cordoba", "Cote", "Cotter", "Craven", "Crawley", "Davy", "Dewan", "Dixit", "Dobson", "Dodd", "Dooley", "Dowd", "Dunne", "Fanning", "Farina", "Finch", "Fleury", "Foy", "Garibaldi", "Garland", "Garvey", "Gibbon", "Goddard", "Goff", "Greenwood", "Hastings", "Hayward", "Hidalgo", "Jackman", "Jerez", "Joshi", "Laine", "Lees", "Leger", "Lira", "Lobo", "Lombard", "Mani", "Marconi", "Martel", "Mellon", "Miro", "Mitra", "Morel", "Morin", "Moulin", "Muir", "Muller", "Mulligan", "Naik", "Needham", "Pardo", "Parkin", "Parry", "Pereira", "Peres", "Pickering", "Pinto", "Pringle", "Quin", "Rafter", "Raja", "Rana", "Rath", "Ravel", "Raya", "Reddy", "Reis", "Rutherford", "Samson", "Sarkar", "Serra", "Sherlock", "Slater", "Slattery", "Smyth", "Somers", "Steed", "Tait", "Talbot", "Thakur", "Vela", "Vila", "Wali", "Waugh", "Weir", "Wren"])
# street suffixes Faker's en_US list lacks (session 44: "Broadway", "Kingsway")
# session 53 (deid tester Q): street words of the UK, Ireland and Australia that Faker's locales lack ("111 meadowbrook lawns",
# "14 glen wynd"); not Rise, Gate, Fold or Vale ("a 3 fold rise" is no street)
EXTRA_SUFFIXES = ("Broadway", "Kingsway", "Lawns", "Wynd", "Close", "Chase", "Parade", "Esplanade", "Quay", "Wharf", "Circuit",
                  "Garth", "Brae", "Croft")
DATA = Path(__file__).resolve().parents[2] / "processors" / "deid" / "data"
LIST_LOCALES = [
    "en_US", "en_PH", "en_PK", "en_KE", "en_BD", "de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE",
    "da_DK", "no_NO", "sv_SE", "fi_FI", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI",
    "lt_LT", "lv_LV", "et_EE", "tr_TR", "id_ID", "fil_PH", "zu_ZA", "tw_GH", "az_AZ", "sq_AL",
    "mt_MT", "is_IS", "vi_VN", "sw",
]  # fmt: skip
# session 26: the English-speaking hospitals' own names (Callum, Declan, Aoife, Siobhan, Hemi, Shweta,
# Nneka were missing); the early held-out corpora v1-v6 that drew from these locales have been
# development corpora since session 2 (their scores rose with this change). A name of these locales
# that is also a common English word ("Date", "More", "Fall", "Low") is left out: the word reading wins
LATER_LOCALES = [
    "en_GB", "en_IE", "ga_IE", "en_NZ", "en_IN", "yo_NG", "ig_NG", "ha_NG",
    "es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR", "pt_PT", "fr_FR", "fr_CA", "it_IT", "pl_PL",
]  # fmt: skip


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _names(values: object) -> set[str]:
    out: set[str] = set()
    for v in values:  # type: ignore[attr-defined]
        for part in _ascii(str(v)).replace("-", " ").split():
            if part.replace("'", "").isalpha() and part.isascii() and len(part) >= 2:
                out.add(part)
    return out


def build_english() -> int:
    words = sorted(
        w for w in get_english_words_set(["web2"], lower=False)
        if w.islower() and w.isalpha() and w.isascii() and len(w) >= 3
    )  # fmt: skip
    header = "# generated by bench/phi_corpus/build_name_lists.py from english-words web2 (MIT)\n"
    (DATA / "english_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    from wordfreq import zipf_frequency  # dev extra, build time only

    common = [w for w in words if zipf_frequency(w, "en") >= COMMON_ZIPF]
    header = f"# generated by bench/phi_corpus/build_name_lists.py: web2 words with wordfreq Zipf >= {COMMON_ZIPF} (MIT / Apache-2.0)\n"
    (DATA / "english_common.txt").write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    return len(words)


def main() -> None:
    first: set[str] = set()
    last: set[str] = set()
    us_names: set[str] = set()
    from wordfreq import zipf_frequency  # dev extra, build time only

    english = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    clinical = {w.strip().lower() for name in ("clinical_abbrev.txt", "clinical_words.txt", "clinical_vocab.txt", "drug_lexicon.txt")
                for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}

    countries = {c.lower() for c in Faker("en_US").provider("faker.providers.address").countries}  # type: ignore[attr-defined]

    def word_first(n: str) -> bool:  # a common lower-case English word ("Date", "More", "Fall") or a country ("Poland")
        k = n.lower()
        if n in NAMES_NOT_WORDS:
            return False
        return (k in english and zipf_frequency(k, "en") >= COMMON_ZIPF and k not in us_names) or k in countries

    for loc in LIST_LOCALES + LATER_LOCALES:
        person = Faker(loc).provider("faker.providers.person")
        f = _names(getattr(person, "first_names", []))
        # session 48: Polish surnames are in unisex_last_names / male_last_names (3,890 names; "Kowalski", "Zielinski"
        # were missing), Yoruba ones in last_names_male / last_names_female as well
        la = _names(getattr(person, "last_names", []))
        for attr in ("unisex_last_names", "male_last_names", "female_last_names", "last_names_male", "last_names_female"):
            # five letters at least and no clinical word: Polish "Proc", "Pres" are a note's "Proc:" and "Pres ceph"
            la |= {n for n in _names(getattr(person, attr, [])) if len(n) >= 5 and n.lower() not in clinical}
        if loc in LATER_LOCALES:
            f = {n for n in f if not word_first(n)}
            la = {n for n in la if not word_first(n)}
        first |= {n for n in f if n[0].isupper()}
        last |= {n for n in la if n[0].isupper()}
        if loc == "en_US":
            us_names = {n.lower() for n in f | la}
    address = Faker("en_US").provider("faker.providers.address")
    suffixes = sorted(set(address.street_suffixes)) + list(EXTRA_SUFFIXES)  # type: ignore[attr-defined]
    extra_amb = sorted(
        n for n in {x.lower() for x in first | last} if n in english and n not in us_names
    )
    header = f"# generated by bench/phi_corpus/build_name_lists.py from Faker {', '.join(LIST_LOCALES + LATER_LOCALES)} (MIT)\n"
    (DATA / "first_names.txt").write_text(header + "\n".join(sorted(first)) + "\n", encoding="utf-8")
    (DATA / "surnames.txt").write_text(header + "\n".join(sorted(last)) + "\n", encoding="utf-8")
    (DATA / "street_suffixes.txt").write_text(header + "\n".join(suffixes) + "\n", encoding="utf-8")
    (DATA / "ambiguous_extra.txt").write_text(
        header + "# names that are also lower-case English words (web2)\n" + "\n".join(extra_amb) + "\n",
        encoding="utf-8",
    )
    n_english = build_english()
    print(f"{n_english} English words")
    print(f"{len(first)} first names, {len(last)} surnames, {len(extra_amb)} ambiguous extra")


if __name__ == "__main__":
    main()
