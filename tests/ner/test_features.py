from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.clusters import ClusterMap, word_hash
from rasd.ner.features import FeatureConfig, FeatureExtractor, Gazetteer, token_key
from rasd.text.tokenize import Tokenizer

TOK = Tokenizer()


def test_token_key_strips_clitics() -> None:
    keys = [token_key(t) for t in TOK.tokenize("لداعش والجيش للجيش 2017 ISIS")]
    assert keys == ["داعش", "الجيش", "الجيش", "<num>", "isis"]


def test_gazetteer_longest_match_over_stems() -> None:
    gaz = Gazetteer({"جيش": ("act",), "جيش الاسلام": ("wORG",), "دمشق": ("geo",)}).finalize()
    toks = TOK.tokenize("اشتباكات بين فصيلي «جيش الإسلام» قرب دمشق")
    m = gaz.match([token_key(t) for t in toks])
    i = [t.text for t in toks].index("جيش")
    assert m[i] == ["g:B-wORGn"] and m[i + 1] == ["g:I-wORG"]
    assert m[[t.text for t in toks].index("دمشق")] == ["g:B-geo1"]


def test_features_are_deterministic_and_windowed() -> None:
    clu = ClusterMap((4, 8), {word_hash("دمشق"): (1, 5)})
    ext = FeatureExtractor(FeatureConfig(), Gazetteer().finalize(), clu)
    toks = TOK.tokenize("وصل الوفد إلى دمشق أمس")
    a = ext.features(toks)
    b = FeatureExtractor(FeatureConfig(), Gazetteer().finalize(), clu).features(toks)
    assert a == b and len(a) == len(toks)
    assert "c8=5" in a[3] and "-1c8=5" in a[4] and "+1c8=5" in a[2]
    assert "BOS" in a[0] and "EOS" in a[-1]


def test_ablation_switches_remove_groups() -> None:
    clu = ClusterMap((4,), {word_hash("دمشق"): (1,)})
    toks = TOK.tokenize("إلى دمشق")
    f = FeatureExtractor(FeatureConfig(clusters=False, window=False), None, clu).features(toks)
    assert not any(x.startswith(("c", "-1", "+1")) for row in f for x in row)


@settings(max_examples=50)
@given(st.dictionaries(st.text(min_size=1, max_size=8), st.tuples(st.integers(0, 65535), st.integers(0, 65535)),
                       max_size=50))
def test_cluster_map_roundtrip(d: dict[str, tuple[int, int]]) -> None:
    cm = ClusterMap((64, 1024), {word_hash(k): v for k, v in d.items()})
    back = ClusterMap.from_bytes(cm.to_bytes())
    assert back.ks == (64, 1024)
    for k, v in d.items():
        assert back.lookup(k) == v


def test_build_clusters_groups_words_by_context() -> None:
    import pytest

    pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    from rasd.ner.clusters import build_clusters

    cities = ["دمشق", "بغداد", "القاهره", "عمان", "بيروت", "الرياض"]
    people = ["محمد", "احمد", "علي", "خالد", "سامي", "حسن"]
    docs = []
    for i in range(300):
        c, p = cities[i % 6], people[(i * 5) % 6]
        docs.append(["وصل", "الوفد", "الى", c, "امس", "."])
        docs.append(["قال", "الوزير", p, "ان", "الوضع", "."])
    cm, info = build_clusters(docs, ks=(2,), min_count=1, max_contexts=50, dim=4)
    assert info["types"] == len({w for d in docs for w in d})
    city_ids = {cm.lookup(c) for c in cities}
    person_ids = {cm.lookup(p) for p in people}
    assert len(city_ids) == 1 and len(person_ids) == 1 and city_ids != person_ids


def test_wikiann_word_types_reach_the_word_and_its_neighbours() -> None:
    gaz = Gazetteer({}, {"فينغر": ("wtPER", "wtPER3")}).finalize()
    toks = TOK.tokenize("وقال المدرب أرسين فينغر إن الفريق جاهز")
    f = FeatureExtractor(FeatureConfig(), gaz, None).features(toks)
    i = [t.text for t in toks].index("فينغر")
    assert {"n=wtPER", "n=wtPER3"} <= set(f[i])
    assert "+1n=wtPER" in f[i - 1] and "-1n=wtPER" in f[i + 1]
    assert not any(x.endswith("wtPER3") for x in f[i - 1] + f[i + 1])  # the count stays with its word


def test_shipped_gazetteer_word_types_are_well_formed() -> None:
    import re

    from rasd.ner.model import default_model

    gaz = default_model().extractor.gaz
    assert gaz is not None
    typed = {w: [r for r in roles if r.startswith("wt")] for w, roles in gaz.words.items()}
    typed = {w: r for w, r in typed.items() if r}
    if not typed:  # a model built before word types: nothing to check
        return
    for w, roles in typed.items():
        main = [r for r in roles if re.fullmatch(r"wt(PER|ORG|LOC)", r)]
        counts = [r for r in roles if re.fullmatch(r"wt(PER|ORG|LOC)[1-6]", r)]
        assert len(main) == 1 and len(counts) == 1 and counts[0].startswith(main[0]), (w, roles)
        assert set(roles) <= {main[0], counts[0], "wtmix"}
