"""Places: found without relying on NER, resolved with the article's countries as context."""
from tacitus import extract


def places(text):
    return {p.text: p for p in extract(text, published="2024-05-15").places}


def test_town_of_x_and_province_lists():
    found = places("Gunmen attacked the town of Tame in Colombia. Fighting spread to the Kalbajar, Lachin "
                   "and Zangilan regions of Azerbaijan.")
    assert found["Tame"].iso3 == "COL" and found["Tame"].latitude is not None
    assert {found[n].iso3 for n in ("Kalbajar", "Lachin", "Zangilan")} == {"AZE"}
    assert found["Zangilan"].feature == "admin1"


def test_context_picks_the_namesake():
    found = places("Belgian police said the march in Brussels was peaceful.")
    assert found["Brussels"].iso3 == "BEL"


def test_province_event_takes_the_town_named_next():
    r = extract("Rebels kidnapped two soldiers in the department of Arauca in Colombia last week. "
                "They were taken near the town of Tame, the army said.", published="2025-02-14")
    (e,) = r.events
    assert e.location.name == "Tame" and e.location.admin1 == "Arauca" and e.location.geo_precision == 2  # "near the town of Tame"


def test_possessive_city_is_not_a_location():
    r = extract("Gunmen killed five villagers in Nigeria's Zamfara state on Monday, prompting Abuja's condemnation.",
                published="2024-05-15")
    (e,) = r.events
    assert e.location.iso3 == "NGA" and e.location.name != "Abuja"
