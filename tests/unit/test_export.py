"""Chart download texts: plain text of components, image footer lines, CSV per language."""

import csv
import io

from dash import html
import pandas as pd
import pytest

from components.chart import Source, chart_card, graph_config, source_line
from components.export import (
    FOOTER_WIDTH, csv_text, export_buttons, footer_lines, formula_safe, plain_text, table_csv,
)
from tests.component_tree import walk

SOURCE = Source("IBO-2021", "Innovatie Barometer Overheid 2021", "BZK", "2021",
                "https://example.org/ibo")
TABLE = pd.DataFrame({"Categorie": ["Proces", "Dienst"], "Waarde": [75.5, 52.0],
                      "Label": ["> 75%", "52%"]})


def meta(lang):
    return ["Welke innovatie?", f"n = 313 {'organisaties' if lang == 'nl' else 'organisations'}",
            source_line(SOURCE, lang, "Figuur 2"), "Let op: voorbehoud."]


def test_plain_text_flattens_components():
    span = html.Span(["Bron: ", html.A("IBO", href="x"), " — ", 3])
    assert plain_text(span) == "Bron: IBO — 3"
    assert plain_text(None) == "" and plain_text(["a", ["b"]]) == "ab"


@pytest.mark.parametrize("lang, source", [("nl", "Bron: "), ("en", "Source: ")])
def test_footer_has_n_and_source_lines_only(lang, source):
    lines = footer_lines(meta(lang), lang)
    assert lines[0].startswith("n = 313")
    figure = "Figuur 2" if lang == "nl" else "Figure 2"  # the English UI says "Figure"
    assert lines[1] == f"{source}Innovatie Barometer Overheid 2021 (BZK, 2021) — {figure}"
    assert len(lines) == 2  # the question and the caveat stay on screen and in the CSV


def test_footer_finds_n_inside_a_line_but_not_other_text():
    lines = footer_lines(["Gemeenten: n = 120 organisaties", "Geen n hier", "Sinds 2021"], "nl")
    assert lines == ["Gemeenten: n = 120 organisaties"]


def test_footer_notes_synthetic_data_and_wraps_long_lines():
    long = "Bron: " + "woord " * 80
    lines = footer_lines([long], "nl", badge="synthetic")
    assert len(lines) >= 3 and all(len(line) <= FOOTER_WIDTH for line in lines)
    assert lines[-1].startswith("Synthetische gegevens")


@pytest.mark.parametrize("lang, sep, value", [("nl", ";", "75,5"), ("en", ",", "75.5")])
def test_csv_has_table_then_meta_lines(lang, sep, value):
    rows = list(csv.reader(io.StringIO(csv_text(TABLE, meta(lang), lang, "synthetic")),
                           delimiter=sep))
    assert rows[0] == ["Categorie", "Waarde", "Label"]
    assert rows[1] == ["Proces", value, "> 75%"]
    assert rows[3] == []
    notes = [r[0] for r in rows[4:]]
    assert notes[:2] == ["Welke innovatie?", meta(lang)[1]]
    assert notes[2].endswith("(BZK, 2021) — " + ("Figuur 2" if lang == "nl" else "Figure 2"))
    assert len(notes) == 5 and all(len(r) == 1 for r in rows[4:])  # + caveat + synthetic note


def test_csv_quotes_separators_in_values():
    frame = pd.DataFrame({"a": ["x;y"], "b": ['"q"']})
    rows = list(csv.reader(io.StringIO(csv_text(frame, ["n = 5; of 6"], "nl")), delimiter=";"))
    assert rows[1] == ["x;y", '"q"'] and rows[3] == ["n = 5; of 6"]


def test_buttons_are_labelled_and_carry_the_export_texts():
    group = export_buttons("c-chart", "Soorten", "nl", meta_lines=meta("nl"), table=TABLE,
                           badge=None, filename="typen-nl")
    attrs = group.to_plotly_json()["props"]
    assert attrs["role"] == "group" and "Soorten" in attrs["aria-label"]
    assert attrs["data-graph"] == "c-chart" and attrs["data-filename"] == "typen-nl"
    assert attrs["data-footer"].split("\n") == footer_lines(meta("nl"), "nl")
    buttons = [c for c in group.children if isinstance(c, html.Button)]
    assert [b.children for b in buttons] == ["PNG", "SVG", "CSV"]
    for b in buttons:
        label = b.to_plotly_json()["props"]["aria-label"]
        assert b.children in label and "Soorten" in label and b.type == "button"


def test_chart_card_names_files_after_the_language():
    card = chart_card("c-chart", {}, "Types", "en", summary="s", meta_lines=meta("en"),
                      table=TABLE, filename="types")
    group = next(c for c in walk(card) if getattr(c, "role", None) == "group")
    assert group.to_plotly_json()["props"]["data-filename"] == "types-en"


def test_chart_card_has_four_views_with_notes_sources_table_and_downloads():
    """Chart / table / sources / download (one radio group); the notes and the source line
    stay with the chart; the table view names the provenance; the page's own CSV button sits
    in the download view."""
    from components import ids

    lines = meta("nl")
    card = chart_card("c-chart", {}, "Typen", "nl", summary="s", meta_lines=lines,
                      table=TABLE, filename="typen", badge="published", with_csv=False,
                      notes=["Let op: A is niet getoond."], csv_button=("c-csv", "CSV"))
    nodes = list(walk(card))
    switch = next(n for n in nodes if getattr(n, "id", None) == ids.view_of("c-chart"))
    assert [o["value"] for o in switch.options] == ["chart", "table", "sources", "download"]
    assert [o["label"] for o in switch.options] == ["Grafiek", "Tabel", "Bronnen", "Download"]
    assert switch.value == "chart" and switch.persistence
    panels = {n.className.split()[-1].removeprefix("card-panel-"): n for n in nodes
              if "card-panel" in (getattr(n, "className", "") or "").split()}
    assert list(panels) == ["chart", "table", "sources", "download"]
    text = {view: plain_text(panel) for view, panel in panels.items()}
    assert "Let op: A is niet getoond." in text["chart"] and "Bron: " in text["chart"]
    assert "n = 313" not in text["chart"] and "n = 313" in text["sources"]
    assert "Herkomst: gepubliceerde cijfers" in text["table"] and "Bron: " in text["table"]
    assert ids.table_of("c-chart") in [getattr(n, "id", None) for n in walk(panels["table"])]
    # the table's cells travel as data; the browser builds the table when the view opens
    store = next(n for n in walk(panels["table"])
                 if getattr(n, "id", None) == ids.table_data_of("c-chart"))
    assert store.data == {"caption": "Gegevens bij de grafiek",
                          "columns": ["Categorie", "Waarde", "Label"],
                          "rows": [["Proces", "75.5", "> 75%"], ["Dienst", "52.0", "52%"]]}
    download_ids = [getattr(n, "id", None) for n in walk(panels["download"])]
    assert "c-csv" in download_ids
    # the chart's own CSV (when the page has none) carries the notes and the sources
    card = chart_card("c-chart", {}, "Typen", "nl", summary="s", meta_lines=lines,
                      table=TABLE, notes=["Let op: A is niet getoond."])
    group = next(n for n in walk(card) if getattr(n, "role", None) == "group")
    csv_text_ = group.to_plotly_json()["props"]["data-csv"]
    assert "Let op: A is niet getoond." in csv_text_ and "Bron: " in csv_text_


def test_graph_config_speaks_the_page_language_and_leaves_export_to_the_buttons():
    nl = graph_config("nl")
    assert nl["locale"] == "nl"
    assert {"toImage", "sendChartToCloud"} <= set(nl["modeBarButtonsToRemove"])
    assert nl["locales"]["nl"]["dictionary"]["Zoom in"] == "Inzoomen"
    assert nl["locales"]["nl"]["format"] == {"decimal": ",", "thousands": "."}
    assert graph_config("en")["locales"]["en"]["format"] == {"decimal": ".", "thousands": ","}


def test_csv_text_cells_never_start_a_formula():
    frame = pd.DataFrame({"verschil": ["+21 procentpunt", "-3 procentpunt", "=1+1", "@SUM(A1)",
                                       "gewoon"],
                          "waarde": [21.0, -3.0, 1.0, 2.0, 3.0]})
    for lang, sep in (("nl", ";"), ("en", ",")):
        rows = list(csv.reader(io.StringIO(csv_text(frame, ["-n = 5", "+bron"], lang)),
                               delimiter=sep))
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@") or
                    (c.startswith("-") and not c.lstrip("-").replace(",", "").replace(".", "")
                     .isdigit())], cells
        assert "'+21 procentpunt" in cells and "gewoon" in cells
        assert any(c in ("-3", "-3,0", "-3.0") for c in cells), cells  # numbers stay numbers


def test_table_csv_cells_never_start_a_formula():
    from components.export import table_csv

    frame = pd.DataFrame({"verschil": ["+21 procentpunt"], "n": [5]})
    text = table_csv(frame, "nl", float_format="%g")
    assert "'+21 procentpunt" in text and "\n+" not in text and ";+" not in text


def test_file_names_carry_the_view_state():
    from components.export import file_slug
    from pages.klimaat.cards import _stem
    from pages.klimaat.state import KlimaatState
    from pages.vergelijking.cards import topic_stem
    from pages.vergelijking.state import ComparisonState

    assert file_slug("innovatieklimaat-per-sector", "500+", "Zbo's", "<100") == \
        "innovatieklimaat-per-sector-500plus-zbos-lt100"
    assert _stem(KlimaatState(), "klimaat-stellingen") == "klimaat-stellingen"
    assert _stem(KlimaatState(grouping="cluster", size_class="500+", sector="Gemeenten"),
                 "innovatieklimaat-per-cluster") == \
        "innovatieklimaat-per-cluster-gemeenten-500plus"
    assert topic_stem(ComparisonState(topic="typen")) == "vergelijking-typen"
    assert topic_stem(ComparisonState(topic="typen", subgroup="cluster:GGD")) == \
        "vergelijking-typen-ggd"


def test_one_csv_per_comparison_chart():
    """The comparison's charts have the page's own CSV (values, n, exactness, source), not a
    second, different one in the chart's download group."""
    from data import comparison as comparison_data
    from pages.vergelijking import cards
    from pages.vergelijking.state import ComparisonState

    data = comparison_data.load_data()
    built = [cards.gap_card(data, "nl"), *cards.topic_card(ComparisonState(), data)]
    exports = [node for card in built for node in walk(card)
               if "chart-export" in (getattr(node, "className", None) or "").split()]
    assert len(exports) == 2
    for group in exports:
        formats = [getattr(b, "data-export", None) for b in group.children
                   if getattr(b, "data-export", None)]
        assert formats == ["png", "svg"]


def test_table_cells_match_pandas_string_conversion():
    import numpy as np

    from components.chart import table_cells

    frame = pd.DataFrame({"a": [1.5, np.nan, 3.0, 0.1 + 0.2], "b": pd.array([1, None, 3, 4],
                                                                         dtype="Int64"),
                          "c": pd.array(["x", None, "z", "w"], dtype="string"),
                          "d": pd.Categorical(["p", "q", None, "p"]), "e": [True, False, True,
                                                                         False],
                          "f": ["t", None, 2, "u"]})
    expected = [list(r) for r in frame.astype("string").fillna("–").itertuples(index=False)]
    assert table_cells(frame) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_tables_are_written_as_pandas_writes_them(lang):
    """Tables of text are written without pandas (every chart card writes one per request):
    the same bytes as DataFrame.to_csv, quoting and missing values included."""
    table = pd.DataFrame({
        "Groep": ["a;b", 'q"uote', "+21 procentpunt", "two\nlines", None, ""],
        "=kolom": ["1", "2", "-3", "@x", "ok", float("nan")],
        "tekst": pd.array(["a", None, "c", "d,e", "f", "g"], dtype="string")})
    sep, decimal = (";", ",") if lang == "nl" else (",", ".")
    expected = formula_safe(table).to_csv(index=False, sep=sep, decimal=decimal,
                                          lineterminator="\r\n")
    assert table_csv(table, lang) == expected
    assert table_csv(table.iloc[0:0], lang) == table.iloc[0:0].to_csv(
        index=False, sep=sep, lineterminator="\r\n").replace("=kolom", "'=kolom")
