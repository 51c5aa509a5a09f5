"""Words of other languages that people mix into English questions about a video.

"cuántas palabras distintas... how many different words are on screen?", "à quel moment voit-on the
dog?", "kitne log hain, how many people?": the question words and the few nouns every video question
uses (word, screen, people, second, picture) are put in English, and the other languages' articles,
pronouns and small verbs are dropped, so none of them becomes a name to look up. Spanish, French,
German, Portuguese, Dutch, Italian, Polish, romanised Hindi and romanised Japanese; a word that is also English
("was", "die", "chat", "me", "do") is left alone. Names of things are not translated: an answer can only quote what the video shows.
"""

from __future__ import annotations

import re

#: Phrases first (longest first), then single words; "" drops the word.
PHRASES: dict[str, str] = {
    "en qué momento": "at what moment", "a qué hora": "at what time", "en qué segundo": "at what second",
    "por favor": "", "qué se ve": "what is seen", "qué dice": "what says", "se ve": "is seen", "se ven": "are seen",
    "hay algún": "is there a", "hay alguna": "is there a", "hay": "is there",
    "à quel moment": "at what moment", "combien de": "how many", "qu'est-ce que": "what", "qu'est-ce qui": "what",
    "est-ce que": "", "est-ce qu'il y a": "is there", "il y a": "there is", "y a-t-il": "is there",
    "s'il vous plaît": "", "s'il te plaît": "", "voit-on": "is seen", "on voit": "is seen",
    "wie viele": "how many", "wie lange": "how long", "zu welchem zeitpunkt": "at what moment", "gibt es": "is there",
    "es gibt": "there is", "sieht man": "is seen", "bitte": "",
    "o que": "what", "em que momento": "at what moment", "quanto tempo": "how long", "por favor,": "",
    "kitne log": "how many people", "kitne": "how many", "kitni": "how many", "kitna": "how much",
    "quelle est": "what is", "quel est": "what is", "qu'est-ce qu'on voit": "what is seen", "qu'est-ce qui est dit": "what is said",
    "à l'image": "in the picture", "vers la moitié": "around the middle", "durée totale": "total duration",
    "was ist zu sehen": "what is seen", "was sieht man": "what is seen", "was wird gesagt": "what is said",
    "zu sehen": "seen", "pehli baar": "first", "pehli bar": "first", "aata hai": "appears", "aati hai": "appears",
    "alag alag": "different", "dikhaye gaye": "shown", "dikhaya gaya": "shown", "beech mein": "in the middle",
    "bolte hain": "say", "bolta hai": "says", "dikh raha hai": "is shown", "dikh rahi hai": "is shown",
    "bola ja raha hai": "is said", "kis baare mein": "about what", "short mein batao": "tell me briefly",
    "yeh video kis baare mein hai": "what is this video about", "video kis baare mein hai": "what is the video about",
    "audio mein kya bola ja raha hai": "what is said in the audio", "kya bola ja raha hai": "what is said",
    "audio mein": "in the audio", "de qué trata el video": "what is the video about",
    "de qué trata el vídeo": "what is the video about", "de qué trata": "what is it about", "cuánto dura": "how long is",
    "quanto dura": "how long is", "wie lang ist": "how long is",
    "wat wordt er gezegd": "what is said", "wat staat er in beeld": "what is shown", "in beeld": "on screen",
    "voor het eerst": "first", "het eerst": "first", "wat is er te zien": "what is seen", "wat zie je": "what is seen",
    "cosa si vede": "what is seen", "che cosa si vede": "what is seen", "cosa si dice": "what is said",
    "si vede": "is seen", "si dice": "is said", "per la prima volta": "first", "a metà": "in the middle",
    "nani ga utsutte imasu ka": "what is shown", "nani ga mieru": "what is seen", "nanbyou kan": "how many seconds",
    "nanbyou": "how many seconds", "zenbu de": "in total", "itsu desu ka": "when is it", "no toki": "at that time",
    "o czym jest ten film": "what is the video about", "o czym jest": "what is it about", "ile osób": "how many people",
    "ile słów": "how many words", "co jest na ekranie": "what is on screen", "co widać": "what is seen", "co mówi": "what says",
    "nan to itte imasu ka": "what is said", "nan to itte": "what is said", "utsutte iru toki": "while shown",
    "utsutte iru aida": "while shown", "kikoeru kotoba wa": "what words are heard", "dotchi ga hayai desu ka": "which comes first",
    "dotchi ga saki": "which comes first", "sumimasen": "",
    "no entiendo": "", "oui ou non": "yes or no", "au moment où on entend": "at the moment someone says",
    "au moment où": "at the moment", "combien de secondes dure": "how many seconds lasts", "el video": "the video",
    "el vídeo": "the video", "la vidéo": "the video", "das video": "the video", "mientras sale": "while shown",
    "ile czasu": "how long", "jak długo": "how long", "w którym momencie": "at what moment", "czy jest": "is there",
}  # fmt: skip
WORDS: dict[str, str] = {
    # question words
    "cuántas": "how many", "cuántos": "how many", "cuantas": "how many", "cuantos": "how many", "cuándo": "when",
    "cuando": "when", "qué": "what", "que": "what", "cuál": "which", "cual": "which", "cuáles": "which",
    "dónde": "where", "quién": "who", "quien": "who", "cómo": "how", "como": "how",
    "combien": "how many", "quand": "when", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which",
    "quoi": "what", "où": "where", "qui": "who",
    "wann": "when", "welche": "which", "welcher": "which", "welches": "which", "welchen": "which", "wo": "where",
    "wer": "who", "wie": "how", "wieviele": "how many",
    "quando": "when", "quantas": "how many", "quantos": "how many", "qual": "which", "quais": "which",
    "onde": "where", "quem": "who",
    "kab": "when", "kya": "what", "kaun": "who", "kahan": "where", "kaise": "how",
    "wanneer": "when", "hoeveel": "how many", "welk": "which", "terwijl": "while",
    "quante": "how many", "quanti": "how many", "cosa": "what", "quale": "which", "quali": "which", "dove": "where",
    "chi": "who", "perché": "why", "itsu": "when", "nani": "what", "ikutsu": "how many", "doko": "where",
    # the nouns and verbs of video questions
    "palabras": "words", "palabra": "word", "mots": "words", "mot": "word", "wörter": "words", "worte": "words",
    "wort": "word", "palavras": "words", "palavra": "word", "shabd": "word", "woorden": "words", "woord": "word",
    "parole": "words", "parola": "word", "kotoba": "word",
    "pantalla": "screen", "écran": "screen", "ecran": "screen", "bildschirm": "screen", "tela": "screen",
    "scherm": "screen", "schermo": "screen", "gamen": "screen",
    "personas": "people", "gente": "people", "mensen": "people", "persone": "people", "hito": "people", "personnes": "people", "gens": "people", "personen": "people",
    "leute": "people", "menschen": "people", "pessoas": "people",
    "segundo": "second", "segundos": "seconds", "seconde": "second", "secondes": "seconds", "sekunde": "second",
    "sekunden": "seconds", "minuto": "minute", "minutos": "minutes",
    "imagen": "picture", "imágenes": "pictures", "imagem": "picture", "imagens": "pictures", "bild": "picture",
    "bilder": "pictures", "foto": "photo", "fotos": "photos",
    "escena": "scene", "escenas": "scenes", "cena": "scene", "cenas": "scenes", "scène": "scene", "scènes": "scenes",
    "szene": "scene", "szenen": "scenes", "scena": "scene", "escenes": "scenes",
    "vídeo": "video", "vidéo": "video", "voz": "voice", "voix": "voice", "stimme": "voice", "awaaz": "voice",
    "dicen": "say", "dit": "says", "disent": "say", "sagt": "says", "gesagt": "said", "diz": "says",
    "dizem": "say", "aparece": "appears", "aparecen": "appear", "aparecem": "appear", "apparaît": "appears",
    "erscheint": "appears", "distintas": "different", "distintos": "different", "diferentes": "different",
    "différents": "different", "différentes": "different", "verschiedene": "different",
    "fin": "end", "ende": "end", "inicio": "start", "principio": "start", "début": "start",
    "anfang": "start", "começo": "start", "início": "start", "mitad": "middle", "milieu": "middle", "mitte": "middle",
    "meio": "middle", "moitié": "middle", "durée": "duration", "dauer": "duration", "länge": "length",
    "duración": "duration", "duração": "duration", "totale": "total", "écrits": "written", "écrit": "written",
    "escritas": "written", "escritos": "written", "geschrieben": "written", "jemand": "someone", "wenn": "when",
    "als": "when", "quelqu'un": "someone", "alguien": "someone", "alguém": "someone", "vers": "around",
    "kaunsa": "which", "kaunsi": "which", "konsa": "which", "jab": "when", "tab": "then", "pe": "on", "im": "in",
    # articles, pronouns, prepositions and small verbs: no names
    "el": "", "la": "", "los": "", "las": "", "un": "", "una": "", "unos": "", "unas": "", "del": "", "de": "",
    "en": "", "es": "", "se": "", "lo": "", "al": "", "mí": "", "dime": "tell me",
    "le": "", "les": "", "une": "", "des": "", "du": "", "et": "", "est": "", "sont": "", "dans": "", "sur": "",
    "à": "", "au": "", "aux": "", "ce": "", "cette": "", "ces": "", "moi": "", "dis-moi": "tell me",
    "der": "", "das": "", "den": "", "dem": "", "ein": "", "eine": "", "einen": "", "und": "", "ist": "",
    "sind": "", "auf": "", "mir": "", "ich": "", "sag": "tell", "zu": "", "sehen": "seen",
    "na": "", "em": "", "um": "", "uma": "", "são": "", "tem": "", "dos": "",
    "hai": "", "hain": "", "mein": "", "ka": "", "ki": "", "ke": "", "ko": "", "aur": "", "bhi": "", "yeh": "",
    "woh": "", "mujhe": "", "batao": "tell me", "het": "", "een": "", "er": "", "zegt": "says", "verschijnt": "appears",
    "laatste": "last", "il": "", "gli": "", "di": "", "della": "", "nella": "", "mentre": "while", "ultima": "last",
    "prima": "first", "mostra": "shows", "wa": "", "ga": "", "ni": "", "desu": "", "imasu": "", "miemasu": "seen", "dikhte": "shown", "dikhta": "shown", "dikhti": "shown",
    "bolta": "says", "bolti": "says", "bola": "said", "par": "",
    "douga": "video", "oye": "", "mientras": "while", "dure": "lasts", "kikoeru": "heard", "proszę": "", "jest": "is", "filmie": "video", "kiedy": "when", "ile": "how many", "słowo": "word", "słowa": "words", "ekranie": "screen", "ekran": "screen",
    "zdjęcie": "picture", "zdjęcia": "pictures", "osób": "people", "ludzi": "people", "sekund": "seconds", "sekundzie": "second",
}  # fmt: skip

_PHRASE = re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True))
                     + r")(?![\w'-])", re.I)
_TOKEN = re.compile(r"(?<![\w'-])[^\W\d_][\w'-]*")


#: Table words English also uses or that start English names ("La Paz", "de facto", "Das Boot"): alone they do
#: not make a question mixed; other table words, or any letter outside ASCII, do.
_ALSO_ENGLISH = {"la", "de", "en", "es", "se", "le", "un", "na", "um", "em", "fin", "al", "lo", "est", "sur", "ce",
                 "des", "du", "et", "au", "aux", "les", "dos", "das", "den", "der", "dem", "ein", "como", "bild", "foto",
                 "fotos", "hai", "ka", "ki", "ke", "ko", "tem", "sag", "ich", "und", "mein", "woh", "quel", "par", "zu", "im",
                 "als", "tab", "jab", "pe", "vers", "wenn", "chi", "di", "il", "er", "ni", "wa", "ga", "prima",
                 "mostra"}


def english(text: str) -> str:
    """``text`` with the other languages' question words in English and their small words gone, if it
    mixes in another language; words in capitals (on-screen text) and words not in the tables are kept."""
    if not _mixed(text):
        return text
    text = text.replace("¿", "").replace("¡", "")
    kab = re.search(r"(?<![\w'-])kab(?![\w'-])", text, re.I)
    if kab and kab.start() > 0:  # Hindi asks in place ("HELLO pehli baar kab aata hai"): English asks first
        text = "kab " + text[: kab.start()] + text[kab.end():]
    chunks = [re.sub(r"^i mean,?\s+", "", c.strip(), flags=re.I) for c in re.split(r"[?!]+|\.\.\.|…|\s[-–—]\s|,\s", text) if c.strip()]
    quoted = re.search(r"[\"“”«»]", text) and not re.search(r"[\"“”«»]", chunks[-1])  # "au moment où on entend "X", what is
    if len(chunks) > 1 and _restates(chunks[-1]) and not quoted:  # on screen": the quote is asked about, so word by word;
        # "wann sieht man den Hund? when is the dog shown": the English one
        names = [] if re.search(r"\b[A-Z]{2,}\b", chunks[-1]) else re.findall(r"\b[A-Z]{2,}\b", text)  # "GRANARY and SILAGE... dotchi ga
        return (" and ".join(dict.fromkeys(names)) + " - " if names else "") + chunks[-1] + "?"  # hayai": the names asked about

    def word(m: re.Match) -> str:
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            return w
        low = w.lower()
        if low[:2] in ("l'", "d'") and low[2:] in WORDS:  # French elision: "l'écran", "d'images"
            return WORDS[low[2:]]
        return WORDS.get(low, w)

    text = _PHRASE.sub(lambda m: m.group(0) if m.group(0).isupper() else PHRASES[m.group(0).lower()], text)
    text = " ".join(_TOKEN.sub(word, text).split())
    return re.sub(r"\b(when|where) is seen\b", r"\1 is", text, flags=re.I)  # "wann sieht man X": when is X


_ASKS = re.compile(r"^(?:what|which|when|where|who|how|is|are|was|were|does|do|did|can|could|tell|give|list|show|"
                   r"describe|count|transcribe|name)\b", re.I)


def _restates(clause: str) -> bool:
    """Whether a last clause is a whole English question by itself: three words or more, no other language,
    and no pronoun pointing back at the first part ("I mean, does it appear" needs it)."""
    return (len(clause.split()) >= 3 and bool(_ASKS.match(clause)) and not _mixed(clause)
            and not re.search(r"\b(?:it|that|this|they|them|he|she|one|then|there)\b", clause, re.I))


def _mixed(text: str) -> bool:
    if re.search(r"[^\x00-\x7f‘’“”–—…]", text):
        return True
    if _PHRASE.search(text) and not all(m.group(0).lower() in ("por favor", "bitte") for m in _PHRASE.finditer(text)):
        return True
    return any(w.lower() in WORDS and w.lower() not in _ALSO_ENGLISH for w in _TOKEN.findall(text) if not w.isupper())
