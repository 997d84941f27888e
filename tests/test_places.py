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


def test_where_a_source_sits_is_not_where_the_event_was():
    r = extract("Gunmen killed at least 20 people in the Haitian town of Saint-Marc on Thursday, according to the "
                "UN human rights office in Geneva.", published="2024-10-05")
    assert [e.location.name for e in r.events] == ["Saint-Marc"]


def test_arabic_names_with_particles_are_one_name():
    r = extract("Rockets hit Deir ez-Zor on Monday, killing two people.", published="2024-08-06")
    assert any(p.text == "Deir ez-Zor" for p in r.places)


def test_the_target_of_a_strike_is_a_place_even_when_ner_calls_it_an_organisation():
    (e,) = extract("A Russian missile strike on Odesa killed four people and damaged a warehouse on Thursday, "
                   "the governor said.", published="2025-02-13").events
    assert e.location.name == "Odesa" and e.location.iso3 == "UKR"


def test_a_place_east_of_another_is_located_by_it_not_at_it():
    r = extract("Gang members killed 12 people in an attack on a neighbourhood of Croix-des-Bouquets, east of "
                "Port-au-Prince, on Saturday, a rights group said.", published="2025-11-09")
    (e,) = r.events
    assert e.location.name == "Croix-des-Bouquets" and e.fatalities == 12


def test_a_named_state_points_to_its_country():
    # the report never names Nigeria; "Zamfara State" does, so Maru is the Nigerian town
    (e,) = extract("Gunmen killed 31 villagers in Maru local government area of Zamfara State on Sunday, a "
                   "community leader said.", published="2025-04-08").events
    assert e.location.iso3 == "NGA" and e.location.admin1 == "Zamfara"


def test_names_ending_in_a_country_and_the_capital_after_a_comma():
    r = extract("Drones struck the port city of Port Sudan on Tuesday, hitting fuel depots, the army said.",
                published="2025-05-06")
    assert r.events and r.events[0].location.name == "Port Sudan"
    r = extract("Police fired live ammunition at protesters in the capital, Maputo, on Thursday, killing three "
                "people.", published="2024-11-08")
    assert r.events and r.events[0].location.name == "Maputo"


def test_where_people_fled_to_is_not_where_it_happened():
    [e] = extract("Gunmen set fire to dozens of homes in Mirebalais overnight, and families fled towards the town of "
                  "Lascahobas, police said.", published="2025-04-01").events
    assert e.location.name == "Mirebalais"


def test_news_spellings_of_towns_resolve():
    p = places("Pakistani shelling killed five people in Rajouri on Saturday, Indian officials said.")["Rajouri"]
    assert (p.iso3, p.name) == ("IND", "Rajaori")


def test_where_the_wounded_were_treated_is_not_where_it_happened():
    [e] = extract("Rebels and soldiers clashed in Gwoza on Tuesday; 20 wounded people were treated in Maiduguri.",
                  published="2025-02-13").events
    assert e.location.name == "Gwoza" and e.injuries == 20


def test_a_name_the_text_locates_in_a_division_is_a_place():
    [e] = extract("The army said its air defences shot down four drones over Kosti, in White Nile state, early on "
                  "Monday.", published="2026-02-10").events
    assert e.sub_event_type == "Disrupted weapons use" and e.location.name == "Kosti"


def test_a_site_of_a_town_places_the_event_in_the_town():
    [e] = extract("Police fired tear gas on Monday to clear protesting farmers who had blocked the road to Juliaca's airport.",
                  published="2026-02-18").events
    assert e.location.name == "Juliaca" and e.location.geo_precision == 1


def test_district_seats_geonames_lacks_are_found_in_their_country():
    (e,) = extract("Insurgents attacked Palma in Mozambique's Cabo Delgado province on Sunday, killing six people.",
                   published="2026-03-10").events
    assert (e.location.name, e.location.iso3, e.location.admin1) == ("Palma", "MOZ", "Cabo Delgado")
    (e,) = extract("M23 rebels seized Masisi in eastern Congo on Sunday, residents said.", published="2026-03-10").events
    assert (e.location.iso3, e.location.admin1, e.location.geo_precision) == ("COD", "North Kivu", 1)
