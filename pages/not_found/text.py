"""Strings of the page for an unknown path."""

STRINGS: dict[str, dict[str, str]] = {
    "notfound.title": {"nl": "Pagina niet gevonden", "en": "Page not found"},
    "notfound.body": {
        "nl": "De pagina “{path}” bestaat niet. Kies een pagina in het menu of ga naar het overzicht.",
        "en": "The page “{path}” does not exist. Choose a page from the menu or go to the overview.",
    },
    "notfound.home": {"nl": "Naar het overzicht", "en": "Go to the overview"},
}
