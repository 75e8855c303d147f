"""Type stub of the compiled fast path (src/rasd/text/_fast.c)."""
from collections.abc import Callable

from rasd.doc import Sentence, Span, Token, Word

VERSION: int

class TokenCache:
    """The compiled tokenizer's table of token strings (mirrors the Tokenizer's norm and template caches)."""

    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def clear(self) -> None: ...
    def contents(self) -> dict[str, tuple[str, tuple[tuple[int, int, str, str, str], ...] | None]]: ...

def tokenize(
    text: str,
    offset: int,
    cache: TokenCache,
    norms: dict[str, str],
    templates: dict[str, tuple[tuple[int, int, str, str, str], ...]],
    learn: Callable[[str], str],
    several: str,
    token_type: type[Token],
    word_type: type[Word],
    stem: str,
    kind_names: tuple[str, str, str, str],
    /,
) -> list[Token]: ...
def spans(text: str, /) -> list[tuple[int, int, int]]: ...
def sentences(
    text: str, classes: str, words: tuple[str, ...], span_type: type[Span], sentence_type: type[Sentence], /
) -> list[Sentence]: ...
def clause_cuts(text: str, classes: str, words: tuple[str, ...], /) -> list[int]: ...
def normalize(raw: str, cmap: str, /) -> tuple[str, tuple[int, ...], tuple[int, ...]]: ...
