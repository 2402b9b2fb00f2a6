"""The computed sentences of paragraphs 10-17 of A/56/167, whole, in every wording their counts
may print: the catalog's entries for ``surveys.summary.sentences``.

A sentence that counts a view is written once for each quantifier band
(``surveys.summary.quantifiers.BANDS``, and "none") and once for each word of the report that
its published figure keeps when the band agrees ("others", "some", "generally", ...): a dict
from that word to the whole sentence. Its catalog context names the paragraph, the sentence
and the word ("para 10, of a technical and analytical nature: none"), so that a translation
writes each variant whole, the verb agreeing with its quantifier ("aucun d'entre eux n'a
proposé", "la majorité d'entre eux ont proposé"). A sentence that counts two views is two
clauses with their own variants, the second opening with its punctuation (para 13's ", while
others suggested ...", para 16's ", as did some ...").

The placeholders are the plain numbers of ``surveys.summary.fill.context``: ``{in_favour}``,
``{reservations}``, ``{partial_support}``, ``{partial_words}`` (in words), ``{migrant_types}``,
``{respondents}``, ``{first_year}`` and ``{share}`` (a percentage, "41 per cent").
"""
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext_lazy, pgettext_lazy

# Para 10 ---------------------------------------------------------------------------------------

TECHNICAL_NATURE = {
    # Translators: each sentence of the summary has one entry for each quantifier band, named
    # after the colon of its context ("none": no Government holds the view); write each whole,
    # the verb agreeing with its quantifier.
    "all": pgettext_lazy(
        "para 10, of a technical and analytical nature: all",
        "Among the {in_favour} Governments that favoured holding a conference, all of them "
        "proposed that it should be of a technical and analytical nature."),
    "virtually all": pgettext_lazy(
        "para 10, of a technical and analytical nature: virtually all",
        "Among the {in_favour} Governments that favoured holding a conference, virtually all "
        "of them proposed that it should be of a technical and analytical nature."),
    "most": pgettext_lazy(
        "para 10, of a technical and analytical nature: most",
        "Among the {in_favour} Governments that favoured holding a conference, most of them "
        "proposed that it should be of a technical and analytical nature."),
    "the majority": pgettext_lazy(
        "para 10, of a technical and analytical nature: the majority",
        "Among the {in_favour} Governments that favoured holding a conference, the majority "
        "proposed that it should be of a technical and analytical nature."),
    "many": pgettext_lazy(
        "para 10, of a technical and analytical nature: many",
        "Among the {in_favour} Governments that favoured holding a conference, many of them "
        "proposed that it should be of a technical and analytical nature."),
    "a number of": pgettext_lazy(
        "para 10, of a technical and analytical nature: a number of",
        "Among the {in_favour} Governments that favoured holding a conference, a number of "
        "them proposed that it should be of a technical and analytical nature."),
    "several": pgettext_lazy(
        "para 10, of a technical and analytical nature: several",
        "Among the {in_favour} Governments that favoured holding a conference, several of them "
        "proposed that it should be of a technical and analytical nature."),
    "a few": pgettext_lazy(
        "para 10, of a technical and analytical nature: a few",
        "Among the {in_favour} Governments that favoured holding a conference, a few of them "
        "proposed that it should be of a technical and analytical nature."),
    "none": pgettext_lazy(
        "para 10, of a technical and analytical nature: none",
        "Among the {in_favour} Governments that favoured holding a conference, none of them "
        "proposed that it should be of a technical and analytical nature."),
}

FORUM = {
    "all": pgettext_lazy(
        "para 10, a forum to explore key aspects: all",
        "All Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "virtually all": pgettext_lazy(
        "para 10, a forum to explore key aspects: virtually all",
        "Virtually all Governments envisaged the conference as a forum to explore key aspects "
        "of international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "most": pgettext_lazy(
        "para 10, a forum to explore key aspects: most",
        "Most Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "the majority": pgettext_lazy(
        "para 10, a forum to explore key aspects: the majority",
        "The majority of Governments envisaged the conference as a forum to explore key "
        "aspects of international migration and development, such as the causes and "
        "consequences of international migration, the levels and trends of international "
        "migration, and the positive and negative aspects of international migration in "
        "relation to development for countries of origin, destination, and those in transit."),
    "many": pgettext_lazy(
        "para 10, a forum to explore key aspects: many",
        "Many Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "a number of": pgettext_lazy(
        "para 10, a forum to explore key aspects: a number of",
        "A number of Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "several": pgettext_lazy(
        "para 10, a forum to explore key aspects: several",
        "Several Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "a few": pgettext_lazy(
        "para 10, a forum to explore key aspects: a few",
        "A few Governments envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
    "none": pgettext_lazy(
        "para 10, a forum to explore key aspects: none",
        "No Government envisaged the conference as a forum to explore key aspects of "
        "international migration and development, such as the causes and consequences of "
        "international migration, the levels and trends of international migration, and the "
        "positive and negative aspects of international migration in relation to development "
        "for countries of origin, destination, and those in transit."),
}

MIGRANT_RIGHTS = {
    "all": pgettext_lazy(
        "para 10, the rights of migrants: all",
        "All other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "virtually all": pgettext_lazy(
        "para 10, the rights of migrants: virtually all",
        "Virtually all other Governments showed an interest in holding a conference in order "
        "to consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "most": pgettext_lazy(
        "para 10, the rights of migrants: most",
        "Most other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "the majority": pgettext_lazy(
        "para 10, the rights of migrants: the majority",
        "The majority of other Governments showed an interest in holding a conference in order "
        "to consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "many": pgettext_lazy(
        "para 10, the rights of migrants: many",
        "Many other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "a number of": pgettext_lazy(
        "para 10, the rights of migrants: a number of",
        "A number of other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "several": pgettext_lazy(
        "para 10, the rights of migrants: several",
        "Several other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "a few": pgettext_lazy(
        "para 10, the rights of migrants: a few",
        "A few other Governments showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "none": pgettext_lazy(
        "para 10, the rights of migrants: none",
        "No other Government showed an interest in holding a conference in order to "
        "consolidate the rights of migrants, especially of migrant workers and refugees in "
        "host countries."),
    "others": pgettext_lazy(
        "para 10, the rights of migrants: others",
        "Others showed an interest in holding a conference in order to consolidate the rights "
        "of migrants, especially of migrant workers and refugees in host countries."),
}

# Para 10's last sentence when both views have the same quantifier: "A few other objectives
# ... addressed by a number of Governments included X, and Y" (``%(few)s``: how many, in words).
OTHER_OBJECTIVES = {
    "all": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: all",
        "%(few)s other objective of a conference addressed by all Governments was %(listed)s.",
        "%(few)s other objectives of a conference addressed by all Governments included "
        "%(listed)s.", "count"),
    "virtually all": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: virtually all",
        "%(few)s other objective of a conference addressed by virtually all Governments was "
        "%(listed)s.",
        "%(few)s other objectives of a conference addressed by virtually all Governments "
        "included %(listed)s.", "count"),
    "most": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: most",
        "%(few)s other objective of a conference addressed by most Governments was %(listed)s.",
        "%(few)s other objectives of a conference addressed by most Governments included "
        "%(listed)s.", "count"),
    "the majority": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: the majority",
        "%(few)s other objective of a conference addressed by the majority of Governments was "
        "%(listed)s.",
        "%(few)s other objectives of a conference addressed by the majority of Governments "
        "included %(listed)s.", "count"),
    "many": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: many",
        "%(few)s other objective of a conference addressed by many Governments was %(listed)s.",
        "%(few)s other objectives of a conference addressed by many Governments included "
        "%(listed)s.", "count"),
    "a number of": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: a number of",
        "%(few)s other objective of a conference addressed by a number of Governments was "
        "%(listed)s.",
        "%(few)s other objectives of a conference addressed by a number of Governments "
        "included %(listed)s.", "count"),
    "several": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: several",
        "%(few)s other objective of a conference addressed by several Governments was "
        "%(listed)s.",
        "%(few)s other objectives of a conference addressed by several Governments included "
        "%(listed)s.", "count"),
    "a few": npgettext_lazy(
        "para 10, other objectives addressed by the same Governments: a few",
        "%(few)s other objective of a conference addressed by a few Governments was %(listed)s.",
        "%(few)s other objectives of a conference addressed by a few Governments included "
        "%(listed)s.", "count"),
}

# ... and when they differ: each view with its own ("X, addressed by many Governments").
OTHER_OBJECTIVE_ADDRESSED = {
    "all": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: all",
        "%(label)s, addressed by all Governments"),
    "virtually all": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: virtually all",
        "%(label)s, addressed by virtually all Governments"),
    "most": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: most",
        "%(label)s, addressed by most Governments"),
    "the majority": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: the majority",
        "%(label)s, addressed by the majority of Governments"),
    "many": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: many",
        "%(label)s, addressed by many Governments"),
    "a number of": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: a number of",
        "%(label)s, addressed by a number of Governments"),
    "several": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: several",
        "%(label)s, addressed by several Governments"),
    "a few": pgettext_lazy(
        "para 10, other objectives, each with its own quantifier: a few",
        "%(label)s, addressed by a few Governments"),
}

# Para 11 ---------------------------------------------------------------------------------------

CONSIDERABLE_AGREEMENT = pgettext_lazy(
    "para 11, agreement on the types of migrants: virtually all, most, the majority or "
    "considerable agreement",
    "With regard to types of migrants that a proposed conference should deal with, there was "
    "considerable agreement among the {migrant_types} Governments that commented on the "
    "question.")

VARIETY_OF_VIEWS = pgettext_lazy(
    "para 11, agreement on the types of migrants: many, a number of, several, a few or none",
    "With regard to types of migrants that a proposed conference should deal with, there was a "
    "variety of views among the {migrant_types} Governments that commented on the question.")

TYPES_AGREEMENT = {
    "all": pgettext_lazy(
        "para 11, agreement on the types of migrants: all",
        "With regard to types of migrants that a proposed conference should deal with, there "
        "was complete agreement among the {migrant_types} Governments that commented on the "
        "question."),
    **dict.fromkeys(("virtually all", "most", "the majority", "considerable agreement"),
                    CONSIDERABLE_AGREEMENT),
    **dict.fromkeys(("many", "a number of", "several", "a few", "none"),
                    VARIETY_OF_VIEWS),
}

COMPREHENSIVE_APPROACH = {
    "all": pgettext_lazy(
        "para 11, a comprehensive approach: all",
        "All of them considered that a comprehensive approach was required and that all types "
        "of migrants should be taken into account."),
    "virtually all": pgettext_lazy(
        "para 11, a comprehensive approach: virtually all",
        "Virtually all of them considered that a comprehensive approach was required and that "
        "all types of migrants should be taken into account."),
    "most": pgettext_lazy(
        "para 11, a comprehensive approach: most",
        "Most of them considered that a comprehensive approach was required and that all types "
        "of migrants should be taken into account."),
    "the majority": pgettext_lazy(
        "para 11, a comprehensive approach: the majority",
        "The majority of them considered that a comprehensive approach was required and that "
        "all types of migrants should be taken into account."),
    "many": pgettext_lazy(
        "para 11, a comprehensive approach: many",
        "Many of them considered that a comprehensive approach was required and that all types "
        "of migrants should be taken into account."),
    "a number of": pgettext_lazy(
        "para 11, a comprehensive approach: a number of",
        "A number of them considered that a comprehensive approach was required and that all "
        "types of migrants should be taken into account."),
    "several": pgettext_lazy(
        "para 11, a comprehensive approach: several",
        "Several of them considered that a comprehensive approach was required and that all "
        "types of migrants should be taken into account."),
    "a few": pgettext_lazy(
        "para 11, a comprehensive approach: a few",
        "A few of them considered that a comprehensive approach was required and that all "
        "types of migrants should be taken into account."),
    "none": pgettext_lazy(
        "para 11, a comprehensive approach: none",
        "None of them considered that a comprehensive approach was required and that all types "
        "of migrants should be taken into account."),
}

ONE_WEEK = {
    "all": pgettext_lazy(
        "para 11, a one-week duration: all",
        "All Governments also favoured a one-week duration of the proposed conference."),
    "virtually all": pgettext_lazy(
        "para 11, a one-week duration: virtually all",
        "Virtually all Governments also favoured a one-week duration of the proposed "
        "conference."),
    "most": pgettext_lazy(
        "para 11, a one-week duration: most",
        "Most Governments also favoured a one-week duration of the proposed conference."),
    "the majority": pgettext_lazy(
        "para 11, a one-week duration: the majority",
        "The majority of Governments also favoured a one-week duration of the proposed "
        "conference."),
    "many": pgettext_lazy(
        "para 11, a one-week duration: many",
        "Many Governments also favoured a one-week duration of the proposed conference."),
    "a number of": pgettext_lazy(
        "para 11, a one-week duration: a number of",
        "A number of Governments also favoured a one-week duration of the proposed conference."),
    "several": pgettext_lazy(
        "para 11, a one-week duration: several",
        "Several Governments also favoured a one-week duration of the proposed conference."),
    "a few": pgettext_lazy(
        "para 11, a one-week duration: a few",
        "A few Governments also favoured a one-week duration of the proposed conference."),
    "none": pgettext_lazy(
        "para 11, a one-week duration: none",
        "No Government also favoured a one-week duration of the proposed conference."),
}

# ``{outcome}``: the code's label, in the reader's language.
MAIN_OUTCOME = pgettext_lazy(
    "para 11, the main outcome",
    "The main outcome of a conference most frequently mentioned was {outcome}.")
NO_MAIN_OUTCOME = pgettext_lazy(
    "para 11, the main outcome: none mentioned more often than the others",
    "The main outcome of a conference most frequently mentioned was no single one.")

DECLARATION = {
    "all": pgettext_lazy(
        "para 11, a declaration or recommendations: all",
        "All other Governments were of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
    "virtually all": pgettext_lazy(
        "para 11, a declaration or recommendations: virtually all",
        "Virtually all other Governments were of the opinion that the conference should "
        "produce a declaration, recommendations, resolutions or agreed principles."),
    "most": pgettext_lazy(
        "para 11, a declaration or recommendations: most",
        "Most other Governments were of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
    "the majority": pgettext_lazy(
        "para 11, a declaration or recommendations: the majority",
        "The majority of other Governments were of the opinion that the conference should "
        "produce a declaration, recommendations, resolutions or agreed principles."),
    "many": pgettext_lazy(
        "para 11, a declaration or recommendations: many",
        "Many other Governments were of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
    "a number of": pgettext_lazy(
        "para 11, a declaration or recommendations: a number of",
        "A number of other Governments were of the opinion that the conference should produce "
        "a declaration, recommendations, resolutions or agreed principles."),
    "several": pgettext_lazy(
        "para 11, a declaration or recommendations: several",
        "Several other Governments were of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
    "a few": pgettext_lazy(
        "para 11, a declaration or recommendations: a few",
        "A few other Governments were of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
    "none": pgettext_lazy(
        "para 11, a declaration or recommendations: none",
        "No other Government was of the opinion that the conference should produce a "
        "declaration, recommendations, resolutions or agreed principles."),
}

# Para 12 ---------------------------------------------------------------------------------------

REGIONAL_MEETINGS = {
    "all": pgettext_lazy(
        "para 12, regional meetings: all",
        "As for the preparatory process for a proposed conference, all Governments that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
    "virtually all": pgettext_lazy(
        "para 12, regional meetings: virtually all",
        "As for the preparatory process for a proposed conference, virtually all Governments "
        "that expressed an opinion on the issue considered that regional meetings would forge "
        "a first level of consensus over such complex issues as international migration and "
        "development."),
    "most": pgettext_lazy(
        "para 12, regional meetings: most",
        "As for the preparatory process for a proposed conference, most Governments that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
    "the majority": pgettext_lazy(
        "para 12, regional meetings: the majority",
        "As for the preparatory process for a proposed conference, the majority of Governments "
        "that expressed an opinion on the issue considered that regional meetings would forge "
        "a first level of consensus over such complex issues as international migration and "
        "development."),
    "many": pgettext_lazy(
        "para 12, regional meetings: many",
        "As for the preparatory process for a proposed conference, many Governments that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
    "a number of": pgettext_lazy(
        "para 12, regional meetings: a number of",
        "As for the preparatory process for a proposed conference, a number of Governments "
        "that expressed an opinion on the issue considered that regional meetings would forge "
        "a first level of consensus over such complex issues as international migration and "
        "development."),
    "several": pgettext_lazy(
        "para 12, regional meetings: several",
        "As for the preparatory process for a proposed conference, several Governments that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
    "a few": pgettext_lazy(
        "para 12, regional meetings: a few",
        "As for the preparatory process for a proposed conference, a few Governments that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
    "none": pgettext_lazy(
        "para 12, regional meetings: none",
        "As for the preparatory process for a proposed conference, no Government that "
        "expressed an opinion on the issue considered that regional meetings would forge a "
        "first level of consensus over such complex issues as international migration and "
        "development."),
}

PREPARATORY_COMMITTEE = {
    "all": pgettext_lazy(
        "para 12, a preparatory committee: all",
        "All Governments expressing a view also supported the idea of holding a meeting of a "
        "preparatory committee leading towards a global conference, but with varying frequency "
        "and duration."),
    "virtually all": pgettext_lazy(
        "para 12, a preparatory committee: virtually all",
        "Virtually all Governments expressing a view also supported the idea of holding a "
        "meeting of a preparatory committee leading towards a global conference, but with "
        "varying frequency and duration."),
    "most": pgettext_lazy(
        "para 12, a preparatory committee: most",
        "Most Governments expressing a view also supported the idea of holding a meeting of a "
        "preparatory committee leading towards a global conference, but with varying frequency "
        "and duration."),
    "the majority": pgettext_lazy(
        "para 12, a preparatory committee: the majority",
        "The majority of Governments expressing a view also supported the idea of holding a "
        "meeting of a preparatory committee leading towards a global conference, but with "
        "varying frequency and duration."),
    "many": pgettext_lazy(
        "para 12, a preparatory committee: many",
        "Many Governments expressing a view also supported the idea of holding a meeting of a "
        "preparatory committee leading towards a global conference, but with varying frequency "
        "and duration."),
    "a number of": pgettext_lazy(
        "para 12, a preparatory committee: a number of",
        "A number of Governments expressing a view also supported the idea of holding a "
        "meeting of a preparatory committee leading towards a global conference, but with "
        "varying frequency and duration."),
    "several": pgettext_lazy(
        "para 12, a preparatory committee: several",
        "Several Governments expressing a view also supported the idea of holding a meeting of "
        "a preparatory committee leading towards a global conference, but with varying "
        "frequency and duration."),
    "a few": pgettext_lazy(
        "para 12, a preparatory committee: a few",
        "A few Governments expressing a view also supported the idea of holding a meeting of a "
        "preparatory committee leading towards a global conference, but with varying frequency "
        "and duration."),
    "none": pgettext_lazy(
        "para 12, a preparatory committee: none",
        "No Government expressing a view also supported the idea of holding a meeting of a "
        "preparatory committee leading towards a global conference, but with varying frequency "
        "and duration."),
}

# Para 13 ---------------------------------------------------------------------------------------

UN_PERSONNEL = {
    "all": pgettext_lazy(
        "para 13, personnel from United Nations bodies: all",
        "All Governments suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
    "virtually all": pgettext_lazy(
        "para 13, personnel from United Nations bodies: virtually all",
        "Virtually all Governments suggested that the secretariat be constituted by personnel "
        "from different United Nations bodies and relevant organizations."),
    "most": pgettext_lazy(
        "para 13, personnel from United Nations bodies: most",
        "Most Governments suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
    "the majority": pgettext_lazy(
        "para 13, personnel from United Nations bodies: the majority",
        "The majority of Governments suggested that the secretariat be constituted by "
        "personnel from different United Nations bodies and relevant organizations."),
    "many": pgettext_lazy(
        "para 13, personnel from United Nations bodies: many",
        "Many Governments suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
    "a number of": pgettext_lazy(
        "para 13, personnel from United Nations bodies: a number of",
        "A number of Governments suggested that the secretariat be constituted by personnel "
        "from different United Nations bodies and relevant organizations."),
    "several": pgettext_lazy(
        "para 13, personnel from United Nations bodies: several",
        "Several Governments suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
    "a few": pgettext_lazy(
        "para 13, personnel from United Nations bodies: a few",
        "A few Governments suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
    "none": pgettext_lazy(
        "para 13, personnel from United Nations bodies: none",
        "No Government suggested that the secretariat be constituted by personnel from "
        "different United Nations bodies and relevant organizations."),
}

MEMBER_STATE_EXPERTS = {
    "all": pgettext_lazy(
        "para 13, experts from Member States, first clause: all",
        "All Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "virtually all": pgettext_lazy(
        "para 13, experts from Member States, first clause: virtually all",
        "Virtually all Governments also mentioned the possibility of including in the "
        "secretariat representatives or experts from States Members of the United Nations"),
    "most": pgettext_lazy(
        "para 13, experts from Member States, first clause: most",
        "Most Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "the majority": pgettext_lazy(
        "para 13, experts from Member States, first clause: the majority",
        "The majority of Governments also mentioned the possibility of including in the "
        "secretariat representatives or experts from States Members of the United Nations"),
    "many": pgettext_lazy(
        "para 13, experts from Member States, first clause: many",
        "Many Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "a number of": pgettext_lazy(
        "para 13, experts from Member States, first clause: a number of",
        "A number of Governments also mentioned the possibility of including in the "
        "secretariat representatives or experts from States Members of the United Nations"),
    "several": pgettext_lazy(
        "para 13, experts from Member States, first clause: several",
        "Several Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "a few": pgettext_lazy(
        "para 13, experts from Member States, first clause: a few",
        "A few Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "none": pgettext_lazy(
        "para 13, experts from Member States, first clause: none",
        "No Government also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
    "some": pgettext_lazy(
        "para 13, experts from Member States, first clause: some",
        "Some Governments also mentioned the possibility of including in the secretariat "
        "representatives or experts from States Members of the United Nations"),
}

REGIONAL_BALANCE = {
    "all": pgettext_lazy(
        "para 13, balanced regional representation, second clause: all",
        ", while all others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "virtually all": pgettext_lazy(
        "para 13, balanced regional representation, second clause: virtually all",
        ", while virtually all others suggested that the secretariat should have balanced "
        "regional representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "most": pgettext_lazy(
        "para 13, balanced regional representation, second clause: most",
        ", while most others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "the majority": pgettext_lazy(
        "para 13, balanced regional representation, second clause: the majority",
        ", while the majority of others suggested that the secretariat should have balanced "
        "regional representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "many": pgettext_lazy(
        "para 13, balanced regional representation, second clause: many",
        ", while many others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "a number of": pgettext_lazy(
        "para 13, balanced regional representation, second clause: a number of",
        ", while a number of others suggested that the secretariat should have balanced "
        "regional representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "several": pgettext_lazy(
        "para 13, balanced regional representation, second clause: several",
        ", while several others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "a few": pgettext_lazy(
        "para 13, balanced regional representation, second clause: a few",
        ", while a few others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "none": pgettext_lazy(
        "para 13, balanced regional representation, second clause: none",
        ", while no other Government suggested that the secretariat should have balanced "
        "regional representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
    "others": pgettext_lazy(
        "para 13, balanced regional representation, second clause: others",
        ", while others suggested that the secretariat should have balanced regional "
        "representation and allow the participation of international non-governmental "
        "organizations (NGOs)."),
}

# Para 14 ---------------------------------------------------------------------------------------

UN_FINANCE = {
    "all": pgettext_lazy(
        "para 14, the United Nations to finance: all",
        "With respect to the funding for a conference, all Governments suggested that the "
        "United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "virtually all": pgettext_lazy(
        "para 14, the United Nations to finance: virtually all",
        "With respect to the funding for a conference, virtually all Governments suggested "
        "that the United Nations finance the conference, although they did not always make "
        "clear whether funding should come from the regular budget of the Organization."),
    "most": pgettext_lazy(
        "para 14, the United Nations to finance: most",
        "With respect to the funding for a conference, most Governments suggested that the "
        "United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "the majority": pgettext_lazy(
        "para 14, the United Nations to finance: the majority",
        "With respect to the funding for a conference, the majority of Governments suggested "
        "that the United Nations finance the conference, although they did not always make "
        "clear whether funding should come from the regular budget of the Organization."),
    "many": pgettext_lazy(
        "para 14, the United Nations to finance: many",
        "With respect to the funding for a conference, many Governments suggested that the "
        "United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "a number of": pgettext_lazy(
        "para 14, the United Nations to finance: a number of",
        "With respect to the funding for a conference, a number of Governments suggested that "
        "the United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "several": pgettext_lazy(
        "para 14, the United Nations to finance: several",
        "With respect to the funding for a conference, several Governments suggested that the "
        "United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "a few": pgettext_lazy(
        "para 14, the United Nations to finance: a few",
        "With respect to the funding for a conference, a few Governments suggested that the "
        "United Nations finance the conference, although they did not always make clear "
        "whether funding should come from the regular budget of the Organization."),
    "none": pgettext_lazy(
        "para 14, the United Nations to finance: none",
        "With respect to the funding for a conference, no Government suggested that the United "
        "Nations finance the conference, although they did not always make clear whether "
        "funding should come from the regular budget of the Organization."),
}

AGENCIES = {
    "all": pgettext_lazy(
        "para 14, agencies as sources of funding: all",
        "All Governments mentioned the United Nations bodies, the specialized agencies, and "
        "intergovernmental organizations as possible sources of funding."),
    "virtually all": pgettext_lazy(
        "para 14, agencies as sources of funding: virtually all",
        "Virtually all Governments mentioned the United Nations bodies, the specialized "
        "agencies, and intergovernmental organizations as possible sources of funding."),
    "most": pgettext_lazy(
        "para 14, agencies as sources of funding: most",
        "Most Governments mentioned the United Nations bodies, the specialized agencies, and "
        "intergovernmental organizations as possible sources of funding."),
    "the majority": pgettext_lazy(
        "para 14, agencies as sources of funding: the majority",
        "The majority of Governments mentioned the United Nations bodies, the specialized "
        "agencies, and intergovernmental organizations as possible sources of funding."),
    "many": pgettext_lazy(
        "para 14, agencies as sources of funding: many",
        "Many mentioned the United Nations bodies, the specialized agencies, and "
        "intergovernmental organizations as possible sources of funding."),
    "a number of": pgettext_lazy(
        "para 14, agencies as sources of funding: a number of",
        "A number of Governments mentioned the United Nations bodies, the specialized "
        "agencies, and intergovernmental organizations as possible sources of funding."),
    "several": pgettext_lazy(
        "para 14, agencies as sources of funding: several",
        "Several Governments mentioned the United Nations bodies, the specialized agencies, "
        "and intergovernmental organizations as possible sources of funding."),
    "a few": pgettext_lazy(
        "para 14, agencies as sources of funding: a few",
        "A few Governments mentioned the United Nations bodies, the specialized agencies, and "
        "intergovernmental organizations as possible sources of funding."),
    "none": pgettext_lazy(
        "para 14, agencies as sources of funding: none",
        "No Government mentioned the United Nations bodies, the specialized agencies, and "
        "intergovernmental organizations as possible sources of funding."),
}

DONOR_CONTRIBUTIONS = {
    "all": pgettext_lazy(
        "para 14, special contributions from donor countries: all",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by all Governments."),
    "virtually all": pgettext_lazy(
        "para 14, special contributions from donor countries: virtually all",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by virtually all Governments."),
    "most": pgettext_lazy(
        "para 14, special contributions from donor countries: most",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by most Governments."),
    "the majority": pgettext_lazy(
        "para 14, special contributions from donor countries: the majority",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by the majority of Governments."),
    "many": pgettext_lazy(
        "para 14, special contributions from donor countries: many",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by many Governments."),
    "a number of": pgettext_lazy(
        "para 14, special contributions from donor countries: a number of",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by a number of Governments."),
    "several": pgettext_lazy(
        "para 14, special contributions from donor countries: several",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by several Governments."),
    "a few": pgettext_lazy(
        "para 14, special contributions from donor countries: a few",
        "Special contributions from donor countries, at least in part, were also mentioned as "
        "a source of funding by a few Governments."),
    "none": pgettext_lazy(
        "para 14, special contributions from donor countries: none",
        "Special contributions from donor countries, at least in part, were not mentioned as a "
        "source of funding."),
    "commonly": pgettext_lazy(
        "para 14, special contributions from donor countries: commonly",
        "Special contributions from donor countries, at least in part, was also a commonly "
        "mentioned source of funding."),
}

INDUSTRIALIZED_DONORS = {
    "all": pgettext_lazy(
        "para 14, industrialized donor countries: all",
        "All countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "virtually all": pgettext_lazy(
        "para 14, industrialized donor countries: virtually all",
        "Virtually all countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "most": pgettext_lazy(
        "para 14, industrialized donor countries: most",
        "Most countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "the majority": pgettext_lazy(
        "para 14, industrialized donor countries: the majority",
        "The majority of countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "many": pgettext_lazy(
        "para 14, industrialized donor countries: many",
        "Many countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "a number of": pgettext_lazy(
        "para 14, industrialized donor countries: a number of",
        "A number of countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "several": pgettext_lazy(
        "para 14, industrialized donor countries: several",
        "Several countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "a few": pgettext_lazy(
        "para 14, industrialized donor countries: a few",
        "A few countries specified that such donor Governments included mainly the "
        "industrialized developed countries."),
    "none": pgettext_lazy(
        "para 14, industrialized donor countries: none",
        "No country specified that such donor Governments included mainly the industrialized "
        "developed countries."),
}

# Para 15 ---------------------------------------------------------------------------------------

ALREADY_DISCUSSED = {
    "all": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: all",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "all of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "virtually all": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: virtually all",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "virtually all of them considered that international migration and development issues "
        "had already been the object of discussion in several United Nations conferences and "
        "that, especially in the face of United Nations budgetary constraints, scarce "
        "resources would be better used to ensure the implementation of the commitments made "
        "at those conferences than in convening another one."),
    "most": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: most",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "most of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "the majority": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: the majority",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "the majority of them considered that international migration and development issues "
        "had already been the object of discussion in several United Nations conferences and "
        "that, especially in the face of United Nations budgetary constraints, scarce "
        "resources would be better used to ensure the implementation of the commitments made "
        "at those conferences than in convening another one."),
    "many": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: many",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "many of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "a number of": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: a number of",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "a number of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "several": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: several",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "several of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "a few": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: a few",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "a few of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "none": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: none",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "none of them considered that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
    "a widely shared view": pgettext_lazy(
        "para 15, already discussed at United Nations conferences: a widely shared view",
        "Among the {reservations} Governments that did not favour the holding of a conference, "
        "a widely shared view was that international migration and development issues had "
        "already been the object of discussion in several United Nations conferences and that, "
        "especially in the face of United Nations budgetary constraints, scarce resources "
        "would be better used to ensure the implementation of the commitments made at those "
        "conferences than in convening another one."),
}

EXISTING_MECHANISMS = {
    "all": pgettext_lazy(
        "para 15, the existing mechanisms: all",
        "All Governments further expressed the view that the issue of international migration "
        "and development should be addressed through the existing mechanisms."),
    "virtually all": pgettext_lazy(
        "para 15, the existing mechanisms: virtually all",
        "Virtually all Governments further expressed the view that the issue of international "
        "migration and development should be addressed through the existing mechanisms."),
    "most": pgettext_lazy(
        "para 15, the existing mechanisms: most",
        "Most Governments further expressed the view that the issue of international migration "
        "and development should be addressed through the existing mechanisms."),
    "the majority": pgettext_lazy(
        "para 15, the existing mechanisms: the majority",
        "The majority of Governments further expressed the view that the issue of "
        "international migration and development should be addressed through the existing "
        "mechanisms."),
    "many": pgettext_lazy(
        "para 15, the existing mechanisms: many",
        "Many Governments further expressed the view that the issue of international migration "
        "and development should be addressed through the existing mechanisms."),
    "a number of": pgettext_lazy(
        "para 15, the existing mechanisms: a number of",
        "A number of Governments further expressed the view that the issue of international "
        "migration and development should be addressed through the existing mechanisms."),
    "several": pgettext_lazy(
        "para 15, the existing mechanisms: several",
        "Several Governments further expressed the view that the issue of international "
        "migration and development should be addressed through the existing mechanisms."),
    "a few": pgettext_lazy(
        "para 15, the existing mechanisms: a few",
        "A few Governments further expressed the view that the issue of international "
        "migration and development should be addressed through the existing mechanisms."),
    "none": pgettext_lazy(
        "para 15, the existing mechanisms: none",
        "No Government further expressed the view that the issue of international migration "
        "and development should be addressed through the existing mechanisms."),
}

REGIONAL_NEGOTIATIONS = {
    "all": pgettext_lazy(
        "para 15, regional negotiations: all",
        "All Governments also considered that the complex issues of international migration "
        "could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "virtually all": pgettext_lazy(
        "para 15, regional negotiations: virtually all",
        "Virtually all Governments also considered that the complex issues of international "
        "migration could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "most": pgettext_lazy(
        "para 15, regional negotiations: most",
        "Most Governments also considered that the complex issues of international migration "
        "could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "the majority": pgettext_lazy(
        "para 15, regional negotiations: the majority",
        "The majority of Governments also considered that the complex issues of international "
        "migration could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "many": pgettext_lazy(
        "para 15, regional negotiations: many",
        "Many Governments also considered that the complex issues of international migration "
        "could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "a number of": pgettext_lazy(
        "para 15, regional negotiations: a number of",
        "A number of Governments also considered that the complex issues of international "
        "migration could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "several": pgettext_lazy(
        "para 15, regional negotiations: several",
        "Several Governments also considered that the complex issues of international "
        "migration could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "a few": pgettext_lazy(
        "para 15, regional negotiations: a few",
        "A few Governments also considered that the complex issues of international migration "
        "could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
    "none": pgettext_lazy(
        "para 15, regional negotiations: none",
        "No Government also considered that the complex issues of international migration "
        "could be most productively addressed through regional negotiations, so that "
        "conditions particular to the region can be factored into concrete policy responses."),
}

# Para 16 ---------------------------------------------------------------------------------------

CLARIFY_OBJECTIVES = {
    "all": pgettext_lazy(
        "para 16, clarify and define its objectives: all",
        "The {partial_words} Governments that expressed only partial support for the convening "
        "of a conference felt that more work was necessary to clarify and define its "
        "objectives."),
    "virtually all": pgettext_lazy(
        "para 16, clarify and define its objectives: virtually all",
        "Virtually all of the {partial_support} Governments that expressed only partial "
        "support for the convening of a conference felt that more work was necessary to "
        "clarify and define its objectives."),
    "most": pgettext_lazy(
        "para 16, clarify and define its objectives: most",
        "Most of the {partial_support} Governments that expressed only partial support for the "
        "convening of a conference felt that more work was necessary to clarify and define its "
        "objectives."),
    "the majority": pgettext_lazy(
        "para 16, clarify and define its objectives: the majority",
        "The majority of the {partial_support} Governments that expressed only partial support "
        "for the convening of a conference felt that more work was necessary to clarify and "
        "define its objectives."),
    "many": pgettext_lazy(
        "para 16, clarify and define its objectives: many",
        "Many of the {partial_support} Governments that expressed only partial support for the "
        "convening of a conference felt that more work was necessary to clarify and define its "
        "objectives."),
    "a number of": pgettext_lazy(
        "para 16, clarify and define its objectives: a number of",
        "A number of the {partial_support} Governments that expressed only partial support for "
        "the convening of a conference felt that more work was necessary to clarify and define "
        "its objectives."),
    "several": pgettext_lazy(
        "para 16, clarify and define its objectives: several",
        "Several of the {partial_support} Governments that expressed only partial support for "
        "the convening of a conference felt that more work was necessary to clarify and define "
        "its objectives."),
    "a few": pgettext_lazy(
        "para 16, clarify and define its objectives: a few",
        "A few of the {partial_support} Governments that expressed only partial support for "
        "the convening of a conference felt that more work was necessary to clarify and define "
        "its objectives."),
    "none": pgettext_lazy(
        "para 16, clarify and define its objectives: none",
        "None of the {partial_support} Governments that expressed only partial support for the "
        "convening of a conference felt that more work was necessary to clarify and define its "
        "objectives."),
}

REGIONAL_BILATERAL = {
    "all": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: all",
        "All of them considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
    "virtually all": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: virtually all",
        "Virtually all of them considered that regional or bilateral negotiations were more "
        "likely to lead to meaningful ways of dealing with the issue of international migration"),
    "most": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: most",
        "Most of them considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
    "the majority": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: the majority",
        "The majority of them considered that regional or bilateral negotiations were more "
        "likely to lead to meaningful ways of dealing with the issue of international migration"),
    "many": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: many",
        "Many of them considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
    "a number of": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: a number of",
        "A number of them considered that regional or bilateral negotiations were more likely "
        "to lead to meaningful ways of dealing with the issue of international migration"),
    "several": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: several",
        "Several of them considered that regional or bilateral negotiations were more likely "
        "to lead to meaningful ways of dealing with the issue of international migration"),
    "a few": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: a few",
        "A few of them considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
    "none": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: none",
        "None of them considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
    "generally": pgettext_lazy(
        "para 16, regional or bilateral negotiations, first clause: generally",
        "They generally considered that regional or bilateral negotiations were more likely to "
        "lead to meaningful ways of dealing with the issue of international migration"),
}

AS_DID = {
    "all": pgettext_lazy(
        "para 16, as did others, second clause: all",
        ", as did all of the Governments that did not favour the holding of a conference."),
    "virtually all": pgettext_lazy(
        "para 16, as did others, second clause: virtually all",
        ", as did virtually all of the Governments that did not favour the holding of a "
        "conference."),
    "most": pgettext_lazy(
        "para 16, as did others, second clause: most",
        ", as did most of the Governments that did not favour the holding of a conference."),
    "the majority": pgettext_lazy(
        "para 16, as did others, second clause: the majority",
        ", as did the majority of the Governments that did not favour the holding of a "
        "conference."),
    "many": pgettext_lazy(
        "para 16, as did others, second clause: many",
        ", as did many of the Governments that did not favour the holding of a conference."),
    "a number of": pgettext_lazy(
        "para 16, as did others, second clause: a number of",
        ", as did a number of the Governments that did not favour the holding of a conference."),
    "several": pgettext_lazy(
        "para 16, as did others, second clause: several",
        ", as did several of the Governments that did not favour the holding of a conference."),
    "a few": pgettext_lazy(
        "para 16, as did others, second clause: a few",
        ", as did a few of the Governments that did not favour the holding of a conference."),
    "none": pgettext_lazy(
        "para 16, as did others, second clause: none",
        ", as did none of the Governments that did not favour the holding of a conference."),
    "some": pgettext_lazy(
        "para 16, as did others, second clause: some",
        ", as did some of the Governments that did not favour the holding of a conference."),
}

# Para 17 ---------------------------------------------------------------------------------------

RESPONDENTS_TOTAL = _(
    "In summary, a total of {respondents} Governments have expressed their views since "
    "{first_year} regarding the convening of a United Nations conference on international "
    "migration and development.")

MEMBERSHIP_SHARE = _(
    "The responses from the Governments represent {share} of the full membership of the United "
    "Nations.")

IN_FAVOUR = {
    "all": pgettext_lazy(
        "para 17, in favour of holding a conference: all",
        "Although all of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "virtually all": pgettext_lazy(
        "para 17, in favour of holding a conference: virtually all",
        "Although virtually all of the responding Governments appeared to be in favour of "
        "holding a conference,"),
    "most": pgettext_lazy(
        "para 17, in favour of holding a conference: most",
        "Although most of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "the majority": pgettext_lazy(
        "para 17, in favour of holding a conference: the majority",
        "Although the majority of the responding Governments appeared to be in favour of "
        "holding a conference,"),
    "many": pgettext_lazy(
        "para 17, in favour of holding a conference: many",
        "Although many of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "a number of": pgettext_lazy(
        "para 17, in favour of holding a conference: a number of",
        "Although a number of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "several": pgettext_lazy(
        "para 17, in favour of holding a conference: several",
        "Although several of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "a few": pgettext_lazy(
        "para 17, in favour of holding a conference: a few",
        "Although a few of the responding Governments appeared to be in favour of holding a "
        "conference,"),
    "none": pgettext_lazy(
        "para 17, in favour of holding a conference: none",
        "Although none of the responding Governments appeared to be in favour of holding a "
        "conference,"),
}

SERIOUS_RESERVATIONS = {
    "all": pgettext_lazy(
        "para 17, serious reservations: all",
        "Furthermore, all Governments expressed serious reservations about convening such a "
        "conference, given the current financial constraints of the United Nations."),
    "virtually all": pgettext_lazy(
        "para 17, serious reservations: virtually all",
        "Furthermore, virtually all Governments expressed serious reservations about convening "
        "such a conference, given the current financial constraints of the United Nations."),
    "most": pgettext_lazy(
        "para 17, serious reservations: most",
        "Furthermore, most Governments expressed serious reservations about convening such a "
        "conference, given the current financial constraints of the United Nations."),
    "the majority": pgettext_lazy(
        "para 17, serious reservations: the majority",
        "Furthermore, the majority of Governments expressed serious reservations about "
        "convening such a conference, given the current financial constraints of the United "
        "Nations."),
    "many": pgettext_lazy(
        "para 17, serious reservations: many",
        "Furthermore, many Governments expressed serious reservations about convening such a "
        "conference, given the current financial constraints of the United Nations."),
    "a number of": pgettext_lazy(
        "para 17, serious reservations: a number of",
        "Furthermore, a number of Governments expressed serious reservations about convening "
        "such a conference, given the current financial constraints of the United Nations."),
    "several": pgettext_lazy(
        "para 17, serious reservations: several",
        "Furthermore, several Governments expressed serious reservations about convening such "
        "a conference, given the current financial constraints of the United Nations."),
    "a few": pgettext_lazy(
        "para 17, serious reservations: a few",
        "Furthermore, a few Governments expressed serious reservations about convening such a "
        "conference, given the current financial constraints of the United Nations."),
    "none": pgettext_lazy(
        "para 17, serious reservations: none",
        "Furthermore, no Government expressed serious reservations about convening such a "
        "conference, given the current financial constraints of the United Nations."),
}

REGIONAL_APPROACH = {
    "all": pgettext_lazy(
        "para 17, a regional or subregional approach: all",
        "All of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "virtually all": pgettext_lazy(
        "para 17, a regional or subregional approach: virtually all",
        "Virtually all of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "most": pgettext_lazy(
        "para 17, a regional or subregional approach: most",
        "Most of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "the majority": pgettext_lazy(
        "para 17, a regional or subregional approach: the majority",
        "The majority of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "many": pgettext_lazy(
        "para 17, a regional or subregional approach: many",
        "Many of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "a number of": pgettext_lazy(
        "para 17, a regional or subregional approach: a number of",
        "A number of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "several": pgettext_lazy(
        "para 17, a regional or subregional approach: several",
        "Several of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "a few": pgettext_lazy(
        "para 17, a regional or subregional approach: a few",
        "A few of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "none": pgettext_lazy(
        "para 17, a regional or subregional approach: none",
        "None of these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
    "generally": pgettext_lazy(
        "para 17, a regional or subregional approach: generally",
        "Generally, these Governments appeared more in favour of adopting a regional or "
        "subregional approach in considering the issues of international migration and "
        "development."),
}
