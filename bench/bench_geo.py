"""Benchmark: the gazetteer and the geocoder (rasd.geo.v1).

1. **Load:** the gazetteer's first load (parse + index + the geocoder's multi-word prefix set), in a fresh
   process: wall time and memory (traced Python allocations and RSS growth). Budget: <= 0.5 s, <= 150 MB.
2. **Speed:** per-article time of every component of the default pipeline on SaudiNewsNet articles (every
   k-th article of the corpus), each component timed separately on the same documents; geocoding's share is
   geo time / time of the rest of the pipeline. Budget: <= 15 %. Components whose resources are missing (e.g.
   an untrained NER model) are left out and named.
3. **Accuracy** on the dev set ``tests/data/dev/dev-gold.jsonl`` (when present): for every gold place, the
   place of the pipeline's mention at the same span (else the mention overlapping it); accuracy@25 km and
   @161 km (distance between points; no place = a miss), country accuracy, exact precision; plus how many places
   the pipeline produced where the gold has none. Goal >= 90 % @25 km. The dev set is not tuned on.

Usage: python bench/bench_geo.py [--articles 300]   (records docs/bench/geo.md)
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, ROOT, record, table

from rasd.api import make_document
from rasd.config import DEFAULT_PIPELINE, Settings
from rasd.doc import Document
from rasd.errors import RasdError
from rasd.geo.gazetteer import haversine_km
from rasd.pipeline import Pipeline

DEV = ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl"

LOAD_SNIPPET = r"""
import json, time, tracemalloc
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024
    return 0.0
import rasd.geo.geocoder, rasd.geo.gazetteer
r0 = rss(); tracemalloc.start(); t0 = time.perf_counter()
from rasd.geo.geocoder import Geocoder
g = Geocoder(); g.gazetteer; g._multi_prefixes()
t1 = time.perf_counter(); peak = tracemalloc.get_traced_memory()[1] / 2**20; tracemalloc.stop()
# untraced timing of a second fresh load (tracemalloc slows allocation-heavy code)
from rasd.geo.gazetteer import Gazetteer, parse_places, parse_common, _read
t2, c2 = time.perf_counter(), time.process_time()
Gazetteer(list(parse_places(_read('places.tsv'))), parse_common(_read('common.tsv')))
t3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"traced_s": t1 - t0, "load_s": t3 - t2, "load_cpu_s": c3 - c2, "peak_mb": peak, "rss_mb": rss() - r0,
                  "entries": len(g.gazetteer), "keys": len(g.gazetteer.index)}))
"""


def load_figures() -> dict[str, float]:
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    best = min(runs, key=lambda r: r["load_s"])
    best["rss_mb"] = max(r["rss_mb"] for r in runs)
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    return best


def articles(n: int) -> list[Document]:
    total = 31_030
    step = max(1, total // n)
    out: list[Document] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % step == 0:
                a = json.loads(line)
                out.append(make_document(a["content"].strip(), id=f"snn-{i}"))
                if len(out) >= n:
                    break
    return out


def working_components(sample: Document) -> tuple[list[object], list[str]]:
    """The default pipeline's components that run here (geo last of those before it), and those left out."""
    from rasd.pipeline import _REGISTRY, _load_builtins

    _load_builtins()
    settings = Settings()
    comps: list[object] = []
    left_out: list[str] = []
    names = list(DEFAULT_PIPELINE) if "rasd.geo.v1" in DEFAULT_PIPELINE else list(DEFAULT_PIPELINE) + ["rasd.geo.v1"]
    doc = sample
    for name in names:
        try:
            c = _REGISTRY[name].factory(settings)
            Pipeline(comps + [c])  # type: ignore[list-item]
            doc = c(doc)
            comps.append(c)
        except (RasdError, KeyError) as exc:
            left_out.append(f"{name} ({str(exc)[:80]})")
    return comps, left_out


def speed(docs: list[Document]) -> tuple[dict[str, float], list[str], list[str]]:
    comps, left_out = working_components(docs[0])
    for c in comps:  # warm: resources loaded before timing
        pass
    times = {c.name: 0.0 for c in comps}
    cpu = {c.name: 0.0 for c in comps}
    for d in docs:
        for c in comps:
            t, u = time.perf_counter(), time.process_time()
            d = c(d)  # type: ignore[operator]
            times[c.name] += time.perf_counter() - t
            cpu[c.name] += time.process_time() - u
    times.update({f"{k} (CPU)": v for k, v in cpu.items()})
    return times, [c.name for c in comps], left_out


TUNE = {f"dev-{k:03d}" for k in range(1, 9)}  # the tuning split; dev-009..013 are held back
# Held-back gold names that an earlier report's error list showed and that the corpus-ranked curated lists
# (2026-12) later brought in: hits on them are counted apart so the held-back figure can be read without them.
HELD_SEEN = frozenset(["سناح", "الجفينة", "الحيمة الخارجية", "الصخيرات"])


def _split(doc_id: str) -> str:
    """tests/data/dev/README.md: tuning dev-001..008, held back 009..013, fresh 014..021, fresh-2 022..029, fresh-3 030.. ."""
    n = int(doc_id[4:7])
    return "tune" if doc_id[:7] in TUNE else "held" if n <= 13 else "fresh" if n <= 21 else "fresh2" if n <= 29 else "fresh3"


def accuracy(comps_names: list[str]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Per split ("tune": dev-001..008, "held": dev-009..013, "all"): accuracy@25/@161 km, country, precision."""
    pipe = Pipeline.from_settings(Settings(pipeline=tuple(comps_names)))
    from rasd.geo.gazetteer import load_gazetteer
    from rasd.text.normalize import normalize_word

    gaz = load_gazetteer()
    keys = ("articles", "gold", "found", "hit25", "hit161", "country", "prec", "extra", "absent", "curated", "seen25")
    counts = {sp: dict.fromkeys(keys, 0) for sp in ("tune", "held", "fresh", "fresh2", "fresh3", "all")}
    misses: list[str] = []
    categories: dict[str, int] = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        cs = [counts[_split(g["id"])], counts["all"]]
        for c in cs:
            c["articles"] += 1
        doc = pipe(make_document(g["text"], id=g["id"], date=(g.get("meta") or {}).get("date")))
        places = {p.id: p for p in doc.places}
        gold_spans = [(p["start"], p["end"]) for p in g["places"]]
        for gp in g["places"]:
            for c in cs:
                c["gold"] += 1
            m = next((m for m in doc.mentions if (m.start, m.end) == (gp["start"], gp["end"])), None)
            if m is None or not m.place:
                m = next((m for m in doc.mentions if m.place and m.start < gp["end"] and gp["start"] < m.end), m)
            p = places.get(m.place) if m is not None and m.place else None
            if p is None:
                known = bool(gaz.lookup(normalize_word(gp["text"])))
                over = [x for x in doc.mentions if x.start < gp["end"] and gp["start"] < x.end]
                cat = ("name not in the gazetteer" if not known else "no mention over the name" if not over
                       else "mention of another type or span" if not any(x.type == "LOC" for x in over)
                       else "known name, left unresolved (metonymy, context)")
                categories[cat] = categories.get(cat, 0) + 1
                for c in cs:
                    c["absent"] += not known
                misses.append(f"{g['id']}: «{gp['text']}» ({gp['name']}) no place"
                              + ("" if known else " (name not in the gazetteer)"))
                continue
            d = haversine_km(gp["lat"], gp["lon"], p.lat, p.lon)
            for c in cs:
                c["found"] += 1
                c["hit25"] += d <= 25
                c["hit161"] += d <= 161
                c["country"] += p.country == gp.get("country")
                c["prec"] += p.precision == gp["precision"]
                c["curated"] += (p.gazetteer_id or "").startswith("cur:") and d <= 25
                c["seen25"] += _split(g["id"]) == "held" and gp["text"] in HELD_SEEN and d <= 25
            if d > 25:
                cat = ("country point differs from the annotator's" if p.feature == "country" and gp["feature"] ==
                       "country" else "same-named place or partial name chosen")
                categories[cat] = categories.get(cat, 0) + 1
            elif p.precision != gp["precision"]:
                categories["within 25 km, other precision"] = categories.get("within 25 km, other precision", 0) + 1
            if d > 25:
                misses.append(f"{g['id']}: «{gp['text']}» ({gp['name']}) → {p.name} [{p.gazetteer_id}], {d:.0f} km")
        for m in doc.mentions:
            if m.place and not any(m.start < e and s < m.end for s, e in gold_spans):
                for c in cs:
                    c["extra"] += 1
    out: dict[str, dict[str, float]] = {}
    for sp, c in counts.items():
        n = c["gold"] or 1
        out[sp] = {**{k: float(v) for k, v in c.items()}, "acc25": c["hit25"] / n, "acc161": c["hit161"] / n,
                   "country_acc": c["country"] / n, "precision": c["prec"] / n}
    out["categories"] = {k: float(v) for k, v in sorted(categories.items(), key=lambda kv: -kv[1])}
    return out, misses


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()

    lf = load_figures()
    print(f"load: {lf['load_s']:.3f} s (traced {lf['traced_s']:.3f} s), peak traced {lf['peak_mb']:.1f} MB, "
          f"RSS +{lf['rss_mb']:.1f} MB, {lf['entries']} entries, {lf['keys']} keys")

    docs = articles(args.articles)
    times, names, left_out = speed(docs)
    import os

    load_avg = os.getloadavg()[0]
    geo = times.get("rasd.geo.v1", 0.0)
    rest = sum(v for k, v in times.items() if k != "rasd.geo.v1" and not k.endswith("(CPU)"))
    geo_cpu = times.get("rasd.geo.v1 (CPU)", 0.0)
    rest_cpu = sum(v for k, v in times.items() if k.endswith("(CPU)") and not k.startswith("rasd.geo.v1"))
    share = geo / rest if rest else float("nan")
    per = {k: 1000 * v / len(docs) for k, v in times.items()}
    print("per article (ms):", {k: round(v, 2) for k, v in per.items()}, f"geo share {100 * share:.1f} %")
    if left_out:
        print("left out:", left_out)

    body = ["### Gazetteer load (fresh process, best of 3)", "",
            table(["figure", "value", "budget"], [
                ["load (parse + index), wall", f"{lf['load_s']:.3f} s", "≤ 0.5 s"],
                ["load (parse + index), CPU", f"{lf['load_cpu_s']:.3f} s", ""],
                ["first use incl. geocoder prefix set, under tracemalloc", f"{lf['traced_s']:.3f} s", ""],
                ["peak traced Python memory", f"{lf['peak_mb']:.1f} MB", "≤ 150 MB"],
                ["RSS growth", f"{lf['rss_mb']:.1f} MB", "≤ 150 MB"],
                ["entries / name keys", f"{lf['entries']:,} / {lf['keys']:,}", ""],
            ]), "",
            f"### Speed: {len(docs)} SaudiNewsNet articles (every {31_030 // args.articles}th), per component", "",
            table(["component", "ms / article (wall)", "ms / article (CPU)"],
                  [[k, f"{v:.2f}", f"{per.get(k + ' (CPU)', 0.0):.2f}"] for k, v in per.items()
                   if not k.endswith("(CPU)")]), "",
            (f"Geocoding adds **{100 * share:.1f} %** (wall) / **{100 * geo_cpu / rest_cpu:.1f} %** (CPU) to the time "
            f"of the rest of the pipeline ({' + '.join(n for n in names if n != 'rasd.geo.v1')}); budget ≤ 15 %. "
            f"Load average at the start of the run: {load_avg:.1f} on 2 cores shared with other work, so wall "
            "times are inflated; the CPU column is the steadier figure.")]
    if left_out:
        body += ["", "Left out (not runnable here): " + "; ".join(left_out)]

    if DEV.exists():
        accs, misses = accuracy(names)
        print("dev:", json.dumps(accs))
        cols = [(k, lab) for k, lab in (("tune", "tuning split dev-001..008"), ("held", "held back dev-009..013"),
                                        ("fresh", "fresh dev-014..021"), ("fresh2", "fresh-2 dev-022..029"),
                                        ("fresh3", "fresh-3 dev-030..037"),
                                        ("all", "all")) if accs[k]["articles"]]

        def row(label: str, f: object) -> list[str]:
            return [label] + [f(accs[k]) for k, _ in cols]  # type: ignore[operator]

        body += ["", (f"### Accuracy on the dev set ({int(accs['all']['articles'])} articles, "
                     f"{int(accs['all']['gold'])} gold places; pipeline: {', '.join(names)})"), "",
                 table(["measure"] + [f"{lab} ({int(accs[k]['gold'])} places)" for k, lab in cols], [
                     row("accuracy @25 km", lambda a: f"{100 * a['acc25']:.1f} %"),
                     row("accuracy @161 km", lambda a: f"{100 * a['acc161']:.1f} %"),
                     row("country accuracy", lambda a: f"{100 * a['country_acc']:.1f} %"),
                     row("same precision as gold", lambda a: f"{100 * a['precision']:.1f} %"),
                     row("gold places given any place", lambda a: f"{int(a['found'])} / {int(a['gold'])}"),
                     row("… within 25 km through a curated row (cur:)", lambda a: str(int(a["curated"]))),
                     row("gold places whose name the gazetteer lacks", lambda a: str(int(a["absent"]))),
                     row("places where gold has none", lambda a: str(int(a["extra"]))),
                 ]), "",
                 f"Errors by kind (all {int(accs['all']['articles'])} articles; a gold place counts once):", "",
                 table(["kind", "gold places"], [[k, str(int(v))] for k, v in accs["categories"].items()]), "",
                 (f"Goal ≥ 90 % @25 km ({'met' if accs['all']['acc25'] >= 0.9 else 'not met'} on all "
                  f"{int(accs['all']['articles'])} articles; on the two splits that were only ever scored, fresh-2 "
                  f"{100 * accs['fresh2']['acc25']:.1f} % and fresh-3 {100 * accs['fresh3']['acc25']:.1f} %, the "
                  "figure to expect on unseen news). Rules were written on dev-001..008, then on the held-back and "
                  "fresh splits' error lists (optimistic figures). The curated rows (`curated.tsv`) list conflict places "
                  "region by region from the curator's knowledge and, since 2026-12, by a corpus ranking: names "
                  "after place nouns («قرية/بلدة/منطقة/معسكر/جبهة X»), or placed by a direction or «بريف/بمحافظة» "
                  "from a known place, in the 31k SaudiNewsNet articles, ranked by the number of articles (the "
                  "real conflict-region places named in ≥ 3 articles). Some of those names also occur in the dev "
                  "set: in the tuning split قصر البريج, الجفينة, نمرود, معسكر الاستقبال (and earlier كفريا, الفوعة, "
                  "حيان, حندرات), so the tuning figure flatters coverage; in the held-back split سناح, الجفينة, "
                  "الحيمة الخارجية and الصخيرات, which the previous report's error list had shown: "
                  f"{int(accs['held']['seen25'])} held-back places hit through them, and without those hits the "
                  f"held-back accuracy @25 km is {100 * (accs['held']['hit25'] - accs['held']['seen25']) / (accs['held']['gold'] or 1):.1f} %. "
                  "Two held-back names came in earlier through complete lists (فزان with Libya's three regions, "
                  "صرواح with Marib's districts). Misses and far resolutions:"), ""]
        # The honest splits (fresh-2, fresh-3) are only scored: their misses are neither printed nor recorded, so
        # that no one reads their errors one by one (tests/data/dev/README.md).
        misses = [m for m in misses if _split(m.split(":", 1)[0]) in ("tune", "held", "fresh")]
        body += [f"- {m}" for m in misses[:60]]
        if len(misses) > 60:
            body.append(f"- … {len(misses) - 60} more")
        body.append("- (fresh-2 and fresh-3 misses are not listed: those splits are only scored)")
        for m in misses:
            print("  ", m)
    path = record("geo", "Places: gazetteer and geocoder (rasd.geo.v1)", "\n".join(body))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
