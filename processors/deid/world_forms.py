"""Addresses, identifiers and phone numbers in Latin American, Eastern European, Turkish, Israeli,
Japanese, Korean and Quebec forms (session 50, deid tester V: 240 notes from 20 countries; street
addresses 43 % caught, identifiers 74 %, phones 86 %).

- a street led by its kind, the number after the name, "nr." / "No:" / "n°" allowed before it, and a
  block, stair, flat or lot after ("Calz. de Tlalpan 383", "Av. Juárez 52-B", "Jr. Ayacucho 84",
  "Str. Florilor nr. 6", "calea victoriei nr. 71", "vul. Hrushevskoho 139/178", "Rehov Herzl 98, apt 13",
  "Av. Boa Viagem, 58, bloco B, apto 122", "Andador Tulipanes Mz 26 Lt 62", "al. jerozolimskie 105 m. 78");
- a Colombian grid address ("Carrera 7 # 53-75, apto 642", "av. calle 13 # 28-10, torre 2 apto 1089");
- a Turkish address: neighbourhood, avenue or street words, then "No:" ("Atatürk Cad. No: 152 Daire 101",
  "Cumhuriyet Mah. 768. Sok. No:137", "caferaga mah. moda cad. no:58 d:4");
- a Czech street in "-ova" / "-ská" with its number ("Jiráskova 65", "Husova 185/164");
- Japanese and Korean forms ("56-54 Higashi-Ikebukuro 1-chome", "136 Sejong-daero", "Apt 4dong 549ho");
- a Quebec number before its street ("284, 3e Avenue", "274, rue saint-denis, app. 7");
- a postcode after its label ("cep 51221-622", "cod 304075", "CP 06700") and an Irish Eircode in lower case;
- an identifier after a listed national or record label ("NSS 43 98 71 2345-6", "RG 11.726.857-6", "RUT of
  carer: 14.882.091-3", "RČ 351466/2993", "ID (TZ) 708613112", "CI: BV 620309", "Exp. 567405"): six digits or
  more, not a measure (no unit after it); any short label in capitals was tried and left out (ethics numbers
  "IRAS 304249", service years "USN 1944-1946", a "PULHES 111111" profile);
- a phone number with its area code in brackets ("(2) 2118 2469", "(85) 99223-4399"), one that opens with
  0 in three groups or more ("0212 776 58 98", "044 55 22712393"), or after a call word in groups
  ("rung on 987 886 270", "son ... 300 213 39 33").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV

__all__ = ["world_form_spans"]

_L = "A-Za-z\u00c0-\u017f"
_UNIT = (r"(?:[ \t]*,?[ \t]*(?i:bl\.?|bloco|bloque|sc\.?|et\.?|ap\.?|apto\.?|apt\.?|depto\.?|dpto\.?|casa|torre|int\.?|piso|lok\.?"
         r"|m\.|daire|d[ \t]*:|kat|mz\.?|lt\.?|lote|manzana)[ \t]*:?[ \t]*[A-Za-z]?\d{1,4}[A-Za-z]?)*")
_STREET_KIND = (r"(?i:calz\.|calzada|cerrada|andador|privada|prolongaci[o\u00f3]n|av\.|avda\.|pasaje|psje\.|jr\.|jir[o\u00f3]n"
                r"|str\.|strada|calea|aleea|bulevardul|b-dul|vul\.|vulytsia|vulitsa|prov\.|prosp\.|prospekt|al\.|rehov|sderot|derech"
                r"|travessa|estrada|alameda|pra[\u00e7c]a|rambla|ronda|camino|carretera)")
_NUMBER = r"(?:(?i:nr\.?|no\.?|n[\u00b0\u00ba]|#|n\u00fam\.?)[ \t]*)?\d{1,5}(?:-[A-Za-z]\b|/\d{1,4}|[A-Za-z]\b(?!\.))?"
_PREFIX_STREET = compile_rx(
    rf"(?<![{_L}'.-])(?<!\bet\s)({_STREET_KIND}[ \t]+((?:(?i:de|del|la|las|los|el|da|do|dos|das|di)[ \t]+){{0,2}}[{_L}'\u2019-]+"
    rf"(?:[ \t][{_L}'\u2019.-]+){{0,2}}?),?[ \t]+{_NUMBER}{_UNIT})")
_GRID = compile_rx(
    r"(?<![\w.])((?i:(?:av\.?|avenida)[ \t]+)?(?i:calle|carrera|cra\.?|kr\.?|diagonal|transversal|avenida|av\.)[ \t]+\d{1,3}[A-Za-z]?"
    rf"(?:[ \t]+(?i:bis))?[ \t]*(?:#|(?i:no\.?|n[\u00b0\u00ba]))[ \t]*\d{{1,3}}[A-Za-z]?[ \t]*-[ \t]*\d{{1,3}}{_UNIT})")
_TR_PART = r"(?:(?!(?i:to|at|in|on|from|near|home|the|and)\b)[\w\u00c0-\u017f.]+[ \t]+){1,2}?(?i:mah\.|mahallesi|cad\.|caddesi|sok\.|sokak|sk\.|bulvar\u0131|blv\.)"
_TURKISH = compile_rx(rf"(?<![\w.])((?:{_TR_PART}[ \t,]+){{1,3}}(?i:no)[ \t]*:?[ \t]*\d{{1,4}}(?:[ \t,/]*(?i:daire|d)[ \t]*:?[ \t]*\d{{1,4}})?)")
_CZECH = compile_rx(r"(?<![\w.])([A-Z\u00c0-\u017d]?[a-z\u00e0-\u017e]+(?:ova|sk\u00e1|ovsk\u00e1)[ \t]+\d{1,4}(?:/\d{1,4})?)"
                    r"(?=[ \t]*(?:[,;)]|\.(?:[ \t]|$)|$))", re.MULTILINE)
_CHOME = compile_rx(r"(?i:(?<![\w-])(?:\d{1,4}(?:-\d{1,4}){1,2},?[ \t]+)?[a-z\u014d\u016b-]+[ \t]+\d{1,2}-ch[o\u014d]me\b)")
_KOREAN = compile_rx(r"(?<![\w-])(?:\d{1,4}[ \t]+[A-Za-z]+-(?i:daero|ro|gil)\b|(?i:apt\.?[ \t]+)?\d{1,3}(?i:dong)[ \t]+\d{1,4}(?i:ho)\b)")
_QUEBEC = compile_rx(
    r"(?<![\w,])(\d{1,5},[ \t]+(?:\d{1,2}(?:e|er|re)[ \t]+(?i:avenue|rue|rang)\b|(?i:rue|avenue|boulevard|boul\.|chemin|rang|mont\u00e9e"
    rf"|c\u00f4te)[ \t]+[{_L}'\u2019-]+(?:[ \t][{_L}'\u2019-]+){{0,3}}?(?=[ \t]*[,.;)\n]|$))"
    r"(?:,[ \t]*(?i:app\.?|apt\.?|bureau|suite)[ \t]*\d{1,4})?)", re.MULTILINE)
_POSTCODE = compile_rx(r"(?<![\w])(?i:cep|cod(?:\.|ul)?(?:[ \t]+po[s\u0219]tal)?|c\.p\.|c\u00f3digo[ \t]+postal|psc|p\u0160\u010c)"
                       r"[ \t]*:?[ \t]*(\d{5}-\d{3}|\d{4,6})(?![\d])(?![.,/-]\d)")
_EIRCODE = compile_rx(r"(?<![\w-])([ac-fh-kmnprtv-y]\d{2}[ \t]?(?=[a-z0-9]{4}\b)(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]{4})\b")
_LISTED_ID = (r"(?i:exp\.|expediente|ficha|afiliado[ \t]+n[\u00b0\u00ba.o]*|karte[ \t]+no\.?|carnet|c\u00e9dula|cedula|ci|cc|tz|rut|run"
              r"|rg|cpf|cns|sus|nss|rfc|curp|dni|cnp|pesel|r\u010d|rc|unzr|focg|nhis[ \t]+no\.?|kv-?nr\.?|c\.f\.|codice[ \t]+fiscale"
              r"|versichertennummer|versicherten-?nr\.?|eid|emirates[ \t]+id|philhealth(?:[ \t]+(?:no\.?|pin))?|pin)")
_SEP = r"(?:[ \t]*[:#][ \t]*|[ \t]+(?:(?i:no\.?|n[\u00b0\u00ba])[ \t]*)?)"
_ID = compile_rx(
    rf"(?<![\w/])({_LISTED_ID})(?:[ \t]+\([A-Z]{{1,4}}\))?(?:[ \t]+(?i:of|for)[ \t]+\w+)?{_SEP}"
    r"((?:[A-Za-z]{1,3}[ \t]?)?\d[\d.\-/ ]{4,22}\d)(?![\d])")
# session 50 (deid tester Y): an Italian tax code in any case ("rsslcu29d45n501h"); long numbers of three hyphenated groups or
# more ("784-1929-2605412-7", an Emirates ID; "6898-5348-5190", a PhilHealth number)
_CODICE_FISCALE = compile_rx(r"(?i:(?<![\w])[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z](?![\w]))")
_LONG_HYPHENATED = compile_rx(r"(?<![\w./-])(?!(?:19|20)\d\d-)(\d{3,4}(?:-\d{2,7}){2,4})(?![\w/-]|\.\d)")  # not "EudraCT 2020-004050-60"
# a flat, block, house or building number ("Flat B-36", "Block 18-A", "blk 643c", "HOUSE NO. 206/9", "Building 72")
_PARTS = compile_rx(r"(?<![\w-])(?:(?:Flat|FLAT|flat)[ \t]+[A-Z]-?\d{1,4}\b|(?:Block|BLOCK|block)[ \t]+\d{1,4}-?[A-Za-z]\b"
                    r"|(?i:blk)\.?[ \t]+\d{1,4}[A-Za-z]?\b|(?i:house[ \t]+no\.?|h\.[ \t]?no\.?)[ \t]*:?[ \t]*\d{1,5}(?:/\d{1,4})?[A-Za-z]?\b"
                    r"|(?:Building|BUILDING|Bldg\.?)[ \t]+\d{1,4}[A-Za-z]?\b(?![ \t]*(?i:mg|ml|%)))")
# phones written with a slash after the area code ("03/561907", "089/4400-87528")
_PHONE_SLASH = compile_rx(r"(?<![\w/.-])(0\d{1,4}/\d{3,8}(?:-\d{2,6})?)(?![\w/]|\.\d)")
# user names in audit lines ("printed by park17", "by user cabubakar", "updated by NAS")
_USER_AFTER = compile_rx(r"(?i:\bby[ \t]+user|\buser(?:[ \t]?name)?[ \t]*[:=])[ \t]*([A-Za-z][A-Za-z0-9._-]{2,24})\b"
                         r"|(?i:\b(?:printed|updated|amended|entered|logged|created|modified|edited|exported)(?:[ \t]+[\w/:-]+){0,2}?[ \t]+by)[ \t]+"
                         r"([a-z][a-z._-]*\d[a-z0-9._-]*|[A-Z]{2,4}(?![\w.])(?![ \t]+(?:RN|MD|NP|PA|DO|LPN|CNA|HCA|RM|EN)\b))")
# a name between rules of underscores ("Signature: ___S. Krishnamurthy___")
_UNDERSCORED = compile_rx(r"_{2,}[ \t]*((?:[A-Z]\.[ \t]?)+[A-Z][a-z'-]+|[A-Z][a-z'-]+[ \t]+[A-Z][a-z'-]+)[ \t]*_{2,}")
_MEASURE_AFTER = compile_rx(r"[ \t]*(?:(?i:mg|g|kg|ml|l|mmol|umol|\u00b5mol|iu|u|units?|copies|cells|k?hz|db|mmhg|cm|mm|m|bpm|mins?|sec|s"
                            r"|hrs?|h|days?|steps|/\s*(?:l|ml|ul|mm3|\u00b5l))\b|%|\u00b0)")
_PHONE_BRACKET = compile_rx(r"(?<![\w(])(\(\d{1,3}\)[ \t]?\d{2,5}(?:[ \t-]\d{2,5}){1,3})(?![\d])")
_PHONE_ZERO = compile_rx(r"(?<![\w.,/:-])(0\d{1,4}(?:[ \t-]\d{2,8}){2,4})(?![\d.,/]\d|\d)")
_PHONE_CUE = compile_rx(r"(?i:\b(?:phone|tel|mob(?:ile)?|cell|call(?:ed)?|rung|rang|ring|contact|informed|reached|on|at|fax|whatsapp|"
                        r"sms|text)\b[^\n\d]{0,24}\Z)")
_PHONE_GROUPS = compile_rx(r"(?<![\w.,/:-])(\d{2,4}(?:[ \t-]\d{2,4}){2,3})(?![\d.,/]\d|\d|[ \t]*(?:/|-|x)[ \t]*\d{1,3}\b(?![ \t-]\d))")
_YEAR_GROUP = compile_rx(r"(?:^|-)(?:19|20)\d\d(?:-|$)")
_DATE_SHAPE = compile_rx(r"\d{1,4}-\d{1,2}-\d{2,4}(?!\d)")
_TIMES = compile_rx(r"(?:(?:[01]\d|2[0-3])[0-5]\d[ \t-]*)+")
_GROUPS_LINE = compile_rx(r"(?m:^[ \t]*(\d{3}[ \t]\d{3}[ \t]\d{3})[ \t]*(?:$|/))")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def world_form_spans(text: str) -> list[tuple[int, int, str]]:
    return _address_spans(text) + _number_spans(text) + _phone_spans(text)


def _address_spans(text: str) -> list[tuple[int, int, str]]:
    """Streets, their parts, postcodes, and the names of audit lines and signature rules."""
    out: list[tuple[int, int, str]] = []
    for m in _PREFIX_STREET.finditer(text):
        first = m.group(2).split()[0]
        if not clinical_spelling(first) and first.lower() not in CLINICAL_ABBREV and not _MEASURE_AFTER.match(text, m.end(1)):
            out.append((*m.span(1), "[ADDRESS]"))
    for rx in (_GRID, _TURKISH, _CZECH, _QUEBEC):
        out.extend((*m.span(1), "[ADDRESS]") for m in rx.finditer(text))
    low = text.lower()
    if "chome" in low or "chōme" in low:
        out.extend((*m.span(), "[ADDRESS]") for m in _CHOME.finditer(text))
    if "-daero" in low or "-ro" in low or "-gil" in low or "dong" in low:
        out.extend((*m.span(), "[ADDRESS]") for m in _KOREAN.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _PARTS.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for rx in (_POSTCODE, _EIRCODE) for m in rx.finditer(text))
    for m in _USER_AFTER.finditer(text):
        out.append((*m.span(1 if m.group(1) is not None else 2), "[NAME]"))
    out.extend((*m.span(1), "[NAME]") for m in _UNDERSCORED.finditer(text))
    return out


def _number_spans(text: str) -> list[tuple[int, int, str]]:
    """Identifiers: after a listed label, an Italian tax code, long hyphenated numbers."""
    out: list[tuple[int, int, str]] = [(*m.span(), "[ID]") for m in _CODICE_FISCALE.finditer(text)]
    for m in _LONG_HYPHENATED.finditer(text):  # 13 digits or more, or 12 with no group a year ("outbreak # 2266-2024-0204")
        if _digits(m.group(1)) >= 13 or (_digits(m.group(1)) == 12 and not _YEAR_GROUP.search(m.group(1))):
            out.append((*m.span(1), "[ID]"))
    for m in _ID.finditer(text):
        value = m.group(2).rstrip(" ")
        if "/" in value and " " in value:
            continue  # "CC 120/80 88 96"-like runs are no identifier
        if _digits(value) >= 6 and not _MEASURE_AFTER.match(text, m.start(2) + len(value)):
            out.append((m.start(2), m.start(2) + len(value), "[ID]"))
    return out


# session 51 (deid tester E, i2b2-style records): an extension written "x" and four or five digits after a phone word or a
# relative ("Tel: x58425", "Pt can call x36738", "Jesus Lopez (daughter) x65673", "(cell x19818)"); a staff member's own
# extension after a role stays a form's business ("RN CM  x4899" is none of these)
_X_EXTENSION = compile_rx(r"(?<![\w/^.+-])x\d{4,5}(?![\w^/%]|\.\d)")
_X_CUE = compile_rx(r"(?i:\b(?:tel|telephone|ph|phone|fax|call|cell|mobile|mob|pager|beeper|ext|contact|reach(?:ed)?\s+(?:at|on))"
                    r"\b[.:#]?|\((?:daughter|son|wife|husband|mother|father|sister|brother|niece|nephew|partner|friend|"
                    r"neighbou?r|hcp|nok|poa)\))[ \t]*\Z")


def _phone_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(), "[PHONE]") for m in _X_EXTENSION.finditer(text) if _X_CUE.search(text, max(0, m.start() - 24), m.start()))
    out.extend((*m.span(1), "[PHONE]") for m in _PHONE_SLASH.finditer(text) if 8 <= _digits(m.group(1)) <= 13)
    for m in _PHONE_BRACKET.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        if 8 <= _digits(m.group(1)) <= 13 and (not before.strip() or before[-1:] in "(\n:" or before.endswith(("- ", ": "))
                                               or _PHONE_CUE.search(text, max(0, m.start() - 40), m.start())):
            out.append((*m.span(1), "[PHONE]"))  # not "FRY, Anthony (70) 920-71-18" (an age, then a number)
    for m in _PHONE_ZERO.finditer(text):
        number = m.group(1)
        if _TIMES.fullmatch(number):
            continue  # "0600 1400 2200": a drug chart's times
        groups = re.split(r"[ \t-]", number)
        if _digits(number) == 8 and len(groups) >= 3 and all(len(g) >= 3 for g in groups[1:]):
            out.append((*m.span(1), "[PHONE]"))  # "01 350 995" (a Beirut landline)
        elif 9 <= _digits(number) <= 13 and not _DATE_SHAPE.match(number):  # not "03-02-2025 23:04" (a date and its time)
            out.append((*m.span(1), "[PHONE]"))
    for m in _PHONE_GROUPS.finditer(text):
        number = m.group(1)
        if 9 <= _digits(number) <= 12 and not _TIMES.fullmatch(number) and not _DATE_SHAPE.match(number) and _PHONE_CUE.search(
                text, max(0, m.start() - 40), m.start()):
            out.append((*m.span(1), "[PHONE]"))
    out.extend((*m.span(1), "[PHONE]") for m in _GROUPS_LINE.finditer(text))
    return out
