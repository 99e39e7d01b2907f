"""Strings of the methods page (/verantwoording)."""

_S = {
    "methods.title": ("Verantwoording: waar de cijfers vandaan komen",
                      "Methods: where the numbers come from"),
    "methods.lead": (
        "Deze pagina legt uit wat elk soort cijfer in het dashboard is, hoe de synthetische "
        "gegevens zijn gemaakt, hoe groepen worden beschermd en waar Nederland en Denemarken "
        "niet zomaar te vergelijken zijn.",
        "This page explains what each kind of number in the dashboard is, how the synthetic "
        "data were made, how groups are protected and where the Netherlands and Denmark cannot "
        "simply be compared."),
    "methods.toc": ("Op deze pagina", "On this page"),
    # --- sources
    "methods.sources.title": ("Waar elk getal vandaan komt", "Where each number comes from"),
    "methods.sources.p1": (
        "Gepubliceerde Nederlandse cijfers komen uit de lopende tekst van de Innovatie Barometer "
        "Overheid {report_year} (ministerie van BZK en ICTU, {report_date}). De figuren in het "
        "rapport zijn afbeeldingen; alleen getallen die in de tekst staan, zijn overgenomen, elk "
        "met figuur, periode, n (alleen als het rapport die geeft) en het letterlijke citaat.",
        "Published Dutch figures come from the running text of the Dutch Government Innovation "
        "Barometer {report_year} (Ministry of the Interior and ICTU, {report_date}). The report's "
        "figures are images; only numbers written in the text were taken over, each with "
        "figure, period, n (only where the report gives one) and the verbatim quote."),
    "methods.sources.p2": (
        "Deense cijfers komen uit het Nederlandse rapport (gemarkeerd met *, ‘zoals geciteerd’) "
        "of van Deense publicaties van CO-PI en Danmarks Statistik. Het Deense {dk_cited_share} "
        "in {figure_innovation_share} komt volgens het rapport uit {dk_cited_source}, "
        "Measuring New "
        "Nordic Solutions. Cijfers uit andere Deense edities zijn alleen context.",
        "Danish figures come from the Dutch report (marked *, ‘as cited’) or from Danish "
        "publications of CO-PI and Statistics Denmark. The Danish {dk_cited_share} in "
        "{figure_innovation_share} comes, according to the report, from {dk_cited_source}, "
        "Measuring "
        "New Nordic Solutions. Figures from "
        "other Danish editions are context only."),
    # --- provenance kinds
    "methods.kinds.title": ("Vier soorten waarden", "Four kinds of values"),
    "methods.kinds.p": (
        "Elke waarde is precies één van deze vier; het label bij een kaart, de tekst bij een "
        "balk, de tabel, de CSV en de voetregel van een afbeelding zeggen hetzelfde.",
        "Every value is exactly one of these four; the label on a card, the text on a bar, the "
        "table, the CSV and the footer of an image say the same."),
    "methods.kind.published_exact": (
        "Gepubliceerd, exact: een getal dat zo in de bron staat (bijvoorbeeld "
        "{pub_innovation_share} innoverende organisaties in {figure_innovation_share}).",
        "Published, exact: a number written as such in the source (for example "
        "{pub_innovation_share} innovating organisations in {figure_innovation_share})."),
    "methods.kind.published_bound": (
        "Gepubliceerd, grens of benadering: de bron geeft het getal in woorden, zoals ‘ruim "
        "een derde’, ‘bijna de helft’ of ‘niet meer dan circa’ een getal. Zulke balken zijn "
        "gearceerd en krijgen >, < of ~; de precieze woorden staan in het citaat.",
        "Published, bound or approximation: the source gives the number in words, such as "
        "‘ruim een derde’ (more than a third), ‘bijna de helft’ (almost half) or ‘niet meer dan "
        "circa’ (no more than about) a number. Such bars are hatched and marked >, "
        "< or ~; the exact words are in the quote."),
    "methods.kind.synthetic": (
        "Synthetisch: berekend uit de synthetische gegevens per organisatie. Dit zijn nooit "
        "bevindingen; ze tonen hoe het dashboard met echte gegevens zou werken.",
        "Synthetic: computed from the synthetic organisation-level data. These are never "
        "findings; they show how the dashboard would work with real data."),
    "methods.kind.derived": (
        "Afgeleid: door ons berekend uit gepubliceerde getallen, bijvoorbeeld ‘wel "
        "samengewerkt’ = 100 min de {pub_no_collaboration} ‘niet samengewerkt’.",
        "Derived: computed by us from published numbers, for example ‘collaborated’ = 100 "
        "minus the {pub_no_collaboration} ‘did not collaborate’."),
    "methods.kind.mixed": (
        "Gemengd: een kaart met zowel gepubliceerde als synthetische waarden (bijvoorbeeld een "
        "synthetische Nederlandse subgroep naast gepubliceerde landcijfers).",
        "Mixed: a card with both published and synthetic values (for example a synthetic Dutch "
        "subgroup next to published country figures)."),
    # --- synthetic
    "methods.synthetic.title": ("Hoe de synthetische gegevens zijn gemaakt",
                                "How the synthetic data were made"),
    "methods.synthetic.p1": (
        "De antwoorden per organisatie zijn vertrouwelijk. Het dashboard gebruikt daarom een "
        "gesimuleerde set van {n} organisaties met een vaste startwaarde. Aantallen per sector "
        "en cluster (Tabel 1 en 2), het aantal innoverende organisaties ({innovators}) en elk "
        "percentage dat het rapport noemt, kloppen (binnen 2 procentpunten of binnen de grens "
        "uit de tekst).",
        "The organisation-level answers are confidential. The dashboard therefore uses a "
        "simulated set of {n} organisations with a fixed seed. Counts per sector and cluster "
        "(Tables 1 and 2), the number of innovating organisations ({innovators}) and every percentage "
        "the report gives hold (within 2 percentage points or within the bound in the text)."),
    "methods.synthetic.p2": (
        "Ook de verbanden die het rapport in woorden beschrijft, gelden: een krachtig klimaat "
        "bij ongeveer een kwart van de organisaties; krachtig innoveert vaker dan gemiddeld en "
        "gemiddeld vaker dan beperkt; ‘omgaan met fouten’ {pub_gap_mistakes} procentpunten "
        "vaker genoemd; kwaliteit en medewerkerstevredenheid {pub_gap_results} procentpunten "
        "hoger; rijksoverheid en "
        "rechtswezen het laagst van de sectoren; de spreiding binnen sectoren veel groter dan "
        "ertussen.",
        "The relations the report describes in words hold too: a strong climate in about a "
        "quarter of the organisations; strong innovates more often than average and average "
        "more often than limited; ‘dealing with mistakes’ named {pub_gap_mistakes} percentage "
        "points more often; quality and employee satisfaction {pub_gap_results} percentage "
        "points higher; central "
        "government and the judiciary lowest of the sectors; the spread within sectors much "
        "larger than between them."),
    "methods.synthetic.cannot": (
        "Wat de synthetische gegevens niet kunnen tonen: alles wat het rapport niet publiceert. "
        "Verschillen tussen subgroepen, spreiding, percentielen en het aandeel van de variantie "
        "binnen of tussen groepen zijn verzonnen binnen de grenzen hierboven. Lees ze niet als "
        "bevinding over een echte sector of organisatie.",
        "What the synthetic data cannot show: anything the report does not publish. Differences "
        "between subgroups, spread, percentiles and the share of variance within or between "
        "groups are invented within the limits above. Do not read them as findings about a "
        "real sector or organisation."),
    # --- disclosure
    "methods.disclosure.title": ("Bescherming van organisaties", "Protecting organisations"),
    "methods.disclosure.p1": (
        "Een groep met minder dan {min_cell} organisaties wordt nooit getoond, en een niet "
        "getoonde groep zegt niet hoe klein hij is: ook lege groepen heten \"niet getoond "
        "ter bescherming van de deelnemers\". Alle aantallen, percentages, gemiddelden, "
        "spreidingen en kwartielen zijn licht verstoord met een geheime, vaste sleutel per "
        "groep: dezelfde organisaties krijgen overal dezelfde verstoring, zodat herhalen, "
        "aftrekken of combineren van selecties geen kleine groep en geen enkele organisatie "
        "onthult. Daardoor tellen getallen niet altijd precies op en kunnen ze een fractie "
        "afwijken van het rapport.",
        "A group of fewer than {min_cell} organisations is never shown, and a group that is "
        "not shown does not say how small it is: empty groups too are \"not shown to protect "
        "the participants\". All counts, percentages, means, spreads and quartiles are "
        "slightly perturbed with a secret, fixed key per group: the same organisations get the "
        "same perturbation everywhere, so repeating, subtracting or combining selections "
        "reveals no small group and no single organisation. Numbers therefore do not always "
        "add up exactly and may differ slightly from the report."),
    "methods.disclosure.p2": (
        "Kwartielen en snorharen (10e tot 90e percentiel) zijn gemiddelden van enkele naburige "
        "scores, nooit de score van één organisatie; kleine groepen tonen alleen een "
        "gemiddelde, zonder box, minimum, maximum of uitschieters. Een percentage van 0 of 100 "
        "bewijst niet dat niemand of iedereen iets deed. Uw positie in de benchmark wordt "
        "afgerond op een band die in kleine groepen breder is. De methode (celsleutel-"
        "verstoring, zoals statistiekbureaus die voor flexibele tabellen gebruiken) wordt bij "
        "elke bouw gecontroleerd door een aanval op de gepubliceerde cijfers.",
        "Quartiles and whiskers (10th to 90th percentile) are means of a few neighbouring "
        "scores, never one organisation's score; small groups show a mean only, without a box, "
        "minimum, maximum or outliers. A percentage of 0 or 100 does not prove that nobody or "
        "everybody did something. Your position in the benchmark is rounded to a band that is "
        "wider in small groups. The method (cell-key perturbation, as statistics offices use "
        "for flexible tables) is checked on every build by an attack on the published "
        "numbers."),
    # --- definitions
    "methods.definitions.title": ("Definities", "Definitions"),
    "methods.def.scale": (
        "Klimaatscore: het gemiddelde van {pub_statements_in_scale} van de "
        "{pub_statements_presented} stellingen over het innovatieklimaat; de schaal loopt "
        "volgens het rapport ({figure_climate_statements}) van 1 (laag) tot 5 (hoog), "
        "gemiddelde {pub_climate_mean}. De "
        "precieze stellingen zijn niet gepubliceerd; de dashboardstellingen zijn parafrases.",
        "Climate score: the mean of {pub_statements_in_scale} of the "
        "{pub_statements_presented} statements on the innovation climate; the report's scale "
        "({figure_climate_statements}) runs from 1 (low) to 5 (high), mean "
        "{pub_climate_mean}. The exact statements were not "
        "published; the dashboard's statements are paraphrases."),
    "methods.def.groups": (
        "Klimaatgroepen (clusteranalyse in het rapport, {figure_climate_groups}): beperkt "
        "onder {cut_low}, gemiddeld tussen {cut_low} en {cut_high}, krachtig boven "
        "{cut_high}. Of precies {cut_low} en {cut_high} bij gemiddeld horen, staat niet in het "
        "rapport; wij rekenen ze tot gemiddeld.",
        "Climate groups (cluster analysis in the report, {figure_climate_groups}): limited "
        "below {cut_low}, average between {cut_low} and {cut_high}, strong above {cut_high}. "
        "Whether exactly {cut_low} and {cut_high} count as average is not stated; we count "
        "them as average."),
    "methods.def.bounds": (
        "Grenzen: > betekent dat de bron zegt dat het meer is dan het getal, < dat het minder "
        "is of ten hoogste zoveel, ~ dat het ongeveer zoveel is. Procentpunten (pp) zijn "
        "verschillen tussen percentages.",
        "Bounds: > means the source says it is more than the number, < less or at most that "
        "much, ~ about that much. Percentage points (pp) are differences between percentages."),
    # --- comparability
    "methods.compare.title": ("Nederland en Denemarken vergelijken",
                              "Comparing the Netherlands and Denmark"),
    "methods.compare.unit": (
        "Eenheid: Nederland telt organisaties (ministeries, gemeenten, gemeenschappelijke "
        "regelingen, zbo's ...), Denemarken werkplekken (scholen, afdelingen, politiebureaus).",
        "Unit: the Netherlands counts organisations (ministries, municipalities, joint "
        "arrangements, agencies ...), Denmark counts workplaces (schools, units, police "
        "stations)."),
    "methods.compare.period": (
        "Periode: Nederland {period} (met het eerste coronajaar), Denemarken {dk_period}.",
        "Period: the Netherlands {period} (including the first COVID-19 year), Denmark "
        "{dk_period}."),
    "methods.compare.weighting": (
        "Weging: de Deense cijfers zijn gewogen naar de hele publieke sector; de Nederlandse "
        "zijn ongewogen aandelen van de {n} deelnemers (respons {response_rate}).",
        "Weighting: the Danish figures are weighted to the whole public sector; the Dutch ones "
        "are unweighted shares of the {n} participants ({response_rate} response)."),
    "methods.compare.wording": (
        "Vraagstelling: de Nederlandse vragenlijst is een bewerking van de Deense; sommige "
        "categorieën verschillen (interactie tegenover communicatie) en enkele Deense "
        "kerncijfers zijn samengestelde maten.",
        "Wording: the Dutch questionnaire adapts the Danish one; some categories differ "
        "(interaction versus communication) and some Danish headline figures are composites."),
    # --- real data
    "methods.real.title": ("De echte gegevens laden", "Loading the real data"),
    "methods.real.p": (
        "Wie het echte enquêtebestand beheert, bouwt de tabellen met één opdracht in de "
        "projectmap: python -m pipeline.build --input <bestand> (CSV, Parquet, XLSX of SPSS "
        ".sav). Het bestand wordt eerst gecontroleerd; een fout noemt bestand, rij en kolom. "
        "Alleen de beschermde groepstabellen komen in het dashboard, nooit antwoorden per "
        "organisatie.",
        "Whoever holds the real survey file builds the tables with one command in the project "
        "folder: python -m pipeline.build --input <file> (CSV, Parquet, XLSX or SPSS .sav). The "
        "file is checked first; an error names file, row and column. Only the protected group "
        "tables reach the dashboard, never answers per organisation."),
}

STRINGS: dict[str, dict[str, str]] = {k: {"nl": nl, "en": en} for k, (nl, en) in _S.items()}
