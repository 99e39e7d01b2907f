"""Strings of the application shell (title, navigation with every page's name, banners,
notices, errors, sources) and texts several pages share (table columns, footnotes)."""

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {"nl": "Innovatiebarometer Overheid", "en": "Government Innovation Barometer"},
    "nav.label": {"nl": "Hoofdnavigatie", "en": "Main navigation"},
    "nav.menu": {"nl": "Menu openen of sluiten", "en": "Open or close the menu"},
    "nav.language": {"nl": "English", "en": "Nederlands"},
    "nav.language_title": {"nl": "Switch to English", "en": "Naar het Nederlands"},
    "skip.to_content": {"nl": "Naar de inhoud", "en": "Skip to content"},
    "banner.synthetic": {
        "nl": "Let op: de gegevens per organisatie zijn synthetisch (gesimuleerd en afgestemd op "
              "het gepubliceerde rapport), omdat de echte antwoorden vertrouwelijk zijn. "
              "Gepubliceerde cijfers zijn echt en staan met bron vermeld.",
        "en": "Note: the organisation-level data are synthetic (simulated and calibrated to the "
              "published report), because the real answers are confidential. Published figures "
              "are real and shown with their source.",
    },
    "banner.real": {
        "nl": "Gebaseerd op de echte enquêtegegevens (alleen geaggregeerd, groepen van minimaal "
              "{min_cell} organisaties).",
        "en": "Based on the real survey data (aggregated only, groups of at least {min_cell} "
              "organisations).",
    },
    "label.synthetic": {"nl": "synthetisch", "en": "synthetic"},
    "label.published": {"nl": "gepubliceerd", "en": "published"},
    "label.mixed": {"nl": "gemengd: gepubliceerd en synthetisch",
                    "en": "mixed: published and synthetic"},
    "label.badge_title": {"nl": "Wat betekent dit? Zie de verantwoording",
                          "en": "What does this mean? See the methods page"},
    "provenance.published_exact": {"nl": "gepubliceerd: exact getal uit de bron",
                                   "en": "published: exact number from the source"},
    "provenance.published_bound": {"nl": "gepubliceerd: grens of benadering uit de bron",
                                   "en": "published: bound or approximation from the source"},
    "provenance.synthetic": {"nl": "synthetisch: berekend uit de synthetische gegevens, geen "
                                   "bevinding",
                             "en": "synthetic: computed from the synthetic data, not a finding"},
    "provenance.derived": {"nl": "afgeleid: door ons berekend uit gepubliceerde cijfers",
                           "en": "derived: computed by us from published numbers"},
    "footer.text": {
        "nl": "Bron: Innovatie Barometer Overheid {report_year} (Ministerie van BZK, ICTU, "
              "{report_date}). "
              "Groepen met minder dan {min_cell} organisaties worden nooit getoond. "
              "Dit dashboard slaat niets op van wat u invoert.",
        "en": "Source: Dutch Government Innovation Barometer {report_year} (Ministry of the "
              "Interior, ICTU, {report_date}). Groups of fewer than {min_cell} organisations are "
              "never shown. This dashboard stores nothing you enter.",
    },
    "source.line": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "source.period": {"nl": "periode {period}", "en": "period {period}"},
    "source.figure_period": {"nl": "{figure}, periode {period}", "en": "{figure}, period {period}"},
    "n.orgs": {"nl": "n = {n} organisaties", "en": "n = {n} organisations"},
    "notice.invalid_param": {
        "nl": "De waarde “{value}” voor “{param}” in de link is ongeldig; de standaardwaarde wordt "
              "gebruikt.",
        "en": "The value “{value}” for “{param}” in the link is not valid; the default is used.",
    },
    "notice.unknown_param": {
        "nl": "De parameter “{param}” in de link is onbekend en wordt genegeerd.",
        "en": "The parameter “{param}” in the link is unknown and is ignored.",
    },
    "empty.no_data": {"nl": "Geen gegevens voor deze selectie", "en": "No data for this selection"},
    "suppressed.note": {
        "nl": "Niet getoond (minder dan {min_cell} organisaties of herleidbaar): {groups}",
        "en": "Not shown (fewer than {min_cell} organisations or disclosive): {groups}",
    },
    "table.show": {"nl": "Toon tabel", "en": "Show table"},
    "table.caption": {"nl": "Gegevens bij de grafiek", "en": "Data behind the chart"},
}

STRINGS.update({
    "exactness.exact": {"nl": "gepubliceerd: exact getal uit de bron",
                        "en": "published: exact number from the source"},
    "exactness.approx": {"nl": "gepubliceerd: benadering (de bron geeft een afgerond getal in "
                               "woorden, zie het citaat)",
                         "en": "published: approximation (the source gives a rounded number in "
                               "words, see the quote)"},
    "exactness.lower_bound": {"nl": "gepubliceerd: ondergrens (de bron zegt in woorden dat het "
                                    "meer is, zie het citaat)",
                              "en": "published: lower bound (the source says in words that it "
                                    "is more, see the quote)"},
    "exactness.upper_bound": {"nl": "gepubliceerd: bovengrens (de bron zegt in woorden dat het "
                                    "minder is of ten hoogste zoveel, zie het citaat)",
                              "en": "published: upper bound (the source says in words that it "
                                    "is less or at most this, see the quote)"},
    "exactness.legend": {
        "nl": "Gearceerde balken zijn geen exacte cijfers: > = meer dan, < = minder dan of ten "
              "hoogste, ~ = ongeveer; de precieze woorden van de bron staan in de tabel.",
        "en": "Hatched bars are not exact numbers: > = more than, < = less than or at most, "
              "~ = about; the source's exact words are in the table.",
    },
})

# A published number cited in running text ({pub_<name>}, components/published.cited_label):
# its exactness in words.
STRINGS.update({
    "cited.exact": {"nl": "{value}", "en": "{value}"},
    "cited.approx": {"nl": "ongeveer {value}", "en": "about {value}"},
    "cited.lower_bound": {"nl": "meer dan {value}", "en": "more than {value}"},
    "cited.upper_bound": {"nl": "minder dan {value}", "en": "less than {value}"},
})

# Several figure references in one phrase (components/provenance.figures_text).
STRINGS.update({
    "figures.joined": {"nl": "{word} {first} en {last}", "en": "{word}s {first} and {last}"},
    "figures.joined_full": {"nl": "{first} en {last}", "en": "{first} and {last}"},
})

# The navigation: one name per page (its NAV_KEY).
STRINGS.update({
    "nav.overview": {"nl": "Overzicht", "en": "Overview"},
    "nav.klimaat": {"nl": "Innovatieklimaat", "en": "Innovation climate"},
    "nav.trends": {"nl": "Ontwikkeling", "en": "Trends"},
    "nav.comparison": {"nl": "Vergelijking", "en": "Comparison"},
    "nav.benchmark": {"nl": "Benchmark", "en": "Benchmark"},
    "nav.methods": {"nl": "Verantwoording", "en": "Methods"},
    "nav.present": {"nl": "Presenteren", "en": "Present"},
})

# Table columns several pages and components/published.table use.
STRINGS.update({
    "table.col.category": {"nl": "Categorie", "en": "Category"},
    "table.col.value": {"nl": "Waarde", "en": "Value"},
    "table.col.exactness": {"nl": "Nauwkeurigheid", "en": "Exactness"},
    "table.col.period": {"nl": "Periode", "en": "Period"},
    "table.col.n": {"nl": "n", "en": "n"},
    "table.col.source": {"nl": "Bron", "en": "Source"},
    "table.col.figure": {"nl": "Figuur", "en": "Figure"},
    "period.not_stated": {"nl": "niet vermeld", "en": "not stated"},
})

# Shared by the presenter and the live session (pages/presenteer, pages/sessie).
STRINGS.update({
    "present.synthetic_footnote": {
        "nl": "Cijfers per organisatie zijn synthetisch (afgestemd op het rapport); gepubliceerde "
              "cijfers zijn echt. Bron: Innovatie Barometer Overheid {report_year}.",
        "en": "Organisation-level figures are synthetic (calibrated to the report); published "
              "figures are real. Source: Dutch Government Innovation Barometer {report_year}.",
    },
    "sessie.entry.short": {"nl": "Live sessie", "en": "Live session"},
})
