"""Casualty attribution: counts, victims, claimants, updates and parts (our own sentences)."""
import pytest

from tacitus.extract.casualties import find_casualties
from tacitus.extract.actors import find_actors


def read(nlp, text):
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        out += find_casualties(nlp, sent, 0, find_actors(nlp, sent, 0))
    return out


def test_each_side_reports_its_own_losses(nlp):
    found = read(nlp, "At least 12 Kenyan and 20 Somali soldiers were killed, both sides said.")
    assert [(c.count.value, c.victim_country, c.claimed_by_country) for c in found] == [
        (12, "KEN", "KEN"), (20, "SOM", "SOM")]
    assert found[0].count.qualifier == "at_least"


def test_lost_is_the_speakers_own_toll(nlp):
    (c,) = read(nlp, "Sudan said it lost 40 soldiers in the fighting.")
    assert (c.kind, c.count.value, c.victim_country, c.claimed_by_country) == ("killed", 40, "SDN", "SDN")


def test_lost_without_a_count_is_not_a_toll(nlp):
    assert read(nlp, "The rebels lost control of the road.") == []


def test_claimant_is_the_speaker_whose_clause_holds_the_count(nlp):
    found = read(nlp, "Nine villagers died while the army said it killed 30 militants.")
    by_count = {c.count.value: c.claimed_by for c in found}
    assert by_count[9] is None and by_count[30] == "the army"


def test_according_to(nlp):
    (c,) = read(nlp, "According to local officials, 15 civilians were killed.")
    assert c.claimed_by == "local officials" and c.victim_category == "civilian"


def test_relative_clause_is_trimmed_from_the_claimant(nlp):
    (c,) = read(nlp, "Dozens of people were arrested, according to the Law Society, which said lawyers were refused.")
    assert c.claimed_by == "the Law Society" and c.kind == "arrested" and c.count.value == 12


def test_toll_that_rose_is_an_update(nlp):
    (c,) = read(nlp, "The death toll from the bombing of the market in the northern town has risen to 41.")
    assert c.count.value == 41 and c.is_update


def test_parts_of_a_toll_are_not_new_tolls(nlp):
    assert read(nlp, "Three of the dead were children.") == []
    assert read(nlp, "Among the injured were two journalists.") == []


def test_enemy_claim_is_marked(nlp):
    (c,) = read(nlp, "The army said its troops killed 80 militants.")
    assert c.enemy_claim and c.victim_category == "militant"


@pytest.mark.parametrize("text", ["The blast wounded 14 people.", "Fourteen people were wounded in the blast."])
def test_injuries(nlp, text):
    (c,) = read(nlp, text)
    assert (c.kind, c.count.value) == ("injured", 14)


def test_measures_are_not_victims(nlp):
    assert read(nlp, "The six-week war ended after 40 minutes of talks.") == []


def test_a_single_victim_is_one(nlp):
    (c,) = read(nlp, "A teenager was shot dead by police.")
    assert (c.kind, c.count.value) == ("killed", 1)


def test_a_named_victim_and_others(nlp):
    (c,) = read(nlp, "The blast killed a senior cleric and twelve other worshippers.")
    assert c.count.value == 13


def test_a_death_noun_does_not_take_a_later_count(nlp):
    found = read(nlp, "The ministry regretted the death and said 12 officers had been injured.")
    assert [(c.kind, c.count.value) for c in found] == [("injured", 12)]


def test_a_breakdown_inside_the_count_is_not_the_count(nlp):
    (c,) = read(nlp, "At least nine people, two of them children, were killed.")
    assert c.count.value == 9
    (c,) = read(nlp, "At least 12 people, including five policemen, were injured.")
    assert (c.kind, c.count.value) == ("injured", 12)


def test_one_named_victim_and_a_count_of_others(nlp):
    found = read(nlp, "The drone hit a car, killing the driver and wounding two passengers.")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 1), ("injured", 2)]


def test_an_unknown_number_is_not_one(nlp):
    assert read(nlp, "An unknown number of fighters were also killed.") == []


@pytest.mark.parametrize("text, n", [
    ("A grenade wounded four officers and a passer-by.", 5),
    ("The bomb killed two policemen and a woman.", 3),
    ("Gunmen killed two soldiers and a large group of civilians.", 2),
    ("The strike killed three fighters and an unknown number of civilians.", 3),
])
def test_a_count_and_one_more_person(nlp, text, n):
    assert [c.count.value for c in read(nlp, text)][:1] == [n]


def test_a_participle_between_the_victims_and_the_verb_and_hospital_treatment(nlp):
    found = read(nlp, "Residents said three boys herding goats near the river were killed.")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 3)]
    found = read(nlp, "Six other people were treated in hospital.")
    assert [(c.kind, c.count.value) for c in found] == [("injured", 6)]


def test_who_raises_a_toll_reports_it_and_is_no_party():
    from tacitus import extract
    [e] = extract("Armed men killed seven people in a village near Jos on Sunday. Police first said four had died, "
                  "but the state police command later raised the toll to seven after more bodies were found on "
                  "Monday. Three other people were treated in hospital.", published="2026-02-10").events
    assert e.sub_event_type == "Attack" and e.actor2.inter == 7
    assert (e.event_date, e.fatalities, e.injuries) == ("2026-02-08", 7, 3)
