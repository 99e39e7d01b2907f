"""Disclosure control: the labels of withheld and perturbed numbers and the methods text.

The methods text explains the rules without the numbers of the perturbation (those are in
pipeline/DISCLOSURE.md for the survey's owner and auditors); the methods page shows it.
"""

STRINGS: dict[str, dict[str, str]] = {
    "disclosure.withheld": {
        "nl": "niet getoond ter bescherming van de deelnemers",
        "en": "not shown to protect the participants",
    },
    "disclosure.perturbed": {
        "nl": "afgerond/verstoord ter bescherming van de deelnemers",
        "en": "rounded/perturbed to protect the participants",
    },
    "disclosure.methods.title": {
        "nl": "Bescherming van de deelnemers",
        "en": "Protecting the participants",
    },
    "disclosure.methods.body": {
        "nl": "Geen enkele organisatie mag herkenbaar worden uit dit dashboard. Daarom: "
              "groepen met te weinig organisaties worden niet getoond, en een niet getoonde "
              "groep zegt niet hoe klein hij is (ook lege groepen heten zo). Alle aantallen, "
              "percentages, gemiddelden, spreidingen en kwartielen zijn licht verstoord met "
              "een geheime, vaste sleutel per groep: dezelfde groep krijgt overal dezelfde "
              "verstoring, zodat het herhalen of combineren van selecties niets onthult. "
              "Kwartielen en snorharen zijn gemiddelden van enkele naburige scores, nooit de "
              "score van één organisatie; kleine groepen tonen alleen een gemiddelde, zonder "
              "box, minimum, maximum of uitschieters. Uw positie in de benchmark wordt "
              "afgerond op een band die in kleine groepen breder is. Daardoor tellen getallen "
              "niet altijd precies op en kunnen ze een fractie afwijken van de cijfers in "
              "het rapport. De methode (celsleutel-verstoring, zoals het Britse en het "
              "Australische statistiekbureau die voor flexibele tabellen gebruiken) wordt bij "
              "elke bouw gecontroleerd door een aanval op de gepubliceerde cijfers.",
        "en": "No organisation may become recognisable from this dashboard. Therefore: "
              "groups with too few organisations are not shown, and a group that is not shown "
              "does not say how small it is (empty groups are labelled the same way). All "
              "counts, percentages, means, spreads and quartiles are slightly perturbed with a "
              "secret, fixed key per group: the same group gets the same perturbation "
              "everywhere, so repeating or combining selections reveals nothing. Quartiles "
              "and whiskers are means of a few neighbouring scores, never one organisation's "
              "score; small groups show a mean only, without a box, minimum, maximum or "
              "outliers. Your position in the benchmark is rounded to a band that is wider "
              "in small groups. Numbers therefore do not always add up exactly and may differ "
              "slightly from the report's figures. The method (cell-key perturbation, as the "
              "British and Australian statistics offices use for flexible tables) is checked "
              "on every build by an attack on the published numbers.",
    },
}
