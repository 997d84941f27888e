"""Rules taught by a third batch of forms the corpus lacked: a TV script, a leaked memo with
numeric dates, a multi-day investigation, photo captions, an Indian wire report, a Telegram claim,
a communique in operative paragraphs, a report full of Spanish terms (texts differ from the corpus)."""
from datetime import date

from tacitus.extract.dates import find_dates

from .test_batch_forms import events, triples


def test_numeric_dates_resolve_only_when_one_reading_is_near_publication():
    ref = date(2026, 5, 20)
    got = {m.text: m.date for m in find_dates("Items: on 17/5 a clash; 18/05/2026 looting; 5/18/26 raid; a 3/4 majority", ref)}
    assert got == {"17/5": date(2026, 5, 17), "18/05/2026": date(2026, 5, 18), "5/18/26": date(2026, 5, 18)}
    assert find_dates("since 9/11", ref) == []


def test_a_weekday_before_its_date_names_that_date():
    assert [(m.text, m.date) for m in find_dates("on Friday 8 May the army", date(2026, 5, 20))] == \
        [("8 May", date(2026, 5, 8))]


def test_dead_brought_in_counts_and_a_day_before_an_aside_of_saying_dates_the_act():
    text = ("SITTWE — Rebels attacked a police post in Sittwe on Monday. By evening, a nurse said, three "
            "policemen and two rebels had been brought in dead. On Tuesday 19 May, the army said, its jets "
            "bombed a rebel camp near Ponnagyun.")
    evs = events(text, "2026-05-20")
    assert ("2026-05-18", 5) in [(e.event_date, e.fatalities) for e in evs]
    assert "2026-05-19" in [e.event_date for e in evs if e.sub_event_type == "Air/drone strike"]


def test_a_ground_attack_answered_with_air_strikes_is_one_battle():
    text = "LASHIO — Rebels attacked army positions outside Lashio on Monday. The army answered with air strikes."
    assert [e.sub_event_type for e in events(text, "2026-05-20")] == ["Armed clash"]


def test_a_fight_told_again_without_a_day_is_the_fight_told_before():
    text = ("JUBA — 12/5: clashes between SSPDF and White Army fighters in Akobo, 6 dead. 14/5: a boat "
            "carrying aid was looted near Waat by armed youth.\n\nThe army said it had repulsed an attack by "
            "White Army militia near Akobo.")
    got = sorted((e.event_date, e.location.name if e.location else None) for e in events(text, "2026-05-20"))
    assert [d for d, _ in got] == ["2026-05-12", "2026-05-14"]


def test_shooting_people_is_an_attack_and_members_of_one_family_are_counted():
    text = "GAO — Gunmen shot four traders in Gao on Monday. Six members of one family were killed."
    evs = events(text, "2026-05-20")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 6)]


def test_the_affiliate_acts_not_the_network_it_belongs_to():
    text = "BAMAKO — Al-Qaeda's Sahel affiliate JNIM attacked an army convoy near Kati on Monday."
    evs = events(text, "2026-05-20")
    assert [e.actor1.name for e in evs] == ["JNIM: Group for Support of Islam and Muslims"]


def test_a_communiques_operative_paragraphs_speak_for_the_body_that_issued_it():
    text = ("The Peace and Security Council of the African Union, at its meeting on 19 May 2026,\n\n"
            "1. Condemns the attack carried out by ISWAP on 17 May 2026 against a base near Monguno;\n\n"
            "2. Commends Chad for its steadfast contribution of troops to the Multinational Joint Task Force;")
    got = triples(text, "2026-05-20")
    assert ("ACCUSE", "African Union", "Islamic State (West Africa)") in got


def test_the_gunmen_are_the_gang_first_described_but_insurgents_stay_insurgents():
    text = ("Gang members killed nine people in Cabaret on Sunday. The gunmen went from house to house, "
            "shooting residents.")
    assert [(e.sub_event_type, e.actor1.inter) for e in events(text, "2026-05-20")] == [("Attack", 3)]
