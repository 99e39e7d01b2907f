"""Strings of "Mijn organisatie": the panel under the navigation and what pages say about it."""

STRINGS: dict[str, dict[str, str]] = {
    "org.button": {"nl": "Mijn organisatie", "en": "My organisation"},
    "org.title": {"nl": "Mijn organisatie", "en": "My organisation"},
    "org.help": {
        "nl": "Kies één keer uw sector, cluster en omvang. Klimaat markeert dan uw groep, de "
              "benchmark begint ermee en de vergelijking biedt hem aan als subgroep. De keuze "
              "gaat mee in de links van de navigatie.",
        "en": "Choose your sector, cluster and size once. Climate then highlights your group, "
              "the benchmark starts from it and the comparison offers it as a subgroup. The "
              "choice travels with the navigation's links.",
    },
    "org.sector": {"nl": "Sector", "en": "Sector"},
    "org.cluster": {"nl": "Cluster", "en": "Cluster"},
    "org.size_class": {"nl": "Omvang", "en": "Size"},
    "org.not_chosen": {"nl": "Niet opgegeven", "en": "Not given"},
    "org.remember": {"nl": "Onthouden op dit apparaat", "en": "Remember on this device"},
    "org.privacy": {
        "nl": "Uw keuze staat alleen in de link (als org=…) en, als u ‘onthouden’ aanvinkt, in "
              "deze browser. Ze wordt nooit op de server bewaard.",
        "en": "Your choice is only in the link (as org=…) and, if you tick ‘remember’, in this "
              "browser. It is never stored on the server.",
    },
    "org.apply": {"nl": "Toepassen", "en": "Apply"},
    "org.clear": {"nl": "Wissen", "en": "Clear"},
    "org.legend": {"nl": "Mijn organisatie", "en": "My organisation"},
    "org.marker": {"nl": "mijn organisatie", "en": "my organisation"},
    "org.klimaat.highlighted": {
        "nl": "Uw organisatie ({group}) is gemarkeerd: oranje omrand, met ‘◆’ voor de naam.",
        "en": "Your organisation ({group}) is highlighted: outlined in orange, with ‘◆’ before "
              "the name.",
    },
    "org.klimaat.hidden": {
        "nl": "Uw organisatie ({group}) is verborgen in deze weergave; vink haar aan bij de "
              "groepen om haar te zien.",
        "en": "Your organisation ({group}) is hidden in this view; tick it among the groups to "
              "see it.",
    },
    "org.klimaat.withheld": {
        "nl": "Uw organisatie ({group}) wordt hier niet getoond ter bescherming van de "
              "deelnemers.",
        "en": "Your organisation ({group}) is not shown here, to protect the participants.",
    },
    "org.klimaat.nearest": {"nl": "Dichtstbijzijnde weergave:", "en": "Nearest view:"},
    "org.klimaat.not_in_grouping": {
        "nl": "Uw organisatie heeft geen {grouping} opgegeven; kies die bij ‘Mijn organisatie’ "
              "om haar hier te markeren.",
        "en": "Your organisation has no {grouping} given; choose one under ‘My organisation’ "
              "to highlight it here.",
    },
    "org.cmp.offer": {"nl": "Mijn organisatie:", "en": "My organisation:"},
    "org.cmp.withheld": {
        "nl": "{group} is niet als subgroep beschikbaar (minder dan {min_cell} organisaties of "
              "beschermd).",
        "en": "{group} is not available as a subgroup (fewer than {min_cell} organisations or "
              "protected).",
    },
    "org.cmp.nearest": {"nl": "Dichtstbijzijnde:", "en": "Nearest:"},
    "org.cmp.option": {"nl": "{label} (mijn organisatie)", "en": "{label} (my organisation)"},
    "org.benchmark.from": {
        "nl": "Het profiel is ingevuld vanuit ‘Mijn organisatie’ ({org}); u kunt het hier "
              "aanpassen.",
        "en": "The profile was filled in from ‘My organisation’ ({org}); you can change it here.",
    },
}
