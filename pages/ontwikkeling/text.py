"""Strings of the trends page (/ontwikkeling).

No edition facts here (numbers, periods, source ids): they come from the editions table and
the published figures and are filled into {placeholders}.
"""

STRINGS: dict[str, dict[str, str]] = {
    "trend.title": {"nl": "Wat veranderde tussen de edities?",
                    "en": "What changed between the editions?"},
    "trend.lead": {
        "nl": "De barometer is een herhaald onderzoek. Per indicator staan hier alle edities naast "
              "elkaar: Nederland ({nl_editions}) en Denemarken ({dk_editions}), elk met de periode "
              "waarover gemeten is. Een ✱ markeert een verandering die groter is dan de "
              "steekproefruis.",
        "en": "The barometer is a repeated survey. For each indicator every edition is shown side "
              "by side: the Netherlands ({nl_editions}) and Denmark ({dk_editions}), each with the "
              "period it measured. A ✱ marks a change larger than sampling noise.",
    },
    "trend.method.title": {"nl": "Hoe is ‘groter dan de steekproefruis’ getoetst?",
                           "en": "How was ‘larger than sampling noise’ tested?"},
    "trend.method.test": {
        "nl": "Toets: tweezijdige z-toets voor het verschil van twee proporties (gepoolde "
              "standaardfout), significantieniveau 0,05, op de twee gepubliceerde percentages en "
              "hun basis (n).",
        "en": "Test: two-sided z-test for the difference of two proportions (pooled standard "
              "error), significance level 0.05, on the two published percentages and their base "
              "(n).",
    },
    "trend.method.assumptions": {
        "nl": "Aannames: elke editie is een onafhankelijke steekproef (geen panel: niet dezelfde "
              "organisaties gevolgd) en de percentages zijn ongewogen aandelen van de "
              "respondenten. De Nederlandse respondenten hebben zichzelf geselecteerd (wie "
              "antwoordde), dus de toets zegt niets over de hele overheid; de Deense cijfers zijn "
              "gewogen, waardoor de werkelijke onzekerheid groter is dan de toets aanneemt.",
        "en": "Assumptions: each edition is an independent sample (not a panel: not the same "
              "organisations followed) and the percentages are unweighted shares of the "
              "respondents. The Dutch respondents are self-selected (whoever answered), so the "
              "test says nothing about government as a whole; the Danish figures are weighted, "
              "so the real uncertainty is larger than the test assumes.",
    },
    "trend.method.limits": {
        "nl": "Geen toets waar een basis (n) niet gepubliceerd is, waar een waarde alleen een "
              "grens of benadering is (‘meer dan’, ‘bijna’), of waar n·p of n·(1−p) kleiner is "
              "dan 5. Waar één basis ontbreekt, staat vanaf welke basis het verschil groter zou "
              "zijn dan de ruis.",
        "en": "No test where a base (n) is not published, where a value is only a bound or an "
              "approximation (‘more than’, ‘almost’), or where n·p or n·(1−p) is below 5. Where "
              "one base is missing, the page states from which base the difference would exceed "
              "the noise.",
    },
    "trend.change": {"nl": "{label}: {before} → {after} ({diff} procentpunt): {marker}",
                     "en": "{label}: {before} → {after} ({diff} percentage points): {marker}"},
    "trend.summary": {"nl": "{country}: {changes}.", "en": "{country}: {changes}."},
    "trend.summary.single": {"nl": "{country}: alleen {label} ({value}).",
                             "en": "{country}: only {label} ({value})."},
    "trend.no_counterpart": {
        "nl": "{country}: geen vergelijkbaar cijfer gepubliceerd.",
        "en": "{country}: no comparable figure published.",
    },
    "trend.not_published": {"nl": "niet gepubliceerd", "en": "not published"},
    "trend.secondary": {
        "nl": "Secundaire bron: {labels} komen uit een herpublicatie ({sources}), niet uit het "
              "rapport zelf.",
        "en": "Secondary source: {labels} come from a republication ({sources}), not from the "
              "report itself.",
    },
    "trend.secondary.short": {"nl": "secundaire bron", "en": "secondary source"},
    "trend.also": {"nl": "{label} volgens {source}: {value}",
                   "en": "{label} according to {source}: {value}"},
    "trend.n_registry": {"nl": "{n} (basis van de editie)", "en": "{n} (base of the edition)"},
    "trend.weighted.true": {"nl": "gewogen", "en": "weighted"},
    "trend.weighted.false": {"nl": "ongewogen", "en": "unweighted"},
    "table.col.edition": {"nl": "Editie", "en": "Edition"},
    "table.col.change": {"nl": "Verandering (procentpunt)", "en": "Change (percentage points)"},
    "table.col.noise": {"nl": "Groter dan steekproefruis?", "en": "Larger than sampling noise?"},
    "table.col.respondents": {"nl": "Respondenten", "en": "Respondents"},
    "table.col.unit": {"nl": "Eenheid", "en": "Unit"},
    "table.col.weighting": {"nl": "Weging", "en": "Weighting"},
    "table.col.note": {"nl": "Toelichting", "en": "Note"},
    "trend.axis": {"nl": "Aandeel (%)", "en": "Share (%)"},
    # the indicators
    "trend.innovated.title": {"nl": "Aandeel organisaties dat innoveerde",
                              "en": "Share of organisations that innovated"},
    "trend.innovated.question": {
        "nl": "Vraag: heeft uw organisatie in de afgelopen twee jaar een of meer innovaties "
              "ingevoerd? Basis: alle respondenten (NL organisaties, DK werkplekken).",
        "en": "Question: did your organisation introduce one or more innovations in the past two "
              "years? Base: all respondents (NL organisations, DK workplaces).",
    },
    "trend.interaction.title": {"nl": "Innovaties in de interactie met burgers en bedrijven",
                                "en": "Innovations in interaction with citizens and businesses"},
    "trend.interaction.question": {
        "nl": "Vraag: welk type innovatie was het? Aandeel ‘interactie met de buitenwereld’; "
              "meerdere antwoorden mogelijk; basis: de organisaties die innoveerden.",
        "en": "Question: what type of innovation was it? Share ‘interaction with the outside "
              "world’; several answers possible; base: the organisations that innovated.",
    },
    "trend.interaction.note": {
        "nl": "Basis en bron veranderden: het rapport van {nl_1} geeft alleen een ondergrens "
              "(zie de tabel); het exacte cijfer komt uit het persbericht van {nl_2}, dat de "
              "basis niet vermeldt (waarschijnlijk de organisaties die "
              "innoveerden). Denemarken vraagt naar ‘kommunikation’: een andere formulering, "
              "daarom niet naast Nederland gezet.",
        "en": "Base and source changed: the report of {nl_1} only gives a lower bound (see the "
              "table); the exact figure comes from the press release of {nl_2}, which does not "
              "state the base (probably the organisations that innovated). Denmark asks "
              "about ‘kommunikation’: different wording, so it is not set beside the Netherlands.",
    },
    "trend.process.title": {"nl": "Procesinnovaties", "en": "Process innovations"},
    "trend.process.question": {
        "nl": "Vraag: welk type innovatie was het? Aandeel ‘methoden, processen en/of organisatie "
              "van het werk’; basis: de organisaties die innoveerden.",
        "en": "Question: what type of innovation was it? Share ‘methods, processes and/or "
              "organisation of work’; base: the organisations that innovated.",
    },
    "trend.process.note": {
        "nl": "Het rapport van {nl_1} schrijft alleen ‘meer dan driekwart’ (een ondergrens): de "
              "verandering is daarom niet te toetsen.",
        "en": "The report of {nl_1} only says ‘more than three quarters’ (a lower bound): the "
              "change therefore cannot be tested.",
    },
    "trend.quality.title": {"nl": "Resultaat: betere kwaliteit", "en": "Result: better quality"},
    "trend.quality.question": {
        "nl": "Vraag: wat leverde de innovatie op? Aandeel ‘betere kwaliteit’; basis: de "
              "organisaties die innoveerden.",
        "en": "Question: what did the innovation achieve? Share ‘better quality’; base: the "
              "organisations that innovated.",
    },
    "trend.quality.note": {
        "nl": "Formulering veranderde mogelijk: {nl_2} spreekt van de "
              "‘grootste effecten’ op de kwaliteit van de dienstverlening; de vraag zelf is niet "
              "gepubliceerd. Vergelijk met voorzichtigheid.",
        "en": "Wording may have changed: {nl_2} speaks of the ‘greatest "
              "effects’ on service quality; the question itself was not published. Compare with "
              "care.",
    },
    "trend.own_development.title": {"nl": "Zelf ontwikkelde innovaties",
                                    "en": "Innovations developed in-house"},
    "trend.own_development.question": {
        "nl": "Vraag: is de innovatie zelf ontwikkeld, aangepast van elders of gekopieerd? "
              "Aandeel ‘zelf ontwikkeld’; basis: de organisaties die innoveerden.",
        "en": "Question: was the innovation developed in-house, adapted from elsewhere or "
              "copied? Share ‘developed in-house’; base: the organisations that innovated.",
    },
    "trend.new_technology.title": {"nl": "Nieuwe technologie als aanleiding",
                                   "en": "New technology as the trigger"},
    "trend.new_technology.question": {
        "nl": "Vraag: wat was de aanleiding tot de innovatie? Aandeel ‘mogelijkheden van nieuwe "
              "technologie’; meerdere antwoorden mogelijk; basis: de organisaties die "
              "innoveerden.",
        "en": "Question: what triggered the innovation? Share ‘possibilities of new "
              "technology’; several answers possible; base: the organisations that innovated.",
    },
    "trend.dk_cited.note": {
        "nl": "Een Deense waarde zonder eigen Deense bron komt uit het Nederlandse rapport "
              "(‘zoals geciteerd’); de basis is dan die van de Deense editie.",
        "en": "A Danish value without a Danish source of its own comes from the Dutch report "
              "(‘as cited’); its base is then that of the Danish edition.",
    },
    # series breaks
    "trend.break.title": {"nl": "Breuk in de reeks: andere indeling van organisaties",
                          "en": "Series break: a different grouping of organisations"},
    "trend.break.text": {
        "nl": "{label} deelt de organisaties anders in dan de vorige editie (die rapporteerde per "
              "sector). Deze cijfers staan daarom alleen: ze worden niet naast de sectoren van "
              "{previous} gezet.",
        "en": "{label} groups the organisations differently from the previous edition (which "
              "reported per sector). These figures therefore stand alone: they are not set beside "
              "the sectors of {previous}.",
    },
    "trend.break.summary": {"nl": "{label}, {period}: {values}.", "en": "{label}, {period}: {values}."},
    "trend.dk_levels.title": {"nl": "Denemarken: aandeel innoverende werkplekken per bestuurslaag",
                              "en": "Denmark: share of innovating workplaces per level of "
                                    "government"},
    "trend.dk_levels.note": {
        "nl": "Danmarks Statistik noemt de edities naar hun laatste jaar. Geen basis (n) per "
              "bestuurslaag gepubliceerd: de veranderingen zijn niet te toetsen.",
        "en": "Statistics Denmark names the editions after their last year. No base (n) per level "
              "of government published: the changes cannot be tested.",
    },
    # the editions
    "trend.editions.title": {"nl": "De edities", "en": "The editions"},
    "trend.editions.text": {
        "nl": "Nederland telt organisaties, Denemarken werkplekken (scholen, afdelingen); de "
              "Deense cijfers zijn gewogen naar de hele publieke sector, de Nederlandse niet.",
        "en": "The Netherlands counts organisations, Denmark workplaces (schools, units); the "
              "Danish figures are weighted to the whole public sector, the Dutch ones are not.",
    },
    "trend.respondents.title": {"nl": "Respondenten per editie", "en": "Respondents per edition"},
    "trend.respondents.summary": {"nl": "{country}: {values}.", "en": "{country}: {values}."},
    "table.col.country": {"nl": "Land", "en": "Country"},
}
