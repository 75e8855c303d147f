"""Build the dashboard's offline basemap: src/rasd/web/static/geo/basemap.geojson.

No tile server is reachable where rasd runs, so the map draws shipped vector outlines:

- **country borders** of the Middle East and North Africa: Natural Earth 1:50m admin-0 (public domain), as
  redistributed in TopoJSON by the npm package ``world-atlas@2.0.2`` (ISC); decoded here and clipped to the
  region's box. ISO codes are joined from GeoNames ``countryInfo.tsv`` (CC BY 4.0); Arabic names from rasd's
  gazetteer country rows, else the GeoNames Arabic country names in ``../shared/data/geo`` (CC BY 4.0).
- **Syrian governorates** (approximate): no governorate polygons are available offline, so each governorate is
  drawn as the union of the Voronoi cells of its 272 subdistrict centroids (OpenSyria data-geography,
  CC BY 4.0), clipped to Syria's border. Inner lines are therefore approximations, marked ``approx: true``.
- **Iraqi governorates** (approximate): the same construction from the GeoNames cities of Iraq (grouped by
  their GeoNames admin-1 code) and the curated governorate centroids in rasd's gazetteer
  (``src/rasd/resources/geo/places.tsv``), which name each group.

Re-runnable (needs ``shapely``: ``pip install -e '.[dev]'``, and ``npm`` to fetch world-atlas when no
``--world-atlas`` folder is given)::

    .venv/bin/python scripts/build_basemap.py [--world-atlas DIR_WITH_countries-50m.json]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPoint, Point, mapping, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data" / "geo"
OUT = ROOT / "src" / "rasd" / "web" / "static" / "geo" / "basemap.geojson"
BOX = (-18.0, 8.0, 64.0, 44.0)  # lon_min, lat_min, lon_max, lat_max: Morocco to Afghanistan, Yemen to Turkey
WORLD_ATLAS = "world-atlas@2.0.2"


def _world_atlas(folder: str | None) -> dict[str, Any]:
    if folder:
        return json.loads((Path(folder) / "countries-50m.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", WORLD_ATLAS, "--silent"], cwd=tmp, check=True, capture_output=True)
        tgz = next(Path(tmp).glob("world-atlas-*.tgz"))
        with tarfile.open(tgz) as tar:
            f = tar.extractfile("package/countries-50m.json")
            assert f is not None
            return json.loads(f.read())


def _topo_to_geometries(topo: dict[str, Any], obj: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Decode a quantised TopoJSON object into (GeoJSON geometry, feature info) pairs."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    res = []
    for g in topo["objects"][obj]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
        else:
            continue
        res.append((geom, {"id": g.get("id"), "name": g.get("properties", {}).get("name")}))
    return res


def _country_codes() -> dict[str, tuple[str, str]]:
    """ISO numeric → (ISO alpha-2, Arabic name)."""
    ar: dict[str, str] = {}
    with (ROOT / "src" / "rasd" / "resources" / "geo" / "places.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):  # rasd's gazetteer: the canonical short Arabic names
            if row["id"].startswith("cc:") and row["name_ar"]:
                ar.setdefault(row["country"], row["name_ar"])
    with (SHARED / "countries-geonames" / "countries_ar.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row.get("iso2") and row.get("name_ar"):
                ar.setdefault(row["iso2"], row["name_ar"])
    out: dict[str, tuple[str, str]] = {}
    with (SHARED / "countries-geonames" / "countryInfo.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 4 and cols[2].isdigit():
                out[f"{int(cols[2]):03d}"] = (cols[0], ar.get(cols[0], ""))
    return out


def _round(geom: dict[str, Any], nd: int = 3) -> dict[str, Any]:
    def r(c: Any) -> Any:
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(c[0], nd), round(c[1], nd)]
        return [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def _voronoi_regions(seeds: list[tuple[float, float, str]], clip: Any) -> dict[str, Any]:
    """Union of the Voronoi cells of each label's seed points, clipped to ``clip``."""
    from shapely import voronoi_polygons

    pts = MultiPoint([Point(x, y) for x, y, _ in seeds])
    cells = voronoi_polygons(pts, extend_to=clip.envelope.buffer(2.0))
    by_label: dict[str, list[Any]] = defaultdict(list)
    for cell in cells.geoms:
        for x, y, label in seeds:
            if cell.contains(Point(x, y)):
                by_label[label].append(cell)
                break
    return {label: unary_union(parts).intersection(clip) for label, parts in by_label.items()}


def _syria(clip: Any) -> list[dict[str, Any]]:
    base = SHARED / "opensyria" / "data"
    govs = {g["id"]: g for g in json.loads((base / "governorates.json").read_text(encoding="utf-8"))}
    seeds = [(s["centroid"]["longitude"], s["centroid"]["latitude"], s["governorateId"])
             for s in json.loads((base / "subdistricts.json").read_text(encoding="utf-8"))
             if s.get("centroid") and s.get("governorateId") in govs]
    regions = _voronoi_regions(seeds, clip)
    feats = []
    for gid, geom in sorted(regions.items()):
        g = govs[gid]
        feats.append(_feature(geom.simplify(0.01), layer="admin1", name=g["name"]["en"], name_ar=g["name"]["ar"],
                              country="SY", approx=True,
                              source="OpenSyria subdistrict centroids (CC BY 4.0), Voronoi; Natural Earth border"))
    return feats


def _iraq(clip: Any) -> list[dict[str, Any]]:
    cents: list[tuple[float, float, str, str]] = []
    with (ROOT / "src" / "rasd" / "resources" / "geo" / "places.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["country"] == "IQ" and row["feature"] == "admin1":
                cents.append((float(row["lon"]), float(row["lat"]), row["admin1"], row["name_ar"]))
    by_code: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with (SHARED / "geonames-mena" / "cities15000_mena_arabic.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["country_code"] == "IQ" and row["admin1"]:
                by_code[row["admin1"]].append((float(row["longitude"]), float(row["latitude"])))

    def nearest(x: float, y: float) -> str:
        return min(cents, key=lambda c: (c[0] - x) ** 2 + (c[1] - y) ** 2)[2]

    seeds = [(x, y, name) for x, y, name, _ in cents]
    for pts in by_code.values():  # a GeoNames admin-1 group is named by the curated centroid nearest its middle
        mx = sorted(p[0] for p in pts)[len(pts) // 2]
        my = sorted(p[1] for p in pts)[len(pts) // 2]
        label = nearest(mx, my)
        seeds.extend((x, y, label) for x, y in pts)
    regions = _voronoi_regions(seeds, clip)
    ar = {name: name_ar for _, _, name, name_ar in cents}
    return [_feature(geom.simplify(0.01), layer="admin1", name=name, name_ar=ar.get(name, ""), country="IQ",
                     approx=True, source="GeoNames cities (CC BY 4.0) and rasd gazetteer centroids, Voronoi; "
                                         "Natural Earth border")
            for name, geom in sorted(regions.items())]


def _feature(geom: Any, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": props, "geometry": _round(mapping(geom))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--world-atlas", help="folder holding world-atlas's countries-50m.json (else: npm pack)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    topo = _world_atlas(args.world_atlas)
    codes = _country_codes()
    box = shape({"type": "Polygon", "coordinates": [[(BOX[0], BOX[1]), (BOX[2], BOX[1]), (BOX[2], BOX[3]),
                                                      (BOX[0], BOX[3]), (BOX[0], BOX[1])]]})
    feats: list[dict[str, Any]] = []
    shapes: dict[str, Any] = {}
    for geom, info in _topo_to_geometries(topo, "countries"):
        s = shape(geom)
        if not s.is_valid:
            s = s.buffer(0)
        if not s.intersects(box):
            continue
        iso2, name_ar = codes.get(str(info["id"] or ""), ("", ""))
        shapes[iso2] = s
        feats.append(_feature(s.intersection(box).simplify(0.02), layer="country", name=info["name"],
                              name_ar=name_ar, country=iso2, approx=False,
                              source="Natural Earth 1:50m admin-0 (public domain) via world-atlas"))
    feats.extend(_syria(shapes["SY"]))
    feats.extend(_iraq(shapes["IQ"]))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    json.dump({"type": "FeatureCollection", "features": feats}, buf, ensure_ascii=False, separators=(",", ":"))
    out.write_text(buf.getvalue() + "\n", encoding="utf-8")
    n_country = sum(f["properties"]["layer"] == "country" for f in feats)
    print(f"{out}: {n_country} countries, {len(feats) - n_country} governorates, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
