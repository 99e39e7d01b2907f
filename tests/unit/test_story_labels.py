"""Issue 11: the framing around the numbers. None of the misleading phrases can be found again
on any page (both languages, every presenter step) or in a CSV; provenance is one concept."""

from __future__ import annotations

import re

import pytest

import app  # noqa: F401  (registers the pages)
from components import provenance, published
from components.export import csv_text, footer_lines
from components.i18n import t
from data import comparison as comparison_data
from data import load
from pages import BY_PATH
from pages.presenteer import cards as storyline
from pages.presenteer.layout import step_view
from pages.presenteer.state import PresenterState
from pages.vergelijking import cards as vergelijking
from pages.vergelijking import figures as cmp
from pages.vergelijking.state import ALL_SUBGROUPS, ComparisonState

OLD_PHRASES = [
    "even vaak als de Noordse", "as often as the Nordic",     # NL does 'prima'
    "1 = helemaal oneens", "1 = strongly disagree",           # report: 1 (laag) tot 5 (hoog)
    "2 van de 15 stellingen", "2 of the 15 statements",       # Platform O, not the report
    "tot en met 4,0",                                         # boundary not stated
    "kernbevinding", "key finding of chapter 5",              # within/between is synthetic
    "hoofdstuk 3 (Figuur 7 en 14)", "chapter 3 (Figures 7 and 14)",
    "de bron schrijft ‘bijna’ of ‘minder dan’",               # '< 15%' is 'niet meer dan circa'
    "Wat de innovaties opleverden",                           # step 4 headline: efficiency
]
NL_ONLY_ABSENT = ["with Stichting", "not stated in the copy read", "4th ed.", "*Innovat"]
EN_ONLY_ABSENT = ["Figuur", "Inleiding"]


def visible(component) -> str:
    """The rendered component as text, without figure customdata (internal row keys)."""
    return re.sub(r"'customdata': \[.*?\]", "", str(component), flags=re.DOTALL)


def rendered(lang: str) -> dict[str, str]:
    query = "?lang=en" if lang == "en" else ""
    pages = {path: visible(page.layout(query)) for path, page in BY_PATH.items()
             if path != "/presenteer"}
    for number in range(1, len(storyline.STEPS) + 1):
        state = PresenterState(step=number, lang=lang)
        pages[f"/presenteer?stap={number}"] = visible(step_view(state))
    return pages


@pytest.fixture(scope="module", params=["nl", "en"])
def pages_in(request):
    return request.param, rendered(request.param)


def test_old_phrases_are_gone(pages_in):
    lang, pages = pages_in
    absent = OLD_PHRASES + (NL_ONLY_ABSENT if lang == "nl" else EN_ONLY_ABSENT)
    found = [(path, p) for path, text in pages.items() for p in absent if p in text]
    assert found == []


def test_presenter_step1_says_prima_and_step4_efficiency():
    share, results = (storyline.STEPS[i].title("nl") for i in (0, 4))
    assert "prima" in share and "86%" in share and "77-81%" in share
    assert "Efficiency" in results and "65%" in results and "veel lager" in results


def provenance_facts(lang: str) -> dict[str, str]:
    return published.report_values(lang)


def test_every_presenter_step_keeps_compact_caveats():
    for step in storyline.STEPS:
        assert step.notes, step.title_key
        for lang in ("nl", "en"):
            view = visible(step_view(PresenterState(
                step=storyline.STEPS.index(step) + 1, lang=lang)))
            # the notes name the report edition's n and period (from the editions table)
            facts = provenance_facts(lang)
            for key in step.notes:
                assert t(key, lang, **facts) in view


def test_within_between_sourced_as_synthetic():
    assert t("klimaat.variance.source", "nl").startswith("synthetisch")
    assert t("klimaat.variance.source", "en").startswith("synthetic")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_synthetic_subgroup_is_never_labelled_as_source(lang):
    data = comparison_data.load_data()
    state = ComparisonState(topic="typen", subgroup=ALL_SUBGROUPS[0], lang=lang)
    slots = vergelijking.topic_slots(state, data)
    table = cmp.table(slots, lang)
    exact = t("table.col.exactness", lang)
    synthetic = slots["provenance"].isin(["synthetic", "microdata"]) & slots["value"].notna()
    assert synthetic.any()
    labels = table.loc[synthetic.to_numpy(), exact]
    assert (labels == t("provenance.synthetic", lang)).all(), labels.tolist()
    card = str(vergelijking.topic_card(state, data))
    assert "badge-mixed" in card and provenance.METHODS_PATH in card
    csv = vergelijking.topic_csv(state, data)["content"]
    assert t("provenance.synthetic", lang) in csv
    assert "exact" not in " ".join(labels)


def test_mixed_badge_and_image_footer():
    assert provenance.badge(["published_exact", "synthetic"]) == "mixed"
    assert provenance.badge(["synthetic"]) == "synthetic"
    assert provenance.badge(["published_bound", "derived"]) == "published"
    for lang in ("nl", "en"):
        assert t("export.mixed_note", lang) in footer_lines([], lang, "mixed")
        assert t("export.mixed_note", lang) in csv_text(
            __import__("pandas").DataFrame({"a": [1]}), [], lang, "mixed")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_methods_page_in_navigation_and_sections(lang):
    page = visible(BY_PATH["/verantwoording"].layout("?lang=en" if lang == "en" else ""))
    for anchor in ("published", "synthetic", "mixed", "bescherming", "definities",
                   "vergelijkbaarheid", "echte-gegevens"):
        assert f"id='{anchor}'" in page, anchor
    assert "1 (" in page and "pipeline.build --input" in page
    from callbacks import router
    nav = str(router.route("/verantwoording", "?lang=en" if lang == "en" else ""))
    assert "/verantwoording" in nav and t("methods.title", lang) in nav


# --- findings in words, derived values, n, editions ----------------------------------------

from pathlib import Path

from data.comparison import pairing

FINDINGS = pairing().findings
from pages.vergelijking.state import TOPIC_BY_KEY

REFERENCE = (Path(__file__).resolve().parents[2] / "pipeline" / "reference"
             / "published_figures.csv").read_text(encoding="utf-8")


def test_finding_quotes_are_in_the_reference_text():
    """Every quoted fragment is verbatim in published_figures.csv (evidence or note), except
    Figuur 1's 'prima', which is in the report's text (a stored copy; see the module)."""
    for finding in FINDINGS:
        if finding.quote and finding.key != "share_prima":
            assert finding.quote in REFERENCE, finding.key


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_findings_shown_on_their_topic_and_on_the_gap_card(lang):
    data = comparison_data.load_data()
    for finding in FINDINGS:
        card = visible(vergelijking.topic_card(ComparisonState(topic=finding.topic,
                                                               lang=lang), data))
        assert cmp.finding_text(finding, lang) in card, finding.key
    gap = visible(vergelijking.gap_card(data, lang))
    assert all(cmp.finding_text(f, lang) in gap for f in FINDINGS)


def test_collaborated_is_derived_not_unpublished():
    data = comparison_data.load_data()
    slots = vergelijking.topic_slots(ComparisonState(topic="samenwerking"), data)
    row = slots[slots["category"].eq("any_collaboration") & slots["series"].eq("NL")].iloc[0]
    assert row["value"] == 93.0 and row["provenance"] == "derived"
    table = cmp.table(slots, "nl")
    assert t("provenance.derived", "nl") in table[t("table.col.exactness", "nl")].tolist()


def test_nl_n_only_where_the_report_gives_one():
    data = comparison_data.load_data()
    for key in ("typen", "resultaten", "technologie"):
        slots = vergelijking.topic_slots(ComparisonState(topic=key), data)
        nl = slots[slots["series"].eq("NL") & slots["source_id"].ne("")]
        assert nl["n"].isna().all(), key
        card = visible(vergelijking.topic_card(ComparisonState(topic=key), data))
        assert "geen n" in card and "Nederland 313" not in card


def test_dk_80_shown_with_its_source_coi_2019():
    data = comparison_data.load_data()
    slots = vergelijking.topic_slots(ComparisonState(topic="aandeel"), data)
    cited = slots[slots["row"].eq("Denemarken*")].iloc[0]
    assert cited["value"] == 80.0 and cited["edition"] == "COI (2019)"
    assert TOPIC_BY_KEY["aandeel"].figure == "Figuur 1"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_klimaat_breakdown_cards_show_the_published_43_and_20(lang):
    """Issue 11: the 43 pp of Figuur 20 and the 20 pp of Figuur 21 appear on the cards."""
    from data.klimaat import load_frames
    from pages.klimaat import cards
    from pages.klimaat.state import KlimaatState

    frames = load_frames()
    factors = " ".join(cards.published_gap_lines(frames, "factors", lang))
    results = " ".join(cards.published_gap_lines(frames, "results", lang))
    pp = "procentpunt" if lang == "nl" else "pp"
    assert f"+43 {pp}" in factors and "43 procentpunten vaker genoemd" in factors
    assert results.count(f"+20 {pp}") == 2
    card = visible(cards.breakdown_card(frames, KlimaatState(lang=lang, breakdown="results"),
                                        ""))
    assert f"+20 {pp}" in card and "badge-mixed" in card


def test_percentage_point_rows_have_unit_pp():
    from data import load
    figures = load.load_table("published_figures")
    gaps = figures[figures["indicator"].str.contains("_gap_krachtig_vs_beperkt")]
    assert len(gaps) == 3 and set(gaps["unit"]) == {"pp"}


def test_catalogue_has_no_old_phrases_and_no_dutch_figure_names_in_english():
    """Covers strings the rendered pages show only after input (e.g. the benchmark result)."""
    from components.i18n import CATALOGUE

    for key, entry in CATALOGUE.items():
        for phrase in OLD_PHRASES:
            assert phrase not in entry["nl"] and phrase not in entry["en"], (key, phrase)
        for word in ("Figuur", "Inleiding", "Tabel "):
            assert word not in entry["en"], (key, word)
