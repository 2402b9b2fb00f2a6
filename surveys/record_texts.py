"""The codebook's texts (the codes' labels, the topics' names) and the letters' purposes, in
the reader's language: the summary prints them inside its sentences and tables, and every
other page through ``Topic.__str__`` and ``Code.__str__``.

The records hold them in English only, as the report words them; ``RECORD_TEXTS`` puts them in
the catalog (context "record text") so that a French reader reads them in French. A text not
listed here (one staff have since edited, say) prints as recorded, in English.
"""
from django.utils.translation import pgettext, pgettext_lazy

RECORD_TEXTS = (
    pgettext_lazy("record text", "Of a technical and analytical nature"),
    pgettext_lazy("record text", "A forum to explore key aspects of international migration "
                  "and development (causes and consequences, levels and trends, positive and "
                  "negative aspects for countries of origin, destination and transit)"),
    pgettext_lazy("record text", "To consolidate the rights of migrants, especially of migrant "
                  "workers and refugees in host countries"),
    pgettext_lazy("record text", "The development of strategies or policies to better manage "
                  "migration flows"),
    pgettext_lazy("record text", "Facilitation of dialogue between countries concerned to "
                  "enhance bilateral or multilateral cooperation"),
    pgettext_lazy("record text", "A comprehensive approach: all types of migrants"),
    pgettext_lazy("record text", "One week"),
    pgettext_lazy("record text", "A plan of action which countries could follow"),
    pgettext_lazy("record text", "A declaration, recommendations, resolutions or agreed "
                  "principles"),
    pgettext_lazy("record text", "Regional or subregional meetings before a global conference"),
    pgettext_lazy("record text", "Meetings of a preparatory committee"),
    pgettext_lazy("record text", "Personnel from different United Nations bodies and relevant "
                  "organizations"),
    pgettext_lazy("record text", "Representatives or experts from States Members of the United "
                  "Nations"),
    pgettext_lazy("record text", "Balanced regional representation, with participation of "
                  "international NGOs"),
    pgettext_lazy("record text", "The United Nations to finance the conference"),
    pgettext_lazy("record text", "United Nations bodies, the specialized agencies and "
                  "intergovernmental organizations"),
    pgettext_lazy("record text", "Special contributions from donor countries"),
    pgettext_lazy("record text", "Donors mainly the industrialized developed countries"),
    pgettext_lazy("record text", "Already discussed at several United Nations conferences; "
                  "resources better used to implement their commitments"),
    pgettext_lazy("record text", "To be addressed through the existing mechanisms"),
    pgettext_lazy("record text", "Most productively addressed through regional negotiations"),
    pgettext_lazy("record text", "More in favour of a regional or subregional approach "
                  "(para 17)"),
    pgettext_lazy("record text", "More work necessary to clarify and define its objectives"),
    pgettext_lazy("record text", "Regional or bilateral negotiations more likely to lead to "
                  "meaningful ways"),
    # the codes the project adds for coding (listed apart, never as the report's)
    pgettext_lazy("record text", "Of a political nature, leading to negotiated commitments"),
    pgettext_lazy("record text", "Migrant workers only"),
    pgettext_lazy("record text", "Refugees and asylum-seekers only"),
    pgettext_lazy("record text", "Undocumented migrants only"),
    pgettext_lazy("record text", "Two weeks"),
    # the topics
    pgettext_lazy("record text", "Nature of the conference"),
    pgettext_lazy("record text", "Objectives and issues to be addressed"),
    pgettext_lazy("record text", "Types of migrants"),
    pgettext_lazy("record text", "Duration"),
    pgettext_lazy("record text", "Outcome"),
    pgettext_lazy("record text", "Preparatory process"),
    pgettext_lazy("record text", "Secretariat"),
    pgettext_lazy("record text", "Funding"),
    pgettext_lazy("record text", "Reasons for reservations"),
    pgettext_lazy("record text", "Conditions of partial support"),
    pgettext_lazy("record text", "to seek views about objectives and modalities for the "
                  "convening of such a conference"),
    pgettext_lazy("record text", "to obtain the additional views of Governments on the proposed "
                  "conference"),
    pgettext_lazy("record text", "especially inviting those Governments that had not responded "
                  "to the letters sent in 1995 and 1997 to express their views"),
)


def record_text(text: str) -> str:
    """A record's text in the reader's language, where ``RECORD_TEXTS`` translates it."""
    return pgettext("record text", text) if text else text
