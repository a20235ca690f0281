"""Scoring readouts against gold-v1 annotations, as ../shared/gold/README.md describes.

Entities match gold actors through normalised aliases; meetings through shared participants
(one-to-one, largest overlap first); statements through (speaker, PLOVER type); roles through
(person, title) with half of the gold title's content words present.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .textnorm import latin_key, norm

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "INSTRUMENT", "EVENT", "NORP"}
TYPE_GROUPS = (("PERSON", {"PERSON"}), ("ORG", {"ORG"}), ("PLACE", {"GPE", "LOC", "FAC"}),
               ("INSTRUMENT", {"INSTRUMENT"}))
TITLE_STOP = {"of", "the", "for", "to", "us", "u", "s"}


def same_latin_name(a: str, b: str) -> bool:
    ka, kb = latin_key(a), latin_key(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= 0.8


def prf(tp: int, npred: int, ngold: int) -> dict[str, Any]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else (1.0 if npred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": npred, "gold": ngold}


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def doc_keys(readout: dict) -> set[str]:
    d = readout.get("doc", {})
    keys: set[str] = set()
    for k in ("id", "source", "url"):
        v = d.get(k)
        if v:
            base = str(v).rsplit("/", 1)[-1]
            keys |= {str(v), base, re.sub(r"\.(txt|html?|json)$", "", base)}
    return keys


@dataclass
class DocResult:
    """Counts for one gold document; `misses` lists what went wrong, for reading."""

    counts: Counter = field(default_factory=Counter)
    by_type: dict[str, tuple[int, int]] = field(default_factory=dict)
    meeting_pairs: dict[int, str] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


class DocScorer:
    def __init__(self, gold: dict, readout: dict | None):
        self.gold = gold
        self.readout = readout or {"entities": [], "events": [], "roles": []}
        self.variants = {a["canonical"]: {norm(v) for v in a["variants"]} | {norm(a["canonical"])}
                         for a in gold["actors"]}
        self.ents = {e["id"]: e for e in self.readout.get("entities", [])}
        self.match = {eid: self._match_entity(e) for eid, e in self.ents.items()}

    def _match_entity(self, e: dict) -> str | None:
        forms = [norm(x) for x in (e.get("aliases") or [])] + [norm(e.get("name"))]
        best, best_n = None, 0
        for canon, vs in self.variants.items():
            n = sum(1 for f in forms if f and f in vs)
            if n > best_n:
                best, best_n = canon, n
        return best

    def score(self) -> DocResult:
        res = DocResult()
        self._entities(res)
        self._linking(res)
        self._roles(res)
        self._meetings(res)
        self._statements(res)
        return res

    def _entities(self, res: DocResult) -> None:
        pred = [e for e in self.ents.values() if (e.get("type") or "").upper() in ENTITY_TYPES]
        found = {self.match[e["id"]] for e in pred if self.match[e["id"]]}
        res.counts.update(ent_tp_pred=sum(1 for e in pred if self.match[e["id"]]), ent_pred=len(pred),
                          ent_tp_gold=len(found), ent_gold=len(self.gold["actors"]))
        for name, group in TYPE_GROUPS:
            gold_t = [a for a in self.gold["actors"] if a["type"] in group]
            res.by_type[name] = (sum(1 for a in gold_t if a["canonical"] in found), len(gold_t))
        for a in self.gold["actors"]:
            if a["canonical"] not in found:
                res.misses.append(f"entity missed: {a['canonical']} {a['variants']}")
        for e in pred:
            if not self.match[e["id"]]:
                res.misses.append(f"entity spurious: {e.get('type')} {e.get('name')!r} {e.get('aliases')}")

    def _linking(self, res: DocResult) -> None:
        if self.gold.get("lang") == "en":
            return
        seen: set[str] = set()
        for eid, canon in self.match.items():
            if not canon or canon in seen:
                continue
            seen.add(canon)
            res.counts["link_n"] += 1
            if same_latin_name(self.ents[eid].get("name", ""), canon):
                res.counts["link_ok"] += 1
            else:
                res.misses.append(f"link wrong: {self.ents[eid].get('name')!r} should be {canon!r}")

    def _roles(self, res: DocResult) -> None:
        gold = list(self.gold.get("roles", []))
        pred = self.readout.get("roles", [])
        used: set[int] = set()
        for r in pred:
            person = self.match.get(r.get("person"))
            if not person:
                continue
            ptoks = set(norm(r.get("title")).split())
            for i, g in enumerate(gold):
                if i in used or g["person"] != person:
                    continue
                gtoks = set(norm(g["title"]).split()) - TITLE_STOP
                if gtoks and len(gtoks & ptoks) / len(gtoks) >= 0.5:
                    used.add(i)
                    res.counts["role_tp"] += 1
                    break
        res.counts.update(role_pred=len(pred), role_gold=len(gold))
        for i, g in enumerate(gold):
            if i not in used:
                res.misses.append(f"role missed: {g['person']} — {g['title']}")

    def _meetings(self, res: DocResult) -> None:
        gold = self.gold.get("meetings", [])
        pred = [v for v in self.readout.get("events", []) if (v.get("type") or "").upper() == "CONSULT"]
        cands = []
        for gi, g in enumerate(gold):
            G = set(g["participants"])
            for pi, v in enumerate(pred):
                P = {self.match.get(x) for x in v.get("participants", [])} - {None}
                inter = len(P & G)
                if inter >= min(2, len(G)):
                    cands.append((inter, gi, pi, P))
        cands.sort(key=lambda c: -c[0])  # stable: ties keep gold order, then prediction order
        gused: set[int] = set()
        pused: set[int] = set()
        for inter, gi, pi, P in cands:
            if gi in gused or pi in pused:
                continue
            gused.add(gi)
            pused.add(pi)
            g, v = gold[gi], pred[pi]
            G = set(g["participants"])
            res.meeting_pairs[gi] = v.get("id")
            res.counts.update(meet_tp=1, part_tp=len(P & G), part_pred=len(set(v.get("participants", []))),
                              part_gold=len(G))
            for missing in sorted(G - P):
                res.misses.append(f"meeting #{gi}: participant missed: {missing}")
            if g.get("location"):
                res.counts["loc_n"] += 1
                if self.match.get(v.get("location")) == g["location"]:
                    res.counts["loc_ok"] += 1
                else:
                    got = self.ents.get(v.get("location") or "", {}).get("name")
                    res.misses.append(f"meeting #{gi}: place {got!r} should be {g['location']!r}")
            if g.get("date"):
                res.counts["date_n"] += 1
                pd = v.get("date") or ""
                if pd == g["date"] or (len(g["date"]) < 10 and pd.startswith(g["date"])):
                    res.counts["date_ok"] += 1
                else:
                    res.misses.append(f"meeting #{gi}: date {pd or None!r} should be {g['date']!r}")
        res.counts.update(meet_pred=len(pred), meet_gold=len(gold))
        for gi, g in enumerate(gold):
            if gi not in gused:
                res.misses.append(f"meeting #{gi} missed: {g['participants']}")
        for pi, v in enumerate(pred):
            if pi not in pused:
                names = [self.ents.get(x, {}).get("name") for x in v.get("participants", [])]
                res.misses.append(f"meeting spurious {v.get('id')}: {names}")

    def _statements(self, res: DocResult) -> None:
        gold = Counter((s["speaker"], s["type"].upper()) for s in self.gold.get("statements", []))
        pred: Counter = Counter()
        npred = 0
        spurious = []
        for v in self.readout.get("events", []):
            t = (v.get("type") or "").upper()
            if t == "CONSULT" or not t:
                continue
            npred += 1
            sp = self.match.get(v.get("actor"))
            if sp:
                pred[(sp, t)] += 1
            if not sp or (sp, t) not in gold:
                name = self.ents.get(v.get("actor") or "", {}).get("name")
                spurious.append(f"statement spurious: {name} {t} {v.get('trigger') or ''}")
        tp = sum(min(c, pred[k]) for k, c in gold.items())
        res.counts.update(st_tp=tp, st_pred=npred, st_gold=sum(gold.values()))
        for k, c in gold.items():
            if pred[k] < c:
                res.misses.append(f"statement missed: {k[0]} {k[1]}")
        res.misses.extend(spurious)


def load_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def evaluate(gold: dict, readouts: list[dict], fused: list[dict] | None = None) -> dict[str, Any]:
    by_key: dict[str, dict] = {}
    for r in readouts:
        for k in doc_keys(r):
            by_key[k] = r
    tot: Counter = Counter()
    per_type: dict[str, list[int]] = {}
    per_lang: dict[str, Counter] = {}
    checks: dict[str, list[int]] = {}
    missing: list[str] = []
    meeting_ids: dict[str, tuple[dict, str]] = {}
    misses: dict[str, list[str]] = {}
    for g in gold["documents"]:
        key = g["doc"]
        r = by_key.get(key) or by_key.get(re.sub(r"\.(txt|html?|json)$", "", key))
        if r is None:
            missing.append(key)
        res = DocScorer(g, r).score()
        misses[key] = res.misses
        tot.update(res.counts)
        lang = g.get("lang", "?")
        per_lang.setdefault(lang, Counter()).update(res.counts)
        for t, (got, n) in res.by_type.items():
            acc = per_type.setdefault(t, [0, 0])
            acc[0] += got
            acc[1] += n
        for gi, pid in res.meeting_pairs.items():
            meeting_ids[f"{key}#{gi}"] = ((r or {}).get("doc", {}), pid)
        d = (r or {}).get("doc", {})
        checks.setdefault("language", [0, 0])
        checks["language"][0] += int(d.get("language") == g.get("lang"))
        checks["language"][1] += 1
        if g.get("published"):
            checks.setdefault("published", [0, 0])
            checks["published"][0] += int(d.get("published") == g["published"])
            checks["published"][1] += 1

    def ent_f1(c: Counter) -> tuple[float, float, float]:
        p = c["ent_tp_pred"] / c["ent_pred"] if c["ent_pred"] else 0.0
        r = c["ent_tp_gold"] / c["ent_gold"] if c["ent_gold"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = ent_f1(tot)
    summary: dict[str, Any] = {
        "documents": len(gold["documents"]),
        "missing_readouts": missing,
        "entities": {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)},
        "entity_recall_by_type": {t: ratio(a, b) for t, (a, b) in per_type.items()},
        "linking_arabic_to_latin": ratio(tot["link_ok"], tot["link_n"]),
        "roles": prf(tot["role_tp"], tot["role_pred"], tot["role_gold"]),
        "meetings": prf(tot["meet_tp"], tot["meet_pred"], tot["meet_gold"]),
        "meeting_participants": prf(tot["part_tp"], tot["part_pred"], tot["part_gold"]),
        "meeting_location_acc": ratio(tot["loc_ok"], tot["loc_n"]),
        "meeting_date_acc": ratio(tot["date_ok"], tot["date_n"]),
        "statements": prf(tot["st_tp"], tot["st_pred"], tot["st_gold"]),
        "doc_fields": {k: round(a / b, 3) for k, (a, b) in checks.items()},
        "by_language": {
            lang: {
                "entities_f1": round(ent_f1(c)[2], 3),
                "meetings": prf(c["meet_tp"], c["meet_pred"], c["meet_gold"]),
                "statements": prf(c["st_tp"], c["st_pred"], c["st_gold"]),
            }
            for lang, c in per_lang.items()
        },
    }
    if fused is not None and gold.get("same_event"):
        summary["same_event_pairs_joined"] = _same_event(gold["same_event"], fused, meeting_ids)
    summary["misses"] = misses
    return summary


def _same_event(groups: list[list[str]], fused: list[dict], meeting_ids: dict) -> str:
    clusters = {}
    for ev in fused:
        for s in ev.get("sources", []):
            clusters[(s.get("doc"), s.get("event"))] = ev.get("id")

    def cluster_of(x):
        d, pid = x
        for k in (d.get("id"), d.get("source")):
            if (k, pid) in clusters:
                return clusters[(k, pid)]
        return None

    ok = n = 0
    for group in groups:
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                n += 1
                a, b = meeting_ids.get(group[i]), meeting_ids.get(group[j])
                if a and b:
                    ca, cb = cluster_of(a), cluster_of(b)
                    ok += int(ca is not None and ca == cb)
    return f"{ok}/{n}"


def summary_line(s: dict[str, Any]) -> str:
    line = (f"meetings F1 {s['meetings']['f1']} | statements F1 {s['statements']['f1']} | "
            f"entities F1 {s['entities']['f1']} | roles F1 {s['roles']['f1']} | "
            f"AR->Latin linking {s['linking_arabic_to_latin']} | meeting dates {s['meeting_date_acc']} | "
            f"missing {len(s['missing_readouts'])}")
    if "same_event_pairs_joined" in s:
        line += f" | same-event {s['same_event_pairs_joined']}"
    return line


def table(s: dict[str, Any]) -> str:
    rows = [("measure", "P", "R", "F1", "tp/pred/gold")]
    e = s["entities"]
    rows.append(("entities", e["p"], e["r"], e["f1"], ""))
    for k in ("meetings", "meeting_participants", "statements", "roles"):
        v = s[k]
        rows.append((k.replace("_", " "), v["p"], v["r"], v["f1"], f"{v['tp']}/{v['pred']}/{v['gold']}"))
    out = []
    widths = [max(len(str(r[i])) for r in rows) for i in range(5)]
    for r in rows:
        out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    out.append("")
    for k, label in (("meeting_location_acc", "meeting places right"), ("meeting_date_acc", "meeting dates right"),
                     ("linking_arabic_to_latin", "Arabic→Latin linking")):
        out.append(f"{label}: {s[k]}")
    out.append("entity recall by type: " + ", ".join(f"{t} {v}" for t, v in s["entity_recall_by_type"].items()))
    out.append("doc fields: " + ", ".join(f"{k} {v}" for k, v in s["doc_fields"].items()))
    for lang, v in s["by_language"].items():
        out.append(f"[{lang}] entities F1 {v['entities_f1']}, meetings F1 {v['meetings']['f1']}, "
                   f"statements F1 {v['statements']['f1']}")
    if s["missing_readouts"]:
        out.append("no readout for: " + ", ".join(s["missing_readouts"]))
    out.append(summary_line(s))
    return "\n".join(out)
