"""Strings of the chart card's four views (components/chart.py)."""

STRINGS: dict[str, dict[str, str]] = {
    "card.view.legend": {"nl": "Weergave van ‘{title}’", "en": "View of ‘{title}’"},
    "card.view.chart": {"nl": "Grafiek", "en": "Chart"},
    "card.view.table": {"nl": "Tabel", "en": "Table"},
    "card.view.sources": {"nl": "Bronnen", "en": "Sources"},
    "card.view.download": {"nl": "Download", "en": "Download"},
    "card.provenance.published": {
        "nl": "Herkomst: gepubliceerde cijfers, zoals de bron ze geeft (een grens met ‘<’ of "
              "‘>’ blijft een grens).",
        "en": "Provenance: published figures, as the source gives them (a bound with ‘<’ or "
              "‘>’ stays a bound).",
    },
    "card.provenance.synthetic": {
        "nl": "Herkomst: berekend uit de synthetische gegevens per organisatie (afgestemd op "
              "het rapport), afgerond en beschermd.",
        "en": "Provenance: computed from the synthetic organisation-level data (calibrated to "
              "the report), rounded and protected.",
    },
    "card.provenance.mixed": {
        "nl": "Herkomst: gepubliceerde cijfers naast cijfers berekend uit de synthetische "
              "gegevens per organisatie; de tabel zegt per regel welke.",
        "en": "Provenance: published figures beside figures computed from the synthetic "
              "organisation-level data; the table says which per row.",
    },
}
