"""Strings of the international comparison page (/vergelijking)."""

STRINGS: dict[str, dict[str, str]] = {
    "cmp.title": {"nl": "Nederland en Denemarken vergeleken",
                  "en": "The Netherlands and Denmark compared"},
    "cmp.lead": {
        "nl": "De Innovatie Barometer Overheid is afgeleid van de Deense Innovationsbarometer. "
              "Hier staan de cijfers die het rapport vergelijkt naast elkaar, per onderwerp, "
              "precies zoals ze gepubliceerd zijn: met periode, aantallen, bron en de "
              "verschillen tussen beide onderzoeken die u bij het lezen moet meewegen.",
        "en": "The Dutch Government Innovation Barometer is derived from Denmark's "
              "Innovationsbarometer. This page puts the numbers the report compares side by "
              "side, topic by topic, exactly as published: with period, sample sizes, source "
              "and the differences between the two surveys to keep in mind when reading them.",
    },
    "cmp.conclusion": {
        "nl": "Conclusie van het rapport: in Denemarken komen innovaties vaker voort uit druk van "
              "buitenaf (reorganisaties, wet- en regelgeving, economische druk); in Nederland "
              "vaker uit kansen die men ziet (nieuwe technologie, innovaties elders) en zijn ze "
              "vaker gericht op efficiëntie.",
        "en": "The report's conclusion: in Denmark innovations more often stem from external "
              "pressure (reorganisations, legislation, economic pressure); in the Netherlands "
              "more often from opportunities people see (new technology, innovations elsewhere), "
              "and they more often aim at efficiency.",
    },
    "cmp.conclusion.source": {"nl": "tekst bij {triggers} en {results}",
                              "en": "text with {triggers} and {results}"},
    # --- controls ---------------------------------------------------------------------------
    "cmp.control.topic": {"nl": "Onderwerp", "en": "Topic"},
    "cmp.control.subgroup": {"nl": "Nederlandse subgroep ernaast (optioneel)",
                             "en": "Dutch subgroup alongside (optional)"},
    "cmp.control.no_subgroup": {"nl": "Geen subgroep", "en": "No subgroup"},
    "cmp.control.subgroup_help": {
        "nl": "Een sector of cluster uit de gegevens per organisatie, naast het gepubliceerde "
              "Nederlandse totaal. Groepen met minder dan {min_cell} organisaties worden niet "
              "aangeboden.",
        "en": "A sector or cluster from the organisation-level data, beside the published Dutch "
              "total. Groups of fewer than {min_cell} organisations are not offered.",
    },
    "cmp.control.subgroup_none_available": {
        "nl": "Er zijn in deze gegevens geen subgroepen beschikbaar.",
        "en": "No subgroups are available in these data.",
    },
    "cmp.download.topic": {"nl": "Download deze vergelijking als CSV",
                           "en": "Download this comparison as CSV"},
    "cmp.download.gaps": {"nl": "Download de verschillen als CSV",
                          "en": "Download the gaps as CSV"},
    "cmp.notice.subgroup_unavailable": {
        "nl": "De subgroep “{group}” uit de link is niet beschikbaar (minder dan {min_cell} "
              "organisaties of geen gegevens); de vergelijking wordt zonder subgroep getoond.",
        "en": "The subgroup “{group}” in the link is not available (fewer than {min_cell} "
              "organisations or no data); the comparison is shown without a subgroup.",
    },
    # --- topics -------------------------------------------------------------------------------
    "cmp.topic.aandeel": {"nl": "{figures} – Aandeel dat innoveerde: Nederland en de Noordse "
                                "landen",
                          "en": "{figures} – Share that innovated: the Netherlands and the Nordic "
                                "countries"},
    "cmp.topic.typen": {"nl": "{figures} – Soorten innovatie",
                        "en": "{figures} – Types of innovation"},
    "cmp.topic.herkomst": {"nl": "{figures} – Zelf ontwikkeld, aangepast of gekopieerd",
                           "en": "{figures} – Developed in-house, adapted or copied"},
    "cmp.topic.technologie": {"nl": "{figures} – Rol van technologie in de innovatie",
                              "en": "{figures} – Role of technology in the innovation"},
    "cmp.topic.aanleiding": {"nl": "{figures} – Aanleiding tot de innovatie",
                             "en": "{figures} – What triggered the innovation"},
    "cmp.topic.samenwerking": {"nl": "{figures} – Samenwerkingspartners",
                               "en": "{figures} – Collaboration partners"},
    "cmp.topic.verspreiding": {"nl": "{figures} – Actieve verspreiding van de innovatie",
                               "en": "{figures} – Active dissemination of the innovation"},
    "cmp.topic.financiering": {"nl": "{figures} – Financiering uit eigen budget",
                               "en": "{figures} – Funding from the own budget"},
    "cmp.topic.resultaten": {"nl": "{figures} – Behaalde resultaten",
                             "en": "{figures} – Results obtained"},
    "cmp.topic.factoren": {"nl": "{figures} – Bevorderende en belemmerende factoren",
                           "en": "{figures} – Promoting and hindering factors"},
    "cmp.topic_short.aandeel": {"nl": "Innovatie", "en": "Innovation"},
    "cmp.topic_short.typen": {"nl": "Type", "en": "Type"},
    "cmp.topic_short.herkomst": {"nl": "Herkomst", "en": "Origin"},
    "cmp.topic_short.technologie": {"nl": "Technologie", "en": "Technology"},
    "cmp.topic_short.aanleiding": {"nl": "Aanleiding", "en": "Trigger"},
    "cmp.topic_short.samenwerking": {"nl": "Samenwerking", "en": "Collaboration"},
    "cmp.topic_short.verspreiding": {"nl": "Verspreiding", "en": "Dissemination"},
    "cmp.topic_short.financiering": {"nl": "Financiering", "en": "Funding"},
    "cmp.topic_short.resultaten": {"nl": "Resultaat", "en": "Result"},
    "cmp.topic_short.factoren": {"nl": "Factoren", "en": "Factors"},
    # What the Dutch question asked (no verbatim wording: the questionnaire is not available).
    "cmp.question.nl.aandeel": {
        "nl": "Nederlandse vraag (omschrijving, geen letterlijke tekst): heeft de organisatie in "
              "de periode {period} een of meer innovaties ingevoerd? Basis: alle {n} organisaties.",
        "en": "Dutch question (description, not verbatim): did the organisation introduce one or "
              "more innovations in the period {period}? Base: all {n} organisations.",
    },
    "cmp.question.nl.typen": {
        "nl": "Nederlandse vraag (omschrijving): welk type innovatie was het? Meerdere antwoorden "
              "mogelijk; basis: de organisaties die innoveerden.",
        "en": "Dutch question (description): what type of innovation was it? Several answers "
              "possible; base: the organisations that innovated.",
    },
    "cmp.question.nl.herkomst": {
        "nl": "Nederlandse vraag (omschrijving): was de innovatie zelf ontwikkeld, geïnspireerd "
              "op oplossingen elders en aangepast, of voornamelijk gekopieerd?",
        "en": "Dutch question (description): was the innovation developed in-house, inspired by "
              "solutions elsewhere and adapted, or mainly copied?",
    },
    "cmp.question.nl.technologie": {
        "nl": "Nederlandse vraag (omschrijving): in welke mate maakte technologie deel uit van de "
              "innovatie?",
        "en": "Dutch question (description): to what extent was technology part of the "
              "innovation?",
    },
    "cmp.question.nl.aanleiding": {
        "nl": "Nederlandse vraag (omschrijving): wie of wat was de aanleiding tot de innovatie? "
              "Meerdere antwoorden mogelijk.",
        "en": "Dutch question (description): who or what triggered the innovation? Several "
              "answers possible.",
    },
    "cmp.question.nl.samenwerking": {
        "nl": "Nederlandse vraag (omschrijving): met wie is bij de innovatie samengewerkt? "
              "Meerdere antwoorden mogelijk.",
        "en": "Dutch question (description): with whom did the organisation collaborate on the "
              "innovation? Several answers possible.",
    },
    "cmp.question.nl.verspreiding": {
        "nl": "Nederlandse vraag (omschrijving): heeft de organisatie de innovatie actief "
              "verspreid, zodat anderen haar kunnen gebruiken?",
        "en": "Dutch question (description): did the organisation actively disseminate the "
              "innovation so that others can use it?",
    },
    "cmp.question.nl.financiering": {
        "nl": "Nederlandse vraag (omschrijving): hoe is de innovatie gefinancierd? Meerdere "
              "bronnen mogelijk.",
        "en": "Dutch question (description): how was the innovation funded? Several sources "
              "possible.",
    },
    "cmp.question.nl.resultaten": {
        "nl": "Nederlandse vraag (omschrijving): welke resultaten heeft de innovatie opgeleverd? "
              "Meerdere antwoorden mogelijk.",
        "en": "Dutch question (description): what results did the innovation yield? Several "
              "answers possible.",
    },
    "cmp.question.nl.factoren": {
        "nl": "Nederlandse vraag (omschrijving): een vijftiental factoren, elk beoordeeld als "
              "(sterk) belemmerend, neutraal of (sterk) bevorderend. Het rapport noemt in de "
              "tekst geen percentages ({figures}).",
        "en": "Dutch question (description): about fifteen factors, each rated (strongly) "
              "hindering, neutral or (strongly) promoting. The report's text gives no "
              "percentages ({figures}).",
    },
    "cmp.question.dk": {"nl": "Deense vraag (letterlijk): “{text}”",
                        "en": "Danish question (verbatim): “{text}”"},
    # Topic notes: what the reader must know to read this chart.
    "cmp.note.aandeel": {
        "nl": "Het rapport noemt voor Denemarken {cited[all]} (uit de Noordse vergelijking, "
              "bron volgens het rapport: {dk_cited_source}); de Deense {dk_ordinal} editie zelf meldt "
              "{own[all]}. Beide staan erbij.",
        "en": "The report gives {cited[all]} for Denmark (from the Nordic comparison; source "
              "according to the report: {dk_cited_source}); the Danish {dk_ordinal} edition itself "
              "reports {own[all]}. Both are shown.",
    },
    "cmp.note.typen": {
        "nl": "Voor diensten, producten en interactie (Deens: kommunikation) schrijft het rapport "
              "alleen dat Nederland hoger scoort, zonder Deens cijfer.",
        "en": "For services, products and interaction (Danish: communication) the report only "
              "says the Netherlands scores higher, without a Danish number.",
    },
    "cmp.note.herkomst": {
        "nl": "De Deense bron geeft geïnspireerd en gekopieerd samen ({dk[inspired_or_copied]}) "
              "en {dk[dont_know]} ‘weet niet’; "
              "de Nederlandse antwoordcategorieën kennen geen ‘weet niet’.",
        "en": "The Danish source gives inspired and copied together ({dk[inspired_or_copied]}) "
              "and {dk[dont_know]} ‘don't know’; "
              "the Dutch answer categories have no ‘don't know’.",
    },
    "cmp.note.technologie": {
        "nl": "Het rapport verbindt het hogere Nederlandse aandeel technologie deels met de "
              "COVID-19-periode (thuiswerken, digitalisering).",
        "en": "The report links part of the higher Dutch technology share to the COVID-19 period "
              "(home working, digitalisation).",
    },
    "cmp.note.aanleiding": {
        "nl": "Of ‘politiek, burgers en omgeving’ voor elke categorie afzonderlijk of samen geldt, "
              "zegt het rapport niet. Voor managers geeft het geen Deens cijfer.",
        "en": "Whether ‘politics, citizens and environment’ applies to each category separately "
              "or combined, the report does not say. It gives no Danish number for managers.",
    },
    "cmp.note.samenwerking": {
        "nl": "In Denemarken vullen ‘geen samenwerking’ ({dk[none]}) en ‘wel samengewerkt’ "
              "({dk[any_collaboration]}) elkaar aan tot 100%.",
        "en": "In Denmark, ‘no collaboration’ ({dk[none]}) and ‘collaborated’ "
              "({dk[any_collaboration]}) add up to 100%.",
    },
    "cmp.note.verspreiding": {
        "nl": "Voor de Deense {dk_ordinal} editie is geen cijfer over actieve verspreiding "
              "gepubliceerd; alleen een andere editie geeft er een, als context (met haar "
              "periode).",
        "en": "No figure on active dissemination was published for the Danish {dk_ordinal} "
              "edition; only another edition gives one, as context (with its period).",
    },
    "cmp.note.financiering": {
        "nl": "Het rapport noemt {cited[own_budget]} voor Denemarken; de Deense bron zegt dat "
              "het eigen budget ‘meer dan de helft’ van de innovaties medefinanciert.",
        "en": "The report gives {cited[own_budget]} for Denmark; the Danish source says the own "
              "budget co-finances ‘more than half’ of the innovations.",
    },
    "cmp.note.resultaten": {
        "nl": "Voor efficiëntie schrijft het rapport alleen dat Denemarken ‘veel lager’ scoort; "
              "een Deens cijfer voor {dk_period} is niet gepubliceerd.",
        "en": "For efficiency the report only says Denmark scores ‘much lower’; no Danish number "
              "for {dk_period} was published.",
    },
    "cmp.note.factoren": {
        "nl": "Het Deense cijfer geldt alleen voor innovaties die in samenwerking tot stand "
              "kwamen (‘fokus på sikker drift’, focus op een veilige, ongestoorde "
              "bedrijfsvoering).",
        "en": "The Danish number applies only to innovations made in collaboration (‘fokus på "
              "sikker drift’, focus on safe, undisturbed operations).",
    },
    # --- categories without a codebook label --------------------------------------------------
    "cmp.cat.innovation_share.all": {"nl": "Voerde een of meer innovaties in",
                                     "en": "Introduced one or more innovations"},
    "cmp.cat.innovation_origin.inspired_or_copied": {
        "nl": "Geïnspireerd of gekopieerd (samen)", "en": "Inspired or copied (combined)"},
    "cmp.cat.innovation_origin.dont_know": {"nl": "Weet niet", "en": "Don't know"},
    "cmp.cat.collaboration_partner.any_collaboration": {
        "nl": "Wel samengewerkt (met wie dan ook)", "en": "Collaborated (with anyone)"},
    "cmp.cat.innovation_factor.focus_on_continuity": {
        "nl": "Focus op continuïteit van de bedrijfsvoering (belemmerend)",
        "en": "Focus on continuity of operations (hindering)"},
    # --- context lines ------------------------------------------------------------------------
    "cmp.context.heading": {
        "nl": "Ter context, niet als vergelijking bedoeld (andere editie, deelpopulatie of "
              "samengestelde maat):",
        "en": "For context, not meant as a comparison (other edition, subpopulation or composite "
              "measure):",
    },
    "cmp.context.line": {"nl": "{country} – {label}: {value} ({edition}, {period}{n})",
                         "en": "{country} – {label}: {value} ({edition}, {period}{n})"},
    "cmp.ctx.innovation_share.municipal": {"nl": "gemeentelijke werkplekken die innoveerden",
                                           "en": "municipal workplaces that innovated"},
    "cmp.ctx.innovation_share.state": {"nl": "werkplekken van de staat die innoveerden",
                                       "en": "state workplaces that innovated"},
    "cmp.ctx.innovation_share.regional": {"nl": "regionale werkplekken die innoveerden",
                                          "en": "regional workplaces that innovated"},
    "cmp.ctx.NORDIC-DIFI-2019.all": {"nl": "aandeel dat innoveerde (alleen gemeentelijke sector)",
                                     "en": "share that innovated (municipal sector only)"},
    "cmp.ctx.innovation_share.all": {"nl": "aandeel werkplekken dat innoveerde",
                                     "en": "share of workplaces that innovated"},
    "cmp.ctx.actor_positive_role.employees": {
        "nl": "medewerkers spelen een positieve rol (aanleiding of bevorderaar, samengestelde "
              "maat)",
        "en": "employees play a positive role (trigger or promoter, composite measure)"},
    "cmp.ctx.actor_positive_role.private_companies": {
        "nl": "private bedrijven spelen een positieve rol (samengestelde maat)",
        "en": "private companies play a positive role (composite measure)"},
    "cmp.ctx.actor_positive_role.abroad": {
        "nl": "buitenlandse partijen spelen een positieve rol (samengestelde maat)",
        "en": "foreign actors play a positive role (composite measure)"},
    "cmp.ctx.actor_positive_role.foundations": {
        "nl": "fondsen spelen een positieve rol (samengestelde maat)",
        "en": "foundations play a positive role (composite measure)"},
    "cmp.ctx.factor_items.number_of_factors": {
        "nl": "aantal voorgelegde factoren (‘een vijftiental’)",
        "en": "number of factors presented (‘about fifteen’)"},
    "cmp.ctx.promoting_factor.employee_participation": {
        "nl": "medewerking van medewerkers bevorderend", "en": "employee participation promoting"},
    "cmp.ctx.hindering_factor.employee_participation": {
        "nl": "medewerking van medewerkers belemmerend", "en": "employee participation hindering"},
    "cmp.ctx.promoting_factor.cross_workplace_collaboration": {
        "nl": "samenwerking over de werkplek heen bevorderend",
        "en": "collaboration across the workplace promoting"},
    "cmp.ctx.hindering_factor.cross_workplace_collaboration": {
        "nl": "samenwerking over de werkplek heen belemmerend",
        "en": "collaboration across the workplace hindering"},
    "cmp.edition.DK": {"nl": "Deense {ordinal} editie", "en": "Danish {ordinal} edition"},
    "cmp.edition.MNNS-2019": {"nl": "Noordse vergelijking", "en": "Nordic comparison"},
    # --- chart rows, lines and table ----------------------------------------------------------
    "cmp.not_published": {"nl": "niet gepubliceerd", "en": "not published"},
    "cmp.sub.unavailable": {"nl": "niet beschikbaar", "en": "not available"},
    "cmp.label.microdata": {"nl": "enquêtegegevens", "en": "survey data"},
    "cmp.cited_note": {
        "nl": "* Deens cijfer zoals geciteerd in het Nederlandse rapport; niet in een openbare "
              "Deense bron teruggevonden (waarschijnlijk aangeleverd door COI).",
        "en": "* Danish number as cited in the Dutch report; not found in a public Danish source "
              "(probably supplied by COI).",
    },
    "cmp.periods": {"nl": "Periode: {periods}.", "en": "Period: {periods}."},
    "cmp.n.line": {"nl": "n: {parts}.", "en": "n: {parts}."},
    "cmp.n.nl.all": {"nl": "Nederland {n} organisaties", "en": "Netherlands {n} organisations"},
    "cmp.n.nl.innovators": {"nl": "Nederland {n} organisaties die innoveerden",
                            "en": "Netherlands {n} organisations that innovated"},
    "cmp.n.nl.all.none": {"nl": "Nederland: alle deelnemende organisaties (het rapport geeft "
                                "bij deze figuur geen n)",
                          "en": "Netherlands: all participating organisations (the report "
                                "gives no n for this figure)"},
    "cmp.n.nl.innovators.none": {"nl": "Nederland: de organisaties die innoveerden (het rapport "
                                       "geeft bij deze figuur geen n)",
                                 "en": "Netherlands: the organisations that innovated (the "
                                       "report gives no n for this figure)"},
    "cmp.n.dk": {"nl": "Denemarken {n} werkplekken", "en": "Denmark {n} workplaces"},
    "cmp.n.dk.innovators": {"nl": "Denemarken {n} werkplekken die innoveerden",
                            "en": "Denmark {n} workplaces that innovated"},
    "cmp.n.dk.none": {"nl": "Denemarken: niet vermeld bij deze cijfers",
                      "en": "Denmark: not stated for these numbers"},
    "cmp.n.dk.cited": {"nl": "bij cijfers met * geeft het rapport geen n",
                       "en": "the report gives no n for numbers marked *"},
    "cmp.n.other": {"nl": "Noordse landen niet vermeld", "en": "Nordic countries not stated"},
    "cmp.n.sub": {"nl": "{group} {n} organisaties", "en": "{group} {n} organisations"},
    "cmp.sub.note.synthetic": {
        "nl": "Subgroep {group}: berekend uit SYNTHETISCHE gegevens per organisatie (gesimuleerd "
              "en afgestemd op het rapport), niet gepubliceerd. Groepen met minder dan {min_cell} "
              "organisaties worden niet getoond; < 10% en > 90% zijn grenzen; aantallen en "
              "percentages zijn afgerond/verstoord ter bescherming van de deelnemers.",
        "en": "Subgroup {group}: computed from SYNTHETIC organisation-level data (simulated and "
              "calibrated to the report), not published. Groups of fewer than {min_cell} "
              "organisations are never shown; < 10% and > 90% are bounds; counts and percentages "
              "are rounded/perturbed to protect the participants.",
    },
    "cmp.sub.note.real": {
        "nl": "Subgroep {group}: eigen berekening uit de enquêtegegevens, niet gepubliceerd in het "
              "rapport. Groepen met minder dan {min_cell} organisaties worden niet getoond; aantallen "
              "en percentages zijn afgerond/verstoord ter bescherming van de deelnemers.",
        "en": "Subgroup {group}: own computation from the survey data, not published in the "
              "report. Groups of fewer than {min_cell} organisations are never shown; counts and "
              "percentages are rounded/perturbed to protect the participants.",
    },
    "cmp.sub.none_for_topic": {
        "nl": "Voor dit onderwerp is geen subgroep beschikbaar: deze vraag zit niet in de "
              "gegevens per organisatie.",
        "en": "No subgroup is available for this topic: the question is not in the "
              "organisation-level data.",
    },
    "cmp.summary": {
        "nl": "{topic}. Nederland: {nl}. Denemarken: {dk}.",
        "en": "{topic}. Netherlands: {nl}. Denmark: {dk}.",
    },
    "cmp.summary.other": {"nl": " Andere landen: {other}.", "en": " Other countries: {other}."},
    "cmp.summary.sub": {"nl": " {group}: {values}.", "en": " {group}: {values}."},
    "cmp.col.series": {"nl": "Land of groep", "en": "Country or group"},
    "cmp.col.number": {"nl": "Getal", "en": "Number"},
    "cmp.col.provenance": {"nl": "Herkomst", "en": "Provenance"},
    "cmp.col.edition": {"nl": "Editie", "en": "Edition"},
    "cmp.col.gap": {"nl": "Verschil NL − DK (procentpunt)",
                    "en": "Gap NL − DK (percentage points)"},
    "cmp.col.gap_kind": {"nl": "Soort verschil", "en": "Kind of gap"},
    "cmp.col.source_nl": {"nl": "Bron NL", "en": "Source NL"},
    "cmp.col.source_dk": {"nl": "Bron DK", "en": "Source DK"},
    "cmp.provenance.published": {"nl": "gepubliceerd", "en": "published"},
    "cmp.provenance.cited": {"nl": "zoals geciteerd in het Nederlandse rapport",
                             "en": "as cited in the Dutch report"},
    "cmp.provenance.synthetic": {"nl": "synthetisch (niet gepubliceerd)",
                                 "en": "synthetic (not published)"},
    "cmp.provenance.derived": {"nl": "afgeleid: 100 min een gepubliceerd aandeel",
                               "en": "derived: 100 minus a published share"},
    "cmp.provenance.microdata": {"nl": "eigen berekening (niet gepubliceerd)",
                                 "en": "own computation (not published)"},
    "cmp.source.microdata": {"nl": "gegevens per organisatie", "en": "organisation-level data"},
    # --- gaps overview ------------------------------------------------------------------------
    "cmp.gap.title": {"nl": "Grootste verschillen tussen Nederland en Denemarken",
                      "en": "Largest gaps between the Netherlands and Denmark"},
    "cmp.gap.higher.NL": {"nl": "Nederland hoger", "en": "Netherlands higher"},
    "cmp.gap.higher.DK": {"nl": "Denemarken hoger", "en": "Denmark higher"},
    "cmp.gap.axis": {"nl": "Verschil Nederland − Denemarken (procentpunt)",
                     "en": "Gap Netherlands − Denmark (percentage points)"},
    "cmp.gap.kind.exact": {"nl": "exact (beide cijfers exact)", "en": "exact (both numbers exact)"},
    "cmp.gap.kind.minimum": {"nl": "minimumverschil (een van de cijfers is een grens)",
                             "en": "minimum gap (one of the numbers is a bound)"},
    "cmp.gap.explain": {
        "nl": "Alleen paren waarvan beide cijfers exact zijn, gerangschikt naar grootte van het "
              "verschil. Voor Denemarken is het cijfer uit het Nederlandse rapport gebruikt waar "
              "dat er een noemt (*), anders de Deense {dk_ordinal} editie ({dk_period}). Benaderingen (~) "
              "tellen niet mee.",
        "en": "Only pairs where both numbers are exact, ranked by the size of the gap. For "
              "Denmark the number the Dutch report cites is used where it cites one (*), "
              "otherwise the Danish {dk_ordinal} edition ({dk_period}). Approximations (~) are left out.",
    },
    "cmp.gap.minimum_intro": {
        "nl": "Alleen een minimumverschil bekend (een van de cijfers is een grens):",
        "en": "Only a minimum gap is known (one of the numbers is a bound):",
    },
    "cmp.gap.minimum_line": {
        "nl": "{label} ({figure}): {country} minimaal {gap} procentpunt hoger (Nederland {nl}, "
              "Denemarken {dk}).",
        "en": "{label} ({figure}): {country} at least {gap} percentage points higher "
              "(Netherlands {nl}, Denmark {dk}).",
    },
    "cmp.gap.summary": {
        "nl": "Het grootste exacte verschil is {label}: Nederland {nl}, Denemarken {dk} ({gap}).",
        "en": "The largest exact gap is {label}: Netherlands {nl}, Denmark {dk} ({gap}).",
    },
    # --- caveats (sources.md, comparability caveats 1-10) -------------------------------------
    "cmp.caveats.heading": {"nl": "Let op bij het vergelijken:", "en": "Keep in mind:"},
    "cmp.caveat.1": {
        "nl": "Periode – Nederland meet innovaties uit {period} (enquête {fieldwork}), "
              "Denemarken ({dk_ordinal} editie) uit {dk_period}, verzameld vóór COVID-19.",
        "en": "Period – the Netherlands measures innovations of {period} (survey {fieldwork}), "
              "Denmark ({dk_ordinal} edition) those of {dk_period}, collected before COVID-19.",
    },
    "cmp.caveat.2": {
        "nl": "COVID-19 – de Nederlandse periode omvat het eerste pandemiejaar; verschillen in "
              "technologie, efficiëntie en interactie kunnen deels een tijdseffect zijn.",
        "en": "COVID-19 – the Dutch period includes the first pandemic year; differences in "
              "technology, efficiency and interaction may partly be a timing effect.",
    },
    "cmp.caveat.3": {
        "nl": "Eenheden – Nederland telt organisaties (antwoord van eindverantwoordelijk "
              "managers), Denemarken werkplekken zoals scholen en ziekenhuisafdelingen; een "
              "Nederlandse organisatie is meestal veel groter.",
        "en": "Units – the Netherlands counts organisations (answered by senior managers), "
              "Denmark workplaces such as schools and hospital units; a Dutch organisation is "
              "usually much larger.",
    },
    "cmp.caveat.4": {
        "nl": "Weging – de Deense cijfers zijn gewogen naar de hele Deense publieke sector; de "
              "Nederlandse zijn ongewogen aandelen van de {n} organisaties die antwoordden "
              "(respons {response_rate}, sterk verschillend per sector).",
        "en": "Weighting – the Danish numbers are weighted to the whole Danish public sector; the "
              "Dutch ones are unweighted shares of the {n} responding organisations "
              "({response_rate} response, varying strongly by sector).",
    },
    "cmp.caveat.5": {
        "nl": "Steekproefgrootte – Nederland {n} organisaties ({innovators} innoveerden), "
              "Denemarken {dk_n} ({dk_innovators}); bij n = {margin_n} is de 95%-marge rond 50% "
              "ongeveer ±{margin} procentpunt.",
        "en": "Sample size – Netherlands {n} organisations ({innovators} innovated), Denmark "
              "{dk_n} ({dk_innovators}); at n = {margin_n} the 95% margin near 50% is about "
              "±{margin} percentage points.",
    },
    "cmp.caveat.6": {
        "nl": "Vraagstelling – de Nederlandse vragenlijst is van de Deense afgeleid maar "
              "aangepast; sommige Deense kerncijfers zijn samengestelde maten, en bij de meeste "
              "vragen waren meerdere antwoorden mogelijk.",
        "en": "Wording – the Dutch questionnaire was derived from the Danish one but adapted; "
              "some Danish headline numbers are composites, and most questions allowed several "
              "answers.",
    },
    "cmp.caveat.7": {
        "nl": "Basis – de Nederlandse percentages gaan over de organisaties die innoveerden "
              "({innovators}), de Deense over innoverende werkplekken ({dk_innovators}).",
        "en": "Base – the Dutch percentages refer to the organisations that innovated "
              "({innovators}), the Danish ones to innovating workplaces ({dk_innovators}).",
    },
    "cmp.caveat.8": {
        "nl": "Cijfers in woorden – waar de tekst alleen ‘ruim’, ‘bijna’ of ‘ongeveer’ schrijft, "
              "is het getal als grens (> of <) of benadering (~) getekend, nooit als exact.",
        "en": "Numbers in words – where the text only says ‘more than’, ‘almost’ or ‘about’, "
              "the number is drawn as a bound (> or <) or approximation (~), never as exact.",
    },
    "cmp.caveat.9": {
        "nl": "Edities – alleen de Deense {dk_ordinal} editie ({dk_period}) is naast Nederland gezet; "
              "cijfers uit andere Deense edities staan er alleen als context bij, met hun "
              "periode.",
        "en": "Editions – only the Danish {dk_ordinal} edition ({dk_period}) is set beside the "
              "Netherlands; numbers from other Danish editions are context only, with their "
              "period.",
    },
    "cmp.caveat.10": {
        "nl": "Herkomst – Deense cijfers met * staan alleen in het Nederlandse rapport (zoals "
              "geciteerd in het Nederlandse rapport) en konden niet in een Deense publicatie "
              "worden gecontroleerd; wat wel te controleren was, klopt.",
        "en": "Provenance – Danish numbers marked * appear only in the Dutch report (as cited in "
              "the Dutch report) and could not be checked in a Danish publication; what could be "
              "checked agrees.",
    },
    "table.col.quote": {"nl": "Citaat uit de bron", "en": "Quote from the source"},
}
