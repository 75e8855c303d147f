#!/usr/bin/env python3
"""Benchmark of the actor dictionary and linker (rasd.actors.v1).

- dictionary load time (cold, in a fresh process; best of several runs) against the 0.5 s budget;
- linking's share of the pipeline's time per article on SaudiNewsNet articles (the default pipeline with and
  without rasd.actors.v1, same articles, same process), against the 20 % budget;
- actor-linking accuracy on gold event actor slots: the seed article, and the dev set
  tests/data/dev/dev-gold.jsonl when present (scoring rule in tests/actors/gold.py), with the pipeline's own NER
  mentions and with the gold mentions given as NER input.

    python bench/bench_actors.py [--articles 300]
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, ROOT, SHARED, record, table  # noqa: E402

from rasd.config import DEFAULT_PIPELINE, Settings  # noqa: E402
from rasd.doc import Document, Mention, Meta  # noqa: E402
from rasd.errors import RasdError  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402

_spec = importlib.util.spec_from_file_location("actors_gold", ROOT / "tests" / "actors" / "gold.py")
assert _spec and _spec.loader
gold_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_mod)


def load_time(runs: int = 5) -> tuple[float, float]:
    code = ("import time,gc;from rasd.actors import dictionary as D;t=time.perf_counter();d=D.load();"
            "print(time.perf_counter()-t, len(d.actors), d.n_aliases)")
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        times.append(float(out[0]))
    return min(times), statistics.median(times)


def articles(n: int) -> list[Document]:
    docs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            o = json.loads(line)
            text = o.get("content") or ""
            if len(text) < 300:
                continue
            docs.append(Document(f"snn-{i}", text, Meta(source=o.get("source"),
                                                         date=(o.get("date_extracted") or "")[:10] or None)))
            if len(docs) >= n:
                break
    return docs


def pipelines() -> tuple[Pipeline, Pipeline, list[str]]:
    names = list(DEFAULT_PIPELINE)
    if "rasd.actors.v1" not in names:
        names.insert(names.index("rasd.text.v1") + 1, "rasd.actors.v1")
    try:
        with_actors = Pipeline.from_settings(Settings(pipeline=tuple(names)))
        with_actors(Document("probe", "قال الجيش السوري إن داعش انسحب."))
    except RasdError:  # a component that cannot run here (e.g. an untrained model): leave it out
        names = [n for n in names if n in ("rasd.text.v1", "rasd.actors.v1", "rasd.geo.v1")]
        with_actors = Pipeline.from_settings(Settings(pipeline=tuple(names)))
    without = Pipeline.from_settings(Settings(pipeline=tuple(n for n in names if n != "rasd.actors.v1")))
    return with_actors, without, names


def timing(docs: list[Document], with_actors: Pipeline, without: Pipeline) -> dict[str, float]:
    for d in docs[:20]:  # warm caches (tokenizer, dictionary, models) outside the timed runs
        with_actors(d)
        without(d)
    t_without = t_with = t_link = 0.0
    actors_c = next(c for c in with_actors.components if c.name == "rasd.actors.v1")
    n_mentions = n_linked = n_new = n_actors = 0
    for d in docs:
        t = time.perf_counter()
        without(d)
        t_without += time.perf_counter() - t
        t = time.perf_counter()
        out = d
        for c in with_actors.components:
            t0 = time.perf_counter()
            out = c(out)
            if c is actors_c:
                t_link += time.perf_counter() - t0
        t_with += time.perf_counter() - t
        n_mentions += len(out.mentions)
        n_linked += sum(1 for m in out.mentions if m.actor)
        n_actors += len(out.actors)
        n_new += sum(1 for a in out.actors if a.dictionary_id is None)
    n = len(docs)
    return {"n": n, "without_ms": 1000 * t_without / n, "with_ms": 1000 * t_with / n, "link_ms": 1000 * t_link / n,
            "mentions": n_mentions / n, "linked": n_linked / max(n_mentions, 1), "actors": n_actors / n,
            "new_share": n_new / max(n_actors, 1)}


def accuracy(golds: list[dict], pipe: Pipeline, text_only: Pipeline) -> dict[str, tuple[int, int]]:  # type: ignore[type-arg]
    actors_c = next(c for c in pipe.components if c.name == "rasd.actors.v1")
    res = {"pipeline": (0, 0), "gold-mentions": (0, 0)}
    for g in golds:
        meta = Meta(date=(g.get("meta") or {}).get("date"))
        doc = pipe(Document(g["id"], g["text"], meta))
        ok, total, _ = gold_mod.score(doc, g)
        res["pipeline"] = (res["pipeline"][0] + ok, res["pipeline"][1] + total)
        base = text_only(Document(g["id"], g["text"], meta))
        ner = tuple(Mention(f"g{i}", m["start"], m["end"], m["text"], m["type"], source="gold")
                    for i, m in enumerate(g.get("mentions", []), 1))
        doc2 = actors_c(base.replace(mentions=ner))
        ok2, total2, _ = gold_mod.score(doc2, g)
        res["gold-mentions"] = (res["gold-mentions"][0] + ok2, res["gold-mentions"][1] + total2)
    return res


def baseline_linker(rev: str):  # type: ignore[no-untyped-def]
    """The linker and compiled dictionary of commit ``rev`` (read with ``git show``), as a doc -> doc callable."""
    import importlib.util as iu
    import marshal
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="rasd-actors-baseline-"))
    mods = {}
    for name, path in (("dictionary", "src/rasd/actors/dictionary.py"), ("linker", "src/rasd/actors/linker.py")):
        (tmp / f"baseline_{name}.py").write_bytes(subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT,
                                                                 capture_output=True, check=True).stdout)
        spec = iu.spec_from_file_location(f"baseline_{name}", tmp / f"baseline_{name}.py")
        assert spec and spec.loader
        mods[name] = iu.module_from_spec(spec)
        sys.modules[f"baseline_{name}"] = mods[name]  # dataclasses look their module up
        spec.loader.exec_module(mods[name])
    blob = subprocess.run(["git", "show", f"{rev}:src/rasd/resources/actors/compiled.marshal"], cwd=ROOT,
                          capture_output=True, check=True).stdout
    d = mods["dictionary"]._from_blob(blob, marshal.loads(blob)[2])
    if d is None:
        raise SystemExit(f"baseline {rev}: its compiled dictionary does not load here (Python version?)")
    return mods["linker"].Linker(d)


def ab(golds: list[dict], docs: list[Document], rev: str) -> list[list[str]]:  # type: ignore[type-arg]
    """Baseline linker (commit ``rev``) against this one: same text+NER mentions, same scoring, and linker time
    on the same articles, interleaved, in one process."""
    from rasd.actors.component import ActorLinker

    old = baseline_linker(rev)
    new = ActorLinker(Settings())
    pre = Pipeline.from_settings(Settings(pipeline=("rasd.text.v1", "rasd.ner.v1")))
    rows = []
    for label, part in (("dev-001..008 (tuning)", golds[:8]), ("dev-009..013 (held back)", golds[8:13]),
                        ("dev-014..021 (fresh)", golds[13:21]), ("dev-022..029 (fresh-2)", golds[21:29]),
                        ("dev-030..037 (fresh-3)", golds[29:37]),
                        ("dev set", golds)):
        if not part:
            continue
        cells = [label]
        for linker in (old, new):
            ok = total = 0
            for g in part:
                base = pre(Document(g["id"], g["text"], Meta(date=(g.get("meta") or {}).get("date"))))
                o, t, _ = gold_mod.score(linker(base), g)
                ok, total = ok + o, total + t
            cells.append(f"{ok}/{total} = {100 * ok / max(total, 1):.1f} %")
        rows.append(cells)
    bases = [pre(d) for d in docs]
    for b in bases[:20]:
        old(b)
        new(b)
    t_old = t_new = 0.0
    for _ in range(3):
        for b in bases:
            t = time.perf_counter()
            old(b)
            t_old += time.perf_counter() - t
            t = time.perf_counter()
            new(b)
            t_new += time.perf_counter() - t
    n = 3 * len(bases)
    rows.append([f"linker time per article ({len(bases)} articles × 3, interleaved)", f"{1000 * t_old / n:.2f} ms",
                 f"{1000 * t_new / n:.2f} ms ({t_new / t_old:.2f} ×)"])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--baseline", default="", help="a commit whose linker and dictionary to compare against")
    args = ap.parse_args()
    best, med = load_time()
    print(f"dictionary load: best {best:.3f} s, median {med:.3f} s")
    with_actors, without, names = pipelines()
    text_only = Pipeline.from_settings(Settings(pipeline=("rasd.text.v1",)))
    docs = articles(args.articles)
    t = timing(docs, with_actors, without)
    overhead = 100 * (t["with_ms"] - t["without_ms"]) / t["without_ms"]
    share = 100 * t["link_ms"] / t["without_ms"]
    print(f"pipeline {names}: {t['without_ms']:.1f} ms/article without actors, {t['with_ms']:.1f} with "
          f"(+{overhead:.1f} %); linker alone {t['link_ms']:.2f} ms/article = {share:.1f} % of the rest")

    seed = json.loads((SHARED / "examples" / "seed-article.gold.json").read_text(encoding="utf-8"))
    rows = []
    for label, golds in [("seed article", [seed])] + (
            [("dev set (tests/data/dev/dev-gold.jsonl)",
              [json.loads(x) for x in (ROOT / "tests/data/dev/dev-gold.jsonl").read_text(encoding="utf-8")
               .splitlines() if x.strip()])] if (ROOT / "tests/data/dev/dev-gold.jsonl").exists() else []):
        splits = [(label, golds)]
        if len(golds) > 8:  # the splits of tests/data/dev/README.md (tuning, held back, fresh, fresh-2, fresh-3)
            splits += [(lab, part) for lab, part in (
                ("dev-001..008 (tuning split)", golds[:8]), ("dev-009..013 (held back)", golds[8:13]),
                ("dev-014..021 (fresh)", golds[13:21]), ("dev-022..029 (fresh-2, only ever scored)", golds[21:29]),
                ("dev-030..037 (fresh-3, only ever scored)", golds[29:37]))
                if part]
        for label, golds in splits:
            acc = accuracy(golds, with_actors, text_only)
            for k, (ok, total) in acc.items():
                rows.append([label, len(golds), k, f"{ok}/{total}", f"{100 * ok / max(total, 1):.1f} %"])
                print(f"{label}: {k}: {ok}/{total} = {100 * ok / max(total, 1):.1f} %")

    ab_rows: list[list[str]] = []
    if args.baseline:
        dev = [json.loads(x) for x in (ROOT / "tests/data/dev/dev-gold.jsonl").read_text(encoding="utf-8")
               .splitlines() if x.strip()]
        ab_rows = ab(dev, docs, args.baseline)
        for r in ab_rows:
            print(" | ".join(r))

    body = (
        "Dictionary: " + f"{len(__import__('rasd.actors.dictionary', fromlist=['load']).load().actors):,} actors, "
        f"{__import__('rasd.actors.dictionary', fromlist=['load']).load().n_aliases:,} aliases.\n\n"
        + table(["measure", "value", "budget"], [
            ["dictionary load (fresh process, best of 5)", f"{best:.3f} s (median {med:.3f} s)", "≤ 0.5 s"],
            [f"pipeline without actors ({len(names) - 1} components), per article",
             f"{t['without_ms']:.1f} ms", ""],
            ["pipeline with rasd.actors.v1, per article", f"{t['with_ms']:.1f} ms", ""],
            ["linking overhead (with − without) / without", f"{overhead:+.1f} %", "≤ 20 %"],
            ["linker component alone / pipeline without it", f"{share:.1f} % ({t['link_ms']:.2f} ms)", "≤ 20 %"],
            ["mentions per article / share linked to an actor", f"{t['mentions']:.1f} / {100 * t['linked']:.0f} %", ""],
            ["actors per article / share new (not in dictionary)", f"{t['actors']:.1f} / {100 * t['new_share']:.0f} %",
             ""],
        ])
        + f"\n\nPipeline: {', '.join(names)}; {t['n']} SaudiNewsNet articles (first {t['n']} with ≥ 300 characters).\n\n"
        "Actor-linking accuracy on gold event actor/recipient slots (a slot counts when the longest linked mention "
        "inside one of its surface forms — evidence span first — belongs to an actor whose English name or "
        "dictionary English alias is one of the slot's names, or whose Arabic name/alias is one of its surface forms; a "
        "mention that is exactly a surface form is preferred; slots with no Arabic surface (implied actors) are not "
        "linking slots; rule in tests/actors/gold.py). The dev set's first 8 articles were used for error analysis "
        "while tuning. dev-009..013 were held back in the first round; in the second round their errors were "
        "listed once, by category, and only class-level fixes judged on fresh SaudiNewsNet articles were made "
        "(no alias or rule for one article), so they are no longer fully unseen: in particular dev-013 gains 8 "
        "slots from Paolo Gentiloni (one of ~80 office holders added) and the Tebu/Tuareg communal actors, classes "
        "first noticed among the listed held-back errors; without those three actors the held-back figure is 60/88 = "
        "68.2 % (measured). Treat the held-back number as optimistic. `pipeline` = the "
        "pipeline's own mentions; `gold-mentions` = the gold mentions given to the linker as NER input.\n\n"
        + table(["gold", "articles", "mentions from", "slots resolved", "accuracy"], rows)
        + (f"\n\nA/B against the linker and dictionary of commit {args.baseline} (same process, same text+NER "
           "mentions, same scoring rule, no geo/events stage):\n\n"
           + table(["", f"baseline {args.baseline}", "this commit"], ab_rows)
           + "\n\nEach side uses its own dictionary (this one is larger), so the time row compares the whole "
           "linker as shipped." if ab_rows else "")
        + '\n\nHistory (pipeline mentions, scoring rule of that time):\n\n'
        + table(["round", "commit", "dev set", "tuning dev-001..008", "held back dev-009..013"], [
            ["first dictionary (re-scored)", "e180b67", "151/241 = 62.7 %", "104/153 = 68.0 %", "47/88 = 53.4 %"],
            ["first round", "4190fff", "190/241 = 78.8 %", "135/153 = 88.2 %", "55/88 = 62.5 %"],
            ["second round", "e377c6a", "209/241 = 86.7 %", "141/153 = 92.2 %", "68/88 = 77.3 %"],
            ["third round", "this run", "see above", "see above", "see above"],
        ])
        + '\n\nSecond round (general classes, judged on fresh SaudiNewsNet articles): NER-mention fallbacks (exact '
        'alias of the span, NER-gated aliases «القاعدة», bare surname of a curated person, spelling skeleton of '
        'foreign names «جاوش اوغلو» = «جاويش أوغلو»), towns and provinces NER tagged ORG/PER become LOC with no actor, '
        'bare place/group nouns, months, battles and indefinite descriptions make no actor, officials + nationality '
        '→ government, plural demonyms as nouns → the state or its people, «الحزب»/«الحركة» and acronyms '
        'coreferring to the last body named, generic ministries and military regions, movement adjectives '
        '(«…الحوثية»), ~80 office holders 2011–2017, media outlets, communal groups.\n\n'
        'Third round (classes found on five random samples, 300–800 articles each, of the 1,431 SaudiNewsNet '
        'articles with ≥ 3 conflict keywords, dev set excluded — by ranking the new (undictionaried) actors and '
        'the links changed against the second round; '
        'the dev set\'s held-back split was only scored, its errors not read): office holders '
        '2011–2018 filled per state (presidents, monarchs, prime ministers, foreign, defence and interior ministers; '
        'deputies as offices of their own, so «نائب الرئيس اليمني» is not the president), persons, groups, parties '
        'and outlets frequent among new actors (Yemen\'s 2015 cabinet and commanders, AQAP, Taliban and Haqqani '
        'leaders, Islamic Front, Ansar Bait al-Maqdis, HDP, Zintan, LIFG, PFG, UNSMIL …), UniversalPetrarch names '
        'that only add a father\'s name folded into the curated person; bare offices and UN envoys by the '
        'article\'s country and date («المبعوث الأممي» in a Yemeni report is Ould Cheikh Ahmed), a bare title '
        'following the person it was given to, «نظيره الروسي» as the same office of Russia, forces named by a '
        'person with titles between («القوات الموالية للرئيس اليمني السابق علي عبدالله صالح»), regime generics '
        'not taken by the last foreign army named, bare legislatures by country and date; fewer wrong links: '
        'a father\'s or a longer name before a known person is another person, names one consonant skeleton '
        'apart need ≤ 2 edits, sites/landforms/function words/«لصالح» make no actor, name nouns inside a '
        'head + nationality window make a group («جيش التحرير الفلسطيني»).\n\n'
        'Third-round effect as measured: with the pipeline\'s mentions the dev figures did not move (the tuning '
        'split\'s 12 failures are descriptions such as «أحياء سكنية», «15 خياطا موصليا», «الحكومات المتعاقبة» and '
        'persons the dictionary lacks); with gold mentions as NER input the dev set went from 203 to 209/241 and the '
        'held-back split from 63 to 68/88; on the 200 benchmark articles the share of new (undictionaried) actors '
        'fell from 43 % to 41 %. The linker is faster than the second round\'s (A/B above: 0.74–1.01 × over this '
        'session\'s runs, the lower figures after the speed work that closed it: one cached pass for token '
        'readings, cheaper first-sight token forms, matchers walking only tokens that can start a match). The rest '
        'of the pipeline is much faster too than when the 20 % budget was first measured (59 ms → 21–45 ms per '
        'article on this shared, loaded machine), so the budget rows swing from run to run: linker alone 13.3–23.8 '
        '% across this session\'s runs (13.3–19.5 % in the last three, after the speed work); with − without '
        '(one pass each) is the noisier, from about −3 % to +23 %, its sign even flipping. The A/B row (both '
        'linkers on the same articles, interleaved) is the like-for-like comparison.\n'
    )
    record("actors", "Actors: dictionary load, linking speed and accuracy", body)


if __name__ == "__main__":
    main()
