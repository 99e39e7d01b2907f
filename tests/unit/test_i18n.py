"""The translation catalogue: every key in both languages, every codebook concept labelled."""

import string

import pytest

from components.i18n import CATALOGUE, LANGUAGES, t
from data import questionnaire as q


def test_every_key_has_every_language_and_no_empty_text():
    for key, entry in CATALOGUE.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(text.strip() for text in entry.values()), key


def test_placeholders_match_between_languages():
    fields = lambda s: {f for _, f, _, _ in string.Formatter().parse(s) if f}  # noqa: E731
    for key, entry in CATALOGUE.items():
        assert fields(entry["nl"]) == fields(entry["en"]), key


@pytest.mark.parametrize("key", [
    *(f"sector.{s}" for s in q.SECTORS),
    *(f"cluster.{c}" for c in q.CLUSTERS),
    *(f"size_class.{s}" for s in q.SIZE_CLASSES),
    *(f"climate_group.{g}" for g in q.CLIMATE_GROUPS),
    *(f"item.{i.key}" for i in q.CLIMATE_ITEMS),
    *(f"indicator.{i.key}" for i in q.INDICATORS),
    *(f"cat.{i.key}.{c}" for i in q.INDICATORS for c in i.categories),
])
def test_codebook_concepts_are_labelled(key):
    assert key in CATALOGUE


def test_unknown_language_falls_back_to_dutch():
    assert t("app.title", "fr") == t("app.title", "nl")


def test_register_refuses_a_key_of_another_area_and_replaces_its_own():
    from components import i18n

    taken = next(iter(i18n.AREAS["common"]))
    with pytest.raises(ValueError, match="common"):
        i18n.register("test.area", {taken: {"nl": "x", "en": "x"}})
    assert "test.area" not in i18n.AREAS
    try:
        i18n.register("test.area", {"test.a": {"nl": "a", "en": "a"},
                                    "test.b": {"nl": "b", "en": "b"}})
        i18n.register("test.area", {"test.a": {"nl": "A", "en": "A"}})  # a reloaded module
        assert t("test.a", "nl") == "A" and not i18n.has("test.b")
    finally:
        i18n.register("test.area", {})
        del i18n.AREAS["test.area"]
    assert not i18n.has("test.a")


def test_a_missing_key_fails_loudly():
    with pytest.raises(KeyError, match="no.such.key"):
        t("no.such.key", "nl")
