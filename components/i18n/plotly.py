"""Dutch texts of plotly's own interface (modebar buttons, zoom hint), keyed "plotly.<English>".

components/chart.py turns them into a plotly locale, so a Dutch page has no English tooltips.
"""

_NL = {
    "Zoom": "Zoomen",
    "Pan": "Verschuiven",
    "Box Select": "Rechthoek selecteren",
    "Lasso Select": "Lasso selecteren",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "Autoscale": "Automatisch schalen",
    "Reset axes": "Assen herstellen",
    "Reset view": "Weergave herstellen",
    "Toggle Spike Lines": "Hulplijnen aan of uit",
    "Show closest data on hover": "Dichtstbijzijnde gegevens tonen bij aanwijzen",
    "Compare data on hover": "Gegevens vergelijken bij aanwijzen",
    "Double-click to zoom back out": "Dubbelklik om weer uit te zoomen",
}

STRINGS: dict[str, dict[str, str]] = {f"plotly.{en}": {"nl": nl, "en": en}
                                      for en, nl in _NL.items()}
