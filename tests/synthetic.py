"""Synthetic readouts for load and crash tests: many short articles about meetings among a pool
of invented people, each meeting reported by one to three outlets. Deterministic for a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from readout_factory import readout

GIVEN = ["Amal", "Boris", "Carla", "Dawit", "Elena", "Farid", "Greta", "Hamza", "Ines", "Jonas",
         "Karim", "Lena", "Marek", "Nadia", "Omar", "Petra", "Rami", "Sofia", "Tarek", "Vera"]
FAMILY = ["Adler", "Barakat", "Costa", "Dimitrov", "Eriksen", "Farouk", "Gallo", "Haddad", "Ivanova",
          "Jensen", "Khoury", "Lindqvist", "Mansour", "Novak", "Okafor", "Petrov", "Quinn", "Rahman",
          "Salem", "Toth"]
CITIES = ["Geneva", "Vienna", "Doha", "Oslo", "Astana", "Muscat", "Rome", "Cairo", "Amman", "Baku"]
TOPICS = ["prisoner exchanges", "border crossings", "reconstruction funds", "water sharing",
          "a ceasefire monitoring mission", "electricity imports", "the return of refugees",
          "a constitutional committee", "shipping lanes", "grain exports"]
VERBS = ["met", "held talks with", "received", "sat down with"]


def people(n: int) -> list[str]:
    return [f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}" for i in range(n)]


def meetings(n_events: int, n_people: int = 400, days: int = 730, seed: int = 7):
    """`n_events` distinct meetings: (date, person a, person b, city, topic)."""
    rnd = random.Random(seed)
    pool = people(n_people)
    start = date(2018, 1, 1)
    out = []
    for _ in range(n_events):
        a, b = rnd.sample(pool, 2)
        out.append((start + timedelta(days=rnd.randrange(days)), a, b, rnd.choice(CITIES), rnd.choice(TOPICS)))
    return out


def report(doc_id: str, m, outlet: int, rnd: random.Random) -> dict:
    day, a, b, city, topic = m
    verb = VERBS[(outlet + len(a)) % len(VERBS)]
    sent = f"{a} {verb} {b} in {city} on {day.strftime('%A')} to discuss {topic}."
    text = f"{sent} Officials on both sides described the exchange as useful. Report number {doc_id}."
    published = day + timedelta(days=rnd.choice([0, 1, 1, 2]))
    return readout(doc_id, text, published=published.isoformat(), title=f"{a} and {b}",
                   source=f"outlet{outlet}/{doc_id}.txt",
                   entities=[{"id": "E1", "type": "PERSON", "name": a, "surfaces": [a]},
                             {"id": "E2", "type": "PERSON", "name": b, "surfaces": [b]},
                             {"id": "E3", "type": "GPE", "name": city, "surfaces": [city]}],
                   events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                            "date": day.isoformat(), "evidence": [sent]}])


def corpus(n_events: int, seed: int = 7, **kw) -> list[dict]:
    """Readouts for `n_events` meetings, each reported by 1-3 outlets (about 2 on average)."""
    rnd = random.Random(seed + 1)
    out = []
    for i, m in enumerate(meetings(n_events, seed=seed, **kw)):
        for outlet in range(rnd.choice([1, 2, 3])):
            out.append(report(f"s{i}-{outlet}", m, outlet, rnd))
    return out
