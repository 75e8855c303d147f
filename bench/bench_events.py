"""Benchmark: PLOVER event coding quality on the seed article and the dev gold set, and its speed.

Quality (``rasd eval events`` semantics, rasd.events.evaluate):
- *pipeline*: the shipped ``DEFAULT_PIPELINE`` (with ``rasd.events.v1`` last) on each gold text — what users get;
- *oracle*: the coder given the gold mentions, places and actor links — the event coder alone, apart from NER,
  actor linking and geocoding.

Speed: the share of the pipeline's time per article spent in ``rasd.events.v1`` on SaudiNewsNet articles, and
the coder's time per article on oracle documents (which, unlike the pipeline while actor linking is missing,
have linked actors to attach).

Before/after (``--baseline REV``, default the commit the issue-5 fourth pass started from, 0bdf627): the
events package and its resources at REV are extracted with ``git archive`` into a temporary module and run in the
same process on the same documents (pipeline output or oracle documents), so the comparison is fair while the other
components change, and its CPU time is measured interleaved with the current coder's.

    python bench/bench_events.py                 # dev set at tests/data/dev/dev-gold.jsonl, 200 corpus articles
    python bench/bench_events.py --articles 200 --baseline 0bdf627
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, ROOT, SHARED, record, table


def pipeline_names() -> list[str]:
    """The default pipeline, with actor linking added when the default lacks it (no linked actor, no event)."""
    from rasd.config import resolve

    names = [x for x in resolve().pipeline if x != "rasd.events.v1"]
    if "rasd.actors.v1" not in names:
        at = names.index("rasd.geo.v1") if "rasd.geo.v1" in names else len(names)
        names.insert(at, "rasd.actors.v1")
    return names


def quality(gold_path: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    from rasd.events.cli_support import evaluate_events

    pipe = ",".join(pipeline_names() + ["rasd.events.v1"])
    return {mode: evaluate_events(gold_path, oracle=(mode == "oracle"), pipeline=pipe)
            for mode in ("pipeline", "oracle")}


def split_dev(dev: Path, out: Path) -> list[tuple[str, Path]]:
    """The dev set cut by id into its splits: the *tuning split* (dev-001..dev-008, looked at while tuning), the
    *held-back split* (dev-009..dev-013, read once, then only scored), the *fresh split* (dev-014..dev-021, a second
    annotator's; the development split of the fourth pass), *fresh-2* (dev-022..029) and *fresh-3* (dev-030 on), both
    only ever scored, never folded into the others. Empty splits are left out."""
    recs = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    cuts = [("dev tuning split (001–008)", "dev-tune.jsonl", 1, 8),
            ("dev held-back split (009–013)", "dev-held.jsonl", 9, 13),
            ("dev fresh split (014–021)", "dev-fresh.jsonl", 14, 21),
            ("dev fresh-2 split (022–029)", "dev-fresh2.jsonl", 22, 29),
            ("dev fresh-3 split (030–)", "dev-fresh3.jsonl", 30, 10 ** 6)]
    splits = []
    for label, name, lo, hi in cuts:
        rs = [r for r in recs if lo <= int(r["id"][4:7]) <= hi]
        if not rs:
            continue
        path = out / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
        splits.append((label, path))
    return splits


def speed(n: int) -> dict[str, Any]:
    from rasd.config import resolve
    from rasd.doc import Document, Meta
    from rasd.pipeline import Pipeline

    names = pipeline_names()
    pipe = Pipeline.from_settings(resolve(overrides={"pipeline": ",".join(names)}))
    ev = Pipeline.from_settings(resolve(overrides={"pipeline": "rasd.text.v1,rasd.events.v1"})).components[-1]
    docs: list[Document] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            text = (obj.get("content") or "").strip()
            if text:
                docs.append(Document(id=str(len(docs)), text=text, meta=Meta(date=(obj.get("date_extracted") or "")[:10])))
            if len(docs) >= n:
                break
    ev(pipe(docs[0]))
    # CPU time of this process (the machine is shared: wall time counts other jobs' time slices too).
    t0 = time.process_time()
    done = [pipe(d) for d in docs]
    t_pipe = time.process_time() - t0
    runs = []
    for _ in range(2):  # first pass: cold per-token caches; second: warm (as in a long batch run)
        t0 = time.process_time()
        n_ev = sum(len(ev(d).events) for d in done)
        runs.append(time.process_time() - t0)
    return {"articles": len(docs), "pipeline_ms": 1000 * t_pipe / len(docs),
            "events_ms": 1000 * runs[0] / len(docs), "events_warm_ms": 1000 * runs[1] / len(docs),
            "share": runs[0] / t_pipe if t_pipe else 0.0, "share_warm": runs[1] / t_pipe if t_pipe else 0.0,
            "events": n_ev, "pipeline": ",".join(names)}


def oracle_speed(gold_path: Path) -> float:
    from rasd.doc import Document, Meta
    from rasd.events.coder import EventCoder
    from rasd.events.evaluate import gold_document, read_gold
    from rasd.text.component import TextLayer

    text, coder = TextLayer(), EventCoder()
    docs = [gold_document(g, text(Document(id="g", text=g["text"], meta=Meta(date=(g.get("meta") or {}).get("date")))))
            for g in read_gold(gold_path)]
    coder(docs[0])
    t0 = time.perf_counter()
    for _ in range(3):
        for d in docs:
            coder(d)
    return 1000 * (time.perf_counter() - t0) / (3 * len(docs))


def load_baseline(rev: str, tmp: Path) -> Any:
    """The EventCoder class of the events package at git revision ``rev`` (its own resources), or None."""
    import importlib
    import io
    import re
    import tarfile

    try:
        raw = subprocess.run(["git", "archive", rev, "src/rasd/events", "src/rasd/resources/events"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    name = "rasd_events_" + re.sub(r"\W", "_", rev)
    pkg = tmp / name
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(tmp / ("src_" + name))  # our own repository's files
    (pkg / "res").mkdir(parents=True)
    for f in (tmp / ("src_" + name) / "src" / "rasd" / "events").glob("*.py"):
        code = f.read_text(encoding="utf-8").replace("rasd.events.", name + ".")
        code = code.replace('resources.files("rasd.resources").joinpath(_DIR).joinpath(name).read_bytes()',
                            '(__import__("pathlib").Path(__file__).parent / "res" / name).read_bytes()')
        (pkg / f.name).write_text(code, encoding="utf-8")
    for f in (tmp / ("src_" + name) / "src" / "rasd" / "resources" / "events").iterdir():
        (pkg / "res" / f.name).write_bytes(f.read_bytes())
    sys.path.insert(0, str(tmp))
    return importlib.import_module(name + ".coder").EventCoder


def before_after(rev: str, sets: list[tuple[str, Path]], n_articles: int) -> tuple[list[list[Any]], str]:
    """Quality rows (baseline vs current coder, same documents) and a CPU-time line, measured in one process."""
    from rasd.config import resolve
    from rasd.doc import Document, Meta
    from rasd.events.coder import EventCoder
    from rasd.events.evaluate import gold_document, read_gold, score_documents
    from rasd.pipeline import Pipeline
    from rasd.text.component import TextLayer

    holder = tempfile.TemporaryDirectory()  # removed when this function returns
    tmp = Path(holder.name)
    old_cls = load_baseline(rev, tmp)
    if old_cls is None:
        return [], f"(baseline {rev} not available)"
    old, new = old_cls(), EventCoder()
    pipe = Pipeline.from_settings(resolve(overrides={"pipeline": ",".join(pipeline_names())}))
    text = TextLayer()

    def base(g: dict) -> Document:  # type: ignore[type-arg]
        m = g.get("meta") or {}
        return Document(id=str(g.get("id")), text=g["text"], meta=Meta(title=m.get("title"), source=m.get("source"),
                                                                       url=m.get("url"), date=m.get("date")))

    def fmt(r: dict) -> str:  # type: ignore[type-arg]
        return f'{r["type_clause"]["f1"]:.2f} / {r["tuple"]["f1"]:.2f}'

    rows = []
    for label, path in sets:
        gold = read_gold(path)
        for mode in ("pipeline", "oracle"):
            docs = [pipe(base(g)) if mode == "pipeline" else gold_document(g, text(base(g))) for g in gold]
            res = [score_documents([(g, d.replace(events=c(d))) for g, d in zip(gold, docs)]) for c in (old, new)]
            rows.append([label, mode, fmt(res[0]), fmt(res[1]), res[0]["system_events"], res[1]["system_events"]])
    docs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            t = (obj.get("content") or "").strip()
            if t:
                docs.append(Document(id=str(len(docs)), text=t, meta=Meta(date=(obj.get("date_extracted") or "")[:10])))
            if len(docs) >= n_articles:
                break
    done = [pipe(d) for d in docs]
    for c in (old, new):
        c(done[0])
    cpu = {"before": 0.0, "after": 0.0}
    n_ev = {"before": 0, "after": 0}
    for rnd in range(4):  # interleaved, alternating order
        pair = [("before", old), ("after", new)]
        for key, c in (pair if rnd % 2 == 0 else pair[::-1]):
            t0 = time.process_time()
            n_ev[key] = sum(len(c(d)) for d in done)
            cpu[key] += time.process_time() - t0
    ms = {k: 1000 * v / (4 * len(done)) for k, v in cpu.items()}
    line = (f"Coder CPU time on {len(done)} SaudiNewsNet articles (pipeline output, per-word caches warm, the two "
            f"coders interleaved four times in one process): before {ms['before']:.2f} ms/article, after "
            f"{ms['after']:.2f} ms/article (ratio {ms['after'] / ms['before']:.2f}); events coded: before "
            f"{n_ev['before']}, after {n_ev['after']}.")
    return rows, line


REVIEW = """
What the argument-attachment review (issue 5, second pass) changed, each rule judged on SaudiNewsNet articles read
for the purpose and on the held-back split, never added for one dev sentence: *place* = the nearest place of the
clause governed by في/ب/قرب/شرق…/على or the verb's own object («قصف الجيش قرية X»; the first of a chain «قرية X
بريف Y»), regions and countries only when nothing finer, never an ungoverned country, then a governed locality
later in the sentence, then a fronted «وفي X،» frame (places before the clause no longer place it); *actor* = SVO
subject when the verb does not open its clause (VSO when the verb carries an object pronoun: «اختطفهم تنظيم
داعش»), not a speaker before a bare «أن» nor the subject of a reporting verb («أكدت الشرطة … الهجوم»), partitive
subjects («قوة من الشرطة»), the agent named by a relative clause («هجمات شنتها الميليشيات», «الهجوم الذي تبناه
داعش»), the genitive of a condemned masdar («دانت X اقتحام قوات Y»), no guessed perpetrator for a described
incident («موقع التفجير الذي استهدف …») or for what a speaker condemns; «لـ» after an object noun names the
target's owner, not the agent («تدمير دبابة لقوات النظام»); counted people after a violent verb are its
patients («اعتقل أمس 15 خياطا»); *recipient* skips places after a place noun («بلدات حيان وبيانون»), towns
attacked, «الحدود مع X», a relative clause on the actor («التحالف الذي تقوده السعودية»), and a condemnation
addresses the condemned act's agent; *clashes*: «بين X من جهة، وY من جهة أخرى», «بين X وبين Y», «بينها وبين Y»,
a conjunct shares its list's preposition («في العراق وسوريا»), and a clash noun never folds into a one-sided
attack; *records*: a noun after a demonstrative («هذه الاعتداءات») or a definite noun after a time preposition
(«بعد الهجوم») restates an act already told; *modality*: «سيطر» is not a future, fear and goal cues
(«خوفا من», «تهدف إلى») and questions («هل … ممكن؟»); *lexicon*: derived masdars take their «-ات» plural
(«احتجاجات», «اغتيالات»), «التزام» keeps its own «ال» (it matched «تزامناً»), «دانت», «اعتدى/اعتداء», «شدد/أكد …
على ضرورة», the passive «يُدعى» is not «يدّعي»; false friends found by listing the most frequent matches in 1,500
SaudiNewsNet articles: verbs are never read after a prepositional «ب/ك» («بحث» is not «حث», «كلام» not «لام»), a
final «ة» or «ى» is no pronoun («وزارة» is not «زار», «قتلى» not «قتل»), no tanwin alif after «ة» («مصالحها» is
not «مصالحة»), no feminine-plural «ن» («لأمن»), nisba «ي» («اجتماعي»), «التأمين» alone (insurance),
«تصفيات» (qualifiers), «محملة» without «المسؤولية» (loaded), «أبى» (it matched «أبيه»), a definite «لـ» masdar in
an institution's name («مركز الملك سلمان للإغاثة»); *implied actor*: barrel bombs → the document's Syrian military
actor (the guidelines' example); aid received («تلقوا تدريبات من …») has the giver as actor and the receiver as
recipient; a verb after a relative pronoun takes the antecedent as subject; a toll never borrows a killer from
another clause; *dates*: «صلاة الجمعة» is no date, «الاثنين المقبل» lies ahead. The scorer (`rasd eval events`)
now also lists every error by cause (`errors`). Rules that helped the tuning split but not the held-back split
were left out (a distance cap on the subject before a noun; folding a verb into the violent noun before it).

What the third pass (issue 5, clause-local arguments and fewer spurious records; before/after above against
`e377c6a`) changed, each rule judged on the seed and the tuning split, its hits then read on SaudiNewsNet articles
(never on the held-back split, which was read once in an earlier session and here only scored), and each with a
unit test on constructed sentences (`tests/events/test_attachment.py`): *actor* = the pronoun on «أنه/لأنه/إنها»
before a verb resumes a speaker right before it and otherwise blocks the name after the verb from being its
subject («لأنه هاجم التنظيم»); counted people before a casualty verb are the killed («إن 173 مدنيا قتلوا»), and a
toll «جراء هذه الغارات» takes the agent of the attack told before; a counterpart («التقى نظيره X») is an object;
«بناء على طلب من X», «بدعوة من X», «مساعدات من X» name the author (a request is addressed to the sentence's
subject); a masdar completing a relative clause's verb takes its antecedent («الزعماء الذين يعكفون على … لاستعادة»);
«أجبر X على الانسحاب» — X withdraws, the explicit forcer is the recipient; «لدى X خطط لـ» — X plans; «صد هجوم لـX»
— X is the attacker repelled; a demonym after a noun («بدعم روسي») names the agent's country, never the subject
before; «قصف مماثل» takes the agent of the last act of its kind, «قصف بالبراميل» the implied barrel-bomb actor; a
verb in a relative clause whose antecedent is no actor mention has no subject («المسلح الذي فجر نفسه»); a toll noun
(«مقتل») never takes a killer by position; a feminine past verb («ولكنها اتفقت») does not continue a man, a news
agency in a dateline is nobody's subject, and a verb with an explicit non-actor subject («إن المستشفى استقبل») does
not borrow the sentence-before's; *place* = statements, demands, sanctions and cooperation only by a governed
locality of their own clause (never the places they talk about, never the sentence before); a verb continuing its
sentence's subject acts where that subject went («وصل المعلم إلى مسقط …، والتقى»); a restated act («خلال الاجتماع»)
places its sentence; «في المنطقة نفسها» = the actor's last place; a finer place in apposition («في ريف حلب تحديدا
قرية X») beats the region; *records* = a violent noun governed by «وقف/منع/إنهاء» does not happen; «تأمين» needs a
place object, «أحبط» a foiled attack/attempt/plot; «الخارجة عن سيطرة» is a state; a purpose noun («لإجراء
محادثات», «للاجتماع») folds into its act, and a later definite noun with the same word, actors and place, or «بعد
زيارته», restates an earlier record; «هدد/تهديد» with no one threatened and no «بـ» complement describes a danger;
an act named inside what a statement says, with no agent of its own, is its content; an ability, wish or need
(«قدرتهم على», «عدم رغبتهم بـ», «بحاجة إلى») is no act; a bare definite attack noun after «في» ending its clause
restates; *lexicon* = «طلب» (noun), «أحبط», «إرسال جنود», «تقديم/قدم الدعم», «شحنات أسلحة», «سلم أسلحة»; cues «ليس
لدى», «لا توجد» (negation). Found wrong on SaudiNewsNet and narrowed: «مماثلا» (a predicate), a pronoun forcer,
«لم يحبط عزيمة», an encirclement and a shelling of one town (two acts, not a restatement). Honest reading: the
gains are on the seed and the tuning split the rules were checked on; the held-back split barely moved (see the
before/after table), so the held-out gold should be expected nearer the held-back numbers than the tuning ones.

What the fourth pass (issue 5, fresh-split review; before/after above against `0bdf627`) changed. The fresh split
(dev-014..021, a second annotator's) was read for *classes* of errors, each fix made for the whole word family or
construction, unit-tested on constructed sentences (`tests/events/test_fresh_review.py`), its hits and changes listed
on 1,500 SaudiNewsNet articles (against the previous revision) and kept only if it did not lower the tuning or
held-back split: *lexicon* = masdars missing beside their verbs («محاصرة», but not the participle «المحاصرة» / «مدينة
محاصرة منذ»; «استقبال»), «تطهير» (securing ground), «نزح» (fleeing, guidelines), dispersing a protest («تفريق
التظاهرة», ASSAULT/crowd-control), «تبادل … إطلاق النار», thanks («تتوجه بالشكر»), the feminine «داعية إلى»,
boycotting a meeting, talks or dialogue → REJECT/meet (guidelines), letting people leave or enter («يسمح لبعض
العائلات بالخروج») → RETREAT/access (guidelines), death sentences («أحكام الإعدام») → SANCTION/convict while carrying
them out stays ASSAULT (guidelines), «استبعد» no longer REJECT (0 of 10 SaudiNewsNet hits: it rules out
possibilities), «بعثة/وكالة» name institutions («بعثة الأمم المتحدة للدعم»), «داعيا الله» (praying) and «سرعة
الاستجابة» discarded; *records* = the look-ahead word of a gapped row is part of its act («قاطعوا الاجتماع», «بتفريق التظاهرة»);
a «بـ» weapon after an attack named before is its instrument; «يسيطر/تسيطر» in the present is who holds ground,
unless «منذ» dates it (the gold codes it then as background); «استقبل/استقبال» need someone received (the verb
alone only for persons and states); «خلال الاشتباكات بين X وY» names its own sides, so it is a new act; *actor* =
a statement participle (حال: «داعيا/مطالبا/متهما …») with an actor mention as its object takes the sentence's subject
(the object is the recipient); «قال X في بيان له اليوم إنه …» resumes X; counted people with no figure («عشرات»,
«آلاف», «بضعة»: `number_at` returned 0, read as no number) are patients; *recipient* = the addressee opening the
clause after a VSO subject's comma («طالب مجلس المحافظة، الولايات المتحدة بـ»), never a title in apposition («شكا
خوجا، رئيس الائتلاف»); *place* = the «على» target of a physical act and the first of a dual («قريتي X وY»,
«منطقتي»), never a body's seat («الذي مقره طبرق», «يتخذ من طرابلس مقرا له»). Tried and dropped: «أسر» (its forms
are «أسرة/ياسر»), the noun «نزوح», «تبادل ~~قصف», «أكد/جدد ~~دعم» (false hits on SaudiNewsNet); a plan noun
(«خطة تحرير») blocking its act (the tuning gold codes «وضع خطط لاستعادة» as planned); a lone genitive of «اغتيال /
اختطاف / اعتقال» as the patient (right, but with no other agent the record is lost and the held-back split fell);
a passive verb's agent after «من قبل / من جانب» (one spurious record on the tuning split); a bare «سمح لـ».
Honest reading: the rules were developed on the fresh split, so its rows are no longer a clean check; the lead's
second fresh split is.
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--baseline", default="0bdf627", help="git revision of the coder to compare with ('' = none)")
    args = ap.parse_args()
    seed = SHARED / "examples" / "seed-article.gold.json"
    sets = [("seed article", seed)]
    tmp = tempfile.TemporaryDirectory()
    if args.dev.exists():
        sets += split_dev(args.dev, Path(tmp.name)) + [("dev set", args.dev)]
    rows = []
    per_type_rows = []
    err_rows = []
    for label, path in sets:
        res = quality(path)
        for mode, r in res.items():
            rows.append([label, mode, r["documents"], r["gold_events"], r["system_events"],
                         f'{r["type_clause"]["p"]:.2f} / {r["type_clause"]["r"]:.2f} / **{r["type_clause"]["f1"]:.2f}**',
                         f'{r["tuple"]["p"]:.2f} / {r["tuple"]["r"]:.2f} / **{r["tuple"]["f1"]:.2f}**',
                         f'{r["tuple_strict"]["f1"]:.2f}', r["modality_accuracy"]])
            e = r["errors"]
            err_rows.append([label, mode, r["gold_events"], e["missed"], e["wrong_type"], e["spurious"], e["actor"],
                             e["recipient"], e["place"], e["modality"], e["polarity"]])
            if label == "dev set" and mode == "oracle":
                for t, v in r["per_type"].items():
                    per_type_rows.append([t, v["gold"], v["system"], v["tp"], f'{v["p"]:.2f}', f'{v["r"]:.2f}',
                                          f'{v["f1"]:.2f}'])
        print(label, json.dumps({m: (r["type_clause"]["f1"], r["tuple"]["f1"], r["errors"]) for m, r in res.items()}))
    sp = speed(args.articles)
    osp = oracle_speed(args.dev if args.dev.exists() else seed)
    print(json.dumps(sp), f"oracle coder {osp:.1f} ms/article")
    ba_rows, ba_line = before_after(args.baseline, sets, args.articles) if args.baseline else ([], "")
    print(ba_line)
    for ba in ba_rows:
        print(ba)
    body = (
        "Event coding quality (`rasd eval events --gold FILE [--oracle]`). *pipeline* = the shipped default "
        "pipeline end to end (what users get, and what held-out gold scores); *oracle* = the coder given gold "
        "mentions, places and actor links (the coder alone). P / R / F1; goals: type+clause F1 ≥ 0.70, full tuple "
        "(type, actor, recipient, place; the guidelines annotate no event dates, so dates are not scored) ≥ 0.50. "
        "The dev set is cut by id: the *tuning split* (dev-001..dev-008) is what the coder's rules were checked on "
        "error by error in the second and third passes (with the seed); the *held-back split* (dev-009..dev-013) is "
        "only scored (it was read once, in an earlier session); the *fresh split* (dev-014..dev-021, annotated by a "
        "second annotator) was the development split of the fourth pass, read for classes of errors, never for "
        "single sentences; the *fresh-2 split* (dev-022..029, annotated the same day) was only ever scored — the honest row. The held-out gold should be "
        "expected nearer the held-back and fresh rows than the tuning one. "
        f"Pipeline: `{','.join(pipeline_names())},rasd.events.v1`. *Tuple strict* compares actors only by the gold "
        "entry's canonical (first) English name.\n\n"
        + table(["gold", "input", "docs", "gold events", "system events", "type+clause P/R/F1",
                 "tuple P/R/F1", "tuple strict F1", "modality agreement"], rows)
        + "\n\nEvery error by cause (`errors` in `rasd eval events`): *missed* = no system event on the gold "
        "trigger, *wrong type* = one of another type, *spurious* = unmatched system events; then, among matched "
        "events, those whose actor, recipient, place, modality or polarity disagree:\n\n"
        + table(["gold", "input", "gold events", "missed", "wrong type", "spurious", "actor", "recipient", "place",
                 "modality", "polarity"], err_rows)
        + "\n\nPer type, dev set, oracle input (gold counted by its first type):\n\n"
        + table(["type", "gold", "system", "tp", "P", "R", "F1"], per_type_rows)
        + f"\n\nSpeed on {sp['articles']} SaudiNewsNet articles: pipeline without events "
        f"(`{sp['pipeline']}`) {sp['pipeline_ms']:.1f} ms/article; `rasd.events.v1` {sp['events_ms']:.2f} "
        f"ms/article on first sight of the articles' words = **{100 * sp['share']:.1f}%** of the pipeline time, "
        f"{sp['events_warm_ms']:.2f} ms/article with its per-word caches warm (a long batch run) = "
        f"**{100 * sp['share_warm']:.1f}%** (budget 30%); {sp['events']} events coded. Times are this process's "
        "CPU time (the machine is shared: 2 cores, other jobs running; wall timings varied by more than ±50% "
        "between runs); compare the ratio below. "
        f"On oracle documents the coder takes {osp:.1f} ms/article.\n"
    )
    if ba_rows:
        body += (
            f"\nBefore/after this review (`--baseline {args.baseline}`: that revision's events package and lexicon "
            "against the current one, same documents, same process; type+clause F1 / tuple F1):\n\n"
            + table(["gold", "input", "before", "after", "events before", "events after"], ba_rows)
            + "\n\n" + ba_line + "\n"
        )
    body += REVIEW
    out = record("events", "Events: PLOVER coding", body)
    print("wrote", out)


if __name__ == "__main__":
    main()
