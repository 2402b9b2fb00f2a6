"""The quantifier rules, at their edges and against the report's own sentences."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from surveys.models import PublishedFigure, Report
from surveys.summary.counts import report_summary
from surveys.summary.quantifiers import (
    BANDS,
    accepts,
    band_of,
    count_word,
    per_cent,
    quantifier_for,
    wording_for,
)
from surveys.summary.reconciliation import reconciliation_of


@pytest.mark.parametrize("count, total, band", [
    (5, 5, "all"), (9, 10, "virtually all"), (28, 30, "virtually all"), (2, 3, "most"),
    (4, 5, "most"), (28, 47, "the majority"), (1, 2, "many"), (35, 100, "many"),
    (34, 100, "a number of"), (15, 100, "a number of"), (26, 78, "a number of"),
    (14, 100, "several"), (8, 100, "several"), (7, 100, "a few"), (3, 47, "a few"),
    (0, 47, "none"), (0, 0, "none"),
])
def test_band_edges(count, total, band):
    assert quantifier_for(count, total) == band


def test_synonyms_name_their_band():
    assert band_of("some") == "several"
    assert band_of("generally") == "most"
    assert band_of("A widely shared view") == "the majority"


def test_wording_keeps_the_published_word_only_when_the_band_agrees():
    assert wording_for(3, 26, "some") == "some"
    assert wording_for(20, 26, "some") == "most"


@pytest.mark.django_db
def test_every_quantifier_of_paras_10_to_17_holds_on_the_fixtures():
    report = Report.objects.get(symbol="A/56/167")
    quantified = [c for c in reconciliation_of(report_summary(report=report)).checks
                  if c.figure.measure in {"code_share", "stance_share"}]
    wordings = {c.figure.wording for c in quantified}
    assert {"the majority", "many", "a number of", "several", "virtually all", "most",
            "a few", "some", "all"} <= wordings
    assert all(c.matches for c in quantified), [c.figure.key for c in quantified if not c.matches]
    assert {c.figure.paragraph for c in quantified} == set(range(10, 18)) - {9}


@pytest.mark.django_db
def test_no_two_sentences_of_the_report_contradict_the_rules():
    """The words published for the same count always fit one band together ("the majority"
    and "considerable agreement" for the 24 of 39 that want all types of migrants)."""
    seen = {}
    for figure in PublishedFigure.objects.filter(measure="code_share"):
        seen.setdefault((figure.code_id, figure.among), []).append(figure.wording)
    bands = [band for band, _floor in BANDS]
    assert any(len(words) > 1 for words in seen.values())
    for words in seen.values():
        assert [b for b in bands if all(accepts(w, b) for w in words)], words


@pytest.mark.parametrize("count, total, band", [
    (1, 2, "many"), (51, 100, "the majority"), (2, 3, "most"), (665, 1000, "the majority"),
    (9, 10, "virtually all"), (899, 1000, "most"), (1, 1000, "a few"), (1, 1, "all"),
])
def test_the_edges_of_each_band_are_where_the_table_says(count, total, band):
    assert quantifier_for(count, total) == band


@pytest.mark.django_db
def test_each_quantified_figure_is_the_report_s_own_sentence_and_its_band_holds():
    """For each published wording of paras 10-17: it is in the report's sentences of its
    paragraph ("all" is written "The five Governments", the whole group), and the band of the
    count computed from the records is the band that wording names."""
    report = Report.objects.get(symbol="A/56/167")
    checks = [c for c in reconciliation_of(report_summary(report=report)).checks
              if c.figure.measure in {"code_share", "stance_share"}]
    assert len(checks) >= 20
    quotes = {}
    for figure in PublishedFigure.objects.filter(report=report):
        quotes[figure.paragraph] = quotes.get(figure.paragraph, "") + " " + figure.quote.lower()
    for check in checks:
        figure = check.figure
        count, total = (int(n) for n in check.computed.rsplit("(", 1)[1].rstrip(")").split(" of "))
        assert figure.wording.lower() in quotes[figure.paragraph] or count == total, figure.key
        assert accepts(figure.wording, quantifier_for(count, total)), figure.key
        assert wording_for(count, total, figure.wording) == figure.wording


@pytest.mark.parametrize("wording, band, fits", [
    ("others", "a few", True), ("others", "many", True), ("others", "none", False),
    ("considerable agreement", "the majority", True), ("considerable agreement", "many", False),
    ("high level", "most", True), ("high level", "many", False),
    ("some", "several", True), ("some", "a few", False), ("generally", "most", True),
])
def test_a_word_of_the_report_fits_the_bands_it_names(wording, band, fits):
    assert accepts(wording, band) is fits


@pytest.mark.parametrize("n, words", [(0, "no"), (1, "one"), (2, "a few"), (4, "a few"),
                                      (5, "several")])
def test_a_number_of_things_reads_as_the_report_writes_it(n, words):
    assert count_word(n) == words


@pytest.mark.parametrize("value, text", [(41, "41 per cent"), (19.6, "20 per cent"),
                                         (None, "—"), (0, "0 per cent")])
def test_every_rate_prints_in_one_format(value, text):
    assert per_cent(value) == text


@settings(database=None)  # no .hypothesis/ directory in the project
@given(total=st.integers(min_value=1, max_value=400), data=st.data())
def test_each_multi_band_word_fits_exactly_its_counts(total, data):
    count = data.draw(st.integers(min_value=0, max_value=total))
    band = quantifier_for(count, total)
    assert (wording_for(count, total, "others") == "others") is (count > 0)
    more_than_half = 2 * count > total
    assert accepts("considerable agreement", band) is more_than_half
    assert accepts("high level", band) is more_than_half
    assert wording_for(count, total, "the majority") in ("the majority", band)
