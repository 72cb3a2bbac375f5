"""Session 54 (deid tester X: Chinese name recall 0.74): a Mandarin name in pinyin, family name first.

"He Jun", "Hu Bo", "Xu Jing", "li na", "HU BO": a common Chinese family name, then a given name of one or two pinyin
syllables ("Jing", "Xiaoming"), written in one case (title case, capitals or lower case). Both parts are short and
some are English words ("He", "Long", "Ran"), so the pair counts only where a name is plain: neither part a common
English word, or a person's word before it ("daughter He Jun", "Mrs Li Na", "interpreter Ma Lin"), or a birth date,
an age or a bracket after it ("Hu Bo (DOB ...", "li na, aged 104"). Spans are NAME spans.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.unknown import _common

__all__ = ["pinyin_name_spans"]

_FAMILY = frozenset(["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "zhong", "dai", "cui", "fan", "qiu", "qin", "jia", "xue", "hou", "lei", "bai", "duan", "hao", "kong", "shao", "shi", "mao", "wan", "gu", "lai", "kang", "yin", "qian", "niu", "hong", "gong", "tan", "meng", "yan", "mo", "xiong", "ji", "qi", "bao", "zou", "ou", "zhan", "ning", "ling", "geng", "ran", "ruan", "qu", "xing", "mu", "ai"])
_SYLLABLES = frozenset(["a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi", "bian", "biao", "bie", "bin", "bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce", "cen", "ceng", "cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong", "chou", "chu", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou", "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "deng", "di", "dian", "diao", "die", "ding", "diu", "dong", "dou", "du", "duan", "dui", "dun", "duo", "e", "en", "er", "fa", "fan", "fang", "fei", "fen", "feng", "fo", "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou", "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han", "hang", "hao", "he", "hei", "hen", "heng", "hong", "hou", "hu", "hua", "huai", "huan", "huang", "hui", "hun", "huo", "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju", "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "ken", "keng", "kong", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang", "lao", "le", "lei", "leng", "li", "lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "long", "lou", "lu", "lv", "luan", "lue", "lun", "luo", "ma", "mai", "man", "mang", "mao", "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu", "na", "nai", "nan", "nang", "nao", "ne", "nei", "nen", "neng", "ni", "nian", "niang", "niao", "nie", "nin", "ning", "niu", "nong", "nu", "nv", "nuan", "nue", "nuo", "ou", "pa", "pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po", "pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao", "re", "ren", "reng", "ri", "rong", "rou", "ru", "ruan", "rui", "run", "ruo", "sa", "sai", "san", "sang", "sao", "se", "sen", "seng", "sha", "shai", "shan", "shang", "shao", "she", "shen", "sheng", "shi", "shou", "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun", "shuo", "si", "song", "sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang", "tao", "te", "teng", "ti", "tian", "tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun", "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yong", "you", "yu", "yuan", "yue", "yun", "za", "zai", "zan", "zang", "zao", "ze", "zei", "zen", "zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui", "zun", "zuo"])
_WORD = compile_rx(r"(?<![\w'-])[A-Za-z]{1,12}(?![\w'-])")
_PERSON_BEFORE = compile_rx(
    r"(?i:\b(?:daughter|son|niece|nephew|wife|husband|mother|father|mum|dad|sister|brother|granddaughter|grandson|aunt|uncle"
    r"|cousin|partner|interpreter|translator|patient|pt|mr|mrs|ms|miss|mx|madam|mdm|dr|nurse|rn|re|name|called|named))"
    r"\.?[ \t]*[:,-]?[ \t]*\Z")
_AFTER = compile_rx(r"[ \t]*(?:\((?i:dob|d\.o\.b|born|\d)|,[ \t]*(?:(?i:aged?|dob)\b|\d{1,3}\b)|[ \t]+(?i:aged?)\b)")


def _given(word: str) -> bool:
    """One or two pinyin syllables ("Jing", "Xiaoming")."""
    w = word.lower()
    return w in _SYLLABLES or (len(w) >= 5 and any(w[:i] in _SYLLABLES and w[i:] in _SYLLABLES for i in range(2, len(w) - 1)))


def _one_case(*words: str) -> bool:
    return all(w.isupper() for w in words) or all(w.islower() for w in words) or all(
        w[:1].isupper() and w[1:].islower() for w in words)


def pinyin_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the module doc."""
    out: list[tuple[int, int]] = []
    words = list(_WORD.finditer(text))
    for i, first in enumerate(words[:-1]):
        family = first.group(0)
        if family.lower() not in _FAMILY or (len(family) == 1 and not family.isupper()):
            continue
        parts = [first]
        for nxt in words[i + 1:i + 3]:
            gap = text[parts[-1].end():nxt.start()]
            if gap not in (" ", "\t", "-") or not _given(nxt.group(0)) or not _one_case(family, nxt.group(0)):
                break
            parts.append(nxt)
        if len(parts) < 2:
            continue
        start, end = first.start(), parts[-1].end()
        plain = not any(_common(p.group(0)) for p in parts) or (  # "Wang Xiaoming": a given name of two syllables
            len(parts) == 2 and len(parts[1].group(0)) >= 5 and not _common(parts[1].group(0)))
        cued = _PERSON_BEFORE.search(text, max(0, start - 30), start) is not None
        if plain or cued or _AFTER.match(text, end):
            out.append((start, end))
    return out
