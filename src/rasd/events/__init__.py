"""PLOVER event coding: the codebook and trigger lexicon (data), the trigger matcher, the coder, evaluation."""

from __future__ import annotations

__all__ = ["EventCoder", "load_lexicon"]


def __getattr__(name: str) -> object:  # lazy: importing rasd.events loads nothing
    if name == "EventCoder":
        from rasd.events.coder import EventCoder

        return EventCoder
    if name == "load_lexicon":
        from rasd.events.codebook import load_lexicon

        return load_lexicon
    raise AttributeError(name)
