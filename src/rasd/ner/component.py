"""The NER pipeline component ``rasd.ner.v1``: fills ``mentions`` with PER / ORG / LOC / MISC entities.

Mentions exclude proclitics («لداعش» → «داعش», «للجيش» → «لجيش»), have exact raw offsets and ids ``m1``,
``m2`` … in text order, and ``source="ner"``. Any mentions already on the document are replaced. The model
(``rasd/resources/ner``) is loaded on the first document, once per process.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from rasd.config import Settings
from rasd.doc import Document
from rasd.ner.model import ARTIFACT_FILES, NerModel, default_model
from rasd.ner.tagger import doc_mentions
from rasd.pipeline import register

__all__ = ["NerComponent"]


class NerComponent:
    name = "rasd.ner.v1"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, settings: Settings | None = None, model: NerModel | None = None) -> None:
        self.settings = settings or Settings()
        self._model = model

    @property
    def model(self) -> NerModel:
        if self._model is None:
            self._model = default_model()
        return self._model

    def __getstate__(self) -> dict[str, object]:
        # The CRF tagger is a C object: workers (multiprocessing, Spark) reload the model lazily instead.
        return {"settings": self.settings, "_model": None}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def fingerprint(self) -> str:
        h = hashlib.sha256(b"ner.v1")
        base = resources.files("rasd.resources").joinpath("ner")
        names = list(ARTIFACT_FILES)
        card = base.joinpath("model.json")
        if card.is_file():  # an ensemble's other members (model-1.crfsuite …)
            import json

            names += [m["file"] for m in json.loads(card.read_text(encoding="utf-8")).get("members", [])
                      if m["file"] not in names]
        for name in names:
            f = base.joinpath(name)
            h.update(f.read_bytes() if f.is_file() else b"-")
        return h.hexdigest()[:12]

    def __call__(self, doc: Document) -> Document:
        return doc.replace(mentions=doc_mentions(doc, self.model))


@register(NerComponent.name, requires=NerComponent.requires, assigns=NerComponent.assigns)
def _make(settings: Settings) -> NerComponent:
    return NerComponent(settings)
