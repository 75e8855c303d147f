#!/usr/bin/env python3
"""Draw the candidate articles of rasd's dev gold set from SaudiNewsNet (re-runnable, deterministic).

Steps
1. Keyword filter (``candidate_country``): straight-news-looking articles (a dateline/agency in ``author``,
   no opinion/interview marker in the title, 800-8,000 chars) whose text is dominated by ONE of Syria, Iraq,
   Yemen, Libya (place/actor keywords) and that talk about armed conflict or politics (conflict keywords).
2. A seeded random draw: each country's candidates are sorted by url, then shuffled with ``random.Random(SEED)``.
3. Screening in draw order (by hand, recorded in ``SCREENED`` with the reason): an article is taken unless it
   was rejected (not straight news, not about the conflict, duplicate ...) or its outlet already has
   ``MAX_PER_OUTLET`` articles for that country (or ``MAX_PER_OUTLET_TOTAL`` in the set), until the country has ``TARGET[country]`` articles.

Writes tests/data/dev/draw.json (seed, filters, candidate counts, drawn order with decisions) and
tests/data/dev/selected.jsonl (id, meta, text) that scripts/devset/build.py annotates.

SaudiNewsNet is CC BY-NC-SA: the selected texts are for development annotation only and live under tests/.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".." / "shared" / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"
OUT = ROOT / "tests" / "data" / "dev"
SEED = 20150801
DRAW_PER_COUNTRY = 12
TARGET = {"SY": 4, "IQ": 3, "YE": 3, "LY": 3}
MAX_PER_OUTLET = 2  # per country
MAX_PER_OUTLET_TOTAL = 4
# The fresh split (dev-014 ..): each country's shuffled list is continued after the dev split's last decision.
# Its outlet limits count the fresh split alone, scaled to its size (at most half a country's articles and about a
# quarter of the split from one outlet, as 2 of 3-4 and 4 of 13 in the dev split).
FRESH_TARGET = {"SY": 2, "IQ": 2, "YE": 2, "LY": 2}
FRESH_MAX_PER_OUTLET = 1  # per country
FRESH_MAX_PER_OUTLET_TOTAL = 2
# The fresh-2 split (dev-022 ..): the same lists continued after the fresh split's last decision, with its own
# outlet limits (counted over fresh-2 alone, the same numbers as the fresh split's).
FRESH2_TARGET = {"SY": 2, "IQ": 2, "YE": 2, "LY": 2}
FRESH2_MAX_PER_OUTLET = 1  # per country
FRESH2_MAX_PER_OUTLET_TOTAL = 2
# The fresh-3 split (dev-030 ..): the same lists continued after the fresh-2 split's last decision, with its own
# outlet limits (counted over fresh-3 alone, the same numbers as the fresh split's).
FRESH3_TARGET = {"SY": 2, "IQ": 2, "YE": 2, "LY": 2}
FRESH3_MAX_PER_OUTLET = 1  # per country
FRESH3_MAX_PER_OUTLET_TOTAL = 2

COUNTRY_WORDS = {
    "SY": ["سوريا", "سورية", "السوري", "دمشق", "حلب", "إدلب", "ادلب", "حمص", "حماة", "درعا", "الرقة",
           "دير الزور", "الحسكة", "اللاذقية", "القنيطرة", "الزبداني", "الأسد", "النصرة"],
    "IQ": ["العراق", "العراقي", "بغداد", "الموصل", "الأنبار", "الانبار", "الرمادي", "الفلوجة", "تكريت",
           "صلاح الدين", "ديالى", "كركوك", "البصرة", "الحشد الشعبي", "بيجي", "أربيل", "اربيل"],
    "YE": ["اليمن", "اليمني", "صنعاء", "عدن", "تعز", "مأرب", "الحوثي", "لحج", "أبين", "شبوة", "الضالع",
           "المكلا", "الحديدة", "هادي"],
    "LY": ["ليبيا", "الليبي", "طرابلس", "بنغازي", "سرت", "درنة", "مصراتة", "طبرق", "حفتر", "فجر ليبيا"],
}
CONFLICT_WORDS = ["اشتباك", "معارك", "معركة", "قصف", "غارة", "غارات", "مقتل", "قتلى", "هجوم", "سيطر",
                  "تفجير", "مسلح", "الجيش", "قوات", "داعش", "الحوثيين", "المتمردين", "المعارضة", "ميليشي",
                  "مليشي", "الحكومة", "مفاوضات", "اتفاق"]
NEWS_AUTHOR = re.compile(r"[:\-–(]|وكالات|رويترز|أ ?ف ?ب|أ\. ?ف\. ?ب|واس|د ب أ|خاص|الوئام|سبق")
OPINION_AUTHOR = re.compile(r"^\s*(د\.|بقلم|أ\.د)")
OPINION_TITLE = re.compile(r"حوار|مقابلة|تحليل|رأي|مقال|قراءة في|تقرير خاص|بروفايل")
BOILERPLATE = re.compile(r"\n[^\n]*(رابط الخبر|للمزيد|اقرأ أيضا|تابعونا)[^\n]*\s*$|\n\s*\.{2,}\s*المزيد\s*$"
                         r"|\s*رابط الخبر بصحيفة الوئام:[^\n]*$")  # the last: alweeam's link glued to the last paragraph

# Screening decisions, by url: the reason an article in the draw was NOT taken. Filled while reading the draw.
SCREENED: dict[str, str] = {
    "http://aawsat.com/home/article/421206/حزب-الله-يدير-«المقاومة-السورية-لتحرير-الجولان»-وسمير-القنطار-يتولى-تجنيد-عناصر":
        "feature/background piece on the Golan resistance, not a news report",
    "http://www.alyaum.com/article/4079536":
        "event in Turkey (Suruc bombing), not in Syria",
    "http://aawsat.com/home/article/424621/أسامة-النجيفي-لـ-الشرق-الأوسط-المالكي-يتحمل-مسؤولية-تدهور-الأوضاع-في-العراق":
        "interview (حوار مع «الشرق الأوسط»)",
    "http://aawsat.com/home/article/426261/مقتل-390-كرديًا-من-حزب-العمال-خلال-أسبوعين-جراء-الغارات-التركية":
        "Turkey-PKK conflict, mostly inside Turkey",
    "http://aawsat.com/home/article/422371/فالح-الفياض-قوته-في-صمته":
        "profile feature (فالح الفياض قوته في صمته)",
    "http://sabq.org/sGCgde":
        "colour feature on the Aden airlift, not a news report",
    # fresh split (dev-014 ..), screened on 2026-12-04
    "http://aawsat.com/home/article/412011/التطبيع-مع-إيران-يثير-مخاوف-دبلوماسيين-وعسكريين-غربيين":
        "about the Iran nuclear deal (Western commentators' press conference), not about Iraq",
    "http://www.alriyadh.com/1067389":
        "Saudi-Egyptian press conference on bilateral ties and Hamas; Yemen only in passing",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231285&CategoryID=1":
        "interview (حواره مع \"الوطن\", questions and answers)",
    "http://aawsat.com/home/article/423296/إنقاذ-400-مهاجر-وفقدان-أكثر-من-مائتين-قبالة-الشواطئ-الليبية":
        "migrant shipwreck and rescue off Libya, not about the conflict or politics",
    "http://aawsat.com/home/article/423291/قاعدة-عسكرية-«افتراضية»-تسبب-أزمة-ثقة-بين-الجزائر-وتونس":
        "Tunisia-Algeria dispute over a US base in Tunisia, not set in Libya",
    # fresh-2 split (dev-022 ..), screened on 2026-12-04
    "http://www.alyaum.com/article/4082331":
        "feature/analysis (Reuters piece on the army's weakness in Benghazi: illustrative opening, habitual scenes)",
    # fresh-3 split (dev-030 ..), screened on 2026-12-04
    "http://www.alweeam.com.sa/349368/ايران-تبدأ-حملة-للتودد-إلى-دول-الخليج/":
        "Iranian foreign minister's Gulf tour and Iran-Gulf relations, mostly outside Iraq (not about Iraq)",
    "http://www.alweeam.com.sa/350652/اليمنيون-يحولون-خطاب-الحوثي-إلى-مادة-ل/":
        "colour/reaction piece (sarcastic social-media comments on al-Houthi's speech), not a news report",
}


def count(text: str, words: list[str]) -> int:
    return sum(text.count(w) for w in words)


def candidate_country(a: dict) -> str | None:
    """The country an article is a candidate for, or None."""
    content, title, author = a.get("content") or "", a.get("title") or "", a.get("author") or ""
    if not title or not 800 <= len(content) <= 8000:
        return None
    if not NEWS_AUTHOR.search(author) or OPINION_AUTHOR.search(author) or OPINION_TITLE.search(title):
        return None
    scores = sorted(((count(content, w), c) for c, w in COUNTRY_WORDS.items()), reverse=True)
    (best, country), (second, _) = scores[0], scores[1]
    if best < 4 or best < 2 * second:
        return None
    if count(content, CONFLICT_WORDS) < 5:
        return None
    return country


def prepare_text(content: str) -> str:
    """content.strip(), trailing boilerplate dropped, long texts cut at the last sentence end <= 2,650."""
    text = content.strip()
    while True:
        m = BOILERPLATE.search(text)
        if not m:
            break
        text = text[: m.start()].rstrip()
    if len(text) > 2700:
        cut = max(text.rfind(ch, 0, 2650) for ch in ".!؟")
        text = text[: cut + 1]
    return text


def article_id(n: int, url: str) -> str:
    return f"dev-{n:03d}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"


def load_candidates() -> dict[str, list[dict]]:
    by_country: dict[str, list[dict]] = {c: [] for c in COUNTRY_WORDS}
    seen: set[str] = set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            c = candidate_country(a)
            key = (a.get("content") or "")[:200]
            if c is None or key in seen:
                continue
            seen.add(key)
            by_country[c].append(a)
    for cands in by_country.values():
        cands.sort(key=lambda a: a["url"])
    return by_country


def continue_draw(pools: dict[str, list[dict]], log: dict[str, list[dict]], resume: dict[str, int],
                  chosen: list[tuple[str, dict]], split: str, target: dict[str, int], max_per_outlet: int,
                  max_per_outlet_total: int, truncate: bool = False) -> dict[str, int]:
    """Continue each country's shuffled list at ``resume[c]`` until ``split`` has ``target[c]`` articles taken,
    counting outlets within the split only; decisions go to ``log``, taken articles to ``chosen``. Returns where each
    list stopped. ``truncate`` drops log entries past ``resume`` first (the first split after the dev draw)."""
    count: dict[str, int] = {}
    per_country: dict[tuple[str, str], int] = {}
    stop: dict[str, int] = {}
    for c in ["SY", "IQ", "YE", "LY"]:
        taken = 0
        k = resume[c]
        if truncate:
            del log[c][k:]
        while taken < target[c]:
            a = pools[c][k]
            k += 1
            entry = {"url": a["url"], "source": a["source"], "title": a["title"], "date": a["date_extracted"][:10]}
            if a["url"] in SCREENED:
                entry["decision"] = "rejected: " + SCREENED[a["url"]]
            elif per_country.get((c, a["source"]), 0) >= max_per_outlet:
                entry["decision"] = (f"skipped: outlet {a['source']} already has {max_per_outlet} for {c} "
                                     f"in the {split} split")
            elif count.get(a["source"], 0) >= max_per_outlet_total:
                entry["decision"] = (f"skipped: outlet {a['source']} already has {max_per_outlet_total} "
                                     f"in the {split} split")
            else:
                entry["decision"] = "taken"
                taken += 1
                count[a["source"]] = count.get(a["source"], 0) + 1
                per_country[(c, a["source"])] = per_country.get((c, a["source"]), 0) + 1
                chosen.append((c, a))
            entry["split"] = split
            log[c].append(entry)
        stop[c] = k
    return stop


def main() -> None:
    by_country = load_candidates()
    rng = random.Random(SEED)
    pools: dict[str, list[dict]] = {}
    for c, cands in sorted(by_country.items()):  # fixed order so the rng stream is stable
        pool = list(cands)
        rng.shuffle(pool)
        pools[c] = pool
    outlet_count: dict[str, int] = {}
    outlet_country: dict[tuple[str, str], int] = {}
    chosen: list[tuple[str, dict]] = []
    log: dict[str, list[dict]] = {}
    resume: dict[str, int] = {}
    for c in ["SY", "IQ", "YE", "LY"]:  # the dev split: the first DRAW_PER_COUNTRY of each list
        taken = 0
        log[c] = []
        for k, a in enumerate(pools[c][:DRAW_PER_COUNTRY]):
            entry = {"url": a["url"], "source": a["source"], "title": a["title"], "date": a["date_extracted"][:10]}
            if taken >= TARGET[c]:
                entry["decision"] = "not reached"
                resume.setdefault(c, k)
            elif a["url"] in SCREENED:
                entry["decision"] = "rejected: " + SCREENED[a["url"]]
            elif outlet_country.get((c, a["source"]), 0) >= MAX_PER_OUTLET:
                entry["decision"] = f"skipped: outlet {a['source']} already has {MAX_PER_OUTLET} for {c}"
            elif outlet_count.get(a["source"], 0) >= MAX_PER_OUTLET_TOTAL:
                entry["decision"] = f"skipped: outlet {a['source']} already has {MAX_PER_OUTLET_TOTAL} in the set"
            else:
                entry["decision"] = "taken"
                taken += 1
                outlet_count[a["source"]] = outlet_count.get(a["source"], 0) + 1
                outlet_country[(c, a["source"])] = outlet_country.get((c, a["source"]), 0) + 1
                chosen.append((c, a))
            entry["split"] = "dev"
            log[c].append(entry)
        resume.setdefault(c, DRAW_PER_COUNTRY)
    # the fresh split, then the fresh-2 and fresh-3 splits: the same lists continued, each with its own outlet limits
    resume2 = continue_draw(pools, log, resume, chosen, "fresh", FRESH_TARGET, FRESH_MAX_PER_OUTLET,
                            FRESH_MAX_PER_OUTLET_TOTAL, truncate=True)
    resume3 = continue_draw(pools, log, resume2, chosen, "fresh-2", FRESH2_TARGET, FRESH2_MAX_PER_OUTLET,
                            FRESH2_MAX_PER_OUTLET_TOTAL)
    continue_draw(pools, log, resume3, chosen, "fresh-3", FRESH3_TARGET, FRESH3_MAX_PER_OUTLET,
                  FRESH3_MAX_PER_OUTLET_TOTAL)
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, (c, a) in enumerate(chosen, start=1):
        aid = article_id(n, a["url"])
        for e in log[c]:
            if e["url"] == a["url"]:
                e["id"] = aid
        rows.append({"id": aid, "country": c,
                     "meta": {"source": a["source"], "url": a["url"], "title": a["title"],
                              "date": a["date_extracted"][:10]},
                     "text": prepare_text(a["content"])})
    summary = {
        "seed": SEED, "draw_per_country": DRAW_PER_COUNTRY, "target": TARGET, "max_per_outlet_per_country": MAX_PER_OUTLET,
        "max_per_outlet_total": MAX_PER_OUTLET_TOTAL,
        "fresh": {"target": FRESH_TARGET, "max_per_outlet_per_country": FRESH_MAX_PER_OUTLET,
                  "max_per_outlet_total": FRESH_MAX_PER_OUTLET_TOTAL, "first_id": "dev-014",
                  "note": "continues each country's shuffled list after the dev split's last decision; outlet "
                          "limits count the fresh split alone; screened and annotated on 2026-12-04"},
        "fresh-2": {"target": FRESH2_TARGET, "max_per_outlet_per_country": FRESH2_MAX_PER_OUTLET,
                    "max_per_outlet_total": FRESH2_MAX_PER_OUTLET_TOTAL, "first_id": "dev-022",
                    "note": "continues each country's shuffled list after the fresh split's last decision; outlet "
                            "limits count the fresh-2 split alone; screened and annotated on 2026-12-04"},
        "fresh-3": {"target": FRESH3_TARGET, "max_per_outlet_per_country": FRESH3_MAX_PER_OUTLET,
                    "max_per_outlet_total": FRESH3_MAX_PER_OUTLET_TOTAL, "first_id": "dev-030",
                    "note": "continues each country's shuffled list after the fresh-2 split's last decision; outlet "
                            "limits count the fresh-3 split alone; screened and annotated on 2026-12-04"},
        "filters": {"length": [800, 8000], "news_author_regex": NEWS_AUTHOR.pattern,
                    "opinion_author_regex": OPINION_AUTHOR.pattern, "opinion_title_regex": OPINION_TITLE.pattern,
                    "country": "top country keyword count >= 4 and >= 2x the runner-up",
                    "conflict": "conflict keyword count >= 5", "dedupe": "first 200 chars of content"},
        "candidates": {c: len(v) for c, v in by_country.items()},
        "draw": log,
    }
    (OUT / "draw.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(OUT / "selected.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    for c, entries in log.items():
        print(c, summary["candidates"][c], "candidates;", sum(e["decision"] == "taken" for e in entries), "taken")
    for r in rows:
        print(r["id"], r["country"], r["meta"]["source"], len(r["text"]), r["meta"]["title"])


if __name__ == "__main__":
    main()
