"""Session 11 (black-box CLI tester): names, ages, dates and phones written in other scripts.

The Latin recognisers see letters of other scripts as U+00B7 (``normalise``); this module
reads them, on the composed text:

- in a note written mostly in Latin script (as many words of it as of other scripts), every
  run of words in another script is taken as a name: the recognisers cannot read it, and in
  an English-language note such words are names, addresses or quoted speech
  ("Mr \u738b\u5c0f\u660e", "wife \u041c\u0430\u0440\u0438\u044f");
- in a note written mostly in another script, the words after a title, a relation or a name
  label (English or the script's own: "\u0424\u0418\u041e:", "\u59d3\u540d", "\u0627\u0644\u0627\u0633\u0645", "\u05e9\u05dd", "\u0928\u093e\u092e"), the name before a
  CJK honorific ("\u738b\u5c0f\u660e\u5148\u751f"), capitalised Cyrillic, Greek and Armenian words other than
  the first of a sentence (those scripts capitalise only names there), ages over 89 before the
  script's word for years, dates with native month words, and Russian phone numbers.

A note in another language keeps its other words: the findings model reads English only and
the patient's own identifiers are matched as well (``scrub._token_spans``).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.normalise import CJK_CHARS, SCRIPT_CHARS

__all__ = ["CLOCK", "cjk_runs", "number_spans", "script_spans"]

_S = f"[{SCRIPT_CHARS}]"
_RUN = compile_rx(rf"{_S}+(?:[ \t]*[-'\u2019.]?[ \t]*{_S}+)*")
_WORD = compile_rx(rf"{_S}+")
_LATIN_WORD = compile_rx(r"(?<![\[A-Za-z\u00c0-\u00ff])[A-Za-z\u00c0-\u00ff]{2,}")  # not a placeholder's
_PLACEHOLDER = compile_rx(r"\[[A-Z]+\]")
_CJK = CJK_CHARS
_CJK_RUN = compile_rx(f"[{_CJK}]+")
_CASED_UPPER = compile_rx("[\u0391-\u03a9\u0400-\u042f\u0531-\u0556]")
_CASED_LOWER = compile_rx("[\u03ac-\u03ce\u0430-\u045f\u0561-\u0587]")
_LABEL_MARK = compile_rx("[:\uff1a\u2014\u2013-]")

# titles, relations and name labels before a name; case-insensitive, a word of their own
_LEAD = compile_rx(
    r"(?i:(?<![^\W\d_])(?:"
    r"dr|mr|mrs|ms|miss|mx|prof|sr|nurse|wife|husband|daughter|son|mother|father|brother|sister"
    r"|partner|name|patient|pt|seen[ \t]+by|by"
    r"|\u0434-\u0440|\u0434\u0440|\u0434\u043e\u043a\u0442\u043e\u0440|\u0432\u0440\u0430\u0447\u0430?"
    r"|\u043c\u0435\u0434\u0441\u0435\u0441\u0442\u0440\u0430|\u0436\u0435\u043d\u0430|\u043c\u0443\u0436"
    r"|\u0434\u043e\u0447\u044c|\u0441\u044b\u043d|\u043c\u0430\u0442\u044c|\u043e\u0442\u0435\u0446"
    r"|\u0431\u0440\u0430\u0442|\u0441\u0435\u0441\u0442\u0440\u0430|\u043f\u0430\u0446\u0438\u0435\u043d\u0442\u043a\u0430"
    r"|\u043f\u0430\u0446\u0438\u0435\u043d\u0442|\u0431\u043e\u043b\u044c\u043d\u043e\u0439|\u0431\u043e\u043b\u044c\u043d\u0430\u044f"
    r"|\u0438\u043c\u044f|\u0444\u0438\u043e|\u0433\u0440|\u0433-\u043d|\u0433-\u0436\u0430"
    r"|\u03b4\u03c1|\u03ba|\u03ba\u03b1|\u03ba\u03bf\u03c2|\u03cc\u03bd\u03bf\u03bc\u03b1|\u03b1\u03c3\u03b8\u03b5\u03bd\u03ae\u03c2"
    r"|\u03c3\u03cd\u03b6\u03c5\u03b3\u03bf\u03c2|\u03b3\u03b9\u03b1\u03c4\u03c1\u03cc\u03c2"
    r"|\u0627\u0644\u0627\u0633\u0645|\u0627\u0633\u0645|\u0627\u0644\u0645\u0631\u064a\u0636\u0629?|\u062f"
    r"|\u0627\u0644\u062f\u0643\u062a\u0648\u0631|\u0627\u0644\u0633\u064a\u062f\u0629?|\u0632\u0648\u062c\u0629?"
    r"|\u0627\u0628\u0646\u0629?"
    r"|\u05e9\u05dd|\u05d3\"\u05e8|\u05d3\u05f4\u05e8|\u05de\u05e8|\u05d2\u05d1'|\u05de\u05d8\u05d5\u05e4\u05dc\u05ea?"
    r"|\u05d0\u05e9\u05ea|\u05d1\u05e2\u05dc|\u05d1\u05ea|\u05d1\u05df"
    r"|\u0928\u093e\u092e|\u0921\u0949|\u0936\u094d\u0930\u0940|\u0936\u094d\u0930\u0940\u092e\u0924\u0940"
    r"|\u092e\u0930\u0940\u091c\u093c?|\u092a\u0924\u094d\u0928\u0940|\u092a\u0924\u093f"
    # session 11 (CLI tester): relations, roles and name labels in more scripts
    r"|ابنته|ابنه|زوجته|زوجها|والدته|والده|أخته|أخوه"  # Arabic: his daughter, son, wife ...
    r"|בתו|בנו|אשתו|בעלה|אמו|אביו|ד״ר|גב׳|המטופל|המטופלת|מטופל|מטופלת|האחות|והאחות|אחות|הרופא|רופא"  # Hebrew
    r"|श्रीमान|बेटी|बेटा|नाम:|रोगी|पुत्र|पुत्री|मरीज"  # Hindi: Mr, daughter, son, patient
    r"|பெயர்|ስም|სახელი|გვარი|ชื่อ|คุณ|성명|보호자|간호사|담당의|딸|아들|남편|아내"  # Tamil, Amharic, Georgian, Thai, Korean
    r")(?![^\W\d_])\.?"
    r"(?:[ \t]+(?:пациента|пациентки|больного|больной))?[ \t]*[:\-\u2013\u2014]?[ \t]*"
    r"|(?:\u59d3\u540d|\u540d\u5b57|\u60a3\u8005|\u75c5\u4eba|\u6c0f\u540d|\ud658\uc790|\uc774\ub984"
    r"|女儿|儿子|妻子|丈夫|母亲|父亲|家属|联系人|责任护士|主治医师|主治医生|担当医|主治医|看護師|家族)[ \t]*[:\uff1a]?[ \t]*"
    r"|(?:\u533b\u751f|\u91ab\u751f|\u533b\u5e2b|\uc758\uc0ac|护士|医师)[ \t]*[:\uff1a][ \t]*)"  # doctor: only as a label
)
_CJK_NAME_AFTER = compile_rx(f"[{_CJK}]{{1,4}}")  # 4: Japanese "山田太郎"
# honorifics after a CJK name: Mr / Ms / Miss / Mrs / doctor / san / sama / nim / ssi
_HONORIFIC = compile_rx(
    "(?:护士|大夫|教授|主任|老师|医师|君|ちゃん|교수|간호사|선생님"  # session 11: roles after the name
    "|\u5148\u751f|\u5973\u58eb|\u5c0f\u59d0|\u592a\u592a|\u533b\u751f|\u91ab\u751f|\u3055\u3093|\u69d8|\u6c0f"
    "|\ub2d8|\uc528)"
)
_AGE = compile_rx(
    r"(?:(?<=בת )|(?<=בן ))(9\d|1[0-2]\d)(?!\d)"  # Hebrew "aged 95" (daughter / son of 95)
    r"|(?<!\d)(9\d|1[0-2]\d)[ \t]*(?:-?летн|살|\u043b\u0435\u0442|\u0433\u043e\u0434\u0430|\u0433\u043e\u0434"
    r"|\u5c81|\u6b72|\u6b73|\uc138|\u0633\u0646\u0629|\u0639\u0627\u0645\u0627?|\u05e9\u05e0\u05d9\u05dd|\u05e9\u05e0\u05d4"
    r"|\u0935\u0930\u094d\u0937|\u0938\u093e\u0932|\u03b5\u03c4\u03ce\u03bd|\u03c7\u03c1\u03bf\u03bd\u03ce\u03bd|ปี)"
)
_RU_MONTHS = (
    "\u044f\u043d\u0432\u0430\u0440\u044f|\u0444\u0435\u0432\u0440\u0430\u043b\u044f|\u043c\u0430\u0440\u0442\u0430"
    "|\u0430\u043f\u0440\u0435\u043b\u044f|\u043c\u0430\u044f|\u0438\u044e\u043d\u044f|\u0438\u044e\u043b\u044f"
    "|\u0430\u0432\u0433\u0443\u0441\u0442\u0430|\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f"
    "|\u043e\u043a\u0442\u044f\u0431\u0440\u044f|\u043d\u043e\u044f\u0431\u0440\u044f|\u0434\u0435\u043a\u0430\u0431\u0440\u044f"
)
_OTHER_MONTHS = (  # Greek (genitive), Hebrew (with "in"), Hindi, Arabic
    "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου"
    "|Νοεμβρίου|Δεκεμβρίου|בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר"
    "|בנובמבר|בדצמבר|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर"
    "|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
_DATE = compile_rx(
    rf"(?<!\d)\d{{1,2}}[ \t]+(?i:{_RU_MONTHS}|{_OTHER_MONTHS})(?:[ \t]+\d{{4}}(?:[ \t]*\u0433(?![^\W\d_]))?)?"
    r"|(?<!\d)(?:\d{4}[ \t]*[\u5e74\ub144][ \t]*)?\d{1,2}[ \t]*[\u6708\uc6d4][ \t]*\d{1,2}[ \t]*[\u65e5\uc77c]"
    r"|[〇零一二三四五六七八九十]{2,4}年[〇零一二三四五六七八九十]{1,2}月[〇零一二三四五六七八九十]{1,3}日"
)
_PHONE = compile_rx(
    r"(?<![\d+])(?:\+7|8)[ \t-]?\(?\d{3,4}\)?[ \t-]?\d{2,3}-\d{2}-\d{2}(?!\d)"
    # session 11 (CLI tester): Japan "03-1234-5678", China mobile "138 1234 5678", Greece "6944 123456"
    r"|(?<![\d-])0\d{1,4}-\d{1,4}-(?!(?:19|20)\d\d(?![\d-]))\d{4}(?![\d-])|(?<!\d)1[3-9]\d[ -]\d{4}[ -]\d{4}(?!\d)|(?<!\d)69\d{2}[ ]?\d{6}(?!\d)"
    # session 15: Indian landlines, STD code then the number in two groups ("044-9197 3938")
    r"|(?<![\d-])0(?:\d{2}-\d{4}[ \t]\d{4}|\d{3}-\d{3}[ \t]\d{4})(?![\d-])"
    # session 39 (deid tester): Irish landlines ("091 149991"), NZ mobiles ("021 060 155"), Nigerian
    # mobiles written unspaced ("08027412018")
    r"|(?<![\d.,/:-])0\d{1,2}[ \t]\d{6,7}(?![\d.,/:-])|(?<![\d.,/:-])02[0-9][ \t]\d{3}[ \t]\d{3,4}(?![\d.,/:-])"
    r"|(?<![\d+.,/:-])0[789][01]\d{8}(?![\d.,/:-])"
    # session 40 (deid tester): a UK mobile in any spacing ("07 700 900 222"): eleven digits from 07
    r"|(?<![\d+.,/:-])0[ \t]?7(?:[ \t]?\d){9}(?![\d.,/:-])"
)
# Korean resident numbers, Aadhaar and Russian passports by shape
# session 39 (deid tester): PhilSys numbers (4-4-4-4) and South African identity numbers (6-4-3)
_NATIONAL_ID = compile_rx(r"(?<!\d)(?<!\d )(?:\d{6}-[1-4]\d{6}|[2-9]\d{3} \d{4} \d{4}|\d{2} \d{2} \d{6}|\d{4}-\d{4}-\d{4}-\d{4}"
                          r"|\d{6} \d{4} \d{3})(?![\d]| \d)")
CLOCK = compile_rx(r"(?:[01]\d|2[0-3])[0-5]\d")
# street addresses: Chinese road + number, Japanese prefecture + city, Korean city + district,
# Russian street and house, Hebrew and Arabic "street" + name + number
_ADDRESS = compile_rx(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|道|巷|弄)\d{1,5}(?:号|號)(?:\d{1,4}(?:室|楼))?"
    r"|[\u4e00-\u9fff]{1,4}[都道府県][\u4e00-\u9fff]{1,8}[市区町村][^\s、。,，]{0,20}"
    r"|[\uac00-\ud7af]{1,6}(?:시|도)[ \t]+[\uac00-\ud7af]{1,6}(?:구|군)(?:[ \t]+[\uac00-\ud7af\d]{1,12}(?:로|길))?(?:[ \t]*\d{1,5})?"
    r"|(?:ул\.|улица|пр-т|проспект|пер\.|переулок|ш\.|шоссе)[ \t]*[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁа-яё-]+)?"
    r"(?:,?[ \t]*(?:д\.|дом)[ \t]*\d{1,4}[а-я]?)?(?:,?[ \t]*(?:кв\.|квартира)[ \t]*\d{1,4})?"
    r"|(?:רחוב|רח׳|רח\')[ \t]*[\u05d0-\u05ea]+(?:[ \t]+[\u05d0-\u05ea]+)?[ \t]*\d{1,4}"
    r"|(?:شارع)[ \t]+[\u0620-\u064a]+(?:[ \t]+[\u0620-\u064a]+)?(?:[ \t]*\d{1,4})?"
)
# a native address label: the rest of the clause (a period after a word of one or two letters,
# "г. Москва", "д. 7", does not end it)
_ADDRESS_LABEL = compile_rx("(?:住址|地址|住所|주소|Адрес|адрес|Место жительства|כתובת|पता|العنوان|Διεύθυνση)[ \t]*[:：][ \t]*")
_CLAUSE_END = compile_rx(r"[。।\n;；]|\.(?=\s|$)")
_HANGUL = compile_rx("[\uac00-\ud7af]")
_CJK_CHAR = compile_rx(f"[{CJK_CHARS}]")
_SENTENCE_END = compile_rx(r"(?:^|[.!?:\n\u3002\uff01\uff1f]|\u0964)[\s\"'(\u00ab]*$")
# initials in Cyrillic or Greek ("\u0418.\u041f.", "\u0418. \u041f.") beside a name
_INITIALS = compile_rx(
    r"(?<![^\W\d_])[\u0391-\u03a9\u0400-\u042f](?:\.[ \t]?[\u0391-\u03a9\u0400-\u042f])?(?=\.)"  # the last period stays
)


_LATIN_LETTERS = compile_rx(r"(?<![\[A-Za-z\u00c0-\u00ff])[A-Za-z\u00c0-\u00ff]+")
_GREEK_SYMBOL = compile_rx("[\u0370-\u03ff]")


def _mostly_latin(text: str, runs: list[re.Match[str]]) -> bool:
    """A note in Latin script unless it has no Latin letters, or other scripts hold at least 12
    letters and three times the Latin letters (a CJK character counts two). A placeholder counts four letters of another script,
    so a note scrubbed once is judged as before (idempotence)."""
    latin = sum(len(w) for w in _LATIN_LETTERS.findall(text))
    other = 4 * len(_PLACEHOLDER.findall(text))
    for m in runs:
        letters = sum(len(w) for w in _WORD.findall(m.group(0)))
        cjk = sum(len(c) for c in _CJK_RUN.findall(m.group(0)))
        other += letters + cjk
    return not ((latin == 0 and other > 0) or (other >= 12 and other >= 3 * latin))


def _words_after(text: str, pos: int) -> tuple[int, int] | None:
    """The name (1-3 words of a script, or 1-3 CJK characters) that starts at ``pos``."""
    m = _CJK_NAME_AFTER.match(text, pos)
    if m:
        return m.span()
    end = None
    p = pos
    for _ in range(3):
        w = _WORD.match(text, p)
        if not w:
            break
        end = w.end()
        nxt = re.match(r"[ \t]+", text[end : end + 4])
        if not nxt:
            break
        p = end + nxt.end()
    return (pos, end) if end is not None else None


def _capitalised(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for w in _WORD.finditer(text):
        s = w.start()
        word = w.group(0)
        if not _CASED_UPPER.match(word) or len(word) < 2 or word.isupper():
            continue
        before = text[max(0, s - 6) : s]
        if _SENTENCE_END.search(before) and (_LEAD.match(text, s) or not _next_capitalised(text, w.end())):
            continue  # the first word of a sentence, alone or a title ("Пациент Иван ...")
        out.append(w.span())
    return out


_NEXT_WORD = compile_rx(rf"[ \t]+({_S}+)(\.?)")


def _next_capitalised(text: str, end: int) -> bool:
    """A capitalised word or an initial ("Сидоров И.П.") follows."""
    m = _NEXT_WORD.match(text, end)
    if not m or not _CASED_UPPER.match(m.group(1)):
        return False
    return not m.group(1).isupper() or (len(m.group(1)) == 1 and m.group(2) == ".")


def cjk_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of CJK characters (names there are not space-separated)."""
    return [m.span() for m in _CJK_RUN.finditer(text)]


def _labelled_addresses(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _ADDRESS_LABEL.finditer(text):
        end = m.end()
        limit = min(len(text), m.end() + 100)
        for c in _CLAUSE_END.finditer(text, m.end(), limit):
            end = c.start()
            word = re.search(r"[^\W\d_]+\Z", text[max(m.end(), c.start() - 3) : c.start()])
            if c.group(0) == "." and word is not None and len(word.group(0)) <= 2:
                continue  # "г. Москва", "кв. 15": an abbreviation, not the end
            break
        else:
            end = limit
        if end > m.end():
            out.append((m.end(), end, "[ADDRESS]"))
    return out


# speed: the patterns above open with look-behinds, so they are tried only inside candidate
# runs of digits, spaces and dashes found by a pattern that opens with a character class
_NUMBER_RUN = compile_rx(r"[\d+][\d \t()-]{7,17}\d")


def number_spans(text: str) -> list[tuple[int, int, str]]:
    """Phones and national numbers in formats of other countries (any note, any script)."""
    out: list[tuple[int, int, str]] = []
    for c in _NUMBER_RUN.finditer(text):
        a, b = max(0, c.start() - 1), min(len(text), c.end() + 1)
        out.extend((*m.span(), "[PHONE]") for m in _PHONE.finditer(text, a, b))
        for m in _NATIONAL_ID.finditer(text, a, b):
            if not all(CLOCK.fullmatch(g) for g in m.group(0).split(" ")):  # "0800 1200 1600": times
                out.append((*m.span(), "[ID]"))
    return out


def script_spans(text: str) -> list[tuple[int, int, str]]:
    """PHI spans in the non-Latin parts of the composed ``text`` (see the module doc)."""
    # a Greek letter alone is a symbol ("50 \u03bcg", "\u03b2-blocker", "\u03b31-GT"), no name
    runs = [m for m in _RUN.finditer(text) if m.end() - m.start() > 1 or not _GREEK_SYMBOL.match(m.group(0))]
    out: list[tuple[int, int, str]] = [(*m.span(m.lastindex or 0), "[AGE]") for m in _AGE.finditer(text)]
    out.extend((*m.span(), "[DATE]") for m in _DATE.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _ADDRESS.finditer(text))
    out.extend(_labelled_addresses(text))
    if not runs:
        return out
    if _mostly_latin(text, runs):
        out.extend((*m.span(), "[NAME]") for m in runs)
        return out
    for lead in _LEAD.finditer(text):
        sp = _words_after(text, lead.end())
        if sp is None:
            continue
        first = text[sp[0] : sp[1]]
        if _CASED_LOWER.match(first) and not _LABEL_MARK.search(lead.group(0)):
            continue  # "Пациентка жалуется ...": a verb after the title (a name there is capitalised)
        out.append((*sp, "[NAME]"))
    for h in _HONORIFIC.finditer(text):
        s = h.start()
        if s > 1 and text[s - 1] == " " and _HANGUL.match(h.group(0)):
            s -= 1  # Korean writes the title apart: "이민호 교수"
        a = s
        while a > 0 and s - a < 4 and _CJK_CHAR.match(text[a - 1]) and not _HONORIFIC.match(text, a - 1):
            a -= 1
        if a < s:
            out.append((a, s, "[NAME]"))
    out.extend((s, e, "[NAME]") for s, e in _capitalised(text))
    out.extend((*m.span(), "[NAME]") for m in _INITIALS.finditer(text))
    return out
