"""Who met whom, laid out for a server-drawn SVG. Pure: nodes and weighted edges in,
coordinates out; the template writes the SVG (so every name is escaped by Jinja)."""

from __future__ import annotations

import math
from typing import Any

WIDTH, HEIGHT, MARGIN = 960, 640, 70


def layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], seed: int = 7) -> dict[str, Any]:
    """Positions (networkx spring layout, weighted, seeded so a page looks the same on every
    load), node sizes by number of meetings and edge widths by weight."""
    import networkx as nx

    g = nx.Graph()
    for n in nodes:
        g.add_node(n["id"])
    for e in edges:
        g.add_edge(e["source"], e["target"], weight=e["weight"])
    if not g:
        return {"nodes": [], "edges": [], "width": WIDTH, "height": HEIGHT, "max_weight": 0}
    if len(g) == 1:
        pos = {next(iter(g)): (0.0, 0.0)}
    else:
        # k: ideal distance between nodes, larger on small graphs so labels do not overlap
        pos = nx.spring_layout(g, weight="weight", seed=seed, k=2.2 / math.sqrt(len(g)), iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(i):
        x, y = pos[i]
        if len(g) == 1:
            return WIDTH / 2, HEIGHT / 2
        return (round(MARGIN + (x - min(xs)) / span_x * (WIDTH - 2 * MARGIN), 1),
                round(MARGIN + (y - min(ys)) / span_y * (HEIGHT - 2 * MARGIN), 1))

    strength = {n: 0 for n in g}
    for e in edges:
        strength[e["source"]] += e["weight"]
        strength[e["target"]] += e["weight"]
    top = max(strength.values()) or 1
    max_w = max((e["weight"] for e in edges), default=1)
    out_nodes = []
    for n in nodes:
        x, y = place(n["id"])
        out_nodes.append({**n, "x": x, "y": y, "meetings": strength[n["id"]],
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
