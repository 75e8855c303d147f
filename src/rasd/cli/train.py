"""``rasd train ner``: retrain the shipped NER model from ../shared/data with one command."""

from __future__ import annotations

import os
from pathlib import Path

import click

from rasd.cli.common import warn

__all__ = ["train"]


def _default_shared() -> str:
    env = os.environ.get("RASD_SHARED")
    if env:
        return env
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / ".." / "shared"
        if (cand / "data" / "ner").is_dir():
            return str(cand.resolve())
    return str(Path.cwd() / ".." / "shared")


def _default_out() -> str:
    return str(Path(__file__).resolve().parents[1] / "resources" / "ner")


@click.group()
def train() -> None:
    """Train rasd's own models from ../shared/data."""


@train.command("ner")
@click.option("--shared", type=click.Path(file_okay=False), default=_default_shared, show_default=True,
              help="The shared data folder (holds data/ner, data/geo, data/lexicons, data/corpus).")
@click.option("--out", type=click.Path(file_okay=False), default=_default_out, show_default=True,
              help="Where the model artifact is written (default: the packaged rasd/resources/ner).")
@click.option("--work", type=click.Path(file_okay=False), default="build/ner", show_default=True,
              help="Cache for the gazetteer and word clusters (rebuilt when missing).")
@click.option("--c1", type=float, default=None, help="L1 regularisation (default: the shipped setting).")
@click.option("--c2", type=float, default=None, help="L2 regularisation (default: the shipped setting).")
@click.option("--max-iterations", type=int, default=None, help="L-BFGS iterations (default: the shipped setting).")
@click.option("--clusters-without-saudinewsnet", is_flag=True,
              help="Learn the word clusters from ANERcorp-train + WikiANN text only (no CC BY-NC-SA corpus).")
@click.option("--report-test/--no-report-test", default=True, show_default=True,
              help="After training, report (never tune on) the CAMeL Lab test split score in the model card.")
def train_ner_cmd(shared: str, out: str, work: str, c1: float | None, c2: float | None,
                  max_iterations: int | None, clusters_without_saudinewsnet: bool, report_test: bool) -> None:
    """Train the NER tagger: gazetteer, word clusters, dev-slice scores, final CRF, model card."""
    from rasd.ner.train import TrainSettings, train_ner, write_model_md

    s = TrainSettings()
    if c1 is not None:
        s.c1 = c1
    if c2 is not None:
        s.c2 = c2
    if max_iterations is not None:
        s.max_iterations = max_iterations
    s.clusters_saudinewsnet = not clusters_without_saudinewsnet
    shared_p = Path(shared)
    test = shared_p / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    card = train_ner(shared_p, Path(out), work=Path(work), settings=s, test_file=test if report_test else None,
                     log=warn)
    write_model_md(card, Path(out) / "MODEL.md")
    click.echo(f"model written to {out}: dev micro F1 {card['dev']['micro']['f1']}"
               + (f", test micro F1 {card['test']['micro']['f1']}" if "test" in card else ""))
