"""Strings of the report's word-only findings (components/report_findings.py)."""

_S = {
    "finding.heading": ("Wat het rapport alleen in woorden vergelijkt (richting, geen getal)",
                        "What the report compares in words only (direction, no number)"),
    "finding.higher.NL": ("Nederland hoger", "Netherlands higher"),
    "finding.higher.DK": ("Denemarken hoger", "Denmark higher"),
    "finding.higher.same": ("vergelijkbaar", "comparable"),
    "finding.quote": ("citaat: ‘{quote}’", "quote (Dutch): ‘{quote}’"),
    "finding.summary_only": ("samenvatting van de tekst, geen citaat",
                             "summary of the text, not a quote"),
    "finding.line": ("{figure} – {higher}: {text} ({source})",
                     "{figure} – {higher}: {text} ({source})"),
    "finding.share_prima": (
        "Nederland ({pub_innovation_share}) doet het internationaal ‘prima’; het rapport "
        "noemt het ‘een goede score’ tegenover Denemarken, Zweden, Noorwegen en IJsland "
        "({pub_nordic_share}).",
        "The Netherlands ({pub_innovation_share}) does ‘prima’ (fine) internationally; the "
        "report calls it ‘een goede score’ (a good score) against Denmark, Sweden, Norway and "
        "Iceland ({pub_nordic_share})."),
    "finding.interaction": (
        "Interactie met de buitenwereld: Nederland {pub_interaction}, duidelijk hoger dan "
        "Denemarken.",
        "Interaction with the outside world: the Netherlands {pub_interaction}, clearly higher "
        "than Denmark."),
    "finding.services_products": (
        "Innovatie van diensten en producten komt in Nederland vaker voor dan in Denemarken.",
        "Service and product innovation are more frequent in the Netherlands than in Denmark."),
    "finding.known_tech_new_way": (
        "Bekende technologie op een nieuwe manier gebruiken komt in Denemarken veel vaker voor.",
        "Using known technology in a new way is far more frequent in Denmark."),
    "finding.foreign_examples": (
        "Voorbeelden uit het buitenland zijn in beide landen zelden de aanleiding.",
        "Examples from abroad are rarely the trigger in either country."),
    "finding.knowledge_channels": (
        "De kanalen waarlangs kennis binnenkomt, zijn in beide landen vergelijkbaar.",
        "The channels through which knowledge comes in are comparable in both countries."),
    "finding.collaborates_almost_always": (
        "In Nederland wordt (vrijwel) altijd samengewerkt: slechts {pub_no_collaboration} "
        "werkte niet samen (Denemarken {pub_dk_no_collaboration}).",
        "Dutch organisations (almost) always collaborate: only {pub_no_collaboration} did not "
        "(Denmark {pub_dk_no_collaboration})."),
    "finding.sharing_fairly_high": (
        "Actief kennis delen ({pub_active_sharing}) is internationaal een tamelijk hoge score.",
        "Actively sharing knowledge ({pub_active_sharing}) is a fairly high score "
        "internationally."),
    "finding.sector_funds": (
        "Denemarken financiert vaker uit sectorfondsen.",
        "Denmark more often funds from sector funds."),
    "finding.no_specific_funding": (
        "In Denemarken was vaker geen specifieke financiering nodig.",
        "In Denmark no specific funding was needed more often."),
    "finding.stimulants_dk": (
        "Als stimulans vaker genoemd in Denemarken: regelgeving, beperkte budgetten, burgers en "
        "vrijwilligers.",
        "Named more often as a stimulus in Denmark: regulation, limited budgets, citizens and "
        "volunteers."),
    "finding.stimulants_nl": (
        "Als stimulans vaker genoemd in Nederland: nieuwe technologie, private partners en "
        "politiek leiderschap.",
        "Named more often as a stimulus in the Netherlands: new technology, private partners "
        "and political leadership."),
    "finding.efficiency": (
        "Efficiency speelt in Nederland een veel grotere rol: het is het vaakst genoemde "
        "resultaat ({pub_efficiency}); in Denemarken is het ‘veel lager’ (geen getal).",
        "Efficiency plays a much bigger role in the Netherlands: it is the result named most "
        "often ({pub_efficiency}); in Denmark it is ‘veel lager’ (much lower; no number)."),
    "finding.quality": (
        "Kwaliteitsverbetering is in Denemarken ‘iets hoger’ (het Deense getal komt van "
        "Danmarks Statistik, niet uit het rapport).",
        "Quality improvement is ‘iets hoger’ (slightly higher) in Denmark (the Danish number "
        "comes from Statistics Denmark, not from the report)."),
    "finding.short.share_prima": ("Aandeel innoverend", "Share innovating"),
    "finding.short.interaction": ("Typen: interactie", "Types: interaction"),
    "finding.short.services_products": ("Typen: diensten en producten",
                                        "Types: services and products"),
    "finding.short.known_tech_new_way": ("Bekende technologie, nieuw gebruik",
                                         "Known technology, new use"),
    "finding.short.foreign_examples": ("Aanleiding: buitenland", "Trigger: abroad"),
    "finding.short.knowledge_channels": ("Kenniskanalen", "Knowledge channels"),
    "finding.short.collaborates_almost_always": ("Samenwerking: (vrijwel) altijd",
                                                 "Collaboration: (almost) always"),
    "finding.short.sharing_fairly_high": ("Kennis delen", "Sharing knowledge"),
    "finding.short.sector_funds": ("Financiering: sectorfondsen", "Funding: sector funds"),
    "finding.short.no_specific_funding": ("Financiering: niet nodig", "Funding: none needed"),
    "finding.short.stimulants_dk": ("Stimulansen: regels, budget, burgers",
                                    "Stimuli: rules, budget, citizens"),
    "finding.short.stimulants_nl": ("Stimulansen: technologie, partners, politiek",
                                    "Stimuli: technology, partners, politics"),
    "finding.short.efficiency": ("Resultaat: efficiency", "Result: efficiency"),
    "finding.short.quality": ("Resultaat: kwaliteit", "Result: quality"),
    "finding.direction_hover": ("Richting uit de tekst van het rapport; geen getal",
                                "Direction from the report's text; no number"),
}

STRINGS: dict[str, dict[str, str]] = {k: {"nl": nl, "en": en} for k, (nl, en) in _S.items()}
