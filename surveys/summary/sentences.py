"""The sentences of paragraphs 10-17 of A/56/167: computed ones, with a slot for each counted
view, and the report's own sentences the records cannot compute, quoted.

A ``Slot`` names what is counted (a code, as a share of the Governments its topic's
quantifiers are shares of, a stance among the respondents, or a topic's most frequent code)
and how its quantifier reads: ``noun`` is what the quantifier governs ("Governments", "of
them"), ``forms`` gives the report's own phrase for a wording ("They generally"), used only
when ``wording_for`` prints that wording, i.e. when the computed band agrees with it.
``surveys.summary.fill.view_paragraphs`` fills them in from a Summary.

In French, a slot's noun is its entry of ``FRENCH_NOUNS`` and its forms are their catalog's
translations, verbs in the plural (``surveys.summary.fill.agree`` makes them agree with
"aucun").
"""
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from surveys.summary.quantifiers import FrenchNoun

RESERVED = "of the Governments that did not favour the holding of a conference"
PARTIAL = ("of the {partial_support} Governments that expressed only partial support for the "
           "convening of a conference")

# Each slot's noun in French: a plain noun (plural, singular) or a partitive (after "la
# majorité": ``de``; after "tous": ``the``).
FRENCH_NOUNS = {
    "Governments": FrenchNoun("gouvernements", "gouvernement"),
    "other Governments": FrenchNoun("autres gouvernements", "autre gouvernement"),
    "others": FrenchNoun("autres", "autre"),
    "countries": FrenchNoun("pays", "pays"),
    "Governments that expressed an opinion on the issue": FrenchNoun(
        "gouvernements ayant exprimé une opinion sur la question",
        "gouvernement ayant exprimé une opinion sur la question"),
    "Governments expressing a view": FrenchNoun("gouvernements ayant exprimé un avis",
                                                "gouvernement ayant exprimé un avis"),
    "of them": FrenchNoun(de="d'entre eux", the=""),
    "of the responding Governments": FrenchNoun(
        de="des gouvernements ayant répondu", the="les gouvernements ayant répondu"),
    "of these Governments": FrenchNoun(de="de ces gouvernements", the="ces gouvernements"),
    RESERVED: FrenchNoun(
        de="des gouvernements qui n'étaient pas favorables à la tenue d'une conférence",
        the="les gouvernements qui n'étaient pas favorables à la tenue d'une conférence"),
    PARTIAL: FrenchNoun(
        de="des {partial_support} gouvernements qui n'ont exprimé qu'un appui partiel à la "
           "convocation d'une conférence",
        the="les {partial_support} gouvernements qui n'ont exprimé qu'un appui partiel à la "
            "convocation d'une conférence"),
}


@dataclass(frozen=True)
class Slot:
    code: str = ""
    stance: str = ""
    top: str = ""  # a topic slug: its most frequently mentioned code
    key: str = ""  # the published figure whose wording is preferred; default: the code
    noun: str = "Governments"
    form: str = "{who}"
    forms: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """A computed sentence (a lazy translation, formatted from the Summary), or a quoted one
    (``quote`` names the report's words in ``surveys.summary.quotations``), or one that a
    function of ``surveys.summary.fill.COMPOSERS`` writes (``composer``)."""

    text: str = ""
    slots: dict = field(default_factory=dict)
    figures: tuple[str, ...] = ()  # keys of the published plain numbers it states
    quote: str = ""
    composer: str = ""


@dataclass(frozen=True)
class ParagraphSpec:
    source_paragraph: int
    topics: tuple[str, ...]  # left out when no Government of the group commented on these
    sentences: tuple[Sentence, ...]


def S(text, *, figures=(), **slots) -> Sentence:  # noqa: N802 - reads like the report below
    return Sentence(text, slots, tuple(figures))


def Q(key: str) -> Sentence:  # noqa: N802
    return Sentence(quote=key)


COMPLETE = pgettext_lazy("para 11: there was ...", "complete agreement")
CONSIDERABLE = pgettext_lazy("para 11: there was ...", "considerable agreement")
AGREEMENT = {"all": COMPLETE, "virtually all": CONSIDERABLE, "most": CONSIDERABLE,
             "the majority": CONSIDERABLE, "considerable agreement": CONSIDERABLE}

PARAGRAPHS = (
    ParagraphSpec(10, ("nature", "objectives"), (
        S(_("Among the {in_favour} Governments that favoured holding a conference, {a} proposed "
            "that it should be of a technical and analytical nature."),
          a=Slot(code="technical-analytical", noun="of them",
                 forms={"the majority": pgettext_lazy("para 10: the majority (of them)",
                                                      "the majority")})),
        Q("variety"),
        S(_("{a} envisaged the conference as a forum to explore key aspects of international "
            "migration and development, such as the causes and consequences of international "
            "migration, the levels and trends of international migration, and the positive and "
            "negative aspects of international migration in relation to development for "
            "countries of origin, destination, and those in transit."),
          a=Slot(code="explore-key-aspects")),
        S(_("{a} showed an interest in holding a conference in order to consolidate the rights "
            "of migrants, especially of migrant workers and refugees in host countries."),
          a=Slot(code="migrant-rights", noun="other Governments",
                 forms={"others": pgettext_lazy("para 10: others (other Governments)", "others")})),
        Sentence(composer="other-objectives"),
    )),
    ParagraphSpec(11, ("migrant-types", "duration", "outcome"), (
        S(_("With regard to types of migrants that a proposed conference should deal with, "
            "there was {a} among the {migrant_types} Governments that commented on the "
            "question."), figures=("migrant-types-commented",),
          a=Slot(code="all-types", key="migrant-types-agreement",
                 form=pgettext_lazy("para 11: there was ...", "a variety of views"),
                 forms=AGREEMENT)),
        S(_("{a} considered that a comprehensive approach was required and that all types of "
            "migrants should be taken into account."),
          a=Slot(code="all-types", noun="of them")),
        S(_("{a} also favoured a one-week duration of the proposed conference."),
          a=Slot(code="one-week")),
        S(_("The main outcome of a conference most frequently mentioned was {a}."),
          a=Slot(top="outcome", key="outcome-most-frequent")),
        S(_("{a} of the opinion that the conference should produce a declaration, "
            "recommendations, resolutions or agreed principles."),
          a=Slot(code="declaration", noun="other Governments",
                 form=pgettext_lazy("para 11: ... of the opinion", "{who} were"),
                 forms={"none": pgettext_lazy("para 11: ... of the opinion",
                                              "no other Government was")})),
    )),
    ParagraphSpec(12, ("preparation",), (
        S(_("As for the preparatory process for a proposed conference, {a} considered that "
            "regional meetings would forge a first level of consensus over such complex issues "
            "as international migration and development."),
          a=Slot(code="regional-meetings",
                 noun="Governments that expressed an opinion on the issue")),
        Q("thus"),
        Q("efficient"),
        S(_("{a} also supported the idea of holding a meeting of a preparatory committee "
            "leading towards a global conference, but with varying frequency and duration."),
          a=Slot(code="preparatory-committee", noun="Governments expressing a view")),
    )),
    ParagraphSpec(13, ("secretariat",), (
        Q("varied"),
        S(_("{a} suggested that the secretariat be constituted by personnel from different "
            "United Nations bodies and relevant organizations."),
          a=Slot(code="un-bodies")),
        S(_("{a} also mentioned the possibility of including in the secretariat representatives "
            "or experts from States Members of the United Nations, while {b} suggested that the "
            "secretariat should have balanced regional representation and allow the "
            "participation of international non-governmental organizations (NGOs)."),
          a=Slot(code="member-state-experts"),
          b=Slot(code="regional-balance-ngos", noun="others",
                 forms={"others": pgettext_lazy("para 13: while others suggested", "others")})),
    )),
    ParagraphSpec(14, ("funding",), (
        S(_("With respect to the funding for a conference, {a} suggested that the United "
            "Nations finance the conference, although they did not always make clear whether "
            "funding should come from the regular budget of the Organization."),
          a=Slot(code="un-finance")),
        S(_("{a} mentioned the United Nations bodies, the specialized agencies, and "
            "intergovernmental organizations as possible sources of funding."),
          a=Slot(code="agencies", forms={"many": pgettext_lazy("para 14: many mentioned",
                                                               "many")})),
        S(_("Special contributions from donor countries, at least in part, {a}."),
          a=Slot(code="donor-contributions",
                 form=pgettext_lazy("para 14: special contributions ...",
                                    "were also mentioned as a source of funding by {who}"),
                 forms={"commonly": pgettext_lazy(
                            "para 14: special contributions ...",
                            "was also a commonly mentioned source of funding"),
                        "none": pgettext_lazy("para 14: special contributions ...",
                                              "were not mentioned as a source of funding")})),
        S(_("{a} specified that such donor Governments included mainly the industrialized "
            "developed countries."),
          a=Slot(code="industrialized-donors", noun="countries")),
    )),
    ParagraphSpec(15, ("reservations",), (
        S(_("Among the {reservations} Governments that did not favour the holding of a "
            "conference, {a} that international migration and development issues had already "
            "been the object of discussion in several United Nations conferences and that, "
            "especially in the face of United Nations budgetary constraints, scarce resources "
            "would be better used to ensure the implementation of the commitments made at those "
            "conferences than in convening another one."), figures=("reservations-group",),
          a=Slot(code="already-discussed", noun="of them",
                 form=pgettext_lazy("para 15: ... that international migration",
                                    "{who} considered"),
                 forms={"a widely shared view": pgettext_lazy(
                     "para 15: ... that international migration", "a widely shared view was")})),
        S(_("{a} further expressed the view that the issue of international migration and "
            "development should be addressed through the existing mechanisms."),
          a=Slot(code="existing-mechanisms")),
        S(_("{a} also considered that the complex issues of international migration could be "
            "most productively addressed through regional negotiations, so that conditions "
            "particular to the region can be factored into concrete policy responses."),
          a=Slot(code="regional-negotiations")),
    )),
    ParagraphSpec(16, ("partial-conditions",), (
        S(_("{a} felt that more work was necessary to clarify and define its objectives."),
          figures=("partial-group",),
          a=Slot(code="clarify-objectives", noun=PARTIAL,
                 forms={"all": pgettext_lazy(
                     "para 16: all of them", "the {partial_words} Governments that expressed "
                     "only partial support for the convening of a conference")})),
        S(_("{a} considered that regional or bilateral negotiations were more likely to lead to "
            "meaningful ways of dealing with the issue of international migration, as did {b}."),
          a=Slot(code="regional-bilateral", noun="of them",
                 forms={"generally": pgettext_lazy("para 16: they generally considered",
                                                   "they generally")}),
          b=Slot(code="regional-negotiations", key="regional-negotiations-some", noun=RESERVED)),
    )),
    ParagraphSpec(17, (), (
        S(_("In summary, a total of {respondents} Governments have expressed their views since "
            "{first_year} regarding the convening of a United Nations conference on "
            "international migration and development."), figures=("respondents-total",)),
        S(_("The responses from the Governments represent {share} of the full membership of "
            "the United Nations."), figures=("membership-share",)),
        S(_("Although {a} appeared to be in favour of holding a conference,"),
          a=Slot(stance="in_favour", key="majority-in-favour",
                 noun="of the responding Governments")),
        Q("consensus"),
        S(_("Furthermore, {a} expressed serious reservations about convening such a conference, "
            "given the current financial constraints of the United Nations."),
          a=Slot(stance="reservations", key="serious-reservations")),
        S(_("{a} appeared more in favour of adopting a regional or subregional approach in "
            "considering the issues of international migration and development."),
          a=Slot(code="regional-approach", noun="of these Governments",
                 forms={"generally": pgettext_lazy("para 17: generally ... appeared",
                                                   "generally, these Governments")})),
    )),
)
