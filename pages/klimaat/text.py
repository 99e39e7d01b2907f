"""Strings of the climate explorer (/klimaat)."""

STRINGS: dict[str, dict[str, str]] = {
    "klimaat.title": {"nl": "Innovatieklimaat verkennen", "en": "Explore the innovation climate"},
    "klimaat.lead": {
        "nl": "Het innovatieklimaat verschilt veel meer binnen sectoren dan tussen sectoren. "
              "Vergelijk groepen organisaties, kies een selectie en zie hoe een krachtig klimaat "
              "samengaat met meer, bredere en succesvollere innovatie. Alle cijfers komen uit "
              "vooraf berekende tabellen; groepen van minder dan {min_cell} organisaties "
              "worden nooit getoond.",
        "en": "The innovation climate differs far more within sectors than between them. Compare "
              "groups of organisations, choose a selection and see how a strong climate goes "
              "with more, broader and more successful innovation. All numbers come from "
              "precomputed tables; groups of fewer than {min_cell} organisations are never "
              "shown.",
    },
    "klimaat.notice.reset": {
        "nl": "De keuze “{value}” voor “{param}” in de link past niet bij de andere keuzes en is "
              "teruggezet naar de standaardwaarde.",
        "en": "The choice “{value}” for “{param}” in the link does not fit the other choices "
              "and was reset to the default.",
    },
    # controls
    "klimaat.controls.title": {"nl": "Selectie", "en": "Selection"},
    "klimaat.controls.grouping": {"nl": "Vergelijk groepen naar", "en": "Compare groups by"},
    "klimaat.controls.groups": {"nl": "Toon deze groepen", "en": "Show these groups"},
    "klimaat.controls.population": {"nl": "Alleen organisaties met",
                                    "en": "Only organisations with"},
    "klimaat.controls.size": {"nl": "Omvang", "en": "Size"},
    "klimaat.controls.edition": {"nl": "Editie", "en": "Edition"},
    "klimaat.controls.innovated": {"nl": "Innovatie in {period}",
                                   "en": "Innovation in {period}"},
    "klimaat.controls.sector": {"nl": "Sector", "en": "Sector"},
    "klimaat.controls.cluster": {"nl": "Thematisch cluster", "en": "Thematic cluster"},
    "klimaat.controls.any": {"nl": "Alle", "en": "All"},
    "klimaat.controls.sort": {"nl": "Volgorde", "en": "Order"},
    "klimaat.sort.median": {"nl": "op mediaan (hoogste boven)", "en": "by median (highest first)"},
    "klimaat.sort.name": {"nl": "op naam", "en": "by name"},
    "klimaat.controls.breakdown": {"nl": "Kies wat u per klimaatgroep wilt zien",
                                   "en": "Choose what to see per climate group"},
    "klimaat.breakdown.frequency": {"nl": "Hoe vaak innoveerden zij ({figure})",
                                    "en": "How often they innovated ({figure})"},
    "klimaat.breakdown.spectrum": {"nl": "Spectrum: aantal typen innovatie ({figure})",
                                   "en": "Spectrum: number of innovation types ({figure})"},
    "klimaat.breakdown.factors": {"nl": "Bevorderende factoren ({figure})",
                                  "en": "Promoting factors ({figure})"},
    "klimaat.breakdown.results": {"nl": "Behaalde resultaten ({figure})",
                                  "en": "Results obtained ({figure})"},
    "klimaat.population.text": {"nl": "Selectie: {selection} (n = {n})",
                                "en": "Selection: {selection} (n = {n})"},
    "klimaat.population.withheld": {
        "nl": "Selectie: {selection}. Niet getoond ter bescherming van de deelnemers.",
        "en": "Selection: {selection}. Not shown to protect the participants.",
    },
    "klimaat.population.all": {"nl": "alle organisaties", "en": "all organisations"},
    "klimaat.population.empty": {
        "nl": "Te weinig organisaties in deze selectie (minder dan 5): kies een ruimere selectie",
        "en": "Too few organisations in this selection (fewer than 5): choose a wider selection",
    },
    # statistics and axes
    "klimaat.stat.median": {"nl": "Mediaan", "en": "Median"},
    "klimaat.stat.mean": {"nl": "Gemiddelde", "en": "Mean"},
    "klimaat.stat.whiskers": {"nl": "Snorharen", "en": "Whiskers"},
    "klimaat.stat.sd": {"nl": "Standaardafwijking", "en": "Standard deviation"},
    "klimaat.whiskers.p10_p90": {"nl": "P10–P90", "en": "P10–P90"},
    "klimaat.stat.no_box": {
        "nl": "Kleine groep: alleen het gemiddelde, geen box",
        "en": "Small group: the mean only, no box",
    },
    "klimaat.stat.perturbed": {
        "nl": "Afgerond/verstoord ter bescherming van de deelnemers",
        "en": "Rounded/perturbed to protect the participants",
    },
    "klimaat.axis.score": {"nl": "Klimaatscore (1 = laag, 5 = hoog)",
                           "en": "Climate score (1 = low, 5 = high)"},
    "klimaat.axis.share_orgs": {"nl": "Aandeel organisaties", "en": "Share of organisations"},
    "klimaat.axis.share_agree": {"nl": "Aandeel (helemaal) eens",
                                 "en": "Share (strongly) agreeing"},
    "klimaat.grouping_plural.sector": {"nl": "sectoren", "en": "sectors"},
    "klimaat.grouping_plural.cluster": {"nl": "clusters", "en": "clusters"},
    "klimaat.grouping_plural.size_class": {"nl": "omvangsklassen", "en": "size classes"},
    "klimaat.grouping_plural.innovated": {"nl": "groepen wel en niet innoverend",
                                          "en": "innovating and non-innovating groups"},
    # box plot
    "klimaat.box.title": {"nl": "Innovatieklimaat per {grouping}",
                          "en": "Innovation climate by {grouping}"},
    "klimaat.box.legend_box": {"nl": "Kwartielen en mediaan", "en": "Quartiles and median"},
    "klimaat.box.legend_reference": {"nl": "Alle organisaties in de selectie",
                                     "en": "All organisations in the selection"},
    "klimaat.box.legend_mean": {"nl": "Gemiddelde (×)", "en": "Mean (×)"},
    "klimaat.box.hover_band": {"nl": "Details", "en": "Details"},
    "klimaat.box.empty": {
        "nl": "Geen van de gekozen groepen heeft genoeg organisaties om te tonen",
        "en": "None of the chosen groups has enough organisations to show",
    },
    "klimaat.box.none_selected": {"nl": "Geen groepen gekozen: vink hierboven groepen aan",
                                  "en": "No groups chosen: tick groups above"},
    "klimaat.box.summary": {
        "nl": "{count} {groups} getoond. De hoogste mediaan heeft {top} ({top_value}), de "
              "laagste {bottom} ({bottom_value}); de mediaan van alle organisaties in de "
              "selectie is {ref}.",
        "en": "{count} {groups} shown. The highest median is {top} ({top_value}), the lowest "
              "{bottom} ({bottom_value}); the median of all organisations in the selection "
              "is {ref}.",
    },
    "klimaat.box.summary_empty": {"nl": "Geen groepen getoond.", "en": "No groups shown."},
    "klimaat.box.question": {
        "nl": "Klimaatscore: het gemiddelde van {pub_statements_in_scale} stellingen over het "
              "innovatieklimaat, per organisatie; de schaal loopt volgens het rapport van 1 "
              "(laag) tot 5 (hoog).",
        "en": "Climate score: the mean of {pub_statements_in_scale} statements on the "
              "innovation climate, per organisation; the report's scale runs from 1 (low) to 5 "
              "(high).",
    },
    "klimaat.box.reading": {
        "nl": "Lezen: de box loopt van het eerste tot het derde kwartiel, de streep is de "
              "mediaan, × het gemiddelde; de snorharen lopen van het 10e tot het 90e "
              "percentiel. Kleine groepen tonen alleen het gemiddelde. De stippellijn is de "
              "mediaan van alle organisaties in de selectie. Alle getallen zijn "
              "afgerond/verstoord ter bescherming van de deelnemers.",
        "en": "Reading: the box runs from the first to the third quartile, the line is the "
              "median, × the mean; the whiskers run from the 10th to the 90th percentile. "
              "Small groups show the mean only. The dotted line is the median of all "
              "organisations in the selection. All numbers are rounded/perturbed to protect "
              "the participants.",
    },
    "klimaat.box.hidden": {"nl": "Door uw keuze verborgen: {groups}.",
                           "en": "Hidden by your choice: {groups}."},
    "klimaat.suppressed.none": {
        "nl": "Alle gekozen groepen hebben genoeg organisaties om te tonen.",
        "en": "All chosen groups have enough organisations to be shown.",
    },
    "klimaat.alternative.lead": {"nl": "Wel te zien:", "en": "Shown instead:"},
    "klimaat.alternative.cluster": {"nl": "{group} ({selection}, n = {n})",
                                    "en": "{group} ({selection}, n = {n})"},
    "klimaat.alternative.omvang": {"nl": "{group}, alle omvangsklassen (n = {n})",
                                   "en": "{group}, all size classes (n = {n})"},
    "klimaat.alternative.innovatie": {
        "nl": "{group}, innovatoren en niet-innovatoren (n = {n})",
        "en": "{group}, innovators and non-innovators (n = {n})"},
    "klimaat.suppressed.withheld": {
        "nl": "{groups}: niet getoond ter bescherming van de deelnemers.",
        "en": "{groups}: not shown to protect the participants.",
    },
    "klimaat.no_figure": {"nl": "eigen uitsplitsing, geen figuur in het rapport",
                          "en": "own breakdown, not a figure in the report"},
    "klimaat.synthetic_line": {
        "nl": "Berekend uit synthetische gegevens per organisatie (afgestemd op het rapport), "
              "niet uit de echte antwoorden.",
        "en": "Computed from synthetic organisation-level data (calibrated to the report), "
              "not from the real answers.",
    },
    # table columns
    "klimaat.col.group": {"nl": "Groep", "en": "Group"},
    "klimaat.col.q1": {"nl": "Q1", "en": "Q1"},
    "klimaat.col.q3": {"nl": "Q3", "en": "Q3"},
    "klimaat.col.whisker_low": {"nl": "Snorhaar laag", "en": "Lower whisker"},
    "klimaat.col.whisker_high": {"nl": "Snorhaar hoog", "en": "Upper whisker"},
    "klimaat.col.sd": {"nl": "Sd", "en": "Sd"},
    "klimaat.col.status": {"nl": "Status", "en": "Status"},
    "klimaat.col.share": {"nl": "Aandeel", "en": "Share"},
    "klimaat.col.gap": {"nl": "Verschil krachtig − beperkt", "en": "Gap strong − limited"},
    "klimaat.col.statement": {"nl": "Stelling", "en": "Statement"},
    "klimaat.col.wording": {"nl": "Formulering", "en": "Wording"},
    "klimaat.col.in_scale": {"nl": "In de schaal", "en": "In the scale"},
    "klimaat.col.part": {"nl": "Deel", "en": "Part"},
    "klimaat.col.bin": {"nl": "Score", "en": "Score"},
    "klimaat.status.shown": {"nl": "getoond", "en": "shown"},
    "klimaat.status.reference": {"nl": "referentie", "en": "reference"},
    "klimaat.status.withheld": {"nl": "niet getoond ter bescherming van de deelnemers",
                                "en": "not shown to protect the participants"},
    "klimaat.status.mean_only": {"nl": "getoond: alleen gemiddelde (kleine groep)",
                                 "en": "shown: mean only (small group)"},
    "klimaat.yes": {"nl": "ja", "en": "yes"},
    "klimaat.no": {"nl": "nee", "en": "no"},
    # within / between
    "klimaat.variance.title": {"nl": "Verschillen binnen of tussen de groepen?",
                               "en": "Differences within or between the groups?"},
    "klimaat.variance.within": {"nl": "Binnen de groepen", "en": "Within the groups"},
    "klimaat.variance.between": {"nl": "Tussen de groepen", "en": "Between the groups"},
    "klimaat.variance.sentence": {
        "nl": "{within} van de verschillen in klimaatscore ligt binnen de {groups}, {between} "
              "tussen de {groups}.",
        "en": "{within} of the differences in climate score lie within the {groups}, "
              "{between} between the {groups}.",
    },
    "klimaat.variance.meaning": {
        "nl": "Wat een organisatie is (haar groep) zegt dus weinig over haar klimaat: "
              "organisaties in dezelfde groep verschillen onderling veel meer.",
        "en": "So what kind of organisation it is (its group) says little about its climate: "
              "organisations in the same group differ far more among themselves.",
    },
    "klimaat.variance.meaning_large": {
        "nl": "Hier verklaart de groep een flink deel van de verschillen.",
        "en": "Here the group explains a sizeable part of the differences.",
    },
    "klimaat.variance.method": {
        "nl": "Berekend als eta² = kwadratensom tussen de groepen / totale kwadratensom, over "
              "alle {count} niet-lege {groups} van de selectie (ook de niet-getoonde; verborgen "
              "groepen tellen mee).",
        "en": "Computed as eta² = between-group sum of squares / total sum of squares, over "
              "all {count} non-empty {groups} of the selection (including withheld and hidden "
              "groups).",
    },
    "klimaat.variance.source": {
        "nl": "synthetisch: berekend uit de synthetische gegevens (geen bevinding). Het rapport "
              "zegt alleen in woorden dat de spreiding binnen sectoren en clusters veel groter is "
              "dan ertussen (tekst bij {figure_climate_box_sector} en "
              "{figure_climate_box_cluster}); het geeft geen percentage.",
        "en": "synthetic: computed from the synthetic data (not a finding). The report only says "
              "in words that the spread within sectors and clusters is much larger than between "
              "them (text with {figure_climate_box_sector} and "
              "{figure_climate_box_cluster}); it gives no percentage."},
    # climate groups
    "klimaat.groups.title": {"nl": "Drie klimaatgroepen: verdeling van de scores",
                             "en": "Three climate groups: distribution of the scores"},
    "klimaat.groups.legend_bins": {"nl": "Aandeel per scoreklasse van 0,25",
                                   "en": "Share per score band of 0.25"},
    "klimaat.groups.summary": {
        "nl": "Van de organisaties in de selectie heeft {beperkt} een beperkt klimaat (onder "
              "{cut_low}), {gemiddeld} een gemiddeld (tussen {cut_low} en {cut_high}) en "
              "{krachtig} een krachtig klimaat (boven {cut_high}).",
        "en": "Of the organisations in the selection, {beperkt} have a limited climate (below "
              "{cut_low}), {gemiddeld} an average one ({cut_low} to {cut_high}) and {krachtig} "
              "a strong climate (above {cut_high}).",
    },
    "klimaat.groups.cuts": {
        "nl": "Grenzen {cut_low} en {cut_high} uit het rapport "
              "(clusteranalyse). Of een score van precies {cut_low} of {cut_high} bij "
              "‘gemiddeld’ hoort, staat er niet; wij rekenen beide tot "
              "‘gemiddeld’ (aanname). Gearceerde balken zijn grenzen (< 10% of > 90%) bij "
              "groepen onder 10.",
        "en": "Cut-offs {cut_low} and {cut_high} from the report "
              "(cluster analysis). Whether a score of exactly {cut_low} or {cut_high} counts as "
              "‘average’ is not stated; we count both as "
              "‘average’ (assumption). Hatched bars are bounds (< 10% or > 90%) for groups "
              "under 10.",
    },
    # breakdown
    "klimaat.breakdown.title.frequency": {"nl": "Innovatiefrequentie per klimaatgroep",
                                          "en": "Innovation frequency per climate group"},
    "klimaat.breakdown.title.spectrum": {"nl": "Spectrum van innovatie per klimaatgroep",
                                         "en": "Spectrum of innovation per climate group"},
    "klimaat.breakdown.title.factors": {"nl": "Bevorderende factoren per klimaatgroep",
                                        "en": "Promoting factors per climate group"},
    "klimaat.breakdown.title.results": {"nl": "Behaalde resultaten per klimaatgroep",
                                        "en": "Results obtained per climate group"},
    "klimaat.breakdown.question.frequency": {
        "nl": "Vraag: heeft uw organisatie in {period} een innovatie ingevoerd? Aandeel ‘ja’ "
              "per klimaatgroep (basis: alle organisaties met een klimaatscore).",
        "en": "Question: did your organisation introduce an innovation in {period}? Share "
              "‘yes’ per climate group (base: all organisations with a climate score).",
    },
    "klimaat.breakdown.question.spectrum": {
        "nl": "Aantal typen innovatie (product, dienst, proces, interactie) per klimaatgroep; "
              "basis: organisaties die innoveerden.",
        "en": "Number of innovation types (product, service, process, interaction) per climate "
              "group; base: organisations that innovated.",
    },
    "klimaat.breakdown.question.factors": {
        "nl": "Vraag: welke factoren werkten (sterk) bevorderend bij de innovatie? Namen van de "
              "factoren zijn naar thema benoemd (parafrase); basis: organisaties die innoveerden.",
        "en": "Question: which factors (strongly) promoted the innovation? The factors are "
              "named by theme (paraphrase); base: organisations that innovated.",
    },
    "klimaat.breakdown.question.results": {
        "nl": "Vraag: welke resultaten heeft de innovatie opgeleverd? Meerdere antwoorden "
              "mogelijk; basis: organisaties die innoveerden.",
        "en": "Question: what results did the innovation yield? Several answers possible; "
              "base: organisations that innovated.",
    },
    "klimaat.breakdown.innovated": {"nl": "Innoveerde in {period}",
                                    "en": "Innovated in {period}"},
    "klimaat.breakdown.freq_filtered": {
        "nl": "De selectie is al beperkt tot wel of niet innoverende organisaties: kies bij "
              "‘Innovatie’ voor ‘Alle’ om de innovatiefrequentie te zien",
        "en": "The selection is already limited by innovation: choose ‘All’ under "
              "‘Innovation’ to see the innovation frequency",
    },
    "klimaat.breakdown.innovators_only": {
        "nl": "Alleen organisaties die innoveerden beantwoordden deze vraag",
        "en": "Only organisations that innovated answered this question",
    },
    "klimaat.gaps.text": {"nl": "Verschil krachtig − beperkt: {gaps}.",
                          "en": "Gap strong − limited: {gaps}."},
    "klimaat.gaps.none": {
        "nl": "Het verschil tussen krachtig en beperkt is niet te berekenen: een van beide "
              "groepen is te klein of alleen als grens bekend.",
        "en": "The gap between strong and limited cannot be computed: one of the groups is "
              "too small or known only as a bound.",
    },
    "klimaat.breakdown.published_gap": {
        "nl": "Gepubliceerd ({figure}): {category} krachtig tegenover beperkt {gap} — “{quote}”",
        "en": "Published ({figure}): {category} strong versus limited {gap} — “{quote}” (Dutch)",
    },
    "klimaat.breakdown.summary": {
        "nl": "{title}. Grootste verschil tussen krachtig en beperkt: {category} ({gap}).",
        "en": "{title}. Largest gap between strong and limited: {category} ({gap}).",
    },
    # statements
    "klimaat.statements.title": {"nl": "De stellingen achter de klimaatschaal",
                                 "en": "The statements behind the climate scale"},
    "klimaat.statements.mark_report": {"nl": "parafrase rapport", "en": "report's paraphrase"},
    "klimaat.statements.mark_theme": {"nl": "naar thema benoemd", "en": "named by theme"},
    "klimaat.statements.paraphrase": {
        "nl": "Alle stellingen zijn parafrases: de precieze formulering is niet gepubliceerd. "
              "Vijf zijn de parafrase uit het rapport, de andere hebben wij naar de thema’s uit "
              "het rapport benoemd.",
        "en": "All statements are paraphrases: the exact wording was not published. Five are "
              "the report's paraphrase; we named the others after the report's themes.",
    },
    "klimaat.statements.excluded": {
        "nl": "* Niet in de klimaatschaal. Het rapport markeert de stellingen die ‘om "
              "statistische redenen’ buiten de schaal vallen; dat {pub_statements_in_scale} van de "
              "{pub_statements_presented} samen de index vormen, staat in het artikel van de "
              "onderzoekers op Platform O. Welke het zijn, is niet bekend: de gemarkeerde "
              "stellingen zijn een aanname. Grijze balken: niet in de schaal.",
        "en": "* Not in the climate scale. The report marks the statements left out ‘for "
              "statistical reasons’; that {pub_statements_in_scale} of the "
              "{pub_statements_presented} form the index is stated in the researchers' article "
              "on Platform O. Which ones they are is unknown: the marked statements are an "
              "assumption. Grey bars: not in the scale.",
    },
    "klimaat.statements.question": {
        "nl": "Vraag: in hoeverre bent u het eens met de volgende stellingen over uw "
              "organisatie? Aandeel (helemaal) eens (4-5); ‘weet niet’ telt mee in de basis.",
        "en": "Question: to what extent do you agree with the following statements about your "
              "organisation? Share (strongly) agreeing (4-5); ‘don't know’ counts in the base.",
    },
    "klimaat.statements.summary": {
        "nl": "De meeste instemming krijgt ‘{top}’ ({top_value}), de minste ‘{bottom}’ "
              "({bottom_value}).",
        "en": "Most agreement goes to ‘{top}’ ({top_value}), least to ‘{bottom}’ "
              "({bottom_value}).",
    },
}
