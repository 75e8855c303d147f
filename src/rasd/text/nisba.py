"""Country names that are also adjectives.

«سورية» is Syria in the official spelling and also the feminine nisba adjective «Syrian». After an indefinite
noun it is the adjective («قيادات عسكرية سورية», «أطراف سورية أخرى», «مصادر سورية»); after a definite word, a
preposition or a verb it is the country («الوزير سورية», «في سورية», «زار سورية»). Used by the actor linker and the
geocoder, so that neither makes a place or a state of the adjective.
"""
from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Token
from rasd.text.normalize import normalize_word

__all__ = ["is_country_adjective"]

# Names of a country that are also its feminine adjective, normalised.
ADJECTIVE_COUNTRY_NAMES = frozenset({"سوريه"})
# Words before the name that leave it the country: verbs and state nouns («زار سورية», «حكومة سورية» is the
# Syrian government, a name of its own).
_NOT_NOUNS = frozenset({"زار", "زاره", "غادر", "غادرت", "دخل", "دخلت", "تدعم", "يدعم", "دعم", "هاجم", "اتهم", "اتهمت",
                        "حكومه", "دوله", "جمهوريه", "عاصمه"})
# Function words before the name: prepositions, particles, pronouns.
_FUNCTION = frozenset({"علي", "في", "من", "الي", "عن", "بعد", "قبل", "مع", "عند", "حتي", "لكن", "او", "ان", "انه", "انها",
                       "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "كان", "كانت", "قد", "لقد", "اما", "بين", "حول", "ضد",
                       "منذ", "خلال", "و", "ف", "ثم", "بلد", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "وسط"})
# Indefinite plural heads the adjective follows («مصادر سورية», «قوات سورية»), normalised.
_PLURAL_HEADS = frozenset({"مصادر", "قوات", "اطراف", "قيادات", "فصائل", "مدن", "قري", "اراض", "اراضي", "مناطق", "جهات",
                           "دول", "وسائل", "طائرات", "اسلحه", "قوي", "شخصيات", "عناصر", "جماعات", "معارضه", "حدود"})


def is_country_adjective(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` (a bare word, no clitic) is a country name read as an adjective after an indefinite
    noun: a feminine or plural form («عسكرية», «أطراف», «مصادر») with no article, right before it."""
    if i <= 0 or i >= len(tokens):
        return False
    tok, prev = tokens[i], tokens[i - 1]
    if tok.kind != "arabic" or len(tok.words) > 1 or normalize_word(tok.text) not in ADJECTIVE_COUNTRY_NAMES:
        return False
    if prev.kind != "arabic" or len(prev.words) > 1 or prev.end + 1 != tok.start:
        return False
    p = normalize_word(prev.text)
    if p.startswith("ال") or p in _FUNCTION or p in _NOT_NOUNS or len(p) <= 2:
        return False
    return p.endswith(("ات", "ه", "ين", "ون")) or p in _PLURAL_HEADS
