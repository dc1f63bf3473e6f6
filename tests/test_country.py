from __future__ import annotations

import pytest
from babel import Locale

from bilateral import Country, UnknownCountryError


@pytest.mark.parametrize("code", ["AZ", "az", "AZE", "aze", "031", 31, Country("AZ")])
def test_codes_map_to_alpha2(code):
    assert "AZ" == Country(code).code


def test_lithuania():
    assert Country("LT") == Country("LTU") == Country("440")


@pytest.mark.parametrize("code", ["XX", "ZZ", "EU", "UN", "", "A", "AZER", None, 1.5, True, "999"])
def test_unknown_codes(code):
    with pytest.raises(UnknownCountryError, match="country: ") as info:
        Country(code)

    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("locale", ["en", "lt", "az", "ru", "de"])
def test_names_come_from_babel(locale):
    assert Locale.parse(locale).territories["LT"] == Country("LT").name(locale)


def test_repr_and_order():
    assert 'Country("AZ")' == repr(Country("AZ"))
    assert [Country("AZ"), Country("LT")] == sorted([Country("LT"), Country("AZ")])
