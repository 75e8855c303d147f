"""``rasd ingest``: extract articles into a SQLite store (parallel, batched, idempotent, resumable)."""

from __future__ import annotations

import sys
import time
from typing import Any

import click

from rasd.cli.common import settings_from, settings_options, warn

__all__ = ["ingest"]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True), required=True)
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="The SQLite database (created if missing).")
@click.option("--workers", type=int, default=None,
              help="Worker processes running the pipeline (default: the `workers` setting, 0 = all cores).")
@click.option("--batch-size", type=int, default=64, show_default=True, help="Articles per committed transaction.")
@click.option("--text-column", default=None, help="CSV/JSON field holding the text (default: text or content).")
@click.option("--force", is_flag=True, help="Re-process articles already stored by the same pipeline.")
@click.option("--no-dedup", is_flag=True, help="Do not rebuild the story events (cross-article dedup) at the end.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on a terminal; otherwise a line every few seconds).")
@settings_options
def ingest(paths: tuple[str, ...], db: str, workers: int | None, batch_size: int, text_column: str | None,
           force: bool, no_dedup: bool, progress: bool | None, **kwargs: Any) -> None:
    """Extract every article in PATHS and store it in the database --db.

    Same inputs as `rasd extract`. Re-running the command skips articles already stored by the same pipeline,
    so an interrupted ingest (even killed) is finished by running it again; an article ingested again is
    updated, never duplicated. Articles that fail are recorded in the `failures` table with the reason.
    """
    import os

    from rasd.store.ingest import IngestProgress, count_inputs
    from rasd.store.ingest import ingest as run_ingest

    settings = settings_from(kwargs)
    n_workers = workers if workers is not None else settings.workers
    if n_workers <= 0:
        n_workers = os.cpu_count() or 1
    tty = sys.stderr.isatty() if progress is None else progress
    total = count_inputs(paths) if "-" not in paths else None
    last = [0.0]

    if tty:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                       TextColumn("{task.fields[rate]} art/s"), TimeElapsedColumn(), TextColumn("ETA"),
                       TimeRemainingColumn(), TextColumn("{task.fields[detail]}"),
                       console=__import__("rich.console", fromlist=["Console"]).Console(stderr=True))
        task = bar.add_task("ingest", total=total, rate="-", detail="")

        def on_progress(p: IngestProgress) -> None:
            rate = p.seen / p.elapsed if p.elapsed > 0 else 0.0
            bar.update(task, completed=p.seen, rate=f"{rate:,.0f}",
                       detail=f"stored {p.stored:,} skipped {p.skipped:,} failed {p.failed:,}")
    else:
        def on_progress(p: IngestProgress) -> None:
            t = time.monotonic()
            if t - last[0] < 5 and (p.total is None or p.seen < p.total):
                return
            last[0] = t
            rate = p.seen / p.elapsed if p.elapsed > 0 else 0.0
            of = f"/{p.total:,}" if p.total else ""
            eta = ""
            if p.total and rate > 0:
                eta = f", ETA {max(0.0, (p.total - p.seen) / rate):,.0f} s"
            warn(f"ingest: {p.seen:,}{of} articles ({p.stored:,} stored, {p.skipped:,} skipped, "
                 f"{p.failed:,} failed), {rate:,.1f}/s{eta}")

    if tty:
        with bar:
            result = run_ingest(paths, db, settings=settings, workers=n_workers, batch_size=batch_size,
                                text_column=text_column, force=force, dedup=not no_dedup, total=total,
                                on_progress=on_progress)
    else:
        result = run_ingest(paths, db, settings=settings, workers=n_workers, batch_size=batch_size,
                            text_column=text_column, force=force, dedup=not no_dedup, total=total,
                            on_progress=on_progress)
    rate = (result.stored + result.skipped + result.failed) / result.seconds if result.seconds else 0.0
    stories = f", {result.stories:,} story events" if result.stories is not None else ""
    warn(f"ingest: done in {result.seconds:,.1f} s ({rate:,.1f} articles/s): {result.stored:,} stored, "
         f"{result.skipped:,} already stored, {result.failed:,} failed{stories} -> {db} (run {result.run_id})")
    if result.failed and not (result.stored or result.skipped):
        sys.exit(1)
