"""The survey reference data (fixtures/reference.json) is exactly what the report states:
one test per correction of the reference data."""
import json

import pytest

from surveys.illustrative import summary_text
from surveys.models import Code, CodeOrigin, Letter, Resolution, Topic

pytestmark = pytest.mark.django_db
OWN_TITLE = "International migration and development"


def test_resolution_49_127_carries_its_own_title():
    """Resolution 52/189 recalls 49/127 as the resolution on international migration and
    development; the International Conference on Population and Development is ICPD's."""
    assert Resolution.objects.get(symbol="49/127").title == OWN_TITLE


def test_resolution_52_189_carries_its_own_title_not_the_agenda_item_s():
    assert Resolution.objects.get(symbol="52/189").title == OWN_TITLE
    assert not Resolution.objects.filter(title__contains="including the question").exists()


def test_the_third_letter_s_purpose_is_para_8_s_words():
    assert Letter.objects.get(number=3).purpose == (
        "Especially inviting those Governments that had not responded to the letters sent in "
        "1995 and 1997 to express their views.")


@pytest.mark.parametrize("slug", ["political", "migrant-workers", "refugees", "undocumented",
                                  "two-weeks"])
def test_codes_the_report_never_names_are_marked_as_added_with_a_reason(slug):
    code = Code.objects.get(slug=slug)
    assert code.origin == CodeOrigin.ADDED and len(code.added_because) > 20
    assert "added for coding" in str(code)


def test_every_other_code_is_one_the_report_names():
    named = Code.objects.filter(origin=CodeOrigin.REPORT)
    assert named.count() == Code.objects.count() - 5
    assert not named.exclude(added_because="").exists()
    assert set(named.values_list("paragraph", flat=True)) == set(range(10, 18))


def test_para_17_s_regional_approach_is_a_code_of_the_reservations():
    code = Code.objects.get(slug="regional-approach")
    assert (code.topic.slug, code.paragraph, code.origin) == ("reservations", 17, "report")


def test_the_topics_counted_among_those_that_commented_are_paras_11_and_12_s():
    assert set(Topic.objects.filter(shares_among="commenting").values_list("slug", flat=True)) == {
        "migrant-types", "preparation"}


def test_an_added_code_needs_its_reason_and_a_named_one_none():
    from django.core.exceptions import ValidationError

    topic = Topic.objects.first()
    with pytest.raises(ValidationError, match="Say why"):
        Code(topic=topic, slug="x", label="X", paragraph=10, origin=CodeOrigin.ADDED).clean()
    with pytest.raises(ValidationError, match="needs no reason"):
        Code(topic=topic, slug="x", label="X", paragraph=10, added_because="because").clean()


def test_no_illustrative_summary_lowercases_united_nations():
    text = open("fixtures/illustrative.json", encoding="utf-8").read()
    assert "united Nations" not in text and "states Members" not in text
    summaries = [o["fields"]["summary"] for o in json.loads(text)
                 if o["model"] == "surveys.response"]
    assert any("United Nations bodies" in s for s in summaries)


def test_the_generator_keeps_names_capitalised():
    class Reply:
        stance = "in_favour"
        codes = set(Code.objects.filter(slug__in=["agencies", "one-week"]))

    text = summary_text(Reply())
    assert "United Nations bodies" in text and "one week" in text
