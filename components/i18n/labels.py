"""Labels for the codebook's concepts: sectors, clusters, indicators, categories, items."""

from __future__ import annotations

from data import questionnaire as q

_SECTOR_EN = {
    "Gemeenten": "Municipalities",
    "Gemeenschappelijke regelingen": "Joint arrangements (gemeenschappelijke regelingen)",
    "Hoge Colleges van Staat": "High Councils of State",
    "Privaatrechtelijke publieke organisaties": "Public organisations under private law",
    "Provincies": "Provinces",
    "Rechtswezen (rechterlijke macht en OM)": "Judiciary and Public Prosecution Service",
    "Rijksoverheid (departementen)": "Central government (ministries)",
    "Waterschappen": "Water authorities",
    "Zbo's": "Independent administrative bodies (ZBOs)",
}
_CLUSTER_EN = {
    "Gemeenten en onderdelen": "Municipalities and their units",
    "Zelfstandige bestuursorganen": "Independent administrative bodies",
    "Rijk Uitvoering/Agentschap": "Central government: implementing agencies",
    "Cultuur (met name decentraal)": "Culture (mainly local)",
    "Rijk Beleid": "Central government: policy",
    "Overig (decentraal)": "Other (local)",
    "Arbeid en Sociaal (decentraal)": "Labour and social affairs (local)",
    "Watermanagement (waterschappen en overige water gerelateerde organisatie)":
        "Water management (water authorities and other water bodies)",
    "Rijk Staf": "Central government: staff services",
    "Rechtswezen (rechterlijke macht en OM)": "Judiciary and Public Prosecution Service",
    "Infra en Bedrijventerrein (decentraal)": "Infrastructure and business parks (local)",
    "Veiligheidsregio": "Safety regions",
    "Omgevingsdienst": "Environmental services",
    "GGD": "Municipal health services (GGD)",
    "Belasting (decentraal)": "Local taxation",
    "Shared Service Center (decentraal)": "Shared service centres (local)",
    "Hoge Colleges van Staat": "High Councils of State",
}

_INDICATORS = {
    "covid_production_effect": ("Effect van COVID-19 op de productie", "Effect of COVID-19 on output"),
    "covid_homeworking": ("Aandeel medewerkers dat thuiswerkte", "Share of staff working from home"),
    "covid_homeworking_facilities": ("Voorzieningen voor thuiswerken", "Home-working facilities"),
    "innovation_type": ("Type innovatie", "Type of innovation"),
    "innovation_spectrum": ("Aantal typen innovatie (spectrum)", "Number of innovation types (spectrum)"),
    "innovation_origin": ("Herkomst van de innovatie", "Origin of the innovation"),
    "technology_role": ("Rol van technologie", "Role of technology"),
    "technology_novelty": ("Nieuwheid van de technologie", "Novelty of the technology"),
    "innovation_trigger": ("Aanleiding tot de innovatie", "What triggered the innovation"),
    "knowledge_channel": ("Kanalen voor kennis en inspiratie", "Channels for knowledge and inspiration"),
    "collaboration_partner": ("Samenwerkingspartners", "Collaboration partners"),
    "knowledge_sharing": ("Actieve verspreiding van de innovatie", "Active dissemination of the innovation"),
    "funding_source": ("Financiering van de innovatie", "Funding of the innovation"),
    "innovation_strategy": ("Innovatiestrategie", "Innovation strategy"),
    "innovation_factor": ("Bevorderende en belemmerende factoren", "Promoting and hindering factors"),
    "innovation_result": ("Behaalde resultaten", "Results obtained"),
    "climate_statement": ("Stellingen over innovatieklimaat", "Statements on innovation climate"),
    "climate_group": ("Innovatieklimaat (groep)", "Innovation climate (group)"),
    "climate_bin": ("Verdeling van de klimaatscore", "Distribution of the climate score"),
    "innovation_share": ("Aandeel dat innoveerde", "Share that innovated"),
}

_CATEGORIES = {
    "covid_production_effect": {
        "decreased": ("Productie gedaald", "Output decreased"),
        "unchanged": ("Productie gelijk gebleven", "Output unchanged"),
        "increased": ("Productie gestegen", "Output increased"),
    },
    "covid_homeworking": {
        "orgs_0_25pct_staff_at_home": ("0-25% van de medewerkers thuis", "0-25% of staff at home"),
        "orgs_25_50pct_staff_at_home": ("25-50% van de medewerkers thuis", "25-50% of staff at home"),
        "orgs_50_75pct_staff_at_home": ("50-75% van de medewerkers thuis", "50-75% of staff at home"),
        "orgs_with_75_100pct_staff_at_home": ("75-100% van de medewerkers thuis",
                                              "75-100% of staff at home"),
    },
    "covid_homeworking_facilities": {
        "already_available": ("Al aanwezig", "Already in place"),
        "improved": ("Verbeterd", "Improved"),
        "newly_introduced": ("Nieuw ingevoerd", "Newly introduced"),
        "not_applicable": ("Niet van toepassing", "Not applicable"),
    },
    "innovation_type": {
        "product": ("Product", "Product"),
        "service": ("Dienst", "Service"),
        "process": ("Proces, methode of organisatie", "Process, method or organisation"),
        "interaction": ("Interactie met de buitenwereld", "Interaction with the outside world"),
    },
    "innovation_spectrum": {
        "one_type": ("1 type", "1 type"),
        "two_types": ("2 typen", "2 types"),
        "three_types": ("3 typen", "3 types"),
        "all_four_types": ("Alle 4 typen", "All 4 types"),
    },
    "innovation_origin": {
        "own_development": ("Zelf ontwikkeld", "Developed in-house"),
        "inspired_adapted": ("Geïnspireerd en aangepast", "Inspired by others, adapted"),
        "copied": ("Voornamelijk gekopieerd", "Mainly copied"),
    },
    "technology_role": {
        "entirely_technology": ("Geheel technologie", "Entirely technology"),
        "important_part": ("Belangrijk onderdeel", "Important part"),
        "small_part": ("Klein onderdeel", "Small part"),
        "none": ("Geen onderdeel", "No part"),
        "small_part_or_none": ("Klein of geen onderdeel", "Small part or none"),
    },
    "technology_novelty": {
        "new_technology": ("Nieuwe technologie", "New technology"),
        "new_use_of_known_technology": ("Nieuw gebruik van bekende technologie",
                                        "New use of known technology"),
        "known_technology": ("Bekende technologie", "Known technology"),
        "no_technology": ("Geen technologie", "No technology"),
    },
    "innovation_trigger": {
        "employees": ("Medewerkers", "Employees"),
        "managers": ("Managers", "Managers"),
        "new_technology": ("Mogelijkheden van nieuwe technologie", "Opportunities of new technology"),
        "other_public_organisations": ("Innovaties bij andere publieke organisaties",
                                       "Innovations in other public organisations"),
        "reorganisation": ("Reorganisatie", "Reorganisation"),
        "legislation": ("Nieuwe wet- en regelgeving", "New legislation"),
        "economic_pressure": ("Economische druk (bezuinigingen, loonkosten)",
                              "Economic pressure (budget cuts, wage costs)"),
        "political_environment_and_citizens": ("Politiek, burgers en omgeving",
                                               "Politics, citizens and environment"),
    },
    "knowledge_channel": {
        "colleagues": ("Collega's in de eigen organisatie", "Colleagues in the organisation"),
        "other_public_organisations": ("Andere publieke organisaties", "Other public organisations"),
        "networks_and_conferences": ("Netwerken en congressen", "Networks and conferences"),
        "research_and_literature": ("Onderzoek en vakliteratuur", "Research and literature"),
        "consultants_and_suppliers": ("Adviseurs en leveranciers", "Consultants and suppliers"),
        "citizens_and_users": ("Burgers en gebruikers", "Citizens and users"),
    },
    "collaboration_partner": {
        "none": ("Geen samenwerking", "No collaboration"),
        "government_own_sector": ("Overheid, eigen sector", "Government, own sector"),
        "government_other_sector": ("Overheid, andere sector", "Government, other sector"),
        "private_companies": ("Private bedrijven", "Private companies"),
        "knowledge_institutions": ("Kennisinstellingen", "Knowledge institutions"),
        "citizens_and_civil_society": ("Burgers en maatschappelijke organisaties",
                                       "Citizens and civil society"),
        "foreign_partners": ("Buitenlandse partners", "Foreign partners"),
    },
    "knowledge_sharing": {
        "active_sharing": ("Actief verspreid", "Actively disseminated"),
        "no_active_sharing": ("Niet actief verspreid", "Not actively disseminated"),
    },
    "funding_source": {
        "own_budget": ("Eigen budget", "Own budget"),
        "other_government_budget": ("Budget van andere overheid", "Budget of another government body"),
        "national_subsidy": ("Nationale subsidie", "National subsidy"),
        "eu_funds": ("EU-fondsen", "EU funds"),
        "private_or_foundation": ("Private partijen of fondsen", "Private parties or foundations"),
    },
    "innovation_strategy": {
        "together_process": ("Samen in een proces", "Together, as a process"),
        "in_the_spotlight": ("In de schijnwerpers", "In the spotlight"),
        "under_the_radar": ("Onder de radar", "Under the radar"),
        "expert_group": ("Door een expertgroep", "By an expert group"),
        "no_specific_strategy": ("Geen specifieke strategie", "No specific strategy"),
    },
    "innovation_factor": {
        "employees": ("Medewerkers", "Employees"),
        "management_support": ("Steun van het management", "Management support"),
        "dealing_with_mistakes": ("Omgaan met fouten", "Dealing with mistakes"),
        "time": ("Tijd voor innovatie", "Time for innovation"),
        "budget": ("Budget", "Budget"),
        "it_and_technology": ("IT en technologie", "IT and technology"),
        "legislation": ("Wet- en regelgeving", "Legislation"),
        "collaboration_partners": ("Samenwerkingspartners", "Collaboration partners"),
        "citizens_and_users": ("Burgers en gebruikers", "Citizens and users"),
        "political_support": ("Politieke steun", "Political support"),
        "organisational_culture": ("Organisatiecultuur", "Organisational culture"),
        "knowledge_and_skills": ("Kennis en vaardigheden", "Knowledge and skills"),
        "focus_on_continuity": ("Focus op continuïteit van de bedrijfsvoering",
                                "Focus on continuity of operations"),
        "project_management": ("Projectmanagement", "Project management"),
        "external_expertise": ("Externe expertise", "External expertise"),
    },
    "innovation_result": {
        "efficiency": ("Efficiëntere werkwijze", "Higher efficiency"),
        "quality": ("Hogere kwaliteit", "Higher quality"),
        "employee_satisfaction": ("Tevredenheid van medewerkers", "Employee satisfaction"),
        "political_goals": ("Politieke doelen gerealiseerd", "Political goals achieved"),
        "citizen_influence": ("Meer invloed voor burgers", "More influence for citizens"),
    },
    "climate_group": {
        "krachtig": ("Krachtig", "Strong"),
        "gemiddeld": ("Gemiddeld", "Average"),
        "beperkt": ("Beperkt", "Limited"),
    },
}

# Climate statements. Exact wording was not published: every item is a paraphrase (items 1-5
# the report's own paraphrase; the rest named by theme). The UI marks them as such.
_ITEMS = {
    "collaborates_well_with_other_organisations": (
        "We werken goed samen met andere organisaties",
        "We work well together with other organisations"),
    "applies_solutions_from_elsewhere": (
        "We hebben er geen probleem mee oplossingen van elders toe te passen",
        "We have no problem applying solutions devised elsewhere"),
    "new_ideas_valued": ("Mensen met nieuwe ideeën worden gewaardeerd",
                         "People with new ideas are valued"),
    "citizen_business_perspective_included": (
        "Het perspectief van burgers en bedrijven wordt systematisch meegenomen",
        "The perspective of citizens and businesses is systematically included"),
    "learns_from_mistakes": ("De organisatie probeert van haar fouten te leren",
                             "The organisation tries to learn from its mistakes"),
    "time_for_innovation": ("Er is voldoende tijd voor innovatie", "There is enough time for innovation"),
    "management_supports_innovation": ("Het management steunt innovatie",
                                       "Management supports innovation"),
    "clear_vision_on_innovation": ("Er is een duidelijke visie op innovatie",
                                   "There is a clear vision on innovation"),
    "diverse_knowledge_and_skills": ("Teams hebben uiteenlopende kennis en vaardigheden",
                                     "Teams have diverse knowledge and skills"),
    "room_to_experiment": ("Er is ruimte om te experimenteren", "There is room to experiment"),
    "mistakes_discussed_openly": ("Fouten kunnen open besproken worden",
                                  "Mistakes can be discussed openly"),
    "curious_about_new_technology": ("We zijn nieuwsgierig naar nieuwe technologische mogelijkheden",
                                     "We are curious about new technological possibilities"),
    "employees_involved_in_change": ("Medewerkers worden betrokken bij veranderingen",
                                     "Employees are involved in change"),
    "innovation_rewarded": ("Innovatie wordt beloond", "Innovation is rewarded"),
    "budget_for_innovation": ("Er is budget voor innovatie", "There is budget for innovation"),
}

_GROUPINGS = {
    "all": ("Alle organisaties", "All organisations"),
    "sector": ("Sector", "Sector"),
    "cluster": ("Thematisch cluster", "Thematic cluster"),
    "size_class": ("Omvang (medewerkers)", "Size (employees)"),
    "innovated": ("Innovatie in {period}", "Innovated in {period}"),
    "climate_group": ("Innovatieklimaat", "Innovation climate"),
}


def _pair(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


STRINGS: dict[str, dict[str, str]] = {}
STRINGS.update({f"sector.{s}": _pair(s, _SECTOR_EN[s]) for s in q.SECTORS})
STRINGS.update({f"cluster.{c}": _pair(c, _CLUSTER_EN[c]) for c in q.CLUSTERS})
STRINGS.update({f"size_class.{s}": _pair(f"{s} medewerkers", f"{s} employees")
                for s in q.SIZE_CLASSES})
STRINGS.update({"innovated.yes": _pair("Wel geïnnoveerd", "Innovated"),
                "innovated.no": _pair("Niet geïnnoveerd", "Did not innovate"),
                "all.all": _pair("Alle organisaties", "All organisations")})
STRINGS.update({f"climate_group.{k}": _pair(*v) for k, v in _CATEGORIES["climate_group"].items()})
STRINGS.update({f"indicator.{k}": _pair(*v) for k, v in _INDICATORS.items()})
STRINGS.update({f"cat.{ind}.{cat}": _pair(*v)
                for ind, cats in _CATEGORIES.items() for cat, v in cats.items()})
STRINGS.update({f"item.{k}": _pair(*v) for k, v in _ITEMS.items()})
STRINGS.update({f"grouping.{k}": _pair(*v) for k, v in _GROUPINGS.items()})


# Countries, and categories of published indicators outside the codebook (editions' series
# breaks: /ontwikkeling, /vergelijking).
STRINGS.update({
    "country.NL": {"nl": "Nederland", "en": "Netherlands"},
    "country.DK": {"nl": "Denemarken", "en": "Denmark"},
    "country.NO": {"nl": "Noorwegen", "en": "Norway"},
    "country.SE": {"nl": "Zweden", "en": "Sweden"},
    "country.IS": {"nl": "IJsland", "en": "Iceland"},
    "country.FI": {"nl": "Finland", "en": "Finland"},
    "cat.innovation_share_by_org_type.uitvoeringsorganisaties en zbo's": {
        "nl": "Uitvoeringsorganisaties en zbo's", "en": "Executive agencies and zbo's"},
    "cat.innovation_share_by_org_type.kerndepartementen": {
        "nl": "Kerndepartementen", "en": "Core departments"},
    "cat.innovation_share_by_government_level.kommunal": {"nl": "Gemeentelijk",
                                                           "en": "Municipal"},
    "cat.innovation_share_by_government_level.statslig": {"nl": "Staat", "en": "State"},
    "cat.innovation_share_by_government_level.regional": {"nl": "Regionaal", "en": "Regional"},
})

# The climate groups' score ranges (the cut-offs are filled from the data).
STRINGS.update({
    "climate_group.range.krachtig": {"nl": "score hoger dan {cut_high}",
                                     "en": "score above {cut_high}"},
    "climate_group.range.gemiddeld": {"nl": "tussen {cut_low} en {cut_high}",
                                      "en": "between {cut_low} and {cut_high}"},
    "climate_group.range.beperkt": {"nl": "lager dan {cut_low}", "en": "below {cut_low}"},
})
