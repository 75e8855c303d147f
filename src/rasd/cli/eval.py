"""``rasd eval``: score rasd components against gold files.

A click group; each evaluation is one subcommand (``rasd eval ner``). To add one, define a function below with
``@eval_group.command("name")`` — nothing else needs to change.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

__all__ = ["eval_group"]


@click.group("eval")
def eval_group() -> None:
    """Score rasd against gold annotations (prints JSON)."""


@eval_group.command("ner")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CoNLL file: one 'token TAG' per line (BIO), blank line between sentences.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="A model directory (default: the packaged model).")
@click.option("--split-on-period", is_flag=True, help="Also end sentences at '.' (files without blank lines).")
def eval_ner(gold: str, model_dir: str | None, split_on_period: bool) -> None:
    """Exact-span micro/macro precision, recall and F1, per type, of the NER tagger on GOLD."""
    from rasd.ner.data import read_conll
    from rasd.ner.evaluate import evaluate_model
    from rasd.ner.model import NerModel, default_model
    from rasd.text.tokenize import Tokenizer

    model = NerModel.from_dir(model_dir) if model_dir else default_model()
    sents = read_conll(gold, split_on_period=split_on_period)
    res = evaluate_model(sents, model, Tokenizer())
    res = {"gold": Path(gold).name, **res}
    click.echo(json.dumps(res, ensure_ascii=False, indent=1))


@eval_group.command("events")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold events: JSON Lines (or one JSON object) in the seed-gold format.")
@click.option("--oracle", is_flag=True,
              help="Give the coder the gold mentions, places and actor links instead of NER, linking and "
                   "geocoding (measures the event coder alone).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file (TOML).")
@click.option("--pipeline", default=None, help="Comma-separated component names (default: all).")
def eval_events(gold: str, oracle: bool, config_file: str | None, pipeline: str | None) -> None:
    """Type+clause and full-tuple precision, recall and F1, per type, of PLOVER event coding on GOLD."""
    from rasd.events.cli_support import evaluate_events

    res = evaluate_events(gold, oracle=oracle, config_file=config_file, pipeline=pipeline)
    click.echo(json.dumps(res, ensure_ascii=False, indent=1))
