from __future__ import annotations

import pycountry
import pytest
from babel import Locale

from bilateral import Country, UnknownCountryError, UnknownLocaleError, format_country


@pytest.mark.parametrize("code", ["AZ", "az", "AZE", "aze", "031", 31, Country("AZ")])
def test_codes_map_to_alpha2(code):
    assert "AZ" == Country(code).code


def test_lithuania():
    assert Country("LT") == Country("LTU") == Country("440")


@pytest.mark.parametrize(
    "code",
    ["XX", "ZZ", "EU", "UN", "", "A", "AZER", None, 1.5, True, "999", "AC", "IC", "EA", "ıt"],
)
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


@pytest.mark.parametrize(
    ("code", "alpha_4"),
    [("DDR", "DDDE"), ("278", "DDDE"), ("DD", "DDDE"), ("YMD", "YDYE"), ("SUN", "SUHH"),
     (810, "SUHH")],
)  # fmt: skip
def test_former_countries_are_themselves_not_their_successors(code, alpha_4):
    country = Country(code)

    assert alpha_4 == country.code
    assert country.is_former
    assert country not in country.successors


def test_kosovo_is_accepted_by_its_user_assigned_code():
    assert "XK" == Country("xk").code
    assert Locale.parse("en").territories["XK"] == Country("XK").name()


def test_every_iso_country_is_one_value_by_any_code_and_has_a_cldr_name():
    names = Locale.parse("en").territories
    for entry in pycountry.countries:
        country = Country(entry.alpha_2)

        assert country == Country(entry.alpha_3) == Country(entry.numeric)
        assert names[entry.alpha_2] == country.name()


@pytest.mark.parametrize("locale", ["en", "lt", "ru", "az", "ja", "de-AT"])
def test_name_is_the_name_every_text_uses(locale):
    assert format_country("AZE", locale) == Country("AZ").name(locale)


@pytest.mark.parametrize("locale", ["xx", "", 7])
def test_name_in_an_unknown_locale_is_an_unknown_locale_error(locale):
    with pytest.raises(UnknownLocaleError, match="locale"):
        Country("LT").name(locale)
