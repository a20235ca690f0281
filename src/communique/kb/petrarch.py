"""Importer for openeventdata / TABARI / PETRARCH actor dictionaries.

The format, one item a line (`#` starts a comment anywhere):

    BASHAR_AL_ASSAD_  # an entry: a name, words joined by underscores
    +BASHAR_ASSAD         # a synonym of the entry above
    	[SYRELI 830101-000101]   # a CAMEO code held between two dates (yymmdd or yyyymmdd)
    	[SYRGOV >000717]         # ... from a date on;  [CODE <date] until a date
    AFGHANISTAN_  [AFG]   # a code may follow the name on the same line; several may

What each item becomes on an `Actor`:
  * the entry name, underscores to spaces, is `name` (Latin) or `name_ar` (Arabic script;
    an Arabic-only entry keeps the Arabic text as its `name` too: romanising 5,000 names
    here would cost half a minute and the linking stage romanises anyway);
  * `+` synonyms are aliases, Arabic-script ones in `aliases_ar`;
  * each code becomes a `RoleSpan`: the leading ISO 3166 alpha-3 code gives `org`
    (`country:SYR`) and `Actor.country`, the sector codes after it give the title
    (`SYRGOV` -> "government", `SYRGOVMED` -> "government media"); IGO/NGO/... codes keep
    the code as title. The raw codes are kept in `extra["cameo"]`;
  * type: GPE when every code is a bare country code (`[AFG]`), PERSON when a code is dated
    (the dictionaries date only individuals' roles), otherwise ORG;
  * id: `country:ISO3` for a GPE entry whose name is that country's name (so its synonyms
    extend the shipped country), otherwise `<type prefix>:<slug of the name>`. An entry
    whose id is already in the knowledge base is merged into it by `KnowledgeBase.add`.

Dates: six-digit years are pivoted on the current year (yy <= this year's yy + 1 -> 20yy,
else 19yy); an end before 1900 (the Arabic dictionary writes 18000101 for "open") means the
role is still held.

Malformed input - a synonym or code before any entry, an unreadable code or date, an end
before its start, a line that is none of the above - is skipped and counted in the
`ImportReport` (with file and line), because the public dictionaries contain a few dozen
such lines and a user wants the rest loaded; `strict=True` raises `KnowledgeBaseError`
naming the file and line instead. Agent dictionaries (`[~AGR]` codes, `!MACRO! = ...`)
hold roles, not actors: their lines are skipped and counted as `agents`.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from ..errors import KnowledgeBaseError
from ..textnorm import has_arabic, norm
from .base import Actor, RoleSpan

# CAMEO sector codes (the three-letter groups after the country) and their readings.
SECTORS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
    "ELI": "elite", "COP": "police", "JUD": "judiciary", "BUS": "business",
    "CVL": "civilians", "MED": "media", "EDU": "education", "LEG": "legislature",
    "SPY": "intelligence", "REF": "refugees", "AGR": "agriculture", "LAB": "labour",
    "HLH": "health", "ENV": "environment", "HRI": "human rights", "INS": "insurgents",
    "UAF": "armed forces (unaffiliated)", "SEP": "separatists", "CRM": "criminals",
    "PTY": "party", "RAD": "radicals", "MOD": "moderates", "REL": "religious",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
    "IMG": "international militarised group", "MNC": "multinational corporation",
    "DEV": "development", "ELC": "elections", "MUS": "Muslim", "CHR": "Christian",
    "JEW": "Jewish", "SHI": "Shia", "SUN": "Sunni", "ALQ": "al-Qaeda", "PRO": "protesters",
    "NGM": "non-governmental movement", "UNO": "United Nations", "SET": "settlers",
}
# IGO sub-codes whose organisation the shipped knowledge base holds.
IGO_ORGS = {"UNO": "org:un"}

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_SPEC = re.compile(r"^(?:(\d{6}|\d{8})-(\d{6}|\d{8})|>(\d{6}|\d{8})?|<(\d{6}|\d{8})?)$")
_CODE_WORD = re.compile(r"^[A-Z0-9]{3,}$")
_PREFIX = {"PERSON": "person", "ORG": "org", "GPE": "place"}


@dataclass
class ImportReport:
    """What one call of `load_dictionary` read and what it skipped."""

    path: str = ""
    entries: int = 0
    synonyms: int = 0
    roles: int = 0
    agents: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)


def _iso3(code: str) -> str | None:
    c = code[:3]
    return c if len(code) >= 3 and pycountry.countries.get(alpha_3=c) is not None else None


def _pretty(raw: str) -> str:
    """`BASHAR_AL_ASSAD_` -> `Bashar Al Assad`; Arabic stays as written."""
    words = raw.replace("_", " ").split()
    if has_arabic(raw):
        return " ".join(words)
    out = []
    for w in words:
        if "." in w or any(ch.isdigit() for ch in w):
            out.append(w)  # U.N., G7: abbreviations keep their case
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _date(s: str) -> str | None:
    """yymmdd / yyyymmdd -> YYYY-MM-DD; None when not a calendar date."""
    if len(s) == 6:
        yy = int(s[:2])
        pivot = _dt.date.today().year % 100 + 1
        s = ("20" if yy <= pivot else "19") + s
    try:
        return _dt.date(int(s[:4]), int(s[4:6]), int(s[6:8])).isoformat()
    except ValueError:
        return None


def _slug(s: str) -> str:
    return re.sub(r"[^\w]+", "-", norm(s)).strip("-")


class _Entry:
    __slots__ = ("name", "line", "aliases", "codes")

    def __init__(self, name: str, line: int):
        self.name, self.line = name, line
        self.aliases: list[str] = []
        self.codes: list[tuple[str, str | None, str | None]] = []


def _parse_code(body: str) -> tuple[str, str | None, str | None] | str:
    """`SYRGOV 000717-100101` -> (code, start, end); a string is the reason it is malformed."""
    parts = re.sub(r"([<>])\s+", r"\1", body).split()  # "[EGYGOV > 140608]" occurs
    if not parts or not _CODE_WORD.match(parts[0]):
        return f"unreadable code [{body}]"
    if len(parts) == 1:
        return parts[0], None, None
    if len(parts) > 2:
        return f"unreadable code [{body}]"
    m = _DATE_SPEC.match(parts[1])
    if not m:
        return f"unreadable date {parts[1]!r}"
    a, b, frm, until = m.groups()
    start = _date(a or frm) if (a or frm) else None
    end = _date(b or until) if (b or until) else None
    if (a or frm) and start is None or (b or until) and end is None:
        return f"not a calendar date {parts[1]!r}"
    if end is not None and end < "1900":
        end = None  # 18000101: the Arabic dictionary's "still held"
    if start and end and end < start:
        return f"ends before it starts {parts[1]!r}"
    return parts[0], start, end


def _actor(e: _Entry) -> Actor:
    codes = [c for c, _, _ in e.codes]
    countries = [_iso3(c) for c in codes]
    if codes and all(len(c) == 3 and iso for c, iso in zip(codes, countries)):
        typ = "GPE"
    elif any(s or t for _, s, t in e.codes):
        typ = "PERSON"
    else:
        typ = "ORG"
    name = _pretty(e.name)
    ar_names = [a for a in e.aliases if has_arabic(a)]
    en_names = [a for a in e.aliases if not has_arabic(a)]
    name_ar = name if has_arabic(name) else None
    country = next((c for c in countries if c), None)
    aid = f"{_PREFIX[typ]}:{_slug(name)}"
    if typ == "GPE" and len(set(countries)) == 1:
        c = pycountry.countries.get(alpha_3=country)
        known = {norm(getattr(c, k, "") or "") for k in ("name", "common_name", "official_name")}
        if norm(name) in known:
            aid = f"country:{country}"
    roles = []
    for (code, start, end), iso in zip(e.codes, countries):
        rest = code[3:] if iso else code
        if iso and not rest:
            continue  # a bare country code is the actor's country, not a role
        chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        org = f"country:{iso}" if iso else None
        if not iso and chunks and chunks[0] == "IGO" and len(chunks) > 1:
            org = IGO_ORGS.get(chunks[1])
        title = " ".join(SECTORS.get(ch, ch) for ch in chunks) if all(
            ch in SECTORS for ch in chunks) else code
        roles.append(RoleSpan(title=title, org=org, start=start, end=end))
    return Actor(id=aid, type=typ, name=name, name_ar=name_ar,
                 aliases=[a for a in dict.fromkeys(en_names) if a != name],
                 aliases_ar=[a for a in dict.fromkeys(ar_names) if a != name_ar],
                 roles=roles, country=country, extra={"cameo": codes, "source_line": e.line})


def load_dictionary(path: str | Path, *, strict: bool = False,
                    report: ImportReport | None = None) -> Iterator[Actor]:
    """Actors of one actor dictionary, in file order. See the module docstring for the
    mapping; pass an `ImportReport` to learn what was skipped, `strict=True` to fail on it."""
    path = str(path)
    rep = report if report is not None else ImportReport()
    rep.path = path

    def bad(lineno: int, reason: str) -> None:
        if strict:
            raise KnowledgeBaseError(f"E406 {path}:{lineno}: {reason}")
        rep.skipped.append((lineno, reason))

    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"E406 {path}: cannot read ({exc.strerror})") from None
    cur: _Entry | None = None
    with fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("!"):  # agent-dictionary macro (!PERSON! = MAN, MEN)
                rep.agents += 1
                continue
            codes = _CODE.findall(line)
            head = _CODE.sub(" ", line).strip()
            if codes and any("~" in c for c in codes):
                rep.agents += 1  # an agent (role word), not an actor
                continue
            if "[" in head or "]" in head:
                bad(lineno, "unbalanced bracket")
                continue
            if head.startswith("+"):
                if cur is None:
                    bad(lineno, "synonym before any entry")
                    continue
                syn = _pretty(head[1:].strip())
                if syn:
                    cur.aliases.append(syn)
                    rep.synonyms += 1
            elif head:  # a new entry
                if cur is not None:
                    rep.entries += 1
                    yield _actor(cur)
                cur = _Entry(head, lineno)
            elif cur is None:
                bad(lineno, "code before any entry")
                continue
            for body in codes:
                parsed = _parse_code(body.strip())
                if isinstance(parsed, str):
                    bad(lineno, parsed)
                    continue
                cur.codes.append(parsed)
                rep.roles += 1
    if cur is not None:
        rep.entries += 1
        yield _actor(cur)
