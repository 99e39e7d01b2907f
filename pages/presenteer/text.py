"""Strings of presenter mode and its storyline."""

STRINGS: dict[str, dict[str, str]] = {
    "present.prev": {"nl": "Vorige stap (pijl links, Page Up)",
                     "en": "Previous step (left arrow, Page Up)"},
    "present.next": {"nl": "Volgende stap (pijl rechts, Page Down, spatie)",
                     "en": "Next step (right arrow, Page Down, space)"},
    "present.counter": {"nl": "Stap {step} van {total}", "en": "Step {step} of {total}"},
    "present.fullscreen": {"nl": "Volledig scherm", "en": "Full screen"},
    "present.exit": {"nl": "Naar de interactieve weergave", "en": "Open the interactive view"},
    "present.exit_short": {"nl": "Sluiten", "en": "Close"},
    "present.keys": {"nl": "Toetsen: ← → of Page Up/Down, f = volledig scherm, Esc = scherm verlaten",
                     "en": "Keys: ← → or Page Up/Down, f = full screen, Esc = leave full screen"},
    "present.sources": {"nl": "Bron: ", "en": "Source: "},
    "present.bar": {"nl": "Presentatiebediening", "en": "Presentation controls"},
    "present.note.share": {
        "nl": "Denemarken* {dk_cited_share}: zoals geciteerd in het Nederlandse rapport, dat "
              "{dk_cited_source} als bron noemt. Periodes: NL {period}, DK {dk_period}, NO en "
              "SE niet vermeld.",
        "en": "Denmark* {dk_cited_share}: as cited in the Dutch report, which names "
              "{dk_cited_source} as its source. Periods: NL {period}, DK {dk_period}, NO and SE "
              "not stated.",
    },
    "present.note.compare": {
        "nl": "* = Deens cijfer zoals geciteerd in het Nederlandse rapport. NL: organisaties, "
              "{period}, ongewogen; DK: werkplekken, {dk_period}, gewogen.",
        "en": "* = Danish figure as cited in the Dutch report. NL: organisations, {period}, "
              "unweighted; DK: workplaces, {dk_period}, weighted.",
    },
    "present.note.bounds": {
        "nl": "Gearceerd = grens uit de tekst (> meer dan, < minder dan, ~ ongeveer).",
        "en": "Hatched = bound from the text (> more than, < less than, ~ about).",
    },
    "present.note.results": {
        "nl": "Deense kwaliteit en tevredenheid komen van Danmarks Statistik, niet uit het "
              "rapport; Deense efficiency: alleen ‘veel lager’, geen getal.",
        "en": "Danish quality and satisfaction come from Statistics Denmark, not from the "
              "report; Danish efficiency: only ‘veel lager’ (much lower), no number.",
    },
    "present.note.climate": {
        "nl": "Synthetisch: berekend uit gesimuleerde gegevens per organisatie (afgestemd op het "
              "rapport), geen bevinding. n = {n} organisaties, {period}.",
        "en": "Synthetic: computed from simulated organisation data (calibrated to the report), "
              "not a finding. n = {n} organisations, {period}.",
    },
    "present.note.within": {
        "nl": "Synthetisch percentage; het rapport zegt alleen in woorden dat de spreiding "
              "binnen sectoren veel groter is dan ertussen.",
        "en": "Synthetic percentage; the report only says in words that the spread within "
              "sectors is much larger than between them.",
    },
    "story.share": {"nl": "Nederland doet het internationaal ‘prima’: {pub_innovation_share} "
                          "tegen {pub_nordic_share} in de Noordse landen",
                    "en": "The Netherlands does ‘prima’ (well) internationally: "
                          "{pub_innovation_share} against {pub_nordic_share} in the Nordic "
                          "countries"},
    "story.types": {"nl": "Vooral procesinnovatie, en vaker interactie dan in Denemarken",
                    "en": "Mostly process innovation, and more interaction than in Denmark"},
    "story.triggers": {"nl": "Nederland innoveert uit kansen, Denemarken uit druk van buiten",
                       "en": "The Netherlands innovates from opportunity, Denmark from outside "
                             "pressure"},
    "story.results": {"nl": "Efficiency is het vaakst genoemde resultaat ({pub_efficiency}); in "
                            "Denemarken volgens het rapport ‘veel lager’",
                      "en": "Efficiency is the result named most often ({pub_efficiency}); in "
                            "Denmark ‘veel lager’ (much lower), says the report"},
    "story.climate_sector": {"nl": "Het innovatieklimaat verschilt binnen sectoren meer dan "
                                   "ertussen",
                             "en": "The innovation climate differs more within sectors than "
                                   "between them"},
    "story.within_between": {"nl": "Verschillen liggen vooral binnen de groepen",
                             "en": "Differences lie mainly within the groups"},
    "story.climate_results": {"nl": "Een krachtig klimaat levert meer op",
                              "en": "A strong climate achieves more"},
    # the "what changed" step
    "present.note.changed": {
        "nl": "✱ = groter dan de steekproefruis (z-toets voor twee proporties, 5%; ongewogen, "
              "zelf geselecteerde respondenten, geen panel). De nieuwste Nederlandse cijfers komen "
              "uit een herpubliceerd persbericht: secundaire bron.",
        "en": "✱ = larger than sampling noise (z-test for two proportions, 5%; unweighted, "
              "self-selected respondents, not a panel). The latest Dutch figures come from a "
              "republished press release: secondary source.",
    },
    "story.changed": {"nl": "Wat veranderde tussen de edities",
                      "en": "What changed between the editions"},
}
