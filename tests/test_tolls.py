"""ACLED's figure from the counts of one event: pure functions over CasualtyMention."""
from tacitus.extract.casualties import CasualtyMention
from tacitus.extract.counts import Count
from tacitus.extract.tolls import reconcile, victim_figures


def cm(n, country=None, cat="unknown", by=None, update=False, enemy=False, kind="killed"):
    return CasualtyMention(kind, Count(n, "exact", str(n)), 0, 1, country, cat, by, None, update, enemy)


def figure(*mentions, elsewhere=None):
    return reconcile(victim_figures(list(mentions)), "killed", elsewhere)


def test_groups_of_different_victims_add_up():
    assert figure(cm(49, "ARM", "military"), cm(50, "AZE", "military"))[0] == 99


def test_a_vague_total_is_covered_by_the_named_groups():
    assert figure(cm(12), cm(49, "ARM", "military"), cm(50, "AZE", "military"))[0] == 99
    assert figure(cm(120), cm(49, "ARM", "military"))[0] == 120


def test_a_countrys_own_count_is_the_same_people():
    assert figure(cm(50, "AZE", "military"), cm(50, "AZE", "unknown"))[0] == 50


def test_conflicting_claimants_give_a_range_and_the_lowest_counts():
    assert figure(cm(20, by="residents"), cm(34, by="opposition")) == (20, 20, 34, 34)


def test_an_update_supersedes():
    assert figure(cm(59, by="ministry"), cm(100, by="ministry", update=True))[0] == 100


def test_enemy_claims_only_raise_the_high_end_beside_a_neutral_total():
    low, _, _, high = figure(cm(43, by="charity"), cm(200, "SDN", "militant", by="army", enemy=True))
    assert (low, high) == (43, 200)  # the 43 is a total over everyone, the 200 its largest claim


def test_parts_counted_by_a_placed_event_are_taken_out():
    parts = victim_figures([cm(4, "ARM", "military")])
    assert figure(cm(49, "ARM", "military"), cm(50, "AZE", "military"), elsewhere=parts)[0] == 95


def test_no_counts():
    assert reconcile({}, "killed") is None


def test_many_gives_way_to_any_other_figure():
    weak = CasualtyMention("killed", Count(3, "vague", "many"), 0, 1, None, "unknown", "monitors", None, False)
    assert figure(cm(100, by="survivors"), weak)[0] == 100


def test_an_update_leaves_out_earlier_counts_that_said_less_about_the_victims():
    from dataclasses import replace
    first = replace(cm(12, by="medics"), start=0)
    update = replace(cm(19, cat="civilian", by="a doctors' network", update=True), start=100)
    assert figure(first, update)[0] == 19
    assert figure(replace(update, start=0, is_update=False), replace(first, start=100))[0] == 12
