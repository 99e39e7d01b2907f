"""Strings of sharing and downloads: the copy-link button and the chart export buttons."""

STRINGS: dict[str, dict[str, str]] = {
    "share.copy_link": {"nl": "Kopieer link", "en": "Copy link"},
    "share.copy_link_title": {
        "nl": "Kopieer de link naar deze weergave (pagina, keuzes en taal)",
        "en": "Copy the link to this view (page, choices and language)",
    },
    "share.copied": {"nl": "Link gekopieerd", "en": "Link copied"},
    "share.copy_failed": {"nl": "Kopiëren lukte niet; kopieer de link uit de adresbalk",
                          "en": "Copying failed; copy the link from the address bar"},
    "export.label": {"nl": "Download:", "en": "Download:"},
    "export.group": {"nl": "Downloads van de grafiek “{title}”",
                     "en": "Downloads of the chart “{title}”"},
    "export.png": {"nl": "PNG-afbeelding downloaden: {title}", "en": "Download PNG image: {title}"},
    "export.svg": {"nl": "SVG-afbeelding downloaden: {title}", "en": "Download SVG image: {title}"},
    "export.csv": {"nl": "CSV-gegevens downloaden: {title}", "en": "Download CSV data: {title}"},
    "export.done": {"nl": "Gedownload: {file}", "en": "Downloaded: {file}"},
    "export.error": {"nl": "Downloaden lukte niet; probeer het opnieuw",
                     "en": "The download failed; please try again"},
    "export.mixed_note": {
        "nl": "Gemengd: gepubliceerde cijfers uit de bron naast synthetische cijfers (gesimuleerd "
              "en afgestemd op het rapport, geen bevinding).",
        "en": "Mixed: published figures from the source next to synthetic figures (simulated and "
              "calibrated to the report, not a finding).",
    },
    "export.synthetic_note": {
        "nl": "Synthetische gegevens: gesimuleerd en afgestemd op het gepubliceerde rapport.",
        "en": "Synthetic data: simulated and calibrated to the published report.",
    },
}
