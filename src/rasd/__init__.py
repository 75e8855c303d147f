"""rasd (رصد): Arabic news to structured, evidence-linked event data.

    >>> import rasd
    >>> doc = rasd.extract("بدأ الجيش السوري بتطويق مدينة البوكمال", date="2017-11-05")
    >>> doc.to_dict()["schema"]
    'rasd.document/1'
"""

from __future__ import annotations

from rasd.api import Extractor, extract, load_pipeline
from rasd.config import Settings
from rasd.doc import Actor, Document, Event, Mention, Meta, Place, Sentence, Span, Token, Word
from rasd.errors import RasdError

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Extractor",
    "Mention",
    "Meta",
    "Place",
    "RasdError",
    "Sentence",
    "Settings",
    "Span",
    "Token",
    "Word",
    "__version__",
    "extract",
    "load_pipeline",
]
