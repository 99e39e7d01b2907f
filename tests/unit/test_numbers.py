import pytest

from components.numbers import fmt_number, fmt_ordinal, fmt_pct, fmt_pp, separators


@pytest.mark.parametrize("value, lang, decimals, expected", [
    (3.7, "nl", 1, "3,7"),
    (3.7, "en", 1, "3.7"),
    (1877, "nl", 0, "1.877"),
    (1877, "en", 0, "1,877"),
    (2271.5, "nl", 1, "2.271,5"),
    (None, "nl", 0, "–"),
])
def test_fmt_number(value, lang, decimals, expected):
    assert fmt_number(value, lang, decimals) == expected


def test_pct_and_pp():
    assert fmt_pct(86, "nl") == "86%"
    assert fmt_pct(33.3, "nl", 1) == "33,3%"
    assert fmt_pp(43, "nl") == "+43 procentpunt"
    assert fmt_pp(-5, "en") == "−5 pp"


def test_plotly_separators():
    assert separators("nl") == ",." and separators("en") == ".,"


@pytest.mark.parametrize("number, lang, expected", [
    (1, "nl", "eerste"), (3, "nl", "derde"), (4, "en", "fourth"), (10, "en", "tenth"),
    (11, "nl", "11e"), (11, "en", "11th"), (21, "en", "21st"), (22, "en", "22nd"),
    (113, "en", "113th"), (1, "fr", "eerste"),
])
def test_fmt_ordinal(number, lang, expected):
    assert fmt_ordinal(number, lang) == expected
