"""NER benchmark: accuracy on the ANERcorp CAMeL Lab test split, model load time, tagging speed.

    .venv/bin/python bench/bench_ner.py [--articles 400]

Accuracy is exact-span (micro, macro, per type) through the real inference path (`rasd eval ner`'s code). Speed
is the NER component alone (features + CRF + mention building) on SaudiNewsNet articles that were tokenised
beforehand, in one thread: a cold pass (empty feature cache) and a warm pass, as wall-clock tokens/s and as
tokens per CPU-second of the process (the per-core figure, less sensitive to other load on a shared machine). The
reference path (the feature strings decoded by CRFsuite, or for an ensemble by their mean weights looked up per
string) is timed in the same run, interleaved, and its mentions are compared with the fast path's. Load time is measured in a fresh
process. The seed-article check lists which of the issue's expected mentions the model finds.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, SHARED, record, table

EXPECTED = ["البوكمال", "داعش", "القنيطرة", "جيش الإسلام", "فيلق الرحمن", "إدمون موليت", "جيم ماتيس",
            "بريت ماكغورك", "قسد"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args()

    load = subprocess.run(
        [sys.executable, "-c", ("import time; t=time.perf_counter(); c=time.process_time(); "
         "from rasd.ner.model import default_model; default_model(); "
         "print(time.perf_counter()-t, time.process_time()-c)")], capture_output=True, text=True, check=True)
    load_s, load_cpu = (float(x) for x in load.stdout.split())

    from rasd.doc import Document
    from rasd.ner.data import read_conll
    from rasd.ner.evaluate import evaluate_model
    from rasd.ner.model import default_model
    from rasd.ner.tagger import doc_mentions
    from rasd.text.component import TextLayer

    model = default_model()
    text_layer = TextLayer()
    tok = text_layer.tokenizer

    test_file = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    res = evaluate_model(read_conll(test_file), model, tok)  # sentence by sentence + document-level spreading

    docs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= args.articles:
                break
            d = json.loads(line)
            docs.append(text_layer(Document(id=str(i), text=d.get("content") or "")))
    n_tok = sum(len(d.tokens) for d in docs)
    from rasd.ner.consistency import propagate
    from rasd.ner.features import token_key
    from rasd.ner.lexicon import lexicon_merge
    from rasd.ner.tagger import _groups, trim_place_nouns

    def reference_spans(d: Document) -> list[tuple[int, int, str]]:
        """The decoding path before the fast one: feature strings (cached per token string) decoded by CRFsuite, or
        for an ensemble by Viterbi on the mean weights looked up string by string (NerModel.tag_reference)."""
        groups = _groups(d.tokens, d.sentences)
        labels = propagate(groups, [model.tag_reference(g) for g in groups], **model.propagate_settings)
        if model.lexicon_kinds:
            labels = lexicon_merge(groups, labels, [[token_key(t) for t in g] for g in groups], model.lexicon_kinds,
                                   contain=model.lexicon_contain, split=model.lexicon_split)
        spans = [sp for g, lab in zip(groups, labels, strict=True) for sp in model.label_spans(g, lab)]
        return sorted(trim_place_nouns(d.tokens, spans))  # as doc_mentions does

    def reference_mentions(d: Document) -> int:
        return len(reference_spans(d))

    def timed(fn: object) -> tuple[float, float, int]:
        t = time.perf_counter()
        c = time.process_time()
        k = sum(fn(d) for d in docs)  # type: ignore[operator]
        return n_tok / (time.perf_counter() - t), n_tok / (time.process_time() - c), k

    runs: dict[str, list[tuple[float, float, int]]] = {"fast": [], "ref": []}
    for rep in range(2):  # cold then warm caches, the two paths interleaved
        if rep == 0:
            model.extractor._cache.clear()
            model.extractor._vcache.clear()
        runs["ref"].append(timed(reference_mentions))
        runs["fast"].append(timed(lambda d: len(doc_mentions(d, model))))
    speeds = [r[0] for r in runs["fast"]]
    cpu_speeds = [r[1] for r in runs["fast"]]
    n_men = runs["fast"][0][2]
    same = all([(m.start, m.end, m.type) for m in doc_mentions(d, model)] == reference_spans(d) for d in docs[:100])
    load_avg = os.getloadavg()[0]

    seed = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    sdoc = text_layer(Document(id="seed", text=seed))
    found = {(m.text, m.type) for m in doc_mentions(sdoc, model)}
    found_text = {t for t, _ in found}
    seed_rows = [[e, "yes" if e in found_text else "no", ",".join(sorted(t for x, t in found if x == e))]
                 for e in EXPECTED]

    rows = [["micro", res["micro"]["precision"], res["micro"]["recall"], res["micro"]["f1"], res["entities"]],
            ["macro", res["macro"]["precision"], res["macro"]["recall"], res["macro"]["f1"], ""]]
    rows += [[t, v["precision"], v["recall"], v["f1"], v["support"]] for t, v in sorted(res["per_type"].items())]
    card = model.card
    dev = card.get("dev", {})
    body = "\n\n".join([
        ("Exact-span scores on the ANERcorp CAMeL Lab test split (`ANERCorp_CamelLab_test.txt`, 925 sentences; "
        "never trained or tuned on), tagged as running text the way documents are (sentence by sentence, then "
        f"names spread within {model.propagate_settings.get('window', 0)} sentences, `decode.propagate`, then "
        "the lexicon merge, `decode.lexicon`):"),
        table(["", "P", "R", "F1", "support"], rows),
        (f"Dev slice (last {card.get('data', {}).get('anercorp', {}).get('dev_sentences', '?')} sentences of "
        f"ANERcorp's training part; from the model card): micro F1 {dev.get('micro', {}).get('f1')}, "
        f"macro F1 {dev.get('macro', {}).get('f1')}."),
        table(["measure", "value"], [
            ["model load (fresh process; import of rasd included)", f"{load_s:.2f} s wall, {load_cpu:.2f} s CPU"],
            ["reference path (feature strings: CRFsuite, or an ensemble's mean weights per string), cold / warm caches",
             f"{runs['ref'][0][1]:,.0f} / {runs['ref'][1][1]:,.0f} tokens per CPU-second"],
            ["fast path over reference, warm caches (same run)", f"{runs['fast'][1][1] / runs['ref'][1][1]:.2f}x"],
            ["same mentions as the reference path (first 100 articles)", "yes" if same else "NO"],
            ["tagging, cold feature cache (1 thread)",
             f"{speeds[0]:,.0f} tokens/s wall, {cpu_speeds[0]:,.0f} tokens per CPU-second"],
            ["tagging, warm feature cache (1 thread)",
             f"{speeds[1]:,.0f} tokens/s wall, {cpu_speeds[1]:,.0f} tokens per CPU-second"],
            ["machine load average during the run (2 cores)", f"{load_avg:.1f}"],
            ["speed corpus", f"{len(docs)} SaudiNewsNet articles, {n_tok:,} tokens, {n_men:,} mentions"],
        ]),
        "Seed article (`examples/seed-article.txt`), expected mentions found with exact text:",
        table(["expected", "found", "types"], seed_rows),
    ])
    print(body)
    record("ner", "NER (rasd.ner.v1, CRF)", body)


if __name__ == "__main__":
    main()
