"""Strings of presenter mode and its storyline."""

STRINGS: dict[str, dict[str, str]] = {
    "nav.present": {"nl": "Presenteren", "en": "Present"},
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
    "present.synthetic_footnote": {
        "nl": "Cijfers per organisatie zijn synthetisch (afgestemd op het rapport); gepubliceerde "
              "cijfers zijn echt. Bron: Innovatie Barometer Overheid 2021.",
        "en": "Organisation-level figures are synthetic (calibrated to the report); published "
              "figures are real. Source: Dutch Government Innovation Barometer 2021.",
    },
    "story.share": {"nl": "Nederland innoveert even vaak als de Noordse landen",
                    "en": "The Netherlands innovates as often as the Nordic countries"},
    "story.types": {"nl": "Vooral procesinnovatie, en vaker interactie dan in Denemarken",
                    "en": "Mostly process innovation, and more interaction than in Denmark"},
    "story.triggers": {"nl": "Nederland innoveert uit kansen, Denemarken uit druk van buiten",
                       "en": "The Netherlands innovates from opportunity, Denmark from outside "
                             "pressure"},
    "story.results": {"nl": "Wat de innovaties opleverden",
                      "en": "What the innovations achieved"},
    "story.climate_sector": {"nl": "Het innovatieklimaat verschilt binnen sectoren meer dan "
                                   "ertussen",
                             "en": "The innovation climate differs more within sectors than "
                                   "between them"},
    "story.within_between": {"nl": "Verschillen liggen vooral binnen de groepen",
                             "en": "Differences lie mainly within the groups"},
    "story.climate_results": {"nl": "Een krachtig klimaat levert meer op",
                              "en": "A strong climate achieves more"},
}
