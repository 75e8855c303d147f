"""Rank the place names the SaudiNewsNet corpus reports that rasd's gazetteer cannot resolve.

Reads every article of the corpus (``../shared/data/corpus/saudinewsnet``; its text is only counted, never
copied into the package) through rasd's text layer and counts candidate names that are not gazetteer keys:

- ``noun``: the word (and the two words) after a place noun («قرية/بلدة/مدينة/حي/منطقة/مديرية/ناحية/قضاء/
  محافظة/مخيم/معبر/مطار/قاعدة/جبل/وادي/سهل/تلة/جبهة/محور X»);
- ``host``: a word (or two) placed by a known place just after it: «(في) X بريف حلب», «X جنوب الموصل»,
  «X التابعة لـ…», «X قرب Y», «X في/بمحافظة Y» (not «أمير منطقة مكة», an office of Y);
- ``tagger`` (``--tagger``, a separate run): the LOC mentions of rasd's tagger that the geocoder leaves without a
  place, in the articles that name the conflict region; the host is the nearest placed mention of the sentence.

A candidate counts only where neither it, its first word, nor the whole token («لبوزة», not ل + «بوزة») is a
gazetteer key; ``share`` is the part of all the corpus occurrences of its form that are in such contexts (a
common word, «الملك», has a low share).

For each candidate it prints the number of articles, of occurrences, the patterns that found it and the host
places the corpus most often names with it (a governorate, district or town after a direction, «ريف», «التابعة
لـ», «قرب», «في محافظة»): the evidence a curated row's point is checked against (within ~40 km of the host).

Usage: PYTHONPATH=src python scripts/rank_unknown_places.py [--tagger] [--limit N] [--min-docs 3] [--out FILE]
(the whole corpus: ~3.5 min for the place-noun/host list, ~4 min for ``--tagger``, one core)
(the output is a working list for the curator, not a shipped file)
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rasd.api import make_document
from rasd.geo.context import DIRECTIONS, PROXIMITY, RURAL, norm_of
from rasd.geo.gazetteer import Entry, load_gazetteer
from rasd.geo.geocoder import Geocoder
from rasd.text.component import TextLayer
from rasd.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"

# The nouns after which a name is a place («قرية X»), normalised.
NOUNS = frozenset("""قريه قريتي بلده بلدات بلدتي مدينه حي منطقه مديريه ناحيه قضاء محافظه مخيم معبر مطار قاعده جبل
جبال وادي سهل تله تلال جبهه جبهات جبهتي محور معسكر قلعه جزيره ميناء سد مرتفعات هضبه منفذ""".split())
# Words after a name that introduce its host.
LINKS = frozenset(["التابعه", "التابع", "الواقعه", "الواقع", "الواقعتين"])
ADMIN_HOST = frozenset(["محافظه", "مدينه", "قضاء", "مديريه", "ناحيه", "منطقه", "ولايه"])
# Words that are never the first word of a name.
STOP = frozenset("""في من علي الي عن مع بين هذه هذا التي الذي الذين تلك ذلك كل بعد قبل عند حتي او ثم قد لم لا ما
ان انه كان كانت وقد وقال قال اليوم امس الان غير اي ايضا حيث منذ خلال نحو ضد لدي لها له بها به فيها فيه عليها منها
الواقعه التابعه الواقع التابع القريبه القريب المجاوره المحاذيه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي
الجنوبي الشرقي الغربي الشماليه الجنوبيه الشرقيه الغربيه ريف بريف الحدوديه الحدودي المحتله المحاصره المحاصر
السكنيه الصناعيه العسكريه العسكري الدولي الجوي الجويه نفسها نفسه ذاتها اخري اخر عدد بعض
كيلومترا كيلومترات كم كلم ميلا اميال مترا امتار كيلو الف مئات عشرات""".split())


def host_after(geo: Geocoder, tokens: list, j: int, n: int) -> Entry | None:
    """The known place that a host expression starting at token ``j`` names («بريف حلب», «جنوب الموصل»,
    «التابعة لمحافظة درعا», «قرب تكريت», «في محافظة الأنبار»), or None. The host is a name the gazetteer
    matches alone (no common word, no ``cue`` place)."""
    gaz = geo.gazetteer
    k = j
    steps = 0
    linked = False
    while k < n and steps < 4:
        t = tokens[k]
        if t.kind != "arabic":
            if t.text in ("،", ",", "-") and steps == 0:
                k += 1
                steps += 1
                continue
            return None
        w = norm_of(t)
        if w in RURAL or w in DIRECTIONS or w in PROXIMITY or w in LINKS:
            linked = True
            k += 1
            steps += 1
            continue
        if w in ADMIN_HOST:
            # «X بمحافظة Y», «X في محافظة Y», «X التابعة لمحافظة Y»; not «أمير منطقة مكة» (an office of Y)
            pre = {x.norm for x in t.words if x.role == "proclitic"}
            if linked or pre & {"ب", "ل"} or (k > j and normalize_word(tokens[k - 1].text) == "في"):
                linked = True
                k += 1
                steps += 1
                continue
            return None
        if w in ("ل", "ب", "في", "من") and (steps > 0 or w == "في"):
            k += 1
            steps += 1
            continue
        if not linked:
            return None  # no host expression right after the name
        m = geo._match_at(tokens, k, True)
        if m is None:
            return None
        if m[0] - k == 1 and m[4] in gaz.common:
            return None
        ents = [e for e in m[2] if "cue" not in e.flags]
        if not ents:
            return None
        return max(ents, key=lambda e: (e.feature in ("admin1", "admin2", "city", "country"), e.population))
    return None


def body(t) -> str:  # type: ignore[no-untyped-def]
    """A token's normalised words less its proclitics («بالغارية» → «الغاريه»)."""
    return "".join(w.norm for w in t.words if w.role != "proclitic")


CONFLICT = ("سوري", "اليمن", "العراق", "ليبيا", "لبنان", "حلب", "صنعاء", "عدن", "تعز", "الموصل", "بغداد", "الانبار",
            "الأنبار", "بنغازي", "طرابلس", "درنة", "سيناء", "الحوثي", "داعش", "حماة", "إدلب", "ادلب", "درعا", "الرقة",
            "دير الزور", "الحسكة", "مأرب", "لحج", "أبين", "الضالع", "الحديدة", "صعدة", "تركيا", "غزة", "جازان", "نجران")


def corpus_texts(args: argparse.Namespace, what: str = ""):  # type: ignore[no-untyped-def]
    """(line number, text) of the corpus articles with a text, up to ``--limit``, with progress on stderr."""
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for d, line in enumerate(fh):
            if args.limit and d >= args.limit:
                break
            if d % 5000 == 0:
                print(f"... {what}{d} articles", file=sys.stderr)
            text = json.loads(line).get("content") or ""
            if text:
                yield d, text


def tagger_pass(args: argparse.Namespace, gaz_known, docs, occ, how, hosts, host_pt) -> None:  # type: ignore[no-untyped-def]
    """LOC mentions of rasd's tagger that the geocoder leaves without a place, in the articles about the
    conflict region; the host is the nearest placed mention of the same sentence."""
    from rasd.config import Settings
    from rasd.pipeline import Pipeline

    pipe = Pipeline.from_settings(Settings(pipeline=("rasd.text.v1", "rasd.ner.v1", "rasd.geo.v1")))
    for d, text in corpus_texts(args, "tagger "):
        if not any(c in text for c in CONFLICT):
            continue
        try:
            doc = pipe(make_document(text))
        except Exception:  # noqa: BLE001 - a working list: skip an article that fails
            continue
        places = {p.id: p for p in doc.places}
        sents = [(s.start, s.end) for s in doc.sentences]
        placed = [m for m in doc.mentions if m.place and m.type == "LOC"]
        for m in doc.mentions:
            if m.type != "LOC" or m.place:
                continue
            name = " ".join(normalize_word(w) for w in m.text.replace("-", " ").split())
            if len(name) < 3 or gaz_known(name):
                continue
            sent = next(((a, b) for a, b in sents if a <= m.start < b), (m.start, m.end))
            near = [x for x in placed if sent[0] <= x.start < sent[1] and x.id != m.id]
            host = None
            if near:
                x = min(near, key=lambda x: abs(x.start - m.start))
                p = places[x.place]
                host = (p.name_ar or p.name, p.name, p.country or "", p.admin1 or "", p.lat, p.lon)
            docs[name].add(d)
            occ[name] += 1
            how[name]["tagger"] += 1
            if host is not None:
                label = f"{host[0]}/{host[1]}/{host[2]}"
                hosts[name][label] += 1
                host_pt[label] = (host[4], host[5], host[2], host[3])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.15,
                    help="least share of a name's occurrences that are in place contexts")
    ap.add_argument("--out", default="-")
    ap.add_argument("--tagger", action="store_true",
                    help="only the tagger's LOC mentions without a place (articles about the conflict region)")
    args = ap.parse_args()
    text_layer = TextLayer()
    geo = Geocoder()
    gaz = load_gazetteer()
    docs: dict[str, set[int]] = defaultdict(set)
    occ: Counter[str] = Counter()
    total: Counter[str] = Counter()  # every occurrence of a one-word candidate's form, place context or not
    how: dict[str, Counter[str]] = defaultdict(Counter)
    hosts: dict[str, Counter[str]] = defaultdict(Counter)
    host_pt: dict[str, tuple[float, float, str, str]] = {}

    def known(name: str) -> bool:
        sq = name.replace(" ", "")
        return gaz.has(sq) or (sq.startswith("ال") and gaz.has(sq[2:])) or gaz.has("ال" + sq)

    def add(name: str, d: int, pattern: str, host: Entry | None) -> None:
        docs[name].add(d)
        occ[name] += 1
        how[name][pattern] += 1
        if host is not None:
            label = f"{host.name_ar}/{host.name}/{host.country}"
            hosts[name][label] += 1
            host_pt[label] = (host.lat, host.lon, host.country or "", host.admin1 or "")

    def articles():  # type: ignore[no-untyped-def]
        for d, text in corpus_texts(args):
            yield d, list(text_layer(make_document(text)).tokens)

    if args.tagger:
        tagger_pass(args, known, docs, occ, how, hosts, host_pt)
    for d, tokens in ([] if args.tagger else articles()):
        n = len(tokens)
        for i in range(n - 1):
            t = tokens[i]
            if t.kind != "arabic":
                continue
            b = body(t)
            total[b] += 1
            w = norm_of(t)
            nxt = tokens[i + 1]
            if nxt.kind != "arabic":
                continue
            # (name's first token, pattern): after a place noun, or the token itself when a host follows
            starts = []
            if w in NOUNS:
                starts.append((i + 1, "noun"))
            starts.append((i, "host"))
            for s0, pattern in starts:
                first = body(tokens[s0])
                if not first or len(first) < 3 or first in STOP or first in NOUNS or norm_of(tokens[s0]) in NOUNS:
                    continue
                whole = normalize_word(tokens[s0].text)
                if whole != first and (known(whole) or (pattern == "noun" and tokens[s0].words[0].norm == "ل")):
                    continue  # «لبوزة» is the known Labuza, not ل + «بوزة»; «برقين» is Burqin
                cands = [(first, s0 + 1)]
                if s0 + 1 < n and tokens[s0 + 1].kind == "arabic":
                    second = normalize_second(tokens[s0 + 1])
                    if second and second not in STOP and len(second) >= 2:
                        cands.append((first + " " + second, s0 + 2))
                for name, j in cands:
                    if known(name):
                        break  # the gazetteer has it (or its first word): not a miss
                    host = host_after(geo, tokens, j, n) if j < n else None
                    if host is None and (pattern == "host" or " " in name):
                        continue  # a name found by its host needs one; a two-word name after a noun too
                    add(name, d, pattern, host)
    # a second pass counts every occurrence of the two-word candidates (their share in place contexts)
    pairs = {name for name, ds in docs.items() if " " in name and len(ds) >= args.min_docs and not args.tagger}
    if pairs:
        for _d, tokens in articles():
            prev = ""
            for t in tokens:
                if t.kind != "arabic":
                    prev = ""
                    continue
                cur = "".join(w.norm for w in t.words)
                if prev:
                    pair = prev + " " + cur
                    if pair in pairs:
                        total[pair] += 1
                prev = body(t)
    rows = []
    for name, ds in docs.items():
        if len(ds) < args.min_docs:
            continue
        share = occ[name] / total[name] if total[name] and not args.tagger else 1.0
        if share < args.min_share:
            continue
        rows.append((len(ds), occ[name], share, name))
    rows.sort(key=lambda r: (-r[0], -r[1], r[3]))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    print("rank\tdocs\tocc\tshare\tname\tpatterns\thosts (count: name/English/country lat,lon admin1)", file=out)
    for r, (nd, no, share, name) in enumerate(rows, 1):
        hs = "; ".join(f"{c}: {h} {host_pt[h][0]:.2f},{host_pt[h][1]:.2f} {host_pt[h][3]}"
                       for h, c in hosts[name].most_common(3))
        pats = ",".join(f"{p}{c}" for p, c in how[name].most_common())
        print(f"{r}\t{nd}\t{no}\t{share:.2f}\t{name}\t{pats}\t{hs}", file=out)
    if out is not sys.stdout:
        out.close()


def normalize_second(t) -> str:  # type: ignore[no-untyped-def]
    """A second name word: the token without a conjunction «و» (a list), else its normalised text."""
    if t.words[0].role == "proclitic":
        return ""  # «قرية X وY», «بلدة X بريف»: the next word is not part of the name
    return "".join(w.norm for w in t.words)


if __name__ == "__main__":
    main()
