"""Arabic named-entity recognition: rasd's own CRF tagger (PER, ORG, LOC, MISC) over rasd tokens.

- :mod:`rasd.ner.model` — the shipped model, loaded lazily once per process (:func:`default_model`);
- :mod:`rasd.ner.tagger` — tag tokens or a document (:func:`doc_mentions`);
- :mod:`rasd.ner.component` — the pipeline component ``rasd.ner.v1``;
- :mod:`rasd.ner.train`, :mod:`rasd.ner.evaluate` — ``rasd train ner`` and ``rasd eval ner``.
"""
