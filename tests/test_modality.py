"""What is not an event: negation, plans, habits, context, accidents, metaphors."""
import pytest

from tacitus import extract


def events(text, published="2024-05-15"):
    return extract(text, published=published).events


@pytest.mark.parametrize("text", [
    "The army denied that its troops had shelled the village near Goma on Tuesday.",
    "Rebels threatened to attack the town of Beni next week.",
    "No one was killed and no group has claimed the attack in Gao.",
    "Protesters plan a march in Nairobi on Friday; police said they would disperse any gathering.",
    "Gangs have repeatedly attacked villages in Zamfara state for years.",
    "Shares in the mining company came under attack on Tuesday as investors fled the market.",
    "The collapse of a bridge in Lagos killed 12 people on Monday.",
    "Talks were suspended after the group's offensive in the Catatumbo region.",
    "A court in Bamako on Wednesday sentenced a former officer for his role in the killing of 12 villagers.",
    "Fighting between the two factions has forced thousands of people to flee the region around Tame.",
])
def test_not_events(text):
    assert events(text) == []


def test_past_war_is_background_with_its_own_date():
    r = extract("Ukrainian and Russian troops clashed near Kharkiv on Tuesday. The war in 2014 killed 14,000 people.",
                published="2024-05-15")
    assert [e.event_date for e in r.events] == ["2024-05-14"]
    assert [b.event_date[:4] for b in r.background] == ["2014"]
    assert all(e.fatalities < 1000 for e in r.events)


@pytest.mark.parametrize("text", [
    "The UN appealed on Tuesday for aid for millions driven from their homes by fighting between the army and rebels.",
    "The government on Monday announced new police posts in response to a wave of kidnappings and bandit attacks.",
    "A war drama about the battle for Mosul won a prize in Berlin on Saturday.",
    "In one scene, a sniper shoots a boy as airstrikes pound the old city.",
    "A court convicted him on Thursday of crimes committed during fighting in 2013. Judges found that his "
    "fighters had attacked civilians in Bossangoa, killing dozens.",
])
def test_more_not_events(text):
    assert events(text) == []


def test_an_alleged_act_and_the_start_of_a_count_are_not_events():
    assert events("Bangkok accused Phnom Penh of laying new landmines on the Thai side of the border.",
                  "2025-07-25") == []
    got = events("Rights groups said 30 people had been killed by police in Mozambique since the protests "
                 "began after the October 9 election.", "2024-11-08")
    assert all(e.fatalities == 0 for e in got) and not any(e.event_date == "2024-10-09" and e.event_type == "Protests"
                                                            for e in got)


@pytest.mark.parametrize("text", [
    "Thousands gathered in Srebrenica on Friday to mark 30 years since Bosnian Serb forces killed 8,000 men.",
    "India and Pakistan talked on Saturday after four days of missile and artillery exchanges.",
    "Sudan's foreign ministry protested to Britain on Monday over the conference.",
])
def test_remembered_periods_and_diplomatic_protests_are_not_events(text):
    assert events(text, published="2025-07-12") == []


def test_a_toll_since_a_weekday_is_this_weeks_fighting():
    assert [e.sub_event_type for e in events("Clashes between the army and tribal fighters have killed 90 people in "
                                             "Sweida since Sunday, a monitor said.", published="2025-07-17")] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Polish and Lithuanian troops stormed a riverbank near Suwalki on Tuesday in a mock attack during joint exercises.",
    "Troops fired artillery at a hillside near Ventspils on Tuesday in a drill.",
    "Sudan asked Egypt on Sunday for air defence systems after a week of drone attacks on Port Sudan.",
])
def test_drills_and_a_week_of_strikes_are_not_events(text):
    assert events(text, published="2025-09-17") == []

