"""Type stub of the compiled fast path (src/rasd/text/_fast.c)."""
from collections.abc import Callable

from rasd.doc import Sentence, Span, Token, Word

VERSION: int

def tokenize(
    text: str,
    offset: int,
    norms: dict[str, str],
    kinds: dict[str, str],
    templates: dict[str, tuple[tuple[int, int, str, str, str], ...]],
    learn: Callable[[str], str],
    several: str,
    token_type: type[Token],
    word_type: type[Word],
    stem: str,
    arabic: str,
    /,
) -> list[Token]: ...
def spans(text: str, /) -> list[tuple[int, int]]: ...
def sentences(
    text: str, classes: str, words: tuple[str, ...], span_type: type[Span], sentence_type: type[Sentence], /
) -> list[Sentence]: ...
def clause_cuts(text: str, classes: str, words: tuple[str, ...], /) -> list[int]: ...
