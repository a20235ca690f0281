"""Who met whom, laid out for a server-drawn SVG. Pure: nodes and weighted edges in,
coordinates out; the template writes the SVG (so every name is escaped by Jinja)."""

from __future__ import annotations

import math
from typing import Any

WIDTH, HEIGHT, MARGIN = 960, 640, 90
LABEL_MAX = 28  # characters of a node label; the full name is in its tooltip


def short(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[:LABEL_MAX - 1] + "…"


def component_grid(g, seed: int) -> dict:
    """Each connected component laid out on its own (spring layout, weighted, seeded so the page
    looks the same on every load) and the components packed in a grid, largest first, so
    separate groups do not fly to the corners."""
    import networkx as nx

    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    cols = math.ceil(math.sqrt(len(comps)))
    rows = math.ceil(len(comps) / cols)
    cw, ch = (WIDTH - 2 * MARGIN) / cols, (HEIGHT - 2 * MARGIN) / rows
    pos = {}
    for i, comp in enumerate(comps):
        sub = g.subgraph(comp)
        if len(sub) == 1:
            local = {next(iter(comp)): (0.5, 0.5)}
        else:
            raw = nx.spring_layout(sub, weight="weight", seed=seed, k=2.2 / math.sqrt(len(sub)), iterations=200)
            xs = [p[0] for p in raw.values()]
            ys = [p[1] for p in raw.values()]
            sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
            local = {n: (0.1 + 0.8 * (x - min(xs)) / sx, 0.1 + 0.8 * (y - min(ys)) / sy) for n, (x, y) in raw.items()}
        cx, cy = MARGIN + (i % cols) * cw, MARGIN + (i // cols) * ch
        for n, (x, y) in local.items():
            pos[n] = (round(cx + x * cw, 1), round(cy + y * ch, 1))
    return pos


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
    by_id = {n["id"]: n for n in out_nodes}
    out_edges = []
    for e in edges:
        a, b = by_id.get(e["source"]), by_id.get(e["target"])
        if a and b:
            out_edges.append({**e, "x1": a["x"], "y1": a["y"], "x2": b["x"], "y2": b["y"],
                              "width": round(1 + 5 * e["weight"] / max_w, 1),
                              "source_name": a["name"], "target_name": b["name"]})
    return {"nodes": out_nodes, "edges": out_edges, "width": WIDTH, "height": HEIGHT, "max_weight": max_w}
