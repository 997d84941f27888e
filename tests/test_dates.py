from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from tacitus.errors import DateError
from tacitus.extract.dates import WEEKDAYS, find_dateline, find_dates, parse_published

WED = date(2022, 9, 14)  # a Wednesday


def one(text, ref=WED):
    found = find_dates(text, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,expected,precision", [
    ("on Wednesday", "2022-09-14", 1),      # a Wednesday paper's "Wednesday" is that day
    ("late on Monday", "2022-09-12", 1),
    ("on Tuesday", "2022-09-13", 1),
    ("last Wednesday", "2022-09-07", 1),    # "last <today's weekday>" is a week back
    ("last Friday", "2022-09-09", 1),
    ("overnight into Friday", "2022-09-09", 1),
    ("yesterday", "2022-09-13", 1),
    ("last night", "2022-09-13", 1),
    ("on September 13", "2022-09-13", 1),
    ("13 September 2021", "2021-09-13", 1),
    ("last week", "2022-09-08", 2),
    ("last month", "2022-08-15", 3),
    ("last December", "2021-12-15", 3),     # the latest December before September 2022
    ("last August", "2022-08-15", 3),
])
def test_expressions(text, expected, precision):
    d = one(text)
    assert d.date.isoformat() == expected
    assert d.precision == precision


def test_year_is_marked_as_year():
    d = one("in 2020")
    assert d.kind == "year" and d.date.year == 2020


def test_offsets_point_into_the_text():
    text = "Troops clashed on Tuesday near the border."
    d = one(text)
    assert text[d.start:d.end] == d.text == "on Tuesday"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekday_is_the_latest_such_day_on_or_before_publication(pub, day):
    d = one(f"on {day.capitalize()}", pub)
    assert d.date <= pub
    assert (pub - d.date) < timedelta(days=7)
    assert d.date.weekday() == WEEKDAYS.index(day)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.sampled_from(WEEKDAYS))
def test_last_weekday_is_strictly_before(pub, day):
    d = one(f"last {day.capitalize()}", pub)
    assert timedelta(days=1) <= (pub - d.date) <= timedelta(days=7)


@given(st.text(max_size=80), st.dates())
def test_never_crashes(text, pub):
    for m in find_dates(text, pub):
        assert text[m.start:m.end] == m.text


def test_published_parsing():
    assert parse_published("2022-09-14T06:35:00").hour == 6
    assert parse_published("2022-09-14").day == 14
    assert parse_published("2022-09-14T06:35:00Z").tzinfo is not None
    with pytest.raises(DateError):
        parse_published("last Tuesday-ish")


def test_dateline():
    assert find_dateline("...\nUpdated: September 14, 2022, 6:35 AM") == date(2022, 9, 14)
    assert find_dateline("no date here") is None


@pytest.mark.parametrize("text,expected", [
    # what follows "after" happened before the sentence's own date
    ("Clashes resumed on Friday, two days after rebels attacked the base.", ["2022-09-09", "2022-09-07"]),
    ("Rebels seized the town on Monday. A day later, troops retook it.", ["2022-09-12", "2022-09-13"]),
    ("Rebels seized the town on Monday. The next day troops retook it.", ["2022-09-12", "2022-09-13"]),
    ("Troops retook the town on Tuesday. The day before, rebels had shelled it.", ["2022-09-13", "2022-09-12"]),
    # a headline without a date of its own counts back from publication
    ("Fighting resumes a day after 30 killed", ["2022-09-13"]),
    ("The war killed 500 people last year.", ["2021-07-01"]),
])
def test_relative_days(text, expected):
    assert [m.date.isoformat() for m in find_dates(text, WED)] == expected


def test_durations_are_not_dates():
    assert find_dates("They fought for about two hours before withdrawing.", WED) == []


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 10))
def test_days_later_never_passes_publication(ref, n):
    text = f"Rebels attacked on {ref.strftime('%B')} {ref.day}. {n} days later, troops arrived."
    for m in find_dates(text, ref):
        assert m.date <= ref


@given(st.dates(min_value=date(1990, 1, 8), max_value=date(2090, 12, 31)), st.integers(1, 7))
def test_day_after_counts_back_from_the_anchor(ref, n):
    words = {1: "a", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
    found = find_dates(f"Fighting resumed on {WEEKDAYS[ref.weekday()].title()}, {words[n]} days after the raid.", ref)
    assert [m.date for m in found] == [ref, ref - timedelta(days=n)]


def test_a_live_blog_time_stamp_dates_its_item_on_the_publication_day():
    text = "Key developments:\n\n09:15 — Shelling hit the town.\n\n13:05 GMT - A bomb hit a school."
    stamps = [d for d in find_dates(text, WED) if d.kind == "stamp"]
    assert [d.date for d in stamps] == [WED, WED]
    assert find_dates("The meeting ran from 09:15 - 11:00 in the hall.", WED) == []  # not at a line's start
