"""Office titles reduced to one office key, and per-office holders over time from readouts
written here (English and Arabic titles of one office; another office of the same state)."""

from __future__ import annotations

from sqlalchemy import select

from communique.store.ingest import ingest_readouts
from communique.store.offices import office_key, office_owner
from communique.store.schema import actors
from communique.store.timelines import actor_roles, offices, office_holders

from readout_factory import readout


def test_one_office_however_the_title_is_worded():
    syria = {office_key("US special envoy for Syria"),
             office_key("Special Envoy for Syria", "United States"),
             office_key("المبعوث الأمريكي الخاص إلى سوريا (US special envoy to Syria)", "United States"),
             office_key("Special Envoy to Syria")}
    assert syria == {"envoy for syria"}
    assert office_key("US special envoy", "United States") == "envoy"          # covers nothing named
    assert office_key("UN Libya envoy") == "envoy for libya"
    ar_fm = "وزير الخارجية التركي (Turkey foreign minister/secretary of state)"
    assert office_key("Turkish Foreign Minister", "Turkey") == office_key("Minister of Foreign Affairs", "Turkey") \
        == office_key(ar_fm, "Turkey") == "foreign minister"
    assert office_key("caretaker Prime Minister") == office_key("رئيس حكومة تصريف الأعمال (president/head)") \
        == "prime minister"
    # a modifier that makes another office stays
    assert office_key("deputy foreign minister") == "deputy foreign minister"
    # with no organisation, the body in the title keeps two presidencies apart
    assert office_key("President of the Kurdistan Region") != office_key("President of the Sovereignty Council")


def test_the_state_a_title_names():
    assert office_owner("US special envoy") == "united states"
    assert office_owner("Turkish foreign minister") == "turkey"
    assert office_owner("Special Envoy for Syria") is None
    assert office_owner("President") is None


def _person(eid, name):
    return {"id": eid, "type": "PERSON", "name": name, "surfaces": [name]}


US = {"id": "E9", "type": "GPE", "name": "United States", "surfaces": ["US"]}


def test_holders_of_an_office_over_time(engine):
    t1 = "The US special envoy James Jeffrey arrived in Ankara for talks on the border strip."
    t2 = "Washington's Special Envoy for Syria, James Jeffrey, said the US would keep its sanctions."
    t3 = "التقى المبعوث الأمريكي الخاص إلى سوريا ناتاشا فرانشيسكي وفدا من المعارضة في جنيف."
    t4 = "The US envoy Amos Hochstein carried a ceasefire draft to Beirut."
    rs = [
        readout("o-1", t1, published="2018-10-02",
                entities=[_person("E1", "James Jeffrey"), US],
                roles=[{"person": "E1", "title": "US special envoy", "evidence": "US special envoy"}]),
        readout("o-2", t2, published="2019-06-20",
                entities=[_person("E1", "James Jeffrey"), {**US, "surfaces": ["US"]}],
                roles=[{"person": "E1", "title": "Special Envoy for Syria", "org": "E9",
                        "evidence": "Special Envoy for Syria"}]),
        readout("o-3", t3, language="ar", published="2024-09-16",
                entities=[{"id": "E1", "type": "PERSON", "name": "Natasha Franceschi",
                           "surfaces": ["ناتاشا فرانشيسكي"]},
                          {"id": "E9", "type": "GPE", "name": "United States", "surfaces": ["الأمريكي"]}],
                roles=[{"person": "E1", "title": "المبعوث الأمريكي الخاص إلى سوريا (US special envoy to Syria)",
                        "org": "E9", "evidence": "المبعوث الأمريكي الخاص إلى سوريا"}]),
        readout("o-4", t4, published="2024-11-19",
                entities=[_person("E1", "Amos Hochstein"), US],
                roles=[{"person": "E1", "title": "US envoy", "evidence": "US envoy"}]),
    ]
    assert ingest_readouts(engine, rs).failed == 0
    with engine.connect() as conn:
        held = [(h["holder"]["name"], h["first"], h["last"], h["org"]["name"])
                for h in office_holders(conn, "US Special Envoy for Syria")]
        assert held == [("James Jeffrey", "2018-10-02", "2019-06-20", "United States"),
                        ("Natasha Franceschi", "2024-09-16", "2024-09-16", "United States")]
        by_office = {(o["title_norm"], (o["org"] or {}).get("name")): [h["name"] for h in o["holders"]]
                     for o in offices(conn)}
    assert by_office[("envoy for syria", "United States")] == ["James Jeffrey", "Natasha Franceschi"]
    assert by_office[("envoy", "United States")] == ["Amos Hochstein"]     # another US envoy, no file named
    with engine.connect() as conn:
        jeffrey = conn.execute(select(actors.c.id).where(actors.c.name == "James Jeffrey")).scalar()
        titles = [(t["title_norm"], t["first"], t["last"], t["n_evidence"]) for t in actor_roles(conn, jeffrey)]
    assert titles == [("envoy for syria", "2018-10-02", "2019-06-20", 2)]
