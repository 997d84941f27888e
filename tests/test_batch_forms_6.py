"""Rules taught by batch dev-236..249: a bilingual flash update, a factbox, a republished
thread, a long-form feature with a flashback, a police press statement, election-day violence
(texts differ from the corpus)."""
from datetime import date

from tacitus.extract.dates import find_dates

from .test_batch_forms import events, triples

REF = date(2026, 6, 10)


def dates(text):
    return [(m.text, m.date) for m in find_dates(text, REF)]


def test_a_night_or_span_of_days_starts_on_its_first_day():
    assert dates("in the night of 6 to 7 June") == [("6 to 7 June", date(2026, 6, 6))]
    assert dates("on 3-4 June") == [("3-4 June", date(2026, 6, 3))]


def test_a_feast_named_with_its_year_is_that_day():
    assert dates("the raids of Christmas Day 2024") == [("Christmas Day 2024", date(2024, 12, 25))]


def test_a_period_followed_by_its_day_stands_for_that_day():
    assert dates("Last month, on the evening of 14 May, the militia returned") == [("14 May", date(2026, 5, 14))]
    assert len(dates("last month and on 2 June")) == 2  # a day outside the period is a second date


def test_a_date_heading_a_bullet_dates_its_item_not_the_saying():
    text = "Fighting this week:\n\n* Jun 8 - The army said it repelled an attack on Kadugli. No toll was given."
    assert [e.event_date for e in events(text, "2026-06-10")] == ["2026-06-08"]


def test_counts_before_short_passives_and_an_update_line():
    text = ("A missile hit the market in Kherson on Tuesday. First toll: 4 killed, 11 injured.\n\n"
            "Update 14.05: officials now say 7 people were killed and 19 injured, two of them children.")
    assert [(e.fatalities, e.injuries) for e in events(text, "2026-06-10")] == [(7, 19)]


def test_a_weapon_system_named_elsewhere_in_the_report_names_the_side():
    text = ("A missile struck a school in Kharkiv on Monday, injuring five people.\n\n"
            "The regional governor said it was a Kinzhal.")
    assert [(e.actor1.name, e.actor1.inter) for e in events(text, "2026-06-10")] == [("Military Forces of Russia", 8)]


def test_unnamed_armed_men_coming_into_a_village_raid_it():
    text = ("On the night of 2 June, bandits came back to Kadama village in Zamfara State, Nigeria. "
            "By morning eleven people were dead.")
    evs = events(text, "2026-06-10")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in evs] == [("2026-06-02", "Attack", 11)]
    quiet = "The rebels returned to their bases in the hills on Monday."
    assert events(quiet, "2026-06-10") == []


def test_a_unique_town_abroad_must_border_the_story():
    text = "Gunmen attacked Mushu village in Plateau State, Nigeria, on Sunday, killing four people."
    assert [e.location.iso3 for e in events(text, "2026-06-10")] == ["NGA"]


def test_a_national_body_named_by_its_task_and_a_police_chief_deploying():
    text = ("Rival supporters fought in Bafata, Guinea-Bissau, on Sunday. The election commission urged calm. "
            "The Inspector General of Police has directed the deployment of more officers to Bafata.")
    got = triples(text, "2026-06-10")
    assert ("REQUEST", "GNB", None) in got and ("MOBILIZE", "GNB", None) in got
