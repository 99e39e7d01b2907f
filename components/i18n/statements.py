"""Strings of the climate statements form (components/statements.py) and the "you" marker,
shared by /benchmark and /sessie."""

STRINGS: dict[str, dict[str, str]] = {
    "benchmark.statements.intro": {
        "nl": "Geef per stelling aan in hoeverre u het ermee eens bent. Voor een score zijn "
              "minimaal {min} van de {total} stellingen met een oordeel (1 tot en met 5) nodig; "
              "‘weet niet’ telt niet mee. Dat is dezelfde regel als voor de organisaties in het "
              "onderzoek: de score is het gemiddelde van de beantwoorde stellingen.",
        "en": "For each statement, say how far you agree. A score needs an opinion (1 to 5) "
              "on at least {min} of the {total} statements; ‘don't know’ does not count. This "
              "is the same rule as for the organisations in the survey: the score is the mean "
              "of the answered statements.",
    },
    "benchmark.paraphrase.report": {"nl": "parafrase uit het rapport",
                                    "en": "paraphrase from the report"},
    "benchmark.paraphrase.theme": {"nl": "parafrase, benoemd naar thema",
                                   "en": "paraphrase, named by theme"},
    "benchmark.likert.1": {"nl": "helemaal oneens", "en": "strongly disagree"},
    "benchmark.likert.2": {"nl": "oneens", "en": "disagree"},
    "benchmark.likert.3": {"nl": "neutraal", "en": "neutral"},
    "benchmark.likert.4": {"nl": "eens", "en": "agree"},
    "benchmark.likert.5": {"nl": "helemaal eens", "en": "strongly agree"},
    "benchmark.likert.x": {"nl": "weet niet", "en": "don't know"},
    "benchmark.chart.you": {"nl": "u: {score}", "en": "you: {score}"},
    "benchmark.chart.you_legend": {"nl": "Uw organisatie", "en": "Your organisation"},
}
