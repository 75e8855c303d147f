"""``rasd geocode "نص"``: print the places rasd resolves in a piece of text."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from rasd.cli.common import settings_from, settings_options

__all__ = ["geocode"]


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per place mention instead of a table.")
@click.option("--all", "show_all", is_flag=True,
              help="Also list place names that resolve to no place (a state acting: «سمحت لهم تركيا»).")
@settings_options
def geocode(text: str | None, as_json: bool, show_all: bool, **kwargs: Any) -> None:
    """Resolve the place names in TEXT (or stdin when TEXT is - or missing) and print one line per mention:
    the name as written, the place, its country, feature, precision (1 settlement, 2 near or part of it,
    3 region) and coordinates.

    Runs the configured pipeline up to and including the geocoder (rasd.geo.v1), so NER mentions are used
    when the NER component is configured.
    """
    from rasd.api import Extractor, make_document
    from rasd.config import Settings

    if text is None or text == "-":
        if sys.stdin.isatty():
            raise click.UsageError('give the text as an argument, e.g. rasd geocode "قصف على ريف حماة الشمالي"')
        text = sys.stdin.read()
    settings = settings_from(kwargs)
    names = list(settings.pipeline)
    if "rasd.geo.v1" in names:
        names = names[: names.index("rasd.geo.v1") + 1]
    else:
        names = [n for n in names if n in ("rasd.text.v1", "rasd.ner.v1", "rasd.actors.v1")] + ["rasd.geo.v1"]
        if "rasd.text.v1" not in names:
            names.insert(0, "rasd.text.v1")
    fields = {k: getattr(settings, k) for k in Settings.__dataclass_fields__}
    fields["pipeline"] = tuple(names)
    doc = Extractor(Settings(**fields))(make_document(text))
    places = {p.id: p for p in doc.places}
    rows: list[dict[str, Any]] = []
    for m in doc.mentions:
        if m.type != "LOC":
            continue
        p = places.get(m.place) if m.place else None
        if p is None and not show_all:
            continue
        rows.append({
            "start": m.start, "end": m.end, "text": m.text, "place": p.id if p else None,
            "name": p.name if p else None, "name_ar": p.name_ar if p else None,
            "country": p.country if p else None, "admin1": p.admin1 if p else None,
            "feature": p.feature if p else None, "precision": p.precision if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "gazetteer_id": p.gazetteer_id if p else None,
        })
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("no places found", err=True)
        return
    for r in rows:
        if r["place"] is None:
            click.echo(f"{r['text']}\t(no place: read as a state or city acting)")
            continue
        click.echo(f"{r['text']}\t{r['name']}\t{r['country'] or '-'}\t{r['feature']}\tprecision {r['precision']}"
                   f"\t{r['lat']:.4f},{r['lon']:.4f}")
