"""Readouts as text for people (the `table` format and the demo summary)."""

from __future__ import annotations

from typing import Any


def readout_table(r: dict[str, Any]) -> str:
    d = r["doc"]
    ents = {e["id"]: e for e in r["entities"]}

    def name(eid: str | None) -> str:
        return ents[eid]["name"] if eid and eid in ents else "-"

    lines = [f"# {d['id']}  [{d.get('language')}]  published {d.get('published') or '?'}",
             f"  {d.get('title') or ''}".rstrip()]
    if d.get("notes"):
        lines += [f"  note: {n}" for n in d["notes"]]
    if r["entities"]:
        lines.append("  entities:")
        for e in r["entities"]:
            extra = f"  ({', '.join(a for a in e['aliases'] if a != e['name'])})" if len(e["aliases"]) > 1 else ""
            kb = f" [{e['kb_id']}]" if e.get("kb_id") else ""
            lines.append(f"    {e['id']:>4} {e['type']:<10} {e['name']}{kb}{extra}")
    if r["roles"]:
        lines.append("  roles:")
        for ro in r["roles"]:
            org = f" ({name(ro['org'])})" if ro.get("org") else ""
            lines.append(f"    {name(ro['person'])}: {ro['title']}{org}")
    if r["events"]:
        lines.append("  events:")
        for v in r["events"]:
            when = v.get("date") or "?"
            if v["type"] == "CONSULT":
                who = ", ".join(name(x) for x in v.get("participants", []))
                where = name(v.get("location"))
                lines.append(f"    {v['id']:>4} CONSULT/{v.get('mode') or '-'} {when} at {where}: {who}")
            else:
                tgt = f" → {name(v.get('target'))}" if v.get("target") else ""
                about = ", ".join(name(x) for x in v.get("about") or [])
                about = f" about {about}" if about else ""
                lines.append(f"    {v['id']:>4} {v['type']} {when}: {name(v.get('actor'))}{tgt}{about}")
    return "\n".join(lines)
