"""Writes fixtures/reference.json: the real facts of the tracker.

Member States come from shared/data/un_member_states.csv; resolutions, letters, reports,
the codebook and the published figures come from the Secretary-General's report A/56/167
(paragraph numbers given with each). Run from the project folder:

    python scripts/build_reference_fixture.py ../shared/data/un_member_states.csv
"""
import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "reference.json"
MAIN = "A/56/167"


def governments(csv_path):
    for pk, row in enumerate(csv.DictReader(open(csv_path, encoding="utf-8")), start=1):
        yield {"model": "surveys.government", "pk": pk, "fields": {
            "iso3": row["iso3"], "m49": row["m49"], "name": row["name"], "name_fr": row["name_fr"],
            "admitted_on": row["admitted"], "left_on": row["left"] or None,
            "region": row["region"], "sub_region": row["sub_region"],
            "intermediate_region": row["intermediate_region"],
            "development_group": row["development_group"],
            "least_developed_today": row["least_developed_today"] == "yes",
            "notes": row["notes"],
        }}


RESOLUTIONS = [
    # pk, symbol, adopted, paragraph, title: the resolution's own title (resolution 52/189
    # recalls 49/127 as its resolution on international migration and development), not
    # the title of the agenda item under which it was adopted
    (1, "49/127", "1994-12-19", 6, "International migration and development"),
    (2, "50/123", "1995-12-20", 7, "International migration and development"),
    (3, "52/189", "1997-12-18", 8, "International migration and development"),
    (4, "54/212", "1999-12-22", 1, "International migration and development"),
]

# The resolutions' titles in French and Spanish, for the notes verbales in those languages:
# each resolution is entitled "International migration and development" in English.
TITLE_FR = "Migrations internationales et développement"
TITLE_ES = "Migración internacional y desarrollo"

LETTERS = [
    # pk/number, sent (month known), mandate, paragraph, purpose
    (1, "1995-02-01", 1, 6, "To seek views about objectives and modalities for the convening "
     "of such a conference."),
    (2, "1997-04-01", 2, 7, "To obtain the additional views of Governments on the proposed "
     "conference."),
    (3, "1999-03-01", 3, 8, "Especially inviting those Governments that had not responded "
     "to the letters sent in 1995 and 1997 to express their views."),
]

# What each letter asked, as the clause a note verbale quotes after "his letter of March
# 1999,": the English worded from the paragraph of A/56/167 given with the letter (adding
# nothing to it), the French and Spanish translated for the tracker (not UN texts).
PURPOSE_CLAUSES = {
    1: ("in which he sought views about objectives and modalities for the convening of a "
        "United Nations conference on international migration and development",
        "par laquelle il sollicitait des vues sur les objectifs et les modalités de la "
        "convocation d'une conférence des Nations Unies sur les migrations internationales "
        "et le développement",
        "en la que solicitaba opiniones sobre los objetivos y las modalidades de la "
        "convocación de una conferencia de las Naciones Unidas sobre la migración "
        "internacional y el desarrollo"),
    2: ("in which he sought the additional views of Governments on the proposed conference",
        "par laquelle il sollicitait des vues supplémentaires des gouvernements sur la "
        "conférence proposée",
        "en la que solicitaba opiniones adicionales de los gobiernos sobre la conferencia "
        "propuesta"),
    3: ("in which he especially invited those Governments that had not responded to the "
        "letters sent in 1995 and 1997 to express their views",
        "par laquelle il invitait en particulier les gouvernements qui n'avaient pas répondu "
        "aux lettres envoyées en 1995 et en 1997 à faire connaître leurs vues",
        "en la que invitaba en particular a los gobiernos que no habían respondido a las "
        "cartas enviadas en 1995 y 1997 a que expresaran sus opiniones"),
}

# The names of States in correspondence (fixtures/correspondence_names.csv; its source in
# fixtures/sources/README.md).
NAMES_CSV = Path(__file__).resolve().parent.parent / "fixtures" / "correspondence_names.csv"
NAMES_SOURCE = ("UNTERM short names, as datasets/country-codes records them (2017-10-18); "
                "contracted forms by the rules of each language")

TITLE = ("International migration and development, including the question of the convening "
         "of a United Nations conference on international migration and development to "
         "address migration issues")
# A/52/314 publishes no cutoff; only A/56/167's first page (its session and agenda item) is
# in the sources.
ASSUMED_CUTOFFS = {"A/52/314"}
FIRST_PAGES = {MAIN: ("Fifty-sixth session", "Item 113 of the preliminary list")}
REPORTS = [
    # pk, symbol, issued, precision, mandate, letters, cutoff, cutoff note, denominator,
    # denominator date, denominator note, paragraph
    (1, "E/1995/69", "1995-01-01", "year", 1, [1], "1995-04-30",
     "Para 6: \"By April 1995, responses had been received from 37 Governments.\"",
     185, "1995-02-01", "The Members to whom the February 1995 letter was sent.", 6),
    (2, "A/52/314", "1997-01-01", "year", 2, [1, 2], "1997-07-31",
     "Not published. Para 7 says only that the report rests on the 65 Governments that "
     "answered the 1995 or the 1997 letter; 31 July 1997 is assumed.",
     185, "1997-04-01", "The Members to whom the April 1997 letter was sent.", 7),
    (3, "A/54/207", "1999-01-01", "year", 3, [1, 2, 3], "1999-06-30",
     "Para 8: \"By June 1999, responses had been received from 34 Governments.\"",
     185, "1999-03-01", "The Members to whom the March 1999 letter was sent.", 8),
    (4, MAIN, "2001-07-03", "day", 4, [1, 2, 3], "1999-12-31",
     "Para 8: the report adds two responses that arrived in 1999 after A/54/207; "
     "nothing later is counted.",
     188, "1999-12-31",
     "Para 9: 78 respondents and 110 who never replied make 188, the membership at the end "
     "of 1999 (189 on 3 July 2001, after Tuvalu's admission).", 17),
]

STANCE = {"F": "in_favour", "R": "reservations", "P": "partial_support"}
COMMENTING = "commenting"  # a topic whose quantifiers are shares of those who commented

# Codes the report does not name: the project adds them so that a reply the report counts
# but does not describe (the 15 of the 39 that did not want all types of migrants, ...)
# has a code. Stored as added, with the reason, and never shown as the report's.
OTHER_NATURE = ("The report says only that the majority wanted a technical and analytical "
                "conference; this holds the replies that wanted another nature.")
SPECIFIC_TYPES = ("Para 11 says the majority of the 39 that commented wanted all types of "
                  "migrants, not what the others wanted; this holds those replies.")
OTHER_DURATION = ("Para 11 names only a one-week duration; this holds replies that proposed "
                  "another.")
TOPICS = [
    # slug, name, counted within, shares among, paragraph,
    # codes (slug, label) named by the report, or (slug, label, why added) added
    ("nature", "Nature of the conference", "F", "group", 10, [
        ("technical-analytical", "Of a technical and analytical nature"),
        ("political", "Of a political nature, leading to negotiated commitments",
         OTHER_NATURE)]),
    ("objectives", "Objectives and issues to be addressed", "F", "group", 10, [
        ("explore-key-aspects", "A forum to explore key aspects of international migration "
         "and development (causes and consequences, levels and trends, positive and negative "
         "aspects for countries of origin, destination and transit)"),
        ("migrant-rights", "To consolidate the rights of migrants, especially of migrant "
         "workers and refugees in host countries"),
        ("manage-flows", "The development of strategies or policies to better manage "
         "migration flows"),
        ("dialogue", "Facilitation of dialogue between countries concerned to enhance "
         "bilateral or multilateral cooperation")]),
    ("migrant-types", "Types of migrants", "F", COMMENTING, 11, [
        ("all-types", "A comprehensive approach: all types of migrants"),
        ("migrant-workers", "Migrant workers only", SPECIFIC_TYPES),
        ("refugees", "Refugees and asylum-seekers only", SPECIFIC_TYPES),
        ("undocumented", "Undocumented migrants only", SPECIFIC_TYPES)]),
    ("duration", "Duration", "F", "group", 11, [
        ("one-week", "One week"),
        ("two-weeks", "Two weeks", OTHER_DURATION)]),
    ("outcome", "Outcome", "F", "group", 11, [
        ("plan-of-action", "A plan of action which countries could follow"),
        ("declaration", "A declaration, recommendations, resolutions or agreed principles")]),
    ("preparation", "Preparatory process", "F", COMMENTING, 12, [
        ("regional-meetings", "Regional or subregional meetings before a global conference"),
        ("preparatory-committee", "Meetings of a preparatory committee")]),
    ("secretariat", "Secretariat", "F", "group", 13, [
        ("un-bodies", "Personnel from different United Nations bodies and relevant "
         "organizations"),
        ("member-state-experts", "Representatives or experts from States Members of the "
         "United Nations"),
        ("regional-balance-ngos", "Balanced regional representation, with participation of "
         "international NGOs")]),
    ("funding", "Funding", "F", "group", 14, [
        ("un-finance", "The United Nations to finance the conference"),
        ("agencies", "United Nations bodies, the specialized agencies and intergovernmental "
         "organizations"),
        ("donor-contributions", "Special contributions from donor countries"),
        ("industrialized-donors", "Donors mainly the industrialized developed countries")]),
    ("reservations", "Reasons for reservations", "R", "group", 15, [
        ("already-discussed", "Already discussed at several United Nations conferences; "
         "resources better used to implement their commitments"),
        ("existing-mechanisms", "To be addressed through the existing mechanisms"),
        ("regional-negotiations", "Most productively addressed through regional "
         "negotiations"),
        ("regional-approach", "More in favour of a regional or subregional approach (para 17)")]),
    ("partial-conditions", "Conditions of partial support", "P", "group", 16, [
        ("clarify-objectives", "More work necessary to clarify and define its objectives"),
        ("regional-bilateral", "Regional or bilateral negotiations more likely to lead to "
         "meaningful ways")]),
]

# (report, paragraph, key, measure, label, value, wording, extra fields, quote)
FIGURES = [
    (MAIN, 3, "immigration-lower-1976", "policy_percent", "Countries with policies to lower "
     "immigration, 1976", 6, "", {"year": 1976, "flow": "immigration", "policies": "lower"},
     "as compared to only 6 per cent in 1976"),
    (MAIN, 3, "immigration-lower-1995", "policy_percent", "Countries with policies to lower "
     "immigration, 1995", 35, "", {"year": 1995, "flow": "immigration", "policies": "lower"},
     "had reached 35 per cent by 1995"),
    (MAIN, 3, "immigration-maintain-1976", "policy_percent", "Governments maintaining "
     "immigration or not intervening, 1976", 87, "",
     {"year": 1976, "flow": "immigration", "policies": "maintain,no_intervention"},
     "decreased from 87 per cent"),
    (MAIN, 3, "immigration-maintain-1995", "policy_percent", "Governments maintaining "
     "immigration or not intervening, 1995", 61, "",
     {"year": 1995, "flow": "immigration", "policies": "maintain,no_intervention"},
     "to 61 per cent"),
    (MAIN, 3, "mid-1970s-many", "quoted", "Governments for which migration was of secondary "
     "concern in the mid-1970s", None, "many", {},
     "in the mid-1970s international migration was a topic of secondary concern for many "
     "Governments"),
    (MAIN, 3, "mid-1970s-mostly", "quoted", "Intervention mostly confined to the "
     "administrative regulation of borders", None, "mostly", {},
     "their intervention was mostly confined to the administrative regulation of national "
     "borders"),
    (MAIN, 3, "immigration-strongest", "policy_strongest", "Development group most inclined "
     "to lower immigration, 1995", None, "developed",
     {"year": 1995, "flow": "immigration", "policies": "lower"},
     "In particular, developed countries showed the strongest inclination towards restricting "
     "immigration."),
    (MAIN, 4, "emigration-lower-1976", "policy_percent", "Countries seeking to lower "
     "emigration, 1976", 13, "", {"year": 1976, "flow": "emigration", "policies": "lower"},
     "increased from 13 per cent"),
    (MAIN, 4, "emigration-lower-1995", "policy_percent", "Countries seeking to lower "
     "emigration, 1995", 20, "", {"year": 1995, "flow": "emigration", "policies": "lower"},
     "to 20 per cent"),
    (MAIN, 4, "emigration-maintain-1995", "policy_percent", "Countries maintaining emigration "
     "or not intervening, 1995", 75, "three quarters",
     {"year": 1995, "flow": "emigration", "policies": "maintain,no_intervention"},
     "three quarters of the countries aimed at maintaining their existing level of emigration "
     "or not to intervene"),
    (MAIN, 4, "emigration-maintain-1976", "policy_percent", "Countries maintaining emigration "
     "or not intervening, 1976", 83, "",
     {"year": 1976, "flow": "emigration", "policies": "maintain,no_intervention"},
     "a decline from 83 per cent in 1976"),
    (MAIN, 4, "emigration-similar-trends", "policy_trends", "Developed and developing "
     "countries' shares seeking to lower emigration, 1976-1995", None,
     "both developed and developing", {"year": 1995, "flow": "emigration", "policies": "lower"},
     "Both developed and developing countries showed similar trends in the evolution of their "
     "views."),
    (MAIN, 5, "letters-sent", "letters_sent", "Occasions on which views were solicited",
     3, "", {}, "has solicited on three occasions the views of Governments"),
    ("E/1995/69", 6, "respondents", "respondents", "Governments that replied by April 1995",
     37, "", {}, "By April 1995, responses had been received from 37 Governments."),
    ("E/1995/69", 6, "letter-1-responses", "letter_responses", "Replies to the February 1995 "
     "letter by April 1995", 37, "", {"letter": 1},
     "By April 1995, responses had been received from 37 Governments."),
    ("E/1995/69", 6, "non-response", "non_response", "Governments that had not replied by "
     "April 1995, of the membership", None, "high level", {},
     "Because of the high level of non-response, however, it was not possible to assess views "
     "representing all Governments."),
    ("A/52/314", 7, "respondents", "respondents", "Governments that responded to either the "
     "1995 or the 1997 letter", 65, "", {},
     "based on the views of 65 Governments that responded to either the 1995 or the 1997 "
     "letter"),
    ("A/54/207", 8, "letter-3-responses", "letter_responses", "Replies to the March 1999 "
     "letter by June 1999", 34, "", {"letter": 3},
     "By June 1999, responses had been received from 34 Governments."),
    ("A/54/207", 8, "respondents", "respondents", "Governments that had expressed their views "
     "since 1995", 76, "", {},
     "Based on the responses received from 76 Governments that had expressed their views "
     "since 1995"),
    (MAIN, 8, "new-respondents", "new_respondents", "Responses that arrived in 1999 too late "
     "for A/54/207", 2, "", {},
     "There were two Governments whose response arrived in 1999, but too late to be included "
     "in the report."),
    (MAIN, 9, "non-respondents", "non_respondents", "Governments that never replied", 110, "",
     {}, "Altogether, there are 110 Governments that have never replied to the letter."),
    (MAIN, 9, "surveys", "letters_sent", "Surveys through which responses were received", 3,
     "", {}, "through the past three surveys"),
    (MAIN, 9, "respondents", "respondents", "Governments whose responses were received",
     78, "", {}, "Out of the 78 Governments whose responses were received through the past "
     "three surveys"),
    (MAIN, 9, "in-favour", "stance_count", "Generally in favour of convening a conference",
     47, "", {"stance": "in_favour"}, "47 were generally in favour of convening a conference"),
    (MAIN, 9, "reservations", "stance_count", "Expressed reservations", 26, "",
     {"stance": "reservations"}, "26 expressed reservations about holding such a conference"),
    (MAIN, 9, "partial-support", "stance_count", "Expressed only partial support", 5, "",
     {"stance": "partial_support"},
     "the remaining 5 Governments expressed only partial support"),
    (MAIN, 10, "technical-analytical", "code_share", "Of a technical and analytical nature",
     None, "the majority", {"code": ("nature", "technical-analytical"), "among": "stance_group"},
     "the majority proposed that it should be of a technical and analytical nature"),
    (MAIN, 10, "explore-key-aspects", "code_share", "A forum to explore key aspects", None,
     "many", {"code": ("objectives", "explore-key-aspects"), "among": "stance_group"},
     "Many Governments envisaged the conference as a forum to explore key aspects"),
    (MAIN, 10, "migrant-rights", "code_share", "To consolidate the rights of migrants", None,
     "others", {"code": ("objectives", "migrant-rights"), "among": "stance_group"},
     "Others showed an interest in holding a conference in order to consolidate the rights of "
     "migrants"),
    (MAIN, 10, "other-objectives", "codes_mentioned", "Other objectives addressed", None,
     "a few", {"topic": "objectives", "codes": [("objectives", "manage-flows"),
                                                ("objectives", "dialogue")]},
     "A few other objectives of a conference addressed by a number of Governments included"),
    (MAIN, 10, "manage-flows", "code_share", "Strategies to better manage migration flows",
     None, "a number of", {"code": ("objectives", "manage-flows"), "among": "stance_group"},
     "addressed by a number of Governments included the development of strategies"),
    (MAIN, 10, "dialogue", "code_share", "Dialogue to enhance cooperation", None,
     "a number of", {"code": ("objectives", "dialogue"), "among": "stance_group"},
     "and facilitation of dialogue between countries concerned"),
    (MAIN, 11, "migrant-types-commented", "topic_commenting", "Governments that commented on "
     "the types of migrants", 39, "", {"topic": "migrant-types"},
     "among the 39 Governments that commented on the question"),
    (MAIN, 11, "migrant-types-agreement", "code_share", "Agreement on the types of migrants",
     None, "considerable agreement", {"code": ("migrant-types", "all-types"),
                                      "among": "commenting"},
     "there was considerable agreement among the 39 Governments that commented on the "
     "question"),
    (MAIN, 11, "all-types", "code_share", "All types of migrants", None, "the majority",
     {"code": ("migrant-types", "all-types"), "among": "commenting"},
     "The majority of them considered that a comprehensive approach was required"),
    (MAIN, 11, "one-week", "code_share", "A one-week duration", None, "a number of",
     {"code": ("duration", "one-week"), "among": "stance_group"},
     "A number of Governments also favoured a one-week duration"),
    (MAIN, 11, "outcome-most-frequent", "most_frequent", "Outcome most frequently mentioned",
     None, "a plan of action", {"topic": "outcome", "code": ("outcome", "plan-of-action")},
     "The main outcome of a conference most frequently mentioned was a plan of action"),
    (MAIN, 11, "declaration", "code_share", "A declaration, recommendations, resolutions or "
     "agreed principles", None, "several", {"code": ("outcome", "declaration"),
                                            "among": "stance_group"},
     "Several other Governments were of the opinion that the conference should produce a "
     "declaration"),
    (MAIN, 12, "regional-meetings", "code_share", "Regional meetings first", None,
     "virtually all", {"code": ("preparation", "regional-meetings"), "among": "commenting"},
     "virtually all Governments that expressed an opinion on the issue considered that "
     "regional meetings would forge a first level of consensus"),
    (MAIN, 12, "preparatory-committee", "code_share", "A preparatory committee", None, "most",
     {"code": ("preparation", "preparatory-committee"), "among": "commenting"},
     "Most Governments expressing a view also supported the idea of holding a meeting of a "
     "preparatory committee"),
    (MAIN, 13, "un-bodies", "code_share", "Secretariat from United Nations bodies", None,
     "a number of", {"code": ("secretariat", "un-bodies"), "among": "stance_group"},
     "A number of Governments suggested that the secretariat be constituted by personnel "
     "from different United Nations bodies"),
    (MAIN, 13, "member-state-experts", "code_share", "Experts from States Members", None,
     "some", {"code": ("secretariat", "member-state-experts"), "among": "stance_group"},
     "Some Governments also mentioned the possibility of including in the secretariat "
     "representatives or experts from States Members"),
    (MAIN, 13, "regional-balance-ngos", "code_share", "Balanced regional representation and "
     "NGOs", None, "others", {"code": ("secretariat", "regional-balance-ngos"),
                               "among": "stance_group"},
     "while others suggested that the secretariat should have balanced regional "
     "representation"),
    (MAIN, 14, "un-finance", "code_share", "The United Nations to finance the conference",
     None, "the majority", {"code": ("funding", "un-finance"), "among": "stance_group"},
     "the majority of Governments suggested that the United Nations finance the conference"),
    (MAIN, 14, "agencies", "code_share", "United Nations bodies, specialized agencies, "
     "intergovernmental organizations", None, "many",
     {"code": ("funding", "agencies"), "among": "stance_group"},
     "Many mentioned the United Nations bodies, the specialized agencies, and "
     "intergovernmental organizations"),
    (MAIN, 14, "donor-contributions", "code_share", "Special contributions from donor "
     "countries", None, "commonly", {"code": ("funding", "donor-contributions"),
                                     "among": "stance_group"},
     "Special contributions from donor countries, at least in part, was also a commonly "
     "mentioned source of funding"),
    (MAIN, 14, "industrialized-donors", "code_share", "Donors mainly industrialized developed "
     "countries", None, "a few", {"code": ("funding", "industrialized-donors"),
                                  "among": "stance_group"},
     "A few countries specified that such donor Governments included mainly the "
     "industrialized developed countries"),
    (MAIN, 15, "reservations-group", "stance_count", "Governments that did not favour a "
     "conference", 26, "", {"stance": "reservations"},
     "Among the 26 Governments that did not favour the holding of a conference"),
    (MAIN, 15, "already-discussed", "code_share", "Already discussed; resources better used "
     "elsewhere", None, "a widely shared view", {"code": ("reservations", "already-discussed"),
                                                 "among": "stance_group"},
     "a widely shared view was that international migration and development issues had "
     "already been the object of discussion"),
    (MAIN, 15, "existing-mechanisms", "code_share", "Through the existing mechanisms", None,
     "a number of", {"code": ("reservations", "existing-mechanisms"), "among": "stance_group"},
     "A number of Governments further expressed the view that the issue ... should be "
     "addressed through the existing mechanisms"),
    (MAIN, 15, "regional-negotiations", "code_share", "Through regional negotiations", None,
     "several", {"code": ("reservations", "regional-negotiations"), "among": "stance_group"},
     "Several Governments also considered that the complex issues of international migration "
     "could be most productively addressed through regional negotiations"),
    (MAIN, 16, "partial-group", "stance_count", "Governments that expressed only partial "
     "support", 5, "", {"stance": "partial_support"},
     "The five Governments that expressed only partial support"),
    (MAIN, 16, "clarify-objectives", "code_share", "More work to clarify the objectives", None,
     "all", {"code": ("partial-conditions", "clarify-objectives"), "among": "stance_group"},
     "The five Governments ... felt that more work was necessary to clarify and define its "
     "objectives"),
    (MAIN, 16, "regional-bilateral", "code_share", "Regional or bilateral negotiations more "
     "likely", None, "generally", {"code": ("partial-conditions", "regional-bilateral"),
                                   "among": "stance_group"},
     "They generally considered that regional or bilateral negotiations were more likely to "
     "lead to meaningful ways"),
    (MAIN, 16, "regional-negotiations-some", "code_share", "Governments with reservations "
     "that also preferred regional negotiations", None, "some",
     {"code": ("reservations", "regional-negotiations"), "among": "stance_group"},
     "as did some of the Governments that did not favour the holding of a conference"),
    (MAIN, 17, "respondents-total", "respondents", "Governments that have expressed their "
     "views since 1995", 78, "", {},
     "In summary, a total of 78 Governments have expressed their views since 1995"),
    (MAIN, 17, "membership-share", "membership_share", "Share of the full membership", 41, "",
     {}, "The responses from the Governments represent 41 per cent of the full membership"),
    (MAIN, 17, "majority-in-favour", "stance_share", "Responding Governments in favour", None,
     "the majority", {"stance": "in_favour", "among": "respondents"},
     "the majority of the responding Governments appeared to be in favour of holding a "
     "conference"),
    (MAIN, 17, "serious-reservations", "stance_share", "Responding Governments with serious "
     "reservations", None, "a number of", {"stance": "reservations", "among": "respondents"},
     "a number of Governments expressed serious reservations about convening such a "
     "conference"),
    (MAIN, 17, "regional-approach", "code_share", "Governments with reservations more in favour "
     "of a regional or subregional approach", None, "generally",
     {"code": ("reservations", "regional-approach"), "among": "stance_group"},
     "Generally, these Governments appeared more in favour of adopting a regional or "
     "subregional approach"),
]


def build(csv_path):
    objects = list(governments(csv_path))
    for pk, symbol, adopted, paragraph, title in RESOLUTIONS:
        objects.append({"model": "surveys.resolution", "pk": pk, "fields": {
            "symbol": symbol, "adopted_on": adopted, "title": title, "title_fr": TITLE_FR,
            "title_es": TITLE_ES, "paragraph": paragraph}})
    for pk, sent, mandate, paragraph, purpose in LETTERS:
        english, french, spanish = PURPOSE_CLAUSES[pk]
        objects.append({"model": "surveys.letter", "pk": pk, "fields": {
            "number": pk, "sent_on": sent, "sent_precision": "month", "mandate": mandate,
            "purpose": purpose, "purpose_clause": english, "purpose_clause_fr": french,
            "purpose_clause_es": spanish, "paragraph": paragraph}})
    government_pk = {o["fields"]["iso3"]: o["pk"] for o in objects
                     if o["model"] == "surveys.government"}
    with open(NAMES_CSV, encoding="utf-8") as names:
        for pk, row in enumerate(csv.DictReader(names), start=1):
            objects.append({"model": "surveys.correspondencename", "pk": pk, "fields": {
                "government": government_pk[row["iso3"]], "language": row["language"],
                "short_name": row["short_name"], "of_name": row["of_name"],
                "valid_from": row["valid_from"] or None,
                "valid_until": row["valid_until"] or None, "source": NAMES_SOURCE}})
    report_pk = {}
    for (pk, symbol, issued, precision, mandate, letters, cutoff, cutoff_note, denominator,
         denominator_on, denominator_note, paragraph) in REPORTS:
        report_pk[symbol] = pk
        objects.append({"model": "surveys.report", "pk": pk, "fields": {
            "symbol": symbol, "slug": symbol.replace("/", "-"), "title": TITLE,
            "issued_on": issued, "issued_precision": precision,
            "mandate": mandate, "letters": letters, "cutoff_on": cutoff,
            "cutoff_note": cutoff_note, "denominator": denominator,
            "denominator_on": denominator_on, "denominator_note": denominator_note,
            "paragraph": paragraph, "cutoff_is_assumed": symbol in ASSUMED_CUTOFFS,
            "session": FIRST_PAGES.get(symbol, ("", ""))[0],
            "agenda_item": FIRST_PAGES.get(symbol, ("", ""))[1]}})
    topic_pk, code_pk = {}, {}
    for order, (slug, name, within, among, paragraph, codes) in enumerate(TOPICS, start=1):
        topic_pk[slug] = order
        objects.append({"model": "surveys.topic", "pk": order, "fields": {
            "slug": slug, "name": name, "counted_within": STANCE[within],
            "shares_among": among, "paragraph": paragraph, "order": order}})
        for code_order, (code_slug, label, *added) in enumerate(codes, start=1):
            pk = len(code_pk) + 1
            code_pk[slug, code_slug] = pk
            code_paragraph = 17 if code_slug == "regional-approach" else paragraph
            objects.append({"model": "surveys.code", "pk": pk, "fields": {
                "topic": order, "slug": code_slug, "label": label,
                "origin": "added" if added else "report",
                "added_because": added[0] if added else "",
                "paragraph": code_paragraph, "order": code_order}})
    for pk, (symbol, paragraph, key, measure, label, value, wording, extra, quote) in enumerate(
            FIGURES, start=1):
        fields = {
            "report": report_pk[symbol], "stated_in": report_pk[MAIN], "paragraph": paragraph,
            "key": key, "measure": measure, "label": label, "value": value, "wording": wording,
            "letter": extra.get("letter"), "stance": extra.get("stance", ""),
            "among": extra.get("among", ""), "year": extra.get("year"),
            "flow": extra.get("flow", ""), "policies": extra.get("policies", ""),
            "topic": topic_pk[extra["topic"]] if "topic" in extra else None,
            "code": code_pk[extra["code"]] if "code" in extra else None,
            "codes": [code_pk[key] for key in extra.get("codes", [])],
            "quote": quote,
        }
        objects.append({"model": "surveys.publishedfigure", "pk": pk, "fields": fields})
    OUT.write_text(json.dumps(objects, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(objects)} objects to {OUT}")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/un_member_states.csv")
