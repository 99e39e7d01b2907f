"""Published numbers in the catalogue's prose come from the published-figures data.

Every catalogue string is rendered in both languages with the report edition's facts
(components/published.report_values) and its other placeholders left as markers. A literal
percentage, percentage-point number, decimal number or year left in a string's own text
fails: the published numbers it cites are placeholders ({pub_<name>} from
data/reference/cited_figures.csv, {cut_low}/{cut_high}, {dk_cited_share},
{dk_cited_source}) filled from published_figures. The few numbers that are not published
figures (answer categories, the app's disclosure bounds and test levels) are listed below
with the reason, and the list may not go stale.
"""

from __future__ import annotations

import csv
import re
import string
from pathlib import Path

import pytest

import pages  # noqa: F401  (registers every page's strings, pages/<page>/text.py)
from components import published
from components.i18n import CATALOGUE, LANGUAGES
from data import comparison, load, reference
from data import questionnaire as q
from data.cube import rows_where

ROOT = Path(__file__).resolve().parents[2]

# A literal number that reads as a published figure: a percentage or a range of them
# ("86%", "77-81%", "7 procent"), percentage points, a decimal number ("3,6", "0.25") or a
# year ("2019").
LITERAL = re.compile(
    r"\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:%|procentpunt(?:en)?|procent|percentage points?|percent)"
    r"|\b\d+[.,]\d+\b"
    r"|\b(?:19|20)\d{2}\b")

# Numbers that are not published figures: {key: {literal, ...}} (in either language).
NOT_PUBLISHED: dict[str, set[str]] = {
    # answer categories of the home-working question (its wording, not a result)
    **{f"cat.covid_homeworking.{c}": {text}
       for c, text in (("orgs_0_25pct_staff_at_home", "0-25%"),
                       ("orgs_25_50pct_staff_at_home", "25-50%"),
                       ("orgs_50_75pct_staff_at_home", "50-75%"),
                       ("orgs_with_75_100pct_staff_at_home", "75-100%"))},
    # the width of the score bands the chart draws
    "klimaat.groups.legend_bins": {"0,25", "0.25"},
    # the app's disclosure bounds for small groups (schema.SHARE_BOUND_LOW / _HIGH)
    "klimaat.groups.cuts": {"10%", "90%"},
    "cmp.sub.note.synthetic": {"10%", "90%"},
    # the significance level of the app's own change test
    "trend.method.test": {"0,05", "0.05"},
    "present.note.changed": {"5%"},
    # arithmetic: two complementary shares add up to 100%
    "cmp.note.samenwerking": {"100%"},
    # how a 95% margin of error is defined (near a share of 50%)
    "cmp.caveat.5": {"95%", "50%"},
    # the calibration tolerance of the synthetic set
    "methods.synthetic.p1": {"2 procentpunten", "2 percentage points"},
}

FILLED_PREFIXES = ("pub_", "cut_", "dk_cited_")


class _Marker:
    """Stands for a placeholder the page fills from its own state ({beperkt}, {dk[none]})."""

    def __format__(self, spec: str) -> str:
        return "⟨…⟩"

    def __getitem__(self, key: object) -> _Marker:
        return self


class _Values(dict):
    def __missing__(self, key: str) -> _Marker:
        return _Marker()


def fields(text: str) -> set[str]:
    """The placeholder names of a catalogue string ("cited" for {cited[all]})."""
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(text)
            if name}


def template_literals(text: str) -> list[str]:
    """Literal numbers of the string's own text: every placeholder blanked first."""
    return [m.group(0) for m in LITERAL.finditer(text.format_map(_Values()))]


@pytest.fixture(autouse=True)
def _fresh():
    load.clear_cache()
    yield
    load.clear_cache()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_catalogue_string_writes_a_published_number(lang):
    facts = published.report_values(lang)
    found = []
    for key, entry in CATALOGUE.items():
        text = entry[lang]
        missing = {f for f in fields(text) if f.startswith(FILLED_PREFIXES)} - facts.keys()
        assert not missing, f"{key}: no published value for {sorted(missing)}"
        rendered = text.format_map(_Values(facts))  # renders with the data's values
        assert "{" not in rendered.replace("{{", ""), key
        literals = [x for x in template_literals(text)
                    if x not in NOT_PUBLISHED.get(key, set())]
        found += [f"{key} ({lang}): {x}" for x in literals]
    assert not found, "published numbers written in the catalogue (use a placeholder filled " \
        "from published_figures; see the module docstring):\n" + "\n".join(found)


def test_the_list_of_unpublished_numbers_is_not_stale():
    for key, literals in NOT_PUBLISHED.items():
        seen = {x for lang in LANGUAGES for x in template_literals(CATALOGUE[key][lang])}
        assert literals <= seen, (key, literals - seen)


def test_the_scan_catches_what_it_should():
    for text in ("Nederland (86%)", "77-81%", "meer dan 60 procent", "43 procentpunten",
                 "20 percentage points", "grens 3,6", "mean 3.7", "COI (2019)",
                 "vergelijking van 2019"):
        assert template_literals(text), text
    for text in ("{pub_innovation_share}", "{cut_low} en {cut_high}", "n = {n}",
                 "{dk[none]}", "Figuur {figure}", "13 stellingen"):
        assert not template_literals(text), text


def _number(text: str, lang: str) -> float:
    decimal, thousands = (",", ".") if lang == "nl" else (".", ",")
    return float(text.replace(thousands, "").replace(decimal, "."))


def _numbers(text: str, lang: str) -> list[float]:
    return [_number(x, lang) for x in re.findall(r"\d+(?:[.,]\d+)*", text)]


def _cited_rows() -> list[dict[str, str]]:
    with (ROOT / "data" / "reference" / "cited_figures.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filled_values_equal_the_published_rows(lang):
    """Each {pub_<name>} shows its published_figures rows: the value (a range for several
    rows), the unit and the exactness in words."""
    figures = load.load_table("published_figures")
    by_name: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in _cited_rows():
        by_name.setdefault((row["edition"], row["name"]), []).append(row)
    assert by_name
    words = {"nl": {"lower_bound": "meer dan ", "upper_bound": "minder dan ",
                    "approx": "ongeveer "},
             "en": {"lower_bound": "more than ", "upper_bound": "less than ",
                    "approx": "about "}}[lang]
    for (edition, name), keys in by_name.items():
        rows = [rows_where(figures, source_id=k["source_id"], country=k["country"],
                           edition=k["row_edition"], figure=k["figure"],
                           indicator=k["indicator"], category=k["category"]) for k in keys]
        assert all(len(r) == 1 for r in rows), (name, [len(r) for r in rows])
        values = sorted(float(r["value"].iloc[0]) for r in rows)
        unit, exactness = rows[0]["unit"].iloc[0], rows[0]["exactness"].iloc[0]
        shown = published.cited_values(edition, lang)[f"pub_{name}"]
        assert shown == published.edition_values(reference.edition(edition), lang)[f"pub_{name}"]
        expected = [values[0]] if values[0] == values[-1] else [values[0], values[-1]]
        assert _numbers(shown, lang) == pytest.approx(expected), (name, shown)
        assert shown.endswith("%") == (unit == "pct"), (name, shown)
        assert shown.startswith(words.get(exactness, "")), (name, shown)
        if exactness == "exact":
            assert not any(shown.startswith(w) for w in words.values()), (name, shown)
        if unit == "score":
            assert re.fullmatch(r"\d+[.,]\d", shown), (name, shown)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_values_carry_the_cited_figures(lang):
    """The report's prose sees every name of its edition, filled."""
    facts = published.report_values(lang)
    report = reference.report_edition().edition
    names = {r["name"] for r in _cited_rows() if r["edition"] == report}
    assert names and {f"pub_{n}" for n in names} <= facts.keys()
    assert facts["pub_innovation_share"] == "86%" and facts["pub_nordic_share"] == "77-81%"
    assert facts["pub_climate_mean"] == ("3,7" if lang == "nl" else "3.7")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cut_offs_shown_are_the_published_ones_and_the_codes(lang):
    figures = load.load_table("published_figures")
    cut = rows_where(figures, source_id=reference.report_source(), country="NL",
                     indicator="climate_group_cutoff")
    value = dict(zip(cut["category"], cut["value"].astype(float)))
    cuts = published.climate_cut_values(lang)
    assert _number(cuts["cut_low"], lang) == value["beperkt_below"] == value["gemiddeld_from"] \
        == q.CLIMATE_CUT_LOW
    assert _number(cuts["cut_high"], lang) == value["krachtig_above"] == value["gemiddeld_to"] \
        == q.CLIMATE_CUT_HIGH
    assert cuts == {"cut_low": "3,6", "cut_high": "4,0"} if lang == "nl" else \
        cuts == {"cut_low": "3.6", "cut_high": "4.0"}


def test_the_climate_scale_counts_shown_are_the_published_ones_and_the_codebook_s():
    """"13 van de 15" comes from published_figures and agrees with the codebook's items."""
    facts = published.report_values("nl")
    assert facts["pub_statements_presented"] == str(len(q.CLIMATE_ITEMS)) == "15"
    assert facts["pub_statements_in_scale"] == str(len(q.SCALE_ITEMS)) == "13"


def test_the_editions_place_in_the_series_comes_from_the_editions_table():
    facts = published.report_values("nl")
    assert (facts["ordinal"], facts["dk_ordinal"]) == ("eerste", "derde")
    assert published.report_values("en")["dk_ordinal"] == "third"


def test_the_cited_danish_share_and_its_source_come_from_the_pairing():
    facts = published.report_values("nl")
    cited = [p for topic in comparison.pairing().topics for c in topic.categories
             for p in c.dk if p.cited and p.indicator == "innovation_share"]
    assert len(cited) == 1 and facts["dk_cited_source"] == cited[0].shown_edition
    row = rows_where(load.load_table("published_figures"), **cited[0].criteria())
    assert _numbers(facts["dk_cited_share"], "nl") == [float(row["value"].iloc[0])]


def test_a_cited_name_without_its_row_stops(tmp_path, monkeypatch):
    text = (ROOT / "data" / "reference" / "cited_figures.csv").read_text(encoding="utf-8")
    (tmp_path / "cited_figures.csv").write_text(
        text + "IBO-2021,ghost,NL-IBO2021,NL,IBO-2021,Figuur 99,innovation_share,all\n",
        encoding="utf-8")
    monkeypatch.setattr(reference, "FOLDER", tmp_path)
    load.clear_cache()
    with pytest.raises(KeyError, match="ghost"):
        published.cited_values("IBO-2021", "nl")
