from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import cli
from rasd.ner.data import read_anercorp
from rasd.ner.features import FeatureConfig, FeatureExtractor
from rasd.ner.model import NerModel
from rasd.ner.train import TrainSettings, fit_crf, prepare
from rasd.text.tokenize import Tokenizer

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

GOLD = """أعلن O
الرئيس O
الفرنسي O
إيمانويل B-PERS
ماكرون I-PERS
في O
باريس B-LOC
أن O
الاتحاد B-ORG
الأوروبي I-ORG
سيدعم O
لبنان B-LOC
. O

وقال O
وزير O
الخارجية O
السوري O
وليد B-PERS
المعلم I-PERS
إن O
دمشق B-LOC
ترفض O
. O
"""


def test_eval_ner_prints_json_scores(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "ner", "--gold", str(gold)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["entities"] == 6 and out["sentences"] == 2
    assert set(out["micro"]) == {"precision", "recall", "f1"}
    assert set(out["per_type"]) <= {"PER", "ORG", "LOC", "MISC"}
    assert out["per_type"]["LOC"]["support"] == 3
    assert out["micro"]["f1"] > 50  # these are easy, well-known names


def test_eval_is_a_group_with_ner() -> None:
    res = CliRunner().invoke(cli, ["eval", "--help"])
    assert res.exit_code == 0 and "ner" in res.output


def test_tiny_training_run_gives_a_loadable_model(tmp_path: Path) -> None:
    sents = read_anercorp(SHARED)[:150]
    tok = Tokenizer()
    cfg = FeatureConfig(gaz=False, clusters=False)
    s = TrainSettings(features=cfg, max_iterations=30)
    info = fit_crf(prepare(sents, tok), FeatureExtractor(cfg, None, None), tmp_path / "m.crfsuite", s,
                   lambda _m: None)
    assert info["sequences"] == 150
    model = NerModel(tmp_path / "m.crfsuite", None, None, {"features": cfg.to_dict()})
    toks = tok.tokenize(sents[0].text)
    labels = model.tag(toks)
    assert len(labels) == len(toks)
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for lab in labels)


def test_tiny_ensemble_decodes_the_mean_of_its_members(tmp_path: Path) -> None:
    import numpy as np

    from rasd.ner.train import fit_model

    sents = read_anercorp(SHARED)[:150]
    tok = Tokenizer()
    members = (FeatureConfig(gaz=False, clusters=False), FeatureConfig(gaz=False, clusters=False, cues=True,
                                                                      quotes=True))
    s = TrainSettings(features=members[1], ensemble=members, max_iterations=20)
    info, card_members = fit_model(prepare(sents, tok), None, None, tmp_path / "model.crfsuite",  # type: ignore[arg-type]
                                   s, lambda _m: None)
    assert [m["file"] for m in card_members] == ["model.crfsuite", "model-1.crfsuite"]
    assert len(info["members"]) == 2
    ens = NerModel(tmp_path / "model.crfsuite", None, None, {"features": members[1].to_dict(),
                                                             "members": card_members})
    one = [NerModel(tmp_path / m["file"], None, None, {"features": m["features"]}) for m in card_members]
    toks = tok.tokenize("قال الرئيس في برنامج « الناس وأنا » إن شركة فولكسفاغن في برلين .")
    want = sum(m.extractor.state_matrix(toks)[1][:, [m.fast.labels.index(y) for y in ens.fast.labels]]
               for m in one) / 2
    assert np.allclose(ens.extractor.state_matrix(toks)[1], want)
    for m in one:  # each member's fast path is CRFsuite's own decoding
        assert m.tag_many([toks])[0] == m.tag_crfsuite(toks)
