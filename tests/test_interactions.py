"""PLOVER interactions: types, actors from titles and earlier mentions, recipients, negation."""
from tacitus import extract


def triples(text, published="2025-03-06"):
    r = extract(text, published=published)
    for i in r.interactions:
        for ev in i.evidence:
            assert text[ev.start:ev.end] == ev.text
    return {(i.event_type, i.actor.country or i.actor.name, (i.recipient.country or i.recipient.name)
             if i.recipient else None, i.negated) for i in r.interactions}


def test_a_call_to_several_leaders_is_one_interaction_each():
    got = triples("Kenyan President William Ruto spoke by phone with Congo's President Felix Tshisekedi. "
                  "Later he had calls with French President Emmanuel Macron and Turkish President Recep Tayyip Erdogan.")
    assert {("CONSULT", "KEN", "COD", False), ("CONSULT", "KEN", "FRA", False),
            ("CONSULT", "KEN", "TUR", False)} <= got


def test_later_mentions_and_counterparts_resolve_to_their_country():
    got = triples("Egypt's Foreign Minister Badr Abdelatty met his Somali counterpart, Ahmed Moallim Fiqi, in Cairo. "
                  "Mr Fiqi accused Ethiopia of violating Somalia's sovereignty.")
    assert ("CONSULT", "EGY", "SOM", False) in got
    assert ("ACCUSE", "SOM", "ETH", False) in got


def test_both_sides_are_the_parties_of_the_story():
    got = triples("Kyrgyz and Tajik border guards clashed near Batken on Wednesday. The United Nations urged both "
                  "sides to show restraint.")
    assert {("REQUEST", "United Nations", "KGZ", False), ("REQUEST", "United Nations", "TJK", False)} <= got
    assert not any(t[0] != "REQUEST" for t in got)  # "to show restraint" is part of the request


def test_seats_of_power_organisations_and_negation():
    got = triples("The Kremlin did not condemn the strike. The African Union called on Rwanda to withdraw its troops.")
    assert ("ACCUSE", "RUS", None, True) in got
    assert ("REQUEST", "African Union", "RWA", False) in got


def test_descriptions_are_not_interactions():
    assert triples("Forces backed by Rwanda entered the town on Monday.", "2025-01-28") == set()
