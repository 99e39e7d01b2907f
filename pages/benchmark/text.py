"""Strings of the benchmark page (/benchmark)."""

STRINGS: dict[str, dict[str, str]] = {
    "benchmark.edition.legend": {"nl": "Vergelijk met editie", "en": "Compare with edition"},
    "benchmark.title": {"nl": "Waar staat het innovatieklimaat van uw organisatie?",
                        "en": "Where does your organisation's innovation climate stand?"},
    "benchmark.lead": {
        "nl": "Beantwoord de {total} stellingen van de klimaatschaal en zie uw score, uw "
              "klimaatgroep en hoe uw organisatie zich verhoudt tot vergelijkbare organisaties.",
        "en": "Answer the {total} statements of the climate scale and see your score, your "
              "climate group and how your organisation compares with similar organisations.",
    },
    "benchmark.privacy": {
        "nl": "Privacy: uw antwoorden blijven in deze browsersessie. Alleen om het resultaat te "
              "berekenen gaan ze naar de server; daar worden ze niet opgeslagen en niet gelogd. "
              "Sluit of ververs de pagina en ze zijn weg. Alleen als u zelf een link kopieert, "
              "staan ze in die link.",
        "en": "Privacy: your answers stay in this browser session. They are sent to the server "
              "only to compute the result, and are neither stored nor logged there. Close or "
              "reload the page and they are gone. Only a link you copy yourself contains them.",
    },
    # --- form ---------------------------------------------------------------------------------
    "benchmark.profile.heading": {"nl": "1. Uw organisatie", "en": "1. Your organisation"},
    "benchmark.profile.help": {
        "nl": "Niet verplicht. Nodig om met uw eigen sector, cluster of omvangsklasse te "
              "vergelijken.",
        "en": "Optional. Needed to compare with your own sector, cluster or size class.",
    },
    "benchmark.sector.label": {"nl": "Sector", "en": "Sector"},
    "benchmark.cluster.label": {"nl": "Thematisch cluster", "en": "Thematic cluster"},
    "benchmark.size.label": {"nl": "Omvang (aantal medewerkers)",
                             "en": "Size (number of employees)"},
    "benchmark.select.none": {"nl": "— geen keuze —", "en": "— not chosen —"},
    "benchmark.statements.heading": {"nl": "2. Stellingen over het innovatieklimaat",
                                     "en": "2. Statements on the innovation climate"},
    "benchmark.statements.paraphrase": {
        "nl": "De precieze formulering van de stellingen is niet gepubliceerd: alle stellingen "
              "hier zijn parafrases. De eerste vijf volgen de beschrijving in het rapport, de "
              "overige zijn benoemd naar thema's die het rapport bespreekt. Welke stellingen buiten "
              "de schaal vielen ({pub_statements_in_scale} van de {pub_statements_presented} "
              "vormen de index, volgens het artikel van de onderzoekers op Platform O), is niet "
              "bekend; wij nemen aan: {excluded}.",
        "en": "The exact wording of the statements was not published: every statement here is "
              "a paraphrase. The first five follow the report's description, the others are "
              "named after themes the report discusses. Which statements were left out of the "
              "scale ({pub_statements_in_scale} of the {pub_statements_presented} form the "
              "index, according to the researchers' article on Platform O) is unknown; we "
              "assume: {excluded}.",
    },
    "benchmark.answer.none": {"nl": "niet beantwoord", "en": "not answered"},
    "benchmark.count": {
        "nl": "{answered} van de {total} stellingen beantwoord met een oordeel (minimaal {min} "
              "nodig).",
        "en": "{answered} of the {total} statements answered with an opinion (at least {min} "
              "needed).",
    },
    "benchmark.submit": {"nl": "Toon mijn resultaat", "en": "Show my result"},
    "benchmark.stale": {
        "nl": "U heeft antwoorden gewijzigd. Klik op ‘Toon mijn resultaat’ om het resultaat bij "
              "te werken.",
        "en": "You changed answers. Click ‘Show my result’ to update the result.",
    },
    # --- peer group ---------------------------------------------------------------------------
    "benchmark.result.heading": {"nl": "3. Uw resultaat", "en": "3. Your result"},
    "benchmark.peer.legend": {"nl": "Vergelijk met", "en": "Compare with"},
    "benchmark.peer.option.sector": {"nl": "eigen sector: {group} (n = {n})",
                                     "en": "own sector: {group} (n = {n})"},
    "benchmark.peer.option.cluster": {"nl": "eigen cluster: {group} (n = {n})",
                                      "en": "own cluster: {group} (n = {n})"},
    "benchmark.peer.option.size_class": {"nl": "zelfde omvang: {group} (n = {n})",
                                         "en": "same size: {group} (n = {n})"},
    "benchmark.peer.option.all": {"nl": "alle organisaties (n = {n})",
                                  "en": "all organisations (n = {n})"},
    "benchmark.grouping.sector": {"nl": "sector", "en": "sector"},
    "benchmark.grouping.cluster": {"nl": "cluster", "en": "cluster"},
    "benchmark.grouping.size_class": {"nl": "omvangsklasse", "en": "size class"},
    "benchmark.peer.withheld": {
        "nl": "Uw {grouping} ({group}) wordt niet als vergelijkingsgroep aangeboden: die is te "
              "klein om uw positie te tonen zonder de deelnemers herkenbaar te maken (niet "
              "getoond ter bescherming van de deelnemers). Kies een van de andere groepen.",
        "en": "Your {grouping} ({group}) is not offered as a peer group: it is too small to "
              "show your position without making the participants recognisable (not shown to "
              "protect the participants). Choose one of the other groups.",
    },
    "benchmark.peer.hint": {
        "nl": "Kies hierboven uw sector, cluster of omvang om ook daarmee te vergelijken.",
        "en": "Choose your sector, cluster or size above to compare with those too.",
    },
    # --- result -------------------------------------------------------------------------------
    "benchmark.result.placeholder": {
        "nl": "Vul de stellingen in en klik op ‘Toon mijn resultaat’.",
        "en": "Answer the statements and click ‘Show my result’.",
    },
    "benchmark.invalid.title": {"nl": "Nog geen score", "en": "No score yet"},
    "benchmark.invalid.body": {
        "nl": "U gaf bij {answered} van de {total} stellingen een oordeel; voor een score zijn er "
              "minimaal {min} nodig. Beantwoord er nog {missing} (‘weet niet’ telt niet mee).",
        "en": "You gave an opinion on {answered} of the {total} statements; a score needs at "
              "least {min}. Answer {missing} more (‘don't know’ does not count).",
    },
    "benchmark.invalid.which": {"nl": "Nog zonder oordeel: stelling {numbers}.",
                                "en": "Still without an opinion: statement {numbers}."},
    "benchmark.score.label": {"nl": "Uw klimaatscore", "en": "Your climate score"},
    "benchmark.score.detail": {
        "nl": "gemiddelde van {answered} stellingen, schaal 1 (laag) tot 5 (hoog)",
        "en": "mean of {answered} statements, scale 1 (low) to 5 (high)",
    },
    "benchmark.group.label": {"nl": "Klimaatgroep", "en": "Climate group"},
    "benchmark.group.cutoffs": {
        "nl": "Grenzen uit het rapport ({figure_climate_groups}): beperkt lager dan "
              "{cut_low}; gemiddeld tussen {cut_low} en {cut_high}; krachtig hoger dan "
              "{cut_high}. Het rapport zegt niet in welke groep precies {cut_low} en {cut_high} "
              "vallen; wij rekenen beide tot gemiddeld.",
        "en": "Cut-offs from the report ({figure_climate_groups}): limited below {cut_low}; "
              "average between {cut_low} and {cut_high}; strong above {cut_high}. The report "
              "does not say where exactly {cut_low} and {cut_high} fall; we count both as "
              "average.",
    },
    "benchmark.percentile.label": {"nl": "Hoger dan ongeveer", "en": "Higher than about"},
    "benchmark.percentile.detail_all": {"nl": "van alle organisaties",
                                        "en": "of all organisations"},
    "benchmark.percentile.detail": {"nl": "van de organisaties in {peer}",
                                    "en": "of the organisations in {peer}"},
    "benchmark.sentence.sector": {
        "nl": "Uw score {score} ligt hoger dan ongeveer {pct} van de {n} organisaties in de "
              "sector {group}.",
        "en": "Your score of {score} is higher than about {pct} of the {n} organisations in the "
              "sector {group}.",
    },
    "benchmark.sentence.cluster": {
        "nl": "Uw score {score} ligt hoger dan ongeveer {pct} van de {n} organisaties in het "
              "cluster {group}.",
        "en": "Your score of {score} is higher than about {pct} of the {n} organisations in the "
              "cluster {group}.",
    },
    "benchmark.sentence.size_class": {
        "nl": "Uw score {score} ligt hoger dan ongeveer {pct} van de {n} organisaties met "
              "{group}.",
        "en": "Your score of {score} is higher than about {pct} of the {n} organisations with "
              "{group}.",
    },
    "benchmark.sentence.all": {
        "nl": "Uw score {score} ligt hoger dan ongeveer {pct} van alle {n} organisaties.",
        "en": "Your score of {score} is higher than about {pct} of all {n} organisations.",
    },
    "benchmark.percentile.approx": {
        "nl": "Benadering: het dashboard kent per groep alleen het aandeel organisaties onder "
              "elke score in stappen van {step} punt, afgerond op {band} procentpunt ter "
              "bescherming van de deelnemers. Tussen twee stappen schatten we rechtlijnig; het "
              "gepubliceerde aandeel ligt tussen {low} en {high}.",
        "en": "An approximation: the dashboard only knows, per group, the share of "
              "organisations below each score in steps of {step} points, rounded to {band} "
              "percentage points to protect the participants. Between two steps we interpolate "
              "linearly; the published share lies between {low} and {high}.",
    },
    "benchmark.percentile.approx_on_grid": {
        "nl": "Benadering: het dashboard kent per groep alleen een grove verdeling van de "
              "scores (stappen van {step} punt), afgerond op {band} procentpunt ter "
              "bescherming van de deelnemers.",
        "en": "An approximation: the dashboard only knows a coarse distribution of the scores "
              "per group (steps of {step} points), rounded to {band} percentage points to "
              "protect the participants.",
    },
    "benchmark.peer.in.sector": {"nl": "de sector {group}", "en": "the sector {group}"},
    "benchmark.peer.in.cluster": {"nl": "het cluster {group}", "en": "the cluster {group}"},
    "benchmark.peer.in.size_class": {"nl": "de omvangsklasse {group}",
                                     "en": "the size class {group}"},
    "benchmark.peer.in.all": {"nl": "alle organisaties", "en": "all organisations"},
    "benchmark.synthetic_note": {
        "nl": "De vergelijkingsgroepen zijn synthetisch: gesimuleerde organisaties, afgestemd op "
              "de gepubliceerde cijfers. Uw eigen score is echt.",
        "en": "The peer groups are synthetic: simulated organisations calibrated to the "
              "published figures. Your own score is real.",
    },
    # --- chart --------------------------------------------------------------------------------
    "benchmark.chart.title": {"nl": "Uw score in de spreiding van {peer}",
                              "en": "Your score in the spread of {peer}"},
    "benchmark.chart.title_two": {"nl": "Uw score in de spreiding van {peer} en van alle "
                                        "organisaties",
                                  "en": "Your score in the spread of {peer} and of all "
                                        "organisations"},
    "benchmark.chart.summary": {
        "nl": "Uw score is {score}. De middelste helft van {peer} scoort tussen {q1} en {q3}, "
              "met een mediaan van {median}.",
        "en": "Your score is {score}. The middle half of {peer} scores between {q1} and {q3}, "
              "with a median of {median}.",
    },
    "benchmark.chart.axis": {"nl": "Innovatieklimaat (1 = laag, 5 = hoog)",
                             "en": "Innovation climate (1 = low, 5 = high)"},
    "benchmark.chart.question": {
        "nl": "Innovatieklimaat: gemiddelde van {total} stellingen (schaal 1 tot 5). Box: "
              "middelste helft van de organisaties; streep: mediaan; stippellijn: gemiddelde; "
              "snorharen: 10e tot 90e percentiel. Afgerond/verstoord ter bescherming van de "
              "deelnemers.",
        "en": "Innovation climate: mean of {total} statements (scale 1 to 5). Box: middle half "
              "of the organisations; line: median; dashed line: mean; whiskers: 10th to 90th "
              "percentile. Rounded/perturbed to protect the participants.",
    },
    "benchmark.chart.n": {"nl": "{group}: n = {n} organisaties met een score",
                          "en": "{group}: n = {n} organisations with a score"},
    "benchmark.chart.source": {
        "nl": "Bron: synthetische gegevens, afgestemd op de Innovatie Barometer Overheid "
              "{report_year} (BZK/ICTU, {report_year}); geen echte antwoorden van organisaties.",
        "en": "Source: synthetic data calibrated to the Innovatie Barometer Overheid "
              "{report_year} (BZK/ICTU, {report_year}); no real answers of organisations.",
    },
    "benchmark.whisker.p10_p90": {"nl": "P10–P90", "en": "P10–P90"},
    "benchmark.table.group": {"nl": "Groep", "en": "Group"},
    "benchmark.table.q1": {"nl": "Q1", "en": "Q1"},
    "benchmark.table.median": {"nl": "Mediaan", "en": "Median"},
    "benchmark.table.q3": {"nl": "Q3", "en": "Q3"},
    "benchmark.table.mean": {"nl": "Gemiddelde", "en": "Mean"},
    "benchmark.table.whiskers": {"nl": "Snorharen", "en": "Whiskers"},
    "benchmark.table.you": {"nl": "Uw score", "en": "Your score"},
    # --- statements ---------------------------------------------------------------------------
    "benchmark.items.title": {"nl": "Stelling voor stelling", "en": "Statement by statement"},
    "benchmark.items.lead": {
        "nl": "Uw antwoord naast het aandeel organisaties in {peer} dat het (helemaal) eens is. "
              "Bovenaan staan de stellingen waar u het meest achterblijft. Achter: de meeste "
              "organisaties in de groep zijn het (helemaal) eens, u niet; voor: u wel, de meeste "
              "niet; gelijk op: u en de meeste organisaties zijn het eens, of allebei niet.",
        "en": "Your answer beside the share of organisations in {peer} that (strongly) agree. "
              "At the top are the statements where you lag most. Behind: most organisations in "
              "the group (strongly) agree, you do not; ahead: you agree, most do not; level: "
              "you and most organisations agree, or both do not.",
    },
    "benchmark.col.number": {"nl": "Nr.", "en": "No."},
    "benchmark.col.statement": {"nl": "Stelling (parafrase)", "en": "Statement (paraphrase)"},
    "benchmark.col.answer": {"nl": "Uw antwoord", "en": "Your answer"},
    "benchmark.col.share": {"nl": "% (helemaal) eens in de groep",
                            "en": "% (strongly) agree in the group"},
    "benchmark.col.position": {"nl": "Uw positie", "en": "Your position"},
    "benchmark.position.behind": {"nl": "achter", "en": "behind"},
    "benchmark.position.ahead": {"nl": "voor", "en": "ahead"},
    "benchmark.position.level": {"nl": "gelijk op", "en": "level"},
    "benchmark.position.unknown": {"nl": "niet te vergelijken", "en": "cannot be compared"},
    # --- report quotes ------------------------------------------------------------------------
    "benchmark.report.title": {"nl": "Wat het rapport verbindt met een krachtig innovatieklimaat",
                               "en": "What the report associates with a strong innovation "
                                     "climate"},
    "benchmark.report.mistakes": {
        "nl": "Omgaan met fouten, genoemd als succesfactor van de laatste innovatie ({figure}):",
        "en": "Dealing with mistakes, named as a success factor of the latest innovation "
              "({figure}):",
    },
    "benchmark.report.time": {
        "nl": "Tijd: het rapport bespreekt in verband met het klimaat ({figure})",
        "en": "Time: the report discusses in connection with the climate ({figure})",
    },
    "benchmark.report.results": {
        "nl": "Resultaten: kwaliteitsverbetering en tevredenheid van medewerkers ({figure}):",
        "en": "Results: quality improvement and employee satisfaction ({figure}):",
    },
    "benchmark.report.management": {
        "nl": "Steun van het management: het rapport bespreekt ook de rol van het management en "
              "de visie op innovatie in verband met het klimaat. Een letterlijk citaat daarover "
              "staat niet in onze bronnotities; lees het rapport zelf.",
        "en": "Management support: the report also discusses the role of management and the "
              "vision on innovation in connection with the climate. Our source notes hold no "
              "verbatim quote on it; see the report itself.",
    },
    "benchmark.report.translation": {"nl": "(vertaling: “{text}”)",
                                     "en": "(quoted in Dutch; our translation: “{text}”)"},
    # The report's Dutch words, and their English translation (shown beside the Dutch quote).
    "benchmark.report.gloss.mistakes": {
        "nl": "dat wordt in organisaties met een krachtig innovatieklimaat {pub_gap_mistakes} "
              "procentpunten "
              "vaker genoemd dan in organisaties met een beperkt innovatieklimaat.",
        "en": "organisations with a strong innovation climate name it {pub_gap_mistakes} "
              "percentage points more often than organisations with a limited innovation "
              "climate.",
    },
    "benchmark.report.gloss.time": {
        "nl": "het hebben van voldoende tijd voor innovatie",
        "en": "having enough time for innovation",
    },
    "benchmark.report.gloss.results": {
        "nl": "daar scoren organisaties met een krachtig innovatieklimaat, {pub_gap_results} "
              "procentpunten beter "
              "dan die met een beperkt innovatieklimaat.",
        "en": "there, organisations with a strong innovation climate score {pub_gap_results} "
              "percentage points "
              "better than those with a limited innovation climate.",
    },
    "benchmark.report.your_answers": {"nl": "Uw antwoorden: {answers}.",
                                      "en": "Your answers: {answers}."},
    "benchmark.report.print_source": {"nl": "Citaten uit: {source}; {where}.",
                                      "en": "Quotes from: {source}; {where}."},
    # --- share and print ----------------------------------------------------------------------
    "benchmark.actions.heading": {"nl": "Bewaren en delen", "en": "Keep and share"},
    "benchmark.link.label": {"nl": "Link met uw antwoorden", "en": "Link with your answers"},
    "benchmark.link.warning": {
        "nl": "Deze link bevat uw antwoorden en keuzes: wie de link heeft, ziet ze. Met de link "
              "opent u later hetzelfde resultaat.",
        "en": "This link contains your answers and choices: anyone with the link sees them. "
              "The link opens the same result later.",
    },
    "benchmark.copy": {"nl": "Kopieer link met antwoorden", "en": "Copy link with answers"},
    "benchmark.copied": {"nl": "Link gekopieerd.", "en": "Link copied."},
    "benchmark.copy_failed": {
        "nl": "Kopiëren lukte niet; selecteer de link en kopieer hem zelf.",
        "en": "Copying failed; select the link and copy it yourself.",
    },
    "benchmark.print": {"nl": "Print / PDF", "en": "Print / PDF"},
    "benchmark.print.note": {
        "nl": "Print of bewaar als PDF (kies ‘Opslaan als PDF’ als printer): u krijgt één "
              "pagina met uw resultaat voor een teamoverleg.",
        "en": "Print or save as PDF (choose ‘Save as PDF’ as the printer): you get one page "
              "with your result for a team meeting.",
    },
    "benchmark.leave_warning": {
        "nl": "Uw antwoorden worden nergens bewaard. Wilt u deze pagina verlaten? Gebruik "
              "eerst \"Kopieer link\" om ze later terug te halen.",
        "en": "Your answers are not stored anywhere. Leave this page? Use \"Copy link\" first "
              "to get them back later."},
    "benchmark.print.profile": {"nl": "Profiel: {profile}. Afgedrukt op {date}.",
                                "en": "Profile: {profile}. Printed on {date}."},
    "benchmark.print.no_profile": {"nl": "niet opgegeven", "en": "not given"},
    "benchmark.print.header": {
        "nl": "Benchmark innovatieklimaat — uit het dashboard Innovatie Barometer Overheid "
              "{report_year}. "
              "Vergelijkingsgroepen: synthetische gegevens.",
        "en": "Innovation climate benchmark — from the Innovatie Barometer Overheid {report_year} "
              "dashboard. Peer groups: synthetic data.",
    },
}
