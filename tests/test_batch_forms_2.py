"""Rules taught by a second batch of forms the corpus lacked: a podcast transcript, an NGO release
with a table, a police statement, an obituary, a situation report with highlights, a military
press release, a feature filed from a small town (texts differ from the corpus)."""
from tacitus import extract

from .test_batch_forms import events, triples


def test_the_town_named_as_a_subject_is_what_the_town_points_back_to():
    evs = events("Babanusa has been under siege since the spring. On Friday the rebels shelled the town from "
                 "the hills, killing four children.", "2026-05-03")
    assert [(e.location.admin1, e.location.geo_precision, e.fatalities) for e in evs] == [("West Kordofan", 1, 4)]


def test_table_rows_are_not_sentences_and_new_deaths_among_the_wounded_count():
    text = ("Fighting broke out near Kalehe on 3 May between the army and the rebels. Since then our clinic has "
            "received 40 wounded people.\n\n| Date | Wounded |\n|---|---|\n| 4 May | 22 |\n| 5 May | 18 |\n\n"
            "Two of the wounded later died. We cannot say how many people were killed in the fighting.")
    evs = events(text, "2026-05-06")
    assert [(e.event_date, e.fatalities, e.injuries) for e in evs] == [("2026-05-03", 2, 40)]


def test_a_part_of_the_same_kind_is_no_new_toll():
    evs = events("Gunmen killed seven villagers near Gao on Monday. Three of the dead were children.", "2026-05-06")
    assert [e.fatalities for e in evs] == [7]


def test_a_statement_writes_counts_twice_and_says_succumbed_and_sustained_injuries():
    evs = events("Youths blocked the main road in Eldoret on Monday and stoned officers. Fifteen (15) officers "
                 "sustained injuries. Two members of the public succumbed to gunshot wounds.", "2026-05-06")
    assert [(e.fatalities, e.injuries) for e in evs] == [(2, 15)]


def test_a_named_person_killed_is_one_death_and_passive_doers_are_not_the_victims():
    evs = events("Amina Bello, a nurse, was shot dead by gunmen in Maiduguri on Sunday.", "2026-05-06")
    assert [(e.fatalities, e.actor2.inter if e.actor2 else None) for e in evs] == [(1, 7)]


def test_a_feature_filed_from_a_small_town_happened_there_unless_it_says_otherwise():
    text = ("SLOVIANSK, Ukraine — The bakery had stayed open through two winters.\n\n"
            "On Sunday a Russian glide bomb destroyed it, killing the owner and his son.")
    evs = events(text, "2026-05-06")
    assert [(e.location.admin1, e.location.geo_precision, e.actor2.name) for e in evs] == [
        ("Donetsk", 1, "Civilians (Ukraine)")]
    filed_in_capital = ("KYIV, Ukraine — The bakery had stayed open through two winters.\n\n"
                        "On Sunday a Russian glide bomb destroyed it, killing the owner and his son.")
    assert [e.location.geo_precision for e in events(filed_in_capital, "2026-05-06")] == [3]


def test_a_road_named_for_its_ends_is_not_where_on_it_things_happened():
    evs = events("NAKURU, Kenya — Protesters blocked the Nakuru-Eldoret highway on Monday and clashed with "
                 "police, who fired tear gas.", "2026-05-06")
    assert [e.location.name for e in evs] == ["Nakuru"]


def test_stopping_a_bus_and_abducting_its_passengers_is_an_abduction():
    evs = events("Armed men stopped a truck near Funtua on Tuesday and kidnapped the driver and six traders.",
                 "2026-05-06")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_an_air_force_striking_is_an_air_strike():
    evs = events("The Nigerian Air Force struck a militant hideout near Gwoza on Friday, killing 12 fighters.",
                 "2026-05-06")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_highlights_told_again_below_are_no_events_of_their_own():
    text = ("KEY POINTS\n• Gunmen abducted nine farmers near Funtua. Police shot dead two bandits in Gusau.\n\n"
            "DETAILS\n• On 2 May, gunmen abducted nine farmers near Funtua in Katsina State.\n"
            "• On 3 May, police shot dead two bandits in Gusau.")
    evs = events(text, "2026-05-06")
    assert [(e.event_date, e.location.name) for e in evs] == [("2026-05-02", "Funtua"), ("2026-05-03", "Gusau")]


def test_rockets_with_automatic_weapons_are_a_ground_attack():
    evs = events("Militants attacked a police checkpoint in Dera Ismail Khan with rockets and machine guns on "
                 "Friday, killing two officers.", "2026-05-06")
    assert [e.event_type for e in evs] == ["Battles"]


def test_the_state_term_for_a_group_and_general_security_members():
    evs = events("Security forces killed five khawarij in North Waziristan on Friday.", "2026-05-06")
    assert {e.actor2.name for e in evs if e.actor2} | {e.actor1.name for e in evs} >= {
        "TTP: Tehreek-i-Taliban Pakistan"}
    evs = events("Gunmen shot dead two General Security members near Homs on Friday.", "2026-05-06")
    assert [(e.event_type, e.actor2.inter) for e in evs] == [("Battles", 1)]


def test_a_group_named_in_its_own_attacks_purpose_and_habitual_accusations():
    text = ("Police arrested 12 men in Kismayo on Sunday. The government has accused the group many times of "
            "using the coast as a base for its attacks.")
    evs = events(text, "2026-05-06")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert triples(text, "2026-05-06") == set()


def test_a_threat_names_whom_its_clause_would_strike():
    text = ("Clashes killed five people in Qamishli, Syria, on Sunday. Turkey warned on Monday that it would "
            "strike any government forces that entered the area.")
    assert ("THREATEN", "TUR", "SYR") in triples(text, "2026-05-06")


def test_what_is_wanted_of_another_is_not_its_act():
    text = ("Clashes killed four near Quetta on Friday. Islamabad expects the government in Kabul to act against "
            "the militants and deny the use of Afghan territory to them, the foreign ministry said.")
    assert not any(t[0] == "REJECT" for t in triples(text, "2026-05-06"))
