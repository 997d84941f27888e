"""The store on SQLite and PostgreSQL: saving, merging, replacing, querying, and failing safely."""
import pytest

from tacitus.errors import StoreError
from tacitus.store import Store
from tacitus.store.database import EventFilter, content_hash

from .conftest import make_event, make_result

RUTSHURU = ("Rutshuru", -1.19, 29.45)


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def _save(store, doc_id, events, outlet="A", url=None, text=None, published="2025-03-12"):
    text = text or f"report {doc_id}"
    return store.save(make_result(doc_id, events, url=url, published=published), text=text, outlet=outlet, url=url)


def test_reports_of_one_event_merge_and_of_two_towns_do_not(store):
    _save(store, "d1", [make_event(fatalities=7), make_event(place=RUTSHURU, event_id="e2", fatalities=2)], "A")
    saved = _save(store, "d2", [make_event(fatalities=5)], "B")
    assert (saved.new_events, saved.joined) == (0, 1)
    events = store.events()
    assert store.counts() == {"documents": 2, "events": 2, "mentions": 3}
    sake = next(e for e in events if e.location.name == "Sake")
    assert (sake.mention_count, sake.fatalities, sake.fatalities_high) == (2, 5, 7)
    assert {r.outlet for r in sake.reports} == {"A", "B"}
    assert sake.event_id.startswith("TAC")


def test_the_same_document_twice_changes_nothing(store):
    _save(store, "d1", [make_event(fatalities=7)], url="https://a.example/1")
    before = [e.model_dump(exclude={"reports", "event_id"}) for e in store.events()]
    again = _save(store, "d1", [make_event(fatalities=7)], url="https://a.example/1")
    assert again.replaced
    assert store.counts() == {"documents": 1, "events": 1, "mentions": 1}
    assert [e.model_dump(exclude={"reports", "event_id"}) for e in store.events()] == before


def test_an_updated_article_replaces_its_earlier_version(store):
    _save(store, "old", [make_event(fatalities=7)], outlet="A", url="https://a.example/1", text="first version")
    _save(store, "b", [make_event(fatalities=9)], outlet="B")
    _save(store, "new", [make_event(fatalities=12)], outlet="A", url="https://a.example/1", text="second version")
    (ev,) = store.events()
    assert ev.mention_count == 2 and {r.document_id for r in ev.reports} == {"new", "b"}
    assert ev.fatalities == 9 and ev.fatalities_high == 12
    assert store.find_document(url="https://a.example/1").key == "new"


def test_removing_a_document_removes_only_its_contribution(store):
    _save(store, "a", [make_event(fatalities=3)], "A")
    _save(store, "b", [make_event(fatalities=5), make_event(place=RUTSHURU, event_id="e2")], "B")
    assert store.remove("b")
    (ev,) = store.events()
    assert (ev.mention_count, ev.fatalities, ev.location.name) == (1, 3, "Sake")
    assert not store.remove("b")


def test_filters(store):
    _save(store, "a", [make_event(fatalities=7), make_event(place=RUTSHURU, event_id="e2", date="2025-03-20",
                                                            event_type="Explosions/Remote violence",
                                                            sub="Air/drone strike")])
    _save(store, "b", [make_event(iso3="SDN", place=("El Fasher", 13.63, 25.35), admin1="North Darfur",
                                  actors=(("Rapid Support Forces", 2),), fatalities=20)])
    names = lambda **kw: sorted(e.location.name for e in store.events(EventFilter(**kw)))
    assert names(country="cod") == ["Rutshuru", "Sake"]
    assert names(since="2025-03-15") == ["Rutshuru"]
    assert names(until="2025-03-15") == ["El Fasher", "Sake"]
    assert names(event_type="air/drone strike") == ["Rutshuru"]
    assert names(event_type="Battles") == ["El Fasher", "Sake"]
    assert names(actor="rapid support") == ["El Fasher"]
    assert names(min_fatalities=7) == ["El Fasher", "Sake"]
    assert names(text="darfur") == ["El Fasher"]
    assert len(store.events(EventFilter(limit=1))) == 1


def test_a_failure_inside_a_save_stores_nothing_of_that_document(store, monkeypatch):
    _save(store, "a", [make_event(fatalities=3)], "A")
    import tacitus.store.database as database

    def broken(conn, pk):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(database, "_refresh", broken)
    with pytest.raises(RuntimeError):
        _save(store, "b", [make_event(fatalities=5)], "B")
    monkeypatch.undo()
    assert store.counts() == {"documents": 1, "events": 1, "mentions": 1}
    assert store.events()[0].mention_count == 1


def test_frame_has_acled_and_our_columns(store):
    _save(store, "a", [make_event(fatalities=3)])
    df = store.events_frame()
    assert list(df.columns[:3]) == ["event_id_cnty", "event_date", "year"]
    assert df.loc[0, "mention_count"] == 1 and df.loc[0, "fatalities"] == 3
    assert str(df["event_date"].dtype).startswith("datetime64")


def test_reopening_keeps_everything(db_url):
    with Store(db_url) as s:
        _save(s, "a", [make_event(fatalities=3)])
    with Store(db_url) as s:
        assert s.counts()["events"] == 1


def test_a_database_from_a_newer_tacitus_is_refused(db_url):
    from sqlalchemy import update

    from tacitus.store import schema

    with Store(db_url) as s:
        with s.engine.begin() as conn:
            conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="999"))
    with pytest.raises(StoreError, match="newer"):
        Store(db_url)


def test_bad_urls_get_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="not a database URL|unsupported"):
        Store("mysql://x@y/z")
    with pytest.raises(StoreError):
        Store("sqlite:////proc/no/such/place/events.db")


def test_content_hash_ignores_case_and_spacing():
    assert content_hash("Fighting  in\nSake.") == content_hash("fighting in sake.")
    assert content_hash("Fighting in Sake.") != content_hash("Fighting in Goma.")
