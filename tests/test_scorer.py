from tacitus.eval.gold import GoldEvent
from tacitus.eval.score import km, match_events, score_document, summarise
from tacitus.models import Event, Location


def ev(date, sub="Armed clash", etype="Battles", lat=None, lon=None, iso3=None, fat=0):
    loc = Location(name="x", text="x", iso3=iso3, latitude=lat, longitude=lon) if iso3 else None
    return Event(event_id=date + sub, event_date=date, time_precision=1, disorder_type="Political violence",
                 event_type=etype, sub_event_type=sub, interaction=11, location=loc, fatalities=fat)


def test_km():
    assert abs(km(0, 0, 0, 1) - 111.2) < 0.5


def test_matching_prefers_same_date_and_place():
    pred = [ev("2024-01-02", lat=10, lon=10, iso3="AAA"), ev("2024-01-02", lat=20, lon=20, iso3="AAA")]
    gold = [GoldEvent(event_date="2024-01-02", latitude=20, longitude=20), GoldEvent(event_date="2024-01-02", latitude=10, longitude=10)]
    assert match_events(pred, gold) == [(0, 1), (1, 0)]


def test_dates_more_than_a_day_apart_never_match():
    assert match_events([ev("2024-01-05")], [GoldEvent(event_date="2024-01-02")]) == []


def test_summary_counts_negatives():
    s = [score_document("a", [ev("2024-01-01")], []), score_document("b", [], [GoldEvent(event_date="2024-01-01")])]
    r = summarise(s)
    assert r.precision == 0 and r.recall == 0 and r.negatives == 1 and r.negatives_with_events == 1


def test_field_accuracy():
    s = score_document("a", [ev("2024-01-01", fat=5)], [GoldEvent(event_date="2024-01-01", fatalities=5, event_type="Battles")])
    r = summarise([s])
    assert r.f1 == 1 and r.accuracy("fatalities") == 1 and r.accuracy("event_type") == 1


def test_an_open_inter_scores_only_the_other():
    from tacitus.eval.score import field_checks
    from tacitus.models import Actor
    p = ev("2024-01-01")
    p.actor1 = Actor(name="a", text="a", country="AAA", inter=8)
    p.actor2 = Actor(name="b", text="b", country="BBB", inter=7)
    assert field_checks(p, GoldEvent(actor1_inter=8))["actor_inters"]
    assert not field_checks(p, GoldEvent(actor1_inter=1))["actor_inters"]
    assert not field_checks(p, GoldEvent(actor1_inter=8, actor2_inter=1))["actor_inters"]


def test_a_force_that_acts_for_a_state_is_scored_as_that_state_in_gold_and_prediction():
    from tacitus.eval.score import gold_code
    assert gold_code("Houthis") == "YEM" and gold_code("Taliban") == "AFG"
    assert gold_code("M23") == "M23: March 23 Movement"


def test_a_named_group_keeps_its_name_even_with_brackets():
    from tacitus.extract.plover_actors import is_named_group, side_code
    assert side_code("Islamic State (Mozambique)", "MOZ", 2) == "Islamic State (Mozambique)"
    assert side_code("Rebels (Cameroon)", "CMR", 2) == "CMR"
    assert not is_named_group("Military Forces of Yemen (Houthi)", 1)
