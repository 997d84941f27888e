import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "fixtures" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def nlp():
    from tacitus.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip("../shared/fixtures/seed is not beside this checkout")
    return SEED.read_text("utf-8")


def make_event(*, date="2025-03-11", precision=1, event_type="Battles", sub="Armed clash", place=("Sake", -1.57, 29.04),
               admin1="North Kivu", iso3="COD", geo_precision=1, actors=(("M23: March 23 Movement", 2),
               ("Military Forces of Democratic Republic of the Congo", 1)), fatalities=0, injuries=None,
               confidence=0.8, event_id="e1"):
    """An Event built by hand, for tests of merging and storage that need no spaCy."""
    from tacitus.models import Event

    name, lat, lon = place
    a = [{"name": n, "text": n, "country": iso3, "inter": i} for n, i in actors]
    return Event.model_validate({
        "event_id": event_id, "event_date": date, "time_precision": precision, "disorder_type": "Political violence",
        "event_type": event_type, "sub_event_type": sub, "actor1": a[0] if a else None,
        "actor2": a[1] if len(a) > 1 else None, "interaction": 12,
        "location": {"name": name, "admin1": admin1, "iso3": iso3, "country": iso3, "latitude": lat, "longitude": lon,
                     "geo_precision": geo_precision, "text": name},
        "fatalities": fatalities, "fatalities_low": fatalities, "fatalities_best": fatalities,
        "fatalities_high": fatalities, "injuries": injuries, "confidence": confidence,
        "notes": f"{event_type} in {name}.",
    })


def make_result(doc_id, events, *, published="2025-03-12", title=None, url=None):
    from tacitus.models import DocumentInfo, Result, Source

    events = [e.model_copy(update={"sources": [Source(document_id=doc_id, url=url, title=title, published=published)]})
              for e in events]
    return Result(document=DocumentInfo(id=doc_id, title=title, url=url, published=published), events=events)


def _postgres_database(admin_url: str):
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    import uuid

    import psycopg

    name = f"tacitus_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each storage test runs on SQLite and on the PostgreSQL server named by $TACITUS_TEST_PG
    (.ci/run starts one; without it the PostgreSQL runs are skipped, loudly)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.db'}"
        return
    admin = os.environ.get("TACITUS_TEST_PG")
    if not admin:
        pytest.skip("no PostgreSQL server: set TACITUS_TEST_PG (scripts/postgres-for-tests.sh starts one)")
    yield from _postgres_database(admin)
