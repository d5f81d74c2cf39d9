import pytest

from diplograph.extract.dates import find_dates, normalise


@pytest.mark.parametrize("text, expected", [
    ("In September 2013", ("2013-09", "gYearMonth")),
    ("On January 11, 2017", ("2017-01-11", "date")),
    ("In 2015 China held", ("2015", "gYear")),
    ("last September", ("2016-09", "gYearMonth")),
    ("last year", ("2016", "gYear")),
    ("in the first half this year", ("2017", "gYear")),
    ("in July, last year", ("2016-07", "gYearMonth")),
])
def test_dates_resolve_against_the_publication_date(text, expected):
    assert normalise(text, reference="2017-01-12") == expected


def test_last_month_of_the_same_year():
    assert normalise("last January", reference="2017-03-01") == ("2017-01", "gYearMonth")


def test_relative_dates_need_a_reference():
    assert normalise("last year") is None


def test_ends_of_spans_are_not_event_dates():
    assert find_dates("Since 2015 China has hosted") == []
