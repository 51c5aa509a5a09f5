"""Two questions asked as one: "when does HAYSTACK appear and what colour is the lettering?".

The parser reads one ask per question, so a second ask joined to the first takes over its cues (the colour
rule answers, the time is lost) or makes the whole refused. Here such a question is cut where a new ask
begins after "and", "also", "plus", a semicolon or a question mark, so that each part is answered on its
own and a part the transcript cannot answer is refused by itself, not with the other part. A restatement
("Ist X zu sehen? I mean, can you see X?") is no second question: it opens with no asking word, and a part
that only repeats the first ask is dropped by the caller.
"""

from __future__ import annotations

import re

from videochat.llm.foreign import english

#: Words a new ask opens with.
_OPENER = (r"(?:what|what's|which|when|where|who|whose|how|is|isn't|are|was|were|does|do|did|can|could|will|would|"
           r"has|have|tell me|give me|name|list|describe)\b")
#: Where a second ask may begin: after a question mark, a semicolon, or "and" / "also" / "plus" (with or
#: without a comma) when an asking word follows.
_JOIN = re.compile(rf"(?:\?\s+|;\s*|,?\s+(?:and|also|plus|&)\s+(?:also\s+)?)(?={_OPENER})", re.I)
#: A first part ending like this is the first of two names ("between HELLO and when ..."), not a whole ask.
_OPEN_ENDED = re.compile(r"\b(?:between|both|either|from|and|or|of|the|a|an|than|whether)\s*$|\bbetween\b(?!.*\band\b)", re.I)


def split(question: str) -> list[str]:
    """The asks of ``question`` in order: one item unless it joins whole questions; each part keeps its own
    question mark. Parts shorter than two words are joined back to the one before ("... ? What?")."""
    text = english(" ".join(question.split()))
    parts: list[str] = []
    last = 0
    for m in _JOIN.finditer(text):
        head, rest = text[last:m.start()].strip(" ,;"), text[m.end():]
        if len(head.split()) < 3 or len(re.findall(r"[\w'-]+", rest)) < 2 or _OPEN_ENDED.search(head):
            continue
        parts.append(head)
        last = m.end()
    parts.append(text[last:].strip(" ,;"))
    if len(parts) == 1:
        return [question.strip()]
    return [p if p.endswith("?") else p + "?" for p in parts if p]
