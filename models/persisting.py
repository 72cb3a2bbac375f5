"""A finding said to go on despite treatment is present (session 37).

The fourth black-box notes tester (250 hand-written snippets) found the classifier reading the
negative word of a persistence phrase as a negation: "No relief from GTN x3, CP ongoing 5/10" gave
no finding at all, "No improvement in SOB despite nebs" no dyspnoea, "Abdo pain not settling with
PRN morphine" and "pain inadequately controlled" no uncontrolled pain, "Dry heaving overnight" and
"still vomiting" no nausea / vomiting (4 of its 5 such findings missed). These phrases say the
finding is there now; like a charted reading (models/charted.py) they are read, not guessed:

- `uncontrolled_pain`: pain (not chest pain) not settling / settled / controlled / relieved /
  easing / responding, inadequately / poorly controlled, uncontrolled, unrelieved, or no / minimal /
  little relief;
- `chest_pain`: chest pain, CP, chest tightness or angina ongoing / persisting / continuing / not
  settling or relieved, or no relief from GTN / nitrates;
- `dyspnea`: no / little / minimal improvement in SOB / breathing / breathlessness / work of
  breathing, or SOB / breathlessness / dyspnoea ongoing, persisting, not settling or improving;
- `nausea_vomiting`: still / ongoing / persistent / continuing vomiting, nausea or retching,
  nausea / vomiting not settling / resolved / controlled, dry heaving, retching.

Session 38 adds `fall` ("found on the floor", "after falling", "had a fall"), more out-of-control pain
("inadequate analgesia", "in agony") and, for nine labels, a medicine given for the finding ("given
for nausea", "administered for itch and hives").

The phrase must be asserted in its clause: no supposition, plan, negation elsewhere or past
("if pain not settling, call", "SOB not improving yesterday, now settled" are not findings).
The probability is set to 1.0 and the phrase is the explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from models.context import RELATIVE
from models.months import MONTH_WORDS

__all__ = ["apply_persisting", "persisting_phrase"]

_NOT_SETTLING = (r"not\s+(?:settling|settled|controlled|relieved|easing|eased|improving|improved|resolving|resolved|"
                 r"responding|helped|touching\s+it)")
_PHRASES: dict[str, re.Pattern[str]] = {
    "uncontrolled_pain": re.compile(
        r"\b(?<!chest\s)(?:pain|ache|headache|cramp\w*)\b[^.;,]{0,50}?\b(?:" + _NOT_SETTLING + r"|inadequately\s+controlled|poorly\s+controlled|"
        r"uncontrolled|unrelieved|(?:no|minimal|little)\s+relief)\b|"
        r"\b(?:no|minimal|little)\s+relief\s+(?:of|from|for)\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?<!chest\s)pain\b|"
        r"\bpain\s+(?:is\s+|remains\s+)?(?:inadequately|poorly)\s+controlled\b|"
        # session 38 (short-notes tester): "inadequate analgesia, PCA boluses x20", "in agony"
        r"\bdespite\s+(?:max(?:imal|imum)?|regular|full|multiple|several|all|strong)\s+(?:\w+\s+)?(?:analgesia|analgesics|"
        r"pain\s+(?:relief|killers?|medication)|painkillers|opioids?)\b|"
        r"\b(?:inadequate|insufficient)\s+(?:analgesia|pain\s+(?:relief|control))\b|\banalgesia\s+(?:is\s+)?"
        r"(?:inadequate|insufficient|not\s+working|ineffective)\b|\bin\s+agony\b|\b(?:agonising|agonizing|excruciating)\s+"
        r"(?:\w+\s+)?pain\b|\b(?:crying|screaming|writhing)\s+(?:out\s+)?in\s+pain\b|"
        # session 44 (notes tester): "The pain in my knee is unbearable, ... co-codamol ... it's doing nothing"
        r"\b(?<!chest\s)pain\b[^.;]{0,30}?\b(?:is|was|has\s+been|remains)\s+(?:\w+\s+)?(?:unbearable|intolerable|excruciating)\b|"
        r"\b(?:barely|hardly|not|isn'?t|wasn'?t|aren'?t)\s+touch(?:ing|ed)\s+(?:it|the\s+pain)\b|\b(?:it'?s|is|was)\s+doing\s+nothing\b|"
        # session 48 (notes tester): "Pain in my back is so bad I can't sleep or walk, the co-codamol isn't doing anything"
        r"\b(?:pain\w*|analgesi\w*|painkillers?|co-?codamol|paracetamol|morphine|oramorph|oxycodone|tramadol|codeine|ibuprofen|"
        r"naproxen|tablets|patch(?:es)?)\b[^.;]{0,40}?\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+doing\s+(?:anything|much|a\s+thing)\b",
        re.IGNORECASE),
    # session 38 (long-notes tester): a bleed named by its own word, in lay words too ("Attended with a
    # nosebleed ... not stopped", "two-day history of black tarry stools") - a dipstick's blood is not one
    "bleeding": re.compile(
        # session 57 (notes tester L): "PV loss ++ since 0400, changed 6 maternity pads in 1h", "PV loss +++, fundus boggy"
        r"\bpv\s+(?:loss|bleed(?:ing)?)\s*(?:\+{2,}|(?:is\s+|remains\s+)?(?:heavy|excessive|brisk|large))|"
        # session 49 (notes tester T): "Chest tube output 480 mL over last 4h, bright red"
        r"\b(?:chest\s+(?:tube|drain)|icc|ctd|drains?|redivac|wound\s+drain)\b[^.;]{0,50}?\b(?:bright\s+red|frank(?:ly)?\s+blood\w*|"
        r"heavily\s+blood[- ]stained|fresh\s+blood)\b|"
        r"\b(?:nose\s?bleed\w*|epistaxis|(?:black|tarry|black,?\s+tarry)\s+stools?|"
        # session 44 (notes tester): "passing black, sticky, foul-smelling stools for 2 days"
        r"black(?:,?\s+(?:and\s+)?(?:sticky|tarry|offensive|foul[- ]smelling|smelly|loose|runny|tar-like)){1,3},?\s+stools?|mela?ena|malaena|malena|haematemesis|hematemesis|"
        r"coffee[- ]ground\s+(?:vomit\w*|emesis|aspirate)|frank\s+(?:haematuria|hematuria|blood)|pr\s+bleed\w*|"
        r"bleeding\s+pr|rectal\s+bleed\w*|haemoptysis|hemoptysis|vomiting\s+blood|vomited\s+blood|"
        # session 39 (the third session-38 notes tester): "passing clots per rectum", "fresh blood PR"
        r"passing\s+(?:large\s+|small\s+|blood\s+)?clots|clots?\s+(?:per\s+rectum|pr|pv|per\s+vagina|per\s+urethra)|"
        r"(?:fresh|bright\s+red|dark|altered)\s+blood\s+(?:pr|per\s+rectum|in\s+(?:the\s+)?(?:stools?|urine|vomit))|"
        r"blood[- ]stained\s+(?:vomit\w*|sputum|urine|stools?|diarrh\w*)|"
        # session 40 (hard-notes tester): "bleeding from scalp wound", "heavy PV loss, 2 pads soaked in 1 hr"
        r"bleeding\s+(?:from|at|around)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:wound|site|nose|mouth|gums?|"
        r"cannula|drain|stoma|laceration|line|incision|scalp|lip)|(?:heavy|fresh|ongoing|large)\s+(?:pv|vaginal)\s+"
        r"(?:loss|bleed\w*)|pads?\s+soaked|soaked\s+(?:\d+|two|three|four)\s+pads|"
        r"saturat\w*\s+(?:a\s+|one\s+|\d+\s+)?pads?|(?:large|multiple)\s+clots|post-?partum\s+ha?emorrhage|"
        # session 41 (second notes tester): "lochia heavy, soaking a pad every 30 min, ... EBL now 900ml"
        r"lochia\s+(?:is\s+|remains\s+)?(?:heavy|heavier|excessive)|(?:heavy|heavier|excessive)\s+lochia|"
        r"soaking\s+(?:through\s+)?(?:a\s+|one\s+|\d+\s+)?(?:pads?|sanitary\s+\w+)|"
        # session 45 (third notes tester): a bleed shown on imaging ("CT head: small subdural", on apixaban; the classifier
        # gave the fall only) and menstrual flooding on an anticoagulant
        r"(?:ct|mri|scan|imaging)\b[^.;]{0,25}?(?:shows?|showed|confirm\w*|:|-|revealed|demonstrat\w*)\s*(?:a\s+)?(?:small\s+|large\s+|"
        r"acute\s+|new\s+|chronic\s+|acute-on-chronic\s+|thin\s+|left\s+|right\s+|l\s+|r\s+|bilateral\s+)*(?:sdh|edh|sah|ich|subdural|extradural|"
        r"subarachnoid|intracranial|intracerebral|intraparenchymal|intraventricular|retroperitoneal)(?:\s+(?:ha?emorrhage|ha?ematoma|"
        r"bleed|collection))?|(?:heavy\s+periods?|menorrhagia)[^.;]{0,40}?\bflooding|\bflooding\b[^.;]{0,30}?\bpads?\b|"
        # session 44 (notes tester): "PPH, estimated blood loss 1200ml and ongoing"
        r"(?:ebl|(?:estimated\s+|measured\s+|total\s+)?blood\s+loss)\s+(?:now\s+|of\s+|so\s+far\s+|[:=]\s*|approx\.?\s+|~\s*)?"
        r"(?:(?:[5-9]\d\d|[1-9]\d{3})\s*ml|[1-9](?:\.\d+)?\s*(?:l|litres?|liters?))|"
        # session 43 (notes tester): "PPH 1.2L following delivery", "Vaginal loss heavier than expected, 500ml"
        r"pph\s+(?:of\s+|approx\.?\s+|~\s*)?\d[\d.,]*\s*(?:l|ml|litres?|liters?)|"
        r"(?:pv|vaginal)\s+(?:loss|bleed\w*)\s+(?:is\s+|remains\s+)?(?:heav\w*|excessive|increas\w*)|"
        # session 47 (US notes tester): "pink-tinged urine noted in foley bag this AM, UA with >50 RBC" on heparin
        r"(?:pink|red|blood)[- ]tinged\s+urine)\b",
        re.IGNORECASE),
    # session 38 (short-notes tester): "found on floor at home by carer", "acutely confused after
    # falling in bathroom"
    "fall": re.compile(
        r"\bfound\s+(?:lying\s+|sitting\s+|sat\s+|slumped\s+)?on\s+(?:the\s+)?floor\b|\bfound\s+down\b|"
        r"\bafter\s+(?:a\s+|his\s+|her\s+|the\s+)?(?:fall|falling)\b|\bpost[- ]?fall\b|\b(?:had|sustained|suffered)\s+"
        r"(?:a\s+|an\s+)?(?:(?:unwitnessed|witnessed|mechanical|further|another|second)\s+)?fall\b|\bunwitnessed\s+fall\b|"
        # session 39 (long-notes tester): a presenting fall ("PC: Fall at home this morning with a long lie")
        r"\b(?:fall|fell)\s+(?:at\s+home|in\s+(?:the\s+|her\s+|his\s+)?(?:bathroom|garden|toilet|kitchen|street|shower|bedroom|"
        r"nursing\s+home|care\s+home|lounge)|on\s+(?:the\s+)?stairs|from\s+(?:standing|bed|a\s+chair|chair|height))\b"
        # session 58 (notes tester G): the day or two before ("Fall at home yesterday, hit head", "Fell at home 2/7 ago")
        r"(?:\s+(?:yesterday|last\s+night|this\s+morning|earlier\s+today|[1-3]/7\s+ago|(?:1|2|3|one|two|three)\s+days?\s+ago)\b)?|"
        # session 50 (notes tester Z): "came off her bike on the way in this morning"
        r"\b(?:came|fell|come)\s+off\s+(?:(?:his|her|their|my|the|a)\s+)?(?:push\s*)?(?:bike|bicycle|cycle|motorbike|scooter|horse|skateboard)\b|"
        r"\blong\s+lie\b|\b(?:took|had|taken)\s+a\s+tumble\b|"
        # session 47 (lay-messages tester): "Dad had a funny turn and went over in the garden" (not "went over the plan")
        r"\bkeeled\s+over\b|\b(?:went|gone)\s+over\s+(?:in|on|at|onto|outside|backwards|forwards|sideways)\b|"  # session 46: "he took a tumble out of bed last night"
        # session 40 (notes tester): "78F FOF at home" (found on floor), "mum slipped in shower this morning"
        r"\b(?-i:FOF)\b|\bslipped\s+(?:(?:and\s+fell\s+)?(?:in|on|off|from)\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:shower|bath|"
        r"bathroom|toilet|floor|stairs|steps|ice|wet\s+floor|kitchen|chair|bed)|and\s+fell)\b",
        re.IGNORECASE),
    # session 39 (final notes tester): findings the classifier missed in these words ("Oversedated on fentanyl
    # patch, only rousable to sternal rub", "RRT called for acute SOB and SpO2 84%", "Orthopneic overnight",
    # "unable to sleep despite max analgesia")
    "oversedation": re.compile(
        # session 57 (notes tester P): after rapid tranquillisation, "rousable only with loud voice and shaking", "drowsy ++"
        r"\b(?:only\s+)?(?:rous|arous)(?:able|ed)\s+only\s+(?:with|to|by)\s+(?:a\s+)?(?:loud\s+voice|shaking|physical\s+(?:stimul\w*|touch))|"
        r"\bdrowsy\s*\+\+|"
        r"\bover-?sedat\w*|\b(?:only\s+)?(?:rous|arous)(?:able|ed)\s+(?:only\s+)?to\s+(?:a\s+)?(?:sternal\s+rub|pain\w*|"
        r"painful\s+stimul\w*|trapezius\s+squeeze)|\bunrousable\b|\bopioid[- ]induced\s+(?:sedation|respiratory\s+depression)\b|"
        # session 40 (US notes tester): "only opening eyes to sternal rub, pinpoint pupils, RR 6" after hydromorphone
        r"\b(?:only\s+)?(?:opening\s+eyes|opens\s+eyes|responding|responds)\s+(?:only\s+)?to\s+(?:a\s+)?(?:sternal\s+rub|pain\w*|"
        r"painful\s+stimul\w*)|\b(?:narcan|naloxone)\s+(?:\d[\w.]*\s*(?:mg|mcg|micrograms?)?\s+)?(?:iv\s+|im\s+|in\s+)?"
        r"(?:given|administered|required|needed)\b|"
        # session 55 (notes tester C): POSS 3, "drifts off to sleep during conversation" ("kept falling asleep mid-sentence",
        # "only opens eyes to a loud voice and shaking, then drifts off again")
        r"\b(?:falls?|fell|falling|drift(?:s|ed|ing)?\s+off)(?:\s+(?:back\s+)?(?:to\s+)?(?:a)?sleep)?\s+(?:mid-?\s?(?:sentence|"
        r"conversation)|during\s+(?:the\s+)?(?:conversation|assessment|session)|while\s+(?:talking|speaking|being\s+spoken\s+to))\b|"
        r"\b(?:only\s+)?(?:opens?|opening)\s+(?:his\s+|her\s+|their\s+)?eyes\s+(?:only\s+)?to\s+(?:a\s+)?(?:loud\s+voice\s+and\s+)?"
        r"(?:shaking|shake|physical\s+stimul\w*)\b|"
        # session 56 (notes tester K: telephone and portal messages): "now we can barely wake him", "can hardly rouse her"
        r"\b(?:can|could)\s+(?:barely|hardly|scarcely|only\s+just)\s+(?:wake|rouse)\s+(?:him|her|them|mum|mom|dad)\b",
        re.IGNORECASE),
    "chest_pain": re.compile(
        # session 43 (notes tester): "paclitaxel running, pt flushed, chest tight and SOB"
        r"\bchest\s+(?:feels?\s+|felt\s+|is\s+|became\s+|went\s+)?tight\b|"
        r"\b(?:cp|c/p|chest\s+(?:pain|tightness|discomfort|pressure)|angina)\s+(?:is\s+|remains\s+)?"
        r"(?:ongoing|persist\w*|continu\w*|unchanged|" + _NOT_SETTLING + r")\b|"
        r"\b(?:no|minimal|little)\s+relief\s+(?:from|with|after|despite)\s+(?:s/l\s+|sl\s+|sublingual\s+)?"
        r"(?:gtn|nitro\w*|ntg|nitrates?)\b|"
        r"\b(?:no|minimal|little)\s+relief\s+of\s+(?:(?:his|her|their|the)\s+)?(?:chest\s+pain|cp|angina)\b|"  # session 40
        # session 41 (notes tester): "RRT: called for chest pain" - the reason a team was called out is there now
        r"\b(?:called|bleeped|paged|attended)\s+(?:to\s+(?:see\s+|review\s+)?(?:the\s+)?(?:pt|patient)\s+)?(?:for|re|with)\s+"
        r"(?:new\s+|central\s+|crushing\s+|acute\s+|severe\s+)?(?:cp|c/p|chest\s+(?:pain|tightness|discomfort|pressure))\b",
        re.IGNORECASE),
    "dyspnea": re.compile(
        r"\b(?:no|little|minimal)\s+improvement\s+in\s+(?:(?:his|her|their|the)\s+)?(?:sob|breathing|breathlessness|"
        r"dyspn\w*|wob|work\s+of\s+breathing|shortness\s+of\s+breath)\b|"
        r"\b(?:sob|dib|breathless(?:ness)?|dyspn(?:oea|ea)|shortness\s+of\s+breath)\s+(?:is\s+|remains\s+)?"
        r"(?:ongoing|persist\w*|continu\w*|unchanged|worse|worsening|" + _NOT_SETTLING + r")\b|"
        # session 59 (notes tester E): "DIB worse since 0800, ... NIV started for resp acidosis and WOB"
        r"\b(?:niv|bipap|cpap|hfno|high\s+flow|optiflow)\s+(?:was\s+)?(?:started|commenced|initiated|escalated|increased)\s+for\b[^.;]{0,40}?"
        r"\b(?:wob|work\s+of\s+breathing|sob|breathlessness|dyspn\w*|respiratory\s+distress)\b|"
        # session 41 (second notes tester, and the first: "wheeze and breathlessness after IV contrast"): a wheeze now
        r"(?<!free of )(?<!no )(?<!nil )(?<!without )(?<!denies )(?<!not )\bwheez(?:y|ing|e|es)\b(?![- ]free)|"  # session 53: "free of wheeze"
        # "SOB improved but still has DOE after 50 feet" (the earlier passes read it from a PRN line's reason)
        r"\bstill\s+(?:has\s+|having\s+|gets?\s+|getting\s+|with\s+|quite\s+|very\s+|a\s+bit\s+)?(?:sob|soboe|doe|dyspn\w*|"
        r"breathless\w*|short\s+of\s+breath)\b|"
        # session 41 (third notes tester): "Hypoxic overnight, PaO2 7.2 on FiO2 0.6, proned"
        r"\b(?:hypoxic|hypoxaemic|hypoxemic|desaturat(?:ing|ed))\b(?!\s+(?:ischaemic|ischemic|brain|injury|encephalopathy|"
        r"resp\w*|respiratory|failure))|\bproned\b|"
        # session 50 (notes tester W): "erythema and bronchospasm", "short of breath climbing stairs" (not stridor alone: three
        # earlier testers' anaphylaxis notes with stridor were rash only)
        r"\b(?:bronchospasm|laryngospasm)\b|"
        r"\b(?:short\s+of\s+breath|sob|breathless|puffing|puffed(?:\s+out)?|out\s+of\s+breath|winded)(?=['\u2019\"]?\s+(?:when\s+|while\s+)?"
        r"(?:climbing|walking|going\s+up|on\s+exertion)\b)",
        re.IGNORECASE),
    # session 41 (third notes tester): "Blood cultures from yesterday grew E. coli, on meropenem"
    "infection_signs": re.compile(
        r"\b(?:blood|urine|sputum|wound|csf|line)?\s*cultures?\s+(?:from\s+(?:yesterday|today|overnight|last\s+night|this\s+morning)\s+)?"
        r"(?:grew|growing|grown|positive\s+for|isolated)\b(?!\s+(?:nothing|no\b|0\b|none))|"
        # session 46 (fresh notes tester): "Continue for MRSA bacteremia, day 5 of 14", "Progress note, day 4 cellulitis RLE"
        r"\b(?:mrsa|mssa|gram[- ](?:negative|positive)|e\.?\s?coli|klebsiella|pseudomonas|enterococcal|staph\w*|strep\w*)\s+"
        r"bacter(?:a)?emia\b|\bday\s+\d{1,2}\s+(?:of\s+(?:\d{1,2}\s+)?)?(?:treatment\s+for\s+)?(?:cellulitis|cap|hap|pneumonia|uti"
        r"|pyelonephritis|sepsis|osteomyelitis|empyema)\b|"
        # session 55 (notes tester H): "Ongoing temperatures (max 38.4 last night) despite 5 days of IV co-amoxiclav"
        r"\b(?:ongoing|persistent|persisting|continuing|recurrent|still\s+(?:having|spiking|getting))\s+(?:high\s+)?(?:temperatures|temps|"
        r"fevers?|spikes|spiking|pyrexias?|rigors)\b|"
        # session 56 (notes tester K): "his foot wound is oozing and smelly", "the wound smells and there's pus"
        r"\bwound\s+(?:is\s+|site\s+is\s+|has\s+(?:gone|become|got)\s+)?(?:\w+\s+(?:and|&)\s+)?(?:smelly|smells|offensive|"
        r"foul[- ]smelling|malodorous|purulent)\b",
        re.IGNORECASE),
    "nausea_vomiting": re.compile(
        r"\b(?:still|continu\w*|ongoing|persist\w*|active(?:ly)?|intractable|projectile)\s+(?:vomit\w*|nause\w*|retch\w*|being\s+sick)\b|"
        r"\b(?:associated\s+with|assoc\.?\s+with|with)\s+(?:[a-z]+\s+and\s+)?(?:(?:some|mild|severe|significant)\s+)?nausea\b|"  # session 40, 41
        r"\b(?:nausea|vomiting|n/v|n\+v|n&v)\s+(?:is\s+|remains\s+)?(?:ongoing|persist\w*|continu\w*|" + _NOT_SETTLING
        + r")\b|\bdry[- ]heav\w*|\bretch(?:ing|ed|es)\b|"
        # session 44 (notes tester): "I was sick 3 times this morning ... I can't keep anything down"
        r"\b(?:was|been|being|am|is|were)\s+sick\s+(?:x\s*\d+|\d+|two|three|four|several|many)\s*(?:times|x)\b|"
        r"\b(?:can'?t|cannot|unable\s+to|not\s+able\s+to)\s+keep\s+(?:anything|food|fluids|it|much|po|oral\w*|meds|liquids|water)\s+down\b|"
        # session 59 (notes tester K: US ED notes): a duration of nausea and vomiting is the presenting complaint ("N/V x2 days")
        r"\b(?:n/v|n\+v|n&v|nausea\s+(?:and|&|/)\s+vomiting)\s+(?:x\s*|for\s+)?\d+\s*(?:days?|d|hrs?|hours?|h|weeks?|wks?)\b",
        re.IGNORECASE),
}
# session 38 (short-notes tester): a medicine given for a finding charts it ("MAR: ondansetron 4mg
# IV given for nausea", "promethazine given for itch and hives"); "prescribed for" and "PRN for" do not
_GIVEN_FOR = (r"\b(?:given|administered|gave|required|needed|used|started|commenced|booked|requested|ordered|arranged)\s+(?:\w+\s+){0,3}?for\s+"
              r"(?:(?:his|her|their|the|ongoing|persistent|new|worsening|severe|further|an?)\s+)?"
              r"(?:(?:pleuritic|central|sharp|acute|left-sided|right-sided|crushing|intermittent)\s+)?")  # session 55: "CTPA booked for pleuritic chest pain"
_INDICATIONS = {
    "nausea_vomiting": r"(?:nausea|nauseous|vomiting|n/v|n\+v|n&v|emesis|sickness|feeling\s+sick|retching)\b",
    "rash_allergic_reaction": r"(?:itch\w*|hives|urticaria|rash|prurit\w*|allergic\s+reaction|angio-?o?edema)\b",
    "dyspnea": r"(?:sob|breathlessness|shortness\s+of\s+breath|dyspn\w*|wheez\w*|bronchospasm)\b",
    "altered_mental_status": r"(?:agitation|delirium|confusion|hallucinations)\b",
    "chest_pain": r"(?:chest\s+(?:pain|tightness)|cp|angina)\b",
    "hypoglycemia_symptoms": r"(?:hypo|hypoglyc\w*|low\s+(?:bm|bsl|bgl?|blood\s+sugar|sugar|glucose))\b",
    "infection_signs": r"(?:fever|pyrexia|temp(?:erature)?\s+spike|rigors|cellulitis|sepsis|infection|uti|pneumonia)\b",
    "bleeding": r"(?:bleed\w*|haemorrhag\w*|hemorrhag\w*|epistaxis|melaena|melena)\b",
    "oversedation": r"(?:over-?sedation|sedation|respiratory\s+depression|opioid\s+toxicity)\b",
}
# session 39 (final notes tester): "RRT called for acute SOB and SpO2 84%", "Orthopneic overnight"
_MORE = {
    # session 39 (notes tester): "Unresponsive episode with LOC for approx 1 min", "Red man syndrome during vanc infusion"
    # session 48 (notes tester): "sundowning again, wandering, thinks she's at home"
    # session 60 (notes tester F: stroke units): the NIHSS item "LOC 0" charts an alert patient
    "altered_mental_status": r"\bsundown(?:ing|s)\b|\bloss\s+of\s+consciousness\b|\b(?-i:LOC)\b(?!\s*[?:])(?!\s*(?:\(\s*1a\s*\)\s*)?=?\s*0\b)|\bunresponsive\s+episode\b|"
                             # session 60 (notes testers G, H): "Mild confusion - thought it was Tuesday" (0.00 from the model)
                             r"\b(?:mild(?:ly)?|slight(?:ly)?|some|marked(?:ly)?|intermittent(?:ly)?)\s+confus(?:ion|ed)\b|"
                             r"\bencephalopath(?:ic|y)\b|"  # session 47 (US notes tester): "Encephalopathic, asterixis present"
                             r"\b(?:ongoing|hyperactive|hypoactive|mixed|acute|worsening)\s+delirium\b|\bdelirious\b|"
                             # session 49 (notes tester P): "seeing insects on the wall and did not know he was in hospital",
                             # "'acting drunk'"
                             r"\bseeing\s+(?:things|insects|bugs|spiders|animals|people|children|faces|snakes)\b|"
                             r"\b(?:did\s*n[o'\u2019]?t|does\s*n[o'\u2019]?t|didn'?t|doesn'?t)\s+know\s+(?:where\s+(?:he|she|they)\b|"
                             r"(?:he|she|they)(?=\s+(?:was|is|were)\s+in\s+(?:the\s+)?hospital\b)|what\s+day\s+it\b)|"
                             r"\bacting\s+(?:drunk|strange(?:ly)?|odd(?:ly)?|weird(?:ly)?|bizarre(?:ly)?)\b|"
                             # session 49 (notes tester T): "He's not himself at all, very suspicious of everyone."
                             r"\bnot\s+(?:him|her|them)sel(?:f|ves)\s+at\s+all\b|\b(?:very|more|increasingly)\s+(?:suspicious|paranoid)\b|"
                             # session 56 (notes tester O: paediatric notes): a child's altered state ("inconsolable high-pitched
                             # cry, irritable on handling, not her usual self", "grunting, floppy and febrile")
                             r"\binconsolabl[ey]\b|\bhigh[- ]pitched\s+cry\b|\birritable\s+(?:on|when|with)\s+handling\b|"
                             r"\bnot\s+(?:his|her|their)\s+usual\s+sel(?:f|ves)\b|(?<!not\s)(?<!no\s)\bfloppy\b|"
                             # session 58 (notes tester M): "post-arrest day 1: drowsy, not following commands, no sedation running"
                             r"\b(?:not|no\s+longer)\s+(?:following|obeying)\s+(?:simple\s+)?(?:commands|instructions)\b",
    # session 47 (fresh notes tester): "was clutching his chest saying it felt heavy", "3 falls this week, last one this
    # morning", "has come out in hives on his arms"
    "chest_pain": r"\bclutching\s+(?:at\s+)?(?:his|her|their|the)\s+chest\b|"
                  # session 58 (notes testers G, E): "central crushing pain, ST elevation", "feels like an elephant sitting on my chest"
                  r"\b(?:central|retrosternal|substernal)\s+(?:crushing\s+|tight\w*\s+|heavy\s+|pressure-like\s+)?(?:pain|discomfort|"
                  r"pressure|tightness|heaviness)\b|\bcrushing\s+(?:central\s+)?pain\b|"
                  r"\b(?:elephant|weight|brick|someone)\s+(?:is\s+)?(?:sitting|standing|pressing)\s+on\s+(?:my|his|her|their|the)\s+chest\b|"
                  # session 58 (notes tester M): angina relieved by GTN is chest pain ("chest heaviness 8/10 at rest, GTN x2 with relief",
                  # "GTN x1 for central chest tightness at 0300, settled within 5 mins")
                  r"\b(?:chest|central|retrosternal)\s+(?:pain|tightness|heaviness|pressure|discomfort)\b[^.;]{0,40}?\b(?:gtn|nitro\w*|ntg)\b"
                  r"[^.;]{0,30}?\b(?:relie\w*|settl\w*|eased|resolv\w*|effect)|"
                  r"\b(?:gtn|nitro\w*|ntg)\b[^.;]{0,20}?\bfor\s+(?:\w+\s+){0,2}?(?:chest\s+(?:pain|tightness|heaviness|pressure|discomfort)|cp|angina)\b",
    # session 49 (notes tester P): "'acting drunk, sweating buckets', sugar meter says LO" (too low for the meter to read)
    "hypoglycemia_symptoms": r"\b(?:meter|glucometer|bm|bg|cbg|bsl|sugar)\s+(?:says|reads?|reading|showed|shows|showing|=|:)\s*"
                             r"['\"\u2018\u201c]?(?:lo|low)\b(?!\s*(?:normal|range|end))|"
                             # session 59 (notes tester G): "Capillary glucose read LO on meter", "BM LO on glucometer"
                             r"\b(?:capillary\s+glucose|glucose|meter|glucometer|bm|bg|bgl|cbg|bsl|sugar|fsbg|fsbs|fsg|poc\s+glucose)\s+"
                             r"(?:read\s+|reads\s+|reading\s+|=\s*|:\s*)?"
                             r"['\"\u2018\u201c]?(?-i:LO)\b",
    # session 59 (notes testers E, F): breakthrough pain needing many PRN doses ("needed 5 PRN oxycodone overnight for
    # breakthrough pain", "needed 4 PRN doses overnight for breakthrough pain in left hip")
    "uncontrolled_pain": r"\b(?:needed|required|requiring|needing|had|took|used)\s+(?:\d+|two|three|four|five|six|several|multiple|many|"
                         r"frequent|repeated)\b[^.;]{0,40}?\bfor\s+breakthrough\s+(?:\w+\s+)?pain\b",
    # session 58 (notes tester N): "Wound oozing blood and pus"
    # session 59 (notes tester H): "wound edges red hot & oozing pus and fresh blood"
    "bleeding": r"\b(?:oozing|oozes|oozed|leaking|weeping|dripping)\s+(?:\w+\s+(?:and|&)\s+)?(?:fresh\s+|frank\s+|bright\s+red\s+)?blood\b",
    # session 59 (notes tester K: US ED notes): "GLF this AM", "s/p fall down 5 stairs", "ground-level fall at home"
    "fall": r"\b(?-i:GLF)\b|\bground[- ]level\s+fall\b|\bs/p\s+(?:a\s+)?(?:mechanical\s+|ground[- ]level\s+|unwitnessed\s+)?fall\b|"
            r"\b(?:fell|fall|tumbled|slipped)\s+down\s+(?:\d+|the|some|several|a\s+(?:flight|few)\s+of|a\s+few)\s+(?:\w+\s+)?(?:stairs|steps)\b|"
            # session 59 (notes tester H): a night log's fall at its clock time ("fall at 2345 (IR completed)", "Fall 0415 - found by bed")
            r"(?<!no\s)(?<!risk\s)\b(?:unwitnessed\s+|witnessed\s+)?(?:fall|fell)\s+(?:at\s+|@\s*)?(?:[01]\d|2[0-3])[:.]?[0-5]\d(?:\s*(?:h|hrs))?\b(?!\s*(?:risk|assessment))|"
            r"\b(?:\d+|two|three|four|several|multiple)\s+falls\s+(?:this|in\s+the\s+(?:last|past))\s+(?:week|month|\d+\s+days)\b|"
            # session 58 (notes tester G): a fall of the last day or two, at home (the presenting complaint) or on the ward ("Fall at home
            # yesterday, hit head", "Fell at home 2/7 ago after C3", "Pt fell yesterday on the ward")
            r"\b(?:(?:pt|patient|he|she)\s+(?:had\s+a\s+fall|fell)|fall|fell)\s+(?:at\s+home\s+|on\s+the\s+ward\s+|in\s+the\s+(?:bay|bathroom|toilet)\s+)?"
            r"(?:yesterday|last\s+night|overnight|this\s+morning|earlier\s+today|[1-3]/7\s+ago|(?:1|2|3|one|two|three)\s+days?\s+ago)"
            r"(?:\s+(?:on\s+the\s+ward|in\s+the\s+(?:bay|bathroom|toilet)|at\s+home))?\b",
    "rash_allergic_reaction": r"\b(?:eczema|atopic\s+dermatitis|psoriasis)\s+(?:flare\w*|exacerbation|(?:is\s+)?worse\w*)\b|"
                              r"\bflare(?:-?up)?\s+of\s+(?:(?:his|her|their)\s+)?(?:eczema|psoriasis)\b|\binfected\s+eczema\b|"  # session 58
                              r"\b(?:come|came|broken|broke)\s+out\s+in\s+(?:a\s+)?(?:hives|rash|spots|welts|blotches|lumps)\b|"
                              r"\bred\s+man\s+(?:syndrome|reaction)\b|\bvancomycin\s+flushing\b|\banaphyla(?:xis|ctic\s+reaction)\b|"
                              # session 47 (US notes tester): "Morbilliform eruption over trunk on day 5 of Bactrim"
                              r"\b(?:morbilliform|maculopapular|urticarial|erythematous|drug|exanthematous)\s+(?:eruption|exanthem\w*|rash)\b|"
                              # session 51 (note-rules tester): "Generalised rash and fever." (the classifier 0.002)
                              r"\b(?:generali[sz]ed|widespread|diffuse|florid|spreading)\s+(?:itchy\s+|red\s+|blotchy\s+|raised\s+)?"
                              r"(?:rash|hives|urticaria|wheals)\b",
    # session 39 (fifth notes tester): "Mild nausea only, no vomiting", "Positive for nausea, negative for vomiting",
    # "Tachypnoeic, confused and febrile", "Admitted with 3 days of productive cough and fevers"
    "nausea_vomiting": r"\b(?:mild|some|slight|intermittent|positive\s+for|c/o|complain\w*\s+of|reports?)\s+(?:of\s+)?nause\w*|"
                       # session 40 (notes tester): "OD 20x paracetamol 4h ago, N/V." (a triage line's complaint)
                       r"(?:^|,\s*|;\s*)(?-i:N/V|N\+V|N&V)\s*\.?\s*$|"
                       # session 47 (US notes tester): "... an itchy rash on my chest and back, and I threw up twice this morning"
                       r"\b(?:i|he|she|pt|patient|they)\s+(?:have\s+|has\s+)?(?:threw|thrown)\s+up\b|"
                       # session 47 (fresh notes tester): "pain 10/10 writhing despite IV morphine, vomiting." and
                       # "photophobia, nausea, no vomiting" (an item of a list, not under the next item's "no")
                       r"[,;]\s*(?:and\s+)?(?:vomiting|vomited(?:\s+x\s*\d+)?)\s*\.?\s*$|(?:^|[,;]\s*)nausea(?=\s*[,;.]|\s*$)|"
                       # session 49 (notes tester P): "coarse tremor, vomiting x3, confused" (a second finding of the sentence)
                       r"\b(?:vomit(?:ing|ed)|emesis|retch(?:ing|ed))\s*(?:x\s*\d+|\d+\s*(?:x|times)|several\s+times|twice|three\s+times)\b|"
                       r"(?:^|[,;:]\s*)\+\s*(?:nausea|vomiting|emesis|n/v)\b",  # session 49 (notes tester T): "+ diaphoresis, + nausea"
    "infection_signs": r"\bproductive\s+cough\b|\b(?:fevers|febrile|pyrexial|rigors)\b|"
                       # session 60 (notes testers G, H): an infection named by its diagnosis ("vesicular rash in a dermatome -
                       # shingles", "COVID-19 PCR POSITIVE", "oral candida, white plaques on tongue")
                       r"\b(?:shingles|herpes\s+zoster|oral\s+candid\w*|oropharyngeal\s+candid\w*)\b(?!\s+(?:vaccin\w*|jabs?|booster))|"
                       r"\bcovid(?:-?19)?\s+(?:pcr\s+|lft\s+|swab\s+|test\s+)?(?:positive|pos\b|\+\s*ve)|\btested\s+covid(?:-?19)?\s+positive\b|"
                       # session 59 (notes tester K): "sepsis alert called on arrival", "5cm fluctuant abscess left axilla"
                       r"\b(?:sepsis|code\s+sepsis)\s+(?:alert|call|pathway|protocol|bundle)?\s*(?:was\s+)?(?:called|activated|initiated|triggered|started)\b|"
                       r"\b(?:fluctuant|draining|pointing|discharging)\s+(?:\w+\s+){0,2}?(?:abscess|collection|boil|furuncle|carbuncle)\b|"
                       r"\b\d+(?:\.\d)?\s*cm\s+(?:\w+\s+)?abscess\b|"
                       # session 59 (notes testers E, F): "Blood cultures positive - Strep pneumoniae", "BCs from admission grew
                       # Strep", an infected ascitic tap ("Ascitic tap: turbid, PMN 520 - SBP"), "spontaneous bacterial peritonitis"
                       r"\b(?:blood\s+cultures?|bcs?|b/cs?|cultures?)\s+(?:(?:from|on|taken)\s+(?:\w+\s+){1,2}?)?(?:(?:are|were|now|came\s+back)\s+)?"
                       r"(?:positive|\+\s*ve|pos)\b(?!\s+for\s+(?:nothing|no\b|none))|"
                       r"\b(?:bcs?|b/cs?)\s+(?:(?:from|on|taken)\s+(?:\w+\s+){1,2}?)?(?:grew|growing|grown|isolated)\b|"
                       # session 60 (notes tester F): a culture's result line naming an organism ("Urine culture: E. coli >10^5
                       # CFU/ml", "Blood cultures from Tuesday: Staph aureus 2/2 bottles")
                       r"\b(?:urine|blood|sputum|wound|csf|line|msu|csu|bal|pus)\s+cultures?\s*(?:\((?:\w+\s*){1,3}\)\s*)?"
                       r"(?:(?:from|on|taken)\s+\w+(?:\s+\w+)?\s*)?[:\-\u2013]\s*(?:heavy\s+|mixed\s+|scanty\s+)?(?:growth\s+of\s+)?"
                       r"(?:e\.?\s?coli|staph\w*|s\.?\s?aureus|strep\w*|klebsiella|pseudomonas|enterococc\w*|proteus|mrsa|mssa|"
                       r"candida|enterobacter|serratia|acinetobacter|haemophilus|gram[- ](?:negative|positive)\s+(?:rods|cocci|bacilli))\b|"
                       r"\b(?:ascitic|ascites|paracentesis|peritoneal\s+fluid)\b[^.\n]{0,60}?(?:(?<!no\s)(?<!not\s)(?<!r/o\s)\bsbp\b(?!\s*[:=<>~]?\s*\d)|(?<!not\s)(?<!no\s)\bturbid\b|(?<!not\s)(?<!no\s)\bcloudy\b|"
                       r"\b(?:pmns?|neutrophils?|polymorphs?)\s*(?:count\s*)?(?:of\s*)?[:=]?\s*(?:2[5-9]\d|[3-9]\d\d|\d{4,})\b)|"
                       r"\bspontaneous\s+bacterial\s+peritonitis\b|"
                       # session 58 (notes testers H, F, E): microbiology ("BAL grew Pseudomonas", "blood culture from admission grew S.
                       # aureus", "cultures from 48h ago positive for staph", "gram +ve cocci in clusters", "C. diff toxin positive")
                       r"\b(?:bal|bronchial\s+(?:washings?|lavage)|msu|csu|(?:wound\s+)?swabs?|line\s+tip|tip|cultures?|csf|aspirate)\s+"
                       r"(?:(?:from|on|taken)\s+(?:\w+\s+){1,2}?)?(?:grew|growing|grown|positive\s+for|isolated|\+ve\s+for)\b"
                       r"(?!\s+(?:nothing|no\b|0\b|none))|"
                       r"\bgram[- ]?(?:\+\s*(?:ve)?|-\s*ve|positive|negative|pos|neg)\s+(?:cocci|rods|bacilli|diplococci)\b|"
                       r"\bc\.?\s?diff(?:icile)?\s+(?:toxin\s+|pcr\s+|gdh\s+)?(?:positive|\+\s*ve|pos\b|\+)|"
                       r"\b(?:pelvic|abdominal|intra-?abdominal|subphrenic|perianal|psoas|liver|hepatic|renal|peritonsillar|epidural|"
                       r"brain|lung|breast|wound|subcutaneous|paravertebral)\s+(?:abscess|collection)\b|"
                       # session 49 (notes tester P): "white plaques on tongue, oral candidiasis"
                       r"\b(?:oral|oesophageal|esophageal|vaginal)\s+(?:candidiasis|thrush)\b|"
                       # session 47 (UK notes tester): "more breathless than usual ..., sputum green" (a COPD exacerbation)
                       r"\b(?:green|yellow|purulent|discoloured|discolored|rusty|foul[- ]smelling)\s+(?:\w+\s+)?(?:sputum|phlegm)\b|"
                       r"\b(?:sputum|phlegm)\s+(?:is\s+|now\s+|has\s+(?:been|become|turned)\s+|turned\s+|more\s+)?"
                       r"(?:green|yellow|purulent|discoloured|discolored)\b",
    "dyspnea": r"\btachypn(?:oe|e)(?:a|ic)\b|\bbreathles\b|"
               # session 56 (notes tester S): "coughing on thin fluids and now short of breath - likely aspiration pneumonia"
               r"\bnow\s+(?:more\s+|very\s+|quite\s+|really\s+)?(?:short\s+of\s+breath|sob|breathless)\b|"
               # session 56 (notes tester O): a child's signs of respiratory distress ("grunting and head bobbing, sats 89%")
               r"(?<!no\s)(?<!not\s)\bgrunting\b|\bhead\s+bobbing\b|(?<!no\s)\b(?:subcostal|intercostal|sternal|tracheal)\s+recession\b|"
               r"(?<!no\s)\bnasal\s+flaring\b|\btracheal\s+tug\b|"
               # session 40 (US notes tester): "c/o substernal CP 5/10, pressure-like, with diaphoresis and SOB", "ROS: +DOE"
               r"\bwith\s+(?:\w+\s+(?:and\s+)?){0,2}(?:sob|doe|dyspn(?:oea|ea))\b|\+\s*(?:sob|doe|dyspn(?:oea|ea))\b|"
               # session 40 (hard-notes tester): "SOB at rest, SpO2 89%"
               r"\b(?:sob|breathless(?:ness)?|short\s+of\s+breath|dyspn(?:oea|ea|oeic|eic))\s+(?:at\s+rest|on\s+minimal\s+exertion|"
               r"on\s+talking|when\s+talking)\b|"
               # a charted respiratory rate of 25 or more (NEWS2 scores it 3), the sentence's last reading, with a
               # saturation of 93% or less in the sentence (a child breathes at 25-40 with normal saturations)
               r"\b(?:rr|resp(?:iratory)?\s+rate)\s*(?:of\s*)?[:=]?\s*(?:2[5-9]|[3-6]\d)\b(?!\s*(?:%|mmhg|bpm|/))|"  # session 40: "faint and breathles on walking" (typo)
               r"\b(?:acute(?:ly)?|increasing(?:ly)?|worsening|new|severe(?:ly)?|marked(?:ly)?)\s+(?:sob|shortness\s+of\s+breath|"
               r"breathless(?:ness)?|dyspn(?:oea|ea)|dyspnoeic|dyspneic)\b|"
               # session 47 (UK notes tester): "became very short of breath after lunch, clutching her chest", "mild SOB and sharp
               # chest pain" (a second finding of the sentence the classifier let go)
               r"\b(?:very|really|extremely|quite|more|mild(?:ly)?|slight(?:ly)?)\s+(?:sob|short\s+of\s+breath|breathless(?:ness)?|"
               r"dyspn(?:oea|ea)|dyspnoeic|dyspneic)\b|\borthopn(?:oea|ea|oeic|eic)\b|\bpnd\b|"
               r"\bparoxysmal\s+nocturnal\s+dyspn\w*|\bair\s+hunger\b|"
               # session 49 (notes tester T): "I get puffed going up the stairs"
               r"\b(?:get|gets|getting|got|am|is|feel\w*|becomes?)\s+(?:really\s+|very\s+|so\s+|quite\s+)?['\"\u2018\u201c]?(?:puffed(?:\s+out)?|winded|out\s+of\s+puff)\b",  # session 47: "Air hunger, RR 30s"
}
for _label, _extra in [*_MORE.items(), *((lab, _GIVEN_FOR + words) for lab, words in _INDICATIONS.items())]:
    _base = _PHRASES.get(_label)
    _PHRASES[_label] = re.compile((_base.pattern + "|" if _base is not None else "") + _extra, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\s[-\u2013]\s")
_NOT_NOW = re.compile(
    r"\b(?:no|not|nil|denies|without|if|should|would|could|may|might|watch|monitor(?:ing)?\s+for|observe\s+for|"
    r"risk|(?<!ambulance\s)(?<!999\s)(?<!911\s)(?<!000\s)call|bleep|in\s+case|unless|develops?|recurs?|avoid|prevent|possibl[ey]|query|report\s+any|plan|"
    r"resolved|yesterday|last\s+night|earlier|previous(?:ly)?|prior|last\s+(?:admission|time)|history|hx|h/o|"
    r"educated|advised|taught|instructed|when|becomes?|settled|eased|"
    r"(?:years?|yrs?|months?|mths?|decades?|weeks?|wks?)\s+ago|last\s+(?:year|month|week)|"  # session 40: "3 weeks ago"
    r"(?:now|has|have|had|since)\s+(?:\w+\s+)?(?:stopped|ceased)|stopped\s+now|"
    rf"(?:in|last)\s+{MONTH_WORDS}|"  # session 48 (notes tester): "Resident had a fall last March"  # session 40: "fell at home in March"  # session 40: "nosebleed ..., now stopped"  # session 39: "Fall at home 3 years ago"
    r"ruled\s+out|excluded|unlikely|r/o|rule\s+out|absence|absent|"
    # session 55 (notes tester C): "Oversedated on Tuesday after PCA; PCA stopped, now alert" (a named day is a past one)
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"  # session 39: "Anaphylaxis ruled out", "Absence of melaena"
    # session 56 (notes tester O): an age or a childhood it happened at ("Known peanut allergy - had anaphylaxis aged 3")
    r"aged\s+\d{1,2}|at\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,2}|as\s+a\s+(?:child|baby|toddler|teenager)|in\s+childhood|"
    r"(?:19|20)\d\d)\b|\?",
    re.IGNORECASE)
# inside the phrase: a past tense or a supposition ("pain was uncontrolled overnight but settled",
# "report pain if it becomes uncontrolled")
_INSIDE = re.compile(r"\b(?:was|were|had\s+been|if|when|becomes?|would|should|could|may|might)\b", re.IGNORECASE)
# a chest pain is chest_pain's, not uncontrolled_pain's ("retrosternal burning pain not relieved by gaviscon")
_CHEST_BEFORE = re.compile(r"\b(?:chest|retrosternal|substernal|sternal|central|cardiac|anginal|cp)\b[^.;,]{0,20}$",
                           re.IGNORECASE)


# not a negation: a finding that goes on ("nosebleed ... that had not stopped"), a presenting
# complaint's duration ("a two-day history of black tarry stools")
_GOES_ON = re.compile(r"\b(?:(?:had|has|have)\s+)?not\s+(?:stopp\w*|settl\w*|eased)|won'?t\s+stop|"
                      r"\b(?:did|does)\s*n[o'\u2019]?t\s+know\b|\bnot\s+recogni[sz]\w*|"  # session 49: disorientation
                      r"\b(?:\w+[- ])?(?:hours?|days?|"
                      r"weeks?)[- ]history\s+of\b|\bhistory\s+of\s+(?:\w+\s+)?(?:hours?|days?|weeks?)\b|"
                      # session 50: "'puffing' when climbing stairs" (when it comes on, not a supposition)
                      r"\b(?:when|while)\s+(?:climbing|walking|going\s+up|talking|lying\s+flat)\b", re.IGNORECASE)


# session 40 (notes tester): the next clause ends it ("nosebleed at home lasting 20 min, now stopped")
_ENDED_NEXT = re.compile(r"\s*(?:(?:now|since|has|had|then|later)\s+)?(?:all\s+)?(?:stopped|settled|resolved|ceased)\b",
                         re.IGNORECASE)


_RR = re.compile(r"(?:rr|resp)", re.IGNORECASE)
_RR_VALUE = re.compile(r"\b(?:rr|resp(?:iratory)?\s+rate)\s*(?:of\s*)?[:=]?\s*(\d{1,2})\b", re.IGNORECASE)
_RR_HIGH = 25
_LOW_SATS = re.compile(r"\b(?:spo2|sats?|o2\s+sats?|saturations?|saturating)\s*(?:of\s*|at\s*)?[:=]?\s*(?:[5-8]\d|9[0-3])\b(?!\.\d)",
                       re.IGNORECASE)
# session 40 (notes tester): "denies SOB, orthopnoea, PND, chest pain or dizziness" - an item of a negated list
_NEG_LIST_LEAD = re.compile(r"\b(?:denies|denied|denying|no|nil|negative\s+for|neg(?:\s+for)?|without|w/o)\s+"
                            r"(?:[\w/&+'-]+(?:\s+[\w/&+'-]+){0,2}\s*(?:,|\bor\b|\band\b|\bnor\b)\s*)+\Z", re.IGNORECASE)


# session 40 (US notes tester): "Pt aware to call if she develops fever, increased pain, or heavy vaginal bleeding"
_INSTRUCTED_BEFORE = re.compile(r"\b(?:call|return|report|seek|come\s+back|phone|ring)\b[^.;]{0,60}?\b(?:if|should|when)\b|"
                                r"\bif\s+(?:she|he|pt|patient|you|they)\s+(?:develops?|gets?|notices?|experiences?)\b|"
                                # session 41: "Counselled about signs of allergic reaction (rash, lip swelling, wheeze)"
                                r"\b(?:counsel+ed|educated|advised|taught|explained|discussed)\b[^.;]{0,40}?\b(?:signs?|symptoms?|about|re)\b|"
                                r"\bsafety[- ]?net\w*|\bwarning\s+signs\b",
                                re.IGNORECASE)


def _in_negated_list(sentence: str, start: int) -> bool:
    """True when the phrase at ``start`` is a later item of a list opened by a negation."""
    return _NEG_LIST_LEAD.search(sentence, max(0, start - 120), start) is not None


def _asserted(sentence: str, match: re.Match[str]) -> bool:
    """Nothing in the clause around ``match``, outside the phrase, negates, supposes or dates it."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, match.start())]
    end = _CLAUSE_END.search(sentence, match.end())
    if end is not None and _ENDED_NEXT.match(sentence, end.end()):
        return False
    before = _GOES_ON.sub(" ", sentence[starts[-1] if starts else 0 : match.start()])
    after = _GOES_ON.sub(" ", sentence[match.end() : end.start() if end else len(sentence)])
    return _NOT_NOW.search(before) is None and _NOT_NOW.search(after) is None


# a haemorrhage told as over: treated, at delivery, or an earlier pregnancy's
_PPH_OVER = re.compile(r"\b(?:at\s+delivery|managed|treated|resolved|settled|stopped|previous|prior|last\s+(?:pregnancy|delivery)|"
                       r"history|hx|h/o|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)


_NITRATE = re.compile(r"\b(?:gtn|nitro\w*|ntg)\b", re.IGNORECASE)
_ONGOING = re.compile(r"(?:ongoing|persistent|persisting|continuing|recurrent|still)\b", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|nil|denies|without|resolved|if)\W*\Z", re.IGNORECASE)
_BLOOD_LOSS = re.compile(r"(?:ebl|estimated|measured|total|blood\s+loss)\b", re.IGNORECASE)
_INTRA_OP = re.compile(r"\b(?:intra-?\s?op\w*|in\s+theatres?|during\s+(?:the\s+)?(?:surgery|operation|procedure|case))\b", re.IGNORECASE)


_FEVER_WORD = re.compile(r"(?:fevers|febrile|pyrexial|rigors)\b", re.IGNORECASE)
_FEVER_GONE = re.compile(r"\b(?:apyrexial|afebrile|no\s+(?:further\s+)?(?:fevers?|spikes?|temps?)|temp(?:erature)?s?\s+(?:now\s+)?"
                         r"(?:settled|normal(?:ised|ized)?|down))\b", re.IGNORECASE)


# session 49 (notes tester T): "nosebleed yesterday lasting 20 min, another this morning" (the finding again now)
_AGAIN_NOW = re.compile(r"\b(?:another|again|recurr\w*|further\s+(?:one|episode))\b[^.;]{0,20}?\b(?:this\s+(?:morning|afternoon|evening)|"
                        r"today|tonight|now|overnight)\b", re.IGNORECASE)


# session 50 (notes tester W): "Pt's husband is on warfarin and had a nosebleed - pt asking whether her aspirin could
# cause the same" - the patient's relative is the clause's subject; not "Her husband reports a nosebleed overnight" (he
# tells the patient's), "seen with his wife, nosebleed" (another clause), "wife says he had a nosebleed" (the patient's
# pronoun) nor a relative's message about the patient ("Dad had a funny turn and went over in the garden")
_TELLER = (r"reports?|reported|says?|said|states?|stated|tells?|told|called|rang|phoned|noticed|concerned|worried|found|saw|"
           r"witnessed|thinks|feels|describes|confirms")
_RELATIVE_SUBJECT = re.compile(rf"\b(?<!\bwith\s)(?<!\bby\s)(?:(?:pt|patient)'?s\s+|(?:his|her|their)\s+){RELATIVE}\b"
                               rf"(?![^,;]*?\b(?:{_TELLER}|pt|patient|he|she|him|her|they)\b)[^,;]*\Z", re.IGNORECASE)
_TELLS_BEFORE = re.compile(rf"\b(?:{_TELLER})\b", re.IGNORECASE)


def _relatives_own(sentence: str, start: int) -> bool:
    """True when a relative is the subject of the clause that ends at ``start`` (no one tells it before them)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    begin = starts[-1] if starts else 0
    found = _RELATIVE_SUBJECT.search(sentence, begin, start)
    return found is not None and _TELLS_BEFORE.search(sentence, begin, found.start()) is None


def persisting_phrase(sentence: str, label: str) -> str | None:
    """The first asserted phrase of ``sentence`` that says ``label``'s finding goes on; None."""
    pattern = _PHRASES.get(label)
    if pattern is None:
        return None
    for match in pattern.finditer(sentence):
        if _INSIDE.search(match.group(0)):
            continue
        if label == "uncontrolled_pain" and _CHEST_BEFORE.search(sentence, 0, match.start()):
            continue
        if label == "dyspnea" and _RR.match(match.group(0)) and (
                any(int(r.group(1)) < _RR_HIGH for r in _RR_VALUE.finditer(sentence, match.end()))
                or not _LOW_SATS.search(sentence)):
            continue  # "RR 30 on arrival, now RR 18": the last reading counts; "RR 30, SpO2 97%" (a child)
        if _in_negated_list(sentence, match.start()) or _INSTRUCTED_BEFORE.search(sentence, 0, match.start()) or (
                _relatives_own(sentence, match.start())):
            continue
        if label == "infection_signs" and _FEVER_WORD.match(match.group(0)) and _FEVER_GONE.search(sentence, match.end()):
            continue  # session 57 (notes tester E): "pyrexial on admission, apyrexial for 48h now"
        if label == "bleeding" and match.group(0)[:3].lower() == "pph" and _PPH_OVER.search(sentence):
            continue  # "PPH 1.2L at delivery, managed with syntocinon and bimanual compression" (over)
        if label == "bleeding" and _BLOOD_LOSS.match(match.group(0)) and (
                _INTRA_OP.search(sentence) or match.group(0)[:3].lower() == "ebl"):  # session 60: "EBL 600ml" is theatre's
            continue  # session 55 (notes tester F): "Intra-op EBL 800 mL, 2 units RBC." (the operation's record)
        if label == "chest_pain" and _NITRATE.search(match.group(0)) and not _NEGATION_BEFORE.search(
                sentence, max(0, match.start() - 20), match.start()) and not _INSTRUCTED_BEFORE.search(sentence, 0, match.start()):
            return match.group(0).strip()  # session 58: angina relieved by GTN is chest pain, its relief no end of it
        if _ONGOING.match(match.group(0)) and not _NEGATION_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            return match.group(0).strip()  # "ongoing temperatures (max 38.4 last night)": the reading's time is the last one's
        if _asserted(sentence, match) or (_AGAIN_NOW.search(sentence, match.end()) and not _INSTRUCTED_BEFORE.search(sentence)):
            return match.group(0).strip()
    return None


def apply_persisting(sentences: Sequence[str], probs: np.ndarray, labels: Sequence[str]) -> dict[int, dict[int, str]]:
    """Set, in place, each label's probability to 1.0 where its sentence says the finding goes on;
    returns label column -> {sentence row: phrase}."""
    found: dict[int, dict[int, str]] = {}
    for column, label in enumerate(labels):
        if label not in _PHRASES:
            continue
        for row, sentence in enumerate(sentences):
            phrase = persisting_phrase(sentence, label)
            if phrase is not None:
                probs[row, column] = 1.0
                found.setdefault(column, {})[row] = phrase
    return found
