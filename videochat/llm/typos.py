"""Shaky typing: "how many timess does the picture change", "whenn is it shown", "isthere a dog", "how manny".

The parser reads cue words, so a doubled last letter, two words run together or a common misspelling of a
cue hides the question. Only the words questions are asked with are repaired, never a name: a token is
changed only when it is not such a word itself and its repair is (a doubled last letter dropped, a split
into two small words, or a listed misspelling), so "grass", "class" and on-screen words in capitals stay.
"""

from __future__ import annotations

import re

#: The words questions about a video are asked with (what a repair may produce).
CUES = frozenset((
    "what which when where who how many much long often is are was were do does did can could will would there the "
    "it in on at this that these those any some anything anyone anybody someone people person persons times time "
    "second seconds minute minutes start beginning end middle first last word words screen text written writing "
    "said says say spoken voice audio speech shown show shows seen see visible appear appears appeared appearing "
    "picture pictures photo photos image images scene scenes shot shots cut cuts video clip change changes "
    "anywhere everywhere explain describe tell give count how's what's there's through about around during while "
    "after before halfway again maximum total different saying showing talking looking coming going playing happening"
).split())
#: Small words people run together ("isthere", "whatis", "inthe").
_GLUE = frozenset("is are was were what where when how there the it in on at this that many much does did any who which do".split())
#: Misspellings of cue words seen in questions.
MISSPELT = {
    "begining": "beginning", "beggining": "beginning", "begginning": "beginning", "biginning": "beginning",
    "anywere": "anywhere", "anywher": "anywhere", "enywhere": "anywhere", "explane": "explain", "explian": "explain",
    "manny": "many", "meny": "many", "visable": "visible", "vissible": "visible", "apeared": "appeared",
    "apperance": "appearance", "appearence": "appearance", "picure": "picture", "pitcure": "picture", "pictrue": "picture", "secound": "second", "secounds": "seconds",
    "minite": "minute", "minites": "minutes", "srceen": "screen", "scrreen": "screen",
}  # fmt: skip
_TOKEN = re.compile(r"(?<![\w'])[a-z][a-z']*(?![\w'])", re.I)


def repair(word: str) -> str:
    """``word`` (lower case) repaired into cue words, or unchanged."""
    if word in CUES:
        return word
    if word in MISSPELT:
        return MISSPELT[word]
    if word.endswith("in") and word + "g" in CUES:  # "sayin", "showin"
        return word + "g"
    if len(word) >= 5 and word[-1] == word[-2]:  # "timess", "screenn", "beginingg"
        single = word[:-1]
        fixed = MISSPELT.get(single, single)
        if fixed in CUES:
            return fixed
    for i in range(2, len(word) - 1):  # "isthere", "whatis" (not "dodo")
        if word[:i] in _GLUE and word[i:] in _GLUE and word[:i] != word[i:]:
            return f"{word[:i]} {word[i:]}"
    return word


def repaired(text: str) -> str:
    """``text`` with its lower-case tokens repaired (capitals, digits and punctuation untouched)."""
    def one(m: re.Match) -> str:
        word = m.group(0)
        if word.isupper() and len(word) > 1:  # an on-screen word
            return word
        fixed = repair(word.lower())
        return word if fixed == word.lower() else fixed

    return _TOKEN.sub(one, text)
