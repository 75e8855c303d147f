#!/usr/bin/env python3
"""Build the actor dictionary in ``src/rasd/resources/actors/`` from its sources (re-runnable).

Inputs (every output row names the one it came from in its ``source`` column):

- ``src/rasd/resources/actors/curated/*.tsv`` — hand-curated actors, persons' offices with dates, and per-country
  facts (demonyms, Arabic nisba adjectives, capitals, Wikidata ids);
- ``src/rasd/resources/actors/bodies.tsv`` — generic state bodies and offices, instantiated for every state;
- ``../shared/data/geo/countries-cldr`` (Arabic short country names, MIT/CLDR) and
  ``../shared/data/geo/countries-geonames`` (ISO codes, English names, extra Arabic names, CC BY 4.0);
- ``../shared/data/lexicons/universalpetrarch-ar/actor_dict_ar_v4.txt`` (UniversalPetrarch, MIT): persons and
  named organisations with CAMEO codes (lemmatised, so only rows that survive the filters below are kept);
- ``../shared/data/lexicons/phoenix-en/*.actors.txt`` (Phoenix, MIT): English synonyms and CAMEO codes of the
  curated actors whose English names they list.

Outputs (committed): ``actors.tsv``, ``aliases.tsv``, ``roles.tsv``, ``nationalities.tsv``.

    python scripts/build_actors.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import normalize_word  # noqa: E402

OUT = ROOT / "src" / "rasd" / "resources" / "actors"
CURATED = OUT / "curated"

# Source ranks: lower wins when two actors claim the same alias.
RANK = {"curated": 0, "generated": 1, "geo": 1, "up": 2, "phoenix": 3}


@dataclass
class A:
    id: str
    kind: str
    country: str
    sector: str
    wikidata: str
    name: str
    name_ar: str
    source: str
    cameo: str = ""
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (alias, lang, source)


def key(s: str) -> str:
    return " ".join(normalize_word(w) for w in s.split())


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    out = []
    for n, ln in enumerate(lines[1:], 2):
        cells = ln.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path}: row {n}: want {len(header)} columns, got {len(cells)}: {ln!r}")
        out.append(dict(zip(header, cells)))
    return out


# ---------------------------------------------------------------- countries
_NON_STATE_WORDS = ("جزر", "جزيرة", "إقليم", "الإقليم", "الأقاليم", "منطقة", "هولندا الكاريبية")


def derive_adj(name: str) -> str:
    """The masculine nisba of a one-word Arabic country name: «تركيا» → «تركي», «العراق» → «عراقي»."""
    w = name[2:] if name.startswith("ال") else name
    if w.endswith("ية"):
        return w[:-2] + "ي"
    if w.endswith("يا"):
        return w[:-1]
    if w.endswith("ا"):
        return w[:-1] + "ي"
    if w.endswith("ي"):
        return w
    return w + "ي"


def adj_forms(adj: str) -> dict[str, str]:
    """Definite masculine, feminine and masculine-plural forms of a (possibly two-word) nisba."""
    words = adj.split()
    return {
        "m": " ".join("ال" + w for w in words),
        "f": " ".join("ال" + w + "ة" for w in words),
        "mp": " ".join("ال" + w + "ين" for w in words),
        "mpn": " ".join("ال" + w + "ون" for w in words),  # nominative plural («الأميركيون»)
    }


# Broken plurals of demonyms (the regular -ين/-ون plurals come from adj_forms): «الروس», «الأتراك».
_BROKEN_PLURALS = {"RUS": ["روس"], "TUR": ["أتراك"], "DEU": ["ألمان"], "GBR": ["إنجليز", "انكليز"], "AFG": ["أفغان"],
                   "USA": ["أمريكان", "أميركان"], "FRA": ["فرنسيون"], "IRN": ["إيرانيون"]}


def load_countries(shared: Path) -> list[dict[str, object]]:
    geo = shared / "data" / "geo"
    cldr = {r["id"]: r["value"] for r in csv.DictReader(open(geo / "countries-cldr" / "data_ar_country.csv", encoding="utf-8"))}
    gn = read_tsv(geo / "countries-geonames" / "countries_ar.tsv")
    pop: dict[str, int] = {}
    for ln in (geo / "countries-geonames" / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
        if ln.startswith("#") or not ln.strip():
            continue
        c = ln.split("\t")
        try:
            pop[c[0]] = int(c[7] or 0)
        except (IndexError, ValueError):
            pass
    cur = {r["iso3"]: r for r in read_tsv(CURATED / "countries.tsv")}
    out = []
    for r in gn:
        iso2, iso3 = r["iso2"], r["iso3"]
        ar = cldr.get(iso2)
        if not ar or not iso3:
            continue
        c = cur.get(iso3)
        names = [ar]
        sources = {ar: "cldr:data_ar_country.csv"}
        if c and c["names_ar"]:
            for n in c["names_ar"].split("|"):
                names.append(n)
                sources.setdefault(n, "curated:countries.tsv")
        elif r["name_ar"] and r["name_ar"] != ar:
            names.append(r["name_ar"])
            sources.setdefault(r["name_ar"], "geonames:countries_ar.tsv")
        if c:
            adjs = [a for a in c["adj_ar"].split("|") if a]
            adj_src = "curated:countries.tsv"
        else:
            adjs = [derive_adj(ar)] if " " not in ar and "-" not in ar else []
            adj_src = "rule:derive_adj"
        sovereign = pop.get(iso2, 0) >= 80_000 and not any(w in ar for w in _NON_STATE_WORDS)
        if iso3 in ("PSE", "VAT", "XKX", "TWN", "ESH"):
            sovereign = iso3 == "PSE"
        out.append({
            "iso3": iso3, "iso2": iso2, "name_en": r["name_en"], "name_ar": ar, "names": list(dict.fromkeys(names)),
            "sources": sources, "adjs": adjs, "adj_src": adj_src, "adj_en": (c or {}).get("adj_en", ""),
            "capitals": [x for x in (c or {}).get("capitals_ar", "").split("|") if x],
            "wikidata": (c or {}).get("wikidata", ""), "sovereign": sovereign,
        })
    return out


_EN_NAMES = {"USA": "United States", "GBR": "United Kingdom", "PSE": "Palestine", "COD": "DR Congo",
             "COG": "Republic of the Congo", "PRK": "North Korea", "KOR": "South Korea"}


def build_states_and_bodies(countries: list[dict[str, object]], actors: dict[str, A]) -> list[tuple[str, str, str]]:
    nationalities: list[tuple[str, str, str]] = []
    bodies = read_tsv(OUT / "bodies.tsv")
    for c in countries:
        iso3 = str(c["iso3"])
        name_en = _EN_NAMES.get(iso3, str(c["name_en"]))
        a = A(iso3, "state", iso3, "GOV", str(c["wikidata"]), name_en, str(c["name_ar"]), "cldr+geonames")
        srcs = c["sources"]
        assert isinstance(srcs, dict)
        for n in c["names"]:  # type: ignore[union-attr]
            a.aliases.append((n, "ar", srcs[n]))
        for cap in c["capitals"]:  # type: ignore[union-attr]
            a.aliases.append((cap, "ar", "curated:countries.tsv#capital"))
        a.aliases.append((name_en, "en", "geonames:countries_ar.tsv"))
        actors[iso3] = a
        adjs: list[str] = c["adjs"]  # type: ignore[assignment]
        for adj in adjs:
            for form in adj_forms(adj).values():
                nationalities.append((form, iso3, str(c["adj_src"])))
                nationalities.append((form[2:] if " " not in form else form.replace("ال", "", 1), iso3, str(c["adj_src"])))
        for pl in _BROKEN_PLURALS.get(iso3, ()):
            nationalities.append(("ال" + pl, iso3, "curated:build_actors.py#plural"))
        if not c["sovereign"]:
            continue
        adj_en = str(c["adj_en"])
        for b in bodies:
            if b["scope"] != "*" and iso3 not in b["scope"].split("|"):
                continue
            bid = f"{iso3}.{b['key']}"
            fill = (lambda s: s.replace("{adj}", adj_en).replace("{country}", name_en))
            name = fill(b["name_en"]) if adj_en else fill(b["name_en_noadj"])
            name = name[0].upper() + name[1:]
            ar_forms: list[str] = []
            for pat in b["patterns_ar"].split("|"):
                if "{c}" in pat:
                    ar_forms += [pat.replace("{c}", n) for n in c["names"]]  # type: ignore[union-attr]
                else:
                    for adj in adjs:
                        f = adj_forms(adj)
                        ar_forms.append(pat.replace("{mp}", f["mp"]).replace("{m}", f["m"]).replace("{f}", f["f"]))
                        if "{mp}" in pat and pat.split()[0].endswith("ين"):  # «الجنود الأميركيون» beside «…يين»
                            ar_forms.append(pat.replace("{mp}", f["mpn"]))
                            ar_forms.append(pat.split()[0][:-2] + "ون " + " ".join(pat.split()[1:]).replace("{mp}", f["mpn"]))
            ar_forms = [x for x in dict.fromkeys(ar_forms) if "{" not in x]
            if not ar_forms:
                continue
            body = A(bid, b["kind"], iso3, b["sector"], "", name, ar_forms[0], f"generated:bodies.tsv#{b['key']}")
            for x in ar_forms:
                body.aliases.append((x, "ar", f"generated:bodies.tsv#{b['key']}"))
            for e in [name] + ([fill(x) for x in b["aliases_en"].split("|") if x and ("{adj}" not in x or adj_en)]):
                body.aliases.append((e, "en", f"generated:bodies.tsv#{b['key']}"))
            actors[bid] = body
    return nationalities


# ---------------------------------------------------------------- curated
def merge_curated(actors: dict[str, A]) -> None:
    for n, r in enumerate(read_tsv(CURATED / "actors.tsv"), 2):
        src = f"curated:actors.tsv#{r['id']}"
        a = actors.get(r["id"])
        if a is None:
            a = A(r["id"], r["kind"], r["country"], r["sector"], r["wikidata"], r["name"], r["name_ar"], src)
            actors[r["id"]] = a
        else:  # override a generated actor's names, keep its generated aliases
            a.kind, a.country, a.sector = r["kind"], r["country"] or a.country, r["sector"] or a.sector
            a.wikidata, a.name, a.name_ar = r["wikidata"] or a.wikidata, r["name"], r["name_ar"]
            a.source = f"{a.source}+{src}"
        for x in [r["name_ar"]] + r["aliases_ar"].split("|"):
            if x:
                a.aliases.append((x, "ar", src))
        for x in [r["name"]] + r["aliases_en"].split("|"):
            if x:
                a.aliases.append((x, "en", src))


# ---------------------------------------------------------------- UniversalPetrarch
_TITLES = set("""رئيس وزير وزيرة ملك أمير عاهل جنرال شيخ سفير لواء عميد عقيد عماد مشير طيار ركن نائب مساعد مدير
مستشار قائد زعيم أمين عام سابق سيد سيدة دكتور رجل عمل مسؤول ناطق متحدث ممثل مبعوث عمدة حاكم محافظ نائبة قاضي
مفتي إمام ولي عهد سلطان رئيسة مندوب عضو النائب الرئيس الوزير الملك الأمير الشيخ السفير اللواء العميد العقيد الدكتور
الجنرال السيد المستشار القائد""".split())
_ORG_HEADS = {"حركة": "armed_group", "حزب": "party", "منظمة": "ngo", "جبهة": "armed_group", "جيش": "armed_group",
              "كتائب": "armed_group", "كتيبة": "armed_group", "لواء": "armed_group", "تنظيم": "armed_group",
              "جماعة": "armed_group", "مجلس": "state_body", "هيئة": "state_body", "اتحاد": "igo", "جمعية": "ngo",
              "وكالة": "media", "صحيفة": "media", "قناة": "media", "تحالف": "party", "تيار": "party",
              "ائتلاف": "party", "مؤسسة": "ngo", "سرايا": "armed_group", "فيلق": "armed_group", "ميليشيا": "armed_group"}
_NOT_NAMES = set("""برنامج مؤشر شركة جامعة رعية مقاتل مجموعة نظام مجلس واقع إسلامي عربي دولة دولي حكومة قوة قوات
شرطة جيش وزارة إدارة سلطة سلطات منظمة لجنة جهاز مكتب بعثة معارضة مسلح مسلحون متمرد متمردون ناشط طالب عامل محتج متظاهر
ميليشيا شعب سكان لاجئ مواطن مدني عسكري جندي ضابط رعايا أمن اتفاق مؤتمر قمة حزب حركة جبهة مركز معهد مصرف بنك""".split())
_ROLE_KIND = {"PTY": "party", "REB": "armed_group", "OPP": "party", "MED": "media", "IGO": "igo", "NGO": "ngo",
              "GOV": "state_body", "MIL": "state_body", "COP": "state_body", "SPY": "state_body", "LEG": "state_body",
              "JUD": "state_body", "UAF": "armed_group", "BUS": "other", "EDU": "other", "CVL": "other"}


def _parse_up(path: Path) -> list[tuple[int, str, list[str]]]:
    entries: list[tuple[int, str, list[str]]] = []
    for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not ln.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", ln)
        if ln.startswith("\t") or ln.strip().startswith("["):
            if entries:
                entries[-1][2].extend(codes)
            continue
        m = re.match(r"\s*(\S+)", ln)
        if m:
            entries.append((n, m.group(1), codes))
    return entries


def _up_dates(code: str) -> tuple[str, str]:
    m = re.search(r"(\d{8})?\s*-\s*(\d{8})?", code)
    g = re.search(r">\s*(\d{8})", code)
    iso = (lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}" if d else "")
    if g:
        return iso(g.group(1)), ""
    if m:
        s, e = m.group(1) or "", m.group(2) or ""
        if e and s and e < s:
            e = ""
        return iso(s), iso(e)
    return "", ""


def _name_pair(ws: list[str]) -> tuple[str, str]:
    """(given name, family name) of a person's normalised name words; «آل سعود» / «بن علوي» count as one."""
    last = " ".join(ws[-2:]) if len(ws) >= 3 and ws[-2] in ("ال", "بن", "ابن", "ابو") else ws[-1]
    return ws[0], last


def import_up(shared: Path, actors: dict[str, A], iso3s: set[str], nat_words: set[str],
              taken: dict[str, str], country_words: set[str]) -> int:
    path = shared / "data" / "lexicons" / "universalpetrarch-ar" / "actor_dict_ar_v4.txt"
    added = 0
    # curated persons by (given name, family name): a UniversalPetrarch name that only adds a father's name or a
    # «بن …» chain («عادل بن أحمد الجبير» = «عادل الجبير») is that person's alias, not another actor
    pairs: dict[tuple[str, str], set[str]] = {}
    for a in actors.values():
        if a.kind == "person" and a.source.startswith("curated") and a.id.startswith("p."):
            for alias, lang, _s in a.aliases:
                ws = key(alias).split()
                if lang == "ar" and len(ws) >= 2:
                    pairs.setdefault(_name_pair(ws), set()).add(a.id)
    for line, raw, codes in _parse_up(path):
        words = [w for w in raw.replace("ٰ", "").split("_") if w]
        if not words or not codes or "ل" in words or any(not re.fullmatch(r"[\u0621-\u064a]+", w) for w in words):
            continue
        code = codes[0].split()[0] if codes[0].split() else ""
        ctry = code[:3] if code[:3] in iso3s else ""
        role = code[3:6] if ctry else code[:3]
        if not ctry and role not in ("IGO", "REB", "IMG"):
            continue
        src = f"up:actor_dict_ar_v4.txt:{line}"
        text = " ".join(words)
        head = words[0]
        if head in _ORG_HEADS and 2 <= len(words) <= 5 and role in _ROLE_KIND:
            if any(normalize_word(w) in nat_words for w in words[1:]) and len(words) <= 2:
                continue  # generic bodies («جيش أميركي», «صحيفة بريطاني») come from bodies.tsv
            if any(len(w) <= 2 for w in words):
                continue
            definite = [w if w.startswith("ال") else "ال" + w for w in words]
            forms = [" ".join([words[0]] + definite[1:]), " ".join(definite), text]
            kind = _ORG_HEADS[head] if role not in ("PTY", "MED", "IGO") else _ROLE_KIND[role]
            if role == "IGO":
                kind = "igo"
        elif 2 <= len(words) <= 4 and role in ("GOV", "ELI", "MIL", "LEG", "PTY", "REB", "OPP", "COP", "SPY", "JUD",
                                                "IGO") and not any(
                w in _TITLES or w in _NOT_NAMES or normalize_word(w) in nat_words or w in _ORG_HEADS
                or key(w) in country_words for w in words) and (
                len(words) >= 3 or any(_up_dates(c)[0] for c in codes)):
            forms, kind = [text], "person"
        else:
            continue
        if any(key(f) in taken for f in forms):
            continue  # a curated or generated actor already owns this name
        same = pairs.get(_name_pair(key(text).split()), set()) if kind == "person" and len(words) >= 3 else set()
        same = {i for i in same if not ctry or actors[i].country in ("", ctry)}
        if len(same) == 1:
            pid = same.pop()
            actors[pid].aliases.append((text, "ar", f"up:actor_dict_ar_v4.txt:{line}"))
            taken[key(text)] = pid
            continue
        sector = {"ELI": "GOV", "IMG": "REB"}.get(role, role) or None
        aid = "up." + str(line)
        a = A(aid, kind, ctry, sector or "", "", "", forms[0], src, cameo=code)
        dates = [_up_dates(c) for c in codes]
        if dates and any(d[0] for d in dates):
            a.cameo = ";".join(f"{c.split()[0]}@{s}..{e}" for c, (s, e) in zip(codes, dates) if c.split())
        for f in dict.fromkeys(forms):
            a.aliases.append((f, "ar", src))
            taken[key(f)] = aid
        actors[aid] = a
        added += 1
    return added


# ---------------------------------------------------------------- Phoenix
def import_phoenix(shared: Path, actors: dict[str, A]) -> int:
    by_en: dict[str, list[A]] = defaultdict(list)
    for a in actors.values():
        if a.source.startswith(("curated", "cldr")) or "+curated" in a.source:
            for al, lang, _ in a.aliases:
                if lang == "en":
                    by_en[re.sub(r"[^A-Z0-9]+", "_", al.upper()).strip("_")].append(a)
    added = 0
    d = shared / "data" / "lexicons" / "phoenix-en"
    for fn in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        group: list[tuple[int, str]] = []
        code = ""

        def flush() -> int:
            hit: list[A] = []
            for _, nm in group:
                hit += by_en.get(nm, [])
            n = 0
            for a in {id(x): x for x in hit}.values():
                if not a.cameo and code:
                    a.cameo = code
                have = {x[0].upper() for x in a.aliases}
                for ln, nm in group:
                    en = nm.replace("_", " ").strip()
                    if en.upper() not in have and len(en) > 2:
                        a.aliases.append((en.title() if en.isupper() else en, "en", f"phoenix:{fn}:{ln}"))
                        have.add(en.upper())
                        n += 1
            return n

        for n, ln in enumerate((d / fn).read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            s = ln.split("#", 1)[0].strip()
            if not s:
                continue
            if s.startswith("+"):
                group.append((n, re.sub(r"[^A-Z0-9]+", "_", s[1:].upper()).strip("_")))
                continue
            if s.startswith("["):
                continue
            added += flush()
            m = re.match(r"(\S+)\s*(?:\[([^\]]+)\])?", s)
            group = [(n, re.sub(r"[^A-Z0-9]+", "_", m.group(1).upper()).strip("_"))] if m else []
            code = (m.group(2) or "").split()[0] if m and m.group(2) else ""
        added += flush()
    return added


# ---------------------------------------------------------------- variants and output
_VARIANTS = [("ديموقراط", "ديمقراط"), ("أميركي", "أمريكي"), ("ميليشي", "مليشي"), ("أمريكا", "أميركا")]


def variants(alias: str) -> list[str]:
    out = {alias}
    for a, b in _VARIANTS:
        for x in list(out):
            if a in x:
                out.add(x.replace(a, b))
            if b in x:
                out.add(x.replace(b, a))
    for x in list(out):
        if re.search(r"\bعبد ال", x):
            out.add(re.sub(r"\bعبد ال", "عبدال", x))
        if re.search(r"عبدال", x):
            out.add(re.sub(r"عبدال", "عبد ال", x))
    return sorted(out, key=lambda v: (v != alias, v))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    actors: dict[str, A] = {}
    countries = load_countries(args.shared)
    nationalities = build_states_and_bodies(countries, actors)
    merge_curated(actors)
    taken: dict[str, str] = {}
    for a in actors.values():
        for al, lang, _ in a.aliases:
            if lang == "ar":
                taken.setdefault(key(al), a.id)
    nat_words = {normalize_word(f) for f, _, _ in nationalities}
    country_words = {key(w) for c in countries for n in c["names"] for w in str(n).split()}  # type: ignore[union-attr]
    n_up = import_up(args.shared, actors, {str(c["iso3"]) for c in countries}, nat_words, taken, country_words)
    n_ph = import_phoenix(args.shared, actors)

    roles = read_tsv(CURATED / "roles.tsv")
    for r in roles:
        for col in ("person", "office"):
            if r[col] not in actors:
                raise SystemExit(f"curated/roles.tsv: unknown {col} id {r[col]!r}")

    alias_rows: list[tuple[str, str, str, str]] = []
    for a in actors.values():
        seen: set[tuple[str, str]] = set()
        for al, lang, src in a.aliases:
            for v in (variants(al) if lang == "ar" else [al]):
                k = (key(v) if lang == "ar" else v.lower(), lang)
                if k in seen:
                    continue
                seen.add(k)
                alias_rows.append((a.id, v, lang, src if v == al else src + "+variant"))
    hdr = "# generated by scripts/build_actors.py — do not edit; edit curated/*.tsv or bodies.tsv and rebuild\n"
    with open(OUT / "actors.tsv", "w", encoding="utf-8") as f:
        f.write(hdr + "id\tkind\tcountry\tsector\twikidata\tname\tname_ar\tcameo\tsource\n")
        for a in actors.values():
            name = a.name or a.name_ar
            f.write("\t".join([a.id, a.kind, a.country, a.sector, a.wikidata, name, a.name_ar, a.cameo, a.source]) + "\n")
    with open(OUT / "aliases.tsv", "w", encoding="utf-8") as f:
        f.write(hdr + "actor\talias\tlang\tsource\n")
        for row in alias_rows:
            f.write("\t".join(row) + "\n")
    with open(OUT / "roles.tsv", "w", encoding="utf-8") as f:
        f.write(hdr + "person\toffice\tstart\tend\tsource\n")
        for r in roles:
            f.write("\t".join([r["person"], r["office"], r["start"], r["end"], "curated:roles.tsv"]) + "\n")
    with open(OUT / "nationalities.tsv", "w", encoding="utf-8") as f:
        f.write(hdr + "form\tcountry\tsource\n")
        for row in dict.fromkeys(nationalities):
            f.write("\t".join(row) + "\n")
    from rasd.actors.dictionary import COMPILED, _read_resources, compile_blob, load_from

    (OUT / COMPILED).write_bytes(compile_blob(load_from(_read_resources())))  # validates, then caches
    kinds: dict[str, int] = defaultdict(int)
    for a in actors.values():
        kinds[a.kind] += 1
    print(f"actors {len(actors)} ({dict(sorted(kinds.items()))}); aliases {len(alias_rows)} "
          f"(ar {sum(1 for r in alias_rows if r[2] == 'ar')}); roles {len(roles)}; "
          f"nationality forms {len(dict.fromkeys(nationalities))}; from UniversalPetrarch {n_up}; "
          f"Phoenix English aliases {n_ph}")


if __name__ == "__main__":
    main()
