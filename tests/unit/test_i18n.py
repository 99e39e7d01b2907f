"""The translation catalogue: every key in both languages, every codebook concept labelled,
every page's strings registered and used in that page's home only."""

import ast
import csv
import string
from pathlib import Path

import pytest

import pages  # noqa: F401  (registers every page's strings, pages/<page>/text.py)
from components.i18n import AREAS, CATALOGUE, LANGUAGES, t
from data import questionnaire as q

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted(ROOT.glob("pages/*/text.py"))


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


def test_every_page_text_is_registered():
    assert len(TEXTS) >= 9
    for path in TEXTS:
        area = f"pages.{path.parent.name}"
        assert AREAS.get(area), f"{path.relative_to(ROOT)} is not registered"
        assert all(key in CATALOGUE for key in AREAS[area])


def _literals(path: Path) -> set[str]:
    """Every string constant of a module, f-strings' constant parts included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)}


def _names_key(literals: set[str], key: str) -> bool:
    """Whether a module names `key`: the whole key, or a prefix it completes
    (t(f"klimaat.sort.{value}"), "cmp.topic_short." + topic)."""
    return key in literals or any(
        len(x) > 4 and x[-1] in "._" and "." in x and key.startswith(x) for x in literals)


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.parent.name)
def test_a_page_s_strings_are_used_in_its_home_only(text):
    """A string several pages use belongs in components/i18n/; one page's strings in its
    text.py, where no other page, component or callback reaches them."""
    home = text.parent
    keys = set(AREAS[f"pages.{home.name}"])
    outside = [p for folder in ("pages", "components", "callbacks", "serving")
               for p in (ROOT / folder).rglob("*.py") if home not in p.parents
               and "i18n" not in p.parts]
    found = [f"{p.relative_to(ROOT)}: {key}" for p in outside
             for literals in [_literals(p)] for key in sorted(keys)
             if _names_key(literals, key)]
    assert not found, "a page's strings used outside its home (move them to " \
        "components/i18n/):\n" + "\n".join(found)


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.parent.name)
def test_every_page_string_is_used(text):
    """Each key of a page's text.py is named in the page's home, or in the data layer (a
    topic's label key in data/*.py or data/reference/*.csv): no dead strings."""
    home = text.parent
    named = set().union(*(_literals(p) for p in home.rglob("*.py") if p != text),
                        *(_literals(p) for p in (ROOT / "data").rglob("*.py")))
    for table in (ROOT / "data" / "reference").glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as f:
            named |= {cell for row in csv.reader(f) for cell in row}
    unused = sorted(k for k in AREAS[f"pages.{home.name}"] if not _names_key(named, k))
    assert not unused, f"strings of pages/{home.name}/text.py nothing uses: {unused}"


def test_the_scan_sees_a_key_and_a_key_prefix(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('a = t("klimaat.title", lang)\nb = t(f"klimaat.sort.{x}", lang)\n'
                      'c = t("cmp.topic_short." + k, lang)\n', encoding="utf-8")
    literals = _literals(module)
    for key in ("klimaat.title", "klimaat.sort.median", "cmp.topic_short.typen"):
        assert _names_key(literals, key), key
    assert not _names_key(literals, "klimaat.lead")
