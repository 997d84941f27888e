"""When two reports are one event, and what the merged event says (tacitus.merging)."""
from tacitus.merging import Mention, cluster, merge, same_event

from .conftest import make_event

RUTSHURU = ("Rutshuru", -1.19, 29.45)
MINOVA_ISH = ("Kirotshe", -1.62, 29.10)  # about 9 km from Sake


def test_same_day_same_place_same_actors():
    assert same_event(make_event(), make_event(fatalities=7))


def test_towns_sixty_km_apart_are_different_events():
    assert not same_event(make_event(), make_event(place=RUTSHURU))


def test_places_within_25_km_agree():
    assert same_event(make_event(), make_event(place=MINOVA_ISH))


def test_different_countries_never_merge():
    assert not same_event(make_event(), make_event(iso3="RWA"))


def test_adjacent_day_needs_same_type_and_place():
    assert same_event(make_event(date="2025-03-11"), make_event(date="2025-03-12"))
    shelling = make_event(date="2025-03-12", event_type="Explosions/Remote violence",
                          sub="Shelling/artillery/missile attack")
    assert not same_event(make_event(date="2025-03-11"), shelling)
    assert same_event(make_event(date="2025-03-11"), shelling.model_copy(update={"event_date": "2025-03-11"}))


def test_a_week_apart_is_two_events_unless_one_date_is_vague():
    assert not same_event(make_event(date="2025-03-04"), make_event(date="2025-03-11"))
    assert same_event(make_event(date="2025-03-04", precision=2), make_event(date="2025-03-10"))
    assert same_event(make_event(date="2025-03-15", precision=3), make_event(date="2025-03-02"))


def test_region_level_report_merges_within_its_admin1_only():
    region = make_event(place=("North Kivu", -0.8, 29.0), geo_precision=3)
    assert same_event(region, make_event())
    assert not same_event(region.model_copy(update={"location": region.location.model_copy(
        update={"admin1": "South Kivu"})}), make_event())


def test_types_from_different_families_never_merge():
    protest = make_event(event_type="Protests", sub="Peaceful protest", actors=(("Protesters (DRC)", 6),))
    assert not same_event(make_event(), protest)


def test_actors_must_not_contradict():
    civilians = make_event(event_type="Violence against civilians", sub="Attack",
                           actors=(("M23: March 23 Movement", 2), ("Civilians (DRC)", 7)))
    assert not same_event(make_event(), civilians)  # same group, but one fought the army, one attacked civilians
    vague = make_event(actors=(("Unidentified Armed Group (DRC)", 3),))
    assert same_event(make_event(), vague)  # "gunmen" may be the group another outlet names
    other = make_event(actors=(("ADF: Allied Democratic Forces", 2), ("Civilians (DRC)", 7)))
    assert not same_event(make_event(), other)
    assert same_event(make_event(), make_event(actors=()))  # no actors: nothing to contradict


def _mention(ev, doc, outlet, published="2025-03-12", order=0):
    return Mention(event=ev, document_id=doc, outlet=outlet, published=published, order=order)


def test_lowest_figure_across_outlets_and_the_span():
    m = merge([_mention(make_event(fatalities=7), "a", "A"), _mention(make_event(fatalities=5), "b", "B", order=1),
               _mention(make_event(fatalities=0), "c", "C", order=2)])
    assert (m.fatalities, m.fatalities_low, m.fatalities_high, m.mention_count) == (5, 5, 7, 3)
    assert [r.document_id for r in m.reports] == ["a", "b", "c"]


def test_an_outlets_later_update_supersedes_its_own_figure():
    m = merge([_mention(make_event(fatalities=6), "a1", "A", "2025-03-11"),
               _mention(make_event(fatalities=9), "a2", "A", "2025-03-12", order=1),
               _mention(make_event(fatalities=8), "b", "B", "2025-03-11", order=2)])
    assert m.fatalities == 8  # A now says 9, B says 8: the lowest credible figure is 8
    assert m.fatalities_high == 9 and m.fatalities_low == 8


def test_most_precise_date_and_place_win():
    vague = make_event(date="2025-03-01", precision=3, place=("North Kivu", -0.8, 29.0), geo_precision=3)
    m = merge([_mention(vague, "a", "A"), _mention(make_event(), "b", "B", order=1)])
    assert (m.event_date, m.time_precision, m.location.name) == ("2025-03-11", 1, "Sake")
    assert m.confidence > 0.8  # two independent reports are surer than one


def test_one_documents_events_never_merge():
    groups = cluster([_mention(make_event(), "a", "A"), _mention(make_event(place=MINOVA_ISH), "a", "A", order=1),
                      _mention(make_event(), "b", "B", order=2)])
    assert sorted(map(len, groups)) == [1, 2]


def test_cluster_does_not_chain_across_towns():
    # each place 15 km east of the one before: the first and last are 30 km apart
    middle, far = ("Middle", -1.57, 29.175), ("Far", -1.57, 29.31)
    groups = cluster([_mention(make_event(), "a", "A"), _mention(make_event(place=middle), "b", "B", order=1),
                      _mention(make_event(place=far), "c", "C", order=2)])
    assert groups == [[0, 1], [2]]
