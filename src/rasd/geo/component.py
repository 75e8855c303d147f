"""The geocoder as a pipeline component, ``rasd.geo.v1``: fills ``places`` and ``mentions[].place`` and adds
LOC mentions (``source="gazetteer"``) for place names no earlier component tagged."""

from __future__ import annotations

import dataclasses
import hashlib
from importlib import resources

from rasd.config import Settings
from rasd.doc import Document
from rasd.geo.geocoder import Geocoder, to_places
from rasd.pipeline import register

__all__ = ["GeoComponent"]


class GeoComponent:
    name = "rasd.geo.v1"
    requires: tuple[str, ...] = ("tokens",)
    assigns: tuple[str, ...] = ("mentions", "places")

    def __init__(self, settings: Settings | None = None, geocoder: Geocoder | None = None) -> None:
        self.settings = settings or Settings()
        self.geocoder = geocoder or Geocoder()

    def fingerprint(self) -> str:
        h = hashlib.sha256(b"geo.v1")
        h.update(resources.files("rasd.resources.geo").joinpath("places.tsv").read_bytes())
        return h.hexdigest()[:12]

    def __call__(self, doc: Document) -> Document:
        # Idempotent: mentions this component added before are dropped and places recomputed.
        if doc.places or any(m.source == "gazetteer" for m in doc.mentions):
            kept = tuple(dataclasses.replace(m, place=None) for m in doc.mentions if m.source != "gazetteer")
            doc = doc.replace(mentions=kept, places=())
        return to_places(doc, self.geocoder.resolve(doc))


@register(GeoComponent.name, requires=GeoComponent.requires, assigns=GeoComponent.assigns)
def _make(settings: Settings) -> GeoComponent:
    return GeoComponent(settings)
