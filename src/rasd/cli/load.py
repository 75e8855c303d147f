"""``rasd load``: upsert a `rasd batch` Parquet output into the SQLite store."""

from __future__ import annotations

import click

from rasd.cli.common import warn

__all__ = ["load"]


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="The SQLite database (created if missing).")
@click.option("--force", is_flag=True, help="Rewrite articles the store already has from the same pipeline.")
@click.option("--no-dedup", is_flag=True, help="Do not rebuild the story events (cross-article dedup) at the end.")
def load(directory: str, db: str, force: bool, no_dedup: bool) -> None:
    """Upsert the batch output DIRECTORY (from `rasd batch`) into the database --db.

    Idempotent: loading the same output again changes nothing; an article already stored is replaced by the
    output's version (never duplicated) unless it is identical. The output's failures are recorded in the
    store's `failures` table.
    """
    from rasd.batch.load import load_output

    r = load_output(directory, db, force=force, dedup=not no_dedup)
    stories = f", {r.stories:,} story events" if r.stories is not None else ""
    warn(f"load: {r.stored:,} articles stored, {r.skipped:,} unchanged, {r.failures:,} failures recorded"
         f"{stories} ({r.seconds:,.1f} s) -> {db}")
