"""``make demo``: run rasd on the bundled examples and print a readable summary.

Runs the whole default pipeline on ``examples/`` (the seed article and a few short wire reports written for
rasd), writes the documents to ``demo-out/documents.jsonl``, stores them in ``demo-out/rasd.db`` when the store
is available, and prints per-article counts and the coded events with their evidence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from rasd.api import load_pipeline
from rasd.errors import RasdError
from rasd.io import InputFailure, iter_inputs
from rasd.serialize import to_dict

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    src = Path(args[0]) if args else ROOT / "examples"
    out_dir = Path(args[1]) if len(args) > 1 else ROOT / "demo-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    console = Console(width=None if sys.stdout.isatty() else 160)  # piped (e.g. under make): keep tables readable
    extractor = load_pipeline()
    console.print(f"[bold]rasd demo[/bold] — pipeline {', '.join(extractor.pipeline.names)} "
                  f"(fingerprint {extractor.fingerprint})")
    docs = []
    for item in iter_inputs([str(src)]):
        if isinstance(item, InputFailure):
            console.print(f"[red]skipped[/red] {item.source}: {item.message}")
            continue
        try:
            docs.append(extractor(item))
        except RasdError as exc:
            console.print(f"[red]failed[/red] {item.id}: {exc}")
    jsonl = out_dir / "documents.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(to_dict(d), ensure_ascii=False) + "\n")

    summary = Table(title="Articles")
    for col in ("id", "chars", "sentences", "clauses", "tokens", "mentions", "actors", "places", "events"):
        summary.add_column(col, justify="right" if col != "id" else "left")
    for d in docs:
        summary.add_row(d.id[:28], str(len(d.text)), str(len(d.sentences)),
                        str(sum(len(s.clauses) for s in d.sentences)), str(len(d.tokens)), str(len(d.mentions)),
                        str(len(d.actors)), str(len(d.places)), str(len(d.events)))
    console.print(summary)

    events = Table(title="Events (type, actor → recipient, place, evidence)", show_lines=True)
    for col in ("doc", "type", "mode", "actor", "recipient", "place", "trigger", "evidence"):
        events.add_column(col)
    n = 0
    for d in docs:
        actors = {a.id: a.name for a in d.actors}
        places = {p.id: p.name for p in d.places}
        for e in d.events:
            n += 1
            ev = d.text[e.evidence.start:e.evidence.end]
            events.add_row(d.id[:12], e.type, e.mode or "", ", ".join(actors.get(a, a) for a in e.actor),
                           ", ".join(actors.get(a, a) for a in e.recipient), places.get(e.place or "", ""),
                           e.trigger_text, ev if len(ev) < 160 else ev[:157] + "…")
    if n:
        console.print(events)
    else:
        console.print("(no events coded by this pipeline)")
    console.print(f"documents written to {jsonl}")
    db = out_dir / "rasd.db"
    from rasd.store import connect
    from rasd.store.db import now, transaction
    from rasd.store.dedup import build_stories
    from rasd.store.rows import document_rows, write_rows

    conn = connect(db)  # the documents are extracted already: write their rows (whole-article upserts)
    try:
        with transaction(conn):
            for d in docs:
                write_rows(conn, document_rows(d, fingerprint=extractor.fingerprint, run_id=None,
                                               ingested_at=now()))
        build_stories(conn)
    finally:
        conn.close()
    console.print(f"stored in {db}")
    console.print(f"open the dashboard:  {Path(sys.executable).parent / 'rasd'} serve --db {db}", soft_wrap=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
