"""Strings of a change between editions (components/change.py: the noise marker) and the
units editions count, shared by /ontwikkeling and the overview."""

STRINGS: dict[str, dict[str, str]] = {
    "trend.marker.significant": {"nl": "✱ groter dan de steekproefruis (p {p})",
                                 "en": "✱ larger than sampling noise (p {p})"},
    "trend.marker.noise": {"nl": "binnen de steekproefruis (p {p})",
                           "en": "within sampling noise (p {p})"},
    "trend.marker.bound": {"nl": "geen toets: een van beide is een grens of benadering",
                           "en": "no test: one of the two is a bound or an approximation"},
    "trend.marker.small": {"nl": "geen toets: te weinig waarnemingen",
                           "en": "no test: too few observations"},
    "trend.marker.n_unknown": {"nl": "geen toets: basis (n) niet gepubliceerd",
                               "en": "no test: base (n) not published"},
    "trend.marker.n_unknown_min": {
        "nl": "geen toets: basis (n) niet gepubliceerd; bij elke basis vanaf {min_base} zou het "
              "verschil groter zijn dan de steekproefruis",
        "en": "no test: base (n) not published; with any base of {min_base} or more the "
              "difference would be larger than sampling noise",
    },
    "trend.unit.organisation": {"nl": "organisaties", "en": "organisations"},
    "trend.unit.workplace": {"nl": "werkplekken", "en": "workplaces"},
}
