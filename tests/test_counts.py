from hypothesis import given, strategies as st

from tacitus.extract.counts import parse_count, parse_number

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 0..999 (the test's own spelling, independent of the lexicon)."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    rest = n % 100
    return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))


@given(st.integers(min_value=0, max_value=999))
def test_number_words_round_trip(n):
    assert parse_number(words(n)) == n


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_with_and_without_commas(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["at least", "more than", "about", "up to"]))
def test_qualifiers_keep_the_number(n, q):
    c = parse_count(f"{q} {n:,}")
    assert c is not None and c.value == n
    assert c.qualifier == {"at least": "at_least", "more than": "at_least", "about": "approximately",
                           "up to": "at_most"}[q]


def test_vague_words_follow_acled():
    assert parse_count("dozens").value == 12
    assert parse_count("hundreds").value == 100
    assert parse_count("several").value == 3
    assert parse_count("scores").value == 20
    assert parse_count("dozens").qualifier == "vague"


def test_phrases():
    assert parse_count("a dozen").value == 12
    assert parse_count("forty-three").value == 43
    assert parse_count("two dozen").value == 24
    assert parse_count("several hundred").value == 300
    assert parse_count("1.2 million").value == 1_200_000


@given(st.text(max_size=40))
def test_never_crashes_on_junk(s):
    parse_count(s)
    parse_number(s)


def test_not_numbers():
    assert parse_number("soldiers") is None
    assert parse_number("") is None
    assert parse_count("a") is None


@given(st.sampled_from(["tens", "hundreds", "dozens"]), st.sampled_from(["thousands", "hundreds"]))
def test_a_vague_number_of_a_vague_number_is_the_smallest_product(a, b):
    first, second = parse_count(a), parse_count(b)
    both = parse_count(f"{a} of {b}")
    assert both.value == first.value * second.value and both.qualifier == "vague"


def test_tens_of_thousands_is_one_count_in_a_sentence():
    from tacitus import extract
    r = extract("The war, which began in April 2023, has killed tens of thousands of people.", published="2026-03-10")
    assert [e.fatalities for e in r.background] == [10000]
