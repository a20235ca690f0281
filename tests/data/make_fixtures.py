"""Writes tests/data/meetings.jsonl: hand-written readouts (our own prose) of two meetings of
the same two people a month apart, the first reported by three outlets in English and Arabic,
plus statements. Run it again after editing: `python tests/data/make_fixtures.py`."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from readout_factory import readout  # noqa: E402

JEFFREY = {"id": "E1", "type": "PERSON", "name": "James Jeffrey", "kb_id": "actor:james-jeffrey"}

EN1 = ("The US Special Envoy for Syria, James Jeffrey, held talks with Turkish Foreign Minister "
       "Mevlut Cavusoglu in Ankara on Monday about the situation in Idlib. After the meeting Jeffrey "
       "said Washington supports a negotiated settlement for the northwest.")
AR1 = ("أجرى المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري محادثات مع وزير الخارجية التركي "
       "مولود جاويش أوغلو في أنقرة يوم الاثنين تناولت الوضع في إدلب.")
EN3 = ("Cavusoglu received the American envoy Jeffrey for a working session in the Turkish capital, "
       "Ankara, where the two discussed Idlib and the northwest.")
EN2 = ("James Jeffrey was back in Ankara on Monday for a second round of talks with Mevlut Cavusoglu, "
       "this time on the withdrawal of heavy weapons and on refugees. Cavusoglu urged Washington to "
       "stop arming Kurdish fighters.")


def build():
    return [
        readout("en-1", EN1, published="2019-03-12", title="Envoy in Ankara", url="https://example.org/en/1",
                entities=[dict(JEFFREY, surfaces=["James Jeffrey", "Jeffrey"]),
                          {"id": "E2", "type": "PERSON", "name": "Mevlut Cavusoglu", "surfaces": ["Mevlut Cavusoglu"]},
                          {"id": "E3", "type": "GPE", "name": "Ankara", "surfaces": ["Ankara"]},
                          {"id": "E4", "type": "GPE", "name": "United States", "kb_id": "Q30",
                           "surfaces": ["US", "Washington"]},
                          {"id": "E5", "type": "GPE", "name": "Idlib", "surfaces": ["Idlib"]}],
                roles=[{"person": "E1", "title": "Special Envoy for Syria", "org": "E4",
                        "evidence": "US Special Envoy for Syria"},
                       {"person": "E2", "title": "Foreign Minister", "evidence": "Turkish Foreign Minister"}],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                         "date": "2019-03-11",
                         "evidence": ["James Jeffrey, held talks with Turkish Foreign Minister Mevlut Cavusoglu in "
                                      "Ankara on Monday about the situation in Idlib."]},
                        {"id": "V2", "type": "SUPPORT", "actor": "E1", "about": ["E5"], "date": "2019-03-11",
                         "evidence": ["Jeffrey said Washington supports a negotiated settlement"]}]),
        readout("ar-1", AR1, language="ar", published="2019-03-12", title="جيفري في أنقرة",
                url="https://example.org/ar/1",
                entities=[dict(JEFFREY, surfaces=["جيمس جيفري"]),
                          {"id": "E2", "type": "PERSON", "name": "Mevlüt Çavuşoğlu", "surfaces": ["مولود جاويش أوغلو"]},
                          {"id": "E3", "type": "GPE", "name": "Ankara", "surfaces": ["أنقرة"]},
                          {"id": "E5", "type": "GPE", "name": "Idlib", "surfaces": ["إدلب"]}],
                roles=[{"person": "E1", "title": "المبعوث الأمريكي الخاص إلى سوريا",
                        "evidence": "المبعوث الأمريكي الخاص إلى سوريا"}],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                         "date": "2019-03-11", "evidence": [AR1]}]),
        readout("en-3", EN3, published="2019-03-13", title="Working session", source="wire/en-3.txt",
                entities=[dict(JEFFREY, surfaces=["Jeffrey"]),
                          {"id": "E2", "type": "PERSON", "name": "Cavusoglu", "surfaces": ["Cavusoglu"]},
                          {"id": "E3", "type": "GPE", "name": "Ankara", "surfaces": ["Ankara"]}],
                events=[{"id": "V1", "type": "CONSULT", "mode": "visit", "participants": ["E1", "E2"],
                         "location": "E3", "date": None, "evidence": [EN3]}]),
        readout("en-2", EN2, published="2019-04-16", title="Second round", url="https://example.org/en/2",
                entities=[dict(JEFFREY, surfaces=["James Jeffrey"]),
                          {"id": "E2", "type": "PERSON", "name": "Mevlut Cavusoglu",
                           "surfaces": ["Mevlut Cavusoglu", "Cavusoglu"]},
                          {"id": "E3", "type": "GPE", "name": "Ankara", "surfaces": ["Ankara"]},
                          {"id": "E4", "type": "GPE", "name": "United States", "kb_id": "Q30",
                           "surfaces": ["Washington"]}],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                         "date": "2019-04-15",
                         "evidence": ["James Jeffrey was back in Ankara on Monday for a second round of talks "
                                      "with Mevlut Cavusoglu"]},
                        {"id": "V2", "type": "REQUEST", "actor": "E2", "target": "E4", "date": "2019-04-15",
                         "quote": None, "evidence": ["Cavusoglu urged Washington to stop arming Kurdish fighters."]}]),
    ]


if __name__ == "__main__":
    out = Path(__file__).with_name("meetings.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in build():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(out)
