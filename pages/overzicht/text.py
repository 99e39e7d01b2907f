"""Strings of the overview page (/)."""

STRINGS: dict[str, dict[str, str]] = {
    "overview.title": {"nl": "Innovatie bij de Nederlandse overheid",
                       "en": "Innovation in Dutch government"},
    "overview.lead": {
        "nl": "In {fieldwork} vulden {n} overheidsorganisaties de {ordinal} Innovatie Barometer "
              "Overheid in: over de innovaties die zij in {period} invoerden, hoe die tot stand "
              "kwamen, wat ze opleverden en hoe hun innovatieklimaat is. Nederland wordt "
              "vergeleken met Denemarken, waarvan de barometer is overgenomen.",
        "en": "In {fieldwork}, {n} Dutch government organisations completed the {ordinal} "
              "Government Innovation Barometer: on the innovations they introduced in {period}, how these "
              "came about, what they yielded and what their innovation climate is like. The "
              "Netherlands is compared with Denmark, whose barometer it adopted.",
    },
    "overview.kpi.organisations": {"nl": "organisaties deden mee", "en": "organisations took part"},
    "overview.kpi.innovators": {"nl": "voerden in {period} een innovatie in",
                                "en": "introduced an innovation in {period}"},
    "overview.kpi.share": {"nl": "innoveerde (Denemarken: {dk})",
                           "en": "innovated (Denmark: {dk})"},
    "overview.kpi.climate": {"nl": "gemiddeld innovatieklimaat (schaal 1 tot 5)",
                             "en": "average innovation climate (scale 1 to 5)"},
    "overview.share.title": {"nl": "Aandeel organisaties dat innoveerde: Nederland en de Noordse landen",
                             "en": "Share of organisations that innovated: the Netherlands and the "
                                   "Nordic countries"},
    "overview.share.summary": {
        "nl": "{nl} van de Nederlandse organisaties innoveerde in {period}; in de Noordse landen "
              "ligt dit tussen {low} en {high}.",
        "en": "{nl} of Dutch organisations innovated in {period}; in the Nordic countries the "
              "share lies between {low} and {high}.",
    },
    "overview.share.caveat": {
        "nl": "Let op: de landen meten in verschillende perioden (NL {period}, DK {dk_period}; "
              "NO, SE en IS niet vermeld) en tellen verschillende eenheden (NL: organisaties; DK: "
              "werkplekken). De Nederlandse cijfers zijn ongewogen.",
        "en": "Note: the countries measure different periods (NL {period}, DK {dk_period}; "
              "NO, SE and IS not stated) and count different units (NL: organisations; DK: "
              "workplaces). The Dutch figures are unweighted.",
    },
    "overview.climate.title": {"nl": "Innovatieklimaat: drie groepen organisaties",
                               "en": "Innovation climate: three groups of organisations"},
    "overview.climate.summary": {
        "nl": "Het gemiddelde innovatieklimaat is {mean} op een schaal van 1 tot 5; {beperkt} van "
              "de organisaties heeft een beperkt, {gemiddeld} een gemiddeld en {krachtig} een "
              "krachtig klimaat.",
        "en": "The average innovation climate is {mean} on a scale of 1 to 5; {beperkt} of the "
              "organisations have a limited, {gemiddeld} an average and {krachtig} a strong "
              "climate.",
    },
    "overview.climate.question": {
        "nl": "Vraag: {pub_statements_presented} stellingen over het innovatieklimaat; "
              "{pub_statements_in_scale} vormen samen de klimaatscore "
              "(schaal van 1 (laag) tot 5 (hoog)). Groepen uit een clusteranalyse.",
        "en": "Question: {pub_statements_presented} statements on the innovation climate; "
              "{pub_statements_in_scale} form the climate score "
              "(scale from 1 (low) to 5 (high)). Groups from a cluster analysis.",
    },
    "overview.types.title": {"nl": "Soorten innovatie", "en": "Types of innovation"},
    "overview.types.summary": {
        "nl": "De meeste innovaties betreffen processen en de organisatie van het werk ({process}); "
              "productinnovaties zijn het minst vaak genoemd ({product}).",
        "en": "Most innovations concern processes and the organisation of work ({process}); "
              "product innovations are named least often ({product}).",
    },
    "overview.types.question": {
        "nl": "Vraag: welk type innovatie was het? Meerdere antwoorden mogelijk; basis: de {innovators} "
              "organisaties die innoveerden.",
        "en": "Question: what type of innovation was it? Several answers possible; base: the {innovators} "
              "organisations that innovated.",
    },
    "overview.next": {
        "nl": "Verder kijken: het innovatieklimaat per sector, de vergelijking met Denemarken en "
              "een benchmark voor uw eigen organisatie staan in het menu.",
        "en": "Explore further: the innovation climate per sector, the comparison with Denmark and "
              "a benchmark for your own organisation are in the menu.",
    },
    # the latest edition and what changed (data from /ontwikkeling's editions)
    "overview.latest": {
        "nl": "Nieuwste editie: {label} ({n} {unit}, periode {period}). {change}",
        "en": "Latest edition: {label} ({n} {unit}, period {period}). {change}",
    },
    "overview.latest.change": {
        "nl": "Het aandeel dat innoveerde ging van {before} ({previous}) naar {after}: {marker}.",
        "en": "The share that innovated went from {before} ({previous}) to {after}: {marker}.",
    },
    "overview.latest.link": {"nl": "Wat veranderde er? Alle edities naast elkaar",
                             "en": "What changed? All editions side by side"},
    "overview.latest.secondary": {"nl": "(secundaire bron: {source})",
                                  "en": "(secondary source: {source})"},
}
