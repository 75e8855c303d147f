"""Benchmark: precision and recall of "same event" links made by the store's deduplication.

Two sets, each scored pairwise (a pair of reports is positive when the annotator put them in the same story):

1. **hand-paired** (``tests/data/dedup/hand-pairs.jsonl``): 19 reports of 6 real events from 9 outlets,
   coded by hand from SaudiNewsNet; evidence = the article's lead (first 300 characters).
2. **dev gold, within article** (``tests/data/dev/dev-gold.jsonl``): every gold event and each of its
   ``alt_triggers`` (restatements of the same event in the same article) is a report with the sentence around
   its trigger as evidence; distinct gold events in one article are negatives. Gold places have no coordinates,
   so distinct place names are treated as distinct places.

Both measure the linker given correct event attributes (an upper bound on end-to-end dedup quality: the
pipeline's own extraction errors come on top). Records docs/bench/dedup.md.
"""
from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, ROOT, record, table

from rasd.store.dedup import DedupParams, Report, _ordinal, link_reports
from rasd.store.rows import fts_words

PLACES = {  # name -> (lat, lon, country, feature): GeoNames coordinates
    "Abha": (18.2164, 42.5053, "SA", "city"),
    "Syria": (35.0, 38.0, "SY", "country"),
    "Al Anad": (13.17, 44.77, "YE", "site"),
    "Dar Saad": (12.89, 44.98, "YE", "district"),
    "Lahij": (13.0582, 44.8838, "YE", "city"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in fts_words(text).split() if len(w) > 2)


def hand_reports() -> tuple[list[Report], list[str]]:
    rows = [json.loads(x) for x in (ROOT / "tests/data/dedup/hand-pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    want = {r["line"] for r in rows}
    texts: dict[int, dict] = {}  # type: ignore[type-arg]
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(itertools.islice(f, max(want) + 1)):
            if i in want:
                texts[i] = json.loads(line)
    reps, labels = [], []
    for r in rows:
        lat, lon, country, feature = PLACES[r["place"]]
        lead = texts[r["line"]]["content"][:300]
        reps.append(Report(
            doc_id=f"snn-{r['line']}", event_id="e1", type=r["type"], mode=None, polarity="asserted",
            modality="actual", day=_ordinal(r["day"]), source=r["source"], actors=frozenset(r["actor"]),
            recipients=frozenset(r["recipient"]), actor_names=tuple(r["actor"]), recipient_names=tuple(r["recipient"]),
            lat=lat, lon=lon, country=country, place_name=r["place"], place_key=r["place"], precision=1,
            feature=feature, words=_words(lead), evidence=lead,
        ))
        labels.append(r["story"])
    return reps, labels


def _sentence_around(text: str, start: int, end: int) -> str:
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([x for x in (text.find(".", end), text.find("\n", end)) if x >= 0] or [len(text)])
    return text[a:b]


def gold_reports() -> tuple[list[Report], list[str]]:
    reps, labels = [], []
    far = {}
    for line in (ROOT / "tests/data/dev/dev-gold.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = d["text"]
        for k, e in enumerate(d["events"]):
            actors = frozenset(a[0] for a in e.get("actor") or [])
            recips = frozenset(a[0] for a in e.get("recipient") or [])
            place = e.get("place")
            if place is not None and place not in far:
                far[place] = (len(far) * 3.0 % 80, len(far) * 7.0 % 170)  # distinct names far apart
            for t in [e["trigger"], *(e.get("alt_triggers") or [])]:
                ev = _sentence_around(text, t["start"], t["end"])
                lat, lon = far[place] if place is not None else (None, None)
                for typ in e["types"][:1]:
                    reps.append(Report(
                        doc_id=d["id"], event_id=f"e{k}", type=typ, mode=e.get("mode"),
                        polarity=e.get("polarity", "asserted"), modality=e.get("modality", "actual"),
                        day=_ordinal(e.get("date") or d["meta"].get("date")), source=d["meta"].get("source"),
                        actors=actors, recipients=recips, actor_names=tuple(actors), recipient_names=tuple(recips),
                        lat=lat, lon=lon, country=None, place_name=place, place_key=place, precision=1,
                        feature="city", words=_words(ev), evidence=ev,
                    ))
                    labels.append(f"{d['id']}#{k}")
    return reps, labels


def score(reps: list[Report], labels: list[str], params: DedupParams) -> tuple[int, int, int, float, float, int, int]:
    groups = link_reports(reps, params)
    pred = {}
    for gi, g in enumerate(groups):
        for i in g:
            pred[i] = gi
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(reps)), 2):
        same_gold = labels[i] == labels[j]
        same_pred = pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += (not same_gold) and same_pred
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, p, r, len(set(labels)), len(groups)


def main() -> None:
    params = DedupParams()
    rows = []
    for name, (reps, labels) in (("hand-paired, cross-article", hand_reports()),
                                 ("dev gold, within article", gold_reports())):
        tp, fp, fn, p, r, n_gold, n_pred = score(reps, labels, params)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append([name, len(reps), n_gold, n_pred, tp, fp, fn, f"{p:.2f}", f"{r:.2f}", f"{f1:.2f}"])
        print(f"{name}: reports {len(reps)}, gold stories {n_gold}, predicted {n_pred}, "
              f"TP {tp} FP {fp} FN {fn}, P {p:.2f} R {r:.2f} F1 {f1:.2f}")
    body = (f"Pairwise links of the default `DedupParams` ({params}), scored against hand labels; "
            "the linker is given the hand-coded event attributes, so this is an upper bound on end-to-end dedup "
            "(see the docstring of bench/bench_dedup.py).\n\n"
            + table(["set", "reports", "gold stories", "predicted stories", "TP", "FP", "FN", "precision",
                     "recall", "F1"], rows))
    print(record("dedup", "Store: event deduplication (same-event links)", body))


if __name__ == "__main__":
    main()
