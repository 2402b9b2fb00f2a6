"""What the draft tests share: a new round over the demo, and the drafted paragraphs."""
from core.dates import DatePrecision
from surveys.drafts.composition import compose
from surveys.models import Code, Government, Report, Resolution, Stance
from surveys.summary.kinds import Kind
from surveys.summary.reconciliation import reconciliations
from surveys.summary.source_text import normalise, section_ii_sentences, sentences
from tests import builders
from tests.surveys.summary.helpers import summaries_up_to

NEW_SYMBOL = "A/58/100"
NEW_REPLIES = 12  # Governments that had never replied, replying to the fourth letter


def a_new_round() -> Report:
    """A fourth letter (March 2003) and the report an Administrator defines over it, counting
    the four letters by 30 June 2003: twelve Governments that never replied before reply,
    two thirds of them in favour, each holding one view of para 10."""
    earlier = Report.objects.get(symbol="A/56/167")
    fourth = builders.letter(4, "2003-03-03", mandate=Resolution.objects.get(symbol="54/212"))
    fourth.sent_precision = DatePrecision.MONTH  # a letter is cited by its month
    fourth.save()
    report = builders.report(NEW_SYMBOL, "2003-07-15", [*earlier.letters.all(), fourth],
                             "2003-06-30", mandate=earlier.mandate)
    forum = Code.objects.get(slug="explore-key-aspects")
    newcomers = Government.objects.non_respondents_of(earlier).order_by("iso3")[:NEW_REPLIES]
    for i, government in enumerate(newcomers):
        stance = Stance.RESERVATIONS if i % 3 == 2 else Stance.IN_FAVOUR
        builders.reply(government, fourth, "2003-05-05", stance,
                       codes=[forum] if stance == Stance.IN_FAVOUR else [])
    return report


def drafted(report: Report):
    """The draft's paragraphs of ``report``, as the summary page and the draft compose them."""
    summary, earlier = summaries_up_to(report)
    *earlier_reconciled, reconciled = reconciliations([*earlier, summary])
    return compose(reconciled, earlier=earlier_reconciled)


def own_text(paragraphs) -> list[str]:
    """The sentences of the paragraphs outside drafter's notes, each paragraph's parts
    joined as the report prints them."""
    found = []
    for paragraph in paragraphs:
        text = " ".join(p.text for p in paragraph.parts if p.kind != Kind.NOTE)
        found += sentences(normalise(text))
    return found


def source_sentences_in(paragraphs) -> list[str]:
    """The sentences of A/56/167's section II that the paragraphs print as their own."""
    return [s for s in own_text(paragraphs) if s in section_ii_sentences()]
