"""The shipped NER model: a CRF over rasd tokens plus its gazetteer and cluster map, loaded once per process.

Artifact (``rasd/resources/ner/`` or any directory with the same files): ``model.crfsuite`` (CRFsuite weights),
``gazetteer.tsv.gz``, ``clusters.bin`` and ``model.json`` (the card: feature configuration, training data,
settings, scores). With a card ``members`` list the model is an ensemble of CRFs trained with different feature
sets (``model.crfsuite``, ``model-1.crfsuite`` …), decoded as the mean of their weights
(:meth:`~rasd.ner.fastcrf.FastCrf.average`). :func:`default_model` loads the packaged one lazily and caches it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.doc import Mention, Token
from rasd.errors import ResourceError
from rasd.ner.clusters import ClusterMap
from rasd.ner.features import FeatureConfig, FeatureExtractor, Gazetteer
from rasd.ner.gazetteer import load_gazetteer

__all__ = ["ARTIFACT_FILES", "NerModel", "decode_spans", "default_model"]

ARTIFACT_FILES = ("model.crfsuite", "gazetteer.tsv.gz", "clusters.bin", "model.json")


def decode_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO labels → (first token, last token + 1, type), in order; a stray I- starts an entity."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate(list(labels) + ["O"]):
        if lab == "O" or lab.startswith("B-") or lab[2:] != typ:
            if start >= 0:
                out.append((start, i, typ))
            start, typ = (i, lab[2:]) if lab != "O" else (-1, "")
    return out


class NerModel:
    """A loaded tagger. ``tag`` labels one sequence of tokens; ``mentions`` turns labels into mentions."""

    def __init__(self, crf_path: str | Path, gazetteer: Gazetteer | None, clusters: ClusterMap | None,
                 card: dict[str, Any]) -> None:
        import pycrfsuite  # type: ignore[import-untyped]

        self.card = card
        self.config = FeatureConfig(**card.get("features", {}))
        self.extractor = FeatureExtractor(self.config, gazetteer, clusters)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(crf_path))
        except (OSError, ValueError) as exc:
            raise ResourceError(str(crf_path), 0, f"cannot open CRF model: {exc}") from exc
        self._lock = threading.Lock()
        from rasd.ner.fastcrf import FastCrf

        # the same weights as arrays: Viterbi on cached per-type vectors; an ensemble's mean (card "members")
        members = [Path(crf_path).with_name(str(m["file"])) for m in card.get("members", [])]
        self.member_paths = members or [Path(crf_path)]
        self.fast = FastCrf(crf_path) if not members else FastCrf.average([FastCrf(p) for p in members])
        self.extractor.bind(self.fast)
        self._entity_labels = [y for y in self._tagger.labels() if y != "O"]
        self.o_threshold = float(card.get("decode", {}).get("o_threshold", 0.0))
        prop = dict(card.get("decode", {}).get("propagate", {"window": 0}))
        if "types" in prop:
            prop["types"] = tuple(prop["types"])
        self.propagate_settings: dict[str, Any] = prop
        # decode.lexicon: actor-dictionary names of these kinds tagged where the tagger left O (rasd.ner.lexicon)
        lex = card.get("decode", {}).get("lexicon", {})
        self.lexicon_kinds: dict[str, str] = dict(lex.get("kinds", {}))
        self.lexicon_contain = bool(lex.get("contain", False))
        self.lexicon_split = bool(lex.get("split", False))

    @classmethod
    def from_dir(cls, path: str | Path) -> NerModel:
        p = Path(path)
        try:
            card = json.loads((p / "model.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ResourceError(str(p / "model.json"), 0, f"cannot read model card: {exc}") from exc
        gaz = load_gazetteer((p / "gazetteer.tsv.gz").read_bytes(), str(p / "gazetteer.tsv.gz")) \
            if (p / "gazetteer.tsv.gz").exists() else None
        clu = ClusterMap.from_bytes((p / "clusters.bin").read_bytes()) if (p / "clusters.bin").exists() else None
        return cls(p / "model.crfsuite", gaz, clu, card)

    def tag(self, tokens: Sequence[Token], o_threshold: float | None = None) -> list[str]:
        """BIO labels. Viterbi decoding, then (recall bias, tuned on the dev slice and stored in the card as
        ``decode.o_threshold``) a token Viterbi labels O whose marginal P(O) is below the threshold takes its
        most probable entity label; I- after another type becomes B-. With a threshold, an ensemble is decoded by
        its first member alone (CRFsuite's marginals are per model; the shipped threshold is 0, off)."""
        if not tokens:
            return []
        thr = self.o_threshold if o_threshold is None else o_threshold
        if thr <= 0.0:
            return self.tag_many([tokens])[0]
        feats = self.extractor.features(tokens)
        with self._lock:
            tg = self._tagger
            labels = list(tg.tag(feats))
            if thr <= 0.0:
                return labels
            changed = False
            marginal = tg.marginal
            ent = self._entity_labels
            for i, lab in enumerate(labels):
                if lab == "O" and marginal("O", i) < thr:
                    labels[i] = max(ent, key=lambda y: marginal(y, i))
                    changed = True
        if changed:
            prev = "O"
            for i, lab in enumerate(labels):
                if lab.startswith("I-") and prev[2:] != lab[2:]:
                    labels[i] = "B-" + lab[2:]
                prev = labels[i]
        return labels

    def tag_many(self, groups: Sequence[Sequence[Token]]) -> list[list[str]]:
        """Viterbi labels of several sequences (sentences), decoded together from cached per-type weight vectors
        (:class:`~rasd.ner.fastcrf.FastCrf`): the same labels as CRFsuite's :meth:`tag_crfsuite`."""
        return self._tag_many(groups)[0]

    def _tag_many(self, groups: Sequence[Sequence[Token]]) -> tuple[list[list[str]], list[list[str]]]:
        with self._lock:
            ks = [self.extractor.state_matrix(g) for g in groups]
        lab = self.fast.labels
        return ([[lab[i] for i in seq] for seq in self.fast.viterbi_many([s for _k, s in ks])],
                [k for k, _s in ks])

    def tag_crfsuite(self, tokens: Sequence[Token]) -> list[str]:
        """Viterbi labels from CRFsuite itself on the feature strings (the reference :meth:`tag` must equal; for an
        ensemble, the first member's labels: each member is compared with CRFsuite alone, see the tests)."""
        if not tokens:
            return []
        feats = self.extractor.features(tokens)
        with self._lock:
            return list(self._tagger.tag(feats))

    def tag_reference(self, tokens: Sequence[Token]) -> list[str]:
        """Labels decoded from the feature strings, without the per-type vector caches: CRFsuite's own
        (:meth:`tag_crfsuite`) for one CRF; for an ensemble, Viterbi on the mean weights looked up string by string
        (each member's fast path is compared with CRFsuite on its own in the tests)."""
        if len(self.member_paths) == 1:
            return self.tag_crfsuite(tokens)
        if not tokens:
            return []
        import numpy as np

        feats = self.extractor.features(tokens)
        crf = self.fast
        lab = crf.labels
        return [lab[i] for i in crf.viterbi(np.array([crf.vector(f) for f in feats]))]

    def spans(self, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
        """Entity spans as (start offset, end offset, type) of one sentence, tagged alone: proclitics of the
        first token are left out, and punctuation at either edge is trimmed."""
        return self.label_spans(tokens, self.tag(tokens))

    def spans_many(self, groups: Sequence[Sequence[Token]]) -> list[list[tuple[int, int, str]]]:
        """Spans of consecutive sentences of one text (a document): each is tagged, then the names found are
        spread to their untagged occurrences nearby (:mod:`rasd.ner.consistency`, settings in the card's
        ``decode.propagate``; ``{"window": 0}`` turns it off), then untagged actor-dictionary names of the kinds
        in ``decode.lexicon`` are added (:mod:`rasd.ner.lexicon`; absent or empty: off)."""
        from rasd.ner.consistency import propagate

        keys = None
        if self.o_threshold <= 0.0:
            labels, keys = self._tag_many(groups)
        else:
            labels = [self.tag(g) for g in groups]
        opts = self.propagate_settings
        if opts.get("window", 0) > 0:
            labels = propagate(groups, labels, keys=keys, **opts)
        if self.lexicon_kinds:
            from rasd.ner.features import token_key
            from rasd.ner.lexicon import lexicon_merge

            if keys is None:
                keys = [[token_key(t) for t in g] for g in groups]
            labels = lexicon_merge(groups, labels, keys, self.lexicon_kinds, contain=self.lexicon_contain,
                                   split=self.lexicon_split)
        return [self.label_spans(g, lab) for g, lab in zip(groups, labels, strict=True)]

    @staticmethod
    def label_spans(tokens: Sequence[Token], labels: Sequence[str]) -> list[tuple[int, int, str]]:
        """Labels of ``tokens`` → (start offset, end offset, type) spans (see :meth:`spans`)."""
        out = []
        for a, b, typ in decode_spans(labels):
            while a < b and tokens[a].kind in ("other", "punct"):
                a += 1
            while b > a and tokens[b - 1].kind in ("other", "punct"):
                b -= 1
            if a >= b:
                continue
            first = tokens[a]
            start = next((w.start for w in first.words if w.role != "proclitic"), first.start)
            out.append((start, tokens[b - 1].end, typ))
        return out


_LOCK = threading.Lock()
_DEFAULT: NerModel | None = None


def default_model() -> NerModel:
    """The packaged model, loaded on first use and shared by the process."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                base = resources.files("rasd.resources").joinpath("ner")
                missing = [f for f in ARTIFACT_FILES if not base.joinpath(f).is_file()]
                if missing:
                    raise ResourceError("rasd/resources/ner", 0,
                                        f"NER model files missing: {missing}; run `rasd train ner`")
                with resources.as_file(base) as d:
                    _DEFAULT = NerModel.from_dir(d)
    return _DEFAULT


def make_mention(i: int, text: str, start: int, end: int, typ: str) -> Mention:
    return Mention(id=f"m{i}", start=start, end=end, text=text[start:end], type=typ, source="ner")
