"""``rasd batch``: run the pipeline over many articles and write Parquet datasets (local processes or Spark)."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from rasd.cli.common import settings_from, settings_options, warn

__all__ = ["batch"]


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: worker processes on this machine; spark: Apache Spark (needs the rasd[spark] extra).")
@click.option("--out", "out", required=True,
              help="Output folder (a local path, or on Spark any Hadoop-compatible URI: hdfs://, s3a://, ...).")
@click.option("--master", default=None,
              help="Spark master URL (local[2], spark://host:7077, yarn, k8s://...). Default: the one spark-submit "
                   "set, else local[*].")
@click.option("--workers", type=int, default=None,
              help="local engine: worker processes (default: the `workers` setting, 0 = all cores).")
@click.option("--partitions", type=int, default=None,
              help="spark engine: partitions the input is cut into (default: twice the default parallelism).")
@click.option("--overwrite", is_flag=True, help="Replace an earlier rasd batch output in --out.")
@click.option("--text-column", default=None, help="local engine: CSV/JSON field holding the text.")
@settings_options
def batch(inputs: tuple[str, ...], engine: str, out: str, master: str | None, workers: int | None,
          partitions: int | None, overwrite: bool, text_column: str | None, **kwargs: Any) -> None:
    """Extract every article in INPUTS into Parquet datasets under --out.

    INPUTS are what `rasd extract` reads (files, folders; .txt .jsonl .json .csv .tsv .html, optionally .gz);
    on Spark also URIs the cluster can read. The output has one dataset per table (documents, mentions,
    actors, places, events; partitioned by month; every row with doc_id and the pipeline fingerprint), a
    failures dataset (one row per article that could not be read or processed) and a manifest (_rasd.json).
    Both engines write the same rows. Load an output into the store with `rasd load DIR --db FILE`.
    """
    from rasd.batch import make_engine

    settings = settings_from(kwargs)
    if workers is not None:
        if workers < 0:
            raise click.BadParameter("must be 0 (all cores) or more", param_hint="--workers")
        settings = dataclasses.replace(settings, workers=workers)
    if engine == "local" and (master or partitions):
        warn("--master and --partitions apply to --engine spark only; ignored")
    if engine == "spark" and workers is not None:
        warn("--workers applies to --engine local only (Spark uses its executors' cores); ignored")
    eng = make_engine(engine, settings, workers=workers, partitions=partitions, master=master,
                      text_column=text_column)
    result = eng.run(list(inputs), out, overwrite=overwrite)
    rows = ", ".join(f"{result.rows[t]:,} {t}" for t in ("mentions", "actors", "places", "events"))
    warn(f"batch ({result.engine}): {result.documents:,} articles, {result.failures:,} failed, {rows}; "
         f"{result.seconds:,.1f} s ({result.articles_per_second:,.1f} articles/s) -> {result.out}")
    if result.failures and result.documents == 0:
        from rasd.batch import BatchError

        raise BatchError(f"no article could be read or processed; the reasons are in {result.out}/failures",
                         hint="check the inputs")
