"""What ``rasd eval events`` runs: the pipeline (or the oracle coder) over a gold file, then the scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasd.config import resolve
from rasd.doc import Document
from rasd.events.evaluate import gold_document, read_gold, run_pipeline, score_documents
from rasd.pipeline import Pipeline

__all__ = ["build_extractors", "evaluate_events"]


def build_extractors(*, config_file: str | None = None, pipeline: str | None = None, oracle: bool = False
                     ) -> Any:
    """A ``(gold record, Document) -> Document`` function: the full pipeline with ``rasd.events.v1`` last, or
    (``oracle``) the text layer, gold mentions/actors/places, then the coder."""
    settings = resolve(config_file=config_file, overrides={"pipeline": pipeline})
    if oracle:
        from rasd.events.coder import EventCoder
        from rasd.text.component import TextLayer

        text, coder = TextLayer(settings), EventCoder()

        def run_oracle(gold: dict[str, Any], doc: Document) -> Document:
            d = gold_document(gold, text(doc))
            return d.replace(events=coder(d))

        return run_oracle
    names = list(settings.pipeline)
    if "rasd.events.v1" not in names:
        names.append("rasd.events.v1")
    pipe = Pipeline.from_settings(resolve(config_file=config_file, overrides={"pipeline": ",".join(names)}))

    def run_full(gold: dict[str, Any], doc: Document) -> Document:
        return pipe(doc)

    return run_full


def evaluate_events(gold_path: str | Path, *, oracle: bool = False, config_file: str | None = None,
                    pipeline: str | None = None) -> dict[str, Any]:
    gold = read_gold(gold_path)
    fn = build_extractors(config_file=config_file, pipeline=pipeline, oracle=oracle)
    pairs = []
    for g, doc in run_pipeline(gold, lambda d: d):
        pairs.append((g, fn(g, doc)))
    res = score_documents(pairs)
    return {"gold": Path(gold_path).name, "mode": "oracle" if oracle else "pipeline", **res}
