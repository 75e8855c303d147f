"""Which implementation of the text layer's hot loops runs: the compiled fast path or pure Python.

The C extension :mod:`rasd.text._fast` (built from ``_fast.c`` by ``hatch_build.py`` at install time) is used
when it imports and matches this source (:data:`EXPECTED_VERSION`); otherwise rasd runs on the pure-Python code,
which is the reference and gives exactly the same output. ``RASD_PURE_PYTHON=1`` forces the pure path (read by
:func:`rasd.config.pure_python_requested` at import). :func:`active` and :data:`REASON` say which path runs and
why; nothing here ever raises.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rasd.config import PURE_PYTHON_ENV, pure_python_requested

if TYPE_CHECKING:
    from rasd.doc import Sentence, Span, Token, Word
    from rasd.text._fast import TokenCache

__all__ = ["EXPECTED_VERSION", "REASON", "NormalizeFn", "SentencesFn", "TokenizeFn", "active", "new_cache",
           "normalize", "sentences", "tokenize"]

#: the compiled tokenizer's signature (see _fast.pyi)
TokenizeFn = Callable[
    [str, int, "TokenCache", dict[str, str], dict[str, tuple[tuple[int, int, str, str, str], ...]],
     Callable[[str], str], str, "type[Token]", "type[Word]", str, tuple[str, str, str, str]],
    "list[Token]",
]
#: the compiled sentence and clause splitter's signature (see _fast.pyi)
SentencesFn = Callable[[str, str, tuple[str, ...], "type[Span]", "type[Sentence]"], "list[Sentence]"]
#: the compiled normaliser's signature (see _fast.pyi)
NormalizeFn = Callable[[str, str], tuple[str, tuple[int, ...], tuple[int, ...]]]

#: the ``VERSION`` constant of the extension this source goes with (``RASD_FAST_VERSION`` in _fast.c)
EXPECTED_VERSION = 4


_Loaded = tuple[TokenizeFn | None, "Callable[[], TokenCache] | None", SentencesFn | None, NormalizeFn | None, str]


def _load() -> _Loaded:
    if pure_python_requested():
        return None, None, None, None, f"{PURE_PYTHON_ENV} is set"
    try:
        from rasd.text import _fast
    except ImportError as exc:
        return None, None, None, None, f"the C extension is not built ({exc})"
    version = getattr(_fast, "VERSION", None)
    if version != EXPECTED_VERSION:
        return None, None, None, None, (f"the C extension is stale (version {version}, this source wants "
                                        f"{EXPECTED_VERSION}); reinstall")
    return _fast.tokenize, _fast.TokenCache, _fast.sentences, _fast.normalize, f"C extension {_fast.__file__}"


#: the compiled tokenizer (with the constructor of its table), sentence splitter and normaliser, or None on the
#: pure-Python path; REASON says why
tokenize, new_cache, sentences, normalize, REASON = _load()


def active() -> str:
    """``"compiled"`` when the C fast path runs, else ``"pure-python"``."""
    return "compiled" if tokenize is not None else "pure-python"
