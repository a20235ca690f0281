"""Who met whom, laid out for a server-drawn SVG. Pure: nodes and weighted edges in,
coordinates out; the template writes the SVG (so every name is escaped by Jinja)."""

from __future__ import annotations

import math
from typing import Any

WIDTH, HEIGHT, MARGIN = 1100, 720, 80
LABEL_MAX = 28  # characters of a node label; the full name is in its tooltip


def short(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[:LABEL_MAX - 1] + "…"


def _spread(sub, seed: int) -> dict:
    """A component's positions in the unit square (with a margin)."""
    import networkx as nx

    if len(sub) == 1:
        return {next(iter(sub)): (0.5, 0.5)}
    # k: the ideal distance between nodes; larger than networkx's default so labels have room
    raw = nx.spring_layout(sub, weight="weight", seed=seed, k=3.0 / math.sqrt(len(sub)), iterations=300)
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (0.08 + 0.84 * (x - min(xs)) / sx, 0.08 + 0.84 * (y - min(ys)) / sy) for n, (x, y) in raw.items()}


def _grid(n: int, w: float, h: float) -> tuple[int, int]:
    cols = max(1, round(math.sqrt(n * w / max(h, 1))))
    return cols, math.ceil(n / cols)


def component_grid(g, seed: int) -> dict:
    """Each connected component laid out on its own (spring layout, weighted, seeded so the page
    looks the same on every load). The largest component gets a share of the width in
    proportion to its size; the others are packed in a grid beside it, so separate groups
    neither fly to the corners nor squeeze the main one."""
    import networkx as nx

    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    w, h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    boxes = []
    if len(comps) == 1:
        boxes.append((MARGIN, MARGIN, w, h))
    else:
        share = min(0.8, max(0.45, len(comps[0]) / len(g)))
        boxes.append((MARGIN, MARGIN, w * share, h))
        rest_w = w * (1 - share)
        cols, rows = _grid(len(comps) - 1, rest_w, h)
        cw, ch = rest_w / cols, h / rows
        for i in range(len(comps) - 1):
            boxes.append((MARGIN + w * share + (i % cols) * cw, MARGIN + (i // cols) * ch, cw, ch))
    pos = {}
    for comp, (bx, by, bw, bh) in zip(comps, boxes):
        for n, (x, y) in _spread(g.subgraph(comp), seed).items():
            pos[n] = (round(bx + x * bw, 1), round(by + y * bh, 1))
    return pos


def declutter(nodes: list[dict[str, Any]], font: float = 11.0) -> None:
    """Sets `show_label`: labels of the best-connected nodes first; a label overlapping one
    already placed is hidden (its node keeps the full name as a tooltip)."""
    taken: list[tuple[float, float, float, float]] = []
    for n in sorted(nodes, key=lambda n: (-n["meetings"], n["label"])):
        half = 0.3 * font * len(n["label"])
        top = n["y"] + n["r"] + 3
        box = (n["x"] - half, top, n["x"] + half, top + font * 1.1)
        clash = any(not (box[2] < t[0] or t[2] < box[0] or box[3] < t[1] or t[3] < box[1]) for t in taken)
        n["show_label"] = not clash
        if not clash:
            taken.append(box)


def layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], seed: int = 7) -> dict[str, Any]:
    """Positions (see component_grid), node sizes by number of meeting ties and edge widths by
    weight."""
    import networkx as nx

    g = nx.Graph()
    for n in nodes:
        g.add_node(n["id"])
    for e in edges:
        g.add_edge(e["source"], e["target"], weight=e["weight"])
    if not g:
        return {"nodes": [], "edges": [], "width": WIDTH, "height": HEIGHT, "max_weight": 0}
    pos = component_grid(g, seed)
    strength = {n: 0 for n in g}
    for e in edges:
        strength[e["source"]] += e["weight"]
        strength[e["target"]] += e["weight"]
    top = max(strength.values()) or 1
    max_w = max((e["weight"] for e in edges), default=1)
    out_nodes = []
    for n in nodes:
        x, y = pos[n["id"]]
        out_nodes.append({**n, "x": x, "y": y, "label": short(n["name"]), "meetings": strength[n["id"]],
                          "r": round(5 + 11 * math.sqrt(strength[n["id"]] / top), 1)})
    declutter(out_nodes)
    by_id = {n["id"]: n for n in out_nodes}
    out_edges = []
    for e in edges:
        a, b = by_id.get(e["source"]), by_id.get(e["target"])
        if a and b:
            out_edges.append({**e, "x1": a["x"], "y1": a["y"], "x2": b["x"], "y2": b["y"],
                              "width": round(1 + 5 * e["weight"] / max_w, 1),
                              "source_name": a["name"], "target_name": b["name"]})
    return {"nodes": out_nodes, "edges": out_edges, "width": WIDTH, "height": HEIGHT, "max_weight": max_w}
